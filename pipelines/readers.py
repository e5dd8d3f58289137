"""Read input files as chunks of records, in two steps that Beam can spread over workers.

1. :func:`plan_refs` makes a cheap pass over a file and cuts it into :class:`ChunkRef`\\ s:
   byte ranges of about ``chunk_size`` records for plain JSON lines, JSON arrays and CSV
   (found with the same parser the reader uses, so a quoted multi-line CSV field never
   straddles two ranges), one ref per row group for Parquet, and one *stream* ref for a
   gzip file (gzip cannot be entered in the middle).
2. :func:`read_ref` reads one ref and yields :class:`Chunk`\\ s of at most ``chunk_size``
   contiguous records and :class:`Reject`\\ s for records that cannot be read.

Why references and not records between the two steps: the Beam element that crosses the
reshuffle is a few hundred bytes whatever the file size, so memory stays bounded by the
chunk size on every runner (the DirectRunner keeps whole PCollections in memory between
stages), while chunks of one big file are still detected in parallel.

Record indices follow the contract: non-blank lines of a JSON-lines file, elements of a
JSON array, data rows of a CSV (header excluded), rows of a Parquet file. A rejected
record keeps its index (it is counted, then skipped), so the chunks around it stay
aligned with the source. Reject reasons name the record's place (line, element, byte,
column) and the cause, never its content.

Limits (:mod:`pipelines.limits`) are enforced here: a line, element or row over the record
size limit is skipped while it is read and rejected; a record holding a longer string than
the field limit, or nested deeper than the depth limit, is rejected after parsing; a file
with more columns than the column limit is one reject; and a chunk closes early once it
holds :data:`~pipelines.limits.CHUNK_BYTES` of input, so memory stays bounded.
"""

from __future__ import annotations

import contextlib
import csv
import itertools
import json
import tempfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

import orjson
import pyarrow as pa

from pipelines import streams
from pipelines.inputs import ENCODING_NAMES, UTF8_BOM, InputFile, _open, read_whole
from pipelines.jsonscan import (
    ArrayScanner,
    Broken,
    Close,
    Element,
    Skipped,
    latin1_blocks,
    utf8_blocks,
)
from pipelines.limits import (
    CHUNK_BYTES,
    MAX_COLUMNS,
    MAX_DEPTH,
    MAX_FIELD_CHARS,
    mib,
    needs_walk,
    over_record_size,
    record_problem,
    too_many_columns,
)
from pipelines.streams import Counting, Oversized, StreamError
from pipelines.w3c_log import W3CLines

#: CSV fields (a multi-line note) may be long, but not longer than any other field.
CSV_FIELD_LIMIT = MAX_FIELD_CHARS
#: The one field of a record read from a text log (:func:`parse_text_line`).
LOG_FIELD = "line"
#: Layouts read a line per record: JSON lines, text logs, W3C extended logs.
LINE_LAYOUTS = ("lines", "text", "w3c")
#: A parsed line: the record, or the reason it is rejected.
Parsed = tuple[dict | None, str | None]


@dataclass(frozen=True)
class ChunkRef:
    """A part of one input file to read, small enough to be a Beam element.

    Attributes:
        file: the (probed) input file.
        mode: ``range`` (bytes ``start:end`` of an uncompressed file), ``row_group``
            (Parquet row groups ``start:end``) or ``stream`` (the whole file, sequentially).
        first_record: index of the ref's first record in the file.
        first_line: 1-based physical line where the range starts (text formats), for
            reject reasons.
        start: byte offset or first row group.
        end: byte offset or row group one past the range (None: to the end of the file,
            for byte ranges; a ``row_group`` ref always has one).
        nbytes: this ref's share of the file size (the shares of a file sum to its size;
            used for progress).
        header: CSV column names (read once by the planner).
        error: set when the planner found the file unreadable as a whole after probing
            (a broken CSV header): reading the ref only reports it as a reject.
        grammar: for JSON array ranges, what the range starts with (a state of
            :class:`ArrayScanner`: ``open``, ``first``, ``elem`` or ``next``).
    """

    file: InputFile
    mode: str
    first_record: int
    first_line: int = 1
    start: int = 0
    end: int | None = None
    nbytes: int = 0
    header: tuple[str, ...] = ()
    error: str = ""
    grammar: str = ""


class Chunk(NamedTuple):
    """Contiguous readable records ``first_record ..`` of ``source``.

    ``schema`` is the Arrow schema of the records when the input has one (CSV, Parquet);
    ``nbytes`` is the storage read for this chunk where only streaming reveals it (gzip).
    """

    source: str
    first_record: int
    records: list[dict]
    schema: pa.Schema | None = None
    nbytes: int = 0


class Reject(NamedTuple):
    """A record that could not be read: where it is and why, never its content."""

    source: str
    record: int
    reason: str


def _newline(f: InputFile) -> bytes:
    """The file's line terminator as the line splitter wants it."""
    return f.newline.encode()


