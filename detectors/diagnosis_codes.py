"""HEALTH_CONDITION from ICD-10-CM diagnosis codes (``E11.9``, ``F32.A``, ``Z79.4``).

CRM records of a health system carry diagnoses as codes, not words: Salesforce Health
Cloud and custom objects (``Primary_Diagnosis__c = "E11.9"``), HubSpot properties
(``dx_codes = "E11.9; I10"``), referral and intake forms (``icd10``), FHIR-shaped exports
(``conditions[0].code``), and notes ("Dx: F41.1, F33.0"). A code says as much as the
condition's name, so a record holding one and an identifier is PHI. The health dictionary
cannot see them: a code is no word.

A token counts only when it is a real ICD-10-CM code (categories and their subdivisions,
from the shipped list ``data/icd10cm_codes.txt.gz``, built by
:mod:`detectors.vocab_build` from ``simple-icd-10-cm``: US government data, public
domain), written with or without its dot, and only where a diagnosis is meant:

* **by field**: in a field whose key names a diagnosis (``diagnosis``, ``dx``, ``icd``,
  ``icd10``...; or ``code`` under such a parent, or under ``condition``/``problem``),
  every valid code in the value, one span each (``"E11.9 - Type 2 diabetes"``: the code;
  the words are the dictionary's);
* **in text**: codes right after a label (``ICD-10``, ``ICD``, ``Dx``, ``diagnosis
  code``), and the further codes of a list that follows it (``Dx: F41.1, F33.0``).

A bare ``E11`` elsewhere (a room, a SKU, a part number) is not reported: without the field
or the label, letters-and-digits codes are too common to mean a diagnosis. ICD-9 codes
(``250.00``) are plain numbers and are not detected. Spans are of kind ``dictionary``
(a lookup in a vocabulary, like the health terms), so any identifier overlapping one
wins resolution.
"""

from __future__ import annotations

import functools
import gzip
import re
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens
from detectors.keyed import CONNECT, LABEL_START, LABEL_START_RE2
from detectors.registry import register
from detectors.spans import Span

ENTITY = "HEALTH_CONDITION"
CODES_FILE = Path(__file__).resolve().parent / "data" / "icd10cm_codes.txt.gz"

#: Key words that name a diagnosis field (``Primary_Diagnosis__c``, ``dx_codes``, ``icd10``).
DIAGNOSIS_WORDS = frozenset(
    {"diagnosis", "diagnoses", "diag", "diags", "dx", "dxs", "ddx", "icd", "icd10", "icd10cm"}
    # an EMS provider's working diagnosis (NEMSIS ``eSituation.11`` ``primary_impression``,
    # an ePCR export's ``Secondary Impression``), coded in ICD-10-CM as any diagnosis is
    | {"impression", "impressions"}
)
#: Parents that make a ``code`` key a diagnosis code (``conditions[0].code``).
CONDITION_PARENTS = DIAGNOSIS_WORDS | {"condition", "conditions", "problem", "problems"}
_CODE_WORDS = frozenset({"code", "codes"})
#: Words before ``code`` that name ICD-10-CM's Z chapter: an SDOH screening's ``Z Codes``
#: and ``sdoh_zcode`` (food insecurity ``Z59.41``, homelessness ``Z59.0``), coded on the
#: person's encounter as any diagnosis is. Every value is still checked against the list.
_Z_CODE_WORDS = frozenset({"z", "sdoh"})
_Z_CODE_KEYS = frozenset({"zcode", "zcodes"})
#: Words that, beside ``cause``, make a key the cause of a condition or of a death, coded
#: as a diagnosis (a CMS-2728's ``Primary Cause of Renal Failure`` = "E11.22", a death
#: record's ``cause_of_death``); a bare ``cause`` is an error's or an incident's. An
#: injury's or an illness's cause is coded so too (a Section 111 file's ``Alleged Cause
#: of Injury, Incident, or Illness`` = "W230XXA", an ICD-10-CM external-cause code); a
#: first report's ``Cause of Injury Code`` holds a WCIO number, which no code matches.
_CAUSED_WORDS = frozenset({"renal", "kidney", "esrd", "ckd", "death", "injury", "illness"})

