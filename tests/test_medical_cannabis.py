"""Medical cannabis dispensaries and state medical-marijuana programmes' exports.

A blind probe, written by hand before reading the detectors: what a dispensary's, a
delivery service's or a state programme's marketing, CRM and compliance teams export.
Dispensary POS and e-commerce customer lists and orders (Dutchie-, Treez-, Flowhub- and
Jane-like: ``patient_type`` / ``Customer Type`` medical or recreational, the state
medical-marijuana card number with its state and expiry, the caregiver linked to a
patient, the certifying physician on file, line items with strain, weight, THC and CBD
potency, METRC package tags), state registry and certification exports (qualifying
condition, certifying physician and their registry id, recommendation and certification
dates, daily or 30-day allotment, caregiver designations, card renewals), loyalty and SMS
programmes (Alpine IQ- and Springbig-like contacts, points, segments, opt-ins, message
logs), budtender and consultation notes ("helps with her PTSD nightmares"), delivery
orders with drop-off addresses and drivers, age-gate events and ID scans at the door
(driver's licence barcode fields), menu and product analytics, and the clean rows around
them: METRC and BioTrack package and plant tags, the business's own licence numbers and
store listings, strain names, potency, terpenes, batch ids and SKUs, lab certificates of
analysis, 4/20 promotions and sales reports.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A medical-marijuana card (registry identification card) number is the person's
  certificate number: LICENSE_NUMBER, or OTHER_ID** (Safe Harbor (K) names certificate and
  licence numbers; a state registry's patient id is also the person's record id). A
  caregiver's card number likewise. The card's state is not asserted; its issue and expiry
  dates are neither expected nor forbidden (as a licence's or a membership's dates are
  not, elsewhere in the project).
- **Being a medical cannabis patient is health context.** A medical card exists only
  because a physician certified a qualifying condition, and what the patient buys under it
  is their treatment, as being in a recovery programme is health context
  (tests/test_behavioral_health.py). So a value that says so is HEALTH: a ``patient_type``
  / ``Customer Type`` of ``Medical`` (or ``MMJ``, ``Medical Patient``) in a dispensary
  export, a programme or segment named for medical marijuana patients ("MMJ Patients",
  "Medical Marijuana"). ``Recreational`` / ``Adult-Use`` / ``REC`` are not.
- **A qualifying condition is HEALTH_CONDITION** (``PTSD``, ``Chronic pain``,
  ``Epilepsy``, ``Cancer``, ``Glaucoma``, ``Crohn's disease``), and so is a symptom in a
  budtender's or consultant's note; an FDA-approved cannabinoid drug (``Epidiolex``,
  ``dronabinol``) is a MEDICATION wherever it is named with a person.
- **Cannabis products bought by an adult-use (recreational) customer are not health
  context**, any more than a bottle of wine is: strain names (``Blue Dream``,
  ``Granddaddy Purple``, ``Sour Diesel``), product types (flower, pre-roll, vape cart,
  edible), weights, THC and CBD percentages and milligrams, and terpene names
  (``myrcene``, ``limonene``) are no finding. **A strain named for an effect is not health
  either** (``Pain Killer OG``, ``Sleepy Joe``): a cultivar's name is a brand, so a
  strain field is forbidden HEALTH. A product whose own name says what it treats
  ("CBD Sleep Gummies") is not asserted either way.
- **Dates**: a birth date, a physician's certification or recommendation date, a
  consultation or appointment date and a delivery window of a named patient are DATE. The
  business's clocks are not: an order's ``created_at`` or a POS transaction time
  (tests/test_health_commerce.py decided order times are the store's), a message's send
  stamp, a METRC package's packaged date, a lab test date, a promotion's dates (``4/20``,
  ``04/20/2025``, "420 Sale") and a report's day.
- **Ids**: a POS or e-commerce customer id is the person's ``ACCOUNT_NUMBER|OTHER_ID|
  ONLINE_ID``; a loyalty member id is ``ACCOUNT_NUMBER|OTHER_ID`` (as
  tests/test_retail_pharmacy.py decided); a state registry patient id ``OTHER_ID|
  LICENSE_NUMBER``. Order, transaction, reservation and receipt numbers, METRC package tags
  (``1A4FF0100000022000001234``) and plant tags, BioTrack ids, batch and lot ids, SKUs,
  the dispensary's state licence number (``402R-00871``, ``C10-0000412-LIC``) and store
  ids are not a person's: no finding.
- **A driver's licence number scanned at the door is LICENSE_NUMBER**; the scan's name,
  address and birth date are the person's. An age gate's "21+ confirmed" alone is no
  finding, and an ID scan without health words is identified, not PHI.
- **The certifying physician's name, NPI and state registry id are reported** (the
  project reports clinicians' names and ids: ``NAME`` and ``OTHER_ID|LICENSE_NUMBER``).
- **The dispensary is not a person**: its address, city, ZIP and phone in a store listing
  or ``store`` object, its licence number and its toll-free or SMS short code are no
  finding; the delivery address and phone of a customer are.
- A daily or 30-day allotment (``2.5 oz / 14 days``, ``3000 mg THC``) is neither expected
  nor forbidden as health (it belongs to the recommendation) and is never an identifier.

After reading the detectors no blind expectation was changed. Five were stricter than
decisions the project had made and are applied on top (:data:`_DECIDED`): a bare
``member_id`` is a health plan's, a bare ``Transaction Date`` a person's as often, a
``sample_id`` a person's sample, a bare ``tested_on`` date is reported, and a county x
condition count row is PHI. What the work built: a state medical-marijuana programme's card
as LICENSE_NUMBER by its key (``MMJ ID``, ``MMJ Card #``, ``state_medical_id``,
``medicalId``, ``medical_card_number``, ``Caregiver Card Number``; read before the payment
card a ``card number`` would be), a ``Patient Card Number`` as the patient's OTHER_ID, a
registry's ``Patient`` and ``Physician Registry ID``; a dispensary's medical patient
(``Customer Type`` / ``patient_type`` = ``Medical``, ``MMJ``) and a ``Qualifying
Condition`` field as health context (:mod:`detectors.health_fields`); the licences of a
store, a dispensary, a lab, a grower and a dispensing organisation as the business's
(the licence rule's and :mod:`detectors.government_ids`' organisation words, and a bare
``license_number`` in a store listing beside its hours, :func:`detectors.chunk_profiles.
calendar_columns`, unless the listing names clinicians); a METRC package's packaged date,
a harvest date and a till's business day as not a person's (:mod:`detectors.dates`); and
eight vocabulary terms (``MMJ``, ``MMJ card``, ``medical marijuana card``, ``medical
cannabis card``, ``Epidiolex``, ``Syndros``, ``intractable pain``, ``chronic nonmalignant
pain``). Strain names, potency, terpenes, METRC tags and 4/20 promotions were already
read as no finding. Five records are left open (:data:`LEFT_ALONE`): a loyalty segment
"Medical Patients", a courier's ``delivery_window``, a bare ``card_number``, "her
husband's MS spasms", and the aggregate row PHI by decision. At the merge the bare
``card_number`` was closed: a card column's number that is no payment card's is OTHER_ID
(:mod:`detectors.field_names`).

Figures (misses / false findings / records wrong, NER off). Blind, before any detector
was read: SHAPES (31) 15 / 10 / 15, HELD_OUT (10) 8 / 2 / 7. After the work on SHAPES:
SHAPES 5 / 5 / 8 as written, 4 / 0 / 5 with the decisions (all five in LEFT_ALONE);
HELD_OUT, scored once then: 0 / 2 / 2; after two fixes that generalise (a till's
``business_date``, an ``org`` licence): 0 / 0 / 0.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Dutchie-like customer export (CSV): a medical patient with card and expiry",
        {
            "Customer ID": "4419027",
            "First Name": "Renee",
            "Last Name": "Castellano",
            "Email": "renee.castellano@gmail.com",
            "Phone": "(720) 555-0143",
            "Birthdate": "03/14/1979",
            "Customer Type": "Medical",
            "MMJ ID": "MMJ-CO-2211847",
            "MMJ ID Expiration": "11/30/2025",
            "MMJ State": "CO",
            "Loyalty Points": "1240",
            "Created": "2023-06-02 14:11:09",
        },
        {
            ("Customer ID", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Birthdate", "DATE"),
            ("Customer Type", "HEALTH"),
            ("MMJ ID", "LICENSE_NUMBER|OTHER_ID"),
        },
        {("MMJ State", "*"), ("Loyalty Points", "*"), ("Created", "*")},
        True,
    ),
    (
        "Treez-like customer JSON: patient type, state medical id, physician and caregiver",
        {
            "customer_id": "c7f1e2a4-90b3-4d1e-8a55-3f0e6b2d9c11",
            "first_name": "Dwayne",
            "last_name": "Holloway",
            "birthday": "1962-08-09",
            "patient_type": "MEDICAL",
            "state_medical_id": "P-0084412973",
            "medical_id_expiration": "2025-08-09",
            "drivers_license": "D12-884-419-332",
            "physician": {
                "first_name": "Anita",
                "last_name": "Raghunathan",
                "license": "G87412",
                "phone": "(916) 555-0177",
            },
            "caregiver": {"name": "Tonya Holloway", "caregiver_id": "CG-0031187"},
            "store_id": "store_112",
            "updated_at": "2024-10-11T18:20:41.553Z",
        },
        {
            ("customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("birthday", "DATE"),
            ("patient_type", "HEALTH"),
            ("state_medical_id", "LICENSE_NUMBER|OTHER_ID"),
            ("drivers_license", "LICENSE_NUMBER"),
            ("physician.first_name", "NAME"),
            ("physician.last_name", "NAME"),
            ("physician.license", "LICENSE_NUMBER|OTHER_ID"),
            ("caregiver.name", "NAME"),
            ("caregiver.caregiver_id", "LICENSE_NUMBER|OTHER_ID"),
        },
        {("store_id", "*"), ("updated_at", "*")},
        True,
    ),
    (
        "Jane-like recreational reservation: strains, potency and a pickup, not health",
        {
            "reservation_id": 8812044,
            "reservation_mode": "pickup",
            "customer_type": "recreational",
            "customer": {
                "first_name": "Kyle",
                "last_name": "Brandt",
                "email": "kbrandt@outlook.com",
                "phone": "+13035550198",
            },
            "products": [
                {
                    "name": "Blue Dream",
                    "brand": "Green Valley Farms",
                    "kind": "flower",
                    "amount": "3.5g",
                    "percent_thc": 22.4,
                    "percent_cbd": 0.1,
                },
                {
                    "name": "Sour Diesel Pre-Roll 1g",
                    "brand": "High Country",
                    "kind": "pre-roll",
                    "amount": "1g",
                    "percent_thc": 19.8,
                    "percent_cbd": 0.0,
                },
            ],
            "store_id": 4127,
            "created_at": "2024-10-12T20:04:55Z",
        },
        {
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("customer.email", "EMAIL"),
            ("customer.phone", "PHONE"),
        },
        {
            ("customer_type", "*"),
            ("products[0].name", "*"),
            ("products[0].kind", "*"),
            ("products[0].percent_thc", "*"),
            ("products[1].name", "*"),
            ("products[1].brand", "*"),
            ("reservation_id", "*"),
            ("store_id", "*"),
            ("created_at", "*"),
        },
        False,
    ),
    (
        "Flowhub-like customer (JSON): medical customer type, medical id and driver's licence",
        {
            "customerId": "5f8e1c2b9a7d4e0012ab34cd",
            "name": "Marisol Ortega",
            "email": "marisol.ortega77@yahoo.com",
            "phone": "5055550126",
            "birthDate": "1977-12-01",
            "customerType": "medical",
            "medicalId": "NM-MCP-0448812",
            "medicalIdExpiration": "2026-01-31",
            "driversLicense": "040882217",
            "createdAt": "2022-03-19T16:02:11Z",
        },
        {
            ("customerId", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("name", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("birthDate", "DATE"),
            ("customerType", "HEALTH"),
            ("medicalId", "LICENSE_NUMBER|OTHER_ID"),
            ("driversLicense", "LICENSE_NUMBER"),
        },
        {("createdAt", "*")},
        True,
    ),
    (
        "State registry certification export (CSV): qualifying condition and physician",
        {
            "Patient Registry ID": "P48812093",
            "Patient First Name": "Harold",
            "Patient Last Name": "Sikorski",
            "DOB": "06/22/1951",
            "County": "Pinellas",
            "Qualifying Condition": "Post-traumatic stress disorder (PTSD)",
            "Physician Name": "Dr. Leonard Fiske",
            "Physician Registry ID": "QP-0021877",
            "Certification Date": "09/03/2024",
            "Daily Allotment": "2.5 oz smokable / 35 days",
            "Status": "Active",
        },
        {
            ("Patient Registry ID", "OTHER_ID|LICENSE_NUMBER"),
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("DOB", "DATE"),
            ("County", "LOCATION"),
            ("Qualifying Condition", "HEALTH"),
            ("Physician Name", "NAME"),
            ("Physician Registry ID", "OTHER_ID|LICENSE_NUMBER"),
            ("Certification Date", "DATE"),
        },
        {("Status", "*"), ("Daily Allotment", "DATE")},
        True,
    ),
    (
        "Treez-like customer note by a budtender: the patient's nightmares",
        {
            "customer_id": "1188420",
            "customer_name": "Jolene Pruitt",
            "note": (
                "Prefers indica flower at night, says it helps with her PTSD nightmares. "
                "Ask about the 1:1 tincture next visit."
            ),
            "note_author": "budtender_kmiller",
            "note_created": "2024-09-28T02:14:00Z",
        },
        {
            ("customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("customer_name", "NAME"),
            ("note", "HEALTH"),
        },
        {("note_created", "*")},
        True,
    ),
    (
        "METRC package list (clean): package tags, items, packaged dates, lab state",
        {
            "Tag": "1A4FF0100000022000012345",
            "Source Package": "1A4FF0100000022000009876",
            "Item": "Granddaddy Purple - Flower - 3.5g",
            "Category": "Buds",
            "Quantity": "120 Each",
            "Packaged Date": "2024-09-17",
            "Lab Testing": "TestPassed",
            "Production Batch": "GDP-0917-B",
            "Facility License": "402R-00871",
        },
        set(),
        {
            ("Tag", "*"),
            ("Source Package", "*"),
            ("Item", "*"),
            ("Quantity", "*"),
            ("Packaged Date", "*"),
            ("Production Batch", "*"),
            ("Facility License", "*"),
        },
        False,
    ),
    (
        "Caregiver designation row (state registry): caregiver, patient and condition",
        {
            "Caregiver Name": "Bernard Achterberg",
            "Caregiver Card Number": "CG2219884",
            "Caregiver Phone": "(517) 555-0132",
            "Patient Name": "Elsie Achterberg",
            "Patient Card Number": "MM4400871",
            "Qualifying Condition": "Cancer; severe nausea",
            "Designation Date": "2024-04-15",
            "Card Expires": "2026-04-15",
        },
        {
            ("Caregiver Name", "NAME"),
            ("Caregiver Card Number", "LICENSE_NUMBER|OTHER_ID"),
            ("Caregiver Phone", "PHONE"),
            ("Patient Name", "NAME"),
            ("Patient Card Number", "LICENSE_NUMBER|OTHER_ID"),
            ("Qualifying Condition", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Springbig-like loyalty member: birthday, points, a medical-patients segment",
        {
            "member_id": "SB-7781204",
            "first_name": "Tasha",
            "phone_number": "+16195550184",
            "birthday": "1990-05-21",
            "points": 860,
            "segments": ["Medical Patients", "VIP", "Edibles Buyers"],
            "sms_opt_in": True,
            "location": "Store #3 - Mission Valley",
        },
        {
            ("member_id", "ACCOUNT_NUMBER|OTHER_ID"),
            ("first_name", "NAME"),
            ("phone_number", "PHONE"),
            ("birthday", "DATE"),
            ("segments[0]", "HEALTH"),
        },
        {("points", "*"), ("segments[1]", "*"), ("segments[2]", "*"), ("location", "*")},
        True,
    ),
    (
        "Alpine IQ-like SMS log: a 4/20 promotion to an adult-use contact",
        {
            "message_id": "aiq_msg_99120348",
            "to": "+17205550161",
            "from": "71420",
            "body": (
                "420 SALE! 20% off all Sour Diesel & Blue Dream eighths Fri 4/18 - Sun 4/20. "
                "Reply STOP to opt out"
            ),
            "campaign": "420_Weekend_2025",
            "sent_at": "2025-04-17T16:00:00Z",
            "status": "delivered",
        },
        {("to", "PHONE")},
        {
            ("from", "*"),
            ("body", "DATE"),
            ("body", "HEALTH"),
            ("campaign", "*"),
            ("sent_at", "*"),
            ("message_id", "*"),
        },
        False,
    ),
    (
        "Delivery order (medical patient): drop-off address, window and a note on chemo",
        {
            "order_id": "DLV-20241014-0332",
            "customer_type": "Medical",
            "recipient_name": "Gordon Whitlock",
            "recipient_phone": "(415) 555-0109",
            "dropoff_address": "1290 Clement St Apt 4, San Francisco, CA 94118",
            "delivery_window": "10/15/2024 2:00 PM - 4:00 PM",
            "items": "RSO syringe 1g x1; Indica chews 100mg x2",
            "delivery_notes": "Patient is bedbound after chemo, hand to caregiver at the door",
            "driver": "driver_0412",
            "created_at": "2024-10-14T22:51:07Z",
        },
        {
            ("recipient_name", "NAME"),
            ("recipient_phone", "PHONE"),
            ("dropoff_address", "LOCATION"),
            ("delivery_window", "DATE"),
            ("delivery_notes", "HEALTH"),
            ("customer_type", "HEALTH"),
        },
        {("order_id", "*"), ("driver", "*"), ("created_at", "*")},
        True,
    ),
    (
        "ID scan at the door (age gate): driver's licence barcode fields, no health",
        {
            "scan_id": "scn_6a1f0c93",
            "id_type": "DL",
            "issuing_state": "MI",
            "license_number": "S 530 412 887 104",
            "first_name": "Cody",
            "last_name": "Wierzbicki",
            "dob": "1998-02-27",
            "address": "4021 Lakeshore Dr",
            "city": "Muskegon",
            "zip": "49441",
            "expiration": "2027-02-27",
            "age_check": "21+ PASS",
            "scanned_at": "2024-10-18T23:40:12Z",
        },
        {
            ("license_number", "LICENSE_NUMBER"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("dob", "DATE"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
        },
        {("age_check", "*"), ("scanned_at", "*"), ("scan_id", "*"), ("id_type", "*")},
        False,
    ),
    (
        "Menu analytics (clean): product views and adds to cart, potency and terpenes",
        {
            "date": "2024-10-01",
            "product": "Granddaddy Purple 3.5g",
            "strain_type": "Indica",
            "category": "Flower",
            "thc_pct": "24.3%",
            "cbd_pct": "0.2%",
            "top_terpenes": "myrcene, linalool, beta-caryophyllene",
            "menu_views": 1832,
            "add_to_cart": 211,
        },
        set(),
        {
            ("product", "*"),
            ("strain_type", "*"),
            ("thc_pct", "*"),
            ("cbd_pct", "*"),
            ("top_terpenes", "*"),
            ("menu_views", "*"),
        },
        False,
    ),
    (
        "Strain catalog (clean): strains named for effects and their reported uses",
        {
            "strain": "Pain Killer OG",
            "alias": "Sleepy Joe",
            "type": "Indica-dominant hybrid",
            "effects": "Relaxed, sleepy, happy",
            "description": "Reviewers report relief from stress and insomnia.",
            "lineage": "OG Kush x Afghani",
            "thc_range": "18-24%",
        },
        set(),
        {
            ("strain", "HEALTH"),
            ("alias", "HEALTH"),
            ("lineage", "*"),
            ("thc_range", "*"),
            ("type", "*"),
        },
        False,
    ),
    (
        "Dispensary store listing (clean): the business's licence, address and phone",
        {
            "store_id": "store_112",
            "store_name": "Mile High Wellness - Colfax",
            "license_number": "402R-00871",
            "med_license": "402-00321",
            "address": "8120 E Colfax Ave",
            "city": "Denver",
            "state": "CO",
            "zip": "80220",
            "phone": "(303) 555-0100",
            "hours": "Mon-Sun 8:00 AM - 9:50 PM",
        },
        set(),
        {
            ("store_id", "*"),
            ("store_name", "*"),
            ("license_number", "*"),
            ("med_license", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
        },
        False,
    ),
    (
        "MMJ evaluation booking (card clinic): condition, appointment and physician",
        {
            "booking_id": "VH-5512093",
            "full_name": "Priya Ramaswamy",
            "email": "priya.r@protonmail.com",
            "phone": "404-555-0175",
            "date_of_birth": "1986-10-02",
            "state": "GA",
            "conditions": "Anxiety, insomnia",
            "appointment_time": "2024-10-22 15:30",
            "physician": "Dr. Marcus Bell",
            "visit_type": "Medical Marijuana Card Evaluation",
            "booked_at": "2024-10-16T12:02:33Z",
        },
        {
            ("full_name", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("date_of_birth", "DATE"),
            ("conditions", "HEALTH"),
            ("appointment_time", "DATE"),
            ("physician", "NAME"),
            ("visit_type", "HEALTH"),
        },
        {("booking_id", "*"), ("booked_at", "*")},
        True,
    ),
    (
        "GA4 event on a dispensary site: the medical card application page, a client id",
        {
            "event_name": "page_view",
            "user_pseudo_id": "1287734410.1728012277",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://www.example-dispensary.com/medical-marijuana-card/apply"
                        )
                    },
                },
                {"key": "page_title", "value": {"string_value": "Get Your Medical Card"}},
            ],
            "event_timestamp": "1728012299118822",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {("event_timestamp", "*")},
        True,
    ),
    (
        "POS sales export row (recreational): customer, product, METRC package id",
        {
            "Transaction ID": "T-00918832",
            "Transaction Date": "10/12/2024 6:41 PM",
            "Customer": "Jordan Feeney",
            "Customer Type": "Recreational",
            "Product": "Sour Diesel Live Resin Cart 0.5g",
            "Strain": "Sour Diesel",
            "THC": "81.2%",
            "Package ID": "1A40A0300002B11000004471",
            "Qty": "1",
            "Total": "42.00",
            "Budtender": "kmiller",
        },
        {("Customer", "NAME")},
        {
            ("Transaction ID", "*"),
            ("Transaction Date", "*"),
            ("Customer Type", "*"),
            ("Product", "*"),
            ("Strain", "*"),
            ("THC", "*"),
            ("Package ID", "*"),
            ("Total", "*"),
        },
        False,
    ),
    (
        "POS sales export row (medical): the same columns with an MMJ card and type",
        {
            "Transaction ID": "T-00918847",
            "Transaction Date": "10/12/2024 7:02 PM",
            "Customer": "Abigail Stroud",
            "Customer Type": "Medical",
            "MMJ Card #": "MMJ-0071234",
            "Product": "Harlequin CBD Tincture 1:1 30ml",
            "Strain": "Harlequin",
            "THC": "300mg",
            "Package ID": "1A40A0300002B11000004492",
            "Qty": "1",
            "Total": "55.00",
        },
        {
            ("Customer", "NAME"),
            ("Customer Type", "HEALTH"),
            ("MMJ Card #", "LICENSE_NUMBER|OTHER_ID"),
        },
        {
            ("Transaction ID", "*"),
            ("Transaction Date", "*"),
            ("Strain", "*"),
            ("THC", "*"),
            ("Package ID", "*"),
        },
        True,
    ),
    (
        "Card renewal reminder (email event): the card's expiry and a renewal campaign",
        {
            "event": "Received Email",
            "email": "d.mcallister@icloud.com",
            "first_name": "Doreen",
            "properties": {
                "campaign_name": "MMJ Card Renewal Reminder - 30 days",
                "card_expiration": "2024-11-15",
                "subject": "Doreen, your medical card expires soon",
            },
            "timestamp": "2024-10-16T14:00:02Z",
        },
        {
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("properties.campaign_name", "HEALTH"),
        },
        {("timestamp", "*")},
        True,
    ),
    (
        "Registry statistics by county and condition (aggregate, no person)",
        {
            "report_month": "2024-09",
            "county": "Hillsborough",
            "qualifying_condition": "Chronic nonmalignant pain",
            "active_patients": 18423,
            "new_certifications": 612,
        },
        {("qualifying_condition", "HEALTH")},
        {("report_month", "*"), ("county", "*"), ("active_patients", "*")},
        False,
    ),
    (
        "Lab certificate of analysis (clean): sample and batch ids, test date, potency",
        {
            "coa_id": "COA-24-118273",
            "sample_id": "S-2409-8871",
            "batch": "GDP-0917-B",
            "metrc_tag": "1A4FF0100000022000012345",
            "lab_license": "C8-0000019-LIC",
            "tested_on": "2024-09-19",
            "total_thc": "24.31%",
            "total_cbd": "0.06%",
            "terpenes": "beta-myrcene 0.82%; d-limonene 0.41%",
            "result": "PASS",
        },
        set(),
        {
            ("coa_id", "*"),
            ("sample_id", "*"),
            ("batch", "*"),
            ("metrc_tag", "*"),
            ("lab_license", "*"),
            ("tested_on", "*"),
            ("total_thc", "*"),
            ("terpenes", "*"),
        },
        False,
    ),
    (
        "Pharmacist consultation (medical dispensary CRM): pain, spasms and a dose",
        {
            "ConsultId": "CN-44120",
            "PatientName": "Rosalind Keane",
            "PatientDOB": "1958-01-30",
            "ConsultDate": "2024-10-08",
            "Notes": (
                "Pt reports chronic low back pain and muscle spasms at night. Recommended "
                "1:1 THC:CBD tincture, start 2.5 mg at bedtime, titrate weekly."
            ),
            "Pharmacist": "J. Okafor, PharmD",
        },
        {
            ("PatientName", "NAME"),
            ("PatientDOB", "DATE"),
            ("ConsultDate", "DATE"),
            ("Notes", "HEALTH"),
        },
        {("ConsultId", "*")},
        True,
    ),
    (
        "Jane-like medical reservation (JSON): patient, cart and the store object",
        {
            "reservation_id": 8812391,
            "customer_type": "medical",
            "customer": {
                "full_name": "Lionel Babbage",
                "phone": "+14805550122",
                "medical_card_number": "AZ-MMJ-00884120",
            },
            "products": [
                {"name": "Durban Poison", "kind": "flower", "amount": "7g"},
                {"name": "CBN Sleep Gummies 10pk", "kind": "edible", "amount": "100mg"},
            ],
            "store": {
                "name": "Saguaro Medical Dispensary",
                "address": "2210 W Camelback Rd, Phoenix, AZ 85015",
                "phone": "(602) 555-0150",
            },
            "created_at": "2024-10-13T17:22:08Z",
        },
        {
            ("customer_type", "HEALTH"),
            ("customer.full_name", "NAME"),
            ("customer.phone", "PHONE"),
            ("customer.medical_card_number", "LICENSE_NUMBER|OTHER_ID"),
        },
        {
            ("products[0].name", "*"),
            ("store.name", "*"),
            ("store.address", "*"),
            ("store.phone", "*"),
            ("created_at", "*"),
            ("reservation_id", "*"),
        },
        True,
    ),
    (
        "Springbig-like inbound SMS: a STOP reply (identified, no health)",
        {
            "direction": "inbound",
            "from_number": "+16195550184",
            "to_number": "71420",
            "body": "STOP",
            "received_at": "2024-10-17T01:12:44Z",
        },
        {("from_number", "PHONE")},
        {("to_number", "*"), ("body", "*"), ("received_at", "*")},
        False,
    ),
    (
        "Budtender note on a recreational customer: preferences only",
        {
            "customer_id": "1190032",
            "customer_name": "Marcus Oyelaran",
            "customer_type": "REC",
            "note": "Likes sativas, Sour Diesel and Durban Poison. Usually buys eighths on Friday.",
            "note_created": "2024-10-04T23:10:00Z",
        },
        {("customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"), ("customer_name", "NAME")},
        {("note", "*"), ("customer_type", "*"), ("note_created", "*")},
        False,
    ),
    (
        "Age-gate event on a dispensary site (clean of person): 21+ and a client id",
        {
            "event": "age_gate_submit",
            "ga_client_id": "GA1.2.1877342210.1728012277",
            "result": "21_plus_confirmed",
            "state_selected": "CO",
            "page": "https://www.example-dispensary.com/menu?type=recreational",
            "ts": "2024-10-04T18:44:37Z",
        },
        {("ga_client_id", "ONLINE_ID")},
        {("result", "*"), ("state_selected", "*"), ("page", "*"), ("ts", "*")},
        False,
    ),
    (
        "Alpine IQ-like contact with a custom qualifying-condition field",
        {
            "contact_id": "aiq_c_40018832",
            "mobile": "(248) 555-0119",
            "email": "gpendleton@gmail.com",
            "first_name": "Gail",
            "last_name": "Pendleton",
            "custom_fields": {"qualifying_condition": "Glaucoma", "preferred_store": "Ferndale"},
            "lifetime_spend": "1842.50",
            "last_visit": "2024-10-09",
        },
        {
            ("contact_id", "OTHER_ID|ACCOUNT_NUMBER|ONLINE_ID"),
            ("mobile", "PHONE"),
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("custom_fields.qualifying_condition", "HEALTH"),
        },
        {("lifetime_spend", "*"), ("custom_fields.preferred_store", "*")},
        True,
    ),
    (
        "Certifying physician directory (state list): a clinician, no patient",
        {
            "physician_name": "Dr. Evelyn Marchetti",
            "registry_id": "QP-0019942",
            "clinic": "Bay Area Cannabis Evaluations",
            "clinic_phone": "(727) 555-0161",
            "accepting_new": "Yes",
        },
        {("physician_name", "NAME")},
        {("clinic", "*"), ("accepting_new", "*")},
        False,
    ),
    (
        "Caregiver purchase for a child: CBD oil for seizures, caregiver and patient",
        {
            "ticket_id": "TKT-118200",
            "patient_name": "Owen Lindqvist",
            "patient_dob": "2015-07-19",
            "caregiver_name": "Karin Lindqvist",
            "caregiver_card": "CG-MI-0041877",
            "items": "High-CBD tincture 20:1 30ml",
            "budtender_note": "Mom says the 20:1 cut his seizures down, wants same batch",
            "sold_at": "2024-10-10T19:21:00Z",
        },
        {
            ("patient_name", "NAME"),
            ("patient_dob", "DATE"),
            ("caregiver_name", "NAME"),
            ("caregiver_card", "LICENSE_NUMBER|OTHER_ID"),
            ("budtender_note", "HEALTH"),
        },
        {("ticket_id", "*"), ("sold_at", "*")},
        True,
    ),
    (
        "Delivery route manifest (Onfleet-like): a recreational drop-off, gate code",
        {
            "taskId": "kT3mvQw9~h2pZf1K",
            "recipient": {"name": "Samira Haddad", "phone": "+15035550172"},
            "destination": {
                "address": {
                    "number": "716",
                    "street": "NE Alberta St",
                    "city": "Portland",
                    "postalCode": "97211",
                }
            },
            "notes": "Gate code 4420, leave nothing at the door, ID check 21+",
            "completionDetails": {"time": 1728954112000, "success": True},
        },
        {
            ("recipient.name", "NAME"),
            ("recipient.phone", "PHONE"),
            ("destination.address.street", "LOCATION"),
            ("destination.address.city", "LOCATION"),
            ("destination.address.postalCode", "ZIP_CODE"),
        },
        {("taskId", "*"), ("notes", "*"), ("completionDetails.time", "*")},
        False,
    ),
    (
        "Treez-like ticket export: a medical patient's purchase, physician licence on file",
        {
            "TICKET_ID": "2410-7712",
            "CUSTOMER_NAME": "BRENNAN, CLAIRE",
            "PATIENT_TYPE": "MEDICAL",
            "STATE_MEDICAL_ID": "CA-MMIC-7781023",
            "PHYSICIAN_LICENSE": "A 143872",
            "PRODUCT_NAME": "Granddaddy Purple 1/8",
            "PRODUCT_TYPE": "FLOWER",
            "TICKET_DATE": "10/11/2024",
            "TOTAL": "38.50",
        },
        {
            ("CUSTOMER_NAME", "NAME"),
            ("PATIENT_TYPE", "HEALTH"),
            ("STATE_MEDICAL_ID", "LICENSE_NUMBER|OTHER_ID"),
            ("PHYSICIAN_LICENSE", "LICENSE_NUMBER|OTHER_ID"),
        },
        {("TICKET_ID", "*"), ("PRODUCT_NAME", "*"), ("PRODUCT_TYPE", "*"), ("TOTAL", "*")},
        True,
    ),
    (
        "State programme application webhook: approved card, condition, applicant",
        {
            "application_id": "APP-2024-0918812",
            "status": "APPROVED",
            "applicant": {
                "first_name": "Wendell",
                "last_name": "Ostrowski",
                "email": "wendell.ostrowski@gmail.com",
                "dob": "1969-11-04",
                "address": {"line1": "88 Birch Hill Rd", "city": "Norman", "zip": "73071"},
            },
            "qualifying_condition": "Crohn's disease",
            "card_number": "PAAA-KX4T-9921",
            "issued_at": "2024-10-02T15:00:00Z",
        },
        {
            ("applicant.first_name", "NAME"),
            ("applicant.last_name", "NAME"),
            ("applicant.email", "EMAIL"),
            ("applicant.dob", "DATE"),
            ("applicant.address.line1", "LOCATION"),
            ("applicant.address.city", "LOCATION"),
            ("applicant.address.zip", "ZIP_CODE"),
            ("qualifying_condition", "HEALTH"),
            ("card_number", "LICENSE_NUMBER|OTHER_ID"),
        },
        {("application_id", "*"), ("status", "*"), ("card_number", "CREDIT_CARD")},
        True,
    ),
    (
        "Promotion calendar (clean): the 4/20 weekend and its dates",
        {
            "promo_id": "PR-420-25",
            "promo_name": "4/20 Weekend Blowout",
            "start_date": "04/18/2025",
            "end_date": "04/20/2025",
            "discount": "20% off flower",
            "eligible_skus": "GDP-35, SD-PR-1, BD-35",
            "channel": "SMS, email, in-store",
        },
        set(),
        {
            ("promo_id", "*"),
            ("promo_name", "*"),
            ("start_date", "*"),
            ("end_date", "*"),
            ("eligible_skus", "*"),
        },
        False,
    ),
    (
        "Inventory export (clean): SKU, METRC tag, BioTrack barcode, harvest batch",
        {
            "sku": "GDP-35",
            "product_name": "Granddaddy Purple 3.5g",
            "metrc_package_label": "1A4FF0100000022000012345",
            "biotrack_barcode": "6647382910045512",
            "harvest_batch": "H-GDP-240902",
            "harvest_date": "2024-09-02",
            "on_hand": 118,
            "unit_cost": "11.40",
        },
        set(),
        {
            ("sku", "*"),
            ("product_name", "*"),
            ("metrc_package_label", "*"),
            ("biotrack_barcode", "*"),
            ("harvest_batch", "*"),
            ("harvest_date", "*"),
            ("on_hand", "*"),
        },
        False,
    ),
    (
        "Daily sales report (clean): medical and adult-use sales by store",
        {
            "business_date": "2024-10-12",
            "store": "Colfax",
            "medical_sales": "4120.55",
            "adult_use_sales": "18233.10",
            "medical_transactions": 61,
            "adult_use_transactions": 402,
            "avg_basket": "48.12",
        },
        set(),
        {("business_date", "*"), ("store", "*"), ("medical_sales", "*"), ("avg_basket", "*")},
        False,
    ),
    (
        "Budtender note about a spouse: MS spasms, the customer's email",
        {
            "customer_email": "maria.castillo82@gmail.com",
            "customer_type": "Recreational",
            "note": (
                "Asked about something for her husband's MS spasms, recommended the Harlequin "
                "tincture and told her to talk to his neurologist."
            ),
            "created": "2024-10-05T20:31:00Z",
        },
        {("customer_email", "EMAIL"), ("note", "HEALTH")},
        {("customer_type", "*"), ("created", "*")},
        True,
    ),
    (
        "Loyalty feedback survey (Springbig-like): rating and a comment on arthritis",
        {
            "survey_id": "srv_20241012_881",
            "member_phone": "+19165550138",
            "rating": 5,
            "comment": "The indica you recommended helped my sleep and my arthritis pain a lot!",
            "submitted_at": "2024-10-12T03:04:55Z",
        },
        {("member_phone", "PHONE"), ("comment", "HEALTH")},
        {("survey_id", "*"), ("rating", "*"), ("submitted_at", "*")},
        True,
    ),
    (
        "GA4 purchase on a dispensary e-commerce site: recreational items only",
        {
            "event_name": "purchase",
            "user_pseudo_id": "1877342210.1728012277",
            "ecommerce": {"transaction_id": "W-1182043", "value": 74.0},
            "items": [
                {"item_id": "BD-35", "item_name": "Blue Dream 3.5g", "item_category": "Flower"},
                {
                    "item_id": "SD-PR-1",
                    "item_name": "Sour Diesel Pre-Roll",
                    "item_category": "Pre-Rolls",
                },
            ],
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("ecommerce.transaction_id", "*"),
            ("items[0].item_id", "*"),
            ("items[0].item_name", "*"),
            ("items[1].item_name", "*"),
            ("items[1].item_category", "*"),
        },
        False,
    ),
    (
        "Registry dispensing record: allotment, last dispense, programme name",
        {
            "program": "Medical Marijuana Use Registry",
            "patient_id": "L82219904",
            "patient_last_name": "Ferreira",
            "allotment_35_day": "2500 mg THC (edibles)",
            "remaining": "1180 mg",
            "last_dispensed": "2024-10-07",
            "dispensing_org_license": "MMTC-2019-0018",
        },
        {
            ("program", "HEALTH"),
            ("patient_id", "OTHER_ID|LICENSE_NUMBER|MRN"),
            ("patient_last_name", "NAME"),
            ("last_dispensed", "DATE"),
        },
        {("dispensing_org_license", "*"), ("remaining", "*")},
        True,
    ),
    (
        "Flowhub-like customer list (CSV): a recreational customer, identified only",
        {
            "Name": "Trevor Halvorsen",
            "Email": "thalvorsen@gmail.com",
            "Phone": "720-555-0188",
            "Customer Type": "Recreational",
            "Birth Date": "1995-09-13",
            "Total Spent": "612.40",
            "Last Purchase": "2024-10-11",
        },
        {("Name", "NAME"), ("Email", "EMAIL"), ("Phone", "PHONE"), ("Birth Date", "DATE")},
        {("Customer Type", "*"), ("Total Spent", "*")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Springbig-like loyalty member: birthday, points, a medical-patients segment": (
        {("member_id", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID")},
        {("member_id", "ACCOUNT_NUMBER|OTHER_ID")},
        set(),
        "a bare ``member_id`` is a health plan's member id everywhere else in the project "
        "(field_names' HEALTH_PLAN_ID rule; a loyalty number is told by its own words, "
        "``loyalty_id``, ``Rewards Card Number``, tests/test_retail_pharmacy.py): the "
        "member's identifier is found and redacted either way, only its tag differs",
    ),
    "POS sales export row (recreational): customer, product, METRC package id": (
        set(),
        set(),
        {("Transaction Date", "*")},
        "``transaction`` is left out of the off-person date words on purpose "
        "(detectors/dates.py: a pharmacy claim's transaction date is a person's as "
        "often), so a POS export's ``Transaction Date`` is neither expected nor forbidden",
    ),
    "POS sales export row (medical): the same columns with an MMJ card and type": (
        set(),
        set(),
        {("Transaction Date", "*")},
        "as the recreational row: a bare ``Transaction Date`` is a person's as often "
        "(detectors/dates.py)",
    ),
    "Registry statistics by county and condition (aggregate, no person)": (
        {("county", "LOCATION")},
        set(),
        {("county", "*")},
        "decided otherwise by tests/test_bi_reports.py and tests/test_public_health.py: a "
        "county or ZIP x condition count row is PHI whatever its count (Safe Harbor lists "
        "the county among the subdivisions to remove); its month and counts stay no "
        "findings",
    ),
    "Lab certificate of analysis (clean): sample and batch ids, test date, potency": (
        set(),
        set(),
        {("sample_id", "*"), ("tested_on", "*")},
        "a ``sample_id`` is a person's sample in every other export the project reads "
        "(tests/test_genomics_and_labs.py: a kit's, a sample's or a specimen's id is the "
        "person's), and a bare date in a field without a person's or a machine's word is "
        "reported on purpose (tests/test_clean_exports.py); a COA's potency and terpene "
        "columns would tell a product's lab sheet, but no other export shape needs that "
        "chunk rule yet",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "Registry statistics by county and condition (aggregate, no person)": (
        set(),
        "PHI by the project's decision (see :data:`_DECIDED`): a county x condition count "
        "row is PHI whatever its count, where the blind row said no",
    ),
    "Springbig-like loyalty member: birthday, points, a medical-patients segment": (
        {("segments[0]", "HEALTH")},
        '"Medical Patients" says medical cannabis only inside a dispensary\'s loyalty '
        "programme; in a hospital's or a clinic's CRM a segment of medical (not surgical, "
        'not dental) patients is a list name, and the vocabulary keeps no bare "medical" '
        "(``MMJ Patients`` and ``Medical Marijuana`` segments are found). The row is "
        "identified, and PHI would need the segment",
    ),
    "Delivery order (medical patient): drop-off address, window and a note on chemo": (
        {("delivery_window", "DATE")},
        "``window`` is a machine word (an attribution or a maintenance window); a "
        "courier's delivery window is the patient's date only when the order is theirs, "
        "which tests/test_device_resupply.py also left open for a bare ``Delivered``",
    ),
    "Budtender note about a spouse: MS spasms, the customer's email": (
        {("note", "HEALTH")},
        '"MS" alone is Microsoft or a title in marketing text (read only in a '
        'medical-history list, detectors/history_lists.py) and "spasm" is a stop term '
        '(everyday English; curated phrases such as "muscle spasms" carry the health '
        'sense): nothing general reads "her husband\'s MS spasms"',
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_medical_cannabis_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on dispensary and programme exports fails here. Before the work, blind: SHAPES 15 misses
#: / 10 false / 15 wrong of 31, HELD_OUT 8 / 2 / 7 of 10.
FLOORS = ShapeTotals(expected=143, misses=3, false=0, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
