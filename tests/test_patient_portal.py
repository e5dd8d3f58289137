"""The "digital front door": patient portals and self-service tools on a health system's site.

A blind probe, written by hand before reading the detectors: MyChart-like portal web
analytics (GA4 BigQuery rows and flattened exports of page views of ``/MyChart/Messaging``,
``/MyChart/TestResults``, activation-code sign-ups, proxy access requests), online
self-scheduling (Epic open scheduling and Fast Pass offers, Kyruus ProviderMatch search and
booking, DocASAP bookings, Luma Health waitlist texts) with visit types, providers,
departments and slot times, find-a-doctor search logs (terms, specialty, accepted-insurance
filter, distance from a ZIP, the searcher's geolocation), price-transparency files and
cost-estimator requests (CPT/DRG, plan, a member id typed in, estimate amounts), online bill
pay (guarantor accounts, statements, confirmation codes, last 4 of a card), financial-
assistance applications, release-of-information (ROI) request forms, e-check-in and
pre-registration (insurance card fields: member id, group, subscriber name and DOB,
RxBIN/RxPCN/RxGroup), chats with the patient access center, and the clean rows around them
(provider directory entries, department hours, slot inventory, CPT and DRG price lists,
funnel and volume reports).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **A slot is not a person's; an appointment is.** An open slot in a slot-inventory row or
  an availability feed (``slot_start`` with ``status: OPEN``, no patient) is the
  department's calendar: no DATE. Once a slot is booked by, offered to (Fast Pass, a
  waitlist text) or held for a patient, its start is that patient's appointment date:
  DATE, as the project already reads a booking's start time. A bare clock time
  (``Appt Time: 09:15 AM``) is no finding (tests/test_calls_and_scheduling.py).
- **A guarantor account number is ACCOUNT_NUMBER** (Safe Harbor (J): a patient or billing
  account), typed in a quick-pay lookup or carried in a bill-pay log. A statement number
  names one bill; it is left unstated (hospitals print it beside or as the account). A
  payment confirmation code, a transaction id and the card's last 4 digits, brand and
  expiry are no findings (tests/test_health_commerce.py: four digits name no card, a
  transaction id names a purchase).
- **RxBIN, RxPCN, RxGroup and the group number are plan-level routing and employer-group
  codes printed on every card of the plan**, not a beneficiary's number: no finding. The
  member id (and a subscriber id) is HEALTH_PLAN_ID; the subscriber's name and date of
  birth are NAME and DATE (the subscriber is the patient's relative or the patient). A
  payer id (``87726``) and a payer or plan name are no findings.
- **A provider's NPI and name**: the project already decided (tests/test_clinicians.py,
  tests/test_calls_and_scheduling.py) that a clinician's name is NAME and an NPI OTHER_ID
  wherever they appear, conservatively, and that by the contract's rule a provider-only
  row with a specialty is then PHI (``phi.clinicians: exclude`` is the opt-in that says
  otherwise). This probe keeps that: in a booking it states nothing about the provider,
  in a directory row it expects NPI OTHER_ID and the row PHI by default.
- **Portal section names are not health**: a page view of ``/MyChart/Messaging``,
  ``/MyChart/Billing`` or the ``TestResults`` index says the visitor uses the portal, not
  what their health is; a named test, drug or condition in the path, title or query is
  health context. Sign-up, activation and proxy events with no health word are identified
  but not PHI.
- **Search and estimate terms are health context of the searcher**: a find-a-doctor query
  ("knee pain"), a specialty filter and a cost-estimator CPT description say what the
  visitor is looking for. The accepted-insurance filter and the search distance are not
  identifiers. The searcher's ZIP is ZIP_CODE, the browser's geolocation LOCATION, the
  client IP IP_ADDRESS.
- **The organisation's own contact details** (a department's street, phone, hours; the
  patient access center's number in a chat greeting) are not a person's: no finding.
- **Reports and price files are clean**: a CPT/DRG price row, a funnel step count, an ROI
  volume report and a payer reference row carry codes, amounts and dates of no person.
- Event timestamps, bill-pay ``paid_at``, session ids and page-load timings are the site's
  clocks and counters: no finding. An activation code is a one-time code tied to one
  patient: ONLINE_ID or OTHER_ID. An SSN's last four in a field named for them is SSN.

After reading the detectors no blind expectation was changed. What the work built: a
portal's own account of the patient and its activation code (``mychart_id``, ``WPR_ID``,
``activation_code``) as OTHER_ID; a finder's ``filters.location`` as the searcher's ZIP; a
plan's group number no longer a HEALTH_PLAN_ID by its field (``group_number``,
``insurance.group_number``; "group number 0012345" in a note still is); a plan's toll-free
lines on a card (``payer_phone``, ``member_services_phone``) let go like a help line; a
release form's sensitive-record consents (``include_sensitive.hiv_test_results: true``) as
health context; a slot time in a chunk that names no person and no booking (a slot
inventory) and the street, ZIP and phone of a department's listing (an ``hours`` column
beside the department's name, no person's column) as the organisation's; a phone number
right after an organisation's name ("the Patient Access Center at (608) 555-0100") as the
organisation's line; a ``?specialty=`` query parameter of a page URL as the visitor's
service line (not the general-care filters every finder offers, ``primary-care``, which
``sample_data``'s gold leaves unlabelled). Three records stay open (:data:`LEFT_ALONE`):
a provider's ``display_name`` (a thing's field as often), and two clean rows with an
``effective`` date (a member's coverage date elsewhere), one of them also holding a DRG
code the project reads as health context. Blind: SHAPES 5 misses / 10 false / 9 wrong
of 32, HELD_OUT 2 / 3 / 4 of 10; after the detector work: SHAPES 1 / 0 / 1 (in
LEFT_ALONE), HELD_OUT (scored once after the SHAPES work: 1 / 3 / 3, then the
``?specialty=`` fix) 0 / 3 / 2 (both in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

# Valid NPIs (Luhn over 80840 + the first nine digits), as providers' registry numbers.
NPI_A = "1234567893"
NPI_B = "1487620936"
NPI_C = "1619573045"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "GA4 BigQuery page_view: MyChart test result detail titled Hemoglobin A1c",
        {
            "event_date": "20240318",
            "event_timestamp": 1710772967123456,
            "event_name": "page_view",
            "user_pseudo_id": "1387654321.1709912345",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://mychart."
                        "lakeshorehealth.org/MyChart/app/test-results/details?eorderid=WP-24x"
                    },
                },
                {
                    "key": "page_title",
                    "value": {"string_value": "Hemoglobin A1c - Test Details | MyChart"},
                },
                {"key": "ga_session_id", "value": {"int_value": 1710772901}},
                {"key": "engagement_time_msec", "value": {"int_value": 5210}},
            ],
            "device": {"category": "mobile", "operating_system": "iOS"},
            "geo": {"country": "United States", "region": "Wisconsin"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {
            ("event_timestamp", "*"),
            ("event_params[2].value.int_value", "*"),
            ("event_params[3].value.int_value", "*"),
            ("geo.region", "*"),
            ("geo.country", "*"),
        },
        True,
    ),
    (
        "Flattened GA4 export: page view of /MyChart/Messaging, no health word",
        {
            "event_name": "page_view",
            "user_pseudo_id": "2041187733.1710001122",
            "page_location": "https://mychart.lakeshorehealth.org/MyChart/Messaging",
            "page_title": "Messages | MyChart",
            "session_engaged": "1",
            "event_timestamp": "2024-03-18 14:02:11.512 UTC",
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("page_location", "*"),
            ("page_title", "*"),
            ("event_timestamp", "*"),
            ("session_engaged", "*"),
        },
        False,
    ),
    (
        "MyChart sign-up form log: activation code, SSN last 4, DOB, ZIP, email",
        {
            "form": "signup_activation",
            "submitted_at": "2024-03-18T15:11:09Z",
            "fields": {
                "activation_code": "8XK4M-2PQ7R-T9WZ3",
                "ssn_last4": "6789",
                "date_of_birth": "08/22/1961",
                "zip_code": "53703",
                "email": "gwen.halvorsen61@gmail.com",
                "username": "ghalvorsen61",
            },
            "result": "ACTIVATED",
            "ip": "73.158.44.201",
        },
        {
            ("fields.activation_code", "ONLINE_ID|OTHER_ID"),
            ("fields.ssn_last4", "SSN"),
            ("fields.date_of_birth", "DATE"),
            ("fields.zip_code", "ZIP_CODE"),
            ("fields.email", "EMAIL"),
            ("fields.username", "ONLINE_ID|OTHER_ID"),
            ("ip", "IP_ADDRESS"),
        },
        {("submitted_at", "*"), ("result", "*"), ("form", "*")},
        False,
    ),
    (
        "Proxy access request: a parent asks for a child's account, asthma care",
        {
            "request_id": "PRX-2024-0031877",
            "requester": {
                "first_name": "Danielle",
                "last_name": "Obi",
                "email": "dani.obi@outlook.com",
                "phone": "(414) 555-0162",
                "relationship": "Parent",
            },
            "patient": {
                "first_name": "Micah",
                "last_name": "Obi",
                "dob": "2016-05-09",
            },
            "access_level": "FULL",
            "reason": "I manage my son's asthma appointments and refills",
            "status": "PENDING_REVIEW",
        },
        {
            ("requester.first_name", "NAME"),
            ("requester.last_name", "NAME"),
            ("requester.email", "EMAIL"),
            ("requester.phone", "PHONE"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("reason", "HEALTH_CONDITION"),
        },
        {
            ("request_id", "*"),
            ("requester.relationship", "*"),
            ("access_level", "*"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Epic Fast Pass offer log: an earlier dermatology slot offered by text",
        {
            "OFFER_ID": "FP-88120443",
            "PAT_MRN_ID": "E4471920",
            "DEPARTMENT_NAME": "LSH DERMATOLOGY WEST",
            "VISIT_TYPE": "SKIN CANCER SCREENING",
            "ORIG_APPT_DTTM": "2024-06-18 14:00:00",
            "OFFERED_SLOT_DTTM": "2024-05-02 10:20:00",
            "OFFER_SENT_DTTM": "2024-04-29 07:00:12",
            "CHANNEL": "SMS",
            "SENT_TO": "608-555-0142",
            "OFFER_STATUS": "ACCEPTED",
        },
        {
            ("PAT_MRN_ID", "MRN"),
            ("VISIT_TYPE", "HEALTH"),
            ("ORIG_APPT_DTTM", "DATE"),
            ("OFFERED_SLOT_DTTM", "DATE"),
            ("SENT_TO", "PHONE"),
        },
        {
            ("OFFER_ID", "*"),
            ("OFFER_SENT_DTTM", "*"),
            ("CHANNEL", "*"),
            ("OFFER_STATUS", "*"),
            ("DEPARTMENT_NAME", "LOCATION"),
        },
        True,
    ),
    (
        "Open-scheduling slot inventory row (clean): an open slot, no patient",
        {
            "dept_id": "10501032",
            "dept_name": "Family Medicine - Westside",
            "prov_id": "E10023",
            "visit_type_id": "2012",
            "visit_type": "NEW PATIENT VISIT",
            "slot_start": "2024-05-02T10:20:00",
            "slot_length_min": "20",
            "status": "OPEN",
            "open_scheduling": "Y",
        },
        set(),
        {
            ("dept_id", "*"),
            ("prov_id", "*"),
            ("visit_type_id", "*"),
            ("slot_start", "*"),
            ("slot_length_min", "*"),
            ("status", "*"),
        },
        False,
    ),
    (
        "Kyruus ProviderMatch search log: knee pain, specialty, insurance filter, geolocation",
        {
            "search_id": "c1f0a9e2-3b7d-4e41-8f2a-6d5c9b8e7a10",
            "timestamp": "2024-03-18T16:40:02.118Z",
            "visitor_id": "kv_5d8a2f1c77e04b1a",
            "search_terms": "knee pain",
            "filters": {
                "specialty": "Orthopedic Surgery",
                "insurance_accepted": "Aetna Choice POS II",
                "accepting_new_patients": True,
                "distance_miles": 10,
                "location": "53711",
            },
            "geolocation": {"lat": 43.0389, "lng": -89.4124},
            "result_count": 23,
        },
        {
            ("visitor_id", "ONLINE_ID"),
            ("search_terms", "HEALTH"),
            ("filters.specialty", "HEALTH"),
            ("filters.location", "ZIP_CODE"),
            ("geolocation.lat", "LOCATION"),
        },
        {
            ("search_id", "*"),
            ("timestamp", "*"),
            ("filters.insurance_accepted", "*"),
            ("filters.distance_miles", "*"),
            ("result_count", "*"),
        },
        True,
    ),
    (
        "Find-a-doctor search log CSV: by ZIP and Medicare filter only, no health",
        {
            "Search Time": "2024-03-18 09:12:44",
            "Session ID": "s-77a1e0f2c9",
            "Search Term": "",
            "Zip": "60614",
            "Radius": "25",
            "Insurance": "Medicare",
            "Language": "Spanish",
            "Gender": "Female",
            "Results": "41",
        },
        {("Zip", "ZIP_CODE")},
        {
            ("Search Time", "*"),
            ("Radius", "*"),
            ("Insurance", "*"),
            ("Language", "*"),
            ("Gender", "*"),
            ("Results", "*"),
        },
        False,
    ),
    (
        "Cost-estimator request: colonoscopy CPT, plan, member id typed in",
        {
            "estimate_id": "EST-240318-000912",
            "requested_at": "2024-03-18T10:05:33Z",
            "user": {"mychart_id": "mc-77120394", "email": "r.jefferson55@aol.com"},
            "service": {"cpt": "45378", "description": "Colonoscopy, diagnostic"},
            "insurance": {
                "payer": "UnitedHealthcare",
                "plan": "Choice Plus",
                "member_id": "912345678",
                "group_number": "705214",
            },
            "estimate": {
                "total_charge": 2140.00,
                "plan_pays": 1727.50,
                "patient_responsibility": 412.50,
                "deductible_remaining": 300.00,
            },
        },
        {
            ("user.mychart_id", "ONLINE_ID|OTHER_ID"),
            ("user.email", "EMAIL"),
            ("service.description", "PROCEDURE"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("estimate_id", "*"),
            ("requested_at", "*"),
            ("insurance.payer", "*"),
            ("insurance.plan", "*"),
            ("insurance.group_number", "*"),
            ("estimate.total_charge", "*"),
            ("estimate.plan_pays", "*"),
            ("estimate.patient_responsibility", "*"),
            ("estimate.deductible_remaining", "*"),
        },
        True,
    ),
    (
        "Anonymous cost estimate: brain MRI self-pay, no identifier",
        {
            "estimate_id": "EST-240318-000913",
            "cpt_code": "70553",
            "service_name": "MRI brain with and without contrast",
            "coverage": "Self-pay",
            "cash_price": "1,480.00",
            "facility": "Lakeshore Imaging Center",
        },
        {("service_name", "PROCEDURE")},
        {("estimate_id", "*"), ("cash_price", "*"), ("coverage", "*"), ("facility", "*")},
        False,
    ),
    (
        "Machine-readable standard charges row (clean): CPT with a payer's negotiated rate",
        {
            "description": "Comprehensive metabolic panel",
            "code|1": "80053",
            "code|1|type": "CPT",
            "standard_charge|gross": "212.00",
            "standard_charge|discounted_cash": "85.00",
            "payer_name": "Aetna",
            "plan_name": "Aetna Open Access Managed Choice",
            "standard_charge|negotiated_dollar": "64.12",
            "setting": "outpatient",
            "additional_generic_notes": "",
        },
        {("description", "PROCEDURE")},
        {
            ("standard_charge|gross", "*"),
            ("standard_charge|discounted_cash", "*"),
            ("standard_charge|negotiated_dollar", "*"),
            ("payer_name", "*"),
            ("plan_name", "*"),
        },
        False,
    ),
    (
        "Shoppable services DRG row (clean): hip and knee replacement price",
        {
            "ms_drg": "470",
            "drg_description": "Major hip and knee joint replacement or reattachment of "
            "lower extremity without MCC",
            "median_charge": "$48,210",
            "min_negotiated": "$21,004",
            "max_negotiated": "$39,877",
            "effective_date": "2024-01-01",
        },
        {("drg_description", "PROCEDURE")},
        {
            ("ms_drg", "*"),
            ("median_charge", "*"),
            ("min_negotiated", "*"),
            ("max_negotiated", "*"),
            ("effective_date", "*"),
        },
        False,
    ),
    (
        "Online bill pay log: guarantor account, statement, card last 4, confirmation",
        {
            "guarantor_account_number": "GA-40021873",
            "statement_number": "ST240318-55102",
            "guarantor_name": "Linda Okonkwo",
            "payment_amount": "250.00",
            "card_brand": "VISA",
            "card_last4": "4242",
            "card_exp": "09/27",
            "confirmation_code": "PMT-7Q2K9X",
            "paid_at": "2024-03-18T14:22:07Z",
            "receipt_email": "l.okonkwo@yahoo.com",
        },
        {
            ("guarantor_account_number", "ACCOUNT_NUMBER"),
            ("guarantor_name", "NAME"),
            ("receipt_email", "EMAIL"),
        },
        {
            ("payment_amount", "*"),
            ("card_brand", "*"),
            ("card_last4", "*"),
            ("card_exp", "*"),
            ("confirmation_code", "*"),
            ("paid_at", "*"),
        },
        False,
    ),
    (
        "Bill pay statement detail: lumbar MRI charge, patient and service date",
        {
            "GuarantorAcct": "40021873",
            "PatientName": "OKONKWO, CHIDI",
            "StatementDate": "03/01/2024",
            "ServiceDate": "02/12/2024",
            "ServiceDescription": "MRI LUMBAR SPINE WO CONTRAST",
            "Charges": "2,315.00",
            "InsurancePaid": "1,802.16",
            "PatientBalance": "512.84",
        },
        {
            ("GuarantorAcct", "ACCOUNT_NUMBER"),
            ("PatientName", "NAME"),
            ("ServiceDate", "DATE"),
            ("ServiceDescription", "PROCEDURE"),
        },
        {("Charges", "*"), ("InsurancePaid", "*"), ("PatientBalance", "*")},
        True,
    ),
    (
        "Guest quick-pay lookup: account number, last name, ZIP typed in",
        {
            "path": "/billpay/guest/lookup",
            "method": "POST",
            "body": {"accountNumber": "1000487732", "lastName": "Ferreira", "zip": "02139"},
            "status": 200,
            "duration_ms": 188,
        },
        {
            ("body.accountNumber", "ACCOUNT_NUMBER"),
            ("body.lastName", "NAME"),
            ("body.zip", "ZIP_CODE"),
        },
        {("path", "*"), ("status", "*"), ("duration_ms", "*")},
        False,
    ),
    (
        "Financial-assistance application: household, income, SSN, cancer treatment bills",
        {
            "application_id": "FAP-2024-004471",
            "applicant_first": "Rosa",
            "applicant_last": "Delgado",
            "applicant_dob": "1979-11-30",
            "applicant_ssn": "512-44-8832",
            "address": "2231 N Sheffield Ave, Apt 3",
            "city": "Chicago",
            "zip": "60614",
            "household_size": "4",
            "annual_household_income": "38400",
            "employer": "Jewel-Osco",
            "reason_for_request": "Bills from my breast cancer treatment last year",
            "guarantor_account": "40077120",
            "submitted": "2024-03-11",
        },
        {
            ("applicant_first", "NAME"),
            ("applicant_last", "NAME"),
            ("applicant_dob", "DATE"),
            ("applicant_ssn", "SSN"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("reason_for_request", "HEALTH_CONDITION"),
            ("guarantor_account", "ACCOUNT_NUMBER"),
        },
        {
            ("application_id", "*"),
            ("household_size", "*"),
            ("annual_household_income", "*"),
        },
        True,
    ),
    (
        "Financial-assistance status report (clean): counts by month and decision",
        {
            "month": "2024-02",
            "applications_received": "312",
            "approved_full": "141",
            "approved_partial": "77",
            "denied": "38",
            "pending": "56",
            "avg_days_to_decision": "11.4",
        },
        set(),
        {
            ("month", "*"),
            ("applications_received", "*"),
            ("approved_full", "*"),
            ("denied", "*"),
            ("avg_days_to_decision", "*"),
        },
        False,
    ),
    (
        "ROI request form: records of a hospital stay sent to an attorney",
        {
            "Request ID": "ROI-24-018822",
            "Patient Name": "Terrence Whitfield",
            "Date of Birth": "04/02/1975",
            "MRN (if known)": "00482913",
            "Patient Phone": "262-555-0119",
            "Records Requested": "Discharge summary; operative report; MRI reports",
            "Dates of Treatment": "01/04/2024 - 01/09/2024",
            "Purpose": "Legal",
            "Release To": "Hanley & Burke LLP",
            "Recipient Address": "500 W Madison St, Suite 1400, Chicago, IL 60661",
            "Delivery Method": "Secure email",
            "Signature Date": "03/15/2024",
        },
        {
            ("Patient Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("MRN (if known)", "MRN"),
            ("Patient Phone", "PHONE"),
            ("Records Requested", "HEALTH"),
            ("Dates of Treatment", "DATE"),
        },
        {("Request ID", "*"), ("Purpose", "*"), ("Delivery Method", "*")},
        True,
    ),
    (
        "ROI request with sensitive-record consent: substance use and HIV records",
        {
            "request": {
                "patient": {"name": "Alexis Brandt", "dob": "1988-02-14"},
                "include_sensitive": {
                    "substance_use_disorder_records": True,
                    "hiv_test_results": True,
                    "mental_health_notes": False,
                },
                "recipient_email": "records@northshorepsych.example.com",
                "expires": "2025-03-15",
            }
        },
        {
            ("request.patient.name", "NAME"),
            ("request.patient.dob", "DATE"),
            ("request.include_sensitive.substance_use_disorder_records", "HEALTH"),
        },
        {("request.include_sensitive.mental_health_notes", "*")},
        True,
    ),
    (
        "ROI volume report (clean): requests by purpose and turnaround",
        {
            "Week Ending": "03/15/2024",
            "Purpose": "Continuity of care",
            "Requests": "214",
            "Fulfilled Within 30 Days": "97.2%",
            "Avg Pages": "38",
        },
        set(),
        {("Week Ending", "*"), ("Requests", "*"), ("Avg Pages", "*")},
        False,
    ),
    (
        "e-Check-in insurance card: member id, group, subscriber, Rx routing, visit reason",
        {
            "checkin_id": "ECI-551209",
            "appointment": {"start": "2024-03-21T13:30:00-05:00", "visit_type": "Annual Physical"},
            "reason_for_visit": "follow-up for high blood pressure",
            "coverage": {
                "payer_name": "Quartz Health Solutions",
                "member_id": "Q00481122-01",
                "group_number": "0012345",
                "subscriber_name": "Gerald Lindqvist",
                "subscriber_dob": "1966-07-19",
                "relationship_to_patient": "Spouse",
                "rx_bin": "610014",
                "rx_pcn": "MEDDPRIME",
                "rx_group": "QRTZRX",
                "payer_phone": "1-800-555-0134",
            },
        },
        {
            ("appointment.start", "DATE"),
            ("reason_for_visit", "HEALTH_CONDITION"),
            ("coverage.member_id", "HEALTH_PLAN_ID"),
            ("coverage.subscriber_name", "NAME"),
            ("coverage.subscriber_dob", "DATE"),
        },
        {
            ("checkin_id", "*"),
            ("coverage.payer_name", "*"),
            ("coverage.group_number", "*"),
            ("coverage.relationship_to_patient", "*"),
            ("coverage.rx_bin", "*"),
            ("coverage.rx_pcn", "*"),
            ("coverage.rx_group", "*"),
            ("coverage.payer_phone", "*"),
        },
        True,
    ),
    (
        "Pre-registration CSV: demographics and insurance only, no health",
        {
            "Pre-Reg ID": "PR-2024-77120",
            "Patient First Name": "Hannah",
            "Patient Last Name": "Szymanski",
            "Patient DOB": "11/03/1992",
            "Address": "415 Pine Ridge Dr",
            "City": "Waukesha",
            "Zip": "53186",
            "Cell Phone": "262-555-0177",
            "Primary Insurance": "Anthem Blue Cross",
            "Member ID": "XGK884102376",
            "Group #": "W48812",
            "Subscriber": "Self",
        },
        {
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Cell Phone", "PHONE"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {("Pre-Reg ID", "*"), ("Primary Insurance", "*"), ("Group #", "*"), ("Subscriber", "*")},
        False,
    ),
    (
        "Insurance card OCR from e-check-in: card fields only, copays",
        {
            "ocr_job": "ocr_7f1c22e9",
            "card_front": {
                "member_name": "JOHN Q SAMPLE",
                "member_id": "W123456789",
                "group_no": "0712345",
                "payer_id": "87726",
                "rx_bin": "610279",
                "rx_pcn": "9999",
                "rx_grp": "UHEALTH",
                "copay_pcp": "$25",
                "copay_er": "$250",
                "plan_type": "PPO",
            },
            "confidence": 0.94,
        },
        {("card_front.member_name", "NAME"), ("card_front.member_id", "HEALTH_PLAN_ID")},
        {
            ("ocr_job", "*"),
            ("card_front.group_no", "*"),
            ("card_front.payer_id", "*"),
            ("card_front.rx_bin", "*"),
            ("card_front.rx_pcn", "*"),
            ("card_front.rx_grp", "*"),
            ("card_front.copay_pcp", "*"),
            ("card_front.copay_er", "*"),
            ("confidence", "*"),
        },
        False,
    ),
    (
        "Pharmacy benefit reference table (clean): payer BIN/PCN/group routing",
        {
            "payer": "Express Scripts",
            "rx_bin": "003858",
            "rx_pcn": "A4",
            "rx_group": "RX1234",
            "help_desk_phone": "800-555-0171",
            "effective": "2024-01-01",
        },
        set(),
        {
            ("rx_bin", "*"),
            ("rx_pcn", "*"),
            ("rx_group", "*"),
            ("help_desk_phone", "*"),
            ("effective", "*"),
        },
        False,
    ),
    (
        "Patient access center chat: a patient reschedules a colonoscopy",
        {
            "conversation_id": "conv_01HS8X4K2M",
            "channel": "web_chat",
            "started_at": "2024-03-18T13:01:55Z",
            "messages": [
                {
                    "author": "agent",
                    "text": "Thanks for contacting the Patient Access Center at "
                    "(608) 555-0100. How can I help?",
                },
                {
                    "author": "visitor",
                    "text": "Hi, this is Dana Whitfield, DOB 4/2/1975. I need to move my "
                    "colonoscopy on 3/28 to a later date.",
                },
            ],
        },
        {
            ("messages[1].text", "NAME"),
            ("messages[1].text", "DATE"),
            ("messages[1].text", "PROCEDURE"),
        },
        {("conversation_id", "*"), ("started_at", "*"), ("messages[0].text", "PHONE")},
        True,
    ),
    (
        "Patient access chat about a balance: account number, no health",
        {
            "Transcript ID": "T-998122",
            "Visitor Name": "Paul Mertens",
            "Visitor Email": "pmertens@charter.net",
            "Transcript": "Visitor: my statement says I owe $180, account # 40021991. Can I "
            "set up a payment plan?\nAgent: Yes, I can set up 6 monthly payments.",
            "Queue": "Billing",
        },
        {
            ("Visitor Name", "NAME"),
            ("Visitor Email", "EMAIL"),
            ("Transcript", "ACCOUNT_NUMBER"),
        },
        {("Transcript ID", "*"), ("Queue", "*")},
        False,
    ),
    (
        "Luma Health waitlist text: earlier dermatology opening offered to a patient",
        {
            "messageId": "msg_65f8a1c2e4b0",
            "patientId": "5f2c9e7b1a4d3c0012ab34cd",
            "to": "+14145550190",
            "type": "waitlist_offer",
            "body": "Hi Maria, an earlier appointment with Dermatology opened on Thu 5/2 "
            "at 10:20 AM. Reply 1 to book it. Reply STOP to opt out.",
            "sentAt": "2024-04-29T12:00:04.551Z",
            "status": "delivered",
        },
        {
            ("patientId", "OTHER_ID|MRN"),
            ("to", "PHONE"),
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "HEALTH"),
        },
        {("messageId", "*"), ("sentAt", "*"), ("status", "*"), ("type", "*")},
        True,
    ),
    (
        "Self-scheduling funnel report (clean): sessions per step and visit type",
        {
            "report_date": "2024-03-17",
            "funnel_step": "3 - Select time",
            "visit_type": "Mammogram",
            "sessions": "1243",
            "completions": "512",
            "conversion_rate": "0.41",
        },
        {("visit_type", "PROCEDURE")},
        {("report_date", "*"), ("sessions", "*"), ("completions", "*"), ("conversion_rate", "*")},
        False,
    ),
    (
        "Department hours row (clean): a clinic's own address and phone",
        {
            "department": "Heart & Vascular Clinic - Main Campus",
            "street": "1200 Medical Center Dr",
            "city": "Madison",
            "zip": "53792",
            "phone": "(608) 555-0100",
            "fax": "(608) 555-0101",
            "hours": "Mon-Fri 8:00 AM - 5:00 PM",
            "walk_ins": "No",
        },
        set(),
        {
            ("street", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("fax", "*"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "Provider directory entry: NPI, name, specialty, clinic (project: NPI is OTHER_ID)",
        {
            "npi": NPI_A,
            "display_name": "Anna Kowalczyk, MD",
            "specialties": ["Rheumatology"],
            "conditions_treated": ["Lupus", "Rheumatoid arthritis"],
            "accepting_new_patients": True,
            "languages": ["English", "Polish"],
            "locations": [{"name": "Lakeshore Rheumatology", "phone": "608-555-0188"}],
            "rating": 4.9,
        },
        {
            ("npi", "OTHER_ID"),
            ("display_name", "NAME"),
            ("conditions_treated[1]", "HEALTH_CONDITION"),
        },
        {("rating", "*"), ("languages[1]", "*")},
        True,
    ),
    (
        "DocASAP booking webhook: migraine visit, patient, booked slot, provider NPI",
        {
            "event": "appointment.created",
            "data": {
                "appointment_id": "DA-7719022",
                "slot_start": "2024-04-03T08:40:00-05:00",
                "reason": "Migraine",
                "provider": {"npi": NPI_B, "name": "Samuel Osei, MD"},
                "patient": {
                    "first_name": "Kara",
                    "last_name": "Lindgren",
                    "dob": "1990-01-26",
                    "phone": "+16085550133",
                    "email": "kara.lindgren@icloud.com",
                },
            },
            "created": 1711900000,
        },
        {
            ("data.slot_start", "DATE"),
            ("data.reason", "HEALTH_CONDITION"),
            ("data.patient.first_name", "NAME"),
            ("data.patient.last_name", "NAME"),
            ("data.patient.dob", "DATE"),
            ("data.patient.phone", "PHONE"),
            ("data.patient.email", "EMAIL"),
        },
        {("data.appointment_id", "*"), ("created", "*"), ("event", "*")},
        True,
    ),
    (
        "MyChart open-scheduling analytics event: COVID vaccine booked by a signed-in user",
        {
            "event": "appointment_scheduled",
            "mychart_username": "jsmith1961",
            "wpr_id": "88120391",
            "visit_type": "COVID-19 Vaccine",
            "dept_id": "10501032",
            "slot_start": "2024-03-22T15:40:00",
            "booked_at": "2024-03-18T19:22:11Z",
            "page": "/MyChart/Scheduling/SelectTime",
        },
        {
            ("mychart_username", "ONLINE_ID|OTHER_ID"),
            ("wpr_id", "OTHER_ID|ONLINE_ID|MRN"),
            ("visit_type", "HEALTH"),
            ("slot_start", "DATE"),
        },
        {("dept_id", "*"), ("booked_at", "*"), ("page", "*"), ("event", "*")},
        True,
    ),
    (
        "Portal adoption weekly report (clean): activation codes and proxy requests",
        {
            "week": "2024-W11",
            "activation_codes_issued": 412,
            "signups_completed": 287,
            "proxy_requests": 36,
            "active_users_30d": 184220,
            "pct_patients_active": "62.1%",
        },
        set(),
        {
            ("week", "*"),
            ("activation_codes_issued", "*"),
            ("signups_completed", "*"),
            ("active_users_30d", "*"),
            ("pct_patients_active", "*"),
        },
        False,
    ),
    (
        "Adult proxy request: a daughter for her 93-year-old mother with dementia",
        {
            "Proxy First Name": "Ingrid",
            "Proxy Last Name": "Haugen",
            "Proxy Email": "ingrid.haugen@gmail.com",
            "Patient Name": "Solveig Haugen",
            "Patient Age": "93",
            "Relationship": "Daughter",
            "Reason": "My mother has dementia and I handle her appointments",
            "POA on file": "Yes",
        },
        {
            ("Proxy First Name", "NAME"),
            ("Proxy Last Name", "NAME"),
            ("Proxy Email", "EMAIL"),
            ("Patient Name", "NAME"),
            ("Patient Age", "AGE_OVER_89"),
            ("Reason", "HEALTH_CONDITION"),
        },
        {("Relationship", "*"), ("POA on file", "*")},
        True,
    ),
    (
        "Portal message metadata: a patient asks about a metformin dose",
        {
            "MSG_ID": "M-2024-99811203",
            "PAT_ID": "Z1187734",
            "PAT_NAME": "JEFFERSON,ROBERT",
            "MSG_SUBJECT": "Question about my metformin dose",
            "RECIPIENT_POOL": "LSH ENDO NURSE POOL",
            "CREATED_TIME": "2024-03-18 08:14:20",
            "MSG_TYPE": "Patient Medical Advice Request",
        },
        {
            ("PAT_ID", "OTHER_ID|MRN"),
            ("PAT_NAME", "NAME"),
            ("MSG_SUBJECT", "MEDICATION"),
        },
        {("MSG_ID", "*"), ("CREATED_TIME", "*"), ("RECIPIENT_POOL", "*")},
        True,
    ),
    (
        "Page view with open-scheduling query: orthopedics specialty, cookie id",
        {
            "timestamp": "2024-03-18T11:02:40Z",
            "cookie_id": "a7f3c1e0-2d9b-4c58-9e11-5b2f8d4a6c03",
            "url": "https://mychart.lakeshorehealth.org/MyChart/openscheduling?dept=10501044"
            "&vt=2305&specialty=orthopedics",
            "referrer": "https://www.lakeshorehealth.org/find-a-doctor",
            "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)",
        },
        {("cookie_id", "ONLINE_ID"), ("url", "HEALTH")},
        {("timestamp", "*"), ("referrer", "*"), ("user_agent", "*")},
        True,
    ),
    (
        "Find-a-doctor search log: searcher's IP, city, and 'lump in breast' query",
        {
            "ts": "2024-03-18T21:45:12Z",
            "client_ip": "98.212.14.77",
            "geo_city": "Oak Park",
            "geo_zip": "60302",
            "q": "lump in breast",
            "specialty": "",
            "results": 9,
        },
        {
            ("client_ip", "IP_ADDRESS"),
            ("geo_city", "LOCATION"),
            ("geo_zip", "ZIP_CODE"),
            ("q", "HEALTH_CONDITION"),
        },
        {("ts", "*"), ("results", "*")},
        True,
    ),
    (
        "Pre-registration questionnaire: allergies, medications, emergency contact",
        {
            "patient": {"name": "Omar Haddad", "dob": "1958-10-02", "mrn": "00771203"},
            "answers": {
                "allergies": "Penicillin",
                "current_medications": "lisinopril 10 mg daily, atorvastatin 20 mg",
                "preferred_pharmacy": "Walgreens #04521, 1900 Monroe St",
                "emergency_contact_name": "Leila Haddad",
                "emergency_contact_phone": "608-555-0154",
            },
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.mrn", "MRN"),
            ("answers.allergies", "HEALTH"),
            ("answers.current_medications", "MEDICATION"),
            ("answers.emergency_contact_name", "NAME"),
            ("answers.emergency_contact_phone", "PHONE"),
        },
        set(),
        True,
    ),
    (
        "Epic Fast Pass offers report (clean): offers and acceptances by department",
        {
            "Department": "LSH DERMATOLOGY WEST",
            "Month": "March 2024",
            "Offers Sent": "1,204",
            "Accepted": "311",
            "Acceptance Rate": "25.8%",
            "Avg Days Saved": "23.4",
        },
        set(),
        {("Month", "*"), ("Offers Sent", "*"), ("Accepted", "*"), ("Avg Days Saved", "*")},
        False,
    ),
    (
        "Payment confirmation email event: receipt sent to the guarantor, no health",
        {
            "event": "delivered",
            "email": "marcus.bell@protonmail.com",
            "timestamp": 1710772967,
            "subject": "Payment received - thank you",
            "category": ["billpay", "receipt"],
            "unique_args": {"guarantor_acct": "40021873", "confirmation": "PMT-7Q2K9X"},
        },
        {("email", "EMAIL"), ("unique_args.guarantor_acct", "ACCOUNT_NUMBER")},
        {("timestamp", "*"), ("unique_args.confirmation", "*"), ("subject", "*")},
        False,
    ),
    (
        "Kyruus booking export CSV: new-patient cardiology visit, provider NPI",
        {
            "Booking Date": "2024-03-18",
            "Appointment Start": "2024-04-09 09:00",
            "Patient Name": "Tomasz Wrobel",
            "Patient DOB": "1951-06-30",
            "Patient Phone": "773-555-0148",
            "Visit Type": "New Patient - Atrial Fibrillation",
            "Provider": "Neha Patel, MD",
            "Provider NPI": NPI_C,
            "Department": "Heart & Vascular Clinic",
            "Insurance": "Medicare",
            "Source": "ProviderMatch for Consumers",
        },
        {
            ("Appointment Start", "DATE"),
            ("Patient Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Visit Type", "HEALTH_CONDITION"),
        },
        {("Insurance", "*"), ("Source", "*")},
        True,
    ),
    (
        "Cost estimate chat: member id typed after the plan's name",
        {
            "session": "ce-5521",
            "user_text": "What would an MRI of my knee cost? I have Cigna, member ID U4412098701",
            "bot_reply": "With Cigna Open Access Plus, an MRI knee without contrast is "
            "estimated at $420 after your deductible.",
        },
        {("user_text", "HEALTH_PLAN_ID"), ("user_text", "PROCEDURE")},
        {("bot_reply", "HEALTH_PLAN_ID"), ("session", "*")},
        True,
    ),
]

_EFFECTIVE = (
    "dates.py leaves ``effective`` out of the off-person date words on purpose: a member's "
    "coverage ``Effective Date`` (Medicare ``Part B Effective``) is that person's; telling a "
    "price file's or a plan table's row from a member's needs the whole record, as "
    "tests/test_direct_mail.py leaves its report dates"
)

_OPEN: dict[str, tuple[set, str]] = {
    "Provider directory entry: NPI, name, specialty, clinic (project: NPI is OTHER_ID)": (
        {("display_name", "NAME")},
        "a ``display_name`` is a thing's as often as a person's (field_names' NOT_A_PERSON: "
        "a page's, an app's, a product's), so it is not read for a name without NER; the "
        "credential (``, MD``) would tell, but reading it would also turn the provider "
        "names tests/test_calls_and_scheduling.py keeps as must-not into findings",
    ),
    "Shoppable services DRG row (clean): hip and knee replacement price": (
        {("ms_drg", "PROCEDURE")},
        "the blind must-not on ``ms_drg`` was wrong by the project's decision: DRG codes "
        "in a field named for them are health context (tests/test_clinical_codes.py), as "
        "the description beside it is. (Its ``effective_date``, open too until the "
        "urgent-care probe, is the price file's now: a ``median_charge`` is a population's "
        "measure, so the row is an aggregate's, detectors/aggregate_reports.py)",
    ),
    "Pharmacy benefit reference table (clean): payer BIN/PCN/group routing": (
        {("effective", "DATE")},
        _EFFECTIVE,
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_patient_portal_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records): a change that loses recall or precision on portal and
#: self-service exports fails here. Before the work, blind: SHAPES 5 misses / 10 false /
#: 9 wrong of 32, HELD_OUT 2 / 3 / 4 of 10.
FLOORS = ShapeTotals(expected=136, misses=1, false=2, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
