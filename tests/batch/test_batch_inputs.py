"""Every kind of batch input gives exactly one record per page: WARC (plain and gzipped) with
HTML, non-HTML, HTTP-error and damaged records, WET, MHTML, a mixed folder, list files."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

from extract import Options, PageKind, extract_many
from extract.batch import Status
from extract.options import BatchOptions
from extract.sources.inputs import expand, read_list
from extract.sources.items import FailedInput, PathInput
from extract.sources.mhtml import looks_mhtml, read_mhtml

from batch_support import ARTICLE, NEWS, mhtml, mixed_folder, read_jsonl, write_warc, write_wet

OPTIONS = Options(batch=BatchOptions(workers=2))


def outcome(result) -> str:
    if result.failure is not None:
        return result.failure.kind
    return "document" if result.status is Status.OK else str(result.status)


@pytest.mark.parametrize("name", ["crawl.warc", "crawl.warc.gz"])
def test_warc_gives_one_record_per_page_record(tmp_path: Path, name: str) -> None:
    archive = tmp_path / name
    expected = write_warc(archive)
    results = list(extract_many([archive], OPTIONS))
    assert {r.url: outcome(r) for r in results} == expected
    assert len(results) == len(expected)
    for result in results:
        assert result.source.startswith(f"{archive}#urn:uuid:"), result.source
    article = next(r for r in results if r.url == "http://news.test/article")
    assert article.document is not None and article.document.title
    assert article.document.fetched_at  # WARC-Date
    assert "digest" in next(r for r in results if r.url == "http://news.test/damaged").failure.message


def test_truncated_archive_reports_the_cut_record(tmp_path: Path) -> None:
    whole = tmp_path / "whole.warc"
    write_warc(whole)
    cut = tmp_path / "cut.warc"
    cut.write_bytes(whole.read_bytes()[:-200])
    results = list(extract_many([cut], OPTIONS))
    assert outcome(results[-1]) in ("broken_record", "archive"), results[-1]
    assert len(results) == 6


def test_corrupt_gzip_member_ends_the_archive_with_one_error(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    data = bytearray(archive.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 40] = bytes(40)
    archive.write_bytes(bytes(data))
    results = list(extract_many([archive], OPTIONS))
    assert results[-1].failure is not None and results[-1].failure.kind == "archive"
    assert "byte" in results[-1].failure.message


def test_wet_conversion_records_go_to_the_text_engine(tmp_path: Path) -> None:
    archive = tmp_path / "crawl.warc.wet.gz"
    expected = write_wet(archive)
    results = list(extract_many([archive], OPTIONS))
    assert {r.url: outcome(r) for r in results} == expected
    assert all(r.document.input_kind is PageKind.TEXT for r in results)


def test_mhtml_file_gives_the_saved_page(tmp_path: Path) -> None:
    data = mhtml(NEWS.read_bytes(), url="https://news.test/saved")
    assert looks_mhtml(data) and not looks_mhtml(NEWS.read_bytes())
    page = read_mhtml(data, "saved.mhtml")
    assert page.url == "https://news.test/saved"
    assert page.data.replace(b"\r\n", b"\n").strip() == NEWS.read_bytes().replace(b"\r\n", b"\n").strip()
    path = tmp_path / "saved.mhtml"
    path.write_bytes(data)
    (result,) = extract_many([path], OPTIONS)
    assert result.status is Status.OK and result.document.url == "https://news.test/saved"


def test_mixed_folder_gives_one_record_per_visible_file(tmp_path: Path) -> None:
    expected = mixed_folder(tmp_path)
    results = list(extract_many([tmp_path], OPTIONS))
    assert {r.source: outcome(r) for r in results} == expected
    # A folder's files in name order, then its subfolders, each the same way.
    order = ["broken.html.gz", "empty.html", "good.html", "image.html", "nav.html", "sub/good.html.gz",
             "sub/deeper/saved.mhtml"]
    assert [r.source for r in results] == [str(tmp_path / name) for name in order]


def test_glob_chooses_files_of_a_folder(tmp_path: Path) -> None:
    mixed_folder(tmp_path)
    options = Options(batch=BatchOptions(glob=("*.gz",)))
    items = list(expand([tmp_path], options))
    assert sorted(item.source for item in items) == [str(tmp_path / "broken.html.gz"), str(tmp_path / "sub/good.html.gz")]
    options = Options(batch=BatchOptions(glob=("sub/*.gz",)))
    assert [item.source for item in expand([tmp_path], options)] == [str(tmp_path / "sub/good.html.gz")]


def test_everything_at_once_nothing_lost(tmp_path: Path) -> None:
    """The issue's test of done: a WARC, a folder of good and bad pages and an MHTML file."""
    warc = tmp_path / "crawl.warc.gz"
    expected = write_warc(warc)
    folder = tmp_path / "pages"
    folder.mkdir()
    from_folder = mixed_folder(folder)
    saved = tmp_path / "saved.mhtml"
    saved.write_bytes(mhtml(ARTICLE))
    results = list(extract_many([warc, folder, saved, tmp_path / "missing.html"], OPTIONS))
    assert len(results) == len(expected) + len(from_folder) + 2
    assert len({r.source for r in results}) == len(results)
    assert outcome(results[-2]) == "document" and results[-2].source == str(saved)
    assert outcome(results[-1]) == "input" and "no such file" in results[-1].failure.message


def test_items_are_lazy_and_typed(tmp_path: Path) -> None:
    page = tmp_path / "a.html"
    page.write_bytes(ARTICLE)
    items = expand([page, "https://news.test/x", tmp_path / "nope.html"], Options())
    assert isinstance(next(items), PathInput)
    assert next(items).source == "https://news.test/x"
    assert isinstance(next(items), FailedInput)


def test_input_list_skips_blank_and_comment_lines(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text("# pages\n\na.html\n  https://news.test/b  \n", encoding="utf-8")
    assert list(read_list(str(listing))) == ["a.html", "https://news.test/b"]


def test_raw_pages_and_oversized_pages(tmp_path: Path) -> None:
    big = tmp_path / "big.html"
    big.write_bytes(ARTICLE)
    options = Options(max_bytes=len(ARTICLE) - 1, batch=BatchOptions(workers=1))
    results = list(extract_many([big, tmp_path / "small.html.gz"], options))
    assert results[0].failure.kind == "input" and "larger than" in results[0].failure.message
    zipped = tmp_path / "bomb.html.gz"
    zipped.write_bytes(gzip.compress(b" " * 10_000 + ARTICLE))
    (result,) = extract_many([zipped], options)
    assert "larger than" in result.failure.message


def test_cli_streams_jsonl_for_an_archive(tmp_path: Path, run_module) -> None:
    warc = tmp_path / "crawl.warc"
    expected = write_warc(warc)
    out = tmp_path / "out.jsonl"
    result = run_module(str(warc), "--output", str(out), "--workers", "2", "--keep-skipped")
    assert result.code == 3, result  # the damaged record is an error
    records = read_jsonl(out)
    assert len(records) == len(expected)
    errors = {r["url"]: (r.get("error") or r["reason"])["kind"] for r in records if r["status"] in ("error", "skipped")}
    assert errors == {url: kind for url, kind in expected.items() if kind != "document"}
    assert "inputs in" in result.stderr and "errors" in result.stderr
    assert result.stdout == ""
    assert all(json.loads(line) for line in out.read_text().splitlines())
