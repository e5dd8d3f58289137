"""Adobe Analytics data feeds: hit data without a header row, named by a sibling file.

A data feed delivers each day's hits as ``hit_data.tsv`` (or ``01-<rsid>_<date>.tsv.gz``
in multi-file deliveries) with **no header row**: the column names are in
``column_headers.tsv`` beside it, one tab-separated line, and about a dozen lookup tables
(``browser.tsv``, ``event.tsv``...) map codes to labels, two columns and no header either.
Read as an ordinary TSV, the first hit would become the column names: its visitor id,
IP address and page URL would be reported as field names, and every finding of every
other hit would sit under them.

So a ``.tsv`` file whose folder holds ``column_headers.tsv`` is read this way:

* **hit data**: its first line has as many fields as ``column_headers.tsv`` names (and
  is not that line itself): the names come from the sibling file and every line is a
  hit. Values are not quoted; a tab, a newline or a backslash inside a value is escaped
  with a backslash (Adobe's data-feed format), so a quote in a page title is just a
  character.
* **lookup tables** (:data:`LOOKUP_FILES`): read as two columns, ``code`` and ``label``.
  They name browsers and events, not people, and are scanned like any input so that
  nothing in the folder goes unread.
* anything else (``column_headers.tsv`` itself, a TSV of another tool) is an ordinary
  TSV with its own header row.

The CLI says which files were read as a data feed (:func:`feed_note`).
"""

from __future__ import annotations

import posixpath

from apache_beam.io.filesystems import FileSystems

COLUMN_HEADERS = "column_headers.tsv"
#: The lookup tables a data feed delivers beside the hit data.
LOOKUP_FILES = frozenset(
    {
        "browser.tsv",
        "browser_type.tsv",
        "color_depth.tsv",
        "connection_type.tsv",
        "country.tsv",
        "event.tsv",
        "javascript_version.tsv",
        "languages.tsv",
        "operating_systems.tsv",
        "plugins.tsv",
        "referrer_type.tsv",
        "resolution.tsv",
        "search_engines.tsv",
    }
)
LOOKUP_COLUMNS = ("code", "label")
#: ``column_headers.tsv`` is one line of a few hundred names; more than this is not one.
_MAX_HEADERS_BYTES = 1 << 20


def _tsv_name(path: str) -> str | None:
    """The lower-case file name of a ``.tsv`` (or ``.tsv.gz``) path, else None."""
    name = posixpath.basename(path).lower()
    name = name[:-3] if name.endswith(".gz") else name
    return name if name.endswith(".tsv") else None


def sibling_columns(path: str) -> tuple[str, ...] | None:
    """The column names of the data feed ``path`` belongs to (its folder's
    ``column_headers.tsv``), or None when it is not in one, or the file is unreadable or
    not one line of names."""
    headers = posixpath.join(posixpath.dirname(path), COLUMN_HEADERS)
    try:
        if not FileSystems.exists(headers):
            return None
        with FileSystems.open(headers) as raw:
            data = raw.read(_MAX_HEADERS_BYTES + 1)
    except OSError:
        return None
    if len(data) > _MAX_HEADERS_BYTES:
        return None
    try:
        lines = data.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        return None
    names = tuple(lines[0].split("\t")) if lines else ()
    if len(names) < 2 or any(not n.strip() for n in names) or any(ln.strip() for ln in lines[1:]):
        return None
    return names


def feed_columns(path: str, first_line: bytes) -> tuple[str, ...] | None:
    """The column names to read ``path`` (a ``.tsv`` whose first line is ``first_line``)
    with when it is part of an Adobe data feed, else None: the sibling names for hit
    data, ``code``/``label`` for a lookup table."""
    name = _tsv_name(path)
    if name is None or name == COLUMN_HEADERS:
        return None
    names = sibling_columns(path)
    if names is None:
        return None
    if name in LOOKUP_FILES:
        return LOOKUP_COLUMNS
    fields = first_line.rstrip(b"\r\n").split(b"\t")
    if len(fields) != len(names) or tuple(f.decode("utf-8", "replace") for f in fields) == names:
        return None
    return names


def feed_note(source: str, columns: tuple[str, ...]) -> str:
    """The one line that says how a data-feed file was read."""
    if columns == LOOKUP_COLUMNS:
        return f"{source} is an Adobe data-feed lookup table; read as columns code, label"
    return (
        f"{source} has no header row; read as Adobe data-feed hits with the "
        f"{len(columns)} column names of {COLUMN_HEADERS} beside it"
    )
