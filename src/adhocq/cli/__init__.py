"""The command line on top of the library: the Typer app and its commands, the presentation step
that turns records into `Result`s (`present/`), and `emit`, which writes them to standard output."""
