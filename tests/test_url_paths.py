"""Identifiers in URL paths: person record ids after REST nouns, base64 addresses."""

from __future__ import annotations

import base64

import pytest

from detectors import Engine, EngineConfig
from detectors.redact import Redactor


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("url_paths",)))


def _found(engine: Engine, url: str) -> list[tuple[str, str]]:
    rows = engine.scan([{"page_location": url}], source="t").findings.to_pylist()
    return [(r["entity"], url[r["start"] : r["end"]]) for r in rows]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # a CloudEvent's subject names the record the event is about
        ("subject", "patient/884213", [("OTHER_ID", "884213")]),
        ("subject", "contacts/C-448120", [("OTHER_ID", "C-448120")]),
        ("event.subject", "members/W123456789", [("HEALTH_PLAN_ID", "W123456789")]),
        ("subject", "Patient/884213", [("OTHER_ID", "884213")]),
        # elsewhere a route without its slash is an API's resource name: Google Ads'
        # customers/<id> is the advertiser's account
        ("resource_name", "customers/1234567890", []),
        ("source", "patient/884213", []),
        ("subject", "orders/884213", []),  # not a person noun
        ("subject", "patient/new", []),  # no digit
        ("subject", "re: patient/884213 follow-up", []),  # a route is the whole value
    ],
)
def test_a_subjects_route_names_a_persons_record(
    engine: Engine, field: str, value: str, expected: list[tuple[str, str]]
) -> None:
    rows = engine.scan([{field: value}], source="t").findings.to_pylist()
    assert [(r["entity"], value[r["start"] : r["end"]]) for r in rows] == expected


B64 = base64.urlsafe_b64encode(b"jane.doe@gmail.com").decode().rstrip("=")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://portal.x.org/patient/884422190/records", [("OTHER_ID", "884422190")]),
        ("https://portal.x.org/patients/884422190", [("OTHER_ID", "884422190")]),
        ("https://x.org/api/v1/members/W123456789/claims", [("HEALTH_PLAN_ID", "W123456789")]),
        ("/crm/leads/L-00912/edit", [("OTHER_ID", "L-00912")]),
        (
            "https://x.org/users/550e8400-e29b-41d4-a716-446655440000/settings",
            [("ONLINE_ID", "550e8400-e29b-41d4-a716-446655440000")],
        ),
        # HubSpot's record URL: the portal id, then the contact's id
        ("https://app.hubspot.com/contacts/123456/contact/98765432", [("OTHER_ID", "98765432")]),
        (f"https://x.org/unsubscribe/{B64}", [("EMAIL", B64)]),
        (f"https://x.org/prefs/{B64}/edit?utm_source=email", [("EMAIL", B64)]),
        # a FHIR reference to a person: the whole value of a subject.reference
        ("Patient/884213", [("OTHER_ID", "884213")]),
        ("RelatedPerson/rp-10022", [("OTHER_ID", "rp-10022")]),
    ],
)
def test_positives(engine: Engine, url: str, expected: list[tuple[str, str]]) -> None:
    assert _found(engine, url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://x.org/patients/new",
        "https://x.org/users/login",
        "https://x.org/members/2024",  # too short to be an id
        "https://x.org/order/123456789/status",  # not a person noun
        "https://x.org/blog/abcdefghijklmnopqrstuvwx",  # base64-looking, decodes to no address
        "https://www.facebook.com/people/Jane-Doe/",  # no digit
        "patients 884422190",  # not a URL
        "Patient/example",  # FHIR's own example id: no digit
        "Practitioner/11223344",  # a clinician's record, not the person's
        "see Patient/884213 for details",  # a reference is the whole value
    ],
)
def test_negatives(engine: Engine, url: str) -> None:
    assert _found(engine, url) == []


@pytest.mark.parametrize(
    "url",
    [
        "https://app.hubspot.com/contacts/123456/contact/98765432",
        "https://portal.x.org/patients/884422190/records",
        f"https://x.org/unsubscribe/{B64}",
    ],
)
def test_redacted_copy_is_clean(engine: Engine, url: str) -> None:
    record = {"page_location": url}
    result = engine.scan([record], source="t")
    redacted = Redactor().record(record, result.redactions[0])
    assert engine.scan([redacted], source="t").findings.num_rows == 0
