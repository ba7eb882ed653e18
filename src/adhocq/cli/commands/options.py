"""Options every data command shares, and the dataset they read."""

from typing import Annotated

import typer

from adhocq.cli import complete

# What a command reads lives in datasets.py (completion reads it too); commands import it from here.
from adhocq.cli.datasets import chosen as chosen
from adhocq.cli.datasets import corpus as corpus
from adhocq.cli.datasets import dataset as dataset
from adhocq.cli.datasets import overview as overview
from adhocq.cli.datasets import titles as titles
from adhocq.cli.emit import Output
from adhocq.output import Format


def language(raw: str | None) -> str | None:
    """A language code as typed ("FR ", "fr") -> as a dataset writes it ("fr")."""
    from adhocq.cli.language import typed

    return None if raw is None else typed(raw)


def language_or_locale(ctx: typer.Context, param: typer.CallbackParam, raw: str) -> str:
    """--lang, else ADHOCQ_LANG, else the locale's language where adhocq speaks it (see
    cli/language.py), else English: the language of the run's words and texts."""
    from adhocq.cli.framework import ParameterSource
    from adhocq.cli.language import from_locale, typed

    if param.name and ctx.get_parameter_source(param.name) is ParameterSource.DEFAULT:
        return from_locale()
    return typed(raw)


LangOption = Annotated[
    str,
    typer.Option(
        "--lang",
        "-l",
        metavar="LANG",
        envvar="ADHOCQ_LANG",
        show_default=False,
        callback=language_or_locale,
        autocompletion=complete.languages,
        help="Language of the texts and of adhocq's words: en, fr, or any the queries have "
        "(see 'adhocq info'). A text with no translation into it is shown in English, marked "
        "[en] in a table. Default: the locale's language (LANG) if adhocq speaks it, else en.",
    ),
]

FormatOption = Annotated[
    Format | None,
    typer.Option(
        "--format",
        "-f",
        case_sensitive=False,
        show_default=False,
        help="Output format. Default: table on a terminal, csv in a pipe.",
    ),
]
DataOption = Annotated[
    str | None,
    typer.Option(
        "--data",
        metavar="PATH",
        show_default=False,
        # ADHOCQ_DATA is read by reading/corpus.py, as it may list several paths.
        help="A query file, or a folder of them, to read instead of the bundled queries. "
        "Default: ADHOCQ_DATA (paths separated by the system's path separator, ':' or ';').",
    ),
]
ExcelSafeOption = Annotated[
    bool,
    typer.Option(
        "--excel-safe",
        help="csv/tsv: prefix ' to cells starting with = + - @ "
        "tab or CR, so spreadsheets do not run them as formulas.",
    ),
]


QUERY_HELP = (
    "its id, the start of one, or words of its title (-q 'au pair'); 'adhocq queries' lists them."
)
QueryOption = Annotated[
    str | None,
    typer.Option(
        "--query",
        "-q",
        metavar="QUERY",
        envvar="ADHOCQ_QUERY",
        show_default=False,
        autocompletion=complete.queries,
        help="The query to answer about: " + QUERY_HELP + " Default: ADHOCQ_QUERY, else the "
        "dataset's default query (see 'adhocq info').",
    ),
]
OnlyQueryOption = Annotated[
    str | None,
    typer.Option(
        "--query",
        "-q",
        metavar="QUERY",
        show_default=False,
        autocompletion=complete.queries,
        help="Only this query: " + QUERY_HELP + " Default: every query (ADHOCQ_QUERY, the "
        "default of commands about one query, does not narrow this one).",
    ),
]


def typed_query(ctx: typer.Context, query: str | None) -> str | None:
    """The --query given on the command line, not ADHOCQ_QUERY: a command that also answers
    across queries is narrowed only by what was typed for it."""
    from adhocq.cli.framework import ParameterSource

    return query if ctx.get_parameter_source("query_id") is ParameterSource.COMMANDLINE else None


ExportOption = Annotated[
    str | None,
    typer.Option(
        "--export",
        metavar="FILE",
        show_default=False,
        help="Also save it as FILE.svg (a picture) or FILE.html (a document with a table). "
        "An existing file is kept unless --force.",
    ),
]
ForceOption = Annotated[
    bool, typer.Option("--force", help="With --export: replace FILE if it already exists.")
]
CrlfOption = Annotated[
    bool, typer.Option("--crlf", help="csv: end lines with CR LF (RFC 4180) instead of LF.")
]


def output(
    fmt: Format | None,
    excel_safe: bool = False,
    crlf: bool = False,
    export: str | None = None,
    force: bool = False,
    data: str | None = None,
    totals: bool = False,
) -> Output:
    """The output options as one value for `emit`; the dataset's file is never exported onto."""
    from adhocq.reading.corpus import data_paths

    return Output(fmt, excel_safe, crlf, export, force, totals, data_paths(data))
