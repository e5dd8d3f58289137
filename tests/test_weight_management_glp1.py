"""Weight management and GLP-1 programmes: DTC telehealth and medical weight-loss clinics.

A blind probe, written by hand before reading the detectors: what a GLP-1 telehealth
brand's or a weight-loss clinic's marketing, growth and operations teams export. Intake
quizzes (a flat CSV of the form with the question as the column, a Typeform webhook with
``answers[]``, a Klaviyo "Quiz Completed" event, Facebook Lead Ads' ``field_data``): height,
weight, BMI, goal weight, comorbidity checkboxes and the contraindication screen ("have you
had pancreatitis or medullary thyroid cancer?"); subscription and billing exports (Recharge
CSV, Stripe subscriptions, prices, invoices and customers, a Shopify order CSV) with plans
named for the drug; compounding and mail-order pharmacy fulfilment (a CSV and an API order
with the vial strength, the titration sig, the prescriber and the tracking number; an
EasyPost-like tracker); weekly weight check-ins from the app; Meta Conversions API and
TikTok Events API payloads with ``content_name``; GA4 BigQuery ``purchase`` and quiz rows;
coaching chats (Intercom-like parts), a Zendesk side-effect ticket and a titration SMS;
insurance coverage checks and prior authorisations (CoverMyMeds-like); medical weight-loss
clinic CRMs (a HubSpot contact, an InBody export, a DEXA booking, a med-spa injection
appointment, a consult note); bariatric-surgery seminar sign-ups (Zoom registrants) and
the seminar listing; and the clean rows around them: a price catalog, a dose-strength
SKU list, a formulary lookup, a coupon table, a recipe with macros, a cohort's step and
weight aggregates, a landing-page report, a coach's reply with protein targets.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding; :data:`_ANY_ID` is any identifier entity (for fields where health words
or readings are fine but no identifier is). Values are made up; field names and layouts
are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A GLP-1 drug or a plan named for it, bought by or prescribed to a person, is health
  context (MEDICATION).** A Recharge ``product_title`` "Compounded Semaglutide - Monthly
  Plan", a Stripe price ``nickname`` or an invoice line "Semaglutide Monthly", a Meta or
  TikTok ``content_name`` "Tirzepatide 2.5 mg", a GA4 ``item_name`` or a Shopify
  ``Lineitem name`` beside the buyer's identifiers make the row PHI, as a subscription to a
  drug does in tests/test_health_commerce.py and tests/test_wellness_telehealth.py. The
  same name in a catalog, a price list, a formulary lookup or a coupon's description is
  still a health word (expected where the value names the drug) but names nobody: not PHI.
- **Weight, height and goal weight are not health by themselves; BMI is.** The project
  reads weight and activity counts as no health (the README's ``clinical_measures``; a
  newborn's birth weight in tests/test_maternity_and_fertility.py), so a smart scale's
  weigh-in beside a user id is identified, not PHI; a weight, a goal weight, a waist or a
  body-fat figure is neither expected nor forbidden as health, and never an identifier. A
  BMI under its field or after its label is a reading (``BMI 42``: PROCEDURE), expected.
  A BMI *bucket* ("35-39.9") from a quiz and a cohort's median weight change are neither.
- **A comorbidity the person ticked is theirs (HEALTH); a "No" to a screening question is
  nothing.** A checked ``[Type 2 diabetes]`` column, a Typeform choice label, a Lead Ads
  answer "yes, ozempic" are health context; "No" under "Have you ever had pancreatitis
  or medullary thyroid cancer?" says the person does not have it: no health finding in
  that cell (the question lives in the column's name, the value says nothing).
- **Side effects, a dose step with its drug, a prior authorisation's drug and diagnosis, a
  body-composition or DEXA scan, a consult for a named programme, a bariatric procedure a
  registrant is interested in are health.** A dose or a sig without the drug's name
  ("Inject 0.25 mg once weekly") is not asserted.
- **Ids**: a payer's member id is HEALTH_PLAN_ID; a group number, a payer id and the
  payer's name are plan-level (no finding). A store's or processor's customer id
  (``cus_…``, Recharge ``customer_id``, a GA4 ``user_id``) is the person's
  (``ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID``); a pharmacy's or platform's patient id and a CRM
  object id are the person's record id (OTHER_ID|MRN); an Rx number is one person's
  prescription (``OTHER_ID|MRN|ACCOUNT_NUMBER``); a Lead Ads lead id is the person's
  (tests/test_lead_generation.py). Subscription, invoice, order, transaction, price,
  product, check, appointment and ticket ids, SKUs, coupon codes, NDCs, carrier tracking
  numbers, quiz and form ids are no one's: no identifier.
- **The prescriber's name and NPI are reported** (the project reports clinicians: NAME and
  ``OTHER_ID|LICENSE_NUMBER``); a coach's first name in a chat is not asserted.
- **Dates**: a birth date, a consult, a scan or test date, an appointment's start and a
  weigh-in's date are the person's (DATE). Machine clocks (``created_at``, ``event_time``,
  ``event_timestamp``, ``submitted_at``, a Stripe ``created`` or period epoch, a tracker's
  scan time, a catalog's ``last_updated``, a coupon's window, a report's date range) are
  not. Shipping dates, next-charge dates and a PA's determination date are not asserted.
- **Numbers of the trade are not identifiers**: prices, dose strengths (``2.5 mg``,
  ``10 mg/mL``), units, macros (``36 g protein``), step counts, week numbers, InBody's
  visceral fat level, a BMI, a weight, an age under 90.
- A city in GA4's ``geo`` and a carrier scan's facility city are not asserted.

After reading the detectors no blind expectation was changed. The project already read
most of the domain right (the GLP-1 drugs, BMI under its field and in text, ticked
comorbidities, a "No" to the MTC screen as nothing, hashed ids, weight and goal weight as
no health); two must-nots were stricter than decisions it had made (a registrant's bare
``id`` beside their name parts, a drug spelt in a store's order name) and are narrowed on
top (:data:`_DECIDED`). What the work built, each a general rule: a spreadsheet column's
item number (``2. Name``, ``9. Test Date / Time``, ``Q3. …``) is no parent key; a test's,
a scan's or an exam's ``Date / Time`` is the person's date; a bare ``Contact`` column is a
name when a word of it is a known given name ("Phone Call" is a method); HubSpot's
``hs_object_id`` beside a contact's name parts is the contact's record id; a
processor's price or plan ``nickname`` (beside ``unit_amount``, or ``amount`` with
``interval``) is the product's label, not a person's nickname; a bare ``datetime`` beside
an event's name (``metric``, ``event``) or in a carrier's scan list is a machine's clock;
an event listing's bare ``address`` is the venue's; and five vocabulary terms (``DEXA``,
``DXA scan``, ``body composition scan``, ``… analysis``, ``… test``). One record was left
open: a Lead Ads lead's bare ``id``, which the lead-generation probe forbade. At the merge
the lead settled it by the README's decision (a lead's id is the person's record id): a
Graph API lead's ``id`` beside its ``field_data`` is now read (``person_records``) and the
lead-generation rows take the decision, so :data:`LEFT_ALONE` is empty.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 5 / 4 / 8,
after the work 0 / 1 / 1 as written, 0 / 0 / 0 with the decisions. HELD_OUT (10 records),
blind before any work 3 / 1 / 4; scored once after the work on SHAPES: 2 / 1 / 3; after
one vocabulary fix that generalises (a DEXA body-composition scan) 1 / 1 / 2 as written,
1 / 0 / 1 with the decisions (the Lead Ads ``id``), 0 / 0 / 0 after the merge.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

#: Any identifier entity, for must-not pairs where a health word is fine but no identifier.
_ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|URL|IP_ADDRESS|"
    "BIOMETRIC_ID|ONLINE_ID|HASHED_ID|OTHER_ID"
)
_CUSTOMER = "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"

_Q_PANCREATITIS = "Have you ever had pancreatitis or medullary thyroid cancer (MTC)?"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Intake quiz CSV (question as column): BMI, comorbidity checkboxes, MTC screen",
        {
            "Submission ID": "5918273645",
            "First Name": "Yolanda",
            "Last Name": "Pruitt",
            "Email": "ypruitt74@gmail.com",
            "Phone": "(405) 555-0139",
            "Date of Birth": "06/02/1974",
            "Height (in)": "65",
            "Current Weight (lbs)": "238",
            "Goal Weight (lbs)": "170",
            "BMI": "39.6",
            "Which of these apply to you? [Type 2 diabetes]": "Checked",
            "Which of these apply to you? [Sleep apnea]": "Checked",
            _Q_PANCREATITIS: "No",
            "Medication of interest": "Semaglutide",
            "Submitted At": "2024-10-07 21:14:09",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Date of Birth", "DATE"),
            ("BMI", "HEALTH"),
            ("Which of these apply to you? [Type 2 diabetes]", "HEALTH"),
            ("Which of these apply to you? [Sleep apnea]", "HEALTH"),
            ("Medication of interest", "HEALTH"),
        },
        {
            ("Submission ID", "*"),
            ("Height (in)", _ANY_ID),
            ("Current Weight (lbs)", _ANY_ID),
            ("Goal Weight (lbs)", _ANY_ID),
            (_Q_PANCREATITIS, "*"),
            ("Submitted At", "*"),
        },
        True,
    ),
    (
        "Typeform webhook: intake answers with an email, a weight and comorbidity choices",
        {
            "event_id": "01JA7Q3M2K9XW1V8D4T6R0B5NE",
            "event_type": "form_response",
            "form_response": {
                "form_id": "qZ81xk",
                "submitted_at": "2024-10-08T14:02:55Z",
                "hidden": {"utm_source": "meta", "utm_campaign": "fall_glp1_quiz"},
                "answers": [
                    {
                        "type": "email",
                        "email": "grant.ellery@outlook.com",
                        "field": {"id": "Xc91LmQ2", "ref": "email"},
                    },
                    {
                        "type": "number",
                        "number": 241,
                        "field": {"id": "Pa72KdW0", "ref": "current_weight"},
                    },
                    {
                        "type": "choices",
                        "choices": {"labels": ["Prediabetes", "High cholesterol"]},
                        "field": {"id": "Tn40VbE8", "ref": "comorbidities"},
                    },
                    {
                        "type": "boolean",
                        "boolean": False,
                        "field": {"id": "Hq55ZsR3", "ref": "history_mtc_men2"},
                    },
                ],
            },
        },
        {
            ("form_response.answers[0].email", "EMAIL"),
            ("form_response.answers[2].choices.labels[0]", "HEALTH"),
            ("form_response.answers[2].choices.labels[1]", "HEALTH"),
        },
        {
            ("event_id", "*"),
            ("form_response.form_id", "*"),
            ("form_response.submitted_at", "*"),
            ("form_response.answers[1].number", _ANY_ID),
            ("form_response.answers[3].boolean", "*"),
        },
        True,
    ),
    (
        "Recharge subscriptions CSV: a compounded semaglutide monthly plan and its buyer",
        {
            "subscription_id": "48821093",
            "customer_id": "71234508",
            "email": "sheree.vance@gmail.com",
            "first_name": "Sheree",
            "last_name": "Vance",
            "product_title": "Compounded Semaglutide - Monthly Plan",
            "variant_title": "Month 2 (0.5 mg weekly)",
            "price": "299.00",
            "status": "ACTIVE",
            "created_at": "2024-08-19T15:40:12",
            "next_charge_scheduled_at": "2024-11-19",
            "shipping_address1": "1730 NW 23rd St",
            "shipping_city": "Oklahoma City",
            "shipping_province": "Oklahoma",
            "shipping_zip": "73106",
        },
        {
            ("customer_id", _CUSTOMER),
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("product_title", "HEALTH"),
            ("shipping_address1", "LOCATION"),
            ("shipping_city", "LOCATION"),
            ("shipping_zip", "ZIP_CODE"),
        },
        {
            ("subscription_id", "*"),
            ("price", "*"),
            ("status", "*"),
            ("created_at", "*"),
            ("variant_title", _ANY_ID),
        },
        True,
    ),
    (
        "Stripe subscription object: a tirzepatide price, the customer and a patient id",
        {
            "id": "sub_1PzQ4bLkd8Wm2VxR7c0aHtYe",
            "object": "subscription",
            "customer": "cus_QrT8mXw2Lk91Za",
            "status": "active",
            "current_period_start": 1728000000,
            "current_period_end": 1730678400,
            "items": {
                "data": [
                    {
                        "id": "si_QrT9aBc4De5Fg6",
                        "price": {
                            "id": "price_1PzQ2xLkd8Wm2VxRkP0qLm3N",
                            "nickname": "Tirzepatide Monthly",
                            "unit_amount": 44900,
                            "recurring": {"interval": "month"},
                        },
                    }
                ]
            },
            "metadata": {"patient_id": "PT-448812", "program": "glp1"},
        },
        {
            ("customer", _CUSTOMER),
            ("items.data[0].price.nickname", "HEALTH"),
            ("metadata.patient_id", "OTHER_ID|MRN"),
        },
        {
            ("id", "*"),
            ("items.data[0].id", "*"),
            ("items.data[0].price.id", "*"),
            ("items.data[0].price.unit_amount", "*"),
            ("current_period_start", "*"),
            ("current_period_end", "*"),
        },
        True,
    ),
    (
        "Stripe price catalog (clean of people): a semaglutide plan, its SKU and dose",
        {
            "id": "price_1PxYa0Lkd8Wm2VxRq7sTuV9W",
            "object": "price",
            "product": "prod_QpX2nB7yZc4Kd1",
            "nickname": "Semaglutide Monthly",
            "unit_amount": 29900,
            "currency": "usd",
            "recurring": {"interval": "month", "interval_count": 1},
            "metadata": {"sku": "SEMA-MO-025", "dose": "0.25 mg weekly"},
            "created": 1719792000,
        },
        {("nickname", "HEALTH")},
        {
            ("id", "*"),
            ("product", "*"),
            ("unit_amount", "*"),
            ("metadata.sku", _ANY_ID),
            ("metadata.dose", _ANY_ID),
            ("created", "*"),
        },
        False,
    ),
    (
        "Compounding pharmacy fulfilment CSV: vial, titration sig, prescriber, tracking",
        {
            "Rx Number": "6023418",
            "Patient Name": "Ortega, Luis",
            "DOB": "08/17/1979",
            "Drug": "Semaglutide/Cyanocobalamin 2.5 mg/mL, 2 mL vial",
            "Sig": "Inject 0.25 mg (10 units) subcutaneously once weekly x 4 weeks",
            "Prescriber": "Dr. Anika Shah",
            "Prescriber NPI": "1538296413",
            "Ship To": "4410 W Elm St Apt 3, Tulsa, OK 74107",
            "Ship Method": "UPS 2nd Day Air",
            "Tracking": "1Z999AA10123456784",
            "Ship Date": "2024-10-08",
        },
        {
            ("Rx Number", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Drug", "HEALTH"),
            ("Prescriber", "NAME"),
            ("Prescriber NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Ship To", "LOCATION"),
        },
        {("Ship Method", "*"), ("Tracking", "*")},
        True,
    ),
    (
        "EasyPost-like tracker (clean): a cold-pack parcel in transit, no person",
        {
            "object": "Tracker",
            "id": "trk_5c1e0f8a2b9d4e7f8a0b1c2d3e4f5a6b",
            "tracking_code": "9400111899223817364029",
            "carrier": "USPS",
            "status": "in_transit",
            "est_delivery_date": "2024-10-10T00:00:00Z",
            "tracking_details": [
                {
                    "message": "Arrived at USPS Regional Facility",
                    "status": "in_transit",
                    "datetime": "2024-10-09T03:12:00Z",
                }
            ],
            "weight": 14.2,
        },
        set(),
        {
            ("id", "*"),
            ("tracking_code", "*"),
            ("carrier", "*"),
            ("status", "*"),
            ("tracking_details[0].datetime", "*"),
            ("weight", "*"),
        },
        False,
    ),
    (
        "App weekly check-in: weight, goal, dose, Wegovy and side effects",
        {
            "user_id": "usr_7f3a9c21",
            "email": "dana.kowalski@icloud.com",
            "checkin": {
                "week": 6,
                "weight_lb": 212.4,
                "goal_weight_lb": 180,
                "waist_in": 38.5,
                "dose_mg": 1.0,
                "medication": "Wegovy",
                "side_effects": ["nausea", "constipation"],
                "logged_at": "2024-10-14T07:02:11Z",
            },
        },
        {
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("email", "EMAIL"),
            ("checkin.medication", "HEALTH"),
            ("checkin.side_effects[0]", "HEALTH"),
            ("checkin.side_effects[1]", "HEALTH"),
        },
        {
            ("checkin.week", "*"),
            ("checkin.weight_lb", _ANY_ID),
            ("checkin.goal_weight_lb", _ANY_ID),
            ("checkin.waist_in", _ANY_ID),
            ("checkin.dose_mg", _ANY_ID),
        },
        True,
    ),
    (
        "Smart-scale weigh-in sync (identified, no health): weight and body fat only",
        {
            "user_id": "usr_2b8e61d0",
            "email": "marco.bellini@gmail.com",
            "weight_kg": 88.2,
            "body_fat_pct": 27.1,
            "measured_at": "2024-10-14T06:55:00Z",
            "device_model": "Smart Scale S2",
            "synced_at": "2024-10-14T06:55:41Z",
        },
        {("user_id", "ONLINE_ID|OTHER_ID"), ("email", "EMAIL")},
        {
            ("weight_kg", _ANY_ID),
            ("body_fat_pct", _ANY_ID),
            ("device_model", "*"),
            ("synced_at", "*"),
        },
        False,
    ),
    (
        "Meta Conversions API purchase: hashed email and phone, fbp, content_name",
        {
            "data": [
                {
                    "event_name": "Purchase",
                    "event_time": 1728912000,
                    "event_id": "ord_100482",
                    "action_source": "website",
                    "event_source_url": "https://www.slimrx.example/checkout/thank-you",
                    "user_data": {
                        "em": [_sha("lorraine.oduya@gmail.com")],
                        "ph": [_sha("19185550114")],
                        "client_ip_address": "68.45.112.9",
                        "client_user_agent": (
                            "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) "
                            "AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148"
                        ),
                        "fbc": "fb.1.1728911000000.IwAR2xYzQ8pLmN4kT0vW",
                        "fbp": "fb.1.1728910000000.1234567890",
                    },
                    "custom_data": {
                        "currency": "USD",
                        "value": 299.0,
                        "content_name": "Semaglutide Starter Plan",
                        "content_ids": ["SEMA-START-01"],
                        "content_type": "product",
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
        {
            ("data[0].event_time", "*"),
            ("data[0].event_id", "*"),
            ("data[0].custom_data.value", "*"),
            ("data[0].custom_data.content_ids[0]", _ANY_ID),
            ("data[0].user_data.client_user_agent", "*"),
        },
        True,
    ),
    (
        "TikTok Events API CompletePayment: hashed ids, ttclid, a tirzepatide content",
        {
            "event_source": "web",
            "event_source_id": "CKQ1ABC3C77U4E8A2J90",
            "data": [
                {
                    "event": "CompletePayment",
                    "event_time": 1728912345,
                    "user": {
                        "email": _sha("j.whitaker@yahoo.com"),
                        "phone": _sha("+14055550161"),
                        "external_id": _sha("cust_90411"),
                        "ttclid": "E.C.P.CqgBq4Zf2kLmT0wXyV8sR1nB7dPzQ",
                        "ip": "2601:2c3:8f00:1a20::4b7",
                    },
                    "properties": {
                        "contents": [
                            {
                                "content_id": "TIRZ-25-4W",
                                "content_name": "Tirzepatide 2.5 mg - 4 week supply",
                                "price": 449,
                                "quantity": 1,
                            }
                        ],
                        "currency": "USD",
                        "value": 449,
                    },
                }
            ],
        },
        {
            ("data[0].user.email", "HASHED_ID"),
            ("data[0].user.phone", "HASHED_ID"),
            ("data[0].user.external_id", "HASHED_ID|ONLINE_ID|OTHER_ID"),
            ("data[0].user.ttclid", "ONLINE_ID"),
            ("data[0].user.ip", "IP_ADDRESS"),
            ("data[0].properties.contents[0].content_name", "HEALTH"),
        },
        {
            ("event_source_id", "*"),
            ("data[0].event_time", "*"),
            ("data[0].properties.contents[0].content_id", _ANY_ID),
            ("data[0].properties.contents[0].price", "*"),
        },
        True,
    ),
    (
        "GA4 BigQuery purchase row: a semaglutide item, a coupon, the client id",
        {
            "event_date": "20241014",
            "event_timestamp": "1728912345678901",
            "event_name": "purchase",
            "user_pseudo_id": "1029384756.1728900000",
            "user_id": "cust_88213",
            "ecommerce": {"transaction_id": "T-100482", "purchase_revenue": 299.0},
            "items": [
                {
                    "item_id": "SEMA-MO-05",
                    "item_name": "Semaglutide Monthly - 0.5 mg",
                    "item_category": "GLP-1 Weight Loss",
                    "price": 299.0,
                    "coupon": "NEWYOU50",
                }
            ],
            "geo": {"city": "Tulsa", "region": "Oklahoma", "country": "United States"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("items[0].item_name", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("ecommerce.transaction_id", "*"),
            ("items[0].item_id", _ANY_ID),
            ("items[0].coupon", "*"),
            ("items[0].price", "*"),
        },
        True,
    ),
    (
        "GA4 landing-page report (clean): a GLP-1 page's sessions and revenue",
        {
            "Landing page": "/glp-1-weight-loss",
            "Sessions": "18,422",
            "Engaged sessions": "11,006",
            "Conversions": "412",
            "Total revenue": "$123,188.00",
            "Date range": "Oct 1 - Oct 31, 2024",
        },
        set(),
        {
            ("Landing page", _ANY_ID),
            ("Sessions", "*"),
            ("Engaged sessions", "*"),
            ("Conversions", "*"),
            ("Total revenue", "*"),
            ("Date range", "*"),
        },
        False,
    ),
    (
        "Coaching chat (Intercom-like part): the member on Zepbound, nausea",
        {
            "conversation_id": "215467889012345",
            "part_type": "comment",
            "author": {
                "type": "user",
                "name": "Brianna Holt",
                "email": "bri.holt@gmail.com",
            },
            "body": (
                "<p>Hi Coach Maya, week 3 on Zepbound and the nausea is rough after my shot "
                "on Sundays. Down 6 lbs though!</p>"
            ),
            "created_at": 1728990000,
        },
        {
            ("author.name", "NAME"),
            ("author.email", "EMAIL"),
            ("body", "HEALTH"),
        },
        {("conversation_id", "*"), ("created_at", "*"), ("part_type", "*")},
        True,
    ),
    (
        "Coach's reply (clean of the person): protein targets and macros",
        {
            "conversation_id": "215467889012345",
            "part_type": "comment",
            "author": {"type": "admin", "name": "Maya (Health Coach)"},
            "body": (
                "Great progress! Aim for 100-120 g protein a day: Greek yogurt (17 g), a "
                "chicken breast (31 g), 2 eggs (12 g). Sip 64 oz of water between meals."
            ),
            "created_at": 1728990412,
        },
        set(),
        {("conversation_id", "*"), ("created_at", "*"), ("body", _ANY_ID)},
        False,
    ),
    (
        "Insurance coverage check: Zepbound, member id, group number, PA required",
        {
            "check_id": "cc_01HF8ZK2Q7Y3M5N9P4R6",
            "patient": {"first_name": "Terrence", "last_name": "Mbeki", "dob": "1971-02-09"},
            "payer": {"name": "Blue Cross Blue Shield of Texas", "payer_id": "84980"},
            "member_id": "XOF928374615",
            "group_number": "291045",
            "drug": {"name": "Zepbound", "ndc": "0002-2506-80"},
            "coverage": {"status": "PA_REQUIRED", "tier": 3, "copay_estimate": "$25.00"},
            "checked_at": "2024-10-11T15:22:03Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("drug.name", "HEALTH"),
        },
        {
            ("check_id", "*"),
            ("payer.name", "*"),
            ("payer.payer_id", "*"),
            ("group_number", "*"),
            ("drug.ndc", _ANY_ID),
            ("coverage.copay_estimate", "*"),
            ("checked_at", "*"),
        },
        True,
    ),
    (
        "Prior authorisation worklist CSV: Wegovy, E66.01, BMI, the NP",
        {
            "PA Key": "BLYHTKPX",
            "Patient First": "Rosalind",
            "Patient Last": "Achebe",
            "Patient DOB": "11/30/1966",
            "Member ID": "W284610375",
            "Drug": "Wegovy 2.4 mg/0.75 mL pen",
            "Diagnosis": "E66.01 Morbid (severe) obesity due to excess calories",
            "BMI": "41.2",
            "Status": "Approved",
            "Determination Date": "10/09/2024",
            "Prescriber": "Jonah Feld, NP",
        },
        {
            ("Patient First", "NAME"),
            ("Patient Last", "NAME"),
            ("Patient DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Drug", "HEALTH"),
            ("Diagnosis", "HEALTH"),
            ("BMI", "HEALTH"),
            ("Prescriber", "NAME"),
        },
        {("Status", "*")},
        True,
    ),
    (
        "Weight-loss clinic HubSpot contact: phentermine programme and consult date",
        {
            "id": "51234987",
            "properties": {
                "firstname": "Carmen",
                "lastname": "Ibarra",
                "email": "carmen.ibarra@yahoo.com",
                "phone": "(918) 555-0142",
                "lifecyclestage": "customer",
                "program": "Medical Weight Loss - Phentermine",
                "consult_date": "2024-10-02",
                "hs_object_id": "51234987",
                "createdate": "2024-09-28T18:44:10.112Z",
            },
        },
        {
            ("properties.firstname", "NAME"),
            ("properties.lastname", "NAME"),
            ("properties.email", "EMAIL"),
            ("properties.phone", "PHONE"),
            ("properties.program", "HEALTH"),
            ("properties.consult_date", "DATE"),
            ("properties.hs_object_id", "OTHER_ID"),
        },
        {("properties.createdate", "*"), ("properties.lifecyclestage", "*")},
        True,
    ),
    (
        "InBody (LookinBody) export CSV: name, mobile, test time, BMI, body fat",
        {
            "1. ID": "CIB-20418",
            "2. Name": "Wesley Tran",
            "3. Height": "5ft. 09.0in.",
            "4. Gender": "M",
            "5. Age": "47",
            "6. Mobile Number": "918-555-0176",
            "9. Test Date / Time": "2024.10.15 08:12:44",
            "10. Weight": "251.8",
            "22. BMI (Body Mass Index)": "37.2",
            "25. PBF (Percent Body Fat)": "38.4",
            "31. Visceral Fat Level": "16",
            "Equipment": "InBody570",
        },
        {
            ("2. Name", "NAME"),
            ("6. Mobile Number", "PHONE"),
            ("9. Test Date / Time", "DATE"),
            ("22. BMI (Body Mass Index)", "HEALTH"),
        },
        {
            ("3. Height", _ANY_ID),
            ("4. Gender", "*"),
            ("5. Age", "*"),
            ("10. Weight", _ANY_ID),
            ("25. PBF (Percent Body Fat)", _ANY_ID),
            ("31. Visceral Fat Level", _ANY_ID),
        },
        True,
    ),
    (
        "Clinic scheduler: a DEXA body composition scan booked for a patient",
        {
            "appointment": {
                "id": "apt_99213",
                "type": "DEXA Body Composition Scan",
                "start": "2024-10-21T09:30:00-05:00",
                "location": "Brookside Clinic",
            },
            "patient": {
                "name": "Ingrid Solberg",
                "phone": "+19185550133",
                "email": "ingrid.solberg@proton.me",
            },
        },
        {
            ("appointment.type", "HEALTH"),
            ("appointment.start", "DATE"),
            ("patient.name", "NAME"),
            ("patient.phone", "PHONE"),
            ("patient.email", "EMAIL"),
        },
        {("appointment.id", "*"), ("appointment.location", "*")},
        True,
    ),
    (
        "Zoom webinar registrant: bariatric seminar, procedure of interest, carrier",
        {
            "id": "85JxQ2mWTe6Rk1yZb0aP3g",
            "first_name": "Marcus",
            "last_name": "Delacroix",
            "email": "mdelacroix@gmail.com",
            "status": "approved",
            "create_time": "2024-10-01T12:00:00Z",
            "custom_questions": [
                {"title": "Which procedure are you interested in?", "value": "Gastric sleeve"},
                {"title": "Insurance carrier", "value": "Aetna"},
            ],
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("custom_questions[0].value", "HEALTH"),
        },
        {
            ("id", "*"),
            ("status", "*"),
            ("create_time", "*"),
            ("custom_questions[1].value", "*"),
        },
        True,
    ),
    (
        "Bariatric seminar listing (event, no person): date, venue, seats",
        {
            "event": "Bariatric Surgery Info Night",
            "date": "2024-11-12",
            "time": "6:00 PM",
            "venue": "Saint Francis Heart Hospital, Conference Room B",
            "address": "10501 E 91st St, Tulsa, OK 74133",
            "capacity": 60,
            "registered": 41,
        },
        {("event", "HEALTH")},
        {
            ("date", "*"),
            ("time", "*"),
            ("venue", _ANY_ID),
            ("address", "*"),
            ("capacity", "*"),
            ("registered", "*"),
        },
        False,
    ),
    (
        "Dose-strength SKU list (clean of people): tirzepatide vials by titration step",
        {
            "SKU": "TZP-10-4",
            "Product": "Tirzepatide 10 mg/0.5 mL",
            "Pack": "4 x single-dose vials",
            "Titration Step": "Month 4",
            "Price": "$549.00",
            "Active": "TRUE",
        },
        {("Product", "HEALTH")},
        {
            ("SKU", "*"),
            ("Pack", "*"),
            ("Titration Step", "*"),
            ("Price", "*"),
            ("Active", "*"),
        },
        False,
    ),
    (
        "Shopify order CSV: a semaglutide programme month, discount code, shipping",
        {
            "Name": "#GLP1-2291",
            "Email": "kwamena.ohene@gmail.com",
            "Financial Status": "paid",
            "Created at": "2024-10-12 10:14:22 -0500",
            "Lineitem name": "Semaglutide Weight Loss Program - Month 1",
            "Lineitem sku": "SEMA-M1",
            "Discount Code": "FALL25",
            "Billing Name": "Kwamena Ohene",
            "Shipping Street": "2215 S Harvard Ave",
            "Shipping City": "Tulsa",
            "Shipping Zip": "74114",
            "Shipping Phone": "(918) 555-0166",
        },
        {
            ("Email", "EMAIL"),
            ("Lineitem name", "HEALTH"),
            ("Billing Name", "NAME"),
            ("Shipping Street", "LOCATION"),
            ("Shipping City", "LOCATION"),
            ("Shipping Zip", "ZIP_CODE"),
            ("Shipping Phone", "PHONE"),
        },
        {
            ("Name", "*"),
            ("Created at", "*"),
            ("Lineitem sku", _ANY_ID),
            ("Discount Code", "*"),
            ("Financial Status", "*"),
        },
        True,
    ),
    (
        "Recipe newsletter sign-up (identified, no health)",
        {
            "email": "pat.reyes@gmail.com",
            "first_name": "Pat",
            "list": "High-Protein Recipes Weekly",
            "source": "blog_popup",
            "signed_up_at": "2024-10-03T11:00:00Z",
        },
        {("email", "EMAIL"), ("first_name", "NAME")},
        {("list", "*"), ("source", "*"), ("signed_up_at", "*")},
        False,
    ),
    (
        "Recipe with macros (clean): servings, calories, protein, tags",
        {
            "recipe_id": "rcp_1042",
            "title": "Sheet-Pan Salmon with Roasted Broccoli",
            "servings": 4,
            "per_serving": {
                "calories": 410,
                "protein_g": 36,
                "carbs_g": 18,
                "fat_g": 21,
                "fiber_g": 6,
            },
            "tags": ["high-protein", "glp1-friendly", "low-carb"],
            "published": "2024-09-30",
        },
        set(),
        {
            ("recipe_id", "*"),
            ("title", "*"),
            ("servings", "*"),
            ("per_serving.calories", "*"),
            ("per_serving.protein_g", "*"),
            ("per_serving.carbs_g", "*"),
            ("per_serving.fat_g", "*"),
            ("per_serving.fiber_g", "*"),
            ("tags[1]", _ANY_ID),
            ("published", "*"),
        },
        False,
    ),
    (
        "Cohort aggregate (clean): members, average steps, median weight change",
        {
            "cohort": "Oct 2024 starters",
            "members": 1284,
            "avg_daily_steps": 6412,
            "median_weight_change_pct": -4.8,
            "week": 6,
            "report_date": "2024-11-18",
        },
        set(),
        {
            ("cohort", "*"),
            ("members", "*"),
            ("avg_daily_steps", "*"),
            ("median_weight_change_pct", "*"),
            ("week", "*"),
            ("report_date", "*"),
        },
        False,
    ),
    (
        "Zendesk side-effect ticket: dose increase, abdominal pain, signed with a DOB",
        {
            "ticket": {
                "id": 48213,
                "subject": "Severe stomach pain after dose increase",
                "description": (
                    "I went up to 1.7 mg of semaglutide Monday and now have severe upper "
                    "abdominal pain going through to my back. Could this be pancreatitis? "
                    "- Denise Fairbanks, DOB 4/22/1969"
                ),
                "requester": {"name": "Denise Fairbanks", "email": "dfairbanks@comcast.net"},
                "priority": "urgent",
                "tags": ["side_effects", "glp1"],
                "created_at": "2024-10-16T02:11:45Z",
            }
        },
        {
            ("ticket.description", "HEALTH"),
            ("ticket.description", "NAME"),
            ("ticket.description", "DATE"),
            ("ticket.requester.name", "NAME"),
            ("ticket.requester.email", "EMAIL"),
        },
        {("ticket.id", "*"), ("ticket.created_at", "*"), ("ticket.priority", "*")},
        True,
    ),
    (
        "Twilio titration reminder SMS: first name, dose step, semaglutide",
        {
            "sid": "SM5e2a9c0f1b3d4e6a8c7b9d0e1f2a3b4c",
            "from": "+18885550199",
            "to": "+19185550121",
            "body": (
                "SlimRx: Hi Jordan, time to move up to 0.5 mg on your semaglutide this week. "
                "Reply DOSE to confirm. Txt STOP to opt out."
            ),
            "date_sent": "Mon, 14 Oct 2024 14:00:02 +0000",
            "status": "delivered",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "NAME")},
        {("sid", "*"), ("from", "*"), ("date_sent", "*"), ("status", "*")},
        True,
    ),
    (
        "Klaviyo 'Quiz Completed' event: recommended plan, BMI bucket",
        {
            "type": "event",
            "attributes": {
                "metric": "Quiz Completed",
                "profile": {
                    "email": "lena.morrow@gmail.com",
                    "phone_number": "+14055550188",
                    "$first_name": "Lena",
                },
                "properties": {
                    "recommended_plan": "Tirzepatide",
                    "bmi_bucket": "35-39.9",
                    "eligible": True,
                    "quiz_version": "v7",
                },
                "datetime": "2024-10-10T21:04:00+00:00",
            },
        },
        {
            ("attributes.profile.email", "EMAIL"),
            ("attributes.profile.phone_number", "PHONE"),
            ("attributes.profile.$first_name", "NAME"),
            ("attributes.properties.recommended_plan", "HEALTH"),
        },
        {
            ("attributes.datetime", "*"),
            ("attributes.properties.quiz_version", "*"),
            ("attributes.properties.bmi_bucket", _ANY_ID),
        },
        True,
    ),
    (
        "GA4 quiz step: a condition answer beside the client id",
        {
            "event_date": "20241010",
            "event_timestamp": "1728594000123456",
            "event_name": "quiz_step",
            "user_pseudo_id": "2093847561.1728590000",
            "event_params": [
                {"key": "question", "value": {"string_value": "conditions"}},
                {"key": "answer", "value": {"string_value": "type 2 diabetes"}},
                {"key": "step", "value": {"int_value": 4}},
            ],
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[2].value.int_value", "*"),
        },
        True,
    ),
    (
        "Facebook Lead Ads lead: full name, phone, goal, prior GLP-1 use",
        {
            "id": "1098234761234567",
            "created_time": "2024-10-05T16:20:11+0000",
            "ad_name": "Semaglutide_Consult_Carousel_v2",
            "form_id": "881234567890123",
            "field_data": [
                {"name": "full_name", "values": ["Roberto Alvarez"]},
                {"name": "phone_number", "values": ["+19185550177"]},
                {"name": "how_much_weight_do_you_want_to_lose?", "values": ["50+_lbs"]},
                {"name": "have_you_taken_a_glp-1_before?", "values": ["yes,_ozempic"]},
            ],
        },
        {
            ("id", "OTHER_ID"),
            ("field_data[0].values[0]", "NAME"),
            ("field_data[1].values[0]", "PHONE"),
            ("field_data[3].values[0]", "HEALTH"),
        },
        {
            ("created_time", "*"),
            ("form_id", "*"),
            ("field_data[2].values[0]", _ANY_ID),
        },
        True,
    ),
    (
        "Stripe customer (identified, no health): billing address only",
        {
            "id": "cus_QxT4aL9mBv2RcW",
            "object": "customer",
            "email": "h.lindgren@outlook.com",
            "name": "Hanna Lindgren",
            "address": {
                "line1": "812 N Main St",
                "city": "Broken Arrow",
                "state": "OK",
                "postal_code": "74012",
                "country": "US",
            },
            "created": 1727800000,
            "invoice_prefix": "8F2A1C3D",
        },
        {
            ("id", _CUSTOMER),
            ("email", "EMAIL"),
            ("name", "NAME"),
            ("address.line1", "LOCATION"),
            ("address.city", "LOCATION"),
            ("address.postal_code", "ZIP_CODE"),
        },
        {("created", "*"), ("invoice_prefix", "*")},
        False,
    ),
    (
        "Stripe invoice: a 'Semaglutide Monthly' line billed to the customer",
        {
            "id": "in_1Q2wErTyUiOp3AsDfGhJkL",
            "object": "invoice",
            "customer": "cus_QxT4aL9mBv2RcW",
            "customer_email": "h.lindgren@outlook.com",
            "number": "8F2A1C3D-0004",
            "amount_paid": 29900,
            "lines": {
                "data": [
                    {
                        "description": "1 × Semaglutide Monthly (at $299.00 / month)",
                        "period": {"start": 1728000000, "end": 1730678400},
                    }
                ]
            },
        },
        {
            ("customer", _CUSTOMER),
            ("customer_email", "EMAIL"),
            ("lines.data[0].description", "HEALTH"),
        },
        {
            ("id", "*"),
            ("number", "*"),
            ("amount_paid", "*"),
            ("lines.data[0].period.start", "*"),
            ("lines.data[0].period.end", "*"),
        },
        True,
    ),
    (
        "Braze custom event (identified, no health): daily steps synced",
        {
            "id": "a8f0c2e4-1b3d-4f5a-9c7e-0d2b4f6a8c1e",
            "external_user_id": "cust_88213",
            "event_type": "users.behaviors.CustomEvent",
            "name": "daily_steps_synced",
            "properties": {"steps": 8412, "active_minutes": 52, "distance_km": 6.1},
            "time": 1728950400,
        },
        {("external_user_id", "ONLINE_ID|OTHER_ID")},
        {
            ("properties.steps", "*"),
            ("properties.active_minutes", "*"),
            ("properties.distance_km", "*"),
            ("time", "*"),
            ("name", "*"),
        },
        False,
    ),
    (
        "Pharmacy order API: compounded tirzepatide, patient, FedEx tracking",
        {
            "order_id": "RX-ORD-771204",
            "patient": {
                "id": "pat_5521",
                "first_name": "Elaine",
                "last_name": "Whitcombe",
                "dob": "1958-12-03",
                "address": {
                    "line1": "66 Cedar Ridge Rd",
                    "city": "Owasso",
                    "state": "OK",
                    "zip": "74055",
                },
            },
            "medication": {
                "name": "Tirzepatide (compounded)",
                "strength": "10 mg/mL",
                "quantity": "2.5 mL",
                "directions": "Inject 5 mg subcutaneously once weekly",
            },
            "shipment": {
                "carrier": "FedEx",
                "tracking_number": "772899305512",
                "shipped_at": "2024-10-09T19:40:00Z",
                "cold_pack": True,
            },
        },
        {
            ("patient.id", "OTHER_ID|MRN"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.address.line1", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("medication.name", "HEALTH"),
        },
        {
            ("order_id", "*"),
            ("medication.strength", _ANY_ID),
            ("medication.quantity", _ANY_ID),
            ("shipment.tracking_number", "*"),
            ("shipment.shipped_at", "*"),
        },
        True,
    ),
    (
        "Formulary lookup (health, no person): Wegovy non-formulary, step therapy",
        {
            "payer": "UnitedHealthcare Commercial",
            "drug": "Wegovy",
            "ndc": "0169-4524-14",
            "formulary_status": "Non-formulary",
            "pa_required": True,
            "step_therapy": "Metformin trial required",
            "last_updated": "2024-10-01",
        },
        {("drug", "HEALTH")},
        {("payer", "*"), ("ndc", _ANY_ID), ("last_updated", "*")},
        False,
    ),
    (
        "Clinic CRM consult note: BMI and A1c in text, hx HTN, semaglutide start",
        {
            "Contact": "Ruth Abernathy",
            "Contact Email": "ruth.abernathy@gmail.com",
            "Note": (
                "Initial consult: BMI 38.6, A1c 6.1, hx HTN. Started semaglutide 0.25 mg "
                "weekly. Recheck in 4 wks."
            ),
            "Created": "2024-10-03T17:20:00Z",
        },
        {("Contact", "NAME"), ("Contact Email", "EMAIL"), ("Note", "HEALTH")},
        {("Created", "*"), ("Note", _ANY_ID)},
        True,
    ),
    (
        "Med-spa booking (Mindbody-like): a weekly semaglutide injection appointment",
        {
            "ClientName": "Tasha Greenfield",
            "ClientEmail": "tgreenfield@gmail.com",
            "Service": "Semaglutide Injection - Weekly",
            "StaffName": "Kelsey RN",
            "StartDateTime": "2024-10-17T16:00:00",
            "Location": "Glow Med Spa - Midtown",
            "AppointmentId": "309912",
        },
        {
            ("ClientName", "NAME"),
            ("ClientEmail", "EMAIL"),
            ("Service", "HEALTH"),
            ("StartDateTime", "DATE"),
        },
        {("Location", "*"), ("AppointmentId", "*")},
        True,
    ),
    (
        "Coupon table (health, no person): a semaglutide promo code and its window",
        {
            "code": "GLP1SAVE50",
            "description": "$50 off your first month of Semaglutide",
            "starts_at": "2024-10-01",
            "ends_at": "2024-10-31",
            "max_redemptions": 500,
            "times_redeemed": 212,
        },
        {("description", "HEALTH")},
        {
            ("code", "*"),
            ("starts_at", "*"),
            ("ends_at", "*"),
            ("max_redemptions", "*"),
            ("times_redeemed", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Zoom webinar registrant: bariatric seminar, procedure of interest, carrier": (
        set(),
        set(),
        {("id", "*")},
        "a bare ``id`` beside the person's own ``first_name`` and ``last_name`` is the "
        "record's OTHER_ID (detectors/person_records.py, tests/test_person_records.py: Zoho, "
        "Pipedrive and Keap contacts): a registrant's id is the key to one person's "
        "registration, as a lead's id is, so the blind must-not was stricter than the project",
    ),
    "Shopify order CSV: a semaglutide programme month, discount code, shipping": (
        set(),
        set(),
        {("Name", "*")},
        "the dictionary reads health words in machine fields (tests/test_dictionary.py: "
        "machine fields count when they hold health words), and a SKU or a name spelling "
        "the drug is health context (tests/test_wellness_telehealth.py, "
        "tests/test_health_commerce.py); a store whose order names begin ``#GLP1-`` says "
        "what the order holds. No identifier is found there, which is what the must-not "
        "was for",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

# LEFT_ALONE is empty since its last row closed: its test would collect nothing and be
# skipped, so only the shapes' test is kept (an open row added later needs it back).
test_weight_management_glp1_shapes, _left_alone_test = probe_tests(SHAPES + HELD_OUT, LEFT_ALONE)
assert not LEFT_ALONE, "restore test_left_alone_decisions_still_hold for the open rows"

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on weight-management exports fails here. Before the work, blind: SHAPES 5 misses /
#: 4 false / 8 wrong of 30, HELD_OUT 3 / 1 / 4 of 10.
FLOORS = ShapeTotals(expected=145, misses=0, false=0, wrong=0)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
