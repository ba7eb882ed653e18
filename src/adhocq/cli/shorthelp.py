"""The one-line help of each command, for the root's list of commands and for completion."""

# One line each for the root's list of commands (a docstring's first sentence is cut at 60 or so).
SHORT_HELP = {
    "queries": "The queries, newest first; by country, date or text.",
    "country": "Everything the queries say of one country.",
    "countries": "Respondents, filtered by their answers and measure types.",
    "measures": "One row per country and measure.",
    "types": "The measure types, with how many countries report each.",
    "show": "One country's profile.",
    "count": "Counts per type, category, country or query.",
    "findings": "One query's findings by kind, with the countries named.",
    "info": "The dataset, or one query: requester, dates, sources.",
    "matrix": "Countries x measure types (or x queries), with totals.",
    "compare": "Countries side by side, in one query or across all.",
    "search": "Search every text, ignoring case and accents.",
    "map": "A tile map of the EMN countries.",
    "export": "The whole dataset as a SQLite database.",
    "validate": "Check query files.",
    "cite": "How to cite a summary, and adhocq's dataset.",
    "help": "The help of a command, as COMMAND --help.",
}
