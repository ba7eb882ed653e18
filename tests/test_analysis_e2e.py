"""New analysis commands and picture exports, in-process through main(argv)."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

from conftest import main_text as run

RESPONDENTS = "AT BE BG CY CZ ES FI FR HR HU IT LT LU LV NL PL SE SI SK".split()


def test_matrix_csv_has_true_false_per_type_and_totals() -> None:
    done = run("matrix", "--category", "staff-support")
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert list(rows[0]) == [
        "code",
        "name",
        "offers_service",
        "staffing",
        "training",
        "working-hours",
        "templates",
        "psychological-support",
    ]
    assert rows[4] == {
        "code": "CZ",
        "name": "Czechia",
        "offers_service": "true",
        "staffing": "true",
        "training": "true",
        "working-hours": "false",
        "templates": "false",
        "psychological-support": "true",
    }
    assert [row["code"] for row in rows] == RESPONDENTS  # no totals row among the countries
    with_totals = list(csv.DictReader(io.StringIO(run("matrix", "--totals").stdout)))
    assert [row["total"] for row in with_totals][:5] == ["1", "1", "2", "2", "4"]
    assert [row["code"] for row in with_totals] == RESPONDENTS


def test_matrix_json_has_one_type_per_column() -> None:
    rows = json.loads(run("matrix", "-f", "json").stdout)
    assert [row["code"] for row in rows] == RESPONDENTS
    assert {type(row["staffing"]) for row in rows} == {bool}
    assert [row["code"] for row in rows if row["staffing"]] == ["AT", "BE", "CY", "CZ", "HU", "LV"]
    flipped = json.loads(run("matrix", "--transpose", "-f", "jsonl").stdout.splitlines()[0])
    assert list(flipped) == ["type", *RESPONDENTS]


def test_matrix_table_shows_marks() -> None:
    done = run("matrix", "-f", "table", env={"COLUMNS": "100"})
    assert done.returncode == 0
    assert "1=staffing  2=training" in done.stdout and "●" in done.stdout
    assert "│ Total │" in done.stdout


def test_compare_markdown() -> None:
    done = run("compare", "se", "lt", "-f", "markdown")
    assert done.stdout.splitlines()[2:6] == [
        "| Type | Category | Label | SE | LT |",
        "|---|---|---|---|---|",
        "| offers_service |  | Offers a customer service | ● | ● |",
        "| flexible-resources | strategic-goals | Flexible allocation of resources | ● | ● |",
    ]


def test_compare_unknown_code_is_a_usage_error() -> None:
    done = run("compare", "cz", "xx")
    assert done.returncode == 2 and done.stderr.startswith("adhocq: usage error: unknown country")


def test_countries_any_and_lacks() -> None:
    done = run("countries", "--any", "training", "--any", "templates", "--lacks", "staffing")
    assert [line.split(",")[0] for line in done.stdout.splitlines()] == ["code", "FI", "PL"]


def test_non_respondents_in_one_command() -> None:
    done = run("countries", "--non-respondents", "-f", "tsv")
    assert done.stdout.splitlines()[1:] == [
        "DE\tGermany", "EE\tEstonia", "EL\tGreece", "IE\tIreland", "MT\tMalta",
        "PT\tPortugal", "RO\tRomania",
    ]  # fmt: skip


def test_count_chart_in_40_columns() -> None:
    done = run("count", "--by", "type", "--chart", env={"COLUMNS": "40"})
    lines = done.stdout.splitlines()
    bars = lines[lines.index("") + 1 :]
    # The type ids are wider than 2/5 of the line: each stands whole above its bar.
    assert done.returncode == 0 and bars[0] == "staffing" and bars[1].startswith("  █")
    assert "stakeholder-coordination" in bars
    assert max(len(line) for line in lines) <= 40


def svg_text(path: Path) -> str:
    root = ET.parse(path).getroot()  # raises if not well-formed
    return "".join(root.itertext()).replace("\xa0", " ")


def test_export_svg_of_a_table(tmp_path: Path) -> None:
    target = tmp_path / "matrix.svg"
    done = run("matrix", "-f", "csv", "--export", str(target))
    assert done.returncode == 0 and done.stdout.startswith("code,name,offers_service,")
    text = svg_text(target)
    assert "Countries x measure types" in text and "Source: EMN ad hoc query" in text
    assert all(code in text for code in RESPONDENTS)


def test_export_html_of_a_chart(tmp_path: Path) -> None:
    target = tmp_path / "chart.html"
    done = run("count", "--by", "country", "--chart", "--export", str(target))
    assert done.returncode == 0
    html = target.read_text(encoding="utf-8")
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert all(code in html for code in RESPONDENTS)


def test_export_refuses_other_suffixes_and_reports_write_errors(tmp_path: Path) -> None:
    bad_suffix = run("types", "--export", str(tmp_path / "t.png"))
    assert bad_suffix.returncode == 2 and "--export writes .svg or .html" in bad_suffix.stderr
    missing_dir = run("types", "-f", "csv", "--export", str(tmp_path / "no" / "t.svg"))
    assert missing_dir.returncode == 1
    assert missing_dir.stderr.startswith(f"adhocq: {tmp_path / 'no' / 't.svg'}: cannot write:")


def test_search_exports_its_table_with_the_highlight(tmp_path: Path) -> None:
    target = tmp_path / "search.svg"
    done = run("search", "psycho", "-f", "csv", "--export", str(target))
    assert done.returncode == 0 and done.stdout.startswith("query,country,lang,field,text")
    assert "Search 'psycho'" in svg_text(target)
