"""What a chunk's field paths say together: the shapes of whole exports that decide whose
a column's values are.

:func:`detectors.field_names.profile_path` reads one path alone, and for most columns that
is enough (``dob`` is a DATE's place wherever it is). Some columns are ambiguous until the
rest of the chunk is seen: a bare ``date`` is a person's in a form and the request's clock
in a web server's log; ``customer_id`` is a shopper in a CRM table and the advertiser in an
ad report; ``start`` is a patient's appointment in a booking and the calendar's in a slot
list. :func:`profile_paths` asks each export shape once per chunk, over its distinct
paths, and turns the columns the shape owns into machine fields (or re-words them), so
every family downstream reads them the same way. Each shape is one small predicate here;
aggregate BI and KPI reports have their own module (:mod:`detectors.aggregate_reports`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from itertools import pairwise

from detectors.aggregate_reports import (
    aggregate_report,
    bucket_column,
    send_report,
    send_window_column,
)
from detectors.club_records import club_member_columns
from detectors.consent_records import (
    consent_capture_clocks,
    consent_log_ids,
    cookie_inventory_columns,
    privacy_request_clocks,
)
from detectors.contact_centre import (
    adherence_clocks,
    callback_times,
    contact_ids,
    qa_workflow_clocks,
    routing_lines,
)
from detectors.context import FieldProfile
from detectors.experiment_records import experiment_units
from detectors.field_names import W3C_KEY, key_tokens, profile_path
from detectors.genetics_exports import pedigree_columns, variant_reference_dates
from detectors.geocodes import coordinate_field
from detectors.messaging_subscribers import (
    json_api_person_ids,
    participant_attribute_names,
    subscriber_keys,
)
from detectors.practice_retail import (
    compensation_plan_dates,
    gift_card_clocks,
    promotion_windows,
    referrer_names,
)
from detectors.staff import staff_field
from detectors.survey_vendors import sample_visit_ids, vendor_client_ids

#: Columns of a W3C log that time the request: the log's clock, not a person's date.
_W3C_CLOCK = frozenset({"date", "time"})


def _machine(profile: FieldProfile) -> FieldProfile:
    """``profile`` as a machine field that keeps its words: what the chunk's shape says
    is the system's, the report's or the organisation's, not a person's."""
    return FieldProfile(words=profile.words, system=True)


def profile_paths(paths: Sequence[str]) -> tuple[FieldProfile, ...]:
    """:func:`profile_path` of each of a chunk's paths, and what the paths say together.

    A bare ``date`` column is a DATE's place in a form or a CRM table; in the records of a
    web server's or CDN's W3C log (two or more ``c-``/``s-``/``cs-``/``sc-`` fields beside
    it: :mod:`pipelines.w3c_log`) ``date`` and ``time`` are the request's timestamp, split in
    two, which is a machine time as GA4's ``event_timestamp`` is. In an ad platform's
    performance report (:func:`_ad_report`) the customer or account id is the advertiser's
    and the date is the report's day: machine fields, so a campaign report that names
    "Diabetes Education" is not a patient's record. So they are in the Google Ads API's
    conversion uploads and conversion-action exports (:func:`_conversion_actions`), whose
    ``customer_id`` is the advertiser's Google Ads account. Event exports say whose their
    clocks are the same way: a ticketing export's order, attendance and check-in dates
    (:func:`_ticket_export`), a store order export's order date (:func:`_store_order`),
    an attendance report's session dates
    (:func:`_attendance_report`) and a public event listing's schedule and place
    (:func:`_event_listing`) are the organiser's, not an attendee's; a court's hearing
    calendar's and docket's dates and courtroom are the court's (:func:`_court_calendar`).
    Beside a rider's column a ride export's origin and scheduled time are the rider's
    (:func:`_ride_columns`), and a fleet roster's columns are the company's vehicles'
    (:func:`_fleet_roster`). A contact centre's exports have their own module
    (:mod:`detectors.contact_centre`): a call's contact id, a QA record's and an adherence
    row's own clocks and a queue's DNIS are machine fields, and a callback's requested
    window is the caller's. So have a patient-experience survey vendor's files
    (:mod:`detectors.survey_vendors`): their ``Client ID`` is the vendor's number of the
    hospital, a machine field, and a sample file's ``Unique ID`` beside the MRN the visit's.
    A practice's shop has its own (:mod:`detectors.practice_retail`): a gift card's, a
    promotion's and a commission plan's dates are theirs, and a referral reward's
    ``Referrer`` beside the referrer's client id is a person.
    """
    profiles = [profile_path(p) for p in paths]
    if sum(1 for p in paths if W3C_KEY.match(p)) >= 2 or _request_log(paths):
        for i, path in enumerate(paths):
            if path in _W3C_CLOCK or key_tokens(path) in _REQUEST_LOG_CLOCK:
                profiles[i] = _machine(profiles[i])
    if _session_list(paths):
        for i, path in enumerate(paths):
            if key_tokens(path) and key_tokens(path)[-1] in _SESSION_CLOCK_KEYS:
                profiles[i] = _machine(profiles[i])
    if _ad_report(paths) or _conversion_actions(paths):
        for i, path in enumerate(paths):
            if _advertiser_column(path):
                # its words say whose it is: "account" would send it to the account-number
                # check, which reads account-worded fields even among machine fields
                profiles[i] = FieldProfile(words=_ADVERTISER_COLUMN_WORDS, system=True)
    for i in (
        _timestamp_twins(paths) + _oauth_clients(paths) + _oauth_app_clients(paths)
        + _purchase_order_invoice_dates(paths) + _openrtb_bid_ids(paths)
        + _poi_place(paths, profiles) + _price_nicknames(paths) + _contact_trace_ids(paths)
        + _collection_clocks(paths) + contact_ids(paths) + qa_workflow_clocks(paths)
        + routing_lines(paths) + adherence_clocks(paths) + _public_alert_columns(paths)
        + cookie_inventory_columns(paths) + privacy_request_clocks(paths)
        + consent_capture_clocks(paths)
    ):  # fmt: skip
        profiles[i] = _machine(profiles[i])
    for i in _cloud_event_accounts(paths):
        # re-worded as for an advertiser's account: "account" alone sends a column to the
        # account-number check even among machine fields
        profiles[i] = FieldProfile(words=_CLOUD_ACCOUNT_WORDS, system=True)
    for i in _interpreting_accounts(paths):
        profiles[i] = FieldProfile(words=_VENDOR_ACCOUNT_WORDS, system=True)
    for i in _employer_policy_columns(paths, profiles):
        # re-worded: "policy number" sends a column to the member-id check even among
        # machine fields (detectors.medical_ids)
        profiles[i] = FieldProfile(words=_EMPLOYER_POLICY_WORDS, system=True)
    keys = [key_tokens(p) for p in paths]
    if _code_table(paths, profiles):
        for i, k in enumerate(keys):
            if profiles[i].entity == "DATE" or _TABLE_DATE_WORDS.intersection(k[-1] if k else ()):
                profiles[i] = _machine(profiles[i])
    if (
        _plan_catalog(paths, profiles)
        or _fee_schedule(paths, profiles)
        or _rate_table(paths, profiles)
        or _plan_design(paths, profiles)
        or _formulary_file(paths, profiles)
        or _goods_price_list(paths, profiles)
        or _reward_rules(paths, profiles)
        or _service_rate_card(paths, profiles)
    ):
        for i, k in enumerate(keys):
            words = {t for key in k for t in key}
            if profiles[i].entity in _PLAN_AREA_ENTITIES or words & _PLAN_DATE_WORDS:
                profiles[i] = _machine(profiles[i])
    if aggregate_report(keys, profiles):  # a BI, SEO or KPI report: its buckets' dates
        for i, k in enumerate(keys):
            if bucket_column(k):
                profiles[i] = _machine(profiles[i])
    if send_report(keys, profiles):  # an email or a text campaign's report: its window
        for i, k in enumerate(keys):
            if send_window_column(k):
                profiles[i] = _machine(profiles[i])
    for i in calendar_columns(paths, profiles) + listed_places(paths, profiles):
        # a listing's NPI loses its word, as a facility listing's does: the NPI family
        # reads a bare ``npi`` key even among machine fields
        if key_tokens(paths[i])[-1:] == (("npi",),):
            profiles[i] = FieldProfile(words=_FACILITY_COLUMN_WORDS, system=True)
        else:
            profiles[i] = _machine(profiles[i])
    if _fax_log(paths):
        for i, path in enumerate(paths):
            if _fax_clock(path):
                profiles[i] = _machine(profiles[i])
    for clock in (_ORDER_EXPORT_KEYS if _order_export(paths) else frozenset()) | (
        _PROCESSOR_CLOCK if _processor_report(paths) else frozenset()
    ):
        for i, path in enumerate(paths):
            if path == clock:
                profiles[i] = _machine(profiles[i])
    ticketing, attendance = _ticket_export(paths), _attendance_report(paths)
    if ticketing or attendance or _store_order(paths):
        for i, path in enumerate(paths):
            if _event_clock(path, every_date=attendance):
                profiles[i] = _machine(profiles[i])
    for i in _ride_columns(paths):
        profiles[i] = FieldProfile(words=profiles[i].words)
    for i in callback_times(paths):
        # the caller's requested window, read by the date family as a scheduled day
        profiles[i] = FieldProfile(words=profiles[i].words | {"scheduled"})
    for i in _encounter_event_clocks(paths):
        profiles[i] = FieldProfile(entity="DATE", score=0.85, words=profiles[i].words)
    for i in _fleet_roster(paths, profiles):
        profiles[i] = FieldProfile(words=_FLEET_COLUMN_WORDS, system=True)
    for i in _stock_list_dates(paths, profiles):
        profiles[i] = _machine(profiles[i])
    for i in _flight_schedule(paths, profiles):
        profiles[i] = _machine(profiles[i])
    for i in _imaging_equipment(paths, profiles) + _stock_serials(paths, profiles):
        profiles[i] = FieldProfile(words=_EQUIPMENT_COLUMN_WORDS, system=True)
    for i in (
        _facility_listing(paths, profiles)
        + _billing_npis(paths, profiles)
        + _facility_shipments(paths, profiles)
    ):
        profiles[i] = FieldProfile(words=_FACILITY_COLUMN_WORDS, system=True)
    for i in _producer_roster(paths, profiles):
        profiles[i] = FieldProfile(words=_PRODUCER_COLUMN_WORDS, system=True)
    for i in _interpreter_roster(paths, profiles):
        profiles[i] = FieldProfile(words=_LINGUIST_COLUMN_WORDS, system=True)
    for i in (
        _study_records(paths, profiles)
        + _data_dictionary(paths)
        + variant_reference_dates(paths, profiles)
    ):
        profiles[i] = _machine(profiles[i])
    if _event_listing(paths):
        for i, path in enumerate(paths):
            keys = key_tokens(path)
            if keys and (keys[0] in _LISTING_SCHEDULE_KEYS or keys[0] in _LISTING_PLACE_KEYS):
                profiles[i] = _machine(profiles[i])
    for i in _court_calendar(paths, profiles):
        profiles[i] = _machine(profiles[i])
    for i in _translation_resource_clocks(paths, profiles) + _content_clocks(paths, profiles):
        profiles[i] = _machine(profiles[i])
    for i in (
        gift_card_clocks(paths)
        + promotion_windows(paths, profiles)
        + compensation_plan_dates(paths, profiles)
    ):
        profiles[i] = _machine(profiles[i])
    for i, entity in (
        _custody_numbers(paths)
        + _client_record_ids(paths)
        + _participant_pids(paths)
        + _aamva_elements(paths)
        + _clinician_provider_names(paths)
        + _disaster_registrations(paths)
        + pedigree_columns(paths)
        + _unique_patient_numbers(paths)
        + consent_log_ids(paths)
        + [(i, "OTHER_ID") for i in sample_visit_ids(paths)]
        + experiment_units(paths)
        + subscriber_keys(paths)
        + json_api_person_ids(paths)
        + participant_attribute_names(paths)
        + referrer_names(paths)
    ):
        profiles[i] = FieldProfile(entity=entity, score=0.85, words=profiles[i].words)
    for i, profile in club_member_columns(paths, profiles):
        # a health club's member number and the member's barcode or key fob
        profiles[i] = profile
    for i in vendor_client_ids(paths):
        # read last: a survey vendor's client is the hospital, whatever a practice's
        # ``Client ID`` beside a birth date is (:func:`_client_record_ids`)
        profiles[i] = _machine(profiles[i])
    return tuple(profiles)


#: Last keys of a translation memory's or a localisation export's language pair
#: (``source_lang`` and ``target_lang``, Phrase's and Crowdin's ``source_locale``) and of
#: its segments (``source_text``, ``target_text``, a TMX-like ``source`` / ``target``).
_TM_SOURCE_LANG = frozenset(
    {("source", "lang"), ("source", "language"), ("source", "locale"), ("src", "lang")}
)
_TM_TARGET_LANG = frozenset(
    {("target", "lang"), ("target", "language"), ("target", "locale"), ("tgt", "lang")}
)
_TM_SEGMENTS = frozenset(
    {("source", "text"), ("target", "text"), ("source", "segment"), ("target", "segment"),
     ("source", "string"), ("target", "string"), ("source",), ("target",), ("translation",)}
)  # fmt: skip
#: First words of a glossary's or a string table's per-language columns (``term_en``,
#: ``term_vi``, ``text_es``): two of them, each ending in a two-letter language code.
_TERM_WORDS = frozenset({"term", "text", "string", "translation", "label"})
#: Words of a resource's own clocks (``last_used``, ``approved_on``, ``updated_at``).
_RESOURCE_CLOCK_WORDS = frozenset(
    {"date", "on", "at", "time", "timestamp", "used", "updated", "created", "modified",
     "approved", "reviewed"}
)  # fmt: skip


def _translation_resource_clocks(
    paths: Sequence[str], profiles: Sequence[FieldProfile]
) -> list[int]:
    """The clock columns of a translation memory's, a glossary's or a localisation
    string table's rows (a segment pair beside its language pair, or two per-language
    term columns, and no field named for a person's identifier): when a segment was last
    used or a term approved is the resource's, never a person's, though its segments name
    conditions and drugs ("Take metformin 500 mg", tests/test_interpreter_language_services.py).
    A translation job order names its patient, which makes it no resource."""
    keys = [key_tokens(p) for p in paths]
    lasts = {k[-1] for k in keys if k}
    memory = bool(lasts & _TM_SOURCE_LANG and lasts & _TM_TARGET_LANG and lasts & _TM_SEGMENTS)
    glossary = sum(1 for k in lasts if len(k) == 2 and k[0] in _TERM_WORDS and len(k[1]) == 2) >= 2
    if not (memory or glossary) or any(
        p.entity in _PERSON_ENTITIES and not p.system for p in profiles
    ):
        return []
    return [i for i, k in enumerate(keys) if k and set(k[-1]) & _RESOURCE_CLOCK_WORDS]


#: An employer's own registrations (its ``FEIN`` or ``EIN``, OSHA ITA's ``ein``, its
#: ``naics_code``): a listing of an employer's establishments or locations (an OSHA ITA
#: submission, a carrier's employer location master) when no column names a person; a
#: first report of injury's employee columns end the listing reading first
#: (:func:`calendar_columns`).
_EMPLOYER_REGISTRIES = frozenset({"fein", "ein", "naics"})
#: Key tokens a workers' compensation export carries beside the employer's policy: its
#: registrations, its NCCI rating class, and a Section 111 file's responsible reporting
#: entity (``RRE ID``).
_EMPLOYER_SIGN_TOKENS = _EMPLOYER_REGISTRIES | {"ncci", "rre"}
#: Parents whose ``taxId`` is the employer's (Guidewire's policy ``insured``).
_EMPLOYER_OBJECTS = frozenset({"insured", "employer", "company", "policyholder"})
#: What an employer's policy column is called once its chunk says whose it is.
_EMPLOYER_POLICY_WORDS = frozenset({"employer", "policy"})
#: Key tokens of a policy's own dates (``Policy Effective``, ``policy_expiration_date``).
_POLICY_DATE_TOKENS = frozenset(
    {"effective", "expiration", "expiry", "expires", "inception", "term", "date", "start", "end"}
)


def _employer_sign(keys: tuple[tuple[str, ...], ...]) -> bool:
    """True when a path names an employer's registration (:data:`_EMPLOYER_SIGN_TOKENS`,
    a ``class_code``, or a tax id under an employer's object)."""
    if not keys or not keys[-1]:
        return False
    last = keys[-1]
    if _EMPLOYER_SIGN_TOKENS.intersection(last) or last[-2:] == ("class", "code"):
        return True
    return last in {("tax", "id"), ("tin",)} and any(
        _EMPLOYER_OBJECTS.intersection(k) for k in keys[:-1]
    )


