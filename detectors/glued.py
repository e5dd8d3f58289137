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

from collections.abc import Callable, Sequence

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


def glued_cells(spans: Sequence[Span], texts: Sequence[str]) -> dict[int, list[Span]]:
    """Cells with an identifier glued to more text, with all their identifier spans (by
    start). Health terms are left out: redaction keeps them, so a rescan sees them as
    they are."""
    by_cell: dict[int, list[Span]] = {}
    glued: set[int] = set()
    for s in spans:
        if ENTITIES[s.entity] != IDENTIFIER:
            continue
        by_cell.setdefault(s.cell, []).append(s)
        if _touches(texts[s.cell], s.start, s.end):
            glued.add(s.cell)
    return {c: sorted(by_cell[c], key=lambda s: s.start) for c in sorted(glued)}


def tagged(text: str, spans: Sequence[Span]) -> tuple[str, list[tuple[int, int, int]]]:
    """``text`` with each span replaced by ``<ENTITY>``; and each tag's (start, end) in the
    new text with the shift (original minus new offset) of whatever follows it."""
    out: list[str] = []
    tags: list[tuple[int, int, int]] = []
    pos = 0
    length = 0
    for s in spans:
        out.append(text[pos : s.start])
        length += s.start - pos
        tag = f"<{s.entity}>"
        out.append(tag)
        tags.append((length, length + len(tag), s.end - (length + len(tag))))
        length += len(tag)
        pos = s.end
    out.append(text[pos:])
    return "".join(out), tags


def _lift(span: Span, cell: int, tags: Sequence[tuple[int, int, int]]) -> Span | None:
    """A span found in tagged text, in the original text's offsets; None over a tag."""
    shift = 0
    for start, end, after in tags:
        if span.start < end and start < span.end:
            return None
        if end <= span.start:
            shift = after
    return span._replace(cell=cell, start=span.start + shift, end=span.end + shift)


def second_look(
    cells: Cells, spans: Sequence[Span], detect: Callable[[Cells], list[Span]]
) -> list[Span]:
    """New spans in the glued cells of ``cells`` (``spans`` are resolved), found by
    ``detect`` on the cells with their findings tagged; offsets are in ``cells``."""
    glued = glued_cells(spans, cells.text)
    if not glued:
        return []
    index = list(glued)
    texts, tag_lists = [], []
    for cell in index:
        text, tags = tagged(cells.text[cell], glued[cell])
        texts.append(text)
        tag_lists.append(tags)
    subset = cells.rows(np.asarray(index, dtype=np.int64), texts)
    out = []
    for s in detect(subset):
        lifted = _lift(s, index[s.cell], tag_lists[s.cell])
        if lifted is not None:
            out.append(lifted)
    return out
