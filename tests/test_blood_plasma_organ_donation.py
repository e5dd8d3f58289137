"""Blood, plasma, marrow and organ donation: donor CRMs, eligibility and registries.

A blind probe, written by hand before reading the detectors: what blood centres, plasma
centres, marrow and stem-cell registries and organ-donor registries export for their
recruitment, marketing and donor-engagement teams. Hemasphere- and BECS-like donor CRM
and scheduling exports (donor id, ABO/Rh, last donation, next eligible date, home site,
drive and bus codes), the donor health questionnaire (DHQ) and its deferrals (medications
such as finasteride, isotretinoin or aspirin, travel to a malaria-risk area, a tattoo,
low haemoglobin; temporary and permanent), post-donation results sent to donors
(haemoglobin, blood pressure, pulse, cholesterol, ferritin, sickle-cell trait screening)
and infectious-disease notifications, donor reactions and post-donation illness calls,
plasma-centre donor apps, new-donor onboarding (ID, total protein, SPE), compensation
card loads and the 1099 file, hyperimmune programmes, marrow registry sign-ups, swab kits
and HLA typing, match notifications and work-ups, living kidney donor referrals, OPO
referral logs, public cord blood donation, organ-donor registry sign-ups from DMV feeds
and web forms, blood-drive sponsor CRMs, sign-up sheets and telerecruitment lists; with
the clean rows around them: ISBT 128 donation identification numbers (DINs) and product
codes, unit inventory, drive and bloodmobile schedules, site codes, kit inventory,
campaign reports and blood-group distribution statistics.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Donating is not health context by itself.** A donor is a well volunteer: a whole blood,
  platelet, plasma or Power Red donation, an appointment, a drive, a visit count, a
  compensation payment, joining a marrow registry and "eligible to donate" say nothing
  about the person's health. A donor CRM row with only these is identified but not PHI,
  and its donation type is no HEALTH finding.
- **What the centre learns about the donor's body is health.** A person's blood type
  (ABO/Rh), CMV status, HLA typing, haemoglobin or haematocrit, total protein, ferritin,
  blood pressure, pulse, cholesterol, a sickle-cell trait screen and an infectious-disease
  test are test results: HEALTH in a donor's record, whatever the key's spelling (``ABO/Rh``
  = ``O NEG``, ``blood_type`` = ``AB+``). Genetic results are health (as
  tests/test_genomics_and_labs.py decided) and HLA typing is one; an HLA allele
  (``A*02:01``) is never a DATE. The same blood type in a unit's inventory row or in a
  blood-group distribution statistic names nobody: it may be found, but the row is not PHI.
- **A deferral reason is health when it names a health matter** (low haemoglobin, a
  medication, a disease-risk travel such as malaria, a reaction); a deferral's type alone
  (temporary, permanent) is neither expected nor forbidden, and a reason that names none
  (a tattoo) is not health. A DHQ question put to the donor that names a drug and is
  answered "Yes" is health (as yes/no screening questions were decided); "feeling healthy
  and well today" is not.
- **The recipient's diagnosis in a donor's match notice or work-up is health context** and
  makes the record PHI (the donor is about to undergo a collection procedure for that
  care); a PBSC or marrow collection and filgrastim are health.
- **An organ-donor registry sign-up is not health**: a DMV feed's donor flag and a web
  form's organ, tissue and eye choices are an end-of-life wish, not the person's health;
  such a row is identified but not PHI. A living kidney donor's evaluation and an OPO's
  referral of a patient are health; so is a mother's history on a public cord blood
  donation consent.
- **Ids**: a blood centre's, plasma centre's or registry's donor id is the person's record
  id (``OTHER_ID|MRN``), and so is an activated swab kit's barcode (the genomics probe's
  decision); an unassigned kit in inventory is no one's. An ISBT 128 DIN labels a blood
  product unit (it travels to hospitals on the bag, like a lot), so it is never a finding,
  nor are product codes, drive, bus, site, campaign, shipment and session ids. A
  prepaid compensation card's full number is CREDIT_CARD; a rewards member id is an
  ACCOUNT_NUMBER (loyalty numbers, as decided); a driver's licence number from a DMV feed
  is LICENSE_NUMBER; a payee's TIN is an SSN.
- **A person's dates are DATE**: birth, last donation or collection, next eligible date,
  an appointment, a deferral's end, a result date, a work-up's dates, an OPO referral's
  time. A drive's date and hours, a unit's collection and expiry dates, a report's period
  and a message's send stamp are not a person's.
- **The organisation's side is not a person's**: a sponsor's or drive venue's address, a
  centre's toll-free line, a hospital's name, the account owner (staff) and the
  telerecruiter's agent id are no findings. A phlebotomist's certification is their job,
  not their health (tests/test_job_fields.py).

After reading the detectors no blind expectation was changed; four must-nots were wider
than decisions the project had made (bare ``date`` columns, a shipment's ship date, a
collection date read as the donor's) and are narrowed on top (:data:`_DECIDED`). What the
work built: blood groups and HLA types under their fields (``ABO/Rh`` = "O NEG",
``HLA-A`` = "A2, A24", a GA4 ``blood_type`` user property) as test results, a donation
kind under ``procedure`` ("Whole Blood", "Power Red") as no care, haematocrit, serum
protein and ferritin as readings (and ferritin with its value in text), a drug-intake
flag (``took_aspirin_last_48h`` = true), a person word then ``number`` or ``#`` as the
person's record id (``Donor #``; a spouse's, a caregiver's or a clinician's number is a
line), a registry's id under a person, a rewards programme's member id as an account
number, a booking's ``site`` object as the organisation's place, a blood drive's day as
the drive's, a toll-free line the text calls its own ("call our donor line at 1-800-...")
as the sender's, schools, parishes and (after two words) churches and temples as
organisations, and 24 vocabulary terms (anti-HBc, HBV/HCV/HIV NAT, PBSC collection,
vasovagal reaction, loss of consciousness, low iron, anti-D, RhoGAM...). Nine records are
left open (:data:`LEFT_ALONE`), each with its reason; a tenth, the hyperimmune
programme's "Rho(D) immune globulin booster", closed when the home health probe added
``immune globulin`` to the vocabulary (tests/test_home_health_hospital_at_home.py).

Figures (misses / false findings / records wrong): SHAPES (32 records), blind 17 / 13 /
20, after the work and the decisions 4 / 3 / 8 (all in LEFT_ALONE). HELD_OUT (10
records), blind before any work 10 / 0 / 6; scored once after the work on SHAPES: 4 / 0 /
3; after two additions that generalise (ferritin as a reading, ``anti-D`` as a term):
2 / 0 / 2 (both in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Donor CRM export (CSV): ABO/Rh, last donation, next eligible date",
        {
            "Donor ID": "D00458213",
            "First Name": "Renee",
            "Last Name": "Castellanos",
            "Email": "renee.castellanos@gmail.com",
            "Mobile Phone": "(614) 555-0138",
            "Birth Date": "04/19/1986",
            "ABO/Rh": "O NEG",
            "Last Donation Date": "08/27/2024",
            "Next Eligible Date": "10/22/2024",
            "Donation Type": "Whole Blood",
            "Eligibility Status": "Eligible",
            "Home Site": "SITE-COL-04",
            "Lifetime Donations": "37",
        },
        {
            ("Donor ID", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Mobile Phone", "PHONE"),
            ("Birth Date", "DATE"),
            ("ABO/Rh", "HEALTH"),
            ("Last Donation Date", "DATE"),
            ("Next Eligible Date", "DATE"),
        },
        {
            ("Donation Type", "HEALTH"),
            ("Eligibility Status", "*"),
            ("Home Site", "*"),
            ("Lifetime Donations", "*"),
        },
        True,
    ),
    (
        "Donor scheduling API (JSON): a Power Red appointment at a donor centre",
        {
            "appointment": {
                "id": "APT-7731902",
                "startTime": "2024-11-02T09:30:00-04:00",
                "procedure": "Power Red",
                "confirmationCode": "K7QX2M",
                "site": {
                    "code": "NDC-02",
                    "name": "Northland Donor Center",
                    "address": "4071 Morse Rd, Columbus, OH 43230",
                },
            },
            "donor": {
                "donorId": "D00771245",
                "firstName": "Calvin",
                "lastName": "Brightwater",
                "email": "cbrightwater@outlook.com",
            },
            "createdAt": "2024-10-20T18:02:11Z",
        },
        {
            ("appointment.startTime", "DATE"),
            ("donor.donorId", "OTHER_ID|MRN"),
            ("donor.firstName", "NAME"),
            ("donor.lastName", "NAME"),
            ("donor.email", "EMAIL"),
        },
        {
            ("appointment.id", "*"),
            ("appointment.procedure", "HEALTH"),
            ("appointment.confirmationCode", "*"),
            ("appointment.site.code", "*"),
            ("appointment.site.address", "LOCATION"),
            ("createdAt", "*"),
        },
        False,
    ),
    (
        "DHQ session (JSON): finasteride answered yes, temporary deferral",
        {
            "donor_id": "D00392817",
            "donor_name": "Martin Oyelaran",
            "session_date": "2024-10-08",
            "responses": [
                {"question": "Are you feeling healthy and well today?", "answer": "Yes"},
                {
                    "question": "In the past 1 month, have you taken finasteride "
                    "(Proscar, Propecia)?",
                    "answer": "Yes",
                },
            ],
            "deferral": {
                "type": "Temporary",
                "reason": "Medication - finasteride",
                "until": "2024-11-08",
            },
            "kiosk_id": "KSK-14",
        },
        {
            ("donor_id", "OTHER_ID|MRN"),
            ("donor_name", "NAME"),
            ("session_date", "DATE"),
            ("responses[1].question", "HEALTH"),
            ("deferral.reason", "HEALTH"),
            ("deferral.until", "DATE"),
        },
        {("responses[0].question", "HEALTH"), ("kiosk_id", "*"), ("deferral.type", "*")},
        True,
    ),
    (
        "Deferral log (CSV): low haemoglobin on a bloodmobile",
        {
            "Donor Number": "0011839920",
            "Donor Name": "Pruitt, Leanne M",
            "Deferral Code": "LH",
            "Deferral Description": "Low Hemoglobin",
            "Hgb (g/dL)": "12.1",
            "Deferral Type": "Temporary",
            "Deferral Start": "09/14/2024",
            "Deferral End": "09/15/2024",
            "Collection Site": "BUS-07",
        },
        {
            ("Donor Number", "OTHER_ID|MRN"),
            ("Donor Name", "NAME"),
            ("Deferral Description", "HEALTH"),
            ("Hgb (g/dL)", "HEALTH"),
            ("Deferral Start", "DATE"),
            ("Deferral End", "DATE"),
        },
        {("Deferral Code", "*"), ("Collection Site", "*")},
        True,
    ),
    (
        "Mini-physical results email (Marketing Cloud data extension row)",
        {
            "SubscriberKey": "D00458213",
            "EmailAddress": "renee.castellanos@gmail.com",
            "FirstName": "Renee",
            "DonationDate": "2024-08-27",
            "Hemoglobin": "13.8",
            "BloodPressure": "118/76",
            "Pulse": "72",
            "TotalCholesterol": "187",
            "SendClassification": "Transactional",
        },
        {
            ("SubscriberKey", "OTHER_ID|MRN|ONLINE_ID"),
            ("EmailAddress", "EMAIL"),
            ("FirstName", "NAME"),
            ("DonationDate", "DATE"),
            ("Hemoglobin", "HEALTH"),
            ("BloodPressure", "HEALTH"),
            ("Pulse", "HEALTH"),
            ("TotalCholesterol", "HEALTH"),
        },
        {("SendClassification", "*"), ("BloodPressure", "DATE")},
        True,
    ),
    (
        "Infectious-disease donor notification case: reactive anti-HBc, permanent deferral",
        {
            "case_id": "DN-2024-00318",
            "donor": {
                "donor_id": "D00612004",
                "name": "Howard Quintero",
                "phone": "740-555-0182",
            },
            "test": "Anti-HBc",
            "result": "Repeat reactive",
            "confirmatory": "HBV NAT nonreactive",
            "deferral_status": "Permanent",
            "din": "W0407 24 318844",
        },
        {
            ("donor.donor_id", "OTHER_ID|MRN"),
            ("donor.name", "NAME"),
            ("donor.phone", "PHONE"),
            ("test", "HEALTH"),
            ("confirmatory", "HEALTH"),
        },
        {("din", "*")},
        True,
    ),
    (
        "Plasma-centre donor app event (JSON): visit completed, total protein",
        {
            "event": "visit_completed",
            "donor": {"donor_number": "BL0012345678", "email": "j.marchetti@yahoo.com"},
            "center_id": "BL-0452",
            "visit": {
                "date": "2024-10-14",
                "visit_number_this_month": 7,
                "total_protein_g_dl": 6.9,
                "hematocrit": 41,
                "weight_lbs": 182,
                "volume_collected_ml": 880,
            },
            "compensation": {"amount_usd": 70, "promo_code": "NEWDONOR900"},
        },
        {
            ("donor.donor_number", "OTHER_ID|MRN"),
            ("donor.email", "EMAIL"),
            ("visit.date", "DATE"),
            ("visit.total_protein_g_dl", "HEALTH"),
            ("visit.hematocrit", "HEALTH"),
        },
        {
            ("center_id", "*"),
            ("visit.visit_number_this_month", "*"),
            ("visit.volume_collected_ml", "*"),
            ("compensation.amount_usd", "*"),
            ("compensation.promo_code", "*"),
        },
        True,
    ),
    (
        "Compensation card issuance file (CSV): prepaid card for a plasma donor",
        {
            "Card Number": "4447962188305522",
            "Cardholder Name": "Jordan Marchetti",
            "Donor ID": "BL0012345678",
            "Load Amount": "70.00",
            "Load Type": "Donation Fee",
            "Center": "Hilliard Plasma Center #452",
            "Transaction ID": "TX99283711",
        },
        {
            ("Card Number", "CREDIT_CARD"),
            ("Cardholder Name", "NAME"),
            ("Donor ID", "OTHER_ID|MRN"),
        },
        {
            ("Load Amount", "*"),
            ("Load Type", "*"),
            ("Center", "NAME"),
            ("Transaction ID", "*"),
        },
        False,
    ),
    (
        "Marrow registry online join (JSON): swab kit activated, campus drive",
        {
            "registration_id": "RG-24-5519037",
            "first_name": "Aisha",
            "last_name": "Okonkwo-Reyes",
            "email": "aisha.okreyes@gmail.com",
            "mobile": "+16145550164",
            "date_of_birth": "2001-02-11",
            "race_ethnicity": "Black or African American; Hispanic or Latino",
            "swab_kit": {"kit_id": "BTM-K-88213004", "status": "activated"},
            "source": "campus_drive",
            "drive_code": "UCOL-FALL24",
        },
        {
            ("registration_id", "OTHER_ID|MRN"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("mobile", "PHONE"),
            ("date_of_birth", "DATE"),
            ("swab_kit.kit_id", "OTHER_ID"),
        },
        {
            ("race_ethnicity", "HEALTH"),
            ("swab_kit.status", "*"),
            ("source", "*"),
            ("drive_code", "*"),
        },
        False,
    ),
    (
        "Registry donor HLA typing (JSON): high-resolution alleles",
        {
            "registry_donor_id": "NMD-2771-0384-5",
            "donor_name": {"given": "Tobias", "family": "Lindqvist"},
            "typing_lab": "HLA Lab 3",
            "typed_on": "2024-06-21",
            "hla_typing": {
                "A": ["A*02:01", "A*24:02"],
                "B": ["B*07:02", "B*44:02"],
                "DRB1": ["DRB1*15:01", "DRB1*04:01"],
            },
            "resolution": "high",
        },
        {
            ("registry_donor_id", "OTHER_ID|MRN"),
            ("donor_name.given", "NAME"),
            ("donor_name.family", "NAME"),
            ("typed_on", "DATE"),
            ("hla_typing.A[0]", "HEALTH"),
        },
        {
            ("hla_typing.A[0]", "DATE"),
            ("hla_typing.B[1]", "DATE"),
            ("hla_typing.DRB1[0]", "DATE"),
            ("typing_lab", "*"),
            ("resolution", "*"),
        },
        True,
    ),
    (
        "Match notification email log: a potential match for a patient with AML",
        {
            "message_id": "0100019278ab1c3e-5f2d7a90-registry",
            "to": "marcus.delacroix@gmail.com",
            "first_name": "Marcus",
            "template": "potential_match_ct_request",
            "body": "Hi Marcus, you may be a match for a 42-year-old patient with acute "
            "myeloid leukemia. Please call our donor line at 1-800-555-0148 to talk "
            "about next steps.",
            "sent_at": "2024-10-11T15:04:22Z",
        },
        {("to", "EMAIL"), ("first_name", "NAME"), ("body", "HEALTH")},
        {
            ("message_id", "*"),
            ("template", "*"),
            ("body", "PHONE"),
            ("body", "AGE_OVER_89"),
            ("sent_at", "*"),
        },
        True,
    ),
    (
        "Organ-donor registry DMV feed (CSV): donor flag on a licence issuance",
        {
            "DL_NUMBER": "SX412887",
            "FIRST_NAME": "BRENDA",
            "MIDDLE_INIT": "K",
            "LAST_NAME": "HOLLOWAY",
            "DOB": "19820417",
            "ADDR_LINE1": "1189 W 5TH AVE",
            "CITY": "COLUMBUS",
            "ZIP": "43212",
            "DONOR_FLAG": "Y",
            "BATCH_ID": "BMV-20240813-02",
        },
        {
            ("DL_NUMBER", "LICENSE_NUMBER"),
            ("FIRST_NAME", "NAME"),
            ("LAST_NAME", "NAME"),
            ("DOB", "DATE"),
            ("ADDR_LINE1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
        },
        {("DONOR_FLAG", "*"), ("BATCH_ID", "*")},
        False,
    ),
    (
        "Organ-donor registry web sign-up: organ, tissue and eye choices",
        {
            "form": "register_now",
            "fields": {
                "first_name": "Graham",
                "last_name": "Pettibone",
                "email": "gpettibone@icloud.com",
                "zip": "45202",
                "birth_year": "1979",
            },
            "donation_choices": {"organs": True, "tissues": True, "eyes": False},
            "limitations": "No eye donation",
            "utm_source": "dmv_kiosk",
        },
        {
            ("fields.first_name", "NAME"),
            ("fields.last_name", "NAME"),
            ("fields.email", "EMAIL"),
            ("fields.zip", "ZIP_CODE"),
        },
        {
            ("fields.birth_year", "*"),
            ("limitations", "HEALTH"),
            ("donation_choices.organs", "*"),
            ("utm_source", "*"),
        },
        False,
    ),
    (
        "Living kidney donor referral (transplant centre intake JSON)",
        {
            "referral_id": "LKD-24-0192",
            "candidate_donor": {
                "name": "Nathaniel Fontaine",
                "dob": "1978-12-03",
                "phone": "(216) 555-0119",
                "blood_type": "A POS",
            },
            "recipient": {
                "name": "Gerald Fontaine",
                "mrn": "4482291",
                "diagnosis": "ESRD on hemodialysis",
            },
            "relationship": "Brother",
            "evaluation_stage": "Health history questionnaire received",
        },
        {
            ("candidate_donor.name", "NAME"),
            ("candidate_donor.dob", "DATE"),
            ("candidate_donor.phone", "PHONE"),
            ("candidate_donor.blood_type", "HEALTH"),
            ("recipient.name", "NAME"),
            ("recipient.mrn", "MRN|OTHER_ID"),
            ("recipient.diagnosis", "HEALTH"),
        },
        {("relationship", "*")},
        True,
    ),
    (
        "Blood-drive sponsor CRM (Salesforce-like): church account, coordinator, drive",
        {
            "Account": {
                "Name": "Ridgeview Lutheran Church",
                "BillingStreet": "220 Ridgeview Rd",
                "BillingCity": "Worthington",
            },
            "Contact": {
                "FirstName": "Deborah",
                "LastName": "Saltzman",
                "Email": "dsaltzman@ridgeviewlutheran.org",
                "Phone": "(614) 555-0171",
                "Title": "Blood Drive Coordinator",
            },
            "Drive__c": {
                "Drive_ID__c": "DRV-24-08812",
                "Drive_Date__c": "2024-12-07",
                "Goal_Units__c": 35,
                "Bus__c": "BM-12",
            },
            "Owner": {"Name": "Tamika Howell"},
        },
        {
            ("Contact.FirstName", "NAME"),
            ("Contact.LastName", "NAME"),
            ("Contact.Email", "EMAIL"),
            ("Contact.Phone", "PHONE"),
        },
        {
            ("Account.Name", "*"),
            ("Account.BillingStreet", "LOCATION"),
            ("Contact.Title", "HEALTH"),
            ("Drive__c.Drive_ID__c", "*"),
            ("Drive__c.Drive_Date__c", "*"),
            ("Drive__c.Goal_Units__c", "*"),
            ("Drive__c.Bus__c", "*"),
            ("Owner.Name", "NAME"),
        },
        False,
    ),
    (
        "Telerecruitment call list (CSV): O-negative donors for an urgent appeal",
        {
            "Donor ID": "D00128830",
            "Name": "Ferris, Duane",
            "Phone": "(937) 555-0146",
            "Blood Type": "O-",
            "Last Donation": "07/30/2024",
            "Call Result": "Scheduled",
            "Appt Date": "11/04/2024",
            "Agent": "agent_114",
            "Campaign": "ONEG_URGENT_NOV",
        },
        {
            ("Donor ID", "OTHER_ID|MRN"),
            ("Name", "NAME"),
            ("Phone", "PHONE"),
            ("Blood Type", "HEALTH"),
            ("Last Donation", "DATE"),
            ("Appt Date", "DATE"),
        },
        {("Call Result", "*"), ("Agent", "*"), ("Campaign", "*")},
        True,
    ),
    (
        "Blood-group distribution statistics (clean): a region's donors by type",
        {
            "region": "Central Ohio",
            "period": "2024-Q3",
            "blood_type": "O+",
            "pct_of_donors": 38.2,
            "units_collected": 12441,
            "days_supply": 2.1,
        },
        set(),
        {
            ("region", "*"),
            ("period", "*"),
            ("pct_of_donors", "*"),
            ("units_collected", "*"),
            ("days_supply", "*"),
        },
        False,
    ),
    (
        "Unit inventory row (clean): ISBT 128 DIN, product code, expiry, hospital",
        {
            "DIN": "W0407 24 123456",
            "Product Code": "E0336V00",
            "ABO/Rh": "O Pos",
            "Collection Date": "2024-10-30",
            "Expiration": "2024-12-11 23:59",
            "Hospital": "Riverside Methodist Hospital",
            "Shipment ID": "SHP-558201",
        },
        set(),
        {
            ("DIN", "*"),
            ("Product Code", "*"),
            ("Collection Date", "*"),
            ("Expiration", "*"),
            ("Hospital", "NAME"),
            ("Shipment ID", "*"),
        },
        False,
    ),
    (
        "Donor history row (CSV): a donation's DIN, haemoglobin and outcome",
        {
            "Donor ID": "D00458213",
            "Donor Name": "Renee Castellanos",
            "DIN": "W0407 24 654321",
            "Collection Date": "08/27/2024",
            "Procedure": "Whole Blood",
            "Hgb": "14.2",
            "Outcome": "Successful",
        },
        {
            ("Donor ID", "OTHER_ID|MRN"),
            ("Donor Name", "NAME"),
            ("Collection Date", "DATE"),
            ("Hgb", "HEALTH"),
        },
        {("DIN", "*"), ("Procedure", "HEALTH"), ("Outcome", "*")},
        True,
    ),
    (
        "Stem-cell donor work-up (registry case JSON): PBSC collection, filgrastim",
        {
            "case_number": "WU-24-0719",
            "donor": {
                "registry_id": "NMD-4418-2290-7",
                "name": "Priya Raghunathan",
                "email": "priya.r@protonmail.com",
            },
            "workup": {
                "procedure": "PBSC collection",
                "filgrastim_start": "2024-11-18",
                "collection_date": "2024-11-22",
                "collection_center": "Cleveland Clinic Apheresis Unit",
            },
            "recipient": {"diagnosis": "Acute lymphoblastic leukemia", "age": 7},
        },
        {
            ("donor.registry_id", "OTHER_ID|MRN"),
            ("donor.name", "NAME"),
            ("donor.email", "EMAIL"),
            ("workup.procedure", "HEALTH"),
            ("workup.filgrastim_start", "DATE"),
            ("workup.collection_date", "DATE"),
            ("recipient.diagnosis", "HEALTH"),
        },
        {("workup.collection_center", "NAME"), ("recipient.age", "*")},
        True,
    ),
    (
        "New plasma donor onboarding (CRM CSV): ID check, total protein, SPE due",
        {
            "DonorNumber": "GR0098812234",
            "FirstName": "Kendrick",
            "LastName": "Ashworth",
            "DOB": "1995-07-30",
            "Address": "3380 Cleveland Ave Apt 12",
            "City": "Columbus",
            "State": "OH",
            "Zip": "43224",
            "Phone": "614-555-0157",
            "ID Type": "Ohio Driver License",
            "ID Number": "TR558201",
            "Medical Screening": "Passed",
            "Total Protein": "7.1",
            "SPE Due": "2025-04-12",
        },
        {
            ("DonorNumber", "OTHER_ID|MRN"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("DOB", "DATE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("ID Number", "LICENSE_NUMBER"),
            ("Total Protein", "HEALTH"),
            ("SPE Due", "DATE"),
        },
        {("State", "*"), ("ID Type", "*")},
        True,
    ),
    (
        "Platelet donor pre-screen (app JSON): aspirin in the last 48 hours, medications",
        {
            "donor_id": "D00227145",
            "email": "lwhitcombe@gmail.com",
            "answers": {
                "took_aspirin_last_48h": True,
                "anticoagulants": "none",
                "current_medications": "lisinopril 10 mg, atorvastatin",
            },
            "appointment": {"type": "Platelets", "start": "2024-11-05T08:00:00"},
            "app_version": "5.12.0",
        },
        {
            ("donor_id", "OTHER_ID|MRN"),
            ("email", "EMAIL"),
            ("answers.took_aspirin_last_48h", "HEALTH"),
            ("answers.current_medications", "HEALTH"),
            ("appointment.start", "DATE"),
        },
        {("appointment.type", "HEALTH"), ("app_version", "*")},
        True,
    ),
    (
        "Bloodmobile drive schedule (clean): a high school's drive, hours and open slots",
        {
            "drive_id": "DRV-24-09931",
            "bus": "BM-07",
            "sponsor": "Westerville Central High School",
            "address": "7118 Mt Royal Ave, Westerville, OH 43082",
            "date": "2024-12-03",
            "start_time": "08:00",
            "end_time": "14:00",
            "slots_open": 22,
            "donation_types": "Whole Blood, Power Red",
        },
        set(),
        {
            ("drive_id", "*"),
            ("bus", "*"),
            ("sponsor", "*"),
            ("address", "*"),
            ("date", "*"),
            ("slots_open", "*"),
            ("donation_types", "HEALTH"),
        },
        False,
    ),
    (
        "Low-ferritin letter mail merge (CSV): iron supplement recommendation",
        {
            "DonorID": "D00339018",
            "Salutation": "Ms.",
            "FirstName": "Colleen",
            "LastName": "Varga",
            "Address1": "52 Hawthorne Ct",
            "City": "Dublin",
            "State": "OH",
            "ZIP": "43017",
            "Ferritin (ng/mL)": "9",
            "Ferritin Flag": "LOW",
            "Recommendation": "Consider an iron supplement and wait 6 months before your "
            "next whole blood donation.",
            "Letter Code": "FER-LOW-01",
        },
        {
            ("DonorID", "OTHER_ID|MRN"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Address1", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("Ferritin (ng/mL)", "HEALTH"),
        },
        {("Letter Code", "*"), ("State", "*")},
        True,
    ),
    (
        "Donor app GA4 event: appointment booked, blood type as a user property",
        {
            "event_name": "appointment_booked",
            "user_pseudo_id": "2093318841.1729002211",
            "event_params": [
                {"key": "donation_type", "value": {"string_value": "platelets"}},
                {"key": "site_code", "value": {"string_value": "SITE-DUB-02"}},
            ],
            "user_properties": [
                {"key": "blood_type", "value": {"string_value": "AB+"}},
                {"key": "donor_tier", "value": {"string_value": "gold"}},
            ],
            "event_timestamp": "1729002291004512",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("user_properties[0].value.string_value", "HEALTH"),
        },
        {
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "*"),
            ("user_properties[1].value.string_value", "*"),
            ("event_timestamp", "*"),
        },
        True,
    ),
    (
        "Sickle-cell trait screening result to a donor (JSON)",
        {
            "donor_id": "D00884410",
            "first_name": "Tiana",
            "last_name": "Broadnax",
            "email": "tbroadnax@gmail.com",
            "test": "Sickle cell trait screen",
            "result": "Positive (HbAS)",
            "result_date": "2024-09-30",
        },
        {
            ("donor_id", "OTHER_ID|MRN"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("test", "HEALTH"),
            ("result_date", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Donor rewards store redemption (JSON): points for a T-shirt",
        {
            "rewards_member_id": "RW-0091822",
            "email": "dkowalski77@gmail.com",
            "points_balance": 1250,
            "item": "Donor T-shirt (L)",
            "donor_level": "Gallon Club",
            "redeemed_at": "2024-09-03T12:10:44Z",
        },
        {("rewards_member_id", "ACCOUNT_NUMBER|OTHER_ID"), ("email", "EMAIL")},
        {
            ("points_balance", "*"),
            ("item", "*"),
            ("donor_level", "*"),
            ("redeemed_at", "*"),
        },
        False,
    ),
    (
        "Apheresis recall list (CSV): CMV-negative, HLA-typed platelet donors",
        {
            "Donor #": "0012277463",
            "Name": "Whitaker, Eugene",
            "Phone": "(419) 555-0133",
            "ABO": "A",
            "CMV Status": "Negative",
            "HLA-A": "A2, A24",
            "HLA-B": "B7, B44",
            "Last Apheresis": "10/01/2024",
        },
        {
            ("Donor #", "OTHER_ID|MRN"),
            ("Name", "NAME"),
            ("Phone", "PHONE"),
            ("CMV Status", "HEALTH"),
            ("HLA-A", "HEALTH"),
            ("Last Apheresis", "DATE"),
        },
        {("HLA-A", "DATE"), ("HLA-B", "DATE")},
        True,
    ),
    (
        "Travel deferral (DHQ follow-up JSON): malaria-risk travel",
        {
            "donor_id": "D00560021",
            "donor_email": "obi.nwankwo@gmail.com",
            "session_id": "S-2024-1103-0042",
            "travel_history": "Visited Lagos, Nigeria in Aug 2024 for 3 weeks",
            "deferral_reason": "Malaria risk travel - 3 months",
            "eligible_date": "2024-11-30",
        },
        {
            ("donor_id", "OTHER_ID|MRN"),
            ("donor_email", "EMAIL"),
            ("deferral_reason", "HEALTH"),
            ("eligible_date", "DATE"),
        },
        {("session_id", "*")},
        True,
    ),
    (
        "Tattoo deferral (CSV): a reason that names no health matter",
        {
            "Donor ID": "D00713390",
            "Donor Name": "Skyler Haldane",
            "Email": "skyhaldane@gmail.com",
            "Deferral Reason": "Tattoo - unlicensed facility",
            "Deferral Type": "Temporary",
            "Eligible Again": "01/15/2025",
        },
        {
            ("Donor ID", "OTHER_ID|MRN"),
            ("Donor Name", "NAME"),
            ("Email", "EMAIL"),
            ("Eligible Again", "DATE"),
        },
        {("Deferral Reason", "HEALTH")},
        False,
    ),
    (
        "OPO referral log (CSV): a ventilated patient referred by a hospital",
        {
            "Referral #": "OPO-24-11873",
            "Referring Hospital": "Mercy Health St. Vincent",
            "Patient Name": "Lamar Eddings",
            "MRN": "V0093318",
            "Age": "54",
            "Admitting Diagnosis": "Anoxic brain injury after cardiac arrest",
            "Ventilated": "Y",
            "Referral Time": "10/19/2024 03:42",
        },
        {
            ("Patient Name", "NAME"),
            ("MRN", "MRN"),
            ("Admitting Diagnosis", "HEALTH"),
            ("Referral Time", "DATE"),
        },
        {("Referring Hospital", "NAME"), ("Age", "*")},
        True,
    ),
    (
        "Plasma appointment reminder SMS (Twilio log): from the centre's toll-free line",
        {
            "sid": "SM1c0e5a9b7d3f2e4a6c8b0d1e3f5a7c9b",
            "from": "+18335550199",
            "to": "+16145550123",
            "body": "Hi Dana, your plasma donation is tomorrow at 10:15 AM at our Hilliard "
            "center. Eat a protein-rich meal & hydrate! Reply C to confirm.",
            "status": "delivered",
            "date_sent": "Mon, 04 Nov 2024 17:00:03 +0000",
        },
        {("to", "PHONE")},
        {("from", "*"), ("sid", "*"), ("body", "HEALTH"), ("date_sent", "*")},
        False,
    ),
    (
        "Donor reaction report (JSON): vasovagal reaction with loss of consciousness",
        {
            "report_id": "RX-24-00412",
            "donor_id": "D00190027",
            "donor_name": "Felicia Amundsen",
            "reaction": "Vasovagal reaction with loss of consciousness",
            "severity": "Moderate",
            "treatment": "Legs elevated, cold compress, oral fluids",
            "din": "W0407 24 778812",
            "reaction_date": "2024-10-17",
        },
        {
            ("donor_id", "OTHER_ID|MRN"),
            ("donor_name", "NAME"),
            ("reaction", "HEALTH"),
            ("reaction_date", "DATE"),
        },
        {("din", "*"), ("severity", "*")},
        True,
    ),
    (
        "Phlebotomy staff roster (clean of health): certification and site",
        {
            "Employee ID": "E104472",
            "Employee Name": "Rosalind Mbeki",
            "Certification": "CPT - Certified Phlebotomy Technician",
            "Site": "SITE-COL-04",
            "Hire Date": "03/18/2019",
        },
        {("Employee Name", "NAME")},
        {("Certification", "HEALTH"), ("Site", "*")},
        False,
    ),
    (
        "Registry email engagement (Braze-like): swab kit reminder click",
        {
            "external_user_id": "RG-24-5519037",
            "email_address": "aisha.okreyes@gmail.com",
            "campaign_name": "Swab_Kit_Reminder_Day7",
            "event_type": "users.messages.email.Click",
            "url": "https://join.example-registry.org/kit/return?utm_source=braze"
            "&utm_campaign=swab_kit_reminder",
            "time": 1729450011,
        },
        {("external_user_id", "OTHER_ID|ONLINE_ID"), ("email_address", "EMAIL")},
        {("campaign_name", "HEALTH"), ("event_type", "*"), ("time", "*")},
        False,
    ),
    (
        "Blood-drive sign-up sheet (SignUpGenius-like JSON): first-time donor",
        {
            "event": "Ridgeview Lutheran Blood Drive",
            "event_date": "2024-12-07",
            "slot": "10:30 AM",
            "attendee": {
                "first_name": "Owen",
                "last_name": "Strickler",
                "email": "owen.strickler@gmail.com",
                "phone": "614-555-0165",
            },
            "answers": [
                {"question": "Is this your first time donating?", "answer": "Yes"},
                {"question": "Blood type (if known)", "answer": "Not sure"},
            ],
            "ticket_id": "TKT-3318842",
        },
        {
            ("attendee.first_name", "NAME"),
            ("attendee.last_name", "NAME"),
            ("attendee.email", "EMAIL"),
            ("attendee.phone", "PHONE"),
        },
        {("answers[1].answer", "HEALTH"), ("ticket_id", "*"), ("event", "*")},
        False,
    ),
    (
        "Post-donation information call (JSON): strep throat two days later",
        {
            "call_id": "PDI-24-0877",
            "donor_id": "D00458992",
            "caller_name": "Vincent Albrecht",
            "callback": "(614) 555-0189",
            "notes": "Donor called 2 days post-donation reporting fever and sore throat, "
            "tested positive for strep. Quarantine unit W0407 24 123456.",
            "product_action": "Quarantine",
        },
        {
            ("donor_id", "OTHER_ID|MRN"),
            ("caller_name", "NAME"),
            ("callback", "PHONE"),
            ("notes", "HEALTH"),
        },
        {("notes", "OTHER_ID|ACCOUNT_NUMBER|PHONE|DATE"), ("product_action", "*")},
        True,
    ),
    (
        "Public cord blood donation consent (JSON): mother's history",
        {
            "consent_id": "CB-24-1120",
            "mother": {
                "name": "Yesenia Carrasco",
                "dob": "1993-05-21",
                "phone": "(614) 555-0177",
            },
            "due_date": "2025-01-14",
            "delivery_hospital": "OhioHealth Riverside Methodist Hospital",
            "maternal_history": "Gestational diabetes, diet-controlled",
            "consent_type": "Public donation",
        },
        {
            ("mother.name", "NAME"),
            ("mother.dob", "DATE"),
            ("mother.phone", "PHONE"),
            ("due_date", "DATE"),
            ("maternal_history", "HEALTH"),
        },
        {("delivery_hospital", "NAME"), ("consent_type", "*")},
        True,
    ),
    (
        "Recruitment campaign report (clean): an urgent O-negative SMS appeal",
        {
            "campaign_code": "ONEG_URGENT_NOV",
            "channel": "sms",
            "sent": 48210,
            "appointments": 1812,
            "units_collected": 1344,
            "date": "2024-11-30",
        },
        set(),
        {
            ("campaign_code", "*"),
            ("sent", "*"),
            ("appointments", "*"),
            ("units_collected", "*"),
            ("date", "*"),
        },
        False,
    ),
    (
        "Hyperimmune plasma programme (CSV): anti-D immunization and titer",
        {
            "Donor Number": "OC0077123490",
            "Donor Name": "Harriet Lindgren",
            "Program": "Anti-D hyperimmune",
            "Last Immunization": "Rho(D) immune globulin booster",
            "Anti-D Titer": "45 IU/mL",
            "Next Titer Due": "12/02/2024",
        },
        {
            ("Donor Number", "OTHER_ID|MRN"),
            ("Donor Name", "NAME"),
            ("Last Immunization", "HEALTH"),
            ("Anti-D Titer", "HEALTH"),
            ("Next Titer Due", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Swab kit inventory (clean): unassigned kits shipped to a campus drive",
        {
            "kit_barcode": "BTM-K-88213101",
            "lot": "L24-0913",
            "status": "unassigned",
            "shipped_to_drive": "UCOL-FALL24",
            "ship_date": "2024-09-04",
            "qty": 200,
        },
        set(),
        {
            ("kit_barcode", "*"),
            ("lot", "*"),
            ("shipped_to_drive", "*"),
            ("ship_date", "*"),
            ("qty", "*"),
        },
        False,
    ),
    (
        "Plasma donor 1099 file (CSV): payee TIN and address, yearly compensation",
        {
            "Payee Name": "Kendrick Ashworth",
            "TIN": "521-44-7830",
            "Payee Address": "3380 Cleveland Ave Apt 12",
            "Payee City": "Columbus",
            "Payee ZIP": "43224",
            "Box 3 Other Income": "2840.00",
            "Tax Year": "2024",
            "Payer TIN": "36-4207773",
        },
        {
            ("Payee Name", "NAME"),
            ("TIN", "SSN"),
            ("Payee Address", "LOCATION"),
            ("Payee City", "LOCATION"),
            ("Payee ZIP", "ZIP_CODE"),
        },
        {("Box 3 Other Income", "*"), ("Tax Year", "*"), ("Payer TIN", "*")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Bloodmobile drive schedule (clean): a high school's drive, hours and open slots": (
        set(),
        set(),
        {("date", "*")},
        "a bare ``date`` column is read alone and reported (tests/test_clean_exports.py "
        "keeps bare dates in unnamed fields on purpose): nothing in the key says whose day "
        "it is",
    ),
    "Recruitment campaign report (clean): an urgent O-negative SMS appeal": (
        set(),
        set(),
        {("date", "*")},
        "the same bare ``date`` column; a report with no impressions, spend or ratio metric "
        "is not read as an ad report (tests/test_chunk_profiles.py)",
    ),
    "Swab kit inventory (clean): unassigned kits shipped to a campus drive": (
        set(),
        set(),
        {("ship_date", "*")},
        "a shipment's ship date is neither expected nor forbidden "
        "(tests/test_device_resupply.py): an order's ship date may be the day a person's "
        "supplies left",
    ),
    "Unit inventory row (clean): ISBT 128 DIN, product code, expiry, hospital": (
        set(),
        set(),
        {("Collection Date", "*")},
        "a collection date is read as the person's, as specimen and sample collection dates "
        "are (tests/test_public_health.py, tests/test_genomics_and_labs.py): a unit's "
        "collection is its donor's donation",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Plasma-centre donor app event (JSON): visit completed, total protein": (
        {("donor.donor_number", "OTHER_ID|MRN")},
        "a person word then ``number`` is read as the person's record id only as a flat "
        "column (``Donor Number``, ``Donor #``): nested, a fertility record's "
        "``donor.donor_number`` is a sperm bank's catalogue number of a third party "
        "(tests/test_maternity_and_fertility.py). The row is PHI by its email and readings",
    ),
    "Marrow registry online join (JSON): swab kit activated, campus drive": (
        {("registration_id", "OTHER_ID|MRN")},
        "a bare ``registration_id`` is an event registration's, a vehicle's or a domain's as "
        "often as a registry member's; under a person (``donor.registry_id``) it is read. "
        "The row is identified either way (name, email, phone, DOB, kit id)",
    ),
    "Blood-drive sponsor CRM (Salesforce-like): church account, coordinator, drive": (
        {("Account.BillingStreet", "LOCATION")},
        "an Account's billing address is read whatever the account's name: a Salesforce "
        "person account's is the person's home, and telling a business account from a "
        "person account would need a step that reads the name beside it",
    ),
    "Unit inventory row (clean): ISBT 128 DIN, product code, expiry, hospital": (
        set(),
        "with the collection date read as the donor's (decided above) and ABO/Rh a blood "
        "group, the row counts as PHI: only its DIN and product code say it is a unit's, "
        "not a donor's, and no chunk profile reads them yet",
    ),
    "New plasma donor onboarding (CRM CSV): ID check, total protein, SPE due": (
        {("ID Number", "LICENSE_NUMBER")},
        'a flat ``ID Number`` is typed by its sibling ``ID Type`` ("Ohio Driver License"); '
        "the pair form (``idType``/``idValue``) is read, two flat columns are not",
    ),
    "Bloodmobile drive schedule (clean): a high school's drive, hours and open slots": (
        {("address", "LOCATION")},
        "a listing's bare address is the organisation's only beside its opening hours "
        "(chunk_profiles.calendar_columns, as tests/test_device_resupply.py left a "
        "warehouse listing open); a drive's ``start_time``/``end_time`` are not read as hours",
    ),
    "OPO referral log (CSV): a ventilated patient referred by a hospital": (
        {("Referral Time", "DATE")},
        "a key ending in ``time`` is a machine clock unless an entity rule names it (``Admit "
        "Time`` is one; ``Visit Time`` is not either); the row is PHI by its name, MRN and "
        "diagnosis",
    ),
    "Swab kit inventory (clean): unassigned kits shipped to a campus drive": (
        {("kit_barcode", "OTHER_ID")},
        "a ``kit_barcode`` is an activated kit's, one person's sample "
        "(tests/test_genomics_and_labs.py); an unassigned kit in stock is told only by its "
        "sibling ``lot``, ``qty`` and ``status`` columns",
    ),
    "Apheresis recall list (CSV): CMV-negative, HLA-typed platelet donors": (
        {("CMV Status", "HEALTH")},
        "``CMV`` alone is also a commercial motor vehicle (FMCSA's CMV drivers), so it is no "
        "vocabulary term and its ``Status`` column is not read as a test's; the row is PHI "
        "by its HLA typing",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_blood_plasma_organ_donation_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decisions applied): a change that loses recall or precision
#: on donation exports fails here. Before the work, blind: SHAPES 17 misses / 13 false /
#: 20 wrong of 32, HELD_OUT 10 / 0 / 6 of 10. Tightened when "immune globulin" joined the
#: vocabulary (the home health probe) and closed the hyperimmune programme's row.
FLOORS = ShapeTotals(expected=183, misses=5, false=3, wrong=9)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