def _employer_policy_columns(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """A workers' compensation policy's number and dates, in a chunk that names the
    employer's registrations (:func:`_employer_sign`): a first report's ``Policy Number``,
    a claim's ``policy.policyNumber``, an employer location master's ``Policy Effective``.

    A workers' compensation policy is the employer's: one number covers every employee the
    employer has, as a group policy's does (tests/test_life_insurance_underwriting.py), so
    it is no member's health plan id and its term is no person's date. A bare ``Policy
    Number`` elsewhere is a member's or an insured's (a health plan's card, a life policy).
    """
    keys = [key_tokens(p) for p in paths]
    if not any(_employer_sign(k) for k in keys):
        return []
    out = []
    for i, k in enumerate(keys):
        last = k[-1] if k else ()
        if "policy" not in last or "group" in last:
            continue
        rest = set(last) - {"policy"}
        if profiles[i].entity == "HEALTH_PLAN_ID" or (rest and rest <= _POLICY_DATE_TOKENS):
            out.append(i)
    return out


#: Key tokens of a code table's code and of its text (the WCIO's nature of injury codes,
#: NCCI's class codes and phraseology, a CARC list): a reference list, the same for everyone.
#: A payroll system's earning code table (``Earn Code`` = "STD60" beside its
#: ``Description``, ADP's and Workday's earning and deduction codes) is one too: the pay
#: types of every employee, not one person's pay.
_CODE_KEYS = frozenset(
    {("code",), ("class", "code"), ("code", "value")}
    | {("earn", "code"), ("earning", "code"), ("earnings", "code"), ("deduction", "code")}
)
_CODE_TEXT_KEYS = frozenset(
    {("description",), ("desc",), ("code", "description"), ("phraseology",), ("definition",)}
)
#: Key tokens of a reference table's own dates (``effective_date``, ``Start Date``).
_TABLE_DATE_WORDS = frozenset({"effective", "expiration", "start", "end", "modified"})


def _code_table(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's top-level columns are a code table's: a bare ``code`` (or an
    NCCI ``class_code``) beside its description or phraseology, and no column named for a
    person's identifier. Its dates (an ``effective_date`` of a WCIO nature code, of an NCCI
    class) are the table's, as a fee schedule's are; the health words of its descriptions
    name nobody. A catalog's ``item_code`` is no code table's (a price list's rules read
    it)."""
    code = text = False
    for path, profile in zip(paths, profiles, strict=True):
        if profile.entity in _PERSON_FIELD_ENTITIES:
            return False
        keys = key_tokens(path)
        if len(keys) != 1:
            continue
        code = code or keys[0] in _CODE_KEYS
        text = text or keys[0] in _CODE_TEXT_KEYS
    return code and text


#: Path words of a person held in a jail, a prison or an immigration detention centre (a
#: sick-call export's ``inmate_name``, a DOC roster's ``Offender Name``, ``detainee.last``).
_CUSTODY_PERSON_WORDS = frozenset(
    {"inmate", "inmates", "offender", "offenders", "detainee", "detainees", "prisoner",
     "prisoners", "arrestee", "arrestees", "incarcerated", "incarceration"}
)  # fmt: skip
#: Last keys that a jail's booking or housing record carries: a housing unit, pod or bunk,
#: an arrest, a bail or bond. A social-needs screen's ``Housing`` holds no booking or DOC
#: number beside it, so the numbers below are still read only where a jail's are.
_CUSTODY_RECORD_KEYS = frozenset(
    {("bunk",), ("pod",), ("housing",), ("housing", "unit"), ("housing", "location"),
     ("cell", "block"), ("arrest", "date"), ("arresting", "agency"), ("bail",),
     ("bail", "amount"), ("bond", "amount"), ("fbi",), ("fbi", "number")}
)  # fmt: skip
#: Last keys of the numbers a jail or a prison files the person it holds under: the
#: booking number, the department of corrections' number (``DOC #``), the sheriff's office
#: number, the state and FBI identification numbers of the person's criminal record, and
#: an immigration detainee's alien number (``a_number``). ``#`` reads as ``number``.
CUSTODY_ID_KEYS = frozenset(
    {("booking",), ("booking", "number"), ("booking", "no"), ("booking", "num"),
     ("booking", "nbr"), ("doc",), ("doc", "number"), ("doc", "no"), ("doc", "num"),
     ("so", "number"), ("so", "no"), ("sid",), ("sid", "number"), ("fbi",), ("fbi", "number"),
     ("jacket", "number"), ("a", "number"), ("alien", "number"), ("anumber",)}
)  # fmt: skip
#: What a custody export calls the person it holds, as the first word of a key
#: (``inmate_pin``, ``Offender ID``, ``detainee_number``).
CUSTODY_PERSONS = ("inmate", "offender", "detainee")
#: Last keys of the accounts a facility keeps for the person it holds: the trust
#: (commissary) account and the phone system's PIN.
_CUSTODY_ACCOUNT_KEYS = frozenset(
    {("trust", "account"), ("trust", "account", "number"), ("commissary", "account")}
    | {(word, "pin") for word in (*CUSTODY_PERSONS, "phone")}
)  # fmt: skip


def _custody_numbers(paths: Sequence[str]) -> list[tuple[int, str]]:
    """The held person's numbers in a jail's, a prison's or a detention centre's export,
    as ``(index, entity)``: OTHER_ID for a booking, DOC, SO, SID, FBI or alien number,
    ACCOUNT_NUMBER for a trust account or a phone PIN.

    Elsewhere ``doc_number`` is a document's, ``SID`` a Twilio message's, a ``booking``
    number an appointment's or a trip's reference (no one's, as the scheduling and
    behavioural-health probes decided); beside a column naming the person held
    (:data:`_CUSTODY_PERSON_WORDS`) or one only a booking record has
    (:data:`_CUSTODY_RECORD_KEYS`) they are the numbers the person is filed under, each
    assigned to one person, as a student's or an employee's number is. A court case
    number is the docket's and is not among them (tests/test_legal_intake.py)."""
    keys = [key_tokens(p) for p in paths]
    custody = any(_CUSTODY_PERSON_WORDS.intersection(k) for key in keys for k in key) or any(
        key and key[-1] in _CUSTODY_RECORD_KEYS for key in keys
    )
    if not custody:
        return []
    out = []
    for i, key in enumerate(keys):
        if key and key[-1] in CUSTODY_ID_KEYS:
            out.append((i, "OTHER_ID"))
        elif key and key[-1] in _CUSTODY_ACCOUNT_KEYS:
            out.append((i, "ACCOUNT_NUMBER"))
    return out


#: The AAMVA DL/ID card standard's data element ids, as an ID scanner's raw export heads
#: its columns (a visitor system's or a pharmacy's licence scan: ``DAQ`` = "D4417820",
#: ``DCS`` = "MORALES"): the card holder's licence number, names, birth date and address.
#: Not the card's own dates (``DBA`` expiry, ``DBD`` issue) nor its state and class.
AAMVA_ELEMENTS = {
    "daq": "LICENSE_NUMBER", "dcs": "NAME", "dac": "NAME", "dad": "NAME", "dct": "NAME",
    "dbb": "DATE", "dag": "LOCATION", "dah": "LOCATION", "dai": "LOCATION", "dak": "ZIP_CODE",
}  # fmt: skip
#: How many of them a record holds before its three-letter keys are read as the card's.
_AAMVA_QUORUM = 3


def _aamva_elements(paths: Sequence[str]) -> list[tuple[int, str]]:
    """A licence scan's AAMVA elements as ``(index, entity)``, when a chunk's paths hold
    at least :data:`_AAMVA_QUORUM` of them as whole last keys (in capitals, as the standard
    writes them): alone, ``DAC`` or ``DAG`` is any three letters."""
    last = [p.rpartition(".")[2] for p in paths]
    hits = [
        (i, AAMVA_ELEMENTS[k.lower()])
        for i, k in enumerate(last)
        if k.lower() in AAMVA_ELEMENTS and k.isupper()
    ]
    return hits if len(hits) >= _AAMVA_QUORUM else []


#: Last keys of a client's number in a therapy or ABA practice's export (CentralReach's
#: and a group practice's ``Client ID``), read as an analytics client id elsewhere.
_CLIENT_ID_KEYS = frozenset({("client", "id"), ("clientid",), ("client", "number")})
#: Second tokens of a column naming the client as a person (``Client First Name``,
#: ``Client Initials``, ``Client DOB``). Not ``Client Name`` alone: an OAuth log names
#: its application so (Auth0's ``client_id`` beside ``client_name``).
_CLIENT_PERSON_TOKENS = frozenset(
    {"first", "last", "firstname", "lastname", "initials", "dob", "birth", "birthdate",
     "middle", "full", "preferred", "legal"}
)  # fmt: skip


#: Top-level columns of a person's birth date (a shelter registration's ``DOB`` beside its
#: ``Client ID`` and bare ``First Name``): no analytics export or OAuth log has one.
_BIRTH_DATE_KEYS = frozenset(
    {("dob",), ("date", "of", "birth"), ("birth", "date"), ("birthdate",), ("birthday",)}
)
#: Top-level columns of a social-care or disaster case (a case management system's ``Case
#: Manager``, ``Case Worker``): the client beside them is a person with a case.
_CASE_WORKER_KEYS = frozenset(
    {("case", "manager"), ("case", "worker"), ("caseworker",), ("care", "manager")}
)
#: Top-level columns of a class's or a group's attendance log (a DUI programme's or a
#: counselling agency's ``Attended``, ``Session Date``): the client beside them is a person
#: who came to a session; an OAuth log has no session attended.
_ATTENDANCE_KEYS = frozenset(
    {("attended",), ("attendance",), ("present",), ("absent",), ("session", "date")}
)


def _client_record_ids(paths: Sequence[str]) -> list[tuple[int, str]]:
    """A practice's ``Client ID`` as the client's record id (OTHER_ID), as
    ``(index, entity)``.

    GA4 and Universal Analytics name the browser's cookie ``client_id``, which the
    field-name rules read as an ONLINE_ID; a therapy, ABA or home-care practice calls its
    patient a client, and its client list, authorisation export or mastery report heads the
    practice's number of that person ``Client ID`` beside the client's own name parts, a
    bare ``Client`` column or birth date, all at the top level of the row. So do a
    shelter's registration (``Client ID`` beside ``DOB`` and bare name parts) and a
    disaster or social-care case management export (``Client Name`` beside a ``Case
    Manager``), and a class's attendance log (``Client Name`` beside ``Attended`` or a
    ``Session Date``). There it is the person's record id, as a patient id is. A nested
    ``client`` is software and is left alone, as is a ``client_id`` beside only a
    ``client_name`` (an OAuth application's)."""
    keys = [key_tokens(p) for p in paths]
    tops = {k[0] for k in keys if len(k) == 1}
    person = (
        any(
            k == ("client",) or (len(k) > 1 and k[0] == "client" and k[1] in _CLIENT_PERSON_TOKENS)
            for k in tops
        )
        or bool(tops & _BIRTH_DATE_KEYS)
        or (("client", "name") in tops and bool(tops & (_CASE_WORKER_KEYS | _ATTENDANCE_KEYS)))
    )
    if not person:
        return []
    return [(i, "OTHER_ID") for i, k in enumerate(keys) if len(k) == 1 and k[0] in _CLIENT_ID_KEYS]


#: A participant's or a patient's number by its initials (a screening vendor's or a lab's
#: flat results file: ``PID`` beside ``LNAME``, ``FNAME`` and ``DOB``). Alone, ``pid`` is a
#: process id (syslog, ``ps`` output, a crash report).
_PID_KEYS = frozenset({("pid",), ("p", "id")})


def _participant_pids(paths: Sequence[str]) -> list[tuple[int, str]]:
    """A top-level ``PID`` column as the person's record id (OTHER_ID) when a top-level
    birth-date column stands beside it (:data:`_BIRTH_DATE_KEYS`), as ``(index,
    entity)``: no process log or crash report carries a date of birth, and a vendor's
    results file heads its participant number so."""
    keys = [key_tokens(p) for p in paths]
    if not any(len(k) == 1 and k[0] in _BIRTH_DATE_KEYS for k in keys):
        return []
    return [(i, "OTHER_ID") for i, k in enumerate(keys) if len(k) == 1 and k[0] in _PID_KEYS]


#: Last keys of a unique patient number (a pedigree database's ``UPN``, Progeny's, and a
#: transplant or oncology registry's): read as a directory login elsewhere (Azure AD's
#: user principal name, ONLINE_ID).
_UPN_KEYS = frozenset({("upn",), ("upn", "number"), ("unique", "patient", "number")})


def _unique_patient_numbers(paths: Sequence[str]) -> list[tuple[int, str]]:
    """A top-level ``UPN`` beside a top-level birth date as the person's record id
    (OTHER_ID), as ``(index, entity)``: a pedigree tool's individual export (Progeny's
    ``UPN``, ``DOB``, ``Date of Death``) or a transplant programme's patient list numbers
    each person so. A directory's user export has no birth date, and its UPN stays a
    login."""
    keys = [key_tokens(p) for p in paths]
    tops = {k[0] for k in keys if len(k) == 1}
    if not tops & _BIRTH_DATE_KEYS:
        return []
    return [(i, "OTHER_ID") for i, k in enumerate(keys) if len(k) == 1 and k[0] in _UPN_KEYS]


#: Leaves of a clinician's own credentials beside a ``provider`` object's ``name`` (a
#: therapy platform's ``matchedProvider.credentials`` = "LMFT"). Not an NPI, a licence, a
#: taxonomy or a specialty: a billing provider, a facility and a practice have them too.
_CLINICIAN_DETAIL_KEYS = frozenset({("credentials",), ("credential",), ("degree",), ("degrees",)})


#: Top-level keys of a clinician's individual NPI beside a bare ``Provider`` column.
_PROVIDER_NPI_KEYS = frozenset({("npi",), ("provider", "npi"), ("individual", "npi")})


def _clinician_provider_names(paths: Sequence[str]) -> list[tuple[int, str]]:
    """The ``name`` of a ``provider`` object beside its credentials or degree, and a
    top-level ``Provider`` column beside a top-level NPI with no taxpayer id, as a
    clinician's NAME (``(index, entity)``).

    A bare ``provider`` is left out of the person parents (an insurance provider, an
    identity provider, a cloud provider are things); an EAP or therapy platform's matched
    counsellor (Lyra-, Spring Health-like ``matchedProvider: {name, credentials}``) says
    by its sibling that the provider is a clinician, whose name the project reports. So
    does an individual NPI beside a flat ``Provider`` column (a survey vendor's provider
    scorecard, a credentials committee's roster: ``Provider`` = "Priya Natarajan, MD",
    ``NPI``): the provider the NPI is of is a person, whose name is read as a ``Provider
    Name`` column's is (a practice's name there is still no person's:
    :mod:`detectors.organisations`). Beside a TIN the NPI is the billing party's
    (:func:`_billing_npis`), and the provider is left alone."""
    keys = [key_tokens(p) for p in paths]
    parents = {
        k[:-1] for k in keys if len(k) > 1 and k[-1] in _CLINICIAN_DETAIL_KEYS
    }  # fmt: skip
    named = [
        (i, "NAME")
        for i, k in enumerate(keys)
        if len(k) > 1
        and k[-1] == ("name",)
        and k[-2][-1:] in (("provider",), ("providers",))
        and k[:-1] in parents
    ]
    tops = {k[0] for k in keys if len(k) == 1}
    if tops & _PROVIDER_NPI_KEYS and not any("tin" in k for k in tops):
        named += [(i, "NAME") for i, k in enumerate(keys) if k == (("provider",),)]
    return named


#: Keys of a disaster declaration's number on an assistance record (a FEMA individual
#: assistance export's ``Disaster Number``, a shelter registration's ``disaster`` =
#: "DR-4834-FL", ``DR Number``, ``Declaration Number``).
_DISASTER_KEYS = frozenset(
    {("disaster",), ("disaster", "number"), ("disaster", "no"), ("disaster", "id"),
     ("dr", "number"), ("dr", "no"), ("declaration", "number"), ("disaster", "declaration"),
     ("disaster", "declaration", "number")}
)  # fmt: skip
#: Keys of a registration's number (``Registration ID``, ``registrationId``,
#: ``Registration #``).
_REGISTRATION_ID_KEYS = frozenset(
    {("registration", "id"), ("registration", "number"), ("registration", "no"),
     ("registrationid",)}
)  # fmt: skip


def _disaster_registrations(paths: Sequence[str]) -> list[tuple[int, str]]:
    """A disaster-assistance registration's number as the registrant's record id
    (OTHER_ID), as ``(index, entity)``.

    A bare ``Registration ID`` is an event sign-up's or a product warranty's (the
    philanthropy and resupply probes: no finding), so the field-name rules leave it a
    machine field. Beside a disaster declaration's number it is FEMA's registration of one
    household for individual assistance, or a shelter's registration of one family for
    that disaster: the number the applicant quotes on every call, letter and case note,
    one person's (household's) record, as a claim number is a claimant's."""
    keys = [key_tokens(p) for p in paths]
    if not any(k and k[-1] in _DISASTER_KEYS for k in keys):
        return []
    return [(i, "OTHER_ID") for i, k in enumerate(keys) if k and k[-1] in _REGISTRATION_ID_KEYS]


#: Keys only a Common Alerting Protocol message has (CAP 1.2 as the National Weather
#: Service's API, IPAWS and a mass notification vendor's feed carry it): the alert area's
#: ``areaDesc`` and the message's grading.
_CAP_AREA_KEYS = frozenset({("area", "desc"), ("areadesc",)})
_CAP_GRADING_KEYS = frozenset(
    {("severity",), ("urgency",), ("certainty",), ("sender", "name"), ("msg", "type"),
     ("message", "type")}
)  # fmt: skip
#: A CAP message's own clocks and places: when it was sent, takes effect, begins, expires
#: and ends, and the zones and counties it covers.
_CAP_OWN_KEYS = frozenset(
    {("sent",), ("effective",), ("onset",), ("expires",), ("ends",), ("area", "desc"),
     ("areadesc",), ("same",), ("ugc",), ("geocode",)}
)  # fmt: skip


def _public_alert_columns(paths: Sequence[str]) -> list[int]:
    """The clock and area columns of a public warning (a CAP alert: an ``areaDesc`` beside
    its severity, urgency, certainty or sender's name): when a hurricane warning is sent,
    takes effect and expires, and the counties it covers, are the weather's and the
    issuing office's, the same for everyone in the area. A bare ``effective`` is a
    member's coverage date elsewhere (:mod:`detectors.dates`), so only the alert's shape
    makes them machine fields."""
    keys = [key_tokens(p) for p in paths]
    lasts = {k[-1] for k in keys if k}
    if not (lasts & _CAP_AREA_KEYS and lasts & _CAP_GRADING_KEYS):
        return []
    return [i for i, k in enumerate(keys) if k and any(key in _CAP_OWN_KEYS for key in k[-2:])]


#: Top-level keys of a court's calendar or docket row: the court or the judge, and the
#: case (a hearing calendar's ``judge`` and ``case``, a docket export's ``court`` and
#: ``case_number``, CourtListener's ``court_id`` and ``docket_number``).
_COURT_KEYS = frozenset(
    {("judge",), ("presiding", "judge"), ("assigned", "judge"), ("court",), ("court", "id"),
     ("court", "name")}
)  # fmt: skip
_CASE_KEYS = frozenset(
    {("case",), ("case", "number"), ("case", "no"), ("case", "name"), ("docket",),
     ("docket", "number"), ("caption",)}
)  # fmt: skip
#: A court setting's own place: the court's, the same for every party. So is the court's
#: name, which holds its county ("Franklin County Court of Common Pleas").
_COURT_PLACE_KEYS = frozenset(
    {("location",), ("courtroom",), ("hearing", "location"), ("court",), ("court", "name")}
)
#: Tokens of a docket's or a calendar's clock (``date_filed``, ``entry_date``, ``time``,
#: ``date_terminated``): when the court filed, entered or heard something.
_COURT_CLOCK_TOKENS = frozenset({"date", "time", "filed", "entered", "terminated"})


#: Top-level columns of the party a court's calendar lists for each case (a drug court's or
#: a criminal calendar's ``Defendant``): the court's own list of who is heard, which makes
#: the hearing no less the court's.
_PARTY_KEYS = frozenset({("defendant",), ("defendant", "name"), ("defendant", "full", "name")})


def _court_calendar(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The clock and place columns of a court's hearing calendar or docket rows, in a
    chunk with a court or judge column and a case column and no column naming a person
    (:data:`_PERSON_ENTITIES`) but the case's party (:data:`_PARTY_KEYS`): a status
    conference's date and courtroom address, a docket entry's filing date, a defendant's
    hearing and the court's own name (its county) are the court's. A firm's matter export
    that names its client keeps its dates."""
    court = case = False
    setting: list[int] = []
    for i, path in enumerate(paths):
        keys = key_tokens(path)
        if not keys or not keys[-1]:
            continue
        if profiles[i].entity in _PERSON_ENTITIES and not (
            len(keys) == 1 and keys[0] in _PARTY_KEYS
        ):
            return []
        if len(keys) == 1:
            court = court or keys[0] in _COURT_KEYS
            case = case or keys[0] in _CASE_KEYS
            if keys[0] in _COURT_PLACE_KEYS:
                setting.append(i)
                continue
        if not _COURT_CLOCK_TOKENS.isdisjoint(keys[-1]):
            setting.append(i)
    return setting if court and case else []


#: Path words of the person a ride is for (Lyft Concierge's ``Passenger First Name``,
#: Lyft's ``passenger.phone_number``, Uber Health's ``Rider Name``).
_RIDER_WORDS = frozenset({"rider", "riders", "passenger", "passengers"})
#: Keys of a ride's start and when it was booked for: where a rider was picked up (a
#: home, as a trip's ``pickup`` is) and the time of their appointment. Elsewhere an
#: ``origin`` is where a store ships from and a ``scheduled_time`` a campaign's send time.
_RIDE_ORIGIN = "origin"
_RIDE_TIME_KEYS = frozenset(
    {("scheduled", "time"), ("scheduled", "at"), ("scheduled", "pickup"), ("scheduled",)}
    | {("scheduled", "pickup", "time"), ("scheduled", "date")}
)


def _ride_columns(paths: Sequence[str]) -> list[int]:
    """A ride export's origin and scheduled time, read as a person's place and date.

    Ride platforms' health programmes (Lyft Concierge's ride export, Lyft's ride webhooks)
    name the rider a ``passenger`` or ``rider`` and the pickup the ``Origin``: beside
    them it is where the rider was picked up, usually home, not a store's ship-from
    address, and the ``Scheduled Time`` is the ride to their appointment, not a send
    time. Without a rider's column the keys keep their usual reading.
    """
    if not any(_RIDER_WORDS.intersection(k) for p in paths for k in key_tokens(p)):
        return []
    out = []
    for i, path in enumerate(paths):
        keys = key_tokens(path)
        if keys and (any(_RIDE_ORIGIN in k for k in keys) or keys[-1] in _RIDE_TIME_KEYS):
            out.append(i)
    return out


#: Keys that only an encounter carries: HL7's patient class (PV1-2: ``I``, ``E``,
#: ``Observation``) and visit number (PV1-19), as ADT notification feeds and HIE encounter
#: notifications (PatientPing-, Collective-like) export them (``patientClass``,
#: ``Visit Number``).
_ENCOUNTER_KEYS = frozenset(
    {("patient", "class"), ("patientclass",), ("visit", "number"), ("visit", "no")}
)
#: Keys of an event's own clock (``eventOccurredAt``, ``Event Time``, ``EventDateTime``).
_EVENT_CLOCK_KEYS = frozenset(
    {("event", "time"), ("event", "datetime"), ("event", "date", "time"), ("event", "date")}
    | {("event", "occurred", "at"), ("event", "occurred"), ("event", "dt"), ("event", "dttm")}
)


def _encounter_event_clocks(paths: Sequence[str]) -> list[int]:
    """An ADT feed's event time, read as the patient's date.

    Elsewhere an ``event_time`` is a tracker's or a webhook's clock (a machine field);
    beside an encounter's own keys (:data:`_ENCOUNTER_KEYS`) the event is an admission, a
    discharge or a transfer, and its time is when that patient came in or left, a date
    Safe Harbor names. A feed's send and receipt stamps (``sentAt``) keep their reading.
    """
    keys = [key_tokens(p) for p in paths]
    if not any(k and k[-1] in _ENCOUNTER_KEYS for k in keys):
        return []
    return [i for i, k in enumerate(keys) if k and k[-1] in _EVENT_CLOCK_KEYS]


#: Last keys of a column naming an imaging modality's own equipment: a DICOM header's
#: ``StationName``, ``ManufacturerModelName`` and ``SoftwareVersions``, a PACS or
#: worklist export's AE titles, an equipment list's ``Scanner`` and a DEXA export's
#: ``Densitometer``. Not a bare ``Modality`` (a telehealth visit's is "video") nor a bare
#: ``Manufacturer`` or ``Model`` (a CPAP's, a hearing aid's).
_EQUIPMENT_KEYS = frozenset(
    {("station", "name"), ("ae", "title"), ("aetitle",), ("scheduled", "station", "ae", "title"),
     ("scheduled", "station", "name"), ("calling", "ae", "title"), ("called", "ae", "title"),
     ("manufacturer", "model", "name"), ("software", "versions"), ("scanner",),
     ("scanner", "model"), ("densitometer",),
     # a dialysis unit's machine inventory and run sheets name the station or the chair
     # a machine stands at (``Station`` = "07", ``treatment.chair``): the machine there
     # is the unit's, whoever is dialysed on it
     ("station",), ("station", "number"), ("station", "no"), ("chair",), ("chair", "number"),
     # a hospital bed's and a staff badge's own devices, as nurse-call, bed-alert and
     # alarm feeds and a communication badge inventory list them (a smart bed's sensor
     # serial beside ``bed_id``, a bedside monitor's serial beside ``bed``, a Vocera-like
     # badge's serial and MAC beside ``badge_id``): the unit's, whoever lies in the bed
     # or wears the badge on this shift, as a dialysis chair's machine is
     ("bed",), ("bed", "id"), ("bed", "number"), ("bed", "no"), ("badge",), ("badge", "id"),
     ("badge", "number"), ("badge", "no"),
     # a security office's camera inventory, a Wi-Fi access-point inventory and a visitor
     # desk's badge printer (``camera_id`` beside the camera's ``ip`` and ``mac``, an
     # ``ap_name`` beside the AP's serial, a ``printer`` beside its serial): the building's
     # devices, whoever walks past the camera or signs in at the desk
     ("camera",), ("camera", "id"), ("camera", "name"), ("nvr",), ("ap", "name"),
     ("access", "point"), ("access", "point", "name"), ("printer",), ("printer", "name"),
     ("printer", "model"),
     # a BLE beacon inventory (Kontakt.io-, Estimote-like: a beacon's ``proximity`` UUID
     # and ``txPower`` beside its ``major``, ``minor`` and ``mac``): a hospital's or a
     # store's wayfinding hardware on a wall, whoever's phone ranges it
     ("beacon",), ("beacon", "id"), ("beacon", "uuid"), ("beacon", "name"),
     ("proximity", "uuid"), ("tx", "power"), ("txpower",),
     # an aesthetic or a laser practice's energy devices, listed or logged by their
     # applicator or handpiece (a body-contouring device's ``Applicator``, a laser's
     # ``Handpiece``): the practice's machine, whoever is treated with it
     ("applicator",), ("applicators",), ("handpiece",), ("hand", "piece"),
     # a club's or a hospital's lockers (a locker inventory's ``lock_serial`` beside the
     # ``locker`` and its combination): the building's fixtures, whoever rents one
     ("locker",), ("locker", "number"), ("locker", "no"), ("locker", "id")}
)  # fmt: skip
#: Keys of an organisation's own asset register (a maintenance log's ``Asset Tag``, a work
#: order's ``asset_id``): a serial beside one is the owner's equipment, and its service and
#: upkeep dates the machine's, when no column names a person (a device lent to a patient
#: keeps its serial: the patient's column says whose it is).
_ASSET_KEYS = frozenset(
    {("asset", "tag"), ("asset", "tag", "number"), ("asset", "id"), ("asset", "number"),
     ("asset", "no"), ("work", "order"), ("work", "order", "number"), ("work", "order", "id")}
)  # fmt: skip
#: An equipment list's own network address column (a camera's or an access point's
#: ``ip``): the device's, as its MAC is, when no column puts a person on the row.
_EQUIPMENT_ADDRESS_KEYS = frozenset({("ip",), ("ip", "address"), ("ipv4",), ("ip", "addr")})
#: The DICOM JSON model's value key, as :mod:`detectors.cells` names it in a hint path: a
#: header written that way is an imaging instance's, whatever attributes it carries.
_DICOM_VALUE = ".DicomValue"
#: Key tokens of an equipment list's own dates (``Install Date``, ``Last PM``, ``Next PM``,
#: ``Warranty End``, ``Last Calibration``): its upkeep, not a patient's.
_UPKEEP_WORDS = frozenset(
    {"install", "installed", "installation", "pm", "maintenance", "warranty", "calibration",
     "calibrated", "service", "serviced", "acceptance", "restock", "restocked",
     # an inventory's own check (a locker or a supply room's ``last_audit``)
     "audit", "audited"}
)  # fmt: skip
#: Key tokens of a vaccine or a pharmacy cold chain's equipment (a temperature log's
#: ``logger_serial``, ``Data Logger ID``, ``fridge_id``, ``Freezer``): a storage unit and
#: the data logger in it are the clinic's, whatever doses they hold.
_COLD_CHAIN_WORDS = frozenset(
    {"logger", "loggers", "datalogger", "fridge", "freezer", "refrigerator"}
)


#: Words of a serial's own key that say it is the organisation's machine's (an InBody
#: export's ``Equipment Serial``, a ``scanner_serial``): the scanner the member stood on.
#: Not ``machine``: a home dialysis patient's ``machine_serial_number`` is their device.
_MACHINE_WORDS = frozenset({"equipment", "scanner"})


def _equipment_key(last: tuple[str, ...]) -> bool:
    """True for the last key of an equipment column (:data:`_EQUIPMENT_KEYS`, a cold
    chain's, :data:`_COLD_CHAIN_WORDS`, or a serial named for the machine,
    :data:`_MACHINE_WORDS`)."""
    return (
        last in _EQUIPMENT_KEYS
        or not _COLD_CHAIN_WORDS.isdisjoint(last)
        or ("serial" in last and not _MACHINE_WORDS.isdisjoint(last))
    )


#: What an imaging equipment column is re-worded to: no word of a serial is left.
_EQUIPMENT_COLUMN_WORDS = frozenset({"equipment"})


def _imaging_equipment(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The serial-number (and MAC address) columns of a chunk that describes imaging or
    ward equipment, and the upkeep dates of one that lists it with no person.

    A DICOM header's ``DeviceSerialNumber`` is the serial of the scanner that made the
    images (PS3.3 C.7.5.1, General Equipment), beside its ``StationName`` and its
    ``SoftwareVersions``, whoever was scanned; an equipment list or a DEXA export names
    the scanner or the densitometer the same way. A DEVICE_ID is a device that is a
    person's (a CPAP's serial, a hearing aid's, tests/test_device_resupply.py), so a
    serial beside an equipment column (:data:`_EQUIPMENT_KEYS`), or in a header written
    in the DICOM JSON model, is the centre's. An equipment list's install and maintenance
    dates are the machine's too, and so is its network address (a camera's or an access
    point's ``ip``), when no column puts a person on the row.
    """
    keys = [key_tokens(p) for p in paths]
    assets = any(k and k[-1] in _ASSET_KEYS for k in keys)
    if (
        not any(k and _equipment_key(k[-1]) for k in keys)
        and not any(_DICOM_VALUE in p for p in paths)
        and not assets
    ):
        return []
    serials = [
        i
        for i, k in enumerate(keys)
        if k and ("serial" in k[-1] or k[-1] == ("sn",) or k[-1][:1] == ("mac",))
    ]
    if any(
        _names_a_person(p) and not p.words & _SERVICE_WORKER_WORDS
        for i, p in enumerate(profiles)
        if i not in serials
    ):
        return [] if assets and not any(k and _equipment_key(k[-1]) for k in keys) else serials
    upkeep = [
        i
        for i, k in enumerate(keys)
        if k and (_UPKEEP_WORDS.intersection(k[-1]) or k[-1] in _EQUIPMENT_ADDRESS_KEYS)
    ]
    return serials + upkeep


#: Words of the column naming who serviced the machine (a maintenance log's ``Technician``,
#: ``Field Engineer``): a worker on the job, whose name does not make the log a person's
#: record (a treatment record's ``Laser Tech`` sits beside its client's columns).
_SERVICE_WORKER_WORDS = frozenset({"technician", "tech", "engineer", "mechanic", "serviced"})


def _names_a_person(profile: FieldProfile) -> bool:
    """True when a column puts a person on a listing's row: it is named for a person's
    identifier or for a person (an owner's name, a patient's date of birth), so the chunk
    is a person's record, not a list of vehicles or facilities."""
    return profile.entity in _PERSON_FIELD_ENTITIES or bool(profile.words & _PERSON_WORDS)


#: Key tokens of a vehicle's own description (a fleet roster's ``Year``, ``Make``,
#: ``Model``, ``Wheelchair Lift``, ``Capacity``; an inspection log's ``odometer``): two of
#: them beside a VIN or a plate make the chunk a list of vehicles.
_VEHICLE_SPEC_TOKENS = frozenset(
    {"make", "model", "year", "odometer", "mileage", "fleet", "lift", "seats", "capacity"}
    | {"fuel", "trim", "axle", "gvwr"}
)  # fmt: skip
#: Words of a column naming a vehicle by its VIN or plate (the ``VIN`` field rule's and
#: :mod:`detectors.device_vehicle`'s own words).
_VEHICLE_ID_WORDS = frozenset({"vin", "plate", "vehicle"})
#: What a fleet roster's columns are re-worded to: no word of a vehicle id, a place or a
#: date is left for a family to read them by.
_FLEET_COLUMN_WORDS = frozenset({"fleet"})


def _fleet_roster(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """Every column of a chunk that lists vehicles and no person, or none.

    A transport company's fleet roster, a dealer's inventory or a vehicle inspection log
    (a VIN or a plate beside the vehicle's year, make, model, odometer or lift) names the
    company's vehicles: Safe Harbor's vehicle identifiers are an individual's, and the
    garage's address and the registration's or inspection's dates there are the fleet's
    too. A column naming a person (an owner's or a driver's name, a policyholder's phone,
    a buyer's email) makes the chunk a person's record, as an auto policy or a sale is,
    and nothing is taken from it.
    """
    specs: set[str] = set()
    vehicle = False
    for path, profile in zip(paths, profiles, strict=True):
        keys = key_tokens(path)
        if not keys:
            continue
        if _names_a_person(profile):
            return []
        specs.update(_VEHICLE_SPEC_TOKENS.intersection(keys[-1]))
        vehicle = (
            vehicle
            or profile.entity == "VEHICLE_ID"
            or bool(_VEHICLE_ID_WORDS.intersection(keys[-1]))
        )
    if not vehicle or len(specs) < 2:
        return []
    return [i for i, profile in enumerate(profiles) if not profile.free_text]


#: Key tokens of a warehouse's own columns (``warehouse``, a pick list's ``pick_wave``, a
#: receiving log's ``dock``, a distribution centre's ``dc_code``): beside a SKU or an item
#: they make the chunk a stock or pick list.
_WAREHOUSE_TOKENS = frozenset({"warehouse", "warehouses", "pick", "picking", "dock", "dc"})
#: Key tokens of a date column of such a list (``ship_date``, ``expiration_date``,
#: ``received_on``).
_STOCK_DATE_TOKENS = frozenset({"date", "dated", "expiration", "expiry", "received", "shipped"})


def _stock_list_dates(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The date columns of a chunk that lists stock and no person, or none.

    A warehouse's pick list, inventory or receiving log (a SKU or an item beside a
    warehouse, a pick wave, a dock or a distribution centre) counts goods: its ship,
    receipt and expiry dates are the warehouse's and the batch's, as a fleet roster's are
    the fleet's. A column naming a person (a ship-to name, a patient's phone) makes the
    chunk an order, whose delivery may be a person's date, and nothing is taken from it.
    """
    if not _stock_list(paths, profiles):
        return []
    return [
        i
        for i, (path, profile) in enumerate(zip(paths, profiles, strict=True))
        if (keys := key_tokens(path))
        and (
            profile.entity == "DATE"
            or _STOCK_DATE_TOKENS.intersection(keys[-1])
            or _UPKEEP_WORDS.intersection(keys[-1])
        )
    ]


def _stock_list(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk lists stock and no person: a SKU or an item beside a warehouse,
    a pick wave, a dock or a distribution centre, and no column naming a person (a serial
    number's column is the goods', :func:`_stock_serials`)."""
    item = warehouse = False
    for path, profile in zip(paths, profiles, strict=True):
        keys = key_tokens(path)
        if not keys:
            continue
        if _names_a_person(profile) and not _serial_key(keys[-1]):
            return False
        words = {t for key in keys for t in key}
        item = item or bool(words & _GOODS_ITEM_TOKENS)
        warehouse = warehouse or bool(words & _WAREHOUSE_TOKENS)
    return item and warehouse


def _stock_serials(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The serial-number columns of a stock list (:func:`_stock_list`): an emergency
    management cache's or a supplier's oxygen concentrators, cots and generators by serial
    in a warehouse are the owner's goods, not a person's device (a DEVICE_ID is a device
    that is a person's, tests/test_device_resupply.py). Once a column names a person the
    chunk is an order or an assignment, and its serials are read as ever."""
    if not _stock_list(paths, profiles):
        return []
    keys = [key_tokens(p) for p in paths]
    return [i for i, k in enumerate(keys) if k and _serial_key(k[-1])]


def _serial_key(key: tuple[str, ...]) -> bool:
    """True for a serial number's key (``Serial Number``, ``serial``, ``SN``)."""
    return "serial" in key or key == ("sn",)


#: Last keys of a column naming a flight (``Flight``, ``flight_number``, ``Flight No``).
_FLIGHT_KEYS = frozenset(
    {("flight",), ("flight", "number"), ("flight", "no"), ("flight", "num"), ("flight", "nr")}
)
#: Key tokens of a flight's own description (an airport desk's or a concierge's transfer
#: list: ``Airline``, ``Terminal``, ``Gate``, ``Origin``, a ``Carrier``).
_FLIGHT_SPEC_TOKENS = frozenset(
    {"airline", "carrier", "terminal", "gate", "origin", "aircraft", "airport", "iata"}
)


def _flight_schedule(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """Every column of a chunk that lists flights and no person, or none.

    An international office's airport-transfer list or a travel desk's arrivals board (a
    flight number beside its airline, terminal, gate or origin) times the flights: its
    arrival and departure dates are the airline's timetable, the same for everyone on
    board, as the project reads an ad campaign's flight dates. A column naming a person
    (a passenger's name or phone, a patient's MRN) makes the chunk a person's booking, and
    nothing is taken from it.
    """
    flight = spec = False
    for path, profile in zip(paths, profiles, strict=True):
        keys = key_tokens(path)
        if not keys:
            continue
        if _names_a_person(profile) or "passenger" in profile.words:
            return []
        flight = flight or keys[-1] in _FLIGHT_KEYS
        spec = spec or not _FLIGHT_SPEC_TOKENS.isdisjoint(keys[-1])
    if not (flight and spec):
        return []
    return [i for i, profile in enumerate(profiles) if not profile.free_text]


#: Key tokens of a column naming a licensed facility (``Facility Name``, ``facility_id``),
#: or a hospital (the header of a CMS standard-charge file: ``hospital_name`` beside
#: ``license_number|GA`` or ``license_information.license_number``).
_FACILITY_WORDS = frozenset({"facility", "facilities", "hospital", "hospitals"})
#: Key tokens of a licence's columns (``License Number``, ``License Type``, ``License #``).
_LICENCE_WORDS = frozenset({"license", "licence", "licensure"})
#: What a facility listing's licence and NPI columns are re-worded to: no word of a
#: licence or an NPI is left for a family to read them by.
_FACILITY_COLUMN_WORDS = frozenset({"facility"})


def _facility_listing(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The licence and NPI columns of a chunk that lists licensed facilities and no person.

    A state's licensing listing or a treatment locator's export (a facility's name beside
    its licence number or type, its NPI, capacity and address: a residential treatment
    programme's ``License Number`` = "190123AP") names organisations: the licence is the
    facility's, and its NPI a type 2 NPI, neither a person's (Safe Harbor's licence numbers
    are an individual's). A column naming a person (an administrator's name, a clinician's
    email, a patient's date of birth) makes the chunk a person's record, as a credentialing
    roster or an admission is, and nothing is taken from it.
    """
    facility = licence = False
    ids: list[int] = []
    for i, (path, profile) in enumerate(zip(paths, profiles, strict=True)):
        keys = key_tokens(path)
        if not keys or not keys[-1]:
            continue
        words = {t for key in keys for t in key}
        licence_column = bool(_LICENCE_WORDS & words)
        npi_column = "npi" in keys[-1]
        if licence_column or npi_column:
            ids.append(i)
            licence = licence or licence_column
            continue
        if _names_a_person(profile):
            return []
        facility = facility or bool(_FACILITY_WORDS & words)
    return ids if facility and licence else []


#: Key tokens of a place of care a shipment goes to (``Hospital``, ``Facility Name``,
#: ``clinic``, ``Ship To Practice``).
_SHIP_TO_PLACE_WORDS = _FACILITY_WORDS | {"clinic", "clinics", "practice", "practices"}
#: Key tokens of the goods shipped (``Product``, ``SKU``, ``Item``, ``Lot``, ``NDC``).
_SHIPPED_GOODS_WORDS = frozenset({"item", "sku", "product", "products", "lot", "ndc"})
#: Key tokens of the shipment itself (``Ship To``, ``Ship Date``, ``shipping_address``).
_SHIPMENT_WORDS = frozenset({"ship", "shipped", "shipping", "shipment"})
#: Key tokens of the ship-to party's own columns: its place and its account with the
#: shipper (``Ship To``, ``Ship Date``, ``Account``, ``City``, ``Zip``).
_SHIP_TO_COLUMN_WORDS = _SHIPMENT_WORDS | {"account", "address", "city", "zip", "postal"}


def _facility_shipments(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The ship-to, account and shipment-date columns of a chunk that ships goods to a
    place of care and names no person, or none.

    A formula brand's hospital sample programme, a vaccine distributor's or a DME
    supplier's shipments to clinics (a ``Hospital`` beside the ``Product`` or ``Lot`` and
    a ``Ship To`` address) send goods to an organisation: its address and its account with
    the shipper are the hospital's, and the ship date the shipper's, the same for every
    patient the goods reach later, as a facility listing's columns are the facility's. A
    column naming a person (a patient's name, a ship-to name, a phone) makes the chunk a
    person's order, and nothing is taken from it.
    """
    place = goods = shipment = False
    columns: list[int] = []
    for i, (path, profile) in enumerate(zip(paths, profiles, strict=True)):
        keys = key_tokens(path)
        if not keys or not keys[-1]:
            continue
        if _names_a_person(profile):
            return []
        last = set(keys[-1])
        place = place or bool(_SHIP_TO_PLACE_WORDS & last)
        goods = goods or bool(_SHIPPED_GOODS_WORDS & last)
        shipment = shipment or bool(_SHIPMENT_WORDS & last)
        if _SHIP_TO_COLUMN_WORDS & last and not profile.free_text:
            columns.append(i)
    return columns if place and goods and shipment else []


#: Keys of an insurance producer's National Producer Number (NIPR's ``NPN``, a carrier's
#: ``Writing Agent NPN``, ``National Producer Number``): the column that makes a chunk a
#: roster of licensed agents and brokers.
_PRODUCER_NUMBER_KEYS = frozenset(
    {("npn",), ("national", "producer", "number"), ("producer", "number")}
)
#: Key tokens that say a column is the producer's own (``Agent Name``, ``Broker Email``).
_PRODUCER_WORDS = frozenset({"agent", "agents", "producer", "producers", "broker", "brokers"})
_BIRTH_WORDS = frozenset({"dob", "birth", "birthdate", "birthday"})
#: What a producer roster's licence and date columns are re-worded to: no word of a licence
#: or a date is left for a family to read them by.
_PRODUCER_COLUMN_WORDS = frozenset({"producer"})


def _producer_roster(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The licence and date columns of a roster of insurance agents and brokers.

    A carrier's or an agency's licensing and appointment export (NIPR-, Sircon- and
    AgentSync-like: ``NPN``, ``Resident License #``, ``Lines of Authority``,
    ``Appointment Date``) lists the people who sell policies: their state licences and
    their appointments with a carrier are their trade's, not a patient's care (an
    insurance "appointment" is a carrier's authority to sell, not a visit). Only when a
    National Producer Number column is there and every column naming a person is the
    producer's own (``Agent Name``): a commission statement's ``Insured`` or a lead's
    ``First Name`` makes the chunk a client's record, and nothing is taken from it. The
    agent's own name, email and phone are left to the other families.
    """
    roster = False
    taken: list[int] = []
    for i, (path, profile) in enumerate(zip(paths, profiles, strict=True)):
        keys = key_tokens(path)
        if not keys or not keys[-1]:
            continue
        words = {t for key in keys for t in key}
        if keys[-1] in _PRODUCER_NUMBER_KEYS or (
            keys[-1][-1:] == ("npn",) and words & _PRODUCER_WORDS
        ):
            roster = True
            continue
        birth = bool(words & _BIRTH_WORDS)  # a birth date is a person's wherever it is
        if (
            words & _LICENCE_WORDS
            or profile.entity == "LICENSE_NUMBER"
            or (profile.entity == "DATE" and not birth)
        ):
            taken.append(i)
            continue
        if _names_a_person(profile) and not words & _PRODUCER_WORDS:
            return []
    return taken if roster else []


#: Keys of an interpreter's or a translator's own number in a language services roster
#: (a vendor's ``Interpreter ID``, an agency's ``Linguist ID``).
_INTERPRETER_ID_KEYS = frozenset(
    {("interpreter", "id"), ("interpreter", "number"), ("interpreter", "no")}
)
_LINGUIST_ID_KEYS = _INTERPRETER_ID_KEYS | {
    ("linguist", "id"), ("linguist", "number"), ("translator", "id")
}  # fmt: skip
#: Keys of the languages a roster's interpreter works in (``Languages``, ``Language
#: Pairs``): a roster lists them, a call's detail names the one language served.
_ROSTER_LANGUAGE_KEYS = frozenset(
    {("languages",), ("language", "pairs"), ("language", "pair"), ("working", "languages")}
)
#: Key tokens of an interpreter's credential: the CCHI's and the NBCMI's certification
#: numbers, the ATA's, a court interpreter's licence.
_LINGUIST_CREDENTIAL_WORDS = frozenset(
    {"cchi", "nbcmi", "cmi", "ata", "certification", "certificate", "cert", "credential",
     "credentials", "license", "licence"}
)  # fmt: skip
#: Key tokens of the interpreter's own columns (``Interpreter``, ``Linguist``, a bare
#: ``Name``, ``Email`` or ``Phone``): in a roster they are the interpreter's, and left to
#: the other families.
_LINGUIST_WORDS = frozenset(
    {"interpreter", "interpreters", "linguist", "translator", "name", "first", "last",
     "full", "email", "phone", "mobile"}
)  # fmt: skip
#: What a roster's credential columns are re-worded to: no word of a licence is left.
_LINGUIST_COLUMN_WORDS = frozenset({"linguist"})


def _interpreter_roster(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The credential columns of a roster of medical interpreters and translators.

    A language services vendor's or an agency's roster (``Interpreter ID``, ``Languages``,
    ``CCHI Cert #``, ``NBCMI Certification``) lists the people who interpret: their
    certification numbers are their trade's, as an insurance agent's licence in a producer
    roster is (:func:`_producer_roster`), not a patient's licence. Only when an
    interpreter's number and the languages they work in are both there and every column
    naming a person is the interpreter's own; a call detail's ``Patient Name`` makes the
    chunk a patient's record, and nothing is taken from it.
    """
    keys = [key_tokens(p) for p in paths]
    lasts = {k[-1] for k in keys if k}
    if not (lasts & _LINGUIST_ID_KEYS and lasts & _ROSTER_LANGUAGE_KEYS):
        return []
    taken: list[int] = []
    for i, (k, profile) in enumerate(zip(keys, profiles, strict=True)):
        words = {t for key in k for t in key}
        if words & _LINGUIST_CREDENTIAL_WORDS or profile.entity == "LICENSE_NUMBER":
            taken.append(i)
        elif _names_a_person(profile) and (words & _PERSON_WORDS or not words & _LINGUIST_WORDS):
            return []  # a patient's or another person's column: no roster
    return taken


def _npi_owner(path: str, token: str) -> tuple[str, tuple[str, ...]] | None:
    """``(parent path, words before token)`` of a key whose last key holds ``token``
    (``Convening Provider TIN`` -> ``("", ("convening", "provider"))``), or None."""
    keys = key_tokens(path)
    if not keys or token not in keys[-1]:
        return None
    last = keys[-1]
    return path.rpartition(".")[0], last[: last.index(token)]


def _billing_npis(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """NPI columns whose owner has a TIN beside them: the billing party's.

    A taxpayer id next to an NPI, owned alike (``Convening Provider NPI`` beside
    ``Convening Provider TIN``, ``provider.npi`` beside ``provider.tin``, a rate table's
    ``npi`` beside ``tin_value``), is what a claim's billing provider, a good-faith
    estimate's convening provider or co-provider component and a Transparency-in-Coverage
    rate carry: the party paid under that TIN, a practice or a facility as the project
    reads a billing NPI (``ORGANISATION_NPI_WORDS``). A person's name column under the same
    owner (a credentialing roster's ``Provider Name`` beside ``NPI`` and a group's ``TIN``)
    keeps the NPI a clinician's.
    """
    tins = {o for p in paths if (o := _npi_owner(p, "tin")) is not None}
    if not tins:
        return []
    # (parent path, last key's words) of the chunk's person-name columns
    named = [
        (p.rpartition(".")[0], keys[-1])
        for p, f in zip(paths, profiles, strict=True)
        if f.entity == "NAME" and (keys := key_tokens(p))
    ]
    out = []
    for i, path in enumerate(paths):
        owner = _npi_owner(path, "npi")
        if owner is None or owner not in tins:
            continue
        parent, prefix = owner
        if not any(at == parent and words[: len(prefix)] == prefix for at, words in named):
            out.append(i)
    return out


#: Top-level keys only a public event listing has: Eventbrite's and Meetup's ``venue``,
#: schema.org ``Event``'s ``eventAttendanceMode`` and ``offers``, a ticketed event's
#: ``capacity``. A calendar's appointment has an organiser and attendees, never these;
#: nor has a registrant's row a class schedule's open seats (a hospital's childbirth or
#: CPR class calendar: ``Seats Available``, ``Spots Left``).
_LISTING_KEYS = frozenset(
    {("venue",), ("venue", "id"), ("event", "attendance", "mode"), ("offers",), ("capacity",)}
    | {(w, s) for w in ("seats", "spots", "spaces") for s in ("available", "left", "remaining")}
    | {("open", "seats"), ("open", "spots")}
    # an employer's screening-event or health-fair master (``Expected Participants``,
    # ``Expected Attendance``): the event's planned head count, no one person's row
    | {("expected", w) for w in ("participants", "attendance", "attendees", "headcount")}
    # a DUI school's or a counselling agency's class calendar (``seats_open``)
    | {("seats", "open"), ("spots", "open")}
)
#: A listing's schedule (``start.utc``, ``startDate``, ``end_time``, a class calendar's
#: bare ``Date`` and ``Time``) and its place (schema.org's ``location``): the event's, the
#: same for every attendee.
_LISTING_SCHEDULE_KEYS = frozenset(
    {("start",), ("end",), ("start", "date"), ("end", "date"), ("start", "time"),
     ("end", "time"), ("starts", "at"), ("ends", "at"), ("door", "time"), ("date",),
     ("time",), ("date", "time"),
     # a multi-day event's range in one column (``Dates`` = "03/04/2025 - 03/06/2025")
     ("dates",)}
)  # fmt: skip
_LISTING_PLACE_KEYS = frozenset(
    {("location",), ("place",)}
    # a seminar's or a class's listing with the venue's street (``venue`` beside
    # ``address``, a hospital's "Bariatric Surgery Info Night" at its conference room)
    | {("address",), ("venue", "address")}
    # a tournament bracket's or a game listing's town beside its ``venue`` ("Greensboro,
    # NC"): where the game is played
    | {("city",), ("venue", "city")}
)


#: A league's game schedule heads its two sides (TeamSnap's, SportsEngine's or a youth
#: league's ``Home`` and ``Away``, ``Home Team`` and ``Visitor``): a game's row, whose
#: date, time, field and address are the game's, the same for both rosters. No one
#: person's row names a home and an away side.
_HOME_KEYS = frozenset({("home",), ("home", "team"), ("hometeam",)})
_AWAY_KEYS = frozenset(
    {("away",), ("away", "team"), ("awayteam",), ("visitor",), ("visitors",), ("visiting", "team")}
)


def _event_listing(paths: Sequence[str]) -> bool:
    """True when a chunk's records are public event listings (see :data:`_LISTING_KEYS`):
    an event catalog row, an Eventbrite event object, a page's JSON-LD ``Event``, or a
    league's game schedule (:data:`_HOME_KEYS` beside :data:`_AWAY_KEYS`)."""
    home = away = False
    for path in paths:
        keys = key_tokens(path)
        if keys and keys[0] in _LISTING_KEYS:
            return True
        if len(keys) == 1:
            home, away = home or keys[0] in _HOME_KEYS, away or keys[0] in _AWAY_KEYS
    return home and away


#: Words of an event ticketing export's clocks (Eventbrite's attendee report: ``Order
#: Date``, ``Date Attending``, ``Check-In Date``): when a ticket was bought, the event's
#: own day, when the door scanner read the ticket.
_TICKET_CLOCK_WORDS = frozenset(
    {"order", "ordered", "purchase", "purchased", "attending", "check", "checkin", "checked"}
)
_CLOCK_WORDS = frozenset({"date", "time", "datetime", "day"})
#: Words of a person's own date, which an event export may ask for (a custom question's
#: ``Birth Date``, a class's ``Due Date``): never an event's clock.
_PERSON_DATE_WORDS = frozenset(
    {"birth", "birthdate", "birthday", "dob", "born", "death", "due", "appointment", "appt",
     "visit", "admit", "admission", "discharge", "surgery", "procedure"}
)  # fmt: skip
#: An attendance report's counts (registered, attended, no-shows, a waitlist, capacity).
_REGISTERED_KEYS = frozenset({("registered",), ("registrants",), ("registrations",)})
_ATTENDED_KEYS = frozenset({("attended",), ("attendees",), ("attendance",)})
_SEAT_KEYS = frozenset(
    {("no", "shows"), ("noshows",), ("no", "show"), ("waitlist",), ("waitlisted",),
     ("capacity",), ("seats",)}
)  # fmt: skip


def _top_columns_meet(paths: Sequence[str], *wanted: frozenset) -> bool:
    """True when, for each of ``wanted`` (sets of key tokens), some top-level column's key
    is in it: an export's shape told by two columns side by side (an order's number
    beside its total, a session's page count beside its duration)."""
    top = {keys[0] for keys in map(key_tokens, paths) if len(keys) == 1}
    return all(not top.isdisjoint(keys) for keys in wanted)


def _ticket_export(paths: Sequence[str]) -> bool:
    """True when a chunk's top-level columns are an event ticketing export's: a ticket
    column (``Ticket Type``, ``Ticket Class``) beside an order column (``Order #``,
    ``Order ID``). Eventbrite's, Ticket Tailor's and Universe's attendee reports are
    shaped so; a store's order export has line items instead of tickets."""
    ticket = order = False
    for path in paths:
        keys = key_tokens(path)
        if len(keys) != 1 or not keys[0]:
            continue
        ticket = ticket or keys[0][0] == "ticket"
        order = order or keys[0][0] == "order"
        if ticket and order:
            return True
    return False


#: An order's own number (``Order #``, ``Order Number``, ``order_id``) and its money
#: (``Order Total``, a bare ``Total`` or ``Subtotal``): a sale, rung up by the store.
_ORDER_NUMBER_KEYS = frozenset(
    {("order", "number"), ("order", "id"), ("order", "no"), ("order", "num"), ("order",)}
)
_ORDER_TOTAL_KEYS = frozenset(
    {("order", "total"), ("order", "subtotal"), ("order", "amount"), ("total",)}
    | {("subtotal",), ("grand", "total"), ("total", "paid"), ("amount", "paid")}
)


def _store_order(paths: Sequence[str]) -> bool:
    """True when a chunk's top-level columns are a store's order export: an order number
    beside the order's total (a newborn photo gallery's, a WooCommerce or Squarespace
    orders CSV). Its ``Order Date`` is when the store rang the sale up, as a ticketing
    export's is (tests/test_health_commerce.py: an order's timestamps are the store's).
    A lab's or a pharmacy's order without a total (``order_id`` beside ``order_date`` and
    the tests) dates the patient's care, and is read as ever."""
    return _top_columns_meet(paths, _ORDER_NUMBER_KEYS, _ORDER_TOTAL_KEYS)


def _attendance_report(paths: Sequence[str]) -> bool:
    """True when a chunk's top-level columns count a class's or an event's seats: how many
    registered and attended, beside no-shows, a waitlist or the capacity. No person has a
    no-show count; a row is a session's, and its date the session's."""
    found = 0
    for path in paths:
        keys = key_tokens(path)
        if len(keys) != 1:
            continue
        found |= (
            (keys[0] in _REGISTERED_KEYS)
            | (keys[0] in _ATTENDED_KEYS) << 1
            | (keys[0] in _SEAT_KEYS) << 2
        )
    return found == 0b111


def _event_clock(path: str, *, every_date: bool) -> bool:
    """A top-level date column of an event export: a ticketing clock
    (:data:`_TICKET_CLOCK_WORDS`), or, in an attendance report (``every_date``), any date
    column. A person's own date (a custom question's ``Birth Date``) never is."""
    keys = key_tokens(path)
    if len(keys) != 1 or _CLOCK_WORDS.isdisjoint(keys[0]) or _PERSON_DATE_WORDS & set(keys[0]):
        return False
    return every_date or not _TICKET_CLOCK_WORDS.isdisjoint(keys[0])


#: A store's order export (Shopify's orders CSV: ``Lineitem name``, ``Lineitem sku``, one
#: row per line item) names the order in ``Name`` (``#1001``) and its id in ``Id``: the
#: order's, not a person's, although a bare top-level ``Id`` elsewhere is a CRM record's
#: (a Salesforce Lead's or Contact's). The buyer is in the ``Billing …``/``Shipping …``
#: and ``Email`` columns beside them.
_ORDER_EXPORT_KEYS = frozenset({"Id", "Name"})
#: A payment processor's transaction report (PayPal's activity download, Square's
#: transactions CSV, a Stripe balance report) splits when the money moved into ``Date``
#: and ``Time`` columns: the report's clock, as a W3C log's are, not a person's date. Told
#: by a transaction id beside gross and net amounts (the processor's fee accounting); a
#: practice's patient ledger has charges and balances instead, and its dates of service
#: stay dates.
_PROCESSOR_CLOCK = frozenset({"Date", "date"})
_GROSS_NET = frozenset({"gross", "net"})


#: Key tokens of a health plan's product ids: CMS's contract number and plan benefit
#: package (``contract_id``, ``pbp_id``, ``Contract-PBP``), as plan landscape files, benefit
#: catalogs and plan finders key a plan.
_PLAN_KEY_TOKENS = frozenset({"pbp", "contract"})
#: Key tokens of a plan's cost sharing and rating, which a product has and a person does not
#: (``monthly_premium``, ``moop_in_network``, ``part_d_deductible``, ``star_rating``).
_BENEFIT_TOKENS = frozenset({"premium", "moop", "deductible", "copay", "coinsurance", "star"})
#: Entities a field of a person's record is named for: one of them makes the chunk no
#: catalog (an enrollment file has a contract, a PBP and a premium too, beside the MBI).
_PERSON_FIELD_ENTITIES = frozenset(
    {"NAME", "EMAIL", "PHONE", "FAX", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
     "CREDIT_CARD", "ONLINE_ID", "HASHED_ID", "DEVICE_ID", "OTHER_ID", "AGE_OVER_89"}
)  # fmt: skip
#: What a catalog row's place and dates are: the plan's service area and plan year.
_PLAN_AREA_ENTITIES = frozenset({"LOCATION", "ZIP_CODE", "DATE"})
#: A list's own month too (a PMPM invoice's ``Service Month`` beside its ``Rate``): the
#: billing period of every member it counts, as a plan year is.
_PLAN_DATE_WORDS = frozenset({"date", "effective", "county", "fips", "month"})


#: Key tokens of a fee schedule's code column (``HCPCS``, ``CPT_CODE``) and of its amounts
#: (the DMEPOS schedule's ``Ceiling``, ``Floor``, ``JURIS``; a payer's ``allowable``, ``fee``):
#: a price list of services, the same for everyone, whose effective date is the schedule's.
_FEE_CODE_TOKENS = frozenset(
    {"hcpcs", "cpt"}
    # a dental practice's fee schedule (``Code`` = "D1110" beside ``UCR Fee`` and ``PPO
    # Fee``, or a ``CDT`` column): a practice's price of each CDT code. A bare ``code`` is
    # not enough (a code list's ``purpose_code`` beside a ``standing_order_allowed`` flag);
    # a ``UCR`` (usual, customary and reasonable) amount is a fee schedule's own column
    | {"cdt", "ucr"}
)
_FEE_TOKENS = frozenset(
    {"fee", "fees", "allowable", "allowed", "ceiling", "floor", "juris"}
    # a chargemaster's and a standard-charge file's amounts (``Gross Charge``,
    # ``standard_charge|negotiated_dollar``): the hospital's price of the code
    | {"charge", "charges"}
    # an imaging centre's or a lab's self-pay price list (``cpt`` beside ``cash_price``)
    | {"price", "prices"}
    # the Medicare physician fee schedule's relative value units (``work_rvu``, ``Non-Facility
    # Total RVUs``): only a fee schedule prices a code in RVUs
    | {"rvu", "rvus"}
    # the Medicare ambulance fee schedule's and a service's rate sheet (``A0427`` beside
    # ``Urban Base Rate``, ``Mileage Rate``): the price of each code, per run and per mile
    | {"rate", "rates"}
)


def _price_list(
    paths: Sequence[str],
    profiles: Sequence[FieldProfile],
    item_tokens: frozenset[str],
    price_tokens: frozenset[str],
) -> bool:
    """True when a chunk's fields name a product (``item_tokens``) and its price
    (``price_tokens``) and no field is named for a person's identifier: a list that is the
    same for everyone, whose dates and places are the list's."""
    item = price = False
    for path, profile in zip(paths, profiles, strict=True):
        if profile.entity in _PERSON_FIELD_ENTITIES:
            return False
        words = {t for key in key_tokens(path) for t in key}
        item = item or bool(words & item_tokens)
        price = price or bool(words & price_tokens)
    return item and price


#: Last keys of a service's billing code named by what it codes (a counselling agency's or
#: a DUI programme's fee schedule: ``service_code`` = "H0001" beside ``fee``), a code column
#: as ``HCPCS`` is; a bare ``code`` is not one (see :data:`_FEE_CODE_TOKENS`).
_FEE_CODE_KEYS = frozenset({("service", "code"), ("procedure", "code"), ("billing", "code")})


def _fee_schedule(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are a fee schedule's (a HCPCS or CPT code, or a service's
    or a procedure's code column, beside a fee, an allowable or a ceiling, and no field
    named for a person's identifier): its dates are the schedule's and its states the fee's
    jurisdiction, as a plan catalog's are the plan's. A claim or an order names its
    patient, which makes it no schedule."""
    if _price_list(paths, profiles, _FEE_CODE_TOKENS, _FEE_TOKENS):
        return True
    coded = any(key_tokens(p)[-1:] and key_tokens(p)[-1] in _FEE_CODE_KEYS for p in paths)
    return coded and _price_list(paths, profiles, frozenset({"code"}), _FEE_TOKENS)


#: Key tokens of a seller's price list of goods and services (a funeral home's general
#: price list, the FTC Funeral Rule's GPL: ``item_code`` beside ``price`` and its
#: ``effective`` date; a casket or merchandise catalog's ``sku``) and of its price.
_GOODS_ITEM_TOKENS = frozenset({"item", "sku", "gpl", "merchandise"})
_GOODS_PRICE_TOKENS = frozenset({"price", "prices"})


def _goods_price_list(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are a price list of goods (an item or a SKU beside its
    price, and no field named for a person's identifier): its effective dates are the
    list's, as a fee schedule's are. An order names its buyer, which makes it no list."""
    return _price_list(paths, profiles, _GOODS_ITEM_TOKENS, _GOODS_PRICE_TOKENS)


#: Key tokens of a wellness incentive programme's rules (``activity`` beside its
#: ``points`` or ``reward``, a ``max_per_year``): what each activity earns, the same for
#: every employee.
_REWARD_ITEM_TOKENS = frozenset({"activity", "activities"})
_REWARD_TOKENS = frozenset({"points", "reward", "rewards"})


def _reward_rules(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are an incentive programme's rules (an activity beside
    the points or the reward it earns, and no field named for a person's identifier): its
    effective dates are the programme's, as a price list's are the list's. A ledger or a
    payout file names the employee, which makes it no rule table."""
    return _price_list(paths, profiles, _REWARD_ITEM_TOKENS, _REWARD_TOKENS)


#: Key tokens of an insurance rate table's product (``Product Code``, ``Rate Class``,
#: ``Policy Form``) and of its prices (``Rate per 1000``, ``Policy Fee``, ``Monthly
#: Premium``): a carrier's or a quote engine's price of a product by age and class, the
#: same for everyone.
_RATE_ITEM_TOKENS = frozenset(
    {"product", "class"}
    # a health club's or a studio's price plans (``plan_code`` beside ``monthly_dues`` and
    # ``enrollment_fee``): the same for every member who joins on the plan
    | {"plan", "plans", "membership", "memberships"}
)
_RATE_PRICE_TOKENS = frozenset({"rate", "rates", "premium", "premiums", "fee", "fees", "dues"})


def _rate_table(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are an insurance rate table's (a product or a rate class
    beside a rate, a premium or a fee, and no field named for a person's identifier): its
    effective dates are the rate filing's, as a fee schedule's are the schedule's. A
    policy-admin extract or a quote names its insured, which makes it no table."""
    return _price_list(paths, profiles, _RATE_ITEM_TOKENS, _RATE_PRICE_TOKENS)


#: Key tokens of an employer's group plan (``Plan``, ``plan_code``) and of its cost sharing
#: and pricing (``Deductible (Individual)``, ``Out-of-Pocket Max``, ``monthly_premium``):
#: a benefits guide's plan design table or a rate sheet per coverage tier.
_GROUP_PLAN_TOKENS = frozenset({"plan", "plans"})
_PLAN_DESIGN_TOKENS = _BENEFIT_TOKENS | {"premiums", "oop", "pocket"}


def _plan_design(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are an employer's plan design or rate table (a plan
    beside its deductible, out-of-pocket maximum, copay or premium, and no field named for
    a person's identifier): its effective dates are the plan year's, as a Medicare plan
    catalog's are (:func:`_plan_catalog`). A member's accumulator or enrolment row names
    the member, which makes it no table."""
    return _price_list(paths, profiles, _GROUP_PLAN_TOKENS, _PLAN_DESIGN_TOKENS)


#: Key tokens of a vendor's rate card for a service (an interpreting vendor's ``Service``
#: = "VRI - ASL" beside ``Rate per Minute``; a translation agency's ``Rate per Word``, a
#: transport's ``Rate per Mile``; a wireless carrier's ``Fee per Message``): a price per
#: unit of the service, the same for every client, whose effective date is the card's.
_SERVICE_ITEM_TOKENS = frozenset({"service", "services", "modality", "carrier", "carriers"})
_PER_UNIT_TOKENS = frozenset(
    {"minute", "min", "hour", "hr", "word", "page", "mile", "unit", "session", "visit"}
    # a wireless carrier's pass-through fee per message or segment (an SMS platform's
    # carrier fee table: ``Carrier`` = "AT&T" beside ``Fee per Message``)
    | {"message", "messages", "segment", "segments", "sms", "mms"}
)


def _service_rate_card(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are a service rate card's (a service beside a price per
    unit, ``Rate per Minute``, and no field named for a person's identifier): its
    effective dates are the card's, as a fee schedule's are the schedule's. An invoice or
    a call's detail names its client's patient or bills a duration, not a rate per unit."""
    if not _price_list(paths, profiles, _SERVICE_ITEM_TOKENS, frozenset({"per"})):
        return False
    return any(
        "per" in key and _PER_UNIT_TOKENS.intersection(key[key.index("per") + 1 :])
        for k in map(key_tokens, paths)
        for key in k[-1:]
    )


#: Key tokens of a formulary file's drug code (``NDC``, ``NDC11``, ``GPI``, ``GPI14``) and
#: of its coverage columns (``Tier``, ``Formulary Tier``, ``QL``, ``QL Amount``): a plan's
#: list of covered drugs, the same for every member.
_FORMULARY_DRUG_TOKENS = frozenset({"ndc", "ndc10", "ndc11", "gpi", "gpi10", "gpi14"})
_FORMULARY_TOKENS = frozenset({"tier", "tiers", "formulary", "ql"})


def _formulary_file(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are a formulary file's (an NDC or GPI beside a tier or a
    quantity limit, and no field named for a person's identifier): its effective dates are
    the formulary's, as a fee schedule's are the schedule's. A claim names its member or
    its Rx number, which makes it no formulary."""
    return _price_list(paths, profiles, _FORMULARY_DRUG_TOKENS, _FORMULARY_TOKENS)


#: Key tokens of a piece of marketing or compliance content's own id (a CMS-filed
#: material's ``material_id`` = "Y0040_…_M", a compliance library's ``asset``) and of its
#: description (``version``, ``title``, ``text``, ``status``): a library of the
#: organisation's copy, the same for every reader of it.
_CONTENT_ITEM_TOKENS = frozenset({"material", "materials", "asset", "assets"})
_CONTENT_DETAIL_TOKENS = frozenset({"version", "title", "text", "status"})
#: A privacy office's documents and configuration are such a library too, told by a
#: document's version or a script's SRI hash: a policy or notice version table (``policy``
#: beside ``version``), a form template catalog (``form_code`` beside ``version``), a
#: consent tool's script-tag allow-list (a ``tag`` beside its ``integrity``). A form, a
#: tag or a policy beside a title or a status only is a submission or a record as often.
_DOCUMENT_ITEM_TOKENS = frozenset(
    {"policy", "policies", "notice", "notices", "template", "templates", "form", "forms",
     "tag", "tags", "script", "scripts"}
)  # fmt: skip
_DOCUMENT_DETAIL_TOKENS = frozenset({"version", "integrity"})
#: Last-key tokens of a content library's clocks (``filed_date``, ``approved_on``,
#: ``published_at``, ``last_legal_review``): when the copy was filed with CMS, approved,
#: published or last reviewed.
_CONTENT_CLOCK_TOKENS = frozenset(
    {"date", "dt", "on", "at", "time", "filed", "approved", "published", "effective",
     "expires", "expiration", "submitted", "created", "updated", "reviewed", "review"}
)  # fmt: skip


def _content_clocks(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The clock columns of a content library's rows (a marketing material or an asset
    beside its version, title, text or status, and no field named for a person's
    identifier: a Medicare TPMO's CMS filing log, a compliance team's disclaimer library).
    When the copy was filed or approved is the organisation's calendar, not a reader's
    date, as a plan catalog's effective date is the plan's. A mailing or a send names its
    recipient, which makes it no library. The library's own owner or approver (a policy
    table's ``owner_email``) is the organisation's staff, no reader, and does not count; a
    date named for a person's care or birth (``appointment_date``) is never the library's."""
    profiles = [
        FieldProfile(words=p.words) if staff_field(path) else p
        for path, p in zip(paths, profiles, strict=True)
    ]
    if not (
        _price_list(paths, profiles, _CONTENT_ITEM_TOKENS, _CONTENT_DETAIL_TOKENS)
        or _price_list(paths, profiles, _DOCUMENT_ITEM_TOKENS, _DOCUMENT_DETAIL_TOKENS)
    ):
        return []
    return [
        i
        for i, path in enumerate(paths)
        if (k := key_tokens(path))
        and _CONTENT_CLOCK_TOKENS.intersection(k[-1])
        and profiles[i].entity != "DATE"  # a person's date by its name (``appointment_date``)
    ]


def _plan_catalog(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are a health plan catalog's (a benefit or landscape file,
    a plan finder's feed): a contract or PBP id beside a premium, a MOOP, a deductible, a
    copay or a star rating, and no field named for a person's identifier. Its county is
    the plan's service area and its effective date the plan year's start, not a member's
    (an enrollment file's, beside the member's MBI and name, are the member's)."""
    return _price_list(paths, profiles, _PLAN_KEY_TOKENS, _BENEFIT_TOKENS)


#: Keys naming what an analytics event was (Klaviyo's ``metric``, Segment's ``event``,
#: ``event_name``, ``event_type``): an object holding one is the event, and its bare
#: ``datetime`` the event's clock. Acuity's appointment names its kind ``type``.
_EVENT_NAME_KEYS = ("metric", "event", "event_name", "event_type")
#: Words of a list of a carrier's scans (EasyPost's ``tracking_details[]``, a
#: ``tracking_events`` or ``scan_events`` list): each scan's ``datetime`` is the carrier's.
_SCAN_LIST_WORDS = frozenset({"tracking", "scan", "scans"})


def _timestamp_twins(paths: Sequence[str]) -> list[int]:
    """Indices of bare ``datetime`` keys beside a ``timestamp`` of the same object
    (Klaviyo's Events API: ``attributes.timestamp`` and ``attributes.datetime``): the
    event's time written twice, epoch and ISO, a machine time as the epoch is; so is one
    beside the event's ``event_properties`` (a Klaviyo event exported without its epoch)
    or beside the event's name (:data:`_EVENT_NAME_KEYS`), and a carrier scan's in a
    tracking list (:data:`_SCAN_LIST_WORDS`). A bare ``datetime`` alone stays a date's
    place (Acuity's appointment ``datetime``)."""
    twins = []
    events: set[str] | None = None
    for i, path in enumerate(paths):
        if path.endswith("datetime"):
            parent = path[: -len("datetime")]
            if not parent or parent.endswith((".", "].")):
                if events is None:
                    events = {
                        p.partition(_EVENT_PROPERTIES)[0] for p in paths if _EVENT_PROPERTIES in p
                    }
                keys = key_tokens(path)
                if (
                    f"{parent}timestamp" in paths
                    or parent in events
                    or any(f"{parent}{key}" in paths for key in _EVENT_NAME_KEYS)
                    or (len(keys) > 1 and not _SCAN_LIST_WORDS.isdisjoint(keys[-2]))
                ):
                    twins.append(i)
    return twins


#: Keys only a processor's price or plan object has beside its ``nickname`` (Stripe's
#: ``unit_amount``; a legacy plan's ``amount`` with its ``interval``): the nickname there
#: is the price's label ("Semaglutide Monthly"), not a person's.
_PRICE_MARKS = (("unit", "amount"), ("interval",))


def _price_nicknames(paths: Sequence[str]) -> list[int]:
    """Indices of the ``nickname`` keys of a price or plan object (:data:`_PRICE_MARKS`
    beside it, same object): a product's label, where the field-name rules read a
    person's nickname."""
    if not any(p.endswith("nickname") for p in paths):
        return []
    siblings: dict[tuple[tuple[str, ...], ...], set[tuple[str, ...]]] = {}
    for path in paths:
        keys = key_tokens(path)
        if keys:
            siblings.setdefault(keys[:-1], set()).add(keys[-1])
    found = []
    for i, path in enumerate(paths):
        keys = key_tokens(path)
        if keys and keys[-1] == ("nickname",):
            beside = siblings.get(keys[:-1], set())
            if any(mark in beside for mark in _PRICE_MARKS):
                found.append(i)
    return found


#: An OpenRTB bid's own ids: ``adid`` (the ad's id in the bidder's system) and ``cid``
#: (its campaign), which in other exports are a device's advertising id (Adjust's
#: ``adid``) and a browser's client id (GA's ``cid``).
_BID_OWN_IDS = frozenset({"adid", "cid"})
#: Keys that only an OpenRTB bid object has together: the creative id and the impression
#: it bids on or the price it bids (``seatbid[0].bid[0]``, a DSP's win log of bids).
_BID_CREATIVE = "crid"
_BID_MARKS = frozenset({"impid", "price"})


def _openrtb_bid_ids(paths: Sequence[str]) -> list[int]:
    """Indices of an OpenRTB bid's ``adid`` and ``cid`` when the same object has its
    ``crid`` and its ``impid`` or ``price``: the ad's and the campaign's ids, not a
    device's advertising id nor a browser's client id."""
    if not any(p == _BID_CREATIVE or p.endswith("." + _BID_CREATIVE) for p in paths):
        return []
    keys: dict[str, set[str]] = {}
    for path in paths:
        parent, _, key = path.rpartition(".")
        keys.setdefault(parent, set()).add(key)
    return [
        i
        for i, path in enumerate(paths)
        if (split := path.rpartition("."))[2] in _BID_OWN_IDS
        and _BID_CREATIVE in (siblings := keys[split[0]])
        and not _BID_MARKS.isdisjoint(siblings)
    ]


#: Top-level keys of a point of interest's row (SafeGraph's and Placer's ``placekey``,
#: ``poi_id``, ``poi_name``, a Foursquare place's ``fsq_id``): a foot-traffic export, a
#: visits report, a store list or a places catalog.
_POI_KEYS = frozenset(
    {("placekey",), ("poi", "id"), ("poi", "name"), ("poi",), ("fsq", "id")}
)  # fmt: skip
_PLACE_ENTITIES = frozenset({"LOCATION", "ZIP_CODE"})
#: Words of such a row's columns that are a person's place, not the POI's: a visitor's
#: home or work area, a device's position.
_VISITOR_WORDS = frozenset({"home", "work", "visitor", "visitors", "device", "user", "evening"})
#: Identifier entities of a device on the row (a geofence hit's or a ping's ``gaid``, a
#: hashed MAID): its row's bare coordinates are the device's fix, not the place's.
_DEVICE_ENTITIES = frozenset({"DEVICE_ID", "HASHED_ID"})


def _poi_place(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """Indices of the address and coordinate columns of a point of interest's row
    (:data:`_POI_KEYS` at the top level): the clinic's or the store's street, city, ZIP,
    latitude and longitude, which every visitor of the place shares, as top-level columns
    or in a places API's nested ``location`` and ``geocodes`` objects. A visitor's own home
    or work area in the same row (``home_cbg``, ``home_zip``) stays a person's, and so do
    the coordinates of a row that names a device (an SDK's geofence hit beside its
    ``poi_name``: the device's fix; a POI's own are keyed for it, ``poi_lat``)."""
    keys = [key_tokens(p) for p in paths]
    if not any(len(k) == 1 and k[0] in _POI_KEYS for k in keys):
        return []
    device = any(p.entity in _DEVICE_ENTITIES and not p.system for p in profiles)
    return [
        i
        for i, k in enumerate(keys)
        if k
        and all(_VISITOR_WORDS.isdisjoint(key) for key in k)
        and (
            profiles[i].entity in _PLACE_ENTITIES
            or (not device and coordinate_field(paths[i]) is not None)
        )
    ]


def _oauth_clients(paths: Sequence[str]) -> list[int]:
    """Indices of a link's ``client_id`` query value when the same link names an OAuth
    ``redirect_uri`` or ``response_type`` (an authorization request, as sign-in pages and
    their logs carry it): that ``client_id`` is the application's registration, not a
    browser's analytics id (GA4's ``client_id``), so it is no ONLINE_ID."""
    found = []
    for i, path in enumerate(paths):
        link, sep, param = path.rpartition("?")
        if sep and param == "client_id" and any(f"{link}?{p}" in paths for p in OAUTH_PARAMS):
            found.append(i)
    return found


#: Keys of an OAuth application's registration beside its ``client_id`` (a wearable or
#: an identity provider's integration config: Fitbit's or Garmin's app settings, an
#: Okta or Auth0 application export): the scopes it asks for, where the provider sends
#: the user back, its secret and its grant types.
_OAUTH_APP_KEYS = frozenset(
    {("scope",), ("scopes",), ("redirect", "uri"), ("redirect", "uris"), ("redirect", "url"),
     ("callback", "url"), ("callback", "uri"), ("client", "secret"), ("grant", "types"),
     ("grant", "type"), ("token", "url"), ("authorization", "url"), ("auth", "url")}
)  # fmt: skip
_CLIENT_KEYS = frozenset({("client", "id"), ("clientid",)})


def _parent_of(path: str) -> str:
    """The object a path's last key sits in (a list element's index dropped first)."""
    return re.sub(r"\[\d*\]$", "", path).rpartition(".")[0]


def _oauth_app_clients(paths: Sequence[str]) -> list[int]:
    """Indices of a ``client_id`` whose object also holds an OAuth application's
    registration keys (:data:`_OAUTH_APP_KEYS`): the application's id with the provider,
    not a browser's analytics id (GA4's ``client_id``), so no ONLINE_ID. A GA4 event or a
    Measurement Protocol body has no scopes, callback or secret beside it."""
    by_parent: dict[str, list[int]] = {}
    for i, path in enumerate(paths):
        by_parent.setdefault(_parent_of(path), []).append(i)
    found: list[int] = []
    for members in by_parent.values():
        lasts = {i: key_tokens(paths[i])[-1:] for i in members}
        if any(k and k[0] in _OAUTH_APP_KEYS for k in lasts.values()):
            found.extend(i for i, k in lasts.items() if k and k[0] in _CLIENT_KEYS)
    return found


#: Top-level keys of an invoice's own number and of the purchase order it bills
#: (``Invoice #``, ``InvoiceNo``; ``PO #``, ``PO Number``, ``Purchase Order``).
_INVOICE_KEYS = frozenset(
    {("invoice",), ("invoice", "number"), ("invoice", "no"), ("invoice", "id"), ("inv", "no")}
)
_PURCHASE_ORDER_KEYS = frozenset(
    {
        ("po",),
        ("po", "number"),
        ("po", "no"),
        ("purchase", "order"),
        ("purchase", "order", "number"),
    }
)
#: An invoice's own date columns (``Invoice Date``, ``invoiceDate``, ``Inv Date``).
_INVOICE_DATE_KEYS = frozenset({("invoice", "date"), ("invoice", "dt"), ("inv", "date")})


def _purchase_order_invoice_dates(paths: Sequence[str]) -> list[int]:
    """Indices of an invoice's own date when the row bills a purchase order: a vendor's
    invoice line to a business (a screening vendor's per-screen fees, a lettershop's
    postage, a survey vendor's completes), whose date is the vendor's billing run, the same
    for every line. A patient's or a member's invoice bills no purchase order, so its date
    is left to the date family, as :mod:`detectors.dates` leaves ``invoice`` alone."""
    keys = [key_tokens(p) for p in paths]
    tops = {k[0] for k in keys if len(k) == 1}
    if not (tops & _INVOICE_KEYS and tops & _PURCHASE_ORDER_KEYS):
        return []
    return [i for i, k in enumerate(keys) if len(k) == 1 and k[0] in _INVOICE_DATE_KEYS]


#: Keys only a contact-centre contact record carries beside its ``ContactId``: Amazon
#: Connect's contact trace records (CTRs, as Kinesis Firehose lands them in S3) and its
#: ``DescribeContact`` API's contact (``Id``, ``InitiationMethod``, ``Channel``).
_CONTACT_TRACE_SIGNS = ("initiationmethod", "channel")
#: Last keys of a contact record's own ids and of the instance's line: the contact is one
#: call, chat or task (its ``ContactId`` and the ``Initial``, ``Previous``, ``Next`` and
#: ``Related`` contacts of a transfer chain), and ``SystemEndpoint.Address`` is the
#: number the instance answered or dialled from, whichever way the call went.
_CONTACT_TRACE_IDS = frozenset(
    {"contactid", "initialcontactid", "previouscontactid", "nextcontactid",
     "relatedcontactid", "systemendpoint.address"}
)  # fmt: skip


def _contact_trace_ids(paths: Sequence[str]) -> list[int]:
    """Indices of a contact-centre contact record's call ids and its own line.

    Amazon Connect names a call a "contact": a CTR's ``ContactId`` is the call's id, not a
    CRM contact's record id (Salesforce's and Dataverse's ``ContactId`` are a person's,
    and :mod:`detectors.field_names` reads a bare ``Contact ID`` so). Only beside the
    record's ``InitiationMethod`` and ``Channel``, which no CRM contact carries, are they
    the call's. The caller's ``CustomerEndpoint.Address`` stays a PHONE's place, and so do
    the ``Attributes`` a contact flow collected.
    """
    return _beside([p.lower() for p in paths], _CONTACT_TRACE_IDS, _CONTACT_TRACE_SIGNS)


def _beside(paths: Sequence[str], tails: Iterable[str], signs: Iterable[str]) -> list[int]:
    """Indices of the paths that end in one of ``tails`` (the whole path, or after a
    ``.``) in an object that also holds every one of ``signs``: the same prefix with the
    sign's key after it."""
    found = []
    present = set(paths)
    for i, path in enumerate(paths):
        for tail in tails:
            if path == tail or path.endswith("." + tail):
                prefix = path[: len(path) - len(tail)]
                if all(prefix + sign in present for sign in signs):
                    found.append(i)
                break
    return found


#: Words of a collection agency's or an early-out vendor's columns: what only a debt
#: placed for collection has (``Dunning Cycle``, ``Collector``, ``placement.batchId``,
#: ``Creditor``, ``EO_STATUS``).
_COLLECTION_WORDS = frozenset({"placement", "dunning", "collector", "creditor", "debtor", "eo"})
#: Words of the money a debt's row carries (``Cur Bal``, ``balanceDue``, ``TOTAL_PAID``,
#: a Regulation F itemization's ``amount_due_on_itemization_date``).
_DEBT_MONEY_WORDS = frozenset({"balance", "bal", "paid", "itemization"})
#: Words of the agency's own workflow dates on such a row: when the account was placed,
#: recalled or returned, the collector's next step, and the end of the validation period
#: Regulation F counts from the agency's notice (``Placement Date``, ``placedOn``,
#: ``RETURN_DT``, ``Next Action``, ``validation_period_end``).
_COLLECTION_CLOCK_WORDS = frozenset(
    {"placement", "placed", "recall", "recalled", "return", "returned", "action", "validation"}
)


def _collection_clocks(paths: Sequence[str]) -> list[int]:
    """Indices of a collection file's workflow dates (:data:`_COLLECTION_CLOCK_WORDS`) in
    a chunk whose columns name a debt placed for collection (:data:`_COLLECTION_WORDS`)
    and its money (:data:`_DEBT_MONEY_WORDS`): the agency's clock, the same for a batch
    of debtors, not a person's date. A bare ``Placement Date`` elsewhere is a senior-living
    referral's move-in (tests/test_claims_revenue_cycle.py), and a ``recall`` or
    ``return`` date a dental recall's or a return visit's: those have no balance beside a
    collection word (a dental recall list's balance is no collection word). The debtor's
    own dates (birth, service) keep their words."""
    keys = [key_tokens(p) for p in paths]
    every = frozenset(t for k in keys for key in k for t in key)
    if every.isdisjoint(_COLLECTION_WORDS) or every.isdisjoint(_DEBT_MONEY_WORDS):
        return []
    return [i for i, k in enumerate(keys) if k and not _COLLECTION_CLOCK_WORDS.isdisjoint(k[-1])]


#: Keys of an AWS event envelope beside its ``account`` (EventBridge and CloudWatch
#: Events: ``version``, ``id``, ``detail-type``, ``source``, ``account``, ``time``,
#: ``region``, ``resources``, ``detail``).
_CLOUD_EVENT_SIBLINGS = ("detail-type", "region")
_CLOUD_ACCOUNT_WORDS = frozenset({"cloud", "tenant"})


def _cloud_event_accounts(paths: Sequence[str]) -> list[int]:
    """Indices of an AWS event envelope's ``account`` (beside its ``detail-type`` and
    ``region``): the 12-digit AWS account the event bus belongs to, the sender's cloud
    tenancy, not a person's bank or billing account; its ARNs repeat it in
    ``resources``. An ``account`` without that envelope around it stays an account
    number's place."""
    return _beside(paths, ("account",), _CLOUD_EVENT_SIBLINGS)


#: Last keys of an interpreting vendor's call or session detail (LanguageLine-,
#: CyraCom-, Propio-like: ``Interpreter ID`` or ``interpreterNumber`` beside ``Language``
#: or ``languageName``): the interpreter who took the call and the language served.
_INTERPRETER_KEYS = _INTERPRETER_ID_KEYS | {
    ("interpreter", "badge"), ("interpreter", "badge", "id"), ("interpreter", "code")
}  # fmt: skip
_VENDOR_ACCOUNT_WORDS = frozenset({"vendor", "contract"})
_LANGUAGE_KEYS = frozenset(
    {("language",), ("language", "name"), ("language", "code"), ("language", "selected"),
     ("target", "language")}
)  # fmt: skip


def _interpreting_accounts(paths: Sequence[str]) -> list[int]:
    """Indices of the account columns (``Account``, ``accountNumber``, ``subAccount``) of
    an interpreting vendor's call detail, in an object that also names the interpreter and
    the language: the hospital's account with the vendor (its billing and access
    code), not a person's bank or billing account. A column naming a person
    (``Patient Account``) keeps its reading."""
    by_parent: dict[str, list[int]] = {}
    for i, path in enumerate(paths):
        by_parent.setdefault(path.rpartition(".")[0], []).append(i)
    found: list[int] = []
    for members in by_parent.values():
        lasts = {i: key_tokens(paths[i])[-1:] for i in members}
        if not any(k and k[0] in _INTERPRETER_KEYS for k in lasts.values()):
            continue
        if not any(k and k[0] in _LANGUAGE_KEYS for k in lasts.values()):
            continue
        found.extend(
            i
            for i, k in lasts.items()
            if k and "account" in k[0] and _PERSON_WORDS.isdisjoint(k[0])
        )
    return found


#: Query parameters only an OAuth authorization request or callback carries.
OAUTH_PARAMS = ("redirect_uri", "response_type")


#: The object of an event's own properties (Klaviyo's ``attributes.event_properties``).
_EVENT_PROPERTIES = "event_properties."


#: Identifiers whose field puts a person on the row (a patient, a signed-in visitor).
_PERSON_ENTITIES = frozenset(
    {"NAME", "EMAIL", "PHONE", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "ONLINE_ID",
     "HASHED_ID", "IP_ADDRESS", "DEVICE_ID", "OTHER_ID", "AGE_OVER_89"}
)  # fmt: skip
#: Path words of the person a booking is for (a ``patient.dob`` is a DATE field).
_PERSON_WORDS = frozenset(
    {"patient", "pat", "member", "subscriber", "guarantor", "customer", "visitor", "user",
     "contact", "lead", "caller", "recipient", "dob", "birth", "birthdate"}
)  # fmt: skip
#: Path words of a booking (``appointment_status``, ``booking_id``, a Fast Pass offer): a
#: slot beside them is someone's appointment even when the chunk names no one.
_BOOKING_WORDS = frozenset(
    {"appointment", "appt", "booking", "booked", "reservation", "offer", "offered", "waitlist"}
)
_BOOKED_FOR = _PERSON_WORDS | _BOOKING_WORDS
#: Path words of the clinician or the place a slot or a listing belongs to: their names
#: and ids are the calendar's and the directory's, not a person booked into it.
_CALENDAR_OWNER_WORDS = frozenset(
    {"provider", "prov", "physician", "doctor", "clinician", "npi", "resource", "department",
     "dept", "location", "facility", "clinic", "practice", "office"}
)  # fmt: skip
#: Words of a person's own hours (a lead form's ``best_hours_to_call``), not a listing's.
_NOT_LISTING_HOURS = frozenset({"call", "contact", "best", "preferred", "worked", "billable"})
#: Words of the column that names a listing: a ``department``, a ``clinic_name``; a
#: retail chain's store locator row (``store_number``, ``pharmacy_name``).
_LISTING_WORDS = frozenset(
    {"department", "dept", "clinic", "location", "facility", "practice", "office", "site"}
    | {"store", "pharmacy", "branch"}
    # a payer's or a transport broker's network list (``Provider Name``, ``Provider ID``)
    | {"provider"}
    # a lab directory (``Lab Name`` beside its ``CLIA``)
    | {"lab", "laboratory"}
    # a treatment locator's programme (an eating disorder or addiction centre's
    # ``program`` beside its ``beds`` and ``levels_of_care``)
    | {"program", "programme"}
    # a home health or hospice agency directory (Care Compare-like ``Agency Name`` beside
    # its ``CCN`` and ``Counties Served``)
    | {"agency"}
    # an OSHA ITA submission's establishment (``establishment_name``, ``establishment_id``)
    | {"establishment"}
    # an emergency shelter's status board (``shelter_name``, ``Shelter ID`` beside its
    # ``capacity`` and ``current_occupancy``)
    | {"shelter"}
    # a court list (a DUI programme's or a probation office's directory of the courts it
    # reports to: ``court_name`` beside the courthouse's address, clerk and ``hours``)
    | {"court", "courthouse"}
    # a fitness chain's club directory (``club_number``, ``club_name`` beside its hours), a
    # studio's or a gym's
    | {"club", "studio", "gym"}
)
#: Last-key words only a place's listing has besides its hours: a dialysis centre's
#: ``Shifts`` and ``Chairs``, a facility's ``Beds`` or ``Stations``, a network provider's
#: ``Counties Served``. A person's row has none of them (a pantry visit's ``Date Served``
#: is a person's: only the area a provider serves counts).
_LISTING_SIGNS = frozenset(
    {"shifts", "chairs", "beds", "stations",
     # a shelter's or a facility's head count on a status board (``current_occupancy``):
     # how full the place is, which no person's row has. Not ``capacity``: a patient's
     # decision-making capacity and a vital capacity are a person's
     "occupancy"}
)  # fmt: skip
#: A pharmacy's or a lab's own registry number (a network list's ``ncpdp_id``, a lab
#: directory's ``CLIA``): a listing of those places when no column names a person; on a
#: prescription or a result the patient's columns end the listing reading first.
#: So is a Medicare-certified facility's CMS Certification Number (a dialysis unit's
#: status board's ``CCN`` beside its address and line); a displaced patient list that
#: carries the unit's ``CCN`` names the patient, which ends the listing reading first.
_LISTING_REGISTRIES = frozenset({"ncpdp", "clia", "ccn"})
_LISTING_SIGN_PAIRS = frozenset(
    {("counties", "served"), ("areas", "served"), ("area", "served"), ("service", "area")}
)
#: Key pairs of a health plan's or a navigation vendor's provider network directory
#: (``Accepting New Patients``, ``network_tier``): whether a listed practice takes new
#: patients and its tier in a tiered network are a listing's, never a person's row's. The
#: clinicians such a directory lists keep their NPIs and licences, named or not.
_DIRECTORY_SIGN_PAIRS = frozenset({("accepting", "new"), ("accepts", "new"), ("network", "tier")})
#: Last words of the column that names a listing: the place itself, its name or its number
#: (``clinic_name``, ``store_number``, ``location_id``).
_LISTING_TAILS = _LISTING_WORDS | {"name", "number", "no", "nbr", "num", "id", "code"}
#: Listing words of a place (not a listed clinician's or a programme's): the column that
#: names the place (``facility_name``, ``Practice Name``; not a bare ``department``, whose
#: service line is read) is the listing's own, so a town in it ("Shady Grove Fertility -
#: Rockville") is the place's, as its address is.
_PLACE_LISTING_WORDS = _LISTING_WORDS - {"provider", "program", "programme"}
#: Place words whose bare column names the listed place itself (a facility directory's
#: ``Facility`` = "Desert Bloom Recovery - Scottsdale"), as ``facility_name`` does; not a
#: bare ``department``, whose service line is read.
_BARE_PLACE_COLUMNS = _PLACE_LISTING_WORDS - {"department", "dept"}
#: Entities of a directory listing's own contact block.
_LISTING_ENTITIES = frozenset({"LOCATION", "ZIP_CODE", "PHONE", "FAX", "EMAIL"})


def _catalogue_column(path: str) -> bool:
    """True for a listing's menu of what it offers (a clinic site list's ``vaccines_offered``,
    ``Services Offered``, ``languages_offered``): a plural noun before ``offered`` names
    the things on offer, where a waitlist's ``offered_at`` or ``slot_offered`` is one
    patient's offer."""
    keys = key_tokens(path)
    last = keys[-1] if keys else ()
    return len(last) >= 2 and last[-1] == "offered" and last[-2].endswith("s")


def _person_column(path: str, profile: FieldProfile) -> bool:
    """True when a column puts a person on the row: named for one or for a booking, or
    for an identifier that is not a clinician's or a place's (``provider_npi``,
    ``dept_phone``)."""
    if profile.words & _BOOKED_FOR and not _catalogue_column(path):
        return True
    return profile.entity in _PERSON_ENTITIES and not profile.words & _CALENDAR_OWNER_WORDS


#: A slot's own times when a slot column names the row (a practice's open-slot export:
#: ``Slot ID`` beside a bare ``Start``); without one a bare ``Start`` is anyone's.
_SLOT_TIME_KEYS = frozenset(
    {("start",), ("end",), ("start", "time"), ("end", "time"), ("starts", "at"), ("ends", "at")}
    | {("start", "at"), ("end", "at"), ("start", "date", "time"), ("date", "time")}
    # a bed or chair calendar's day of the slot (a sleep lab's open beds by ``night``, a
    # clinic's slots by ``date``)
    | {("date",), ("night",)}
)


#: A listing's opening and closing times as two columns (a clinic hours table's ``open``
#: and ``close``, schema.org's ``opens`` and ``closes``): together they are its hours.
_OPENS_KEYS = frozenset({("open",), ("opens",), ("open", "time"), ("opening", "time")})
_CLOSES_KEYS = frozenset({("close",), ("closes",), ("close", "time"), ("closing", "time")})


def _listing_hours(key: tuple[str, ...]) -> bool:
    """True for a key of a listing's hours: an ``hours`` column, or an ``hours`` object
    whose leaves are the days (``hours.mon_fri``, ``opening_hours.saturday``); not a
    person's own hours (:data:`_NOT_LISTING_HOURS`: ``best_hours_to_call``)."""
    return "hours" in key and _NOT_LISTING_HOURS.isdisjoint(key)


def calendar_columns(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """Columns of a scheduling calendar or a directory listing, in a chunk with no person.

    An open slot (an availability feed's or a slot inventory's ``slot_start``) is the
    department's calendar; once a patient books it, is offered it or holds it, the same
    time is that patient's appointment date, and the record then names the patient (a
    ``patient.*`` field, a phone, a signed-in visitor's id): so only a chunk whose columns
    name no person has its slot times read as machine times. In the same way a
    department's or a clinic's listing (an ``hours`` column, or another column only a
    place's listing has, :data:`_LISTING_SIGNS`, beside its street, ZIP and phone, and no
    other column naming a person) prints the organisation's own address and
    line, not a person's.
    """
    slots: list[int] = []
    times: list[int] = []
    contact: list[int] = []
    licences: list[int] = []
    place_names: list[int] = []
    hours = listing = anyone = named = slotted = opens = closes = directory = False
    for i, path in enumerate(paths):
        keys = key_tokens(path)
        if not keys:
            continue
        last, profile = keys[-1], profiles[i]
        named = named or profile.entity == "NAME"
        if (profile.entity == "LICENSE_NUMBER" or last == ("npi",)) and not (
            profile.words & _BOOKED_FOR
        ):
            # the place's state licence or its bare ``NPI`` (a pharmacy network list's
            # type 2 NPI beside its NCPDP id and hours), or a listed clinician's
            licences.append(i)
            anyone = True
        elif profile.entity in _LISTING_ENTITIES and not profile.words & _BOOKED_FOR:
            contact.append(i)  # the listing's own, or a person's: the hours column decides
            anyone = True
        elif _person_column(path, profile):
            return []
        if "slot" in last or "slots" in last:
            slots.append(i)
            slotted = True
        elif last in _SLOT_TIME_KEYS:
            times.append(i)
        hours = hours or any(_listing_hours(k) for k in keys)
        opens, closes = opens or last in _OPENS_KEYS, closes or last in _CLOSES_KEYS
        hours = hours or not _LISTING_SIGNS.isdisjoint(last)
        hours = hours or not _LISTING_REGISTRIES.isdisjoint(last)
        hours = hours or not _EMPLOYER_REGISTRIES.isdisjoint(last)
        hours = hours or any(pair in _LISTING_SIGN_PAIRS for pair in pairwise(last))
        # a menu of what the place offers (a treatment locator's or a facility directory's
        # ``Levels Offered`` = "Detox, Residential, PHP, IOP", ``Services Offered``): no
        # person's row lists what it offers
        hours = hours or _catalogue_column(path)
        directory = directory or any(pair in _DIRECTORY_SIGN_PAIRS for pair in pairwise(last))
        if last[-1] in _LISTING_TAILS and _LISTING_WORDS.intersection(last):
            listing = True
            if (
                (last[-1] == "name" and _PLACE_LISTING_WORDS.intersection(last))
                or (len(last) == 1 and last[0] in _BARE_PLACE_COLUMNS)
            ) and profile.entity != "NAME":
                place_names.append(i)
    if slotted:
        slots += times  # a slot inventory keyed by ``Slot ID``: its bare ``Start`` is the slot's
    if (hours or (opens and closes)) and listing:
        # a bare ``license_number`` beside a store's or a dispensary's hours is the
        # business's state licence; a directory that names its clinicians lists theirs.
        # A bare ``date``, ``start`` or ``end`` beside the hours is the listing's own day
        # (a health department's clinic schedule: a site's ``date`` and ``hours``), as a
        # slot inventory's are: no column puts a person on the row
        return slots + times + contact + place_names + ([] if named else licences)
    if directory and listing:
        return slots + contact + place_names
    return [] if anyone else slots


def listed_places(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """Contact columns of a place's object that carries its own hours, in any chunk.

    A booking or a check-in names the clinic it is at as an object (a retail clinic's
    ``clinic: {storeNumber, address, phone, hours}``): an object named for a place
    (:data:`_LISTING_WORDS`) with an ``hours`` key of its own is that place's listing, so
    its address, ZIP and lines are the organisation's, beside a patient's fields or not. A
    ``clinic`` object without hours stays read as ever: it may be where an appointment
    is as often (its ``clinic.date`` is the visit's, tests/test_community_events.py).
    """
    places: set[tuple[tuple[str, ...], ...]] = set()
    keyed = [key_tokens(p) for p in paths]
    for keys in keyed:
        for j in range(1, len(keys)):
            if keys[j - 1] and keys[j - 1][-1] in _LISTING_WORDS and _listing_hours(keys[j]):
                places.add(keys[:j])
    if not places:
        return []
    return [
        i
        for i, keys in enumerate(keyed)
        if profiles[i].entity in _LISTING_ENTITIES
        and any(keys[: len(place)] == place and len(keys) > len(place) for place in places)
    ]


#: Keys of a fax's page count in a fax service's log or message record (eFax's ``Pages``,
#: RingCentral's ``faxPageCount``, Updox's ``pageCount``): with a fax number beside it,
#: the chunk is a fax log.
_FAX_PAGE_KEYS = frozenset(
    {("pages",), ("page", "count"), ("fax", "page", "count"), ("num", "pages"), ("page", "s")}
)
#: Tokens of a fax log's own clock (``Date Received``, ``receivedDate``, ``creationTime``,
#: ``fax_received``, ``Date Sent``): when the transmission happened, the service's clock
#: as an order's timestamps are the store's. A birth date or a visit among them keeps its
#: word and is not one of these.
_FAX_CLOCK_TOKENS = frozenset(
    {"date", "time", "datetime", "timestamp", "ts", "at", "on", "received", "sent", "created",
     "creation", "completed", "transmitted", "delivered", "fax"}
)  # fmt: skip


def _fax_log(paths: Sequence[str]) -> bool:
    """True when a chunk's records are a fax service's log: a page count beside a field
    named for a fax number."""
    pages = fax = False
    for path in paths:
        keys = key_tokens(path)
        if not keys or not keys[-1]:
            continue
        pages = pages or keys[-1] in _FAX_PAGE_KEYS
        fax = fax or "fax" in keys[-1]
        if pages and fax:
            return True
    return False


def _fax_clock(path: str) -> bool:
    """True for a top-level column of a fax log that times the transmission."""
    keys = key_tokens(path)
    return len(keys) == 1 and bool(keys[0]) and _FAX_CLOCK_TOKENS.issuperset(keys[0])


def _order_export(paths: Sequence[str]) -> bool:
    """True when a chunk's columns are a store's order export: top-level ``Lineitem …``
    columns (Shopify) beside an ``Id`` or a ``Name``."""
    return any(p.startswith("Lineitem ") for p in paths) and not _ORDER_EXPORT_KEYS.isdisjoint(
        paths
    )


def _processor_report(paths: Sequence[str]) -> bool:
    """True when a chunk's columns are a payment processor's transaction report: a
    ``Transaction ID`` and gross and net amounts (``Gross``/``Net``, ``Gross Sales``/
    ``Net Sales``) among its top-level columns, and a bare ``Date``."""
    if _PROCESSOR_CLOCK.isdisjoint(paths):
        return False
    firsts: set[str] = set()
    transaction = False
    for path in paths:
        if "." in path or "[" in path:
            continue
        keys = key_tokens(path)
        if len(keys) != 1 or not keys[0]:
            continue  # a key of no word (``"?"``, ``""``) names no column
        toks = keys[0]
        firsts.add(toks[0])
        transaction = transaction or toks == ("transaction", "id")
    return transaction and firsts >= _GROSS_NET


#: Keys of a request log's own id: Cloudflare's ``RayID``, Auth0's ``log_id``, a proxy's
#: ``request_id``, GCP's ``insertId``, a tracer's ``trace_id``.
_REQUEST_LOG_IDS = frozenset(
    {("ray", "id"), ("log", "id"), ("request", "id"), ("insert", "id"), ("trace", "id")}
)
#: A request log's top-level clock: Cloudflare's ``Datetime``, Auth0's ``date``.
_REQUEST_LOG_CLOCK = frozenset({(("date",),), (("datetime",),), (("date", "time"),)})


def _request_log(paths: Sequence[str]) -> bool:
    """True when a chunk's fields are a request log's: an id of the log line or request
    (:data:`_REQUEST_LOG_IDS`), a user agent and a client address side by side (Cloudflare
    Logpush's ``RayID``, ``ClientRequestUserAgent``, ``ClientIP``; an Auth0 tenant log's
    ``log_id``, ``user_agent``, ``ip``). Its bare ``date`` or ``Datetime`` is when the
    request was served, as a W3C log's ``date`` is, not a person's date."""
    log_id = agent = address = False
    for path in paths:
        keys = key_tokens(path)
        if not keys:
            continue
        last = keys[-1]
        log_id = log_id or last[-2:] in _REQUEST_LOG_IDS
        agent = agent or last[-2:] == ("user", "agent") or last in {("useragent",), ("ua",)}
        address = address or last[-1] == "ip" or last[-2:] == ("ip", "address")
        if log_id and agent and address:
            return True
    return False


#: Last tokens of an ad report's delivery and spend metrics (Google Ads ``metrics.
#: impressions`` and ``cost_micros``, Microsoft Ads ``Impressions`` and ``Spend``, Meta's
#: ``Amount spent (USD)``, Google Ads' UI export ``Impr.`` and ``Cost``, an attribution
#: tool's cohort report's ``Installs`` and ``Cost``).
_DELIVERY_TOKENS = frozenset({"impressions", "impr", "impression", "installs"})
_SPEND_KEYS = frozenset(
    {("cost",), ("cost", "micros"), ("spend",), ("amount", "spent"), ("spent",), ("cost", "usd")}
)
#: Whose account a column of an ad report names: the advertiser's.
#: Ratio metrics that only an aggregate report has (no person has a click-through rate or
#: a cost per lead): one of them alone makes a chunk a report.
_RATIO_KEYS = frozenset(
    {
        ("ctr",), ("cpc",), ("cpm",), ("cpl",), ("cpa",), ("cpi",), ("cpv",), ("roas",),
        ("avg", "cpc"), ("average", "cpc"), ("cost", "per", "click"), ("cost", "per", "lead"),
        ("cost", "per", "conversion"), ("cost", "per", "result"), ("click", "through", "rate"),
        # social-media and listening reports (Sprout's "Engagement Rate (per Impression)",
        # Meltwater's and Talkwalker's net sentiment, share of voice): no person has one
        ("engagement", "rate"), ("net", "sentiment"), ("share", "of", "voice"),
        # a budget pacing sheet's spend against budget (``Pacing %``)
        ("pacing",),
    }
)  # fmt: skip
#: A social post-performance report's engagement total (Sprout's and Hootsuite's
#: ``Engagements``): beside impressions it counts a post's delivery, as spend does an ad's.
_ENGAGEMENT_KEYS = frozenset({("engagements",), ("total", "engagements")})
_ADVERTISER_WORDS = frozenset({"customer", "account", "advertiser"})
_REPORT_DAY_KEYS = frozenset({("date",), ("day",), ("week",), ("month",)})
_ADVERTISER_COLUMN_WORDS = frozenset({"advertiser", "report"})


#: A web session's own measures, which no person's record has: how many pages it saw and
#: how long it lasted, side by side (Hotjar's, Mouseflow's and Smartlook's recordings lists:
#: ``Date``, ``Duration``, ``Pages``, ``Country``).
_SESSION_PAGE_KEYS = frozenset(
    {("pages",), ("page", "count"), ("pageviews",), ("page", "views"), ("pages", "visited")}
)
_SESSION_LENGTH_KEYS = frozenset(
    {("duration",), ("session", "duration"), ("recording", "duration"), ("duration", "ms")}
)
#: The columns that time such a session: the recording's start, a machine time.
_SESSION_CLOCK_KEYS = frozenset(
    {("date",), ("time",), ("datetime",), ("date", "time"), ("start", "time"), ("started",)}
)


def _session_list(paths: Sequence[str]) -> bool:
    """True when a chunk's top-level columns are a session list's (a session-replay tool's
    recordings, an analytics session export): a page count and a duration side by side.
    Its bare ``Date`` is when the recording started, as a W3C log's ``date`` is the
    request's; an appointment export has a duration but never a page count."""
    return _top_columns_meet(paths, _SESSION_PAGE_KEYS, _SESSION_LENGTH_KEYS)


def _cost_per(last: tuple[str, ...]) -> bool:
    """A cost per some outcome (a law firm's intake report's ``Cost per Signed Case``, a
    recruiter's ``Cost per Hire``): a ratio of spend to a count, which only an aggregate
    has, whatever the outcome is called."""
    return len(last) >= 3 and last[0] == "cost" and last[1] == "per"


def _ad_report(paths: Sequence[str]) -> bool:
    """True when a chunk's fields are an ad platform's, a lead seller's or a social tool's
    performance report: an impressions (or installs) metric and a spend (or engagements)
    metric side by side, or a ratio metric (``ctr``, ``cpl``, ``roas``, ``engagement rate``).
    A row of such a report counts a campaign's or a post's delivery on a day; it is no
    person's record (a CRM contact counts emails opened and clicked, never impressions
    bought; no person has a cost per lead)."""
    impressions = spend = False
    for path in paths:
        keys = key_tokens(path)
        if not keys:
            continue
        last = keys[-1]
        if last in _RATIO_KEYS or _cost_per(last):
            return True
        impressions = impressions or last[-1] in _DELIVERY_TOKENS
        spend = spend or last in _SPEND_KEYS or last in _ENGAGEMENT_KEYS
        if impressions and spend:
            return True
    return False


#: Tokens of a Google Ads conversion action's key: the ``conversion_action`` resource name
#: of every uploaded click, call or enhanced conversion and adjustment
#: (``conversionAction`` in REST), the ``Conversion action`` / ``Conversion action ID``
#: columns of the conversion-actions export.
_CONVERSION_ACTION = ("conversion", "action")


def _conversion_actions(paths: Sequence[str]) -> bool:
    """True when a chunk's fields name Google Ads conversion actions: an upload of
    conversions to them or an export of them. Such a file is the advertiser's; its
    ``customer_id`` (ten digits, ``482-917-3605`` in the UI) is the advertiser's account,
    which uploads repeat beside every click id, not a customer's record id."""
    for path in paths:
        keys = key_tokens(path)
        if keys and keys[-1][:2] == _CONVERSION_ACTION:
            return True
    return False


def _advertiser_column(path: str) -> bool:
    """In an ad report: the advertiser's account (``customer.id``, ``Customer ID``,
    ``Account number``, ``Account ID``) or the report's day (``segments.date``, ``Date``,
    ``Day``), which the field-name rules would read as a person's id and date."""
    keys = key_tokens(path)
    if not keys:
        return False
    last = keys[-1]
    if last in _REPORT_DAY_KEYS:
        return True
    words = {t for key in keys for t in key}
    return bool(words & _ADVERTISER_WORDS) and last[-1] in {"id", "number", "no"}


#: Top-level objects of a ClinicalTrials.gov API v2 study record: a registry listing,
#: never a person's record; and the study download's (``studies.csv``) own column.
_REGISTRY_ROOTS = ("protocolSection.", "derivedSection.", "resultsSection.")
_REGISTRY_COLUMN = "NCT Number"
#: Last key tokens of a study's own codes: a protocol's, an IRB's or a registry's number
#: (``Protocol #``, ``IRB #``, ``irb_number``, ``nct_id``), the same on every subject's row,
#: and a treatment protocol's in a cancer centre's regimen library (``regimen_id`` =
#: "LYM-RCHOP-21-v3", ``Protocol ID``): the same on every patient's order that uses it.
_STUDY_CODE_KEYS = frozenset(
    {("protocol", "number"), ("protocol", "no"), ("irb", "number"), ("irb", "no"),
     ("irb", "id"), ("nct", "number"), ("nct", "id"), ("protocol", "id"),
     ("regimen", "id"), ("regimen", "code"), ("protocol", "code")}
)  # fmt: skip


def _study_records(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """Columns of a study's own record: a trial registry listing (a ClinicalTrials.gov API
    study, its ``studies.csv`` download) or, with no field named for a person's
    identifier, a row keyed by a protocol's, an IRB's or a registry's number (an IRB
    tracking sheet, a CTMS's site list). Their dates are the study's (start, completion,
    approval, a site's activation), their places a site's or a facility's: machine fields.
    A registry names no patient, so its contacts are the study's published contact points
    (a role's line, an overall official), public as its sites are. A subject's row names
    the subject (``Subject #``, a name, a phone), which makes it no study record. Free-text
    columns are left as they are."""
    if _REGISTRY_COLUMN not in paths and not any(p.startswith(_REGISTRY_ROOTS) for p in paths):
        code = False
        for path, profile in zip(paths, profiles, strict=True):
            if profile.entity in _PERSON_FIELD_ENTITIES:
                return []
            keys = key_tokens(path)
            code = code or (bool(keys) and keys[-1][-2:] in _STUDY_CODE_KEYS)
        if not code:
            return []
    return [i for i, profile in enumerate(profiles) if not profile.free_text]


#: Columns of a data dictionary or codebook (REDCap's ``Field Type`` and ``Field Label``,
#: ``field_type``/``field_label`` in its API's metadata export).
_DICTIONARY_KEYS = frozenset({("field", "type"), ("field", "label")})


def _data_dictionary(paths: Sequence[str]) -> list[int]:
    """Every top-level column of a data dictionary's rows (a field's type beside its
    label): a form's design, not a person's record, so its validation bounds
    (``Text Validation Min`` = "1900-01-01"), field names and notes are machine fields."""
    tops = [i for i, p in enumerate(paths) if len(key_tokens(p)) == 1]
    if not {key_tokens(paths[i])[0] for i in tops} >= _DICTIONARY_KEYS:
        return []
    return tops
