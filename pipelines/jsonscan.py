"""The grammar of one top-level JSON array (or a document of JSON values), streamed.

:class:`ArrayScanner` walks elements without holding the whole file: it keeps a window of
decoded text, decodes one element at a time with the standard library's C scanner, and
pulls the next block when an element runs past the window. The planner runs it over bytes
decoded as latin-1 (one character per byte, so offsets are byte offsets); readers run it
over UTF-8 decoded with ``surrogateescape`` (invalid bytes survive as lone surrogates and
are reported per element).

An element larger than the record size limit, or nested too deeply for the decoder, is
not decoded: :meth:`ArrayScanner._skip` walks past it with a few C-speed regexes (strings,
bracket runs) while dropping the text it has passed, and the scanner yields
:class:`Skipped` for it, so the elements after it are still read. While an element is
incomplete, the window grows geometrically before it is decoded again, so a large
element costs linear time, not one full decode per block.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from pipelines.limits import MAX_DEPTH, MAX_RECORD_BYTES, mib
from pipelines.streams import BLOCK, StreamError, blocks

#: A single JSON array element larger than this is skipped and reported (bounded memory).
MAX_ELEMENT = MAX_RECORD_BYTES

_WS = re.compile(r"[ \t\n\r]*")
# The skipper's tokens: a run outside strings without quotes or brackets; a string's body
# (up to its closing quote, or a lone backslash at the end of the window); bracket runs.
_PLAIN = re.compile(r'[^"\[\]{}]+')
_STRING_BODY = re.compile(r'(?:[^"\\]+|\\[\s\S])*')
_OPENERS = re.compile(r"[\[{]+")
_CLOSERS = re.compile(r"[\]}]+")
_SCALAR = re.compile(r"[^,\]\s]*")
_DECODER = json.JSONDecoder()


class Element(NamedTuple):
    start: int
    end: int
    value: object


class Close(NamedTuple):
    """The closing ``]``; ``trailing`` when non-blank data follows it."""

    offset: int
    trailing: bool


class Skipped(NamedTuple):
    """An element that was not decoded (too large, or nested too deeply): its extent and
    why, so that the reader can reject it and go on with the next element."""

    start: int
    end: int
    reason: str


class Broken(NamedTuple):
    """The array's structure is broken here; nothing after it can be trusted."""

    offset: int
    reason: str


