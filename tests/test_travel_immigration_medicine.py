"""Travel medicine clinics and immigration medical exams: their exports.

A blind probe, written by hand before reading the detectors: what a travel clinic chain,
a civil surgeon's office, a panel physician's clinic abroad, a university's student
health service and an airline's medical desk export. Travel clinic bookings and consults
(Passport Health- and Acuity-like CSV and JSON: the destination countries, the departure
and return dates, the vaccines recommended and given, yellow fever, typhoid, Japanese
encephalitis, rabies, malaria prophylaxis), vaccine administration logs (NDC, lot, site),
the International Certificate of Vaccination or Prophylaxis (ICVP, CDC 731) with the
passport number, civil surgeon I-693 records (the USCIS A-Number, a receipt number such
as ``IOE0912345678``, the TB IGRA result, the chest X-ray, the vaccination assessment),
panel physician DS-3025 vaccination worksheets and visa medicals abroad (an NVC case
number, a UK TB certificate, an Australian HAP ID), pre-departure refugee medicals,
pre-employment overseas medicals, student health "travel clearance" forms, airline
fit-to-fly certificates and MEDIF forms, e-prescriptions of malaria prophylaxis, reminder
texts, GA4 rows and Meta lead forms of a clinic's site, and the clean rows around them:
CDC destination and country risk tables, vaccine lot inventories, fee schedules, clinic
location directories, a USCIS form list, flight schedules and a group tour's manifest.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a code that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A travel vaccine is health context, given or recommended.** A vaccination is health
  context (tests/test_public_health.py), and a travel consult that recommends yellow
  fever, typhoid or Japanese encephalitis vaccines, or prescribes malaria prophylaxis
  (atovaquone-proguanil, doxycycline), is a health service to that traveller: HEALTH.
  The same vaccine names in a country risk table, a lot inventory or a fee schedule name
  nobody: such rows are not PHI. A yellow fever waiver (a medical contraindication) is
  health; so is a fit-to-fly certificate that names a condition or a pregnancy, and a
  MEDIF's diagnosis and in-flight oxygen.
- **An immigration medical exam is a medical examination** (PROCEDURE): a booking for an
  "I-693 immigration medical exam", a TB IGRA (QuantiFERON) and its result, negative too
  (as tests/test_occupational_health_testing.py reads a negative drug screen), a chest
  X-ray, a TB class (``Class B1 TB``) and a visa medical's examination codes are health.
  A bare USCIS form number (``I-693``, ``I-485``, ``DS-3025``) and a visa category
  (``H-1B``, ``F-1``, ``IR1``, subclass ``500``) are no finding; a case status row of an
  immigration law firm with no exam in it is identified, not PHI.
- **Immigration numbers are the person's ids** (``OTHER_ID``): the USCIS A-Number (the
  alien registration number, one per person for life), a USCIS receipt number (one
  person's application, as tests/test_workers_comp_claims.py reads a claim number), an
  NVC or embassy immigrant-visa case number, an IOM refugee case number, an Australian
  HAP ID and a visa application's transaction reference number. **A passport number is
  ``OTHER_ID|LICENSE_NUMBER``**, as tests/test_international_patients.py decided; a
  certificate's number issued to one traveller (a UK TB clearance certificate, an ICVP's
  serial) is a certificate number, HIPAA's (K): ``LICENSE_NUMBER|OTHER_ID``.
- **A destination is no LOCATION.** A country, a nationality, an ISO country code and a
  region of a trip (``Amazon basin``) are not geographic subdivisions of a state where
  the person lives, as the international probe decided for a country alone: no finding.
  A CDC country risk code, a yellow fever centre code and a clinic location id are the
  programme's and the clinic's: no finding.
- **Travel is not the person's identifier**, as the international probe decided: a
  flight number, a PNR (a group tour's or a passenger's), a tour code and an airport code
  are no finding. The departure and return dates of a trip beside a traveller are left
  unscored (a hotel stay's dates were); a flight schedule's times with no person are the
  flight's and forbidden.
- **A person's dates are DATE**: birth, a consult or exam appointment, the date a vaccine
  was given (an ICVP's ``14 MAR 2024`` too), the next dose due, a TB test's placement
  and reading. A certificate's validity, a batch's expiry, a fee schedule's effective
  date, an inventory's count date and a system's clocks are not.
- **Ids and codes of the clinic and the product are no one's**: an NDC, a CPT code, a lot
  number, an invoice number, a clinic or panel-site id, an employer's account code and a
  fee are no identifier (an NDC or CPT code may be read as the health it codes).
- **The examining clinician is reported** (a civil surgeon's, a panel physician's and a
  prescriber's name, NPI and licence: NAME, ``OTHER_ID|LICENSE_NUMBER``), as the project
  reports clinicians; a nurse who gave the shot is left unscored. A student id and an
  employee id are the person's ``OTHER_ID`` (tests/test_student_and_school_health.py,
  tests/test_workforce_recruiting.py).
- **The clinic's own places and lines are not a person's**: a clinic's address and phone
  in its directory row, the short code or toll-free line a reminder is sent from.

After reading the detectors no blind expectation was changed; one must-not was wider than
a decision the project had made (a local number at the end of a clinic's reminder text is
reported, detectors/senders.py) and is narrowed on top (:data:`_DECIDED`). What the work
built: US immigration numbers as the person's OTHER_ID, by their fields (``A-Number``,
``a_number``, ``Alien Registration Number``, ``uscis_receipt_number``, ``USCIS Online
Account Number``, ``nvc_case_number``, a visa applicant's ``HAP ID``, a refugee's ``IOM
Case No``) and in text (an A-Number after its label, ``A# 212-345-678``; a USCIS receipt
number by its service centre's shape beside a receipt, case or USCIS word, also under a
bare ``Receipt Number``, where a shop's receipt is not read); a bare ``Traveler`` column
and ``traveller_name`` as NAMEs; a centre's own line and place (``Center Phone``) as the
organisation's; a ``Pregnancy`` field and the CDC's ``TB Classification`` as health
fields; a gestational age asked at the trip's date (``Gestation at Travel``); an imaging
or examination column's reading (``Chest X-ray`` = "No abnormality detected", "Normal",
"Abnormal") as the test, as a lab result under a term's column already was; and 42
vocabulary terms (``typhoid`` and ``dengue`` alone, the travel vaccines' and
antimalarials' brands no drug source lists: YF-VAX, Stamaril, Ixiaro, Typhim Vi, Vivotif,
Vaxchora, Dukoral, Imovax, RabAvert, Ixchiq, Qdenga, Havrix, Twinrix, Coartem, Arakoda...;
``IGRA``, immigration and visa medical exams, pre-travel consultations, altitude
sickness, nasal cannula and in-flight oxygen). Six records are left open
(:data:`LEFT_ALONE`): a bare ``case_number`` holding an NVC case, ImmiAccount's ``TRN``,
``TST (PPD 5 TU)`` under a bare ``Test``, a bare ``certificate_no`` and a ``TB Certificate
No``, and a bare ``Name`` beside a refugee's case number.

One slip on blindness, said here: while checking how the field-name classifier read the
SHAPES keys, I printed the profile of the held-out ``IOM Case No`` with them, before the
held-out scoring (it read as nothing). The ``iom case`` phrase was added only after that
scoring, with the other rules that generalise; the held-out figure after the work is less
blind than usual by that one pair.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 12 / 1 /
10, after the work 3 / 0 / 3 (all in LEFT_ALONE). HELD_OUT (10 records), blind before any
work 8 / 1 / 5; scored once after the work on SHAPES: 8 / 1 / 5; after five rules that
generalise (``traveller_name``, an imaging column's reading, the TB classification, the
IOM case number, oxygen by nasal cannula) and the decision on the reminder's local
number: 3 / 0 / 3 (all in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

#: Every identifier entity of the contract: a must-not ``(field, ANY_ID)`` lets a code be
#: read as health but never as anyone's identifier.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Travel clinic booking export (CSV): destinations, departure, vaccines recommended",
        {
            "Appointment ID": "APT-2291834",
            "Patient Name": "Rebecca Lindholm",
            "DOB": "06/19/1987",
            "Mobile": "(303) 555-0164",
            "Email": "becca.lindholm@gmail.com",
            "Appointment Date": "04/02/2025",
            "Location ID": "LOC-0142",
            "Destinations": "Kenya; Tanzania",
            "Departure Date": "05/11/2025",
            "Return Date": "05/30/2025",
            "Vaccines Recommended": "Yellow Fever; Typhoid; Hepatitis A",
            "Visit Type": "Travel Consultation",
        },
        {
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Mobile", "PHONE"),
            ("Email", "EMAIL"),
            ("Appointment Date", "DATE"),
            ("Vaccines Recommended", "HEALTH"),
        },
        {("Appointment ID", "*"), ("Location ID", "*"), ("Destinations", "*")},
        True,
    ),
    (
        "Travel consult JSON: itinerary with country and ISO code, malaria prophylaxis",
        {
            "consult_id": "c-88f1a2",
            "patient": {
                "id": "TC-0061542",
                "first_name": "Anil",
                "last_name": "Raghunathan",
                "dob": "1979-11-03",
            },
            "trip": {
                "destinations": [
                    {"country": "Peru", "iso2": "PE", "region": "Amazon basin"},
                    {"country": "Bolivia", "iso2": "BO", "region": "La Paz altitude"},
                ],
                "depart": "2025-03-14",
                "return": "2025-04-02",
                "purpose": "Tourism",
            },
            "recommendations": {
                "vaccines": ["Yellow fever", "Typhoid (injectable)", "Rabies pre-exposure"],
                "malaria_prophylaxis": "Atovaquone-proguanil 250/100 mg daily",
                "altitude": "Acetazolamide 125 mg twice daily",
            },
            "created_at": "2025-02-20T15:42:11Z",
        },
        {
            ("patient.id", "OTHER_ID|MRN"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("recommendations.vaccines[0]", "HEALTH"),
            ("recommendations.malaria_prophylaxis", "HEALTH"),
            ("recommendations.altitude", "HEALTH"),
        },
        {
            ("consult_id", "*"),
            ("trip.destinations[0].country", "*"),
            ("trip.destinations[0].iso2", "*"),
            ("trip.destinations[0].region", "*"),
            ("trip.destinations[1].country", "*"),
            ("trip.destinations[1].iso2", "*"),
            ("trip.purpose", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Vaccine administration log: yellow fever dose, NDC, lot, site, VIS date",
        {
            "MRN": "00482917",
            "Patient": "Whitaker, Joanne",
            "Vaccine": "Yellow Fever (YF-VAX)",
            "NDC": "49281-0915-01",
            "Lot": "UJ482AA",
            "Dose": "0.5 mL",
            "Route/Site": "SC / L deltoid",
            "Admin Date": "03/07/2025",
            "VIS Edition": "10/30/2019",
            "Administered By": "K. Osei, RN",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("Vaccine", "HEALTH"),
            ("Admin Date", "DATE"),
        },
        {("NDC", ANY_ID), ("Lot", "*"), ("Dose", "*"), ("VIS Edition", "*")},
        True,
    ),
    (
        "ICVP (CDC 731) as digitised: passport, yellow fever, batch and stamp",
        {
            "certificate_no": "ICVP-US-0048812",
            "traveller_name": "MARCUS DELACROIX",
            "date_of_birth": "22 JUL 1968",
            "sex": "M",
            "nationality": "United States of America",
            "passport_no": "567812349",
            "vaccine_or_prophylaxis": "Yellow fever",
            "date_administered": "14 MAR 2024",
            "signature_of_clinician": "Dr. Helen Abernathy",
            "manufacturer_and_batch": "Sanofi Pasteur UJ456AB",
            "valid_from": "24 MAR 2024",
            "valid_until": "Life of person",
            "official_stamp": "Uniform Stamp CO-0193",
        },
        {
            ("certificate_no", "LICENSE_NUMBER|OTHER_ID"),
            ("traveller_name", "NAME"),
            ("date_of_birth", "DATE"),
            ("passport_no", "OTHER_ID|LICENSE_NUMBER"),
            ("vaccine_or_prophylaxis", "HEALTH"),
            ("date_administered", "DATE"),
            ("signature_of_clinician", "NAME"),
        },
        {
            ("sex", "*"),
            ("nationality", "*"),
            ("manufacturer_and_batch", "*"),
            ("official_stamp", "*"),
            ("valid_until", "*"),
        },
        True,
    ),
    (
        "Civil surgeon I-693 record (JSON): A-Number, receipt number, IGRA, chest X-ray",
        {
            "form": "I-693",
            "edition": "01/20/25",
            "applicant": {
                "family_name": "Oyelaran",
                "given_name": "Folasade",
                "date_of_birth": "1991-02-17",
                "a_number": "A212345678",
                "uscis_receipt_number": "IOE0912345678",
                "country_of_birth": "Nigeria",
            },
            "exam": {
                "exam_date": "2025-01-28",
                "tb_test": "QuantiFERON-TB Gold Plus",
                "tb_result": "Negative",
                "chest_xray": "Not required",
                "class_a_conditions": "None",
            },
            "civil_surgeon": {
                "name": "Dr. Samuel Achterberg",
                "uscis_code": "CS-0412",
                "license": "CO DR.0056123",
            },
        },
        {
            ("applicant.family_name", "NAME"),
            ("applicant.given_name", "NAME"),
            ("applicant.date_of_birth", "DATE"),
            ("applicant.a_number", "OTHER_ID"),
            ("applicant.uscis_receipt_number", "OTHER_ID"),
            ("exam.exam_date", "DATE"),
            ("exam.tb_test", "HEALTH"),
            ("civil_surgeon.name", "NAME"),
            ("civil_surgeon.license", "LICENSE_NUMBER|OTHER_ID"),
        },
        {
            ("form", "*"),
            ("edition", "*"),
            ("applicant.country_of_birth", "*"),
            ("exam.class_a_conditions", "*"),
        },
        True,
    ),
    (
        "I-693 vaccination assessment (CSV row per vaccine): A-Number, varicella titer",
        {
            "A-Number": "A-209-871-554",
            "Last Name": "Castellanos",
            "First Name": "Dulce",
            "Vaccine": "Varicella",
            "Date Received": "",
            "Evidence": "Titer - immune (lab report 12/09/2024)",
            "Requirement Met": "Yes",
            "Blanket Waiver": "",
        },
        {
            ("A-Number", "OTHER_ID"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("Vaccine", "HEALTH"),
        },
        {("Requirement Met", "*")},
        True,
    ),
    (
        "Panel physician DS-3025 worksheet (JSON): NVC case number, doses by date",
        {
            "case_number": "MNL2024561234",
            "visa_class": "IR1",
            "panel_site": "MNL-PP-03",
            "applicant_name": "Reyes, Maria Cristina",
            "birth_date": "1990-07-12",
            "vaccines": [
                {"vaccine": "Hepatitis B", "dose_1": "2024-02-11", "dose_2": "2024-03-12"},
                {"vaccine": "Tdap", "dose_1": "2024-02-11"},
                {"vaccine": "Influenza", "dose_1": "2024-02-11"},
            ],
            "panel_physician": "Dr. Jose Villanueva",
        },
        {
            ("case_number", "OTHER_ID"),
            ("applicant_name", "NAME"),
            ("birth_date", "DATE"),
            ("vaccines[0].vaccine", "HEALTH"),
            ("vaccines[0].dose_1", "DATE"),
            ("panel_physician", "NAME"),
        },
        {("visa_class", "*"), ("panel_site", "*")},
        True,
    ),
    (
        "UK visa TB screening (IOM clinic export): passport, chest X-ray, certificate number",
        {
            "Applicant Name": "Chukwuemeka Obi",
            "Passport Number": "A07654321",
            "Nationality": "Nigerian",
            "Date of Birth": "03/05/1985",
            "Screening Date": "18/11/2024",
            "Chest X-ray": "No abnormality detected",
            "TB Certificate No": "UKTB-NGA-24-0031887",
            "Certificate Valid Until": "18/05/2025",
            "Clinic": "IOM Lagos",
            "Visa Category": "Skilled Worker",
        },
        {
            ("Applicant Name", "NAME"),
            ("Passport Number", "OTHER_ID|LICENSE_NUMBER"),
            ("Date of Birth", "DATE"),
            ("Screening Date", "DATE"),
            ("Chest X-ray", "HEALTH"),
            ("TB Certificate No", "LICENSE_NUMBER|OTHER_ID"),
        },
        {("Nationality", "*"), ("Clinic", "*"), ("Visa Category", "*")},
        True,
    ),
    (
        "CDC country risk table (clean): yellow fever requirement, malaria, ISO code",
        {
            "country": "Ghana",
            "iso3": "GHA",
            "cdc_risk_code": "YF-REQ-ALL",
            "yf_requirement": "Required for arriving travelers aged 9 months or older",
            "malaria_areas": "All areas",
            "recommended_chemoprophylaxis": "Atovaquone-proguanil, doxycycline, mefloquine",
            "last_updated": "2024-06-01",
        },
        {("recommended_chemoprophylaxis", "HEALTH")},
        {
            ("country", "*"),
            ("iso3", "*"),
            ("cdc_risk_code", "*"),
            ("last_updated", "*"),
        },
        False,
    ),
    (
        "Vaccine lot inventory (clean): Typhim Vi on hand, NDC, lot and expiry",
        {
            "clinic_location_id": "LOC-0142",
            "product": "Typhim Vi (typhoid Vi polysaccharide vaccine)",
            "ndc": "49281-0790-20",
            "lot_number": "W1C941M",
            "expiration": "2026-01-31",
            "qty_on_hand": "38",
            "counted_at": "2025-02-01",
        },
        set(),
        {
            ("clinic_location_id", "*"),
            ("ndc", ANY_ID),
            ("lot_number", "*"),
            ("expiration", "*"),
            ("qty_on_hand", "*"),
            ("counted_at", "*"),
        },
        False,
    ),
    (
        "Group tour manifest (identified, no health): PNR, flight, passports",
        {
            "tour_code": "SAF-KE-0525",
            "pnr": "K7QZ2M",
            "flight": "ET 513",
            "traveler": "Gordon Pettibone",
            "passport": "548812307",
            "passport_expiry": "2031-08-09",
            "departure": "2025-05-11",
            "room_type": "Twin share",
        },
        {("traveler", "NAME"), ("passport", "OTHER_ID|LICENSE_NUMBER")},
        {("tour_code", "*"), ("pnr", "*"), ("flight", "*"), ("room_type", "*")},
        False,
    ),
    (
        "Airline MEDIF part 2 (physician section): diagnosis, in-flight oxygen, PNR",
        {
            "passenger_name": "Eleanor Fairbanks",
            "pnr": "XJ4R8P",
            "flight_number": "BA 217",
            "flight_date": "2025-06-03",
            "diagnosis": "COPD, stable; no exacerbation in 6 months",
            "in_flight_oxygen": "Yes - 2 L/min via nasal cannula",
            "wheelchair": "WCHR",
            "fit_to_fly": "Yes",
            "attending_physician": "Dr. Priya Nandakumar",
            "physician_phone": "+1 720 555 0133",
        },
        {
            ("passenger_name", "NAME"),
            ("diagnosis", "HEALTH"),
            ("in_flight_oxygen", "HEALTH"),
            ("attending_physician", "NAME"),
            ("physician_phone", "PHONE"),
        },
        {("pnr", "*"), ("flight_number", "*"), ("wheelchair", "*")},
        True,
    ),
    (
        "Fit-to-fly certificate in pregnancy: gestation at travel, clinic issuing it",
        {
            "Patient": "Sofia Marchetti",
            "Date of Birth": "09/02/1993",
            "Estimated Due Date": "08/14/2025",
            "Gestation at Travel": "29 weeks",
            "Pregnancy": "Singleton, uncomplicated",
            "Fit to Fly": "Yes",
            "Issued": "05/20/2025",
            "Clinic": "Cherry Creek Travel & Family Medicine",
        },
        {
            ("Patient", "NAME"),
            ("Date of Birth", "DATE"),
            ("Estimated Due Date", "DATE"),
            ("Pregnancy", "HEALTH"),
        },
        {("Clinic", "*"), ("Fit to Fly", "*")},
        True,
    ),
    (
        "Student health travel clearance (study abroad form export)",
        {
            "Student ID": "900412876",
            "Student Name": "Tyler Haugen",
            "University Email": "thaugen@uni.example.edu",
            "Program": "Semester in Kenya - Global Health Field School",
            "Destination Country": "Kenya",
            "Term": "Fall 2025",
            "Required Vaccines": "Yellow fever (given 2025-05-02); Typhoid (given 2025-05-02)",
            "Malaria Prescription": "Malarone prescribed",
            "Clearance Status": "Cleared",
        },
        {
            ("Student ID", "OTHER_ID"),
            ("Student Name", "NAME"),
            ("University Email", "EMAIL"),
            ("Required Vaccines", "HEALTH"),
            ("Malaria Prescription", "HEALTH"),
        },
        {("Destination Country", "*"), ("Term", "*"), ("Clearance Status", "*")},
        True,
    ),
    (
        "Study abroad roster (identified, no health): emergency contact, destination",
        {
            "Student ID": "900398114",
            "Name": "Priya Venkataraman",
            "Email": "pvenkat@uni.example.edu",
            "Program": "Summer in Kyoto",
            "Destination": "Japan",
            "Emergency Contact": "Lakshmi Venkataraman",
            "Emergency Phone": "(408) 555-0126",
        },
        {
            ("Student ID", "OTHER_ID"),
            ("Name", "NAME"),
            ("Email", "EMAIL"),
            ("Emergency Contact", "NAME"),
            ("Emergency Phone", "PHONE"),
        },
        {("Destination", "*"), ("Program", "*")},
        False,
    ),
    (
        "GA4 row on a travel clinic site: a yellow fever appointment in the checkout",
        {
            "event_date": "20250214",
            "event_name": "begin_checkout",
            "user_pseudo_id": "2093118452.1739550011",
            "geo": {"country": "United States", "region": "Colorado"},
            "items": [
                {
                    "item_id": "SKU-YF-APPT",
                    "item_name": "Yellow Fever Vaccine Appointment",
                    "price": 225.0,
                }
            ],
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.example-travelhealth.com/vaccines/"
                        "yellow-fever/book?loc=LOC-0142"
                    },
                }
            ],
        },
        {("user_pseudo_id", "ONLINE_ID"), ("items[0].item_name", "HEALTH")},
        {
            ("geo.country", "*"),
            ("geo.region", "*"),
            ("items[0].item_id", "*"),
            ("items[0].price", "*"),
        },
        True,
    ),
    (
        "Acuity-like booking webhook: travel consult with typhoid, intake answers",
        {
            "id": 1188423907,
            "firstName": "Daniel",
            "lastName": "Kowalczyk",
            "email": "dkowalczyk@outlook.com",
            "phone": "7205550198",
            "datetime": "2025-03-04T10:30:00-0700",
            "type": "Travel Consultation + Typhoid Vaccine",
            "calendar": "Downtown Denver Travel Clinic",
            "forms": [
                {
                    "name": "Trip details",
                    "values": [
                        {"name": "Countries you will visit", "value": "Vietnam, Cambodia"},
                        {"name": "Departure date", "value": "2025-04-18"},
                        {"name": "Any allergies to vaccines?", "value": "Egg allergy"},
                    ],
                }
            ],
        },
        {
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("datetime", "DATE"),
            ("type", "HEALTH"),
            ("forms[0].values[2].value", "HEALTH"),
        },
        {("calendar", "*"), ("forms[0].values[0].value", "*")},
        True,
    ),
    (
        "Clinic location directory row (clean): address, phone, YF centre code, hours",
        {
            "location_id": "LOC-0142",
            "name": "Passport Travel Health - Cherry Creek",
            "address": "250 Steele St Ste 110",
            "city": "Denver",
            "state": "CO",
            "zip": "80206",
            "phone": "(303) 555-0100",
            "yf_center_code": "CO-0193",
            "hours": "Mon-Fri 8:00-17:00",
        },
        set(),
        {
            ("location_id", "*"),
            ("name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("yf_center_code", "*"),
        },
        False,
    ),
    (
        "Travel clinic invoice line: Japanese encephalitis vaccine, CPT, fee",
        {
            "Invoice #": "INV-55012",
            "Patient Name": "Harriet Okonjo",
            "Service": "Japanese encephalitis vaccine (Ixiaro) - dose 1",
            "CPT": "90738",
            "Fee": "$345.00",
            "Paid": "$345.00",
            "Payment Method": "Visa ending 4242",
        },
        {("Patient Name", "NAME"), ("Service", "HEALTH")},
        {
            ("Invoice #", "*"),
            ("CPT", ANY_ID),
            ("Fee", "*"),
            ("Paid", "*"),
            ("Payment Method", "*"),
        },
        True,
    ),
    (
        "Travel vaccine fee schedule (clean): CPT, fee, effective date",
        {
            "Service": "Yellow fever vaccine (YF-VAX), subcutaneous",
            "CPT": "90717",
            "Fee": "$225.00",
            "Admin Fee": "$35.00",
            "Effective": "01/01/2025",
        },
        set(),
        {
            ("CPT", ANY_ID),
            ("Fee", "*"),
            ("Admin Fee", "*"),
            ("Effective", "*"),
        },
        False,
    ),
    (
        "Immigration law firm case status (identified, no health): A-Number, I-485 receipt",
        {
            "Client": "Arjun Mehta",
            "A-Number": "A219004512",
            "Receipt Number": "MSC2490112345",
            "Form": "I-485",
            "Visa Category": "H-1B",
            "Case Status": "Case Was Received",
            "Priority Date": "2019-08-01",
            "Filing Fee": "$1,440.00",
        },
        {
            ("Client", "NAME"),
            ("A-Number", "OTHER_ID"),
            ("Receipt Number", "OTHER_ID"),
        },
        {
            ("Form", "*"),
            ("Visa Category", "*"),
            ("Case Status", "*"),
            ("Filing Fee", "*"),
        },
        False,
    ),
    (
        "Civil surgeon booking: an I-693 immigration medical exam with QuantiFERON",
        {
            "Booking Ref": "CSB-77312",
            "Name": "Thi Hoa Tran",
            "Phone": "(720) 555-0172",
            "Email": "hoa.tran.92@gmail.com",
            "Appointment": "02/11/2025 9:15 AM",
            "Service": "Immigration Medical Exam (I-693) incl. QuantiFERON blood test",
            "Language": "Vietnamese",
            "Civil Surgeon": "Dr. Samuel Achterberg",
        },
        {
            ("Name", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Appointment", "DATE"),
            ("Service", "HEALTH"),
            ("Civil Surgeon", "NAME"),
        },
        {("Booking Ref", "*"), ("Language", "*")},
        True,
    ),
    (
        "Travel consult note (free text): a yellow fever waiver for an egg allergy",
        {
            "note_id": "N-4471120",
            "author": "npatel_np",
            "note": (
                "Pt Maria Gonzalez (DOB 4/22/1976) traveling to Ghana 3/2-3/20 for a mission "
                "trip. Hx of anaphylaxis to egg; yellow fever vaccine contraindicated, "
                "medical waiver letter issued. Rx atovaquone-proguanil, typhoid vaccine given."
            ),
            "signed_at": "2025-02-04T16:02:00Z",
        },
        {("note", "NAME"), ("note", "DATE"), ("note", "HEALTH")},
        {("note_id", "*"), ("signed_at", "*")},
        True,
    ),
    (
        "SMS reminder of the second Japanese encephalitis dose",
        {
            "MessageSid": "SM5c8e2f1a9d7b4c3e6f0a1b2c3d4e5f6a",
            "From": "73820",
            "To": "+17205550147",
            "Body": (
                "Summit Travel Health: your 2nd Japanese encephalitis vaccine dose is due "
                "06/14/2025. Reply C to confirm or call 303-555-0100."
            ),
            "DateSent": "Mon, 09 Jun 2025 15:00:04 +0000",
            "Status": "delivered",
        },
        {("To", "PHONE"), ("Body", "HEALTH"), ("Body", "DATE")},
        {("From", "*"), ("MessageSid", "*"), ("DateSent", "*"), ("Body", "PHONE")},
        True,
    ),
    (
        "Pre-employment overseas medical (offshore deployment): fitness and tests",
        {
            "Employee ID": "E-204418",
            "Employee Name": "Bradley Stoddard",
            "DOB": "1982-09-30",
            "Employer": "Atlas Offshore Services Ltd",
            "Employer Account": "ACC-3391",
            "Assignment Country": "Nigeria",
            "Exam Date": "2025-01-16",
            "Tests Performed": "Audiometry; spirometry; 10-panel drug screen; malaria briefing",
            "Fitness Outcome": "Fit - no restrictions",
            "Yellow Fever Status": "Vaccinated 2019 (valid for life)",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("DOB", "DATE"),
            ("Exam Date", "DATE"),
            ("Tests Performed", "HEALTH"),
            ("Yellow Fever Status", "HEALTH"),
        },
        {("Employer", "*"), ("Employer Account", "*"), ("Assignment Country", "*")},
        True,
    ),
    (
        "CDC destination page analytics (clean): pageviews by destination",
        {
            "Page Path": "/travel/destinations/traveler/none/kenya",
            "Page Title": "Kenya - Traveler view | Travelers' Health | CDC",
            "Destination": "Kenya",
            "Views": "18422",
            "Avg Engagement Time": "00:01:42",
            "Month": "2025-01",
        },
        set(),
        {
            ("Page Path", "*"),
            ("Destination", "*"),
            ("Views", "*"),
            ("Avg Engagement Time", "*"),
            ("Month", "*"),
        },
        False,
    ),
    (
        "Monthly travel clinic KPI report (clean): consults and doses by destination",
        {
            "Month": "Feb 2025",
            "Clinic": "Cherry Creek",
            "Top Destination": "Mexico",
            "Consults": "412",
            "Yellow Fever Doses": "88",
            "Typhoid Doses": "203",
            "Grand Total": "703",
        },
        set(),
        {
            ("Month", "*"),
            ("Clinic", "*"),
            ("Top Destination", "*"),
            ("Consults", "*"),
            ("Grand Total", "*"),
        },
        False,
    ),
    (
        "Travel newsletter sign-up (identified, no health): interests and ZIP",
        {
            "email": "wanderlust.kate@yahoo.com",
            "first_name": "Kate",
            "zip": "80209",
            "interests": "Safari; Trekking; Cruises",
            "source": "footer_form",
            "subscribed_at": "2025-01-03T18:22:40Z",
        },
        {("email", "EMAIL"), ("first_name", "NAME"), ("zip", "ZIP_CODE")},
        {("interests", "*"), ("source", "*"), ("subscribed_at", "*")},
        False,
    ),
    (
        "Malaria prophylaxis e-prescription (NCPDP-like JSON): doxycycline for a trip",
        {
            "Patient": {
                "Name": {"LastName": "Brandt", "FirstName": "Oskar"},
                "DateOfBirth": "1964-05-08",
                "Address": {
                    "AddressLine1": "1420 S Pearl St",
                    "City": "Denver",
                    "StateProvince": "CO",
                    "PostalCode": "80210",
                },
            },
            "MedicationPrescribed": {
                "DrugDescription": "Doxycycline Hyclate 100 MG Oral Tablet",
                "Sig": "Take 1 tablet daily starting 2 days before travel, for 4 weeks after",
                "Quantity": "45",
            },
            "Prescriber": {
                "Name": {"LastName": "Nakamura", "FirstName": "Keiko"},
                "NPI": "1598765436",
            },
            "Pharmacy": {"NCPDPID": "0612345", "StoreName": "Pearl St Pharmacy"},
        },
        {
            ("Patient.Name.LastName", "NAME"),
            ("Patient.Name.FirstName", "NAME"),
            ("Patient.DateOfBirth", "DATE"),
            ("Patient.Address.AddressLine1", "LOCATION"),
            ("Patient.Address.PostalCode", "ZIP_CODE"),
            ("MedicationPrescribed.DrugDescription", "HEALTH"),
            ("Prescriber.Name.LastName", "NAME"),
        },
        {
            ("Pharmacy.NCPDPID", "*"),
            ("Pharmacy.StoreName", "*"),
            ("MedicationPrescribed.Quantity", "*"),
        },
        True,
    ),
    (
        "Vaccine recommendation rules (health, no identifier): JE for rural India",
        {
            "destination": "India",
            "itinerary": "Rural areas, stay over 1 month, monsoon season",
            "vaccine": "Japanese encephalitis",
            "recommendation": "Recommended",
            "source": "CDC Yellow Book 2024",
        },
        {("vaccine", "HEALTH")},
        {("destination", "*"), ("recommendation", "*"), ("source", "*")},
        False,
    ),
    (
        "Portal message: a monkey bite abroad, asking about rabies shots",
        {
            "thread_id": "T-99182",
            "from_email": "jordan.beck88@gmail.com",
            "subject": "Monkey bite in Bali - do I need rabies shots?",
            "body": (
                "Hi, I got scratched and bitten by a monkey at the Ubud temple yesterday. "
                "I never had the rabies vaccine. I fly home Friday. What should I do?"
            ),
            "received": "2025-07-08T02:14:55Z",
        },
        {("from_email", "EMAIL"), ("subject", "HEALTH"), ("body", "HEALTH")},
        {("thread_id", "*"), ("received", "*")},
        True,
    ),
    (
        "IOM pre-departure refugee medical: case number, TB class, flight",
        {
            "IOM Case No": "KEN-NBO-2024-118833",
            "Name": "Amina Yusuf Hassan",
            "Age": "34",
            "TB Classification": "Class B1 TB, pulmonary - treated",
            "Pre-departure Treatment": "Albendazole; artemether-lumefantrine",
            "Departure Date": "2025-02-25",
            "Flight": "QR 1342",
            "Destination Resettlement Agency": "Lutheran Family Services",
        },
        {
            ("IOM Case No", "OTHER_ID"),
            ("Name", "NAME"),
            ("TB Classification", "HEALTH"),
            ("Pre-departure Treatment", "HEALTH"),
        },
        {("Age", "*"), ("Flight", "*"), ("Destination Resettlement Agency", "*")},
        True,
    ),
    (
        "Australian visa health examination (eMedical-like): HAP ID, TRN, exam codes",
        {
            "HAP ID": "87429913650",
            "TRN": "EGOV8H2K4LQ",
            "Family Name": "Nguyen",
            "Given Names": "Van An",
            "Date of Birth": "05/12/1988",
            "Visa Subclass": "500",
            "Examinations Required": "501 Medical Examination; 502 Chest X-ray Examination",
            "Panel Site": "HCMC Panel Clinic 02",
        },
        {
            ("HAP ID", "OTHER_ID"),
            ("TRN", "OTHER_ID"),
            ("Family Name", "NAME"),
            ("Given Names", "NAME"),
            ("Date of Birth", "DATE"),
            ("Examinations Required", "HEALTH"),
        },
        {("Visa Subclass", "*"), ("Panel Site", "*")},
        True,
    ),
    (
        "USCIS forms list (clean): I-693 and DS-3025 titles, editions, fees",
        {
            "Form": "I-693",
            "Title": "Report of Immigration Medical Examination and Vaccination Record",
            "Edition Date": "01/20/25",
            "Filing Fee": "$0",
            "Agency": "USCIS",
        },
        set(),
        {("Form", "*"), ("Edition Date", "*"), ("Filing Fee", "*"), ("Agency", "*")},
        False,
    ),
    (
        "Meta lead form CSV of a travel clinic: which vaccines, trip month",
        {
            "id": "l:1187734502219934",
            "created_time": "2025-02-27T21:14:03+0000",
            "campaign_name": "Spring Break Travel Vaccines",
            "full_name": "Marisol Echeverria",
            "phone_number": "p:+17205550183",
            "email": "marisol.ech@gmail.com",
            "which_vaccines_do_you_need?": "Typhoid and hepatitis A",
            "when_do_you_travel?": "next_month",
        },
        {
            ("id", "OTHER_ID"),
            ("full_name", "NAME"),
            ("phone_number", "PHONE"),
            ("email", "EMAIL"),
            ("which_vaccines_do_you_need?", "HEALTH"),
        },
        {("created_time", "*"), ("when_do_you_travel?", "*")},
        True,
    ),
    (
        "Flight schedule (clean): flight numbers, airports, times",
        {
            "flight_no": "UA 1711",
            "carrier": "United",
            "origin": "DEN",
            "destination": "IAH",
            "std": "2025-05-11T06:05:00-06:00",
            "sta": "2025-05-11T09:20:00-05:00",
            "aircraft": "B738",
            "terminal": "B",
        },
        set(),
        {
            ("flight_no", "*"),
            ("origin", "*"),
            ("destination", "*"),
            ("std", "*"),
            ("sta", "*"),
            ("aircraft", "*"),
        },
        False,
    ),
    (
        "TB skin test after a long-term stay abroad: placement, reading, induration",
        {
            "Patient Name": "Ruth Ellingsworth",
            "Patient DOB": "08/30/1959",
            "Reason": "Post-travel screening - 6 months in Peru",
            "Test": "TST (PPD 5 TU)",
            "Placed": "02/03/2025",
            "Read": "02/05/2025",
            "Induration (mm)": "0",
            "Result": "Negative",
        },
        {
            ("Patient Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Test", "HEALTH"),
            ("Placed", "DATE"),
            ("Read", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Oral typhoid vaccine fill at a pharmacy: Vivotif capsules, Rx number",
        {
            "Rx Number": "RX 6612098",
            "Patient": "Gutierrez, Manuel",
            "Phone": "303-555-0119",
            "Drug": "Vivotif (Typhoid Vaccine Live Oral Ty21a) capsules #4",
            "Fill Date": "03/21/2025",
            "Store #": "04412",
        },
        {
            ("Rx Number", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Patient", "NAME"),
            ("Phone", "PHONE"),
            ("Drug", "HEALTH"),
            ("Fill Date", "DATE"),
        },
        {("Store #", "*")},
        True,
    ),
    (
        "Travel health chatbot turn (health, no identifier): typhoid booster question",
        {
            "session_id": "8e1b7c0a-3f44-4f0e-9c1d-2a6b5e8f9d10",
            "turn": 3,
            "role": "user",
            "text": "I had the typhoid shot two years ago, do I need a booster for Nepal?",
            "ts": "2025-04-01T12:00:03Z",
        },
        {("text", "HEALTH")},
        {("text", "LOCATION"), ("ts", "*"), ("turn", "*")},
        False,
    ),
    (
        "HubSpot contact of a travel clinic (hashed email, no health): trip month property",
        {
            "vid": 90128811,
            "properties": {
                "email": "c.fontaine@icloud.com",
                "firstname": "Claire",
                "lastname": "Fontaine",
                "trip_region": "Southeast Asia",
                "lifecyclestage": "lead",
                "email_sha256": _sha("c.fontaine@icloud.com"),
            },
        },
        {
            ("properties.email", "EMAIL"),
            ("properties.firstname", "NAME"),
            ("properties.lastname", "NAME"),
            ("properties.email_sha256", "HASHED_ID"),
        },
        {("properties.trip_region", "*"), ("properties.lifecyclestage", "*")},
        False,
    ),
    (
        "Yellow fever vaccination centre registry row (clean): state stamp numbers",
        {
            "State": "CO",
            "Uniform Stamp Number": "CO-0193",
            "Center Name": "Passport Travel Health - Cherry Creek",
            "Center Phone": "303-555-0100",
            "Vaccine Stock": "YF-VAX",
            "Status": "Active",
        },
        set(),
        {
            ("State", "*"),
            ("Uniform Stamp Number", "*"),
            ("Center Name", "*"),
            ("Center Phone", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "SMS reminder of the second Japanese encephalitis dose": (
        set(),
        set(),
        {("Body", "PHONE")},
        "a local number in a text is let go only as the organisation's line right after its "
        "name, or as a toll-free line or a short code (detectors/senders.py: a local number "
        "may be anyone's); the clinic's \"call 303-555-0100\" at the end of its reminder is "
        "neither, so the blind must-not was stricter than the project",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Panel physician DS-3025 worksheet (JSON): NVC case number, doses by date": (
        {("case_number", "OTHER_ID")},
        "a bare ``case_number`` is a help desk's or a CRM's case (tests/test_public_health.py "
        "left a bare ``case_id`` the same way), and an NVC case number's shape (a post's "
        "three letters, a year and six digits) is an invoice's or a ticket's as often; a key "
        "that says whose case it is (``nvc_case_number``, ``visa_case_number``) is read "
        "(detectors/field_names.py). The row is PHI by its name, birth date and vaccines",
    ),
    "Australian visa health examination (eMedical-like): HAP ID, TRN, exam codes": (
        {("TRN", "OTHER_ID")},
        "``TRN`` is ImmiAccount's transaction reference number here, but the same three "
        "letters are a UAE or Jamaican tax registration number (a business's as often) and "
        "a transaction's reference elsewhere; the row is PHI by its HAP ID, name and exams",
    ),
    "ICVP (CDC 731) as digitised: passport, yellow fever, batch and stamp": (
        {("certificate_no", "LICENSE_NUMBER|OTHER_ID")},
        "a bare ``certificate_no`` is a gift certificate's, a TLS certificate's or a "
        "calibration certificate's as often as a traveller's, and an ICVP's serial has no "
        "shape of its own; the row is PHI by its name, passport and vaccine",
    ),
    "UK visa TB screening (IOM clinic export): passport, chest X-ray, certificate number": (
        {("TB Certificate No", "LICENSE_NUMBER|OTHER_ID")},
        "certificate numbers are read only under a licence's or a card's words (field_names' "
        "LICENSE_NUMBER rules); a TB clearance certificate is one country's visa document "
        "and was left rather than start a rule for every certificate a person may hold "
        "(the row is PHI by its name, passport and chest X-ray)",
    ),
    "IOM pre-departure refugee medical: case number, TB class, flight": (
        {("Name", "NAME")},
        "a bare top-level ``Name`` is read only beside a person's name parts, a practice's "
        "patient number or inside a pasted table (field_names, text_grids); a case number "
        "beside it does not tell a person's row from a programme's or a site's, so the "
        "row is PHI by its case number and TB class without the name",
    ),
    "TB skin test after a long-term stay abroad: placement, reading, induration": (
        {("Test", "HEALTH")},
        "``TST`` and ``PPD`` are a test environment and freight prepaid as often as a "
        "tuberculin skin test, so neither is a vocabulary term alone (``PPD skin test``, "
        "``TB skin test`` and ``tuberculin skin test`` are); a bare ``Test`` column is the "
        "analyte only beside a result's units or range (detectors/health_fields.py). The "
        "row's name and dates stay found; its PHI verdict is what is lost",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_travel_immigration_medicine_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decision applied): a change that loses recall or precision on
#: travel clinic and immigration medical exports fails here. Before the work, blind:
#: SHAPES 12 misses / 1 false / 10 wrong of 31, HELD_OUT 8 / 1 / 5 of 10.
FLOORS = ShapeTotals(expected=147, misses=6, false=0, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
