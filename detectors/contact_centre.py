"""Contact-centre exports: whose a contact id, a QA record's clock and a queue's line are.

A contact centre calls one call, chat or email a *contact* or an *interaction*, and its
tools export the records around it: the ACD's call log (Five9, Genesys Cloud, NICE
CXone), speech analytics' category hits and transcripts (CallMiner, Observe.AI, Amazon
Connect Contact Lens), QA evaluations, coaching and calibration sessions (Verint,
Calabrio, Playvox, MaestroQA) and the queue and DNIS configuration. Three of their
columns read as a person's by their names alone:

* a ``Contact ID`` is a CRM contact's record id (Salesforce's ``ContactId``, a bare
  ``Contact ID``: :mod:`detectors.field_names` reads it as OTHER_ID), but beside the call's
  own telephony columns (the caller's ``ANI``, the ``DNIS``, a hold or talk time, a
  wrap-up code, a transcript) it is the call's id, as an interaction id is: no person's
  (:func:`contact_ids`; Amazon Connect's trace records, told by ``InitiationMethod``, are
  :func:`detectors.chunk_profiles._contact_trace_ids`);
* a QA evaluation's, a coaching session's and a calibration's own dates (``Evaluation
  Date``, ``session_date``, ``held_on``) are the centre's workflow: when an evaluator
  scored an agent, not a date of the caller's care (:func:`qa_workflow_clocks`). Told by
  a reviewer (``Evaluator``, ``coach``, ``calibration_id``), a reference to the
  interaction reviewed and the agent or the form; a clinician's developmental evaluation
  or a health coach's session with a member has no interaction reference and no agent,
  and keeps its dates;
* a ``DNIS`` is the number a call was placed to, which on an outbound call is the
  patient's (the project reports a local DNIS on a call record); in a queue's
  configuration or a DNIS-to-queue map (a queue, a skill or a line name, and no caller
  and no call) it is one of the centre's own lines (:func:`routing_lines`);
* a workforce-management adherence row's ``Date`` (an adherence or conformance measure
  beside the agent's scheduled and actual state) is the agent's shift on the centre's
  schedule (:func:`adherence_clocks`); a PDC report's medication adherence keeps its
  fill dates.

A callback request's ``requested_window`` goes the other way: ``window`` is a machine
word (an attribution window), but beside a callback request it is the caller's asked-for
time (:func:`callback_times`).

Pure functions over a chunk's distinct paths, asked once per chunk by
:func:`detectors.chunk_profiles.profile_paths`, which turns the columns they name into
machine fields. No per-cell work.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.field_names import key_tokens

Keys = tuple[tuple[str, ...], ...]

#: Last keys of a contact's id as contact-centre tools head it (``Contact ID``,
#: ``contact_id``, ``ContactId``).
CONTACT_ID_KEYS = frozenset({("contact", "id"), ("contactid",)})
#: Token sets of a key only a call's own record has: the caller's ANI and the dialled
#: DNIS, a hold, talk or handle time, a wrap-up code or after-call work, a transcript. No
#: CRM contact carries them (a CRM's call activity names its person by ``WhoId``).
TELEPHONY_SIGNS: tuple[frozenset[str], ...] = tuple(
    frozenset(s.split())
    for s in (
        "ani", "dnis", "transcript", "transcripts", "wrapup", "wrap up", "acw", "aht",
        "hold time", "hold seconds", "hold secs", "hold sec", "hold duration",
        "talk time", "talk seconds", "talk duration", "handle time", "after call work",
    )
)  # fmt: skip


def _has_sign(tokens: tuple[str, ...], signs: Sequence[frozenset[str]]) -> bool:
    """True when a key's tokens hold every word of one of ``signs``."""
    words = frozenset(tokens)
    return any(sign <= words for sign in signs)


def contact_ids(paths: Sequence[str]) -> list[int]:
    """Indices of the contact ids that name a call, not a person: a ``Contact ID`` whose
    own object also holds a telephony column (:data:`TELEPHONY_SIGNS`, top-level or a
    list's items: Contact Lens's ``Transcript[0].Content``)."""
    keys = [key_tokens(p) for p in paths]
    found = []
    for i, k in enumerate(keys):
        if not k or k[-1] not in CONTACT_ID_KEYS:
            continue
        depth = len(k) - 1
        if any(
            len(other) > depth and other[:depth] == k[:depth]
            and _has_sign(other[depth], TELEPHONY_SIGNS)
            for other in keys
        ):  # fmt: skip
            found.append(i)
    return found


