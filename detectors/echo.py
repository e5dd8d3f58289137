"""Echoes: an identifier found in one field of a record, repeated in another field.

CRM exports copy values around: the contact's last name and city reappear in the free-text
``Notes``, a member ID is pasted into ``Description``. Detectors judge each cell on its own,
and a bare surname or a number without a label in a note has little to go on — yet the
same record already says what it is. So, once per chunk and after resolution, every
identifier value found in a record (4+ characters) is searched for in that record's other
cells; whole-word occurrences become findings of the same entity (detector ``echo``).

The search stays inside one record, so it never links people across records. A
two-word name is also looked for surname first and in capitals ("Edmund Kowalski" as
"KOWALSKI, EDMUND" in a discharge summary's subject line): the same person, written as
EHR printouts and HL7-fed feeds write patients.

A date does not echo into a machine field: form builders stamp an entry with one time in
several columns (Gravity Forms' ``Entry Date`` and ``Date Updated``), and a timestamp
equal to another is bookkeeping, not the person's date. Nor does a place: a donor's city
in a gift acknowledgment's ``Organization Address`` (the foundation's own, a machine field)
is the town they share, not the person's address, and a patient's town in a hospital's
name ("Sutter Roseville Medical Center", a referral source's ``organization``) is the
hospital's, nor into an organisation's address after its name ("Lakeshore Medical
Evaluations, 180 N Michigan Ave, Chicago"). Nor does an organisation's role
mailbox echo into a message's sender or recipient field (a quoted reply's header names
``support@`` in the body; the ``To`` of the inbound message is the organisation's).
"""

from __future__ import annotations

import re
from bisect import bisect_right

import numpy as np
import pyarrow.compute as pc

from detectors.cells import Cells
from detectors.field_names import profile_path
from detectors.organisations import organisation_name
from detectors.senders import mailbox_party_field, role_mailbox
from detectors.span_arrays import CATEGORY_OF, ENTITY_NAMES, SpanArrays
from detectors.spans import Span
from detectors.vocabulary import IDENTIFIER

MIN_LENGTH = 4
_NO_ALNUM = re.compile(r"[\W_]*")
SCORE = 0.9
_IS_IDENTIFIER = CATEGORY_OF == IDENTIFIER
DETECTOR = "echo"
#: Entities shared by many people, which do not echo into machine fields (see the doc).
NOT_INTO_MACHINE_FIELDS = frozenset({"DATE", "LOCATION"})


def _machine_field(cells: Cells, cell: int) -> bool:
    """True when the cell's field is a machine field (timestamps, versions, ids)."""
    return profile_path(cells.paths[cells.hint_id[cell]]).system


#: Most words of a value read as an organisation's name (see :func:`_organisation_value`).
MAX_NAME_WORDS = 6


def _organisation_value(cells: Cells, cell: int) -> bool:
    """True when the cell's whole value is an organisation's name ("Sutter Roseville
    Medical Center"): a few words ending in an organisation word, outside free text (a
    note's sentence may end in "Medical Center" and still say where the person lives)."""
    text = cells.text[cell]
    # maxsplit bounds the split: a long note's value is never split whole for each echo
    return (
        len(text.split(maxsplit=MAX_NAME_WORDS)) <= MAX_NAME_WORDS
        and organisation_name(text)
        and not profile_path(cells.paths[cells.hint_id[cell]]).free_text
    )


#: A value that opens with a name and its comma ("Lakeshore Medical Evaluations, 180 N
#: Michigan Ave, Chicago, IL"): the name, then what follows it.
_NAME_THEN_COMMA = re.compile(r"([^,\n]{2,80}),")  # blanks around the name are stripped


def _organisation_address(cells: Cells, cell: int, at: int) -> bool:
    """True when position ``at`` of the cell lies after an organisation's name and its
    comma at the start of the value (an IME referral's ``exam.location``, a listing's
    ``"Mercy Hospital, 500 Oak Ave, Chicago"``): the town there is the organisation's
    address, as :mod:`detectors.location` reads the street after such a name."""
    m = _NAME_THEN_COMMA.match(cells.text[cell])
    if m is None or at < m.end():
        return False
    name = m.group(1).strip(" \t")
    return len(name.split(maxsplit=MAX_NAME_WORDS)) <= MAX_NAME_WORDS and organisation_name(name)


