"""adhocq.words: texts as the stems `related` compares."""

from __future__ import annotations

import pytest

from adhocq.words import GLOSSARY, draft_stems, stem, stems, words


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("test", "tests"),
        ("naturalisation", "naturalization"),
        ("Naturalisation", "NATURALIZATION"),
        ("citizens", "citizenship"),
        ("family", "families"),
        ("worker", "workers"),
        ("intégration", "integration"),
        ("child", "children"),
    ],
)
def test_simple_forms_of_a_word_share_a_stem(one: str, other: str) -> None:
    assert stems(one) == stems(other) != []


@pytest.mark.parametrize(("one", "other"), [("international", "interview"), ("test", "text")])
def test_words_apart_keep_stems_apart(one: str, other: str) -> None:
    assert stems(one) != stems(other)


def test_function_words_and_single_letters_are_left_out_in_both_languages() -> None:
    assert words("What is the test of the State?") == ["test", "state"]
    assert words("l'examen d'un étranger et de ses enfants") == ["examen", "etranger", "enfants"]
    assert stems("the of and, ; -- ?") == []


def test_a_stem_is_at_most_six_letters_and_at_least_three_kept() -> None:
    assert stem("detention") == "detent"
    assert stem("uses") == "use"  # "-es" would leave two letters: "-s" is cut instead
    assert all(len(stem(w)) <= 6 for w in ("reunification", "accommodation", "ab"))


def test_a_french_draft_gets_the_english_stems_of_its_glossary_words() -> None:
    found = draft_stems("rétention sans contrôle du juge")
    assert found[:2] == ["retent", "detent"]  # its own stem, then the English one
    assert {"judici", "court", "judg"} <= set(found)
    assert len(found) == len(set(found))


def test_every_glossary_word_is_folded_and_gives_english_words() -> None:
    for french, english in GLOSSARY.items():
        assert words(french) == [french]
        assert english and all(stems(each) for each in english)
