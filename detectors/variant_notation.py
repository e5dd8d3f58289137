"""HEALTH_CONDITION from a genetic variant written in HGVS notation, wherever it stands.

Genetic counselling services, labs and their CRMs write a person's variant as the Human
Genome Variation Society's nomenclature says: a coding-DNA change ``c.5946delT``,
``c.3113G>A``, ``c.68_69del``, a genomic one ``g.32340300del``, a protein change
``p.Trp1038*``, ``p.(Arg1459*)``, ``p.Ser1982Argfs*22``, ``p.V600E``. A reclassification
notice's ``variant``, a counsellor's task ("VUS c.7271T>G in ATM"), a family letter's
merge field and a note carry them under keys that say nothing (``variant`` is an A/B
test's or a product's as often), and no vocabulary can list them. Genetic information is
health information (45 CFR 160.103, after GINA), so a person's variant is health context,
as :mod:`detectors.health_fields` reads one under an ``hgvs_c`` key.

Decisions worth knowing:
    * Only the notation's own shape counts: a ``c.``, ``g.``, ``m.`` or ``n.`` prefix, a
      position (with an intron offset, a range, a ``*`` or ``-`` of the UTRs) and a change
      (``A>G``, ``del``, ``dup``, ``ins``, ``delins``, ``inv``); a ``p.`` prefix, an amino
      acid (three letters from the 21 of the nomenclature, or their one-letter codes), a
      position and what it became. A bare ``c.1234`` (a citation, a section) or ``p. 12``
      (a page) has no change and is not read.
    * A transcript before it (``NM_000059.4:c.5946del``) is a public reference accession,
      not part of the finding; so is a gene's name (the vocabulary's, with its own span).
    * The same notation in a nomenclature guide, a ClinVar-like row or a catalog names no
      one: found, it makes no record PHI without an identifier.
    * Cells are screened with one RE2 pass for ``c.``/``g.``/``p.``-like text; only the few
      that pass are read in Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span

ENTITY = "HEALTH_CONDITION"
SCORE = 0.8
#: A lookup of a written nomenclature, ranked as the vocabulary's terms are.
KIND = "dictionary"

#: A position in a coding or genomic sequence: ``76``, ``-14``, ``*32``, ``4375+1``,
#: ``68_69``, ``(4185+1_4186-1)``.
_POS = r"[-*]?\d+(?:[+-]\d+)?"
_RANGE = rf"\(?{_POS}(?:_{_POS})?\)?"
#: What a nucleotide position became.
_NT_CHANGE = r"(?:[ACGT]>[ACGT]|delins[ACGT]+|del[ACGT]*|dup[ACGT]*|ins[ACGT]+|inv|=)"
#: The nomenclature's amino acids, three letters (``Ter`` a stop) and one letter.
_AA3 = (
    r"(?:Ala|Arg|Asn|Asp|Cys|Gln|Glu|Gly|His|Ile|Leu|Lys|Met|Phe|Pro|Ser|Thr|Trp|Tyr|Val"
    r"|Sec|Pyl|Ter)"
)
_AA1 = r"[ACDEFGHIKLMNPQRSTVWY]"
_P_THREE = rf"{_AA3}\d+(?:_{_AA3}\d+)?(?:{_AA3}|\*|=|\?|del|dup|ins|delins)(?:fs(?:\*|Ter)?\d*)?"
_P_ONE = rf"{_AA1}\d+(?:{_AA1}|\*)(?:fs\*?\d*)?"
#: A variant in HGVS notation, not glued to a word before it.
VARIANT = re.compile(
    rf"(?<![A-Za-z0-9.])(?:[cgmn]\.{_RANGE}{_NT_CHANGE}"
    rf"|p\.(?:\((?:{_P_THREE}|{_P_ONE})\)|{_P_THREE}|{_P_ONE}))(?![A-Za-z0-9])"
)
#: RE2 screen: a prefix and a digit after it, or a protein change's amino acid.
PREFILTER = r"(?:^|[^A-Za-z0-9.])(?:[cgmn]\.\(?[-*]?\d|p\.\(?[A-Z])"


class VariantNotationDetector:
    """HGVS variants in any text (see the module doc)."""

    name = "variant_notation"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        texts = ctx.cells.text
        for cell in ctx.candidates(PREFILTER, skip_system=True).tolist():
            for m in VARIANT.finditer(texts[cell]):
                yield Span(cell, m.start(), m.end(), ENTITY, SCORE, KIND)


@register("variant_notation")
def _factory(config: EngineConfig) -> VariantNotationDetector | None:
    return VariantNotationDetector() if ENTITY in config.entities else None
