"""Pharmaceutical brand-team and patient-support exports, as hubs, pharmacies and CRMs write them.

A blind probe, written by hand before reading the detectors: patient-support hub
enrollment rows (a hub vendor's CSV, Salesforce Health Cloud ``CareProgramEnrollee`` and
``MemberPlan`` JSON, benefits-verification results, co-pay card enrollments and claims,
free-drug (PAP) applications, CoverMyMeds-like ePA webhooks, hub case comments and nurse
educator call logs); specialty-pharmacy referral, status and dispense feeds (identified and
tokenized); adverse-event and product-complaint intake from call centres and social
listening; brand-site DTC events (Meta Conversions API, a Meta Pixel request from a tag
audit, GA4 BigQuery rows and Measurement Protocol payloads, Segment tracks, Marketing Cloud
tracking extracts); HCP-targeted data (Veeva CRM calls and Approved Email, IQVIA- or
Symphony-like HCP lists with NPIs and deciles, speaker-programme attendance, NPI audience
uploads); and clean brand data (campaign reports, NDC catalogs, formulary tiers, rep
alignments, weekly script counts, copay programme configuration, 867 distribution rows).

Judgement calls, written down:

- **HCPs.** The project reports a clinician's name as NAME and an NPI as OTHER_ID wherever
  they appear (tests/test_calls_and_scheduling.py, sample_data's gold labels), so the probe
  expects them in patient rows and HCP rows alike. But a record about an HCP alone (a call
  report, an email open, a decile list, a speaker programme) carries no health context about
  any person: the product detailed, the specialty and the topic describe the clinician's
  practice and the brand's message, so such a record is not PHI. The probe states nothing
  about product words in those rows (a MEDICATION finding is a fair reading of "Rinvoq") and
  asks only for the PHI verdict to be False; a specialty is no health finding at all.
- **Plan and programme codes are not the person's.** Rx BIN, PCN and Rx Group route a
  pharmacy claim to a processor and plan; a co-pay card's BIN/PCN/group are the same for
  every enrollee of the programme. None is an identifier (must-not). The member id of the
  patient's insurance is HEALTH_PLAN_ID; a co-pay card's card id or member number is the
  patient's number in the programme (HEALTH_PLAN_ID, ACCOUNT_NUMBER or OTHER_ID are all
  fair). A group number, a hub case id, a referral id, a PA number and a CoverMyMeds key
  are left unstated (per-case bookkeeping; either reading is defensible).
- Lot numbers, expiry dates, NDCs in catalog rows, GPIs, territory, district, rep, call,
  claim, batch, job and Salesforce/Veeva record ids (``a0B5e00000...``), campaign ids,
  prices, WAC, deciles, script counts, household income and size, days supply, quantity,
  record timestamps (``CreatedDate``, ``received_at``-like) and programme help-desk phone
  numbers are never findings (must-not where the field says so). An NDC or drug under a
  field named for it is a MEDICATION, which is health context, not an identifier.
- A date of a patient's care event (dispense, ship, refill due, fill, onset) is a DATE; a
  programme's effective dates, a card's expiry, a call date of a rep with a clinician are
  not dates of an individual's care.
- A patient's initials in AE intake are derived from the name (NAME); an age under 90 is
  no identifier, 90 and over is AGE_OVER_89. A sales rep's own name, work e-mail and mobile
  in an alignment file are left unstated (company workforce, no patient).
- Three-digit ZIPs and age bands of a tokenized feed are Safe Harbor generalizations, not
  findings; a tokenization vendor's patient token is a HASHED_ID (or OTHER_ID).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding; ``ID_ANY`` is any identifier entity. Values are made up; field names
and layouts are the tools'.

After reading the detectors (nothing above was changed to fit them): the HCP decision is
now the engine's too. A clinician's name and NPI are still reported and redacted, but
:mod:`detectors.clinicians` keeps them from making a record PHI on their own (a clinician
word in the path, or a field owned by the same prefix or object as an NPI field). The
Salesforce ids are given the check suffix the API really writes (three made-up ones were
wrong), which :mod:`detectors.record_ids` reads. What stays open is in :data:`LEFT_ALONE`,
each with its reason; :data:`FLOORS` hold the figures reached.
"""

from __future__ import annotations

import base64
import hashlib

from helpers import named_probe_tests


def _sha(text: str) -> str:
    return hashlib.sha256(text.strip().lower().encode()).hexdigest()


def _token(text: str) -> str:
    """A tokenization vendor's patient token: base64 of a keyed digest, 44 characters."""
    return base64.b64encode(hashlib.sha256(b"site-key|" + text.encode()).digest()).decode()


ID_ANY = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|URL|IP_ADDRESS|"
    "BIOMETRIC_ID|ONLINE_ID|HASHED_ID|OTHER_ID"
)
CARD = "HEALTH_PLAN_ID|ACCOUNT_NUMBER|OTHER_ID"  # a co-pay card's id / member number
PATIENT_ID = "MRN|OTHER_ID|ACCOUNT_NUMBER"  # a pharmacy's own patient number

NPI_MEHTA = "1260181593"
NPI_RAMAN = "1830166132"
NPI_OKAFOR = "1860913908"
NPI_ALMEIDA = "1030824621"
NPI_WALGREENS = "1194875740"  # a pharmacy's (organization) NPI
NPI_LINDQVIST = "1948219930"
NPI_BRANDT = "1181909379"
NPI_NAKAMURA = "1579754320"
NPI_ADEYEMI = "1186252767"

