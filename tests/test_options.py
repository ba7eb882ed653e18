"""The shared options (src/adhocq/cli/commands/options.py): ADHOCQ_QUERY is the default query of
commands about one query, and never narrows a command across queries without a word."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from adhocq.cli.main import main

TESTS = "emn-ahq-2024-fi-citizenship-tests"


@pytest.fixture
def chosen(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADHOCQ_QUERY", "naturalisation process")


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
    assert csv_lines(capfd, "info")[1] == "queries,73"


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
    assert main(["count", "--by", "query", "-q", "naturalisation process"]) == 2
    assert capfd.readouterr().err == (
        "adhocq: usage error: count --by query counts across the queries; it takes no --query\n"
    )


def test_shared_options_follow_the_commands_own_and_arrive_as_one_value() -> None:
    import inspect

    from adhocq.cli.commands.options import Shared, shared_options

    seen: list[tuple[Shared, int]] = []

    @shared_options(query="only", writes=False)
    def command(run: Shared, depth: int = 1) -> None:
        seen.append((run, depth))

    assert list(inspect.signature(command).parameters) == ["depth", "lang", "data", "query_id"]
    # As Typer calls it: its own options and the shared ones, by name (the type names only
    # its own, as a command's own code never calls it).
    called: Callable[..., None] = command
    called(depth=2, lang="fr", data=None, query_id="x")
    assert seen == [(Shared(lang="fr", query_id="x"), 2)]
