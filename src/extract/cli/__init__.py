"""The `extract` command: parse flags, build Options, call the API, map errors to exit codes.

No extraction logic lives here: everything a user can do from the shell they can do from
Python with `extract.extract` / `extract.extract_raw`, and for batches `extract.extract_many`
(or extract.batch.run_batch, which is what a batch here runs). many.py hands several
inputs to the batch, terminal.py writes errors and exit codes.
"""
from __future__ import annotations

import sys
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Annotated, Any, Optional

import typer
from typer.core import TyperCommand

from .. import (
    JSON_FIELDS,
    BatchOptions,
    DiscoverOptions,
    Engine,
    ExtractError,
    Favor,
    FetchOptions,
    InputFormat,
    Options,
    OutputFormat,
    explain,
    extract_raw,
    is_single_page,
    read,
    render,
)
from ..discover import is_url, parse_date
from .many import discover, run_many
from .terminal import (
    EXIT_BATCH_FAILURES,
    EXIT_INTERRUPTED,
    EXIT_NO_ARTICLE,
    EXIT_OK,
    EXIT_USAGE,
    fail,
    os_message,
    stderr,
    stdout_closed,
    usage_message,
    utf8,
    write,
)

_FETCH = FetchOptions()  # the defaults the fetch flags show and start from
_BATCH = BatchOptions()

HELP = """Extract the article (title and body) from a web page as text, Markdown or JSON.

PAGE is a saved page (.html, .htm, .html.gz, .mhtml, plain text), `-` for standard input (also read when no PAGE is given and stdin is not a terminal), or an http(s) URL.

Batch: several PAGEs, a folder (walked recursively: pages, text files and archives; --glob chooses others), a WARC/WET archive (.warc, .warc.gz, .wet, .wet.gz) or --input-list FILE give one JSONL record per input page, in input order, on stdout or in --output FILE (or one file per input with --output-dir DIR). Every record has a "status": ok, no_article, error, duplicate or skipped. A summary goes to stderr.

Examples:
  extract page.html
  extract page.html.gz | wc -w
  curl -s https://example.org/news | extract
  extract --format json https://example.org/news | jq .title
  extract --output article.txt page.html
  extract --output docs.jsonl --workers 4 saved-pages/ crawl.warc.gz
  extract --input-list urls.txt --output docs.jsonl --resume

Exit codes:
  0  an article was extracted (or stdout was closed early: `extract pages/ | head`)
  1  the page was read, but no article was found in it
  2  bad usage, or the input could not be read (missing, empty, binary, unreachable)
  3  batch: at least one input failed (its record holds the error)
  130  batch: interrupted (Ctrl-C); every record is whole: run again with --resume
"""


class _Command(TyperCommand):
    """--help (rich markup: a literal `[` in a help text is written `\\[`) shows metavars
    only: typer would print its type names, `<bool>` beside a flag as if it took a value and
    `<list[str]>` beside PAGE."""

    def format_help(self, ctx: Any, formatter: Any) -> None:  # typer's click types (it may vendor click)
        for param in self.get_params(ctx):
            if getattr(param, "is_flag", False):
                param.metavar = ""
            elif param.param_type_name == "argument":
                setattr(param, "display_type_rich", lambda ctx: None)  # typer's hook for that column
        super().format_help(ctx, formatter)


