"""Structured text inside one cell: an element's, a property's or a part's name says what
its value is.

Contact syncs, calendar feeds, integration logs and form captures put whole documents
into one string column: a SOAP request (``<elig:MemberId>XJH448812093</elig:MemberId>``),
a SAML assertion's attributes (``<Attribute Name="firstName"><AttributeValue>Joanna``), a
C-CDA or FHIR XML fragment (``<given>Funmilayo</given>``, ``<family value="Haverford"/>``),
a vCard (``FN:Marisol Vega``, ``N:Vega;Marisol;;;``), an iCalendar invite
(``ATTENDEE;CN=Dana Whitlock:mailto:…``, ``DTSTART;TZID=…:20241015T093000``), a
``multipart/form-data`` body (``Content-Disposition: form-data; name="full_name"`` and
the part's value) and an LDIF entry (``cn:: <base64>``, ``givenName: Michael``). A bare
``Trevor`` or ``20241015T093000`` has nothing around it that a pattern reads; its name
does. So, as :mod:`detectors.query_pairs` does for ``name=value`` pairs, each such value
is judged under its name: the name goes through the field-name classifier
(:func:`detectors.field_names.profile_path`, once per distinct name; an XML element also
as ``parent.child``, so ``name.given`` is a name), and a value that passes the shape check
of the entity the name implies is reported whole, as written.

What the formats add of their own, and only inside their own objects:

* vCard's structured ``N`` (``family;given;middle;prefix;suffix``) is a name when its
  parts are; an iCalendar ``ATTENDEE``'s ``CN`` is the invitee's name (an ``ORGANIZER``'s
  is a calendar's or a desk's as often, and is not read); the ``DTSTART`` of an event or
  a to-do that has an attendee is the attendee's appointment, a DATE (an event without one
  is a meeting room's, a closure's or a public event's, and ``DTSTAMP``, ``CREATED``,
  ``LAST-MODIFIED`` and ``REV`` are the calendar's own clocks: never read).
* In an LDIF entry of a person (``objectClass: person`` or ``inetOrgPerson``) ``cn`` and
  ``sn`` are the person's name; a ``::`` value is base64 (RFC 2849) and is decoded for
  the shape check.
* An upload's part (``filename=``) is a file, not a value.

Every entity with a shape check is reported here but EMAIL, which
:mod:`detectors.email` finds in any text.
Cost: one RE2 screen per chunk (:data:`PREFILTER`) leaves every cell without a closing
tag, a ``BEGIN:V``, a form-data part or an LDIF ``dn:`` untouched.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import profile_path
from detectors.named_values import DETECTOR, NAMED_ENTITIES, Candidate, checked
from detectors.organisations import ORGANISATION_WORDS
from detectors.registry import register
from detectors.spans import Span
from detectors.unescape import decoded_base64

#: RE2 screen: a closing XML tag, a vCard or iCalendar object, a form-data part, an LDIF
#: entry.
PREFILTER = r"</[A-Za-z]|(?i:BEGIN:V(?:CARD|CALENDAR|EVENT|TODO))|form-data; name=|(?m:^dn: )"
#: Entities an element's name may imply here (:data:`~detectors.named_values.NAMED_ENTITIES`).
ENTITIES = NAMED_ENTITIES

#: An XML tag: closing mark, local name (a namespace prefix dropped), attributes, self-close.
_TAG = re.compile(r"<(/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:\s[^<>]*?)?)(/?)>")
#: A FHIR XML primitive's value attribute (``<given value="Celeste"/>``).
_VALUE_ATTR = re.compile(r'\svalue="([^"<>]{1,200})"')
#: An HL7 v3 (CDA) instance identifier's value (``<id root="<OID>" extension="448812"/>``).
_EXTENSION_ATTR = re.compile(r'\sextension="([^"<>]{1,100})"')
#: HL7 v3 role classes read as the person they hold (``patientRole.id`` is ``patient.id``).
_ROLE_KEYS = {"patientRole": "patient"}
#: A SAML attribute's name (``<saml2:Attribute Name="firstName" …>``).
_ATTRIBUTE_NAME = re.compile(r'\sName="([A-Za-z_][\w.:/-]{0,100})"')
#: Elements whose text is a SAML attribute's value: judged under the attribute's name.
_ATTRIBUTE_VALUE = "attributevalue"

#: A content line of a vCard or iCalendar object (unfolded by :mod:`detectors.unescape`).
_LINE = re.compile(r"(?m)^([A-Za-z][A-Za-z0-9-]*)((?:;[^:\r\n]*)?):([^\r\n]*)")
_CN = re.compile(r';CN=("?)([^";:\r\n]{1,100})\1', re.IGNORECASE)
_CALENDAR_DATE = re.compile(r"(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?")
#: Components whose attendee makes their start the attendee's date.
_ATTENDED = re.compile(r"(?im)^ATTENDEE[;:]")
#: A placeholder of a template, never a value (``{{patient.full_name}}``, ``*|FNAME|*``).
_PLACEHOLDER = re.compile(r"\{\{|\}\}|\*\||\|\*|\$\{|%%")

#: A form-data part: its name, its headers, then its value.
_PART = re.compile(
    r'Content-Disposition:[ \t]*form-data;[ \t]*name="([^"\r\n]{1,80})"\r?\n'
    r"(?:[A-Za-z-]+:[^\r\n]*\r?\n)*\r?\n([^\r\n]{1,200})",
    re.IGNORECASE,
)
#: An LDIF line (``attr: value``, ``attr:: base64``), and an entry of a person.
_LDIF_LINE = re.compile(r"(?m)^([A-Za-z][\w-]*)(::?)[ ]?([^\r\n]{1,200})")
_LDIF_PERSON = re.compile(r"(?im)^objectClass:[ ]*(?:inetOrgPerson|person|organizationalPerson)")
#: LDAP attributes of a person entry that the classifier does not know by their short name.
_LDAP_PERSON_KEYS = {"cn": "full_name", "sn": "surname", "displayname": "full_name"}


def _name_parts(value: str) -> str | None:
    """vCard ``N`` (``family;given;middle;prefix;suffix``) as ``given middle family``, or
    None when it has no family and given name."""
    parts = [p.strip() for p in value.split(";")]
    if len(parts) < 2 or not parts[0] or not parts[1]:
        return None
    return " ".join(p for p in (parts[1], parts[2] if len(parts) > 2 else "", parts[0]) if p)


def _calendar_date(value: str) -> bool:
    """True when ``value`` is an iCalendar date or date-time of a real day."""
    m = _CALENDAR_DATE.fullmatch(value.strip())
    if m is None:
        return False
    try:
        dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return False
    return True


def _judge(key: str, cell: int, start: int, end: int, value: str, found: dict) -> None:
    """Add ``value`` under the entity ``key`` implies (if any) to ``found``."""
    if not value.strip() or _PLACEHOLDER.search(value):
        return
    profile = profile_path(key)
    if profile.entity in ENTITIES:
        found[profile.entity].append((cell, start, end, profile.score, value.strip()))


def _xml_pairs(cell: int, text: str, found: dict) -> None:
    """Elements with text or a ``value`` attribute, under ``parent.child`` or ``child``."""
    stack: list[str] = []
    saml_name: str | None = None
    last_end = 0
    open_name: str | None = None
    for m in _TAG.finditer(text):
        closing, local, attrs, self_closing = m[1], m[2], m[3], m[4]
        if closing:
            if open_name == local and stack:
                inner_start, inner_end = last_end, m.start()
                inner = text[inner_start:inner_end]
                key = saml_name if local.lower() == _ATTRIBUTE_VALUE and saml_name else None
                _element(cell, stack, key, inner_start, inner, found)
            if local in stack:
                del stack[len(stack) - 1 - stack[::-1].index(local) :]
            open_name = None
        else:
            if local.lower() == "attribute":
                name = _ATTRIBUTE_NAME.search(attrs)
                saml_name = name[1] if name else None
            value = _VALUE_ATTR.search(attrs) if attrs else None
            if value is None and local == "id" and attrs:
                value = _EXTENSION_ATTR.search(attrs)
            if value is not None:
                key_stack = [*stack, local]
                _element(cell, key_stack, None, m.start(3) + value.start(1), value[1], found)
            if not self_closing:
                stack.append(local)
                open_name = local
        last_end = m.end()


def _element(
    cell: int, stack: list[str], key: str | None, start: int, inner: str, found: dict
) -> None:
    """Judge one element's text under its SAML attribute's name, ``parent.child`` or
    ``child``."""
    value = inner.strip()
    if not value or len(value) > 200:
        return
    start += len(inner) - len(inner.lstrip())
    end = start + len(value)
    if key is not None:
        _judge(key, cell, start, end, value, found)
        return
    if len(stack) > 1:
        keys = [f"{_ROLE_KEYS.get(stack[-2], stack[-2])}.{stack[-1]}", stack[-1]]
    else:
        keys = [stack[-1]]
    for k in keys:
        if profile_path(k).entity is not None:
            _judge(k, cell, start, end, value, found)
            return


def _calendar_pairs(cell: int, text: str, found: dict) -> None:
    """vCard ``FN``/``N``, an attendee's ``CN`` and an attended event's ``DTSTART``."""
    attended = _ATTENDED.search(text) is not None
    for m in _LINE.finditer(text):
        prop, params, value = m[1].upper(), m[2], m[3]
        start = m.start(3)
        if prop == "FN":
            _judge("full_name", cell, start, m.end(3), value, found)
        elif prop == "N":
            name = _name_parts(value)
            if name is not None:
                _judge("full_name", cell, start, m.end(3), name, found)
        elif prop == "ATTENDEE" and params:
            cn = _CN.search(params)
            if cn is not None:
                s = m.start(2) + cn.start(2)
                _judge("full_name", cell, s, s + len(cn[2]), cn[2], found)
        elif prop == "DTSTART" and attended and _calendar_date(value):
            found["CALENDAR_DATE"].append((cell, start, m.end(3), 0.85, value))


def _form_parts(cell: int, text: str, found: dict) -> None:
    """The value of each ``form-data`` part under the part's name."""
    for m in _PART.finditer(text):
        _judge(m[1], cell, m.start(2), m.end(2), m[2], found)