#: One code, with or without its dot; validated against the code list afterwards.
_CODE = re.compile(r"(?<![A-Za-z0-9.])[A-Za-z][0-9][0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?(?![\w.])")
#: A diagnosis label, then one code and the codes of a list after it.
_LABELLED = re.compile(
    LABEL_START
    + r"(?i:icd(?:[ -]?10)?(?:[ -]?cm)?(?:[ -]?codes?)?|dx(?:[ -]?codes?)?"
    + r"|diagnos[ie]s(?:[ -]?codes?)?|diag)(?!\w)"
    + CONNECT
    + r"(?P<codes>[A-Za-z][0-9][0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?"
    + r"(?:\s*(?:[,;/]|\band\b)\s*[A-Za-z][0-9][0-9A-Za-z](?:\.?[0-9A-Za-z]{1,4})?)*)"
    + r"(?![\w.])"
)
#: RE2 prefilter for labels in text.
PREFILTER = LABEL_START_RE2 + r"(?i:icd|dx|diag)"
_SCORE_FIELD = 0.9
_SCORE_TEXT = 0.85


@functools.cache
def icd10cm_codes() -> frozenset[str]:
    """Every ICD-10-CM category and code, upper case without the dot (``E119``)."""
    with gzip.open(CODES_FILE, "rt", encoding="ascii") as fh:
        return frozenset(line.strip() for line in fh if line.strip())


def is_code(token: str) -> bool:
    """True for a real ICD-10-CM code (``E11.9``, ``e119``, ``F32.A``); the dot, when
    written, must follow the category (``E1.19`` is no code)."""
    dot = token.find(".")
    if dot not in (-1, 3):
        return False
    return token.replace(".", "").upper() in icd10cm_codes()


@functools.lru_cache(maxsize=65536)
def diagnosis_field(path: str) -> bool:
    """True when a hint path names a field holding diagnosis codes (cached per path)."""
    keys = key_tokens(path)
    if not keys:
        return False
    # a claim form's numbered diagnoses run their position into the word (a CMS-1500-like
    # export's ``Dx1`` ... ``Dx12``, ``DIAG2``): the word without its number
    last = set(keys[-1]) | {t.rstrip("0123456789") for t in keys[-1]}
    if (
        last & DIAGNOSIS_WORDS
        or last & _Z_CODE_KEYS
        or (last & _Z_CODE_WORDS and last & _CODE_WORDS)
        or ("cause" in last and last & _CAUSED_WORDS)
    ):
        return True
    if not last & _CODE_WORDS:
        return False
    return bool(last & CONDITION_PARENTS) or any(set(k) & CONDITION_PARENTS for k in keys[-3:-1])


class DiagnosisCodeDetector:
    """ICD-10-CM codes in diagnosis fields and after diagnosis labels."""

    name = "diagnosis_codes"
    entities = frozenset({ENTITY})

    def __init__(self) -> None:
        icd10cm_codes()  # loaded with the engine, not on the first chunk

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        in_field = ctx.path_mask(diagnosis_field) & ctx.non_system
        texts = ctx.cells.text
        for cell in np.flatnonzero(in_field).tolist():
            for m in _CODE.finditer(texts[cell]):
                if is_code(m.group()):
                    yield Span(cell, m.start(), m.end(), ENTITY, _SCORE_FIELD, "dictionary")
        for cell in ctx.candidates(PREFILTER, skip_system=True).tolist():
            if not in_field[cell]:
                yield from _labelled(cell, texts[cell])


def _labelled(cell: int, text: str) -> Iterator[Span]:
    """Valid codes of the lists that follow diagnosis labels in ``text``."""
    for m in _LABELLED.finditer(text):
        for c in _CODE.finditer(text, m.start("codes"), m.end("codes")):
            if is_code(c.group()):
                yield Span(cell, c.start(), c.end(), ENTITY, _SCORE_TEXT, "dictionary")


@register("diagnosis_codes")
def _factory(config: EngineConfig) -> DiagnosisCodeDetector | None:
    return DiagnosisCodeDetector() if ENTITY in config.entities else None
