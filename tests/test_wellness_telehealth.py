"""Employer wellness, telehealth and remote monitoring data that reaches marketing and CRM.

A blind probe, written by hand before reading the detectors: employer wellness platform
exports (Virgin Pulse / Personify-, Vitality-like: employee and participant ids, the
employer or group, biometric screening results, incentive points and payroll payouts,
coaching enrolment, challenge participation, health-risk-assessment answers, eligibility
files), EAP and benefits-navigation case logs, telehealth visit platform events (waiting-room
joins, visit start and end, provider, reason for visit, e-prescriptions; Doxy.me-, Teladoc-,
Amwell-like webhooks), direct-to-consumer telehealth funnels (Hims- / Ro-like intake
questionnaires, subscription renewals for ED, hair loss and GLP-1 weight-loss programmes),
remote patient monitoring device feeds (cellular BP cuffs, glucometers, scales, pulse
oximeters with serials and IMEIs, readings, alerts, shipments to patients), wearable syncs
(Fitbit, Garmin, Apple Health), nutrition and weight coaching messages, and the clean rows
around them (device inventory, firmware rollouts, programme catalogs, participation and
EAP utilisation by employer, SKU lists, waiting-room statistics).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A vital sign or lab reading is health context; an activity count is not.** A blood
  pressure, pulse, SpO2, glucose, HbA1c, cholesterol, BMI or weight reading, under a field
  that names it (``Systolic BP``, ``glucose_mg_dl``, ``spo2``, ``bmi``, a HealthKit
  ``BloodPressureSystolic`` sample type) or in text (``BP 182/110``), says something about
  the person's body: HEALTH. A resting heart rate from a wearable is a pulse reading:
  HEALTH. Steps, distance, floors, active calories, sleep minutes and challenge totals are
  activity, not a condition, a drug or a test: no health finding, so a step challenge row
  or a Garmin daily summary with a person's id is identified, not PHI.
- **A biometric screening is a test (PROCEDURE), not a BIOMETRIC_ID.** Wellness
  "biometrics" are screening results; BIOMETRIC_ID (Safe Harbor P) is a fingerprint, a face
  or voice template. Blind, I expect the project's ``biometric`` family to be about those
  templates, so no ``BIOMETRIC_ID`` on a screening row; a payout row whose reason is
  "Completed biometric screening" tells that the employee had the screening: HEALTH.
- **An employee id, a wellness participant id, a Vitality id and a telehealth or RPM
  platform's patient id are one person's record ids: OTHER_ID** (a wellness member id may
  also read as HEALTH_PLAN_ID when the programme is part of the group health plan: either
  is accepted). A payer's member id is HEALTH_PLAN_ID; an MRN is MRN. The employer's name,
  its group / sponsor id, a payroll group, a plan name (``PPO 1500``), a programme code, a
  challenge or team name, a visit room's slug, an order number, a tracking number, a lab
  event code and a webhook or sync job id are not a person's: no finding.
- **A device's serial number and IMEI are DEVICE_ID when the device is a person's** (a
  reading feed, an alert, a shipment, a wearable registration with its MAC). In a device
  inventory row that names no person the serial is the stock's: either reading is fair, so
  it is neither expected nor forbidden. A model number, a SKU, a firmware or app build
  (``2.14.0-b5521``, ``1.0.9+20241022.a41c9e7``), battery voltage and signal strength are
  never findings.
- **A reading's timestamp is a DATE of the person** (``measured_at``, ``taken_at``, an
  alert time, a screening or collection date, a telehealth visit's start or end, a
  waiting-room join), as an appointment's date is; so is a date of birth and the date an
  EAP case opens. The machine's clocks are not: ``received_at``, ``synced_at``, a webhook's
  delivery time, a firmware rollout start, a catalog's ``updated_at``, an SLA due time, a
  report date or month. Dates that are the person's but not of a health event (hire date,
  a challenge's join date, an activity date, a programme enrolment date, a pay period end)
  are neither expected nor forbidden.
- **Telehealth**: the reason for visit, a diagnosis code, a provider specialty
  (``Behavioral Health``) and an e-prescribed drug are health context. The provider's and
  prescriber's names are reported (the project reports clinicians' names); a DEA number is
  LICENSE_NUMBER. A pharmacy's NCPDP id is the pharmacy's: no finding. A visit survey that
  says only "the doctor was on time" is not health context.
- **DTC funnels**: an intake question that names a condition (``trouble getting or keeping
  an erection``), a product or plan that names a drug (``Wegovy``, ``Finasteride``), and a
  programme that names one (``Hypertension RPM``, ``Diabetes Prevention Program``) are
  health context; a Stripe customer id is the person's (``ACCOUNT_NUMBER|OTHER_ID``).
- **Aggregates and catalogs** (participation by employer, EAP utilisation, a programme
  catalog, a SKU list, a firmware rollout) may carry health words but name no person: no
  identifier, not PHI.

After reading the detectors: the ``biometric`` family is BIOMETRIC_ID (fingerprint, face and
voice templates), as expected blind, so no screening row is a BIOMETRIC_ID and none was
found. The project had read numbers alone as no finding (tests/test_mobile_apps.py forbade
a ``glucose_mg_dl`` and a Health Connect ``systolic``), while :mod:`detectors.clinical_measures`
reads ``glucose 54`` in a note as a PROCEDURE ("a test result tied to a person is health
information as much as the test's name"); this probe keeps its blind decision, the field's
name being the same label one step up, and those two mobile rows now expect the readings
(their records were PHI either way). Two blind expectations yield to decisions made
elsewhere (:data:`_DECIDED`: a 32-hex user id reads as HASHED_ID; a SKU spelling its drug is
health context); seven records stay open for reasons of their own or the project's (a case
number, ``opened``, a bare ``specialty``, a visit's end time, bare ``date`` and
``received_date`` columns, a comma inside ``Glucose, fasting``, a scale's ``weight``, a
leaderboard's bare ``Name``): see :data:`LEFT_ALONE`. The fifteenth round's paging probe
closed ``Glucose, fasting``: a bare ``test`` beside its result's ``units`` is the analyte
(detectors/health_fields.py), so six stay open. The eighteenth round's shelters probe
closed the RPM inventory's ``received_date``: a serial number's column no longer ends a
stock list's reading (a SKU beside a warehouse), whose dates are the warehouse's
(detectors/chunk_profiles.py), so five stay open.

Figures (misses / false findings / records wrong), blind, before any change: SHAPES (32
records) 27 / 5 / 20, HELD_OUT (10) 4 / 0 / 4. After the SHAPES work: SHAPES 6 / 3 / 7 as
written (5 / 2 / 5 with the decisions, all in LEFT_ALONE); HELD_OUT, scored once, blind:
3 / 0 / 3, then 2 / 0 / 2 after one general fix (a waiting room's ``joined_at`` beside a
visit's reason is the visit's start, :mod:`detectors.appointment_records`); both left in
LEFT_ALONE.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Wellness platform biometric screening export (CSV): BP, BMI, HbA1c, cholesterol",
        {
            "Employee ID": "E104233",
            "Sponsor": "Acme Manufacturing",
            "Group ID": "ACME-001",
            "First Name": "Dana",
            "Last Name": "Kowalczyk",
            "DOB": "1979-04-12",
            "Screening Date": "2024-09-18",
            "Systolic BP": "142",
            "Diastolic BP": "91",
            "BMI": "31.4",
            "HbA1c": "6.1",
            "Total Cholesterol": "238",
            "Screening Location": "Onsite - Plant 3",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
            ("Screening Date", "DATE"),
            ("Systolic BP", "HEALTH"),
            ("BMI", "HEALTH"),
            ("HbA1c", "HEALTH"),
        },
        {
            ("Sponsor", "*"),
            ("Group ID", "*"),
            ("Screening Location", "*"),
            ("Systolic BP", "BIOMETRIC_ID"),
        },
        True,
    ),
    (
        "Vitality-like points ledger (JSON): a 10k-steps day, no health",
        {
            "member": {
                "vitality_id": "VIT-0098812345",
                "employee_number": "100482",
                "employer": "Northwind Logistics",
            },
            "activity": {
                "type": "STEPS_10K_DAY",
                "points": 50,
                "activity_date": "2024-10-03",
                "source": "Garmin",
            },
            "status_level": "Gold",
            "posted_at": "2024-10-04T02:15:09Z",
        },
        {
            ("member.vitality_id", "OTHER_ID|HEALTH_PLAN_ID"),
            ("member.employee_number", "OTHER_ID"),
        },
        {
            ("member.employer", "*"),
            ("activity.type", "*"),
            ("activity.points", "*"),
            ("activity.source", "*"),
            ("status_level", "*"),
            ("posted_at", "*"),
        },
        False,
    ),
    (
        "Coaching enrolment (JSON): Diabetes Prevention Program",
        {
            "participant_id": "P-55120931",
            "email": "marcus.feld@northwind.com",
            "program": "Diabetes Prevention Program (DPP)",
            "enrolled_on": "2024-08-01",
            "coach": "Coach Dana R.",
            "status": "active",
            "cohort": "DPP-2024-AUG-07",
        },
        {
            ("participant_id", "OTHER_ID"),
            ("email", "EMAIL"),
            ("program", "HEALTH"),
        },
        {("status", "*"), ("cohort", "*")},
        True,
    ),
    (
        "Step challenge participation (clean of health): team, total steps, rank",
        {
            "challenge_name": "Fall Step Challenge 2024",
            "team": "Warehouse Walkers",
            "employee_email": "jmartin@northwind.com",
            "display_name": "Jordan Martin",
            "total_steps": 312884,
            "rank": 14,
            "joined": "2024-09-30",
        },
        {("employee_email", "EMAIL"), ("display_name", "NAME")},
        {
            ("challenge_name", "*"),
            ("team", "*"),
            ("total_steps", "*"),
            ("rank", "*"),
        },
        False,
    ),
    (
        "Tobacco-cessation coaching completion (CSV): surcharge waived",
        {
            "EmpID": "A77231",
            "Name": "Luis Ortega",
            "Program": "Tobacco Cessation Coaching",
            "Sessions Completed": "4",
            "Surcharge Waived": "Y",
            "Plan Year": "2025",
        },
        {("EmpID", "OTHER_ID"), ("Name", "NAME"), ("Program", "HEALTH")},
        {("Sessions Completed", "*"), ("Surcharge Waived", "*"), ("Plan Year", "*")},
        True,
    ),
    (
        "EAP case log: presenting issue, risk screen and referral",
        {
            "case_no": "EAP-24-018833",
            "caller_name": "Renee Whitfield",
            "callback": "(312) 555-0148",
            "employer": "Contoso Bank",
            "presenting_issue": "Anxiety and work stress after layoff; grief (mother died)",
            "risk_screen": "SI denied",
            "referral": "6 sessions with in-network counselor",
            "opened": "2024-10-11",
            "intake_counselor_id": "C-0412",
        },
        {
            ("case_no", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("caller_name", "NAME"),
            ("callback", "PHONE"),
            ("presenting_issue", "HEALTH"),
            ("opened", "DATE"),
        },
        {("employer", "*"), ("intake_counselor_id", "*")},
        True,
    ),
    (
        "Benefits navigation case (Accolade-like): find an in-network surgeon",
        {
            "member_id": "W884201937",
            "health_plan": "Aetna Choice POS II",
            "request_type": "Find a provider",
            "notes": (
                "Member needs in-network orthopedic surgeon for right knee replacement, "
                "prefers female provider"
            ),
            "assigned_to": "Health Assistant Team 4",
            "sla_due": "2024-11-06T17:00:00Z",
        },
        {("member_id", "HEALTH_PLAN_ID"), ("notes", "HEALTH")},
        {
            ("health_plan", "*"),
            ("request_type", "*"),
            ("assigned_to", "*"),
            ("sla_due", "*"),
        },
        True,
    ),
    (
        "Doxy.me-like waiting-room webhook: patient joined with a reason for visit",
        {
            "event": "waiting_room.patient_joined",
            "room": "dr-lindqvist",
            "patient": {"name": "Tomas Herrera", "phone": "+17735550191"},
            "reason_for_visit": "UTI symptoms, burning when urinating",
            "joined_at": "2024-11-02T14:03:11Z",
            "webhook_id": "wh_01HF3ZQ8X4K2",
            "delivered_at": "2024-11-02T14:03:12Z",
        },
        {
            ("patient.name", "NAME"),
            ("patient.phone", "PHONE"),
            ("reason_for_visit", "HEALTH"),
            ("joined_at", "DATE"),
        },
        {("event", "*"), ("webhook_id", "*"), ("delivered_at", "*")},
        True,
    ),
    (
        "Teladoc-like visit record: member, provider, diagnosis and e-prescription",
        {
            "visit_id": "V-3398120",
            "member": {
                "first_name": "Aaliyah",
                "last_name": "Brooks",
                "dob": "1992-06-23",
                "member_id": "TDC-88120455",
            },
            "provider": {"name": "Dr. Anil Kapoor", "npi": "1245319599"},
            "visit_type": "General Medical",
            "modality": "video",
            "start_time": "2024-11-03T19:20:00Z",
            "end_time": "2024-11-03T19:34:10Z",
            "diagnosis_codes": ["J02.9"],
            "eprescription": {
                "drug": "amoxicillin 500 mg capsule",
                "pharmacy_ncpdp": "1456789",
            },
        },
        {
            ("member.first_name", "NAME"),
            ("member.last_name", "NAME"),
            ("member.dob", "DATE"),
            ("member.member_id", "OTHER_ID|HEALTH_PLAN_ID"),
            ("start_time", "DATE"),
            ("diagnosis_codes[0]", "HEALTH"),
            ("eprescription.drug", "MEDICATION"),
        },
        {("modality", "*"), ("eprescription.pharmacy_ncpdp", "*")},
        True,
    ),
    (
        "Amwell-like visit.ended webhook: behavioral health specialty",
        {
            "id": "evt_9c1f2a7e",
            "type": "visit.ended",
            "data": {
                "visitId": "a3f0c9e2-55b1-4d0e-9a8c-1f2e3d4c5b6a",
                "patientEmail": "k.osei@outlook.com",
                "providerSpecialty": "Behavioral Health",
                "durationSec": 2712,
                "disposition": "completed",
                "endedAt": "2024-11-04T16:45:12Z",
            },
        },
        {
            ("data.patientEmail", "EMAIL"),
            ("data.providerSpecialty", "HEALTH"),
            ("data.endedAt", "DATE"),
        },
        {("type", "*"), ("data.durationSec", "*"), ("data.disposition", "*")},
        True,
    ),
    (
        "Hims-like ED intake questionnaire (JSON answers)",
        {
            "intake_id": "int_4KX82",
            "customer": {
                "email": "dtrent88@gmail.com",
                "first_name": "Derek",
                "state": "TX",
                "date_of_birth": "1988-01-09",
            },
            "answers": [
                {
                    "question": "How often do you have trouble getting or keeping an erection?",
                    "answer": "Most of the time",
                },
                {"question": "Do you take nitrates for chest pain?", "answer": "No"},
            ],
            "product_interest": "sildenafil",
        },
        {
            ("customer.email", "EMAIL"),
            ("customer.first_name", "NAME"),
            ("customer.date_of_birth", "DATE"),
            ("answers[0].question", "HEALTH"),
            ("product_interest", "MEDICATION"),
        },
        {("customer.state", "*"), ("answers[0].answer", "*")},
        True,
    ),
    (
        "Ro-like GLP-1 subscription renewal (Stripe-backed)",
        {
            "event": "subscription.renewed",
            "customer_id": "cus_Q2x8LmN4pR7sT1",
            "email": "lpham.runs@yahoo.com",
            "plan": "Body Program - Wegovy (semaglutide) 1.7 mg",
            "amount": 1349.0,
            "currency": "usd",
            "next_ship_date": "2024-12-02",
        },
        {
            ("customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("email", "EMAIL"),
            ("plan", "MEDICATION"),
        },
        {("event", "*"), ("amount", "*"), ("currency", "*")},
        True,
    ),
    (
        "Hair-loss subscription charges (Recharge-like CSV)",
        {
            "Charge ID": "618833201",
            "Customer Email": "bryce.h@icloud.com",
            "Product Title": "Finasteride 1mg + Minoxidil 5% Kit",
            "Charge Date": "2024-11-01",
            "Shipping Zip": "30309",
            "Total": "44.00",
        },
        {
            ("Customer Email", "EMAIL"),
            ("Product Title", "MEDICATION"),
            ("Shipping Zip", "ZIP_CODE"),
        },
        {("Charge ID", "*"), ("Total", "*")},
        True,
    ),
    (
        "Cellular BP cuff reading (RPM feed): IMEI, serial, patient id, firmware",
        {
            "imei": "356938035643809",
            "serial_number": "BPM2T4K00918",
            "patient_id": "PT-008821",
            "reading": {"systolic": 158, "diastolic": 96, "pulse": 82, "irregular_heartbeat": True},
            "measured_at": "2024-11-04T07:12:44-06:00",
            "received_at": "2024-11-04T13:12:51Z",
            "firmware": "2.14.0-b5521",
            "signal_rssi": -71,
        },
        {
            ("imei", "DEVICE_ID"),
            ("serial_number", "DEVICE_ID"),
            ("patient_id", "OTHER_ID|MRN"),
            ("reading.systolic", "HEALTH"),
            ("measured_at", "DATE"),
        },
        {
            ("received_at", "*"),
            ("firmware", "*"),
            ("signal_rssi", "*"),
            ("reading.systolic", "BIOMETRIC_ID"),
        },
        True,
    ),
    (
        "Glucometer reading with a high-glucose alert (RPM platform JSON)",
        {
            "device": {"sn": "GLM8J2K44310", "model": "TeleRPM Glucose G2", "fw": "1.0.9"},
            "patient": {"mrn": "00882143", "name": "Beatrice Lang"},
            "glucose_mg_dl": 212,
            "meal_tag": "post_meal",
            "taken_at": "2024-11-04T19:02:00-05:00",
            "alert": {"type": "HIGH_GLUCOSE", "threshold": 200},
        },
        {
            ("device.sn", "DEVICE_ID"),
            ("patient.mrn", "MRN"),
            ("patient.name", "NAME"),
            ("glucose_mg_dl", "HEALTH"),
            ("taken_at", "DATE"),
        },
        {("device.model", "*"), ("device.fw", "*"), ("meal_tag", "*"), ("alert.threshold", "*")},
        True,
    ),
    (
        "Cellular scale raw push (BodyTrace-like): IMEI and a weight, nothing else",
        {
            "imei": "864923051182374",
            "ts": 1730713964000,
            "values": {"weight": 94350, "unit": "g"},
            "batteryVoltage": 5812,
            "rssi": 18,
        },
        {("imei", "DEVICE_ID"), ("values.weight", "HEALTH")},
        {("batteryVoltage", "*"), ("rssi", "*"), ("values.unit", "*")},
        True,
    ),
    (
        "Pulse oximeter alert escalated to the care team",
        {
            "alert_id": "ALR-20241104-00917",
            "patient_name": "Walter Greene",
            "device_serial": "PO5500331877",
            "spo2": 87,
            "pr_bpm": 112,
            "alert": "SpO2 below 90% for 3 consecutive readings",
            "alert_time": "2024-11-04T03:41:00Z",
            "escalated_to": "RN Team B",
        },
        {
            ("patient_name", "NAME"),
            ("device_serial", "DEVICE_ID"),
            ("spo2", "HEALTH"),
            ("alert_time", "DATE"),
        },
        {("alert_id", "*"), ("escalated_to", "*")},
        True,
    ),
    (
        "RPM device inventory row (clean): SKU, model, firmware, warehouse",
        {
            "sku": "RPM-BPC-LTE-01",
            "model": "BP-800 Cellular",
            "serial_number": "BPM2T4K01177",
            "firmware_version": "2.14.0",
            "status": "in_stock",
            "warehouse": "Memphis DC",
            "received_date": "2024-10-01",
        },
        set(),
        {
            ("sku", "*"),
            ("model", "*"),
            ("firmware_version", "*"),
            ("status", "*"),
            ("warehouse", "*"),
            ("received_date", "*"),
        },
        False,
    ),
    (
        "Firmware rollout report (clean): build string, device count, release notes",
        {
            "model": "GLM-200",
            "firmware_build": "1.0.9+20241022.a41c9e7",
            "devices_updated": 4120,
            "rollout_started": "2024-10-22T00:00:00Z",
            "release_notes": "Fixes BLE pairing on Android 14; faster low-glucose alert",
        },
        set(),
        {
            ("model", "*"),
            ("firmware_build", "*"),
            ("devices_updated", "*"),
            ("rollout_started", "*"),
        },
        False,
    ),
    (
        "Wellness platform Fitbit sync row: steps, sleep and resting heart rate",
        {
            "participant_id": "VP-2231098",
            "source": "fitbit",
            "fitbit_user_id": "9XK2PL",
            "date": "2024-11-03",
            "steps": 11234,
            "sleep_minutes": 412,
            "resting_heart_rate": 61,
            "sync_job_id": "sync-20241104-0300",
            "synced_at": "2024-11-04T03:00:12Z",
        },
        {
            ("participant_id", "OTHER_ID"),
            ("fitbit_user_id", "ONLINE_ID|OTHER_ID"),
            ("resting_heart_rate", "HEALTH"),
        },
        {
            ("steps", "*"),
            ("sleep_minutes", "*"),
            ("sync_job_id", "*"),
            ("synced_at", "*"),
            ("source", "*"),
        },
        True,
    ),
    (
        "Garmin Health API daily summary push: activity only",
        {
            "dailies": [
                {
                    "userId": "4aacafe82427c251df9c9592d0c06768",
                    "summaryId": "x153a9f3-5f6d1c40-6",
                    "calendarDate": "2024-11-03",
                    "steps": 8432,
                    "distanceInMeters": 6120.5,
                    "activeKilocalories": 412,
                    "floorsClimbed": 9,
                    "activityType": "WALKING",
                }
            ]
        },
        {("dailies[0].userId", "ONLINE_ID|OTHER_ID")},
        {
            ("dailies[0].summaryId", "*"),
            ("dailies[0].steps", "*"),
            ("dailies[0].distanceInMeters", "*"),
            ("dailies[0].activeKilocalories", "*"),
            ("dailies[0].floorsClimbed", "*"),
            ("dailies[0].activityType", "*"),
        },
        False,
    ),
    (
        "Apple Health samples forwarded by a wellness app: step count and systolic BP",
        {
            "user_email": "mgarcia.fit@gmail.com",
            "samples": [
                {
                    "type": "HKQuantityTypeIdentifierStepCount",
                    "value": 5421,
                    "unit": "count",
                    "startDate": "2024-11-03T08:00:00-07:00",
                },
                {
                    "type": "HKQuantityTypeIdentifierBloodPressureSystolic",
                    "value": 138,
                    "unit": "mmHg",
                    "startDate": "2024-11-03T08:05:00-07:00",
                },
            ],
            "app_version": "5.2.1",
        },
        {("user_email", "EMAIL"), ("samples[1].type", "HEALTH")},
        {
            ("samples[0].type", "*"),
            ("samples[0].value", "*"),
            ("samples[0].unit", "*"),
            ("app_version", "*"),
        },
        True,
    ),
    (
        "Weight coaching SMS from the coach: name, prediabetes and the next check-in",
        {
            "thread_id": "th_7781",
            "direction": "outbound",
            "to": "+16305550172",
            "body": (
                "Hi Kendra! Down 6 lbs since you started - amazing. Keep logging meals; with "
                "your prediabetes, swapping soda for water really helps. Next check-in Thu "
                "11/14 at 10am."
            ),
            "sent_at": "2024-11-05T15:00:03Z",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH"), ("body", "DATE")},
        {("thread_id", "*"), ("direction", "*")},
        True,
    ),
    (
        "Member reply to the nutrition coach: GLP-1 side effect",
        {
            "thread_id": "th_7781",
            "direction": "inbound",
            "from": "+16305550172",
            "body": "thanks!! the Ozempic nausea is way better this week, down another 2",
        },
        {("from", "PHONE"), ("body", "MEDICATION")},
        {("thread_id", "*"), ("direction", "*")},
        True,
    ),
    (
        "Programme catalog row (clean): DPP with its eligibility rule",
        {
            "program_code": "DPP-12M",
            "program_name": "Diabetes Prevention Program",
            "vendor": "Omada",
            "eligibility": "BMI 25 or higher and prediabetes",
            "price_pepm": "3.50",
            "updated_at": "2024-10-30",
        },
        {("program_name", "HEALTH")},
        {
            ("program_code", "*"),
            ("vendor", "*"),
            ("price_pepm", "*"),
            ("updated_at", "*"),
        },
        False,
    ),
    (
        "Participation by employer (clean aggregate): screening completion and risk shares",
        {
            "employer": "Acme Manufacturing",
            "group_id": "ACME-001",
            "eligible_lives": 4210,
            "enrolled": 1377,
            "biometric_screening_completion": "41%",
            "avg_bmi": 29.8,
            "pct_hypertension_risk": "22%",
            "report_month": "2024-10",
        },
        set(),
        {
            ("employer", "*"),
            ("group_id", "*"),
            ("eligible_lives", "*"),
            ("enrolled", "*"),
            ("report_month", "*"),
        },
        False,
    ),
    (
        "DTC pharmacy SKU list (clean): compounded semaglutide",
        {
            "sku": "GLP1-SEMA-025-4WK",
            "name": "Compounded Semaglutide 0.25 mg - 4 week supply",
            "price": "299.00",
            "active": True,
            "updated_at": "2024-10-30",
        },
        {("name", "MEDICATION")},
        {("sku", "*"), ("price", "*"), ("active", "*"), ("updated_at", "*"), ("name", "NAME")},
        False,
    ),
    (
        "Hair-loss intake (CSV): patient id, primary concern, photo upload link",
        {
            "Patient ID": "pt_7F3K2Q9M",
            "Email": "sam.okoro@gmail.com",
            "Primary Concern": "Receding hairline at the temples",
            "Photo Upload": "https://cdn.example-tele.com/uploads/pt_7F3K2Q9M/scalp_top.jpg",
            "Submitted": "2024-11-01 21:14:09",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Email", "EMAIL"),
            ("Primary Concern", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "E-prescription sent webhook: drug, patient, prescriber DEA, pharmacy",
        {
            "event": "erx.sent",
            "prescription": {
                "id": "rx_88213",
                "medication": "Sertraline 50 mg tablet",
                "sig": "Take 1 tablet by mouth daily",
                "quantity": 30,
            },
            "patient": {"id": "pt_0193aa", "dob": "1990-02-17", "zip": "60614"},
            "prescriber": {"name": "Jennifer Wu, NP", "dea": "MW1234563"},
            "pharmacy": {"name": "Walgreens #04211", "ncpdp": "1456789"},
        },
        {
            ("prescription.medication", "MEDICATION"),
            ("patient.dob", "DATE"),
            ("patient.zip", "ZIP_CODE"),
            ("prescriber.name", "NAME"),
            ("prescriber.dea", "LICENSE_NUMBER"),
        },
        {
            ("event", "*"),
            ("prescription.quantity", "*"),
            ("pharmacy.name", "NAME"),
            ("pharmacy.ncpdp", "*"),
        },
        True,
    ),
    (
        "Waiting-room statistics by day (clean)",
        {
            "room_slug": "dr-lindqvist",
            "date": "2024-11-02",
            "patients_joined": 23,
            "median_wait_sec": 312,
            "no_shows": 2,
        },
        set(),
        {
            ("date", "*"),
            ("patients_joined", "*"),
            ("median_wait_sec", "*"),
            ("no_shows", "*"),
        },
        False,
    ),
    (
        "EAP utilisation by employer (clean): quarter, cases, top issues",
        {
            "employer_id": "CB-2201",
            "employer": "Contoso Bank",
            "quarter": "2024Q3",
            "cases_opened": 88,
            "top_presenting_issues": "Stress; Anxiety; Relationship",
            "utilization_rate": "6.1%",
        },
        set(),
        {
            ("employer_id", "*"),
            ("employer", "*"),
            ("quarter", "*"),
            ("cases_opened", "*"),
            ("utilization_rate", "*"),
        },
        False,
    ),
    (
        "Benefits navigation case in Salesforce: MRI cost estimate",
        {
            "CaseNumber": "00481233",
            "Subject": "Cost estimate for MRI lumbar spine",
            "Member_Name__c": "Gregory Paulson",
            "Member_DOB__c": "1968-07-30",
            "Employer__c": "Fabrikam",
            "Status": "Closed",
            "Origin": "Phone",
        },
        {
            ("Subject", "HEALTH"),
            ("Member_Name__c", "NAME"),
            ("Member_DOB__c", "DATE"),
        },
        {("Employer__c", "*"), ("Status", "*"), ("Origin", "*")},
        True,
    ),
    (
        "Onsite screening lab results (wellness lab vendor JSON)",
        {
            "lab_accession": "WB2024-0918-5521",
            "participant": {
                "first": "Nora",
                "last": "Fitzgerald",
                "gender": "F",
                "dob": "1985-12-02",
            },
            "results": [
                {"test": "Glucose, fasting", "value": "104", "units": "mg/dL", "flag": "H"},
                {"test": "HDL cholesterol", "value": "38", "units": "mg/dL", "flag": "L"},
            ],
            "collected": "2024-09-18 07:45",
            "event_code": "ACME-ONSITE-0918",
        },
        {
            ("participant.first", "NAME"),
            ("participant.last", "NAME"),
            ("participant.dob", "DATE"),
            ("results[0].test", "HEALTH"),
            ("results[1].test", "HEALTH"),
            ("collected", "DATE"),
        },
        {
            ("participant.gender", "*"),
            ("results[0].units", "*"),
            ("results[0].flag", "*"),
            ("event_code", "*"),
        },
        True,
    ),
    (
        "Wellness incentive payout file to payroll: completed biometric screening",
        {
            "Employee ID": "100482",
            "Payroll Group": "Hourly-IL",
            "Incentive": "Wellness Credit",
            "Amount": "25.00",
            "Pay Period End": "2024-11-15",
            "Reason": "Completed biometric screening",
        },
        {("Employee ID", "OTHER_ID"), ("Reason", "HEALTH")},
        {
            ("Payroll Group", "*"),
            ("Incentive", "*"),
            ("Amount", "*"),
            ("Reason", "BIOMETRIC_ID"),
        },
        True,
    ),
    (
        "Health risk assessment answer (Personify-like long format)",
        {
            "participant_id": "VP-2231098",
            "question_id": "HRA_Q17",
            "question_text": "Have you been told by a doctor that you have high blood pressure?",
            "answer": "Yes",
            "completed_at": "2024-09-20T12:31:44Z",
        },
        {("participant_id", "OTHER_ID"), ("question_text", "HEALTH")},
        {("question_id", "*"), ("answer", "*")},
        True,
    ),
    (
        "Wearable registration: MAC address of a person's tracker, no health",
        {
            "employee_email": "tanya.roth@fabrikam.com",
            "device_type": "Fitbit Charge 6",
            "device_mac": "C4:7C:8D:6A:1B:22",
            "paired_at": "2024-09-02T10:11:00Z",
            "app_version": "4.12.1",
        },
        {("employee_email", "EMAIL"), ("device_mac", "DEVICE_ID")},
        {("device_type", "*"), ("app_version", "*")},
        False,
    ),
    (
        "RPM alert turned into a CRM task: BP 182/110 with name and DOB in the subject",
        {
            "Subject": "RPM alert: BP 182/110 for Harold Jenkins (DOB 04/02/1951) - call patient",
            "Owner": "Care Team West",
            "Priority": "High",
            "ActivityDate": "2024-11-05",
        },
        {("Subject", "NAME"), ("Subject", "DATE"), ("Subject", "HEALTH")},
        {("Owner", "*"), ("Priority", "*")},
        True,
    ),
    (
        "Telehealth visit survey (NPS): identified, no health",
        {
            "visit_id": "V-3398120",
            "patient_email": "aaliyah.b@gmail.com",
            "nps": 9,
            "comment": "Quick and easy, the doctor was on time",
            "submitted_at": "2024-11-03T20:02:41Z",
        },
        {("patient_email", "EMAIL")},
        {("nps", "*"), ("comment", "*"), ("submitted_at", "*")},
        False,
    ),
    (
        "GLP-1 weight-loss intake (Ro Body-like): BMI, weight and conditions",
        {
            "email": "cjameson77@hotmail.com",
            "height_in": 66,
            "weight_lb": 228,
            "bmi": 36.8,
            "conditions": ["type 2 diabetes", "sleep apnea"],
            "goal_weight_lb": 180,
            "state": "FL",
        },
        {
            ("email", "EMAIL"),
            ("bmi", "HEALTH"),
            ("conditions[0]", "HEALTH"),
            ("conditions[1]", "HEALTH"),
        },
        {("state", "*"), ("height_in", "*")},
        True,
    ),
    (
        "Step leaderboard export (CSV): names and steps only",
        {
            "Rank": "3",
            "Name": "Priya Venkataraman",
            "Department": "Finance",
            "Steps": "98211",
            "Avg Daily Steps": "14030",
        },
        {("Name", "NAME")},
        {("Rank", "*"), ("Department", "*"), ("Steps", "*"), ("Avg Daily Steps", "*")},
        False,
    ),
    (
        "Wellness eligibility file from HR (identified, no health): plan and tier",
        {
            "EEID": "E104233",
            "First": "Dana",
            "Last": "Kowalczyk",
            "DOB": "04/12/1979",
            "Hire Date": "03/01/2016",
            "Work Location": "Plant 3",
            "Medical Plan": "PPO 1500",
            "Coverage Tier": "EE+Spouse",
        },
        {
            ("EEID", "OTHER_ID"),
            ("First", "NAME"),
            ("Last", "NAME"),
            ("DOB", "DATE"),
        },
        {("Medical Plan", "*"), ("Coverage Tier", "*"), ("Work Location", "*")},
        False,
    ),
    (
        "RPM device shipment to a patient: address, serial, IMEI and the programme",
        {
            "order_id": "SO-88213",
            "ship_to": {
                "name": "Harold Jenkins",
                "address1": "5510 Turney Rd",
                "city": "Garfield Heights",
                "state": "OH",
                "zip": "44125",
            },
            "items": [
                {"sku": "RPM-BPC-LTE-01", "serial": "BPM2T4K00918", "imei": "352099001761481"}
            ],
            "program": "Hypertension RPM",
            "tracking": "1Z999AA10123456784",
            "shipped_at": "2024-10-28T18:20:00Z",
        },
        {
            ("ship_to.name", "NAME"),
            ("ship_to.address1", "LOCATION"),
            ("ship_to.city", "LOCATION"),
            ("ship_to.zip", "ZIP_CODE"),
            ("items[0].serial", "DEVICE_ID"),
            ("items[0].imei", "DEVICE_ID"),
            ("program", "HEALTH"),
        },
        {
            ("order_id", "*"),
            ("ship_to.state", "*"),
            ("items[0].sku", "*"),
            ("tracking", "*"),
        },
        True,
    ),
]

#: Decided after the blind scoring, where the project had already decided otherwise; the
#: probe as written stays above, unchanged. ``name -> ({old pair: new pair}, why)``, each
#: pair swapped in the record's expected and must-not sets.
_DECIDED: dict[str, tuple[dict[tuple[str, str], tuple[str, str]], str]] = {
    "Garmin Health API daily summary push: activity only": (
        {
            ("dailies[0].userId", "ONLINE_ID|OTHER_ID"): (
                "dailies[0].userId",
                "ONLINE_ID|OTHER_ID|HASHED_ID",
            )
        },
        "a 32-hex value under a user-id key reads as a digest (HASHED_ID), as the project "
        "reads hex ids in id fields everywhere; either way an identifier, and the row is "
        "not PHI",
    ),
    "DTC pharmacy SKU list (clean): compounded semaglutide": (
        {("sku", "*"): ("sku", "NAME|OTHER_ID|ACCOUNT_NUMBER|DEVICE_ID")},
        "a SKU that spells its drug (``GLP1-SEMA-...``) is health context, as the "
        "commerce probe's SKUs are (tests/test_health_commerce.py forbids none); a "
        "catalog row has no identifier, so it is no PHI either way",
    ),
}


def _decided(row: tuple) -> tuple:
    """A row with the project's decision applied (:data:`_DECIDED`), or as written."""
    name, record, expected, must_not, phi = row
    if name not in _DECIDED:
        return row
    swap = _DECIDED[name][0]
    return (
        name,
        record,
        {swap.get(p, p) for p in expected},
        {swap.get(p, p) for p in must_not},
        phi,
    )


