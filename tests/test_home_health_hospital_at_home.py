"""Home health, home infusion and hospital-at-home exports.

A blind probe, written by hand before reading the detectors: what a home health agency's,
a home infusion pharmacy's and a hospital-at-home programme's operations, intake and
marketing teams export. OASIS-E assessment extracts (the CMS submission's flat item
columns ``M0040_PAT_FNAME``, ``M0064_SSN``, ``M0066_PAT_BIRTH_DT``, ``M1021_PRIMARY_DIAG_ICD``,
``M1033_HOSP_RISK_*``, ``M1800_CRNT_GROOMING`` with ``YYYYMMDD`` dates, and an EHR's nested
JSON of the same items), electronic visit verification (EVV) logs from Sandata-,
HHAeXchange-, Tellus- and AlayaCare-like systems (client and caregiver, GPS check-in and
check-out coordinates, visit start and end, service and procedure codes, exceptions),
home infusion referrals and nursing visit notes (drug, dose and frequency, the pump and
its serial, a PICC line, weekly labs), hospital-at-home command-centre dashboards (the
patient, vitals from a home kit and its cellular hub, courier deliveries, escalations to a
community paramedic, calls to the centre), referral intake faxes (an OCR'd page), CMS-485
plan-of-care rows (HI claim number, start of care, the certification period, orders,
medications), HCHB-like episode exports (PDGM group, HIPPS), caregiver scheduling, rosters
and payroll, family messages and web forms; with the clean rows around them: an agency
directory (CCN, agency NPI), OASIS item and visit-type reference tables, a pump inventory,
a courier route summary, quality and census reports, an infusion protocol library and an
ad search-term report.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **The home care a person receives is health context**: a diagnosis (an ICD-10 code in
  ``M1021``/``M1023``, a CMS-485's principal diagnosis), ordered disciplines (``SN, PT,
  OT``, as tests/test_senior_care.py decided), an infusion drug with its dose, a PICC line,
  nursing orders, vitals and readings, an escalation's reason, a care task that names a
  health matter (``Wound check``), a therapy named by its care (``Respite - Alzheimer's
  care``) and a HCPCS code under a procedure-code key of a person's visit (as
  tests/test_device_resupply.py read HCPCS in a named field). A visit-type or discipline
  code alone (``SN``, ``HHA``, ``PT``) is no identifier anywhere; in a code table it names
  nobody, and on a visit row it is neither expected nor forbidden as health. OASIS
  functional scores (``M1800`` = ``01``) and ``M1033`` flags as bare ``0``/``1`` are
  neither; an ``M1033`` answer written out ("History of falls") is health.
- **An EVV GPS coordinate is a LOCATION**: a caregiver clocks in at the client's home, so
  the check-in and check-out coordinates are the client's address in numbers (as the
  project reads latitude/longitude, ``geocodes``), in a ``"lat, lng"`` string or as two
  numbers. A distance from the client's address and an exception code are no finding.
- **A caregiver's name on a visit is reported (NAME)**: tests/test_senior_care.py kept a
  ``Caregiver`` column a name (a relative as often as an aide) and the transport probe
  reports a driver; a caregiver is a person and Safe Harbor does not ask whose side they
  are on. Their employee id or caregiver code is neither expected nor forbidden. A
  caregiver roster or payroll export names the workforce: names and phones reported, no
  PHI; pay codes, hours, rates, mileage and pay periods are no finding. A nurse or a
  command-centre RN acting for the agency on a row is left unstated (the oncology
  probe's decision); a physician (attending, ordering, referring, PCP) and their NPI are
  reported (``NAME``, ``OTHER_ID|LICENSE_NUMBER``), as is a referral source's discharge
  planner (tests/test_senior_care.py), while the referring hospital's name is no finding.
- **A CMS-485 certification period is two DATEs**: its from and to dates bound the
  person's episode of care, like start of care (``M0030``), resumption, the assessment's
  completion (``M0090``), discharge (``M0906``), an episode's start and end, a visit's
  start and end, an admission to hospital at home, a reading's time, a delivery date to
  the patient and a referral date. The agency's clocks are not: a pay period, a report's
  date or week, a route's start, an inventory's maintenance date, a quality period. An
  escalation's, call's or fax's system stamp is neither expected nor forbidden.
- **Ids of one person**: the OASIS patient id (``M0020``), an agency MRN, an EVV admission
  id or client id and a hospital-at-home patient id are the person's record id
  (``OTHER_ID|MRN``); an MBI (``M0063``, a 485's HI claim number) and a Medicaid id are
  HEALTH_PLAN_ID; ``M0064`` is an SSN. A pump's serial on a patient's referral and a home
  kit's cuff serial and hub IMEI are DEVICE_ID (tests/test_device_resupply.py); a serial
  in an inventory is neither. Not a person's, never a finding: the agency's CCN (``M0010``,
  a 485's ``Provider No.``), the agency's NPI, branch ids, OASIS item codes, HIPPS codes,
  visit-type and pay codes, pump model numbers, asset tags, route ids, courier tracking
  numbers, fax and call ids. A referral's id is neither (the project decided a referral's
  id is the referral's).
- **Ages**: a birth date that makes the person 90 or more is ``DATE|AGE_OVER_89``. A US
  state alone and a gender are no finding.
- **The agency's places and lines are not a person's**: a directory row's address, phone
  and fax, a branch, a courier depot, the command centre's toll-free line.

After reading the detectors no blind expectation was changed; seven were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a ``Client ID``
is read as an analytics client id (ONLINE_ID, two rows), a visit's id is the patient's
record id (two rows), a flat ``Shift Date`` is the worker's job field, a visit's bare end
time is not read beside its start, and a revenue code is a PROCEDURE code in a code table
too. What the work built: OASIS's dated items (``M0090_INFO_COMPLETED_DT`` and kin:
start and resumption of care, the assessment's completion, discharge, transfer or death)
and its spelled-out NPI
(``M0018_NATL_PROV_ID``); a CMS-485's possessive labels (``Patient's HI Claim No.`` as the
Medicare number, ``Physician's Name``) and a referral's ``Discharge Planner``; EVV clock-in
and clock-out times, flat (``Clock In``, ``ClockOutTime``) and as objects
(``clockIn.time``), and a visit's start beside its ``verificationMethod`` or holding its
client (appointment_records); a home health agency directory as a listing (``Agency
Name`` beside ``Counties Served``: chunk_profiles); home health disciplines under a
referral's ``Services Requested`` (health_fields); an NPI in an object named for an
organisation as the organisation's (role_cards: an EVV submission's agency); a
PascalCase ``{"Key", "Value"}`` pair read under its label (cells); a known city after a
label's dash as no signature (given_names: "Personal Care - Columbus"); and 30 vocabulary
terms (IVIG and immune globulin brands, TPN, PICC, midline catheter, home infusion,
dressing change, hospital at home, history of falls), 35,771 in all. Three records are
left open (:data:`LEFT_ALONE`): a courier route's and a pump's maintenance bare dates, and
the name inside a ``Name and Address`` value.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 17 / 11 /
13; after the work 4 / 3 / 7 as written, 0 / 0 / 0 with the decisions and the three
LEFT_ALONE records set aside (1 / 2 / 3 with them). HELD_OUT (10 records), blind before
any work 7 / 2 / 7; scored once after the work on SHAPES: 3 / 2 / 5; after two fixes that
generalise (a visit object holding its client, "history of falls") 1 / 2 / 3 as written,
0 / 0 / 0 with the decisions (a visit id, a client id, a revenue code).

Twentieth round: the fitness probe's asset registers (a serial beside an ``asset_tag`` or a
work order, with no column naming a person, is the owner's equipment and its upkeep dates
the machine's: detectors/chunk_profiles.py) closed the pump inventory's ``last_pm``; it
left :data:`LEFT_ALONE` for the shapes, and the floors take it (1 / 1 / 2).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "OASIS-E start-of-care submission row (flat item columns, YYYYMMDD dates)",
        {
            "M0010_CCN": "367142",
            "M0014_BRANCH_STATE": "OH",
            "M0016_BRANCH_ID": "36714200P",
            "M0018_NATL_PROV_ID": "1260181593",
            "M0020_PAT_ID": "HH0048127",
            "M0030_START_CARE_DT": "20241007",
            "M0040_PAT_FNAME": "EVELYN",
            "M0040_PAT_LNAME": "STRAUSS",
            "M0050_PAT_ST": "OH",
            "M0060_PAT_ZIP": "43229",
            "M0063_MEDICARE_NUM": "4RT7WJ2KC91",
            "M0064_SSN": "412683307",
            "M0066_PAT_BIRTH_DT": "19330411",
            "M0069_PAT_GENDER": "2",
            "M0090_INFO_COMPLETED_DT": "20241008",
            "M0100_ASSMT_REASON": "01",
            "M1021_PRIMARY_DIAG_ICD": "I50.32",
            "M1023_OTH_DIAG1_ICD": "E11.9",
            "M1033_HOSP_RISK_HSTRY_FALLS": "1",
            "M1800_CRNT_GROOMING": "01",
        },
        {
            ("M0018_NATL_PROV_ID", "OTHER_ID|LICENSE_NUMBER"),
            ("M0020_PAT_ID", "OTHER_ID|MRN"),
            ("M0030_START_CARE_DT", "DATE"),
            ("M0040_PAT_FNAME", "NAME"),
            ("M0040_PAT_LNAME", "NAME"),
            ("M0060_PAT_ZIP", "ZIP_CODE"),
            ("M0063_MEDICARE_NUM", "HEALTH_PLAN_ID"),
            ("M0064_SSN", "SSN"),
            ("M0066_PAT_BIRTH_DT", "DATE|AGE_OVER_89"),
            ("M0090_INFO_COMPLETED_DT", "DATE"),
            ("M1021_PRIMARY_DIAG_ICD", "HEALTH"),
            ("M1023_OTH_DIAG1_ICD", "HEALTH"),
        },
        {
            ("M0010_CCN", "*"),
            ("M0014_BRANCH_STATE", "*"),
            ("M0016_BRANCH_ID", "*"),
            ("M0050_PAT_ST", "*"),
            ("M0069_PAT_GENDER", "*"),
            ("M0100_ASSMT_REASON", "*"),
            ("M1800_CRNT_GROOMING", "*"),
        },
        True,
    ),
    (
        "Sandata-like EVV visit export (CSV): client, caregiver, GPS call-in, tasks",
        {
            "Agency ID": "7741203",
            "Client ID": "C-118204",
            "Client First Name": "Harold",
            "Client Last Name": "Pemberton",
            "Client Medicaid ID": "104882177399",
            "Employee ID": "E-20331",
            "Employee First Name": "Tameka",
            "Employee Last Name": "Rollins",
            "Procedure Code": "T1019",
            "Visit Start": "10/14/2024 08:02",
            "Visit End": "10/14/2024 11:58",
            "Call In GPS": "39.98212, -83.00431",
            "Call In Phone": "6145550148",
            "Tasks Performed": "Bathing; Dressing; Medication reminder; Wound check",
            "Visit Status": "Verified",
            "Mileage": "12.4",
        },
        {
            ("Client ID", "OTHER_ID|MRN"),
            ("Client First Name", "NAME"),
            ("Client Last Name", "NAME"),
            ("Client Medicaid ID", "HEALTH_PLAN_ID"),
            ("Employee First Name", "NAME"),
            ("Employee Last Name", "NAME"),
            ("Visit Start", "DATE"),
            ("Visit End", "DATE"),
            ("Call In GPS", "LOCATION"),
            ("Call In Phone", "PHONE"),
            ("Tasks Performed", "HEALTH"),
        },
        {("Agency ID", "*"), ("Visit Status", "*"), ("Mileage", "*")},
        True,
    ),
    (
        "HHAeXchange-like visit JSON: clock-in GPS as numbers, duties with a BP reading",
        {
            "visitId": 88120447,
            "patient": {
                "admissionId": "ADM-2024-06631",
                "name": "Rosalind Achebe",
                "phone": "(614) 555-0163",
            },
            "caregiver": {"code": "CG-4471", "name": "Marisol Quintero"},
            "serviceCode": "HHA",
            "scheduledStart": "2024-10-15T09:00:00-04:00",
            "clockIn": {
                "time": "2024-10-15T09:04:12-04:00",
                "gps": {"lat": 40.00117, "lng": -83.01582},
            },
            "clockOut": {
                "time": "2024-10-15T11:01:40-04:00",
                "gps": {"lat": 40.00121, "lng": -83.01577},
            },
            "dutiesPerformed": ["Ambulation assist", "Toileting", "Vitals: BP 148/92"],
            "billType": "Hourly",
        },
        {
            ("patient.admissionId", "OTHER_ID|MRN"),
            ("patient.name", "NAME"),
            ("patient.phone", "PHONE"),
            ("caregiver.name", "NAME"),
            ("clockIn.time", "DATE"),
            ("clockIn.gps.lat", "LOCATION"),
            ("clockIn.gps.lng", "LOCATION"),
            ("clockOut.gps.lat", "LOCATION"),
            ("dutiesPerformed[2]", "HEALTH"),
        },
        {("visitId", "*"), ("serviceCode", "*"), ("billType", "*")},
        True,
    ),
    (
        "Home infusion referral (JSON from an intake portal): vancomycin via PICC, pump serial",
        {
            "referral_id": "HIR-240915-0093",
            "patient": {
                "first_name": "Gerald",
                "last_name": "Oyelaran",
                "dob": "1957-02-26",
                "mrn": "MRN00728814",
                "phone": "614-555-0129",
                "address": {"street": "2260 Brookhaven Dr", "city": "Reynoldsburg", "zip": "43068"},
            },
            "therapy": {
                "drug": "Vancomycin 1.25 g IV q12h",
                "duration": "6 weeks",
                "diagnosis": "Osteomyelitis of left foot",
                "access": "PICC, single lumen, right basilic, 42 cm",
            },
            "pump": {"model": "CADD-Solis VIP 2120", "serial": "21204488"},
            "nursing": "Weekly SN visit for dressing change and lab draw",
            "labs": "CBC w/diff, BMP, vancomycin trough weekly",
            "prescriber": {"name": "Dr. Nikhil Banerjee", "npi": "1830166132"},
            "received_at": "2024-09-15T14:22:09Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.mrn", "MRN"),
            ("patient.phone", "PHONE"),
            ("patient.address.street", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("therapy.drug", "HEALTH"),
            ("therapy.diagnosis", "HEALTH"),
            ("therapy.access", "HEALTH"),
            ("pump.serial", "DEVICE_ID"),
            ("labs", "HEALTH"),
            ("prescriber.name", "NAME"),
            ("prescriber.npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("pump.model", "*"), ("therapy.duration", "*")},
        True,
    ),
    (
        "Hospital-at-home command-centre dashboard (CSV): vitals, escalation, assigned RN",
        {
            "Patient": "Whitfield, Clarence",
            "MRN": "E4471902",
            "Program": "Acute Care at Home",
            "Admit Date": "10/12/2024",
            "LOS Day": "3",
            "Working Dx": "CHF exacerbation",
            "HR": "104",
            "SpO2": "91%",
            "BP": "152/94",
            "Temp": "100.9 F",
            "Last Reading": "2024-10-14 06:45",
            "Escalation": "RN to call - SpO2 trending down",
            "Assigned RN": "Kelsey Moran",
            "Paramedic Unit": "MIH-3",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("Admit Date", "DATE"),
            ("Working Dx", "HEALTH"),
            ("SpO2", "HEALTH"),
            ("BP", "HEALTH"),
            ("Last Reading", "DATE"),
        },
        {("LOS Day", "*"), ("Paramedic Unit", "*"), ("HR", "PHONE")},
        True,
    ),
    (
        "Hospital-at-home courier delivery (JSON): meds and a pulse oximeter to the home",
        {
            "delivery_id": "DLV-20241014-0217",
            "courier": "DispatchTrack",
            "tracking_number": "DT884120317",
            "route_id": "RT-17",
            "recipient": {
                "name": "Clarence Whitfield",
                "address": "77 Linwood Ave, Bexley, OH 43209",
                "phone": "614-555-0188",
            },
            "items": ["Furosemide 40 mg tablets x30", "Pulse oximeter", "IV pole"],
            "delivery_date": "2024-10-14",
            "window": "13:00-15:00",
            "driver": "D-114",
        },
        {
            ("recipient.name", "NAME"),
            ("recipient.address", "LOCATION"),
            ("recipient.phone", "PHONE"),
            ("items[0]", "HEALTH"),
            ("delivery_date", "DATE"),
        },
        {
            ("delivery_id", "*"),
            ("courier", "*"),
            ("tracking_number", "*"),
            ("route_id", "*"),
            ("window", "*"),
            ("driver", "*"),
        },
        True,
    ),
    (
        "Hospital-at-home escalation webhook: NEWS2 reason, paramedic dispatched, attending",
        {
            "event": "escalation.created",
            "escalation_id": "esc_01J9ZK4Q7T",
            "patient": {"id": "pt_55820913", "name": "Marlene Ocampo"},
            "severity": "high",
            "reason": "NEWS2 7 - RR 26, SpO2 89% on room air, new confusion",
            "action": "Dispatch community paramedic; notify attending",
            "attending": "Dr. Priya Natarajan",
            "created_at": "2024-10-15T02:14:51Z",
        },
        {
            ("patient.id", "OTHER_ID|MRN"),
            ("patient.name", "NAME"),
            ("reason", "HEALTH"),
            ("attending", "NAME"),
        },
        {("escalation_id", "*"), ("severity", "*"), ("event", "*")},
        True,
    ),
    (
        "Referral intake fax (eFax log with the OCR'd first page)",
        {
            "fax_id": "FX-7781203349",
            "from_number": "+12165550181",
            "pages": 4,
            "received": "2024-10-14T15:02:44Z",
            "ocr_text": (
                "HOME HEALTH REFERRAL\n"
                "Patient: KEMPER, DORIS   DOB: 02/11/1938\n"
                "Address: 1842 Elmwood Ave, Lakewood, OH 44107\n"
                "Phone: (216) 555-0137\n"
                "Dx: CHF (I50.23), COPD on 2L home oxygen\n"
                "Orders: SN eval and treat, PT/OT eval. Start of care 10/16/2024.\n"
                "Referring: Dr. Alan Whitcomb   NPI 1860913908"
            ),
        },
        {
            ("ocr_text", "NAME"),
            ("ocr_text", "DATE"),
            ("ocr_text", "LOCATION"),
            ("ocr_text", "PHONE"),
            ("ocr_text", "HEALTH"),
        },
        {("fax_id", "*"), ("pages", "*")},
        True,
    ),
    (
        "CMS-485 plan of care row (numbered form items as CSV headers)",
        {
            "1. Patient's HI Claim No.": "7FN2CK4MH38",
            "2. Start of Care Date": "10/07/2024",
            "3. Certification Period From": "10/07/2024",
            "3. Certification Period To": "12/05/2024",
            "4. Medical Record No.": "HH0048127",
            "5. Provider No.": "367142",
            "6. Patient's Name": "Strauss, Evelyn M",
            "6. Patient's Address": "5120 Karl Rd Apt 4, Columbus, OH 43229",
            "7. Provider's Name": "Capital City Home Health LLC",
            "8. Date of Birth": "04/11/1933",
            "9. Sex": "F",
            "10. Medications": "Furosemide 40 mg PO daily; Metoprolol succinate 25 mg PO daily",
            "11. Principal Diagnosis": "I50.32 Chronic diastolic (congestive) heart failure",
            "17. Allergies": "Penicillin",
            "21. Orders": "SN 1w1, 2w3, 1w4 for CHF management; PT 2w4 for gait training",
            "24. Physician's Name": "Dr. Rachel Feinstein",
        },
        {
            ("1. Patient's HI Claim No.", "HEALTH_PLAN_ID"),
            ("2. Start of Care Date", "DATE"),
            ("3. Certification Period From", "DATE"),
            ("3. Certification Period To", "DATE"),
            ("4. Medical Record No.", "MRN"),
            ("6. Patient's Name", "NAME"),
            ("6. Patient's Address", "LOCATION"),
            ("8. Date of Birth", "DATE|AGE_OVER_89"),
            ("10. Medications", "HEALTH"),
            ("11. Principal Diagnosis", "HEALTH"),
            ("17. Allergies", "HEALTH"),
            ("21. Orders", "HEALTH"),
            ("24. Physician's Name", "NAME"),
        },
        {("5. Provider No.", "*"), ("7. Provider's Name", "*"), ("9. Sex", "*")},
        True,
    ),
    (
        "Caregiver schedule (AxisCare-like CSV): respite for Alzheimer's, client address",
        {
            "Client": "Hollis Beaumont",
            "Client Address": "318 Wexford Ct, Westerville, OH 43081",
            "Caregiver": "Dana Whitaker",
            "Shift Date": "10/18/2024",
            "Start": "08:00 AM",
            "End": "12:00 PM",
            "Service": "Respite - Alzheimer's care",
            "Bill Code": "S5150",
            "Pay Code": "REG",
            "Mileage": "8.6",
        },
        {
            ("Client", "NAME"),
            ("Client Address", "LOCATION"),
            ("Caregiver", "NAME"),
            ("Shift Date", "DATE"),
            ("Service", "HEALTH"),
        },
        {("Pay Code", "*"), ("Mileage", "*"), ("Start", "*"), ("End", "*")},
        True,
    ),
    (
        "Caregiver payroll export (identified, no health): hours, pay codes, mileage",
        {
            "Employee ID": "E-20331",
            "Employee Name": "Tameka Rollins",
            "Pay Period End": "10/19/2024",
            "Pay Code": "OT15",
            "Hours": "6.50",
            "Rate": "21.75",
            "Mileage": "84.2",
            "Mileage Reimb": "56.41",
            "Department": "Personal Care - Columbus",
        },
        {("Employee Name", "NAME")},
        {
            ("Pay Period End", "*"),
            ("Pay Code", "*"),
            ("Hours", "*"),
            ("Rate", "*"),
            ("Mileage", "*"),
            ("Mileage Reimb", "*"),
            ("Department", "*"),
        },
        False,
    ),
    (
        "OASIS-E recertification as an EHR's nested JSON (items under readable keys)",
        {
            "assessment": {
                "id": "asm_7Q2L9X",
                "type": "Recertification (follow-up)",
                "M0090_INFO_COMPLETED_DT": "2024-11-29",
                "clinician": "J. Ferris, RN",
            },
            "patient": {
                "M0020_PAT_ID": "HH0051930",
                "M0040_PAT_FNAME": "Wilhelmina",
                "M0040_PAT_LNAME": "Dorsey",
                "M0064_SSN": "521-48-7716",
                "M0066_PAT_BIRTH_DT": "1931-05-14",
            },
            "diagnoses": {
                "M1021_PRIMARY_DIAG_ICD": "S72.142D",
                "M1021_description": "Displaced intertrochanteric fracture of left femur",
            },
            "M1033_hospitalization_risk": [
                "History of falls (2 or more falls in the past 12 months)",
                "Currently taking 5 or more medications",
            ],
            "agency": {"ccn": "367142", "branch": "Columbus North"},
        },
        {
            ("assessment.M0090_INFO_COMPLETED_DT", "DATE"),
            ("patient.M0020_PAT_ID", "OTHER_ID|MRN"),
            ("patient.M0040_PAT_FNAME", "NAME"),
            ("patient.M0040_PAT_LNAME", "NAME"),
            ("patient.M0064_SSN", "SSN"),
            ("patient.M0066_PAT_BIRTH_DT", "DATE|AGE_OVER_89"),
            ("diagnoses.M1021_PRIMARY_DIAG_ICD", "HEALTH"),
            ("diagnoses.M1021_description", "HEALTH"),
            ("M1033_hospitalization_risk[0]", "HEALTH"),
        },
        {("assessment.id", "*"), ("agency.ccn", "*"), ("agency.branch", "*")},
        True,
    ),
    (
        "Home infusion nursing visit note (CSV): PICC dressing, ertapenem via Curlin pump",
        {
            "Patient": "Bernadette Kowalski",
            "Visit Date": "10/16/2024",
            "Visit Type": "SN-INF",
            "Nurse": "Rebecca Linde, RN",
            "Pump": "Curlin 6000 CMS",
            "Note": (
                "Dressing change to R arm PICC, site clean, no redness. Flushed with NS 10 mL. "
                "Ertapenem 1 g infused over 30 min, no reaction. Pt c/o mild nausea."
            ),
            "Mileage": "22.1",
            "Time In": "13:05",
            "Time Out": "14:20",
        },
        {("Patient", "NAME"), ("Visit Date", "DATE"), ("Note", "HEALTH")},
        {("Visit Type", "*"), ("Pump", "*"), ("Mileage", "*")},
        True,
    ),
    (
        "Agency directory row (clean): CCN, agency NPI, office address, phone and fax",
        {
            "Agency Name": "Capital City Home Health LLC",
            "CCN": "367142",
            "NPI": "1960308249",
            "Address": "4400 Easton Commons, Suite 210",
            "City": "Columbus",
            "State": "OH",
            "ZIP": "43219",
            "Phone": "(614) 555-0100",
            "Fax": "(614) 555-0101",
            "Counties Served": "Franklin; Delaware; Licking",
            "Services": "Skilled Nursing, PT, OT, ST, MSW, HHA",
        },
        set(),
        {
            ("Agency Name", "*"),
            ("CCN", "*"),
            ("NPI", "*"),
            ("Address", "*"),
            ("City", "*"),
            ("ZIP", "*"),
            ("Phone", "*"),
            ("Fax", "*"),
            ("Counties Served", "*"),
        },
        False,
    ),
    (
        "OASIS item reference table (clean): M1800 grooming, its responses and time points",
        {
            "Item": "M1800",
            "Description": "Grooming: current ability to tend safely to personal hygiene needs",
            "Responses": "0-3",
            "Time Points": "SOC/ROC/FU/DC",
            "Section": "GG/M1800-M1860 ADL/IADLs",
        },
        set(),
        {("Item", "*"), ("Responses", "*"), ("Time Points", "*"), ("Section", "*")},
        False,
    ),
    (
        "Visit type code table (clean): SN, its discipline, revenue code and HCPCS",
        {
            "code": "SN",
            "description": "Skilled Nursing Visit",
            "discipline": "RN/LPN",
            "revenue_code": "0551",
            "hcpcs": "G0299",
            "units": "per 15 min",
        },
        set(),
        {("code", "*"), ("discipline", "*"), ("revenue_code", "*"), ("units", "*")},
        False,
    ),
    (
        "Hospital-at-home kit reading (device feed JSON): BP cuff serial and hub IMEI",
        {
            "patient_id": "pt_55820913",
            "device": {"type": "blood_pressure_cuff", "model": "UA-651BLE", "serial": "5140022871"},
            "hub_imei": "353918057204468",
            "reading": {"systolic": 158, "diastolic": 96, "pulse": 88},
            "measured_at": "2024-10-15T07:31:02-04:00",
            "received_at": "2024-10-15T11:31:09Z",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("device.serial", "DEVICE_ID"),
            ("hub_imei", "DEVICE_ID"),
            ("reading.systolic", "HEALTH"),
            ("measured_at", "DATE"),
        },
        {("device.model", "*"), ("reading.pulse", "PHONE")},
        True,
    ),
    (
        "Courier route summary (clean): a route, its stops, miles and tracking numbers",
        {
            "route_id": "RT-17",
            "driver_id": "D-114",
            "vehicle": "Van 7",
            "route_start": "2024-10-14T07:00:00Z",
            "stops": 14,
            "miles": 82.3,
            "tracking_numbers": ["DT884120317", "DT884120318", "DT884120322"],
            "depot": "Grove City Depot, 3800 Southwest Blvd",
        },
        set(),
        {
            ("route_id", "*"),
            ("driver_id", "*"),
            ("vehicle", "*"),
            ("route_start", "*"),
            ("stops", "*"),
            ("miles", "*"),
            ("tracking_numbers[0]", "*"),
            ("tracking_numbers[1]", "*"),
            ("depot", "*"),
        },
        False,
    ),
    (
        "Hospital discharge-planner referral in the agency CRM (CSV): services and hip ORIF",
        {
            "Referral Date": "10/11/2024",
            "Patient Name": "Arthur Lindqvist",
            "DOB": "07/30/1944",
            "Phone": "(740) 555-0152",
            "Referral Source": "Riverside Methodist Hospital",
            "Discharge Planner": "Tanya Brooks, RN",
            "Services Requested": "SN, PT, OT",
            "Primary Dx": "Left hip ORIF after fall",
            "Anticipated SOC": "10/14/2024",
            "Payer": "Medicare A",
            "Referral ID": "REF-40912",
        },
        {
            ("Referral Date", "DATE"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Discharge Planner", "NAME"),
            ("Services Requested", "HEALTH"),
            ("Primary Dx", "HEALTH"),
            ("Anticipated SOC", "DATE"),
        },
        {("Referral Source", "*"), ("Payer", "*")},
        True,
    ),
    (
        "EVV GPS exception report (CSV): clock-in far from the client, wound care visit",
        {
            "Visit ID": "V-77120458",
            "Client": "Josefina Alvarez",
            "Caregiver": "Brandon Teague",
            "Service": "Skilled nursing - wound care",
            "Scheduled": "10/17/2024 09:00",
            "Clock In": "10/17/2024 09:11",
            "Clock In Location": "40.06112, -82.91580",
            "Distance From Client (mi)": "0.84",
            "Exception": "GPS_OUT_OF_RANGE",
            "Reason Code": "RC-07",
        },
        {
            ("Client", "NAME"),
            ("Caregiver", "NAME"),
            ("Service", "HEALTH"),
            ("Clock In", "DATE"),
            ("Clock In Location", "LOCATION"),
        },
        {
            ("Visit ID", "*"),
            ("Distance From Client (mi)", "*"),
            ("Exception", "*"),
            ("Reason Code", "*"),
        },
        True,
    ),
    (
        "Infusion protocol library row (health, no person): vancomycin monitoring",
        {
            "protocol_id": "INF-VANC-02",
            "drug": "Vancomycin",
            "monitoring": "Trough before 4th dose; BMP twice weekly",
            "access": "PICC or midline",
            "pump": "CADD-Solis VIP 2120",
            "revised": "2024-03-01",
        },
        {("drug", "HEALTH")},
        {("protocol_id", "*"), ("pump", "*"), ("revised", "*")},
        False,
    ),
    (
        "Hospital-at-home daily census report (clean): counts and top diagnoses",
        {
            "report_date": "2024-10-15",
            "program": "Acute Care at Home",
            "census": 14,
            "admissions": 3,
            "discharges": 2,
            "escalations": 1,
            "avg_los_days": 3.4,
            "top_dx": "CHF; COPD; cellulitis",
        },
        set(),
        {
            ("report_date", "*"),
            ("census", "*"),
            ("admissions", "*"),
            ("discharges", "*"),
            ("escalations", "*"),
            ("avg_los_days", "*"),
        },
        False,
    ),
    (
        "Hospital-at-home patient tablet event: a symptom check with yes/no answers",
        {
            "user_id": "usr_4fb18c02e7",
            "event": "symptom_check_submitted",
            "answers": {"shortness_of_breath": "worse", "leg_swelling": "yes", "fever": "no"},
            "device_model": "iPad (9th generation)",
            "app_version": "5.12.0",
            "ts": "2024-10-15T12:02:33Z",
        },
        {("user_id", "ONLINE_ID|OTHER_ID"), ("answers.leg_swelling", "HEALTH")},
        {("device_model", "*"), ("app_version", "*"), ("ts", "*")},
        True,
    ),
    (
        "HCHB-like episode export (CSV): cert period in one cell, PDGM group, HIPPS",
        {
            "Patient": "Dorsey, Wilhelmina",
            "MRN": "HH0051930",
            "Episode Start": "10/01/2024",
            "Episode End": "11/29/2024",
            "Cert Period": "10/01/2024 - 11/29/2024",
            "Branch": "COL-N",
            "Team": "Team 3",
            "Primary Dx": "S72.142D",
            "PDGM Clinical Group": "MS Rehab",
            "HIPPS": "2HC21",
            "Admission Source": "Institutional",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("Episode Start", "DATE"),
            ("Episode End", "DATE"),
            ("Cert Period", "DATE"),
            ("Primary Dx", "HEALTH"),
        },
        {("Branch", "*"), ("Team", "*"), ("HIPPS", "*"), ("Admission Source", "*")},
        True,
    ),
    (
        "Caregiver roster (HHAeXchange-like, identified, no health): discipline and languages",
        {
            "Caregiver Code": "CG-4471",
            "First Name": "Marisol",
            "Last Name": "Quintero",
            "Mobile": "(614) 555-0176",
            "Discipline": "HHA",
            "Languages": "English; Spanish",
            "Status": "Active",
            "Office": "Columbus North",
        },
        {("First Name", "NAME"), ("Last Name", "NAME"), ("Mobile", "PHONE")},
        {("Discipline", "*"), ("Languages", "*"), ("Status", "*"), ("Office", "*")},
        False,
    ),
    (
        "Infusion pump inventory (clean-ish): a serial with no patient, asset tag, model",
        {
            "asset_tag": "PMP-00418",
            "model": "CADD-Solis VIP 2120",
            "serial": "21207731",
            "status": "In cleaning",
            "location": "Columbus pharmacy",
            "last_pm": "2024-09-30",
        },
        set(),
        {
            ("asset_tag", "*"),
            ("model", "*"),
            ("status", "*"),
            ("location", "*"),
            ("last_pm", "*"),
        },
        False,
    ),
    (
        "IVIG home infusion order (Parachute-like JSON): CIDP, member id, ordering MD",
        {
            "order": {
                "id": "ord_8Hq2LmX0",
                "patient": {"name": "Tobias Grünewald", "dob": "1968-08-19"},
                "insurance": {"payer": "Aetna", "member_id": "W284471930"},
                "drug": "IVIG (Gamunex-C) 2 g/kg divided over 5 days",
                "diagnosis": "G61.81 Chronic inflammatory demyelinating polyneuritis",
                "site_of_care": "Home",
                "ordering_md": "Dr. Fiona Lachance",
                "ordering_npi": "1281948210",
            },
            "created_at": "2024-09-30T16:44:10Z",
        },
        {
            ("order.patient.name", "NAME"),
            ("order.patient.dob", "DATE"),
            ("order.insurance.member_id", "HEALTH_PLAN_ID"),
            ("order.drug", "HEALTH"),
            ("order.diagnosis", "HEALTH"),
            ("order.ordering_md", "NAME"),
            ("order.ordering_npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("order.id", "*"),
            ("order.insurance.payer", "*"),
            ("order.site_of_care", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Call to the hospital-at-home command centre (Twilio-like log with a summary)",
        {
            "call_sid": "CA9e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b",
            "from": "+16145550188",
            "to": "+18005550122",
            "direction": "inbound",
            "duration": 412,
            "summary": "Patient reports chest tightness and new swelling in both legs; "
            "RN advised extra furosemide dose per protocol and scheduled paramedic visit.",
            "start_time": "2024-10-15T03:12:40Z",
        },
        {("from", "PHONE"), ("summary", "HEALTH")},
        {("call_sid", "*"), ("to", "*"), ("direction", "*"), ("duration", "*")},
        True,
    ),
    (
        "Tellus-like EVV JSON: Medicaid member, agency NPI, HCPCS G0156, start location",
        {
            "provider": {"npi": "1935181903", "name": "Buckeye Home Care Services Inc"},
            "member": {"medicaidId": "110337284519", "name": "Loretta Simms"},
            "service": {"procedureCode": "G0156", "modifier": "U1", "units": 8},
            "visit": {
                "startTime": "2024-10-16T13:00:00-04:00",
                "endTime": "2024-10-16T15:00:00-04:00",
                "startLocation": {"latitude": 39.91873, "longitude": -82.83310},
                "verificationMethod": "GPS",
            },
            "submittedAt": "2024-10-16T19:02:11Z",
        },
        {
            ("member.medicaidId", "HEALTH_PLAN_ID"),
            ("member.name", "NAME"),
            ("service.procedureCode", "HEALTH"),
            ("visit.startTime", "DATE"),
            ("visit.endTime", "DATE"),
            ("visit.startLocation.latitude", "LOCATION"),
            ("visit.startLocation.longitude", "LOCATION"),
        },
        {
            ("provider.npi", "*"),
            ("provider.name", "*"),
            ("service.modifier", "*"),
            ("service.units", "*"),
            ("visit.verificationMethod", "*"),
            ("submittedAt", "*"),
        },
        True,
    ),
    (
        "Family message in the agency's caregiver app: a daughter reports a blood sugar",
        {
            "thread_id": "thr_20441",
            "sender_name": "Monica Delaney",
            "sender_phone": "+16145550147",
            "sender_role": "Family",
            "body": "Hi, this is Monica, Frank Delaney's daughter. Dad's blood sugar was 310 "
            "this morning and he skipped his insulin. Can the nurse come today?",
            "sent_at": "2024-10-17T12:20:05Z",
        },
        {
            ("sender_name", "NAME"),
            ("sender_phone", "PHONE"),
            ("body", "NAME"),
            ("body", "HEALTH"),
        },
        {("thread_id", "*"), ("sender_role", "*")},
        True,
    ),
    (
        "EVV weekly compliance report (clean): counts and percentages by agency",
        {
            "Agency": "Capital City Home Health LLC",
            "Week": "2024-W41",
            "Visits": "1824",
            "Verified %": "96.1",
            "Manual Edits": "71",
            "GPS Exceptions": "12",
            "Missed Visits": "9",
        },
        set(),
        {
            ("Agency", "*"),
            ("Week", "*"),
            ("Visits", "*"),
            ("Verified %", "*"),
            ("Manual Edits", "*"),
            ("GPS Exceptions", "*"),
            ("Missed Visits", "*"),
        },
        False,
    ),
    (
        "AlayaCare-like scheduled visit JSON: client address, employee, dementia care",
        {
            "visit": {
                "id": 5518203,
                "client": {
                    "id": 204417,
                    "first_name": "Ignatius",
                    "last_name": "Moreau",
                    "address": {"line1": "61 Stonegate Way", "city": "Dublin", "zip": "43017"},
                },
                "employee": {"id": 3391, "name": "Priscilla Oduya"},
                "start_at": "2024-10-19T14:00:00-04:00",
                "end_at": "2024-10-19T18:00:00-04:00",
                "service": {"code": "PC-2", "name": "Personal Care - Dementia"},
                "travel_km": 7.4,
            }
        },
        {
            ("visit.client.first_name", "NAME"),
            ("visit.client.last_name", "NAME"),
            ("visit.client.address.line1", "LOCATION"),
            ("visit.client.address.city", "LOCATION"),
            ("visit.client.address.zip", "ZIP_CODE"),
            ("visit.employee.name", "NAME"),
            ("visit.start_at", "DATE"),
            ("visit.service.name", "HEALTH"),
        },
        {("visit.service.code", "*"), ("visit.travel_km", "*"), ("visit.id", "*")},
        True,
    ),
    (
        "Hospital-at-home discharge summary to the PCP (CSV): cellulitis, cephalexin",
        {
            "Patient": "Reginald Osei-Bonsu",
            "DOB": "12/03/1950",
            "Admit": "10/09/2024",
            "Discharge": "10/13/2024",
            "Discharge Dx": "Cellulitis of right lower leg",
            "Discharge Meds": "Cephalexin 500 mg QID x 5 days",
            "PCP": "Dr. Helen Ostrowski",
            "Follow-up": "PCP visit within 7 days",
            "Program": "Acute Care at Home",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Admit", "DATE"),
            ("Discharge", "DATE"),
            ("Discharge Dx", "HEALTH"),
            ("Discharge Meds", "HEALTH"),
            ("PCP", "NAME"),
        },
        set(),
        True,
    ),
    (
        "Infusion supply shipment webhook (FedEx-like): recipient, contents, tracking",
        {
            "trackingNumber": "794612883150",
            "serviceType": "PRIORITY_OVERNIGHT",
            "recipient": {
                "contactName": "Gerald Oyelaran",
                "address": {"streetLines": ["2260 Brookhaven Dr"], "postalCode": "43068"},
            },
            "contents": "Vancomycin 1.25 g premix bags x14; SASH flush kits; PICC dressing kits",
            "shipDate": "2024-09-16",
            "eventType": "DL",
        },
        {
            ("recipient.contactName", "NAME"),
            ("recipient.address.streetLines[0]", "LOCATION"),
            ("recipient.address.postalCode", "ZIP_CODE"),
            ("contents", "HEALTH"),
        },
        {("trackingNumber", "*"), ("serviceType", "*"), ("eventType", "*")},
        True,
    ),
    (
        "Ad search-term report (health, no person): home infusion and PICC searches",
        {
            "Search term": "home infusion antibiotics picc line care",
            "Campaign": "Home Infusion - Search",
            "Ad group": "IV Antibiotics",
            "Clicks": "4",
            "Impr.": "61",
            "Cost": "18.22",
            "Day": "2024-10-14",
        },
        {("Search term", "HEALTH")},
        {("Clicks", "*"), ("Impr.", "*"), ("Cost", "*"), ("Day", "*")},
        False,
    ),
    (
        "OASIS-E discharge submission row: discharge date, SSN, diagnosis",
        {
            "M0010_CCN": "367142",
            "M0020_PAT_ID": "HH0044216",
            "M0040_PAT_FNAME": "LUCILLE",
            "M0040_PAT_LNAME": "HARGROVE",
            "M0064_SSN": "309527481",
            "M0066_PAT_BIRTH_DT": "19461122",
            "M0100_ASSMT_REASON": "09",
            "M0906_DC_TRAN_DTH_DT": "20241025",
            "M1021_PRIMARY_DIAG_ICD": "J44.1",
            "M2420_DSCHRG_DISP": "1",
            "HIPPS_CODE": "1FC31",
        },
        {
            ("M0020_PAT_ID", "OTHER_ID|MRN"),
            ("M0040_PAT_FNAME", "NAME"),
            ("M0040_PAT_LNAME", "NAME"),
            ("M0064_SSN", "SSN"),
            ("M0066_PAT_BIRTH_DT", "DATE"),
            ("M0906_DC_TRAN_DTH_DT", "DATE"),
            ("M1021_PRIMARY_DIAG_ICD", "HEALTH"),
        },
        {
            ("M0010_CCN", "*"),
            ("M0100_ASSMT_REASON", "*"),
            ("M2420_DSCHRG_DISP", "*"),
            ("HIPPS_CODE", "*"),
        },
        True,
    ),
    (
        "Agency website contact form (Contact Form 7): a mother needs IV antibiotics at home",
        {
            "your-name": "Danielle Prentiss",
            "your-email": "dprentiss@gmail.com",
            "your-phone": "614-555-0193",
            "care-type": "Home infusion",
            "your-message": "My mother needs IV antibiotics at home after her discharge next "
            "week, she has a PICC line. Do you take Medicare?",
            "_wpcf7": "1182",
        },
        {
            ("your-name", "NAME"),
            ("your-email", "EMAIL"),
            ("your-phone", "PHONE"),
            ("your-message", "HEALTH"),
        },
        {("_wpcf7", "*")},
        True,
    ),
    (
        "CMS-485 through document AI (Textract-like key/value list)",
        {
            "DocumentId": "doc-5f1c2e9a",
            "KeyValues": [
                {"Key": "Patient's HI Claim No.", "Value": "2WV9TR6PD41"},
                {"Key": "Start Of Care Date", "Value": "09/23/2024"},
                {"Key": "Certification Period", "Value": "From: 09/23/2024 To: 11/21/2024"},
                {
                    "Key": "Patient's Name and Address",
                    "Value": "Ruth Abernathy, 90 Old Mill Rd, Granville, OH 43023",
                },
                {
                    "Key": "Principal Diagnosis",
                    "Value": "L89.153 Pressure ulcer of sacral region, stage 3",
                },
                {"Key": "Provider No.", "Value": "367142"},
            ],
        },
        {
            ("KeyValues[0].Value", "HEALTH_PLAN_ID"),
            ("KeyValues[1].Value", "DATE"),
            ("KeyValues[2].Value", "DATE"),
            ("KeyValues[3].Value", "NAME"),
            ("KeyValues[3].Value", "LOCATION"),
            ("KeyValues[4].Value", "HEALTH"),
        },
        {("DocumentId", "*"), ("KeyValues[5].Value", "*")},
        True,
    ),
    (
        "Community paramedic home visit note (hospital at home): IV furosemide, weights",
        {
            "encounter": "HAH-ENC-004471",
            "unit": "MIH-3",
            "note": (
                "Pt Marlene Ocampo seen at home 10/15 0830. Weight up 2.1 kg since admit, "
                "bilateral crackles, 2+ pitting edema. Furosemide 40 mg IV given. "
                "Daughter Celia at bedside."
            ),
            "author": "Medic K. Dunleavy",
        },
        {("note", "NAME"), ("note", "DATE"), ("note", "HEALTH")},
        {("unit", "*")},
        True,
    ),
    (
        "EVV clock-out with only the client id: GPS, insulin injection visit",
        {
            "VisitKey": "77130942",
            "ClientID": "C-120377",
            "CaregiverID": "E-20412",
            "ServiceName": "Skilled nursing - insulin administration",
            "ClockOutTime": "2024-10-18 18:47:03",
            "ClockOutLat": "39.95804",
            "ClockOutLon": "-83.12231",
            "ClockOutMethod": "Mobile App",
        },
        {
            ("ClientID", "OTHER_ID|MRN"),
            ("ServiceName", "HEALTH"),
            ("ClockOutTime", "DATE"),
            ("ClockOutLat", "LOCATION"),
            ("ClockOutLon", "LOCATION"),
        },
        {("VisitKey", "*"), ("ClockOutMethod", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Sandata-like EVV visit export (CSV): client, caregiver, GPS call-in, tasks": (
        {("Client ID", "ONLINE_ID|OTHER_ID|MRN")},
        {("Client ID", "OTHER_ID|MRN")},
        set(),
        "a ``Client ID`` is read as an analytics client id (ONLINE_ID), an identifier all the "
        "same and redacted alike, as tests/test_senior_care.py and "
        "tests/test_transport_and_social_care.py decided",
    ),
    "HHAeXchange-like visit JSON: clock-in GPS as numbers, duties with a BP reading": (
        set(),
        set(),
        {("visitId", "*")},
        "a visit's id is the patient's record id (``visit id`` is in field_names' OTHER_ID "
        "phrases; an encounter id or a CSN is the patient's, tests/test_ambient_scribe_"
        "dictation.py): the blind must-not was stricter than the project",
    ),
    "Caregiver schedule (AxisCare-like CSV): respite for Alzheimer's, client address": (
        set(),
        {("Shift Date", "DATE")},
        set(),
        "a flat shift clock (``Shift Date``) is the worker's job field (detectors/job_fields.py, "
        "the workforce probe's decision): the visit's date of a home-care schedule is given by "
        "its EVV clock-in, which is read",
    ),
    "Visit type code table (clean): SN, its discipline, revenue code and HCPCS": (
        set(),
        set(),
        {("revenue_code", "*")},
        "a revenue code under its field is read as a PROCEDURE code wherever it stands "
        "(detectors/clinical_codes.py, the clinical-codes probe); the blind must-not meant no "
        "identifier, and the row names no one, so it is no PHI record all the same",
    ),
    "EVV GPS exception report (CSV): clock-in far from the client, wound care visit": (
        set(),
        set(),
        {("Visit ID", "*")},
        "a visit's id is the patient's record id, as for the HHAeXchange row's ``visitId``",
    ),
    "EVV clock-out with only the client id: GPS, insulin injection visit": (
        {("ClientID", "ONLINE_ID|OTHER_ID|MRN")},
        {("ClientID", "OTHER_ID|MRN")},
        set(),
        "a client id is read as an analytics client id, as for the Sandata row's ``Client ID``",
    ),
    "Tellus-like EVV JSON: Medicaid member, agency NPI, HCPCS G0156, start location": (
        set(),
        {("visit.endTime", "DATE")},
        set(),
        "a visit's bare end time adds nothing its start does not give away, and only the "
        "start is read (detectors/appointment_records.py's decision); the start is found",
    ),
}

#: Records the detectors do not read right, each with what stays open and why.
_OPEN: dict[str, tuple[set, str]] = {
    "Courier route summary (clean): a route, its stops, miles and tracking numbers": (
        {("route_start", "DATE")},
        "a timestamp that is a field's whole value is read as a date unless its key or the "
        "chunk's shape says whose clock it is (the clean-exports probe kept bare dates "
        "reported on purpose); a courier route summary has no shape of its own yet, and "
        "``route`` alone is a drug's route of administration as often",
    ),
    "CMS-485 through document AI (Textract-like key/value list)": (
        {("KeyValues[3].Value", "NAME")},
        'under a "Name and Address" label the whole value is one LOCATION that covers the '
        "name in front of the street (a whole address field is one LOCATION, as decided): "
        "the name is redacted with it, but not reported as a NAME of its own",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_home_health_hospital_at_home_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on home health, home infusion and hospital-at-home exports fails here. Before the work,
#: blind: SHAPES 17 misses / 11 false / 13 wrong of 30, HELD_OUT 7 / 2 / 7 of 10.
FLOORS = ShapeTotals(expected=192, misses=1, false=1, wrong=2)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
