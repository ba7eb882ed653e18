"""Country codes as EMN writes them, and as people type them: the one place that knows them.

EMN and the EU write two-letter ISO codes, except Greece, which is `EL`; some pages write `GR`,
which the command line accepts as an alias of `EL` and a dataset file must not use.
"""

import datetime
import re

CODE = re.compile(r"[A-Z]{2}")
"""A code as a dataset writes it: two ASCII capitals, matched whole (`CODE.fullmatch`)."""

ALIASES = {"GR": "EL"}
"""Codes people type -> the EMN code they mean."""


def normalise_code(code: str) -> str:
    """A country code as typed -> as the dataset writes it ("gr " -> "EL"). Only ASCII is
    upper-cased: str.upper() maps look-alikes onto real codes ("ﬁ" -> "FI", "ſk" -> "SK"),
    so anything else is left as it is, to be an unknown code."""
    stripped = code.strip(" \t\r\n")
    if not stripped.isascii():
        return stripped
    upper = stripped.upper()
    return ALIASES.get(upper, upper)


EMN_COUNTRIES = (
    ("AT", "member", "Austria", "Autriche"),
    ("BE", "member", "Belgium", "Belgique"),
    ("BG", "member", "Bulgaria", "Bulgarie"),
    ("CY", "member", "Cyprus", "Chypre"),
    ("CZ", "member", "Czechia", "Tchéquie"),
    ("DE", "member", "Germany", "Allemagne"),
    ("EE", "member", "Estonia", "Estonie"),
    ("EL", "member", "Greece", "Grèce"),
    ("ES", "member", "Spain", "Espagne"),
    ("FI", "member", "Finland", "Finlande"),
    ("FR", "member", "France", "France"),
    ("HR", "member", "Croatia", "Croatie"),
    ("HU", "member", "Hungary", "Hongrie"),
    ("IE", "member", "Ireland", "Irlande"),
    ("IT", "member", "Italy", "Italie"),
    ("LT", "member", "Lithuania", "Lituanie"),
    ("LU", "member", "Luxembourg", "Luxembourg"),
    ("LV", "member", "Latvia", "Lettonie"),
    ("MT", "member", "Malta", "Malte"),
    ("NL", "member", "Netherlands", "Pays-Bas"),
    ("PL", "member", "Poland", "Pologne"),
    ("PT", "member", "Portugal", "Portugal"),
    ("RO", "member", "Romania", "Roumanie"),
    ("SE", "member", "Sweden", "Suède"),
    ("SI", "member", "Slovenia", "Slovénie"),
    ("SK", "member", "Slovakia", "Slovaquie"),
    ("NO", "observer", "Norway", "Norvège"),
    ("GE", "observer", "Georgia", "Géorgie"),
    ("MD", "observer", "Moldova", "Moldavie"),
    ("UA", "observer", "Ukraine", "Ukraine"),
    ("ME", "observer", "Montenegro", "Monténégro"),
    ("AM", "observer", "Armenia", "Arménie"),
    ("RS", "observer", "Serbia", "Serbie"),
    ("MK", "observer", "North Macedonia", "Macédoine du Nord"),
)
"""The EMN's members (the EU member states but Denmark) and observer countries: code, membership,
name in English and in French (the EU's interinstitutional style guide). A query file that
declares no [[countries]] has these."""

OUTSIDE = (
    ("UK", "former-member", "United Kingdom", "Royaume-Uni"),
    ("DK", "non-member", "Denmark", "Danemark"),
    ("CH", "non-member", "Switzerland", "Suisse"),
)
"""Countries some list of respondents names that are neither members nor observers of the EMN
today (the Commission's list of EMN Member and Observer Countries): code, membership today,
names. A query file has them only where it names them."""

MEMBER_UNTIL = {"UK": datetime.date(2020, 1, 31)}
"""The last day a former member took part (the United Kingdom left the EU on 31 January 2020)."""
MEMBER_FROM = {
    "HR": datetime.date(2013, 7, 1),  # Croatia joined the EU
    "GE": datetime.date(2021, 3, 11),  # emnbelgium.be/news/welcome-georgia-and-moldova
    "MD": datetime.date(2021, 3, 12),  # the same page
    "RS": datetime.date(2023, 3, 16),  # emn.fi/en/serbia-joins-emn-as-observer-country
    # Ukraine, Montenegro and Armenia had joined by then, the same page says; the days they
    # joined were not read, so a later day, which never says more than is known
    "UA": datetime.date(2023, 3, 16),
    "ME": datetime.date(2023, 3, 16),
    "AM": datetime.date(2023, 3, 16),
    "MK": datetime.date(2024, 10, 28),  # emn.fi/en/north-macedonia-becomes-observer-country-…
}
"""The first day a country took part, where it joined after the EMN began: before it, a query
asked then does not count it among its countries (and so never says it did not answer)."""


def countries_on(day: datetime.date | None, named: set[str]) -> list[tuple[str, str, str, str]]:
    """The EMN's countries on `day` (today's where it is not known), as `EMN_COUNTRIES` gives
    them, with any country of `OUTSIDE` that the query names (`named`) at its membership on
    that day: the United Kingdom a member before February 2020, Denmark never."""
    rows = []
    for code, membership, en, fr in (*EMN_COUNTRIES, *OUTSIDE):
        start, end = MEMBER_FROM.get(code), MEMBER_UNTIL.get(code)
        if day is not None and start is not None and day < start:
            continue
        if day is not None and end is not None and day <= end:
            membership = "member"
        elif code not in named and membership not in ("member", "observer"):
            continue
        rows.append((code, membership, en, fr))
    return rows


OTHER_NAMES = {
    "AT": ("Österreich",),
    "BE": ("België", "Belgien"),
    "BG": ("България",),
    "CY": ("Κύπρος", "Kıbrıs"),
    "CZ": ("Česko", "Česká republika", "Czech Republic"),
    "DE": ("Deutschland",),
    "EE": ("Eesti",),
    "EL": ("Ελλάδα", "Hellas"),
    "ES": ("España",),
    "FI": ("Suomi",),
    "HR": ("Hrvatska",),
    "HU": ("Magyarország",),
    "IE": ("Éire",),
    "IT": ("Italia",),
    "LT": ("Lietuva",),
    "LU": ("Lëtzebuerg", "Luxemburg"),
    "LV": ("Latvija",),
    "NL": ("Nederland", "The Netherlands", "Holland"),
    "PL": ("Polska",),
    "RO": ("România",),
    "SE": ("Sverige",),
    "SI": ("Slovenija",),
    "SK": ("Slovensko", "Slovak Republic"),
    "UK": ("Great Britain", "Britain"),
    "DK": ("Danmark",),
    "CH": ("Schweiz", "Svizzera", "Svizra"),
    "NO": ("Norge", "Noreg"),
    "GE": ("საქართველო", "Sakartvelo"),
    "MD": ("Republic of Moldova",),
    "UA": ("Україна", "Ukraina"),
    "ME": ("Crna Gora", "Црна Гора"),
    "AM": ("Հայաստան", "Hayastan"),
    "RS": ("Srbija", "Србија"),
    "MK": ("Северна Македонија", "Severna Makedonija"),
}
"""Other names people type for an EMN country, accepted as its English and French names are:
its own names (Deutschland, Polska), an older official name (Czech Republic), a common one
(Holland)."""
