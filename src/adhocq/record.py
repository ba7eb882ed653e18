"""`@record`: frozen, slotted dataclasses whose methods are shared instead of generated.

`@dataclass(frozen=True)` writes the source of `__init__`, `__eq__`, `__hash__`, `__repr__`,
`__setattr__` and `__delattr__` for every class and compiles it on every import: about 0.3 ms a
class, which for the model alone is most of the time adhocq may add to Typer's start-up (issue
"Speed"). A `@record` class is still a real dataclass (`dataclasses.fields`, `replace` and
`asdict` work), immutable (assignment raises `FrozenInstanceError`) and checked by mypy as a
frozen dataclass; the methods below do the same job for every class, compiled once into the
module's bytecode cache.
"""

from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, fields
from typing import TYPE_CHECKING, Any, TypeVar

if TYPE_CHECKING:
    from typing_extensions import dataclass_transform
else:

    def dataclass_transform(**_: object) -> Any:
        return lambda decorator: decorator


T = TypeVar("T", bound="Record")


class Record:
    """Base of every `@record` class: construction, immutability, equality, hash, repr."""

    __slots__ = ()
    # Per class, set by `record`: (field name, default or MISSING) in declaration order.
    __record_fields__: tuple[tuple[str, Any], ...] = ()
    # Per class: each field's slot setter, in the same order (assignment that skips the freeze).
    __record_setters__: tuple[Any, ...] = ()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        spec = self.__record_fields__
        if not kwargs and len(args) == len(spec):  # the common case, made fast: all by position
            for set_slot, value in zip(self.__record_setters__, args, strict=False):
                set_slot(self, value)
            return
        if len(args) > len(spec):
            raise TypeError(f"{type(self).__name__}() takes {len(spec)} arguments, not {len(args)}")
        for index, (name, default) in enumerate(spec):
            if index < len(args):
                if name in kwargs:
                    raise TypeError(f"{type(self).__name__}() got {name!r} twice")
                value = args[index]
            elif name in kwargs:
                value = kwargs.pop(name)
            elif default is not MISSING:
                value = default
            else:
                raise TypeError(f"{type(self).__name__}() is missing {name!r}")
            self.__record_setters__[index](self, value)
        if kwargs:  # what is left matched no field
            raise TypeError(f"{type(self).__name__}() got unexpected {', '.join(sorted(kwargs))}")

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name, _ in self.__record_fields__)

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Record) or other.__class__ is not self.__class__:
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash((type(self), self._values()))

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        # copy, deepcopy and pickle rebuild a record through its constructor, not by assignment
        return type(self), self._values()

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name, _ in self.__record_fields__)
        return f"{type(self).__qualname__}({shown})"


def maker(cls: type[T]) -> Callable[..., T]:
    """A function that makes a `cls` from every field's value, in order, and checks nothing:
    for a caller that has checked the values itself (the cache's decoder, which makes most of
    the records of a run from the cache), as it skips `__init__`'s handling of arguments."""
    setters = cls.__record_setters__
    new = object.__new__

    def make(*values: Any) -> T:
        made = new(cls)
        # zip without a keyword: one given (strict=) takes zip's slower way in, every time
        for set_slot, value in zip(setters, values):  # noqa: B905
            set_slot(made, value)
        return made

    return make


@dataclass_transform(frozen_default=True)
def record(cls: type[T]) -> type[T]:
    """Make `cls` (a subclass of Record) a slotted dataclass using Record's shared methods."""
    # Without a docstring, dataclass would write one from inspect.signature: slow, and wrong here.
    cls.__doc__ = cls.__doc__ or f"A {cls.__name__} record."
    if "__post_init__" in vars(cls):
        raise TypeError(f"{cls.__name__}: a record cannot have __post_init__")
    made: Any = dataclass(init=False, repr=False, eq=False, slots=True)(cls)
    for f in fields(made):
        unsupported = _unsupported(f)
        if unsupported:
            raise TypeError(f"{cls.__name__}.{f.name}: a record field cannot have {unsupported}")
    made.__record_fields__ = tuple((f.name, f.default) for f in fields(made))
    made.__record_setters__ = tuple(vars(made)[f.name].__set__ for f in fields(made))
    return made  # type: ignore[no-any-return]


def _unsupported(f: Field[Any]) -> str:
    """The dataclass field option that Record's shared methods would silently ignore, if any."""
    if f.default_factory is not MISSING:
        return "a default_factory"
    if not (f.init and f.repr and f.compare) or f.hash is not None:
        return "init, repr, compare or hash options"
    if f.kw_only is True:
        return "kw_only"
    if f.metadata:
        return "metadata"
    return ""
