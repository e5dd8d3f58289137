"""Where a scan writes, and the writing itself (through Beam's ``FileSystems``).

Everything is written under ``OUTDIR/.phistream-tmp`` and moved into place only when the
scan has finished, so an interrupted or crashed scan never looks complete::

    OUTDIR/.phistream-tmp/
      out/findings/<name>-<first record>.parquet    findings, one part per chunk
      out/redacted/<name>.parquet                   merged redacted copies
      out/rejects/rejects.parquet                   written by the launcher
      out/summary.json, out/report.html             written by the launcher
      work/redacted/<name>/<first record>.parquet   redacted parts, merged per file
      work/rejects/<name>-<first record>.parquet    reject parts, combined by the launcher
      work/stats/<name>-<kind>-<first record>.json  per-chunk counts for summary/progress

Part names depend only on the file and the record index, never on the worker or the
attempt: a retried bundle overwrites its own parts, and every runner writes the same
files.

Outputs are derived from PHI (redacted copies keep health context; findings locate the
identifiers), so on a local disk every file written here is created ``0o600`` and every
directory ``0o700``, whatever the umask: only the user who ran the scan can read them.
:func:`publish` moves ``summary.json`` into OUTDIR last (and removes an old one first), so
an OUTDIR without ``summary.json`` is never a finished scan.
"""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipelines.inputs import is_local, safe_name
from pipelines.readers import Reject
from pipelines.tables import conform, unify

TMP_DIR = ".phistream-tmp"
#: What a scan owns in OUTDIR; ``--overwrite`` replaces these and nothing else. In the
#: order :func:`publish` moves them: ``summary.json``, the mark of a finished scan, last.
OUTPUT_NAMES: tuple[str, ...] = ("findings", "redacted", "rejects", "report.html", "summary.json")
#: Modes of what a scan creates on a local disk (see the module docstring).
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700

REJECTS_SCHEMA = pa.schema(
    [
        pa.field("source", pa.string(), nullable=False),
        pa.field("record", pa.int64(), nullable=False),
        pa.field("reason", pa.string(), nullable=False),
    ]
)


def join(base: str, *parts: str) -> str:
    """Join path parts on any filesystem."""
    return FileSystems.join(base, *parts)


@dataclass(frozen=True)
class OutputLayout:
    """Paths of one scan's outputs under ``root`` (``OUTDIR/.phistream-tmp``)."""

    root: str

    @property
    def final(self) -> str:
        return join(self.root, "out")

    @property
    def work(self) -> str:
        return join(self.root, "work")

    @property
    def stats_dir(self) -> str:
        return join(self.work, "stats")

    def findings_part(self, name: str, first: int) -> str:
        return join(self.final, "findings", f"{safe_name(name)}-{first:012d}.parquet")

    def redacted_part(self, name: str, first: int) -> str:
        return join(self.work, "redacted", safe_name(name), f"{first:012d}.parquet")

    def redacted_file(self, name: str) -> str:
        return join(self.final, "redacted", *name.split("/")[:-1], name.split("/")[-1] + ".parquet")

    def rejects_part(self, name: str, first: int) -> str:
        return join(self.work, "rejects", f"{safe_name(name)}-{first:012d}.parquet")

    def stats_part(self, name: str, kind: str, first: int) -> str:
        return join(self.stats_dir, f"{safe_name(name)}-{kind}-{first:012d}.json")


# -- low-level I/O ---------------------------------------------------------------------


