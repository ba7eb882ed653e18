from __future__ import annotations

import csv
import io
import json

from hypothesis import given, settings
from hypothesis import strategies as st
from properties.props import examples_for

from adhocq.cli.present import analysis, query
from adhocq.model import Dataset
from adhocq.output import TEXT_RENDERERS, Format, render_text
from adhocq.output.delimited import render_csv
from adhocq.output.result import Column, Result
from adhocq.output.table import fit_widths, write

SAMPLE = Result(
    title="Sample",
    columns=(Column("code", "Code"), Column("ok", "OK"), Column("types", "Types"),
             Column("text", "Text"), Column("share_pct", "%")),
    rows=(
        ("FI", True, ("a", "b"), 'say "hi", then | go', 31.6),
        ("SE", False, (), "tab\there\nline", 0.0),
    ),
    caption="Source: test",
)  # fmt: skip


def test_every_format_has_a_renderer() -> None:
    assert set(TEXT_RENDERERS) | {Format.table} == set(Format)


def test_csv_exact() -> None:
    assert render_text(SAMPLE, Format.csv) == (
        "code,ok,types,text,share_pct\n"
        'FI,true,a;b,"say ""hi"", then | go",31.6\n'
        'SE,false,,"tab\there\nline",0.0\n'
    )


def test_csv_with_crlf_ends_records_but_not_quoted_lines_with_cr_lf() -> None:
    assert render_csv(SAMPLE, line_end="\r\n") == (
        "code,ok,types,text,share_pct\r\n"
        'FI,true,a;b,"say ""hi"", then | go",31.6\r\n'
        'SE,false,,"tab\there\nline",0.0\r\n'
    )


def test_tsv_exact() -> None:
    assert render_text(SAMPLE, Format.tsv) == (
        "code\tok\ttypes\ttext\tshare_pct\n"
        'FI\ttrue\ta;b\tsay "hi", then | go\t31.6\n'
        "SE\tfalse\t\ttab\\there\\nline\t0.0\n"
    )


def test_json_exact() -> None:
    text = render_text(SAMPLE, Format.json)
    assert json.loads(text) == [
        {"code": "FI", "ok": True, "types": ["a", "b"], "text": 'say "hi", then | go',
         "share_pct": 31.6},
        {"code": "SE", "ok": False, "types": [], "text": "tab\there\nline", "share_pct": 0.0},
    ]  # fmt: skip
    assert text.startswith('[\n  {\n    "code": "FI",\n')


def test_jsonl_exact() -> None:
    assert render_text(SAMPLE, Format.jsonl) == (
        '{"code": "FI", "ok": true, "types": ["a", "b"], "text": "say \\"hi\\", then | go", '
        '"share_pct": 31.6}\n'
        '{"code": "SE", "ok": false, "types": [], "text": "tab\\there\\nline", "share_pct": 0.0}\n'
    )


def test_json_escapes_every_control_character() -> None:
    hostile = Result("t", (Column("x", "X"),), (("\x1b[31m\x07\x9b\x7f",),))
    line = render_text(hostile, Format.jsonl)
    assert line == '{"x": "\\u001b[31m\\u0007\\u009b\\u007f"}\n'
    assert json.loads(line) == {"x": "\x1b[31m\x07\x9b\x7f"}


def test_markdown_exact() -> None:
    assert render_text(SAMPLE, Format.markdown) == (
        "**Sample**\n\n"
        "| Code | OK | Types | Text | % |\n"
        "|---|---|---|---|---|\n"
        '| FI | yes | a; b | say "hi", then \\| go | 31.6 |\n'
        "| SE | no |  | tab\there<br>line | 0.0 |\n\n"
        "_Source: test_\n"
    )


def test_empty_result_is_header_only() -> None:
    empty = Result("t", SAMPLE.columns, ())
    assert render_text(empty, Format.csv) == "code,ok,types,text,share_pct\n"
    assert render_text(empty, Format.json) == "[]\n"
    assert render_text(empty, Format.jsonl) == ""


