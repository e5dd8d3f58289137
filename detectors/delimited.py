"""Parts of a delimited message and where each sits in the value.

HL7 v2 (:mod:`detectors.hl7v2`) and X12 (:mod:`detectors.x12`) messages are fields and
components between separator characters that the message itself declares, and a table
held in text (:mod:`detectors.text_grids`) is cells between tabs or pipes. Each family
splits a line into parts that keep their offset in the original value, so a finding on a
part points into the value as written and redaction replaces that part in place.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple


class Part(NamedTuple):
    """A field, element or component of a segment: its text and its offset in the value."""

    text: str
    start: int


def split_parts(text: str, start: int, sep: str) -> list[Part]:
    """``text`` (at offset ``start`` in the value) split on ``sep``, each part with its own
    offset."""
    parts, at = [], start
    for piece in text.split(sep):
        parts.append(Part(piece, at))
        at += len(piece) + len(sep)
    return parts


def part_span(
    part: Part, entity: str, empty: frozenset[str] = frozenset()
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, entity)`` of a part's value without its surrounding blanks; nothing
    for a blank part or one of the message standard's ``empty`` markers (HL7's ``""``)."""
    value = part.text.strip()
    if value and value not in empty:
        lead = len(part.text) - len(part.text.lstrip())
        yield part.start + lead, part.start + lead + len(value), entity
