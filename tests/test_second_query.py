"""A second ad hoc query (tests/data/second.toml: other questions, finding kinds, taxonomy,
languages and coverage than the bundled one) through every command, in-process through
main(argv), and through the Python API: nothing may depend on the bundled query's words.

Expected values are read from the fixture with tomllib, not from adhocq, wherever they are more
than a name."""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA, main_text

import adhocq
from adhocq.model import Coverage

SECOND = DATA / "second.toml"
if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

RAW: dict[str, Any] = tomllib.loads(SECOND.read_text(encoding="utf-8"))
RESPONDENTS = [r["country"] for r in RAW["responses"]]
WIDE = {"COLUMNS": "200"}
"""Wide enough that no table cell of the fixture wraps."""

TESTED = {"countries", "measures", "types", "show", "count", "findings", "info", "matrix", "help",
          "compare", "search", "map", "export", "validate", "queries", "country",
          "cite", "timeline", "related", "serve"}  # fmt: skip


def second(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return main_text(*args, "--data", str(SECOND), env=env)


def ok(*args: str, env: dict[str, str] | None = None) -> str:
    done = second(*args, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    return done.stdout


def rows(*args: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(ok(*args, "-f", "csv"))))


def answered(question: str, value: bool) -> list[str]:
    """The respondents of the fixture that gave `value` to `question`, in file order."""
    return [r["country"] for r in RAW["responses"] if r.get("answers", {}).get(question) is value]


def named_for(type_id: str) -> list[str]:
    return [
        r["country"]
        for r in RAW["responses"]
        if any(m["type"] == type_id for m in r.get("measures", []))
    ]


def line_of(needle: str) -> int:
    lines = SECOND.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if needle in line)


def test_every_command_of_the_help_is_tested_here() -> None:
    done = main_text("--help")
    assert done.returncode == 0
    listed = done.stdout.split("Commands:")[1]
    assert {line.split()[0] for line in listed.splitlines() if line.strip()} == TESTED


def test_fixture_differs_from_the_bundled_query_in_every_declaration() -> None:
    bundled, ds = adhocq.load(), adhocq.load(SECOND)
    for field in ("questions", "finding_kinds", "categories", "types"):
        ids = {x.id for x in getattr(ds, field)}
        assert ids and not ids & {x.id for x in getattr(bundled, field)}, field
    assert not {q.column for q in ds.questions} & {q.column for q in bundled.questions}
    assert "nl" in ds.languages and "nl" not in bundled.languages
    assert ds.query.coverage is Coverage.excerpt is not bundled.query.coverage


# ---------------------------------------------------------------- countries


def test_countries_have_this_query_s_answer_columns() -> None:
    found = rows("countries")
    assert list(found[0]) == ["code", "name", "uses_detention", "judicial_review", "types"]
    assert [r["code"] for r in found] == RESPONDENTS
    by_code = {r["code"]: r for r in found}
    assert by_code["BE"]["judicial_review"] == ""  # left unanswered: neither true nor false
    assert by_code["IT"]["judicial_review"] == "false"
    assert by_code["NL"]["types"] == "reporting-duty;legal-aid"


@pytest.mark.parametrize(
    ("question", "value"),
    [("detention", True), ("detention", False), ("review", True), ("review", False)],
)
def test_countries_by_answer(question: str, value: bool) -> None:
    given = "yes" if value else "no"
    found = [r["code"] for r in rows("countries", "--answer", f"{question}={given}")]
    assert found == answered(question, value)
    assert found  # each answer is given by someone, so the filter is seen to work
    assert "BE" not in found or question != "review"


def test_two_answers_and_a_type_combine() -> None:
    both = rows("countries", "--answer", "detention=yes", "--answer", "review=yes")
    assert [r["code"] for r in both] == sorted(
        set(answered("detention", True)) & set(answered("review", True)), key=RESPONDENTS.index
    )
    aided = rows("countries", "--answer", "detention=yes", "--has", "legal-aid")
    assert [r["code"] for r in aided] == ["NL", "BE"]


