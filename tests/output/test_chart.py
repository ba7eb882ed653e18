from __future__ import annotations

from adhocq import query
from adhocq.model import Dataset, Lang
from adhocq.output.chart import render
from adhocq.query import CountBy


def test_chart_by_category_at_40_columns(dataset: Dataset) -> None:
    text = render(query.count(dataset, Lang.en, CountBy.category), 40)
    assert text == (
        "Countries per category (of 19\n"
        "respondents)\n"
        "\n"
        "staff-support   █████████████ 10  52.6%\n"
        "strategic-goals █████████████ 10  52.6%\n"
        "preparedness    ██▋            2  10.5%\n"
        "\n"
        "Source: EMN ad hoc query by the Finnish\n"
        "Immigration Service (2023-12), summary\n"
        "published 2024-01-11\n"
    )
    assert max(len(line) for line in text.splitlines()) <= 40


def test_chart_ascii_and_per_country(dataset: Dataset) -> None:
    text = render(query.count(dataset, Lang.en, CountBy.country), 30, unicode=False)
    lines = text.splitlines()
    assert lines[2] == "CZ ######################## 4"
    assert lines[5] == "BG ############             2"
    assert lines[11] == "AT ######                   1"
    assert "FR                          0" in lines
    assert all(line.isascii() for line in lines)
