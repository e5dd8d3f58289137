"""Consent-management and privacy-rights exports (:mod:`detectors.consent_records`): a
cookie-consent log's consent id, a cookie inventory's own columns, a privacy-rights
request's workflow dates and a consent's capture stamp, each told by the columns beside
it."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.chunk_profiles import profile_paths
from detectors.consent_records import (
    consent_capture_clocks,
    consent_log_ids,
    cookie_inventory_columns,
    privacy_request_clocks,
)
from detectors.field_names import profile_path


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("paths", "ids"),
    [
        # OneTrust-like consent log: consent groups and the GPC signal beside it
        (["Consent ID", "Consent Groups", "IP Address", "User Agent", "GPC"], [0]),
        # Cookiebot-like: two cookie-category columns
        (["Consent ID", "IP address", "Necessary", "Statistics", "Marketing"], [0]),
        # Usercentrics-like: the controller id beside its settings id
        (["controllerId", "settingsId", "settingsVersion", "timestamp"], [0]),
        # a server-side log with the TCF string, nested under the consent object
        (["consent.consentId", "consent.euconsent_v2", "consent.us_privacy"], [0]),
    ],
)
def test_a_cookie_consent_logs_id_is_the_browsers(paths: list[str], ids: list[int]) -> None:
    assert [i for i, _ in consent_log_ids(paths)] == ids
    profiles = profile_paths(paths)
    assert all(profiles[i].entity == "ONLINE_ID" for i in ids)


@pytest.mark.parametrize(
    "paths",
    [
        # a lead seller's TCPA consent record (tests/test_lead_generation.py)
        ["consent_id", "consent_language", "consent_timestamp", "phone_consented", "page_url"],
        # a 42 CFR Part 2 consent form (tests/test_behavioral_health.py)
        ["consent_id", "patient.name", "recipient.name", "purpose", "signed_date"],
        # one marketing opt-in column is no banner's category set
        ["Consent ID", "Email", "Marketing"],
        # the banner's key sits in another object than the id
        ["consentId", "banner.gpc"],
        # a Kubernetes or a game's controller id
        ["controllerId", "deviceType", "firmware"],
    ],
)
def test_another_consent_id_is_left_as_it_was(paths: list[str]) -> None:
    assert consent_log_ids(paths) == []
    assert profile_paths(paths)[0] == profile_path(paths[0])


def test_a_consent_on_a_condition_page_is_phi_by_its_consent_id(engine: Engine) -> None:
    record = {
        "Consent ID": "9b2f7c41-3e8a-4d6b-a0c5-71e2d4f8b936",
        "Consent Groups": "C0001:1,C0002:0",
        "Landing URL": "https://www.example.org/cancer-care/breast-cancer/",
    }
    result = engine.scan([record], source="t")
    assert ("Consent ID", "ONLINE_ID") in found_fields(engine, record)
    assert bool(result.phi[0])


@pytest.mark.parametrize(
    ("paths", "own"),
    [
        # OneTrust-like cookie list: its row id and scan stamp
        (["Cookie Name", "Host", "Lifespan", "Category", "Cookie ID", "Last Scanned"], [4, 5]),
        (["cookie", "domain", "expiry", "first_found", "scan_date"], [3, 4]),
        (["cookie_name", "max_age", "id"], [2]),
        # Cookiebot-like scan report: a bare Name beside its provider, purpose and expiry
        (["Name", "Provider", "Type", "Expiry", "Purpose", "First found URL", "Scan date"], [6]),
    ],
)
def test_a_cookie_inventorys_ids_and_stamps_are_its_own(paths: list[str], own: list[int]) -> None:
    assert cookie_inventory_columns(paths) == own
    profiles = profile_paths(paths)
    assert all(profiles[i].system and profiles[i].entity is None for i in own)


@pytest.mark.parametrize(
    "paths",
    [
        # a visitor's cookie id: no lifespan beside it
        ["cookie_id", "page_url", "event_time"],
        ["Cookie Name", "Cookie ID", "Visitor"],
        # a lifespan alone (a session's duration) is no cookie's row
        ["session_duration", "Cookie ID"],
        # a bare Name with an expiry but no setter and purpose (a pharmacy's fill, a card)
        ["Name", "Expiry", "Category", "Fill Date"],
        ["Name", "Provider", "Expiration", "Visit Date"],
    ],
)
def test_a_visitors_cookie_id_stays_an_online_id(paths: list[str]) -> None:
    assert cookie_inventory_columns(paths) == []
    assert profile_paths(paths) == tuple(profile_path(p) for p in paths)


@pytest.mark.parametrize(
    ("paths", "clocks"),
    [
        # OneTrust-like DSAR export: received, deadline
        (
            ["Request Type", "Regulation", "First Name", "Email", "Date Received", "Deadline"],
            [4, 5],
        ),
        # a CPRA webform
        (["requestType", "regulation", "dateReceived", "email", "zipCode"], [2]),
        # a verification method and a due date, a closed date
        (["request_type", "verification_method", "due_date", "closed_on", "dob"], [2, 3]),
    ],
)
def test_a_privacy_requests_workflow_dates_are_the_offices(
    paths: list[str], clocks: list[int]
) -> None:
    assert privacy_request_clocks(paths) == clocks
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in clocks)


@pytest.mark.parametrize(
    "paths",
    [
        # a medical records request: a request type, no privacy law or verification
        ["Request Type", "Patient Name", "Date Received", "Records Requested"],
        # a referral's received date (a person's, tests/test_autism_developmental_services.py)
        ["referral_type", "referral_date", "date_received", "patient_name"],
        # a regulation without a request type (a compliance table)
        ["Regulation", "Deadline", "Owner"],
    ],
)
def test_another_received_date_is_left_as_it_was(paths: list[str]) -> None:
    assert privacy_request_clocks(paths) == []


def test_the_requesters_birth_date_keeps_its_word(engine: Engine) -> None:
    record = {
        "Request Type": "Access",
        "Regulation": "CCPA/CPRA",
        "Date of Birth": "04/17/1969",
        "Deadline": "11/14/2024",
    }
    assert found_fields(engine, record) == {("Date of Birth", "DATE")}


@pytest.mark.parametrize(
    ("paths", "clocks"),
    [
        (["Mobile Number", "Consent Status", "Channel", "Captured"], [3]),
        (["consent.purpose", "consent.collected_on", "email"], [1]),
        (["phone", "consent_language", "capture_date", "granted_at"], [2, 3]),
    ],
)
def test_a_consents_capture_stamp_is_the_platforms(paths: list[str], clocks: list[int]) -> None:
    assert consent_capture_clocks(paths) == clocks
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in clocks)


@pytest.mark.parametrize(
    "paths",
    [
        # no consent in the chunk: a clinical photo's capture date is the patient's
        ["patient_name", "image_type", "captured"],
        # a consent form's signature date and a capture method are no stamps
        ["consent_id", "signed_date", "capture_method_notes"],
    ],
)
def test_other_capture_and_signature_dates_are_left_as_they_were(paths: list[str]) -> None:
    assert consent_capture_clocks(paths) == []
