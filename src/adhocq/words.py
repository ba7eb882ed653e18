"""Texts as the words `related` compares: folded (`adhocq.fold`), split into words, function
words dropped, and each word cut to a stem that its simple forms share (test/tests,
naturalisation/naturalization, worker/workers), in English and French alike.

A French draft is also given the English stems of the words it shares with `GLOSSARY`: most
queries are in English only, and a French word that is no cognate of the English one
("rétention", "detention") would otherwise find nothing."""

from __future__ import annotations

import re

from adhocq.fold import fold

_WORD = re.compile(r"[^\W_]+")
STEM_LENGTH = 6
"""A stem is at most this long: "citizens" and "citizenship" meet at "citize"."""

STOPWORDS = frozenset(
    """
    a an and are as at be been by can do does for from has have how in into is it its not
    of on or other such than that the their there these they this those to under was were
    what when where which while who whom why will with within without would
    about any all also each more most only same so some
    au aux avec ce ces dans de des du elle en est et il ils la le les leur leurs mais ne
    ni ou par pas pour qu que quel quelle quels quelles qui sa se ses son sont sur un une
    d l s n c j y
    """.split()
)
"""Words that say nothing of a query's subject, in English and French (folded)."""

_SUFFIXES = (
    "ements", "ement", "ations", "ation", "ments", "ment", "ships", "ship", "ings", "ing",
    "ions", "ion", "ees", "ers", "eurs", "eur", "es", "ed", "er", "e", "s",
)  # fmt: skip
"""Endings cut from a word (the first that leaves at least three letters), longest first."""

_IRREGULAR = {"children": "child", "women": "woman", "men": "man", "people": "person"}

GLOSSARY: dict[str, tuple[str, ...]] = {
    "accueil": ("reception",),
    "apatride": ("stateless",),
    "asile": ("asylum",),
    "conjoint": ("spouse",),
    "demandeur": ("applicant",),
    "demandeurs": ("applicants",),
    "demande": ("application",),
    "demandes": ("applications",),
    "delai": ("time", "waiting", "period"),
    "delais": ("time", "waiting", "period"),
    "eloignement": ("return", "removal"),
    "emploi": ("employment", "work"),
    "enfant": ("child",),
    "enfants": ("children",),
    "entretien": ("interview",),
    "entretiens": ("interviews",),
    "etranger": ("foreign", "national"),
    "etrangers": ("foreigners", "nationals"),
    "etudiant": ("student",),
    "etudiants": ("students",),
    "examen": ("test", "examination"),
    "faux": ("false", "forged"),
    "falsifies": ("forged",),
    "frontiere": ("border",),
    "frontieres": ("borders",),
    "hebergement": ("accommodation", "housing"),
    "interdiction": ("ban",),
    "interdictions": ("bans",),
    "juge": ("judicial", "court", "judge"),
    "logement": ("housing",),
    "main": ("labour",),
    "marche": ("market",),
    "mineur": ("minor",),
    "mineurs": ("minors",),
    "nationalite": ("citizenship", "nationality"),
    "citoyennete": ("citizenship",),
    "oeuvre": ("labour",),
    "ordre": ("order",),
    "pays": ("country",),
    "permis": ("permit",),
    "personnel": ("staff", "employees"),
    "refugie": ("refugee",),
    "refugies": ("refugees",),
    "regroupement": ("reunification",),
    "familial": ("family",),
    "retention": ("detention",),
    "retour": ("return",),
    "sejour": ("residence", "stay"),
    "soins": ("medical", "treatment"),
    "titre": ("permit",),
    "traduction": ("translation",),
    "trafic": ("smuggling",),
    "travail": ("work", "labour"),
    "travailleur": ("worker",),
    "travailleurs": ("workers",),
    "tutelle": ("guardianship",),
    "tuteur": ("guardian",),
    "langue": ("language",),
    "langues": ("languages",),
    "cours": ("courses",),
    "controle": ("review", "check"),
    "securite": ("security",),
    "publique": ("public",),
    "origine": ("origin",),
    "identite": ("identity",),
    "accompagnes": ("unaccompanied",),
    "accompagne": ("unaccompanied",),
}
"""French words (folded) and English words of the same sense in migration texts: adhocq's own
short glossary, not a source's words."""


def stem(word: str) -> str:
    """The stem of one folded word: "-ize" spelt "-ise", its ending cut, at most STEM_LENGTH
    letters."""
    word = re.sub(r"iz(e|ed|es|ing|ation|ations)$", r"is\1", word)
    word = _IRREGULAR.get(word, word)
    if word.endswith("ies") and len(word) > 4:
        return (word[:-3] + "y")[:STEM_LENGTH]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word[:STEM_LENGTH]


def words(text: str) -> list[str]:
    """The folded words of `text` that are not STOPWORDS, in order."""
    return [w for w in _WORD.findall(fold(text)) if w not in STOPWORDS and len(w) > 1]


def stems(text: str) -> list[str]:
    """The stem of each word of `text` (function words left out), in order."""
    return [stem(w) for w in words(text)]


def draft_stems(text: str) -> list[str]:
    """The stems a draft is looked for by: its own, and those of the English words GLOSSARY
    gives for its French ones; each once, in order."""
    found: dict[str, None] = {}
    for word in words(text):
        found[stem(word)] = None
        for english in GLOSSARY.get(word, ()):
            for each in stems(english):
                found[each] = None
    return list(found)
