"""Contact-centre exports (:mod:`detectors.contact_centre`): a call's contact id, a QA
record's own clocks, a queue's lines and a callback's requested window, each told by the
columns beside it."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.chunk_profiles import profile_paths
from detectors.contact_centre import (
    adherence_clocks,
    callback_times,
    contact_ids,
    qa_workflow_clocks,
    routing_lines,
)
from detectors.field_names import profile_path


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("paths", "calls"),
    [
        # a speech-analytics export: the caller's ANI and the dialled DNIS beside it
        (["contact_id", "ani", "dnis", "queue"], [0]),
        # a QA scorecard's CSV: the ANI alone
        (["Contact ID", "Agent Name", "ANI", "Total Score"], [0]),
        # a billing queue's call: its hold time
        (["Contact ID", "Queue", "Hold Time", "Disposition"], [0]),
        # Contact Lens: the transcript's turns, a list under the contact
        (["ContactId", "Transcript[0].Content", "Transcript[0].BeginOffsetMillis"], [0]),
        # a wrap-up code, an after-call work time, nested under the call's own object
        (["call.ContactId", "call.wrapUpCode", "caller.name"], [0]),
        (["contactId", "afterCallWorkSeconds"], [0]),
    ],
)
def test_a_calls_contact_id_is_the_calls(paths: list[str], calls: list[int]) -> None:
    assert contact_ids(paths) == calls
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in calls)


@pytest.mark.parametrize(
    "paths",
    [
        # a CRM's contact: its id is a person's record id
        ["ContactId", "FirstName", "LastName", "Phone", "Email"],
        # Salesforce Case: a contact and a phone origin, no telephony column
        ["CaseNumber", "ContactId", "Origin", "Status", "Description"],
        # the telephony column sits in another object than the contact id
        ["ContactId", "call.ani", "call.dnis"],
        # a HubSpot call engagement: the person's ids under associations
        ["associations.contactIds[0]", "metadata.body", "metadata.durationMilliseconds"],
        # a hospice's "contact" of a family: its phone and relationship
        ["contact_id", "contact_phone", "relationship"],
    ],
)
def test_a_persons_contact_id_stays_a_record_id(paths: list[str]) -> None:
    assert contact_ids(paths) == []
    assert profile_paths(paths)[0] == profile_path(paths[0])


@pytest.mark.parametrize(
    ("paths", "clocks"),
    [
        # Verint: evaluator, contact, agent, form
        (
            ["Contact ID", "Agent Name", "Evaluator", "Form", "Evaluation Date", "ANI"],
            [4],
        ),
        # MaestroQA: a coaching session on an interaction
        (["coaching_id", "agent_email", "coach", "session_date", "interaction_ref"], [3]),
        # Playvox: a calibration session
        (["calibration_id", "interaction_id", "form", "facilitator", "held_on"], [4]),
        # a caller's birth date column on the same record stays the caller's
        (["evaluator", "call_id", "agent", "caller_dob", "evaluated_on"], [4]),
    ],
)
def test_a_qa_records_own_dates_are_the_centres(paths: list[str], clocks: list[int]) -> None:
    assert qa_workflow_clocks(paths) == clocks
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in clocks)


@pytest.mark.parametrize(
    "paths",
    [
        # a developmental evaluation: the clinician evaluator and the child, no interaction
        ["child_name", "evaluator", "evaluation_date", "instrument", "score"],
        # a health coach's session with a member: no interaction reference, no agent
        ["member_id", "coach", "session_date", "notes"],
        # an agent's own schedule: no reviewer
        ["agent", "interaction_id", "shift_date"],
        # a QA form's questions with no interaction reviewed
        ["evaluator", "form", "updated_on"],
    ],
)
def test_other_evaluations_and_sessions_keep_their_dates(paths: list[str]) -> None:
    assert qa_workflow_clocks(paths) == []


@pytest.mark.parametrize(
    ("paths", "lines"),
    [
        # a queue's configuration: its DNIS list
        (["queue_id", "queue_name", "dnis[0]", "dnis[1]", "service_level_target"], [2, 3]),
        # a DNIS-to-queue map
        (["DNIS", "Line Name", "Queue", "Tracking Source", "Toll Free"], [0]),
        (["dnis_number", "skill", "hours"], [0]),
    ],
)
def test_a_queues_dnis_is_the_centres_line(paths: list[str], lines: list[int]) -> None:
    assert routing_lines(paths) == lines


@pytest.mark.parametrize(
    "paths",
    [
        # a call record (an outbound call's DNIS is the patient's line)
        ["CALL ID", "ANI", "DNIS", "CAMPAIGN", "SKILL"],
        ["DNIS", "Queue", "Call Start", "Duration"],
        ["dnis", "queue", "caller_name"],
        # a DNIS with no routing column at all
        ["DNIS", "notes"],
    ],
)
def test_a_call_records_dnis_is_left_to_the_phone_rules(paths: list[str]) -> None:
    assert routing_lines(paths) == []


@pytest.mark.parametrize(
    ("paths", "windows"),
    [
        (["callback_id", "customer_name", "callback_number", "requested_window"], [3]),
        (["callbackNumbers[0]", "callbackScheduledTime", "queueId"], [1]),
        (["callback_number", "preferred_time", "created_at"], [1]),
    ],
)
def test_a_callbacks_requested_window_is_the_callers(paths: list[str], windows: list[int]) -> None:
    assert callback_times(paths) == windows
    profiles = profile_paths(paths)
    assert all(not profiles[i].system and "scheduled" in profiles[i].words for i in windows)


@pytest.mark.parametrize(
    "paths",
    [
        # an attribution window with no callback: an ad platform's setting
        ["click_through_window", "view_through_window", "conversion_action"],
        # the tool's own stamps beside a callback
        ["callback_number", "created_at", "last_requested_at"],
        # a webhook's callback URL is no callback request
        ["callback_url", "window"],
    ],
)
def test_other_windows_stay_machine_fields(paths: list[str]) -> None:
    assert callback_times(paths) == []


def test_the_rules_in_a_scan(engine: Engine) -> None:
    """One record of each shape scanned whole: what is dropped, what stays."""
    call = {"Contact ID": "300118823417", "ANI": "(614) 293-7741", "Hold Time": "95"}
    assert found_fields(engine, call) == {("ANI", "PHONE")}
    person = {"Contact ID": "003-88213907", "First Name": "Dana", "Email": "dana@example.org"}
    assert ("Contact ID", "OTHER_ID") in found_fields(engine, person)
    queue = {"queue_name": "Oncology Scheduling", "dnis": ["+16145550190"], "overflow_queue": "Q2"}
    assert ("dnis[0]", "PHONE") not in found_fields(engine, queue)
    callback = {"callback_number": "+1 404 555 0176", "requested_window": "2024-11-05 13:00-15:00"}
    assert ("requested_window", "DATE") in found_fields(engine, callback)
    coaching = {"coach": "R. Alvarez", "agent": "D. Wilson", "interaction_id": "INT-7781"}
    assert ("session_date", "DATE") not in found_fields(
        engine, coaching | {"session_date": "2024-11-07"}
    )
    health_coaching = {"coach": "R. Alvarez", "member_id": "M123", "session_date": "2024-11-07"}
    assert ("session_date", "DATE") in found_fields(engine, health_coaching)


@pytest.mark.parametrize(
    ("paths", "clocks"),
    [
        # NICE IEX-like adherence export
        (
            ["Agent", "Emp ID", "Date", "Scheduled Activity", "Actual State", "Adherence %"],
            [2],
        ),
        (["agent_id", "shift_date", "agent_state", "conformance_pct"], [1]),
    ],
)
def test_an_adherence_rows_date_is_the_schedules(paths: list[str], clocks: list[int]) -> None:
    assert adherence_clocks(paths) == clocks
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in clocks)


@pytest.mark.parametrize(
    "paths",
    [
        # a pharmacy's medication adherence (PDC) report: the fill date is the patient's
        ["Member ID", "Drug", "Last Fill Date", "Adherence %", "Actual State"],
        # an adherence measure with no agent state
        ["Agent", "Date", "Adherence %"],
        # a state with no adherence measure
        ["Agent", "Date", "Scheduled Activity", "Actual State"],
    ],
)
def test_other_adherence_keeps_its_dates(paths: list[str]) -> None:
    assert adherence_clocks(paths) == []
