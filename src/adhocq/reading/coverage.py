"""What a record may claim for how much of its source was read (`Query.coverage`): a listing
record nothing of the summary, a header record no answer. A file that claims more is refused,
so no command can show what was not read."""

from __future__ import annotations

from typing import Any

from adhocq import model as m
from adhocq.reading.schema import Checker

LISTING_HOLDS_NONE = ("questions", "responses", "findings")
HEADER_HOLDS_NONE = ("questions", "findings", "types", "categories", "finding_kinds")
RESPONSE_HOLDS_NONE = ("answers", "measures")
HEADER_ONLY = ("compiled", "list_printed", "asked_of")
"""What only a compilation's header prints."""


def claims_no_more(raw: dict[str, Any], query: m.Query, c: Checker) -> None:
    table = raw.get("query")
    table = table if isinstance(table, dict) else {}
    if query.coverage is m.Coverage.listing:
        _listing_only(raw, table, c)
    elif query.coverage is m.Coverage.header:
        _header_only(raw, table, c)
    if query.coverage is not m.Coverage.header:
        for key in HEADER_ONLY:
            if key in table:
                header = 'only a compilation\'s header (coverage = "header") has it'
                c.problem(f"query.{key}", header)


def _listing_only(raw: dict[str, Any], table: dict[str, Any], c: Checker) -> None:
    """A record of what a listing says claims nothing of the summary it did not read: no
    questions, answers, findings or bullets to cite (a count of respondents, or a country
    named among them, is what a listing may say)."""
    for key in LISTING_HOLDS_NONE:
        if raw.get(key):
            c.problem(
                f"{key}[0]",
                'a listing record (coverage = "listing") has none: only the listing was read',
            )
    if table.get("bullets"):
        c.problem("query.bullets", "a listing record cites no bullet: only the listing was read")


def _header_only(raw: dict[str, Any], table: dict[str, Any], c: Checker) -> None:
    """A record of a compilation's header says who answered (or who was asked), never what:
    no questions, findings or measures, and no response with answers."""
    read = 'a header record (coverage = "header") has none: only the header was read'
    for key in HEADER_HOLDS_NONE:
        if raw.get(key):
            c.problem(f"{key}[0]", read)
    responses = raw.get("responses")
    for index, response in enumerate(responses if isinstance(responses, list) else []):
        for key in RESPONSE_HOLDS_NONE:
            if isinstance(response, dict) and response.get(key):
                c.problem(f"responses[{index}].{key}", read)
    if "asked_of" in table and "responses" in raw:
        c.problem(
            "query.asked_of",
            "a header lists either those asked or those who answered: not both",
        )
    elif "asked_of" not in table and "responses" not in raw:
        c.problem("query", "a header record lists its [[responses]] or those asked (asked_of)")
    if "asked_of" in table and "respondent_count" in table:
        c.problem(
            "query.respondent_count",
            "a header of those asked does not count who answered: keep its total in list_printed",
        )
