"""The `extract` command through its real entry points, in a child process.

Both `python -m extract` and the installed console script run (the `cli` fixture); exit codes:
0 an article, 1 no article (one line on stderr), 2 bad usage or unreadable input (one line on
stderr, never a traceback).
"""
from __future__ import annotations

import gzip
import json
import random
import re
from pathlib import Path

import pytest

import extract

from support import GOLDEN, SAMPLES, CliResult

NEWS = SAMPLES / "news-article.html"
NEWS_TITLE = "Port Ellery votes to turn disused rail yard into a flood park"

NAV_ONLY_PAGE = b"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Site map | The Harbour Gazette</title></head>
<body>
<header><a href="/">The Harbour Gazette</a></header>
<nav><ul>
<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/business">Business</a></li>
<li><a href="/opinion">Opinion</a></li><li><a href="/culture">Culture</a></li><li><a href="/weather">Weather</a></li>
<li><a href="/jobs">Jobs</a></li><li><a href="/notices">Notices</a></li><li><a href="/contact">Contact</a></li>
</ul></nav>
<footer><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></footer>
</body></html>
"""

TITLE_ONLY_PAGE = b"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Loading...</title></head>
<body></body></html>
"""

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
    "890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def assert_clean_error(result: CliResult, code: int, *words: str) -> None:
    """Exit `code`, nothing on stdout, exactly one line on stderr naming the problem."""
    assert result.code == code, result
    assert result.stdout == "", result
    assert "Traceback" not in result.stderr, result
    assert len(result.stderr_lines) == 1, result
    line = result.stderr_lines[0].lower()
    for word in words:
        assert word.lower() in line, result


def expected(name: str = "news-article") -> str:
    return (GOLDEN / "samples" / f"{name}.txt").read_text(encoding="utf-8")


# -- help and version ---------------------------------------------------------------------------


def test_help(cli) -> None:
    result = cli("--help")
    assert result.code == 0, result
    out = result.stdout
    assert "Usage" in out and "--format" in out and "--output" in out
    assert "Exit codes" in out
    section = out[out.index("Exit codes"):]
    for code in "012":
        assert re.search(rf"^\s*{code}\s+\w", section, re.M), f"--help should explain exit code {code}"


def test_version(cli) -> None:
    result = cli("--version")
    assert result.code == 0, result
    assert result.stdout.strip() == f"extract {extract.__version__}"


def test_no_arguments_reads_stdin_when_it_is_not_a_terminal(run_module) -> None:
    result = run_module()  # stdin: an empty pipe
    assert result.code == 2, result
    assert result.stderr == "extract: error: -: input is empty\n"
    piped = run_module(stdin=(SAMPLES / "news-article.html").read_bytes())
    assert piped.code == 0 and piped.stdout == expected(), piped


def test_unknown_format_is_a_usage_error(run_module) -> None:
    result = run_module("--format", "pdf", str(NEWS))
    assert result.code == 2, result
    assert "Traceback" not in result.stderr


# -- an article ---------------------------------------------------------------------------------


def test_file(cli) -> None:
    result = cli(NEWS)
    assert result.code == 0, result
    assert result.stdout == expected()
    assert result.stderr == ""


def test_stdin(cli) -> None:
    result = cli("-", stdin=NEWS.read_bytes())
    assert result.code == 0, result
    assert result.stdout == expected()


def test_gzipped_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "news-article.html.gz"
    path.write_bytes(gzip.compress(NEWS.read_bytes()))
    result = cli(path)
    assert result.code == 0, result
    assert result.stdout == expected()


def test_legacy_charset_file(run_module) -> None:
    result = run_module(SAMPLES / "cp1251.html")
    assert result.code == 0, result
    assert result.stdout == expected("cp1251")


def test_format_json(cli) -> None:
    result = cli("--format", "json", NEWS)
    assert result.code == 0, result
    record = json.loads(result.stdout)
    assert {"title", "text", "input_kind"} <= record.keys()
    assert record["title"] == NEWS_TITLE
    assert record["text"] == expected().removesuffix("\n")
    assert record["input_kind"] == "html"
    assert record["source"] == str(NEWS)
    assert record["encoding"] == "utf-8"
    assert record["word_count"] == len(record["text"].split())


def test_format_json_from_stdin(run_module) -> None:
    result = run_module("-f", "json", "-", stdin=NEWS.read_bytes())
    assert result.code == 0, result
    record = json.loads(result.stdout)
    assert record["title"] == NEWS_TITLE
    assert record["source"] == "-"


def test_output_file(cli, tmp_path: Path) -> None:
    target = tmp_path / "article.txt"
    result = cli("--output", target, NEWS)
    assert result.code == 0, result
    assert result.stdout == ""
    assert target.read_text(encoding="utf-8") == expected()


def test_output_file_short_option_with_json(run_module, tmp_path: Path) -> None:
    target = tmp_path / "article.json"
    result = run_module("-o", target, "-f", "json", NEWS)
    assert result.code == 0, result
    assert json.loads(target.read_text(encoding="utf-8"))["title"] == NEWS_TITLE


