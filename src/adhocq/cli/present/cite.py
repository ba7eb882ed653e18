"""Citations: a query's summary and adhocq's dataset -> `Citation` records, which
output/citation.py writes in a citation style. Pure: nothing here prints, reads files or asks the
clock; the command passes the date accessed. `--version` imports it too (`dataset_summary`):
what only a citation needs is imported where it is used."""

import datetime

from adhocq.model import Corpus, Dataset
from adhocq.output.citation import Citation, Kind

EMN = "European Migration Network"
CONTACT_POINTS = {
    "emnbelgium.be": "Belgian National Contact Point of the European Migration Network",
}
"""The EMN national contact point that publishes the pages of a web site, by the site's host."""
SUMMARY_GENRE = "EMN ad hoc query summary"
AUTHORS = "The adhocq authors"
PACKAGE = "adhocq"
DATASET_KEY = "adhocq-dataset"
DATASET_TITLE = "adhocq: EMN ad hoc query summaries as data"


def publisher(url: str) -> str | None:
    """The national contact point whose web site holds `url`, where adhocq knows it."""
    from urllib.parse import urlsplit

    try:
        host = (urlsplit(url).hostname or "").lower()
    except ValueError:  # a malformed address: no publisher to name
        return None
    for site, name in CONTACT_POINTS.items():
        if host == site or host.endswith("." + site):
            return name
    return None


def summary(ds: Dataset, lang: str, accessed: datetime.date) -> Citation:
    """The published summary of a query, as a page printed it: in `lang` where its title is
    printed in `lang`, else in the language of its first printed title. The title in `lang`,
    where it is adhocq's translation, goes beside the printed one, marked as such."""
    from adhocq.cli.present.source import source_url

    q = ds.query
    printed = q.printed_lang(lang)
    page = next((s for s in q.sources if s.lang == printed), None)
    url = page.url if page is not None else source_url(ds, lang) or None
    translated = q.title.get(lang) if lang != printed and q.title.has(lang) else None
    return Citation(
        Kind.webpage,
        q.id,
        EMN,
        q.title.get(printed),
        q.published,
        genre=SUMMARY_GENRE,
        publisher=publisher(url) if url else None,
        url=url,
        accessed=accessed,
        translated_title=translated,
    )


def newest_first(corpus: Corpus) -> tuple[Dataset, ...]:
    """Every query of the corpus, newest first (by id where two share a date)."""
    return tuple(
        sorted(corpus.queries, key=lambda ds: (ds.query.published, ds.query.id), reverse=True)
    )


def newest(corpus: Corpus) -> datetime.date | None:
    """The data's own date: the newest publication date of its queries."""
    return max((ds.query.published for ds in corpus.queries), default=None)


def dataset_summary(corpus: Corpus) -> str:
    """The dataset in a few words: "19 queries, newest published 2025-01-05"."""
    count = len(corpus.queries)
    queries = "1 query" if count == 1 else f"{count} queries"
    date = newest(corpus)
    return queries if date is None else f"{queries}, newest published {date.isoformat()}"


def dataset(corpus: Corpus, version: str) -> Citation:
    """adhocq's dataset: the queries as adhocq holds them, dated by the newest."""
    date = newest(corpus)
    assert date is not None, "a corpus holds at least one query"
    return Citation(
        Kind.dataset,
        DATASET_KEY,
        AUTHORS,
        DATASET_TITLE,
        date,
        genre="Data set",
        source=f"Python package {PACKAGE}",
        version=version,
        note=dataset_summary(corpus),
    )


# ------------------------------------------------------------------ resolving user input
