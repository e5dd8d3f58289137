"""Helpers shared by the detector test tables."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

import pytest

from detectors import Engine
from detectors.redact import Redactor
from pipelines.inputs import expand_inputs, probe_all
from pipelines.readers import Reject, plan_refs, read_ref


def found(engine: Engine, record: dict[str, object]) -> list[tuple[str, str]]:
    """``(entity, matched text)`` of every finding in a flat one-record scan."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted((r["entity"], str(record[r["field"]])[r["start"] : r["end"]]) for r in rows)


def found_fields(engine: Engine, record: dict[str, object]) -> set[tuple[str, str]]:
    """``(field, entity)`` of every finding in a one-record scan (nested records too)."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    return {(r["field"], r["entity"]) for r in rows}


def redacted(engine: Engine, redactor: Redactor, record: dict[str, object]) -> dict:
    """One record scanned and redacted, as ``DetectFn.detect_chunk`` does it."""
    result = engine.scan([record], source="t")
    return redactor.record(record, result.redactions.get(0, {}))


Positive = tuple[str, str, list[tuple[str, str]]]  # (field, text, expected findings)
Negative = tuple[str, str]  # (field, text)


def table_tests(
    positives: Sequence[Positive], negatives: Sequence[Negative]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a detector's table, to assign at module level::

        test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)

    Each positive ``(field, text, expected)`` must find exactly its ``(entity, matched
    text)`` pairs and nothing else; each hard negative ``(field, text)`` must find nothing.
    Both use the module's ``engine`` fixture.
    """

    @pytest.mark.parametrize(("field", "text", "expected"), positives)
    def test_positives(engine: Engine, field: str, text: str, expected: list) -> None:
        assert found(engine, {field: text}) == sorted(expected)

    @pytest.mark.parametrize(("field", "text"), negatives)
    def test_hard_negatives(engine: Engine, field: str, text: str) -> None:
        assert found(engine, {field: text}) == []

    return test_positives, test_hard_negatives


def read_all(
    path: Path, chunk_size: int = 1000, fmt: str | None = None
) -> tuple[list[tuple[int, dict]], list[tuple[int, str]]]:
    """``(index, record)`` pairs and ``(index, reason)`` rejects of one file, read as a scan
    reads it: probed, planned into refs, each ref read."""
    (f,) = probe_all(expand_inputs([str(path)], fmt=fmt))
    records: list[tuple[int, dict]] = []
    rejects: list[tuple[int, str]] = []
    for ref in plan_refs(f, chunk_size):
        for item in read_ref(ref, chunk_size):
            if isinstance(item, Reject):
                rejects.append((item.record, item.reason))
            else:
                records.extend((item.first_record + i, r) for i, r in enumerate(item.records))
    return records, rejects


HEALTH_ENTITIES = frozenset({"HEALTH_CONDITION", "MEDICATION", "PROCEDURE"})


def matches(entity: str, want: str) -> bool:
    """``want`` is an entity, ``HEALTH`` (any health entity), ``*``, or ``A|B`` alternatives
    of these (``ONLINE_ID|HEALTH``)."""
    return any(
        alt == "*" or alt == entity or (alt == "HEALTH" and entity in HEALTH_ENTITIES)
        for alt in want.split("|")
    )


def score_shape(rows: list[dict], expected: set, must_not: set) -> tuple[list, list]:
    """The misses (expected ``(field, entity)`` pairs not found) and false findings
    (must-not pairs found) of one record's findings rows, as the probe tables state them."""
    got = {(r["field"], r["entity"]) for r in rows}
    misses = sorted(
        (f, e) for f, e in expected if not any(gf == f and matches(ge, e) for gf, ge in got)
    )
    false = sorted((f, ge) for f, e in must_not for gf, ge in got if gf == f and matches(ge, e))
    return misses, false


def score_record(
    engine: Engine, record: dict, expected: set, must_not: set
) -> tuple[list, list, bool]:
    """One record of a probe table scanned alone: its misses, false findings
    (:func:`score_shape`) and whether the engine called it PHI."""
    result = engine.scan([record], source="t")
    misses, false = score_shape(result.findings.to_pylist(), expected, must_not)
    return misses, false, bool(result.phi[0])


