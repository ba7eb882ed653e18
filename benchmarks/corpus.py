"""How adhocq scales with the number of queries: whole-process wall time, peak memory and cache
size on synthetic corpora of N query files (synthetic.py), against the `import typer` floor, the
bundled corpus and tomllib's own parse time, all measured in the same run; and run.py's forms on
the bundled corpus against their floors.

Standard library only. Every form runs round-robin (the starting form rotates each round) so
that drift on the machine falls on all forms alike. It measures; it is not a test, and it exits
non-zero only if a command fails. See benchmarks/README.md for the forms and the targets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import report
import run
from synthetic import COUNTRY, SEARCH_WORD, SEED, Generated, write_corpus

DEFAULT_SIZES = (100, 1000, 5000)
DEFAULT_RUNS = 3  # runs of a form that takes FAST_SECONDS or more (a minute each, at worst)
DEFAULT_FAST_RUNS = 15  # runs of a form that takes less (floors, warm forms, small corpora)
FAST_SECONDS = 1.0  # under load, a warm form on 1,000 queries can take 0.5 s
WRITE_REPEATS = 5  # in-process writes of an output, for "the time to write it"
ACCESSED = "2026-01-31"  # cite's --accessed: the same output whatever the day
BUNDLED_QUERY = "emn-ahq-2023-fi-customer-service-crisis"
BUNDLED_TYPE = "staffing"
# The cross-query commands, warm; --new-folder picks which of them also run on an empty cache.
CROSS = {
    "queries": ["queries"],
    "search": ["search", SEARCH_WORD],
    "country": ["country", COUNTRY],
    "matrix": ["matrix", "--queries"],
    "related": ["related", SEARCH_WORD],
}
# Every child gets this environment plus its form's own (XDG_CACHE_HOME at least).
CHILD_ENV = dict(os.environ)


@dataclass
class Form:
    key: str  # what it is in the report: "per-query warm", "queries, new folder", ...
    argv: list[str]
    extra_env: dict[str, str] = field(default_factory=dict)
    # floor, per-query, machine, table, help (bundled corpus); per-query, no-cache, new-folder,
    # cross, whole-corpus, parse (synthetic corpora)
    kind: str = ""
    before: Callable[[Form], None] | None = None  # before every run, outside the timed span
    warm_up: bool = True  # False: every run starts from nothing, so it needs no warm-up run
    times: list[float] = field(default_factory=list)  # seconds
    peak_kib: int = 0
    lines: int = 0  # lines on stdout of its first untimed run
    out_bytes: int = 0  # bytes on stdout of that run

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


class FreshFolder:
    """Before each run of a form: a new, empty folder, made (and the last run's removed) outside
    the timed span. It is the run's cache folder (XDG_CACHE_HOME) or, for `export`, the folder of
    its output file (the form's last argument)."""

    def __init__(self, root: Path, role: str) -> None:
        self.root, self.role, self.count = root, role, 0
        self.current: Path | None = None

    def __call__(self, form: Form) -> None:
        if self.current is not None:
            shutil.rmtree(self.current)
        self.count += 1
        self.current = self.root / f"run-{self.count}"
        self.current.mkdir(parents=True)
        if self.role == "cache":
            form.extra_env["XDG_CACHE_HOME"] = str(self.current)
        else:
            form.argv[-1] = str(self.current / "export.db")


def spawn(form: Form, prefix: list[str] | None = None) -> subprocess.CompletedProcess[bytes]:
    """One untimed run, after the form's `before`; the script stops if it fails."""
    if form.before is not None:
        form.before(form)
    argv = [*(prefix or []), *form.argv]
    done = subprocess.run(argv, capture_output=True, env=form.env, check=False)
    if done.returncode != 0:
        error = done.stderr.decode(errors="replace").strip()
        sys.exit(f"corpus.py: {form.label} exited {done.returncode}:\n{error}")
    form.lines, form.out_bytes = done.stdout.count(b"\n"), len(done.stdout)
    return done


def first_runs(forms: list[Form], peak_prefix: list[str]) -> None:
    """Untimed, before the rounds: a warm-up run of each form (it fills the cache of the warm
    ones), then, with GNU time, one more run of each for its peak memory. A form that starts from
    nothing at every run has no warm-up: its peak run is its first."""
    for form in forms:
        if form.warm_up or not peak_prefix:
            spawn(form)
        print(".", end="", file=sys.stderr, flush=True)
    for form in forms if peak_prefix else []:
        done = spawn(form, peak_prefix)
        form.peak_kib = int(done.stderr.decode().strip().splitlines()[-1])
        print(".", end="", file=sys.stderr, flush=True)


def timed_run(form: Form) -> tuple[float, int]:
    """Wall seconds from spawn to reap, and ru_maxrss in KiB from os.wait4.

    On Linux that ru_maxrss is at least this script's own peak RSS (the child's memory before
    exec counts), so it is an upper bound; GNU time, a small process, does not have that flaw."""
    if form.before is not None:
        form.before(form)
    null = subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(form.argv, stdin=null, stdout=null, stderr=null, env=form.env)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"corpus.py: {form.label} exited {proc.returncode}")
    return elapsed, usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)


