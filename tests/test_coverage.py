"""No record claims more than its coverage (reading/coverage.py): a header record holds no
answer, question, finding or measure; what only a header prints is refused in any other record;
and every bundled file keeps to what its coverage allows."""

from __future__ import annotations

from pathlib import Path

import pytest

import adhocq
from adhocq.errors import DataError
from adhocq.model import Coverage, RespondentsGiven
from adhocq.reading.loading import parse

SHAPES = Path(__file__).parent / "data" / "shapes"
DATA = Path(__file__).resolve().parents[1] / "data"


def problems(text: str) -> list[tuple[str, str]]:
    with pytest.raises(DataError) as raised:
        parse(text, "t.toml")
    return [(p.path, p.message) for p in raised.value.problems]


def test_a_header_record_claims_no_answer(minimal_text: str) -> None:
    text = minimal_text.replace('coverage = "complete"', 'coverage = "header"')
    said = problems(text)
    holds_none = 'a header record (coverage = "header") has none: only the header was read'
    assert ("questions[0]", holds_none) in said
    assert ("findings[0]", holds_none) in said
    assert ("types[0]", holds_none) in said
    assert ("responses[0].answers", holds_none) in said
    assert ("responses[0].measures", holds_none) in said


def test_what_only_a_header_prints_is_refused_elsewhere(minimal_text: str) -> None:
    text = minimal_text.replace(
        'coverage = "complete"', 'coverage = "complete"\ncompiled = 2012-01-01'
    )
    assert problems(text) == [
        ("query.compiled", 'only a compilation\'s header (coverage = "header") has it')
    ]


def test_a_header_lists_those_asked_or_those_who_answered() -> None:
    text = (SHAPES / "header.toml").read_text(encoding="utf-8")
    both = text.replace('coverage = "header"', 'coverage = "header"\nasked_of = ["CZ"]')
    assert (
        "query.asked_of",
        "a header lists either those asked or those who answered: not both",
    ) in problems(both)
    asked = (SHAPES / "header-asked.toml").read_text(encoding="utf-8")
    counted = asked.replace('coverage = "header"', 'coverage = "header"\nrespondent_count = 2')
    assert [path for path, _ in problems(counted)] == ["query.respondent_count"]


def test_a_header_may_be_asked_on_a_day_and_its_total_may_disagree() -> None:
    ds = adhocq.load(SHAPES / "header.toml")
    assert ds.count_disagrees and ds.respondents_given is RespondentsGiven.listed
    listed = (SHAPES / "listed.toml").read_text(encoding="utf-8")
    assert "respondent_count = 2" in listed  # elsewhere a count must match its list
    said = problems(listed.replace("respondent_count = 2", "respondent_count = 3"))
    assert said == [("query.respondent_count", "says 3 respondents but there are 2 [[responses]]")]


@pytest.mark.parametrize("path", sorted(DATA.glob("*.toml")), ids=lambda p: p.name)
def test_no_bundled_record_claims_more_than_its_coverage(path: Path) -> None:
    ds = adhocq.load(path)
    q = ds.query
    if q.coverage in (Coverage.listing, Coverage.header):
        assert ds.findings == () and ds.questions == () and ds.types == ()
        assert all(r.answers == () and r.measures == () for r in ds.responses)
    if q.coverage is Coverage.listing:
        assert ds.responses == () and q.bullets == ()
    if q.coverage is not Coverage.header:
        assert q.compiled is None and q.list_printed is None and q.asked_of == ()
    if q.coverage is Coverage.excerpt:
        assert q.findings_read is not None
    assert q.topics, "every bundled query is tagged with a topic"
    # "did not answer" only where a list makes it true
    if ds.respondents_given is not RespondentsGiven.listed:
        assert ds.non_respondents() is None
