"""The tables of the SQLite export (`export/sqlite.py` fills them), as SQL."""

from __future__ import annotations

from enum import Enum

from adhocq.export.sqlite_views import VIEW_SQL
from adhocq.model import CountBasis, Coverage, Membership, RespondentsGiven

SCHEMA_VERSION = 10
"""Stored as `PRAGMA user_version`; raise it when a table, a view or a column changes.

10: `query_search`, an FTS5 table of each query's title, findings and topic labels, in English
(for a search of related queries ranked by bm25: Datasette's canned query `related_queries`).

9: `query.coverage` may be 'header' (only the header of the full compilation: who answered, or
who was asked, and no answers); `query.compiled` and `query.list_printed` (the header's list as
printed); `country_asked` (those a header says were asked to answer); `query_country.membership`
(each country's part in the EMN on the query's date: 'former-member' and 'non-member' too);
`participation.answered` is 0 only for a member on that date, and `participation.requested`;
`topic` (adhocq's controlled list, its labels' other languages in `translation`, with no
query_id, as a country's) and `query_topic` (each query's topics, the main one first);
`bullet.page`, the address of another publisher's summary that prints the bullet;
`query.title_printed` NULL where no source prints a title (the title is adhocq's description).

8: `query.published` may be NULL (no page read shows when the summary was published);
`query.coverage` may be 'listing' (only what a listing says of the query: no findings);
`query.findings_read` may be 0 (an excerpt none of whose findings could be read whole).

7: `respondent_named`, the respondents a summary names without listing them all ("including
BE"); `participation.answered` is 1 for them.

5: `query.respondent_count` may be NULL (the summary neither lists nor counts its respondents);
`query.count_basis` ('answered', or 'public-answer': more may have answered) and
`query.respondents_given` ('listed', 'counted', 'unknown'); `participation` has `asked`, and
its `answered` is NULL where the summary does not list its respondents (not known, never 0).

4: views for people who browse, each in English and one join away from nothing:
`measure_with_names` (each measure with its country's name, its type's label and its category),
`finding_with_mentions` (each finding with its kind's label, once per country it mentions, with
the country's name), `country_type_matrix` (per query, each responding country x each type, with
`named` 0 or 1) and `participation` (each query x each country: `answered`, `named`, `status`);
`answer.country_code`, `measure.country_code` and `note.country_code` also reference
`country (code)` on their own (as `response.country_code` does), so that a tool that follows
only single-column keys, as Datasette does, shows the country's name there. No column changed.

3: every query of the dataset, not one: each per-query table starts with `query_id` (referencing
`query`), and its key, its uniqueness and its references include it (`bullet`, `question`,
`finding_kind`, `category`, `type`, `response`, `answer`, `measure`, `finding`, `mention`,
`note`; `query_theme` and `query_source` had it already); `query_country` and `query_language`
list what each query declares, while `country` and `language` are shared by all;
`translation.query_id` (NULL for a country), with `translation` keyed by it.

2: texts in English in the entity tables plus `language` and `translation`, instead of an `_en`
and an `_fr` column per text; `question` and `answer` instead of `response.offers_service`;
`finding_kind` instead of a fixed list of kinds; `mention`; `response.printed` and
`measure.printed`; `query.coverage` and `query.findings_read`; `measure` and `query_theme` keyed
by an `id` (their former keys are UNIQUE)."""


def _one_of(kind: type[Enum]) -> str:
    return ", ".join(f"'{member.value}'" for member in kind)


