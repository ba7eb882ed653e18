"""`@record` behaves like `@dataclass(frozen=True, slots=True)`."""

from __future__ import annotations

import copy
import dataclasses
import pickle
from typing import Any

import pytest

from adhocq.record import Record, maker, record


@record
class Point(Record):
    x: int
    y: int
    label: str = ""


def test_arguments_by_position_keyword_and_default() -> None:
    assert Point(1, 2) == Point(x=1, y=2) == Point(1, y=2, label="")
    assert Point(1, 2, "a").label == "a"


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        ((1,), {}, "missing 'y'"),
        ((1, 2, "a", 4), {}, "takes 3 arguments, not 4"),
        ((1, 2), {"x": 3}, "got 'x' twice"),
        ((1, 2), {"z": 3, "w": 4}, "unexpected w, z"),
    ],
)
def test_wrong_arguments_are_type_errors(
    args: tuple[Any, ...], kwargs: dict[str, Any], message: str
) -> None:
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)


def test_a_maker_makes_the_record_of_every_field_in_order() -> None:
    made = maker(Point)(1, 2, "a")
    assert type(made) is Point and made == Point(1, 2, "a") and hash(made) == hash(Point(1, 2, "a"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        made.x = 3  # type: ignore[misc]


def test_frozen_and_slotted() -> None:
    point = Point(1, 2)
    with pytest.raises(dataclasses.FrozenInstanceError):
        point.x = 3  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        del point.x
    assert not hasattr(point, "__dict__")


def test_equality_hash_and_repr_follow_the_fields() -> None:
    assert Point(1, 2) != Point(1, 3)
    assert len({Point(1, 2), Point(1, 2), Point(2, 1)}) == 2
    assert Point(1, 2).__eq__((1, 2, "")) is NotImplemented
    assert repr(Point(1, 2, "a")) == "Point(x=1, y=2, label='a')"


def test_it_is_a_real_dataclass() -> None:
    point = Point(1, 2)
    assert dataclasses.is_dataclass(point)
    assert [f.name for f in dataclasses.fields(point)] == ["x", "y", "label"]
    assert dataclasses.replace(point, y=5) == Point(1, 5)
    assert dataclasses.asdict(point) == {"x": 1, "y": 2, "label": ""}


def test_a_default_factory_is_refused() -> None:
    with pytest.raises(TypeError, match="default_factory"):

        @record
        class Bad(Record):
            items: list[int] = dataclasses.field(default_factory=list)


def test_copies_and_pickles_are_equal_records() -> None:
    point = Point(1, 2, "a")
    for copied in (copy.copy(point), copy.deepcopy(point), pickle.loads(pickle.dumps(point))):
        assert copied == point and type(copied) is Point


def test_dataclass_features_a_record_would_ignore_are_refused() -> None:
    with pytest.raises(TypeError, match="cannot have __post_init__"):

        @record
        class Checked(Record):
            x: int

            def __post_init__(self) -> None:
                raise AssertionError("never called by Record.__init__")

    with pytest.raises(TypeError, match=r"Loose\.y: a record field cannot have init, repr"):

        @record
        class Loose(Record):
            x: int
            y: int = dataclasses.field(default=0, compare=False)

    with pytest.raises(TypeError, match="cannot have kw_only"):

        @record
        class Named(Record):
            x: int = dataclasses.field(default=0, kw_only=True)

    with pytest.raises(TypeError, match="cannot have a default_factory"):

        @record
        class Listed(Record):
            items: list[int] = dataclasses.field(default_factory=list)
