"""The neutral shape every query returns and every renderer takes."""

import re
from collections.abc import Callable
from dataclasses import replace

from adhocq.messages import N_, NC_, InContext, Message, tr
from adhocq.record import Record, record

UNTRANSLATED_MARK = "[en]"
"""What a table writes after a text shown in English for want of a translation."""


class Untranslated(str):
    """A text shown in English because it has no translation into the language asked for: the
    table marks it; other formats write it as it is."""

    __slots__ = ()


TRANSLATED_MARK = "[tr]"
"""What a table writes after a title that is adhocq's translation, not the source's words."""


class Translated(str):
    """A title in the language asked for that adhocq translated from the one the source printed:
    the table marks it; other formats write it as it is."""

    __slots__ = ()


DESCRIBED_MARK = "[untitled]"
"""What a table writes after a title that is adhocq's description of a query no source titles."""


class Described(str):
    """A query's title in adhocq's words, where no source read prints one (`title_printed` is
    empty): the table marks it; other formats write it as it is."""

    __slots__ = ()


def language_mark(value: object) -> str:
    """What a document for people writes after a text: " [en]" for English shown for want of a
    translation, " [tr]" for adhocq's translation of a title, " [untitled]" for adhocq's
    description of an untitled query, else nothing."""
    if isinstance(value, Untranslated):
        return f" {UNTRANSLATED_MARK}"
    if isinstance(value, Translated):
        return f" {TRANSLATED_MARK}"
    if isinstance(value, Described):
        return f" {DESCRIBED_MARK}"
    return ""


UNTRANSLATED_NOTE = N_("[en]: no translation into the language asked for; in English.")
TRANSLATED_NOTE = N_(
    "[tr]: adhocq's translation of a title the source prints in another language "
    "('adhocq cite' gives the printed one)."
)
DESCRIBED_NOTE = N_(
    "[untitled]: no source read prints a title for this query; adhocq describes it in its own "
    "words."
)


def language_notes(result: "Result") -> list[str]:
    """The lines under a document for people that say what its marks mean, in its language."""
    cells = [value for row in result.rows for value in row]
    notes = []
    if any(isinstance(value, Untranslated) for value in cells):
        notes.append(tr(result.lang, UNTRANSLATED_NOTE))
    if any(isinstance(value, Translated) for value in cells):
        notes.append(tr(result.lang, TRANSLATED_NOTE))
    if any(isinstance(value, Described) for value in cells):
        notes.append(tr(result.lang, DESCRIBED_NOTE))
    return notes


Cell = str | int | float | bool | tuple[str, ...] | None
Json = str | int | float | bool | None | list["Json"] | dict[str, "Json"]
"""A value of a JSON document: what `Result.document` holds."""


@record
class Column(Record):
    name: str
    """Stable snake_case key: the CSV header and the JSON key."""
    header: str
    """What a person reads above the column in a table."""
    mark: bool = False
    """A yes/no column of a grid (matrix, compare): a table shows a mark, not yes/no."""
    summary: bool = False
    """A total worked out from the other columns: shown to people (table, Markdown), left out
    of machine formats unless asked for (`--totals`), where it would be a value among values."""
    link: bool = False
    """Its cells are keys of `Result.links` (query ids): a document that links makes each a
    link to its address."""
    group: str = ""
    """The group a mark column belongs to (a query's year): where even the numbered grid is
    too wide, a table shows one grid per run of whole groups."""


