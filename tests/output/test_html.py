"""The HTML document (src/adhocq/output/html.py): links to the sources of what cells name."""

from adhocq.output import html
from adhocq.output.result import Column, Result


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
        '<td><a href="https://example.org/a?x=1&amp;y=2">https://example.org/a?x=1&amp;y=2</a>'
        '</td><td class="number">1</td></tr>',
        '<tr><td>b</td><td>javascript:alert(1)</td><td class="number">2</td></tr>',
        '<tr><td>c</td><td></td><td class="number">3</td></tr>',
    ]


def test_a_column_that_does_not_link_keeps_its_text() -> None:
    columns = (Column("id", "Id"),)
    document = html.render(Result("T", columns, (("a",),), links={"a": "https://example.org"}))
    assert "<tr><td>a</td></tr>" in document
