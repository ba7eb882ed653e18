"""What the Datasette metadata says of each table, view and column of the SQLite export, and
which column labels a row where a key references it (`export/datasette.py` writes them)."""

from __future__ import annotations

NOT_NAMED = (
    "A summary names the countries it lists for a measure or a finding; a country it does not"
    " name may still take the measure."
)

LABELS = {
    "country": "name",
    "query": "title",
    "question": "label",
    "category": "label",
    "type": "label",
    "finding_kind": "label",
    "bullet": "title",
}
"""The column Datasette shows for a row of each table where a key references it."""

_QUERY_ID = "The query (its id)"
_COUNTRY_CODE = "The country's EMN code"
_POSITION = "The order in the published summary, from 1"
_SOURCE = "The bullet of the summary this comes from (an id of `bullet`)"
_PRINTED = "The country as the summary prints it"

# (table or view, its description, its columns' descriptions)
DESCRIPTIONS: dict[str, tuple[str, dict[str, str]]] = {
    "query": (
        "One row per ad hoc query: who asked, when, and how much of its summary adhocq holds.",
        {
            "id": "The query's id, which every other table's query_id references",
            "title": "The query's title, in English (a translation unless title_printed says 'en')",
            "requester_country": "The code of the country that asked, where the summary says",
            "requester": "The authority that asked, in English, where the summary says",
            "asked": "When the query was launched: the month (YYYY-MM), or the day a "
            "compilation's header prints (YYYY-MM-DD), where a source says",
            "published": "The day the summary was published (YYYY-MM-DD; empty where no page "
            "read shows it)",
            "respondent_count": "How many countries answered, as the summary counts them (empty"
            " where it does not)",
            "count_basis": "What the count counts: 'answered', or 'public-answer' (the countries"
            " that gave a public answer: more may have answered)",
            "respondents_given": "'listed': the summary names every respondent; 'counted': it"
            " only counts them, so who answered is not known; 'unknown': neither",
            "coverage": "'complete': the whole summary; 'excerpt': its first findings only; "
            "'listing': only what a listing says of it (no findings); 'header': only the header"
            " of its full compilation (who answered, or who was asked; no answers)",
            "findings_read": "For an excerpt, how many of the summary's findings were read",
            "is_default": "1 for the query adhocq answers about when none is chosen",
            "title_printed": (
                "The languages a source printed the title in, space-separated, the first cited;"
                " the title's other languages are adhocq's translations; empty where no source"
                " prints a title and the title is adhocq's description"
            ),
            "compiled": "The day a compilation's header says it was produced (YYYY-MM-DD)",
            "list_printed": "A compilation header's list of countries exactly as printed, its"
            " total included (a blank, or a total that disagrees with the list, stays)",
        },
    ),
    "country": (
        "The EMN member and observer countries, one row per code, shared by every query.",
        {
            "code": "The EMN code (EL for Greece)",
            "position": "The order of the EMN's list",
            "membership": "'member' or 'observer' of the EMN",
            "name": "The country's name, in English",
        },
    ),
    "question": (
        "The yes/no questions a query's summary answers for each country.",
        {
            "query_id": _QUERY_ID,
            "id": "The question's id within its query",
            "position": _POSITION,
            "column_name": "The column adhocq's tables show its answers in",
            "label": "The question, as a column header, in English",
            "statement": "What a yes says, in English",
            "yes": "A yes, as a phrase",
            "no": "A no, as a phrase",
            "source": _SOURCE,
            "short": "A short header, where the query gives one",
        },
    ),
    "category": (
        "The categories a query groups its measure types in.",
        {
            "query_id": _QUERY_ID,
            "id": "The category's id within its query",
            "position": _POSITION,
            "label": "The category, in English",
        },
    ),
    "type": (
        "The types of measure a query's summary names countries for.",
        {
            "query_id": _QUERY_ID,
            "id": "The type's id within its query",
            "position": _POSITION,
            "category_id": "Its category (an id of `category` in the same query)",
            "label": "The type, in English",
        },
    ),
    "response": (
        "The countries a summary lists as answering the query. " + NOT_NAMED,
        {
            "query_id": _QUERY_ID,
            "country_code": _COUNTRY_CODE,
            "position": _POSITION,
            "printed": _PRINTED,
            "source": _SOURCE,
        },
    ),
    "answer": (
        "A country's answer to a yes/no question, where the summary gives one (none: no row).",
        {
            "query_id": _QUERY_ID,
            "country_code": _COUNTRY_CODE,
            "question_id": "The question (an id of `question` in the same query)",
            "value": "1 for yes, 0 for no",
        },
    ),
    "measure": (
        "A measure the summary names a country for, one row per country and type. " + NOT_NAMED,
        {
            "query_id": _QUERY_ID,
            "id": "The measure's number, unique in the database",
            "country_code": _COUNTRY_CODE,
            "type_id": "Its type (an id of `type` in the same query)",
            "position": "The order among the country's measures, from 1",
            "printed": _PRINTED,
            "description": "What the country does, in English",
            "source": _SOURCE,
        },
    ),
    "finding": (
        "The findings of a summary, in adhocq's own words.",
        {
            "query_id": _QUERY_ID,
            "id": "The finding's id within its query",
            "position": _POSITION,
            "kind": "Its kind (an id of `finding_kind` in the same query)",
            "text": "The finding, in English",
            "source": _SOURCE,
        },
    ),
    "mention": (
        "The countries a finding names, as printed.",
        {
            "query_id": _QUERY_ID,
            "finding_id": "The finding (an id of `finding` in the same query)",
            "position": "The order in the finding, from 1",
            "printed": _PRINTED,
            "country_code": "The country's EMN code; empty for a token that is no EMN country",
            "qualifier": "What the summary adds, such as a region",
        },
    ),
    "respondent_named": (
        'The respondents a summary names without listing them all ("25 countries answered,'
        ' including BE"): these answered; of the others it says nothing.',
        {
            "query_id": _QUERY_ID,
            "position": "The order in the summary, from 1",
            "printed": _PRINTED,
            "country_code": _COUNTRY_CODE,
            "qualifier": "What the summary adds, such as a region",
        },
    ),
    "topic": (
        "adhocq's topics: a small controlled list it tags every query with (its own"
        " classification; no source prints it).",
        {
            "id": "The topic's id (as `adhocq queries --topic` takes it)",
            "position": "The order of adhocq's list",
            "label": "The topic, in English (French and Dutch in `translation`)",
        },
    ),
    "query_topic": (
        "Each query's topics, the main one first.",
        {
            "query_id": _QUERY_ID,
            "topic_id": "The topic (an id of `topic`)",
            "position": "The order of the query's topics, from 1",
        },
    ),
    "country_asked": (
        "The countries a compilation's header says were asked to answer (\"Responses requested"
        ' from"): it does not say which of them answered.',
        {
            "query_id": _QUERY_ID,
            "position": "The order in the header, from 1",
            "printed": _PRINTED,
            "country_code": _COUNTRY_CODE,
            "qualifier": "What the header adds, such as a region",
        },
    ),
    "translation": (
        "Every text in a language other than English; a text without a row here has none.",
        {
            "entity": "The table of the text",
            "query_id": "The row's query (empty for a country)",
            "entity_key": "The row's key within its query",
            "field": "The column of the text",
            "lang": "The language (a code of `language`)",
            "text": "The text in that language",
        },
    ),
    "query_search": (
        "A full-text index of each query's English words (title, findings, topics), for the"
        " canned query related_queries: SQLite FTS5, stemmed, ignoring case and accents.",
        {
            "query_id": _QUERY_ID,
            "title": "The query's title, in English",
            "findings": "Its findings, in English, in the summary's order",
            "topics": "Its topics' labels (adhocq's own classification), in English",
        },
    ),
    "measure_with_names": (
        "Each measure with its country's name, its type and its category, in English. " + NOT_NAMED,
        {
            "query_id": _QUERY_ID,
            "measure_id": "The measure (an id of `measure`)",
            "country_code": _COUNTRY_CODE,
            "country": "The country's name",
            "type_id": "The type's id",
            "type": "The type",
            "category_id": "The category's id",
            "category": "The category",
            "description": "What the country does",
            "printed": _PRINTED,
            "source": _SOURCE,
        },
    ),
    "finding_with_mentions": (
        "Each finding once per country it names (once with empty mention columns if it names"
        " none), with the country's name, in English.",
        {
            "query_id": _QUERY_ID,
            "finding_id": "The finding's id within its query",
            "kind_id": "The kind's id",
            "kind": "The kind of finding",
            "text": "The finding",
            "source": _SOURCE,
            "mention_position": "The order of the mention in the finding, from 1",
            "mention": "The country as the finding prints it",
            "country_code": "The country's EMN code; empty for a token that is no EMN country",
            "country": "The country's name",
            "qualifier": "What the summary adds, such as a region",
        },
    ),
    "country_type_matrix": (
        "Per query, each country listed as answering x each measure type: whether the summary"
        " names it for the type. " + NOT_NAMED,
        {
            "query_id": _QUERY_ID,
            "country_code": _COUNTRY_CODE,
            "country": "The country's name",
            "type_id": "The type's id",
            "type": "The type",
            "category_id": "The category's id",
            "category": "The category",
            "named": "1 where the summary names the country for the type, 0 where it does not",
        },
    ),
    "participation": (
        "Each query x each country, oldest query first: whether the country asked the query,"
        " whether the summary lists it as answering (empty where the summary does not list its"
        " respondents: not known, not 'no'), and whether a finding or measure names it.",
        {
            "query_id": _QUERY_ID,
            "published": "The day the summary was published",
            "country_code": _COUNTRY_CODE,
            "country": "The country's name",
            "asked": "1 where the country asked the query",
            "answered": "1 where the summary lists the country among those that answered (or"
            " names it among them), 0 where it lists its respondents without this EMN member of"
            " the query's date, empty where it does not say",
            "named": "1 where one of the query's findings or measures names the country",
            "requested": "1 where a compilation's header names the country among those asked"
            " to answer",
            "status": "'asked', 'answered', 'requested', 'named', 'asked, answered' or 'asked,"
            " named'; empty where the summary says nothing of the country (as `adhocq matrix"
            " --queries`)",
        },
    ),
}
