"""`adhocq map`: the values (mapdata), the picture (output/tilemap) and the installed command."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import DATA
from conftest import run_main as run
from rich.console import Console

from adhocq.cli.input import map_by
from adhocq.cli.present.mapdata import map_values
from adhocq.cli.present.mapdata import picture as mapdata_picture
from adhocq.errors import UsageProblem
from adhocq.model import Answer, Dataset, Response
from adhocq.output.picture import Legend, MapPicture, Status, Tile
from adhocq.output.tilemap import GRID, build
from adhocq.reading.loading import load

CODES = (
    "AT BE BG CY CZ DE EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK "
    "NO GE MD UA ME AM RS"
).split()  # fmt: skip; MK joined after the query was asked
TILE = re.compile(r"\b([A-Z]{2})([●○·-]|\d+)")


def values(ds: Dataset, by: str) -> dict[str, tuple[str, object]]:
    result = map_values(ds, "en", map_by(ds, by))
    return {str(code): (str(status), value) for code, _, status, value in result.rows}


def render(drawn: MapPicture, colour: bool, width: int = 80) -> str:
    console = Console(file=io.StringIO(), width=width, force_terminal=True,
                      color_system="standard" if colour else None, no_color=not colour)  # fmt: skip
    console.print(build(drawn))
    text = console.file.getvalue()  # type: ignore[attr-defined]
    assert isinstance(text, str)
    return text


def picture(ds: Dataset, by: str, colour: bool = False, width: int = 80) -> str:
    return render(mapdata_picture(ds, "en", by), colour, width)


# ------------------------------------------------------------------ map_values


def test_one_row_per_emn_country_in_dataset_order(dataset: Dataset) -> None:
    result = map_values(dataset, "fr", "service")
    assert result.names == ["code", "name", "status", "value"]
    assert [row[0] for row in result.rows] == CODES
    assert result.rows[4][1] == "Tchéquie"
    assert result.title == "Offre un service client : 14 sur 19 répondants"
    assert result.caption.startswith(
        "Source : question ad hoc du REM emn-ahq-2023-fi-customer-service-crisis ; posée par : "
        "Service finlandais"
    )


def test_statuses(dataset: Dataset) -> None:
    statuses = {code: status for code, (status, _) in values(dataset, "measures").items()}
    assert [c for c in CODES if statuses[c] == "non-respondent"] == "DE EE EL IE MT PT RO".split()
    assert [c for c in CODES if statuses[c] == "observer"] == "NO GE MD UA ME AM RS".split()
    assert sum(1 for s in statuses.values() if s == "respondent") == 19


def test_offers_service_values(dataset: Dataset) -> None:
    got = values(dataset, "service")
    assert got["CZ"] == ("respondent", True)
    assert got["CY"] == ("respondent", False)
    assert got["DE"] == ("non-respondent", None)
    assert got["NO"] == ("observer", None)
    assert [c for c in CODES if got[c][1] is False] == "CY HR LU SI SK".split()


def test_type_id_values_any_case(dataset: Dataset) -> None:
    got = values(dataset, " STAFFING ")
    assert [c for c in CODES if got[c][1] is True] == "AT BE CY CZ HU LV".split()
    assert got["FR"] == ("respondent", False)
    assert got["PT"] == ("non-respondent", None)
    title = map_values(dataset, "en", map_by(dataset, "Staffing")).title
    assert title == (
        "Named for staffing (Staff reinforcement (internal redeployment, external recruitment)):"
        " 6 of 19 respondents"
    )


def test_measures_values_are_counts(dataset: Dataset) -> None:
    got = values(dataset, "measures")
    assert got["CZ"] == ("respondent", 4) and got["FR"] == ("respondent", 0)
    assert got["UA"] == ("observer", None)
    assert all(type(v) is int for s, v in got.values() if s == "respondent")
    assert map_values(dataset, "en", "measures").title == (
        "Measures named per country: 30 measures by 19 respondents"
    )


def test_an_observer_that_answered_is_a_respondent(dataset: Dataset) -> None:
    norway = dataset.country_by_code("NO")
    assert norway is not None
    answer = Response(norway, "NO", "service", (Answer("service", True),), (), ())
    got = values(replace(dataset, responses=(*dataset.responses, answer)), "service")
    assert got["NO"] == ("respondent", True) and got["GE"] == ("observer", None)


@pytest.mark.parametrize(
    ("by", "message"),
    [
        ("stafing", "unknown measure type 'stafing' (did you mean 'staffing'?)"),
        ("servce", "unknown --by value 'servce' (did you mean 'service'?)"),
        ("measure", "unknown --by value 'measure' (did you mean 'measures'?)"),
    ],
)
def test_unknown_by_is_a_usage_problem(dataset: Dataset, by: str, message: str) -> None:
    with pytest.raises(UsageProblem) as caught:
        map_by(dataset, by)
    assert str(caught.value) == message


def test_unrelated_by_lists_every_choice(dataset: Dataset) -> None:
    with pytest.raises(UsageProblem, match=r"^unknown --by value 'xyz' \(expected one of: "
                       r"service, measures, named, staffing, training, "):  # fmt: skip
        map_by(dataset, "xyz")


def test_every_country_has_its_own_tile(dataset: Dataset) -> None:
    assert {c.code for c in dataset.countries} <= set(GRID)
    assert len(set(GRID.values())) == len(GRID)
    assert max(r for r, _ in GRID.values()) < 9 and max(c for _, c in GRID.values()) < 12


# ------------------------------------------------------------------ the picture

NO_COLOUR_MAP = """\
Offers a customer service: 14 of 19 respondents

                         NO-   SE●   FI●
 IE·                                 EE·
             NL●   DE·   PL●   LT●   LV●
       BE●   LU○   CZ●   SK○   UA-
       FR●         AT●   HU●   RO·   MD-
 PT·   ES●   IT●   SI○   HR○   RS-   BG●               GE-
                         ME-                           AM-
             MT·                     EL·         CY○

 ●  offering a customer service    ○  without a customer service
 ·  EMN member, did not answer    -  EMN observer, did not answer