class _Sink:
    """A write stream that knows its position (some remote streams cannot ``tell``)."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.pos = 0
        self.closed = False

    def write(self, data) -> int:
        self.raw.write(data)
        self.pos += len(data)
        return len(data)

    def tell(self) -> int:
        return self.pos

    def flush(self) -> None:
        self.raw.flush()

    def close(self) -> None:
        if not self.closed:
            self.raw.close()
            self.closed = True


def make_private_dirs(path: str) -> None:
    """Create a local directory and its missing parents, each ``0o700`` whatever the umask
    (``os.makedirs`` masks the mode, and leaves parents at the umask default). Existing
    directories are left as they are: they are the user's."""
    missing = []
    p = os.path.abspath(path)
    while not os.path.isdir(p):
        missing.append(p)
        parent = os.path.dirname(p)
        if parent == p:
            break
        p = parent
    for d in reversed(missing):
        try:
            os.mkdir(d, PRIVATE_DIR)
        except FileExistsError:
            continue  # another worker made it (and makes it private)
        os.chmod(d, PRIVATE_DIR)


def _private(path: str) -> None:
    """Make a local file written by a library (Arrow) readable by its owner only."""
    if is_local(path):
        os.chmod(path, PRIVATE_FILE)


def _open_private(path: str, mode: str, **kwargs):
    """Open a local file for writing, created (or truncated) with mode ``0o600``."""
    make_private_dirs(os.path.dirname(path) or ".")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    os.fchmod(fd, PRIVATE_FILE)  # an existing file keeps its mode through O_CREAT
    return os.fdopen(fd, mode, **kwargs)


def _sink(path: str):
    if is_local(path):
        make_private_dirs(os.path.dirname(path) or ".")
        return path
    return _Sink(FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED))


def _source(path: str):
    if is_local(path):
        return path
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def write_parquet(table: pa.Table, path: str) -> None:
    """Write one table to one Parquet file."""
    sink = _sink(path)
    pq.write_table(table, sink)
    if isinstance(sink, _Sink):
        sink.close()
    else:
        _private(path)


def read_parquet(path: str) -> pa.Table:
    return pq.read_table(_source(path))


def read_parquet_columns(path: str, columns: list[str]) -> pa.Table:
    """Some columns of one Parquet file, read without threads (small, bounded reads)."""
    return pq.read_table(_source(path), columns=columns, use_threads=False)


def write_json(obj: object, path: str) -> None:
    data = json.dumps(obj, indent=2, sort_keys=False).encode()
    if is_local(path):
        with _open_private(path, "wb") as fh:
            fh.write(data)
        return
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as fh:
        fh.write(data)


def read_json(path: str) -> object:
    with FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED) as fh:
        return json.loads(fh.read())


def write_text(text: str, path: str) -> None:
    if is_local(path):
        with _open_private(path, "w", encoding="utf-8") as fh:
            fh.write(text)
        return
    with FileSystems.create(path, compression_type=CompressionTypes.UNCOMPRESSED) as fh:
        fh.write(text.encode())


def list_files(directory: str, suffix: str = "") -> list[str]:
    """Files under ``directory`` (recursively), sorted; empty when it does not exist."""
    if is_local(directory):
        if not os.path.isdir(directory):
            return []
        out = [
            os.path.join(d, n)
            for d, _, names in os.walk(directory)
            for n in names
            if n.endswith(suffix)
        ]
        return sorted(out)
    results = FileSystems.match([join(directory, "**")])
    return sorted(m.path for r in results for m in r.metadata_list if m.path.endswith(suffix))


def exists(path: str) -> bool:
    return os.path.exists(path) if is_local(path) else FileSystems.exists(path)


def remove(path: str) -> None:
    """Delete a file or a directory tree; nothing when it does not exist."""
    if is_local(path):
        if os.path.isdir(path) and not os.path.islink(path):
            shutil.rmtree(path, ignore_errors=True)
        elif os.path.lexists(path):
            os.remove(path)
        return
    files = list_files(path) or ([path] if FileSystems.exists(path) else [])
    if files:
        FileSystems.delete(files)


def _move(src: str, dst: str) -> None:
    if is_local(src):
        make_private_dirs(os.path.dirname(dst) or ".")
        os.replace(src, dst)
        return
    files = list_files(src) or [src]
    FileSystems.rename(files, [dst + f[len(src) :] for f in files])


