"""The model <-> plain values that `marshal` can hold (nested tuples and lists of str, int,
float, None), for the cache: a list `[kind, *arguments]` for each model object, enum member
and date. Decoding checks the exact type of every argument against the model's fields, so that
damaged data raises instead of making an object that holds the wrong type."""

import datetime
import types
import typing
from dataclasses import fields
from enum import Enum
from typing import Any

from adhocq import model
from adhocq.record import Record


def _argument_type(annotation: Any) -> Any:
    """What an encoded argument must be exactly: a type, (T,) for a field of tuple[T, ...], or
    a frozenset of the types a field of `T | None` may hold."""
    if typing.get_origin(annotation) is tuple:
        item, _ = typing.get_args(annotation)
        return (item,)
    if isinstance(annotation, types.UnionType):
        return frozenset(typing.get_args(annotation))
    if isinstance(annotation, type):
        return annotation
    raise TypeError(f"the cache cannot check a field of type {annotation!r}")


def _kinds() -> dict[str, tuple[Any, tuple[Any, ...]]]:
    """Each kind's name -> (what makes a value of it, the exact type of each argument)."""
    kinds: dict[str, tuple[Any, tuple[Any, ...]]] = {"date": (datetime.date, (int, int, int))}
    for name, kind in vars(model).items():
        if isinstance(kind, type) and kind.__module__ == model.__name__:
            if issubclass(kind, Record):
                record_fields = fields(typing.cast(Any, kind))  # a dataclass, made by @record
                kinds[name] = (kind, tuple(_argument_type(f.type) for f in record_fields))
            elif issubclass(kind, Enum):  # a dict lookup: calling an Enum class is far slower
                kinds[name] = ({member.value: member for member in kind}.__getitem__, (str,))
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
    # instead of making a model object that holds the wrong type.
    kind = type(value)
    if kind is list:
        make, expected = _KINDS[value[0]]
        arguments = [decode(v) if type(v) in _NESTED else v for v in value[1:]]
        if len(arguments) != len(expected) or not all(map(_fits, arguments, expected)):
            raise ValueError(f"not the arguments of a {value[0]}")
        return make(*arguments)
    if kind is tuple:
        return tuple([decode(v) if type(v) in _NESTED else v for v in value])
    return value


def _fits(value: Any, expected: Any) -> bool:
    if type(expected) is tuple:  # (T,): a tuple of T
        return type(value) is tuple and all(type(item) is expected[0] for item in value)
    if type(expected) is frozenset:  # T | None
        return type(value) in expected
    return type(value) is expected


_NESTED = (list, tuple)
