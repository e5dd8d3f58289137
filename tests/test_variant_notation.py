"""Genetic variants in HGVS notation (detectors/variant_notation.py)."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig

HC = "HEALTH_CONDITION"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("variant_notation",)))


POSITIVES = [
    # a reclassification notice's variant, a counsellor's task, a family letter's merge field
    ("variant", "c.7271T>G (p.Val2424Gly)", [(HC, "c.7271T>G"), (HC, "p.Val2424Gly")]),
    ("subject", "Call pt re: VUS c.7271T>G", [(HC, "c.7271T>G")]),
    ("Family Variant", "c.5946delT (p.Ser1982Argfs*22)",
     [(HC, "c.5946delT"), (HC, "p.Ser1982Argfs*22")]),
    # a transcript before it is a public accession, not part of the finding
    ("hgvs", "NM_000059.4:c.5946del", [(HC, "c.5946del")]),
    ("hgvs_c", "NM_007294.4:c.68_69del", [(HC, "c.68_69del")]),
    ("hgvs_p", "p.Glu23ValfsTer17", [(HC, "p.Glu23ValfsTer17")]),
    # ranges, intron offsets, UTR positions, genomic and protein forms
    ("notes", "carries c.68_69del", [(HC, "c.68_69del")]),
    ("notes", "splice site c.4185+1G>A", [(HC, "c.4185+1G>A")]),
    ("notes", "c.-14C>T and c.*32A>G", [(HC, "c.-14C>T"), (HC, "c.*32A>G")]),
    ("notes", "g.32340300del", [(HC, "g.32340300del")]),
    ("result", "p.(Arg1459*)", [(HC, "p.(Arg1459*)")]),
    ("result", "p.Trp1038*", [(HC, "p.Trp1038*")]),
    ("result", "BRAF p.V600E", [(HC, "p.V600E")]),
    ("result", "p.Glu23ValfsTer17", [(HC, "p.Glu23ValfsTer17")]),
]  # fmt: skip

NEGATIVES = [
    # a citation, a section, a page, a glued word, a time, a postscript
    ("notes", "see c.1234 of the code"),
    ("notes", "Section c.12 applies"),
    ("notes", "ibid p. 12"),
    ("notes", "ibid p.A12"),
    ("notes", "abc.12A>G"),
    ("notes", "call at 5 p.m."),
    ("notes", "P.S. see attached"),
    ("notes", "v.2.1A>B migration"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)
