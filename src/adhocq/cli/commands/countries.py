from typing import Annotated

import typer

from adhocq.cli import complete
from adhocq.cli.commands import shorthands
from adhocq.cli.commands.options import Shared, category_option, shared_options, types_option
from adhocq.cli.emit import emit
from adhocq.cli.input import category_id, commas, question_answer, type_id
from adhocq.cli.present import query
from adhocq.errors import UsageProblem
from adhocq.messages import N_, phrase

TypeList = list[str] | None


@shared_options()
def countries(
    run: Shared,
    offers_service: Annotated[
        bool | None,
        typer.Option(
            "--offers-service/--no-offers-service",
            show_default=False,
            help="Shorthand for --answer service=yes (or =no): the customer-service question "
            "of the bundled query.",
        ),
    ] = None,
    answer: Annotated[
        list[str] | None,
        typer.Option(
            "--answer",
            metavar="QUESTION=yes|no",
            show_default=False,
            callback=commas,
            autocompletion=complete.answers,
            help="Only countries that gave this answer to a question (see 'adhocq info'); "
            "repeat, or separate with commas, for several.",
        ),
    ] = None,
    has: Annotated[
        TypeList,
        types_option(
            "--has",
            help="Reports this measure type (repeat, or separate with commas: all of them; "
            "'adhocq types' lists them).",
        ),
    ] = None,
    any_of: Annotated[
        TypeList,
        types_option(
            "--any",
            help="Reports this measure type (repeat, or separate with commas: at least one of "
            "them).",
        ),
    ] = None,
    lacks: Annotated[
        TypeList,
        types_option(
            "--lacks",
            help="Does not report this measure type (repeat, or separate with commas: none of "
            "them).",
        ),
    ] = None,
    category: Annotated[
        str | None, category_option("Has any measure in this category (see 'adhocq types').")
    ] = None,
    non_respondents: Annotated[
        bool,
        typer.Option(
            "--non-respondents",
            help="List the EMN members that did not answer instead (no other filter).",
        ),
    ] = False,
) -> None:
    """List the countries that answered one query (the default query, or the one --query
    chooses), filtered by their answers and by measure types.

    \b
    Examples:
      adhocq countries --offers-service
      adhocq countries --answer service=no
      adhocq countries --has staffing --has psychological-support -f json
      adhocq countries --any training --any templates --lacks staffing
      adhocq countries --non-respondents
    """
    ds = run.dataset()
    if non_respondents:
        if offers_service is not None or answer or has or any_of or lacks or category:
            raise UsageProblem(N_("--non-respondents lists who did not answer; it takes no filter"))
        result = query.non_respondents(ds, run.lang)
    else:
        answers = shorthands.offers_service(ds, offers_service)
        for raw in answer or ():
            question, value = question_answer(ds, raw)
            if answers.get(question, value) != value:
                template = N_("no country can give both answers to {question!r}")
                raise UsageProblem(phrase(template, question=question))
            answers[question] = value
        needed = [type_id(ds, raw) for raw in has or ()]
        some = [type_id(ds, raw) for raw in any_of or ()]
        excluded = [type_id(ds, raw) for raw in lacks or ()]
        in_category = category_id(ds, category) if category is not None else None
        result = query.countries(ds, run.lang, answers, needed, in_category, some, excluded)
    emit(result, run.output())
