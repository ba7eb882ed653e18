"""The source line under every per-query result (cli/present/source.py `caption`): it names the
query, reads as a sentence whoever asked (a country, an authority, a committee, no one said),
in English and French; and the caveat about measures appears only where measures are shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from adhocq.cli import main as cli
from adhocq.cli.present.source import caption, requester
from adhocq.model import Dataset
from adhocq.reading.loading import parse

ASKED = """schema_version = 2
[query]
id = "asked-by"
title = { en = "A query", fr = "Une question" }
REQUESTER
published = 2024-07-03
respondent_count = 18
coverage = "complete"
themes = []
sources = [{ lang = "en", url = "https://example.org/a" }]
bullets = [{ id = "b1", title = { en = "Findings, bullet 1" } }]
"""
MONTH = 'asked = "2024-05"'
COMMITTEE = "A Swedish government committee reviewing the legislation on return"


def asked_by(lines: str) -> Dataset:
    return parse(ASKED.replace("REQUESTER", lines), "asked-by.toml")


# (what the file says of the requester) -> (the caption in English, in French)
CAPTIONS = {
    "a country only": (
        'requester_country = "FI"',
        "Source: EMN ad hoc query asked-by; requested by: Finland; summary published 2024-07-03",
        "Source : question ad hoc du REM asked-by ; posée par : Finlande ; résumé publié le "
        "2024-07-03",
    ),
    "a country, named with an article": (
        'requester_country = "NL"\nrequester = { en = "the Netherlands" }',
        "Source: EMN ad hoc query asked-by; requested by: Netherlands; summary published "
        "2024-07-03",
        "Source : question ad hoc du REM asked-by ; posée par : Pays-Bas ; résumé publié le "
        "2024-07-03",
    ),
    "a country, named as printed": (
        'requester_country = "EL"\nrequester = { en = "Greece" }\n' + MONTH,
        "Source: EMN ad hoc query asked-by; requested by: Greece (2024-05); summary published "
        "2024-07-03",
        "Source : question ad hoc du REM asked-by ; posée par : Grèce (2024-05) ; résumé publié "
        "le 2024-07-03",
    ),
    "an authority, in both languages": (
        'requester_country = "CZ"\nrequester = { en = "Czech Ministry of the Interior", '
        'fr = "Ministère tchèque de l\'Intérieur" }',
        "Source: EMN ad hoc query asked-by; requested by: Czech Ministry of the Interior; "
        "summary published 2024-07-03",
        "Source : question ad hoc du REM asked-by ; posée par : Ministère tchèque de "
        "l'Intérieur ; résumé publié le 2024-07-03",
    ),
    "a committee, in English only": (
        f'requester_country = "SE"\nrequester = {{ en = "{COMMITTEE}" }}',
        f"Source: EMN ad hoc query asked-by; requested by: {COMMITTEE}; summary published "
        "2024-07-03",
        f"Source : question ad hoc du REM asked-by ; posée par : {COMMITTEE} [en] ; résumé publié "
        "le 2024-07-03",
    ),
    "no one said, but when": (
        MONTH,
        "Source: EMN ad hoc query asked-by; asked in 2024-05; summary published 2024-07-03",
        "Source : question ad hoc du REM asked-by ; posée en 2024-05 ; résumé publié le 2024-07-03",
    ),
    "no one said, nor when": (
        "",
        "Source: EMN ad hoc query asked-by; summary published 2024-07-03",
        "Source : question ad hoc du REM asked-by ; résumé publié le 2024-07-03",
    ),
}


@pytest.mark.parametrize("kind", CAPTIONS)
def test_the_caption_names_the_query_and_whoever_asked(kind: str) -> None:
    lines, english, french = CAPTIONS[kind]
    ds = asked_by(lines)
    assert caption(ds, "en") == english
    assert caption(ds, "fr") == french
    assert " the " not in caption(ds, "en").split("requested by: ")[-1][:4]


def test_a_requester_is_the_authority_unless_it_only_names_the_country() -> None:
    assert requester(asked_by('requester_country = "NL"\nrequester = { en = "The Netherlands" }'),
                     "fr") == "Pays-Bas"  # fmt: skip
    authority = asked_by('requester_country = "NL"\nrequester = { en = "Dutch Ministry" }')
    assert requester(authority, "fr") == "Dutch Ministry [en]"  # no French: marked English
    assert requester(authority, "en") == "Dutch Ministry"
    assert requester(asked_by(""), "en") is None


def markdown(args: list[str], capfd: pytest.CaptureFixture[str], err: str = "") -> list[str]:
    """The caption lines of a command's Markdown output (its italic lines); `err`: what it
    says on stderr."""
    assert cli.main([*args, "--format", "markdown"]) == 0
    printed = capfd.readouterr()
    assert printed.err == err
    return [line[1:-1] for line in printed.out.splitlines() if line.startswith("_")]


MEASURES_CAVEAT = (
    "Only what the summary names is shown; a country not named for a measure may still take it."
)
FINDINGS_CAVEAT = (
    "Only the countries a finding names are shown; a country it does not name may still be in "
    "the same case."
)
CUSTOMER_SERVICE = (
    "Source: EMN ad hoc query emn-ahq-2023-fi-customer-service-crisis; requested by: Finnish "
    "Immigration Service (2023-12); summary published 2024-01-11"
)
CITIZENSHIP = (
    "Source: EMN ad hoc query emn-ahq-2024-fi-citizenship-tests; requested by: Finland; summary "
    "published 2024-04-06; this file holds only the first finding of it; and findings of another "
    "publisher's summary of the query (https://emn.ie/ahq-citizenship-tests)"
)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["measures"], [CUSTOMER_SERVICE, MEASURES_CAVEAT]),
        (["count", "--by", "type"], [CUSTOMER_SERVICE, MEASURES_CAVEAT]),
        (["matrix"], [CUSTOMER_SERVICE, MEASURES_CAVEAT]),
        # The bundled query's findings name no country: no caveat at all.
        (["findings"], [CUSTOMER_SERVICE]),
        (["findings", "-q", "emn-ahq-2024-fi-citizenship"], [CITIZENSHIP, FINDINGS_CAVEAT]),
    ],
)
def test_the_measures_caveat_only_where_measures_are_shown(
    args: list[str], expected: list[str], capfd: pytest.CaptureFixture[str]
) -> None:
    assert markdown(args, capfd) == expected


def test_a_query_without_measures_has_no_caveat_about_them(
    tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "q.toml"
    path.write_text(ASKED.replace("REQUESTER", 'requester_country = "FI"'), encoding="utf-8")
    none = (
        "adhocq: this query's file holds no measures: what its summary says is in its findings "
        "('adhocq findings -q asked-by')\n"
    )
    for command in (["types"], ["count", "--by", "type"], ["measures"]):
        lines = markdown([*command, "--data", str(path)], capfd, none)
        assert lines == [
            "Source: EMN ad hoc query asked-by; requested by: Finland; summary published 2024-07-03"
        ]
    nothing = "adhocq: le fichier de cette question ne contient aucun résultat\n"
    french = markdown(["findings", "--data", str(path), "--lang", "fr"], capfd, nothing)
    assert french == [
        "Source : question ad hoc du REM asked-by ; posée par : Finlande ; résumé publié le "
        "2024-07-03"
    ]


SECOND = ASKED.replace("REQUESTER\n", "").replace(
    'sources = [{ lang = "en", url = "https://example.org/a" }]\nbullets = [{ id = "b1", '
    'title = { en = "Findings, bullet 1" } }]',
    'sources = [{ lang = "en", url = "https://example.org/a" }, '
    '{ lang = "en", url = "https://example.ie/ahq" }]\n'
    'bullets = [{ id = "b1", title = { en = "Findings, bullet 1" } }, '
    '{ id = "ie1", title = { en = "Bullet 1 of EMN Ireland" }, page = "https://example.ie/ahq" }]',
)


def test_a_bullet_of_another_publisher_names_its_page_and_the_caption_says_so() -> None:
    ds = parse(SECOND, "t.toml")
    assert [b.page for b in ds.query.bullets] == [None, "https://example.ie/ahq"]
    assert caption(ds).endswith(
        "; and findings of another publisher's summary of the query (https://example.ie/ahq)"
    )
    from adhocq.errors import DataError

    with pytest.raises(DataError, match="expected the url of one of the query's sources"):
        parse(SECOND.replace('page = "https://example.ie/ahq"', 'page = "https://x.org"'), "t.toml")
