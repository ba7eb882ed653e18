"""What the tools our users pipe into see: awk, grep, cut (the installed script in a real pipe),
and JSON readers (in-process through main(argv))."""

from __future__ import annotations

import json
import subprocess

from conftest import SCRIPT, run_script
from conftest import main_text as run


def shell(pipeline: str) -> str:
    done = subprocess.run(["bash", "-o", "pipefail", "-c", pipeline.replace("adhocq", str(SCRIPT))],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_csv_lines_end_in_lf_so_awk_and_grep_read_the_last_field() -> None:
    assert shell("adhocq measures | awk -F, '$6==\"staff\"' | wc -l").strip() == "14"
    assert shell("adhocq countries | grep -c 'staffing$'").strip() == "3"  # AT, BE and LV
    assert b"\r" not in run_script("countries").stdout
    crlf = run_script("countries", "--crlf").stdout
    assert crlf.startswith(b"code,name,offers_service,types\r\n") and crlf.count(b"\r\n") == 20


def test_crlf_is_for_csv_only() -> None:
    done = run("countries", "-f", "json", "--crlf")
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr == "adhocq: usage error: --crlf applies to csv output, not json\n"


def test_a_jq_style_reader_finds_only_countries() -> None:
    rows = json.loads(run("matrix", "-f", "json").stdout)
    named = [row["code"] for row in rows if row["staffing"]]
    assert named == ["AT", "BE", "CY", "CZ", "HU", "LV"]
    assert json.loads(run("info", "-q", "emn-ahq-2023-fi", "-f", "json").stdout)[
        "title"
    ].startswith("Ad Hoc Query on organisation")
    assert json.loads(run("info", "-f", "json").stdout)["default_query"].startswith("emn-ahq-2023")
    profile = json.loads(run("show", "cz", "-f", "jsonl").stdout)
    assert [m["source"] for m in profile["measures"]] == ["staff", "staff", "staff", "strategy"]


def test_country_columns_use_upper_case_codes() -> None:
    assert run("compare", "fr", "hr").stdout.splitlines()[0] == "type,category,label,FR,HR"
    header = run("matrix", "--transpose").stdout.splitlines()[0]
    assert header.startswith("type,AT,BE,BG,") and header.endswith(",SK")


def test_filters_that_exclude_each_other_say_why_on_stderr() -> None:
    done = run("countries", "--has", "staffing", "--lacks", "staffing")
    assert (done.returncode, done.stdout) == (0, "code,name,offers_service,types\n")
    assert done.stderr == (
        "adhocq: no country can match: staffing both required (--has) and excluded (--lacks)\n"
    )
    outside = run("measures", "--type", "staffing", "--category", "preparedness", "-f", "json")
    assert outside.stdout == "[]\n"
    assert "staffing not in category preparedness" in outside.stderr


def test_markdown_says_yes_and_no() -> None:
    text = run("countries", "-f", "markdown").stdout
    assert "| AT | Austria | yes | staffing |" in text and "| HR | Croatia | no |  |" in text
    assert "true" not in text and "false" not in text


def test_pictures_refuse_options_for_csv() -> None:
    for args in (("count", "--chart", "--crlf"), ("map", "-f", "table", "--crlf")):
        done = run(*args)
        assert (done.returncode, done.stdout) == (2, "")
        assert done.stderr == "adhocq: usage error: --crlf applies to csv output, not a picture\n"
