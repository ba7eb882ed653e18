"""`fold` folds a whole text as `fold_char` folds each of its characters."""

from hypothesis import given
from hypothesis import strategies as st
from properties.props import props

from adhocq.fold import fold, fold_char


def by_character(text: str) -> str:
    return "".join(fold_char(char) for char in text)


@props(400)
@given(st.text())
def test_folding_a_whole_text_folds_each_character(text: str) -> None:
    assert fold(text) == by_character(text)


@props(200)
@given(st.lists(st.sampled_from("aeEÉé\u0301\u0327\u0323cçßİıﬁ Å"), max_size=12).map("".join))
def test_letters_with_stacked_marks_fold_alike(text: str) -> None:
    assert fold(text) == by_character(text)


def test_case_accents_and_ligatures_fold_away() -> None:
    assert fold("Réaffectation") == "reaffectation"
    assert fold("STRASSE") == fold("Straße") == "strasse"
    assert fold("ﬁnal") == "final"
    assert fold("") == ""