def rounds(forms: list[Form], runs: int, fast_runs: int, wait4_peaks: bool) -> None:
    """Each round runs every form that still needs a run, starting one form further on each
    time. A form whose first timed run took under FAST_SECONDS gets `fast_runs` runs in all (if
    that is more than `runs`), the others `runs`."""
    wanted = {id(form): runs for form in forms}
    for round_no in range(max(runs, fast_runs)):
        active = [form for form in forms if len(form.times) < wanted[id(form)]]
        if not active:
            break
        shift = round_no % len(active)
        for form in active[shift:] + active[:shift]:
            elapsed, rss = timed_run(form)
            form.times.append(elapsed)
            if wait4_peaks:
                form.peak_kib = max(form.peak_kib, rss)
            if round_no == 0 and elapsed < FAST_SECONDS:
                wanted[id(form)] = max(runs, fast_runs)
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def folder_bytes(folder: Path) -> int:
    """The sum of the sizes of the files under `folder` (0 if there is none)."""
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def write_stdout_seconds(size: int) -> float:
    """Seconds to write `size` bytes where every form's stdout goes: /dev/null."""
    start = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        sink.write(bytes(size))
    return time.perf_counter() - start


def write_files_seconds(files: list[Path]) -> float:
    """Seconds to write the bytes of `files` anew beside them, as `export` publishes its files:
    each copied to a temporary file, fsynced (SQLite's COMMIT syncs its database) and moved onto
    a new name. The copies are removed afterwards, outside the timed span."""
    copies = [path.with_name(path.name + ".copy") for path in files]
    start = time.perf_counter()
    for path, copy in zip(files, copies, strict=True):
        temp = path.with_name(path.name + ".tmp")
        with open(path, "rb") as source, open(temp, "wb") as target:
            shutil.copyfileobj(source, target, 1 << 20)
            target.flush()
            os.fsync(target.fileno())
        os.replace(temp, copy)
    elapsed = time.perf_counter() - start
    for copy in copies:
        copy.unlink()
    return elapsed


def write_ms(form: Form) -> float:
    """The time to write a whole-corpus form's output: the median of WRITE_REPEATS writes of
    the bytes of its last run's output (files for export, stdout for the others)."""
    hook = form.before
    if isinstance(hook, FreshFolder) and hook.role == "output" and hook.current is not None:
        files = sorted(hook.current.iterdir())
        times = [write_files_seconds(files) for _ in range(WRITE_REPEATS)]
    else:
        times = [write_stdout_seconds(form.out_bytes) for _ in range(WRITE_REPEATS)]
    return statistics.median(times) * 1000


PARSE = (
    "import sys, pathlib\n"
    "try: import tomllib\n"
    "except ImportError: import tomli as tomllib  # Python 3.10\n"
    "for p in sorted(pathlib.Path(sys.argv[1]).glob('*.toml')):\n"
    "    with open(p, 'rb') as f: tomllib.load(f)\n"
)


def size_forms(
    python: str, adhocq: str, corpus: Generated, root: Path, new_folder: list[str]
) -> dict[str, Form]:
    """The forms measured on one corpus. The warm ones share the corpus's cache folder."""
    size, data = corpus.files, ["--data", str(corpus.folder)]
    csv = ["-f", "csv", *data]
    warm = {"XDG_CACHE_HOME": str(root / f"cache-{size}")}
    per_query = [adhocq, "measures", "-q", corpus.query, "--type", corpus.type, *csv]
    forms = {
        "per-query warm": Form("per-query warm", per_query, warm, "per-query"),
        "per-query no-cache": Form(
            "per-query no-cache", per_query, {**warm, "ADHOCQ_NO_CACHE": "1"}, "no-cache"
        ),
    }
    for key in new_folder:
        fresh = FreshFolder(root / f"new-folder-{size}-{key}", "cache")
        argv = [adhocq, *CROSS[key], *csv]
        forms[f"{key}, new folder"] = Form(
            f"{key}, new folder", argv, {}, "new-folder", before=fresh, warm_up=False
        )
    for key, words in CROSS.items():
        forms[f"{key} warm"] = Form(f"{key} warm", [adhocq, *words, *csv], warm, "cross")
    cite = [adhocq, "cite", "--all", "--accessed", ACCESSED, *data]
    forms["cite --all warm"] = Form("cite --all warm", cite, warm, "whole-corpus")
    export = [adhocq, "export", *data, "--sqlite", "(a new file each run)"]
    output = FreshFolder(root / f"export-{size}", "output")
    forms["export --sqlite warm"] = Form(
        "export --sqlite warm", export, warm, "whole-corpus", before=output
    )
    parse = [python, "-c", PARSE, str(corpus.folder)]
    forms["tomllib parse"] = Form("tomllib parse", parse, kind="parse")
    return forms


