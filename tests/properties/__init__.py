"""Property-based tests (Hypothesis) of the loader and the command line."""
