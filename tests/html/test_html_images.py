"""Images: the address each <img> really shows, and pixels left out (html/images.py)."""
from __future__ import annotations

from lxml import etree

from extract.html.images import _candidates, image_of, resolve_images


def images(html: str, url: str | None = "https://example.org/news/a.html") -> list[tuple[str | None, str]]:
    root = etree.fromstring(html, etree.HTMLParser())
    resolve_images(root, url)
    return [(img.get("src"), img.get("alt") or "") for img in root.iter("img")]


def test_srcset_urls_may_hold_commas_and_widths_beat_densities() -> None:
    srcset = "https://c.example/w_300,h_200/a.jpg 300w, https://c.example/w_900,h_600/a.jpg 900w,b.jpg 2x"
    best = max(_candidates(srcset), key=lambda pair: pair[1])
    assert best[0] == "https://c.example/w_900,h_600/a.jpg"


def test_relative_addresses_resolve_against_the_page_without_base() -> None:
    assert images('<p><img src="../img/a.jpg" alt="A"></p>') == [("https://example.org/img/a.jpg", "A")]
    assert images('<p><img src="a.jpg"></p>', url=None) == [("a.jpg", "")]


def test_pixels_and_spacers_lose_their_address() -> None:
    assert images('<p><img src="/t.gif" width="1"><img src="/x.jpg" height="2px"><img src="/img/spacer.gif">'
                  '<img src="data:image/gif;base64,R0lGOD"><img src="https://b.scorecardresearch.com/p?c1=2"></p>') \
        == [(None, "")] * 5


def test_a_noscript_copy_stands_in_when_scripts_would_insert_the_image() -> None:
    found = images('<div><p>Text</p><noscript><img src="/real.jpg" alt="Real"></noscript></div>')
    assert found == [("https://example.org/real.jpg", "Real")]


def test_a_figure_gives_its_caption() -> None:
    root = etree.fromstring('<figure><img src="https://e.org/a.jpg" alt=" A  b "><figcaption>Cap '
                            '<b>tion</b></figcaption></figure>', etree.HTMLParser())
    image = image_of(next(root.iter("img")))
    assert image is not None and (image.src, image.alt, image.caption) == ("https://e.org/a.jpg", "A b", "Cap tion")


def test_a_noscript_holding_text_is_left_as_it_is() -> None:
    """Forums serve whole posts in <noscript>: their images stay inside their paragraphs."""
    found = images('<noscript><p>Koss <img src="/smiley.png" alt=":)"> the problem is</p></noscript>')
    assert found == [("https://example.org/smiley.png", ":)")]
