"""`adhocq cite`: exact output in every style, on the bundled default query; the styles' rules
(escaping, one line per RIS tag, CSL data schema); --all, --accessed, --query; `--version`."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys

import pytest
from conftest import DATA, run_text

from adhocq import __version__
from adhocq.cli import app
from adhocq.cli import main as cli
from adhocq.cli.present import cite
from adhocq.output import citation
from adhocq.output.citation import Citation, Kind, Style
from adhocq.reading.corpus import bundled_folder, load_corpus

ACCESSED = ("--accessed", "2026-01-31")
EN_URL = (
    "https://emnbelgium.be/publication/ad-hoc-query-organisation-immigration-authorities-"
    "customer-service-possible-crisis-or"
)
TITLE = (
    "Organisation of immigration authorities' customer service in a possible crisis or "
    "exceptional situation"
)
BE_NCP = "Belgian National Contact Point of the European Migration Network"
DATASET_NOTE = "19 queries, newest published 2025-01-05"

TEXT = f"""\
European Migration Network (2024-01-11). {TITLE} [EMN ad hoc query summary]. {BE_NCP}. \
{EN_URL} (accessed 2026-01-31).

The adhocq authors (2025-01-05). adhocq: EMN ad hoc query summaries as data \
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
  date         = {{2025-01-05}},
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
DA  - 2025/01/05
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
    "issued": {"date-parts": [[2025, 1, 5]]},
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
        "required": ["id", "type", "title", "author", "issued"],
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

    for args in (["cite", "--all"], ["cite", "--data", str(DATA / "second.toml"), "-l", "nl"]):
        items = json.loads(out([*args, "--style", "csl-json", *ACCESSED], capfd))
        jsonschema.validate(items, CSL_SCHEMA)
        assert [item["type"] for item in items][-1] == "dataset"


def test_the_address_and_title_follow_lang(capfd: pytest.CaptureFixture[str]) -> None:
    text = out(["cite", "--lang", "fr", *ACCESSED], capfd)
    assert "https://emnbelgium.be/fr/publication/question-ad-hoc-sur-lorganisation" in text
    assert "Organisation du service client des autorités chargées de l'immigration" in text


def test_all_cites_every_query_newest_first_then_the_dataset(
    capfd: pytest.CaptureFixture[str],
) -> None:
    items = json.loads(out(["cite", "--all", "-s", "csl-json", *ACCESSED], capfd))
    corpus = load_corpus((bundled_folder(),))
    assert len(items) == len(corpus.queries) + 1 and items[-1] == DATASET_ITEM
    dates = [tuple(item["issued"]["date-parts"][0]) for item in items[:-1]]
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
    assert everything.count("TY  - ELEC") == 20


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
    assert "cite" in app.SHORT_HELP


# ------------------------------------------------------------------ the installed script


def test_the_installed_script_cites_in_utf_8_whatever_the_locale() -> None:
    done = run_text("cite", "-s", "bibtex", *ACCESSED, env={"PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stdout, done.stderr) == (0, BIBTEX, "")
    done = run_text("cite", "-l", "fr", *ACCESSED, env={"PYTHONIOENCODING": "ascii"})
    assert done.returncode == 0 and "chargées de l'immigration" in done.stdout


def test_version_names_the_bundled_dataset() -> None:
    done = run_text("--version", env={"ADHOCQ_DATA": str(DATA / "second.toml")})
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

    monkeypatch.setattr("adhocq.reading.corpus.load_corpus", broken)
    assert cli.main(["--version"]) == 0
    assert capfd.readouterr().out == (
        f"adhocq {__version__} (dataset: cannot be read; 'adhocq validate' says why)\n"
    )