def test_countries_json_gives_an_unanswered_question_as_null() -> None:
    found = {r["code"]: r for r in json.loads(ok("countries", "-f", "json"))}
    assert found["BE"]["judicial_review"] is None
    assert found["NO"]["uses_detention"] is False
    assert all("offers_service" not in r for r in found.values())


def test_countries_title_says_the_answer_in_the_query_s_words() -> None:
    table = ok("countries", "--answer", "detention=no", "-f", "table", env=WIDE)
    assert "Respondents not using detention (2 of 5)" in table
    assert "Detention" in table and "Judicial review" in table and "Customer" not in table


@pytest.mark.parametrize("flag", ["--offers-service", "--no-offers-service"])
def test_the_bundled_shorthand_is_a_usage_error_here(flag: str) -> None:
    done = second("countries", flag)
    assert done.returncode == 2 and done.stdout == ""
    assert "usage error" in done.stderr and "no question 'service'" in done.stderr


def test_an_undeclared_question_is_a_usage_error() -> None:
    done = second("countries", "--answer", "service=yes")
    assert done.returncode == 2 and "unknown question 'service'" in done.stderr


def test_non_respondents_are_the_members_that_did_not_answer() -> None:
    members = [c["code"] for c in RAW["countries"] if c["membership"] == "member"]
    expected = [code for code in members if code not in RESPONDENTS]
    assert [r["code"] for r in rows("countries", "--non-respondents")] == expected == ["AT"]


# ---------------------------------------------------------------- languages


def test_dutch_texts_with_an_english_fallback_marked_in_a_table() -> None:
    table = ok("measures", "-l", "nl", "-f", "table", env=WIDE)
    assert "Meldt zich wekelijks bij de politie." in table and "Nederland" in table
    assert "Legal aid from a bar duty roster. [en]" in table  # no Dutch text in the file
    assert "[en]: no translation into the language asked for; in English." in table
    plain = {r["country"]: r["description"] for r in rows("measures", "-l", "nl")}
    assert plain["BE"] == "Legal aid from a bar duty roster."  # marked in a table only


def test_french_where_the_file_has_some() -> None:
    table = ok("measures", "-l", "fr", "-f", "table", env=WIDE)
    assert "Se présente chaque semaine à la police." in table
    assert "Italy [en]" in table and "Pays-Bas" in table


def test_a_language_no_text_is_in_is_a_usage_error() -> None:
    done = second("types", "-l", "de")
    assert done.returncode == 2
    assert "unknown language 'de' (expected one of: en, fr, nl)" in done.stderr


# ---------------------------------------------------------------- measures, types, count


def test_measures_of_a_type_and_of_countries() -> None:
    assert [r["country"] for r in rows("measures", "--type", "reporting-duty")] == named_for(
        "reporting-duty"
    )
    picked = rows("measures", "-c", "GR", "-c", "it")
    assert [(r["country"], r["type"]) for r in picked] == [
        ("IT", "reporting-duty"),
        ("EL", "bail"),
    ]


def test_types_count_the_countries_named_for_each() -> None:
    found = rows("types", "-l", "nl")
    assert [r["type"] for r in found] == [t["id"] for t in RAW["types"]]
    for row in found:
        assert row["count"] == str(len(named_for(row["type"])))
        assert row["countries"] == ";".join(named_for(row["type"]))
    labels = {r["type"]: r["label"] for r in found}
    assert labels["bail"] == "Borgtocht" and labels["interpreting"] == "Interpreting at hearings"


def test_count_by_type_category_and_country() -> None:
    share = {r["type"]: r["share_pct"] for r in rows("count", "--by", "type")}
    assert share == {
        t["id"]: f"{100 * len(named_for(t['id'])) / len(RESPONDENTS):.1f}" for t in RAW["types"]
    }
    categories = {r["category"]: r["countries"] for r in rows("count", "--by", "category")}
    assert categories == {"alternatives": "NL;IT;EL", "safeguards": "NL;BE"}
    per_country = {r["country"]: r["count"] for r in rows("count", "--by", "country")}
    assert per_country == {r["country"]: str(len(r.get("measures", []))) for r in RAW["responses"]}


