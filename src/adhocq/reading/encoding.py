"""The model <-> plain values that `marshal` can hold (nested tuples and lists of str, int,
float, None), for the cache: a list `[kind, *arguments]` for each model object, enum member
and date. Decoding checks the exact type of every argument against the model's fields, so that
damaged data raises instead of making an object that holds the wrong type."""

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


_LEAVES = frozenset({str, int, float, bool, type(None)})  # what marshal gives back as it is

Kind = tuple[Any, frozenset[tuple[Any, ...]], tuple[tuple[int, Any], ...], bool]
"""What makes a value of a kind from its arguments; every sequence of exact types its arguments
may have (its signatures: one per choice of `T` or `None` in its optional fields); the position
and item type of each field of tuple[T, ...]; and whether its arguments are all leaves, that
is, used as marshal gives them."""


def _kind(make: Any, annotations: Iterable[Any]) -> Kind:
    choices = [_choices(annotation) for annotation in annotations]
    signatures = frozenset(itertools.product(*(exact for exact, _ in choices)))
    items = tuple((i, item) for i, (_, item) in enumerate(choices) if item is not None)
    return make, signatures, items, all(t in _LEAVES for exact, _ in choices for t in exact)


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
        return tuple(encode(v) for v in value)
    if value is None or isinstance(value, str | int | float):
        return value
    raise ValueError(f"cannot cache a {type(value).__name__}")


def decode(value: Any) -> Any:
    # Exact types (marshal gives nothing else), and leaves kept without a call: this is most of
    # a cached run's loading time. Every argument is checked, so that a damaged entry raises
    # instead of making a model object that holds the wrong type: the exact types of them all
    # at once against the kind's signatures, then each item of its tuples.
    kind = type(value)
    if kind is list:
        make, signatures, items, leaves = _KINDS[value[0]]
        arguments = (
            value[1:] if leaves else [decode(v) if type(v) in _NESTED else v for v in value[1:]]
        )
        if tuple(map(type, arguments)) not in signatures:
            raise ValueError(f"not the arguments of a {value[0]}")
        for index, item in items:
            for each in arguments[index]:
                if type(each) is not item:
                    raise ValueError(f"not the arguments of a {value[0]}")
        return make(*arguments)
    if kind is tuple:
        return tuple([decode(v) if type(v) in _NESTED else v for v in value])
    return value


_NESTED = (list, tuple)
