"""Marketing to healthcare professionals (HCPs), with patient data leaking in.

A blind probe, written by hand before reading the detectors: what a pharma or device
brand's commercial team and a hospital's physician-liaison team export. Veeva-like CRM
call reports (``Call2_vod__c``, call notes, detailed products), sample requests with the
prescriber's DEA number, state licence and signature, sample disbursement logs, HCP master
data (NPI, credential, specialty, affiliation, decile), provider-directory and FHIR
``Practitioner`` feeds, speaker programmes and attendee sign-in sheets, HCP email and
banner engagement (Veeva Approved Email, Doximity- and Medscape-like), Open Payments
(Sunshine Act) rows for physicians and teaching hospitals, prescriber-level script data,
KOL maps, CME registrations, credential checks, physician-liaison and referral-development
CRMs (referral counts by practice), with what leaks in: a rep's call note about a patient,
adverse-event intake forwarded from the field, a referral row naming the referred patient,
a sample given to a named patient, a co-pay enrollment a rep keyed in.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A clinician's identifiers are reported**, as the project decided for prescribers,
  providers and HCP lists (tests/test_calls_and_scheduling.py, the pharma probe): an HCP's
  name is NAME, an individual NPI ``OTHER_ID|LICENSE_NUMBER``, a DEA number and a state
  licence LICENSE_NUMBER, the HCP's own email and mobile EMAIL and PHONE, a Veeva person
  account's Salesforce id OTHER_ID. An organisation's NPI (a practice's group NPI), a
  teaching hospital's CCN and a hospital's or practice's name are not a person's: no
  finding. A practice's street address in HCP master data is neither expected nor
  forbidden (the practice's place, but also where the named doctor is found).
- **A specialty is a job, not a health condition.** ``Cardiovascular Disease``,
  ``Endocrinology, Diabetes & Metabolism``, ``Oncology`` as a specialty, a board
  certification, a qualification, a taxonomy, a directory's specialties list, the
  specialty in an HCP-audience campaign or ad placement (``HCP_Cardiology_Newsletter``) and
  a referral report's service line by practice are no health finding, as
  tests/test_workforce_recruiting.py decided for job titles and the README for bare
  specialty names. HCP master data with name, NPI and specialty is therefore not PHI.
- **A drug, a disease or a topic detailed to an HCP is still a health word**: a call
  report's detailed products, a speaker programme's topic, an Open Payments row's drug, a
  CME activity's title. With the HCP's name beside it the record is PHI by the contract's
  rule (identifier + health), as the pharma probe's HCP-only record was decided; the
  opt-in ``phi.clinicians: exclude`` is what an HCP-marketing team would use, and the
  probe scores the default.
- **A rep's note about an unnamed patient** ("her patient, a 67-year-old man on
  warfarin") identifies no patient: its health words are found, an age under 90 is no
  finding, and the record is PHI only by the contract's rule because the HCP is named.
  A named patient (in a note, a referral, a sample log, an AE form) is reported like
  any person: name, DOB, phone, an age over 89, the dates of their care.
- **Adverse-event intake**: the patient's initials are NAME (as the pharma probe built),
  the reporter's name and phone are reported; the product lot and the safety case number
  are the manufacturer's (lot forbidden, case number neither).
- **The company's own codes are no finding**: call names and ids, territory ids, programme
  ids, sample lots and expiries, NRx/TRx counts, deciles, tiers, amounts, Open Payments
  record ids and programme years, system stamps (``CreatedDate``, ``Capture_Datetime``).
  A territory's list of ZIP codes is the alignment's, not a person's. A rep's or a
  liaison's own name and email are staff: neither expected nor forbidden. A call's or
  visit's date is neither expected nor forbidden (the day an HCP was visited is the HCP's,
  but not the care's).
- **Health with no identifier** (a brand's weekly performance by territory, an insight
  theme with counts) is not PHI.

After reading the detectors no blind expectation was changed; six must-nots and one
expectation were stricter than decisions the project had made (a Veeva ``Account_vod__c``
lookup is left to field rules, a ``Visit ID`` and a bare ``Record ID`` are a person's
record id, a whole ISO timestamp in an untyped field is a bare date, a city echoed inside
a location's name is redacted) and are applied on top (:data:`_DECIDED`). What the work
built: the clinician columns of HCP marketing (``KOL Name``, ``Speaker Name``, ``Payee
Name``, a bare ``Speaker``) and a liaison CRM's ``Referred Patient``; a clinician's
credentials (FHIR ``qualification``, ``Board Certification``) as the job's, not health;
specialties in sends and lists addressed to clinicians (``HCP_Cardiology_Newsletter``,
``Oncology KOLs``) as no health; a referral-count row's service line as the report's
breakdown; an age set off after a titled name ("Mrs. Eleanor Vance, 94,"); a title cue
read in a CRM account's name ("Dr. Samuel Otieno" in ``Account_Name_vod__c``); a
directory's ``Main Line`` as a phone field (the listing's, beside its hours); and six
vocabulary terms (``Kerendia``, ``SGLT2 inhibitor`` and ``SGLT-2 inhibitor``, ``HFpEF``,
``HFrEF``, ``cardiorenal syndrome``). Three records are left open (:data:`LEFT_ALONE`):
a speaker programme catalog's bare ``City``, a sample log's ``Given To`` with an
annotation, a directory's ``display_name``.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 8 / 7 / 14,
after the work and the decisions 0 / 0 / 1 (in LEFT_ALONE). HELD_OUT (10 records), blind
before any work 3 / 5 / 5; scored once after the work on SHAPES: 3 / 5 / 5; after two
rules that generalise (a title cue in an account's name, a ``Main Line`` phone field) and
the decisions: 2 / 0 / 2 (both in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Veeva call report (CSV): detailed products for a named physician",
        {
            "Call Name": "C-0004812",
            "Account": "Dr. Anita Raghunathan",
            "Account NPI": "1384729103",
            "Call Date": "09/17/2024",
            "Call Type": "Detail Only",
            "Detailed Products": "Jardiance; Synjardy",
            "Territory": "T-NE-104",
            "Status": "Submitted",
            "CreatedDate": "2024-09-17T19:44:02.000Z",
        },
        {
            ("Account", "NAME"),
            ("Account NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Detailed Products", "HEALTH"),
        },
        {("Call Name", "*"), ("Territory", "*"), ("Status", "*"), ("CreatedDate", "*")},
        True,
    ),
    (
        "Call2_vod__c via the Salesforce API: person-account lookup, clinical talk, no patient",
        {
            "attributes": {
                "type": "Call2_vod__c",
                "url": "/services/data/v58.0/sobjects/Call2_vod__c/a045f00000AbCdEAAV",
            },
            "Id": "a045f00000AbCdEAAV",
            "Account_vod__c": "0015f00000XyZ12AAF",
            "Call_Date_vod__c": "2024-09-18",
            "Detailed_Products_vod__c": "Eliquis",
            "Call_Notes_vod__c": "Discussed renal dosing; asked about reversal agent "
            "availability on the formulary at St. Ann's.",
            "Status_vod__c": "Submitted_vod",
            "SystemModstamp": "2024-09-18T21:03:55.000+0000",
        },
        {("Account_vod__c", "OTHER_ID"), ("Detailed_Products_vod__c", "HEALTH")},
        {("Id", "*"), ("attributes.url", "*"), ("Status_vod__c", "*"), ("SystemModstamp", "*")},
        True,
    ),
    (
        "Sample request with signature: DEA number, state licence, products and lots",
        {
            "Sample_Request_Id": "SR-2024-091822",
            "Prescriber_Name": "Miguel A. Serrano, MD",
            "DEA_Number": "BR4829137",
            "State_License_Number": "35.094417",
            "License_State": "OH",
            "Ship_To_Address": "1120 Polaris Pkwy Suite 210, Columbus, OH 43240",
            "Product": "Farxiga 10 mg tablets, 7-count sample",
            "Quantity": "6",
            "Lot": "LOT 4K118B",
            "Signature_Captured": "true",
            "Signature_Date": "2024-09-20",
        },
        {
            ("Prescriber_Name", "NAME"),
            ("DEA_Number", "LICENSE_NUMBER"),
            ("State_License_Number", "LICENSE_NUMBER"),
            ("Product", "HEALTH"),
        },
        {
            ("Sample_Request_Id", "*"),
            ("Quantity", "*"),
            ("Lot", "*"),
            ("Signature_Captured", "*"),
            ("License_State", "*"),
        },
        True,
    ),
    (
        "HCP master data (CSV): NPI, credential, specialty as taxonomy, affiliation, decile",
        {
            "NPI": "1649203878",
            "First Name": "Samuel",
            "Last Name": "Otieno",
            "Credential": "MD",
            "Specialty": "Cardiovascular Disease",
            "Primary Affiliation": "Riverside Methodist Hospital",
            "Address Line 1": "3525 Olentangy River Rd",
            "City": "Columbus",
            "State": "OH",
            "Zip": "43214",
            "Office Phone": "(614) 555-0134",
            "Email": "sotieno@riversidecardio.org",
            "Decile": "8",
            "Segment": "High Writer",
        },
        {
            ("NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Office Phone", "PHONE"),
        },
        {
            ("Specialty", "HEALTH"),
            ("Primary Affiliation", "*"),
            ("Decile", "*"),
            ("Segment", "*"),
            ("Credential", "*"),
        },
        False,
    ),
    (
        "FHIR Practitioner from a provider-directory feed: board certification wording",
        {
            "resourceType": "Practitioner",
            "id": "prac-55120",
            "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "1528391042"}],
            "name": [{"family": "Okonjo", "given": ["Chidi"], "prefix": ["Dr."]}],
            "qualification": [
                {"code": {"text": "Board Certified - Endocrinology, Diabetes & Metabolism"}}
            ],
            "telecom": [{"system": "phone", "value": "614-555-0141", "use": "work"}],
        },
        {
            ("identifier[0].value", "OTHER_ID|LICENSE_NUMBER"),
            ("name[0].family", "NAME"),
            ("name[0].given[0]", "NAME"),
        },
        {("qualification[0].code.text", "HEALTH"), ("resourceType", "*")},
        False,
    ),
    (
        "Speaker programme attendee sign-in: attendee NPI, topic, restaurant venue",
        {
            "Program ID": "SP-24-0918",
            "Program Date": "10/15/2024",
            "Topic": "Managing Heart Failure with Reduced Ejection Fraction",
            "Venue": "The Capital Grille, 4520 Easton Way, Columbus, OH 43219",
            "Attendee Name": "Rachel Nguyen",
            "Attendee Degree": "NP",
            "Attendee NPI": "1193847567",
            "Meal Cost": "94.10",
        },
        {
            ("Attendee Name", "NAME"),
            ("Attendee NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Topic", "HEALTH"),
        },
        {("Program ID", "*"), ("Venue", "*"), ("Meal Cost", "*"), ("Attendee Degree", "*")},
        True,
    ),
    (
        "Speaker programme catalog (clean): topic and city, no person",
        {
            "Program ID": "SP-24-1102",
            "Brand": "Entresto",
            "Topic": "Guideline-directed therapy in HFrEF after hospitalization",
            "Format": "Dinner",
            "City": "Cincinnati",
            "Budget": "4500.00",
            "Status": "Approved",
        },
        set(),
        {("Program ID", "*"), ("Budget", "*"), ("Status", "*"), ("Format", "*")},
        False,
    ),
    (
        "Open Payments general payment to a physician (CMS columns)",
        {
            "Change_Type": "NEW",
            "Covered_Recipient_Type": "Covered Recipient Physician",
            "Covered_Recipient_NPI": "1720493182",
            "Covered_Recipient_First_Name": "Margaret",
            "Covered_Recipient_Last_Name": "Hollis",
            "Recipient_Primary_Business_Street_Address_Line1": "500 E Main St",
            "Recipient_City": "Westerville",
            "Recipient_State": "OH",
            "Recipient_Zip_Code": "43081",
            "Covered_Recipient_Specialty_1": "Allopathic & Osteopathic Physicians|Internal "
            "Medicine|Cardiovascular Disease",
            "Covered_Recipient_License_State_code1": "OH",
            "Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name": "Boehringer "
            "Ingelheim Pharmaceuticals, Inc.",
            "Total_Amount_of_Payment_USDollars": "23.41",
            "Date_of_Payment": "08/14/2023",
            "Nature_of_Payment_or_Transfer_of_Value": "Food and Beverage",
            "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1": "JARDIANCE",
            "Record_ID": "1034567890",
            "Program_Year": "2023",
        },
        {
            ("Covered_Recipient_NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Covered_Recipient_First_Name", "NAME"),
            ("Covered_Recipient_Last_Name", "NAME"),
            ("Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1", "HEALTH"),
        },
        {
            ("Covered_Recipient_Specialty_1", "HEALTH"),
            ("Submitting_Applicable_Manufacturer_or_Applicable_GPO_Name", "*"),
            ("Total_Amount_of_Payment_USDollars", "*"),
            ("Record_ID", "*"),
            ("Program_Year", "*"),
            ("Covered_Recipient_Type", "*"),
            ("Nature_of_Payment_or_Transfer_of_Value", "*"),
        },
        True,
    ),
    (
        "Open Payments research payment to a teaching hospital (clean): CCN, no person",
        {
            "Covered_Recipient_Type": "Covered Recipient Teaching Hospital",
            "Teaching_Hospital_CCN": "360085",
            "Teaching_Hospital_ID": "4671",
            "Teaching_Hospital_Name": "Ohio State University Hospital",
            "Total_Amount_of_Payment_USDollars": "150000.00",
            "Name_of_Drug_or_Biological_or_Device_or_Medical_Supply_1": "OPDIVO",
            "Program_Year": "2023",
        },
        set(),
        {
            ("Teaching_Hospital_CCN", "*"),
            ("Teaching_Hospital_ID", "*"),
            ("Teaching_Hospital_Name", "*"),
            ("Total_Amount_of_Payment_USDollars", "*"),
            ("Program_Year", "*"),
        },
        False,
    ),
    (
        "HCP email engagement (Doximity-like): specialty newsletter to a physician",
        {
            "npi": "1817263548",
            "hcp_email": "nadia.petrov@ohiogastro.com",
            "specialty": "Gastroenterology",
            "campaign": "HCP_Gastroenterology_Newsletter_Oct",
            "event": "click",
            "event_ts": "2024-10-09T13:22:41Z",
        },
        {("npi", "OTHER_ID|LICENSE_NUMBER"), ("hcp_email", "EMAIL")},
        {
            ("specialty", "HEALTH"),
            ("campaign", "HEALTH"),
            ("event", "*"),
            ("event_ts", "*"),
        },
        False,
    ),
    (
        "Medscape-like banner impression matched to an NPI: brand creative, specialty slot",
        {
            "impression_id": "imp_7f3c2a91d0",
            "placement": "cardiology_news_leaderboard_728x90",
            "creative": "Entresto_HFrEF_HCP_v3",
            "npi_match": "1450938273",
            "ip": "73.21.144.9",
            "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15",
            "ts": "2024-10-10T15:11:02Z",
        },
        {
            ("npi_match", "OTHER_ID|LICENSE_NUMBER"),
            ("ip", "IP_ADDRESS"),
            ("creative", "HEALTH"),
        },
        {("placement", "HEALTH"), ("impression_id", "*"), ("user_agent", "*"), ("ts", "*")},
        True,
    ),
    (
        "CME registration (JSON): registrant, activity title about diabetes and obesity",
        {
            "registrant": {
                "first": "Priya",
                "last": "Raman",
                "degree": "DO",
                "email": "praman@dublinfamilymed.com",
                "npi": "1293845701",
            },
            "activity": {
                "id": "CME-24-1187",
                "title": "Advances in the Management of Type 2 Diabetes and Obesity",
                "credits": 1.5,
            },
            "registered_at": "2024-10-01T12:00:09Z",
        },
        {
            ("registrant.first", "NAME"),
            ("registrant.last", "NAME"),
            ("registrant.email", "EMAIL"),
            ("registrant.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("activity.title", "HEALTH"),
        },
        {
            ("activity.id", "*"),
            ("activity.credits", "*"),
            ("registered_at", "*"),
            ("registrant.degree", "*"),
        },
        True,
    ),
    (
        "Physician-liaison visit log: referring physician, group NPI, service line mix",
        {
            "Visit ID": "LV-33018",
            "Practice": "Westerville Family Medicine",
            "Group NPI": "1603728191",
            "Referring Physician": "Dr. Samuel Otieno",
            "Liaison": "Kara Whitman",
            "Visit Date": "2024-10-03",
            "Referrals YTD": "42",
            "Top Service Line": "Orthopedics",
            "Notes": "Office manager asked for updated referral pads and a quarterly "
            "lunch-and-learn.",
        },
        {("Referring Physician", "NAME")},
        {
            ("Visit ID", "*"),
            ("Practice", "*"),
            ("Group NPI", "*"),
            ("Referrals YTD", "*"),
            ("Top Service Line", "HEALTH"),
        },
        False,
    ),
    (
        "Referral volume report by referring provider (aggregate): counts and leakage",
        {
            "Month": "2024-09",
            "Referring Practice": "Polaris Internal Medicine",
            "Referring Provider": "Hollis, Margaret MD",
            "Provider NPI": "1720493182",
            "Service Line": "Cardiology",
            "New Patient Referrals": "14",
            "Completed Visits": "11",
            "Leakage %": "21%",
        },
        {("Referring Provider", "NAME"), ("Provider NPI", "OTHER_ID|LICENSE_NUMBER")},
        {
            ("Month", "*"),
            ("Referring Practice", "*"),
            ("Service Line", "HEALTH"),
            ("New Patient Referrals", "*"),
            ("Completed Visits", "*"),
            ("Leakage %", "*"),
        },
        False,
    ),
    (
        "Referral row naming the referred patient (leak into the liaison CRM)",
        {
            "Referral ID": "REF-2024-33817",
            "Referring Provider": "Dr. Margaret Hollis",
            "Referred Patient": "Harold Jenkins",
            "Patient DOB": "02/14/1950",
            "Patient Phone": "614-555-0177",
            "Referred To": "Heart & Vascular Institute",
            "Reason": "CHF follow-up, EF 30%",
            "Referral Date": "10/04/2024",
        },
        {
            ("Referring Provider", "NAME"),
            ("Referred Patient", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Reason", "HEALTH"),
        },
        {("Referred To", "*")},
        True,
    ),
    (
        "Rep call note about an unnamed patient: a 67-year-old man on warfarin",
        {
            "Call_Name": "A-0093318",
            "Account_Name": "Priya Raman, DO",
            "Call_Date": "2024-10-08",
            "Call_Notes_vod__c": "Dr. Raman said her patient, a 67-year-old man on warfarin "
            "with AFib, had a GI bleed last month; she is considering switching him to "
            "Eliquis.",
        },
        {("Account_Name", "NAME"), ("Call_Notes_vod__c", "HEALTH")},
        {("Call_Name", "*"), ("Call_Notes_vod__c", "AGE_OVER_89")},
        True,
    ),
    (
        "Rep call note naming a patient, her DOB and her town",
        {
            "Call_Name": "A-0093407",
            "Account_Name": "Dr. Howard Feld",
            "Call_Notes_vod__c": "Dr. Feld asked if we can help his patient Dorothy Kim "
            "(DOB 5/2/1941) with the copay for Xarelto; she lives in Dublin, OH and her "
            "plan denied it.",
        },
        {
            ("Account_Name", "NAME"),
            ("Call_Notes_vod__c", "NAME"),
            ("Call_Notes_vod__c", "DATE"),
            ("Call_Notes_vod__c", "HEALTH"),
            ("Call_Notes_vod__c", "LOCATION"),
        },
        {("Call_Name", "*")},
        True,
    ),
    (
        "Adverse-event intake forwarded from the field (JSON): initials, age 92, onset",
        {
            "case_id": "AE-2024-004417",
            "source": "field_sales",
            "reporter": {
                "type": "HCP",
                "name": "Dr. Alan Brooks",
                "phone": "(937) 555-0112",
            },
            "patient": {"initials": "R.T.", "age": 92, "sex": "F"},
            "product": "Eliquis 5 mg",
            "lot": "ABX2291",
            "event_description": "Patient developed hematuria ten days after starting "
            "therapy; hospitalized 09/21/2024.",
            "onset_date": "2024-09-19",
            "received": "2024-09-23T15:02:11Z",
        },
        {
            ("reporter.name", "NAME"),
            ("reporter.phone", "PHONE"),
            ("patient.initials", "NAME"),
            ("patient.age", "AGE_OVER_89"),
            ("product", "HEALTH"),
            ("event_description", "HEALTH"),
            ("event_description", "DATE"),
            ("onset_date", "DATE"),
        },
        {("lot", "*"), ("received", "*"), ("source", "*"), ("patient.sex", "*")},
        True,
    ),
    (
        "Medical information inquiry (CSV): a pharmacist's question, no patient",
        {
            "Case #": "MI-2024-118204",
            "Caller Type": "Pharmacist",
            "Caller Name": "Denise Albright",
            "Caller Phone": "(330) 555-0190",
            "Product": "Jardiance",
            "Question Category": "Dosing",
            "Question": "Can empagliflozin be started in a patient with eGFR 25?",
            "Response Letter Sent": "Y",
        },
        {
            ("Caller Name", "NAME"),
            ("Caller Phone", "PHONE"),
            ("Product", "HEALTH"),
        },
        {
            ("Case #", "*"),
            ("Caller Type", "*"),
            ("Question Category", "*"),
            ("Response Letter Sent", "*"),
        },
        True,
    ),
    (
        "Sample disbursement log: a starter sample handed to a named patient",
        {
            "HCP": "Dr. Nadia Petrov",
            "Product": "Ozempic 0.25 mg pen",
            "Qty": "2",
            "Lot": "MP5J221",
            "Given To": "Luis Ortega (pt)",
            "Note": "new type 2 diabetes dx, starter sample",
            "Logged": "2024-10-11T10:15:00Z",
        },
        {
            ("HCP", "NAME"),
            ("Given To", "NAME"),
            ("Product", "HEALTH"),
            ("Note", "HEALTH"),
        },
        {("Qty", "*"), ("Lot", "*"), ("Logged", "*")},
        True,
    ),
    (
        "Rep sample inventory (clean): NDC, lot, expiry, on hand",
        {
            "Rep ID": "R-20418",
            "Product": "Farxiga 10mg 7ct sample",
            "NDC": "0310-6210-07",
            "Lot": "4K118B",
            "Expiry": "2026-03-31",
            "On Hand": "48",
        },
        set(),
        {("Rep ID", "*"), ("Lot", "*"), ("Expiry", "*"), ("On Hand", "*")},
        False,
    ),
    (
        "Territory alignment (clean): a territory's ZIP list and its rep",
        {
            "Territory ID": "T-NE-104",
            "Territory Name": "Columbus North",
            "Rep Name": "Jordan Blake",
            "Rep Email": "jordan.blake@pharmaco-example.com",
            "Zip Codes": "43015;43035;43065;43081;43082",
            "District": "Great Lakes",
        },
        set(),
        {
            ("Territory ID", "*"),
            ("Territory Name", "*"),
            ("Zip Codes", "*"),
            ("District", "*"),
        },
        False,
    ),
    (
        "Prescriber-level script data (Xponent-like): NRx and TRx by product",
        {
            "NPI": "1338291747",
            "Prescriber Name": "KAUR, JASPREET",
            "Specialty": "IM",
            "Market": "Oral Anticoagulants",
            "Product": "ELIQUIS",
            "Data Month": "2024-08",
            "NRx": "12",
            "TRx": "41",
            "Decile": "9",
        },
        {
            ("NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Prescriber Name", "NAME"),
            ("Product", "HEALTH"),
        },
        {("NRx", "*"), ("TRx", "*"), ("Decile", "*"), ("Data Month", "*"), ("Specialty", "*")},
        True,
    ),
    (
        "Provider directory feed (JSON): display name, specialties list, location",
        {
            "provider_id": "PRV-77120",
            "display_name": "Anna Kowalczyk, MD",
            "npi": "1772019836",
            "specialties": ["Gastroenterology", "Hepatology"],
            "accepting_new_patients": True,
            "locations": [
                {
                    "name": "OhioHealth GI - Dublin",
                    "address": "5005 Parkcenter Ave",
                    "city": "Dublin",
                    "zip": "43017",
                }
            ],
        },
        {("display_name", "NAME"), ("npi", "OTHER_ID|LICENSE_NUMBER")},
        {
            ("specialties[0]", "HEALTH"),
            ("specialties[1]", "HEALTH"),
            ("locations[0].name", "*"),
            ("accepting_new_patients", "*"),
        },
        False,
    ),
    (
        "Sample-eligibility credential check: DEA schedules and licence status",
        {
            "hcp_id": "HCP-0049921",
            "dea_number": "FM3618420",
            "dea_schedules": "2,2N,3,3N,4,5",
            "dea_expiration": "2026-01-31",
            "state_license": "35.118872",
            "license_state": "OH",
            "license_status": "Active",
            "sample_eligible": True,
        },
        {("dea_number", "LICENSE_NUMBER"), ("state_license", "LICENSE_NUMBER")},
        {
            ("dea_schedules", "*"),
            ("license_status", "*"),
            ("license_state", "*"),
            ("sample_eligible", "*"),
        },
        False,
    ),
    (
        "Brand HCP-site registration form: specialty, practice ZIP, a sample request",
        {
            "form": "hcp_registration",
            "fields": {
                "first_name": "Lena",
                "last_name": "Fischer",
                "email": "lfischer@columbuskidney.com",
                "npi": "1428573012",
                "specialty": "Nephrology",
                "practice_zip": "43215",
                "interest": "Request a rep visit and samples of Kerendia",
            },
            "submitted_at": "2024-10-12T17:40:31Z",
        },
        {
            ("fields.first_name", "NAME"),
            ("fields.last_name", "NAME"),
            ("fields.email", "EMAIL"),
            ("fields.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("fields.interest", "HEALTH"),
        },
        {("fields.specialty", "HEALTH"), ("form", "*"), ("submitted_at", "*")},
        True,
    ),
    (
        "KOL map row: institution, tier, therapeutic focus",
        {
            "KOL Name": "Dr. Evelyn Marsh",
            "Institution": "Cleveland Clinic",
            "Tier": "National",
            "Publications": "212",
            "Therapeutic Focus": "Heart failure; cardiorenal syndrome",
        },
        {("KOL Name", "NAME"), ("Therapeutic Focus", "HEALTH")},
        {("Institution", "*"), ("Tier", "*"), ("Publications", "*")},
        True,
    ),
    (
        "Veeva Approved Email activity: brand template opened by a physician",
        {
            "Approved_Email_Template_vod__c": "Jardiance HCP CKD Data Email",
            "Account_Name_vod__c": "Dr. Samuel Otieno",
            "Email_Address_vod__c": "sotieno@westervillefm.com",
            "Status_vod__c": "Delivered_vod",
            "Opened_vod__c": 2,
            "Clicked_vod__c": 1,
            "Capture_Datetime_vod__c": "2024-10-09T13:22:41.000+0000",
        },
        {
            ("Account_Name_vod__c", "NAME"),
            ("Email_Address_vod__c", "EMAIL"),
            ("Approved_Email_Template_vod__c", "HEALTH"),
        },
        {
            ("Status_vod__c", "*"),
            ("Opened_vod__c", "*"),
            ("Clicked_vod__c", "*"),
            ("Capture_Datetime_vod__c", "*"),
        },
        True,
    ),
    (
        "Liaison note naming a 94-year-old patient referred for TAVR",
        {
            "Activity Type": "Office Visit",
            "Physician": "Dr. Jaspreet Kaur",
            "Liaison_Note": "Met with Dr. Kaur's office; they want a status update on "
            "Mrs. Eleanor Vance, 94, referred for TAVR evaluation on 10/02/2024.",
        },
        {
            ("Physician", "NAME"),
            ("Liaison_Note", "NAME"),
            ("Liaison_Note", "AGE_OVER_89"),
            ("Liaison_Note", "HEALTH"),
            ("Liaison_Note", "DATE"),
        },
        {("Activity Type", "*")},
        True,
    ),
    (
        "Speaker programme sign-in with a patient ambassador telling her story",
        {
            "Program ID": "SP-24-1140",
            "Attendee Type": "Patient Ambassador",
            "Attendee Name": "Carla Mendes",
            "Attendee Email": "carla.mendes77@gmail.com",
            "Story Summary": "Living with multiple sclerosis for 12 years; on Ocrevus since 2019.",
        },
        {
            ("Attendee Name", "NAME"),
            ("Attendee Email", "EMAIL"),
            ("Story Summary", "HEALTH"),
        },
        {("Program ID", "*"), ("Attendee Type", "*")},
        True,
    ),
    (
        "MSL insight themes (aggregate): health topics, no identifier",
        {
            "Insight Theme": "Prior-authorization burden limits SGLT2 inhibitor use in HFpEF",
            "Count": "14",
            "Region": "Midwest",
            "Quarter": "2024-Q3",
        },
        {("Insight Theme", "HEALTH")},
        {("Count", "*"), ("Region", "*"), ("Quarter", "*")},
        False,
    ),
    (
        "Co-pay enrollment keyed in by a rep at the office: patient, prescriber NPI, card",
        {
            "Patient First Name": "Beatrice",
            "Patient Last Name": "Lang",
            "Patient DOB": "06/03/1958",
            "Prescriber NPI": "1384729103",
            "Drug": "Repatha SureClick",
            "Copay Card ID": "RPT884102273",
            "Enrolled By": "rep_jblake",
        },
        {
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Prescriber NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Drug", "HEALTH"),
            ("Copay Card ID", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
        },
        set(),
        True,
    ),
    (
        "HCP target list: specialty, tier, a claims-derived patient volume column",
        {
            "NPI": "1649203878",
            "HCP Name": "Samuel Otieno",
            "Specialty": "Endocrinology",
            "Target Tier": "A",
            "Diabetes Patient Volume": "312",
            "Writer Status": "Non-writer",
        },
        {("NPI", "OTHER_ID|LICENSE_NUMBER"), ("HCP Name", "NAME")},
        {
            ("Specialty", "HEALTH"),
            ("Target Tier", "*"),
            ("Diabetes Patient Volume", "*"),
            ("Writer Status", "*"),
        },
        False,
    ),
    (
        "Speaker honorarium payee (finance export): payee SSN, amount, no health",
        {
            "Payee Name": "Evelyn Marsh",
            "Payee SSN": "412-55-8921",
            "Payment Amount": "2500.00",
            "Payment Date": "2024-10-20",
            "Vendor Number": "V-0088123",
        },
        {("Payee Name", "NAME"), ("Payee SSN", "SSN")},
        {("Payment Amount", "*"), ("Vendor Number", "*")},
        False,
    ),
    (
        "Health Cloud referral (nested): referring provider and the patient's MRN",
        {
            "Referral__c": {
                "Name": "R-0019882",
                "Referring_Provider__r": {"Name": "Margaret Hollis", "NPI__c": "1720493182"},
                "Patient__r": {
                    "Name": "Beatrice Lang",
                    "Birthdate": "1958-06-03",
                    "MRN__c": "E4417820",
                },
                "Reason__c": "Right hip osteoarthritis, failed physical therapy",
                "Status__c": "Scheduled",
            }
        },
        {
            ("Referral__c.Referring_Provider__r.Name", "NAME"),
            ("Referral__c.Referring_Provider__r.NPI__c", "OTHER_ID|LICENSE_NUMBER"),
            ("Referral__c.Patient__r.Name", "NAME"),
            ("Referral__c.Patient__r.Birthdate", "DATE"),
            ("Referral__c.Patient__r.MRN__c", "MRN"),
            ("Referral__c.Reason__c", "HEALTH"),
        },
        {("Referral__c.Status__c", "*")},
        True,
    ),
    (
        "Liaison's department directory (clean): a service's main line, fax and hours",
        {
            "Department": "Heart & Vascular Institute",
            "Main Line": "614-555-0199",
            "Fax": "614-555-0198",
            "Address": "3535 Olentangy River Rd",
            "Hours": "Mon-Fri 8:00-5:00",
        },
        set(),
        {("Department", "*"), ("Main Line", "*"), ("Fax", "*"), ("Address", "*")},
        False,
    ),
    (
        "Rep meal expense: attendees by name, brand discussed",
        {
            "Expense ID": "EXP-55102",
            "Rep": "Jordan Blake",
            "Attendees": "Dr. Samuel Otieno; Dr. Margaret Hollis; 3 office staff",
            "Restaurant": "Panera Bread #4412",
            "Amount": "86.40",
            "Brand Discussed": "Jardiance",
        },
        {("Attendees", "NAME"), ("Brand Discussed", "HEALTH")},
        {("Expense ID", "*"), ("Restaurant", "*"), ("Amount", "*")},
        True,
    ),
    (
        "Multichannel consent (opt-out) for an HCP's email",
        {
            "Account_vod__c": "0035f00000QmR7tAAF",
            "Channel_Value_vod__c": "dr.feld@ohiocardio.com",
            "Opt_Type_vod__c": "Opt_Out_vod",
            "Capture_Datetime_vod__c": "2024-10-02T09:10:00.000+0000",
        },
        {("Channel_Value_vod__c", "EMAIL")},
        {("Opt_Type_vod__c", "*"), ("Capture_Datetime_vod__c", "*")},
        False,
    ),
    (
        "Forwarded field AE email: the rep quotes the patient's name, DOB, BP and phone",
        {
            "subject": "FW: possible AE - patient of Dr. Brooks",
            "from": "jordan.blake@pharmaco-example.com",
            "body": "Forwarding from the field. Pt John Whitaker, DOB 11/30/1939, started "
            "Entresto 2 wks ago, now dizzy and hypotensive, BP 88/50. Contact pt at "
            "614-555-0163.",
            "received": "2024-10-14T08:01:44Z",
        },
        {
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "PHONE"),
            ("body", "HEALTH"),
        },
        {("received", "*")},
        True,
    ),
    (
        "Brand weekly performance by territory (aggregate): no identifier",
        {
            "Territory": "T-NE-104",
            "Brand": "Jardiance",
            "Week": "2024-W40",
            "Calls": "112",
            "Samples": "340",
            "NRx": "58",
        },
        set(),
        {("Territory", "*"), ("Week", "*"), ("Calls", "*"), ("Samples", "*"), ("NRx", "*")},
        False,
    ),
    (
        "Speaker contract: licence, medical school, board certifications",
        {
            "Speaker": "Evelyn Marsh, MD, FACC",
            "State License": "OH 35.118872",
            "Medical School": "Case Western Reserve University",
            "Board Certification": "Cardiovascular Disease; Advanced Heart Failure and "
            "Transplant Cardiology",
            "Contract Term": "2025",
        },
        {("Speaker", "NAME"), ("State License", "LICENSE_NUMBER")},
        {("Board Certification", "HEALTH"), ("Medical School", "*"), ("Contract Term", "*")},
        False,
    ),
]

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Call2_vod__c via the Salesforce API: person-account lookup, clinical talk, no patient": (
        set(),
        {("Account_vod__c", "OTHER_ID")},
        set(),
        "an Account lookup is left to the field rules outside a person's own fields "
        "(detectors/record_ids.py: an Account is a household or a company as often as a "
        "person); Veeva's ``Account_vod__c`` on a call is a hospital's or a pharmacy's "
        "business account as often as a person account, so the blind expectation was "
        "stricter than the project (a Contact's or a Lead's id is found in any field)",
    ),
    "Physician-liaison visit log: referring physician, group NPI, service line mix": (
        set(),
        set(),
        {("Visit ID", "*")},
        "a ``Visit ID`` is read as a person's record id (a patient's encounter number in "
        "EHR and scheduling exports); a liaison's own visit cannot be told from the key",
    ),
    "Multichannel consent (opt-out) for an HCP's email": (
        set(),
        set(),
        {("Capture_Datetime_vod__c", "*")},
        "a whole ISO timestamp in a field no word types is a bare date, as Acuity's "
        "appointment ``datetime`` is (detectors/dates.py); the moment a consent was captured "
        "is the person's act, so the blind must-not was stricter than the project",
    ),
    "Open Payments general payment to a physician (CMS columns)": (
        set(),
        set(),
        {("Record_ID", "*")},
        "a bare ``Record ID`` is read as a person's record id (REDCap's ``record_id`` is the "
        "study subject's, tests/test_clinical_research.py); an Open Payments row's record id "
        "is the payment's, but the key alone cannot say so (held out, decided at the end)",
    ),
    "Sample disbursement log: a starter sample handed to a named patient": (
        set(),
        set(),
        {("Logged", "*")},
        "a whole ISO timestamp in a field no word types is a bare date (detectors/dates.py), "
        "as for ``Capture_Datetime_vod__c`` above (held out, decided at the end)",
    ),
    "Provider directory feed (JSON): display name, specialties list, location": (
        set(),
        set(),
        {("locations[0].name", "*")},
        "the city of ``locations[0].city`` is found again inside the location's name by "
        "``echo`` (a value found in a record is redacted wherever the record repeats it), "
        "the project's rule for every record (held out, decided at the end)",
    ),
    "Veeva Approved Email activity: brand template opened by a physician": (
        set(),
        set(),
        {("Capture_Datetime_vod__c", "*")},
        "as for the consent row: a whole ISO timestamp in an untyped field is a bare date "
        "(held out, decided at the end)",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "Speaker programme catalog (clean): topic and city, no person": (
        set(),
        "a bare ``City`` column is a person's city in most exports; a listing's place is "
        "told only by a listing's keys (``venue``, ``start.utc``: chunk_profiles' event "
        "listings), and a programme catalog's ``Program ID``, ``Format`` and ``Budget`` are "
        "no such keys. Its brand and topic are health words, so the row is PHI by the city",
    ),
    "Sample disbursement log: a starter sample handed to a named patient": (
        {("Given To", "NAME")},
        '``Given To`` = "Luis Ortega (pt)": a rep\'s annotation after the name fails the '
        'whole-value name shape check, and a ``Given To`` rule alone would take "Front '
        "desk\" as a name as readily (the row is PHI by the HCP's name and the products)",
    ),
    "Provider directory feed (JSON): display name, specialties list, location": (
        {("display_name", "NAME")},
        "a bare ``display_name`` is an app's, a product's or a page's as often as a "
        "person's; the patient-portal probe left the same directory row open "
        "(tests/test_patient_portal.py). The row is not PHI either way",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_hcp_marketing_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on HCP-marketing exports fails here. Before the work, blind: SHAPES 8 misses / 7 false
#: / 14 wrong of 31, HELD_OUT 3 / 5 / 5 of 10.
FLOORS = ShapeTotals(expected=114, misses=2, false=0, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
