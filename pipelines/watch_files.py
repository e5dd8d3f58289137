"""What is new under DIR: files that appeared, and complete lines appended to JSON lines.

:class:`Tracker` polls DIR (``os.scandir``, a few times per window) and, at each window's
end, turns what is ready into :class:`Work`: the batch reader's
:class:`~pipelines.readers.ChunkRef` s plus the file's state once they are scanned.

- **JSON lines** (``.jsonl``/``.ndjson``, and ``.json`` files that probe as JSON lines;
  not gzip) are *followed*: each window reads the bytes from the last offset up to the
  last complete line, as one byte-range ref. A partial last line waits for its newline.
  Record indices continue across windows and count non-blank lines only, exactly as the
  batch reader counts them (the same reader reads the range), so a finding's ``record``
  is the one a batch scan of the final file gives it.
- **Every other file** (CSV, Parquet, JSON arrays and documents, anything gzip) is scanned
  whole, once, when it has *settled*: its last modification at least ``settle`` seconds
  ago and no change seen by the polls since. Dropping files atomically (written under a
  hidden name or elsewhere, then renamed into DIR) makes this instant; hidden files
  (``.name``) are never scanned, as in ``scan``.
- Sources and names follow ``scan DIR``: ``source`` is DIR as named plus the path
  under it; the output name is the path under DIR.

What watch cannot follow is reported, never guessed: a followed file that shrinks, is
replaced (a new inode) or is rewritten in place (the bytes before its offset changed, as
after a copytruncate rotation that refilled it between two polls) is no longer read, and a
whole file that changes after its scan is not scanned again (one warning each; all are in
``summary.json``). Symlinked directories are not entered, as in ``scan`` without
``--follow-symlinks`` (a link cycle would never end).
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, replace

from pipelines.inputs import InputError, InputFile, file_notes, format_from_name, probe
from pipelines.readers import LINE_LAYOUTS, ChunkRef, plan_refs
from pipelines.streams import strip_bom
from pipelines.w3c_log import W3CLines
from pipelines.watch_state import FileState

#: Bytes of one followed file read per window at most (a backlog is committed in steps).
MAX_TAIL_BYTES = 64 << 20
#: Bytes before a followed file's offset whose hash is checked before reading on.
MARK_BYTES = 64


def _tailable(f: InputFile) -> bool:
    """Appended lines are read as UTF-8 ending in ``\\n``: a UTF-16 or lone-CR file is
    read whole once settled instead, as a batch scan reads it."""
    return f.encoding == "utf-8" and f.newline == "\n"


@dataclass(frozen=True)
class Seen:
    """One file as the last poll saw it."""

    path: str
    size: int
    mtime_ns: int
    ino: int
    since: float  # monotonic time since when the file is unchanged (from its mtime)


@dataclass(frozen=True)
class Work:
    """A ready piece of one file: refs to scan, and the file's state once scanned."""

    refs: tuple[ChunkRef, ...]
    after: FileState


def _hidden(rel: str) -> bool:
    return any(part.startswith(".") for part in rel.split("/"))


