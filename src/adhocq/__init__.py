"""adhocq: query the answers to EMN ad hoc queries from the command line."""

__version__ = "0.1.0"
