"""Datasette's canned queries for the SQLite export (`export/datasette.py` writes them into the
metadata, under the database's "queries"): pages a person opens with one value to type, each
over the export's tables and views, in English.

Every row that names a query shows the address of its summary (`source`: the English page
where there is one, else the first), which Datasette shows as a link. A role is what
`adhocq timeline` says: asked, answered, requested, named, "not listed" (the summary lists its
respondents, without this member or observer of its date: it did not answer) or "not known"."""

from __future__ import annotations

# The address of the summary of the query `q`: its English page, else its first.
_SOURCE = """(SELECT url FROM query_source AS s WHERE s.query_id = q.id
        ORDER BY s.lang <> 'en', s.position LIMIT 1) AS source"""

# When a query is placed in time: its publication, else its compilation, else when it was asked.
_DATE = "coalesce(q.published, q.compiled, q.asked)"

# The role of the country of the `participation` row `p` in its query.
_ROLE = """coalesce(p.status, CASE WHEN p.answered = 0 THEN 'not listed'
                     ELSE 'not known' END)"""

# The countries of `table` (response, respondent_named, country_asked) in one query, in order.
_LIST = """(SELECT group_concat(country_code, ' ') FROM
        (SELECT country_code FROM {table} WHERE query_id = :query_id ORDER BY position))"""

QUERY_PAGE = f"""SELECT field, value FROM (
    SELECT 1 AS n, 'id' AS field, id AS value FROM query WHERE id = :query_id
    UNION ALL SELECT 2, 'title', title FROM query WHERE id = :query_id
    UNION ALL SELECT 3, 'requester', requester FROM query WHERE id = :query_id
    UNION ALL SELECT 4, 'requester_country', requester_country FROM query WHERE id = :query_id
    UNION ALL SELECT 5, 'asked', asked FROM query WHERE id = :query_id
    UNION ALL SELECT 6, 'published', published FROM query WHERE id = :query_id
    UNION ALL SELECT 7, 'compiled', compiled FROM query WHERE id = :query_id
    UNION ALL SELECT 8, 'respondent_count', respondent_count || ' (' || count_basis || ')'
        FROM query WHERE id = :query_id
    UNION ALL SELECT 9, 'respondents_given', respondents_given FROM query WHERE id = :query_id
    UNION ALL SELECT 10, 'respondents', {_LIST.format(table="response")}
    UNION ALL SELECT 11, 'respondents_named', {_LIST.format(table="respondent_named")}
    UNION ALL SELECT 12, 'asked_to_answer', {_LIST.format(table="country_asked")}
    UNION ALL SELECT 13, 'coverage', coverage FROM query WHERE id = :query_id
    UNION ALL SELECT 14, 'findings_read', findings_read FROM query WHERE id = :query_id
    UNION ALL SELECT 15, 'topics', (SELECT group_concat(label, ', ') FROM
        (SELECT t.label FROM query_topic AS k JOIN topic AS t ON t.id = k.topic_id
         WHERE k.query_id = :query_id ORDER BY k.position))
    UNION ALL SELECT 16, 'source (' || lang || ')', url FROM query_source
        WHERE query_id = :query_id
)
WHERE EXISTS (SELECT 1 FROM query WHERE id = :query_id)
ORDER BY n"""

COUNTRY_PAGE = f"""SELECT {_DATE} AS date, q.id AS query_id, q.title, p.country_code,
       p.country, {_ROLE} AS role,
       {_SOURCE}
FROM participation AS p
JOIN query AS q ON q.id = p.query_id
WHERE p.country_code = CASE upper(:code) WHEN 'GR' THEN 'EL' ELSE upper(:code) END
  AND (p.status IS NOT NULL OR p.answered = 0)
ORDER BY date IS NULL, date DESC, q.id"""