class ArrayScanner:
    """Walks the elements of a top-level JSON array held in a stream of text blocks.

    Elements are decoded with the standard library's C scanner (``raw_decode``); when an
    element runs past the end of the text seen so far, the next block is appended and
    the element decoded again. Offsets are absolute positions in the decoded stream: the
    planner decodes bytes as latin-1, so its offsets are byte offsets.

    States: ``open`` expects ``[``; ``first`` an element or ``]``; ``elem`` an element;
    ``next`` a ``,`` or ``]``; ``values`` reads a document of whitespace-separated values
    (a pretty-printed object, or several) until the data ends.
    """

    def __init__(self, blocks: Iterator[str | StreamError], state: str) -> None:
        self.blocks = blocks
        self.state = state
        self.buf = ""
        self.base = 0
        self.pos = 0
        self.eof = False
        self.error: StreamError | None = None
        self.text_slice = ""

    def _more(self, at_least: int = 1) -> bool:
        """Append blocks until at least ``at_least`` more characters arrived (False at the
        end of the data, with nothing changed). When something arrives, text before ``pos``
        is dropped first (offsets held by callers must be re-read from ``pos``)."""
        if self.eof:
            return False
        got: list[str] = []
        size = 0
        for block in self.blocks:
            if isinstance(block, StreamError):
                self.error = block
                break
            got.append(block)
            size += len(block)
            if size >= at_least:
                break
        else:
            self.eof = True
        if got:
            if self.pos > BLOCK:
                self.buf, self.base, self.pos = self.buf[self.pos :], self.base + self.pos, 0
            self.buf += "".join(got)
        elif self.error is not None:
            self.eof = True
        return bool(got)

    def _skip_ws(self) -> bool:
        """Skip whitespace; False at the end of the data."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return True
            if not self._more():
                return False

    def _element(self) -> Element | Skipped | Broken:
        while True:
            held = len(self.buf) - self.pos
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                more_helps = exc.pos >= len(self.buf) - 16 or exc.msg.startswith("Unterminated")
                if more_helps and held > MAX_ELEMENT:
                    return self._skip(f"over the {mib(MAX_ELEMENT)} record size limit")
                # Doubling keeps re-decoding linear; past the limit the element is skipped.
                want = max(BLOCK, min(held, MAX_ELEMENT + 1 - held))
                if more_helps and self._more(want):
                    continue
                return Broken(self.base + self.pos, f"malformed JSON ({exc.msg})")
            except RecursionError:
                return self._skip(f"nested too deeply to decode (the depth limit is {MAX_DEPTH})")
            if end - self.pos > MAX_ELEMENT:
                return self._skip(f"over the {mib(MAX_ELEMENT)} record size limit")
            if len(self.buf) - end < 32 and self._more():
                continue  # a number cut at the block's end ("-1" of "-1.5e10") may go on
            start, self.pos = self.pos, end
            self.text_slice = self.buf[start:end]
            return Element(self.base + start, self.base + end, value)

    def _skip(self, reason: str) -> Skipped | Broken:
        """Walk past the element at ``pos`` without decoding it (see the module doc)."""
        start = self.base + self.pos
        depth, in_string, pos = 0, False, self.pos
        while True:
            buf = self.buf
            if pos < len(buf):
                if in_string:
                    pos = _STRING_BODY.match(buf, pos).end()  # type: ignore[union-attr]
                    if pos < len(buf) and buf[pos] == '"':
                        in_string, pos = False, pos + 1
                        if depth == 0:
                            break
                        continue
                elif depth == 0 and buf[pos] not in '[{"':
                    pos = _SCALAR.match(buf, pos).end()  # type: ignore[union-attr]
                    if pos < len(buf):
                        break
                else:
                    c = buf[pos]
                    if c == '"':
                        in_string, pos = True, pos + 1
                        continue
                    if c in "[{":
                        m = _OPENERS.match(buf, pos)
                        depth, pos = depth + m.end() - pos, m.end()  # type: ignore[union-attr]
                        continue
                    if c in "]}":
                        m = _CLOSERS.match(buf, pos)
                        run = m.end() - pos  # type: ignore[union-attr]
                        if run >= depth:
                            pos += depth
                            break
                        depth, pos = depth - run, m.end()  # type: ignore[union-attr]
                        continue
                    pos = _PLAIN.match(buf, pos).end()  # type: ignore[union-attr]
                    continue
            # The window is used up (or ends inside an escape): drop it, read on.
            self.pos = min(pos, len(buf))
            if not self._more(BLOCK):
                if depth == 0 and not in_string and pos >= len(self.buf):
                    break  # a scalar that ends with the data
                return Broken(start, f"element {reason}, and the data ends inside it")
            pos = self.pos  # the same place, in the trimmed window
        self.pos = pos
        self.text_slice = ""
        return Skipped(start, self.base + pos, reason)

    def __iter__(self) -> Iterator[Element | Skipped | Close | Broken]:
        while self._skip_ws():
            c = self.buf[self.pos]
            if self.state == "open":
                if c != "[":
                    yield Broken(self.base + self.pos, "the file does not start with '['")
                    return
                self.pos += 1
                self.state = "first"
            elif self.state == "next" or (self.state == "first" and c == "]"):
                if c == "]":
                    self.pos += 1
                    offset = self.base + self.pos
                    yield Close(offset, self._skip_ws())
                    return
                if c != ",":
                    yield Broken(self.base + self.pos, "expected ',' or ']' between elements")
                    return
                self.pos += 1
                self.state = "elem"
            else:
                item = self._element()
                yield item
                if isinstance(item, Broken):
                    return
                if self.state != "values":
                    self.state = "next"


def latin1_blocks(raw) -> Iterator[str]:
    """An uncompressed file's bytes as latin-1 text: offsets in it are byte offsets."""
    for block in blocks(raw):
        assert not isinstance(block, StreamError)
        yield block.decode("latin-1")


def utf8_blocks(blocks: Iterable[bytes | StreamError]) -> Iterator[str | StreamError]:
    """Blocks decoded as UTF-8 (a character split between blocks is kept whole); invalid
    bytes become lone surrogates, which readers report per element."""
    decoder = codecs.getincrementaldecoder("utf-8")(errors="surrogateescape")
    for block in blocks:
        if isinstance(block, StreamError):
            yield block
            return
        yield decoder.decode(block)
    yield decoder.decode(b"", final=True)
