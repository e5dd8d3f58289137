"""PROCEDURE and MEDICATION from billing codes: CPT, HCPCS, ICD-10-PCS, DRG, revenue
codes (PROCEDURE) and NDC (MEDICATION), beside their label or under a field named for them.

Claims, billing and revenue-cycle exports that reach marketing and CRM systems carry care as
codes: ``CPT_Code = 99213``, ``HCPCS_CD = J1745``, ``ICD_PRCDR_CD1 = 0SRD0J9`` (a knee
replacement), ``MS_DRG = 470``, ``REV_CNTR = 0450`` (emergency room), ``NDC 0002-8215-01``.
A code tied to a person says what was done to them as plainly as the procedure's name, so
a record holding one and an identifier is PHI. No vocabulary word is there to find.

Decisions, per code type (a code is reported only where one is meant):

* **CPT** (5 digits, or 4 digits and ``F``/``T`` for categories II and III) and **HCPCS
  Level II** (a letter and 4 digits): only after a ``CPT``/``HCPCS``/``procedure code``/
  ``Proc:`` label (bare ``proc 12345`` is a process id), or in a field whose key names
  them (``cpt``, ``hcpcs``, ``proc_cd``, ``procedure_code``). HCPCS's ``D`` codes are the
  dental CDT codes (``D0120`` periodic exam, ``D6010`` an implant), as dental practice
  software exports them under ``ProcCode`` or after a ``CDT`` label. A bare 5-digit number is
  never read as CPT: ZIP codes, order and ticket numbers and promo codes have the same
  shape, and ``code 99213`` is a coupon.
* **NDC** (10 digits as 4-4-2, 5-3-2 or 5-4-1, or 11 digits as 5-4-2, hyphens optional in
  a field, required after a label unless it is the 11-digit form): after ``NDC`` or in an
  ``ndc`` field. NDCs carry no check digit; the segment shapes are the only format rule.
* **ICD-10-PCS** (7 characters of 0-9 and letters without I and O, the first a section
  character): after ``ICD-10-PCS``/``PCS code`` (bare ``pcs`` is pieces) or in a field
  naming a PCS or ICD procedure code (``icd_pcs``, ``ICD_PRCDR_CD1``), with at least one
  digit.
* **DRG** (``DRG 470``, ``MS-DRG 871``, 1 to 3 digits, 001-999): after the label or in a
  ``drg`` field. A DRG is a hospital stay's billing group (a joint replacement, sepsis), so
  it is reported as a PROCEDURE, a service received.
* **Revenue codes** (4 digits with a leading 0, 0100-0999, or the same without the 0): in a
  revenue-code field (``rev_cntr``, ``revenue_code``, ``rev_cd``) or after ``rev code``/
  ``revenue code``. ``0001`` (total charges) says nothing and is not reported.
* **CVX** (the CDC's codes of vaccines administered, HL7 table 0292: ``141`` seasonal
  influenza, ``208`` Pfizer COVID-19, ``03`` MMR), 1 to 3 digits, as immunization
  registries, scheduling tools and SMART Health Cards carry them: only as the whole value
  of a ``cvx`` field (``CVX``, ``cvx_code``; a ``CVX Short Description`` holds words, and
  its numbers are doses), of a FHIR ``coding``'s ``code`` whose ``system`` is the CVX URI
  (``http://hl7.org/fhir/sid/cvx``) or of a code beside a ``CVX`` code type, and after a
  ``CVX`` label in text. A vaccine given is a MEDICATION, as an NDC's product is; ``998``
  (no vaccine administered) and ``999`` (unknown) name no vaccine and are not reported.
  The same codes in a CVX reference list name nobody; a record is PHI only with a
  person's identifier beside.
* **Not health context by themselves**: place-of-service codes (two digits: an office, a
  hospital) and modifiers (``25``, ``59``, ``LT``); they are read with the procedure code
  beside them, which is what this module reports (``99214-25`` reports ``99214``).

ICD-10-CM diagnosis codes are :mod:`detectors.diagnosis_codes`' job. Spans are of kind
``dictionary`` (a lookup of a coded vocabulary, like diagnosis codes), so an identifier
overlapping one wins resolution.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from detectors.clinical_text import clinical_candidates, register_prefilter
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens
from detectors.keyed import CONNECT, LABEL_START
from detectors.registry import register
from detectors.spans import Span

PROC, MED = "PROCEDURE", "MEDICATION"
_SCORE_FIELD = 0.9
_SCORE_TEXT = 0.85

_CPT = r"\d{5}|\d{4}[FfTt]"
_HCPCS = r"[A-EGHJ-MP-Va-egh-jk-mp-v]\d{4}"
_PCS = r"[0-9BCDFGHXbcdfghx][0-9A-HJ-NP-Za-hj-np-z]{6}"
_NDC_DASHED = r"\d{4}-\d{4}-\d{2}|\d{5}-\d{3}-\d{2}|\d{5}-\d{4}-\d{1,2}"
_DRG = r"\d{1,3}"
_CVX = r"\d{1,3}"
_REV = r"0?\d{3}"


class CodeType(NamedTuple):
    """One code system: its entity, the shape of one code, and its labels in text."""

    name: str
    entity: str
    code: str  # regex of one code (field values and labelled lists)
    label: str  # regex of the label in text ('' when only fields count)


#: The code systems, in the order a field or label is tried.
CODE_TYPES: tuple[CodeType, ...] = (
    CodeType(
        "cpt",
        PROC,
        f"{_CPT}|{_HCPCS}",
        r"(?i:cpt(?:\u00ae|\(r\))?(?:[ -]?(?:4|ii|iii))?(?:[ -]?codes?)?|hcpcs(?:[ -]?codes?)?"
        r"|cdt(?:[ -]?codes?)?"
        r"|proc(?:edure)?[ -]?codes?|proc(?=\s*[:#]))",
    ),
    CodeType("pcs", PROC, _PCS, r"(?i:icd[ -]?10[ -]?pcs(?:[ -]?codes?)?|pcs[ -]?codes?)"),
    CodeType("ndc", MED, rf"{_NDC_DASHED}|\d{{11}}", r"(?i:ndc)(?:[ -]?(?:11|10|codes?))?"),
    CodeType("drg", PROC, _DRG, r"(?:MS-|ms-|AP-|APR-)?(?i:drg)"),
    CodeType("rev", PROC, _REV, r"(?i:rev(?:enue)?[ -]?(?:code|cd|cntr)s?)"),
    CodeType("cvx", MED, _CVX, r"(?i:cvx)(?:[ -]?codes?)?"),
)
_BY_NAME = {t.name: t for t in CODE_TYPES}
#: In a field, an NDC may be written without hyphens in its 10-digit form too.
_NDC_FIELD = rf"{_NDC_DASHED}|\d{{10,11}}"

_LIST_SEP = r"\s*(?:[,;/&+]|\band\b)\s*"
_END = r"(?![\w.-]|\.\d)"
_MODIFIER = r"(?:-[0-9A-Za-z]{2})?"  # ``99214-25``: the modifier is not reported


def _labelled(t: CodeType) -> re.Pattern[str]:
    code = f"(?:{t.code}){_MODIFIER}"
    return re.compile(
        LABEL_START
        + f"(?:{t.label})(?![A-Za-z])"
        + CONNECT
        + f"(?P<codes>{code}(?:{_LIST_SEP}{code})*){_END}"
    )


_LABELLED = {t.name: _labelled(t) for t in CODE_TYPES}
#: After a procedure code: its modifier (``-25``, not reported) or the end of the token.
_CPT_END = r"(?:(?=-[0-9A-Za-z]{2}(?![\w-]))|(?![\w.-]))"
_ONE = {
    t.name: re.compile(rf"(?<![\w.-])(?:{t.code})" + (_CPT_END if t.name == "cpt" else _END))
    for t in CODE_TYPES
}
#: In a field, a CVX code is the whole value: a description's numbers are doses and ages.
_ONE_IN_FIELD = {
    **_ONE,
    "ndc": re.compile(rf"(?<![\w.-])(?:{_NDC_FIELD}){_END}"),
    "cvx": re.compile(rf"(?<![\s\S])(?:{_CVX})(?![\s\S])"),
}
#: RE2 prefilter: a label, then a code's first digit (or letter and digit) close after it.
PREFILTER = register_prefilter(
    r"(?i:cpt|hcpcs|cdt|proc(?:edure)?|pcs|ndc|drg|rev(?:enue)?|cvx)[^0-9A-Za-z]{0,12}"
    r"(?i:(?:codes?|cd|cntr|10|11)[^0-9A-Za-z]{0,6})?[A-Za-z]?[0-9]"
)

#: Key tokens naming each code system's field (any token of the last key).
_FIELD_TOKENS: dict[str, frozenset[str]] = {
    # a therapy plan of care lists its billable treatments as CPT codes under
    # ``interventions`` (97110, 97140)
    "cpt": frozenset({"cpt", "cpts", "hcpcs", "hcpc", "cpt4", "cdt", "interventions"}),
    "pcs": frozenset({"pcs", "icd10pcs"}),
    "ndc": frozenset({"ndc", "ndcs", "ndc10", "ndc11"}),
    "drg": frozenset({"drg", "drgs", "msdrg"}),
    "rev": frozenset({"revcode", "revcd"}),
    "cvx": frozenset({"cvx", "cvxcode", "cvxcd"}),
}
_PROCEDURE_WORDS = frozenset({"procedure", "procedures", "proc", "prcdr", "prcdrs"})
_CODE_WORDS = frozenset({"code", "codes", "cd", "cds", "cd1", "cd2", "cd3", "cd4", "cd5"})
#: The words of a claim's ``Level of Service``: billed as the visit's E/M code or the
#: ambulance base rate's HCPCS code (``ALS1 Emergency (A0427)``), a CPT field either way.
_LEVEL_OF_SERVICE = frozenset({"level", "of", "service"})


@functools.lru_cache(maxsize=16384)
def code_field(path: str) -> str:
    """The code system a hint path's last key names (``cpt``, ``pcs``, ``ndc``, ``drg``,
    ``rev``), or '' (cached per path).

    ``procedure_code`` and ``PROC_CD`` hold CPT or HCPCS codes, ``ICD_PRCDR_CD1`` (CMS
    claims files) ICD-10-PCS ones; ``REV_CNTR`` and ``revenue_code`` revenue codes.
    """
    keys = key_tokens(path)
    if not keys:
        return ""
    last = keys[-1]
    words = set(last)
    for name, tokens in _FIELD_TOKENS.items():
        if words & tokens:
            return name
    if "rev" in words or "revenue" in words:
        return "rev" if words & (_CODE_WORDS | {"cntr", "center"}) else ""
    if words & _PROCEDURE_WORDS and words & _CODE_WORDS:
        return "pcs" if "icd" in words else "cpt"
    if "ada" in words and words & _CODE_WORDS:
        return "cpt"  # a dental treatment plan's ``ADA Code`` (the CDT is the ADA's)
    if words >= _LEVEL_OF_SERVICE:
        return "cpt"  # a visit's E/M level (99214) or an ambulance run's (ALS1, ``A0427``)
    return ""


#: Last keys of a generic code field whose code system a sibling names: a price
#: estimator's ``procedure.code`` beside ``codeSystem`` = "CPT", a good-faith estimate's
#: ``items[].code`` beside ``code_type``, a FHIR ``coding``'s ``code`` beside its
#: ``system`` URI, a Transparency-in-Coverage ``billing_code`` beside ``billing_code_type``.
#: A pharmacy claim's product (NCPDP's ``product_id`` or ``Product/Service ID`` beside
#: its ``product_id_qualifier``, a SCRIPT message's ``ProductCode.Code`` beside its
#: ``Qualifier``) is one too: the qualifier says whether it is an NDC.
_GENERIC_CODE_KEYS = frozenset(
    {("code",), ("billing", "code"), ("service", "code")}
    | {("product", "id"), ("product", "service", "id"), ("product", "code")}
)
#: Sibling keys of NCPDP's product/service id qualifier (field 436-E1), whose ``03`` is
#: an NDC; a bare ``03`` under any other system key says nothing.
_NCPDP_QUALIFIER_KEYS = frozenset(
    {("product", "id", "qualifier"), ("product", "service", "id", "qualifier")}
)
#: Last keys of the sibling that names the system.
_SYSTEM_KEYS = frozenset(
    {("code", "system"), ("code", "type"), ("code", "set"), ("billing", "code", "type")}
    | {("system",), ("coding", "system"), ("service", "code", "type")}
    | {("qualifier",), ("code", "qualifier")}
    | _NCPDP_QUALIFIER_KEYS
)
#: The sibling's value (upper case, without spaces, hyphens and dots) -> code system.
_SYSTEM_VALUES = {
    **dict.fromkeys(("CPT", "CPT4", "HCPCS", "HC", "CDT"), "cpt"),
    # ``ND`` is NCPDP SCRIPT's qualifier of an NDC (``DrugCoded.ProductCode.Qualifier``)
    **dict.fromkeys(("NDC", "N4", "ND"), "ndc"),
    **dict.fromkeys(("DRG", "MSDRG"), "drg"),
    **dict.fromkeys(("RC", "REV", "REVENUECODE"), "rev"),
    **dict.fromkeys(("ICD10PCS", "PCS"), "pcs"),
    "CVX": "cvx",
}
#: FHIR code system URIs -> code system.
_SYSTEM_URIS = (
    ("ama-assn.org/go/cpt", "cpt"),
    ("/hcpcs", "cpt"),
    ("hl7.org/fhir/sid/ndc", "ndc"),
    ("/icd-10-pcs", "pcs"),
    ("hl7.org/fhir/sid/cvx", "cvx"),
)
_NOT_SYSTEM_CHARS = str.maketrans("", "", " -._")
#: Last keys of a tooth column (a dental ledger's or treatment plan's ``Tooth``, Open
#: Dental's ``ToothNum``): a generic ``Code`` beside one holds CDT codes, read only in
#: their own shape (:data:`_CDT_VALUE`), a ``D`` and four digits.
_TOOTH_KEYS = frozenset({("tooth",), ("toothnum",), ("tooth", "num"), ("tooth", "number")})
_CDT_VALUE = re.compile(r"\s*D\d{4}\s*")
#: Last keys of a practice-management export's billed service (a therapy or ABA
#: practice's ``Service Code`` = "97153", a session's ``Service``), read as CPT or HCPCS
#: only beside a sibling that makes the object a billed line (:data:`_BILLED_KEYS`) and
#: only when the whole value is one code: a utility's or a carrier's service code is five
#: digits too, but it is never billed by a date of service, in units or with a modifier.
_SERVICE_CODE_KEYS = frozenset(
    {("service", "code"), ("service", "cd"), ("svc", "code"), ("svc", "cd"), ("service",)}
)
#: Last keys (whole) of a billed line's siblings; any key with a ``units`` token counts
#: too (``Units``, ``Units Approved``, ``units_billed``).
_BILLED_KEYS = frozenset(
    {("date", "of", "service"), ("dos",), ("modifier",), ("modifiers",), ("mod", "1")}
)
_BILLED_VALUE = re.compile(rf"\s*(?:{_CPT}|{_HCPCS}){_MODIFIER}\s*")


def _system_name(value: str, *, ncpdp: bool = False) -> str:
    """The code system a type or system sibling's value names, or ''; ``ncpdp``: the
    sibling is NCPDP's product id qualifier, whose ``03`` is an NDC."""
    if ncpdp and value.strip() == "03":
        return "ndc"
    low = value.strip().lower()
    for uri, name in _SYSTEM_URIS:
        if uri in low:
            return name
    return _SYSTEM_VALUES.get(value.strip().upper().translate(_NOT_SYSTEM_CHARS), "")


