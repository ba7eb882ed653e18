"""Horizontal bar charts in block characters for `count --chart`: plain text, no Rich."""

from __future__ import annotations

import textwrap

from adhocq.result import Result, make_visible

_EIGHTHS = " ▏▎▍▌▋▊▉"
_ASCII_FULL = "#"


def _bar(value: float, scale: float, width: int, unicode: bool) -> str:
    if scale <= 0 or width <= 0:
        return ""
    eighths = round(value / scale * width * 8)
    full, rest = divmod(eighths, 8)
    if not unicode:
        return _ASCII_FULL * (full + (1 if rest >= 4 else 0))
    return "█" * full + (_EIGHTHS[rest] if rest else "")


def _fit(label: str, width: int) -> str:
    return label if len(label) <= width else label[: max(width - 1, 0)] + "~"


def render(result: Result, width: int, unicode: bool = True) -> str:
    """Bars of the `count` column, longest first, labelled with count and share (if any)."""
    names = result.names
    label_at, count_at = 0, names.index("count")
    share_at = names.index("share_pct") if "share_pct" in names else None
    rows = sorted(result.rows, key=lambda row: -int(row[count_at] or 0))  # type: ignore[arg-type]
    labels = [make_visible(str(row[label_at])) for row in rows]
    count_width = max((len(str(row[count_at])) for row in rows), default=1)
    figures = []
    for row in rows:
        figure = f"{row[count_at]!s:>{count_width}}"
        if share_at is not None:
            figure += f" {row[share_at]:>5}%"
        figures.append(figure)
    width = max(width, 20)
    label_width = min(max((len(label) for label in labels), default=0), width * 2 // 5)
    figure_width = max((len(figure) for figure in figures), default=0)
    bar_width = max(width - label_width - figure_width - 3, 1)
    scale = max((float(row[count_at] or 0) for row in rows), default=0.0)  # type: ignore[arg-type]
    lines = [*textwrap.wrap(make_visible(result.title), width), ""]
    for label, figure, row in zip(labels, figures, rows, strict=True):
        bar = _bar(float(row[count_at] or 0), scale, bar_width, unicode)  # type: ignore[arg-type]
        lines.append(f"{_fit(label, label_width):<{label_width}} {bar:<{bar_width}} {figure}")
    lines.append("")
    for line in result.caption.split("\n"):
        lines += textwrap.wrap(make_visible(line), width)
    return "\n".join(line.rstrip() for line in lines) + "\n"
