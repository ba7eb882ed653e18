from __future__ import annotations

import datetime
import os
from pathlib import Path
from typing import Any

import pytest
from conftest import run_text

from adhocq import cli
from adhocq import loading as loader
from adhocq.countries import normalise_code
from adhocq.errors import DataError, UsageProblem
from adhocq.loading import MAX_BYTES, bundled_path, load, parse, resolve_path
from adhocq.model import Dataset, Lang
from adhocq.query import respondent

# (replace this, with that) in tests/data/minimal.toml -> every problem, word for word.
BROKEN = {
    "malformed TOML": (
        "respondent_count = 2",
        "respondent_count = = 2",
        ["t.toml:10: malformed TOML: Invalid value"],
    ),
    "missing key": (
        "offers_service = false\n",
        "",
        ["t.toml:52: missing required key 'offers_service' @ responses[1].offers_service"],
    ),
    "wrong type": (
        "offers_service = false",
        'offers_service = "no"',
        ["t.toml:54: expected true or false, got a string @ responses[1].offers_service"],
    ),
    "unknown key": (
        "offers_service = false",
        "offers_service = false\noffer_service = false",
        [
            "t.toml:55: unknown key 'offer_service' (did you mean 'offers_service'?)"
            " @ responses[1].offer_service"
        ],
    ),
    "duplicate country code": (
        'country = "SE"',
        'country = "FI"',
        ["t.toml:53: duplicate country code 'FI' @ responses[1].country"],
    ),
    "unknown type id": (
        'type = "staffing"',
        'type = "stafing"',
        [
            "t.toml:48: unknown measure type 'stafing' (did you mean 'staffing'?)"
            " @ responses[0].measures[0].type"
        ],
    ),
    "unknown category id": (
        'category = "staff-support"',
        'category = "staff"',
        [
            "t.toml:24: unknown category 'staff' (expected one of: staff-support)"
            " @ types[0].category"
        ],
    ),
    "invalid code": (
        'code = "EL"',
        'code = "Greece"',
        ["t.toml:38: expected a two-letter upper-case code, got 'Greece' @ countries[2].code"],
    ),
    "code not an EMN country": (
        'country = "SE"',
        'country = "EE"',
        ["t.toml:53: 'EE' is not an EMN country code in [[countries]] @ responses[1].country"],
    ),
    "respondent count": (
        "respondent_count = 2",
        "respondent_count = 19",
        ["t.toml:10: says 19 respondents but there are 2 [[responses]] @ query.respondent_count"],
    ),
    "empty text": (
        'en = "More staff."',
        'en = "  "',
        ["t.toml:49: empty text @ responses[0].measures[0].description.en"],
    ),
    "language missing": (
        ', fr = "Plus de personnel."',
        "",
        ["t.toml:49: missing required key 'fr' @ responses[0].measures[0].description.fr"],
    ),
    "unknown source bullet": (
        'La demande augmente." }\nsource = "one"',
        'La demande augmente." }\nsource = "two"',
        ["t.toml:61: unknown summary bullet 'two' (expected one of: one) @ findings[0].source"],
    ),
    "unknown finding kind": (
        'kind = "challenge"',
        'kind = "challenges"',
        ["t.toml:58: unknown kind 'challenges' (did you mean 'challenge'?) @ findings[0].kind"],
    ),
    "malformed id": (
        'id = "demand"',
        'id = "Demand Grows"',
        [
            "t.toml:59: expected a lower-case id like 'staff-support', got 'Demand Grows'"
            " @ findings[0].id"
        ],
    ),
    "date as string": (
        "published = 2024-01-11",
        'published = "2024-01-11"',
        ["t.toml:9: expected a date (YYYY-MM-DD), got a string @ query.published"],
    ),
    "month format": (
        'asked = "2023-12"',
        'asked = "December 2023"',
        ["t.toml:8: expected a month as 'YYYY-MM', got 'December 2023' @ query.asked"],
    ),
    "measure twice": (
        'source = "one"\n\n[[responses]]',
        'source = "one"\n\n[[responses.measures]]\ntype = "staffing"\n'
        'description = { en = "x", fr = "y" }\nsource = "one"\n\n[[responses]]',
        [
            "t.toml:53: measure type 'staffing' appears twice for this country"
            " @ responses[0].measures[1].type"
        ],
    ),
    "schema version": (
        "schema_version = 1",
        "schema_version = 2",
        ["t.toml:1: unsupported schema_version 2 (expected 1) @ schema_version"],
    ),
}


