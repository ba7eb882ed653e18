"""The model <-> plain values that JSON can hold (nested lists of str, int, float, bool, None),
for the store: a list `[kind, *arguments]` for each model object, enum member and date, and a
list of its items for each tuple. Decoding is led by the model: a field of tuple[T, ...] holds
the items' list, any other list is a kind. It checks the exact type of every argument against
the model's fields, so that damaged data raises instead of making an object that holds the
wrong type."""

import datetime
import itertools
import types
import typing
from collections.abc import Iterable
from dataclasses import fields
from enum import Enum
from typing import Any

from adhocq import model
from adhocq.record import Record, maker


def _choices(annotation: Any) -> tuple[tuple[Any, ...], Any]:
    """The exact types a field's decoded argument may have, and the exact type of each of its
    items for a field of tuple[T, ...] (T; None for any other field)."""
    if typing.get_origin(annotation) is tuple:
        item, _ = typing.get_args(annotation)
        return (tuple,), item
    if isinstance(annotation, types.UnionType):
        return typing.get_args(annotation), None
    if isinstance(annotation, type):
        return (annotation,), None
    raise TypeError(f"the cache cannot check a field of type {annotation!r}")


_LEAVES = frozenset({str, int, float, bool, type(None)})  # what JSON gives back as it is

Kind = tuple[Any, frozenset[tuple[Any, ...]], bool, tuple[Any, ...]]
"""What makes a value of a kind from its arguments; every sequence of exact types its arguments
may have (its signatures: one per choice of `T` or `None` in its optional fields); whether its
arguments are all leaves, that is, used as JSON gives them; and, for each argument, the exact
type of its items if it is a field of tuple[T, ...] (else None)."""


def _kind(make: Any, annotations: Iterable[Any]) -> Kind:
    choices = [_choices(annotation) for annotation in annotations]
    signatures = frozenset(itertools.product(*(exact for exact, _ in choices)))
    leaves = all(t in _LEAVES for exact, _ in choices for t in exact)
    return make, signatures, leaves, tuple(item for _, item in choices)


def _kinds() -> dict[str, Kind]:
    kinds = {"date": _kind(datetime.date, (int, int, int))}
    for name, kind in vars(model).items():
        if isinstance(kind, type) and kind.__module__ == model.__name__:
            if issubclass(kind, Record):
                record_fields = fields(typing.cast(Any, kind))  # a dataclass, made by @record
                kinds[name] = _kind(maker(kind), (f.type for f in record_fields))
            elif issubclass(kind, Enum):  # a dict lookup: calling an Enum class is far slower
                kinds[name] = _kind({member.value: member for member in kind}.__getitem__, (str,))
    return kinds


_KINDS = _kinds()


def encode(value: Any) -> Any:
    if isinstance(value, Record):
        return [type(value).__name__, *(encode(v) for v in value._values())]
    if isinstance(value, Enum):
        return [type(value).__name__, value.value]
    if isinstance(value, datetime.date):
        return ["date", value.year, value.month, value.day]
    if isinstance(value, tuple):
        return [encode(v) for v in value]
    if value is None or isinstance(value, str | int | float):
        return value
    raise ValueError(f"cannot store a {type(value).__name__}")


def decode(value: Any) -> Any:
    """The model object, enum member or date that `encode` gave `value` for; ValueError if
    `value` is no such thing."""
    if type(value) is not list:
        raise ValueError("not a kind and its arguments")
    return _decoded(value)


def _decoded(value: list[Any]) -> Any:
    # Exact types (JSON gives nothing else), and leaves kept without a call: this is most of a
    # cached run's loading time. Every argument is checked, so that a damaged entry raises
    # instead of making a model object that holds the wrong type: the exact types of them all
    # at once against the kind's signatures, and each item of a tuple as the tuple is made.
    try:
        make, signatures, leaves, items = _KINDS[value[0]]
    except (KeyError, TypeError, IndexError):  # a kind that is not, an unhashable one, none
        raise ValueError("not a kind and its arguments") from None
    arguments = value[1:]
    if len(arguments) != len(items):
        raise ValueError(f"not the arguments of a {value[0]}")
    if not leaves:
        arguments = [
            (_decoded(v) if item is None else decode_items(v, item)) if type(v) is list else v
            for v, item in zip(arguments, items)  # noqa: B905 - lengths checked above
        ]
    if tuple(map(type, arguments)) not in signatures:
        raise ValueError(f"not the arguments of a {value[0]}")
    return make(*arguments)


def decode_items(value: list[Any], item: Any) -> tuple[Any, ...]:
    """A tuple of `item`s from the list `encode` gave for it: each list in it a kind, the rest
    leaves. ValueError if an item is of another type."""
    items = tuple([_decoded(v) if type(v) is list else v for v in value])
    for each in items:
        if type(each) is not item:
            raise ValueError(f"not a tuple of {item.__name__}")
    return items
