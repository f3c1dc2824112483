"""Prices: figures with a currency sign next to them, in the body and in the page's largest
grid of cards (a grid of products shows one a card), for the page-type model.

A currency sign before or after a figure: "$19.99", "19,99 €". Signs are found first (a
substring search per sign runs at C speed), then their neighbours checked: a pattern that
could start at any digit would cost more than all the other signals.
"""
from __future__ import annotations

from typing import Final

from ..dom import text_of
from ..html.stats import Stats

_CURRENCY: Final = "$€£¥₹"
_ASCII_CURRENCY: Final = "$"
_GRID_ROWS: Final = 1  # rows of cards read for prices, those with the most cards (a grid outnumbers menus)


def prices(texts: list[str]) -> tuple[int, int]:
    """Figures with a currency sign next to them (see _CURRENCY), and currency signs, in
    texts read one by one: a sign's neighbours are its own text's (never joined, which
    would copy a whole body), and a text all ASCII can hold only the ASCII signs.

        >>> prices(["From $19.99, or 25 € a month", "$"])
        (2, 3)
    """
    found = signs = 0
    for text in texts:
        for sign in _CURRENCY if not text.isascii() else _ASCII_CURRENCY:
            at = text.find(sign)
            while at >= 0:
                signs += 1
                if text[at + 1:at + 3].lstrip(" ")[:1].isdigit() or text[max(at - 2, 0):at].rstrip(" ")[-1:].isdigit():
                    found += 1
                at = text.find(sign, at + 1)
    return found, signs


def grid_prices(stats: Stats, rows: list[int]) -> tuple[int, int]:
    """Prices in the page's largest rows of cards (a grid of products shows one per card),
    and currency signs with or without a figure there. Only the _GRID_ROWS outermost rows
    with the most cards are read: a page lists many small rows (menus, footers), and
    reading their text would cost more than the rest of the page's figures."""
    page = stats.page
    largest = sorted(rows, key=page.cards.__getitem__, reverse=True)[:_GRID_ROWS]
    return prices([text_of(page.elements[index]) for index in sorted(largest)])
