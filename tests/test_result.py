from __future__ import annotations

from adhocq.output.result import Column, Result, make_visible, spreadsheet_safe, text_cell


def test_make_visible_escapes_c0_del_and_c1_only() -> None:
    assert (
        make_visible("a\x1b[31mb\x07\r\n\t\x7f\x9bé€")
        == "a\\x1b[31mb\\x07\\x0d\\x0a\\x09\\x7f\\x9bé€"
    )
    assert make_visible("[bold]plain[/]") == "[bold]plain[/]"


def test_spreadsheet_safe_prefixes_formula_starts() -> None:
    for risky in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"):
        assert spreadsheet_safe(risky) == "'" + risky
    assert spreadsheet_safe("a=1") == "a=1"


def test_text_cell() -> None:
    assert [text_cell(v) for v in (True, False, None, ("a", "b"), 3, 2.5, "x")] == [
        "true", "false", "", "a;b", "3", "2.5", "x",
    ]  # fmt: skip


def test_map_text_reaches_lists_title_and_caption() -> None:
    result = Result("t", (Column("a", "A"),), (("x", ("y",), 1, True),), "c")
    upper = result.map_text(str.upper)
    assert (upper.title, upper.caption, upper.rows) == ("T", "C", (("X", ("Y",), 1, True),))


def test_fold_spans_cover_accents_and_case() -> None:
    from adhocq.fold import fold, spans

    assert fold("Réaffectation ÉTÉ") == "reaffectation ete"
    assert spans("Réaffectation, RÉAFFECT", "reaffect") == [(0, 8), (15, 23)]
    assert spans("cafe\u0301 noir", "cafe") == [(0, 5)]
    assert spans("abc", "") == []


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def test_make_visible_shows_bidirectional_controls() -> None:
    """'Trojan Source': these reorder what a terminal shows; each is shown as an escape."""
    assert make_visible("a\u202eb" + BIDI) == "a\\u202eb" + "".join(
        f"\\u{ord(char):04x}" for char in BIDI
    )
    assert make_visible("\u202e\x1b") == "\\u202e\\x1b"


def test_make_visible_keeps_other_text_and_is_cheap_when_all_printable() -> None:
    french = "Tchéquie\u00a0: 12\u202f% ‑ 😀 \u200d"  # no-break spaces, emoji, joiner: kept
    assert make_visible(french) == french
    printable = "Offers psychological support to customer-service staff."
    assert make_visible(printable) is printable


def test_make_visible_shows_bytes_that_were_not_utf8() -> None:
    """Python decodes an argument byte that is not UTF-8 as a lone surrogate (0xff: U+DCFF),
    which no encoding can write: shown as the byte, `\\xff`; another surrogate as `\\ud800`."""
    import os

    assert make_visible(os.fsdecode(b"caf\xe9-\xff.toml")) == "caf\\xe9-\\xff.toml"
    assert make_visible("a\ud800b") == "a\\ud800b"
