"""The call_routing detector: care specialties among the options of IVR menu paths, call
queues and call-tracking signals (PROCEDURE, the kind of care a caller was routed to)."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig
from detectors.call_routing import options, routing_field


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


P = "PROCEDURE"

POSITIVES = [
    (
        "ivr_path",
        "Main Menu > 2 - Appointments > 3 - Behavioral Health",
        [(P, "Behavioral Health")],
    ),
    ("MenuPath", "MAIN|ONCOLOGY|INFUSION_SCHED", [(P, "ONCOLOGY")]),
    ("ivr_selections", "press 2 for Cardiology", [(P, "Cardiology")]),
    ("queue", "Oncology Scheduling", [(P, "Oncology")]),
    ("call_queue", "Sleep Medicine / New Patients", [(P, "Sleep Medicine")]),
    ("signal_name", "Appointment Booked - Orthopedics", [(P, "Orthopedics")]),
    ("signal.name", "Appointment Booked - Oncology", [(P, "Oncology")]),
    ("ivr_menu", "main_menu>physical_therapy", [(P, "physical_therapy")]),
    # a call-tracking line's disposition: what the call came to
    ("Disposition", "Scheduled - Ortho consult", [(P, "Ortho")]),
    ("call_outcome", "Booked - Cardiology consultation", [(P, "Cardiology")]),
]

NEGATIVES = [
    ("ivr_path", "Main Menu > 1 - Billing > 2 - Pay a Bill"),
    ("queue", "BH Scheduling"),  # shorthand: not a specialty name
    ("signal_name", "Appointment Booked"),
    ("menu_selections", "2,3,1"),
    ("department", "Oncology"),  # provider directories hold it beside a clinician's name
    ("page_title", "Oncology | Riverbend Health"),  # a site's copy: a stop term
    ("ivr_path", "Main Menu > 3 - Oncology Research Fundraising Office Hours"),
    ("Disposition", "Voicemail - no answer"),
    ("disposition", "f240bbac-87c9-4f6e-bf70-924b57d47db7"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


@pytest.mark.parametrize(
    ("path", "routing"),
    [
        ("ivr_path", True),
        ("MenuPath", True),
        ("signal.name", True),
        ("signal_name", True),
        ("Signal: Appointment Booked - Urology", False),  # the signal is the column, not its value
        ("queue_position", False),
        ("name", False),
        ("company.name", False),
    ],
)
def test_routing_field(path: str, routing: bool) -> None:
    assert routing_field(path) is routing


def test_options_skip_key_presses() -> None:
    text = "Main Menu > 2 - Appointments > press 3 for Behavioral Health"
    assert [text[s:e] for s, e in options(text)] == [
        "Main Menu",
        "Appointments",
        "Behavioral Health",
    ]


def test_an_amazon_connect_contact_trace_record_names_the_caller_not_the_call(engine):
    """A CTR as Kinesis Firehose lands it: the caller's number and what the contact flow
    collected are the caller's; the contact ids are the call's and the system endpoint is
    the instance's own (local) number."""

    record = {
        "AWSAccountId": "123456789012",
        "Agent": {"Username": "agent.one", "AfterContactWorkDuration": 45},
        "Attributes": {"callReason": "refill request", "memberId": "W284719365",
                       "dob": "1961-07-14"},
        "Channel": "VOICE",
        "ContactId": "5c2e8f1a-7b3d-4e9a-a1c2-9d8e7f6a5b4c",
        "CustomerEndpoint": {"Address": "+15035550143", "Type": "TELEPHONE_NUMBER"},
        "InitialContactId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
        "InitiationMethod": "INBOUND",
        "InitiationTimestamp": "2026-03-02T15:03:39Z",
        "PreviousContactId": "7d6c5b4a-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
        "Queue": {"Name": "Pharmacy Refills", "Duration": 31},
        "SystemEndpoint": {"Address": "+15035550100", "Type": "TELEPHONE_NUMBER"},
    }  # fmt: skip
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == {
        ("CustomerEndpoint.Address", "PHONE"),
        ("Attributes.memberId", "HEALTH_PLAN_ID"),
        ("Attributes.dob", "DATE"),
    }
