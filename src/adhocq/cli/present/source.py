"""The source line under every per-query result, and the address of the summary: which query,
who asked it and when, when the summary was published, and how much of it the file holds."""

from collections.abc import Sequence

from adhocq.messages import tr
from adhocq.model import ENGLISH, Country, Coverage, Dataset, Source, Text
from adhocq.output.result import UNTRANSLATED_MARK


def caption(ds: Dataset, lang: str = "en") -> str:
    """The source line: which query, who asked and when, when the summary was published, and
    how much of it the file holds. Who asked is a label ("requested by: Finland"), which reads
    the same for a country, an authority or a committee, and needs no article in any language."""
    q = ds.query
    who = requester(ds, lang)
    by = "" if who is None else tr(lang, "; requested by: {requester}").format(requester=who)
    if q.asked is None:
        asked = ""
    elif who is None:
        asked = tr(lang, "; asked in {month}").format(month=q.asked)
    else:
        asked = f" ({q.asked})"
    if q.published is None and q.compiled is not None:
        line = tr(lang, "Source: EMN ad hoc query {query}{by}{asked}; compilation produced {day}")
        line = line.format(query=q.id, by=by, asked=asked, day=q.compiled.isoformat())
    elif q.published is None:
        line = tr(lang, "Source: EMN ad hoc query {query}{by}{asked}; publication date not known")
        line = line.format(query=q.id, by=by, asked=asked)
    else:
        line = tr(
            lang, "Source: EMN ad hoc query {query}{by}{asked}; summary published {published}"
        )
        line = line.format(query=q.id, by=by, asked=asked, published=q.published.isoformat())
    if q.coverage is Coverage.listing:
        line += tr(lang, "; only a listing of it was read: this file holds none of its findings")
    elif q.coverage is Coverage.header:
        line += header_said(ds, lang)
    elif q.coverage is Coverage.excerpt:
        if q.findings_read == 0:
            line += tr(lang, "; this file holds none of its findings")
        elif q.findings_read == 1:
            line += tr(lang, "; this file holds only the first finding of it")
        else:
            read = tr(lang, "; this file holds only the first {n} findings of it")
            line += read.format(n=q.findings_read)
    others = dict.fromkeys(b.page for b in q.bullets if b.page is not None)
    if others:
        said = tr(lang, "; and findings of another publisher's summary of the query ({pages})")
        line += said.format(pages=", ".join(others))
    return line


def header_said(ds: Dataset, lang: str) -> str:
    """What a record of a compilation's header holds, and what its list says as printed."""
    q = ds.query
    line = tr(
        lang, "; only the header of its compilation was read: who answered, none of the answers"
    )
    if q.asked_of:
        line = tr(
            lang,
            "; only the header of its compilation was read: it names those asked to answer, "
            "not those who answered",
        )
    if ds.count_disagrees:
        said = tr(lang, "; the header counts {count} in total but names {named}")
        line += said.format(count=q.respondent_count, named=len(ds.responses))
    return line


def requester(ds: Dataset, lang: str) -> str | None:
    """Who asked, in `lang` where the data has it: the authority the summary names, or the
    country's name where the summary names only the country ("the Netherlands"); None where the
    summary does not say."""
    q = ds.query
    country = ds.country_by_code(q.requester_country) if q.requester_country else None
    if q.requester is not None and (country is None or not _is_name_of(q.requester, country)):
        if not q.requester.has(lang):  # English for want of a translation, marked as in tables
            return f"{q.requester.en} {UNTRANSLATED_MARK}"
        return q.requester.get(lang)
    return country.name.get(lang) if country is not None else None


def _is_name_of(text: Text, country: Country) -> bool:
    said = text.en.strip().casefold()
    return said.removeprefix("the ") == country.name.en.casefold()


def source_url(ds: Dataset, lang: str | None) -> str:
    """The address of the summary, in `lang` where it is published in it (see `address`)."""
    return address(ds.query.sources, lang)


def address(sources: Sequence[Source], lang: str | None) -> str:
    """The address of the source in `lang`, else in English (the language every text falls back
    to), else of the first; empty without a source."""
    for wanted in (lang, ENGLISH):
        chosen = next((s for s in sources if s.lang == wanted), None)
        if chosen is not None:
            return chosen.url
    return sources[0].url if sources else ""
