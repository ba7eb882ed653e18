"""What people type (src/adhocq/cli/input.py; cli/typed.py for mistyped choices): countries by
name in any language, comma lists, a category where a type is expected, mistyped choices,
`adhocq help COMMAND`; end to end, in-process through main(argv)."""

import shlex
import time

import pytest
from conftest import DATA, main_text

from adhocq.cli.input import country_code, name_key, named
from adhocq.errors import UsageProblem

SECOND = str(DATA / "second.toml")
NOT_A_COUNTRY = "give an EMN country code such as CZ, or a name such as Czechia"


def ok(*args: str) -> str:
    done = main_text(*args)
    assert (done.returncode, done.stderr) == (0, ""), done.stderr
    return done.stdout


def usage_error(*args: str) -> str:
    """The one line a usage error says on stderr (exit 2, nothing on stdout)."""
    done = main_text(*args)
    assert (done.returncode, done.stdout) == (2, "")
    return done.stderr


# ---------------------------------------------------------------- countries by name
@pytest.mark.parametrize(
    ("typed", "code"),
    [("Deutschland", "DE"), ("holland", "NL"), ("The Netherlands", "NL"), ("nederland", "NL"),
     ("ceska republika", "CZ"), ("Czech Republic", "CZ"), ("Österreich", "AT"),
     ("oesterreich", None), ("Ελλάδα", "EL"), ("polska", "PL")],
)  # fmt: skip
def test_a_country_is_also_its_own_name_or_a_common_one(typed: str, code: str | None) -> None:
    if code is not None:
        assert country_code(typed, named((), every_emn=True)) == code
    else:
        with pytest.raises(UsageProblem, match=r"did you mean AT \(Austria\)\?"):
            country_code(typed, named((), every_emn=True))


@pytest.mark.parametrize(
    ("typed", "meant"),
    [("deutschlnd", "DE (Germany)"), ("hollnd", "NL (Netherlands)"), ("polsk", "PL (Poland)")],
)
def test_a_mistyped_name_suggests_its_country(
    capfd: pytest.CaptureFixture[str], typed: str, meant: str
) -> None:
    from adhocq.cli.main import main

    assert main(["country", typed]) == 2
    assert capfd.readouterr().err == (
        f"adhocq: usage error: unknown country {typed!r} (did you mean {meant}?)\n"
    )


@pytest.mark.parametrize(
    ("typed", "code"),
    [("CZ", "CZ"), ("cz ", "CZ"), ("gr", "EL"), ("Czechia", "CZ"), ("tchéquie", "CZ"),
     ("TCHEQUIE", "CZ"), ("Pays-Bas", "NL"), ("pays bas", "NL"), ("grèce", "EL"),
     ("north macedonia", "MK")],
)  # fmt: skip
def test_a_country_is_a_code_or_a_name_in_any_case_and_accents(typed: str, code: str) -> None:
    assert country_code(typed, named((), every_emn=True)) == code


def test_names_are_compared_without_case_accents_spaces_or_punctuation() -> None:
    assert name_key("Macédoine du Nord") == name_key("macedoine-du-nord") == "macedoinedunord"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("Czechi", "unknown country 'Czechi' (did you mean CZ (Czechia)?)"),
        ("tchequi", "unknown country 'tchequi' (did you mean CZ (Czechia)?)"),
        ("cze", "unknown country 'cze' (did you mean CZ (Czechia)?)"),
        ("Frence", "unknown country 'Frence' (did you mean FR (France)?)"),
        ("xx", f"unknown country 'xx' ({NOT_A_COUNTRY})"),
        ("", f"unknown country '' ({NOT_A_COUNTRY})"),
        ("ﬁ", "unknown country 'ﬁ' (did you mean FI (Finland)?)"),  # suggested, never taken
    ],
)
def test_an_unknown_country_gets_the_closest_one_by_name(typed: str, message: str) -> None:
    with pytest.raises(UsageProblem) as raised:
        country_code(typed, named((), every_emn=True))
    assert str(raised.value) == message


