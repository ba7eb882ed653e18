"""adhocq: the answers to EMN ad hoc queries, for Python and on the command line.

    import adhocq
    ds = adhocq.load()                        # the bundled query, or adhocq.load("my.toml")
    adhocq.ask.respondents(ds, has=["staffing"])

`load` reads a dataset into typed, frozen records (`adhocq.model`); the functions of
`adhocq.ask` question it and return those records. `open_corpus` opens every query at once for
the questions across queries (`adhocq.ask.queries`, `appearances`, `search_all`), which return
the records of `adhocq.across`. Nothing here prints, exits the process or
writes a file.
"""

# Nothing is imported at run time here, not even typing: the console script imports this
# package before it can catch Ctrl-C (see cli.run), so what it imports must be done at once.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from os import PathLike
    from typing import Any

    from adhocq import ask
    from adhocq.across import Hit, Listing, Sighting
    from adhocq.errors import AdhocqError, DataError
    from adhocq.model import (
        Answer,
        Category,
        Country,
        Coverage,
        Dataset,
        Finding,
        FindingKind,
        Measure,
        MeasureType,
        Mention,
        Notice,
        Query,
        Question,
        Response,
        Text,
        Translation,
    )
    from adhocq.reading.index import CorpusIndex

__version__ = "0.1.0"
__all__ = [
    "AdhocqError",
    "Answer",
    "Category",
    "Country",
    "Coverage",
    "DataError",
    "Dataset",
    "Finding",
    "FindingKind",
    "Hit",
    "Listing",
    "Measure",
    "MeasureType",
    "Mention",
    "Notice",
    "Query",
    "Question",
    "Response",
    "Sighting",
    "Text",
    "Translation",
    "__version__",
    "ask",
    "load",
    "open_corpus",
]


_MODEL = (
    "Answer",
    "Category",
    "Country",
    "Coverage",
    "Dataset",
    "Finding",
    "FindingKind",
    "Measure",
    "MeasureType",
    "Mention",
    "Notice",
    "Query",
    "Question",
    "Response",
    "Text",
    "Translation",
)
_ERRORS = ("AdhocqError", "DataError")
_ACROSS = ("Hit", "Listing", "Sighting")


def __getattr__(name: str) -> "Any":
    """The public names, imported when first used (PEP 562) rather than with the package: the
    console script imports this package before it can catch Ctrl-C, and `adhocq --version`
    needs none of them."""
    import importlib

    if name == "ask":
        return importlib.import_module("adhocq.ask")
    if name in _MODEL:
        return getattr(importlib.import_module("adhocq.model"), name)
    if name in _ACROSS:
        return getattr(importlib.import_module("adhocq.across"), name)
    if name in _ERRORS:
        return getattr(importlib.import_module("adhocq.errors"), name)
    raise AttributeError(f"module 'adhocq' has no attribute {name!r}")


def load(path: "str | PathLike[str] | None" = None) -> "Dataset":
    """The dataset in the TOML file at `path`, or the bundled one. Raises DataError, with every
    problem located, for a file that cannot be used. Reads adhocq's cache, never writes it."""
    from pathlib import Path

    from adhocq.reading.loading import bundled_path
    from adhocq.reading.loading import load as load_file

    return load_file(Path(path) if path is not None else bundled_path())


def open_corpus(paths: "Sequence[str | PathLike[str]] | None" = None) -> "CorpusIndex":
    """Every query of `paths` (query files, or folders of them), or the bundled ones, checked
    as `load` checks one, for the questions of `adhocq.ask` across queries. Raises DataError
    (`adhocq.errors.DataErrors` for several files). Reads adhocq's cache, never writes it."""
    from adhocq.reading.index import CorpusIndex
    from adhocq.reading.query_files import bundled_folder

    return CorpusIndex(paths if paths is not None else [bundled_folder()])
