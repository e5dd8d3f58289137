"""Records as healthcare lead-generation and pay-per-call systems export them.

A blind probe, written by hand before reading the detectors: Medicare Advantage, Medicare
Supplement and ACA marketplace insurance leads (ping/post payloads, LeadConduit, LeadsPedia,
boberdoo and Phonexa exports), addiction-treatment and behavioural-health intake forms,
clinical-trial pre-screeners, mass-tort intake questionnaires tied to drugs and devices,
pay-per-call logs (Ringba-, Invoca- and Retreaver-like), lead-ad webhooks (Facebook Lead
Ads, Google Ads lead forms), TrustedForm and Jornaya (LeadiD) certificate look-ups, and the
clean reports these systems also write (campaign reports, buyer payout summaries,
state-only aggregates).

Decisions this probe writes down (each appears as an expectation below):

- **TrustedForm certificates and Jornaya LeadiD tokens are ONLINE_ID.** A TrustedForm cert
  URL (``https://cert.trustedform.com/<40 hex>``) and a Jornaya ``leadid_token`` /
  ``universal_leadid`` each name ONE consumer's form session: the vendor resolves them to
  that session's IP, page, timestamps and keystrokes (the whole point is proving one
  person's consent). They are unique tracking codes tied to a person, Safe Harbor (R); the
  probe accepts ``ONLINE_ID|OTHER_ID``. On their own, beside no health context, they make a
  record identified but not PHI.
- **Lead ids, sub ids and affiliate ids are not.** ``lead_id``, ``leadgen_id``,
  ``vendor_lead_id``, ``sub_id``/``s1``, ``aff_id``, ``campaign_id``, ``buyer_id``, Ringba
  ``InboundCallId`` are the platform's own row and routing keys (as a CRM record id, a job
  id or a campaign id is); a scan that flagged them would flag every row of every report.
  Prices, payouts, bids, durations, UTC timestamps of the post, dispositions and return
  reasons (as words) are never findings.
- **Ages and states**: the contract's AGE_OVER_89 is for ages > 89 only; a lead's
  ``age`` of 67 is not a finding, 92 is. A US state alone (``state: FL``) is not a Safe
  Harbor identifier (only subdivisions smaller than a state are) and is never a finding,
  in a lead or in an aggregate.
- **The marketer's numbers are not the consumer's.** The TCPA consent text carries the
  seller's own toll-free number; Ringba's ``Inbound`` / dialed number, Invoca's
  ``promo_number`` and ``destination_phone_number``, Retreaver's ``number`` (the tracking
  DID) are the advertiser's and the buyer's lines. The caller's number (``Caller ID``,
  ``calling_phone_number``, ``caller``) is the identifier.
- **Companies and products are not people.** Buyer and vendor names (``SelectQuote``,
  ``eHealth``, ``Senior Health Direct LLC``), carriers (``Humana``, ``Aetna``) and plan
  names (``Humana Gold Plus H1036-077 (HMO)``, ``AARP Medicare Advantage Choice``) are not
  NAME. Insurance products (``Medicare Supplement``, ``Medicare Advantage``) and tags like
  ``Medicare_Advantage_Qualified`` are not health conditions; an insurance lead with no
  health answer is identified but not PHI.
- A Medicare Beneficiary Identifier and an insurance member id are HEALTH_PLAN_ID; Part A
  / Part B effective dates and a birth date are DATEs (dates of the individual).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

After reading the detectors: the project had already decided that a lead's id is the
person's record id (OTHER_ID: ``lead id`` beside ``contact id`` and ``patient id``, and
Marketo's ``leadId`` is expected so by tests/test_marketing_automation.py). A lead
platform's ``lead_id`` is the same key to one consumer's record and the field cannot tell
the tools apart, so that decision is kept; the blind must-nots are left as written and
those records are in :data:`LEFT_ALONE`, with the others whose reason is a decision made
elsewhere (a call's or a report's date, a dialed number, a GA ``cid``) or a case this
probe itself got wrong (health words in a form id or a sub id, read as in a campaign name).
"""

from __future__ import annotations

from helpers import named_probe_tests
from helpers import sha256_hex as _sha

