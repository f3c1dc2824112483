"""Page type and confidence reach every output by derivation: JSON (and its schema),
--fields, the --with-metadata header; --min-confidence turns documents into records."""
from __future__ import annotations

import json
from pathlib import Path

from extract import BatchOptions, Options, OutputFormat, PageType, extract, render
from extract import JSON_FIELDS
from extract.batch import run_batch

from support import SAMPLES, validate_document

ARTICLE = (SAMPLES / "news-article.html").read_text(encoding="utf-8")
SHOP = (
    "<html><head><title>Steel kettle | Kitchen shop</title>"
    '<script type="application/ld+json">{"@type": "Product", "name": "Steel kettle", "offers": '
    '{"@type": "Offer", "price": "39.00", "priceCurrency": "EUR"}}</script>'
    '<meta property="og:type" content="product"></head><body>'
    "<header><nav><ul>" + "".join(f"<li><a href='/c{i}'>Category {i}</a></li>" for i in range(8)) + "</ul></nav>"
    "<form action='/search'><input name='q'><button>Search</button></form></header>"
    "<main><h1>Steel kettle</h1><p class='price'>€39.00</p>"
    "<form action='/cart'><select name='qty'><option>1</option><option>2</option></select>"
    "<input type='hidden' name='id' value='17'><button>Add to cart</button></form>"
    "<p>A kettle of brushed steel, 1.7 litres, that boils in three minutes.</p>"
    + "".join(f"<p>Feature {i}: the lid opens with one hand, and the base turns all the way round.</p>" for i in range(3))
    + "<table><tr><th>Capacity</th><td>1.7 l</td></tr><tr><th>Power</th><td>2200 W</td></tr>"
    "<tr><th>Weight</th><td>1.1 kg</td></tr></table>"
    "<section><h2>You may also like</h2><ul>"
    + "".join(f"<li><a href='/p{i}'><img src='/p{i}.jpg' alt=''>Teapot {i}</a><span>€{20 + i}.00</span></li>" for i in range(6))
    + "</ul></section></main><footer>" + "".join(f"<a href='/f{i}'>Help {i}</a> " for i in range(10))
    + "</footer></body></html>"
)


def test_the_assessment_is_in_json_and_follows_the_schema() -> None:
    record = json.loads(render(extract(ARTICLE, options=Options(detect_language=False)), "json"))
    validate_document(record)
    assert record["page_type"] == "article"
    assert 0.0 <= record["page_type_probability"] <= 1.0 and 0.0 <= record["confidence"] <= 1.0
    assert record["access"] in ("free", "paywalled", "unknown") and record["truncated"] is False
    assert {"page_type", "page_type_probability", "confidence", "access", "truncated", "truncation"} <= set(JSON_FIELDS)


def test_a_product_page_reads_as_a_product() -> None:
    document = extract(SHOP, url="https://shop.example/kettles/steel-kettle-17", options=Options(detect_language=False))
    assert document.page_type is PageType.PRODUCT


def test_fields_and_the_header_show_the_assessment() -> None:
    document = extract(ARTICLE, options=Options(detect_language=False))
    only = json.loads(render(document, "json", Options(fields=("page_type", "confidence"))))
    assert set(only) == {"schema_version", "status", "page_type", "confidence"}
    front = render(document, "markdown", Options(with_metadata=True)).split("---")[1]
    assert 'page_type: "article"' in front and "confidence: " in front
    assert "truncated" not in front and "access" not in front  # shown only when they say something


def test_text_pages_have_no_page_type_or_confidence() -> None:
    document = extract("A line of plain text.\n\nAnother paragraph of it, with words.", options=Options(detect_language=False))
    assert document.page_type is None and document.confidence is None


def test_min_confidence_replaces_documents_by_a_record(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.html").write_text("<html><body><ul>" + "<li><a href='/x'>Link</a></li>" * 30 + "</ul></body></html>")
    out = tmp_path / "out.jsonl"
    options = Options(detect_language=False, batch=BatchOptions(workers=1, quiet=True, min_confidence=0.99))
    run_batch([str(tmp_path / "a.html"), str(tmp_path / "b.html")], options, out)
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(records) == 2
    for record in records:
        validate_document(record)  # the schema's low_confidence shape
        assert record["status"] == "low_confidence" and "text" not in record
        assert record["low_confidence"]["min_confidence"] == 0.99
        assert record["low_confidence"]["confidence"] < 0.99
