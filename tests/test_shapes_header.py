"""A query known by its full compilation's header (tests/data/shapes/header*.toml): the header
names who answered (and its total disagrees with its list) or those asked; the EMN's countries
are those of the day the query was asked; nothing of the answers is claimed."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

import adhocq
from adhocq.cli.main import main
from adhocq.model import Coverage, Membership

SHAPES = Path(__file__).parent / "data" / "shapes"
HEADER, ASKED = "shape-header", "shape-header-asked"


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data", str(SHAPES)])
    captured = capsysbinary.readouterr()
    return code, captured.out.decode(), captured.err.decode()


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")


def test_the_header_is_read_with_its_list_as_printed() -> None:
    ds = adhocq.load(SHAPES / "header.toml")
    q = ds.query
    assert q.coverage is Coverage.header and (q.asked, str(q.compiled)) == (
        "2012-04-27",
        "2012-09-28",
    )
    assert q.published is None and str(q.dated_on) == "2012-09-28"
    assert q.list_printed == "Finland, , United Kingdom, Denmark (4 in Total)"
    assert [(r.printed, r.code) for r in ds.responses] == [
        ("Finland", "FI"), ("United Kingdom", "UK"), ("Denmark", "DK"),
    ]  # fmt: skip
    assert ds.count_disagrees and q.respondent_count == 4
    assert all(r.answers == () and r.measures == () for r in ds.responses)


def test_the_countries_are_the_emns_on_the_day_asked() -> None:
    ds = adhocq.load(SHAPES / "header.toml")
    membership = {c.code: c.membership for c in ds.countries}
    assert membership["UK"] is Membership.member  # asked in 2012: a member then
    assert membership["DK"] is Membership.non_member  # named by the list, never a member
    assert "HR" not in membership  # Croatia joined in July 2013
    # Those who did not answer are the members of that day the list does not name.
    absent = [c.code for c in ds.non_respondents() or ()]
    assert "CZ" in absent and "UK" not in absent and "DK" not in absent and "HR" not in absent
    later = adhocq.load(SHAPES / "header-asked.toml")  # asked in 2016
    codes = {c.code for c in later.countries}
    assert "HR" in codes and "UK" in codes and "DK" not in codes
    today = adhocq.load(SHAPES / "listed.toml")  # 2024, and no list names them
    assert not {"UK", "DK"} & {c.code for c in today.countries}


def test_what_a_header_of_those_who_answered_says(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "info", "-q", HEADER, "-f", "json")
    info = json.loads(out)
    assert code == 0 and info["respondents"] == ["FI", "UK", "DK"]
    assert (info["compiled"], info["list_printed"]) == (
        "2012-09-28",
        "Finland, , United Kingdom, Denmark (4 in Total)",
    )
    code, out, _ = run(capsysbinary, "info", "-q", HEADER, "-f", "table")
    said = " ".join(out.split())
    assert "compilation produced 2012-09-28" in said
    assert "only the header of its compilation was read: who answered, none of the answers" in said
    assert "the header counts 4 in total but names 3" in said
    assert "The compilation's header names 3 respondents and counts 4." in said
    code, _, err = run(capsysbinary, "show", "CZ", "-q", HEADER)
    assert code == 1 and "did not answer this query" in err  # the list makes it true
    code, out, _ = run(capsysbinary, "show", "DK", "-q", HEADER, "-f", "csv")
    assert "membership,neither an EMN member nor an observer," in out and "answered,true," in out
    code, out, err = run(capsysbinary, "findings", "-q", HEADER, "-f", "csv")
    assert (code, out.count("\n")) == (0, 1)
    assert "only the header of this query's compilation was read" in err


def test_a_header_of_those_asked_says_who_was_asked_not_who_answered(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "show", "CZ", "-q", ASKED, "-f", "json")
    assert code == 0 and json.loads(out)["answered"] is None
    code, out, _ = run(capsysbinary, "matrix", "--queries", "-f", "json")
    rows = {row["code"]: row for row in json.loads(out)}
    assert rows["CZ"][ASKED] == ["requested"] and rows["FI"][ASKED] == []
    code, out, _ = run(capsysbinary, "country", "DE", "-f", "csv")
    assert f"{ASKED},2016-06-01,requested,," in out


def test_a_header_record_is_placed_in_time_by_its_compilation(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "queries", "--since", "2012", "--until", "2016", "-f", "csv")
    assert [line.split(",")[0] for line in out.splitlines()[1:]] == [ASKED, HEADER]
    code, out, _ = run(capsysbinary, "cite", "-q", HEADER)
    assert out.startswith(
        "European Migration Network (2012-09-28). Header query [EMN ad hoc query compilation, "
        "as its header gives it]."
    )


def test_the_export_says_did_not_answer_only_of_a_member_of_that_day(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    target = tmp_path / "shapes.db"
    assert run(capsysbinary, "export", "--sqlite", str(target))[0] == 0
    with sqlite3.connect(target) as db:
        rows = db.execute(
            "SELECT query_id, country_code, answered, requested FROM participation"
            " WHERE query_id IN (?, ?) AND country_code IN ('CZ', 'HR', 'UK', 'DK')",
            (HEADER, ASKED),
        ).fetchall()
        compiled = db.execute("SELECT compiled FROM query WHERE id = ?", (HEADER,)).fetchone()
    assert sorted(rows) == [
        (HEADER, "CZ", 0, 0), (HEADER, "DK", 1, 0), (HEADER, "HR", None, 0),
        (HEADER, "UK", 1, 0), (ASKED, "CZ", None, 1), (ASKED, "DK", None, 0),
        (ASKED, "HR", None, 0), (ASKED, "UK", None, 0),
    ]  # fmt: skip
    assert compiled == ("2012-09-28",)


def test_country_gives_its_role_in_every_query(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, _ = run(capsysbinary, "country", "EL", "-f", "json")
    roles = {row["query"]: row["appears"] for row in json.loads(out)}
    assert code == 0 and roles == {
        "shape-counted": "named",  # a finding prints GR
        "shape-listed": "not listed",  # its list leaves Greece out: it did not answer
        "shape-listing": "not known",
        "shape-unknown": "not known",
        "shape-header-asked": "not known",  # those asked, not Greece
        "shape-header": "not listed",  # a member in 2012, not in the header's list
        "shape-undated": "not known",
    }
    code, out, _ = run(capsysbinary, "country", "HR", "-f", "json")
    roles = {row["query"]: row["appears"] for row in json.loads(out)}
    assert roles["shape-header"] == "not known"  # Croatia joined in 2013: no "did not answer"
    dates = {row["query"]: row["date"] for row in json.loads(out)}
    assert (dates["shape-header"], dates["shape-undated"]) == ("2012-09-28", None)
    code, out, err = run(capsysbinary, "country", "EL", "--topic", "detention", "-f", "csv")
    assert (code, out.count("\n")) == (0, 1) and "no query has the chosen topics" in err


def test_a_country_outside_a_query_s_date_is_a_usage_error_that_says_why(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, _, err = run(capsysbinary, "show", "HR", "-q", HEADER)  # asked in 2012
    assert code == 2 and "not among this query's countries (the EMN's when it was asked" in err


def test_the_map_of_a_header_marks_who_did_not_answer(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "map", "-q", HEADER, "-f", "table")
    assert code == 0 and out.startswith("Named in the compilation's header: 3 countries")
    assert (
        "CZ·" in out and "FI●" in out and "UK●" in out and "summary" not in out.split("Source")[0]
    )
    code, out, _ = run(capsysbinary, "map", "-q", HEADER, "-f", "csv")
    assert "CZ,Czechia,non-respondent,\n" in out and "FI,Finland,respondent,true\n" in out
