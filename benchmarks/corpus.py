"""How adhocq scales with the number of queries: whole-process wall time and peak memory on
synthetic corpora of N query files (issue 14), against the `import typer` floor, the bundled
corpus and tomllib's own parse time, measured in the same run.

Standard library only. It writes N schema-2 query files (about 25 respondents, 12 findings with
country mentions, en + fr texts, measure types with measures; seeded, so every run writes the
same bytes) into a temporary folder for each N, then runs every form round-robin (the starting
form rotates each round) so that drift on the machine falls on all forms alike. It measures; it
is not a test, and it exits non-zero only if a command fails. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DEFAULT_SIZES = (10, 100, 1000)
DEFAULT_RUNS = 3  # runs of a form that takes FAST_SECONDS or more (seconds each on 1,000)
DEFAULT_FAST_RUNS = 15  # runs of a form that takes less (the floor, the bundled corpus, N=10)
FAST_SECONDS = 0.5
SEED = 14
SEARCH_WORD = "interpreters"
COUNTRY = "CZ"
BUNDLED_QUERY = "emn-ahq-2023-fi-customer-service-crisis"
BUNDLED_TYPE = "staffing"
# Issue 14 §2, measured on the largest size (1,000 by default).
TARGET_PER_QUERY = 1.15  # per-query warm on N / the same on the bundled corpus
TARGET_CROSS = 2.5  # cross-query warm on N / `python -c "import typer"`
TARGET_COLD = 1.5  # per-query with ADHOCQ_NO_CACHE=1 on N / tomllib parsing the N files
TARGET_MEMORY_MIB = 150.0
CROSS = ("queries", "search", "country", "matrix")

# EMN members and observers (src/adhocq/countries.py), with `GR` as some summaries print EL.
MEMBERS = "AT BE BG CY CZ DE EE EL ES FI FR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
OBSERVERS = "NO GE MD UA ME AM RS MK".split()

# Texts: (English, French) pieces that make sentences; SEARCH_WORD appears in some of them.
SUBJECTS = (
    ("The immigration service", "Le service de l'immigration"),
    ("The ministry", "Le ministère"),
    ("The reception agency", "L'agence d'accueil"),
    ("Local authorities", "Les autorités locales"),
    ("The border police", "La police des frontières"),
    ("The national contact point", "Le point de contact national"),
)
VERBS = (
    ("recruits", "recrute"),
    ("trains", "forme"),
    ("funds", "finance"),
    ("publishes guidance for", "publie des lignes directrices pour"),
    ("coordinates", "coordonne"),
    ("evaluates", "évalue"),
)
OBJECTS = (
    ("caseworkers who handle applications", "des agents qui traitent les demandes"),
    ("interpreters for hearings", "des interprètes pour les auditions"),
    ("legal advisers in reception centres", "des conseillers juridiques en centre d'accueil"),
    ("teachers of the national language", "des enseignants de la langue nationale"),
    ("staff at the call centre", "le personnel du centre d'appels"),
    ("social workers for minors", "des travailleurs sociaux pour les mineurs"),
    ("a network of volunteers", "un réseau de bénévoles"),
    ("digital services for applicants", "des services numériques pour les demandeurs"),
)
WHEN = (
    ("every year", "chaque année"),
    ("in times of crisis", "en temps de crise"),
    ("since the last reform", "depuis la dernière réforme"),
    ("with European funds", "avec des fonds européens"),
    ("in every region", "dans chaque région"),
)
TOPICS = (
    ("family reunification", "regroupement familial"),
    ("return of rejected applicants", "retour des demandeurs déboutés"),
    ("reception of asylum seekers", "accueil des demandeurs d'asile"),
    ("integration courses", "cours d'intégration"),
    ("detention and its alternatives", "rétention et ses alternatives"),
    ("residence permits for workers", "titres de séjour des travailleurs"),
    ("unaccompanied minors", "mineurs non accompagnés"),
    ("statelessness", "apatridie"),
    ("digital case files", "dossiers numériques"),
    ("labour market access", "accès au marché du travail"),
)
# Measure types: (id, English label, French label); each file declares a few of them.
TYPES = (
    ("staffing", "Staff reinforcement", "Renforcement du personnel"),
    ("training", "Training of staff", "Formation du personnel"),
    ("interpreting", "Interpreters at interviews", "Interprètes lors des entretiens"),
    ("legal-aid", "Free legal aid", "Aide juridique gratuite"),
    ("online-portal", "An online portal", "Un portail en ligne"),
    ("helpline", "A telephone helpline", "Une ligne d'assistance téléphonique"),
    ("guidance", "Written guidance", "Des lignes directrices écrites"),
    ("funding", "Dedicated funding", "Un financement spécifique"),
    ("monitoring", "Monitoring and statistics", "Suivi et statistiques"),
    ("cooperation", "Cooperation with NGOs", "Coopération avec les ONG"),
    ("reporting-duty", "A duty to report", "Une obligation de se présenter"),
    ("language-courses", "Language courses", "Des cours de langue"),
)
CATEGORIES = (
    ("organisation", "Organisation", "Organisation"),
    ("support", "Support for people", "Soutien aux personnes"),
)
KINDS = (
    ("practice", "Good practice", "Bonne pratique"),
    ("challenge", "Challenge", "Défi"),
    ("plan", "Planned change", "Changement prévu"),
)

# Every child gets this environment plus its form's own (XDG_CACHE_HOME of its corpus at least).
CHILD_ENV = dict(os.environ)


def toml_str(text: str) -> str:
    """A TOML basic string: JSON's escapes are all TOML escapes, and it leaves no control
    character raw."""
    return json.dumps(text, ensure_ascii=False)


def text(en: str, fr: str) -> str:
    return f"{{ en = {toml_str(en)}, fr = {toml_str(fr)} }}"


def sentence(rng: random.Random) -> tuple[str, str]:
    parts = [rng.choice(pieces) for pieces in (SUBJECTS, VERBS, OBJECTS, WHEN)]
    return " ".join(p[0] for p in parts) + ".", " ".join(p[1] for p in parts) + "."


@dataclass
class Generated:
    """What the benchmark needs to know of a written corpus."""

    folder: Path
    files: int
    bytes: int
    query: str  # the query of the per-query command
    type: str  # a measure type it declares, with measures


def query_file(number: int, total: int) -> tuple[str, list[str]]:
    """The TOML text of query `synthetic-NNNN`, and the measure types it declares.

    Its own seeded generator makes file NNNN the same bytes whatever the size of the corpus."""
    rng = random.Random(SEED * 1_000_003 + number)
    ident = f"synthetic-{number:04d}"
    topic_en, topic_fr = rng.choice(TOPICS)
    title_en, title_fr = f"{topic_en} ({number})", f"{topic_fr} ({number})"
    year = 2010 + number % 16
    month = rng.randint(1, 11)
    requester = rng.choice(MEMBERS)
    respondents = rng.sample([*MEMBERS, *OBSERVERS], rng.randint(22, 28))
    if COUNTRY not in respondents and rng.random() < 0.8:
        respondents[0] = COUNTRY
    types = rng.sample(TYPES, rng.randint(4, 7))
    out = [
        f"# A synthetic query for benchmarks/corpus.py ({number} of {total}); not a real one.",
        "",
        "schema_version = 2",
        "",
        "[query]",
        f'id = "{ident}"',
    ]
    if number == 1:
        out.append("default = true")
    out += [
        f"title = {text(f'Ad Hoc Query on {title_en}', f'Question ad hoc sur {title_fr}')}",
        f'requester_country = "{requester}"',
        f"requester = {text('Ministry of the Interior', 'Ministère de l’Intérieur')}",
        f'asked = "{year}-{month:02d}"',
        f"published = {year}-{month + 1:02d}-{rng.randint(1, 28):02d}",
        f"respondent_count = {len(respondents)}",
        'coverage = "complete"',
        f"themes = [{text(*sentence(rng))}, {text(*sentence(rng))}]",
        f'sources = [{{ lang = "en", url = "https://example.org/synthetic/{number}" }}]',
        'bullets = [{ id = "b1", title = { en = "Bullet 1", fr = "Point 1" } }, '
        '{ id = "b2", title = { en = "Bullet 2", fr = "Point 2" } }]',
        "",
        "[[questions]]",
        'id = "offers"',
        'column = "offers_it"',
        f"label = {text('Offers it', 'Le propose')}",
        f"statement = {text(f'Has a policy on {topic_en}', f'A une politique sur {topic_fr}')}",
        f"yes = {text('with a policy', 'avec une politique')}",
        f"no = {text('without a policy', 'sans politique')}",
        'source = "b1"',
    ]
    for kind, en, fr in KINDS:
        out += ["", "[[finding_kinds]]", f'id = "{kind}"', f"label = {text(en, fr)}"]
    for category, en, fr in CATEGORIES:
        out += ["", "[[categories]]", f'id = "{category}"', f"label = {text(en, fr)}"]
    for index, (type_id, en, fr) in enumerate(types):
        category = CATEGORIES[index % len(CATEGORIES)][0]
        out += ["", "[[types]]", f'id = "{type_id}"', f'category = "{category}"']
        out.append(f"label = {text(en, fr)}")
    for code in respondents:
        answer = "true" if rng.random() < 0.7 else "false"
        out += ["", "[[responses]]", f'country = "{code}"', 'source = "b1"']
        if rng.random() < 0.9:
            out.append(f"answers = {{ offers = {answer} }}")
        # The first type has measures from most respondents, the others from some.
        for index, (type_id, _, _) in enumerate(types):
            if rng.random() < (0.6 if index == 0 else 0.2):
                out += ["", "[[responses.measures]]", f'type = "{type_id}"']
                out += [f"description = {text(*sentence(rng))}", 'source = "b2"']
    for index in range(rng.randint(10, 14)):
        named = rng.sample(respondents, rng.randint(0, 8))
        mentions = ", ".join(f'"{"GR" if code == "EL" else code}"' for code in named)
        out += ["", "[[findings]]", f'kind = "{rng.choice(KINDS)[0]}"', f'id = "f{index + 1}"']
        out += [f"text = {text(*sentence(rng))}", 'source = "b2"']
        if named:
            out.append(f"mentions = [{mentions}]")
    return "\n".join(out) + "\n", [type_id for type_id, _, _ in types]


def write_corpus(folder: Path, size: int) -> Generated:
    folder.mkdir(parents=True)
    total = 0
    chosen = max(1, (size + 1) // 2)  # the per-query command reads a query in the middle
    chosen_type = ""
    for number in range(1, size + 1):
        body, types = query_file(number, size)
        data = body.encode("utf-8")
        (folder / f"synthetic-{number:04d}.toml").write_bytes(data)
        total += len(data)
        if number == chosen:
            chosen_type = types[0]
    return Generated(folder, size, total, f"synthetic-{chosen:04d}", chosen_type)


@dataclass
class Form:
    key: str  # what it is, for the report: floor, bundled, N:per-query-warm, ...
    argv: list[str]
    extra_env: dict[str, str] = field(default_factory=dict)
    times: list[float] = field(default_factory=list)  # seconds
    peak_kib: int = 0  # the largest ru_maxrss os.wait4 reported
    lines: int = 0  # lines of output of the warm-up run

    @property
    def label(self) -> str:
        settings = [f"{key}={shlex.quote(value)}" for key, value in self.extra_env.items()]
        settings = [s for s in settings if not s.startswith("XDG_CACHE_HOME=")]
        words = [shlex.quote(a) for a in self.argv[1:]]
        return " ".join([*settings, Path(self.argv[0]).name, *words])

    @property
    def env(self) -> dict[str, str]:
        return {**CHILD_ENV, **self.extra_env}

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000

    def summary(self) -> dict[str, Any]:
        return {
            "label": self.label,
            "times_ms": [round(t * 1000, 3) for t in self.times],
            "median_ms": round(self.median_ms, 3),
            "peak_kib": self.peak_kib,
            "output_lines": self.lines,
        }


def timed_run(form: Form) -> tuple[float, int]:
    """Wall seconds from spawn to reap, and ru_maxrss in KiB from os.wait4.

    On Linux that ru_maxrss is at least this script's own RSS at fork (the child's memory before
    exec counts), so it is an upper bound; the script's own peak is printed beside it."""
    null = subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(form.argv, stdin=null, stdout=null, stderr=null, env=form.env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"corpus.py: {form.label} exited {proc.returncode}")
    return elapsed, usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)


