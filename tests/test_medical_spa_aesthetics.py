"""Medical spas and aesthetics practices' exports.

A blind probe, written by hand before reading the detectors: what a med spa's and an
aesthetics practice's booking, CRM and charting tools export. Appointment exports
(Boulevard-, Zenoti- and Mindbody-like: client, email, mobile, the service booked
"Botox - Forehead Lines", "Lip Filler 1 syringe", "CoolSculpting abdomen", a semaglutide
weight-loss consult, the provider "Jenna Ruiz, RN"); an injector's treatment records
(neurotoxin units by area, the product's lot and expiry, before/after photo ids) and an
AestheticsPro-like injectables log; a laser hair removal log with its settings; a
PatientNow-like procedure note with an NPI and ``Z41.1``; a Nextech-like patient list;
intake and medical-history forms (pregnant or breastfeeding, cold sores, keloids, blood
thinners, Accutane in the last 6 months) as a CSV of questions and as an app's JSON of
booleans; membership and package ledgers (Beauty Bank balance, card last four, package
redemptions); a consent form with a typed signature and the date signed; review requests,
SMS reminders and a client's reply, a confirmation e-mail's merge fields; Meta lead ads
from Instagram ("Which treatment are you interested in?"), a HubSpot-like contact, a GA4
lead event, an abandoned online booking; a Stripe-like charge; a weight-loss programme's
weekly check-in. With the clean rows around them: a service menu with prices and
durations, product inventory (Juvederm lots, expiry dates, SKUs), provider schedules
(room, shift times), promotions ("20% off Dysport in March"), membership tier
definitions, daily sales summaries, commission rules, a booking widget's settings, a
laser's equipment log, appointment-type definitions, an anonymous quiz, a published
before/after gallery case; and identified rows without health (a gift card, a facial and
brow booking, a client list, a referral reward, a membership draft).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it names but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Medical aesthetics is health care** (tests/test_elective_care.py and
  tests/test_dermatology_allergy.py decided it): a neurotoxin (Botox, Dysport, Xeomin), a
  filler (Juvederm, Restylane, Sculptra), CoolSculpting, Kybella, Morpheus8, microneedling,
  laser hair removal, IV therapy and a semaglutide weight-loss consult booked by, sold to or
  charted for a named person are PROCEDURE or MEDICATION: the row is PHI. The same words
  in a menu, an inventory, a promotion, a tier definition or a sales summary name nobody:
  expected or allowed as health words, never identifiers, not PHI.
- **Esthetician and salon services are not health**: a facial, a brow wax and tint, a
  lash lift, a spray tan. A client booked only for those is identified, not PHI.
- **An intake answer**: a condition or a drug written in a free-text answer (``Eliquis 5
  mg``, ``Lupus (SLE)``, ``takes Xarelto for AFib``) is health. A ``true`` under a key
  that names a condition (``cold_sore_history``) is the person's condition, as the GLP-1
  probe decided for a ticked comorbidity: HEALTH. A ``No`` or ``false`` says the person
  does not have it: no health finding in that cell. A ``Yes`` under a question in a CSV
  column is neither expected nor forbidden.
- **Numbers of the trade are never identifiers**: units, syringes, vials, cycles, the
  product's lot number and its expiry (the batch's, shared by many clients), a SKU, laser
  fluence, spot size and pulse width, a Fitzpatrick type, prices, balances, commission
  percentages, durations, ratings.
- **Ids**: a booking or CRM system's client id (``Client ID``, Zenoti ``Guest Code``,
  HubSpot ``Record ID``) is the person's (``OTHER_ID|ACCOUNT_NUMBER|MRN|ONLINE_ID``); an EMR's
  patient number and MRN are ``MRN|OTHER_ID|ACCOUNT_NUMBER``; a Meta lead id is the
  person's (tests/test_lead_generation.py); a GA4 ``user_pseudo_id`` is ONLINE_ID; a
  weight-loss programme's member id is the practice's record of the person
  (``OTHER_ID|ACCOUNT_NUMBER|MRN``, not a health plan's). A provider's NPI is
  ``OTHER_ID|LICENSE_NUMBER``. Appointment, invoice, charge, message, photo, cart, form
  submission, promotion, tier, template, location and package catalog ids, a form's
  version, a gift card's code (left unscored, as the chiropractic probe did) and a
  device's serial in the practice's equipment log (the practice's machine, as the imaging
  probe decided for scanners) are not the person's.
- **A card's brand and last four digits and its expiry are no finding** (the
  chiropractic, claims and research probes); a Beauty Bank balance is an amount.
- **A person's dates are DATE**: birth (also a birthday), an appointment's date and start
  (in an export, a reminder's text, a confirmation's merge fields, a booking cart's
  chosen slot), a treatment's, a photo's capture day of the person's treatment, a package
  redemption (the visit it was used on), a last appointment, the day a consent was signed
  (the behavioural-health probe's ``signed_date``). The practice's and the system's are
  not: a message's sent or received time, a record's create date, a charge's epoch, a
  report's day, a promotion's window, a rule's effective date, a product's expiry, an
  equipment's service date, a gallery's publication day, a staff shift's date, a gift
  card's issue date. A membership's next draft and its member-since date are left
  unscored (the elective probe left a membership's billing dates unstated). Clock times
  alone (``9:00``, ``3:30 PM``) are never findings.
- **Clinicians are reported as the project reports them**: an injector, a nurse
  practitioner, a witness to a consent, a physician on a consult, a laser technician on a
  treatment log are NAME. A staff first name alone ("Kayla", "Jenna R.") is left unscored.
  A provider schedule names staff and no health: identified, not PHI.
- **A person's name in a message's text is NAME** ("Hi Ashley!", "its Lauren"); a
  clinician's first name in a review's text is left unscored.
- **The practice's places and lines are not the client's**: a location's name, a
  reminder's sender number, the inbound text's receiving number, a booking widget's time
  zone. A client's address, city and ZIP are LOCATION / ZIP_CODE; a US state alone is
  nothing; GA4's ``geo`` is left unscored.
- **A page URL** of a treatment page in a GA4 lead event is left unscored (the project
  reads page URLs inside; this probe does not test it).
- **Aggregates and catalogs name nobody**: a daily sales summary's units and revenue, a
  tier's perks, a gallery case (case id, age band) published without a name.

After reading the detectors no blind expectation was changed; three rows were wider or
stricter than decisions the project had made and are narrowed on top (:data:`_DECIDED`):
a ``Staff`` column is the workforce (detectors/staff.py), titled or not; a visit's and an
encounter's id are the person's record id; a nested ``provider.name`` stays unread (the
calls-and-scheduling probe); a bare ``member_id`` is a health plan's. What the work built,
each with its unit test: the history of a condition keyed with the condition first
(``cold_sore_history`` = ``true``, ``keloid_hx`` = "Yes": detectors/grid_answers.py);
a med spa's ``Injector``, ``Nurse Injector``, ``Technician``, ``Laser Tech`` and
``Esthetician`` columns as the treating clinician's name, a refer-a-friend export's
``Referred Friend``, and Zenoti's nested ``guest`` object (``guest.name``,
``guest.code``, ``guest.id``, at the top or under a booking) as the client's name and
record id (detectors/field_names.py); a new module of a practice's shop,
detectors/practice_retail.py: a gift card's issue and expiry, a promotion's window and a
commission plan's dates are theirs, and a ``Referrer`` beside the referrer's own client
id, email or phone is a person (it closed the elective-care probe's open
``referrer_name`` row); a point-of-sale day summary's ``Avg Ticket``, ``New Clients`` and
``Rebook Rate`` as an aggregate's measures (detectors/aggregate_reports.py); an aesthetic
device's ``Applicator`` or ``Handpiece`` as an equipment log's column, whose serial and
service dates are the practice's machine's (detectors/chunk_profiles.py); and 34
vocabulary terms (Morpheus8, RF and PRP microneedling, Ultherapy, Sofwave, Emsculpt,
SculpSure, Fraxel, CO2 laser, IPL photofacial, PDO thread lifts, cheek, chin, jawline,
tear-trough and under-eye filler, lip flip, Belotero, IV hydration, Myers cocktail,
lipotropic and B12 injections, BHRT and hormone pellets; esthetician services and bare
"filler", "tox", "NAD", "IPL", "BBL" stay out). From HELD_OUT, by rules that generalise:
a review request's ``Invite Sent`` is the sender's clock (detectors/dates.py's off-person
word ``sent``), and a message log without a ``direction`` says its organisation's end by
a status only one direction has (Twilio's ``delivered``, ``received``:
detectors/message_direction.py). One record is left open (:data:`LEFT_ALONE`), from
HELD_OUT: an abandoned booking cart's ``startTime``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 84
pairs), blind 10 / 8 / 13; after the work 3 / 2 / 3 as written, 0 / 0 / 0 with the
decisions. HELD_OUT (10 records, 50 pairs), blind before any work 1 / 2 / 3; scored once
after the work on SHAPES: 1 / 2 / 3 (none of the SHAPES rules reached it); after the two
rules that generalise (``sent``, a delivery status's direction) 1 / 0 / 1, left open.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for codes and words that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)
CLIENT_NO = "OTHER_ID|ACCOUNT_NUMBER|MRN|ONLINE_ID"
PATIENT_NO = "MRN|OTHER_ID|ACCOUNT_NUMBER"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Boulevard-like appointments export (CSV): Botox forehead lines with an RN injector",
        {
            "Appointment ID": "8f2c41d7-63b0-4e8a-9d15-2a7c0e9b4f13",
            "Client Name": "Ashley Nguyen",
            "Client Email": "ashley.nguyen92@gmail.com",
            "Client Phone": "(480) 318-2264",
            "Appointment Date": "2024-11-14",
            "Start Time": "10:30 AM",
            "Service": "Botox - Forehead Lines",
            "Provider": "Jenna Ruiz, RN",
            "Location": "Glow Med Spa - Old Town",
            "Status": "Confirmed",
            "Booked Online": "Yes",
        },
        {
            ("Client Name", "NAME"),
            ("Client Email", "EMAIL"),
            ("Client Phone", "PHONE"),
            ("Appointment Date", "DATE"),
            ("Service", "HEALTH"),
            ("Provider", "NAME"),
        },
        {
            ("Appointment ID", "*"),
            ("Start Time", "*"),
            ("Location", "*"),
            ("Status", "*"),
            ("Booked Online", "*"),
        },
        True,
    ),
    (
        "Zenoti-like treatment record (JSON): Dysport units by area, lot, before/after photos",
        {
            "guest": {"code": "GOT004817", "name": "Ashley Nguyen"},
            "treatmentDate": "2024-11-14",
            "injector": "Marisol Vega, NP",
            "product": "Dysport",
            "lotNumber": "C7213A2",
            "expiry": "2025-09-30",
            "unitsByArea": {"glabella": 50, "forehead": 20, "crowsFeet": 30},
            "totalUnits": 100,
            "photos": [
                {"photoId": "ph_8c1f2a9e77", "stage": "before", "angle": "front"},
                {"photoId": "ph_8c1f2a9e78", "stage": "after", "angle": "front"},
            ],
        },
        {
            ("guest.code", CLIENT_NO),
            ("guest.name", "NAME"),
            ("treatmentDate", "DATE"),
            ("injector", "NAME"),
            ("product", "HEALTH"),
        },
        {
            ("lotNumber", "*"),
            ("expiry", "*"),
            ("unitsByArea.glabella", "*"),
            ("unitsByArea.forehead", "*"),
            ("unitsByArea.crowsFeet", "*"),
            ("totalUnits", "*"),
            ("photos[0].photoId", "*"),
            ("photos[1].photoId", "*"),
            ("photos[0].angle", "*"),
        },
        True,
    ),
    (
        "AestheticsPro-like medical history intake (CSV): contraindication questions",
        {
            "Client": "Denise Ramirez",
            "Date of Birth": "08/03/1979",
            "Are you pregnant or breastfeeding?": "No",
            "History of cold sores?": "Yes",
            "Do you form keloid scars?": "No",
            "Are you taking blood thinners?": "Yes",
            "Have you taken Accutane in the last 6 months?": "No",
            "Current Medications": "Eliquis 5 mg twice daily, levothyroxine 75 mcg",
            "Allergies": "Lidocaine, latex",
            "Emergency Contact": "Luis Ramirez (602) 441-7093",
        },
        {
            ("Client", "NAME"),
            ("Date of Birth", "DATE"),
            ("Current Medications", "HEALTH"),
            ("Allergies", "HEALTH"),
            ("Emergency Contact", "NAME"),
            ("Emergency Contact", "PHONE"),
        },
        {
            ("Are you pregnant or breastfeeding?", "*"),
            ("Do you form keloid scars?", "*"),
            ("Have you taken Accutane in the last 6 months?", "*"),
        },
        True,
    ),
    (
        "SMS appointment reminder (Twilio-like message log): lip filler with Jenna",
        {
            "Sid": "SM4f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "From": "+14805550100",
            "To": "+14803182264",
            "Body": "Hi Ashley! Reminder: your Lip Filler (1 syringe) appointment with Jenna "
            "is Thu 3/14 at 2:00 PM at Glow Med Spa. Reply C to confirm or R to reschedule.",
            "Status": "delivered",
            "DateSent": "Tue, 12 Mar 2024 17:00:04 +0000",
            "NumSegments": "2",
        },
        {("To", "PHONE"), ("Body", "NAME"), ("Body", "HEALTH"), ("Body", "DATE")},
        {
            ("Sid", "*"),
            ("From", "*"),
            ("Status", "*"),
            ("DateSent", "*"),
            ("NumSegments", "*"),
        },
        True,
    ),
    (
        "Service menu (clean): lip filler, price, duration, service code",
        {
            "Service Code": "INJ-LIP-1",
            "Service Name": "Lip Filler - 1 Syringe (Juvederm Ultra XC)",
            "Category": "Injectables",
            "Duration": "45 min",
            "Price": "$725.00",
            "Deposit Required": "$50.00",
            "Bookable Online": "Yes",
        },
        set(),
        {
            ("Service Code", "*"),
            ("Service Name", ANY_ID),
            ("Category", ANY_ID),
            ("Duration", "*"),
            ("Price", "*"),
            ("Deposit Required", "*"),
        },
        False,
    ),
    (
        "Membership ledger (identified, no health): Beauty Bank balance, card last four",
        {
            "Client ID": "100048213",
            "Client": "Ramirez, Denise",
            "Membership": "Beauty Bank - Gold",
            "Monthly Draft": "$199.00",
            "Beauty Bank Balance": "$1,245.00",
            "Card Last 4": "4242",
            "Card Exp": "09/27",
            "Member Since": "03/15/2023",
            "Next Draft Date": "12/01/2024",
            "Status": "Active",
        },
        {("Client ID", CLIENT_NO), ("Client", "NAME")},
        {
            ("Membership", "*"),
            ("Monthly Draft", "*"),
            ("Beauty Bank Balance", "*"),
            ("Card Last 4", "*"),
            ("Card Exp", "*"),
            ("Status", "*"),
        },
        False,
    ),
    (
        "Meta lead ads CSV download (Instagram): which treatment are you interested in",
        {
            "id": "l:1182736450091234",
            "created_time": "2024-11-02T19:41:07-07:00",
            "ad_id": "ag:120210993847760512",
            "ad_name": "CoolSculpting Holiday - Reel 2",
            "campaign_name": "Body Contouring Q4",
            "form_id": "f:884120993327741",
            "is_organic": "false",
            "platform": "ig",
            "which_treatment_are_you_interested_in?": "coolsculpting_(fat_reduction)",
            "full_name": "Megan Cole",
            "email": "megcole.az@yahoo.com",
            "phone_number": "p:+16027719345",
            "lead_status": "CREATED",
        },
        {
            ("id", "OTHER_ID|ONLINE_ID|ACCOUNT_NUMBER"),
            ("which_treatment_are_you_interested_in?", "HEALTH"),
            ("full_name", "NAME"),
            ("email", "EMAIL"),
            ("phone_number", "PHONE"),
        },
        {
            ("created_time", "*"),
            ("ad_id", "*"),
            ("ad_name", ANY_ID),
            ("campaign_name", ANY_ID),
            ("form_id", "*"),
            ("is_organic", "*"),
            ("platform", "*"),
            ("lead_status", "*"),
        },
        True,
    ),
    (
        "Filler consent form (e-form fields): typed signature, date signed, RN witness",
        {
            "Submission ID": "5904418827331290114",
            "Form Version": "FIL-CONSENT v3.2",
            "Patient Name": "Ashley Nguyen",
            "Date of Birth": "1992-06-21",
            "Procedure": "Dermal Filler - Lips and Nasolabial Folds",
            "Risks Acknowledged": "Bruising, swelling, asymmetry, infection, vascular "
            "occlusion, blindness (rare)",
            "Patient Initials": "AN",
            "Patient Signature": "Ashley Nguyen",
            "Date Signed": "03/14/2024",
            "Witness": "Jenna Ruiz, RN",
        },
        {
            ("Patient Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Procedure", "HEALTH"),
            ("Patient Signature", "NAME"),
            ("Date Signed", "DATE"),
            ("Witness", "NAME"),
        },
        {("Submission ID", "*"), ("Form Version", "*")},
        True,
    ),
    (
        "Product inventory (clean): Juvederm Voluma lot, expiry, SKU, on hand",
        {
            "Product": "Juvederm Voluma XC 1mL",
            "SKU": "94402JR",
            "Lot Number": "VB20K50931",
            "Expiration Date": "2026-04-30",
            "On Hand": "14",
            "Reorder Point": "6",
            "Unit Cost": "$320.00",
            "Supplier": "Allergan Aesthetics",
            "Storage": "Fridge B - Shelf 2",
        },
        set(),
        {
            ("Product", ANY_ID),
            ("SKU", "*"),
            ("Lot Number", "*"),
            ("Expiration Date", "*"),
            ("On Hand", "*"),
            ("Reorder Point", "*"),
            ("Unit Cost", "*"),
            ("Supplier", "*"),
            ("Storage", "*"),
        },
        False,
    ),
    (
        "Provider schedule (identified staff, no health): room, shift times",
        {
            "Provider": "Jenna Ruiz, RN",
            "Role": "Nurse Injector",
            "Shift Date": "2024-11-18",
            "Shift Start": "09:00",
            "Shift End": "17:30",
            "Room": "Treatment Room 2",
            "Location": "Old Town",
        },
        {("Provider", "NAME")},
        {
            ("Role", ANY_ID),
            ("Shift Date", "*"),
            ("Shift Start", "*"),
            ("Shift End", "*"),
            ("Room", "*"),
            ("Location", "*"),
        },
        False,
    ),
    (
        "Promotion (clean): 20% off Dysport in March, promo code and window",
        {
            "promo_id": "PRM-2025-031",
            "promo_name": "March Dysport Days",
            "description": "20% off Dysport in March - minimum 50 units",
            "promo_code": "DYS20MAR",
            "starts": "2025-03-01",
            "ends": "2025-03-31",
            "eligible_services": ["Dysport - per unit"],
            "max_redemptions": 200,
        },
        set(),
        {
            ("promo_id", "*"),
            ("promo_name", ANY_ID),
            ("description", ANY_ID),
            ("promo_code", "*"),
            ("starts", "*"),
            ("ends", "*"),
            ("eligible_services[0]", ANY_ID),
            ("max_redemptions", "*"),
        },
        False,
    ),
    (
        "Nextech-like patient list: procedures of interest, address, last appointment",
        {
            "Patient #": "004817",
            "Last Name": "Okafor",
            "First Name": "Chidinma",
            "Birth Date": "11/29/1971",
            "Home Phone": "(602) 955-3148",
            "Address": "3821 N Miller Rd Apt 214",
            "City": "Scottsdale",
            "State": "AZ",
            "Zip": "85251",
            "Referral Source": "Instagram",
            "Last Appt": "10/22/2024",
            "Procedures of Interest": "Upper blepharoplasty consult; Morpheus8",
        },
        {
            ("Patient #", PATIENT_NO),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("Birth Date", "DATE"),
            ("Home Phone", "PHONE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Last Appt", "DATE"),
            ("Procedures of Interest", "HEALTH"),
        },
        {("State", "*"), ("Referral Source", "*")},
        True,
    ),
    (
        "Membership tier definitions (clean): perks name Botox and filler",
        {
            "tier_id": "TIER-GOLD",
            "tier_name": "Glow Gold",
            "monthly_price": "$199.00",
            "perks": "Monthly HydraFacial or 20 units of Botox; 15% off filler",
            "rollover": "Unused credits roll over for 3 months",
            "min_term_months": 6,
        },
        set(),
        {
            ("tier_id", "*"),
            ("tier_name", "*"),
            ("monthly_price", "*"),
            ("perks", ANY_ID),
            ("rollover", "*"),
            ("min_term_months", "*"),
        },
        False,
    ),
    (
        "Daily sales summary (clean): revenue, Botox units, filler syringes, new clients",
        {
            "Date": "2024-11-18",
            "Location": "Old Town",
            "Service Revenue": "$18,420.00",
            "Retail Revenue": "$1,365.50",
            "Botox Units": "412",
            "Filler Syringes": "19",
            "Tickets": "63",
            "Avg Ticket": "$314.05",
            "New Clients": "11",
        },
        set(),
        {
            ("Date", "*"),
            ("Location", "*"),
            ("Service Revenue", "*"),
            ("Retail Revenue", "*"),
            ("Botox Units", "*"),
            ("Filler Syringes", "*"),
            ("Tickets", "*"),
            ("Avg Ticket", "*"),
            ("New Clients", "*"),
        },
        False,
    ),
    (
        "Mindbody-like visits export: semaglutide weight loss consult with a physician",
        {
            "Client ID": "100004821",
            "Client": "Ramirez, Denise",
            "Visit Date": "11/19/2024",
            "Visit Time": "4:15 PM",
            "Visit Type": "Semaglutide Weight Loss Consult",
            "Staff": "Dr. Kevin Park",
            "Pricing Option": "Intro Consult - Comp",
            "Location": "Glow Med Spa - Old Town",
            "Visit ID": "2284471",
        },
        {
            ("Client ID", CLIENT_NO),
            ("Client", "NAME"),
            ("Visit Date", "DATE"),
            ("Visit Type", "HEALTH"),
            ("Staff", "NAME"),
        },
        {
            ("Visit Time", "*"),
            ("Pricing Option", ANY_ID),
            ("Location", "*"),
            ("Visit ID", "*"),
        },
        True,
    ),
    (
        "Podium-like review request export: a client's review of a lip filler",
        {
            "Customer Name": "Tyler Brooks",
            "Phone": "+14809271546",
            "Location": "Glow Med Spa - Old Town",
            "Invite Sent": "2024-11-20 16:05",
            "Status": "Reviewed",
            "Platform": "Google",
            "Rating": "5",
            "Review": "Marisol was amazing, my lip filler looks so natural and the swelling "
            "was gone in 2 days!",
        },
        {("Customer Name", "NAME"), ("Phone", "PHONE"), ("Review", "HEALTH")},
        {
            ("Location", "*"),
            ("Invite Sent", "*"),
            ("Status", "*"),
            ("Platform", "*"),
            ("Rating", "*"),
        },
        True,
    ),
    (
        "AestheticsPro-like photo gallery export: before photo of a lip filler",
        {
            "Client": "Ashley Nguyen",
            "Client ID": "AP-22817",
            "Photo ID": "IMG-7f3e2a91",
            "Taken": "2024-03-14",
            "Stage": "Before",
            "Angle": "Left 45",
            "Treatment": "Lip Filler",
            "File": "ap_22817_20240314_before_l45.jpg",
        },
        {
            ("Client", "NAME"),
            ("Client ID", CLIENT_NO),
            ("Taken", "DATE"),
            ("Treatment", "HEALTH"),
        },
        {("Photo ID", "*"), ("Stage", "*"), ("Angle", "*")},
        True,
    ),
    (
        "Gift card sale (identified, no health): purchaser, recipient, code",
        {
            "Gift Card Code": "GC-8H2K-4QZP",
            "Amount": "$250.00",
            "Purchaser Name": "Brandon Hale",
            "Purchaser Email": "bhale@outlook.com",
            "Recipient Name": "Kelsey Hale",
            "Message": "Happy birthday babe! Treat yourself",
            "Issued": "2024-11-29",
            "Balance": "$250.00",
        },
        {("Purchaser Name", "NAME"), ("Purchaser Email", "EMAIL"), ("Recipient Name", "NAME")},
        {("Amount", "*"), ("Issued", "*"), ("Balance", "*"), ("Message", "HEALTH")},
        False,
    ),
    (
        "Esthetician booking (identified, no health): signature facial and brow wax",
        {
            "Client": "Morgan Ellis",
            "Mobile": "(480) 726-0195",
            "Services": "Signature Facial; Brow Wax & Tint",
            "Date": "2024-11-21",
            "Time": "1:00 PM",
            "Esthetician": "Kayla",
            "Total": "$145.00",
        },
        {("Client", "NAME"), ("Mobile", "PHONE"), ("Date", "DATE")},
        {("Services", "*"), ("Time", "*"), ("Total", "*")},
        False,
    ),
    (
        "Zenoti-like package redemption: CoolSculpting abdomen, cycles used, NP",
        {
            "Guest Name": "Chidinma Okafor",
            "Guest Code": "GOT005532",
            "Package": "CoolSculpting Abdomen - 4 Cycles",
            "Redeemed On": "11/08/2024",
            "Cycles Used": "2",
            "Cycles Remaining": "2",
            "Provider": "Marisol Vega, NP",
            "Invoice No": "INV-OT-220817",
        },
        {
            ("Guest Name", "NAME"),
            ("Guest Code", CLIENT_NO),
            ("Package", "HEALTH"),
            ("Redeemed On", "DATE"),
            ("Provider", "NAME"),
        },
        {("Cycles Used", "*"), ("Cycles Remaining", "*"), ("Invoice No", "*")},
        True,
    ),
    (
        "Stripe-like charge (JSON): Morpheus8 package, billing details, card last four",
        {
            "id": "ch_3QNxk2LkdIwHu7ix0r8BvT4m",
            "object": "charge",
            "amount": 240000,
            "currency": "usd",
            "created": 1732047600,
            "description": "Morpheus8 - Face & Neck (3 sessions)",
            "billing_details": {
                "name": "Denise Ramirez",
                "email": "denise.ramirez79@gmail.com",
                "phone": "+16024417021",
                "address": {"postal_code": "85254", "country": "US"},
            },
            "payment_method_details": {
                "card": {"brand": "visa", "last4": "4242", "exp_month": 9, "exp_year": 2027}
            },
            "receipt_number": "1874-2291",
        },
        {
            ("description", "HEALTH"),
            ("billing_details.name", "NAME"),
            ("billing_details.email", "EMAIL"),
            ("billing_details.phone", "PHONE"),
            ("billing_details.address.postal_code", "ZIP_CODE"),
        },
        {
            ("id", "*"),
            ("amount", "*"),
            ("created", "*"),
            ("payment_method_details.card.last4", "*"),
            ("payment_method_details.card.exp_month", "*"),
            ("payment_method_details.card.exp_year", "*"),
            ("receipt_number", "*"),
        },
        True,
    ),
    (
        "Two-way text inbound (client reply): eyelid drooping after Botox",
        {
            "message_id": "msg_01HD7K3W9YQ2",
            "direction": "inbound",
            "from": "+16023854417",
            "to": "+14805550100",
            "body": "hi its Lauren, my left eyelid is drooping a bit since my botox on "
            "monday, is that normal??",
            "received_at": "2024-11-20T22:14:51Z",
        },
        {("from", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("message_id", "*"), ("to", "*"), ("received_at", "*"), ("direction", "*")},
        True,
    ),
    (
        "PatientNow-like procedure note (JSON): Sculptra temples, NP with NPI, Z41.1",
        {
            "patient": {"mrn": "PN-0051138", "name": "Chidinma Okafor", "dob": "1971-11-29"},
            "encounterDate": "2024-10-22",
            "provider": {"name": "Marisol Vega, NP", "npi": "1629384756"},
            "diagnosisCode": "Z41.1",
            "procedure": "Sculptra Aesthetic - temples, 2 vials",
            "note": "2 vials reconstituted with 8 mL sterile water + 1 mL lidocaine. "
            "No complications. Follow up in 6 weeks.",
            "encounterId": "ENC-88120",
        },
        {
            ("patient.mrn", PATIENT_NO),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("encounterDate", "DATE"),
            ("provider.name", "NAME"),
            ("provider.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("diagnosisCode", "HEALTH"),
            ("procedure", "HEALTH"),
            ("note", "HEALTH"),
        },
        {("encounterId", "*")},
        True,
    ),
    (
        "AestheticsPro-like injectables log (CSV): Xeomin glabella units, lot, injector",
        {
            "Date": "10/30/2024",
            "Client": "Megan Cole",
            "Product": "Xeomin",
            "Area": "Glabella",
            "Units": "20",
            "Lot #": "A123B4",
            "Exp": "08/2026",
            "Injector": "Jenna Ruiz, RN",
        },
        {("Date", "DATE"), ("Client", "NAME"), ("Product", "HEALTH"), ("Injector", "NAME")},
        {("Area", ANY_ID), ("Units", "*"), ("Lot #", "*"), ("Exp", "*")},
        True,
    ),
    (
        "GA4 BigQuery event: a consultation lead for semaglutide from the med spa site",
        {
            "event_date": "20241119",
            "event_timestamp": "1732050122418004",
            "event_name": "generate_lead",
            "user_pseudo_id": "1839204711.1731950022",
            "event_params": [
                {"key": "form_name", "value": {"string_value": "Free Consultation"}},
                {
                    "key": "treatment_interest",
                    "value": {"string_value": "Semaglutide Weight Loss"},
                },
                {"key": "ga_session_id", "value": {"int_value": 1732049877}},
            ],
            "geo": {"city": "Scottsdale", "region": "Arizona", "country": "United States"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_name", "*"),
            ("event_params[0].value.string_value", "*"),
        },
        True,
    ),
    (
        "HubSpot-like contact export: treatment interest laser hair removal, microneedling",
        {
            "Record ID": "51873320144",
            "First Name": "Priya",
            "Last Name": "Raman",
            "Email": "priya.raman@outlook.com",
            "Phone Number": "+1 (480) 662-1907",
            "Lifecycle Stage": "Lead",
            "Treatment Interest": "Laser Hair Removal; Microneedling",
            "Original Source": "Paid Social",
            "Create Date": "2024-11-02 14:22",
        },
        {
            ("Record ID", CLIENT_NO),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone Number", "PHONE"),
            ("Treatment Interest", "HEALTH"),
        },
        {("Lifecycle Stage", "*"), ("Original Source", "*"), ("Create Date", "*")},
        True,
    ),
    (
        "Online pre-screen (app JSON): contraindication booleans and conditions",
        {
            "client_email": "lauren.pike@icloud.com",
            "submitted_at": "2024-11-12T03:18:40Z",
            "answers": {
                "pregnant_or_breastfeeding": False,
                "cold_sore_history": True,
                "keloid_history": False,
                "on_blood_thinners": True,
                "accutane_last_6_months": False,
                "autoimmune_condition": "Lupus (SLE)",
                "notes": "takes Xarelto for AFib",
            },
        },
        {
            ("client_email", "EMAIL"),
            ("answers.cold_sore_history", "HEALTH"),
            ("answers.autoimmune_condition", "HEALTH"),
            ("answers.notes", "HEALTH"),
        },
        {
            ("submitted_at", "*"),
            ("answers.pregnant_or_breastfeeding", "*"),
            ("answers.keloid_history", "*"),
            ("answers.accutane_last_6_months", "*"),
        },
        True,
    ),
    (
        "Mindbody-like client list (identified, no health): birthday, home location",
        {
            "Client ID": "100051904",
            "First Name": "Lauren",
            "Last Name": "Pike",
            "Email": "lauren.pike@icloud.com",
            "Mobile Phone": "(602) 385-4417",
            "Birthday": "07/22/1990",
            "Home Location": "Glow Med Spa - Old Town",
            "Client Since": "01/06/2022",
            "Send Promotional Emails": "True",
        },
        {
            ("Client ID", CLIENT_NO),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Mobile Phone", "PHONE"),
            ("Birthday", "DATE"),
        },
        {("Home Location", "*"), ("Send Promotional Emails", "*")},
        False,
    ),
    (
        "Injector commission rules (clean config): neurotoxins, percent, effective date",
        {
            "rule_id": "COMM-RN-04",
            "role": "RN Injector",
            "commission_pct": 12,
            "per_unit_bonus": 0.5,
            "applies_to": ["Botox", "Dysport", "Xeomin"],
            "effective": "2025-01-01",
            "version": "4.2.0",
        },
        set(),
        {
            ("rule_id", "*"),
            ("role", ANY_ID),
            ("commission_pct", "*"),
            ("per_unit_bonus", "*"),
            ("applies_to[0]", ANY_ID),
            ("effective", "*"),
            ("version", "*"),
        },
        False,
    ),
    (
        "Booking widget settings (clean config): deposit policy, ids, time zone",
        {
            "business_id": "b7c1e0a4-2f5d-4a8e-93c2-6d1f0e7a5b28",
            "location_id": "LOC-0042",
            "services_enabled": ["Botox", "Lip Filler", "HydraFacial"],
            "deposit_policy": "$50 deposit required for all injectable appointments",
            "cancellation_window_hours": 24,
            "timezone": "America/Phoenix",
            "widget_version": "3.18.2",
        },
        set(),
        {
            ("business_id", "*"),
            ("location_id", "*"),
            ("services_enabled[0]", ANY_ID),
            ("deposit_policy", ANY_ID),
            ("cancellation_window_hours", "*"),
            ("timezone", "*"),
            ("widget_version", "*"),
        },
        False,
    ),
    (
        "Late-cancel fee (Boulevard-like): Kybella appointment, card last four",
        {
            "Client": "Tyler Brooks",
            "Appointment": "Kybella - Submental (double chin)",
            "Scheduled For": "2024-12-03 11:00",
            "Cancelled At": "2024-12-02 21:47:13",
            "Reason": "Client cancelled inside 24 hours",
            "Fee Charged": "$50.00",
            "Card": "Mastercard ending 8810",
        },
        {("Client", "NAME"), ("Appointment", "HEALTH"), ("Scheduled For", "DATE")},
        {("Reason", "*"), ("Fee Charged", "*"), ("Card", "*")},
        True,
    ),
    (
        "Confirmation e-mail (Mandrill-like send log): NAD+ IV therapy, merge fields",
        {
            "_id": "8b3f0c2a91d44e7ab1c5d0e9f3a27b64",
            "email": "chris.delgado@gmail.com",
            "subject": "Your NAD+ IV Therapy appointment is confirmed",
            "template": "appt-confirm-v2",
            "ts": 1732824000,
            "state": "sent",
            "merge_vars": {
                "FNAME": "Chris",
                "APPT_DATE": "December 5, 2024",
                "APPT_TIME": "3:30 PM",
                "PROVIDER": "Lena Okafor, RN",
            },
        },
        {
            ("email", "EMAIL"),
            ("subject", "HEALTH"),
            ("merge_vars.FNAME", "NAME"),
            ("merge_vars.APPT_DATE", "DATE"),
            ("merge_vars.PROVIDER", "NAME"),
        },
        {
            ("_id", "*"),
            ("template", "*"),
            ("ts", "*"),
            ("state", "*"),
            ("merge_vars.APPT_TIME", "*"),
        },
        True,
    ),
    (
        "Laser equipment log (clean): device serial, applicator cycles, last service",
        {
            "Device": "CoolSculpting Elite",
            "Serial #": "CSE-2207-01834",
            "Applicator": "CoolAdvantage Plus",
            "Cycles Remaining": "1380",
            "Last Service": "2024-09-12",
            "Room": "Body Suite",
        },
        set(),
        {
            ("Device", ANY_ID),
            ("Serial #", "*"),
            ("Applicator", ANY_ID),
            ("Cycles Remaining", "*"),
            ("Last Service", "*"),
            ("Room", "*"),
        },
        False,
    ),
    (
        "Nextech-like appointment type definitions (clean): code, duration, colour",
        {
            "Appt Type": "Botox Follow-Up",
            "Code": "BTXFU",
            "Default Duration": "15",
            "Color": "#7FB3D5",
            "Resource": "Injector",
            "Online Bookable": "N",
        },
        set(),
        {
            ("Appt Type", ANY_ID),
            ("Code", "*"),
            ("Default Duration", "*"),
            ("Color", "*"),
            ("Resource", "*"),
            ("Online Bookable", "*"),
        },
        False,
    ),
    (
        "Weight-loss programme weekly check-in (app JSON): semaglutide dose, side effects",
        {
            "member_id": "WL-00931",
            "week": 6,
            "dose": "Semaglutide 0.5 mg weekly",
            "weight_lbs": 198.4,
            "side_effects": "mild nausea, constipation",
            "submitted_at": "2024-11-18T13:02:55Z",
        },
        {("member_id", PATIENT_NO), ("dose", "HEALTH"), ("side_effects", "HEALTH")},
        {("week", "*"), ("weight_lbs", ANY_ID), ("submitted_at", "*")},
        True,
    ),
    (
        "Anonymous aesthetic quiz (Typeform-like response, health without identifier)",
        {
            "response_id": "x9k2mq7a4t1bz8vl",
            "submitted_at": "2024-11-03T02:11:45Z",
            "What bothers you most?": "Frown lines and crow's feet",
            "Have you had Botox before?": "Yes, about a year ago",
            "Recommended": "Botox or Dysport consultation",
            "utm_campaign": "ig_wrinkle_quiz",
        },
        {("Recommended", "HEALTH")},
        {
            ("response_id", "*"),
            ("submitted_at", "*"),
            ("utm_campaign", "*"),
            ("What bothers you most?", ANY_ID),
            ("Have you had Botox before?", ANY_ID),
        },
        False,
    ),
    (
        "Published before/after gallery case (health, no identifier): age band, photos",
        {
            "case_id": "BA-0412",
            "treatment": "Lip Filler - 1 syringe Restylane Kysse",
            "age_range": "25-34",
            "sessions": 1,
            "photos": ["gallery/ba-0412-before.jpg", "gallery/ba-0412-after.jpg"],
            "published": "2024-06-01",
        },
        {("treatment", "HEALTH")},
        {
            ("case_id", "*"),
            ("age_range", "*"),
            ("sessions", "*"),
            ("photos[0]", "*"),
            ("photos[1]", "*"),
            ("published", "*"),
        },
        False,
    ),
    (
        "Laser hair removal log: device settings, Fitzpatrick type, licensed esthetician",
        {
            "Client": "Priya Raman",
            "Treatment Date": "11/25/2024",
            "Treatment": "Laser Hair Removal - Underarms (3 of 6)",
            "Device": "Candela GentleMax Pro 755nm",
            "Fitzpatrick": "III",
            "Fluence": "18 J/cm2",
            "Spot Size": "18 mm",
            "Pulse Width": "3 ms",
            "Technician": "Kayla Moore, LE",
        },
        {
            ("Client", "NAME"),
            ("Treatment Date", "DATE"),
            ("Treatment", "HEALTH"),
            ("Technician", "NAME"),
        },
        {("Fluence", "*"), ("Spot Size", "*"), ("Pulse Width", "*"), ("Fitzpatrick", ANY_ID)},
        True,
    ),
    (
        "Referral reward (identified, no health): referrer, friend, Beauty Bank credit",
        {
            "Referrer": "Ashley Nguyen",
            "Referrer Client ID": "100048877",
            "Referred Friend": "Megan Cole",
            "Friend Email": "megcole.az@yahoo.com",
            "Reward": "$50 Beauty Bank credit",
            "Status": "Redeemed",
        },
        {
            ("Referrer", "NAME"),
            ("Referrer Client ID", CLIENT_NO),
            ("Referred Friend", "NAME"),
            ("Friend Email", "EMAIL"),
        },
        {("Reward", "*"), ("Status", "*")},
        False,
    ),
    (
        "Boulevard-like abandoned booking webhook (JSON): Botox slot picked, client details",
        {
            "event": "booking.abandoned",
            "occurredAt": "2024-12-01T18:40:22Z",
            "cart": {
                "id": "urn:blvd:Cart:2b9e7c10-5a4d-4f3e-8c21-9d0a6b7e5f44",
                "startTime": "2024-12-10T14:00:00-07:00",
                "clientInformation": {
                    "firstName": "Kelsey",
                    "lastName": "Hale",
                    "email": "kelsey.hale@gmail.com",
                    "phoneNumber": "+16025184470",
                },
                "selectedItems": [
                    {
                        "item": {"name": "Botox - Forehead Lines"},
                        "staffVariant": {"staff": {"displayName": "Jenna R."}},
                    }
                ],
            },
        },
        {
            ("cart.startTime", "DATE"),
            ("cart.clientInformation.firstName", "NAME"),
            ("cart.clientInformation.lastName", "NAME"),
            ("cart.clientInformation.email", "EMAIL"),
            ("cart.clientInformation.phoneNumber", "PHONE"),
            ("cart.selectedItems[0].item.name", "HEALTH"),
        },
        {("event", "*"), ("occurredAt", "*"), ("cart.id", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Mindbody-like visits export: semaglutide weight loss consult with a physician": (
        set(),
        {("Staff", "NAME")},
        {("Visit ID", "*")},
        "a ``Staff`` column is the practice's workforce (detectors/staff.py's roles: a camp "
        "infirmary's or a school nurse's ``staff`` log), whose names are dropped as a "
        "record owner's are, titled or not; and a visit's id is the person's encounter "
        "number (``visit id`` is in field_names' OTHER_ID phrases, as the home-health and "
        "community-events probes decided). The blind row was stricter than the project on "
        "the id and wider on the staff column",
    ),
    "PatientNow-like procedure note (JSON): Sculptra temples, NP with NPI, Z41.1": (
        set(),
        {("provider.name", "NAME")},
        {("encounterId", "*")},
        "a nested ``provider.name`` is left unread (a practice, an insurer or a clinician: "
        "tests/test_calls_and_scheduling.py forbids NAME there on a Zocdoc-like booking's "
        "``provider`` with its NPI), and an encounter id is the patient's record id "
        "(tests/test_ambient_scribe_dictation.py); the row is PHI by the patient's name, "
        "MRN, dates and the procedure all the same",
    ),
    "Weight-loss programme weekly check-in (app JSON): semaglutide dose, side effects": (
        {("member_id", "HEALTH_PLAN_ID")},
        {("member_id", PATIENT_NO)},
        set(),
        "a bare ``member_id`` is a health plan's member id (field_names; the claims, "
        "addiction and autism probes expect HEALTH_PLAN_ID there): the key cannot tell a "
        "programme's member from a payer's, and either way it is an identifier redacted "
        "alike",
    ),
}

#: What the detectors do not read right, each with its reason: ``name -> (still open, why)``.
_OPEN: dict[str, tuple[set, str]] = {
    "Boulevard-like abandoned booking webhook (JSON): Botox slot picked, client details": (
        {("cart.startTime", "DATE")},
        "a ``cart`` is a shopping cart in most exports, whose date and time keys are its own "
        "clock (an e-commerce checkout's); only a booking system's cart holds the slot the "
        "client chose, and nothing under it but the event's name says so (held out; the "
        "row is PHI by the client's name, email, phone and the Botox service)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_medical_spa_aesthetics_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on med spa and aesthetics exports fails here.
#: Blind, before any detector work: SHAPES 10 misses / 8 false / 13 wrong of 30, HELD_OUT
#: 1 / 2 / 3 of 10.
FLOORS = ShapeTotals(expected=132, misses=1, false=0, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
