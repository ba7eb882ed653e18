from __future__ import annotations

from html import unescape
from pathlib import Path

import pytest

from adhocq.cli.main import main
from adhocq.cli.present import counts
from adhocq.cli.present.counts import CountBy
from adhocq.model import Dataset
from adhocq.output.chart import render
from adhocq.output.picture import Bar, Chart


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


def test_labels_are_never_cut_but_stand_above_their_bars_where_they_are_long() -> None:
    chart = Chart("T", (Bar("emn-ahq-2024-fi-forecasting-migration-trends", 4), Bar("b", 2)))
    assert render(chart, 60) == (
        "T\n\nemn-ahq-2024-fi-forecasting-migration-trends\n"
        f"  {'█' * 55} 4\nb\n  {'█' * 27}▌{' ' * 27} 2\n\n"
    )
    for width in (40, 80, 120, 200):
        lines = render(chart, width).splitlines()
        assert "emn-ahq-2024-fi-forecasting-migration-trends" in lines[2], width
        assert not any("~" in line for line in lines)


def test_an_html_export_shows_the_chart_as_the_terminal_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    target = tmp_path / "chart.html"
    assert main(["count", "--by", "type", "--chart", "--export", str(target)]) == 0
    shown = capfd.readouterr().out
    page = target.read_text(encoding="utf-8")
    drawn = unescape(page.split("<pre>", 1)[1].split("</pre>", 1)[0])
    assert drawn == shown and shown.count("\n") > 10
    assert "\\x0a" not in page
