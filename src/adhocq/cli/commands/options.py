"""Options every data command shares, declared once, and the dataset they read.

A command takes them with `@shared_options(...)`: its function's first parameter is then the
`Shared` values of the run, and its own parameters are all it declares (see `shared_options`).
"""

import functools
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Concatenate, Literal, ParamSpec

import typer

from adhocq.cli import complete, datasets
from adhocq.cli.emit import Output
from adhocq.cli.input import commas
from adhocq.model import Dataset
from adhocq.output import Format
from adhocq.record import Record, record

if TYPE_CHECKING:
    from adhocq.reading.index import CorpusIndex


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
        # ADHOCQ_DATA is read by reading/query_files.py, as it may list several paths.
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


# Options several commands take, each command saying in its help what they narrow.


def category_option(help: str) -> Any:  # Any: typer.Option's own return type
    """--category CAT, completed with the query's categories."""
    return typer.Option(
        "--category",
        metavar="CAT",
        show_default=False,
        autocompletion=complete.categories,
        help=help,
    )


def country_option(help: str) -> Any:  # Any: typer.Option's own return type
    """--country CODE across the queries (a code or a name), completed with every country the
    queries declare."""
    return typer.Option(
        "--country",
        metavar="CODE",
        show_default=False,
        autocompletion=complete.countries,
        help=help,
    )


def types_option(*names: str, help: str) -> Any:
    """A measure type option that repeats or takes a comma-separated list (TYPE), completed
    with the query's measure types."""
    return typer.Option(
        *names,
        metavar="TYPE",
        show_default=False,
        callback=commas,
        autocompletion=complete.measure_types,
        help=help,
    )


TopicsOption = Annotated[
    list[str] | None,
    typer.Option(
        "--topic",
        metavar="TOPIC",
        show_default=False,
        callback=commas,
        autocompletion=complete.topics,
        help="Only queries tagged with this topic (of adhocq's own list, which an unknown "
        "topic's error gives); repeat it, or separate topics with commas, for any of several.",
    ),
]
"""`--topic`: the queries of one of these topics (`adhocq.topics`)."""

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


@record
class Shared(Record):
    """The shared options of one run, as given: the queries to read (--data), the one to
    answer about (--query), the language (--lang) and how to write the answer. An option
    the command does not take keeps its default here."""

    lang: str = "en"
    data: str | None = None
    query_id: str | None = None
    fmt: Format | None = None
    excel_safe: bool = False
    crlf: bool = False
    export: str | None = None
    force: bool = False

    def dataset(self) -> Dataset:
        """The query the command answers about (see cli/datasets.py)."""
        return datasets.dataset(self.data, self.lang, self.query_id)

    def overview(self) -> "CorpusIndex":
        """Every query, for questions across queries (see cli/datasets.py)."""
        return datasets.overview(self.data, self.lang)

    def output(self, totals: bool = False) -> Output:
        """The output options as one value for `emit` (the files read are never exported
        onto); `totals`: matrix --totals."""
        from adhocq.reading.query_files import data_paths

        paths = data_paths(self.data)
        return Output(self.fmt, self.excel_safe, self.crlf, self.export, self.force, totals, paths)


def _option(name: str, annotation: object, default: object) -> inspect.Parameter:
    return inspect.Parameter(
        name, inspect.Parameter.KEYWORD_ONLY, annotation=annotation, default=default
    )


# Each shared option, in the order a command's help lists them (after its own options).
_FORMAT = _option("fmt", FormatOption, None)
_LANG = _option("lang", LangOption, "en")
_DATA = _option("data", DataOption, None)
_QUERY = {
    "one": _option("query_id", QueryOption, None),
    "only": _option("query_id", OnlyQueryOption, None),
}
_WRITING = (
    _option("excel_safe", ExcelSafeOption, False),
    _option("crlf", CrlfOption, False),
    _option("export", ExportOption, None),
    _option("force", ForceOption, False),
)

P = ParamSpec("P")


def shared_options(
    *, query: Literal["one", "only"] | None = "one", lang: bool = True, writes: bool = True
) -> Callable[[Callable[Concatenate[Shared, P], None]], Callable[P, None]]:
    """Adds the shared options to a command, after its own: --format (unless not `writes`),
    --lang (unless not `lang`), --data, --query (the query to answer about, ADHOCQ_QUERY
    by default; "only": a filter of a command across queries; None: none), and --excel-safe,
    --crlf, --export and --force (unless not `writes`).

    Typer reads a command's options from its signature: the function returned has the
    command's parameters, less the first, followed by the shared ones, and calls the command
    with their values gathered in one `Shared`."""
    added = [
        *([_FORMAT] if writes else []),
        *([_LANG] if lang else []),
        _DATA,
        *([_QUERY[query]] if query else []),
        *(_WRITING if writes else []),
    ]
    names = [option.name for option in added]

    def decorate(command: Callable[Concatenate[Shared, P], None]) -> Callable[P, None]:
        own = list(inspect.signature(command).parameters.values())[1:]

        @functools.wraps(command)
        def run(*args: P.args, **kwargs: P.kwargs) -> None:
            given: dict[str, Any] = {name: kwargs.pop(name) for name in names}
            command(Shared(**given), *args, **kwargs)

        run.__signature__ = inspect.Signature([*own, *added])  # type: ignore[attr-defined]
        return run

    return decorate
