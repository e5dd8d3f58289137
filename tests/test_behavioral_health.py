"""Behavioural health, addiction treatment and crisis services' exports.

A blind probe, written by hand before reading the detectors: what a treatment centre's,
a therapy practice's or a crisis line's admissions, marketing and operations teams
export. Admissions CRMs (Salesforce- and Kipu-like: the inquiry call, the caller who is
often a parent, verification of benefits (VOB) with payer and member id, the level of
care requested or recommended (detox, residential, PHP, IOP, ASAM levels), substance of
choice, last use date, co-occurring diagnoses, MAT), admission, discharge and aftercare
lists, opioid treatment programme dosing logs, toxicology (urine drug screen) results,
sober-living and alumni programme lists and alumni app events, therapy marketplaces and
group-practice intake (therapist match quizzes, PHQ-9 and GAD-7 totals, intake forms
with the question as the column, session bookings, superbills with CPT and ICD-10
codes), crisis and warm-line chat and call logs (988-style counsellor dashboards, mobile
crisis dispatch), eating-disorder and ADHD telehealth funnels (Typeform webhooks, Segment
events, refill texts, app reviews), 42 CFR Part 2 consents and accountings of
disclosures, the ad and analytics events of rehab websites (GA4, Meta CAPI, Google Ads
lead forms, call tracking), and the clean rows around them: counsellor rosters and shift
schedules, facility licences, bed-availability boards, census and call-volume reports.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A person's substance of choice is health context.** "Alcohol, Xanax",
  "Methamphetamine", "Opioids / pain pills" in a substance field, and use described in
  words ("using fentanyl daily", "relapsed on meth"), say the person has or is treated for
  a substance use disorder: HEALTH. So does a co-occurring diagnosis, a MAT medication
  (buprenorphine, methadone, Vivitrol) and a toxicology analyte of a named person.
- **A level of care is health context when it is a person's** (requested on a VOB,
  recommended after an assessment, the step-down at discharge): "Detox", "Residential",
  "PHP", "IOP", an ASAM level. On a bed board or a census report the same codes name a
  facility's programme, no person: such rows are not PHI, and their bed counts, census
  and length-of-stay figures are never findings.
- **Screening scores of a person are health**: a PHQ-9 or GAD-7 total, an ASRS result,
  under fields named for them. An average score in a report names nobody.
- **Being in a recovery programme is health context**: an alumni list of a treatment
  programme, a sober-living (recovery residence) roster and an AA check-in in a recovery
  app say the person is in recovery. Their sobriety ("clean") date, move-in date and
  programme completion are the person's DATEs.
- **A clinician's own name, licence and NPI are reported** (the project reports
  clinicians: ``NAME``, ``LICENSE_NUMBER``, ``OTHER_ID|LICENSE_NUMBER``), also a
  therapist on a booking or superbill. A counsellor roster or a shift schedule alone is
  identified but not health: a clinician's specialties ("Trauma, EMDR, substance use")
  are what they treat, not what they have, and must not make the roster row PHI.
- **The facility's identifiers are not a person's**: a state facility licence number,
  the facility's (or an ordering facility's) NPI, a practice's tax id, a facility's
  address and county, a pharmacy's phone, a payer's name and a group number (plan-level,
  as tests/test_patient_portal.py decided): no finding.
- **Call, chat, conversation, incident, disclosure, consent, VOB, booking and lead-vendor
  reference ids are not a person's** (no finding); a patient's MR number, an OTP's patient
  id, a client object's id and a CRM lead's record fields are the person's
  (``MRN|OTHER_ID``). A crisis texter's phone number is a PHONE; an anonymous chat with
  only its chat id is health without an identifier (not PHI).
- **Dates**: birth, admission, discharge, last use, sobriety, a session's start, an
  aftercare appointment, a dose date, a specimen's collection and a consent's signature are
  the person's DATEs. A report's date, a system timestamp (``created_at``,
  ``started_at``, GA4's ``event_timestamp``) and a licence's expiry are not; a call's date
  and a CRM follow-up date are neither expected nor forbidden.
- **A 42 CFR Part 2 consent or disclosure names SUD treatment**: the records to disclose
  ("Substance use disorder treatment records", "UDS results") are health context, the
  recipient clinician's name is reported, the recipient organisation and the purpose
  ("Coordination of care") are not findings.
- A US state on its own (``CA``) is not a Safe Harbor identifier and must not be reported;
  an age under 90 is not a finding.

After reading the detectors no blind expectation was changed; two must-nots were stricter
than the project (a counsellor roster's specialties: the dictionary reads them, and an
HCP-only record is PHI unless the policy opts out; a flat ``Pharmacy Phone``: a flat store
or pharmacy contact column is reported, as the sample data's gold reports a
``pharmacy_fax``) and are narrowed on top (:data:`_DECIDED`). What the work built: a
therapy practice's clinician columns (``Clinician``, ``Primary Therapist``,
``Psychiatrist``, a ``therapist`` object's ``name``; one word there is a placeholder) and
an alumni list's ``Alumni Name`` as NAME, an HL7 v2 name copied whole into a field
(``HALVORSEN^ERIK``), PHQ-9, PHQ-2, GAD-7 and GAD-2 totals under fields named for them as
readings in the questionnaire's range, the abbreviated level-of-care fields
(``loc_requested``, ``recommended_loc``), a licensing listing's licence and NPI as the
facility's (a chunk of a facility column and a licence column and no person's column:
``chunk_profiles._facility_listing``), a facility's own address and line (``Facility
Address``, ``facility_phone``), a flat shift clock (``Shift Start``) as a worker's, and
five vocabulary terms (``meth``, ``crystal meth``, ``recovery residence``...). Six records
are left open (:data:`LEFT_ALONE`): a bare ``Service Code``, a nested ``client.id``, a
superbill's ``provider.name``, a review's "purging", a psychiatric-hospitalisation question
answered "Yes, 2019", and the counsellor roster's PHI verdict.

Figures (misses / false findings / records wrong): SHAPES (32 records), blind 12 / 6 / 12,
after the work and the decisions 3 / 0 / 3 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 4 / 2 / 5; scored once after the work on SHAPES: 3 / 2 / 4; after
one field-name rule that generalises (``Alumni Name``) and the decision on a clinician's
specialties: 2 / 0 / 3 (all in LEFT_ALONE). Without the decisions, as
``tests/score_probe.py`` prints them: SHAPES 3 / 1 / 4, HELD_OUT 2 / 2 / 3. A later round
(tests/test_autism_developmental_services.py) closed the bare ``Service Code``: a CPT code
there beside a date of service, units or a modifier is a billed service, so five records
are left open now. The twentieth round (tests/test_symptom_checker_triage.py) closed the
superbill's ``provider.name``: a provider object's name behind a title or a credential
("Dana Whitcombe, LCSW") is a clinician's, so four are left open.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Salesforce-like admissions inquiry (CSV): substance of choice, level of care, last use",
        {
            "FirstName": "Dustin",
            "LastName": "Kowalewski",
            "Phone": "(602) 555-0148",
            "Email": "dkowalewski88@gmail.com",
            "Substance_of_Choice__c": "Alcohol, Xanax",
            "Level_of_Care__c": "Detox",
            "Last_Use_Date__c": "2024-10-05",
            "Inquiry_Type__c": "Self",
            "LeadSource": "Google Ads",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Substance_of_Choice__c", "HEALTH"),
            ("Level_of_Care__c", "HEALTH"),
            ("Last_Use_Date__c", "DATE"),
        },
        {("LeadSource", "*"), ("Inquiry_Type__c", "*")},
        True,
    ),
    (
        "Verification of benefits form (JSON): subscriber, payer, member id, level requested",
        {
            "vob_id": "VOB-22871",
            "subscriber_name": "Teresa Villanueva",
            "subscriber_dob": "1979-04-12",
            "relationship": "Self",
            "payer": "Aetna",
            "member_id": "W284719302",
            "group_number": "0884213-01-002",
            "loc_requested": "Residential",
            "vob_status": "Verified",
            "deductible_remaining": "1250.00",
            "oon_benefits": "Yes",
        },
        {
            ("subscriber_name", "NAME"),
            ("subscriber_dob", "DATE"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("loc_requested", "HEALTH"),
        },
        {
            ("vob_id", "*"),
            ("payer", "*"),
            ("group_number", "*"),
            ("deductible_remaining", "*"),
            ("relationship", "*"),
        },
        True,
    ),
    (
        "Kipu-like admission (JSON): MR number, diagnosis, MAT, the facility's licence and NPI",
        {
            "patient": {
                "mr_number": "MR-2024-00417",
                "first_name": "Shane",
                "last_name": "McAllister",
                "dob": "1991-02-27",
                "admission_date": "2024-10-02",
                "level_of_care": "Residential",
            },
            "primary_diagnosis": {
                "code": "F11.20",
                "description": "Opioid use disorder, moderate",
            },
            "mat": {"medication": "buprenorphine/naloxone 8mg/2mg", "start": "2024-10-02"},
            "facility": {
                "name": "Desert Sun Recovery",
                "npi": "1558372912",
                "license": "AZ BH-0412",
            },
        },
        {
            ("patient.mr_number", "MRN|OTHER_ID"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.admission_date", "DATE"),
            ("primary_diagnosis.code", "HEALTH"),
            ("primary_diagnosis.description", "HEALTH"),
            ("mat.medication", "MEDICATION"),
        },
        {("facility.npi", "*"), ("facility.license", "*"), ("facility.name", "*")},
        True,
    ),
    (
        "Alumni programme list (CSV): sobriety date, programme completed",
        {
            "Alumni Name": "Brianna Castellanos",
            "Email": "bri.castellanos@yahoo.com",
            "Phone": "480-555-0133",
            "Sobriety Date": "03/17/2022",
            "Program Completed": "Residential addiction treatment, 30-day",
            "Alumni Coordinator": "Team West",
            "Newsletter": "Y",
        },
        {
            ("Alumni Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Sobriety Date", "DATE"),
            ("Program Completed", "HEALTH"),
        },
        {("Alumni Coordinator", "*"), ("Newsletter", "*")},
        True,
    ),
    (
        "Therapy marketplace intake (JSON): PHQ-9 and GAD-7 totals, presenting concerns",
        {
            "client": {
                "first_name": "Ainsley",
                "email": "ainsley.brock@outlook.com",
                "state": "CA",
            },
            "screening": {
                "phq9_total": 17,
                "gad7_total": 12,
                "phq9_item9": "Several days",
            },
            "presenting_concerns": ["anxiety", "depression", "trauma"],
            "preferred_therapist_gender": "Female",
            "payment": "Insurance",
        },
        {
            ("client.first_name", "NAME"),
            ("client.email", "EMAIL"),
            ("screening.phq9_total", "HEALTH"),
            ("screening.gad7_total", "HEALTH"),
            ("presenting_concerns[0]", "HEALTH"),
        },
        {("client.state", "*"), ("preferred_therapist_gender", "*"), ("payment", "*")},
        True,
    ),
    (
        "Therapist match quiz (Segment track, anonymous): concerns answered",
        {
            "type": "track",
            "event": "Match Quiz Completed",
            "anonymousId": "3f9a2c71-8d4e-4b0a-9f15-6c2e7d8a1b40",
            "properties": {
                "concerns": "Anxiety, Panic attacks",
                "therapy_type": "Individual",
                "payment_method": "Insurance",
                "matches_shown": 4,
            },
            "timestamp": "2024-10-06T19:22:41.118Z",
        },
        {("anonymousId", "ONLINE_ID"), ("properties.concerns", "HEALTH")},
        {("properties.matches_shown", "*"), ("timestamp", "*"), ("event", "*")},
        True,
    ),
    (
        "Group-practice appointment export (CSV): client, clinician, CPT, date of service",
        {
            "Client": "Morgan Ellery",
            "Clinician": "Dana Whitcombe",
            "Date of Service": "10/07/2024",
            "Start Time": "3:00 PM",
            "Service Code": "90837",
            "Service Description": "Psychotherapy, 60 min",
            "Location": "Telehealth",
            "Appointment Status": "Show",
        },
        {
            ("Client", "NAME"),
            ("Clinician", "NAME"),
            ("Date of Service", "DATE"),
            ("Service Code", "HEALTH"),
            ("Service Description", "HEALTH"),
        },
        {("Location", "*"), ("Appointment Status", "*")},
        True,
    ),
    (
        "Superbill (JSON): client, therapist's NPI and licence, ICD-10 and CPT lines",
        {
            "client": {
                "name": "Leon Abernathy",
                "dob": "1986-08-30",
                "address": "4418 N Winthrop Ave, Chicago, IL 60640",
            },
            "provider": {
                "name": "Dana Whitcombe, LCSW",
                "npi": "1245789635",
                "license": "LCSW 149.021883",
            },
            "practice": {"name": "Northside Counseling Collective", "tax_id": "36-4829133"},
            "diagnosis_codes": ["F41.1", "F43.10"],
            "lines": [{"date": "2024-09-17", "cpt": "90834", "fee": "150.00", "units": 1}],
        },
        {
            ("client.name", "NAME"),
            ("client.dob", "DATE"),
            ("client.address", "LOCATION"),
            ("provider.name", "NAME"),
            ("provider.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("provider.license", "LICENSE_NUMBER"),
            ("diagnosis_codes[0]", "HEALTH"),
            ("lines[0].cpt", "HEALTH"),
            ("lines[0].date", "DATE"),
        },
        {
            ("practice.tax_id", "*"),
            ("practice.name", "*"),
            ("lines[0].fee", "*"),
            ("lines[0].units", "*"),
        },
        True,
    ),
    (
        "988-style crisis text conversation (JSON): texter's number and words, counsellor id",
        {
            "conversation_id": "CNV-8812-4470",
            "texter_phone": "+15035550173",
            "risk_level": "Imminent",
            "counselor_id": "cc_2281",
            "started_at": "2024-10-06T02:14:09Z",
            "messages": [
                {
                    "role": "texter",
                    "text": "i cant stop thinking about killing myself. i took a bunch of my "
                    "moms oxycodone an hour ago",
                },
                {"role": "counselor", "text": "Thank you for telling me. Are you safe right now?"},
            ],
        },
        {("texter_phone", "PHONE"), ("messages[0].text", "HEALTH")},
        {
            ("conversation_id", "*"),
            ("counselor_id", "*"),
            ("started_at", "*"),
            ("messages[1].text", "*"),
        },
        True,
    ),
    (
        "Warm-line call log (CSV): caller's first name, callback number, reason",
        {
            "Call ID": "WL-2024-118730",
            "Caller First Name": "Rosalind",
            "Callback Number": "(971) 555-0186",
            "Call Reason": "Loneliness and anxiety, worried about running out of lithium",
            "Duration (min)": "23",
            "Peer Specialist": "peer_17",
            "Date": "10/04/2024",
        },
        {
            ("Caller First Name", "NAME"),
            ("Callback Number", "PHONE"),
            ("Call Reason", "HEALTH"),
        },
        {("Call ID", "*"), ("Duration (min)", "*"), ("Peer Specialist", "*")},
        True,
    ),
    (
        "Anonymous crisis chat (health, no identifier): chat id and first message only",
        {
            "chat_id": "CH-55091827",
            "queue": "988-chat",
            "first_message": "I relapsed on meth after 9 months clean and I feel like giving up",
            "wait_seconds": 42,
            "disposition": "De-escalated",
        },
        {("first_message", "HEALTH")},
        {("chat_id", "*"), ("wait_seconds", "*"), ("queue", "*"), ("disposition", "*")},
        False,
    ),
    (
        "42 CFR Part 2 consent (JSON): patient, recipient clinician, records to disclose",
        {
            "consent_id": "CNS-00981",
            "patient": {"name": "Marcus Delacroix", "dob": "1983-11-05"},
            "program": "Harbor Light Recovery Center - Outpatient Program",
            "recipient": {
                "name": "Dr. Alan Pritchard",
                "organization": "Eastside Family Medicine",
            },
            "purpose": "Coordination of care",
            "information_to_disclose": "Substance use disorder treatment records, attendance, "
            "toxicology results and medications including buprenorphine",
            "signed_date": "2024-09-30",
            "expiration": "Upon discharge",
            "revocable": True,
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("recipient.name", "NAME"),
            ("information_to_disclose", "HEALTH"),
            ("signed_date", "DATE"),
        },
        {
            ("consent_id", "*"),
            ("recipient.organization", "*"),
            ("purpose", "*"),
            ("revocable", "*"),
        },
        True,
    ),
    (
        "Part 2 accounting of disclosures (CSV): MRN, date disclosed, records released",
        {
            "Disclosure ID": "DSC-771204",
            "Patient MRN": "0048812",
            "Disclosed To": "County Probation Dept",
            "Date Disclosed": "09/26/2024",
            "Consent ID": "CNS-00944",
            "Records Released": "Attendance; urine drug screen results",
        },
        {
            ("Patient MRN", "MRN|OTHER_ID"),
            ("Date Disclosed", "DATE"),
            ("Records Released", "HEALTH"),
        },
        {("Disclosure ID", "*"), ("Consent ID", "*"), ("Disclosed To", "*")},
        True,
    ),
    (
        "Eating-disorder telehealth funnel (Typeform webhook): name, email, behaviours",
        {
            "event_id": "01J9X4M2Q8ZK7D3W5R1T6Y0B2C",
            "event_type": "form_response",
            "form_response": {
                "form_id": "Xk2P9qLz",
                "submitted_at": "2024-10-05T14:02:11Z",
                "answers": [
                    {"type": "text", "text": "Avery", "field": {"id": "a1", "ref": "first_name"}},
                    {
                        "type": "email",
                        "email": "avery.lindqvist@gmail.com",
                        "field": {"id": "a2", "ref": "email"},
                    },
                    {
                        "type": "choices",
                        "choices": {"labels": ["Binge eating", "Restricting"]},
                        "field": {"id": "a3", "ref": "behaviors"},
                    },
                    {
                        "type": "text",
                        "text": "bulimia at 16, relapsed after college",
                        "field": {"id": "a4", "ref": "history"},
                    },
                ],
            },
        },
        {
            ("form_response.answers[0].text", "NAME"),
            ("form_response.answers[1].email", "EMAIL"),
            ("form_response.answers[2].choices.labels[0]", "HEALTH"),
            ("form_response.answers[3].text", "HEALTH"),
        },
        {("form_response.form_id", "*"), ("form_response.submitted_at", "*")},
        True,
    ),
    (
        "ADHD telehealth funnel (Segment identify-in-track): ASRS result, email trait",
        {
            "type": "track",
            "event": "Assessment Completed",
            "userId": "usr_8f3a61c2d9",
            "context": {"traits": {"email": "k.oyelaran@icloud.com"}},
            "properties": {
                "assessment": "ASRS v1.1",
                "score": 19,
                "result": "Positive screen for ADHD",
                "next_step": "Book clinician visit",
            },
            "timestamp": "2024-10-04T21:10:55.402Z",
        },
        {
            ("userId", "OTHER_ID|ONLINE_ID"),
            ("context.traits.email", "EMAIL"),
            ("properties.result", "HEALTH"),
        },
        {("timestamp", "*"), ("event", "*")},
        True,
    ),
    (
        "ADHD refill reminder SMS log: first name and stimulant in the body",
        {
            "sid": "SMa4c81f0e27b94d5c8f1e2a3b4c5d6e7f",
            "from": "+18885550143",
            "to": "+17205550162",
            "body": "Hi Jordan, your Adderall XR 20mg refill with Dr. Patel can be requested "
            "today. Reply STOP to opt out.",
            "status": "delivered",
            "date_sent": "Fri, 04 Oct 2024 15:00:12 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "MEDICATION")},
        {("from", "*"), ("sid", "*"), ("status", "*")},
        True,
    ),
    (
        "Sober-living roster (CSV): resident, house, move-in and clean dates",
        {
            "Resident": "Tyrell Hammond",
            "House": "Maple House (Men's)",
            "Program": "Recovery residence, Level II",
            "Move-In Date": "08/12/2024",
            "Clean Date": "06/30/2024",
            "Phone": "(253) 555-0107",
            "Weekly Rent": "185.00",
            "Bed": "3B",
        },
        {
            ("Resident", "NAME"),
            ("Program", "HEALTH"),
            ("Move-In Date", "DATE"),
            ("Clean Date", "DATE"),
            ("Phone", "PHONE"),
        },
        {("House", "*"), ("Weekly Rent", "*"), ("Bed", "*")},
        True,
    ),
    (
        "Bed-availability board (clean): a facility's level of care and open beds",
        {
            "facility": "Cascade Ridge Treatment Center",
            "county": "Pierce",
            "level_of_care": "Residential (ASAM 3.5)",
            "beds_total": 24,
            "beds_available": 3,
            "gender": "Male",
            "accepts_mat": "Yes",
            "updated_at": "2024-10-06T07:30:00-07:00",
        },
        set(),
        {
            ("facility", "*"),
            ("county", "*"),
            ("beds_total", "*"),
            ("beds_available", "*"),
            ("updated_at", "*"),
            ("gender", "*"),
        },
        False,
    ),
    (
        "State facility licence listing (clean): licence, NPI, capacity, address",
        {
            "Facility Name": "Harbor Light Recovery Center",
            "License Number": "190123AP",
            "License Type": "Residential Alcohol and Drug Treatment",
            "NPI": "1982637401",
            "Expiration Date": "2025-06-30",
            "Capacity": "36",
            "Facility Address": "1420 Harbor Blvd, Costa Mesa, CA 92627",
        },
        set(),
        {
            ("Facility Name", "*"),
            ("License Number", "*"),
            ("NPI", "*"),
            ("Expiration Date", "*"),
            ("Capacity", "*"),
            ("Facility Address", "*"),
        },
        False,
    ),
    (
        "Counsellor roster (identified, not health): name, licence, NPI, specialties",
        {
            "Counselor Name": "Gwendolyn Achebe",
            "Credential": "LPCC",
            "License #": "LPCC 3418",
            "NPI": "1672450933",
            "Email": "gachebe@northsidecounseling.com",
            "Specialties": "Trauma, EMDR, substance use",
            "Accepting New Clients": "Yes",
        },
        {
            ("Counselor Name", "NAME"),
            ("License #", "LICENSE_NUMBER"),
            ("NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Specialties", "HEALTH"), ("Credential", "*"), ("Accepting New Clients", "*")},
        False,
    ),
    (
        "Crisis line call-volume report (clean): daily totals",
        {
            "Date": "2024-10-01",
            "Queue": "988 Lifeline",
            "Calls Offered": 412,
            "Answered": 389,
            "Abandon Rate": "5.6%",
            "ASA (sec)": 31,
            "Avg Handle Time": "14:22",
            "Suicide Risk Assessments": 97,
        },
        set(),
        {
            ("Date", "*"),
            ("Queue", "*"),
            ("Calls Offered", "*"),
            ("Answered", "*"),
            ("ASA (sec)", "*"),
            ("Avg Handle Time", "*"),
        },
        False,
    ),
    (
        "Call tracking on a rehab site (CallRail-like): caller, keyword, landing page",
        {
            "id": "CAL8f2d0c41a7b94e0e9d3c2b1a0f9e8d7c",
            "customer_phone_number": "+14805550191",
            "customer_name": "DIANE OSEI",
            "tracking_phone_number": "+18665550120",
            "source": "Google Ads",
            "keywords": "alcohol detox near me",
            "landing_page_url": "https://www.example-recovery.com/alcohol-detox/",
            "duration": 311,
            "start_time": "2024-10-06T10:42:17.000-07:00",
        },
        {
            ("customer_phone_number", "PHONE"),
            ("customer_name", "NAME"),
            ("keywords", "HEALTH"),
            ("landing_page_url", "HEALTH"),
        },
        {("id", "*"), ("tracking_phone_number", "*"), ("duration", "*"), ("source", "*")},
        True,
    ),
    (
        "Inquiry from a parent (CRM note): caller, patient, fentanyl and overdoses",
        {
            "Caller Name": "Linda Farraday",
            "Relationship to Patient": "Mother",
            "Patient Name": "Cole Farraday",
            "Patient Age": "19",
            "Notes": "Son using fentanyl daily, 2 overdoses this year, narcan at home. Wants "
            "residential out of state.",
            "Follow Up Date": "10/08/2024",
        },
        {
            ("Caller Name", "NAME"),
            ("Patient Name", "NAME"),
            ("Notes", "HEALTH"),
        },
        {("Patient Age", "*"), ("Relationship to Patient", "*")},
        True,
    ),
    (
        "Google Ads lead form webhook (rehab): name, phone, email, substance",
        {
            "lead_id": "TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789-AaBb",
            "api_version": "1.0",
            "form_id": 40000000001,
            "campaign_id": 18822901234,
            "user_column_data": [
                {
                    "column_name": "Full Name",
                    "string_value": "Reggie Tompkins",
                    "column_id": "FULL_NAME",
                },
                {
                    "column_name": "User Phone",
                    "string_value": "+16025550177",
                    "column_id": "PHONE_NUMBER",
                },
                {
                    "column_name": "User Email",
                    "string_value": "reggie.t@gmail.com",
                    "column_id": "EMAIL",
                },
                {
                    "column_name": "Who needs help?",
                    "string_value": "Myself",
                    "column_id": "QUESTION_1",
                },
                {
                    "column_name": "What substance?",
                    "string_value": "Opioids / pain pills",
                    "column_id": "QUESTION_2",
                },
            ],
        },
        {
            ("user_column_data[0].string_value", "NAME"),
            ("user_column_data[1].string_value", "PHONE"),
            ("user_column_data[2].string_value", "EMAIL"),
            ("user_column_data[4].string_value", "HEALTH"),
        },
        {("campaign_id", "*"), ("form_id", "*"), ("user_column_data[3].string_value", "*")},
        True,
    ),
    (
        "GA4 export row on a rehab site: client id and a heroin treatment page",
        {
            "event_date": "20241006",
            "event_timestamp": "1728230533123456",
            "event_name": "form_start",
            "user_pseudo_id": "1029384756.1728230400",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.example-recovery.com/programs/"
                        "heroin-addiction-treatment/"
                    },
                },
                {"key": "ga_session_id", "value": {"int_value": 1728230400}},
            ],
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {("event_timestamp", "*"), ("event_date", "*"), ("event_name", "*")},
        True,
    ),
    (
        "Meta Conversions API payload from a rehab: hashed email and phone, content name",
        {
            "data": [
                {
                    "event_name": "Lead",
                    "event_time": 1728230611,
                    "action_source": "website",
                    "user_data": {
                        "em": [_sha("reggie.t@gmail.com")],
                        "ph": [_sha("16025550177")],
                        "client_ip_address": "174.66.201.18",
                    },
                    "custom_data": {
                        "content_name": "Insurance Verification - Alcohol Rehab",
                    },
                }
            ]
        },
        {
            ("data[0].user_data.em[0]", "HASHED_ID"),
            ("data[0].user_data.ph[0]", "HASHED_ID"),
            ("data[0].user_data.client_ip_address", "IP_ADDRESS"),
            ("data[0].custom_data.content_name", "HEALTH"),
        },
        {("data[0].event_time", "*"), ("data[0].action_source", "*")},
        True,
    ),
    (
        "Therapy marketplace booking webhook (JSON): client, therapist and licence, session",
        {
            "booking_id": "bk_77310",
            "client": {
                "id": "cl_48210",
                "name": "Priya Ramanathan",
                "email": "priya.r@protonmail.com",
            },
            "therapist": {
                "id": "th_0192",
                "name": "Marcus Bell, LMFT",
                "license": "LMFT 102938",
                "license_state": "CA",
            },
            "session": {
                "type": "Couples therapy",
                "start": "2024-10-11T17:00:00-07:00",
                "modality": "Video",
            },
            "created_at": "2024-10-06T18:20:44Z",
        },
        {
            ("client.id", "OTHER_ID|ONLINE_ID"),
            ("client.name", "NAME"),
            ("client.email", "EMAIL"),
            ("therapist.name", "NAME"),
            ("therapist.license", "LICENSE_NUMBER"),
            ("session.type", "HEALTH"),
            ("session.start", "DATE"),
        },
        {
            ("booking_id", "*"),
            ("created_at", "*"),
            ("therapist.license_state", "*"),
            ("session.modality", "*"),
        },
        True,
    ),
    (
        "Group-practice intake form (CSV, questions as columns): reasons, meds, history",
        {
            "Full name": "Celeste Navarro-Iqbal",
            "Date of birth": "07/22/1994",
            "What brings you to therapy?": "panic attacks at work and trouble sleeping since "
            "my divorce",
            "Have you ever been hospitalized for psychiatric reasons?": "Yes, 2019",
            "Current medications": "sertraline 100mg, trazodone",
            "Preferred appointment times": "Weekday evenings",
            "Submission Date": "2024-10-03 21:14:07",
        },
        {
            ("Full name", "NAME"),
            ("Date of birth", "DATE"),
            ("What brings you to therapy?", "HEALTH"),
            ("Have you ever been hospitalized for psychiatric reasons?", "HEALTH"),
            ("Current medications", "MEDICATION"),
        },
        {("Preferred appointment times", "*")},
        True,
    ),
    (
        "Detox discharge and aftercare list (CSV): MR#, discharge, step-down level",
        {
            "MR#": "2024-0391",
            "Patient": "Halvorsen, Erik",
            "Discharge Date": "10/04/2024",
            "Discharge Type": "Completed",
            "Step-Down LOC": "IOP",
            "Aftercare Appointment": "10/15/2024 2:00 PM",
            "Aftercare Provider": "Sunrise Counseling Group",
        },
        {
            ("MR#", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("Discharge Date", "DATE"),
            ("Step-Down LOC", "HEALTH"),
            ("Aftercare Appointment", "DATE"),
        },
        {("Aftercare Provider", "*"), ("Discharge Type", "*")},
        True,
    ),
    (
        "Opioid treatment programme dosing log (CSV): patient id, methadone dose",
        {
            "Patient ID": "OTP-00871",
            "Dose Date": "10/05/2024",
            "Medication": "Methadone oral concentrate",
            "Dose (mg)": "85",
            "Take-Homes": "2",
            "Dispensed By": "nurse_04",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Dose Date", "DATE"),
            ("Medication", "MEDICATION"),
        },
        {("Dose (mg)", "*"), ("Take-Homes", "*"), ("Dispensed By", "*")},
        True,
    ),
    (
        "Salesforce REST Lead (JSON): member id, substance, co-occurring, admit date",
        {
            "attributes": {"type": "Lead"},
            "FirstName": "Kendra",
            "LastName": "Bjornstad",
            "MobilePhone": "(503) 555-0129",
            "Insurance_Carrier__c": "Blue Shield of California",
            "Member_ID__c": "XEH912837465",
            "Substance__c": "Methamphetamine",
            "IV_Use__c": True,
            "Co_Occurring__c": "Bipolar disorder",
            "Admit_Date__c": "2024-10-09",
            "Status": "Admitted",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("MobilePhone", "PHONE"),
            ("Member_ID__c", "HEALTH_PLAN_ID"),
            ("Substance__c", "HEALTH"),
            ("Co_Occurring__c", "HEALTH"),
            ("Admit_Date__c", "DATE"),
        },
        {("Insurance_Carrier__c", "*"), ("Status", "*"), ("attributes.type", "*")},
        True,
    ),
    (
        "Eating-disorder level-of-care assessment (JSON): diagnosis and recommended PHP",
        {
            "patient": {"preferred_name": "Sloane Whitaker", "phone": "+12065550158"},
            "assessment": {
                "date": "2024-10-02",
                "diagnosis": "Anorexia nervosa, restricting type",
                "bmi": 16.2,
                "recommended_loc": "PHP",
            },
            "assessor_id": "clin_311",
        },
        {
            ("patient.preferred_name", "NAME"),
            ("patient.phone", "PHONE"),
            ("assessment.date", "DATE"),
            ("assessment.diagnosis", "HEALTH"),
            ("assessment.recommended_loc", "HEALTH"),
        },
        {("assessor_id", "*")},
        True,
    ),
    (
        "Recovery app event (Mixpanel): AA meeting check-in, city of the device",
        {
            "event": "Meeting Check-In",
            "properties": {
                "time": 1728230000,
                "distinct_id": "$device:18f2a9c4e1b3d-0a7c4f1e2d3b5-1c525634-1fa400",
                "meeting_type": "Alcoholics Anonymous",
                "days_sober": 412,
                "$city": "Tacoma",
                "$os": "iOS",
            },
        },
        {
            ("properties.distinct_id", "ONLINE_ID"),
            ("properties.meeting_type", "HEALTH"),
        },
        {("properties.time", "*"), ("properties.$os", "*")},
        True,
    ),
    (
        "Crisis-line shift schedule (identified, not health): counsellor and shift",
        {
            "Counselor": "Jamie Ortiz",
            "Shift Start": "2024-10-07 22:00",
            "Shift End": "2024-10-08 06:00",
            "Queue": "Spanish line",
            "Seat": "B-14",
        },
        {("Counselor", "NAME")},
        {("Shift Start", "*"), ("Shift End", "*"), ("Queue", "*"), ("Seat", "*")},
        False,
    ),
    (
        "Family newsletter signup on a treatment centre's blog (identified, not health)",
        {
            "email": "m.ferreira@gmail.com",
            "first_name": "Marisol",
            "source": "blog_footer",
            "list": "Family Newsletter",
            "signup_date": "2024-10-01",
        },
        {("email", "EMAIL"), ("first_name", "NAME")},
        {("source", "*"), ("list", "*")},
        False,
    ),
    (
        "VOB vendor result (CSV): patient, DOB, member id, plan, level of care",
        {
            "Patient Name": "Oscar Lindgren",
            "DOB": "12/02/1975",
            "Payer": "Cigna",
            "Member ID": "U84729103",
            "Group #": "3340021",
            "Plan Type": "PPO",
            "Level of Care": "Residential",
            "Deductible": "$3,000 / $2,150 met",
            "Prior Auth Required": "Yes",
            "Ref #": "VTX-889120",
        },
        {
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Level of Care", "HEALTH"),
        },
        {("Payer", "*"), ("Group #", "*"), ("Deductible", "*"), ("Ref #", "*"), ("Plan Type", "*")},
        True,
    ),
    (
        "Mobile crisis dispatch (CSV): client, address, reason, outcome",
        {
            "Incident #": "24-118822",
            "Client Name": "Wendell Ashby",
            "Location": "2215 SE Division St, Portland, OR 97202",
            "Reason": "Suicidal ideation with plan, intoxicated",
            "Dispatch Time": "2024-10-05 23:41",
            "Team": "Unit 4",
            "Outcome": "Transported to psychiatric emergency services",
        },
        {
            ("Client Name", "NAME"),
            ("Location", "LOCATION"),
            ("Reason", "HEALTH"),
        },
        {("Incident #", "*"), ("Team", "*")},
        True,
    ),
    (
        "Urine drug screen result feed (JSON): MRN, HL7-style name, analyte, facility NPI",
        {
            "patient": {"mrn": "KIP-0048812", "name": "HALVORSEN^ERIK"},
            "specimen": {"id": "SPC-24-0091733", "collected": "2024-10-03T08:15:00"},
            "results": [
                {"analyte": "Fentanyl", "value": "POSITIVE", "cutoff": "1 ng/mL"},
                {"analyte": "Buprenorphine", "value": "POSITIVE", "cutoff": "5 ng/mL"},
            ],
            "ordering_facility_npi": "1339048120",
        },
        {
            ("patient.mrn", "MRN|OTHER_ID"),
            ("patient.name", "NAME"),
            ("specimen.collected", "DATE"),
            ("results[0].analyte", "HEALTH"),
        },
        {("ordering_facility_npi", "*"), ("results[0].cutoff", "*")},
        True,
    ),
    (
        "Eating-disorder recovery app review (App Store export): nickname, review body",
        {
            "Review ID": "11483920571",
            "Nickname": "hopefulhannah22",
            "Rating": 5,
            "Title": "Got me through the worst of it",
            "Review": "This app kept me honest about purging and helped me stick to my meal "
            "plan. 6 months in recovery now.",
            "App Version": "3.2.1",
            "Date": "2024-09-28",
        },
        {("Nickname", "ONLINE_ID"), ("Review", "HEALTH")},
        {("Rating", "*"), ("App Version", "*"), ("Review ID", "*")},
        True,
    ),
    (
        "Census by level of care (clean report): census, admissions, length of stay",
        {
            "Facility": "Cascade Ridge Treatment Center",
            "Level of Care": "Detox (3.7-WM)",
            "Census": 14,
            "Admissions MTD": 31,
            "Avg LOS (days)": 6.2,
            "Avg PHQ-9 at Admit": 15.4,
            "Report Date": "2024-10-06",
        },
        set(),
        {
            ("Facility", "*"),
            ("Census", "*"),
            ("Admissions MTD", "*"),
            ("Avg LOS (days)", "*"),
            ("Report Date", "*"),
        },
        False,
    ),
    (
        "MAT telehealth intake (CSV): current opioid use, a pharmacy's number",
        {
            "Full Name": "Brandon Eckhart",
            "State": "OR",
            "Date of Birth": "05/09/1988",
            "Current Opioid Use": "oxycodone 80mg a day, sometimes fentanyl",
            "Currently on Suboxone?": "No",
            "Pharmacy": "CVS #4821",
            "Pharmacy Phone": "(503) 555-0119",
        },
        {
            ("Full Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Current Opioid Use", "HEALTH"),
        },
        {("State", "*"), ("Pharmacy", "*"), ("Pharmacy Phone", "PHONE")},
        True,
    ),
    (
        "Kipu-like census export (CSV): surname-first patient, MR number, bed, admit date",
        {
            "MR Number": "DSR-24-0311",
            "Patient Name": "Nakamura, Keiko",
            "Admit Date": "09/29/2024",
            "Program": "Women's Residential Treatment",
            "Bed": "W-12",
            "Primary Therapist": "Dana Whitcombe",
            "Days in Treatment": "8",
        },
        {
            ("MR Number", "MRN|OTHER_ID"),
            ("Patient Name", "NAME"),
            ("Admit Date", "DATE"),
            ("Program", "HEALTH"),
            ("Primary Therapist", "NAME"),
        },
        {("Bed", "*"), ("Days in Treatment", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "MAT telehealth intake (CSV): current opioid use, a pharmacy's number": (
        set(),
        set(),
        {("Pharmacy Phone", "PHONE")},
        "a flat pharmacy or store contact column is reported: a local number may be "
        "anyone's (tests/test_senders.py's ``store_phone``, tests/test_retail_pharmacy.py's "
        "open ``current_pharmacy_phone``) and the sample data's gold labels "
        "``pharmacy_fax`` a FAX; only a ``pharmacy`` or ``store`` object's own line is the "
        "store's (field_names' MERCHANT_OBJECTS). The blind must-not was stricter",
    ),
    "Counsellor roster (identified, not health): name, licence, NPI, specialties": (
        set(),
        set(),
        {("Specialties", "HEALTH")},
        "the dictionary reads a clinician's specialties as it reads any field (only job "
        "fields and organisation names are not read: detectors/job_fields.py, "
        "detectors/dictionary.py), and a record whose only identifiers are a clinician's "
        "is PHI by the contract's rule unless the policy opts out (``phi: {clinicians: "
        "exclude}``, tests/test_pharma_patient_support.py's HCP-only record); the blind "
        "must-not was stricter than the project",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Therapy marketplace booking webhook (JSON): client, therapist and licence, session": (
        {("client.id", "OTHER_ID|ONLINE_ID")},
        "a nested ``client`` is software as often as a person (Zendesk's "
        "``metadata.system.client``, an OAuth client: field_names' BARE_PERSON_HEADERS "
        "takes ``Client`` only as a top-level column), and the id rule reads a path, not "
        "the object's siblings that would show it is a person's (the row is PHI by the "
        "client's name and email and the session type)",
    ),
    "Eating-disorder recovery app review (App Store export): nickname, review body": (
        {("Review", "HEALTH")},
        'the review\'s health words are "purging" and "meal plan": the dictionary is '
        'matched in every cell, and purging is routine in logs and databases ("purging '
        'expired sessions"); no vocabulary term can take it alone. With NER or a phrase '
        'such as "eating disorder recovery" the row reads as PHI',
    ),
    "Counsellor roster (identified, not health): name, licence, NPI, specialties": (
        set(),
        "PHI by the project's reading (see _DECIDED): the counsellor's name, licence and "
        "NPI are identifiers and the specialties are health words; ``phi: {clinicians: "
        "exclude}`` turns such rows off",
    ),
    "Group-practice intake form (CSV, questions as columns): reasons, meds, history": (
        {("Have you ever been hospitalized for psychiatric reasons?", "HEALTH")},
        'the question names no vocabulary term ("psychiatric reasons") and its answer is '
        'not a bare yes ("Yes, 2019"), so neither the yes/no screening rule nor the '
        "dictionary reads it; the row is PHI by its other answers",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_behavioral_health_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decisions applied): a change that loses recall or precision
#: on behavioural-health exports fails here. Before the work, blind: SHAPES 12 misses /
#: 6 false / 12 wrong of 32, HELD_OUT 4 / 2 / 5 of 10. The sixteenth round's autism and
#: ABA probe closed the group practice's bare ``Service Code`` (a CPT beside a date of
#: service, units or a modifier is a billed service: detectors/clinical_codes.py). The
#: twentieth round's symptom-checker probe closed the superbill's ``provider.name`` ("Dana
#: Whitcombe, LCSW"): a provider object's name behind a title or a credential is a
#: clinician's (detectors/keyed_names.py), and the row moved to the shapes.
FLOORS = ShapeTotals(expected=152, misses=3, false=0, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
