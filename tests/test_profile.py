from __future__ import annotations

import json

from adhocq.cli.input import country
from adhocq.cli.present import profile
from adhocq.model import Dataset
from adhocq.output import Format, render_text


def test_a_country_with_no_measure_named_says_so_in_each_language(dataset: Dataset) -> None:
    english = profile.show(dataset, "en", country(dataset, "fr"))
    assert english.title == "France (FR): no measure named in the summary"
    assert ("measures", "no measure named in the summary", "") in english.rows
    assert "a country not named for a measure may still take it" in english.caption
    french = profile.show(dataset, "fr", country(dataset, "fr"))
    assert french.title == "France (FR): aucune mesure citée dans le résumé"
    assert "un pays non cité pour une mesure peut néanmoins l'appliquer" in french.caption


def test_show_keeps_the_source_in_its_own_column_and_field(dataset: Dataset) -> None:
    result = profile.show(dataset, "en", country(dataset, "cz"))
    assert result.title == "Czechia (CZ): 4 measures named in the summary"
    staffing = next(row for row in result.rows if row[0] == "measure:staffing")
    assert staffing[2] == "staff" and "[staff]" not in str(staffing[1])
    document = json.loads(render_text(result, Format.json))
    assert [m["type"] for m in document["measures"]] == [
        "staffing", "training", "psychological-support", "stakeholder-coordination",
    ]  # fmt: skip
    assert document["measures"][0] == {
        "type": "staffing",
        "category": "staff-support",
        "description": staffing[1],
        "source": "staff",
        "printed": "CZ",
    }
    assert document["printed"] == "CZ" and document["offers_service_source"] == "service"
    assert document["offers_service"] is True and document["notes"] == []
    line = render_text(result, Format.jsonl)
    assert line.count("\n") == 1 and json.loads(line) == document


def test_info_is_one_object_with_lists(dataset: Dataset) -> None:
    document = json.loads(render_text(profile.info(dataset, "en"), Format.json))
    assert document["title"].startswith("Ad Hoc Query on organisation of immigration authorities")
    assert document["requester_country"] == "FI" and document["respondent_count"] == 19
    assert document["non_respondents"] == ["DE", "EE", "EL", "IE", "MT", "PT", "RO"]
    assert [s["lang"] for s in document["sources"]] == ["fr", "en", "nl"]
    assert document["bullets"][0] == {
        "id": "service",
        "title": "Results, bullet 1: customer service offered or not",
    }
    assert len(document["notes"]) == 3 and all(isinstance(n, str) for n in document["notes"])
