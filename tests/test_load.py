from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
from conftest import bundled_corpus, main_text
from unprivileged import as_another_user, folder_of_theirs

from adhocq.cli import main as cli
from adhocq.cli.input import respondent
from adhocq.countries import normalise_code
from adhocq.errors import DataError, UsageProblem
from adhocq.model import Coverage, Dataset, Mention, Notice
from adhocq.reading import loading as loader
from adhocq.reading.bounded import MAX_BYTES
from adhocq.reading.loading import bundled_path, load, parse
from adhocq.reading.query_files import bundled_folder, data_paths

# (replace this, with that) in tests/data/minimal.toml -> every problem, word for word.
FINDING_TEXT = 'text = { en = "Demand grows.", fr = "La demande augmente." }\n'
TITLE = 'title = { en = "Test query", fr = "Question de test" }\n'
BROKEN = {
    "malformed TOML": (
        "respondent_count = 2",
        "respondent_count = = 2",
        ["t.toml:10: malformed TOML: Invalid value"],
    ),
    "missing key": (
        'country = "SE"\n',
        "",
        ["t.toml:66: missing required key 'country' @ responses[1].country"],
    ),
    "wrong type": (
        "respondent_count = 2",
        'respondent_count = "2"',
        ["t.toml:10: expected an integer, got a string @ query.respondent_count"],
    ),
    "unknown key": (
        'source = "one"\n\n[[findings]]',
        'source = "one"\noffers_service = false\n\n[[findings]]',
        ["t.toml:70: unknown key 'offers_service' @ responses[1].offers_service"],
    ),
    "duplicate country code": (
        'country = "SE"',
        'country = "FI"',
        ["t.toml:67: duplicate country code 'FI' @ responses[1].country"],
    ),
    "unknown type id": (
        'type = "staffing"',
        'type = "stafing"',
        [
            "t.toml:62: unknown measure type 'stafing' (did you mean 'staffing'?)"
            " @ responses[0].measures[0].type"
        ],
    ),
    "unknown category id": (
        'category = "staff-support"',
        'category = "staff"',
        [
            "t.toml:38: unknown category 'staff' (expected one of: staff-support)"
            " @ types[0].category"
        ],
    ),
    "invalid code": (
        'code = "EL"',
        'code = "Greece"',
        ["t.toml:52: expected a two-letter upper-case code, got 'Greece' @ countries[2].code"],
    ),
    "code not an EMN country": (
        'country = "SE"',
        'country = "EE"',
        ["t.toml:67: 'EE' is not an EMN country code in [[countries]] @ responses[1].country"],
    ),
    "respondent count": (
        "respondent_count = 2",
        "respondent_count = 19",
        ["t.toml:10: says 19 respondents but there are 2 [[responses]] @ query.respondent_count"],
    ),
    "empty text": (
        'en = "More staff."',
        'en = "  "',
        ["t.toml:63: empty text @ responses[0].measures[0].description.en"],
    ),
    "English missing": (
        'en = "More staff.", ',
        "",
        [
            "t.toml:63: missing required key 'en': every text has English"
            " @ responses[0].measures[0].description.en"
        ],
    ),
    "language key that is no code": (
        'fr = "Plus de personnel." }',
        'french = "Plus de personnel." }',
        [
            "t.toml:63: expected a two-letter language code like 'fr' as key, got 'french'"
            " @ responses[0].measures[0].description.french"
        ],
    ),
    "unknown source bullet": (
        'La demande augmente." }\nsource = "one"',
        'La demande augmente." }\nsource = "two"',
        ["t.toml:75: unknown summary bullet 'two' (expected one of: one) @ findings[0].source"],
    ),
    "undeclared finding kind": (
        'kind = "challenge"',
        'kind = "challenges"',
        [
            "t.toml:72: unknown finding kind 'challenges' (did you mean 'challenge'?)"
            " @ findings[0].kind"
        ],
    ),
    "an answer that is no boolean": (
        "answers = { service = false }",
        'answers = { service = "no" }',
        ["t.toml:68: expected true or false @ responses[1].answers.service"],
    ),
    "an answer to an unknown question": (
        "answers = { service = false }",
        "answers = { servce = false }",
        [
            "t.toml:68: unknown question 'servce' in [[questions]] (did you mean 'service'?)"
            " @ responses[1].answers.servce"
        ],
    ),
    "answers that are no table": (
        "answers = { service = false }",
        "answers = false",
        ["t.toml:68: expected a table, got a boolean @ responses[1].answers"],
    ),
    "a mention of an undeclared code": (
        FINDING_TEXT,
        FINDING_TEXT + 'mentions = [{ printed = "Denmark", code = "DK" }]\n',
        [
            "t.toml:75: 'DK' is not an EMN country code in [[countries]]"
            " @ findings[0].mentions[0].code"
        ],
    ),
    "a blank mention": (
        FINDING_TEXT,
        FINDING_TEXT + 'mentions = ["FI", ""]\n',
        ["t.toml:75: empty text @ findings[0].mentions[1]"],
    ),
    "a type id that is a question id": (
        "[[countries]]",
        '[[types]]\nid = "service"\ncategory = "staff-support"\nlabel = { en = "S" }\n\n'
        "[[countries]]",
        ["t.toml:20: 'service' is also a measure type id @ questions[0].id"],
    ),
    "a question column that is no snake_case name": (
        'column = "offers_service"',
        'column = "offers-service"',
        [
            "t.toml:21: expected a snake_case name like 'offers_help', got 'offers-service'"
            " @ questions[0].column"
        ],
    ),
    "an excerpt that does not say how much": (
        'coverage = "complete"',
        'coverage = "excerpt"',
        # A missing key is on the line of its table, as for any missing key.
        ["t.toml:3: an excerpt says how many findings it holds @ query.findings_read"],
    ),
    "findings_read in a complete file": (
        'coverage = "complete"',
        'coverage = "complete"\nfindings_read = 1',
        ["t.toml:12: only an excerpt has findings_read @ query.findings_read"],
    ),
    "findings_read below 0": (
        'coverage = "complete"',
        'coverage = "excerpt"\nfindings_read = -1',
        ["t.toml:12: expected 0 or more, got -1 @ query.findings_read"],
    ),
    "findings_read in a listing record": (
        'coverage = "complete"',
        'coverage = "listing"\nfindings_read = 1',
        ["t.toml:12: only an excerpt has findings_read @ query.findings_read"]
        + [
            f't.toml:{line}: a listing record (coverage = "listing") has none: only the listing '
            f"was read @ {key}[0]"
            for line, key in ((20, "questions"), (57, "responses"), (72, "findings"))
        ]
        + ["t.toml:3: a listing record cites no bullet: only the listing was read @ query.bullets"],
    ),
    "unknown coverage": (
        'coverage = "complete"',
        'coverage = "partial"',
        [
            "t.toml:11: unknown coverage 'partial' (expected one of: complete, excerpt, listing, "
            "header) @ query.coverage"
        ],
    ),
    "malformed id": (
        'id = "demand"',
        'id = "Demand Grows"',
        [
            "t.toml:73: expected a lower-case id like 'staff-support', got 'Demand Grows'"
            " @ findings[0].id"
        ],
    ),
    "date as string": (
        "published = 2024-01-11",
        'published = "2024-01-11"',
        [
            't.toml:9: expected a date (YYYY-MM-DD, no quotes) or "unknown", got a string'
            " @ query.published"
        ],
    ),
    "month format": (
        'asked = "2023-12"',
        'asked = "December 2023"',
        ["t.toml:8: expected a month as 'YYYY-MM' or a day, got 'December 2023' @ query.asked"],
    ),
    "measure twice": (
        'source = "one"\n\n[[responses]]',
        'source = "one"\n\n[[responses.measures]]\ntype = "staffing"\n'
        'description = { en = "x" }\nsource = "one"\n\n[[responses]]',
        [
            "t.toml:67: measure type 'staffing' appears twice for this country"
            " @ responses[0].measures[1].type"
        ],
    ),
    "a printed title without its page": (
        TITLE,
        TITLE + 'title_printed = ["fr"]\n',
        [
            "t.toml:6: no source is in 'fr', the language of a page that printed the title"
            " @ query.title_printed[0]"
        ],
    ),
    "a printed title the file does not hold": (
        TITLE,
        TITLE + 'title_printed = ["en", "nl"]\n',
        ["t.toml:6: the title has no text in 'nl' @ query.title_printed[1]"],
    ),
    "a title printed in English by default, without an English page": (
        'sources = [{ lang = "en"',
        'sources = [{ lang = "fr"',
        [
            "t.toml:3: no source is in 'en': a title is taken as printed in English unless"
            ' title_printed names its languages (title_printed = ["fr"]) @ query.title_printed'
        ],
    ),
    "a printed language twice": (
        TITLE,
        TITLE + 'title_printed = ["en", "en"]\n',
        ["t.toml:6: duplicate language 'en' @ query.title_printed[1]"],
    ),
    "a printed language in capitals": (
        TITLE,
        TITLE + 'title_printed = ["EN"]\n',
        [
            "t.toml:6: expected a two-letter language code like 'fr', got 'EN'"
            " @ query.title_printed[0]"
        ],
    ),
    "schema version 3": (
        "schema_version = 2",
        "schema_version = 3",
        ["t.toml:1: unsupported schema_version 3 (this adhocq reads 2) @ schema_version"],
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
    text = minimal_text[:start].replace("schema_version = 2", "schema_version = 2\nfindings = 3")
    with pytest.raises(DataError) as caught:
        parse(text, "t.toml")
    assert caught.value.lines() == ["t.toml:2: expected an array, got an integer @ findings"]


def test_minimal_fixture_loads(minimal_text: str) -> None:
    ds = parse(minimal_text, "t.toml")
    assert [r.code for r in ds.responses] == ["FI", "SE"]
    assert ds.query.published == datetime.date(2024, 1, 11)
    assert ds.responses[0].measures[0].description.get("fr") == "Plus de personnel."
    assert ds.languages == ("en", "fr")
    assert ds.warnings == ()


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
    monkeypatch.delenv("ADHOCQ_DATA", raising=False)
    assert data_paths(None) == (bundled_folder(),) and bundled_path().parent == bundled_folder()
    monkeypatch.setenv("ADHOCQ_DATA", "/x/env.toml")
    assert data_paths(None) == (Path("/x/env.toml"),)
    monkeypatch.setenv("ADHOCQ_DATA", os.pathsep.join(["/x/a.toml", "", "/y/queries"]))
    assert data_paths(None) == (Path("/x/a.toml"), Path("/y/queries"))
    assert data_paths("opt.toml") == (Path("opt.toml"),)


def test_codes_are_normalised() -> None:
    assert normalise_code(" cz ") == "CZ"
    assert normalise_code("gr") == "EL"


def test_a_nul_byte_in_the_file_name() -> None:
    with pytest.raises(DataError) as caught:
        load(Path("a\x00b.toml"))
    assert caught.value.problems[0].message == "is not a valid file name"


def test_a_type_may_take_a_name_adhocq_uses_itself_and_empty_declarations(
    minimal_text: str,
) -> None:
    total = minimal_text.replace('"staffing"', '"total"')
    assert parse(total, "t.toml").types[0].id == "total"
    start, end = minimal_text.index("[[categories]]"), minimal_text.index("[[types]]")
    no_categories = minimal_text[:start] + minimal_text[end:]
    with pytest.raises(DataError) as caught:
        parse(no_categories.replace("schema_version = 2", "schema_version = 2\ncategories = []"),
              "t.toml")  # fmt: skip
    assert [p.message for p in caught.value.problems] == [
        "unknown category 'staff-support' (none is declared)"
    ]


def test_a_version_1_file_gets_one_problem_that_says_what_changed(minimal_text: str) -> None:
    # A version-1 file differs at many keys (offers_service, no coverage, ...): one problem, not
    # one at each of them.
    old = minimal_text.replace("schema_version = 2", "schema_version = 1").replace(
        "answers = { service = true }", "offers_service = true"
    )
    with pytest.raises(DataError) as caught:
        parse(old, "t.toml")
    assert caught.value.lines() == [
        "t.toml:1: schema_version 1 is the first format of adhocq files; this adhocq reads "
        "schema_version 2, where questions, answers and finding kinds are declared in the file "
        "(see docs/design.md, 'Dataset format') @ schema_version"
    ]


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (None, "missing required key 'schema_version' (this adhocq reads 2)"),
        ("2.0", "expected the integer 2, got 2.0"),
        ("true", "expected the integer 2, got True"),
        ('"2"', "expected the integer 2, got '2'"),
    ],
)
def test_schema_version_is_the_integer_2(
    minimal_text: str, value: str | None, message: str
) -> None:
    line = "" if value is None else f"schema_version = {value}"
    with pytest.raises(DataError) as caught:
        parse(minimal_text.replace("schema_version = 2", line), "t.toml")
    assert [(p.path, p.message) for p in caught.value.problems] == [("schema_version", message)]


