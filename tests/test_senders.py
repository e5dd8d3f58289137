"""The company's own sender on a send record is no person's identifier
(detectors/senders.py): a role mailbox or a toll-free line / short code in a sender field is
let go, a person's address or number in the same field (an inbound message's) is not."""

from __future__ import annotations

import pytest
from helpers import found, found_fields, table_tests

from detectors import Engine, EngineConfig
from detectors.senders import (
    business_line_field,
    business_number,
    help_line_field,
    mailbox_party_field,
    role_mailbox,
    sender_field,
)


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
    ("phone", "+18005550100", [("PHONE", "+18005550100")]),
    # a dialled number that is not toll-free is the patient's on an outbound call
    ("to_phone_number", "+13125550147", [("PHONE", "+13125550147")]),
    ("dnis", "+17045550100", [("PHONE", "+17045550100")]),
    ("Called", "+13125550147", [("PHONE", "+13125550147")]),
    ("notes", "email news@lakesidehealth.org", [("EMAIL", "news@lakesidehealth.org")]),
    # an address that merely names the vendor is a person's
    ("email", "jane@salesforce.com", [("EMAIL", "jane@salesforce.com")]),
    ("cc_email", "r.ito@gmail.com", [("EMAIL", "r.ito@gmail.com")]),
    # a help line that is not toll-free may be a person's own (a hub nurse's direct line)
    ("support_phone", "(312) 555-0190", [("PHONE", "(312) 555-0190")]),
    # a plan's line is let go only when toll-free: a local number may be anyone's
    ("payer_phone", "(608) 555-0134", [("PHONE", "(608) 555-0134")]),
    ("help_desk", "call 608-555-0134", [("PHONE", "608-555-0134")]),
    ("store_phone", "(512) 555-0190", [("PHONE", "(512) 555-0190")]),
    # a work order's requester who is a person keeps their address
    ("requested_by", "k.nguyen@lakesidehealth.org", [("EMAIL", "k.nguyen@lakesidehealth.org")]),
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
    # a toll-free line or a short code dialled: the organisation's whichever way the call
    # or the text went (an IVR's DNIS, Twilio's Called and To, an SMS log's recipient)
    ("to_phone_number", "+18005550100"),
    ("dnis", "tel:+18005550199"),
    ("DNIS", "8005550123"),
    ("Called", "+18005550199"),
    ("To", "+18885550142"),
    ("dialed_number", "1-866-555-0100"),
    ("to", "88588"),
    ("From", "Lakeside Health <news@lakesidehealth.org>"),
    ("Sent By", "records@lakesidehealth.org"),  # a fax log's sender
    # a translation job's requester: a care team's mailbox
    ("requested_by", "care.coordination@lakesidehealth.org"),
    # a co-pay programme's or a hub's own toll-free lines in its configuration rows
    ("help_desk_phone", "1-866-759-7494"),
    ("supportPhone", "1-844-387-4936"),
    ("supportFax", "1-844-387-9370"),
    ("Program Phone", "(800) 555-0199"),
    # a store's own toll-free line on an SMS log
    ("shop_phone", "+18885550142"),
    ("Store Phone", "1-877-555-0100"),
    # a health plan's own lines on an insurance card captured at e-check-in
    ("coverage.payer_phone", "1-800-555-0134"),
    ("card_back.member_services_phone", "(866) 555-0171"),
    # ...and as a card scan's OCR fields name its printed lines (document-intake probe)
    ("pharmacist_help_desk", "Pharmacist Help Desk 1-877-555-0123"),
    ("member_services", "Member Services: 1-800-555-0199 (TTY 711)"),
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
        ("from_phone_number", True),  # a sender's
        ("help_desk_phone", True),  # a help line's
        ("to_phone_number", True),
        ("participants[0].dnis", True),
        ("Called", True),
        ("message.to", True),
        ("via.source.to.phone", True),
        # a conversation participant's relay number, the business's (the SMS probe); the
        # participant's own binding address is theirs
        ("messaging_binding.proxy_address", True),
        ("proxy_identifier", True),
        ("messaging_binding.address", False),
        ("phone", False),
        ("caller_phone", False),
        ("ani", False),
    ],
)
def test_business_line_fields(path: str, expected: bool) -> None:
    assert business_line_field(path) is expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("help_desk_phone", True),
        ("program.supportFax", True),
        ("coverage.payer_phone", True),
        ("card_back.pharmacist_help_desk", True),
        ("subscriber_phone", False),  # the subscriber is a person
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
    # a lead seller's and a firm's intake mailboxes on a new-lead notice
    assert role_mailbox("leads@tortleadsdirect.com") and not role_mailbox("leadsom@gmail.com")
    # an employer's or an absence administrator's leave and HR mailboxes (the leave probe)
    assert role_mailbox("leave@ridgeviewfoods.com") and role_mailbox("HR@ridgeviewfoods.com")
    assert not role_mailbox("leaventa@gmail.com")
    # a team's coaching staff's list, to which an athletic trainer sends the injury report
    assert role_mailbox("fbcoaches@eastviewschools.org") and role_mailbox("coaches@club.org")
    assert not role_mailbox("coach.miller@eastviewschools.org")
    # a practice's care team as one mailbox (a parent portal's recipient)
    assert role_mailbox("care-team@brightsteps.example.com") and role_mailbox("careteam@x.org")
    assert not role_mailbox("careteamlead.jones@x.org")
    # a privacy office's and a data protection officer's mailboxes
    assert role_mailbox("privacy@evergreenhealth.example.org") and role_mailbox("dpo@x.org")
    assert not role_mailbox("privacyjane@gmail.com")
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


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # the organisation's mailbox in a message's recipient fields (an inbound ticket)
        (
            {"ToAddress": "patientcare@lakesidehealth.org", "FromAddress": "l.p@gmail.com"},
            {("FromAddress", "EMAIL")},
        ),
        (
            {"to_emails": ["pat@yahoo.com"], "support_email": "support@clinic.org"},
            {("to_emails[0]", "EMAIL")},
        ),
        ({"via": {"source": {"to": {"address": "support@clinic.zendesk.com"}}}}, set()),
        ({"toRecipients": [{"emailAddress": {"address": "noreply@clinic.org"}}]}, set()),
        (
            {"receiver": {"email": "orders@store.com"}, "sender": {"email": "a.k@gmail.com"}},
            {("sender.email", "EMAIL")},
        ),
        ({"payload": {"headers": [{"name": "To", "value": "Intake <intake@clinic.org>"}]}}, set()),
        # a display name before the role mailbox, in a sender field
        ({"from_email": "Lakeside Support <support@lakesidehealth.org>"}, set()),
        ({"From": "Mail Delivery Subsystem <mailer-daemon@googlemail.com>"}, set()),
        # a person's own address in the same fields is still found
        ({"ToAddress": "jane.roe@gmail.com"}, {("ToAddress", "EMAIL")}),
        ({"cc_emails": ["tom.n@gmail.com"]}, {("cc_emails[0]", "EMAIL")}),
        # a recipient's toll-free number is let go as a sender's is (no person has one),
        # a recipient's local number is still found
        ({"to": {"phone": "+18005550148"}}, set()),
        ({"to": {"phone": "+13125550148"}}, {("to.phone", "PHONE")}),
    ],
)
def test_role_mailboxes_in_recipient_fields(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("ToAddress", True),
        ("to_emails", True),
        ("via.source.to.address", True),
        ("toRecipients.emailAddress.address", True),
        ("from.emailAddress.address", True),
        ("payload.headers.To.value", True),
        ("recipients", True),
        ("sender_direct_address", True),
        ("DirectAddress", True),
        ("EmailAddress", False),
        ("customer.email", False),
    ],
)
def test_mailbox_party_fields(path: str, expected: bool) -> None:
    assert mailbox_party_field(path) is expected


