"""Keys that are someone's identifier never reach findings or reject reasons."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.reported_paths import mask_keys, reported_key, reported_path
from pipelines.limits import record_problem


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("jane.doe@example.com", "<EMAIL>"),
        ("Xy7Kq2LmN9pQrS8tUvW3aB1c", "<ID>"),  # a Firebase uid
        ("12345678", "<ID>"),
        ("+1 (312) 555-0188", "<ID>"),
        ("550e8400-e29b-41d4-a716-446655440000", "<ID>"),
        ("5d41402abc4b2a76b9719d911017c592", "<ID>"),
        # field names stay
        ("ga_session_id", "ga_session_id"),
        ("Medical_Record_Number__c", "Medical_Record_Number__c"),
        ("2024", "2024"),
        ("$set", "$set"),
        ("event_params", "event_params"),
        ("utm_campaign_2024_spring_promo", "utm_campaign_2024_spring_promo"),
        # Dataverse's OData annotations have an address's shape but are field names
        (
            "birthdate@OData.Community.Display.V1.FormattedValue",
            "birthdate@OData.Community.Display.V1.FormattedValue",
        ),
        (
            "_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname",
            "_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname",
        ),
        ("@odata.etag", "@odata.etag"),
        ("@odata.nextLink", "@odata.nextLink"),
        # an address at a domain that merely starts like one is an address
        ("jane@odata.com", "<EMAIL>"),
        ("jane@microsoft.com", "<EMAIL>"),
        # camelCase field names with a number among their words are field names (a
        # screening form's questions, tests/test_vaccine_clinics_immunization.py)
        ("asthmaOrWheezingPast12Months", "asthmaOrWheezingPast12Months"),
        ("receivedVaccineInLast14Days", "receivedVaccineInLast14Days"),
        # tokens that do not read as words stay ids
        ("kX9pQ2mN7vB4tR8wL1yZ", "<ID>"),
        ("sessionToken9f8e7d6c5b4a3", "<ID>"),
        ("abc123def456ghi789jkl0", "<ID>"),
    ],
)
def test_reported_key(key: str, shown: str) -> None:
    assert reported_key(key) == shown


@pytest.mark.parametrize(
    ("path", "shown"),
    [
        # joined, an address's keys cannot be told from its dots: its neighbours go too
        ("subscribers.jane.doe@example.com.phone", "<EMAIL>"),
        ("a[0].jane@x.com.b[2].c", "a[0].<EMAIL>[2].c"),
        ("crm.12345678.dob", "crm.<ID>.dob"),
        ("event_params[3].value.string_value", "event_params[3].value.string_value"),
        ("items[12].price", "items[12].price"),
        ("screening.asthmaOrWheezingPast12Months", "screening.asthmaOrWheezingPast12Months"),
        ("users.Xy7Kq2LmN9pQrS8tUvW3aB1c.name", "users.<ID>.name"),
    ],
)
def test_reported_path(path: str, shown: str) -> None:
    assert reported_path(path) == shown


def test_findings_name_identifier_keys_by_their_tag() -> None:
    record = {
        "subscribers": {"jane.doe@example.com": {"status": "ok", "phone": "312-555-0188"}},
        "users": {"Xy7Kq2LmN9pQrS8tUvW3aB1c": {"email": "bob@example.org"}},
        "event_params": [{"key": "email", "value": {"string_value": "c@example.net"}}],
    }
    rows = Engine(EngineConfig(ner=False)).scan([record], source="t").findings.to_pylist()
    assert sorted((r["field"], r["entity"]) for r in rows) == [
        ("event_params[0].value.string_value", "EMAIL"),
        ("subscribers.<EMAIL>.phone", "PHONE"),
        ("users.<ID>.email", "EMAIL"),
    ]


def test_a_reject_reason_masks_an_identifier_key() -> None:
    reason = record_problem({"subs": {"jane.doe@example.com": {"note": "x" * (1 << 21)}}})
    assert reason is not None and "jane" not in reason and "<EMAIL>" in reason


def test_mask_keys_renames_identifier_keys_at_any_depth_without_collisions() -> None:
    record = {
        "list": "newsletter",
        "subscribers": {
            "jane@example.com": {"status": "ok"},
            "bob@example.org": {"status": "gone"},
            "<EMAIL>#2": "already a tag",
        },
        "rows": [{"12345678": 1}, {"plain": 2}],
    }
    assert mask_keys(record) == {
        "list": "newsletter",
        "subscribers": {
            "<EMAIL>": {"status": "ok"},
            "<EMAIL>#3": {"status": "gone"},
            "<EMAIL>#2": "already a tag",
        },
        "rows": [{"<ID>": 1}, {"plain": 2}],
    }
    clean = {"a": {"b": [1, {"c": "d"}]}}
    assert mask_keys(clean) is clean  # nothing to rename: nothing copied


def test_scan_renames_identifier_keys_in_the_redacted_copy(tmp_path) -> None:
    import json

    import pyarrow.parquet as pq

    from pipelines.cli import main

    rows = [
        {"subscribers": {"jane.doe@example.com": {"phone": "312-555-0188", "tag": "vip"}}},
        {"users": {"Xy7Kq2LmN9pQrS8tUvW3aB1c": {"note": "knee replacement"}}},
    ]
    src = tmp_path / "in" / "subs.jsonl"
    src.parent.mkdir()
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out"
    assert main(["scan", str(src.parent), "--out", str(out), "--no-ner", "--quiet"]) == 0
    for path in out.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"jane.doe" not in data and b"Xy7Kq2" not in data, path.name
    copy = pq.read_table(out / "redacted" / "subs.jsonl.parquet").to_pylist()
    assert copy[0]["subscribers"] == {"<EMAIL>": {"phone": "<PHONE>", "tag": "vip"}}
    assert copy[1]["users"] == {"<ID>": {"note": "knee replacement"}}
    assert main(["verify", str(out)]) == 0
