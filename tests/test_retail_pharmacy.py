"""Retail and mail-order pharmacy marketing and engagement data.

A blind probe, written by hand before reading the detectors: what a retail chain's or a
mail-order pharmacy's marketing, CRM and engagement teams export. Refill-reminder SMS logs
(a Twilio-like message resource with a short-code sender and an RFC 2822 ``date_created``),
ready-for-pickup notification events (patient, store and prescription objects nested),
IVR refill call logs and outbound refill dial lists (ANI/DNIS, entered Rx numbers and birth
dates), Rx transfer requests from web forms and the agent's call note, auto-refill
enrolment, immunization scheduling at the pharmacy (shingles, flu, RSV and COVID bookings
with eligibility-screening questions as keys, a scheduler's CSV, a vaccine administration
log with lot and NDC), medication-therapy-management and adherence outreach (PDC measures,
late-to-refill lists, CMR offers, an MTM platform's claim export, a refill authorization fax
to the prescriber), loyalty programme exports (card numbers, points, OTC health and other
purchases by UPC and SKU, birthdays), mail-order order status feeds, discount-card price
lookups and coupon redemptions (BIN/PCN/group, the pharmacy's NPI and NCPDP), pharmacy web
and app analytics (GA4 rows, push logs), and the clean exports around them: store
listings, product and NDC masters, vaccine inventory, campaign reports, programme rules,
store volume reports, a prescriber target list.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **An Rx number is one patient's prescription**: ``OTHER_ID|MRN|ACCOUNT_NUMBER`` in an Rx
  field and after an ``Rx #`` label; the patient id of a pharmacy system likewise. A
  loyalty card number is the member's ``ACCOUNT_NUMBER|OTHER_ID``, never a CREDIT_CARD.
- **A named drug, vaccine, test or condition is health context; a refill alone is not**:
  a reminder, a pickup notice or an IVR refill that names no drug says the person has
  *some* prescription, which names no condition, medication or procedure: identified, not
  PHI. An OTC purchase of a health product (test strips, a category ``Diabetes Care``) is
  the loyalty member's health context, as compilers' ailment flags are in
  tests/test_direct_mail.py; an ordinary purchase (soda, paper towels) is not.
- **Dates**: a fill date, a last-fill date, a refill due date, a dose-2 due date, a
  vaccination or test collection date, an appointment's start, a CMR offer date, an MTM
  service date and a birth date or birthday (``04-17``) are the person's DATE. The
  machines' and the business's clocks are not: a message's ``date_created`` / ``sent_at``,
  a form's ``submitted_at``, a POS transaction time, a booking's ``Date Scheduled``,
  a product price ``updated`` date, vaccine expiry, report dates, rule effective dates.
  Enrolment, ship and ``Member Since`` dates are neither expected nor forbidden.
- **The store is not a person**: store numbers, a store's address, city, ZIP, phone and fax
  in a store object or listing, a ``StorePhone`` column, a preferred or pickup store, the
  pharmacy's NCPDP and its NPI (an organisation's, type 2) are never findings; nor is the
  previous pharmacy's phone in a transfer form's ``current_pharmacy_phone``.
- **Product codes are not identifiers**: NDCs (10 and 11 digits, hyphenated or not), UPCs,
  SKUs, lot numbers, BIN/PCN/group, campaign ids, quantities, days supply, prices, PDC
  values and days late. An NDC may be read as the MEDICATION it codes; it must never be an
  OTHER_ID or a PHONE.
- **Prescribers** are reported as the project decided (tests/test_clinicians.py: a
  provider's name and NPI are reported), so prescriber names and NPIs are neither expected
  nor forbidden; a prescriber list on its own is no PHI record.
- A discount card's member id and a Part D member id are ``HEALTH_PLAN_ID|OTHER_ID``; an app
  or web login id is ``ONLINE_ID|OTHER_ID``; a push player id ``ONLINE_ID|DEVICE_ID``.
- An anonymous price lookup or interaction-checker search names a drug and no person: not
  PHI; the same lookup with a GA client id is (the project's consumer-health decision).
- An eligibility screening question answered ``Yes`` is that person's health context; one
  answered ``No`` is no finding.

After reading the detectors no blind expectation was changed. What was built: loyalty and
rewards member numbers as ACCOUNT_NUMBER (``loyalty_id``, ``Rewards Card Number``), an
IVR's ``Rx Entered`` and a dial list's ``Rx1Number`` as Rx numbers, a ``store`` /
``pharmacy`` object's own address and line as the store's (``store.phone``; a flat
``store_phone`` stays a phone, as tests/test_senders.py decides), a store locator row
(``store_number`` beside pharmacy hours) as a directory listing, a birthday's month and day
(``04-17``) as a DATE, a scheduler's ``November 4, 2024 11:15``, an ESP's bare ``sent``
as the send's stamp, "Yes" under a screening question about the person that names a
health term (``Do you have a weakened immune system …?``), the person's own age ("I'm
93 and on Eliquis"), and the vocabulary of the front store and the immunization menu
(glucose test strips and meter brands, pneumococcal vaccine, weakened immune system).
Nine records are left open (:data:`LEFT_ALONE`), six of them by decisions made elsewhere
(a flat pharmacy or store phone column, a DNIS, a call's own date, bare report dates, an
``effective`` date) and three for reasons of their own
(an offer date, a bare ``Card Number`` holding a loyalty number, a booking calendar named
for its service and Acuity's ``Date Scheduled``).

Figures (misses / false findings / records wrong, NER off). Blind, before any detector
was read: SHAPES (30) 11 / 14 / 13, HELD_OUT (10) 2 / 6 / 6. After the work on SHAPES:
SHAPES 2 / 5 / 6 (all six in LEFT_ALONE); HELD_OUT, scored once then: 1 / 6 / 5; after the
two held-out fixes that generalise (a textual date with its time, a bare ``sent``):
0 / 5 / 4 (all four in LEFT_ALONE). Later (the claims probe's organisation NPIs, with
``pharmacy`` among their words): HELD_OUT 0 / 4 / 3, the coupon row's ``Pharmacy NPI``
no longer reported. Twentieth round: the fitness probe's send reports (sends or deliveries
beside clicks or opens, and no column naming a person: detectors/aggregate_reports.py)
date the flu campaign's row by the campaign, which closes it (it leaves
:data:`LEFT_ALONE`; the floors take it).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

RX = "OTHER_ID|MRN|ACCOUNT_NUMBER"
NDC_NOT = ("OTHER_ID", "PHONE", "ACCOUNT_NUMBER", "ZIP_CODE")

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Refill-reminder SMS (Twilio-like message resource): drug and Rx number in the body",
        {
            "sid": "SM3f9a1c7e2b8d4e6fa0b1c2d3e4f5a6b7",
            "messaging_service_sid": "MG11aa22bb33cc44dd55ee66ff77889900",
            "from": "72345",
            "to": "+16145550111",
            "body": "Cornerstone Pharmacy: Rx for LISINOPRIL 10MG is due for refill. Reply 1 "
            "to refill Rx #4412087, 2 to skip. Reply STOP to opt out.",
            "status": "delivered",
            "date_created": "Mon, 14 Oct 2024 13:02:11 +0000",
            "price": "-0.00790",
            "num_segments": "2",
        },
        {("to", "PHONE"), ("body", "MEDICATION"), ("body", RX)},
        {
            ("sid", "*"),
            ("messaging_service_sid", "*"),
            ("from", "*"),
            ("date_created", "*"),
            ("price", "*"),
            ("num_segments", "*"),
        },
        True,
    ),
    (
        "Ready-for-pickup notification event: patient, store and Rx objects nested",
        {
            "event": "rx_ready",
            "patient": {"first_name": "Darnell", "last_name": "Whitaker", "mobile": "9375550176"},
            "store": {
                "store_number": "04417",
                "address": "2100 N Main St",
                "city": "Dayton",
                "state": "OH",
                "zip": "45405",
                "phone": "(937) 555-0142",
            },
            "rx": {
                "rx_number": "6023318",
                "drug_name": "Amoxicillin 500mg Capsule",
                "ndc": "00093-3109-05",
                "qty": 30,
                "days_supply": 10,
                "fill_date": "2024-10-14",
            },
            "channel": "sms",
            "sent_at": "2024-10-14T15:22:08Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.mobile", "PHONE"),
            ("rx.rx_number", RX),
            ("rx.drug_name", "MEDICATION"),
            ("rx.fill_date", "DATE"),
        },
        {
            ("store.store_number", "*"),
            ("store.address", "LOCATION"),
            ("store.city", "LOCATION"),
            ("store.zip", "ZIP_CODE"),
            ("store.phone", "PHONE"),
            *(("rx.ndc", e) for e in NDC_NOT),
            ("rx.qty", "*"),
            ("rx.days_supply", "*"),
            ("sent_at", "*"),
        },
        True,
    ),
    (
        "IVR refill call log (CSV): caller ANI, entered Rx number and birth date, no drug",
        {
            "Call Start": "10/14/2024 09:12:44",
            "ANI": "5135550187",
            "DNIS": "8005550199",
            "Store #": "2291",
            "Menu Path": "Main > Refill > Enter Rx > Confirm",
            "Rx Entered": "3318804",
            "DOB Entered": "03/22/1951",
            "Result": "REFILL_QUEUED",
            "Promise Time": "10/14/2024 14:00",
        },
        {("ANI", "PHONE"), ("Rx Entered", RX), ("DOB Entered", "DATE")},
        {("DNIS", "*"), ("Store #", "*"), ("Result", "*"), ("Call Start", "*")},
        False,
    ),
    (
        "Rx transfer request from the web form: medications, Rx numbers, previous pharmacy",
        {
            "form_id": "rx-transfer-v3",
            "submitted_at": "2024-10-12T18:44:01Z",
            "fields": {
                "first_name": "Tamara",
                "last_name": "Lindqvist",
                "date_of_birth": "1979-06-02",
                "phone": "614-555-0133",
                "email": "tlindqvist79@yahoo.com",
                "current_pharmacy_name": "Riverside Drug",
                "current_pharmacy_phone": "(614) 555-0190",
                "medications": "Sertraline 50 mg, Levothyroxine 75 mcg",
                "rx_numbers": "RX 7781203; RX 7781204",
                "preferred_store": "Store 5512 - Grandview",
            },
        },
        {
            ("fields.first_name", "NAME"),
            ("fields.last_name", "NAME"),
            ("fields.date_of_birth", "DATE"),
            ("fields.phone", "PHONE"),
            ("fields.email", "EMAIL"),
            ("fields.medications", "MEDICATION"),
            ("fields.rx_numbers", RX),
        },
        {
            ("form_id", "*"),
            ("submitted_at", "*"),
            ("fields.current_pharmacy_name", "*"),
            ("fields.current_pharmacy_phone", "PHONE"),
            ("fields.preferred_store", "*"),
        },
        True,
    ),
    (
        "Auto-refill enrolment export (CSV): pharmacy patient id, Rx number and drug",
        {
            "Patient ID": "P00883412",
            "Patient Name": "Ochoa, Luis",
            "DOB": "11/30/1960",
            "Rx #": "2209931",
            "Drug": "METFORMIN HCL 500 MG TAB",
            "Enrolled On": "2024-09-30",
            "Channel": "App",
            "Store": "1187",
        },
        {
            ("Patient ID", "MRN|OTHER_ID|ACCOUNT_NUMBER"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Rx #", RX),
            ("Drug", "MEDICATION"),
        },
        {("Channel", "*"), ("Store", "*")},
        True,
    ),
    (
        "Shingles dose-2 booking (scheduling API): screening questions as keys, Part D id",
        {
            "appointment_id": "APT-88213377",
            "store_id": "08812",
            "service": "Shingles vaccine (Shingrix) - dose 2",
            "slot_start": "2024-11-02T10:30:00-04:00",
            "patient": {
                "firstName": "Harold",
                "lastName": "Beaumont",
                "dateOfBirth": "1948-02-17",
                "phone": "+13305550164",
                "email": "hbeaumont48@aol.com",
            },
            "screening": {
                "Are you currently sick with a fever?": "No",
                "Do you have a weakened immune system due to cancer treatment or HIV?": "Yes",
                "Have you ever had a severe allergic reaction to a vaccine?": "No",
            },
            "insurance": {"payer": "Medicare Part D", "member_id": "9XK4TR7MA22"},
        },
        {
            ("service", "HEALTH"),
            ("slot_start", "DATE"),
            ("patient.firstName", "NAME"),
            ("patient.lastName", "NAME"),
            ("patient.dateOfBirth", "DATE"),
            ("patient.phone", "PHONE"),
            ("patient.email", "EMAIL"),
            (
                "screening.Do you have a weakened immune system due to cancer treatment or HIV?",
                "HEALTH",
            ),
            ("insurance.member_id", "HEALTH_PLAN_ID|OTHER_ID"),
        },
        {
            ("store_id", "*"),
            ("screening.Are you currently sick with a fever?", "*"),
            ("screening.Have you ever had a severe allergic reaction to a vaccine?", "*"),
            ("insurance.payer", "*"),
        },
        True,
    ),
    (
        "Vaccine administration log (CSV): vaccine, lot, NDC, administering pharmacist",
        {
            "Patient": "Nguyen, Thi Mai",
            "DOB": "07/04/1987",
            "Vaccine": "Influenza, high dose quadrivalent",
            "Lot": "UJ783AA",
            "NDC": "49281-0123-65",
            "Admin Date": "10/05/2024",
            "Site": "L Deltoid",
            "Pharmacist": "R. Patel, PharmD",
            "Store": "3342",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Vaccine", "HEALTH"),
            ("Admin Date", "DATE"),
        },
        {("Lot", "*"), *(("NDC", e) for e in NDC_NOT), ("Site", "*"), ("Store", "*")},
        True,
    ),
    (
        "Late-to-refill adherence list (CSV): PDC measure, fill and due dates, prescriber NPI",
        {
            "member_id": "H7739220114",
            "first_nm": "Gloria",
            "last_nm": "Whitfield",
            "phone_home": "7405550108",
            "measure": "PDC-DR (Diabetes)",
            "pdc_ytd": "0.71",
            "last_fill_dt": "2024-08-19",
            "days_supply": "90",
            "next_due_dt": "2024-11-17",
            "days_late": "12",
            "drug_class": "Biguanides",
            "campaign_id": "MTM-Q4-ADH-07",
            "prescriber_npi": "1245319599",
        },
        {
            ("member_id", "HEALTH_PLAN_ID|OTHER_ID"),
            ("first_nm", "NAME"),
            ("last_nm", "NAME"),
            ("phone_home", "PHONE"),
            ("measure", "HEALTH"),
            ("last_fill_dt", "DATE"),
            ("next_due_dt", "DATE"),
        },
        {
            ("pdc_ytd", "*"),
            ("days_supply", "*"),
            ("days_late", "*"),
            ("campaign_id", "*"),
        },
        True,
    ),
    (
        "CMR offer list (JSON): a 91-year-old with conditions, outreach attempts",
        {
            "patient_key": "b7e2c1d0",
            "name": {"given": "Walter", "family": "Pruitt"},
            "age": 91,
            "conditions": ["CHF", "Type 2 diabetes", "COPD"],
            "active_meds_count": 11,
            "cmr_status": "Offered",
            "offer_date": "2024-10-03",
            "outreach": [{"attempt": 1, "ts": "2024-10-03T14:10:00Z", "outcome": "LVM"}],
        },
        {
            ("name.given", "NAME"),
            ("name.family", "NAME"),
            ("age", "AGE_OVER_89"),
            ("conditions[0]", "HEALTH"),
            ("conditions[1]", "HEALTH"),
            ("conditions[2]", "HEALTH"),
            ("offer_date", "DATE"),
        },
        {
            ("active_meds_count", "*"),
            ("cmr_status", "*"),
            ("outreach[0].ts", "*"),
            ("outreach[0].outcome", "*"),
            ("outreach[0].attempt", "*"),
        },
        True,
    ),
    (
        "Loyalty programme member export (CSV): card number, points, tier; no health",
        {
            "Card Number": "600412887345",
            "First Name": "Brenda",
            "Last Name": "Saldana",
            "Email": "bsaldana@hotmail.com",
            "ZIP": "45419",
            "Member Since": "2016-03-12",
            "Points Balance": "4820",
            "Tier": "Gold",
            "Opt In SMS": "Y",
        },
        {
            ("Card Number", "ACCOUNT_NUMBER|OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("ZIP", "ZIP_CODE"),
        },
        {
            ("Card Number", "CREDIT_CARD"),
            ("Points Balance", "*"),
            ("Tier", "*"),
            ("Opt In SMS", "*"),
        },
        False,
    ),
    (
        "Loyalty purchase line (CSV): diabetes test strips by UPC and SKU",
        {
            "txn_id": "T-20241012-4417-0088",
            "loyalty_id": "600412887345",
            "store_nbr": "4417",
            "txn_ts": "2024-10-12 17:42:10",
            "upc": "030045044947",
            "sku": "918273",
            "item_desc": "ONE TOUCH ULTRA BLUE TEST STRIPS 50CT",
            "category": "Diabetes Care",
            "qty": "1",
            "price": "39.99",
        },
        {
            ("loyalty_id", "ACCOUNT_NUMBER|OTHER_ID"),
            ("item_desc", "HEALTH"),
            ("category", "HEALTH"),
        },
        {
            ("txn_id", "*"),
            ("store_nbr", "*"),
            ("txn_ts", "*"),
            ("upc", "*"),
            ("sku", "*"),
            ("qty", "*"),
            ("price", "*"),
        },
        True,
    ),
    (
        "Loyalty purchase line (CSV): soda and paper towels, no health",
        {
            "txn_id": "T-20241012-4417-0091",
            "loyalty_id": "600498120034",
            "store_nbr": "4417",
            "txn_ts": "2024-10-12 17:55:31",
            "upc": "049000028911",
            "sku": "110442",
            "item_desc": "COCA COLA 12PK 12OZ CANS",
            "category": "Beverages",
            "qty": "2",
            "price": "15.98",
        },
        {("loyalty_id", "ACCOUNT_NUMBER|OTHER_ID")},
        {
            ("txn_id", "*"),
            ("store_nbr", "*"),
            ("txn_ts", "*"),
            ("upc", "*"),
            ("sku", "*"),
            ("item_desc", "*"),
            ("category", "*"),
        },
        False,
    ),
    (
        "Mail-order order status feed (JSON): ship-to, member id, Rx line with NDC-11",
        {
            "orderNumber": "MO-55120983",
            "memberId": "ZXT448812093",
            "patient": {
                "name": "Priya Raman",
                "shipTo": {
                    "line1": "77 Birchwood Ln",
                    "city": "Naperville",
                    "state": "IL",
                    "postalCode": "60540",
                },
            },
            "status": "SHIPPED",
            "shipDate": "2024-10-09",
            "carrier": "UPS",
            "trackingNumber": "1Z999AA10123456784",
            "items": [
                {
                    "rxNumber": "8830021",
                    "drugName": "Eliquis 5 mg tablet",
                    "ndc11": "00003089421",
                    "qty": 180,
                    "daysSupply": 90,
                    "copay": "45.00",
                }
            ],
            "coldChain": False,
        },
        {
            ("memberId", "HEALTH_PLAN_ID|OTHER_ID"),
            ("patient.name", "NAME"),
            ("patient.shipTo.line1", "LOCATION"),
            ("patient.shipTo.city", "LOCATION"),
            ("patient.shipTo.postalCode", "ZIP_CODE"),
            ("items[0].rxNumber", RX),
            ("items[0].drugName", "MEDICATION"),
        },
        {
            ("status", "*"),
            ("carrier", "*"),
            *(("items[0].ndc11", e) for e in NDC_NOT),
            ("items[0].qty", "*"),
            ("items[0].daysSupply", "*"),
            ("items[0].copay", "*"),
            ("patient.shipTo.state", "*"),
        },
        True,
    ),
    (
        "Discount-card price lookup (GA4-like event) with the visitor's client id",
        {
            "event_name": "price_lookup",
            "page_location": "https://www.rxsaverclub.com/drug/atorvastatin?form=tablet"
            "&strength=20mg&qty=30&zip=43215",
            "drug": "atorvastatin",
            "zip": "43215",
            "lowest_price": "9.87",
            "pharmacy_count": 14,
            "client_id": "1845522019.1728932211",
        },
        {("drug", "MEDICATION"), ("zip", "ZIP_CODE"), ("client_id", "ONLINE_ID")},
        {("lowest_price", "*"), ("pharmacy_count", "*"), ("event_name", "*")},
        True,
    ),
    (
        "Drug price page catalog row (clean): no person, an NDC and prices",
        {
            "drug_slug": "lisinopril",
            "display_name": "Lisinopril",
            "generic": True,
            "forms": ["tablet"],
            "strengths": ["10mg", "20mg"],
            "ndc": "68180-0513-01",
            "avg_retail_price": "17.34",
            "coupon_price": "4.20",
            "updated": "2024-10-01",
            "url": "https://www.rxsaverclub.com/drug/lisinopril",
        },
        {("display_name", "MEDICATION")},
        {
            *(("ndc", e) for e in NDC_NOT),
            ("avg_retail_price", "*"),
            ("coupon_price", "*"),
            ("updated", "*"),
            ("strengths[0]", "*"),
        },
        False,
    ),
    (
        "Discount-card coupon redemption (processor CSV): BIN/PCN/group, pharmacy NPI",
        {
            "Claim ID": "C24101200881",
            "Fill Date": "2024-10-12",
            "BIN": "610194",
            "PCN": "PDMI",
            "Group": "RXSAVE1",
            "Member ID": "RSC8842017731",
            "Pharmacy NPI": "1932205580",
            "Pharmacy NCPDP": "3678123",
            "Drug Name": "SILDENAFIL 20 MG TABLET",
            "Qty": "30",
            "U&C": "112.80",
            "Paid": "14.50",
            "Savings": "98.30",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID|OTHER_ID"),
            ("Fill Date", "DATE"),
            ("Drug Name", "MEDICATION"),
        },
        {
            ("BIN", "*"),
            ("PCN", "*"),
            ("Group", "*"),
            ("Pharmacy NPI", "*"),
            ("Pharmacy NCPDP", "*"),
            ("Qty", "*"),
            ("U&C", "*"),
            ("Paid", "*"),
            ("Savings", "*"),
        },
        True,
    ),
    (
        "Store Rx volume report by hour (clean)",
        {
            "store": "4417",
            "date": "2024-10-14",
            "hour": "15",
            "rx_filled": "122",
            "rx_waiting": "18",
            "avg_wait_min": "14.2",
            "immunizations": "9",
        },
        set(),
        {
            ("store", "*"),
            ("date", "*"),
            ("hour", "*"),
            ("rx_filled", "*"),
            ("rx_waiting", "*"),
            ("avg_wait_min", "*"),
            ("immunizations", "*"),
        },
        False,
    ),
    (
        "Pharmacy web analytics (GA4 row): signed-in refill confirmation with the drug",
        {
            "event_name": "page_view",
            "user_pseudo_id": "1294470021.1727711234",
            "user_id": "cp_88412930",
            "page_location": "https://www.cornerstonerx.com/rx/refill/confirm?store=1187",
            "page_title": "Refill Confirmation",
            "event_params": [
                {
                    "key": "medication_name",
                    "value": {"string_value": "Buprenorphine-Naloxone 8-2 mg"},
                }
            ],
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("event_params[0].value.string_value", "MEDICATION"),
        },
        {("page_title", "*"), ("event_params[0].key", "*")},
        True,
    ),
    (
        "Store listing (clean): the store's address, phone and fax, its services",
        {
            "store_number": "04417",
            "name": "Cornerstone Pharmacy #4417",
            "address": "2100 N Main St",
            "city": "Dayton",
            "state": "OH",
            "zip": "45405",
            "phone": "(937) 555-0142",
            "fax": "(937) 555-0143",
            "pharmacy_hours": "Mon-Fri 9:00-21:00",
            "services": ["Flu shots", "Immunizations", "Medication therapy management"],
        },
        set(),
        {
            ("store_number", "*"),
            ("name", "*"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("phone", "PHONE"),
            ("fax", "FAX"),
            ("pharmacy_hours", "*"),
        },
        False,
    ),
    (
        "Immunization reminder email event (ESP export): shingles dose-2 template, due date",
        {
            "recipient": "dkowalczyk@outlook.com",
            "template": "Shingles_Dose2_Reminder",
            "campaign_id": "IMM-SHX-2024-11",
            "sent": "2024-11-01 09:00:00",
            "opened": True,
            "store_number": "2291",
            "due_date": "2024-11-20",
        },
        {("recipient", "EMAIL"), ("template", "HEALTH"), ("due_date", "DATE")},
        {("campaign_id", "*"), ("sent", "*"), ("store_number", "*")},
        True,
    ),
    (
        "Two-way SMS thread: late-to-refill nudge with the first name, reply adds an inhaler",
        {
            "thread_id": "th_99812",
            "patient_phone": "+16145550121",
            "messages": [
                {
                    "dir": "out",
                    "ts": "2024-10-15T16:00:02Z",
                    "text": "Hi Marisol, your Rx for ESCITALOPRAM is 7 days past due. Reply "
                    "YES to refill at store #5512.",
                },
                {
                    "dir": "in",
                    "ts": "2024-10-15T16:04:40Z",
                    "text": "yes pls. also can u add my inhaler, albuterol",
                },
            ],
        },
        {
            ("patient_phone", "PHONE"),
            ("messages[0].text", "NAME"),
            ("messages[0].text", "MEDICATION"),
            ("messages[1].text", "MEDICATION"),
        },
        {("thread_id", "*"), ("messages[0].ts", "*"), ("messages[1].ts", "*")},
        True,
    ),
    (
        "Pharmacy satisfaction survey (CSV): respondent email, no health",
        {
            "Respondent Email": "jpowell22@gmail.com",
            "Store": "5512",
            "Q1 How satisfied were you with your wait time?": "4",
            "Q2 How likely are you to recommend us to a friend?": "9",
            "Comments": "Line was long but the tech at the counter was friendly",
        },
        {("Respondent Email", "EMAIL")},
        {
            ("Store", "*"),
            ("Q1 How satisfied were you with your wait time?", "*"),
            ("Q2 How likely are you to recommend us to a friend?", "*"),
            ("Comments", "*"),
        },
        False,
    ),
    (
        "Loyalty programme rules (clean)",
        {
            "program": "Cornerstone Rewards",
            "rule_id": "R-17",
            "description": "Earn 2x points on vitamins and supplements. No points on "
            "prescriptions, tobacco, alcohol or gift cards where state law prohibits. Points "
            "expire 12 months after they are earned.",
            "effective": "2024-01-01",
            "points_per_dollar": 1,
        },
        set(),
        {("program", "*"), ("rule_id", "*"), ("effective", "*"), ("points_per_dollar", "*")},
        False,
    ),
    (
        "Flu campaign performance report (clean)",
        {
            "campaign_id": "IMM-FLU-24-SMS",
            "campaign_name": "Flu Shot Reminder - 65+",
            "channel": "SMS",
            "sends": "182334",
            "delivered": "179002",
            "clicks": "8812",
            "appointments_booked": "2231",
            "date": "2024-10-07",
        },
        set(),
        {
            ("campaign_id", "*"),
            ("sends", "*"),
            ("delivered", "*"),
            ("clicks", "*"),
            ("appointments_booked", "*"),
            ("date", "*"),
        },
        False,
    ),
    (
        "Front-store product master (clean): SKU, UPC and NDC of an OTC drug",
        {
            "SKU": "228193",
            "UPC": "312547171113",
            "NDC": "0573-0164-40",
            "Description": "Advil Ibuprofen Tablets 200 mg 100ct",
            "Category": "Pain Relief",
            "Retail": "12.99",
            "Vendor": "Haleon",
        },
        {("Description", "MEDICATION")},
        {
            ("SKU", "*"),
            ("UPC", "*"),
            *(("NDC", e) for e in NDC_NOT),
            ("Retail", "*"),
            ("Vendor", "*"),
        },
        False,
    ),
    (
        "Pharmacy app profile update (JSON): allergies and conditions",
        {
            "user": {
                "id": "u_5523198",
                "email": "ben.hartley@gmail.com",
                "mobile": "(312) 555-0147",
            },
            "profile": {
                "allergies": ["Penicillin", "Sulfa drugs"],
                "health_conditions": ["Asthma"],
                "preferred_store": "06631",
                "auto_refill": True,
            },
            "updated_at": "2024-10-10T22:01:17Z",
        },
        {
            ("user.id", "ONLINE_ID|OTHER_ID"),
            ("user.email", "EMAIL"),
            ("user.mobile", "PHONE"),
            ("profile.allergies[0]", "HEALTH"),
            ("profile.health_conditions[0]", "HEALTH"),
        },
        {("profile.preferred_store", "*"), ("updated_at", "*")},
        True,
    ),
    (
        "Anonymous vaccine eligibility screener (web): conditions, recommendations, no person",
        {
            "screener_version": "imm-elig-2024.3",
            "answers": {
                "age_range": "65+",
                "conditions": "Heart disease, Diabetes",
                "pregnant": "No",
            },
            "recommended": ["RSV vaccine", "Pneumococcal vaccine"],
            "completed_at": "2024-10-02T11:20:00Z",
        },
        {
            ("answers.conditions", "HEALTH"),
            ("recommended[0]", "HEALTH"),
            ("recommended[1]", "HEALTH"),
        },
        {
            ("screener_version", "*"),
            ("answers.age_range", "*"),
            ("answers.pregnant", "*"),
            ("completed_at", "*"),
        },
        False,
    ),
    (
        "COVID vaccine bookings from the scheduler (Acuity-like CSV)",
        {
            "First Name": "Yusuf",
            "Last Name": "Demir",
            "Phone": "(216) 555-0139",
            "Email": "ydemir@gmail.com",
            "Appointment Type": "COVID-19 Vaccine (2024-2025 Formula)",
            "Start Time": "November 4, 2024 11:15",
            "Calendar": "Store 3342 - Immunizations",
            "Date Scheduled": "October 28, 2024 08:02",
            "Appointment ID": "1288734021",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Appointment Type", "HEALTH"),
            ("Start Time", "DATE"),
        },
        {("Calendar", "*"), ("Date Scheduled", "*")},
        True,
    ),
    (
        "Rx transfer intake call note (pharmacy CRM case): free text",
        {
            "case_id": "CS-0042118",
            "channel": "phone",
            "note": "Pt Donna Reyes (DOB 4/9/1972) called to transfer Rx for Synthroid 100mcg "
            "and atorvastatin from Kroger #882 (ph 513-555-0166). Cb 513-555-0102.",
            "created": "2024-10-11T13:40:00Z",
        },
        {
            ("note", "NAME"),
            ("note", "DATE"),
            ("note", "MEDICATION"),
            ("note", "PHONE"),
        },
        {("case_id", "*"), ("channel", "*"), ("created", "*")},
        True,
    ),
    (
        "Drug interaction checker site search (anonymous)",
        {
            "search_term": "can i take ibuprofen with lisinopril",
            "results": 12,
            "page": "/tools/interaction-checker",
            "ts": "2024-10-09T20:11:45Z",
        },
        {("search_term", "MEDICATION")},
        {("results", "*"), ("page", "*"), ("ts", "*")},
        False,
    ),
    (
        "Refill authorization fax to the prescriber (outbound fax log)",
        {
            "fax_job": "FX-22019",
            "to_fax": "(614) 555-0171",
            "prescriber": "Dr. Alan Whitcombe",
            "prescriber_npi": "1671022337",
            "patient_name": "Gerald Fontaine",
            "patient_dob": "1956-12-01",
            "drug": "Amlodipine 5 mg",
            "last_fill": "2024-09-02",
            "refills_remaining": "0",
            "status": "Sent",
        },
        {
            ("patient_name", "NAME"),
            ("patient_dob", "DATE"),
            ("drug", "MEDICATION"),
            ("last_fill", "DATE"),
        },
        {("fax_job", "*"), ("refills_remaining", "*"), ("status", "*")},
        True,
    ),
    (
        "Photo order pickup (JSON): a customer, no health",
        {
            "order_id": "PH-1129933",
            "customer": {"name": "Kevin Brandt", "email": "kbrandt@icloud.com"},
            "items": [{"sku": "PRINT-4x6", "qty": 48}],
            "pickup_store": "5512",
            "ready_at": "2024-10-13T18:00:00Z",
        },
        {("customer.name", "NAME"), ("customer.email", "EMAIL")},
        {
            ("items[0].sku", "*"),
            ("items[0].qty", "*"),
            ("pickup_store", "*"),
            ("ready_at", "*"),
        },
        False,
    ),
    (
        "Outbound refill IVR dial list (CSV): drug, Rx number, due date, store phone",
        {
            "PhoneNumber": "9375550183",
            "PatientFirst": "Louise",
            "Rx1Drug": "WARFARIN 5 MG",
            "Rx1Number": "1190223",
            "Rx1DueDate": "10/20/2024",
            "StoreNum": "4417",
            "StorePhone": "9375550142",
            "Language": "EN",
            "Attempt": "2",
            "Result": "ANSWERING_MACHINE",
        },
        {
            ("PhoneNumber", "PHONE"),
            ("PatientFirst", "NAME"),
            ("Rx1Drug", "MEDICATION"),
            ("Rx1Number", RX),
            ("Rx1DueDate", "DATE"),
        },
        {
            ("StoreNum", "*"),
            ("StorePhone", "PHONE"),
            ("Language", "*"),
            ("Attempt", "*"),
            ("Result", "*"),
        },
        True,
    ),
    (
        "Drive-thru COVID test result notification (JSON)",
        {
            "patient_email": "lwashington@yahoo.com",
            "test_type": "Rapid antigen COVID-19 test",
            "result": "Negative",
            "collected": "2024-10-15",
            "store": "3342",
            "notified_at": "2024-10-15T19:30:12Z",
        },
        {
            ("patient_email", "EMAIL"),
            ("test_type", "HEALTH"),
            ("collected", "DATE"),
        },
        {("store", "*"), ("notified_at", "*")},
        True,
    ),
    (
        "MTM platform claim export (CSV): SUPD intervention, member id, pharmacist",
        {
            "Claim #": "MTM-2024-0098812",
            "Patient Last": "Holloway",
            "Patient First": "Bernice",
            "Member ID": "WX2281190045",
            "Reason": "Needs drug therapy - statin use in persons with diabetes",
            "Action": "Prescriber consultation",
            "Result": "Statin initiated",
            "Service Date": "10/08/2024",
            "Pharmacy NCPDP": "3678123",
            "Pharmacist": "Anh Tran, PharmD",
        },
        {
            ("Patient Last", "NAME"),
            ("Patient First", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID|OTHER_ID"),
            ("Reason", "HEALTH"),
            ("Service Date", "DATE"),
        },
        {("Pharmacy NCPDP", "*")},
        True,
    ),
    (
        "Vaccine inventory by store (clean): NDC, lot, expiry",
        {
            "store": "3342",
            "vaccine": "Shingrix",
            "ndc": "58160-0823-11",
            "lot": "X7K92",
            "expiry": "2025-06-30",
            "doses_on_hand": 24,
        },
        {("vaccine", "HEALTH")},
        {
            ("store", "*"),
            *(("ndc", e) for e in NDC_NOT),
            ("lot", "*"),
            ("expiry", "*"),
            ("doses_on_hand", "*"),
        },
        False,
    ),
    (
        "Loyalty birthday club export: month-day birthday, no health",
        {
            "rewards_id": "600455120987",
            "first_name": "Alicia",
            "email": "alicia.m.ford@gmail.com",
            "birthday": "04-17",
            "reward": "BDAY5",
        },
        {
            ("rewards_id", "ACCOUNT_NUMBER|OTHER_ID"),
            ("first_name", "NAME"),
            ("email", "EMAIL"),
            ("birthday", "DATE"),
        },
        {("reward", "*")},
        False,
    ),
    (
        "Ask-a-pharmacist web form: a 93-year-old on Eliquis asks about arthritis pain",
        {
            "name": "Ruth Abernathy",
            "email": "ruthab@comcast.net",
            "question": "I'm 93 and on Eliquis. Is it safe to take Tylenol for my arthritis?",
            "store": "2291",
        },
        {
            ("name", "NAME"),
            ("email", "EMAIL"),
            ("question", "MEDICATION"),
            ("question", "HEALTH_CONDITION"),
            ("question", "AGE_OVER_89"),
        },
        {("store", "*")},
        True,
    ),
    (
        "App push log (OneSignal-like): ready-for-pickup with no drug named",
        {
            "player_id": "a3f1c2e4-5b6d-4e7f-8a9b-0c1d2e3f4a5b",
            "external_user_id": "cp_77120033",
            "headings": "Your prescription is ready",
            "contents": "Your order (1 item) at Store #1187 is ready for pickup until 10/21.",
            "sent_at": "2024-10-14T15:22:09Z",
        },
        {
            ("player_id", "ONLINE_ID|DEVICE_ID"),
            ("external_user_id", "ONLINE_ID|OTHER_ID"),
        },
        {("sent_at", "*")},
        False,
    ),
    (
        "Prescriber target list for the pharmacy's B2B team (clinician data only)",
        {
            "NPI": "1456782345",
            "First": "Maya",
            "Last": "Chen",
            "Credential": "NP",
            "Taxonomy": "363LF0000X",
            "Practice": "Northside Family Health",
            "Address": "1550 W 5th Ave",
            "City": "Columbus",
            "ST": "OH",
            "ZIP": "43212",
            "Rx_Volume_Statins": "412",
        },
        set(),
        {("Credential", "*"), ("Taxonomy", "*"), ("ST", "*"), ("Rx_Volume_Statins", "*")},
        False,
    ),
]

_SENDERS_PHONE = (
    "a flat column naming a store's or a pharmacy's phone is left to the phone rules: "
    "tests/test_senders.py decides that a ``store_phone`` that is not toll-free may be "
    "anyone's (only a ``store`` object's own line is the store's, field_names' "
    "MERCHANT_OBJECTS)"
)
_REPORT_DATE = (
    "a bare ``date`` column is read alone and is a person's date as often; telling a count "
    "report's row from a person's row needs the whole record (the same decision as "
    "tests/test_direct_mail.py and tests/test_lead_generation.py)"
)

_OPEN: dict[str, tuple[set, str]] = {
    "IVR refill call log (CSV): caller ANI, entered Rx number and birth date, no drug": (
        {("Call Start", "DATE")},
        "a call's own date is left unstated by tests/test_calls_and_scheduling.py (a full "
        "date in a date-worded field is reported at the weak-word score, as tests/"
        "test_lead_generation.py keeps it). Its toll-free ``DNIS``, open too, is let go "
        "since the thirteenth round: no person's number is toll-free, whichever way the "
        "call went (detectors/senders.py)",
    ),
    "CMR offer list (JSON): a 91-year-old with conditions, outreach attempts": (
        {("offer_date", "DATE")},
        "an ``offer_date`` is a promotion's as often as a person's (dates.py never reports "
        "promo dates); a CMR offer to a patient is a date of care, but the word cannot tell",
    ),
    "Store Rx volume report by hour (clean)": ({("date", "DATE")}, _REPORT_DATE),
    "Loyalty programme rules (clean)": (
        {("effective", "DATE")},
        "an effective date is a person's in insurance leads (Part A / Part B effective "
        "dates, tests/test_lead_generation.py); a bare ``effective`` cannot tell a rule's",
    ),
    "Outbound refill IVR dial list (CSV): drug, Rx number, due date, store phone": (
        {("StorePhone", "PHONE")},
        _SENDERS_PHONE,
    ),
    "Rx transfer request from the web form: medications, Rx numbers, previous pharmacy": (
        {("fields.current_pharmacy_phone", "PHONE")},
        _SENDERS_PHONE,
    ),
    "COVID vaccine bookings from the scheduler (Acuity-like CSV)": (
        {("Calendar", "PROCEDURE"), ("Date Scheduled", "DATE")},
        "the booked calendar named for its service (``Store 3342 - Immunizations``) is the "
        "booking's service as much as the store's, and read as a campaign's or a list's name "
        "is; Acuity's ``Date Scheduled`` (when it was booked) is another tool's ``Scheduled "
        "Date`` (the visit), so the words cannot make it a machine time",
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_retail_pharmacy_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records): a change that loses recall or precision on retail pharmacy
#: exports fails here. Before the work, blind: SHAPES 11 misses / 14 false / 13 wrong of
#: 30, HELD_OUT 2 / 6 / 6 of 10.
FLOORS = ShapeTotals(expected=136, misses=1, false=7, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