def _ldif_pairs(cell: int, text: str, found: dict) -> None:
    """An LDIF entry's attributes; ``cn`` and ``sn`` of a person entry as a name."""
    person = _LDIF_PERSON.search(text) is not None
    for m in _LDIF_LINE.finditer(text):
        key, value = m[1], m[3]
        if m[2] == "::":
            decoded = decoded_base64(value.strip())
            if decoded is None:
                continue
            value = decoded
        if person:
            key = _LDAP_PERSON_KEYS.get(key.lower(), key)
        elif key.lower() in _LDAP_PERSON_KEYS:
            continue
        _judge(key, cell, m.start(3), m.end(3), value, found)


def _not_organisation(value: str) -> bool:
    """A name that does not end in an organisation's word (``Imaging Center``)."""
    words = value.split()
    return bool(words) and words[-1].lower().strip(".,") not in ORGANISATION_WORDS


class MarkupPairDetector:
    """Values inside XML, vCard, iCalendar, form-data and LDIF text, by their names."""

    name = "markup_pairs"
    entities = ENTITIES

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        cells = ctx.candidates(PREFILTER, skip_system=True)
        if len(cells) == 0:
            return
        texts = ctx.cells.text
        found: dict[str, list[Candidate]] = defaultdict(list)
        for cell in cells.tolist():
            text = texts[cell]
            if "</" in text or "/>" in text:
                _xml_pairs(cell, text, found)
            upper = text[:4000].upper()
            if "BEGIN:V" in upper:
                _calendar_pairs(cell, text, found)
            if "form-data" in text:
                _form_parts(cell, text, found)
            if text.startswith("dn:") or "\ndn: " in text:
                _ldif_pairs(cell, text, found)
        if ctx.enabled("DATE"):
            for cell, start, end, score, _ in found.pop("CALENDAR_DATE", []):
                yield Span(cell, start, end, "DATE", score, DETECTOR)
        found.pop("CALENDAR_DATE", None)
        enabled = {entity: c for entity, c in found.items() if ctx.enabled(entity)}
        for entity, (cell, start, end, score, value) in checked(enabled):
            if entity != "NAME" or _not_organisation(value):
                yield Span(cell, start, end, entity, score, DETECTOR)


@register("markup_pairs")
def _factory(config: EngineConfig) -> MarkupPairDetector:
    return MarkupPairDetector()
