"""The public API, `import adhocq`, as a researcher uses it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA

import adhocq

ROOT = Path(__file__).resolve().parents[1]


def test_load_the_bundled_or_a_given_dataset() -> None:
    ds = adhocq.load()
    assert isinstance(ds, adhocq.Dataset) and len(ds.responses) == 19
    minimal = adhocq.load(Path(__file__).parent / "data" / "minimal.toml")
    assert minimal.query.id != ds.query.id


def test_a_bad_file_raises_data_error_with_every_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('schema_version = 2\n[query]\nid = "X"\n', encoding="utf-8")
    with pytest.raises(adhocq.DataError) as caught:
        adhocq.load(bad)
    assert len(caught.value.problems) > 1


def test_a_first_format_file_gets_one_clear_problem(tmp_path: Path) -> None:
    old = tmp_path / "old.toml"
    old.write_text('schema_version = 1\n[query]\nid = "X"\n', encoding="utf-8")
    with pytest.raises(adhocq.DataError) as caught:
        adhocq.load(old)
    [problem] = caught.value.problems
    assert problem.line == 1 and "schema_version 1 is the first format" in problem.message


def test_the_library_writes_no_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    adhocq.load()
    adhocq.open_corpus()
    assert list(tmp_path.iterdir()) == []


def test_open_the_bundled_queries_or_given_ones(tmp_path: Path) -> None:
    bundled = adhocq.open_corpus()
    assert len(adhocq.ask.listings(bundled)) > 1
    one = tmp_path / "one.toml"
    one.write_bytes((DATA / "minimal.toml").read_bytes())
    (listing,) = adhocq.ask.queries(adhocq.open_corpus([str(tmp_path)]))
    assert isinstance(listing, adhocq.Listing) and listing.id == adhocq.load(one).query.id
    with pytest.raises(TypeError, match="list of paths"):
        adhocq.open_corpus(str(tmp_path))


def test_headings_are_the_listings_in_short() -> None:
    corpus = adhocq.open_corpus()
    headings = adhocq.ask.headings(corpus)  # read from the store, before any listing
    listings = adhocq.ask.listings(corpus)
    short = [(x.id, x.title, x.title_printed, x.sources) for x in listings]
    assert [(x.id, x.title, x.title_printed, x.sources) for x in headings] == short
    assert adhocq.ask.headings(corpus) == headings  # and from the listings, once read
    assert all(isinstance(x, adhocq.ask.Heading) for x in headings)


def test_every_public_name_is_there_and_typed() -> None:
    assert all(hasattr(adhocq, name) for name in adhocq.__all__)
    assert (Path(adhocq.__file__).parent / "py.typed").is_file()


def test_the_readme_example_prints_what_the_readme_shows() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    code = re.search(r"<!-- BEGIN python-api -->\n```python\n(.*?)```", readme, re.S)
    shown = re.search(r"<!-- BEGIN python-api-output -->\n```text\n(.*?)```", readme, re.S)
    assert code is not None and shown is not None
    done = subprocess.run([sys.executable, "-c", code.group(1)], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=True)  # fmt: skip
    assert done.stdout == shown.group(1)
    assert "CZ Tchéquie" in done.stdout


def test_the_documented_example_file_loads_as_written(tmp_path: Path) -> None:
    readme = (ROOT / "docs" / "design.md").read_text(encoding="utf-8")
    block = re.search(r"<!-- BEGIN example-query -->\n```toml\n(.*?)```", readme, re.S)
    assert block is not None
    path = tmp_path / "example.toml"
    path.write_text(block.group(1), encoding="utf-8")
    ds = adhocq.load(path)
    assert ds.languages == ("en", "nl") and ds.query.findings_read == 1
    be, nl = ds.responses
    assert be.answer("detention") is True and nl.answer("detention") is None
    assert nl.printed == "the Netherlands"
    assert [m.qualifier for m in ds.findings[0].mentions] == [None, "French Community"]
    assert adhocq.ask.respondents(ds, answers={"detention": True}) == (be,)
    command = ["measures", "--data", str(path), "-l", "nl", "-f", "table"]
    caption = subprocess.run(
        [sys.executable, "-m", "adhocq", *command],
        capture_output=True, text=True, timeout=60, env={**os.environ, "COLUMNS": "200"},
    ).stdout  # fmt: skip
    assert "A court reviews it. [en]" in caption
    assert "this file holds only the first finding of it" in caption
