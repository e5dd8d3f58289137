"""Reproductive health, contraception and abortion access: what the services export.

A blind probe, written by hand before reading the detectors: what the clinics, abortion
funds, practical-support networks, hotlines, contraception telehealth services and period
and fertility apps of reproductive-health access export. Clinic appointment CRMs
(medication and procedural abortion visits with a gestational age written ``8w3d``, an
LMP date and an Rh status, as a CSV export and a booking webhook), ultrasound dating
worksheets, early pregnancy loss visits, Medicaid coverage checks by CPT, pregnancy-options
counselling rows, abortion-fund intake sheets (Airtable-like: caller's first name,
callback number, state of residence, ZIP, weeks pregnant, procedure, clinic referred to,
costs and pledges), pledge logs and clinic vouchers, practical-support travel, gas-card
and lodging bookings, hotline call logs and web-chat transcripts, contraception
telehealth orders (a named pill with the blood-pressure screen), IUD insertion bookings,
Depo-Provera reminder texts, emergency-contraception and patch subscriptions, telehealth
medication-abortion intake (mifepristone and misoprostol), follow-up pregnancy-test push
notifications, period- and fertility-tracker exports (cycle day, flow, symptoms, an
ovulation test, BBT and cervical fluid), Meta Pixel requests on ``/abortion-pill`` and
``/schedule-appointment?service=ab``, a Conversions API event, a GA4 row and a Salesforce
lead; with the clean rows around them: a state policy table with two-letter state codes,
a fund's grant ledger, aggregate monthly counts by clinic, a pill-pack catalog with SKUs
and UPCs, a help-centre article index, a clinic directory with hours, cycle-length
statistics without a person, a Google Ads search-terms report, a donor, a volunteer roster
and a newsletter sign-up.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors),
consistent with the maternity-and-fertility, sexual-health and gender-affirming probes:

- **Abortion care, pregnancy and contraception are health**, as the maternity probe
  decided: medication and procedural abortion (aspiration, D&E, ``MVA``), mifepristone and
  misoprostol, a pregnancy test and its result, a spontaneous abortion (pregnancy loss) and
  its ICD-10 code, an IUD, Depo-Provera, a named pill, patch (Xulane) or emergency
  contraceptive (Plan B), and the CPT of an aspiration (``59840``).
- **A gestational age is health** wherever it is the person's: ``8w3d`` under a GA field,
  ``5w1d`` under ``weeks_at_intake``, a bare ``11`` under ``Weeks Pregnant``, "6 weeks" under
  an estimated gestation: each says the person is pregnant and how far along. **An Rh
  status is a blood-typing result** (``Rh negative``, a bare ``positive`` under
  ``rh_status``), as the donation probe decided for ABO/Rh; RhoGAM given is a MEDICATION
  answer. A crown-rump length in millimetres is a measurement and never an identifier.
- **An LMP is the person's DATE** (a date related to the individual, as a due date is); so
  are an appointment's start, a visit date, a birth date, an ultrasound's time, an
  abortion's date in a chat ("on Sept 3"), a shot's due date in a reminder, a tracker's
  log date and a fund intake's date (the caller's first contact, as an admission date).
  Machine clocks (``created_at``, ``submitted_at``, event and send timestamps) are not; a
  call's start, a booking's time, a flight's or hotel's dates, a pledge's date, a payment
  date and a subscription's next charge are neither expected nor forbidden.
- **A state of residence is no LOCATION** (Safe Harbor keeps the state): a fund intake's
  ``Texas`` and a ship-to's ``AR`` are neither expected nor forbidden (as the maternity
  probe left a two-letter state), and a state code in a policy table is forbidden (a
  policy names no one). A city of residence, a street, a ZIP and a traveller's home city
  are the person's; a destination clinic's city and a lodging's city are neither.
- **A pledge or voucher with the caller's first name, initials or name is PHI when it
  names the procedure or a gestational age** (a first name under a name field is a NAME,
  as the maternity probe decided for aliases; initials are a NAME, as the pharma probe
  decided). An alias chosen for anonymity (``caller_alias`` = "Blue Heron") is neither
  expected nor forbidden: it is meant not to identify, but a fund uses it to find the
  caller again. Pledge amounts, costs, contributions, mileage, rates, a gas card's last
  four and nights are never findings.
- **Period and fertility trackers**: logged symptoms (cramps, headache, bloating,
  mittelschmerz) and an ovulation (LH) test are HEALTH; cycle day, flow, BBT and cervical
  fluid are neither expected nor forbidden as health and never identifiers, as the
  maternity probe decided. An app's user id is ONLINE_ID (or OTHER_ID), a device id
  DEVICE_ID or ONLINE_ID, an analytics city the person's LOCATION.
- **Pixels**: a page path that names the care (``/abortion-pill``, ``/abortion/in-clinic-
  abortion/``) or a content name (``Medication Abortion Consultation``) is health context
  of the visitor's ``fbp``, ``fbc``, IP address and hashed email, as the tags probe decided.
  A service code of two letters (``?service=ab``) is not read as abortion (``ab`` is an
  antibody, an abdomen, a state code and a thousand other things): a pixel that carries
  only that code is identified, not PHI. The pixel's own id and timestamps are no findings.
- **Ids**: a clinic's patient id and MRN, a FHIR ``Patient/…`` reference, a fund's case
  number and a practical-support client code are the person's record id (``OTHER_ID|MRN``);
  a Salesforce Lead id is the person's OTHER_ID (the leads probe); a store's customer id is
  theirs (``ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID``); a Medi-Cal id is HEALTH_PLAN_ID; a donor's
  account number is the donor's (``ACCOUNT_NUMBER|OTHER_ID``). Appointment, booking,
  order, subscription, verification, intake, request, call, conversation, notification and
  message ids, clinic ids, grant ids, pledge numbers, article and section ids, SKUs and
  UPCs are no one's.
- **Organisations**: a clinic's, fund's and hotel's name, a clinic's directory address,
  line and hours, a referral organisation and a payer's name are no findings. **Clinicians
  are reported** (a provider, a prescribing NP, an attending, a counsellor, a sonographer:
  NAME); a hotline volunteer's handle (``hl_volunteer_14``) is the workforce's.
- **Identified but not health**: a donor to an abortion fund (giving says nothing of the
  donor's health), a volunteer roster and a newsletter sign-up are identified, not PHI.
  **Health but no identifier**: an anonymous aftercare chat message is health, not PHI.
- Aggregates (monthly counts by clinic, cohort cycle statistics, a search-terms report, a
  policy table) name no one: no identifier, not PHI, whatever health words they carry.

After reading the detectors no blind expectation was changed. One expectation and four
must-nots were stricter than decisions the project had made and are narrowed on top
(:data:`_DECIDED`): a bare ``Case #`` is a help desk's case, bare period and
``effective_date`` columns are reported as any date whose owner the key does not name, a
local number in a message log's ``from`` may be the patient's, and a role mailbox outside
a message's parties is reported. What the work built, each with its unit test: a
gestational age in weeks and days (``8w3d``, in any text) and under a field named for it
(``Weeks Pregnant`` = "11", ``Est. Gestation`` = "6 weeks", ``gestational_age``; not a
policy table's ``gestational_limit_weeks`` nor a clinic's ``avg_ga_weeks``) as a
HEALTH_CONDITION (clinical_measures), an Rh type alone under ``Rh Status``, ``rh_factor``
or ``mother_rh`` as blood typing (health_fields), a drug ``Given`` or ``Administered`` as
a flag column and a camel-case brand read whole there (``RhoGAM Given`` = "Yes":
grid_answers), ``D&E`` and ``D&C`` in capitals with their ampersand (not a "D&E team" nor
"D&C Red No. 33": clinical_abbreviations), ``LMP`` and ``EDD`` as a date's context words
("LMP 8/19": dates), a capital initial as a word of a bare person column (``Counselor`` =
"J. Whitlow", whose surname the vocabulary had read as a finger infection), the
``sonographer`` as a clinician and an exam's or a procedure's ``performed_at`` as a date
of care (field_names), and 15 vocabulary terms (the shipped file grows from 35,734 to
35,749 rows: ``dilation and evacuation``, ``uterine aspiration``, ``manual vacuum
aspiration``, ``transvaginal ultrasound``, ``dating ultrasound``, ``LH test``, ``Rh
immune globulin``, ``early pregnancy loss``, ``heavy bleeding``...). Three records are
left open (:data:`LEFT_ALONE`): a trip's ``origin``, an aftercare chat's "the bleeding is
really heavy", a bare ``Client Code``.

Figures (misses / false findings / records wrong): SHAPES (31 records, 133 pairs as
written), blind 19 / 5 / 16; after the work 4 / 5 / 8 as written, 3 / 0 / 3 with the
decisions (all three in LEFT_ALONE). HELD_OUT (10 records, 40 pairs), blind before any
work 0 / 0 / 0; scored once after the work on SHAPES: 0 / 0 / 0 (nothing to fix).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Clinic appointment CRM export (CSV): medication abortion visit, GA, LMP, Rh",
        {
            "Patient ID": "PT-0093317",
            "First Name": "Danielle",
            "Last Name": "Okoro",
            "DOB": "04/17/1996",
            "Mobile Phone": "(312) 555-0148",
            "Appt Date": "10/08/2024",
            "Appt Time": "9:40 AM",
            "Service": "Medication Abortion",
            "GA at Visit": "8w3d",
            "LMP": "08/10/2024",
            "Rh Status": "Rh negative",
            "Location": "Near North Health Center",
            "Provider": "Dr. Helen Marsh",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
            ("Mobile Phone", "PHONE"),
            ("Appt Date", "DATE"),
            ("Service", "HEALTH"),
            ("GA at Visit", "HEALTH"),
            ("LMP", "DATE"),
            ("Rh Status", "HEALTH"),
            ("Provider", "NAME"),
        },
        {("Location", "*"), ("Appt Time", "*")},
        True,
    ),
    (
        "Procedural abortion booking webhook (JSON): patient, intake and appointment objects",
        {
            "event": "appointment.created",
            "appointment": {
                "id": "apt_7Hc2LqP9",
                "service": "Procedural abortion (aspiration), up to 14 weeks",
                "starts_at": "2024-10-15T08:30:00-05:00",
                "location_id": "loc_0041",
            },
            "patient": {
                "first_name": "Brianna",
                "last_name": "Castellanos",
                "email": "bri.castellanos@gmail.com",
                "phone": "+14695550183",
                "date_of_birth": "2001-02-09",
            },
            "intake": {
                "lmp_date": "2024-08-19",
                "gestational_age": "8w1d",
                "rh_status": "positive",
                "allergies": "Penicillin",
                "sedation": "IV sedation requested",
            },
            "created_at": "2024-10-02T17:04:51Z",
        },
        {
            ("appointment.service", "HEALTH"),
            ("appointment.starts_at", "DATE"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.email", "EMAIL"),
            ("patient.phone", "PHONE"),
            ("patient.date_of_birth", "DATE"),
            ("intake.lmp_date", "DATE"),
            ("intake.gestational_age", "HEALTH"),
            ("intake.rh_status", "HEALTH"),
            ("intake.allergies", "HEALTH"),
        },
        {
            ("event", "*"),
            ("appointment.id", "*"),
            ("appointment.location_id", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Abortion fund intake sheet (Airtable CSV): caller, callback, state, weeks, costs",
        {
            "Case #": "2024-1187",
            "Intake Date": "2024-09-23",
            "Caller First Name": "Jess",
            "Callback Number": "214-555-0176",
            "OK to leave VM?": "No - text only",
            "State of Residence": "Texas",
            "ZIP": "75217",
            "Weeks Pregnant": "11",
            "Procedure Type": "Procedural abortion",
            "Clinic Referred To": "Trust Women Wichita",
            "Procedure Cost": "$1,150",
            "Patient Can Contribute": "$200",
            "Fund Pledge": "$450",
            "Intake Volunteer": "Rosa (vol)",
        },
        {
            ("Case #", "OTHER_ID|MRN"),
            ("Intake Date", "DATE"),
            ("Caller First Name", "NAME"),
            ("Callback Number", "PHONE"),
            ("ZIP", "ZIP_CODE"),
            ("Weeks Pregnant", "HEALTH"),
            ("Procedure Type", "HEALTH"),
        },
        {
            ("OK to leave VM?", "*"),
            ("Clinic Referred To", "*"),
            ("Procedure Cost", "*"),
            ("Patient Can Contribute", "*"),
            ("Fund Pledge", "*"),
        },
        True,
    ),
    (
        "Fund pledge log (Google Sheets CSV): caller's first name and initial, D&E, amounts",
        {
            "Date": "9/24/2024",
            "Pledge #": "P-24-0913",
            "Caller": "Maria G.",
            "Clinic": "Hope Clinic for Women",
            "Procedure": "D&E, 18w2d",
            "Pledge Amount": "$350.00",
            "Co-Pledge (NAF)": "$150.00",
            "Status": "Paid",
        },
        {("Caller", "NAME"), ("Procedure", "HEALTH")},
        {
            ("Pledge #", "*"),
            ("Clinic", "*"),
            ("Pledge Amount", "*"),
            ("Co-Pledge (NAF)", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Fund grant ledger (clean): grant ids, award amounts, grant periods",
        {
            "grant_id": "GR-2024-017",
            "funder": "Lilac Community Foundation",
            "award_amount": "75000.00",
            "period_start": "2024-01-01",
            "period_end": "2024-12-31",
            "restricted_to": "Practical support: travel and lodging",
        },
        set(),
        {
            ("grant_id", "*"),
            ("funder", "*"),
            ("award_amount", "*"),
            ("period_start", "*"),
            ("period_end", "*"),
            ("restricted_to", "*"),
        },
        False,
    ),
    (
        "Practical-support travel booking (JSON): client, home city, flight, hotel, purpose",
        {
            "booking_ref": "PSN-2210",
            "client": {"name": "Alicia Reyes", "phone": "+18065550139", "code": "LBK-0422"},
            "trip": {
                "origin": "Lubbock, TX",
                "destination": "Albuquerque, NM",
                "purpose": "2-day D&E appointment",
                "outbound": {
                    "carrier": "Southwest",
                    "confirmation": "QKX7P2",
                    "departs": "2024-10-14T06:05:00-05:00",
                },
            },
            "lodging": {
                "hotel": "Hampton Inn Albuquerque",
                "check_in": "2024-10-14",
                "nights": 2,
                "confirmation": "84412907",
            },
            "support_type": "airfare + hotel + meals",
            "amount_approved": "612.40",
        },
        {
            ("client.name", "NAME"),
            ("client.phone", "PHONE"),
            ("trip.origin", "LOCATION"),
            ("trip.purpose", "HEALTH"),
        },
        {
            ("booking_ref", "*"),
            ("trip.outbound.carrier", "*"),
            ("lodging.hotel", "*"),
            ("lodging.nights", "*"),
            ("lodging.confirmation", "*"),
            ("support_type", "*"),
            ("amount_approved", "*"),
        },
        True,
    ),
    (
        "Hotline call log (call-tracking export): caller number, notes with LMP and town",
        {
            "call_id": "CAL0192AFB3C",
            "caller_number": "+19035550117",
            "tracking_number": "+18005550199",
            "start_time": "2024-09-30T15:22:08Z",
            "duration_sec": 612,
            "agent": "hl_volunteer_14",
            "disposition": "Referred - pills by mail",
            "notes": (
                "Caller is about 6 wks, LMP 8/19, wants medication abortion by mail, "
                "lives in Tyler TX. No car."
            ),
        },
        {
            ("caller_number", "PHONE"),
            ("notes", "HEALTH"),
            ("notes", "DATE"),
            ("notes", "LOCATION"),
        },
        {
            ("call_id", "*"),
            ("tracking_number", "*"),
            ("duration_sec", "*"),
            ("agent", "*"),
        },
        True,
    ),
    (
        "Contraception telehealth order (JSON): a named pill, BP screen, prescriber, ship-to",
        {
            "order_id": "ord_5521907",
            "patient": {
                "first_name": "Kayla",
                "last_name": "Brandt",
                "email": "kbrandt.94@outlook.com",
                "dob": "1994-06-30",
            },
            "prescription": {
                "medication": "Sprintec (norgestimate/ethinyl estradiol) 0.25-35",
                "supply": "3 packs",
                "refills": 3,
                "prescriber": "Amanda Liu, NP",
            },
            "screening": {
                "blood_pressure": "118/76",
                "smoker": False,
                "migraine_with_aura": False,
            },
            "shipping_address": {
                "line1": "4417 N Winchester Ave",
                "city": "Chicago",
                "state": "IL",
                "zip": "60640",
            },
            "created_at": "2024-09-12T02:14:44Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.email", "EMAIL"),
            ("patient.dob", "DATE"),
            ("prescription.medication", "HEALTH"),
            ("prescription.prescriber", "NAME"),
            ("screening.blood_pressure", "HEALTH"),
            ("shipping_address.line1", "LOCATION"),
            ("shipping_address.city", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
        },
        {
            ("order_id", "*"),
            ("prescription.refills", "*"),
            ("prescription.supply", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "IUD insertion booking (scheduling marketplace CSV): patient, reason, provider",
        {
            "Appointment ID": "ZD-77120384",
            "Patient": "Nguyen, Thao",
            "Patient Phone": "(503) 555-0162",
            "Patient Email": "thao.nguyen.pdx@gmail.com",
            "Visit Reason": "IUD insertion (Mirena)",
            "Appointment Start": "10/17/2024 2:15 PM",
            "Provider": "Rebecca Stein, MD",
            "Location": "Northeast Women's Health",
            "Insurance": "Providence Health Plan",
            "Booked At": "10/01/2024 11:52 PM",
        },
        {
            ("Patient", "NAME"),
            ("Patient Phone", "PHONE"),
            ("Patient Email", "EMAIL"),
            ("Visit Reason", "HEALTH"),
            ("Appointment Start", "DATE"),
            ("Provider", "NAME"),
        },
        {("Appointment ID", "*"), ("Location", "*"), ("Insurance", "*")},
        True,
    ),
    (
        "Period tracker daily log (app export JSON): cycle day, flow, symptoms list",
        {
            "user_id": "a8f31c0e-2b47-4d1e-9f6a-3c2e7b915d04",
            "date": "2024-09-14",
            "cycle_day": 3,
            "period": {"flow": "heavy"},
            "symptoms": ["cramps", "headache", "bloating"],
            "mood": ["sensitive"],
            "ovulation_test": None,
            "app_version": "231.0",
        },
        {
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("date", "DATE"),
            ("symptoms[0]", "HEALTH"),
            ("symptoms[1]", "HEALTH"),
            ("symptoms[2]", "HEALTH"),
        },
        {
            ("cycle_day", "DATE|AGE_OVER_89|OTHER_ID|ZIP_CODE"),
            ("period.flow", "NAME|LOCATION|OTHER_ID"),
            ("app_version", "*"),
        },
        True,
    ),
    (
        "Fertility app ovulation-test event (Amplitude export): LH peak, device, geo",
        {
            "user_id": "ovu_00418822",
            "device_id": "6F1A2B3C-4D5E-4F60-8172-93A4B5C6D7E8",
            "event_type": "ovulation_test_logged",
            "event_properties": {
                "result": "positive",
                "lh_level": "peak",
                "cycle_day": 14,
                "test_brand": "Clearblue Digital",
            },
            "event_time": "2024-09-25 07:12:33.118000",
            "platform": "iOS",
            "os_version": "17.6.1",
            "city": "Omaha",
            "region": "Nebraska",
        },
        {
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("device_id", "DEVICE_ID|ONLINE_ID"),
            ("event_type", "HEALTH"),
            ("city", "LOCATION"),
        },
        {
            ("event_time", "*"),
            ("os_version", "*"),
            ("platform", "*"),
            ("event_properties.cycle_day", "DATE|AGE_OVER_89|OTHER_ID|ZIP_CODE"),
        },
        True,
    ),
    (
        "Cycle-length statistics by cohort (clean): no person, only averages",
        {
            "cohort_month": "2024-08",
            "users": 18233,
            "avg_cycle_length_days": 28.6,
            "median_period_length_days": 5,
            "pct_irregular": "14.2%",
            "avg_luteal_phase_days": 12.9,
        },
        set(),
        {
            ("cohort_month", "*"),
            ("users", "*"),
            ("avg_cycle_length_days", "*"),
            ("median_period_length_days", "*"),
            ("pct_irregular", "*"),
            ("avg_luteal_phase_days", "*"),
        },
        False,
    ),
    (
        "Meta Pixel request on /abortion-pill (request log): fbp and the visitor's IP",
        {
            "ev": "PageView",
            "id": "918273645501234",
            "dl": "https://www.examplewomenscenter.org/abortion-pill",
            "rl": "https://www.google.com/",
            "ts": 1727712345123,
            "fbp": "fb.1.1727712000123.1123581321",
            "client_ip": "98.47.122.16",
            "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15",
        },
        {("dl", "HEALTH"), ("fbp", "ONLINE_ID"), ("client_ip", "IP_ADDRESS")},
        {("id", "*"), ("rl", "*"), ("ts", "*"), ("ev", "*")},
        True,
    ),
    (
        "Meta Pixel Schedule event on /schedule-appointment?service=ab: a code, no words",
        {
            "ev": "Schedule",
            "id": "918273645501234",
            "dl": "https://www.examplewomenscenter.org/schedule-appointment?service=ab&loc=dt",
            "ts": 1727800012345,
            "fbp": "fb.1.1727800000456.987654321",
            "client_ip": "174.62.8.201",
        },
        {("fbp", "ONLINE_ID"), ("client_ip", "IP_ADDRESS")},
        {("id", "*"), ("ts", "*"), ("ev", "*")},
        False,
    ),
    (
        "Meta Conversions API Lead: hashed email and phone, fbc, content name",
        {
            "data": [
                {
                    "event_name": "Lead",
                    "event_time": 1727901234,
                    "action_source": "website",
                    "event_source_url": (
                        "https://www.examplewomenscenter.org/schedule-appointment?service=ab"
                    ),
                    "user_data": {
                        "em": [_sha("jpruitt405@yahoo.com")],
                        "ph": [_sha("14055550129")],
                        "client_ip_address": "73.92.14.207",
                        "client_user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8)",
                        "fbc": "fb.1.1727901100000.IwAR2xQe7Lk0pZ3vXyS9",
                        "fbp": "fb.1.1727900000000.555123777",
                    },
                    "custom_data": {
                        "content_name": "Medication Abortion Consultation",
                        "content_category": "abortion_services",
                    },
                }
            ]
        },
        {
            ("data[0].user_data.em[0]", "HASHED_ID"),
            ("data[0].user_data.ph[0]", "HASHED_ID"),
            ("data[0].user_data.client_ip_address", "IP_ADDRESS"),
            ("data[0].user_data.fbc", "ONLINE_ID"),
            ("data[0].user_data.fbp", "ONLINE_ID"),
            ("data[0].custom_data.content_name", "HEALTH"),
        },
        {("data[0].event_time", "*"), ("data[0].action_source", "*")},
        True,
    ),
    (
        "GA4 export row: page_view of the in-clinic abortion page, pseudo id, geo",
        {
            "event_date": "20240930",
            "event_timestamp": "1727712000123456",
            "event_name": "page_view",
            "user_pseudo_id": "1402938475.1727711000",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://www.examplewomenscenter.org/abortion/in-clinic-abortion/"
                        )
                    },
                },
                {
                    "key": "page_title",
                    "value": {"string_value": "In-Clinic Abortion | Example Women's Center"},
                },
                {"key": "ga_session_number", "value": {"int_value": 3}},
            ],
            "geo": {"city": "Dallas", "region": "Texas", "country": "United States"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "HEALTH"),
            ("geo.city", "LOCATION"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[2].value.int_value", "*"),
            ("geo.country", "*"),
        },
        True,
    ),
    (
        "State abortion policy table (clean): two-letter state codes, limits, waiting periods",
        {
            "state": "TX",
            "status": "Total ban",
            "gestational_limit_weeks": "0",
            "telehealth_medication_abortion": "Prohibited",
            "waiting_period_hours": "24",
            "parental_involvement": "Consent",
            "effective_date": "2022-08-25",
            "source_url": "https://policy.example.org/states/tx",
        },
        set(),
        {
            ("state", "*"),
            ("status", "*"),
            ("gestational_limit_weeks", "*"),
            ("waiting_period_hours", "*"),
            ("parental_involvement", "*"),
            ("effective_date", "*"),
        },
        False,
    ),
    (
        "Aggregate monthly counts by clinic (clean): clinic id, service counts, mean GA",
        {
            "month": "2024-09",
            "clinic_id": "CL-004",
            "clinic_name": "Near North Health Center",
            "medication_abortions": "212",
            "procedural_abortions": "88",
            "iud_insertions": "41",
            "hotline_calls": "540",
            "avg_ga_weeks": "7.8",
        },
        set(),
        {
            ("month", "*"),
            ("clinic_id", "*"),
            ("clinic_name", "*"),
            ("medication_abortions", "*"),
            ("procedural_abortions", "*"),
            ("iud_insertions", "*"),
            ("hotline_calls", "*"),
            ("avg_ga_weeks", "*"),
        },
        False,
    ),
    (
        "Pill-pack catalog row (clean): SKU, UPC, pack size of a combined pill",
        {
            "SKU": "OC-SPRI-28-3PK",
            "Product": "Sprintec 28-day, 3-pack",
            "Type": "Combined oral contraceptive",
            "UPC": "300937532581",
            "Price": "45.00",
            "Pack Size": "84 tablets",
            "Rx Required": "Yes",
        },
        set(),
        {
            ("SKU", "*"),
            ("UPC", "*"),
            ("Price", "*"),
            ("Pack Size", "*"),
            ("Rx Required", "*"),
        },
        False,
    ),
    (
        "Help-centre article index (clean): Zendesk Guide article and section ids",
        {
            "id": 360041229814,
            "title": "What to expect after taking the abortion pill",
            "section_id": 360008812233,
            "locale": "en-us",
            "vote_sum": 212,
            "html_url": (
                "https://help.examplewomenscenter.org/hc/en-us/articles/"
                "360041229814-What-to-expect-after-taking-the-abortion-pill"
            ),
            "updated_at": "2024-08-14T19:02:11Z",
        },
        set(),
        {
            ("id", "*"),
            ("section_id", "*"),
            ("locale", "*"),
            ("vote_sum", "*"),
            ("updated_at", "*"),
            ("html_url", "OTHER_ID|ONLINE_ID|ACCOUNT_NUMBER|PHONE|DATE"),
        },
        False,
    ),
    (
        "Clinic directory row (clean): the health centre's address, line, hours, services",
        {
            "clinic_id": "CL-004",
            "name": "Near North Health Center",
            "address": "1200 N LaSalle Dr",
            "city": "Chicago",
            "state": "IL",
            "zip": "60610",
            "phone": "(312) 555-0100",
            "hours": "Mon-Fri 8:00-17:00; Sat 9:00-13:00",
            "services": "Medication abortion; in-clinic abortion; birth control; STI testing",
        },
        set(),
        {
            ("clinic_id", "*"),
            ("name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("state", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "Anonymous aftercare chat message (health, no identifier): heavy bleeding question",
        {
            "widget": "aftercare_chat",
            "message_index": 3,
            "role": "visitor",
            "text": (
                "I took the second pill yesterday and the bleeding is really heavy, "
                "soaking 2 pads an hour. Is that normal?"
            ),
            "topic_tag": "medication_abortion_aftercare",
        },
        {("text", "HEALTH")},
        {
            ("text", "NAME|PHONE|EMAIL|DATE|LOCATION|OTHER_ID"),
            ("message_index", "*"),
            ("widget", "*"),
        },
        False,
    ),
    (
        "Abortion fund donor (donor CRM CSV): identified, giving is not health",
        {
            "Account Number": "10482",
            "First Name": "Evelyn",
            "Last Name": "Marchetti",
            "Email": "emarchetti@comcast.net",
            "Gift Date": "09/15/2024",
            "Gift Amount": "100.00",
            "Fund": "Practical Support Fund",
            "Appeal": "Fall 2024 Giving",
            "Recurring": "Monthly",
        },
        {
            ("Account Number", "ACCOUNT_NUMBER|OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
        },
        {("Gift Amount", "*"), ("Fund", "*"), ("Appeal", "*"), ("Recurring", "*")},
        False,
    ),
    (
        "Hotline volunteer shift roster (identified, not health)",
        {
            "Volunteer": "Tamika Rhodes",
            "Phone": "773-555-0124",
            "Email": "tamika.rhodes@proton.me",
            "Shift": "Tue 18:00-22:00",
            "Language": "English, Spanish",
            "Training Completed": "2024-03-09",
            "Role": "Hotline - Intake",
        },
        {("Volunteer", "NAME"), ("Phone", "PHONE"), ("Email", "EMAIL")},
        {("Shift", "*"), ("Language", "*"), ("Role", "*")},
        False,
    ),
    (
        "Newsletter sign-up (identified, not health): email, ZIP, interests",
        {
            "form": "newsletter_footer",
            "email": "sam.ortiz.atx@gmail.com",
            "zip": "78704",
            "interests": ["policy updates", "volunteering", "events"],
            "consent": "yes",
            "submitted_at": "2024-09-04T21:40:12Z",
        },
        {("email", "EMAIL"), ("zip", "ZIP_CODE")},
        {
            ("form", "*"),
            ("interests[0]", "*"),
            ("interests[1]", "*"),
            ("interests[2]", "*"),
            ("consent", "*"),
            ("submitted_at", "*"),
        },
        False,
    ),
    (
        "Pregnancy-options counselling row (CSV): positive test, estimated gestation",
        {
            "Client Name": "Aaliyah Brooks",
            "DOB": "2006-11-02",
            "Phone": "(901) 555-0157",
            "Visit Date": "09/27/2024",
            "Pregnancy Test": "Positive",
            "Est. Gestation": "6 weeks",
            "Options Discussed": "Parenting, adoption, abortion",
            "Referral Given": "Choices Memphis",
            "Counselor": "J. Whitlow",
        },
        {
            ("Client Name", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Visit Date", "DATE"),
            ("Pregnancy Test", "HEALTH"),
            ("Est. Gestation", "HEALTH"),
            ("Counselor", "NAME"),
        },
        {("Referral Given", "*")},
        True,
    ),
    (
        "Depo-Provera reminder text (Twilio message log): name, due date, drug in the body",
        {
            "sid": "SM6e1f2a3b4c5d6e7f8091a2b3c4d5e6f7",
            "date_sent": "Mon, 07 Oct 2024 15:00:04 +0000",
            "from": "+13125550100",
            "to": "+17735550186",
            "body": (
                "Hi Dana, your next Depo-Provera shot is due 10/21. Reply 1 to book or "
                "call (312) 555-0100."
            ),
            "status": "delivered",
            "messaging_service_sid": "MG9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH"), ("body", "DATE")},
        {
            ("sid", "*"),
            ("date_sent", "*"),
            ("from", "*"),
            ("status", "*"),
            ("messaging_service_sid", "*"),
        },
        True,
    ),
    (
        "Emergency contraception order (Shopify Admin API): Plan B, customer, address",
        {
            "name": "#1048",
            "email": "lena.park88@gmail.com",
            "created_at": "2024-10-05T22:31:07-04:00",
            "customer": {"id": 7120334455123, "first_name": "Lena", "last_name": "Park"},
            "shipping_address": {
                "address1": "88 Bergen St Apt 3R",
                "city": "Brooklyn",
                "zip": "11201",
                "province_code": "NY",
            },
            "line_items": [
                {
                    "title": "Plan B One-Step Emergency Contraceptive (1.5 mg levonorgestrel)",
                    "sku": "EC-PLANB-1",
                    "quantity": 2,
                    "price": "49.99",
                }
            ],
        },
        {
            ("email", "EMAIL"),
            ("customer.id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.city", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
            ("line_items[0].title", "HEALTH"),
        },
        {
            ("name", "*"),
            ("created_at", "*"),
            ("line_items[0].sku", "*"),
            ("line_items[0].quantity", "*"),
            ("line_items[0].price", "*"),
        },
        True,
    ),
    (
        "Telehealth medication-abortion intake (JSON): LMP, weeks at intake, mifepristone",
        {
            "intake_id": "int_44b1",
            "submitted_at": "2024-09-08T03:12:45Z",
            "patient": {
                "legal_name": "Morgan Ellis Tate",
                "preferred_name": "Mo",
                "email": "mtate.writes@gmail.com",
                "dob": "1999-12-14",
                "phone": "+15015550190",
            },
            "screening": {
                "lmp": "2024-08-03",
                "weeks_at_intake": "5w1d",
                "ectopic_risk": "none",
                "iud_in_place": False,
                "bleeding_disorder": False,
            },
            "rx": ["mifepristone 200 mg", "misoprostol 200 mcg x4 buccal"],
            "ship_to": {
                "line1": "1507 W 6th St",
                "city": "Little Rock",
                "state": "AR",
                "zip": "72201",
            },
        },
        {
            ("patient.legal_name", "NAME"),
            ("patient.preferred_name", "NAME"),
            ("patient.email", "EMAIL"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("screening.lmp", "DATE"),
            ("screening.weeks_at_intake", "HEALTH"),
            ("rx[0]", "HEALTH"),
            ("rx[1]", "HEALTH"),
            ("ship_to.line1", "LOCATION"),
            ("ship_to.city", "LOCATION"),
            ("ship_to.zip", "ZIP_CODE"),
        },
        {("intake_id", "*"), ("submitted_at", "*")},
        True,
    ),
    (
        "Follow-up pregnancy-test push (push provider log): player id, external user id",
        {
            "notification_id": "b98881cc-1e94-4366-bbd9-db8f3429292b",
            "player_id": "1dd608f2-c6a1-11e3-851d-000c2940e62c",
            "external_user_id": "hj_pt_550812",
            "heading": "Time for your follow-up test",
            "contents": (
                "It's been 4 weeks since your abortion pill treatment. Take your follow-up "
                "pregnancy test today and log the result."
            ),
            "send_after": "2024-10-06 14:00:00 GMT-0500",
            "delivered": True,
        },
        {
            ("player_id", "ONLINE_ID|DEVICE_ID"),
            ("external_user_id", "OTHER_ID|ONLINE_ID"),
            ("contents", "HEALTH"),
        },
        {("notification_id", "*"), ("send_after", "*"), ("delivered", "*")},
        True,
    ),
    (
        "Hotline web-chat transcript: first name, the abortion's date, cramping, a number",
        {
            "conversation_id": "conv_88213",
            "channel": "web_chat",
            "transcript": (
                "Visitor: hi my name is Keisha, I had my abortion on Sept 3 and I'm still "
                "cramping a lot\nAdvocate: I'm sorry you're dealing with that. Is the "
                "bleeding heavier than a period?\nVisitor: no just cramps. my number is "
                "601-555-0133 if you can call"
            ),
            "started_at": "2024-09-17T01:44:02Z",
        },
        {
            ("transcript", "NAME"),
            ("transcript", "DATE"),
            ("transcript", "HEALTH"),
            ("transcript", "PHONE"),
        },
        {("conversation_id", "*"), ("channel", "*"), ("started_at", "*")},
        True,
    ),
    (
        "Medicaid coverage check for an aspiration abortion: member id, CPT 59840",
        {
            "verification_id": "VOB-20241003-118",
            "patient_name": "Ortega, Luz",
            "dob": "1990-07-21",
            "payer": "Medi-Cal",
            "member_id": "91234567A",
            "cpt": "59840",
            "service": "Aspiration abortion, first trimester",
            "coverage": "Covered - no prior auth",
            "checked_at": "2024-10-03T16:20:00Z",
        },
        {
            ("patient_name", "NAME"),
            ("dob", "DATE"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("cpt", "HEALTH"),
            ("service", "HEALTH"),
        },
        {("verification_id", "*"), ("payer", "*"), ("checked_at", "*")},
        True,
    ),
    (
        "Early pregnancy loss visit (EHR extract CSV): O03.9, MVA, RhoGAM, attending",
        {
            "MRN": "00418823",
            "Patient": "HOLLOWAY, KRISTEN",
            "Visit Date": "2024-09-19",
            "Dx": "O03.9",
            "Dx Description": "Complete or unspecified spontaneous abortion without complication",
            "Procedure": "Uterine aspiration (MVA)",
            "RhoGAM Given": "Yes",
            "Attending": "Priya Raman, MD",
        },
        {
            ("MRN", "MRN"),
            ("Patient", "NAME"),
            ("Visit Date", "DATE"),
            ("Dx", "HEALTH"),
            ("Dx Description", "HEALTH"),
            ("Procedure", "HEALTH"),
            ("RhoGAM Given", "HEALTH"),
            ("Attending", "NAME"),
        },
        set(),
        True,
    ),
    (
        "Ultrasound dating worksheet (JSON): transvaginal exam, CRL, GA by ultrasound",
        {
            "exam": {
                "type": "Transvaginal ultrasound - dating",
                "performed_at": "2024-10-01T10:12:00-05:00",
                "crl_mm": 18.2,
                "ga_by_us": "8w4d",
                "iup_confirmed": True,
                "cardiac_activity": "present",
            },
            "patient_ref": "Patient/55012",
            "sonographer": "K. Abbott, RDMS",
        },
        {
            ("exam.type", "HEALTH"),
            ("exam.performed_at", "DATE"),
            ("exam.ga_by_us", "HEALTH"),
            ("patient_ref", "OTHER_ID|MRN"),
            ("sonographer", "NAME"),
        },
        {("exam.crl_mm", "*")},
        True,
    ),
    (
        "Clinic CRM lead (Salesforce REST): Lead id, service interest, campaign",
        {
            "attributes": {
                "type": "Lead",
                "url": "/services/data/v59.0/sobjects/Lead/00Q5e00000Kq3XyEAJ",
            },
            "Id": "00Q5e00000Kq3XyEAJ",
            "FirstName": "Jordan",
            "LastName": "Pruitt",
            "Phone": "(405) 555-0129",
            "Email": "jpruitt405@yahoo.com",
            "LeadSource": "Google Ads",
            "Service_Interest__c": "Abortion pill",
            "Campaign__c": "abortion pill near me - exact",
            "Status": "Open - Not Contacted",
            "CreatedDate": "2024-09-29T18:03:11.000+0000",
        },
        {
            ("Id", "OTHER_ID"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Service_Interest__c", "HEALTH"),
            ("Campaign__c", "HEALTH"),
        },
        {("LeadSource", "*"), ("Status", "*"), ("CreatedDate", "*")},
        True,
    ),
    (
        "Google Ads search-terms report (clean): abortion pill searches, spend, clicks",
        {
            "Search term": "abortion pill near me",
            "Match type": "Phrase match",
            "Campaign": "Medication Abortion - TX/OK",
            "Ad group": "Abortion Pill",
            "Impr.": "4,812",
            "Clicks": "391",
            "Cost": "1,204.55",
            "Conversions": "37.00",
            "Day": "2024-09-30",
        },
        set(),
        {
            ("Match type", "*"),
            ("Impr.", "*"),
            ("Clicks", "*"),
            ("Cost", "*"),
            ("Conversions", "*"),
            ("Day", "*"),
        },
        False,
    ),
    (
        "Practical-support gas-card reimbursement (CSV): client code, second-trimester trip",
        {
            "Client Code": "PSO-8812",
            "First Name": "Destiny",
            "Appointment Date": "10/11/2024",
            "Destination Clinic": "Carbondale clinic",
            "Miles Round Trip": "412",
            "Gas Card Last 4": "2281",
            "Amount": "$120.00",
            "Reason": "Second-trimester abortion, 2-day procedure",
            "Paid On": "10/09/2024",
        },
        {
            ("Client Code", "OTHER_ID|MRN|ONLINE_ID"),
            ("First Name", "NAME"),
            ("Appointment Date", "DATE"),
            ("Reason", "HEALTH"),
        },
        {("Miles Round Trip", "*"), ("Gas Card Last 4", "*"), ("Amount", "*")},
        True,
    ),
    (
        "Lodging request (practical-support JSON): caller alias, stay, appointment in text",
        {
            "request_id": "lodg-3391",
            "caller_alias": "Blue Heron",
            "host_city": "Albuquerque",
            "check_in": "2024-10-13",
            "check_out": "2024-10-15",
            "nights": 2,
            "nightly_rate": "89.00",
            "reason_for_stay": "Abortion appointment 10/14 at clinic, 20 weeks",
            "coordinator": "ps_coord_03",
        },
        {("reason_for_stay", "HEALTH"), ("reason_for_stay", "DATE")},
        {
            ("request_id", "*"),
            ("nights", "*"),
            ("nightly_rate", "*"),
            ("coordinator", "*"),
        },
        True,
    ),
    (
        "Fertility-awareness chart export (CSV): BBT, cervical fluid, LH test, notes, email",
        {
            "Date": "2024-09-21",
            "Cycle Day": "17",
            "BBT (F)": "97.9",
            "Cervical Fluid": "Egg white",
            "LH Test": "Positive",
            "Sex": "Protected",
            "Notes": "mittelschmerz left side, mild",
            "User Email": "rachel.hsu.bk@gmail.com",
        },
        {
            ("Date", "DATE"),
            ("LH Test", "HEALTH"),
            ("Notes", "HEALTH"),
            ("User Email", "EMAIL"),
        },
        {
            ("Cycle Day", "DATE|AGE_OVER_89|OTHER_ID|ZIP_CODE"),
            ("BBT (F)", "DATE|AGE_OVER_89|OTHER_ID|ZIP_CODE"),
        },
        True,
    ),
    (
        "Contraceptive patch subscription (Recharge-like): Xulane, customer, billing address",
        {
            "subscription_id": 88213307,
            "customer_id": 61822019,
            "email": "ivy.mbeki@gmail.com",
            "product_title": "Xulane (norelgestromin/ethinyl estradiol) patch - 3 month supply",
            "next_charge_scheduled_at": "2024-11-02",
            "price": "15.00",
            "status": "active",
            "billing_address": {
                "first_name": "Ivy",
                "last_name": "Mbeki",
                "address1": "2201 Magnolia Ave",
                "city": "Long Beach",
                "zip": "90806",
            },
        },
        {
            ("customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("email", "EMAIL"),
            ("product_title", "HEALTH"),
            ("billing_address.first_name", "NAME"),
            ("billing_address.last_name", "NAME"),
            ("billing_address.address1", "LOCATION"),
            ("billing_address.city", "LOCATION"),
            ("billing_address.zip", "ZIP_CODE"),
        },
        {("subscription_id", "*"), ("price", "*"), ("status", "*")},
        True,
    ),
    (
        "Clinic's fund voucher (CSV): patient initials, appointment, procedure, pledge",
        {
            "Voucher #": "V-77102",
            "Patient Initials": "K.M.",
            "Appt Date": "10/22/2024",
            "Procedure": "Medication abortion",
            "Pledge": "$200",
            "Fund": "Texas Equal Access Fund",
            "Clinic Contact": "billing@examplewomenscenter.org",
        },
        {
            ("Patient Initials", "NAME"),
            ("Appt Date", "DATE"),
            ("Procedure", "HEALTH"),
        },
        {("Voucher #", "*"), ("Pledge", "*"), ("Fund", "*"), ("Clinic Contact", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Abortion fund intake sheet (Airtable CSV): caller, callback, state, weeks, costs": (
        set(),
        {("Case #", "OTHER_ID|MRN")},
        set(),
        "a bare case number is a help desk's or a CRM's case (tests/test_device_resupply.py "
        "forbids any finding on a Salesforce ``Case Number``); a fund's intake number cannot "
        "be told from it by the key, so the blind expectation was stricter than the project",
    ),
    "Fund grant ledger (clean): grant ids, award amounts, grant periods": (
        set(),
        set(),
        {("period_start", "*"), ("period_end", "*")},
        "a bare date under a key that does not say whose it is is reported on purpose "
        "(tests/test_clean_exports.py); a period's bounds are a member's coverage or a "
        "patient's billing period as often, as ``effective`` was left out of "
        "dates.OFF_PERSON_FIELD_WORDS for a member's Part B date. The row is no PHI",
    ),
    "State abortion policy table (clean): two-letter state codes, limits, waiting periods": (
        set(),
        set(),
        {("effective_date", "*")},
        "an ``effective_date`` is a member's coverage date as often as a policy's "
        "(dates.OFF_PERSON_FIELD_WORDS leaves ``effective`` out on purpose); the row is no PHI",
    ),
    "Depo-Provera reminder text (Twilio message log): name, due date, drug in the body": (
        set(),
        set(),
        {("from", "*")},
        "a local number in a message log's bare ``from`` is kept: on an inbound text it is "
        "the patient's, and only a toll-free line or a short code is let go "
        "(detectors/senders.py); the blind must-not was stricter than the project",
    ),
    "Clinic's fund voucher (CSV): patient initials, appointment, procedure, pledge": (
        set(),
        set(),
        {("Clinic Contact", "*")},
        "a role mailbox (``billing@``) is let go only as a message's sender or recipient "
        "(detectors/senders.py); elsewhere it is a lead's or a small business owner's own "
        "address as often, so the project reports it",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Practical-support travel booking (JSON): client, home city, flight, hotel, purpose": (
        {("trip.origin", "LOCATION")},
        "``origin`` is a store's ship-from address (field_names.MERCHANT_WORDS: Shopify's "
        "``origin_address``) and a flight's airport; a trip's origin is the traveller's home "
        "only by its parent, and one probe's row is too little to split the word (the row is "
        "PHI by the client's name, phone and the D&E)",
    ),
    "Anonymous aftercare chat message (health, no identifier): heavy bleeding question": (
        {("text", "HEALTH")},
        '"the bleeding is really heavy, soaking 2 pads an hour" is consumer wording the '
        'vocabulary does not hold: ``bleeding`` alone is a stop term ("bleeding edge"), and '
        "the new ``heavy bleeding`` needs the words in that order (the row is no PHI either "
        "way)",
    ),
    "Practical-support gas-card reimbursement (CSV): client code, second-trimester trip": (
        {("Client Code", "OTHER_ID|MRN|ONLINE_ID")},
        "a bare ``Client Code`` is an agency's advertiser code in media and billing exports "
        "as often as a support network's client; without a word saying whose it is, no field "
        "rule takes it (the row is PHI by the first name, the appointment date and the "
        "procedure)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_reproductive_health_access_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on reproductive-health access exports fails here. Before the work, blind: SHAPES 19
#: misses / 5 false / 16 wrong of 31, HELD_OUT 0 / 0 / 0 of 10.
FLOORS = ShapeTotals(expected=172, misses=3, false=0, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
