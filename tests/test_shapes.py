"""Every command, in every format, on queries of every shape (tests/data/shapes/): respondents
listed, counted only (as public answers) or unknown; a requester that is listed or not; no
measures; a token that is no EMN code; a record of what a listing says, and nothing of the
summary; a summary whose publication date is not known; a compilation's header, of those who
answered or of those asked (test_shapes_header.py). What a summary does not say is never
turned into "no": a country a summary does not list, where it lists no respondents, never "did
not answer"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from adhocq.cli.main import main

SHAPES = Path(__file__).parent / "data" / "shapes"
LISTED, COUNTED, UNKNOWN = "shape-listed", "shape-counted", "shape-unknown"
LISTING, UNDATED = "shape-listing", "shape-undated"
HEADER, HEADER_ASKED = "shape-header", "shape-header-asked"
FORMATS = ("csv", "tsv", "json", "jsonl", "table", "markdown")

PER_QUERY = (
    ("countries",),
    ("countries", "--non-respondents"),
    ("measures",),
    ("types",),
    ("count",),
    ("count", "--by", "country"),
    ("findings",),
    ("info",),
    ("matrix",),
    ("map",),
    ("show", "CZ"),
    ("show", "FR"),
    ("show", "DE"),
    ("show", "FI"),
    ("compare", "CZ", "DE"),
    ("search", "countries"),
)
ACROSS = (
    ("queries",),
    ("country", "CZ"),
    ("country", "FR"),
    ("matrix", "--queries"),
    ("count", "--by", "query"),
    ("search", "countries"),
    ("compare", "CZ", "FR", "--queries"),
)
# What only a summary that lists its respondents may say of a country it does not list.
FALSE_FOR_UNLISTED = (
    "did not answer",
    "n'a pas répondu",
    "non-respondent",
    '"answered": false',
    "non répondant",
)


def run(capsysbinary: pytest.CaptureFixture[bytes], *args: str) -> tuple[int, str, str]:
    code = main([*args, "--data", str(SHAPES)])
    captured = capsysbinary.readouterr()
    return code, captured.out.decode(), captured.err.decode()


@pytest.fixture(autouse=True)
def _wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "120")


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("query", [COUNTED, UNKNOWN, LISTING, UNDATED, HEADER_ASKED])
@pytest.mark.parametrize("command", PER_QUERY, ids=" ".join)
def test_no_command_says_an_unlisted_country_did_not_answer(
    capsysbinary: pytest.CaptureFixture[bytes],
    command: tuple[str, ...],
    query: str,
    fmt: str,
    lang: str,
) -> None:
    """In English and in French, which these English-only queries have no text in."""
    code, out, err = run(capsysbinary, *command, "-q", query, "-f", fmt, "--lang", lang)
    assert code in (0, 1), err
    assert "internal error" not in err and "Traceback" not in err
    for claim in FALSE_FOR_UNLISTED:
        assert claim not in out + err


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("command", ACROSS, ids=" ".join)
def test_no_command_across_queries_says_an_unlisted_country_did_not_answer(
    capsysbinary: pytest.CaptureFixture[bytes], command: tuple[str, ...], fmt: str
) -> None:
    code, out, err = run(capsysbinary, *command, "-f", fmt)
    assert code == 0, err
    for claim in FALSE_FOR_UNLISTED:
        assert claim not in out + err


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    "query", [LISTED, COUNTED, UNKNOWN, LISTING, UNDATED, HEADER, HEADER_ASKED]
)
def test_every_query_is_cited_in_every_language(
    capsysbinary: pytest.CaptureFixture[bytes], query: str, lang: str
) -> None:
    code, out, err = run(capsysbinary, "cite", "-q", query, "--lang", lang)
    assert (code, err) == (0, "") and out


def test_a_listed_summary_says_who_did_not_answer(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "countries", "--non-respondents", "-q", LISTED, "-f", "csv")
    assert code == 0 and out.splitlines()[1:] == ["EL,Greece"]
    code, _, err = run(capsysbinary, "show", "EL", "-q", LISTED)
    assert code == 1
    assert err == (
        "adhocq: EL (Greece) is an EMN member but did not answer this query; see 'adhocq info' "
        "for the respondents\n"
    )


def test_a_counted_summary_does_not_say_who_did_not_answer(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, err = run(capsysbinary, "countries", "--non-respondents", "-q", COUNTED)
    assert (code, out) == (1, "")
    assert err == (
        "adhocq: the summary does not list its respondents (12 gave a public answer; more may "
        "have answered), so it does not say which countries answered; 'adhocq findings' shows "
        "the countries it names\n"
    )


def test_info_says_how_the_respondents_are_given(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    facts = {}
    for query in (LISTED, COUNTED, UNKNOWN):
        code, out, _ = run(capsysbinary, "info", "-q", query, "-f", "json")
        assert code == 0
        info = json.loads(out)
        facts[query] = [info[key] for key in ("respondents_given", "respondent_count")]
        facts[query] += [info[key] for key in ("count_basis", "respondents", "non_respondents")]
    assert facts == {
        LISTED: ["listed", 2, "answered", ["FI", "SE"], ["EL"]],
        COUNTED: ["counted", 12, "public-answer", None, None],
        UNKNOWN: ["unknown", None, None, None, None],
    }


def test_show_says_what_the_summary_says_of_a_country_it_does_not_list(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "show", "CZ", "-q", COUNTED, "-f", "json")
    assert code == 0
    cz = json.loads(out)
    assert (cz["asked"], cz["answered"]) == (False, None)
    assert [f["id"] for f in cz["findings"]] == ["most-do-it"]
    code, out, _ = run(capsysbinary, "show", "FR", "-q", COUNTED, "-f", "table")
    assert code == 0
    assert out.splitlines()[0] == (
        "France (FR): asked this query; not named in the findings of the summary"
    )
    code, out, _ = run(capsysbinary, "show", "IT", "-q", UNKNOWN, "-f", "csv")
    assert code == 0
    assert "answered,not known: the summary neither lists nor counts its respondents" in out


def test_the_requester_is_shown_as_such_across_queries(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "country", "FR", "-f", "csv")
    assert code == 0
    assert out.splitlines()[1].startswith("shape-counted,2024-06-01,asked,")
    code, out, _ = run(capsysbinary, "matrix", "--queries", "-f", "json")
    rows = {row["code"]: row for row in json.loads(out)}
    assert rows["FR"][COUNTED] == ["asked"]
    assert rows["FI"][LISTED] == ["asked", "answered"]
    assert rows["CZ"][COUNTED] == ["named"]
    assert rows["DE"][COUNTED] == []  # nothing said: no role, never "did not answer"


def test_a_token_that_is_no_emn_code_is_counted_with_a_flag(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "findings", "-q", COUNTED, "-f", "json")
    assert code == 0
    (finding,) = json.loads(out)
    assert finding["printed"] == ["CZ", "GR", "LI"]
    assert (finding["countries"], finding["uncoded"]) == (["CZ", "EL"], ["LI"])
    code, out, _ = run(capsysbinary, "count", "--by", "query", "-f", "json")
    counted = next(row for row in json.loads(out) if row["query"] == COUNTED)
    assert (counted["count"], counted["uncoded"]) == (3, ["LI"])  # CZ, EL; BE as a respondent
    assert (counted["respondents"], counted["count_basis"]) == (12, "public-answer")
    code, out, _ = run(capsysbinary, "map", "-q", COUNTED, "-f", "table")
    assert "Also printed, with no EMN country code (no tile): LI" in out


def test_a_query_without_measures_says_so(capsysbinary: pytest.CaptureFixture[bytes]) -> None:
    code, out, err = run(capsysbinary, "measures", "-q", COUNTED, "-f", "csv")
    assert (code, out) == (0, "country,country_name,type,category,description,source\n")
    assert err == (
        "adhocq: this query's file holds no measures: what its summary says is in its "
        "findings ('adhocq findings -q shape-counted')\n"
    )


def test_a_title_adhocq_translated_is_marked_as_such(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    code, out, _ = run(capsysbinary, "queries", "-f", "table")
    assert code == 0
    assert "Unknown query [tr]" in out and "Counted query [tr]" not in out
    assert "[tr]: adhocq's translation of a title the source prints in another language" in out
    code, out, _ = run(capsysbinary, "queries", "-f", "table", "--lang", "fr")
    assert "Question inconnue [tr]" not in out and "Question inconnue" in out
    code, out, _ = run(capsysbinary, "queries", "-f", "markdown")  # for people too
    assert "| Unknown query [tr] |" in out and "_[tr]: adhocq's translation of a title" in out
    counts = tmp_path / "counts.html"
    assert run(capsysbinary, "count", "--by", "query", "-f", "csv", "--export", str(counts))[0] == 0
    assert '<a href="https://example.org/fr/unknown">shape-unknown</a>' in counts.read_text(
        encoding="utf-8"
    )
    page = tmp_path / "queries.html"
    assert run(capsysbinary, "queries", "-f", "csv", "--export", str(page))[0] == 0
    assert "<td>Unknown query [tr]</td>" in page.read_text(encoding="utf-8")
    code, out, _ = run(capsysbinary, "info", "-q", UNKNOWN, "-f", "csv")
    assert "title,Unknown query\ntitle_printed,fr\n" in out  # machine formats: no mark


def test_the_api_never_reads_an_unlisted_summary_as_no_respondents() -> None:
    import adhocq

    counted = adhocq.load(SHAPES / "counted.toml")
    assert counted.non_respondents() is None and counted.answered("CZ") is None
    with pytest.raises(ValueError, match="does not list its respondents"):
        adhocq.ask.respondents(counted)
    listed = adhocq.load(SHAPES / "listed.toml")
    assert [c.code for c in listed.non_respondents() or ()] == ["EL"]
    assert (listed.answered("FI"), listed.answered("EL")) == (True, False)


def test_a_respondent_the_summary_names_without_a_list_answered(
    capsysbinary: pytest.CaptureFixture[bytes], tmp_path: Path
) -> None:
    # counted.toml: "12 countries gave a public answer, including BE".
    code, out, _ = run(capsysbinary, "show", "BE", "-q", COUNTED, "-f", "json")
    assert code == 0 and json.loads(out)["answered"] is True
    code, out, _ = run(capsysbinary, "show", "BE", "-q", COUNTED, "-f", "table")
    assert out.startswith("Belgium (BE): named among the respondents;")
    code, out, _ = run(capsysbinary, "country", "BE", "-f", "csv")
    assert out.splitlines()[1].startswith(f"{COUNTED},2024-06-01,answered,")
    target = tmp_path / "shapes.db"
    code, _, _ = run(capsysbinary, "export", "--sqlite", str(target))
    assert code == 0
    import sqlite3

    with sqlite3.connect(target) as db:
        answered = dict(
            db.execute(
                "SELECT country_code, answered FROM participation WHERE query_id = ?", (COUNTED,)
            ).fetchall()
        )
    assert answered["BE"] == 1 and answered["CZ"] is None  # named in a finding: not known


@pytest.mark.parametrize("command", [("findings",), ("measures",), ("types",)], ids=" ".join)
def test_a_listing_record_says_only_the_listing_was_read(
    capsysbinary: pytest.CaptureFixture[bytes], command: tuple[str, ...]
) -> None:
    code, out, err = run(capsysbinary, *command, "-q", LISTING, "-f", "csv")
    assert code == 0 and len(out.splitlines()) == 1  # the header alone
    assert err == (
        "adhocq: only a listing of this query was read: its file holds none of its findings\n"
    )
    code, out, _ = run(capsysbinary, *command, "-q", LISTING, "-f", "table")
    said = " ".join(out.split())  # the caption wraps
    assert "only a listing of it was read: this file holds none of its findings" in said


def test_info_and_queries_count_listing_records_apart(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "info", "-f", "json")
    info = json.loads(out)
    assert (info["complete"], info["excerpts"], info["listings"], info["headers"]) == (2, 2, 1, 2)
    code, out, _ = run(capsysbinary, "queries", "-f", "json")
    listing = next(row for row in json.loads(out) if row["id"] == LISTING)
    assert (listing["coverage"], listing["findings_read"], listing["respondents"]) == (
        "listing",
        None,
        20,
    )


def test_a_query_whose_date_is_not_known_comes_last_and_in_no_span(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "queries", "-f", "json")
    listed = json.loads(out)
    assert [row["id"] for row in listed][-1] == UNDATED and listed[-1]["published"] is None
    code, out, _ = run(capsysbinary, "queries", "--since", "2000", "-f", "json")
    assert UNDATED not in [row["id"] for row in json.loads(out)]
    code, out, _ = run(capsysbinary, "info", "-f", "json")
    assert (json.loads(out)["undated"], json.loads(out)["first_published"]) == (1, "2023-03-01")
    code, out, _ = run(capsysbinary, "country", "CZ", "-f", "csv")
    assert "shape-undated,,named,several-do-it," in out


def test_a_query_whose_date_is_not_known_says_so_and_is_cited_without_one(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "findings", "-q", UNDATED, "-f", "table")
    assert "publication date not known" in " ".join(out.split())
    code, out, _ = run(capsysbinary, "cite", "-q", UNDATED)
    assert out.startswith("European Migration Network (n.d.). Undated query")
    for style, dated_field in (("bibtex", "year"), ("ris", "PY  -"), ("csl-json", '"issued"')):
        code, out, _ = run(capsysbinary, "cite", "-q", UNDATED, "-s", style)
        entry = out.split("adhocq-dataset")[0]  # the query's entry, not the dataset's
        assert code == 0 and dated_field not in entry, style


def test_a_listing_record_is_not_cited_as_a_summary(
    capsysbinary: pytest.CaptureFixture[bytes],
) -> None:
    code, out, _ = run(capsysbinary, "cite", "-q", LISTING)
    assert code == 0 and "Listed query [EMN ad hoc query, as a listing gives it]" in out
    code, out, _ = run(capsysbinary, "cite", "-q", COUNTED)
    assert "Counted query [EMN ad hoc query summary]" in out
