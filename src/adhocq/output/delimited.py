"""CSV (RFC 4180, CRLF line ends, quoted where needed) and TSV (tabs; tab, newline, carriage
return and backslash in data escaped as \\t \\n \\r \\\\ so each record stays on one line)."""

import csv
import io

from adhocq.result import Result, text_cell


def render_csv(result: Result) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(result.names)
    writer.writerows([text_cell(value) for value in row] for row in result.rows)
    return buffer.getvalue()


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def render_tsv(result: Result) -> str:
    lines = ["\t".join(result.names)]
    for row in result.rows:
        lines.append("\t".join(text_cell(value).translate(_TSV_ESCAPES) for value in row))
    return "\n".join(lines) + "\n"
