"""Examples for the report, read from the *redacted* copies, never from the input.

An example shows what a field that carries identifiers next to health context looks like,
e.g. ``/book?email=<EMAIL>&dob=<DATE>`` on ``/conditions/<HEALTH_CONDITION>/``. It is
one row of ``redacted/<name>.parquet``, found from the record index of a finding (minus
the rejected records before it: the redacted copy holds the readable rows only).

A report is mailed around, and a redacted copy may still hold raw text: values the policy
keeps (health terms under ``safe-harbor``, say) and anything the scan missed (a name in a
note when NER was off). So an example is concealed further before it is shown:

- the value is scanned once more with the default engine and every detected span is
  shown as its ``<ENTITY>`` tag;
- every word holding a digit (codes, reference numbers, pseudonyms, years) becomes ``…``;
- prose (more than :data:`PROSE_WORDS` words apart besides tags) is shown as its tags
  only;
- URLs lose scheme and host: path and query are what matter, and the report holds no
  address.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from detectors import Engine, EngineConfig
from detectors.cells import iter_leaves, value_text
from pipelines import writers
from pipelines.inputs import is_local
from pipelines.report_data import ExampleRef

MAX_CHARS = 150
PROSE_WORDS = 8
_TAG = re.compile(r"<[A-Z][A-Z0-9_]*>")
_WORD = re.compile(r"[^\W_]+")
_ORIGIN = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*://[^/\s?#]*|^//[^/\s?#]*")
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class Example:
    """A rendered example: the field (readable path) and its redacted, tagged value;
    ``context_*`` the field holding the record's health context when it is another one.
    A text of None means the redacted copy holds nothing there (dropped by the policy)."""

    field: str
    text: str | None
    context_field: str | None = None
    context_text: str | None = None


@functools.lru_cache(maxsize=1)
def _masker() -> Engine:
    """The engine that re-tags example values (default entities, no NER: fast)."""
    return Engine(EngineConfig(ner=False))


def _open(path: str):
    if is_local(path):
        return path
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def _columns(names: Sequence[str], paths: Iterable[str]) -> list[str]:
    """Top-level columns that hold ``paths`` (a CSV column may itself contain dots)."""
    paths = list(paths)
    return [
        c
        for c in names
        if any(p == c or p.startswith(c + ".") or p.startswith(c + "[") for p in paths)
    ]


def read_rows(path: str, rows: Iterable[int], paths: Iterable[str]) -> dict[int, dict]:
    """Some rows of a Parquet file, reading only the row groups and columns they need."""
    pf = pq.ParquetFile(_open(path))
    columns = _columns(pf.schema_arrow.names, paths)
    starts = [0]
    for i in range(pf.metadata.num_row_groups):
        starts.append(starts[-1] + pf.metadata.row_group(i).num_rows)
    wanted: dict[int, list[int]] = defaultdict(list)
    for r in set(rows):
        g = bisect.bisect_right(starts, r) - 1
        if 0 <= r < starts[-1]:
            wanted[g].append(r)
    out: dict[int, dict] = {}
    for g, rs in wanted.items():
        table = pf.read_row_group(g, columns=columns, use_threads=False)
        for r in rs:
            out[r] = table.slice(r - starts[g], 1).to_pylist()[0]
    return out


def _tagged(text: str, spans: Sequence[tuple[int, int, str]]) -> str:
    out, pos = [], 0
    for start, end, entity in sorted(spans):
        if start < pos:
            continue
        out.append(text[pos:start])
        out.append(f"<{entity}>")
        pos = end
    out.append(text[pos:])
    return "".join(out)


def conceal(text: str) -> str:
    """A tagged value as the report may show it: one line, no URL origin, no word with a
    digit, and prose reduced to its tags (see the module's docstring)."""
    text = _SPACE.sub(" ", _ORIGIN.sub("", text)).strip()
    pieces = _TAG.split(text)
    tags = _TAG.findall(text)
    if len(" ".join(pieces).split()) > PROSE_WORDS:
        return "… " + " … ".join(tags[:8]) + (" …" if tags else "")
    hidden = [
        _WORD.sub(lambda m: "…" if any(c.isdigit() for c in m.group()) else m.group(), p)
        for p in pieces
    ]
    return "".join(h + t for h, t in zip(hidden, [*tags, ""], strict=True))


def shorten(text: str, limit: int = MAX_CHARS) -> str:
    """:func:`conceal`, then at most ``limit`` characters around the first tag (never
    cutting a tag)."""
    text = conceal(text)
    if len(text) <= limit:
        return text
    first = _TAG.search(text)
    start = max(0, (first.start() if first else 0) - limit // 3)
    end = start + limit
    for m in _TAG.finditer(text, max(0, start - 40), end + 40):
        if m.start() < start < m.end():
            start = m.start()
        if m.start() < end < m.end():
            end = m.end()
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def locate(path: str, record: int, rejected: Sequence[int]) -> tuple[str, int] | None:
    """(Parquet file, row) of a record in a redacted copy: one file (``scan``) or a
    folder of parts named ``<first record>-….parquet`` (``watch``). Rows are readable
    records only, so the rejected records before ``record`` are skipped."""
    parts = writers.list_files(path, ".parquet")
    if not parts:
        return path, record - bisect.bisect_left(rejected, record)
    firsts = []
    for p in parts:
        head = p.rsplit("/", 1)[-1].split("-", 1)[0]
        if head.isdigit():
            firsts.append((int(head), p))
    firsts.sort()
    i = bisect.bisect_right([f for f, _ in firsts], record) - 1
    if i < 0:
        return None
    first, part = firsts[i]
    skipped = bisect.bisect_left(rejected, record) - bisect.bisect_left(rejected, first)
    return part, record - first - skipped


def _show(
    path: str | None, leaves: Mapping[str, tuple[str, object]], spans: Sequence
) -> tuple[str | None, str | None]:
    """(readable path, tagged and shortened value) of one field of a redacted row."""
    if path is None:
        return None, None
    hint, leaf = leaves.get(path, (path, None))
    text = value_text(leaf)
    return hint, (shorten(_tagged(text, spans)) if text else None)


def _spans(rows: Sequence[dict], source: str) -> dict[tuple[int, str], list]:
    """Detected spans in redacted rows, by (index in ``rows``, field path)."""
    f = _masker().scan(list(rows), source=source).findings
    spans: dict[tuple[int, str], list[tuple[int, int, str]]] = defaultdict(list)
    for i, fld, s, e, ent in zip(
        f["record"].to_pylist(),
        f["field"].to_pylist(),
        f["start"].to_pylist(),
        f["end"].to_pylist(),
        f["entity"].to_pylist(),
        strict=True,
    ):
        spans[i, fld].append((s, e, ent))
    return spans


def _source_rows(
    path: str, refs: Sequence[ExampleRef], rejected: Sequence[int]
) -> list[dict | None]:
    """The redacted row of each ref (None when the copy does not hold it)."""
    where = [locate(path, ref.record, rejected) for ref in refs]
    wanted: dict[str, set[int]] = defaultdict(set)
    for w in where:
        if w is not None:
            wanted[w[0]].add(w[1])
    fields = {p for ref in refs for p in (ref.field, ref.context_field) if p}
    rows = {f: read_rows(f, rs, fields) for f, rs in wanted.items()}
    return [None if w is None else rows[w[0]].get(w[1]) for w in where]


def render_examples(
    outdir: str,
    redacted: Mapping[str, str],
    refs: Mapping[tuple[str, str], ExampleRef],
    rejected: Mapping[str, Sequence[int]],
) -> dict[tuple[str, str], Example]:
    """Render the examples ``refs`` ((source, field) -> record) from the redacted copies.

    Args:
        outdir: the scan's output folder.
        redacted: source -> its redacted copy (file or folder of parts) relative to
            ``outdir``.
        refs: which record and field to show per (source, collapsed field).
        rejected: source -> sorted rejected record indices.
    """
    by_source: dict[str, list[tuple[tuple[str, str], ExampleRef]]] = defaultdict(list)
    for key, ref in refs.items():
        if redacted.get(key[0]):
            by_source[key[0]].append((key, ref))
    out: dict[tuple[str, str], Example] = {}
    for source, items in by_source.items():
        path = writers.join(outdir, redacted[source])
        if not writers.exists(path):
            continue
        rows = _source_rows(path, [ref for _, ref in items], rejected.get(source, ()))
        found = [(item, row) for item, row in zip(items, rows, strict=True) if row is not None]
        spans = _spans([row for _, row in found], source)
        for i, ((key, ref), row) in enumerate(found):
            leaves = {p: (hint, leaf) for p, hint, leaf in iter_leaves(row)}
            name, text = _show(ref.field, leaves, spans.get((i, ref.field), ()))
            ctx = ref.context_field
            ctx_name, ctx_text = _show(ctx, leaves, spans.get((i, ctx or ""), ()))
            out[key] = Example(name or ref.field, text, ctx_name, ctx_text)
    return out
