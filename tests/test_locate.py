from __future__ import annotations

import time

from adhocq.reading.locate import LineIndex

TEXT = """\
top = 1
[query]
title = { en = "x", fr = "y" }

[[responses]]
country = "AT"

[[responses.measures]]
type = "staffing"

[[responses]]
country = "BE"

[[responses.measures]]
type = "a"

[[responses.measures]]
"type" = "b"
"""


def test_lines_of_keys_tables_and_inline_keys() -> None:
    index = LineIndex(TEXT)
    assert index.find("top") == 1
    assert index.find("query.title.fr") == 3
    assert index.find("responses[0].measures[0].type") == 9
    assert index.find("responses[1].country") == 12
    assert index.find("responses[1].measures[1].type") == 18


def test_unknown_paths_fall_back_to_the_nearest_known_parent() -> None:
    index = LineIndex(TEXT)
    assert index.find("responses[1].measures[0].missing") == 14
    assert index.find("nothing.here") is None


def test_long_lines_are_read_in_linear_time() -> None:
    # Lines of a multi-line string that look like the start of a header or a key: the old
    # patterns took time cubic (header) or quadratic (key) in the length of the line.
    spaces = " " * 200_000
    text = f'top = 1\nlong = """\n[{spaces}a\na{spaces}a\n"a" {spaces}\n"""\n[query]\nx\t = 2\n'
    started = time.monotonic()
    index = LineIndex(text)
    assert time.monotonic() - started < 2
    assert (index.find("long"), index.find("query.x")) == (2, 8)
    assert LineIndex('[ a . "b" ]\n "q=r" \t= 1\n').find("a.b.q=r") == 2
