"""Dermatology and allergy/immunology clinics' exports.

A blind probe, written by hand before reading the detectors: what a dermatology group's,
an allergy practice's and a skin-care telehealth company's marketing, intake and
operations teams export. Teledermatology intake (a concern in the patient's words, a
body-location picker, photo uploads with their camera file names, dimensions and EXIF
metadata), storage events of the uploads, skin-check and mole-mapping appointments and a
total-body-photography lesion table, Mohs surgery schedules, pathology result texts
(basal cell carcinoma, margins clear) and result-ready texts, patch testing, isotretinoin
programmes (an iPLEDGE-like id, the monthly pregnancy test, a REMS dispense), biologic
start forms and benefits verification (dupilumab, EASI and BSA), allergy testing (a
skin-prick panel with wheal and flare sizes, a FHIR IgE result), allergy-shot
(subcutaneous immunotherapy) dosing logs by vial and build-up step, food-allergy clinic
waitlists and oral-immunotherapy offers, cosmetic dermatology leads and med spa bookings
(laser resurfacing, fillers), a review site's review, community skin-cancer screenings,
Rx-skincare subscriptions (a custom tretinoin formula) and their intake quizzes, with the
clean rows around them: product catalogs with SKUs and shade codes, SPF values and UPCs,
an image library's EXIF rows, allergen extract inventory with vial lots, pollen counts
and allergy forecasts, a med spa's price menu, clinic KPI rows.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A skin concern, a lesion, a biopsy, a pathology diagnosis and a dermatology
  procedure of a person are health** (a mole that changed colour, a rash, acne, basal
  cell carcinoma, Mohs surgery, a full-body skin exam, patch testing, mole mapping).
- **Cosmetic dermatology is health care**, as tests/test_elective_care.py decided for
  med spas: laser resurfacing, a filler, Botox bought or booked by a named person is a
  PROCEDURE (or MEDICATION) of that person. A med spa's price menu names nobody.
  Over-the-counter skin care (a sunscreen, a moisturiser, a shade of tinted SPF) is not
  health, whoever buys it.
- **A custom Rx-skincare formula is a MEDICATION** (``Tretinoin 0.05% / Niacinamide 4%
  / Clindamycin 1%``): it is a compounded prescription, as a compounded GLP-1 is
  (tests/test_weight_management_glp1.py).
- **An iPLEDGE-like id is OTHER_ID**: a REMS programme registration number identifies
  the patient in one drug's safety programme; it is no health plan's beneficiary number
  (no payer issues it) and no licence. The monthly pregnancy test of an isotretinoin
  patient is a test of a named person: health, a negative one too (as the sexual-health
  probe decided for HIV and STI tests). A REMS authorisation code of one dispense is the
  dispense's: neither expected nor forbidden.
- **Allergy testing and immunotherapy are health**: a skin-prick or patch test, an IgE
  result, an allergen a person reacted to, a person's listed allergens (a health field,
  like ``Allergies``), allergy shots and their reactions. The numbers of a test (wheal
  and flare millimetres, kU/L, controls), a vial's colour and dilution, a build-up step
  and a dose in mL are readings and dosing data: never identifiers.
- **A photo's file name is no identifier when it is a camera's counter**
  (``IMG_4821.HEIC``, ``DSC_0192.JPG``): no finding. A file name that a device writes from
  the patient's id and the exam date (``FF_000912_L07_20240918.bmp``) holds those, but a
  scanner cannot know the layout: neither expected nor forbidden. A storage key holding a
  case's random id and a camera counter is no finding either. Image dimensions, EXIF make,
  model and lens, an eTag and an object size are never findings. An EXIF capture time of a
  teaching atlas image is the camera's clock (no DATE); of a patient's own upload it is
  neither expected nor forbidden.
- **A body location is no LOCATION** (``left shoulder``, ``back, left scapula``); it is
  health only with the lesion it locates.
- **The clinic's own equipment is not the patient's**: the serial of a mole-mapping
  camera system (as tests/test_imaging_centres.py decided for scanners) is no DEVICE_ID.
- **Ids**: a practice's or a device's patient id is the person's record id
  (``OTHER_ID|MRN``), a pathology accession number is the person's (OTHER_ID, as the
  imaging probe decided), an Rx number is the person's, a co-pay card number is the
  person's (``OTHER_ID|ACCOUNT_NUMBER``), a member id is HEALTH_PLAN_ID, a Lead Ads lead id
  is OTHER_ID. Case, appointment-slot, order, subscription, review, JobID, lot, extract,
  SKU, UPC, shade and station codes are not a person's.
- **A person's dates are DATE**: birth, an appointment, a surgery, a biopsy's collection,
  a test, a shot given, a check-in. A community screening's event date is the event's
  (tests/test_community_events.py), a report's month is the report's, a forecast's date is
  the forecast's, an extract's expiry is the batch's, and a send's clock is the send's.
- **A reviewer's handle and display name identify the reviewer** (social_authors), so a
  review about their acne and Accutane is PHI; the dermatologist named in it is reported
  too (the project reports clinicians).
- **An allergy forecast's ZIP is the area's** (an aggregate), no ZIP_CODE.

After reading the detectors no blind expectation was changed; three were stricter than
decisions the project had made (a bare ``allergens`` column is a food label's, a bare
``date`` column is read alone, a device serial in a person's record is theirs) and are
narrowed on top (:data:`_DECIDED`). What the work built: a skin ``mole`` as a condition
(its sauce, animal, arcade and chemistry senses as blockers) and more vocabulary terms
(naevi, dermoscopy findings, skin exams, total body photography, skin-prick and patch
tests, the oral food challenge, allergy shots: 35,557 terms, 28 more); ``IgE`` in its own mixed case
as a test; dermatology severity scores under their fields (EASI, PASI, SCORAD, DLQI, UAS7)
as readings; pathology's readers (``pathologist``, ``signed_out_by``) as clinicians' names;
a REMS programme's patient number (iPLEDGE) as OTHER_ID; med spa, aesthetics and
dermatology as organisation words; an object named for an organisation holding its
address, ZIP and phone (a booking platform's ``location``: detectors/role_cards.py); and a
booking's ``provider`` object's name as its clinician's. One record is left open
(:data:`LEFT_ALONE`): a pollen forecast's bare ``zip``.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 11 / 5 / 12,
after the work and the decisions 0 / 1 / 1 (the LEFT_ALONE row). HELD_OUT (10 records),
blind before any work 2 / 0 / 1; scored once after the work on SHAPES: 1 / 0 / 1 (a
booking's ``appointment.provider.name``); after that one rule, which generalises to any
visit's or booking's provider object: 0 / 0 / 0.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Teledermatology intake (JSON): a changed mole, body-location picker, photo metadata",
        {
            "case_id": "c_7d1f09",
            "patient": {
                "first_name": "Rosalind",
                "last_name": "Achterberg",
                "dob": "1979-04-22",
                "email": "r.achterberg79@gmail.com",
                "phone": "(503) 555-0136",
                "state": "OR",
            },
            "concern": "mole on left shoulder, changed colour and sometimes itches",
            "body_location": "left_shoulder_posterior",
            "duration": "3-6 months",
            "photos": [
                {
                    "file_name": "IMG_4821.HEIC",
                    "width": 4032,
                    "height": 3024,
                    "exif": {
                        "Make": "Apple",
                        "Model": "iPhone 14 Pro",
                        "DateTimeOriginal": "2024:10:02 18:41:07",
                    },
                }
            ],
            "submitted_at": "2024-10-02T18:44:51Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.email", "EMAIL"),
            ("patient.phone", "PHONE"),
            ("concern", "HEALTH"),
        },
        {
            ("case_id", "*"),
            ("body_location", "LOCATION"),
            ("photos[0].file_name", "*"),
            ("photos[0].width", "*"),
            ("photos[0].height", "*"),
            ("photos[0].exif.Make", "*"),
            ("photos[0].exif.Model", "*"),
            ("submitted_at", "*"),
        },
        True,
    ),
    (
        "Total body photography session (CSV): dermoscopy images by body site, camera",
        {
            "Session ID": "TBP-24-00871",
            "MRN": "00731842",
            "Patient": "Bergstrom, Hollis",
            "Exam": "Total body photography - mole mapping",
            "Image File": "DSC_0192.JPG",
            "Body Site": "Left forearm, dorsal",
            "Lesion": "L-07",
            "Diameter (mm)": "6.2",
            "Change Since Last": "Asymmetry increased, new blue-white veil",
            "Image Width": "6000",
            "Image Height": "4000",
            "Camera": "Canon EOS R6",
            "Lens": "RF 100mm F2.8 L Macro",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("Exam", "HEALTH"),
        },
        {
            ("Session ID", "*"),
            ("Image File", "*"),
            ("Body Site", "LOCATION"),
            ("Lesion", "*"),
            ("Diameter (mm)", "*"),
            ("Image Width", "*"),
            ("Image Height", "*"),
            ("Camera", "*"),
            ("Lens", "*"),
        },
        True,
    ),
    (
        "Skin-check appointment export (CSV): full body skin exam, provider, clinic suite",
        {
            "Appt Date": "10/15/2024",
            "Appt Time": "2:40 PM",
            "Patient": "Imani Oyelaran",
            "DOB": "08/30/1966",
            "Visit Type": "Full Body Skin Exam",
            "Provider": "Dr. Anika Sorensen",
            "Location": "Northside Dermatology - Suite 210",
            "Status": "Confirmed",
        },
        {
            ("Appt Date", "DATE"),
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Visit Type", "HEALTH"),
            ("Provider", "NAME"),
        },
        {("Location", "LOCATION"), ("Status", "*")},
        True,
    ),
    (
        "Mohs surgery schedule (JSON): BCC of the nose, stages, surgeon, room",
        {
            "case_id": "MOHS-24-1182",
            "patient": {"name": "Whitaker, Dennis", "mrn": "00482913"},
            "procedure": "Mohs micrographic surgery, nose (left ala)",
            "diagnosis": "Basal cell carcinoma, nodular",
            "surgery_date": "2024-11-14",
            "arrival_time": "07:15",
            "stages_planned": 2,
            "room": "Mohs Suite 2",
            "surgeon": "Dr. Priya Natarajan",
            "repair": "Bilobed flap",
        },
        {
            ("patient.name", "NAME"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("procedure", "HEALTH"),
            ("diagnosis", "HEALTH"),
            ("surgery_date", "DATE"),
            ("surgeon", "NAME"),
        },
        {("case_id", "*"), ("room", "*"), ("stages_planned", "*")},
        True,
    ),
    (
        "Dermatopathology result (lab feed): accession, final diagnosis, margins clear",
        {
            "accession": "DP24-018832",
            "patient_name": "Marcus Engebretsen",
            "dob": "1958-11-02",
            "collected": "10/01/2024",
            "specimen": "Skin, left upper back, shave biopsy",
            "result_text": (
                "FINAL DIAGNOSIS: Basal cell carcinoma, superficial type. Margins clear. "
                "Clinical history: 2 cm pearly papule, r/o BCC."
            ),
            "signed_out_by": "Lena Moritz, MD",
            "block_count": 1,
        },
        {
            ("accession", "OTHER_ID|MRN"),
            ("patient_name", "NAME"),
            ("dob", "DATE"),
            ("collected", "DATE"),
            ("specimen", "HEALTH"),
            ("result_text", "HEALTH"),
            ("signed_out_by", "NAME"),
        },
        {("block_count", "*")},
        True,
    ),
    (
        "Result-ready SMS (Twilio-like log): biopsy results, first name, portal link",
        {
            "sid": "SM1f0e2d3c4b5a69788796a5b4c3d2e1f0",
            "to": "+15035550148",
            "from": "+18885550142",
            "body": (
                "Hi Marcus, your biopsy results from Cascade Skin Clinic are ready. "
                "Log in to view: https://portal.cascadeskin.com/results"
            ),
            "status": "delivered",
            "date_sent": "Wed, 09 Oct 2024 16:02:11 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("sid", "*"), ("from", "*"), ("status", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "Isotretinoin programme monthly checklist (CSV): iPLEDGE-like id, pregnancy test",
        {
            "Patient Name": "Kaylee Brandvold",
            "iPLEDGE ID": "8412095573",
            "Patient Category": "Patient who can get pregnant",
            "Pregnancy Test Date": "09/28/2024",
            "Pregnancy Test Result": "Negative",
            "Rx": "Absorica LD 32 mg capsules",
            "Confirmation Window Ends": "10/05/2024",
            "Prescriber": "Dr. Tomasz Wielgus",
        },
        {
            ("Patient Name", "NAME"),
            ("iPLEDGE ID", "OTHER_ID"),
            ("Pregnancy Test Date", "DATE"),
            ("Pregnancy Test Result", "HEALTH"),
            ("Rx", "MEDICATION"),
            ("Prescriber", "NAME"),
        },
        set(),
        True,
    ),
    (
        "REMS pharmacy dispense feed (JSON): isotretinoin, Rx number, NCPDP, authorization",
        {
            "rx_number": "6620413",
            "patient": {"first": "Alyssa", "last": "Moreno", "dob": "2003-06-19"},
            "drug": "isotretinoin 40 mg capsule",
            "quantity": 30,
            "days_supply": 30,
            "rems_authorization": "RMA-7731924",
            "pharmacy_ncpdp": "4838219",
            "dispensed_at": "2024-10-03T11:20:00-07:00",
        },
        {
            ("rx_number", "OTHER_ID|ACCOUNT_NUMBER"),
            ("patient.first", "NAME"),
            ("patient.last", "NAME"),
            ("patient.dob", "DATE"),
            ("drug", "MEDICATION"),
        },
        {("quantity", "*"), ("days_supply", "*"), ("pharmacy_ncpdp", "*")},
        True,
    ),
    (
        "Biologic start form (Health Cloud-like hub enrollment): dupilumab, EASI, co-pay card",
        {
            "Id": "a0X5e000004kQ2pEAE",
            "Patient_First_Name__c": "Devika",
            "Patient_Last_Name__c": "Raghunathan",
            "Date_of_Birth__c": "1991-02-17",
            "Primary_Diagnosis__c": "L20.9",
            "Product__c": "Dupixent 300 mg/2 mL pre-filled pen",
            "BSA_Affected__c": "22%",
            "EASI_Score__c": "24.5",
            "Prior_Therapies__c": "triamcinolone 0.1% cream; tacrolimus ointment",
            "Member_ID__c": "W884213097",
            "Copay_Card_Number__c": "60069912345",
            "Prescriber_NPI__c": "1467593319",
            "Enrollment_Date__c": "2024-09-26",
        },
        {
            ("Patient_First_Name__c", "NAME"),
            ("Patient_Last_Name__c", "NAME"),
            ("Date_of_Birth__c", "DATE"),
            ("Primary_Diagnosis__c", "HEALTH"),
            ("Product__c", "MEDICATION"),
            ("EASI_Score__c", "HEALTH"),
            ("Prior_Therapies__c", "HEALTH"),
            ("Member_ID__c", "HEALTH_PLAN_ID"),
            ("Copay_Card_Number__c", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Prescriber_NPI__c", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("BSA_Affected__c", "*")},
        True,
    ),
    (
        "Skin-prick test panel (CSV): one allergen row, wheal and flare, controls",
        {
            "MRN": "AL0093381",
            "Patient": "Castellanos, Ines",
            "Test Date": "09/17/2024",
            "Test": "Skin prick test - environmental panel",
            "Allergen": "Dermatophagoides pteronyssinus",
            "Extract Code": "D1",
            "Wheal (mm)": "7",
            "Flare (mm)": "20",
            "Histamine Control (mm)": "6",
            "Saline Control (mm)": "0",
            "Interpretation": "Positive",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("Test Date", "DATE"),
            ("Test", "HEALTH"),
        },
        {
            ("Extract Code", "*"),
            ("Wheal (mm)", "*"),
            ("Flare (mm)", "*"),
            ("Histamine Control (mm)", "*"),
            ("Saline Control (mm)", "*"),
        },
        True,
    ),
    (
        "FHIR Observation: peanut-specific IgE for a named patient",
        {
            "resourceType": "Observation",
            "id": "obs-5521907",
            "status": "final",
            "code": {"text": "Peanut (f13) IgE"},
            "subject": {"reference": "Patient/771204", "display": "Naomi Feldstein"},
            "effectiveDateTime": "2024-09-17",
            "valueQuantity": {"value": 14.2, "unit": "kU/L"},
            "interpretation": [{"text": "High"}],
        },
        {
            ("subject.reference", "OTHER_ID|MRN"),
            ("subject.display", "NAME"),
            ("code.text", "HEALTH"),
            ("effectiveDateTime", "DATE"),
        },
        {("valueQuantity.value", "*"), ("valueQuantity.unit", "*"), ("status", "*")},
        True,
    ),
    (
        "Allergy shot dosing log (CSV): vial, build-up step, dose, local reaction, lot",
        {
            "Patient ID": "AL-20931",
            "Patient Name": "Fitzgerald, Ronan",
            "Date Given": "10/07/2024",
            "Program": "Subcutaneous immunotherapy (SCIT) build-up",
            "Extract": "Tree/Grass/Ragweed mix",
            "Vial": "Vial 3 - Blue (1:100 v/v)",
            "Build-up Step": "3.4",
            "Dose (mL)": "0.30",
            "Arm": "L",
            "Reaction": "Local swelling 25 mm, resolved in 30 min",
            "Lot": "E24-0719",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("Date Given", "DATE"),
            ("Program", "HEALTH"),
        },
        {
            ("Vial", "*"),
            ("Build-up Step", "*"),
            ("Dose (mL)", "*"),
            ("Arm", "*"),
            ("Lot", "*"),
        },
        True,
    ),
    (
        "Food-allergy clinic waitlist (Google Sheet CSV): child, parent, allergens, food challenge",
        {
            "Child Name": "Theo Marchetti",
            "Child DOB": "03/02/2019",
            "Parent Name": "Gianna Marchetti",
            "Parent Phone": "425-555-0183",
            "Allergens": "peanut, tree nut, sesame",
            "Reason": "Oral food challenge - baked egg",
            "Added": "2024-08-30",
            "Priority": "2",
        },
        {
            ("Child Name", "NAME"),
            ("Child DOB", "DATE"),
            ("Parent Name", "NAME"),
            ("Parent Phone", "PHONE"),
            ("Allergens", "HEALTH"),
            ("Reason", "HEALTH"),
        },
        {("Priority", "*")},
        True,
    ),
    (
        "Cosmetic dermatology lead (Meta Lead Ads CSV): laser resurfacing interest",
        {
            "id": "l:1204558831199",
            "created_time": "2024-10-04T21:17:43-07:00",
            "ad_name": "Fraxel_Fall_Promo_Carousel",
            "form_name": "Laser Consult Request",
            "platform": "ig",
            "full_name": "Sabrina Holloway",
            "email": "sabrinaholloway@icloud.com",
            "phone_number": "p:+17185550166",
            "which_treatment_are_you_interested_in?": "laser_resurfacing",
        },
        {
            ("id", "OTHER_ID"),
            ("full_name", "NAME"),
            ("email", "EMAIL"),
            ("phone_number", "PHONE"),
            ("which_treatment_are_you_interested_in?", "HEALTH"),
        },
        {("platform", "*")},
        True,
    ),
    (
        "Med spa booking (Boulevard-like JSON): lip filler, start time, the spa's address",
        {
            "appointment": {
                "id": "apt_8d2e71",
                "startAt": "2024-10-19T11:00:00-04:00",
                "services": [{"name": "Juvederm Ultra XC - Lips (1 syringe)", "price": 750}],
                "notes": "first time filler, bruises easily",
            },
            "client": {
                "firstName": "Bianca",
                "lastName": "Ferreira",
                "email": "bianca.ferreira@gmail.com",
                "mobilePhone": "+12035550119",
            },
            "location": {
                "name": "Glow Aesthetics Med Spa",
                "address": "412 Post Rd E, Westport, CT 06880",
            },
        },
        {
            ("appointment.startAt", "DATE"),
            ("appointment.services[0].name", "HEALTH"),
            ("client.firstName", "NAME"),
            ("client.lastName", "NAME"),
            ("client.email", "EMAIL"),
            ("client.mobilePhone", "PHONE"),
        },
        {
            ("appointment.services[0].price", "*"),
            ("location.name", "*"),
            ("location.address", "*"),
        },
        True,
    ),
    (
        "Review site export: acne and Accutane, the reviewer's handle and display name",
        {
            "review_id": "rv_88213",
            "reviewer": {"display_name": "Jenna Kowalski", "username": "jennak_pdx"},
            "rating": 5,
            "text": (
                "Dr. Halvorsen finally cleared my cystic acne after two rounds of Accutane. "
                "Front desk was kind and the wait was short."
            ),
            "provider": "Dr. Erik Halvorsen",
            "posted_at": "2024-09-02",
        },
        {
            ("reviewer.display_name", "NAME"),
            ("reviewer.username", "ONLINE_ID"),
            ("text", "HEALTH"),
            ("provider", "NAME"),
        },
        {("rating", "*"), ("review_id", "*")},
        True,
    ),
    (
        "Rx-skincare subscription (Recharge-like JSON): custom tretinoin formula, ship-to",
        {
            "id": 44120983,
            "status": "ACTIVE",
            "customer": {
                "email": "m.okonjo@outlook.com",
                "first_name": "Miriam",
                "last_name": "Okonjo",
            },
            "product_title": "Custom Formula - Tretinoin 0.05% / Niacinamide 4% / Clindamycin 1%",
            "variant_title": "30 mL pump",
            "sku": "CF-TRE05-NIA4-CLI1",
            "price": "29.95",
            "order_interval_frequency": "60",
            "next_charge_scheduled_at": "2024-11-01",
            "shipping_address": {
                "address1": "7710 SE Division St Apt 4",
                "city": "Portland",
                "province": "Oregon",
                "zip": "97206",
            },
        },
        {
            ("customer.email", "EMAIL"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("product_title", "MEDICATION"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.city", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
        },
        {
            ("id", "*"),
            ("sku", "*"),
            ("price", "*"),
            ("variant_title", "*"),
            ("order_interval_frequency", "*"),
        },
        True,
    ),
    (
        "Rx-skincare intake quiz (Typeform webhook): acne, pregnancy question, spironolactone",
        {
            "event_id": "01J9ZK4T2W8Q3N5R7V6X",
            "event_type": "form_response",
            "form_response": {
                "form_id": "dRmQz8",
                "token": "a3f9k2m8q1x7c4v6b0n5",
                "submitted_at": "2024-10-05T02:11:09Z",
                "answers": [
                    {
                        "field": {"ref": "skin_concern", "type": "multiple_choice"},
                        "type": "choice",
                        "choice": {"label": "Hormonal acne on chin and jawline"},
                    },
                    {
                        "field": {"ref": "email", "type": "email"},
                        "type": "email",
                        "email": "priya.v.shah@gmail.com",
                    },
                    {
                        "field": {"ref": "pregnant_or_breastfeeding", "type": "yes_no"},
                        "type": "boolean",
                        "boolean": False,
                    },
                    {
                        "field": {"ref": "current_meds", "type": "short_text"},
                        "type": "text",
                        "text": "spironolactone 50mg daily",
                    },
                ],
            },
        },
        {
            ("form_response.answers[0].choice.label", "HEALTH"),
            ("form_response.answers[1].email", "EMAIL"),
            ("form_response.answers[3].text", "MEDICATION"),
        },
        {
            ("form_response.form_id", "*"),
            ("form_response.answers[2].boolean", "*"),
            ("form_response.answers[0].field.ref", "*"),
        },
        True,
    ),
    (
        "Skincare product catalog (Shopify products CSV, clean): tinted SPF, shade, SKU, barcode",
        {
            "Handle": "daily-mineral-sunscreen-spf-50",
            "Title": "Daily Mineral Sunscreen SPF 50",
            "Vendor": "DermaSol",
            "Tags": "fragrance-free, reef-safe, tinted",
            "Option1 Name": "Shade",
            "Option1 Value": "02 Light-Medium",
            "Variant SKU": "MS50-TINT-02",
            "Variant Price": "38.00",
            "Variant Barcode": "850012345678",
            "Variant Grams": "57",
        },
        set(),
        {
            ("Handle", "*"),
            ("Title", "*"),
            ("Vendor", "*"),
            ("Option1 Value", "*"),
            ("Variant SKU", "*"),
            ("Variant Price", "*"),
            ("Variant Barcode", "*"),
            ("Variant Grams", "*"),
        },
        False,
    ),
    (
        "Image library EXIF extract (exiftool JSON, clean): an atlas photo, camera and size",
        {
            "SourceFile": "derm_atlas/plaque_psoriasis_elbow_012.jpg",
            "ImageWidth": 3000,
            "ImageHeight": 2000,
            "Make": "Canon",
            "Model": "Canon EOS 90D",
            "LensModel": "EF-S 60mm f/2.8 Macro USM",
            "DateTimeOriginal": "2019:05:14 10:22:31",
            "ExposureTime": "1/125",
            "FNumber": 11.0,
            "ISO": 200,
            "Copyright": "Dermatology Atlas Project, CC BY-NC 4.0",
        },
        set(),
        {
            ("ImageWidth", "*"),
            ("ImageHeight", "*"),
            ("Make", "*"),
            ("Model", "*"),
            ("LensModel", "*"),
            ("DateTimeOriginal", "*"),
            ("ExposureTime", "*"),
            ("FNumber", "*"),
            ("ISO", "*"),
        },
        False,
    ),
    (
        "Allergen extract inventory (CSV, clean): extract code, concentration, vial lot, expiry",
        {
            "Extract Code": "T-103",
            "Allergen": "Oak, White (Quercus alba)",
            "Concentration": "1:20 w/v",
            "Manufacturer": "Greer",
            "Lot": "Q24-1187",
            "Expires": "2026-03-31",
            "Vial Size (mL)": "10",
            "On Hand": "14",
        },
        set(),
        {
            ("Extract Code", "*"),
            ("Allergen", "*"),
            ("Concentration", "*"),
            ("Manufacturer", "*"),
            ("Lot", "*"),
            ("Expires", "*"),
            ("Vial Size (mL)", "*"),
            ("On Hand", "*"),
        },
        False,
    ),
    (
        "Pollen count and allergy forecast (API JSON, clean): station, ZIP, counts, index",
        {
            "station": "PDX-03",
            "zip": "97201",
            "date": "2024-04-18",
            "tree_pollen": 1420,
            "grass_pollen": 12,
            "ragweed_pollen": 0,
            "mold_spores": 3400,
            "index": "Very High",
            "top_allergens": ["Alder", "Birch"],
            "forecast": [{"day": "2024-04-19", "index": 9.6}],
        },
        set(),
        {
            ("station", "*"),
            ("zip", "*"),
            ("date", "*"),
            ("tree_pollen", "*"),
            ("mold_spores", "*"),
            ("forecast[0].day", "*"),
            ("forecast[0].index", "*"),
        },
        False,
    ),
    (
        "Identified but not health: a derm clinic's skin-care tips newsletter sign-up",
        {
            "email": "lucia.brennan@yahoo.com",
            "first_name": "Lucia",
            "zip": "97035",
            "list": "Skin Care Tips Newsletter",
            "consent": True,
            "signup_source": "footer_form",
            "created": "2024-10-01T15:02:44Z",
        },
        {("email", "EMAIL"), ("first_name", "NAME"), ("zip", "ZIP_CODE")},
        {("list", "*"), ("consent", "*"), ("signup_source", "*"), ("created", "*")},
        False,
    ),
    (
        "Identified but not health: an OTC sunscreen order (Shopify Admin API JSON)",
        {
            "id": 5614420983871,
            "name": "#1042",
            "email": "harold.kwan@gmail.com",
            "customer": {"first_name": "Harold", "last_name": "Kwan"},
            "line_items": [
                {
                    "title": "Daily Mineral Sunscreen SPF 50",
                    "variant_title": "02 Light-Medium",
                    "sku": "MS50-TINT-02",
                    "quantity": 2,
                    "price": "38.00",
                }
            ],
            "created_at": "2024-09-29T10:12:33-07:00",
        },
        {
            ("email", "EMAIL"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
        },
        {
            ("name", "*"),
            ("line_items[0].title", "*"),
            ("line_items[0].variant_title", "*"),
            ("line_items[0].sku", "*"),
            ("line_items[0].price", "*"),
            ("created_at", "*"),
        },
        False,
    ),
    (
        "Health but no identifier: an anonymous symptom-checker step with a body location",
        {
            "step": "concern_details",
            "body_location": "left shoulder",
            "concern": "mole changed colour and started bleeding",
            "duration": "1-3 months",
            "recommended_action": "Book a skin check within 2 weeks",
        },
        {("concern", "HEALTH")},
        {("body_location", "LOCATION"), ("duration", "*"), ("step", "*")},
        False,
    ),
    (
        "Health but no identifier: a Mohs programme's monthly KPI row",
        {
            "month": "2024-09",
            "procedure": "Mohs micrographic surgery",
            "cases": 212,
            "avg_stages": 1.6,
            "clear_margin_rate": "98.1%",
            "site": "Northside",
        },
        {("procedure", "HEALTH")},
        {("month", "*"), ("cases", "*"), ("avg_stages", "*"), ("clear_margin_rate", "*")},
        False,
    ),
    (
        "Allergy clinic new-patient form (Jotform CSV): question headers, hives, cetirizine",
        {
            "Submission Date": "Oct 6, 2024",
            "Name": "Dorothea Pruitt",
            "Date of Birth": "05-11-1984",
            "E-mail": "dpruitt84@gmail.com",
            "Phone Number": "(360) 555-0172",
            "What symptoms bring you in?": (
                "sneezing and itchy watery eyes every spring, hives after eating shrimp"
            ),
            "Are you currently taking antihistamines?": "Yes - cetirizine 10mg",
            "Have you ever used an EpiPen?": "No",
        },
        {
            ("Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("E-mail", "EMAIL"),
            ("Phone Number", "PHONE"),
            ("What symptoms bring you in?", "HEALTH"),
            ("Are you currently taking antihistamines?", "MEDICATION|HEALTH"),
        },
        {("Have you ever used an EpiPen?", "*")},
        True,
    ),
    (
        "Patch test booking (EHR scheduling JSON): placement, follow-up reads, patient",
        {
            "appointment": {
                "id": "apt_5501273",
                "type": "Patch Test Placement (T.R.U.E. test + cosmetic series)",
                "start": "2024-11-04T08:30:00-05:00",
                "provider": {"name": "Dr. Chloe Baptiste"},
            },
            "patient": {
                "id": "pt_8842017",
                "name": {"given": "Desmond", "family": "Achebe"},
                "phone": "(404) 555-0193",
            },
            "follow_up_reads": ["2024-11-06", "2024-11-08"],
        },
        {
            ("appointment.type", "HEALTH"),
            ("appointment.start", "DATE"),
            ("appointment.provider.name", "NAME"),
            ("patient.id", "OTHER_ID|MRN"),
            ("patient.name.given", "NAME"),
            ("patient.name.family", "NAME"),
            ("patient.phone", "PHONE"),
            ("follow_up_reads[0]", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Call-centre case (Salesforce Case): rash on doxycycline for rosacea, callback number",
        {
            "CaseNumber": "00091827",
            "Subject": "Medication reaction - rash",
            "Description": (
                "Pt Kara Lindstrom called re: rash on both arms after starting doxycycline "
                "100mg for rosacea. Advised to stop it and come in tomorrow. "
                "Callback 971-555-0128."
            ),
            "Priority": "High",
            "Origin": "Phone",
            "CreatedDate": "2024-10-08T21:40:00.000+0000",
        },
        {
            ("Description", "NAME"),
            ("Description", "HEALTH"),
            ("Description", "PHONE"),
        },
        {("CaseNumber", "*"), ("Priority", "*"), ("Origin", "*"), ("CreatedDate", "*")},
        True,
    ),
    (
        "Free skin-cancer screening registration (Eventbrite attendee CSV): event date, venue",
        {
            "Order #": "9482217713",
            "Order Date": "2024-05-02 14:11:07",
            "First Name": "Clement",
            "Last Name": "Abernathy",
            "Email": "clem.abernathy@gmail.com",
            "Event Name": "Free Skin Cancer Screening - Lakeside",
            "Event Date": "05/18/2024",
            "Ticket Type": "General Admission",
            "Venue Name": "Lakeside Community Center",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Event Name", "HEALTH"),
        },
        {("Order #", "*"), ("Event Date", "*"), ("Ticket Type", "*"), ("Venue Name", "*")},
        True,
    ),
    (
        "Photo upload storage event (S3 notification): camera file name, uploader's IP",
        {
            "Records": [
                {
                    "eventName": "ObjectCreated:Put",
                    "eventTime": "2024-10-02T18:43:02.118Z",
                    "requestParameters": {"sourceIPAddress": "73.25.118.40"},
                    "s3": {
                        "bucket": {"name": "teleskin-uploads-prod"},
                        "object": {
                            "key": "cases/c_7d1f09/photos/IMG_4821.HEIC",
                            "size": 2483112,
                            "eTag": "9b2cf535f27731c974343645a3985328",
                        },
                    },
                }
            ]
        },
        {("Records[0].requestParameters.sourceIPAddress", "IP_ADDRESS")},
        {
            ("Records[0].eventTime", "*"),
            ("Records[0].s3.bucket.name", "*"),
            ("Records[0].s3.object.key", "*"),
            ("Records[0].s3.object.size", "*"),
            ("Records[0].s3.object.eTag", "*"),
        },
        False,
    ),
    (
        "Specialty pharmacy benefits verification (CSV): Dupixent for atopic dermatitis",
        {
            "Case ID": "BV-2024-55182",
            "Patient Name": "Oluwaseun Adeyemi",
            "DOB": "12/09/1987",
            "Drug": "Dupixent",
            "Diagnosis": "Moderate-to-severe atopic dermatitis",
            "Payer": "Regence BlueCross BlueShield",
            "Member ID": "ZRG447120983",
            "PA Required": "Y",
            "Benefit": "Specialty tier, 20% coinsurance",
        },
        {
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Drug", "MEDICATION"),
            ("Diagnosis", "HEALTH"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {("Case ID", "*"), ("Payer", "*"), ("PA Required", "*"), ("Benefit", "*")},
        True,
    ),
    (
        "Med spa price menu (clean): Botox per unit, laser packages, no person",
        {
            "service": "Botox Cosmetic (per unit)",
            "category": "Injectables",
            "price": "14",
            "package": "Buy 3 IPL photofacials, get 1 free",
            "duration_min": 15,
            "location_id": "loc_02",
        },
        set(),
        {("price", "*"), ("duration_min", "*"), ("location_id", "*"), ("category", "*")},
        False,
    ),
    (
        "Skin-check reminder send log (Marketing Cloud extract): email name, address, JobID",
        {
            "SubscriberKey": "vera.lindahl@comcast.net",
            "EmailAddress": "vera.lindahl@comcast.net",
            "EmailName": "Dermatology_Annual_Skin_Check_Reminder",
            "SendDate": "10/1/2024 9:00:00 AM",
            "JobID": "918273",
            "Status": "Sent",
        },
        {
            ("SubscriberKey", "EMAIL"),
            ("EmailAddress", "EMAIL"),
            ("EmailName", "HEALTH"),
        },
        {("SendDate", "*"), ("JobID", "*"), ("Status", "*")},
        True,
    ),
    (
        "GA4 page view on an acne programme: isotretinoin start page, client id, device",
        {
            "event_date": "20241004",
            "event_name": "page_view",
            "user_pseudo_id": "1184529033.1728051122",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://www.clearskinrx.com/treatments/isotretinoin/start"
                            "?utm_source=google&utm_medium=cpc"
                        )
                    },
                },
                {"key": "ga_session_id", "value": {"int_value": 1728051122}},
            ],
            "device": {"category": "mobile", "mobile_model_name": "iPhone"},
            "geo": {"country": "United States", "region": "Oregon"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("device.category", "*"),
            ("device.mobile_model_name", "*"),
            ("geo.country", "*"),
        },
        True,
    ),
    (
        "Patch test result letter (free text): positive to nickel and a preservative",
        {
            "letter_id": "LTR-20241108-0042",
            "patient": "Mrs. Evelyn Strand",
            "dob": "1949-07-30",
            "body": (
                "Dear Mrs. Strand, your patch test was positive (++) to nickel sulfate and "
                "methylisothiazolinone, consistent with allergic contact dermatitis. Please "
                "avoid products listing these ingredients."
            ),
            "sent": "2024-11-08",
        },
        {("patient", "NAME"), ("dob", "DATE"), ("body", "HEALTH")},
        {("letter_id", "*")},
        True,
    ),
    (
        "Sunscreen comparison table (clean): SPF, PA rating, UV filters, UPC",
        {
            "product": "Ultra Sheer Dry-Touch Sunscreen SPF 70",
            "spf": 70,
            "pa_rating": "PA++++",
            "uv_filters": "avobenzone 3%, homosalate 10%, octisalate 5%",
            "size_oz": 3,
            "upc": "086800003632",
            "water_resistant_min": 80,
        },
        set(),
        {
            ("product", "*"),
            ("spf", "*"),
            ("pa_rating", "*"),
            ("size_oz", "*"),
            ("upc", "*"),
            ("water_resistant_min", "*"),
        },
        False,
    ),
    (
        "Oral-immunotherapy spot offer (SMS log): peanut OIT for a child, date and time",
        {
            "to": "+12065550177",
            "from": "+18885550142",
            "body": (
                "A spot opened in our peanut oral immunotherapy (OIT) program for Liam on "
                "11/12 at 9:00 AM. Reply YES to book or NO to stay on the waitlist."
            ),
            "direction": "outbound-api",
            "date_created": "2024-10-09T17:05:12Z",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "DATE")},
        {("from", "*"), ("direction", "*"), ("date_created", "*")},
        True,
    ),
    (
        "Mole-mapping system export (FotoFinder-like JSON): lesions, the clinic's camera serial",
        {
            "patient": {
                "id": "FF-000912",
                "lastName": "Kowalczyk",
                "firstName": "Irena",
                "birthDate": "1971-12-03",
                "skinType": "Fitzpatrick II",
            },
            "examDate": "2024-09-18",
            "lesions": [
                {
                    "lesionId": 7,
                    "bodySite": "back, left scapula",
                    "diameterMm": 6.4,
                    "score": 1.8,
                    "dermoscopyImage": "FF_000912_L07_20240918.bmp",
                    "followUp": "Excise - atypical pigment network",
                }
            ],
            "device": {"serial": "FFH-22-00419", "software": "Vexia 3.2"},
        },
        {
            ("patient.id", "OTHER_ID|MRN"),
            ("patient.lastName", "NAME"),
            ("patient.firstName", "NAME"),
            ("patient.birthDate", "DATE"),
            ("examDate", "DATE"),
            ("lesions[0].followUp", "HEALTH"),
        },
        {
            ("lesions[0].lesionId", "*"),
            ("lesions[0].bodySite", "LOCATION"),
            ("lesions[0].diameterMm", "*"),
            ("lesions[0].score", "*"),
            ("device.serial", "*"),
            ("device.software", "*"),
        },
        True,
    ),
    (
        "Allergy injection check-in (clinic queue CSV): maintenance shot, observation wait",
        {
            "Ticket": "S-014",
            "Patient": "Harper, Quinn",
            "DOB": "02/14/1990",
            "Check-in": "2024-10-08 16:02",
            "Visit": "Allergy injection - maintenance",
            "Observation (min)": "30",
            "Peak Flow": "420",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Check-in", "DATE"),
            ("Visit", "HEALTH"),
        },
        {("Ticket", "*"), ("Observation (min)", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Food-allergy clinic waitlist (Google Sheet CSV): child, parent, allergens, food challenge": (
        set(),
        {("Allergens", "HEALTH")},
        set(),
        "a bare ``allergens`` column is a food label's (a product's ``allergens``: \"milk, "
        "soy\"), as detectors/health_fields.py decided; a person's allergies are read under "
        "``Allergies`` or an allergy list's items (the row is PHI by its food challenge)",
    ),
    "Pollen count and allergy forecast (API JSON, clean): station, ZIP, counts, index": (
        set(),
        set(),
        {("date", "*")},
        "a bare ``date`` column is read alone as a DATE's place, as the clean-exports and BI "
        "probes kept it (tests/test_clean_exports.py): only a chunk's shape (a report, a log) "
        "makes it a machine's, and a forecast row has none the project reads",
    ),
    "Mole-mapping system export (FotoFinder-like JSON): lesions, the clinic's camera serial": (
        set(),
        set(),
        {("device.serial", "*")},
        "a device's serial in a person's record is read as theirs (tests/test_device_resupply.py: "
        "a Care Orchestrator row's ``device.serialNumber``); the clinic's camera and a patient's "
        "CPAP sit under the same keys, and only the device's kind tells them apart",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "Pollen count and allergy forecast (API JSON, clean): station, ZIP, counts, index": (
        {("zip", "ZIP_CODE")},
        "a forecast's ``zip`` is the area's, but a bare ``zip`` beside a measurement is a "
        "person's as often (an asthma app's check-in with the local AQI and the user's ZIP); "
        "only a shape with no person's column at all could tell, which the aggregate-report "
        "profile reads for BI totals, not for an environmental API's rows",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_dermatology_allergy_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on dermatology and allergy exports fails here. Before the work, blind: SHAPES 11 misses
#: / 5 false / 12 wrong of 30, HELD_OUT 2 / 0 / 1 of 10.
FLOORS = ShapeTotals(expected=149, misses=0, false=1, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