# `position` columns keep the dataset's own order (1-based), which the queries and renderers
# follow; ORDER BY them to list things as the published summary does. Tables are created, and
# filled, in an order in which each references only tables before it.
TABLES_SQL = f"""
CREATE TABLE language (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE
);
CREATE TABLE country (
    code TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    membership TEXT NOT NULL CHECK (membership IN ({_one_of(Membership)})),
    name TEXT NOT NULL
);
CREATE TABLE topic (
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL UNIQUE,
    label TEXT NOT NULL
);
CREATE TABLE query (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    requester_country TEXT REFERENCES country (code),
    requester TEXT,
    asked TEXT,
    published TEXT,
    respondent_count INTEGER,
    count_basis TEXT CHECK (count_basis IN ({_one_of(CountBasis)})),
    respondents_given TEXT NOT NULL CHECK (respondents_given IN ({_one_of(RespondentsGiven)})),
    coverage TEXT NOT NULL CHECK (coverage IN ({_one_of(Coverage)})),
    findings_read INTEGER CHECK (findings_read >= 0),
    is_default INTEGER NOT NULL CHECK (is_default IN (0, 1)),
    title_printed TEXT,
    compiled TEXT,
    list_printed TEXT,
    CHECK ((coverage = '{Coverage.excerpt.value}') = (findings_read IS NOT NULL)),
    CHECK ((count_basis IS NULL) = (respondent_count IS NULL))
);
CREATE TABLE query_language (
    query_id TEXT NOT NULL REFERENCES query (id),
    lang TEXT NOT NULL REFERENCES language (code),
    position INTEGER NOT NULL,
    PRIMARY KEY (query_id, lang),
    UNIQUE (query_id, position)
);
CREATE TABLE query_country (
    query_id TEXT NOT NULL REFERENCES query (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    position INTEGER NOT NULL,
    membership TEXT NOT NULL CHECK (membership IN ({_one_of(Membership)})),
    PRIMARY KEY (query_id, country_code),
    UNIQUE (query_id, position)
);
CREATE TABLE query_topic (
    query_id TEXT NOT NULL REFERENCES query (id),
    topic_id TEXT NOT NULL REFERENCES topic (id),
    position INTEGER NOT NULL,
    PRIMARY KEY (query_id, topic_id),
    UNIQUE (query_id, position)
);
CREATE TABLE query_source (
    query_id TEXT NOT NULL REFERENCES query (id),
    position INTEGER NOT NULL,
    lang TEXT NOT NULL,
    url TEXT NOT NULL,
    PRIMARY KEY (query_id, position)
);
CREATE TABLE respondent_named (
    query_id TEXT NOT NULL REFERENCES query (id),
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    country_code TEXT NOT NULL REFERENCES country (code),
    qualifier TEXT,
    PRIMARY KEY (query_id, position),
    UNIQUE (query_id, country_code)
);
CREATE TABLE country_asked (
    query_id TEXT NOT NULL REFERENCES query (id),
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    country_code TEXT NOT NULL REFERENCES country (code),
    qualifier TEXT,
    PRIMARY KEY (query_id, position),
    UNIQUE (query_id, country_code)
);
CREATE TABLE query_theme (
    query_id TEXT NOT NULL REFERENCES query (id),
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    UNIQUE (query_id, position)
);
CREATE TABLE bullet (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    page TEXT,
    PRIMARY KEY (query_id, id)
);
CREATE TABLE question (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    column_name TEXT NOT NULL,
    label TEXT NOT NULL,
    statement TEXT NOT NULL,
    yes TEXT NOT NULL,
    no TEXT NOT NULL,
    source TEXT NOT NULL,
    short TEXT,
    PRIMARY KEY (query_id, id),
    UNIQUE (query_id, column_name),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE finding_kind (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (query_id, id)
);
CREATE TABLE category (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (query_id, id)
);
CREATE TABLE type (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    category_id TEXT NOT NULL,
    label TEXT NOT NULL,
    PRIMARY KEY (query_id, id),
    FOREIGN KEY (query_id, category_id) REFERENCES category (query_id, id)
);
CREATE TABLE response (
    query_id TEXT NOT NULL REFERENCES query (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (query_id, country_code),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE answer (
    query_id TEXT NOT NULL REFERENCES query (id),
    country_code TEXT NOT NULL REFERENCES country (code),
    question_id TEXT NOT NULL,
    value INTEGER NOT NULL CHECK (value IN (0, 1)),
    PRIMARY KEY (query_id, country_code, question_id),
    FOREIGN KEY (query_id, country_code) REFERENCES response (query_id, country_code),
    FOREIGN KEY (query_id, question_id) REFERENCES question (query_id, id)
);
CREATE TABLE measure (
    query_id TEXT NOT NULL REFERENCES query (id),
    id INTEGER PRIMARY KEY,
    country_code TEXT NOT NULL REFERENCES country (code),
    type_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    description TEXT NOT NULL,
    source TEXT NOT NULL,
    UNIQUE (query_id, country_code, type_id),
    FOREIGN KEY (query_id, country_code) REFERENCES response (query_id, country_code),
    FOREIGN KEY (query_id, type_id) REFERENCES type (query_id, id),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE finding (
    query_id TEXT NOT NULL REFERENCES query (id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (query_id, id),
    FOREIGN KEY (query_id, kind) REFERENCES finding_kind (query_id, id),
    FOREIGN KEY (query_id, source) REFERENCES bullet (query_id, id)
);
CREATE TABLE mention (
    query_id TEXT NOT NULL REFERENCES query (id),
    finding_id TEXT NOT NULL,
    position INTEGER NOT NULL,
    printed TEXT NOT NULL,
    country_code TEXT REFERENCES country (code),
    qualifier TEXT,
    PRIMARY KEY (query_id, finding_id, position),
    FOREIGN KEY (query_id, finding_id) REFERENCES finding (query_id, id)
);
CREATE TABLE note (
    query_id TEXT NOT NULL REFERENCES query (id),
    id INTEGER PRIMARY KEY,
    country_code TEXT REFERENCES country (code),
    text TEXT NOT NULL,
    FOREIGN KEY (query_id, country_code) REFERENCES response (query_id, country_code)
);
CREATE TABLE translation (
    entity TEXT NOT NULL,
    query_id TEXT REFERENCES query (id),
    entity_key TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL REFERENCES language (code) CHECK (lang <> 'en'),
    text TEXT NOT NULL,
    CHECK ((entity IN ('country', 'topic')) = (query_id IS NULL))
);
"""

