"""The organisation's end of a message or a call whose ``direction`` says which it is
(:mod:`detectors.message_direction`): the clinic's line is dropped, the patient's kept."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.message_direction import party_end

PATIENT, CLINIC = "+17409381266", "+16145550142"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


def _phones(engine: Engine, record: dict) -> set[str]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    return {r["field"] for r in rows if r["entity"] in {"PHONE", "FAX", "EMAIL"}}


@pytest.mark.parametrize(
    ("path", "end"),
    [
        ("from", ("", "from")),
        ("To", ("", "to")),
        ("from_number", ("", "from")),
        ("message.to_phone_number", ("message", "to")),
        ("from.phoneNumber", ("", "from")),
        ("to[0].phoneNumber", ("", "to")),
        ("body", None),
        ("patient.phone", None),
        ("from_date", None),
    ],
)
def test_party_end(path: str, end: tuple[str, str] | None) -> None:
    assert party_end(path) == end


@pytest.mark.parametrize(
    ("record", "kept"),
    [
        # Twilio's Message resource: an outbound reminder's sender is the clinic
        ({"from": CLINIC, "to": PATIENT, "direction": "outbound-api"}, {"to"}),
        ({"From": CLINIC, "To": PATIENT, "Direction": "outbound-reply"}, {"To"}),
        # an inbound reply's recipient is the clinic
        ({"from": PATIENT, "to": CLINIC, "direction": "inbound"}, {"from"}),
        # RingCentral- and Aircall-like objects and lists of ends
        (
            {
                "from": {"phoneNumber": CLINIC},
                "to": [{"phoneNumber": PATIENT}],
                "direction": "Outbound",
            },
            {"to[0].phoneNumber"},
        ),
        (
            {"call": {"from_number": PATIENT, "to_number": CLINIC, "direction": "incoming"}},
            {"call.from_number"},
        ),
        # a log with no direction: a status only an outbound or an inbound message has
        # (Twilio's console export, the medical spa probe's reminder)
        ({"From": CLINIC, "To": PATIENT, "Body": "Reminder", "Status": "delivered"}, {"To"}),
        ({"from": CLINIC, "to": PATIENT, "status": "undelivered"}, {"to"}),
        ({"from": PATIENT, "to": CLINIC, "status": "received"}, {"from"}),
        ({"sms": {"from": CLINIC, "to": PATIENT, "status": "sent"}}, {"sms.to"}),
        # a direction beside the status wins
        ({"from": PATIENT, "to": CLINIC, "direction": "inbound", "status": "delivered"}, {"from"}),
    ],
)
def test_the_organisations_end_is_dropped(engine: Engine, record: dict, kept: set) -> None:
    assert _phones(engine, record) == kept


@pytest.mark.parametrize(
    "record",
    [
        # no direction, or one that says neither end: both numbers stay
        {"from": CLINIC, "to": PATIENT},
        {"from": CLINIC, "to": PATIENT, "direction": ""},
        {"from": CLINIC, "to": PATIENT, "direction": "internal"},
        # a direction of another object says nothing of these ends
        {"from": CLINIC, "to": PATIENT, "meta": {"direction": "outbound"}},
        # a status both directions have, or one of another object
        {"from": CLINIC, "to": PATIENT, "status": "read"},
        {"from": CLINIC, "to": PATIENT, "status": "completed"},
        {"from": CLINIC, "to": PATIENT, "meta": {"status": "delivered"}},
    ],
)
def test_without_a_direction_both_ends_stay(engine: Engine, record: dict) -> None:
    assert _phones(engine, record) == {"from", "to"}


def test_other_fields_of_an_outbound_message_stay(engine: Engine) -> None:
    """The patient's number in the body or a contact field is not an end."""
    record = {"from": CLINIC, "to": PATIENT, "direction": "outbound-api", "callback": PATIENT}
    assert _phones(engine, record) == {"to", "callback"}
