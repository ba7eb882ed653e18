"""CSV (RFC 4180 quoting; LF line ends, as csvkit, xsv and pandas write them, or CRLF on
request) and TSV (tabs; tab, newline, carriage return and backslash in data escaped as
\\t \\n \\r \\\\ so each record stays on one line).
"""

import sys

from adhocq.output.result import Result, text_cell

# Python 3.10's csv module takes NUL for "no escape character" and so refuses a NUL in a field
# ("need to escape, but no escapechar set"). Naming the quote character as escape character
# lets a NUL through as it is and changes nothing else: quotes are doubled, never escaped.
# 3.11 writes NUL as it is; 3.13 refuses the same character in both roles.
_ESCAPE_CHAR = '"' if sys.version_info < (3, 11) else None


class _Records(list[str]):
    """What a csv writer writes, one record per write (each `writerow` is one call)."""

    def write(self, record: str) -> None:
        self.append(record)


def render_csv(result: Result, line_end: str = "\n") -> str:
    import csv  # here, not above: TSV does without it (about 0.5 ms at start-up)

    records = _Records()
    # Records end in CR LF so that every Python quotes a field holding a CR (before 3.13 the
    # csv module does so only when the line end holds one); each end is then `line_end`.
    writer = csv.writer(records, lineterminator="\r\n", escapechar=_ESCAPE_CHAR)
    writer.writerow(result.names)
    writer.writerows([text_cell(value) for value in row] for row in result.rows)
    return "".join([record[:-2] + line_end for record in records])


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def render_tsv(result: Result) -> str:
    lines = ["\t".join(result.names)]
    for row in result.rows:
        lines.append("\t".join(text_cell(value).translate(_TSV_ESCAPES) for value in row))
    return "\n".join(lines) + "\n"
