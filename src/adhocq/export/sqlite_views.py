"""The views of the SQLite export, for browsing (`sqlite_schema.py` creates them once the
tables are filled)."""

# Views for browsing: per-query rows with the English names beside the codes (`X_id` or
# `country_code` the key, `X` or `country` its English label), in the dataset's order; the other
# languages of those labels are in `translation`, as for the tables.
VIEW_SQL = """
CREATE VIEW measure_with_names AS
SELECT m.query_id, m.id AS measure_id, m.country_code, c.name AS country, m.type_id,
       t.label AS type, t.category_id, k.label AS category, m.description, m.printed, m.source
FROM measure AS m
JOIN response AS r ON r.query_id = m.query_id AND r.country_code = m.country_code
JOIN country AS c ON c.code = m.country_code
JOIN type AS t ON t.query_id = m.query_id AND t.id = m.type_id
JOIN category AS k ON k.query_id = t.query_id AND k.id = t.category_id
ORDER BY m.query_id, r.position, m.position;
CREATE VIEW finding_with_mentions AS
SELECT f.query_id, f.id AS finding_id, f.kind AS kind_id, k.label AS kind, f.text, f.source,
       n.position AS mention_position, n.printed AS mention, n.country_code, c.name AS country,
       n.qualifier
FROM finding AS f
JOIN finding_kind AS k ON k.query_id = f.query_id AND k.id = f.kind
LEFT JOIN mention AS n ON n.query_id = f.query_id AND n.finding_id = f.id
LEFT JOIN country AS c ON c.code = n.country_code
ORDER BY f.query_id, f.position, n.position;
CREATE VIEW country_type_matrix AS
SELECT r.query_id, r.country_code, c.name AS country, t.id AS type_id, t.label AS type,
       t.category_id, k.label AS category, m.id IS NOT NULL AS named
FROM response AS r
JOIN country AS c ON c.code = r.country_code
JOIN type AS t ON t.query_id = r.query_id
JOIN category AS k ON k.query_id = t.query_id AND k.id = t.category_id
LEFT JOIN measure AS m
    ON m.query_id = r.query_id AND m.country_code = r.country_code AND m.type_id = t.id
ORDER BY r.query_id, r.position, t.position;
CREATE VIEW participation AS
SELECT query_id, published, country_code, country, asked, answered, named, requested,
       CASE WHEN asked AND answered THEN 'asked, answered'
            WHEN asked AND named THEN 'asked, named'
            WHEN asked THEN 'asked'
            WHEN answered THEN 'answered'
            WHEN requested THEN 'requested'
            WHEN named THEN 'named' END AS status
FROM (
    SELECT q.id AS query_id, q.published, c.code AS country_code, c.name AS country,
           c.position,
           q.requester_country IS c.code AS asked,
           CASE WHEN EXISTS (SELECT 1 FROM response AS r
                             WHERE r.query_id = q.id AND r.country_code = c.code) THEN 1
               WHEN q.respondents_given = 'listed' THEN
               -- "did not answer" only of a member or observer on the query's date
               CASE WHEN EXISTS (SELECT 1 FROM query_country AS k
                                 WHERE k.query_id = q.id AND k.country_code = c.code
                                 AND k.membership IN ('member', 'observer')) THEN 0 END
               WHEN EXISTS (SELECT 1 FROM respondent_named AS s
                            WHERE s.query_id = q.id AND s.country_code = c.code) THEN 1
           END AS answered,
           EXISTS (SELECT 1 FROM mention AS n
                   WHERE n.query_id = q.id AND n.country_code = c.code)
           OR EXISTS (SELECT 1 FROM measure AS m
                      WHERE m.query_id = q.id AND m.country_code = c.code) AS named,
           EXISTS (SELECT 1 FROM country_asked AS a
                   WHERE a.query_id = q.id AND a.country_code = c.code) AS requested
    FROM query AS q CROSS JOIN country AS c
)
ORDER BY published, query_id, position;
"""

VIEWS = ("measure_with_names", "finding_with_mentions", "country_type_matrix", "participation")
"""The views, for browsing (in Datasette, say): English texts beside the codes, in the dataset's
order. They hold no data of their own, so reading the database back ignores them."""