def warm_up(form: Form) -> None:
    """One untimed run: it fills the cache of warm forms, and checks the exit status."""
    done = subprocess.run(form.argv, capture_output=True, text=True, env=form.env, check=False)
    if done.returncode != 0:
        sys.exit(f"corpus.py: {form.label} exited {done.returncode}:\n{done.stderr.strip()}")
    form.lines = len(done.stdout.splitlines())


def measure(forms: list[Form], runs: int, fast_runs: int) -> None:
    """A warm-up run of each form, then rounds: each round runs every form that still needs a
    run, starting one form further on each time. A form whose first timed run took under
    FAST_SECONDS gets `fast_runs` runs in all (if that is more than `runs`), the others `runs`."""
    sys.stdout.flush()
    for form in forms:
        warm_up(form)
    print(".", end="", file=sys.stderr, flush=True)
    wanted = {id(form): runs for form in forms}
    for round_no in range(max(runs, fast_runs)):
        active = [form for form in forms if len(form.times) < wanted[id(form)]]
        if not active:  # no form was fast
            break
        shift = round_no % len(active)
        for form in active[shift:] + active[:shift]:
            elapsed, rss = timed_run(form)
            form.times.append(elapsed)
            form.peak_kib = max(form.peak_kib, rss)
            if round_no == 0 and elapsed < FAST_SECONDS:
                wanted[id(form)] = max(runs, fast_runs)
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def compile_adhocq(python: str) -> str:
    """Write adhocq's bytecode, as pip does when it installs a package (see run.py)."""
    find = "import adhocq, os; print(os.path.dirname(adhocq.__file__))"
    where = subprocess.run([python, "-c", find], capture_output=True, text=True, check=True)
    package = where.stdout.strip()
    subprocess.run([python, "-m", "compileall", "-q", package], check=True)
    return package


