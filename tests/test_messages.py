"""adhocq's own words: every text marked for translation has a French one, with the same
placeholders, and the catalog holds no text the code no longer uses."""

from __future__ import annotations

import ast
import string
from pathlib import Path

import adhocq
from adhocq.french import FRENCH
from adhocq.messages import CONTEXT_MARK, N_, NC_, Message, shown, tr

SOURCE = Path(adhocq.__file__).parent


def _literals(node: ast.AST) -> list[str]:
    """The strings an argument can be: a literal, or either side of `a if c else b`."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return [node.value]
    if isinstance(node, ast.IfExp):
        return _literals(node.body) + _literals(node.orelse)
    return []


def marked_texts() -> set[str]:
    """Every literal given to N_(text) or tr(lang, text) anywhere in the package."""
    found: set[str] = set()
    for path in SOURCE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                if node.func.id == "N_" and node.args:
                    found.update(_literals(node.args[0]))
                elif node.func.id == "tr" and len(node.args) == 2:
                    found.update(_literals(node.args[1]))
                elif node.func.id == "NC_" and len(node.args) == 2:
                    for context in _literals(node.args[0]):  # not one passed on (Result.map_text)
                        found.update(context + CONTEXT_MARK + t for t in _literals(node.args[1]))
    return found


def _fields(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_marked_text_has_a_french_one() -> None:
    marked = marked_texts()
    assert len(marked) > 50
    assert sorted(marked - set(FRENCH)) == []


def test_the_catalog_holds_only_texts_in_use() -> None:
    assert sorted(set(FRENCH) - marked_texts()) == []


def test_a_translation_keeps_the_placeholders() -> None:
    for english, french in FRENCH.items():
        assert _fields(english) == _fields(french), english


def test_other_languages_get_english_and_data_is_never_translated() -> None:
    assert tr("fr", "Country") == "Pays" and tr("nl", "Country") == "Country"
    assert shown("fr", N_("Country")) == "Pays" and isinstance(N_("x"), Message)
    assert shown("fr", "Country") == "Country"  # a text of the data, not adhocq's


def test_a_word_in_context_is_translated_by_both() -> None:
    counted = NC_("count basis", "answered")
    assert counted == "answered" and isinstance(counted, Message)  # English as it is
    assert shown("fr", counted) == "réponses" and shown("fr", N_("answered")) == "a répondu"
    assert shown("nl", counted) == "answered"


ENGLISH_WORDS = ("Respondents", "Country", "Source:", "summary", " yes ", " no ", "named")


def test_a_french_table_has_no_english_word_of_adhocq() -> None:
    from conftest import main_text

    for args in (
        ("countries", "--no-offers-service"),
        ("matrix", "--category", "preparedness"),
        ("measures", "--type", "training"),
        ("count", "--by", "category"),
        ("map",),
        ("queries", "--requester", "fi"),
    ):
        done = main_text(*args, "--lang", "fr", "-f", "table", env={"COLUMNS": "220"})
        assert done.returncode == 0, done.stderr
        assert not [word for word in ENGLISH_WORDS if word in done.stdout], (args, done.stdout)
    french = main_text("countries", "--no-offers-service", "-l", "fr", "-f", "table",
                       env={"COLUMNS": "200"}).stdout  # fmt: skip
    assert french.startswith("Répondants sans service client (5 sur 19)")
    assert "│ CY   │ Chypre     │      non       │" in french
    assert "Source : question ad hoc du REM emn-ahq-2023-fi-customer-service-crisis ;" in french


def test_a_count_of_answers_is_no_country_that_answered_in_french() -> None:
    from conftest import main_text

    done = main_text("queries", "--lang", "fr", "-f", "table", env={"COLUMNS": "200"})
    assert done.returncode == 0, done.stderr
    assert "Compté: réponses\n" in done.stdout and "a répondu" not in done.stdout
