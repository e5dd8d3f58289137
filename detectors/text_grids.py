"""A table inside one text value: each cell judged under its column's name.

Staff paste spreadsheet ranges into tickets, notes and emails (the clipboard writes them
as tab-separated lines), AI assistants answer in Markdown tables (``| Name | DOB |``), and
an HTML report or a notification email holds a ``<table>`` whose rows
:mod:`detectors.unescape` reads as tab-separated lines. A row of such a table (``Ruth
Abernathy<TAB>10/21/2024 9:00 AM<TAB>Colonoscopy``) has no cue a pattern reads; its
header line does. So, as :mod:`detectors.markup_pairs` does for an element's name, each
cell of a row is judged under the header cell above it: the header goes through the
field-name classifier (:func:`detectors.field_names.profile_path`, once per distinct
name), and a value that passes the shape check of the entity the header implies is
reported whole (:mod:`detectors.named_values`).

What makes lines a table, on purpose narrow:

* a header line of two cells or more, every one a short label (a letter first, at most
  40 characters), at least one naming a person's identifier the classifier reads
  (``Patient``, ``DOB``, ``MRN``; a clinic directory's ``Location``, ``Address`` and
  ``Phone`` alone are not); beside one, a bare ``Name`` column is the person's;
* then rows with exactly as many cells, blank lines between them allowed (a table's
  markup leaves them); the first line with another count ends the table;
* a Markdown table's header must have its ``|---|`` rule under it: a line with two pipes
  is prose as often (``Status | Owner``).

EMAIL is left to :mod:`detectors.email`, which reads addresses in any text; a NAME cell
that ends in an organisation's word (``Lakeside Imaging Center``) is no person's.
Cost: two substring screens per chunk (a tab, three dashes), then one RE2 screen
(:data:`PREFILTER`) on the cells they leave: only cells with a tab on two lines, or a
Markdown rule, are split.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext
from detectors.delimited import split_parts
from detectors.field_names import profile_path
from detectors.named_values import DETECTOR, NAMED_ENTITIES, Candidate, checked
from detectors.organisations import organisation_name
from detectors.registry import register
from detectors.spans import Span

#: RE2 screen: tabs on two lines, or a Markdown table's rule line.
PREFILTER = r"\t[^\n]*\n(?:[^\n]*\n)*?[^\n]*\t|(?m:^\s*\|?\s*:?-{3,}:?\s*\|)"
#: Entities a column's name may imply here (:data:`~detectors.named_values.NAMED_ENTITIES`).
ENTITIES = NAMED_ENTITIES
#: A header cell: a short label that starts with a letter.
_LABEL = re.compile(r"[A-Za-z][A-Za-z0-9 #/&().'_-]{0,39}")
#: The characters of a Markdown table's rule line (``|---|:---:|``).
_RULE_CHARS = frozenset("|:- \t")
#: Entities a directory of places has columns for too (a clinic list's ``Location``,
#: ``Address``, ``Phone``): a table is read only beside a person's column (a name, a birth
#: date, a record or member id), and its contact columns are left to the text families.
_CONTACT = frozenset({"LOCATION", "ZIP_CODE", "PHONE", "FAX"})
_PERSON_ENTITIES = ENTITIES - _CONTACT
#: A bare ``Name`` column's profile in a table with a person's identifier beside it.
_PERSON_NAME = FieldProfile(entity="NAME", score=0.85)
#: At most this many lines of one value are read as a table's.
_MAX_LINES = 2000


def _lines(text: str) -> list[tuple[int, str]]:
    """``(offset, line)`` of each line of ``text`` (without its line break)."""
    out, at = [], 0
    for line in text.split("\n")[:_MAX_LINES]:
        out.append((at, line[:-1] if line.endswith("\r") else line))
        at += len(line) + 1
    return out


def _rule_line(line: str) -> bool:
    """True for a Markdown table's rule line: only pipes, colons, dashes and blanks, with a
    run of three dashes."""
    return "---" in line and _RULE_CHARS.issuperset(line)


def _cells(at: int, line: str, sep: str) -> list[tuple[int, str]]:
    """``(offset, text)`` of each cell of a table's line, blanks around it dropped; a
    Markdown row's outer pipes are no cells."""
    parts = [
        (p.start + len(p.text) - len(p.text.lstrip()), p.text.strip())
        for p in split_parts(line, at, sep)
    ]
    if sep == "|":
        if parts and not parts[0][1]:
            parts = parts[1:]
        if parts and not parts[-1][1]:
            parts = parts[:-1]
    return parts


def _header(cells: list[tuple[int, str]]) -> list[FieldProfile] | None:
    """The profile of each column a header line names, or None when the line is no header
    (:data:`_LABEL`, at least one column of an identifier read here)."""
    if len(cells) < 2 or not all(_LABEL.fullmatch(c) for _, c in cells):
        return None
    profiles = [profile_path(c) for _, c in cells]
    if not any(p.entity in _PERSON_ENTITIES for p in profiles):
        return None  # no person's column: a directory of places, or no identifiers at all
    # a bare ``Name`` column beside a person's identifier is the person's name (a product's
    # or a campaign's table names no one's DOB or phone)
    named = zip(cells, profiles, strict=True)
    return [_PERSON_NAME if c.lower() == "name" else p for (_, c), p in named]


def _tables(text: str) -> Iterator[tuple[list[FieldProfile], list[tuple[int, str]]]]:
    """Each table row's column profiles and cells (``(offset, text)``, in column order)."""
    lines = _lines(text)
    i = 0
    while i < len(lines):
        at, line = lines[i]
        sep = "\t" if "\t" in line else "|" if "|" in line else None
        if sep is None:
            i += 1
            continue
        head = _cells(at, line, sep)
        columns = _header(head)
        j = i + 1
        if sep == "|":
            if columns is None or j >= len(lines) or not _rule_line(lines[j][1]):
                i += 1
                continue
            j += 1
        if columns is None:
            i += 1
            continue
        while j < len(lines):
            row_at, row = lines[j]
            if not row.strip():
                j += 1
                continue
            cells = _cells(row_at, row, sep) if sep in row else []
            if len(cells) != len(head):
                break
            yield columns, cells
            j += 1
        i = j


class TextGridDetector:
    """Identifiers in the rows of a table held in one text value, by their column."""

    name = "text_grids"
    entities = ENTITIES

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        # every table here has a tab or a Markdown rule's dashes: a substring screen first
        screened = ctx.containing("\t") | ctx.containing("---")
        if not screened.any():
            return
        cells = ctx.candidates(PREFILTER, skip_system=True, among=screened)
        texts = ctx.cells.text
        found: dict[str, list[Candidate]] = defaultdict(list)
        for cell in cells.tolist():
            for columns, row in _tables(texts[cell]):
                for column, (start, value) in zip(columns, row, strict=True):
                    entity = column.entity
                    if entity in ENTITIES and value and ctx.enabled(entity):
                        end = start + len(value)
                        found[entity].append((cell, start, end, column.score, value))
        for entity, (cell, start, end, score, value) in checked(found):
            if entity != "NAME" or not organisation_name(value):
                yield Span(cell, start, end, entity, score, DETECTOR)


@register("text_grids")
def _factory(config: EngineConfig) -> TextGridDetector:
    return TextGridDetector()