#: Words of a QA reviewer's key: the evaluator, grader or coach, a calibration's facilitator.
REVIEWER_WORDS = frozenset(
    {"evaluator", "evaluators", "grader", "graders", "coach", "coaching", "calibration"}
    | {"facilitator"}
)
#: Words of the reviewed interaction's reference (``interactionId``, ``interaction_ref``,
#: ``conversation_id``, ``Call ID``, a recording's id); a bare ``contact id`` too.
INTERACTION_WORDS = frozenset(
    {"interaction", "interactions", "conversation", "conversations", "call", "recording"}
)
_REFERENCE_LAST = frozenset({"id", "ref", "reference", "uuid", "guid", "sid"})
#: Words of the reviewed agent or the QA form it was scored on.
REVIEWED_WORDS = frozenset({"agent", "agents", "form", "scorecard", "rubric"})
#: Last words of a clock column (``Evaluation Date``, ``held_on``, ``graded_at``).
CLOCK_LAST = frozenset({"date", "on", "at", "time", "datetime", "timestamp", "day"})
#: Words of a person's own date, kept wherever it stands (a quoted DOB has its own column
#: only in a form that is no QA record; a callback is the caller's).
PERSON_DATE_WORDS = frozenset(
    {"birth", "dob", "birthdate", "service", "dos", "visit", "appointment", "appt", "admit"}
    | {"admission", "discharge", "callback", "surgery", "procedure", "death", "onset"}
)


def _reference(tokens: tuple[str, ...]) -> bool:
    """A key naming a reviewed interaction: one of its words, then an id or a ref
    (``interaction_ref``), or a bare contact id."""
    return tokens in CONTACT_ID_KEYS or (
        len(tokens) > 1
        and tokens[-1] in _REFERENCE_LAST
        and not INTERACTION_WORDS.isdisjoint(tokens[:-1])
    )


def qa_record(keys: Sequence[tuple[tuple[str, ...], ...]]) -> bool:
    """True when a chunk's keys make it a contact centre's QA record: a reviewer, the
    interaction reviewed and the agent or the form (all three)."""
    segments = [seg for k in keys for seg in k]
    return (
        any(not REVIEWER_WORDS.isdisjoint(seg) for seg in segments)
        and any(_reference(seg) for seg in segments)
        and any(not REVIEWED_WORDS.isdisjoint(seg) for seg in segments)
    )


def qa_workflow_clocks(paths: Sequence[str]) -> list[int]:
    """Indices of a QA record's own top-level date columns (:func:`qa_record`): an
    evaluation's, a coaching session's or a calibration's day, the centre's workflow. A
    person's dates (:data:`PERSON_DATE_WORDS`) and free text are left to the date family."""
    keys = [key_tokens(p) for p in paths]
    if not qa_record(keys):
        return []
    return [
        i
        for i, k in enumerate(keys)
        if len(k) == 1 and k[0][-1] in CLOCK_LAST and PERSON_DATE_WORDS.isdisjoint(k[0])
    ]


#: Last keys of a dialled-number column (``DNIS``, a queue's ``dnis[]`` list).
DNIS_KEYS = frozenset({("dnis",), ("dnis", "number"), ("dnis", "numbers"), ("dnis", "list")})
#: Token sets of a routing table's keys: a queue, a skill, a line's name, a service-level
#: target, an overflow queue, a toll-free flag.
ROUTING_SIGNS: tuple[frozenset[str], ...] = tuple(
    frozenset(s.split())
    for s in ("queue", "skill", "overflow", "line name", "service level target", "toll free")
)
#: Words that put a caller or a call on the row (the caller's number or name, a call's id,
#: start or talk time): a call record, whose DNIS the project reads as a person's line on
#: an outbound call.
CALL_WORDS = frozenset(
    {"ani", "caller", "customer", "from", "member", "patient", "call", "contact"}
    | {"conversation", "interaction", "start", "started", "duration", "talk", "hold"}
)


