"""A participant's display name under a login's, a meeting host's or a chat message's key
(detectors.display_names)."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors.display_names import display_name_path, person_display_name


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # Zoom's dashboard, QoS and webhook payloads: ``user_name`` is the display name
        ({"participants": [{"user_name": "Rosa Okafor"}]}, {("participants[0].user_name", "NAME")}),
        ({"user_name": "Kevin Tran", "date_time": "2024-11-05T20:42:00Z"}, {("user_name", "NAME")}),
        (
            {"payload": {"object": {"participant": {"user_name": "Claire Dubois"}}}},
            {("payload.object.participant.user_name", "NAME")},
        ),
        ({"userName": "Walter J."}, {("userName", "NAME")}),
        # a meeting's host as the dashboard names it
        ({"topic": "Weekly check-in", "host": "Lauren Walker"}, {("host", "NAME")}),
        ({"host_name": "Dr. Anil Patel"}, {("host_name", "NAME")}),
        # a waiting room's chat: each message's sender in its own ``name``
        (
            {"messages": [{"name": "Dr. Anil Patel", "text": "Running late"}]},
            {("messages[0].name", "NAME")},
        ),
        (
            {"chat": [{"display_name": "Kevin Tran", "text": "ok"}]},
            {("chat[0].display_name", "NAME")},
        ),
        # a step challenge's leaderboard heads its people ``Display Name`` (biometric
        # screening and wellness probe), and a participant report its participants'
        ({"Rank": "4", "Display Name": "Maria G.", "Steps": "41,288"}, {("Display Name", "NAME")}),
        (
            {"participants": [{"display_name": "Rosa Okafor"}]},
            {("participants[0].display_name", "NAME")},
        ),
    ],
)  # fmt: skip
def test_display_names(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        # logins and hosts that are machines stay what they were
        {"host": "web-01"},
        {"host": "ip-10-0-12-34.ec2.internal"},
        {"host": "www.lakeshore-health.org"},
        {"host_name": "Lakeshore Heart Associates"},
        # a device's default name, a room, a status word
        {"user_name": "Conf Rm 2B"},
        {"user_name": "iPhone"},
        {"user_name": "Zoom Rooms"},
        # a message's name that is a template's or a campaign's
        {"messages": [{"name": "Welcome Series", "channel": "email"}]},
        {"messages": [{"name": "Grace Period Reminder"}]},
        {"chat": [{"name": "Appointment Reminder"}]},
        # a bare ``name`` outside a list of messages is not this family's
        {"template": {"name": "Kevin Tran"}},
        # an account's user under another object than a participant: the workforce's
        {"sender": {"userName": "Tamara Lindqvist", "email": "forms@lakesidehealth.org"}},
        {"owner": {"user_name": "Compliance Admin"}},
        # a leaderboard's handle, a product's or a team's display name are no person's
        {"Display Name": "StepQueen22"},
        {"Display Name": "Blood Pressure Cuff XL"},
        {"Display Name": "Sole Sisters"},
        {"product": {"display_name": "Walking Challenge"}},
    ],
)
def test_not_display_names(engine_no_ner, record: dict) -> None:
    assert not [f for f, e in found_fields(engine_no_ner, record) if e == "NAME"]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("user_name", True),
        ("participants[0].user_name", True),
        ("username", True),
        ("sender.userName", False),
        ("attendees[2].user_name", True),
        ("host", True),
        ("host_name", True),
        ("messages[3].name", True),
        ("chat[0].display_name", True),
        ("Display Name", True),
        ("participants[1].display_name", True),
        ("product.display_name", False),
        ("name", False),
        ("campaign.name", False),
        ("messages[0].text", False),
        ("hostname_suffix", False),
        ("", False),
    ],
)
def test_display_name_path(path: str, expected: bool) -> None:
    assert display_name_path(path) is expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Rosa Okafor", True),
        ("Lauren Walker", True),
        ("Dr. Anil Patel", True),
        ("Walter J.", True),
        ("Kevin Tran", True),
        ("jdoe42", False),
        ("rosa.okafor", False),
        ("Conf Rm 2B", False),
        ("Welcome Series", False),
        ("Grace Period Reminder", False),
        ("Kevin", False),
        ("Dr.", False),
        ("J. Brennan", False),
        ("Rosa Maria Okafor Lopez", False),
    ],
)
def test_person_display_name(value: str, expected: bool) -> None:
    assert person_display_name(value) is expected