def test_texts_in_other_languages(minimal_text: str) -> None:
    text = minimal_text.replace('fr = "Plus de personnel." }', 'nl = "Meer personeel." }')
    text = text.replace('name = { en = "Sweden", fr = "Suède" }', 'name = { en = "Sweden" }')
    ds = parse(text, "t.toml")
    description = ds.responses[0].measures[0].description
    assert (description.get("nl"), description.get("fr")) == ("Meer personeel.", "More staff.")
    assert (description.has("nl"), description.has("fr"), description.has("en")) == (
        True,
        False,
        True,
    )
    sweden = ds.countries[1].name
    assert (sweden.translations, sweden.get("fr")) == ((), "Sweden")
    assert ds.languages == ("en", "fr", "nl")


def test_printed_is_the_code_unless_given(minimal_text: str) -> None:
    ds = parse(minimal_text, "t.toml")
    assert [(r.printed, [m.printed for m in r.measures]) for r in ds.responses] == [
        ("FI", ["FI"]),
        ("SE", []),
    ]
    given = minimal_text.replace('\ncountry = "FI"\n', '\ncountry = "FI"\nprinted = "Suomi"\n')
    given = given.replace('type = "staffing"\n', 'type = "staffing"\nprinted = "FI (Åland)"\n')
    (first, _) = parse(given, "t.toml").responses
    assert (first.code, first.printed, first.measures[0].printed) == ("FI", "Suomi", "FI (Åland)")


