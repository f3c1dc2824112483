"""JSON and JSON lines: every field, `--fields`, comments apart, text header; the schema."""
from __future__ import annotations

import json
from dataclasses import replace

import jsonschema
import pytest

from extract import (
    Assessment,
    Block,
    BlockKind,
    Decision,
    Document,
    Explanation,
    Metadata,
    Options,
    Origin,
    OutputFormat,
    PageKind,
    extract,
)
from extract import JSON_FIELDS as FIELDS
from extract.formats import render_as as render

from support import SAMPLES, document_schema, validate_document

JSON = Options(output_format=OutputFormat.JSON)
JSONL = Options(output_format=OutputFormat.JSONL)


def full_document() -> Document:
    return Document(
        blocks=(Block(BlockKind.PARAGRAPH, "First paragraph."), Block(BlockKind.LIST_ITEM, "an item", level=1)),
        comments=(Block(BlockKind.PARAGRAPH, "Great news!"),),
        metadata=Metadata(
            title="Title", authors=("Ann Lee",), date_published="2024-05-14T06:00:00+01:00",
            date_modified="2024-05-15", site_name="The Courier", language="en", description="Summary.",
            canonical_url="https://example.org/a", image="https://example.org/a.jpg", tags=("floods",),
            categories=("News",)),
        origin=Origin(source="page.html", url="https://example.org/a", encoding="utf-8"),
        explanation=Explanation(PageKind.HTML, (Decision("First paragraph.", True, "blocks"),
                                                Decision("Share this", False, "blocks", "interface line")),
                                reading="article", region="/html/body/article", score=1234.5),
    )


def test_the_schema_is_a_valid_draft_2020_12_schema() -> None:
    jsonschema.Draft202012Validator.check_schema(document_schema())


def test_schema_and_renderer_name_the_same_fields() -> None:
    assert set(document_schema()["oneOf"][0]["properties"]) == {"schema_version", "status", *FIELDS}


def test_every_field_is_written() -> None:
    record = json.loads(render(full_document(), replace(JSON, comments=True)))
    assert list(record) == ["schema_version", "status", *FIELDS]
    assert record["text"] == "First paragraph.\n\n- an item"
    assert record["comments"] == "Great news!"
    assert "Great news" not in record["text"]
    assert record["word_count"] == 4  # words of the blocks, not list bullets
    assert record["explain"]["decisions"][1] == {"text": "Share this", "kept": False, "stage": "blocks",
                                                 "rule": "interface line"}
    validate_document(record)


def test_comments_are_absent_unless_asked_for() -> None:
    assert "comments" not in json.loads(render(full_document(), JSON))


def test_facts_are_defined_once_and_the_json_follows_the_model() -> None:
    from dataclasses import fields

    assert FIELDS == (*(f.name for f in fields(Origin)), *(f.name for f in fields(Metadata)),
                      *(f.name for f in fields(Assessment)), "word_count", "text", "blocks", "comments", "explain")


def test_jsonl_is_one_line_and_json_is_indented() -> None:
    assert "\n" not in render(full_document(), JSONL)
    assert render(full_document(), JSON).startswith('{\n  "schema_version"')


def test_fields_pick_in_the_order_asked() -> None:
    options = Options(output_format=OutputFormat.JSONL, fields=("title", "authors"))
    assert json.loads(render(full_document(), options)) == {
        "schema_version": "1", "status": "ok", "title": "Title", "authors": ["Ann Lee"],
    }


def test_an_empty_document_is_valid_too() -> None:
    validate_document(json.loads(render(Document(), JSON)))


@pytest.mark.parametrize(
    "change",
    [{"language": "English"}, {"date_published": "May 5, 2024"}, {"extra": 1}, {"authors": "Ann"}],
)
def test_the_schema_rejects_what_it_should(change: dict) -> None:
    record = json.loads(render(full_document(), JSON)) | change
    with pytest.raises(jsonschema.ValidationError):
        validate_document(record)


def test_text_header_with_metadata() -> None:
    options = Options(with_metadata=True)
    assert render(full_document(), options) == (
        "Title: Title\nAuthor: Ann Lee\nDate: 2024-05-14T06:00:00+01:00\nURL: https://example.org/a\n\n"
        "First paragraph.\n\n- an item"
    )
    assert render(Document(), options) == ""


def test_sample_page_through_the_api() -> None:
    document = extract((SAMPLES / "news-article.html").read_bytes())
    record = json.loads(render(document, JSON))
    validate_document(record)
    assert record["title"] and record["authors"] and record["date_published"]
