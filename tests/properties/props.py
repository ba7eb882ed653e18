"""The Hypothesis settings of the property-based tests.

Tests whose examples run the CLI several times report their first failing example unshrunk
(see `props`); Hypothesis keeps failing examples in .hypothesis/ and replays them first.
Under CI (CI=true) the examples are derived from each test's name, so a CI run is reproducible
and does not fail on a draw nobody can replay; locally every run draws new examples.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, Phase, settings


def props(examples: int, shrink: bool = True, all_bugs: bool = False) -> settings:
    """Settings for these tests: no deadline, and one bug reported per test unless `all_bugs`
    (looking for more, and shrinking each, costs minutes). `shrink=False` for tests whose every
    example runs the CLI several times: the first failing example is reported as found (its
    draws are labelled)."""
    phases = [p for p in Phase if shrink or p is not Phase.shrink]
    return settings(
        max_examples=examples,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        report_multiple_bugs=all_bugs,
        phases=phases,
        derandomize=os.environ.get("CI") == "true",
    )
