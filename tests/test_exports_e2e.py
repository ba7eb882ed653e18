"""--export and export --sqlite, in-process through main(argv): files that are complete or absent,
never overwritten by surprise, and pictures and documents that open with no request leaving the
machine. The HTML document is checked as a person sees it, in headless Chromium."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import main_text as run

RESPONDENTS = "AT BE BG CY CZ ES FI FR HR HU IT LT LU LV NL PL SE SI SK".split()
SOURCES = {
    "https://emnbelgium.be/fr/publication/question-ad-hoc-sur-lorganisation-du-service-client-des-autorites-chargees-de",
    "https://emnbelgium.be/publication/ad-hoc-query-organisation-immigration-authorities-customer-service-possible-crisis-or",
    "https://emnbelgium.be/nl/publication/ad-hoc-vraag-over-de-organisatie-van-de-klantenservice-van-de-immigratiediensten-een",
}  # fmt: skip
XML_NAMESPACES = {"http://www.w3.org/2000/svg", "http://www.w3.org/1999/xlink"}
ADDRESS = re.compile(r"https?://[^\s\"'<>)]+")


@pytest.mark.parametrize(
    "args",
    [
        ("types", "-f", "csv"),
        ("matrix", "-f", "csv"),
        ("count", "--by", "type", "--chart"),
        ("map", "--by", "staffing", "-f", "table"),
    ],
)
@pytest.mark.parametrize("suffix", [".svg", ".html"])
def test_exports_are_self_contained(tmp_path: Path, args: tuple[str, ...], suffix: str) -> None:
    target = tmp_path / f"picture{suffix}"
    done = run(*args, "--export", str(target))
    assert done.returncode == 0, done.stderr
    assert done.stderr == f"adhocq: wrote {target}\n"
    addresses = set(ADDRESS.findall(target.read_text(encoding="utf-8")))
    assert addresses <= SOURCES | XML_NAMESPACES, addresses - SOURCES - XML_NAMESPACES


def test_an_existing_file_is_kept_unless_force(tmp_path: Path) -> None:
    target = tmp_path / "keep.svg"
    target.write_text("precious\n", encoding="utf-8")
    refused = run("types", "-f", "csv", "--export", str(target))
    assert (refused.returncode, refused.stdout) == (2, "")
    assert refused.stderr == f"adhocq: usage error: {target} exists; use --force to replace it\n"
    assert target.read_text(encoding="utf-8") == "precious\n"
    forced = run("types", "-f", "csv", "--export", str(target), "--force")
    assert forced.returncode == 0 and target.read_text(encoding="utf-8").startswith("<svg")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.svg"]


def test_dash_is_not_a_file_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    picture = run("types", "--export", "-")
    database = run("export", "--sqlite", "-")
    for done, what in ((picture, "--export"), (database, "export --sqlite")):
        assert done.returncode == 2 and done.stdout == ""
        assert done.stderr == (
            f"adhocq: usage error: {what} writes a file, not standard output: "
            "give a file name, not '-'\n"
        )
    assert list(tmp_path.iterdir()) == []


def test_the_dataset_being_read_is_never_exported_onto(tmp_path: Path) -> None:
    from adhocq.reading.loading import bundled_path

    data = tmp_path / "query.toml"
    shutil.copyfile(bundled_path(), data)
    before = data.read_bytes()
    done = run("export", "--sqlite", str(data), "--force", "--data", str(data))
    assert done.returncode == 2
    assert "is the dataset being read; export --sqlite will not overwrite it" in done.stderr
    assert data.read_bytes() == before


class _Document(HTMLParser):
    """What a browser builds from the file, as far as the test needs it."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.charset = ""
        self.title = ""
        self.links: list[str] = []
        self.rows: list[list[str]] = []
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self._open.append(tag)
        values = dict(attrs)
        if tag == "meta" and values.get("charset"):
            self.charset = values["charset"] or ""
        if tag == "a":
            self.links.append(values.get("href") or "")
        if tag == "tr":
            self.rows.append([])

    def handle_endtag(self, tag: str) -> None:
        if tag in self._open:
            del self._open[len(self._open) - 1 - self._open[::-1].index(tag) :]

    def handle_data(self, data: str) -> None:
        if self._open and self._open[-1] == "title":
            self.title += data
        if self._open and self._open[-1] in ("td", "th") and self.rows:
            self.rows[-1].append(data)