def _company_mailbox(cells: Cells, cell: int, value: str) -> bool:
    """True for a role mailbox met in a message's sender or recipient field."""
    return role_mailbox(value) and mailbox_party_field(cells.paths[cells.hint_id[cell]])


_NAME_WORD = re.compile(r"[^\W\d_][\w'’-]+")


def name_variants(value: str) -> tuple[str, ...]:
    """The other ways a record writes a two-word name it holds ("Edmund Kowalski"):
    surname first ("Kowalski, Edmund"), and both in capitals ("KOWALSKI, EDMUND",
    "EDMUND KOWALSKI"), as EHR printouts, HL7-fed subject lines and Direct messages'
    subjects write a patient. Only two plain words: a longer name's order is not known."""
    words = value.split()
    if len(words) != 2 or not all(_NAME_WORD.fullmatch(w) for w in words):
        return ()
    first, last = words
    inverted = f"{last}, {first}"
    return tuple(v for v in (inverted, inverted.upper(), value.upper()) if v != value)


def echo_spans(spans: SpanArrays, cells: Cells) -> list[Span]:
    """Spans for other occurrences of each record's identifier values (see module doc)."""
    texts = cells.text
    # One joined text per chunk (cells separated by NUL): a record is a slice of it, so a
    # value costs one bounded search and no per-record string is built. Positions below
    # are offsets in ``joined``; ``starts[cell]`` is where a cell's text begins.
    lengths = pc.utf8_length(cells.arrow_text).to_numpy(zero_copy_only=False) + 1
    starts_np = np.concatenate(([0], np.cumsum(lengths)))
    # where a span starts already: a value's own place is no echo
    taken = set((starts_np[spans.cell] + spans.start).tolist())
    long_ids = (spans.end - spans.start >= MIN_LENGTH) & _IS_IDENTIFIER[spans.entity]
    chosen = spans.take(long_ids)
    # a value that is a whole cell sits between separators, so no other occurrence of it
    # can overlap it: one ``str.count`` tells whether there is any (most often not)
    whole = (chosen.start == 0) & (chosen.end == lengths[chosen.cell] - 1)
    values: dict[tuple[int, str], tuple[str, bool]] = {}  # (record, value) -> entity, whole
    usable: dict[str, bool] = {}  # value -> worth searching for (values repeat)
    for record, cell, start, end, entity, is_whole in zip(
        cells.record[chosen.cell].tolist(),
        chosen.cell.tolist(),
        chosen.start.tolist(),
        chosen.end.tolist(),
        ENTITY_NAMES[chosen.entity].tolist(),
        whole.tolist(),
        strict=True,
    ):
        value = texts[cell][start:end]
        ok = usable.get(value)
        if ok is None:
            ok = usable[value] = value.strip() == value and not _NO_ALNUM.fullmatch(value)
        if ok:
            values.setdefault((record, value), (entity, is_whole))
            if entity == "NAME":
                for variant in name_variants(value):
                    values.setdefault((record, variant), (entity, False))
    if not values:
        return []
    starts = starts_np.tolist()
    joined = "\x00".join(texts)
    size = len(joined)
    bounds = np.searchsorted(cells.record, np.arange(cells.n_records + 1)).tolist()
    out: list[Span] = []
    for (record, value), (entity, is_whole) in values.items():
        lo, hi = starts[bounds[record]], starts[bounds[record + 1]] - 1
        if is_whole and joined.count(value, lo, hi) < 2 and "\x00" not in value:
            continue  # its own place only
        at = joined.find(value, lo, hi)
        while at >= 0:
            end = at + len(value)
            # the separator around a cell is NUL: never alphanumeric
            if (
                at not in taken
                and not (at and joined[at - 1].isalnum())
                and not (end < size and joined[end].isalnum())
            ):
                cell = bisect_right(starts, at) - 1
                base = starts[cell]
                if end - base <= len(texts[cell]) and not (
                    (entity in NOT_INTO_MACHINE_FIELDS and _machine_field(cells, cell))
                    or (
                        entity == "LOCATION"
                        and (
                            _organisation_value(cells, cell)
                            or _organisation_address(cells, cell, at - base)
                        )
                    )
                    or (entity == "EMAIL" and _company_mailbox(cells, cell, value))
                ):
                    out.append(Span(cell, at - base, end - base, entity, SCORE, DETECTOR))
            at = joined.find(value, at + 1, hi)
    return out
