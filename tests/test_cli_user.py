"""Issue 17: what a new user trips over, through the real entry point (`python -m extract`)."""
from __future__ import annotations

import json
import os
import pty
import py_compile
import subprocess
import sys
from pathlib import Path

import pytest

from support import ROOT, SAMPLES, clean_env

NEWS = SAMPLES / "news-article.html"


def _popen(*args: str, **kwargs: object) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "extract", *args], env=clean_env(), cwd=ROOT, **kwargs)  # type: ignore[call-overload]


# -- a closed stdout -------------------------------------------------------------------------


@pytest.mark.parametrize("mode", ["folder", "folder -o -", "page", "page json"])
def test_a_closed_stdout_ends_quietly(tmp_path: Path, mode: str) -> None:
    """A batch's reader goes after its first byte (`| head -c 1`: the batch writes far more
    than a pipe holds); a page's reader is gone before the page is written (`| true`)."""
    for i in range(60):
        (tmp_path / f"p{i:03d}.html").write_bytes(NEWS.read_bytes())
    args = {"folder": [str(tmp_path), "--workers", "1"], "folder -o -": [str(tmp_path), "--workers", "1", "-o", "-"],
            "page": [str(NEWS)], "page json": [str(NEWS), "-f", "json"]}[mode]
    process = _popen(*args, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if mode.startswith("folder"):
        process.stdout.read(1)
    process.stdout.close()
    stderr = process.stderr.read().decode()
    assert process.wait(timeout=120) == 0, stderr
    assert stderr == "", stderr


def _on_a_terminal(*args: str, stdout_too: bool) -> str:
    """What a batch shows on a terminal (a pty) that is its stderr, and its stdout too or not."""
    master, terminal = pty.openpty()
    process = _popen(*args, stdin=subprocess.DEVNULL, stdout=terminal if stdout_too else subprocess.DEVNULL, stderr=terminal)
    os.close(terminal)
    shown = []
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # EIO: the child has closed the terminal
            break
        if not chunk:
            break
        shown.append(chunk)
    os.close(master)
    assert process.wait(timeout=120) == 0
    return b"".join(shown).decode()


def test_no_progress_bar_when_the_records_go_to_the_terminal() -> None:
    args = (str(NEWS), str(NEWS), "--workers", "1", "--fields", "title")
    assert "ETA" in _on_a_terminal(*args, stdout_too=False)  # the bar, beside records piped away
    shown = _on_a_terminal(*args, stdout_too=True)
    assert "ETA" not in shown and shown.count('"title": "Port Ellery') == 2, shown


# -- what a folder walk takes ----------------------------------------------------------------


def test_binary_files_are_refused(tmp_path: Path, run_module) -> None:
    nuls = tmp_path / "zeros.txt"
    nuls.write_bytes(b"\0" * 40_000)
    compiled = Path(py_compile.compile(str(ROOT / "src" / "extract" / "rawbytes.py"), cfile=str(tmp_path / "m.pyc")))
    for path in (nuls, compiled):
        result = run_module(str(path))
        assert result.code == 2 and "binary" in result.stderr, result


def test_a_folder_walk_takes_pages_and_text_only(tmp_path: Path, run_module) -> None:
    pages = tmp_path / "home"
    pages.mkdir()
    for name in ("a.html", "b.htm", "c.txt", "d.html.gz", "e.mhtml"):
        (pages / name).write_bytes(NEWS.read_bytes() if not name.endswith(".gz") else __import__("gzip").compress(NEWS.read_bytes()))
    (pages / "tool.py").write_text("import os\n\n" + "print('this is a program, not an article')\n" * 50)
    (pages / "notes.csv").write_text("a,b\n1,2\n")
    py_compile.compile(str(pages / "tool.py"), cfile=str(pages / "tool.pyc"))
    result = run_module(str(pages), "--workers", "1")
    sources = [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()]
    assert sources == ["a.html", "b.htm", "c.txt", "d.html.gz", "e.mhtml"], result
    every = run_module(str(pages), "--workers", "1", "--glob", "*")
    assert len(every.stdout.splitlines()) == 8, every
    assert every.code == 3  # the .pyc is binary: an error record


def test_the_output_is_never_read_back(tmp_path: Path, run_module) -> None:
    (tmp_path / "a.html").write_bytes(NEWS.read_bytes())
    out = tmp_path / "docs.txt"
    out.write_text("Old output of an earlier run, which must not become an input of this one.\n" * 20)
    assert run_module(str(tmp_path), "-o", str(out), "--workers", "1", "--glob", "*").code == 0
    assert [json.loads(line)["source"] for line in out.read_text().splitlines()] == [str(tmp_path / "a.html")]
    folder = tmp_path / "cleaned"
    for _ in range(2):  # the second run finds the first run's files in the folder it walks
        result = run_module(str(tmp_path), "--output-dir", str(folder), "--workers", "1", "--glob", "*.html", "--glob", "*.txt")
        assert result.code == 0, result
    assert sorted(p.name.split("-")[0] for p in folder.iterdir()) == ["a.html", "docs.txt"]


# -- rough edges -----------------------------------------------------------------------------


@pytest.mark.parametrize("form", ["text", "markdown", "json"])
def test_a_one_page_format_with_several_pages_is_refused(tmp_path: Path, run_module, form: str) -> None:
    out = tmp_path / "x.txt"
    out.write_text("kept\n")
    result = run_module("-f", form, str(NEWS), str(NEWS), "-o", str(out))
    assert result.code == 2 and result.stdout == "" and out.read_text() == "kept\n", result
    assert result.stderr.startswith(f"extract: --format: {form} writes one page") and len(result.stderr_lines) == 1


def test_output_dash_is_stdout(tmp_path: Path, run_module) -> None:
    result = run_module("-o", "-", str(NEWS), cwd=tmp_path)
    assert result.code == 0 and "Port Ellery" in result.stdout, result
    assert not (tmp_path / "-").exists()


def test_bad_values_are_one_line(run_module) -> None:
    result = run_module("--format", "xml", str(NEWS))
    assert (result.code, result.stderr) == (2, "extract: --format must be one of text, markdown, json, jsonl, parquet (got 'xml')\n")
    workers = run_module("--workers", "0", str(NEWS))
    assert workers.code == 2 and len(workers.stderr_lines) == 1 and "--workers" in workers.stderr


@pytest.mark.parametrize("fault", ["missing page", "unwritable output"])
def test_debug_adds_a_traceback_and_keeps_the_exit_code(tmp_path: Path, run_module, fault: str) -> None:
    args = {"missing page": [str(tmp_path / "missing.html")],
            "unwritable output": [str(NEWS), "-o", str(tmp_path / "no" / "out.txt")]}[fault]
    plain = run_module(*args)
    debug = run_module(*args, "--debug")
    assert plain.code == debug.code == 2
    assert "Traceback" in debug.stderr and debug.stderr_lines[-1] == plain.stderr_lines[-1]


@pytest.mark.parametrize("pages", [1, 2])
def test_os_errors_are_sentences(tmp_path: Path, run_module, pages: int) -> None:
    out = tmp_path / "no" / "such" / "out.jsonl"
    result = run_module(*[str(NEWS)] * pages, "-o", str(out))
    assert result.code == 2 and result.stderr_lines == [f"extract: error: {'cannot write ' * (pages == 1)}{out}: no such file or directory"], result


def test_stdin_is_dash_in_messages(run_module) -> None:
    result = run_module("-", stdin=b"")
    assert result.stderr == "extract: error: -: input is empty\n", result
    record = json.loads(run_module("-f", "json", stdin=NEWS.read_bytes()).stdout)
    assert record["source"] == "-"


def test_no_page_and_stdin_a_terminal_is_a_usage_error() -> None:
    master, terminal = pty.openpty()  # stdin is read only when it is not a terminal
    done = subprocess.run([sys.executable, "-m", "extract"], stdin=terminal, capture_output=True, env=clean_env(), cwd=ROOT, timeout=60)
    os.close(terminal)
    os.close(master)
    assert (done.returncode, done.stderr) == (2, b"extract: PAGE: no input: give PAGE arguments or --input-list FILE\n")


def test_output_is_utf8_whatever_the_locale(tmp_path: Path) -> None:
    """An ASCII-only locale: the output is UTF-8, and a file name the locale cannot decode
    comes out as the bytes it was given, in records, messages, file names and --resume."""
    env = clean_env() | {"PYTHONUTF8": "0", "PYTHONCOERCECLOCALE": "0", "LC_ALL": "C", "LANG": "C"}
    env.pop("PYTHONIOENCODING", None)

    def run(*args: str) -> subprocess.CompletedProcess[bytes]:
        return subprocess.run([sys.executable, "-m", "extract", *args], env=env, cwd=ROOT, capture_output=True, timeout=120)

    one = run(str(NEWS))
    assert one.returncode == 0, one.stderr
    assert "Port Ellery’s council".encode("utf-8") in one.stdout
    page, missing, out = tmp_path / "Müll.html", tmp_path / "nöpe.html", tmp_path / "out.jsonl"
    page.write_bytes(NEWS.read_bytes())
    batch = run(str(page), str(NEWS), "--fields", "source,title", "--workers", "1")
    assert batch.returncode == 0, batch.stderr
    assert [json.loads(line)["source"] for line in batch.stdout.splitlines()] == [str(page), str(NEWS)]
    assert run(str(missing)).stderr.decode("utf-8") == f"extract: error: no such file: {missing}\n"
    assert run(str(page), str(NEWS), "--output-dir", str(tmp_path / "cleaned"), "--workers", "1").returncode == 0
    assert sorted(path.name[:7] for path in (tmp_path / "cleaned").iterdir()) == ["M_ll.ht", "news-ar"]
    assert run(str(page), "-o", str(out), "--workers", "1").returncode == 0
    assert b"1 already done" in run(str(page), "-o", str(out), "--workers", "1", "--resume").stderr


def test_help_has_panels_metavars_and_says_what_it_writes(run_module) -> None:
    result = run_module("--help")
    assert result.code == 0
    first = " ".join(result.stdout.split()[:40])
    assert "text, Markdown or JSON" in first
    for panel in ("Output", "Extraction", "Fetching", "Batch"):
        assert f"─ {panel} ─" in result.stdout, panel
    for metavar in ("PAGE", "N ", "BYTES", "SECONDS", "FILE", "DIR"):
        assert metavar in result.stdout, metavar
    assert not {"<bool>", "<str>", "<list[str]>"} & set(result.stdout.split())  # typer's type names
    shown = " ".join(result.stdout.replace("│", " ").split())  # rich markup must not eat a literal [...]
    for text in ("Output format [default:", "[default: 60]", "'extract-article[dask]'"):
        assert text in shown, text
