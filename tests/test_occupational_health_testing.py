"""Occupational health and employment screening exports.

A blind probe, written by hand before reading the detectors: what employers, third-party
administrators (TPAs), collection sites, medical review officers (MROs) and occupational
clinics export to each other and to employer portals. Drug- and alcohol-testing results
(DOT and non-DOT panels, custody-and-control form numbers, specimen and accession ids,
MRO-verified results, breath alcohol tests, random-pool selections, FMCSA Clearinghouse
queries and violations), DOT physicals and medical examiner's certificates (the
certification period, restrictions such as "corrective lenses", the examiner's National
Registry number), respirator medical clearance and fit tests, TB tests, titers and
vaccines for hospital onboarding, needlestick exposures, hearing conservation audiograms,
OSHA 300, 300A and 301 rows, workers' compensation first reports of injury, and
occupational-clinic visit feeds to employer portals (work status, restrictions,
return-to-work dates), with the clean rows around them: panel catalogs, collection-site
directories, random-programme statistics, employer account and location masters, job
postings and laboratory positivity indexes.

Each record names the ``(field, entity)`` findings it must have, those it must not have,
and whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity,
must-not ``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Employee health is PHI**, as tests/test_workforce_recruiting.py decided: a drug or
  alcohol test, a DOT physical, a TB test, a titer, a vaccine, a respirator clearance or
  fit test, an audiogram and a work injury of a named employee are health information of
  that person, whoever holds the file.
- **A drug or alcohol test is health context whatever its result.** The test itself is a
  PROCEDURE (``DOT Urine 5 Panel``, ``breath alcohol test``, ``5-panel hair follicle drug
  test``), so a negative screen of a named donor is a PHI record; a substance found
  (``Amphetamines``, ``Cocaine``) is health too. A bare result (``Negative``,
  ``Non-negative``), a reason for the test (``Random``, ``Pre-Employment``) and a
  regulation (``FMCSA``) are neither expected nor forbidden. Being selected for a random
  test names a test the person is to take: health context like an appointment's type.
- **A work restriction that names a body part or a function is health context** (``no
  lifting over 20 lbs; no repetitive bending``: it says what the injury allows), and so is
  a DOT certificate's restriction (``Wearing corrective lenses``); a bare work status
  (``Modified duty``, ``Regular duty``) is neither expected nor forbidden.
- **An OSHA 300 or 301 row with an employee's name is PHI** (the name and the injury);
  a privacy case (``Privacy Case`` in the name column) has no identifier and is not PHI.
  The OSHA case number is the employer's log row number: no finding, as a support case
  number is none. An OSHA 300A summary is the establishment's: its address, NAICS code,
  hours worked and counts are no findings.
- **Ids**: a CCF number is the specimen id printed on the bottle seals of one person's
  collection, so it is that person's record id (``OTHER_ID``), as tests/
  test_genomics_and_labs.py decided for specimen ids and accession numbers; an employee
  id, an ATS candidate id and a workers' compensation claim number are the person's
  (``OTHER_ID``, as the claims probe decided for claim numbers); a CDL number and a
  medical examiner's National Registry number are ``LICENSE_NUMBER`` (the latter
  ``OTHER_ID`` also allowed); a masked or last-four SSN is an ``SSN``. The employer's
  account and location codes, a panel code, a collection site's id, a requisition number,
  a TPA order number, an employer's FEIN, USDOT number and policy number, a NAICS code and
  a device lot are not a person's: no finding.
- **Dates**: a birth date, a collection or test date, an exam date, an injury date, a
  visit and a next visit, an appointment and a return-to-work date are the person's
  ``DATE``. A certificate's expiration, a hire date, an MRO verification date, a
  selection date and an order's expiry are neither expected nor forbidden.
- **People who are not the subject**: the MRO, the medical examiner, the treating
  physician and the clinic's provider are clinicians and are reported (``NAME``), as the
  project reports clinicians. A collector, a breath alcohol technician, a designated
  employer representative (DER) and the executive certifying a 300A are the
  organisations' staff: neither expected nor forbidden.
- **Organisations**: an employer's, a collection site's, a clinic's and a treating
  facility's names, addresses and phones are not a person's; job titles, departments and
  units are the job, not the person's health (``detectors/job_fields.py``), and a job
  posting's requirements name no one's health.

After reading the detectors no blind expectation was changed; one row forgot its own
decision (a privacy case's injury date is a DATE) and is corrected on top
(:data:`_DECIDED`). What the work built: a CCF number as the specimen id it is
(``OTHER_ID``), the medical review officer and the medical examiner as clinicians
(``MRO Name``, ``mro.name``, ``Examiner Name``) and the examiner's National Registry number
as a licence, a ``worker`` object's name, a visit's provider (``visit.provider``), an OSHA
log's ``Privacy Case`` as no name, an OSHA 300A's establishment address and an employer's
account with a testing administrator as the business's, injury descriptions under their
columns (the 300 log's "Describe injury or illness, parts of body affected", ITA's
``nar_injury_illness``, ``injury_description``) and work restrictions under a visit or a
``Work Restrictions`` column as health, and thirty vocabulary terms (``DOT urine``,
``expanded opiates``, ``breath alcohol test``, ``quantitative fit test``, ``functional
capacity evaluation``, ``corrective lenses``, ``shoulder strain``, ``second degree
burn``...). Seven records are left open (:data:`LEFT_ALONE`): a role in a ``reviewer``
column, a bare ``Policy Number`` on a first report of injury, a worker's ``worker_id`` and
``worker.id`` (left alone as the workforce probe decided), a ``collected_at`` date, a bare
"Marijuana", and the privacy case's PHI verdict, where the engine is right.

Figures (misses / false findings / records wrong): SHAPES (32 records), blind 16 / 10 /
16, after the work 2 / 2 / 4 (all in LEFT_ALONE). HELD_OUT (10 records), blind before any
work 5 / 2 / 5; scored once after the work on SHAPES: 4 / 1 / 4; after three rules that
generalise (``Privacy Case`` as no name, a visit's provider, a visit's restrictions) and
the decision on the privacy case's date: 2 / 0 / 3 (all in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "TPA results export (CSV): a DOT random urine test, negative",
        {
            "Donor Name": "Whitaker, Dale",
            "Donor ID": "E104882",
            "CCF Number": "1398472650",
            "Reason": "Random",
            "Test Type": "DOT Urine 5 Panel",
            "Regulation": "FMCSA",
            "Collection Date": "09/16/2024",
            "Result": "Negative",
            "MRO Verified": "09/18/2024",
            "Collection Site": "Concentra Columbus North",
            "Site ID": "CS-22817",
            "Employer Account": "EA-100482",
            "Location Code": "OH-COL-03",
        },
        {
            ("Donor Name", "NAME"),
            ("Donor ID", "OTHER_ID"),
            ("CCF Number", "OTHER_ID"),
            ("Test Type", "HEALTH"),
            ("Collection Date", "DATE"),
        },
        {
            ("Collection Site", "NAME"),
            ("Collection Site", "LOCATION"),
            ("Site ID", "*"),
            ("Employer Account", "*"),
            ("Location Code", "*"),
            ("Regulation", "*"),
        },
        True,
    ),
    (
        "MRO-verified positive result (JSON): non-DOT 10-panel, amphetamines",
        {
            "result_id": "r_5f21c9a0",
            "donor": {
                "first_name": "Kayla",
                "last_name": "Brandt",
                "ssn_last4": "4821",
                "phone": "(614) 555-0137",
            },
            "specimen_id": "N2847193",
            "panel_code": "10PNL-U",
            "panel": "10-panel urine drug screen",
            "mro": {"name": "Dr. Alan Whitcomb", "verified_at": "2024-08-22T15:04:00Z"},
            "verified_result": "POSITIVE",
            "analytes_positive": ["Amphetamines"],
            "employer_account": "EA-100482",
        },
        {
            ("donor.first_name", "NAME"),
            ("donor.last_name", "NAME"),
            ("donor.ssn_last4", "SSN"),
            ("donor.phone", "PHONE"),
            ("specimen_id", "OTHER_ID"),
            ("panel", "HEALTH"),
            ("mro.name", "NAME"),
            ("analytes_positive[0]", "HEALTH"),
        },
        {("panel_code", "*"), ("employer_account", "*"), ("mro.verified_at", "*")},
        True,
    ),
    (
        "Random pool selection list (CSV): drivers picked for the quarter",
        {
            "Pool": "FMCSA-DRIVERS",
            "Selection Period": "2024 Q3",
            "Employee Name": "Marcus Delaney",
            "Employee ID": "100427",
            "Selection Date": "07/08/2024",
            "Test Required": "DOT drug test and breath alcohol test",
            "Location Code": "OH-COL-03",
            "Supervisor": "T. Okoro",
        },
        {
            ("Employee Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Test Required", "HEALTH"),
        },
        {("Pool", "*"), ("Selection Period", "*"), ("Location Code", "*")},
        True,
    ),
    (
        "Breath alcohol test record: post-accident EBT screening",
        {
            "employee": "Renee Castellano",
            "employee_id": "100512",
            "bat_form_number": "0048812",
            "test_type": "Post-accident breath alcohol test",
            "device": "Intoxilyzer 8000",
            "device_serial": "80-004512",
            "screening_result": "0.000",
            "test_date": "2024-08-12",
            "bat_name": "J. Morales",
        },
        {
            ("employee", "NAME"),
            ("employee_id", "OTHER_ID"),
            ("test_type", "HEALTH"),
            ("test_date", "DATE"),
        },
        {("screening_result", "*"), ("device", "*")},
        True,
    ),
    (
        "FMCSA Clearinghouse query log: a pre-employment full query, nothing found",
        {
            "driver_first_name": "Trevor",
            "driver_last_name": "Haskins",
            "cdl_number": "TR482917",
            "cdl_state": "OH",
            "query_type": "Pre-Employment Full Query",
            "query_result": "No information found",
            "consent_date": "2024-06-03",
            "usdot_number": "2874410",
        },
        {
            ("driver_first_name", "NAME"),
            ("driver_last_name", "NAME"),
            ("cdl_number", "LICENSE_NUMBER"),
        },
        {("query_result", "*"), ("usdot_number", "*"), ("cdl_state", "*")},
        False,
    ),
    (
        "FMCSA Clearinghouse violation report: a refusal, cocaine",
        {
            "driver_name": "Brandon Lusk",
            "driver_dob": "1987-02-14",
            "cdl_number": "TR553018",
            "cdl_state": "OH",
            "violation_type": "Refusal to test - adulterated specimen",
            "substance": "Cocaine",
            "violation_date": "2024-05-20",
            "reported_by": "Employer",
            "usdot_number": "2874410",
        },
        {
            ("driver_name", "NAME"),
            ("driver_dob", "DATE"),
            ("cdl_number", "LICENSE_NUMBER"),
            ("substance", "HEALTH"),
        },
        {("usdot_number", "*"), ("reported_by", "*")},
        True,
    ),
    (
        "Medical examiner's certificate export: one-year card, corrective lenses",
        {
            "driver_name": "Gerald Pruett",
            "dob": "11/30/1966",
            "cdl_number": "TR390145",
            "cdl_state": "OH",
            "exam_date": "2024-09-05",
            "certificate_expiration": "2025-09-05",
            "determination": "Meets standards, but periodic monitoring required (1 year)",
            "restrictions": "Wearing corrective lenses",
            "examiner_name": "Susan Adeyemi, DO",
            "nrcme_number": "3482715960",
            "clinic": "Buckeye Occupational Health",
        },
        {
            ("driver_name", "NAME"),
            ("dob", "DATE"),
            ("cdl_number", "LICENSE_NUMBER"),
            ("exam_date", "DATE"),
            ("restrictions", "HEALTH"),
            ("examiner_name", "NAME"),
            ("nrcme_number", "LICENSE_NUMBER|OTHER_ID"),
        },
        {("clinic", "*"), ("cdl_state", "*")},
        True,
    ),
    (
        "DOT physical exam summary (MCSA-5875-like): blood pressure and history",
        {
            "driver": {"name": "Leon Fitzgerald", "dob": "1959-04-02"},
            "exam": {
                "date": "2024-10-01",
                "blood_pressure": "148/92",
                "health_history": "Hypertension, on lisinopril; sleep apnea, uses CPAP",
                "vision": "20/25 OU with correction",
                "hearing": "Passed forced whisper test",
                "urinalysis_protein": "negative",
            },
            "form_version": "MCSA-5875 (2021)",
        },
        {
            ("driver.name", "NAME"),
            ("driver.dob", "DATE"),
            ("exam.date", "DATE"),
            ("exam.blood_pressure", "HEALTH"),
            ("exam.health_history", "HEALTH"),
        },
        {("form_version", "*")},
        True,
    ),
    (
        "Clinic booking form (Contact Form 7): a driver books a DOT physical",
        {
            "your-name": "Angela Morrow",
            "your-email": "amorrow.cdl@gmail.com",
            "your-phone": "740-555-0119",
            "service": "DOT Physical",
            "preferred-date": "10/14/2024",
            "company": "Buckeye Haulers LLC",
        },
        {
            ("your-name", "NAME"),
            ("your-email", "EMAIL"),
            ("your-phone", "PHONE"),
            ("service", "HEALTH"),
            ("preferred-date", "DATE"),
        },
        {("company", "*")},
        True,
    ),
    (
        "Respirator medical evaluation: OSHA questionnaire review and clearance",
        {
            "employee_name": "Denise Hollowell",
            "employee_id": "H-20418",
            "department": "Environmental Services",
            "job_title": "EVS Technician",
            "respirator": "N95 (3M 1870+)",
            "questionnaire_flags": "Reports asthma, uses albuterol inhaler as needed",
            "medical_clearance": "Cleared without restrictions",
            "evaluation_date": "2024-07-22",
            "reviewer": "Employee Health RN",
        },
        {
            ("employee_name", "NAME"),
            ("employee_id", "OTHER_ID"),
            ("questionnaire_flags", "HEALTH"),
            ("evaluation_date", "DATE"),
        },
        {("department", "*"), ("job_title", "*"), ("respirator", "*"), ("reviewer", "*")},
        True,
    ),
    (
        "Quantitative respirator fit test (PortaCount-like export)",
        {
            "Last Name": "Ferreira",
            "First Name": "Joao",
            "Employee ID": "H-20533",
            "Test Type": "Quantitative fit test",
            "Respirator Model": "3M 1860 Regular",
            "Overall Fit Factor": "200+",
            "Result": "PASS",
            "Test Date": "08/02/2024",
            "Department": "Respiratory Therapy",
        },
        {
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Test Type", "HEALTH"),
            ("Test Date", "DATE"),
        },
        {
            ("Respirator Model", "*"),
            ("Overall Fit Factor", "*"),
            ("Result", "*"),
            ("Department", "*"),
        },
        True,
    ),
    (
        "Hospital onboarding TB screening (CSV): IGRA for a new RN",
        {
            "Employee": "Priya Natarajan",
            "Employee ID": "300871",
            "Hire Date": "09/30/2024",
            "TB Screening Method": "QuantiFERON-TB Gold Plus",
            "Result": "Negative",
            "Collected": "09/12/2024",
            "Unit": "4 West Med-Surg",
            "Job Title": "RN",
        },
        {
            ("Employee", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("TB Screening Method", "HEALTH"),
            ("Collected", "DATE"),
        },
        {("Unit", "*"), ("Job Title", "*")},
        True,
    ),
    (
        "Onboarding compliance tracker (JSON): titers and a flu vaccine declination",
        {
            "worker": {"name": "Colleen Barrett", "worker_id": "W-204118"},
            "requirements": [
                {
                    "item": "Hepatitis B surface antibody titer",
                    "status": "Immune",
                    "date": "2024-03-11",
                },
                {"item": "Varicella IgG titer", "status": "Non-immune", "date": "2024-03-11"},
                {"item": "Influenza vaccine 2024-25", "status": "Declined", "date": None},
            ],
            "facility": "St. Anne Medical Center",
            "program": "Nursing Onboarding",
        },
        {
            ("worker.name", "NAME"),
            ("worker.worker_id", "OTHER_ID"),
            ("requirements[0].item", "HEALTH"),
            ("requirements[0].date", "DATE"),
            ("requirements[1].item", "HEALTH"),
        },
        {("facility", "*"), ("program", "*")},
        True,
    ),
    (
        "Two-step tuberculin skin test (CSV): placed, read, induration",
        {
            "Name": "Samuel Oduya",
            "Employee #": "301144",
            "Test": "Tuberculin skin test (PPD), two-step",
            "Step 1 Placed": "08/05/2024",
            "Step 1 Read": "08/07/2024",
            "Induration (mm)": "0",
            "Interpretation": "Negative",
        },
        {
            ("Name", "NAME"),
            ("Employee #", "OTHER_ID"),
            ("Test", "HEALTH"),
            ("Step 1 Placed", "DATE"),
        },
        {("Induration (mm)", "*")},
        True,
    ),
    (
        "OSHA 300 log row (CSV): a fractured wrist, days away from work",
        {
            "Case No.": "2024-014",
            "Employee's Name": "Luis Ortega",
            "Job Title": "Forklift Operator",
            "Date of injury or onset of illness": "03/18/2024",
            "Where the event occurred": "Dock 4, outbound shipping",
            "Describe injury or illness, parts of body affected": (
                "Fractured right wrist, fell from loading dock"
            ),
            "Classify the case": "Days away from work",
            "Days away from work": "21",
            "Days on job transfer or restriction": "14",
            "Injury": "X",
        },
        {
            ("Employee's Name", "NAME"),
            ("Date of injury or onset of illness", "DATE"),
            ("Describe injury or illness, parts of body affected", "HEALTH"),
        },
        {
            ("Case No.", "*"),
            ("Job Title", "*"),
            ("Where the event occurred", "*"),
            ("Days away from work", "*"),
            ("Days on job transfer or restriction", "*"),
        },
        True,
    ),
    (
        "OSHA 300 privacy case (CSV): a needlestick, the name withheld",
        {
            "Case No.": "2024-022",
            "Employee's Name": "Privacy Case",
            "Job Title": "Housekeeping Aide",
            "Date of injury or onset of illness": "05/09/2024",
            "Describe injury or illness, parts of body affected": (
                "Needlestick injury to left index finger from discarded syringe"
            ),
            "Classify the case": "Other recordable cases",
        },
        {("Describe injury or illness, parts of body affected", "HEALTH")},
        {("Case No.", "*"), ("Employee's Name", "*"), ("Job Title", "*")},
        False,
    ),
    (
        "OSHA 300A annual summary (clean): the establishment's totals",
        {
            "establishment_name": "Midwest Freight Lines - Columbus DC",
            "establishment_street": "4100 Alum Creek Dr",
            "establishment_city": "Columbus",
            "establishment_state": "OH",
            "establishment_zip": "43207",
            "naics_code": "493110",
            "annual_average_employees": "212",
            "total_hours_worked": "431880",
            "total_deaths": "0",
            "total_dafw_cases": "4",
            "total_djtr_cases": "3",
            "total_other_cases": "6",
            "year_filing_for": "2024",
        },
        set(),
        {
            ("establishment_name", "*"),
            ("establishment_street", "*"),
            ("establishment_city", "*"),
            ("establishment_zip", "*"),
            ("naics_code", "*"),
            ("annual_average_employees", "*"),
            ("total_hours_worked", "*"),
        },
        False,
    ),
    (
        "OSHA 301 incident report (JSON): a steam burn treated in the ER",
        {
            "case_number": "2024-017",
            "employee": {
                "full_name": "Tamara Greenlee",
                "street": "2231 Brentnell Ave",
                "city": "Columbus",
                "state": "OH",
                "zip": "43211",
                "date_of_birth": "1990-12-03",
                "date_hired": "2019-04-15",
            },
            "physician": {
                "name": "Dr. Martin Kessler",
                "facility_name": "OhioHealth Grant Medical Center",
                "facility_street": "111 S Grant Ave",
                "facility_city": "Columbus",
            },
            "treated_in_er": True,
            "hospitalized_overnight": False,
            "case": {
                "date_of_injury": "2024-06-11",
                "time_of_event": "14:20",
                "what_happened": "Opened a steam valve to bleed the line; the gasket failed",
                "injury_description": "Second-degree burn to left forearm",
                "object_substance": "Steam",
            },
        },
        {
            ("employee.full_name", "NAME"),
            ("employee.street", "LOCATION"),
            ("employee.city", "LOCATION"),
            ("employee.zip", "ZIP_CODE"),
            ("employee.date_of_birth", "DATE"),
            ("physician.name", "NAME"),
            ("case.date_of_injury", "DATE"),
            ("case.injury_description", "HEALTH"),
        },
        {
            ("case_number", "*"),
            ("physician.facility_name", "*"),
            ("physician.facility_street", "*"),
            ("case.time_of_event", "*"),
        },
        True,
    ),
    (
        "Workers' compensation first report of injury (flat FROI): a lumbar strain",
        {
            "Claim Number": "WC-24-0087712",
            "Employee Name": "Darnell Whitfield",
            "Employee SSN": "523-41-7789",
            "Employee DOB": "08/21/1979",
            "Date of Injury": "09/03/2024",
            "Nature of Injury": "Strain",
            "Part of Body": "Lower back",
            "Cause of Injury": "Lifting",
            "Injury Description": "Lumbar strain lifting a 60 lb carton onto a pallet",
            "Employer FEIN": "31-1847562",
            "Employer NAICS": "484121",
            "Policy Number": "BWC 1402337",
            "Carrier": "Ohio BWC",
        },
        {
            ("Claim Number", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("Employee SSN", "SSN"),
            ("Employee DOB", "DATE"),
            ("Date of Injury", "DATE"),
            ("Injury Description", "HEALTH"),
        },
        {
            ("Employer FEIN", "*"),
            ("Employer NAICS", "*"),
            ("Policy Number", "*"),
            ("Carrier", "*"),
        },
        True,
    ),
    (
        "Occupational-clinic visit feed to an employer portal (JSON): restrictions, RTW",
        {
            "patient": {
                "name": "Victor Amato",
                "dob": "1984-07-19",
                "employee_id": "100631",
            },
            "employer": {
                "name": "Midwest Freight Lines",
                "account_code": "EA-100482",
                "location_code": "OH-COL-03",
            },
            "visit": {
                "date": "2024-10-08",
                "type": "Work injury - follow-up",
                "provider": "Priya Raman, PA-C",
                "diagnosis": "Lumbar strain",
                "work_status": "Modified duty",
                "restrictions": "No lifting over 20 lbs; no repetitive bending",
                "next_visit": "2024-10-15",
            },
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.employee_id", "OTHER_ID"),
            ("visit.date", "DATE"),
            ("visit.provider", "NAME"),
            ("visit.diagnosis", "HEALTH"),
            ("visit.restrictions", "HEALTH"),
            ("visit.next_visit", "DATE"),
        },
        {
            ("employer.name", "*"),
            ("employer.account_code", "*"),
            ("employer.location_code", "*"),
        },
        True,
    ),
    (
        "Work status report (CSV): released to regular duty, knee contusion",
        {
            "Patient Name": "Hollis, Brenda",
            "Employer": "Columbus Metro Schools",
            "Claim #": "WC-24-0091123",
            "DOI": "09/19/2024",
            "Visit Date": "10/02/2024",
            "Injury": "Contusion, left knee",
            "Work Status": "Regular duty - released",
            "Restrictions": "None",
            "Case Status": "Closed",
        },
        {
            ("Patient Name", "NAME"),
            ("Claim #", "OTHER_ID"),
            ("DOI", "DATE"),
            ("Visit Date", "DATE"),
            ("Injury", "HEALTH"),
        },
        {("Employer", "*"), ("Restrictions", "*"), ("Case Status", "*")},
        True,
    ),
    (
        "Return-to-work email to the employer (SendGrid event): name, date and injury",
        {
            "sg_message_id": "k3Jf9aQ2Tn-0Zx8.filterdrecv-5f7c9d8b6-2xk9p-1-6708F1A2-3.0",
            "to": "der@midwestfreight.example.com",
            "subject": "Work status update - Jamal Pierce",
            "body": (
                "Jamal Pierce was seen today for a follow-up of his right shoulder strain. "
                "He may return to work on 10/21/2024 with no overhead reaching with the "
                "right arm."
            ),
            "event": "delivered",
            "timestamp": 1728410400,
        },
        {
            ("subject", "NAME"),
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "HEALTH"),
        },
        {("sg_message_id", "*"), ("timestamp", "*"), ("event", "*")},
        True,
    ),
    (
        "Hearing conservation audiogram (CSV): annual test with a threshold shift",
        {
            "Employee Name": "Russell Kimura",
            "Employee ID": "200918",
            "Test Type": "Annual audiogram",
            "Test Date": "07/15/2024",
            "STS": "Yes - left ear",
            "Noise Exposure (TWA dBA)": "88",
            "Department": "Stamping",
        },
        {
            ("Employee Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Test Type", "HEALTH"),
            ("Test Date", "DATE"),
        },
        {("Department", "*"), ("Noise Exposure (TWA dBA)", "*")},
        True,
    ),
    (
        "Needlestick exposure log (employee health): the source patient's MRN",
        {
            "Employee Name": "Alyssa Romero",
            "Employee ID": "302277",
            "Exposure Date": "06/28/2024",
            "Incident": "Needlestick, hollow-bore needle, during IV start",
            "Source Patient MRN": "00884213",
            "Baseline Labs": "HIV, hepatitis B surface antibody and hepatitis C antibody drawn",
            "PEP Offered": "Yes - declined",
            "Unit": "Emergency Department",
        },
        {
            ("Employee Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Exposure Date", "DATE"),
            ("Incident", "HEALTH"),
            ("Source Patient MRN", "MRN"),
            ("Baseline Labs", "HEALTH"),
        },
        {("Unit", "*")},
        True,
    ),
    (
        "Drug-test order (TPA JSON): pre-employment, donor pass with an expiry",
        {
            "order_id": "ORD-8821447",
            "donor": {
                "name": "Keisha Lambert",
                "phone": "+16145550173",
                "email": "keisha.lambert@yahoo.com",
            },
            "reason": "Pre-Employment",
            "services": ["DOT Urine 5 Panel", "DOT Physical"],
            "collection_site_id": "CS-22817",
            "employer_account": "EA-100482",
            "expires_at": "2024-10-11T23:59:00-04:00",
        },
        {
            ("donor.name", "NAME"),
            ("donor.phone", "PHONE"),
            ("donor.email", "EMAIL"),
            ("services[0]", "HEALTH"),
        },
        {("order_id", "*"), ("collection_site_id", "*"), ("employer_account", "*")},
        True,
    ),
    (
        "Background screening order (no health): criminal, MVR and employment checks",
        {
            "candidate": {
                "first_name": "Owen",
                "last_name": "Kessler",
                "ssn": "287-65-4410",
                "dob": "1993-01-27",
                "dl_number": "SK204915",
                "dl_state": "OH",
            },
            "package": "Criminal + MVR + Employment Verification",
            "position": "Delivery Driver",
            "order_status": "In Progress",
        },
        {
            ("candidate.first_name", "NAME"),
            ("candidate.last_name", "NAME"),
            ("candidate.ssn", "SSN"),
            ("candidate.dob", "DATE"),
            ("candidate.dl_number", "LICENSE_NUMBER"),
        },
        {("package", "HEALTH"), ("position", "*"), ("order_status", "*")},
        False,
    ),
    (
        "Panel catalog row (health, no identifier): a 10-panel urine screen",
        {
            "panel_code": "10PNL-U",
            "description": (
                "10-panel urine drug screen (AMP, BAR, BZO, COC, MTD, OPI, PCP, PPX, THC, MDMA)"
            ),
            "specimen": "Urine",
            "cutoff_thc": "50 ng/mL",
            "price": "42.00",
        },
        {("description", "HEALTH")},
        {("panel_code", "*"), ("price", "*"), ("cutoff_thc", "*")},
        False,
    ),
    (
        "Collection site directory (clean): a clinic's address, phone and hours",
        {
            "site_id": "CS-22817",
            "site_name": "Concentra Urgent Care - Columbus North",
            "address": "6150 Cleveland Ave",
            "city": "Columbus",
            "state": "OH",
            "zip": "43231",
            "phone": "(614) 555-0100",
            "hours": "Mon-Fri 8:00-17:00",
            "services": "DOT drug testing, breath alcohol, DOT physicals",
        },
        set(),
        {
            ("site_id", "*"),
            ("site_name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "Random programme statistics (clean): a pool's rates and counts",
        {
            "pool": "FMCSA-DRIVERS",
            "year": "2024",
            "avg_pool_size": "148",
            "drug_rate": "50%",
            "alcohol_rate": "10%",
            "drug_tests_completed": "74",
            "alcohol_tests_completed": "15",
            "verified_positives": "2",
        },
        set(),
        {
            ("pool", "*"),
            ("year", "*"),
            ("avg_pool_size", "*"),
            ("drug_rate", "*"),
            ("alcohol_rate", "*"),
            ("drug_tests_completed", "*"),
            ("verified_positives", "*"),
        },
        False,
    ),
    (
        "Job posting (clean): an occupational health nurse on the careers site",
        {
            "job_title": "Occupational Health Nurse (RN)",
            "department": "Employee Health Services",
            "location": "Columbus, OH",
            "posted": "2024-09-01",
            "requirements": "BLS certification; experience with TB testing and fit testing",
            "req_id": "REQ-2024-1182",
        },
        set(),
        {
            ("job_title", "*"),
            ("department", "*"),
            ("location", "*"),
            ("posted", "*"),
            ("requirements", "HEALTH"),
            ("req_id", "*"),
        },
        False,
    ),
    (
        "Employee roster for the random pool (identified, no health)",
        {
            "Employee Name": "Carla Esposito",
            "Employee ID": "100733",
            "Email": "cesposito@midwestfreight.example.com",
            "Hire Date": "03/04/2021",
            "DOT Covered": "Y",
            "Safety-Sensitive": "Y",
            "Job Title": "CDL-A Driver",
            "Location Code": "OH-COL-03",
        },
        {
            ("Employee Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Email", "EMAIL"),
        },
        {("Job Title", "*"), ("Location Code", "*"), ("DOT Covered", "*")},
        False,
    ),
    (
        "Employee health flu-shot reminder SMS (Twilio log)",
        {
            "sid": "SM1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f",
            "from": "72345",
            "to": "+16145550188",
            "body": (
                "Hi Maria, your flu shot at Employee Health is Oct 8 at 10:30am. "
                "Reply C to confirm."
            ),
            "status": "delivered",
            "date_sent": "Mon, 30 Sep 2024 14:00:05 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH"), ("body", "DATE")},
        {("sid", "*"), ("from", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "DOT accident register row: a crash and its post-accident tests",
        {
            "driver_name": "Curtis Vang",
            "cdl_number": "TR611204",
            "accident_location": "I-70 EB mile marker 112, Madison County, OH",
            "injuries": "1",
            "tow_away": "Y",
            "post_accident_drug_test": "DOT drug test collected within 32 hours",
            "post_accident_alcohol_test": "Breath alcohol 0.000 at 2 hours",
            "hazmat_release": "N",
        },
        {
            ("driver_name", "NAME"),
            ("cdl_number", "LICENSE_NUMBER"),
            ("accident_location", "LOCATION"),
            ("post_accident_drug_test", "HEALTH"),
        },
        {("injuries", "*"), ("tow_away", "*"), ("hazmat_release", "*")},
        True,
    ),
    (
        "Employer portal export of test statuses (CSV): masked SSN, pending MRO",
        {
            "Employee": "Nguyen, Thao",
            "SSN": "XXX-XX-4417",
            "Reason": "Reasonable Suspicion",
            "Test": "Non-DOT 10 Panel Urine + Expanded Opiates",
            "Status": "Pending MRO review",
            "Collected": "10/04/2024",
            "Location": "OH-COL-03",
        },
        {
            ("Employee", "NAME"),
            ("SSN", "SSN"),
            ("Test", "HEALTH"),
            ("Collected", "DATE"),
        },
        {("Location", "*"), ("Status", "*")},
        True,
    ),
    (
        "Hair drug test lab result: accession number, 5-panel hair follicle",
        {
            "accession_no": "PSY-24-7781234",
            "donor_name": "Elliot Marsh",
            "specimen_type": "Hair",
            "test": "5-panel hair follicle drug test",
            "result": "Negative",
            "collected_on": "2024-09-27",
            "reported_on": "2024-10-03",
            "lab": "Psychemedics",
        },
        {
            ("accession_no", "OTHER_ID"),
            ("donor_name", "NAME"),
            ("test", "HEALTH"),
            ("collected_on", "DATE"),
        },
        {("lab", "*"), ("result", "*")},
        True,
    ),
    (
        "Oral fluid instant test at a worksite: non-negative, the device's lot",
        {
            "employee_name": "Harvey Quinlan",
            "test": "Oral fluid instant drug test (6-panel)",
            "result": "Non-negative - sent to lab for confirmation",
            "device_lot": "OF24-0917",
            "device_expiry": "2025-11",
            "collected_at": "2024-09-09",
            "site": "Plant 2 - Grove City",
        },
        {
            ("employee_name", "NAME"),
            ("test", "HEALTH"),
            ("collected_at", "DATE"),
        },
        {("device_lot", "*"), ("device_expiry", "*")},
        True,
    ),
    (
        "ATS onboarding step (Workday-like): post-offer physical and drug screen",
        {
            "candidate_id": "CAND-00482919",
            "candidate_name": "Imani Foster",
            "candidate_email": "imani.foster@gmail.com",
            "requisition": "REQ-2024-1182",
            "job_title": "Warehouse Associate",
            "step": "Post-offer physical & 10-panel drug screen",
            "status": "Cleared",
        },
        {
            ("candidate_id", "OTHER_ID"),
            ("candidate_name", "NAME"),
            ("candidate_email", "EMAIL"),
            ("step", "HEALTH"),
        },
        {("requisition", "*"), ("job_title", "*"), ("status", "*")},
        True,
    ),
    (
        "Employer account and location master (clean): DER contact, NAICS, USDOT",
        {
            "employer_account": "EA-100482",
            "employer_name": "Midwest Freight Lines LLC",
            "location_code": "OH-COL-03",
            "location_name": "Columbus DC",
            "der_contact": "Karen Pruitt",
            "der_phone": "(614) 555-0102",
            "naics": "493110",
            "dot_agency": "FMCSA",
            "usdot_number": "2874410",
        },
        set(),
        {
            ("employer_account", "*"),
            ("employer_name", "*"),
            ("location_code", "*"),
            ("location_name", "*"),
            ("naics", "*"),
            ("dot_agency", "*"),
            ("usdot_number", "*"),
        },
        False,
    ),
    (
        "OSHA 300 log row: an occupational hearing loss",
        {
            "Case No.": "2024-031",
            "Employee's Name": "Dwayne Ashcroft",
            "Job Title": "Press Operator",
            "Date of injury or onset of illness": "08/19/2024",
            "Describe injury or illness, parts of body affected": (
                "Hearing loss, both ears (standard threshold shift)"
            ),
            "Classify the case": "Other recordable cases",
            "(M)(5) Hearing loss": "X",
        },
        {
            ("Employee's Name", "NAME"),
            ("Date of injury or onset of illness", "DATE"),
            ("Describe injury or illness, parts of body affected", "HEALTH"),
        },
        {("Case No.", "*"), ("Job Title", "*"), ("(M)(5) Hearing loss", "*")},
        True,
    ),
    (
        "Laboratory positivity index (health, no identifier): marijuana in urine tests",
        {
            "drug_class": "Marijuana",
            "specimen": "Urine",
            "population": "General U.S. workforce",
            "year": "2023",
            "positivity_rate": "4.3%",
            "tests": "6000000",
        },
        {("drug_class", "HEALTH")},
        {("year", "*"), ("positivity_rate", "*"), ("tests", "*"), ("population", "*")},
        False,
    ),
    (
        "Clearance webhook from a screening vendor (JSON): onboarding items complete",
        {
            "event": "clearance.completed",
            "data": {
                "worker": {"id": "wkr_7Hq2LmX9", "email": "d.okonjo@outlook.com"},
                "items": ["TB test", "Titers", "10-panel drug screen"],
                "cleared": True,
                "facility": "St. Anne Medical Center",
                "start_date": "2024-11-04",
            },
            "created": "2024-10-21T18:22:41Z",
        },
        {
            ("data.worker.id", "OTHER_ID|ONLINE_ID"),
            ("data.worker.email", "EMAIL"),
            ("data.items[2]", "HEALTH"),
        },
        {("data.facility", "*"), ("created", "*"), ("event", "*")},
        True,
    ),
    (
        "Functional capacity evaluation booking (workers' comp): claimant and claim",
        {
            "Claimant": "Rosa Delgado",
            "Claim Number": "WC-24-0079921",
            "Service": "Functional capacity evaluation",
            "Appointment": "10/17/2024 09:00 AM",
            "Adjuster": "Ohio BWC - Region 3",
            "Clinic Location": "Work Health Columbus East",
        },
        {
            ("Claimant", "NAME"),
            ("Claim Number", "OTHER_ID"),
            ("Service", "HEALTH"),
            ("Appointment", "DATE"),
        },
        {("Adjuster", "*"), ("Clinic Location", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "OSHA 300 privacy case (CSV): a needlestick, the name withheld": (
        {("Date of injury or onset of illness", "DATE")},
        set(),
        set(),
        "the blind row forgot its own decision that an injury date is the person's DATE: a "
        "privacy case withholds the name, not the date, and a date of a person is a Safe "
        "Harbor identifier (C); the PHI verdict follows (:data:`_OPEN`)",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Respirator medical evaluation: OSHA questionnaire review and clearance": (
        {("reviewer", "NAME")},
        "a ``reviewer`` column holds a person's name in review and survey exports; here it "
        'holds a role ("Employee Health RN"), which the organisation check does not catch '
        "because it reads a name's last word and a credential ends the role. Reading roles "
        "behind credentials would change a rule every family shares "
        "(detectors/organisations.py)",
    ),
    "Onboarding compliance tracker (JSON): titers and a flu vaccine declination": (
        {("worker.worker_id", "OTHER_ID")},
        "``worker_id`` names a process in infrastructure logs as often as an HRIS worker, "
        "as tests/test_workforce_recruiting.py decided; the row is PHI by the worker's name "
        "and titers",
    ),
    "Clearance webhook from a screening vendor (JSON): onboarding items complete": (
        {("data.worker.id", "OTHER_ID|ONLINE_ID")},
        "a ``worker``'s ``id`` is a process's or a queue consumer's in infrastructure logs "
        "for the same reason as ``worker_id`` (tests/test_workforce_recruiting.py); the row "
        "is PHI by the worker's email and the drug screen",
    ),
    "OSHA 300 privacy case (CSV): a needlestick, the name withheld": (
        set(),
        "the blind verdict (not PHI) was stricter than the contract: the injury date is the "
        "employee's DATE, so the row holds an identifier and health context and the engine "
        "calls it PHI, rightly (:data:`_DECIDED`)",
    ),
    "Oral fluid instant test at a worksite: non-negative, the device's lot": (
        {("collected_at", "DATE")},
        "an ``_at`` key is a system's clock by convention (``created_at``, a payment's "
        "``collected_at``); a specimen's collection is read under ``collected``, "
        "``collected_on`` and ``specimen_collection_date``, and a bare date under a machine "
        "key is left alone (the row is PHI by the name and the test)",
    ),
    "Laboratory positivity index (health, no identifier): marijuana in urine tests": (
        {("drug_class", "HEALTH")},
        'a bare "Marijuana" is a dispensary\'s product as often as a substance found in a '
        "person; whether the word alone is health is the cannabis probe's decision, not "
        "this one's (the row names no one either way)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_occupational_health_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decisions applied): a change that loses recall or precision
#: on occupational-health exports fails here. Before the work, blind: SHAPES 16 misses /
#: 10 false / 16 wrong of 32, HELD_OUT 5 / 2 / 5 of 10.
#: The workers' compensation probe (tests/test_workers_comp_claims.py) closed the flat
#: FROI's ``Policy Number``: beside the employer's FEIN it is the employer's policy.
FLOORS = ShapeTotals(expected=159, misses=4, false=1, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