def assert_shape_holds(
    engine: Engine, record: dict, expected: set, must_not: set, phi: bool
) -> None:
    """A probe record is read right: nothing missed, nothing false, PHI as stated."""
    misses, false, got_phi = score_record(engine, record, expected, must_not)
    assert not misses, misses
    assert not false, false
    assert got_phi is phi


def assert_left_alone_holds(
    engine: Engine,
    record: dict,
    expected: set,
    must_not: set,
    phi: bool,
    still_open: set,
    why: str,
) -> None:
    """The rest of a LEFT_ALONE record holds, and what is open is still open (``why``):
    its open pairs exactly, or, when none is listed, its PHI verdict."""
    misses, false, got_phi = score_record(engine, record, expected, must_not)
    assert set(misses) | set(false) <= still_open, why
    if still_open:
        assert set(misses) | set(false) == still_open, f"closed, move it to SHAPES: {why}"
    else:
        assert got_phi is not phi, f"closed, move it to SHAPES: {why}"


def probe_tests(
    shapes: Sequence[Sequence], left_alone: Sequence[Sequence]
) -> tuple[Callable[..., None], Callable[..., None]]:
    """The two tests of a blind probe's tables, to assign at module level::

        test_x_shapes, test_left_alone_decisions_still_hold = probe_tests(
            SHAPES + HELD_OUT, LEFT_ALONE
        )

    Each shape ``(name, record, expected, must_not, phi)`` must hold
    (:func:`assert_shape_holds`); each LEFT_ALONE row ``(..., still_open, why)`` must hold
    but for what it leaves open (:func:`assert_left_alone_holds`). Both use the
    ``engine_no_ner`` fixture.
    """

    @pytest.mark.parametrize(
        ("record", "expected", "must_not", "phi"),
        [pytest.param(r, e, n, p, id=name) for name, r, e, n, p in shapes],
    )
    def test_shapes(engine_no_ner, record: dict, expected: set, must_not: set, phi: bool) -> None:
        assert_shape_holds(engine_no_ner, record, expected, must_not, phi)

    @pytest.mark.parametrize(
        ("record", "expected", "must_not", "phi", "still_open", "why"),
        [pytest.param(r, e, n, p, o, w, id=name) for name, r, e, n, p, o, w in left_alone],
    )
    def test_left_alone(
        engine_no_ner,
        record: dict,
        expected: set,
        must_not: set,
        phi: bool,
        still_open: set,
        why: str,
    ) -> None:
        """The rest of each LEFT_ALONE record holds, and what is open is still open."""
        assert_left_alone_holds(engine_no_ner, record, expected, must_not, phi, still_open, why)

    return test_shapes, test_left_alone