""" + (
    "Source: EMN ad hoc query emn-ahq-2023-fi-customer-service-crisis; requested by:\n"
    "Finnish Immigration Service (2023-12); summary published 2024-01-11\n"
)


def test_snapshot_without_colour(dataset: Dataset) -> None:
    assert picture(dataset, "service") == NO_COLOUR_MAP


def test_snapshot_of_measures_without_colour(dataset: Dataset) -> None:
    lines = picture(dataset, "measures").splitlines()
    assert lines[0] == "Measures named per country: 30 measures by 19 respondents"
    assert lines[2:6] == [
        "                         NO-   SE2   FI4",
        " IE·                                 EE·",
        "             NL1   DE·   PL4   LT1   LV1",
        "       BE1   LU2   CZ4   SK0   UA-",
    ]
    assert lines[11] == " 0  1  2  3  4+  measures named in the summary"
    assert lines[-2:] == [
        "Only what the summary names is shown; a country not named for a measure may",
        "still take it.",
    ]


SMALL = MapPicture(
    title="Title [bold]x[/] \x1b[31m",
    tiles=(Tile("FI", Status.respondent, True), Tile("SE", Status.respondent, False),
           Tile("EL", Status.non_respondent, None), Tile("NO", Status.observer, None)),
    legend=Legend("reports [x]", "does not"),
    caption="Source: [i]test[/i]",
)  # fmt: skip

COLOUR_MAP = (
    "\x1b[1mTitle [bold]x[/] \\x1b[31m\x1b[0m\n"
    "\n"
    "                        \x1b[90m NO- \x1b[0m "
    "\x1b[1;97;41m SE○ \x1b[0m \x1b[1;97;42m FI● \x1b[0m\n"
    "\n\n\n\n\n\n"
    "                                    \x1b[37;100m EL· \x1b[0m\n"
    "\n"
    "\x1b[1;97;42m ● \x1b[0m reports [x]   \x1b[1;97;41m ○ \x1b[0m does not\n"
    "\x1b[37;100m · \x1b[0m EMN member, did not answer   "
    "\x1b[90m - \x1b[0m EMN observer, did not answer\n"
    "\x1b[2mSource: [i]test[/i]\x1b[0m\n"
)


def test_snapshot_in_colour_shows_markup_and_control_characters_as_text() -> None:
    assert render(SMALL, colour=True) == COLOUR_MAP


def test_colour_and_plain_maps_read_the_same(dataset: Dataset) -> None:
    coloured = picture(dataset, "service", colour=True)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", coloured)
    assert [line.rstrip() for line in plain.splitlines()] == [
        line.rstrip() for line in NO_COLOUR_MAP.splitlines()
    ]


def test_measures_scale_in_colour(dataset: Dataset) -> None:
    coloured = picture(load(DATA / "minimal.toml"), "measures", colour=True)
    assert "\x1b[30;47m SE0 \x1b[0m \x1b[30;106m FI1 \x1b[0m" in coloured
    assert "\x1b[30;47m 0 \x1b[0m\x1b[30;106m 1 \x1b[0m\x1b[30;46m 2 \x1b[0m" in coloured


def test_narrow_console_lists_tiles_in_map_order(dataset: Dataset) -> None:
    text = picture(dataset, "service", width=40)
    assert max(len(line) for line in text.splitlines()) <= 40
    assert text.splitlines()[3] == " NO-   SE●   FI●   IE·   EE·   NL●"
    assert [code for code, _ in TILE.findall(text)][:33] == sorted(CODES, key=GRID.__getitem__)


def test_ascii_console_gets_ascii_symbols(dataset: Dataset) -> None:
    raw = io.BytesIO()
    stream = io.TextIOWrapper(raw, encoding="ascii", errors="strict")
    drawn = replace(mapdata_picture(dataset, "en", "service"), legend=Legend("offers", "not"))
    Console(file=stream, width=80, color_system=None).print(build(drawn))
    stream.flush()
    lines = raw.getvalue().decode("ascii").splitlines()
    assert lines[2:4] == ["                         NO-   SE*   FI*",
                          " IE.                                 EE."]  # fmt: skip


def test_a_code_the_grid_does_not_know_goes_under_the_map() -> None:
    tiles = (*SMALL.tiles, Tile("XK", Status.respondent, True))
    text = render(replace(SMALL, tiles=tiles, legend=Legend("x", "y")), colour=False)
    assert text.splitlines()[10] == " XK●"


# ------------------------------------------------------------------ the command


def test_map_in_a_pipe_writes_its_data_as_csv_like_every_command() -> None:
    done = run("map")
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 0 and lines[:2] == [
        "code,name,status,value",
        "AT,Austria,respondent,true",
    ]


def test_map_as_a_table_in_a_pipe_has_a_symbol_on_every_tile() -> None:
    done = run("map", "-f", "table", env={"NO_COLOR": "1"})
    assert done.returncode == 0 and done.stderr == b""
    text = done.stdout.decode()
    assert "\x1b" not in text
    assert sorted(code for code, _ in TILE.findall(text)) == sorted(CODES)
    assert text.splitlines()[2:5] == NO_COLOUR_MAP.splitlines()[2:5]


@pytest.mark.parametrize("env", [{"TERM": "dumb"}, {"FORCE_COLOR": "1"}, {"COLUMNS": "30"}])
def test_terminal_settings_keep_every_tile(env: dict[str, str]) -> None:
    done = run("map", "--by", "measures", "-f", "table", env=env)
    assert done.returncode == 0 and done.stderr == b""
    plain = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout.decode())
    assert sorted(code for code, _ in TILE.findall(plain)) == sorted(CODES)


def test_map_by_type_id_in_capitals() -> None:
    done = run("map", "--by", "STAFFING", "-f", "table")
    text = done.stdout.decode()
    assert done.returncode == 0 and text.startswith("Named for staffing (Staff reinforcement")
    assert " CZ● " in text and " FR○ " in text and " ●  named for staffing " in text
    assert " ○  not named in the summary" in text


def test_mistyped_type_id_exits_2_with_did_you_mean() -> None:
    done = run("map", "--by", "stafing")
    assert (done.returncode, done.stdout, done.stderr.decode()) == (
        2, b"", "adhocq: usage error: unknown measure type 'stafing' (did you mean 'staffing'?)\n"
    )  # fmt: skip


def test_map_as_csv_gives_the_data() -> None:
    done = run("map", "--by", "measures", "-f", "csv")
    lines = done.stdout.decode().splitlines()
    assert done.returncode == 0 and len(lines) == 34  # a header, 33 countries (December 2023)
    assert lines[:2] == ["code,name,status,value", "AT,Austria,respondent,1"]
    assert "DE,Germany,non-respondent," in lines and "RS,Serbia,observer," in lines


def test_export_svg_is_well_formed_and_shows_every_code(tmp_path: Path) -> None:
    out = tmp_path / "out.svg"
    done = run("map", "-f", "table", "--export", str(out))
    assert done.returncode == 0 and done.stderr == f"adhocq: wrote {out}\n".encode()
    root = ET.parse(out).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    text = "".join(root.itertext()).replace("\xa0", " ")
    assert sorted(code for code, _ in TILE.findall(text)) == sorted(CODES)
    assert "Offers a customer service" in text


def test_export_html_shows_every_code(tmp_path: Path) -> None:
    out = tmp_path / "out.html"
    assert run("map", "--by", "measures", "--export", str(out)).returncode == 0
    html = out.read_text(encoding="utf-8")
    assert html.lstrip().startswith("<!DOCTYPE html>")
    assert all(f"<td>{code}</td>" in html for code in CODES)  # the data, as a table
    assert "<svg" in html and "CZ4" in html and "NO-" in html  # and the picture


def test_export_to_another_format_exits_2(tmp_path: Path) -> None:
    out = tmp_path / "out.png"
    done = run("map", "--export", str(out))
    assert (done.returncode, done.stdout) == (2, b"")
    assert done.stderr.decode() == (
        f"adhocq: usage error: --export writes .svg or .html files, not {str(out)!r}\n"
    )
    assert not out.exists()


def test_help_has_examples() -> None:
    text = run("map", "--help").stdout.decode()
    assert "Examples:" in text and "adhocq map --by staffing" in text


def test_importing_the_command_does_not_import_rich() -> None:
    probe = "import sys, adhocq.cli.commands.map; print('rich' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.stdout == "False\n"


def test_not_named_is_drawn_neutral_not_as_a_no(dataset: Dataset) -> None:
    by_type = picture(dataset, "staffing", colour=True)
    assert "\x1b[30;47m FR○ \x1b[0m" in by_type  # not named: black on white
    assert "\x1b[30;47m ○ \x1b[0m not named in the summary" in by_type
    by_answer = picture(dataset, "service", colour=True)
    assert "\x1b[1;97;41m HR○ \x1b[0m" in by_answer  # a stated "no": red
