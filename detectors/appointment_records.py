"""DATE in a bare start-time field of a record that is an appointment.

Scheduling exports (Zocdoc-, Kyruus-, DocASAP-like bookings, reminder logs, the webhooks
they post into a CRM) name the visit's time ``start_time``, ``start``, ``starts_at`` or
``scheduled_for``: the same names a call log, a job or a session uses for a machine time,
so the field-name classifier leaves them alone (``start_time`` is a system field). Yet an
appointment's date is a Safe Harbor DATE (45 CFR 164.514(b)(2)(i)(C): "admission ...
dates" and the like). The rest of the record says which it is: when a field *beside* it
(same parent object) names the appointment (``appointment_id``, ``appointment_type``,
``booking_id``, ``visit_reason``, ``reason_for_visit``), the record is a booking, and a
date-shaped value of its start-time field is the visit's date.

Decisions worth knowing:
    * Only start and arrival times (:data:`START_KEYS`; a waiting room's ``joined_at`` is
      when the patient came to the visit): the booking's own bookkeeping (``booked_at``,
      ``created_at``, ``updated_at``) stays a machine time, and an end time adds nothing
      that the start does not already give away.
    * A visit object that holds the person it is for (a home-care scheduler's
      ``visit.client``, :data:`VISIT_PERSON_WORDS`) is a care visit: its start is a DATE.
    * So is a record that names the care booked and the patient it is booked for, side by
      side: Jane's appointment (``treatment.name`` beside ``patient.first_name``),
      Mindbody's (``SessionType`` beside ``ClientFirstName``). Either alone is not: an
      experiment's ``treatment`` arm has a start date, and an OAuth client a session.
    * The sibling must *name* the appointment (:data:`APPOINTMENT_WORDS` with an id, type,
      status or reason word, or a visit's reason): a call log's custom field
      ``appointment_booked`` is a flag about the call, so the call's ``start_time`` is not
      a visit date.
    * A slot inventory or an availability feed (``slot_start`` beside a ``visit_type``,
      with no column naming a person in the chunk:
      :func:`detectors.chunk_profiles.calendar_columns`) is the department's calendar: an
      open slot is no one's date until a patient books it.
    * Siblings are judged by field paths across the chunk, as :mod:`detectors.person_records`
      judges contact cards: one pass over the chunk's paths, one vectorized check of the
      candidate cells (:func:`detectors.field_names.VALIDATORS` ``DATE``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from detectors.chunk_profiles import calendar_columns
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import VALIDATORS, key_tokens, whole_values
from detectors.registry import register
from detectors.spans import Span

ENTITY = "DATE"
SCORE = 0.8
#: Keys of a record's start time (tokens joined by ``_``).
START_KEYS = frozenset(
    {
        "start", "starts", "start_time", "start_at", "starts_at", "start_datetime",
        "start_date_time", "start_date", "scheduled_for", "scheduled_time", "scheduled_at",
        "scheduled_start", "slot_start", "slot_time", "begins_at",
        # a telehealth waiting room's or a front desk's arrival: when the patient came to
        # the visit (Doxy.me-like ``joined_at`` beside the reason for the visit)
        "joined_at", "join_time", "checked_in_at", "checkin_time", "arrived_at",
        "arrival_time",
        # a video visit's own start (an urgent-care or telehealth platform's
        # ``visit.started_at`` beside the visit's reason)
        "started_at", "started",
        # an EHR-integrated video visit's connection (an Epic-like video client log's
        # ``CONNECT_TIME`` beside the encounter's CSN): when the patient came to the visit
        "connect_time", "connected_at", "connected_time",
    }
)  # fmt: skip
#: A telehealth consult is a visit booked with a clinician (a physician network's
#: ``consult_id`` beside its ``scheduled_at``, a DTC lab's follow-up ``consultation_type``
#: for an abnormal result): its start is the patient's appointment, as a booking's is.
APPOINTMENT_WORDS = frozenset(
    {"appointment", "appt", "booking", "reservation", "consult", "consultation"}
)
#: An encounter's own id beside a start time (``encounter_id``, Epic's ``PAT_ENC_CSN_ID``:
#: the contact serial number of one patient's encounter): the record is that encounter's,
#: as a booking's id makes it a booking's. Only with an id word (:func:`_names_appointment`).
ENCOUNTER_WORDS = frozenset({"encounter", "csn"})
#: What a sibling key names about the appointment (``appointment_id``, ``booking_status``).
APPOINTMENT_ATTRIBUTES = frozenset({"id", "type", "status", "reason", "number", "uid"})
#: Keys that name a visit's reason, which only a booking carries.
VISIT_REASON_KEYS = frozenset(
    {
        ("visit", "reason"),
        ("reason", "for", "visit"),
        ("visit", "type"),
        ("reason", "for", "appointment"),
        # an electronic visit verification record (Tellus-, Sandata-like ``visit`` with its
        # ``verificationMethod`` = "GPS"): a caregiver's visit to a client's home, verified
        # as the law requires of Medicaid home care; a web session is never verified
        ("verification", "method"),
        ("evv", "method"),
        ("evv", "status"),
    }
)


#: Objects of one visit or booking whose bare ``reason`` names why the patient came
#: (``visit.reason``, ``appointment.reason``): a web analytics "visit" (a session) has
#: no reason.
VISIT_OBJECT_WORDS = frozenset({"visit", "visits", "encounter", "encounters"} | APPOINTMENT_WORDS)
#: Bare keys of a visit object's reason.
VISIT_OBJECT_REASON_KEYS = frozenset({("reason",), ("chief", "complaint"), ("complaint",)})


def _reason_in_visit(parent: tuple[tuple[str, ...], ...], key: tuple[str, ...]) -> bool:
    """True for a bare reason under a visit's or a booking's own object (see
    :data:`VISIT_OBJECT_WORDS`)."""
    return (
        key in VISIT_OBJECT_REASON_KEYS
        and bool(parent)
        and bool(parent[-1])
        and parent[-1][-1] in VISIT_OBJECT_WORDS
    )


#: Keys of the person a visit object is for (a home-care scheduler's ``visit.client``, an
#: EVV feed's ``visit.patient_id``): a web analytics visit holds a browser, never a client
#: or a patient, so a visit holding one is a care visit to that person.
VISIT_PERSON_WORDS = frozenset({"client", "patient", "member", "resident"})


def _person_in_visit(keys: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...] | None:
    """The visit object (its keys) that a leaf's path puts a person's key or object in
    (``visit.client.first_name``, ``visit.patient_id``), else None."""
    for j in range(1, len(keys)):
        person = bool(keys[j]) and keys[j][0] in VISIT_PERSON_WORDS
        if person and keys[j - 1] and keys[j - 1][-1] in VISIT_OBJECT_WORDS:
            return keys[:j]
    return None


#: Keys of the care a booking is for (Jane's ``treatment`` object or ``treatment_id``,
#: Mindbody's ``SessionType`` and ``SessionTypeId``): the first token ``treatment``, or a
#: session's type.
CARE_SESSION_KEYS = frozenset(
    {("session", "type"), ("session", "type", "id"), ("session", "type", "name")}
    # Mindbody's class visit (``VisitId`` beside ``ClientName`` and the class's
    # ``StartDateTime``): the client's booked visit, as a session type's booking is; a web
    # analytics visit names no client
    | {("visit", "id")}
)
#: Words of a person's name after the client's or the patient's word (``ClientFirstName``,
#: ``patient.first_name``, ``patient_name``).
_NAME_WORDS = frozenset({"name", "first", "last", "firstname", "lastname", "fullname"})
_BOOKED_PERSON_WORDS = frozenset({"client", "patient"})


def _care_booked(keys: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...] | None:
    """The object a path's care key or care object stands in (``treatment.name`` -> the
    record, ``SessionTypeId`` -> the record), else None."""
    for j, key in enumerate(keys):
        if key and (key[0] == "treatment" or key in CARE_SESSION_KEYS):
            return keys[:j]
    return None


def _named_person(keys: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...] | None:
    """The object a client's or a patient's name stands in (``ClientFirstName``,
    ``patient.first_name`` -> the record), else None: a bare ``client_id`` is an OAuth
    client's as often, so only a name says the record is booked for a person."""
    for j, key in enumerate(keys):
        if not key or key[0] not in _BOOKED_PERSON_WORDS:
            continue
        inner = key[1:] if len(key) > 1 else (keys[j + 1] if j + 1 < len(keys) else ())
        if not _NAME_WORDS.isdisjoint(inner):
            return keys[:j]
    return None


