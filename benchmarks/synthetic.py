"""Synthetic corpora for corpus.py: N schema-2 query files shaped like the real ones.

Standard library only. Every file is drawn from its own seeded generator, so file NNNN has the
same bytes whatever the size of the corpus, and every run writes the same corpora. See
benchmarks/README.md ("The corpora").
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from pathlib import Path

SEED = 14
SEARCH_WORD = "interpreters"  # in some of the texts
COUNTRY = "CZ"  # a respondent to most queries

# EMN members and observers (src/adhocq/countries.py), with `GR` as some summaries print EL.
MEMBERS = "AT BE BG CY CZ DE EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
OBSERVERS = "NO GE MD UA ME AM RS MK".split()

# Texts: (English, French) pieces that make sentences; SEARCH_WORD appears in some of them.
SUBJECTS = (
    ("The immigration service", "Le service de l'immigration"),
    ("The ministry", "Le ministère"),
    ("The reception agency", "L'agence d'accueil"),
    ("Local authorities", "Les autorités locales"),
    ("The border police", "La police des frontières"),
    ("The national contact point", "Le point de contact national"),
)
VERBS = (
    ("recruits", "recrute"),
    ("trains", "forme"),
    ("funds", "finance"),
    ("publishes guidance for", "publie des lignes directrices pour"),
    ("coordinates", "coordonne"),
    ("evaluates", "évalue"),
)
OBJECTS = (
    ("caseworkers who handle applications", "des agents qui traitent les demandes"),
    ("interpreters for hearings", "des interprètes pour les auditions"),
    ("legal advisers in reception centres", "des conseillers juridiques en centre d'accueil"),
    ("teachers of the national language", "des enseignants de la langue nationale"),
    ("staff at the call centre", "le personnel du centre d'appels"),
    ("social workers for minors", "des travailleurs sociaux pour les mineurs"),
    ("a network of volunteers", "un réseau de bénévoles"),
    ("digital services for applicants", "des services numériques pour les demandeurs"),
)
WHEN = (
    ("every year", "chaque année"),
    ("in times of crisis", "en temps de crise"),
    ("since the last reform", "depuis la dernière réforme"),
    ("with European funds", "avec des fonds européens"),
    ("in every region", "dans chaque région"),
)
TOPICS = (
    ("family reunification", "regroupement familial"),
    ("return of rejected applicants", "retour des demandeurs déboutés"),
    ("reception of asylum seekers", "accueil des demandeurs d'asile"),
    ("integration courses", "cours d'intégration"),
    ("detention and its alternatives", "rétention et ses alternatives"),
    ("residence permits for workers", "titres de séjour des travailleurs"),
    ("unaccompanied minors", "mineurs non accompagnés"),
    ("statelessness", "apatridie"),
    ("digital case files", "dossiers numériques"),
    ("labour market access", "accès au marché du travail"),
)
# Measure types: (id, English label, French label); each file declares a few of them.
TYPES = (
    ("staffing", "Staff reinforcement", "Renforcement du personnel"),
    ("training", "Training of staff", "Formation du personnel"),
    ("interpreting", "Interpreters at interviews", "Interprètes lors des entretiens"),
    ("legal-aid", "Free legal aid", "Aide juridique gratuite"),
    ("online-portal", "An online portal", "Un portail en ligne"),
    ("helpline", "A telephone helpline", "Une ligne d'assistance téléphonique"),
    ("guidance", "Written guidance", "Des lignes directrices écrites"),
    ("funding", "Dedicated funding", "Un financement spécifique"),
    ("monitoring", "Monitoring and statistics", "Suivi et statistiques"),
    ("cooperation", "Cooperation with NGOs", "Coopération avec les ONG"),
    ("reporting-duty", "A duty to report", "Une obligation de se présenter"),
    ("language-courses", "Language courses", "Des cours de langue"),
)
CATEGORIES = (
    ("organisation", "Organisation", "Organisation"),
    ("support", "Support for people", "Soutien aux personnes"),
)
KINDS = (
    ("practice", "Good practice", "Bonne pratique"),
    ("challenge", "Challenge", "Défi"),
    ("plan", "Planned change", "Changement prévu"),
)


def toml_str(text: str) -> str:
    """A TOML basic string: JSON's escapes are all TOML escapes, and it leaves no control
    character raw."""
    return json.dumps(text, ensure_ascii=False)


def text(en: str, fr: str) -> str:
    return f"{{ en = {toml_str(en)}, fr = {toml_str(fr)} }}"


def sentence(rng: random.Random) -> tuple[str, str]:
    parts = [rng.choice(pieces) for pieces in (SUBJECTS, VERBS, OBJECTS, WHEN)]
    return " ".join(p[0] for p in parts) + ".", " ".join(p[1] for p in parts) + "."


@dataclass
class Generated:
    """What the benchmark needs to know of a written corpus."""

    folder: Path
    files: int
    bytes: int
    query: str  # the query of the per-query command
    type: str  # a measure type it declares, with measures


def query_file(number: int, total: int) -> tuple[str, list[str]]:
    """The TOML text of query `synthetic-NNNN`, and the measure types it declares.

    Its own seeded generator makes file NNNN the same bytes whatever the size of the corpus."""
    rng = random.Random(SEED * 1_000_003 + number)
    ident = f"synthetic-{number:04d}"
    topic_en, topic_fr = rng.choice(TOPICS)
    title_en, title_fr = f"{topic_en} ({number})", f"{topic_fr} ({number})"
    year = 2010 + number % 16
    month = rng.randint(1, 11)
    requester = rng.choice(MEMBERS)
    if requester == "HR" and year < 2014:  # not yet a member: another asks
        requester = COUNTRY
    # Only countries taking part in the year asked (countries.py: Croatia from July 2013, the
    # observers but Norway from 2021 to 2024), as adhocq's checker requires.
    taking_part = [c for c in MEMBERS if c != "HR" or year >= 2014]
    taking_part += [c for c in OBSERVERS if c == "NO" or year >= 2025]
    respondents = rng.sample(taking_part, min(rng.randint(22, 28), len(taking_part)))
    if COUNTRY not in respondents and rng.random() < 0.8:
        respondents[0] = COUNTRY
    types = rng.sample(TYPES, rng.randint(4, 7))
    out = [
        f"# A synthetic query for benchmarks/corpus.py ({number} of {total}); not a real one.",
        "",
        "schema_version = 2",
        "",
        "[query]",
        f'id = "{ident}"',
    ]
    if number == 1:
        out.append("default = true")
    out += [
        f"title = {text(f'Ad Hoc Query on {title_en}', f'Question ad hoc sur {title_fr}')}",
        f'requester_country = "{requester}"',
        f"requester = {text('Ministry of the Interior', 'Ministère de l’Intérieur')}",
        f'asked = "{year}-{month:02d}"',
        f"published = {year}-{month + 1:02d}-{rng.randint(1, 28):02d}",
        f"respondent_count = {len(respondents)}",
        'coverage = "complete"',
        f"themes = [{text(*sentence(rng))}, {text(*sentence(rng))}]",
        f'sources = [{{ lang = "en", url = "https://example.org/synthetic/{number}" }}]',
        'bullets = [{ id = "b1", title = { en = "Bullet 1", fr = "Point 1" } }, '
        '{ id = "b2", title = { en = "Bullet 2", fr = "Point 2" } }]',
        "",
        "[[questions]]",
        'id = "offers"',
        'column = "offers_it"',
        f"label = {text('Offers it', 'Le propose')}",
        f"statement = {text(f'Has a policy on {topic_en}', f'A une politique sur {topic_fr}')}",
        f"yes = {text('with a policy', 'avec une politique')}",
        f"no = {text('without a policy', 'sans politique')}",
        'source = "b1"',
    ]
    for kind, en, fr in KINDS:
        out += ["", "[[finding_kinds]]", f'id = "{kind}"', f"label = {text(en, fr)}"]
    for category, en, fr in CATEGORIES:
        out += ["", "[[categories]]", f'id = "{category}"', f"label = {text(en, fr)}"]
    for index, (type_id, en, fr) in enumerate(types):
        category = CATEGORIES[index % len(CATEGORIES)][0]
        out += ["", "[[types]]", f'id = "{type_id}"', f'category = "{category}"']
        out.append(f"label = {text(en, fr)}")
    for code in respondents:
        answer = "true" if rng.random() < 0.7 else "false"
        out += ["", "[[responses]]", f'country = "{code}"', 'source = "b1"']
        if rng.random() < 0.9:
            out.append(f"answers = {{ offers = {answer} }}")
        # The first type has measures from most respondents, the others from some.
        for index, (type_id, _, _) in enumerate(types):
            if rng.random() < (0.6 if index == 0 else 0.2):
                out += ["", "[[responses.measures]]", f'type = "{type_id}"']
                out += [f"description = {text(*sentence(rng))}", 'source = "b2"']
    for index in range(rng.randint(10, 14)):
        named = rng.sample(respondents, rng.randint(0, 8))
        mentions = ", ".join(f'"{"GR" if code == "EL" else code}"' for code in named)
        out += ["", "[[findings]]", f'kind = "{rng.choice(KINDS)[0]}"', f'id = "f{index + 1}"']
        out += [f"text = {text(*sentence(rng))}", 'source = "b2"']
        if named:
            out.append(f"mentions = [{mentions}]")
    return "\n".join(out) + "\n", [type_id for type_id, _, _ in types]


def write_corpus(folder: Path, size: int) -> Generated:
    folder.mkdir(parents=True)
    total = 0
    chosen = max(1, (size + 1) // 2)  # the per-query command reads a query in the middle
    chosen_type = ""
    for number in range(1, size + 1):
        body, types = query_file(number, size)
        data = body.encode("utf-8")
        (folder / f"synthetic-{number:04d}.toml").write_bytes(data)
        total += len(data)
        if number == chosen:
            chosen_type = types[0]
    return Generated(folder, size, total, f"synthetic-{chosen:04d}", chosen_type)
