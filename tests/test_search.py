"""`adhocq search`: the pure function over the bundled data, then the command, in-process through
main(argv), and once in a real pipe."""

from __future__ import annotations

import csv
import io
import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import DATA, SCRIPT, bundled_corpus
from conftest import run_main as run

from adhocq.cli.present.search import search
from adhocq.errors import UsageProblem
from adhocq.fold import fold, spans
from adhocq.model import Dataset
from adhocq.reading.index import CorpusIndex
from adhocq.reading.loading import load

SERVICE = "emn-ahq-2023-fi-customer-service-crisis"
PSYCHO = [
    (None, "en", "type:psychological-support.label"),
    (None, "fr", "type:psychological-support.label"),
    ("CZ", "en", "measure:psychological-support.description"),
    ("CZ", "fr", "measure:psychological-support.description"),
    ("ES", "en", "measure:psychological-support.description"),
    ("ES", "fr", "measure:psychological-support.description"),
    ("FI", "en", "measure:psychological-support.description"),
    ("FI", "fr", "measure:psychological-support.description"),
]


def hits(ds: Dataset, text: str, lang: str | None = None) -> list[tuple[object, ...]]:
    return [row[1:4] for row in search((ds,), text, lang).rows]


def with_reaffectation(tmp_path: Path) -> Dataset:
    """The minimal dataset with an accented word in a measure, a finding and a note."""
    text = (DATA / "minimal.toml").read_text(encoding="utf-8")
    text = text.replace('fr = "Plus de personnel."', 'fr = "Réaffectation du personnel."')
    text = text.replace('fr = "La demande augmente."', 'fr = "La demande augmente ; réaffecter."')
    text = text.replace(
        'country = "SE"\nanswers = { service = false }\nsource = "one"\n',
        'country = "SE"\nanswers = { service = false }\nsource = "one"\n'
        'notes = [{ en = "No REASSIGNMENT reported.", fr = "Aucune RÉAFFECTATION signalée." }]\n',
    )
    path = tmp_path / "reaffect.toml"
    path.write_text(text, encoding="utf-8")
    return load(path)


# ------------------------------------------------------------------ the pure function


def test_psycho_finds_the_type_label_and_three_measures(dataset: Dataset) -> None:
    result = search((dataset,), "psycho", None)
    assert hits(dataset, "psycho") == PSYCHO
    assert result.title == "Search 'psycho' (8 hits)"
    assert result.names == ["query", "country", "lang", "field", "text"]
    assert result.rows[3][4] == (
        "Offre un soutien psychologique ou émotionnel au personnel du service client."
    )
    assert result.caption.startswith(
        "Source: EMN ad hoc query emn-ahq-2023-fi-customer-service-crisis; requested by: Finnish"
    )


@pytest.mark.parametrize("text", ["réaffect", "reaffect", "REAFFECT", "RÉAFFECT", "re\u0301affect"])
def test_case_and_accents_are_ignored(tmp_path: Path, text: str) -> None:
    ds = with_reaffectation(tmp_path)
    assert hits(ds, text) == [
        ("FI", "fr", "measure:staffing.description"),
        ("SE", "fr", "note"),
        (None, "fr", "finding:demand.text"),
    ]


@pytest.mark.parametrize("text", ["redéploi", "redeploi", "REDEPLOI", "  Redéploi "])
def test_same_rows_with_or_without_accents_in_the_bundled_data(dataset: Dataset, text: str) -> None:
    # English says "redeploy", which "redeploi" does not match.
    assert hits(dataset, text) == [
        (None, "fr", "type:staffing.label"),
        (None, "fr", "finding:staff-redeployment.text"),
    ]


def test_lang_limits_the_search(dataset: Dataset) -> None:
    assert hits(dataset, "psycho", "fr") == [row for row in PSYCHO if row[1] == "fr"]
    assert hits(dataset, "virgule", "en") == []
    assert hits(dataset, "redeploy", "en") == [
        (None, "en", "type:staffing.label"),
        (None, "en", "finding:staff-redeployment.text"),
    ]


