"""The HTML document (src/adhocq/output/html.py): a browser never breaks an id or a date at
its hyphens, and a query id or a web address is a link to its page."""

from __future__ import annotations

from adhocq.output import html
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
        # a web address breaks after a slash only
        '<td><a href="https://example.org/a-b">https://example.org/<wbr>'
        '<span class="word">a-b</span></a></td>'
        '<td class="mark">●</td></tr>'
    ) in page


def test_a_linked_id_is_kept_whole_too() -> None:
    columns = (Column("id", "Id", link=True),)
    links = {"q-1": "https://example.org/q"}
    page = render(Result("T", columns, (("q-1",),), links=links))
    assert '<tr><td class="word"><a href="https://example.org/q">q-1</a></td></tr>' in page


def test_a_cell_links_to_a_web_address_only() -> None:
    columns = (Column("id", "Id", link=True), Column("url", "Source"), Column("n", "N"))
    rows = (
        ("a", "https://example.org/a?x=1&y=2", 1),
        ("b", "javascript:alert(1)", 2),
        ("c", None, 3),
    )
    links = {"a": "https://example.org/a?x=1&y=2", "b": "javascript:alert(1)"}
    document = html.render(Result("T", columns, rows, links=links))
    body = [line for line in document.splitlines() if line.startswith("<tr><td")]
    assert body == [
        '<tr><td><a href="https://example.org/a?x=1&amp;y=2">a</a></td>'
        '<td><a href="https://example.org/a?x=1&amp;y=2">https://example.org/<wbr>a?x=1&amp;y=2'
        '</a></td><td class="number">1</td></tr>',
        '<tr><td>b</td><td>javascript:alert(1)</td><td class="number">2</td></tr>',
        '<tr><td>c</td><td></td><td class="number">3</td></tr>',
    ]


def test_a_column_that_does_not_link_keeps_its_text() -> None:
    columns = (Column("id", "Id"),)
    document = html.render(Result("T", columns, (("a",),), links={"a": "https://example.org"}))
    assert "<tr><td>a</td></tr>" in document


def test_a_host_with_a_hyphen_is_kept_whole() -> None:
    page = render(Result("T", (Column("url", "Source"),), (("https://dev.x-y.com/a-b/c",),)))
    assert (
        '<td><a href="https://dev.x-y.com/a-b/c"><span class="word">https://dev.x-y.com</span>'
        '/<wbr><span class="word">a-b</span>/<wbr>c</a></td>'
    ) in page
