"""A class name that vetoes the page's one run of paragraphs is lifted (stats.lifted_vetoes);
a comment thread that outweighs a short article is not."""
from __future__ import annotations

import extract
from extract import Options

OPTIONS = Options(detect_language=False)
SENTENCE = "The swap in the village hall has run every January since 1978, and it fills three rooms. "


def test_paragraphs_under_a_layout_name_are_the_article() -> None:
    body = "".join(f"<p>{SENTENCE * 3}Paragraph {i}.</p>" for i in range(9))
    page = (f"<html><body><article><h1>Seed swaps</h1><div class='sidebar-layout'><div class='sidebar-content'>{body}"
            "</div><aside class='sidebar'><h3>Popular</h3><ul><li><a href='/a'>Leeks</a></li></ul></aside>"
            "</div></article></body></html>")
    text = extract.extract(page, options=OPTIONS).text
    assert "Paragraph 0." in text and "Paragraph 8." in text
    assert "Leeks" not in text


def test_a_long_thread_under_a_short_article_stays_out() -> None:
    article = f"<p>{SENTENCE * 3}</p><p>{SENTENCE * 2}</p><p>{SENTENCE * 2}The council will decide.</p>"
    # One comment alone is a long run of paragraphs (2,400 characters), but no longer than
    # a few times the article.
    thread = "".join(f"<li class='comment'><div class='comment-content'><p>{SENTENCE * 9}Comment {i}.</p>"
                     f"<p>{SENTENCE * 9}</p><p>{SENTENCE * 9 if i == 0 else ''}</p></div></li>" for i in range(3))
    page = (f"<html><body><article><h1>Seed swaps</h1>{article}</article>"
            f"<div class='comments'><ol class='comment-list'>{thread}</ol></div></body></html>")
    text = extract.extract(page, options=OPTIONS).text
    assert "The council will decide." in text
    assert "Comment 0." not in text
