"""Experimentation and feature-flag records: the unit an assignment names is a person's id
(:mod:`detectors.experiment_records`), and nothing else of such a record is."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors.experiment_records import experiment_units

#: ``(paths, indices read as the assigned person's id)``: the shape alone, no values.
UNIT_PATHS = [
    # Statsig's warehouse exposures
    (("unit_id", "unit_type", "experiment_id", "group_name", "first_exposure_utc"), [0]),
    # Eppo's assignment log
    (("timestamp", "experiment", "variation", "allocation", "subject"), [4]),
    # Split's impressions, and its bucketing key
    (("keyName", "bucketingKey", "splitName", "treatment", "time"), [0, 1]),
    # a nested assignment list keeps the siblings together
    (("assignments[0].subject_id", "assignments[0].flag_key", "assignments[0].variant"), [0]),
    # LaunchDarkly's evaluated context and its events' contextKeys
    (("kind", "key", "context.kind", "context.key", "context.email"), [3]),
    (("kind", "key", "contextKeys.user", "contextKeys.organization"), [2]),
]
#: ``(paths, indices read as the person's record id)``: Adobe Target's visitor object.
RECORD_ID_PATHS = [
    (("id.tntId", "id.thirdPartyId", "id.marketingCloudVisitorId"), [1]),
    (("tntId", "thirdPartyId", "profile.visitCount"), [1]),
]
#: ``paths`` of which none is read: one of the three columns missing, or not siblings.
NO_UNIT_PATHS = [
    # a hospital's nursing unit beside a shift's group: no experiment
    ("unit_id", "unit_name", "group_name", "census"),
    # an email's subject beside a campaign's variant: no experiment or flag column
    ("subject", "variant", "campaign_id", "sent_at"),
    # an experiment definition: an arm, no unit
    ("experiment_id", "variation_id", "traffic_allocation", "key"),
    # an SSH key's name in a cloud event beside a flag: no arm
    ("keyName", "flag", "instanceId"),
    # the unit in another object than the experiment and the arm
    ("user.unit_id", "experiment_id", "variation"),
    # a multi-context's tenant: no kind beside it, and it is no user
    ("context.kind", "context.organization.key", "contextKeys.organization"),
    # a context without a kind (Segment's ``context`` has no ``key``; a config's has no kind)
    ("context.key", "context.locale"),
    # a vendor's third-party id with no Target visitor beside it
    ("vendor_name", "thirdPartyId", "contract_start"),
    ("visitor.thirdPartyId", "tntId"),
]


@pytest.mark.parametrize(("paths", "wanted"), UNIT_PATHS)
def test_the_assigned_unit_is_read(paths: tuple[str, ...], wanted: list[int]) -> None:
    assert experiment_units(paths) == [(i, "ONLINE_ID") for i in wanted]


@pytest.mark.parametrize(("paths", "wanted"), RECORD_ID_PATHS)
def test_a_target_visitors_third_party_id_is_read(paths: tuple[str, ...], wanted: list) -> None:
    assert experiment_units(paths) == [(i, "OTHER_ID") for i in wanted]


@pytest.mark.parametrize("paths", NO_UNIT_PATHS)
def test_no_unit_without_an_experiment_and_an_arm_beside_it(paths: tuple[str, ...]) -> None:
    assert experiment_units(paths) == []


#: Whole records scanned: ``(record, findings {(field, entity)})``.
RECORDS = [
    (
        {
            "unit_id": "8f2a6c1e-4b9d-4e7f-a3c5-0d1e2f3a4b5c",
            "unit_type": "stableID",
            "experiment_id": "checkout_copy_v2",
            "group_name": "Test",
            "first_exposure_utc": "2024-10-09 19:22:41",
        },
        {("unit_id", "ONLINE_ID")},
    ),
    (
        {
            "keyName": "user_48213",
            "splitName": "checkout_copy_v2",
            "treatment": "on",
            "time": 1728501761118,
        },
        {("keyName", "ONLINE_ID")},
    ),
    (
        {
            "kind": "feature",
            "key": "new-checkout-flow",
            "version": 42,
            "context": {"kind": "user", "key": "usr_7c1e5f20", "plan": "monthly"},
            "variation": 1,
        },
        {("context.key", "ONLINE_ID")},
    ),
    (
        {"level": "info", "flag": "new-checkout-flow", "user": {"key": "acct_39187"}},
        {("user.key", "ONLINE_ID")},
    ),
    # a multi-context's user and device (LaunchDarkly's mobile SDKs), read by their parents
    (
        {
            "kind": "index",
            "context": {
                "kind": "multi",
                "user": {"key": "a91f33e0-5c2d-4b7e-9f18-6d0c4e2b8a71"},
                "device": {"key": "9C1E7B42-3D5A-4F86-B0E2-7A9C1D3F5E60", "os": "iOS 17.3.1"},
                "organization": {"key": "tenant-042", "name": "Harbor Health Partners"},
            },
        },
        {("context.user.key", "ONLINE_ID"), ("context.device.key", "DEVICE_ID")},
    ),
    # hard negatives: a nursing unit, an email subject, a flag's own key, a tenant's key
    ({"unit_id": "4W-MEDSURG", "unit_name": "4 West", "group_name": "Nights"}, set()),
    ({"subject": "Your results are ready", "variant": "B", "campaign_id": "c_981"}, set()),
    (
        {"experiment_id": "checkout_copy_v2", "variation_id": "24874130445", "key": "cta_v2"},
        set(),
    ),
    (
        {"context": {"kind": "multi", "organization": {"key": "tenant-042"}}},
        set(),
    ),
    ({"user_properties": [{"key": "plan_type", "value": {"string_value": "annual"}}]}, set()),
]


@pytest.mark.parametrize(("record", "expected"), RECORDS)
def test_experiment_records(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected
