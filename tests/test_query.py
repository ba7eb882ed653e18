"""Every statement of the published summary, read back through the query functions."""

from __future__ import annotations

import pytest

from adhocq.cli.input import category_id, country, type_id
from adhocq.cli.present import counts, profile, query
from adhocq.cli.present.counts import CountBy
from adhocq.errors import NotFound, UsageProblem
from adhocq.model import Dataset
from adhocq.output.result import Result


def codes(result: Result, column: str = "code") -> set[str]:
    index = result.names.index(column)
    return {str(row[index]) for row in result.rows}


def per_type(ds: Dataset) -> dict[str, set[str]]:
    result = counts.count(ds, "en", CountBy.type)
    return {str(row[0]): set(row[4]) for row in result.rows}  # type: ignore[arg-type]


def test_bullet_1_who_offers_a_customer_service(dataset: Dataset) -> None:
    offers = query.countries(dataset, "en", answers={"service": True})
    lacks = query.countries(dataset, "en", answers={"service": False})
    assert codes(offers) == set("AT BE BG CZ ES FI FR HU IT LT LV NL PL SE".split())
    assert codes(lacks) == {"HR", "CY", "LU", "SK", "SI"}
    assert len(offers.rows) == 14 and len(lacks.rows) == 5


def test_bullet_2_challenges_and_solutions_name_no_country(dataset: Dataset) -> None:
    challenges = query.findings(dataset, "en", "challenge")
    solutions = query.findings(dataset, "en", "solution")
    assert codes(challenges, "id") == {
        "rising-demand", "resource-shortage", "communication-communities",
        "official-information", "inter-agency-coordination",
    }  # fmt: skip
    assert codes(solutions, "id") == {
        "capacity-expansion", "staff-redeployment", "external-recruitment",
        "better-communication", "other-languages", "extra-channels", "coordination-initiatives",
    }  # fmt: skip
    assert {row[6] for row in challenges.rows + solutions.rows} == {"challenges"}
    assert {row[3] for row in challenges.rows + solutions.rows} == {()}


def test_bullet_3_staff_support(dataset: Dataset) -> None:
    types = per_type(dataset)
    assert types["staffing"] == {"AT", "BE", "CY", "CZ", "HU", "LV"}
    assert types["training"] == {"CZ", "PL"}
    assert types["working-hours"] == {"IT"}
    assert types["templates"] == {"FI", "PL"}
    assert types["psychological-support"] == {"CZ", "FI", "ES"}


def test_bullet_4_preparedness(dataset: Dataset) -> None:
    types = per_type(dataset)
    assert types["lessons-past-crises"] == {"FI"}
    assert types["lessons-other-countries"] == {"ES"}
    general = query.findings(dataset, "en", "preparedness")
    assert codes(general, "id") == {"contingency-plans"}


def test_bullet_5_strategic_goals(dataset: Dataset) -> None:
    types = per_type(dataset)
    assert types["flexible-resources"] == {"CY", "LT", "PL", "SE"}
    assert types["new-procedures"] == {"BG", "LU", "PL"}
    assert types["stakeholder-coordination"] == {"BG", "CZ", "NL", "LU"}
    assert types["reprioritisation"] == {"SE"}
    assert types["redefined-objectives"] == {"HU"}
    assert types["strategic-values"] == {"FI"}


def test_every_measure_cites_the_bullet_of_its_category(dataset: Dataset) -> None:
    bullet = {
        "staff-support": "staff",
        "preparedness": "preparedness",
        "strategic-goals": "strategy",
    }
    for row in query.measures(dataset, "en").rows:
        assert row[5] == bullet[str(row[3])]


def test_info_lists_requester_dates_and_non_respondents(dataset: Dataset) -> None:
    fields = {row[0]: row[1] for row in profile.info(dataset, "en").rows}
    assert fields["requester"] == "Finnish Immigration Service (FI)"
    assert fields["asked"] == "2023-12" and fields["published"] == "2024-01-11"
    assert fields["respondent_count"] == 19
    assert fields["non_respondents"] == ("DE", "EE", "EL", "IE", "MT", "PT", "RO")


def test_cyprus_contradiction_is_kept_with_a_note(dataset: Dataset) -> None:
    rows = profile.show(dataset, "en", country(dataset, "cy")).rows
    assert ("offers_service", False, "service") in rows
    assert any(field == "measure:staffing" for field, _, _ in rows)
    assert any(field == "note" and "Cyprus" in str(value) for field, value, _ in rows)


