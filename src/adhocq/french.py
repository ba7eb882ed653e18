"""adhocq's own words in French (see adhocq.messages): the English text -> its French. The help
has its own catalog (adhocq/cli/help_french.py)."""

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
    "Appears": "Apparaît",
    "Listed": "Listés",
    "% of {total}": "% de {total}",
    # cells and marks; values people read in their language, machines as the English token
    "yes": "oui",
    "no": "non",
    "member": "membre",
    "observer": "observateur",
    "answered": "a répondu",
    "named": "cité",
    "asked": "a posé la question",
    "listed": "listés",
    "counted": "comptés",
    "unknown": "inconnus",
    "public-answer": "réponses publiques",
    "count basis\x04answered": "réponses",  # what a count of respondents counts
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
    "named for {types}": "cités pour {types}",
    "not named for {types}": "non cités pour {types}",
    " and ": " et ",
    " or ": " ou ",
    "with a {category} measure": "avec une mesure de la catégorie {category}",
    # captions and notes
    "; this file holds only the first finding of it": (
        " ; ce fichier n'en contient que le premier résultat"
    ),
    "; this file holds only the first {n} findings of it": (
        " ; ce fichier n'en contient que les {n} premiers résultats"
    ),
    "; this file holds none of its findings": " ; ce fichier n'en contient aucun résultat",
    "Source: EMN ad hoc query {query}{by}{asked}; publication date not known": (
        "Source : question ad hoc du REM {query}{by}{asked} ; date de publication inconnue"
    ),
    "Source: EMN ad hoc query {query}{by}{asked}; compilation produced {day}": (
        "Source : question ad hoc du REM {query}{by}{asked} ; compilation produite le {day}"
    ),
    "; only the header of its compilation was read: who answered, none of the answers": (
        " ; seul l'en-tête de sa compilation a été lu : qui a répondu, aucune des réponses"
    ),
    "; only the header of its compilation was read: it names those asked to answer, not those "
    "who answered": (
        " ; seul l'en-tête de sa compilation a été lu : il nomme les pays invités à répondre, "
        "non ceux qui ont répondu"
    ),
    "; the header counts {count} in total but names {named}": (
        " ; l'en-tête en compte {count} au total mais en nomme {named}"
    ),
    "only the header of this query's compilation was read: its file holds none of the answers": (
        "seul l'en-tête de la compilation de cette question a été lu : son fichier ne contient "
        "aucune des réponses"
    ),
    "the compilation's header names {named} respondents and counts {n}": (
        "l'en-tête de la compilation nomme {named} répondants et en compte {n}"
    ),
    "the compilation's header names its {n} respondents": (
        "l'en-tête de la compilation nomme ses {n} répondants"
    ),
    "the compilation's header names the {n} countries asked to answer, not those who answered": (
        "l'en-tête de la compilation nomme les {n} pays invités à répondre, non ceux qui ont "
        "répondu"
    ),
    "Compiled": "Compilée",
    "Topics": "Thèmes",
    "requested": "sollicité",
    "Role": "Rôle",
    "Named in": "Cité dans",
    "Rank": "Rang",
    "title (adhocq's words)": "titre (mots d'adhocq)",
    "Passage": "Passage",
    "Respondents given": "Répondants donnés",
    "Found in": "Trouvés dans",
    "Score": "Score",
    "title": "titre",
    "theme": "thème",
    "bullet": "puce",
    "finding": "résultat",
    "Ad hoc queries closest to “{text}” ({found} of {total}), closest first": (
        "Questions ad hoc les plus proches de « {text} » ({found} sur {total}), la plus proche "
        "d'abord"
    ),
    "Closest: sharing the draft's rarest words (BM25 over titles, themes, questions, "
    "findings and topics); the score compares queries of this draft only.": (
        "Les plus proches : celles qui partagent les mots les plus rares du projet (BM25 sur "
        "les titres, thèmes, questions, résultats et thèmes de classement) ; le score ne "
        "compare que les questions de ce projet."
    ),
    "no query shares a word with the draft": "aucune question n'a de mot en commun avec le projet",
    "the draft has no word to look for; give a few words of it": (
        "le projet n'a aucun mot à chercher ; donnez-en quelques mots"
    ),
    "{topic}: {n} ad hoc queries, oldest first": (
        "{topic} : {n} questions ad hoc, la plus ancienne d'abord"
    ),
    "; and findings of another publisher's summary of the query ({pages})": (
        " ; et des résultats du résumé qu'un autre éditeur fait de la question ({pages})"
    ),
    "[untitled]: no source read prints a title for this query; adhocq describes it in its own "
    "words.": (
        "[untitled] : aucune source lue n'imprime de titre pour cette question ; adhocq la "
        "décrit en ses propres mots."
    ),
    "asked to answer, by a header that names those asked": (
        "invité à répondre, selon un en-tête qui nomme les pays sollicités"
    ),
    "date not known": "date inconnue",
    "Date": "Date",
    "a country's role\x04not listed": "non listé",  # by a query's list of respondents
    "no query has the chosen topics": "aucune question n'a les thèmes choisis",
    "Date: of publication, else of the compilation, else when it was asked.": (
        "Date : de publication, sinon de la compilation, sinon de la demande."
    ),
    "{header}: ": "{header} : ",
    "former member": "ancien membre",
    "neither an EMN member nor an observer": "ni membre ni observateur du REM",
    "; only a listing of it was read: this file holds none of its findings": (
        " ; seule une liste de publications en a été lue : ce fichier n'en contient aucun résultat"
    ),
    "Sources: the pages of 1 EMN ad hoc query": "Sources : les pages d'une question ad hoc du REM",
    "Sources: the pages of {n} EMN ad hoc queries": (
        "Sources : les pages de {n} questions ad hoc du REM"
    ),
    "Only what the summaries list or name is shown; a country missing from a query may still "
    "have answered it.": (
        "Seul ce que les résumés listent ou citent est indiqué ; un pays absent d'une question "
        "peut néanmoins y avoir répondu."
    ),
    "[tr]: adhocq's translation of a title the source prints in another language "
    "('adhocq cite' gives the printed one).": (
        "[tr] : traduction par adhocq d'un titre que la source imprime dans une autre langue "
        "(« adhocq cite » donne le titre imprimé)."
    ),
    "[en]: no translation into the language asked for; in English.": (
        "[en] : pas de traduction dans la langue demandée ; en anglais."
    ),
    # map
    "measures named in the summary": "mesures citées dans le résumé",
    "named for {type}": "cité pour {type}",
    "EMN member, did not answer": "membre du REM, n'a pas répondu",
    "EMN observer, did not answer": "observateur du REM, n'a pas répondu",
    "answered, but not this question": "a répondu, mais pas à cette question",
    # what absence means
    "Only what the summary names is shown; a country not named for a measure may still take it.": (
        "Seul ce que le résumé cite est indiqué ; un pays non cité pour une mesure peut "
        "néanmoins l'appliquer."
    ),
    "not named in the summary": "non cité dans le résumé",
    "no measure named in the summary": "aucune mesure citée dans le résumé",
    "1 measure named in the summary": "1 mesure citée dans le résumé",
    "{n} measures named in the summary": "{n} mesures citées dans le résumé",
    # empty results (stderr)
    "no rows match these filters": "aucune ligne ne correspond à ces filtres",
    "no measure can match: {types} not in category {category}": (
        "aucune mesure ne peut correspondre : {types} hors de la catégorie {category}"
    ),
    "no country can match: {types} both required (--has) and excluded (--lacks)": (
        "aucun pays ne peut correspondre : {types} à la fois exigé (--has) et exclu (--lacks)"
    ),
    "no country can match: every --any type is also excluded (--lacks)": (
        "aucun pays ne peut correspondre : chaque type de --any est aussi exclu (--lacks)"
    ),
    # errors (stderr)
    "usage error: {message}": "erreur d'utilisation : {message}",
    "usage error: {message} (see '{where} --help')": (
        "erreur d'utilisation : {message} (voir '{where} --help')"
    ),
    "internal error ({name}); please report it with the command you ran, or rerun with "
    "ADHOCQ_DEBUG=1 to see the traceback": (
        "erreur interne ({name}) ; merci de la signaler avec la commande lancée, ou de relancer "
        "avec ADHOCQ_DEBUG=1 pour voir la trace"
    ),
    "interrupted": "interrompu",
    "cannot write to standard output: {reason}": (
        "impossible d'écrire sur la sortie standard : {reason}"
    ),
    "unknown {what} {value!r} (did you mean {original!r}?)": (
        "{what} introuvable : {value!r} (vouliez-vous dire {original!r} ?)"
    ),
    "unknown {what} {value!r} (expected one of: {choices})": (
        "{what} introuvable : {value!r} (valeurs possibles : {choices})"
    ),
    "unknown {what} {value!r} (none is declared)": (
        "{what} introuvable : {value!r} (aucune valeur n'est déclarée)"
    ),
    "unknown {what} {value!r} (not one of the {n} declared)": (
        "{what} introuvable : {value!r} (aucune des {n} valeurs déclarées)"
    ),
    "question": "question",
    "measure type": "type de mesure",
    "category": "catégorie",
    "topic": "thème",
    "finding kind": "nature de résultat",
    "command": "commande",
    "language": "langue",
    "--by value": "valeur de --by",
    "{value!r} is not one of {choices}.": "{value!r} n'est pas l'une des valeurs {choices}.",
    "{value!r} is not one of {choices} (did you mean {guess!r}?)": (
        "{value!r} n'est pas l'une des valeurs {choices} (vouliez-vous dire {guess!r} ?)"
    ),
    "no such option: {name}": "option inconnue : {name}",
    " (possible options: {options})": " (options possibles : {options})",
    "missing argument {hint}": "argument manquant : {hint}",
    "missing option {hint}": "option manquante : {hint}",
    "invalid value for {hint}: {message}": "valeur invalide pour {hint} : {message}",
    "option {name} requires a value": "l'option {name} attend une valeur",
    "unexpected extra arguments {extra}": "arguments en trop {extra}",
    "missing command": "commande manquante",
    "unknown country {raw!r} (did you mean {code} ({name})?)": (
        "pays introuvable : {raw!r} (vouliez-vous dire {code} ({name}) ?)"
    ),
    "unknown country {raw!r} (give an EMN country code such as CZ, or a name such as Czechia)": (
        "pays introuvable : {raw!r} (donnez un code de pays du REM comme CZ, ou un nom comme "
        "Tchéquie)"
    ),
    "{option} {value!r} has an empty item; separate values with single commas": (
        "{option} {value!r} a un élément vide ; séparez les valeurs par une seule virgule"
    ),
    "this dataset holds {n} queries and declares no default: choose one with --query ID "
    "('adhocq queries' lists them): {ids}": (
        "ce jeu de données contient {n} questions et n'en déclare aucune par défaut : "
        "choisissez-en une avec --query ID ('adhocq queries' les liste) : {ids}"
    ),
    "{raw!r} is a category, not a measure type: use --category {wanted} ('adhocq types' lists"
    " the types of each category)": (
        "{raw!r} est une catégorie, pas un type de mesure : utilisez --category {wanted} ('adhocq"
        " types' liste les types de chaque catégorie)"
    ),
    "compare needs different countries, got {codes}": (
        "compare demande des pays différents, reçu {codes}"
    ),
    "compare needs at least two country codes": "compare demande au moins deux codes de pays",
    "--accessed takes a date as YYYY-MM-DD, got {raw!r}": (
        "--accessed attend une date AAAA-MM-JJ, reçu {raw!r}"
    ),
    "--all cites every query; it cannot be combined with --query": (
        "--all cite toutes les questions ; il ne se combine pas avec --query"
    ),
    "search text is empty; give a word to look for, e.g. 'psycho'": (
        "le texte cherché est vide ; donnez un mot à chercher, p. ex. 'psycho'"
    ),
    "{option} takes a date as YYYY, YYYY-MM or YYYY-MM-DD, got {raw!r}": (
        "{option} attend une date AAAA, AAAA-MM ou AAAA-MM-JJ, reçu {raw!r}"
    ),
    "--search text is empty; give a word to look for": (
        "le texte de --search est vide ; donnez un mot à chercher"
    ),
    "--non-respondents lists who did not answer; it takes no filter": (
        "--non-respondents liste qui n'a pas répondu ; il ne prend aucun filtre"
    ),
    "no country can give both answers to {question!r}": (
        "aucun pays ne peut donner les deux réponses à {question!r}"
    ),
    "--answer takes QUESTION=yes or QUESTION=no, got {raw!r}": (
        "--answer attend QUESTION=yes ou QUESTION=no, reçu {raw!r}"
    ),
    "count --by query counts across the queries; it takes no --query": (
        "count --by query compte sur toutes les questions ; il ne prend pas --query"
    ),
    "matrix --queries is across queries; it takes no --category, --transpose or --query": (
        "matrix --queries porte sur toutes les questions ; il ne prend ni --category, ni "
        "--transpose, ni --query"
    ),
    "nothing to export: give --sqlite FILE": "rien à exporter : donnez --sqlite FILE",
    "--export writes .svg or .html files, not {name!r}": (
        "--export écrit des fichiers .svg ou .html, pas {name!r}"
    ),
    "--excel-safe applies to csv and tsv output, not {format}": (
        "--excel-safe s'applique aux sorties csv et tsv, pas à {format}"
    ),
    "--crlf applies to csv output, not {format}": (
        "--crlf s'applique à la sortie csv, pas à {format}"
    ),
    "--chart draws a picture; it cannot be written as {format}": (
        "--chart dessine une image ; elle ne peut pas s'écrire en {format}"
    ),
    "--excel-safe applies to csv and tsv output, not a picture": (
        "--excel-safe s'applique aux sorties csv et tsv, pas à une image"
    ),
    "--crlf applies to csv output, not a picture": (
        "--crlf s'applique à la sortie csv, pas à une image"
    ),
    "wrote {file}": "écrit : {file}",
    "wrote {file} ({counts})": "écrit : {file} ({counts})",
    " and its Datasette metadata {file}": " et ses métadonnées Datasette {file}",
    "serve needs Datasette: pip install 'adhocq[web]'": (
        "serve a besoin de Datasette : pip install 'adhocq[web]'"
    ),
    "--host {host}: {reason}": "--host {host} : {reason}",
    "port {port} is in use: choose another with --port (0: any free one)": (
        "le port {port} est occupé : choisissez-en un autre avec --port (0 : un port libre)"
    ),
    "cannot listen on {host} port {port}: {reason}": (
        "impossible d'écouter sur {host}, port {port} : {reason}"
    ),
    "Datasette did not answer within {seconds:.0f} s (see {log})": (
        "Datasette n'a pas répondu en {seconds:.0f} s (voir {log})"
    ),
    "Datasette stopped (exit {code}): {last}": "Datasette s'est arrêté (code {code}) : {last}",
    "{n} query": "{n} question",
    "{n} queries": "{n} questions",
    "{n} response": "{n} réponse",
    "{n} responses": "{n} réponses",
    "{n} finding": "{n} résultat",
    "{n} findings": "{n} résultats",
    "{n} measure": "{n} mesure",
    "{path} exists; use --force to replace it": (
        "{path} existe ; utilisez --force pour le remplacer"
    ),
    "No such command {name!r}.": "commande introuvable : {name!r}",
    "No such command {name!r}. Did you mean {suggestions}?": (
        "commande introuvable : {name!r} (vouliez-vous dire {suggestions} ?)"
    ),
    # respondents, requesters, and what a summary does not say
    "Counted": "Compté",
    "Printed, no EMN code": "Imprimé, sans code du REM",
    "Title printed in": "Titre imprimé en",
    "Countries x {n} ad hoc queries: asked, answered (listed) or named": (
        "Pays x {n} questions ad hoc : a posé la question, a répondu (listé) ou cité"
    ),
    "asked the query": "a posé la question",
    "listed or named among those that answered": "listé ou cité parmi ceux qui ont répondu",
    "named in a finding or for a measure": "cité dans un résultat ou pour une mesure",
    "asked and answered": "a posé la question et répondu",
    "asked, and named": "a posé la question, et cité",
    "whether it answered is not known: the summary lists no respondents": (
        "réponse inconnue : le résumé ne liste pas ses répondants"
    ),
    "named in the summary": "cité dans le résumé",
    "{named}: {n} countries": "{named} : {n} pays",
    "{named}: 1 country": "{named} : 1 pays",
    "named in the compilation's header": "cité dans l'en-tête de la compilation",
    "not named in the compilation's header": "non cité dans l'en-tête de la compilation",
    "Also printed, with no EMN country code (no tile): {tokens}": (
        "Également imprimé, sans code de pays du REM (pas de case) : {tokens}"
    ),
    "Findings read": "Résultats lus",
    "Compared across the ad hoc queries: {codes} ({found} of {total} queries)": (
        "Comparés dans les questions ad hoc : {codes} ({found} questions sur {total})"
    ),
    "answered: the summary lists or names it among the respondents; named: a finding or a "
    "measure names it; asked: it asked the query; empty: the summary neither lists nor names "
    "it (where a summary only counts its respondents, it may still have answered).": (
        "answered : le résumé le liste ou le cite parmi les répondants ; named : un résultat "
        "ou une mesure le cite ; asked : il a posé la question ; vide : le résumé ne le liste "
        "ni ne le cite (là où un résumé ne fait que compter ses répondants, il peut avoir "
        "répondu)."
    ),
    "--query is {n} characters long: give a query's id, the start of one, or a few words of its "
    "title ('adhocq queries' lists them)": (
        "--query compte {n} caractères : donnez l'id d'une question, son début, ou quelques mots "
        "de son titre (« adhocq queries » les liste)"
    ),
    "--query is empty: give a query's id, the start of one, or words of its title "
    "('adhocq queries' lists them)": (
        "--query est vide : donnez l'id d'une question, son début, ou des mots de son titre "
        "(« adhocq queries » les liste)"
    ),
    "{raw!r} starts several query ids: {ids}": (
        "{raw!r} est le début de plusieurs ids de questions : {ids}"
    ),
    "{raw!r} starts {n} query ids; give more of one:": (
        "{raw!r} est le début de {n} ids de questions ; donnez-en davantage :"
    ),
    "{raw!r} matches the ids or titles of {n} queries; give more words, or the id of one "
    "of them:": (
        "{raw!r} correspond aux ids ou aux titres de {n} questions ; donnez plus de mots, ou "
        "l'id de l'une d'elles :"
    ),
    "{code} is not among this query's countries (the EMN's when it was asked, and any other its "
    "lists name): {codes}": (
        "{code} ne figure pas parmi les pays de cette question (ceux du REM quand elle a été "
        "posée, et tout autre que ses listes nomment) : {codes}"
    ),
    "unknown query {raw!r} (did you mean {meant!r}?)": (
        "question introuvable : {raw!r} (vouliez-vous dire {meant!r} ?)"
    ),
    "unknown query {raw!r}: no id starts with it and no title holds all its words; to look "
    "in their findings too: adhocq queries --search {search}": (
        "question introuvable : {raw!r} : aucun id ne commence ainsi et aucun titre ne contient "
        "tous ses mots ; pour chercher aussi dans leurs résultats : adhocq queries --search "
        "{search}"
    ),
    "unknown query {raw!r}: no id starts with it and no title holds all its words (did "
    "you mean {guess!r}?); to look in their findings too: adhocq queries --search {search}": (
        "question introuvable : {raw!r} : aucun id ne commence ainsi et aucun titre ne contient "
        "tous ses mots (vouliez-vous dire {guess!r} ?) ; pour chercher aussi dans leurs "
        "résultats : adhocq queries --search {search}"
    ),
    "Countries named per type (the summary does not count its respondents)": (
        "Pays cités par type (le résumé ne compte pas ses répondants)"
    ),
    "Countries named per category (the summary does not count its respondents)": (
        "Pays cités par catégorie (le résumé ne compte pas ses répondants)"
    ),
    "no text in '{lang}' contains '{text}'; without --lang, every language": (
        "aucun texte en '{lang}' ne contient '{text}' ; sans --lang, toutes les langues"
    ),
    "the summary lists its {n} respondents": "le résumé liste ses {n} répondants",
    "{name}: {given}, so it gives no answers or measures per country; "
    "'adhocq show {code}' shows what it says of {code}": (
        "{name} : {given}, il ne donne donc ni réponses ni mesures par pays ; "
        "« adhocq show {code} » montre ce qu'il dit de {code}"
    ),
    "{name} asked this query; the summary does not list it as a respondent": (
        "{name} a posé cette question ; le résumé ne le liste pas parmi les répondants"
    ),
    "{name} is an EMN {membership} but did not answer this query; see 'adhocq info' for "
    "the respondents": (
        "{name} est {membership} du REM mais n'a pas répondu à cette question ; "
        "« adhocq info » liste les répondants"
    ),
    "{given}, so it gives no answers or measures per country; 'adhocq findings' shows "
    "the countries it names": (
        "{given}, il ne donne donc ni réponses ni mesures par pays ; « adhocq findings » "
        "montre les pays qu'il cite"
    ),
    "{given}, so it does not say which countries answered; 'adhocq findings' shows the "
    "countries it names": (
        "{given}, il ne dit donc pas quels pays ont répondu ; « adhocq findings » montre les "
        "pays qu'il cite"
    ),
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
    "not known: {why}": "inconnu : {why}",
    "not listed": "non listés",
    "not known": "inconnu",
    "asked this query": "a posé cette question",
    "listed among the respondents": "listé parmi les répondants",
    "named among the respondents": "cité parmi les répondants",
    "named in 1 finding of the summary": "cité dans 1 résultat du résumé",
    "named in {n} findings of the summary": "cité dans {n} résultats du résumé",
    "not named in the findings of the summary": "non cité dans les résultats du résumé",
    "; ": " ; ",
    "this query's file holds no findings": (
        "le fichier de cette question ne contient aucun résultat"
    ),
    "only a listing of this query was read: its file holds none of its findings": (
        "seule une liste de publications a été lue pour cette question : son fichier n'en "
        "contient aucun résultat"
    ),
    "no summary lists or names {codes}": "aucun résumé ne liste ni ne cite {codes}",
    "this query's file holds no measures: what its summary says is in its findings ('adhocq "
    "findings -q {id}')": (
        "le fichier de cette question ne contient aucune mesure : ce que dit son résumé est dans "
        "ses résultats (« adhocq findings -q {id} »)"
    ),
    # captions
    "Source: EMN ad hoc query {query}{by}{asked}; summary published {published}": (
        "Source : question ad hoc du REM {query}{by}{asked} ; résumé publié le {published}"
    ),
    "; requested by: {requester}": " ; posée par : {requester}",
    "; asked in {month}": " ; posée en {month}",
    "Only the countries a finding names are shown; a country it does not name may still be in"
    " the same case.": (
        "Seuls les pays qu'un résultat cite sont indiqués ; un pays qu'il ne cite pas peut "
        "néanmoins être dans le même cas."
    ),
}
