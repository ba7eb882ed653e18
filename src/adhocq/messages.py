"""adhocq's own words for people (titles, headers, captions, notes, legends), in each language
it speaks; the data's words come from the data. A plain catalog, gettext-style: the English text
is the key, `tr(lang, text)` gives it in `lang`, and `N_(text)` marks a text that is translated
later (a column header). Machine formats keep English keys; only what people read changes.
A language without a catalog gets English. tests/test_messages.py fails when a marked text has
no French."""

FRENCH: dict[str, str] = {
    # column headers
    "Code": "Code",
    "Country": "Pays",
    "Type": "Type",
    "Category": "Catégorie",
    "Description": "Description",
    "Source": "Source",
    "Label": "Libellé",
    "Countries named": "Pays cités",
    "Measures named": "Mesures citées",
    "Measure types named": "Types de mesures cités",
    "Types": "Types",
    "Codes": "Codes",
    "Kind": "Nature",
    "Id": "Id",
    "Finding": "Résultat",
    "As printed": "Tel qu'imprimé",
    "Total": "Total",
    "Field": "Champ",
    "Value": "Valeur",
    "Status": "Statut",
    "Query": "Question",
    "Lang": "Langue",
    "Text": "Texte",
    "Published": "Publiée",
    "By": "Par",
    "Requester": "Demandeur",
    "Title": "Titre",
    "Respondents": "Répondants",
    "Coverage": "Couverture",
    "Findings read": "Résultats lus",
    "Appears": "Apparaît",
    "Listed": "Listés",
    "Counted": "Compté",
    "Printed, no EMN code": "Imprimé, sans code du REM",
    "% of {total}": "% de {total}",
    # cells and marks
    "yes": "oui",
    "no": "non",
    # titles
    "Respondents{conditions} ({found} of {total})": "Répondants{conditions} ({found} sur {total})",
    "EMN members that did not answer ({found} of {total})": (
        "Membres du REM qui n'ont pas répondu ({found} sur {total})"
    ),
    "Measures named in the summary (1 row)": "Mesures citées dans le résumé (1 ligne)",
    "Measures named in the summary ({n} rows)": "Mesures citées dans le résumé ({n} lignes)",
    "Measure types ({n})": "Types de mesures ({n})",
    "Findings ({n})": "Résultats ({n})",
    "{kind} findings ({n})": "Résultats « {kind} » ({n})",
    "Measures named in the summary, per country": "Mesures citées dans le résumé, par pays",
    "Countries named per type (of {total} respondents)": (
        "Pays cités par type (sur {total} répondants)"
    ),
    "Countries named per category (of {total} respondents)": (
        "Pays cités par catégorie (sur {total} répondants)"
    ),
    "Countries x measure types named in the summary{scope}": (
        "Pays x types de mesures cités dans le résumé{scope}"
    ),
    "Measure types x countries named in the summary{scope}": (
        "Types de mesures x pays cités dans le résumé{scope}"
    ),
    "Compared: {names}; measure types named in the summary": (
        "Comparaison : {names} ; types de mesures cités dans le résumé"
    ),
    "Search '{text}' (1 hit)": "Recherche « {text} » (1 résultat)",
    "Search '{text}' ({n} hits)": "Recherche « {text} » ({n} résultats)",
    "Search '{text}' (1 hit in {queries} queries)": (
        "Recherche « {text} » (1 résultat dans {queries} questions)"
    ),
    "Search '{text}' ({n} hits in {queries} queries)": (
        "Recherche « {text} » ({n} résultats dans {queries} questions)"
    ),
    "Ad hoc queries ({found} of {total}), newest first": (
        "Questions ad hoc ({found} sur {total}), les plus récentes d'abord"
    ),
    "{name} ({code}) in the ad hoc queries: {found} of {total}": (
        "{name} ({code}) dans les questions ad hoc : {found} sur {total}"
    ),
    "The dataset: {n} ad hoc queries": "Le jeu de données : {n} questions ad hoc",
    "Countries x {n} ad hoc queries: asked, answered (listed) or named": (
        "Pays x {n} questions ad hoc : a posé la question, a répondu (listé) ou cité"
    ),
    "asked the query": "a posé la question",
    "listed among those that answered": "listé parmi ceux qui ont répondu",
    "named in a finding or for a measure": "cité dans un résultat ou pour une mesure",
    "asked and answered": "a posé la question et répondu",
    "asked, and named": "a posé la question, et cité",
    "Respondents and countries named per query ({n} queries)": (
        "Répondants et pays cités par question ({n} questions)"
    ),
    "Measures named per country: {measures} by {respondents}": (
        "Mesures citées par pays : {measures} pour {respondents}"
    ),
    "{what}: {yes} of {respondents}": "{what} : {yes} sur {respondents}",
    "Named for {type} ({label})": "Cité pour {type} ({label})",
    "Named for {type}": "Cité pour {type}",
    "1 measure": "1 mesure",
    "{n} measures": "{n} mesures",
    "1 respondent": "1 répondant",
    "{n} respondents": "{n} répondants",
    # title parts
    "named for {types}": "cité pour {types}",
    "not named for {types}": "non cité pour {types}",
    " and ": " et ",
    " or ": " ou ",
    "with a {category} measure": "avec une mesure de la catégorie {category}",
    # captions and notes
    "Source: EMN ad hoc query {query}{by}{asked}; summary published {published}": (
        "Source : question ad hoc du REM {query}{by}{asked} ; résumé publié le {published}"
    ),
    "; requested by: {requester}": " ; posée par : {requester}",
    "; asked in {month}": " ; posée en {month}",
    "; this file holds only the first finding of it": (
        " ; ce fichier n'en contient que le premier résultat"
    ),
    "; this file holds only the first {n} findings of it": (
        " ; ce fichier n'en contient que les {n} premiers résultats"
    ),
    "Sources: 1 EMN ad hoc query summary": "Sources : 1 résumé de question ad hoc du REM",
    "Sources: {n} EMN ad hoc query summaries": ("Sources : {n} résumés de questions ad hoc du REM"),
    "Only what the summaries list or name is shown; a country missing from a query may still "
    "have answered it.": (
        "Seul ce que les résumés listent ou citent est indiqué ; un pays absent d'une question "
        "peut néanmoins y avoir répondu."
    ),
    "[en]: no translation into the language asked for; in English.": (
        "[en] : pas de traduction dans la langue demandée ; en anglais."
    ),
    # compare --queries
    "Compared across the ad hoc queries: {codes} ({found} of {total} queries)": (
        "Comparés dans les questions ad hoc : {codes} ({found} questions sur {total})"
    ),
    "answered: the summary lists it among the respondents; named: a finding or a measure names "
    "it; asked: it asked the query; empty: the summary neither lists nor names it (where a "
    "summary only counts its respondents, it may still have answered).": (
        "answered : le résumé le liste parmi les répondants ; named : un résultat ou une "
        "mesure le cite ; asked : il a posé la question ; vide : le résumé ne le liste ni ne le "
        "cite (là où un résumé ne fait que compter ses répondants, il peut avoir répondu)."
    ),
    # map
    "measures named in the summary": "mesures citées dans le résumé",
    "named for {type}": "cité pour {type}",
    "EMN member, did not answer": "membre du REM, n'a pas répondu",
    "EMN observer, did not answer": "observateur du REM, n'a pas répondu",
    "answered, but not this question": "a répondu, mais pas à cette question",
    "whether it answered is not known: the summary lists no respondents": (
        "réponse inconnue : le résumé ne liste pas ses répondants"
    ),
    "named in the summary": "cité dans le résumé",
    "Named in the summary: {n} countries": "Cités dans le résumé : {n} pays",
    # what absence means
    "Only what the summary names is shown; a country not named for a measure may still take it.": (
        "Seul ce que le résumé cite est indiqué ; un pays non cité pour une mesure peut "
        "néanmoins l'appliquer."
    ),
    "Only the countries a finding names are shown; a country it does not name may still be in "
    "the same case.": (
        "Seuls les pays qu'un résultat cite sont indiqués ; un pays qu'il ne cite pas peut "
        "néanmoins être dans le même cas."
    ),
    "not named in the summary": "non cité dans le résumé",
    "no measure named in the summary": "aucune mesure citée dans le résumé",
    "1 measure named in the summary": "1 mesure citée dans le résumé",
    "{n} measures named in the summary": "{n} mesures citées dans le résumé",
    # how a summary gives its respondents
    "the summary lists its {n} respondents": "le résumé liste ses {n} répondants",
    "the summary neither lists nor counts its respondents": (
        "le résumé ne liste ni ne compte ses répondants"
    ),
    "the summary does not list its respondents ({n} gave a public answer; more may have "
    "answered)": (
        "le résumé ne liste pas ses répondants ({n} ont donné une réponse publique ; d'autres "
        "peuvent avoir répondu)"
    ),
    "the summary does not list its respondents ({n} answered)": (
        "le résumé ne liste pas ses répondants ({n} ont répondu)"
    ),
    "{n} public answers": "{n} réponses publiques",
    "not known: {why}": "inconnu : {why}",
    "not listed": "non listés",
    "not known": "inconnu",
    "asked this query": "a posé cette question",
    "named in 1 finding of the summary": "cité dans 1 résultat du résumé",
    "named in {n} findings of the summary": "cité dans {n} résultats du résumé",
    "not named in the findings of the summary": "non cité dans les résultats du résumé",
    "; ": " ; ",
    # empty results (stderr)
    "this query's file holds no findings": (
        "le fichier de cette question ne contient aucun résultat"
    ),
    "no summary names {code}": "aucun résumé ne cite {code}",
    "this query's file holds no measures: what its summary says is in its findings "
    "('adhocq findings -q {id}')": (
        "le fichier de cette question ne contient aucune mesure : ce que dit son résumé est "
        "dans ses résultats (« adhocq findings -q {id} »)"
    ),
    "no rows match these filters": "aucune ligne ne correspond à ces filtres",
}
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


def shown(lang: str, text: str) -> str:
    """`text` as the reader sees it: translated if adhocq marked it as its own (`N_`)."""
    return tr(lang, text) if isinstance(text, Message) else text