def test_countries_filters_combine(dataset: Dataset) -> None:
    both = query.countries(
        dataset, "en", has=[type_id(dataset, "STAFFING"), "psychological-support"]
    )
    assert codes(both) == {"CZ"}
    strategic = query.countries(
        dataset, "en", answers={"service": False}, category="strategic-goals"
    )
    assert codes(strategic) == {"CY", "LU"}


def test_measures_filters(dataset: Dataset) -> None:
    result = query.measures(dataset, "fr", types=["templates", "training"], countries=["PL"])
    assert [(row[0], row[2]) for row in result.rows] == [("PL", "training"), ("PL", "templates")]
    assert result.rows[0][1] == "Pologne"
    in_category = query.measures(dataset, "en", category="preparedness")
    assert codes(in_category, "country") == {"FI", "ES"}


def test_count_by_category_and_country(dataset: Dataset) -> None:
    by_category = counts.count(dataset, "en", CountBy.category)
    assert [(row[0], row[2], row[3]) for row in by_category.rows] == [
        ("staff-support", 10, 52.6),
        ("preparedness", 2, 10.5),
        ("strategic-goals", 10, 52.6),
    ]
    by_country = {row[0]: row[2] for row in counts.count(dataset, "en", CountBy.country).rows}
    assert by_country["CZ"] == 4 and by_country["FR"] == 0
    assert sum(v for v in by_country.values() if isinstance(v, int)) == 30


def test_types_count_countries(dataset: Dataset) -> None:
    rows = {row[1]: row[3] for row in query.types(dataset, "en").rows}
    assert rows["flexible-resources"] == 4 and len(rows) == 13


def test_unknown_ids_are_usage_problems_with_a_suggestion(dataset: Dataset) -> None:
    with pytest.raises(UsageProblem, match=r"did you mean 'staffing'\?"):
        type_id(dataset, "stafing")
    with pytest.raises(UsageProblem, match="unknown category 'nope'"):
        category_id(dataset, "nope")
    with pytest.raises(
        UsageProblem, match=r"^unknown country 'XX' \(give an EMN country code such as CZ"
    ):
        profile.show(dataset, "en", country(dataset, "XX"))


def test_members_that_did_not_answer_are_not_found(dataset: Dataset) -> None:
    with pytest.raises(NotFound, match=r"EL \(Greece\) is an EMN member but did not answer"):
        profile.show(dataset, "en", country(dataset, "gr"))


def test_empty_result_keeps_its_columns(dataset: Dataset) -> None:
    result = query.countries(dataset, "en", answers={"service": False}, has=["templates"])
    assert result.rows == () and result.names == ["code", "name", "offers_service", "types"]


def test_filters_that_exclude_each_other_say_why(dataset: Dataset) -> None:
    both = query.countries(dataset, "en", has=["staffing"], lacks=["staffing"])
    assert both.rows == ()
    assert both.empty_reason == (
        "no country can match: staffing both required (--has) and excluded (--lacks)"
    )
    anyone = query.countries(dataset, "en", any_of=["training"], lacks=["training"])
    assert "every --any type is also excluded" in anyone.empty_reason
    outside = query.measures(dataset, "en", types=["staffing"], category="preparedness")
    assert outside.rows == ()
    assert outside.empty_reason == "no measure can match: staffing not in category preparedness"
    plain = query.countries(dataset, "en", answers={"service": False}, has=["templates"])
    assert plain.rows == () and plain.empty_reason == ""


def test_measures_name_the_country_column_country_name(dataset: Dataset) -> None:
    result = query.measures(dataset, "en", types=["staffing"])
    assert result.names == [
        "country", "country_name", "type", "category", "description", "source",
    ]  # fmt: skip


def test_ids_typed_with_look_alike_letters_are_unknown(dataset: Dataset) -> None:
    kelvin = "wor\u212aing-hours"  # K as the Kelvin sign, which lower-cases to an ASCII k
    with pytest.raises(UsageProblem, match="unknown measure type"):
        type_id(dataset, kelvin)
    with pytest.raises(UsageProblem, match="unknown category"):
        category_id(dataset, "staff-suppor\u0442")  # Cyrillic te
    typed = type_id(dataset, " WORKING-HOURS ")
    assert query.measures(dataset, "en", types=[typed]).rows[0][0] == "IT"
