"""How a value looks in the terminal table (output/table_cells.py): a cell's text in the reader's
language with controls made visible, a grid's marks, and the `Header: value` lines of a
terminal too narrow for any grid."""

from __future__ import annotations

import dataclasses

from adhocq.output.result import Column, Result
from adhocq.output.table_cells import ASCII_MARKS, MARKS, cell_text, grid_cell, records


def test_a_cells_text_is_in_the_readers_language_and_shows_controls() -> None:
    assert cell_text(None).plain == ""
    assert (cell_text(True).plain, cell_text(False, lang="fr").plain) == ("yes", "non")
    assert cell_text(("CZ", "PL")).plain == "CZ, PL"
    assert cell_text(12).plain == "12"
    assert cell_text("a\x1b[31mred").plain == "a\\x1b[31mred"


def test_a_highlight_is_marked_where_the_text_holds_it_whatever_its_case() -> None:
    text = cell_text("Family reunification", highlight="family")
    assert [(span.start, span.end, str(span.style)) for span in text.spans] == [
        (0, 6, "bold reverse")
    ]


MARK = Column("q1", "Query 1", mark=True)
ROLES = Result(  # as matrix --queries: marks that are words
    "Countries x 2 queries",
    (Column("code", "Code"), MARK, Column("q2", "Query 2", mark=True)),
    (("CZ", "answered", "answered"), ("PL", None, None)),
    abbreviations=(("answered", "A", "answered"),),
)
YES_NO = Result(  # as compare: marks that are yes or no
    "Types", (Column("type", "Type"), Column("cz", "CZ", mark=True)), (("staffing", True),)
)


def test_a_grid_shows_marks_and_the_short_form_of_a_word() -> None:
    assert grid_cell(True, MARK, YES_NO, MARKS).plain == MARKS[0]
    assert grid_cell(False, MARK, YES_NO, ASCII_MARKS).plain == ASCII_MARKS[1]
    assert grid_cell("answered", MARK, ROLES, MARKS).plain == "A"
    assert grid_cell("answered", Column("status", "Status"), ROLES, MARKS).plain == "answered"


def test_records_are_header_and_value_lines_with_the_marks_of_a_row_on_one() -> None:
    lines = [line.plain for line in records(ROLES)]
    assert lines == ["Code: CZ", "answered: Query 1, Query 2", "", "Code: PL", f"{MARKS[1]} -", ""]
    assert [line.plain for line in records(YES_NO, ASCII_MARKS)] == [
        "Type: staffing",
        f"{ASCII_MARKS[0]} CZ",
        "",
    ]
    french = records(dataclasses.replace(YES_NO, lang="fr"))
    assert french[0].plain == "Type : staffing"
