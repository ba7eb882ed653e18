"""`adhocq serve`: in-process through main(argv) where no server is the point (Datasette missing,
where the export goes, a port in use), and once as a real process whose pages are read as
Datasette serves them (related queries in headless Chromium, as a person sees them), then
stopped with Ctrl-C (SIGINT)."""

from __future__ import annotations

import importlib.util
import json
import os
import signal
import socket
import sqlite3
import subprocess
import time
import urllib.request
from collections.abc import Sequence
from contextlib import closing
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote

import pytest
from conftest import DATA, SCRIPT
from conftest import main_text as run
from test_exports_e2e import _chromium

from adhocq.cli import serving as serve_command

CITIZENSHIP_TESTS = "emn-ahq-2024-fi-citizenship-tests"
CITIZENSHIP_TESTS_PAGE = (
    "https://emnbelgium.be/publication/ad-hoc-query-citizenship-tests-part-naturalisation-process"
)


def _without_datasette(monkeypatch: pytest.MonkeyPatch) -> None:
    found = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *args: None if name == "datasette" else found(name, *args),
    )


def test_without_datasette_one_line_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    _without_datasette(monkeypatch)
    done = run("serve")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == "adhocq: serve needs Datasette: pip install 'adhocq[web]'\n"
    french = run("--lang", "fr", "serve")
    assert french.stderr == "adhocq: serve a besoin de Datasette : pip install 'adhocq[web]'\n"


class _Served:
    """What `run_datasette` was given, and what the export folder held then."""

    def __init__(self) -> None:
        self.database: Path | None = None
        self.files: list[str] = []
        self.queries = 0
        self.canned: list[str] = []
        self.related_sql = ""
        self.paths: list[Path] = []

    def __call__(self, database: Path, host: str, port: int, paths: Sequence[Path]) -> None:
        self.database, self.paths = database, list(paths)
        self.files = sorted(os.listdir(database.parent))
        with sqlite3.connect(database) as connection:
            self.queries = connection.execute("SELECT count(*) FROM query").fetchone()[0]
        connection.close()
        metadata = json.loads(Path(f"{database}.metadata.json").read_text(encoding="utf-8"))
        self.canned = list(metadata["databases"]["adhocq"]["queries"])
        self.related_sql = metadata["databases"]["adhocq"]["queries"]["related_queries"]["sql"]


