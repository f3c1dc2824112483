"""Corpus tools: --dedup (exact and SimHash near duplicates) and --learn-boilerplate (blocks
recurring across one site's pages), on HTML and on plain-text pages."""
from __future__ import annotations

import random

from extract import BatchOptions, InputFormat, Options, RawPage, Status, extract_many
from extract.batch.dedup import Dedup, fingerprints, simhash
from extract.batch.sitelearn import site_of
from extract.batch.records import Outcome

from batch_support import ARTICLE, TEASERS, site_page, site_paragraphs, site_text


def test_simhash_counts_majority_bits() -> None:
    assert simhash([0b1011, 0b0011, 0b1000]) == 0b1011
    assert simhash([]) == 0
    rng = random.Random(1)
    values = [rng.getrandbits(64) for _ in range(301)]
    expected = sum(1 << bit for bit in range(64) if 2 * sum((v >> bit) & 1 for v in values) > len(values))
    assert simhash(values) == expected


def test_near_duplicates_are_close_and_different_texts_are_not() -> None:
    text = " ".join(site_paragraphs(1))
    edited = text.replace("council", "Council", 1) + " Updated at noon."
    _, a = fingerprints(text)
    _, b = fingerprints(edited)
    _, c = fingerprints(" ".join(site_paragraphs(2)))
    assert a is not None and b is not None and c is not None
    assert (a ^ b).bit_count() <= 3
    assert (a ^ c).bit_count() > 10


def test_dedup_keeps_the_first_and_names_it() -> None:
    dedup = Dedup()
    text = " ".join(site_paragraphs(1))
    assert dedup.check("a", text) is None
    assert dedup.check("b", text.upper()) == ("exact", "a")
    assert dedup.check("c", text + " One more short line for the update.") == ("near", "a")
    assert dedup.check("d", " ".join(site_paragraphs(2))) is None
    assert dedup.check("e", "Too short to tell.") is None
    assert dedup.check("f", "too short  to tell") == ("exact", "e")


def test_dedup_in_a_batch_gives_duplicate_records() -> None:
    original = site_page(1)
    copy = original.replace(b"<title>Story 1", b"<title>Story 1 (print)")
    pages = [RawPage(original, "one"), RawPage(site_page(2), "two"), RawPage(copy, "copy"), RawPage(ARTICLE, "other")]
    results = list(extract_many(pages, Options(batch=BatchOptions(workers=2, dedup=True))))
    assert [r.status for r in results] == [Status.OK, Status.OK, Status.DUPLICATE, Status.OK]
    assert results[2].duplicate_of == "one" and results[2].document is None


def _site_batch(make, count: int, options: Options) -> list[Result]:
    pages = [RawPage(make(seed), f"site/page-{seed}.html", url=f"https://www.gazette.test/story-{seed}")
             for seed in range(count)]
    return list(extract_many(pages, options))


def _teasers_kept(results: list[Result]) -> int:
    return sum(block.text in TEASERS for r in results for block in r.document.blocks)


def test_learning_drops_site_boilerplate_from_html_pages() -> None:
    plain = _site_batch(site_page, 6, Options(batch=BatchOptions(workers=2)))
    learned = _site_batch(site_page, 6, Options(batch=BatchOptions(workers=2, learn_boilerplate=True)))
    assert _teasers_kept(plain) == 6 * 3
    assert _teasers_kept(learned) == 0
    for before, after in zip(plain, learned, strict=True):  # the articles themselves are untouched
        assert [b.text for b in after.document.blocks] == [b.text for b in before.document.blocks if b.text not in TEASERS]


def test_learning_drops_site_boilerplate_from_text_pages() -> None:
    options = Options(input_format=InputFormat.TEXT, batch=BatchOptions(workers=2, learn_boilerplate=True))
    plain = _site_batch(site_text, 6, Options(input_format=InputFormat.TEXT, batch=BatchOptions(workers=2)))
    learned = _site_batch(site_text, 6, options)
    assert _teasers_kept(plain) >= 6 * 2
    assert _teasers_kept(learned) == 0
    assert all(len(r.document.blocks) >= 6 for r in learned)


def test_learning_needs_several_pages_and_ignores_copies() -> None:
    few = _site_batch(site_page, 2, Options(batch=BatchOptions(workers=1, learn_boilerplate=True)))
    assert _teasers_kept(few) == 2 * 3
    same = [RawPage(site_page(1), f"copy-{i}", url="https://gazette.test/one") for i in range(4)]
    copies = list(extract_many(same, Options(batch=BatchOptions(workers=1, learn_boilerplate=True))))
    assert all(len(r.document.blocks) == 9 for r in copies)  # one article saved four times


def test_site_is_the_host_else_the_folder() -> None:
    assert site_of(Outcome("x", url="https://www.gazette.test/a")) == "gazette.test"
    assert site_of(Outcome("crawl/2024/a.html")) == "crawl/2024"
    assert site_of(Outcome("crawl.warc.gz#urn:uuid:1")) == "crawl.warc.gz"
    assert site_of(Outcome("page.html")) == "."
