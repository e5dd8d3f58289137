"""Distinct cells: detecting each (path, hint path, text) once must not change any result."""

from __future__ import annotations

import numpy as np
import pytest
from conftest import ROOT

import detectors.engine as engine_module
from detectors.cells import flatten
from detectors.dedupe import distinct_cells
from detectors.span_arrays import SpanArrays
from detectors.spans import Span
from pipelines.inputs import expand_inputs, probe_all
from pipelines.readers import Reject, plan_refs, read_ref


def test_repeated_cells_collapse_per_path_and_hint_path():
    records = [
        {"page": "/conditions/asthma", "title": "Asthma", "q": "/conditions/asthma"},
        {"page": "/conditions/asthma", "title": "Asthma"},
        {"page": "/home", "title": "Asthma"},
    ]
    cells = flatten(records)
    distinct, inverse = distinct_cells(cells)
    assert inverse is not None
    # same text in another field ("q") stays a cell of its own: detectors read the path
    assert [distinct.text[i] for i in inverse] == cells.text
    assert [distinct.paths[p] for p in distinct.path_id[inverse]] == [
        cells.paths[p] for p in cells.path_id
    ]
    assert len(distinct) == 4  # page x2 texts, title x1, q x1
    assert distinct.arrow_text.to_pylist() == distinct.text


def test_all_distinct_cells_are_returned_as_they_are():
    cells = flatten([{"a": "x", "b": "y"}])
    assert distinct_cells(cells) == (cells, None)


def test_broadcast_copies_spans_to_every_cell_in_cell_then_start_order():
    inverse = np.array([0, 1, 0, 2, 1])
    spans = [
        Span(0, 0, 3, "NAME", 0.9, "regex"),
        Span(0, 5, 8, "EMAIL", 0.9, "regex"),
        Span(1, 1, 2, "DATE", 0.8, "regex"),
    ]
    out = SpanArrays.of(spans).broadcast(inverse).spans()
    assert [(s.cell, s.start, s.entity) for s in out] == [
        (0, 0, "NAME"),
        (0, 5, "EMAIL"),
        (1, 1, "DATE"),
        (2, 0, "NAME"),
        (2, 5, "EMAIL"),
        (4, 1, "DATE"),
    ]
    assert SpanArrays.of([]).broadcast(inverse).spans() == []
    assert out[-1] == Span(4, 1, 2, "DATE", 0.8, "regex")  # every column copied


def _bundled_chunks():
    files = probe_all(expand_inputs([str(ROOT / "sample_data" / "exports")]))
    for f in files:
        for ref in plan_refs(f, 500):
            for item in read_ref(ref, 500):
                if not isinstance(item, Reject):
                    yield item


@pytest.mark.slow
def test_scan_results_are_identical_without_deduplication(engine_no_ner, monkeypatch):
    chunks = list(_bundled_chunks())
    assert len(chunks) >= 5

    def scan_all():
        return [
            engine_no_ner.scan(c.records, source=c.source, first_record=c.first_record)
            for c in chunks
        ]

    deduplicated = scan_all()
    monkeypatch.setattr(engine_module, "distinct_cells", lambda cells: (cells, None))
    plain = scan_all()
    assert sum(r.findings.num_rows for r in plain) > 1000
    for a, b in zip(deduplicated, plain, strict=True):
        assert a.findings.equals(b.findings)
        assert a.redactions == b.redactions
        assert np.array_equal(a.phi, b.phi)


@pytest.mark.slow
@pytest.mark.ner
def test_ner_skips_cells_a_field_finding_claims_without_changing_results(monkeypatch):
    from detectors import Engine, EngineConfig
    from detectors.context import ScanContext

    engine = Engine(EngineConfig())
    assert engine.detectors[-1].name == "ner"  # runs after the field-name detector
    chunks = list(_bundled_chunks())
    record = {"Street Address": "742 Evergreen Terrace", "Notes": "Maria Lopez asked"}
    cells = flatten([record])
    ctx = ScanContext(cells=cells, profiles=(), config=engine.config)
    ctx.note_claims([Span(0, 0, len(cells.text[0]), "LOCATION", 0.9, "field_name")])
    ctx.note_claims([Span(1, 0, 5, "NAME", 0.9, "field_name")])  # part of a value only
    assert ctx.claimed.tolist() == [True, False]

    def scan_all():
        return [
            engine.scan(c.records, source=c.source, first_record=c.first_record) for c in chunks
        ]

    skipping = scan_all()
    ner = engine.detectors[-1]
    ner.clear_cache()
    monkeypatch.setattr(ScanContext, "note_claims", lambda self, spans: None)
    reading_all = scan_all()
    for a, b in zip(skipping, reading_all, strict=True):
        assert a.findings.equals(b.findings)
