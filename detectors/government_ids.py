"""SSN, OTHER_ID (ITIN, passports) and LICENSE_NUMBER (driver's and professional
licences, DEA registrations).

An SSN has no check digit, only validity rules (see :func:`detectors.checksums.ssn_valid`),
so the dashed ``123-45-6789`` form is trusted on its own, the space and dot forms score
lower, and a bare 9-digit number is an SSN only with an SSN word ("ssn", "social
security", "ss#") in its field name or near it: nine digits alone are as likely an order,
a ZIP+4 or a routing number. Area 9xx is never an SSN; with a valid group it is an ITIN.

A US immigration number is the person's OTHER_ID: an alien registration number (an
A-Number: an ``A`` and seven to nine digits) right after its label ("A# 212-345-678",
"Alien Registration No. A212345678"), and a USCIS receipt number (a service centre's
three letters and ten digits, ``IOE0912345678``) beside a receipt, case or USCIS word in
its field or the text: one person's petition or application, as a claim number is one
claimant's. Its shape is what tells it from a shop's receipt under a bare ``Receipt
Number``.

Passport and driver's-licence numbers have no structure worth the name, so they are taken
only *directly* after their words ("passport no. A12803456", "DL# D1234-5678", "license
no.: A1234567") or as the whole value of a passport or licence field: a word merely
nearby ("passport photo uploaded for order 123456789") is not enough. DEA numbers carry a
check digit and score 0.7 on their own (not in order/transaction/ticket contexts), 1.0
with a DEA or licence word.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.checksums import dea_valid, itin_valid, ssn_valid
from detectors.config import EngineConfig
from detectors.context import FOREIGN_NEAR_WORDS, FieldProfile, ScanContext, near_words
from detectors.keyed import CONNECT, LABEL_START, LABEL_START_RE2, whole_or_keyed
from detectors.location import STATE_ALTERNATION
from detectors.registry import register
from detectors.spans import Span

PREFILTER = (
    r"[0-9]{3}[- .][0-9]{2}[- .][0-9]{4}"
    r"|[xX*#•]{3}[- ]?[xX*#•]{2}[- ]?[0-9]{4}|(?i:soc\.?\s?sec|last.?(?:4|four))"
    r"|\b[A-HJ-MPR-UX][A-Z9][0-9]{7}\b"
    r"|(?i:ssn|social.?security|\bss ?#|\bitin\b|\btin\b|taxpayer|tax.?id|passport|travel.?doc"
    r"|licen[cs]e|" + LABEL_START_RE2 + r"(?:lic|c?dln?)\b)"
    r"|(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|VSC|CSC|NSC)-?[0-9]{2}"
    r"|\bA(?:-?[Nn]umber|-[Nn]o\b|#| #)|(?i:alien|uscis)"
)

_SSN_FORMATTED = re.compile(
    r"(?<![\w.,$-])(?<!\d[ .-])\d{3}(?P<sep>[- .])\d{2}(?P=sep)\d{4}(?![\w-]|[ .,-]\d)"
)
#: The last four digits of an SSN, said so ("last 4 of SSN 6789", "SSN ending in 6789",
#: ``ssn4: 6789``), or shown behind a mask (``xxx-xx-6789``, ``***-**-6789``): what CRM
#: and billing notes keep of an SSN, and still an identifier (the field ``SSN (last 4)``
#: is one too).
_SSN_WORD = r"(?:ssn|social(?:\s?security)?(?:\s?(?:number|no\.?|num|#))?)"
_SSN_LAST4 = re.compile(
    r"(?i:\blast\s?(?:4|four)(?:\s(?:digits\s)?of)?\s(?:(?:my|the|his|her|their|pt'?s)\s)?"
    + _SSN_WORD
    + r"|\b"
    + _SSN_WORD
    + r"\s(?:ending|ends)\s(?:in|with)|\bssn\s?(?:4|last\s?(?:4|four)))"
    r"(?:\s?(?:is|[:#=-]))?\s?(?P<v>\d{4})(?![\w-])"
)
_SSN_MASKED = re.compile(
    r"(?<![\w*#•])[xX*#•]{3}(?P<sep>[- ]?)[xX*#•]{2}(?P=sep)(?P<v>\d{4})(?![\w-])"
)
_NINE = re.compile(r"(?<![\w.,$-])\d{9}(?![\w-]|[.,]\d)")
_DEA = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z9]\d{7}(?![A-Za-z0-9])")

_LICENSE_VALUE = r"(?P<v>[A-Z0-9](?:[A-Z0-9-]{3,17})[A-Z0-9])(?![\w-]|[.,]\d)"
#: The issuing state between a licence's label and its number ("DL IL D400-7120-3456",
#: "driver's license (TX) 12345678"), as call notes and intake forms write it.
_ISSUING_STATE = r"(?:\s+\(?(?:" + STATE_ALTERNATION + r")\)?(?=[\s:#]))?"
_LICENSE = re.compile(
    LABEL_START
    + r"(?i:(?:licen[cs]e|lic|dl|dln|cdl)(?:[ _-]?(?:number|num|nbr|no|nr|#))?)(?!\w)"
    + _ISSUING_STATE
    + CONNECT
    + _LICENSE_VALUE
)
#: A passport's document number: the US's nine digits or a letter and eight digits, and
#: the shapes of the passports international patients travel on (ICAO 9303 allows up to
#: nine letters and digits): one or two letters and six to eight digits (Saudi Arabia's
#: and India's letter and seven digits, Canada's ``AB123456``, Mexico's letter and eight),
#: eight digits, or nine capitals and digits with at least five digits (the UK's nine
#: digits, Germany's ``C01X00T47``).
_PASSPORT_NUMBER = r"(?:[A-Z]{1,2}\d{6,8}|\d{8,9}|(?=(?:[A-Z]*\d){5})[A-Z0-9]{9})"
_PASSPORT = re.compile(
    LABEL_START
    + r"(?i:(?:passport|travel[ _-]?document)(?:[ _-]?(?:number|num|nbr|no|nr|#))?)(?!\w)"
    + CONNECT
    + rf"(?P<v>{_PASSPORT_NUMBER})(?![\w-]|[.,]\d)"
)
#: A USCIS receipt number: the service centre's code (``EAC``, ``IOE``...) and ten digits,
#: run together or dashed as the I-797 notice groups them (``EAC-21-123-45678``).
_USCIS_RECEIPT = re.compile(
    r"(?<![\w-])(?:EAC|WAC|LIN|SRC|NBC|MSC|IOE|YSC|TSC|VSC|CSC|NSC)"
    r"(?:[0-9]{10}|-[0-9]{2}-[0-9]{3}-[0-9]{5})(?![\w-])"
)
#: Words of a receipt number's field or text: the notice, the case, the agency.
_RECEIPT_WORDS = frozenset({"receipt", "receipts", "uscis", "case", "petition", "application"})
#: An A-Number right after its label: ``A-Number``, ``A#``, ``A-No.``, "Alien
#: Registration Number", ``USCIS #`` (the same number on a green card); the value is an
#: ``A`` and nine digits, dashed or not, or seven to nine digits after the label.
_A_NUMBER = re.compile(
    LABEL_START + r"(?:A(?:-?[Nn]umber|-[Nn]o\b\.?|\s?#)|(?i:alien(?:\s(?:registration|reg\.?))?"
    r"(?:\s(?:number|no\b\.?|#))|uscis\s(?:number|no\b\.?|#)))"
    + r"(?i:(?:\s*[:#=.]|\s+is\b)){0,2}\s*"
    + r"(?P<v>A-?[0-9]{3}-?[0-9]{3}-?[0-9]{3}|A?[0-9]{7,9}|[0-9]{3}-[0-9]{3}-[0-9]{3})"
    + r"(?![\w-]|[.,][0-9])"
)
_PASSPORT_FIELD_VALUE = re.compile(rf"\s*(?P<v>{_PASSPORT_NUMBER})\s*", re.IGNORECASE)
_LICENSE_FIELD_VALUE = re.compile(r"\s*(?P<v>[A-Za-z0-9](?:[A-Za-z0-9-]{3,17})[A-Za-z0-9])\s*")
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}")

# Context word groups: any group wholly present (field path words + words near the span).
SSN_CONTEXT = (
    frozenset({"ssn"}),
    frozenset({"ssns"}),
    frozenset({"ss"}),
    frozenset({"social", "security"}),
    frozenset({"soc", "sec"}),
)
ITIN_CONTEXT = (
    frozenset({"itin"}),
    frozenset({"tin"}),
    frozenset({"taxpayer"}),
    frozenset({"tax", "id"}),
    frozenset({"tax", "identification"}),
)
DEA_CONTEXT = (
    frozenset({"dea"}),
    frozenset({"license"}),
    frozenset({"licence"}),
    frozenset({"certificate"}),
    frozenset({"prescriber"}),
    frozenset({"registration"}),
)
_LICENSE_FIELD_WORDS = frozenset({"license", "licence", "dl", "dln", "cdl", "lic"})
_NOT_LICENSE_FIELD_WORDS = frozenset(
    {"plate", "key", "type", "status", "state", "class", "expiration", "expiry", "exp", "date"}
    | {"issued", "issue", "url", "name", "agreement"}
    # a licensed facility's own licence (a community directory's ``Facility License #``, a
    # home-care agency's state licence): the business's, the same on every row
    | {"facility", "community", "agency", "business", "company", "organization"}
    # a licensed shop's or lab's own (a dispensary's ``store_license``, a certificate of
    # analysis's ``lab_license``), as detectors/field_names.py's licence rule reads them
    | {"store", "dispensary", "retailer", "lab", "laboratory", "cultivation", "establishment"}
    | {"org"}
    # a funeral home's, a crematory's or a nursing home's own licence (an EDRS row's
    # ``FUNERAL_HOME_LIC`` beside the certifier's), as field_names' licence rule reads them
    | {"home", "mortuary", "crematory", "crematorium", "cemetery"}
)
_FIELD_WORDS = (
    frozenset({"ssn", "ssns", "social", "itin", "tin", "taxpayer", "passport", "dea"})
    | _LICENSE_FIELD_WORDS
)
# Someone else's identifier: FOREIGN_NEAR_WORDS near it in the text, or these in the
# field name.
FOREIGN_FIELD_WORDS = FOREIGN_NEAR_WORDS | {
    "item",
    "product",
    "session",
    "event",
    "campaign",
    "click",
    "code",
    "zip",
    "postal",
    "phone",
}
# A DEA-shaped code (two letters, seven digits) in a generic id field is a ticket or
# transaction code ("T96881675") one time in ten; it needs a DEA word there.
DEA_FOREIGN_FIELD_WORDS = FOREIGN_FIELD_WORDS | {"id", "tid"}


def _last_four(cell: int, text: str) -> Iterator[Span]:
    """Last-four SSNs: the digits after an SSN word, or a whole masked SSN."""
    if any(c in text for c in "xX*#•"):
        for m in _SSN_MASKED.finditer(text):
            yield Span(cell, m.start(), m.end(), "SSN", 0.8, "regex")
    for m in _SSN_LAST4.finditer(text):
        yield Span(cell, m.start("v"), m.end("v"), "SSN", 0.8, "regex")


def _is_license_field(p: FieldProfile) -> bool:
    return bool(p.words & _LICENSE_FIELD_WORDS) and not p.words & _NOT_LICENSE_FIELD_WORDS


def _in_context(words: frozenset[str], groups: tuple[frozenset[str], ...]) -> bool:
    return any(g <= words for g in groups)


class GovernmentIdDetector:
    """SSNs, ITINs, passport numbers, driver's and professional licences, DEA numbers."""

    name = "government_ids"
    entities = frozenset({"SSN", "OTHER_ID", "LICENSE_NUMBER"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        fields = ctx.field_cells(lambda p: bool(p.words & _FIELD_WORDS))
        license_fields = frozenset(ctx.field_cells(_is_license_field).tolist())
        passport_fields = frozenset(ctx.field_cells(lambda p: "passport" in p.words).tolist())
        cells = np.union1d(ctx.candidates(PREFILTER), fields)
        want_license = ctx.enabled("LICENSE_NUMBER")
        for i in cells:
            cell = int(i)
            prof = ctx.profile(cell)
            text = ctx.cells.text[cell]
            # a bare ``Receipt Number`` is a machine field; a USCIS receipt's shape in it
            # is still one person's case
            yield from self._immigration(ctx, cell, text)
            if prof.system and not prof.words & _FIELD_WORDS:  # a machine field, not ours
                continue
            yield from self._formatted(ctx, cell, text, prof)
            yield from self._bare(ctx, cell, text)
            yield from _last_four(cell, text)
            yield from self._passports(cell, text, cell in passport_fields)
            if want_license:
                yield from self._dea(ctx, cell, text, prof)
                # a licence field the chunk's shape made a machine field (a store
                # listing's ``license_number`` beside its hours) is the place's: only a
                # labelled licence inside its text is still read
                whole = cell in license_fields and not prof.system
                yield from self._licenses(cell, text, whole)

    @staticmethod
    def _words(ctx: ScanContext, cell: int, start: int, end: int) -> frozenset[str]:
        return ctx.profile(cell).words | near_words(ctx.cells.text[cell], start, end)

    def _formatted(
        self, ctx: ScanContext, cell: int, text: str, prof: FieldProfile
    ) -> Iterator[Span]:
        """``123-45-6789`` (also space/dot separated): SSN by its rules, else ITIN."""
        for m in _SSN_FORMATTED.finditer(text):
            digits = re.sub(r"\D", "", m.group())
            words = self._words(ctx, cell, m.start(), m.end())
            dashed = m.group("sep") == "-"
            if ssn_valid(digits):
                entity, near = "SSN", _in_context(words, SSN_CONTEXT)
            elif itin_valid(digits):
                near = _in_context(words, ITIN_CONTEXT) or _in_context(words, SSN_CONTEXT)
                entity = "OTHER_ID"
            else:
                continue
            if not near and (prof.words & FOREIGN_FIELD_WORDS or words & FOREIGN_NEAR_WORDS):
                continue
            score = 0.95 if near else 0.85 if dashed else 0.7
            yield Span(cell, m.start(), m.end(), entity, score, "regex")

    def _bare(self, ctx: ScanContext, cell: int, text: str) -> Iterator[Span]:
        """Nine digits next to an SSN or ITIN word (in the field name or the text)."""
        for m in _NINE.finditer(text):
            value = m.group()
            words = self._words(ctx, cell, m.start(), m.end())
            entity = _bare_entity(value, words)
            if entity is not None:
                score = 0.8 if entity == "SSN" else 0.75
                yield Span(cell, m.start(), m.end(), entity, score, "regex")

    def _immigration(self, ctx: ScanContext, cell: int, text: str) -> Iterator[Span]:
        """A-Numbers after their label; USCIS receipt numbers beside a receipt word."""
        for m in _A_NUMBER.finditer(text):
            yield Span(cell, m.start("v"), m.end("v"), "OTHER_ID", 0.85, "regex")
        for m in _USCIS_RECEIPT.finditer(text):
            if self._words(ctx, cell, m.start(), m.end()) & _RECEIPT_WORDS:
                yield Span(cell, m.start(), m.end(), "OTHER_ID", 0.85, "regex")

    @staticmethod
    def _passports(cell: int, text: str, in_field: bool) -> Iterator[Span]:
        """Passport numbers (:data:`_PASSPORT_NUMBER`) after a passport word, or as the
        whole value of a passport field."""
        for m in whole_or_keyed(text, in_field, _PASSPORT_FIELD_VALUE, _PASSPORT):
            if len(set(m.group("v"))) > 2:
                yield Span(cell, m.start("v"), m.end("v"), "OTHER_ID", 0.8, "regex")

    def _dea(self, ctx: ScanContext, cell: int, text: str, prof: FieldProfile) -> Iterator[Span]:
        for m in _DEA.finditer(text):
            if not dea_valid(m.group()):
                continue
            words = self._words(ctx, cell, m.start(), m.end())
            near = _in_context(words, DEA_CONTEXT)
            if not near and (prof.words & DEA_FOREIGN_FIELD_WORDS or words & FOREIGN_NEAR_WORDS):
                continue
            yield Span(cell, m.start(), m.end(), "LICENSE_NUMBER", 1.0 if near else 0.7, "checksum")

    @staticmethod
    def _licenses(cell: int, text: str, in_field: bool) -> Iterator[Span]:
        for m in whole_or_keyed(text, in_field, _LICENSE_FIELD_VALUE, _LICENSE):
            if _license_value_ok(m.group("v")):
                yield Span(cell, m.start("v"), m.end("v"), "LICENSE_NUMBER", 0.85, "regex")


def _bare_entity(value: str, words: frozenset[str]) -> str | None:
    """SSN, OTHER_ID (an ITIN) or None for a bare 9-digit value and the words around it."""
    ssn_word = _in_context(words, SSN_CONTEXT)
    if value.isdigit() and ssn_word and ssn_valid(value):
        return "SSN"
    if value.isdigit() and (ssn_word or _in_context(words, ITIN_CONTEXT)) and itin_valid(value):
        return "OTHER_ID"
    return None


def _license_value_ok(value: str) -> bool:
    """5-16 characters once dashes go, at least 3 digits, not a date or a repeated digit."""
    compact = value.replace("-", "")
    if not 5 <= len(compact) <= 16 or _DATE_LIKE.fullmatch(value):
        return False
    return sum(c.isdigit() for c in compact) >= 3 and len(set(compact)) > 1


@register("government_ids")
def _factory(config: EngineConfig) -> GovernmentIdDetector:
    return GovernmentIdDetector()
