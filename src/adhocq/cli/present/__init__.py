"""Records -> `Result`: titles, headers and labels in the language asked for. Pure: nothing here
prints, reads files or imports Rich."""