def _range_blocks(ref: ChunkRef) -> Iterator[bytes | StreamError]:
    """The bytes ``start:end`` of an uncompressed file, in blocks (never held whole: a
    range may hold a line far over the record size limit)."""
    with _open(ref.file.path) as raw:
        raw.seek(ref.start)
        left = None if ref.end is None else ref.end - ref.start
        first = True
        while left is None or left > 0:
            block = raw.read(streams.BLOCK if left is None else min(streams.BLOCK, left))
            if not block:
                return
            if left is not None:
                left -= len(block)
            if first and ref.start == 0:
                block = streams.strip_bom(block)
            first = False
            yield block


# -- chunk assembly --------------------------------------------------------------------


class _Batcher:
    """Groups records into contiguous chunks; a reject closes the current chunk."""

    def __init__(
        self, source: str, first_record: int, size: int, schema: pa.Schema | None = None
    ) -> None:
        self.source = source
        self.size = size
        self.schema = schema
        self.ref_first = first_record
        self.next = first_record
        self.start = first_record
        self.records: list[dict] = []
        self.held = 0  # input bytes of the records held, for the chunk byte budget
        self.emitted = False
        self.progress: Counting | None = None

    def add(self, record: dict, nbytes: int = 0) -> Chunk | None:
        """Add a record read from ``nbytes`` of input; a full chunk comes back."""
        self.records.append(record)
        self.next += 1
        self.held += nbytes
        full = len(self.records) >= self.size or self.held >= CHUNK_BYTES
        return self.flush() if full else None

    def reject(self, reason: str) -> list[Chunk | Reject]:
        out: list[Chunk | Reject] = []
        chunk = self.flush()
        if chunk is not None:
            out.append(chunk)
        out.append(Reject(self.source, self.next, reason))
        self.next += 1
        self.start = self.next
        return out

    def flush(self) -> Chunk | None:
        if not self.records:
            self.start = self.next
            return None
        nbytes = self.progress.delta() if self.progress else 0
        chunk = Chunk(self.source, self.start, self.records, self.schema, nbytes)
        self.records, self.start, self.emitted, self.held = [], self.next, True, 0
        return chunk

    def finish(self) -> Iterator[Chunk]:
        """The last chunk; an empty one when the ref had no readable record at all, so
        that every input file still gets a (possibly empty) redacted copy."""
        chunk = self.flush()
        if chunk is not None:
            yield chunk
        elif not self.emitted:
            nbytes = self.progress.delta() if self.progress else 0
            yield Chunk(self.source, self.ref_first, [], self.schema, nbytes)


def _kind(value: object) -> str:
    if isinstance(value, list):
        return "array"
    if isinstance(value, str):
        return "string"
    if isinstance(value, bool):
        return "boolean"
    if value is None:
        return "null"
    return "number"


def _lone_surrogates(value: object) -> bool:
    """True when a parsed value holds a lone ``\\udXXX`` escape (not storable as UTF-8)."""
    try:
        orjson.dumps(value)
    except (orjson.JSONEncodeError, TypeError):
        return True
    return False


# -- JSON lines ------------------------------------------------------------------------


#: orjson turns integers beyond 64 bits into floats; lines with a run of 20 digits go to
#: the standard library so that a 20-digit account number stays exact. (Mapping every digit
#: to "0" and searching for 20 zeros is ~30x faster than the regex ``[0-9]{20}`` on
#: digit-heavy analytics rows.)
_DIGITS_TO_ZERO = bytes.maketrans(b"123456789", b"000000000")
_TWENTY_ZEROS = b"0" * 20


def _has_long_digits(line: bytes) -> bool:
    return _TWENTY_ZEROS in line.translate(_DIGITS_TO_ZERO)


def parse_json_line(line: bytes) -> tuple[dict | None, str | None]:
    """Parse one JSON-lines record: ``(object, None)`` or ``(None, reason)``."""
    try:
        if _has_long_digits(line):
            raise orjson.JSONDecodeError("long integer", "", 0)
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        # orjson is strict; the standard library accepts big integers and NaN.
        try:
            text = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            return None, f"invalid UTF-8 at byte {exc.start + 1} of the line"
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            return None, f"malformed JSON ({exc.msg} at column {exc.colno})"
        except RecursionError:
            return None, f"nested more than {MAX_DEPTH} levels deep (the depth limit)"
        if b"\\u" in line and _lone_surrogates(value):
            return None, "invalid \\u escape (a lone surrogate)"
    if not isinstance(value, dict):
        return None, f"a JSON {_kind(value)}, not an object"
    if needs_walk(line):
        problem = record_problem(value)
        if problem is not None:
            return None, problem
    return value, None


def parse_text_line(line: bytes) -> tuple[dict | None, str | None]:
    """One line of a text log as a record: ``({"line": text}, None)`` or ``(None, reason)``.

    A web server's or CDN's access log holds a request per line (the URL with its query
    string, the referrer, the client's address): each line is one record, scanned as one
    text field, and the redacted copy has one string column, ``line``."""
    try:
        text = line.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"invalid UTF-8 at byte {exc.start + 1} of the line"
    return {LOG_FIELD: text.rstrip("\r")}, None


