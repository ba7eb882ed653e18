"""Datasets encoded for the store and decoded back: every value and type kept, and an encoding
of another shape refused."""

from __future__ import annotations

import copy
import datetime

import pytest

from adhocq.model import Coverage, Dataset, Membership
from adhocq.reading import encoding, loading


def test_the_round_trip_keeps_every_value_and_type(dataset: Dataset) -> None:
    decoded = encoding.decode(encoding.encode(dataset))
    assert decoded == dataset == copy.deepcopy(dataset)
    assert decoded.countries[0].membership in (Membership.member, Membership.observer)
    assert type(decoded.query.published) is datetime.date
    assert decoded.query.title.get("fr") == dataset.query.title.get("fr") != dataset.query.title.en


def test_a_query_encoded_before_the_model_grew_a_field_does_not_decode(dataset: Dataset) -> None:
    # Entries name the code that wrote them (code_stamp), and decoding also counts each
    # record's fields: a Query cached without its last field is never decoded with a default.
    encoded = encoding.encode(dataset)
    query = encoded[1]
    assert query[0] == "Query" and query[-6] == ["en", "fr"] and query[-1] == ["administration"]
    with pytest.raises(ValueError, match="not the arguments of a Query"):
        encoding.decode([encoded[0], query[:-1], *encoded[2:]])


def test_the_round_trip_keeps_none_and_the_warnings(minimal_text: str) -> None:
    # The fields that may be None (findings_read, a mention's code and qualifier, a question's
    # short header) hold None here and a value there, and the dataset has a warning.
    text = minimal_text.replace('coverage = "complete"', 'coverage = "excerpt"\nfindings_read = 1')
    text = text.replace(
        'source = "one"\n\n[[finding_kinds]]',
        'source = "one"\nshort = { en = "Service" }\n\n[[finding_kinds]]',
    )
    text += (
        'mentions = ["LI", "FI", { printed = "SE (Skåne)", code = "SE", qualifier = "Skåne" }]\n'
    )
    dataset = loading.parse(text, "t.toml")
    assert dataset.query.coverage is Coverage.excerpt and dataset.warnings
    decoded = encoding.decode(encoding.encode(dataset))
    assert decoded == dataset
    assert [m.code for m in decoded.findings[0].mentions] == [None, "FI", "SE"]
    assert type(decoded.query.findings_read) is int
