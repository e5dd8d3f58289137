"""The durable state of ``phistream watch``, and the commit that makes a window count once.

Everything lives in ``OUTDIR/.phistream-watch/``::

    state.json               what has been scanned (per file: bytes, lines and records
                             consumed), running totals, the last windows' metrics
    staging/w<seq>/...       the parts of window <seq> while it is being written, laid
                             out as they will be in OUTDIR (findings/, redacted/, rejects/)
                             plus stats/ (per-chunk counts, never published)

A window is committed in three steps:

1. its parts are written (and fsynced) under ``staging/w<seq>/``;
2. the new ``state.json`` (files advanced, totals added, and the list of moves still to
   do) is written to a temporary name, fsynced and renamed over the old one: **the
   rename is the commit point**;
3. the staged parts are renamed into OUTDIR and the staging folder is removed.

A process killed before step 2 leaves the old state and a staging folder, which the next
start deletes: the window is redone from the same offsets, and nothing of it was ever
visible in OUTDIR. Killed after step 2, the next start finishes the moves listed in the
state (renames are idempotent). So every record reaches OUTDIR exactly once, and a reader
of OUTDIR never sees half a window's parts for long (only during step 3's renames).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass, field, replace

from pipelines.summary import ChunkStats

STATE_DIR = ".phistream-watch"
STATE_FILE = "state.json"
STATE_VERSION = 1
#: Windows whose metrics ``summary.json`` keeps.
RECENT_WINDOWS = 20


@dataclass(frozen=True)
class FileState:
    """What watch knows about one file under DIR.

    Attributes:
        name: path relative to DIR (the redacted copy's name).
        source: the ``source`` column of its findings.
        format: ``jsonl``, ``json``, ``csv`` or ``parquet``.
        status: ``tail`` (JSON lines, followed as it grows), ``done`` (scanned whole
            once), ``unreadable`` (cannot be opened as its format; retried if it changes)
            or ``stopped`` (truncated or replaced while followed: no longer read).
        layout: the probed layout (``lines``, ``array``, ``csv``, ...).
        gzip: the file is gzip-compressed.
        offset: bytes consumed (``tail``) or the size that was scanned (``done``).
        line: physical lines consumed (``tail``), for reject reasons.
        record: index of the next record (``tail``).
        ino: inode when first scanned: a different inode means the file was replaced.
        mtime_ns: modification time when last scanned or judged.
        note: why a file is ``unreadable`` or ``stopped``, or that a ``done`` file
            changed after its scan (never file content).
        mark: ``tail``: a hash of the last bytes consumed (``<n>:<hex>``), checked before
            reading on: a file truncated and rewritten past ``offset`` between two polls
            keeps its inode and grows, so only its content shows it is not the same file.
        fields: ``tail`` of a W3C log: the ``#Fields`` columns in effect at ``offset``, which
            name the lines appended after it.
    """

    name: str
    source: str
    format: str
    status: str
    layout: str = ""
    gzip: bool = False
    offset: int = 0
    line: int = 0
    record: int = 0
    ino: int = 0
    mtime_ns: int = 0
    note: str = ""
    mark: str = ""
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class WatchState:
    """Everything a restarted watch needs to continue exactly where the last one stopped.

    Attributes:
        dir: DIR as an absolute path (a restart must watch the same directory).
        base: the prefix of every ``source`` (DIR as first named, like ``scan`` names it).
        settings: what changes findings (policy, NER, format): a restart must match.
        started: when the first run started (UTC, ISO 8601).
        seq: the last committed window (0: none yet).
        busy_s: seconds spent scanning windows, over all runs.
        files: per file name, its :class:`FileState`.
        stats: per source, the sum of its chunks' :class:`ChunkStats` (as JSON).
        recent: metrics of the last committed windows, oldest first.
        pending: ``(staged, final)`` paths relative to OUTDIR still to be moved for
            window ``seq``.
    """

    dir: str
    base: str
    settings: Mapping[str, object]
    started: str
    seq: int = 0
    busy_s: float = 0.0
    files: Mapping[str, FileState] = field(default_factory=dict)
    stats: Mapping[str, Mapping] = field(default_factory=dict)
    recent: tuple[Mapping, ...] = ()
    pending: tuple[tuple[str, str], ...] = ()

    def to_json(self) -> dict:
        doc = asdict(self)
        doc["phistream_watch"] = STATE_VERSION
        doc["files"] = {n: asdict(f) for n, f in self.files.items()}
        doc["recent"] = list(self.recent)
        doc["pending"] = [list(p) for p in self.pending]
        return doc

    @classmethod
    def from_json(cls, doc: Mapping) -> WatchState:
        if doc.get("phistream_watch") != STATE_VERSION:
            raise ValueError("unknown watch state version")
        return cls(
            dir=doc["dir"],
            base=doc["base"],
            settings=dict(doc["settings"]),
            started=doc["started"],
            seq=int(doc["seq"]),
            busy_s=float(doc["busy_s"]),
            files={n: _file_state(f) for n, f in doc["files"].items()},
            stats={s: dict(v) for s, v in doc["stats"].items()},
            recent=tuple(doc["recent"]),
            pending=tuple((a, b) for a, b in doc["pending"]),
        )


def add_stats(totals: Mapping[str, Mapping], stats: Iterable[ChunkStats]) -> dict[str, dict]:
    """``totals`` (per source, as JSON) with ``stats`` added; a new dict."""
    out = {s: dict(v) for s, v in totals.items()}
    for st in stats:
        acc = out.get(st.source)
        if acc is None:
            acc = ChunkStats(source=st.source, name=st.name, kind="total", first_record=0).to_json()
            acc["by_field"] = {}
        for key in ("records", "rejects", "findings", "phi_records", "records_with_findings"):
            acc[key] += getattr(st, key)
        acc["nbytes"] += st.nbytes
        acc["by_entity"] = _add_counts(acc["by_entity"], st.by_entity)
        by_field = dict(acc["by_field"])
        for f, ents in st.by_field.items():
            by_field[f] = _add_counts(by_field.get(f, {}), ents)
        acc["by_field"] = by_field
        out[st.source] = acc
    return out


def _add_counts(a: Mapping[str, int], b: Mapping[str, int]) -> dict[str, int]:
    out = dict(a)
    for k, n in b.items():
        out[k] = out.get(k, 0) + n
    return dict(sorted(out.items()))


# -- files on disk -------------------------------------------------------------------------


def state_dir(outdir: str) -> str:
    return os.path.join(outdir, STATE_DIR)


def staging_root(outdir: str) -> str:
    return os.path.join(state_dir(outdir), "staging")


def staging_dir(outdir: str, seq: int) -> str:
    """Where window ``seq`` is written before its commit."""
    return os.path.join(staging_root(outdir), f"w{seq:06d}")


def _fsync_file(path: str) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(path: str) -> None:
    with contextlib.suppress(OSError):  # not every platform can open a directory
        _fsync_file(path)


def write_atomic(path: str, data: bytes) -> None:
    """Replace ``path`` with ``data`` in one rename: readers see the old or the new file."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    tmp = f"{path}.tmp"
    with open(tmp, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, path)
    _fsync_dir(os.path.dirname(path))


def write_json_atomic(path: str, doc: object) -> None:
    write_atomic(path, json.dumps(doc, indent=2).encode())


def load(outdir: str) -> WatchState | None:
    """The committed state in OUTDIR, or None when OUTDIR holds none.

    Raises:
        ValueError: the state file is unreadable or of another version.
    """
    path = os.path.join(state_dir(outdir), STATE_FILE)
    if not os.path.exists(path):
        return None
    with open(path, "rb") as fh:
        return WatchState.from_json(json.loads(fh.read()))


def save(outdir: str, state: WatchState) -> None:
    """Commit ``state`` (atomically)."""
    write_json_atomic(os.path.join(state_dir(outdir), STATE_FILE), state.to_json())


def _finish_moves(outdir: str, moves: Iterable[tuple[str, str]]) -> None:
    for staged, final in moves:
        src, dst = os.path.join(outdir, staged), os.path.join(outdir, final)
        if os.path.exists(src):
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            os.replace(src, dst)


def recover(outdir: str, state: WatchState) -> WatchState:
    """After a crash: finish the committed window's moves, drop any uncommitted window.

    Returns the state with nothing pending (saved when it changed).
    """
    _finish_moves(outdir, state.pending)
    shutil.rmtree(staging_root(outdir), ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        os.remove(os.path.join(state_dir(outdir), STATE_FILE + ".tmp"))
    if state.pending:
        state = replace(state, pending=())
        save(outdir, state)
    return state


def staged_files(outdir: str, seq: int, kinds: Iterable[str]) -> list[tuple[str, str]]:
    """``(staged, final)`` paths relative to OUTDIR of window ``seq``'s parts of ``kinds``."""
    root = staging_dir(outdir, seq)
    moves = []
    for kind in kinds:
        top = os.path.join(root, kind)
        for d, _, names in os.walk(top):
            for n in sorted(names):
                staged = os.path.relpath(os.path.join(d, n), outdir)
                final = os.path.relpath(os.path.join(d, n), root)
                moves.append((staged, final))
    return sorted(moves)


def commit(
    outdir: str,
    state: WatchState,
    moves: Iterable[tuple[str, str]],
    *,
    committed: Callable[[], None] | None = None,
) -> WatchState:
    """Make window ``state.seq`` count: fsync its parts, commit the state, publish.

    Args:
        outdir: OUTDIR.
        state: the state after the window (its ``seq`` is the window's).
        moves: the window's ``(staged, final)`` part paths, relative to OUTDIR.
        committed: called between the commit point and the moves (crash tests).
    """
    moves = tuple(moves)
    for staged, _ in moves:
        _fsync_file(os.path.join(outdir, staged))
    save(outdir, replace(state, pending=moves))  # the commit point
    if committed is not None:
        committed()
    _finish_moves(outdir, moves)
    for d in {os.path.dirname(os.path.join(outdir, final)) for _, final in moves}:
        _fsync_dir(d)
    shutil.rmtree(staging_dir(outdir, state.seq), ignore_errors=True)
    state = replace(state, pending=())
    if moves:
        save(outdir, state)  # nothing in flight any more (recovery would find so too)
    return state


def _file_state(doc: Mapping[str, object]) -> FileState:
    """A :class:`FileState` from its JSON (where a tuple comes back as a list)."""
    return FileState(**{**doc, "fields": tuple(doc.get("fields", ()))})  # type: ignore[arg-type]
