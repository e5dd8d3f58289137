"""HL7 v2 messages held in a field: identifiers by segment and field position.

Health systems connect their EHR to the CRM (Salesforce Health Cloud, HubSpot) through
interface engines, and the integration's logs and error queues, exported with the CRM's
data, hold whole HL7 v2 messages: ``MSH|^~\\&|EPIC|…`` then ``PID|1||00482913^^^RB^MR||
CHALMERS^PETER^JAMES||19741225|M|||534 EREWHON ST^^SPRINGFIELD^IL^62704``. Pattern
detectors read some of it (an address, a phone with its punctuation), but not a name
written ``FAMILY^GIVEN``, a date of birth written ``19741225`` or a record number with no
label: the standard says what each one is by its place, so this module reads the place.

Each segment is split on the message's own separators (the field and component
separators declared in ``MSH``, ``|`` and ``^`` by default), and each component keeps its
offset in the value, so findings point into the text as written and redaction replaces
just the component. What is read (the Safe Harbor identifiers HL7 v2.x puts in fixed
places, the diagnosis in ``DG1`` and the tests in ``OBR`` and ``OBX``):

============  ==========================================================================
``PID``       3 identifier list (by its type code: ``MR`` MRN, ``SS`` SSN, ``MA``/``MC``
              Medicaid/Medicare, ``DL`` driver's licence, ``AN`` account; else MRN),
              4 alternate id, 5 name, 6 mother's maiden name, 7 birth date, 9 alias,
              11 address, 13 and 14 phones (and e-mail), 18 account number, 19 SSN,
              20 driver's licence, 29 death date
``NK1``       2 name, 4 address, 5 and 6 phones
``GT1``       3 name, 5 address, 6 and 7 phones, 8 birth date, 12 SSN
``IN1``       16 insured's name, 18 insured's birth date, 19 insured's address,
              36 policy number, 49 insured's id
``PV1``       7, 8, 9, 17 attending, referring, consulting and admitting doctors' names,
              19 visit number, 44 admit and 45 discharge dates
``DG1``       3 diagnosis (code and text), 4 its description: health context
``OBR``       4 universal service id (the test or exam ordered, code and text)
``OBX``       3 observation identifier (the test a result is of: ``2823-3^Potassium^LN``)
============  ==========================================================================

Message control fields (``MSH-7`` time, ``MSH-10`` control id) are the interface's, not
the patient's, and are not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.delimited import Part, part_span, split_parts
from detectors.registry import register
from detectors.spans import Span

#: RE2 prefilter: a segment this module reads, at the start of the value or of a line.
PREFILTER = r"(?:^|[\r\n])(?:MSH|PID|NK1|GT1|IN1|PV1|DG1|OBR|OBX)[|]"
_SEGMENT_START = re.compile(r"(?:^|(?<=[\r\n]))(?P<name>[A-Z][A-Z0-9]{2})(?P<sep>[|])")
_DIGITS = re.compile(r"\d")
SCORE = 0.95
DETECTOR = "regex"


class Place(NamedTuple):
    """What a field holds: its kind (how its components are read) and entity."""

    kind: str  # "id" (first component), "cx" (id with type code), "name" (XPN/XCN),
    # "address" (XAD), "phone" (XTN), "date" (TS/DT), "code" (CE/CWE: code and text)
    entity: str


#: segment -> field number -> what it holds
PLACES: dict[str, dict[int, Place]] = {
    "PID": {
        3: Place("cx", "MRN"),
        4: Place("cx", "MRN"),
        5: Place("name", "NAME"),
        6: Place("name", "NAME"),
        7: Place("date", "DATE"),
        9: Place("name", "NAME"),
        11: Place("address", "LOCATION"),
        13: Place("phone", "PHONE"),
        14: Place("phone", "PHONE"),
        18: Place("cx", "ACCOUNT_NUMBER"),
        19: Place("id", "SSN"),
        20: Place("id", "LICENSE_NUMBER"),
        29: Place("date", "DATE"),
    },
    "NK1": {
        2: Place("name", "NAME"),
        4: Place("address", "LOCATION"),
        5: Place("phone", "PHONE"),
        6: Place("phone", "PHONE"),
    },
    "GT1": {
        3: Place("name", "NAME"),
        5: Place("address", "LOCATION"),
        6: Place("phone", "PHONE"),
        7: Place("phone", "PHONE"),
        8: Place("date", "DATE"),
        12: Place("id", "SSN"),
    },
    "IN1": {
        16: Place("name", "NAME"),
        18: Place("date", "DATE"),
        19: Place("address", "LOCATION"),
        36: Place("id", "HEALTH_PLAN_ID"),
        49: Place("cx", "HEALTH_PLAN_ID"),
    },
    "PV1": {
        7: Place("xcn", "NAME"),
        8: Place("xcn", "NAME"),
        9: Place("xcn", "NAME"),
        17: Place("xcn", "NAME"),
        19: Place("cx", "OTHER_ID"),
        44: Place("date", "DATE"),
        45: Place("date", "DATE"),
    },
    "DG1": {3: Place("code", "HEALTH_CONDITION"), 4: Place("text", "HEALTH_CONDITION")},
    # the ordered test and each result's test (a critical-result ORU an interface engine
    # forwards to secure chat or a pager): what was tested on the patient, as OBR-4
    # flattened into a field is (detectors.health_fields); the result values are not read
    "OBR": {4: Place("code", "PROCEDURE")},
    "OBX": {3: Place("code", "PROCEDURE")},
}
#: PID-3 identifier type codes (HL7 table 0203) -> entity.
ID_TYPES = {
    "MR": "MRN",
    "MRN": "MRN",
    "PI": "MRN",
    "PT": "MRN",
    "SS": "SSN",
    "SSN": "SSN",
    "MA": "HEALTH_PLAN_ID",
    "MC": "HEALTH_PLAN_ID",
    "MB": "HEALTH_PLAN_ID",
    "SN": "HEALTH_PLAN_ID",
    "DL": "LICENSE_NUMBER",
    "AN": "ACCOUNT_NUMBER",
    "NPI": "OTHER_ID",
}
#: XAD components that locate a person: street, other designation, city (LOCATION), ZIP.
_ADDRESS = {0: "LOCATION", 1: "LOCATION", 2: "LOCATION", 4: "ZIP_CODE"}
#: XTN components: the number as text, the e-mail address, area code and local number.
_PHONE = {0: "PHONE", 3: "EMAIL", 5: "PHONE", 6: "PHONE"}
#: HL7's explicit null: the sender says the field is empty.
_HL7_NULL = frozenset({'""'})


def message_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, entity)`` of every identifier (and diagnosis) in the HL7 v2 segments
    of ``text``."""
    field_sep, comp_sep, rep_sep = "|", "^", "~"
    for m in _SEGMENT_START.finditer(text):
        name = m.group("name")
        end = len(text)
        for stop in ("\r", "\n"):
            at = text.find(stop, m.end())
            if at >= 0:
                end = min(end, at)
        if name == "MSH":  # the separators this message declares
            enc = text[m.end() : m.end() + 4]
            field_sep = m.group("sep")
            if len(enc) >= 2:
                comp_sep, rep_sep = enc[0], enc[1]
            continue
        places = PLACES.get(name)
        if places is None:
            continue
        fields = split_parts(text[m.end() : end], m.end(), field_sep)
        for number, place in places.items():
            if number - 1 >= len(fields):
                break
            field = fields[number - 1]
            for rep in split_parts(field.text, field.start, rep_sep):
                yield from _component_spans(place, split_parts(rep.text, rep.start, comp_sep))