def test_the_export_lands_in_the_cache_folder(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served = _Served()
    monkeypatch.setattr(serve_command, "run_datasette", served)
    assert run("serve", "--port", "0").returncode == 0
    assert served.database is not None and served.database.name == "adhocq.db"
    folder = served.database.parent
    assert folder.parent == cache_home / "adhocq" and folder.name.startswith("serve-")
    assert folder.stat().st_mode & 0o777 == 0o700
    assert served.files == ["adhocq.db", "adhocq.db.metadata.json"]
    assert served.queries == 73
    assert served.canned == ["query_page", "country_page", "topic_timeline", "related_queries"]
    assert served.database.exists()  # kept, in the cache
    # Another dataset has a folder of its own (two at once never share one), read again.
    assert run("serve", "--data", str(DATA / "minimal.toml")).returncode == 0
    assert served.database.parent != folder and served.queries == 1


def test_without_a_cache_a_temporary_folder_is_removed_at_the_end(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served = _Served()
    monkeypatch.setattr(serve_command, "run_datasette", served)
    cache_home.mkdir(mode=0o777)
    cache_home.chmod(0o777)  # writable by others: not used (reading/cache.py)
    (cache_home / "adhocq").mkdir(mode=0o777)
    (cache_home / "adhocq").chmod(0o777)
    assert run("serve").returncode == 0
    assert served.database is not None and served.queries == 73
    assert cache_home not in served.database.parents
    assert not served.database.parent.exists()
    served.database = None
    assert run("serve", env={"ADHOCQ_NO_CACHE": "1"}).returncode == 0
    assert served.database is not None and not served.database.parent.exists()


def test_a_port_in_use_is_refused_before_the_export(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    served = _Served()
    monkeypatch.setattr(serve_command, "run_datasette", served)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = run("serve", "--port", str(port))
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == (
        f"adhocq: usage error: port {port} is in use: choose another with --port"
        " (0: any free one)\n"
    )
    assert served.database is None and not cache_home.exists()


class _Page(HTMLParser):
    """What a person sees of a Datasette page: its links, and its table's rows of cells."""

    def __init__(self, dom: str) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []  # (href, text)
        self.rows: list[list[str]] = []
        self._cell: list[str] | None = None
        self._link: str | None = None
        self.feed(dom)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag == "td":
            self._cell = []
        elif tag == "a":
            self._link = dict(attrs).get("href") or ""
            self.links.append((self._link, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "td" and self._cell is not None and self.rows:
            self.rows[-1].append(" ".join("".join(self._cell).split()))
            self._cell = None
        elif tag == "a":
            self._link = None

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)
        if self._link is not None:
            href, text = self.links[-1]
            self.links[-1] = (href, text + data)


def _served_html(address: str) -> str:
    with urllib.request.urlopen(address, timeout=30) as page:
        assert page.status == 200
        return str(page.read().decode("utf-8"))


def _serving() -> subprocess.Popen[str]:
    """The installed `adhocq serve` on any free port, without the caller's ADHOCQ_ settings;
    its first line on stdout is the address it serves at."""
    environment = {k: v for k, v in os.environ.items() if not k.startswith("ADHOCQ_")}
    return subprocess.Popen(
        [str(SCRIPT), "serve", "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment,
    )  # fmt: skip


def _port(address: str) -> int:
    return int(address.rsplit(":", 1)[1].rstrip("/\n"))


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid` (Linux's /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rpartition(")")[2].split()[1]) == pid:
                found.append(int(entry.name))
    return found


@pytest.mark.skipif(
    _chromium() is None and not os.environ.get("CI"),
    reason="no Chromium here (Debian: apt-get install chromium; .ci/run installs it)",
)
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the child in /proc")
def test_serve_in_a_real_browser_then_ctrl_c(tmp_path: Path) -> None:
    browser = _chromium()
    assert browser is not None, "CI must have Chromium: .ci/run installs Debian's chromium"
    server = _serving()
    try:
        address = server.stdout.readline() if server.stdout else ""
        assert address.startswith("http://127.0.0.1:"), server.communicate(timeout=10)
        assert address.endswith("/\n") and address.count("\n") == 1
        port = _port(address)
        children = _children(server.pid)
        assert len(children) == 1  # Datasette
        base = address.strip() + "adhocq"
        pages = [
            base,
            f"{base}/query_page?query_id={CITIZENSHIP_TESTS}",
            f"{base}/country_page?code=cz",
            f"{base}/related_queries?text={quote('citizenship')}",
        ]
        # Related queries (the plugin's SQL function at work) in a browser, as a person sees
        # them; the other pages, plain server-rendered tables, as Datasette serves them (a
        # browser takes a second of two cores to start).
        flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"]
        shown = subprocess.run(
            [browser, *flags, f"--user-data-dir={tmp_path / 'browser'}", "--dump-dom", pages[3]],
            capture_output=True, text=True, timeout=120,
        )  # fmt: skip
        assert shown.returncode == 0, shown.stderr[-2000:]
        database, query, country = (_Page(_served_html(page)) for page in pages[:3])
        related = _Page(shown.stdout)
        # The database's page lists the canned queries by their titles.
        titles = {text.strip(): href for href, text in database.links}
        for name, title in [("query_page", "One query"),
                            ("country_page", "One country across the queries"),
                            ("topic_timeline", "A topic across the years"),
                            ("related_queries", "Related queries")]:  # fmt: skip
            assert titles.get(title) == f"/adhocq/{name}", title
        # A query's page: its title, and a link to the summary.
        fields = {row[0]: row[1] for row in query.rows if len(row) == 2}
        assert (
            fields["title"] == "Ad Hoc Query on citizenship tests as part of naturalisation process"
        )
        assert (CITIZENSHIP_TESTS_PAGE, CITIZENSHIP_TESTS_PAGE) in query.links
        # A country's page: the queries that say something of Czechia.
        assert len(country.rows) > 5 and all("Czechia" in row for row in country.rows if row)
        # Related queries: a citizenship query first, linked to its summary.
        # Related queries, ranked as `adhocq related` ranks them: a citizenship query first,
        # with the texts that matched, linked to its summary.
        first = next(row for row in related.rows if row)
        assert first[0] == "1" and "citizenship" in first[1] and "itizenship" in first[3], first
        assert "itizenship" in first[5]
        assert first[6] in {href for href, _ in related.links}
    finally:
        server.send_signal(signal.SIGINT)
        out, err = server.communicate(timeout=30)
    assert server.returncode == 130
    assert err == "adhocq: interrupted\n" and out == ""
    assert all(not Path(f"/proc/{pid}").exists() for pid in children)
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def _running(pid: int) -> bool:
    """Whether process `pid` still runs (not gone, nor a zombie waiting to be reaped)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rpartition(")")[2].split()[0] not in ("Z", "X")


@pytest.mark.skipif(
    importlib.util.find_spec("datasette") is None and not os.environ.get("CI"),
    reason="no Datasette here (pip install 'adhocq[web]'; the test extra has it)",
)
@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="finds the child in /proc")
def test_datasette_stops_when_adhocq_is_killed_outright() -> None:
    """A `kill -9` of adhocq alone, which can stop nothing: the plugin it loaded into Datasette
    sees its parent gone and stops Datasette, which frees the port."""
    server = _serving()
    try:
        address = server.stdout.readline() if server.stdout else ""
        assert address.startswith("http://127.0.0.1:"), server.communicate(timeout=10)
        port = _port(address)
        (child,) = _children(server.pid)
    finally:
        server.kill()
        server.communicate(timeout=30)
    deadline = time.monotonic() + 20
    while _running(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not _running(child)
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_related_queries_are_ranked_as_adhocq_related_ranks_them(
    cache_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The canned query of the served metadata calls the plugin's SQL function, which ranks
    the queries of the served paths with `adhocq.ask.related`: a French draft finds the
    English-only query first, as `adhocq related` does."""
    from adhocq.export.datasette_plugins import adhocq_related as plugin

    served = _Served()
    monkeypatch.setattr(serve_command, "run_datasette", served)
    assert run("serve", "--port", "0").returncode == 0
    assert served.database is not None and "adhocq_related(:text, 20)" in served.related_sql
    monkeypatch.setenv(plugin.PATHS, json.dumps([str(p) for p in served.paths]))
    with closing(sqlite3.connect(served.database)) as db:
        plugin.prepare_connection(db)
        found = db.execute(served.related_sql, {"text": "rétention sans contrôle du juge"})
        rows = found.fetchall()
        assert plugin.related("the of", 5) == "[]"  # no word to look for: no row, no error
    cli = run("related", "rétention sans contrôle du juge", "-n", "20", "-f", "csv").stdout
    assert [row[1] for row in rows] == [line.split(",")[1] for line in cli.splitlines()[1:]]
    assert rows[0][1] == "emn-ahq-2025-ee-detention-judicial-review"
    assert rows[0][-1].startswith("https://emnbelgium.be/publication/ad-hoc-query-detention")
