"""Records in the shapes of real exports the generator does not produce, written by hand.

Each one was a probe: its misses became fixes in the detectors. Kept here end to end (the
whole engine without NER) so that a change to one detector cannot quietly bring a miss
back. Values are made up; field names and layouts are the vendors'.
"""

from __future__ import annotations

import hashlib

import pytest


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# (name, record, expected (field, entity) findings that must be present, PHI)
SHAPES = [
    (
        "WordPress Contact Form 7 submission",
        {
            "form": "contact",
            "fields": {
                "your-name": "Kevin O'Brien",
                "your-email": "kob@example.com",
                "your-message": "I need a refill of my sertraline. Call 312.555.0188",
            },
        },
        {
            ("fields.your-name", "NAME"),
            ("fields.your-email", "EMAIL"),
            ("fields.your-message", "MEDICATION"),
            ("fields.your-message", "PHONE"),
        },
        True,
    ),
    (
        "Salesforce Health Cloud person account",
        {
            "Id": "001Dn00000AbCdE",
            "PersonBirthdate": "1944-06-06",
            "PersonMailingStreet": "12 Oak St",
            "PersonMailingPostalCode": "02139",
            "PersonMailingLatitude": 42.3736,
            "PersonMailingLongitude": -71.1097,
            "Primary_Diagnosis__c": "E11.9",
            "HealthCloudGA__MedicalRecordNumber__c": "0044718",
        },
        {
            ("PersonBirthdate", "DATE"),
            ("PersonMailingStreet", "LOCATION"),
            ("PersonMailingPostalCode", "ZIP_CODE"),
            ("PersonMailingLatitude", "LOCATION"),
            ("PersonMailingLongitude", "LOCATION"),
            ("Primary_Diagnosis__c", "HEALTH_CONDITION"),
            ("HealthCloudGA__MedicalRecordNumber__c", "MRN"),
        },
        True,
    ),
    (
        "Google Ads offline conversion upload",
        {
            "Google Click ID": "Cj0KCQiA4NWrBhD-ARIsAFCKwWsX",
            "Conversion Name": "Colonoscopy consult booked",
            "Email": "ab@example.org",
        },
        {("Google Click ID", "ONLINE_ID"), ("Conversion Name", "PROCEDURE"), ("Email", "EMAIL")},
        True,
    ),
    (
        "GA4 event with user properties and a health event name",
        {
            "event_name": "diabetes_quiz_complete",
            "user_pseudo_id": "1234567890.1700000000",
            "user_properties": [
                {"key": "crm_id", "value": {"string_value": "C-0098812"}},
                {"key": "customer_email_hash", "value": {"string_value": _sha("a@b.org")}},
            ],
        },
        {
            ("event_name", "HEALTH_CONDITION"),
            ("user_pseudo_id", "ONLINE_ID"),
            ("user_properties[0].value.string_value", "OTHER_ID"),
            ("user_properties[1].value.string_value", "HASHED_ID"),
        },
        True,
    ),
    (
        "HubSpot contact with a note about an old parent",
        {
            "Record ID": "1234567",
            "Facebook ID": "100004512345678",
            "Notes": "Mom is 91, seen at 1200 Beacon St Brookline MA 02446 for a hip fracture.",
        },
        {
            ("Record ID", "OTHER_ID"),
            ("Facebook ID", "ONLINE_ID"),
            ("Notes", "AGE_OVER_89"),
            ("Notes", "LOCATION"),
            ("Notes", "ZIP_CODE"),
            ("Notes", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Segment track call with a campaign named for a procedure",
        {
            "anonymousId": "5f1c9c7e-3b7a-4e9b-a1d2-7c8e9f0a1b2c",
            "event": "Page Viewed",
            "context": {"campaign": {"name": "mammogram-promo", "source": "google"}},
        },
        {("anonymousId", "ONLINE_ID"), ("context.campaign.name", "PROCEDURE")},
        True,
    ),
    (
        "Segment mobile event with a location and no health context",
        {
            "userId": "u_1029384",
            "context": {"location": {"latitude": 41.88, "longitude": -87.63}, "locale": "en-US"},
            "properties": {"currency": "CAD", "sku": "MUG-12OZ"},
        },
        {
            ("userId", "ONLINE_ID"),
            ("context.location.latitude", "LOCATION"),
            ("context.location.longitude", "LOCATION"),
        },
        False,
    ),
]


@pytest.mark.parametrize(
    ("record", "expected", "phi"),
    [pytest.param(r, e, p, id=name) for name, r, e, p in SHAPES],
)
def test_real_export_shapes(engine_no_ner, record: dict, expected: set, phi: bool) -> None:
    result = engine_no_ner.scan([record], source="t")
    found = {(r["field"], r["entity"]) for r in result.findings.to_pylist()}
    assert expected <= found, sorted(expected - found)
    assert bool(result.phi[0]) is phi
