"""Hostile files within the size cap: the loader's work stays bounded (issue 10)."""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path

import pytest
from conftest import DATA, SCRIPT

from adhocq.errors import DataError
from adhocq.load import parse


def _with_bad_references(count: int) -> str:
    """minimal.toml with `count` more categories and `count` measure types, each type naming a
    category that is not declared but close to one: the costliest case for suggestions."""
    minimal = (DATA / "minimal.toml").read_text(encoding="utf-8")
    extra = [
        f'[[categories]]\nid = "category-{i:05d}"\nlabel = {{ en = "C", fr = "C" }}\n\n'
        for i in range(count)
    ]
    extra += [
        f'[[types]]\nid = "type-{i:05d}"\ncategory = "categry-{i:05d}x"\n'
        'label = { en = "T", fr = "T" }\n\n'
        for i in range(count)
    ]
    return minimal.replace("[[countries]]", "".join(extra) + "[[countries]]", 1)


def test_thousands_of_bad_references_are_reported_in_seconds(tmp_path: Path) -> None:
    # Before the fix, each was matched with difflib against every declared id: 1,000 took 17 s,
    # 5,000 would take minutes.
    path = tmp_path / "refs.toml"
    path.write_text(_with_bad_references(5000), encoding="utf-8")
    started = time.monotonic()
    done = subprocess.run([str(SCRIPT), "validate", str(path)], capture_output=True, text=True,
                          timeout=30, env={**os.environ, "ADHOCQ_NO_CACHE": "1"})  # fmt: skip
    assert time.monotonic() - started < 15
    lines = done.stderr.splitlines()
    assert done.returncode == 1 and len(lines) == 5000
    assert lines[0] == (
        f"adhocq: {path}:20029: unknown category 'categry-00000x' "
        "(not one of the 5001 declared) @ types[1].category"
    )
    assert lines[-1] == (
        f"adhocq: {path}:45024: unknown category 'categry-04999x' @ types[5000].category"
    )


def test_suggestions_and_lists_are_given_for_the_first_problems_only() -> None:
    with pytest.raises(DataError) as caught:
        parse(_with_bad_references(100), "t.toml")
    messages = [p.message for p in caught.value.problems]
    assert len(messages) == 100
    assert all("did you mean" in message for message in messages[:20])
    assert all(message.endswith("x'") for message in messages[20:])


def test_many_bullets_and_findings_are_checked_in_linear_time() -> None:
    # Each finding's source was checked against a new set of every bullet id: 15,000 of each
    # took 8 s, 25,000 (a 4 MiB file) about 25 s.
    minimal = (DATA / "minimal.toml").read_text(encoding="utf-8")
    count = 25_000
    bullets = "".join(
        f'[[query.bullets]]\nid = "b{i}"\ntitle = {{ en = "B", fr = "B" }}\n\n'
        for i in range(count)
    )
    findings = "".join(
        f'\n[[findings]]\nkind = "challenge"\nid = "f{i}"\ntext = {{ en = "t", fr = "t" }}\n'
        f'source = "b{i}"\n'
        for i in range(count)
    )
    text = minimal.replace("[[categories]]", bullets + "[[categories]]", 1) + findings
    started = time.monotonic()
    dataset = parse(text, "t.toml")
    assert time.monotonic() - started < 10
    assert len(dataset.findings) == count + 1
