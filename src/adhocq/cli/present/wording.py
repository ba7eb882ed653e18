"""What the data means, said in each language adhocq speaks (English, French); in any other
language of a dataset's texts, adhocq's own words are English.

A summary names countries per finding; a country missing from a finding's list was not named
there, which is not the same as "no": it may still do it. Every output that shows a missing mark
says so in these words.
"""

from adhocq.model import ENGLISH

_NOT_NAMED_NOTE = {
    ENGLISH: "Only what the summary names is shown; a country not named for a measure may "
    "still take it.",
    "fr": "Seul ce que le résumé cite est indiqué ; un pays non cité pour une mesure peut "
    "néanmoins l'appliquer.",
}
_NOT_NAMED = {ENGLISH: "not named in the summary", "fr": "non cité dans le résumé"}
_NO_MEASURE = {
    ENGLISH: "no measure named in the summary",
    "fr": "aucune mesure citée dans le résumé",
}
_MEASURES_NAMED = {
    ENGLISH: ("1 measure named in the summary", "{n} measures named in the summary"),
    "fr": ("1 mesure citée dans le résumé", "{n} mesures citées dans le résumé"),
}


def not_named_note(lang: str) -> str:
    """The caption line of every result that shows absence."""
    return _NOT_NAMED_NOTE.get(lang, _NOT_NAMED_NOTE[ENGLISH])


def not_named(lang: str) -> str:
    return _NOT_NAMED.get(lang, _NOT_NAMED[ENGLISH])


def measures_named(count: int, lang: str) -> str:
    """'no measure named in the summary', '1 measure …', '3 measures …'."""
    if count == 0:
        return _NO_MEASURE.get(lang, _NO_MEASURE[ENGLISH])
    one, many = _MEASURES_NAMED.get(lang, _MEASURES_NAMED[ENGLISH])
    return one if count == 1 else many.format(n=count)