@record
class Result(Record):
    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""
    """The source and, where absence is shown, what absence means: one line each."""
    source_url: str = ""
    """The address of the published page the facts come from, for documents that link it."""
    highlight: str | None = None
    """Text whose occurrences (compared case- and accent-insensitively) a table emphasises."""
    footer: tuple[Cell, ...] | None = None
    """Column totals, one cell per column: the table's footer and Markdown's last row; never
    written in a machine format, where it would read as one more record."""
    document: dict[str, Json] | None = None
    """The same facts as one nested object, for JSON and JSON Lines (a profile, the query),
    where the rows are field/value pairs meant for people."""
    empty_reason: str = ""
    """Why no row can match (filters that exclude each other), said on stderr when rows is
    empty."""
    lang: str = "en"
    """The language people read it in: renderers write their own words (yes/no) in it."""
    abbreviations: tuple[tuple[str, str, str], ...] = ()
    """(value, short, meaning) for the words a grid's mark columns hold: a table shows `short`
    for `value`, and one line that gives each `meaning` (machine formats keep the words)."""
    links: dict[str, str] | None = None
    """The web address of what a cell of a `link` column names (a query's id -> its summary),
    for documents that link (HTML)."""

    @property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    def without_summaries(self) -> "Result":
        """The result as machine formats write it: no total columns, no footer."""
        keep = [index for index, column in enumerate(self.columns) if not column.summary]
        if len(keep) == len(self.columns) and self.footer is None:
            return self
        columns = tuple(self.columns[index] for index in keep)
        rows = tuple(tuple(row[index] for index in keep) for row in self.rows)
        return replace(self, columns=columns, rows=rows, footer=None)

    def map_text(self, change: Callable[[str], str]) -> "Result":
        """The same result with `change` applied to every string, in cells and in lists."""

        def cell(value: Cell) -> Cell:
            if isinstance(value, Untranslated):
                return Untranslated(change(value))
            if isinstance(value, Translated):
                return Translated(change(value))
            if isinstance(value, Described):
                return Described(change(value))
            if isinstance(value, InContext):
                return NC_(value.context, change(value))
            if isinstance(value, Message):  # a word of adhocq's, translated where it is shown
                return Message(change(value))
            if isinstance(value, str):
                return change(value)
            if isinstance(value, tuple):
                return tuple(change(item) for item in value)
            return value

        def nested(value: Json) -> Json:
            if isinstance(value, str):
                return change(value)
            if isinstance(value, list):
                return [nested(item) for item in value]
            if isinstance(value, dict):
                return {key: nested(item) for key, item in value.items()}
            return value

        rows = tuple(tuple(cell(value) for value in row) for row in self.rows)
        footer = None if self.footer is None else tuple(cell(value) for value in self.footer)
        document = None if self.document is None else {
            key: nested(value) for key, value in self.document.items()
        }  # fmt: skip
        return replace(
            self,
            rows=rows,
            title=change(self.title),
            caption=change(self.caption),
            footer=footer,
            document=document,
        )


def unbreakable(word: str) -> bool:
    """Whether a renderer keeps `word` whole, whatever the room: every word but a web address
    (a word with a slash), which no column could hold comfortably. Ids, codes and dates are such
    words, in any column: a query id is as long as 51 characters, and a field/value table holds
    ids and prose in one column, so no column can say which of its values are ids."""
    return "/" not in word


def text_cell(value: Cell, list_separator: str = ";") -> str:
    """A cell as flat text: booleans `true`/`false`, lists joined, None empty."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, tuple):
        return list_separator.join(value)
    return str(value)


# What must not reach a terminal raw: C0, DEL and C1 controls (escape sequences, bells, carriage
# returns), the bidirectional controls that reorder what is shown ("Trojan Source"), and lone
# surrogates, which no encoding can write (Python decodes an argument byte that is not UTF-8,
# such as 0xff, as U+DCFF).
# A pattern, not a compiled one: compiling its ranges beyond U+00FF costs about 2% of a run's
# start-up, and most runs print no such text (re compiles it on first use, and keeps it).
_INVISIBLE = (
    r"[\x00-\x1f\x7f-\x9f"  # C0, DEL, C1
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"  # bidirectional marks and controls
    r"\ud800-\udfff]"  # surrogates
)


def _escape(match: "re.Match[str]") -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # the byte of an argument that was not UTF-8
        code -= 0xDC00
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def make_visible(text: str) -> str:
    """Controls shown as escapes (`\\x1b`, `\\u202e`; a byte that was not UTF-8 as `\\xff`)
    so none reaches a terminal raw. All-printable text, the common case, is returned as it is
    after one cheap check."""
    if text.isprintable():
        return text
    return re.sub(_INVISIBLE, _escape, text)


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(text: str) -> str:
    """Prefix a quote to a cell a spreadsheet would otherwise run as a formula."""
    return "'" + text if text.startswith(_FORMULA_START) else text
