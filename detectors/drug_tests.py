"""HEALTH from a drug or alcohol test's result written in the testing trade's shorthand.

Drug-testing laboratories, probation and drug-court case management, colour-code call-in
lines and court-ordered counselling agencies write a person's result and the test ordered
in the immunoassay's abbreviations: ``Positive - THC``, ``COC POS``, ``Non-negative: OXY``,
``UA 12-panel w/ EtG``, ``2 Neg / 1 Pos (EtG)``. The vocabulary lists the drugs by name
(``cocaine``, ``10-panel urine``), but not these short codes, which mean other things
alone (``MET`` a museum, ``BAR`` a bar, ``AMP`` an amplifier). A substance found in a
person, and a drug or alcohol test they take, are health context whatever the result (the
occupational and court-ordered treatment probes' decision), so a record holding one and an
identifier is PHI.

Decisions worth knowing:
    * An analyte's code counts only beside a result that says it was found: ``Positive``,
      ``Non-negative``, ``Presumptive positive``, ``Detected`` before it (``Positive for
      THC``), or those or ``POS`` right after it (``THC POS``). A bare ``POS`` before a
      code is a point of sale as often (a dispensary's "POS - THC gummies"), and a negative
      result alone names no substance in the person: neither is read (the test itself,
      when named, is the finding). The span is the result with its code: a
      HEALTH_CONDITION, the substance in the person, as the vocabulary's "cocaine" is.
    * ``EtG`` and ``EtS`` in that mixed case are ethyl glucuronide and ethyl sulfate, the
      alcohol biomarker tests, wherever they stand: a PROCEDURE. Upper-case ``ETG`` (a
      ticker, an exchange-traded fund) is not read.
    * A urine test by its panel's size (``UA 12-panel``, ``12-panel UA``, ``Urine 5 Panel``,
      ``10-panel drug screen``) is a PROCEDURE; a bare ``12-panel`` (a fence, a display) or
      a bare ``UA`` (a country, a user agent) is not.
    * The same shorthand in a panel catalog or a positivity report names no one: found, it
      makes no record PHI without an identifier.
    * Cells are screened in the clinical readers' shared RE2 pass for a result beside a
      code, ``EtG``/``EtS`` or a panel's size; only those are read in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.clinical_text import clinical_candidates, register_prefilter
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span

FOUND, TEST = "HEALTH_CONDITION", "PROCEDURE"
SCORE = 0.8
#: A lookup of the trade's written shorthand, ranked as the vocabulary's terms are.
KIND = "dictionary"

#: Immunoassay and confirmation codes of the SAMHSA and expanded panels, as labs, cups and
#: case-management systems print them (THC cannabinoids, COC cocaine, AMP and MAMP/MET
#: amphetamines, OPI and MOP opiates, OXY oxycodone, BZO benzodiazepines, BAR barbiturates,
#: MTD methadone, BUP buprenorphine, PCP, MDMA, FYL/FEN fentanyl, TCA tricyclics, PPX
#: propoxyphene, K2 synthetic cannabinoids, 6-AM heroin's metabolite).
ANALYTES = r"THC|COC|AMP|MAMP|MET|OPI|MOP|OXY|BZO|BAR|MTD|BUP|PCP|MDMA|FYL|FEN|TCA|PPX|K2|6-AM"
_FOUND_BEFORE = r"(?i:presumptive\s+positive|confirmed\s+positive|non-negative|positive|detected)"
_FOUND_AFTER = r"(?i:positive|non-negative|detected)|POS|Pos"
#: A result that says the analyte was found, then its code, or the code then the result.
RESULT = re.compile(
    rf"(?<![A-Za-z0-9-])(?:{_FOUND_BEFORE})\s*(?:[-\u2013:/(,]\s*|\s+for\s+)?(?:{ANALYTES})"
    rf"(?![A-Za-z0-9])"
    rf"|(?<![A-Za-z0-9])(?:{ANALYTES})\s*(?:[-\u2013:=/(]\s*|\s)(?:{_FOUND_AFTER})(?![A-Za-z])"
)
#: The alcohol biomarkers in their own mixed case.
BIOMARKER = re.compile(r"(?<![A-Za-z0-9])Et[GS](?![A-Za-z0-9])")
_PANEL = r"\d{1,2}[- ]?[Pp]anel"
#: A urine or drug test named by its panel's size.
PANEL_TEST = re.compile(
    rf"(?<![A-Za-z0-9])(?:(?:UA|[Uu]rine|URINE)\s*{_PANEL}"
    rf"|{_PANEL}\s+(?:UA|[Uu]rine|URINE|[Dd]rug\s+(?:[Ss]creen|[Tt]est)|DRUG\s+(?:SCREEN|TEST)))"
    rf"(?![A-Za-z0-9])"
)
#: RE2 screen: a finding result beside a code, a biomarker, a panel's size; run in the
#: clinical readers' shared pass (:func:`detectors.clinical_text.register_prefilter`).
PREFILTER = register_prefilter(
    rf"(?i:positive|non-negative|detected)[^A-Za-z0-9]{{0,4}}(?:for )?(?:{ANALYTES})"
    rf"|(?:{ANALYTES})[^A-Za-z0-9]{{1,4}}(?:(?i:positive|non-negative|detected)|POS|Pos)"
    r"|Et[GS]|[0-9][- ]?[Pp]anel"
)


def drug_tests_in(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the results, biomarkers and panel tests in ``text``."""
    out = [(m.start(), m.end(), FOUND) for m in RESULT.finditer(text)]
    out.extend((m.start(), m.end(), TEST) for m in BIOMARKER.finditer(text))
    out.extend((m.start(), m.end(), TEST) for m in PANEL_TEST.finditer(text))
    return out


class DrugTestDetector:
    """Drug and alcohol test results and tests in the trade's shorthand (see the module
    doc)."""

    name = "drug_tests"
    entities = frozenset({FOUND, TEST})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.config.entities & self.entities:
            return
        texts = ctx.cells.text
        for cell in clinical_candidates(ctx, PREFILTER).tolist():
            for start, end, entity in drug_tests_in(texts[cell]):
                if ctx.enabled(entity):
                    yield Span(cell, start, end, entity, SCORE, KIND)


@register("drug_tests")
def _factory(config: EngineConfig) -> DrugTestDetector | None:
    detector = DrugTestDetector()
    return detector if config.entities & detector.entities else None
