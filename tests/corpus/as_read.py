"""What the corpus tests read of a bundled file: its folder, the address of EMN Belgium's
summary pages, each finding's countries as printed (token, EMN code) and the file's notes."""

from __future__ import annotations

from pathlib import Path

from adhocq.model import Dataset

DATA = Path(__file__).resolve().parents[2] / "data"
BE = "https://emnbelgium.be/publication/"

Mentions = list[tuple[str, str | None]]


def mentions_of(ds: Dataset) -> dict[str, Mentions]:
    """Each finding's id -> the countries it names, as printed and as coded."""
    return {f.id: [(m.printed, m.code) for m in f.mentions] for f in ds.findings}


def notes_of(ds: Dataset) -> str:
    """The file's notes on its query, as one text to look for words in."""
    return " ".join(note.en for note in ds.query.notes)
