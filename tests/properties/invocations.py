"""Command lines generated from the real Click commands, with values from a dataset and hostile
ones."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from hypothesis import strategies as st

from .mutations import CONTROLS, MARKUP, any_text
from .real_dataset import DATA_FILE, REAL, ROOT
from .toml_writer import walk

# Commands, options and arguments come from the real Click commands, so the command lines follow
# the CLI as it changes; values come from the dataset (ids, codes, texts) and from HOSTILE.


@dataclass(frozen=True)
class Param:
    kind: str  # "option" (takes a value), "flag" or "argument"
    name: str  # the Python name: fmt, excel_safe, has, code, ...
    spellings: tuple[str, ...]  # --format, -f; --offers-service, --no-offers-service
    nargs: int  # -1: any number of arguments
    metavar: str
    choices: tuple[str, ...]


def _parameters() -> dict[str, tuple[Param, ...]]:
    from adhocq.cli.app import root_command

    group: Any = root_command()
    found: dict[str, tuple[Param, ...]] = {}
    for name in group.list_commands(None):
        command = group.get_command(None, name)
        params = []
        for p in command.params:
            if p.param_type_name == "argument":
                kind, spellings = "argument", ()
            else:
                kind = "flag" if getattr(p, "is_flag", False) else "option"
                spellings = (*p.opts, *p.secondary_opts)
            choices = tuple(str(getattr(c, "value", c)) for c in getattr(p.type, "choices", ()))
            params.append(Param(kind, p.name, spellings, p.nargs, p.metavar or "", choices))
        found[name] = tuple(params)
    return found


# `serve` runs a web server until it is stopped: a command line of it would never end.
PARAMS = {name: params for name, params in _parameters().items() if name != "serve"}
COMMANDS = tuple(PARAMS)
FORMATS = next(p.choices for p in PARAMS["measures"] if p.name == "fmt")
MACHINE_FORMATS = ("csv", "json", "jsonl")
# Commands whose output is rows in every --format (not export, validate, pictures).
ROW_COMMANDS = tuple(
    name
    for name, params in PARAMS.items()
    if any(p.name == "fmt" for p in params) and name not in ("export", "validate")
)
# Dropped when a command line is rerun in csv, json and jsonl: --excel-safe is for csv and tsv,
# --crlf for csv, --chart draws a picture.
NOT_FOR_ROWS = ("fmt", "excel_safe", "crlf", "chart")

MINIMAL = Path(__file__).parents[1] / "data" / "minimal.toml"
DATA_PATHS = (
    str(DATA_FILE),
    "",
    "/nonexistent/adhocq.toml",
    "/",
    str(ROOT / "README.md"),
    str(ROOT / "pyproject.toml"),
    "\x1b[31mevil.toml",
    "a\x00b.toml",
    "\udcff.toml",
    *([str(MINIMAL)] if MINIMAL.is_file() else []),
)
# Relative names land in the test's own working directory (see run_in_process).
EXPORT_FILES = (
    "x" * 300 + ".svg",
    "out.svg",
    "out.html",
    "OUT.SVG",
    "out.png",
    "out",
    "",
    ".svg",
    "missing-dir/out.svg",
    "/nonexistent/out.html",
    "\x1b[31mred.svg",
)
SQLITE_FILES = (
    "out.db",
    "out.sqlite",
    "",
    ".",
    "missing-dir/out.db",
    "\x1b[31mred.db",
    "x" * 300 + ".db",
)
SEARCH_WORDS = (
    "psycho",
    "redeploi",
    "redéploiement",
    "STAFF",
    "crise",
    "é",
    "ß",
    "ﬁ",
    "İ",
    "e\u0301",
    "staff support",
    "a",
)
CLI_HOSTILE = (
    "",
    " ",
    *MARKUP,
    *CONTROLS,
    "--",
    "-",
    "-x",
    "=",
    "x" * 10_000,
    "\udcff",
    "a\x00b",
)
CASES: tuple[Callable[[str], str], ...] = (
    str,
    str.lower,
    str.upper,
    str.title,
    str.swapcase,
    lambda s: f" {s} ",
)
HELP_TOKENS = {"-h", "--help", "--version"}


@dataclass(frozen=True)
class Vocabulary:
    """The valid values of a dataset, for the options that take them."""

    types: tuple[str, ...]
    categories: tuple[str, ...]
    codes: tuple[str, ...]
    respondents: tuple[str, ...]
    questions: tuple[str, ...]
    kinds: tuple[str, ...]
    languages: tuple[str, ...]
    data: tuple[str, ...]

    @staticmethod
    def of(doc: dict[str, Any], data: tuple[str, ...]) -> Vocabulary:
        languages = {lang for _, v in walk(doc) if isinstance(v, dict) and "en" in v for lang in v}
        return Vocabulary(
            tuple(t["id"] for t in doc["types"]),
            tuple(c["id"] for c in doc["categories"]),
            tuple(c["code"] for c in doc["countries"]),
            tuple(r["country"] for r in doc["responses"]),
            tuple(q["id"] for q in doc.get("questions", [])),
            tuple(k["id"] for k in doc.get("finding_kinds", [])),
            tuple(sorted(languages)),
            data,
        )

    def valid(self, param: Param) -> tuple[str, ...]:
        if param.choices:
            return param.choices
        if param.metavar == "FILE":
            return SQLITE_FILES if param.name == "sqlite" else EXPORT_FILES
        codes = (*self.respondents, *self.respondents, *self.codes, "GR")
        answers = tuple(f"{q}={a}" for q in self.questions for a in ("yes", "no", "maybe"))
        known = {
            "TYPE": self.types,
            "CAT": self.categories,
            "CODE": codes,
            "CODE CODE...": codes,
            "WHAT": (*self.questions, "offers-service", "measures", *self.types),
            "QUESTION=yes|no": (*answers, *self.questions, "=yes"),
            "KIND": self.kinds,
            "LANG": (*self.languages, *self.languages, "de", "EN"),
            "TEXT": SEARCH_WORDS,
            "PATH": self.data,
            "[PATH]": self.data,
        }
        return known.get(param.metavar) or ("x",)


REAL_VOCABULARY = Vocabulary.of(REAL, (str(DATA_FILE), *DATA_PATHS))


def cased(choices: Sequence[str]) -> st.SearchStrategy[str]:
    return st.builds(
        lambda value, case: case(value), st.sampled_from(choices), st.sampled_from(CASES)
    )


def value_of(choices: Sequence[str], vary_case: bool = True) -> st.SearchStrategy[str]:
    """A valid value three times in five (else most command lines fail at the first option)."""
    valid = cased(choices) if vary_case else st.sampled_from(choices)
    return st.one_of(valid, valid, valid, st.sampled_from(CLI_HOSTILE), any_text)


def inside(path: str) -> str:
    """A generated name for a file to write, kept inside the working directory (the tests may
    run as root: no `/x.db` next to /etc, no `--force` onto an existing file elsewhere)."""
    if path.startswith("/nonexistent/") and not Path("/nonexistent").exists():
        return path
    return "./" + path.replace("..", "__").lstrip("/")


def values_for(param: Param, vocabulary: Vocabulary) -> st.SearchStrategy[str]:
    vary_case = param.metavar not in ("FILE", "PATH", "[PATH]")
    values = value_of(vocabulary.valid(param), vary_case)
    return values.map(inside) if param.metavar == "FILE" else values


@dataclass(frozen=True)
class Item:
    role: str  # the parameter's name, or "help", "junk", "dangling"
    tokens: tuple[str, ...]


def option_items(param: Param, vocabulary: Vocabulary) -> st.SearchStrategy[Item]:
    if param.kind == "flag":
        return st.sampled_from(param.spellings).map(lambda name: Item(param.name, (name,)))
    values = values_for(param, vocabulary)
    long_names = [name for name in param.spellings if name.startswith("--")]
    short_names = [name for name in param.spellings if not name.startswith("--")]
    spellings = [
        st.builds(lambda n, v: Item(param.name, (n, v)), st.sampled_from(param.spellings), values),
        st.builds(
            lambda n, v: Item(param.name, (f"{n}={v}",)), st.sampled_from(long_names), values
        ),
    ]
    if short_names:
        # "-l" + "" would be "-l" alone, taking the next token as its value: "-l", "" instead.
        spellings.append(
            st.builds(
                lambda n, v: Item(param.name, (n + v,) if v else (n, v)),
                st.sampled_from(short_names),
                values,
            )
        )
    return st.one_of(spellings)


UNKNOWN_OPTIONS = st.one_of(
    st.sampled_from(["--bogus", "-z", "--\x1b[31m", "--[bold]x[/]", "--format-json", "--lang-fr"]),
    st.sampled_from(["--bogus", "-z", "--\x1b[31m", "--[bold]x[/]", "--format-json", "--lang-fr"]),
    st.sampled_from(["--help", "-h", "--version"]),
).map(lambda token: Item("help" if token in HELP_TOKENS else "junk", (token,)))
ROOT_ARGVS = (
    (),
    ("--version",),
    ("--help",),
    ("-h",),
    ("--bogus",),
    ("bogus",),
    ("Measures",),
    ("help",),
    ("--version", "info"),
    ("--data", str(DATA_FILE), "info"),
    ("\x1b[31m",),
    ("[bold]x[/]",),
    ("",),
)
ALL_TOKENS = tuple(
    sorted(
        {*COMMANDS, "--help", "--version", "--", "cz", "GR", "de", "nl", "LI", *FORMATS}
        | {spelling for params in PARAMS.values() for p in params for spelling in p.spellings}
    )
)


@dataclass(frozen=True)
class Invocation:
    command: str  # "" for a command line not built around a command
    items: tuple[Item, ...]

    def argv(self) -> list[str]:
        head = [self.command] if self.command else []
        return head + [token for item in self.items for token in item.tokens]

    def has_rows(self) -> bool:
        """A command whose output is rows (not help or version text, not a picture)."""
        return self.command in ROW_COMMANDS and not any(
            item.role == "help" or HELP_TOKENS & set(item.tokens) for item in self.items
        )

    def output(self) -> str:
        """What a pipe gets: the last --format given, else a picture (count --chart) or csv."""
        chosen = None
        for item in self.items:
            if item.role == "fmt":
                joined = "".join(item.tokens)
                chosen = re.sub(r"^(--format=?|-f)", "", joined).lower()
        if chosen is not None:
            return chosen
        pictures = any(item.role == "chart" for item in self.items)
        return "picture" if pictures else "csv"

    def language(self) -> str:
        """The language of the run's own words: the last --lang given, as the CLI reads it
        (cli/language.typed), else English (the test's environment has no ADHOCQ_LANG)."""
        chosen = "en"
        for item in self.items:
            if item.role == "lang":
                raw = re.sub(r"^(--lang=?|-l)", "", "".join(item.tokens))
                chosen = raw.strip(" \t").lower() if raw.isascii() else raw
        return chosen

    def as_format(self, fmt: str) -> list[str]:
        """The same command line in another format (without --excel-safe, --chart)."""
        kept = [t for item in self.items if item.role not in NOT_FOR_ROWS for t in item.tokens]
        return [self.command, "--format", fmt, *kept]


@st.composite
def command_lines(
    draw: st.DrawFn,
    vocabulary: Vocabulary = REAL_VOCABULARY,
    commands: Sequence[str] = COMMANDS,
    fixed: tuple[Item, ...] = (),
    oddities: bool = True,
) -> Invocation:
    """A command line of one of `commands`, with `fixed` items (e.g. --data) first. `oddities`:
    also command lines around the root, jumbles of tokens, unknown and dangling options."""
    if oddities:
        # One in ten a fixed command line around the root, one in ten a jumble of tokens.
        shape = draw(st.sampled_from(["command"] * 8 + ["root", "tokens"]), label="shape")
        if shape == "root":
            argv = draw(st.sampled_from(ROOT_ARGVS))
            return Invocation("", tuple(Item("junk", (token,)) for token in argv))
        if shape == "tokens":
            # Any word may follow --sqlite here: none may name a file outside the workdir.
            free = value_of(REAL_VOCABULARY.codes).map(lambda w: inside(w) if "/" in w else w)
            jumble = st.sampled_from(ALL_TOKENS) | free
            words = draw(st.lists(jumble, max_size=6))
            return Invocation("", tuple(Item("junk", (word,)) for word in words))
    command = draw(st.sampled_from(commands), label="command")
    params = PARAMS[command]
    fixed_roles = {item.role for item in fixed}
    choices = [
        option_items(p, vocabulary)
        for p in params
        if p.kind != "argument" and p.name not in fixed_roles
    ]
    known = [st.one_of(choices)] * 9 if choices else []
    unknown = [UNKNOWN_OPTIONS] if oddities else []
    pool = known + unknown
    items = list(fixed) + (
        draw(st.lists(st.one_of(pool), max_size=5), label="options") if pool else []
    )
    for param in params:
        if param.kind != "argument":
            continue
        if param.nargs == -1:
            count = draw(st.sampled_from([2, 2, 2, 3, 4, 0, 1]), label=f"{param.name} count")
            tokens = tuple(draw(values_for(param, vocabulary)) for _ in range(count))
        elif oddities and draw(st.sampled_from([False] * 9 + [True]), label=f"no {param.name}"):
            continue
        else:
            tokens = (draw(values_for(param, vocabulary), label=param.name),)
        if tokens and draw(st.sampled_from([False] * 3 + [True]), label="after --"):
            tokens = ("--", *tokens)
        at = (
            draw(st.integers(len(fixed), len(items)), label="at")
            if tokens[:1] != ("--",)
            else len(items)
        )
        items.insert(at, Item(param.name, tokens))
    if oddities and draw(st.sampled_from([False] * 9 + [True]), label="dangling option"):
        spellings = [s for p in params if p.kind == "option" for s in p.spellings]
        if spellings:
            items.append(Item("dangling", (draw(st.sampled_from(spellings)),)))
    return Invocation(command, tuple(items))
