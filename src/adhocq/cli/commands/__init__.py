"""One module per command: options in, one query call, one emit. No logic here.

These modules, and `app.py`, do not use `from __future__ import annotations`: Typer reads the
signatures at every start, and would compile each annotation string with `eval` (issue "Speed").
"""
