"""International patients and medical tourism: the exports of an international office.

A blind probe, written by hand before reading the detectors: what a US hospital's
international-patient office, its concierge desk and the medical-tourism facilitators
that send it patients export. Inquiry forms and CRM records (Salesforce-, HubSpot- and
Zoho-like) with the country, a passport number, a visa-letter request, the interpreter
language and the referring doctor abroad; facilitators' lead exports; cross-border GA4
rows, Meta Lead Ads CSVs and Conversions API events from the UK, Canada, Mexico, the Gulf
and India, with phones in national formats and E.164 (``07700 900461``, ``+52 55 1234
5678``, ``00971 55 987 6543``, ``p:+447700900461``, ``whatsapp:+966…``), UK postcodes,
Canadian postal codes, Indian PIN codes, non-US addresses and dates (``14/03/1985``,
``1985.03.14``, ``14.01.2025``); foreign national ids that reach US exports (a UK NHS
number, an Ontario or Quebec health card, a Mexican CURP and NSS, an Indian Aadhaar and
PAN, an Emirates ID, a Kuwaiti civil id); embassy- and government-sponsored patient
programmes (guarantee letters, the sponsor's patient file number); international
insurers' pre-authorisations; travel and concierge bookings (flight numbers, PNRs, hotel
confirmations, airport transfers); deposits by wire and through an international payment
portal (IBAN, SWIFT/BIC). Hard negatives: flight numbers, PNR and booking codes, hotel
confirmation numbers, the hospital bank's SWIFT/BIC and account, an embassy's phone and
address, a country dialling code alone, currency amounts, package codes and prices,
exchange rates.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A foreign postal code is a postal code** (Safe Harbor's (B) covers "all geographic
  subdivisions smaller than a State … and their equivalent geocodes"): a UK postcode
  (``W11 3BU``), a Canadian postal code (``H3H 2T3``) and an Indian PIN code (``560034``)
  in a field or an address named for it are ``ZIP_CODE|LOCATION``. A foreign street
  address and city are LOCATION; a country, a nationality, a province or an emirate alone
  is no finding (no smaller than a state), and neither is a country's ISO code.
- **A national health-service number is a health plan beneficiary number**: the UK NHS
  number and a Canadian provincial health card (OHIP, RAMQ) identify the person to a
  public payer (``HEALTH_PLAN_ID|OTHER_ID``); an international insurer's member number
  (Bupa Global, Daman) is HEALTH_PLAN_ID, as a US payer's is.
- **A foreign national id is the person's id**: a CURP, a Mexican NSS, an Aadhaar, a PAN,
  an Emirates ID and a Kuwaiti civil id are ``OTHER_ID|SSN`` (their SSN is the nearest
  contract entity; either is a fair reading). **A passport number is
  ``OTHER_ID|LICENSE_NUMBER``**, the patient's and a companion's alike; its expiry date
  is the document's and left unscored.
- **A visa letter, a guarantee letter or a booking is health context only when it names
  the care**: "cardiac surgery (CABG) consultation", "evaluation and treatment of breast
  cancer", "post-op after spinal surgery", "dialysis patient". A B-2 invitation letter for
  an accompanying relative, an interpreter language, a nationality and a travel month say
  nothing of anyone's health: such a record is identified, not PHI.
- **A sponsor's patient file number is the person's record id** (``OTHER_ID|MRN|
  HEALTH_PLAN_ID``: the sponsor pays for the care as a plan does); a guarantee letter's
  number and dates are the sponsor's authorisation (as tests/test_claims_revenue_cycle.py
  decided for a prior-auth reference: neither expected nor forbidden beside a person); the
  sponsor's name, its code and the approved amount are no finding.
- **The referring doctor abroad is reported** (a clinician's name, email and phone are
  identifiers, as tests/test_hcp_marketing.py decided), and a referral naming a condition
  with patient initials is PHI.
- **Travel is not the person's identifier**: a flight number (``EK 231``, ``AM 058``), a
  PNR (``QX7T4P``), a hotel confirmation, a booking reference, a pickup code, an airport
  code, an agency's IATA number and a fare are no finding; a flight's scheduled arrival
  is the flight's (the project decided flight dates are not a person's) and is forbidden
  in a dispatch list with no person, unscored beside a passenger; a hotel stay's dates
  beside a guest are unscored.
- **Money**: an amount in any currency (``AED 45,000.00``, ``GBP 12,400.00``), an
  exchange rate, a payment or invoice id and a SWIFT/BIC are no finding. A payer's IBAN is
  that person's ACCOUNT_NUMBER; the hospital's own beneficiary account in its wire
  instructions is the organisation's (as the claims probe decided for an organisation's
  bank account): must-not ACCOUNT_NUMBER. A payment portal's patient account reference is
  ``ACCOUNT_NUMBER|OTHER_ID``.
- **The organisation's lines and places are not a person's**: an embassy's or a cultural
  mission's address, phone and fax in a directory, the Medical Office's phone in an
  attaché's letter, the hospital's own address and telephone in its JSON-LD, a
  destination hospital's city in a lead ("Tijuana, Mexico") and a hotel's name are no
  PHONE, FAX or LOCATION. A country dialling code alone (``+971``) is no PHONE.
- **Dates as the world writes them are dates**: ``14/03/1985``, ``1985.03.14``,
  ``22/06/1966`` and ``09/05/1972`` under a birth-date field, in the free text of a
  referral after "DOB", and an appointment, an admission and a procedure follow-up date
  are the person's DATE. System clocks (a lead's ``created_time``, an opt-in time, a
  message's ``DateSent``) are not.
- **Staff are the office's**: a CRM ``Lead Owner`` is not the lead (must-not NAME); a
  contracted interpreter's name is left unscored.
- **An appointment in a department that names a treatment** ("Oncology Infusion") is
  health context of that patient (tests/test_oncology_infusion.py: an infusion chair's
  appointment is the patient's), unlike a public department page.

After reading the detectors no blind expectation was changed; one must-not was wider than
a decision the project had made (a bare ``date`` column is read for a DATE,
tests/test_clean_exports.py) and is narrowed on top (:data:`_DECIDED`). What the work
built: a public health service's number as HEALTH_PLAN_ID by its field (``NHS Number``,
``Health Card (RAMQ)``, ``ohip_number``) and a UK NHS number after its word in text with
its mod-11 check digit (``detectors/checksums.nhs_valid``); foreign national ids as OTHER_ID
by their field (``Civil ID``, ``Emirates ID``, ``aadhaar_no``, ``curp``, ``iqama``, ``cnic``,
``national_id``), Mexico's ``NSS`` as an SSN, and a sponsor's ``Patient File No``; the
passports international patients travel on (ICAO 9303 shapes: one or two letters and six
to eight digits, nine letters and digits) after a passport word; a Meta Lead Ads CSV's
``l:`` lead id as the lead's OTHER_ID (``detectors/record_ids.py``; it closed the two
rows tests/test_multilingual.py had left open for it); embassies', consulates',
missions' and banks' own lines and places as the organisation's; a flight list (a flight
number beside its airline, terminal or origin, and no person's column) as a chunk shape
whose arrival times are the flight's; a bare ``Passenger`` column as a NAME;
``detectors/schema_org.py``, a step after placement (a schema.org organisation's or
place's own ``telephone``, ``address`` and ``email`` in JSON-LD name no person; a
``Person`` inside it keeps its own); and eleven vocabulary terms (``cirugía cardíaca``,
``implantes dentales``, ``trasplante de hígado``, ``angiography``, ``echo report``...).
Seven records are left open (:data:`LEFT_ALONE`): a form's ``Entry Date``, a wire's
``Payer Name``, a wire's beneficiary account, an Indian ``pan`` and ``pin_code``, a bare
``Department``, a medical office's fax and a phone in Ofcom's drama range.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 20 / 13 /
18, after the work and the decision 5 / 3 / 7 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 3 / 0 / 3; scored once after the work on SHAPES: 1 / 0 / 1 (an NHS
number in a GP's referral note); after the NHS number after its word, which generalises:
0 / 0 / 0. The interpreter request log's bare ``Department`` (left open here) was closed by
the interpreter probe's rule, a department beside the patient's MRN being the department
of service: six records are open now.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Salesforce international inquiry: passport, interpreter language, visa letter",
        {
            "attributes": {"type": "Lead"},
            "FirstName": "Hamad",
            "LastName": "Al Nuaimi",
            "Email": "hamad.alnuaimi@emirates-mail.example.ae",
            "MobilePhone": "+971501234567",
            "Country": "United Arab Emirates",
            "Passport_Number__c": "P7A902113",
            "Treatment_Interest__c": "Kidney transplant evaluation",
            "Interpreter_Language__c": "Arabic",
            "Visa_Letter_Required__c": True,
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Email", "EMAIL"),
            ("MobilePhone", "PHONE"),
            ("Passport_Number__c", "OTHER_ID|LICENSE_NUMBER"),
            ("Treatment_Interest__c", "HEALTH"),
        },
        {("Country", "*"), ("Interpreter_Language__c", "*"), ("Visa_Letter_Required__c", "*")},
        True,
    ),
    (
        "UK enquiry form (Gravity Forms CSV): NHS number, postcode, day-first DOB",
        {
            "Name (First)": "Eleanor",
            "Name (Last)": "Hargreaves",
            "Email": "eleanor.hargreaves@btinternet.com",
            "Phone": "07700 900461",
            "Country": "United Kingdom",
            "Postcode": "W11 3BU",
            "Date of Birth": "14/03/1985",
            "NHS Number": "485 777 3457",
            "Reason for enquiry": "Second opinion on prostate cancer treatment, PSA 9.1",
            "Entry Date": "2024-11-04 09:12:45",
        },
        {
            ("Name (First)", "NAME"),
            ("Name (Last)", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Postcode", "ZIP_CODE|LOCATION"),
            ("Date of Birth", "DATE"),
            ("NHS Number", "HEALTH_PLAN_ID|OTHER_ID"),
            ("Reason for enquiry", "HEALTH"),
        },
        {("Country", "*"), ("Entry Date", "*")},
        True,
    ),
    (
        "Medical-tourism facilitator lead export (CSV): WhatsApp number, destination, budget",
        {
            "Lead ID": "MTL-22817",
            "Full Name": "Sandra McAllister",
            "Email": "sandra.mcallister@rogers.com",
            "WhatsApp": "+1 416 555 0187",
            "Country": "Canada",
            "Province": "ON",
            "Procedure": "Bariatric sleeve gastrectomy",
            "Destination": "Tijuana, Mexico",
            "Budget (USD)": "$6,500",
            "Preferred Travel Month": "March 2025",
            "Source": "Facebook",
        },
        {
            ("Lead ID", "OTHER_ID"),
            ("Full Name", "NAME"),
            ("Email", "EMAIL"),
            ("WhatsApp", "PHONE"),
            ("Procedure", "HEALTH"),
        },
        {
            ("Destination", "LOCATION"),
            ("Budget (USD)", "*"),
            ("Preferred Travel Month", "*"),
            ("Country", "*"),
            ("Province", "*"),
        },
        True,
    ),
    (
        "Meta Lead Ads CSV from India: p:+91 phone, city, treatment answer",
        {
            "id": "l:1189273645512",
            "created_time": "2024-11-02T08:14:55+05:30",
            "ad_name": "Knee Replacement - India - Hindi",
            "form_name": "Intl Inquiry IN v2",
            "full_name": "Ramesh Iyer",
            "phone_number": "p:+919876543210",
            "email": "ramesh.iyer61@gmail.com",
            "city": "Chennai",
            "what_treatment_are_you_looking_for?": "knee_replacement",
            "when_would_you_like_to_travel?": "within_3_months",
        },
        {
            ("id", "OTHER_ID|ONLINE_ID"),
            ("full_name", "NAME"),
            ("phone_number", "PHONE"),
            ("email", "EMAIL"),
            ("city", "LOCATION"),
            ("what_treatment_are_you_looking_for?", "HEALTH"),
        },
        {("created_time", "*"), ("when_would_you_like_to_travel?", "*")},
        True,
    ),
    (
        "GA4 BigQuery row from Mexico: a Spanish cardiac-surgery request page",
        {
            "event_date": "20241118",
            "event_name": "generate_lead",
            "user_pseudo_id": "1829374650.1731000000",
            "geo": {"country": "Mexico", "region": "Nuevo Leon", "city": "Monterrey"},
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.lakesidehealth.org/internacional/es/"
                        "cirugia-cardiaca/solicitud?utm_source=facebook"
                    },
                },
                {"key": "form_id", "value": {"string_value": "intl_inquiry_es"}},
            ],
            "device": {"category": "mobile", "language": "es-mx"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {
            ("geo.country", "*"),
            ("geo.region", "*"),
            ("event_params[1].value.string_value", "*"),
            ("device.language", "*"),
            ("event_date", "*"),
        },
        True,
    ),
    (
        "Visa invitation letter request (webhook JSON): patient, companion, two passports",
        {
            "request_id": "VL-2024-0931",
            "patient": {
                "given_name": "Abdullah",
                "family_name": "Al-Harbi",
                "date_of_birth": "1985.03.14",
                "nationality": "Saudi Arabia",
                "passport_no": "K8813205",
                "passport_expiry": "2029-06-30",
            },
            "companions": [
                {"name": "Noura Al-Harbi", "relationship": "Wife", "passport_no": "K8813206"}
            ],
            "treatment": "Cardiac surgery (CABG) consultation",
            "appointment_date": "2025-01-20",
            "consulate": "U.S. Embassy Riyadh",
        },
        {
            ("patient.given_name", "NAME"),
            ("patient.family_name", "NAME"),
            ("patient.date_of_birth", "DATE"),
            ("patient.passport_no", "OTHER_ID|LICENSE_NUMBER"),
            ("companions[0].name", "NAME"),
            ("companions[0].passport_no", "OTHER_ID|LICENSE_NUMBER"),
            ("treatment", "HEALTH"),
            ("appointment_date", "DATE"),
        },
        {("patient.nationality", "*"), ("consulate", "*"), ("companions[0].relationship", "*")},
        True,
    ),
    (
        "Embassy-sponsored patient (CSV): guarantee letter, sponsor file no, civil id",
        {
            "Sponsor": "Kuwait Health Office - Washington",
            "Sponsor Patient File No": "KHO-558213",
            "Guarantee Letter No": "GL/2024/11873",
            "GL Issue Date": "03/11/2024",
            "GL Valid Until": "02/02/2025",
            "Patient Name": "Fahad Al-Mutairi",
            "Civil ID": "285031401234",
            "Approved Services": "Oncology consultation, PET-CT, chemotherapy cycle 1",
            "Approved Amount": "USD 85,000.00",
            "Embassy Contact Phone": "+1 202 555 0143",
        },
        {
            ("Sponsor Patient File No", "OTHER_ID|MRN|HEALTH_PLAN_ID"),
            ("Patient Name", "NAME"),
            ("Civil ID", "OTHER_ID|SSN"),
            ("Approved Services", "HEALTH"),
        },
        {
            ("Sponsor", "*"),
            ("Approved Amount", "*"),
            ("Embassy Contact Phone", "PHONE"),
        },
        True,
    ),
    (
        "Concierge booking (JSON): flight, PNR, hotel confirmation and a pre-op purpose",
        {
            "booking_ref": "ICB-77120",
            "guest": {"name": "Mariana Ortiz", "mobile": "+52 1 55 4123 9087"},
            "flight": {
                "carrier": "AM",
                "number": "AM 058",
                "pnr": "QX7T4P",
                "arrival": "2024-12-03T15:40:00-06:00",
                "from": "MEX",
                "to": "IAH",
            },
            "hotel": {
                "name": "Medical Center Suites",
                "confirmation": "83920174",
                "check_in": "2024-12-03",
                "check_out": "2024-12-17",
            },
            "purpose": "Pre-op visit for hip replacement on 12/05",
        },
        {("guest.name", "NAME"), ("guest.mobile", "PHONE"), ("purpose", "HEALTH")},
        {
            ("booking_ref", "*"),
            ("flight.number", "*"),
            ("flight.pnr", "*"),
            ("flight.from", "*"),
            ("flight.to", "*"),
            ("hotel.confirmation", "*"),
            ("hotel.name", "*"),
        },
        True,
    ),
    (
        "Incoming wire deposit (treasury CSV): payer's IBAN, BICs, MRN in the reference",
        {
            "Payment ID": "FW-IN-4481920",
            "Payer Name": "Priya Raghunathan",
            "Payer IBAN": "GB29 NWBK 6016 1331 9268 19",
            "Payer BIC": "NWBKGB2L",
            "Beneficiary": "Lakeside Medical Center International Patient Services",
            "Beneficiary BIC": "CHASUS33",
            "Amount": "GBP 12,400.00",
            "USD Equivalent": "15,732.18",
            "Reference": "Deposit - spinal fusion - MRN 00482913",
            "Value Date": "2024-10-15",
        },
        {
            ("Payer Name", "NAME"),
            ("Payer IBAN", "ACCOUNT_NUMBER"),
            ("Reference", "HEALTH"),
            ("Reference", "MRN"),
        },
        {
            ("Payment ID", "*"),
            ("Payer BIC", "*"),
            ("Beneficiary", "*"),
            ("Beneficiary BIC", "*"),
            ("Amount", "*"),
            ("USD Equivalent", "*"),
        },
        True,
    ),
    (
        "Hospital's wire instructions (clean config JSON): its own account and SWIFT",
        {
            "beneficiary_name": "Lakeside Medical Center",
            "beneficiary_account": "483920175",
            "beneficiary_bank": "JPMorgan Chase Bank, N.A.",
            "swift": "CHASUS33",
            "bank_address": "383 Madison Ave, New York, NY 10179",
            "currencies_accepted": "USD, GBP, EUR, AED",
            "reference_format": "Patient name + MRN",
        },
        set(),
        {
            ("beneficiary_name", "*"),
            ("beneficiary_account", "ACCOUNT_NUMBER"),
            ("beneficiary_bank", "*"),
            ("swift", "*"),
            ("bank_address", "LOCATION"),
            ("bank_address", "ZIP_CODE"),
            ("currencies_accepted", "*"),
            ("reference_format", "*"),
        },
        False,
    ),
    (
        "Airport transfer schedule (clean CSV): flights, arrival times, pickup codes",
        {
            "Flight": "EK 231",
            "Airline": "Emirates",
            "Origin": "DXB",
            "Arrival (local)": "18/11/2024 08:05",
            "Terminal": "D",
            "Pax": "3",
            "Vehicle": "Suburban",
            "Pickup Code": "PU-4471",
        },
        set(),
        {
            ("Flight", "*"),
            ("Origin", "*"),
            ("Arrival (local)", "*"),
            ("Pax", "*"),
            ("Pickup Code", "*"),
        },
        False,
    ),
    (
        "Canadian patient registration (CSV): RAMQ card, Quebec address, postal code",
        {
            "MRN": "E4829133",
            "Last Name": "Tremblay",
            "First Name": "Geneviève",
            "DOB": "1979-08-02",
            "Address": "2150 rue Sainte-Catherine O, app. 804",
            "City": "Montréal",
            "Prov": "QC",
            "Postal Code": "H3H 2T3",
            "Country": "CAN",
            "Health Card (RAMQ)": "TREG 7958 0212",
            "Phone": "+1 514 555 0168",
            "Interpreter Needed": "Y",
            "Language": "French",
            "Visit Reason": "Orthopaedic consult - torn rotator cuff",
        },
        {
            ("MRN", "MRN"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("DOB", "DATE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Postal Code", "ZIP_CODE|LOCATION"),
            ("Health Card (RAMQ)", "HEALTH_PLAN_ID|OTHER_ID"),
            ("Phone", "PHONE"),
            ("Visit Reason", "HEALTH"),
        },
        {("Country", "*"), ("Language", "*"), ("Interpreter Needed", "*"), ("Prov", "*")},
        True,
    ),
    (
        "HubSpot contact from a Mexican facilitator: CURP and a dental-implant interest",
        {
            "id": "51029384",
            "properties": {
                "firstname": "José Luis",
                "lastname": "Hernández García",
                "email": "jl.hernandez@prodigy-example.mx",
                "phone": "+52 55 1234 5678",
                "curp": "HEGJ850314HDFRRS03",
                "estado": "Ciudad de México",
                "tratamiento_de_interes": "Implantes dentales",
                "createdate": "2024-10-28T17:03:22.118Z",
            },
        },
        {
            ("properties.firstname", "NAME"),
            ("properties.lastname", "NAME"),
            ("properties.email", "EMAIL"),
            ("properties.phone", "PHONE"),
            ("properties.curp", "OTHER_ID|SSN"),
            ("properties.tratamiento_de_interes", "HEALTH"),
        },
        {("properties.createdate", "*")},
        True,
    ),
    (
        "Indian facilitator document checklist: Aadhaar, PAN, PIN code, CABG plan",
        {
            "patient_name": "Ananya Krishnan",
            "aadhaar_no": "2341 2341 2346",
            "pan": "ABCPK1234F",
            "mobile": "+91 98450 12345",
            "city": "Bengaluru",
            "pin_code": "560034",
            "documents_received": "Passport copy; Aadhaar; echo report; angiography CD",
            "treatment_plan": "CABG at partner hospital",
            "medical_visa_status": "e-Medical visa granted",
        },
        {
            ("patient_name", "NAME"),
            ("aadhaar_no", "OTHER_ID|SSN"),
            ("pan", "OTHER_ID|SSN"),
            ("mobile", "PHONE"),
            ("city", "LOCATION"),
            ("pin_code", "ZIP_CODE|LOCATION"),
            ("documents_received", "HEALTH"),
            ("treatment_plan", "HEALTH"),
        },
        {("medical_visa_status", "*")},
        True,
    ),
    (
        "UAE referral (CSV): Emirates ID, Daman card, diagnosis, referring doctor abroad",
        {
            "Patient": "Mohammed Al Mansoori",
            "Emirates ID": "784-1985-1234567-3",
            "Insurance": "Daman Enhanced",
            "Member Card No": "DAM-7782-001934",
            "Diagnosis": "Multiple myeloma",
            "Referral From": "Dr. Khalid Al Hashimi",
            "Referring Hospital": "Sheikh Khalifa Medical City, Abu Dhabi",
            "Mobile": "+971 50 123 4567",
        },
        {
            ("Patient", "NAME"),
            ("Emirates ID", "OTHER_ID|SSN"),
            ("Member Card No", "HEALTH_PLAN_ID"),
            ("Diagnosis", "HEALTH"),
            ("Referral From", "NAME"),
            ("Mobile", "PHONE"),
        },
        {("Insurance", "*"), ("Referring Hospital", "NAME")},
        True,
    ),
    (
        "Referral from a doctor abroad (CRM object): initials, condition, doctor's contacts",
        {
            "referral": {
                "referring_physician": "Dr. Aisha Rahman",
                "referring_hospital": "Aga Khan University Hospital, Karachi",
                "physician_email": "aisha.rahman@akuh-example.pk",
                "physician_phone": "+92 21 3486 1234",
                "patient_initials": "S.K.",
                "patient_age": 62,
                "condition": "Refractory epilepsy - evaluation for surgery",
            },
            "received": "2024-09-12T10:22:00Z",
        },
        {
            ("referral.referring_physician", "NAME"),
            ("referral.physician_email", "EMAIL"),
            ("referral.physician_phone", "PHONE"),
            ("referral.patient_initials", "NAME"),
            ("referral.condition", "HEALTH"),
        },
        {("referral.referring_hospital", "NAME"), ("received", "*"), ("referral.patient_age", "*")},
        True,
    ),
    (
        "Interpreter request log (language services CSV): Gulf Arabic, oncology infusion",
        {
            "Request #": "INT-48213",
            "Language": "Arabic (Gulf)",
            "Modality": "In person",
            "Patient": "Hessa Al Suwaidi",
            "MRN": "00392817",
            "Appointment": "11/21/2024 09:30",
            "Department": "Oncology Infusion",
            "Interpreter": "Rania Haddad",
            "Vendor": "LanguageLine",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("Appointment", "DATE"),
            ("Department", "HEALTH"),
        },
        {("Request #", "*"), ("Language", "*"), ("Modality", "*"), ("Vendor", "*")},
        True,
    ),
    (
        "International package price list (clean catalog): codes, prices in two currencies",
        {
            "Package Code": "IPP-KNEE-01",
            "Procedure": "Total knee replacement (unilateral)",
            "Includes": "Surgeon fee, 3 nights, physiotherapy x5",
            "Price (USD)": "28,500",
            "Price (AED)": "104,680",
            "Hospital": "Lakeside Medical Center",
            "Valid From": "01/01/2025",
        },
        set(),
        {
            ("Package Code", "*"),
            ("Price (USD)", "*"),
            ("Price (AED)", "*"),
            ("Hospital", "*"),
            ("Valid From", "*"),
        },
        False,
    ),
    (
        "Embassy and cultural mission directory (clean CSV): the mission's lines and address",
        {
            "Country": "Kingdom of Saudi Arabia",
            "Mission": "Saudi Arabian Cultural Mission - Medical Department",
            "Mission Address": "8500 Hilltop Rd, Fairfax, VA 22031",
            "Mission Phone": "+1 703 555 0100",
            "Medical Office Fax": "+1 703 555 0199",
            "Sponsor Code": "SACM",
        },
        set(),
        {
            ("Country", "*"),
            ("Mission", "*"),
            ("Mission Address", "LOCATION"),
            ("Mission Address", "ZIP_CODE"),
            ("Mission Phone", "PHONE"),
            ("Medical Office Fax", "FAX"),
            ("Sponsor Code", "*"),
        },
        False,
    ),
    (
        "Country dialling codes reference table (clean)",
        {
            "country": "United Arab Emirates",
            "iso2": "AE",
            "dial_code": "+971",
            "trunk_prefix": "0",
            "currency": "AED",
            "time_zone": "Asia/Dubai",
        },
        set(),
        {
            ("country", "*"),
            ("iso2", "*"),
            ("dial_code", "*"),
            ("trunk_prefix", "*"),
            ("currency", "*"),
            ("time_zone", "*"),
        },
        False,
    ),
    (
        "Meta Lead Ads CSV from the UK: Scottish postcode, a diagnosis answer",
        {
            "id": "l:2203948571663",
            "created_time": "2024-10-21T19:02:11+01:00",
            "campaign_name": "UK_HairTransplant_Q4",
            "full_name": "Callum Fraser",
            "email": "callum.fraser88@btinternet.com",
            "phone_number": "p:+447700900461",
            "post_code": "EH6 5QG",
            "how_many_grafts_do_you_think_you_need?": "3000_-_4000",
            "have_you_been_diagnosed_with_any_of_the_following?": "diabetes",
        },
        {
            ("id", "OTHER_ID|ONLINE_ID"),
            ("full_name", "NAME"),
            ("email", "EMAIL"),
            ("phone_number", "PHONE"),
            ("post_code", "ZIP_CODE|LOCATION"),
            ("have_you_been_diagnosed_with_any_of_the_following?", "HEALTH"),
        },
        {("created_time", "*"), ("how_many_grafts_do_you_think_you_need?", "*")},
        True,
    ),
    (
        "WhatsApp message (Twilio log) from Saudi Arabia: a father's cirrhosis and passport",
        {
            "MessageSid": "SMa1b2c3d4e5f60718293a4b5c6d7e8f90",
            "From": "whatsapp:+966501234567",
            "To": "whatsapp:+18325550100",
            "Body": "Salam, my father Saleh Al-Qahtani needs a second opinion for his liver "
            "cirrhosis, can you send the visa invitation letter? His passport number is "
            "R0392817",
            "DateSent": "Mon, 18 Nov 2024 07:14:05 +0000",
            "Status": "received",
        },
        {
            ("From", "PHONE"),
            ("Body", "NAME"),
            ("Body", "HEALTH"),
            ("Body", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("MessageSid", "*"), ("DateSent", "*"), ("Status", "*")},
        True,
    ),
    (
        "Hotel booking for a post-op stay (concierge CSV): dotted dates, Turkish mobile",
        {
            "Confirmation No": "HX-93817264",
            "Guest Name": "Mehmet Yilmaz",
            "Guest Phone": "+90 532 123 45 67",
            "Hotel": "Residence Inn Medical Center",
            "Check-in": "14.01.2025",
            "Check-out": "28.01.2025",
            "Room Type": "1BR Suite - Accessible",
            "Rate": "USD 189.00/night",
            "Special Requests": "Wheelchair accessible, near the shuttle - post-op after "
            "spinal surgery",
        },
        {("Guest Name", "NAME"), ("Guest Phone", "PHONE"), ("Special Requests", "HEALTH")},
        {("Confirmation No", "*"), ("Hotel", "*"), ("Rate", "*"), ("Room Type", "*")},
        True,
    ),
    (
        "International payment portal event (Flywire-like JSON): payer, patient account",
        {
            "payment": {
                "id": "FLW-482991",
                "status": "guaranteed",
                "amount": {"value": "9,850.00", "currency": "EUR"},
                "payer": {
                    "first_name": "Lucía",
                    "last_name": "Fernández Ruiz",
                    "email": "lucia.fr@telefonica-example.es",
                    "country": "ES",
                    "phone": "+34 612 34 56 78",
                },
                "reference": {"patient_account": "IPA-2024-00817", "invoice": "INV-55120"},
            },
            "recipient": {"name": "Lakeside Medical Center", "swift": "CHASUS33"},
        },
        {
            ("payment.payer.first_name", "NAME"),
            ("payment.payer.last_name", "NAME"),
            ("payment.payer.email", "EMAIL"),
            ("payment.payer.phone", "PHONE"),
            ("payment.reference.patient_account", "ACCOUNT_NUMBER|OTHER_ID"),
        },
        {
            ("payment.id", "*"),
            ("payment.amount.value", "*"),
            ("payment.payer.country", "*"),
            ("recipient.name", "*"),
            ("recipient.swift", "*"),
        },
        False,
    ),
    (
        "Embassy medical attaché's email: guarantee letter for a named patient",
        {
            "from": "medical.office@qatar-embassy-example.org",
            "subject": "Guarantee Letter - Patient: Maryam Al-Kaabi - File 22-18833",
            "body": "Dear International Patient Services,\nPlease find attached the guarantee "
            "letter for Mrs. Maryam Al-Kaabi (DOB 02/07/1961, passport P4412987) for "
            "evaluation and treatment of breast cancer including surgery and chemotherapy. "
            "Coverage is limited to USD 120,000. Please contact the Medical Office at "
            "+1 202 555 0177.\nRegards,\nMedical Attaché Office, Embassy of the State of Qatar",
            "received_at": "2024-11-06T13:40:12Z",
        },
        {
            ("subject", "NAME"),
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "OTHER_ID|LICENSE_NUMBER"),
            ("body", "HEALTH"),
        },
        {("body", "PHONE"), ("received_at", "*")},
        True,
    ),
    (
        "GA4 Measurement Protocol from India: hashed email and E.164 phone, a treatment",
        {
            "client_id": "555829183.1730000000",
            "user_id": "IP-99817",
            "user_properties": {
                "country_of_residence": {"value": "IN"},
                "preferred_language": {"value": "hi"},
            },
            "events": [
                {
                    "name": "intl_inquiry_submit",
                    "params": {
                        "treatment": "liver transplant",
                        "page_location": "https://www.lakesidehealth.org/international/india/",
                    },
                }
            ],
            "user_data": {
                "sha256_email_address": _sha("vikram.mehta@rediffmail.com"),
                "sha256_phone_number": _sha("+919876501234"),
            },
        },
        {
            ("client_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("events[0].params.treatment", "HEALTH"),
            ("user_data.sha256_email_address", "HASHED_ID"),
            ("user_data.sha256_phone_number", "HASHED_ID"),
        },
        {
            ("user_properties.country_of_residence.value", "*"),
            ("user_properties.preferred_language.value", "*"),
        },
        True,
    ),
    (
        "Anonymous cost-estimate request from abroad (health, no identifier)",
        {
            "request_id": "EST-77812",
            "country": "Nigeria",
            "procedure": "Laparoscopic cholecystectomy",
            "currency": "NGN",
            "estimate_usd": "18,400",
            "submitted": "2024-11-20T12:00:00Z",
        },
        {("procedure", "HEALTH")},
        {("request_id", "*"), ("country", "*"), ("estimate_usd", "*"), ("submitted", "*")},
        False,
    ),
    (
        "UK GP referral note (CRM): NHS no., dotted DOB, London phone and address",
        {
            "Subject": "Referral: Mr Oliver Bennett",
            "Description": "GP Dr. Fiona Walsh (Ealing) refers Mr Bennett, NHS no. "
            "943 476 5919, DOB 1958.11.03, for TAVI assessment. Severe aortic stenosis. "
            "Contact: 020 7946 0958, 12 Acton Lane, London W3 8NY.",
            "CreatedDate": "2024-10-30T11:05:00.000+0000",
        },
        {
            ("Subject", "NAME"),
            ("Description", "NAME"),
            ("Description", "HEALTH_PLAN_ID|OTHER_ID"),
            ("Description", "DATE"),
            ("Description", "HEALTH"),
            ("Description", "PHONE"),
            ("Description", "LOCATION"),
        },
        {("CreatedDate", "*")},
        True,
    ),
    (
        "Ontario inquiry (web form JSON): OHIP number with version code, Toronto postal code",
        {
            "form_id": "intl-ca-2",
            "fields": {
                "first_name": "Jasmine",
                "last_name": "Kaur",
                "email": "jasmine.kaur@sympatico.ca",
                "phone": "(647) 555-0193",
                "postal_code": "M5V 2T6",
                "province": "Ontario",
                "ohip_number": "1234-567-897-AB",
                "reason": "Wait time for MRI and hip replacement too long, looking at US surgery",
                "preferred_contact": "WhatsApp",
            },
        },
        {
            ("fields.first_name", "NAME"),
            ("fields.last_name", "NAME"),
            ("fields.email", "EMAIL"),
            ("fields.phone", "PHONE"),
            ("fields.postal_code", "ZIP_CODE|LOCATION"),
            ("fields.ohip_number", "HEALTH_PLAN_ID|OTHER_ID"),
            ("fields.reason", "HEALTH"),
        },
        {("form_id", "*"), ("fields.province", "*"), ("fields.preferred_contact", "*")},
        True,
    ),
    (
        "Zoho CRM lead from the Gulf (CSV): 00971 mobile, day-first DOB, lead owner",
        {
            "Lead Owner": "Sara Nasser",
            "First Name": "Khalid",
            "Last Name": "Al Shamsi",
            "Mobile": "00971 55 987 6543",
            "Date of Birth": "09/05/1972",
            "Country": "UAE",
            "City": "Abu Dhabi",
            "Lead Source": "Instagram",
            "Treatment": "IVF",
            "Created Time": "2024-11-12 10:04:33",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Mobile", "PHONE"),
            ("Date of Birth", "DATE"),
            ("City", "LOCATION"),
            ("Treatment", "HEALTH"),
        },
        {("Lead Owner", "NAME"), ("Country", "*"), ("Lead Source", "*"), ("Created Time", "*")},
        True,
    ),
    (
        "Chauffeur dispatch (JSON): flight pickup, Jordanian mobile, dialysis note",
        {
            "job_id": "CHF-20241118-07",
            "pickup": {
                "flight": "QR 713",
                "airport": "IAH",
                "scheduled": "2024-11-18T15:25:00-06:00",
            },
            "passenger": {"name": "Omar Haddad", "phone": "+962 79 123 4567"},
            "dropoff": {"label": "Hospital main entrance"},
            "notes": "Needs wheelchair at arrivals, dialysis patient",
        },
        {("passenger.name", "NAME"), ("passenger.phone", "PHONE"), ("notes", "HEALTH")},
        {("job_id", "*"), ("pickup.flight", "*"), ("pickup.airport", "*")},
        True,
    ),
    (
        "Travel desk PNR summary (clean): segments, fare, agency IATA number",
        {
            "pnr": "K7RW2Q",
            "segments": "EK 211 DXB-IAH 18NOV; EK 212 IAH-DXB 02DEC",
            "fare_class": "Y",
            "ticketed": "true",
            "total_fare": "AED 7,450",
            "agency_iata": "96123456",
        },
        set(),
        {
            ("pnr", "*"),
            ("segments", "*"),
            ("fare_class", "*"),
            ("total_fare", "*"),
            ("agency_iata", "*"),
        },
        False,
    ),
    (
        "Exchange-rate table for deposits (clean)",
        {
            "date": "2024-11-20",
            "base": "USD",
            "GBP": "0.7891",
            "AED": "3.6725",
            "MXN": "20.1533",
            "INR": "84.3710",
            "source": "ECB reference",
        },
        set(),
        {
            ("date", "*"),
            ("base", "*"),
            ("GBP", "*"),
            ("AED", "*"),
            ("MXN", "*"),
            ("INR", "*"),
        },
        False,
    ),
    (
        "International newsletter sign-up (Mailchimp export): Vancouver postal code",
        {
            "Email Address": "liam.oconnor@shaw-example.ca",
            "First Name": "Liam",
            "Last Name": "O'Connor",
            "Country": "Canada",
            "Postal Code": "V6B 1A1",
            "Phone": "+1 604 555 0134",
            "MEMBER_RATING": "2",
            "OPTIN_TIME": "2024-08-03 14:22:10",
            "LANGUAGE": "en",
            "TAGS": "international-newsletter",
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Postal Code", "ZIP_CODE|LOCATION"),
            ("Phone", "PHONE"),
        },
        {("MEMBER_RATING", "*"), ("OPTIN_TIME", "*"), ("LANGUAGE", "*"), ("TAGS", "*")},
        False,
    ),
    (
        "Border hospital's international registration (Spanish CSV): CURP, NSS, domicilio",
        {
            "Nombre completo": "María Guadalupe Torres Ríos",
            "Fecha de nacimiento": "14/03/1985",
            "CURP": "TORG850314MBCRSD01",
            "NSS": "12345678901",
            "Domicilio": "Av. Revolución 1234, Col. Centro, 22000 Tijuana, B.C.",
            "Teléfono": "+52 664 123 4567",
            "Motivo de consulta": "Dolor de pecho y falta de aire",
            "Seguro": "IMSS",
        },
        {
            ("Nombre completo", "NAME"),
            ("Fecha de nacimiento", "DATE"),
            ("CURP", "OTHER_ID|SSN"),
            ("NSS", "OTHER_ID|SSN|HEALTH_PLAN_ID"),
            ("Domicilio", "LOCATION"),
            ("Teléfono", "PHONE"),
            ("Motivo de consulta", "HEALTH"),
        },
        {("Seguro", "*")},
        True,
    ),
    (
        "Visa letter for an accompanying relative (identified, no health)",
        {
            "applicant_name": "Nguyen Thi Lan",
            "passport_number": "C4827193",
            "nationality": "Vietnam",
            "date_of_birth": "1990.07.22",
            "email": "nguyenthilan90@gmail.com",
            "purpose": "Accompanying family member",
            "letter_type": "Visa invitation - B-2",
            "embassy": "U.S. Embassy Hanoi",
        },
        {
            ("applicant_name", "NAME"),
            ("passport_number", "OTHER_ID|LICENSE_NUMBER"),
            ("date_of_birth", "DATE"),
            ("email", "EMAIL"),
        },
        {("nationality", "*"), ("purpose", "*"), ("letter_type", "*"), ("embassy", "*")},
        False,
    ),
    (
        "International insurer pre-authorisation (Bupa Global-like JSON)",
        {
            "memberNumber": "BG-84392017-01",
            "insurer": "Bupa Global",
            "policyHolder": "Harriet Lowe",
            "dateOfBirth": "22/06/1966",
            "treatingHospital": "Lakeside Medical Center",
            "diagnosisCode": "C50.912",
            "requestedProcedure": "Bilateral mastectomy",
            "preAuthRef": "PA-2024-119283",
            "admissionDate": "05/12/2024",
            "countryOfResidence": "Hong Kong",
        },
        {
            ("memberNumber", "HEALTH_PLAN_ID"),
            ("policyHolder", "NAME"),
            ("dateOfBirth", "DATE"),
            ("diagnosisCode", "HEALTH"),
            ("requestedProcedure", "HEALTH"),
            ("admissionDate", "DATE"),
        },
        {("insurer", "*"), ("treatingHospital", "*"), ("countryOfResidence", "*")},
        True,
    ),
    (
        "International patient centre's JSON-LD (clean): its own phone and address",
        {
            "@context": "https://schema.org",
            "@type": "MedicalOrganization",
            "name": "Lakeside International Patient Center",
            "telephone": "+1-713-555-0100",
            "address": {
                "@type": "PostalAddress",
                "streetAddress": "6565 Fannin St",
                "addressLocality": "Houston",
                "postalCode": "77030",
            },
            "availableLanguage": ["Arabic", "Spanish", "Russian"],
        },
        set(),
        {
            ("telephone", "PHONE"),
            ("address.streetAddress", "LOCATION"),
            ("address.addressLocality", "LOCATION"),
            ("address.postalCode", "ZIP_CODE"),
            ("availableLanguage[0]", "*"),
        },
        False,
    ),
    (
        "Meta Conversions API event from Mexico: hashed ids, fbp, IP, bariatric package",
        {
            "event_name": "Lead",
            "event_time": 1731900000,
            "action_source": "website",
            "user_data": {
                "em": [_sha("mg.torres85@hotmail.com")],
                "ph": [_sha("5215512345678")],
                "fbp": "fb.1.1731899000000.1234567890",
                "client_ip_address": "189.203.45.12",
            },
            "custom_data": {
                "content_name": "Cirugía bariátrica - Paquete Todo Incluido",
                "currency": "USD",
                "value": 0,
            },
        },
        {
            ("user_data.em[0]", "HASHED_ID"),
            ("user_data.ph[0]", "HASHED_ID"),
            ("user_data.fbp", "ONLINE_ID"),
            ("user_data.client_ip_address", "IP_ADDRESS"),
            ("custom_data.content_name", "HEALTH"),
        },
        {("event_time", "*"), ("custom_data.currency", "*"), ("action_source", "*")},
        True,
    ),
    (
        "Concierge follow-up task (Salesforce): a son's Nigerian number, flight and PNR",
        {
            "attributes": {"type": "Task"},
            "Subject": "Follow-up call - returned home to Lagos",
            "Description": "Spoke with patient's son Chidi Okonkwo (+234 803 555 0142). "
            "Mother recovering well after knee replacement, stitches removed 02/12/2024. "
            "Flight home was EK 784 on 28 Nov, PNR L9XK2M.",
            "ActivityDate": "2024-12-03",
            "Status": "Completed",
        },
        {
            ("Description", "NAME"),
            ("Description", "PHONE"),
            ("Description", "HEALTH"),
            ("Description", "DATE"),
        },
        {("Description", "OTHER_ID"), ("Description", "VEHICLE_ID"), ("Status", "*")},
        True,
    ),
]

#: The project's decisions applied on top of the blind rows: ``name -> (expected added,
#: expected dropped, must-not dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Exchange-rate table for deposits (clean)": (
        set(),
        set(),
        {("date", "*")},
        "a bare ``date`` column is read for a DATE in every export but the shapes whose clock "
        "it is (a W3C log, an ad or BI report, a fee schedule): tests/test_clean_exports.py "
        "reports bare dates in unnamed fields on purpose, and a rate table has no word that "
        "says whose day it is",
    ),
}


#: ``name -> (still open {(field, entity)}, why)``: what the detectors do not read right.
_OPEN: dict[str, tuple[set, str]] = {
    "UK enquiry form (Gravity Forms CSV): NHS number, postcode, day-first DOB": (
        {("Entry Date", "DATE")},
        "Gravity Forms' ``Entry Date`` is the form's submission stamp, but in this very domain "
        "an ``entry date`` is as often a traveller's date of entry into the country (a visa "
        "record's, an itinerary's), a person's date: the key alone cannot tell them apart "
        "(the row is PHI by its name, NHS number and reason all the same)",
    ),
    "Incoming wire deposit (treasury CSV): payer's IBAN, BICs, MRN in the reference": (
        {("Payer Name", "NAME")},
        "``Payer Name`` is the insurer in every claims, remittance and patient-statement "
        "export (tests/test_claims_revenue_cycle.py: a payer is the organisation's side); "
        "only a wire's own words (``Remitter``, ``Ordering Customer``) would say it is the "
        "person who paid, and an IBAN beside it is no contact field that makes a party a "
        "person (the row is PHI by its IBAN, MRN and procedure)",
    ),
    "Hospital's wire instructions (clean config JSON): its own account and SWIFT": (
        {("beneficiary_account", "ACCOUNT_NUMBER")},
        "a wire's beneficiary is the hospital when a patient pays a deposit and the patient "
        "when the hospital refunds one: the key does not say whose account it is, and the "
        "organisation's name beside it is a value, not a field word. The bank's own address "
        "(``bank_address``) and the SWIFT code are read right",
    ),
    "Indian facilitator document checklist: Aadhaar, PAN, PIN code, CABG plan": (
        {("pan", "OTHER_ID|SSN"), ("pin_code", "ZIP_CODE|LOCATION")},
        "a bare ``pan`` is a payment card's primary account number in every payment export "
        "(the payment card rule's), and a ``pin_code`` is a portal's, a locker's or a "
        "programme's PIN in US exports (tests/test_public_health.py: a VFC PIN is no "
        "one's); an Indian PAN and PIN code under those bare keys cannot be told from "
        "them without reading the value's country (``aadhaar_no``, ``permanent account "
        "number`` and the row's health are read)",
    ),
    "Embassy and cultural mission directory (clean CSV): the mission's lines and address": (
        {("Medical Office Fax", "FAX")},
        "an ``office`` fax or phone is a person's own work line as often as an "
        "organisation's (a patient's ``office_phone``); the mission's ``Mission Phone`` and "
        "``Mission Address`` are read as the mission's, the medical office's fax has no "
        "word of whose office it is",
    ),
    "Meta Lead Ads CSV from the UK: Scottish postcode, a diagnosis answer": (
        {("phone_number", "PHONE")},
        "the blind value ``+447700900461`` is in Ofcom's range reserved for drama "
        "(07700 900000-900999), which libphonenumber calls invalid, so the ``p:`` value is "
        "no phone to the pattern; a real UK mobile in the same place is found "
        "(``p:+447911123456``), and the row is PHI by its name, email and diagnosis",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_international_patients_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decision applied): a change that loses recall or precision on
#: international patients' exports fails here. Before the work, blind: SHAPES 20 misses /
#: 13 false / 18 wrong of 30, HELD_OUT 3 / 0 / 3 of 10.
#: The interpreter probe's rule (a bare department beside the patient's MRN is the
#: department of service, tests/test_interpreter_language_services.py) closed the
#: interpreter request log's row: one miss and one record fewer.
FLOORS = ShapeTotals(expected=168, misses=4, false=3, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
