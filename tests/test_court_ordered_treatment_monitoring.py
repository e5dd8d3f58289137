"""Court-ordered treatment, DUI programmes and compliance monitoring exports.

A blind probe, written by hand before reading the detectors: what DUI/DWI schools,
court-ordered counselling agencies, drug courts, alcohol-monitoring and ignition-interlock
vendors, drug-testing laboratories and probation case-management systems export.
Enrollment records of a state-licensed DUI programme's MIS (client, birth date, driver's
licence and state, court, case number, charge, referral, probation officer), class
attendance logs and a Zoom participant report of a virtual class, SCRAM-like
transdermal alcohol events and daily compliance rows, Soberlink-like remote breath tests
and their alert e-mails, ignition-interlock (Intoxalock-/LifeSafer-like) event logs with
the device serial, VIN, plate, BrAC, photo id and GPS, installation records and DMV
violation reports, drug-testing laboratory results (specimen id, ``10-panel``,
``Positive - THC``, the MRO), a colour-code call-in system's selections, substance-use
assessments (AUDIT score, ASAM level, ``alcohol use disorder, moderate``), a compliance
letter to the court, monthly progress reports to probation, conditions of supervision,
drug-court participant records and status-review calendars, completion certificates,
fee ledgers and receipts, SMS reminders, a DUI school's web intake form and GA4 purchase
events. With the clean rows around them: class calendars, fee schedules, device
inventory (serial numbers, firmware versions, calibration dates), court lists (court
name, address, the courthouse's phone), test-panel catalogs (analyte, cutoff ng/mL),
agency settings, monthly statistics, a vendor's invoice to an agency, a breathalyser
product catalog, an officers' roster, an anonymous self-screener and a state treatment
episode data set row.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity. Values are made up (no real
people); field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Court-ordered treatment is health care, whoever orders it.** A substance-use
  evaluation, a DUI/DWI programme's alcohol and drug education or therapy track
  (``Level II Therapy``, ``Alcohol/Drug Education``), an ASAM level, an AUDIT result, an
  SUD diagnosis, a level of care (``IOP``) and a treatment court (``Drug Court``, the
  addiction probe's recovery-programme decision: a treatment court admits people for
  their substance use) are HEALTH on a person's record. The same words in a class
  calendar, a fee schedule or a catalog name no one: not PHI (health words there are
  not forbidden).
- **The offence is not the person's health.** A charge (``DUI 1st Offense``, ``23152(a)
  VC``), a statute, a sentence, community service, a Victim Impact Panel and a defensive
  driving class name the offence and its penalties (the correctional probe's decision on
  charge descriptions): HEALTH is forbidden in a charge field, and a record whose only
  "health" would be its charge is not PHI.
- **A drug or alcohol test is health context whatever its result** (the occupational
  probe): the test (``10-Panel Urine``, ``UA``, ``EtG``, a breath or transdermal alcohol
  test) is a PROCEDURE, a substance found (``Positive - THC``) is health. **A BAC, BrAC
  or TAC reading of a person is a measurement of the body**, as a vital sign is (the
  remote-monitoring probe): HEALTH in a field named for it (``BAC``, ``BrAC``,
  ``peak_tac``) and after its label in text (``BAC: 0.032``). A bare result word
  (``Compliant``, ``Fail``, ``Negative``) is neither expected nor forbidden. A BAC range
  or a threshold in a catalog or a device setting is no one's reading: forbidden.
- **Ids**: a programme's client id, a probation offender or DOC number, a drug-court
  participant id and a lab donor id are the person's record id (``OTHER_ID|MRN``); a
  specimen id or accession is ``OTHER_ID`` (the genomics and occupational probes); a
  driver's licence number is ``LICENSE_NUMBER`` (its state alone no finding); the last
  four of an SSN is ``SSN``. **A court case or docket number is the court's key to a
  public docket** (the legal-intake probe): left unscored on a person's record, forbidden
  on a court's calendar. Session, class, event, photo, receipt, invoice, panel, SKU, lot,
  agency and site codes are never findings.
- **A monitoring device worn by or installed for one person is that person's device**:
  its serial is ``DEVICE_ID`` on the person's events and installation record (the
  remote-monitoring probe); in an unassigned stock inventory a serial is left unscored,
  and firmware versions, models and calibration dates are forbidden. **The person's own
  vehicle** (an interlock is installed in it by court or DMV order) is ``VEHICLE_ID``: VIN
  and plate. A GPS position taken with a person's test is ``LOCATION``.
- **People who are not the subject**: a probation officer, a case manager at the court,
  a judge and a clerk act for the court or the agency (the correctional probe's officers,
  the autism probe's service coordinator): their names, e-mails and phones are neither
  expected nor forbidden, and an officers' roster's badge numbers are forbidden. A
  counsellor, an evaluator, a class facilitator who is a certified addiction counsellor,
  and an MRO are clinicians: ``NAME``.
- **A person's dates are DATE**: birth, offence or arrest, referral, enrollment,
  assessment, a class session attended, a specimen's collection, a breath test's or an
  alcohol event's time (the time a reading was taken), an admission and a discharge, a
  sobriety date, a violation's date, an appointment in a reminder. Not: a letter's or a
  report's date or month, an upload or submission timestamp, a class calendar's start, a
  fee's effective date, a device's calibration date, an invoice period. Left unscored: a
  court hearing's date on a person's record, a next report date with probation, an
  installation appointment, a photo's capture time.
- **The court's and the programme's places and lines are not a person's**: a
  courthouse's address and phone, a programme's SMS sender number, an agency's alert
  mailbox. A client's home address, city and ZIP are LOCATION / ZIP_CODE.
- **Money is no finding**: fees, balances, payment methods, a masked card's last four,
  receipts. A fee ledger line that names a treatment service is PHI by it; a receipt for
  a bare ``Program fee`` is identified and not PHI.
- **Aggregates and de-identified rows name nobody**: monthly counts, positivity rates,
  an anonymous self-screener and a state episode data set row (health, no identifier:
  not PHI). An age under 90, a sex and an age group are never findings.

After reading the detectors no blind expectation was changed; one must-not was stricter
than the project and is narrowed on top (:data:`_DECIDED`): a completion certificate's
number is a certificate number, Safe Harbor (K), as the project reads one. What the work
built, each with its unit tests: a new family, detectors/drug_tests.py (an analyte's
immunoassay code beside a result that says it was found, ``Positive - THC``, ``THC POS``;
the EtG and EtS alcohol biomarkers in their mixed case; a urine test by its panel's size,
``UA 12-panel``); an alcohol test's concentration as a reading (detectors/
clinical_measures.py: ``BAC``/``BrAC`` with a decimal value in text, and a field named for
it, ``bac``, ``BrAC``, ``peakTac``, ``BAC at Arrest``; values of three decimals); an ASAM
placement's field as a level of care (detectors/health_fields.py); an upload's time as the
server's (detectors/dates.py); a lab account as the ordering agency's (detectors/
financial.py); ``Defendant`` and ``Probationer`` columns as NAME and a vendor's
certification number as the business's (detectors/field_names.py); Colorado's ``CAS``
after a counsellor's name (detectors/keyed_names.py); an alert setting's role mailbox
(detectors/senders.py); and in detectors/chunk_profiles.py a class calendar's
``seats_open``, a ``Client ID`` beside ``Client Name`` and an attendance column, a court
calendar that lists its defendants (the hearing stays the court's), a ``service_code``
beside a fee as a fee schedule, and a court list as a listing; and 32 vocabulary terms
(alcohol and drug education, ``Level II Therapy``, DUI and substance-use evaluations,
transdermal and continuous alcohol monitoring, a monitor's confirmed drinking event,
hazardous and harmful drinking, ethyl glucuronide and sulfate, drug, DUI, DWI, sobriety and
treatment courts). Ten records are left open (:data:`LEFT_ALONE`), each with its reason:
a nested ``client``'s ids, an alcohol event's ``event.start`` and an interlock's ``Event
Date/Time``, a bare ``AUDIT``, ``paid_by``, a bare ``Device`` column, a message log's
``from`` without a direction, and from HELD_OUT a signature with a job title after the
credential, a court clerk's personal-looking mailbox, a ``DOC #`` beside a ``Client`` and
an invoice's ``period``.

Figures (misses / false findings / records wrong), NER off: SHAPES (31 records, 112
pairs), blind 31 / 8 / 22; after the work 7 / 1 / 6 (all in LEFT_ALONE). HELD_OUT (10
records, 28 pairs), blind before any work 6 / 8 / 7; scored once after the work on SHAPES:
2 / 8 / 5 (the vocabulary, the BAC readings and the drug-test shorthand reached it); after
one rule that generalises (a court list is a listing) 2 / 3 / 5 as written, 2 / 2 / 4 with
the decision on the certificate number (all in LEFT_ALONE).
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
        "DUI programme MIS enrollment (CSV): client, DL, court, charge, track",
        {
            "Client ID": "DP-2024-00871",
            "Last Name": "Hill",
            "First Name": "Marcus",
            "DOB": "04/17/1986",
            "SSN (Last 4)": "4471",
            "DL Number": "12-345-6789",
            "DL State": "CO",
            "Court": "Denver County Court",
            "Case Number": "24T018842",
            "Charge": "DUI 1st Offense",
            "Offense Date": "06/22/2024",
            "Referral Date": "07/30/2024",
            "Track": "Level II Education (12 hrs) + Level II Therapy (42 hrs)",
            "BAC at Arrest": "0.142",
            "Probation Officer": "Teresa Nguyen",
            "PO Email": "teresa.nguyen@denvergov.org",
            "Status": "Active",
        },
        {
            ("Client ID", "OTHER_ID|MRN"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("DOB", "DATE"),
            ("SSN (Last 4)", "SSN"),
            ("DL Number", "LICENSE_NUMBER"),
            ("Offense Date", "DATE"),
            ("Referral Date", "DATE"),
            ("Track", "HEALTH"),
            ("BAC at Arrest", "HEALTH"),
        },
        {
            ("DL State", "*"),
            ("Court", "NAME|HEALTH"),
            ("Charge", "HEALTH"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Class attendance log (CSV): session, client, hours, facilitator",
        {
            "Session ID": "SES-11842",
            "Session Date": "10/03/2024",
            "Class": "Level II Alcohol/Drug Education - Session 4 of 12",
            "Client ID": "DP-2024-00871",
            "Client Name": "Hill, Marcus",
            "Hours": "2.0",
            "Attended": "Y",
            "Facilitator": "Janelle Ortiz, CAS",
        },
        {
            ("Session Date", "DATE"),
            ("Class", "HEALTH"),
            ("Client ID", "OTHER_ID|MRN"),
            ("Client Name", "NAME"),
            ("Facilitator", "NAME"),
        },
        {("Session ID", "*"), ("Hours", "*"), ("Attended", "*")},
        True,
    ),
    (
        "SCRAM-like transdermal alcohol event (JSON): confirmed drinking event",
        {
            "eventId": 5582913,
            "client": {"id": "CL-448190", "name": "Dana Whitfield", "agencyCaseNo": "2024CR1193"},
            "device": {"serial": "CAM-0287714", "model": "SCRAM CAM", "firmware": "4.2.17"},
            "event": {
                "type": "Confirmed Alcohol",
                "peakTac": 0.087,
                "start": "2024-10-12T23:14:00-06:00",
                "end": "2024-10-13T09:42:00-06:00",
            },
            "agency": {"code": "CO-DEN-014", "name": "Denver Adult Probation"},
            "reviewedAt": "2024-10-14T08:02:11Z",
        },
        {
            ("client.id", "OTHER_ID|MRN"),
            ("client.name", "NAME"),
            ("device.serial", "DEVICE_ID"),
            ("event.type", "HEALTH"),
            ("event.peakTac", "HEALTH"),
            ("event.start", "DATE"),
        },
        {
            ("eventId", "*"),
            ("device.model", ANY_ID),
            ("device.firmware", "*"),
            ("agency.code", "*"),
            ("reviewedAt", "DATE"),
        },
        True,
    ),
    (
        "Soberlink-like remote breath test (webhook JSON): BAC, facial match",
        {
            "test_id": "T-90381277",
            "client_id": "SLC-20931",
            "first_name": "Jordan",
            "last_name": "Reyes",
            "device_serial": "SL4-11G-39027",
            "scheduled_time": "2024-11-02T07:00:00-07:00",
            "test_time": "2024-11-02T07:04:38-07:00",
            "bac": 0.032,
            "result": "Non-Compliant",
            "facial_recognition": "Match",
            "photo_id": "ph_7fd1c2a9",
            "created_at": "2024-11-02T14:04:41Z",
        },
        {
            ("client_id", "OTHER_ID|MRN|ONLINE_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("device_serial", "DEVICE_ID"),
            ("test_time", "DATE"),
            ("bac", "HEALTH"),
        },
        {
            ("test_id", "*"),
            ("photo_id", ANY_ID),
            ("created_at", "DATE"),
            ("result", ANY_ID),
        },
        True,
    ),
    (
        "Ignition interlock event log (CSV): rolling retest fail, VIN, plate, GPS",
        {
            "Customer Name": "Ruben Castillo",
            "Device Serial": "IX-5521784",
            "VIN": "1FTFW1E55NFA12345",
            "Plate": "BXR417",
            "Plate State": "CO",
            "Event Date/Time": "10/19/2024 17:42:06",
            "Event": "Rolling Retest",
            "Result": "Fail",
            "BrAC": "0.043",
            "Photo ID": "IMG-20241019-174206-0031",
            "Latitude": "39.74185",
            "Longitude": "-104.98722",
            "Uploaded": "10/19/2024 18:05:00",
        },
        {
            ("Customer Name", "NAME"),
            ("Device Serial", "DEVICE_ID"),
            ("VIN", "VEHICLE_ID"),
            ("Plate", "VEHICLE_ID"),
            ("Event Date/Time", "DATE"),
            ("BrAC", "HEALTH"),
            ("Latitude", "LOCATION"),
            ("Longitude", "LOCATION"),
        },
        {
            ("Plate State", "*"),
            ("Event", ANY_ID),
            ("Photo ID", ANY_ID),
            ("Uploaded", "DATE"),
        },
        True,
    ),
    (
        "Drug-testing lab result (CSV): specimen, 10-panel, Positive - THC, MRO",
        {
            "Specimen ID": "S24-3318207",
            "Donor Name": "Whitfield, Dana",
            "Donor ID": "CL-448190",
            "Collection Date": "10/03/2024",
            "Reason": "Random - Court Ordered",
            "Panel": "10-Panel Urine",
            "Result": "Positive - THC",
            "THC-COOH (ng/mL)": "87",
            "MRO": "Steven Park, MD",
            "Agency": "Denver Adult Probation",
            "Lab Account": "ACCT-70214",
        },
        {
            ("Specimen ID", "OTHER_ID"),
            ("Donor Name", "NAME"),
            ("Donor ID", "OTHER_ID|MRN"),
            ("Collection Date", "DATE"),
            ("Panel", "HEALTH"),
            ("Result", "HEALTH"),
            ("MRO", "NAME"),
        },
        {("Agency", "NAME"), ("Lab Account", "*"), ("THC-COOH (ng/mL)", ANY_ID)},
        True,
    ),
    (
        "Substance-use assessment (JSON): AUDIT, ASAM level, diagnosis, evaluator",
        {
            "assessmentId": "ASM-30914",
            "client": {
                "firstName": "Ruben",
                "lastName": "Castillo",
                "dob": "1979-11-02",
                "clientNumber": "DP-2023-01944",
            },
            "assessmentDate": "2024-08-14",
            "instrument": "AUDIT",
            "auditScore": 19,
            "asamLevel": "1.0 Outpatient Services",
            "diagnosis": "F10.20 Alcohol use disorder, moderate",
            "recommendation": "Level II Therapy 42 hours + Level II Education 12 hours",
            "evaluator": "Karen Liu, LAC",
            "signedAt": "2024-08-14T16:20:00Z",
        },
        {
            ("client.firstName", "NAME"),
            ("client.lastName", "NAME"),
            ("client.dob", "DATE"),
            ("client.clientNumber", "OTHER_ID|MRN"),
            ("assessmentDate", "DATE"),
            ("instrument", "HEALTH"),
            ("asamLevel", "HEALTH"),
            ("diagnosis", "HEALTH"),
            ("recommendation", "HEALTH"),
            ("evaluator", "NAME"),
        },
        {("assessmentId", "*"), ("auditScore", ANY_ID), ("signedAt", "DATE")},
        True,
    ),
    (
        "Compliance letter to the court (merged letter): enrollment, hours, urinalysis",
        {
            "letter_date": "11/04/2024",
            "to": "Hon. Patricia Ames, Courtroom 3F",
            "re": "People v. Marcus Hill, Case No. 24T018842",
            "body": "Marcus Hill (DOB 04/17/1986) enrolled in Level II Therapy at our agency "
            "on 08/05/2024 following a DUI evaluation. He has completed 18 of 42 therapy "
            "hours and all 12 education hours. His urinalysis collected 10/03/2024 was "
            "negative for all substances. He continues to meet the recommendations of his "
            "treatment plan.",
            "signed_by": "Janelle Ortiz, CAS, Program Director",
        },
        {
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "HEALTH"),
            ("re", "NAME"),
            ("signed_by", "NAME"),
        },
        {("letter_date", "DATE")},
        True,
    ),
    (
        "Fee ledger (CSV): therapy group charge, payment, balance",
        {
            "Client": "Castillo, Ruben",
            "Client ID": "DP-2023-01944",
            "Txn Date": "10/10/2024",
            "Description": "Level II Therapy - 2 hr group",
            "Charge": "45.00",
            "Payment": "45.00",
            "Method": "Visa ****4417",
            "Balance": "315.00",
            "Receipt #": "R-118274",
        },
        {
            ("Client", "NAME"),
            ("Client ID", "OTHER_ID|MRN"),
            ("Txn Date", "DATE"),
            ("Description", "HEALTH"),
        },
        {
            ("Charge", "*"),
            ("Payment", "*"),
            ("Balance", "*"),
            ("Method", "CREDIT_CARD|ACCOUNT_NUMBER"),
            ("Receipt #", "*"),
        },
        True,
    ),
    (
        "Payment receipt (identified, no health): a bare programme fee",
        {
            "receipt_no": "R-118301",
            "paid_by": "Jordan Reyes",
            "email": "jreyes.works@outlook.com",
            "amount": "120.00",
            "method": "Money Order",
            "memo": "Program fee - installment 3 of 6",
            "received": "2024-10-21",
        },
        {("paid_by", "NAME"), ("email", "EMAIL")},
        {("receipt_no", "*"), ("amount", "*"), ("method", "*"), ("memo", "*")},
        False,
    ),
    (
        "Probation case-management client record (identified, no health)",
        {
            "OffenderID": "0048812",
            "LastName": "Pruitt",
            "FirstName": "Kayla",
            "MiddleName": "J",
            "DOB": "1993-02-09",
            "Address": "1418 Cortez Ave Apt 2",
            "City": "Pueblo",
            "State": "CO",
            "Zip": "81004",
            "Phone": "(719) 248-3306",
            "SupervisionLevel": "Medium",
            "Officer": "D. Harmon",
            "NextReportDate": "2024-11-12",
            "CaseNumbers": "2024M002917; 2023T004410",
        },
        {
            ("OffenderID", "OTHER_ID|MRN"),
            ("LastName", "NAME"),
            ("FirstName", "NAME"),
            ("DOB", "DATE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Phone", "PHONE"),
        },
        {("State", "*"), ("SupervisionLevel", "*")},
        False,
    ),
    (
        "Court list (clean): courthouses, divisions, phones",
        {
            "court_id": "CO-D2-CTY",
            "court_name": "Denver County Court - Traffic Division",
            "address": "1437 Bannock St, Room 160",
            "city": "Denver",
            "zip": "80202",
            "phone": "(720) 865-7840",
            "clerk_email": "traffic.clerk@denvercountycourt.org",
            "hours": "8:00 AM - 4:30 PM",
        },
        set(),
        {
            ("court_id", "*"),
            ("court_name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("clerk_email", "*"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "Class calendar (clean): upcoming sessions of a DUI school",
        {
            "class_id": "L2E-2411-TH",
            "title": "Level II Education (English) - Thursday Evening",
            "start": "2024-11-07 18:00",
            "end": "2024-11-07 20:00",
            "room": "Room B",
            "site": "DEN-01",
            "instructor": "Staff",
            "seats_open": 6,
        },
        set(),
        {
            ("class_id", "*"),
            ("start", "*"),
            ("end", "*"),
            ("room", "*"),
            ("site", "*"),
            ("seats_open", "*"),
        },
        False,
    ),
    (
        "Fee schedule (clean): assessment, classes, testing fees",
        {
            "service_code": "H0001",
            "service": "DUI Alcohol/Drug Evaluation",
            "fee": "$150.00",
            "sliding_scale": "Yes",
            "effective_date": "2024-07-01",
        },
        set(),
        {("service_code", ANY_ID), ("fee", "*"), ("effective_date", "*")},
        False,
    ),
    (
        "Device inventory (clean): stock monitors, firmware, calibration",
        {
            "serial": "CAM-0291150",
            "model": "SCRAM CAM",
            "firmware": "4.2.17",
            "last_calibration": "2024-09-30",
            "calibration_due": "2025-03-30",
            "status": "In Stock",
            "warehouse": "WH-DEN",
            "lot": "LOT-2309-B",
        },
        set(),
        {
            ("model", "*"),
            ("firmware", "*"),
            ("last_calibration", "*"),
            ("calibration_due", "*"),
            ("status", "*"),
            ("warehouse", "*"),
            ("lot", "*"),
        },
        False,
    ),
    (
        "Test-panel catalog (clean): analytes and cutoffs",
        {
            "panel_code": "10P-UR",
            "panel": "10-Panel Urine",
            "analyte": "Benzoylecgonine (Cocaine)",
            "screen_cutoff": "150 ng/mL",
            "confirm_cutoff": "100 ng/mL",
            "method": "LC-MS/MS",
            "turnaround_days": 3,
        },
        set(),
        {
            ("panel_code", ANY_ID),
            ("screen_cutoff", "*"),
            ("confirm_cutoff", "*"),
            ("method", ANY_ID),
            ("turnaround_days", "*"),
        },
        False,
    ),
    (
        "Monthly statistics (clean): programme census and test positivity",
        {
            "month": "2024-10",
            "program": "Level II Therapy",
            "active_clients": 184,
            "new_enrollments": 27,
            "completions": 19,
            "tests_collected": 1203,
            "positive_rate": "6.2%",
        },
        set(),
        {
            ("month", "*"),
            ("active_clients", "*"),
            ("new_enrollments", "*"),
            ("completions", "*"),
            ("tests_collected", "*"),
            ("positive_rate", "*"),
        },
        False,
    ),
    (
        "Drug-court participant record (JSON): phase, sobriety date, level of care",
        {
            "participantId": "DC-1187",
            "name": {"first": "Kayla", "last": "Pruitt"},
            "dob": "1993-02-09",
            "court": "Pueblo County Adult Drug Court",
            "phase": "Phase 2 - Stabilization",
            "sobrietyDate": "2024-07-28",
            "treatment": {"provider": "Parkview Behavioral Health", "levelOfCare": "IOP"},
            "lastSanction": "Two days in custody for a missed UA",
            "updatedAt": "2024-10-30T15:11:09Z",
        },
        {
            ("participantId", "OTHER_ID|MRN"),
            ("name.first", "NAME"),
            ("name.last", "NAME"),
            ("dob", "DATE"),
            ("court", "HEALTH"),
            ("sobrietyDate", "DATE"),
            ("treatment.levelOfCare", "HEALTH"),
        },
        {("phase", ANY_ID), ("treatment.provider", "NAME"), ("updatedAt", "DATE")},
        True,
    ),
    (
        "Interlock installation record (identified, no health): vehicle, device",
        {
            "customer_first": "Ruben",
            "customer_last": "Castillo",
            "phone": "303-555-0187",
            "email": "rcastillo79@gmail.com",
            "vehicle": "2022 Ford F-150",
            "vin": "1FTFW1E55NFA12345",
            "plate": "BXR417",
            "device_serial": "IX-5521784",
            "install_date": "2024-09-03",
            "service_center": "Intox Service Center - Federal Blvd",
            "order_source": "CO DMV - Restricted License",
        },
        {
            ("customer_first", "NAME"),
            ("customer_last", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("vin", "VEHICLE_ID"),
            ("plate", "VEHICLE_ID"),
            ("device_serial", "DEVICE_ID"),
        },
        {("vehicle", ANY_ID), ("service_center", "*")},
        False,
    ),
    (
        "Victim Impact Panel certificate (identified, no health)",
        {
            "Certificate #": "VIP-24-06612",
            "Attendee": "Marcus Hill",
            "Driver License #": "12-345-6789",
            "Date Attended": "09/14/2024",
            "Panel": "MADD Victim Impact Panel - Denver",
            "Court Case #": "24T018842",
        },
        {
            ("Attendee", "NAME"),
            ("Driver License #", "LICENSE_NUMBER"),
            ("Date Attended", "DATE"),
        },
        {("Certificate #", "*"), ("Panel", "HEALTH")},
        False,
    ),
    (
        "SCRAM-like daily compliance report (CSV): transdermal monitoring status",
        {
            "Client": "Whitfield, Dana",
            "Offender ID": "CL-448190",
            "Device": "CAM-0287714",
            "Monitoring Type": "SCRAM CAM (transdermal alcohol)",
            "Date": "10/15/2024",
            "Status": "Compliant",
            "Alcohol Events": "0",
            "Tamper Events": "0",
        },
        {
            ("Client", "NAME"),
            ("Offender ID", "OTHER_ID|MRN"),
            ("Device", "DEVICE_ID"),
            ("Monitoring Type", "HEALTH"),
        },
        {("Status", "*"), ("Alcohol Events", "*"), ("Tamper Events", "*")},
        True,
    ),
    (
        "Colour-code call-in line (CSV): selected for a urinalysis today",
        {
            "PIN": "448190",
            "Name": "Dana Whitfield",
            "Phone": "+17205550162",
            "Color": "Orange",
            "Called In": "10/15/2024 06:12",
            "Selected": "Yes",
            "Test Type": "UA 12-panel w/ EtG",
            "Test Site": "Denver Probation - Lab 2",
        },
        {
            ("Name", "NAME"),
            ("Phone", "PHONE"),
            ("Test Type", "HEALTH"),
        },
        {("Color", "*"), ("Selected", "*"), ("Test Site", "*")},
        True,
    ),
    (
        "Remote breath test alert e-mail (free text): non-compliant test",
        {
            "to": "teresa.nguyen@denvergov.org",
            "subject": "Soberlink Alert: Non-Compliant Test - Jordan Reyes",
            "body": "Jordan Reyes submitted a Non-Compliant test on 11/02/2024 at 7:04 AM "
            "(BAC: 0.032). Facial recognition: Match. A retest was submitted at 7:24 AM "
            "(BAC: 0.019). Log in to the partner portal to review the photos.",
            "sent": "2024-11-02T14:05:02Z",
        },
        {
            ("subject", "NAME"),
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "HEALTH"),
        },
        {("sent", "DATE")},
        True,
    ),
    (
        "Drug-testing lab result (JSON): EtG positive, donor, MRO, collection",
        {
            "accession": "A24-0771935",
            "donor": {"name": "Kayla Pruitt", "dob": "1993-02-09", "donorId": "DC-1187"},
            "collected": "2024-10-21T08:40:00-06:00",
            "received": "2024-10-22T10:02:00Z",
            "results": [
                {"analyte": "Cocaine metabolite", "result": "Negative", "cutoff": 150},
                {
                    "analyte": "Ethyl glucuronide (EtG)",
                    "result": "Positive",
                    "level": "1,240 ng/mL",
                    "cutoff": 500,
                },
            ],
            "mro": {"name": "Dr. Steven Park", "verified": "2024-10-24"},
            "clientAccount": "CO-DEN-014",
        },
        {
            ("accession", "OTHER_ID"),
            ("donor.name", "NAME"),
            ("donor.dob", "DATE"),
            ("donor.donorId", "OTHER_ID|MRN"),
            ("collected", "DATE"),
            ("results[1].analyte", "HEALTH"),
            ("mro.name", "NAME"),
        },
        {
            ("received", "DATE"),
            ("results[0].cutoff", "*"),
            ("results[1].cutoff", "*"),
            ("clientAccount", "*"),
        },
        True,
    ),
    (
        "Probation officers' roster (clean of health): badges and caseloads",
        {
            "Officer": "Teresa Nguyen",
            "Badge": "4418",
            "Unit": "DUI Specialized Caseload",
            "Email": "teresa.nguyen@denvergov.org",
            "Desk Phone": "(720) 913-4426",
            "Active Cases": 71,
        },
        set(),
        {("Badge", "*"), ("Unit", "*"), ("Active Cases", "*")},
        False,
    ),
    (
        "Interlock violation report to the DMV (CSV): failed startup test, lockout",
        {
            "Report Date": "10/21/2024",
            "Driver Name": "Ruben Castillo",
            "DL Number": "12-908-4471",
            "DL State": "CO",
            "VIN": "1FTFW1E55NFA12345",
            "Violation Date": "10/19/2024",
            "Violation": "Failed startup test, BrAC 0.082 - temporary lockout",
            "Vendor Cert #": "CDPHE-IID-07",
        },
        {
            ("Driver Name", "NAME"),
            ("DL Number", "LICENSE_NUMBER"),
            ("VIN", "VEHICLE_ID"),
            ("Violation Date", "DATE"),
            ("Violation", "HEALTH"),
        },
        {("Report Date", "DATE"), ("DL State", "*"), ("Vendor Cert #", "*")},
        True,
    ),
    (
        "DUI school web intake form (JotForm-like webhook): class needed, court referral",
        {
            "submissionID": "5938211047720394816",
            "formID": "241037755511044",
            "q3_fullName": "Alicia Moreno",
            "q4_email": "alicia.moreno@yahoo.com",
            "q5_phoneNumber": "(303) 861-4427",
            "q6_whichClass": "Level I Alcohol Education (12 hours)",
            "q7_courtReferred": "Yes - Arapahoe County",
            "q8_preferredLanguage": "Spanish",
            "created_at": "2024-10-28 21:14:07",
        },
        {
            ("q3_fullName", "NAME"),
            ("q4_email", "EMAIL"),
            ("q5_phoneNumber", "PHONE"),
            ("q6_whichClass", "HEALTH"),
        },
        {
            ("submissionID", "*"),
            ("formID", "*"),
            ("q8_preferredLanguage", "*"),
            ("created_at", "DATE"),
        },
        True,
    ),
    (
        "GA4 purchase event (BigQuery export): a therapy track bought online",
        {
            "event_date": "20241028",
            "event_timestamp": 1730150047113000,
            "event_name": "purchase",
            "user_pseudo_id": "1838271928.1729901234",
            "ecommerce": {"transaction_id": "WC-20931", "purchase_revenue": 630.0},
            "items": [
                {
                    "item_id": "SKU-L2T-42",
                    "item_name": "Level II Therapy - 42 Hours",
                    "item_category": "DUI Classes",
                    "price": 630.0,
                    "quantity": 1,
                }
            ],
        },
        {("user_pseudo_id", "ONLINE_ID"), ("items[0].item_name", "HEALTH")},
        {
            ("event_date", "DATE"),
            ("event_timestamp", "*"),
            ("ecommerce.transaction_id", "*"),
            ("items[0].item_id", "*"),
            ("items[0].price", "*"),
        },
        True,
    ),
    (
        "Completion certificate / discharge (CSV): programme, dates, counsellor",
        {
            "Client Name": "Alicia Moreno",
            "DOB": "12/03/1991",
            "Driver License": "D4417820",
            "Program": "Level II Therapy - Track B (52 hrs)",
            "Admission Date": "05/06/2024",
            "Discharge Date": "10/24/2024",
            "Discharge Status": "Successful Completion",
            "Counselor": "Brian Okafor, LAC",
            "Certificate No": "CC-24-0419",
        },
        {
            ("Client Name", "NAME"),
            ("DOB", "DATE"),
            ("Driver License", "LICENSE_NUMBER"),
            ("Program", "HEALTH"),
            ("Admission Date", "DATE"),
            ("Discharge Date", "DATE"),
            ("Counselor", "NAME"),
        },
        {("Certificate No", "*"), ("Discharge Status", ANY_ID)},
        True,
    ),
    (
        "Alcohol-monitoring agency settings (clean config JSON)",
        {
            "agencyId": "CO-DEN-014",
            "timezone": "America/Denver",
            "alertEmail": "alerts@denverprobation.org",
            "tacThreshold": 0.02,
            "tamperSensitivity": "standard",
            "reportSchedule": "daily 06:00",
            "apiVersion": "v3.4.1",
        },
        set(),
        {
            ("agencyId", "*"),
            ("alertEmail", "*"),
            ("tacThreshold", "*"),
            ("reportSchedule", "*"),
            ("apiVersion", "*"),
        },
        False,
    ),
    (
        "Drug-court status review calendar (court's docket): participants and hearings",
        {
            "Hearing Date": "11/14/2024",
            "Time": "1:30 PM",
            "Courtroom": "Div. 10",
            "Case Number": "2024CR000517",
            "Defendant": "Pruitt, Kayla J",
            "Hearing Type": "Adult Drug Court - Status Review",
            "Judge": "Hon. Victor Salas",
        },
        {("Defendant", "NAME"), ("Hearing Type", "HEALTH")},
        {("Case Number", "*"), ("Hearing Date", "DATE"), ("Courtroom", "*")},
        True,
    ),
    (
        "Interlock camera photo log (identified, no health): face check",
        {
            "photo_id": "IMG-20241019-174206-0031",
            "customer_id": "ICU-88214",
            "device_serial": "IX-5521784",
            "captured_at": "2024-10-19T17:42:06-06:00",
            "face_detected": "No",
            "review_status": "Flagged",
        },
        {("customer_id", "OTHER_ID|MRN|ONLINE_ID"), ("device_serial", "DEVICE_ID")},
        {("photo_id", ANY_ID), ("review_status", "*"), ("face_detected", "*")},
        False,
    ),
    (
        "Conditions of supervision (case-management text): evaluation and treatment",
        {
            "case": "2024M002917",
            "defendant": "Kayla Pruitt",
            "sentence": "12 months probation; 24 hours useful public service",
            "conditions": "Abstain from alcohol and non-prescribed controlled substances. "
            "Submit to random testing. Complete a substance abuse evaluation within 30 days "
            "and follow all treatment recommendations.",
            "ordered_by": "Judge Victor Salas",
        },
        {("defendant", "NAME"), ("conditions", "HEALTH")},
        {("case", "*"), ("sentence", "HEALTH")},
        True,
    ),
    (
        "Zoom participant report of a virtual class (CSV, identified, no health)",
        {
            "Name (Original Name)": "Alicia Moreno",
            "User Email": "alicia.moreno@yahoo.com",
            "Join Time": "10/17/2024 06:01:12 PM",
            "Leave Time": "10/17/2024 08:02:40 PM",
            "Duration (Minutes)": "122",
            "Guest": "Yes",
            "In Waiting Room": "No",
        },
        {("Name (Original Name)", "NAME"), ("User Email", "EMAIL")},
        {("Duration (Minutes)", "*"), ("Guest", "*"), ("In Waiting Room", "*")},
        False,
    ),
    (
        "SMS reminder (Twilio-like message log): therapy group and UA fee",
        {
            "sid": "SM8f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "to": "+17205550162",
            "from": "+13035550100",
            "body": "Reminder: your Level II Therapy group is Thu 11/07 at 6pm. Please bring "
            "your UA fee. Reply STOP to opt out.",
            "status": "delivered",
            "date_sent": "Mon, 04 Nov 2024 16:00:03 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "DATE")},
        {("sid", "*"), ("from", "PHONE"), ("date_sent", "DATE")},
        True,
    ),
    (
        "Monthly progress report to probation (CSV): sessions, UA results",
        {
            "Client": "Whitfield, Dana",
            "DOC #": "172044",
            "Report Month": "2024-10",
            "Sessions Attended": "4",
            "Sessions Missed": "1",
            "UA Results": "2 Neg / 1 Pos (EtG)",
            "Progress": "Satisfactory",
        },
        {("Client", "NAME"), ("DOC #", "OTHER_ID|MRN"), ("UA Results", "HEALTH")},
        {("Report Month", "DATE"), ("Sessions Attended", "*"), ("Sessions Missed", "*")},
        True,
    ),
    (
        "Anonymous AUDIT self-screener (health, no identifier)",
        {
            "session_id": "b3f5c2a1-9e7d-4c11-8a2e-5f0d6b7c8e91",
            "q1_how_often": "2-4 times a month",
            "q2_drinks_typical_day": "3 or 4",
            "q3_six_or_more": "Monthly",
            "total_score": 12,
            "risk_zone": "Zone II - Hazardous drinking",
            "completed_at": "2024-10-29T03:12:44Z",
        },
        {("risk_zone", "HEALTH")},
        {("session_id", ANY_ID), ("total_score", "*"), ("completed_at", "DATE")},
        False,
    ),
    (
        "Drug-test positivity by analyte (clean aggregate)",
        {
            "period": "Q3 2024",
            "analyte": "THC",
            "specimens": 3120,
            "positives": 412,
            "rate": "13.2%",
        },
        set(),
        {("period", "*"), ("specimens", "*"), ("positives", "*"), ("rate", "*")},
        False,
    ),
    (
        "State treatment episode data set row (health, no identifier)",
        {
            "episode_seq": "000184",
            "age_at_admit": 31,
            "sex": "M",
            "primary_substance": "Alcohol",
            "secondary_substance": "Marijuana/Hashish",
            "asam_level": "1.0",
            "referral_source": "Court/Criminal Justice - DUI/DWI",
            "discharge_reason": "Treatment completed",
        },
        {("primary_substance", "HEALTH")},
        {("episode_seq", "*"), ("age_at_admit", "*"), ("sex", "*")},
        False,
    ),
    (
        "Monitoring vendor invoice to an agency (clean)",
        {
            "invoice_no": "INV-2024-10-0142",
            "agency": "Denver Adult Probation",
            "period": "2024-10-01 to 2024-10-31",
            "device_days": 4812,
            "rate_per_day": "$12.50",
            "total": "$60,150.00",
            "po_number": "PO-88410",
        },
        set(),
        {
            ("invoice_no", "*"),
            ("period", "*"),
            ("device_days", "*"),
            ("rate_per_day", "*"),
            ("total", "*"),
            ("po_number", "*"),
        },
        False,
    ),
    (
        "Breathalyser product catalog (clean): model, sensor, range, price",
        {
            "sku": "BA-FC10-PRO",
            "name": "FC10 Pro Fuel Cell Breathalyzer",
            "sensor": "Fuel cell",
            "bac_range": "0.000-0.400 %BAC",
            "accuracy": "+/- 0.005 at 0.050",
            "price": "129.99",
            "upc": "850012345678",
        },
        set(),
        {
            ("sku", "*"),
            ("bac_range", "*"),
            ("accuracy", "*"),
            ("price", "*"),
            ("upc", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Victim Impact Panel certificate (identified, no health)": (
        set(),
        set(),
        {("Certificate #", "*")},
        "the contract's LICENSE_NUMBER is Safe Harbor (K), 'certificate and license "
        "numbers', and the project reads a column named for a certificate's number as one "
        "(detectors/field_names.py: ``certificate number``, a death certificate's); a "
        "completion certificate issued to one attendee is such a number. The blind must-not "
        "was stricter than the project (held out, decided after its blind scoring)",
    ),
}


# At the merge of the twentieth round: the SMS reminder's ``from`` closed by the medical spa
# probe's rule (detectors/message_direction.py): a message log with no ``direction`` says
# its organisation's end by a delivery status only an outbound message has (Twilio's
# ``delivered``), read only under a ``status`` key beside both a ``from`` and a ``to``; an
# Exchange message trace's ``SenderAddress``/``RecipientAddress`` are no such ends, so its
# inbound "Delivered" drops nothing. The row holds whole and is scored with the shapes.
_OPEN: dict[str, tuple[set, str]] = {
    "SCRAM-like transdermal alcohol event (JSON): confirmed drinking event": (
        {("client.id", "OTHER_ID|MRN"), ("event.start", "DATE")},
        "a nested ``client`` is software as often as a person (Auth0's ``client``), as the "
        "autism and behavioural-health probes left their ``client.id`` (the ``Client ID`` "
        "rule of chunk_profiles reads top-level columns only); and an ``event`` object's "
        "``start`` is an event listing's own clock (detectors/dates.py: Eventbrite's "
        "``event.start``), which an alcohol monitor's drinking event is not, but the keys "
        "cannot tell them apart. PHI by the client's name, the device and the confirmed "
        "alcohol event and its peak TAC",
    ),
    "Ignition interlock event log (CSV): rolling retest fail, VIN, plate, GPS": (
        {("Event Date/Time", "DATE")},
        "detectors/reading_records.py times a reading by its own words (``test_time``, "
        "``measured_at``) and leaves ``event`` out on purpose: a health fair's ``Event "
        "Date`` beside its readings is the fair's, every attendee's alike; an interlock "
        "logs each breath test as an event, and a bare ``Event Date/Time`` is the "
        "analytics exports' system clock too. PHI by the driver, the VIN, the plate and the "
        "BrAC reading",
    ),
    "Substance-use assessment (JSON): AUDIT, ASAM level, diagnosis, evaluator": (
        {("client.clientNumber", "OTHER_ID|MRN"), ("instrument", "HEALTH")},
        "the nested ``client`` as above; and a bare ``AUDIT`` is a financial or a security "
        "audit as often (no vocabulary term), while ``instrument`` is a musical's or a "
        "financial one. PHI by the client, the diagnosis and the ASAM placement",
    ),
    "Payment receipt (identified, no health): a bare programme fee": (
        {("paid_by", "NAME")},
        "``paid_by`` holds a card brand, a payer, an insurer or 'Self' as often as a "
        "person's name, and without NER a bare given name and surname there are not read; "
        "not PHI either way",
    ),
    "SCRAM-like daily compliance report (CSV): transdermal monitoring status": (
        {("Device", "DEVICE_ID")},
        "a bare ``Device`` column names a device's kind as often (GA4's and a CRM's "
        "'mobile', 'iPhone 14'); a serial is read after its words or in a serial's column "
        "(detectors/device_vehicle.py). PHI by the client, the offender id and the "
        "transdermal alcohol monitoring",
    ),
    "Compliance letter to the court (merged letter): enrollment, hours, urinalysis": (
        {("signed_by", "NAME")},
        "a whole-value clinician's name is read before credentials and one-word ones after "
        "them (detectors/keyed_names.py), not before a job title ('Janelle Ortiz, CAS, "
        "Program Director'). Held out; PHI by the client in the body and the treatment",
    ),
    "Court list (clean): courthouses, divisions, phones": (
        {("clerk_email", "EMAIL")},
        "the court list is now read as a listing (its address, city, ZIP, phone and the "
        "county in its name are the court's, a rule added after the held-out scoring), but "
        "an e-mail address that is no role mailbox ('traffic.clerk@') is still reported "
        "wherever it stands. Held out; not PHI",
    ),
    "Monthly progress report to probation (CSV): sessions, UA results": (
        {("DOC #", "OTHER_ID|MRN")},
        "a ``DOC #`` is read as the department of corrections' number only beside a "
        "custody column (an inmate, an offender, a bunk: chunk_profiles' custody numbers); "
        "elsewhere it is a document's number, and a counselling agency's report calls its "
        "person a ``Client``. Held out; PHI by the client and the UA results",
    ),
    "Monitoring vendor invoice to an agency (clean)": (
        {("period", "DATE")},
        "an invoice's ``period`` is its billing period, but ``period`` cannot be an "
        "off-person word (a menstrual period's start is a person's date, tests/"
        "test_maternity_and_fertility.py) and the invoice has no rate or price column that "
        "makes it a rate card. Held out; not PHI",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_court_ordered_treatment_monitoring_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision on
#: court-ordered treatment, DUI programme and alcohol-monitoring exports fails here. Before
#: the work, blind: SHAPES 31 misses / 8 false / 22 wrong of 31, HELD_OUT 6 / 8 / 7 of 10.
FLOORS = ShapeTotals(expected=140, misses=9, false=2, wrong=9)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
