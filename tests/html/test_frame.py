"""What the page's frame holds is not the article: long text inside <footer> or <nav> does
not beat a short body outside it, and a lone label is no article at all."""
from __future__ import annotations

import pytest

import extract
from extract import Options

OPTIONS = Options(detect_language=False)
DESCRIPTION = ("<p>A linen dress cut loose through the body, with two layers of fabric, a side zip and a "
               "deep pocket on the right. Made by a small workshop from hemp grown without pesticides.</p>"
               "<p>Wash it cold and dry it flat: hemp softens with every wash and keeps its shape for years, "
               "and the colour comes from plant dyes that fade slowly and evenly.</p>"
               "<p>The model is 172 cm tall and wears a size small; the dress runs true to size, "
               "so order your usual size, or one size up for a looser fit.</p>")
TESTIMONIALS = "".join(
    f"<div class='testimonial'><p>Customer number {i} writes that the order came quickly, that the dress fits "
    f"as the size chart promised and that the note from the shop owner was a lovely touch, thank you.</p>"
    f"<span>Customer {i}</span></div>" for i in range(14))


def test_text_inside_the_footer_does_not_beat_a_short_body() -> None:
    page = (f"<html><body><main><h1>Iris dress</h1>{DESCRIPTION}<button>Add to cart</button></main>"
            f"<footer><section>{TESTIMONIALS}</section><p>Shop address and opening hours.</p></footer></body></html>")
    text = extract.extract(page, options=OPTIONS).text
    assert "linen dress cut loose" in text
    assert "Customer number 3" not in text


@pytest.mark.parametrize("label", ["Support", "Loading...", "Multi-Language Sites"])
def test_a_lone_label_is_no_article(label: str) -> None:
    page = f"<html><body><div><a href='/a'>Home</a> <a href='/b'>Shop</a></div><div><p>{label}</p></div></body></html>"
    assert extract.extract(page, options=OPTIONS).text == ""


def test_a_short_sentence_is_still_read() -> None:
    text = extract.extract("<html><body><p>The ferry sails again on Monday.</p></body></html>", options=OPTIONS).text
    assert text == "The ferry sails again on Monday."


def test_a_dialog_inside_the_footer_counts_twice_as_frame() -> None:
    policy = "".join(
        f"<p>Section {n} of the privacy policy explains which personal information the shop collects, "
        f"why it does so, how long it keeps it and which partners it shares it with, and how to object.</p>"
        for n in range(30))
    page = (f"<html><body><main><h1>Iris dress</h1>{DESCRIPTION}</main><footer><p>Shop address.</p>"
            f"<div role='dialog' aria-modal='true' class='fixed'><div><h2>Privacy policy</h2>{policy}</div></div>"
            f"</footer></body></html>")
    text = extract.extract(page, options=OPTIONS).text
    assert "linen dress cut loose" in text
    assert "privacy policy explains" not in text
