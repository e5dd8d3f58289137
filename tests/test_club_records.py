"""A fitness club's or a studio's member number and member card
(:mod:`detectors.club_records`): an account with the club, not a health plan's member id."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.chunk_profiles import profile_paths
from detectors.club_records import club_member_columns
from detectors.field_names import profile_path


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an ABC Fitness-like member export: the club, the barcode, the agreement, the dues
        (
            {"Club Number": "30412", "Member ID": "1004829931", "Barcode": "0049381277"},
            {("Member ID", "ACCOUNT_NUMBER"), ("Barcode", "OTHER_ID")},
        ),
        # a door check-in log and a trainer's assessment
        (
            {"Member Number": "1004829931", "Club": "Westlake", "Door": "Turnstile 2"},
            {("Member Number", "ACCOUNT_NUMBER")},
        ),
        (
            {"member": {"memberNumber": "1007731820"}, "trainer": "Luis Ortega"},
            {("member.memberNumber", "ACCOUNT_NUMBER")},
        ),
        # a key fob log beside the member's name
        (
            {"member_id": "1004830117", "member_name": "Wen Zhao", "fob_number": "0049387702"},
            {("member_id", "ACCOUNT_NUMBER"), ("member_name", "NAME"), ("fob_number", "OTHER_ID")},
        ),
        # a point-of-sale row's ``Member #`` beside the trainer; its ``Member`` is a name
        (
            {"Member #": "1004829931", "Member": "Whitfield, Dana", "Trainer": "Marcus Hale"},
            {("Member #", "ACCOUNT_NUMBER"), ("Member", "NAME")},
        ),
        # a guest pass's host member is the club's whatever the chunk holds
        ({"host_member_number": "1005512208"}, {("host_member_number", "ACCOUNT_NUMBER")}),
    ],
)
def test_a_clubs_member_number_and_card(engine: Engine, record: dict, expected: set) -> None:
    assert expected <= found_fields(engine, record)
    assert not {f for f, e in found_fields(engine, record) if e == "HEALTH_PLAN_ID"}


@pytest.mark.parametrize(
    ("record", "field", "entity"),
    [
        # no club column: a bare member id is a health plan's, as ever
        ({"Member ID": "W193847562", "Patient Name": "Ana Ruiz"}, "Member ID", "HEALTH_PLAN_ID"),
        # a payer's column vetoes the club's (a gym benefit checked against the plan)
        (
            {"Member ID": "W193847562", "Club": "Westlake", "Payer": "Aetna"},
            "Member ID",
            "HEALTH_PLAN_ID",
        ),
        (
            {"Member ID": "W193847562", "Barcode": "0049381277", "Group Number": "0047219"},
            "Member ID",
            "HEALTH_PLAN_ID",
        ),
        # a health plan's own member id keeps its entity beside a club's columns
        (
            {"Health Plan Member ID": "W193847562", "Facility ID": "AF-TX-20419"},
            "Health Plan Member ID",
            "HEALTH_PLAN_ID",
        ),
    ],
)
def test_a_plans_member_id_is_read_as_ever(
    engine: Engine, record: dict, field: str, entity: str
) -> None:
    assert (field, entity) in found_fields(engine, record)


@pytest.mark.parametrize(
    "paths",
    [
        # an analytics audience's membership is no club's (GA4's users export)
        ["user_id", "audiences[0].membership_start_timestamp_micros", "member_id"],
        # a product's barcode and a fob inventory name no member
        ["sku", "Barcode", "price"],
        ["fob_number", "fob_type", "status"],
        # a barcode without a club's column is a specimen's or a product's
        ["patient_name", "Barcode"],
    ],
)
def test_no_member_card_without_a_clubs_member(paths: list[str]) -> None:
    profiles = [profile_path(p) for p in paths]
    assert club_member_columns(paths, profiles) == []
    assert all(p.entity != "OTHER_ID" for p in profile_paths(paths))
