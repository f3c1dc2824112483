"""Find the picture each <img> really shows, before cleaning takes away what says so.

Pages load images lazily: `src` holds a placeholder (a data: URI, a spacer GIF) and the
picture waits in `data-src`, `data-lazy-src` or `data-original`, in a `srcset` (one
address per width), in the <source>s of a <picture>, or in a <noscript> copy for readers
without scripts. `resolve_images` writes the best address, made absolute against <base>
and the page's URL, into each image's `src`, and takes `src` away from tracking pixels
and spacers, which are not pictures of the article. Cleaning drops <head>, <source> and
small <noscript>s afterwards, so this runs first (and only when images are asked for).
"""
from __future__ import annotations

import re
from urllib.parse import urljoin

from lxml import etree

from ..dom import normalize, text_of
from ..model import Image

_LAZY = ("data-src", "data-lazy-src", "data-original")
_SRCSETS = ("data-srcset", "data-lazy-srcset", "srcset")
_PIXEL_MAX = 2  # pixels: an image this narrow or low is a beacon or a spacer
_SPACER = re.compile(
    r"(?:^|[/_.-])(?:spacer|blank|pixel|1x1|transparent|clear|trans|empty|dot)\.(?:gif|png|webp)(?:$|[?#])|"
    r"/(?:pixel|beacon|tracking|tr)(?:\.gif|\.png|\.php)?(?:$|[?#])|"
    r"scorecardresearch\.com|doubleclick\.net|facebook\.com/tr\b",
    re.I,
)
_DESCRIPTOR = re.compile(r"^(\d+(?:\.\d+)?)([wx])$", re.I)


def _candidates(srcset: str) -> list[tuple[str, tuple[int, float]]]:
    """(url, size) pairs of a srcset; widths rank above densities, as they say more.

    URLs may hold commas (`/w_300,h_200/a.jpg`), so a candidate is read as the HTML
    standard says: a URL up to whitespace, then descriptors up to a comma.
    """
    found: list[tuple[str, tuple[int, float]]] = []
    at, end = 0, len(srcset)
    while at < end:
        while at < end and (srcset[at].isspace() or srcset[at] == ","):
            at += 1
        start = at
        while at < end and not srcset[at].isspace():
            at += 1
        url, descriptor = srcset[start:at], ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            comma = srcset.find(",", at)
            comma = end if comma < 0 else comma
            descriptor, at = srcset[at:comma].strip(), comma + 1
        if not url:
            continue
        match = _DESCRIPTOR.match(descriptor)
        size = (1, float(match.group(1))) if match and match.group(2).lower() == "w" else \
            (0, float(match.group(1)) if match else 1.0)
        found.append((url, size))
    return found


def _usable(url: str | None) -> bool:
    """An address of a picture: not a placeholder, a spacer or a beacon."""
    return url is not None and url != "" and not url.startswith("data:") and not _SPACER.search(url)


def _best(image: etree._Element) -> str | None:
    """The widest srcset candidate (the <picture>'s sources too), else a lazy attribute,
    else `src` when it is not a placeholder."""
    holders = [image]
    parent = image.getparent()
    if parent is not None and parent.tag == "picture":
        holders += parent.iter("source")
    candidates = [pair for holder in holders for name in _SRCSETS
                  for pair in _candidates(holder.get(name) or "") if _usable(pair[0])]
    if candidates:
        return max(candidates, key=lambda pair: pair[1])[0]
    return next((url for name in (*_LAZY, "src") if _usable(url := image.get(name))), None)


def _dimension(image: etree._Element, name: str) -> float | None:
    value = (image.get(name) or "").strip().removesuffix("px")
    try:
        return float(value)
    except ValueError:
        return None


def _is_pixel(image: etree._Element) -> bool:
    sizes = [size for name in ("width", "height") if (size := _dimension(image, name)) is not None]
    return any(size <= _PIXEL_MAX for size in sizes)


def _base(root: etree._Element, url: str | None) -> str:
    """What relative addresses resolve against: <base href>, itself against the page URL."""
    for base in root.iter("base"):
        if href := (base.get("href") or "").strip():
            return urljoin(url or "", href)
    return url or ""


def _noscript_fallbacks(root: etree._Element) -> None:
    """A <noscript> copy lends its address to the lazy image before it, or stands in for
    an image that scripts would have inserted; cleaning would drop it with its <noscript>."""
    for noscript in list(root.iter("noscript")):
        copy = next(noscript.iter("img"), None)
        if copy is None or text_of(noscript).strip():  # a page served in <noscript>, not an image
            continue
        before = noscript.getprevious()
        if before is not None and before.tag == "img":
            if _best(before) is None and (url := _best(copy)):
                before.set("src", url)
                before.set("alt", before.get("alt") or copy.get("alt") or "")
            continue
        copy.tail = None
        noscript.addprevious(copy)


def _rescue(source: etree._Element, picture: etree._Element) -> None:
    """Move the <img>s libxml2 nests in a <source> to the <picture>, as cleaning drops
    <source> whole; nothing else moves, so the text stays what it is without images."""
    for image in list(source.iter("img")):
        image.tail = None
        picture.append(image)


def resolve_images(root: etree._Element, url: str | None) -> None:
    """Give each image the absolute address of its best picture in `src`; pixels get none."""
    base = _base(root, url)
    for picture in list(root.iter("picture")):
        for source in list(picture.iterchildren("source")):
            _rescue(source, picture)
    _noscript_fallbacks(root)
    for image in root.iter("img"):
        best = None if _is_pixel(image) else _best(image)
        if best is None:
            image.attrib.pop("src", None)
        else:
            image.set("src", urljoin(base, best.strip()) if base else best.strip())


def image_of(image: etree._Element) -> Image | None:
    """The Image of a resolved <img>: its address, alt text and its figure's caption."""
    src = image.get("src")
    if not src:
        return None
    caption = ""
    figure = next(image.iterancestors("figure"), None)
    if figure is not None and (element := next(figure.iter("figcaption"), None)) is not None:
        caption = normalize(text_of(element))
    return Image(src, normalize(image.get("alt") or ""), caption)
