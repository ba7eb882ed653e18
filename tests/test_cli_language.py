"""The language of a run: texts a query has no translation for fall back to English, marked
[en]; adhocq's own words follow --lang, ADHOCQ_LANG or a French locale; --lang, --data, -q and
-f may come before the command. In-process, through main(argv)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import DATA

from adhocq.cli.main import main

ENGLISH_ONLY = re.sub(r', fr = "[^"]*"', "", (DATA / "minimal.toml").read_text(encoding="utf-8"))


@pytest.fixture
def english_only(tmp_path: Path) -> str:
    """The minimal query without a word of French."""
    path = tmp_path / "english.toml"
    path.write_text(ENGLISH_ONLY, encoding="utf-8")
    return str(path)


def run(args: list[str], capfd: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capfd.readouterr()
    return code, out, err


# ------------------------------------------------------------ texts without a translation


@pytest.mark.parametrize(
    "command",
    [
        ["findings"],
        ["info", "-q", "test-query"],
        ["types"],
        ["countries"],
        ["count"],
        ["matrix"],
        ["measures"],
        ["show", "FI"],
        ["compare", "FI", "SE"],
    ],
)
def test_a_query_without_french_is_shown_in_english_marked(
    command: list[str], english_only: str, capfd: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([*command, "--data", english_only, "--lang", "fr", "-f", "table"], capfd)
    assert (code, err) == (0, "")
    assert "[en]" in out
    assert "[en] : pas de traduction dans la langue demandée ; en anglais." in out


@pytest.mark.parametrize(
    "command",
    [["map"], ["cite"], ["search", "staff", "-q", "test-query"], ["info"], ["queries"]],
)
def test_no_command_fails_for_a_query_without_french(
    command: list[str], english_only: str, capfd: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run([*command, "--data", english_only, "--lang", "fr"], capfd)
    assert code == 0, err
    assert "usage error" not in err


def test_a_question_without_french_heads_its_column_in_english_marked(
    english_only: str, capfd: pytest.CaptureFixture[str]
) -> None:
    _, out, _ = run(["countries", "--data", english_only, "-l", "fr", "-f", "table"], capfd)
    assert "┃ Customer service [en] ┃" in out
    _, out, _ = run(["countries", "--data", english_only, "-l", "fr", "-f", "csv"], capfd)
    assert out.startswith("code,name,offers_service,types\n")


def test_the_language_may_come_from_the_environment(
    english_only: str, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADHOCQ_LANG", "fr")
    monkeypatch.setenv("COLUMNS", "200")
    code, out, _ = run(["findings", "--data", english_only, "-f", "table"], capfd)
    assert code == 0 and "Demand grows. [en]" in out and "Résultats (1)" in out


def test_a_bundled_query_in_english_only(capfd: pytest.CaptureFixture[str]) -> None:
    for command in ("findings", "info", "cite"):
        code, out, err = run(
            [command, "-q", "emn-ahq-2024-fi-citizenship-tests", "--lang", "fr"], capfd
        )
        assert (code, err) == (0, ""), command
    code, out, _ = run(["findings", "-q", "emn-ahq-2024-fi-cit", "-l", "fr", "-f", "table"], capfd)
    assert out.startswith("Résultats (7)") and "[en]" in out  # 3 of the summary, 4 of EMN Ireland


def test_a_language_no_one_speaks_is_a_usage_error(
    english_only: str, capfd: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["types", "--data", english_only, "--lang", "fre"], capfd)
    assert code == 2
    assert err == "adhocq: usage error: unknown language 'fre' (did you mean 'fr'?)\n"
    code, _, err = run(["types", "--data", english_only, "--lang", "de"], capfd)
    assert code == 2
    assert err == "adhocq: usage error: unknown language 'de' (expected one of: en, fr)\n"


def test_a_language_of_another_query_is_known(
    folder: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    """b.toml has Dutch; a.toml, chosen here, has none: its texts are English, marked."""
    args = ["types", "--data", str(folder), "-q", "test-query", "--lang", "nl", "-f", "table"]
    code, out, err = run(args, capfd)
    assert (code, err) == (0, "") and "Staffing [en]" in out


def test_respondents_named_for_types_agree_in_french(capfd: pytest.CaptureFixture[str]) -> None:
    _, out, _ = run(["countries", "--has", "staffing", "--lang", "fr", "-f", "table"], capfd)
    assert out.startswith("Répondants cités pour staffing (")
    _, out, _ = run(["countries", "--lacks", "staffing", "--lang", "fr", "-f", "table"], capfd)
    assert out.startswith("Répondants non cités pour staffing (")


# ------------------------------------------------------------ options before the command


def test_global_options_stand_for_the_command_s_own(
    english_only: str, capfd: pytest.CaptureFixture[str]
) -> None:
    after = run(
        ["findings", "--data", english_only, "-q", "test", "--lang", "fr", "-f", "csv"], capfd
    )
    before = run(
        ["--data", english_only, "-q", "test", "--lang", "fr", "-f", "csv", "findings"], capfd
    )
    long = run(
        ["--data", english_only, "--query", "test", "-l", "fr", "--format=csv", "findings"], capfd
    )
    assert after == before == long
    assert after[0] == 0 and after[1].startswith("kind,id,text,")


def test_the_option_after_the_command_wins(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["-f", "json", "--lang", "fr", "types", "-f", "csv", "--lang", "en"], capfd)
    assert code == 0 and out.startswith("category,type,label,count,countries\n")
    assert "Staff reinforcement" in out


def test_a_global_option_the_command_lacks(capfd: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["--lang", "fr", "--data", "data", "validate"], capfd)
    assert code == 0 and ": ok: " in out
    code, _, err = run(["-f", "csv", "cite"], capfd)
    assert code == 2 and "No such option: --format" in err


# ------------------------------------------------------------ adhocq's own words


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["measures", "--type", "stafing", "--lang", "fr"],
         "adhocq: erreur d'utilisation : type de mesure introuvable : 'stafing' "
         "(vouliez-vous dire 'staffing' ?)\n"),
        (["--lang", "fr", "measures", "-f", "jsn"],
         "adhocq: erreur d'utilisation : valeur invalide pour '--format' / '-f' : 'jsn' n'est "
         "pas l'une des valeurs 'table', 'csv', 'tsv', 'json', 'jsonl', 'markdown' "
         "(vouliez-vous dire 'json' ?) (voir 'adhocq measures --help')\n"),
        (["show", "-l", "fr"],
         "adhocq: erreur d'utilisation : argument manquant : 'CODE' (voir 'adhocq show --help')\n"),
        (["countries", "--offer-service", "--lang=fr"],
         "adhocq: erreur d'utilisation : option inconnue : --offer-service (options possibles : "
         "--no-offers-service, --offers-service) (voir 'adhocq countries --help')\n"),
        (["-l", "fr", "countrys"],
         "adhocq: erreur d'utilisation : commande introuvable : 'countrys' (vouliez-vous dire "
         "'country', 'countries', 'count' ?) (voir 'adhocq --help')\n"),
        (["types", "-lfr", "extra"],
         "adhocq: erreur d'utilisation : arguments en trop (extra) (voir 'adhocq types --help')\n"),
        (["--lang", "fr", "cite", "-f", "csv"],
         "adhocq: erreur d'utilisation : option inconnue : -f (voir 'adhocq cite --help')\n"),
        (["--lang", "fr", "help", "bogus"],
         "adhocq: erreur d'utilisation : commande introuvable : 'bogus' (valeurs possibles : "
         "queries, country, timeline, related, countries, measures, types, show, count, findings, "
         "info, matrix, compare, search, map, export, serve, validate, cite, help)\n"),
        (["--lang", "fr", "countries", "--has", "staffing", "--lacks", "staffing"],
         "adhocq: aucun pays ne peut correspondre : staffing à la fois exigé (--has) et exclu "
         "(--lacks)\n"),
        (["--lang", "fr", "countries", "--has", "staffing,training,templates", "-f", "table"],
         "adhocq: aucune ligne ne correspond à ces filtres\n"),
    ],
)  # fmt: skip
def test_errors_and_notes_in_french(
    args: list[str], expected: str, capfd: pytest.CaptureFixture[str]
) -> None:
    _, _, err = run(args, capfd)
    assert err == expected


def test_a_french_locale_speaks_french(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    code, out, err = run(["measures", "--type", "stafing"], capfd)
    assert err.startswith("adhocq: erreur d'utilisation : type de mesure introuvable")
    code, out, err = run(["types", "-f", "table"], capfd)
    assert out.startswith("Types de mesures (")
    code, out, err = run(["types", "-f", "csv"], capfd)
    assert out.startswith("category,type,label,count,countries\n")  # keys stay English
    code, out, err = run(["types", "-f", "table", "--lang", "en"], capfd)
    assert out.startswith("Measure types (")


@pytest.mark.parametrize(
    ("environment", "expected"),
    [
        ({"LANG": "fr_FR.UTF-8"}, "fr"),
        ({"LANG": "fr_BE@euro"}, "fr"),
        ({"LC_ALL": "C", "LANG": "fr_FR.UTF-8"}, "en"),
        ({"LC_MESSAGES": "fr_CA.UTF-8", "LANG": "en_GB.UTF-8"}, "fr"),
        ({"LANG": "de_DE.UTF-8"}, "en"),  # adhocq has no German words
        ({"LANG": "C.UTF-8"}, "en"),
        ({"LANG": "fr_FR.UTF-8", "ADHOCQ_LANG": "en"}, "en"),
        ({"ADHOCQ_LANG": " FR"}, "fr"),
        ({}, "en"),
    ],
)
def test_the_language_of_a_run(
    environment: dict[str, str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from adhocq.cli.language import interface

    for name in ("LC_ALL", "LC_MESSAGES", "LANG", "ADHOCQ_LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)
    assert interface(["types"]) == expected
    assert interface(["--lang", "fr", "types", "-l", "en"]) == "en"  # the last one wins
    assert interface(["-lfr", "types", "--", "--lang", "en"]) == "fr"


def test_values_people_read_are_french_and_machines_get_the_token(
    capfd: pytest.CaptureFixture[str],
) -> None:
    _, table, _ = run(["show", "cz", "-l", "fr", "-f", "table"], capfd)
    _, rows, _ = run(["show", "cz", "-l", "fr", "-f", "csv"], capfd)
    assert "│ membre " in table
    assert "membership,member,\n" in rows
    _, markdown, _ = run(["country", "cz", "-l", "fr", "-f", "markdown"], capfd)
    _, rows, _ = run(["country", "cz", "-l", "fr", "-f", "csv"], capfd)
    assert "| 2024-04-06 | cité |" in markdown
    assert ",2024-04-06,named," in rows
