"""Horizontal bar charts in block characters for `count --chart`: plain text, no Rich."""

from __future__ import annotations

import textwrap

from adhocq.output.picture import Chart
from adhocq.output.result import make_visible

_EIGHTHS = " ▏▎▍▌▋▊▉"
_ASCII_FULL = "#"
_INDENT = 2
"""Spaces before a bar drawn under its label."""


def _bar(value: float, scale: float, width: int, unicode: bool) -> str:
    if scale <= 0 or width <= 0:
        return ""
    eighths = round(value / scale * width * 8)
    full, rest = divmod(eighths, 8)
    if not unicode:
        return _ASCII_FULL * (full + (1 if rest >= 4 else 0))
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def _wrap(text: str, width: int) -> list[str]:
    """Broken at spaces only, as the table breaks its text: never inside an id or at a hyphen."""
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def render(chart: Chart, width: int, unicode: bool = True) -> str:
    """The bars in the order given, labelled with count and share (if any)."""
    bars = chart.bars
    labels = [make_visible(bar.label) for bar in bars]
    count_width = max((len(str(bar.count)) for bar in bars), default=1)
    figures = []
    for bar in bars:
        figure = f"{bar.count!s:>{count_width}}"
        if bar.share is not None:
            figure += f" {bar.share:>5}%"
        figures.append(figure)
    width = max(width, 20)
    label_width = max((len(label) for label in labels), default=0)
    figure_width = max((len(figure) for figure in figures), default=0)
    # A label is an id, never cut: where labels would take more than 2/5 of the line, each
    # stands on a line of its own above its bar.
    stacked = label_width > width * 2 // 5
    room = width - figure_width - (_INDENT + 2 if stacked else label_width + 3)
    bar_width = max(room, 1)
    scale = float(max((bar.count for bar in bars), default=0))
    lines = [*_wrap(make_visible(chart.title), width), ""]
    for label, figure, bar in zip(labels, figures, bars, strict=True):
        drawn = _bar(float(bar.count), scale, bar_width, unicode)
        if stacked:
            lines += [label, f"{'':<{_INDENT}}{drawn:<{bar_width}} {figure}"]
        else:
            lines.append(f"{label:<{label_width}} {drawn:<{bar_width}} {figure}")
    lines.append("")
    for line in chart.caption.split("\n"):
        lines += _wrap(make_visible(line), width)
    return "\n".join(line.rstrip() for line in lines) + "\n"
