"""X12 837 and 835 segments held in a field: identifiers and care by segment and element.

Claims reach patient-financial, CRM and marketing teams from clearinghouses and billing
systems whose rejection worklists, error queues and audit logs carry the raw segments that
failed an edit: ``NM1*IL*1*PRATT*DONNA****MI*XJH448812300~DMG*D8*19710522*F~
HI*ABK:M1711~SV1*HC:20610:LT*350*UN*1~DTP*472*D8*20240916~``. No label names the member's
surname, the birth date written ``19710522`` or the diagnosis after its ``ABK`` qualifier:
the implementation guides say what each element is by its place, so this module reads the
place, as :mod:`detectors.hl7v2` does for HL7 v2.

Segments end at ``~`` (or a line break), elements are split on the separator that follows
the segment id (``*`` in practice) and components on ``:`` (or the separator an ``ISA``
header declares in ``ISA16``). What is read:

============  ==========================================================================
``NM1``       a person's party only (``NM102`` = 1): 3-5 name parts (NAME), 9 its id by
              the ``NM108`` qualifier (``MI`` member id: HEALTH_PLAN_ID, ``34`` SSN, else
              OTHER_ID: a clinician's NPI is reported, as the project does). A
              non-person's party (``NM102`` = 2: the billing provider, the payer, the
              submitter, a facility) is the organisation's and is not read, nor its
              ``N3``/``N4`` address and ``PER`` contact
``N3``/``N4`` the address of the person party before them: street, city (LOCATION), ZIP
``PER``       that person's phone, fax and e-mail by their qualifiers
``DMG``       2 birth date (``D8``)
``CLM``       1 the patient control number (the provider's patient account number)
``CLP``       1 the same number, echoed in a remittance
``REF``       ``SY`` SSN, ``1W``/``IG`` member and policy ids, ``EA`` medical record number
``HI``        each code after a diagnosis qualifier (``ABK``, ``ABF``, ``BK``…:
              HEALTH_CONDITION), an ICD-10-PCS procedure qualifier or a DRG (``DR``):
              PROCEDURE. Value, occurrence and condition codes are not care
``SV1``/``SV2``/``SV3``/``SVC``  the procedure code of a service line (and ``SV201`` the
              revenue code): PROCEDURE. Modifiers, charges and units are not
``DTP``/``DTM``  a date of care by its qualifier (472 service, 435 admission, 096
              discharge, 431 onset, 150/151 and 232/233 service periods…): DATE. The
              payer's received, paid and processed dates are not a person's
============  ==========================================================================

Claims flattened to CSV by segment and element keep the same places in their column
names (``NM1_IL_NM103``, ``HI01``, ``SV101``, ``CLP01``, ``DTP_472``,
``N4_IL_ZIP``): :func:`column_place` reads a column named for an X12 segment, with its
element position (glued, ``NM103``, or apart, ``NM1_03``) or a plain word (``LAST``,
``CITY``, ``ID``), and the party's qualifier where the segment needs one to say whose it
is (``IL`` subscriber, ``QC`` patient: a name column without one may be the billing
provider's). Its value is then read as that element: a whole identifier, or the code of an
``HI`` or service-line composite (``ABK:M1711``, ``HC:20610:RT``).

The interchange's envelope (``ISA``, ``GS``, ``ST`` control numbers and dates), a
payer's claim control number (``REF*F8``, ``CLP07``), amounts and adjustment reason codes
(``CAS``) are the trading partners' bookkeeping and are not read.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.delimited import Part, part_span, split_parts
from detectors.registry import register
from detectors.spans import Span

#: RE2 prefilter: a segment this module reads, at the start of the value or after a
#: segment terminator, with its element separator.
PREFILTER = r"(?:^|~\s*|[\r\n])(?:ISA|NM1|CLM|CLP|HI|SV[123C]|DMG|DTP|DTM)\*[A-Z0-9]"
_SEGMENT = re.compile(r"(?:^|(?<=~)|(?<=[\r\n]))\s*(?P<id>[A-Z][A-Z0-9]{1,2})\*")
_DIGITS = re.compile(r"\d")
#: A date element's value: ``CCYYMMDD`` (``D8``) or a range of two (``RD8``).
_DATE_VALUE = re.compile(r"\d{6}")
SCORE = 0.95
DETECTOR = "regex"

#: ``NM108`` identification code qualifiers of a person's id.
_NM1_IDS = {"MI": "HEALTH_PLAN_ID", "34": "SSN", "II": "HEALTH_PLAN_ID"}
#: ``REF01`` qualifiers of a person's reference numbers.
_REF_IDS = {"SY": "SSN", "1W": "HEALTH_PLAN_ID", "IG": "HEALTH_PLAN_ID", "EA": "MRN"}
#: ``PER`` communication number qualifiers.
_PER = {"TE": "PHONE", "CP": "PHONE", "HP": "PHONE", "WP": "PHONE", "FX": "FAX", "EM": "EMAIL"}
#: ``HI`` code list qualifiers of diagnoses (ICD-10-CM and ICD-9-CM: principal, other,
#: admitting, reason for visit, external cause) and of procedures (ICD-10-PCS, ICD-9-CM
#: principal and other) and the DRG.
_HI_DIAGNOSES = frozenset(
    {"ABK", "ABF", "ABJ", "ABN", "APR", "BK", "BF", "BJ", "BN", "PR", "TQ"}
)  # fmt: skip
_HI_PROCEDURES = frozenset({"BBR", "BBQ", "BR", "BQ", "CAH", "DR"})
#: ``DTP01``/``DTM01`` qualifiers of a date of the person's care: service (472), admission
#: (435), discharge (096), onset (431), initial treatment (454), last seen (304), accident
#: (439), last menstrual period (484), acute manifestation (453), hearing and vision
#: prescription (471), last X-ray (455), service period start and end (150, 151), claim
#: statement period (232, 233, 434).
_CARE_DATES = frozenset(
    {"472", "435", "096", "431", "454", "304", "439", "484", "453", "471", "455", "150",
     "151", "232", "233", "434", "036", "360", "361"}
)  # fmt: skip


def _component_separator(text: str) -> str:
    """The component separator an ``ISA`` header declares (``ISA16``), else ``:``."""
    at = text.find("ISA")
    if at < 0 or len(text) < at + 4:
        return ":"
    elements = text[at:].split(text[at + 3], 17)
    if len(elements) > 16 and elements[16][:1] and not elements[16][:1].isalnum():
        return elements[16][:1]
    return ":"


def segment_spans(text: str) -> Iterator[tuple[int, int, str]]:
    """``(start, end, entity)`` of every identifier and care code in the X12 segments of
    ``text`` (see the module doc for what is read)."""
    comp = _component_separator(text)
    person = False  # is the party the last NM1 opened a person?
    for m in _SEGMENT.finditer(text):
        seg, sep = m.group("id"), "*"
        end = len(text)
        for stop in ("~", "\r", "\n"):
            at = text.find(stop, m.end())
            if at >= 0:
                end = min(end, at)
        el = [Part("", m.start("id")), *split_parts(text[m.end() : end], m.end(), sep)]

        def val(i: int, el: list[Part] = el) -> str:
            return el[i].text.strip() if i < len(el) else ""

        if seg == "NM1":
            person = val(2) == "1"
            if person:
                for i in (3, 4, 5):
                    if i < len(el):
                        yield from part_span(el[i], "NAME")
                if len(el) > 9 and _DIGITS.search(el[9].text):
                    yield from part_span(el[9], _NM1_IDS.get(val(8), "OTHER_ID"))
        elif seg in {"N3", "N4", "PER"} and not person:
            continue
        elif seg == "N3":
            for i in (1, 2):
                if i < len(el):
                    yield from part_span(el[i], "LOCATION")
        elif seg == "N4":
            if len(el) > 1:
                yield from part_span(el[1], "LOCATION")
            if len(el) > 3 and _DIGITS.search(el[3].text):
                yield from part_span(el[3], "ZIP_CODE")
        elif seg == "PER":
            for i in (3, 5, 7):
                entity = _PER.get(val(i))
                if entity and i + 1 < len(el):
                    yield from part_span(el[i + 1], entity)
        elif seg == "DMG":
            if val(1) == "D8" and len(el) > 2 and _DATE_VALUE.search(el[2].text):
                yield from part_span(el[2], "DATE")
        elif seg in {"CLM", "CLP"}:
            if len(el) > 1:
                yield from part_span(el[1], "ACCOUNT_NUMBER")
        elif seg == "REF":
            entity = _REF_IDS.get(val(1))
            if entity and len(el) > 2:
                yield from part_span(el[2], entity)
        elif seg == "HI":
            for element in el[1:]:
                parts = split_parts(element.text, element.start, comp)
                if len(parts) < 2:
                    continue
                qualifier = parts[0].text.strip()
                if qualifier in _HI_DIAGNOSES:
                    yield from part_span(parts[1], "HEALTH_CONDITION")
                elif qualifier in _HI_PROCEDURES:
                    yield from part_span(parts[1], "PROCEDURE")
        elif seg in {"SV1", "SV2", "SV3", "SVC"}:
            if seg == "SV2" and len(el) > 1 and _DIGITS.search(el[1].text):
                yield from part_span(el[1], "PROCEDURE")  # the revenue code
            at_code = 2 if seg == "SV2" else 1
            if len(el) > at_code:
                parts = split_parts(el[at_code].text, el[at_code].start, comp)
                if len(parts) > 1:
                    yield from part_span(parts[1], "PROCEDURE")
        elif seg in {"DTP", "DTM"} and val(1) in _CARE_DATES:
            date = 3 if seg == "DTP" else 2
            if len(el) > date and _DATE_VALUE.search(el[date].text):
                yield from part_span(el[date], "DATE")


#: A column-name token that names an X12 segment, with the element position glued on
#: (``nm103``, ``sv101``, ``hi01``) or not (``nm1``, ``dtp``).
_SEGMENT_TOKEN = re.compile(r"^(nm1|n3|n4|dmg|clm|clp|hi|sv[123c]|dtp|dtm)(\d{2})?$")
_KEY_TOKEN = re.compile(r"[a-z]+[0-9]*|[0-9]+")
#: Qualifiers and words of a column that make its NM1, N3 and N4 elements a person's: the
#: subscriber (``IL``), the patient (``QC``), and the loops' own names.
_PERSON_PARTIES = frozenset({"il", "qc", "subscriber", "patient", "insured", "member"})
#: Plain words for an NM1 or N4 element, as flatteners name them.
_NM1_WORDS = {"last": 3, "lname": 3, "surname": 3, "first": 4, "fname": 4, "middle": 5}
_NM1_WORDS |= {"id": 9, "identifier": 9}
_N4_WORDS = {"city": 1, "zip": 3, "postal": 3, "zipcode": 3}
#: What a column's element holds: an entity (read whole) or a composite whose code is care.
HI_CODE, SERVICE_CODE = "HI", "SERVICE"


@functools.lru_cache(maxsize=4096)
def column_place(path: str) -> str | None:
    """What an X12 element column holds (an entity, :data:`HI_CODE` or
    :data:`SERVICE_CODE`), or None for a column this module does not read."""
    tokens = _KEY_TOKEN.findall(path.rsplit(".", 1)[-1].lower())
    seg, element, at = None, None, -1
    for i, token in enumerate(tokens):
        m = _SEGMENT_TOKEN.match(token)
        if m:
            seg, at = m[1], i
            element = int(m[2]) if m[2] else element
    if seg is None:
        return None
    rest = tokens[at + 1 :]
    if element is None:
        numbers = [t for t in rest if t.isdigit() and len(t) <= 2]
        element = int(numbers[0]) if numbers else None
    words = set(tokens)
    if seg == "nm1" and words & _PERSON_PARTIES:
        element = element or next((_NM1_WORDS[w] for w in rest if w in _NM1_WORDS), None)
        return {3: "NAME", 4: "NAME", 5: "NAME", 9: "HEALTH_PLAN_ID"}.get(element or 0)
    if seg == "n3" and words & _PERSON_PARTIES:
        return "LOCATION"
    if seg == "n4" and words & _PERSON_PARTIES:
        element = element or next((_N4_WORDS[w] for w in rest if w in _N4_WORDS), None)
        return {1: "LOCATION", 3: "ZIP_CODE"}.get(element or 0)
    if seg == "dmg" and (element == 2 or words & {"dob", "birth", "birthdate"}):
        return "DATE"
    if seg in {"clm", "clp"} and element == 1:
        return "ACCOUNT_NUMBER"
    if seg == "hi":
        return HI_CODE
    if seg in {"sv1", "sv3", "svc"} and element in {1, None}:
        return SERVICE_CODE
    if seg == "sv2":
        return {1: "PROCEDURE", 2: SERVICE_CODE}.get(element or 0)
    if seg in {"dtp", "dtm"} and _CARE_DATES.intersection(rest):
        return "DATE"
    return None


def _column_spans(place: str, text: str, comp: str = ":") -> Iterator[tuple[int, int, str]]:
    """The spans of one element column's value (``place`` from :func:`column_place`)."""
    whole = Part(text, 0)
    if place == HI_CODE:
        parts = split_parts(text, 0, comp)
        if len(parts) > 1 and parts[0].text.strip().upper() in _HI_DIAGNOSES:
            yield from part_span(parts[1], "HEALTH_CONDITION")
        elif len(parts) > 1 and parts[0].text.strip().upper() in _HI_PROCEDURES:
            yield from part_span(parts[1], "PROCEDURE")
    elif place == SERVICE_CODE:
        parts = split_parts(text, 0, comp)
        if len(parts) > 1 and _DIGITS.search(parts[1].text):
            yield from part_span(parts[1], "PROCEDURE")
    elif place == "NAME":
        if _LETTERS.fullmatch(text.strip()):
            yield from part_span(whole, place)
    elif place == "DATE":
        if _DATE_VALUE.search(text):
            yield from part_span(whole, place)
    elif place == "LOCATION" or _DIGITS.search(text):
        yield from part_span(whole, place)


