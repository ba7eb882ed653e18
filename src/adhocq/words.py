"""Texts as the words `related` compares: folded (`adhocq.fold`), split into words, function
words dropped, and each word cut to a stem that its simple forms share (test/tests,
naturalisation/naturalization, worker/workers), in English and French alike.

A French draft is also given the English stems of the words it shares with `GLOSSARY`: most
queries are in English only, and a French word that is no cognate of the English one
("rétention", "detention") would otherwise find nothing."""

from __future__ import annotations

import functools
import re

from adhocq.fold import fold

_WORD = re.compile(r"[^\W_]+")
STEM_LENGTH = 6
"""A stem is at most this long: "citizens" and "citizenship" meet at "citize"."""

STOPWORDS = frozenset(
    """
    a an and are as at be been being by can could did do does during for from had has have
    how i if in into is it its may me might must my no not of on or our out over per should
    such than that the their them then there these they this those to under up us via was
    we were what when where whether which while who whom why will with within without would
    you your about after all also any before between both each eg etc more most only other
    same so some very
    au aux avec ce ces cet cette dans de des du elle elles en est et il ils la le les leur
    leurs mais ne ni nos notre ou par pas pour qu que quel quelle quels quelles qui sa se
    ses son sont sur un une vos votre peut peuvent doit doivent faire fait etre avoir ont
    comment combien existe lors dont si plus moins tres tout tous toute toutes autre autres
    aussi ainsi afin apres avant entre depuis sans sous chez vers exemple cas bout
    d l s n c j y t
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
    "acces": ("access",),
    "accompagne": ("unaccompanied",),
    "accompagnes": ("unaccompanied",),
    "accord": ("agreement",),
    "accords": ("agreements",),
    "accueil": ("reception",),
    "afflux": ("influx", "arrivals"),
    "apatride": ("stateless",),
    "apatridie": ("statelessness",),
    "asile": ("asylum",),
    "assignation": ("alternative", "detention"),
    "autorite": ("authority",),
    "autorites": ("authorities",),
    "conjoint": ("spouse", "family"),
    "conjoints": ("spouses", "family"),
    "controle": ("review", "check", "control"),
    "controles": ("checks", "controls"),
    "cours": ("courses",),
    "delai": ("time", "waiting", "period"),
    "delais": ("times", "waiting", "period"),
    "demande": ("application",),
    "demandes": ("applications",),
    "demandeur": ("applicant",),
    "demandeurs": ("applicants",),
    "droit": ("right", "law"),
    "droits": ("rights",),
    "eloignement": ("return", "removal"),
    "emploi": ("employment", "work"),
    "enfant": ("child",),
    "enfants": ("children",),
    "enseignement": ("education",),
    "entree": ("entry",),
    "entretien": ("interview",),
    "entretiens": ("interviews",),
    "etranger": ("foreign", "national"),
    "etrangers": ("foreigners", "nationals"),
    "etudiant": ("student",),
    "etudiants": ("students",),
    "examen": ("test", "examination"),
    "examens": ("tests",),
    "expulsion": ("removal", "return"),
    "familial": ("family",),
    "familiale": ("family",),
    "familles": ("families",),
    "faux": ("false", "forged"),
    "frontiere": ("border",),
    "frontieres": ("borders",),
    "guichet": ("service", "desk"),
    "guichets": ("service", "desks"),
    "hebergement": ("accommodation", "housing"),
    "interdiction": ("ban",),
    "interdictions": ("bans",),
    "jeunes": ("young", "people"),
    "juge": ("judicial", "court", "judge"),
    "langue": ("language",),
    "langues": ("languages",),
    "logement": ("housing",),
    "loi": ("law", "legislation"),
    "main": ("labour",),
    "marche": ("market",),
    "mesure": ("measure",),
    "mesures": ("measures",),
    "mineur": ("minor",),
    "mineurs": ("minors",),
    "nationalite": ("citizenship", "nationality"),
    "citoyennete": ("citizenship",),
    "oeuvre": ("labour",),
    "ordre": ("order",),
    "pays": ("country",),
    "permis": ("permit",),
    "personnel": ("staff", "employees"),
    "politique": ("policy",),
    "politiques": ("policies",),
    "refugie": ("refugee",),
    "refugies": ("refugees",),
    "regroupement": ("reunification",),
    "regulier": ("legal",),
    "reguliere": ("legal",),
    "retention": ("detention",),
    "retour": ("return",),
    "sejour": ("residence", "stay"),
    "sejours": ("stays",),
    "soins": ("medical", "treatment"),
    "titre": ("permit",),
    "traduction": ("translation",),
    "traitement": ("processing",),
    "trafic": ("smuggling",),
    "traite": ("trafficking",),
    "travail": ("work", "labour"),
    "travailleur": ("worker",),
    "travailleurs": ("workers",),
    "tutelle": ("guardianship",),
    "temps": ("time", "period"),
    "tuteur": ("guardian",),
    "tuteurs": ("guardians",),
    "voyage": ("travel",),
}
"""French words (folded) and English words of the same sense in migration texts: adhocq's own
glossary, not a source's words."""

SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("asylum", "international protection"),
    ("refugee", "international protection", "beneficiary"),
    ("home country", "country of origin"),
    ("deportation", "removal", "return"),
    ("expulsion", "removal", "return"),
    ("withdrawal", "revocation", "cessation"),
    ("trip", "travel"),
    ("spouse", "family"),
    ("kinship", "family relationships"),
    ("job", "work", "employment", "labour market"),
    ("recruit", "labour", "mobility"),
    ("undocumented", "irregular"),
    ("fake", "false", "forged"),
    ("counterfeit", "forged"),
    ("passport", "identity documents"),
    ("fingerprint", "biometric"),
    ("facial", "biometric"),
    ("kid", "child", "minor"),
    ("separated", "unaccompanied"),
    ("naturalization", "citizenship"),
    ("naturalisation", "citizenship"),
    ("nationality", "citizenship"),
    ("lorry", "truck", "driver"),
    ("graduate", "student", "studies"),
    ("university", "higher education"),
    ("schooling", "education"),
    ("apartment", "housing", "accommodation"),
    ("shelter", "accommodation", "reception"),
    ("interpreter", "translation", "language"),
    ("appointment", "booking"),
    ("forecast", "prediction", "trends"),
    ("smuggler", "smuggling"),
    ("re-entry", "entry ban"),
    ("prohibition", "ban"),
    ("courts", "judicial"),
    ("custody", "detention"),
    ("lockup", "detention"),
    ("permanent residence", "long-term residents"),
    ("helpline", "customer service"),
    ("requirement", "condition", "prerequisite"),
    ("electronic", "digital", "digitalisation"),
    ("id", "identity"),
    ("au pair", "host family", "childcare"),
    ("call centre", "customer service"),
)
"""Groups of English words of the same or a close sense in migration texts: a draft with a
word of a group is also looked for by the others (adhocq's own list, not a source's words)."""


