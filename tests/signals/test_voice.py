"""The body's voice: pronouns and possessives of the first person, the first person plural
and the second person, per thousand words, counted in every language of the lexicon at once."""
from __future__ import annotations

from extract import lexicon
from extract.signals.voice import SAMPLE, persons


def test_a_business_page_speaks_as_we_to_you() -> None:
    i, my, we, our, you, your = persons("Our team repairs roofs. We answer the phone all day; call us and your roof is safe.")
    assert i == my == you == 0 and we > 0 and our > 0 and your > 0


def test_a_report_in_the_third_person_has_no_voice() -> None:
    assert persons("The council voted for the new park after a long debate, and work starts soon.") == (0.0,) * 6


def test_a_diary_speaks_as_i() -> None:
    i, my, *others = persons("Yesterday I walked my dog along the river, and I saw herons.")
    assert i > my > 0 and others == [0.0] * 4


def test_words_stand_apart_from_their_punctuation_and_case() -> None:
    assert persons("We, (our) «Nous» vous.") == (0.0, 0.0, 500.0, 250.0, 250.0, 0.0)


def test_other_languages_count_too() -> None:
    assert persons("Wir helfen gern, unser Team ist für euch da.")[2:5] == (1000 / 9,) * 3
    assert persons("Nous aidons avec votre projet.")[5] > 0


def test_only_the_start_of_a_long_body_is_read() -> None:
    neutral = "The council met. " * (SAMPLE // 17 + 1)
    assert persons(neutral + "We help you. " * 100) == (0.0,) * 6


def test_few_words_are_common_words_of_another_language() -> None:
    """The lists are counted together: a word that is another language's stop word counts
    there too. Only a few, each the same person there or too telling to leave out."""
    stop = {language: set(words.split()) for language, words in lexicon.stopwords._WORDS.items()}
    shared = {word for table in lexicon.persons._WORDS.values() for language, words in table.items()
              for word in words.split() for other, common in stop.items() if other != language and word in common}
    assert shared == {"i", "je", "we", "nos"}
