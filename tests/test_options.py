"""The shared options (src/adhocq/cli/commands/options.py): ADHOCQ_QUERY is the default query of
commands about one query, and never narrows a command across queries without a word."""

from __future__ import annotations

import pytest

from adhocq.cli.main import main

TESTS = "emn-ahq-2024-fi-citizenship-tests"


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADHOCQ_QUERY", "citizenship")


def csv_lines(capfd: pytest.CaptureFixture[str], *args: str) -> list[str]:
    code = main([*args, "-f", "csv"])
    out, err = capfd.readouterr()
    assert (code, err) == (0, ""), err
    return out.splitlines()


@pytest.mark.usefixtures("chosen")
def test_search_looks_in_every_query(capfd: pytest.CaptureFixture[str]) -> None:
    found = {line.split(",")[0] for line in csv_lines(capfd, "search", "detention")[1:]}
    assert TESTS not in found and "emn-ahq-2025-ee-detention-judicial-review" in found
    narrowed = csv_lines(capfd, "search", "detention", "-q", "judicial review")[1:]
    review = "emn-ahq-2025-ee-detention-judicial-review"
    assert {line.split(",")[0] for line in narrowed} == {review}


@pytest.mark.usefixtures("chosen")
def test_info_describes_the_dataset(capfd: pytest.CaptureFixture[str]) -> None:
    assert csv_lines(capfd, "info")[1] == "queries,19"


@pytest.mark.usefixtures("chosen")
@pytest.mark.parametrize("args", [("count", "--by", "query"), ("matrix", "--queries")])
def test_commands_across_queries_are_not_narrowed(
    capfd: pytest.CaptureFixture[str], args: tuple[str, ...]
) -> None:
    assert len(csv_lines(capfd, *args)) > 19


@pytest.mark.usefixtures("chosen")
def test_commands_about_one_query_use_it(capfd: pytest.CaptureFixture[str]) -> None:
    assert csv_lines(capfd, "findings")[1].split(",")[1] == "organise-citizenship-test"
    assert main(["count", "--by", "type", "-f", "csv"]) == 0
    out, err = capfd.readouterr()
    assert out == "type,label,count,share_pct,countries\n"
    assert "-q emn-ahq-2024-fi-citizenship-tests" in err  # its file holds no measures


def test_a_query_typed_for_a_command_across_queries_is_a_usage_error(
    capfd: pytest.CaptureFixture[str],
) -> None:
    assert main(["count", "--by", "query", "-q", "citizenship"]) == 2
    assert capfd.readouterr().err == (
        "adhocq: usage error: count --by query counts across the queries; it takes no --query\n"
    )
