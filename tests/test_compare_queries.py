"""`compare CODE CODE --queries` (src/adhocq/cli/present/compare_queries.py): countries side by
side across queries, in-process; what each summary says of each country, never more."""

from __future__ import annotations

from pathlib import Path

import pytest

from adhocq.cli.main import main
from adhocq.reading.derive import listing
from adhocq.reading.loading import load

LEGEND = (
    "answered: the summary lists or names it among the respondents; named: a finding or a "
    "measure names it; asked: it asked the query; empty: the summary neither lists nor names "
    "it (where a summary only counts its respondents, it may still have answered)."
)


def run(capfd: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


def test_a_requester_that_answered_is_both(capfd: pytest.CaptureFixture[str], folder: Path) -> None:
    args = ("compare", "fi", "Netherlands", "cz", "--queries", "--data", str(folder), "-f", "csv")
    assert run(capfd, *args) == (
        0,
        "query,published,FI,NL,CZ\n"
        "test-query,2024-01-11,asked;answered,,\n"
        "test-detention-review,2022-05-02,,asked;answered,\n",
        "",
    )


def test_the_table_says_what_an_empty_cell_means(
    capfd: pytest.CaptureFixture[str], folder: Path
) -> None:
    code, out, _ = run(
        capfd, "compare", "fi", "nl", "--queries", "--data", str(folder), "-f", "table"
    )
    assert code == 0
    assert out.startswith("Compared across the ad hoc queries: FI, NL (2 of 2 queries)\n")
    assert " ".join(out.split()).endswith("Sources: the pages of 2 EMN ad hoc queries " + LEGEND)


def test_queries_that_say_nothing_of_them_need_all(
    capfd: pytest.CaptureFixture[str], folder: Path
) -> None:
    args = ("compare", "cz", "pl", "--queries", "--data", str(folder), "-f", "csv")
    assert run(capfd, *args)[1] == "query,published,CZ,PL\n"
    assert run(capfd, *args, "--all")[1] == (
        "query,published,CZ,PL\ntest-query,2024-01-11,,\ntest-detention-review,2022-05-02,,\n"
    )


def test_named_is_said_where_a_summary_counts_its_respondents(
    capfd: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capfd, "compare", "cz", "pl", "--queries", "-f", "csv")
    lines = out.splitlines()
    assert code == 0 and lines[0] == "query,published,CZ,PL"
    assert "emn-ahq-2024-fi-citizenship-tests,2024-04-06,named," in lines  # counted only
    assert "emn-ahq-2024-cz-alternatives-detention,2024-07-03,asked," in lines
    assert "emn-ahq-2023-fi-customer-service-crisis,2024-01-11,answered,answered" in lines
    assert not any("did not" in line for line in lines)


def test_roles_are_a_list_in_json(capfd: pytest.CaptureFixture[str], folder: Path) -> None:
    code, out, _ = run(
        capfd, "compare", "fi", "nl", "--queries", "--data", str(folder), "-f", "jsonl"
    )
    assert out.splitlines()[0] == (
        '{"query": "test-query", "published": "2024-01-11", "FI": ["asked", "answered"], "NL": []}'
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("cz", "cz"), "compare needs different countries, got CZ CZ"),
        (("cz",), "compare needs at least two country codes"),
        (
            ("cz", "pl", "-q", "naturalisation process"),
            "compare --queries is across queries; it takes no --query",
        ),
    ],
)
def test_usage_errors(
    capfd: pytest.CaptureFixture[str], args: tuple[str, ...], message: str
) -> None:
    assert run(capfd, "compare", *args, "--queries") == (2, "", f"adhocq: usage error: {message}\n")


def test_roles_of_a_listing() -> None:
    x = listing(load(Path(__file__).parent / "data" / "minimal.toml"))
    assert (x.roles("FI"), x.roles("NL"), x.roles("ZZ")) == (("asked", "answered"), (), ())
