"""The command with many inputs: the pages feeds and sitemaps list, and batches."""
from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from .. import ExtractError, Options
from .terminal import EXIT_BATCH_FAILURES, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, fail, os_message, stderr, stdout_closed, write

if TYPE_CHECKING:
    from ..batch import Input


def discover(options: Options, list_urls: bool, alone: bool, debug: bool) -> list[Input]:
    """--feed and --sitemap: the inputs they give (extract.discover.listing). --list-urls
    prints the URLs instead (a feed or sitemap that failed: a line on stderr, exit 2)."""
    if not options.discover.expands:
        if list_urls:
            raise typer.BadParameter("give --feed or --sitemap URLs to list", param_hint="--list-urls")
        return []
    from ..batch import FailedInput, UrlInput
    from ..discover import find_inputs

    try:
        found = find_inputs(options)
    except ExtractError as exc:
        fail(str(exc), EXIT_USAGE, debug)
    failed = [item for item in found if isinstance(item, FailedInput)]
    if list_urls:
        write("\n".join(item.url for item in found if isinstance(item, UrlInput)), None)
        for item in failed:
            stderr.print(f"extract: error: {item.message}", style="red", markup=False)
        raise typer.Exit(EXIT_USAGE if failed else EXIT_OK)
    if not found and alone:  # nothing new since --since is no error: a scheduled run goes on
        if not options.batch.quiet:
            stderr.print("extract: the feeds and sitemaps list no URL to read", markup=False)
        raise typer.Exit(EXIT_OK)
    return list(found)


def run_many(pages: list[str | Input], input_list: str | None, options: Options, output: Path | None, debug: bool) -> None:
    """Many inputs -> one record each (see HELP); exit 3 when any input failed."""
    from ..batch import count_inputs, read_list, run_batch

    if not pages and not input_list:
        raise typer.BadParameter("no input: give PAGE arguments or --input-list FILE", param_hint="PAGE")
    if output is not None and options.batch.output_dir is not None:
        raise typer.BadParameter("--output and --output-dir exclude each other", param_hint="--output-dir")
    if input_list == "-" and "-" in pages:
        raise typer.BadParameter("standard input cannot be both a page and the input list", param_hint="--input-list")

    def specs() -> Iterator[str | Input]:
        yield from pages
        if input_list:
            yield from read_list(input_list)

    show_bar = sys.stderr.isatty() and not options.batch.quiet and input_list != "-"
    try:
        summary = run_batch(specs(), options, output, total=count_inputs(specs(), options) if show_bar else None)
    except BrokenPipeError:
        stdout_closed()
    except KeyboardInterrupt:
        stderr.print("extract: interrupted; every record written is whole: add --resume to finish", style="yellow", markup=False)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    except ExtractError as exc:
        fail(str(exc), EXIT_USAGE, debug)
    except OSError as exc:
        fail(os_message(exc), EXIT_USAGE, debug)
    if summary.total == 0 and summary.already_done == 0:
        fail("no input pages: an empty directory or list, or no file matching --glob", EXIT_USAGE, False)
    if not options.batch.quiet:
        stderr.print(summary.line(), markup=False)
    if summary.errors:
        raise typer.Exit(EXIT_BATCH_FAILURES)
