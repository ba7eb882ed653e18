"""Corrections to the bundled files that are not country lists (those are in the batch tests):
what a count counts, where a date was read, and a title as its page prints it. Each fact was read
on the page the file names."""

from __future__ import annotations

import pytest
from as_read import DATA, notes_of

import adhocq
from adhocq.model import CountBasis, Dataset


def _load(name: str) -> Dataset:
    return adhocq.load(DATA / f"{name}.toml")


# Each page counts the countries that "provided a public answer": more may have answered.
PUBLIC_ANSWER = {
    "emn-ahq-2024-cz-alternatives-detention": 18,
    "emn-ahq-2024-nl-au-pair-regulations": 23,
    "emn-ahq-2024-el-language-courses-integration": 23,
    "emn-ahq-2025-ee-detention-judicial-review": 22,
    "emn-ahq-2025-fi-language-family-reunification": 23,
    "emn-ahq-2024-fr-public-order-sponsor": 25,
    "emn-ahq-2024-cy-digital-nomad-forged-documents": 21,
    "emn-ahq-2024-si-single-permit-labour-market-access": 25,
    "emn-ahq-2025-fi-processing-times-work-permits": 24,
    "emn-ahq-2024-ee-residence-permit-prerequisites": 22,
    "emn-ahq-2024-ee-visas-right-to-work": 21,
    "emn-ahq-undated-fi-booking-interviews": 26,
    "emn-ahq-undated-hu-technologies-language-return": 24,
    "emn-ahq-undated-bg-family-reunification-procedure": 23,
    "emn-ahq-undated-es-immigrant-consultative-bodies": 23,
    "emn-ahq-2024-cz-citizenship-naturalisation-conditions": 22,
    "emn-ahq-2025-ie-residence-checks-accommodation": 25,
    "emn-ahq-2025-fr-language-citizenship-tests": 25,
}


@pytest.mark.parametrize(("name", "count"), PUBLIC_ANSWER.items())
def test_a_count_of_public_answers_says_so(name: str, count: int) -> None:
    query = _load(name).query
    assert (query.respondent_count, query.count_basis) == (count, CountBasis.public_answer)


def test_no_other_file_counts_public_answers() -> None:
    others = {p.stem for p in DATA.glob("*.toml")} - set(PUBLIC_ANSWER)
    assert {name: _load(name).query.count_basis for name in others} == dict.fromkeys(
        others, CountBasis.answered
    )


@pytest.mark.parametrize(
    ("name", "where"),
    [
        (
            "emn-ahq-2023-nl-child-protection-order-permit",
            "https://emnbelgium.be/publication-type/emn-reports-studies/ad-hoc-queries?page=5",
        ),
        (
            "emn-ahq-2024-it-linguistic-diversity-students",
            "https://emnbelgium.be/keywords/education-0",
        ),
    ],
)
def test_a_date_says_where_it_was_read(name: str, where: str) -> None:
    assert where in notes_of(_load(name))


@pytest.mark.parametrize(
    ("name", "iso", "date"),
    [
        ("emn-ahq-2025-ee-detention-judicial-review", "2025-01-03", "3 January 2025"),
        ("emn-ahq-2025-fi-language-family-reunification", "2025-01-05", "5 January 2025"),
    ],
)
def test_a_date_no_stored_page_shows_says_so(name: str, iso: str, date: str) -> None:
    ds = _load(name)
    assert str(ds.query.published) == iso
    notes = notes_of(ds)
    assert "no stored page shows this date" in notes and f"{date} is the date" in notes


def test_customer_service_title_as_its_pages_print_it() -> None:
    query = _load("responses").query
    assert query.title.get("en") == (
        "Ad Hoc Query on organisation of immigration authorities' customer service in a possible"
        " crisis or exceptional situation"
    )
    assert query.title.get("fr").startswith("Question Ad Hoc sur l'organisation du service client")
    assert query.title_printed == ("en", "fr")