def named_probe_tests(
    shapes: Sequence[Sequence],
    held_out: Sequence[Sequence],
    left_alone: Sequence[tuple[str, set, bool, str]],
    floors: tuple[int, int, int],
    held_out_floors: tuple[int, int, int],
) -> tuple[Callable[..., None], ...]:
    """The five tests of a probe whose LEFT_ALONE rows name SHAPES or HELD_OUT records
    (``(name, still_open, phi_open, why)``), to assign at module level::

        (test_x_shapes, test_left_alone_decisions_still_hold, test_left_alone_names_records,
         test_floors, test_held_out_floors) = named_probe_tests(
            SHAPES, HELD_OUT, LEFT_ALONE, FLOORS, HELD_OUT_FLOORS
        )

    Records not named in LEFT_ALONE must hold whole; a named one must hold but for exactly
    its open pairs, with its PHI verdict wrong exactly when ``phi_open``; ``floors`` and
    ``held_out_floors`` are the ``(misses, false findings, records wrong)`` each set may
    not exceed. All use the ``engine_no_ner`` fixture.
    """
    rows = list(shapes) + list(held_out)
    left = {name: (still, phi_open, why) for name, still, phi_open, why in left_alone}

    @pytest.mark.parametrize(
        ("record", "expected", "must_not", "phi"),
        [pytest.param(r, e, n, p, id=name) for name, r, e, n, p in rows if name not in left],
    )
    def test_shapes(engine_no_ner, record: dict, expected: set, must_not: set, phi: bool) -> None:
        assert_shape_holds(engine_no_ner, record, expected, must_not, phi)

    @pytest.mark.parametrize(
        ("record", "expected", "must_not", "phi"),
        [pytest.param(r, e, n, p, id=name) for name, r, e, n, p in rows if name in left],
    )
    def test_left_alone(
        engine_no_ner, request, record: dict, expected: set, must_not: set, phi: bool
    ) -> None:
        """The rest of each LEFT_ALONE record holds, and what is open is still open."""
        still_open, phi_open, why = left[request.node.callspec.id]
        misses, false, got_phi = score_record(engine_no_ner, record, expected, must_not)
        assert set(misses) | set(false) == still_open, f"changed, update LEFT_ALONE: {why}"
        assert (got_phi is not phi) is phi_open, why

    def test_left_alone_names_records() -> None:
        assert set(left) <= {name for name, *_ in rows}

    def test_floors(engine_no_ner) -> None:
        """Recall and precision on SHAPES do not fall below what was reached."""
        t = shape_totals(engine_no_ner, shapes)
        assert t.misses <= floors[0] and t.false <= floors[1] and t.wrong <= floors[2]

    def test_held_out_floors(engine_no_ner) -> None:
        """HELD_OUT does not fall below what it reached either."""
        t = shape_totals(engine_no_ner, held_out)
        f = held_out_floors
        assert t.misses <= f[0] and t.false <= f[1] and t.wrong <= f[2]

    return (
        test_shapes,
        test_left_alone,
        test_left_alone_names_records,
        test_floors,
        test_held_out_floors,
    )


class ShapeTotals(NamedTuple):
    """A probe's figures over many records: expected pairs, misses, false findings, and
    records read wrong in any way (a miss, a false finding or the PHI verdict)."""

    expected: int
    misses: int
    false: int
    wrong: int


def shape_totals(engine: Engine, rows: Iterable[Sequence]) -> ShapeTotals:
    """:class:`ShapeTotals` of probe rows ``(name, record, expected, must_not, phi, ...)``."""
    expected = misses = false = wrong = 0
    for _name, record, want, must_not, phi, *_ in rows:
        m, f, got_phi = score_record(engine, record, want, must_not)
        expected, misses, false = expected + len(want), misses + len(m), false + len(f)
        wrong += bool(m or f or got_phi is not phi)
    return ShapeTotals(expected, misses, false, wrong)


def with_decisions(rows: Iterable[Sequence], decided: Mapping[str, tuple]) -> list[tuple]:
    """Probe rows with the project's later decisions applied on top of the blind
    expectations: ``decided`` maps a row's name to ``(expected added, expected dropped,
    must-not dropped, why)``; other rows stay as written."""
    out = []
    for name, record, expected, must_not, phi in rows:
        add, drop, allow, _why = decided.get(name, (set(), set(), set(), ""))
        out.append((name, record, (expected - drop) | add, must_not - allow, phi))
    return out


def assert_floors(engine: Engine, rows: Iterable[Sequence], floors: ShapeTotals) -> None:
    """A probe's rows still count ``floors.expected`` pairs and do not exceed its misses,
    false findings and records wrong (the figures its detector work reached)."""
    got = shape_totals(engine, rows)
    assert got.expected == floors.expected
    assert got.misses <= floors.misses, got
    assert got.false <= floors.false, got
    assert got.wrong <= floors.wrong, got


def sha256_hex(text: str) -> str:
    """The hex SHA-256 of ``text`` as it is: a hashed identifier as ad platforms' conversion
    APIs and CRMs' hashed columns carry it (normalise first where the platform does)."""
    return hashlib.sha256(text.encode()).hexdigest()
