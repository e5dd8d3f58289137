"""MRN, HEALTH_PLAN_ID (Medicare MBI, member/policy/group ids, a UK NHS number after its
word) and OTHER_ID (NPI, patient, encounter and claim ids).

The Medicare Beneficiary Identifier has a fixed 11-position shape (letters without S, L,
O, I, B, Z) that random analytics tokens almost never take, so it is reported on its own
(0.85; 0.95 next to a Medicare word), dashed ``1EG4-TE5-MK73`` or compact, all upper or all
lower case.

Record numbers, member and policy ids have no structure: they are taken only *directly*
after their words ("MRN: 00123456", "member id W123456789", "policy #: XYZ123456789") or
as the whole value of a field named for them (``Medical_Record_Number__c``, ``member_id``).

NPIs carry a Luhn check digit (over the ``80840`` prefix), but a bare 10-digit number is
far more often something else: every GA4 ``ga_session_id`` and epoch-seconds timestamp is
10 digits starting with 1 (as every NPI issued so far does), and NPIs starting with 2 look
exactly like US phone numbers. So an NPI is reported only with an NPI/provider word nearby
or in its field (1.0), or in the NPI-only 4-3-3 grouping ``1234-567-893`` (0.7); a bare
10-digit number without context is never reported. NPIs starting with 2 need the word NPI.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from detectors.checksums import mbi_valid, nhs_valid, npi_valid
from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext, near_words
from detectors.field_names import organisation_npi
from detectors.keyed import CONNECT, LABEL_START, LABEL_START_RE2
from detectors.registry import register
from detectors.spans import Span

_MBI_PREFILTER = r"\b[1-9][A-Za-z][A-Za-z0-9][0-9]-?[A-Za-z][A-Za-z0-9][0-9]-?[A-Za-z]{2}[0-9]{2}\b"
_NPI_PREFILTER = r"\b[12][0-9]{3}[- ][0-9]{3}[- ][0-9]{3}\b"
#: US health insurers whose name labels a member id in notes ("Cigna ID U1234567"). Only
#: distinctive names: a word that is also a first name or an everyday word stays out.
_PAYERS = (
    r"bcbs\w{0,3}|blue\s?cross(?:\s?(?:and\s)?blue\s?shield)?|blue\s?shield|anthem|aetna"
    r"|cigna|humana|uhc|united\s?health(?:care)?|kaiser(?:\s?permanente)?|molina|ambetter"
    r"|wellcare|tricare|champva|highmark|carefirst|premera|regence"
    # Medicaid managed care and regional plans; a name that is also a word or a first name
    # counts only with the word that makes it a plan's ("Oscar Health", "Priority Health")
    r"|amerigroup|caresource|centene|amerihealth(?:\s?caritas)?|keystone\s?first|healthfirst"
    r"|metroplus|fidelis(?:\s?care)?|emblem\s?health|excellus|wellmark|avmed|medi-cal"
    r"|health\s?net|florida\s?blue|horizon\s?(?:bcbs|blue)|harvard\s?pilgrim|caremark"
    r"|(?:oscar|bright|clover|devoted|priority|sunshine|moda|optima|tufts)\s?health"
    r"|(?:peach\s?state|buckeye|superior|meridian|upmc|tufts|providence)\s?health\s?plan"
    r"|express\s?scripts|optum\s?rx"
)
#: A span that is only a payer's name ("secondary Anthem"): NER reads them as people.
PAYER_NAME = re.compile(rf"(?:{_PAYERS})", re.IGNORECASE)
#: Lower-case pieces one of which every payer label holds (the keyed-id keyword screen).
PAYER_KEYWORDS = (
    "bcbs", "blue", "anthem", "aetna", "cigna", "humana", "uhc", "united", "kaiser",
    "molina", "ambetter", "wellcare", "tricare", "champva", "highmark", "carefirst", "premera",
    "regence", "amerigroup", "caresource", "centene", "amerihealth", "keystone", "healthfirst",
    "metroplus", "fidelis", "emblem", "excellus", "wellmark", "avmed", "medi-cal", "net",
    "horizon", "pilgrim", "caremark", "health", "scripts", "optum",
)  # fmt: skip
# A label may be glued to a number before it ("0143MRN"): LABEL_START_RE2, not \b.
_WORD_PREFILTER = (
    r"(?i:mrn|medical.?record|subscriber|insurance|group|medicaid|medicare|beneficiary|hicn"
    r"|\bnpi\b|\bnhs\b|provider|prescriber|prescription|"
    + LABEL_START_RE2
    + r"(?:mr ?#|med.?rec|chart|member|policy|plan|mbi\b|patient|encounter|claim|rx|"
    + _PAYERS
    + r"))"
)
PREFILTER = "|".join((_MBI_PREFILTER, _NPI_PREFILTER, _WORD_PREFILTER))

_MBI = re.compile(
    r"(?<![A-Za-z0-9-])[1-9][A-Za-z][A-Za-z0-9]\d(?P<d>-?)[A-Za-z][A-Za-z0-9]\d(?P=d)"
    r"[A-Za-z]{2}\d{2}(?![A-Za-z0-9]|-\w)"
)
_NPI = re.compile(
    r"(?<![\w.,$-])(?<!\d[ /-])(?:[12]\d{9}|[12]\d{3}(?P<s>[- ])\d{3}(?P=s)\d{3})"
    r"(?![\w-]|[.,]\d|[ -]\d)"
)

_SUFFIX = r"(?:[ _-]?(?:number|num|nbr|no|nr|id|identifier|#))"
_VALUE = r"(?P<v>[A-Z0-9](?:[A-Z0-9-]{3,20})[A-Z0-9])(?![\w-]|[.,]\d)"
_FIELD_VALUE = re.compile(r"\s*(?P<v>[A-Za-z0-9](?:[A-Za-z0-9-]{3,20})[A-Za-z0-9])\s*")
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}")


def _keyed(keywords: str) -> re.Pattern[str]:
    """``keyword [connectors] VALUE``: the value must follow its word directly."""
    return re.compile(LABEL_START + r"(?i:" + keywords + r")(?!\w)" + CONNECT + _VALUE)


class KeyedId(NamedTuple):
    """An identifier with no structure of its own, known by the words before it.

    Attributes:
        entity: what it is reported as.
        pattern: keyword(s), connectors, then the value (group ``v``).
        field_groups: word groups; a field whose path words include one holds such ids.
        min_len: shortest value (dashes removed).
        max_len: longest value.
        score: score of a hit.
        keywords: lower-case pieces of which every match of ``pattern`` holds one
            (``medic`` for medicaid and medicare): ASCII text without any is not scanned.
    """

    entity: str
    pattern: re.Pattern[str]
    field_groups: tuple[frozenset[str], ...]
    min_len: int
    max_len: int
    score: float
    keywords: tuple[str, ...]


def _groups(*groups: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g.split()) for g in groups)


KEYED_IDS: tuple[KeyedId, ...] = (
    KeyedId(
        "MRN",
        _keyed(
            r"mrn|mr\s?#|medical[ _-]?records?" + _SUFFIX + r"?|med\.?[ _-]?rec(?:ord)?"
            r"(?:s|\.)?" + _SUFFIX + r"?|(?:patient[ _-]?)?chart" + _SUFFIX
        ),
        _groups("mrn", "medical record", "med rec", "chart number", "chart id", "chart no"),
        5,
        12,
        0.9,
        ("mr", "med", "chart"),
    ),
    KeyedId(
        "HEALTH_PLAN_ID",
        _keyed(
            # "member id W123456789", and "member XOF123456789" in a note (the value needs
            # three digits, so "member since 2019" or "Gold member" is no id)
            r"(?:(?:insurance|ins\.?)[ _-]?)?member"
            + _SUFFIX
            + r"?"
            # "Insurance card: member ZG4627559"
            + r"|(?:insurance|ins\.?)[ _-]?card\s?[:#-]?\s?(?:member|subscriber)"
            + _SUFFIX
            + r"?"
            + r"|subscriber"
            + _SUFFIX
            + r"|(?:insurance[ _-]?)?policy"
            + _SUFFIX
            + r"|insurance"
            + _SUFFIX
            + r"|(?<![Aa][Dd][ _-])(?:(?:insurance|health|plan|rx|medical)[ _-]?)?group"
            + _SUFFIX
            + r"|(?:health[ _-]?)?plan"
            + _SUFFIX
            + r"|medicaid"
            + _SUFFIX
            + r"?|medicare"
            + _SUFFIX
            + r"?|beneficiary"
            + _SUFFIX
            + r"|hicn|mbi"
            # a plan's name after an insurance label, any payer: "Insurance: Keystone First
            # ID# KF88812345", "Plan: Ambetter, ID U7123456701" (capitalized words only)
            + r"|(?:insurance|ins\.?|insurer|(?:health[ _-]?)?plan)\s?:\s?"
            + r"(?:(?-i:[A-Z])[\w&.'’-]*\s){0,3}(?-i:[A-Z])[\w&.'’-]*,?\s?(?:member[ _-]?)?"
            + r"(?:id|no\.?|number|#)(?:\s?#)?"
            # a payer's name as the label: "BCBS ID XOF123456789", "Aetna member W123456789"
            + r"|(?:"
            + _PAYERS
            + r")(?:(?:[ _-]?(?:member|subscriber|policy))?"
            + _SUFFIX
            + r"|[ _-]?(?:member|subscriber))"
            # the payer named after the label: "my member ID with Aetna is W284719330",
            # "subscriber number for Cigna: U4829103"
            + r"|(?:member|subscriber|policy)"
            + _SUFFIX
            + r"\s(?:with|for|at|through|from)\s(?:"
            + _PAYERS
            + r")"
        ),
        _groups(
            "member id",
            "member number",
            "member no",
            "subscriber id",
            "subscriber number",
            "policy number",
            "policy id",
            "policy no",
            "insurance id",
            "insurance number",
            # not "group number": a field of them holds the employer group's code, printed
            # on every card of the plan (field_names reads ``group_number`` as no one's);
            # "group number 0012345" in a note is still read by the pattern above
            "health plan",
            "medicaid",
            "medicare",
            "mbi",
            "hicn",
            "beneficiary",
        ),
        6,
        20,
        0.85,
        (
            "member",
            "subscriber",
            "policy",
            "insurance",
            "group",
            "plan",
            "medic",
            "beneficiary",
            "hicn",
            "mbi",
            *PAYER_KEYWORDS,
        ),
    ),
    KeyedId(
        "OTHER_ID",
        # a prescription number ties a pharmacy's refill texts to one patient's Rx
        # ("your atorvastatin Rx #6612345 is ready")
        _keyed(
            r"patient"
            + _SUFFIX
            # a log or an exception message numbering the patient with no label word
            # ("invalid DOB for patient 55123", "patient 48213 not found"): digits only
            + r"|patient(?=\s\d{5,12}(?![\w-]|[.,]\d))"
            + r"|encounter"
            + _SUFFIX
            + r"|claim"
            + _SUFFIX
            # a claim's number right after the bare word, as a claims administrator's
            # letter and e-signature subjects write it ("Transitional Duty Offer - Claim
            # WC24-120455"): only an upper-case prefix and digits, so "claim 2 free
            # months" or "Claim BONUS2024" is no claim number
            + r"|claim(?=\s(?-i:[A-Z]{1,4})\d{2}[A-Z0-9]*-?\d{4,}(?![\w-]))"
            + r"|(?:rx|prescription)"
            + _SUFFIX
            + r"?"
        ),
        _groups(
            "patient id",
            "patient number",
            "patient identifier",
            "encounter id",
            "encounter number",
            "claim id",
            "claim number",
            "prescription number",
            "rx number",
        ),
        5,
        20,
        0.8,
        ("patient", "encounter", "claim", "rx", "prescription"),
    ),
)

#: A UK NHS number after its word ("NHS no. 943 476 5919", "NHS number: 9434765919"), as a
#: GP's referral or an international patient's enquiry writes it: ten digits, grouped 3-3-4
#: or not, with its mod-11 check digit (:func:`~detectors.checksums.nhs_valid`). Its field
#: (``NHS Number``) is read by the field rules.
_NHS_NUMBER = re.compile(
    LABEL_START
    + r"(?i:nhs"
    + _SUFFIX
    + r"?)(?!\w)"
    + CONNECT
    + r"(?P<v>\d{3}(?P<s>[ -]?)\d{3}(?P=s)\d{4})(?![\w-]|[.,]\d)"
)

MEDICARE_CONTEXT = _groups("medicare", "mbi", "hicn", "beneficiary", "cms", "member", "medicaid")
NPI_CONTEXT = _groups("npi", "provider", "prescriber", "physician", "practitioner", "doctor")
#: Path words of fields named for an id that do not hold it: its name, type or status, and
#: when it was set (GA4's ``user_properties.<name>.value.set_timestamp_micros`` beside
#: every user property, a ``crm_id`` or ``patient_portal_id`` among them).
_NOT_ID_FIELD_WORDS = frozenset(
    {"ad", "adgroup", "name", "type", "status", "date", "url", "timestamp", "micros", "millis"}
    # a system's own policies, not an insurance policy: a help desk's ``sla_policy.id``,
    # a bucket's ``retention_policy_id``, a site's ``privacy_policy_version``
    | {"sla", "retention", "privacy", "password", "refund", "cancellation", "escalation"}
    | {"security", "cookie", "cors", "iam", "lifecycle", "backup"}
    # an enrolment file's master (group) policy (an 834's ``REF*38`` as JSON,
    # ``master_policy_number``): the employer's contract with the carrier, on every member
    | {"master"}
    # a product's code under a claim or an order (an NCPDP claim's ``claim.product_id``,
    # an NDC beside its qualifier): the drug's or the item's, no person's
    | {"product"}
)


def _in_context(words: frozenset[str], groups: tuple[frozenset[str], ...]) -> bool:
    return any(g <= words for g in groups)


#: Path words of a plan's group code (``insurance.group_number``, ``rx_group``): the
#: employer group's, printed on every card of the plan, so no beneficiary's number.
_GROUP_WORDS = frozenset({"group", "grp"})
#: Path words of a provider's own enrolment number with a payer (a transport broker's
#: network list's ``Medicaid Provider Number``, a ``medicare_provider_id``): the
#: company's or the clinician's billing number, no beneficiary's.
_PROVIDER_WORDS = frozenset({"provider", "providers"})
#: Path words of an institution's own policy (a student-accident claim form's ``School
#: Policy Number``, ``Policy Number (school)``): the school's or the district's contract
#: with its insurer, the same on every student's claim, as an employer group's is.
_INSTITUTION_WORDS = frozenset({"school", "district"})


def _field_kind(p: FieldProfile) -> KeyedId | None:
    """The keyed id a field is named for (``member_id`` -> HEALTH_PLAN_ID), or None."""
    if p.words & _NOT_ID_FIELD_WORDS:
        return None
    for kind in KEYED_IDS:
        if _in_context(p.words, kind.field_groups):
            if kind.entity == "HEALTH_PLAN_ID" and p.words & (
                _GROUP_WORDS | _PROVIDER_WORDS | _INSTITUTION_WORDS
            ):
                return None
            return kind
    return None


def _value_ok(value: str, kind: KeyedId) -> bool:
    """Length within the kind's bounds, at least 3 digits, not a date, not one repeated char.

    Mixed-case values are refused: ids in these systems are digits or upper case, while
    CRM record ids (Salesforce ``003xx000004TmiQ``) mix cases.
    """
    compact = value.replace("-", "")
    if not kind.min_len <= len(compact) <= kind.max_len or _DATE_LIKE.fullmatch(value):
        return False
    if sum(c.isdigit() for c in compact) < 3 or len(set(compact)) == 1:
        return False
    return not (any(c.islower() for c in compact) and any(c.isupper() for c in compact))


class MedicalIdDetector:
    """Medical record numbers, health plan ids (MBI), NPIs and other patient ids."""

    name = "medical_ids"
    entities = frozenset({"MRN", "HEALTH_PLAN_ID", "OTHER_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        kinds = [_field_kind(p) for p in ctx.profiles]
        # an organisation's NPI field (a billing provider's, a payee's, a group's) is the
        # organisation's own number, not a clinician's: not read by its word
        paths = ctx.cells.paths
        npi_paths = {
            i
            for i, p in enumerate(ctx.profiles)
            if "npi" in p.words and not organisation_npi(paths[i])
        }
        field_paths = npi_paths | {i for i, k in enumerate(kinds) if k is not None}
        cells = np.union1d(ctx.candidates(PREFILTER), ctx.path_cells(field_paths))
        hint = ctx.cells.hint_id
        for i in cells:
            cell = int(i)
            prof = ctx.profile(cell)
            path = int(hint[cell])
            field_kind = kinds[path]
            if prof.system and field_kind is None and path not in npi_paths:
                continue  # a machine field whose name is not about these ids
            text = ctx.cells.text[cell]
            yield from self._mbi(ctx, cell, text)
            yield from self._npi(ctx, cell, text, path in npi_paths)
            yield from _nhs_numbers(cell, text)
            whole = _field_value(cell, text, field_kind) if field_kind else None
            if whole is not None:
                yield whole
            else:
                yield from _keyed_values(cell, text)

    @staticmethod
    def _mbi(ctx: ScanContext, cell: int, text: str) -> Iterator[Span]:
        for m in _MBI.finditer(text):
            value = m.group().replace("-", "")
            if not mbi_valid(value) or not (value.isupper() or value.islower()):
                continue
            words = ctx.profile(cell).words | near_words(text, m.start(), m.end())
            score = 0.95 if _in_context(words, MEDICARE_CONTEXT) else 0.85
            yield Span(cell, m.start(), m.end(), "HEALTH_PLAN_ID", score, "regex")

    @staticmethod
    def _npi(ctx: ScanContext, cell: int, text: str, npi_field: bool) -> Iterator[Span]:
        for m in _NPI.finditer(text):
            digits = m.group().replace("-", "").replace(" ", "")
            if not npi_valid(digits):
                continue
            # Field names count only when they say NPI: "provider" names auth providers too.
            words = near_words(text, m.start(), m.end())
            named = npi_field or "npi" in words
            if named or (digits[0] == "1" and _in_context(words, NPI_CONTEXT)):
                score = 1.0
            elif digits[0] == "1" and m.group("s"):
                score = 0.7
            else:
                continue
            yield Span(cell, m.start(), m.end(), "OTHER_ID", score, "checksum")


def _nhs_numbers(cell: int, text: str) -> Iterator[Span]:
    """UK NHS numbers after their word (:data:`_NHS_NUMBER`), check digit valid."""
    if text.isascii() and "nhs" not in text.lower():
        return
    for m in _NHS_NUMBER.finditer(text):
        if nhs_valid(re.sub(r"\D", "", m.group("v"))):
            yield Span(cell, m.start("v"), m.end("v"), "HEALTH_PLAN_ID", 0.9, "checksum")


def _field_value(cell: int, text: str, kind: KeyedId) -> Span | None:
    """The whole value of a field named for ``kind``, when it is shaped like one."""
    m = _FIELD_VALUE.fullmatch(text)
    if m and _value_ok(m.group("v"), kind):
        return Span(cell, m.start("v"), m.end("v"), kind.entity, kind.score, "regex")
    return None


def _keyed_values(cell: int, text: str) -> Iterator[Span]:
    """Values right after their label. Scanning for the labels (case-insensitive, with a
    lookbehind tried at every position) is the cost, so ASCII text is first tested for
    the label's keywords; Unicode case folding (``ſ`` is an ``s``) rules that out for
    other text."""
    lower = text.lower() if text.isascii() else None
    for kind in KEYED_IDS:
        if lower is not None and not any(word in lower for word in kind.keywords):
            continue
        for m in kind.pattern.finditer(text):
            if _value_ok(m.group("v"), kind):
                yield Span(cell, m.start("v"), m.end("v"), kind.entity, kind.score, "regex")


@register("medical_ids")
def _factory(config: EngineConfig) -> MedicalIdDetector:
    return MedicalIdDetector()
