"""adhocq.words: texts as the stems `related` compares."""

from __future__ import annotations

import pytest

from adhocq.words import GLOSSARY, SYNONYM_WEIGHT, draft_stems, stem, stems, words


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


def test_a_french_draft_is_looked_for_by_the_english_of_the_words_the_glossary_knows() -> None:
    found = draft_stems("rétention sans contrôle du juge")
    assert list(found)[:1] == ["detent"]  # "rétention" itself is not looked for
    assert "retent" not in found
    assert {"judici", "court", "judg", "review", "check"} <= set(found)
    assert all(found[each] == 1.0 for each in ("detent", "judici", "review"))


def test_a_word_not_in_the_glossary_is_looked_for_as_it_is() -> None:
    assert draft_stems("pointage") == {"pointa": 1.0}


def test_synonyms_count_less_than_the_draft_s_own_words() -> None:
    found = draft_stems("undocumented")
    assert found == {"undocu": 1.0, "irregu": SYNONYM_WEIGHT}
    assert 0 < SYNONYM_WEIGHT < 1
    # A stem that is both the draft's own and a synonym counts as the draft's own.
    assert draft_stems("undocumented irregular")["irregu"] == 1.0


def test_every_glossary_word_is_folded_and_gives_english_words() -> None:
    for french, english in GLOSSARY.items():
        assert words(french) == [french]
        assert english and all(stems(each) for each in english)
        # A word whose English has its own stems would be looked for the same without it.
        assert [s for each in english for s in stems(each)] != stems(french), french
