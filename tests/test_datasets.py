"""Choosing a query (src/adhocq/cli/datasets.py): by id, by the start of one, or by the
words of its title as people type them; in-process through main(argv)."""

from __future__ import annotations

import pytest

from adhocq.cli.datasets import holds_words
from adhocq.cli.main import main
from adhocq.model import Text, Translation


def run(capfd: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capfd.readouterr()
    return code, out, err


def first_finding(capfd: pytest.CaptureFixture[str], query: str) -> str:
    code, out, err = run(capfd, "findings", "-q", query, "-f", "csv")
    assert (code, err) == (0, ""), err
    return out.splitlines()[1].split(",")[1]


@pytest.mark.parametrize(
    ("typed", "finding"),
    [
        ("emn-ahq-2024-nl-au-pair-regulations", "not-transposed"),  # an id
        ("EMN-AHQ-2024-NL-AU", "not-transposed"),  # the start of one, any case
        ("naturalisation process", "organise-citizenship-test"),
        ("Naturalisation Process", "organise-citizenship-test"),
        ("au pair regulations", "not-transposed"),  # "au pair" alone fits two titles
        ("au-pair regulations", "not-transposed"),
        ("aupair regulations", "not-transposed"),
        ("AU PAIR REGULATIONS", "not-transposed"),
        ("digital nomads", "eight-have-nomad-scheme"),  # plural for the title's singular
        ("nomad forged", "eight-have-nomad-scheme"),  # words in any order
        ("2024 tests", "organise-citizenship-test"),  # a word of the id, one of the title
    ],
)
def test_a_query_is_chosen_by_id_start_or_words_of_its_title(
    capfd: pytest.CaptureFixture[str], typed: str, finding: str
) -> None:
    assert first_finding(capfd, typed) == finding


def test_accents_are_ignored() -> None:
    title = Text(
        "Ad Hoc Query on redeployment", (Translation("fr", "Question sur le redéploiement"),)
    )
    assert holds_words("REDEPLOIEMENT", "q-1", title)
    assert holds_words("redéploi", "q-1", title)
    assert not holds_words("redeployment détention", "q-1", title)
    assert not holds_words(" - ", "q-1", title)


def test_several_titles_are_listed_with_their_ids(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capfd, "findings", "-q", "family reunification")
    assert (code, out) == (2, "")
    assert err == (
        "adhocq: usage error: 'family reunification' matches the ids or titles of 6 queries; "
        "give more words, or the id of one of them:\n"
        "adhocq:   emn-ahq-2025-fi-language-family-reunification        Ad Hoc Query on language "
        "proficiency requirements on family reunification and pre-entry language tests\n"
        "adhocq:   emn-ahq-2024-fr-public-order-sponsor                 Ad Hoc Query on the "
        "procedure for family reunification and how to implement the “public order” element to "
        "the sponsor\n"
        "adhocq:   emn-ahq-2024-fr-family-reunification-waiting-period  Ad Hoc Query on the length "
        "of legal residence required of sponsors of family reunification\n"
        "adhocq:   emn-ahq-2023-xx-family-reunification-protection      Ad Hoc Query on family "
        "reunification for beneficiaries of international protection\n"
        "adhocq:   emn-ahq-2016-nl-identity-family-checks               Checking identity and "
        "family relationships in case of family reunification with a beneficiary of "
        "international protection\n"
        "adhocq:   emn-ahq-undated-bg-family-reunification-procedure    Ad Hoc Query on specifics "
        "of the procedure for family reunification\n"
    )


def test_a_long_list_is_cut(capfd: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capfd, "findings", "-q", "ad hoc query")
    lines = err.splitlines()
    assert code == 2 and len(lines) == 12
    assert lines[0].startswith(
        "adhocq: usage error: 'ad hoc query' matches the ids or titles of 66 "
    )
    assert lines[-1] == "adhocq:   ... and 56 more ('adhocq queries' lists them all)"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "xyz",
            "unknown query 'xyz': no id starts with it and no title holds all its words; "
            "to look in their findings too: adhocq queries --search xyz",
        ),
        (
            "citizenshp test",
            "unknown query 'citizenshp test': no id starts with it and no title holds all its "
            "words (did you mean 'citizenship'?); to look in their findings too: adhocq queries "
            "--search 'citizenshp test'",
        ),
        (
            "emn-ahq-2024-fi-citizenship-tsets",
            "unknown query 'emn-ahq-2024-fi-citizenship-tsets' (did you mean "
            "'emn-ahq-2024-fi-citizenship-tests'?)",
        ),
        (
            " ",
            "--query is empty: give a query's id, the start of one, or words of its title "
            "('adhocq queries' lists them)",
        ),
    ],
)
def test_no_match_says_where_to_look(
    capfd: pytest.CaptureFixture[str], typed: str, message: str
) -> None:
    assert run(capfd, "show", "cz", "-q", typed) == (2, "", f"adhocq: usage error: {message}\n")


def test_a_title_from_the_environment_chooses_too(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADHOCQ_QUERY", "au pair regulations")
    code, out, _ = run(capfd, "findings", "-f", "csv")
    assert code == 0 and out.splitlines()[1].split(",")[1] == "not-transposed"


def test_the_start_of_several_ids_lists_them(capfd: pytest.CaptureFixture[str]) -> None:
    assert run(capfd, "findings", "-q", "EMN-AHQ-2024-FI") == (
        2,
        "",
        "adhocq: usage error: 'EMN-AHQ-2024-FI' starts 2 query ids; give more of one:\n"
        "adhocq:   emn-ahq-2024-fi-citizenship-tests             Ad Hoc Query on citizenship "
        "tests as part of naturalisation process\n"
        "adhocq:   emn-ahq-2024-fi-forecasting-migration-trends  Ad Hoc Query on forecasting "
        "methods of future migration trends\n",
    )
