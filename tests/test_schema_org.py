"""A schema.org organisation's own address and lines name no person
(:mod:`detectors.schema_org`); a Person's, nested or not, and protobuf's ``@type`` are read
as ever."""

from __future__ import annotations

import orjson
import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


_ADDRESS = {
    "@type": "PostalAddress",
    "streetAddress": "6565 Fannin St",
    "addressLocality": "Houston",
    "postalCode": "77030",
}


@pytest.mark.parametrize(
    "kind",
    ["MedicalOrganization", "Hospital", "Embassy", "Hotel", ["Physician", "MedicalClinic"]],
)
def test_an_organisations_own_contact_points_are_not_reported(engine: Engine, kind) -> None:
    record = {
        "@context": "https://schema.org",
        "@type": kind,
        "name": "Lakeside International Patient Center",
        "telephone": "+1-713-555-0100",
        "faxNumber": "+1-713-555-0199",
        "email": "intl@lakesidehealth.org",
        "address": _ADDRESS,
        "contactPoint": {"@type": "ContactPoint", "telephone": "+1-713-555-0142"},
    }
    assert found_fields(engine, record) == set()


def test_a_persons_contact_points_are_reported(engine: Engine) -> None:
    record = {"@type": "Person", "name": "Jane Roe", "telephone": "+1-713-555-0100"}
    record["address"] = _ADDRESS
    assert found_fields(engine, record) == {
        ("name", "NAME"),
        ("telephone", "PHONE"),
        ("address.streetAddress", "LOCATION"),
        ("address.addressLocality", "LOCATION"),
        ("address.postalCode", "ZIP_CODE"),
    }


def test_a_person_inside_an_organisation_keeps_their_own(engine: Engine) -> None:
    record = {
        "@type": "Hospital",
        "telephone": "+1-713-555-0100",
        "employee": {
            "@type": "Person",
            "name": "Jane Roe",
            "telephone": "+1-713-555-0177",
            "email": "jane.roe@gmail.com",
        },
    }
    assert found_fields(engine, record) == {
        ("employee.name", "NAME"),
        ("employee.telephone", "PHONE"),
        ("employee.email", "EMAIL"),
    }


def test_a_protobuf_type_url_decides_nothing(engine: Engine) -> None:
    record = {
        "protoPayload": {
            "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
            "authenticationInfo": {"principalEmail": "ana.lopez@gmail.com"},
        }
    }
    assert found_fields(engine, record) == {
        ("protoPayload.authenticationInfo.principalEmail", "EMAIL")
    }


def test_json_ld_held_as_a_string_is_read_by_its_leaves(engine: Engine) -> None:
    """A crawl's or a CMS export's JSON-LD kept as text in one field: the organisation's
    lines inside it are still its own, and a Person's inside it are still reported."""
    clinic = {"@context": "https://schema.org", "@type": "MedicalClinic",
              "telephone": "+1-713-555-0100", "address": _ADDRESS}  # fmt: skip
    record = {
        "url": "https://example.org/locations/lakeside",
        "jsonld": orjson.dumps(clinic).decode(),
    }
    assert found_fields(engine, record) == set()
    person = {"@type": "Person", "name": "Jane Roe", "telephone": "+1-713-555-0177"}
    assert found_fields(engine, {"jsonld": orjson.dumps(person).decode()}) == {
        ("jsonld", "NAME"),
        ("jsonld", "PHONE"),
    }
