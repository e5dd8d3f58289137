"""Overlap resolution: one rule, applied once."""

from __future__ import annotations

import pytest

from detectors.resolve import resolve
from detectors.spans import Span


def S(cell, start, end, entity, detector, score=0.9):
    return Span(cell, start, end, entity, score, detector)


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        # a checksum-validated span beats a bare pattern on the same text
        ([S(0, 0, 9, "PHONE", "regex"), S(0, 0, 9, "SSN", "checksum")], {"SSN"}),
        # the dictionary beats NER ("Parkinson" tagged PERSON inside "Parkinson's disease")
        (
            [S(0, 0, 9, "NAME", "ner"), S(0, 0, 19, "HEALTH_CONDITION", "dictionary")],
            {"HEALTH_CONDITION"},
        ),
        # a validated whole-value field finding beats a narrower pattern inside it
        ([S(0, 0, 30, "LOCATION", "field_name"), S(0, 25, 30, "ZIP_CODE", "regex")], {"LOCATION"}),
        # same rank: the longer span wins
        ([S(0, 0, 8, "DATE", "regex"), S(0, 0, 14, "DATE", "regex")], {(0, 14)}),
        # different cells never interfere
        ([S(0, 0, 5, "EMAIL", "regex"), S(1, 0, 5, "NAME", "ner")], {"EMAIL", "NAME"}),
        # adjacent spans do not overlap
        ([S(0, 0, 5, "NAME", "ner"), S(0, 5, 9, "NAME", "ner")], {(0, 5), (5, 9)}),
    ],
)
def test_resolution_rule(spans, kept):
    out = resolve(spans)
    got = {s.entity for s in out} | {(s.start, s.end) for s in out}
    assert kept <= got
    # no two survivors in one cell overlap
    for a in out:
        for b in out:
            if a is not b and a.cell == b.cell:
                assert a.end <= b.start or b.end <= a.start


def test_result_does_not_depend_on_input_order():
    spans = [
        S(0, 0, 9, "NAME", "ner", 0.85),
        S(0, 3, 12, "DATE", "ner", 0.85),
        S(0, 0, 12, "HEALTH_CONDITION", "dictionary"),
        S(2, 1, 4, "EMAIL", "regex"),
    ]
    assert resolve(spans) == resolve(list(reversed(spans)))


def test_empty_spans_are_dropped():
    assert resolve([S(0, 3, 3, "NAME", "ner")]) == []
