"""Per-unit figures and page-level structure: what tells prose from page furniture."""
from __future__ import annotations

from extract.text.features import describe
from extract.text.segment import segment
from extract.text.stopwords import STOPWORDS, stopword_language
from extract.text.structure import mark_page_structure, mark_record_runs

EN = STOPWORDS["en"]


def features_of(text: str, stopwords: frozenset[str] = EN):
    units = segment(text)
    features = [describe(unit, stopwords) for unit in units]
    mark_page_structure(units, features, stopwords)
    return units, features


def test_prose_has_stop_words_and_a_full_stop() -> None:
    f = describe(segment("The council said that the work on the bridge would start in the spring.")[0], EN)
    assert f.words == 14 and f.terminal and f.stop_ratio > 0.3


def test_menu_line_has_no_stop_words() -> None:
    f = describe(segment("Business Technology Science Health")[0], EN)
    assert f.stop_ratio == 0 and not f.terminal and f.capitals == 1.0


def test_navigation_markers_and_stock_phrases() -> None:
    marked = [describe(u, EN) for u in segment("« Previous story title\nNext story title »\nHome | News | Sport")]
    assert all(f.marker for f in marked)
    assert describe(segment("Read more")[0], EN).furniture
    assert describe(segment("This site uses cookies to give you the best experience.")[0], EN).furniture


def test_bylines_datelines_and_credits_are_meta() -> None:
    for line in ("By Jane Doe", "March 3, 2025 10:14 am", "A crowd at the station. (Photo: Getty Images)", "Image 1 of 8"):
        assert describe(segment(line)[0], EN).meta, line


def test_comment_and_link_section_headings() -> None:
    assert describe(segment("12 Comments")[0], EN).comments
    assert describe(segment("Leave a Reply")[0], EN).comments
    assert describe(segment("Related Articles")[0], EN).links_heading
    assert not describe(segment("Related: the bridge that never was")[0], EN).links_heading


def test_cjk_text_counts_characters() -> None:
    f = describe(segment("東京都は月曜日、新しい自転車道の建設を始めると発表した。工事は来年の春に終わる予定だ。")[0], EN)
    assert f.words >= 15 and f.stop_ratio > 0


def test_name_written_twice_then_blurb_is_a_record() -> None:
    entries = "".join(
        f"{name}\n\n{name}\n\n{name} provides services that help companies protect their networks and data.\n\n"
        for name in ("Acme Guard", "Blue Fort", "Castle Labs")
    )
    _, features = features_of(entries)
    assert all(f.twin or f.record for f in features)
    assert all(f.record for f in features[2::3])


def test_repeated_lines_and_copies() -> None:
    _, features = features_of("Home\n\nA paragraph of the article that is long enough to count.\n\nHome\n")
    assert features[0].repeats == 2 and features[2].copy and not features[0].copy


def test_repeated_shape_of_comment_headers() -> None:
    text = "\n".join(f"{name} says:" for name in ("Anna", "Bert", "Carl")) + "\n"
    _, features = features_of(text)
    assert all(f.shape_repeats == 3 for f in features)


def test_numbered_headings_share_no_telling_shape() -> None:
    _, features = features_of("1. Choose A Pot\n\n2. Pick The Variety\n\n3. Water Often\n")
    assert all(f.shape_repeats == 1 for f in features)


def test_teaser_list_is_a_record_run() -> None:
    text = "".join(
        f"Headline number {i}\n\nA short lead that says what the story is about, in one sentence.\n\n"
        for i in range(4)
    )
    _, features = features_of(text)
    mark_record_runs(features, [f.terminal for f in features])
    assert all(f.record for f in features)


def test_stopword_list_choice() -> None:
    assert stopword_language("Die Stadt hat den Plan für die neue Brücke und den Radweg vorgestellt.") == "de"
    assert stopword_language("Le conseil a approuvé le plan pour les pistes cyclables dans la ville.") == "fr"
    assert stopword_language("The council has approved the plan for the new bridge.") == "en"
    assert stopword_language("12345") == "en"