def _reported(minimal_text: str, case: tuple[str, str, list[str]]) -> None:
    """Replacing `old` by `new` in the minimal dataset gives exactly the `expected` lines."""
    old, new, expected = case
    assert old in minimal_text
    with pytest.raises(DataError) as caught:
        parse(minimal_text.replace(old, new, 1), "t.toml")
    assert caught.value.lines() == expected


@pytest.mark.parametrize("name", BROKEN)
def test_each_check_reports_its_problem_with_path_and_line(minimal_text: str, name: str) -> None:
    _reported(minimal_text, BROKEN[name])


def test_all_problems_are_reported_at_once(minimal_text: str) -> None:
    text = minimal_text.replace('type = "staffing"', 'type = "stafing"').replace(
        'kind = "challenge"', 'kind = "challenges"'
    )
    with pytest.raises(DataError) as caught:
        parse(text, "t.toml")
    assert [p.path for p in caught.value.problems] == [
        "responses[0].measures[0].type",
        "findings[0].kind",
    ]


def test_a_table_where_an_array_belongs(minimal_text: str) -> None:
    start = minimal_text.index("[[findings]]")
    text = minimal_text[:start].replace("schema_version = 1", "schema_version = 1\nfindings = 3")
    with pytest.raises(DataError) as caught:
        parse(text, "t.toml")
    assert caught.value.lines() == ["t.toml:2: expected an array, got an integer @ findings"]


def test_minimal_fixture_loads(minimal_text: str) -> None:
    ds = parse(minimal_text, "t.toml")
    assert [r.code for r in ds.responses] == ["FI", "SE"]
    assert ds.query.published == datetime.date(2024, 1, 11)
    assert ds.responses[0].measures[0].description.get(Lang.fr) == "Plus de personnel."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "is empty; a dataset needs [query], [[categories]], [[types]], ..."),
        (
            b"a = 1\x00\x01",
            "looks binary (it contains NUL bytes); a dataset is a UTF-8 TOML text file",
        ),
        (b"a = '\xff'\n", "is not UTF-8 text (byte 5)"),
    ],
)
def test_unusable_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "d.toml"
    path.write_bytes(content)
    with pytest.raises(DataError) as caught:
        load(path)
    assert caught.value.problems[0].message == message


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="no such file"):
        load(tmp_path / "nope.toml")
    with pytest.raises(DataError, match="is a directory"):
        load(tmp_path)


def test_oversized_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.toml"
    with path.open("wb") as handle:
        handle.truncate(MAX_BYTES + 1)
    with pytest.raises(DataError, match="datasets over 4 MiB are refused"):
        load(path)


def test_bundled_dataset_loads() -> None:
    ds = load(bundled_path())
    assert len(ds.responses) == ds.query.respondent_count == 19


def test_data_path_resolution(monkeypatch: pytest.MonkeyPatch) -> None:
    assert resolve_path(None) == bundled_path()
    monkeypatch.setenv("ADHOCQ_DATA", "/x/env.toml")
    assert resolve_path(None) == Path("/x/env.toml")
    assert resolve_path("opt.toml") == Path("opt.toml")


def test_codes_are_normalised() -> None:
    assert normalise_code(" cz ") == "CZ"
    assert normalise_code("gr") == "EL"


def test_a_nul_byte_in_the_file_name() -> None:
    with pytest.raises(DataError) as caught:
        load(Path("a\x00b.toml"))
    assert caught.value.problems[0].message == "is not a valid file name"


def test_reserved_type_ids_and_empty_declarations(minimal_text: str) -> None:
    reserved = minimal_text.replace('id = "staffing"', 'id = "total"').replace(
        'type = "staffing"', 'type = "total"'
    )
    with pytest.raises(DataError) as caught:
        parse(reserved, "t.toml")
    assert caught.value.lines() == [
        "t.toml:23: 'total' cannot be a measure type id: adhocq uses that name itself"
        " (matrix columns, map --by) @ types[0].id"
    ]
    start, end = minimal_text.index("[[categories]]"), minimal_text.index("[[types]]")
    no_categories = minimal_text[:start] + minimal_text[end:]
    with pytest.raises(DataError) as caught:
        parse(no_categories.replace("schema_version = 1", "schema_version = 1\ncategories = []"),
              "t.toml")  # fmt: skip
    assert [p.message for p in caught.value.problems] == [
        "unknown category 'staff-support' (none is declared)"
    ]


