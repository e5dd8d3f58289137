"""Byte streams for the readers: blocks and lines of a file, gzip or not.

A broken gzip stream (truncated, corrupt) does not raise out of these generators: it ends
them with a :class:`StreamError`, so that a reader can turn it into a reject naming the
record where the file broke, after keeping every record before it.

A line longer than the record size limit is never held whole: :func:`lines` drops its
bytes as they arrive and yields an :class:`Oversized` marker in its place, so memory stays
bounded by the limit however long the line (a 50 MB line, a file without newlines).
"""

from __future__ import annotations

import codecs
import gzip
import zlib
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from pipelines.inputs import UTF8_BOM
from pipelines.limits import MAX_RECORD_BYTES

BLOCK = 1 << 20


class Oversized(NamedTuple):
    """A line longer than the limit, skipped unread: its length in bytes (with the newline
    when lines keep their ends), so that byte offsets stay right."""

    nbytes: int


class StreamError(NamedTuple):
    """The compressed stream broke; ``partial`` when a record was cut off by it."""

    reason: str
    partial: bool = False


def decompressed(raw, is_gzip: bool):
    """The content stream of a raw file (gzip decoded when ``is_gzip``)."""
    return gzip.GzipFile(fileobj=raw, mode="rb") if is_gzip else raw


def blocks(stream) -> Iterator[bytes | StreamError]:
    """Blocks of a (possibly gzip) stream; a broken gzip stream ends with a StreamError.

    ``read1`` returns what has been decompressed so far, so a truncated file loses only
    the record that was cut, not the last megabyte before it.
    """
    read = getattr(stream, "read1", stream.read)
    try:
        while True:
            block = read(BLOCK)
            if not block:
                return
            yield block
    except EOFError:
        yield StreamError("gzip stream truncated")
    except (gzip.BadGzipFile, zlib.error):
        yield StreamError("corrupt gzip data")


def lines(
    blocks: Iterable[bytes | StreamError],
    keepends: bool,
    limit: int = MAX_RECORD_BYTES,
    newline: bytes = b"\n",
) -> Iterator[bytes | Oversized | StreamError]:
    """Lines of a block stream (``newline``-terminated: ``\\n``, which also ends ``\\r\\n``
    lines, or ``\\r`` for files from old Mac tools); a StreamError is passed on last.

    A line longer than ``limit`` bytes (without its newline) comes out as
    :class:`Oversized`; its bytes are dropped as they arrive. A line spread over many
    blocks is joined once, at its end (never re-copied per block).
    """
    end = newline if keepends else b""
    parts: list[bytes] = []  # the pending line's blocks
    size = 0
    skipped = 0  # > 0 while inside an oversized line: bytes dropped so far
    for block in blocks:
        if isinstance(block, StreamError):
            if skipped:
                yield Oversized(skipped)
            yield StreamError(block.reason, partial=bool(b"".join(parts).strip()))
            return
        cut = block.find(newline)
        if cut < 0:
            if skipped:
                skipped += len(block)
            else:
                parts.append(block)
                size += len(block)
                if size > limit:
                    skipped, parts, size = size, [], 0
            continue
        if skipped:
            yield Oversized(skipped + cut + len(end))
            skipped = 0
        elif size + cut > limit:
            yield Oversized(size + cut + len(end))
        else:
            parts.append(block[:cut])
            yield b"".join(parts) + end
        pieces = block[cut + 1 :].split(newline)
        tail = pieces.pop()
        for p in pieces:
            yield Oversized(len(p) + len(end)) if len(p) > limit else p + end
        parts, size = ([tail], len(tail)) if tail else ([], 0)
        if size > limit:
            skipped, parts, size = size, [], 0
    if skipped:
        yield Oversized(skipped)
    elif size:
        yield b"".join(parts)


def utf16_to_utf8(blocks: Iterable[bytes | StreamError]) -> Iterator[bytes | StreamError]:
    """UTF-8 blocks of a UTF-16 stream that starts with its byte order mark, so that the
    line, CSV and JSON readers downstream see the text they read from any other file.

    Bytes that are not UTF-16 cannot be dropped silently: a lone surrogate comes out as its
    (invalid) UTF-8 encoding, and a final odd byte as ``\\xff``, so that the record holding
    either is rejected as invalid text, like a bad byte in a UTF-8 file.
    """
    decoder = codecs.getincrementaldecoder("utf-16")("surrogatepass")
    for block in blocks:
        if isinstance(block, StreamError):
            yield block
            return
        text = decoder.decode(block)
        if text:
            yield text.encode("utf-8", "surrogatepass")
    try:
        tail = decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        tail = b"\xff"
    if tail:
        yield tail


def strip_bom(data: bytes) -> bytes:
    """``data`` without a leading UTF-8 byte order mark."""
    return data[len(UTF8_BOM) :] if data.startswith(UTF8_BOM) else data


class Counting:
    """Tracks storage bytes consumed by a streaming read, for progress."""

    def __init__(self, raw) -> None:
        self.raw = raw
        self.reported = 0

    def delta(self) -> int:
        try:
            pos = self.raw.tell()
        except (OSError, ValueError, AttributeError):
            return 0
        d, self.reported = pos - self.reported, pos
        return max(d, 0)


def bom_stripped(items: Iterator[bytes | StreamError]) -> Iterator[bytes | StreamError]:
    """Blocks or lines with a byte order mark removed from the first one."""
    first = next(items, None)
    if first is None:
        return
    yield strip_bom(first) if isinstance(first, bytes) else first
    yield from items
