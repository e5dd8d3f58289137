"""Offset maps: where each character of a decoded text came from in the original value.

Detectors scan decoded text (a percent-decoded query value, a JSON string's content, a
note with its HTML entities undone), while a finding's offsets must point into the value
as it was written: that is what the contract promises and what redaction edits. A map
``m`` takes an offset ``i`` in the decoded text to ``m[i]`` in the original;
``m[len(decoded)]`` is the original's end. A span's start and end both go through it, so a
span that covers a decoded character covers the whole escape it came from.

Nearly every decoding here rewrites a few short runs and copies the rest, so a map is the
list of those rewrites and a bisection (:class:`ShiftMap`), not a list as long as the text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from typing import Protocol


class IndexMap(Protocol):
    """Maps decoded offsets to original ones: ``m[i]`` for a span's end, ``m.start(i)``
    for its start (they differ only where characters were removed)."""

    def __getitem__(self, i: int, /) -> int: ...

    def start(self, i: int, /) -> int: ...


class ShiftMap:
    """``map[i] = i + the extra original characters of the rewrites before decoded i``.

    A rewrite at decoded position ``p`` that turned ``n`` original characters into ``k``
    adds ``n - k`` to every offset after ``p``; an offset *at* ``p`` maps to the start of
    the rewritten run, and the offset just past its ``k`` characters to the run's end.
    A removal (``k = 0``: an invisible character, a tag) sits between two decoded
    characters, so which side it falls on depends on the span: a span starting at ``p``
    starts after it (:meth:`start`), a span ending at ``p`` ends before it, and neither
    takes in what was removed (``<b>Jane Doe</b>`` is redacted to ``<b><NAME></b>``).

    Args:
        at: decoded position of each rewrite, ascending.
        extra: ``n - k`` of each rewrite, in the same order.
        removed: ``k == 0`` of each rewrite (default: none removes).
    """

    __slots__ = ("_at", "_before", "_removed")

    def __init__(self, at: list[int], extra: list[int], removed: list[bool] | None = None) -> None:
        self._at = at
        before = [0]
        for e in extra:
            before.append(before[-1] + e)
        self._before = before  # extra characters of the first j rewrites
        self._removed = removed if removed is not None and any(removed) else None

    def __getitem__(self, i: int) -> int:
        return i + self._before[bisect_left(self._at, i)]

    def start(self, i: int) -> int:
        j = bisect_left(self._at, i)
        removed = self._removed
        if removed is not None:
            at = self._at
            while j < len(at) and at[j] == i and removed[j]:
                j += 1  # removals at i come before any rewrite there, in text order
        return i + self._before[j]


class RunMap:
    """A :class:`ShiftMap` whose rewrites are each one unit: an offset strictly inside a
    rewritten run maps to the run's start (a span's start) or its end (a span's end).

    For rewrites whose characters do not line up with the text they encode (an RFC 2047
    encoded word: ``=?utf-8?Q?Re:_my_colonoscopy?=``, base64 or Q bytes): a finding in
    part of the decoded text covers the whole encoded word, as :class:`WholeMap` does for
    a whole value.

    Args:
        shift: the map of the rewrites (:func:`sub_with_map`'s).
        lengths: the decoded length of each rewrite, in the same order: a run starts where
            its rewrite sits in the decoded text.
    """

    __slots__ = ("_ends", "_shift", "_starts")

    def __init__(self, shift: ShiftMap, lengths: list[int]) -> None:
        self._shift = shift
        self._starts = shift._at
        self._ends = [s + n for s, n in zip(shift._at, lengths, strict=True)]

    def _run(self, i: int) -> int:
        """Index of the run ``i`` is strictly inside, or -1."""
        j = bisect_left(self._starts, i) - 1
        return j if j >= 0 and self._starts[j] < i < self._ends[j] else -1

    def __getitem__(self, i: int) -> int:
        j = self._run(i)
        return self._shift[i if j < 0 else self._ends[j]]

    def start(self, i: int) -> int:
        j = self._run(i)
        return self._shift.start(i if j < 0 else self._starts[j])


class ComposedMap:
    """A map through two decodings: ``outer[offset + inner[i]]``.

    For text decoded twice (a JSON string inside a JSON string, an HTML entity inside a
    percent-decoded query value): ``inner`` maps into a piece that starts at ``offset`` in
    the once-decoded text, and ``outer`` maps that text into the original.
    """

    __slots__ = ("inner", "offset", "outer")

    def __init__(self, outer: IndexMap | None, offset: int, inner: IndexMap | None) -> None:
        self.outer = outer
        self.offset = offset
        self.inner = inner

    def __getitem__(self, i: int) -> int:
        j = self.offset + (i if self.inner is None else self.inner[i])
        return j if self.outer is None else self.outer[j]

    def start(self, i: int) -> int:
        j = self.offset + (i if self.inner is None else self.inner.start(i))
        return j if self.outer is None else self.outer.start(j)


class WholeMap:
    """Every span of a decoded text maps to the whole original: for encodings whose
    characters do not line up with the text they encode (base64), so a finding anywhere
    inside covers, and redaction replaces, the whole encoded value.

    Args:
        length: the original's length.
    """

    __slots__ = ("length",)

    def __init__(self, length: int) -> None:
        self.length = length

    def __getitem__(self, i: int) -> int:
        return self.length

    def start(self, i: int) -> int:
        return 0


def sub_with_map(
    pattern: re.Pattern[str], repl: Callable[[re.Match[str]], str | None], text: str
) -> tuple[str, ShiftMap] | None:
    """``pattern.sub(repl, text)`` with the :class:`ShiftMap` back to ``text``.

    ``repl`` returns the decoded text of a match, or None to leave the match as it is.
    Returns None when nothing was rewritten, so callers keep the original cell.
    """
    out: list[str] = []
    at: list[int] = []
    extra: list[int] = []
    removed: list[bool] = []
    pos = 0
    shift = 0  # original characters minus decoded ones so far
    for m in pattern.finditer(text):
        new = repl(m)
        if new is None:
            continue
        s, e = m.span()
        out.append(text[pos:s])
        out.append(new)
        at.append(s - shift)
        extra.append((e - s) - len(new))
        removed.append(not new)
        shift += (e - s) - len(new)
        pos = e
    if not at:
        return None
    out.append(text[pos:])
    return "".join(out), ShiftMap(at, extra, removed)
