"""Shorthands of the command line for the first query's question, `service` ("offers a customer
service"): the one place under src/ that names an id of one query. Each stands for a generic
option and works on any dataset that has a question with that id."""

from adhocq.cli.input import as_typed_id
from adhocq.errors import UsageProblem
from adhocq.model import Dataset

SERVICE = "service"
OFFERS_SERVICE_FLAG = "--offers-service"
BY_NAMES = {"offers-service": SERVICE}
"""`map --by offers-service` is `map --by service`."""


def offers_service(ds: Dataset, value: bool | None) -> dict[str, bool]:
    """`--offers-service` is `--answer service=yes`; `--no-offers-service`, `service=no`."""
    if value is None:
        return {}
    if SERVICE not in {q.id for q in ds.questions}:
        raise UsageProblem(
            f"{OFFERS_SERVICE_FLAG} stands for --answer {SERVICE}=yes, and this dataset has no "
            f"question {SERVICE!r}; see 'adhocq info' for its questions"
        )
    return {SERVICE: value}


def by_name(raw: str) -> str:
    """The `--by` value a shorthand stands for, or `raw` itself."""
    return BY_NAMES.get(as_typed_id(raw), raw)
