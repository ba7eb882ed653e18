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


def test_the_language_may_come_from_the_environment(
    english_only: str, capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ADHOCQ_LANG", "fr")
    code, out, _ = run(["findings", "--data", english_only, "-f", "table"], capfd)
    assert code == 0 and "Demand grows. [en]" in out and "Résultats (1)" in out


def test_a_bundled_query_in_english_only(capfd: pytest.CaptureFixture[str]) -> None:
    for command in ("findings", "info", "cite"):
        code, out, err = run(
            [command, "-q", "emn-ahq-2024-fi-citizenship-tests", "--lang", "fr"], capfd
        )
        assert (code, err) == (0, ""), command
    code, out, _ = run(["findings", "-q", "emn-ahq-2024-fi-cit", "-l", "fr", "-f", "table"], capfd)
    assert out.startswith("Résultats (3)") and "[en]" in out


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
