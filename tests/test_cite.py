"""`adhocq cite`: exact output in every style, on the bundled default query; the styles' rules
(escaping, one line per RIS tag, CSL data schema); --all, --accessed, --query; `--version`."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys

import pytest
from conftest import DATA, bundled_corpus, main_text, run_text

from adhocq import __version__
from adhocq.across import Listing
from adhocq.cli import app
from adhocq.cli import main as cli
from adhocq.cli.helptext import SHORT_HELP
from adhocq.cli.present import cite
from adhocq.model import Dataset
from adhocq.output import citation
from adhocq.output.citation import Citation, Kind, Style

ACCESSED = ("--accessed", "2026-01-31")
EN_URL = (
    "https://emnbelgium.be/publication/ad-hoc-query-organisation-immigration-authorities-"
    "customer-service-possible-crisis-or"
)
TITLE = (
    "Ad Hoc Query on organisation of immigration authorities' customer service in a possible "
    "crisis or exceptional situation"
)
BE_NCP = "Belgian National Contact Point of the European Migration Network"
DATASET_NOTE = "73 queries, newest published 2025-12-14"

TEXT = f"""\
European Migration Network (2024-01-11). {TITLE} [EMN ad hoc query summary]. {BE_NCP}. \
{EN_URL} (accessed 2026-01-31).

The adhocq authors (2025-12-14). adhocq: EMN ad hoc query summaries as data \
(version {__version__}) [Data set]. Python package adhocq. {DATASET_NOTE}.
"""

BIBTEX = f"""\
@misc{{emn-ahq-2023-fi-customer-service-crisis,
  author       = {{{{European Migration Network}}}},
  title        = {{{{{TITLE}}}}},
  howpublished = {{{BE_NCP}}},
  type         = {{EMN ad hoc query summary}},
  year         = {{2024}},
  date         = {{2024-01-11}},
  url          = {{{EN_URL}}},
  urldate      = {{2026-01-31}},
}}

@misc{{adhocq-dataset,
  author       = {{{{The adhocq authors}}}},
  title        = {{{{adhocq: EMN ad hoc query summaries as data}}}},
  howpublished = {{Python package adhocq}},
  type         = {{Data set}},
  version      = {{{__version__}}},
  year         = {{2025}},
  date         = {{2025-12-14}},
  note         = {{{DATASET_NOTE}}},
}}
"""

RIS = f"""\
TY  - ELEC
ID  - emn-ahq-2023-fi-customer-service-crisis
AU  - European Migration Network
TI  - {TITLE}
M3  - EMN ad hoc query summary
PB  - {BE_NCP}
PY  - 2024
DA  - 2024/01/11
UR  - {EN_URL}
Y2  - 2026/01/31
ER  - 

