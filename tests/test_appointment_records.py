"""A bare start-time field is an appointment's DATE when a field beside it names the
appointment (detectors.appointment_records)."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.appointment_records import appointment_start_paths


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


def _dates(engine: Engine, record: dict) -> list[tuple[str, str]]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted((r["field"], r["detector"]) for r in rows if r["entity"] == "DATE")


@pytest.mark.parametrize(
    ("record", "field"),
    [
        # Zocdoc-like booking export
        (
            {"appointment_id": "zd_apt_8c1f", "start_time": "2024-03-21T10:00:00-04:00"},
            "start_time",
        ),
        ({"booking_id": "B-2231", "starts_at": "2024-03-21 10:00"}, "starts_at"),
        ({"visit_reason": "Migraine", "start": "03/21/2024 10:00 AM"}, "start"),
        ({"appointment_type": "New Patient", "scheduled_for": "2024-03-21"}, "scheduled_for"),
        # a telehealth waiting room's join beside the reason for the visit
        (
            {"reason_for_visit": "UTI symptoms", "joined_at": "2024-11-02T14:03:11Z"},
            "joined_at",
        ),
        # nested: the booking object of a webhook
        (
            {"data": {"appointment_status": "booked", "slot_start": "2024-03-21T10:00:00Z"}},
            "data.slot_start",
        ),
        # a video visit object's own start beside its bare reason (urgent-care probe)
        (
            {"visit": {"reason": "Rash on arms", "started_at": "2024-11-18T19:40:12Z"}},
            "visit.started_at",
        ),
        # an EVV submission's visit, verified at the client's home (home health probe)
        (
            {"visit": {"startTime": "2024-10-16T13:00:00-04:00", "verificationMethod": "GPS"}},
            "visit.startTime",
        ),
        ({"evv_status": "Verified", "start_time": "2024-10-16 13:00"}, "start_time"),
        # a home-care scheduler's visit holding its client (AlayaCare-like JSON)
        (
            {"visit": {"client": {"first_name": "A"}, "start_at": "2024-10-19T14:00:00-04:00"}},
            "visit.start_at",
        ),
        # a telehealth consult booked for an abnormal result (DTC lab kits probe)
        (
            {"consult_id": "cst_a19f77e0", "scheduled_at": "2024-10-10T19:30:00-04:00"},
            "scheduled_at",
        ),
        ({"consultation_type": "Results review", "start_time": "2024-10-10 19:30"}, "start_time"),
        # the care booked beside the patient's name (integrative probe): Jane's
        # appointment, Mindbody's
        (
            {
                "start_at": "2024-10-15T09:30:00-07:00",
                "treatment": {"id": 12, "name": "Initial Chiro Exam"},
                "patient": {"id": 48213, "first_name": "Marisol"},
            },
            "start_at",
        ),
        (
            {
                "ClientFirstName": "Priya",
                "SessionTypeId": 41,
                "StartDateTime": "2024-10-19T11:00:00",
            },
            "StartDateTime",
        ),
        # Mindbody's class visit: the visit's id beside the client's name (fitness probe)
        (
            {
                "VisitId": 7718840,
                "ClientName": "Hannah Lindqvist",
                "StartDateTime": "2024-11-12T18:30:00",
            },
            "StartDateTime",
        ),
        # an Epic-like video client log: the patient's connection beside the encounter's
        # CSN, and an encounter id beside a bare start (video-visit probe)
        (
            {"PAT_ENC_CSN_ID": "1088247761", "CONNECT_TIME": "11/05/2024 16:00:42"},
            "CONNECT_TIME",
        ),
        ({"encounter_id": "E-5512", "start_time": "2024-11-05T16:00:42Z"}, "start_time"),
        ({"csn_id": "1088247761", "connected_at": "2024-11-05T16:00:42Z"}, "connected_at"),
        # the patient's own connection beside the provider's (Clarity's ``PAT_`` prefix)
        (
            {
                "PAT_ENC_CSN_ID": "1088243317",
                "PAT_CONNECT_TIME": "11/05/2024 14:31",
                "PROV_CONNECT_TIME": "11/05/2024 14:32",
            },
            "PAT_CONNECT_TIME",
        ),
        ({"appointment_id": "A1", "patient_joined_at": "2024-11-05T14:31"}, "patient_joined_at"),
    ],
)
def test_start_time_of_an_appointment(engine: Engine, record: dict, field: str) -> None:
    assert _dates(engine, record) == [(field, "regex")]


@pytest.mark.parametrize(
    "record",
    [
        # a call log: its start time is the call's, and a flag about the call names no visit
        {"id": "CAL1", "start_time": "2024-03-14T11:27:48-04:00", "appointment_booked": True},
        {"session_id": "s1", "start_time": "2024-03-14T11:27:48Z"},
        # a challenge's or a community's join names no visit
        {"challenge_id": "C1", "joined_at": "2024-09-30T12:00:00Z"},
        # the booking's bookkeeping stays a machine time
        {"appointment_id": "A1", "created_at": "2024-03-10T21:14:09Z"},
        {"appointment_id": "A1", "booked_at": "2024-03-10T21:14:09Z"},
        # a start time in another object than the one naming the appointment
        {"appointment_id": "A1", "job": {"start_time": "2024-03-10T21:14:09Z"}},
        # not a date
        {"appointment_id": "A1", "start_time": "10:00 AM"},
        # a web analytics visit (a session) has no reason; a job's reason names no visit
        {"visit": {"page_count": 4, "started_at": "2024-11-18T19:40:12Z"}},
        {"job": {"reason": "retry", "started_at": "2024-11-18T19:40:12Z"}},
        # a verification elsewhere in the record, or a visit's end alone, names no start
        {"user": {"verificationMethod": "sms"}, "start_time": "2024-10-16T13:00:00Z"},
        {"visit": {"endTime": "2024-10-16T15:00:00-04:00", "verificationMethod": "GPS"}},
        # a web visit holds a browser, not a client; a client outside a visit names none
        {"visit": {"browser": "Chrome", "start_at": "2024-10-19T14:00:00Z"}},
        {"client": {"first_name": "A"}, "session": {"start_at": "2024-10-19T14:00:00Z"}},
        # a web analytics visit's id names no client: its start is the session's
        {"visit_id": "v-88213", "StartDateTime": "2024-11-12T18:30:00"},
        # a consult's own bookkeeping, and a consultant word that names no consult
        {"consult_id": "cst_1", "created_at": "2024-10-09T15:40:12Z"},
        {"consultant_id": "u_77", "scheduled_at": "2024-10-10T19:30:00Z"},
        # an experiment's treatment arm, a care key without a named person, and an OAuth
        # client's id beside a session's type name no booking
        {"experiment": "checkout_v2", "treatment": "B", "start_at": "2024-10-19T11:00:00Z"},
        {"treatment": {"name": "Initial Chiro Exam"}, "start_at": "2024-10-19T11:00:00Z"},
        {"client_id": "a8f3c2", "session_type": "websocket", "start_time": "2024-10-19 11:00"},
        # a call's or a socket's connection names no encounter; an encounter's type without
        # its id, and the encounter's own bookkeeping, name no start either
        {"call_id": "CA1", "connect_time": "2024-11-05 16:00:42"},
        {"socket_id": "ws_1", "connected_at": "2024-11-05T16:00:42Z"},
        {"encounter_type": "Office Visit", "connect_time": "2024-11-05 16:00:42"},
        {"PAT_ENC_CSN_ID": "1088247761", "DISCONNECT_TIME": "11/05/2024 16:21:09"},
        {"encounter_id": "E-5512", "created_at": "2024-11-05T16:00:42Z"},
        # a patient's connection with nothing beside it naming an appointment or encounter
        {"call_id": "CA1", "pat_connect_time": "2024-11-05 16:00:42"},
        {"patient": {"first_name": "A"}, "start_at": "2024-10-19T11:00:00Z"},
    ],
)
def test_not_an_appointment_date(engine: Engine, record: dict) -> None:
    assert _dates(engine, record) == []


def test_paths_are_grouped_by_parent() -> None:
    paths = ("appointment_id", "start_time", "call.start_time", "call.id")
    assert appointment_start_paths(paths) == {1}


@pytest.mark.parametrize(
    ("record", "dated"),
    [
        # a slot inventory or availability feed: the department's calendar, no one's date
        (
            {
                "dept_id": "10501032",
                "visit_type": "NEW PATIENT",
                "prov_id": "E10023",
                "slot_start": "2024-05-02T10:20:00",
                "slot_length_min": "20",
                "status": "OPEN",
            },
            False,
        ),
        (
            {
                "provider_npi": "1234567893",
                "visit_type": "Follow-up",
                "slot_start": "2024-05-02T10:20:00",
            },
            False,
        ),
        # the same slot with a person beside it, or named as a booking, is an appointment
        (
            {
                "patient": {"phone": "608-555-0133"},
                "visit_type": "Follow-up",
                "slot_start": "2024-05-02T10:20:00",
            },
            True,
        ),
        (
            {
                "Phone": "608-555-0133",
                "visit_type": "Follow-up",
                "slot_start": "2024-05-02T10:20:00",
            },
            True,
        ),
        (
            {
                "mychart_username": "jsmith1961",
                "visit_type": "COVID-19 Vaccine",
                "slot_start": "2024-03-22T15:40:00",
            },
            True,
        ),
        (
            {"booking_id": "B-1", "visit_type": "Follow-up", "slot_start": "2024-05-02T10:20:00"},
            True,
        ),
    ],
)
def test_an_open_slot_is_no_ones_date(engine: Engine, record: dict, dated: bool) -> None:
    assert bool(_dates(engine, record)) is dated