# Created once the rows are in (each index is then built in one sorted pass instead of grown row
# by row), and before the views, so that the schema lists tables, indexes and views in that order.
INDEXES_SQL = """
CREATE UNIQUE INDEX translation_key
    ON translation (entity, ifnull(query_id, ''), entity_key, field, lang);
CREATE INDEX translation_row ON translation (query_id, entity, entity_key);
CREATE INDEX translation_lang ON translation (lang);
CREATE INDEX query_language_lang ON query_language (lang);
CREATE INDEX query_country_country ON query_country (country_code);
CREATE INDEX query_requester ON query (requester_country);
CREATE INDEX type_category ON type (query_id, category_id);
CREATE INDEX response_country ON response (country_code);
CREATE INDEX answer_question ON answer (query_id, question_id);
CREATE INDEX measure_type ON measure (query_id, type_id);
CREATE INDEX finding_kind_id ON finding (query_id, kind);
CREATE INDEX mention_country ON mention (country_code);
CREATE INDEX note_country ON note (query_id, country_code);
"""

# A full-text index of each query's English words, to find the queries related to some words:
# stems ('tests' finds 'test'), any case, any accents. Filled once the tables are, as the indexes.
SEARCH = "query_search"
SEARCH_SQL = f"""
CREATE VIRTUAL TABLE {SEARCH} USING fts5(
    query_id UNINDEXED,
    title,
    findings,
    topics,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
INSERT INTO {SEARCH} (query_id, title, findings, topics)
SELECT q.id, q.title,
       (SELECT group_concat(text, ' ') FROM
            (SELECT text FROM finding WHERE query_id = q.id ORDER BY position)),
       (SELECT group_concat(label, ' ') FROM
            (SELECT t.label FROM query_topic AS k JOIN topic AS t ON t.id = k.topic_id
             WHERE k.query_id = q.id ORDER BY k.position))
FROM query AS q ORDER BY q.id;
"""
SEARCH_SHADOWS = tuple(
    f"{SEARCH}_{part}" for part in ("data", "idx", "content", "docsize", "config")
)
"""The tables FTS5 keeps `query_search` in (SQLite's own; Datasette hides them)."""

FINISH = tuple(
    statement.strip()
    for statement in (
        f"{INDEXES_SQL}{SEARCH_SQL}{VIEW_SQL}PRAGMA user_version = {SCHEMA_VERSION};"
    ).split(";")
    if statement.strip()
)
"""The indexes, the search table, the views and the schema's version, one statement each (none
holds a `;` of its own), to run inside the transaction that filled the tables (`executescript`
would commit it)."""

TABLES = ("language", "country", "topic", "query", "query_language", "query_country",
          "query_topic", "query_source",
          "respondent_named", "country_asked", "query_theme", "bullet", "question",
          "finding_kind", "category", "type", "response", "answer", "measure", "finding",
          "mention", "note",
          "translation")  # fmt: skip
"""Every table, in the order they are filled: each references only tables before it."""

SHARED = ("language", "country", "topic")
"""The tables that no query owns: they have no `query_id`."""