def bundled_forms(python: str, adhocq: str, cache: Path) -> list[Form]:
    """run.py's floors and its forms with a target, and the per-query command, on the bundled
    corpus with a cache folder of its own."""
    env = {"XDG_CACHE_HOME": str(cache)}
    floors = run.floors(python)
    forms = [
        Form(f"floor: {key}", floors[key].argv, kind="floor") for key in ("typer", "typer+rich")
    ]
    per_query = ["measures", "-q", BUNDLED_QUERY, "--type", BUNDLED_TYPE, "-f", "csv"]
    forms.append(Form("per-query warm, bundled", [adhocq, *per_query], env, kind="per-query"))
    for form in run.adhocq_forms(adhocq):
        if form.kind in run.TARGETS:
            key = " ".join(form.argv[1:])
            forms.append(Form(key, form.argv, env, kind=form.kind))
    return forms


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--sizes",
        default=",".join(map(str, DEFAULT_SIZES)),
        help="comma-separated numbers of query files (default 100,1000,5000)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=DEFAULT_RUNS,
        help=f"runs per slow form (default {DEFAULT_RUNS})",
    )
    parser.add_argument(
        "--fast-runs",
        type=int,
        default=DEFAULT_FAST_RUNS,
        help=f"runs of a form whose first run took under {FAST_SECONDS:g} s "
        f"(default {DEFAULT_FAST_RUNS})",
    )
    parser.add_argument(
        "--new-folder",
        default="queries",
        help="comma-separated cross-query commands to time on an empty cache "
        f"(of {', '.join(CROSS)}; default queries)",
    )
    parser.add_argument("--python", default=sys.executable, help="python of adhocq's venv")
    parser.add_argument("--json", type=Path, help="write the raw numbers to this file")
    parser.add_argument("--keep", type=Path, help="write the corpora here and keep them")
    args = parser.parse_args()
    try:
        args.sizes = sorted({int(part) for part in args.sizes.split(",") if part.strip()})
    except ValueError:
        parser.error("--sizes takes numbers separated by commas, e.g. 100,1000")
    if not args.sizes or min(args.sizes) < 1 or max(args.sizes) > 9999:
        parser.error("--sizes must be between 1 and 9999")
    args.new_folder = [word.strip() for word in args.new_folder.split(",") if word.strip()]
    if any(word not in CROSS for word in args.new_folder):
        parser.error(f"--new-folder takes some of: {', '.join(CROSS)}")
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
    peak_prefix = run.gnu_time()
    print(
        f"python: {python} ({version.stdout.strip()}); {platform.platform()}; "
        f"{os.cpu_count()} CPUs; load average {load_average()}\nround-robin, {args.runs} runs "
        f"of each form, {max(args.runs, args.fast_runs)} of those under {FAST_SECONDS:g} s"
    )
    package = run.compile_adhocq(python)
    print(f"adhocq: {package}, bytecode compiled first (as pip does on install)")
    tmp = tempfile.TemporaryDirectory(prefix="adhocq-corpus-bench-")
    root = args.keep or Path(tmp.name)
    corpora = {size: write_corpus(root / f"corpus-{size}", size) for size in args.sizes}
    report.corpora(corpora)
    report.method(peak_prefix)
    bundled = bundled_forms(python, adhocq, root / "cache-bundled")
    by_size = {
        size: size_forms(python, adhocq, corpus, root, args.new_folder)
        for size, corpus in corpora.items()
    }
    every = [*bundled, *(form for forms in by_size.values() for form in forms.values())]
    sys.stdout.flush()
    first_runs(every, peak_prefix)
    caches = {size: folder_bytes(root / f"cache-{size}") for size in by_size}
    rounds(every, args.runs, args.fast_runs, wait4_peaks=not peak_prefix)
    writes = {
        size: {key: write_ms(form) for key, form in forms.items() if form.kind == "whole-corpus"}
        for size, forms in by_size.items()
    }
    own_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\nThis script's own peak RSS: {own_mib:.1f} MiB.\n")
    report.timings(bundled, by_size)
    report.commands(by_size, corpora, root)
    measured = report.Measured(bundled, by_size, corpora, caches, writes)
    checks = report.targets(measured)
    elapsed = time.perf_counter() - started
    print(f"\nwhole run: {elapsed:.0f} s; load average now {load_average()}")
    if args.json:
        numbers = {
            "python": python,
            "python_version": version.stdout.strip(),
            "machine": f"{platform.platform()}; {os.cpu_count()} CPUs",
            "runs": args.runs,
            "seed": SEED,
            "peak_memory": "GNU time, one run" if peak_prefix else "os.wait4 ru_maxrss",
            "script_peak_kib": round(own_mib * 1024),
            **measured.summary(),
            "targets": checks,
            "seconds": round(elapsed, 1),
        }
        args.json.write_text(json.dumps(numbers, indent=2) + "\n", encoding="utf-8")
        print(f"raw numbers written to {args.json}")
    tmp.cleanup()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
