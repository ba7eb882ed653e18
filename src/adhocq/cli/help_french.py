"""adhocq's help in French, paragraph by paragraph: each paragraph of a help text as one line
(a command's docstring, an option's help) -> its French (see cli/helptext.py). A paragraph
missing here is shown in English; tests/test_help_french.py says which must not be."""

HELP: dict[str, str] = {
    "Exit codes: 0 ok (an empty result too), 1 data or runtime error, 2 usage error, "
    "130 interrupted.": (
        "Codes de sortie : 0 succès (un résultat vide aussi), 1 erreur de données ou "
        "d'exécution, 2 erreur d'utilisation, 130 interrompu."
    ),
    "Show the version and exit.": "Affiche la version et quitte.",
    "Language of the texts and of adhocq's words, as the command's --lang.": (
        "Langue des textes et des mots d'adhocq, comme le --lang de la commande."
    ),
    "The queries to read, as the command's --data.": (
        "Les questions à lire, comme le --data de la commande."
    ),
    "The query to answer about, as the command's --query.": (
        "La question sur laquelle répondre, comme le --query de la commande."
    ),
    "Output format, as the command's --format. These four may come before the command "
    "or after it; after it wins.": (
        "Format de sortie, comme le --format de la commande. Ces quatre options peuvent"
        " précéder la commande ou la suivre ; après elle, elles l'emportent."
    ),
    "Install completion for the current shell.": ("Installe la complétion pour le shell courant."),
    "Show completion for the current shell, to copy it or customize the installation.": (
        "Affiche la complétion pour le shell courant, pour la copier ou adapter l'installation."
    ),
    "The queries, newest first; by country, date or text.": (
        "Les questions, les plus récentes d'abord ; par pays, date ou texte."
    ),
    "Only queries this country (a code or a name) asked, answered (as listed) or is named in.": (
        "Seulement les questions que ce pays (un code ou un nom) a posées, auxquelles il a "
        "répondu (d'après la liste) ou qui le citent."
    ),
    "Only queries this country (a code or a name) asked.": (
        "Seulement les questions posées par ce pays (un code ou un nom)."
    ),
    "Only queries dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD): by their publication, "
    "else their compilation, else the day or month they were asked.": (
        "Seulement les questions datées de DATE ou après (AAAA, AAAA-MM ou AAAA-MM-JJ) : par "
        "leur publication, sinon leur compilation, sinon le jour ou le mois où elles ont été "
        "posées."
    ),
    "Only queries dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD), as --since dates them.": (
        "Seulement les questions datées de DATE ou avant (AAAA, AAAA-MM ou AAAA-MM-JJ), comme "
        "--since les date."
    ),
    "Only queries tagged with this topic (of adhocq's own list, which an unknown topic's error "
    "gives); repeat it, or separate topics with commas, for any of several.": (
        "Seulement les questions classées sous ce thème (de la liste d'adhocq, que donne l'erreur "
        "d'un thème inconnu) ; répétez-le, ou séparez les thèmes par des virgules, pour l'un de "
        "plusieurs."
    ),
    "Only queries whose title or findings contain TEXT (any case, any accents).": (
        "Seulement les questions dont le titre ou les résultats contiennent TEXT (sans "
        "tenir compte de la casse ni des accents)."
    ),
    "Output format. Default: table on a terminal, csv in a pipe.": (
        "Format de sortie. Par défaut : table dans un terminal, csv dans un tube."
    ),
    "Language of the texts and of adhocq's words: en, fr, or any the queries have (see "
    "'adhocq info'). A text with no translation into it is shown in English, marked "
    "[en] in a table. Default: the locale's language (LANG) if adhocq speaks it, else "
    "en.": (
        "Langue des textes et des mots d'adhocq : en, fr, ou toute langue des questions"
        " (voir 'adhocq info'). Un texte sans traduction dans cette langue est affiché "
        "en anglais, marqué [en] dans une table. Par défaut : la langue de la locale "
        "(LANG) si adhocq la parle, sinon en."
    ),
    "A query file, or a folder of them, to read instead of the bundled queries. "
    "Default: ADHOCQ_DATA (paths separated by the system's path separator, ':' or ';').": (
        "Un fichier de question, ou un dossier de fichiers, à lire au lieu des "
        "questions fournies. Par défaut : ADHOCQ_DATA (chemins séparés par le "
        "séparateur du système, ':' ou ';')."
    ),
    "csv/tsv: prefix ' to cells starting with = + - @ tab or CR, so spreadsheets do not"
    " run them as formulas.": (
        "csv/tsv : préfixe ' aux cellules commençant par = + - @ tabulation ou CR, pour"
        " que les tableurs ne les exécutent pas comme des formules."
    ),
    "csv: end lines with CR LF (RFC 4180) instead of LF.": (
        "csv : termine les lignes par CR LF (RFC 4180) au lieu de LF."
    ),
    "Also save it as FILE.svg (a picture) or FILE.html (a document with a table). An "
    "existing file is kept unless --force.": (
        "L'enregistre aussi dans FILE.svg (une image) ou FILE.html (un document avec "
        "une table). Un fichier existant est conservé, sauf avec --force."
    ),
    "With --export: replace FILE if it already exists.": (
        "Avec --export : remplace FILE s'il existe déjà."
    ),
    "Everything the queries say of one country, newest query first: each query it asked, "
    "answered or was asked to answer, each finding that names it; and for every other query, "
    "whether its list of respondents leaves the country out (not listed: it did not answer) "
    "or the query says nothing of it (not known).": (
        "Tout ce que les questions disent d'un pays, la plus récente d'abord : chaque question "
        "qu'il a posée, à laquelle il a répondu ou a été invité à répondre, chaque résultat "
        "qui le cite ; et pour chaque autre question, si sa liste de répondants l'omet (non "
        "listé : il n'a pas répondu) ou si elle n'en dit rien (inconnu)."
    ),
    "Everything the queries say of one country.": ("Tout ce que les questions disent d'un pays."),
    "A topic across the years, with each country's role.": (
        "Un thème au fil des années, avec le rôle de chaque pays."
    ),
    "A topic across the years: each query of the topic, oldest first, and each country's role "
    "in it (asked, answered, requested, named, not listed: it did not answer, or not known), "
    "with the findings and measures that name it; one row per query and country.": (
        "Un thème au fil des années : chaque question du thème, la plus ancienne d'abord, et le "
        "rôle de chaque pays dans chacune (a posé, a répondu, sollicité, cité, non listé : il "
        "n'a pas répondu, ou inconnu), avec les résultats et mesures qui le citent ; une ligne "
        "par question et par pays."
    ),
    "A topic of adhocq's own list (an unknown one is refused with the list).": (
        "Un thème de la liste d'adhocq (un thème inconnu est refusé avec la liste)."
    ),
    "Only this country (a code or a name).": "Seulement ce pays (un code ou un nom).",
    "A draft question or a few words, in English or French.": (
        "Un projet de question ou quelques mots, en anglais ou en français."
    ),
    "Also say what each query says of this country (a code or a name).": (
        "Dire aussi ce que chaque question dit de ce pays (un code ou un nom)."
    ),
    "Has this been asked before? The queries closest to a draft question, closest first: "
    "each with its date, requester, respondents, coverage and topics, and the texts of it "
    "that hold the draft's words. Case, accents and simple word forms are ignored (tests finds "
    "test, naturalization finds naturalisation); a French draft also finds queries written in "
    "English only.": (
        "Cette question a-t-elle déjà été posée ? Les questions les plus proches d'un projet de "
        "question, la plus proche d'abord : chacune avec sa date, son demandeur, ses "
        "répondants, sa couverture et ses thèmes, et ceux de ses textes qui contiennent les "
        "mots du projet. La casse, les accents et les formes simples des mots sont ignorés "
        "(tests trouve test, naturalization trouve naturalisation) ; un projet en français "
        "trouve aussi les questions écrites seulement en anglais."
    ),
    "Has this been asked before? The queries closest to a draft.": (
        "Déjà posée ? Les questions les plus proches d'un projet."
    ),
    "Show the N closest queries; 0 shows every query that shares a word.": (
        "Affiche les N questions les plus proches ; 0 affiche toutes celles qui partagent un mot."
    ),
    "An EMN country code (GR for EL), or its name in any language of the data.": (
        "Un code de pays du REM (GR pour EL), ou son nom dans une langue des données."
    ),
    "Respondents, filtered by their answers and measure types.": (
        "Les répondants, filtrés selon leurs réponses et les types de mesures."
    ),
    "Shorthand for --answer service=yes (or =no): the customer-service question of the "
    "bundled query.": (
        "Raccourci pour --answer service=yes (ou =no) : la question sur le service "
        "client de la question fournie."
    ),
    "Only countries that gave this answer to a question (see 'adhocq info'); repeat, or"
    " separate with commas, for several.": (
        "Seulement les pays qui ont donné cette réponse à une question (voir 'adhocq "
        "info') ; répéter, ou séparer par des virgules, pour plusieurs."
    ),
    "Reports this measure type (repeat, or separate with commas: all of them; 'adhocq "
    "types' lists them).": (
        "Cité pour ce type de mesure (répéter, ou séparer par des virgules : tous ; "
        "'adhocq types' les liste)."
    ),
    "Reports this measure type (repeat, or separate with commas: at least one of them).": (
        "Cité pour ce type de mesure (répéter, ou séparer par des virgules : au moins un)."
    ),
    "Does not report this measure type (repeat, or separate with commas: none of them).": (
        "Non cité pour ce type de mesure (répéter, ou séparer par des virgules : aucun)."
    ),
    "Has any measure in this category (see 'adhocq types').": (
        "Cité pour une mesure de cette catégorie (voir 'adhocq types')."
    ),
    "List the EMN members that did not answer instead (no other filter).": (
        "Liste plutôt les membres du REM qui n'ont pas répondu (sans autre filtre)."
    ),
    "One row per country and measure.": ("Une ligne par pays et par mesure."),
    "Only this measure type (repeat, or separate with commas: any of them; 'adhocq "
    "types' lists them).": (
        "Seulement ce type de mesure (répéter, ou séparer par des virgules : l'un d'eux"
        " ; 'adhocq types' les liste)."
    ),
    "Only measures in this category (see 'adhocq types').": (
        "Seulement les mesures de cette catégorie (voir 'adhocq types')."
    ),
    "Only this country, by EMN code or by name in any language of the data (repeat, or "
    "separate with commas: any of them).": (
        "Seulement ce pays, par code du REM ou par nom dans une langue des données "
        "(répéter, ou séparer par des virgules : l'un d'eux)."
    ),
    "The measure types, with how many countries report each.": (
        "Les types de mesures, avec le nombre de pays cités pour chacun."
    ),
    "One country's profile.": ("Le profil d'un pays."),
    "EMN country code, e.g. CZ (GR means EL), or name in any language of the data "
    "(Czechia, Tchéquie).": (
        "Code de pays du REM, p. ex. CZ (GR signifie EL), ou nom dans une langue des "
        "données (Czechia, Tchéquie)."
    ),
    "Group countries by type or category (of one query), count measures per country, or"
    " count respondents and countries named per query (across queries).": (
        "Regroupe les pays par type ou catégorie (d'une question), compte les mesures "
        "par pays, ou compte répondants et pays cités par question (sur toutes les "
        "questions)."
    ),
    "Draw horizontal bars, longest first, instead of a table.": (
        "Dessine des barres horizontales, la plus longue d'abord, au lieu d'une table."
    ),
    "Only findings of this kind (see 'adhocq info').": (
        "Seulement les résultats de cette nature (voir 'adhocq info')."
    ),
    "Only the measure types of this category (see 'adhocq types').": (
        "Seulement les types de mesures de cette catégorie (voir 'adhocq types')."
    ),
    "One row per type, one column per country.": ("Une ligne par type, une colonne par pays."),
    "Countries x queries instead, across the dataset: answered (a listed respondent), "
    "named (in a finding), or empty.": (
        "Plutôt pays x questions, sur tout le jeu de données : a répondu (répondant "
        "listé), cité (dans un résultat), ou vide."
    ),
    "Also write the total column in csv, tsv, json and jsonl (tables and markdown "
    "always show totals).": (
        "Écrit aussi la colonne des totaux en csv, tsv, json et jsonl (les tables et le"
        " markdown montrent toujours les totaux)."
    ),
    "Two or more EMN country codes or names.": ("Deux codes ou noms de pays du REM ou plus."),
    "Search every text, ignoring case and accents.": (
        "Cherche dans tous les textes, sans tenir compte de la casse ni des accents."
    ),
    "Text to find, ignoring case and accents (redeploi finds redéploiement).": (
        "Texte à trouver, sans tenir compte de la casse ni des accents (redeploi trouve"
        " redéploiement)."
    ),
    "Search only this language. Default: every language of the queries.": (
        "Cherche seulement dans cette langue. Par défaut : toutes les langues des questions."
    ),
    "A tile map of the EMN member and observer countries, each where it lies in Europe,"
    " coloured by a question's answer, by whether it is named for a measure type, or by"
    " how many measures the summary names for it. Members that did not answer and "
    "observers are greyed. Like every command: the picture on a terminal, its data as "
    "CSV in a pipe, or in the format given with --format.": (
        "Une carte en tuiles des pays membres et observateurs du REM, chacun à sa place"
        " en Europe, colorés selon la réponse à une question, selon qu'ils sont cités "
        "pour un type de mesure, ou selon le nombre de mesures que le résumé cite pour "
        "eux. Les membres qui n'ont pas répondu et les observateurs sont grisés. Comme "
        "toute commande : l'image dans un terminal, ses données en CSV dans un tube, ou"
        " dans le format donné par --format."
    ),
    "A tile map of the EMN countries.": ("Une carte en tuiles des pays du REM."),
    "Colour countries by: a question's answer (its id, see 'adhocq info'; "
    "offers-service is service), a measure type id (see 'adhocq types'), measures (how "
    "many) or named (named in the summary at all). Default: the first question, else "
    "measures where the query has measure types, else named.": (
        "Colorer les pays selon : la réponse à une question (son id, voir 'adhocq info'"
        " ; offers-service est service), un id de type de mesure (voir 'adhocq types'),"
        " measures (leur nombre) ou named (cité dans le résumé, où que ce soit). Par "
        "défaut : la première question, sinon measures si la question a des types de "
        "mesures, sinon named."
    ),
    "Write the whole dataset, every query of it, to a file other tools can query "
    "(nothing on stdout).": (
        "Écrit tout le jeu de données, chacune de ses questions, dans un fichier que "
        "d'autres outils peuvent interroger (rien sur la sortie standard)."
    ),
    "Views put English names beside the codes, for browsing: measure_with_names, "
    "finding_with_mentions, country_type_matrix (per query, countries x types, named 0 "
    "or 1) and participation (queries x countries: answered, named). Serve it with its "
    "metadata with `datasette FILE --metadata FILE.metadata.json`.": (
        "Des vues mettent les noms anglais à côté des codes, pour la consultation : "
        "measure_with_names, finding_with_mentions, country_type_matrix (par question, "
        "pays x types, cité 0 ou 1) et participation (questions x pays : a répondu, "
        "cité). Servez-le avec ses métadonnées par `datasette FILE --metadata "
        "FILE.metadata.json`."
    ),
    "Each file is complete or absent: it is built next to its target and moved onto it "
    "at the end; neither is written if either exists without --force.": (
        "Chaque fichier est complet ou absent : il est construit à côté de sa cible "
        "puis déplacé sur elle à la fin ; aucun n'est écrit si l'un d'eux existe, sauf "
        "avec --force."
    ),
    "The whole dataset as a SQLite database.": ("Tout le jeu de données en base SQLite."),
    "Write every query of the dataset to this SQLite database: one table per kind of "
    "record, each row of a query keyed by its query_id, keys between them, English "
    "texts in each table, a translation table for every other language, and views for "
    "browsing.": (
        "Écrit chaque question du jeu de données dans cette base SQLite : une table par"
        " sorte d'enregistrement, chaque ligne d'une question repérée par son query_id,"
        " des clés entre elles, les textes anglais dans chaque table, une table de "
        "traduction pour chaque autre langue, et des vues pour la consultation."
    ),
    "Also write FILE.metadata.json beside it, Datasette's metadata for it: title, "
    "source, licence, what each table, view and column holds, and the names Datasette "
    "shows beside query ids and country codes.": (
        "Écrit aussi FILE.metadata.json à côté, les métadonnées de Datasette : titre, "
        "source, licence, ce que contient chaque table, vue et colonne, et les noms que"
        " Datasette montre à côté des ids de questions et des codes de pays."
    ),
    "Replace FILE and FILE.metadata.json if they already exist.": (
        "Remplace FILE et FILE.metadata.json s'ils existent déjà."
    ),
    # serve
    "Browse the whole dataset in Datasette.": "Parcourir tout le jeu de données dans Datasette.",
    "Browse the whole dataset in Datasette, in a web browser: the export of `export --sqlite`"
    " with its metadata, and pages to fill in: one query, one country across the queries, a"
    " topic across the years, and the queries related to some words.": (
        "Parcourir tout le jeu de données dans Datasette, dans un navigateur web : l'export"
        " de `export --sqlite` avec ses métadonnées, et des pages à remplir : une question,"
        " un pays dans toutes les questions, un thème au fil des années, et les questions"
        " liées à quelques mots."
    ),
    "The export is written to adhocq's cache folder (a temporary folder, removed at the end,"
    " where the cache cannot be used), then Datasette serves it; the address is printed on"
    " stdout as soon as it answers, one line. Ctrl-C stops it (exit 130). Needs Datasette:"
    " pip install 'adhocq[web]'. Datasette's own messages go to datasette.log beside the"
    " export.": (
        "L'export est écrit dans le dossier de cache d'adhocq (un dossier temporaire, supprimé"
        " à la fin, là où le cache ne peut servir), puis Datasette le sert ; l'adresse est"
        " écrite sur la sortie standard dès qu'il répond, sur une ligne. Ctrl-C l'arrête"
        " (sortie 130). Demande Datasette : pip install 'adhocq[web]'. Les messages de"
        " Datasette vont dans datasette.log à côté de l'export."
    ),
    "The port to serve on; 0 picks a free one (the address printed names it).": (
        "Le port où servir ; 0 en choisit un libre (l'adresse écrite le donne)."
    ),
    "The address to listen on: 127.0.0.1 is this machine only; 0.0.0.0 lets other machines in.": (
        "L'adresse où écouter : 127.0.0.1 est cette machine seule ; 0.0.0.0 laisse entrer"
        " les autres machines."
    ),
    "Check query files and print every problem with its path and line (exit 1 if any); "
    "warnings (a country token that is no EMN code) go to stderr and do not fail it.": (
        "Vérifie des fichiers de questions et affiche chaque problème avec son chemin "
        "et sa ligne (sortie 1 s'il y en a) ; les avertissements (un pays qui n'est pas"
        " un code du REM) vont sur la sortie d'erreur et ne la font pas échouer."
    ),
    "A query file or a folder of them (default: --data, ADHOCQ_DATA, or the bundled queries).": (
        "Un fichier de question ou un dossier de fichiers (par défaut : --data, "
        "ADHOCQ_DATA, ou les questions fournies)."
    ),
    "How to cite a query's summary (published by the EMN and the national contact point"
    " whose site holds it: title and address as printed in --lang, or else in the "
    "language of the page read, with any title adhocq translated beside it; date; date "
    "accessed) and, after it, adhocq's dataset itself (its version and the newest date "
    "of its queries).": (
        "Comment citer le résumé d'une question (publié par le REM et le point de "
        "contact national dont le site l'héberge : titre et adresse tels qu'imprimés "
        "dans la langue de --lang, ou sinon dans la langue de la page lue, avec à côté "
        "tout titre traduit par adhocq ; date ; date de consultation) et, après lui, le"
        " jeu de données d'adhocq lui-même (sa version et la date la plus récente de "
        "ses questions)."
    ),
    "How to cite a summary, and adhocq's dataset.": (
        "Comment citer un résumé, et le jeu de données d'adhocq."
    ),
    "Cite the summary of every query, newest first.": (
        "Cite le résumé de chaque question, la plus récente d'abord."
    ),
    "Citation style: plain text, BibTeX (@misc), RIS or CSL-JSON.": (
        "Style de citation : texte simple, BibTeX (@misc), RIS ou CSL-JSON."
    ),
    "The date you read the summary, as YYYY-MM-DD. Default: today.": (
        "La date à laquelle vous avez lu le résumé, en AAAA-MM-JJ. Par défaut : aujourd'hui."
    ),
    "Show the help of a command, as 'adhocq COMMAND --help' does, or of adhocq itself.": (
        "Affiche l'aide d'une commande, comme 'adhocq COMMAND --help', ou d'adhocq lui-même."
    ),
    "The help of a command, as COMMAND --help.": ("L'aide d'une commande, comme COMMAND --help."),
    "Language of the help: en or fr. Default: ADHOCQ_LANG, else the locale's language "
    "(LANG) if adhocq speaks it, else en.": (
        "Langue de l'aide : en ou fr. Par défaut : ADHOCQ_LANG, sinon la langue de la "
        "locale (LANG) si adhocq la parle, sinon en."
    ),
    "The command to describe. Default: adhocq itself.": (
        "La commande à décrire. Par défaut : adhocq lui-même."
    ),
    "Show this message and exit.": ("Affiche ce message et quitte."),
    "'adhocq help COMMAND' describes a command.": ("'adhocq help COMMAND' décrit une commande."),
    "Across every query instead: one row per query, what its summary says of each "
    "country (answered, named, asked, or nothing).": (
        "Dans toutes les questions plutôt : une ligne par question, ce que son résumé "
        "dit de chaque pays (a répondu, cité, a posé la question, ou rien)."
    ),
    "Also list the types none of them report (with --queries: the queries that say "
    "nothing of any of them).": (
        "Liste aussi les types qu'aucun d'eux ne déclare (avec --queries : les "
        "questions qui ne disent rien d'aucun d'eux)."
    ),
    "Check query files.": ("Vérifie des fichiers de questions."),
    "Commands about one query (countries, measures, types, show, count, findings, "
    "matrix, compare, map, cite) answer about the default query ('adhocq info' names "
    "it) unless --query/-q chooses another: its id, the start of one, or words of its "
    "title (-q 'naturalisation process'), or ADHOCQ_QUERY. Across every query: queries, "
    "country, timeline, related, search, info, export, and compare --queries, matrix --queries, "
    "count "
    "--by query.": (
        "Les commandes sur une question (countries, measures, types, show, count, "
        "findings, matrix, compare, map, cite) répondent sur la question par défaut "
        "('adhocq info' la nomme), sauf si --query/-q en choisit une autre : son id, le"
        " début d'un id, ou des mots de son titre (-q 'naturalisation process'), ou "
        "ADHOCQ_QUERY. "
        "Dans toutes les questions : queries, country, timeline, related, search, info, "
        "export, et "
        "compare --queries, matrix --queries, count --by query."
    ),
    "Countries side by side, in one query or across all.": (
        "Des pays côte à côte, dans une question ou dans toutes."
    ),
    "Countries x measure types (or x queries), with totals.": (
        "Pays x types de mesures (ou x questions), avec totaux."
    ),
    "Countries x measure types named in the summary of one query (the default query, or"
    " the one --query chooses): a mark where the summary names the country for the type"
    " (true/false in machine formats), with totals for people. With --queries, "
    "countries x every query.": (
        "Pays x types de mesures cités dans le résumé d'une question (la question par "
        "défaut, ou celle que --query choisit) : une marque là où le résumé cite le "
        "pays pour le type (true/false dans les formats machine), avec des totaux pour "
        "les lecteurs. Avec --queries, pays x toutes les questions."
    ),
    "Country profiles side by side in one query: its answers, then one row per measure "
    "type. With --queries, across every query of the dataset: what each summary says of"
    " each country.": (
        "Profils de pays côte à côte dans une question : leurs réponses, puis une ligne"
        " par type de mesure. Avec --queries, dans toutes les questions du jeu de "
        "données : ce que chaque résumé dit de chaque pays."
    ),
    "Counts per type, category, country or query.": (
        "Décomptes par type, catégorie, pays ou question."
    ),
    "Every label, name, description, finding and note that contains TEXT, one row per "
    "hit: in every query of the dataset, or only in one with --query (ADHOCQ_QUERY does"
    " not narrow it).": (
        "Chaque libellé, nom, description, résultat et note qui contient TEXT, une "
        "ligne par occurrence : dans toutes les questions du jeu de données, ou dans "
        "une seule avec --query (ADHOCQ_QUERY ne la restreint pas)."
    ),
    "Every summary adhocq could read is bundled ('adhocq queries' lists them, 'adhocq "
    "info' describes them); --data PATH or ADHOCQ_DATA reads other query files.": (
        "Chaque résumé qu'adhocq a pu lire est fourni ('adhocq queries' les liste, "
        "'adhocq info' les décrit) ; --data PATH ou ADHOCQ_DATA lit d'autres fichiers "
        "de questions."
    ),
    "In one query (the default query, or the one --query chooses): how many countries "
    "report each type or category (with share and codes), or how many measures each "
    "country reports. With --by query, across every query: the respondents each counts "
    "and the countries each lists or names.": (
        "Dans une question (la question par défaut, ou celle que --query choisit) : "
        "combien de pays déclarent chaque type ou catégorie (avec part et codes), ou "
        "combien de mesures chaque pays déclare. Avec --by query, dans toutes les "
        "questions : les répondants que chacune compte et les pays que chacune liste ou"
        " cite."
    ),
    "List the countries that answered one query (the default query, or the one --query "
    "chooses), filtered by their answers and by measure types.": (
        "Liste les pays qui ont répondu à une question (la question par défaut, ou "
        "celle que --query choisit), filtrés par leurs réponses et par types de "
        "mesures."
    ),
    "One country's profile in one query (the default query, or the one --query "
    "chooses): its answers, every measure named for it, notes. 'adhocq country CODE' "
    "looks across every query.": (
        "Le profil d'un pays dans une question (la question par défaut, ou celle que "
        "--query choisit) : ses réponses, chaque mesure citée pour lui, des notes. "
        "'adhocq country CODE' regarde dans toutes les questions."
    ),
    "One query's findings by kind, with the countries named.": (
        "Les résultats d'une question par nature, avec les pays cités."
    ),
    "One row per country and measure the summary of one query (the default query, or "
    "the one --query chooses) attributes to it.": (
        "Une ligne par pays et par mesure que le résumé d'une question (la question par"
        " défaut, ou celle que --query choisit) lui attribue."
    ),
    "Only queries whose file holds this much of the summary: complete, excerpt (its first "
    "findings), listing (only what a listing says of the query), or header (only the header of "
    "its compilation: who answered, not what).": (
        "Seulement les questions dont le fichier contient cette part du résumé : complete, "
        "excerpt (ses premiers résultats), listing (seulement ce qu'une liste de "
        "publications dit de la question) ou header (seulement l'en-tête de sa compilation : "
        "qui a répondu, non ce qu'il a répondu)."
    ),
    "Only the N newest of the queries (after the other filters).": (
        "Seulement les N questions les plus récentes (après les autres filtres)."
    ),
    "Only this query: its id, the start of one, or words of its title (-q 'au pair'); "
    "'adhocq queries' lists them. Default: every query (ADHOCQ_QUERY, the default of "
    "commands about one query, does not narrow this one).": (
        "Seulement cette question : son id, le début d'un id, ou des mots de son titre "
        "(-q 'au pair') ; 'adhocq queries' les liste. Par défaut : toutes les questions"
        " (ADHOCQ_QUERY, le défaut des commandes sur une question, ne restreint pas "
        "celle-ci)."
    ),
    "Query the answers countries gave to EMN ad hoc queries.": (
        "Interroge les réponses des pays aux questions ad hoc du REM (Réseau européen "
        "des migrations)."
    ),
    "The ad hoc queries of the dataset, newest first: id, date, requester, title, "
    "respondents, how much of each summary adhocq holds (coverage: complete, an excerpt of "
    "its first findings_read findings, or only what a listing says) and the address of the "
    "summary in --lang, else in English (url; HTML exports link each id to it).": (
        "Les questions ad hoc du jeu de données, les plus récentes d'abord : id, date, "
        "demandeur, titre, répondants, la part de chaque résumé qu'adhocq contient "
        "(coverage : complete, un extrait de ses findings_read premiers résultats, ou "
        "seulement ce qu'en dit une liste de publications) et l'adresse du résumé dans la "
        "langue de --lang, sinon en anglais (url ; les exports HTML y lient chaque id)."
    ),
    "The dataset as a whole (its queries, dates, requesters, coverage); with --query, "
    "or for a dataset of one query, the query: title, requester, dates, respondents, "
    "questions, themes, sources, notes. ADHOCQ_QUERY does not narrow it: --query does.": (
        "Le jeu de données dans son ensemble (ses questions, dates, demandeurs, "
        "couverture) ; avec --query, ou pour un jeu de données d'une seule question, la"
        " question : titre, demandeur, dates, répondants, questions, thèmes, sources, "
        "notes. ADHOCQ_QUERY ne le restreint pas : --query, si."
    ),
    "The dataset, or one query: requester, dates, sources.": (
        "Le jeu de données, ou une question : demandeur, dates, sources."
    ),
    "The findings of one query's summary (the default query, or the one --query "
    "chooses), of each kind it declares, with the countries each names.": (
        "Les résultats du résumé d'une question (la question par défaut, ou celle que "
        "--query choisit), de chaque nature qu'elle déclare, avec les pays que chacun "
        "cite."
    ),
    "The query to answer about: its id, the start of one, or words of its title (-q 'au"
    " pair'); 'adhocq queries' lists them. Default: ADHOCQ_QUERY, else the dataset's "
    "default query (see 'adhocq info').": (
        "La question sur laquelle répondre : son id, le début d'un id, ou des mots de "
        "son titre (-q 'au pair') ; 'adhocq queries' les liste. Par défaut : "
        "ADHOCQ_QUERY, sinon la question par défaut du jeu de données (voir 'adhocq "
        "info')."
    ),
    "The taxonomy of measure types of one query (the default query, or the one --query "
    "chooses), with how many countries report each.": (
        "La taxonomie des types de mesures d'une question (la question par défaut, ou "
        "celle que --query choisit), avec le nombre de pays qui déclarent chacun."
    ),
}
