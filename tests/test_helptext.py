"""The help in the run's language: every paragraph of adhocq's help has a French one, and the
help is French with --lang fr (before or after the command) or a French locale."""

from __future__ import annotations

import inspect
import re

import pytest
import typer.main

from adhocq.cli.app import COMMANDS, EXIT_CODES_HELP, build_app, build_command
from adhocq.cli.help_french import HELP
from adhocq.cli.helptext import SHORT_HELP
from adhocq.cli.main import main


def _paragraphs(text: str | None) -> list[str]:
    """The paragraphs of a help text as the catalog holds them; examples are kept as written."""
    cleaned = inspect.cleandoc(text or "")
    return [" ".join(p.split()) for p in cleaned.split("\n\n") if p and not p.startswith("\b")]


def help_paragraphs() -> set[str]:
    """Every paragraph of adhocq's help: the root's and each command's, with their options."""
    root = typer.main.get_command(build_app())
    texts = [root.help, EXIT_CODES_HELP, *SHORT_HELP.values(), "Show this message and exit."]
    texts += [param.help for param in root.params if isinstance(param, typer.core.TyperOption)]
    for name in COMMANDS:
        command = build_command(name)
        texts += [command.help, *(getattr(param, "help", None) for param in command.params)]
    return {paragraph for text in texts for paragraph in _paragraphs(text)}


def test_every_paragraph_of_the_help_has_a_french_one() -> None:
    assert sorted(help_paragraphs() - set(HELP)) == []


def test_the_french_help_holds_only_paragraphs_in_use() -> None:
    assert sorted(set(HELP) - help_paragraphs()) == []


def _help(args: list[str], capfd: pytest.CaptureFixture[str]) -> str:
    assert main(args) == 0
    return capfd.readouterr().out


@pytest.mark.parametrize(
    "args", [["--help"], ["--lang", "fr", "--help"], ["help", "--lang", "fr"], []]
)
def test_the_root_help_in_french(
    args: list[str], capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    if "--lang" not in args:
        monkeypatch.setenv("LANG", "fr_FR.UTF-8")
    text = _help(args, capfd)
    assert text.startswith("Utilisation : adhocq [OPTIONS] COMMAND [ARGS]...\n")
    assert "\nOptions :\n" in text and "\nCommandes :\n" in text and "  Exemples :\n" in text
    assert "  findings   Les résultats d'une question par nature, avec les pays cités.\n" in text
    assert "Show this message" not in text and "Examples" not in text


@pytest.mark.parametrize(
    "args",
    [["findings", "--help", "--lang", "fr"], ["-l", "fr", "findings", "-h"], ["help", "findings"]],
)
def test_a_command_s_help_in_french(
    args: list[str], capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "fr_FR.UTF-8" if args[0] == "help" else "C.UTF-8")
    text = _help(args, capfd)
    assert text.startswith("Utilisation : adhocq findings [OPTIONS]\n")
    words = re.sub("[ \n]+", " ", text)  # not str.split: it splits at no-break spaces too
    assert "Seulement les résultats de cette nature (voir 'adhocq info')." in words
    assert "[variable d'environnement\u00a0: ADHOCQ_LANG]" in words
    assert "Codes de sortie : 0 succès" in words


def test_english_without_a_french_locale(
    capfd: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "de_DE.UTF-8")  # adhocq has no German: English
    text = _help(["findings", "--help"], capfd)
    assert text.startswith("Usage: adhocq findings [OPTIONS]\n")
    words = " ".join(text.split())
    assert "Only findings of this kind (see 'adhocq info')." in words
    assert "[env var: ADHOCQ_LANG]" in words
