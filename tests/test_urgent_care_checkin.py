"""Urgent care, walk-in clinics and emergency-department check-in.

A blind probe, written by hand before reading the detectors: what an urgent-care group's,
a retail clinic's and an emergency department's front door and marketing teams export.
Online check-in and queue exports (Solv-, Clockwise.MD- and ClinicTracker-like: reason for
visit, queue position and ticket, estimated wait, "text me when it's my turn"), waiting-room
kiosk sessions, ED tracking boards and throughput dashboards (ESI acuity, door-to-doc
minutes, beds and bays, LWBS flags and call-back lists), wait-time widgets embedded on a
hospital's site (GA4 events with location ids, the widget's API), post-visit follow-up and
satisfaction texts, occupational and sports physical walk-ins, COVID, flu and strep results
by text and email, discharge instructions by SMS and email, retail-clinic
(MinuteClinic-like) bookings and flu shots, an Epic-like ED encounter extract joined to
marketing attribution, and the clean rows around them: clinic listings with hours and
services, kiosk and LWBS aggregates, bed boards, provider throughput.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A reason for visit is health context.** "Sore throat", "cough / cold symptoms", "ankle
  injury", "pink eye" or a chief complaint says what is wrong with the person who checks
  in: HEALTH, as the telehealth probe read a reason for visit
  (tests/test_wellness_telehealth.py). So is a visit type that names a service (a DOT or
  sports physical, a COVID test, a flu shot). A check-in, a reserved spot or a "your turn"
  text with no reason and no named service says only that the person uses the clinic:
  identified, not PHI, as a portal sign-up with no health word is
  (tests/test_patient_portal.py); an urgent-care location page is a department page, no
  health context.
- **A queue ticket number is no identifier.** ``A-042`` or ``W-031`` is a place in today's
  line, reissued every day at every clinic; it names no person beyond the visit's own
  record and is no finding. So are a queue position, an estimated or current wait in
  minutes, a room or bed label (``Exam 4``, ``ED-B07``, ``Bay 12``), a kiosk id, a
  location, clinic or store id, a lane, a door-to-doc or length-of-stay figure, an LWBS
  flag or count and a promo code.
- **An ESI level on a person's visit row is health context**: the Emergency Severity Index
  is a nurse's triage assessment of how sick that patient is, as a screener's total or a
  level of care is health (earlier rounds). On a throughput dashboard or a bed board that
  names nobody, ESI counts and an acuity range are the department's: no identifier there,
  and a health finding on them is neither expected nor forbidden.
- **A person's dates are DATE**: birth, a check-in or registration time, an ED arrival
  (an admission's date), a reserved or booked slot, a specimen's collection, a vaccine's
  administration and a virtual visit's start. The system's clocks are not: an event or
  webhook time, a send time, a widget's ``updated`` stamp, a dashboard's or kiosk report's
  date and hour, a bed's last cleaning. A reminder's scheduled send time and a mail's
  ``Date`` header are left unstated.
- **The clinic's places and lines are the clinic's**: its street, city, ZIP, phone and fax
  in a location listing, in a booking's ``clinic`` object, in a text's body or in an
  email's footer, its opening hours, its name, a "preferred location" picked from the
  clinic list: no finding. The patient's address, city and ZIP are.
- **Ids**: a visit's MRN is MRN; an ED encounter's CSN is the person's encounter id
  (``OTHER_ID|ACCOUNT_NUMBER|MRN``); a guarantor account is ACCOUNT_NUMBER; a member or
  subscriber id is HEALTH_PLAN_ID; a lab accession and a custody-and-control form are the
  person's record ids (OTHER_ID, as earlier rounds decided); an employee id is OTHER_ID; an
  app's external id and GA4's ``user_pseudo_id`` are ONLINE_ID or OTHER_ID; a CDL is a
  LICENSE_NUMBER. A booking's, reservation's or visit's own id is left unstated; a
  confirmation code, an employer account, a PO and an authorisation form number, a
  transaction id, a vaccine lot, a pharmacy's NCPDP id and a survey id are no findings.
- **Clinicians**: the project reports clinicians' names (tests/test_clinicians.py); a
  provider throughput row names a provider and is identified, not PHI (no health word).
  In a patient's row this probe states nothing about the attending. A role in a name's
  place ("RN Shift Lead") is no name.
- A payer or plan name, an employer's name, a US state alone and a month are no findings.

After reading the detectors no blind expectation was changed; two must-nots were stricter
than decisions the project had made and are narrowed on top (:data:`_DECIDED`): a local
number after "Questions? Call" in a text (tests/test_phone.py reports such a line unless an
organisation's name comes right before it) and a survey row's visit month (a month is an
element of a date). What the work built: a check-in's time as the visit's start (``Check-In
Time``, ``checked_in_at``), Epic's ``ADT_ARRIVAL_TIME`` and a vaccine's ``administered_at``
as DATE fields; an ESI or CTAS level under its field as a reading
(:mod:`detectors.clinical_measures`: 1 to 5, so a dashboard's ``ESI 2`` count column is not
one); a visit object's ``started_at`` beside its bare ``reason``
(:mod:`detectors.appointment_records`); a multi-location business's ``location_phone``; a
listing's hours as an object of days or as ``open`` and ``close`` columns, and a place's
object that carries its own hours (a booking's ``clinic`` with ``hours``) as the
organisation's listing (:mod:`detectors.chunk_profiles`); an organisation's name and a comma
before a street as that organisation's address (a visit summary's footer,
:mod:`detectors.location`); a median or percentile measure as an aggregate's, whose
``Date``, ``Shift`` and ``hour`` are its buckets (:mod:`detectors.aggregate_reports`); a
kiosk's ``{screen, value}`` steps read under their screen (:mod:`detectors.cells`); a
booking's ``Clinic`` or ``Store`` column as no place for a dash signature (``"MinuteClinic
#4411 - Columbus"``); "Shift Lead", "Supervisor", "Manager" and "Walk-In" as the last words
of a role or an organisation; and sixteen vocabulary terms (``laceration``, ``rapid
antigen``, ``antigen test``, drug-test panels by their size, injuries by body part such as
``ankle injury``). Four records are left open (:data:`LEFT_ALONE`): a bed board's ``Last
Cleaned``, a throughput row's bare ``Provider``, a walk-in registration's ``registered``
and the survey row whose visit month makes it PHI by the contract. Tried and taken back: a
reason for visit as a health field ("billing question" is a reason too). A fifth, a lab
export's bare ``Accession``, was closed at the merge by the imaging probe's rule (an
accession is the patient's record id unless it has a sequence database's shape,
``field_names``), which is what this probe had tried and taken back for want of that
shape check.

Figures (misses / false findings / records wrong): SHAPES (30 records, 86 pairs), blind
7 / 21 / 19; after the work 2 / 3 / 5 as written, 2 / 1 / 4 with the decisions (all in
LEFT_ALONE). HELD_OUT (10 records, 47 pairs), blind before any work 8 / 1 / 6; scored once
after the SHAPES work: 8 / 1 / 6; after general fixes (a kiosk's screens, ``laceration``,
injuries by body part and ``rapid antigen``, ``administered_at``, Epic's ADT arrival, an
hourly aggregate's ``hour``): 1 / 0 / 1 (in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Solv-like online booking (JSON): reason, patient, insurance card",
        {
            "id": "bk_9Qe2LxT4",
            "location_id": "gJ7kq2",
            "status": "reserved",
            "origin": "booking_widget",
            "reason": "sore throat and fever since Saturday",
            "appointment_date": "2024-11-18T15:30:00-05:00",
            "patient": {
                "first_name": "Renee",
                "last_name": "Castellano",
                "birth_date": "1988-02-14",
                "phone": "+13125550148",
                "email": "renee.castellano@gmail.com",
            },
            "insurance": {"carrier": "Aetna", "member_id": "W281746390"},
            "created_date": "2024-11-18T13:02:44Z",
        },
        {
            ("reason", "HEALTH"),
            ("appointment_date", "DATE"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.birth_date", "DATE"),
            ("patient.phone", "PHONE"),
            ("patient.email", "EMAIL"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("location_id", "*"),
            ("status", "*"),
            ("origin", "*"),
            ("created_date", "*"),
            ("insurance.carrier", "*"),
        },
        True,
    ),
    (
        "Clockwise.MD-like queue export (CSV): ticket, position, wait, reason",
        {
            "Clinic ID": "1127",
            "Clinic": "Lakeview Urgent Care",
            "Queue Position": "4",
            "Ticket": "A-042",
            "Patient Name": "Marcus Bell",
            "Mobile": "(312) 555-0148",
            "Reason for Visit": "Cough / cold symptoms",
            "Est. Wait (min)": "35",
            "Check-In Time": "11/18/2024 09:42 AM",
            "Text When Ready": "Yes",
        },
        {
            ("Patient Name", "NAME"),
            ("Mobile", "PHONE"),
            ("Reason for Visit", "HEALTH"),
            ("Check-In Time", "DATE"),
        },
        {
            ("Clinic ID", "*"),
            ("Clinic", "*"),
            ("Queue Position", "*"),
            ("Ticket", "*"),
            ("Est. Wait (min)", "*"),
            ("Text When Ready", "*"),
        },
        True,
    ),
    (
        '"Text me when it\'s my turn" SMS (Twilio message resource): no reason',
        {
            "sid": "SM5f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "direction": "outbound-api",
            "to": "+17735550122",
            "from": "+13125550100",
            "body": "Hi Dana, it's almost your turn at Northside Urgent Care. Please head "
            "back to the clinic within 15 minutes. Your ticket is B-017.",
            "status": "delivered",
            "num_segments": "2",
        },
        {("to", "PHONE"), ("body", "NAME")},
        {
            ("sid", "*"),
            ("body", "OTHER_ID"),
            ("body", "LOCATION"),
            ("status", "*"),
            ("num_segments", "*"),
        },
        False,
    ),
    (
        "Waiting-room kiosk session: screens and the values typed on them",
        {
            "kiosk_id": "KSK-07",
            "session_id": "ks_20241118_0086",
            "started_at": "2024-11-18T08:14:02-06:00",
            "steps": [
                {"screen": "language", "value": "English"},
                {"screen": "reason_for_visit", "value": "Ankle injury"},
                {"screen": "date_of_birth", "value": "04/09/1987"},
                {"screen": "full_name", "value": "Priya Raman"},
            ],
            "photo_id_scanned": True,
            "insurance_card_scanned": True,
            "completed": True,
        },
        {
            ("steps[1].value", "HEALTH"),
            ("steps[2].value", "DATE"),
            ("steps[3].value", "NAME"),
        },
        {
            ("kiosk_id", "*"),
            ("started_at", "*"),
            ("steps[0].value", "*"),
            ("photo_id_scanned", "*"),
        },
        True,
    ),
    (
        "ED throughput dashboard row (clean): arrivals, door-to-doc, LWBS, ESI mix",
        {
            "Facility": "Mercy General ED",
            "Date": "2024-11-17",
            "Arrivals": "212",
            "Median Door-to-Doc (min)": "24",
            "LWBS %": "1.9",
            "ESI 1": "3",
            "ESI 2": "41",
            "ESI 3": "102",
            "ESI 4": "55",
            "ESI 5": "11",
            "Boarding Hours": "86.5",
        },
        set(),
        {
            ("Facility", "*"),
            ("Date", "*"),
            ("Arrivals", "*"),
            ("Median Door-to-Doc (min)", "*"),
            ("LWBS %", "*"),
            ("ESI 3", "*"),
            ("Boarding Hours", "*"),
        },
        False,
    ),
    (
        "ED tracking board row: bed, ESI, chief complaint, arrival",
        {
            "Bed": "ED-B07",
            "Pt Name": "HOLLOWAY, JAMES",
            "Age/Sex": "67 M",
            "MRN": "004417283",
            "ESI": "2",
            "Chief Complaint": "Chest pain",
            "Arrival": "11/17/2024 22:14",
            "Door to Doc": "12",
            "Attending": "Dr. Kessler",
            "Disposition": "Admit",
            "LWBS": "N",
        },
        {
            ("Pt Name", "NAME"),
            ("MRN", "MRN"),
            ("ESI", "HEALTH"),
            ("Chief Complaint", "HEALTH"),
            ("Arrival", "DATE"),
        },
        {
            ("Bed", "*"),
            ("Door to Doc", "*"),
            ("LWBS", "*"),
            ("Age/Sex", "AGE_OVER_89"),
            ("Disposition", "*"),
        },
        True,
    ),
    (
        "GA4 BigQuery row: the wait-time widget viewed on a location page",
        {
            "event_date": "20241118",
            "event_timestamp": "1731942000123456",
            "event_name": "view_wait_time",
            "user_pseudo_id": "1187263549.1731941877",
            "event_params": [
                {"key": "location_id", "value": {"string_value": "uc-lakeview-03"}},
                {"key": "wait_minutes", "value": {"int_value": 35}},
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.examplehealth.org/urgent-care/"
                        "locations/lakeview?utm_source=google&utm_medium=organic"
                    },
                },
            ],
            "device": {"category": "mobile", "operating_system": "iOS"},
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_timestamp", "*"),
            ("event_params[0].value.string_value", "*"),
            ("event_params[1].value.int_value", "*"),
            ("event_params[2].value.string_value", "HEALTH"),
        },
        False,
    ),
    (
        "GA4 BigQuery row: online check-in submitted with a reason and a slot",
        {
            "event_date": "20241118",
            "event_timestamp": "1731944100654321",
            "event_name": "checkin_submitted",
            "user_pseudo_id": "902118374.1731943012",
            "event_params": [
                {"key": "location_id", "value": {"string_value": "uc-oakpark-01"}},
                {"key": "visit_reason", "value": {"string_value": "Flu-like symptoms"}},
                {"key": "slot_time", "value": {"string_value": "2024-11-18T16:15"}},
                {"key": "queue_ticket", "value": {"string_value": "A-051"}},
            ],
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
            ("event_params[2].value.string_value", "DATE"),
        },
        {
            ("event_timestamp", "*"),
            ("event_params[0].value.string_value", "*"),
            ("event_params[3].value.string_value", "*"),
        },
        True,
    ),
    (
        "Post-visit satisfaction survey by text: NPS and a comment without health",
        {
            "survey_id": "psat_uc_v2",
            "patient_phone": "+16305550187",
            "first_name": "Kelly",
            "visit_date": "2024-11-16",
            "location": "Naperville Walk-In Clinic",
            "nps": "9",
            "comment": "Fast and friendly, the front desk was great",
            "sent_at": "2024-11-17T14:00:00Z",
        },
        {("patient_phone", "PHONE"), ("first_name", "NAME"), ("visit_date", "DATE")},
        {
            ("survey_id", "*"),
            ("location", "*"),
            ("nps", "*"),
            ("comment", "*"),
            ("sent_at", "*"),
        },
        False,
    ),
    (
        "Podium-like follow-up thread after the visit: how is the ankle sprain",
        {
            "conversation_id": "c_88213",
            "location_phone": "(630) 555-0100",
            "contact": {"name": "Omar Haddad", "phone": "(630) 555-0163"},
            "messages": [
                {
                    "sender": "location",
                    "body": "Hi Omar, this is Westmont Urgent Care checking in after your "
                    "visit yesterday. How is your ankle sprain feeling? Reply 1 if better, "
                    "2 if worse.",
                },
                {"sender": "contact", "body": "2, still swollen and can't put weight on it"},
            ],
        },
        {
            ("contact.name", "NAME"),
            ("contact.phone", "PHONE"),
            ("messages[0].body", "HEALTH"),
        },
        {("conversation_id", "*"), ("location_phone", "*")},
        True,
    ),
    (
        "Retail-clinic sports physical booking: a minor, the guardian, the store",
        {
            "reservationId": "MC-7734102",
            "service": "Sports Physical (ages 5-18)",
            "clinic": {
                "storeNumber": "08842",
                "address": "1450 W Fullerton Ave, Chicago, IL 60614",
                "phone": "(773) 555-0199",
                "hours": "Mon-Fri 8:30am-7:30pm; Sat-Sun 9am-5:30pm",
            },
            "patient": {
                "firstName": "Ava",
                "lastName": "Delgado",
                "dateOfBirth": "2011-03-27",
                "guardian": {
                    "name": "Rosa Delgado",
                    "mobile": "(773) 555-0131",
                    "email": "rosa.delgado@gmail.com",
                },
            },
            "slot": "2024-11-19T16:40:00-06:00",
            "promoCode": "BACK2SCHOOL",
        },
        {
            ("service", "HEALTH"),
            ("patient.firstName", "NAME"),
            ("patient.lastName", "NAME"),
            ("patient.dateOfBirth", "DATE"),
            ("patient.guardian.name", "NAME"),
            ("patient.guardian.mobile", "PHONE"),
            ("patient.guardian.email", "EMAIL"),
            ("slot", "DATE"),
        },
        {
            ("clinic.storeNumber", "*"),
            ("clinic.address", "*"),
            ("clinic.phone", "*"),
            ("clinic.hours", "*"),
            ("promoCode", "*"),
        },
        True,
    ),
    (
        "Occupational walk-in: DOT physical and drug screen for an employer",
        {
            "visit_type": "DOT Physical",
            "employer": "Midwest Freight LLC",
            "employer_account": "EMP-20931",
            "employee_name": "Travis Kowalski",
            "dob": "1979-06-02",
            "cdl_number": "K412-7783-9920",
            "services": "DOT physical; 5-panel urine drug screen",
            "po_number": "PO-55812",
            "authorization_form": "AUTH-2024-11-0452",
            "visit_date": "11/18/2024",
        },
        {
            ("visit_type", "HEALTH"),
            ("employee_name", "NAME"),
            ("dob", "DATE"),
            ("cdl_number", "LICENSE_NUMBER"),
            ("services", "HEALTH"),
            ("visit_date", "DATE"),
        },
        {("employer_account", "*"), ("po_number", "*"), ("authorization_form", "*")},
        True,
    ),
    (
        "COVID-19 PCR result by text: the clinic's line in the body",
        {
            "message_sid": "SM0a9b8c7d6e5f40312a3b4c5d6e7f8091",
            "to": "+18475550176",
            "body": "Northbrook Urgent Care: Your COVID-19 PCR test collected 11/15 is "
            "NEGATIVE. Questions? Call (847) 555-0100.",
            "status": "delivered",
            "date_created": "Mon, 18 Nov 2024 17:02:11 +0000",
            "patient_ref": "pt_55a81c",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("patient_ref", "OTHER_ID")},
        {("message_sid", "*"), ("body", "PHONE"), ("date_created", "*"), ("status", "*")},
        True,
    ),
    (
        "Rapid flu results export (CSV): accession, patient, test, result",
        {
            "Accession": "UC24-118832",
            "Patient": "Nguyen, Linh",
            "DOB": "08/30/1992",
            "Test": "Influenza A/B rapid antigen",
            "Result": "Flu A Detected",
            "Collected": "11/18/2024 10:05",
            "Site": "UC-03",
            "Notified Via": "SMS",
        },
        {
            ("Accession", "OTHER_ID|MRN"),
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Test", "HEALTH"),
            ("Collected", "DATE"),
        },
        {("Site", "*"), ("Notified Via", "*")},
        True,
    ),
    (
        "Discharge instructions by SMS: diagnosis, antibiotic, a short link",
        {
            "to_number": "+12245550119",
            "patient_first_name": "Grace",
            "template": "discharge_instructions",
            "body": "Grace, your discharge instructions from today's visit: Diagnosis: acute "
            "otitis media. Take amoxicillin 500 mg three times a day for 10 days. Follow up "
            "with your PCP if not better in 48 hours. View: https://uc.example.org/d/8Fk2Qa",
            "sent": "2024-11-18T19:22:05Z",
        },
        {("to_number", "PHONE"), ("patient_first_name", "NAME"), ("body", "HEALTH")},
        {("sent", "*"), ("template", "*")},
        True,
    ),
    (
        "Strep result ready email (transactional send with merge variables)",
        {
            "template": "lab_result_ready",
            "campaign_id": "tx_results_v4",
            "recipient": {"email": "j.whitaker@icloud.com", "name": "Jordan Whitaker"},
            "merge_vars": {
                "TEST_NAME": "Rapid Strep A",
                "RESULT": "Positive",
                "COLLECTED": "11/17/2024",
                "CLINIC_NAME": "Elmhurst Walk-In Care",
                "CLINIC_PHONE": "630-555-0140",
            },
            "sent_at": "2024-11-17T21:45:00Z",
        },
        {
            ("recipient.email", "EMAIL"),
            ("recipient.name", "NAME"),
            ("merge_vars.TEST_NAME", "HEALTH"),
            ("merge_vars.COLLECTED", "DATE"),
        },
        {
            ("merge_vars.CLINIC_NAME", "*"),
            ("merge_vars.CLINIC_PHONE", "*"),
            ("sent_at", "*"),
            ("campaign_id", "*"),
        },
        True,
    ),
    (
        "Clinic location listing (clean): address, phone, fax, hours, services, wait",
        {
            "location_id": "uc-lakeview-03",
            "name": "Lakeview Urgent Care",
            "address": "2900 N Broadway St",
            "city": "Chicago",
            "state": "IL",
            "zip": "60657",
            "phone": "(773) 555-0100",
            "fax": "(773) 555-0101",
            "hours": {"mon_fri": "8:00 AM - 8:00 PM", "sat_sun": "9:00 AM - 5:00 PM"},
            "services": ["X-ray", "Stitches", "COVID-19 testing", "Flu shots"],
            "current_wait_minutes": 22,
            "accepts_walk_ins": True,
        },
        set(),
        {
            ("location_id", "*"),
            ("name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("fax", "*"),
            ("hours.mon_fri", "*"),
            ("current_wait_minutes", "*"),
        },
        False,
    ),
    (
        "Wait-time widget API response (clean): lines, waits, next ticket",
        {
            "locations": [
                {
                    "id": "1127",
                    "display_name": "Oak Park Walk-In",
                    "wait": {"minutes": 18, "updated": "2024-11-18T15:04:00Z"},
                    "patients_in_line": 5,
                    "next_ticket": "A-043",
                }
            ]
        },
        set(),
        {
            ("locations[0].id", "*"),
            ("locations[0].display_name", "*"),
            ("locations[0].wait.minutes", "*"),
            ("locations[0].wait.updated", "*"),
            ("locations[0].patients_in_line", "*"),
            ("locations[0].next_ticket", "*"),
        },
        False,
    ),
    (
        "Queue status webhook: the patient is roomed (no reason in the payload)",
        {
            "event": "patient.status_changed",
            "clinic_id": "8812",
            "visit": {
                "id": "vst_33a9c1",
                "ticket": "C-108",
                "status": "ROOMED",
                "room": "Exam 4",
                "position": 0,
            },
            "patient": {"first": "Luis", "last": "Ortega", "phone": "+17085550174"},
            "occurred_at": "2024-11-18T14:12:09Z",
        },
        {("patient.first", "NAME"), ("patient.last", "NAME"), ("patient.phone", "PHONE")},
        {
            ("clinic_id", "*"),
            ("visit.ticket", "*"),
            ("visit.status", "*"),
            ("visit.room", "*"),
            ("visit.position", "*"),
            ("occurred_at", "*"),
        },
        False,
    ),
    (
        "Online check-in form (Gravity Forms entry): symptoms as the question's answer",
        {
            "form_id": "4",
            "entry_id": "18832",
            "Name (First)": "Hannah",
            "Name (Last)": "Brooks",
            "Phone": "(331) 555-0128",
            "Date of Birth": "12/02/1990",
            "What brings you in today?": "Painful urination, possible UTI",
            "Have you had a fever in the last 24 hours?": "No",
            "Preferred location": "Downers Grove",
            "date_created": "2024-11-18 07:55:31",
            "source_url": "https://www.exampleuc.com/check-in/",
        },
        {
            ("Name (First)", "NAME"),
            ("Name (Last)", "NAME"),
            ("Phone", "PHONE"),
            ("Date of Birth", "DATE"),
            ("What brings you in today?", "HEALTH"),
        },
        {
            ("form_id", "*"),
            ("entry_id", "*"),
            ("Preferred location", "*"),
            ("date_created", "*"),
            ("source_url", "*"),
        },
        True,
    ),
    (
        "ED left-without-being-seen call-back list: arrival, ESI, complaint",
        {
            "MRN": "00882314",
            "Patient Name": "PATEL, ANIKA",
            "Phone": "847-555-0193",
            "Arrival": "2024-11-17 23:48",
            "ESI": "3",
            "Chief Complaint": "Abdominal pain",
            "LWBS Time": "2024-11-18 02:10",
            "Callback Status": "Left voicemail",
            "Caller": "RN Shift Lead",
        },
        {
            ("MRN", "MRN"),
            ("Patient Name", "NAME"),
            ("Phone", "PHONE"),
            ("Arrival", "DATE"),
            ("ESI", "HEALTH"),
            ("Chief Complaint", "HEALTH"),
        },
        {("Callback Status", "*"), ("Caller", "NAME")},
        True,
    ),
    (
        "Kiosk daily report (clean): sessions, completions, abandoned step",
        {
            "kiosk_id": "KSK-07",
            "location_id": "uc-03",
            "date": "2024-11-18",
            "sessions": 86,
            "completed": 79,
            "abandoned_step": "insurance_card",
            "median_session_seconds": 142,
            "language_es_pct": 22.1,
        },
        set(),
        {
            ("kiosk_id", "*"),
            ("location_id", "*"),
            ("date", "*"),
            ("sessions", "*"),
            ("abandoned_step", "*"),
            ("median_session_seconds", "*"),
        },
        False,
    ),
    (
        "Retail-clinic booking export (CSV): pink eye, member id, confirmation",
        {
            "Confirmation #": "R8K2-44TQ",
            "Visit Reason": "Pink eye",
            "Patient First Name": "Derek",
            "Patient Last Name": "Simmons",
            "Patient DOB": "05/14/1984",
            "Mobile Phone": "(614) 555-0182",
            "Email": "derek.simmons84@gmail.com",
            "Clinic": "MinuteClinic #4411 - Columbus",
            "Appointment": "11/19/2024 10:20 AM",
            "Insurance": "UnitedHealthcare",
            "Member ID": "918273645",
            "Booked Via": "app",
        },
        {
            ("Visit Reason", "HEALTH"),
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Mobile Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Appointment", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {("Confirmation #", "*"), ("Clinic", "*"), ("Insurance", "*"), ("Booked Via", "*")},
        True,
    ),
    (
        "Retail-clinic flu shot walk-in: a 92-year-old, lot and promo",
        {
            "store_id": "08842",
            "transaction_id": "TX-9912-55",
            "service": "Flu vaccine (Quadrivalent)",
            "patient_name": "Eleanor Fitch",
            "age": "92",
            "phone": "(773) 555-0166",
            "administered_at": "2024-11-18T11:32:00-06:00",
            "lot": "UJ482AA",
            "promo": "FLU5OFF",
        },
        {
            ("service", "HEALTH"),
            ("patient_name", "NAME"),
            ("age", "AGE_OVER_89"),
            ("phone", "PHONE"),
            ("administered_at", "DATE"),
        },
        {("store_id", "*"), ("transaction_id", "*"), ("lot", "*"), ("promo", "*")},
        True,
    ),
    (
        "ED bed board row (clean): bay, status, last cleaned, acuity range",
        {
            "Unit": "ED",
            "Bed": "Bay 12",
            "Status": "Dirty",
            "Last Cleaned": "2024-11-18 03:40",
            "Zone": "Fast Track",
            "Acuity Max": "ESI 4-5",
        },
        set(),
        {
            ("Unit", "*"),
            ("Bed", "*"),
            ("Status", "*"),
            ("Last Cleaned", "*"),
            ("Zone", "*"),
            ("Acuity Max", "OTHER_ID"),
        },
        False,
    ),
    (
        "Online review left after a visit: a child's ear infection",
        {
            "rating": 5,
            "review": "Dr. Patel diagnosed my son's ear infection in 10 minutes. Back to "
            "school tomorrow!",
            "reviewer": {"name": "Megan O.", "email": "megan.obrien@yahoo.com"},
            "location_id": "gJ7kq2",
            "submitted_at": "2024-11-18T20:11:00Z",
        },
        {("review", "HEALTH"), ("reviewer.name", "NAME"), ("reviewer.email", "EMAIL")},
        {("rating", "*"), ("location_id", "*"), ("submitted_at", "*")},
        True,
    ),
    (
        "Occupational clinic feed to an employer portal: post-accident drug test",
        {
            "employer_id": "ACME-0042",
            "case_type": "Post-Accident",
            "employee": {"name": "Victor Huang", "employee_id": "E448120"},
            "tests": [{"panel": "DOT 5-panel urine", "result": "Negative", "ccf": "1234567"}],
            "collected": "2024-11-18T09:10:00-06:00",
            "clinic": "Elk Grove Occupational Health",
        },
        {
            ("employee.name", "NAME"),
            ("employee.employee_id", "OTHER_ID"),
            ("tests[0].panel", "HEALTH"),
            ("tests[0].ccf", "OTHER_ID"),
            ("collected", "DATE"),
        },
        {("employer_id", "*"), ("clinic", "*")},
        True,
    ),
    (
        "Walk-in registration row: address, guarantor, subscriber, queue ticket",
        {
            "visit_id": "V-20241118-0217",
            "registered": "11/18/2024 13:05",
            "last_name": "Ferreira",
            "first_name": "Tomas",
            "sex": "M",
            "dob": "1958-10-11",
            "address": "418 Maple Ave",
            "city": "Evanston",
            "zip": "60201",
            "reason_for_visit": "laceration left hand",
            "guarantor_account": "G00981276",
            "payer": "BCBS IL PPO",
            "subscriber_id": "XOF912834576",
            "queue_ticket": "W-031",
            "est_wait_min": "40",
        },
        {
            ("registered", "DATE"),
            ("last_name", "NAME"),
            ("first_name", "NAME"),
            ("dob", "DATE"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("reason_for_visit", "HEALTH"),
            ("guarantor_account", "ACCOUNT_NUMBER"),
            ("subscriber_id", "HEALTH_PLAN_ID"),
        },
        {("payer", "*"), ("queue_ticket", "*"), ("est_wait_min", "*"), ("sex", "*")},
        True,
    ),
    (
        "Reserved-spot reminder text (no reason): the clinic's line beside it",
        {
            "contact_phone": "+13125550157",
            "contact_name": "Nia Johnson",
            "message": "Reminder: your spot at Loop Urgent Care is reserved for today at "
            "4:15 PM. Reply C to cancel. Est. wait: 10 min.",
            "scheduled_for": "2024-11-18T21:15:00Z",
            "location_phone": "+13125550100",
        },
        {("contact_phone", "PHONE"), ("contact_name", "NAME")},
        {("location_phone", "*"), ("message", "HEALTH"), ("message", "LOCATION")},
        False,
    ),
    (
        "Provider throughput row: a clinician's shift figures (no patient)",
        {
            "Provider": "Kessler, Anne MD",
            "Shift": "2024-11-17 Day",
            "Patients Seen": "31",
            "Median D2D (min)": "19",
            "Median LOS (min)": "142",
            "LWBS": "2",
            "Patients per Hour": "2.6",
        },
        {("Provider", "NAME")},
        {
            ("Shift", "*"),
            ("Patients Seen", "*"),
            ("Median D2D (min)", "*"),
            ("Median LOS (min)", "*"),
            ("LWBS", "*"),
            ("Patients per Hour", "*"),
        },
        False,
    ),
    (
        "Urgent-care video visit webhook: rash, prednisone, the pharmacy's NCPDP",
        {
            "visit": {
                "id": "vv_7712aa",
                "type": "video",
                "reason": "Rash on arms after hiking",
                "started_at": "2024-11-18T19:40:12Z",
                "ended_at": "2024-11-18T19:52:40Z",
            },
            "patient": {"name": "Beth Lindqvist", "email": "beth.l@protonmail.com", "state": "IL"},
            "rx": {"drug": "prednisone 20 mg tablet", "pharmacy_ncpdp": "1438220"},
        },
        {
            ("visit.reason", "HEALTH"),
            ("visit.started_at", "DATE"),
            ("patient.name", "NAME"),
            ("patient.email", "EMAIL"),
            ("rx.drug", "HEALTH"),
        },
        {("rx.pharmacy_ncpdp", "*"), ("patient.state", "*"), ("visit.type", "*")},
        True,
    ),
    (
        "Drive-thru COVID testing registration (CSV): symptoms, exposure, lane",
        {
            "Registration ID": "CVT-55810",
            "First": "Samuel",
            "Last": "Osei",
            "DOB": "02/19/1975",
            "Phone": "(872) 555-0114",
            "Symptoms": "Cough, loss of taste",
            "Exposure": "Household contact positive",
            "Test Type": "Rapid Antigen",
            "Lane": "3",
            "Time Slot": "11/18/2024 08:30-08:45",
        },
        {
            ("First", "NAME"),
            ("Last", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Symptoms", "HEALTH"),
            ("Test Type", "HEALTH"),
        },
        {("Lane", "*")},
        True,
    ),
    (
        "ED patient-experience survey row (no identifier): a broken wrist, a wait",
        {
            "survey_id": "PG-ED-2024-118",
            "unit": "Emergency Department",
            "visit_month": "2024-11",
            "q_wait_time": "2",
            "q_overall": "4",
            "comment": "Waited three hours with a broken wrist and nobody gave me anything "
            "for pain.",
            "esi": "4",
        },
        {("comment", "HEALTH")},
        {("survey_id", "*"), ("unit", "*"), ("visit_month", "*"), ("q_wait_time", "*")},
        False,
    ),
    (
        "Email campaign recipient row: walk-in hours promotion with a promo code",
        {
            "email": "carlos.m.reyes@gmail.com",
            "first_name": "Carlos",
            "campaign": "Fall Walk-In Hours",
            "promo_code": "WALKIN15",
            "clinic": "Lakeview",
            "opened": "true",
        },
        {("email", "EMAIL"), ("first_name", "NAME")},
        {("campaign", "*"), ("promo_code", "*"), ("clinic", "*"), ("opened", "*")},
        False,
    ),
    (
        "Anonymous where-to-go triage widget: symptom answers, no identifier",
        {
            "widget": "uc_triage_v2",
            "session": "anon",
            "answers": {
                "symptom": "shortness of breath",
                "severity": "severe",
                "duration": "2 hours",
            },
            "recommendation": "Go to the ER now or call 911",
            "location_id": "uc-03",
        },
        {("answers.symptom", "HEALTH")},
        {("location_id", "*"), ("recommendation", "PHONE"), ("answers.duration", "*")},
        False,
    ),
    (
        "Epic-like ED encounter extract joined to attribution: CSN, MRN, diagnosis",
        {
            "PAT_ENC_CSN_ID": "1098827341",
            "PAT_MRN_ID": "E1288403",
            "ADT_ARRIVAL_TIME": "2024-11-17 19:02:00",
            "ACUITY_LEVEL": "3 - Urgent",
            "ED_DISPOSITION": "Discharge",
            "PRIMARY_DX_NAME": "Migraine without aura",
            "ZIP": "60647",
            "ARRIVAL_MODE": "Walk-in",
            "UTM_SOURCE": "google",
        },
        {
            ("PAT_ENC_CSN_ID", "OTHER_ID|ACCOUNT_NUMBER|MRN"),
            ("PAT_MRN_ID", "MRN|OTHER_ID"),
            ("ADT_ARRIVAL_TIME", "DATE"),
            ("PRIMARY_DX_NAME", "HEALTH"),
            ("ZIP", "ZIP_CODE"),
        },
        {("UTM_SOURCE", "*"), ("ARRIVAL_MODE", "*"), ("ED_DISPOSITION", "*")},
        True,
    ),
    (
        "Clinic hours and staffing row (clean-ish): provider on duty, the clinic's phone",
        {
            "location_id": "uc-03",
            "day": "Saturday",
            "open": "09:00",
            "close": "17:00",
            "provider_on_duty": "Jamal Reed, PA-C",
            "xray_available": "Yes",
            "phone": "(773) 555-0100",
        },
        set(),
        {
            ("location_id", "*"),
            ("open", "*"),
            ("close", "*"),
            ("phone", "*"),
            ("xray_available", "*"),
        },
        False,
    ),
    (
        "Retail-clinic app push event: your provider is ready (external id)",
        {
            "external_id": "cvs_88172634",
            "event": "visit_ready_push",
            "properties": {"clinic_store": "08842", "queue_ticket": "M-12", "wait_minutes": 0},
            "time": 1731942811,
        },
        {("external_id", "OTHER_ID|ONLINE_ID")},
        {
            ("properties.clinic_store", "*"),
            ("properties.queue_ticket", "*"),
            ("properties.wait_minutes", "*"),
            ("time", "*"),
        },
        False,
    ),
    (
        "Visit summary email: bronchitis, benzonatate, the clinic's footer address",
        {
            "message_id": "<20241118.5521@mail.exampleuc.com>",
            "to": '"Irene Castillo" <irene.castillo@outlook.com>',
            "subject": "Your visit summary from Oak Park Walk-In",
            "html_text": "<p>Dear Irene,</p><p>You were seen today for <b>bronchitis</b>. We "
            "prescribed <b>benzonatate 100 mg</b>. Return if you have trouble breathing.</p>"
            "<p>Oak Park Walk-In, 1100 Lake St, Oak Park, IL 60301</p>",
            "date": "Mon, 18 Nov 2024 18:40:03 -0600",
        },
        {("to", "EMAIL"), ("html_text", "HEALTH"), ("html_text", "NAME")},
        {
            ("message_id", "*"),
            ("html_text", "LOCATION"),
            ("html_text", "ZIP_CODE"),
            ("subject", "*"),
        },
        True,
    ),
    (
        "ED hourly LWBS and occupancy aggregate (clean)",
        {
            "hour": "2024-11-17T21:00",
            "arrivals": 14,
            "lwbs": 2,
            "median_wait_min": 67,
            "esi_mix": "1:0 2:3 3:8 4:2 5:1",
            "beds_occupied": "22/24",
        },
        set(),
        {
            ("hour", "*"),
            ("arrivals", "*"),
            ("lwbs", "*"),
            ("median_wait_min", "*"),
            ("esi_mix", "*"),
            ("beds_occupied", "*"),
        },
        False,
    ),
]

#: The project's earlier decisions applied on top of blind rows: ``name -> (expected
#: added, expected dropped, must-not dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "COVID-19 PCR result by text: the clinic's line in the body": (
        set(),
        set(),
        {("body", "PHONE")},
        "a local line in a message's text is still reported unless an organisation's name "
        "comes right before it, or the text calls a toll-free line its own or prints it with "
        'its relay number: tests/test_phone.py keeps "Questions? Call 1-800-555-0142 any '
        'time." as a finding, so a "Questions? Call" before a local number cannot make it '
        "the clinic's; the blind must-not was stricter than the project",
    ),
    "ED patient-experience survey row (no identifier): a broken wrist, a wait": (
        set(),
        set(),
        {("visit_month", "*")},
        "a month is an element of a date other than the year (45 CFR 164.514(b)(2)(i)(C)), "
        "and the project reads a person's ``YYYYMM`` date in a date field as a DATE (round "
        "seven); a survey row's visit month is the respondent's visit, so the blind "
        "must-not was stricter than the contract",
    ),
}

#: What the detectors do not read right, with the reason: ``name -> (still open, why)``;
#: an empty set leaves the PHI verdict open.
_OPEN: dict[str, tuple[set, str]] = {
    "ED bed board row (clean): bay, status, last cleaned, acuity range": (
        {("Last Cleaned", "DATE")},
        "a bare date under a key that says nothing of whose it is is read alone, as the "
        "project decided for bare date columns (tests/test_oncology_infusion.py's chair "
        "inventory ``last_pm``); a bed board names no person, but a bed's ``Last Cleaned`` "
        "and a patient's ``Last Cleaning`` (a dental recall) are one word apart",
    ),
    "Walk-in registration row: address, guarantor, subscriber, queue ticket": (
        {("registered", "DATE")},
        "``registered`` is a machine word (field_names' SYSTEM_TOKENS: an event's sign-up, "
        "a CRM's ``Registration Date``, a webinar's ``registered`` flag); a walk-in's "
        "registration time is the visit's arrival, but the key alone does not say which "
        "(the row is PHI by its name, DOB, address, reason and ids)",
    ),
    "ED patient-experience survey row (no identifier): a broken wrist, a wait": (
        set(),
        "with the visit month a DATE (:data:`_DECIDED`) the row holds an identifier and a "
        "health word, so by the contract's rule it is a PHI record; the blind verdict (no "
        "identifier, not PHI) is kept as written",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_urgent_care_checkin_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on urgent-care and ED check-in exports fails here. Before the work, blind: SHAPES 7
#: misses / 21 false / 19 wrong of 30, HELD_OUT 8 / 1 / 6 of 10.
FLOORS = ShapeTotals(expected=133, misses=1, false=1, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