def test_notes_of_the_query_and_of_a_country(dataset: Dataset) -> None:
    result = search((dataset,), "comma", None)
    assert [row[1:4] for row in result.rows] == [(None, "en", "note"), ("HR", "en", "note")]
    assert result.rows[1][4] == (
        "The summary prints 'HR CY' without a comma; Croatia and Cyprus are two separate answers."
    )


def test_country_names_themes_bullets_and_categories(dataset: Dataset) -> None:
    assert hits(dataset, "grece") == [("EL", "fr", "country.name")]
    assert hits(dataset, "manières") == [(None, "fr", "theme")]
    assert hits(dataset, "point 5") == [(None, "fr", "bullet:strategy.title")]
    assert hits(dataset, "lessons learned") == [
        (None, "en", "bullet:preparedness.title"),
        (None, "en", "category:preparedness.label"),
    ]


def test_no_hit_is_an_empty_result_with_its_columns(dataset: Dataset) -> None:
    result = search((dataset,), "zzz", None)
    assert result.rows == () and result.title == "Search 'zzz' (0 hits)"
    assert result.names == ["query", "country", "lang", "field", "text"]
    assert search((dataset,), "grece", None).title == "Search 'grece' (1 hit)"


@pytest.mark.parametrize("text", ["", "   ", "\t\n", "\u0301"])
def test_empty_query_is_a_usage_problem(dataset: Dataset, text: str) -> None:
    with pytest.raises(UsageProblem, match=r"^search text is empty; give a word to look for"):
        search((dataset,), text, None)


def test_search_and_highlight_fold_the_same_way() -> None:
    assert fold("Réaffectation") == fold("REAFFECTATION") == fold("re\u0301affectation")
    text = "Réaffecter, puis REAFFECTER"
    assert [text[a:b] for a, b in spans(text, "réaff")] == ["Réaff", "REAFF"]


# ------------------------------------------------------------------ the command, and a real pipe


def test_pipe_gives_csv_with_every_hit() -> None:
    done = run("search", "psycho")
    assert done.returncode == 0 and done.stderr == b""
    rows = list(csv.reader(io.StringIO(done.stdout.decode("utf-8"))))
    assert rows[0] == ["query", "country", "lang", "field", "text"]
    assert [(row[1] or None, row[2], row[3]) for row in rows[1:]] == PSYCHO
    assert {row[0] for row in rows[1:]} == {"emn-ahq-2023-fi-customer-service-crisis"}