TY  - ELEC
ID  - adhocq-dataset
AU  - The adhocq authors
TI  - adhocq: EMN ad hoc query summaries as data
M3  - Data set
DB  - Python package adhocq
ET  - {__version__}
PY  - 2025
DA  - 2025/12/14
N1  - {DATASET_NOTE}
ER  - 
"""  # noqa: W291 - RIS ends a record with "ER  - ", its trailing space included

DATASET_ITEM = {
    "id": "adhocq-dataset",
    "type": "dataset",
    "title": "adhocq: EMN ad hoc query summaries as data",
    "author": [{"literal": "The adhocq authors"}],
    "genre": "Data set",
    "source": "Python package adhocq",
    "version": __version__,
    "issued": {"date-parts": [[2025, 12, 14]]},
    "note": DATASET_NOTE,
}
CSL = [
    {
        "id": "emn-ahq-2023-fi-customer-service-crisis",
        "type": "webpage",
        "title": TITLE,
        "author": [{"literal": "European Migration Network"}],
        "genre": "EMN ad hoc query summary",
        "publisher": BE_NCP,
        "issued": {"date-parts": [[2024, 1, 11]]},
        "URL": EN_URL,
        "accessed": {"date-parts": [[2026, 1, 31]]},
    },
    DATASET_ITEM,
]

# The basic fields of the CSL data schema (citation-style-language/schema, csl-data.json) that
# adhocq writes, as that schema defines them; an item may hold no other field.
_NAMES = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {"literal": {"type": "string"}},
        "required": ["literal"],
        "additionalProperties": False,
    },
}
_DATE = {
    "type": "object",
    "properties": {
        "date-parts": {
            "type": "array",
            "items": {
                "type": "array",
                "items": {"type": ["string", "number"]},
                "minItems": 1,
                "maxItems": 3,
            },  # fmt: skip
            "minItems": 1,
            "maxItems": 2,
        }
    },
    "required": ["date-parts"],
    "additionalProperties": False,
}
CSL_SCHEMA = {
    "type": "array",
    "items": {
        "type": "object",
        "properties": {
            "id": {"type": ["string", "number"]},
            "type": {"enum": ["webpage", "dataset"]},
            "title": {"type": "string"},
            "author": _NAMES,
            "genre": {"type": "string"},
            "publisher": {"type": "string"},
            "source": {"type": "string"},
            "version": {"type": "string"},
            "issued": _DATE,
            "accessed": _DATE,
            "URL": {"type": "string"},
            "note": {"type": "string"},
        },
        "required": ["id", "type", "title", "author"],  # no "issued" for a query not dated
        "additionalProperties": False,
    },
}


def out(args: list[str], capfd: pytest.CaptureFixture[str]) -> str:
    assert cli.main(args) == 0
    printed = capfd.readouterr()
    assert printed.err == ""
    return printed.out


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("text", TEXT),
        ("bibtex", BIBTEX),
        ("ris", RIS),
        ("csl-json", json.dumps(CSL, ensure_ascii=False, indent=2) + "\n"),
    ],
)
def test_each_style_of_the_default_query(
    style: str, expected: str, capfd: pytest.CaptureFixture[str]
) -> None:
    assert out(["cite", "--style", style, *ACCESSED], capfd) == expected


def test_text_is_the_default_style_and_any_case_is_accepted(
    capfd: pytest.CaptureFixture[str],
) -> None:
    assert out(["cite", *ACCESSED], capfd) == TEXT
    assert out(["cite", "-s", "BibTeX", *ACCESSED], capfd) == BIBTEX


def test_every_style_has_a_renderer() -> None:
    assert set(citation.RENDERERS) == set(Style)


def test_csl_json_follows_the_csl_data_schema(capfd: pytest.CaptureFixture[str]) -> None:
    import jsonschema

    second = ["cite", "--data", str(DATA / "second.toml"), "-l", "nl"]
    for args in (["cite", "--all"], second, ["cite", "-q", "emn-ahq-2023-cz-speech"]):
        items = json.loads(out([*args, "--style", "csl-json", *ACCESSED], capfd))
        jsonschema.validate(items, CSL_SCHEMA)
        assert [item["type"] for item in items][-1] == "dataset"


def test_the_address_and_title_follow_lang(capfd: pytest.CaptureFixture[str]) -> None:
    text = out(["cite", "--lang", "fr", *ACCESSED], capfd)
    assert "https://emnbelgium.be/fr/publication/question-ad-hoc-sur-lorganisation" in text
    assert "Question Ad Hoc sur l'organisation du service client des autorités chargées" in text


def test_all_cites_every_query_newest_first_then_the_dataset(
    capfd: pytest.CaptureFixture[str],
) -> None:
    items = json.loads(out(["cite", "--all", "-s", "csl-json", *ACCESSED], capfd))
    corpus = bundled_corpus()
    assert len(items) == len(corpus.queries) + 1 and items[-1] == DATASET_ITEM
    # A query whose publication date is not known has no "issued", and comes last.
    dates = [
        tuple(item["issued"]["date-parts"][0]) if "issued" in item else () for item in items[:-1]
    ]
    assert dates == sorted(dates, reverse=True)
    assert {item["id"] for item in items[:-1]} == {ds.query.id for ds in corpus.queries}
    ris = out(["cite", "--all", "-s", "ris", *ACCESSED], capfd)
    assert ris.count("TY  - ELEC\n") == ris.count("ER  - \n") == len(corpus.queries) + 1


def test_query_chooses_the_summary(capfd: pytest.CaptureFixture[str]) -> None:
    text = out(["cite", "-q", "emn-ahq-2024-fi-citizenship", *ACCESSED], capfd)
    assert text.startswith(
        "European Migration Network (2024-04-06). Ad Hoc Query on citizenship tests as part of "
        f"naturalisation process [EMN ad hoc query summary]. {BE_NCP}. https://emnbelgium.be/"
    )
    assert text.endswith(f"{DATASET_NOTE}.\n")


def test_all_with_a_query_is_a_usage_error(capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["cite", "--all", "-q", "emn-ahq-2024"]) == 2
    assert capfd.readouterr() == (
        "",
        "adhocq: usage error: --all cites every query; it cannot be combined with --query\n",
    )


def test_all_overrides_the_query_of_the_environment(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("ADHOCQ_QUERY", "emn-ahq-2024-fi-citizenship")
    everything = out(["cite", "--all", "-s", "ris", *ACCESSED], capfd)
    assert everything.count("TY  - ELEC") == 74


@pytest.mark.parametrize("raw", ["2026-02-30", "2026-1-31", "31/01/2026", "20260131", "", "today"])
def test_accessed_takes_a_real_day(raw: str, capfd: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["cite", "--accessed", raw]) == 2
    assert capfd.readouterr() == (
        "",
        f"adhocq: usage error: --accessed takes a date as YYYY-MM-DD, got {raw!r}\n",
    )


def test_accessed_is_today_by_default(capfd: pytest.CaptureFixture[str]) -> None:
    before = datetime.date.today()
    text = out(["cite"], capfd)
    after = datetime.date.today()
    assert any(f"(accessed {day.isoformat()})." in text for day in {before, after})


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://emnbelgium.be/publication/x", BE_NCP),
        ("https://www.EMNBelgium.be/nl/publication/x", BE_NCP),
        ("https://example.org/emnbelgium.be", None),
        ("https://emnbelgium.be.example.org/x", None),
        ("https://notemnbelgium.be/x", None),
        ("http://[::1/x", None),
        ("", None),
    ],
)
def test_the_publisher_is_the_contact_point_of_the_site(url: str, expected: str | None) -> None:
    assert cite.publisher(url) == expected


HOSTILE = Citation(
    Kind.webpage,
    "id with spaces",
    "A & B {C}",
    "50% of \\x_y ~ ^ $1 #2 {un}balanced}\nsecond line",
    datetime.date(2024, 2, 3),
    url="https://example.org/a{b}\\c",
    accessed=datetime.date(2024, 2, 4),
)


def test_bibtex_escapes_every_special_and_keeps_braces_balanced() -> None:
    entry = citation.as_bibtex([HOSTILE])
    assert entry == (
        "@misc{id-with-spaces,\n"
        "  author  = {{A \\& B \\{C\\}}},\n"
        "  title   = {{50\\% of \\textbackslash{}x\\_y \\textasciitilde{} \\textasciicircum{} "
        "\\$1 \\#2 \\{un\\}balanced\\} second line}},\n"
        "  year    = {2024},\n"
        "  date    = {2024-02-03},\n"
        "  url     = {https://example.org/a%7Bb%7D%5Cc},\n"
        "  urldate = {2024-02-04},\n"
        "}\n"
    )
    unescaped = entry.replace("\\{", "").replace("\\}", "")
    assert unescaped.count("{") == unescaped.count("}")


def test_ris_writes_one_line_per_tag() -> None:
    record = citation.as_ris([HOSTILE])
    assert record.splitlines()[3] == "TI  - 50% of \\x_y ~ ^ $1 #2 {un}balanced} second line"
    assert all(line[:2].isalnum() and line[2:6] == "  - " for line in record.splitlines())


def test_text_ends_each_part_once() -> None:
    asking = Citation(Kind.webpage, "q", "EMN", "Who asks?", datetime.date(2024, 1, 2))
    assert citation.as_text([asking]) == "EMN (2024-01-02). Who asks?\n"


def test_cite_has_a_short_help_and_a_module() -> None:
    assert app.COMMANDS["cite"] == "adhocq.cli.commands.cite"
    assert "cite" in SHORT_HELP


# ------------------------------------------------------------------ the command line


def test_the_installed_script_cites_in_utf_8_whatever_the_locale() -> None:
    done = run_text("cite", "-s", "bibtex", *ACCESSED, env={"PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stdout, done.stderr) == (0, BIBTEX, "")
    done = run_text("cite", "-l", "fr", *ACCESSED, env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0 and "chargées de l'immigration" in done.stdout


def test_version_names_the_bundled_dataset() -> None:
    done = main_text("--version", env={"ADHOCQ_DATA": str(DATA / "second.toml")})
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"adhocq {__version__} (dataset: {DATASET_NOTE})\n"


def test_version_imports_no_rich() -> None:
    code = (
        "import sys; from adhocq.cli.main import main; code = main(['--version']); "
        "print(code, any(m.split('.')[0] == 'rich' for m in sys.modules))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=60, check=True)  # fmt: skip
    assert done.stdout.splitlines()[-1] == "0 False"


def test_version_survives_an_unreadable_dataset(
    monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    from adhocq.errors import DataError, Problem

    def broken(*args: object, **kwargs: object) -> None:
        raise DataError("x.toml", [Problem("", "cannot be read")])

    monkeypatch.setattr("adhocq.reading.index.CorpusIndex.listings", broken)
    assert cli.main(["--version"]) == 0
    assert capfd.readouterr().out == (
        f"adhocq {__version__} (dataset: cannot be read; 'adhocq validate' says why)\n"
    )


# ------------------------------------------------------------------ printed and translated titles

SPEECH = "emn-ahq-2023-cz-speech-translation-devices"
SPEECH_FR = (
    "Question Ad Hoc sur l'utilisation d'appareils de traduction vocale en temps réel dans la "
    "procédure d'asile"
)
SPEECH_EN = (
    "Ad Hoc Query on the use of real-time speech-translating devices in the asylum procedure"
)
SPEECH_URL = (
    "https://emnbelgium.be/fr/publication/question-ad-hoc-sur-lutilisation-dappareils-de-"
    "traduction-vocale-en-temps-reel-dans-la"
)
CITIZENSHIP = "emn-ahq-2024-fi-citizenship-tests"
CITIZENSHIP_TITLE = "Ad Hoc Query on citizenship tests as part of naturalisation process"
CITIZENSHIP_URL = (
    "https://emnbelgium.be/publication/ad-hoc-query-citizenship-tests-part-naturalisation-process"
)


def first(args: list[str], capfd: pytest.CaptureFixture[str]) -> str:
    """The first citation of the output (the summary's), without the dataset's."""
    text = out([*args, *ACCESSED], capfd)
    if "--style" in args and args[args.index("--style") + 1] == "csl-json":
        return json.dumps(json.loads(text)[0], ensure_ascii=False, indent=2)
    return text.split("\n\n")[0] + "\n"


def test_a_title_printed_in_french_is_cited_as_printed_with_the_translation_marked(
    capfd: pytest.CaptureFixture[str],
) -> None:
    base = ["cite", "-q", SPEECH, "--style"]
    assert first([*base, "text"], capfd) == (
        f"European Migration Network (2023-09-08). {SPEECH_FR} [{SPEECH_EN}] "
        f"[EMN ad hoc query summary]. {BE_NCP}. {SPEECH_URL} (accessed 2026-01-31).\n"
    )
    assert first([*base, "bibtex"], capfd) == (
        f"@misc{{{SPEECH},\n"
        "  author       = {{European Migration Network}},\n"
        f"  title        = {{{{{SPEECH_FR}}}}},\n"
        f"  titleaddon   = {{[{SPEECH_EN}]}},\n"
        f"  howpublished = {{{BE_NCP}}},\n"
        "  type         = {EMN ad hoc query summary},\n"
        "  year         = {2023},\n"
        "  date         = {2023-09-08},\n"
        f"  url          = {{{SPEECH_URL}}},\n"
        "  urldate      = {2026-01-31},\n"
        "}\n"
    )
    assert first([*base, "ris"], capfd) == (
        f"TY  - ELEC\nID  - {SPEECH}\nAU  - European Migration Network\nTI  - {SPEECH_FR}\n"
        f"TT  - {SPEECH_EN}\nM3  - EMN ad hoc query summary\nPB  - {BE_NCP}\nPY  - 2023\n"
        f"DA  - 2023/09/08\nUR  - {SPEECH_URL}\nY2  - 2026/01/31\nER  - \n"
    )
    item = json.loads(first([*base, "csl-json"], capfd))
    assert item == {
        "id": SPEECH,
        "type": "webpage",
        "title": SPEECH_FR,
        "author": [{"literal": "European Migration Network"}],
        "genre": "EMN ad hoc query summary",
        "publisher": BE_NCP,
        "issued": {"date-parts": [[2023, 9, 8]]},
        "URL": SPEECH_URL,
        "accessed": {"date-parts": [[2026, 1, 31]]},
        "note": f"Translated title: {SPEECH_EN}",
    }


@pytest.mark.parametrize("style", list(Style))
def test_in_the_language_it_is_printed_in_no_translation_is_added(
    style: Style, capfd: pytest.CaptureFixture[str]
) -> None:
    cited = first(["cite", "-q", SPEECH, "--lang", "fr", "--style", style.value], capfd)
    assert SPEECH_FR in cited and SPEECH_URL in cited
    assert SPEECH_EN not in cited and "Translated" not in cited
    assert "titleaddon" not in cited and "TT  -" not in cited


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        (
            "text",
            f"European Migration Network (2024-04-06). {CITIZENSHIP_TITLE} [EMN ad hoc query "
            f"summary]. {BE_NCP}. {CITIZENSHIP_URL} (accessed 2026-01-31).\n",
        ),
        (
            "bibtex",
            f"@misc{{{CITIZENSHIP},\n"
            "  author       = {{European Migration Network}},\n"
            f"  title        = {{{{{CITIZENSHIP_TITLE}}}}},\n"
            f"  howpublished = {{{BE_NCP}}},\n"
            "  type         = {EMN ad hoc query summary},\n"
            "  year         = {2024},\n"
            "  date         = {2024-04-06},\n"
            f"  url          = {{{CITIZENSHIP_URL}}},\n"
            "  urldate      = {2026-01-31},\n"
            "}\n",
        ),
        (
            "ris",
            f"TY  - ELEC\nID  - {CITIZENSHIP}\nAU  - European Migration Network\n"
            f"TI  - {CITIZENSHIP_TITLE}\nM3  - EMN ad hoc query summary\nPB  - {BE_NCP}\n"
            f"PY  - 2024\nDA  - 2024/04/06\nUR  - {CITIZENSHIP_URL}\nY2  - 2026/01/31\nER  - \n",
        ),
        (
            "csl-json",
            json.dumps(
                {
                    "id": CITIZENSHIP,
                    "type": "webpage",
                    "title": CITIZENSHIP_TITLE,
                    "author": [{"literal": "European Migration Network"}],
                    "genre": "EMN ad hoc query summary",
                    "publisher": BE_NCP,
                    "issued": {"date-parts": [[2024, 4, 6]]},
                    "URL": CITIZENSHIP_URL,
                    "accessed": {"date-parts": [[2026, 1, 31]]},
                },
                indent=2,
            ),
        ),
    ],
)
def test_an_english_only_title_is_cited_as_printed_and_nothing_is_marked(
    style: str, expected: str, capfd: pytest.CaptureFixture[str]
) -> None:
    assert first(["cite", "-q", CITIZENSHIP, "--style", style], capfd) == expected


def listing(ds: Dataset) -> Listing:
    from adhocq.reading.derive import listing as listing_of

    return listing_of(ds)


def test_a_reader_of_another_language_gets_the_first_printed_title_and_its_page() -> None:
    # The bundled query is printed in English and French, and published in Dutch too: its Dutch
    # title is not in the file, so a Dutch reader gets the English title with the English page.
    ds = bundled_corpus().default()
    assert ds is not None and ds.query.sources[-1].lang == "nl"
    made = cite.summary(listing(ds), "nl", datetime.date(2026, 1, 31))
    assert (made.title, made.url, made.translated_title) == (TITLE, EN_URL, None)


def test_a_translation_where_the_title_is_printed_in_english_only() -> None:
    from dataclasses import replace

    from adhocq.model import Text, Translation

    corpus = bundled_corpus()
    ds = corpus.by_id(CITIZENSHIP)
    assert ds is not None
    french = Text(CITIZENSHIP_TITLE, (Translation("fr", "Question sur les tests"),))
    ds = replace(ds, query=replace(ds.query, title=french))
    made = cite.summary(listing(ds), "fr", datetime.date(2026, 1, 31))
    assert (made.title, made.translated_title) == (CITIZENSHIP_TITLE, "Question sur les tests")
    assert made.url == CITIZENSHIP_URL


@pytest.mark.parametrize(
    ("lang", "title", "url"),
    [
        ("nl", "Bewaring en rechterlijke toetsing", "https://example.org/nl/detention"),
        ("en", "Detention and its judicial review", "https://example.org/detention"),
        (
            "fr",
            "Bewaring en rechterlijke toetsing [La rétention et son contrôle juridictionnel]",
            "https://example.org/nl/detention",
        ),
    ],
)
def test_each_printed_title_is_cited_with_its_own_page(
    lang: str, title: str, url: str, capfd: pytest.CaptureFixture[str]
) -> None:
    # second.toml: printed in Dutch and English (Dutch first); its French title is adhocq's.
    cited = first(["cite", "--data", str(DATA / "second.toml"), "-l", lang], capfd)
    assert cited == (
        f"European Migration Network (2022-05-02). {title} [EMN ad hoc query summary]. {url} "
        "(accessed 2026-01-31).\n"
    )