def _line_parser(ref: ChunkRef) -> tuple[W3CLines | None, Callable[[bytes], Parsed]]:
    """How a ref's lines become records: JSON lines, a text log's lines, or a W3C log's
    data lines under the ``#Fields`` in effect where the ref starts."""
    layout = ref.file.layout
    if layout == "w3c":
        w3c = W3CLines(ref.header)
        return w3c, w3c.parse
    return None, parse_text_line if layout == "text" else parse_json_line


def _read_lines(
    ref: ChunkRef, lines: Iterable[bytes | Oversized | StreamError], batch: _Batcher
) -> Iterator[Chunk | Reject]:
    """Records of JSON lines, of text lines for a log read as text, or of a W3C log's
    data lines (its directives are not records)."""
    w3c, parse = _line_parser(ref)
    line_no = ref.first_line - 1
    for line in lines:
        if isinstance(line, Oversized):
            line_no += 1
            yield from batch.reject(f"line {line_no}: {over_record_size(line.nbytes)}")
            continue
        if isinstance(line, StreamError):
            if line.partial:
                yield from batch.reject(f"line {line_no + 1}: {line.reason} inside this record")
            else:
                yield from batch.reject(
                    f"{line.reason} after line {line_no}: the rest of the file is lost"
                )
            break
        line_no += 1
        if not line.strip() or (w3c is not None and w3c.directive(line)):
            continue
        value, reason = parse(line)
        if reason is not None:
            yield from batch.reject(f"line {line_no}: {reason}")
            continue
        chunk = batch.add(value, len(line))  # type: ignore[arg-type]
        if chunk is not None:
            yield chunk
    yield from batch.finish()


def _plan_lines(f: InputFile, size: int) -> Iterator[ChunkRef]:
    """Byte ranges of ``size`` records; for a W3C log, each carries the ``#Fields`` in
    effect where it starts (directives are not records)."""
    w3c = W3CLines() if f.layout == "w3c" else None
    with _open(f.path) as raw:
        bom = raw.read(len(UTF8_BOM))
        offset = len(UTF8_BOM) if bom == UTF8_BOM else 0
        raw.seek(offset)
        start, first, first_line, count, fields = 0, 0, 1, 0, ()
        lines = streams.lines(streams.blocks(raw), keepends=True, newline=_newline(f))
        for line_no, line in enumerate(lines, start=1):
            assert not isinstance(line, StreamError)  # uncompressed files do not break
            offset += line.nbytes if isinstance(line, Oversized) else len(line)
            if isinstance(line, Oversized) or line.strip():
                if w3c is not None and not isinstance(line, Oversized) and w3c.directive(line):
                    continue
                count += 1
                if count - first == size:
                    yield ChunkRef(
                        f, "range", first, first_line, start, offset, offset - start, fields
                    )
                    start, first, first_line = offset, count, line_no + 1
                    fields = w3c.fields if w3c is not None else ()
    yield ChunkRef(f, "range", first, first_line, start, None, f.size - start, fields)


# -- JSON arrays -----------------------------------------------------------------------


def _plan_array(f: InputFile, size: int) -> Iterator[ChunkRef]:
    with _open(f.path) as raw:
        head = raw.read(len(UTF8_BOM))
        skip = len(UTF8_BOM) if head == UTF8_BOM else 0
        raw.seek(skip)
        scanner = ArrayScanner(latin1_blocks(raw), "open")
        first, start, prev_end = 0, None, 0
        for count, item in enumerate(scanner, start=1):
            if not isinstance(item, (Element, Skipped)):
                break
            if start is None:
                start = item.start + skip
            if count - first == size:
                end = item.end + skip
                grammar = "first" if first == 0 else "elem"
                yield ChunkRef(f, "range", first, 1, start, end, end - prev_end, grammar=grammar)
                first, prev_end, start = count, end, None
    if start is not None:
        grammar = "first" if first == 0 else "elem"
    elif first == 0:
        start, grammar = 0, "open"  # an empty array, or a broken first element
    else:
        start, grammar = prev_end, "next"  # after the last full chunk: ',' or ']' or junk
    yield ChunkRef(f, "range", first, 1, start, None, f.size - prev_end, grammar=grammar)