UA_IPHONE = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"
)


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
SHAPES = [
    (
        "Hub vendor enrollment CSV: patient, prescriber, diagnosis, insurance, PA, copay",
        {
            "Case ID": "HUB-2024-0048113",
            "Enrollment Date": "03/11/2024",
            "Program": "SKYRIZI Complete",
            "Patient First Name": "Marisol",
            "Patient Last Name": "Quintero",
            "Patient DOB": "04/17/1968",
            "Patient Gender": "F",
            "Patient Phone": "(312) 555-0148",
            "Patient Email": "mquintero68@gmail.com",
            "Address Line 1": "2217 W Cortland St Apt 3",
            "City": "Chicago",
            "State": "IL",
            "Zip": "60647",
            "Prescriber First Name": "Anil",
            "Prescriber Last Name": "Mehta",
            "Prescriber NPI": NPI_MEHTA,
            "Primary Diagnosis Code": "L40.0",
            "Primary Diagnosis Description": "Psoriasis vulgaris",
            "Product": "SKYRIZI",
            "Primary Insurance": "Blue Cross Blue Shield of Illinois",
            "Member ID": "XOF913847262",
            "Group Number": "B12044",
            "Rx BIN": "004336",
            "Rx PCN": "ADV",
            "Rx Group": "RX4872",
            "PA Status": "Approved",
            "PA Number": "PA-24-0771925",
            "BV Status": "Complete",
            "Copay Card Enrolled": "Y",
        },
        {
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Patient Email", "EMAIL"),
            ("Address Line 1", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Prescriber First Name", "NAME"),
            ("Prescriber Last Name", "NAME"),
            ("Prescriber NPI", "OTHER_ID"),
            ("Primary Diagnosis Code", "HEALTH_CONDITION"),
            ("Primary Diagnosis Description", "HEALTH_CONDITION"),
            ("Product", "MEDICATION"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Patient Gender", "*"),
            ("State", "*"),
            ("Primary Insurance", "*"),
            ("Rx BIN", "*"),
            ("Rx PCN", "*"),
            ("Rx Group", "*"),
            ("PA Status", "*"),
            ("BV Status", "*"),
            ("Copay Card Enrolled", "*"),
        },
        True,
    ),
    (
        "Salesforce Health Cloud CareProgramEnrollee with its person Account (REST JSON)",
        {
            "attributes": {
                "type": "CareProgramEnrollee",
                "url": "/services/data/v59.0/sobjects/CareProgramEnrollee/0bp5e000000LmNoAAK",
            },
            "Id": "0bp5e000000LmNoAAK",
            "Name": "Harold Benning",
            "Status": "Active",
            "CareProgramId": "0cp5e0000004CfgAAE",
            "CareProgram": {
                "attributes": {
                    "type": "CareProgram",
                    "url": "/services/data/v59.0/sobjects/CareProgram/0cp5e0000004CfgAAE",
                },
                "Name": "DUPIXENT MyWay",
            },
            "Account": {
                "attributes": {
                    "type": "Account",
                    "url": "/services/data/v59.0/sobjects/Account/0015e00000ZqR7sAAF",
                },
                "FirstName": "Harold",
                "LastName": "Benning",
                "PersonBirthdate": "1979-08-30",
                "PersonMobilePhone": "+14045550166",
                "PersonEmail": "hbenning@icloud.com",
                "PersonMailingPostalCode": "30318",
            },
            "Primary_Diagnosis__c": "Moderate-to-severe atopic dermatitis",
            "CreatedDate": "2024-02-20T15:04:11.000+0000",
            "LastModifiedDate": "2024-04-02T09:12:40.000+0000",
        },
        {
            ("Name", "NAME"),
            ("Account.FirstName", "NAME"),
            ("Account.LastName", "NAME"),
            ("Account.PersonBirthdate", "DATE"),
            ("Account.PersonMobilePhone", "PHONE"),
            ("Account.PersonEmail", "EMAIL"),
            ("Account.PersonMailingPostalCode", "ZIP_CODE"),
            ("Primary_Diagnosis__c", "HEALTH_CONDITION"),
        },
        {
            ("attributes.type", "*"),
            ("Status", "*"),
            ("CareProgramId", "*"),
            ("CreatedDate", "*"),
            ("LastModifiedDate", "*"),
        },
        True,
    ),
    (
        "Benefits-verification result (hub API JSON): coverage, BIN/PCN, deductible, ICD-10",
        {
            "bvId": "BV-7781203",
            "caseId": "C-000418822",
            "completedAt": "2024-04-02T18:22:09Z",
            "patient": {
                "firstName": "Loretta",
                "lastName": "Szymanski",
                "dateOfBirth": "1951-12-05",
                "zip": "48204",
            },
            "product": {"name": "Entresto", "ndc11": "00078065920"},
            "coverage": {
                "payerName": "Humana Medicare Advantage",
                "planType": "Medicare Part D",
                "memberId": "H48291736",
                "bin": "610649",
                "pcn": "03200000",
                "rxGroup": "H5216",
                "coverageStatus": "Covered with PA",
                "tier": 3,
                "deductible": 545.0,
                "deductibleMet": 212.37,
                "coinsurancePct": 25,
                "estimatedOopPerFill": 146.8,
                "paRequired": True,
            },
            "diagnosis": {
                "icd10": "I50.22",
                "description": "Chronic systolic (congestive) heart failure",
            },
        },
        {
            ("patient.firstName", "NAME"),
            ("patient.lastName", "NAME"),
            ("patient.dateOfBirth", "DATE"),
            ("patient.zip", "ZIP_CODE"),
            ("product.name", "MEDICATION"),
            ("coverage.memberId", "HEALTH_PLAN_ID"),
            ("diagnosis.icd10", "HEALTH_CONDITION"),
            ("diagnosis.description", "HEALTH_CONDITION"),
        },
        {
            ("bvId", "*"),
            ("completedAt", "*"),
            ("coverage.payerName", "*"),
            ("coverage.bin", "*"),
            ("coverage.pcn", "*"),
            ("coverage.rxGroup", "*"),
            ("coverage.tier", "*"),
            ("coverage.deductible", "*"),
            ("coverage.deductibleMet", "*"),
            ("coverage.coinsurancePct", "*"),
            ("coverage.estimatedOopPerFill", "*"),
        },
        True,
    ),
    (
        "Co-pay card enrollment (programme administrator JSON): card id, member number, BIN",
        {
            "enrollment_id": "e8c1a2f4-6b0d-4f7e-9a51-2c3d4e5f6a7b",
            "program_code": "OTZ-CP-01",
            "card": {
                "card_id": "80942175531",
                "bin": "610020",
                "pcn": "PDMI",
                "group": "99992231",
                "member_number": "OTZ41866302",
                "activation_date": "2024-01-09",
                "expiration_date": "2024-12-31",
            },
            "patient": {
                "first_name": "Keisha",
                "last_name": "Broussard",
                "dob": "1985-06-21",
                "email": "keisha.broussard@yahoo.com",
                "mobile": "504-555-0123",
                "zip": "70119",
            },
            "product": "Otezla",
            "insurance_type": "Commercial",
            "eligibility_attested": True,
            "sms_opt_in": True,
            "source": "brand_website",
        },
        {
            ("card.card_id", CARD),
            ("card.member_number", CARD),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.email", "EMAIL"),
            ("patient.mobile", "PHONE"),
            ("patient.zip", "ZIP_CODE"),
            ("product", "MEDICATION"),
        },
        {
            ("enrollment_id", "*"),
            ("program_code", "*"),
            ("card.bin", "*"),
            ("card.pcn", "*"),
            ("card.group", "*"),
            ("card.expiration_date", "*"),
            ("insurance_type", "*"),
            ("source", "*"),
        },
        True,
    ),
    (
        "Free-drug (PAP) application CSV: Medicare MBI, household income, shipping address",
        {
            "Application ID": "PAP-2024-113094",
            "Applicant Name": "Gerald Ostrowski",
            "DOB": "09/14/1949",
            "Phone": "419-555-0172",
            "Shipping Address": "418 Maple Ave, Toledo, OH 43609",
            "Medicare ID": "1EG4TE5MK73",
            "Insurance Status": "Medicare Part D - coverage gap",
            "Household Size": "2",
            "Annual Household Income": "$31,200",
            "FPL %": "178",
            "Product Requested": "Eliquis 5 mg",
            "Diagnosis": "Atrial fibrillation",
            "Eligibility Determination": "Approved",
            "Program": "BMS Patient Assistance Foundation",
        },
        {
            ("Applicant Name", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Shipping Address", "LOCATION"),
            ("Shipping Address", "ZIP_CODE"),
            ("Medicare ID", "HEALTH_PLAN_ID"),
            ("Product Requested", "MEDICATION"),
            ("Diagnosis", "HEALTH_CONDITION"),
        },
        {
            ("Application ID", "*"),
            ("Household Size", "*"),
            ("Annual Household Income", "*"),
            ("FPL %", "*"),
            ("Eligibility Determination", "*"),
        },
        True,
    ),
    (
        "Specialty pharmacy dispense/status feed CSV (identified, hub opt-in)",
        {
            "Pharmacy Name": "Accredo Health Group",
            "Pharmacy NCPDP": "2623735",
            "Referral ID": "R0098812",
            "Patient ID": "SP-44718230",
            "Patient First Name": "Dwayne",
            "Patient Last Name": "Castellanos",
            "Patient DOB": "1972-02-11",
            "Patient Zip": "85033",
            "NDC": "00074055402",
            "Drug Name": "HUMIRA PEN 40 MG/0.4 ML",
            "Quantity": "2",
            "Days Supply": "28",
            "Ship Date": "2024-05-06",
            "Dispense Date": "2024-05-06",
            "Refill Due Date": "2024-05-27",
            "Status": "Shipped",
            "Substatus": "Delivered - Signature Confirmed",
            "Payer Type": "Commercial",
            "Prescriber NPI": NPI_NAKAMURA,
            "Transaction ID": "TX-20240506-000731",
            "File Date": "20240507",
        },
        {
            ("Patient ID", PATIENT_ID),
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Zip", "ZIP_CODE"),
            ("NDC", "MEDICATION"),
            ("Drug Name", "MEDICATION"),
            ("Ship Date", "DATE"),
            ("Dispense Date", "DATE"),
            ("Refill Due Date", "DATE"),
            ("Prescriber NPI", "OTHER_ID"),
        },
        {
            ("Pharmacy NCPDP", "*"),
            ("Quantity", "*"),
            ("Days Supply", "*"),
            ("Status", "*"),
            ("Substatus", "*"),
            ("Payer Type", "*"),
            ("Transaction ID", "*"),
            ("File Date", "*"),
        },
        True,
    ),
    (
        "Specialty pharmacy status feed via a data aggregator (tokenized patient, ZIP3)",
        {
            "record_type": "STATUS",
            "sp_id": "SP017",
            "patient_token": _token("CASTELLANOS|DWAYNE|1972-02-11|M"),
            "referral_date": "2024-04-22",
            "status_code": "ACTIVE",
            "status": "Shipped",
            "ndc11": "00078063941",
            "product": "Cosentyx",
            "days_supply": 28,
            "ship_date": "2024-05-02",
            "patient_zip3": "606",
            "patient_age_band": "45-54",
            "payer_channel": "Commercial",
            "hcp_npi": NPI_NAKAMURA,
            "aggregator_batch_id": "IC-20240503-0012",
        },
        {
            ("patient_token", "HASHED_ID|OTHER_ID"),
            ("product", "MEDICATION"),
            ("ship_date", "DATE"),
            ("hcp_npi", "OTHER_ID"),
        },
        {
            ("record_type", "*"),
            ("sp_id", "*"),
            ("status_code", "*"),
            ("status", "*"),
            ("days_supply", "*"),
            ("patient_zip3", "*"),
            ("patient_age_band", "*"),
            ("payer_channel", "*"),
            ("aggregator_batch_id", "*"),
        },
        True,
    ),
    (
        "Adverse-event intake from a call centre (case export): reporter, initials, lot",
        {
            "Case Number": "00184220",
            "Intake Channel": "Call Center",
            "Received Date": "2024-03-18",
            "Reporter Name": "Denise Harper",
            "Reporter Relationship": "Spouse",
            "Reporter Phone": "(614) 555-0102",
            "Patient Initials": "R.H.",
            "Patient Age": "67",
            "Patient Sex": "M",
            "Product": "Jardiance 25 mg",
            "Lot Number": "D27841B",
            "Expiration": "2025-08",
            "Event Description": "Husband developed a genital yeast infection and dizziness "
            "about two weeks after starting the medication; saw his PCP.",
            "Onset Date": "2024-03-02",
            "Seriousness": "Non-serious",
            "Outcome": "Recovering",
            "Agent ID": "CCA-1187",
        },
        {
            ("Reporter Name", "NAME"),
            ("Reporter Phone", "PHONE"),
            ("Patient Initials", "NAME"),
            ("Product", "MEDICATION"),
            ("Event Description", "HEALTH_CONDITION"),
            ("Onset Date", "DATE"),
        },
        {
            ("Case Number", "*"),
            ("Intake Channel", "*"),
            ("Reporter Relationship", "*"),
            ("Patient Age", "*"),
            ("Patient Sex", "*"),
            ("Lot Number", "*"),
            ("Expiration", "*"),
            ("Seriousness", "*"),
            ("Agent ID", "*"),
        },
        True,
    ),
    (
        "Social-listening mention flagged as AE and product complaint (Brandwatch-like JSON)",
        {
            "mention_id": "1776001234567890123",
            "source": "Twitter",
            "author": {
                "username": "@kimmy_runs_",
                "display_name": "Kim Delacroix",
                "followers": 1840,
            },
            "text": "3rd week on Ozempic and the nausea is brutal, threw up twice today. also "
            "pen #2 from lot MP5J771 clicked but no dose came out??",
            "published_at": "2024-04-11T21:08:44Z",
            "sentiment": "negative",
            "ae_flag": True,
            "pc_flag": True,
            "product_mentioned": "Ozempic",
            "language": "en",
            "country": "US",
        },
        {
            ("author.username", "ONLINE_ID"),
            ("author.display_name", "NAME"),
            ("text", "MEDICATION"),
            ("text", "HEALTH_CONDITION"),
        },
        {
            ("mention_id", "*"),
            ("source", "*"),
            ("author.followers", "*"),
            ("text", ID_ANY),
            ("published_at", "*"),
            ("sentiment", "*"),
            ("country", "*"),
        },
        True,
    ),
    (
        "Meta Conversions API event from a brand site's savings-card sign-up",
        {
            "event_name": "CompleteRegistration",
            "event_time": 1712865600,
            "event_id": "sc-9f8e7d6c-20240411",
            "event_source_url": "https://www.rinvoq.com/resources/save-on-rinvoq-costs/"
            "savings-card?utm_source=facebook&utm_campaign=ra_dtc_q2",
            "action_source": "website",
            "user_data": {
                "em": [_sha("keisha.broussard@yahoo.com")],
                "ph": [_sha("15045550123")],
                "fn": [_sha("keisha")],
                "zp": [_sha("70119")],
                "client_ip_address": "172.58.14.201",
                "client_user_agent": UA_IPHONE,
                "fbc": "fb.1.1712865512345.IwAR2xYzQ8kLmNoPqRsTuVwXyZ0123456789abcdef",
                "fbp": "fb.1.1712860000000.1234567890",
            },
            "custom_data": {
                "content_name": "Savings Card Sign-Up",
                "brand": "RINVOQ",
                "condition": "rheumatoid arthritis",
            },
        },
        {
            ("event_source_url", "MEDICATION"),
            ("user_data.em[0]", "HASHED_ID"),
            ("user_data.ph[0]", "HASHED_ID"),
            ("user_data.fn[0]", "HASHED_ID"),
            ("user_data.client_ip_address", "IP_ADDRESS"),
            ("user_data.fbc", "ONLINE_ID"),
            ("user_data.fbp", "ONLINE_ID"),
            ("custom_data.brand", "MEDICATION"),
            ("custom_data.condition", "HEALTH_CONDITION"),
        },
        {
            ("event_name", "*"),
            ("event_time", "*"),
            ("event_id", "*"),
            ("action_source", "*"),
            ("custom_data.content_name", "*"),
        },
        True,
    ),
    (
        "GA4 BigQuery export on a brand site: 'Find a dermatologist' search with a ZIP",
        {
            "event_date": "20240412",
            "event_timestamp": 1712937600123456,
            "event_name": "find_a_doctor_search",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.skyrizi.com/find-a-dermatologist"
                        "?zip=33139&radius=25"
                    },
                },
                {"key": "search_term", "value": {"string_value": "psoriasis specialist 33139"}},
                {"key": "ga_session_id", "value": {"int_value": 1712937500}},
                {
                    "key": "page_title",
                    "value": {"string_value": "Find a Dermatologist | SKYRIZI (risankizumab-rzaa)"},
                },
            ],
            "user_pseudo_id": "1187443210.1712937499",
            "device": {"category": "mobile", "operating_system": "iOS"},
            "traffic_source": {"source": "google", "medium": "cpc", "name": "skyrizi_pso_brand"},
            "stream_id": "4120037751",
            "platform": "WEB",
        },
        {
            ("event_params[0].value.string_value", "MEDICATION"),
            ("event_params[0].value.string_value", "ZIP_CODE"),
            ("event_params[1].value.string_value", "HEALTH_CONDITION"),
            ("event_params[1].value.string_value", "ZIP_CODE"),
            ("event_params[3].value.string_value", "MEDICATION"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_name", "*"),
            ("stream_id", "*"),
            ("traffic_source.medium", "*"),
            ("device.category", "*"),
        },
        True,
    ),
    (
        "Segment track on a brand site: symptom quiz completed, brand= in the page URL",
        {
            "type": "track",
            "event": "Symptom Quiz Completed",
            "anonymousId": "4c7e1f0a-93b2-4d5e-8f6a-0b1c2d3e4f50",
            "userId": None,
            "messageId": "ajs-next-1712941112233-0a1b2c3d4e5f",
            "timestamp": "2024-04-12T17:05:12.233Z",
            "context": {
                "page": {
                    "url": "https://www.dupixent.com/eczema/symptom-quiz?brand=dupixent"
                    "&utm_medium=social",
                    "path": "/eczema/symptom-quiz",
                    "referrer": "https://www.instagram.com/",
                },
                "ip": "99.203.17.82",
                "userAgent": UA_IPHONE,
            },
            "properties": {
                "quiz_id": "ad-severity-v3",
                "score": 17,
                "severity_band": "moderate",
                "answers": {"itch_nights_per_week": "5-7", "body_areas": ["hands", "face"]},
                "brand": "Dupixent",
            },
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("context.page.url", "HEALTH"),
            ("context.page.path", "HEALTH_CONDITION"),
            ("context.ip", "IP_ADDRESS"),
            ("properties.brand", "MEDICATION"),
        },
        {
            ("type", "*"),
            ("messageId", "*"),
            ("timestamp", "*"),
            ("context.page.referrer", "*"),
            ("properties.quiz_id", "*"),
            ("properties.score", "*"),
            ("properties.answers.itch_nights_per_week", "*"),
        },
        True,
    ),
    (
        "Segment track on a brand site: a 'Find a GI specialist' result viewed",
        {
            "type": "track",
            "event": "Doctor Profile Viewed",
            "anonymousId": "9a8b7c6d-5e4f-4a3b-9c2d-1e0f9a8b7c6d",
            "messageId": "ajs-next-1712950001122-77aa88bb99cc",
            "timestamp": "2024-04-12T19:26:41.122Z",
            "context": {
                "page": {
                    "url": "https://www.rinvoq.com/ulcerative-colitis/find-a-gi-specialist"
                    "?zip=60611",
                },
            },
            "properties": {
                "hcp_name": "Dr. Samuel Okafor",
                "hcp_npi": NPI_OKAFOR,
                "specialty": "Gastroenterology",
                "distance_mi": 3.2,
                "search_zip": "60611",
                "result_rank": 2,
            },
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("context.page.url", "HEALTH_CONDITION"),
            ("properties.hcp_name", "NAME"),
            ("properties.hcp_npi", "OTHER_ID"),
            ("properties.search_zip", "ZIP_CODE"),
        },
        {
            ("messageId", "*"),
            ("timestamp", "*"),
            ("properties.specialty", "*"),
            ("properties.distance_mi", "*"),
            ("properties.result_rank", "*"),
        },
        True,
    ),
    (
        "Meta Ads Manager campaign report row for a DTC brand campaign (clean)",
        {
            "Campaign name": "RINVOQ_UC_DTC_Q2_2024_Prospecting",
            "Campaign ID": "120208412345670123",
            "Ad set name": "UC_Adults_35-64_Interest",
            "Reporting starts": "2024-04-01",
            "Reporting ends": "2024-04-30",
            "Impressions": "1843221",
            "Reach": "912004",
            "Link clicks": "8832",
            "Amount spent (USD)": "48211.77",
            "CPM (cost per 1,000 impressions) (USD)": "26.16",
            "Results": "412",
            "Result indicator": "actions:offsite_conversion.fb_pixel_complete_registration",
        },
        set(),
        {
            ("Campaign name", ID_ANY),
            ("Campaign ID", "*"),
            ("Ad set name", ID_ANY),
            ("Reporting starts", "*"),
            ("Reporting ends", "*"),
            ("Impressions", "*"),
            ("Reach", "*"),
            ("Link clicks", "*"),
            ("Amount spent (USD)", "*"),
            ("CPM (cost per 1,000 impressions) (USD)", "*"),
            ("Results", "*"),
            ("Result indicator", "*"),
        },
        False,
    ),
    (
        "Manufacturer NDC catalog row with WAC (clean)",
        {
            "NDC11": "00074433902",
            "NDC": "0074-4339-02",
            "Product Name": "HUMIRA",
            "Generic Name": "adalimumab",
            "Strength": "40 mg/0.4 mL",
            "Package Description": "2 PEN in 1 CARTON",
            "WAC Package Price": "6922.04",
            "WAC Effective Date": "2024-01-01",
            "Labeler": "AbbVie Inc.",
            "GPI": "66270015002020",
            "Unit of Measure": "EA",
        },
        {("Product Name", "MEDICATION"), ("Generic Name", "MEDICATION")},
        {
            ("NDC11", ID_ANY),
            ("NDC", ID_ANY),
            ("GPI", ID_ANY),
            ("Strength", ID_ANY),
            ("WAC Package Price", "*"),
            ("WAC Effective Date", "*"),
            ("Labeler", "*"),
            ("Unit of Measure", "*"),
        },
        False,
    ),
    (
        "Formulary tier row (market-access export, clean)",
        {
            "Plan Name": "Aetna Standard Plan",
            "Formulary ID": "00023157",
            "PBM": "CVS Caremark",
            "Lives": "4,120,334",
            "Product": "Dupixent",
            "Indication": "Atopic dermatitis",
            "Tier": "Specialty (Tier 5)",
            "PA": "Y",
            "ST": "Y",
            "QL": "2 pens/28 days",
            "Effective Date": "2024-07-01",
            "State": "National",
        },
        set(),
        {
            ("Plan Name", "*"),
            ("Formulary ID", "*"),
            ("PBM", "*"),
            ("Lives", "*"),
            ("Tier", "*"),
            ("PA", "*"),
            ("ST", "*"),
            ("QL", ID_ANY),
            ("Effective Date", "*"),
        },
        False,
    ),
    (
        "Sales rep territory alignment row (clean; the rep is company workforce)",
        {
            "Territory ID": "T-IMM-40312",
            "Territory Name": "Chicago North IMM",
            "Region": "Central",
            "District": "D403",
            "Rep ID": "E0048812",
            "Rep Name": "Brandon Kowalczyk",
            "Rep Email": "brandon.kowalczyk@abbvie.com",
            "Rep Mobile": "(847) 555-0111",
            "Zip Count": "142",
            "Team": "Immunology - Derm",
            "Alignment Effective": "2024-01-01",
        },
        set(),
        {
            ("Territory ID", "*"),
            ("Territory Name", ID_ANY),
            ("Region", "*"),
            ("District", "*"),
            ("Rep ID", "*"),
            ("Zip Count", "*"),
            ("Alignment Effective", "*"),
        },
        False,
    ),
    (
        "Weekly prescription counts by territory (NPA-like, aggregated, clean)",
        {
            "Week Ending": "2024-05-10",
            "Product": "SKYRIZI",
            "Market": "IL-23 / IL-17 Psoriasis",
            "Territory ID": "T-IMM-40312",
            "NRx": "118",
            "TRx": "431",
            "NBRx": "61",
            "TRx Share": "0.2314",
            "Data Source": "NPA Weekly",
        },
        set(),
        {
            ("Week Ending", "*"),
            ("Territory ID", "*"),
            ("NRx", "*"),
            ("TRx", "*"),
            ("NBRx", "*"),
            ("TRx Share", "*"),
            ("Data Source", "*"),
        },
        False,
    ),
    (
        "Co-pay programme configuration row: the programme's BIN/PCN/group, help desk",
        {
            "program_id": "SKYRIZI-COMPLETE-COPAY",
            "program_name": "Skyrizi Complete Savings Card",
            "bin": "610020",
            "pcn": "PDMI",
            "group": "99992531",
            "benefit_max_annual_usd": "14000",
            "patient_pays_min_usd": "5",
            "effective_start": "2024-01-01",
            "effective_end": "2024-12-31",
            "help_desk_phone": "1-866-759-7494",
            "help_desk_hours": "Mon-Fri 8 AM - 8 PM ET",
            "administrator": "ConnectiveRx",
        },
        set(),
        {
            ("program_id", ID_ANY),
            ("bin", "*"),
            ("pcn", "*"),
            ("group", "*"),
            ("benefit_max_annual_usd", "*"),
            ("patient_pays_min_usd", "*"),
            ("effective_start", "*"),
            ("effective_end", "*"),
            ("help_desk_phone", "*"),
            ("help_desk_hours", "*"),
            ("administrator", "*"),
        },
        False,
    ),
    (
        "HCP target list with NPI, specialty and prescribing decile (IQVIA-like, HCP only)",
        {
            "IMS ID": "7283104",
            "NPI": NPI_RAMAN,
            "First Name": "Priya",
            "Middle Name": "K",
            "Last Name": "Raman",
            "Credentials": "MD",
            "Specialty": "Rheumatology",
            "Address 1": "680 N Lake Shore Dr Ste 1118",
            "City": "Chicago",
            "State": "IL",
            "Zip": "60611",
            "Decile": "9",
            "TRx Q1": "212",
            "NRx Q1": "64",
            "Market Share": "0.18",
            "Target Tier": "A",
            "Territory ID": "T-IMM-40312",
        },
        {("NPI", "OTHER_ID"), ("First Name", "NAME"), ("Last Name", "NAME")},
        {
            ("Credentials", "*"),
            ("Specialty", "*"),
            ("State", "*"),
            ("Decile", "*"),
            ("TRx Q1", "*"),
            ("NRx Q1", "*"),
            ("Market Share", "*"),
            ("Target Tier", "*"),
            ("Territory ID", "*"),
        },
        False,
    ),
    (
        "Veeva CRM call report (Call2_vod__c via Data Loader CSV, HCP only)",
        {
            "Id": "a0B5e00000Kz3QpEAJ",
            "Name": "C-00981234",
            "Account_vod__c": "0015e00000XyZ12AAF",
            "Account_vod__r.Name": "Dr. Priya Raman",
            "Account_vod__r.NPI_vod__c": NPI_RAMAN,
            "Call_Date_vod__c": "2024-04-16",
            "Call_Datetime_vod__c": "2024-04-16T14:30:00.000Z",
            "Call_Type_vod__c": "Detail Only",
            "Status_vod__c": "Submitted_vod",
            "Detailed_Products_vod__c": "Rinvoq;Skyrizi",
            "Territory_vod__c": "T-IMM-40312",
            "OwnerId": "0055e000004AbCdAAK",
            "Call_Channel_vod__c": "Face_to_face_vod",
            "Duration_vod__c": "15",
            "Submitted_By_Mobile_vod__c": "true",
        },
        {("Account_vod__r.Name", "NAME"), ("Account_vod__r.NPI_vod__c", "OTHER_ID")},
        {
            ("Id", "*"),
            ("Name", "*"),
            ("Call_Type_vod__c", "*"),
            ("Status_vod__c", "*"),
            ("Territory_vod__c", "*"),
            ("OwnerId", "*"),
            ("Call_Channel_vod__c", "*"),
            ("Duration_vod__c", "*"),
            ("Submitted_By_Mobile_vod__c", "*"),
        },
        False,
    ),
    (
        "Veeva Approved Email (Sent_Email_vod__c): an HCP's opens and clicks (HCP only)",
        {
            "Id": "a1Y5e000001QrStEAK",
            "Account_vod__c": "0015e00000XyZ12AAF",
            "Account_Name": "Priya Raman, MD",
            "Account_Email_vod__c": "praman@northwesternmed.org",
            "Email_Template_vod__c": "a1X5e0000008PqREAU",
            "Email_Template_Name": "RINVOQ UC Efficacy Data - Approved Email v4",
            "Status_vod__c": "Delivered_vod",
            "Opened_vod__c": "1",
            "Open_Count_vod__c": "3",
            "Click_Count_vod__c": "1",
            "Sent_Date_vod__c": "2024-04-17T15:00:00.000Z",
            "Last_Open_Date_vod__c": "2024-04-18T13:02:55.000Z",
            "Product_vod__c": "a005e00000AbCdEAAV",
            "Territory_vod__c": "T-IMM-40312",
        },
        {("Account_Name", "NAME"), ("Account_Email_vod__c", "EMAIL")},
        {
            ("Id", "*"),
            ("Email_Template_vod__c", "*"),
            ("Status_vod__c", "*"),
            ("Opened_vod__c", "*"),
            ("Open_Count_vod__c", "*"),
            ("Click_Count_vod__c", "*"),
            ("Sent_Date_vod__c", "*"),
            ("Last_Open_Date_vod__c", "*"),
            ("Product_vod__c", "*"),
            ("Territory_vod__c", "*"),
        },
        False,
    ),
    (
        "Speaker programme attendance with a meal transfer of value (Sunshine, HCP only)",
        {
            "Event ID": "SPK-24-01872",
            "Event Date": "2024-05-09",
            "Topic": "Treating moderate-to-severe ulcerative colitis with RINVOQ",
            "Venue": "Gibsons Bar & Steakhouse, Rosemont IL",
            "Attendee NPI": NPI_OKAFOR,
            "Attendee Name": "Samuel Okafor, MD",
            "Attendee Specialty": "Gastroenterology",
            "Meal Value USD": "118.40",
            "Transfer of Value Type": "Food and Beverage",
            "Sunshine Reportable": "Y",
        },
        {("Attendee NPI", "OTHER_ID"), ("Attendee Name", "NAME")},
        {
            ("Event ID", "*"),
            ("Event Date", "*"),
            ("Attendee Specialty", "*"),
            ("Meal Value USD", "*"),
            ("Transfer of Value Type", "*"),
            ("Sunshine Reportable", "*"),
        },
        False,
    ),
    (
        "Hub case comment (Salesforce CaseComment export): PA denial, fax and callback",
        {
            "ParentId": "5005e00000FhJkLAAV",
            "CaseNumber": "00412877",
            "CommentBody": "Spoke w/ pt Marisol Quintero re: PA denial from BCBS IL for "
            "Skyrizi. Pt states psoriasis flaring on hands. Sent appeal packet to Dr. Mehta "
            "office, fax 312-555-0191. Callback 312-555-0148.",
            "IsPublished": False,
            "CreatedDate": "2024-03-19T16:44:09.000+0000",
            "CreatedBy.Name": "Hub Case Manager 14",
        },
        {
            ("CommentBody", "NAME"),
            ("CommentBody", "MEDICATION"),
            ("CommentBody", "HEALTH_CONDITION"),
            ("CommentBody", "PHONE"),
            ("CommentBody", "FAX|PHONE"),
        },
        {
            ("ParentId", "*"),
            ("CaseNumber", "*"),
            ("IsPublished", "*"),
            ("CreatedDate", "*"),
            ("CreatedBy.Name", "*"),
        },
        True,
    ),
    (
        "Health Cloud MemberPlan JSON: member number, a lookup id named MemberId",
        {
            "attributes": {
                "type": "MemberPlan",
                "url": "/services/data/v59.0/sobjects/MemberPlan/0mp5e000000A1bCAAS",
            },
            "Id": "0mp5e000000A1bCAAS",
            "Name": "Aetna Choice POS II - Primary",
            "MemberId": "0015e00000ZqR7sAAF",
            "Member": {"attributes": {"type": "Account"}, "Name": "Thomas Achterberg"},
            "PayerId": "0015e00000Pq1AbAAJ",
            "MemberNumber": "W281746390",
            "GroupNumber": "0284117-10-001",
            "Relationship": "Self",
            "PrimarySecondaryTier": "Primary",
            "Status": "Active",
            "VerificationStatus": "Verified",
            "Care_Program__r": {"attributes": {"type": "CareProgram"}, "Name": "XELJANZ Co-Pay"},
            "LastModifiedDate": "2024-03-01T12:00:00.000+0000",
        },
        {
            ("Member.Name", "NAME"),
            ("MemberNumber", "HEALTH_PLAN_ID"),
            ("Care_Program__r.Name", "MEDICATION"),
        },
        {
            ("Id", "*"),
            ("Name", ID_ANY),
            ("MemberId", "HEALTH_PLAN_ID"),
            ("PayerId", "*"),
            ("Relationship", "*"),
            ("PrimarySecondaryTier", "*"),
            ("Status", "*"),
            ("VerificationStatus", "*"),
            ("LastModifiedDate", "*"),
        },
        True,
    ),
    (
        "Co-pay card claim redemption row (programme administrator CSV)",
        {
            "Claim ID": "CR24050700018821",
            "Card ID": "80942175531",
            "Fill Date": "05/07/2024",
            "Pharmacy NPI": NPI_WALGREENS,
            "Pharmacy Name": "WALGREENS #03771",
            "NDC": "59572063106",
            "Drug": "OTEZLA 30 MG TABLET",
            "Days Supply": "28",
            "Quantity": "56",
            "Patient OOP Before": "1412.66",
            "Benefit Paid": "1412.66",
            "Patient Paid": "0.00",
            "Patient ZIP": "70119",
            "Patient YOB": "1985",
            "Other Coverage Code": "8",
        },
        {
            ("Card ID", CARD),
            ("Fill Date", "DATE"),
            ("Drug", "MEDICATION"),
            ("Patient ZIP", "ZIP_CODE"),
        },
        {
            ("Days Supply", "*"),
            ("Quantity", "*"),
            ("Patient OOP Before", "*"),
            ("Benefit Paid", "*"),
            ("Patient Paid", "*"),
            ("Patient YOB", "*"),
            ("Other Coverage Code", "*"),
        },
        True,
    ),
    (
        "GA4 Measurement Protocol payload: savings-card sign-up with an e-mail in the URL",
        {
            "client_id": "1187443210.1712937499",
            "user_id": "crm_0048113",
            "timestamp_micros": "1712940011000000",
            "events": [
                {
                    "name": "savings_card_signup",
                    "params": {
                        "brand": "otezla",
                        "page_location": "https://www.otezla.com/savings-and-support/"
                        "savings-card/confirmation?email=keisha.broussard%40yahoo.com",
                        "engagement_time_msec": 1200,
                        "session_id": "1712940011",
                    },
                }
            ],
        },
        {
            ("client_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("events[0].params.brand", "MEDICATION"),
            ("events[0].params.page_location", "EMAIL"),
            ("events[0].params.page_location", "MEDICATION"),
        },
        {
            ("timestamp_micros", "*"),
            ("events[0].name", "*"),
            ("events[0].params.engagement_time_msec", "*"),
        },
        True,
    ),
    (
        "Meta Pixel request from a brand-site tag audit (HAR entry): fbp and a condition",
        {
            "startedDateTime": "2024-04-12T16:58:32.233Z",
            "method": "GET",
            "url": "https://www.facebook.com/tr/?id=418220117734921&ev=PageView"
            "&dl=https%3A%2F%2Fwww.ozempic.com%2Fhow-to-take%2Fozempic-dosing.html"
            "%3Fbrand%3Dozempic&rl=&if=false&ts=1712941112233&sw=390&sh=844&v=2.9.151"
            "&r=stable&fbp=fb.1.1712941100221.773311245"
            "&cd[condition]=type%202%20diabetes",
            "status": 200,
            "time": 41.7,
        },
        {("url", "ONLINE_ID"), ("url", "HEALTH")},
        {("startedDateTime", "*"), ("method", "*"), ("status", "*"), ("time", "*")},
        True,
    ),
    (
        "Marketing Cloud tracking extract (Opens): a DTC welcome-series e-mail by name",
        {
            "SubscriberKey": "0035e00000QmN8xAAF",
            "EmailAddress": "hbenning@icloud.com",
            "ClientID": "514009871",
            "SendID": "418832",
            "ListID": "2217",
            "BatchID": "1",
            "EventDate": "4/18/2024 9:02:11 AM",
            "EventType": "Open",
            "EmailName": "DUPIXENT_AD_Welcome_Series_02_Injection_Training",
            "Domain": "icloud.com",
        },
        {("EmailAddress", "EMAIL"), ("EmailName", "MEDICATION")},
        {
            ("ClientID", "*"),
            ("SendID", "*"),
            ("ListID", "*"),
            ("BatchID", "*"),
            ("EventDate", "*"),
            ("EventType", "*"),
            ("Domain", "*"),
        },
        True,
    ),
    (
        "Nurse educator call log (hub CRM CSV): injection training, site reaction",
        {
            "Activity ID": "00T5e00001AbCdEEAV",
            "Subject": "Injection training call",
            "Patient Name": "Harold Benning",
            "Contact Phone": "404-555-0166",
            "Nurse Educator": "RN Team B",
            "Call Date": "04/03/2024",
            "Call Outcome": "Completed",
            "Notes": "First self-injection done with nurse on video. Pt reports mild injection "
            "site redness, no fever.",
            "Next Call Due": "04/17/2024",
        },
        {
            ("Patient Name", "NAME"),
            ("Contact Phone", "PHONE"),
            ("Notes", "HEALTH_CONDITION"),
        },
        {("Activity ID", "*"), ("Nurse Educator", "*"), ("Call Outcome", "*")},
        True,
    ),
    (
        "CoverMyMeds-like ePA status webhook: patient, prescriber, drug, pharmacy",
        {
            "id": "BWXFQ2",
            "workflow_status": "Sent to Plan",
            "plan_outcome": "Favorable",
            "created_at": "2024-05-02T14:11:08Z",
            "patient": {
                "first_name": "Loretta",
                "last_name": "Szymanski",
                "date_of_birth": "1951-12-05",
            },
            "prescriber": {"npi": NPI_ALMEIDA, "first_name": "Victor", "last_name": "Almeida"},
            "drug": {"name": "Entresto 49-51 mg tablet", "ndc": "00078065920"},
            "pharmacy": {"ncpdp_id": "1469302", "name": "CVS Pharmacy #2211"},
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.date_of_birth", "DATE"),
            ("prescriber.npi", "OTHER_ID"),
            ("prescriber.first_name", "NAME"),
            ("prescriber.last_name", "NAME"),
            ("drug.name", "MEDICATION"),
        },
        {
            ("workflow_status", "*"),
            ("plan_outcome", "*"),
            ("created_at", "*"),
            ("pharmacy.ncpdp_id", "*"),
            ("pharmacy.name", ID_ANY),
        },
        True,
    ),
    (
        "Product complaint intake (device): reporter, address, lot and expiry",
        {
            "complaint_id": "PQC-2024-004471",
            "product": "Trulicity 1.5 mg/0.5 mL single-dose pen",
            "lot_number": "D451283",
            "expiration_date": "2025-11-30",
            "complaint_category": "Device - needle did not retract",
            "reporter_type": "Patient",
            "reporter_first_name": "Earl",
            "reporter_last_name": "Whitcomb",
            "reporter_phone": "+1 615 555 0139",
            "reporter_address": "77 Poplar Hollow Rd, Franklin, TN 37064",
            "sample_available": "Yes",
            "aware_date": "2024-05-12",
        },
        {
            ("product", "MEDICATION"),
            ("reporter_first_name", "NAME"),
            ("reporter_last_name", "NAME"),
            ("reporter_phone", "PHONE"),
            ("reporter_address", "LOCATION"),
            ("reporter_address", "ZIP_CODE"),
        },
        {
            ("complaint_id", "*"),
            ("lot_number", "*"),
            ("expiration_date", "*"),
            ("reporter_type", "*"),
            ("sample_available", "*"),
        },
        True,
    ),
    (
        "Specialty pharmacy weekly summary by product (aggregated, clean)",
        {
            "sp_name": "CVS Specialty",
            "week_start": "2024-05-06",
            "product": "Cosentyx",
            "ndc11": "00078063941",
            "referrals_received": 142,
            "new_patients_shipped": 88,
            "refills_shipped": 612,
            "abandonment_rate": 0.061,
            "avg_days_referral_to_ship": 9.4,
        },
        {("product", "MEDICATION")},
        {
            ("sp_name", "*"),
            ("week_start", "*"),
            ("ndc11", ID_ANY),
            ("referrals_received", "*"),
            ("new_patients_shipped", "*"),
            ("refills_shipped", "*"),
            ("abandonment_rate", "*"),
            ("avg_days_referral_to_ship", "*"),
        },
        False,
    ),
    (
        "867 distributor sales row with lot and chargeback (clean)",
        {
            "Transaction Date": "2024-05-03",
            "Distributor": "McKesson",
            "Invoice Number": "9281774401",
            "Ship To HIN": "B1A7Y2C00",
            "Ship To Name": "Walgreens Specialty #15443",
            "NDC": "00074055402",
            "Lot Number": "1286391",
            "Expiry": "2026-02-28",
            "Units": "24",
            "Contract Price": "5538.43",
            "Chargeback Amount": "1383.61",
        },
        set(),
        {
            ("Transaction Date", "*"),
            ("Distributor", "*"),
            ("Invoice Number", "*"),
            ("Ship To HIN", "*"),
            ("Ship To Name", ID_ANY),
            ("NDC", ID_ANY),
            ("Lot Number", "*"),
            ("Expiry", "*"),
            ("Units", "*"),
            ("Contract Price", "*"),
            ("Chargeback Amount", "*"),
        },
        False,
    ),
    (
        "GA4 UI export of brand-site pages (aggregated, clean)",
        {
            "Page path and screen class": "/eczema/symptom-quiz/",
            "Views": "48210",
            "Users": "31022",
            "Views per user": "1.55",
            "Average engagement time": "52.3",
            "Event count": "131224",
            "Key events": "2211",
        },
        {("Page path and screen class", "HEALTH_CONDITION")},
        {
            ("Views", "*"),
            ("Users", "*"),
            ("Views per user", "*"),
            ("Average engagement time", "*"),
            ("Event count", "*"),
            ("Key events", "*"),
        },
        False,
    ),
    (
        "HCP audience upload to an endemic DSP: NPI and hashed e-mail (HCP only)",
        {
            "npi": NPI_LINDQVIST,
            "hashed_email": _sha("e.lindqvist@mnclinic.org"),
            "specialty": "Endocrinology",
            "segment": "GLP1_High_Decile_Endos",
            "list_id": "aud_20240501_0031",
        },
        {("npi", "OTHER_ID"), ("hashed_email", "HASHED_ID")},
        {("specialty", "*"), ("list_id", "*")},
        False,
    ),
]


HELD_OUT = [
    (
        "Veeva-based hub: patient enrollment object via Data Loader (custom __c fields)",
        {
            "Id": "a2F5e000000XyZqEAK",
            "Name": "ENR-0007719",
            "Patient_First_Name__c": "Rosalind",
            "Patient_Last_Name__c": "Achebe",
            "Patient_Date_of_Birth__c": "1963-10-28",
            "Patient_Home_Phone__c": "(713) 555-0184",
            "Patient_Street__c": "5120 Bellaire Blvd",
            "Patient_City__c": "Houston",
            "Patient_State__c": "TX",
            "Patient_Postal_Code__c": "77401",
            "Prescriber_NPI__c": NPI_BRANDT,
            "Prescriber_Name__c": "Martin Brandt",
            "ICD_10_Code__c": "M05.79",
            "Diagnosis_Description__c": "Rheumatoid arthritis with rheumatoid factor of "
            "multiple sites",
            "Product__c": "Xeljanz XR",
            "Insurance_Member_ID__c": "JQR554019287",
            "Rx_BIN__c": "003858",
            "Rx_PCN__c": "A4",
            "Enrollment_Status__c": "Active",
            "CreatedDate": "2024-01-15T19:20:33.000+0000",
        },
        {
            ("Patient_First_Name__c", "NAME"),
            ("Patient_Last_Name__c", "NAME"),
            ("Patient_Date_of_Birth__c", "DATE"),
            ("Patient_Home_Phone__c", "PHONE"),
            ("Patient_Street__c", "LOCATION"),
            ("Patient_City__c", "LOCATION"),
            ("Patient_Postal_Code__c", "ZIP_CODE"),
            ("Prescriber_NPI__c", "OTHER_ID"),
            ("Prescriber_Name__c", "NAME"),
            ("ICD_10_Code__c", "HEALTH_CONDITION"),
            ("Diagnosis_Description__c", "HEALTH_CONDITION"),
            ("Product__c", "MEDICATION"),
            ("Insurance_Member_ID__c", "HEALTH_PLAN_ID"),
        },
        {
            ("Id", "*"),
            ("Name", "*"),
            ("Patient_State__c", "*"),
            ("Rx_BIN__c", "*"),
            ("Rx_PCN__c", "*"),
            ("Enrollment_Status__c", "*"),
            ("CreatedDate", "*"),
        },
        True,
    ),
    (
        "Specialty pharmacy referral (SP portal API JSON): pending benefits verification",
        {
            "referralId": "REF-88120457",
            "receivedAt": "2024-05-14T13:02:00Z",
            "status": "Pending Benefits Verification",
            "patient": {
                "pharmacyPatientId": "P000731882",
                "name": {"given": "Tobias", "family": "Ferreira"},
                "birthDate": "1990-03-07",
                "phone": "2065550193",
                "address": {"line": "1418 NW 65th St", "city": "Seattle", "postalCode": "98117"},
            },
            "medication": {"ndc": "00024591410", "description": "DUPIXENT 300 MG/2 ML PEN"},
            "daysSupply": 28,
            "prescriber": {"npi": NPI_ADEYEMI, "name": "Folake Adeyemi MD"},
            "pharmacyNcpdp": "5903874",
        },
        {
            ("patient.pharmacyPatientId", PATIENT_ID),
            ("patient.name.given", "NAME"),
            ("patient.name.family", "NAME"),
            ("patient.birthDate", "DATE"),
            ("patient.phone", "PHONE"),
            ("patient.address.line", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.postalCode", "ZIP_CODE"),
            ("medication.description", "MEDICATION"),
            ("prescriber.npi", "OTHER_ID"),
            ("prescriber.name", "NAME"),
        },
        {
            ("receivedAt", "*"),
            ("status", "*"),
            ("daysSupply", "*"),
            ("pharmacyNcpdp", "*"),
        },
        True,
    ),
    (
        "Adverse-event intake CSV from a vendor call centre: a 91-year-old patient",
        {
            "AE Case ID": "AE-US-2024-018832",
            "Date Received": "05/20/2024",
            "Reporter": "Lucille Varga",
            "Reporter Type": "Daughter",
            "Reporter Callback #": "(216) 555-0107",
            "Patient Initials": "MV",
            "Patient Age": "91",
            "Age Unit": "Years",
            "Suspect Product": "Eliquis 2.5 mg tablet",
            "Lot #": "ABX0147",
            "Event Verbatim": "Mom had a nosebleed that would not stop and bruising on both "
            "arms, went to the ER on 5/18",
            "Event Onset": "05/17/2024",
            "Serious (Y/N)": "Y",
            "Call Center Rep": "Agent 4471",
        },
        {
            ("Reporter", "NAME"),
            ("Reporter Callback #", "PHONE"),
            ("Patient Initials", "NAME"),
            ("Patient Age", "AGE_OVER_89"),
            ("Suspect Product", "MEDICATION"),
            ("Event Verbatim", "HEALTH_CONDITION"),
            ("Event Verbatim", "DATE"),
            ("Event Onset", "DATE"),
        },
        {
            ("AE Case ID", "*"),
            ("Reporter Type", "*"),
            ("Age Unit", "*"),
            ("Lot #", "*"),
            ("Serious (Y/N)", "*"),
            ("Call Center Rep", "*"),
        },
        True,
    ),
    (
        "Segment identify after a co-pay card sign-up: traits with the card's member id",
        {
            "type": "identify",
            "anonymousId": "e1f2a3b4-c5d6-4e7f-8a9b-0c1d2e3f4a5b",
            "userId": "sfmc-0035e00000QmN8x",
            "messageId": "ajs-next-1715700000001-ab12cd34ef56",
            "timestamp": "2024-05-14T15:20:00.001Z",
            "context": {"ip": "76.102.33.219", "page": {"path": "/savings-card/thank-you"}},
            "traits": {
                "email": "t.ferreira90@gmail.com",
                "firstName": "Tobias",
                "phone": "206-555-0193",
                "copay_member_id": "DPX30041877",
                "brand": "Dupixent",
                "condition": "asthma",
                "opted_in_sms": True,
            },
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("userId", "ONLINE_ID|OTHER_ID"),
            ("context.ip", "IP_ADDRESS"),
            ("traits.email", "EMAIL"),
            ("traits.firstName", "NAME"),
            ("traits.phone", "PHONE"),
            ("traits.copay_member_id", CARD),
            ("traits.brand", "MEDICATION"),
            ("traits.condition", "HEALTH_CONDITION"),
        },
        {("type", "*"), ("messageId", "*"), ("timestamp", "*"), ("traits.opted_in_sms", "*")},
        True,
    ),
    (
        "Monthly prescription report by product and payer channel (aggregated, clean)",
        {
            "Month": "2024-04",
            "Brand": "Ozempic",
            "Payer Channel": "Medicare Part D",
            "TRx": "1284433",
            "NRx": "301227",
            "Dollars (WAC)": "1,197,802,118.00",
            "Avg WAC per TRx": "935.77",
            "Region": "US Total",
        },
        set(),
        {
            ("Month", "*"),
            ("Payer Channel", "*"),
            ("TRx", "*"),
            ("NRx", "*"),
            ("Dollars (WAC)", "*"),
            ("Avg WAC per TRx", "*"),
            ("Region", "*"),
        },
        False,
    ),
    (
        "Veeva CRM Account export (HCP person account, Specialty_1_vod__c, HCP only)",
        {
            "Id": "0015e00000XyZ12AAF",
            "RecordTypeId": "0125e000000AbCdAAK",
            "Formatted_Name_vod__c": "Raman, Priya",
            "NPI_vod__c": NPI_RAMAN,
            "Specialty_1_vod__c": "Rheumatology",
            "Credentials_vod__c": "MD",
            "PDRP_Opt_Out_vod__c": "false",
            "Primary_Parent_vod__c": "0015e00000Hq7AbAAJ",
            "Territory_vod__c": "T-IMM-40312",
            "Decile__c": "9",
            "Segment__c": "High Writer - Loyal",
        },
        {("Formatted_Name_vod__c", "NAME"), ("NPI_vod__c", "OTHER_ID")},
        {
            ("RecordTypeId", "*"),
            ("Specialty_1_vod__c", "*"),
            ("Credentials_vod__c", "*"),
            ("PDRP_Opt_Out_vod__c", "*"),
            ("Primary_Parent_vod__c", "*"),
            ("Territory_vod__c", "*"),
            ("Decile__c", "*"),
            ("Segment__c", "*"),
        },
        False,
    ),
    (
        "Co-pay programme configuration as JSON (programme BIN/PCN, help line, clean)",
        {
            "programId": "DPX-MYWAY-COPAY",
            "name": "DUPIXENT MyWay Copay Card",
            "rxBin": "610279",
            "rxPcn": "4000",
            "rxGroup": "DPX2024",
            "annualMaximum": 13000,
            "validFrom": "2024-01-01",
            "validThrough": "2024-12-31",
            "supportPhone": "1-844-387-4936",
            "supportFax": "1-844-387-9370",
            "termsUrl": "https://www.dupixent.com/support-savings/copay-card/terms",
        },
        set(),
        {
            ("programId", ID_ANY),
            ("rxBin", "*"),
            ("rxPcn", "*"),
            ("rxGroup", "*"),
            ("annualMaximum", "*"),
            ("validFrom", "*"),
            ("validThrough", "*"),
            ("supportPhone", "*"),
            ("supportFax", "*"),
            ("termsUrl", ID_ANY),
        },
        False,
    ),
    (
        "GA4 BigQuery export: a symptom quiz result with a signed-in user id",
        {
            "event_date": "20240513",
            "event_timestamp": 1715619203004411,
            "event_name": "quiz_complete",
            "event_params": [
                {"key": "quiz_name", "value": {"string_value": "Is it migraine?"}},
                {"key": "quiz_result", "value": {"string_value": "chronic migraine likely"}},
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.nurtec.com/migraine-quiz/results?brand=nurtec"
                    },
                },
                {"key": "engagement_time_msec", "value": {"int_value": 48211}},
            ],
            "user_id": "hub-pt-0031182",
            "user_pseudo_id": "2031775412.1715619100",
            "stream_id": "6082214417",
            "platform": "WEB",
        },
        {
            ("event_params[0].value.string_value", "HEALTH_CONDITION"),
            ("event_params[1].value.string_value", "HEALTH_CONDITION"),
            ("event_params[2].value.string_value", "HEALTH"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[3].value.int_value", "*"),
            ("stream_id", "*"),
        },
        True,
    ),
    (
        "Reddit post picked up by social listening: side effect, a patient's own handle",
        {
            "id": "t3_1cq8z7x",
            "subreddit": "r/Psoriasis",
            "author": "u/flaky_but_fine_88",
            "title": "Skyrizi month 3 - anyone else get headaches?",
            "selftext": "Started Skyrizi in Feb for plaque psoriasis, skin is 90% clear but "
            "I get a pounding headache the day after each shot.",
            "created_utc": 1715011200,
            "score": 42,
            "num_comments": 17,
            "permalink": "/r/Psoriasis/comments/1cq8z7x/skyrizi_month_3/",
        },
        {
            ("author", "ONLINE_ID"),
            ("title", "HEALTH"),
            ("selftext", "MEDICATION"),
            ("selftext", "HEALTH_CONDITION"),
        },
        {
            ("id", "*"),
            ("created_utc", "*"),
            ("score", "*"),
            ("num_comments", "*"),
            ("selftext", ID_ANY),
        },
        True,
    ),
    (
        "Drug database product row (FDB-like, clean): NDC, GCN, AWP",
        {
            "NDC": "00169413212",
            "LN": "OZEMPIC 1 MG/DOSE (4 MG/3 ML) PEN",
            "BN": "OZEMPIC",
            "GCN_SEQNO": "082051",
            "HICL_SEQNO": "044736",
            "LBLRID": "A00169",
            "PS": "3.0",
            "AWP": "1219.25",
            "OBSDTEC": "00000000",
            "DADDNC": "20200330",
        },
        {("BN", "MEDICATION")},
        {
            ("NDC", ID_ANY),
            ("GCN_SEQNO", "*"),
            ("HICL_SEQNO", "*"),
            ("LBLRID", "*"),
            ("PS", "*"),
            ("AWP", "*"),
            ("OBSDTEC", "*"),
            ("DADDNC", "*"),
        },
        False,
    ),
    (
        "Patient-assistance application (foundation portal JSON): income, household, SSN",
        {
            "applicationNumber": "PAF-24-0571193",
            "submittedAt": "2024-05-02T20:14:55Z",
            "applicant": {
                "fullName": "Dolores Whitaker",
                "dateOfBirth": "1944-07-19",
                "ssn": "412-65-8810",
                "phone": "(865) 555-0150",
                "address": "2903 Sutherland Ave, Knoxville, TN 37919",
            },
            "household": {"size": 1, "annualIncome": 24180, "incomeSource": "Social Security"},
            "medication": "Jardiance 10 mg",
            "diagnosis": "Type 2 diabetes mellitus with diabetic chronic kidney disease",
            "determination": "Eligible",
        },
        {
            ("applicant.fullName", "NAME"),
            ("applicant.dateOfBirth", "DATE"),
            ("applicant.ssn", "SSN"),
            ("applicant.phone", "PHONE"),
            ("applicant.address", "LOCATION"),
            ("applicant.address", "ZIP_CODE"),
            ("medication", "MEDICATION"),
            ("diagnosis", "HEALTH_CONDITION"),
        },
        {
            ("applicationNumber", "*"),
            ("submittedAt", "*"),
            ("household.size", "*"),
            ("household.annualIncome", "*"),
            ("household.incomeSource", "*"),
            ("determination", "*"),
        },
        True,
    ),
    (
        "Specialty pharmacy dispense file with legacy column names (PAT_FNAME, RX_NBR)",
        {
            "PHARM_NPI": "1427188598",
            "RX_NBR": "7418830",
            "FILL_NBR": "3",
            "PAT_ID": "00448172",
            "PAT_FNAME": "LORETTA",
            "PAT_LNAME": "SZYMANSKI",
            "PAT_DOB": "19511205",
            "PAT_ZIP": "48204",
            "NDC11": "00078065920",
            "DRUG_NAME": "ENTRESTO 49-51MG TAB",
            "QTY_DISP": "60",
            "DAYS_SUPP": "30",
            "DISP_DT": "20240509",
            "NEXT_FILL_DT": "20240603",
            "PRESC_NPI": NPI_ALMEIDA,
            "STATUS_CD": "SHIPPED",
        },
        {
            ("PAT_ID", PATIENT_ID),
            ("PAT_FNAME", "NAME"),
            ("PAT_LNAME", "NAME"),
            ("PAT_DOB", "DATE"),
            ("PAT_ZIP", "ZIP_CODE"),
            ("NDC11", "MEDICATION"),
            ("DRUG_NAME", "MEDICATION"),
            ("DISP_DT", "DATE"),
            ("NEXT_FILL_DT", "DATE"),
            ("PRESC_NPI", "OTHER_ID"),
        },
        {
            ("FILL_NBR", "*"),
            ("QTY_DISP", "*"),
            ("DAYS_SUPP", "*"),
            ("STATUS_CD", "*"),
        },
        True,
    ),
]


_ADDRESS = (
    "a whole address in an address column is one LOCATION (the field-name finding), which "
    "covers its ZIP and redacts it with the rest; the project decided so before "
    "(tests/test_forms_and_surveys.py, Jotform's ``Address``): a separate ZIP_CODE inside it "
    "would only matter to a policy that generalizes ZIPs but keeps streets"
)
_VEEVA = (
    "what makes this an HCP's record is the CRM it comes from (Veeva CRM: its Accounts are "
    "clinicians and organisations), which no field says. ``Account_vod__r.Name`` and "
    "``Account_Name`` are names of a thing by their key (an Account is a company as often), "
    "and keyed_names does not read thing-name fields ('Mr. Clean'); the call's "
    "``Call_Date_vod__c`` is read as a date like any bare date (a hub nurse's call with a "
    "patient has the same field), and the HCP's own e-mail is an EMAIL: so the record stays "
    "PHI. Reading Veeva's namespace as 'no patient here' would be a guess about how a "
    "customer uses its CRM"
)

#: ``(record name, pairs still open, PHI flag still wrong, why)``: records of SHAPES and
#: HELD_OUT whose open items are decided, not forgotten.
LEFT_ALONE = [
    (
        "Free-drug (PAP) application CSV: Medicare MBI, household income, shipping address",
        {("Shipping Address", "ZIP_CODE")},
        False,
        _ADDRESS,
    ),
    (
        "Product complaint intake (device): reporter, address, lot and expiry",
        {("reporter_address", "ZIP_CODE")},
        False,
        _ADDRESS,
    ),
    (
        "Patient-assistance application (foundation portal JSON): income, household, SSN",
        {("applicant.address", "ZIP_CODE")},
        False,
        _ADDRESS,
    ),
    (
        "Veeva CRM call report (Call2_vod__c via Data Loader CSV, HCP only)",
        set(),
        True,
        _VEEVA + " (the name itself is found since tests/test_hcp_marketing.py: a title cue "
        "in an account's name, 'Dr. Priya Raman', reads it as a person account's)",
    ),
    (
        "Veeva Approved Email (Sent_Email_vod__c): an HCP's opens and clicks (HCP only)",
        # the HCP's name is found since the ADT probe (a name before "MD", keyed_names);
        # the verdict stays open for the same reason
        set(),
        True,
        _VEEVA,
    ),
    (
        "HCP audience upload to an endemic DSP: NPI and hashed e-mail (HCP only)",
        set(),
        True,
        "a bare top-level ``npi`` names no owner (detectors/clinicians.py): a claims or "
        "referral row carries a top-level NPI beside the patient's own columns, so the "
        "hashed e-mail beside it cannot be called the clinician's; and 'GLP1' in the "
        "segment name is health context",
    ),
    (
        "Marketing Cloud tracking extract (Opens): a DTC welcome-series e-mail by name",
        {("ClientID", "ONLINE_ID")},
        False,
        "Marketing Cloud's ``ClientID`` is the business unit (MID), but ``client_id`` is "
        "GA's browser id and a practice system's client (patient) number elsewhere; the "
        "field cannot tell them apart and the project reads it as ONLINE_ID",
    ),
    (
        "Adverse-event intake CSV from a vendor call centre: a 91-year-old patient",
        {("Event Verbatim", "DATE")},
        False,
        "'went to the ER on 5/18': a month/day without a year is a date only beside a care "
        "word the dates detector knows (visit, admitted, appointment); 'ER' as one is too "
        "short a token to trust in free text (found in HELD_OUT, left after the blind score)",
    ),
    # "Reddit post picked up by social listening" was here (a bare ``author`` left alone):
    # closed by detectors/social_authors.py, which reads a handle-shaped ``author`` (one
    # token, ``u/flaky_but_fine_88``) as the poster's ONLINE_ID and a name-shaped byline only
    # in a social export (tests/test_social_and_reputation.py).
]
#: Decided at the merge, against two of the probe's fixes (kept as the project decided):
_BARE_DATE = (
    "a date alone in a field that names nothing about it is reported at 0.55, as the project "
    "decided before (tests/test_clean_exports.py LEFT_ALONE: 'Invoice Date'): in a person's "
    "record the same column is a visit, fill or coverage date (a lead's Medicare 'Part B "
    "Effective' date is one; the merge's first try at reading 'effective' as a price's word "
    "lost it in tests/test_lead_generation.py). A team that scans catalogs and programme "
    "configuration can raise the bar: ``thresholds: {DATE: 0.6}``"
)
_CONTRACT_PHI = (
    "the contract counts any identifier finding beside health context as PHI, a clinician's "
    "NPI and name too; ``phi: {clinicians: exclude}`` (opt-in, detectors/clinicians.py, "
    "tests/test_clinicians.py) reads this record as no patient's"
)
LEFT_ALONE += [
    (
        "Formulary tier row (market-access export, clean)",
        {("Effective Date", "DATE")},
        True,
        _BARE_DATE,
    ),
    (
        "Co-pay programme configuration row: the programme's BIN/PCN/group, help desk",
        {("effective_start", "DATE"), ("effective_end", "DATE")},
        True,
        _BARE_DATE,
    ),
    (
        "867 distributor sales row with lot and chargeback (clean)",
        {("Transaction Date", "DATE")},
        True,
        _BARE_DATE,
    ),
    (
        "Speaker programme attendance with a meal transfer of value (Sunshine, HCP only)",
        set(),
        True,
        _CONTRACT_PHI,
    ),
]

#: What this probe reached: misses, false findings, records wrong. SHAPES (36 records),
#: blind, before any change: 11, 14, 21; after the fixes: 4, 1, 6 (all in LEFT_ALONE).
#: HELD_OUT (12 records): 10, 3, 8 before any change; 8, 0, 7 when first scored (blind,
#: after the SHAPES fixes); 3, 0, 3 after the fixes it showed (a prescriber object's name,
#: ``Reporter``, ``Formatted_Name_vod__c``, ``DISP_DT``/``NEXT_FILL_DT``, a programme's
#: help line beside its ``name``).
#: At the merge, bare dates and the contract's PHI rule kept (the four LEFT_ALONE rows
#: added there): SHAPES 4, 5, 10.
FLOORS = (4, 5, 10)
HELD_OUT_FLOORS = (3, 0, 3)


(
    test_pharma_shapes,
    test_left_alone_decisions_still_hold,
    test_left_alone_names_records,
    test_floors,
    test_held_out_floors,
) = named_probe_tests(SHAPES, HELD_OUT, LEFT_ALONE, FLOORS, HELD_OUT_FLOORS)


def test_probe_is_well_formed() -> None:
    """Names are unique and every stated pair names a field of its record."""
    names = [row[0] for row in SHAPES + HELD_OUT]
    assert len(names) == len(set(names))
    for _name, record, want, must_not, _phi in SHAPES + HELD_OUT:
        for field, _entity in want | must_not:
            assert _resolves(record, field), field


def _resolves(record: object, path: str) -> bool:
    """Whether a contract field path (``a.b[0].c``, or a CSV column with dots) exists."""
    if isinstance(record, dict) and path in record:
        return True
    head, _, rest = path.partition(".")
    key, _, index = head.partition("[")
    if not isinstance(record, dict) or key not in record:
        return False
    node = record[key]
    if index:
        node = node[int(index.rstrip("]"))]
    return _resolves(node, rest) if rest else True
