"""The HTML document (src/adhocq/output/html.py): a column that links to another's address."""

from adhocq.output import html
from adhocq.output.result import Column, Result


def test_a_cell_links_only_to_a_web_address() -> None:
    columns = (Column("id", "Id", link="url"), Column("url", "Source"))
    rows = (("a", "https://example.org/a?x=1&y=2"), ("b", "javascript:alert(1)"), ("c", None))
    body = [
        line for line in html.render(Result("T", columns, rows)).splitlines() if "<tr><td" in line
    ]
    assert body == [
        '<tr><td><a href="https://example.org/a?x=1&amp;y=2">a</a></td>'
        "<td>https://example.org/a?x=1&amp;y=2</td></tr>",
        "<tr><td>b</td><td>javascript:alert(1)</td></tr>",
        "<tr><td>c</td><td></td></tr>",
    ]