@pytest.mark.parametrize(
    ("by", "bars"),
    [("type", {"reporting-duty": "2", "legal-aid": "2", "bail": "1", "interpreting": "0"}),
     ("category", {"alternatives": "3", "safeguards": "2"}),
     ("country", {"NL": "2", "IT": "1", "BE": "1", "EL": "1", "NO": "0"})],
)  # fmt: skip
def test_count_chart(by: str, bars: dict[str, str]) -> None:
    chart = ok("count", "--by", by, "--chart", "-f", "table", env=WIDE)
    drawn = {}
    for line in chart.splitlines():
        words = line.split()
        if words and words[0] in bars:
            drawn[words[0]] = next(w for w in words[1:] if w.isdigit())
    assert drawn == bars
    assert list(drawn) == sorted(bars, key=lambda key: -int(bars[key]))  # longest first


# ---------------------------------------------------------------- findings


def test_findings_with_mentions_as_printed_and_as_codes() -> None:
    found = {r["id"]: r for r in rows("findings")}
    assert list(found) == [f["id"] for f in RAW["findings"]]
    review = found["periodic-review"]
    assert review["countries"] == "NL;BE;EL"  # GR is Greece, EL
    assert review["printed"] == "NL;BE (French Community);GR"
    assert found["missing-statistics"]["countries"] == ""  # LI is no EMN country
    assert found["missing-statistics"]["printed"] == "LI"


@pytest.mark.parametrize("kind", ["practice", "gap"])
def test_findings_of_a_kind(kind: str) -> None:
    found = rows("findings", "--kind", kind)
    assert [r["id"] for r in found] == [f["id"] for f in RAW["findings"] if f["kind"] == kind]
    assert {r["kind"] for r in found} == {kind}


def test_findings_in_dutch_mark_the_english_one() -> None:
    table = ok("findings", "--kind", "gap", "-l", "nl", "-f", "table", env=WIDE)
    assert "Leemte findings (1)" in table  # the kind's Dutch label; adhocq's words in English
    assert "Few statistics on the length of detention. [en]" in table


def test_a_finding_kind_of_the_bundled_query_is_a_usage_error() -> None:
    done = second("findings", "--kind", "challenge")
    assert done.returncode == 2
    assert "unknown finding kind 'challenge' (expected one of: practice, gap)" in done.stderr


# ---------------------------------------------------------------- matrix, compare, show


def test_matrix_has_the_answer_columns_then_the_types() -> None:
    found = rows("matrix", "--totals")
    types = [t["id"] for t in RAW["types"]]
    assert list(found[0]) == ["code", "name", "uses_detention", "judicial_review", *types, "total"]
    for row in found:
        for type_id in types:
            assert row[type_id] == ("true" if row["code"] in named_for(type_id) else "false")
    assert {r["code"]: r["judicial_review"] for r in found}["BE"] == ""


def test_matrix_transposed() -> None:
    found = rows("matrix", "--transpose")
    assert list(found[0]) == ["type", *RESPONDENTS]
    assert {r["type"]: [c for c in RESPONDENTS if r[c] == "true"] for r in found} == {
        t["id"]: named_for(t["id"]) for t in RAW["types"]
    }


def test_compare_shows_both_questions_and_an_unanswered_one_as_empty() -> None:
    found = {r["type"]: r for r in rows("compare", "NL", "IT", "BE")}
    assert list(found)[:2] == ["uses_detention", "judicial_review"]
    assert found["judicial_review"]["label"] == "A judge reviews every detention"
    assert [found["judicial_review"][c] for c in ("NL", "IT", "BE")] == ["true", "false", ""]
    assert "bail" not in found  # none of them is named for it; --all lists it
    assert "bail" in {r["type"] for r in rows("compare", "NL", "IT", "BE", "--all")}


def test_show_gives_the_token_as_printed_and_both_answers() -> None:
    found = {r["field"]: r for r in rows("show", "IT")}
    assert found["printed"]["value"] == "Italy"
    assert found["uses_detention"]["value"] == "true"
    assert found["judicial_review"]["value"] == "false"
    assert found["judicial_review"]["source"] == "review"
    assert "offers_service" not in found
    greece = {r["field"]: r["value"] for r in rows("show", "GR")}
    assert greece["code"] == "EL" and greece["measure:bail"] == "Release on a deposit."


