"""The size limits a scan enforces on what it reads, and the record checks behind them.

A PHI scanner reads exports it did not write: a broken export job, a log dump pasted into
a CRM note or a hostile file must not stop it, slow it to a crawl or exhaust memory. Each
limit below bounds one thing; a record over a limit is not read but rejected, with a
reason that names the record (line, element, row) and the limit, never its content, and
every other record of the file is still scanned.

======================  ==========  =========================================================
limit                   value       what happens past it
======================  ==========  =========================================================
``MAX_RECORD_BYTES``    16 MiB      a JSON line, a JSON array element or a CSV line is
                                    skipped while it is read (never held whole) and rejected
``MAX_FIELD_CHARS``     1 MiB       a record holding a longer string value is rejected
``MAX_DEPTH``           64          a record nested deeper (objects and lists) is rejected;
                                    Arrow cannot write Parquet schemas much deeper
``MAX_COLUMNS``         10,000      a CSV header or Parquet schema with more columns makes
                                    the whole file one reject
``CHUNK_BYTES``         32 MiB      not a limit on input: a chunk of records closes early
                                    past this much input, so memory per chunk stays bounded
                                    however wide the records are
======================  ==========  =========================================================

Checks are cheap for ordinary records: a record whose raw text is shorter than
``MAX_FIELD_CHARS`` cannot hold a longer string, and one with at most ``MAX_DEPTH``
opening brackets cannot nest deeper, so only unusual records are walked.
"""

from __future__ import annotations

from collections.abc import Mapping

from detectors.reported_paths import reported_path

MAX_RECORD_BYTES = 16 << 20
MAX_FIELD_CHARS = 1 << 20
MAX_DEPTH = 64
MAX_COLUMNS = 10_000
CHUNK_BYTES = 32 << 20


def mib(n: int) -> str:
    """``n`` bytes as a short human figure for reject reasons (``16 MiB``)."""
    return f"{n / (1 << 20):g} MiB" if n >= 1 << 20 else f"{n:,} bytes"


def over_record_size(nbytes: int) -> str:
    """The reject reason for a record of ``nbytes`` over :data:`MAX_RECORD_BYTES`."""
    return f"{nbytes:,} bytes, over the {mib(MAX_RECORD_BYTES)} record size limit"


def needs_walk(raw: bytes | str) -> bool:
    """True when the raw text of one record might break the field or depth limit."""
    if len(raw) > MAX_FIELD_CHARS:
        return True
    if isinstance(raw, bytes):
        return raw.count(b"{") + raw.count(b"[") > MAX_DEPTH
    return raw.count("{") + raw.count("[") > MAX_DEPTH


def record_problem(record: object) -> str | None:
    """Why a parsed record breaks :data:`MAX_DEPTH` or :data:`MAX_FIELD_CHARS`, or None.

    The walk is iterative (a record nested 10,000 deep must not exhaust the stack) and
    stops at the first problem. The reason names the field path, never a value.
    """
    stack: list[tuple[object, str, int]] = [(record, "", 1)]
    while stack:
        node, path, depth = stack.pop()
        if isinstance(node, Mapping):
            if depth > MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep (the depth limit)"
            for k, v in node.items():
                stack.append((v, f"{path}.{k}" if depth > 1 else str(k), depth + 1))
        elif isinstance(node, (list, tuple)):
            if depth > MAX_DEPTH:
                return f"nested more than {MAX_DEPTH} levels deep (the depth limit)"
            for i, v in enumerate(node):
                stack.append((v, f"{path}[{i}]", depth + 1))
        elif isinstance(node, str) and len(node) > MAX_FIELD_CHARS:
            return (
                f"field {_short(path)} holds {len(node):,} characters, over the "
                f"{mib(MAX_FIELD_CHARS)} field size limit"
            )
    return None


def _short(path: str, keep: int = 80) -> str:
    """A field path for a reason, cut short (a pathological key must not flood the log),
    with keys that are identifiers masked (:func:`detectors.reported_paths.reported_path`)."""
    path = reported_path(path)
    return repr(path if len(path) <= keep else path[: keep - 3] + "...")


def too_many_columns(n: int, what: str) -> str:
    """The reject reason for a file with ``n`` columns over :data:`MAX_COLUMNS`."""
    return f"the {what} has {n:,} columns, over the limit of {MAX_COLUMNS:,}"
