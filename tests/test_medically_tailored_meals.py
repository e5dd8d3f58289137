"""Medically tailored meals, food-as-medicine and supplemental benefit card exports.

A blind probe, written by hand before reading the detectors: what meal delivery vendors,
food-as-medicine programmes, health plans' supplemental benefits and their card
processors, grocery-delivery integrations and dietitians export. Meal vendors' order
exports (Mom's Meals- and Tangelo-like CSV and JSON: the member, the delivery address and
its gate code, the diet, texture and allergy flags, the post-discharge 14-day programme
with its discharge date, the route and the delivery window), Medicaid waiver and 1115 HRSN
service records and Medicare Advantage supplemental-benefit authorizations (authorization
number, member id, the ICD-10 or Z-code on the referral, HCPCS ``S5170``), SSBCI card
loads, produce-prescription enrolments and voucher redemptions, OTC and healthy food card
(flex card) transactions with item categories and merchant category codes, Instacart
Health-like care carts and their webhooks, DTC meal-plan orders and analytics events,
dietitian bookings, charting forms and consult notes, Meals on Wheels-like intake, with the
clean rows around them: meal SKUs and menu codes (``LS-CHKN-07``), dietary tags on the
catalogue, nutrient facts, warehouse pick lists and route manifests, card BIN ranges and
merchant category codes, OTC catalogues, promo codes, programme reports and diet-code tables.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A diet that names a condition is health context; a diet that names a nutrient is
  not**, as tests/test_transport_and_social_care.py decided: ``Renal``, ``Diabetic``,
  ``diabetic-friendly``, ``Pureed (dysphagia)``, ``Celiac`` and a fluid restriction for
  heart failure are HEALTH on a person's order; ``Low sodium``, ``Heart healthy``,
  ``Vegetarian`` and ``Mechanical soft`` alone are neither expected nor forbidden. The same
  words as dietary tags on a catalogue row or a diet-code table may be found (they are
  health words) but name nobody: such rows are not PHI.
- **A food allergy is a condition** (HEALTH) when it is a person's: an allergen list or an
  allergy flag on a member's profile or order, an anaphylaxis in a complaint. "No known
  allergies" and an allergen statement on a product ("Contains: milk") are not.
- **A benefit card purchase names health only by what was bought**: an item category
  ``Diabetic supplies`` or ``Blood pressure monitors`` on a cardholder's transaction is the
  cardholder's health context, as an OTC purchase is in tests/test_retail_pharmacy.py;
  ``Produce``, ``Dairy`` or ``Pantry`` is not, so a grocery transaction is identified but
  not PHI. An SSBCI eligibility condition on a card load is HEALTH.
- **A programme's name alone is no condition**: "Produce Prescription", "Medically
  Tailored Meals", "Post-Discharge Meals" or "Healthy Food Card" say the person is in a
  programme (as a refill with no drug says the person has *some* prescription), not what
  for; neither expected nor forbidden. A programme named for a condition ("Diabetes
  Management", "CHF meals") is HEALTH.
- **A gate code is no identifier**: it opens a gate shared by a building or a community,
  identifies nobody, and is written in delivery instructions beside the address (which is
  the LOCATION). A ``gate_code`` field and instructions that hold only a gate code are no
  finding. A delivery window (``10:00-14:00``), a route, a stop sequence, a driver id and
  a warehouse are the vendor's: no finding.
- **Dates**: a birth date, a discharge date, a delivery date to the member, a consult or
  visit date, an authorization's service start and end, a benefit's start and a service
  date are the person's (DATE). An order's or an event's system timestamp
  (``created_at``, ``transaction_time``), a menu's week, a catalogue's ``updated``, a
  promo's validity, a report's period, a pick list's ship date are not. A driver app's
  ``delivered_at`` and an enrolment date are neither expected nor forbidden.
- **Ids**: a Medicaid id, a plan member id and an MBI are HEALTH_PLAN_ID; a vendor's,
  a programme's or a dietitian platform's client, participant or patient id is the
  person's record id (``OTHER_ID|MRN``); a hospital's MRN is MRN. Authorization numbers
  are neither expected nor forbidden (tests/test_transport_and_social_care.py); order
  numbers, SKUs, menu and meal codes, route, stop, pick-wave and warehouse ids, voucher
  codes, promo codes, card BINs and BIN ranges, merchant category codes, a card's last
  four digits, a plan's contract-PBP and HCPCS or service codes are no identifier.
- **Cards**: a full benefit card number under a card field is the cardholder's
  (``CREDIT_CARD|OTHER_ID``: a prepaid network card or a closed-loop programme card); its
  last four, its BIN, a decline reason and an MCC are nothing; a processor's card proxy
  number is neither expected nor forbidden.
- **People**: the member, the recipient, the client and a relative in a complaint are
  NAMEs; a dietitian, an ordering provider and a hospital's case manager are clinicians and
  reported as the project decided (NAME); a delivery driver is neither expected nor
  forbidden (the transport probe's decision). An organisation's own names (a market, a
  hospital, a Meals on Wheels agency) are no finding.
- **Numbers of the trade are not identifiers**: calories, sodium, potassium and protein
  figures, serving sizes, prices, order totals, units, meal counts, load amounts.

After reading the detectors no blind expectation was changed. The project already read
most of the domain right (renal and diabetic diets, dysphagia, allergies in an
``allergies`` list, ICD-10 and Z-codes, SSBCI conditions, diabetic supplies as a card
purchase's category, card numbers, BINs, MCCs and last fours, gate codes, delivery
windows, SKUs and menu codes). Four expectations were stricter than decisions it had made
and are narrowed on top (:data:`_DECIDED`): a bare ``client_id`` may read as an analytics
client id (twice), a bare ``Case Manager`` is left unscored, and an authorization's
approval window is neither expected nor forbidden. What the work built, each a general
rule: a list item's ``answer`` read under the ``label`` or ``question`` beside it
(Healthie-like charting forms, event registrations: detectors/cells.py), an ``Ordered
By`` column as the clinician who ordered the care (field_names), a county that opens a
senior-services provider's name joined by ``on`` or ``for`` ("Pickaway County Meals on
Wheels", "Franklin County Office on Aging") as the provider's, not a person's place
(location, with ``aging`` an organisation word), a stock or pick list's dates (a SKU or
an item beside a warehouse, a pick wave, a dock or a DC, no person's column) as the
warehouse's (chunk_profiles), and two vocabulary terms (``kidney diet``,
``kidney-friendly diet``). Four records are left open (:data:`LEFT_ALONE`): a BIN table's
bare ``effective`` date and a compact ``Benefit Start`` (earlier probes' open decisions),
a member profile's ``allergens`` list (a food label's key), and a programme report's
county (an aggregate's geography stays found, so the row is PHI as the BI probe decided).

Figures (misses / false findings / records wrong, NER off): SHAPES (32 records), blind
7 / 3 / 10; after the work 4 / 1 / 6 as written, 1 / 1 / 3 with the decisions (all three
in LEFT_ALONE). HELD_OUT (10 records), blind before any work 4 / 0 / 2; scored once after
the work on SHAPES: 4 / 0 / 2 (an authorization's ``Start Date`` / ``End Date`` and an
eligibility file's compact benefit dates, both earlier decisions); with the decisions
2 / 0 / 1 (the compact benefit dates, in LEFT_ALONE). No held-out fix was made.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Meal vendor order export (CSV): renal / low sodium, post-discharge 14 days",
        {
            "Order ID": "MM-2410-118823",
            "Member Name": "Dorothy Kessler",
            "Medicaid ID": "104512339877",
            "Delivery Address": "1822 Maple Grove Rd",
            "City": "Grove City",
            "State": "OH",
            "ZIP": "43123",
            "Phone": "(614) 555-0148",
            "Diet": "Renal / Low Sodium",
            "Program": "Post-Discharge 14-Day",
            "Discharge Date": "10/01/2024",
            "Delivery Date": "10/04/2024",
            "Meals": "14",
            "Route": "RT-CMH-14",
            "Order Total": "0.00",
        },
        {
            ("Member Name", "NAME"),
            ("Medicaid ID", "HEALTH_PLAN_ID"),
            ("Delivery Address", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("Diet", "HEALTH"),
            ("Discharge Date", "DATE"),
            ("Delivery Date", "DATE"),
        },
        {("Order ID", "*"), ("Meals", "*"), ("Route", "*"), ("Order Total", "*"), ("State", "*")},
        True,
    ),
    (
        "Meal vendor order JSON: diabetic-friendly, allergies, gate code, delivery window",
        {
            "order_id": "ord_7Hc2K9",
            "member": {
                "first_name": "Luis",
                "last_name": "Arroyo",
                "dob": "1957-06-19",
                "phone": "+16145550177",
            },
            "delivery": {
                "address1": "540 Linden Ave Apt 3B",
                "city": "Columbus",
                "state": "OH",
                "zip": "43211",
                "gate_code": "#4512",
                "instructions": "Leave in cooler at side door, gate code 4512",
                "window": "10:00-14:00",
            },
            "diet_tags": ["diabetic-friendly", "low sodium"],
            "allergies": ["peanut", "shellfish"],
            "meals": [
                {"sku": "LS-CHKN-07", "name": "Lemon Herb Chicken with Brown Rice", "qty": 2},
                {"sku": "DF-TKY-03", "name": "Turkey Meatloaf, Green Beans", "qty": 2},
            ],
            "created_at": "2024-10-02T15:22:41Z",
        },
        {
            ("member.first_name", "NAME"),
            ("member.last_name", "NAME"),
            ("member.dob", "DATE"),
            ("member.phone", "PHONE"),
            ("delivery.address1", "LOCATION"),
            ("delivery.city", "LOCATION"),
            ("delivery.zip", "ZIP_CODE"),
            ("diet_tags[0]", "HEALTH"),
            ("allergies[0]", "HEALTH"),
        },
        {
            ("order_id", "*"),
            ("delivery.gate_code", "*"),
            ("delivery.instructions", "*"),
            ("delivery.window", "*"),
            ("meals[0].sku", "*"),
            ("meals[1].sku", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Texture-modified order (CSV): pureed for dysphagia, client id and DOB",
        {
            "Client ID": "CL-0093318",
            "Client Name": "Marguerite Baptiste",
            "DOB": "11/30/1944",
            "Texture": "Pureed (dysphagia)",
            "Diet": "Mechanical soft",
            "Menu Cycle": "Week 3",
            "Meals/Week": "10",
            "Delivery Day": "Thursday",
        },
        {
            ("Client ID", "OTHER_ID|MRN"),
            ("Client Name", "NAME"),
            ("DOB", "DATE"),
            ("Texture", "HEALTH"),
        },
        {("Menu Cycle", "*"), ("Meals/Week", "*"), ("Delivery Day", "*")},
        True,
    ),
    (
        "Medicaid waiver authorization for home-delivered meals: ICD-10 on the referral",
        {
            "Authorization Number": "AUTH-2024-0098812",
            "Member ID": "ZA4471902",
            "Member Name": "REYES, ANTONIO",
            "ICD-10": "N18.4",
            "Service": "Home-delivered meals",
            "HCPCS": "S5170",
            "Units Authorized": "56",
            "Start Date": "10/07/2024",
            "End Date": "11/30/2024",
            "Waiver": "PASSPORT",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("ICD-10", "HEALTH"),
            ("Start Date", "DATE"),
            ("End Date", "DATE"),
        },
        {("HCPCS", "OTHER_ID"), ("Units Authorized", "*"), ("Waiver", "*")},
        True,
    ),
    (
        "MA supplemental benefit authorization JSON: post-discharge meals after CHF",
        {
            "authorizationId": "SB-88213004",
            "plan": {"name": "Buckeye Advantage Gold (HMO)", "contractPbp": "H3655-012"},
            "member": {
                "memberId": "BAG902211473",
                "firstName": "Evelyn",
                "lastName": "Marsh",
                "birthDate": "1949-03-08",
            },
            "benefit": "Post-Discharge Meals",
            "dischargeDate": "2024-09-27",
            "dischargeFacility": "Riverside Methodist Hospital",
            "diagnosis": "Congestive heart failure",
            "mealsApproved": 28,
            "vendor": "FreshStart Meals",
        },
        {
            ("member.memberId", "HEALTH_PLAN_ID"),
            ("member.firstName", "NAME"),
            ("member.lastName", "NAME"),
            ("member.birthDate", "DATE"),
            ("dischargeDate", "DATE"),
            ("diagnosis", "HEALTH"),
        },
        {
            ("plan.contractPbp", "*"),
            ("plan.name", "*"),
            ("mealsApproved", "*"),
            ("vendor", "*"),
            ("dischargeFacility", "NAME"),
        },
        True,
    ),
    (
        "Produce prescription voucher redemption: participant id, no condition",
        {
            "redemption_id": "RDM-55102",
            "participant_id": "PRX-004417",
            "voucher_code": "V9KQ-2231",
            "market_name": "Linden Farmers Market",
            "amount": "20.00",
            "program": "Produce Prescription",
            "redeemed_at": "2024-09-14T10:41:07-04:00",
        },
        {("participant_id", "OTHER_ID|MRN")},
        {
            ("redemption_id", "*"),
            ("voucher_code", "*"),
            ("market_name", "*"),
            ("amount", "*"),
            ("redeemed_at", "*"),
        },
        False,
    ),
    (
        "Produce prescription enrolment from a clinic: qualifying condition and A1c",
        {
            "Patient Name": "Terrence Boyd",
            "MRN": "00781245",
            "DOB": "08/22/1971",
            "Qualifying Condition": "Type 2 diabetes",
            "Most Recent A1c": "9.1",
            "Referring Clinic": "Near East Family Health Center",
            "Enrollment Date": "09/03/2024",
            "Household Size": "4",
        },
        {
            ("Patient Name", "NAME"),
            ("MRN", "MRN"),
            ("DOB", "DATE"),
            ("Qualifying Condition", "HEALTH"),
            ("Most Recent A1c", "HEALTH"),
        },
        {("Referring Clinic", "*"), ("Household Size", "*")},
        True,
    ),
    (
        "OTC / healthy food card transaction: diabetic supplies at a grocery, MCC and BIN",
        {
            "transaction_id": "TX-7730019245",
            "member_id": "W381177206",
            "card_last4": "4417",
            "card_bin": "53101842",
            "mcc": "5411",
            "merchant_name": "Kroger #412",
            "item_category": "Diabetic supplies",
            "amount": "34.97",
            "wallet": "OTC",
            "transaction_time": "2024-10-05T17:02:11Z",
        },
        {("member_id", "HEALTH_PLAN_ID"), ("item_category", "HEALTH")},
        {
            ("transaction_id", "*"),
            ("card_last4", "*"),
            ("card_bin", "*"),
            ("mcc", "*"),
            ("merchant_name", "*"),
            ("amount", "*"),
            ("transaction_time", "*"),
        },
        True,
    ),
    (
        "Healthy food card transaction: produce and dairy, the full card number",
        {
            "Cardholder": "Angela Whitmore",
            "Card Number": "4847 1890 0023 4517",
            "Merchant": "Giant Eagle 6077",
            "MCC": "5411",
            "Categories": "Produce; Dairy; Pantry staples",
            "Amount": "61.20",
            "Posted": "2024-10-06 09:13:44",
        },
        {("Cardholder", "NAME"), ("Card Number", "CREDIT_CARD|OTHER_ID")},
        {("Merchant", "*"), ("MCC", "*"), ("Categories", "*"), ("Amount", "*"), ("Posted", "*")},
        False,
    ),
    (
        "Benefit card programme BIN table (clean): BIN ranges, allowed MCCs, wallets",
        {
            "program": "Healthy Food Card",
            "bin_range_start": "53101800",
            "bin_range_end": "53101899",
            "issuer": "Pathward, N.A.",
            "allowed_mcc": "5411,5422,5441,5451,5499",
            "wallets": "FOOD;OTC;UTIL",
            "effective": "2025-01-01",
        },
        set(),
        {
            ("bin_range_start", "*"),
            ("bin_range_end", "*"),
            ("issuer", "*"),
            ("allowed_mcc", "*"),
            ("wallets", "*"),
            ("effective", "*"),
        },
        False,
    ),
    (
        "Instacart Health-like care cart: recipient, ordering dietitian, hypertension goal",
        {
            "cart_id": "cc_01HZX8M4Q2",
            "recipient": {
                "name": "Beatrice Olawale",
                "phone": "+16145550119",
                "address": {"line1": "77 Sycamore St", "city": "Reynoldsburg", "zip": "43068"},
            },
            "ordered_by": "Hannah Feld, RD, LD",
            "program": "Fresh Funds",
            "nutrition_goal": "DASH diet for hypertension",
            "items": [
                {"product_id": "IC-2209817", "name": "Low Sodium Black Beans, 15 oz", "qty": 4},
                {"product_id": "IC-0042291", "name": "Bananas", "qty": 6},
            ],
            "delivery_window": "Sat 12:00-14:00",
        },
        {
            ("recipient.name", "NAME"),
            ("recipient.phone", "PHONE"),
            ("recipient.address.line1", "LOCATION"),
            ("recipient.address.city", "LOCATION"),
            ("recipient.address.zip", "ZIP_CODE"),
            ("ordered_by", "NAME"),
            ("nutrition_goal", "HEALTH"),
        },
        {
            ("cart_id", "*"),
            ("items[0].product_id", "*"),
            ("items[1].product_id", "*"),
            ("delivery_window", "*"),
        },
        True,
    ),
    (
        "Care cart webhook: cart delivered, the patient's reference, a diabetes programme",
        {
            "type": "care_cart.delivered",
            "id": "evt_3KfZ0a1b2c",
            "data": {
                "order_id": "1087733291",
                "patient_reference": "PT-00918273",
                "nutrition_program": "Diabetes Management",
                "item_count": 18,
                "subtotal": "84.12",
            },
            "created": 1728401530,
        },
        {("data.patient_reference", "OTHER_ID|MRN"), ("data.nutrition_program", "HEALTH")},
        {
            ("id", "*"),
            ("data.order_id", "*"),
            ("data.item_count", "*"),
            ("data.subtotal", "*"),
            ("created", "*"),
        },
        True,
    ),
    (
        "Dietitian consult note (free text): CKD, potassium, renal diet teaching",
        {
            "encounter_id": "ENC-66102931",
            "note_type": "MNT Follow-up",
            "visit_date": "2024-10-03",
            "note": (
                "Pt Marisol Ortega seen for MNT follow-up. CKD stage 3b, K+ 5.4 last week. "
                "Reviewed renal diet: limit potassium to 2 g/day, avoid salt substitutes. "
                "Pt enrolled in 14-day medically tailored meals, first delivery 10/8."
            ),
            "author": "K. Lindgren, RDN",
        },
        {
            ("encounter_id", "OTHER_ID|MRN"),
            ("visit_date", "DATE"),
            ("note", "NAME"),
            ("note", "HEALTH"),
        },
        {("note_type", "NAME")},
        True,
    ),
    (
        "Dietitian booking (Healthie-like JSON): an initial MNT consult for diabetes",
        {
            "appointment": {
                "id": "apt_2291044",
                "appointment_type": "Initial MNT Consult - Diabetes",
                "date": "2024-10-15 10:30:00 -0400",
                "length": 60,
                "contact_type": "Secure Videochat",
            },
            "client": {
                "first_name": "Gwendolyn",
                "last_name": "Pruitt",
                "email": "gwen.pruitt61@gmail.com",
            },
            "provider": {"full_name": "Jenna Park, RD"},
        },
        {
            ("appointment.appointment_type", "HEALTH"),
            ("appointment.date", "DATE"),
            ("client.first_name", "NAME"),
            ("client.last_name", "NAME"),
            ("client.email", "EMAIL"),
            ("provider.full_name", "NAME"),
        },
        {("appointment.length", "*"), ("appointment.contact_type", "*")},
        True,
    ),
    (
        "Menu catalogue row (clean): meal SKU, dietary tags, nutrient figures",
        {
            "sku": "LS-CHKN-07",
            "menu_code": "FA24-W3-D2",
            "name": "Lemon Herb Chicken with Brown Rice",
            "dietary_tags": "Renal-friendly; Diabetic-friendly; Low Sodium; Heart Healthy",
            "calories": 430,
            "sodium_mg": 480,
            "protein_g": 32,
            "price": "8.99",
        },
        set(),
        {
            ("sku", "*"),
            ("menu_code", "*"),
            ("name", "*"),
            ("calories", "*"),
            ("sodium_mg", "*"),
            ("protein_g", "*"),
            ("price", "*"),
        },
        False,
    ),
    (
        "Nutrition facts row (clean): a renal meal's minerals, serving size, update date",
        {
            "meal_code": "RN-BEEF-12",
            "serving_size": "1 tray (340 g)",
            "kcal": 510,
            "sodium": "480 mg",
            "potassium": "620 mg",
            "phosphorus": "210 mg",
            "allergen_statement": "Contains: milk, wheat",
            "updated": "2024-09-01",
        },
        set(),
        {
            ("meal_code", "*"),
            ("serving_size", "*"),
            ("kcal", "*"),
            ("sodium", "*"),
            ("potassium", "*"),
            ("phosphorus", "*"),
            ("allergen_statement", "*"),
            ("updated", "*"),
        },
        False,
    ),
    (
        "Route manifest stop (CSV): the recipient and address, gate code, no diet",
        {
            "Route ID": "RT-CMH-14",
            "Warehouse": "WH-COL-1",
            "Stop #": "7",
            "Driver ID": "DRV-0318",
            "Recipient": "Howard Lindqvist",
            "Address": "2216 Indianola Ave",
            "City": "Columbus",
            "Zip": "43201",
            "Gate Code": "1987",
            "Window": "08:00-12:00",
            "Cooler": "Y",
        },
        {
            ("Recipient", "NAME"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
        },
        {
            ("Route ID", "*"),
            ("Warehouse", "*"),
            ("Stop #", "*"),
            ("Driver ID", "*"),
            ("Gate Code", "*"),
            ("Window", "*"),
            ("Cooler", "*"),
        },
        False,
    ),
    (
        "DTC meal-plan order (Shopify CSV): diabetic meal plan, promo code, total",
        {
            "Name": "#20481",
            "Email": "r.castellano@yahoo.com",
            "Billing Name": "Rita Castellano",
            "Shipping Zip": "43085",
            "Discount Code": "HEARTHEALTHY15",
            "Lineitem name": "Diabetic Meal Plan - 14 Meals",
            "Lineitem sku": "MP-DIA-14",
            "Total": "129.95",
            "Created at": "2024-10-01 08:12:55 -0400",
        },
        {
            ("Email", "EMAIL"),
            ("Billing Name", "NAME"),
            ("Shipping Zip", "ZIP_CODE"),
            ("Lineitem name", "HEALTH"),
        },
        {
            ("Name", "*"),
            ("Discount Code", "*"),
            ("Lineitem sku", "*"),
            ("Total", "*"),
            ("Created at", "*"),
        },
        True,
    ),
    (
        "Post-discharge referral from a hospital (CSV): discharge dx, diet order",
        {
            "Patient Name": "Walter Pemberton",
            "MRN": "E4410928",
            "DOB": "05/17/1950",
            "Discharge Date": "10/02/2024",
            "Discharge Dx": "CHF exacerbation",
            "Diet Order": "2 g sodium, 1.5 L fluid restriction",
            "Delivery Start": "10/04/2024",
            "Patient Phone": "614-555-0133",
            "Case Manager": "Lorena Diaz, RN",
        },
        {
            ("Patient Name", "NAME"),
            ("MRN", "MRN"),
            ("DOB", "DATE"),
            ("Discharge Date", "DATE"),
            ("Discharge Dx", "HEALTH"),
            ("Delivery Start", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Case Manager", "NAME"),
        },
        set(),
        True,
    ),
    (
        "Delivery reminder SMS: renal meals arriving, the member's number, short code",
        {
            "sid": "SM41c9e2b7d0a84f6e9b3c2a1d0e9f8a7b",
            "from": "74125",
            "to": "+16145550162",
            "body": (
                "Hi Dorothy, your 14 renal meals arrive Tue 10/8 between 10am-2pm. "
                "Reply 1 to confirm or call 1-800-555-0175. Reply STOP to opt out."
            ),
            "status": "delivered",
            "date_sent": "Mon, 07 Oct 2024 14:00:03 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH")},
        {("sid", "*"), ("from", "*"), ("status", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "Member profile JSON: allergens and a celiac diet on a meal account",
        {
            "customer": {
                "id": "cus_QxT81bLm02",
                "email": "j.okafor@outlook.com",
                "name": "Jide Okafor",
            },
            "allergens": ["Peanut", "Tree nuts"],
            "medical_diet": "Celiac - strict gluten free",
            "preferences": "No pork",
            "updated_at": "2024-09-30T21:45:10Z",
        },
        {
            ("customer.id", "OTHER_ID|ACCOUNT_NUMBER|ONLINE_ID"),
            ("customer.email", "EMAIL"),
            ("customer.name", "NAME"),
            ("allergens[0]", "HEALTH"),
            ("medical_diet", "HEALTH"),
        },
        {("preferences", "*"), ("updated_at", "*")},
        True,
    ),
    (
        "Programme report row (health, no identifier): CHF meals by county and quarter",
        {
            "program": "Post-discharge CHF meals",
            "county": "Franklin",
            "enrollees": 412,
            "avg_meals_per_member": 27.6,
            "readmit_30d_rate": "11.2%",
            "period": "2024-Q3",
        },
        {("program", "HEALTH")},
        {
            ("enrollees", "*"),
            ("avg_meals_per_member", "*"),
            ("readmit_30d_rate", "*"),
            ("period", "*"),
        },
        False,
    ),
    (
        "Diet-code table (health, no identifier): a renal diet's limits and its service code",
        {
            "diet_code": "RNL",
            "description": "Renal (CKD stage 3-5): <2000 mg sodium, <2000 mg potassium",
            "max_meals_per_week": 14,
            "hcpcs": "S5170",
            "active": True,
        },
        {("description", "HEALTH")},
        {("diet_code", "*"), ("max_meals_per_week", "*"), ("active", "*")},
        False,
    ),
    (
        "MA plan eligibility file to the meal vendor: subscriber, qualifying event",
        {
            "Subscriber ID": "1EG4TE5MK73",
            "First": "Clarence",
            "Last": "Whitaker",
            "DOB": "19460212",
            "Address": "9010 Old Stone Ct, Pickerington, OH 43147",
            "Benefit": "Post-Discharge Meals",
            "Qualifying Event": "Inpatient discharge - COPD exacerbation",
            "Benefit Start": "20241004",
            "Benefit End": "20241018",
            "Contract-PBP": "H3655-012",
        },
        {
            ("Subscriber ID", "HEALTH_PLAN_ID"),
            ("First", "NAME"),
            ("Last", "NAME"),
            ("DOB", "DATE"),
            ("Address", "LOCATION"),
            ("Qualifying Event", "HEALTH"),
            ("Benefit Start", "DATE"),
            ("Benefit End", "DATE"),
        },
        {("Contract-PBP", "*")},
        True,
    ),
    (
        "Healthy food card activation form: card number, member id, no health",
        {
            "card_number": "6363910012345678",
            "first_name": "Yolanda",
            "last_name": "Baptiste",
            "date_of_birth": "1962-12-03",
            "zip": "43229",
            "email": "ybaptiste@aol.com",
            "plan_member_id": "CSO884120719",
            "activated_at": "2024-01-09T13:20:00Z",
        },
        {
            ("card_number", "CREDIT_CARD|OTHER_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("date_of_birth", "DATE"),
            ("zip", "ZIP_CODE"),
            ("email", "EMAIL"),
            ("plan_member_id", "HEALTH_PLAN_ID"),
        },
        {("activated_at", "*")},
        False,
    ),
    (
        "OTC benefit catalogue row (clean): a blood pressure monitor, UPC, category",
        {
            "item_id": "OTC-10442",
            "upc": "073796267377",
            "name": "Upper arm blood pressure monitor",
            "category": "Cardiac care",
            "benefit_eligible": "Y",
            "price": "39.99",
            "max_per_quarter": 1,
        },
        set(),
        {
            ("item_id", "*"),
            ("upc", "*"),
            ("benefit_eligible", "*"),
            ("price", "*"),
            ("max_per_quarter", "*"),
        },
        False,
    ),
    (
        "Merchant category code table (clean): MCCs a benefit wallet allows",
        {
            "mcc": "5912",
            "description": "Drug Stores and Pharmacies",
            "wallet": "OTC",
            "allowed": True,
            "notes": "Also 5411 grocery for OTC-eligible UPCs only",
        },
        set(),
        {("mcc", "*"), ("description", "*"), ("wallet", "*"), ("allowed", "*"), ("notes", "*")},
        False,
    ),
    (
        "Grocery delivery order without health: bananas and milk, promo code, tip",
        {
            "order_id": "1091123344",
            "user": {"email": "m.haverford@icloud.com"},
            "delivery_address": "48 Brevoort Rd, Columbus, OH 43214",
            "items": ["Bananas", "2% Milk, 1 gal", "Whole wheat bread"],
            "delivery_window": "14:00-16:00",
            "promo_code": "WELCOME10",
            "tip": "5.00",
            "order_total": "23.47",
        },
        {("user.email", "EMAIL"), ("delivery_address", "LOCATION")},
        {
            ("order_id", "*"),
            ("items[0]", "*"),
            ("delivery_window", "*"),
            ("promo_code", "*"),
            ("tip", "*"),
            ("order_total", "*"),
        },
        False,
    ),
    (
        "Dietitian charting form (answers list): gestational diabetes, food allergy",
        {
            "client_id": "118204",
            "form": "Nutrition Assessment",
            "answers": [
                {"label": "Diagnosis", "answer": "Gestational diabetes"},
                {"label": "Height", "answer": "5'4\""},
                {"label": "Current weight", "answer": "182 lb"},
                {"label": "Food allergies", "answer": "Tree nuts"},
                {"label": "Goals", "answer": "Keep fasting glucose under 95"},
            ],
            "created_at": "2024-10-02T19:03:00Z",
        },
        {
            ("client_id", "OTHER_ID|MRN"),
            ("answers[0].answer", "HEALTH"),
            ("answers[3].answer", "HEALTH"),
        },
        {
            ("form", "*"),
            ("answers[1].answer", "*"),
            ("answers[2].answer", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Meals on Wheels-like client intake: age 91, diabetic mechanical soft diet",
        {
            "Client Name": "Ida Mae Thornton",
            "Age": "91",
            "Address": "315 E Mound St",
            "City": "Circleville",
            "Phone": "740-555-0121",
            "Emergency Contact": "Carl Thornton (son) 740-555-0188",
            "Diet": "Diabetic, mechanical soft",
            "Homebound": "Y",
            "Lives Alone": "Y",
            "Assessment Date": "09/26/2024",
            "Agency": "Pickaway County Meals on Wheels",
        },
        {
            ("Client Name", "NAME"),
            ("Age", "AGE_OVER_89"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Phone", "PHONE"),
            ("Emergency Contact", "NAME"),
            ("Emergency Contact", "PHONE"),
            ("Diet", "HEALTH"),
            ("Assessment Date", "DATE"),
        },
        {("Agency", "*"), ("Homebound", "*"), ("Lives Alone", "*")},
        True,
    ),
    (
        "SSBCI card load file: member id, load amount, chronic condition of eligibility",
        {
            "member_id": "H88312240",
            "card_proxy": "PX00918234",
            "wallet": "Healthy Foods",
            "load_amount": "75.00",
            "benefit_month": "2024-11",
            "ssbci_condition": "Diabetes mellitus",
            "file_date": "2024-10-25",
        },
        {("member_id", "HEALTH_PLAN_ID"), ("ssbci_condition", "HEALTH")},
        {
            ("wallet", "*"),
            ("load_amount", "*"),
            ("benefit_month", "*"),
            ("file_date", "*"),
        },
        True,
    ),
    (
        "Card decline log: MCC not allowed at a fuel station, last four, BIN",
        {
            "member_id": "W381177206",
            "card_last4": "4417",
            "bin": "531018",
            "mcc": "5541",
            "merchant": "Shell Oil 0423",
            "decline_reason": "MCC_NOT_ALLOWED",
            "amount": "42.10",
            "ts": "2024-10-06T22:14:09Z",
        },
        {("member_id", "HEALTH_PLAN_ID")},
        {
            ("card_last4", "*"),
            ("bin", "*"),
            ("mcc", "*"),
            ("merchant", "*"),
            ("decline_reason", "*"),
            ("amount", "*"),
            ("ts", "*"),
        },
        False,
    ),
    (
        "Driver app proof of delivery: the recipient, a gate code in the note, no diet",
        {
            "stop_id": "STP-20241008-0071",
            "route_id": "RT-CMH-09",
            "recipient": "Ruth Abernathy",
            "status": "DELIVERED",
            "delivered_at": "2024-10-08T11:42:10-04:00",
            "note": "Left in cooler by side door, gate code 2291",
            "photo": "pod/2024/10/08/STP-20241008-0071.jpg",
        },
        {("recipient", "NAME")},
        {("stop_id", "*"), ("route_id", "*"), ("status", "*"), ("note", "*"), ("photo", "*")},
        False,
    ),
    (
        "Referral fax OCR'd to text: MTM referral with DOB, ICD-10 and discharge date",
        {
            "fax_id": "FX-3318820",
            "pages": 2,
            "text": (
                "REFERRAL - MEDICALLY TAILORED MEALS\n"
                "Patient: Harold Jefferson   DOB: 02/14/1949\n"
                "Phone: (614) 555-0139\n"
                "Dx: I50.22 chronic systolic heart failure\n"
                "Discharge date: 10/04/2024   Diet: 2 g Na, cardiac\n"
                "Referring: OhioHealth Grant Medical Center, Case Mgmt"
            ),
            "received": "2024-10-04T16:55:00Z",
        },
        {("text", "NAME"), ("text", "DATE"), ("text", "PHONE"), ("text", "HEALTH")},
        {("fax_id", "*"), ("pages", "*"), ("received", "*")},
        True,
    ),
    (
        "Programme satisfaction survey: a member's kidney diet in her answer",
        {
            "response_id": "R_3fG8hK2LmN0pQ",
            "email": "dkessler44@gmail.com",
            "Q1_overall": "5",
            "Q2_fit_your_diet": "Great for my kidney diet, much less salty than what I cooked",
            "Q3_comments": "Driver was always on time",
            "recorded": "2024-10-20 18:40:12",
        },
        {("email", "EMAIL"), ("Q2_fit_your_diet", "HEALTH")},
        {("response_id", "*"), ("Q1_overall", "*"), ("Q3_comments", "*"), ("recorded", "*")},
        True,
    ),
    (
        "Promo code table (clean): a produce discount, its window and limits",
        {
            "promo_code": "PRODUCE25",
            "description": "25% off fresh produce for Produce Rx participants",
            "valid_from": "2024-10-01",
            "valid_to": "2024-12-31",
            "max_redemptions": 5000,
            "campaign_id": "cmp_8821",
        },
        set(),
        {
            ("promo_code", "*"),
            ("description", "*"),
            ("valid_from", "*"),
            ("valid_to", "*"),
            ("max_redemptions", "*"),
            ("campaign_id", "*"),
        },
        False,
    ),
    (
        "GA4 event on a meal vendor's site: renal meal plan selected, client id",
        {
            "event_name": "select_item",
            "user_pseudo_id": "1129384756.1727990012",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {"string_value": "https://www.freshstartmeals.com/meal-plans/renal"},
                },
                {"key": "item_name", "value": {"string_value": "Renal Meal Plan - 10 Meals"}},
            ],
            "event_timestamp": "1727990188000000",
        },
        {("user_pseudo_id", "ONLINE_ID"), ("event_params[1].value.string_value", "HEALTH")},
        {("event_timestamp", "*")},
        True,
    ),
    (
        "1115 HRSN service record: medically tailored meals, Medicaid id, Z-code",
        {
            "medicaid_id": "907761234512",
            "service": "Medically tailored home-delivered meal",
            "service_code": "HOP-FD-MTM",
            "units": 14,
            "service_date": "2024-10-07",
            "z_code": "Z59.41",
            "hso_id": "HSO-00412",
        },
        {
            ("medicaid_id", "HEALTH_PLAN_ID"),
            ("service_date", "DATE"),
            ("z_code", "HEALTH"),
        },
        {("service_code", "*"), ("units", "*"), ("hso_id", "*")},
        True,
    ),
    (
        "Warehouse pick list (clean): pick wave, SKUs, ship date, dock",
        {
            "warehouse": "WH-COL-1",
            "pick_wave": "W-1008-02",
            "sku": "PR-VEG-03",
            "description": "Low sodium vegetable medley tray",
            "qty": 240,
            "ship_date": "2024-10-08",
            "dock": "D4",
        },
        set(),
        {
            ("warehouse", "*"),
            ("pick_wave", "*"),
            ("sku", "*"),
            ("qty", "*"),
            ("ship_date", "*"),
            ("dock", "*"),
        },
        False,
    ),
    (
        "Complaint ticket: shellfish allergy, a wrong meal, the husband's EpiPen",
        {
            "ticket_id": "48213",
            "requester_email": "eleanor.vance@comcast.net",
            "subject": "Shrimp in my husband's delivery",
            "description": (
                "My husband Leonard Vance has a severe shellfish allergy and the 10/2 "
                "delivery had a shrimp dish labelled as chicken. He needed his EpiPen. "
                "Please fix his profile."
            ),
            "created_at": "2024-10-03T13:07:22Z",
        },
        {("requester_email", "EMAIL"), ("description", "NAME"), ("description", "HEALTH")},
        {("ticket_id", "*"), ("created_at", "*")},
        True,
    ),
    (
        "Meta CAPI purchase: a diabetic meal plan, hashed email and phone",
        {
            "event_name": "Purchase",
            "event_time": 1728050000,
            "user_data": {
                "em": [_sha("r.castellano@yahoo.com")],
                "ph": [_sha("16145550190")],
                "client_ip_address": "73.22.181.40",
            },
            "custom_data": {
                "currency": "USD",
                "value": 129.95,
                "content_name": "Diabetic Meal Plan - 14 Meals",
                "content_ids": ["MP-DIA-14"],
            },
        },
        {
            ("user_data.em[0]", "HASHED_ID"),
            ("user_data.ph[0]", "HASHED_ID"),
            ("user_data.client_ip_address", "IP_ADDRESS"),
            ("custom_data.content_name", "HEALTH"),
        },
        {
            ("event_time", "*"),
            ("custom_data.value", "*"),
            ("custom_data.content_ids[0]", "*"),
        },
        True,
    ),
    (
        "Dietitian caseload export (CSV): malnutrition risk, next visit",
        {
            "Dietitian": "Priya Natarajan, RDN",
            "Client": "Samuel Oyelaran",
            "MRN": "MR-5520981",
            "Referral Reason": "Malnutrition risk (MST 3), unintended weight loss",
            "Next Visit": "10/21/2024",
            "Visit Type": "Telehealth",
        },
        {
            ("Dietitian", "NAME"),
            ("Client", "NAME"),
            ("MRN", "MRN"),
            ("Referral Reason", "HEALTH"),
            ("Next Visit", "DATE"),
        },
        {("Visit Type", "*")},
        True,
    ),
]


_CLIENT_ID_WHY = (
    "a bare ``client_id`` is read as an analytics client id (ONLINE_ID), an identifier all "
    "the same, as tests/test_transport_and_social_care.py decided: the key cannot tell a "
    "vendor's client number from GA's ``client_id``"
)

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Texture-modified order (CSV): pureed for dysphagia, client id and DOB": (
        {("Client ID", "OTHER_ID|MRN|ONLINE_ID")},
        {("Client ID", "OTHER_ID|MRN")},
        set(),
        _CLIENT_ID_WHY,
    ),
    "Dietitian charting form (answers list): gestational diabetes, food allergy": (
        {("client_id", "OTHER_ID|MRN|ONLINE_ID")},
        {("client_id", "OTHER_ID|MRN")},
        set(),
        _CLIENT_ID_WHY,
    ),
    "Post-discharge referral from a hospital (CSV): discharge dx, diet order": (
        set(),
        {("Case Manager", "NAME")},
        set(),
        "a bare ``Case Manager`` column is left unscored by tests/test_rehab_therapy_clinics.py "
        "and tests/test_workers_comp_claims.py: it is a carrier's, a plan's or a programme's "
        "staff as often as a hospital's clinician, so the blind expectation was stricter "
        "than the project",
    ),
    "Medicaid waiver authorization for home-delivered meals: ICD-10 on the referral": (
        set(),
        {("Start Date", "DATE"), ("End Date", "DATE")},
        set(),
        "an authorization's approval window is neither expected nor forbidden in "
        "tests/test_pbm_prior_authorization.py, and a bare ``Start Date`` / ``End Date`` is "
        "a report's window to field_names (Meta's ``date_start``): the blind expectation "
        "was stricter than the project",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Benefit card programme BIN table (clean): BIN ranges, allowed MCCs, wallets": (
        {("effective", "DATE")},
        "a bare ``effective`` date stays a person's (a member's coverage in an eligibility "
        "file), as tests/test_senior_care.py, tests/test_retail_pharmacy.py and "
        "tests/test_transport_and_social_care.py left it; a BIN table has no code, fee or "
        "price column that would make it a table by the chunk shapes that exist",
    ),
    "Member profile JSON: allergens and a celiac diet on a meal account": (
        {("allergens[0]", "HEALTH")},
        "a bare ``allergens`` list is a food label's (a product's \"milk, soy\"), as "
        "detectors/health_fields.py's ALLERGY_LISTS decided; here the person is in a "
        "``customer`` object apart from the list, so no sibling says whose allergens they "
        "are (the row is PHI by its celiac diet)",
    ),
    "Programme report row (health, no identifier): CHF meals by county and quarter": (
        set(),
        "a county is a report's dimension as often, but aggregate reports keep their "
        "geography found (detectors/aggregate_reports.py), and the BI probe decided an "
        "aggregate by area and condition is PHI: the blind verdict (not PHI) was looser "
        "than the project",
    ),
    "MA plan eligibility file to the meal vendor: subscriber, qualifying event": (
        {("Benefit Start", "DATE"), ("Benefit End", "DATE")},
        "a compact ``20241004`` is a date only in a person-date field (birth, admission, "
        "discharge), and a benefit's start is not one by its words (a plan's benefit starts "
        "too), as tests/test_eligibility_files.py left its ``BEN_BEGIN_DT`` (the row is PHI "
        "by its subscriber id, name, birth date and qualifying event)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_medically_tailored_meals_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decisions applied): a change that loses recall or precision
#: on food-as-medicine and benefit-card exports fails here. Before the work, blind: SHAPES
#: 7 misses / 3 false / 10 wrong of 32, HELD_OUT 4 / 0 / 2 of 10.
FLOORS = ShapeTotals(expected=140, misses=3, false=1, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