def typed_code_cells(ctx: ScanContext, named: np.ndarray) -> dict[int, str]:
    """``cell -> code system`` of generic code fields (:data:`_GENERIC_CODE_KEYS`) whose
    sibling in the same object names a code system (:data:`_SYSTEM_KEYS`), or whose object
    has a tooth column (:data:`_TOOTH_KEYS`: a CDT code); cells already ``named`` for a
    system by their own key are left out."""
    paths = ctx.cells.paths
    codes: dict[int, str] = {}
    systems: dict[int, str] = {}
    ncpdp: set[int] = set()
    teeth: set[str] = set()
    services: dict[int, str] = {}
    billed: dict[int, str] = {}
    for i, path in enumerate(paths):
        parent, _, leaf = path.rpartition(".")
        keys = key_tokens(leaf)
        if not keys:
            continue
        if keys[-1] in _SERVICE_CODE_KEYS:
            services[i] = parent
        elif keys[-1] in _BILLED_KEYS or "units" in keys[-1]:
            billed[i] = parent
        if keys[-1] in _GENERIC_CODE_KEYS:
            codes[i] = parent
        elif keys[-1] in _SYSTEM_KEYS:
            systems[i] = parent
            if keys[-1] in _NCPDP_QUALIFIER_KEYS:
                ncpdp.add(i)
        elif keys[-1] in _TOOTH_KEYS:
            teeth.add(parent)
    hint, record, texts = ctx.cells.hint_id, ctx.cells.record, ctx.cells.text
    out: dict[int, str] = _billed_services(ctx, named, services, billed)
    if not codes or not (systems or teeth):
        return out
    dental = {h for h, parent in codes.items() if parent in teeth}
    wanted = np.flatnonzero(np.isin(hint, np.fromiter(systems, np.int64)))
    named_by = {
        (int(record[c]), systems[int(hint[c])]): _system_name(texts[c], ncpdp=int(hint[c]) in ncpdp)
        for c in wanted.tolist()
    }
    for c in np.flatnonzero(np.isin(hint, np.fromiter(codes, np.int64)) & ~named).tolist():
        name = named_by.get((int(record[c]), codes[int(hint[c])]), "")
        if name:
            out[c] = name
        elif int(hint[c]) in dental and _CDT_VALUE.fullmatch(texts[c]):
            out[c] = "cpt"  # a dental ledger's ``Code`` beside its ``Tooth`` column
    return out


