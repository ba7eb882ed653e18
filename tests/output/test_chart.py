from __future__ import annotations

from adhocq.cli.present import counts
from adhocq.cli.present.counts import CountBy
from adhocq.model import Dataset
from adhocq.output.chart import render


def test_chart_by_category_at_40_columns(dataset: Dataset) -> None:
    text = render(counts.chart(dataset, "en", CountBy.category), 40)
    assert text == (
        "Countries named per category (of 19\n"
        "respondents)\n"
        "\n"
        "staff-support   █████████████ 10  52.6%\n"
        "strategic-goals █████████████ 10  52.6%\n"
        "preparedness    ██▋            2  10.5%\n"
        "\n"
        "Source: EMN ad hoc query\n"
        "emn-ahq-2023-fi-customer-service-crisis;\n"
        "requested by: Finnish Immigration\n"
        "Service (2023-12); summary published\n"
        "2024-01-11\n"
        "Only what the summary names is shown; a\n"
        "country not named for a measure may\n"
        "still take it.\n"
    )
    assert max(len(line) for line in text.splitlines()) <= 40


def test_chart_ascii_and_per_country(dataset: Dataset) -> None:
    text = render(counts.chart(dataset, "en", CountBy.country), 30, unicode=False)
    lines = text.splitlines()
    bars = lines[lines.index("") + 1 :]
    assert bars[0] == "CZ ######################## 4"
    assert bars[3] == "BG ############             2"
    assert bars[9] == "AT ######                   1"
    assert "FR                          0" in lines
    assert all(line.isascii() for line in lines)
