"""Every knob of the tool in one frozen dataclass, passed down the pipeline: no globals."""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class InputFormat(StrEnum):
    AUTO = "auto"
    HTML = "html"
    TEXT = "text"


class OutputFormat(StrEnum):
    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"


class Favor(StrEnum):
    """Which error the extractor would rather make when the evidence is thin."""

    PRECISION = "precision"
    BALANCED = "balanced"
    RECALL = "recall"


@dataclass(frozen=True, slots=True)
class Options:
    """How to read, extract and render a page."""

    input_format: InputFormat = InputFormat.AUTO
    output_format: OutputFormat = OutputFormat.TEXT
    favor: Favor = Favor.BALANCED
    tables: bool = True
    comments: bool = False
    links: bool = False
    images: bool = False
    with_metadata: bool = False
    fields: tuple[str, ...] = ()
    max_bytes: int = 50_000_000
    timeout: float = 20.0
    user_agent: str | None = None
