"""Issue 17: every record says what it is (`status`), the schema covers every shape, crawl
archives' images are skipped records, not failures, and --resume tries errors again."""
from __future__ import annotations

import io
import json
from dataclasses import fields
from pathlib import Path

import jsonschema
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import extract.decode as decoding
from extract import Options, RawPage, Result, document_schema
from extract.batch.page import process
from extract.sources.items import PathInput, RawInput

from batch_support import ARTICLE, NAV_ONLY, NEWS, PNG, read_jsonl


def _crawl(path: Path, *responses: tuple[str, bytes, str]) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    for uri, body, content_type in responses:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))
    path.write_bytes(buffer.getvalue())


def test_every_record_shape_has_a_status_and_follows_the_schema(tmp_path: Path, run_module) -> None:
    (tmp_path / "a.html").write_bytes(NEWS.read_bytes())
    (tmp_path / "b.html").write_bytes(NEWS.read_bytes())  # a duplicate of a.html
    (tmp_path / "nav.html").write_bytes(NAV_ONLY)
    (tmp_path / "empty.html").write_bytes(b"")
    _crawl(tmp_path / "crawl.warc", ("http://news.test/logo.png", PNG, "image/png"))
    out = tmp_path / "out.jsonl"
    result = run_module(*(str(tmp_path / name) for name in ("a.html", "b.html", "nav.html", "empty.html", "crawl.warc")),
                        "-o", str(out), "--dedup", "--keep-skipped", "--workers", "1")
    assert result.code == 3, result
    records = read_jsonl(out)
    assert [r["status"] for r in records] == ["ok", "duplicate", "no_article", "error", "skipped"]
    validator = jsonschema.Draft202012Validator(document_schema())
    for record in records:
        validator.validate(record)
        assert record["schema_version"] == "1"
    broken = dict(records[3], status="ok")  # the status must match the shape
    assert not validator.is_valid(broken)


def test_the_public_result_holds_no_internal_envelope() -> None:
    assert [f.name for f in fields(Result)] == ["source", "url", "status", "document", "failure", "duplicate_of",
                                                "similarity", "low_confidence"]


def test_a_crawl_with_images_is_no_failure(tmp_path: Path, run_module) -> None:
    warc = tmp_path / "crawl.warc"
    _crawl(warc, ("http://news.test/a", NEWS.read_bytes(), "text/html"), ("http://news.test/logo.png", PNG, "image/png"),
           ("http://news.test/site.css", b"body { color: red }", "text/css"))
    result = run_module(str(warc), "--workers", "1")
    assert result.code == 0, result
    assert [json.loads(line)["status"] for line in result.stdout.splitlines()] == ["ok"]
    assert "extract: 3 inputs in " in result.stderr and "1 ok" in result.stderr and "2 skipped" in result.stderr


def test_resume_tries_error_records_again(tmp_path: Path, run_module) -> None:
    page, out = tmp_path / "page.html", tmp_path / "out.jsonl"
    page.write_bytes(b"")
    assert run_module(str(page), str(NEWS), "-o", str(out), "--workers", "1").code == 3
    page.write_bytes(ARTICLE)
    result = run_module(str(page), str(NEWS), "-o", str(out), "--workers", "1", "--resume")
    assert result.code == 0, result
    assert [r["status"] for r in read_jsonl(out)] == ["error", "ok", "ok"]
    assert "1 already done" in result.stderr


def test_resume_into_a_folder_tries_error_records_again(tmp_path: Path, run_module) -> None:
    page, out = tmp_path / "page.html", tmp_path / "cleaned"
    page.write_bytes(b"")
    args = (str(page), str(NEWS), "--output-dir", str(out), "--workers", "1")
    assert run_module(*args).code == 3
    assert sorted(path.name.split(".", 2)[-1] for path in out.iterdir()) == ["error.json", "txt"]
    page.write_bytes(ARTICLE)
    result = run_module(*args, "--resume")
    assert result.code == 0 and "1 already done" in result.stderr, result
    assert sorted(path.name.split(".", 2)[-1] for path in out.iterdir()) == ["txt", "txt"]  # the stale error file goes


def test_a_worker_decodes_each_page_once(monkeypatch, tmp_path: Path) -> None:
    """The worker decodes a page (it keeps the text for boilerplate learning) and hands the
    decoded Page to the API, which must not decode it again (issue 11)."""
    calls: list[str] = []
    real = decoding.decode
    monkeypatch.setattr(decoding, "decode", lambda raw: calls.append(raw.source) or real(raw))
    page = tmp_path / "page.html"
    page.write_bytes(ARTICLE)
    for item in (PathInput(str(page)), RawInput(RawPage(ARTICLE, source="record"))):
        assert process(item, Options(detect_language=False)).article
    assert calls == [str(page), "record"]
