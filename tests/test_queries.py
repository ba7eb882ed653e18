"""`adhocq queries` (cli/present/across_queries.py `queries`), in-process on two query files:
the source's address, the newest N, coverage as a token, and ids linked in an HTML export."""

from __future__ import annotations

from pathlib import Path

import pytest

from adhocq.cli.main import main

HEADER = (
    "id,published,requester_country,requester,title,title_printed,respondents,count_basis,coverage,"
    "findings_read,url,compiled"
)
MINIMAL = (
    "test-query,2024-01-11,FI,Test Service,Test query,en,2,answered,complete,,"
    "https://example.org/summary,"
)
SECOND = (
    "test-detention-review,2022-05-02,NL,Test Detention Office,Detention and its judicial review,"
    "nl;en,5,answered,excerpt,3,https://example.org/detention,"
)


def run(capfd: pytest.CaptureFixture[str], *args: str, said: str = "") -> str:
    code = main(list(args))
    out, err = capfd.readouterr()
    assert (code, err) == (0, said), err
    return out


def test_each_query_has_its_coverage_token_and_address(
    capfd: pytest.CaptureFixture[str], folder: Path
) -> None:
    out = run(capfd, "queries", "--data", str(folder), "-f", "csv")
    assert out == f"{HEADER}\n{MINIMAL}\n{SECOND}\n"


def test_coverage_chooses_the_queries_by_how_much_of_their_summary_is_held(
    capfd: pytest.CaptureFixture[str], folder: Path
) -> None:
    for kind, rows in (("complete", [MINIMAL]), ("EXCERPT", [SECOND]), ("listing", [])):
        out = run(capfd, "queries", "--coverage", kind, "--data", str(folder), "-f", "csv")
        assert out.splitlines() == [HEADER, *rows]
    code = main(["queries", "--coverage", "partial", "--data", str(folder)])
    assert code == 2 and "'partial' is not one of" in capfd.readouterr().err


def test_the_address_is_the_one_in_the_language_asked_for(
    capfd: pytest.CaptureFixture[str], folder: Path
) -> None:
    out = run(capfd, "queries", "--data", str(folder), "-l", "fr", "-f", "jsonl")
    assert '"coverage": "complete", "findings_read": null' in out.splitlines()[0]
    assert out.splitlines()[1].endswith(
        '"coverage": "excerpt", "findings_read": 3, "url": "https://example.org/detention", '
        '"compiled": null}'
    )  # no French page: the English one, as texts fall back to English
    dutch = run(capfd, "queries", "--data", str(folder), "-l", "nl", "-f", "csv")
    assert dutch.splitlines()[2].endswith(",https://example.org/nl/detention,")


def test_latest_keeps_the_newest(capfd: pytest.CaptureFixture[str], folder: Path) -> None:
    out = run(capfd, "queries", "--data", str(folder), "--latest", "1", "-f", "csv")
    assert out == f"{HEADER}\n{MINIMAL}\n"
    filtered = run(capfd, "queries", "--data", str(folder), "--latest", "1", "--until", "2023")
    assert filtered == f"{HEADER}\n{SECOND}\n"


def test_latest_takes_a_positive_number(capfd: pytest.CaptureFixture[str]) -> None:
    assert main(["queries", "--latest", "0"]) == 2
    assert "'--latest': 0 is not in the range x>=1" in capfd.readouterr().err


def test_an_html_export_links_each_query_to_its_source(
    capfd: pytest.CaptureFixture[str], folder: Path, tmp_path: Path
) -> None:
    target = tmp_path / "queries.html"
    said = f"adhocq: wrote {target}\n"
    run(capfd, "queries", "--data", str(folder), "-f", "csv", "--export", str(target), said=said)
    html = target.read_text(encoding="utf-8")
    assert '<tr><td class="word"><a href="https://example.org/summary">test-query</a></td>' in html
    assert (
        '<td><a href="https://example.org/summary">https://example.org/<wbr>summary</a></td>'
        in html
    )


def test_the_dataset_overview_is_values_not_sentences(
    capfd: pytest.CaptureFixture[str], folder: Path
) -> None:
    out = run(capfd, "info", "--data", str(folder), "-l", "fr", "-f", "csv")
    assert out.splitlines()[:9] == [
        "field,value",
        "queries,2",
        "first_published,2022-05-02",
        "last_published,2024-01-11",
        "undated,0",
        "requesters,FI;NL",
        "complete,1",
        "excerpts,1",
        "listings,0",
    ]


@pytest.mark.parametrize(
    "args",
    [("country", "fi"), ("compare", "fi", "nl", "--queries"), ("search", "staff"),
     ("search", "staff", "-q", "test-query")],
)  # fmt: skip
def test_every_html_list_of_queries_links_them(
    capfd: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    target = tmp_path / "out.html"
    said = f"adhocq: wrote {target}\n"
    run(capfd, *args, "--data", str(folder), "-f", "csv", "--export", str(target), said=said)
    html = target.read_text(encoding="utf-8")
    assert '<tr><td class="word"><a href="https://example.org/summary">test-query</a></td>' in html
