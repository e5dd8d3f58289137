"""Addiction-treatment admissions and insurance verification (VOB) exports.

A blind probe, written by hand before reading the detectors: what a substance-use
treatment centre's admissions, utilization-review and marketing teams export (records
42 CFR Part 2 protects). Call-tracking exports (CallRail-like API v3 calls, its post-call
webhook and text threads; Invoca-like transactions and signals: the caller's number, the
caller name from CNAM, the tracking number, the search keyword "alcohol detox near me",
duration, recording and transcription, lead score, tags "qualified - commercial
insurance"), verification-of-benefits forms and results (a Kipu-like VOB form, a flat VOB
sheet, a VerifyTx-like eligibility response with X12 service types: subscriber name,
member id, group number, payer, DOB, relationship to patient, network status, deductible
met, detox / residential / IOP / PHP benefits, authorization reference), insurance card
uploads, pre-admission screenings (ASAM level, substance of choice, last use date,
withdrawal history, MAT: Suboxone, Vivitrol, methadone), utilization-review
authorisations, referral-partner and interventionist CRM records, Salesforce-like
admissions pipeline (Lead, Opportunity, Task), census, bed-board and discharge exports,
alumni programme contacts and event sign-ups, family programme sign-ups, sober-living
referrals, a Google Ads offline conversion upload and a GA4 event of a rehab website's
insurance form, an anonymous chat. With the clean rows around them: payer lists with payer
ids, level-of-care rate sheets and ASAM level tables, tracking-number pools, keyword and
census reports (aggregate), bed counts by unit, staff on-call schedules,
LegitScript certification and accreditation records, a facility directory, a naloxone
kit inventory and a call-tracking integration's configuration.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it names but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors;
those the behavioural-health probe made are followed):

- **A person's substance use is health** (tests/test_behavioral_health.py): a substance of
  choice ("Alcohol", "Fentanyl", "Heroin, benzos"), use described in words ("drinks every
  day and gets the shakes", "relapsed on meth"), a withdrawal history (DTs, seizures), a
  MAT medication (Suboxone, Vivitrol, methadone), an SUD diagnosis (``F11.20``) and an
  ASAM level or a level of care requested, recommended, authorised or stepped down to
  ("Medical Detox (ASAM 3.7-WM)", "RTC", "IOP") are HEALTH when they are a person's. On a
  bed board, a census report, a rate sheet or an ASAM table the same words name a
  facility's programmes: not PHI, and bed counts, census, rates and lengths of stay are
  never findings.
- **A verification of benefits for SUD treatment is health context**: the level of care
  it checks, and an eligibility response's X12 service type naming it ("Substance
  Abuse", "Alcoholism") are HEALTH on the member's record. A payer's name, payer id,
  group number, plan name and pharmacy BIN / PCN / group are plan-level (no finding); a
  member id is HEALTH_PLAN_ID. Network status, deductibles, coinsurance and out-of-pocket
  figures are never findings. An insurance card with no level of care is identified but
  not PHI.
- **Insurance words are not health**: "Commercial - PPO", "Medicaid", a lead tag "not
  qualified - medicaid", "Insurance - Medicaid" as a call signal (the lead-generation
  probe: insurance products are no health condition).
- **The subscriber and the family identify the patient's record**: a subscriber's name and
  DOB (often a parent's or a spouse's), a family member's name, phone and email on a
  referral, a family-programme sign-up or an interventionist's note are NAME / DATE /
  PHONE / EMAIL. A relationship word (``Self``, ``Mother``) is no finding.
- **A search keyword on one caller's call is that caller's health context** ("alcohol
  detox near me" attached to a call with the caller's number); the same keyword in an
  aggregate keyword or campaign report names nobody (not PHI, its metrics never findings).
- **Call tracking** (tests/test_calls_and_scheduling.py): the caller's number is PHONE; the
  tracking, promo and destination numbers are the centre's own (no finding); a CNAM
  ``LAST FIRST`` is NAME, ``WIRELESS CALLER`` is a placeholder (no NAME); durations, lead
  scores and call ids are never findings; a call's start time is left unstated.
- **Ids**: a treatment centre's MR number and a Salesforce Lead's ``Id`` are the person's
  (``MRN|OTHER_ID``, ``OTHER_ID``); a Google ``gclid`` is ONLINE_ID and GA4's
  ``user_pseudo_id`` ONLINE_ID; a VOB's, a call's, a chat's and a request's reference ids
  are no finding (behavioural-health probe); a payer's authorisation number is left
  unscored (the rehab and claims probes); an Opportunity's own id, a HubSpot object id and
  a lab accession are left unscored. NDCs, lot numbers, SKUs, rev codes, HCPCS codes in a
  rate sheet, LegitScript and Joint Commission ids, a facility's licence and NPI, API
  versions and account ids are never identifiers.
- **Clinicians are reported** (the project reports clinicians): a primary counsellor on a
  census, an aftercare therapist, a referring therapist are NAME. An admissions
  representative and a payer's call-centre representative or UR reviewer act for their
  organisation: left unscored. A staff on-call schedule's and an interventionist's own CRM
  record's names, phones and emails are NAME / PHONE / EMAIL (identified, not PHI; an
  interventionist's "CIP" credential is no finding).
- **A recovery residence is where the resident lives**: a sober-living house's street
  address on one resident's referral is LOCATION (the individual's address), as a home
  address is; the same house in a directory is the operator's (no finding).
- **Recovery programme membership is health** (behavioural-health probe): an alumni
  contact of a treatment programme, an alumni event sign-up that names the programme and
  a sobriety date are health context / DATE.
- **Dates of the person are DATE**: birth, last use, admission, discharge, an expected
  admit date, an intervention's date, a UR's next review, an aftercare appointment, a
  next injection, a sobriety date, a move-in. Not: a report's date, a system timestamp
  (``created_at``, ``updated_at``), a rate's effective date, a certification's or a
  licence's expiry, a lot's expiry, an on-call shift's date. Left unstated: a call's
  start, a conversion's time, a plan's coverage effective date, an Opportunity's
  ``CloseDate``.
- **The centre's places and lines are not a person's**: a facility's address, phone, NPI
  and licence, a payer's provider-services phone, an on-call schedule's unit.
- **A US state alone and an age under 90 are never findings.**

After reading the detectors no blind expectation was changed; two must-nots were stricter
than decisions the project had made and are narrowed on top (:data:`_DECIDED`): a
pre-admission screening's ``screening_id`` is the screened person's record id (a screening
log's number and an intake record's id already are), and an on-call schedule's bare
``Date`` is reported as every bare date is. What the work built, each with its unit test: a
substance-use history's items (``substances[0].substance`` = "Alcohol") and a referral's
``Presenting Substances``, ``secondary_substance``, ``substances_used`` as the person's
substance (detectors/health_fields.py); ``Primary Counselor``, ``Addiction Counselor`` and
``Substance Abuse Counselor`` as a clinician's name, and ``Family Contact`` and ``Family
Member`` as a relative's, NAME (detectors/field_names.py); addiction and mental-health
counsellors' credentials after a name (``LISAC``, ``LAC``, ``CADC-II``, ``LADC``,
``LCADC``, ``CASAC``, ``LCDC``, ``NCAC``, ``MAC``, ``LMHC``, ``LCPC``, ``LPCC``:
detectors/keyed_names.py); a call tracker's ``forward_to`` and ``swap_target`` as the
practice's lines, and a call's, a message's or a chat's ``record id`` as the event's row key,
no person's (detectors/field_names.py; a CRM's ``Record ID`` stays the contact's); a chat
transcript's ``author`` = "visitor" / "agent" as a role, no handle
(detectors/social_authors.py); a stock count's ``Last Counted`` as the shelf's date
(detectors/dates.py); a menu of what a place offers (``Levels Offered``) as a listing's
sign, and a bare ``Facility`` column as the listed place's name
(detectors/chunk_profiles.py); the person before the dash of a Salesforce Opportunity's
``Name`` ("Derek Holloway - Residential": a known given name and surname, not an
organisation's) as NAME (detectors/person_records.py); and 12 vocabulary terms (heroin,
opiate, benzodiazepine, benzos, pain pills, withdrawal management, medically managed and
medically monitored withdrawal, intensive outpatient, dual diagnosis, CIWA, CIWA-Ar; bare
"withdrawal", "COWS", "RTC" and "MAT" stay out). Two records are left open
(:data:`LEFT_ALONE`), each with its reason: an on-call roster's ``Staff`` and ``Backup``,
and a LegitScript record's ``Certified Since``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 99 pairs),
blind 6 / 12 / 12; after the work 2 / 3 / 3 as written, 2 / 1 / 2 with the decisions (all
in LEFT_ALONE). HELD_OUT (10 records, 36 pairs), blind before any work 1 / 0 / 1; scored
once after the work on SHAPES: 1 / 0 / 1 (the interventionist referral's ``Family
Contact``); after one rule that generalises (``Family Contact`` and ``Family Member`` as a
relative's name column, as ``Emergency Contact`` is) 0 / 0 / 0.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for codes and numbers that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "CallRail-like call (API v3 JSON): CNAM, caller number, keyword, transcription",
        {
            "id": "CAL8154748ae6bd4e278a7cddd38a662f4f",
            "answered": True,
            "business_phone_number": None,
            "customer_city": "Scottsdale",
            "customer_country": "US",
            "customer_name": "HOLLOWAY DEREK",
            "customer_phone_number": "+14807482291",
            "customer_state": "AZ",
            "direction": "inbound",
            "duration": 412,
            "recording": "https://api.callrail.com/v3/a/218447093/calls/"
            "CAL8154748ae6bd4e278a7cddd38a662f4f/recording.json",
            "start_time": "2024-11-04T21:14:07.331-07:00",
            "tracking_phone_number": "+16025550190",
            "source": "Google Ads",
            "keywords": "alcohol detox near me",
            "lead_status": "good_lead",
            "value": "45000.00",
            "tags": [{"name": "qualified - commercial insurance", "color": "green1"}],
            "transcription": "Agent: Desert Bloom Recovery, this is Kelsey. Caller: Hi, "
            "yeah, I need to get into detox, I've been drinking about a fifth a day and I "
            "get the shakes in the morning. I have Blue Cross through work.",
        },
        {
            ("customer_name", "NAME"),
            ("customer_phone_number", "PHONE"),
            ("keywords", "HEALTH"),
            ("transcription", "HEALTH"),
        },
        {
            ("id", "*"),
            ("duration", "*"),
            ("tracking_phone_number", "*"),
            ("customer_state", "*"),
            ("customer_country", "*"),
            ("value", "*"),
            ("tags[0].name", "*"),
            ("tags[0].color", "*"),
        },
        True,
    ),
    (
        "Invoca-like transactions export (CSV): caller, promo number, signal, keyword",
        {
            "Transaction ID": "48A2C6F1-9D0B7E35",
            "Call Start Time": "11/04/2024 09:41:22 AM",
            "Calling Phone Number": "(623) 418-7720",
            "Promo Number": "(888) 555-0114",
            "Destination Phone Number": "(602) 555-0170",
            "Duration": "00:07:51",
            "Campaign": "Paid Search - Opiate",
            "utm_term": "suboxone clinic phoenix",
            "Signal Name": "Qualified Admissions Call",
            "Signal Value": "true",
            "Insurance Type": "Commercial - PPO",
            "Caller State": "AZ",
        },
        {("Calling Phone Number", "PHONE"), ("utm_term", "HEALTH")},
        {
            ("Transaction ID", "*"),
            ("Promo Number", "*"),
            ("Destination Phone Number", "*"),
            ("Duration", "*"),
            ("Signal Value", "*"),
            ("Insurance Type", "*"),
            ("Caller State", "*"),
        },
        True,
    ),
    (
        "Kipu-like VOB form (JSON): patient, subscriber, payer, level of care requested",
        {
            "vob_id": "VOB-2024-018844",
            "created_at": "2024-11-04T17:02:51Z",
            "patient": {"first_name": "Derek", "last_name": "Holloway", "dob": "1988-06-21"},
            "subscriber": {
                "name": "Derek Holloway",
                "dob": "1988-06-21",
                "relationship": "Self",
                "employer": "Banner Health",
            },
            "insurance": {
                "payer": "Blue Cross Blue Shield of Arizona",
                "payer_id": "53589",
                "member_id": "XBA884512039",
                "group_number": "00231984",
                "plan_type": "PPO",
            },
            "level_of_care_requested": "Medical Detox (ASAM 3.7-WM)",
            "network_status": "Out-of-Network",
            "deductible": {"individual": "3000.00", "met": "1250.40"},
            "oop_max": {"individual": "7500.00", "met": "1250.40"},
            "benefits": {
                "detox": "Covered 70% after deductible",
                "residential": "Covered 70% after deductible",
                "php": "Covered 70% after deductible",
                "iop": "Covered 70% after deductible",
            },
            "precert_required": True,
            "reference_number": "REF-118-4470291",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("subscriber.name", "NAME"),
            ("subscriber.dob", "DATE"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
            ("level_of_care_requested", "HEALTH"),
        },
        {
            ("vob_id", "*"),
            ("created_at", "*"),
            ("subscriber.relationship", "*"),
            ("insurance.payer", ANY_ID),
            ("insurance.payer_id", "*"),
            ("insurance.group_number", "*"),
            ("insurance.plan_type", "*"),
            ("network_status", "*"),
            ("deductible.individual", "*"),
            ("deductible.met", "*"),
            ("oop_max.individual", "*"),
            ("reference_number", "*"),
        },
        True,
    ),
    (
        "VOB results sheet (CSV): a parent's plan, level of care, payer rep and call ref",
        {
            "Patient Name": "Tyler Brandt",
            "Patient DOB": "04/02/2003",
            "Subscriber Name": "Karen Brandt",
            "Subscriber DOB": "11/19/1971",
            "Relationship to Patient": "Mother",
            "Insurance": "UnitedHealthcare",
            "Member ID": "918274455",
            "Group #": "717884",
            "Payer Phone": "1-877-842-3210",
            "In Network": "No",
            "Deductible": "$2,500",
            "Deductible Met": "$400",
            "OOP Max": "$6,000",
            "Level of Care": "Residential",
            "Detox Benefit": "Yes - 80% after ded",
            "Pre-cert Required": "Yes",
            "Rep Name": "Tasha",
            "Call Ref #": "CR20241104-77812",
        },
        {
            ("Patient Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Subscriber Name", "NAME"),
            ("Subscriber DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Level of Care", "HEALTH"),
        },
        {
            ("Relationship to Patient", "*"),
            ("Insurance", ANY_ID),
            ("Group #", "*"),
            ("Payer Phone", "*"),
            ("In Network", "*"),
            ("Deductible", "*"),
            ("Deductible Met", "*"),
            ("OOP Max", "*"),
            ("Call Ref #", "*"),
        },
        True,
    ),
    (
        "Pre-admission screening (JSON): substances, last use, withdrawal, MAT, ASAM",
        {
            "screening_id": "PAS-77120",
            "completed_at": "2024-11-04T18:30:00Z",
            "prospect": {
                "name": "Derek Holloway",
                "dob": "06/21/1988",
                "phone": "480-748-2291",
                "email": "dholloway88@gmail.com",
            },
            "substances": [
                {
                    "substance": "Alcohol",
                    "route": "Oral",
                    "frequency": "Daily",
                    "amount": "1/5 vodka",
                    "last_use": "11/04/2024",
                    "age_of_first_use": 15,
                },
                {
                    "substance": "Cocaine",
                    "route": "Intranasal",
                    "frequency": "Weekends",
                    "amount": "1 g",
                    "last_use": "11/02/2024",
                    "age_of_first_use": 22,
                },
            ],
            "withdrawal_history": "DTs in 2022; one withdrawal seizure",
            "current_mat": "None",
            "co_occurring": "Major depressive disorder, PTSD",
            "si_hi": "Denies SI/HI",
            "asam_recommended": "3.7-WM",
            "screener": "Kelsey Ortiz",
        },
        {
            ("prospect.name", "NAME"),
            ("prospect.dob", "DATE"),
            ("prospect.phone", "PHONE"),
            ("prospect.email", "EMAIL"),
            ("substances[0].substance", "HEALTH"),
            ("substances[0].last_use", "DATE"),
            ("substances[1].substance", "HEALTH"),
            ("substances[1].last_use", "DATE"),
            ("withdrawal_history", "HEALTH"),
            ("co_occurring", "HEALTH"),
        },
        {
            ("screening_id", "*"),
            ("completed_at", "*"),
            ("substances[0].age_of_first_use", "*"),
            ("substances[1].age_of_first_use", "*"),
            ("substances[0].frequency", ANY_ID),
            ("substances[0].amount", ANY_ID),
        },
        True,
    ),
    (
        "Salesforce-like Opportunity (admissions pipeline): stage, level of care, admit date",
        {
            "attributes": {"type": "Opportunity"},
            "Id": "0065f00000AbCdEAAV",
            "Name": "Derek Holloway - Residential",
            "StageName": "VOB Complete - Pending Admit",
            "Amount": 42000.0,
            "CloseDate": "2024-11-15",
            "Level_of_Care__c": "Detox to Residential",
            "Payer__c": "BCBS AZ",
            "LeadSource": "Call - Google Ads",
            "Expected_Admit_Date__c": "2024-11-06",
            "Owner_Name__c": "Kelsey Ortiz",
            "CreatedDate": "2024-11-04T17:05:12.000+0000",
        },
        {
            ("Name", "NAME"),
            ("Level_of_Care__c", "HEALTH"),
            ("Expected_Admit_Date__c", "DATE"),
        },
        {
            ("Amount", "*"),
            ("Payer__c", ANY_ID),
            ("LeadSource", "*"),
            ("CreatedDate", "*"),
            ("attributes.type", "*"),
        },
        True,
    ),
    (
        "Census export (CSV): patient, MR#, admit date, level of care, counselor, bed",
        {
            "Patient": "Morales, Jason",
            "MR#": "DBR-002817",
            "Admit Date": "10/29/2024",
            "Level of Care": "Residential - ASAM 3.5",
            "Unit": "North",
            "Bed": "N-12B",
            "Primary Counselor": "Alyssa Greene, LISAC",
            "Payer": "Aetna",
            "Days in Treatment": "7",
            "Projected LOS": "30",
        },
        {
            ("Patient", "NAME"),
            ("MR#", "MRN|OTHER_ID"),
            ("Admit Date", "DATE"),
            ("Level of Care", "HEALTH"),
            ("Primary Counselor", "NAME"),
        },
        {
            ("Unit", "*"),
            ("Bed", "*"),
            ("Payer", ANY_ID),
            ("Days in Treatment", "*"),
            ("Projected LOS", "*"),
        },
        True,
    ),
    (
        "Bed board (clean): licensed, occupied and available beds by level of care",
        {
            "Unit": "North Detox",
            "Level of Care": "Withdrawal Management (3.7-WM)",
            "Licensed Beds": "16",
            "Occupied": "13",
            "Available": "3",
            "Pending Admits": "2",
            "Male/Female": "M",
            "Updated At": "2024-11-04 07:00",
        },
        set(),
        {
            ("Unit", ANY_ID),
            ("Level of Care", ANY_ID),
            ("Licensed Beds", "*"),
            ("Occupied", "*"),
            ("Available", "*"),
            ("Pending Admits", "*"),
            ("Male/Female", "*"),
            ("Updated At", "*"),
        },
        False,
    ),
    (
        "Payer list (clean): payer ids, network status, VOB turnaround, portal",
        {
            "Payer Name": "Cigna Behavioral Health",
            "Payer ID": "62308",
            "Network Status": "In-Network",
            "Contract Effective": "2023-07-01",
            "Provider Services Phone": "1-800-926-2273",
            "Portal": "https://cignaforhcp.cigna.com",
            "Avg VOB Turnaround (hrs)": "2.5",
        },
        set(),
        {
            ("Payer Name", ANY_ID),
            ("Payer ID", "*"),
            ("Network Status", "*"),
            ("Contract Effective", "*"),
            ("Provider Services Phone", "*"),
            ("Portal", "*"),
            ("Avg VOB Turnaround (hrs)", "*"),
        },
        False,
    ),
    (
        "Level-of-care rate sheet (health, no identifier): rev code, HCPCS, daily rate",
        {
            "Level of Care": "Residential (ASAM 3.5)",
            "Description": "Residential substance use disorder treatment, per diem",
            "Rev Code": "1002",
            "HCPCS": "H0018",
            "Daily Rate": "$1,450.00",
            "Effective": "2024-01-01",
        },
        {("Description", "HEALTH")},
        {
            ("Level of Care", ANY_ID),
            ("Rev Code", ANY_ID),
            ("HCPCS", ANY_ID),
            ("Daily Rate", "*"),
            ("Effective", "*"),
        },
        False,
    ),
    (
        "Tracking-number pool (clean): numbers, sources, forwarding, campaign",
        {
            "tracking_number": "(602) 555-0190",
            "name": "Google Ads - Detox Search",
            "type": "source",
            "source": "Google Ads",
            "forward_to": "(480) 555-0101",
            "pool_size": "1",
            "status": "active",
            "created_at": "2023-03-14T16:20:00Z",
        },
        set(),
        {
            ("tracking_number", "*"),
            ("name", ANY_ID),
            ("type", "*"),
            ("forward_to", "*"),
            ("pool_size", "*"),
            ("status", "*"),
            ("created_at", "*"),
        },
        False,
    ),
    (
        "Keyword report (aggregate): search terms, clicks, calls, cost per admit",
        {
            "Keyword": "alcohol rehab near me",
            "Match Type": "Phrase",
            "Impressions": "18,204",
            "Clicks": "611",
            "Cost": "$14,872.33",
            "Calls": "94",
            "Qualified Calls": "37",
            "Admits": "6",
            "Cost / Admit": "$2,478.72",
            "Month": "2024-10",
        },
        set(),
        {
            ("Keyword", ANY_ID),
            ("Match Type", "*"),
            ("Impressions", "*"),
            ("Clicks", "*"),
            ("Cost", "*"),
            ("Calls", "*"),
            ("Qualified Calls", "*"),
            ("Admits", "*"),
            ("Cost / Admit", "*"),
            ("Month", "*"),
        },
        False,
    ),
    (
        "Staff on-call schedule (identified, no health): admissions coordinators",
        {
            "Date": "11/09/2024",
            "Shift": "7p-7a",
            "Role": "Admissions Coordinator",
            "Staff": "Kelsey Ortiz",
            "Cell": "(480) 555-0131",
            "Backup": "Ramon Duarte",
            "Unit": "Admissions",
        },
        {("Staff", "NAME"), ("Backup", "NAME")},
        {("Date", "*"), ("Shift", "*"), ("Role", "*"), ("Unit", "*")},
        False,
    ),
    (
        "LegitScript certification record (clean): merchant, ids, licence, expiry",
        {
            "Merchant": "Desert Bloom Recovery LLC",
            "Website": "desertbloomrecovery.com",
            "LegitScript ID": "48201933",
            "Certification Type": "Addiction Treatment",
            "Status": "Certified",
            "Facility License": "BH-AZ-10442",
            "Joint Commission ID": "648213",
            "Certified Since": "2022-02-01",
            "Expires": "2025-06-30",
        },
        set(),
        {
            ("Merchant", "*"),
            ("Website", "*"),
            ("LegitScript ID", "*"),
            ("Certification Type", ANY_ID),
            ("Status", "*"),
            ("Facility License", "*"),
            ("Joint Commission ID", "*"),
            ("Certified Since", "*"),
            ("Expires", "*"),
        },
        False,
    ),
    (
        "Referral partner CRM record (identified, no health): an interventionist",
        {
            "Account Name": "Bell Family Interventions",
            "Contact Name": "Marcus Bell, CIP",
            "Partner Type": "Interventionist",
            "Phone": "(480) 329-1847",
            "Email": "marcus@bellfamilyinterventions.com",
            "Territory": "Phoenix Metro",
            "Referrals YTD": "7",
            "Last Referral": "2024-10-22",
            "BD Rep": "Ramon Duarte",
        },
        {("Contact Name", "NAME"), ("Phone", "PHONE"), ("Email", "EMAIL")},
        {
            ("Account Name", "NAME"),
            ("Partner Type", "*"),
            ("Territory", "*"),
            ("Referrals YTD", "*"),
        },
        False,
    ),
    (
        "Interventionist referral of a client (CSV): family contact, substances, date",
        {
            "Referral Source": "Marcus Bell (Bell Family Interventions)",
            "Client Name": "Jason Morales",
            "Client Phone": "(623) 207-5519",
            "Client Age": "24",
            "Presenting Substances": "Heroin, benzos (Xanax)",
            "Intervention Date": "10/27/2024",
            "Family Contact": "Linda Morales",
            "Relationship": "Mother",
            "Family Phone": "(623) 207-4410",
            "Family Email": "lindamorales.az@yahoo.com",
            "Insurance": "Aetna Choice POS II",
        },
        {
            ("Client Name", "NAME"),
            ("Client Phone", "PHONE"),
            ("Presenting Substances", "HEALTH"),
            ("Intervention Date", "DATE"),
            ("Family Contact", "NAME"),
            ("Family Phone", "PHONE"),
            ("Family Email", "EMAIL"),
        },
        {("Client Age", "*"), ("Relationship", "*"), ("Insurance", ANY_ID)},
        True,
    ),
    (
        "HubSpot-like alumni contact: sobriety date, programme completed, alumni stage",
        {
            "hs_object_id": "51844120399",
            "firstname": "Brianna",
            "lastname": "Kowalski",
            "email": "bkowalski.sober@outlook.com",
            "phone": "+1 602 881 3047",
            "lifecyclestage": "Alumni",
            "sobriety_date": "2023-02-14",
            "program_completed": "Residential + IOP (substance use)",
            "alumni_cohort": "Spring 2023",
            "alumni_app_opt_in": "true",
            "createdate": "2023-04-02T15:11:43.210Z",
        },
        {
            ("firstname", "NAME"),
            ("lastname", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("sobriety_date", "DATE"),
            ("program_completed", "HEALTH"),
        },
        {
            ("lifecyclestage", ANY_ID),
            ("alumni_cohort", "*"),
            ("alumni_app_opt_in", "*"),
            ("createdate", "*"),
        },
        True,
    ),
    (
        "Family programme sign-up (Jotform-like submission): a parent and the loved one",
        {
            "submissionID": "5934471830218873301",
            "created_at": "2024-11-01 10:22:15",
            "yourName": {"first": "Linda", "last": "Morales"},
            "email": "lindamorales.az@yahoo.com",
            "phoneNumber": {"full": "(623) 207-4410"},
            "relationshipTo": "Mother",
            "lovedOnes": "Jason Morales",
            "lovedOnesProgram": "Residential treatment (alcohol & opioids)",
            "workshop": "Family Weekend - Dec 7-8",
            "attendees": "2",
        },
        {
            ("yourName.first", "NAME"),
            ("yourName.last", "NAME"),
            ("email", "EMAIL"),
            ("phoneNumber.full", "PHONE"),
            ("lovedOnes", "NAME"),
            ("lovedOnesProgram", "HEALTH"),
        },
        {
            ("submissionID", "*"),
            ("created_at", "*"),
            ("relationshipTo", "*"),
            ("attendees", "*"),
        },
        True,
    ),
    (
        "Sober-living referral: resident, house address, move-in date, MAT",
        {
            "Resident": "Samuel Ortega",
            "Phone": "(480) 660-2198",
            "DOB": "09/30/1995",
            "Discharging From": "Desert Bloom Recovery - IOP",
            "Discharge Date": "11/08/2024",
            "Recovery Residence": "Serenity House Mesa (NARR Level 2)",
            "House Address": "1147 W Javelina Ave, Mesa, AZ 85210",
            "Move-in Date": "11/08/2024",
            "MAT": "Vivitrol 380 mg monthly",
            "Weekly Rent": "$225",
        },
        {
            ("Resident", "NAME"),
            ("Phone", "PHONE"),
            ("DOB", "DATE"),
            ("Discharge Date", "DATE"),
            ("House Address", "LOCATION"),
            ("Move-in Date", "DATE"),
            ("MAT", "HEALTH"),
        },
        {("Weekly Rent", "*")},
        True,
    ),
    (
        "CallRail-like post-call webhook (flat form post): placeholder CNAM, transcription",
        {
            "callernum": "+16025550187",
            "callername": "WIRELESS CALLER",
            "trackingnum": "+16025550190",
            "datetime": "2024-11-05 08:02:44",
            "duration": "238",
            "answered": "true",
            "first_call": "true",
            "source": "Google Organic",
            "callsource": "google_paid",
            "resource_id": "CAL2f1d93b7c4a848c0a1b7e0b6e4f22a10",
            "transcription": "Hi, I'm calling about my husband. He drinks every day and gets "
            "the shakes when he stops. Does Aetna cover detox? He's willing to go now.",
        },
        {("callernum", "PHONE"), ("transcription", "HEALTH")},
        {
            ("callername", "NAME"),
            ("trackingnum", "*"),
            ("duration", "*"),
            ("resource_id", "*"),
            ("first_call", "*"),
        },
        True,
    ),
    (
        "Invoca-like signal (identified, no health): Medicaid caller not qualified",
        {
            "call_record_id": "1F7C-9A2E33B0",
            "calling_phone_number": "520-313-6642",
            "promo_number": "8885550114",
            "signal_name": "Insurance - Medicaid",
            "signal_value": "true",
            "lead_score": 18,
            "tags": "not qualified - medicaid",
            "duration": 96,
        },
        {("calling_phone_number", "PHONE")},
        {
            ("call_record_id", "*"),
            ("promo_number", "*"),
            ("signal_name", "HEALTH"),
            ("tags", "HEALTH"),
            ("lead_score", "*"),
            ("duration", "*"),
        },
        False,
    ),
    (
        "Admissions and discharges report (Kipu-like CSV): diagnoses, AMA discharge",
        {
            "Patient Name": "Jason Morales",
            "MR#": "DBR-002817",
            "DOB": "03/15/2000",
            "Admit Date": "10/29/2024",
            "Discharge Date": "11/06/2024",
            "Program": "Detox",
            "Primary Dx": "F11.20 Opioid dependence, uncomplicated",
            "Secondary Dx": "F13.20",
            "Discharge Type": "AMA",
            "Referral Source": "Interventionist",
        },
        {
            ("Patient Name", "NAME"),
            ("MR#", "MRN|OTHER_ID"),
            ("DOB", "DATE"),
            ("Admit Date", "DATE"),
            ("Discharge Date", "DATE"),
            ("Program", "HEALTH"),
            ("Primary Dx", "HEALTH"),
            ("Secondary Dx", "HEALTH"),
        },
        {("Referral Source", "*")},
        True,
    ),
    (
        "Phone screen form (flat CRM export): MAT history and interest in Vivitrol",
        {
            "Caller Name": "Ashley Nguyen",
            "Callback Number": "(602) 944-3186",
            "Date of Birth": "1992-12-03",
            "Calling For": "Self",
            "Currently on MAT": "Yes - methadone 80 mg at Community Medical Services",
            "Interested In": "Switching to Vivitrol",
            "Last Use": "yesterday",
            "Pregnant": "No",
            "Insurance": "AHCCCS - Mercy Care",
            "Screened By": "Ramon Duarte",
        },
        {
            ("Caller Name", "NAME"),
            ("Callback Number", "PHONE"),
            ("Date of Birth", "DATE"),
            ("Currently on MAT", "HEALTH"),
            ("Interested In", "HEALTH"),
        },
        {("Calling For", "*"), ("Last Use", ANY_ID), ("Pregnant", ANY_ID), ("Insurance", ANY_ID)},
        True,
    ),
    (
        "Utilization review authorisation (JSON): days approved, next review, summary",
        {
            "ur_id": "UR-9921",
            "patient": {"name": "Jason Morales", "mrn": "DBR-002817"},
            "payer": "Aetna",
            "member_id": "W294118306",
            "auth_number": "A2411030077",
            "level_of_care": "RTC",
            "days_approved": 7,
            "last_covered_day": "2024-11-05",
            "next_review": "2024-11-05",
            "ur_reviewer": "Pam (Aetna BH care advocate)",
            "clinical_summary": "Pt reports cravings 8/10, poor sleep; CIWA 4, COWS 6. "
            "Continues on buprenorphine taper. Family session held.",
        },
        {
            ("patient.name", "NAME"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("level_of_care", "HEALTH"),
            ("next_review", "DATE"),
            ("clinical_summary", "HEALTH"),
        },
        {("ur_id", "*"), ("payer", ANY_ID), ("days_approved", "*")},
        True,
    ),
    (
        "Daily census summary (aggregate): census, admits, discharges, AMA by programme",
        {
            "Report Date": "2024-11-04",
            "Program": "Residential",
            "Census": "42",
            "Admits": "3",
            "Discharges": "2",
            "AMA": "1",
            "ALOS (days)": "27.4",
            "Occupancy %": "87.5",
        },
        set(),
        {
            ("Report Date", "*"),
            ("Program", ANY_ID),
            ("Census", "*"),
            ("Admits", "*"),
            ("Discharges", "*"),
            ("AMA", "*"),
            ("ALOS (days)", "*"),
            ("Occupancy %", "*"),
        },
        False,
    ),
    (
        "VerifyTx-like eligibility response (JSON): X12 service types for SUD",
        {
            "request_id": "vtx_8d1c4e0a2b",
            "status": "complete",
            "patient": {
                "first_name": "Ashley",
                "last_name": "Nguyen",
                "dob": "1992-12-03",
                "member_id": "U7720194401",
            },
            "payer": {"name": "Cigna", "payer_id": "62308"},
            "plan": {
                "plan_name": "Open Access Plus",
                "group_number": "3341877",
                "coverage_status": "Active",
                "effective_date": "2024-01-01",
            },
            "benefits": [
                {
                    "service_type_code": "AI",
                    "service_type": "Substance Abuse",
                    "in_network": {"coinsurance": "20%", "deductible_remaining": 1750},
                    "out_of_network": {"coinsurance": "50%", "deductible_remaining": 4000},
                },
                {
                    "service_type_code": "AJ",
                    "service_type": "Alcoholism",
                    "in_network": {"coinsurance": "20%", "deductible_remaining": 1750},
                },
            ],
            "vob_score": "Excellent",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.member_id", "HEALTH_PLAN_ID"),
            ("benefits[0].service_type", "HEALTH"),
            ("benefits[1].service_type", "HEALTH"),
        },
        {
            ("request_id", "*"),
            ("payer.payer_id", "*"),
            ("plan.group_number", "*"),
            ("plan.plan_name", "*"),
            ("benefits[0].service_type_code", "*"),
            ("benefits[0].in_network.coinsurance", "*"),
            ("benefits[0].in_network.deductible_remaining", "*"),
            ("vob_score", "*"),
        },
        True,
    ),
    (
        "Google Ads offline conversion upload (CSV): gclid and a detox admit",
        {
            "Google Click ID": "Cj0KCQiA8fW6BhDPARIsAJt5bLx3Rk9nVw0_pQ7yZ2uHs4TgE1mF8aQEALw_wcB",
            "Conversion Name": "Detox Admit",
            "Conversion Time": "2024-11-06 14:30:00-07:00",
            "Conversion Value": "42000",
            "Conversion Currency": "USD",
        },
        {("Google Click ID", "ONLINE_ID"), ("Conversion Name", "HEALTH")},
        {("Conversion Value", "*"), ("Conversion Currency", "*")},
        True,
    ),
    (
        "GA4 BigQuery event (insurance form submit): pseudo id, substance selected",
        {
            "event_date": "20241104",
            "event_timestamp": 1730763422118004,
            "event_name": "vob_form_submit",
            "user_pseudo_id": "1429837746.1730761190",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {"string_value": "https://desertbloomrecovery.com/verify-insurance/"},
                },
                {"key": "insurance_provider", "value": {"string_value": "Cigna"}},
                {"key": "substance", "value": {"string_value": "Opioids / Fentanyl"}},
                {"key": "ga_session_id", "value": {"int_value": 1730761190}},
            ],
            "geo": {"city": "Phoenix", "region": "Arizona", "country": "United States"},
        },
        {("user_pseudo_id", "ONLINE_ID"), ("event_params[2].value.string_value", "HEALTH")},
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[1].value.string_value", ANY_ID),
            ("geo.region", "*"),
            ("geo.country", "*"),
        },
        True,
    ),
    (
        "Discharge and aftercare plan (JSON): step-down, therapist, MAT, next injection",
        {
            "patient": {"name": "Samuel Ortega", "mrn": "DBR-002799"},
            "discharge_date": "2024-11-08",
            "discharge_type": "Successful completion",
            "step_down": "IOP at Sonoran Recovery Center",
            "aftercare_appointment": "2024-11-12T10:00:00",
            "aftercare_therapist": "Dr. Nadia Faris, PsyD",
            "mat_at_discharge": "Vivitrol 380 mg IM every 4 weeks",
            "next_injection": "2024-12-03",
            "recovery_residence": "Serenity House Mesa",
        },
        {
            ("patient.name", "NAME"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("discharge_date", "DATE"),
            ("step_down", "HEALTH"),
            ("aftercare_appointment", "DATE"),
            ("aftercare_therapist", "NAME"),
            ("mat_at_discharge", "HEALTH"),
            ("next_injection", "DATE"),
        },
        {("discharge_type", ANY_ID)},
        True,
    ),
    (
        "ASAM level table (clean, health): levels, names, typical length of stay",
        {
            "level": "3.7-WM",
            "name": "Medically Monitored Inpatient Withdrawal Management",
            "setting": "Inpatient",
            "typical_los": "3-7 days",
            "staffing": "24-hour nursing; physician available",
            "table_version": "ASAM Criteria 3rd ed.",
        },
        {("name", "HEALTH")},
        {
            ("level", ANY_ID),
            ("name", ANY_ID),
            ("typical_los", "*"),
            ("staffing", ANY_ID),
            ("table_version", "*"),
        },
        False,
    ),
    (
        "Anonymous website chat (health, no identifier): a visitor asks about heroin detox",
        {
            "chat_id": "RJX1K7P2QF",
            "visitor": {"name": "Visitor 48213", "country": "United States"},
            "started_at": "2024-11-03T02:41:19Z",
            "messages": [
                {
                    "author": "visitor",
                    "text": "my brother has been shooting heroin and "
                    "started using fentanyl, can you help him detox",
                },
                {
                    "author": "agent",
                    "text": "Yes, we have a medical detox. Can I get a number to call you back?",
                },
            ],
        },
        {("messages[0].text", "HEALTH")},
        {("chat_id", "*"), ("visitor.name", "*"), ("started_at", "*")},
        False,
    ),
    (
        "CallRail-like text thread (JSON): an inbound SMS about a detox admission",
        {
            "id": "SMT5e7d0f9ab3d24c87b1e2",
            "customer_phone_number": "+16024198835",
            "customer_name": "Jessica Pratt",
            "tracking_phone_number": "+16025550190",
            "last_message_at": "2024-11-05T16:09:51.000-07:00",
            "recent_messages": [
                {
                    "direction": "incoming",
                    "content": "Hi this is Jess, returning your call about my detox "
                    "admission. Ambetter approved it, can I come in Thursday?",
                    "created_at": "2024-11-05T16:09:51.000-07:00",
                }
            ],
        },
        {
            ("customer_phone_number", "PHONE"),
            ("customer_name", "NAME"),
            ("recent_messages[0].content", "HEALTH"),
        },
        {("id", "*"), ("tracking_phone_number", "*"), ("last_message_at", "*")},
        True,
    ),
    (
        "Facility directory row (clean): the centre's address, phone, NPI and licence",
        {
            "Facility": "Desert Bloom Recovery - Scottsdale",
            "Address": "7301 E Shea Blvd",
            "City": "Scottsdale",
            "ZIP": "85260",
            "Main Phone": "(480) 555-0101",
            "Facility NPI": "1649827735",
            "State License": "BH-AZ-10442",
            "Levels Offered": "Detox, Residential, PHP, IOP",
        },
        set(),
        {
            ("Address", "*"),
            ("City", "*"),
            ("ZIP", "*"),
            ("Main Phone", "*"),
            ("Facility NPI", "*"),
            ("State License", "*"),
            ("Levels Offered", ANY_ID),
        },
        False,
    ),
    (
        "Insurance card upload (identified, no health): member, BIN, PCN, group",
        {
            "upload_id": "icu_20241104_88120",
            "file_name": "card_front.jpg",
            "member_name": "ASHLEY T NGUYEN",
            "member_id": "U7720194401",
            "group_number": "3341877",
            "payer": "Cigna",
            "rx_bin": "017010",
            "rx_pcn": "02830000",
            "rx_grp": "CIGNARX",
            "uploaded_at": "2024-11-04T19:22:40Z",
        },
        {("member_name", "NAME"), ("member_id", "HEALTH_PLAN_ID")},
        {
            ("upload_id", "*"),
            ("file_name", "*"),
            ("group_number", "*"),
            ("rx_bin", "*"),
            ("rx_pcn", "*"),
            ("rx_grp", "*"),
            ("uploaded_at", "*"),
        },
        False,
    ),
    (
        "Referral from a therapist (fax log CSV): referring clinician and reason",
        {
            "Received": "2024-11-01 13:05",
            "Referring Provider": "Erin Whitfield, LPC",
            "Practice": "Camelback Counseling Group",
            "Practice Fax": "(602) 555-0148",
            "Client Name": "Marisol Vega",
            "Client DOB": "07/11/1986",
            "Reason for Referral": "Alcohol use disorder, severe; failed outpatient x2",
            "Pages": "6",
        },
        {
            ("Referring Provider", "NAME"),
            ("Client Name", "NAME"),
            ("Client DOB", "DATE"),
            ("Reason for Referral", "HEALTH"),
        },
        {("Practice", "NAME"), ("Pages", "*"), ("Received", "*")},
        True,
    ),
    (
        "Salesforce-like Lead (web VOB form): substance of choice, member id, DOB",
        {
            "attributes": {"type": "Lead"},
            "Id": "00Q5f000006XyZaEAK",
            "FirstName": "Caleb",
            "LastName": "Whitaker",
            "Phone": "(928) 301-7764",
            "Email": "caleb.whitaker93@gmail.com",
            "LeadSource": "Web - Verify Insurance",
            "Seeking_Treatment_For__c": "Self",
            "Substance_of_Choice__c": "Methamphetamine",
            "Insurance_Carrier__c": "UnitedHealthcare",
            "Member_ID__c": "948110273",
            "Date_of_Birth__c": "1993-05-27",
            "Status": "Open - Not Contacted",
            "CreatedDate": "2024-11-05T03:12:09.000+0000",
        },
        {
            ("Id", "OTHER_ID"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Substance_of_Choice__c", "HEALTH"),
            ("Member_ID__c", "HEALTH_PLAN_ID"),
            ("Date_of_Birth__c", "DATE"),
        },
        {
            ("LeadSource", "*"),
            ("Seeking_Treatment_For__c", "*"),
            ("Insurance_Carrier__c", ANY_ID),
            ("Status", "*"),
            ("CreatedDate", "*"),
        },
        True,
    ),
    (
        "Alumni event sign-up (Eventbrite-like attendee CSV): the programme's alumni",
        {
            "Order #": "10483372291",
            "Order Date": "2024-10-30 20:14",
            "First Name": "Brianna",
            "Last Name": "Kowalski",
            "Email": "bkowalski.sober@outlook.com",
            "Event": "Desert Bloom Recovery Alumni Holiday Dinner",
            "Ticket Type": "Alumnus + 1 guest",
            "Program Attended": "Residential treatment, 2023",
            "Quantity": "2",
            "Total Paid": "$0.00",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Program Attended", "HEALTH"),
        },
        {
            ("Order #", "*"),
            ("Order Date", "*"),
            ("Ticket Type", "*"),
            ("Quantity", "*"),
            ("Total Paid", "*"),
        },
        True,
    ),
    (
        "Naloxone kit inventory (clean): NDC, lot, expiry, quantity, location",
        {
            "Item": "Narcan Nasal Spray 4 mg",
            "NDC": "69547-353-02",
            "SKU": "NAR-4MG-2PK",
            "Lot": "TB24K07",
            "Expiry": "2026-03",
            "On Hand": "24",
            "Location": "Nurse Station A",
            "Last Counted": "2024-11-01",
        },
        {("Item", "HEALTH")},
        {
            ("NDC", ANY_ID),
            ("SKU", "*"),
            ("Lot", "*"),
            ("Expiry", "*"),
            ("On Hand", "*"),
            ("Location", "*"),
            ("Last Counted", "*"),
        },
        False,
    ),
    (
        "Call-tracking integration config (clean): account, company, webhook, version",
        {
            "account_id": "218447093",
            "company_id": "COM8a1b2c3d4e5f60718293a4b5c6d7e8f9",
            "api_version": "v3",
            "webhook_url": "https://hooks.desertbloomrecovery.com/callrail/post-call",
            "timezone": "America/Phoenix",
            "pool_size": 8,
            "swap_target": "(480) 555-0101",
            "created_at": "2023-03-14T16:18:02Z",
        },
        set(),
        {
            ("account_id", "*"),
            ("company_id", "*"),
            ("api_version", "*"),
            ("webhook_url", "*"),
            ("timezone", "*"),
            ("pool_size", "*"),
            ("swap_target", "*"),
            ("created_at", "*"),
        },
        False,
    ),
    (
        "Salesforce-like Task (interventionist call note): a mother calls about her son",
        {
            "attributes": {"type": "Task"},
            "Subject": "Call w/ Linda Morales re: son",
            "Description": "Son Jason (24) relapsed on meth after 90 days clean, family "
            "wants an intervention this weekend. BCBS PPO through dad's job.",
            "ActivityDate": "2024-10-24",
            "Type": "Call",
            "WhoId": "0035f00000LmNoPAAZ",
            "Status": "Completed",
        },
        {("Subject", "NAME"), ("Description", "HEALTH")},
        {("Type", "*"), ("Status", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Pre-admission screening (JSON): substances, last use, withdrawal, MAT, ASAM": (
        set(),
        set(),
        {("screening_id", "*")},
        "the project reads a screening's number as the screened person's record id "
        "(detectors/field_names.py: a screening log's ``Screening #``, a re-identification "
        "code Safe Harbor lets a covered entity keep only under conditions a scanner cannot "
        "see) and an intake record's id as the person's (the autism probe): a pre-admission "
        "screening is one prospect's record. The blind must-not was stricter than the "
        "project",
    ),
    "Staff on-call schedule (identified, no health): admissions coordinators": (
        set(),
        set(),
        {("Date", "*")},
        "a bare ``Date`` holding just a date is reported at 0.55 wherever it stands "
        "(detectors/dates.py: a field holding just a date, no context), and only a listing's "
        "hours or a slot inventory make it the calendar's; an on-call row's date is a staff "
        "member's workday. The blind must-not was stricter than the project (the row is no "
        "PHI either way)",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Staff on-call schedule (identified, no health): admissions coordinators": (
        {("Staff", "NAME"), ("Backup", "NAME")},
        "a ``Staff`` column is the workforce's by the project's decision (``STAFF_WORDS``: "
        "detectors/staff.py drops a staff member's name and lines on a record), and a bare "
        "``Backup`` is a file's or a system's as often; without NER the two names of an "
        "on-call roster are not read. The row is identified by the cell phone, and no PHI "
        "either way",
    ),
    "LegitScript certification record (clean): merchant, ids, licence, expiry": (
        {("Certified Since", "DATE")},
        "``certified`` cannot be an off-person word: a plan of care's certification dates "
        "are the patient's (the rehab and home-health probes), and nothing else in a "
        "LegitScript row says it is a merchant's (``Merchant`` and ``Website`` name no "
        "licensed facility for chunk_profiles' facility listing to read). The bare date "
        "beside the certification type's health words makes the row PHI as scanned",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_addiction_admissions_vob_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision on
#: addiction admissions and VOB exports fails here. Before the work, blind: SHAPES 6 misses
#: / 12 false / 12 wrong of 30, HELD_OUT 1 / 0 / 1 of 10.
FLOORS = ShapeTotals(expected=135, misses=2, false=1, wrong=2)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
