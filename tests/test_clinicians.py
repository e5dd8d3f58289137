"""detectors/clinicians.py: under ``phi.clinicians: exclude`` a clinician's name or NPI is
reported, but alone it makes no record PHI; a patient's identifier beside it still does.
By default (the contract's rule) every identifier counts."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.clinicians import clinician_field, npi_owner
from detectors.config import PhiRule
from detectors.policy import PolicyError, load_policy

NPI = "1860913908"

# (name, record, PHI)
RECORDS = [
    # about a clinician only: the health words describe a practice or a programme
    (
        "speaker programme attendance",
        {
            "Attendee NPI": NPI,
            "Attendee Name": "Samuel Okafor, MD",
            "Topic": "Treating ulcerative colitis with Rinvoq",
        },
        False,
    ),
    (
        "provider directory row",
        {
            "provider": {"npi": NPI, "name": "Samuel Okafor", "phone": "(312) 555-0190"},
            "conditions_treated": "Crohn's disease; ulcerative colitis",
        },
        False,
    ),
    (
        "brand-site HCP locator result",
        {"hcp_name": "Dr. Samuel Okafor", "hcp_npi": NPI, "brand": "Skyrizi"},
        False,
    ),
    (
        "prescriber and diagnosis, no patient",
        {"Prescriber Name": "Anil Mehta", "Prescriber NPI": NPI, "Diagnosis": "Psoriasis"},
        False,
    ),
    # a patient's identifier beside the clinician's: PHI
    (
        "hub enrollment with prescriber",
        {
            "Patient Name": "Marisol Quintero",
            "Prescriber NPI": NPI,
            "Prescriber Name": "Anil Mehta",
            "Diagnosis": "Psoriasis",
        },
        True,
    ),
    (
        "a note naming the referring doctor: the note's name counts",
        {"notes": "Referred by Dr. Samuel Okafor, NPI 1860913908, for Crohn's disease."},
        True,
    ),
    (
        "an npi in a generic container says nothing of its siblings",
        {
            "properties": {
                "npi": NPI,
                "email": "dana.whitfield@gmail.com",
                "condition": "type 2 diabetes",
            }
        },
        True,
    ),
    (
        "an identity provider's user info is the patient's",
        {
            "providerUserInfo": [{"email": "dana.whitfield@gmail.com"}],
            "condition": "type 2 diabetes",
        },
        True,
    ),
    (
        "a FHIR request's requester is a practitioner's reference",
        {
            "resourceType": "ServiceRequest",
            "requester": {"reference": "Practitioner/f007", "display": "Patrick Pump"},
            "reasonCode": [{"text": "type 2 diabetes"}],
        },
        False,
    ),
    (
        "a FHIR request's patient beside its requester",
        {
            "resourceType": "ServiceRequest",
            "subject": {"reference": "Patient/884213", "display": "Peter Chalmers"},
            "requester": {"reference": "Practitioner/f007", "display": "Patrick Pump"},
            "reasonCode": [{"text": "type 2 diabetes"}],
        },
        True,
    ),
    (
        "a display beside a patient's reference is the patient's",
        {
            "subject": {"reference": "urn:uuid:61ebe359", "display": "Peter Chalmers"},
            "performer": [{"reference": "PractitionerRole/pr-1", "display": "Ana Ruiz"}],
            "reasonCode": [{"text": "type 2 diabetes"}],
        },
        True,
    ),
    (
        "an attendee without an NPI beside it is a person, not a clinician",
        {"Attendee Name": "Dana Whitfield", "Session": "Living with type 2 diabetes"},
        True,
    ),
]


@pytest.fixture(scope="module")
def hcp_engine() -> Engine:
    """The engine a pharma brand team scans HCP exports with: clinicians excluded."""
    return Engine(EngineConfig(ner=False, phi=PhiRule(clinicians="exclude")))


@pytest.mark.parametrize(("record", "phi"), [pytest.param(r, p, id=n) for n, r, p in RECORDS])
def test_phi_verdict(hcp_engine: Engine, record: dict, phi: bool) -> None:
    result = hcp_engine.scan([record], source="t")
    assert bool(result.phi[0]) is phi
    assert bool(result.has_health[0])  # still reported
    assert bool(result.has_identifier[0]) is phi  # what counts toward PHI


@pytest.mark.parametrize(("record", "phi"), [pytest.param(r, p, id=n) for n, r, p in RECORDS])
def test_by_default_every_identifier_counts(engine_no_ner: Engine, record: dict, phi: bool):
    """The contract: an identifier finding and a health finding make a record PHI."""
    result = engine_no_ner.scan([record], source="t")
    assert bool(result.phi[0]) and bool(result.has_identifier[0])


def test_the_policy_names_the_mode(tmp_path) -> None:
    path = tmp_path / "hcp.yaml"
    path.write_text("phi:\n  clinicians: exclude\n")
    assert load_policy(str(path)).engine.phi.clinicians == "exclude"
    path.write_text("phi:\n  clinicians: exclud\n")
    with pytest.raises(PolicyError, match="did you mean 'exclude'"):
        load_policy(str(path))


def test_clinician_findings_are_still_reported(hcp_engine: Engine) -> None:
    rows = hcp_engine.scan([RECORDS[0][1]], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} >= {
        ("Attendee NPI", "OTHER_ID"),
        ("Attendee Name", "NAME"),
    }


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("Prescriber NPI", True),
        ("properties.hcp_name", True),
        ("Referring_Physician__c", True),
        ("provider_name", False),  # left to the NPI owner rule: "provider" names others too
        ("find_a_doctor.zip", False),
        ("referring_url", False),
    ],
)
def test_clinician_field(path: str, expected: bool) -> None:
    assert clinician_field(path) is expected


@pytest.mark.parametrize(
    ("path", "owner"),
    [
        ("Attendee NPI", ((), ("attendee",))),
        ("prescriber.npi", ((("prescriber",),), ())),
        ("Account_vod__r.NPI_vod__c", ((("account",),), ())),
        ("properties.npi", None),  # a generic container
        ("NPI", None),  # a bare top-level NPI names no owner
        ("Attendee Name", None),
    ],
)
def test_npi_owner(path: str, owner: tuple | None) -> None:
    assert npi_owner(path) == owner
