"""What corpus.py prints: the corpora, the timings, the commands, and a verdict for each target,
from the medians and peaks of one run. Standard library only."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import run
from synthetic import Generated

if TYPE_CHECKING:
    from corpus import Form

# The corpus targets hold on 1,000 and on 5,000 queries; smaller sizes are reported only.
TARGET_FROM = 1000
FIRST_RUN = 1.5  # the first cross-query command on a new folder / tomllib parsing the files
PER_QUERY = 1.15  # per-query warm on N / the same command on the bundled corpus
CROSS = 2.5  # cross-query warm / `import typer`
WHOLE_CORPUS = 2.5  # (cite or export warm - the time to write their output) / `import typer`
CACHE = 2.0  # bytes in the cache folder / bytes of the TOML files
MEMORY_MIB = 150.0
LINEAR = 1.25  # the time on the largest N / the straight line through the two sizes before it
MIB = 1024 * 1024


@dataclass
class Check:
    what: str
    value: float
    limit: float | None  # None: shown for reference, with no target
    unit: str = "x"

    @property
    def passes(self) -> bool | None:
        return None if self.limit is None else self.value <= self.limit

    def row(self) -> list[str]:
        shown = f"{self.value:.2f}x" if self.unit == "x" else f"{self.value:.1f}{self.unit}"
        if self.limit is None:
            return [self.what, shown, "-", "no target"]
        return [
            self.what,
            shown,
            f"<= {self.limit:g}{self.unit}",
            "PASS" if self.passes else "MISS",
        ]

    def summary(self) -> dict[str, Any]:
        value = round(self.value, 3)
        return {"what": self.what, "value": value, "limit": self.limit, "pass": self.passes}


@dataclass
class Measured:
    bundled: list[Form]
    by_size: dict[int, dict[str, Form]]
    corpora: dict[int, Generated]
    caches: dict[int, int]  # bytes in each corpus's cache folder after the first runs
    writes: dict[int, dict[str, float]]  # ms to write each whole-corpus form's output

    def bundled_form(self, key: str) -> Form:
        return next(form for form in self.bundled if form.key == key)

    def summary(self) -> dict[str, Any]:
        sizes = {
            str(size): {
                "files": self.corpora[size].files,
                "toml_bytes": self.corpora[size].bytes,
                "cache_bytes": self.caches[size],
                "write_output_ms": {k: round(v, 3) for k, v in self.writes[size].items()},
                "forms": {key: form.summary() for key, form in forms.items()},
            }
            for size, forms in self.by_size.items()
        }
        return {"bundled": {form.key: form.summary() for form in self.bundled}, "sizes": sizes}


def print_table(header: list[str], rows: list[list[str]], left: int = 1) -> None:
    """Columns padded to their widest cell: the first `left` ones to the left."""
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        line = [
            cell.ljust(w) if i < left else cell.rjust(w)
            for i, (cell, w) in enumerate(zip(row, widths, strict=True))
        ]
        print("  ".join(line).rstrip())


def corpora(written: dict[int, Generated]) -> None:
    for size, corpus in written.items():
        print(
            f"N={size}: {corpus.files} files, {corpus.bytes / 1024:.0f} KiB in {corpus.folder}; "
            f"per-query command on {corpus.query}, type {corpus.type}"
        )


def method(peak_prefix: list[str]) -> None:
    print(
        "Every corpus (and the bundled one) has a cache folder of its own, filled by the warm-up\n"
        "runs; a 'new folder' form gets a new, empty cache folder before each run, made outside\n"
        "the timed span; a no-cache form sets ADHOCQ_NO_CACHE=1. stdout is /dev/null."
    )
    if peak_prefix:
        print("peak MiB: one untimed run of each form under GNU `/usr/bin/time -f %M`.")
    else:
        print(
            "peak MiB: the largest ru_maxrss os.wait4 gave, an upper bound: Linux counts this\n"
            "script's own peak RSS in it (no GNU time here)."
        )


def cells(form: Form) -> list[str]:
    low, high = min(form.times) * 1000, max(form.times) * 1000
    mib = f"{form.peak_kib / 1024:.1f}"
    return [f"{form.median_ms:.1f}", f"{low:.1f}-{high:.1f}", mib, str(len(form.times))]


def timings(bundled: list[Form], by_size: dict[int, dict[str, Form]]) -> None:
    header = ["form", "N", "median ms", "min-max ms", "peak MiB", "runs", "lines out"]
    rows = [[form.key, "-", *cells(form), str(form.lines)] for form in bundled]
    first = next(iter(by_size.values()))
    for key in first:
        for size, forms in by_size.items():
            lines = "-" if forms[key].kind == "parse" else str(forms[key].lines)
            rows.append([key, str(size), *cells(forms[key]), lines])
    print_table(header, rows, left=2)


def commands(
    by_size: dict[int, dict[str, Form]], written: dict[int, Generated], root: Path
) -> None:
    largest = max(by_size)
    folder = str(written[largest].folder)
    print(f"\nThe commands, FOLDER being the corpus of N={largest} and TMP the benchmark's folder")
    print("(the others differ in -q and --type, named above, and in FOLDER):")
    for key, form in by_size[largest].items():
        if form.kind == "parse":
            print(f"  {key}: python -c '<tomllib.load every *.toml of FOLDER, in name order>'")
        else:
            label = form.label.replace(folder, "FOLDER").replace(str(root), "TMP")
            label = re.sub(r"/run-[0-9]+/", "/run-K/", label)  # a new folder for each run
            print(f"  {key}: {label}")


def size_checks(measured: Measured, size: int) -> list[Check]:
    forms = measured.by_size[size]
    typer = measured.bundled_form("floor: typer").median_ms
    parse = forms["tomllib parse"].median_ms
    bundled = measured.bundled_form("per-query warm, bundled").median_ms
    checks = []
    for key, form in forms.items():
        if form.kind == "new-folder":
            checks.append(Check(f"{key} / tomllib parse", form.median_ms / parse, FIRST_RUN))
        elif form.kind == "per-query":
            what = f"{key} / the same on the bundled corpus"
            checks.append(Check(what, form.median_ms / bundled, PER_QUERY))
        elif form.kind == "cross":
            checks.append(Check(f"{key} / import typer", form.median_ms / typer, CROSS))
        elif form.kind == "whole-corpus":
            write = measured.writes[size][key]
            what = f"({key} - {write:.1f} ms to write its output) / import typer"
            checks.append(Check(what, (form.median_ms - write) / typer, WHOLE_CORPUS))
    cache, toml = measured.caches[size], measured.corpora[size].bytes
    what = f"cache on disk ({cache / MIB:.1f} MiB) / TOML files ({toml / MIB:.1f} MiB)"
    checks.append(Check(what, cache / toml, CACHE))
    checks.append(largest_peak([f for f in forms.values() if f.kind != "parse"], MEMORY_MIB))
    no_cache = forms["per-query no-cache"].median_ms / parse
    checks.append(Check("per-query no-cache / tomllib parse", no_cache, None))
    return checks


def largest_peak(forms: list[Form], limit: float) -> Check:
    top = max(forms, key=lambda form: form.peak_kib)
    return Check(f"peak memory, largest ({top.key})", top.peak_kib / 1024, limit, " MiB")


def linearity(by_size: dict[int, dict[str, Form]]) -> list[Check]:
    """Per form: the median on the largest N against the straight line through the two sizes
    before it (through 0 and the smaller size if there are two), its slope taken as at least 0
    so that noise on a flat cost is not extrapolated as a fall."""
    sizes = sorted(by_size)
    low, high = [0, *sizes[:-1]][-2:]
    largest = sizes[-1]
    checks = []
    for key, form in by_size[largest].items():
        if form.kind == "parse":
            continue
        at_low = 0.0 if low == 0 else by_size[low][key].median_ms
        at_high = by_size[high][key].median_ms
        slope = max(0.0, (at_high - at_low) / (high - low))
        line = at_high + slope * (largest - high)
        what = f"{key}, N={largest} / the line through N={low} and N={high}"
        checks.append(Check(what, form.median_ms / line, LINEAR))
    return checks


def per_query_table(by_size: dict[int, dict[str, Form]]) -> None:
    sizes = sorted(by_size)
    rows = [
        [key, *(f"{by_size[size][key].median_ms / size:.3f}" for size in sizes)]
        for key in by_size[sizes[0]]
    ]
    print_table(["ms per query", *(f"N={size}" for size in sizes)], rows)


def bundled_checks(bundled: list[Form]) -> list[Check]:
    floors = {f.key.removeprefix("floor: "): f.median_ms for f in bundled if f.kind == "floor"}
    checks = []
    for form in bundled:
        if form.kind in run.TARGETS:
            base, limit = run.TARGETS[form.kind]
            checks.append(
                Check(f"{form.key} / import {base}", form.median_ms / floors[base], limit)
            )
    adhocq = [form for form in bundled if form.kind != "floor"]
    checks.append(largest_peak(adhocq, run.MEMORY_TARGET_MIB))
    return checks


def show(title: str, checks: list[Check]) -> list[dict[str, Any]]:
    print(f"\n{title}")
    print_table(["target", "measured", "limit", "verdict"], [check.row() for check in checks])
    return [check.summary() for check in checks]


def targets(measured: Measured) -> list[dict[str, Any]]:
    """Print a verdict table for each target; return them all for the JSON file."""
    sizes = sorted(measured.by_size)
    judged = [size for size in sizes if size >= TARGET_FROM] or sizes[-1:]
    results = []
    for size in judged:
        title = f"Targets on N={size}, medians of this run:"
        if size < TARGET_FROM:
            title += f" (they are for {TARGET_FROM:,} queries and more; shown as a check)"
        for summary in show(title, size_checks(measured, size)):
            results.append({"size": size, **summary})
    if len(sizes) > 1:
        print("\nCost in N: median ms divided by N")
        per_query_table(measured.by_size)
        results += show("Linear in N:", linearity(measured.by_size))
    else:
        print("\nLinear in N: needs two sizes or more (--sizes).")
    results += show("On the bundled corpus (run.py's targets):", bundled_checks(measured.bundled))
    return results
