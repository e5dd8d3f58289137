"""Public health programmes' exports and the marketing around them.

A blind probe, written by hand before reading the detectors: what a health department's,
an immunization programme's and a community-health outreach team's tools export.
Mass-vaccination and flu-clinic registrations (PrepMod- and VAMS-like JSON and CSV: clinic
site ids, dose numbers, lot numbers, NDCs, CVX and MVX codes, VFC eligibility), immunization
information system (IIS) query and response rows and school compliance rosters,
reportable-disease case investigations (NBS-like JSON with a jurisdiction's case id, onset
and diagnosis dates, an outbreak id and the MMWR week), outbreak line lists, electronic lab
reports (accession and specimen ids), contact-tracing call logs and daily text check-ins,
test-result notification SMS and portal events, screening and prevention programmes
(childhood lead, hepatitis C, HIV/PrEP outreach, naloxone distribution and training), WIC
certifications, health-department newsletter subscriptions and campaign sends
(GovDelivery-like), a department site's analytics, syndromic-surveillance visit rows, and
the clean rows around them: aggregate surveillance tables (counts by county and week,
by ZIP with suppression marks ``<11``), vaccine lot inventories, clinic site lists, campaign
reports, outbreak summaries and a data dictionary.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a code that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A vaccination is health context.** A named vaccine (``Influenza, seasonal``,
  ``COVID-19 (Moderna)``, ``JYNNEOS``, ``MMR``), a dose of it, a clinic registration for it
  or a reminder of the next dose ties the person to a health service, as
  tests/test_retail_pharmacy.py and tests/test_workforce_recruiting.py already read
  vaccinations. A CVX, MVX or NDC code and a lot number are the product's and the batch's:
  they may be read as the health they code but are never an identifier. A VFC eligibility
  code (``V02``) is a financing class: no finding.
- **A jurisdiction's case id is the person's record id** (``OTHER_ID|MRN``): an NBS local
  id, a state case number, an IIS client id, a contact-tracing monitoree id and a lab's
  accession or specimen id each point at one person's record, as a study subject's number
  and a kit's barcode do (tests/test_clinical_research.py,
  tests/test_genomics_and_labs.py). An outbreak id, a cluster id, a facility or clinic
  site id, a VFC PIN, a lab's CLIA number, a condition's event code and an MMWR week are
  the programme's: no finding.
- **Aggregate tables are no PHI records.** A count by county, ZIP, age band or week names
  nobody, even a small cell; a suppression mark (``<11``, ``*``), a rate and a FIPS code are
  no findings, and the week, county and ZIP of an aggregate row are the table's (the brief
  asked whether a small-cell aggregate by ZIP and condition is PHI: a scanner cannot
  re-identify from one row, and the row holds no one's value, so no).
- **A person's dates are DATE**: birth, symptom onset, diagnosis, specimen collection,
  vaccination, a due dose, a booked clinic slot, a last exposure, a test result's date,
  a WIC certification's expected delivery date. A report's, a batch's and a system's
  clocks (a lot's expiry, the MMWR week, an export or send time, a campaign's dates) are
  not. A case's report date is left unstated.
- **A contact named by a case is a person**: a contact's name and phone on a tracing
  record are identifiers, and an exposure to a named disease is health context of the
  contact.
- **A test result notice is health context even when it does not say the result**:
  "your COVID-19 test result is ready" names a test of that person (PROCEDURE).
- **A campaign or newsletter topic that names a condition or vaccine is health context
  of its recipient** (as tests/test_marketing_names.py and the retail pharmacy probe read
  campaign and template names); a WIC enrolment or a general newsletter alone is not.
- **Screening programmes**: a lead level, a hepatitis C antibody result, PrEP and
  naloxone are health. A naloxone kit handed out anonymously (a count and a ZIP of the
  event) is no PHI record; a kit mailed to a named person is.
- **Syndromic surveillance rows** (a visit's patient ZIP, age and chief complaint) carry a
  ZIP and a visit date of a person: PHI.
- **The department's own places and lines are not a person's**: a clinic's or site's
  address, the hotline, the department's mailbox and a provider site's contact line.
- **A volunteer vaccinator's role is a job, not their health**; their licence number is
  reported (LICENSE_NUMBER), the record is not PHI.

After reading the detectors no blind expectation was changed. Seven must-nots and one
expectation were stricter than decisions the project had made and are narrowed on top
(:data:`_DECIDED`): a ``clinic`` object's address, a form's name that names a drug, a
volunteer's name (workforce), bare ``Enrollment Date``, ``started``, ``date`` and
``example`` dates, and a county in an open-data row. Two blind decisions were the
project's otherwise, and those rows are in :data:`LEFT_ALONE`: **a county or ZIP x
condition count row is PHI** (tests/test_bi_reports.py: geography below the state is
found in any row, whatever the count; the ``<11`` marks, counts, rates, FIPS codes and
MMWR weeks are no findings, as the probe said). What the work built, each with its unit
test: school rosters' ``Student`` and tracing systems' ``Monitoree`` as person words
(``Student Name``, ``State Student ID``, ``Monitoree ID``); a state's, local or county
``case id``/``number`` and an IIS's ``client id`` as the person's record id (a bare
``case_id`` stays a help desk's, a bare ``client_id`` an analytics id); specimen
collection, result and last-exposure dates; HL7 v2 names flattened with carets
(``FAMILY^GIVEN^M``); blood lead levels under their field (``Blood Lead Level (ug/dL)``,
``BLL``); a responder's ``Deployment`` as a job field; a site list's ``vaccines_offered``
as its menu, not a booking (its address and line stay the site's); and eighteen
vocabulary terms (``loss of smell``, ``JYNNEOS``, ``MMR``, ``DTaP``, ``HCV screening``,
``lead screening``, ``low hemoglobin``...). Nine records are left open
(:data:`LEFT_ALONE`): the two aggregates above, NBS's bare ``local_id``, a bare
``case_id`` and ``Case Name``, a ``PrEP`` campaign (bare "prep" is meal prep), a
``facility_address`` with an outbreak's onset range, a ZIP inside a search term, and a
partner-services record's ``Partner Name`` and ``Original Patient``.

Figures (misses / false findings / records wrong). SHAPES (32 records, 119 pairs as
written): blind 18 / 9 / 20; after the work 6 / 5 / 12 as written, 5 / 1 / 7 with the
decisions (all seven in LEFT_ALONE). HELD_OUT (10 records, 37 pairs): blind 4 / 3 / 5;
scored once after the SHAPES work 4 / 3 / 5; after two general fixes (an IIS's client id,
``MMR``) and the decisions on bare dates and a county, 2 / 0 / 2 (both in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

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
        "PrepMod-like clinic registration (JSON): flu and COVID doses, insurance, VFC",
        {
            "registration_id": "R-7731904",
            "clinic": {
                "clinic_id": "CL-20241012-044",
                "name": "Eastside Community Center Flu & COVID Clinic",
                "address": "1420 E Main St, Columbus, OH 43205",
            },
            "patient": {
                "first_name": "Lorraine",
                "last_name": "Castellanos",
                "date_of_birth": "1958-02-17",
                "phone": "614-555-0134",
                "email": "lcastellanos58@gmail.com",
                "address": {
                    "street": "88 Wilson Ave",
                    "city": "Columbus",
                    "state": "OH",
                    "zip": "43205",
                },
            },
            "appointment_time": "2024-10-12T10:15:00-04:00",
            "vaccines_requested": ["Influenza (high dose)", "COVID-19 2024-2025 Formula"],
            "vfc_eligibility": "V01",
            "insurance": {"carrier": "Medicare Part B", "member_id": "1EG4TE5MK72"},
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.date_of_birth", "DATE"),
            ("patient.phone", "PHONE"),
            ("patient.email", "EMAIL"),
            ("patient.address.street", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("appointment_time", "DATE"),
            ("vaccines_requested[0]", "HEALTH"),
            ("vaccines_requested[1]", "HEALTH"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("clinic.clinic_id", "*"),
            ("clinic.address", "LOCATION"),
            ("vfc_eligibility", "*"),
            ("insurance.carrier", "*"),
        },
        True,
    ),
    (
        "VAMS-like recipient export (CSV): dose number, lot, NDC, CVX and administration",
        {
            "Recipient ID": "VAMS-0093381274",
            "Recipient First Name": "Desmond",
            "Recipient Last Name": "Okoro",
            "Recipient DOB": "04/22/1979",
            "Recipient Sex": "M",
            "Recipient ZIP": "30310",
            "Clinic Name": "Fulton County BOH - Adamsville Site",
            "Clinic ID": "GA-FUL-0012",
            "Vaccine Product": "Moderna COVID-19 Vaccine",
            "CVX": "208",
            "NDC": "80777-0273-10",
            "MVX": "MOD",
            "Lot Number": "039K20A",
            "Dose Number": "2",
            "Administration Date": "03/18/2021",
            "Administration Site": "LA",
            "Route": "IM",
        },
        {
            ("Recipient ID", "OTHER_ID|MRN"),
            ("Recipient First Name", "NAME"),
            ("Recipient Last Name", "NAME"),
            ("Recipient DOB", "DATE"),
            ("Recipient ZIP", "ZIP_CODE"),
            ("Vaccine Product", "HEALTH"),
            ("Administration Date", "DATE"),
        },
        {
            ("Clinic ID", "*"),
            ("CVX", ANY_ID),
            ("NDC", ANY_ID),
            ("MVX", "*"),
            ("Lot Number", "*"),
            ("Dose Number", "*"),
            ("Administration Site", "*"),
            ("Clinic Name", "NAME"),
        },
        True,
    ),
    (
        "Vaccination clinic site list (clean): site ids, addresses, capacity, hours",
        {
            "site_id": "SITE-0147",
            "site_name": "Franklin Park Conservatory - Mass Vaccination Site",
            "site_address": "1777 E Broad St",
            "site_city": "Columbus",
            "site_zip": "43203",
            "site_phone": "614-555-0100",
            "vfc_pin": "OH123456",
            "daily_capacity": 1200,
            "hours": "Mon-Sat 8:00 AM - 6:00 PM",
            "vaccines_offered": "Influenza; COVID-19; Tdap",
        },
        set(),
        {
            ("site_id", "*"),
            ("site_address", "*"),
            ("site_city", "*"),
            ("site_zip", "*"),
            ("site_phone", "*"),
            ("vfc_pin", "*"),
            ("daily_capacity", "*"),
        },
        False,
    ),
    (
        "IIS query and response row (JSON): QBP^Q11 match with the forecast",
        {
            "message_control_id": "MSG20241004153322117",
            "query_tag": "Q-88213",
            "response_status": "OK - one match",
            "iis_client_id": "8820044719",
            "patient": {
                "name": {"given": "Aaliyah", "family": "Brooks"},
                "birth_date": "2019-06-30",
                "mother_maiden_name": "Harper",
                "guardian_phone": "(404) 555-0178",
            },
            "history": [
                {
                    "cvx": "03",
                    "vaccine": "MMR",
                    "admin_date": "2020-07-02",
                    "lot": "R012345",
                    "mvx": "MSD",
                }
            ],
            "forecast": [{"vaccine_group": "MMR", "dose": 2, "due_date": "2023-06-30"}],
            "sending_facility": "GA0000123",
        },
        {
            ("iis_client_id", "OTHER_ID|MRN"),
            ("patient.name.given", "NAME"),
            ("patient.name.family", "NAME"),
            ("patient.birth_date", "DATE"),
            ("patient.mother_maiden_name", "NAME"),
            ("patient.guardian_phone", "PHONE"),
            ("history[0].vaccine", "HEALTH"),
            ("history[0].admin_date", "DATE"),
            ("forecast[0].due_date", "DATE"),
        },
        {
            ("message_control_id", "*"),
            ("query_tag", "*"),
            ("history[0].lot", "*"),
            ("history[0].cvx", ANY_ID),
            ("history[0].mvx", "*"),
            ("sending_facility", "*"),
        },
        True,
    ),
    (
        "School immunization compliance roster (CSV): missing doses and exemptions",
        {
            "School": "Lincoln Elementary",
            "Grade": "K",
            "Student Name": "Mateo Alvarez",
            "DOB": "09/14/2018",
            "State Student ID": "7719024481",
            "Missing Vaccines": "DTaP dose 5; Varicella dose 2",
            "Exemption": "Medical - pending",
            "Compliance Status": "Conditional",
            "Report Date": "10/01/2024",
        },
        {
            ("Student Name", "NAME"),
            ("DOB", "DATE"),
            ("State Student ID", "OTHER_ID"),
            ("Missing Vaccines", "HEALTH"),
        },
        {("School", "*"), ("Grade", "*"), ("Report Date", "*")},
        True,
    ),
    (
        "Vaccine lot inventory (clean): NDC, lot, CVX, MVX, expiry, doses on hand",
        {
            "Site": "SITE-0147",
            "Vaccine": "Fluzone High-Dose Quadrivalent",
            "NDC": "49281-0124-65",
            "CVX": "197",
            "MVX": "PMC",
            "Lot": "UT8143CA",
            "Expiration": "2025-06-30",
            "Doses On Hand": "340",
            "Doses Wasted": "<11",
            "Funding": "VFC",
        },
        set(),
        {
            ("Site", "*"),
            ("NDC", ANY_ID),
            ("CVX", ANY_ID),
            ("MVX", "*"),
            ("Lot", "*"),
            ("Expiration", "*"),
            ("Doses On Hand", "*"),
            ("Doses Wasted", "*"),
        },
        False,
    ),
    (
        "Reportable-disease case investigation (NBS-like JSON): salmonellosis in an outbreak",
        {
            "local_id": "CAS10023456GA01",
            "state_case_id": "2024-GA-004417",
            "condition": "Salmonellosis",
            "condition_code": "11000",
            "case_status": "Confirmed",
            "patient": {
                "first_nm": "Ruth",
                "last_nm": "Abernathy",
                "birth_dt": "1941-11-03",
                "phone_home": "770-555-0143",
                "address": {
                    "street_addr1": "512 Pecan Grove Rd",
                    "city": "Marietta",
                    "county": "Cobb County",
                    "zip": "30064",
                },
            },
            "illness_onset_dt": "2024-09-12",
            "diagnosis_dt": "2024-09-15",
            "hospitalized_ind": "Y",
            "outbreak_id": "OB-2024-GA-0142",
            "mmwr_week": 38,
            "mmwr_year": 2024,
            "jurisdiction": "Cobb-Douglas",
        },
        {
            ("local_id", "OTHER_ID|MRN"),
            ("state_case_id", "OTHER_ID|MRN"),
            ("condition", "HEALTH"),
            ("patient.first_nm", "NAME"),
            ("patient.last_nm", "NAME"),
            ("patient.birth_dt", "DATE"),
            ("patient.phone_home", "PHONE"),
            ("patient.address.street_addr1", "LOCATION"),
            ("patient.address.county", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("illness_onset_dt", "DATE"),
            ("diagnosis_dt", "DATE"),
        },
        {
            ("condition_code", ANY_ID),
            ("outbreak_id", "*"),
            ("mmwr_week", "*"),
            ("mmwr_year", "*"),
        },
        True,
    ),
    (
        "Outbreak line list (CSV): a norovirus cluster in a care home",
        {
            "Outbreak ID": "NV-2024-117",
            "Line #": "7",
            "Case Name": "Eleanor Whitcombe",
            "Age": "93",
            "Sex": "F",
            "Resident/Staff": "Resident",
            "Unit": "2 West",
            "Onset Date": "11/02/2024",
            "Symptoms": "vomiting, diarrhea",
            "Specimen Collected": "11/03/2024",
            "Result": "Norovirus GII PCR positive",
            "Facility": "Maple Ridge Care Center",
        },
        {
            ("Case Name", "NAME"),
            ("Age", "AGE_OVER_89"),
            ("Onset Date", "DATE"),
            ("Symptoms", "HEALTH"),
            ("Specimen Collected", "DATE"),
            ("Result", "HEALTH"),
        },
        {("Outbreak ID", "*"), ("Line #", "*"), ("Unit", "*"), ("Facility", "*")},
        True,
    ),
    (
        "Electronic lab report row (ELR, flattened): accession, specimen, result, ordering NPI",
        {
            "lab_name": "Quest Diagnostics - Tucker",
            "clia": "11D0255349",
            "accession_number": "TK4418839201",
            "specimen_id": "SP-24-0918-55812",
            "patient_name": "FORTUNE^MARCUS^J",
            "patient_dob": "19870512",
            "patient_zip": "30084",
            "test_name": "Hepatitis C virus Ab [Presence] in Serum",
            "loinc": "13955-0",
            "result": "Reactive",
            "specimen_collection_date": "20240918",
            "result_date": "20240920",
            "ordering_provider_npi": "1588667638",
        },
        {
            ("accession_number", "OTHER_ID|MRN"),
            ("specimen_id", "OTHER_ID|MRN"),
            ("patient_name", "NAME"),
            ("patient_dob", "DATE"),
            ("patient_zip", "ZIP_CODE"),
            ("test_name", "HEALTH"),
            ("specimen_collection_date", "DATE"),
            ("result_date", "DATE"),
        },
        {("clia", "*"), ("loinc", ANY_ID), ("lab_name", "NAME")},
        True,
    ),
    (
        "Contact-tracing call log (Sara Alert-like CSV): a monitoree reached by phone",
        {
            "Monitoree ID": "SA-00481192",
            "First Name": "Priya",
            "Last Name": "Raghunathan",
            "Primary Telephone": "(512) 555-0166",
            "Exposure Risk": "High - household contact of a confirmed COVID-19 case",
            "Last Date of Exposure": "2022-01-06",
            "Call Attempt": "2",
            "Call Outcome": "Reached - no symptoms",
            "Tracer": "CT-Team 4",
            "Call Time": "2022-01-08 14:32",
        },
        {
            ("Monitoree ID", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Primary Telephone", "PHONE"),
            ("Exposure Risk", "HEALTH"),
            ("Last Date of Exposure", "DATE"),
        },
        {("Call Attempt", "*"), ("Tracer", "*")},
        True,
    ),
    (
        "Daily symptom check-in by text (SMS log JSON): the monitoree reports a fever",
        {
            "sid": "SMa1b2c3d4e5f60718293a4b5c6d7e8f90",
            "direction": "inbound",
            "from": "+15125550166",
            "to": "+15125550100",
            "body": "Day 6 check in: I have a fever of 101 and a cough since last night",
            "date_sent": "Sat, 08 Jan 2022 15:02:11 +0000",
            "messaging_service_sid": "MG9f8e7d6c5b4a39281706f5e4d3c2b1a0",
        },
        {("from", "PHONE"), ("body", "HEALTH")},
        {("sid", "*"), ("date_sent", "*"), ("messaging_service_sid", "*")},
        True,
    ),
    (
        "Test-result notification SMS (outbound log): result ready, portal link",
        {
            "message_id": "msg_5f1e0a9c22",
            "recipient_phone": "+14045550191",
            "template": "covid_result_ready_en",
            "text": "Hi Marcus, your COVID-19 test result from 09/18 is ready. View it at "
            "https://results.dph.example.gov/r/K7Q2ZP",
            "status": "delivered",
            "sent_at": "2024-09-20T17:45:03Z",
        },
        {
            ("recipient_phone", "PHONE"),
            ("text", "HEALTH"),
            ("text", "NAME"),
        },
        {("message_id", "*"), ("sent_at", "*"), ("status", "*")},
        True,
    ),
    (
        "Results portal event (analytics JSON): a signed-in user views a test result",
        {
            "event_name": "result_viewed",
            "event_timestamp": "1726854612000000",
            "user_id": "pt_44810923",
            "user_pseudo_id": "1877230455.1726850011",
            "page_location": "https://results.dph.example.gov/results/hiv-1-2-antigen-antibody",
            "result_type": "HIV-1/2 Ag/Ab screen",
            "geo": {"city": "Atlanta", "region": "Georgia"},
        },
        {
            ("user_id", "OTHER_ID|ONLINE_ID"),
            ("user_pseudo_id", "ONLINE_ID"),
            ("result_type", "HEALTH"),
        },
        {("event_timestamp", "*")},
        True,
    ),
    (
        "Weekly surveillance table by county (clean): MMWR week, FIPS, counts, suppression",
        {
            "mmwr_year": "2024",
            "mmwr_week": "41",
            "county": "Franklin",
            "county_fips": "39049",
            "condition": "Influenza-associated hospitalization",
            "case_count": "37",
            "deaths": "<11",
            "rate_per_100k": "2.8",
        },
        set(),
        {
            ("mmwr_year", "*"),
            ("mmwr_week", "*"),
            ("county_fips", "*"),
            ("case_count", "*"),
            ("deaths", "*"),
            ("rate_per_100k", "*"),
        },
        False,
    ),
    (
        "Small-cell aggregate by ZIP and condition (clean): suppressed counts",
        {
            "ZIP Code": "43211",
            "Condition": "Hepatitis C, chronic",
            "Year": "2023",
            "Cases": "<11",
            "Population": "24,812",
            "Suppressed": "Y",
        },
        set(),
        {("Cases", "*"), ("Population", "*"), ("Year", "*"), ("Suppressed", "*")},
        False,
    ),
    (
        "COVID-19 vaccination coverage by age group and county (clean, open-data row)",
        {
            "date": "2023-05-10",
            "fips": "13121",
            "recip_county": "Fulton County",
            "recip_state": "GA",
            "age_group": "65+",
            "administered_dose1_recip": 163844,
            "series_complete_pop_pct": 87.4,
            "booster_doses_vax_pct": "95.0",
        },
        set(),
        {
            ("date", "*"),
            ("fips", "*"),
            ("recip_county", "*"),
            ("administered_dose1_recip", "*"),
            ("series_complete_pop_pct", "*"),
            ("booster_doses_vax_pct", "*"),
        },
        False,
    ),
    (
        "Childhood blood lead screening result (CSV): venous level, case management",
        {
            "Child Last Name": "Washington",
            "Child First Name": "Jaylen",
            "Child DOB": "2021-08-02",
            "Parent/Guardian": "Tamika Washington",
            "Street Address": "3317 W Cherry St",
            "City": "Milwaukee",
            "Zip": "53208",
            "Sample Type": "Venous",
            "Blood Lead Level (ug/dL)": "8.4",
            "Sample Date": "2024-06-11",
            "Case Manager": "L. Ortiz",
            "Census Tract": "55079005300",
        },
        {
            ("Child Last Name", "NAME"),
            ("Child First Name", "NAME"),
            ("Child DOB", "DATE"),
            ("Parent/Guardian", "NAME"),
            ("Street Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Blood Lead Level (ug/dL)", "HEALTH"),
            ("Sample Date", "DATE"),
        },
        {("Sample Type", ANY_ID)},
        True,
    ),
    (
        "Hepatitis C screening outreach list (CRM export): birth cohort, linkage to care",
        {
            "Contact ID": "0031U00000xZ7qQQAS",
            "First Name": "Gerald",
            "Last Name": "Pinkney",
            "Mobile": "(313) 555-0148",
            "Birth Year": "1962",
            "HCV Screening Status": "Antibody reactive - RNA pending",
            "Linkage Navigator": "Team B",
            "Outreach Campaign": "HCV Test & Treat 2024",
            "Last Outreach": "2024-08-05",
        },
        {
            ("Contact ID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Mobile", "PHONE"),
            ("HCV Screening Status", "HEALTH"),
        },
        {("Birth Year", "*"), ("Linkage Navigator", "*")},
        True,
    ),
    (
        "HIV prevention / PrEP outreach campaign export (CSV): text opt-ins and referrals",
        {
            "Subscriber": "+12155550119",
            "Keyword": "PREP",
            "Opt-in Date": "2024-07-14",
            "Campaign": "PrEP Works Philly - Summer 2024",
            "Referred To": "Philadelphia FIGHT - PrEP Navigation",
            "Answer: Are you currently taking PrEP?": "No",
            "Answer: ZIP": "19121",
        },
        {
            ("Subscriber", "PHONE"),
            ("Campaign", "HEALTH"),
            ("Answer: ZIP", "ZIP_CODE"),
        },
        {("Keyword", ANY_ID), ("Referred To", ANY_ID)},
        True,
    ),
    (
        "Naloxone distribution event log (clean of people): kits, event ZIP, count",
        {
            "Event ID": "NX-EVT-2024-0331",
            "Event Date": "2024-03-31",
            "Event Type": "Community pop-up",
            "Location": "Kensington & Allegheny",
            "Event ZIP": "19134",
            "Naloxone Kits Distributed": "86",
            "Fentanyl Test Strips": "140",
            "Trainings": "23",
            "Staff": "Outreach Team 3",
        },
        set(),
        {
            ("Event ID", "*"),
            ("Naloxone Kits Distributed", "*"),
            ("Fentanyl Test Strips", "*"),
            ("Trainings", "*"),
        },
        False,
    ),
    (
        "Naloxone by mail request (web form JSON): a named person, shipping address",
        {
            "form": "naloxone_mail_request",
            "submitted": "2024-05-02T22:14:51Z",
            "fields": {
                "full_name": "Kyle Brennan",
                "email": "kbrennan.pa@proton.me",
                "ship_address": "2045 E Cumberland St Apt 2, Philadelphia, PA 19125",
                "for_whom": "Myself",
                "product": "Naloxone HCl nasal spray 4 mg (2-pack)",
                "uses_opioids": "Yes",
            },
        },
        {
            ("fields.full_name", "NAME"),
            ("fields.email", "EMAIL"),
            ("fields.ship_address", "LOCATION|ZIP_CODE"),
            ("fields.product", "HEALTH"),
        },
        {("submitted", "*"), ("form", "*")},
        True,
    ),
    (
        "WIC certification record (CSV): participant category, expected delivery date",
        {
            "Family ID": "WF-00772910",
            "Participant ID": "WP-00772910-02",
            "Participant Name": "Ashley Moreno",
            "Category": "Pregnant Woman",
            "EDD": "2025-02-11",
            "Certification Date": "2024-09-03",
            "Clinic": "WIC Clinic 14 - Southgate",
            "Phone": "(216) 555-0127",
            "Hemoglobin": "10.9",
            "Nutrition Risk": "201 - Low Hematocrit/Low Hemoglobin",
        },
        {
            ("Participant ID", "OTHER_ID|MRN"),
            ("Participant Name", "NAME"),
            ("EDD", "DATE"),
            ("Phone", "PHONE"),
            ("Hemoglobin", "HEALTH"),
            ("Nutrition Risk", "HEALTH"),
        },
        {("Clinic", "*")},
        True,
    ),
    (
        "Health-department newsletter subscriber (GovDelivery-like CSV): topics",
        {
            "Email Address": "dana.whitlock@comcast.net",
            "Zip Code": "97214",
            "Created At": "2023-11-02 09:41:10 -0800",
            "Topics": "Flu and COVID-19 Vaccine Updates; Diabetes Prevention Program",
            "Delivery Preference": "Bulletin Digest",
            "Origin": "Widget",
        },
        {
            ("Email Address", "EMAIL"),
            ("Zip Code", "ZIP_CODE"),
            ("Topics", "HEALTH"),
        },
        {("Created At", "*"), ("Delivery Preference", "*")},
        True,
    ),
    (
        "Campaign email send event (bulletin recipient log): flu shot reminder",
        {
            "bulletin_id": "4112987",
            "subject": "It's not too late: get your flu shot at a free clinic near you",
            "recipient": "r.okafor@yahoo.com",
            "sent_at": "2024-10-21 10:00:00",
            "opened": "true",
            "clicked_url": "https://health.example.gov/flu-clinics?utm_source=govdelivery",
        },
        {("recipient", "EMAIL"), ("subject", "HEALTH")},
        {("bulletin_id", "*"), ("sent_at", "*")},
        True,
    ),
    (
        "Campaign performance report (clean): flu vaccination ads by week",
        {
            "Week": "2024-10-14",
            "Campaign": "Fight Flu 2024 - Seniors",
            "Ad Group": "Flu Shot Clinics Near Me",
            "Impressions": "184,220",
            "Clicks": "2,611",
            "CTR": "1.42%",
            "Cost": "$1,204.55",
            "Conversions": "318",
        },
        set(),
        {
            ("Week", "*"),
            ("Impressions", "*"),
            ("Clicks", "*"),
            ("Cost", "*"),
            ("Conversions", "*"),
        },
        False,
    ),
    (
        "Outbreak summary (clean): facility, cluster id, counts, onset range",
        {
            "cluster_id": "CL-2024-0912-TB",
            "setting": "Homeless shelter",
            "facility_name": "Harbor Light Shelter",
            "facility_address": "1 Harbor Light Way, Cleveland, OH 44113",
            "pathogen": "Mycobacterium tuberculosis",
            "cases": 6,
            "contacts_identified": 142,
            "first_onset": "2024-06-02",
            "last_onset": "2024-09-01",
            "status": "Open",
        },
        set(),
        {
            ("cluster_id", "*"),
            ("facility_address", "LOCATION|ZIP_CODE"),
            ("cases", "*"),
            ("contacts_identified", "*"),
            ("facility_name", "NAME"),
        },
        False,
    ),
    (
        "Exposure-notification app verification code log (anonymous): no identifier",
        {
            "verification_code_id": "vc_7f3a90",
            "test_type": "confirmed",
            "symptom_date": "2021-12-28",
            "issued_at": "2021-12-30T18:22:04Z",
            "claimed": True,
            "region": "US-WA",
        },
        set(),
        {("verification_code_id", "*"), ("issued_at", "*"), ("region", "*")},
        False,
    ),
    (
        "Case interview with named contacts (nested JSON): pertussis, household contacts",
        {
            "case_id": "2024-MN-PER-00318",
            "condition": "Pertussis",
            "case": {"name": "Oliver Lindqvist", "dob": "2024-03-19"},
            "interviewee": "mother",
            "contacts": [
                {
                    "name": "Greta Lindqvist",
                    "relationship": "Sibling",
                    "phone": "651-555-0182",
                    "last_exposure": "2024-08-14",
                    "prophylaxis": "Azithromycin 5 days",
                },
                {
                    "name": "Anders Lindqvist",
                    "relationship": "Father",
                    "phone": "651-555-0139",
                    "last_exposure": "2024-08-14",
                    "prophylaxis": "Declined",
                },
            ],
        },
        {
            ("case_id", "OTHER_ID|MRN"),
            ("condition", "HEALTH"),
            ("case.name", "NAME"),
            ("case.dob", "DATE"),
            ("contacts[0].name", "NAME"),
            ("contacts[0].phone", "PHONE"),
            ("contacts[0].last_exposure", "DATE"),
            ("contacts[0].prophylaxis", "HEALTH"),
            ("contacts[1].name", "NAME"),
            ("contacts[1].phone", "PHONE"),
        },
        {("interviewee", "*"), ("contacts[0].relationship", "*")},
        True,
    ),
    (
        "Medical Reserve Corps volunteer roster (clean of health): a vaccinator's licence",
        {
            "Volunteer Name": "Hannah Okonkwo",
            "Email": "hokonkwo@gmail.com",
            "Cell": "614-555-0155",
            "Role": "Vaccinator",
            "Credential": "RN",
            "License Number": "RN.321874",
            "Deployment": "Mass Vaccination Site 3",
            "Shift": "2024-10-12 07:30-13:30",
        },
        {
            ("Volunteer Name", "NAME"),
            ("Email", "EMAIL"),
            ("Cell", "PHONE"),
            ("License Number", "LICENSE_NUMBER"),
        },
        {("Role", "HEALTH"), ("Deployment", "HEALTH"), ("Credential", "*")},
        False,
    ),
    (
        "Vaccine appointment reminder SMS (Twilio message log CSV): second dose",
        {
            "Sid": "SM3c2b1a0f9e8d7c6b5a4f3e2d1c0b9a8f7",
            "From": "+18335550107",
            "To": "+16145550183",
            "Body": "Reminder: your 2nd dose of the Pfizer COVID-19 vaccine is on 10/26 at "
            "9:40 AM at Westland Mall clinic. Reply C to cancel.",
            "Status": "delivered",
            "SentDate": "2024-10-25 14:00:03",
            "Direction": "outbound-api",
        },
        {("To", "PHONE"), ("Body", "HEALTH"), ("Body", "DATE")},
        {("Sid", "*"), ("From", "*"), ("SentDate", "*")},
        True,
    ),
    (
        "COVID information hotline call log (CSV): caller's question about symptoms",
        {
            "Call ID": "HL-20220112-0931",
            "Caller Number": "(206) 555-0172",
            "Caller Name": "Jun Park",
            "Language": "Korean",
            "Reason": "Symptomatic - loss of smell, asked where to get tested",
            "Disposition": "Referred to testing site",
            "Agent": "Agent 217",
            "Call Start": "2022-01-12 09:31:40",
            "Duration (s)": "412",
        },
        {
            ("Caller Number", "PHONE"),
            ("Caller Name", "NAME"),
            ("Reason", "HEALTH"),
        },
        {("Call ID", "*"), ("Duration (s)", "*"), ("Language", "*")},
        True,
    ),
    (
        "Syndromic surveillance visit row (ESSENCE-like): chief complaint, patient ZIP, age",
        {
            "C_BioSense_ID": "2024.10.05.GA0031.8812209",
            "Facility": "GA0031",
            "HospitalName": "Grady Memorial ED",
            "Date": "2024-10-05",
            "Age": "34",
            "Sex": "F",
            "ZipCode": "30318",
            "ChiefComplaintOrig": "FEVER AND BODY ACHES X3 DAYS, ? FLU",
            "DischargeDiagnosis": "J10.1",
            "CCDD Category": "ILI CCDD v1",
        },
        {
            ("ZipCode", "ZIP_CODE"),
            ("ChiefComplaintOrig", "HEALTH"),
            ("DischargeDiagnosis", "HEALTH"),
        },
        {("Facility", "*"), ("Age", "*"), ("HospitalName", "NAME")},
        True,
    ),
    (
        "Open-data case counts by ZIP (clean): cumulative cases, rates, test positivity",
        {
            "zip": "98118",
            "date_updated": "2022-03-01",
            "cumulative_cases": "11214",
            "case_rate_per_100k": "22,641.3",
            "percent_positive": "8.1%",
            "tests_performed": "93,114",
            "deaths": "<11",
        },
        set(),
        {
            ("date_updated", "*"),
            ("cumulative_cases", "*"),
            ("case_rate_per_100k", "*"),
            ("percent_positive", "*"),
            ("tests_performed", "*"),
            ("deaths", "*"),
        },
        False,
    ),
    (
        "Free at-home test kit order (web form JSON): name, address, kit",
        {
            "order_id": "TK-88120443",
            "created": "2024-11-18T03:12:44Z",
            "first_name": "Imani",
            "last_name": "Carter",
            "address_line1": "77 Grove St Apt 4B",
            "city": "Newark",
            "state": "NJ",
            "zip": "07103",
            "email": "imani.carter@icloud.com",
            "item": "COVID-19 Antigen Rapid Test (4 tests)",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("address_line1", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("email", "EMAIL"),
            ("item", "HEALTH"),
        },
        {("order_id", "*"), ("created", "*"), ("state", "*")},
        True,
    ),
    (
        "VFC provider site enrolment (clean of patients): PIN, site and its contact line",
        {
            "VFC PIN": "GA2204",
            "Practice Name": "Peachtree Pediatrics",
            "Practice Address": "2100 Peachtree Rd NW Ste 300, Atlanta, GA 30309",
            "Practice Phone": "404-555-0112",
            "Vaccine Coordinator Email": "vaccines@peachtreepeds.example.com",
            "Storage Units": "2",
            "Enrollment Date": "2024-01-15",
            "Provider Type": "Private practice",
        },
        set(),
        {
            ("VFC PIN", "*"),
            ("Practice Address", "LOCATION|ZIP_CODE"),
            ("Practice Phone", "PHONE"),
            ("Storage Units", "*"),
            ("Enrollment Date", "*"),
        },
        False,
    ),
    (
        "Flu clinic kiosk check-in event (JSON): QR scan, screening answers",
        {
            "event": "checkin_completed",
            "kiosk_id": "KSK-07",
            "clinic_site_id": "SITE-0147",
            "appointment": {
                "confirmation_code": "7QX2KP",
                "patient_name": "Lorraine Castellanos",
                "dob": "1958-02-17",
                "slot": "2024-10-12T10:15:00-04:00",
            },
            "screening": {
                "feeling_sick_today": "No",
                "severe_allergy_to_vaccine": "No",
                "pregnant": "No",
            },
            "vaccine": "Influenza, high-dose",
            "ts": "2024-10-12T14:09:31Z",
        },
        {
            ("appointment.patient_name", "NAME"),
            ("appointment.dob", "DATE"),
            ("appointment.slot", "DATE"),
            ("vaccine", "HEALTH"),
        },
        {("kiosk_id", "*"), ("clinic_site_id", "*"), ("ts", "*")},
        True,
    ),
    (
        "Health department site analytics (GA4 export row): vaccine finder search by ZIP",
        {
            "event_date": "20241019",
            "event_name": "view_search_results",
            "user_pseudo_id": "902341877.1729371003",
            "event_params": [
                {"key": "search_term", "value": {"string_value": "shingles vaccine 43085"}},
                {
                    "key": "page_location",
                    "value": {"string_value": "https://health.example.gov/vaccine-finder"},
                },
            ],
            "geo": {"city": "Worthington", "region": "Ohio", "country": "United States"},
            "device": {"category": "mobile", "operating_system": "iOS"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[0].value.string_value", "ZIP_CODE"),
        },
        {("device.category", "*"), ("event_date", "*")},
        True,
    ),
    (
        "Video directly observed therapy log (CSV): latent TB treatment doses",
        {
            "Patient ID": "TB-2024-0411",
            "Patient": "Nguyen Van Long",
            "Regimen": "3HP (isoniazid + rifapentine) weekly",
            "Dose #": "7",
            "Dose Date": "2024-08-20",
            "Observed": "Yes - video",
            "Side Effects": "mild nausea",
            "Worker": "DOT Worker 12",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Patient", "NAME"),
            ("Regimen", "HEALTH"),
            ("Dose Date", "DATE"),
            ("Side Effects", "HEALTH"),
        },
        {("Dose #", "*"), ("Worker", "*")},
        True,
    ),
    (
        "STI partner services field record (CSV): disposition codes, interview dates",
        {
            "Field Record #": "FR-24-01877",
            "Original Patient": "2024-IL-SYP-00912",
            "Partner Name": "Devonte Harris",
            "Partner Phone": "773-555-0129",
            "Partner Address": "6145 S Wabash Ave, Chicago, IL 60637",
            "Exposure": "Syphilis - sex partner",
            "Dispo Code": "C - Preventative treatment",
            "Dispo Date": "2024-07-30",
            "DIS": "DIS 04",
        },
        {
            ("Original Patient", "OTHER_ID|MRN"),
            ("Partner Name", "NAME"),
            ("Partner Phone", "PHONE"),
            ("Partner Address", "LOCATION"),
            ("Exposure", "HEALTH"),
            ("Dispo Date", "DATE"),
        },
        {("DIS", "*")},
        True,
    ),
    (
        "Surveillance data dictionary row (clean): the column names of a case file",
        {
            "variable": "patient_dob",
            "label": "Patient date of birth",
            "type": "date (YYYY-MM-DD)",
            "example": "1900-01-01",
            "required": "Yes",
            "notes": "Used to compute age at onset; suppress in public files",
        },
        set(),
        {
            ("variable", "*"),
            ("label", ANY_ID),
            ("type", "*"),
            ("example", "*"),
        },
        False,
    ),
    (
        "Mpox vaccine eligibility screener (anonymous web answers): no person",
        {
            "response_id": "R_3kT9aPq0XyZ",
            "started": "2022-08-09 21:14:55",
            "q1_exposed_in_last_14_days": "Yes",
            "q2_diagnosed_with_sti_last_year": "Yes",
            "q3_zip": "60640",
            "result": "Eligible for JYNNEOS - book at a clinic",
            "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 15_6 like Mac OS X)",
        },
        {("result", "HEALTH"), ("q3_zip", "ZIP_CODE")},
        {("started", "*"), ("user_agent", "*")},
        True,
    ),
    (
        "Lead poisoning prevention newsletter (clean of health): WIC family event sign-up",
        {
            "Name": "Carmen Ruiz",
            "Email": "carmenruiz77@hotmail.com",
            "Phone": "(414) 555-0193",
            "Event": "Family Fun Day at the Library",
            "Program": "WIC",
            "Children Attending": "2",
            "Signed Up": "2024-05-20 18:02",
        },
        {("Name", "NAME"), ("Email", "EMAIL"), ("Phone", "PHONE")},
        {("Program", "HEALTH"), ("Children Attending", "*"), ("Event", "HEALTH")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "PrepMod-like clinic registration (JSON): flu and COVID doses, insurance, VFC": (
        set(),
        set(),
        {("clinic.address", "LOCATION")},
        "tests/test_community_events.py decided that a ``clinic`` object is an "
        "appointment's place as often as an organiser's (a scheduling export's "
        "``clinic.date`` is the patient's visit); only a ``venue`` and an ``organizer`` "
        "are let go by their word, so the blind must-not was stricter than the project",
    ),
    "Naloxone by mail request (web form JSON): a named person, shipping address": (
        set(),
        set(),
        {("form", "*")},
        "a form's, campaign's or list's name that names a drug says what the person on the "
        "row asked for (tests/test_marketing_names.py, the breast-pump form of "
        "tests/test_device_resupply.py): the blind must-not was stricter than the project",
    ),
    "Medical Reserve Corps volunteer roster (clean of health): a vaccinator's licence": (
        set(),
        {("Volunteer Name", "NAME")},
        set(),
        "volunteers are the covered entity's workforce by HIPAA's own definition, as "
        "tests/test_community_events.py decided (field_names.STAFF_WORDS): a volunteer's "
        "name is not reported by its field; the row is no PHI record either way",
    ),
    "VFC provider site enrolment (clean of patients): PIN, site and its contact line": (
        set(),
        set(),
        {("Enrollment Date", "*")},
        "an ``Enrollment Date`` is a member's or an employee's in eligibility files "
        "(tests/test_eligibility_files.py), and a bare date in an unnamed column is "
        "reported on purpose (tests/test_clean_exports.py); nothing but the row's other "
        "columns says this one is a practice's",
    ),
    "Mpox vaccine eligibility screener (anonymous web answers): no person": (
        set(),
        set(),
        {("started", "*")},
        "a bare ``started`` is a therapy's or a treatment's start as often as a survey "
        "response's clock, and bare dates in unnamed columns are reported on purpose "
        "(tests/test_clean_exports.py)",
    ),
    # HELD_OUT, scored once blind after the work on SHAPES (see FLOORS)
    "COVID-19 vaccination coverage by age group and county (clean, open-data row)": (
        set(),
        set(),
        {("date", "*"), ("recip_county", "*")},
        "a county is LOCATION in any row (tests/test_bi_reports.py) and a bare ``date`` "
        "column is reported on purpose (tests/test_clean_exports.py); the row has no "
        "health finding, so it is no PHI record, as the probe said",
    ),
    "Surveillance data dictionary row (clean): the column names of a case file": (
        set(),
        set(),
        {("example", "*")},
        "a bare date in an unnamed column is reported on purpose "
        "(tests/test_clean_exports.py); a data dictionary's sample value looks like any "
        "other date",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "Reportable-disease case investigation (NBS-like JSON): salmonellosis in an outbreak": (
        {("local_id", "OTHER_ID|MRN")},
        "NBS names its case's number ``local_id`` (``CAS10023456GA01``); a bare ``local_id`` "
        "is any system's own key (a store's, a file's), and the prefix-number-jurisdiction "
        "shape is one product's. ``state_case_id`` beside it is read (a state, local or "
        "county case id or number is the person's record id), and the row is PHI",
    ),
    "Weekly surveillance table by county (clean): MMWR week, FIPS, counts, suppression": (
        set(),
        "the project reads a county dimension as LOCATION in any row "
        "(tests/test_bi_reports.py: a ZIP x diagnosis x count row is PHI whatever the "
        "count; only ZIP3, region and state dimensions are no finding), and Safe Harbor "
        "lists the county among the subdivisions to remove; so a county x condition count "
        "row is PHI, where the probe said no. Its MMWR week, FIPS, counts, rate and the "
        "``<11`` mark are no findings",
    ),
    "Small-cell aggregate by ZIP and condition (clean): suppressed counts": (
        set(),
        "decided otherwise by tests/test_bi_reports.py: a five-digit ZIP is a ZIP_CODE in "
        "any row and a ZIP x condition row is PHI whatever its count (the redacted copy "
        "generalises the ZIP to ZIP3, Safe Harbor's own answer to small cells); the "
        "``<11`` mark and the counts are no findings",
    ),
    "HIV prevention / PrEP outreach campaign export (CSV): text opt-ins and referrals": (
        {("Campaign", "HEALTH")},
        "a bare ``PrEP`` is meal or test prep once case is folded (the vocabulary holds it "
        "only in phrases: ``PrEP for HIV``, ``PrEP navigation``); the mixed-case spelling "
        "is the cue, which the dictionary does not keep. The row is PHI by its referral",
    ),
    "Outbreak summary (clean): facility, cluster id, counts, onset range": (
        set(),
        "an outbreak's ``first_onset``/``last_onset`` are read as onset dates (a person's) "
        "beside the pathogen: the row is PHI by the engine. Only ``cases`` / "
        "``contacts_identified`` counts say it is a summary, too thin a cue. (Its "
        "``facility_address``, open here at first, is the facility's since the behavioural "
        "health probe's rule for ``facility`` address and phone columns.)",
    ),
    "Health department site analytics (GA4 export row): vaccine finder search by ZIP": (
        {("event_params[0].value.string_value", "ZIP_CODE")},
        "five digits inside a search term are a ZIP as often as a model, an order or a "
        "year-and-code, and the engine reads a ZIP in text only with a cue (a street, a "
        "city and state, a ZIP word); the row is PHI by its client id and the vaccine",
    ),
    "STI partner services field record (CSV): disposition codes, interview dates": (
        {("Original Patient", "OTHER_ID|MRN"), ("Partner Name", "NAME")},
        "``Partner Name`` is a business partner's (an affiliate, a channel, a referral "
        "partner) in every marketing and CRM export, and a bare ``Patient`` column holds a "
        "name, not the index case's number: neither key can say whose it is here. The row "
        "is PHI by the partner's phone, address and exposure",
    ),
    # HELD_OUT
    "Outbreak line list (CSV): a norovirus cluster in a care home": (
        {("Case Name", "NAME")},
        "``Case Name`` is a court case's or a support case's name (``Doe v. Acme``, a "
        "ticket's title) in legal and help-desk exports (tests/test_legal_intake.py); the "
        "row is PHI by the age over 89, onset and result",
    ),
    "Case interview with named contacts (nested JSON): pertussis, household contacts": (
        {("case_id", "OTHER_ID|MRN")},
        "a bare ``case_id`` is a help desk's or a CRM's ticket (tests/test_support_tickets.py"
        " forbids Salesforce's ``CaseNumber``); only a state, local or county case id says "
        "it is a disease case. The row is PHI by the case's and the contacts' names",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_public_health_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decisions applied): a change that loses recall or precision
#: on public health exports fails here. Before the work, blind: SHAPES 18 misses / 9 false
#: / 20 wrong of 32, HELD_OUT 4 / 3 / 5 of 10.
FLOORS = ShapeTotals(expected=155, misses=7, false=0, wrong=9)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
