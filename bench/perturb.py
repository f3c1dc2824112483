#!/usr/bin/env python3
"""Copy the benchmark data with the pages' markup stripped of one kind of hint, to measure
how much an extractor leans on it rather than on structure.

    python bench/perturb.py names /tmp/names     # class and id names hashed
    python bench/perturb.py tags /tmp/tags       # HTML5 sectioning tags made <div>s
    python bench/run.py --data /tmp/names        # then run as usual on the copy

- names: many sites built since 2020 ship hashed class names (CSS-in-JS, CSS modules), so
  the names that say "comments" or "sidebar" are missing from pages the dev sets
  under-represent. Each token maps to the same hash on every page, so repetition (a row of
  cards sharing a class) stays visible; only the words go.
- tags: <article>, <main>, <nav>, <header>, <footer>, <aside> and <section> become <div>s,
  as on sites older than HTML5 or built from generic components.

score.py and the gold files are copied as they are; pages keep their bytes otherwise
(charsets vary).
"""
from __future__ import annotations

import argparse
import gzip
import hashlib
import re
import shutil
from collections.abc import Callable
from pathlib import Path

from sets import SETS, data_dir

_NAMES = re.compile(rb"""(\s(?:class|id)\s*=\s*)(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""", re.IGNORECASE)
_SECTIONING = re.compile(rb"<(/?)(?:article|main|nav|header|footer|aside|section)\b", re.IGNORECASE)


def _hashed(match: re.Match[bytes]) -> bytes:
    value = next(group for group in match.groups()[1:] if group is not None)
    tokens = (b"c" + hashlib.md5(token).hexdigest()[:6].encode() for token in value.split())
    return match.group(1) + b'"' + b" ".join(tokens) + b'"'


def hash_names(markup: bytes) -> bytes:
    """The page with its class and id names hashed, token by token.

        >>> hash_names(b'<div class="comments big" id=c1>x</div>')
        b'<div class="ca5d491 cd86187" id="ca9f7e9">x</div>'
    """
    return _NAMES.sub(_hashed, markup)


def plain_tags(markup: bytes) -> bytes:
    """The page with its HTML5 sectioning tags made <div>s (attributes kept).

        >>> plain_tags(b'<main><article id=a>x</article></main>')
        b'<div><div id=a>x</div></div>'
    """
    return _SECTIONING.sub(rb"<\1div", markup)


PERTURBATIONS: dict[str, Callable[[bytes], bytes]] = {"names": hash_names, "tags": plain_tags}


def copy(source: Path, target: Path, perturb: Callable[[bytes], bytes]) -> None:
    """The data folder at `target`: everything as in `source`, the pages perturbed."""
    shutil.copytree(source, target, ignore=shutil.ignore_patterns("*.html.gz"), dirs_exist_ok=True)
    for name in SETS:
        for page in sorted((source / name / "html").glob("*.html.gz")):
            markup = perturb(gzip.decompress(page.read_bytes()))
            (target / name / "html" / page.name).write_bytes(gzip.compress(markup, compresslevel=1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("mode", choices=sorted(PERTURBATIONS), help="which hint to strip")
    parser.add_argument("target", type=Path, help="folder to write (created or overwritten)")
    parser.add_argument("--data", type=Path, default=None, metavar="DIR", help="source data folder")
    args = parser.parse_args()
    copy(data_dir(args.data), args.target, PERTURBATIONS[args.mode])


if __name__ == "__main__":
    main()
