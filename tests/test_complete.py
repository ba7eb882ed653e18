"""Shell completion (src/adhocq/cli/complete.py), driven as the shells drive it: Typer's
protocol in the environment of a run (`_ADHOCQ_COMPLETE=complete_bash` with COMP_WORDS and
COMP_CWORD; `complete_zsh` and `complete_fish` with _TYPER_COMPLETE_ARGS), in-process through
main(argv); bash itself runs the installed script at the end."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DATA, SCRIPT, main_text

SECOND = str(DATA / "second.toml")


def bash(line: str, env: dict[str, str] | None = None) -> list[str]:
    """The candidates bash gets for the last word of `line` (a line ending in a space
    completes a new, empty word), with nothing on stderr."""
    words = line.split()
    cword = len(words) if line.endswith(" ") else len(words) - 1
    done = main_text(
        env={
            "_ADHOCQ_COMPLETE": "complete_bash",
            "COMP_WORDS": line,
            "COMP_CWORD": str(cword),
            **(env or {}),
        }  # fmt: skip
    )
    assert (done.returncode, done.stderr) == (0, "")
    return [candidate for candidate in done.stdout.splitlines() if candidate]


def typer_protocol(shell: str, line: str, env: dict[str, str] | None = None) -> str:
    """What zsh or fish gets for `line` (their scripts send the line as _TYPER_COMPLETE_ARGS)."""
    settings = {"_ADHOCQ_COMPLETE": f"complete_{shell}", "_TYPER_COMPLETE_ARGS": line}
    if shell == "fish":
        settings["_TYPER_COMPLETE_FISH_ACTION"] = "get-args"
    done = main_text(env={**settings, **(env or {})})
    assert (done.returncode, done.stderr) == (0, "")
    return done.stdout


# ---------------------------------------------------------------- bash


def test_bash_completes_commands_without_building_them() -> None:
    assert bash("adhocq m") == ["measures", "matrix", "map"]
    assert bash("adhocq he") == ["help"]
    assert bash("adhocq --") == [
        "--version", "--lang", "--data", "--query", "--format", "--install-completion",
        "--show-completion", "--help",
    ]  # fmt: skip
    assert bash("adhocq --lang f") == ["fr"]
    assert bash("adhocq -q emn-ahq-2024-fi-c") == ["emn-ahq-2024-fi-citizenship-tests"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("adhocq measures --type st", ["staffing", "stakeholder-coordination", "strategic-values"]),
        ("adhocq measures -t psy", ["psychological-support"]),
        ("adhocq countries --has staffing,tr", ["staffing,training"]),
        ("adhocq countries --lacks te", ["templates"]),
        ("adhocq measures --category st", ["staff-support", "strategic-goals"]),
        ("adhocq matrix --category sta", ["staff-support"]),
        ("adhocq show C", ["CY", "CZ"]),
        ("adhocq show c", ["cy", "cz"]),
        ("adhocq compare cz f", ["fi", "fr"]),
        ("adhocq measures --country cz,L", ["cz,LT", "cz,LU", "cz,LV"]),
        ("adhocq country F", ["FI", "FR"]),
        ("adhocq queries --requester E", ["EE", "EL", "ES"]),
        ("adhocq findings --kind ", ["challenge", "solution", "preparedness"]),
        ("adhocq countries --answer ", ["service=yes", "service=no"]),
        ("adhocq map --by s", ["service", "staffing", "stakeholder-coordination",
                               "strategic-values"]),  # fmt: skip
        ("adhocq map --by me", ["measures"]),
        ("adhocq count --by ", ["type", "category", "country", "query"]),
        ("adhocq measures -f j", ["json", "jsonl"]),
        ("adhocq types --lang f", ["fr"]),
        ("adhocq help ma", ["matrix", "map"]),
        ("adhocq info --query emn-ahq-2024-fi", ["emn-ahq-2024-fi-citizenship-tests",
                                                 "emn-ahq-2024-fi-forecasting-migration-trends"]),

        # any case, each candidate in the case typed
        ("adhocq M", ["measures", "matrix", "map"]),
        ("adhocq country Cz", ["Cz"]),
        ("adhocq measures --type STA", ["STAFFING", "STAKEHOLDER-COORDINATION"]),
        ("adhocq info -q EMN-AHQ-2024-FI", ["EMN-AHQ-2024-FI-CITIZENSHIP-TESTS",
                                            "EMN-AHQ-2024-FI-FORECASTING-MIGRATION-TRENDS"]),
    ],
)  # fmt: skip
def test_bash_completes_values_from_the_dataset(line: str, expected: list[str]) -> None:
    assert bash(line) == expected


def test_values_come_from_the_data_given_earlier_on_the_line_or_in_adhocq_data() -> None:
    second = ["reporting-duty", "bail", "legal-aid", "interpreting"]
    assert bash(f"adhocq measures --data {SECOND} --type ") == second
    assert bash("adhocq measures --type ", env={"ADHOCQ_DATA": SECOND}) == second
    assert bash(f"adhocq show --data {SECOND} ") == ["NL", "IT", "BE", "EL", "NO"]


def test_values_come_from_the_query_chosen_earlier_on_the_line() -> None:
    assert bash("adhocq findings -q emn-ahq-2023-cz-speech --kind ") == ["finding"]
    assert bash("adhocq show -q emn-ahq-2023-nl-child F") == ["FI", "FR"]


# ---------------------------------------------------------------- zsh and fish


def test_zsh_shows_each_country_s_name() -> None:
    assert typer_protocol("zsh", "adhocq show C") == (
        '_arguments \'*: :(("CY":"Cyprus"\n"CZ":"Czechia"))\'\n'
    )


def test_zsh_shows_each_query_s_title() -> None:
    found = typer_protocol("zsh", "adhocq measures --query emn-ahq-2024-fi-c")
    assert found == (
        '_arguments \'*: :(("emn-ahq-2024-fi-citizenship-tests":'
        '"Ad Hoc Query on citizenship tests as part of naturalisation process"))\'\n'
    )


def test_zsh_escapes_what_its_script_would_read_as_syntax() -> None:
    found = typer_protocol("zsh", "adhocq inf")  # the command's help has a colon
    escaped = r"The dataset, or one query\\: requester, dates, sources."
    assert found == f'_arguments \'*: :(("info":"{escaped}"))\'\n'


def test_fish_shows_each_type_s_label() -> None:
    found = typer_protocol("fish", "adhocq countries --any tr")
    assert found == "training\tTraining for current and future staff\n"


# ---------------------------------------------------------------- never a traceback


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
@pytest.mark.parametrize("content", ["x = [", "schema_version = 2\n", None])
def test_a_broken_or_missing_dataset_completes_nothing_and_says_nothing(
    tmp_path: Path, shell: str, content: str | None
) -> None:
    data = tmp_path / "broken.toml"
    if content is not None:
        data.write_text(content, encoding="utf-8")
    line = f"adhocq measures --data {data} --type "
    empty = {"bash": "\n", "zsh": "_files\n", "fish": "\n"}[shell]
    if shell == "bash":
        assert bash(line) == []
        assert bash("adhocq show ", env={"ADHOCQ_DATA": str(data)}) == []
    else:
        assert typer_protocol(shell, line) == empty
        assert typer_protocol(shell, "adhocq show ", env={"ADHOCQ_DATA": str(data)}) == empty


def test_a_bad_query_or_a_strange_line_completes_nothing() -> None:
    assert bash("adhocq measures -q no-such-query --type ") == []
    assert bash("adhocq measures --type 'unclosed") == []
    done = main_text(env={"_ADHOCQ_COMPLETE": "complete_bash", "COMP_WORDS": "adhocq",
                         "COMP_CWORD": "seven"})  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


def test_completing_imports_no_rich() -> None:
    code = (
        "import sys; from adhocq.cli.main import main; main(); "
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'rich'), file=sys.stderr)"
    )
    env = {**os.environ, "_ADHOCQ_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "adhocq show "}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env,
                          timeout=60)  # fmt: skip
    assert done.stdout.startswith('_arguments \'*: :(("AT":"Austria"')
    assert done.stderr == "[]\n"


# ---------------------------------------------------------------- setting it up


def test_show_completion_prints_the_script_for_a_shell() -> None:
    no_detection = {"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    done = main_text("--show-completion", "zsh", env=no_detection)
    assert done.returncode == 0
    assert "_ADHOCQ_COMPLETE=complete_zsh adhocq" in done.stdout
    assert "compdef _adhocq_completion adhocq" in done.stdout


def test_install_completion_writes_to_the_shell_s_files(tmp_path: Path) -> None:
    env = {"HOME": str(tmp_path), "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    done = main_text("--install-completion", "bash", env=env)
    assert done.returncode == 0 and "bash completion installed in" in done.stdout
    script = (tmp_path / ".bash_completions" / "adhocq.sh").read_text(encoding="utf-8")
    assert "_ADHOCQ_COMPLETE=complete_bash" in script
    assert "adhocq.sh" in (tmp_path / ".bashrc").read_text(encoding="utf-8")


@pytest.mark.skipif(shutil.which("bash") is None, reason="needs bash")
def test_bash_itself_completes_with_the_shown_script() -> None:
    """The whole loop: bash sources the script `--show-completion bash` prints and runs the
    completion function on a line, as a Tab does."""
    program = (
        'eval "$(adhocq --show-completion bash 2>/dev/null)"; '
        "COMP_WORDS=(adhocq countries --has psy); COMP_CWORD=3; "
        '_adhocq_completion adhocq; printf "%s\\n" "${COMPREPLY[@]}"'
    )
    env = {
        "PATH": f"{SCRIPT.parent}{os.pathsep}{os.environ['PATH']}",
        "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1",
    }
    done = subprocess.run(["bash", "--norc", "-c", program], capture_output=True, text=True,
                          env={**os.environ, **env}, timeout=60)  # fmt: skip
    assert (done.returncode, done.stdout) == (0, "psychological-support\n")
