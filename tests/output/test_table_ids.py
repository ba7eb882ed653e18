"""No table cuts an id, a code or a date, whatever the terminal's width: every command's table on
the bundled queries, at widths from 40 to 200 columns, through `main(argv)`."""

from __future__ import annotations

import re

import pytest
from conftest import bundled_corpus

from adhocq.cli.main import main
from adhocq.model import Dataset

WIDTHS = (40, 60, 100, 150, 200)
QUERIES = bundled_corpus().queries
LONGEST = max(QUERIES, key=lambda ds: len(ds.query.id)).query.id
_TOKEN = re.compile(r"[\w-]+")


def _ids(ds: Dataset) -> set[str]:
    return {
        ds.query.id,
        str(ds.query.published),
        *(t.id for t in ds.types),
        *(c.id for c in ds.categories),
        *(f.id for f in ds.findings),
        *(k.id for k in ds.finding_kinds),
        *(c.code for c in ds.countries),
    }


IDS = set().union(*map(_ids, QUERIES))
QUERY_IDS = {ds.query.id for ds in QUERIES}

COMMANDS = [
    ("queries",),
    ("queries", "--country", "CZ"),
    ("country", "CZ"),
    ("count", "--by", "query"),
    ("count", "--by", "type"),
    ("count", "--by", "category"),
    ("count", "--by", "country"),
    ("search", "family"),
    ("search", "forecasting"),
    ("matrix",),
    ("matrix", "--transpose"),
    ("matrix", "--queries"),
    ("countries",),
    ("measures",),
    ("types",),
    ("compare", "CZ", "PL"),
    ("show", "CZ"),
    ("info",),
    ("info", "-q", LONGEST),
    *(("findings", "-q", ds.query.id) for ds in QUERIES if ds.findings),
]


def _run(args: tuple[str, ...], capfd: pytest.CaptureFixture[str]) -> str:
    assert main(list(args)) == 0
    return capfd.readouterr().out


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_id_of_a_table_is_whole_at_every_width(
    args: tuple[str, ...], monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    _, records = _run((*args, "-f", "csv"), capfd).split("\n", 1)  # the values, not the names
    shown = set(_TOKEN.findall(records)) & IDS
    assert shown, "the command shows some id"
    for width in WIDTHS:
        monkeypatch.setenv("COLUMNS", str(width))
        table = _run((*args, "-f", "table"), capfd)
        words = set(_TOKEN.findall(table))
        assert shown <= words, (width, sorted(shown - words))
        # A cut query id shows as the start of one: none may.
        started = {word for word in words if word.startswith("emn-ahq-")}
        assert started <= QUERY_IDS, (width, sorted(started - QUERY_IDS))
        # Where the terminal is narrower than an id, the id stands alone on its line.
        wider = [line for line in table.splitlines() if len(line) > width]
        assert all(len(line.split()) == 1 for line in wider), (width, wider)
