"""The questions adhocq asks of a dataset, as plain functions returning the model's own records:
no display titles, no rounding, no parsing of what a user typed (ids are exact), no printing.
The command line turns these records into tables (`adhocq.cli.present`).

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

    from adhocq.ask.corpus import Appearance, appearances, involves, named_codes, queries
    from adhocq.ask.texts import Hit, search

__all__ = [
    "Appearance",
    "Hit",
    "appearances",
    "involves",
    "named_codes",
    "queries",
    "by_category",
    "by_type",
    "matrix",
    "measures",
    "named_for",
    "respondents",
    "search",
    "types_in",
]

_ACROSS_QUERIES = ("Appearance", "appearances", "involves", "named_codes", "queries")
_TEXTS = ("Hit", "search")


def __getattr__(name: str) -> "Any":
    """The questions across queries and the search of texts, imported when first used (PEP 562):
    most commands need neither."""
    if name in _ACROSS_QUERIES:
        from adhocq.ask import corpus

        return getattr(corpus, name)
    if name in _TEXTS:
        from adhocq.ask import texts

        return getattr(texts, name)
    raise AttributeError(f"module 'adhocq.ask' has no attribute {name!r}")