@pytest.mark.parametrize(
    ("address", "role"),
    [
        # a service's no-reply mailbox, named for the department or the product that sends
        ("genetics-noreply@lakeviewhealth.example.org", True),
        ("mychart.noreply@clinic.org", True),
        ("noreply-billing@clinic.org", True),
        ("clinic_donotreply@clinic.org", True),
        ("portal-do-not-reply@clinic.org", True),
        ("alerts.no-reply@lab.example.com", True),
        # a person's mailbox that only holds the letters
        ("noreplyjones@gmail.com", False),
        ("jnoreply@gmail.com", False),
        ("donotreplyhere.smith@x.org", False),
        ("leah.brandt@lakeviewhealth.example.org", False),
    ],
)
def test_service_no_reply_mailboxes(address: str, role: bool) -> None:
    assert role_mailbox(address) is role


def test_role_mailbox_reads_the_address_of_a_display_name() -> None:
    assert role_mailbox("Lakeside Support <support@lakesidehealth.org>")
    assert role_mailbox("intake@clinic.org") and role_mailbox("MAILER-DAEMON@x.com")
    assert not role_mailbox("Jane Roe <jane.roe@gmail.com>")


def test_an_answering_services_and_a_paging_gateways_mailboxes_are_roles() -> None:
    """An email-to-page message's sender (tests/test_clinical_messaging_paging.py)."""
    assert role_mailbox("answering.service@exampleanswering.com")
    assert role_mailbox("paging@examplehealth.org") and role_mailbox("oncall@clinic.org")
    assert not role_mailbox("janet.cole@gmail.com")


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # Direct secure messaging: a care team's HISP address on either end is the
        # organisation's (``transitions@direct.…``, ``referrals@direct.…``)
        (
            {
                "sender_direct_address": "transitions@direct.mercyhealth.org",
                "recipient_direct_address": "referrals@direct.ohiohealthpartners.org",
            },
            set(),
        ),
        ({"from": "carecoordination@direct.lakeviewsnf.org"}, set()),
        # a HISP directory's row: the organisation's own Direct address
        ({"direct_address": "intake@direct.lakeviewsnf.org"}, set()),
        ({"to": ["casemanagement@direct.heartlandaco.org"]}, set()),
        # a clinician's own Direct address is reported (the project reports clinicians)
        (
            {"sender_direct_address": "mokafor@direct.heartlandcardiology.com"},
            {("sender_direct_address", "EMAIL")},
        ),
        # a role word outside a party field is still an address found
        ({"direct_contact": "transitions@direct.mercyhealth.org"}, {("direct_contact", "EMAIL")}),
    ],
)
def test_direct_messaging_endpoints(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected


def test_a_language_services_offices_mailboxes_are_roles() -> None:
    assert role_mailbox("interpreters@lakesidehealth.org")
    assert role_mailbox("Language Services <language.services@clinic.org>")
    assert role_mailbox("translations@agency.com")
    assert not role_mailbox("interpreter.maria@gmail.com")


def test_a_collection_agencys_and_a_billing_offices_mailboxes_are_roles() -> None:
    """Where consumers send disputes and hardship requests
    (tests/test_medical_debt_collections.py)."""
    assert role_mailbox("disputes@summitrecovery.com")
    assert role_mailbox("collections@mercyhealth.org")
    assert role_mailbox("financialassistance@riverview.org")
    assert not role_mailbox("keisha.barnes@outlook.com")


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a vendor's help desk in a benefits programme catalog
        # (tests/test_benefits_navigation_eap.py): a role mailbox is the vendor's
        ({"vendor_support": "support@hingehealth.com"}, set()),
        ({"member_support": "help@carrot.example.com"}, set()),
        # a person's address there is still an address
        ({"vendor_support": "jane.doe@hingehealth.com"}, {("vendor_support", "EMAIL")}),
        # a role word outside a party or help-desk key is still an address found
        ({"contact_email": "support@hingehealth.com"}, {("contact_email", "EMAIL")}),
    ],
)
def test_a_vendors_support_mailbox(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected


def test_a_role_mailbox_in_an_organisations_own_block_is_let_go(engine: Engine) -> None:
    """A consent receipt's data controller prints its privacy office's mailbox (Kantara's
    ``piiControllers[].email``), as a store's own block prints its orders mailbox: a role
    mailbox there is the organisation's. A person's address there, and a role mailbox in a
    person's own field, are still reported."""
    receipt = {
        "piiPrincipalId": "m.castellanos@live.com",
        "piiControllers": [{"email": "privacy@evergreenhealth.example.org"}],
    }
    assert found_fields(engine, receipt) == {("piiPrincipalId", "EMAIL")}
    assert found_fields(engine, {"dataController": {"email": "dpo@acme.example.com"}}) == set()
    assert found_fields(engine, {"store": {"email": "orders@acme.example.com"}}) == set()
    named = {"dataController": {"email": "jane.smith@acme.example.com"}}
    assert found_fields(engine, named) == {("dataController.email", "EMAIL")}
    assert found_fields(engine, {"email": "privacy@acme.example.com"}) == {("email", "EMAIL")}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an alcohol-monitoring agency's settings (tests/test_court_ordered_treatment_
        # monitoring.py): where the vendor sends alerts is the agency's role mailbox
        ({"alertEmail": "alerts@denverprobation.org"}, set()),
        ({"notification_email": "notifications@clinic.example.com"}, set()),
        # a person's own address there is still an address
        ({"alertEmail": "kayla.pruitt@gmail.com"}, {("alertEmail", "EMAIL")}),
        ({"alert_email": "dana.w@outlook.com"}, {("alert_email", "EMAIL")}),
    ],
)
def test_an_alert_settings_mailbox(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected
