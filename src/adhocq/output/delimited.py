"""CSV (RFC 4180 quoting; LF line ends, as csvkit, xsv and pandas write them, or CRLF on
request) and TSV (tabs; tab, newline, carriage return and backslash in data escaped as
\\t \\n \\r \\\\ so each record stays on one line).

CSV is written here rather than with the csv module, whose import costs about 0.2 ms (issue
"Speed"); the text is exactly what `csv.writer(lineterminator=line_end)` writes, which the tests
check: a field is quoted when it holds a comma, a quote, CR or LF, with quotes doubled.
"""

from adhocq.result import Result, text_cell


def _csv_field(text: str) -> str:
    if '"' in text or "," in text or "\n" in text or "\r" in text:
        return '"' + text.replace('"', '""') + '"'
    return text


def _csv_record(fields: list[str], line_end: str) -> str:
    if fields == [""]:  # a lone empty field is quoted, or the line would read as no field at all
        return '""' + line_end
    return ",".join([_csv_field(field) for field in fields]) + line_end


def render_csv(result: Result, line_end: str = "\n") -> str:
    lines = [_csv_record(result.names, line_end)]
    lines += [_csv_record([text_cell(value) for value in row], line_end) for row in result.rows]
    return "".join(lines)


_TSV_ESCAPES = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def render_tsv(result: Result) -> str:
    lines = ["\t".join(result.names)]
    for row in result.rows:
        lines.append("\t".join(text_cell(value).translate(_TSV_ESCAPES) for value in row))
    return "\n".join(lines) + "\n"