PARSE = (
    "import sys, tomllib, pathlib\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.toml')):\n"
    "    with open(p, 'rb') as f: tomllib.load(f)\n"
)


def size_forms(python: str, adhocq: str, corpus: Generated, cache: Path) -> dict[str, Form]:
    """The forms measured on one corpus; warm forms share the corpus's own cache folder."""
    data = ["-f", "csv", "--data", str(corpus.folder)]
    warm = {"XDG_CACHE_HOME": str(cache)}
    per_query = [adhocq, "measures", "-q", corpus.query, "--type", corpus.type, *data]
    forms = {
        "per-query warm": Form("per-query warm", per_query, warm),
        "per-query cold": Form("per-query cold", per_query, {**warm, "ADHOCQ_NO_CACHE": "1"}),
        "queries": Form("queries", [adhocq, "queries", *data], warm),
        "search": Form("search", [adhocq, "search", SEARCH_WORD, *data], warm),
        "country": Form("country", [adhocq, "country", COUNTRY, *data], warm),
        "matrix": Form("matrix", [adhocq, "matrix", "--queries", *data], warm),
        "tomllib parse": Form("tomllib parse", [python, "-c", PARSE, str(corpus.folder)]),
    }
    return forms


def cells(form: Form) -> list[str]:
    low, high = min(form.times) * 1000, max(form.times) * 1000
    mib = f"{form.peak_kib / 1024:.1f}"
    return [f"{form.median_ms:.1f}", f"{low:.1f}-{high:.1f}", mib, str(len(form.times))]


