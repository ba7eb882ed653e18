"""The questions adhocq asks of a dataset, as plain functions returning the model's own records:
no display titles, no rounding, no parsing of what a user typed (ids are exact), no printing.
The command line turns these records into tables (`adhocq.cli.present`).

The questions across queries (`queries`, `appearances`, `search_all`, ...) take the corpus that
`adhocq.open_corpus` opens, and return the records of `adhocq.across`.

A measure is "named" for a country where the summary names that country for it; a country not
named may still take the measure (see the README, "Reading the data").
"""

from adhocq.ask.questions import (
    by_category,
    by_type,
    matrix,
    measures,
    named_for,
    respondents,
    types_in,
)

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from adhocq.across import Heading, Hit, Listing, Match, Sighting
    from adhocq.ask.across_queries import (
        appearances,
        countries,
        default_id,
        headings,
        languages,
        listings,
        named_in,
        queries,
        search_all,
        size,
        timeline,
    )
    from adhocq.ask.ranking import related
    from adhocq.ask.texts import search

__all__ = [
    "Heading",
    "Hit",
    "Listing",
    "Match",
    "Sighting",
    "appearances",
    "countries",
    "default_id",
    "headings",
    "languages",
    "listings",
    "named_in",
    "queries",
    "related",
    "search_all",
    "size",
    "timeline",
    "by_category",
    "by_type",
    "matrix",
    "measures",
    "named_for",
    "respondents",
    "search",
    "types_in",
]

_ACROSS_QUERIES = (
    "appearances",
    "countries",
    "default_id",
    "headings",
    "languages",
    "listings",
    "named_in",
    "queries",
    "search_all",
    "size",
    "timeline",
)
_RECORDS = ("Heading", "Hit", "Listing", "Match", "Sighting")


def __getattr__(name: str) -> "Any":
    """The questions across queries, their records and the search of texts, imported when first
    used (PEP 562): most commands need none of them."""
    if name in _ACROSS_QUERIES:
        from adhocq.ask import across_queries

        return getattr(across_queries, name)
    if name == "related":
        from adhocq.ask import ranking

        return ranking.related
    if name == "search":
        from adhocq.ask import texts

        return texts.search
    if name in _RECORDS:
        from adhocq import across

        return getattr(across, name)
    raise AttributeError(f"module 'adhocq.ask' has no attribute {name!r}")