class Tracker:
    """Polls DIR and hands out ready work.

    Args:
        root: DIR (absolute).
        base: the ``source`` prefix (DIR as first named, with a trailing ``/``).
        files: per name, the committed :class:`FileState` (from the watch state).
        fmt: ``--format``: read every file as this format, whatever its name.
        exclude: a directory never scanned (OUTDIR, when it is inside DIR).
        settle: seconds a non-JSON-lines file must stay unchanged before its scan.
        chunk_size: records per chunk (for whole files' refs).
        warn: called with a one-line message (file and cause, never content).
        clock: monotonic clock.
        wall: wall clock (``time.time``), to compare with modification times.
    """

    def __init__(
        self,
        root: str,
        base: str,
        files: dict[str, FileState],
        *,
        fmt: str | None,
        exclude: str | None,
        settle: float,
        chunk_size: int,
        warn: Callable[[str], None],
        clock: Callable[[], float],
        wall: Callable[[], float],
    ) -> None:
        self.root = root
        self.base = base
        self.files = dict(files)
        self.fmt = fmt
        self.exclude = os.path.abspath(exclude) if exclude else None
        self.settle = settle
        self.chunk_size = chunk_size
        self.warn = warn
        self.clock = clock
        self.wall = wall
        self.seen: dict[str, Seen] = {}
        self._warned: set[tuple[str, str]] = set()

    # -- polling -------------------------------------------------------------------------

    def _walk(self) -> dict[str, os.stat_result]:
        found: dict[str, os.stat_result] = {}
        stack = [self.root]
        while stack:
            d = stack.pop()
            try:
                entries = list(os.scandir(d))
            except OSError:
                continue
            for e in entries:
                if e.name.startswith("."):
                    continue
                try:
                    is_dir = e.is_dir(follow_symlinks=False)
                except OSError:
                    continue  # gone again
                if is_dir:
                    if self.exclude is None or os.path.abspath(e.path) != self.exclude:
                        stack.append(e.path)
                    continue
                rel = os.path.relpath(e.path, self.root).replace(os.sep, "/")
                if (self.fmt or format_from_name(rel)) is None or _hidden(rel):
                    continue
                try:
                    found[rel] = e.stat()
                except OSError:
                    continue  # gone again
        return found

    def poll(self) -> bool:
        """Look at DIR once; True when anything new was seen (a file, bytes, a change)."""
        now = self.clock()
        changed = False
        current = self._walk()
        for rel, st in current.items():
            old = self.seen.get(rel)
            path = os.path.join(self.root, rel)
            if old is None or (old.size, old.mtime_ns, old.ino) != (
                st.st_size,
                st.st_mtime_ns,
                st.st_ino,
            ):
                known = self.files.get(rel)
                fresh = known is None or (st.st_size, st.st_mtime_ns) != (
                    known.offset,
                    known.mtime_ns,
                )
                if old is not None or fresh:
                    changed = True
                # unchanged since its modification time, as far as this poll can tell
                age = max(self.wall() - st.st_mtime_ns / 1e9, 0.0)
                self.seen[rel] = Seen(path, st.st_size, st.st_mtime_ns, st.st_ino, now - age)
        for rel in set(self.seen) - set(current):
            del self.seen[rel]
        return changed

    def _settled(self, s: Seen, now: float) -> bool:
        """Unchanged for ``settle`` seconds. An empty file settles too: it is then judged
        (reported as empty, retried when it changes) instead of blocking ``--idle-exit``
        for ever as a file still being written."""
        age = max(now - s.since, 0.0)
        return age >= self.settle

    def settling(self) -> bool:
        """True while a file that is not followed waits to settle before its scan."""
        now = self.clock()
        for rel, s in self.seen.items():
            state = self.files.get(rel)
            waiting = state is None or (
                state.status == "unreadable"
                and (s.size, s.mtime_ns) != (state.offset, state.mtime_ns)
            )
            if waiting and not self._settled(s, now):
                return True
        return False

    # -- work ----------------------------------------------------------------------------

    def ready(self) -> list[Work]:
        """What can be scanned now (the tracker's own file states advance only through
        :meth:`done`, after the window that scans them is committed)."""
        now = self.clock()
        out: list[Work] = []
        for rel in sorted(self.seen):
            s = self.seen[rel]
            state = self.files.get(rel)
            work = (
                self._new(rel, s, now)
                if state is None or state.status == "unreadable"
                else self._known(state, s)
            )
            if work is not None:
                out.append(work)
        return out

    def done(self, work: list[Work]) -> None:
        """Record the committed window's file states."""
        for w in work:
            self.files[w.after.name] = w.after

    def _input_file(self, rel: str, s: Seen) -> InputFile:
        fmt = self.fmt or format_from_name(rel)
        return InputFile(
            path=s.path, source=self.base + rel, name=rel, format=fmt or "", size=s.size
        )

    def _new(self, rel: str, s: Seen, now: float) -> Work | None:
        old = self.files.get(rel)
        if old is not None and (s.size, s.mtime_ns) == (old.offset, old.mtime_ns):
            return None  # unreadable, and unchanged since
        f = self._input_file(rel, s)
        follow = f.format in ("jsonl", "log")
        if not follow and not self._settled(s, now):
            return None
        try:
            probed = probe(f)
        except InputError as exc:
            if follow and s.size > 0 and not self._settled(s, now):
                return None  # a JSON-lines file still being started
            return self._unreadable(f, s, exc.cause)
        except OSError:
            return None  # gone or locked; next poll
        if probed.layout in LINE_LAYOUTS and not probed.gzip and _tailable(probed):
            start = FileState(
                name=rel,
                source=f.source,
                format=f.format,
                status="tail",
                layout=probed.layout,
                ino=s.ino,
            )
            return self._tail(start, s)
        if not self._settled(s, now):
            return None  # gzip JSON lines: whole, once settled
        try:
            refs = tuple(plan_refs(probed, self.chunk_size))
        except OSError:
            return None
        for note in file_notes(probed):
            self.warn(note)
        after = FileState(
            name=rel,
            source=f.source,
            format=f.format,
            status="done",
            layout=probed.layout,
            gzip=probed.gzip,
            offset=s.size,
            ino=s.ino,
            mtime_ns=s.mtime_ns,
        )
        return Work(refs, after)

    def _unreadable(self, f: InputFile, s: Seen, cause: str) -> Work:
        self.warn(f"{f.source}: {cause}; not scanned (retried when it changes)")
        after = FileState(
            name=f.name,
            source=f.source,
            format=f.format,
            status="unreadable",
            offset=s.size,
            ino=s.ino,
            mtime_ns=s.mtime_ns,
            note=cause,
        )
        return Work((), after)

    def _known(self, state: FileState, s: Seen) -> Work | None:
        if state.status == "tail":
            what = None
            if s.ino != state.ino:
                what = "replaced"
            elif s.size < state.offset:
                what = "truncated"
            elif s.size > state.offset and not mark_holds(s.path, state.offset, state.mark):
                what = "rewritten"
            if what is not None:
                note = f"{what} while followed; no longer read"
                self.warn(f"{state.source}: {note}")
                return Work((), replace(state, status="stopped", note=note))
            return self._tail(state, s) if s.size > state.offset else None
        if state.status == "done" and (s.size, s.mtime_ns) != (state.offset, state.mtime_ns):
            key = (state.name, f"{s.size}:{s.mtime_ns}")
            if key not in self._warned:
                self._warned.add(key)
                note = "changed after it was scanned; the change is not scanned"
                self.warn(
                    f"{state.source}: changed after it was scanned; only JSON-lines and log files "
                    "are followed, so the change is not scanned"
                )
                # committed with the next window, so summary.json lists it too
                return Work((), replace(state, note=note))
        return None

    def unfinished(self) -> list[tuple[str, str]]:
        """``(source, cause)`` for each file seen with data not scanned yet: a JSON-lines
        file's bytes after its last complete line, or a file still settling. Watch reports
        them when it stops, so an unfinished last line is never skipped in silence (a
        restart scans it once it is complete)."""
        out = []
        for rel in sorted(self.seen):
            s = self.seen[rel]
            state = self.files.get(rel)
            if state is None and s.size > 0:
                out.append((self.base + rel, "not scanned yet (still being written)"))
            elif (
                state is not None
                and state.status == "tail"
                and s.ino == state.ino
                and s.size > state.offset
            ):
                n = s.size - state.offset
                out.append((state.source, f"{n} bytes after the last complete line not scanned"))
        return out

    def _tail(self, state: FileState, s: Seen) -> Work | None:
        """The complete lines after ``state.offset``, as one byte-range ref."""
        w3c = W3CLines(state.fields) if state.layout == "w3c" else None
        got = complete_lines(s.path, state.offset, s.size, w3c=w3c)
        if got is None:
            return None
        body, lines, records = got
        f = InputFile(
            path=s.path,
            source=state.source,
            name=state.name,
            format=state.format,
            size=state.offset + len(body),
            layout=state.layout,
        )
        ref = ChunkRef(
            f,
            "range",
            first_record=state.record,
            first_line=state.line + 1,
            start=state.offset,
            end=state.offset + len(body),
            nbytes=len(body),
            header=state.fields,
        )
        after = replace(
            state,
            fields=w3c.fields if w3c is not None else (),
            offset=state.offset + len(body),
            line=state.line + lines,
            record=state.record + records,
            mtime_ns=s.mtime_ns,
            mark=_mark(body[-MARK_BYTES:]),
        )
        return Work((ref,), after)


