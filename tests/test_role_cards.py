"""A mailbox card whose address is a role mailbox names no person, a card naming an
organisation in a message's party field is the organisation's mailbox, and any object
named for an organisation holds its place and lines (detectors/role_cards.py)."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a person's card: name and address
        (
            {"from": {"emailAddress": {"name": "Rachel Whitaker", "address": "rw@icloud.com"}}},
            {("from.emailAddress.name", "NAME"), ("from.emailAddress.address", "EMAIL")},
        ),
        # an organisation word that is a surname too ("Wing") does not make the card an
        # organisation's: its address stays the person's
        (
            {"from": {"emailAddress": {"name": "Mary Wing", "address": "mwing@gmail.com"}}},
            {("from.emailAddress.address", "EMAIL")},
        ),
        # a department's card, told by its specialty's last word: its mailbox is the
        # department's, not a person's
        (
            {"from": {"emailAddress": {"name": "Lakeside Dermatology", "address": "derm@x.org"}}},
            set(),
        ),
        # a bounce's sender and a results mailbox: role mailboxes, so no name
        (
            {
                "from": {
                    "emailAddress": {
                        "name": "Microsoft Outlook",
                        "address": "postmaster@x.onmicrosoft.com",
                    }
                }
            },
            set(),
        ),
        (
            {
                "toRecipients": [
                    {"emailAddress": {"name": "Irene Castillo", "address": "irene.c@gmail.com"}},
                    {"emailAddress": {"name": "Lakeside Results", "address": "noreply@x.org"}},
                ]
            },
            {
                ("toRecipients[0].emailAddress.name", "NAME"),
                ("toRecipients[0].emailAddress.address", "EMAIL"),
            },
        ),
        # a voice ticket's ``to``: the organisation's toll-free line, so its name is no one's
        # (and the number itself, a dialled toll-free line, is let go: tests/test_senders.py)
        (
            {
                "via": {
                    "source": {
                        "to": {"phone": "+18005550148", "name": "Lakeside Main Line"},
                        "from": {"phone": "+16145550188", "name": "Anthony Russo"},
                    }
                }
            },
            {("via.source.from.phone", "PHONE"), ("via.source.from.name", "NAME")},
        ),
        # a person's record (top level, or a ``contact``) is no message party's card: a
        # small business's ``info@`` may be its owner's address
        (
            {"contact": {"name": "John Smith", "email": "info@smithplumbing.com"}},
            {("contact.name", "NAME"), ("contact.email", "EMAIL")},
        ),
        # an organisation's card in a party field: its address is the organisation's
        (
            {
                "from": {
                    "emailAddress": {
                        "name": "Lakeside Health",
                        "address": "derm@lakesidehealth.org",
                    }
                }
            },
            set(),
        ),
        # the same card outside a message's parties (a directory row) keeps its address
        (
            {"clinic": {"name": "Lakeside Health", "email": "derm@lakesidehealth.org"}},
            {("clinic.email", "EMAIL")},
        ),
        # ... but not a role mailbox: an interpreter services office's own listing
        (
            {
                "name": "Lakeside Health Interpreter Services",
                "telephone": "(312) 555-0100",
                "email": "interpreters@lakesidehealth.org",
            },
            set(),
        ),
        # a person's card keeps a role mailbox (a freelance translator's own business)
        (
            {"linguist": {"name": "Rosa Delgado", "email": "info@delgadotranslations.com"}},
            {("linguist.name", "NAME"), ("linguist.email", "EMAIL")},
        ),
        # any object named for an organisation holds its place and line (a booking
        # platform's location, a directory row: dermatology probe) ...
        (
            {
                "location": {
                    "name": "Glow Aesthetics Med Spa",
                    "address": "412 Post Rd E, Westport, CT 06880",
                    "phone": "(203) 555-0110",
                }
            },
            set(),
        ),
        # ... while a person's object keeps them, an organisation word that is a surname
        # too included
        (
            {
                "shipping_address": {
                    "name": "Mary Wing",
                    "address1": "7710 SE Division St Apt 4",
                    "zip": "97206",
                    "phone": "(503) 555-0136",
                }
            },
            {
                # the addressee's name too, since a ship-to address's bare ``name`` is read
                # as the person's (field_names, DTC lab kits probe)
                ("shipping_address.name", "NAME"),
                ("shipping_address.address1", "LOCATION"),
                ("shipping_address.zip", "ZIP_CODE"),
                ("shipping_address.phone", "PHONE"),
            },
        ),
        # an organisation's object holds its own NPI (an EVV submission's agency: home
        # health probe); a clinician's object keeps theirs
        (
            {"provider": {"npi": "1935181903", "name": "Buckeye Home Care Services Inc"}},
            set(),
        ),
        (
            {"prescriber": {"name": "Dr. Nikhil Banerjee", "npi": "1830166132"}},
            {("prescriber.name", "NAME"), ("prescriber.npi", "OTHER_ID")},
        ),
        # a site named by its brand, a dash and its neighbourhood is the organisation's (a
        # triage hand-off's clinic, a booking's location: the symptom-checker probe)
        (
            {"clinic": {"name": "Lakeshore Urgent Care - Westlake", "phone": "(440) 283-6612"}},
            set(),
        ),
        (
            {
                "location": {
                    "name": "Summit Pediatrics – Hudson",
                    "address": "5655 Hudson Dr, Hudson, OH 44236",
                }
            },
            set(),
        ),
        (
            {"site": {"name": "Northgate Family Health | Canton", "fax": "(330) 555-0188"}},
            set(),
        ),
        # ... but a person's name before a dash keeps the card's lines a person's, and a
        # dash with no brand before it says nothing
        (
            {"contact": {"name": "Maria Lopez - Dublin", "phone": "(614) 292-7731"}},
            {("contact.phone", "PHONE")},
        ),
        (
            {"caller": {"name": "Intake - Dublin", "phone": "(614) 292-7731"}},
            {("caller.phone", "PHONE")},
        ),
    ],
)
def test_cards(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected


def test_each_record_reads_its_own_card(engine: Engine) -> None:
    """The same display name on a role card in one record and a person's in another."""
    records = [
        {"from": {"name": "Jordan Lee", "address": "support@clinic.org"}},
        {"from": {"name": "Jordan Lee", "address": "jordan.lee@gmail.com"}},
    ]
    rows = engine.scan(records, source="t").findings.to_pylist()
    assert {(r["record"], r["field"], r["entity"]) for r in rows} == {
        (1, "from.name", "NAME"),
        (1, "from.address", "EMAIL"),
    }