@functools.lru_cache(maxsize=1 << 16)
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


SYNONYM_WEIGHT = 0.5
"""How much a stem found through SYNONYMS counts beside the draft's own (1)."""


def draft_stems(text: str) -> dict[str, float]:
    """The stems a draft is looked for by, each with how much it counts: those of its words,
    or of the English words GLOSSARY gives for the French ones it knows (1 each); then those
    of the other words of the SYNONYMS groups that hold one of them (SYNONYM_WEIGHT)."""
    found: dict[str, float] = {}
    for word in words(text):
        # Every query has its texts in English: a French word the glossary knows is looked
        # for in English only, or the few queries with French texts would come first.
        for english in GLOSSARY.get(word, (word,)):
            found.update(dict.fromkeys(stems(english), 1.0))
    for each in list(found):
        for group in _GROUPS.get(each, ()):
            for other in group:
                found.setdefault(other, SYNONYM_WEIGHT)
    return found


def _groups() -> dict[str, list[tuple[str, ...]]]:
    """Each stem that begins a word of SYNONYMS -> the stems of the groups that hold it."""
    by_stem: dict[str, list[tuple[str, ...]]] = {}
    for group in SYNONYMS:
        group_stems = tuple(each for phrase in group for each in stems(phrase))
        for phrase in group:
            first = stems(phrase)[0]
            by_stem.setdefault(first, []).append(group_stems)
    return by_stem


_GROUPS = _groups()
