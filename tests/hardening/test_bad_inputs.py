"""Issue 7, item 1: every input of the bad-input corpus (make_corpus.py) through the API,
the single-page CLI and a batch: a clear error or a sane result, in bounded time and
memory, and nothing read from disk or the network (no XXE, no file:// links followed).

Time bounds are hang detection only ("finishes within N s"), never performance claims.
"""
from __future__ import annotations

import json
import resource
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import make_corpus
import pytest
from support import clean_env

import extract
from extract import BatchOptions, Options, Status, extract_many

HANG = 120  # seconds: a run taking longer is a hang, not a slow page
SECRET_LINES = [line for line in Path(make_corpus.SECRET_FILE).read_text(errors="replace").splitlines()
                if len(line) > 8] if Path(make_corpus.SECRET_FILE).exists() else ["root:x:0:0:"]


@dataclass(frozen=True)
class Expect:
    """What each path must do: an error naming `words`, or a document (found or not)."""

    error: str | None = None         # InputError message must contain this; None: a document
    found: bool = True               # for documents: an article was found
    words: tuple[str, ...] = ()      # for documents: words the text must hold
    batch: tuple[str, ...] = ("ok",)  # batch record statuses / error kinds, in order


EXPECT: dict[str, Expect] = {
    "empty.html": Expect(error="empty", batch=("input",)),
    "image.png": Expect(error="binary", batch=("input",)),
    "document.pdf": Expect(error="binary", batch=("input",)),
    "zero.html.gz": Expect(error="empty", batch=("input",)),
    "truncated.html.gz": Expect(error="truncated gzip", batch=("input",)),
    "invalid-utf8.html": Expect(words=("council", "bytes")),
    "mixed-encodings.html": Expect(words=("first half", "second half")),
    "big-50mb.html": Expect(error="larger than 50000000", batch=("input",)),
    "big-under-limit.html": Expect(words=("council",)),
    # libxml2 stops at depth 256 (html/parse.py): what lies deeper, and after, is lost.
    "nested-divs.html": Expect(found=False, batch=("no_article",)),
    "long-line.html": Expect(words=("word",)),
    "nul-bytes.html": Expect(error="binary", batch=("input",)),
    "xxe.html": Expect(words=("Before", "after", "council")),
    "file-links.html": Expect(words=("this file", "council")),
    # Archives: the API's way in is extract_many; `error` here is for extract(bytes) = None.
    "malformed.warc": Expect(batch=("broken_record", "archive")),
    "huge-length.warc": Expect(batch=("broken_record",)),
    "broken-boundary.mht": Expect(error="no HTML part", batch=("input",)),
}
ARCHIVES = {"malformed.warc", "huge-length.warc"}
FAST = [name for name in make_corpus.INPUTS if name not in make_corpus.SLOW]
SLOW = [pytest.param(name, marks=pytest.mark.slow) for name in sorted(make_corpus.SLOW)]
ALL = [*FAST, *SLOW]


def test_every_corpus_input_has_an_expectation() -> None:
    assert set(EXPECT) == set(make_corpus.INPUTS)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return make_corpus.write(tmp_path_factory.mktemp("corpus"), slow=False)


@pytest.fixture
def page(request: pytest.FixtureRequest, corpus: dict[str, Path], tmp_path: Path) -> Path:
    name = request.param
    if name in corpus:
        return corpus[name]
    path = tmp_path / name  # a slow one: written for this test only, deleted after it
    path.write_bytes(make_corpus.data(name))
    return path


def assert_no_secret(text: str) -> None:
    for line in SECRET_LINES:
        assert line not in text, f"{make_corpus.SECRET_FILE} content leaked into the output"


def check_document(document: extract.Document, expect: Expect) -> None:
    assert document.found is expect.found, document.text[:300]
    for word in expect.words:
        assert word in document.text, (word, document.text[:300])
    assert_no_secret(document.text)
    assert_no_secret(json.dumps([document.title, document.url, document.text]))


# -- API -----------------------------------------------------------------------------------


@pytest.mark.parametrize("page", ALL, indirect=True)
def test_api(page: Path) -> None:
    expect = EXPECT[page.name]
    started = time.monotonic()
    if page.name in ARCHIVES:
        results = list(extract_many([page], Options(batch=BatchOptions(workers=1, quiet=True))))
        kinds = [r.failure.kind if r.failure else str(r.status) for r in results]
        assert tuple(kinds) == expect.batch
        try:  # the same bytes given to extract() are a page, not an archive: no crash
            extract.extract(page.read_bytes())
        except extract.ExtractError:
            pass
    elif expect.error:
        with pytest.raises(extract.InputError, match=expect.error):
            extract.extract(page.read_bytes())
    else:
        check_document(extract.extract(page.read_bytes(), url="https://example.org/x"), expect)
        if page.stat().st_size < 10_000_000:  # also as str, decoded leniently
            document = extract.extract(page.read_bytes().decode("utf-8", "replace"))
            assert_no_secret(document.text)
    assert time.monotonic() - started < HANG


