"""The command line in batch mode: when it switches to JSONL, its exit codes and summary,
URL inputs fetched through the shared Fetcher, and `extract PAGE` left as it was."""
from __future__ import annotations

import json
from pathlib import Path

from extract import BatchOptions, Options, extract_many

from batch_support import ARTICLE, NAV_ONLY, NEWS, read_jsonl


def test_two_pages_stream_jsonl_in_order(tmp_path: Path, cli) -> None:
    second = tmp_path / "second.html"
    second.write_bytes(ARTICLE)
    result = cli(str(NEWS), str(second), "--workers", "2")
    assert result.code == 0, result
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(NEWS), str(second)]
    assert all(r["text"] for r in records)
    assert result.stderr.startswith("extract: 2 inputs in") and "2 ok" in result.stderr


def test_failures_give_exit_3_and_no_article_does_not(tmp_path: Path, run_module) -> None:
    nav = tmp_path / "nav.html"
    nav.write_bytes(NAV_ONLY)
    result = run_module(str(NEWS), str(nav))
    assert result.code == 0, result
    assert "1 no article" in result.stderr
    result = run_module(str(NEWS), str(tmp_path / "missing.html"), "-q")
    assert result.code == 3, result
    assert result.stderr == ""
    last = json.loads(result.stdout.splitlines()[-1])
    assert last == {"schema_version": "1", "status": "error", "source": str(tmp_path / "missing.html"),
                    "error": {"kind": "input", "message": f"no such file: {tmp_path / 'missing.html'}"}}


def test_one_page_with_a_batch_flag_is_a_batch(run_module) -> None:
    result = run_module(str(NEWS), "--workers", "1")
    assert result.code == 0, result
    assert json.loads(result.stdout)["source"] == str(NEWS)


def test_one_plain_page_is_unchanged(run_module, news_text) -> None:
    result = run_module(str(NEWS), "-q")
    assert result.code == 0, result
    assert result.stdout == news_text + "\n"


def test_input_list_from_stdin_and_fields_keep_source(tmp_path: Path, run_module) -> None:
    out = tmp_path / "out.jsonl"
    result = run_module("--input-list", "-", "-o", str(out), "--fields", "title", stdin=f"{NEWS}\n\n".encode())
    assert result.code == 0, result
    (record,) = read_jsonl(out)
    assert set(record) == {"schema_version", "status", "source", "title"}


def test_usage_errors(tmp_path: Path, run_module) -> None:
    assert run_module("--resume", str(NEWS)).code == 2  # stdout cannot be resumed
    result = run_module(str(NEWS), str(NEWS), "-o", str(tmp_path / "a"), "--output-dir", str(tmp_path / "b"))
    assert result.code == 2 and "Traceback" not in result.stderr
    result = run_module("--input-list", str(tmp_path / "no-such-list.txt"))
    assert result.code == 2 and "Traceback" not in result.stderr


def test_help_documents_batch_exit_codes(run_module) -> None:
    out = run_module("--help").stdout
    section = out[out.index("Exit codes"):]
    assert "3  batch" in section and "130" in section
    for flag in ("--input-list", "--glob", "--output-dir", "--workers", "--page-timeout", "--resume", "--dedup",
                 "--learn-boilerplate", "--engine", "--scheduler", "--quiet", "--max-bytes"):
        assert flag in out


def test_urls_are_fetched_through_the_shared_fetcher(http_server, no_proxy) -> None:
    good = http_server.add("/batch/good", ARTICLE, content_type="text/html; charset=utf-8")
    missing = http_server.url("/batch/missing")
    options = Options(batch=BatchOptions(workers=2))
    from dataclasses import replace

    options = replace(options, fetch=replace(options.fetch, robots=False, delay=0.0, retries=0))
    results = list(extract_many([good, missing, str(NEWS)], options))
    assert [r.source for r in results] == [good, missing, str(NEWS)]
    assert results[0].document is not None and results[0].document.found
    assert results[1].failure is not None and results[1].failure.kind == "http_status"
    assert results[2].document is not None