def _billed_services(
    ctx: ScanContext, named: np.ndarray, services: dict[int, str], billed: dict[int, str]
) -> dict[int, str]:
    """``cell -> "cpt"`` of service-code cells (:data:`_SERVICE_CODE_KEYS`, hint ids to
    their parent path) whose whole value is one CPT or HCPCS code and whose object, in the
    same record, holds a billed line's sibling (``billed``: a date of service, units, a
    modifier)."""
    if not services or not billed:
        return {}
    hint, record, texts = ctx.cells.hint_id, ctx.cells.record, ctx.cells.text
    with_billing = {
        (int(record[c]), billed[int(hint[c])])
        for c in np.flatnonzero(np.isin(hint, np.fromiter(billed, np.int64))).tolist()
    }
    return {
        c: "cpt"
        for c in np.flatnonzero(np.isin(hint, np.fromiter(services, np.int64)) & ~named).tolist()
        if (int(record[c]), services[int(hint[c])]) in with_billing
        and _BILLED_VALUE.fullmatch(texts[c])
    }


def _valid(name: str, code: str) -> bool:
    """Format rules beyond the shape: ranges a code system does not use."""
    digits = code.split("-", 1)[0] if name in ("cpt", "drg", "rev") else code
    if name == "drg":
        return 1 <= int(digits) <= 999
    if name == "rev":
        return 100 <= int(digits) <= 999
    if name == "pcs":
        return any(c.isdigit() for c in code)
    if name == "cpt" and digits.isdigit():
        return digits != "00000"
    if name == "cvx":
        return 1 <= int(code) <= 997  # 998 no vaccine administered, 999 unknown
    return True


