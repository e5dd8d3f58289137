"""Byte streams for the readers: blocks and lines of a file, gzip or not.

A broken gzip stream (truncated, corrupt) does not raise out of these generators: it ends
them with a :class:`StreamError`, so that a reader can turn it into a reject naming the
record where the file broke, after keeping every record before it.
"""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from pipelines.inputs import UTF8_BOM

BLOCK = 1 << 20


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


def lines(blocks: Iterable[bytes | StreamError], keepends: bool) -> Iterator[bytes | StreamError]:
    """Lines of a block stream (``\\n``-terminated); a StreamError is passed on last."""
    pending = b""
    for block in blocks:
        if isinstance(block, StreamError):
            yield StreamError(block.reason, partial=bool(pending.strip()))
            return
        parts = (pending + block).split(b"\n")
        pending = parts.pop()
        if keepends:
            for p in parts:
                yield p + b"\n"
        else:
            yield from parts
    if pending:
        yield pending


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
