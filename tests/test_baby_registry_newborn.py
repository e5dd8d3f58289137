"""Baby registries, newborn programmes and parenting marketing: what their tools export.

A blind probe, written by hand before reading the detectors: what baby-registry,
parenting-app and newborn-marketing tools export. Registry exports (Babylist- and Amazon
baby registry-like: registrant and partner, arrival date, shipping address, gift
purchases with a gifter's note, a Klaviyo-like profile with ``Expecting Multiples``, a
welcome box's fulfilment row, completion-discount rules and redemptions), pregnancy-week
newsletters (a Mailchimp-like audience export with a due date, pregnancy week and
trimester tags, a SendGrid-like event with the weekly category, a Braze-like user export
with followed conditions, a canvas step's config, a campaign report), insurance breast-pump
suppliers (Aeroflow-like order CSV with the member id, the OB and the NPI, a fax-back
prescription request with the ICD-10 ``Z34.83``, a DME portal's order JSON with HCPCS
``E0603``, a "qualify through insurance" lead form), hospital newborn photography and
Bounty-style bedside sign-ups (baby's name, birth date, birth weight, room, the mother,
a delivery type, a NICU note), formula brands' sample requests, CRM contacts and consumer
affairs call logs ("baby has reflux, needs hypoallergenic", a lot number), a NICU family
programme, loss-and-unsubscribe flows (a suppression list's "Pregnancy loss - stop all
mail", a support ticket after a stillbirth), baby-tracker app exports and events
(Huckleberry- and Glow Baby-like logs, an Amplitude feeding event, a GA4 event with
``baby_age_weeks``), a community post, birth announcements, diaper rewards members, a car
seat registration card and a childbirth class registration. With the clean rows around
them: a product catalog (SKU, UPC, car seat model number), a car seat recall's model and
lot numbers, store inventory, a registry aggregate report, a blog article list, an
affiliate payout report and a hospital's formula sample shipment.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it names but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors),
following the maternity and pediatric probes where they decided:

- **A baby registry is not pregnancy evidence** (the maternity probe): registrants,
  partners, arrival dates, shipping addresses and diaper, stroller and car-seat items
  identify the registrant but name no health; such a row is identified, not PHI. So are
  ``Expecting Multiples`` = "Twins" in a registry profile and a gifter's "meet the twins"
  (adoptions and surrogacy bring twins too): not health, and such a row is not PHI. A
  person's own words "pregnant with twins" are HEALTH.
- **Pregnancy is a health condition** (the maternity probe), and so is a record that says a
  person is in a given week or trimester of it: a subscriber's ``Pregnancy Week`` (the key
  names the person's pregnancy, the value its week), a ``2nd Trimester`` tag, a
  ``pregnancy-weekly`` send category, and pregnancy complications (gestational diabetes,
  placenta previa, preeclampsia) are HEALTH. A due date is DATE, not health by itself.
  A campaign's, a canvas step's or an article's pregnancy words name nobody: such a row
  is no PHI record and its send times, ids and counts are no findings.
- **A breast pump through insurance is a prescribed medical device**: an insurance order's
  HCPCS ``E0603``, its descriptor, a prescription request's item and diagnosis (``Z34.83``
  supervision of a normal pregnancy) are HEALTH, and the OB or midwife who writes it is a
  clinician (NAME; the NPI ``OTHER_ID|LICENSE_NUMBER``), as the project reports
  clinicians. The prescription's written date, the member's birth date and the EDD are
  DATE; the payer's name, the order's id, the pump's model and the order's timestamps are
  no findings. A retail breast pump on a registry, in a catalog, or excluded from a
  discount is a product: neither expected nor forbidden as health. The OB's office phone
  and fax on a fax-back request are the practice's, not the patient's: forbidden.
- **Formula**: a standard formula bought or sampled is no health; a baby's condition
  named as the reason (reflux, cow's milk protein allergy, vomiting and diarrhea) is
  HEALTH of the baby's record; "hypoallergenic" alone and a specialty formula's brand
  name (``Nutramigen``, ``Alimentum``) are neither expected nor forbidden. A formula lot
  number, a use-by date and a store's SKU, UPC and counts are never identifiers.
- **A newborn is a person and a birth is a life event** (the maternity probe): a baby's
  name is NAME and a birth date DATE; birth weight, length and time of birth, a photo
  package, a gallery order and a birth announcement are no health, so a photo order or an
  announcement alone is identified, not PHI. A delivery type (``Emergency C-section``), a
  NICU stay or a NICU programme, prematurity and a baby's symptoms (fever, jaundice) are
  HEALTH; a gestational age at birth (``born_at_weeks`` 29) and a count of NICU days are
  the baby's data, never identifiers. A hospital's name is an organisation (no NAME), its
  room and ward no findings, and the city of a hospital is its place (no LOCATION).
- **Pregnancy loss is health** (the maternity probe's suppression lists): a suppression
  reason "Pregnancy loss - stop all mail" and a ticket telling a stillbirth are HEALTH; a
  bare ``loss`` tag is the flow's label, never an identifier. The suppression timestamp is
  the tool's.
- **A baby's age (``baby_age_weeks``, ``Baby Age`` "3 months"), feeding amounts and
  durations, diaper rewards points and a scanned diaper code are never findings.** A
  baby-tracker medicine entry (``Tylenol``) is MEDICATION; a doctor visit's date in a
  tracker is the baby's date (DATE).
- **Ids**: an app's ``user_id`` and an external id are ONLINE_ID (``OTHER_ID`` allowed); a
  device id DEVICE_ID or ONLINE_ID; a GA4 ``user_pseudo_id`` ONLINE_ID; a Salesforce
  Contact ``Id`` the person's record id (``OTHER_ID``, the leads probe); a member id
  HEALTH_PLAN_ID. Registry ids, order numbers, ASINs, SKUs, UPCs, model numbers, recall
  numbers, lot numbers, coupon codes, tracking numbers, case numbers, submission,
  shipment, redemption, post, ticket and canvas ids, versions and store numbers are no
  findings. A loyalty member number, a Klaviyo profile id, Mailchimp's ``LEID``/``EUID``,
  a car seat's serial number and a registry's name slug are left unscored.
- **A person's dates are DATE**: birth, due and arrival dates, a prescription's date, a
  doctor visit. The tools' and the products' are not: created, opt-in, confirm,
  suppression, send, ship, redemption and scan timestamps, an order's date, a date of
  manufacture, a use-by date, a payout date, an article's publication, a report month.
  A class series' start, a car seat's purchase date and a consumer call's date are left
  unscored.
- **Places**: a registrant's shipping street, city and ZIP, a birth announcement's
  hometown and a car seat owner's address are LOCATION / ZIP_CODE; a hospital's address
  on a sample shipment, a hospital's city and a classroom are the organisation's. A state
  alone is not asserted.
- **Aggregates and content name nobody**: a registry report by state and month, a campaign
  report, an article list (its ``author`` is an editorial team), an affiliate payout
  (the payee an LLC) and a recall lookup.

After reading the detectors no blind expectation was changed; two must-nots were stricter
than decisions the project had made and are narrowed on top (:data:`_DECIDED`): a sign-up
id named for the NICU programme holds a health word, as the dictionary reads machine
fields on purpose (an id is still no identifier), and a clinician's phone and fax on a
prescription request are reported as a referring clinician's fax is. What the work built,
each with its unit test: a product's date of manufacture and shelf life (``Date of
Manufacture``, ``Mfg``, ``Use By``, ``Best Before``; ``use`` alone stays a person's) and a
marketing segment's or an audience's definition as no one's dates (detectors/dates.py); a
pregnancy word beside a week (``Pregnancy Week``, ``pregnancy_week``) as a gestational
age, the person pregnant (detectors/clinical_measures.py); bare ``Baby``, ``Infant``,
``Newborn``, ``Child`` and ``Parents`` columns and ``Parent Names`` as a person's name,
whole names only (detectors/field_names.py); "Baby", "Infant" and "Newborn" after a
relation word as a unit's name or a stand-in ("Mother-Baby Unit": detectors/keyed_names.py);
a store order's ``Order Date`` beside its number and total as the till's, and goods
shipped to a hospital or a clinic with no person as the facility's ship-to, account and
ship date (detectors/chunk_profiles.py); a config's edit stamp (``last_edited``) and a
supplier's ``Request Sent`` or ``Fax Sent`` as machine fields (detectors/field_names.py);
and 11 vocabulary terms (``reflux``, milk protein allergy and intolerance, cow's milk
(protein) allergy, the first to third trimesters in words and ordinals; bare
"trimester", "hypoallergenic", "preemie" and "spit up" stay out). One record is left open
(:data:`LEFT_ALONE`): a rewards member's ``Last Scan``, held out.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 112
pairs), blind 4 / 12 / 11; after the work 0 / 1 / 1 as written, 0 / 0 / 0 with the
decision. HELD_OUT (10 records, 49 pairs), blind before any work 1 / 5 / 4; scored once
after the work on SHAPES: 1 / 5 / 4 (none of the SHAPES rules reached it); after rules
that generalise (a bare ``Child`` column beside ``Baby``; an edit stamp; a request's send
stamp) 0 / 3 / 2 as written, 0 / 1 / 1 with the decision on the clinician's lines (in
LEFT_ALONE).
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
        "Babylist-like registry export (CSV): registrant, partner, arrival date, address",
        {
            "Registry ID": "3318842",
            "Registry Slug": "olivia-and-marcus-baby",
            "Registrant First Name": "Olivia",
            "Registrant Last Name": "Brennan",
            "Partner First Name": "Marcus",
            "Partner Last Name": "Brennan",
            "Email": "olivia.brennan@gmail.com",
            "Arrival Date": "2025-03-14",
            "Shipping Address 1": "4127 Maplewood Dr",
            "Shipping City": "Plano",
            "Shipping State": "TX",
            "Shipping Zip": "75093",
            "Items Reserved": "38",
            "Items Requested": "112",
            "Created At": "2024-09-02 14:11:07 UTC",
        },
        {
            ("Registrant First Name", "NAME"),
            ("Registrant Last Name", "NAME"),
            ("Partner First Name", "NAME"),
            ("Partner Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Arrival Date", "DATE"),
            ("Shipping Address 1", "LOCATION"),
            ("Shipping City", "LOCATION"),
            ("Shipping Zip", "ZIP_CODE"),
        },
        {
            ("Registry ID", "*"),
            ("Items Reserved", "*"),
            ("Items Requested", "*"),
            ("Created At", "*"),
        },
        False,
    ),
    (
        "Aeroflow-like insurance breast pump order (CSV): member id, OB, NPI, Rx date",
        {
            "Order Number": "AB-2024-0917-58821",
            "Mom First Name": "Keisha",
            "Mom Last Name": "Washington",
            "Mom DOB": "07/22/1994",
            "Phone": "(214) 867-3092",
            "Email": "keisha.wash94@yahoo.com",
            "Insurance": "UnitedHealthcare Community Plan",
            "Member ID": "918273645",
            "Due Date": "01/09/2025",
            "Pump": "Spectra S1 Plus",
            "HCPCS": "E0603",
            "OB/Midwife": "Dr. Lauren Whitfield",
            "OB NPI": "1482736505",
            "Prescription Date": "10/02/2024",
            "Status": "Shipped",
        },
        {
            ("Mom First Name", "NAME"),
            ("Mom Last Name", "NAME"),
            ("Mom DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Due Date", "DATE"),
            ("HCPCS", "HEALTH"),
            ("OB/Midwife", "NAME"),
            ("OB NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Prescription Date", "DATE"),
        },
        {
            ("Order Number", "*"),
            ("Insurance", ANY_ID),
            ("Pump", ANY_ID),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Mailchimp-like audience export: pregnancy-week newsletter subscriber",
        {
            "Email Address": "jen.kowalski@outlook.com",
            "First Name": "Jen",
            "Last Name": "Kowalski",
            "Due Date": "04/18/2025",
            "Pregnancy Week": "14",
            "First Time Parent": "Yes",
            "MEMBER_RATING": "4",
            "OPTIN_TIME": "2024-10-03 08:14:22",
            "CONFIRM_TIME": "2024-10-03 08:15:01",
            "LEID": "482019377",
            "EUID": "a8f3c2d19e",
            "TAGS": '"Pregnancy Weekly","2nd Trimester"',
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Due Date", "DATE"),
            ("Pregnancy Week", "HEALTH"),
            ("TAGS", "HEALTH"),
        },
        {
            ("MEMBER_RATING", "*"),
            ("OPTIN_TIME", "*"),
            ("CONFIRM_TIME", "*"),
            ("First Time Parent", "*"),
        },
        True,
    ),
    (
        "Bounty-like hospital newborn photo order: baby, mother, room, a NICU note",
        {
            "order_id": "NBP-771042",
            "hospital": "Baylor Scott & White Medical Center - Frisco",
            "room": "318",
            "mother_name": "Amanda Reyes",
            "baby_name": "Lucía Reyes",
            "baby_dob": "2024-10-11",
            "birth_weight": "5 lb 2 oz",
            "birth_length": "18 in",
            "photographer": "Tess M.",
            "package": "Digital Collection",
            "mobile": "+1 469-318-2207",
            "notes": "Baby in NICU for feeding and breathing support - photograph at bedside day 3",
        },
        {
            ("mother_name", "NAME"),
            ("baby_name", "NAME"),
            ("baby_dob", "DATE"),
            ("mobile", "PHONE"),
            ("notes", "HEALTH"),
        },
        {
            ("order_id", "*"),
            ("room", "*"),
            ("package", "*"),
            ("hospital", "NAME"),
            ("birth_weight", "*"),
            ("birth_length", "*"),
        },
        True,
    ),
    (
        "Enfamil-like formula sample request (form webhook JSON): reflux, hypoallergenic",
        {
            "submission_id": "sub_9KQ2XW",
            "submitted_at": "2024-10-14T17:22:09Z",
            "parent": {
                "first_name": "Danielle",
                "last_name": "Okafor",
                "email": "dokafor@gmail.com",
                "phone": "2145550187",
            },
            "address": {
                "line1": "918 Cedar Hollow Ln",
                "city": "McKinney",
                "state": "TX",
                "zip": "75071",
            },
            "baby": {"first_name": "Ezra", "birth_date": "2024-09-01"},
            "feeding": "formula",
            "current_formula": "Enfamil NeuroPro",
            "concern": "Baby has reflux and spits up after every bottle, pediatrician says "
            "try hypoallergenic",
            "sample_requested": "Nutramigen",
            "opt_in": True,
        },
        {
            ("parent.first_name", "NAME"),
            ("parent.last_name", "NAME"),
            ("parent.email", "EMAIL"),
            ("parent.phone", "PHONE"),
            ("address.line1", "LOCATION"),
            ("address.city", "LOCATION"),
            ("address.zip", "ZIP_CODE"),
            ("baby.first_name", "NAME"),
            ("baby.birth_date", "DATE"),
            ("concern", "HEALTH"),
        },
        {
            ("submission_id", "*"),
            ("submitted_at", "*"),
            ("opt_in", "*"),
            ("feeding", "*"),
            ("current_formula", ANY_ID),
        },
        True,
    ),
    (
        "Klaviyo-like suppression export: 'Pregnancy loss - stop all mail'",
        {
            "Email": "rachel.m.tan@icloud.com",
            "Suppression Reason": "Pregnancy loss - stop all mail",
            "Suppressed At": "2024-08-30 21:04:11",
            "List": "BabyCenter Weekly - Pregnancy",
            "Source": "Preference Center",
        },
        {("Email", "EMAIL"), ("Suppression Reason", "HEALTH")},
        {("Suppressed At", "*"), ("Source", "*"), ("List", ANY_ID)},
        True,
    ),
    (
        "BabyCenter-like app event (Amplitude): a bottle feeding logged, no health",
        {
            "user_id": "bc_u_5518273",
            "device_id": "A3F1C2D4-77B9-4E10-9C3A-2B8D6E0F1A55",
            "event_type": "feeding_logged",
            "event_time": "2024-10-20 03:12:44.118000",
            "event_properties": {
                "baby_age_weeks": 7,
                "feeding_type": "bottle",
                "amount_oz": 4,
                "duration_min": 15,
            },
            "user_properties": {"baby_count": 1, "app_version": "8.14.2"},
            "ip_address": "99.37.142.18",
        },
        {
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("device_id", "DEVICE_ID|ONLINE_ID"),
            ("ip_address", "IP_ADDRESS"),
        },
        {
            ("event_time", "*"),
            ("event_properties.baby_age_weeks", "*"),
            ("event_properties.feeding_type", "*"),
            ("event_properties.amount_oz", "*"),
            ("event_properties.duration_min", "*"),
            ("user_properties.baby_count", "*"),
            ("user_properties.app_version", "*"),
        },
        False,
    ),
    (
        "Product catalog row (clean): car seat SKU, UPC, model number, price",
        {
            "sku": "GRC-2074712",
            "upc": "047406174576",
            "brand": "Graco",
            "product_name": "4Ever DLX 4-in-1 Convertible Car Seat",
            "model_number": "2074712",
            "color": "Fairmont",
            "price": "329.99",
            "weight_limit_lb": "120",
            "category": "Car Seats",
        },
        set(),
        {
            ("sku", "*"),
            ("upc", "*"),
            ("brand", "*"),
            ("product_name", "*"),
            ("model_number", "*"),
            ("color", "*"),
            ("price", "*"),
            ("weight_limit_lb", "*"),
        },
        False,
    ),
    (
        "Car seat recall lookup (clean): recall, model and lot numbers, manufacture dates",
        {
            "Recall Number": "24C-012",
            "Model Number": "CS-8841-BLK",
            "Date of Manufacture From": "2023-06-01",
            "Date of Manufacture To": "2023-11-30",
            "Lot Number": "L2309A44",
            "Hazard": "Harness buckle may not latch fully in a crash",
            "Remedy": "Free replacement buckle",
        },
        set(),
        {
            ("Recall Number", "*"),
            ("Model Number", "*"),
            ("Date of Manufacture From", "*"),
            ("Date of Manufacture To", "*"),
            ("Lot Number", "*"),
            ("Remedy", "*"),
        },
        False,
    ),
    (
        "Registry completion-discount rule (config JSON, clean)",
        {
            "rule_id": "completion-15",
            "retailer": "Target",
            "discount_percent": 15,
            "opens_days_before_arrival": 60,
            "valid_until_days_after_arrival": 180,
            "max_uses": 1,
            "excluded_categories": ["breast pumps", "formula", "gift cards"],
            "updated_at": "2024-07-01T00:00:00Z",
            "version": "3.2.0",
        },
        set(),
        {
            ("rule_id", "*"),
            ("retailer", "*"),
            ("discount_percent", "*"),
            ("opens_days_before_arrival", "*"),
            ("valid_until_days_after_arrival", "*"),
            ("max_uses", "*"),
            ("excluded_categories[0]", ANY_ID),
            ("updated_at", "*"),
            ("version", "*"),
        },
        False,
    ),
    (
        "Huckleberry-like baby log export (CSV): a medicine entry and a fever note",
        {
            "Baby": "Noah Patel",
            "Type": "Medicine",
            "Start": "2024-10-22 21:30",
            "End": "",
            "Duration": "",
            "Start Condition": "Tylenol (acetaminophen) 1.25 mL",
            "Start Location": "",
            "End Condition": "",
            "Notes": "Fever 100.9 after 2 month shots, fussy",
        },
        {
            ("Baby", "NAME"),
            ("Start Condition", "MEDICATION|HEALTH"),
            ("Notes", "HEALTH"),
        },
        {("End", "*"), ("Duration", "*"), ("Type", ANY_ID)},
        True,
    ),
    (
        "Breast pump prescription request faxed to the midwife: Z34.83, E0603, NPI",
        {
            "Patient Name": "Sofia Marchetti",
            "Patient DOB": "03/15/1991",
            "Patient Phone": "(972) 555-0162",
            "EDD": "02/21/2025",
            "Diagnosis": "Z34.83 Encounter for supervision of normal pregnancy, third trimester",
            "Item": "Double electric breast pump (E0603)",
            "Ordering Provider": "Maria Gutierrez, CNM",
            "Provider NPI": "1620193841",
            "Provider Phone": "(972) 555-0110",
            "Provider Fax": "(972) 555-0111",
            "Request Sent": "2024-11-04 10:02:55",
        },
        {
            ("Patient Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Phone", "PHONE"),
            ("EDD", "DATE"),
            ("Diagnosis", "HEALTH"),
            ("Item", "HEALTH"),
            ("Ordering Provider", "NAME"),
            ("Provider NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Provider Phone", "*"), ("Provider Fax", "*"), ("Request Sent", "*")},
        True,
    ),
    (
        "Amazon-like registry gift purchase (JSON): gifter, item, 'meet the twins'",
        {
            "registryId": "2K7QJ8X4M1ZP",
            "registrant": {"name": "Olivia Brennan"},
            "purchase": {
                "orderId": "112-4419027-8830645",
                "asin": "B07FKMDJ1Q",
                "title": "Pampers Swaddlers Diapers, Newborn, 84 Count",
                "quantity": 2,
                "price": 27.99,
            },
            "gifter": {"name": "Linda Brennan", "email": "lbrennan58@aol.com"},
            "giftMessage": "Can't wait to meet the twins! Love, Grandma",
            "purchasedAt": "2024-11-02T16:40:21Z",
        },
        {
            ("registrant.name", "NAME"),
            ("gifter.name", "NAME"),
            ("gifter.email", "EMAIL"),
        },
        {
            ("registryId", "*"),
            ("purchase.orderId", "*"),
            ("purchase.asin", "*"),
            ("purchase.title", ANY_ID),
            ("purchase.quantity", "*"),
            ("purchase.price", "*"),
            ("giftMessage", "HEALTH"),
            ("purchasedAt", "*"),
        },
        False,
    ),
    (
        "Bounty-style bedside sign-up (UK CSV): mum, baby, an emergency C-section",
        {
            "Hospital Code": "LEE-0412",
            "Ward": "Postnatal 2",
            "Mum First Name": "Hannah",
            "Mum Surname": "Clarke",
            "Email": "hannah.clarke87@btinternet.com",
            "Mobile": "07700 900482",
            "Baby Name": "Freddie",
            "Baby DOB": "12/10/2024",
            "Delivery": "Emergency C-section",
            "Pack Given": "Bounty Newborn Pack",
            "Marketing Consent": "Y",
        },
        {
            ("Mum First Name", "NAME"),
            ("Mum Surname", "NAME"),
            ("Email", "EMAIL"),
            ("Mobile", "PHONE"),
            ("Baby Name", "NAME"),
            ("Baby DOB", "DATE"),
            ("Delivery", "HEALTH"),
        },
        {("Hospital Code", "*"), ("Pack Given", ANY_ID), ("Marketing Consent", "*")},
        True,
    ),
    (
        "Parenting blog article list (clean): pregnancy-week articles and pageviews",
        {
            "post_id": "48213",
            "title": "24 Weeks Pregnant: Symptoms, Baby Size and Tips",
            "slug": "24-weeks-pregnant",
            "category": "Pregnancy Week by Week",
            "author": "BabyCenter Editorial Team",
            "published_at": "2024-03-11",
            "updated_at": "2024-09-30",
            "pageviews_30d": "184220",
        },
        set(),
        {
            ("post_id", "*"),
            ("slug", ANY_ID),
            ("author", "*"),
            ("published_at", "*"),
            ("updated_at", "*"),
            ("pageviews_30d", "*"),
        },
        False,
    ),
    (
        "Affiliate payout report (clean): a publisher LLC, clicks, commission",
        {
            "Affiliate ID": "AFF-20931",
            "Payee": "Little Sprout Media LLC",
            "Program": "Registry Referral",
            "Period": "2024-09",
            "Clicks": "15230",
            "Registries Created": "412",
            "Commission": "$2,060.00",
            "Payout Date": "2024-10-15",
            "Payout Method": "ACH ****4471",
        },
        set(),
        {
            ("Affiliate ID", "*"),
            ("Payee", "*"),
            ("Program", "*"),
            ("Period", "*"),
            ("Clicks", "*"),
            ("Registries Created", "*"),
            ("Commission", "*"),
            ("Payout Date", "*"),
            ("Payout Method", "*"),
        },
        False,
    ),
    (
        "Store inventory row (clean): hypoallergenic formula on hand",
        {
            "store_number": "1187",
            "sku": "SIM-ALIM-19.8",
            "upc": "070074575949",
            "description": "Similac Alimentum Hypoallergenic Infant Formula 19.8 oz",
            "on_hand": "24",
            "aisle": "B12",
            "last_counted": "2024-10-21 06:00:00",
            "reorder_point": "12",
        },
        set(),
        {
            ("store_number", "*"),
            ("sku", "*"),
            ("upc", "*"),
            ("description", ANY_ID),
            ("on_hand", "*"),
            ("aisle", "*"),
            ("last_counted", "*"),
            ("reorder_point", "*"),
        },
        False,
    ),
    (
        "Salesforce-like formula brand CRM contact: baby's cow's milk protein allergy",
        {
            "Id": "0035e00000Kx9QbAAJ",
            "FirstName": "Priya",
            "LastName": "Raman",
            "Email": "priya.raman@gmail.com",
            "MobilePhone": "(469) 555-0193",
            "MailingPostalCode": "75024",
            "Baby_Birth_Date__c": "2024-08-19",
            "Feeding_Method__c": "Formula",
            "Baby_Allergies__c": "Cow's milk protein allergy",
            "Specialty_Formula__c": "Alimentum",
            "Lead_Source__c": "Hospital Discharge Bag",
            "CreatedDate": "2024-08-22T13:05:44.000+0000",
        },
        {
            ("Id", "OTHER_ID"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Email", "EMAIL"),
            ("MobilePhone", "PHONE"),
            ("MailingPostalCode", "ZIP_CODE"),
            ("Baby_Birth_Date__c", "DATE"),
            ("Baby_Allergies__c", "HEALTH"),
        },
        {("CreatedDate", "*"), ("Lead_Source__c", "*"), ("Feeding_Method__c", "*")},
        True,
    ),
    (
        "NICU family programme sign-up (diaper brand JSON): born at 29 weeks",
        {
            "signup_id": "nicu-fam-33019",
            "program": "NICU Family Support Program",
            "parent_name": "Tyler Brooks",
            "email": "tbrooks.dad@gmail.com",
            "baby_first_name": "June",
            "born_at_weeks": 29,
            "birth_date": "2024-09-27",
            "nicu_days_so_far": 24,
            "hospital_city": "Dallas",
            "wants": ["Preemie Swaddlers P3 samples", "NICU parent guide"],
            "consent_ts": "2024-10-21T02:14:00Z",
        },
        {
            ("program", "HEALTH"),
            ("parent_name", "NAME"),
            ("email", "EMAIL"),
            ("baby_first_name", "NAME"),
            ("birth_date", "DATE"),
        },
        {
            ("signup_id", "*"),
            ("born_at_weeks", ANY_ID),
            ("nicu_days_so_far", ANY_ID),
            ("hospital_city", "LOCATION"),
            ("consent_ts", "*"),
        },
        True,
    ),
    (
        "Braze-like user export (What to Expect-like app): pregnancy week, conditions",
        {
            "external_id": "wte_8831027",
            "email": "mlopez.nurse@gmail.com",
            "first_name": "Marisol",
            "custom_attributes": {
                "pregnancy_week": 31,
                "due_date": "2025-01-06",
                "first_pregnancy": False,
                "conditions_followed": ["gestational diabetes", "placenta previa"],
                "baby_gender": "girl",
            },
            "created_at": "2024-05-02T11:09:41.000Z",
        },
        {
            ("external_id", "ONLINE_ID|OTHER_ID"),
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("custom_attributes.due_date", "DATE"),
            ("custom_attributes.conditions_followed[0]", "HEALTH"),
            ("custom_attributes.conditions_followed[1]", "HEALTH"),
        },
        {
            ("created_at", "*"),
            ("custom_attributes.baby_gender", "*"),
            ("custom_attributes.first_pregnancy", "*"),
        },
        True,
    ),
    (
        "Klaviyo-like profile export: registry owner 'Expecting Multiples: Twins'",
        {
            "Email": "sam.whitaker@me.com",
            "First Name": "Sam",
            "Last Name": "Whitaker",
            "Phone Number": "+12145550148",
            "City": "Frisco",
            "Zip Code": "75034",
            "Registry Type": "Baby",
            "Expecting Multiples": "Twins",
            "Arrival Date": "2025-05-02",
            "Registry Items": "12",
            "Klaviyo ID": "01HZX4K9P2M7Q8R3T5V6W8Y0AB",
            "Date Added": "2024-10-09 10:22:51",
        },
        {
            ("Email", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone Number", "PHONE"),
            ("City", "LOCATION"),
            ("Zip Code", "ZIP_CODE"),
            ("Arrival Date", "DATE"),
        },
        {
            ("Registry Type", "*"),
            ("Expecting Multiples", "HEALTH"),
            ("Registry Items", "*"),
            ("Date Added", "*"),
        },
        False,
    ),
    (
        "SendGrid-like event webhook: an open of the pregnancy-weekly email",
        {
            "email": "jen.kowalski@outlook.com",
            "event": "open",
            "timestamp": 1730131200,
            "sg_event_id": "Z2s4dDkzLTEyMzQ1Njc4OTA",
            "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
            "category": ["pregnancy-weekly", "week-17"],
            "useragent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)",
            "ip": "172.58.31.204",
        },
        {("email", "EMAIL"), ("ip", "IP_ADDRESS"), ("category[0]", "HEALTH")},
        {
            ("timestamp", "*"),
            ("sg_event_id", "*"),
            ("sg_message_id", "*"),
            ("category[1]", ANY_ID),
            ("useragent", "*"),
        },
        True,
    ),
    (
        "Registry aggregate report (clean): registries by state and month",
        {
            "month": "2024-09",
            "state": "TX",
            "registries_created": "8412",
            "avg_items": "96.4",
            "completion_rate": "0.37",
            "top_category": "Strollers",
            "pct_breast_pump_via_insurance": "0.41",
        },
        set(),
        {
            ("month", "*"),
            ("registries_created", "*"),
            ("avg_items", "*"),
            ("completion_rate", "*"),
            ("top_category", "*"),
            ("pct_breast_pump_via_insurance", "*"),
        },
        False,
    ),
    (
        "DME portal breast pump order (JSON): patient, member id, HCPCS, prescriber, EDD",
        {
            "order": {
                "id": "ORD-559203",
                "created_at": "2024-11-05T15:33:02Z",
                "status": "awaiting_rx",
            },
            "patient": {
                "first_name": "Brittany",
                "last_name": "Nguyen",
                "dob": "1996-12-03",
                "member_id": "W284619937",
                "address": {"street": "2215 Elm Grove Ct", "city": "Garland", "zip": "75044"},
            },
            "payer": {"name": "Aetna Better Health of Texas", "plan_type": "Medicaid"},
            "item": {
                "hcpcs": "E0603",
                "description": "Breast pump, electric (AC and/or DC), any type",
                "model": "Motif Luna",
            },
            "prescriber": {"name": "Dr. Adaeze Obi", "npi": "1308572910"},
            "rx_written": "2024-11-01",
            "edd": "2025-01-18",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.member_id", "HEALTH_PLAN_ID"),
            ("patient.address.street", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("item.hcpcs", "HEALTH"),
            ("item.description", "HEALTH"),
            ("prescriber.name", "NAME"),
            ("prescriber.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("rx_written", "DATE"),
            ("edd", "DATE"),
        },
        {
            ("order.id", "*"),
            ("order.created_at", "*"),
            ("payer.name", ANY_ID),
            ("item.model", "*"),
        },
        True,
    ),
    (
        "Newborn photo gallery order (CSV): baby, birth date, weight, parent email",
        {
            "Order #": "100482",
            "Baby First Name": "Mila",
            "Baby Last Name": "Johansson",
            "Birth Date": "10/28/2024",
            "Birth Weight": "7 lb 9 oz",
            "Birth Length": "20.5 in",
            "Hospital": "Medical City Plano",
            "Parent Email": "erik.johansson@gmail.com",
            "Package": "Heirloom 8x10 + Digital",
            "Order Total": "$189.00",
            "Order Date": "11/02/2024",
        },
        {
            ("Baby First Name", "NAME"),
            ("Baby Last Name", "NAME"),
            ("Birth Date", "DATE"),
            ("Parent Email", "EMAIL"),
        },
        {
            ("Order #", "*"),
            ("Birth Weight", "*"),
            ("Birth Length", "*"),
            ("Hospital", "NAME"),
            ("Package", "*"),
            ("Order Total", "*"),
            ("Order Date", "*"),
        },
        False,
    ),
    (
        "Birth announcement submission (app share): baby, parents, hometown",
        {
            "announcement_id": "ann_77120",
            "baby_full_name": "Theodore James Whitfield",
            "born_on": "2024-11-03",
            "time_of_birth": "4:52 AM",
            "weight": "8 lb 1 oz",
            "length": "21 in",
            "parents": "Claire & Ben Whitfield",
            "hometown": "Allen, Texas",
            "share_to": "facebook",
        },
        {
            ("baby_full_name", "NAME"),
            ("born_on", "DATE"),
            ("parents", "NAME"),
            ("hometown", "LOCATION"),
        },
        {
            ("announcement_id", "*"),
            ("time_of_birth", "*"),
            ("weight", "*"),
            ("length", "*"),
            ("share_to", "*"),
        },
        False,
    ),
    (
        "Zendesk-like support ticket: a stillbirth, stop the boxes, cancel the registry",
        {
            "id": 48812,
            "subject": "Please stop sending baby boxes",
            "description": "We lost our daughter at 20 weeks (stillbirth) on Oct 3. Please "
            "remove me from every mailing list and cancel the registry. - Megan Fischer",
            "requester": {"name": "Megan Fischer", "email": "megfischer@gmail.com"},
            "created_at": "2024-10-07T14:20:11Z",
            "tags": ["loss", "unsubscribe", "registry_cancel"],
            "status": "solved",
        },
        {
            ("requester.name", "NAME"),
            ("requester.email", "EMAIL"),
            ("description", "HEALTH"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("status", "*"),
            ("tags[0]", ANY_ID),
            ("subject", ANY_ID),
        },
        True,
    ),
    (
        "Pampers Club-like rewards members (CSV): baby birthday, points, scanned code",
        {
            "Member Number": "PC-88310427",
            "Email": "ashley.dunn22@gmail.com",
            "First Name": "Ashley",
            "Baby Birthday": "2024-06-15",
            "Points Balance": "2350",
            "Last Code Scanned": "5VQ7 KX2M 9TPR",
            "Last Scan": "2024-10-30 19:48:03",
            "Tier": "Gold",
        },
        {("Email", "EMAIL"), ("First Name", "NAME"), ("Baby Birthday", "DATE")},
        {
            ("Points Balance", "*"),
            ("Last Code Scanned", "*"),
            ("Last Scan", "*"),
            ("Tier", "*"),
        },
        False,
    ),
    (
        "Formula consumer affairs call log: lot number, a baby vomiting after feeding",
        {
            "Case Number": "CA-2024-118273",
            "Caller Name": "Jasmine Torres",
            "Caller Phone": "956-555-0134",
            "Product": "Similac Alimentum Ready to Feed 32 fl oz",
            "Lot Number": "34519RB00",
            "Use By": "2025-08-01",
            "Baby Age": "3 months",
            "Complaint": "Baby vomiting and had diarrhea for two days after opening new "
            "bottle; saw pediatrician",
            "Call Date": "2024-10-16",
        },
        {("Caller Name", "NAME"), ("Caller Phone", "PHONE"), ("Complaint", "HEALTH")},
        {
            ("Case Number", "*"),
            ("Lot Number", "*"),
            ("Use By", "*"),
            ("Baby Age", "*"),
            ("Product", ANY_ID),
        },
        True,
    ),
    (
        "Car seat registration card (identified, no health): owner, model, manufacture",
        {
            "first_name": "Derek",
            "last_name": "Olsen",
            "address": "77 Brookhaven Pl",
            "city": "Richardson",
            "state": "TX",
            "zip": "75080",
            "email": "derek.olsen@hotmail.com",
            "model_number": "CS-8841-BLK",
            "date_of_manufacture": "2023-08-14",
            "serial_number": "WD2308140912",
            "purchase_date": "2024-10-01",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("email", "EMAIL"),
        },
        {("model_number", "*"), ("date_of_manufacture", "*")},
        False,
    ),
    (
        "GA4 BigQuery app event: a milestone article viewed at baby_age_weeks 9",
        {
            "event_date": "20241021",
            "event_timestamp": "1729512000123456",
            "event_name": "milestone_article_view",
            "user_pseudo_id": "1482093311.1729511870",
            "event_params": [
                {"key": "baby_age_weeks", "value": {"int_value": 9}},
                {"key": "article_slug", "value": {"string_value": "2-month-old-milestones"}},
                {"key": "ga_session_id", "value": {"int_value": 1729511870}},
            ],
            "geo": {"city": "Austin", "region": "Texas", "country": "United States"},
            "app_info": {"id": "com.babycenter.pregnancytracker", "version": "6.22.0"},
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[0].value.int_value", "*"),
            ("event_params[1].value.string_value", ANY_ID),
            ("app_info.id", "*"),
            ("app_info.version", "*"),
        },
        False,
    ),
    (
        "Breast pump 'qualify through insurance' lead form (webhook): twins, OB, member id",
        {
            "first_name": "Alyssa",
            "last_name": "Grant",
            "date_of_birth": "1998-02-27",
            "phone": "(817) 555-0172",
            "email": "alyssa.grant98@gmail.com",
            "insurance_provider": "Blue Cross Blue Shield of Texas",
            "member_id": "ZGP882014773",
            "due_date": "2025-04-02",
            "ob_or_midwife": "Dr. Rebecca Han",
            "expecting_multiples": "yes",
            "how_can_we_help": "I'm pregnant with twins and my OB said insurance covers a "
            "hospital-grade pump",
            "page_url": "https://www.pumpsbymail.example.com/qualify?utm_source=google"
            "&utm_campaign=pump-insurance",
            "ip_address": "104.28.61.90",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("date_of_birth", "DATE"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("due_date", "DATE"),
            ("ob_or_midwife", "NAME"),
            ("how_can_we_help", "HEALTH"),
            ("ip_address", "IP_ADDRESS"),
        },
        {("insurance_provider", ANY_ID), ("expecting_multiples", "*")},
        True,
    ),
    (
        "Hospital childbirth class registration (CSV): Lamaze series, due date, partner",
        {
            "Registration ID": "R-558120",
            "Class": "Childbirth Preparation (Lamaze) - 4 Week Series",
            "Session Start": "01/07/2025",
            "Attendee First Name": "Grace",
            "Attendee Last Name": "Kim",
            "Support Person": "Daniel Kim",
            "Email": "gracekim.rn@gmail.com",
            "Phone": "(972) 555-0139",
            "Due Date": "03/02/2025",
            "Fee": "$95.00",
            "Location": "Women's Pavilion Classroom B",
        },
        {
            ("Class", "HEALTH"),
            ("Attendee First Name", "NAME"),
            ("Attendee Last Name", "NAME"),
            ("Support Person", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Due Date", "DATE"),
        },
        {("Registration ID", "*"), ("Fee", "*"), ("Location", "LOCATION")},
        True,
    ),
    (
        "Welcome box fulfilment row (identified, no health): ship-to, UPS tracking",
        {
            "shipment_id": "SHP-4418820",
            "ship_to_name": "Olivia Brennan",
            "ship_to_address1": "4127 Maplewood Dr",
            "ship_to_city": "Plano",
            "ship_to_state": "TX",
            "ship_to_postal_code": "75093-2210",
            "box_type": "Baby Welcome Box",
            "carrier": "UPS",
            "tracking_number": "1Z999AA10123456784",
            "shipped_at": "2024-09-20T18:02:33Z",
            "weight_oz": "38",
        },
        {
            ("ship_to_name", "NAME"),
            ("ship_to_address1", "LOCATION"),
            ("ship_to_city", "LOCATION"),
            ("ship_to_postal_code", "ZIP_CODE"),
        },
        {
            ("shipment_id", "*"),
            ("box_type", "*"),
            ("carrier", "*"),
            ("tracking_number", "*"),
            ("shipped_at", "*"),
            ("weight_oz", "*"),
        },
        False,
    ),
    (
        "Pregnancy newsletter campaign report (clean): week 12 send, rates",
        {
            "Campaign": "Your Pregnancy: Week 12",
            "Send Date": "2024-10-01 06:00",
            "Recipients": "48210",
            "Open Rate": "41.2%",
            "Click Rate": "6.8%",
            "Unsubscribes": "112",
            "Segment": "Due Date in Apr 2025",
        },
        set(),
        {
            ("Send Date", "*"),
            ("Recipients", "*"),
            ("Open Rate", "*"),
            ("Click Rate", "*"),
            ("Unsubscribes", "*"),
            ("Segment", ANY_ID),
        },
        False,
    ),
    (
        "Glow Baby-like tracker export (CSV): a doctor visit, mild jaundice",
        {
            "Child": "Mateo Silva",
            "Birthday": "2024-10-02",
            "Date": "2024-10-06",
            "Category": "Health",
            "Event": "Doctor visit",
            "Value": "",
            "Note": "Pediatrician checked bilirubin - mild jaundice, feed every 2 hrs and "
            "indirect sunlight",
        },
        {("Child", "NAME"), ("Birthday", "DATE"), ("Date", "DATE"), ("Note", "HEALTH")},
        {("Category", ANY_ID), ("Value", "*")},
        True,
    ),
    (
        "Registry completion-discount redemption (clean): coupon, order, amount",
        {
            "redemption_id": "rdm_20931884",
            "registry_id": "7718203",
            "coupon_code": "BBCOMP15-7KQ2XP",
            "order_number": "902-1148203-5529",
            "discount_amount": "42.18",
            "items_discounted": "3",
            "redeemed_at": "2024-11-01T20:11:09Z",
        },
        set(),
        {
            ("redemption_id", "*"),
            ("registry_id", "*"),
            ("coupon_code", "*"),
            ("order_number", "*"),
            ("discount_amount", "*"),
            ("items_discounted", "*"),
            ("redeemed_at", "*"),
        },
        False,
    ),
    (
        "What to Expect-like community post export: preeclampsia at 31 weeks",
        {
            "post_id": "p_9918273",
            "group": "April 2025 Babies",
            "username": "mamabear_tx_2025",
            "author_email": "kaylee.rhodes@yahoo.com",
            "title": "Preeclampsia at 31 weeks?",
            "body": "OB says my blood pressure is 150/95 and protein in urine, possible "
            "preeclampsia. On bed rest and labetalol. Anyone else?",
            "created_at": "2024-11-04T03:22:10Z",
            "likes": 14,
        },
        {("author_email", "EMAIL"), ("title", "HEALTH"), ("body", "HEALTH")},
        {("post_id", "*"), ("group", ANY_ID), ("created_at", "*"), ("likes", "*")},
        True,
    ),
    (
        "Hospital formula sample shipment (clean of persons): unit, address, lot",
        {
            "Account": "HSP-TX-0931",
            "Hospital": "Texas Health Presbyterian Hospital Plano",
            "Unit": "Labor & Delivery / Mother-Baby",
            "Ship To": "6200 W Parker Rd, Plano, TX 75093",
            "Attn": "Nurse Manager, Mother-Baby Unit",
            "Product": "Similac 360 Total Care Ready-to-Feed 2 fl oz Nipple (48 ct)",
            "Cases": "20",
            "Lot": "38127K800",
            "Ship Date": "2024-10-18",
        },
        set(),
        {
            ("Account", "*"),
            ("Hospital", "NAME"),
            ("Ship To", "*"),
            ("Attn", "*"),
            ("Cases", "*"),
            ("Lot", "*"),
            ("Ship Date", "*"),
        },
        False,
    ),
    (
        "Braze-like canvas step config (clean): week 20 anatomy scan push",
        {
            "canvas_id": "6f2c9a10-3b44-4e71-9d0a-5a1e2c7b8f30",
            "step_name": "Week 20 - anatomy scan reminder",
            "channel": "push",
            "segment_filter": "custom_attribute.pregnancy_week == 20",
            "send_time_local": "09:00",
            "message": "Your 20-week anatomy scan is coming up - here's what to expect.",
            "last_edited": "2024-06-12T09:14:55Z",
        },
        set(),
        {
            ("canvas_id", "*"),
            ("channel", "*"),
            ("segment_filter", ANY_ID),
            ("send_time_local", "*"),
            ("last_edited", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "NICU family programme sign-up (diaper brand JSON): born at 29 weeks": (
        set(),
        set(),
        {("signup_id", "*")},
        "the dictionary reads machine fields on purpose (detectors/dictionary.py: "
        "marketers name events, campaigns, SKUs and ids after what they sell, and a "
        "``sku = FLU-SHOT-2024`` ties its person to the care as a page URL does), so a "
        "sign-up id named for the NICU programme (``nicu-fam-33019``) holds a health word; "
        "it is still no identifier, and the row is PHI by its names and the programme as "
        "written. The blind must-not was stricter than the project",
    ),
    "Breast pump prescription request faxed to the midwife: Z34.83, E0603, NPI": (
        set(),
        set(),
        {("Provider Phone", "*"), ("Provider Fax", "*")},
        "the project reports a clinician on a patient's record with their contact points: "
        "a sleep lab referral's ``referring_fax`` is FAX (tests/test_device_resupply.py), as "
        "the clinician's name and NPI are reported (detectors/clinicians.py keeps them "
        "from making a record PHI alone under ``phi.clinicians: exclude``); a practice's "
        "line is dropped only in a directory or as a message's sending end. The blind "
        "must-not was stricter than the project (held out, decided after its blind "
        "scoring)",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Pampers Club-like rewards members (CSV): baby birthday, points, scanned code": (
        {("Last Scan", "DATE")},
        "a rewards app's ``Last Scan`` is when a diaper code was scanned, the app's clock; "
        "but a bare scan is an imaging study's as often (a dental or a sleep clinic's "
        "``scan_date`` is the patient's date of care, tests/test_dental_vision_hearing.py), "
        "and nothing else in a member row says which (held out; identified, no health, not "
        "PHI either way)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_baby_registry_newborn_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on baby-registry, newborn and parenting exports fails here. Before the work, blind:
#: SHAPES 4 misses / 12 false / 11 wrong of 30, HELD_OUT 1 / 5 / 4 of 10.
FLOORS = ShapeTotals(expected=161, misses=0, false=1, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
