from adhocq.cli.commands.options import Shared, shared_options
from adhocq.cli.emit import emit
from adhocq.cli.present import profile


@shared_options(query="only")
def info(
    run: Shared,
) -> None:
    """The dataset as a whole (its queries, dates, requesters, coverage); with --query, or for
    a dataset of one query, the query: title, requester, dates, respondents, questions, themes,
    sources, notes. ADHOCQ_QUERY does not narrow it: --query does.

    \b
    Examples:
      adhocq info
      adhocq info -q emn-ahq-2023-fi --lang fr -f json
    """
    out = run.output()
    if run.query_id is None:
        from adhocq import ask

        index = run.overview()
        if ask.size(index) > 1:
            from adhocq.cli.present.across_queries import describe

            emit(describe(index, run.lang), out)
            return
    emit(profile.info(run.dataset(), run.lang), out)