def test_show_takes_a_name_in_a_language_of_this_query_and_help_describes_it() -> None:
    assert rows("show", "Griekenland")[0] == {"field": "code", "value": "EL", "source": ""}
    assert main_text("help", "show").stdout == main_text("show", "--help").stdout


def test_show_in_dutch() -> None:
    table = ok("show", "BE", "-l", "nl", "-f", "table", env=WIDE)
    assert "België (BE)" in table and "Zegt niet of een rechter de bewaring toetst." in table
    assert "Legal aid from a bar duty roster. [en]" in table


# ---------------------------------------------------------------- info, search


def test_info_declares_the_query() -> None:
    found = {r["field"]: r["value"] for r in rows("info")}
    read = RAW["query"]["findings_read"]
    assert (found["coverage"], found["findings_read"]) == ("excerpt", str(read))
    assert found["languages"] == "en;fr;nl"
    assert found["question:detention"] == "Uses immigration detention"
    assert found["finding_kind:gap"] == "Gap"
    assert found["respondents"] == ";".join(RESPONDENTS)
    assert "question:service" not in found


def test_info_in_dutch_with_its_caption() -> None:
    table = ok("info", "-l", "nl", "-f", "table", env=WIDE)
    assert "Bewaring en rechterlijke toetsing" in table
    assert "Een rechter toetst elke bewaring" in table
    assert "A fictional query for tests. [en]" in table
    assert "this file holds only the first 3 findings of it" in table  # the caption


def test_search_in_dutch_finds_the_question_and_the_finding() -> None:
    found = rows("search", "bewaring", "-l", "nl")
    fields = [r["field"] for r in found]
    assert {r["lang"] for r in found} == {"nl"}
    assert "question:detention.label" in fields and "finding:periodic-review.text" in fields
    assert ("BE", "note") in {(r["country"], r["field"]) for r in found}


def test_search_every_language_ignores_accents() -> None:
    found = rows("search", "retention")
    assert [(r["lang"], r["field"]) for r in found] == [
        ("fr", "query.title"),
        ("fr", "question:detention.label"),
        ("fr", "category:alternatives.label"),
        ("fr", "finding:periodic-review.text"),
    ]


# ---------------------------------------------------------------- map


def test_map_defaults_to_the_first_question() -> None:
    found = {r["code"]: r for r in rows("map")}
    assert list(found) == [c["code"] for c in RAW["countries"]]
    assert {code for code, r in found.items() if r["value"] == "true"} == set(
        answered("detention", True)
    )
    assert found["AT"]["status"] == "non-respondent" and found["NO"]["status"] == "respondent"


@pytest.mark.parametrize("question", ["detention", "review"])
def test_map_by_each_question(question: str) -> None:
    found = {r["code"]: r["value"] for r in rows("map", "--by", question)}
    for code in RESPONDENTS:
        given = next(r for r in RAW["responses"] if r["country"] == code).get("answers", {})
        assert found[code] == {True: "true", False: "false", None: ""}[given.get(question)]


def test_map_of_an_unanswered_question_tells_it_from_a_non_respondent() -> None:
    drawn = ok("map", "--by", "review", "-f", "table", env=WIDE)
    assert "A judge reviews every detention: 2 of 5 respondents" in drawn
    assert re.search(r"\bBE\?", drawn) and re.search(r"\bAT·", drawn)
    assert "with judicial review" in drawn and "answered, but not this question" in drawn
    assert "answered, but not" not in ok("map", "--by", "detention", "-f", "table", env=WIDE)


def test_map_by_a_type_and_by_measures() -> None:
    bail = {r["code"]: r["value"] for r in rows("map", "--by", "bail")}
    assert [code for code, value in bail.items() if value == "true"] == named_for("bail")
    counts = {r["code"]: r["value"] for r in rows("map", "--by", "measures")}
    assert counts == {
        **{c["code"]: "" for c in RAW["countries"]},
        **{r["country"]: str(len(r.get("measures", []))) for r in RAW["responses"]},
    }


def test_map_by_the_bundled_question_is_a_usage_error() -> None:
    done = second("map", "--by", "service")
    assert done.returncode == 2 and "unknown --by value 'service'" in done.stderr