def _names_appointment(key: tuple[str, ...]) -> bool:
    """True for a key that names the record's appointment (see the module doc)."""
    if key in VISIT_REASON_KEYS:
        return True
    if len(key) >= 2 and key[-1] == "id" and not ENCOUNTER_WORDS.isdisjoint(key[:-1]):
        return True
    return (
        len(key) >= 2
        and key[-1] in APPOINTMENT_ATTRIBUTES
        and not APPOINTMENT_WORDS.isdisjoint(key[:-1])
    )


#: The patient's word before a start key (Epic Clarity's ``PAT_CONNECT_TIME`` beside the
#: provider's ``PROV_CONNECT_TIME``, a ``patient_joined_at``): the patient's own arrival,
#: which a bare start key beside an appointment already is.
PATIENT_PREFIXES = frozenset({"pat", "patient"})


def _start_key(key: tuple[str, ...]) -> bool:
    """True for a start key (:data:`START_KEYS`), also after the patient's word."""
    if "_".join(key) in START_KEYS:
        return True
    return len(key) > 1 and key[0] in PATIENT_PREFIXES and "_".join(key[1:]) in START_KEYS


def appointment_start_paths(paths: tuple[str, ...]) -> set[int]:
    """Ids of the start-time paths with a field beside them that names an appointment."""
    starts: dict[tuple[tuple[str, ...], ...], list[int]] = defaultdict(list)
    booked: set[tuple[tuple[str, ...], ...]] = set()
    care: set[tuple[tuple[str, ...], ...]] = set()
    named: set[tuple[tuple[str, ...], ...]] = set()
    for i, path in enumerate(paths):
        keys = key_tokens(path)
        if not keys:
            continue
        parent, key = keys[:-1], keys[-1]
        if _start_key(key):
            starts[parent].append(i)
        elif _names_appointment(key) or _reason_in_visit(parent, key):
            booked.add(parent)
        visit = _person_in_visit(keys)
        if visit is not None:
            booked.add(visit)
        for found, into in ((_care_booked(keys), care), (_named_person(keys), named)):
            if found is not None:
                into.add(found)
    booked |= care & named
    return {i for parent, ids in starts.items() if parent in booked for i in ids}


class AppointmentRecordDateDetector:
    """A date in a bare start-time field beside a field that names an appointment."""

    name = "appointment_records"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        # an open slot of a calendar no person is booked into is no one's date
        targets = appointment_start_paths(ctx.cells.paths).difference(
            calendar_columns(ctx.cells.paths, ctx.profiles)
        )
        if not targets:
            return
        cells = ctx.path_cells(targets)
        vals = whole_values(ctx, cells)
        yield from vals.spans(vals.usable & VALIDATORS[ENTITY](vals.text), ENTITY, SCORE)


@register("appointment_records")
def _factory(config: EngineConfig) -> AppointmentRecordDateDetector | None:
    return AppointmentRecordDateDetector() if ENTITY in config.entities else None