def _read_array(
    ref: ChunkRef, blocks: Iterator[str | StreamError], state: str, batch: _Batcher
) -> Iterator[Chunk | Reject]:
    """Records of a JSON array (or, in state ``values``, of a JSON document)."""
    scanner = ArrayScanner(blocks, state)
    closed = broken = False
    noun = "value" if state == "values" else "element"
    for item in scanner:
        k = batch.next
        if isinstance(item, Close):
            closed = True
            if item.trailing:
                yield from batch.reject("data after the end of the JSON array")
            break
        if isinstance(item, Broken):
            cause = scanner.error.reason if scanner.error else item.reason
            yield from batch.reject(f"{noun} {k}: {cause}; the rest of the file cannot be read")
            broken = True
            break
        if isinstance(item, Skipped):
            yield from batch.reject(f"{noun} {k}: {item.reason}")
            continue
        text = scanner.text_slice
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            yield from batch.reject(f"{noun} {k}: invalid UTF-8")
            continue
        value = item.value
        if not isinstance(value, dict):
            yield from batch.reject(f"{noun} {k}: a JSON {_kind(value)}, not an object")
            continue
        if "\\u" in text and _lone_surrogates(value):
            yield from batch.reject(f"{noun} {k}: invalid \\u escape (a lone surrogate)")
            continue
        problem = record_problem(value) if needs_walk(text) else None
        if problem is not None:
            yield from batch.reject(f"{noun} {k}: {problem}")
            continue
        chunk = batch.add(value, len(text))
        if chunk is not None:
            yield chunk
    if scanner.error and not broken:
        yield from batch.reject(
            f"{scanner.error.reason} after {noun} {batch.next - 1}: the rest of the file is lost"
        )
    elif state != "values" and not (closed or broken) and ref.end is None:
        yield from batch.reject(
            f"the JSON array is not closed after element {batch.next - 1}: "
            "the file may be cut short"
        )
    yield from batch.finish()


# -- CSV -------------------------------------------------------------------------------


def header_names(row: list[str]) -> tuple[str, ...]:
    """Column names: blank names become ``column_<n>``, duplicates get ``_<k>`` (a CSV
    header row's, a worksheet's: :mod:`pipelines.excel`)."""
    names: list[str] = []
    seen: set[str] = set()
    for i, name in enumerate(row, start=1):
        name = name or f"column_{i}"
        base, k = name, 2
        while name in seen:
            name, k = f"{base}_{k}", k + 1
        seen.add(name)
        names.append(name)
    return tuple(names)


class _OversizedLine(Exception):
    """Raised through ``csv.reader`` when the feed skipped a line over the size limit."""

    def __init__(self, nbytes: int) -> None:
        super().__init__(nbytes)
        self.nbytes = nbytes


class _LineFeed:
    """Feeds decoded lines to ``csv.reader`` while counting lines and bytes consumed;
    a stream error stops the feed and is kept for the reader to report. A line over the
    record size limit raises :class:`_OversizedLine` out of the reader, which starts
    afresh on the next line (an iterator class, not a generator: it must survive that)."""

    def __init__(
        self,
        lines: Iterable[bytes | Oversized | StreamError],
        first_line: int = 1,
        encoding: str = "utf-8",
    ):
        self.lines = iter(lines)
        self.consumed = 0
        self.line_no = first_line - 1
        self.error: StreamError | None = None
        self.encoding = encoding
        # UTF-16 reaches the feed already transcoded (streams.utf16_to_utf8)
        self.codec = "utf-8" if encoding == "utf-16" else encoding

    def __iter__(self) -> _LineFeed:
        return self

    def __next__(self) -> str:
        if self.error is not None:
            raise StopIteration
        line = next(self.lines)
        if isinstance(line, StreamError):
            self.error = line
            raise StopIteration
        self.line_no += 1
        if isinstance(line, Oversized):
            self.consumed += line.nbytes
            raise _OversizedLine(line.nbytes)
        self.consumed += len(line)
        return line.decode(self.codec, "surrogateescape")


def _csv_rows(feed: _LineFeed, f: InputFile) -> Iterator[tuple[int, list[str] | None, str | None]]:
    """``(first line, row, None)`` per CSV row of ``f``, or ``(first line, None, error)``.
    An ``escaped`` file (an Adobe data feed) quotes nothing and escapes with a backslash."""
    csv.field_size_limit(CSV_FIELD_LIMIT)
    if f.escaped:
        reader = csv.reader(
            feed, delimiter=f.delimiter, quoting=csv.QUOTE_NONE, escapechar="\\", strict=True
        )
    else:
        reader = csv.reader(feed, delimiter=f.delimiter, strict=True)
    while True:
        line = feed.line_no + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        except _OversizedLine as exc:
            yield feed.line_no, None, over_record_size(exc.nbytes)
            continue
        except csv.Error as exc:
            msg = str(exc)
            if "unexpected end of data" in msg:
                msg = "unterminated quoted field (the file ends inside it)"
            elif "field larger than field limit" in msg:
                msg = f"a field longer than {mib(CSV_FIELD_LIMIT)}, the field size limit"
            yield line, None, f"malformed CSV: {msg}"
            continue
        if row:
            yield line, row, None


def _undecodable(row: list[str]) -> bool:
    """True when a field holds bytes the file's encoding could not decode (kept as lone
    surrogates by ``surrogateescape``)."""
    try:
        "".join(row).encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def csv_schema(header: tuple[str, ...]) -> pa.Schema:
    """CSV values are text: every column is a nullable string."""
    return pa.schema([pa.field(n, pa.string()) for n in header])


