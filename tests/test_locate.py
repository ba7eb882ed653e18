from __future__ import annotations

from adhocq.locate import LineIndex

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