def test_html_export_is_a_real_document(tmp_path: Path) -> None:
    target = tmp_path / "countries.html"
    assert (
        run("countries", "--offers-service", "-f", "csv", "--export", str(target)).returncode == 0
    )
    text = target.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>")
    page = _Document()
    page.feed(text)
    assert page.charset == "utf-8"
    assert page.title == "Respondents offering a customer service (14 of 19)"
    for tag in ("table", "caption", "thead", "tbody"):
        assert tag in page.tags
    assert "pre" not in page.tags and "━" not in text  # a table, not a drawing of one
    assert page.rows[0] == ["Code", "Country", "Customer service", "Measure types named"]
    assert [row[0] for row in page.rows[1:]] == [
        c for c in RESPONDENTS if c not in "CY HR LU SI SK"
    ]
    english = "https://emnbelgium.be/publication/ad-hoc-query-organisation-immigration-authorities-customer-service-possible-crisis-or"
    assert page.links == [english]


def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


@pytest.mark.skipif(
    _chromium() is None and not os.environ.get("CI"),
    reason="no Chromium here (Debian: apt-get install chromium; .ci/run installs it)",
)
def test_html_export_in_a_real_browser(tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None, "CI must have Chromium: .ci/run installs Debian's chromium"
    target = tmp_path / "matrix.html"
    assert run("matrix", "-f", "csv", "--export", str(target)).returncode == 0
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
    picture = tmp_path / "matrix.png"
    # One start of the browser (a second of its own) for both: the page as built, and a picture.
    dom = subprocess.run(
        [browser, *flags, "--window-size=1200,900", f"--screenshot={picture}", "--dump-dom",
         target.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert dom.returncode == 0, dom.stderr[-2000:]
    page = _Document()
    page.feed(dom.stdout)
    body = [row for row in page.rows[1:] if row and row[0] in RESPONDENTS]
    assert [row[0] for row in body] == RESPONDENTS  # every country, one row each
    assert page.rows[-1][0] == "Total"
    assert picture.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and picture.stat().st_size > 10_000


# Marks, in the page as the browser laid it out, each cell of one hyphenated word that it shows
# on more than one line, and each piece of a web address (which may break after a slash) that
# it shows so.
_BROKEN_CELLS = """<script>
addEventListener("load", () => {
  const broken = [];
  for (const cell of document.querySelectorAll("td")) {
    const range = document.createRange();
    range.selectNodeContents(cell);
    const tops = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
    const text = cell.textContent;
    const address = /^https?:/.test(text);  // breaks after a slash only: see its pieces below
    if (/^[^\\s]+-[^\\s]+$/.test(text) && !address && tops.size > 1) broken.push(text);
  }
  for (const piece of document.querySelectorAll("td a span.word")) {
    const range = document.createRange();
    range.selectNodeContents(piece);
    const tops = new Set([...range.getClientRects()].map((box) => Math.round(box.top)));
    if (tops.size > 1) broken.push(piece.textContent);
  }
  document.body.dataset.broken = broken.join(" ");
});
</script>"""


@pytest.mark.skipif(
    _chromium() is None and not os.environ.get("CI"),
    reason="no Chromium here (Debian: apt-get install chromium; .ci/run installs it)",
)
def test_a_narrow_browser_window_never_breaks_an_id_or_a_date(tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None, "CI must have Chromium: .ci/run installs Debian's chromium"
    target = tmp_path / "queries.html"
    assert run("queries", "-f", "csv", "--export", str(target)).returncode == 0
    probed = tmp_path / "probed.html"
    page = target.read_text(encoding="utf-8")
    probed.write_text(page.replace("</body>", _BROKEN_CELLS + "</body>"), encoding="utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
    dom = subprocess.run(
        [browser, *flags, "--window-size=600,800", "--dump-dom", probed.as_uri()],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert dom.returncode == 0, dom.stderr[-2000:]
    assert 'data-broken=""' in dom.stdout
