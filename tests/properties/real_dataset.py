"""The real dataset (data/responses.toml), as text and as the document tomllib reads, and the
fictional second query of the tests (tests/data/second.toml), which uses more of the format."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10 only
    import tomli as tomllib

ROOT = Path(__file__).resolve().parents[2]
DATA_FILE = ROOT / "data" / "responses.toml"
REAL_TEXT = DATA_FILE.read_text(encoding="utf-8")
REAL: dict[str, Any] = tomllib.loads(REAL_TEXT)
SECOND_FILE = ROOT / "tests" / "data" / "second.toml"
SECOND: dict[str, Any] = tomllib.loads(SECOND_FILE.read_text(encoding="utf-8"))
