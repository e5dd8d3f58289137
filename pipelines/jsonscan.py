"""The grammar of one top-level JSON array (or a document of JSON values), streamed.

:class:`ArrayScanner` walks elements without holding the whole file: it keeps a window of
decoded text, decodes one element at a time with the standard library's C scanner, and
pulls the next block when an element runs past the window. The planner runs it over bytes
decoded as latin-1 (one character per byte, so offsets are byte offsets); readers run it
over UTF-8 decoded with ``surrogateescape`` (invalid bytes survive as lone surrogates and
are reported per element).
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterable, Iterator
from typing import NamedTuple

from pipelines.streams import BLOCK, StreamError, blocks

#: A single JSON array element larger than this is treated as malformed (bounded memory).
MAX_ELEMENT = 256 << 20

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class Element(NamedTuple):
    start: int
    end: int
    value: object


class Close(NamedTuple):
    """The closing ``]``; ``trailing`` when non-blank data follows it."""

    offset: int
    trailing: bool


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

    def _more(self) -> bool:
        if self.eof:
            return False
        for block in self.blocks:
            if isinstance(block, StreamError):
                self.error = block
                break
            if self.pos > BLOCK:
                self.buf, self.base, self.pos = self.buf[self.pos :], self.base + self.pos, 0
            self.buf += block
            return True
        self.eof = True
        return False

    def _skip_ws(self) -> bool:
        """Skip whitespace; False at the end of the data."""
        while True:
            self.pos = _WS.match(self.buf, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.buf):
                return True
            if not self._more():
                return False

    def _element(self) -> Element | Broken:
        while True:
            try:
                value, end = _DECODER.raw_decode(self.buf, self.pos)
            except json.JSONDecodeError as exc:
                more_helps = exc.pos >= len(self.buf) - 16 or exc.msg.startswith("Unterminated")
                if more_helps and len(self.buf) - self.pos < MAX_ELEMENT and self._more():
                    continue
                return Broken(self.base + self.pos, f"malformed JSON ({exc.msg})")
            except RecursionError:
                return Broken(self.base + self.pos, "malformed JSON (nested too deeply)")
            if len(self.buf) - end < 32 and self._more():
                continue  # a number cut at the block's end ("-1" of "-1.5e10") may go on
            start, self.pos = self.pos, end
            self.text_slice = self.buf[start:end]
            return Element(self.base + start, self.base + end, value)

    def __iter__(self) -> Iterator[Element | Close | Broken]:
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
