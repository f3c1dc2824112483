"""The values that travel through the pipeline: RawPage -> Page -> Extraction -> Document.

Every reader yields a RawPage, decoding makes a Page, each engine (HTML and plain text)
turns a Page into an Extraction (Blocks plus the facts the page states about itself), the
HTML engine's figures give the Assessment (how far to trust it; signals/), and the API
makes the one Document every renderer consumes. This package is the only definition of
those values (blocks.py: the Blocks; facts.py: Metadata, Origin, Assessment, record
status; pages.py: the page along the pipeline): JSON fields, `--fields` and the JSON Schema
are derived from the dataclasses, so adding a fact is one line in facts.py plus its
reader. It imports nothing else of the package, so every layer may import it.
"""
from .blocks import Block, BlockKind, Cell, Image, ListNumbers, Mark, Row, Style, count_words, plain_text
from .facts import Access, Assessment, Failure, Metadata, Origin, PageKind, PageType, Status
from .pages import Decision, Document, Explanation, Extraction, Page, RawPage

__all__ = [
    "Access", "Assessment", "Block", "BlockKind", "Cell", "Decision", "Document", "Explanation", "Extraction",
    "Failure", "Image", "ListNumbers", "Mark", "Metadata", "Origin", "Page", "PageKind", "PageType", "RawPage", "Row",
    "Status", "Style", "count_words", "plain_text",
]
