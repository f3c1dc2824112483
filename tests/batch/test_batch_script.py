"""Issue 17: `extract_many` from a plain script — no `if __name__ == "__main__":` guard, or the
script read from stdin (`python - <<EOF`) — must work: the workers never run the caller's
main module again."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT, SAMPLES, clean_env

SCRIPT = f"""
import extract
from extract import BatchOptions, Options
results = list(extract.extract_many([{str(SAMPLES / "news-article.html")!r}] * 3, Options(batch=BatchOptions(workers=2))))
print("RESULTS", [str(result.status) for result in results])
"""


# Where there is no fork server (macOS, Windows), workers are spawned: the same must hold.
SPAWN = 'import extract.batch.processes\nextract.batch.processes._WORKERS.pop("forkserver", None)\n'


@pytest.mark.parametrize("how", ["file", "stdin", "file, spawned workers"])
def test_extract_many_from_a_script_without_a_main_guard(tmp_path: Path, how: str) -> None:
    source = SPAWN + SCRIPT if "spawned" in how else SCRIPT
    script = tmp_path / "script.py"
    script.write_text(source, encoding="utf-8")
    env = clean_env() | {"PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-"] if how == "stdin" else [sys.executable, str(script)]
    done = subprocess.run(command, input=source if how == "stdin" else "", capture_output=True, text=True,
                          env=env, cwd=tmp_path, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("RESULTS") == 1, done.stdout  # the script ran once, not once per worker
    assert "RESULTS ['ok', 'ok', 'ok']" in done.stdout, done.stdout
    assert "Traceback" not in done.stderr, done.stderr
