"""The `extract` command: parse flags, build Options, call the API, map errors to exit codes.

No extraction logic lives here: everything a user can do from the shell they can do from
Python with `extract.extract` / `extract.extract_raw`.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__
from .api import extract_raw
from .errors import ExtractError
from .options import InputFormat, Options, OutputFormat
from .render import render
from .sources import read_source

EXIT_OK, EXIT_NO_ARTICLE, EXIT_USAGE = 0, 1, 2

HELP = """Extract the article (title and body) from a web page as clean text or JSON.

PAGE is a saved page (.html, .htm, .html.gz, plain text), `-` for standard input, or an
http(s) URL.

\b
Examples:
  extract page.html
  extract page.html.gz | wc -w
  curl -s https://example.org/news | extract -
  extract --format json https://example.org/news | jq .title
  extract --output article.txt page.html

\b
Exit codes:
  0  an article was extracted
  1  the page was read, but no article was found in it
  2  bad usage, or the input could not be read (missing, empty, binary, unreachable)
"""

app = typer.Typer(add_completion=False, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]})
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def _version(value: bool) -> None:
    if value:
        print(f"extract {__version__}")
        raise typer.Exit(EXIT_OK)


@app.command(help=HELP)
def command(
    page: Annotated[str, typer.Argument(help="File, `-` for stdin, or http(s) URL.", show_default=False)],
    output_format: Annotated[OutputFormat, typer.Option("--format", "-f", help="Output format.")] = OutputFormat.TEXT,
    input_format: Annotated[InputFormat, typer.Option("--input-format", help="Treat the page as HTML or plain text; auto decides from its content.")] = InputFormat.AUTO,
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="Write here instead of stdout.")] = None,
    debug: Annotated[bool, typer.Option("--debug", help="Show tracebacks.")] = False,
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False,
) -> None:
    options = Options(input_format=input_format, output_format=output_format)
    try:
        document = extract_raw(read_source(page, options), options)
    except ExtractError as exc:
        _fail(str(exc), EXIT_USAGE, debug)
    except Exception as exc:  # a bug must still end in one line, not a traceback
        _fail(f"{page}: internal error: {type(exc).__name__}: {exc}", EXIT_USAGE, debug)
    result = render(document, options)
    _write(result, output)
    if not document.found:
        stderr.print(f"extract: {page}: no article found", style="yellow", markup=False)
        raise typer.Exit(EXIT_NO_ARTICLE)


def _fail(message: str, code: int, debug: bool) -> None:
    if debug:
        raise
    stderr.print(f"extract: error: {message}", style="red", markup=False)
    raise typer.Exit(code)


def _write(result: str, output: Path | None) -> None:
    text = result + "\n" if result else ""
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        _fail(f"cannot write {output}: {exc.strerror or exc}", EXIT_USAGE, False)


def main() -> None:
    """Console-script entry point."""
    app()
