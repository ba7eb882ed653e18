"""Case- and accent-insensitive matching: 'Réaffect' and 'reaffect' fold to the same text."""

from __future__ import annotations

import unicodedata


def fold_char(char: str) -> str:
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


class _Folded(dict[int, str]):
    """A table for `str.translate`: each character's folded form, worked out the first time the
    character is seen (a corpus index folds every text of every query, with few characters)."""

    def __missing__(self, point: int) -> str:
        folded = self[point] = fold_char(chr(point))
        return folded


_FOLDED = _Folded()


def fold(text: str) -> str:
    """`text` as `fold_char` folds each of its characters."""
    if text.isascii():
        return text.casefold()
    return text.translate(_FOLDED)


def spans(text: str, needle: str) -> list[tuple[int, int]]:
    """Where `needle` occurs in `text`, compared folded, as (start, end) offsets into `text`."""
    target = fold(needle)
    if not target:
        return []
    folded: list[str] = []
    owner: list[int] = []  # index in `text` of each folded character
    for index, char in enumerate(text):
        for piece in fold_char(char):
            folded.append(piece)
            owner.append(index)
    haystack = "".join(folded)
    found: list[tuple[int, int]] = []
    start = haystack.find(target)
    while start != -1:
        end = start + len(target)
        stop = owner[end - 1] + 1
        while stop < len(text) and not fold_char(text[stop]):  # trailing combining marks
            stop += 1
        found.append((owner[start], stop))
        start = haystack.find(target, end)
    return found
