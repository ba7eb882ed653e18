"""Whole-process wall time and peak memory of adhocq command forms, against floors and peers.

Standard library only. Every form is run round-robin (the starting form rotates each round) so
drift on the machine falls on all forms alike. See benchmarks/README.md for the targets.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import platform
import shlex
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

MEMORY_TARGET_MIB = 25.0
PEER_TARGET = 1.5
# Issue 14 §2 (the corpus issue raised both from 1.10 to 1.15: a dataset of many queries).
TARGETS = {"machine": ("typer", 1.15), "table": ("typer+rich", 1.15), "help": ("typer+rich", 1.25)}
HEADER = ["form", "median ms", "min-max ms", "peak MiB"]
QUESTIONS = {"staffing": "staffing", "psych": "psychological-support"}
# Every child gets this environment; main() points XDG_CACHE_HOME at a folder of its own, so
# adhocq's dataset cache is the benchmark's (filled by the warm-up run), never the user's.
CHILD_ENV = dict(os.environ)


@dataclass
class Form:
    argv: list[str]
    kind: str  # floor | machine | table | help | no-cache | completion | peer
    cwd: str | None = None
    extra_env: dict[str, str] = field(default_factory=dict)
    times: list[float] = field(default_factory=list)  # seconds
    peak_kib: int = 0  # from GNU time if available, else the largest os.wait4 ru_maxrss

    @property
    def label(self) -> str:
        settings = [f"{key}={shlex.quote(value)}" for key, value in self.extra_env.items()]
        return " ".join([*settings, show(self.argv)])

    @property
    def env(self) -> dict[str, str]:
        return {**CHILD_ENV, **self.extra_env}

    @property
    def median_ms(self) -> float:
        return statistics.median(self.times) * 1000

    def summary(self) -> dict[str, Any]:
        ms, median = [round(t * 1000, 3) for t in self.times], round(self.median_ms, 3)
        return {"label": self.label, "times_ms": ms, "median_ms": median, "peak_kib": self.peak_kib}


def gnu_time() -> list[str]:
    """`/usr/bin/time -f %M` if it is GNU time, else []."""
    prefix = ["/usr/bin/time", "-f", "%M"]
    try:
        done = subprocess.run([*prefix, "true"], capture_output=True, text=True, check=False)
    except OSError:
        return []
    return prefix if done.returncode == 0 and done.stderr.strip().isdigit() else []


def timed_run(form: Form) -> tuple[float, int]:
    """Wall seconds from spawn to reap, and ru_maxrss in KiB from os.wait4 (0 if unknown).

    On Linux that ru_maxrss is at least this script's own RSS at fork (the child's memory before
    exec counts), so it is only an upper bound; GNU time, forking from a small process, is not.
    """
    null = subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(
        form.argv, stdin=null, stdout=null, stderr=null, cwd=form.cwd, env=form.env
    )
    if hasattr(os, "wait4"):
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        rss = usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1)  # bytes on macOS
    else:
        proc.wait()
        elapsed, rss = time.perf_counter() - start, 0
    if proc.returncode != 0:
        sys.exit(f"run.py: {form.label} exited {proc.returncode}")
    return elapsed, rss


def output_of(form: Form, prefix: list[str] | None = None) -> str:
    """One untimed run, checked; its stdout (or, under GNU time, the peak RSS it reports)."""
    argv = [*(prefix or []), *form.argv]
    done = subprocess.run(
        argv, capture_output=True, text=True, cwd=form.cwd, env=form.env, check=False
    )
    if done.returncode != 0:
        sys.exit(f"run.py: {form.label} exited {done.returncode}:\n{done.stderr.strip()}")
    return done.stderr.strip().splitlines()[-1] if prefix else done.stdout


def measure(forms: list[Form], runs: int, peak_prefix: list[str]) -> None:
    sys.stdout.flush()
    for form in forms:  # warm-up, exit status check and (with GNU time) peak memory
        output_of(form)
        if peak_prefix:
            form.peak_kib = int(output_of(form, peak_prefix))
    for round_no in range(runs):
        shift = round_no % len(forms)
        for form in forms[shift:] + forms[:shift]:
            elapsed, rss = timed_run(form)
            form.times.append(elapsed)
            if not peak_prefix:
                form.peak_kib = max(form.peak_kib, rss)
        print(".", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)


def show(argv: list[str]) -> str:
    """The command line for display: program by name, SQL in double quotes."""
    words = [f'"{a}"' if "'" in a and not set('"$`\\!') & set(a) else shlex.quote(a) for a in argv]
    return " ".join([Path(argv[0]).name, *words[1:]])


def verdict(ok: bool) -> str:
    return "meets" if ok else "MISSES"


def print_table(header: list[str], rows: list[list[str]]) -> None:
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        cells = [
            cell.ljust(w) if i == 0 else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(cells).rstrip())


def ms_cells(form: Form) -> list[str]:
    low, high = min(form.times) * 1000, max(form.times) * 1000
    mib = f"{form.peak_kib / 1024:.1f}" if form.peak_kib else "n/a"
    return [f"{form.median_ms:.1f}", f"{low:.1f}-{high:.1f}", mib]


def floors(python: str) -> dict[str, Form]:
    check = "import sys; print(sys.version_info >= (3, 11))"
    new = subprocess.run([python, "-c", check], capture_output=True, text=True, check=True)
    toml = "tomllib" if new.stdout.strip() == "True" else "tomli"
    codes = {
        "pass": "pass",
        "stdlib": f"import {toml}, dataclasses, csv, json",
        "typer": "import typer",
        "typer+rich": "import typer, rich.console, rich.table",
    }
    argvs = {key: [python, "-c", code] for key, code in codes.items()}
    return {key: Form(argv, "floor") for key, argv in argvs.items()}


def adhocq_forms(adhocq: str) -> list[Form]:
    staffing = ["measures", "--type", "staffing", "--format"]
    specs = [([*staffing, fmt], "machine") for fmt in ("csv", "json", "jsonl", "tsv", "markdown")]
    specs += [
        (["countries", "--offers-service", "--format", "csv"], "machine"),
        (["count", "--by", "type", "--format", "csv"], "machine"),
        ([*staffing, "table"], "table"),
        (["--help"], "help"),
    ]
    forms = [Form([adhocq, *args], kind) for args, kind in specs]
    no_cache = Form([adhocq, *staffing, "csv"], "no-cache", extra_env={"ADHOCQ_NO_CACHE": "1"})
    # A Tab in zsh after `adhocq show `: the country codes of the query with their names.
    tab = {"_ADHOCQ_COMPLETE": "complete_zsh", "_TYPER_COMPLETE_ARGS": "adhocq show "}
    completion = Form([adhocq], "completion", extra_env=tab)
    return [*forms, no_cache, completion]


def compile_adhocq(python: str) -> str:
    """Write adhocq's bytecode, as pip does when it installs a package: an editable install
    (or PYTHONDONTWRITEBYTECODE) would otherwise compile every module on every run."""
    find = "import adhocq, os; print(os.path.dirname(adhocq.__file__))"
    where = subprocess.run([python, "-c", find], capture_output=True, text=True, check=True)
    package = where.stdout.strip()
    subprocess.run([python, "-m", "compileall", "-q", package], check=True)
    return package


def main_report(floor: dict[str, Form], forms: list[Form]) -> list[dict[str, Any]]:
    rows, results = [], []
    for form in [*floor.values(), *forms]:
        cells = [form.label, *ms_cells(form)]
        if form.kind == "floor":
            rows.append([*cells, "", "", "", "", ""])
            continue
        if form.kind not in TARGETS:  # shown for what it costs, with no target of its own
            ratio = form.median_ms / floor["typer"].median_ms
            rows.append([*cells, "typer", f"{ratio:.2f}", "-", "-", "-"])
            results.append({**form.summary(), "floor": "typer", "ratio": round(ratio, 3)})
            continue
        base, target = TARGETS[form.kind]
        ratio = form.median_ms / floor[base].median_ms
        mem_ok = form.peak_kib / 1024 <= MEMORY_TARGET_MIB if form.peak_kib else None
        mem = "n/a" if mem_ok is None else verdict(mem_ok)
        rows.append(
            [*cells, base, f"{ratio:.2f}", f"<={target:.2f}", verdict(ratio <= target), mem]
        )
        result = {"floor": base, "ratio": round(ratio, 3), "target": target, "memory_meets": mem_ok}
        results.append({**form.summary(), **result, "meets": ratio <= target})
    print_table(
        [*HEADER, "floor", "ratio", "target", "time", f"mem<={MEMORY_TARGET_MIB:g}MiB"], rows
    )
    return results


def peers_venv(python: str, where: Path) -> Path | None:
    """A venv at `where` with csvkit and sqlite-utils, or None (and a message) if pip fails."""
    bin_dir = where / ("Scripts" if os.name == "nt" else "bin")
    if (bin_dir / "csvgrep").exists() and (bin_dir / "sqlite-utils").exists():
        return bin_dir
    pip = "-m pip install --quiet --disable-pip-version-check --timeout 20 --retries 1"
    steps = [
        [python, "-m", "venv", str(where)],
        [str(bin_dir / "python"), *pip.split(), "csvkit", "sqlite-utils"],
    ]
    print(f"run.py: installing csvkit and sqlite-utils into {where} ...", file=sys.stderr)
    for step in steps:
        done = subprocess.run(step, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            last = (done.stderr.strip().splitlines() or ["(no output)"])[-1]
            print(f"\nPeers skipped: `{show(step[:5])} ...` failed (no network?): {last}")
            return None
    return bin_dir


def build_data(adhocq: str, work: Path) -> None:
    text = subprocess.run(
        [adhocq, "measures", "--format", "csv"], capture_output=True, text=True, check=True
    ).stdout
    (work / "measures.csv").write_text(text, encoding="utf-8", newline="")
    header, *body = list(csv.reader(io.StringIO(text)))
    con = sqlite3.connect(work / "data.db")
    columns = ", ".join(f'"{name}" TEXT' for name in header)
    con.execute(f"CREATE TABLE measures ({columns})")
    con.executemany(f"INSERT INTO measures VALUES ({', '.join('?' * len(header))})", body)
    con.commit()
    con.close()


def run_peers(
    adhocq: str, bin_dir: Path, work: Path, runs: int, peak_prefix: list[str]
) -> list[dict[str, Any]]:
    build_data(adhocq, work)
    groups: dict[str, list[Form]] = {}
    for key, value in QUESTIONS.items():
        sql = f"select * from measures where type = '{value}'"
        argvs = [
            [str(bin_dir / "csvgrep"), "-c", "type", "-m", value, "measures.csv"],
            [str(bin_dir / "sqlite-utils"), "query", "data.db", sql, "--csv"],
            [adhocq, "measures", "--type", value, "--format", "csv"],
        ]
        groups[key] = [Form(a, "peer", cwd=str(work)) for a in argvs]
    measure([form for group in groups.values() for form in group], runs, peak_prefix)
    results = []
    for key, (csvgrep, sqlite_utils, ours) in groups.items():
        answers = [
            sorted(csv.reader(io.StringIO(output_of(f)))) for f in (csvgrep, sqlite_utils, ours)
        ]
        agree = all(a == answers[2] for a in answers)
        print(
            f"\nQuestion: type = {QUESTIONS[key]} ({len(answers[2]) - 1} rows; "
            f"answers {'agree' if agree else 'DIFFER'} across the three tools)"
        )
        rows = [[ours.label, *ms_cells(ours), "", "", ""]]
        for peer in (csvgrep, sqlite_utils):
            ratio = peer.median_ms / ours.median_ms
            cells = [f"{ratio:.2f}", f">={PEER_TARGET:.2f}", verdict(ratio >= PEER_TARGET)]
            rows.append([peer.label, *ms_cells(peer), *cells])
            results.append(
                {
                    "question": QUESTIONS[key],
                    "answers_agree": agree,
                    "peer_over_adhocq": round(ratio, 3),
                    "meets": ratio >= PEER_TARGET,
                    "peer": peer.summary(),
                    "adhocq": ours.summary(),
                }
            )
        print_table([*HEADER, "peer/adhocq", "target", "verdict"], rows)
    return results


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15, help="rounds per form (default 15)")
    parser.add_argument("--python", default=sys.executable, help="python of adhocq's venv")
    parser.add_argument("--peers", action="store_true", help="also time csvkit and sqlite-utils")
    parser.add_argument("--peers-venv", type=Path, help="venv for the peers (created if missing)")
    parser.add_argument("--json", type=Path, help="write the raw numbers to this file")
    args = parser.parse_args()
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    return args


def main() -> int:
    args = parse_args()
    python = str(Path(args.python).absolute())  # not resolve(): a venv's python is a symlink
    adhocq = str(Path(python).parent / "adhocq")
    if not Path(adhocq).exists():
        sys.exit(f"run.py: no adhocq next to {python}; pass --python of the venv holding it")
    version = subprocess.run([python, "--version"], capture_output=True, text=True, check=True)
    print(
        f"python: {python} ({version.stdout.strip()}); {platform.platform()}; "
        f"{os.cpu_count()} CPUs; {args.runs} rounds, round-robin"
    )
    package = compile_adhocq(python)
    print(f"adhocq: {package}, bytecode compiled first (as pip does on install)")
    peak_prefix = gnu_time()
    memory = "one run under GNU `/usr/bin/time -f %M`"
    if not peak_prefix:
        memory = "os.wait4 ru_maxrss, an upper bound: Linux counts this script's RSS at fork"
    print("stdout of every form is /dev/null (not a terminal): the table form renders without")
    print(f"colour at the default width. peak MiB: {memory}.")
    floor, forms = floors(python), adhocq_forms(adhocq)
    cache_home = tempfile.TemporaryDirectory(prefix="adhocq-bench-cache-")
    CHILD_ENV["XDG_CACHE_HOME"] = cache_home.name
    print("dataset cache: the benchmark's own, filled by the warm-up run; the ADHOCQ_NO_CACHE=1")
    print("form shows a run that has to parse and check the TOML (a first run, or a new file).\n")
    measure([*floor.values(), *forms], args.runs, peak_prefix)
    report: dict[str, Any] = {
        "python": python,
        "python_version": version.stdout.strip(),
        "runs": args.runs,
        "peak_memory_method": memory,
        "machine": f"{platform.platform()}; {os.cpu_count()} CPUs",
        "floors": {key: form.summary() for key, form in floor.items()},
        "adhocq": main_report(floor, forms),
        "peers": None,
    }
    if args.peers:
        with tempfile.TemporaryDirectory(prefix="adhocq-bench-") as tmp:
            bin_dir = peers_venv(python, args.peers_venv or Path(tmp) / "venv")
            if bin_dir is not None:
                work = Path(tmp) / "data"
                work.mkdir()
                report["peers"] = run_peers(adhocq, bin_dir, work, args.runs, peak_prefix)
            else:
                report["peers"] = "skipped: pip install failed"
    cache_home.cleanup()
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
        print(f"\nraw numbers written to {args.json}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