def test_table_snapshot_at_pinned_width() -> None:
    out = io.StringIO()
    write(SAMPLE, out, width=60)
    assert out.getvalue() == (
        "Sample\n"
        "┏━━━━━━┳━━━━━┳━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━┓\n"
        "┃ Code ┃ OK  ┃ Types ┃ Text                ┃    % ┃\n"
        "┡━━━━━━╇━━━━━╇━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━┩\n"
        '│ FI   │ yes │ a, b  │ say "hi", then | go │ 31.6 │\n'
        "│ SE   │ no  │       │ tab\\x09here\\x0aline │  0.0 │\n"
        "└──────┴─────┴───────┴─────────────────────┴──────┘\n"
        "Source: test\n"
    )


def test_table_prints_markup_literally_and_controls_visibly() -> None:
    hostile = Result("[bold]t[/]", (Column("x", "X"),),
                     (("[bold]b[/] [link=http://e]l[/link] \x1b[31mred\x07",),))  # fmt: skip
    out = io.StringIO()
    write(hostile, out, width=80)
    text = out.getvalue()
    assert "[bold]b[/] [link=http://e]l[/link] \\x1b[31mred\\x07" in text
    assert "[bold]t[/]" in text
    assert "\x1b" not in text and "\x07" not in text


def test_json_text_is_what_the_json_module_writes() -> None:
    rows = (
        ("FI", True, ("a", 'q"b\\'), "\x00\x1f\n\t\b\f\r é ✓ \u2028", 31.6, 3, None),
        ("SE", False, (), "", 0.0, -1, None),
    )
    columns = tuple(Column(name, name) for name in ("c", "ok", "list", "text", "f", "i", "n"))
    sample = Result("t", columns, rows)
    objects = [
        {c.name: list(v) if isinstance(v, tuple) else v for c, v in zip(columns, row, strict=True)}
        for row in rows
    ]
    assert (
        render_text(sample, Format.json) == json.dumps(objects, ensure_ascii=False, indent=2) + "\n"
    )
    assert render_text(sample, Format.jsonl) == "".join(
        json.dumps(obj, ensure_ascii=False) + "\n" for obj in objects
    )
    empty = Result("t", columns, ())
    assert (render_text(empty, Format.json), render_text(empty, Format.jsonl)) == ("[]\n", "")


def test_json_writes_a_float_that_is_not_finite_as_null() -> None:
    sample = Result("t", (Column("f", "f"),), ((float("nan"),), (float("inf"),)))
    assert json.loads(render_text(sample, Format.json)) == [{"f": None}, {"f": None}]


@given(st.lists(st.text(st.characters(codec="utf-8")), min_size=1, max_size=4))
def test_any_text_is_written_as_json_would_and_reads_back(texts: list[str]) -> None:
    columns = tuple(Column(f"c{i}", "h") for i in range(len(texts)))
    sample = Result("t", columns, (tuple(texts),))
    line = render_text(sample, Format.jsonl).split("\n")[0]  # not splitlines(): U+2028
    assert json.loads(line) == {f"c{i}": text for i, text in enumerate(texts)}
    if not any("\x7f" <= char <= "\x9f" for text in texts for char in text):
        assert line == json.dumps(dict(json.loads(line)), ensure_ascii=False)