# -- parts written by the pipeline -------------------------------------------------------


def write_findings_part(item: tuple[str, int, pa.Table], layout: OutputLayout) -> str:
    """Write one chunk's findings."""
    name, first, table = item
    path = layout.findings_part(name, first)
    write_parquet(table, path)
    return path


def write_redacted_part(
    item: tuple[str, int, pa.Table], layout: OutputLayout
) -> tuple[str, tuple[int, str]]:
    """Write one chunk's redacted rows; return ``(name, (first record, part path))``."""
    name, first, table = item
    path = layout.redacted_part(name, first)
    write_parquet(table, path)
    return name, (first, path)


def write_rejects_part(item: tuple[str, int, Sequence[Reject]], layout: OutputLayout) -> str:
    """Write one ref's rejects (source, record, reason; never content)."""
    name, first, rejects = item
    table = pa.Table.from_pylist([r._asdict() for r in rejects], schema=REJECTS_SCHEMA)
    path = layout.rejects_part(name, first)
    write_parquet(table, path)
    return path


def merge_redacted(
    item: tuple[str, Iterable[tuple[int, str]]], layout: OutputLayout
) -> tuple[str, int]:
    """Merge a file's redacted parts, in record order, into ``redacted/<name>.parquet``.

    Reads the parts' schemas first (footers only), unifies them, then streams the parts
    one at a time into one writer: memory is one part, whatever the file's size.
    """
    name, parts = item
    ordered = sorted(parts)
    schemas = [pq.read_schema(_source(p)) for _, p in ordered]
    schema = unify(schemas)
    dest = layout.redacted_file(name)
    sink = _sink(dest)
    rows = 0
    with pq.ParquetWriter(sink, schema) as writer:
        for _, p in ordered:
            table = read_parquet(p)
            if table.num_rows:
                writer.write_table(conform(table, schema))
                rows += table.num_rows
    if isinstance(sink, _Sink):
        sink.close()
    else:
        _private(dest)
    return dest, rows


# -- the launcher's part, after the pipeline -------------------------------------------------


def combine_rejects(layout: OutputLayout) -> pa.Table:
    """Combine reject parts into ``rejects/rejects.parquet`` (only when there are any),
    sorted by source and record."""
    parts = list_files(join(layout.work, "rejects"), ".parquet")
    if not parts:
        return REJECTS_SCHEMA.empty_table()
    table = pa.concat_tables([read_parquet(p) for p in parts]).sort_by(
        [("source", "ascending"), ("record", "ascending")]
    )
    write_parquet(table, join(layout.final, "rejects", "rejects.parquet"))
    return table


def ensure_findings(layout: OutputLayout, empty: pa.Table) -> None:
    """A scan without findings still leaves a readable (empty) findings dataset."""
    if not list_files(join(layout.final, "findings"), ".parquet"):
        write_parquet(empty, join(layout.final, "findings", "empty.parquet"))


def outdir_is_empty(outdir: str) -> bool:
    """True when OUTDIR is missing or holds nothing but a crashed scan's temp folder."""
    if is_local(outdir):
        if not os.path.exists(outdir):
            return True
        return not [n for n in os.listdir(outdir) if n != TMP_DIR]
    return not [f for f in list_files(outdir) if f"/{TMP_DIR}/" not in f]


def publish(layout: OutputLayout, outdir: str) -> None:
    """Replace phistream's own outputs in OUTDIR with this scan's, then drop the temp
    folder. Nothing else in OUTDIR is touched.

    An old ``summary.json`` goes first and the new one comes last, so a scan killed in
    the middle of this never leaves a ``summary.json`` beside outputs it does not describe.
    """
    for name in reversed(OUTPUT_NAMES):
        remove(join(outdir, name))
    for name in OUTPUT_NAMES:
        src = join(layout.final, name)
        if exists(src):
            _move(src, join(outdir, name))
    remove(layout.root)
