"""The questions adhocq asks of a dataset, as plain functions returning the model's own records:
no display titles, no rounding, no parsing of what a user typed (ids are exact), no printing.
The command line turns these records into tables (`adhocq.cli.present`).

A measure is "named" for a country where the summary names that country for it; a country not
named may still take the measure (see the README, "Reading the data").
"""

from adhocq.ask.corpus import Appearance, appearances, involves, named_codes, queries
from adhocq.ask.questions import (
    by_category,
    by_type,
    matrix,
    measures,
    named_for,
    respondents,
    types_in,
)
from adhocq.ask.search import Hit, search

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
