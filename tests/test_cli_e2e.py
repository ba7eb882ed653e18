"""The command line end to end: what each run prints and its exit code, in-process through
main(argv); the installed `adhocq` script in a subprocess where a real process is the point
(pipes, encodings, a terminal, `python -m`)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, SCRIPT, run_on_terminal, run_script
from conftest import run_main as run
from unprivileged import as_another_user, folder_of_theirs

HOSTILE = str(DATA / "hostile.toml")
Done = subprocess.CompletedProcess[bytes]


def test_pipe_defaults_to_csv() -> None:
    done = run("countries", "--offers-service")
    assert done.returncode == 0 and done.stderr == b""
    lines = done.stdout.decode().splitlines()
    assert lines[0] == "code,name,offers_service,types"
    assert [line.split(",")[0] for line in lines[1:]] == (
        "AT BE BG CZ ES FI FR HU IT LT LV NL PL SE".split()
    )


def test_shell_pipe_into_cut() -> None:
    done = subprocess.run(
        f"'{SCRIPT}' measures --type STAFFING | cut -d, -f1 | sort -u | tr '\\n' ' '",
        shell=True, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.stdout == "AT BE CY CZ HU LV country "


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("measures", "--type", "stafing"),
         "adhocq: usage error: unknown measure type 'stafing' (did you mean 'staffing'?)\n"),
        (("countries", "--category", "staf-support"),
         "adhocq: usage error: unknown category 'staf-support' (did you mean 'staff-support'?)\n"),
        (("measures", "-f", "xml"),
         "adhocq: usage error: Invalid value for '--format' / '-f': 'xml' is not one of 'table', "
         "'csv', 'tsv', 'json', 'jsonl', 'markdown'. (see 'adhocq measures --help')\n"),
        (("types", "--lang", "DE"),
         "adhocq: usage error: unknown language 'de' (expected one of: en, fr)\n"),
        (("countries", "--answer", "service"),
         "adhocq: usage error: --answer takes QUESTION=yes or QUESTION=no, got 'service'\n"),
        (("countries", "--answer", "servce=yes"),
         "adhocq: usage error: unknown question 'servce' (did you mean 'service'?)\n"),
        (("countries", "--answer", "service=yes", "--no-offers-service"),
         "adhocq: usage error: no country can give both answers to 'service'\n"),
        (("countrys",),
         "adhocq: usage error: No such command 'countrys'. Did you mean 'country', 'countries', "
         "'count'? (see 'adhocq --help')\n"),
        (("countries", "--offer-service"),
         "adhocq: usage error: No such option: --offer-service (Possible options: "
         "--no-offers-service, --offers-service) (see 'adhocq countries --help')\n"),
        (("info", "-f", "json", "--excel-safe"),
         "adhocq: usage error: --excel-safe applies to csv and tsv output, not json\n"),
    ],
)  # fmt: skip
def test_usage_errors_are_one_line_and_exit_2(args: tuple[str, ...], expected: str) -> None:
    done = run(*args)
    assert (done.returncode, done.stdout, done.stderr.decode()) == (2, b"", expected)


def test_show_member_that_did_not_answer_exits_1() -> None:
    done = run("show", "gr")
    assert done.returncode == 1
    assert done.stderr.decode() == (
        "adhocq: EL (Greece) is an EMN member but did not answer this query; "
        "see 'adhocq info' for the respondents\n"
    )


def test_show_country_profile_lowercase() -> None:
    done = run("show", "cz", "-f", "json")
    profile = json.loads(done.stdout)
    assert [m["type"] for m in profile["measures"]] == [
        "staffing", "training", "psychological-support", "stakeholder-coordination",
    ]  # fmt: skip
    assert profile["code"] == "CZ" and profile["offers_service"] is True


def test_dataset_problems_exit_1_with_file_path_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    text = (DATA / "minimal.toml").read_text().replace('type = "staffing"', 'type = "stafing"')
    bad.write_text(text.replace('kind = "challenge"', 'kind = "issue"'))
    for done in (run("countries", "--data", str(bad)), run("validate", str(bad)),
                 run("types", env={"ADHOCQ_DATA": str(bad)})):  # fmt: skip
        assert done.returncode == 1 and done.stdout == b""
        assert done.stderr.decode() == (
            f"adhocq: {bad}:62: unknown measure type 'stafing' (did you mean 'staffing'?)"
            " @ responses[0].measures[0].type\n"
            f"adhocq: {bad}:72: unknown finding kind 'issue' (expected one of: challenge)"
            " @ findings[0].kind\n"
        )


def test_missing_dataset_file(tmp_path: Path) -> None:
    done = run("info", "--data", str(tmp_path / "none.toml"))
    assert done.returncode == 1
    assert done.stderr.decode() == (
        f"adhocq: {tmp_path / 'none.toml'}: no such file (give a dataset with --data or "
        "ADHOCQ_DATA)\n"
    )


def test_validate_bundled_ok() -> None:
    done = run("validate")
    assert done.returncode == 0
    assert done.stdout.decode().endswith(
        ": ok: 19 responses, 13 measure types, 13 findings, 30 measures\n"
    )


def test_version_and_every_help_has_examples() -> None:
    assert run("--version").stdout.decode().startswith("adhocq ")
    for command in ("countries", "measures", "types", "show", "count", "findings", "info",
                    "validate"):  # fmt: skip
        done = run(command, "--help")
        assert done.returncode == 0 and "Examples:" in done.stdout.decode()
        assert "Exit codes: 0 ok" in done.stdout.decode()


def test_lang_from_environment() -> None:
    done = run("measures", "-c", "IT", "-f", "jsonl", env={"ADHOCQ_LANG": "fr"})
    assert json.loads(done.stdout)["description"] == (
        "Adapte les horaires de travail du personnel du service client."
    )


def test_machine_formats_are_utf8_whatever_the_encoding() -> None:
    done = run_script("measures", "-c", "cz", "-l", "fr", "-f", "csv",
               env={"PYTHONIOENCODING": "ascii", "LC_ALL": "C"})  # fmt: skip
    assert done.returncode == 0
    assert "Tchéquie" in done.stdout.decode("utf-8")


def test_table_degrades_on_an_ascii_terminal() -> None:
    done = run_script("measures", "-c", "cz", "-l", "fr", "-f", "table",
               env={"PYTHONIOENCODING": "ascii"})  # fmt: skip
    assert done.returncode == 0 and done.stderr == b""
    text = done.stdout.decode("ascii")
    assert "Tch?quie" in text and "+---" in text


def test_hostile_data_never_reaches_a_terminal_raw() -> None:
    table = run("measures", "--data", HOSTILE, "-f", "table", env={"COLUMNS": "300"})
    text = table.stdout.decode()
    assert table.returncode == 0
    assert "[bold]b[/] [link=http://e]l[/link] \\x1b[31mred\\x07\\x0d\\x9bend" in text
    assert "[red]Fin[/]" in text
    assert not any(char in text for char in "\x1b\x07\r\x9b")


def test_hostile_data_stays_exact_in_csv_and_escaped_in_json() -> None:
    csv_out = run("measures", "--data", HOSTILE, "-f", "csv").stdout.decode()
    assert "\x1b[31mred\x07\r\x9bend" in csv_out
    json_out = run("measures", "--data", HOSTILE, "-f", "json").stdout.decode()
    assert "\\u001b[31mred\\u0007\\r\\u009bend" in json_out
    assert not any(char in json_out for char in "\x1b\x07\r\x9b")


def test_excel_safe_neutralises_formulas() -> None:
    plain = run("measures", "--data", HOSTILE, "-f", "csv").stdout.decode().splitlines()
    safe = run("measures", "--data", HOSTILE, "-f", "tsv", "--excel-safe", "-l", "fr").stdout
    assert ',"=HYPERLINK(' in plain[1]
    assert safe.decode().splitlines()[1].split("\t")[4] == "'-2+3 @x"


@pytest.mark.parametrize(
    "env",
    [{"NO_COLOR": "1"}, {"FORCE_COLOR": "1"}, {"TERM": "dumb"}, {"COLUMNS": "20"},
     {"COLUMNS": "400"}],
)  # fmt: skip
def test_terminal_settings_never_crash(env: dict[str, str]) -> None:
    done = run("measures", "-f", "table", env=env)
    assert done.returncode == 0 and done.stderr == b""
    assert b"Czechia" in done.stdout
    width = int(env.get("COLUMNS", os.environ["COLUMNS"]))
    plain = re.sub(r"\x1b\[[0-9;]*m", "", done.stdout.decode())
    # Only an id wider than the terminal (at 20 columns) is wider, alone on its line.
    wider = [line for line in plain.splitlines() if len(line) > width]
    assert all(len(line.split()) == 1 for line in wider), wider


def test_long_descriptions_wrap_instead_of_being_cut() -> None:
    done = run("measures", "-c", "cz", "-f", "table", env={"COLUMNS": "60"})
    words = " ".join(done.stdout.decode().replace("│", " ").split())
    assert "Offers psychological or emotional support to customer-service staff." in words


@pytest.fixture(scope="module")
def big_dataset(tmp_path_factory: pytest.TempPathFactory) -> str:
    """Output well over a pipe buffer, so an early-closing reader really breaks the pipe (one
    file for every reader and format: the first run stores it, the others read it back)."""
    text = (DATA / "minimal.toml").read_text().replace("More staff.", "word " * 40000)
    path = tmp_path_factory.mktemp("big") / "big.toml"
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize("reader", ["head -n1", "head -c1"])
@pytest.mark.parametrize("fmt", ["csv", "json", "table"])
def test_broken_pipe_is_quiet(big_dataset: str, reader: str, fmt: str) -> None:
    data = big_dataset
    done = subprocess.run(
        ["bash", "-c", f"'{SCRIPT}' measures -f {fmt} --data '{data}' | {reader} >/dev/null;"
         " echo ${PIPESTATUS[0]}"],
        capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert (done.stdout, done.stderr) == ("0\n", "")


def test_table_on_a_real_terminal() -> None:
    code, output = run_on_terminal("count", "--by", "category", env={"NO_COLOR": "1"})
    assert code == 0
    assert "┏" in output and "Countries named per category" in output


def test_machine_formats_never_import_rich() -> None:
    probe = (
        "import sys\nfrom adhocq.cli.main import main\n"
        "for fmt in ('csv', 'tsv', 'json', 'jsonl', 'markdown'):\n"
        "    main(['measures', '--type', 'staffing', '--format', fmt])\n"
        "main(['count', '--chart'])\n"
        "sys.stderr.write(repr(sorted(m for m in sys.modules if m.split('.')[0] == 'rich')))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60)  # fmt: skip
    assert done.returncode == 0 and done.stderr == "[]"


def test_python_dash_m() -> None:
    done = subprocess.run([sys.executable, "-m", "adhocq", "types", "-f", "csv"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0 and done.stdout.startswith("category,type,label,count,countries")


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "is a folder with no .toml file; give query files"),
        (b"", "is empty; a dataset needs [query], [[categories]], [[types]], ..."),
        (
            b"\x00\x01\x02",
            "looks binary (it contains NUL bytes); a dataset is a UTF-8 TOML text file",
        ),
        (b"a = '\xe9'\n", "is not UTF-8 text (byte 5)"),
        (b"#" * (5 * 1024 * 1024), "is 5.0 MiB; datasets over 4 MiB are refused"),
    ],
)
def test_unusable_dataset_files_exit_1_with_one_line(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "data.toml"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    done = run("countries", "--data", str(path))
    assert done.returncode == 1 and done.stdout == b""
    line = done.stderr.decode()
    assert line.count("\n") == 1 and line.startswith("adhocq: ") and message in line


BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"


def bidi_dataset(tmp_path: Path) -> str:
    """Bidirectional controls in a country's name, a type's label, a description and the
    requester (the caption of tables, charts and maps)."""
    text = (DATA / "minimal.toml").read_text(encoding="utf-8")
    text = text.replace('"Finland"', f'"Fin{BIDI}land"').replace('"Staffing"', f'"St{BIDI}af"')
    text = text.replace("More staff.", f"More {BIDI} staff.")
    text = text.replace('"Test Service"', f'"Test{BIDI}Service"')
    path = tmp_path / "bidi.toml"
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    "args",
    [("countries", "-f", "table"), ("measures", "-f", "table"), ("types", "-f", "table"),
     ("show", "FI", "-f", "table"), ("compare", "FI", "SE", "-f", "table"),
     ("search", "staff", "-f", "table"), ("matrix", "-f", "table"), ("map", "-f", "table"),
     ("count", "--chart")],
)  # fmt: skip
def test_bidirectional_controls_never_reach_a_terminal_raw(
    tmp_path: Path, args: tuple[str, ...]
) -> None:
    done = run(*args, "--data", bidi_dataset(tmp_path), env={"COLUMNS": "300"})
    text = done.stdout.decode()
    assert done.returncode == 0, done.stderr
    assert not any(char in text + done.stderr.decode() for char in BIDI), text
    assert "\\u202e" in text


def test_bidirectional_controls_stay_exact_in_machine_formats(tmp_path: Path) -> None:
    done = run("countries", "-f", "csv", "--data", bidi_dataset(tmp_path))
    assert f"FI,Fin{BIDI}land," in done.stdout.decode()


def test_validate_shows_controls_in_the_path(tmp_path: Path) -> None:
    path = tmp_path / "a\x1b[31m\x07\u202eb.toml"
    path.write_text((DATA / "minimal.toml").read_text(encoding="utf-8"), encoding="utf-8")
    done = run("validate", str(path))
    assert done.returncode == 0 and done.stderr == b""
    assert done.stdout.decode() == (
        f"{tmp_path}/a\\x1b[31m\\x07\\u202eb.toml: ok: 2 responses, 1 measure types, "
        "1 findings, 1 measures\n"
    )


NOT_UTF8 = os.fsdecode(b"\xff")  # how Python decodes an argument byte that is not UTF-8


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "ascii"])
@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "markdown", "table"])
def test_arguments_that_are_not_utf8(fmt: str, encoding: str) -> None:
    """Machine formats stay UTF-8 (the byte becomes a replacement character); the table shows it
    escaped, in the terminal's encoding."""
    done = run_script("search", f"staff{NOT_UTF8}", "-f", fmt, env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0, done.stderr
    assert done.stderr in (b"", b"adhocq: no rows match these filters\n")
    if fmt == "table":
        assert "Search 'staff\\xff'" in done.stdout.decode(encoding)
    elif fmt == "markdown":
        assert done.stdout.decode("utf-8").startswith("**Search 'staff?'")
    else:
        done.stdout.decode("utf-8")


@pytest.mark.parametrize(
    ("encoding", "shown"),
    [("utf-8", "\\xff-é-κ.toml"), ("latin-1", "\\xff-é-\\u03ba.toml"), ("ascii", None)],
)
def test_validate_a_path_that_is_not_utf8(tmp_path: Path, encoding: str, shown: str) -> None:
    path = os.path.join(os.fsencode(tmp_path), b"\xff-\xc3\xa9-\xce\xba.toml")
    with open(path, "wb") as file:
        file.write((DATA / "minimal.toml").read_bytes())
    done = run_script("validate", os.fsdecode(path), env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 0 and done.stderr == b"", done.stderr
    out = done.stdout.decode(encoding if encoding != "ascii" else "utf-8")
    assert out.endswith(": ok: 2 responses, 1 measure types, 1 findings, 1 measures\n")
    assert out.startswith(f"{tmp_path}/\\xff-")
    if shown is not None:
        assert out.startswith(f"{tmp_path}/{shown}: ok")


@pytest.mark.parametrize("encoding", ["utf-8", "latin-1", "ascii"])
def test_messages_about_arguments_that_are_not_utf8(tmp_path: Path, encoding: str) -> None:
    missing = str(tmp_path / f"{NOT_UTF8}\x1b.toml")
    done = run_script("validate", missing, env={"PYTHONIOENCODING": encoding})
    assert done.returncode == 1 and done.stdout == b""
    assert done.stderr.decode("ascii") == (
        f"adhocq: {tmp_path}/\\xff\\x1b.toml: no such file (give a dataset with --data or "
        "ADHOCQ_DATA)\n"
    )


def test_map_data_can_be_excel_safe(tmp_path: Path) -> None:
    text = (DATA / "minimal.toml").read_text().replace('"Finland"', '"\\t=1+1"')
    path = tmp_path / "formula.toml"
    path.write_text(text)
    raw = run("map", "-f", "csv", "--data", str(path))
    assert raw.returncode == 0 and "FI,\t=1+1,respondent,true" in raw.stdout.decode()
    for fmt, line in (("csv", "FI,'\t=1+1,respondent,true"),
                      ("tsv", "FI\t'\\t=1+1\trespondent\ttrue")):  # fmt: skip
        done = run("map", "-f", fmt, "--excel-safe", "--data", str(path))
        assert done.returncode == 0, done.stderr
        assert line in done.stdout.decode().splitlines()
    piped = run("map", "--excel-safe", "--data", str(path))  # in a pipe, the map is its CSV
    assert "FI,'\t=1+1,respondent,true" in piped.stdout.decode().splitlines()
    for args in (("map", "-f", "table", "--excel-safe"), ("map", "-f", "json", "--excel-safe")):
        done = run(*args)
        assert done.returncode == 2 and done.stdout == b""
        assert done.stderr.decode().startswith("adhocq: usage error: --excel-safe applies to csv")


@pytest.mark.parametrize("columns", ["0", "00"])
@pytest.mark.parametrize(
    "args", [("countries", "-f", "table"), ("measures", "-c", "cz", "-f", "table"), ("map",)]
)
def test_a_zero_terminal_width_falls_back_to_a_usable_one(
    columns: str, args: tuple[str, ...]
) -> None:
    done = run(*args, env={"COLUMNS": columns})
    assert done.returncode == 0 and done.stderr == b""
    text = done.stdout.decode()
    assert "Czechia" in text or "CZ" in text
    assert max(len(line) for line in text.splitlines()) <= 80  # not a terminal: 80


def test_files_and_folders_closed_to_their_reader(tmp_path: Path) -> None:
    """As a user without privileges (root reads anything): a query file or a folder that cannot
    be read is one line and exit 1 for every kind of command; a cache folder that cannot be
    written changes no answer."""
    commands = [
        ["measures", "-q", "test-query", "-f", "csv"],
        ["search", "detention", "-f", "csv"],
        ["export", "--sqlite", "OUT", "--force"],
    ]
    with folder_of_theirs() as home:
        queries, cache = home / "q", home / "cache"
        queries.mkdir()
        for name, source in (("a.toml", "minimal.toml"), ("b.toml", "second.toml")):
            (queries / name).write_bytes((DATA / source).read_bytes())
        env = {"XDG_CACHE_HOME": str(cache)}

        def each(out: str, env: dict[str, str] | None = env) -> list[Done]:
            return [run(*(out if a == "OUT" else a for a in c), "--data", str(queries), env=env)
                    for c in commands]  # fmt: skip

        expected = [(done.returncode, done.stdout) for done in each(str(tmp_path / "out.db"), None)]
        assert [code for code, _ in expected] == [0, 0, 0]  # as yourself, imports done
        for path in (queries, *queries.iterdir()):
            os.chown(path, *_owner(home))
        with as_another_user():
            cache.mkdir(mode=0o500)
            seen = [(done.returncode, done.stdout) for done in each(str(home / "out.db"))]
            (queries / "b.toml").chmod(0)
            unreadable = each(str(home / "out.db"))
            queries.chmod(0)
            closed = each(str(home / "out.db"))
            queries.chmod(0o700)
        assert seen == expected and os.listdir(cache) == []
        for done in unreadable:
            assert (done.returncode, done.stdout, done.stderr.decode()) == (
                1, b"", f"adhocq: {queries / 'b.toml'}: cannot be read: permission denied\n"
            )  # fmt: skip
        for done in closed:
            assert (done.returncode, done.stdout) == (1, b"")
            said = f"adhocq: {re.escape(str(queries))}: cannot be read: [Pp]ermission denied\n"
            assert re.fullmatch(said, done.stderr.decode())


def _owner(path: Path) -> tuple[int, int]:
    status = path.stat()
    return status.st_uid, status.st_gid
