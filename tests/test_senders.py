"""The company's own sender on a send record is no person's identifier
(detectors/senders.py): a role mailbox or a toll-free line / short code in a sender field is
let go, a person's address or number in the same field (an inbound message's) is not."""

from __future__ import annotations

import pytest
from helpers import found, table_tests

from detectors import Engine, EngineConfig
from detectors.senders import business_number, help_line_field, role_mailbox, sender_field


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


POSITIVES = [
    # a helpdesk's inbound ticket and a Twilio inbound text: the sender is the patient
    ("from_email", "t.morales@icloud.com", [("EMAIL", "t.morales@icloud.com")]),
    ("via__source__from__address", "r.ito@gmail.com", [("EMAIL", "r.ito@gmail.com")]),
    ("From Number", "(312) 555-0147", [("PHONE", "(312) 555-0147")]),
    ("fromPhoneNumber", "+13125550147", [("PHONE", "+13125550147")]),
    ("From", "+13125550147", [("PHONE", "+13125550147")]),
    (
        "From",
        "Jane Roe <jane.roe@gmail.com>",
        [("EMAIL", "jane.roe@gmail.com"), ("NAME", "Jane Roe")],
    ),
    # a role mailbox or a toll-free number outside a sender field is still reported
    ("EmailAddress", "info@smithplumbing.com", [("EMAIL", "info@smithplumbing.com")]),
    ("to_phone_number", "+18005550100", [("PHONE", "+18005550100")]),
    ("notes", "email news@lakesidehealth.org", [("EMAIL", "news@lakesidehealth.org")]),
    # an address that merely names the vendor is a person's
    ("email", "jane@salesforce.com", [("EMAIL", "jane@salesforce.com")]),
    ("cc_email", "r.ito@gmail.com", [("EMAIL", "r.ito@gmail.com")]),
    # a help line that is not toll-free may be a person's own (a hub nurse's direct line)
    ("support_phone", "(312) 555-0190", [("PHONE", "(312) 555-0190")]),
    ("store_phone", "(512) 555-0190", [("PHONE", "(512) 555-0190")]),
]

NEGATIVES = [
    ("FromEmail", "news@lakesidehealth.org"),
    ("from_email", "no-reply@mail.clinic.org"),
    ("ReplyToAddress", "appointments@lakesidehealth.org"),
    ("reply_to", "Care Team <care@lakesidehealth.org>"),
    ("from_phone_number", "+18885550100"),
    ("fromPhoneNumber", "1-877-555-0100"),
    ("ShortCode", "88588"),
    ("From", "+18885550100"),
    ("From", "Lakeside Health <news@lakesidehealth.org>"),
    # a co-pay programme's or a hub's own toll-free lines in its configuration rows
    ("help_desk_phone", "1-866-759-7494"),
    ("supportPhone", "1-844-387-4936"),
    ("supportFax", "1-844-387-9370"),
    ("Program Phone", "(800) 555-0199"),
    # a store's own toll-free line on an SMS log
    ("shop_phone", "+18885550142"),
    ("Store Phone", "1-877-555-0100"),
    # a CRM's own logging dropbox, in any field (Pipedrive's Smart BCC, HubSpot's BCC,
    # Email-to-Salesforce)
    ("cc_email", "summitderm@pipedrivemail.com"),
    ("email", "summitderm@pipedrivemail.com"),
    ("notes", "bcc 4412345@bcc.hubspot.com on replies"),
    ("Email", "emailtosalesforce@2k3jd8s9x.8-abcdeaa.na1.le.salesforce.com"),
]

test_sender_positives, test_sender_negatives = table_tests(POSITIVES, NEGATIVES)


def test_nested_sender(engine: Engine) -> None:
    record = {"from": {"email": "noreply@clinic.org", "name": "Clinic"}, "to": "a@b.com"}
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["field"], r["entity"]) for r in rows] == [("to", "EMAIL")]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("FromEmail", True),
        ("from_phone_number", True),
        ("reply_to.email", True),
        ("from.address", True),
        ("EmailAddress", False),
        ("to_phone_number", False),
        ("sender_id", False),
    ],
)
def test_sender_fields(path: str, expected: bool) -> None:
    assert sender_field(path) is expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("help_desk_phone", True),
        ("program.supportFax", True),
        ("from_phone_number", False),  # a sender, not a help line
        ("patient_phone", False),
    ],
)
def test_help_line_fields(path: str, expected: bool) -> None:
    assert help_line_field(path) is expected
    assert sender_field(path) is (expected or path == "from_phone_number")


def test_value_checks() -> None:
    assert role_mailbox("News+march@clinic.org")
    assert not role_mailbox("newsom@clinic.org")
    assert business_number("+1 (888) 555-0100") and business_number("88588")
    assert not business_number("+1 312 555 0147") and not business_number("1234")


def test_found_helper_sees_a_role_mailbox_elsewhere(engine: Engine) -> None:
    assert found(engine, {"Email": "news@clinic.org"}) == [("EMAIL", "news@clinic.org")]


def test_payee_role_mailbox_in_a_processor_report(engine: Engine) -> None:
    """PayPal's activity report: the payee of a payment received is the store's own
    account (a role mailbox, let go); a payer's own address is reported, and so is a person
    in the payee column."""
    record = {
        "From Email Address": "dokafor@hotmail.com",
        "To Email Address": "payments@examplerx.com",
    }
    assert found(engine, record) == [("EMAIL", "dokafor@hotmail.com")]
    assert found(engine, {"To Email Address": "j.lee@gmail.com"}) == [("EMAIL", "j.lee@gmail.com")]
    assert found(engine, {"From Email Address": "orders@examplerx.com"}) == []
    assert role_mailbox("rx@examplepharmacy.com") and not role_mailbox("rxavier@gmail.com")