def print_table(header: list[str], rows: list[list[str]], left: int = 2) -> None:
    """Columns padded to their widest cell: the first `left` ones to the left."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        line = [
            cell.ljust(w) if i < left else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(line).rstrip())


def verdict(ok: bool) -> str:
    return "PASS" if ok else "FAIL"


def ratios(
    largest: int, by_size: dict[int, dict[str, Form]], floor: Form, bundled: Form
) -> list[dict[str, Any]]:
    forms = by_size[largest]
    checks: list[tuple[str, float, float, str]] = [
        (
            f"per-query warm, N={largest} / same on bundled corpus",
            forms["per-query warm"].median_ms / bundled.median_ms,
            TARGET_PER_QUERY,
            "x",
        )
    ]
    for key in CROSS:
        ratio = forms[key].median_ms / floor.median_ms
        checks.append((f"{key} warm, N={largest} / import typer", ratio, TARGET_CROSS, "x"))
    cold = forms["per-query cold"].median_ms / forms["tomllib parse"].median_ms
    checks.append((f"per-query cold, N={largest} / tomllib parse", cold, TARGET_COLD, "x"))
    for key, form in forms.items():
        if key != "tomllib parse":
            mib = form.peak_kib / 1024
            checks.append((f"peak memory of {key}, N={largest}", mib, TARGET_MEMORY_MIB, " MiB"))
    rows, results = [], []
    for what, value, target, unit in checks:
        shown = f"{value:.2f}{unit}" if unit == "x" else f"{value:.1f}{unit}"
        goal = f"<= {target:g}{unit}"
        rows.append([what, shown, goal, verdict(value <= target)])
        results.append({"what": what, "value": round(value, 3), "target": target})
        results[-1]["pass"] = value <= target
    print_table(["ratio", "measured", "target", "verdict"], rows, left=1)
    return results


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated numbers of query files (default 10,100,1000)",
    )
    parser.add_argument(
        "--runs", type=int, default=DEFAULT_RUNS, help=f"rounds per form (default {DEFAULT_RUNS})"
    )
    parser.add_argument(
        "--fast-runs",
        type=int,
        default=DEFAULT_FAST_RUNS,
        help=f"runs of a form whose first run took under {FAST_SECONDS:g} s "
        f"(default {DEFAULT_FAST_RUNS})",
    )
    parser.add_argument("--python", default=sys.executable, help="python of adhocq's venv")
    parser.add_argument("--json", type=Path, help="write the raw numbers to this file")
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    args = parser.parse_args()
    try:
        args.sizes = sorted({int(part) for part in args.sizes.split(",") if part.strip()})
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, e.g. 10,100,1000")
    if not args.sizes or min(args.sizes) < 1 or max(args.sizes) > 9999:
        parser.error("--sizes must be between 1 and 9999")
    if args.keep and args.keep.exists() and any(args.keep.iterdir()):
        parser.error(f"--keep {args.keep} is not empty; give a new or empty folder")
    if args.runs < 1 or args.fast_runs < 1:
        parser.error("--runs and --fast-runs must be at least 1")
    return args


def load_average() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text().split()[:3])
    except OSError:
        return "n/a"


def main() -> int:
    args = parse_args()
    python = str(Path(args.python).absolute())  # not resolve(): a venv's python is a symlink
    adhocq = str(Path(python).parent / "adhocq")
    if not Path(adhocq).exists():
        sys.exit(f"corpus.py: no adhocq next to {python}; pass --python of the venv holding it")
    version = subprocess.run([python, "--version"], capture_output=True, text=True, check=True)
    started = time.perf_counter()
    print(
        f"python: {python} ({version.stdout.strip()}); {platform.platform()}; "
        f"{os.cpu_count()} CPUs; load average {load_average()}\nround-robin, {args.runs} runs "
        f"of each form, {max(args.runs, args.fast_runs)} of those under {FAST_SECONDS:g} s"
    )
    package = compile_adhocq(python)
    print(f"adhocq: {package}, bytecode compiled first (as pip does on install)")
    tmp = tempfile.TemporaryDirectory(prefix="adhocq-corpus-bench-")
    root = args.keep or Path(tmp.name)
    corpora = {size: write_corpus(root / f"corpus-{size}", size) for size in args.sizes}
    for size, corpus in corpora.items():
        print(
            f"N={size}: {corpus.files} files, {corpus.bytes / 1024:.0f} KiB in {corpus.folder}; "
            f"per-query command on {corpus.query}, type {corpus.type}"
        )
    print(
        "Every corpus (and the bundled one) has a cache folder of its own, filled by the "
        "warm-up run;\ncold forms set ADHOCQ_NO_CACHE=1. stdout is /dev/null. peak MiB is the "
        "largest ru_maxrss os.wait4 gave,\nnever less than this script's RSS (Linux counts the "
        "parent's RSS at fork)."
    )
    floor = Form("floor", [python, "-c", "import typer"])
    bundled_args = ["measures", "-q", BUNDLED_QUERY, "--type", BUNDLED_TYPE, "-f", "csv"]
    bundled_cache = root / "cache-bundled"
    bundled = Form("bundled", [adhocq, *bundled_args], {"XDG_CACHE_HOME": str(bundled_cache)})
    by_size = {
        size: size_forms(python, adhocq, corpus, root / f"cache-{size}")
        for size, corpus in corpora.items()
    }
    every = [floor, bundled, *(form for forms in by_size.values() for form in forms.values())]
    measure(every, args.runs, args.fast_runs)
    own_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nThis script's own peak RSS: {own_mib:.1f} MiB (no peak MiB below can be less).\n")
    header = ["form", "N", "median ms", "min-max ms", "peak MiB", "runs", "lines out"]
    rows = [["floor: python -c 'import typer'", "-", *cells(floor), "-"]]
    rows.append(["per-query warm, bundled corpus", "-", *cells(bundled), str(bundled.lines)])
    for key in by_size[args.sizes[0]]:
        for size, forms in by_size.items():
            form = forms[key]
            lines = "-" if key == "tomllib parse" else str(form.lines)
            rows.append([key, str(size), *cells(form), lines])
    print_table(header, rows)
    largest = args.sizes[-1]
    shown = by_size[largest]
    folder = str(corpora[largest].folder)
    print(f"\nThe commands, FOLDER being the corpus of N={largest} (the others differ in -q and")
    print("--type, named above, and in FOLDER):")
    print(f"  per-query warm, bundled corpus: {bundled.label}")
    for key, form in shown.items():
        if key == "tomllib parse":
            print(f"  {key}: python -c '<tomllib.load every *.toml of FOLDER, in name order>'")
        else:
            print(f"  {key}: {form.label.replace(folder, 'FOLDER')}")
    print(f"\nIssue 14 targets, on N={largest}, medians of this run:")
    results = ratios(largest, by_size, floor, bundled)
    elapsed = time.perf_counter() - started
    print(f"\nwhole run: {elapsed:.0f} s; load average now {load_average()}")
    if args.json:
        report = {
            "python": python,
            "python_version": version.stdout.strip(),
            "machine": f"{platform.platform()}; {os.cpu_count()} CPUs",
            "runs": args.runs,
            "seed": SEED,
            "script_peak_kib": round(own_mib * 1024),
            "floor": floor.summary(),
            "bundled": bundled.summary(),
            "sizes": {
                str(size): {
                    "files": corpora[size].files,
                    "bytes": corpora[size].bytes,
                    "forms": {key: form.summary() for key, form in forms.items()},
                }
                for size, forms in by_size.items()
            },
            "targets": results,
            "seconds": round(elapsed, 1),
        }
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"raw numbers written to {args.json}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
