"""Files -> the model: read a dataset file (bounded), parse it, check everything with located
problems (`schema`, `assemble`), and cache what was checked."""
