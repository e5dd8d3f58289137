"""A second look at cells where findings are glued to more text.

Patterns need an edge: a date is not a date when a letter follows it, a label is not a
label inside a longer word. Exports sometimes run values together with no separator
(``DOB 1985-03-14fb.1.1700000000000.AbCd``, ``MRN 00123456GA1.1.1234567890.1700000000``):
one identifier is found, the other hides behind it. Once redaction has replaced the first
with its tag (``1985-03-14<ONLINE_ID>``), a rescan finds the second: redaction would not
be idempotent, and the first scan would have missed an identifier.

So, after resolution, every cell holding an identifier glued to more text (anything but
whitespace and a few separators) is detected again with its identifiers replaced by their
default tags, exactly as a rescan of the redacted copy sees it; what that pass finds away
from the tags is added, and the look is repeated while it finds something (a chain of
glued identifiers frees one edge per look; the engine stops after a few). Such cells are
rare, so the pass costs little; detectors that do not look at edges (NER) opt out of it
with ``second_look = False``.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence, Set

import numpy as np

from detectors.cells import Cells
from detectors.spans import Span
from detectors.vocabulary import ENTITIES, IDENTIFIER

#: What may border a value without being part of it: a finding next to anything else
#: (a letter, a digit, ``: . - _ / @ + #``...) may hide another one.
SEPARATORS = frozenset(",;\"'()[]{}<>|=&?!")


def _glue(ch: str) -> bool:
    return not ch.isspace() and ch not in SEPARATORS


def _touches(text: str, start: int, end: int) -> bool:
    """A letter or digit next to the span, or a glue mark with more text beyond it: the
    full stop ending a sentence (``born 03/14/1985.``) glues nothing."""
    if start > 0:
        ch = text[start - 1]
        if ch.isalnum() or (_glue(ch) and start > 1 and not text[start - 2].isspace()):
            return True
    if end < len(text):
        ch = text[end]
        if ch.isalnum() or (_glue(ch) and end + 1 < len(text) and not text[end + 1].isspace()):
            return True
    return False


_IDENTIFIERS = frozenset(e for e, kind in ENTITIES.items() if kind == IDENTIFIER)


def glued_cells(
    spans: Sequence[Span], texts: Sequence[str], among: Set[int] | None = None
) -> dict[int, list[Span]]:
    """Cells (of ``among``, if given) with an identifier glued to more text, each with all
    its spans by start.

    This runs over every span of a chunk, so the common cases exit early: a span that is
    the whole value (a field-name finding) touches nothing, and a cell found glued is not
    checked again.
    """
    glued: set[int] = set()
    for cell, start, end, entity, _score, _detector in spans:
        if (
            entity in _IDENTIFIERS
            and cell not in glued
            and (among is None or cell in among)
            and (start or end != len(texts[cell]))
            and _touches(texts[cell], start, end)
        ):
            glued.add(cell)
    if not glued:
        return {}
    by_cell: dict[int, list[Span]] = {c: [] for c in sorted(glued)}
    for s in spans:
        found = by_cell.get(s.cell)
        if found is not None:
            found.append(s)
    for found in by_cell.values():
        found.sort(key=lambda s: s.start)
    return by_cell


def tagged(text: str, spans: Sequence[Span]) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` with each identifier span replaced by ``<ENTITY>`` (health terms stay, as
    redaction keeps them); and each tag's (start, end) in the new text with the shift
    (original minus new offset) of whatever follows it."""
    out: list[str] = []
    tags: list[tuple[int, int, int]] = []
    pos = 0
    length = 0
    for s in spans:
        if s.entity not in _IDENTIFIERS:
            continue
        out.append(text[pos : s.start])
        length += s.start - pos
        tag = f"<{s.entity}>"
        out.append(tag)
        tags.append((length, length + len(tag), s.end - (length + len(tag))))
        length += len(tag)
        pos = s.end
    out.append(text[pos:])
    return "".join(out), tags


def _lift(
    span: Span, cell: int, tags: Sequence[tuple[int, int, int]], ends: Sequence[int]
) -> Span | None:
    """A span found in tagged text, in the original text's offsets; None over a tag.

    ``tags`` are in text order and never overlap, ``ends`` are their ends: a bisection
    finds the tags before the span, so a note with thousands of tags lifts each span in
    logarithmic time (a scan of all tags per span was quadratic on dense notes)."""
    before = bisect_right(ends, span.start)
    if before < len(tags) and tags[before][0] < span.end:
        return None  # the next tag starts inside the span
    shift = tags[before - 1][2] if before else 0
    return span._replace(cell=cell, start=span.start + shift, end=span.end + shift)


def second_look(
    cells: Cells,
    spans: Sequence[Span],
    detect: Callable[[Cells], list[Span]],
    among: Set[int] | None = None,
) -> list[Span]:
    """Spans not among ``spans`` (resolved) that ``detect`` finds in the glued cells of
    ``cells`` (of ``among``, if given) once their identifiers are tagged; offsets are in
    ``cells``.

    Only *new* spans count: a health term next to a tag is found again on every look, and
    were it returned the engine would look again and again for nothing. A later look only
    needs ``among`` = the cells the last one changed: no other cell's spans moved.
    """
    glued = glued_cells(spans, cells.text, among)
    if not glued:
        return []
    index = list(glued)
    texts, tag_lists, tag_ends = [], [], []
    for cell in index:
        text, tags = tagged(cells.text[cell], glued[cell])
        texts.append(text)
        tag_lists.append(tags)
        tag_ends.append([end for _, end, _ in tags])
    known = {cell: {(k.start, k.end, k.entity) for k in glued[cell]} for cell in index}
    subset = cells.rows(np.asarray(index, dtype=np.int64), texts)
    out = []
    for s in detect(subset):
        cell = index[s.cell]
        lifted = _lift(s, cell, tag_lists[s.cell], tag_ends[s.cell])
        if lifted is not None and (lifted.start, lifted.end, lifted.entity) not in known[cell]:
            out.append(lifted)
    return out
