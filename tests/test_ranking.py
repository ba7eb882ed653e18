"""adhocq.ask.related (ask/ranking.py) and `related TEXT`: the bundled queries closest to a
draft, best first, from the store's postings."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from conftest import main_text

import adhocq
from adhocq import ask
from adhocq.reading.index import CorpusIndex

P = "emn-ahq-"


@pytest.fixture(scope="module")
def corpus() -> CorpusIndex:
    return adhocq.open_corpus()


def ids(corpus: CorpusIndex, text: str, limit: int | None = 3) -> list[str]:
    return [m.listing.id.removeprefix(P) for m in ask.related(corpus, text, limit)]


def test_a_draft_in_other_words_finds_its_queries_first(corpus: CorpusIndex) -> None:
    found = ids(corpus, "knowledge test on history and constitution for naturalization")
    assert set(found) == {
        "2024-fi-citizenship-tests",
        "2012-at-citizenship-test",
        "2025-fr-language-citizenship-tests",
    }


def test_a_french_draft_finds_a_query_written_in_english_only(
    corpus: CorpusIndex,
) -> None:
    (first,) = ask.related(corpus, "rétention administrative sans contrôle d'un juge", 1)
    assert first.listing.id == P + "2025-ee-detention-judicial-review"
    assert first.listing.languages == ("en",)
    assert first.topics == ("detention",)  # "rétention" is in its topic's French label
    assert "query.title" in [hit.field for hit in first.passages]


def test_passages_are_at_most_two_fields_each_once_best_first(corpus: CorpusIndex) -> None:
    for match in ask.related(corpus, "language tests family reunification sponsor", None):
        fields = [hit.field for hit in match.passages]
        assert len(fields) <= 2 and len(set(fields)) == len(fields)
        assert not any(f.startswith(("country.", "query.requester", "note")) for f in fields)


def test_scores_fall_and_equal_scores_put_the_newest_first(corpus: CorpusIndex) -> None:
    found = ask.related(corpus, "asylum", None)
    scores = [m.score for m in found]
    assert scores == sorted(scores, reverse=True) and len(found) > 10
    for one, other in zip(found, found[1:], strict=False):
        first, then = one.listing.dated_on, other.listing.dated_on
        if one.score == other.score and first is not None and then is not None:
            assert first >= then


def test_a_draft_without_a_word_is_refused(corpus: CorpusIndex) -> None:
    with pytest.raises(ValueError, match="no word"):
        ask.related(corpus, "the of ?")
    done = main_text("related", " and or ")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (
        "adhocq: usage error: the draft has no word to look for; give a few words of it\n"
    )


def test_the_command_gives_the_library_s_order_and_the_country_s_role(
    corpus: CorpusIndex,
) -> None:
    done = main_text("related", "citizenship tests", "--country", "Austria", "-n", "4", "-f", "csv")
    assert done.returncode == 0, done.stderr
    found = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["query"] for r in found] == [
        m.listing.id for m in ask.related(corpus, "citizenship tests", 4)
    ]
    assert [r["rank"] for r in found] == ["1", "2", "3", "4"]
    roles = {r["query"].removeprefix(P): (r["role"], r["named_in"]) for r in found}
    assert roles["2012-at-citizenship-test"] == ("asked, answered", "")
    assert roles["2024-fi-citizenship-tests"] == ("named", "organise-citizenship-test")


def test_french_headers_and_a_limit_of_zero_shows_every_match() -> None:
    done = main_text("--lang", "fr", "related", "naturalisation", "-n", "0", "-f", "csv")
    header, *lines = done.stdout.splitlines()
    assert header.startswith("rank,query,date,") and len(lines) >= 3
    table = main_text("--lang", "fr", "related", "naturalisation", "-f", "markdown").stdout
    assert table.startswith("**Questions ad hoc les plus proches de « naturalisation » (")
    assert "| Rang | Question | Date |" in table
    assert "| titre; thème | Ad Hoc Query on the conditions to acquire citizenship by" in table


def test_a_changed_file_is_ranked_by_its_new_words(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    second = Path(__file__).parent / "data" / "second.toml"
    query = tmp_path / "q.toml"
    query.write_text(second.read_text(encoding="utf-8"), encoding="utf-8")
    before = main_text("related", "rechterlijke", "--data", str(tmp_path), "-f", "csv")
    assert "test-detention-review" in before.stdout
    query.write_text(
        re.sub("rechterlijke", "gerechtelijke", second.read_text(encoding="utf-8"), flags=re.I),
        encoding="utf-8",
    )
    after = main_text("related", "rechterlijke", "--data", str(tmp_path), "-f", "csv")
    assert after.stdout.count("\n") == 1  # the header only: no query holds the word now


def test_a_long_draft_is_answered_and_its_title_quotes_its_start() -> None:
    draft = "detention\nasylum " * 6000
    done = main_text("related", draft, "-n", "1", "-f", "markdown")
    assert done.returncode == 0, done.stderr
    title = done.stdout.splitlines()[0]
    assert title.startswith("**Ad hoc queries closest to “detention asylum detention")
    assert "…” (1 of 73)" in title and len(title) < 160


def test_the_title_of_an_untitled_query_is_said_to_be_adhocq_s_words() -> None:
    done = main_text("related", "lorry drivers", "-n", "1", "-f", "json")
    (row,) = json.loads(done.stdout)
    assert row["query"] == "emn-ahq-2023-cz-lorry-drivers-shortage"
    assert row["matched"] == ["title (adhocq's words)", "theme"]
    assert row["passage"] == (
        "Shortage of lorry drivers and fast-track admission of third-country nationals"
    )
    french = main_text("--lang", "fr", "related", "lorry drivers", "-n", "1", "-f", "json")
    assert json.loads(french.stdout)[0]["matched"] == ["titre (mots d'adhocq)", "thème"]


def test_where_a_text_matched_is_a_list_that_reads_whole_whatever_the_text_holds() -> None:
    """The texts may hold ';' (the CSV list separator): the list says where, the passage
    column holds the best text whole."""
    done = main_text("related", "detention judicial review Slovakia", "-n", "1", "-f", "csv")
    (row,) = list(csv.DictReader(io.StringIO(done.stdout)))
    assert row["query"] == "emn-ahq-2025-ee-detention-judicial-review"
    assert row["matched"] == "finding sk-up-to-18-months;title"
    assert row["passage"].startswith("In Slovakia, detention can last up to six months, which")
    assert "; the detained person may bring an action for judicial review" in row["passage"]