def test_a_question_may_be_left_unanswered(minimal_text: str) -> None:
    ds = parse(minimal_text.replace("answers = { service = false }\n", ""), "t.toml")
    assert [r.answer("service") for r in ds.responses] == [True, None]
    assert ds.responses[1].answers == ()


def test_mentions_name_a_declared_country_or_are_kept_as_printed_with_a_warning(
    minimal_text: str,
) -> None:
    text = minimal_text.replace(
        FINDING_TEXT,
        FINDING_TEXT + 'mentions = ["SE", "GR", "LI", { printed = "FI (Åland)", code = "FI", '
        'qualifier = "Åland" }, { printed = "Nordics" }]\n',
    )
    ds = parse(text, "t.toml")
    assert ds.findings[0].mentions == (
        Mention("SE", "SE"),
        Mention("GR", "EL"),
        Mention("LI", None),
        Mention("FI (Åland)", "FI", "Åland"),
        Mention("Nordics", None),
    )
    message = "is no EMN country code: kept as printed, counted for none"
    assert ds.warnings == (
        Notice("findings[0].mentions[2]", f"'LI' {message}", 75),
        Notice("findings[0].mentions[4]", f"'Nordics' {message}", 75),
    )


def test_a_warning_in_an_array_over_several_lines_is_on_the_line_of_its_key(
    minimal_text: str,
) -> None:
    # As for a problem: the line index knows keys and one-line tables, not an array's items.
    mentions = 'mentions = [\n  "SE",\n  "EE",\n]\n'
    (warning,) = parse(
        minimal_text.replace(FINDING_TEXT, FINDING_TEXT + mentions), "t.toml"
    ).warnings
    assert (warning.path, warning.line) == ("findings[0].mentions[1]", 75)


