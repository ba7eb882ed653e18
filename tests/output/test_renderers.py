from __future__ import annotations

import io
import json

from adhocq.output import TEXT_RENDERERS, Format, render_text
from adhocq.output.table import write
from adhocq.result import Column, Result

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
        '| FI | true | a; b | say "hi", then \\| go | 31.6 |\n'
        "| SE | false |  | tab\there<br>line | 0.0 |\n\n"
        "_Source: test_\n"
    )


def test_empty_result_is_header_only() -> None:
    empty = Result("t", SAMPLE.columns, ())
    assert render_text(empty, Format.csv) == "code,ok,types,text,share_pct\r\n"
    assert render_text(empty, Format.json) == "[]\n"
    assert render_text(empty, Format.jsonl) == ""


def test_table_snapshot_at_pinned_width() -> None:
    out = io.StringIO()
    write(SAMPLE, out, width=60)
    assert out.getvalue() == (
        "                      Sample                       \n"
        "┏━━━━━━┳━━━━━┳━━━━━━━┳━━━━━━━━━━━━━━━━━━━━━┳━━━━━━┓\n"
        "┃ Code ┃ OK  ┃ Types ┃ Text                ┃    % ┃\n"
        "┡━━━━━━╇━━━━━╇━━━━━━━╇━━━━━━━━━━━━━━━━━━━━━╇━━━━━━┩\n"
        '│ FI   │ yes │ a, b  │ say "hi", then | go │ 31.6 │\n'
        "│ SE   │ no  │       │ tab\\x09here\\x0aline │  0.0 │\n"
        "└──────┴─────┴───────┴─────────────────────┴──────┘\n"
        "                   Source: test                    \n"
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
