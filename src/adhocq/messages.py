"""adhocq's own words for people (titles, headers, captions, notes, legends), in each language
it speaks; the data's words come from the data. A plain catalog, gettext-style: the English text
is the key, `tr(lang, text)` gives it in `lang`, and `N_(text)` marks a text that is translated
later (a column header). Machine formats keep English keys; only what people read changes.
A language without a catalog gets English. tests/test_messages.py fails when a marked text has
no French (adhocq/french.py holds it)."""

from adhocq.french import FRENCH

CATALOGS: dict[str, dict[str, str]] = {"fr": FRENCH}


def tr(lang: str, text: str) -> str:
    """`text` (adhocq's English) in `lang`, or as it is where adhocq does not speak `lang`."""
    return CATALOGS.get(lang, {}).get(text, text)


class Message(str):
    """adhocq's own English text, to be given in the reader's language where it is shown; any
    other string (an id, a code, a text of the data) is shown as it is."""

    __slots__ = ()


def N_(text: str) -> Message:  # noqa: N802 - the gettext name for "translated later"
    """Marks `text` for translation where it is shown (`shown`), as gettext's N_ does."""
    return Message(text)


CONTEXT_MARK = "\x04"
"""Between a context and its text in a catalog's key, as in gettext's catalogs."""


class InContext(Message):
    """adhocq's English word where another language needs two: a summary's count of those that
    "answered" is no country that "answered". Translated by its context and text together."""

    context: str


def NC_(context: str, text: str) -> Message:  # noqa: N802 - gettext's pgettext, marked only
    """`text` marked for translation in `context` (the catalog's key is context, CONTEXT_MARK,
    text)."""
    made = InContext(text)
    made.context = context
    return made


def shown(lang: str, text: str) -> str:
    """`text` as the reader sees it: translated if adhocq marked it as its own (`N_` or
    `phrase`)."""
    if isinstance(text, Phrase):
        return text.said(lang)
    if isinstance(text, InContext):
        return CATALOGS.get(lang, {}).get(text.context + CONTEXT_MARK + text, str(text))
    return tr(lang, text) if isinstance(text, Message) else text


class Phrase(str):
    """A sentence of adhocq's with values in it (an error, a note), as English text that also
    knows how to say itself in another language: an error is made before the language it is
    reported in is known."""

    template: str
    fields: dict[str, object]

    def said(self, lang: str) -> str:
        values = {k: shown(lang, v) if isinstance(v, str) else v for k, v in self.fields.items()}
        return tr(lang, self.template).format(**values)


SHOWN_AT_MOST = 200
"""Characters of a value typed by a user that a sentence repeats (an argument may be 100 KB)."""


def phrase(template: str, **fields: object) -> Phrase:
    """`template` (marked with N_) filled with `fields`: in English, and in any language with
    `said` (a field that is itself adhocq's text is translated too). A long value someone typed
    is cut, marked with "…"."""
    fields = {key: _cut(value) for key, value in fields.items()}
    made = Phrase(template.format(**fields))
    made.template, made.fields = template, fields
    return made


def _cut(value: object) -> object:
    if type(value) is str and len(value) > SHOWN_AT_MOST:
        return value[: SHOWN_AT_MOST - 1] + "…"
    return value