def test_an_excerpt_says_how_many_findings_it_holds(minimal_text: str) -> None:
    text = minimal_text.replace('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = 4')
    query = parse(text, "t.toml").query
    assert (query.coverage, query.findings_read) == (Coverage.excerpt, 4)
    query = parse(minimal_text, "t.toml").query
    assert (query.coverage, query.findings_read) == (Coverage.complete, None)


def test_an_excerpt_may_hold_none_of_its_findings(minimal_text: str) -> None:
    text = minimal_text.replace('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = 0')
    query = parse(text, "t.toml").query
    assert (query.coverage, query.findings_read) == (Coverage.excerpt, 0)


def test_a_listing_record_claims_nothing_of_the_summary(minimal_text: str) -> None:
    text = minimal_text.replace('coverage = "complete"', 'coverage = "listing"')
    with pytest.raises(DataError) as raised:
        parse(text, "t.toml")
    said = [problem.message for problem in raised.value.problems]
    assert said == [
        'a listing record (coverage = "listing") has none: only the listing was read'
    ] * 3 + ["a listing record cites no bullet: only the listing was read"]
    assert [problem.path for problem in raised.value.problems] == [
        "questions[0]",
        "responses[0]",
        "findings[0]",
        "query.bullets",
    ]


def test_questions_finding_kinds_and_findings_are_optional(minimal_text: str) -> None:
    start, end = minimal_text.index("[[questions]]"), minimal_text.index("[[categories]]")
    text = minimal_text[:start] + minimal_text[end:]
    text = text.replace("answers = { service = true }\n", "")
    text = text.replace("answers = { service = false }\n", "")
    text = text[: text.index("[[findings]]")]
    ds = parse(text, "t.toml")
    assert (ds.questions, ds.finding_kinds, ds.findings) == ((), (), ())


