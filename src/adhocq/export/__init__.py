"""Files written on request: whole or not at all (`files`), and the SQLite database (`sqlite`)."""
