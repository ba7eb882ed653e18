"""Fixtures of the property-based tests."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Where the command lines run: whatever they write stays out of the checkout."""
    return tmp_path_factory.mktemp("cli-workdir")