def test_gr_is_not_a_dataset_code(minimal_text: str) -> None:
    with pytest.raises(DataError) as caught:
        parse(minimal_text.replace('code = "EL"', 'code = "GR"'), "t.toml")
    assert caught.value.lines() == [
        "t.toml:38: 'GR' is not an EMN code: write 'EL' (an alias for the command line)"
        " @ countries[2].code"
    ]


def test_a_pipe_is_refused_instead_of_waiting_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "data.toml"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match="is not a regular file"):
        load(fifo)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Tests may run as root, which reads any file, so the refusal is simulated.
    path = tmp_path / "locked.toml"
    path.write_text("x = 1")

    real_open = os.open

    def refuse(file: Any, *args: Any, **kwargs: Any) -> int:
        if file == path:
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(DataError) as caught:
        load(path)
    assert caught.value.lines() == [f"{path}: cannot be read: permission denied"]


# Ids, codes and dates are ASCII and matched whole (issue 10, item 9): "$" also matched before a
# final newline, and "\d" matches any script's digits.
LOOK_ALIKES = {
    "code with a newline": (
        'code = "EL"',
        'code = "EL\\n"',
        ["t.toml:38: expected a two-letter upper-case code, got 'EL\\n' @ countries[2].code"],
    ),
    "id with a newline": (
        'id = "demand"',
        'id = "demand\\n"',
        [
            "t.toml:59: expected a lower-case id like 'staff-support', got 'demand\\n'"
            " @ findings[0].id"
        ],
    ),
    "Arabic-Indic digits": (
        'asked = "2023-12"',
        'asked = "٢٠٢٣-١٢"',
        ["t.toml:8: expected a month as 'YYYY-MM', got '٢٠٢٣-١٢' @ query.asked"],
    ),
    "full-width digits": (
        'asked = "2023-12"',
        'asked = "２０２３-１２"',
        ["t.toml:8: expected a month as 'YYYY-MM', got '２０２３-１２' @ query.asked"],
    ),
}


@pytest.mark.parametrize("name", LOOK_ALIKES)
def test_ids_codes_and_dates_are_ascii_and_whole(minimal_text: str, name: str) -> None:
    _reported(minimal_text, LOOK_ALIKES[name])


@pytest.mark.parametrize("typed", ["ﬁ", "ſk", "ＦＩ", "\u00a0FI", "FI\u2003", "ꜰɪ"])
def test_look_alike_country_codes_are_unknown(dataset: Dataset, typed: str) -> None:
    # str.upper() made 'ﬁ' 'FI' (Finland) and 'ſk' 'SK' (Slovakia).
    assert normalise_code(typed) not in {c.code for c in dataset.countries}
    with pytest.raises(UsageProblem, match="^unknown country code"):
        respondent(dataset, typed)


def test_the_installed_script_does_not_map_a_ligature_onto_a_code() -> None:
    done = run_text("show", "ﬁ")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("adhocq: usage error: unknown country code 'ﬁ'")


# ------------------------------------------------------------------ who writes the cache (issue 11)


def _cached(home: Path) -> list[str]:
    return sorted(entry.name for entry in (home / "adhocq").glob("dataset-*.marshal"))


def test_the_library_never_writes_the_cache(cache_home: Path, data_file: Path) -> None:
    assert load(data_file).query.id
    assert load(bundled_path()).query.id
    assert not cache_home.exists(), "not even the folder"


def test_the_library_writes_the_cache_when_asked(cache_home: Path, data_file: Path) -> None:
    load(data_file, write_cache=True)
    assert len(_cached(cache_home)) == 1


@pytest.mark.parametrize("command", [["validate", "{path}"], ["count", "--data", "{path}"]])
def test_the_cli_fills_the_cache_and_the_library_reads_it(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch, command: list[str]
) -> None:
    assert cli.main([word.format(path=data_file) for word in command]) == 0
    assert len(_cached(cache_home)) == 1

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed, although the CLI cached this file")

    monkeypatch.setattr(loader, "parse", no_parsing)
    assert load(data_file).query.id
    assert len(_cached(cache_home)) == 1


def test_the_installed_script_fills_the_cache(cache_home: Path, data_file: Path) -> None:
    done = run_text("validate", str(data_file), env={"XDG_CACHE_HOME": str(cache_home)})
    assert done.returncode == 0, done.stderr
    assert len(_cached(cache_home)) == 1
