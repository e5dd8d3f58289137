"""Organisation words: a name-shaped value ending in one is a business's, not a person's."""

from __future__ import annotations

import pyarrow as pa
import pytest
from helpers import found

from detectors import Engine, EngineConfig
from detectors.organisations import organisation_name, organisation_names


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("text", "is_org"),
    [
        ("North Shore Health", True),
        ("Lakeside Urgent Care", True),
        # a practice's departments and teams, as fax lines and e-signature senders name
        # them (tests/test_document_intake.py)
        ("Lakeside Intake", True),
        ("Patient Access Team", True),
        ("Central Scheduling", True),
        ("Cardiology Dept", True),
        # social-care agencies and transport providers (tests/test_transport_and_social_care.py)
        ("Durham Meals on Wheels", True),
        ("Westside Food Pantry", True),
        ("Community Action Partnership", True),
        ("Tri-County Transportation", True),
        # people, and surnames that are organisation words too
        ("Maria Gonzalez", False),
        ("Mary Wing", False),
        ("Team", False),  # one word is no name of anything
    ],
)
def test_organisation_name(text: str, is_org: bool) -> None:
    assert organisation_name(text) is is_org
    assert organisation_names(pa.array([text])).tolist() == [is_org]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"Sender Name": "Patient Access Team"}, []),
        ({"from": {"name": "Lakeside Intake"}}, []),
        ({"Sender Name": "Tamara Lindqvist"}, [("NAME", "Tamara Lindqvist")]),
    ],
)
def test_name_fields_holding_a_department(engine: Engine, record: dict, expected: list) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    got = [(r["entity"], r["field"]) for r in rows]
    assert [e for e, _f in got] == [e for e, _t in expected]
    if record.get("Sender Name"):
        assert found(engine, record) == expected