def _component_spans(place: Place, comps: list[Part]) -> Iterator[tuple[int, int, str]]:
    def span(part: Part, entity: str) -> Iterator[tuple[int, int, str]]:
        return part_span(part, entity, _HL7_NULL)

    kind = place.kind
    if kind == "id":
        yield from span(comps[0], place.entity)
    elif kind == "cx":
        code = comps[4].text.strip().upper() if len(comps) > 4 else ""
        if _DIGITS.search(comps[0].text):
            yield from span(comps[0], ID_TYPES.get(code, place.entity))
    elif kind == "name":  # XPN: family, given, middle (suffix, prefix, degree are not names)
        for part in comps[:3]:
            yield from span(part, "NAME")
    elif kind == "xcn":  # XCN: id, family, given, middle
        for part in comps[1:4]:
            yield from span(part, "NAME")
    elif kind == "address":
        for i, entity in _ADDRESS.items():
            if i < len(comps):
                yield from span(comps[i], entity)
    elif kind == "phone":
        for i, entity in _PHONE.items():
            if i < len(comps) and (entity == "EMAIL" or _DIGITS.search(comps[i].text)):
                yield from span(comps[i], entity)
    elif kind == "date":  # TS: the date and time in one component
        if _DIGITS.search(comps[0].text):
            yield from span(comps[0], "DATE")
    elif kind == "code":  # CE: identifier, text
        for part in comps[:2]:
            yield from span(part, place.entity)
    else:  # "text"
        yield from span(comps[0], place.entity)


class Hl7v2Detector:
    """Identifiers and diagnoses in HL7 v2 segments, by position (see the module doc)."""

    name = "hl7v2"
    entities = frozenset(
        {p.entity for fields in PLACES.values() for p in fields.values()}
        | set(ID_TYPES.values())
        | set(_ADDRESS.values())
        | set(_PHONE.values())
    )

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        texts = ctx.cells.text
        among = ctx.containing("|")  # every segment has one: a cheap first screen
        for cell in ctx.candidates(PREFILTER, skip_system=True, among=among).tolist():
            for start, end, entity in message_spans(texts[cell]):
                if ctx.enabled(entity):
                    yield Span(cell, start, end, entity, SCORE, DETECTOR)


@register("hl7v2")
def _factory(config: EngineConfig) -> Hl7v2Detector:
    return Hl7v2Detector()