def _read_csv(
    ref: ChunkRef,
    feed: _LineFeed,
    header: tuple[str, ...],
    batch: _Batcher,
    before: Iterable[tuple[int, list[str] | None, str | None]] = (),
) -> Iterator[Chunk | Reject]:
    """Records of the CSV rows ``feed`` holds (``before``: rows read ahead of the header,
    a report's title block, which come first)."""
    width = len(header)
    consumed = feed.consumed
    for line, row, error in itertools.chain(before, _csv_rows(feed, ref.file)):
        nbytes, consumed = feed.consumed - consumed, feed.consumed
        if row is None:
            yield from batch.reject(f"line {line}: {error}")
            continue
        if _undecodable(row):
            yield from batch.reject(f"line {line}: invalid {ENCODING_NAMES[feed.encoding]}")
            continue
        if len(row) > width and not any(row[width:]):
            row = row[:width]  # a trailing delimiter (``a,b,c,``): the extra fields are empty
        if len(row) > width:
            yield from batch.reject(f"line {line}: {len(row)} fields but the header has {width}")
            continue
        if len(row) < width:
            row = row + [None] * (width - len(row))  # type: ignore[list-item]
        chunk = batch.add(dict(zip(header, row, strict=True)), nbytes)
        if chunk is not None:
            yield chunk
    if feed.error is not None:
        yield from batch.reject(f"{feed.error.reason} after line {feed.line_no}: the rest is lost")
    yield from batch.finish()


def _skip_sep_line(feed: _LineFeed, f: InputFile) -> None:
    """Skip Excel's ``sep=`` line; it is counted, so that reject reasons keep the file's
    line numbers."""
    if f.sep_line:
        next(feed, None)


def _title_rows(feed: _LineFeed, f: InputFile) -> list[tuple[int, list[str] | None, str | None]]:
    """The ``f.preamble`` lines of a report's title block above the header row
    (:func:`pipelines.inputs.report_preamble`), read as CSV rows: records like any other,
    before the table's."""
    if not f.preamble:
        return []
    first_line = feed.line_no + 1
    lines: list[str] = []
    try:
        for _ in range(f.preamble):
            lines.append(next(feed))
    except (StopIteration, _OversizedLine):
        pass
    # back to the bytes they were read from: an undecodable byte (kept as a surrogate) is
    # then judged as in any row, not lost to an encoding error
    codec = feed.codec
    title = _LineFeed((ln.encode(codec, "surrogateescape") for ln in lines), first_line, codec)
    return list(_csv_rows(title, f))


def _csv_header(feed: _LineFeed, f: InputFile) -> tuple[tuple[str, ...], str]:
    """The column names, or ``((), reason)`` when they cannot be read: the header row's,
    or for a file without one (an Adobe data feed's hits) those the probe found beside it."""
    if f.columns:
        return header_names(list(f.columns)), ""
    for _line, row, error in _csv_rows(feed, f):
        if row is None:
            return (), f"the CSV header row cannot be read ({error})"
        if _undecodable(row):
            return (), f"the CSV header row is not valid {ENCODING_NAMES[feed.encoding]}"
        if len(row) > MAX_COLUMNS:
            return (), too_many_columns(len(row), "CSV header")
        return header_names(row), ""
    return (), "no CSV header row"


def _plan_csv(f: InputFile, size: int) -> Iterator[ChunkRef]:
    with _open(f.path) as raw:
        bom = len(UTF8_BOM) if raw.read(len(UTF8_BOM)) == UTF8_BOM else 0
        raw.seek(bom)
        lines = streams.lines(streams.blocks(raw), keepends=True, newline=_newline(f))
        feed = _LineFeed(lines, encoding=f.encoding)
        _skip_sep_line(feed, f)
        title_start, title_line = feed.consumed + bom, feed.line_no + 1
        title = _title_rows(feed, f)
        title_end = feed.consumed + bom
        header, error = _csv_header(feed, f)
        if error:
            yield ChunkRef(f, "range", 0, nbytes=f.size, error=error)
            return
        titled = len(title)  # records before the table's first row
        if f.preamble:  # the title block is the first range, read with the table's header
            yield ChunkRef(f, "range", 0, title_line, title_start, title_end, 0, header)
        start, first, prev = feed.consumed + bom, titled, 0
        first_line = feed.line_no + 1
        for count, _row in enumerate(_csv_rows(feed, f), start=titled + 1):
            if count - first == size:
                end = feed.consumed + bom
                yield ChunkRef(f, "range", first, first_line, start, end, end - prev, header)
                start, first, first_line, prev = end, count, feed.line_no + 1, end
    yield ChunkRef(f, "range", first, first_line, start, None, f.size - prev, header)


# -- Excel workbooks ---------------------------------------------------------------------


def _read_xlsx(f: InputFile, chunk_size: int) -> Iterator[Chunk | Reject]:
    """Records of a workbook's rows (:mod:`pipelines.excel`), under its sheets' header."""
    from pipelines.excel import WorkbookError, read_workbook

    data = read_whole(f)
    try:
        header, rows = read_workbook(data)
    except WorkbookError as exc:  # it changed since it was probed
        yield Reject(f.source, 0, str(exc))
        yield Chunk(f.source, 0, [], None, len(data))
        return
    width = len(header)
    batch = _Batcher(f.source, 0, chunk_size, csv_schema(header))
    for row in rows:
        values = row.values
        if len(values) > width:
            where = f"sheet {row.sheet!r} row {row.number}"
            yield from batch.reject(f"{where}: {len(values)} fields but the header has {width}")
            continue
        padded = values + [None] * (width - len(values))
        chunk = batch.add(dict(zip(header, padded, strict=True)))
        if chunk is not None:
            yield chunk
    yield from batch.finish()


