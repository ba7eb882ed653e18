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

# `search` is imported here, not when first used: its module has the same name, and importing
# that module would otherwise leave the module, not the function, as `ask.search`.
from adhocq.ask.search import Hit, search

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from adhocq.ask.corpus import Appearance, appearances, involves, named_codes, queries

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


def __getattr__(name: str) -> "Any":
    """The questions across queries, imported when first used (PEP 562): a command about one
    query needs none of them."""
    if name in _ACROSS_QUERIES:
        from adhocq.ask import corpus

        return getattr(corpus, name)
    raise AttributeError(f"module 'adhocq.ask' has no attribute {name!r}")
