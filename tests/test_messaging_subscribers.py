"""SMS and email marketing platforms' person keys (:mod:`detectors.messaging_subscribers`):
a subscriber id beside a message, a journey or a segment, and a JSON:API profile's id,
each told by the keys beside it."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.chunk_profiles import profile_paths
from detectors.field_names import profile_path
from detectors.messaging_subscribers import (
    json_api_person_ids,
    participant_attribute_names,
    subscriber_keys,
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("paths", "ids"),
    [
        # Postscript-like inbound message webhook
        (["type", "data.id", "data.subscriber_id", "data.phone_number", "data.body"], [2]),
        # Attentive-like reply log
        (["Subscriber Phone", "Message", "Received At", "Subscriber ID"], [3]),
        # a journey event
        (["event", "subscriber_id", "phone", "journey_name", "step_name"], [1]),
        # a segment export
        (["Segment", "Phone Number", "Email", "Subscriber ID"], [3]),
        # an SMS keyword opt-in
        (["subscriberId", "keyword", "phone"], [0]),
    ],
)
def test_a_messaging_platforms_subscriber_id_is_its_key_of_the_person(
    paths: list[str], ids: list[int]
) -> None:
    assert [i for i, _ in subscriber_keys(paths)] == ids
    profiles = profile_paths(paths)
    assert all(profiles[i].entity == "OTHER_ID" for i in ids)


@pytest.mark.parametrize(
    "paths",
    [
        # an eligibility file: the subscriber is the insured
        ["Subscriber ID", "Subscriber Name", "Relationship", "Group Number", "Message"],
        # a claim with a remark message
        ["subscriber_id", "claim_id", "payer_name", "message"],
        # a member roster with no messaging key
        ["Subscriber ID", "Subscriber DOB", "Phone"],
        # the messaging key sits in another object than the id
        ["subscriber.subscriber_id", "message.body"],
    ],
)
def test_another_subscriber_id_is_left_as_it_was(paths: list[str]) -> None:
    assert subscriber_keys(paths) == []
    assert profile_paths(paths)[0] == profile_path(paths[0])


def test_a_subscriber_of_a_journey_is_reported_as_the_platforms_key(engine: Engine) -> None:
    record = {
        "subscriber_id": "sub_8fJ2kL0qR5mT",
        "phone": "+14047712390",
        "journey_name": "Welcome Series",
    }
    assert ("subscriber_id", "OTHER_ID") in found_fields(engine, record)
    assert ("subscriber_id", "HEALTH_PLAN_ID") not in found_fields(engine, record)


@pytest.mark.parametrize(
    ("paths", "ids"),
    [
        # Klaviyo-like profile resource
        (
            ["type", "id", "attributes.email", "attributes.first_name", "attributes.created"],
            [1],
        ),
        (["id", "type", "attributes.phone_number", "attributes.last_name"], [0]),
    ],
)
def test_a_json_api_persons_id_is_their_key(paths: list[str], ids: list[int]) -> None:
    assert [i for i, _ in json_api_person_ids(paths)] == ids
    assert all(profile_paths(paths)[i].entity == "OTHER_ID" for i in ids)


@pytest.mark.parametrize(
    "paths",
    [
        # an event resource: its attributes hold no person
        ["type", "id", "attributes.timestamp", "attributes.event_properties.Flow"],
        # an order resource with the buyer's email but no name part
        ["type", "id", "attributes.email", "attributes.total_price"],
        # no JSON:API type beside the id
        ["id", "attributes.email", "attributes.first_name"],
        # the name is nested deeper than the attributes
        ["type", "id", "attributes.email", "attributes.billing_address.first_name"],
    ],
)
def test_another_top_level_id_stays_a_machine_field(paths: list[str]) -> None:
    assert json_api_person_ids(paths) == []
    i = paths.index("id")
    assert profile_paths(paths)[i] == profile_path("id")


def test_a_conversation_participants_attributes_name_them(engine: Engine) -> None:
    """Twilio Conversations' participant: its ``attributes`` JSON string names the
    participant beside the ``messaging_binding`` with their number."""
    paths = ["messaging_binding.address", "attributes", "attributes.name", "attributes.plan"]
    assert participant_attribute_names(paths) == [(2, "NAME")]
    record = {
        "messaging_binding": {"type": "sms", "address": "+14803318827"},
        "attributes": '{"name": "Dana Whitfield", "program": "GLP-1 Weight Loss"}',
    }
    assert ("attributes", "NAME") in found_fields(engine, record)


@pytest.mark.parametrize(
    "paths",
    [
        # a product's or an event's attributes, with no binding beside them
        ["attributes", "attributes.name", "attributes.price"],
        # the binding is there, but the name is no attribute's (a nested one)
        ["messaging_binding.address", "attributes.product.name"],
        ["messaging_binding.address", "conversation.attributes.name"],
    ],
)
def test_another_attributes_name_is_left_alone(paths: list[str]) -> None:
    assert participant_attribute_names(paths) == []