# -- Parquet ---------------------------------------------------------------------------


def relaxed_schema(schema: pa.Schema) -> pa.Schema:
    """The schema with every field, at every depth, nullable and no metadata: redaction
    may null a value, and pandas/Spark metadata would describe the original, not the copy."""
    return pa.schema([_relax(f) for f in schema])


def _relax(field: pa.Field) -> pa.Field:
    t = field.type
    if pa.types.is_struct(t):
        t = pa.struct([_relax(t.field(i)) for i in range(t.num_fields)])
    elif pa.types.is_large_list(t):
        t = pa.large_list(_relax(t.value_field))
    elif pa.types.is_list(t):
        t = pa.list_(_relax(t.value_field))
    elif pa.types.is_map(t):
        t = pa.map_(t.key_field.type, _relax(t.item_field))
    return pa.field(field.name, t, nullable=True)


def _plan_parquet(f: InputFile, chunk_size: int) -> Iterator[ChunkRef]:
    """Refs of whole row groups: consecutive groups together until they hold
    ``chunk_size`` rows. Exports written with small row groups (a few hundred rows) would
    otherwise make as many small chunks, each paying the engine's per-chunk costs."""
    import pyarrow.parquet as pq

    with _open(f.path) as raw:
        meta = pq.ParquetFile(raw).metadata
    total = max(meta.num_rows, 1)
    n_groups = meta.num_row_groups
    first, share_prev, group = 0, 0, 0
    while group < n_groups:
        end, rows = group, 0
        while end < n_groups and (end == group or rows < chunk_size):
            rows += meta.row_group(end).num_rows
            end += 1
        share = f.size * (first + rows) // total if end < n_groups else f.size
        yield ChunkRef(f, "row_group", first, start=group, end=end, nbytes=share - share_prev)
        first, share_prev, group = first + rows, share, end
    if n_groups == 0:
        yield ChunkRef(f, "stream", 0, nbytes=f.size)


def _schema_depth(schema: pa.Schema) -> int:
    """How deep a Parquet schema nests (a flat table is 1), without recursion."""
    deepest = 0
    todo = [(f.type, 1) for f in schema]
    while todo:
        t, depth = todo.pop()
        deepest = max(deepest, depth)
        if pa.types.is_struct(t):
            todo.extend((t.field(i).type, depth + 1) for i in range(t.num_fields))
        elif pa.types.is_map(t):
            todo.extend([(t.key_type, depth + 1), (t.item_type, depth + 1)])
        elif pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
            todo.append((t.value_type, depth + 1))
    return deepest


def parquet_problem(pf) -> str:
    """Why a Parquet file as a whole is over a limit (too many columns, nested too deeply),
    or ``""``."""
    if pf.metadata.num_columns > MAX_COLUMNS:
        return too_many_columns(pf.metadata.num_columns, "Parquet schema")
    depth = _schema_depth(pf.schema_arrow) + 1  # the record itself is one level
    if depth > MAX_DEPTH:
        return f"the Parquet schema nests {depth} levels deep, over the limit of {MAX_DEPTH}"
    return ""


def _string_leaves(arr: pa.Array) -> Iterator[pa.Array]:
    """The string arrays inside ``arr`` at any depth (dictionaries by their values)."""
    todo = [arr]
    while todo:
        a = todo.pop()
        t = a.type
        if pa.types.is_struct(t):
            todo.extend(a.field(i) for i in range(t.num_fields))
        elif pa.types.is_map(t):
            todo.extend([a.keys, a.items])
        elif pa.types.is_list(t) or pa.types.is_large_list(t) or pa.types.is_fixed_size_list(t):
            todo.append(a.flatten())
        elif pa.types.is_dictionary(t):
            todo.append(a.dictionary)
        elif pa.types.is_string(t) or pa.types.is_large_string(t):
            yield a


def _may_hold_long_strings(rb: pa.RecordBatch) -> bool:
    """True when some string in the batch may be over the field size limit. A string
    array whose buffers are smaller than the limit cannot hold such a value, so the exact
    (vectorized) length check runs only on big arrays."""
    import pyarrow.compute as pc

    for col in rb.columns:
        for leaf in _string_leaves(col):
            if leaf.nbytes > MAX_FIELD_CHARS and len(leaf):
                longest = pc.max(pc.utf8_length(leaf)).as_py()
                if longest is not None and longest > MAX_FIELD_CHARS:
                    return True
    return False


_CONVERSION_ERRORS = (UnicodeDecodeError, ValueError, OverflowError, pa.ArrowException)