TOPIC_TIMELINE = f"""SELECT {_DATE} AS date, q.id AS query_id, q.title, p.country_code,
       p.country, {_ROLE} AS role,
       {_SOURCE}
FROM query_topic AS k
JOIN query AS q ON q.id = k.query_id
JOIN participation AS p ON p.query_id = q.id
JOIN country AS c ON c.code = p.country_code
WHERE k.topic_id = lower(:topic)
ORDER BY date IS NULL, date, q.id, c.position"""

RELATED_QUERIES = f"""SELECT q.id AS query_id, {_DATE} AS date, q.title,
       snippet(query_search, -1, '[', ']', '…', 12) AS excerpt,
       {_SOURCE}
FROM query_search
JOIN query AS q ON q.id = query_search.query_id
WHERE query_search MATCH coalesce(nullif(escape_fts(:text), ''), '""')
ORDER BY bm25(query_search, 0.0, 4.0, 1.0, 2.0), q.id
LIMIT 20"""

# What `adhocq serve` gives the canned query related_queries instead: the ranking of `adhocq
# related` itself, through the SQL function its Datasette plugin defines
# (datasette_plugins/adhocq_related.py), which a database opened without adhocq lacks.
SERVED_RELATED_QUERIES = f"""SELECT r.key + 1 AS rank, q.id AS query_id, {_DATE} AS date,
       q.title, json_extract(r.value, '$.score') AS score,
       (SELECT group_concat(m.value, ' | ') FROM json_each(r.value, '$.matched') AS m)
           AS matched,
       {_SOURCE}
FROM json_each(adhocq_related(:text, 20)) AS r
JOIN query AS q ON q.id = json_extract(r.value, '$.id')
ORDER BY r.key"""

SERVED_RELATED_DESCRIPTION = (
    "The queries closest to a draft question or a few words, in English or French, as"
    " 'adhocq related' ranks them (BM25 over titles, themes, questions, findings and topics;"
    " word forms, accents and case ignored; a French draft finds English-only queries), at"
    " most 20, with the texts that matched."
)


def served(queries: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    """The canned queries as `adhocq serve` serves them: related_queries ranked by adhocq."""
    related = {**queries["related_queries"], "sql": SERVED_RELATED_QUERIES,
               "description": SERVED_RELATED_DESCRIPTION}  # fmt: skip
    return {**queries, "related_queries": related}


QUERIES: dict[str, dict[str, str]] = {
    "query_page": {
        "title": "One query",
        "description": (
            "Everything about one query (its id, as in the table query): title, requester,"
            " dates, respondents (as the summary counts them, and those it lists or names),"
            " coverage, topics, and the addresses of its summary. A list left empty is one the"
            " summary does not give."
        ),
        "sql": QUERY_PAGE,
    },
    "country_page": {
        "title": "One country across the queries",
        "description": (
            "Each query that says something of a country (its EMN code; GR is Greece, EL),"
            " newest first, with the country's role in it: asked, answered, requested (a"
            " header names it among those asked to answer), named, or not listed (the summary"
            " lists its respondents without it). Queries that say nothing of it are left out."
        ),
        "sql": COUNTRY_PAGE,
    },
    "topic_timeline": {
        "title": "A topic across the years",
        "description": (
            "The queries of a topic (an id of the table topic, such as citizenship), oldest"
            " first, with each country's role in each: asked, answered, requested, named, not"
            " listed (it did not answer), or not known (the summary does not say). The date is"
            " the publication's, else the compilation's, else when the query was asked."
        ),
        "sql": TOPIC_TIMELINE,
    },
    "related_queries": {
        "title": "Related queries",
        "description": (
            "The queries whose title, findings or topics hold the words typed (every word, in"
            " any form: 'tests' finds 'test'), the most relevant first (bm25, a title weighing"
            " most), at most 20, with an excerpt."
        ),
        "sql": RELATED_QUERIES,
    },
}
"""The canned queries, by name: a title, a description and the SQL, whose `:name` parameters
Datasette shows as fields to fill."""
