"""How a present module makes its Result: a query's texts and title in the reader's language
(marked where they are English for want of a translation, or adhocq's translation), column
headers, and the caption and empty reason every result about one query carries."""

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from adhocq.cli.present.source import caption, source_url
from adhocq.cli.present.wording import not_named_note
from adhocq.messages import shown, tr
from adhocq.model import Coverage, Dataset, Query, Text
from adhocq.output.result import (
    UNTRANSLATED_MARK,
    Cell,
    Column,
    Described,
    Result,
    Translated,
    Untranslated,
)

if TYPE_CHECKING:
    from adhocq.across import Heading, Listing


def title(query: "Query | Listing | Heading", lang: str) -> str:
    """A query's title in `lang`: as the source printed it, or adhocq's translation of it
    (`Translated`), or in English for want of one (`Untranslated`), for the table to mark."""
    if not query.title_printed:  # no source prints one: adhocq's words, in `lang` if it has it
        return Described(query.title.get(lang))
    if lang in query.title_printed:
        return query.title.get(lang)
    if query.title.has(lang):
        return Translated(query.title.get(lang))
    return Untranslated(query.title.en)


def text(value: Text, lang: str) -> str:
    """A text in `lang`; where it has no translation into `lang`, the English text, marked as
    such (`Untranslated`) for the table to show."""
    return value.get(lang) if value.has(lang) else Untranslated(value.en)


def make_result(
    ds: Dataset,
    lang: str,
    title: str,
    columns: Sequence[tuple[str, str]],
    rows: Iterable[tuple[Cell, ...]],
    marks: Iterable[str] = (),
    shows_absence: bool = False,
    of_measures: bool = False,
    note: str = "",
) -> Result:
    """A Result with the dataset's caption; columns named in `marks` are yes/no grid columns.
    `shows_absence`: the result can be read as "this country does not take this measure", so
    where the query has measures the caption says what a missing mark means. `of_measures`: the
    rows are measures or measure types, which a query may have none of: an empty result then
    says so. `note`: another line of the caption."""
    marked = set(marks)
    built = tuple(Column(name, shown(lang, header), name in marked) for name, header in columns)
    lines = [caption(ds, lang)]
    if shows_absence and ds.types:
        lines.append(not_named_note(lang))
    if note:
        lines.append(note)
    why = no_measures(ds, lang) if of_measures else ""
    if why:  # rows of nothing but empty measures say nothing: the reason says it instead
        rows = ()
    return Result(
        title, built, tuple(rows), "\n".join(lines), source_url(ds, lang), empty_reason=why,
        lang=lang,
    )  # fmt: skip


def only_listed(ds: Dataset, lang: str) -> str:
    """Why a record of what a listing or a compilation's header says shows nothing of the
    answers; "" for any other."""
    if ds.query.coverage is Coverage.header:
        return tr(
            lang,
            "only the header of this query's compilation was read: its file holds none of the "
            "answers",
        )
    if ds.query.coverage is not Coverage.listing:
        return ""
    return tr(lang, "only a listing of this query was read: its file holds none of its findings")


def no_measures(ds: Dataset, lang: str) -> str:
    """Why a query has no measure to show, or "" where it has measure types."""
    if ds.types:
        return ""
    return only_listed(ds, lang) or tr(
        lang,
        "this query's file holds no measures: what its summary says is in its findings "
        "('adhocq findings -q {id}')",
    ).format(id=ds.query.id)


def answer_columns(ds: Dataset, short: bool = False, lang: str = "en") -> list[tuple[str, str]]:
    """One column per question: its answers (true, false, or empty where none is given),
    headed by its label in `lang` (`short`: its short label, where it has one), marked [en]
    where it has no translation into `lang`."""
    return [
        (q.column, heading(q.short or q.label if short else q.label, lang)) for q in ds.questions
    ]


def heading(value: Text, lang: str) -> str:
    """A text of the data as a column's header: in `lang`, or in English marked as such."""
    return value.get(lang) if value.has(lang) else f"{value.en} {UNTRANSLATED_MARK}"
