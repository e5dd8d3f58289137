"""Lifting limits with their weight are work restrictions: health context in any text."""

from __future__ import annotations

import pytest
from helpers import found, table_tests

from detectors import Engine, EngineConfig
from detectors.work_restrictions import restriction_spans

HC = "HEALTH_CONDITION"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


POSITIVES = [
    # a transitional-duty offer's and a DocuSign custom field's restrictions
    (
        "Restrictions",
        "No lifting >15 lbs; no overhead reaching R shoulder; sit/stand as needed",
        [(HC, "No lifting >15 lbs")],
    ),
    (
        "restriction_notes",
        "No lifting over 15 lbs with right arm; no ladder work",
        [(HC, "No lifting over 15 lbs")],
    ),
    # a work status report's and a case manager's notes, the restriction word after the lifting
    (
        "physician_comments",
        "Modified duty, lifting restricted to 20 pounds",
        [(HC, "lifting restricted to 20 pounds")],
    ),
    (
        "note",
        "Pt may return 10 hrs/day, lifting restriction of 25 lb",
        [(HC, "lifting restriction of 25 lb")],
    ),
    (
        "case_note",
        "Restricted to lifting no more than 10 lbs",
        [(HC, "Restricted to lifting no more than 10 lbs")],
    ),
    (
        "summary",
        "no lifting/carrying over 30 lbs until re-eval",
        [(HC, "no lifting/carrying over 30 lbs")],
    ),
]

NEGATIVES = [
    # a job's physical demand: no restriction word
    ("job_requirements", "Must be able to lift 50 lbs"),
    # no weight: a moving company's page says it too
    ("description", "No heavy lifting required"),
    # a gym's or a product's lifting
    ("product", "Lifting straps rated to 500 lbs"),
    ("note", "lifted 20 lbs at the gym"),
]

test_restriction_positives, test_restriction_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_restriction_spans_stop_at_the_unit() -> None:
    text = "no lifting over 15 lbs. Follow up in 2 weeks."
    assert [text[s:e] for s, e in restriction_spans(text)] == ["no lifting over 15 lbs"]


def test_a_restriction_with_an_identifier_is_phi(engine: Engine) -> None:
    record = {"employee": "Marcus Bellweather", "offer_text": "Light duty: no lifting over 15 lbs"}
    result = engine.scan([record], source="t")
    assert bool(result.phi[0])
    assert (HC, "no lifting over 15 lbs") in found(engine, {"offer_text": record["offer_text"]})


def test_machine_and_promotion_fields_are_not_read(engine: Engine) -> None:
    """A status column is a machine field and an ``offer`` a promotion's copy (module doc)."""
    for field in ("work_status", "status", "offer"):
        assert found(engine, {field: "Light duty: no lifting over 15 lbs"}) == []
