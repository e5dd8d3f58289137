"""EMS, ambulance and prehospital care exports.

A blind probe, written by hand before reading the detectors: what an EMS agency's, a fire
department's, an ambulance biller's and a receiving hospital's tools export about
prehospital care. ePCR exports in NEMSIS v3-like element shapes (``eRecord``,
``eResponse``, ``eTimes``, ``ePatient``, ``eSituation``, ``eVitals``, ``eMedications``,
``eProcedures``, ``eDisposition`` as JSON converted from the XML, keys the element
numbers such as ``ePatient.02``), the same data as vendor CSV reports with readable
columns (ImageTrend- and ESO-like: incident and PCR numbers, unit, crew and their
certification levels, chief complaint, primary impression, vitals with their times, GCS,
medications given with dose), CAD incident logs (incident address, cross streets, an MPDS
nature code such as ``10D4 CHEST PAIN``, priority, units, the caller's ANI/ALI), CAD unit
status and AVL rows and premise notes, ambulance billing exports (run number, patient
account, payer, MBI, PCS forms, loaded miles, HCPCS ``A0427``/``A0425``, denials), hospital
pre-notification radio reports and Pulsara-like alerts, community paramedicine and
frequent-user outreach lists, post-overdose quick-response lists, interfacility transfer
requests, cardiac-arrest registry (CARES-like) rows, stroke and STEMI alert logs and the
hospital's outcome feedback to EMS, with the clean rows around them: fire-department EMS
QA dashboards, response-time percentiles by zone, NEMSIS value-code tables, fleet and
crew rosters, station directories, drug-box inventories and ambulance fee schedules.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it names but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An incident address on a medical call is the patient's LOCATION.** Most EMS calls are
  to the patient's home, and the transport probe (tests/test_transport_and_social_care.py)
  already read an ePCR's ``Incident Address`` as LOCATION; so are the ALI address of a 911
  call, the address in a CAD premise note and the street in a narrative ("dispatched to
  5120 Sandy Ln"). Cross streets are left unstated (an intersection near the place). The
  address of a fire call with no patient is left unstated; a station's, a hospital's and
  a unit's AVL position are the agency's: no finding.
- **A CAD nature that names a complaint is health context** ("CHEST PAIN", "BREATHING
  PROBLEMS", "OVERDOSE"), as a triage protocol applied to a caller is
  (tests/test_nurse_lines_poison_control.py); a generic one ("SICK PERSON", "LIFT ASSIST")
  is left unstated, and a fire nature ("STRUCTURE FIRE") is no health. The MPDS code and
  its determinant level (``10D4``, ``26C1``, ``DELTA``, ``09E01``) and a priority are never
  identifiers.
- **Numbers**: a CAD incident number and a NEMSIS response number are the agency's event
  (one call may have many patients): no finding, as the transport probe decided. A patient
  care report number (``eRecord.01``, ``PCR Number``) is the person's record id
  (``OTHER_ID|MRN``), as an encounter id or CSN is (the ADT probe's decision); a cardiac
  arrest registry's case id is too. A billing run number is the response's number printed
  on the patient's claim: left unstated. A patient account is ACCOUNT_NUMBER, a payer's
  claim number the patient's OTHER_ID, a member id or MBI HEALTH_PLAN_ID, an ambulance
  membership number an ACCOUNT_NUMBER (as loyalty numbers are). A request, alert, box,
  seal, premise or lot id is no finding.
- **The agency's own things are never findings**: unit ids (``Medic 12``, ``M12``,
  ``E7``), stations, battalions, beats, zones, shifts, vehicle ids, VINs and plates of the
  fleet (the transport probe's fleet rosters), NEMSIS element names and value codes
  (``2205001``, ``9925007``, ``4212033``), a crew member's certification level
  (``Paramedic``, ``EMT``: a job, as the workforce probe decided), agency numbers, loaded
  miles, charges, rates, counts, percentiles and QA compliance figures.
- **People**: the patient, the caller (a relative reached at that number identifies the
  record, as the nurse-line probe decided) and a relative named in a narrative are
  reported. A medic, a community paramedic, a certifying physician and a narrative's author
  are clinicians, reported as the project reports clinicians (NAME; a state certification
  number LICENSE_NUMBER, an employee id OTHER_ID); a crew roster is identified, not PHI.
- **Health**: a chief complaint, a primary or secondary impression, an ICD-10 code, a
  medication given, a procedure, a cardiac rhythm, a stroke scale or NIHSS, a medical
  necessity statement, a HCPCS ambulance code on a patient's claim, a STEMI or stroke
  alert on a patient, a premise note's "home oxygen" and vitals under their measure's field
  (SBP, SpO2, GCS total, glucose, BP) are HEALTH, as readings are (earlier rounds). A level
  of service (``ALS``, ``BLS``, ``CCT``) alone is left unstated (the transport probe's
  decision); a patient's age under 90 and a weight are no findings; over 89 is
  AGE_OVER_89. Being on a frequent-user list with call counts but no condition is no
  health (as a check-in with no reason is not).
- **Dates**: a patient's date of birth, the date of service or incident on a patient's
  record, the time the EMS crew reached the patient (``eTimes.07``), vitals' and
  medications' times, a stroke's last-known-well, a first medical contact, an overdose's
  date, an arrest's date, admission and discharge, a requested transfer pickup and a
  scheduled home visit are DATE. Dispatch clocks (PSAP call, unit notified, call
  received) on a call record and an alert's creation time are left unstated; system
  clocks (export, status, cleared, checked, an outcome's send time), a fee schedule's
  effective date, a lot's expiry and report periods are not a person's.

After reading the detectors no blind expectation was changed and none was stricter than
an earlier decision (:data:`_DECIDED` is empty). What the work built: NEMSIS v3 element ids
read under their names (``ePatient.02`` as ``patient_last_name``, ``eSituation.11`` as
``primary_impression``, ``eVitals.23`` as ``gcs_total``; detectors/nemsis.py, applied by the
flattening as DICOM tags are), a patient care report's number (``PCR Number``,
``eRecord.01``) and a cardiac arrest registry's ``CARES ID`` as the patient's record id,
an ePCR's times of care (EMS at the patient, the transfer of care, first medical contact,
last known well) as DATE, an EMS impression field as a diagnosis field for ICD-10 codes, a
claim's ``Level of Service`` as a procedure-code field (``ALS1 Emergency (A0427)``), GCS,
NIHSS, respiratory rate and EtCO2 as readings under their fields, a ``Household Head`` as a
name, a CAD incident's ``Cleared`` and a drug box's ``Checked`` as the agency's clocks, a
HCPCS code beside a ``rate`` as a fee schedule, a fleet's AVL and a station's coordinates
as no one's, and 21 vocabulary terms (``hypoxia``, ``ROSC``, ``asystole``, ``STEMI
alert``, ``BE-FAST positive``, ``Solu-Medrol``, ``hip fracture``, ``bed confined``...).
Four records are left open (:data:`LEFT_ALONE`): a medication's ``Administered By``, an
AVL row's bare ``vehicle_id``, a narrative author behind ``FF/PM``, a fire station's
directory row.

Figures (misses / false findings / records wrong): SHAPES (31 records, 151 pairs), blind
21 / 3 / 14; after the work 1 / 0 / 1 (in LEFT_ALONE). HELD_OUT (10 records, 17 pairs),
blind before any work 2 / 8 / 4; scored once after the SHAPES work: 1 / 8 / 4; after two
general fixes (a HCPCS code beside a ``rate`` as a fee schedule, a fleet's ``avl`` and a
station's coordinates as a place's): 1 / 5 / 3 (all in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# Every identifier entity of the contract: a must-not with it forbids any identifier in a
# field whose health words may still be read.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|URL|IP_ADDRESS|"
    "BIOMETRIC_ID|ONLINE_ID|HASHED_ID|OTHER_ID"
)

_PAT = "ePatient.ePatient.PatientNameGroup"
_MED = "eMedications.eMedications.MedicationGroup[0]"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "NEMSIS-like ePCR (JSON from the XML): patient, times, complaint, impression, unit",
        {
            "eRecord": {
                "eRecord.01": "PCR-2024-0031877",
                "eRecord.SoftwareApplicationGroup": {
                    "eRecord.02": "ImageTrend",
                    "eRecord.03": "Elite",
                    "eRecord.04": "2024.3.1",
                },
            },
            "eResponse": {
                "eResponse.AgencyGroup": {
                    "eResponse.01": "3904521",
                    "eResponse.02": "Metro Fire EMS",
                },
                "eResponse.03": "24-0098812",
                "eResponse.04": "24-0098812-M12",
                "eResponse.ServiceGroup": {"eResponse.05": "2205001"},
                "eResponse.13": "M12",
                "eResponse.14": "Medic 12",
                "eResponse.23": "2223001",
            },
            "eTimes": {
                "eTimes.01": "2024-10-03T14:02:51-04:00",
                "eTimes.03": "2024-10-03T14:03:40-04:00",
                "eTimes.06": "2024-10-03T14:09:12-04:00",
                "eTimes.07": "2024-10-03T14:10:05-04:00",
                "eTimes.11": "2024-10-03T14:38:44-04:00",
            },
            "ePatient": {
                "ePatient.PatientNameGroup": {"ePatient.02": "Lopez", "ePatient.03": "Maria"},
                "ePatient.05": "2241 Cleveland Ave",
                "ePatient.07": "39049",
                "ePatient.08": "39",
                "ePatient.09": "43211",
                "ePatient.AgeGroup": {"ePatient.15": 58, "ePatient.16": "2516009"},
                "ePatient.17": "1966-04-12",
                "ePatient.18": "614-555-0148",
                "ePatient.25": "9919001",
            },
            "eSituation": {
                "eSituation.PatientComplaintGroup": [
                    {
                        "eSituation.03": "2803001",
                        "eSituation.04": "Chest pain radiating to left arm",
                        "eSituation.05": 45,
                        "eSituation.06": "2806005",
                    }
                ],
                "eSituation.09": "R07.9",
                "eSituation.11": "I21.4",
            },
        },
        {
            ("eRecord.eRecord.01", "OTHER_ID|MRN"),
            (f"{_PAT}.ePatient.02", "NAME"),
            (f"{_PAT}.ePatient.03", "NAME"),
            ("ePatient.ePatient.05", "LOCATION"),
            ("ePatient.ePatient.09", "ZIP_CODE"),
            ("ePatient.ePatient.17", "DATE"),
            ("ePatient.ePatient.18", "PHONE"),
            ("eTimes.eTimes.07", "DATE"),
            ("eSituation.eSituation.PatientComplaintGroup[0].eSituation.04", "HEALTH"),
            ("eSituation.eSituation.11", "HEALTH"),
        },
        {
            ("eRecord.eRecord.SoftwareApplicationGroup.eRecord.04", "*"),
            ("eResponse.eResponse.AgencyGroup.eResponse.01", "*"),
            ("eResponse.eResponse.AgencyGroup.eResponse.02", "*"),
            ("eResponse.eResponse.03", "*"),
            ("eResponse.eResponse.04", "*"),
            ("eResponse.eResponse.ServiceGroup.eResponse.05", "*"),
            ("eResponse.eResponse.13", "*"),
            ("eResponse.eResponse.14", "*"),
            ("eResponse.eResponse.23", "*"),
            ("ePatient.ePatient.AgeGroup.ePatient.15", "*"),
            ("ePatient.ePatient.AgeGroup.ePatient.16", "*"),
            ("ePatient.ePatient.25", "*"),
            ("eSituation.eSituation.PatientComplaintGroup[0].eSituation.03", "*"),
            ("eSituation.eSituation.PatientComplaintGroup[0].eSituation.06", "*"),
        },
        True,
    ),
    (
        "ImageTrend-like ePCR report (CSV): readable columns, crew and their levels",
        {
            "Incident Number": "24-0101544",
            "PCR Number": "20241004-M07-0012",
            "Incident Date": "10/04/2024",
            "Unit": "Medic 7",
            "Shift": "B",
            "Patient Last Name": "Fairbanks",
            "Patient First Name": "Curtis",
            "Patient Age": "71",
            "Patient Age Units": "Years",
            "Patient Gender": "Male",
            "Patient Home Address": "88 Wexford Ct",
            "Patient Home City": "Westerville",
            "Patient Home Zip": "43081",
            "Chief Complaint": "Difficulty breathing",
            "Primary Impression": "Respiratory - COPD exacerbation",
            "Secondary Impression": "Hypoxia",
            "Disposition": "Patient Treated, Transported by this EMS Unit",
            "Destination": "Mount Carmel St. Ann's",
            "Level of Care": "ALS",
            "Crew Member 1": "Reyes, Tom",
            "Crew Member 1 Level": "Paramedic",
            "Crew Member 2": "Oduya, Grace",
            "Crew Member 2 Level": "EMT",
        },
        {
            ("PCR Number", "OTHER_ID|MRN"),
            ("Incident Date", "DATE"),
            ("Patient Last Name", "NAME"),
            ("Patient First Name", "NAME"),
            ("Patient Home Address", "LOCATION"),
            ("Patient Home City", "LOCATION"),
            ("Patient Home Zip", "ZIP_CODE"),
            ("Chief Complaint", "HEALTH"),
            ("Primary Impression", "HEALTH"),
            ("Secondary Impression", "HEALTH"),
            ("Crew Member 1", "NAME"),
            ("Crew Member 2", "NAME"),
        },
        {
            ("Incident Number", "*"),
            ("Unit", "*"),
            ("Shift", "*"),
            ("Patient Age", "*"),
            ("Patient Age Units", "*"),
            ("Patient Gender", "*"),
            ("Crew Member 1 Level", "*"),
            ("Crew Member 2 Level", "*"),
        },
        True,
    ),
    (
        "ESO-like vitals export (JSON): two vital sets with their times, GCS, glucose",
        {
            "pcr_id": "3c9a7e21-5b0d-4f6e-9a13-8d2c4b7f0e55",
            "agency_id": "ESO-AG-0412",
            "unit": "Rescue 3",
            "patient": {"first_name": "Ruth", "last_name": "Ankrah", "dob": "1948-11-02"},
            "vitals": [
                {
                    "taken_at": "2024-10-05T09:14:00-04:00",
                    "sbp": 168,
                    "dbp": 96,
                    "pulse": 112,
                    "resp_rate": 24,
                    "spo2": 89,
                    "etco2": 31,
                    "gcs_eye": 3,
                    "gcs_verbal": 4,
                    "gcs_motor": 6,
                    "gcs_total": 13,
                    "blood_glucose": 342,
                    "pain_scale": 6,
                },
                {
                    "taken_at": "2024-10-05T09:24:00-04:00",
                    "sbp": 154,
                    "dbp": 90,
                    "pulse": 104,
                    "spo2": 94,
                    "gcs_total": 14,
                },
            ],
            "exported_at": "2024-10-06T02:00:00Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("vitals[0].taken_at", "DATE"),
            ("vitals[1].taken_at", "DATE"),
            ("vitals[0].sbp", "HEALTH"),
            ("vitals[0].spo2", "HEALTH"),
            ("vitals[0].gcs_total", "HEALTH"),
            ("vitals[0].blood_glucose", "HEALTH"),
        },
        {("agency_id", "*"), ("unit", "*"), ("exported_at", "*")},
        True,
    ),
    (
        "Medication administration report (CSV): drug, dose, route, time given",
        {
            "PCR Number": "20241005-M03-0004",
            "Patient Name": "Delacroix, Simone",
            "DOB": "07/30/1959",
            "Medication Given": "Nitroglycerin",
            "Dosage": "0.4",
            "Dosage Units": "mg",
            "Route": "Sublingual",
            "Time Given": "10/05/2024 11:42",
            "Response to Medication": "Improved",
            "Administered By": "Paramedic Jared Whitlock",
        },
        {
            ("PCR Number", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Medication Given", "HEALTH"),
            ("Time Given", "DATE"),
            ("Administered By", "NAME"),
        },
        {("Dosage", "*"), ("Dosage Units", "*")},
        True,
    ),
    (
        "CAD incident log (CSV): a chest-pain call, MPDS code, caller ANI, units",
        {
            "Incident #": "CAD24-118204",
            "Call Received": "10/03/2024 14:02:51",
            "Address": "1420 ELM ST APT 3B",
            "City": "COLUMBUS",
            "Cross Streets": "OAK AVE / PINE ST",
            "Nature Code": "10D4",
            "Nature": "CHEST PAIN - CLAMMY",
            "Priority": "1",
            "Determinant": "DELTA",
            "Units": "M12, E7",
            "Beat": "14",
            "Caller Name": "HARRIS, DENISE",
            "Caller Phone": "(614) 555-0173",
            "Disposition": "TRANSPORTED",
        },
        {
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Nature", "HEALTH"),
            ("Caller Name", "NAME"),
            ("Caller Phone", "PHONE"),
        },
        {
            ("Incident #", "*"),
            ("Nature Code", ANY_ID),
            ("Priority", "*"),
            ("Determinant", "*"),
            ("Units", "*"),
            ("Beat", "*"),
            ("Disposition", "*"),
        },
        True,
    ),
    (
        "CAD incident log (CSV): a structure fire, no patient",
        {
            "Incident #": "CAD24-118377",
            "Call Received": "10/03/2024 16:40:02",
            "Address": "3301 Sullivant Ave",
            "Nature Code": "69D6",
            "Nature": "STRUCTURE FIRE - RESIDENTIAL",
            "Priority": "1",
            "Units": "E10, E17, L10, BC2, M10",
            "Alarm Level": "1st Alarm",
            "Cleared": "10/03/2024 18:55:10",
        },
        set(),
        {
            ("Incident #", "*"),
            ("Nature Code", "*"),
            ("Nature", "*"),
            ("Priority", "*"),
            ("Units", "*"),
            ("Alarm Level", "*"),
            ("Cleared", "*"),
        },
        False,
    ),
    (
        "CAD incident (JSON): 26C1 SICK PERSON, call-taker comments, AVL-geocoded location",
        {
            "incident_id": "2024-00098301",
            "nature": "26C1 SICK PERSON",
            "priority": "P2",
            "location": {
                "address": "775 Linwood Ave",
                "apt": "Unit 12",
                "city": "Whitehall",
                "cross_street_1": "E Main St",
                "cross_street_2": "Etna Rd",
                "lat": 39.96712,
                "lon": -82.89103,
            },
            "comments": [
                "CALLER STATES 79 YOF C/O WEAKNESS AND DIZZINESS",
                "HX OF DIABETES, BLOOD SUGAR 45 PER CALLER",
            ],
            "assigned_units": ["M23"],
            "created": "2024-10-04T22:18:09Z",
        },
        {
            ("location.address", "LOCATION"),
            ("comments[0]", "HEALTH"),
            ("comments[1]", "HEALTH"),
        },
        {
            ("incident_id", "*"),
            ("nature", ANY_ID),
            ("priority", "*"),
            ("assigned_units[0]", "*"),
            ("created", "*"),
        },
        True,
    ),
    (
        "CAD unit status and AVL row (clean): a medic unit in quarters",
        {
            "unit": "M12",
            "status": "AVAILABLE IN QUARTERS",
            "station": "Station 12",
            "avl": {"lat": 39.98811, "lon": -83.00421, "speed_mph": 0, "heading": 270},
            "vehicle_id": "2019-FR-0412",
            "status_time": "2024-10-03T15:12:44Z",
            "crew_count": 2,
        },
        set(),
        {
            ("unit", "*"),
            ("status", "*"),
            ("station", "*"),
            ("avl.lat", "*"),
            ("avl.lon", "*"),
            ("vehicle_id", "*"),
            ("status_time", "*"),
            ("crew_count", "*"),
        },
        False,
    ),
    (
        "Ambulance billing export (CSV): run, account, MBI, A0427 with A0425 miles, ICD-10",
        {
            "Run Number": "24-0098812-M12",
            "Patient Account": "PA-00418822",
            "Patient Name": "LOPEZ, MARIA",
            "DOB": "04/12/1966",
            "DOS": "10/03/2024",
            "Primary Payer": "Medicare Part B",
            "MBI": "5KJ2WN8RT34",
            "HCPCS Base": "A0427",
            "HCPCS Mileage": "A0425",
            "Loaded Miles": "11.3",
            "ICD-10 Primary": "I21.4",
            "Pickup ZIP": "43211",
            "PCS Required": "N",
            "Billed Amount": "1,611.95",
            "Status": "Submitted",
        },
        {
            ("Patient Account", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("DOS", "DATE"),
            ("MBI", "HEALTH_PLAN_ID"),
            ("HCPCS Base", "HEALTH"),
            ("ICD-10 Primary", "HEALTH"),
            ("Pickup ZIP", "ZIP_CODE"),
        },
        {
            ("Loaded Miles", "*"),
            ("Billed Amount", "*"),
            ("Primary Payer", "*"),
            ("PCS Required", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "PCS form tracker (CSV): a scheduled dialysis transport, medical necessity, physician",
        {
            "Trip Date": "09/30/2024",
            "Patient": "Abernathy, Clyde",
            "Pickup Facility": "Sunrise Skilled Nursing & Rehab",
            "Destination": "Riverside Dialysis Center",
            "Trip Type": "Scheduled round trip",
            "Medical Necessity": (
                "Bed confined; unable to sit in wheelchair due to stage 4 sacral pressure ulcer"
            ),
            "Level of Service": "BLS non-emergency (A0428)",
            "PCS Received": "Yes",
            "PCS Signed Date": "09/27/2024",
            "Certifying Physician": "Dr. Priya Natarajan",
            "Physician NPI": "1740283910",
        },
        {
            ("Trip Date", "DATE"),
            ("Patient", "NAME"),
            ("Destination", "HEALTH"),
            ("Medical Necessity", "HEALTH"),
            ("Level of Service", "HEALTH"),
            ("PCS Signed Date", "DATE"),
            ("Certifying Physician", "NAME"),
            ("Physician NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("PCS Received", "*"), ("Trip Type", "*")},
        True,
    ),
    (
        "Hospital pre-notification radio report (free text): STEMI, no identifier",
        {
            "report_id": "RR-20241003-0441",
            "channel": "MED 8",
            "from_unit": "Medic 7",
            "to_facility": "Grant Medical Center ED",
            "received": "2024-10-03T14:31:10Z",
            "report": (
                "Medic 7 to Grant, 10 minutes out with a 67 year old male, substernal chest "
                "pain for 45 minutes, diaphoretic. 12-lead shows ST elevation in II, III and "
                "aVF, STEMI alert. Aspirin 324 mg given, nitro times one. BP 148/92, heart "
                "rate 88, sats 95% on room air. Any questions?"
            ),
        },
        {("report", "HEALTH")},
        {
            ("report", ANY_ID),
            ("report_id", "*"),
            ("channel", "*"),
            ("from_unit", "*"),
            ("to_facility", "*"),
            ("received", "*"),
        },
        False,
    ),
    (
        "Hospital pre-notification radio report (free text): a 92-year-old's hip fracture",
        {
            "report_id": "RR-20241004-0112",
            "from_unit": "Medic 3",
            "to_facility": "St. Vincent ED",
            "received": "2024-10-04T08:02:51Z",
            "report": (
                "Medic 3 inbound with a 92 year old female, fall from standing at home, left "
                "hip pain with shortening and external rotation, on Eliquis, no head strike. "
                "Vitals stable, 4 mg Zofran given. ETA 12."
            ),
        },
        {("report", "AGE_OVER_89"), ("report", "HEALTH")},
        {("report_id", "*"), ("from_unit", "*"), ("to_facility", "*"), ("received", "*")},
        True,
    ),
    (
        "Community paramedicine enrolment list (CSV): high utilizer, CHF and COPD",
        {
            "Client Name": "Theodore Blankenship",
            "DOB": "1951-02-19",
            "Address": "412 S Ohio Ave, Columbus, OH 43205",
            "Phone": "614-555-0162",
            "911 Calls (12 mo)": "14",
            "ED Visits (12 mo)": "9",
            "Primary Dx": "CHF; COPD on home O2",
            "Referral Source": "Medic 15 crew",
            "Enrolled": "2024-08-12",
            "Community Paramedic": "Jenna Holt, CP-C",
            "Next Home Visit": "10/09/2024",
        },
        {
            ("Client Name", "NAME"),
            ("DOB", "DATE"),
            ("Address", "LOCATION"),
            ("Phone", "PHONE"),
            ("Primary Dx", "HEALTH"),
            ("Community Paramedic", "NAME"),
            ("Next Home Visit", "DATE"),
        },
        {("911 Calls (12 mo)", "*"), ("ED Visits (12 mo)", "*"), ("Referral Source", "*")},
        True,
    ),
    (
        "Frequent-user outreach list (CSV): call counts and outreach status, no condition",
        {
            "Rank": "3",
            "Name": "Darnell Whitacre",
            "Address": "1088 Parsons Ave Apt 2",
            "Calls 90d": "11",
            "Last Call": "2024-09-29",
            "Outreach Status": "Left voicemail",
            "Assigned CP": "Holt",
        },
        {("Name", "NAME"), ("Address", "LOCATION")},
        {("Rank", "*"), ("Calls 90d", "*"), ("Outreach Status", "*")},
        False,
    ),
    (
        "Community paramedic home visit (JSON): vitals, medication review, note",
        {
            "visit": {
                "id": "CPV-0008812",
                "date": "2024-10-02",
                "type": "Post-discharge home visit",
            },
            "patient": {
                "name": "Theodore Blankenship",
                "mrn": "CP-004417",
                "phone": "614-555-0162",
            },
            "vitals": {"bp": "152/88", "hr": 92, "spo2": "91%", "weight_lb": 231.4},
            "meds_reviewed": [
                "furosemide 40 mg daily",
                "lisinopril 10 mg",
                "albuterol inhaler PRN",
            ],
            "note": (
                "Weight up 4 lb since Monday, 2+ pitting edema both ankles. Called Dr. "
                "Kessler's office, lasix increased to 40 mg BID."
            ),
            "paramedic": "Jenna Holt",
        },
        {
            ("visit.date", "DATE"),
            ("patient.name", "NAME"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("patient.phone", "PHONE"),
            ("vitals.bp", "HEALTH"),
            ("meds_reviewed[0]", "HEALTH"),
            ("note", "HEALTH"),
            ("paramedic", "NAME"),
        },
        {("vitals.weight_lb", "*"), ("vitals.hr", ANY_ID)},
        True,
    ),
    (
        "Fire department EMS QA dashboard (clean): a station's month, percentiles, ROSC",
        {
            "Station": "Station 4",
            "Battalion": "BN 2",
            "Month": "2024-09",
            "EMS Incidents": "412",
            "Transports": "288",
            "90th Pctl Response (mm:ss)": "08:42",
            "Median Turnout (s)": "62",
            "Cardiac Arrests": "6",
            "ROSC %": "33.3",
            "Chest Pain w/ 12-lead <10 min %": "91.0",
        },
        set(),
        {
            ("Station", "*"),
            ("Battalion", "*"),
            ("Month", "*"),
            ("EMS Incidents", "*"),
            ("Transports", "*"),
            ("90th Pctl Response (mm:ss)", "*"),
            ("Median Turnout (s)", "*"),
            ("Cardiac Arrests", "*"),
            ("ROSC %", "*"),
            ("Chest Pain w/ 12-lead <10 min %", "*"),
        },
        False,
    ),
    (
        "EMS QA protocol compliance by unit (clean): crew level, protocol, percentages",
        {
            "Unit": "M12",
            "Shift": "B",
            "Crew Cert Level": "Paramedic",
            "Protocol": "Chest Pain / ACS",
            "Runs Reviewed": "38",
            "Aspirin Given %": "97",
            "12-Lead <10 min %": "89",
            "Reviewer": "EMS QA Coordinator",
            "Review Period": "2024-Q3",
        },
        set(),
        {
            ("Unit", "*"),
            ("Shift", "*"),
            ("Crew Cert Level", "*"),
            ("Protocol", ANY_ID),
            ("Runs Reviewed", "*"),
            ("Aspirin Given %", "*"),
            ("12-Lead <10 min %", "*"),
            ("Reviewer", "*"),
            ("Review Period", "*"),
        },
        False,
    ),
    (
        "STEMI alert log (CSV): EMS activation, first medical contact, door-to-balloon",
        {
            "Alert Time": "10/03/2024 14:31",
            "Patient": "HOLLOWAY, DEAN",
            "MRN": "E1048822",
            "Age": "58",
            "Arrival Mode": "EMS - Medic 12",
            "FMC Time": "10/03/2024 14:10",
            "Door Time": "14:41",
            "Balloon Time": "15:39",
            "D2B (min)": "58",
            "FMC2B (min)": "89",
            "Culprit Vessel": "RCA",
            "Final Dx": "Inferior STEMI",
            "Cath Lab Activated By": "EMS",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("FMC Time", "DATE"),
            ("Final Dx", "HEALTH"),
        },
        {
            ("Age", "*"),
            ("Arrival Mode", ANY_ID),
            ("D2B (min)", "*"),
            ("FMC2B (min)", "*"),
            ("Cath Lab Activated By", "*"),
        },
        True,
    ),
    (
        "Stroke alert log (JSON): last known well, EMS stroke scale, NIHSS, thrombolytic",
        {
            "alert_id": "SA-24-0417",
            "patient": {
                "first": "Bernadette",
                "last": "Quinlan",
                "dob": "1944-06-30",
                "mrn": "M00992817",
            },
            "lkw": "2024-10-06T07:45:00-04:00",
            "ems": {
                "agency": "Franklin Twp Fire",
                "unit": "Medic 91",
                "prenotified": True,
                "bgl": 118,
                "scale": "BE-FAST positive (face, arm)",
                "lams": 4,
            },
            "nihss": 14,
            "lvo": True,
            "tnk_given": "Yes",
            "door_to_needle_min": 38,
        },
        {
            ("patient.first", "NAME"),
            ("patient.last", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.mrn", "MRN"),
            ("lkw", "DATE"),
            ("ems.scale", "HEALTH"),
            ("nihss", "HEALTH"),
        },
        {
            ("alert_id", "*"),
            ("ems.agency", "*"),
            ("ems.unit", "*"),
            ("door_to_needle_min", "*"),
        },
        True,
    ),
    (
        "Stroke programme monthly aggregate (clean): alerts, prenotification, median DTN",
        {
            "Month": "2024-09",
            "Hospital": "Riverside Methodist",
            "Stroke Alerts": "41",
            "EMS Prenotified %": "78",
            "Median DTN (min)": "41",
            "DTN <= 45 min %": "63",
            "tPA/TNK Given": "12",
        },
        set(),
        {
            ("Month", "*"),
            ("Hospital", "*"),
            ("Stroke Alerts", "*"),
            ("EMS Prenotified %", "*"),
            ("Median DTN (min)", "*"),
            ("DTN <= 45 min %", "*"),
            ("tPA/TNK Given", "*"),
        },
        False,
    ),
    (
        "NEMSIS-like ePCR (JSON): naloxone given, procedure, disposition codes",
        {
            "ePatient": {
                "ePatient.PatientNameGroup": {"ePatient.02": "Whitfield", "ePatient.03": "Harold"},
                "ePatient.17": "1949-01-23",
            },
            "eSituation": {"eSituation.11": "T40.2X1A"},
            "eMedications": {
                "eMedications.MedicationGroup": [
                    {
                        "eMedications.01": "2024-10-06T03:22:10-04:00",
                        "eMedications.03": "Naloxone",
                        "eMedications.DosageGroup": {
                            "eMedications.05": 2,
                            "eMedications.06": "3706009",
                        },
                        "eMedications.07": "9927015",
                    }
                ]
            },
            "eProcedures": {
                "eProcedures.ProcedureGroup": [
                    {
                        "eProcedures.01": "2024-10-06T03:25:40-04:00",
                        "eProcedures.03": "392230005",
                        "eProcedures.05": 1,
                        "eProcedures.06": "9923003",
                    }
                ]
            },
            "eDisposition": {
                "eDisposition.01": "Mount Carmel East",
                "eDisposition.02": "MCE",
                "eDisposition.12": "4212033",
            },
        },
        {
            (f"{_PAT}.ePatient.02", "NAME"),
            (f"{_PAT}.ePatient.03", "NAME"),
            ("ePatient.ePatient.17", "DATE"),
            ("eSituation.eSituation.11", "HEALTH"),
            (f"{_MED}.eMedications.01", "DATE"),
            (f"{_MED}.eMedications.03", "HEALTH"),
        },
        {
            (f"{_MED}.eMedications.DosageGroup.eMedications.05", "*"),
            (f"{_MED}.eMedications.DosageGroup.eMedications.06", "*"),
            (f"{_MED}.eMedications.07", "*"),
            ("eProcedures.eProcedures.ProcedureGroup[0].eProcedures.03", ANY_ID),
            ("eProcedures.eProcedures.ProcedureGroup[0].eProcedures.06", "*"),
            ("eDisposition.eDisposition.02", "*"),
            ("eDisposition.eDisposition.12", "*"),
        },
        True,
    ),
    (
        "NEMSIS value-code table row (clean): element, code, display text",
        {
            "element": "eDisposition.12",
            "code": "4212033",
            "display": "Patient Treated, Transported by this EMS Unit",
            "version": "3.4.0",
            "deprecated": "N",
        },
        set(),
        {
            ("element", "*"),
            ("code", "*"),
            ("version", "*"),
            ("deprecated", "*"),
            ("display", ANY_ID),
        },
        False,
    ),
    (
        "Ambulance fleet roster (clean): the agency's units, VINs, plates, odometers",
        {
            "Unit": "Medic 12",
            "Type": "Type III ALS Ambulance",
            "VIN": "1FDXE4FN7LDC31822",
            "Plate": "EMS-4412",
            "Station": "Station 12",
            "Year": "2020",
            "Make": "Ford",
            "Model": "E-450 / Horton",
            "Odometer": "148223",
            "In Service": "2020-06-01",
        },
        set(),
        {
            ("Unit", "*"),
            ("Type", "*"),
            ("VIN", "*"),
            ("Plate", "*"),
            ("Station", "*"),
            ("Odometer", "*"),
            ("In Service", "*"),
        },
        False,
    ),
    (
        "EMS crew roster (CSV): a paramedic, state certification, NREMT, station and shift",
        {
            "Employee": "Marcus Bell",
            "Employee ID": "FD-20417",
            "Cert Level": "Paramedic",
            "State Cert #": "P-118224",
            "Cert Expires": "2026-03-31",
            "Station": "Station 9",
            "Shift": "A",
            "Position": "Medic Officer",
        },
        {
            ("Employee", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("State Cert #", "LICENSE_NUMBER|OTHER_ID"),
        },
        {("Cert Level", "*"), ("Station", "*"), ("Shift", "*"), ("Position", "*")},
        False,
    ),
    (
        "ePCR narrative (CSV): dispatched address, history, a relative on scene, the author",
        {
            "PCR Number": "20241006-E3-0021",
            "Patient Name": "Gutierrez, Alma",
            "Narrative": (
                "Medic 3 dispatched priority 1 to 5120 Sandy Ln for a 34 yo female with "
                "difficulty breathing. On arrival pt found sitting tripod on couch, speaking "
                "2-3 word sentences, audible wheezing. Pt states hx of asthma, ran out of her "
                "albuterol inhaler yesterday. Pt's husband Luis on scene. Administered DuoNeb "
                "x2 and 125 mg Solu-Medrol IV. Transported to Mount Carmel East without "
                "incident."
            ),
            "Narrative Author": "FF/PM Kyle Dempsey",
        },
        {
            ("PCR Number", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("Narrative", "LOCATION"),
            ("Narrative", "HEALTH"),
            ("Narrative", "NAME"),
            ("Narrative Author", "NAME"),
        },
        set(),
        True,
    ),
    (
        "Refusal against medical advice (CSV): a fall, lift assist, the patient's phone",
        {
            "Incident Number": "24-0102233",
            "Incident Date": "10/06/2024",
            "Patient First": "Gerald",
            "Patient Last": "Vance",
            "Patient DOB": "08/14/1939",
            "Patient Phone": "(740) 555-0139",
            "Chief Complaint": "Fall, lift assist",
            "Assessment": "No apparent injury, A&Ox4, GCS 15",
            "Refusal Type": "Refused transport against medical advice",
            "Risks Explained": "Yes",
            "Signature Obtained": "Yes",
        },
        {
            ("Incident Date", "DATE"),
            ("Patient First", "NAME"),
            ("Patient Last", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Chief Complaint", "HEALTH"),
        },
        {("Incident Number", "*"), ("Risks Explained", "*"), ("Signature Obtained", "*")},
        True,
    ),
    (
        "Cardiac arrest registry row (CARES-like CSV): arrest address, rhythm, outcome",
        {
            "CARES ID": "OH-2024-118820",
            "First Name": "Raymond",
            "Last Name": "Petrakis",
            "Age": "64",
            "Date of Arrest": "2024-09-21",
            "Arrest Address": "2960 Morse Rd",
            "Location Type": "Home/Residence",
            "Witnessed Status": "Bystander Witnessed",
            "Who Initiated CPR": "Lay Person Family Member",
            "Initial Rhythm": "Ventricular Fibrillation",
            "AED Applied Prior to EMS": "No",
            "Sustained ROSC": "Yes",
            "Hospital Outcome": "Discharged alive",
        },
        {
            ("CARES ID", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Date of Arrest", "DATE"),
            ("Arrest Address", "LOCATION"),
            ("Initial Rhythm", "HEALTH"),
        },
        {
            ("Age", "*"),
            ("Location Type", "*"),
            ("Witnessed Status", ANY_ID),
            ("Who Initiated CPR", ANY_ID),
            ("AED Applied Prior to EMS", "*"),
        },
        True,
    ),
    (
        "Fire station directory (clean): a station's address, line and units housed",
        {
            "Station": "Fire Station 12",
            "Address": "3240 McCutcheon Rd",
            "City": "Columbus",
            "ZIP": "43230",
            "Non-Emergency Phone": "(614) 555-0112",
            "Units Housed": "E12, M12, L12",
            "Battalion": "3",
        },
        set(),
        {
            ("Station", "*"),
            ("Address", "*"),
            ("City", "*"),
            ("ZIP", "*"),
            ("Non-Emergency Phone", "*"),
            ("Units Housed", "*"),
            ("Battalion", "*"),
        },
        False,
    ),
    (
        "Pulsara-like STEMI alert (JSON): unknown patient, age and sex only",
        {
            "case_id": "9f2e4c1a-77d0-4b3e-8a61-2c5d9e0f1b34",
            "alert": "STEMI",
            "patient": {"name": "Unknown", "age": 71, "sex": "M"},
            "eta_minutes": 9,
            "ems_unit": "Medic 5",
            "receiving_facility": "OhioHealth Riverside Methodist",
            "ecg_uploaded": True,
            "created_at": "2024-10-03T18:22:10Z",
        },
        {("alert", "HEALTH")},
        {
            ("patient.name", "*"),
            ("patient.age", "*"),
            ("eta_minutes", "*"),
            ("ems_unit", "*"),
            ("receiving_facility", "*"),
            ("created_at", "*"),
        },
        False,
    ),
    (
        "Pulsara-like stroke alert (JSON): named patient, DOB, last known well, notes",
        {
            "case_id": "1b7d3e90-4c2a-4f5e-b8d1-6a0e9c3f2d71",
            "alert": "Stroke",
            "patient": {"name": "Eugene Marchetti", "dob": "1952-12-04", "age": 71, "sex": "M"},
            "last_known_well": "2024-10-05T06:30:00-04:00",
            "ems_unit": "Medic 16",
            "notes": "Left sided weakness and facial droop, BGL 132",
            "receiving_facility": "Mount Carmel East",
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("last_known_well", "DATE"),
            ("alert", "HEALTH"),
            ("notes", "HEALTH"),
        },
        {("ems_unit", "*"), ("patient.age", "*")},
        True,
    ),
    (
        "Ambulance billing denial worklist (CSV): claim, run, member id, ALS1 emergency",
        {
            "Claim #": "2024277118204",
            "Run #": "24-0101544",
            "Patient": "Fairbanks, Curtis",
            "DOS": "10/04/2024",
            "Payer": "Anthem BCBS",
            "Member ID": "XKE882041937",
            "Level of Service": "ALS1 Emergency (A0427)",
            "Denial Code": "CO-50",
            "Denial Reason": "Not deemed a medical necessity by the payer",
            "Balance": "1,284.00",
        },
        {
            ("Claim #", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Patient", "NAME"),
            ("DOS", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Level of Service", "HEALTH"),
        },
        {("Payer", "*"), ("Denial Code", "*"), ("Balance", "*")},
        True,
    ),
    (
        "Ambulance fee schedule row (clean): A0427 base rates and A0425 mileage",
        {
            "HCPCS": "A0427",
            "Description": (
                "Ambulance service, advanced life support, emergency transport, level 1 "
                "(ALS1-emergency)"
            ),
            "Urban Base Rate": "522.61",
            "Rural Base Rate": "528.74",
            "Mileage Code": "A0425",
            "Urban Mileage Rate": "8.62",
            "Effective": "2024-01-01",
        },
        set(),
        {
            ("HCPCS", ANY_ID),
            ("Urban Base Rate", "*"),
            ("Rural Base Rate", "*"),
            ("Urban Mileage Rate", "*"),
            ("Effective", "*"),
        },
        False,
    ),
    (
        "ePCR face sheet (JSON): demographics, driver's licence, insurance, no health",
        {
            "patient": {
                "last_name": "Oyelaran",
                "first_name": "Kemi",
                "dob": "1987-03-09",
                "address": {
                    "street": "67 Hawthorne Blvd",
                    "city": "Reynoldsburg",
                    "state": "OH",
                    "zip": "43068",
                },
                "phone": "614-555-0184",
                "drivers_license": "TR448219",
                "dl_state": "OH",
            },
            "guarantor": "Self",
            "insurance": {"payer": "CareSource", "member_id": "106644812"},
        },
        {
            ("patient.last_name", "NAME"),
            ("patient.first_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.address.street", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("patient.phone", "PHONE"),
            ("patient.drivers_license", "LICENSE_NUMBER"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
        },
        {("guarantor", "*"), ("insurance.payer", "*"), ("patient.address.state", "*")},
        False,
    ),
    (
        "Ambulance membership (subscription) enrolment (CSV): a household, no health",
        {
            "Membership #": "AMB-MEM-22817",
            "Household Head": "Gordon Pike",
            "Spouse": "Linda Pike",
            "Address": "14 Orchard Ln, Granville, OH 43023",
            "Phone": "740-555-0121",
            "Plan": "Household - Annual",
            "Fee": "75.00",
            "Paid": "2024-01-15",
        },
        {
            ("Membership #", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Household Head", "NAME"),
            ("Spouse", "NAME"),
            ("Address", "LOCATION"),
            ("Phone", "PHONE"),
        },
        {("Plan", "*"), ("Fee", "*")},
        False,
    ),
    (
        "Post-overdose quick response team list (CSV): fentanyl, naloxone, follow-up visit",
        {
            "Referral Date": "10/06/2024",
            "Name": "Tyler Brandt",
            "Age": "29",
            "Phone": "(614) 555-0196",
            "Address": "1530 Hildreth Ave",
            "OD Date": "10/05/2024",
            "Suspected Substance": "Fentanyl",
            "Naloxone Doses (EMS)": "2",
            "Transported": "Refused",
            "QRT Visit": "10/08/2024",
            "Outcome": "Accepted referral to MAT",
            "Leave-behind Kit": "Yes",
        },
        {
            ("Name", "NAME"),
            ("Phone", "PHONE"),
            ("Address", "LOCATION"),
            ("OD Date", "DATE"),
            ("Suspected Substance", "HEALTH"),
            ("QRT Visit", "DATE"),
        },
        {("Age", "*"), ("Naloxone Doses (EMS)", "*"), ("Leave-behind Kit", "*")},
        True,
    ),
    (
        "Interfacility transfer request (CSV): NSTEMI for cath, heparin drip, isolation",
        {
            "Request ID": "IFT-24-08812",
            "Requested Pickup": "10/07/2024 09:30",
            "Sending Facility": "Grant Medical Center",
            "Sending Unit/Room": "4W-412",
            "Receiving Facility": "Ohio State Ross Heart Hospital",
            "Patient Name": "Abigail Moreno",
            "DOB": "05/22/1955",
            "Weight (lb)": "178",
            "Diagnosis": "NSTEMI, for cardiac cath",
            "Level of Care": "CCT",
            "Drips": "Heparin 1000 units/hr",
            "Isolation": "MRSA - contact",
            "Requested By": "Kara Lindgren RN",
        },
        {
            ("Requested Pickup", "DATE"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Diagnosis", "HEALTH"),
            ("Drips", "HEALTH"),
            ("Isolation", "HEALTH"),
        },
        {
            ("Request ID", "*"),
            ("Sending Unit/Room", "*"),
            ("Weight (lb)", "*"),
            ("Level of Care", ANY_ID),
        },
        True,
    ),
    (
        "911 call record with ProQA-like case entry and transcript: ANI/ALI, arrest",
        {
            "call_id": "911-20241006-00412",
            "ani": "6145550177",
            "ali_address": "2210 Brentnell Ave",
            "call_taker": "ECO 2214",
            "case_entry": {
                "chief_complaint_code": 9,
                "chief_complaint": "Cardiac or respiratory arrest / death",
                "determinant": "09E01",
            },
            "transcript": [
                {
                    "speaker": "caller",
                    "text": "My husband Walter isn't breathing, he just collapsed in the kitchen",
                },
                {
                    "speaker": "call_taker",
                    "text": "Okay, I'm going to tell you how to do CPR. Is he on the floor?",
                },
            ],
        },
        {
            ("ani", "PHONE"),
            ("ali_address", "LOCATION"),
            ("case_entry.chief_complaint", "HEALTH"),
            ("transcript[0].text", "NAME"),
        },
        {
            ("call_id", "*"),
            ("call_taker", "*"),
            ("case_entry.chief_complaint_code", "*"),
            ("case_entry.determinant", ANY_ID),
        },
        True,
    ),
    (
        "CAD premise note (CSV): a bedbound hospice patient on home oxygen at the address",
        {
            "Premise ID": "PRM-0044812",
            "Address": "612 Garden Rd",
            "Apt": "Lot 44",
            "Premise Note": ("BEDBOUND PT ON HOME OXYGEN 4L, HOSPICE PATIENT. KEY IN LOCKBOX 1942"),
            "Added By": "DISP 117",
            "Added": "2023-11-02",
            "Expires": "2025-11-02",
        },
        {("Address", "LOCATION"), ("Premise Note", "HEALTH")},
        {
            ("Premise ID", "*"),
            ("Premise Note", "DATE"),
            ("Added By", "*"),
            ("Added", "*"),
            ("Expires", "*"),
        },
        True,
    ),
    (
        "Controlled-substance drug box check (clean): box, seal, fentanyl count, lot",
        {
            "Box ID": "RX-M12-A",
            "Seal #": "0048812",
            "Unit": "Medic 12",
            "Item": "Fentanyl citrate 100 mcg/2 mL",
            "Qty": "2",
            "Lot": "FN4471A",
            "Expiration": "03/2026",
            "Checked": "2024-10-07T07:02:00Z",
            "Checked By": "badge 2217",
        },
        set(),
        {
            ("Box ID", "*"),
            ("Seal #", "*"),
            ("Unit", "*"),
            ("Item", ANY_ID),
            ("Qty", "*"),
            ("Lot", "*"),
            ("Expiration", "*"),
            ("Checked", "*"),
            ("Checked By", "*"),
        },
        False,
    ),
    (
        "Response-time performance by zone (clean): medians and 90th percentiles",
        {
            "Response Zone": "Z14",
            "First Due": "Station 14",
            "Incidents": "1,204",
            "Median Response": "6:12",
            "90th Percentile": "9:48",
            "% Within 8:59": "86.4",
            "Period": "Jan-Sep 2024",
        },
        set(),
        {
            ("Response Zone", "*"),
            ("First Due", "*"),
            ("Incidents", "*"),
            ("Median Response", "*"),
            ("90th Percentile", "*"),
            ("% Within 8:59", "*"),
            ("Period", "*"),
        },
        False,
    ),
    (
        "Hospital outcome feedback to EMS (JSON): PCR number, MRN, ED diagnosis, admission",
        {
            "pcr_number": "20241006-E3-0021",
            "hospital_mrn": "MCE00488123",
            "patient_last": "Gutierrez",
            "ed_disposition": "Admitted",
            "ed_diagnosis": "J45.901 Asthma with acute exacerbation",
            "admit_date": "2024-10-06",
            "discharge_date": "2024-10-09",
            "outcome_sent_at": "2024-10-10T04:00:00Z",
        },
        {
            ("pcr_number", "OTHER_ID|MRN"),
            ("hospital_mrn", "MRN"),
            ("patient_last", "NAME"),
            ("ed_diagnosis", "HEALTH"),
            ("admit_date", "DATE"),
            ("discharge_date", "DATE"),
        },
        {("outcome_sent_at", "*")},
        True,
    ),
]

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``. None was needed: every blind expectation agreed with an earlier round.
_DECIDED: dict[str, tuple[set, set, set, str]] = {}


_OPEN: dict[str, tuple[set, str]] = {
    "Medication administration report (CSV): drug, dose, route, time given": (
        {("Administered By", "NAME")},
        "``administered_by`` is no field the classifier reads (tests/test_field_names.py "
        "keeps it unclassified: a retail clinic's or a vaccine record's holds initials, a "
        "badge or a system as often as a clinician's name); the row is PHI by the "
        "patient's name, DOB and the drug",
    ),
    "CAD unit status and AVL row (clean): a medic unit in quarters": (
        {("vehicle_id", "VEHICLE_ID")},
        "a bare ``vehicle_id`` is a person's car in telematics and auto-insurance exports "
        "as often as a fleet's unit (the transport probe left a ping's ``vehicle_id`` open "
        "for the same reason); the row's AVL position is the unit's now (geocodes' "
        "``avl``), and nothing else in it is a finding",
    ),
    "ePCR narrative (CSV): dispatched address, history, a relative on scene, the author": (
        {("Narrative Author", "NAME")},
        "``FF/PM Kyle Dempsey``: a fire service's slashed credential before the name fails "
        "the name shape a whole-value NAME needs (a slash is how ``N/A`` and ``TBD/TBA`` "
        "are written), so a field rule for the author would not close it; the row is PHI "
        "by the patient's name, the address and the narrative's health",
    ),
    "Fire station directory (clean): a station's address, line and units housed": (
        {
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Non-Emergency Phone", "PHONE"),
            ("ZIP", "ZIP_CODE"),
        },
        "a listing's bare address, city, ZIP and phone are the organisation's only beside "
        "its opening hours (chunk_profiles.calendar_columns), as the device-resupply "
        "probe's distribution-centre row decided; a fire station keeps no hours, and a "
        "bare address beside a ``Station`` name is a patient's as often (a CAD row's "
        "first-due station)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_ems_prehospital_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records): a change that loses recall or precision on EMS exports fails
#: here. Before the work, blind: SHAPES 21 misses / 3 false / 14 wrong of 31, HELD_OUT
#: 2 / 8 / 4 of 10.
FLOORS = ShapeTotals(expected=168, misses=2, false=5, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