app = typer.Typer(add_completion=False, rich_markup_mode="rich",
                  context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from .. import __version__  # read from the package metadata only when asked

        print(f"extract {__version__}")
        raise typer.Exit(EXIT_OK)


def _fields(value: Optional[str]) -> Optional[str]:
    """--fields as given, after checking each name against the JSON schema's fields."""
    if value is None:
        return None
    names = [name.strip() for name in value.split(",") if name.strip()]
    if unknown := [name for name in names if name not in JSON_FIELDS]:
        raise typer.BadParameter(f"unknown field {', '.join(unknown)}; known: {', '.join(JSON_FIELDS)}")
    return ",".join(names)


@app.command(help=HELP, cls=_Command)
def command(
    pages: Annotated[Optional[list[str]], typer.Argument(metavar="PAGE", help="Files, folders, archives, `-` for stdin, or http(s) URLs.", show_default=False)] = None,
    output_format: Annotated[Optional[OutputFormat], typer.Option("--format", "-f", metavar="text|markdown|json|jsonl|parquet", rich_help_panel="Output", help=r"Output format \[default: text for one page, jsonl for a batch; parquet: --parts only].", show_default=False)] = None,
    input_format: Annotated[InputFormat, typer.Option("--input-format", metavar="auto|html|text", rich_help_panel="Extraction", help="Treat the page as HTML or plain text; auto decides from its content.")] = InputFormat.AUTO,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", metavar="FILE", rich_help_panel="Output", help="Write here instead of stdout (`-`: stdout).")] = None,
    favor: Annotated[Favor, typer.Option("--favor", metavar="precision|balanced|recall", rich_help_panel="Extraction", help="When unsure, keep less (precision) or more (recall).")] = Favor.BALANCED,
    comments: Annotated[bool, typer.Option("--comments", rich_help_panel="Extraction", help="Keep reader comments, apart from the body (JSON: `comments`).")] = False,
    tables: Annotated[bool, typer.Option("--tables/--no-tables", rich_help_panel="Extraction", help="Keep tables.")] = True,
    links: Annotated[bool, typer.Option("--links", rich_help_panel="Output", help="Markdown and JSON: links.")] = False,
    images: Annotated[bool, typer.Option("--images", rich_help_panel="Output", help="Markdown and JSON: images where they stand.")] = False,
    with_metadata: Annotated[bool, typer.Option("--with-metadata", rich_help_panel="Output", help="Text/Markdown: title, author, date and URL above the body.")] = False,
    fields: Annotated[Optional[str], typer.Option("--fields", callback=_fields, metavar="NAME,...", rich_help_panel="Output", help=f"JSON: only these fields ({', '.join(JSON_FIELDS)}).")] = None,
    user_agent: Annotated[Optional[str], typer.Option("--user-agent", metavar="TEXT", rich_help_panel="Fetching", help="URLs: the User-Agent to send (and to match in robots.txt).")] = None,
    ignore_robots: Annotated[bool, typer.Option("--ignore-robots", rich_help_panel="Fetching", help="URLs: fetch pages that robots.txt disallows.")] = False,
    save_html: Annotated[Optional[Path], typer.Option("--save-html", metavar="DIR", rich_help_panel="Fetching", help="URLs: keep each fetched page in DIR, with DIR/index.jsonl mapping URL to file.")] = None,
    cache_dir: Annotated[Optional[Path], typer.Option("--cache-dir", metavar="DIR", rich_help_panel="Fetching", help="URLs: reuse responses stored in DIR instead of fetching again; store new ones there.")] = None,
    warc_out: Annotated[Optional[Path], typer.Option("--warc-out", metavar="FILE", rich_help_panel="Fetching", help="URLs: write the responses to FILE as WARC (.warc.gz: compressed).")] = None,
    concurrency: Annotated[int, typer.Option("--concurrency", min=1, metavar="N", rich_help_panel="Fetching", help="URLs: requests in flight at once.")] = _FETCH.concurrency,
    per_host_delay: Annotated[float, typer.Option("--per-host-delay", min=0.0, metavar="SECONDS", rich_help_panel="Fetching", help="URLs: least time between two requests to one host.")] = _FETCH.delay,
    input_list: Annotated[Optional[str], typer.Option("--input-list", metavar="FILE", rich_help_panel="Batch", help="Batch: also the paths or URLs listed in FILE, one a line (`-`: stdin).")] = None,
    feed: Annotated[Optional[list[str]], typer.Option("--feed", metavar="URL", rich_help_panel="Fetching", help="Batch: also the articles an RSS, Atom or JSON feed lists (repeatable).")] = None,
    sitemap: Annotated[Optional[list[str]], typer.Option("--sitemap", metavar="URL", rich_help_panel="Fetching", help="Batch: also the articles a sitemap, a sitemap index, or a robots.txt or site root (its Sitemap: lines) lists (repeatable).")] = None,
    since: Annotated[Optional[str], typer.Option("--since", metavar="DATE", rich_help_panel="Fetching", help="Feeds, sitemaps: only URLs dated DATE (YYYY-MM-DD, or ISO 8601 with a time) or later; undated ones are left out.")] = None,
    same_site: Annotated[bool, typer.Option("--same-site", rich_help_panel="Fetching", help="Feeds, sitemaps: only URLs on the host of the feed or sitemap that lists them.")] = False,
    url_filter: Annotated[Optional[str], typer.Option("--url-filter", metavar="REGEX", rich_help_panel="Fetching", help="Feeds, sitemaps: only URLs in which REGEX is found.")] = None,
    max_urls: Annotated[Optional[int], typer.Option("--max-urls", min=1, metavar="N", rich_help_panel="Fetching", help="Feeds, sitemaps: at most N URLs, the first listed.")] = None,
    list_urls: Annotated[bool, typer.Option("--list-urls", rich_help_panel="Fetching", help="Feeds, sitemaps: print the URLs found, one a line, and read none of them.")] = False,
    follow_pages: Annotated[int, typer.Option("--follow-pages", min=1, metavar="N", rich_help_panel="Extraction", help="URLs: an article split over pages (rel=next, a numbered pager) is read from up to N pages into one document (JSON: `pages`).")] = 1,
    glob: Annotated[Optional[list[str]], typer.Option("--glob", metavar="PATTERN", rich_help_panel="Batch", help="Batch: files of folders to take, e.g. '*.html' (repeatable; default: pages, text files and archives: .html .htm .xhtml .mhtml .mht .txt .warc .wet and their .gz; '*': every file).")] = None,
    output_dir: Annotated[Optional[Path], typer.Option("--output-dir", metavar="DIR", rich_help_panel="Output", help="Batch: one file per input in DIR (in --format) instead of a JSONL stream.")] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, metavar="N", rich_help_panel="Batch", help="Batch: pages extracted at once (default: one per CPU).")] = None,
    page_timeout: Annotated[Optional[float], typer.Option("--page-timeout", min=0.1, metavar="SECONDS", rich_help_panel="Batch", help=rf"Batch: a page taking longer becomes an error record \[default: {_BATCH.page_timeout:g}].")] = None,
    min_confidence: Annotated[Optional[float], typer.Option("--min-confidence", min=0.0, max=1.0, metavar="X", rich_help_panel="Batch", help="Batch: a document whose confidence (0-1) is below X becomes a record saying so.")] = None,
    timeout: Annotated[Optional[float], typer.Option("--timeout", min=0.01, metavar="SECONDS", rich_help_panel="Extraction", help="Extraction of one page (after reading it) takes at most this long; past it, an error of kind `timeout`.")] = None,
    max_bytes: Annotated[int, typer.Option("--max-bytes", min=1, metavar="BYTES", rich_help_panel="Extraction", help="Larger pages are refused (an error record in a batch).")] = Options().max_bytes,
    resume: Annotated[bool, typer.Option("--resume", rich_help_panel="Batch", help="Batch: skip inputs whose records --output / --output-dir already holds.")] = False,
    keep_skipped: Annotated[bool, typer.Option("--keep-skipped", rich_help_panel="Output", help="Batch: also write a record (status `skipped`) for inputs that hold no page, such as an archive's images; they are always counted.")] = False,
    dedup: Annotated[bool, typer.Option("--dedup", rich_help_panel="Batch", help="Batch: drop exact and near-duplicate documents (SimHash over word 4-shingles).")] = False,
    learn_boilerplate: Annotated[bool, typer.Option("--learn-boilerplate", rich_help_panel="Batch", help="Batch: drop blocks that recur on many pages of one site.")] = False,
    engine: Annotated[Engine, typer.Option("--engine", metavar="processes|dask", rich_help_panel="Batch", help=r"Batch: local worker processes, or Dask (pip install 'extract-article\[dask]').")] = Engine.PROCESSES,
    scheduler: Annotated[Optional[str], typer.Option("--scheduler", metavar="tcp://HOST:PORT", rich_help_panel="Batch", help="Batch, Dask: an existing cluster's scheduler (default: a local cluster).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", rich_help_panel="Output", help="Batch: no progress bar and no summary.")] = False,
    parts: Annotated[Optional[str], typer.Option("--parts", metavar="PREFIX", rich_help_panel="Batch", help="Sharded job: one task per archive or --shard-files files, each writing PREFIX/part-NNNNN.jsonl.gz (or .parquet with --format parquet) and a line of PREFIX/_manifest.jsonl; a path or an fsspec URL.")] = None,
    shard_files: Annotated[int, typer.Option("--shard-files", min=1, metavar="N", rich_help_panel="Batch", help="Sharded job: files of a folder per shard.")] = 1000,
    explain_flag: Annotated[bool, typer.Option("--explain", rich_help_panel="Extraction", help="Say why each candidate block was kept or dropped (stage and rule; for HTML the reading and region): JSON field `explain`, else a listing on stderr.")] = False,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    # No PAGE: standard input, when it is not a terminal and nothing else names the pages.
    pages = pages or ([] if input_list or feed or sitemap or sys.stdin is None or sys.stdin.isatty() else ["-"])
    if output is not None and str(output) == "-":
        output = None
    options = Options(
        input_format=input_format, output_format=output_format or OutputFormat.TEXT, favor=favor, tables=tables, comments=comments,
        links=links, images=images, with_metadata=with_metadata, fields=tuple(fields.split(",")) if fields else (),
        fetch=replace(_FETCH, user_agent=user_agent, robots=not ignore_robots, save_html=save_html,
                      cache_dir=cache_dir, warc_out=warc_out, concurrency=concurrency, delay=per_host_delay),
        max_bytes=max_bytes, timeout=timeout,
        batch=BatchOptions(
            min_confidence=min_confidence,
            workers=workers, page_timeout=page_timeout or _BATCH.page_timeout, glob=tuple(glob or ()), resume=resume,
            dedup=dedup, learn_boilerplate=learn_boilerplate, engine=Engine.DASK if scheduler else engine,
            scheduler=scheduler, output_dir=output_dir, quiet=quiet, keep_skipped=keep_skipped,
        ),
        discover=DiscoverOptions(feeds=tuple(feed or ()), sitemaps=tuple(sitemap or ()), since=_since(since),
                                 same_site=same_site, url_filter=url_filter, max_urls=max_urls,
                                 follow_pages=follow_pages),
    )
    if parts or output_format is OutputFormat.PARQUET:  # sharded jobs: extract.batch.partsjob
        if not parts:
            raise typer.BadParameter("parquet is written by sharded jobs only: add --parts PREFIX", param_hint="--format")
        from ..batch import parts_command

        raise typer.Exit(parts_command(pages, input_list, parts, options, output_format or OutputFormat.JSONL, shard_files))
    found = discover(options, list_urls, alone=not pages and not input_list, debug=debug)
    batch_flags = (input_list, glob, output_dir, workers, page_timeout, min_confidence is not None, resume, dedup, learn_boilerplate, scheduler,
                   engine is Engine.DASK)
    batch = any(batch_flags) or options.discover.expands or len(pages) != 1 or not is_single_page(pages[0])
    # Only JSON shows the language (a batch writes JSON lines unless --output-dir is given).
    if batch and output_dir is None and output_format not in (None, OutputFormat.JSONL):
        raise typer.BadParameter(f"{output_format} writes one page; a batch writes jsonl (one record a line), or "
                                 f"one {output_format} file per page with --output-dir DIR", param_hint="--format")
    writes_json = output_format in (OutputFormat.JSON, OutputFormat.JSONL) or (batch and output_dir is None)
    options = replace(options, detect_language=writes_json and (not fields or "language" in options.fields),
                      explain=explain_flag)
    if batch:
        run_many([*pages, *found], input_list, options, output, debug)
        return
    page = pages[0]
    try:
        if follow_pages > 1 and is_url(page):
            from ..discover import read_article

            document = read_article(page, options)
        else:
            document = extract_raw(next(read(page, options)), options)
    except ExtractError as exc:
        fail(str(exc), EXIT_USAGE, debug)
    except OSError as exc:
        fail(os_message(exc), EXIT_USAGE, debug)
    except Exception as exc:  # a bug must still end in one line, not a traceback
        fail(f"{page}: internal error: {type(exc).__name__}: {exc}", EXIT_USAGE, debug)
    result = render(document, options=options)
    write(result, output, debug)
    if explain_flag and output_format not in (OutputFormat.JSON, OutputFormat.JSONL):
        stderr.print(explain(document), markup=False, highlight=False)
    if not document.found:
        stderr.print(f"extract: {page}: no article found", style="yellow", markup=False)
        raise typer.Exit(EXIT_NO_ARTICLE)


def _since(value: str | None) -> datetime | None:
    when = parse_date(value)
    if value is not None and when is None:
        raise typer.BadParameter(f"{value!r} is not a date: give YYYY-MM-DD or an ISO 8601 date and time",
                                 param_hint="--since")
    return when


def main() -> None:
    """Console-script entry point: bad usage is one line on stderr, exit 2."""
    from typer.exceptions import TyperException

    utf8(sys.stdout)
    utf8(sys.stderr)
    try:
        code = app(standalone_mode=False)
    except typer.Abort:
        code = EXIT_INTERRUPTED
    except TyperException as exc:  # click's UsageError and its kinds
        stderr.print(f"extract: {usage_message(exc)}", style="red", markup=False)
        code = getattr(exc, "exit_code", EXIT_USAGE)
    sys.exit(code if isinstance(code, int) else EXIT_OK)