def _binary_as_text(t: pa.DataType) -> pa.DataType:
    """``t`` with every binary type, at any depth, made the string type of its width."""
    if pa.types.is_binary(t):
        return pa.string()
    if pa.types.is_large_binary(t):
        return pa.large_string()
    if pa.types.is_struct(t):
        return pa.struct([f.with_type(_binary_as_text(f.type)) for f in t])
    if pa.types.is_map(t):
        return pa.map_(_binary_as_text(t.key_type), _binary_as_text(t.item_type))
    if pa.types.is_large_list(t):
        return pa.large_list(t.value_field.with_type(_binary_as_text(t.value_type)))
    if pa.types.is_list(t):
        return pa.list_(t.value_field.with_type(_binary_as_text(t.value_type)))
    return t


def text_from_binary(rb: pa.RecordBatch) -> pa.RecordBatch:
    """The batch with its binary columns read as text where every value is UTF-8.

    Hive, older Impala and some Spark writers store strings as BINARY with no UTF-8
    annotation, so an email in such a column would otherwise never be scanned and would
    reach the redacted copy as it was. A column is converted per batch, whole or not at
    all: one that holds a value that is not UTF-8 is a real binary payload (an image, a
    protobuf), and stays bytes, unscanned. The redacted copy keeps the file's schema (its
    writer stores the redacted text back as binary).
    """
    schema = rb.schema
    if not any(_binary_as_text(f.type) != f.type for f in schema):
        return rb
    columns = []
    for column, field in zip(rb.columns, schema, strict=True):
        text_type = _binary_as_text(field.type)
        if text_type != field.type:
            # a value that is not UTF-8 fails the cast: binary data, left as it is
            with contextlib.suppress(pa.ArrowInvalid):
                column = column.cast(text_type)
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, names=schema.names)


def _batch_rows(rb: pa.RecordBatch) -> list[dict | str]:
    """The rows of a record batch as dicts; a row that cannot become Python values (invalid
    UTF-8 in a string column, an out-of-range timestamp) is a reason string instead."""
    try:
        return rb.to_pylist()
    except _CONVERSION_ERRORS:
        pass
    rows: list[dict | str] = []
    for i in range(rb.num_rows):
        try:
            rows.append(rb.slice(i, 1).to_pylist()[0])
        except UnicodeDecodeError:
            rows.append("invalid UTF-8 in a string column")
        except _CONVERSION_ERRORS:
            rows.append("a value cannot be converted")
    return rows


def _read_parquet(pf, ref: ChunkRef, batch: _Batcher) -> Iterator[Chunk | Reject]:
    """Each row group takes exactly the record indices its footer gives it (its
    ``num_rows``), as :func:`_plan_parquet` planned them: a group that decodes to fewer rows
    (a damaged page, a footer that lies) has its missing rows rejected, and rows past the
    footer's count, which no record index was planned for, are not read. So every row the
    file declares is read or rejected, and chunk boundaries never move an index."""
    if ref.mode == "row_group":
        groups = list(range(ref.start, ref.end))  # type: ignore[arg-type]
    else:
        groups = list(range(pf.metadata.num_row_groups))
    problem = parquet_problem(pf)
    for g in groups:
        rows = pf.metadata.row_group(g).num_rows
        if rows <= 0:
            continue
        if problem:  # one reject for the whole row group, at its first row
            yield from batch.reject(f"row group {g} ({rows:,} rows): {problem}")
            batch.next += rows - 1
            batch.start = batch.next
            continue
        done = 0
        failed = False
        try:
            for raw_batch in pf.iter_batches(
                batch_size=batch.size, row_groups=[g], use_threads=False
            ):
                yield from _parquet_batch_rows(raw_batch, batch, rows - done)
                done = min(rows, done + raw_batch.num_rows)
                if done == rows:
                    break
        except (OSError, pa.ArrowException):
            failed = True
        missing = "could not be decoded" if failed else "is missing from the data"
        for _ in range(rows - done):
            yield from batch.reject(f"row group {g}: row {batch.next} {missing}")
    yield from batch.finish()


def _parquet_batch_rows(
    raw_batch: pa.RecordBatch, batch: _Batcher, limit: int
) -> Iterator[Chunk | Reject]:
    """The first ``limit`` rows of one decoded batch, as records or rejects."""
    rb = text_from_binary(raw_batch.slice(0, limit))
    check = _may_hold_long_strings(rb)
    per_row = rb.nbytes // max(rb.num_rows, 1)
    for record in _batch_rows(rb):
        if isinstance(record, str):
            yield from batch.reject(f"row {batch.next}: {record}")
            continue
        reason = record_problem(record) if check else None
        if reason is not None:
            yield from batch.reject(f"row {batch.next}: {reason}")
            continue
        chunk = batch.add(record, per_row)
        if chunk is not None:
            yield chunk


