"""The topics a query is tagged with (`topics = [...]` in its file): a small controlled list,
adhocq's own classification across the years (no source prints it; EMN Belgium's listing gives
a main theme and keywords, which it was drawn from), with labels in English, French and Dutch."""

from __future__ import annotations

TOPICS = (
    ("asylum", "Asylum and international protection", "Asile et protection internationale",
     "Asiel en internationale bescherming"),
    ("reception", "Reception and housing", "Accueil et logement", "Opvang en huisvesting"),
    ("detention", "Detention and its alternatives", "Rétention et alternatives",
     "Bewaring en alternatieven"),
    ("return", "Return and entry bans", "Retour et interdictions d'entrée",
     "Terugkeer en inreisverboden"),
    ("family-reunification", "Family reunification", "Regroupement familial",
     "Gezinshereniging"),
    ("citizenship", "Citizenship and naturalisation", "Citoyenneté et naturalisation",
     "Nationaliteit en naturalisatie"),
    ("legal-migration", "Legal and labour migration", "Migration légale et de travail",
     "Legale migratie en arbeidsmigratie"),
    ("integration", "Integration and language", "Intégration et langue", "Integratie en taal"),
    ("documents-identity", "Documents and identity", "Documents et identité",
     "Documenten en identiteit"),
    ("minors", "Children and young people", "Enfants et jeunes", "Kinderen en jongeren"),
    ("visas-borders", "Visas and borders", "Visas et frontières", "Visa en grenzen"),
    ("irregular-migration", "Irregular migration and smuggling",
     "Migration irrégulière et trafic de migrants", "Irreguliere migratie en mensensmokkel"),
    ("administration", "Administration, services and data", "Administration, services et données",
     "Bestuur, dienstverlening en gegevens"),
    ("policy", "Migration policy and public order", "Politique migratoire et ordre public",
     "Migratiebeleid en openbare orde"),
)  # fmt: skip
"""Each topic: its id (as files and `--topic` write it) and its label in English, French and
Dutch."""

TOPIC_IDS = tuple(topic[0] for topic in TOPICS)
LABEL_LANGS = ("en", "fr", "nl")


def label(topic: str, lang: str) -> str:
    """A topic's label in `lang` (English for a language it has none in)."""
    row = next(t for t in TOPICS if t[0] == topic)
    return row[1 + LABEL_LANGS.index(lang)] if lang in LABEL_LANGS else row[1]
