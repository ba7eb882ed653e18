"""The Hypothesis settings of the property-based tests.

Tests whose examples run the CLI several times report their first failing example unshrunk
(see `props`); Hypothesis keeps failing examples in .hypothesis/ and replays them first.
Two profiles, chosen by the environment, so that the one test command serves both:
- CI (`CI=true`), and anyone who sets `ADHOCQ_FULL_TESTS=1`: every test's full number of
  examples, derived from each test's name, so that a CI run is reproducible and does not fail on
  a draw nobody can replay;
- otherwise (development): a fifth of the examples, drawn anew at every run, for a quick loop;
  a twentieth (five at least) for the tests marked `costly`, whose every example takes tens
  of milliseconds or more (it parses a whole generated dataset, or runs the CLI): at a fifth,
  these few tests took a fifth of the loop's time, at a tenth still a sixth.
  Over many runs locally and the full run in CI, as much ground is covered.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings

FULL = os.environ.get("CI") == "true" or os.environ.get("ADHOCQ_FULL_TESTS") == "1"
DEVELOPMENT_SHARE = 5
COSTLY_SHARE = 20


def examples_for(full: int, costly: bool = False) -> int:
    """How many examples a test runs under this profile."""
    return full if FULL else max(5, full // (COSTLY_SHARE if costly else DEVELOPMENT_SHARE))


def repetitions(full: int) -> int:
    """How many times a test repeats a run whose outcome must not depend on timing (each run
    starts the CLI): all of them under CI, a fifth locally."""
    return full if FULL else max(1, full // DEVELOPMENT_SHARE)


def props(
    examples: int, shrink: bool = True, all_bugs: bool = False, costly: bool = False
) -> settings:
    """Settings for these tests: no deadline, and one bug reported per test unless `all_bugs`
    (looking for more, and shrinking each, costs minutes). `shrink=False` for tests whose every
    example runs the CLI several times: the first failing example is reported as found (its
    draws are labelled). `costly`: a twentieth of `examples` locally rather than a fifth."""
    phases = [p for p in Phase if shrink or p is not Phase.shrink]
    return settings(
        max_examples=examples_for(examples, costly),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        report_multiple_bugs=all_bugs,
        phases=phases,
        derandomize=FULL,
    )