# ---------------------------------------------------------------- validate, export


def test_validate_passes_with_a_located_warning() -> None:
    done = second("validate")
    assert done.returncode == 0
    assert done.stdout.strip() == (
        f"{SECOND}: ok: 5 responses, 4 measure types, 3 findings, 5 measures, 1 warning"
    )
    line = line_of('mentions = ["LI"]')
    assert done.stderr == (
        f"{SECOND}:{line}: warning: 'LI' is no EMN country code: "
        "kept as printed, counted for none @ findings[1].mentions[0]\n"
    )


def test_export_sqlite_holds_answers_mentions_and_every_language(tmp_path: Path) -> None:
    target = tmp_path / "second.db"
    done = second("export", "--sqlite", str(target))
    assert done.returncode == 0 and done.stdout == ""
    assert f"wrote {target} (1 query, 5 responses, 3 findings, 5 measures)" in done.stderr
    with closing(sqlite3.connect(f"{target.as_uri()}?mode=ro", uri=True)) as db:
        answers = db.execute("SELECT country_code, question_id, value FROM answer").fetchall()
        expected = [
            (r["country"], question, int(value))
            for r in RAW["responses"]
            for question, value in r.get("answers", {}).items()
        ]
        assert sorted(answers) == sorted(expected)
        assert db.execute(
            "SELECT printed, country_code, qualifier FROM mention"
            " WHERE finding_id = 'periodic-review' ORDER BY position"
        ).fetchall() == [("NL", "NL", None), ("BE (French Community)", "BE", "French Community"),
                         ("GR", "EL", None)]  # fmt: skip
        assert db.execute("SELECT country_code FROM mention WHERE printed = 'LI'").fetchall() == [
            (None,)
        ]
        query_id, coverage, read = db.execute(
            "SELECT id, coverage, findings_read FROM query"
        ).fetchone()
        assert (coverage, read) == ("excerpt", 3)
        dutch = "SELECT text FROM translation WHERE entity = ? AND entity_key = ? AND field = ?"
        dutch += " AND lang = 'nl'"
        assert db.execute(dutch, ("query", query_id, "title")).fetchall() == [
            ("Bewaring en rechterlijke toetsing",)
        ]
        measure_id, description = db.execute(
            "SELECT id, description FROM measure WHERE country_code = 'BE'"
        ).fetchone()
        assert description == "Legal aid from a bar duty roster."
        assert db.execute(dutch, ("measure", str(measure_id), "description")).fetchall() == []
        assert db.execute("SELECT printed FROM response WHERE country_code = 'IT'").fetchone() == (
            "Italy",
        )
        assert db.execute("SELECT column_name FROM question ORDER BY position").fetchall() == [
            ("uses_detention",),
            ("judicial_review",),
        ]
        assert db.execute("SELECT id FROM finding_kind ORDER BY position").fetchall() == [
            ("practice",),
            ("gap",),
        ]


# ---------------------------------------------------------------- the Python API


def test_serve_exports_this_query_for_datasette(monkeypatch: pytest.MonkeyPatch) -> None:
    from adhocq.cli import serving as serve
    from adhocq.export.canned import QUERY_PAGE

    pages: list[dict[str, str]] = []

    def datasette(database: Path, host: str, port: int, paths: object) -> None:  # no server
        with closing(sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)) as db:
            rows = db.execute(QUERY_PAGE, {"query_id": "test-detention-review"}).fetchall()
        pages.append(dict(rows))

    monkeypatch.setattr(serve, "run_datasette", datasette)
    done = second("serve", "--port", "0")
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    (page,) = pages
    assert page["title"] == "Detention and its judicial review"
    assert page["respondents"] == " ".join(r["country"] for r in RAW["responses"])
    assert page["coverage"] == "excerpt"


