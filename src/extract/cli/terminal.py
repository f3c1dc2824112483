"""What the command writes to the terminal besides the output itself: one-line errors, exit
codes, a quiet end when stdout closes, UTF-8 whatever the locale."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TextIO

import typer
from rich.console import Console

EXIT_OK, EXIT_NO_ARTICLE, EXIT_USAGE, EXIT_BATCH_FAILURES, EXIT_INTERRUPTED = 0, 1, 2, 3, 130
stderr = Console(stderr=True, highlight=False, soft_wrap=True)


def os_message(exc: OSError) -> str:
    """An OSError as a sentence: 'cannot write out.jsonl: permission denied', not '[Errno 13] ...'."""
    reason = (exc.strerror or str(exc)).lower()
    return f"{exc.filename}: {reason}" if exc.filename else reason


def fail(message: str, code: int, debug: bool) -> None:
    """One line on stderr and exit `code`; --debug adds the traceback above it, same code."""
    if debug:
        import traceback

        traceback.print_exc(file=sys.stderr)
    stderr.print(f"extract: error: {message}", style="red", markup=False)
    raise typer.Exit(code)


def stdout_closed() -> None:
    """The reader of stdout has gone (`extract folder/ | head -1`): stop quietly with exit 0,
    as a filter does, leaving no error and no summary. Python's own flush at exit is sent
    to /dev/null, where it cannot fail again."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    raise typer.Exit(EXIT_OK)


def write(result: str, output: Path | None, debug: bool = False) -> None:
    text = result + "\n" if result else ""
    if output is None:
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            stdout_closed()
        return
    try:
        output.write_text(text, encoding="utf-8")
    except OSError as exc:
        fail(f"cannot write {os_message(exc)}", EXIT_USAGE, debug)


def utf8(stream: TextIO) -> None:
    """Output is UTF-8 whatever the locale (LC_ALL=C gives ASCII streams), and a file name
    that is not valid in the locale (Python keeps its bytes as surrogates) is written back
    as the bytes it was given."""
    if stream is not None:
        try:
            stream.reconfigure(encoding="utf-8", errors="surrogateescape")  # type: ignore[attr-defined]
        except (AttributeError, ValueError):
            pass


def usage_message(exc: Exception) -> str:
    """click's message in one line: "--format must be one of text, markdown, json, jsonl (got 'xml')"."""
    param = getattr(exc, "param", None)
    message = " ".join(str(getattr(exc, "message", exc)).removeprefix("Value error, ").split())
    hint = getattr(exc, "param_hint", None)
    if param is None:
        return f"{hint}: {message}" if isinstance(hint, str) else message[:1].lower() + message[1:] or "bad usage"
    name = hint if isinstance(hint, str) else max(getattr(param, "opts", None) or [param.human_readable_name], key=len)
    if choice := re.match(r"'(.*?)' is not one of (.*?)\.?$", message):
        return f"{name} must be one of {choice.group(2).replace(chr(39), '')} (got {choice.group(1)!r})"
    return f"{name}: {message[0].lower() + message[1:]}"
