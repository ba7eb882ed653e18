"""One module per command: options in, one query call, one emit. No logic here."""