class ClinicalCodeDetector:
    """Billing codes of procedures and drugs, by field and by label."""

    name = "clinical_codes"
    entities = frozenset({PROC, MED})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not (ctx.enabled(PROC) or ctx.enabled(MED)):
            return
        paths = ctx.cells.paths
        per_hint = np.array([code_field(p) for p in paths], dtype=object)
        systems = per_hint[ctx.cells.hint_id]
        texts = ctx.cells.text
        in_field = systems != ""  # named for a code system: read even as a machine field
        for cell in np.flatnonzero(in_field).tolist():
            name = systems[cell]
            t = _BY_NAME[name]
            if not ctx.enabled(t.entity):
                continue
            for m in _ONE_IN_FIELD[name].finditer(texts[cell]):
                code = m.group()
                if _valid(name, code):
                    yield Span(cell, m.start(), m.end(), t.entity, _SCORE_FIELD, "dictionary")
        for cell, name in typed_code_cells(ctx, in_field).items():
            t = _BY_NAME[name]
            if ctx.enabled(t.entity):
                for m in _ONE_IN_FIELD[name].finditer(texts[cell]):
                    if _valid(name, m.group()):
                        yield Span(cell, m.start(), m.end(), t.entity, _SCORE_FIELD, "dictionary")
        for cell in clinical_candidates(ctx, PREFILTER).tolist():
            if not in_field[cell]:
                yield from _in_text(ctx, cell, texts[cell])


def _in_text(ctx: ScanContext, cell: int, text: str) -> Iterator[Span]:
    """Valid codes of the lists that follow code labels in ``text``."""
    for t in CODE_TYPES:
        if not ctx.enabled(t.entity):
            continue
        for m in _LABELLED[t.name].finditer(text):
            for c in _ONE[t.name].finditer(text, m.start("codes"), m.end("codes")):
                if _valid(t.name, c.group()):
                    yield Span(cell, c.start(), c.end(), t.entity, _SCORE_TEXT, "dictionary")


@register("clinical_codes")
def _factory(config: EngineConfig) -> ClinicalCodeDetector | None:
    return ClinicalCodeDetector() if config.entities & {PROC, MED} else None
