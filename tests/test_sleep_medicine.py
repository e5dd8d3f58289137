"""Sleep medicine: sleep centres, home sleep tests, PAP compliance, insomnia and narcolepsy.

A blind probe, written by hand before reading the detectors: what a sleep programme's
marketing, intake and patient-engagement teams export. Sleep-centre referral and
scheduling CRMs (in-lab PSG, split night, MSLT, home sleep test), HST device dispatch and
return logs (WatchPAT- and Alice NightOne-like serials), scored study summaries (AHI, RDI,
ODI, SpO2 nadir, sleep efficiency, REM latency), CPAP/APAP compliance exports (AirView-,
Care Orchestrator- and EncoreAnywhere-like: usage hours, days >= 4h, residual AHI, leak,
mask, pressure), insomnia digital-therapeutic and CBT-I app events, Epworth and STOP-BANG
answers, narcolepsy (oxybate REMS-like) programmes, hypoglossal-nerve-stimulator candidate
funnels, DME prior authorisations and 90-day compliance letters, consumer sleep-tracker
syncs; with the clean rows around them: device models, firmware versions, settings
presets, mask size codes, study type codes, interpretation template ids, bed calendars and
compliance rates by clinic.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A scored study's indices are readings: HEALTH.** An AHI, RDI, REI, pAHI, ODI and an
  SpO2 nadir under a field that names them say how the person breathes asleep, as a
  blood pressure under ``systolic`` does (tests/test_wellness_telehealth.py,
  tests/test_device_resupply.py's AHI). Sleep efficiency, REM latency, total sleep time and
  sleep-onset latency are measured too, but alone they are what a consumer tracker also
  counts: neither expected nor forbidden in a study; forbidden in a consumer tracker's sync
  (sleep minutes are activity, as the wellness probe decided).
- **PAP usage**: usage hours, days >= 4h, leak, pressure settings and a compliance flag
  are the therapy's data, neither expected nor forbidden (as the device-resupply probe
  decided); a residual AHI is a reading (HEALTH); the therapy named in words (``CPAP``,
  ``APAP``, ``obstructive sleep apnea``) is health context.
- **A study type is health context** (``Split-night polysomnography``, ``Home sleep apnea
  test``, ``MSLT``, CPT ``95810``) on a person's record; the same codes in a code table, a
  bed calendar or a template list name nobody: found or not, no identifier, not PHI.
- **Screeners**: an Epworth or STOP-BANG total and an Insomnia Severity Index are screener
  totals, HEALTH like PHQ/GAD totals; a yes/no answer to "Do you snore loudly?" tells a
  symptom: HEALTH.
- **A device's serial is DEVICE_ID when the device is a person's**: a CPAP's serial on a
  compliance row, a home sleep test's serial on a dispatch or return naming the patient,
  an implanted stimulator's serial on its registration. Model numbers, firmware versions,
  settings presets (``AutoSet for Her``) and mask size codes are never findings. A serial
  on a stock list that names no person is neither expected nor forbidden.
- **Ids**: a sleep centre's MRN is MRN; a study's accession or study id on a patient's
  result is the person's record id (``OTHER_ID|MRN``, as round ten decided for lab
  accessions); a REMS programme's patient number is OTHER_ID (round fourteen); a payer's
  member id is HEALTH_PLAN_ID; a DTC access code of one prescription is the person's
  (``OTHER_ID``). Template ids, study type codes, prior-auth numbers, carrier tracking
  numbers, order ids, clinic ids and campaign ids are no finding.
- **Dates**: a study night, an appointment, a setup, an implant and a dispatch to the
  patient are the person's (DATE); a birth date is; a compliance window's bounds on a
  patient's letter are. Machine clocks (``synced_at``, ``created_at`` of an event, a
  report's run date) are not.
- **Clinicians' names and NPIs are reported** (the project reports them); a sleep
  centre's own address, fax and phone are not a person's.

After reading the detectors no blind expectation was changed; two must-nots were wider
than decisions already made (:data:`_DECIDED`: a code table's ``MSLT`` may be found as the
test's name, as this docstring and the device-resupply probe say; a flat
``pharmacy_phone`` is read as ever). What the work built: a scored study's other indices as
readings under their fields (``rdi``, ``rei``, ``pahi``, ``odi_4pct``, ``spo2_nadir_pct``,
``last_study_ahi``, ``qualifying_ahi``) and the sleep screeners' totals (Epworth / ``ESS``,
STOP-BANG, the Insomnia Severity Index) in :mod:`detectors.clinical_measures`; a therapy or
a drug the person could not tolerate (``cpap_intolerant``, ``statin_intolerance``) and an
affirmative answer with its reason after it ("Yes - could not tolerate the mask") in
:mod:`detectors.grid_answers`; Fitbit's ``encodedId`` as ONLINE_ID; a bed calendar's
``night`` (and a slot inventory's bare ``date``) as the calendar's day beside a slot column
(:func:`detectors.chunk_profiles.calendar_columns`); and 25 vocabulary terms (``MSLT``,
multiple sleep latency and maintenance of wakefulness tests, split-night study, CPAP
titration, ``APAP``, sleep endoscopy, hypoglossal nerve and upper airway stimulation, oral
appliance therapy, ``CBT-I``, excessive daytime sleepiness, cataplexy, Xyrem, Xywav,
Lumryz, Wakix, Sunosi...). Five records are left open (:data:`LEFT_ALONE`): a bare
``access_code``, ``study_type`` = "HST", ``recorded_on``, ``events_per_hour`` and a sleep
study's bare ``study_id``, each a key that means something else as often.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 11 / 1 / 9;
after the work 1 / 1 / 2 as written, 1 / 0 / 1 with the decisions (the one left open).
HELD_OUT (10 records), blind before any work 9 / 1 / 8; scored once after the work on
SHAPES: 4 / 1 / 5; with the decision on ``pharmacy_phone`` 4 / 0 / 4, all four in
LEFT_ALONE (nothing there generalised: each is a bare key read elsewhere otherwise).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Sleep-centre referral intake (CSV): snoring, witnessed apneas, referring NPI",
        {
            "Referral ID": "RF-2024-08812",
            "Patient First Name": "Dolores",
            "Patient Last Name": "Havlicek",
            "DOB": "06/14/1967",
            "Cell Phone": "(502) 555-0143",
            "Reason for Referral": "Loud snoring, witnessed apneas, excessive daytime sleepiness",
            "Requested Study": "In-lab PSG",
            "Referring Provider": "Anand Raghunathan, MD",
            "Referring NPI": "1386724519",
            "Referring Fax": "(502) 555-0190",
            "Received": "2024-09-03",
        },
        {
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("DOB", "DATE"),
            ("Cell Phone", "PHONE"),
            ("Reason for Referral", "HEALTH"),
            ("Referring Provider", "NAME"),
            ("Referring NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Referral ID", "*")},
        True,
    ),
    (
        "Sleep-lab scheduling JSON: a split-night study booked, CPT code, bed",
        {
            "appointment": {
                "id": "apt_7f3c91",
                "type": "SPLIT_NIGHT",
                "description": "Split-night polysomnography with CPAP titration",
                "cpt": "95811",
                "start": "2024-10-15T20:30:00-05:00",
                "bed": "Bed 4",
                "location_id": "LOC-RIV-02",
            },
            "patient": {
                "mrn": "00718834",
                "name": "Terrence Abernathy",
                "phone": "+15025550172",
            },
            "created_at": "2024-10-01T14:02:11Z",
        },
        {
            ("appointment.description", "HEALTH"),
            ("appointment.start", "DATE"),
            ("patient.mrn", "MRN"),
            ("patient.name", "NAME"),
            ("patient.phone", "PHONE"),
        },
        {
            ("appointment.bed", "*"),
            ("appointment.location_id", "*"),
            ("appointment.type", "DATE"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Home sleep test dispatch log: WatchPAT-like serial shipped to the patient",
        {
            "Dispatch #": "HST-DSP-44918",
            "Patient": "Rosalind Ekwueme",
            "MRN": "MR2298471",
            "Ship To": "4410 Brownsboro Rd, Louisville, KY 40207",
            "Test": "Home sleep apnea test (WatchPAT ONE)",
            "Device Serial": "WP1-0038815527",
            "Ship Date": "2024-09-26",
            "Carrier Tracking": "1Z9X44W80342199817",
            "Return Due": "2024-10-03",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("Ship To", "LOCATION"),
            ("Test", "HEALTH"),
            ("Device Serial", "DEVICE_ID"),
        },
        {("Dispatch #", "*"), ("Carrier Tracking", "*")},
        True,
    ),
    (
        "Home sleep test return log: Alice NightOne-like device back, study uploaded",
        {
            "device_serial": "NO1-2271-55093",
            "device_model": "NightOne",
            "patient_id": "SLP-0041177",
            "study_type": "HST",
            "returned_on": "2024-10-04",
            "condition": "OK - cleaned",
            "study_uploaded": True,
            "recording_hours": 7.4,
            "sensor_kit_lot": "LOT 24A118",
        },
        {
            ("device_serial", "DEVICE_ID"),
            ("patient_id", "OTHER_ID|MRN"),
            ("study_type", "HEALTH"),
        },
        {("device_model", "*"), ("condition", "*"), ("sensor_kit_lot", "*")},
        True,
    ),
    (
        "Scored PSG summary (JSON): AHI, RDI, ODI, nadir, efficiency, interpreter",
        {
            "study": {
                "accession": "PSG24-003381",
                "type": "Diagnostic polysomnography",
                "study_date": "2024-09-12",
            },
            "patient": {"mrn": "00718834", "dob": "1971-02-08"},
            "indices": {
                "ahi": 32.4,
                "rdi": 38.1,
                "odi_4pct": 27.9,
                "spo2_nadir_pct": 78,
                "sleep_efficiency_pct": 71.3,
                "rem_latency_min": 142,
            },
            "impression": "Severe obstructive sleep apnea with REM predominance.",
            "interpreting_physician": "Miriam Castellanos, MD",
            "template_id": "INT-PSG-ADULT-v3",
        },
        {
            ("study.accession", "OTHER_ID|MRN"),
            ("study.type", "HEALTH"),
            ("study.study_date", "DATE"),
            ("patient.mrn", "MRN"),
            ("patient.dob", "DATE"),
            ("indices.ahi", "HEALTH"),
            ("indices.rdi", "HEALTH"),
            ("indices.odi_4pct", "HEALTH"),
            ("indices.spo2_nadir_pct", "HEALTH"),
            ("impression", "HEALTH"),
            ("interpreting_physician", "NAME"),
        },
        {("template_id", "*")},
        True,
    ),
    (
        "Interpretation template library row (clean): template id and boilerplate",
        {
            "template_id": "INT-HST-SEV-v2",
            "title": "HST - severe OSA",
            "body": (
                "Findings are consistent with severe obstructive sleep apnea. Recommend "
                "APAP 5-15 cmH2O and follow-up in 31-90 days."
            ),
            "version": "2.3",
            "updated": "2024-03-18",
        },
        {("body", "HEALTH")},
        {("template_id", "*"), ("version", "*"), ("updated", "*")},
        False,
    ),
    (
        "AirView-like compliance export (CSV): usage, days over 4h, residual AHI, mask",
        {
            "Patient ID": "AV-55812094",
            "Patient Name": "Whitlock, Bernard",
            "Date of Birth": "11/30/1958",
            "Device": "AirSense 11 AutoSet",
            "Serial Number": "23172290451",
            "Setup Date": "08/06/2024",
            "Usage Hours (avg)": "5.8",
            "Days >= 4h": "24 of 30",
            "AHI": "2.9",
            "Leak 95th": "12.4 L/min",
            "Mask": "AirFit N30i, Medium",
            "Pressure": "Min 6 / Max 15 cmH2O",
            "Compliance Status": "Compliant",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Serial Number", "DEVICE_ID"),
            ("Setup Date", "DATE"),
            ("AHI", "HEALTH"),
        },
        {("Device", "*"), ("Mask", "DEVICE_ID")},
        True,
    ),
    (
        "EncoreAnywhere-like JSON: 90-day compliance of an APAP patient",
        {
            "patientKey": "EA-1187263",
            "demographics": {
                "firstName": "Yolanda",
                "lastName": "Prewitt",
                "birthDate": "1962-12-19",
            },
            "prescription": {"mode": "APAP", "minPressure": 5, "maxPressure": 14},
            "device": {"serial": "J2201188463DA", "modelNumber": "DSX500T11"},
            "compliance": {
                "windowStart": "2024-06-01",
                "windowEnd": "2024-08-29",
                "daysOver4h": 68,
                "percentDaysOver4h": 75.6,
                "residualAhi": 4.1,
                "met": True,
            },
        },
        {
            ("patientKey", "OTHER_ID|MRN"),
            ("demographics.firstName", "NAME"),
            ("demographics.lastName", "NAME"),
            ("demographics.birthDate", "DATE"),
            ("prescription.mode", "HEALTH"),
            ("device.serial", "DEVICE_ID"),
            ("compliance.residualAhi", "HEALTH"),
        },
        {("device.modelNumber", "*")},
        True,
    ),
    (
        "Compliance rates by clinic (clean aggregate): patients, rate, average usage",
        {
            "Clinic": "Riverbend Sleep Center - East",
            "Clinic ID": "CL-0042",
            "Active Patients": "412",
            "90-Day Compliance Rate": "78.2%",
            "Avg Usage (hrs)": "5.9",
            "Avg Residual AHI": "3.1",
            "Report Month": "2024-09",
        },
        set(),
        {
            ("Clinic ID", "*"),
            ("Active Patients", "*"),
            ("90-Day Compliance Rate", "*"),
            ("Avg Usage (hrs)", "*"),
            ("Report Month", "*"),
        },
        False,
    ),
    (
        "CBT-I app event (Mixpanel-like): sleep diary entry with insomnia severity",
        {
            "event": "sleep_diary_submitted",
            "properties": {
                "distinct_id": "usr_4c81d0a9e2",
                "$email": "m.fairbanks@icloud.com",
                "program": "CBT-I for chronic insomnia",
                "week": 3,
                "sleep_onset_latency_min": 45,
                "wake_after_sleep_onset_min": 70,
                "isi_score": 19,
                "time": 1727942400,
                "$app_version_string": "4.2.1",
            },
        },
        {
            ("properties.distinct_id", "ONLINE_ID|OTHER_ID"),
            ("properties.$email", "EMAIL"),
            ("properties.program", "HEALTH"),
            ("properties.isi_score", "HEALTH"),
        },
        {("properties.week", "*"), ("properties.$app_version_string", "*")},
        True,
    ),
    (
        "Prescription digital therapeutic activation: access code, prescriber, insomnia",
        {
            "activation_id": "act_0193ff2c",
            "patient_email": "jbrandvold@gmail.com",
            "patient_dob": "1984-07-02",
            "access_code": "SMR-7HQ4-K2PX",
            "indication": "Chronic insomnia (F51.01)",
            "prescriber_name": "Dr. Helen Okoro",
            "activated_at": "2024-09-09T18:42:00Z",
        },
        {
            ("patient_email", "EMAIL"),
            ("patient_dob", "DATE"),
            ("access_code", "OTHER_ID"),
            ("indication", "HEALTH"),
            ("prescriber_name", "NAME"),
        },
        {("activation_id", "*")},
        True,
    ),
    (
        "Epworth Sleepiness Scale answers (Typeform-like): items, total, email",
        {
            "form_id": "ESSv2k9",
            "response_id": "r_8b1e6d3f2a",
            "hidden": {"email": "carlos.mendes77@gmail.com"},
            "answers": [
                {"field": "Sitting and reading", "choice": "2 - moderate chance of dozing"},
                {"field": "Watching TV", "choice": "3 - high chance of dozing"},
                {"field": "In a car, while stopped for a few minutes in traffic", "choice": "1"},
            ],
            "epworth_total": 16,
            "submitted_at": "2024-10-02T12:10:33Z",
        },
        {("hidden.email", "EMAIL"), ("epworth_total", "HEALTH")},
        {("form_id", "*"), ("submitted_at", "*")},
        True,
    ),
    (
        "STOP-BANG screener lead (web form): answers, score, name and phone",
        {
            "full_name": "Marcus Delacroix",
            "phone": "859-555-0116",
            "zip": "40502",
            "q_snore_loudly": "Yes",
            "q_tired_daytime": "Yes",
            "q_observed_stop_breathing": "Yes",
            "q_high_blood_pressure": "Yes",
            "bmi_over_35": "No",
            "neck_circumference_in": "17.5",
            "stop_bang_score": 6,
            "risk_band": "High risk of obstructive sleep apnea",
            "utm_source": "facebook",
        },
        {
            ("full_name", "NAME"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("stop_bang_score", "HEALTH"),
            ("risk_band", "HEALTH"),
        },
        {("utm_source", "*")},
        True,
    ),
    (
        "Anonymous STOP-BANG screener result (health, no identifier)",
        {
            "screener": "STOP-BANG",
            "answers": "S:Y T:Y O:N P:Y B:N A:Y N:N G:Y",
            "score": 5,
            "result": "High risk for obstructive sleep apnea",
            "cta_clicked": "Book a home sleep test",
        },
        {("result", "HEALTH")},
        {("score", "*"), ("answers", "*")},
        False,
    ),
    (
        "Narcolepsy oxybate REMS-like enrollment: patient number, diagnosis, drug",
        {
            "REMS Patient ID": "XWP-0088412",
            "Patient Name": "Priya Venkataraman",
            "Date of Birth": "03/22/1996",
            "Diagnosis": "Narcolepsy type 1 (with cataplexy)",
            "Medication": "Xywav oral solution",
            "Prescriber": "Gerald Fonseca, MD",
            "Prescriber NPI": "1952408871",
            "Certified Pharmacy": "Central Certified Pharmacy",
            "Enrollment Date": "2024-08-15",
        },
        {
            ("REMS Patient ID", "OTHER_ID"),
            ("Patient Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Diagnosis", "HEALTH"),
            ("Medication", "HEALTH"),
            ("Prescriber", "NAME"),
            ("Prescriber NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Certified Pharmacy", "*")},
        True,
    ),
    (
        "Oxybate shipment from the central pharmacy: Rx number, phone, sodium oxybate",
        {
            "rx_number": "RX-6601284",
            "patient_phone": "(317) 555-0138",
            "product": "Sodium oxybate 0.5 g/mL oral solution, 180 mL x2",
            "delivery_date": "2024-10-08",
            "signature_required": "Y",
            "tracking_number": "781234561290",
            "pharmacy_phone": "(866) 555-0100",
        },
        {
            ("rx_number", "OTHER_ID|ACCOUNT_NUMBER"),
            ("patient_phone", "PHONE"),
            ("product", "HEALTH"),
            ("delivery_date", "DATE"),
        },
        {("tracking_number", "*"), ("pharmacy_phone", "*"), ("signature_required", "*")},
        True,
    ),
    (
        "Hypoglossal nerve stimulator candidate lead: CPAP intolerance, last AHI",
        {
            "lead_id": "00Q5e00001XyZ7kEAF",
            "first_name": "Bradley",
            "last_name": "Szymanski",
            "email": "bszymanski@outlook.com",
            "mobile": "+1 (614) 555-0161",
            "cpap_intolerant": "Yes - could not tolerate mask",
            "last_study_ahi": 38,
            "bmi": 29.4,
            "utm_campaign": "upper_airway_stim_candidates_q4",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("mobile", "PHONE"),
            ("cpap_intolerant", "HEALTH"),
            ("last_study_ahi", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Implant candidate DISE booking: drug-induced sleep endoscopy, surgeon",
        {
            "MRN": "E4418207",
            "Patient": "Okafor, Chidinma",
            "Procedure": "Drug-induced sleep endoscopy (DISE)",
            "Procedure Date": "11/12/2024",
            "Surgeon": "Dr. Paul Lindqvist",
            "OR Room": "OR 7",
            "Case ID": "CASE-2024-33817",
        },
        {
            ("MRN", "MRN"),
            ("Patient", "NAME"),
            ("Procedure", "HEALTH"),
            ("Procedure Date", "DATE"),
            ("Surgeon", "NAME"),
        },
        {("OR Room", "*")},
        True,
    ),
    (
        "Implanted stimulator registration: generator serial, implant date, model number",
        {
            "registration": {
                "patient_first_name": "Leonard",
                "patient_last_name": "Quigley",
                "implant_date": "2024-07-30",
                "ipg_serial_number": "IPG-3024-118874",
                "ipg_model": "3028",
                "sensing_lead_model": "4340",
                "implanting_physician": "Dr. Naomi Feld",
                "indication": "Moderate to severe obstructive sleep apnea",
            }
        },
        {
            ("registration.patient_first_name", "NAME"),
            ("registration.patient_last_name", "NAME"),
            ("registration.implant_date", "DATE"),
            ("registration.ipg_serial_number", "DEVICE_ID"),
            ("registration.implanting_physician", "NAME"),
            ("registration.indication", "HEALTH"),
        },
        {("registration.ipg_model", "*"), ("registration.sensing_lead_model", "*")},
        True,
    ),
    (
        "Consumer sleep-tracker sync (Oura-like daily sleep): activity, no health",
        {
            "user_id": "a81f2c77-90d4-4b1e-8c55-2f6e01b9d3aa",
            "day": "2024-10-06",
            "total_sleep_duration": 26880,
            "efficiency": 88,
            "deep_sleep_duration": 5400,
            "rem_sleep_duration": 6120,
            "latency": 780,
            "score": 82,
            "synced_at": "2024-10-06T07:12:44Z",
        },
        {("user_id", "ONLINE_ID|OTHER_ID")},
        {
            ("total_sleep_duration", "*"),
            ("efficiency", "*"),
            ("deep_sleep_duration", "*"),
            ("rem_sleep_duration", "*"),
            ("latency", "*"),
            ("score", "*"),
            ("synced_at", "*"),
        },
        False,
    ),
    (
        "DME prior authorisation for a CPAP: member id, E0601, G47.33, AHI",
        {
            "auth_number": "PA-2410-55817",
            "member_id": "YRB884117392",
            "member_name": "LANGSTON, ERIC",
            "member_dob": "1959-05-17",
            "hcpcs": "E0601",
            "dx_code": "G47.33",
            "qualifying_ahi": "22.6",
            "decision": "APPROVED",
            "payer": "Anthem",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("member_name", "NAME"),
            ("member_dob", "DATE"),
            ("hcpcs", "HEALTH"),
            ("dx_code", "HEALTH"),
            ("qualifying_ahi", "HEALTH"),
        },
        {("auth_number", "*"), ("decision", "*"), ("payer", "*")},
        True,
    ),
    (
        "90-day compliance letter merge row: patient address, window, Medicare rule",
        {
            "LetterID": "LTR-90D-118204",
            "PatientFullName": "Gwendolyn Achterberg",
            "AddressLine1": "718 Cherokee Pkwy",
            "City": "Louisville",
            "State": "KY",
            "Zip": "40204",
            "ComplianceStart": "07/01/2024",
            "ComplianceEnd": "09/28/2024",
            "ResultText": (
                "You used your CPAP at least 4 hours per night on 78% of nights and have met "
                "the Medicare compliance requirement."
            ),
            "PhysicianName": "Samuel Oyelaran, DO",
        },
        {
            ("PatientFullName", "NAME"),
            ("AddressLine1", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("ComplianceStart", "DATE"),
            ("ResultText", "HEALTH"),
            ("PhysicianName", "NAME"),
        },
        {("LetterID", "*"), ("State", "*")},
        True,
    ),
    (
        "Fitbit-like sleep log API: stages in minutes, encoded user id",
        {
            "encodedId": "7QK9XZ",
            "sleep": [
                {
                    "dateOfSleep": "2024-10-05",
                    "duration": 27240000,
                    "efficiency": 91,
                    "logId": 44818273645,
                    "levels": {"summary": {"deep": {"minutes": 82}, "rem": {"minutes": 101}}},
                }
            ],
        },
        {("encodedId", "ONLINE_ID|OTHER_ID")},
        {
            ("sleep[0].duration", "*"),
            ("sleep[0].efficiency", "*"),
            ("sleep[0].logId", "*"),
            ("sleep[0].levels.summary.deep.minutes", "*"),
            ("sleep[0].levels.summary.rem.minutes", "*"),
        },
        False,
    ),
    (
        "Sleep tracker snoring and breathing alert (app event): email, snoring detected",
        {
            "event_name": "breathing_disturbance_alert",
            "user_email": "tamsin.oduya@gmail.com",
            "alert": "Frequent snoring and breathing disturbances detected on 5 of 7 nights",
            "recommendation": "Talk to your doctor about a sleep apnea test",
            "sent_at": "2024-10-07T08:00:00Z",
        },
        {("user_email", "EMAIL"), ("alert", "HEALTH")},
        {("sent_at", "*")},
        True,
    ),
    (
        "PAP device catalog (clean): models, model numbers, firmware, presets",
        {
            "model": "AirSense 11 AutoSet",
            "model_number": "39000",
            "firmware": "SX585-0310",
            "presets": "AutoSet; AutoSet for Her; CPAP",
            "humidifier": "HumidAir 11",
            "hcpcs": "E0601",
            "list_price": "1149.00",
        },
        set(),
        {
            ("model", "*"),
            ("model_number", "*"),
            ("firmware", "*"),
            ("list_price", "*"),
            ("humidifier", "*"),
        },
        False,
    ),
    (
        "Mask size code table (clean): part numbers and size codes",
        {
            "mask_family": "AirFit F30",
            "part_number": "64100",
            "size_code": "M",
            "cushion_part": "64107",
            "frame_size": "S/M/L",
            "fit_pack": "No",
        },
        set(),
        {
            ("mask_family", "*"),
            ("part_number", "*"),
            ("size_code", "*"),
            ("cushion_part", "*"),
            ("frame_size", "*"),
        },
        False,
    ),
    (
        "Study type code table (clean): codes, CPT and descriptions",
        {
            "study_code": "MSLT",
            "cpt": "95805",
            "description": "Multiple sleep latency test",
            "duration_hours": "8",
            "beds_required": "1",
            "active": "true",
        },
        set(),
        {
            ("study_code", "*"),
            ("cpt", "DATE|ZIP_CODE|OTHER_ID|PHONE"),
            ("duration_hours", "*"),
            ("beds_required", "*"),
        },
        False,
    ),
    (
        "Interpretation queue row: a study awaiting reading, physician and template",
        {
            "queue_item": "IQ-2024-88123",
            "study_accession": "HST24-010448",
            "patient_mrn": "00822190",
            "study_type": "Home sleep apnea test",
            "recorded_on": "2024-10-03",
            "assigned_reader": "Dr. Miriam Castellanos",
            "template_id": "INT-HST-ADULT-v4",
            "priority": "routine",
        },
        {
            ("study_accession", "OTHER_ID|MRN"),
            ("patient_mrn", "MRN"),
            ("study_type", "HEALTH"),
            ("recorded_on", "DATE"),
            ("assigned_reader", "NAME"),
        },
        {("queue_item", "*"), ("template_id", "*"), ("priority", "*")},
        True,
    ),
    (
        "Sleep-study reminder SMS (Twilio-like log): overnight study, bring the mask",
        {
            "sid": "SM0c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f",
            "to": "+15025550188",
            "from": "+15025550100",
            "body": (
                "Riverbend Sleep Center: reminder of your overnight sleep study on Tue 10/15 "
                "at 8:30 PM. Bring your CPAP mask if you have one. Reply C to confirm."
            ),
            "status": "delivered",
            "date_sent": "Mon, 14 Oct 2024 15:00:02 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "DATE")},
        {("sid", "*"), ("status", "*")},
        True,
    ),
    (
        "MSLT result row: mean sleep latency, SOREMPs, narcolepsy suspected",
        {
            "Patient Name": "Jonah Wexler",
            "MRN": "00911452",
            "Test": "MSLT",
            "Test Date": "09/19/2024",
            "Mean Sleep Latency (min)": "4.2",
            "SOREMPs": "3 of 5",
            "Impression": "Findings support narcolepsy",
            "Nap 1 Start": "08:00",
        },
        {
            ("Patient Name", "NAME"),
            ("MRN", "MRN"),
            ("Test", "HEALTH"),
            ("Test Date", "DATE"),
            ("Impression", "HEALTH"),
        },
        {("Nap 1 Start", "*")},
        True,
    ),
    (
        "Insomnia app push log (OneSignal-like): wind-down reminder, no health",
        {
            "notification_id": "b98881cc-1e94-4366-bbd9-db8f3429292b",
            "external_user_id": "cbti_user_55120",
            "player_id": "2a1e7f3c-6d0b-4c59-8a94-7f1e2b3d4c5e",
            "headings": {"en": "Wind-down time"},
            "contents": {"en": "Your sleep window tonight starts at 11:30 PM."},
            "template_id": "tmpl_winddown_v2",
            "sent_at": "2024-10-06T04:00:00Z",
        },
        {("player_id", "ONLINE_ID|DEVICE_ID|OTHER_ID")},
        {
            ("notification_id", "*"),
            ("template_id", "*"),
            ("contents.en", "HEALTH"),
            ("headings.en", "*"),
        },
        False,
    ),
    (
        "CBT-I coaching session booking (Calendly-like): invitee and event type",
        {
            "event": "invitee.created",
            "payload": {
                "name": "Fiona Castellano",
                "email": "fiona.castellano@yahoo.com",
                "scheduled_event": {
                    "name": "CBT-I Session 3: sleep restriction review",
                    "start_time": "2024-10-18T17:00:00.000000Z",
                },
                "timezone": "America/New_York",
            },
        },
        {
            ("payload.name", "NAME"),
            ("payload.email", "EMAIL"),
            ("payload.scheduled_event.name", "HEALTH"),
            ("payload.scheduled_event.start_time", "DATE"),
        },
        {("payload.timezone", "*")},
        True,
    ),
    (
        "Sleep centre newsletter sign-up (identified, no health)",
        {
            "email": "r.takahashi@protonmail.com",
            "first_name": "Ren",
            "list": "Riverbend Community News",
            "consent": "true",
            "signup_ip": "98.210.33.17",
            "created": "2024-09-30T10:15:00Z",
        },
        {("email", "EMAIL"), ("signup_ip", "IP_ADDRESS")},
        {("list", "*"), ("consent", "*"), ("created", "*")},
        False,
    ),
    (
        "Portal message from a patient: name, DOB, mask nosebleeds, AHI in the app",
        {
            "thread_id": "th_00481",
            "sender_role": "patient",
            "message": (
                "Hi, this is Dana Whitcomb, DOB 2/14/1979. My CPAP mask gives me nosebleeds "
                "and the app shows my AHI at 9 this week. Can I switch to nasal pillows?"
            ),
            "sent": "2024-10-05T21:14:09Z",
        },
        {("message", "NAME"), ("message", "DATE"), ("message", "HEALTH")},
        {("thread_id", "*"), ("sender_role", "*")},
        True,
    ),
    (
        "HST device inventory (serials, no person): cleaning cycles and status",
        {
            "asset_tag": "HST-A-0117",
            "model": "WatchPAT 300",
            "serial": "WP3-2210044719",
            "firmware": "4.2.7",
            "status": "In service",
            "cleaning_cycles": "46",
            "location": "Riverbend East - Cabinet 2",
        },
        set(),
        {
            ("asset_tag", "*"),
            ("model", "*"),
            ("firmware", "*"),
            ("status", "*"),
            ("cleaning_cycles", "*"),
        },
        False,
    ),
    (
        "myAir-like consumer app daily score: email, usage, mask seal, events per hour",
        {
            "account_email": "h.brightwater@gmail.com",
            "night": "2024-10-05",
            "usage_hours": 7.1,
            "mask_seal_points": 20,
            "events_per_hour": 2.1,
            "mask_on_off": 1,
            "score": 96,
            "device_type": "CPAP",
        },
        {("account_email", "EMAIL"), ("events_per_hour", "HEALTH"), ("device_type", "HEALTH")},
        {("mask_seal_points", "*"), ("score", "*"), ("mask_on_off", "*")},
        True,
    ),
    (
        "Sleep-study professional claim line: CPT 95810, patient account, date of service",
        {
            "ClaimID": "CLM-88271044",
            "PatientAccountNo": "PA00448127",
            "PatientName": "SOTO, MARIBEL",
            "DOS": "09/12/2024",
            "CPT": "95810",
            "ICD10": "G47.33",
            "Charge": "2150.00",
            "RenderingNPI": "1770648329",
        },
        {
            ("PatientAccountNo", "ACCOUNT_NUMBER"),
            ("PatientName", "NAME"),
            ("DOS", "DATE"),
            ("CPT", "HEALTH"),
            ("ICD10", "HEALTH"),
            ("RenderingNPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Charge", "*")},
        True,
    ),
    (
        "Sleep-lab bed calendar (clean): open beds by night and study type",
        {
            "night": "2024-10-21",
            "site": "Riverbend East",
            "bed": "3",
            "slot_status": "OPEN",
            "study_type_allowed": "PSG, SPLIT, TITRATION",
            "tech_assigned": "",
        },
        set(),
        {("night", "*"), ("site", "*"), ("bed", "*"), ("slot_status", "*")},
        False,
    ),
    (
        "Referral fax log: the referring clinic's fax, patient, daytime sleepiness",
        {
            "fax_id": "FX-20241002-0931",
            "from_fax": "(859) 555-0177",
            "from_org": "Bluegrass Family Medicine",
            "patient_name": "Everett Mulcahy",
            "patient_dob": "12/03/1988",
            "reason": "Excessive daytime sleepiness, rule out narcolepsy",
            "pages": "6",
            "received_at": "2024-10-02T09:31:00-04:00",
        },
        {
            ("patient_name", "NAME"),
            ("patient_dob", "DATE"),
            ("reason", "HEALTH"),
        },
        {("fax_id", "*"), ("from_org", "*"), ("pages", "*")},
        True,
    ),
    (
        "HST result upload event (Alice NightOne-like): pAHI, REI, recording start",
        {
            "upload": {
                "device_serial": "NO1-2271-60418",
                "study_id": "HST-2024-118830",
                "patient_mrn": "00822190",
                "recording_start": "2024-10-03T22:41:00-04:00",
                "recording_hours": 6.8,
                "pahi": 18.3,
                "rei": 16.9,
                "odi": 14.2,
                "software_version": "Noxturnal 6.3.1",
            },
            "received_at": "2024-10-04T09:02:17Z",
        },
        {
            ("upload.device_serial", "DEVICE_ID"),
            ("upload.study_id", "OTHER_ID|MRN"),
            ("upload.patient_mrn", "MRN"),
            ("upload.recording_start", "DATE"),
            ("upload.pahi", "HEALTH"),
            ("upload.rei", "HEALTH"),
            ("upload.odi", "HEALTH"),
        },
        {("upload.software_version", "*"), ("received_at", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Study type code table (clean): codes, CPT and descriptions": (
        set(),
        set(),
        {("study_code", "*")},
        "the docstring's own decision, and tests/test_device_resupply.py's: a code table's "
        "health words and codes may be found (``MSLT`` is a test's name wherever it is "
        "written) but name nobody; the blind must-not on ``study_code`` was stricter than "
        "that, and the row stays no PHI record with no identifier",
    ),
    "Oxybate shipment from the central pharmacy: Rx number, phone, sodium oxybate": (
        set(),
        set(),
        {("pharmacy_phone", "*")},
        "the project reads a flat ``pharmacy_phone`` or ``pharmacy_fax`` column as ever "
        "(detectors/field_names.py, MERCHANT_PAIRS: the sample data's gold reports a "
        "``pharmacy_fax``, and a flat pharmacy or store column may be the person's own); "
        "only a ``pharmacy`` object's leaves are the pharmacy's",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Prescription digital therapeutic activation: access code, prescriber, insomnia": (
        {("access_code", "OTHER_ID")},
        "a bare ``access_code`` is a conference line's, a door's or an API's as often "
        "(detectors/field_names.py reads only a survey's or a participant's access code); "
        "nothing but the record's kind says this one opens one patient's prescription (the "
        "row is PHI by its email, DOB and indication)",
    ),
    "Home sleep test return log: Alice NightOne-like device back, study uploaded": (
        {("study_type", "HEALTH")},
        "``HST`` alone is Harmonized Sales Tax and Hawaii Standard Time as often as a home "
        "sleep test, so it is no dictionary term, and a bare ``study_type`` is a research "
        "study's design (\"Interventional\") as often as a sleep test's kind: the record, "
        "with no other health word, is read as identified but not PHI",
    ),
    "Interpretation queue row: a study awaiting reading, physician and template": (
        {("recorded_on", "DATE")},
        "a bare ``recorded_on`` is an audit or a call recording's clock as often as the "
        "night a patient's study was recorded; nothing but the record's kind tells them "
        "apart (the row is PHI by its MRN and study type)",
    ),
    "myAir-like consumer app daily score: email, usage, mask seal, events per hour": (
        {("events_per_hour", "HEALTH")},
        "``events_per_hour`` is the AHI as a consumer PAP app names it, but the same key "
        "is a pipeline's or a site's throughput in every analytics and log export; the "
        "record is PHI by its email and ``CPAP``",
    ),
    "HST result upload event (Alice NightOne-like): pAHI, REI, recording start": (
        {("upload.study_id", "OTHER_ID|MRN")},
        "a bare ``study_id`` is a research study's own id (the protocol's, as "
        "tests/test_clinical_research.py decided), not a subject's; a sleep study's id of "
        "one night is told apart only by the record's kind (its ``accession`` is read)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_sleep_medicine_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on sleep-medicine exports fails here. Before the work, blind: SHAPES 11 misses / 1 false
#: / 9 wrong of 30, HELD_OUT 9 / 1 / 8 of 10.
FLOORS = ShapeTotals(expected=149, misses=5, false=0, wrong=5)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
