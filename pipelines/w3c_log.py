"""W3C extended log files: IIS logs and CloudFront standard logs, read column by column.

A web server's or CDN's access log in the W3C extended format names its columns in a
``#Fields:`` directive (``#Fields: date time c-ip cs-method cs-uri-stem cs-uri-query
cs-username cs(User-Agent) ...``) and then writes one request per line, separated by
spaces (IIS) or tabs (CloudFront), ``-`` for a value not logged. Read as plain text lines,
every column would run together: the server's own address beside the client's, the query
string glued to the path, a login name with nothing to say it is one. Read under the
directive's names, each value is judged under its column's name, as a CSV column is, and
the redacted copy keeps the columns.

Decisions worth knowing:
    * Directives (lines starting with ``#``: ``#Version``, ``#Date``, ``#Software``,
      ``#Fields``) are not records, as a CSV header is not. Records are numbered over the
      data lines only, blank lines skipped.
    * A later ``#Fields`` directive (IIS writes one again when the server restarts or its
      logging settings change) names the columns of the lines after it.
    * ``-`` is W3C's "not logged": it becomes null in the record (and the redacted copy).
      Other values are kept as written; CloudFront's percent-encoding is read by the
      detectors as in any URL.
    * A line with more or fewer values than its ``#Fields`` names, or a data line before
      any ``#Fields`` directive, goes to ``rejects/`` with its line number.
    * A file is read this way when it is read as a log (``.log``, ``--format log``, or a
      CloudFront log's own name, :func:`is_cloudfront_log_name`) and its first line is a
      directive and its first 64 KiB hold a ``#Fields`` line.
"""

from __future__ import annotations

import re

#: The directive naming the columns.
FIELDS_DIRECTIVE = b"#Fields:"
#: W3C's value for a field that was not logged.
NOT_LOGGED = "-"
#: The directives a W3C extended log starts with.
_DIRECTIVES = (b"#Version:", b"#Fields:", b"#Software:", b"#Date:", b"#Remark:", b"#Start-Date:")
#: A CloudFront standard log's object name: ``<distribution id>.<YYYY-MM-DD-HH>.<id>.gz``,
#: as CloudFront writes it to S3 (no ``.log`` in it), optionally under a prefix.
_CLOUDFRONT_NAME = re.compile(r"(?:^|/)[A-Z0-9]{8,20}\.\d{4}-\d{2}-\d{2}-\d{2}\.[0-9a-z]{8}\.gz$")


def is_cloudfront_log_name(name: str) -> bool:
    """True for a CloudFront standard log's own file name (``E2ABC123DEF456.2026-11-28-14.
    a1b2c3d4.gz``): it has no extension that says what it holds, so it is named here."""
    return _CLOUDFRONT_NAME.search(name) is not None


def looks_like_w3c(lines: list[bytes]) -> bool:
    """True when a file's first lines are a W3C extended log's: the first non-blank line is
    a directive and a ``#Fields`` line is among them."""
    first = next((ln.strip() for ln in lines if ln.strip()), b"")
    return first.startswith(_DIRECTIVES) and any(ln.startswith(FIELDS_DIRECTIVE) for ln in lines)


def fields_of(directive: bytes) -> tuple[str, ...]:
    """The column names a ``#Fields:`` line gives (space-separated in IIS and CloudFront
    logs alike); a name given twice is numbered so that no value is dropped."""
    text = directive[len(FIELDS_DIRECTIVE) :].decode("utf-8", "replace")
    names: list[str] = []
    seen: dict[str, int] = {}
    for name in text.split():
        seen[name] = seen.get(name, 0) + 1
        # a column named twice keeps both values: the second is ``name#2``
        names.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return tuple(names)


class W3CLines:
    """Turns the lines of a W3C extended log into records, following its ``#Fields``.

    Args:
        fields: the columns in effect where reading starts (the planner's, for a byte
            range that starts after the directive); empty at the start of a file.
    """

    def __init__(self, fields: tuple[str, ...] = ()) -> None:
        self.fields = fields

    def directive(self, line: bytes) -> bool:
        """Take a directive line (a new ``#Fields`` replaces the columns); False for a data
        line."""
        if not line.startswith(b"#"):
            return False
        if line.startswith(FIELDS_DIRECTIVE):
            self.fields = fields_of(line)
        return True

    def parse(self, line: bytes) -> tuple[dict | None, str | None]:
        """One data line: ``(record, None)`` or ``(None, reason)`` (never the content)."""
        if not self.fields:
            return None, "a data line before the log's #Fields directive"
        try:
            text = line.decode("utf-8").rstrip("\r")
        except UnicodeDecodeError as exc:
            return None, f"invalid UTF-8 at byte {exc.start + 1} of the line"
        values = text.split("\t") if "\t" in text else text.split(" ")
        if len(values) != len(self.fields):
            return None, (
                f"{len(values)} values for the {len(self.fields)} columns of its #Fields line"
            )
        return {
            name: None if value == NOT_LOGGED else value
            for name, value in zip(self.fields, values, strict=True)
        }, None