def test_api_loads_the_second_query() -> None:
    ds = adhocq.load(SECOND)
    assert ds.languages == ("en", "fr", "nl")
    assert [q.column for q in ds.questions] == ["uses_detention", "judicial_review"]
    assert ds.query.coverage is Coverage.excerpt and ds.query.findings_read == 3
    italy = ds.response_by_code("IT")
    assert italy is not None and italy.printed == "Italy" and italy.measures[0].printed == "Italy"
    belgium = ds.response_by_code("BE")
    assert belgium is not None
    assert belgium.answer("detention") is True and belgium.answer("review") is None
    assert [(w.path, w.line) for w in ds.warnings] == [
        ("findings[1].mentions[0]", line_of('mentions = ["LI"]'))
    ]


def test_api_asks_by_answer_and_type() -> None:
    ds = adhocq.load(SECOND)
    ask = adhocq.ask
    assert [r.code for r in ask.respondents(ds, answers={"detention": True})] == answered(
        "detention", True
    )
    no_review = ask.respondents(ds, answers={"review": False})
    assert [r.code for r in no_review] == answered("review", False)  # BE, unanswered, is not
    both = ask.respondents(ds, answers={"detention": True}, has=["legal-aid"])
    assert [r.code for r in both] == ["NL", "BE"]
    with pytest.raises(ValueError, match="unknown question"):
        ask.respondents(ds, answers={"service": True})
    measures = ask.measures(ds, category="alternatives")
    assert [(r.code, m.type) for r, m in measures] == [
        ("NL", "reporting-duty"),
        ("IT", "reporting-duty"),
        ("EL", "bail"),
    ]
    assert [r.code for r in ask.named_for(ds, ["legal-aid"])] == named_for("legal-aid")


def test_api_texts_fall_back_to_english() -> None:
    ds = adhocq.load(SECOND)
    legal_aid = ds.type_by_id("legal-aid").label
    assert legal_aid.get("nl") == "Gratis rechtsbijstand" and not legal_aid.has("fr")
    assert legal_aid.get("fr") == "Free legal aid"
    review = next(f for f in ds.findings if f.id == "periodic-review")
    assert [(m.printed, m.code, m.qualifier) for m in review.mentions] == [
        ("NL", "NL", None),
        ("BE (French Community)", "BE", "French Community"),
        ("GR", "EL", None),
    ]


# ---------------------------------------------------------------- across queries


def test_queries_lists_this_one_query() -> None:
    listed = rows("queries")
    assert [row["id"] for row in listed] == [RAW["query"]["id"]]
    assert (listed[0]["coverage"], listed[0]["findings_read"]) == ("excerpt", "3")
    assert listed[0]["url"] == "https://example.org/detention"  # the English page
    assert second("queries", "--country", "li").returncode == 2  # LI is no EMN code


def test_country_shows_the_findings_that_name_it() -> None:
    about = rows("country", "be")
    named = [row["finding"] for row in about if row["appears"] == "named"]
    assert "periodic-review" in named  # printed "BE (French Community)"
    greece = rows("country", "el")  # printed GR in a finding; a respondent named for a measure
    named = [row["finding"] for row in greece if row["appears"] == "named"]
    assert "periodic-review" in named and [row["appears"] for row in greece][0] == "answered"