def routing_lines(paths: Sequence[str]) -> list[int]:
    """Indices of the DNIS columns of a queue's configuration or a DNIS-to-queue map: a
    routing sign (:data:`ROUTING_SIGNS`) and no caller or call word (:data:`CALL_WORDS`)
    on any key. The numbers a queue answers are the centre's, as a tracking number is."""
    keys = [key_tokens(p) for p in paths]
    dnis = [i for i, k in enumerate(keys) if k and k[-1] in DNIS_KEYS]
    if not dnis:
        return []
    segments = [seg for k in keys for seg in k]
    if any(not CALL_WORDS.isdisjoint(seg) for seg in segments):
        return []
    if not any(_has_sign(seg, ROUTING_SIGNS) for seg in segments):
        return []
    return dnis


#: Words of a callback's own schedule: the window or time the caller asked to be called
#: back in (a callback request's ``requested_window``, Genesys Cloud's
#: ``callbackScheduledTime``, a ``preferred_time``).
CALLBACK_SCHEDULE_WORDS = frozenset({"window", "scheduled", "requested", "preferred"})
_SCHEDULE_LAST = frozenset({"window", "time", "date", "datetime", "at", "on"})
#: Words of the tool's own stamps on the same row, never the caller's.
_STAMP_WORDS = frozenset({"created", "updated", "modified", "completed", "closed", "last"})


#: Words that make a ``callback`` a program's (a webhook's ``callback_url``, a JSONP
#: ``callback`` function), not a caller's request to be called back.
_SOFTWARE_CALLBACK_WORDS = frozenset({"url", "uri", "endpoint", "webhook", "function", "fn"})


def _callback_request(tokens: tuple[str, ...]) -> bool:
    """A key of a caller's callback request (``callback_id``, ``callbackNumbers``)."""
    words = frozenset(tokens)
    return bool(words & {"callback", "callbacks"}) and words.isdisjoint(_SOFTWARE_CALLBACK_WORDS)


def callback_times(paths: Sequence[str]) -> list[int]:
    """Indices of a callback request's schedule columns: in a chunk with a callback
    request (a key with the word ``callback``, not a webhook's URL), a window or time the
    caller asked for is a date of the caller's, as a booked appointment is (the nurse-line
    probe's scheduled callback). ``window`` and ``time`` keys are machine fields elsewhere
    (an attribution window, a ``start_time``); the tool's own stamps stay so."""
    keys = [key_tokens(p) for p in paths]
    if not any(_callback_request(seg) for k in keys for seg in k):
        return []
    return [
        i
        for i, k in enumerate(keys)
        if k
        and k[-1][-1] in _SCHEDULE_LAST
        and not CALLBACK_SCHEDULE_WORDS.isdisjoint(k[-1])
        and _STAMP_WORDS.isdisjoint(k[-1])
    ]


#: Words of a workforce-management adherence measure (NICE IEX's, Verint's, Calabrio's
#: ``Adherence %``, ``Conformance %``, ``Out of Adherence (min)``).
ADHERENCE_WORDS = frozenset({"adherence", "conformance"})
#: Token sets of an agent's scheduled or actual state beside it (``Scheduled Activity``,
#: ``Actual State``, ``agent_state``): what only a schedule's row has.
AGENT_STATE_SIGNS: tuple[frozenset[str], ...] = tuple(
    frozenset(s.split())
    for s in ("scheduled activity", "actual activity", "actual state", "agent state")
)
#: Words of a patient's medication adherence (a PDC report's member, fill and drug), which
#: keeps its dates: a fill date is the patient's.
_PATIENT_ADHERENCE_WORDS = frozenset(
    {"member", "patient", "fill", "rx", "drug", "medication", "pdc", "dose"}
)


def adherence_clocks(paths: Sequence[str]) -> list[int]:
    """Indices of a workforce-management adherence row's top-level date columns: an
    adherence or conformance measure beside an agent's scheduled or actual state, and no
    patient's medication word. The day is the agent's shift on the centre's schedule, not
    a date of anyone's care."""
    keys = [key_tokens(p) for p in paths]
    segments = [seg for k in keys for seg in k]
    if not (
        any(not ADHERENCE_WORDS.isdisjoint(seg) for seg in segments)
        and any(_has_sign(seg, AGENT_STATE_SIGNS) for seg in segments)
        and all(_PATIENT_ADHERENCE_WORDS.isdisjoint(seg) for seg in segments)
    ):
        return []
    return [
        i
        for i, k in enumerate(keys)
        if len(k) == 1 and k[0][-1] in CLOCK_LAST and PERSON_DATE_WORDS.isdisjoint(k[0])
    ]
