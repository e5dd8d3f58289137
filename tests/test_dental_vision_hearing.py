"""Dental, vision and hearing practices' and retailers' exports.

A blind probe, written by hand before reading the detectors: what dental practices, dental
service organisations (DSOs), optometry and optical retail, LASIK centres and hearing-aid
retailers and audiologists export for marketing, scheduling and patient engagement.
Dental practice-management exports (Dentrix-, Open Dental- and Eaglesoft-like patient
lists, appointments, procedure logs with CDT codes, tooth numbers and surfaces, treatment
plans, ledgers, recall lists, perio charts, imaging metadata), online intake forms with a
medical history, dental-membership plans, eligibility checks, DSO lead funnels (implants,
clear aligners with case numbers), optometry and optical retail (eye-exam bookings,
eyeglass and contact-lens prescriptions with OD/OS sphere, cylinder, axis, add and PD,
lab tickets, contact-lens orders and the prescriber verification the FTC's Contact Lens
Rule asks for), LASIK consults and pre-op measurements, hearing-aid retailers and
audiology (audiograms in dB HL by frequency, hearing-aid serial numbers, fittings, trial
periods, repairs, OTC hearing-aid e-commerce, online hearing tests), with the clean rows
around them: store locators, frame and lens catalogs, CDT fee schedules, recall and store
reports, the clinic's own equipment.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Dental care is health care, routine or not.** An exam, a cleaning (``prophy``,
  ``D1110``), bitewings, a filling, a crown, an implant, aligner treatment, a recall
  type, periodontitis: HEALTH, whether in words, in a practice system's abbreviations
  (``PerEx``, ``Pro``, ``4BWX``, ``FMX``) or as a CDT code in a field named for it. A
  dental appointment of a named or numbered patient is PHI. The same words and codes in a
  fee schedule or a recall report name nobody: found or not, such rows are not PHI.
- **An eyeglass or contact-lens prescription is health context.** It states a refractive
  error of the person's eyes, and contact lenses are a prescription medical device (as
  tests/test_device_resupply.py decided for equipment shipped to a person). An eye exam,
  a contact-lens fitting, ``contact lenses``, myopia, astigmatism, LASIK: HEALTH. The
  prescription's numbers (sphere, cylinder, axis, add, PD, base curve, diameter,
  keratometry, segment height) are neither expected as health nor allowed as identifiers:
  they are never DATE, ZIP_CODE, LOCATION, PHONE or an id, even when they look like a date
  (``63/60``, ``24-1031-07``) or like coordinates (``42.75 @ 180``). Sunglasses and frames
  alone (a colour, a shape) are not health.
- **Hearing**: a hearing aid, a hearing test, an audiogram, hearing loss and tinnitus are
  HEALTH; OTC hearing aids bought by a named person are health context like any device
  (the buyer perceives a hearing loss). The audiogram's dB HL figures and frequencies are
  never identifiers. **A hearing aid's serial number is DEVICE_ID when the aid is a
  person's** (a fitting, a repair), as tests/test_device_resupply.py decided; a clinic's
  own equipment (an audiometer, an intraoral scanner or sensor) is not a person's device:
  its serial is neither expected nor forbidden, its calibration dates are no person's.
- **A person's dates are DATE**: birth, an appointment, a date of service, a recall due
  date, an exam, a surgery, a fitting. A prescription's expiry and a trial period's end
  follow from them and are neither expected nor forbidden. The systems' clocks (a
  message's send stamp, a fee schedule's effective date, a calibration, a lab ticket's
  due date, a daily store report's date) are not.
- **Ids**: the practice system's patient number (``PatNum``, ``Chart #``, ``Patient ID``,
  Noah's client id) is the person's record id (``OTHER_ID|MRN``); an aligner case number
  and a LASIK centre's patient id are too. A dental or vision payer's member id is
  HEALTH_PLAN_ID; an in-house dental membership number is the person's
  (``HEALTH_PLAN_ID|ACCOUNT_NUMBER|OTHER_ID``). An appointment number, an operatory, a
  provider number or abbreviation, tooth numbers and surfaces, CDT codes, SKUs, UPCs, lab
  job and tray numbers, store numbers, a manufacturer's RMA and a verification request's
  id are not a person's identifiers.
- **The clinician's name is reported** (a dentist, an optometrist, an audiologist, a
  surgeon; the project reports clinicians). The practice's and the store's own address
  and phone are not a person's.
- **Patient initials are not an identifier** (an optical lab ticket carries only ``G.W.``):
  such a row is not PHI.

After reading the detectors no blind expectation was changed; four were stricter than
decisions the project had made (a sender's local number, a ``client_id`` read as an
analytics id, an Rx number, a patient's initials) and are narrowed on top
(:data:`_DECIDED`). What the work built: 35 vocabulary terms (practice software's ``PerEx``,
``CompEx``, ``BWX``/``4BWX``, ``FMX``; fillings, bitewings, sealants, fluoride varnish, a
porcelain crown, the six-month cleaning and checkup, the singular ``clear aligner``, an
implant consult; ``contact lens(es)`` and five lens brands as PROCEDURE, as a drug brand is
a MEDICATION; ``nearsighted``, ``farsighted``, ``sensorineural``), a ``Hearing Aid``
column's model as a health field, an intake form's ``medical_history.<condition>`` = "Yes",
DICOM's ``Family^Given`` names and compact ``StudyDate``/``ExamDate`` as the patient's, an
instrument's calibration dates and a ``DateTStamp`` as no person's, a CDT code in an ``ADA
Code`` column and in a bare ``Code`` beside a ``Tooth`` column, a dental fee schedule (a
``UCR Fee`` or a ``CDT`` column beside a fee: its effective date is the schedule's), and a
bare ``Name`` beside a practice's ``Patient ID`` or ``PatNum`` as the patient's (not beside
a ``Patient`` object, where the id is a lookup and the ``Name`` the record's own). Five
records are left open (:data:`LEFT_ALONE`): an aligner lab's ``case_number``, a bare
``Chart`` and a CDT description with spaced separators, a lone ledger row's ``Code`` with an
empty ``Tooth``, and two bare ``due`` dates (a calibration's, a lab job's).

Figures (misses / false findings / records wrong): SHAPES (32 records), blind 15 / 7 / 15,
after the work and the decisions 1 / 2 / 3 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 6 / 1 / 3; scored once after the work on SHAPES: 5 / 1 / 3 (with the
decisions 5 / 0 / 3); after two rules that generalise (a bare ``Name`` beside a patient
id, a CDT code under ``ADA Code`` or beside a ``Tooth`` column): 3 / 0 / 2 (all in
LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Dentrix-like patient list (CSV): chart number, recall type, carrier",
        {
            "Chart #": "WH0042",
            "Patient Name": "Whitfield, Gloria",
            "Birthdate": "03/12/1958",
            "Home Phone": "(614) 555-0192",
            "Prim Provider": "DDS1",
            "Last Visit": "04/02/2024",
            "Recall Type": "Prophy",
            "Recall Due": "10/02/2024",
            "Prim Ins Carrier": "Delta Dental of Ohio",
            "Balance": "45.00",
        },
        {
            ("Chart #", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("Birthdate", "DATE"),
            ("Home Phone", "PHONE"),
            ("Last Visit", "DATE"),
            ("Recall Type", "HEALTH"),
            ("Recall Due", "DATE"),
        },
        {("Prim Provider", "*"), ("Prim Ins Carrier", "*"), ("Balance", "*")},
        True,
    ),
    (
        "Open Dental API appointment: PatNum, AptDateTime, abbreviated procedures",
        {
            "AptNum": 88123,
            "PatNum": 4471,
            "AptStatus": "Scheduled",
            "Pattern": "//XXXX//",
            "Confirmed": 19,
            "Op": 3,
            "ProvNum": 2,
            "AptDateTime": "2024-10-14 09:30:00",
            "ProcDescript": "PerEx, 4BWX, Pro",
            "Note": "",
            "DateTStamp": "2024-09-30 11:02:45",
        },
        {
            ("PatNum", "OTHER_ID|MRN"),
            ("AptDateTime", "DATE"),
            ("ProcDescript", "HEALTH"),
        },
        {
            ("AptNum", "*"),
            ("Pattern", "*"),
            ("Confirmed", "*"),
            ("Op", "*"),
            ("ProvNum", "*"),
            ("DateTStamp", "*"),
        },
        True,
    ),
    (
        "Open Dental procedure log: CDT code, tooth number and surfaces, fee",
        {
            "ProcNum": 551203,
            "PatNum": 4471,
            "ProcDate": "2024-09-03",
            "ProcCode": "D2392",
            "Descript": "Resin-based composite - two surfaces, posterior",
            "ToothNum": "14",
            "Surf": "MO",
            "ProcFee": "215.00",
            "ProcStatus": "C",
            "ProvAbbr": "DrK",
        },
        {
            ("PatNum", "OTHER_ID|MRN"),
            ("ProcDate", "DATE"),
            ("ProcCode", "HEALTH"),
            ("Descript", "HEALTH"),
        },
        {
            ("ProcNum", "*"),
            ("ToothNum", "*"),
            ("Surf", "*"),
            ("ProcFee", "*"),
            ("ProcStatus", "*"),
            ("ProvAbbr", "*"),
        },
        True,
    ),
    (
        "Treatment plan export (CSV): crown on a tooth, insurance estimate",
        {
            "Patient": "Garcia, Luis",
            "Chart": "GA0117",
            "Tooth": "30",
            "Surface": "",
            "ADA Code": "D2740",
            "Description": "Crown - porcelain/ceramic",
            "Fee": "1,250.00",
            "Ins Est": "625.00",
            "Pt Portion": "625.00",
            "Status": "Proposed",
            "Date Planned": "09/12/2024",
        },
        {
            ("Patient", "NAME"),
            ("Chart", "OTHER_ID|MRN"),
            ("ADA Code", "HEALTH"),
            ("Description", "HEALTH"),
            ("Date Planned", "DATE"),
        },
        {
            ("Tooth", "*"),
            ("Fee", "*"),
            ("Ins Est", "*"),
            ("Pt Portion", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Recall reminder text (Weave-like send log): a six-month cleaning",
        {
            "message_id": "msg_01HB7XK2M4Q9R8T6Y5V3W1Z0",
            "to": "+16145550143",
            "from": "+16145550100",
            "patient_first_name": "Dana",
            "body": (
                "Hi Dana, it's time for your 6-month cleaning and checkup at Bright Smiles "
                "Dental! Reply 1 to book or call (614) 555-0100."
            ),
            "sent_at": "2024-10-01T13:00:04Z",
            "template": "recall_hygiene_6m",
        },
        {("to", "PHONE"), ("patient_first_name", "NAME"), ("body", "HEALTH")},
        {("message_id", "*"), ("sent_at", "*"), ("from", "*"), ("template", "*")},
        True,
    ),
    (
        "Perio chart export: pocket depths, bleeding, mobility, diagnosis",
        {
            "PatNum": 5512,
            "ExamDate": "2024-09-03",
            "Tooth": 3,
            "PD_Facial": "3,2,4",
            "PD_Lingual": "4,5,3",
            "BOP": "Y,N,Y",
            "Recession": "1,0,1",
            "Mobility": 0,
            "Furcation": "I",
            "Diagnosis": "Stage II Grade B periodontitis",
        },
        {
            ("PatNum", "OTHER_ID|MRN"),
            ("ExamDate", "DATE"),
            ("Diagnosis", "HEALTH"),
        },
        {
            ("Tooth", "*"),
            ("PD_Facial", "*"),
            ("PD_Lingual", "*"),
            ("BOP", "*"),
            ("Recession", "*"),
            ("Mobility", "*"),
            ("Furcation", "*"),
        },
        True,
    ),
    (
        "In-house dental membership plan signup: member number, benefits, practice line",
        {
            "member_id": "KLR-00318822",
            "plan_name": "Adult Preventive Plan",
            "benefits": "2 cleanings, 2 exams and 1 set of X-rays per year; 20% off fillings",
            "first_name": "Marcus",
            "last_name": "Bell",
            "email": "marcus.bell77@gmail.com",
            "monthly_fee": "29.00",
            "start_date": "2024-09-15",
            "practice_name": "Maple Grove Family Dentistry",
            "practice_phone": "(763) 555-0120",
        },
        {
            ("member_id", "HEALTH_PLAN_ID|ACCOUNT_NUMBER|OTHER_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("benefits", "HEALTH"),
        },
        {
            ("plan_name", "*"),
            ("monthly_fee", "*"),
            ("practice_name", "*"),
            ("practice_phone", "*"),
        },
        True,
    ),
    (
        "DSO implant lead (Meta lead-ad CSV): full arch, dentures question",
        {
            "id": "l:1184729930281734",
            "created_time": "2024-10-06T21:14:33+0000",
            "ad_name": "AllOn4_Implants_Carousel_Oct",
            "form_name": "Free Implant Consult - Columbus",
            "full_name": "Denise Caldwell",
            "phone_number": "+16145550171",
            "email": "dcaldwell.home@yahoo.com",
            "zip_code": "43230",
            "what_are_you_interested_in?": "Full-arch dental implants",
            "do_you_currently_wear_dentures?": "yes",
            "platform": "fb",
        },
        {
            ("full_name", "NAME"),
            ("phone_number", "PHONE"),
            ("email", "EMAIL"),
            ("zip_code", "ZIP_CODE"),
            ("what_are_you_interested_in?", "HEALTH"),
        },
        {("created_time", "*"), ("platform", "*")},
        True,
    ),
    (
        "Clear aligner case (lab portal JSON): case number, stage, doctor, scan",
        {
            "case_number": "ALN-4482917",
            "patient": {"name": "Priya Natarajan", "email": "priya.n@outlook.com"},
            "treatment": "Invisalign Comprehensive",
            "stage": "Aligner 12 of 28",
            "doctor": "Dr. Samuel Ortiz, DDS",
            "scan_date": "2024-08-19",
            "scanner_serial": "EL5-44821",
            "refinement": False,
        },
        {
            ("case_number", "OTHER_ID|MRN"),
            ("patient.name", "NAME"),
            ("patient.email", "EMAIL"),
            ("treatment", "HEALTH"),
            ("doctor", "NAME"),
            ("scan_date", "DATE"),
        },
        {("stage", "*"), ("refinement", "*")},
        True,
    ),
    (
        "DTC aligner impression kit order (Shopify-like order JSON)",
        {
            "id": 5610022339871,
            "name": "#SM-220418",
            "email": "kyle.brennan@gmail.com",
            "created_at": "2024-10-04T18:22:10-04:00",
            "customer": {"first_name": "Kyle", "last_name": "Brennan"},
            "shipping_address": {
                "address1": "88 Linden Ave",
                "city": "Dayton",
                "province_code": "OH",
                "zip": "45403",
            },
            "line_items": [{"sku": "IMP-KIT-01", "title": "Clear Aligner At-Home Impression Kit"}],
        },
        {
            ("email", "EMAIL"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
            ("line_items[0].title", "HEALTH"),
        },
        {("id", "*"), ("name", "*"), ("line_items[0].sku", "*"), ("created_at", "*")},
        True,
    ),
    (
        "Eye exam booking (optical retailer's scheduler): dilated exam, VSP member id",
        {
            "appointment_id": "apt_7Hq2kL9x",
            "appointment_type": "Comprehensive Eye Exam (Dilated)",
            "patient_name": "Renee Hollister",
            "dob": "1979-06-30",
            "phone": "(614) 555-0158",
            "email": "rhollister@gmail.com",
            "location": "Store #0412 - Easton",
            "start": "2024-10-21T15:20:00-04:00",
            "wears_contacts": "Yes",
            "insurance": "VSP",
            "member_id": "W48213377",
        },
        {
            ("appointment_type", "HEALTH"),
            ("patient_name", "NAME"),
            ("dob", "DATE"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("start", "DATE"),
            ("member_id", "HEALTH_PLAN_ID"),
        },
        {("appointment_id", "*"), ("location", "*"), ("insurance", "*")},
        True,
    ),
    (
        "Optical POS eyeglass prescription (CSV): OD/OS values, PD, Rx number",
        {
            "Rx #": "24-1031-07",
            "Patient": "Hollister, Renee",
            "Exam Type": "Comprehensive eye exam",
            "Rx Date": "10/21/2024",
            "OD Sph": "-2.25",
            "OD Cyl": "-0.75",
            "OD Axis": "180",
            "OS Sph": "-2.00",
            "OS Cyl": "-0.50",
            "OS Axis": "005",
            "Add": "+2.00",
            "PD": "63/60",
            "Rx Type": "Progressive",
            "Expires": "10/21/2026",
            "Doctor": "Dr. Helen Park, OD",
        },
        {
            ("Patient", "NAME"),
            ("Exam Type", "HEALTH"),
            ("Rx Date", "DATE"),
            ("Doctor", "NAME"),
        },
        {
            ("Rx #", "*"),
            ("OD Sph", "*"),
            ("OD Cyl", "*"),
            ("OD Axis", "*"),
            ("OS Sph", "*"),
            ("OS Cyl", "*"),
            ("OS Axis", "*"),
            ("Add", "*"),
            ("PD", "*"),
        },
        True,
    ),
    (
        "Contact-lens Rx verification request to the prescriber (FTC rule, JSON)",
        {
            "verification_id": "VRF-20241005-88123",
            "patient": {
                "first_name": "Colleen",
                "last_name": "Marsh",
                "dob": "1991-02-14",
                "address": {"line1": "415 Wexford Dr", "city": "Carmel", "zip": "46032"},
            },
            "prescriber": {
                "name": "Dr. Helen Park, OD",
                "practice": "Clearview Eye Care",
                "fax": "(317) 555-0165",
            },
            "product": "Acuvue Oasys 2-Week contact lenses",
            "lens": {
                "od": {"power": "-3.25", "bc": "8.4", "dia": "14.0"},
                "os": {"power": "-3.50", "bc": "8.4", "dia": "14.0"},
            },
            "quantity_boxes": 4,
            "sent_at": "2024-10-05T14:02:11Z",
            "method": "fax",
            "status": "passive_verified",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.address.line1", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("prescriber.name", "NAME"),
            ("product", "HEALTH"),
        },
        {
            ("verification_id", "*"),
            ("lens.od.power", "*"),
            ("lens.od.bc", "*"),
            ("lens.od.dia", "*"),
            ("lens.os.power", "*"),
            ("quantity_boxes", "*"),
            ("sent_at", "*"),
            ("prescriber.practice", "*"),
        },
        True,
    ),
    (
        "Online contact-lens order: line item power and eye, doctor on file",
        {
            "order_id": "CL-3318840",
            "customer_email": "jpatel.work@gmail.com",
            "billing_name": "Jay Patel",
            "items": [
                {
                    "sku": "ACU-OAS-24-0300",
                    "name": "Acuvue Oasys 24pk",
                    "eye": "OD",
                    "power": "-3.00",
                    "base_curve": "8.4",
                },
                {
                    "sku": "ACU-OAS-24-0275",
                    "name": "Acuvue Oasys 24pk",
                    "eye": "OS",
                    "power": "-2.75",
                    "base_curve": "8.4",
                },
            ],
            "rx_on_file": True,
            "doctor_name": "Dr. Alan Whitaker",
            "order_total": "212.98",
        },
        {
            ("customer_email", "EMAIL"),
            ("billing_name", "NAME"),
            ("doctor_name", "NAME"),
            ("items[0].name", "HEALTH"),
        },
        {
            ("order_id", "*"),
            ("items[0].sku", "*"),
            ("items[0].power", "*"),
            ("items[0].base_curve", "*"),
            ("items[1].sku", "*"),
            ("items[1].power", "*"),
            ("order_total", "*"),
        },
        True,
    ),
    (
        "LASIK consult lead (WordPress Contact Form 7): vision and lens wear",
        {
            "your-name": "Brandon Kessler",
            "your-email": "bkessler@icloud.com",
            "your-phone": "614-555-0132",
            "current-vision": "Nearsighted with astigmatism",
            "wear": "Contacts daily",
            "age-range": "35-44",
            "consult-date": "11/02/2024",
            "consult-type": "Free LASIK consultation",
        },
        {
            ("your-name", "NAME"),
            ("your-email", "EMAIL"),
            ("your-phone", "PHONE"),
            ("current-vision", "HEALTH"),
            ("consult-date", "DATE"),
            ("consult-type", "HEALTH"),
        },
        {("age-range", "*")},
        True,
    ),
    (
        "LASIK pre-op measurements: keratometry, pachymetry, surgery date, surgeon",
        {
            "patient_id": "LV-33018",
            "eye": "OD",
            "manifest_rx": "-4.25 -0.75 x 010",
            "K1": "42.75 @ 180",
            "K2": "43.50 @ 090",
            "pachymetry_um": 548,
            "pupil_mm": 6.2,
            "procedure": "LASIK (wavefront-guided)",
            "surgery_date": "2024-11-14",
            "surgeon": "Dr. Marcus Hale",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("procedure", "HEALTH"),
            ("surgery_date", "DATE"),
            ("surgeon", "NAME"),
        },
        {
            ("eye", "*"),
            ("manifest_rx", "*"),
            ("K1", "*"),
            ("K2", "*"),
            ("pachymetry_um", "*"),
            ("pupil_mm", "*"),
        },
        True,
    ),
    (
        "Hearing-aid retailer CRM (Sycle-like CSV): fitting, serials, trial end",
        {
            "Patient": "Doris Lindgren",
            "DOB": "08/19/1944",
            "Phone": "(740) 555-0187",
            "Hearing Aid": "Phonak Audeo Lumity L90-R",
            "Serial L": "2231X0C4T",
            "Serial R": "2231X0C5J",
            "Fit Date": "08/12/2024",
            "Trial End": "09/26/2024",
            "Loss": "Mild-to-moderate sensorineural",
            "Audiologist": "Karen Liu, Au.D.",
            "Location": "Westerville",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Hearing Aid", "HEALTH"),
            ("Serial L", "DEVICE_ID"),
            ("Serial R", "DEVICE_ID"),
            ("Fit Date", "DATE"),
            ("Loss", "HEALTH"),
            ("Audiologist", "NAME"),
        },
        {("Location", "*")},
        True,
    ),
    (
        "Audiogram export (Noah-like JSON): thresholds by frequency, speech scores",
        {
            "client_id": "NOAH-000917",
            "test_date": "2024-08-01",
            "test_type": "Pure-tone audiometry",
            "audiogram": {
                "right": {"250": 20, "500": 25, "1000": 30, "2000": 45, "4000": 60},
                "left": {"250": 15, "500": 20, "1000": 30, "2000": 50, "4000": 65},
            },
            "speech": {"srt_db": 30, "wrs_pct": 88},
            "tympanometry": "Type A",
        },
        {
            ("client_id", "OTHER_ID|MRN"),
            ("test_date", "DATE"),
            ("test_type", "HEALTH"),
        },
        {
            ("audiogram.right.250", "*"),
            ("audiogram.right.1000", "*"),
            ("audiogram.right.4000", "*"),
            ("audiogram.left.2000", "*"),
            ("speech.srt_db", "*"),
            ("speech.wrs_pct", "*"),
        },
        True,
    ),
    (
        "OTC hearing aid e-commerce order (Shopify-like order JSON)",
        {
            "id": 5610022311223,
            "email": "walt.simmons@aol.com",
            "created_at": "2024-10-02T10:41:55-04:00",
            "customer": {"first_name": "Walter", "last_name": "Simmons"},
            "shipping_address": {
                "address1": "1902 Briar Ridge Rd",
                "city": "Zanesville",
                "province_code": "OH",
                "zip": "43701",
            },
            "line_items": [
                {
                    "sku": "OTC-SF-PR-SLV",
                    "title": "OTC Hearing Aids - Self-Fitting (Pair)",
                    "variant_title": "Silver",
                }
            ],
        },
        {
            ("email", "EMAIL"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
            ("line_items[0].title", "HEALTH"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("line_items[0].sku", "*"),
            ("line_items[0].variant_title", "*"),
        },
        True,
    ),
    (
        "Online hearing test completed (Segment track): result band, ear levels",
        {
            "type": "track",
            "event": "Hearing Test Completed",
            "anonymousId": "5b2e1d7c-93a4-4f0e-b8c1-2a6d9e4f7b10",
            "properties": {
                "result": "Moderate hearing loss likely",
                "left_ear_db": 40,
                "right_ear_db": 35,
                "duration_s": 312,
            },
            "context": {"ip": "98.28.114.77"},
            "timestamp": "2024-10-03T19:20:41.118Z",
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("properties.result", "HEALTH"),
            ("context.ip", "IP_ADDRESS"),
        },
        {
            ("properties.left_ear_db", "*"),
            ("properties.right_ear_db", "*"),
            ("properties.duration_s", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Hearing clinic call-tracking lead: tinnitus keyword, tracking line",
        {
            "caller_name": "Raymond Foster",
            "caller_number": "+17405550119",
            "tracking_number": "+16145550188",
            "source": "Google Ads",
            "keywords": "tinnitus treatment near me",
            "duration": 312,
            "start_time": "2024-10-04 11:02:17",
            "first_call": True,
        },
        {
            ("caller_name", "NAME"),
            ("caller_number", "PHONE"),
            ("keywords", "HEALTH"),
        },
        {("tracking_number", "*"), ("duration", "*"), ("source", "*")},
        True,
    ),
    (
        "Optical store locator row (clean): store number, address, hours, services",
        {
            "store_number": "0412",
            "name": "Easton Town Center",
            "address": "4020 Easton Station",
            "city": "Columbus",
            "state": "OH",
            "zip": "43219",
            "phone": "(614) 555-0110",
            "hours": "Mon-Sat 10:00-21:00; Sun 11:00-18:00",
            "services": ["Eye exams", "Contact lens fittings", "Hearing tests"],
        },
        set(),
        {
            ("store_number", "*"),
            ("name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "Frame catalog row (clean): SKU, colour, eye-bridge-temple size, UPC",
        {
            "sku": "RB5154-2000-49",
            "brand": "Ray-Ban",
            "model": "Clubmaster Optics",
            "color": "Black on Gold",
            "size": "49-21-140",
            "lens_width": 49,
            "bridge": 21,
            "temple": 140,
            "price": "171.00",
            "upc": "805289304968",
        },
        set(),
        {
            ("sku", "*"),
            ("brand", "*"),
            ("model", "*"),
            ("color", "*"),
            ("size", "*"),
            ("lens_width", "*"),
            ("bridge", "*"),
            ("temple", "*"),
            ("price", "*"),
            ("upc", "*"),
        },
        False,
    ),
    (
        "Contact-lens catalog row (clean): base curve, diameter, power range",
        {
            "sku": "1DAT-90-0325",
            "brand": "Dailies Total1",
            "base_curve": "8.5",
            "diameter": "14.1",
            "powers": "-12.00 to +6.00 (0.25 steps)",
            "pack_size": 90,
            "price": "104.99",
        },
        set(),
        {
            ("sku", "*"),
            ("base_curve", "*"),
            ("diameter", "*"),
            ("powers", "*"),
            ("pack_size", "*"),
            ("price", "*"),
        },
        False,
    ),
    (
        "CDT fee schedule row (clean): code, description, UCR and PPO fees",
        {
            "Code": "D1110",
            "Description": "Prophylaxis - adult",
            "UCR Fee": "125.00",
            "PPO Fee": "89.00",
            "Effective": "2024-01-01",
        },
        set(),
        {("UCR Fee", "*"), ("PPO Fee", "*"), ("Effective", "*")},
        False,
    ),
    (
        "Dental eligibility check (clearinghouse JSON): subscriber, preventive coverage",
        {
            "subscriber": {
                "first_name": "Angela",
                "last_name": "Moreno",
                "member_id": "U9988776601",
                "dob": "1984-11-03",
            },
            "payer": "Delta Dental of Ohio",
            "group_number": "0012345",
            "benefits": [
                {
                    "service": "Preventive (D0120, D1110)",
                    "coverage_pct": 100,
                    "frequency": "2 per calendar year",
                },
                {"service": "Major (crowns, bridges)", "coverage_pct": 50},
            ],
            "annual_max_remaining": "1250.00",
            "checked_at": "2024-10-07T08:15:22Z",
        },
        {
            ("subscriber.first_name", "NAME"),
            ("subscriber.last_name", "NAME"),
            ("subscriber.member_id", "HEALTH_PLAN_ID"),
            ("subscriber.dob", "DATE"),
        },
        {
            ("payer", "*"),
            ("group_number", "*"),
            ("benefits[0].coverage_pct", "*"),
            ("annual_max_remaining", "*"),
            ("checked_at", "*"),
        },
        False,
    ),
    (
        "Google Ads offline conversion upload: implant consult booked, hashed email",
        {
            "Google Click ID": "Cj0KCQjw1Yy5BhD-ARIsAI0RbXaJ7Lq3zM2nV8kP4tR6sW9yB1cD3eF5gH7iJ",
            "Conversion Name": "Implant_Consult_Booked",
            "Conversion Time": "2024-10-05 14:30:00-04:00",
            "Conversion Value": "250",
            "Conversion Currency": "USD",
            "Email": _sha("denise.caldwell@yahoo.com"),
        },
        {
            ("Google Click ID", "ONLINE_ID"),
            ("Conversion Name", "HEALTH"),
            ("Email", "HASHED_ID"),
        },
        {("Conversion Value", "*"), ("Conversion Currency", "*")},
        True,
    ),
    (
        "Google Business Profile review of a dental office: root canal",
        {
            "reviewId": "AbFvOqn9xK3LmP2QrS8tUvWxYz1",
            "reviewer": {"displayName": "Tasha Morrison"},
            "starRating": "FIVE",
            "comment": "Dr. Lee did my root canal last week and I honestly felt nothing!",
            "createTime": "2024-10-02T16:41:09.772Z",
        },
        {
            ("reviewer.displayName", "NAME"),
            ("comment", "NAME"),
            ("comment", "HEALTH"),
        },
        {("starRating", "*"), ("reviewId", "*")},
        True,
    ),
    (
        "Eyewear retailer email list (identified, not health): frame style, sunglasses",
        {
            "email": "lena.kowalski@gmail.com",
            "first_name": "Lena",
            "zip": "43215",
            "favorite_frame_style": "Cat-eye",
            "last_purchase": "Polarized sunglasses, tortoise",
            "opt_in_date": "2023-05-11",
        },
        {("email", "EMAIL"), ("first_name", "NAME"), ("zip", "ZIP_CODE")},
        {
            ("favorite_frame_style", "*"),
            ("last_purchase", "HEALTH"),
        },
        False,
    ),
    (
        "Hearing aid battery subscription (CSV): size 312, next shipment",
        {
            "Subscriber": "Eleanor Voss",
            "Email": "evoss1946@gmail.com",
            "Product": "Hearing aid batteries, size 312 (60 pack)",
            "Frequency": "Every 3 months",
            "Next Ship": "11/15/2024",
            "Subscription ID": "SUB-77120",
        },
        {
            ("Subscriber", "NAME"),
            ("Email", "EMAIL"),
            ("Product", "HEALTH"),
        },
        {("Frequency", "*"), ("Subscription ID", "*")},
        True,
    ),
    (
        "Appointment confirmation webhook (scheduling platform): new-patient exam",
        {
            "event": "appointment.confirmed",
            "appointment": {
                "id": "appt_2f8d0c",
                "type": "New Patient Exam & Cleaning",
                "start_at": "2024-10-15T08:00:00-04:00",
                "operatory": "OP 2",
                "provider": "Dr. Karen Lee",
            },
            "patient": {
                "first_name": "Owen",
                "last_name": "Fitzgerald",
                "mobile": "+16145550126",
            },
            "location_id": "loc_19",
            "occurred_at": "2024-10-08T12:00:01Z",
        },
        {
            ("appointment.type", "HEALTH"),
            ("appointment.start_at", "DATE"),
            ("appointment.provider", "NAME"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.mobile", "PHONE"),
        },
        {
            ("appointment.id", "*"),
            ("appointment.operatory", "*"),
            ("location_id", "*"),
            ("occurred_at", "*"),
        },
        True,
    ),
    (
        "Eaglesoft-like patient ledger row (CSV): date of service, bitewings",
        {
            "Patient ID": "1000482",
            "Name": "GARCIA, LUIS",
            "Date": "09/12/2024",
            "Code": "D0274",
            "Description": "Bitewings - four radiographic images",
            "Tooth": "",
            "Charge": "68.00",
            "Payment": "",
            "Balance": "68.00",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Name", "NAME"),
            ("Date", "DATE"),
            ("Code", "HEALTH"),
            ("Description", "HEALTH"),
        },
        {("Charge", "*"), ("Balance", "*")},
        True,
    ),
    (
        "Audiometer calibration log (clean): the clinic's equipment",
        {
            "device": "Interacoustics AD629",
            "serial": "1092845",
            "calibrated_on": "2024-03-04",
            "next_due": "2025-03-04",
            "standard": "ANSI S3.6-2018",
            "result": "Pass",
            "room": "Booth 2",
        },
        set(),
        {
            ("device", "*"),
            ("calibrated_on", "*"),
            ("next_due", "*"),
            ("standard", "*"),
            ("result", "*"),
            ("room", "*"),
        },
        False,
    ),
    (
        "Recall report summary (health, no person): due month, counts",
        {
            "recall_type": "Prophy 6M",
            "due_month": "2024-11",
            "patients_due": 412,
            "scheduled": 288,
            "office": "Maple Grove",
        },
        set(),
        {("due_month", "*"), ("patients_due", "*"), ("scheduled", "*"), ("office", "*")},
        False,
    ),
    (
        "Optical lab ticket (JSON): initials only, job and tray numbers, lens design",
        {
            "job_number": "LAB-7781230",
            "tray": "T-0442",
            "store": "0412",
            "patient_initials": "G.W.",
            "od": {"sph": "-4.50", "cyl": "-1.25", "axis": "170", "add": "+2.25"},
            "os": {"sph": "-4.25", "cyl": "-1.00", "axis": "015", "add": "+2.25"},
            "pd": "32.5/31.5",
            "seg_ht": "18",
            "lens": "Varilux X 1.67 Crizal Sapphire",
            "frame": "RB5154 49-21 Black",
            "due": "2024-10-18",
        },
        set(),
        {
            ("job_number", "*"),
            ("tray", "*"),
            ("store", "*"),
            ("patient_initials", "*"),
            ("od.sph", "*"),
            ("od.axis", "*"),
            ("os.axis", "*"),
            ("pd", "*"),
            ("seg_ht", "*"),
            ("frame", "*"),
            ("due", "*"),
        },
        False,
    ),
    (
        "Vision claim line (VSP-like export): exam CPT, myopia diagnosis",
        {
            "Member ID": "W48213377",
            "Member Name": "HOLLISTER, RENEE",
            "DOS": "10/21/2024",
            "CPT": "92014",
            "Dx": "H52.13",
            "Billed": "185.00",
            "Allowed": "92.00",
            "Provider NPI": "1467558821",
            "Claim #": "VC24102188134",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("DOS", "DATE"),
            ("CPT", "HEALTH"),
            ("Dx", "HEALTH"),
        },
        {("Billed", "*"), ("Allowed", "*")},
        True,
    ),
    (
        "Eye exam recall email audience (Marketing Cloud data extension)",
        {
            "SubscriberKey": "0035e00000AbCdEQAZ",
            "EmailAddress": "gwhitfield58@gmail.com",
            "FirstName": "Gloria",
            "LastExamDate": "2023-10-19",
            "RecallDue": "2024-10-19",
            "Segment": "Annual_Eye_Exam_Due",
            "StoreNumber": "0412",
        },
        {
            ("EmailAddress", "EMAIL"),
            ("FirstName", "NAME"),
            ("LastExamDate", "DATE"),
            ("RecallDue", "DATE"),
            ("Segment", "HEALTH"),
        },
        {("StoreNumber", "*")},
        True,
    ),
    (
        "Online dental intake form: medical history answers, medications, complaint",
        {
            "form_id": "frm_intake_v4",
            "patient": {
                "first_name": "Harold",
                "last_name": "Jenkins",
                "dob": "05/02/1951",
                "phone": "(614) 555-0181",
            },
            "medical_history": {
                "diabetes": "No",
                "high_blood_pressure": "Yes",
                "taking_blood_thinners": "Yes",
                "medications": "Eliquis 5mg twice daily",
                "allergies": "Penicillin",
            },
            "chief_complaint": "Sharp pain lower left molar when chewing",
            "submitted_at": "2024-10-06T20:11:37Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("medical_history.high_blood_pressure", "HEALTH"),
            ("medical_history.medications", "HEALTH"),
            ("chief_complaint", "HEALTH"),
        },
        {("form_id", "*"), ("submitted_at", "*"), ("medical_history.diabetes", "*")},
        True,
    ),
    (
        "Daily store sales report (clean): exams, frames and contacts revenue",
        {
            "store": "0412",
            "date": "2024-10-01",
            "eye_exams": 22,
            "frames_sold": 31,
            "contacts_revenue": "4410.50",
            "conversion_rate": "0.64",
        },
        set(),
        {
            ("store", "*"),
            ("date", "*"),
            ("eye_exams", "*"),
            ("frames_sold", "*"),
            ("contacts_revenue", "*"),
            ("conversion_rate", "*"),
        },
        False,
    ),
    (
        "Hearing-aid repair ticket: serial, issue, manufacturer RMA",
        {
            "ticket": "RPR-22091",
            "patient_name": "Doris Lindgren",
            "device": "Oticon More 1 miniRITE R",
            "serial": "AB12345678",
            "issue": "No sound in right hearing aid, receiver replaced",
            "received": "2024-09-30",
            "manufacturer_rma": "OT-RMA-448812",
            "warranty": "In warranty",
        },
        {
            ("patient_name", "NAME"),
            ("serial", "DEVICE_ID"),
            ("issue", "HEALTH"),
        },
        {("ticket", "*"), ("manufacturer_rma", "*"), ("warranty", "*"), ("device", "*")},
        True,
    ),
    (
        "Dental imaging metadata (DICOM-like JSON): patient, study date, FMX",
        {
            "PatientID": "4471",
            "PatientName": "Whitfield^Gloria",
            "PatientBirthDate": "19580312",
            "StudyDate": "20240903",
            "Modality": "IO",
            "BodyPartExamined": "TOOTH",
            "StudyDescription": "FMX",
            "DeviceSerialNumber": "SNX-220918",
            "Manufacturer": "Dentsply Sirona",
        },
        {
            ("PatientID", "OTHER_ID|MRN"),
            ("PatientName", "NAME"),
            ("PatientBirthDate", "DATE"),
            ("StudyDate", "DATE"),
            ("StudyDescription", "HEALTH"),
        },
        {("Modality", "*"), ("Manufacturer", "*")},
        True,
    ),
    (
        "Pediatric dental sealant appointment (Dentrix-like scheduler CSV): guardian",
        {
            "Appt Date": "10/18/2024",
            "Time": "3:30 PM",
            "Patient": "Mia Sorensen",
            "Age": "8",
            "Guardian": "Erik Sorensen",
            "Guardian Phone": "(614) 555-0167",
            "Procedures": "Child prophy, fluoride varnish, sealants #3, #14, #19, #30",
            "Op": "OP4",
            "Prov": "HYG2",
        },
        {
            ("Appt Date", "DATE"),
            ("Patient", "NAME"),
            ("Guardian", "NAME"),
            ("Guardian Phone", "PHONE"),
            ("Procedures", "HEALTH"),
        },
        {("Age", "*"), ("Op", "*"), ("Prov", "*"), ("Time", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Recall reminder text (Weave-like send log): a six-month cleaning": (
        set(),
        set(),
        {("from", "*")},
        "a sender's number is let go only when it is a toll-free line (tests/test_senders.py, "
        "tests/test_device_resupply.py's ``to``): in an inbound reply the ``from`` is the "
        "patient's, and the key does not say which way the message went",
    ),
    "Audiogram export (Noah-like JSON): thresholds by frequency, speech scores": (
        {("client_id", "OTHER_ID|MRN|ONLINE_ID")},
        {("client_id", "OTHER_ID|MRN")},
        set(),
        "a ``client_id`` may also read as an analytics id (the claims and veterinary probes' "
        "decision): it is reported either way, which is what Safe Harbor needs",
    ),
    "Optical POS eyeglass prescription (CSV): OD/OS values, PD, Rx number": (
        set(),
        set(),
        {("Rx #", "*")},
        "an Rx number is one patient's prescription and is reported (tests/"
        "test_retail_pharmacy.py: ``OTHER_ID|MRN|ACCOUNT_NUMBER`` in an Rx field); the blind "
        "must-not meant that its date-like shape is no DATE, which holds",
    ),
    "Optical lab ticket (JSON): initials only, job and tray numbers, lens design": (
        set(),
        set(),
        {("patient_initials", "*")},
        "a person's initials are taken from the name and reported as NAME "
        "(tests/test_clinical_research.py's ``Initials``, adverse-event intake's ``Patient "
        "Initials``); the blind row said otherwise. The row stays no PHI: nothing on it is "
        "health",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Treatment plan export (CSV): crown on a tooth, insurance estimate": (
        {("Chart", "OTHER_ID|MRN"), ("Description", "HEALTH")},
        "a bare ``Chart`` column is a BI export's chart title as often as a chart number "
        "(``Chart #`` is read); the CDT nomenclature's ``Crown - porcelain/ceramic`` puts "
        "three separators between its words, which the dictionary does not join (its "
        "documented limit). The row is PHI by its name and the ADA code",
    ),
    "Eaglesoft-like patient ledger row (CSV): date of service, bitewings": (
        {("Code", "HEALTH")},
        "a bare ``Code`` holds a CDT code beside a ``Tooth`` column with values in the "
        "chunk (clinical_codes' tooth sibling); this lone row's ``Tooth`` is empty, so no "
        "cell says it is a dental ledger. The row is PHI by its name and bitewings",
    ),
    "Clear aligner case (lab portal JSON): case number, stage, doctor, scan": (
        {("case_number", "OTHER_ID|MRN")},
        "a ``case_number`` is a help desk's or a CRM's support case everywhere else "
        "(Salesforce's ``Case Number``, forbidden in tests/test_device_resupply.py); only the "
        "record's kind says an aligner lab's case is one patient's treatment (the row is PHI "
        "by its name, email and doctor)",
    ),
    "Audiometer calibration log (clean): the clinic's equipment": (
        {("next_due", "DATE")},
        "a bare ``next_due`` is a recall list's next visit as often (a patient's date); the "
        "instrument's ``calibrated_on`` is read as its own, and nothing but the record's kind "
        "says whose next due date this is",
    ),
    "Optical lab ticket (JSON): initials only, job and tray numbers, lens design": (
        {("due", "DATE")},
        "a bare ``due`` is an expectant mother's due date as often (the breast-pump rows of "
        "tests/test_device_resupply.py); a lab job's promised day is told by nothing in the key",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_dental_vision_hearing_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decisions applied): a change that loses recall or precision
#: on dental, vision and hearing exports fails here. Before the work, blind: SHAPES 15
#: misses / 7 false / 15 wrong of 32, HELD_OUT 6 / 1 / 3 of 10.
FLOORS = ShapeTotals(expected=160, misses=4, false=2, wrong=5)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