def test_gr_is_not_a_dataset_code(minimal_text: str) -> None:
    with pytest.raises(DataError) as caught:
        parse(minimal_text.replace('code = "EL"', 'code = "GR"'), "t.toml")
    assert caught.value.lines() == [
        "t.toml:52: 'GR' is not an EMN code: write 'EL' (an alias for the command line)"
        " @ countries[2].code"
    ]


def test_a_pipe_is_refused_instead_of_waiting_forever(tmp_path: Path) -> None:
    fifo = tmp_path / "data.toml"
    os.mkfifo(fifo)
    with pytest.raises(DataError, match="is not a regular file"):
        load(fifo)


def test_unreadable_file() -> None:
    """A file its owner may not read, met by a user without privileges (root reads any file)."""
    with folder_of_theirs() as home:
        path = home / "locked.toml"
        path.write_text("x = 1")
        with pytest.raises(DataError, match="schema_version"):
            load(path)  # as yourself: readable, and what loading imports is imported
        os.chown(path, *_owner(home))
        path.chmod(0)
        with as_another_user(), pytest.raises(DataError) as caught:
            load(path)
    assert caught.value.lines() == [f"{path}: cannot be read: permission denied"]


def _owner(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_uid, status.st_gid


# Ids, codes and dates are ASCII and matched whole (issue 10, item 9): "$" also matched before a
# final newline, and "\d" matches any script's digits.
LOOK_ALIKES = {
    "code with a newline": (
        'code = "EL"',
        'code = "EL\\n"',
        ["t.toml:52: expected a two-letter upper-case code, got 'EL\\n' @ countries[2].code"],
    ),
    "id with a newline": (
        'id = "demand"',
        'id = "demand\\n"',
        [
            "t.toml:73: expected a lower-case id like 'staff-support', got 'demand\\n'"
            " @ findings[0].id"
        ],
    ),
    "Arabic-Indic digits": (
        'asked = "2023-12"',
        'asked = "٢٠٢٣-١٢"',
        ["t.toml:8: expected a month as 'YYYY-MM' or a day, got '٢٠٢٣-١٢' @ query.asked"],
    ),
    "full-width digits": (
        'asked = "2023-12"',
        'asked = "２０２３-１２"',
        ["t.toml:8: expected a month as 'YYYY-MM' or a day, got '２０２３-１２' @ query.asked"],
    ),
}


@pytest.mark.parametrize("name", LOOK_ALIKES)
def test_ids_codes_and_dates_are_ascii_and_whole(minimal_text: str, name: str) -> None:
    _reported(minimal_text, LOOK_ALIKES[name])


@pytest.mark.parametrize("typed", ["ﬁ", "ſk", "ＦＩ", "\u00a0FI", "FI\u2003", "ꜰɪ"])
def test_look_alike_country_codes_are_unknown(dataset: Dataset, typed: str) -> None:
    # str.upper() made 'ﬁ' 'FI' (Finland) and 'ſk' 'SK' (Slovakia).
    assert normalise_code(typed) not in {c.code for c in dataset.countries}
    with pytest.raises(UsageProblem, match="^unknown country "):
        respondent(dataset, typed)


def test_the_command_does_not_map_a_ligature_onto_a_code() -> None:
    done = main_text("show", "ﬁ")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("adhocq: usage error: unknown country 'ﬁ' (")


# ------------------------------------------------------------------ who writes the cache (issue 11)


def test_the_library_never_writes_the_cache(cache_home: Path, data_file: Path) -> None:
    assert load(data_file).query.id
    assert load(bundled_path()).query.id
    assert not cache_home.exists(), "not even the folder"


def test_the_cli_fills_the_store_and_reads_it_the_next_time(
    cache_home: Path, data_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert cli.main(["count", "--data", str(data_file)]) == 0
    assert len(list((cache_home / "adhocq").glob("corpus-*.sqlite"))) == 1

    def no_parsing(*args: object) -> None:
        raise AssertionError("parsed, although the CLI stored this file")

    monkeypatch.setattr(loader, "parse", no_parsing)
    assert cli.main(["count", "--data", str(data_file)]) == 0


COUNT_ONLY = """schema_version = 2
[query]
id = "count-only"
title = { en = "A summary that counts its respondents" }
requester_country = "CZ"
requester = { en = "Ministry of the Interior" }
asked = "2024-05"
published = 2024-07-03
respondent_count = 18
coverage = "complete"
themes = []
sources = [{ lang = "en", url = "https://example.org/a" }]
bullets = [{ id = "b1", title = { en = "Findings, bullet 1" } }]

[[finding_kinds]]
id = "practice"
label = { en = "Practice" }

[[findings]]
kind = "practice"
id = "reporting"
text = { en = "Reporting duties." }
source = "b1"
mentions = ["CZ", "GR", "UA"]
"""


def test_a_file_may_leave_out_countries_responses_and_measure_types() -> None:
    """A summary that gives a count of respondents and no list: no [[responses]], and the
    count is not checked against one; the EMN countries are adhocq's own list."""
    ds = parse(COUNT_ONLY, "count-only.toml")
    assert ds.query.respondent_count == 18 and ds.responses == () and ds.types == ()
    assert len(ds.members()) == 26 and len(ds.countries) == 33  # May 2024: no MK yet
    assert [m.code for m in ds.findings[0].mentions] == ["CZ", "EL", "UA"]
    assert ds.country_by_code("CZ") is not None
    assert ds.country_by_code("CZ").name.get("fr") == "Tchéquie"  # type: ignore[union-attr]
    listed = COUNT_ONLY + '\n[[responses]]\ncountry = "CZ"\nsource = "b1"\n'
    with pytest.raises(DataError, match="says 18 respondents but there are 1"):
        parse(listed, "listed.toml")


def test_who_asked_and_when_may_be_unsaid() -> None:
    from adhocq.cli.present.profile import info
    from adhocq.cli.present.source import caption

    unsaid = COUNT_ONLY.replace('requester_country = "CZ"\n', "")
    unsaid = unsaid.replace('requester = { en = "Ministry of the Interior" }\n', "")
    ds = parse(unsaid.replace('asked = "2024-05"\n', ""), "unsaid.toml")
    assert ds.query.requester is None and ds.query.asked is None
    assert caption(ds) == "Source: EMN ad hoc query count-only; summary published 2024-07-03"
    document = info(ds, "en").document
    assert document is not None and document["requester"] is None and document["asked"] is None
    said = parse(COUNT_ONLY, "said.toml")
    assert caption(said) == (
        "Source: EMN ad hoc query count-only; requested by: Ministry of the Interior (2024-05); "
        "summary published 2024-07-03"
    )


def test_a_title_is_printed_in_english_unless_the_file_says(minimal_text: str) -> None:
    ds = parse(minimal_text, "t.toml")
    assert ds.query.title_printed == ("en",)
    assert (ds.query.printed_lang("en"), ds.query.printed_lang("fr")) == ("en", "en")
    french = 'sources = [{ lang = "fr", url = "https://example.org/fr" }]'
    text = minimal_text.replace(TITLE, TITLE + 'title_printed = ["fr"]\n')
    ds = parse(text.replace('sources = [{ lang = "en", url = "https://example.org/summary" }]',
                            french), "t.toml")  # fmt: skip
    assert ds.query.title_printed == ("fr",)
    assert (ds.query.printed_lang("en"), ds.query.printed_lang("nl")) == ("fr", "fr")


@pytest.mark.parametrize(
    ("query_id", "printed"),
    [
        ("emn-ahq-2023-cz-speech-translation-devices", ("fr",)),
        ("emn-ahq-2024-fr-family-reunification-waiting-period", ("fr",)),
        ("emn-ahq-2023-fi-customer-service-crisis", ("en", "fr")),
        ("emn-ahq-2023-xx-autonomous-housing", ("en", "fr")),
        ("emn-ahq-2024-fi-citizenship-tests", ("en",)),
    ],
)
def test_the_bundled_titles_say_where_they_are_printed(
    query_id: str, printed: tuple[str, ...]
) -> None:
    ds = bundled_corpus().by_id(query_id)
    assert ds is not None and ds.query.title_printed == printed


@pytest.mark.parametrize(
    ("asked", "day"),
    [("2012-04-27", "2012-04-27"), ("2023-12", "2023-12-01"), ("2023-13", None),
     ("2023-W01-1", None), ("20231201", None), ("٢٠٢٣-١٢", None), ("2023-02-30", None)],
)  # fmt: skip
def test_asked_is_a_month_or_a_day_in_ascii_digits(asked: str, day: str | None) -> None:
    from adhocq.model import asked_day

    found = asked_day(asked)
    assert (None if found is None else found.isoformat()) == day