@pytest.mark.parametrize(
    ("args", "first_lines"),
    [
        (("show", "Czechia", "-f", "csv"), ["field,value,source", "code,CZ,"]),
        (("show", "tchéquie", "-f", "csv"), ["field,value,source", "code,CZ,"]),
        (("show", "Pays-Bas", "-f", "csv"), ["field,value,source", "code,NL,"]),
        (
            ("show", "Griekenland", "--data", SECOND, "-f", "csv"),
            ["field,value,source", "code,EL,"],
        ),
        (("compare", "czechia", "finlande", "-f", "csv"), ["type,category,label,CZ,FI"]),
    ],
)
def test_commands_about_one_query_take_country_names(
    args: tuple[str, ...], first_lines: list[str]
) -> None:
    assert ok(*args).splitlines()[: len(first_lines)] == first_lines


def test_measures_take_country_names_in_a_comma_list() -> None:
    by_name = ok("measures", "--country", "Tchéquie,finland", "-f", "csv")
    assert by_name == ok("measures", "--country", "cz", "--country", "fi", "-f", "csv")
    assert {line.split(",")[0] for line in by_name.splitlines()[1:]} == {"CZ", "FI"}


@pytest.mark.parametrize(
    ("by_name", "by_code"),
    [
        (("queries", "--country", "TCHÉQUIE"), ("queries", "--country", "cz")),
        (("queries", "--requester", "finlande"), ("queries", "--requester", "FI")),
        (("country", "Pays-Bas"), ("country", "nl")),
    ],
)
def test_commands_across_queries_take_country_names(
    by_name: tuple[str, ...], by_code: tuple[str, ...]
) -> None:
    assert ok(*by_name, "-f", "csv") == ok(*by_code, "-f", "csv")


def test_a_member_named_that_did_not_answer_is_not_found() -> None:
    done = main_text("show", "Grèce")
    assert (done.returncode, done.stdout) == (1, "")
    assert done.stderr == (
        "adhocq: EL (Greece) is an EMN member but did not answer this query; "
        "see 'adhocq info' for the respondents\n"
    )


@pytest.mark.parametrize(
    ("args", "typed", "hint"),
    [
        (("show",), "Czechi", "did you mean CZ (Czechia)?"),
        (("compare", "cz"), "Finlnd", "did you mean FI (Finland)?"),
        (("measures", "--country"), "xx", NOT_A_COUNTRY),
        (("queries", "--country"), "Frence", "did you mean FR (France)?"),
        (("queries", "--requester"), "zz", NOT_A_COUNTRY),
        (("country",), "Pays-Ba", "did you mean NL (Netherlands)?"),
    ],
)
def test_an_unknown_country_is_a_usage_error_with_names(
    args: tuple[str, ...], typed: str, hint: str
) -> None:
    assert usage_error(*args, typed) == f"adhocq: usage error: unknown country {typed!r} ({hint})\n"


# ---------------------------------------------------------------- comma lists


@pytest.mark.parametrize(
    ("listed", "repeated"),
    [
        (("measures", "--type", "staffing,training"),
         ("measures", "--type", "staffing", "--type", "training")),
        (("measures", "-t", "staffing, training"),
         ("measures", "-t", "staffing", "-t", "training")),
        (("countries", "--has", "staffing,training"),
         ("countries", "--has", "staffing", "--has", "training")),
        (("countries", "--any", "training,templates", "--lacks", "staffing,flexible-resources"),
         ("countries", "--any", "training", "--any", "templates", "--lacks", "staffing",
          "--lacks", "flexible-resources")),
        (("countries", "--answer", "service=yes,service=yes"),
         ("countries", "--answer", "service=yes")),
        (("measures", "--country", "cz,FI", "--country", "pl"),
         ("measures", "--country", "cz", "--country", "fi", "--country", "pl")),
    ],
)  # fmt: skip
def test_a_comma_list_is_the_option_repeated(
    listed: tuple[str, ...], repeated: tuple[str, ...]
) -> None:
    assert ok(*listed, "-f", "csv") == ok(*repeated, "-f", "csv")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("measures", "--type", "staffing,"),
         "--type 'staffing,' has an empty item; separate values with single commas"),
        (("countries", "--has", "staffing,,training"),
         "--has 'staffing,,training' has an empty item; separate values with single commas"),
        (("measures", "--type", "staffing,stafing"),
         "unknown measure type 'stafing' (did you mean 'staffing'?)"),
    ],
)  # fmt: skip
def test_a_bad_comma_list_is_a_usage_error(args: tuple[str, ...], message: str) -> None:
    assert usage_error(*args) == f"adhocq: usage error: {message}\n"