#: What the detectors do not read right, and why: ``name -> (open pairs, why)``; an empty
#: set means only the PHI verdict is open.
_OPEN: dict[str, tuple[set, str]] = {
    "EAP case log: presenting issue, risk screen and referral": (
        {("case_no", "OTHER_ID|MRN|ACCOUNT_NUMBER"), ("opened", "DATE")},
        "a case number numbers a help desk's or a hub's case as often as a person's "
        "counselling episode (tests/test_support_tickets.py and "
        "tests/test_pharma_patient_support.py forbid ``CaseNumber``), and ``opened`` is "
        "an email-open stamp in every marketing export (a system word); the record is PHI "
        "by its name, phone and presenting issue all the same",
    ),
    "Amwell-like visit.ended webhook: behavioral health specialty": (
        {("data.endedAt", "DATE"), ("data.providerSpecialty", "HEALTH")},
        "a bare ``specialty`` field is left out on purpose (detectors/health_fields.py: "
        "provider directories hold it beside a clinician's own name), and a visit's end "
        "time is read only with its start (detectors/appointment_records.py); with neither, "
        "the event reads as a visit without health context",
    ),
    # held out: scored once, blind, after the SHAPES work
    "Cellular scale raw push (BodyTrace-like): IMEI and a weight, nothing else": (
        {("values.weight", "HEALTH")},
        "weight is left out of the field-named measures on purpose "
        "(detectors/clinical_measures.py): a ``weight`` is a parcel's or a product's as "
        "often as a body's (tests/test_clean_exports.py's ``weight_lbs``), and nothing "
        "else in a cellular scale's raw push says it is a body's",
    ),
    "Step leaderboard export (CSV): names and steps only": (
        {("Name", "NAME")},
        "a bare ``Name`` column is a person's only beside a contact field or a person's "
        "record id (detectors/person_records.py); a leaderboard has neither, and NER "
        "(off in these probes) reads it",
    ),
}

_DECIDED_ROWS = [_decided(row) for row in _ROWS]
SHAPES = [row for i, row in enumerate(_DECIDED_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_DECIDED_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _DECIDED_ROWS if row[0] in _OPEN]

test_wellness_telehealth_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, decisions applied): a change that loses recall or precision on
#: wellness, telehealth and monitoring exports fails here. Before the work, blind: SHAPES
#: 27 misses / 5 false / 20 wrong of 32, HELD_OUT 4 / 0 / 4 of 10.
#: Tightened at the thirteenth round's merge: the urgent-care probe's rules closed the waiting-room
#: statistics' bare ``date`` (a median or percentile measure makes a row an aggregate,
#: detectors/aggregate_reports.py).
#: Tightened in the fifteenth round: a bare ``test`` beside its ``units`` (the paging
#: probe) closed the lab vendor's ``Glucose, fasting``.
#: Tightened in the eighteenth round: a stock list's serial column (the shelters probe's
#: oxygen concentrator inventory) closed the RPM inventory's ``received_date``.
FLOORS = ShapeTotals(expected=123, misses=6, false=0, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