def test_shell_pipe_into_cut_with_accents_and_lang() -> None:
    done = subprocess.run(
        f"'{SCRIPT}' search REDEPLOIEMENT -l FR | cut -d, -f4 | tr '\\n' ' '",
        shell=True, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.stdout == "field type:staffing.label finding:staff-redeployment.text "


def test_json_output_has_null_country_for_texts_about_no_country() -> None:
    done = run("search", "virgule", "-f", "json")
    assert json.loads(done.stdout) == [
        {"query": SERVICE, "country": None, "lang": "fr", "field": "note", "text": (
            "Le résumé écrit « HR CY » sans virgule dans la liste des pays sans service "
            "client ; il s'agit de deux pays, la Croatie et Chypre.")},
        {"query": SERVICE, "country": "HR", "lang": "fr", "field": "note", "text": (
            "Le résumé écrit « HR CY » sans virgule ; la Croatie et Chypre sont deux "
            "réponses distinctes.")},
    ]  # fmt: skip


@pytest.mark.parametrize("text", ["", "  "])
def test_empty_query_exits_2(text: str) -> None:
    done = run("search", text)
    assert (done.returncode, done.stdout, done.stderr.decode()) == (
        2,
        b"",
        "adhocq: usage error: search text is empty; give a word to look for, e.g. 'psycho'\n",
    )


def test_missing_text_and_bad_lang_are_usage_errors() -> None:
    missing = run("search")
    assert missing.returncode == 2 and b"Missing argument 'TEXT'" in missing.stderr
    bad = run("search", "psycho", "--lang", "de")
    assert bad.returncode == 2 and b"unknown language 'de' (expected one of: en, fr)" in bad.stderr


def test_lang_is_not_read_from_the_environment() -> None:
    done = run("search", "psycho", "-f", "jsonl", env={"ADHOCQ_LANG": "fr"})
    langs = {json.loads(line)["lang"] for line in done.stdout.splitlines()}
    assert langs == {"en", "fr"}


def test_help_has_examples() -> None:
    done = run("search", "--help")
    assert done.returncode == 0
    assert "Examples:" in done.stdout.decode() and "Exit codes: 0 ok" in done.stdout.decode()


def test_table_highlights_every_match() -> None:
    env = {"COLUMNS": "250", "FORCE_COLOR": "1", "TERM": "xterm-256color"}
    done = run("search", "PSYCHO", "-f", "table", env={**env, "NO_COLOR": ""})
    text = done.stdout.decode()
    assert done.returncode == 0 and done.stderr == b""
    styled = re.findall(r"\x1b\[[0-9;]+m([^\x1b]*)\x1b\[0m", text)
    assert styled.count("Psycho") == 1 and styled.count("psycho") >= 7
    plain = re.sub(r"\x1b\[[0-9;]*m", "", text)
    assert "Search 'PSYCHO' (8 hits in " in plain


def test_table_highlight_never_lets_hostile_data_through() -> None:
    done = run("search", "red", "--data", str(DATA / "hostile.toml"), "-f", "table",
               env={"COLUMNS": "300"})  # fmt: skip
    text = done.stdout.decode()
    assert done.returncode == 0
    assert "\\x1b[31mred\\x07\\x0d\\x9bend" in text and "[red]Fin[/]" in text
    assert not any(char in text for char in "\x1b\x07\r\x9b")


@pytest.fixture(scope="module")
def corpus_handle() -> CorpusIndex:
    """The bundled queries opened for questions across them (an index built in memory, a tenth
    of a second), once for the searches of this module: a search changes nothing in it."""
    import adhocq

    return adhocq.open_corpus()


LONG = " ".join(["detention"] * 12000)  # 120 KB: longer than SQLite's longest LIKE pattern


@pytest.mark.parametrize(
    "text", [" be", "be ", "  be  ", "  ", "\t", "é ", "e\x00", "50%", "_", LONG, "κ" * 30000]
)
def test_the_corpus_handle_searches_as_one_query_does(
    text: str, corpus_handle: CorpusIndex
) -> None:
    """The library answers one way: the corpus handle's search is each query's `ask.search`,
    spaces around the text ignored, and nothing to look for is a ValueError in both."""
    from adhocq import ask

    corpus = corpus_handle
    every = bundled_corpus().queries
    try:
        expected = [(ds.query.id, hit) for ds in every for hit in ask.search(ds, text)]
    except ValueError:
        with pytest.raises(ValueError, match="empty"):
            corpus.search(text)
        with pytest.raises(ValueError, match="empty"):
            ask.search_all(corpus, text)
        return
    assert list(corpus.search(text)) == expected
    assert list(ask.search_all(corpus, text)) == expected


def test_a_search_text_of_any_length_is_answered_and_the_store_kept(cache_home: Path) -> None:
    """A text too long for SQLite's LIKE once ended in an internal error, after deleting the
    store and building the index again in memory (12 s on 1,000 queries)."""
    assert run("search", "detention", "-f", "csv").returncode == 0
    (store,) = (cache_home / "adhocq").glob("*.sqlite")
    before = store.stat()
    for command in (["search", LONG], ["queries", "--search", LONG], ["search", "κ" * 30000]):
        done = run(*command, "-f", "csv")
        assert (done.returncode, done.stderr) == (0, b""), command
        assert len(done.stdout.splitlines()) == 1, command  # the header: nothing found
    after = store.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