SECOND_SUMMARY_NL = {
    "text": "European Migration Network (2022-05-02). Bewaring en rechterlijke toetsing "
    "[EMN ad hoc query summary]. https://example.org/nl/detention (accessed 2026-01-31).\n",
    "bibtex": "@misc{test-detention-review,\n"
    "  author  = {{European Migration Network}},\n"
    "  title   = {{Bewaring en rechterlijke toetsing}},\n"
    "  type    = {EMN ad hoc query summary},\n"
    "  year    = {2022},\n"
    "  date    = {2022-05-02},\n"
    "  url     = {https://example.org/nl/detention},\n"
    "  urldate = {2026-01-31},\n"
    "}\n",
    "ris": "TY  - ELEC\n"
    "ID  - test-detention-review\n"
    "AU  - European Migration Network\n"
    "TI  - Bewaring en rechterlijke toetsing\n"
    "M3  - EMN ad hoc query summary\n"
    "PY  - 2022\n"
    "DA  - 2022/05/02\n"
    "UR  - https://example.org/nl/detention\n"
    "Y2  - 2026/01/31\n"
    "ER  - \n",
}
SECOND_DATASET = {
    "text": f"The adhocq authors (2022-05-02). adhocq: EMN ad hoc query summaries as data "
    f"(version {adhocq.__version__}) [Data set]. Python package adhocq. "
    "1 query, newest published 2022-05-02.\n",
    "bibtex": "@misc{adhocq-dataset,\n"
    "  author       = {{The adhocq authors}},\n"
    "  title        = {{adhocq: EMN ad hoc query summaries as data}},\n"
    "  howpublished = {Python package adhocq},\n"
    "  type         = {Data set},\n"
    f"  version      = {{{adhocq.__version__}}},\n"
    "  year         = {2022},\n"
    "  date         = {2022-05-02},\n"
    "  note         = {1 query, newest published 2022-05-02},\n"
    "}\n",
    "ris": "TY  - ELEC\n"
    "ID  - adhocq-dataset\n"
    "AU  - The adhocq authors\n"
    "TI  - adhocq: EMN ad hoc query summaries as data\n"
    "M3  - Data set\n"
    "DB  - Python package adhocq\n"
    f"ET  - {adhocq.__version__}\n"
    "PY  - 2022\n"
    "DA  - 2022/05/02\n"
    "N1  - 1 query, newest published 2022-05-02\n"
    "ER  - \n",
}


@pytest.mark.parametrize("style", ["text", "bibtex", "ris"])
def test_cite_in_each_style(style: str) -> None:
    """No EMN contact point is known for example.org: the EMN alone, and no publisher."""
    printed = ok("cite", "--style", style, "--lang", "nl", "--accessed", "2026-01-31")
    assert printed == SECOND_SUMMARY_NL[style] + "\n" + SECOND_DATASET[style]


def test_cite_as_csl_json() -> None:
    printed = ok("cite", "--style", "csl-json", "--accessed", "2026-01-31")
    assert (
        printed
        == json.dumps(
            [
                {
                    "id": "test-detention-review",
                    "type": "webpage",
                    "title": RAW["query"]["title"]["en"],
                    "author": [{"literal": "European Migration Network"}],
                    "genre": "EMN ad hoc query summary",
                    "issued": {"date-parts": [[2022, 5, 2]]},
                    "URL": "https://example.org/detention",
                    "accessed": {"date-parts": [[2026, 1, 31]]},
                },
                {
                    "id": "adhocq-dataset",
                    "type": "dataset",
                    "title": "adhocq: EMN ad hoc query summaries as data",
                    "author": [{"literal": "The adhocq authors"}],
                    "genre": "Data set",
                    "source": "Python package adhocq",
                    "version": adhocq.__version__,
                    "issued": {"date-parts": [[2022, 5, 2]]},
                    "note": "1 query, newest published 2022-05-02",
                },
            ],
            ensure_ascii=False,
            indent=2,
        )
        + "\n"
    )


def test_a_query_with_no_topic_is_on_no_timeline() -> None:
    done = second("timeline", "detention", "-f", "csv")
    assert (done.returncode, done.stdout) == (0, "query,date,country,role,named_in\n")
    assert done.stderr == "adhocq: no query has the chosen topics\n"


def test_related_finds_the_query_by_the_words_of_any_of_its_languages() -> None:
    found = rows("related", "monthly toetsing of bewaring", "--country", "BE")
    assert [(r["rank"], r["query"], r["date"], r["country"]) for r in found] == [
        ("1", "test-detention-review", "2022-05-02", "BE")
    ]
    # Its Dutch title holds both words; the passages say where each text is.
    assert found[0]["matched"] == "title;theme"
    assert found[0]["passage"] == "Bewaring en rechterlijke toetsing"
    assert (found[0]["respondents"], found[0]["respondents_given"]) == ("5", "listed")
    assert (found[0]["role"], found[0]["named_in"]) == (
        "answered",
        "measure:legal-aid;periodic-review",
    )


def test_related_says_when_no_query_shares_a_word() -> None:
    done = second("related", "zebra crossings", "-f", "csv")
    assert done.returncode == 0
    assert done.stdout.startswith("rank,query,date,")
    assert done.stdout.count("\n") == 1
    assert done.stderr == "adhocq: no query shares a word with the draft\n"
