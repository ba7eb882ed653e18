"""Citations: a query's summary and adhocq's dataset -> `Citation` records, which
output/citation.py writes in a citation style. Pure: nothing here prints, reads files or asks the
clock; the command passes the date accessed. `--version` imports it too (`dataset_summary`):
what only a citation needs is imported where it is used."""

import datetime
from collections.abc import Sequence

from adhocq.across import Listing
from adhocq.model import Coverage, dated
from adhocq.output.citation import Citation, Kind

EMN = "European Migration Network"
CONTACT_POINTS = {
    "emnbelgium.be": "Belgian National Contact Point of the European Migration Network",
}
"""The EMN national contact point that publishes the pages of a web site, by the site's host."""
SUMMARY_GENRE = "EMN ad hoc query summary"
LISTING_GENRE = "EMN ad hoc query, as a listing gives it"
"""The genre of a query known only by a listing or a notice: its summary was not read."""
HEADER_GENRE = "EMN ad hoc query compilation, as its header gives it"
"""The genre of a query known by its full compilation's header: dated by its compilation."""
GENRES = {Coverage.listing: LISTING_GENRE, Coverage.header: HEADER_GENRE}
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


def summary(x: Listing, lang: str, accessed: datetime.date) -> Citation:
    """The published summary of a query, as a page printed it: in `lang` where its title is
    printed in `lang`, else in the language of its first printed title. The title in `lang`,
    where it is adhocq's translation, goes beside the printed one, marked as such."""
    from adhocq.cli.present.source import address

    described = not x.title_printed  # no source prints a title: adhocq's, in brackets
    printed = "en" if described else lang if lang in x.title_printed else x.title_printed[0]
    page = next((s for s in x.sources if s.lang == printed), None)
    url = page.url if page is not None else address(x.sources, lang) or None
    translated = x.title.get(lang) if lang != printed and x.title.has(lang) else None
    return Citation(
        Kind.webpage,
        x.id,
        EMN,
        f"[{x.title.get(printed)}]" if described else x.title.get(printed),
        x.dated_on,
        genre=GENRES.get(x.coverage, SUMMARY_GENRE),
        publisher=publisher(url) if url else None,
        url=url,
        accessed=accessed,
        translated_title=translated,
    )


def newest_first(queries: Sequence[Listing]) -> tuple[Listing, ...]:
    """Every query, newest first (by id where two share a date), those whose date is not known
    last."""
    return tuple(sorted(queries, key=lambda x: (dated(x.dated_on), x.id), reverse=True))


def newest(queries: Sequence[Listing]) -> datetime.date | None:
    """The data's own date: the newest publication date of its queries."""
    return max((day for x in queries if (day := x.published) is not None), default=None)


def dataset_summary(queries: Sequence[Listing]) -> str:
    """The dataset in a few words: "19 queries, newest published 2025-01-05"."""
    count = len(queries)
    counted = "1 query" if count == 1 else f"{count} queries"
    date = newest(queries)
    return counted if date is None else f"{counted}, newest published {date.isoformat()}"


def dataset(queries: Sequence[Listing], version: str) -> Citation:
    """adhocq's dataset: the queries as adhocq holds them, dated by the newest."""
    date = newest(queries)  # None where no query's date is known
    return Citation(
        Kind.dataset,
        DATASET_KEY,
        AUTHORS,
        DATASET_TITLE,
        date,
        genre="Data set",
        source=f"Python package {PACKAGE}",
        version=version,
        note=dataset_summary(queries),
    )


# ------------------------------------------------------------------ resolving user input