def _csv_module_text(names: list[str], rows: list[list[str]]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows(rows)
    return buffer.getvalue()


# Python 3.10's csv module refuses NUL ("need to escape"); adhocq writes it as it is, like 3.11's.
CSV_TEXT = st.text(st.characters(codec="utf-8", exclude_characters="\x00"))


@given(
    st.integers(1, 4).flatmap(
        lambda width: st.lists(
            st.lists(CSV_TEXT, min_size=width, max_size=width),
            max_size=5,
        ).map(lambda rows: (width, rows))
    )
)
def test_csv_text_is_what_the_csv_module_writes(shape: tuple[int, list[list[str]]]) -> None:
    width, rows = shape
    columns = tuple(Column(f"c{i}", "h") for i in range(width))
    sample = Result("t", columns, tuple(tuple(row) for row in rows))
    # With "\r\n", as the csv module quotes a CR only when the line end holds one; adhocq quotes
    # CR and LF whatever the line end (RFC 4180), and --crlf gives exactly the module's text.
    expected = _csv_module_text([c.name for c in columns], rows)
    assert render_csv(sample, line_end="\r\n") == expected


def test_csv_quotes_a_lone_empty_field_as_the_csv_module_does() -> None:
    sample = Result("t", (Column("only", "h"),), (("",), ("a,b",), ('"',)))
    expected = _csv_module_text(["only"], [[""], ["a,b"], ['"']])
    assert render_csv(sample, line_end="\r\n") == expected
    assert render_text(sample, Format.csv) == 'only\n""\n"a,b"\n""""\n'


def test_csv_writes_nul_as_it_is() -> None:
    sample = Result("t", (Column("a", "A"), Column("b", "B")), (("x\x00y", ""),))
    assert render_text(sample, Format.csv) == "a,b\nx\x00y,\n"


def test_fit_widths_gives_every_column_its_longest_word_or_nothing() -> None:
    assert fit_widths([3, 5], [10, 5], 7) is None
    assert fit_widths([3, 5], [10, 5], 8) == [3, 5]
    assert fit_widths([3, 5], [10, 5], 30) == [10, 5]
    assert fit_widths([2, 2, 2], [3, 20, 20], 20) == [3, 9, 8]


def _numbered_headers(result: Result, text: str) -> set[str]:
    """The ids a numbered header stands for, where the table has a legend."""
    return {c.header for c in result.columns if c.mark and f"={c.header}" in text}


def _words(text: str) -> set[str]:
    return {word.strip("│┃,") for word in text.split()}


@settings(max_examples=examples_for(100, costly=True))  # three tables drawn by Rich per example
@given(st.integers(min_value=30, max_value=200))
def test_an_id_is_never_split_at_any_width(width: int) -> None:
    from adhocq.reading.loading import bundled_path, load

    ds = load(bundled_path())
    ids = {t.id for t in ds.types}
    for result in (
        query.types(ds, "en"),
        query.countries(ds, "en"),
        analysis.matrix(ds, "en"),
    ):
        out = io.StringIO()
        write(result, out, width=width)
        text = out.getvalue()
        # Only a word wider than the terminal (a query id in the caption) stands past it, alone.
        wide = [line for line in text.splitlines() if len(line) > width]
        assert all(len(line.split()) == 1 for line in wide), (width, result.title, wide)
        named = {i for row in result.rows for cell in row for i in ids if i in str(cell)}
        named |= {c.header for c in result.columns if c.header in ids}
        assert named <= _words(text) | _numbered_headers(result, text), (
            width,
            named - _words(text),
        )


def test_a_terminal_too_narrow_for_the_grid_gets_one_field_per_line(dataset: Dataset) -> None:
    result = query.measures(dataset, "en", ("staffing",), None, ())
    wide, narrow = io.StringIO(), io.StringIO()
    write(result, wide, width=100)
    write(result, narrow, width=40)
    assert "┃ Code" in wide.getvalue() and "Code: AT" not in wide.getvalue()
    assert "Code: AT" in narrow.getvalue() and "┃" not in narrow.getvalue()


def test_title_and_caption_use_the_terminal_width_not_the_table_width() -> None:
    long = "word " * 30
    result = Result(long.strip(), (Column("a", "A"),), (("x",),), "source " * 15)
    out = io.StringIO()
    write(result, out, width=100)
    lines = out.getvalue().splitlines()
    assert len(lines[0]) > 90 and lines[0].startswith("word word")
    assert len(lines[-2]) > 90 or len(lines[-1]) > 90


def test_matrix_headers_are_type_ids_where_they_fit_numbers_with_a_legend_otherwise(
    dataset: Dataset,
) -> None:
    wide, middle, narrow = io.StringIO(), io.StringIO(), io.StringIO()
    write(analysis.matrix(dataset, "en", "preparedness"), wide, width=100)
    assert "┃ lessons-past-crises ┃" in wide.getvalue()
    write(analysis.matrix(dataset, "en"), middle, width=100)
    assert "┃ 1 ┃ 2 ┃" in middle.getvalue()
    assert "1=staffing  2=training" in middle.getvalue()
    write(analysis.matrix(dataset, "en"), narrow, width=50)
    text = narrow.getvalue()
    assert "● staffing, training, psychological-support" in text  # CZ's marks on one line
    assert "1: no" not in text and "staffing: no" not in text
    assert len(text.splitlines()) < 200


def test_markdown_shows_yes_no_marks_and_totals_as_people_read_them(dataset: Dataset) -> None:
    text = render_text(analysis.matrix(dataset, "en", "preparedness"), Format.markdown)
    assert "| ES | Spain | yes | · | ● | 1 |" in text
    assert "| **Total** |  | **14** | **1** | **1** | **2** |" in text
    assert "true" not in text and "false" not in text