def _read_parquet_ref(ref: ChunkRef, chunk_size: int) -> Iterator[Chunk | Reject]:
    import pyarrow.parquet as pq

    f = ref.file
    with _open(f.path) as raw:
        if not f.gzip:
            pf = pq.ParquetFile(raw)
            batch = _Batcher(
                f.source, ref.first_record, chunk_size, relaxed_schema(pf.schema_arrow)
            )
            yield from _read_parquet(pf, ref, batch)
            return
        with tempfile.SpooledTemporaryFile(max_size=64 << 20) as spool:
            for block in streams.blocks(streams.decompressed(raw, True)):
                if isinstance(block, StreamError):
                    yield Reject(f.source, 0, f"{block.reason}: the Parquet file cannot be read")
                    yield Chunk(f.source, 0, [], None)
                    return
                spool.write(block)
            spool.seek(0)
            try:
                pf = pq.ParquetFile(spool)
            except (OSError, pa.ArrowException):
                yield Reject(f.source, 0, "the decompressed data is not a readable Parquet file")
                yield Chunk(f.source, 0, [], None)
                return
            batch = _Batcher(f.source, 0, chunk_size, relaxed_schema(pf.schema_arrow))
            yield from _read_parquet(pf, ref, batch)


# -- entry points ----------------------------------------------------------------------


def plan_refs(f: InputFile, chunk_size: int) -> Iterator[ChunkRef]:
    """Cut a probed file into refs of about ``chunk_size`` records (at least one ref)."""
    if f.layout == "parquet":
        if f.gzip:
            yield ChunkRef(f, "stream", 0, nbytes=f.size)
        else:
            yield from _plan_parquet(f, chunk_size)
    elif f.layout == "xlsx":
        yield ChunkRef(f, "stream", 0, nbytes=f.size)  # a zip archive is read whole
    elif f.gzip or f.layout == "document" or f.encoding == "utf-16":
        yield ChunkRef(f, "stream", 0, nbytes=f.size)  # UTF-16 offsets are not UTF-8's
    elif f.layout in LINE_LAYOUTS:
        yield from _plan_lines(f, chunk_size)
    elif f.layout == "array":
        yield from _plan_array(f, chunk_size)
    elif f.layout == "csv":
        yield from _plan_csv(f, chunk_size)
    else:
        raise ValueError(f"{f.source}: unknown layout {f.layout!r} (was the file probed?)")


def read_ref(ref: ChunkRef, chunk_size: int) -> Iterator[Chunk | Reject]:
    """Read one ref: chunks of at most ``chunk_size`` contiguous records, and rejects.

    Every ref yields at least one chunk (possibly empty), so that every file gets a
    redacted copy even when none of its records could be read.
    """
    f = ref.file
    if ref.error:
        yield Reject(f.source, ref.first_record, ref.error)
        yield Chunk(f.source, ref.first_record, [])
        return
    if f.layout == "parquet":
        yield from _read_parquet_ref(ref, chunk_size)
        return
    if f.layout == "xlsx":
        yield from _read_xlsx(f, chunk_size)
        return
    if ref.mode == "range":
        yield from _read_range_ref(ref, chunk_size)
        return
    with _open(f.path) as raw:
        counting = Counting(raw)
        blocks = streams.blocks(streams.decompressed(raw, f.gzip))
        if f.encoding == "utf-16":
            blocks = streams.utf16_to_utf8(blocks)
        newline = _newline(f)
        if f.layout in LINE_LAYOUTS:
            batch = _Batcher(f.source, 0, chunk_size)
            batch.progress = counting
            lines = streams.bom_stripped(streams.lines(blocks, keepends=False, newline=newline))
            yield from _read_lines(ref, lines, batch)
        elif f.layout in ("array", "document"):
            batch = _Batcher(f.source, 0, chunk_size)
            batch.progress = counting
            state = "open" if f.layout == "array" else "values"
            yield from _read_array(ref, utf8_blocks(streams.bom_stripped(blocks)), state, batch)
        else:
            feed = _LineFeed(
                streams.bom_stripped(streams.lines(blocks, keepends=True, newline=newline)),
                encoding=f.encoding,
            )
            _skip_sep_line(feed, f)
            title = _title_rows(feed, f)
            header, error = _csv_header(feed, f)
            if error:
                yield Reject(f.source, 0, error)
                yield Chunk(f.source, 0, [], None, counting.delta())
                return
            batch = _Batcher(f.source, 0, chunk_size, csv_schema(header))
            batch.progress = counting
            yield from _read_csv(ref, feed, header, batch, title)


def _read_range_ref(ref: ChunkRef, chunk_size: int) -> Iterator[Chunk | Reject]:
    f = ref.file
    if f.layout in LINE_LAYOUTS:
        batch = _Batcher(f.source, ref.first_record, chunk_size)
        lines = streams.lines(_range_blocks(ref), keepends=False, newline=_newline(f))
        yield from _read_lines(ref, lines, batch)
    elif f.layout == "array":
        batch = _Batcher(f.source, ref.first_record, chunk_size)
        yield from _read_array(ref, utf8_blocks(_range_blocks(ref)), ref.grammar, batch)
    else:
        batch = _Batcher(f.source, ref.first_record, chunk_size, csv_schema(ref.header))
        lines = streams.lines(_range_blocks(ref), keepends=True, newline=_newline(f))
        feed = _LineFeed(lines, ref.first_line, f.encoding)
        yield from _read_csv(ref, feed, ref.header, batch)
