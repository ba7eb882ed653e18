"""The HTML document: a browser never breaks an id or a date at its hyphens."""

from __future__ import annotations

from adhocq.output.html import render
from adhocq.output.result import Column, Result

IDS = Result(
    "Queries",
    (Column("id", "Id"), Column("published", "Published"), Column("title", "Title"),
     Column("types", "Types"), Column("url", "Source"),
     Column("psychological-support", "psychological-support", mark=True)),
    (("emn-ahq-2024-fi-forecasting-migration-trends", "2024-03-26", "Pre-entry tests",
      ("staffing", "psychological-support"), "https://example.org/a-b", True),),
)  # fmt: skip


def test_ids_and_dates_are_never_broken_at_their_hyphens() -> None:
    page = render(IDS)
    assert ".word { white-space: nowrap; }" in page
    assert '<th scope="col" class="word">psychological-support</th>' in page
    assert (
        '<tr><td class="word">emn-ahq-2024-fi-forecasting-migration-trends</td>'
        '<td class="word">2024-03-26</td>'
        "<td>Pre-entry tests</td>"  # prose may break where a browser likes
        '<td>staffing; <span class="word">psychological-support</span></td>'
        "<td>https://example.org/a-b</td>"  # a web address too
        '<td class="mark">●</td></tr>'
    ) in page
