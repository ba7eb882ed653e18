"""`timeline TOPIC` (cli/present/timeline.py, ask.timeline): the queries of a topic oldest first,
and each country's role in each, one row per query and country."""

from __future__ import annotations

import csv
import io

from conftest import main_text

import adhocq
from adhocq import ask


def rows(*args: str) -> list[dict[str, str]]:
    done = main_text("timeline", *args, "-f", "csv")
    assert done.returncode == 0, done.stderr
    return list(csv.DictReader(io.StringIO(done.stdout)))


def test_a_country_across_the_years_of_a_topic() -> None:
    found = [
        (r["query"], r["date"], r["role"], r["named_in"])
        for r in rows("citizenship", "--country", "at")
    ]
    assert found == [
        ("emn-ahq-2012-at-citizenship-test", "2012-10-10", "asked, answered", ""),
        ("emn-ahq-2024-it-citizenship-new-generations", "2024-02-22", "named",
         "most-changed-nationality-law;changes-to-requirements"),
        ("emn-ahq-2024-fi-citizenship-tests", "2024-04-06", "named", "organise-citizenship-test"),
        ("emn-ahq-2024-cz-citizenship-naturalisation-conditions", "2024-06-03", "not known", ""),
        ("emn-ahq-2025-fr-language-citizenship-tests", "2025-12-14", "not known", ""),
    ]  # fmt: skip


def test_every_country_of_every_query_of_the_topic() -> None:
    found = rows("citizenship")
    queries = list(dict.fromkeys(r["query"] for r in found))
    assert len(queries) == 5 and len(found) == 5 * len({r["country"] for r in found})
    by = {(r["query"], r["country"]): r["role"] for r in found}
    # The 2012 header lists its respondents: a member it leaves out did not answer.
    assert by["emn-ahq-2012-at-citizenship-test", "PL"] == "not listed"
    assert by["emn-ahq-2012-at-citizenship-test", "UK"] == "answered"  # a member then
    assert by["emn-ahq-2012-at-citizenship-test", "HR"] == "not known"  # not yet a member


def test_the_library_gives_the_same_rows() -> None:
    corpus = adhocq.open_corpus()
    found = ask.timeline(corpus, "citizenship", "AT")
    assert [(x.id, role) for x, code, role, _ in found][:1] == [
        ("emn-ahq-2012-at-citizenship-test", ("asked", "answered"))
    ]


def test_an_unknown_topic_is_a_usage_error() -> None:
    done = main_text("timeline", "citizen")
    assert (
        done.returncode == 2
        and "unknown topic 'citizen' (did you mean 'citizenship'?)" in done.stderr
    )