_LETTERS = re.compile(r"[^\W\d_][^\W\d_' .-]*(?:[' .-]+[^\W\d_]+)*")


class X12Detector:
    """Identifiers and care codes in X12 claim and remittance segments (see the module doc)."""

    name = "x12"
    entities = frozenset(
        {"NAME", "LOCATION", "ZIP_CODE", "PHONE", "FAX", "EMAIL", "DATE", "SSN", "MRN"}
        | {"HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "OTHER_ID", "HEALTH_CONDITION", "PROCEDURE"}
    )

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        texts = ctx.cells.text
        among = ctx.containing("*")  # every element is set off by one: a cheap first screen
        for cell in ctx.candidates(PREFILTER, skip_system=True, among=among).tolist():
            for start, end, entity in segment_spans(texts[cell]):
                if ctx.enabled(entity):
                    yield Span(cell, start, end, entity, SCORE, DETECTOR)
        # an element column is read by its X12 name even where its words alone make a
        # machine field (``NM1_QC_ID`` ends in ``id``)
        columns = ctx.path_mask(lambda p: column_place(p) is not None)
        paths = ctx.cells.paths
        for cell in np.flatnonzero(columns).tolist():
            place = column_place(paths[ctx.cells.hint_id[cell]])
            for start, end, entity in _column_spans(place, texts[cell]):
                if ctx.enabled(entity):
                    yield Span(cell, start, end, entity, SCORE, DETECTOR)


@register("x12")
def _factory(config: EngineConfig) -> X12Detector:
    return X12Detector()
