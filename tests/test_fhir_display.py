"""The fhir_display family: the ``display`` beside a FHIR reference to a person is a NAME."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("fhir_display",)))


def _names(engine: Engine, record: dict) -> list[tuple[str, str]]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted((r["field"], r["entity"]) for r in rows)


def _ref(reference: str, display: str) -> dict:
    return {"reference": reference, "display": display}


POSITIVES = [
    ({"subject": _ref("Patient/884213", "Peter James Chalmers")}, "subject.display"),
    ({"patient": _ref("RelatedPerson/rp-10022", "Maria Lopez")}, "patient.display"),
    ({"who": _ref("Person/p1", "Chalmers, Peter")}, "who.display"),
    (
        {
            "participant": [
                {"actor": _ref("Location/1", "East Clinic")},
                {"actor": _ref("Patient/77", "Dolores Haze")},
            ]
        },
        "participant[1].actor.display",
    ),
    (
        {"subject": _ref("https://fhir.example.org/r4/Patient/884213", "Jane Q Public")},
        "subject.display",
    ),
    (
        {"subject": _ref("urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a", "Jane Public")},
        "subject.display",
    ),
    ({"subject": _ref("Patient/9", "Ana de la Cruz")}, "subject.display"),
    ({"entry": [{"beneficiary": _ref("#pat1", "Ana Ruiz")}]}, "entry[0].beneficiary.display"),
    # a reference with its display alone, in a FHIR resource
    (
        {"resourceType": "MedicationRequest", "subject": {"display": "Ana Ruiz"}},
        "subject.display",
    ),
    (
        {"resourceType": "Claim", "patient": {"display": "Peter van Dyke"}, "status": "active"},
        "patient.display",
    ),
    # a clinician's name is an identifier too (README, Accuracy)
    (
        {"participant": [{"individual": _ref("Practitioner/123", "Adam Careful")}]},
        "participant[0].individual.display",
    ),
    ({"requester": _ref("PractitionerRole/pr-7", "Patrick Pump")}, "requester.display"),
    (
        {"generalPractitioner": [_ref("https://ehr.example.org/fhir/Practitioner/9", "Ana Ruiz")]},
        "generalPractitioner[0].display",
    ),
]

NEGATIVES = [
    {"requester": _ref("Practitioner/123", "Cardiology Dept.")},  # not shaped like a name
    {"device": _ref("Device/d-1", "Omnipod Dash")},
    {"serviceProvider": _ref("Organization/org-1", "Riverbend Health")},
    {"location": [{"location": _ref("Location/loc-1", "Cardiology Clinic East")}]},
    {"actor": _ref("urn:uuid:61ebe359-bfdc-4613-8bf2-c5e300945f0a", "Maria Lopez")},  # untyped
    {"subject": _ref("Group/g-1", "Diabetes cohort")},
    {"subject": _ref("Patient/884213", "see chart")},  # not shaped like a name
    {"subject": _ref("Patient/884213", "P-884213")},
    {"subject": _ref("Patient/884213", "unknown")},
    {"subject": {"display": "Peter Chalmers"}},  # no reference beside it, no resource
    {"resourceType": "Encounter", "subject": _ref("Group/g-1", "Diabetes Cohort")},
    {"resourceType": "Encounter", "subject": {"display": "see chart"}},
    {"resourceType": "Encounter", "serviceProvider": {"display": "Riverbend Health"}},
    {"display": "Peter Chalmers", "note": _ref("Patient/884213", "x")},  # not its sibling
]


@pytest.mark.parametrize(("record", "field"), POSITIVES)
def test_display_of_a_person_reference_is_a_name(engine, record, field):
    assert _names(engine, record) == [(field, "NAME")]


@pytest.mark.parametrize("record", NEGATIVES)
def test_other_displays_are_left_alone(engine, record):
    assert _names(engine, record) == []


def test_pairs_stay_within_their_record(engine):
    """A patient reference in one record does not make another record's display a name."""
    records = [
        {"subject": _ref("Patient/1", "Peter Chalmers")},
        {"subject": _ref("Organization/2", "Adam Careful")},
    ]
    rows = engine.scan(records, source="t").findings.to_pylist()
    assert [(r["record"], r["field"]) for r in rows] == [(0, "subject.display")]


def test_full_engine_reports_the_id_and_the_name(engine_no_ner):
    record = {
        "resourceType": "Encounter",
        "subject": _ref("Patient/884213", "Peter James Chalmers"),
        "reasonCode": [{"text": "Type 2 diabetes follow-up"}],
    }
    result = engine_no_ner.scan([record], source="t")
    found = {(r["field"], r["entity"]) for r in result.findings.to_pylist()}
    assert {("subject.reference", "OTHER_ID"), ("subject.display", "NAME")} <= found
    assert bool(result.phi[0])