def _mark(data: bytes) -> str:
    return f"{len(data)}:{hashlib.sha256(data).hexdigest()[:32]}"


def mark_holds(path: str, offset: int, mark: str) -> bool:
    """True when the bytes just before ``offset`` still hash to ``mark`` (or there is no
    mark, as in a state written before marks existed, or the file cannot be read now:
    the next poll sees it gone)."""
    if not mark:
        return True
    n = int(mark.split(":", 1)[0])
    try:
        with open(path, "rb") as fh:
            fh.seek(offset - n)
            return _mark(fh.read(n)) == mark
    except (OSError, ValueError):
        return True


def complete_lines(
    path: str, offset: int, size: int, cap: int = MAX_TAIL_BYTES, w3c: W3CLines | None = None
) -> tuple[bytes, int, int] | None:
    """The complete lines of ``path`` from ``offset``: ``(bytes up to and including the
    last newline, physical lines, records)``, or None when no line is complete.

    At most about ``cap`` bytes (more only when a single line is longer). Lines are
    counted as the batch reader counts them: split on ``\\n``, a record when not only
    whitespace, a byte order mark at the start of the file ignored. For a W3C log
    (``w3c``), directives are no records, and ``w3c`` takes the ``#Fields`` among them.
    """
    want = size - offset
    if want <= 0:
        return None
    with open(path, "rb") as fh:
        fh.seek(offset)
        data = fh.read(min(want, cap))
        cut = data.rfind(b"\n")
        while cut < 0 and len(data) < want:
            more = fh.read(min(cap, want - len(data)))
            if not more:
                break
            i = more.rfind(b"\n")
            if i >= 0:
                cut = len(data) + i
            data += more
    if cut < 0:
        return None
    body = data[: cut + 1]
    text = strip_bom(body) if offset == 0 else body
    lines = text.split(b"\n")[:-1]
    records = [ln for ln in lines if ln.strip()]
    if w3c is not None:
        records = [ln for ln in records if not w3c.directive(ln.rstrip(b"\r"))]
    return body, len(lines), len(records)