# ---------------------------------------------------------------- categories, choices


@pytest.mark.parametrize("args", [("countries", "--has"), ("measures", "--type")])
def test_a_category_where_a_type_is_expected_says_to_use_category(args: tuple[str, ...]) -> None:
    assert usage_error(*args, "Staff-Support") == (
        "adhocq: usage error: 'Staff-Support' is a category, not a measure type: use --category "
        "staff-support ('adhocq types' lists the types of each category)\n"
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("measures", "-f", "jsn"),
         "Invalid value for '--format' / '-f': 'jsn' is not one of 'table', 'csv', 'tsv', "
         "'json', 'jsonl', 'markdown' (did you mean 'json'?) (see 'adhocq measures --help')"),
        (("count", "--by", "categry"),
         "Invalid value for '--by': 'categry' is not one of 'type', 'category', 'country', "
         "'query' (did you mean 'category'?) (see 'adhocq count --help')"),
        (("types", "-f", "xml"),
         "Invalid value for '--format' / '-f': 'xml' is not one of 'table', 'csv', 'tsv', "
         "'json', 'jsonl', 'markdown'. (see 'adhocq types --help')"),
    ],
)  # fmt: skip
def test_a_mistyped_choice_gets_a_suggestion(args: tuple[str, ...], message: str) -> None:
    assert usage_error(*args) == f"adhocq: usage error: {message}\n"


# ---------------------------------------------------------------- help


@pytest.mark.parametrize("command", ["measures", "countries", "help", "validate"])
def test_help_command_is_command_help(command: str) -> None:
    assert ok("help", command) == ok(command, "--help")


def test_help_alone_is_the_root_help() -> None:
    assert ok("help") == ok("--help")


def test_help_of_an_unknown_command_is_a_usage_error() -> None:
    assert usage_error("help", "mesures") == (
        "adhocq: usage error: unknown command 'mesures' (did you mean 'measures'?)\n"
    )


def test_the_root_help_shows_three_examples_that_run() -> None:
    text = ok("--help")
    examples = text.split("Examples:\n")[1].split("\n\n")[0].splitlines()
    assert len(examples) == 3
    for line in examples:
        words = shlex.split(line)  # as a shell reads the line
        assert words[0] == "adhocq"
        ok(*words[1:])


@pytest.mark.parametrize(
    ("command", "where"),
    [("measures", "'adhocq types' lists them"), ("countries", "'adhocq types' lists them"),
     ("matrix", "(see 'adhocq types')"), ("findings", "(see 'adhocq info')"),
     ("info", "'adhocq queries' lists them")],
)  # fmt: skip
def test_options_taking_ids_say_where_to_list_them(command: str, where: str) -> None:
    assert where in " ".join(ok(command, "--help").split())


def test_a_long_argument_is_refused_or_cut_in_one_short_line(
    capsys: pytest.CaptureFixture[str],
) -> None:
    from adhocq.cli.main import main

    words = " ".join(["detention"] * 12000)  # about 120 KB
    started = time.monotonic()
    assert main(["measures", "-q", words]) == 2
    err = capsys.readouterr().err
    assert err.startswith("adhocq: usage error: --query is 119999 characters long")
    assert main(["show", words]) == 2
    err = capsys.readouterr().err
    assert len(err) < 600 and "…" in err
    assert time.monotonic() - started < 5