_TCPA = (
    "By clicking 'Get My Quotes', I agree to receive marketing calls and texts, including "
    "by autodialer and prerecorded voice, from Senior Health Direct and its partners at the "
    "number provided, even if on a Do Not Call list. Consent is not a condition of "
    "purchase. To opt out call 1-855-759-2193. Msg & data rates may apply."
)
_TF = "https://cert.trustedform.com/4b1c8f1d2e3a5b6c7d8e9f0a1b2c3d4e5f6a7b8c"
_TF2 = "https://cert.trustedform.com/9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d"
_JORNAYA = "D1E2F3A4-B5C6-7D8E-9F0A-1B2C3D4E5F6A"
_JORNAYA2 = "8F3C2A1B-7E6D-4C5B-9A8F-0E1D2C3B4A59"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
SHAPES = [
    (
        "LeadConduit lead export: Medicare Supplement lead with conditions and meds",
        {
            "lead": {"id": "5f0c8e2a9d1b4c3e2f1a0b9c"},
            "flow": {"id": "5e1d2c3b4a5f6e7d8c9b0a1f", "name": "Medicare Supp - Inbound"},
            "source": {"id": "5d7a1c2b3e4f5a6b7c8d9e0f", "name": "Senior Health Direct LLC"},
            "first_name": "Marjorie",
            "last_name": "Kowalczyk",
            "email": "mkowalczyk52@aol.com",
            "phone_1": "7724182290",
            "address_1": "1187 SE Sandpiper Cir",
            "city": "Port St. Lucie",
            "state": "FL",
            "postal_code": "34952",
            "dob": "1957-08-19",
            "gender": "Female",
            "current_insurance": "Original Medicare",
            "pre_existing_conditions": "COPD, high blood pressure",
            "medications": "Lisinopril, Symbicort",
            "tobacco_use": "No",
            "trustedform_cert_url": _TF,
            "leadid_token": _JORNAYA,
            "ip_address": "71.196.33.118",
            "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            "(KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
            "submission_timestamp": "2024-10-17T15:42:09.118Z",
            "price": 38.5,
            "outcome": "success",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("phone_1", "PHONE"),
            ("address_1", "LOCATION"),
            ("city", "LOCATION"),
            ("postal_code", "ZIP_CODE"),
            ("dob", "DATE"),
            ("pre_existing_conditions", "HEALTH_CONDITION"),
            ("medications", "MEDICATION"),
            ("trustedform_cert_url", "ONLINE_ID|OTHER_ID"),
            ("leadid_token", "ONLINE_ID|OTHER_ID"),
            ("ip_address", "IP_ADDRESS"),
        },
        {
            ("lead.id", "*"),
            ("flow.id", "*"),
            ("flow.name", "*"),
            ("source.id", "*"),
            ("source.name", "*"),
            ("state", "*"),
            ("current_insurance", "*"),
            ("user_agent", "*"),
            ("submission_timestamp", "*"),
            ("price", "*"),
            ("outcome", "*"),
        },
        True,
    ),
    (
        "Medicare Advantage ping (anonymous): zip, age, state only",
        {
            "ping_id": "pg_7f3a91c2e4",
            "campaign_id": "2231",
            "aff_id": "1043",
            "sub_id": "fb_ma_aep_0412",
            "zip": "33411",
            "state": "FL",
            "age": "67",
            "gender": "M",
            "current_insurance": "Medicare Part A & B",
            "has_medicaid": "No",
            "bid": "24.00",
            "timestamp": "2024-10-17 15:42:07",
        },
        {("zip", "ZIP_CODE")},
        {
            ("ping_id", "*"),
            ("campaign_id", "*"),
            ("aff_id", "*"),
            ("sub_id", "*"),
            ("state", "*"),
            ("age", "*"),
            ("bid", "*"),
            ("timestamp", "*"),
        },
        False,
    ),
    (
        "Ping/post post leg: MBI, Part A/B dates and medications",
        {
            "ping_id": "pg_7f3a91c2e4",
            "lead_token": "ppt_19c2a7e4f0b3",
            "first_name": "Harold",
            "last_name": "Buckminster",
            "birth_date": "03/22/1956",
            "phone": "(561) 843-2107",
            "email": "hbuck56@comcast.net",
            "zip": "33411",
            "medicare_id": "1EG4TE5MK73",
            "part_a_effective_date": "04/01/2021",
            "part_b_effective_date": "04/01/2021",
            "medications": "metformin 500mg, atorvastatin",
            "trusted_form_cert_url": _TF2,
            "tcpa_consent_text": _TCPA,
            "tcpa_consent": "true",
            "aff_id": "1043",
            "price": "42.00",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("birth_date", "DATE"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("zip", "ZIP_CODE"),
            ("medicare_id", "HEALTH_PLAN_ID"),
            ("part_a_effective_date", "DATE"),
            ("part_b_effective_date", "DATE"),
            ("medications", "MEDICATION"),
            ("trusted_form_cert_url", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("ping_id", "*"),
            ("lead_token", "*"),
            ("tcpa_consent_text", "*"),
            ("tcpa_consent", "*"),
            ("aff_id", "*"),
            ("price", "*"),
        },
        True,
    ),
    (
        "ACA marketplace lead with household members and a pregnancy",
        {
            "LeadID": "ACA-20241104-000183",
            "FirstName": "Yesenia",
            "LastName": "Ocampo",
            "DOB": "1991-02-14",
            "Phone": "832-555-0176",
            "Email": "yocampo91@gmail.com",
            "Zip": "77084",
            "State": "TX",
            "HouseholdSize": "3",
            "AnnualIncome": "41000",
            "Household": [
                {"Relation": "Spouse", "DOB": "1988-09-30", "Gender": "M", "Tobacco": "N"},
                {"Relation": "Child", "DOB": "2019-06-11", "Gender": "F", "Tobacco": "N"},
            ],
            "CurrentlyPregnant": "Yes",
            "PreExistingConditions": "gestational diabetes",
            "QualifyingLifeEvent": "Lost job-based coverage",
            "SubID": "ggl_aca_oe25_kw118",
            "Price": "18.75",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Zip", "ZIP_CODE"),
            ("Household[0].DOB", "DATE"),
            ("Household[1].DOB", "DATE"),
            ("PreExistingConditions", "HEALTH_CONDITION"),
        },
        {
            ("LeadID", "*"),
            ("State", "*"),
            ("HouseholdSize", "*"),
            ("AnnualIncome", "*"),
            ("SubID", "*"),
            ("Price", "*"),
            ("Household[0].Relation", "*"),
        },
        True,
    ),
    (
        "Medicare Advantage lead, no health answers: identified but not PHI",
        {
            "lead_id": "1184320",
            "first_name": "Delbert",
            "last_name": "Ruckman",
            "phone": "4057781932",
            "email": "druckman@yahoo.com",
            "zip": "73013",
            "state": "OK",
            "age": "71",
            "coverage_type": "Medicare Advantage",
            "interested_plan": "Humana Gold Plus H1036-077 (HMO)",
            "current_carrier": "Humana",
            "buyer": "SelectQuote Senior",
            "created_at": "2024-11-02T18:03:51Z",
            "payout": "35.00",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("zip", "ZIP_CODE"),
        },
        {
            ("lead_id", "*"),
            ("state", "*"),
            ("age", "*"),
            ("coverage_type", "*"),
            ("interested_plan", "NAME"),
            ("current_carrier", "*"),
            ("buyer", "*"),
            ("created_at", "*"),
            ("payout", "*"),
        },
        False,
    ),
    (
        "Medicare Supplement lead, age 92, oxygen use and height/weight",
        {
            "lead_id": "1184377",
            "first_name": "Evangeline",
            "last_name": "Throckmorton",
            "age": "92",
            "phone": "+1 904 555 0113",
            "zip": "32256",
            "height": "5'4\"",
            "weight": "142",
            "tobacco": "No",
            "health_conditions": "uses home oxygen for emphysema",
            "plan_interest": "Plan G",
            "vendor": "MediQuote Partners",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("age", "AGE_OVER_89"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("health_conditions", "HEALTH_CONDITION"),
        },
        {("lead_id", "*"), ("plan_interest", "*"), ("vendor", "*"), ("tobacco", "*")},
        True,
    ),
    (
        "Addiction-treatment intake form: for a loved one, opioids, insurance member id",
        {
            "form_id": "rehab-vob-v3",
            "submission_id": "sub_88213a",
            "who_is_this_for": "A loved one",
            "relationship": "Son",
            "caller_first_name": "Denise",
            "caller_last_name": "Pruitt",
            "patient_first_name": "Tyler",
            "patient_dob": "2001-05-09",
            "phone": "(614) 555-0148",
            "email": "dpruitt.home@gmail.com",
            "substance": "Opioids (heroin, fentanyl)",
            "insurance_carrier": "Aetna",
            "member_id": "W287441903",
            "admission_urgency": "Immediately - within 24 hours",
            "utm_campaign": "rehab_ohio_broad",
            "gclid": "Cj0KCQiA2eKtBhDcARIsAEGTG43f7nQ0lZfB0vXy9kQpL2mZ8s0aAaYxEALw_wcB",
        },
        {
            ("caller_first_name", "NAME"),
            ("caller_last_name", "NAME"),
            ("patient_first_name", "NAME"),
            ("patient_dob", "DATE"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("substance", "HEALTH"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("gclid", "ONLINE_ID"),
        },
        {
            ("form_id", "*"),
            ("submission_id", "*"),
            ("who_is_this_for", "*"),
            ("relationship", "*"),
            ("insurance_carrier", "*"),
            ("admission_urgency", "*"),
        },
        True,
    ),
    (
        "Behavioural-health lead: myself, depression and anxiety, Medicaid member",
        {
            "lead_id": "BH-55120",
            "who_is_this_for": "Myself",
            "full_name": "Jordan Abernathy",
            "phone": "317-555-0190",
            "email": "jordan.abernathy@outlook.com",
            "zip": "46208",
            "primary_concern": "Depression and anxiety, panic attacks",
            "insurance_type": "Medicaid",
            "insurance_member_id": "100294857A",
            "preferred_contact_time": "Evenings",
            "landing_page": "https://www.brightpathbh.com/lp/depression-treatment-indy",
        },
        {
            ("full_name", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("zip", "ZIP_CODE"),
            ("primary_concern", "HEALTH_CONDITION"),
            ("insurance_member_id", "HEALTH_PLAN_ID"),
            ("landing_page", "HEALTH_CONDITION"),
        },
        {
            ("lead_id", "*"),
            ("who_is_this_for", "*"),
            ("insurance_type", "*"),
            ("preferred_contact_time", "*"),
        },
        True,
    ),
    (
        "Clinical-trial pre-screener: diabetes study, screener answers as a list",
        {
            "screener_id": "scr_3a9c71",
            "study_id": "NCT05528939",
            "site_id": "SITE-0142",
            "protocol": "GLP1-T2D-301",
            "first_name": "Reginald",
            "last_name": "Okonkwo",
            "phone": "2145550127",
            "email": "rokonkwo@icloud.com",
            "zip": "75206",
            "answers": [
                {"question": "Have you been diagnosed with type 2 diabetes?", "answer": "Yes"},
                {"question": "Are you currently taking insulin?", "answer": "No"},
                {"question": "What was your most recent HbA1c?", "answer": "8.2"},
                {"question": "Height and weight (for BMI)", "answer": "5'11\" / 248 lb"},
            ],
            "bmi": "34.6",
            "qualified": True,
            "referral_status": "Referred to site",
            "referred_at": "2024-09-05T13:22:10Z",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("zip", "ZIP_CODE"),
            ("answers[0].question", "HEALTH_CONDITION"),
        },
        {
            ("screener_id", "*"),
            ("study_id", "*"),
            ("site_id", "*"),
            ("protocol", "*"),
            ("qualified", "*"),
            ("referral_status", "*"),
            ("referred_at", "*"),
        },
        True,
    ),
    (
        "Mass-tort intake: Ozempic gastroparesis questionnaire",
        {
            "intake_id": "MT-OZ-004471",
            "case_type": "Ozempic / GLP-1 Lawsuit",
            "claimant_name": "Sharon Villalobos",
            "claimant_dob": "1969-12-03",
            "phone": "702-555-0155",
            "email": "svillalobos69@yahoo.com",
            "street": "2209 Desert Bloom Ln",
            "city": "Henderson",
            "state": "NV",
            "zip": "89052",
            "drug_taken": "Ozempic (semaglutide)",
            "usage_start": "2022-03",
            "injury": "Gastroparesis, severe vomiting",
            "diagnosis_date": "2023-06-14",
            "hospitalized": "Yes",
            "has_attorney": "No",
            "signed_retainer": "No",
            "source": "tv_spot_oz_q3",
        },
        {
            ("claimant_name", "NAME"),
            ("claimant_dob", "DATE"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("street", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("drug_taken", "MEDICATION"),
            ("injury", "HEALTH_CONDITION"),
            ("diagnosis_date", "DATE"),
        },
        {
            ("intake_id", "*"),
            ("state", "*"),
            ("has_attorney", "*"),
            ("signed_retainer", "*"),
            ("source", "*"),
        },
        True,
    ),
    (
        "Mass-tort intake: hernia mesh, device and surgery date",
        {
            "Lead ID": "HM-22918",
            "Campaign": "Hernia Mesh - Bard",
            "Full Name": "Luis Echevarria",
            "Phone": "(915) 555-0162",
            "Email": "luis.echevarria@hotmail.com",
            "Zip": "79936",
            "Surgery Date": "08/14/2017",
            "Product Implanted": "Bard Composix Kugel mesh",
            "Complications": "Mesh migration, bowel obstruction, revision surgery",
            "Revision Surgery Date": "02/02/2020",
            "Attorney Represented": "No",
            "TrustedForm": _TF,
        },
        {
            ("Full Name", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Zip", "ZIP_CODE"),
            ("Surgery Date", "DATE"),
            ("Revision Surgery Date", "DATE"),
            ("Complications", "HEALTH"),
            ("TrustedForm", "ONLINE_ID|OTHER_ID"),
        },
        {("Lead ID", "*"), ("Attorney Represented", "*")},
        True,
    ),
    (
        "Ringba call log CSV row: Medicare Advantage call, qualified tag",
        {
            "Call Date": "11/04/2024 02:17:44 PM",
            "Campaign": "MA - AEP - TV",
            "Publisher": "Pub 117 - Silver Media",
            "Target": "SelectQuote MA Transfer",
            "Buyer": "SelectQuote",
            "Caller ID": "+14695550133",
            "Dialed #": "+18885550142",
            "Inbound Call ID": "RGB6A1F0C2E8B3D47A59E1C0F2B8A6D3E71",
            "Duration": "00:07:42",
            "Connected Call Length": "462",
            "Revenue": "45.00",
            "Payout": "32.00",
            "Has Converted": "yes",
            "Is Duplicate": "no",
            "Tags": "Medicare_Advantage_Qualified;InboundNumber:TV_Spot_7",
            "State": "TX",
        },
        {("Caller ID", "PHONE")},
        {
            ("Call Date", "*"),
            ("Campaign", "*"),
            ("Publisher", "*"),
            ("Target", "*"),
            ("Buyer", "*"),
            ("Dialed #", "*"),
            ("Inbound Call ID", "*"),
            ("Duration", "*"),
            ("Connected Call Length", "*"),
            ("Revenue", "*"),
            ("Payout", "*"),
            ("Tags", "*"),
            ("State", "*"),
        },
        False,
    ),
    (
        "Ringba call log: alcohol rehab campaign with caller zip tag",
        {
            "callDt": "2024-11-04T19:31:05Z",
            "campaignName": "Alcohol Rehab - National",
            "publisherName": "Recovery Leads Co",
            "targetName": "Oceanside Recovery Intake",
            "inboundPhoneNumber": "+18775550119",
            "callerId": "+16195550184",
            "callLengthInSeconds": 611,
            "payoutAmount": 120,
            "tag:Geo:ZipCode": "92054",
            "tag:User:insurance": "Cigna PPO",
            "tag:User:substance": "alcohol",
            "inboundCallId": "RGB0F9E8D7C6B5A4938271605F4E3D2C1B0",
        },
        {
            ("callerId", "PHONE"),
            ("tag:Geo:ZipCode", "ZIP_CODE"),
            ("campaignName", "HEALTH"),
        },
        {
            ("callDt", "*"),
            ("publisherName", "*"),
            ("targetName", "*"),
            ("inboundPhoneNumber", "*"),
            ("callLengthInSeconds", "*"),
            ("payoutAmount", "*"),
            ("inboundCallId", "*"),
            ("tag:User:insurance", "*"),
        },
        True,
    ),
    (
        "Invoca-like transaction: diabetic supplies call, promo and destination numbers",
        {
            "transaction_id": "AB12-CD34EF56",
            "transaction_type": "Call",
            "call_start_time": "2024-11-05 16:02:11 +0000",
            "calling_phone_number": "5025550171",
            "mobile": "Mobile",
            "city": "Louisville",
            "region": "KY",
            "duration": 304,
            "connect_duration": 288,
            "promo_number": "8665550108",
            "destination_phone_number": "8005550137",
            "advertiser_campaign_name": "Diabetic Supplies - CGM",
            "affiliate_name": "Senior Health Direct",
            "advertiser_payout": 55.0,
            "affiliate_payout": 40.0,
            "signal_name": "Qualified_CGM_Sale",
        },
        {
            ("calling_phone_number", "PHONE"),
            ("city", "LOCATION"),
            ("advertiser_campaign_name", "HEALTH"),
        },
        {
            ("transaction_id", "*"),
            ("call_start_time", "*"),
            ("region", "*"),
            ("duration", "*"),
            ("promo_number", "*"),
            ("destination_phone_number", "*"),
            ("affiliate_name", "*"),
            ("advertiser_payout", "*"),
            ("affiliate_payout", "*"),
        },
        True,
    ),
    (
        "Retreaver-like call: caller, tracking number and tags as a map",
        {
            "uuid": "6f1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "caller": "+13055550124",
            "number": "+18445550166",
            "campaign_name": "Final Expense - Inbound",
            "cid": "1027",
            "created_at": "2024-11-06T14:11:02.000-05:00",
            "duration": 97,
            "tags": {"caller_zip": "33186", "caller_state": "FL", "age": "74"},
            "converted": False,
            "payout": "0.00",
        },
        {("caller", "PHONE"), ("tags.caller_zip", "ZIP_CODE")},
        {
            ("uuid", "*"),
            ("number", "*"),
            ("cid", "*"),
            ("created_at", "*"),
            ("duration", "*"),
            ("tags.caller_state", "*"),
            ("tags.age", "*"),
            ("payout", "*"),
        },
        False,
    ),
    (
        "LeadsPedia lead export row: returned lead with a reason",
        {
            "Lead ID": "99120044",
            "Offer": "Medicare Advantage Exclusive",
            "Affiliate ID": "212",
            "Affiliate": "Clearline Media",
            "Sub ID": "tt_ma_vid3",
            "Buyer": "eHealth",
            "Date": "2024-11-07 09:14:27",
            "Price": "27.50",
            "Status": "Returned",
            "Return Reason": "Disconnected number",
            "First Name": "Gloria",
            "Last Name": "Maldonado-Reyes",
            "Phone": "520-555-0193",
            "Zip Code": "85706",
            "State": "AZ",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone", "PHONE"),
            ("Zip Code", "ZIP_CODE"),
        },
        {
            ("Lead ID", "*"),
            ("Offer", "*"),
            ("Affiliate ID", "*"),
            ("Affiliate", "*"),
            ("Sub ID", "*"),
            ("Buyer", "*"),
            ("Date", "*"),
            ("Price", "*"),
            ("Status", "*"),
            ("Return Reason", "*"),
            ("State", "*"),
        },
        False,
    ),
    (
        "boberdoo lead post (form fields as posted): Medicare lead with diabetes",
        {
            "Lead_ID": "B7731204",
            "SRC": "SHD_FB",
            "Sub_ID": "adset_4471",
            "Key": "8d7c6b5a4f3e2d1c",
            "API_Action": "pingPostLead",
            "Mode": "full",
            "TYPE": "31",
            "First_Name": "Clarence",
            "Last_Name": "Whitlock",
            "Address": "58 Orchard Hill Rd",
            "City": "Mechanicsville",
            "State": "VA",
            "Zip": "23111",
            "Primary_Phone": "8045550147",
            "Email": "cwhitlock@verizon.net",
            "DOB": "06/30/1954",
            "Diabetes": "Yes",
            "Heart_Condition": "No",
            "Medical_Conditions": "type 2 diabetes, neuropathy",
            "Jornaya_Lead_ID": _JORNAYA2,
            "IP_Address": "98.162.7.201",
        },
        {
            ("First_Name", "NAME"),
            ("Last_Name", "NAME"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Primary_Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("DOB", "DATE"),
            ("Medical_Conditions", "HEALTH_CONDITION"),
            ("Jornaya_Lead_ID", "ONLINE_ID|OTHER_ID"),
            ("IP_Address", "IP_ADDRESS"),
        },
        {
            ("Lead_ID", "*"),
            ("SRC", "*"),
            ("Sub_ID", "*"),
            ("Key", "*"),
            ("API_Action", "*"),
            ("Mode", "*"),
            ("TYPE", "*"),
            ("State", "*"),
        },
        True,
    ),
    (
        "boberdoo post response: accepted, price and redirect",
        {
            "response": {
                "status": "Matched",
                "lead_id": "B7731204",
                "price": "31.00",
                "buyer_id": "4471",
                "redirect_url": "https://quotes.ehealth.example/thank-you?ref=B7731204",
                "msg": "Lead accepted by 1 buyer(s)",
            }
        },
        set(),
        {
            ("response.status", "*"),
            ("response.lead_id", "*"),
            ("response.price", "*"),
            ("response.buyer_id", "*"),
            ("response.redirect_url", "*"),
            ("response.msg", "*"),
        },
        False,
    ),
    (
        "Phonexa lead export: final-expense lead with cancer history",
        {
            "leadId": "PX-6604712",
            "productId": "7",
            "productName": "Final Expense",
            "publisherId": "118",
            "subId": "s1_nat_fe",
            "subId2": "",
            "campaignId": "3391",
            "firstName": "Bernice",
            "lastName": "Oyelaran",
            "dateOfBirth": "1948-01-27",
            "phoneNumber": "+16785550109",
            "email": "boyelaran48@bellsouth.net",
            "zipCode": "30349",
            "healthQuestions": {
                "cancerLast2Years": "No",
                "everHadCancer": "Yes - breast cancer 2015, in remission",
                "oxygenUse": "No",
            },
            "coverageAmount": "15000",
            "leadPrice": "22.00",
            "status": "Sold",
            "createdAt": "2024-11-08 20:44:13",
            "ipAddress": "2600:1700:3ec0:7a10:4c2d:91ff:fe3a:12b4",
        },
        {
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("dateOfBirth", "DATE"),
            ("phoneNumber", "PHONE"),
            ("email", "EMAIL"),
            ("zipCode", "ZIP_CODE"),
            ("healthQuestions.everHadCancer", "HEALTH_CONDITION"),
            ("ipAddress", "IP_ADDRESS"),
        },
        {
            ("leadId", "*"),
            ("productId", "*"),
            ("productName", "*"),
            ("publisherId", "*"),
            ("subId", "*"),
            ("campaignId", "*"),
            ("coverageAmount", "*"),
            ("leadPrice", "*"),
            ("status", "*"),
            ("createdAt", "*"),
        },
        True,
    ),
    (
        "Facebook Lead Ads webhook notification: ids only",
        {
            "object": "page",
            "entry": [
                {
                    "id": "104523987612345",
                    "time": 1730912345,
                    "changes": [
                        {
                            "field": "leadgen",
                            "value": {
                                "ad_id": "23851234567890123",
                                "form_id": "987654321012345",
                                "leadgen_id": "1122334455667788",
                                "created_time": 1730912344,
                                "page_id": "104523987612345",
                                "adgroup_id": "23851234567890456",
                            },
                        }
                    ],
                }
            ],
        },
        set(),
        {
            ("entry[0].id", "*"),
            ("entry[0].time", "*"),
            ("entry[0].changes[0].field", "*"),
            ("entry[0].changes[0].value.ad_id", "*"),
            ("entry[0].changes[0].value.form_id", "*"),
            ("entry[0].changes[0].value.leadgen_id", "*"),
            ("entry[0].changes[0].value.created_time", "*"),
            ("entry[0].changes[0].value.page_id", "*"),
            ("entry[0].changes[0].value.adgroup_id", "*"),
        },
        False,
    ),
    (
        "Facebook Graph API lead retrieval: field_data with a knee-pain question",
        {
            "created_time": "2024-11-06T17:25:44+0000",
            "id": "1122334455667788",
            "ad_id": "23851234567890123",
            "form_id": "987654321012345",
            "field_data": [
                {"name": "full_name", "values": ["Rosalind Featherstone"]},
                {"name": "phone_number", "values": ["+17865550142"]},
                {"name": "email", "values": ["rfeatherstone@gmail.com"]},
                {"name": "zip_code", "values": ["33156"]},
                {
                    "name": "how_long_have_you_had_knee_pain?",
                    "values": ["more_than_6_months"],
                },
                {"name": "have_you_had_a_knee_replacement?", "values": ["no"]},
            ],
            "platform": "fb",
            "is_organic": False,
        },
        {
            ("field_data[0].values[0]", "NAME"),
            ("field_data[1].values[0]", "PHONE"),
            ("field_data[2].values[0]", "EMAIL"),
            ("field_data[3].values[0]", "ZIP_CODE"),
            ("field_data[4].name", "HEALTH_CONDITION"),
        },
        {
            ("created_time", "*"),
            ("id", "*"),
            ("ad_id", "*"),
            ("form_id", "*"),
            ("platform", "*"),
            ("is_organic", "*"),
        },
        True,
    ),
    (
        "Google Ads lead form webhook: hearing aids, user_column_data",
        {
            "lead_id": "TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-abcdefghijklmnopqrstuvwx",
            "user_column_data": [
                {
                    "column_name": "Full Name",
                    "string_value": "Walter Pennington",
                    "column_id": "FULL_NAME",
                },
                {
                    "column_name": "User Phone",
                    "string_value": "+14125550188",
                    "column_id": "PHONE_NUMBER",
                },
                {"column_name": "Postal Code", "string_value": "15237", "column_id": "POSTAL_CODE"},
                {
                    "column_name": "Do you have trouble hearing in noisy places?",
                    "string_value": "Yes, often",
                    "column_id": "QUESTION_1",
                },
            ],
            "api_version": "1.0",
            "form_id": 40000000001,
            "campaign_id": 20000000001,
            "google_key": "hx7Kq2Lm9Pz",
            "is_test": False,
            "gcl_id": "EAIaIQobChMIv7Xn9uW3iQMVBgSzAB3lrwK8EAAYASAAEgJ0zPD_BwE",
            "adgroup_id": 150000000001,
            "creative_id": 680000000001,
        },
        {
            ("user_column_data[0].string_value", "NAME"),
            ("user_column_data[1].string_value", "PHONE"),
            ("user_column_data[2].string_value", "ZIP_CODE"),
            ("gcl_id", "ONLINE_ID"),
        },
        {
            ("lead_id", "*"),
            ("api_version", "*"),
            ("form_id", "*"),
            ("campaign_id", "*"),
            ("google_key", "*"),
            ("adgroup_id", "*"),
            ("creative_id", "*"),
            ("user_column_data[0].column_id", "*"),
        },
        False,
    ),
    (
        "Campaign report row (clean): Medicare AEP Facebook campaign",
        {
            "date": "2024-11-04",
            "campaign_id": "23851234567000111",
            "campaign_name": "MA_AEP24_FB_Broad_65+",
            "vertical": "Medicare Advantage",
            "state": "FL",
            "spend": "4210.55",
            "leads": 412,
            "sold": 371,
            "cpl": "10.22",
            "revenue": "12985.00",
            "return_rate": "4.1%",
        },
        set(),
        {
            ("date", "*"),
            ("campaign_id", "*"),
            ("campaign_name", "*"),
            ("vertical", "*"),
            ("state", "*"),
            ("spend", "*"),
            ("leads", "*"),
            ("cpl", "*"),
            ("revenue", "*"),
            ("return_rate", "*"),
        },
        False,
    ),
    (
        "Buyer payout summary (clean): calls by buyer and tag",
        {
            "buyer": "Assurance IQ",
            "buyer_id": "B-0042",
            "period_start": "2024-11-01",
            "period_end": "2024-11-07",
            "calls": 88,
            "billable_calls": 61,
            "avg_duration_sec": 412,
            "payout_total": "3520.00",
            "top_tag": "Medicare_Advantage_Qualified",
        },
        set(),
        {
            ("buyer", "*"),
            ("buyer_id", "*"),
            ("period_start", "*"),
            ("period_end", "*"),
            ("calls", "*"),
            ("avg_duration_sec", "*"),
            ("payout_total", "*"),
            ("top_tag", "*"),
        },
        False,
    ),
    (
        "State-only aggregate (clean): rehab leads by state and substance",
        {
            "state": "OH",
            "substance": "Alcohol",
            "leads": 1021,
            "admits": 77,
            "avg_age": 38,
            "admit_rate": 0.075,
        },
        set(),
        {("state", "*"), ("leads", "*"), ("admits", "*"), ("avg_age", "*"), ("admit_rate", "*")},
        False,
    ),
    (
        "TrustedForm certificate look-up (Retain API): one consumer's session",
        {
            "cert": {
                "cert_id": "4b1c8f1d2e3a5b6c7d8e9f0a1b2c3d4e5f6a7b8c",
                "created_at": "2024-10-17T15:41:02Z",
                "expires_at": "2024-10-20T15:41:02Z",
                "ip": "71.196.33.118",
                "page_url": "https://www.seniorhealthdirect.example/medicare/get-quotes",
                "user_agent": "Mozilla/5.0 (Linux; Android 14; SM-S918U) Chrome/119.0",
                "event_duration_ms": 95412,
                "framed": False,
            },
            "outcome": "success",
            "retain": {"reference": "LC-5f0c8e2a9d1b", "results": {"expires_at": "2027-10-17"}},
        },
        {("cert.cert_id", "ONLINE_ID|OTHER_ID"), ("cert.ip", "IP_ADDRESS")},
        {
            ("cert.created_at", "*"),
            ("cert.expires_at", "*"),
            ("cert.page_url", "*"),
            ("cert.user_agent", "*"),
            ("cert.event_duration_ms", "*"),
            ("outcome", "*"),
            ("retain.reference", "*"),
        },
        False,
    ),
    (
        "Jornaya LeadiD audit response: token, consent found, no person fields",
        {
            "leadid_token": _JORNAYA,
            "audit": {
                "authentic": 1,
                "consumer_initiated": True,
                "data_integrity": 1,
                "age_seconds": 312,
                "tcpa_disclosure_found": True,
            },
            "lac": "7f8a9b0c-1d2e-4f3a-8b4c-5d6e7f8a9b0c",
            "campaign_key": "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0",
        },
        {("leadid_token", "ONLINE_ID|OTHER_ID")},
        {
            ("audit.authentic", "*"),
            ("audit.age_seconds", "*"),
            ("campaign_key", "*"),
        },
        False,
    ),
    (
        "Lead return row: return reason in free words, no person",
        {
            "lead_id": "99120051",
            "buyer": "Medicare Solutions Group",
            "returned_at": "2024-11-09T10:02:33Z",
            "return_reason": "Consumer says already enrolled; did not request info",
            "return_code": "NI",
            "credit_amount": "27.50",
        },
        set(),
        {
            ("lead_id", "*"),
            ("buyer", "*"),
            ("returned_at", "*"),
            ("return_reason", "*"),
            ("return_code", "*"),
            ("credit_amount", "*"),
        },
        False,
    ),
    (
        "Lead-distribution ping result: buyers' bids and plan names",
        {
            "ping_id": "pg_91c2e47f3a",
            "bids": [
                {"buyer": "Humana Direct", "plan": "Humana Gold Plus H1036-077 (HMO)", "bid": 28},
                {
                    "buyer": "UnitedHealthcare",
                    "plan": "AARP Medicare Advantage Choice (PPO)",
                    "bid": 31,
                },
                {"buyer": "Aetna", "plan": "Aetna Medicare Eagle Plan (PPO)", "bid": 26},
            ],
            "winner": "UnitedHealthcare",
            "latency_ms": 184,
        },
        set(),
        {
            ("ping_id", "*"),
            ("bids[0].buyer", "*"),
            ("bids[0].plan", "*"),
            ("bids[1].buyer", "*"),
            ("bids[1].plan", "*"),
            ("bids[2].buyer", "*"),
            ("bids[2].plan", "*"),
            ("winner", "*"),
            ("latency_ms", "*"),
        },
        False,
    ),
    (
        "Clinical-trial recruitment export CSV: migraine study, referral status",
        {
            "Patient ID": "P-000871",
            "Study": "NCT06011234 - Migraine Prevention Phase 3",
            "Site": "Site 014 - Tampa",
            "First Name": "Alyssa",
            "Last Name": "Brandt",
            "Mobile": "813-555-0140",
            "Email": "abrandt.tpa@gmail.com",
            "Date of Birth": "04/18/1990",
            "Migraine days per month": "9",
            "Currently taking preventive medication": "Topiramate",
            "Status": "Contacted - Scheduled Screening Visit",
            "Screening Visit": "2024-11-14",
            "Source": "Facebook",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Mobile", "PHONE"),
            ("Email", "EMAIL"),
            ("Date of Birth", "DATE"),
            ("Study", "HEALTH_CONDITION"),
            ("Currently taking preventive medication", "MEDICATION"),
            ("Screening Visit", "DATE"),
        },
        {("Status", "*"), ("Source", "*"), ("Site", "NAME")},
        True,
    ),
    (
        "Webhook into a CRM from LeadConduit: nested lead with appended data",
        {
            "event": "lead.delivered",
            "lead": {
                "id": "5f0c8e2a9d1b4c3e2f1a0b9d",
                "first_name": "Ottoline",
                "last_name": "Graves",
                "phone_1": {"normal": "5035550121", "raw": "(503) 555-0121", "type": "mobile"},
                "email": {"normal": "ograves@protonmail.com", "domain": "protonmail.com"},
                "postal_code": "97211",
            },
            "appended": {"phone_1_dnc": False, "trustedform": {"cert_url": _TF2}},
            "recipient": {"id": "5a1b2c3d", "name": "Healthmarkets Insurance"},
            "health": {"conditions": ["rheumatoid arthritis"], "rx": ["Humira"]},
        },
        {
            ("lead.first_name", "NAME"),
            ("lead.last_name", "NAME"),
            ("lead.phone_1.normal", "PHONE"),
            ("lead.phone_1.raw", "PHONE"),
            ("lead.email.normal", "EMAIL"),
            ("lead.postal_code", "ZIP_CODE"),
            ("appended.trustedform.cert_url", "ONLINE_ID|OTHER_ID"),
            ("health.conditions[0]", "HEALTH_CONDITION"),
            ("health.rx[0]", "MEDICATION"),
        },
        {
            ("event", "*"),
            ("lead.id", "*"),
            ("lead.phone_1.type", "*"),
            ("lead.email.domain", "*"),
            ("recipient.id", "*"),
            ("recipient.name", "*"),
        },
        True,
    ),
    (
        "Form post with xxTrustedFormCertUrl and universal_leadid: hearing-loss quiz",
        {
            "fname": "Ingrid",
            "lname": "Solberg",
            "phone_home": "651-555-0102",
            "email_address": "ingrid.solberg@gmail.com",
            "zip_code": "55104",
            "q_hearing_difficulty": "Trouble following conversations in restaurants",
            "q_wears_hearing_aids": "No",
            "xxTrustedFormCertUrl": _TF,
            "xxTrustedFormPingUrl": "https://ping.trustedform.com/0.AbCdEf12345.1730912345.xyz",
            "universal_leadid": _JORNAYA2,
            "s1": "tiktok",
            "s2": "hearing_quiz_v4",
            "offer_id": "33",
        },
        {
            ("fname", "NAME"),
            ("lname", "NAME"),
            ("phone_home", "PHONE"),
            ("email_address", "EMAIL"),
            ("zip_code", "ZIP_CODE"),
            ("q_hearing_difficulty", "HEALTH"),
            ("xxTrustedFormCertUrl", "ONLINE_ID|OTHER_ID"),
            ("universal_leadid", "ONLINE_ID|OTHER_ID"),
        },
        {("s1", "*"), ("s2", "*"), ("offer_id", "*")},
        True,
    ),
    (
        "Pay-per-call disposition log: agent notes on a rehab call",
        {
            "call_id": "CL-20241110-00871",
            "caller_number": "(480) 555-0139",
            "agent": "Intake Team B",
            "disposition": "Qualified - Admitted",
            "notes": "Caller's husband drinking heavily, withdrawal shakes, has BCBS AZ. "
            "Admit scheduled 11/12.",
            "billable": "Y",
            "duration_sec": 1342,
        },
        {
            ("caller_number", "PHONE"),
            ("notes", "HEALTH"),
        },
        {
            ("call_id", "*"),
            ("agent", "*"),
            ("disposition", "*"),
            ("billable", "*"),
            ("duration_sec", "*"),
        },
        True,
    ),
    (
        "Medicare lead with hashed email and phone for ad-platform matching",
        {
            "lead_id": "1184411",
            "em_sha256": _sha("loretta.vance@gmail.com"),
            "ph_sha256": _sha("16155550187"),
            "zip": "37211",
            "conditions": "congestive heart failure",
            "event_name": "Lead",
            "event_time": 1730998812,
            "fbc": "fb.1.1730998800123.IwAR2xYz0AbCdEfGhIjKlMnOpQrStUvWxYz",
        },
        {
            ("em_sha256", "HASHED_ID"),
            ("ph_sha256", "HASHED_ID"),
            ("zip", "ZIP_CODE"),
            ("conditions", "HEALTH_CONDITION"),
            ("fbc", "ONLINE_ID"),
        },
        {("lead_id", "*"), ("event_name", "*"), ("event_time", "*")},
        True,
    ),
    (
        "Publisher postback URL log: sub ids and payout, no person",
        {
            "postback_url": "https://track.clearlinemedia.example/postback?clickid=pub117"
            "&sub1=ma_tv&payout=32.00&status=approved&offer_id=33",
            "fired_at": "2024-11-04T19:39:12Z",
            "http_status": 200,
            "response_ms": 88,
        },
        set(),
        {("fired_at", "*"), ("http_status", "*"), ("response_ms", "*")},
        False,
    ),
    (
        "TCPA consent record: consent text with the seller's number, no health",
        {
            "consent_id": "cns_5520194",
            "consent_language": _TCPA,
            "consent_timestamp": "2024-10-17T15:42:08Z",
            "phone_consented": "7724182290",
            "seller": "Senior Health Direct",
            "page_url": "https://www.seniorhealthdirect.example/medicare/get-quotes",
        },
        {("phone_consented", "PHONE")},
        {
            ("consent_id", "*"),
            ("consent_language", "*"),
            ("consent_timestamp", "*"),
            ("seller", "*"),
            ("page_url", "*"),
        },
        False,
    ),
    (
        "Clinical-trial pre-screener (flat questions as columns): COPD study",
        {
            "respondent_id": "r_7710245",
            "study_code": "AZ-COPD-2231",
            "name": "Franklin Oduya",
            "phone": "410-555-0161",
            "zip": "21215",
            "age": "61",
            "Have you been diagnosed with COPD by a doctor?": "Yes",
            "Do you currently smoke?": "Former smoker",
            "Inhalers you use": "Spiriva, albuterol",
            "Hospitalized for breathing problems in last 12 months?": "Yes - once",
            "disqualified_reason": "",
            "completed_at": "2024-11-01T22:14:05Z",
        },
        {
            ("name", "NAME"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("Inhalers you use", "MEDICATION"),
        },
        {
            ("respondent_id", "*"),
            ("study_code", "*"),
            ("age", "*"),
            ("completed_at", "*"),
        },
        True,
    ),
]

HELD_OUT = [
    (
        "Medicare Supplement ping/post (XML-derived flat keys): MBI and Part B date",
        {
            "Request.Lead.FirstName": "Wilhelmina",
            "Request.Lead.LastName": "Castellanos",
            "Request.Lead.DateOfBirth": "1955-11-07",
            "Request.Lead.HomePhone": "9195550153",
            "Request.Lead.ZipCode": "27609",
            "Request.Lead.State": "NC",
            "Request.Lead.MedicareNumber": "5TK9XM2AA41",
            "Request.Lead.PartBEffective": "2020-12-01",
            "Request.Lead.Conditions": "atrial fibrillation",
            "Request.Meta.AffiliateId": "8812",
            "Request.Meta.SubId": "nat_tv_b",
            "Request.Meta.LeadiDToken": _JORNAYA,
            "Request.Meta.Price": "36.00",
        },
        {
            ("Request.Lead.FirstName", "NAME"),
            ("Request.Lead.LastName", "NAME"),
            ("Request.Lead.DateOfBirth", "DATE"),
            ("Request.Lead.HomePhone", "PHONE"),
            ("Request.Lead.ZipCode", "ZIP_CODE"),
            ("Request.Lead.MedicareNumber", "HEALTH_PLAN_ID"),
            ("Request.Lead.PartBEffective", "DATE"),
            ("Request.Lead.Conditions", "HEALTH_CONDITION"),
            ("Request.Meta.LeadiDToken", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("Request.Lead.State", "*"),
            ("Request.Meta.AffiliateId", "*"),
            ("Request.Meta.SubId", "*"),
            ("Request.Meta.Price", "*"),
        },
        True,
    ),
    (
        "ACA lead CSV row (LeadsPedia-style headers) with asthma and inhaler",
        {
            "Lead Id": "77102934",
            "Campaign Id": "14",
            "Affiliate Id": "301",
            "First Name": "Tameka",
            "Last Name": "Holloway",
            "Phone Number": "(404) 555-0117",
            "Email Address": "tameka.holloway@yahoo.com",
            "Birth Date": "07/09/1986",
            "Zip": "30310",
            "State": "GA",
            "Medical Conditions": "Asthma",
            "Prescriptions": "Albuterol inhaler",
            "Trusted Form Cert": _TF2,
            "Sold Price": "14.00",
            "Created": "2024-11-10 13:05:44",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone Number", "PHONE"),
            ("Email Address", "EMAIL"),
            ("Birth Date", "DATE"),
            ("Zip", "ZIP_CODE"),
            ("Medical Conditions", "HEALTH_CONDITION"),
            ("Prescriptions", "MEDICATION"),
            ("Trusted Form Cert", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("Lead Id", "*"),
            ("Campaign Id", "*"),
            ("Affiliate Id", "*"),
            ("State", "*"),
            ("Sold Price", "*"),
            ("Created", "*"),
        },
        True,
    ),
    (
        "Detox intake webhook: meth and benzos, UHC member id, loved one",
        {
            "form": "Verify Insurance",
            "entry_id": 48812,
            "fields": {
                "Who is seeking treatment?": "My daughter",
                "Your Name": "Patricia Lindqvist",
                "Your Phone": "971-555-0128",
                "Patient Name": "Emma Lindqvist",
                "Patient Date of Birth": "1999-03-27",
                "Insurance Provider": "UnitedHealthcare",
                "Member ID": "918273645",
                "Substances used": "Methamphetamine, Xanax",
            },
            "date_created": "2024-11-11 03:12:55",
        },
        {
            ("fields.Your Name", "NAME"),
            ("fields.Your Phone", "PHONE"),
            ("fields.Patient Name", "NAME"),
            ("fields.Patient Date of Birth", "DATE"),
            ("fields.Member ID", "HEALTH_PLAN_ID"),
            ("fields.Substances used", "HEALTH"),
        },
        {
            ("form", "*"),
            ("entry_id", "*"),
            ("fields.Who is seeking treatment?", "*"),
            ("fields.Insurance Provider", "*"),
            ("date_created", "*"),
        },
        True,
    ),
    (
        "Ringba-like call export JSON: Medicare Supplement, no health",
        {
            "callDt": "2024-11-12T15:01:44Z",
            "campaignName": "Med Supp - Inbound - Radio",
            "buyerName": "Senior Benefit Services",
            "callerId": "+12565550174",
            "inboundPhoneNumber": "+18885550171",
            "callLengthInSeconds": 245,
            "conversionAmount": 28,
            "tags": ["Medicare_Supplement_Qualified", "State:AL"],
            "inboundCallId": "RGB11D2C3B4A5968778695A4B3C2D1E0F9A",
        },
        {("callerId", "PHONE")},
        {
            ("callDt", "*"),
            ("campaignName", "*"),
            ("buyerName", "*"),
            ("inboundPhoneNumber", "*"),
            ("callLengthInSeconds", "*"),
            ("conversionAmount", "*"),
            ("tags[0]", "*"),
            ("tags[1]", "*"),
            ("inboundCallId", "*"),
        },
        False,
    ),
    (
        "Invoca-like transaction: sleep apnea campaign, caller in a small city",
        {
            "transaction_id": "9F3E-A1B2C3D4",
            "calling_phone_number": "2085550165",
            "city": "Coeur d'Alene",
            "region": "ID",
            "duration": 188,
            "promo_number": "8335550190",
            "advertiser_campaign_name": "CPAP Supplies - Sleep Apnea",
            "affiliate_payout": 18.0,
            "start_time_local": "11/12/2024 10:14 AM",
        },
        {
            ("calling_phone_number", "PHONE"),
            ("city", "LOCATION"),
            ("advertiser_campaign_name", "HEALTH"),
        },
        {
            ("transaction_id", "*"),
            ("region", "*"),
            ("duration", "*"),
            ("promo_number", "*"),
            ("affiliate_payout", "*"),
        },
        True,
    ),
    (
        "Mass-tort intake: talc, ovarian cancer, deceased family member",
        {
            "intake_id": "TLC-10882",
            "caller_name": "Marcus Dubois",
            "relationship_to_injured": "Son",
            "injured_party_name": "Yvonne Dubois",
            "injured_party_dob": "1951-09-13",
            "date_of_death": "2022-01-30",
            "product_used": "Johnson's Baby Powder",
            "diagnosis": "Ovarian cancer",
            "phone": "504-555-0131",
            "state": "LA",
            "qualified": "Yes",
        },
        {
            ("caller_name", "NAME"),
            ("injured_party_name", "NAME"),
            ("injured_party_dob", "DATE"),
            ("date_of_death", "DATE"),
            ("diagnosis", "HEALTH_CONDITION"),
            ("phone", "PHONE"),
        },
        {("intake_id", "*"), ("relationship_to_injured", "*"), ("state", "*"), ("qualified", "*")},
        True,
    ),
    (
        "Clinical-trial referral webhook: psoriasis study with site and referral ids",
        {
            "referral": {
                "id": "ref_0a9b8c7d",
                "study": {"nct_id": "NCT05894421", "indication": "Plaque psoriasis"},
                "site": {"id": "site_2231", "name": "Dermatology Research Associates"},
                "patient": {
                    "first_name": "Kenji",
                    "last_name": "Morimoto",
                    "email": "kmorimoto@gmail.com",
                    "phone": "+13105550197",
                    "postal_code": "90025",
                },
                "status": "sent_to_site",
                "created_at": "2024-11-12T18:00:00Z",
            }
        },
        {
            ("referral.patient.first_name", "NAME"),
            ("referral.patient.last_name", "NAME"),
            ("referral.patient.email", "EMAIL"),
            ("referral.patient.phone", "PHONE"),
            ("referral.patient.postal_code", "ZIP_CODE"),
            ("referral.study.indication", "HEALTH_CONDITION"),
        },
        {
            ("referral.id", "*"),
            ("referral.study.nct_id", "*"),
            ("referral.site.id", "*"),
            ("referral.site.name", "NAME"),
            ("referral.status", "*"),
            ("referral.created_at", "*"),
        },
        True,
    ),
    (
        "Affiliate payout summary by sub id (clean)",
        {
            "affiliate": "Recovery Leads Co",
            "aff_id": "1043",
            "sub_id": "rehab_fb_lal2",
            "offer": "Drug & Alcohol Rehab - Calls",
            "clicks": 5120,
            "calls": 213,
            "payout": "9585.00",
            "epc": "1.87",
            "week": "2024-W45",
        },
        set(),
        {
            ("affiliate", "*"),
            ("aff_id", "*"),
            ("sub_id", "*"),
            ("clicks", "*"),
            ("calls", "*"),
            ("payout", "*"),
            ("epc", "*"),
            ("week", "*"),
        },
        False,
    ),
    (
        "Facebook lead retrieval: Medicare age 91, diabetes question",
        {
            "id": "2233445566778899",
            "created_time": "2024-11-12T21:14:02+0000",
            "field_data": [
                {"name": "first_name", "values": ["Augustina"]},
                {"name": "last_name", "values": ["Pelletier"]},
                {"name": "phone_number", "values": ["+12075550158"]},
                {"name": "age", "values": ["91"]},
                {"name": "do_you_have_diabetes?", "values": ["yes"]},
            ],
            "campaign_name": "MedSupp_Maine_65plus",
        },
        {
            ("field_data[0].values[0]", "NAME"),
            ("field_data[1].values[0]", "NAME"),
            ("field_data[2].values[0]", "PHONE"),
            ("field_data[3].values[0]", "AGE_OVER_89"),
            ("field_data[4].name", "HEALTH_CONDITION"),
        },
        {("id", "*"), ("created_time", "*"), ("campaign_name", "*")},
        True,
    ),
    (
        "TrustedForm claim in a lead-vendor log: cert and IP, no health",
        {
            "lead_id": "V-338120",
            "vendor": "Clearline Media",
            "trustedform_cert_url": _TF2,
            "claimed": True,
            "claim_ip": "24.113.92.7",
            "claimed_at": "2024-11-12T16:30:11Z",
            "page_url": "https://www.quickcoveragequotes.example/auto-health",
        },
        {("trustedform_cert_url", "ONLINE_ID|OTHER_ID"), ("claim_ip", "IP_ADDRESS")},
        {("lead_id", "*"), ("vendor", "*"), ("claimed_at", "*"), ("page_url", "*")},
        False,
    ),
    (
        "Weight-loss (GLP-1 telehealth) lead: BMI, meds and a state",
        {
            "lead_uuid": "2c9e8f1a-6b3d-4e7f-a0b1-c2d3e4f5a6b7",
            "first_name": "Brianna",
            "last_name": "Szymanski",
            "email": "bszymanski@gmail.com",
            "phone": "7735550104",
            "state": "IL",
            "bmi": "36.1",
            "current_medications": "sertraline",
            "interested_in": "Semaglutide / Wegovy",
            "affiliate_sub": "tt_glp1_ugc7",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("current_medications", "MEDICATION"),
            ("interested_in", "MEDICATION"),
        },
        {("state", "*"), ("affiliate_sub", "*")},
        True,
    ),
    (
        "Retreaver-like webhook: hearing aid call, caller and DID",
        {
            "call_uuid": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e",
            "caller_number": "+17165550181",
            "dialed_number": "+18005550124",
            "campaign": "Hearing Aids - Inbound",
            "caller_zip": "14215",
            "billable_minutes": 6,
            "revenue": "45.00",
        },
        {("caller_number", "PHONE"), ("caller_zip", "ZIP_CODE"), ("campaign", "HEALTH")},
        {
            ("call_uuid", "*"),
            ("dialed_number", "*"),
            ("billable_minutes", "*"),
            ("revenue", "*"),
        },
        True,
    ),
]

#: Records that still miss after the work on SHAPES: ``(name, open, phi_open, why)``, where
#: ``open`` holds the misses and false findings that remain and ``phi_open`` whether the
#: PHI verdict is still wrong. The test holds the decision.
_LEAD_ID = (
    "the project reads a lead's id as the person's record id, OTHER_ID (field_names.py: "
    "``lead id`` beside ``contact id`` and ``patient id``; a ``lead.id`` is a person "
    "record's id; tests/test_marketing_automation.py expects Marketo's ``leadId`` so): a "
    "lead-distribution platform's lead id is the same key to one consumer's record, and "
    "the field cannot tell a LeadsPedia export from a Marketo one. Kept as the project "
    "decided; this probe's blind must-not is left as written"
)
_CALL_DATE = (
    "a full date in a field named for a date is reported at the weak-word score "
    "(dates.py); a call's own date is left unstated by tests/test_calls_and_scheduling.py, "
    "and on a rehab or Medicare line it is arguably the person's contact date"
)
_REPORT_DATE = (
    "a bare ``date`` / ``period_start`` column is read alone, and is a person's date as "
    "often (a form's or an appointment's; ``period_start`` is a cycle tracker's too): "
    "telling an aggregate report row from a person's row needs the whole record, which "
    "the date detector does not read"
)
LEFT_ALONE: list[tuple[str, set, bool, str]] = [
    # added in the thirteenth round, when a Graph API lead's bare ``id`` beside its
    # ``field_data`` became the lead's (detectors/person_records.py), as the lead-id
    # decision below has it
    (
        "Facebook Graph API lead retrieval: field_data with a knee-pain question",
        {("id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "LeadConduit lead export: Medicare Supplement lead with conditions and meds",
        {("lead.id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "ACA marketplace lead with household members and a pregnancy",
        {("LeadID", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Medicare Advantage lead, no health answers: identified but not PHI",
        {("lead_id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Medicare Supplement lead, age 92, oxygen use and height/weight",
        {("lead_id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Behavioural-health lead: myself, depression and anxiety, Medicaid member",
        {("lead_id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Mass-tort intake: hernia mesh, device and surgery date",
        {("Lead ID", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "boberdoo lead post (form fields as posted): Medicare lead with diabetes",
        {("Lead_ID", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "boberdoo post response: accepted, price and redirect",
        {("response.lead_id", "OTHER_ID"), ("response.redirect_url", "OTHER_ID")},
        False,
        _LEAD_ID + " (the redirect URL's ``ref`` echoes it)",
    ),
    (
        "Phonexa lead export: final-expense lead with cancer history",
        {("leadId", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Google Ads lead form webhook: hearing aids, user_column_data",
        {("lead_id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Lead return row: return reason in free words, no person",
        {("lead_id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Medicare lead with hashed email and phone for ad-platform matching",
        {("lead_id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "LeadsPedia lead export row: returned lead with a reason",
        {("Date", "DATE"), ("Lead ID", "OTHER_ID")},
        False,
        _LEAD_ID + "; and " + _CALL_DATE.replace("a call's own date", "a lead's own date"),
    ),
    (
        "Webhook into a CRM from LeadConduit: nested lead with appended data",
        {("lead.id", "OTHER_ID"), ("recipient.name", "NAME")},
        False,
        _LEAD_ID + "; and ``recipient`` is a person word (an email's or a parcel's "
        "recipient), so LeadConduit's ``recipient.name`` (the buyer it delivered to) "
        "reads as a name",
    ),
    (
        "Addiction-treatment intake form: for a loved one, opioids, insurance member id",
        {("form_id", "PROCEDURE")},
        False,
        "a blind must-not this probe itself contradicts: ``rehab-vob-v3`` names the rehab "
        "form the person filled in, health context as a campaign named 'Alcohol Rehab' is "
        "(which the probe expects as HEALTH); the dictionary reads words in slugs",
    ),
    (
        "Ringba call log CSV row: Medicare Advantage call, qualified tag",
        {("Call Date", "DATE"), ("Dialed #", "PHONE")},
        False,
        _CALL_DATE + "; and a dialed number is left to the phone rules on purpose "
        "(field_names.BUSINESS_NUMBER_RULES: an outbound call dials the person), though a "
        "pay-per-call platform only logs inbound calls",
    ),
    (
        "Ringba call log: alcohol rehab campaign with caller zip tag",
        {("callDt", "DATE")},
        False,
        _CALL_DATE,
    ),
    (
        "Retreaver-like call: caller, tracking number and tags as a map",
        {("cid", "ONLINE_ID"), ("number", "PHONE")},
        False,
        "a top-level ``cid`` is Google Analytics' client id (the Measurement Protocol's "
        "parameter) and a bare ``number`` column a call log's other party "
        "(field_names.py); in this call record they are the campaign id and the tracking "
        "number, which only the tool's name would tell",
    ),
    (
        "Buyer payout summary (clean): calls by buyer and tag",
        {("period_start", "DATE"), ("period_end", "DATE")},
        False,
        _REPORT_DATE,
    ),
    (
        "TrustedForm certificate look-up (Retain API): one consumer's session",
        {("cert.cert_id", "ONLINE_ID|OTHER_ID")},
        False,
        "a bare 40-hex ``cert_id`` under ``cert`` may be any certificate's (a TLS "
        "fingerprint, a licence's): a TrustedForm certificate is found as its URL in any "
        "field, or under a TrustedForm-named field",
    ),
    (
        "Form post with xxTrustedFormCertUrl and universal_leadid: hearing-loss quiz",
        {("q_hearing_difficulty", "HEALTH")},
        True,
        "the answer ('Trouble following conversations in restaurants') names no condition; "
        "the condition is in the column's key, and a key is not a value the contract can "
        "report, so the record is not PHI",
    ),
]
_SUB_ID = (
    "a blind must-not this probe itself contradicts: an affiliate's sub id is a marketing "
    "label of the traffic, as a campaign name is, and the project reads health words in "
    "campaign names as health context (this probe expects 'Alcohol Rehab - National' as "
    "HEALTH); in a report row with no person it makes no record PHI"
)
LEFT_ALONE += [  # from HELD_OUT, scored blind once first (see FLOORS)
    (  # added in the thirteenth round, as the Graph API lead above
        "Facebook lead retrieval: Medicare age 91, diabetes question",
        {("id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "ACA lead CSV row (LeadsPedia-style headers) with asthma and inhaler",
        {("Lead Id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "TrustedForm claim in a lead-vendor log: cert and IP, no health",
        {("lead_id", "OTHER_ID")},
        False,
        _LEAD_ID,
    ),
    (
        "Ringba-like call export JSON: Medicare Supplement, no health",
        {("callDt", "DATE")},
        False,
        _CALL_DATE,
    ),
    ("Affiliate payout summary by sub id (clean)", {("sub_id", "PROCEDURE")}, False, _SUB_ID),
    (
        "Weight-loss (GLP-1 telehealth) lead: BMI, meds and a state",
        {("affiliate_sub", "MEDICATION")},
        False,
        _SUB_ID,
    ),
]


#: Decided after the blind scoring, by the project's lead rather than the probe's author:
#: a lead's id IS the person's record id (OTHER_ID), the key to one consumer's record in
#: the vendor's and the buyer's systems (Safe Harbor (R): "any other unique identifying
#: number"), as a CRM lead's id is. The probe's blind must-not on those fields was the
#: brief's mistake, so those records expect the id instead, and leave LEFT_ALONE. The
#: probe as written stays above, unchanged.
LEAD_ID_RECORDS = {name: still for name, still, _, why in LEFT_ALONE if why is _LEAD_ID}


def _lead_ids_are_record_ids(rows: list) -> list:
    out = []
    for name, record, expected, must_not, phi in rows:
        ids = LEAD_ID_RECORDS.get(name, set())
        fields = {f for f, _ in ids}
        kept = {(f, e) for f, e in must_not if f not in fields}
        out.append((name, record, expected | ids, kept, phi))
    return out


SHAPES = _lead_ids_are_record_ids(SHAPES)
HELD_OUT = _lead_ids_are_record_ids(HELD_OUT)
LEFT_ALONE = [row for row in LEFT_ALONE if row[3] is not _LEAD_ID]

#: What this probe reached (misses, false findings, records wrong), LEFT_ALONE included.
#: SHAPES (37 records): blind, before any change: 16, 29, 28; after the fixes: 2, 26, 22
#: (every one of the 22 in LEFT_ALONE: 14 of them the project's lead-id decision).
#: HELD_OUT (12 records): 8, 7, 9 before any change; 1, 6, 7 when first scored (blind,
#: after the SHAPES fixes); 0, 6, 6 after the one fix it showed (``injured_party_name``).
#: Then, at the merge: lead ids expected as record ids (:data:`LEAD_ID_RECORDS`) and ratio
#: metrics telling a report row (``cpl``): SHAPES 2, 14, 10; HELD_OUT 0, 4, 4.
#: Thirteenth round: a toll-free dialed number is let go (detectors/senders.py), which
#: closed the Retreaver-like webhook's ``dialed_number``.
FLOORS = (2, 14, 10)
HELD_OUT_FLOORS = (0, 3, 3)


(
    test_lead_generation_shapes,
    test_left_alone_decisions_still_hold,
    test_left_alone_names_records,
    test_floors,
    test_held_out_floors,
) = named_probe_tests(SHAPES, HELD_OUT, LEFT_ALONE, FLOORS, HELD_OUT_FLOORS)
