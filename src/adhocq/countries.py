"""Country codes as EMN writes them, and as people type them: the one place that knows them.

EMN and the EU write two-letter ISO codes, except Greece, which is `EL`; some pages write `GR`,
which the command line accepts as an alias of `EL` and a dataset file must not use.
"""

import re

CODE = re.compile(r"[A-Z]{2}")
"""A code as a dataset writes it: two ASCII capitals, matched whole (`CODE.fullmatch`)."""

ALIASES = {"GR": "EL"}
"""Codes people type -> the EMN code they mean."""


def normalise_code(code: str) -> str:
    """A country code as typed -> as the dataset writes it ("gr " -> "EL"). Only ASCII is
    upper-cased: str.upper() maps look-alikes onto real codes ("ﬁ" -> "FI", "ſk" -> "SK"),
    so anything else is left as it is, to be an unknown code."""
    stripped = code.strip(" \t\r\n")
    if not stripped.isascii():
        return stripped
    upper = stripped.upper()
    return ALIASES.get(upper, upper)