def test_output_file_that_cannot_be_written(run_module, tmp_path: Path) -> None:
    result = run_module("--output", tmp_path / "no" / "such" / "dir" / "out.txt", NEWS)
    assert result.code == 2, result
    assert "Traceback" not in result.stderr
    assert len(result.stderr_lines) == 1, result
    assert "cannot write" in result.stderr


# -- no article: exit 1 ---------------------------------------------------------------------------


@pytest.mark.parametrize("content", [NAV_ONLY_PAGE, TITLE_ONLY_PAGE], ids=["navigation-only", "empty-body"])
def test_page_without_an_article(cli, tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(content)
    result = cli(path)
    assert_clean_error(result, 1, "no article")


def test_page_without_an_article_still_gives_json(run_module, tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(NAV_ONLY_PAGE)
    result = run_module("--format", "json", path)
    assert result.code == 1, result
    assert json.loads(result.stdout)["text"] == ""
    assert len(result.stderr_lines) == 1 and "no article" in result.stderr


# -- unreadable input: exit 2 ------------------------------------------------------------------------


def test_missing_file(cli, tmp_path: Path) -> None:
    result = cli(tmp_path / "missing.html")
    assert_clean_error(result, 2, "missing.html")


def test_directory(cli, tmp_path: Path) -> None:
    assert_clean_error(cli(tmp_path), 2, "directory")


def test_empty_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(b"")
    assert_clean_error(cli(path), 2, "empty")


def test_empty_stdin(run_module) -> None:
    assert_clean_error(run_module("-", stdin=b""), 2, "empty")


def test_png_file(cli, tmp_path: Path) -> None:
    path = tmp_path / "photo.html"  # the name lies; the bytes do not
    path.write_bytes(PNG)
    assert_clean_error(cli(path), 2, "binary")


def test_jpeg_file(run_module, tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00" + random.Random(1).randbytes(20000))
    assert_clean_error(run_module(path), 2, "binary")


def test_truncated_gzip_file(cli, tmp_path: Path) -> None:
    data = gzip.compress(NEWS.read_bytes())
    path = tmp_path / "page.html.gz"
    path.write_bytes(data[: len(data) // 2])
    assert_clean_error(cli(path), 2, "gzip")


def test_corrupt_gzip_file(run_module, tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"this is not deflate data at all" * 10)
    assert_clean_error(run_module(path), 2, "gzip")


# -- URLs ----------------------------------------------------------------------------------------


def test_url(cli, http_server) -> None:
    url = http_server.add("/page.html", NEWS.read_bytes(), content_type="text/html; charset=utf-8")
    result = cli(url)
    assert result.code == 0, result
    assert result.stdout == expected()


def test_url_json_reports_the_final_url(run_module, http_server) -> None:
    page = (GOLDEN / "html" / "header-nav.html").read_bytes()
    final = http_server.add("/news/trees.html", page, content_type="text/html; charset=utf-8")
    start = http_server.add("/old/trees", b"", status=301, location=final)
    result = run_module("--format", "json", start)
    assert result.code == 0, result
    record = json.loads(result.stdout)
    assert (record["url"], record["final_url"], record["http_status"]) == (start, final, 200)
    assert record["source"] == start
    assert record["text"] == (GOLDEN / "html" / "header-nav.txt").read_text(encoding="utf-8").removesuffix("\n")


def test_url_charset_from_the_http_header(run_module, http_server) -> None:
    """No charset in the page; the server's Content-Type says windows-1251."""
    page = (GOLDEN / "html" / "cp1251-no-charset.html").read_bytes()
    url = http_server.add("/ru/train.html", page, content_type="text/html; charset=windows-1251")
    result = run_module(url)
    assert result.code == 0, result
    assert result.stdout == (GOLDEN / "html" / "cp1251-no-charset.txt").read_text(encoding="utf-8")


def test_url_404(cli, http_server) -> None:
    result = cli(http_server.url("/no-such-page.html"))
    assert_clean_error(result, 2, "404")


def test_url_connection_refused(run_module) -> None:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = run_module(f"http://127.0.0.1:{port}/page.html")
    assert_clean_error(result, 2, f"127.0.0.1:{port}")


def test_the_language_is_detected_only_where_the_output_shows_it(tmp_path: Path, run_module) -> None:
    """A page that declares no language: JSON says which it is; plain text, which cannot show
    it, never loads the language model (half a second of every `extract page.html`)."""
    import subprocess
    import sys

    page = tmp_path / "undeclared.html"
    page.write_bytes(NEWS.read_bytes().replace(b' lang="en-GB"', b""))
    record = json.loads(run_module("--format", "json", str(page)).stdout)
    assert record["language"] == "en"
    assert "language" not in json.loads(run_module("--format", "json", "--fields", "title,text", str(page)).stdout)
    text = subprocess.run([sys.executable, "-X", "importtime", "-m", "extract", str(page)],
                          capture_output=True, text=True, timeout=120)
    assert text.returncode == 0 and text.stdout == expected(), text
    assert "py3langid" not in text.stderr
    assert extract.extract(page.read_bytes()).language == "en"
    assert extract.extract(page.read_bytes(), options=extract.Options(detect_language=False)).language is None
