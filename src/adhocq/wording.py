"""What the data means, said in each language adhocq speaks.

A summary names countries per finding; a country missing from a finding's list was not named
there, which is not the same as "no": it may still do it. Every output that shows a missing mark
says so in these words.
"""

from adhocq.model import Lang

_NOT_NAMED_NOTE = {
    Lang.en: "Only what the summary names is shown; a country not named for a measure may "
    "still take it.",
    Lang.fr: "Seul ce que le résumé cite est indiqué ; un pays non cité pour une mesure peut "
    "néanmoins l'appliquer.",
}
_NOT_NAMED = {Lang.en: "not named in the summary", Lang.fr: "non cité dans le résumé"}
_NO_MEASURE = {
    Lang.en: "no measure named in the summary",
    Lang.fr: "aucune mesure citée dans le résumé",
}
_MEASURES_NAMED = {
    Lang.en: ("1 measure named in the summary", "{n} measures named in the summary"),
    Lang.fr: ("1 mesure citée dans le résumé", "{n} mesures citées dans le résumé"),
}


def not_named_note(lang: Lang) -> str:
    """The caption line of every result that shows absence."""
    return _NOT_NAMED_NOTE[lang]


def not_named(lang: Lang) -> str:
    return _NOT_NAMED[lang]


def measures_named(count: int, lang: Lang) -> str:
    """'no measure named in the summary', '1 measure …', '3 measures …'."""
    if count == 0:
        return _NO_MEASURE[lang]
    one, many = _MEASURES_NAMED[lang]
    return one if count == 1 else many.format(n=count)