# -- single-page CLI -------------------------------------------------------------------------


def run_cli(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "extract", *map(str, args)], capture_output=True,
                          text=True, timeout=HANG, env=clean_env(), cwd=cwd, errors="replace", check=False)


@pytest.fixture(scope="module")
def cli_results(corpus: dict[str, Path]) -> dict[str, subprocess.CompletedProcess[str]]:
    """`python -m extract PAGE` for every fast input, run side by side (start-up dominates)."""
    with ThreadPoolExecutor(max_workers=6) as pool:
        return dict(zip(corpus, pool.map(run_cli, corpus.values())))


@pytest.mark.parametrize("page", ALL, indirect=True)
def test_cli(page: Path, cli_results: dict[str, subprocess.CompletedProcess[str]]) -> None:
    expect = EXPECT[page.name]
    result = cli_results[page.name] if page.name in cli_results else run_cli(page)
    assert "Traceback" not in result.stderr, result.stderr
    assert_no_secret(result.stdout)
    if page.name in ARCHIVES:  # an archive is a batch: one JSON line per record, exit 3
        assert result.returncode == 3, result
        kinds = [json.loads(line)["error"]["kind"] for line in result.stdout.splitlines()]
        assert tuple(kinds) == expect.batch
    elif expect.error:
        assert result.returncode == 2, result
        assert result.stdout == ""
        assert len(result.stderr.splitlines()) == 1, result.stderr
        assert expect.error in result.stderr and page.name in result.stderr, result.stderr
    elif not expect.found:
        assert result.returncode == 1, result
        assert "no article found" in result.stderr
    else:
        assert result.returncode == 0, result
        for word in expect.words:
            assert word in result.stdout


# -- batch -------------------------------------------------------------------------------------


def check_records(records: list[dict], paths: list[Path]) -> None:
    """One record per page (an archive: one per record), nothing lost, each as expected."""
    by_input: dict[str, list[dict]] = {}
    for record in records:
        name = Path(record["source"].split("#")[0].split("@")[0]).name
        by_input.setdefault(name, []).append(record)
    assert sorted(by_input) == sorted(p.name for p in paths)
    for name, found in by_input.items():
        kinds = tuple(r["error"]["kind"] if "error" in r else ("ok" if r.get("text") else "no_article")
                      for r in found)
        assert kinds == EXPECT[name].batch, (name, found)
        for record in found:
            assert_no_secret(json.dumps(record))


def test_batch_cli_over_the_whole_corpus(corpus: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "docs.jsonl"
    paths = list(corpus.values())
    result = run_cli("--workers", "2", "--page-timeout", "60", "--output", out, *paths)
    assert result.returncode == 3, result  # some inputs failed, each in its record
    assert "Traceback" not in result.stderr
    check_records([json.loads(line) for line in out.read_text().splitlines()], paths)


def test_extract_many_over_the_whole_corpus(corpus: dict[str, Path]) -> None:
    options = Options(batch=BatchOptions(workers=2, page_timeout=60, quiet=True))
    results = list(extract_many(list(corpus.values()), options))
    records = []
    for result in results:
        record = {"source": result.source}
        if result.failure:
            record["error"] = {"kind": result.failure.kind}
        elif result.status is Status.OK:
            record["text"] = result.document.text
        records.append(record)
    check_records(records, list(corpus.values()))


@pytest.mark.slow
def test_batch_cli_over_the_slow_inputs(tmp_path: Path) -> None:
    paths = []
    for name in sorted(make_corpus.SLOW):
        paths.append(tmp_path / name)
        paths[-1].write_bytes(make_corpus.data(name))
    out = tmp_path / "docs.jsonl"
    result = run_cli("--workers", "2", "--output", out, *paths)
    assert result.returncode == 3, result
    check_records([json.loads(line) for line in out.read_text().splitlines()], paths)


def test_memory_of_every_child_stayed_bounded() -> None:
    """Runs last in this module: the largest resident set of any CLI process or batch
    worker so far (ru_maxrss of waited-for children, in KiB on Linux)."""
    if sys.platform != "linux":
        pytest.skip("ru_maxrss units differ")
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 2_000_000
