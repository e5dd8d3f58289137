"""Chiropractic, acupuncture, massage and integrative-medicine clinics' exports.

A blind probe, written by hand before reading the detectors: what small chiropractic,
acupuncture, massage-therapy and integrative-medicine practices' software and marketing
tools export. Practice-management exports (Jane-, ChiroTouch-, ChiroFusion- and
ClinicSense-like: patient lists, appointments with a treatment type such as "Initial Chiro
Exam", "Acupuncture Follow-up 45 min" or "Deep Tissue 60", SOAP notes with subluxation
levels, pain scales, cupping, moxibustion, acupuncture points and TCM pattern diagnoses,
massage session notes, care plans "3x/week for 4 weeks", superbills and claim lines with
ICD-10 ``M99.01`` / ``M54.50`` and CPT ``98940``-``98942``, ``97810``-``97814``,
``97140``), intake forms (chief complaint, auto accident date, pregnancy, medications,
supplements), personal-injury and PIP cases (attorney, adjuster, claim number, a lien),
membership and wellness-plan billing with a card on file, eligibility checks for an
acupuncture benefit, herbal formula orders (Fullscript-like) and dispensary inventory,
online booking widgets (Mindbody-like), GA4 events on ``/services/sciatica-treatment``,
review requests and reminder texts, a HubSpot-like lead. With the clean rows around them:
service menus with prices, treatment-type settings, an herbal product catalog with lot
numbers and SKUs, practitioner schedules, rooms and tables, membership plan definitions,
a CPT fee schedule, newsletter campaign stats, daily practice reports, and DC and L.Ac.
credential rosters.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Chiropractic, acupuncture and therapeutic massage are health care**: an adjustment
  (chiropractic manipulative treatment), an initial chiropractic exam, acupuncture (a
  follow-up too), electro-acupuncture, cupping, moxibustion, gua sha, myofascial release
  and trigger-point work done for a named person are HEALTH; so is a membership or plan
  that names adjustments (the elective-care and rehab probes' decision for packages). A
  spa-style massage name alone ("Deep Tissue 60", "Swedish 90") is neither expected nor
  forbidden: a day spa sells the same words.
- **A subluxation, a pain and its location are health context** ("subluxation at C5, T4,
  L5", "low back pain radiating to left leg", "tension headaches", sciatica). The
  vertebral levels themselves (``C5``, ``T4``, ``L5``), acupuncture points (``LI4``,
  ``ST36``, ``GB20``), a pain rating (``6/10``, never a date), a care-plan frequency
  ("3x/week for 4 weeks"), pressure and minutes are never identifiers; a body region
  alone is neither expected nor forbidden.
- **A TCM pattern diagnosis is a diagnosis**: "Liver Qi stagnation", "Kidney Yang
  deficiency", "Spleen Qi deficiency with dampness" for a named patient are HEALTH (the
  practice's diagnosis in its own medical system). A tongue or pulse description ("wiry",
  "red tip, thin yellow coat") is neither expected nor forbidden.
- **An herbal formula or a medication dispensed or taken is a medication**: a formula
  ordered for a patient ("Xiao Yao San", "Gui Pi Tang") and an intake's current
  medications are HEALTH. Supplements listed on an intake are neither expected nor
  forbidden (a vitamin is no treatment of anything in particular). In a catalog or an
  inventory the same names name nobody: no PHI, and lot numbers, SKUs, expiry dates,
  quantities and prices are never findings.
- **Pregnancy is health**: a pregnancy answer with weeks, a prenatal massage booked for a
  client, "IVF transfer" on a fertility acupuncture note are HEALTH.
- **Codes**: ICD-10 (``M99.01``, ``M54.50``) and CPT (``98941``, ``97813``, ``97140``)
  in a field named for them, or listed on a person's superbill or claim line, are HEALTH.
  The same codes in a fee schedule or a treatment-type setting name nobody: not PHI, and
  never identifiers.
- **Clinicians are reported as the project reports them**: a chiropractor, an
  acupuncturist, a massage therapist (LMT) and a referring physician named in a patient's
  record are NAME; their NPI and licence numbers are reported (``OTHER_ID|LICENSE_NUMBER``
  / ``LICENSE_NUMBER``) in a patient's record and in a credential roster alike (the
  autism probe's decision: a clinician's licence is reported wherever it stands). A
  roster names clinicians but holds no health: identified, not PHI. Credentials (``DC``,
  ``L.Ac.``, ``Dipl. OM``, ``LMT``) are never findings. A practitioner's name on a
  schedule row with no patient is left unscored (the rehab probe's open slot).
- **Personal injury**: a PIP or auto claim number is the claimant's unique number
  (``OTHER_ID``, ``ACCOUNT_NUMBER`` or ``HEALTH_PLAN_ID``); an auto policy number, the
  carrier, the law firm, the attorney and the adjuster are left unscored (the legal-intake
  and rehab probes); a date of accident is the person's DATE; the patient's licence plate
  is VEHICLE_ID.
- **Ids**: a practice's patient or client id and a patient account number are the
  person's record id (``OTHER_ID|MRN|ACCOUNT_NUMBER``); a payer's member id is
  HEALTH_PLAN_ID; a GA4 ``user_pseudo_id`` is ONLINE_ID. Appointment, invoice, charge,
  order, treatment-type, service, plan, campaign, room, table, SKU and lot ids are never
  findings; a gift card's code is left unscored. A card's brand and last four digits are
  no identifier (the health-commerce probe).
- **A person's dates are DATE**: birth, an appointment's start, a date of service, a date
  of accident, a care plan's start and re-exam, a referral's date. The practice's and the
  system's are not: a payment's or order's timestamp, a campaign's send time, a report's
  date, a fee schedule's effective date, a product's expiry, a consent's signing stamp is
  left unscored. Clock times alone are never findings.
- **The practice's places and lines are not a person's**: a clinic's location name, its
  address in a schedule, a reminder's sender number. A patient's address and ZIP are
  LOCATION / ZIP_CODE.
- **Marketing**: a lead's "condition of interest" and a booking's note are health
  context; a newsletter's subject line ("5 Stretches for Sciatica Relief") names nobody
  and its campaign stats are no one's; a GA4 event on a condition's service page
  (``/services/sciatica-treatment``) is PHI by its pseudo id; a subscriber list with no
  health is identified, not PHI.

After reading the detectors no blind expectation was changed; three were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a practice's
``Claim ID`` is a person's record id as the pharmacy and PBM probes read it; Mindbody's
``StaffName`` is the workforce's (``staff`` is a staff word, as a scheduler's and an
agent's are); and a superbill's bare nested ``provider.name`` is left unread, as the
scheduling probe forbids a booking's. What the work built, each with its unit test: 56
vocabulary terms (acupuncture, which no source had, electro-acupuncture, cupping therapy,
moxibustion, massage therapy and prenatal massage, myofascial release, trigger point
therapy, IASTM, CPT 98940-98942's and 97012's descriptors, spinal decompression,
chiropractic visit types such as "Initial Chiro Exam", a subluxation, hypertonicity, eleven
TCM pattern diagnoses, ten classical herbal formulas; bare "chiropractic", "adjustment",
"cupping", "gua sha" and "deep tissue" stay out); an acupuncturist's ``L.Ac.`` and
``DACM``, a massage therapist's ``LMT`` and a chiropractor's ``DC`` after a name, ``DC``
only after a known given name, so "Washington, DC" stays a place
(detectors/keyed_names.py); ``Practitioner``, ``Acupuncturist`` and ``Massage Therapist``
columns as a clinician's name (detectors/field_names.py); a start time beside the care
booked (``treatment``, ``SessionType``) and a client's or a patient's name as the visit's
date (detectors/appointment_records.py: Jane's and Mindbody's appointments name no
appointment word); and a membership's ``Last Charged`` and a table's ``last_serviced`` as
no one's date (detectors/dates.py). Two records are left open (:data:`LEFT_ALONE`): a
membership billed as "2 Adjustments/month" (bare "adjustment" is everyday English), and
from HELD_OUT a Twilio log's ``from`` written without its ``direction``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 117
pairs), blind 14 / 3 / 12; after the work 2 / 1 / 3 as written, 1 / 0 / 1 with the
decisions (in LEFT_ALONE). HELD_OUT (10 records, 47 pairs), blind before any work
7 / 1 / 5; scored once after the work on SHAPES: 1 / 1 / 2 as written (the SHAPES rules
closed six of its seven misses), 0 / 1 / 1 with the decision on ``provider.name``; no
held-out miss was fixed afterwards. The held-out aggregate was seen
once too early, printed by tests/score_probe.py after the vocabulary step; no held-out
row was looked at before the SHAPES work was done.
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
        "Jane-like patient list (CSV): patient, contact, practitioner, tags",
        {
            "Patient ID": "48213",
            "First Name": "Marisol",
            "Last Name": "Quintero",
            "Preferred Name": "Mari",
            "Birth Date": "1987-03-22",
            "Email": "mari.quintero87@gmail.com",
            "Mobile Phone": "(503) 284-7716",
            "Address": "2217 SE Clinton St",
            "City": "Portland",
            "Province/State": "OR",
            "Postal/Zip Code": "97202",
            "Primary Practitioner": "Dr. Evan Holt, DC",
            "Tags": "PI case, low back pain",
            "Patient Since": "2023-11-02",
        },
        {
            ("Patient ID", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Birth Date", "DATE"),
            ("Email", "EMAIL"),
            ("Mobile Phone", "PHONE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Postal/Zip Code", "ZIP_CODE"),
            ("Primary Practitioner", "NAME"),
            ("Tags", "HEALTH"),
        },
        {("Province/State", ANY_ID)},
        True,
    ),
    (
        "Jane-like appointment (JSON API): an initial chiropractic exam",
        {
            "id": 771204,
            "start_at": "2024-10-15T09:30:00-07:00",
            "end_at": "2024-10-15T10:30:00-07:00",
            "state": "booked",
            "treatment": {"id": 12, "name": "Initial Chiro Exam", "duration": 3600},
            "patient": {
                "id": 48213,
                "first_name": "Marisol",
                "last_name": "Quintero",
                "email": "mari.quintero87@gmail.com",
            },
            "staff_member": {"id": 3, "full_name": "Evan Holt", "profession": "Chiropractor"},
            "location": {"id": 1, "name": "Clinton Street Chiropractic"},
            "booked_online": True,
            "created_at": "2024-10-09T18:44:12Z",
        },
        {
            ("start_at", "DATE"),
            ("treatment.name", "HEALTH"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.email", "EMAIL"),
            ("staff_member.full_name", "NAME"),
        },
        {
            ("id", "*"),
            ("treatment.id", "*"),
            ("treatment.duration", "*"),
            ("staff_member.id", "*"),
            ("location.id", "*"),
            ("location.name", ANY_ID),
            ("state", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "ChiroTouch-like SOAP note (CSV): subluxation levels, pain scale, CMT 3-4 regions",
        {
            "Patient Acct #": "CT-009314",
            "Patient": "Quintero, Marisol",
            "DOS": "10/15/2024",
            "Provider": "Evan Holt, DC",
            "Subjective": "Pt reports low back pain radiating to left leg, worse with sitting. "
            "Pain 6/10.",
            "Objective": "Subluxation noted at C5, T4, L5. Hypertonicity L paraspinals. "
            "SLR positive L at 45 deg.",
            "Assessment": "M99.03 Segmental dysfunction of lumbar region; M54.16 "
            "Radiculopathy, lumbar region",
            "Plan": "CMT 3-4 regions, ice 10 min. 3x/week for 4 weeks, re-exam in 12 visits.",
            "CPT": "98941",
            "Pain Scale": "6/10",
            "Regions Adjusted": "C5, T4, L5",
        },
        {
            ("Patient Acct #", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("Patient", "NAME"),
            ("DOS", "DATE"),
            ("Provider", "NAME"),
            ("Subjective", "HEALTH"),
            ("Objective", "HEALTH"),
            ("Assessment", "HEALTH"),
            ("CPT", "HEALTH"),
        },
        {
            ("Subjective", ANY_ID),
            ("Pain Scale", "*"),
            ("Regions Adjusted", ANY_ID),
            ("Plan", ANY_ID),
        },
        True,
    ),
    (
        "Acupuncture SOAP note (JSON, Jane-like chart entry): TCM pattern, points, cupping",
        {
            "chart_entry_id": "ce_88213",
            "patient": {"id": 50917, "name": "Hiroshi Tanaka", "dob": "1972-07-09"},
            "practitioner": "Mei Lin, L.Ac.",
            "visit_date": "2024-10-16",
            "chief_complaint": "Insomnia and irritability, tension headaches at the temples",
            "tongue": "Red tip, thin yellow coat",
            "pulse": "Wiry, slightly rapid",
            "tcm_diagnosis": "Liver Qi stagnation with Heart fire",
            "points": "LI4, LV3, GB20, Yin Tang, HT7, SP6",
            "modalities": ["Acupuncture", "Cupping (back, 8 min)", "Moxibustion on ST36"],
            "needle_count": 14,
            "retention_min": 30,
        },
        {
            ("patient.id", "OTHER_ID|MRN"),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("practitioner", "NAME"),
            ("visit_date", "DATE"),
            ("chief_complaint", "HEALTH"),
            ("tcm_diagnosis", "HEALTH"),
            ("modalities[0]", "HEALTH"),
        },
        {
            ("chart_entry_id", "*"),
            ("points", ANY_ID),
            ("needle_count", "*"),
            ("retention_min", "*"),
        },
        True,
    ),
    (
        "Service menu with prices (clean, health without a person)",
        {
            "Service ID": "SRV-204",
            "Service": "Acupuncture Follow-up 45 min",
            "Category": "Acupuncture",
            "Duration (min)": "45",
            "Price": "$95.00",
            "Online Booking": "Enabled",
            "Tax Code": "EXEMPT-MED",
        },
        set(),
        {
            ("Service ID", "*"),
            ("Service", ANY_ID),
            ("Duration (min)", "*"),
            ("Price", "*"),
            ("Tax Code", ANY_ID),
        },
        False,
    ),
    (
        "ClinicSense-like intake form (JSON): chief complaint, accident, pregnancy, meds",
        {
            "form": "New Client Intake",
            "submitted_at": "2024-10-12T21:03:55Z",
            "client": {
                "first_name": "Danielle",
                "last_name": "Okafor",
                "email": "dokafor@outlook.com",
                "phone": "971-330-5829",
                "date_of_birth": "04/30/1991",
            },
            "answers": {
                "What brings you in today?": "Neck stiffness and headaches since a car accident",
                "Date of auto accident": "09/28/2024",
                "Are you currently pregnant?": "Yes - 22 weeks",
                "Current medications": "Sertraline 50 mg, cyclobenzaprine as needed",
                "Supplements": "Prenatal vitamin, magnesium glycinate",
                "Preferred pressure": "Medium",
                "Emergency contact": "Chidi Okafor (husband) 971-330-6114",
            },
        },
        {
            ("client.first_name", "NAME"),
            ("client.last_name", "NAME"),
            ("client.email", "EMAIL"),
            ("client.phone", "PHONE"),
            ("client.date_of_birth", "DATE"),
            ("answers.What brings you in today?", "HEALTH"),
            ("answers.Date of auto accident", "DATE"),
            ("answers.Are you currently pregnant?", "HEALTH"),
            ("answers.Current medications", "MEDICATION"),
            ("answers.Emergency contact", "NAME"),
            ("answers.Emergency contact", "PHONE"),
        },
        {("submitted_at", "*"), ("answers.Preferred pressure", "*")},
        True,
    ),
    (
        "ChiroFusion-like personal-injury case (CSV): PIP claim, attorney, adjuster",
        {
            "Case Type": "Auto PI",
            "Patient Name": "Terrence Boyd",
            "Patient DOB": "12/02/1979",
            "Date of Accident": "08/19/2024",
            "Insurance": "Progressive - PIP",
            "Claim #": "24-8817306-01",
            "Policy #": "931447208",
            "Adjuster": "Kelly Marsh",
            "Adjuster Phone": "(800) 555-0199",
            "Attorney": "Ramos & Whitlock Injury Law",
            "Attorney Contact": "Daniel Ramos",
            "Injuries": "Cervical sprain/strain, whiplash, post-traumatic headache",
            "Letter of Protection": "Yes",
            "Balance": "$4,860.00",
        },
        {
            ("Patient Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Date of Accident", "DATE"),
            ("Claim #", "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"),
            ("Injuries", "HEALTH"),
        },
        {
            ("Case Type", "*"),
            ("Insurance", ANY_ID),
            ("Attorney", ANY_ID),
            ("Balance", "*"),
        },
        True,
    ),
    (
        "Superbill (JSON): diagnoses, CPT lines with units, rendering NPI",
        {
            "superbill_id": "SB-2024-10-0388",
            "patient": {
                "name": "Hiroshi Tanaka",
                "dob": "07/09/1972",
                "address": "6120 N Greeley Ave, Portland, OR 97217",
            },
            "provider": {"name": "Mei Lin, L.Ac.", "npi": "1629483078"},
            "practice_tax_id": "93-1847203",
            "date_of_service": "10/16/2024",
            "diagnoses": ["G47.00 Insomnia, unspecified", "G44.209 Tension-type headache"],
            "lines": [
                {
                    "cpt": "97813",
                    "desc": "Acupuncture w/ e-stim, initial 15 min",
                    "units": 1,
                    "fee": 85.0,
                },
                {
                    "cpt": "97814",
                    "desc": "Acupuncture w/ e-stim, addl 15 min",
                    "units": 1,
                    "fee": 65.0,
                },
            ],
            "total": 150.0,
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.address", "LOCATION"),
            ("provider.name", "NAME"),
            ("provider.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("date_of_service", "DATE"),
            ("diagnoses[0]", "HEALTH"),
            ("lines[0].cpt", "HEALTH"),
            ("lines[0].desc", "HEALTH"),
        },
        {
            ("superbill_id", "*"),
            ("practice_tax_id", ANY_ID),
            ("lines[0].units", "*"),
            ("lines[0].fee", "*"),
            ("total", "*"),
        },
        True,
    ),
    (
        "Herbal product catalog row (clean): formula, SKU, lot, expiry, price",
        {
            "sku": "KPC-XYS-100",
            "product": "Xiao Yao San (Free & Easy Wanderer) 100 caps",
            "brand": "Kan Herb Company",
            "upc": "810038742216",
            "lot_number": "L24-0917B",
            "expiration": "2027-09-30",
            "wholesale_cost": "18.40",
            "retail_price": "34.00",
            "category": "Chinese herbal formulas",
        },
        set(),
        {
            ("sku", "*"),
            ("upc", "*"),
            ("lot_number", "*"),
            ("expiration", "*"),
            ("wholesale_cost", "*"),
            ("retail_price", "*"),
            ("product", ANY_ID),
        },
        False,
    ),
    (
        "Fullscript-like herbal formula order for a patient (JSON)",
        {
            "order_id": "ord_5Q8xK2mTnA",
            "created_at": "2024-10-17T02:11:40Z",
            "patient": {"email": "h.tanaka@fastmail.com", "first_name": "Hiroshi"},
            "practitioner": {"name": "Mei Lin"},
            "line_items": [
                {
                    "product_name": "Gui Pi Tang (Restore the Spleen) Granules",
                    "sku": "EVH-GPT-100",
                    "quantity": 1,
                    "dosage_instructions": "3 g twice daily in warm water for insomnia",
                },
            ],
            "shipping_address": {
                "line1": "6120 N Greeley Ave",
                "city": "Portland",
                "zip": "97217",
            },
            "status": "shipped",
            "tracking_number": "1Z999AA10123456784",
        },
        {
            ("patient.email", "EMAIL"),
            ("patient.first_name", "NAME"),
            ("line_items[0].product_name", "HEALTH"),
            ("line_items[0].dosage_instructions", "HEALTH"),
            ("shipping_address.line1", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
        },
        {
            ("order_id", "*"),
            ("created_at", "*"),
            ("line_items[0].sku", "*"),
            ("line_items[0].quantity", "*"),
            ("tracking_number", ANY_ID),
        },
        True,
    ),
    (
        "Membership billing (CSV): wellness plan with adjustments, card on file",
        {
            "Member": "Ana Sofia Reyes",
            "Email": "anasofia.reyes@yahoo.com",
            "Membership": "Wellness Plan - 2 Adjustments/month",
            "Status": "Active",
            "Amount": "$89.00",
            "Card on File": "Visa ending 4421",
            "Card Exp": "08/27",
            "Last Charged": "2024-10-01 06:00:04",
            "Next Billing Date": "2024-11-01",
        },
        {
            ("Member", "NAME"),
            ("Email", "EMAIL"),
            ("Membership", "HEALTH"),
        },
        {
            ("Amount", "*"),
            ("Card on File", "*"),
            ("Card Exp", "*"),
            ("Last Charged", "*"),
        },
        True,
    ),
    (
        "Reminder SMS log (Twilio-like): acupuncture follow-up with the L.Ac.",
        {
            "sid": "SM8f2c7a9b1d0e4f6a8b2c3d4e5f6a7b8c",
            "from": "+15032840100",
            "to": "+15034471982",
            "body": "Hi Sam! Reminder: Acupuncture Follow-up 45 min with Mei Lin, L.Ac. on "
            "Tue Oct 22 at 3:30 PM at Willow Integrative Health. Reply C to confirm.",
            "status": "delivered",
            "date_sent": "Fri, 18 Oct 2024 17:00:03 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "DATE")},
        {("sid", "*"), ("from", "*"), ("status", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "Practitioner schedule (clean): shifts, rooms and tables, no patient",
        {
            "schedule_id": "SHF-2024-43-017",
            "practitioner": "Evan Holt",
            "credential": "DC",
            "day": "Tuesday",
            "shift_start": "08:00",
            "shift_end": "14:30",
            "room": "Adjusting Room 2",
            "table_id": "TBL-04",
            "location": "Clinton St",
            "break": "11:30-12:00",
        },
        set(),
        {
            ("schedule_id", "*"),
            ("credential", "*"),
            ("shift_start", "*"),
            ("shift_end", "*"),
            ("room", "*"),
            ("table_id", "*"),
            ("break", "*"),
        },
        False,
    ),
    (
        "GA4 BigQuery export: page_view on the sciatica service page",
        {
            "event_date": "20241014",
            "event_timestamp": 1728912245118003,
            "event_name": "page_view",
            "user_pseudo_id": "1180423377.1728911930",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.clintonstchiro.com/services/"
                        "sciatica-treatment?utm_source=google&utm_medium=cpc"
                    },
                },
                {"key": "ga_session_id", "value": {"int_value": 1728911930}},
            ],
            "geo": {"city": "Portland", "region": "Oregon"},
            "device": {"category": "mobile"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {("event_timestamp", "*"), ("event_date", "*"), ("device.category", "*")},
        True,
    ),
    (
        "Mindbody-like online booking widget submission: massage with a note",
        {
            "ClientFirstName": "Priya",
            "ClientLastName": "Raman",
            "ClientEmail": "priya.raman@icloud.com",
            "ClientMobilePhone": "4252179083",
            "SessionType": "Deep Tissue 60",
            "StaffName": "Jordan Ellis, LMT",
            "StartDateTime": "2024-10-19T11:00:00",
            "Notes": "Neck and shoulder pain from desk work, left side worse. Please "
            "avoid peppermint oil (migraines).",
            "BookingSource": "Website widget",
        },
        {
            ("ClientFirstName", "NAME"),
            ("ClientLastName", "NAME"),
            ("ClientEmail", "EMAIL"),
            ("ClientMobilePhone", "PHONE"),
            ("StaffName", "NAME"),
            ("StartDateTime", "DATE"),
            ("Notes", "HEALTH"),
        },
        {("BookingSource", "*")},
        True,
    ),
    (
        "Review request (Birdeye-like): a customer after a chiropractic adjustment",
        {
            "request_id": "rr_10448812",
            "customer_name": "Terrence Boyd",
            "customer_phone": "(503) 719-2250",
            "location": "Clinton Street Chiropractic",
            "visit_type": "Chiropractic Adjustment",
            "sent_at": "2024-10-21 16:05:00",
            "channel": "SMS",
            "review_link": "https://bird.eye/r/CSC1",
        },
        {
            ("customer_name", "NAME"),
            ("customer_phone", "PHONE"),
            ("visit_type", "HEALTH"),
        },
        {("request_id", "*"), ("sent_at", "*"), ("channel", "*")},
        True,
    ),
    (
        "DC and L.Ac. credential roster (no health): licences, NPI, NCCAOM",
        {
            "Practitioner": "Mei Lin",
            "Credentials": "L.Ac., Dipl. OM (NCCAOM)",
            "License Type": "Acupuncturist",
            "License #": "AC-1742",
            "License State": "OR",
            "License Expires": "06/30/2026",
            "NPI": "1384055210",
            "Malpractice Carrier": "NCMIC",
            "Hire Date": "2021-03-15",
        },
        {
            ("Practitioner", "NAME"),
            ("License #", "LICENSE_NUMBER"),
            ("NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("Credentials", "*"),
            ("License Type", "*"),
            ("License State", "*"),
            ("Malpractice Carrier", "*"),
        },
        False,
    ),
    (
        "Newsletter campaign stats (Mailchimp-like report, clean)",
        {
            "campaign_id": "9f3e1a27c4",
            "subject_line": "5 Stretches for Sciatica Relief (and when to see us)",
            "list_name": "Clinton St Patients & Friends",
            "send_time": "2024-10-08T15:00:00+00:00",
            "emails_sent": 2841,
            "opens": 1193,
            "open_rate": 0.4199,
            "clicks": 212,
            "unsubscribed": 9,
        },
        set(),
        {
            ("campaign_id", "*"),
            ("subject_line", ANY_ID),
            ("list_name", ANY_ID),
            ("send_time", "*"),
            ("emails_sent", "*"),
            ("opens", "*"),
            ("open_rate", "*"),
        },
        False,
    ),
    (
        "Room and table inventory (clean): equipment, serials, service dates",
        {
            "room_id": "RM-3",
            "room_name": "Acupuncture Suite B",
            "table": "Oakworks Clinician Electric Lift",
            "table_serial": "OW-CL4-227190",
            "purchased": "2022-05-10",
            "last_serviced": "2024-09-03",
            "notes": "Replace face cradle cover monthly",
        },
        set(),
        {
            ("room_id", "*"),
            ("room_name", ANY_ID),
            ("purchased", "*"),
            ("last_serviced", "*"),
            ("notes", "*"),
        },
        False,
    ),
    (
        "Membership plan definitions (clean JSON): plans, prices, visits included",
        {
            "plans": [
                {
                    "plan_id": "PLN-WELL2",
                    "name": "Wellness Plan - 2 Adjustments/month",
                    "price_cents": 8900,
                    "interval": "month",
                    "visits_included": 2,
                    "extra_visit_price_cents": 4500,
                },
                {
                    "plan_id": "PLN-ACU4",
                    "name": "Acupuncture 4-Pack",
                    "price_cents": 34000,
                    "interval": "one_time",
                    "visits_included": 4,
                    "expires_after_days": 120,
                },
            ]
        },
        set(),
        {
            ("plans[0].plan_id", "*"),
            ("plans[0].price_cents", "*"),
            ("plans[0].visits_included", "*"),
            ("plans[1].plan_id", "*"),
            ("plans[1].price_cents", "*"),
            ("plans[1].expires_after_days", "*"),
        },
        False,
    ),
    (
        "ChiroTouch-like care plan (JSON): frequency, goals, re-exam",
        {
            "patient": {"account": "CT-009314", "name": "Marisol Quintero"},
            "plan_start": "2024-10-15",
            "re_exam_date": "2024-11-12",
            "diagnoses": ["M99.03", "M54.16", "M62.830"],
            "frequency": "3x/week for 4 weeks, then 2x/week for 4 weeks",
            "treatments": [
                "Chiropractic manipulative treatment",
                "Mechanical traction",
                "Therapeutic exercise",
            ],
            "goals": "Decrease LBP from 6/10 to 2/10; sit 60 min without leg pain",
            "doctor": "Evan Holt, DC",
            "total_visits": 20,
        },
        {
            ("patient.account", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("patient.name", "NAME"),
            ("plan_start", "DATE"),
            ("re_exam_date", "DATE"),
            ("diagnoses[0]", "HEALTH"),
            ("treatments[0]", "HEALTH"),
            ("goals", "HEALTH"),
            ("doctor", "NAME"),
        },
        {("frequency", "*"), ("goals", ANY_ID), ("total_visits", "*")},
        True,
    ),
    (
        "ChiroFusion-like claim line export (CSV): acupuncture and manual therapy",
        {
            "Claim ID": "CLM-77120",
            "Patient Acct": "CF-220417",
            "Patient Last": "Nguyen",
            "Patient First": "Linh",
            "DOS": "10/10/2024",
            "CPT": "97810",
            "Mod": "GP",
            "Units": "1",
            "Charge": "75.00",
            "Dx Pointer": "A",
            "ICD-10 A": "M54.2",
            "Rendering NPI": "1197730645",
            "Payer": "Regence BlueCross BlueShield of Oregon",
            "Member ID": "ZRG448102993",
        },
        {
            ("Patient Acct", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("Patient Last", "NAME"),
            ("Patient First", "NAME"),
            ("DOS", "DATE"),
            ("CPT", "HEALTH"),
            ("ICD-10 A", "HEALTH"),
            ("Rendering NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Claim ID", "*"),
            ("Mod", "*"),
            ("Units", "*"),
            ("Charge", "*"),
            ("Dx Pointer", "*"),
            ("Payer", ANY_ID),
        },
        True,
    ),
    (
        "ClinicSense-like massage SOAP note (CSV): LMT, areas, techniques, headaches",
        {
            "Client": "Priya Raman",
            "Session Date": "10/19/2024",
            "Therapist": "Jordan Ellis, LMT",
            "Service": "Deep Tissue 60",
            "Areas Worked": "Upper trapezius, levator scapulae, rhomboids",
            "Techniques": "Trigger point therapy, myofascial release",
            "Pressure": "Firm",
            "Client Reported": "Tension headaches 3x/week, worse after computer work",
            "Recommendations": "Rebook in 2 weeks; heat and chin tucks",
        },
        {
            ("Client", "NAME"),
            ("Session Date", "DATE"),
            ("Therapist", "NAME"),
            ("Techniques", "HEALTH"),
            ("Client Reported", "HEALTH"),
        },
        {("Pressure", "*"), ("Areas Worked", ANY_ID)},
        True,
    ),
    (
        "Newsletter subscriber export (Mailchimp-like audience CSV, no health)",
        {
            "Email Address": "ben.whitaker@protonmail.com",
            "First Name": "Ben",
            "Last Name": "Whitaker",
            "Zip": "97214",
            "MEMBER_RATING": "3",
            "OPTIN_TIME": "2024-02-11 19:22:40",
            "TAGS": '"Newsletter","Fall Promo"',
            "LEID": "318822017",
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Zip", "ZIP_CODE"),
        },
        {("MEMBER_RATING", "*"), ("OPTIN_TIME", "*"), ("TAGS", "*")},
        False,
    ),
    (
        "Eligibility check for an acupuncture benefit (verification of benefits)",
        {
            "Patient": "Linh Nguyen",
            "DOB": "05/14/1990",
            "Payer": "Regence BlueCross BlueShield",
            "Member ID": "ZRG448102993",
            "Group #": "10048211",
            "Benefit": "Acupuncture - 12 visits per calendar year",
            "Visits Used": "3",
            "Copay": "$25",
            "Verified By": "front desk",
            "Verified On": "10/03/2024",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Benefit", "HEALTH"),
        },
        {("Group #", "*"), ("Visits Used", "*"), ("Copay", "*"), ("Payer", ANY_ID)},
        True,
    ),
    (
        "Dispensary inventory (clean CSV): retail products, lots, stock",
        {
            "Item": "Biofreeze Pain Relief Roll-On 3 oz",
            "SKU": "BFZ-RO-3OZ",
            "Lot": "2407C1183",
            "Exp": "07/2027",
            "On Hand": "14",
            "Reorder Point": "6",
            "Unit Cost": "$7.85",
            "Vendor": "Performance Health",
        },
        set(),
        {
            ("SKU", "*"),
            ("Lot", "*"),
            ("Exp", "*"),
            ("On Hand", "*"),
            ("Reorder Point", "*"),
            ("Unit Cost", "*"),
            ("Vendor", "*"),
        },
        False,
    ),
    (
        "Auto accident questionnaire (Jotform-like): plate, ER visit, symptoms",
        {
            "Full Name": "Terrence Boyd",
            "Phone Number": "(503) 719-2250",
            "Date of Accident": "08/19/2024",
            "Were you the driver or passenger?": "Driver",
            "Vehicle license plate": "482 KTW",
            "Were you taken to the ER?": "Yes, Legacy Emanuel, released same day",
            "Symptoms since the accident": "Neck pain, headaches, numbness in right hand",
            "Auto insurance company": "Progressive",
            "Submission ID": "5981224407812345671",
        },
        {
            ("Full Name", "NAME"),
            ("Phone Number", "PHONE"),
            ("Date of Accident", "DATE"),
            ("Vehicle license plate", "VEHICLE_ID"),
            ("Symptoms since the accident", "HEALTH"),
        },
        {
            ("Were you the driver or passenger?", "*"),
            ("Auto insurance company", ANY_ID),
            ("Submission ID", "*"),
        },
        True,
    ),
    (
        "PI ledger sent to an attorney (JSON): lien, balance, dates of treatment",
        {
            "client": "Terrence Boyd",
            "date_of_loss": "2024-08-19",
            "claim_number": "24-8817306-01",
            "law_firm": "Ramos & Whitlock Injury Law",
            "lien_signed": True,
            "treatment_summary": "Chiropractic care and massage therapy for cervical "
            "strain, 18 visits",
            "first_visit": "2024-08-22",
            "last_visit": "2024-10-21",
            "billed": 4860.0,
            "paid_pip": 3500.0,
            "balance": 1360.0,
        },
        {
            ("client", "NAME"),
            ("date_of_loss", "DATE"),
            ("claim_number", "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"),
            ("treatment_summary", "HEALTH"),
            ("first_visit", "DATE"),
            ("last_visit", "DATE"),
        },
        {("law_firm", ANY_ID), ("billed", "*"), ("paid_pip", "*"), ("balance", "*")},
        True,
    ),
    (
        "Stripe-like charge for a clinic invoice (identified, no health)",
        {
            "id": "ch_3P9xQ2LkdIwHu7ix0Yq1ZbCd",
            "amount": 9500,
            "currency": "usd",
            "created": 1729110371,
            "description": "Invoice INV-10482",
            "receipt_email": "priya.raman@icloud.com",
            "billing_details": {"name": "Priya Raman", "address": {"postal_code": "98052"}},
            "payment_method_details": {
                "card": {"brand": "mastercard", "last4": "8810", "exp_month": 3, "exp_year": 2027}
            },
        },
        {
            ("receipt_email", "EMAIL"),
            ("billing_details.name", "NAME"),
            ("billing_details.address.postal_code", "ZIP_CODE"),
        },
        {
            ("id", "*"),
            ("amount", "*"),
            ("created", "*"),
            ("description", "*"),
            ("payment_method_details.card.last4", "*"),
        },
        False,
    ),
    (
        "Anonymous pain-quiz widget answers (health, no identifier)",
        {
            "quiz_session": "qs_0a4f99c2",
            "Where is your pain?": "Lower back",
            "How long have you had it?": "More than 3 months",
            "Does the pain travel down your leg?": "Yes, down the back of my left leg",
            "Pain level (0-10)": "7",
            "result": "You may have sciatica. Book a consultation.",
        },
        {("result", "HEALTH")},
        {("quiz_session", "*"), ("Pain level (0-10)", "*")},
        False,
    ),
    (
        "HubSpot-like contact: a lead from an acupuncture-for-migraines ad",
        {
            "vid": 80113,
            "properties": {
                "firstname": {"value": "Grace"},
                "lastname": {"value": "Oyelaran"},
                "email": {"value": "grace.oyelaran@gmail.com"},
                "phone": {"value": "+1 360 718 4402"},
                "lifecyclestage": {"value": "lead"},
                "condition_of_interest": {"value": "Chronic migraines"},
                "hs_analytics_source_data_2": {"value": "Acupuncture for Migraines - PDX"},
                "createdate": {"value": "1728850312000"},
            },
        },
        {
            ("properties.firstname.value", "NAME"),
            ("properties.lastname.value", "NAME"),
            ("properties.email.value", "EMAIL"),
            ("properties.phone.value", "PHONE"),
            ("properties.condition_of_interest.value", "HEALTH"),
        },
        {("properties.lifecyclestage.value", "*"), ("properties.createdate.value", "*")},
        True,
    ),
    (
        "Prenatal massage booking (Mindbody-like appointment export, CSV)",
        {
            "Client": "Rebecca Stahl",
            "Client ID": "100045213",
            "Phone": "(503) 662-9147",
            "Appointment": "Prenatal Massage 60",
            "Date": "10/24/2024",
            "Time": "2:00 PM",
            "Staff": "Jordan Ellis",
            "Notes": "28 weeks, some sciatica on right side. Side-lying only.",
        },
        {
            ("Client", "NAME"),
            ("Client ID", "OTHER_ID|MRN"),
            ("Phone", "PHONE"),
            ("Appointment", "HEALTH"),
            ("Date", "DATE"),
            ("Notes", "HEALTH"),
        },
        {("Time", "*")},
        True,
    ),
    (
        "Jane-like treatment-type settings (clean JSON): billing code, duration, price",
        {
            "treatment_id": 12,
            "name": "Initial Chiro Exam",
            "discipline": "Chiropractic",
            "duration_minutes": 60,
            "price": "120.00",
            "billing_code": "99203",
            "online_booking": True,
            "color": "#4A90D9",
            "updated_at": "2024-06-02T12:00:00Z",
        },
        set(),
        {
            ("treatment_id", "*"),
            ("duration_minutes", "*"),
            ("price", "*"),
            ("billing_code", ANY_ID),
            ("color", "*"),
            ("updated_at", "*"),
        },
        False,
    ),
    (
        "CPT fee schedule row (clean): chiropractic manipulation, effective date",
        {
            "Code": "98941",
            "Description": "Chiropractic manipulative treatment (CMT); spinal, 3-4 regions",
            "Fee": "$68.00",
            "Cash Price": "$55.00",
            "Effective": "01/01/2024",
            "Fee Schedule": "2024 Standard",
        },
        set(),
        {
            ("Code", ANY_ID),
            ("Fee", "*"),
            ("Cash Price", "*"),
            ("Effective", "*"),
            ("Fee Schedule", "*"),
        },
        False,
    ),
    (
        "Referral from a primary care physician (eFax intake CSV): neck pain, DOB",
        {
            "Received": "2024-10-11 08:42",
            "Patient Name": "Walter Kim",
            "DOB": "11/18/1958",
            "Phone": "503-246-8830",
            "Referring Provider": "Susan Abernathy, MD",
            "Referring Fax": "(503) 555-0187",
            "Reason for Referral": "Chronic neck pain with cervicogenic headache; eval and "
            "treat, chiropractic and/or acupuncture",
            "Referral Date": "10/10/2024",
            "Pages": "4",
        },
        {
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Referring Provider", "NAME"),
            ("Reason for Referral", "HEALTH"),
            ("Referral Date", "DATE"),
        },
        {("Received", "*"), ("Pages", "*")},
        True,
    ),
    (
        "E-signed consent for acupuncture, cupping and gua sha (JSON)",
        {
            "document": "Informed Consent - Acupuncture, Cupping, Gua Sha",
            "signer_name": "Walter Kim",
            "signer_email": "wkim58@comcast.net",
            "signed_at": "2024-10-14T16:20:51Z",
            "signer_ip": "73.164.22.198",
            "acknowledgements": {
                "bruising_from_cupping": True,
                "blood_thinners": "Yes - warfarin",
            },
        },
        {
            ("signer_name", "NAME"),
            ("signer_email", "EMAIL"),
            ("signer_ip", "IP_ADDRESS"),
            ("document", "HEALTH"),
            ("acknowledgements.blood_thinners", "MEDICATION"),
        },
        set(),
        True,
    ),
    (
        "Google review export (reply dashboard): a reviewer's story",
        {
            "review_id": "AbFvOqmE3x9Pz0Kd",
            "reviewer_name": "Marcus Delgado",
            "star_rating": "FIVE",
            "comment": "Dr. Holt fixed my sciatica in three visits after months of pain. "
            "The decompression table is a game changer!",
            "create_time": "2024-10-20T03:12:45Z",
            "location": "Clinton Street Chiropractic",
        },
        {("reviewer_name", "NAME"), ("comment", "HEALTH")},
        {("review_id", "*"), ("star_rating", "*"), ("create_time", "*")},
        True,
    ),
    (
        "Daily practice report (clean aggregate): visits and revenue by discipline",
        {
            "report_date": "2024-10-15",
            "location": "Clinton St",
            "chiro_visits": 46,
            "acupuncture_visits": 18,
            "massage_visits": 12,
            "new_patients": 5,
            "no_shows": 2,
            "collections": "6,482.50",
        },
        set(),
        {
            ("report_date", "*"),
            ("chiro_visits", "*"),
            ("acupuncture_visits", "*"),
            ("new_patients", "*"),
            ("no_shows", "*"),
            ("collections", "*"),
        },
        False,
    ),
    (
        "Fertility acupuncture note (CSV): IVF transfer timing, TCM pattern",
        {
            "Patient": "Allison Brandt",
            "MRN": "WIH-30215",
            "Visit": "10/30/2024",
            "Practitioner": "Mei Lin, L.Ac.",
            "Reason": "Fertility support, IVF embryo transfer scheduled 11/04/2024",
            "TCM Pattern": "Kidney Yang deficiency",
            "Protocol": "Paulus protocol pre- and post-transfer",
            "Next Appt": "11/04/2024",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Visit", "DATE"),
            ("Practitioner", "NAME"),
            ("Reason", "HEALTH"),
            ("Reason", "DATE"),
            ("TCM Pattern", "HEALTH"),
            ("Next Appt", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Gift card sale (identified, no health): purchaser, recipient, code",
        {
            "Gift Card Code": "GC-7H3K-92QD",
            "Amount": "$100.00",
            "Purchaser Name": "Nora Lindqvist",
            "Purchaser Email": "nora.lindqvist@gmail.com",
            "Recipient Name": "Erik Lindqvist",
            "Message": "Happy birthday! Enjoy a massage on me.",
            "Purchased": "2024-10-02 14:55:10",
        },
        {
            ("Purchaser Name", "NAME"),
            ("Purchaser Email", "EMAIL"),
            ("Recipient Name", "NAME"),
        },
        {("Amount", "*"), ("Purchased", "*")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "ChiroFusion-like claim line export (CSV): acupuncture and manual therapy": (
        set(),
        set(),
        {("Claim ID", "*")},
        "a ``Claim ID`` is reported as the person's record id (field_names reads ``claim "
        "id`` among a person's ids; the PBM, pharma-support and retail-pharmacy probes "
        "expect it found): a practice's claim is one patient's, as a visit number is. The "
        "blind must-not was stricter than the project",
    ),
    "Superbill (JSON): diagnoses, CPT lines with units, rendering NPI": (
        set(),
        {("provider.name", "NAME")},
        set(),
        "a bare nested ``provider.name`` is left unread (keyed_names.not_about_people: a "
        "practice's, a payer's or a clinician's as often), and tests/test_calls_and_"
        "scheduling.py forbids a Zocdoc booking's ``provider.name`` = \"Dr. Samuel "
        "Okafor\" as a NAME; the superbill's NPI beside it is still reported. Held out, "
        "decided after its blind scoring",
    ),
    "Mindbody-like online booking widget submission: massage with a note": (
        set(),
        {("StaffName", "NAME")},
        set(),
        "a ``staff`` field is the workforce's (field_names' STAFF_WORDS: a scheduler, a "
        "receptionist, a call centre's agent), so Mindbody's ``StaffName`` is left "
        "unreported even when the staff member is the massage therapist who treats the "
        "client; the key cannot tell them apart, and the project chose the workforce "
        "reading. The blind expectation was stricter than the project",
    ),
}

# Twentieth round: the reminder SMS log's ``from`` closed in the medical spa probe: a message
# log with no ``direction`` says its organisation's end by a delivery status only an
# outbound message has (``delivered``, ``sent``: detectors/message_direction.py), so
# its ``from`` is the practice's line and is dropped; the row holds whole and moved
# to HELD_OUT.
_OPEN: dict[str, tuple[set, str]] = {
    "Membership billing (CSV): wellness plan with adjustments, card on file": (
        {("Membership", "HEALTH")},
        '"Wellness Plan - 2 Adjustments/month": bare "adjustment" is a price\'s, a '
        "payroll's and a ledger's word, and nothing in a membership billing row says the "
        "plan is a chiropractor's (the practice's name is not in the row); the row is "
        "identified but, as scanned, not PHI",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_chiropractic_integrative_care_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision on
#: chiropractic, acupuncture and massage exports fails here. Before the work, blind:
#: SHAPES 14 misses / 3 false / 12 wrong of 30, HELD_OUT 7 / 1 / 5 of 10.
#: Twentieth round: the message log's ``from`` closed (a delivery status says the
#: direction), one false and one wrong fewer.
FLOORS = ShapeTotals(expected=162, misses=1, false=0, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
