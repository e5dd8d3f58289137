"""Specialty and elective care practices: the most aggressive lead funnels in healthcare.

A blind probe, written by hand before reading the detectors: dental and orthodontic
practice-management exports (Open Dental query exports with ``PatNum``, ``AptDateTime``,
``ProcDescript``, ``ProcCode`` and ``ToothNum``; Dentrix and Eaglesoft recall lists;
Open Dental fee schedules), Invisalign / clear-aligner leads from Facebook Lead Ads,
implant-consult and "new patient special" web forms, ortho contracts; vision and LASIK
(Salesforce consult leads, candidacy self-tests with and without an identifier); med spas
and aesthetics (Zenoti appointment, membership, package-sale and sales-by-service exports,
Boulevard's API appointment with ``urn:blvd:`` ids, an injector's chart with Dysport units,
filler syringes and vial lots, a service menu); plastic surgery (PatientNow consult
pipeline, before/after photo consent, CareCredit and Cherry financing); hair restoration
leads (Norwood scale, tried treatments, graft estimates); hearing care (Sycle/Blueprint-like
audiology exports, audiogram thresholds, online hearing screenings, hearing-aid fittings with
serial numbers); fertility and egg freezing (consult bookings, an IVF-calculator GA4 row);
bariatric surgery (Zoom seminar registrants, a BMI calculator, insurance pre-qualification);
behavioural health and addiction treatment (admissions call logs, verification of benefits,
a family member's call, a daily census); and the clean rows around them (service menus with
prices, a promo calendar, before/after gallery metadata without names, a provider bio,
review-widget aggregates, sales reports), plus identified rows with no health in them (a
newsletter signup, a gift card, a lash-and-tan booking).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding; ``ANY_ID`` is any identifier entity (for fields where health words are
fine but no identifier is). Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **Elective and cosmetic services are health context.** A cosmetic procedure is a
  procedure: Botox/Dysport units, dermal filler, CoolSculpting, laser hair removal,
  rhinoplasty, breast augmentation, FUE hair transplant, LASIK, Invisalign and braces,
  dental implants, a prophy or perio-maintenance recall, a hearing-aid fitting, egg
  freezing, IVF, a gastric sleeve and a level of addiction care are all treatments,
  services or tests rendered or prescribed by a licensed clinician (PROCEDURE, or
  MEDICATION for a named neurotoxin or filler product). A med spa client identified beside
  "Botox - Forehead" is a PHI record, exactly like a cardiology patient. Non-medical salon
  services (a lash lift, a spray tan) are not health: a client booked only for those is
  identified, not PHI.
- **A membership or package.** A client's membership number (``MEM-2024-00412``) and a
  practice-management system's guest or client code (Zenoti ``Guest Code``, Boulevard's
  ``urn:blvd:Client:...``) are the person's account with the practice: ACCOUNT_NUMBER,
  OTHER_ID or ONLINE_ID. A membership plan's name and a package's catalog id
  (``PKG-LHR-UA6``: the product sold, the same for every buyer) are no finding. A monthly
  membership whose benefits name a medical-aesthetic service makes the member's row PHI,
  as a subscription to a drug does in tests/test_health_commerce.py.
- **Financing.** A CareCredit account (card) number is the patient's account:
  ACCOUNT_NUMBER or CREDIT_CARD. A financing *application* id (Cherry ``applicationId``) is
  the key to one person's credit application at the lender (name, income, SSN behind it),
  like a lead id (tests/test_lead_generation.py): ACCOUNT_NUMBER or OTHER_ID. The
  authorisation code, a reference number, the merchant id, the promo plan ("24 Months
  Special Financing"), the approved amount, APR and term are no finding.
- **Audiograms.** Threshold values (dB HL per frequency), pure-tone averages and screening
  scores are measurements: never an identifier (a ``4000`` Hz key or a ``62`` score is no
  ZIP, age or id), and not required as health on their own: the test's name (audiogram,
  hearing evaluation) and its classification ("moderate sensorineural hearing loss") carry
  the health context. A hearing aid's serial number is a device serial number (Safe
  Harbor M): DEVICE_ID. A dental implant's REF (catalog number) and LOT, an injectable's
  vial lot and expiry are the product's and the batch's, shared by many patients: no finding.
- **Numbers of the trade are not identifiers**: Botox units, filler syringes, graft
  counts, tooth numbers (``19``, ``#19``), CDT codes (``D6010``: a PROCEDURE, not an id),
  BMI, height and weight, eyeglass prescriptions (``-4.50``), AMH levels, bed counts,
  prices, quotes, dues, ratings and review counts.
- **Dates**: an appointment, consult, recall-due, last-visit, test, fitting, treatment and
  treatment-start date, and a birth date, are the person's (DATE). A sale's, a form
  entry's, a lead's creation, a promo's, a report's and a review widget's dates are the
  practice's (must not). A consent's signing time and a membership's billing dates are not
  stated either way.
- **The practice's own things are not a person's**: centre and location names, the
  practice's tracking number, its website URLs, its invoice, appointment (``AptNum``),
  call and widget ids, promo codes, the payer's name and a group number. A staff
  member's first name on a booking is not stated; a clinician's name is NAME, as
  everywhere in the project, and a provider bio (a clinician alone, no patient) is not
  PHI, as tests/test_pharma_patient_support.py decided for HCP-only records.
- **Before/after gallery metadata without names** (case number, procedure, age band,
  months after surgery, image paths) is no PHI: the gallery's case number is the
  publication's key, published beside the photos. (A full-face photo is itself a Safe
  Harbor identifier (Q), but the scanner reads text, not images.)
- **42 CFR Part 2**: an addiction-treatment admission is PHI by the same rule as any other
  record (Part 2's stricter consent rules are the policy's business, not the detectors');
  the substance, the level of care (``Detox``, ``RTC``, ``PHP``, ``IOP``) and the presenting
  problem are health context. A caller's relationship (``Mother``) and the payer's name are
  not findings; a loved one named by the caller is a NAME.
- A patient age under 90, an age band and a US state alone are never findings.

After reading the detectors no blind expectation was changed. What the work added, each a
general rule: the vocabulary of elective care (laser hair removal, dermal filler brands,
microneedling, chemical peels, audiogram and audiometry, prophy and perio maintenance,
implant and dental crowns, clear aligners, all-on-4, a new patient exam, partial
hospitalization); CDT dental codes as HCPCS's ``D`` codes in procedure-code fields and
after a ``CDT`` label; ``level of care`` and a dental ``recall type`` as health fields (so
``RTC``, ``PHP`` and ``Pano + 4BW`` count there); Open Dental's ``LName``, ``FName``,
``PatNum`` and ``AptDateTime``; Zenoti's ``Guest Name`` and ``Guest Code``; bare
``Client``, ``Guest``, ``Purchaser`` and ``Recipient`` columns as names (top-level only,
shape-checked); a ``membership number`` as the member's account; and a sale's ``Sold On``
/ ``Purchased`` as the practice's date. Eight records are left open, each with its reason in
:data:`LEFT_ALONE`: three by decisions made elsewhere (a bare report date, a bare ``Start
Date``, the contract's rule that a clinician's name counts), five for reasons of their
own. Blind: SHAPES (33 records) 22 misses / 3 false / 15 wrong, HELD_OUT (11) 6 / 2 / 6.
After the SHAPES work: SHAPES 2 / 1 / 4; HELD_OUT, scored once blind, 3 / 2 / 5, and 2 /
2 / 4 after one general fix it taught (the membership number).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

#: Any identifier entity: for fields where health words are fine but no identifier is.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|URL|IP_ADDRESS|"
    "BIOMETRIC_ID|ONLINE_ID|HASHED_ID|OTHER_ID"
)
PATIENT_NO = "MRN|OTHER_ID|ACCOUNT_NUMBER"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Open Dental appointment export: $79 new patient special booked online",
        {
            "AptNum": "184223",
            "PatNum": "20417",
            "LName": "Haddad",
            "FName": "Rania",
            "Birthdate": "1988-02-14",
            "WirelessPhone": "(614) 555-0142",
            "Email": "rania.haddad@gmail.com",
            "AptDateTime": "2024-11-12 09:30:00",
            "ProcDescript": "Comp Ex, 4BW, Pro",
            "IsNewPatient": "1",
            "ProvNum": "3",
            "Confirmed": "19",
            "Note": "Booked online - $79 new patient special (exam, x-rays, cleaning)",
        },
        {
            ("PatNum", PATIENT_NO),
            ("LName", "NAME"),
            ("FName", "NAME"),
            ("Birthdate", "DATE"),
            ("WirelessPhone", "PHONE"),
            ("Email", "EMAIL"),
            ("AptDateTime", "DATE"),
            ("Note", "HEALTH"),
        },
        {
            ("AptNum", "*"),
            ("IsNewPatient", "*"),
            ("ProvNum", "*"),
            ("Confirmed", "*"),
            ("Note", ANY_ID),
        },
        True,
    ),
    (
        "Zenoti appointment export (med spa): Botox forehead and crow's feet, units and lot",
        {
            "Guest Name": "Brittany Lowe",
            "Guest Code": "SLV004512",
            "Mobile Number": "(480) 555-0163",
            "Email": "blowe.az@icloud.com",
            "Service": "Botox - Forehead & Crow's Feet",
            "Units": "32",
            "Center": "Scottsdale - Kierland",
            "Start Time": "11/14/2024 10:00 AM",
            "Status": "Checked In",
            "Invoice No": "INV-SK-118273",
            "Lot #": "C7024C3",
        },
        {
            ("Guest Name", "NAME"),
            ("Guest Code", "OTHER_ID|ACCOUNT_NUMBER|MRN|ONLINE_ID"),
            ("Mobile Number", "PHONE"),
            ("Email", "EMAIL"),
            ("Service", "HEALTH"),
            ("Start Time", "DATE"),
        },
        {
            ("Units", "*"),
            ("Center", "*"),
            ("Status", "*"),
            ("Invoice No", "*"),
            ("Lot #", "*"),
        },
        True,
    ),
    (
        "Open Dental fee schedule row (clean): CDT implant code and fee",
        {
            "FeeSched": "Standard",
            "ProcCode": "D6010",
            "Descript": "surgical placement of implant body: endosteal implant",
            "AbbrDesc": "ImplBody",
            "Amount": "2150.00",
            "ProcCat": "Implant Services",
        },
        set(),
        {
            ("FeeSched", "*"),
            ("ProcCode", ANY_ID),
            ("Descript", ANY_ID),
            ("AbbrDesc", ANY_ID),
            ("Amount", "*"),
            ("ProcCat", ANY_ID),
        },
        False,
    ),
    (
        "Dentrix recall list: prophy due, last visit, chart number",
        {
            "Patient Name": "Kowalski, Brian",
            "Chart #": "KOWBR0",
            "Home Phone": "(614) 555-0177",
            "Recall Type": "PROPHY",
            "Due Date": "12/03/2024",
            "Last Visit": "06/03/2024",
            "Provider": "DDS1",
            "Appt Scheduled": "N",
        },
        {
            ("Patient Name", "NAME"),
            ("Chart #", "MRN|OTHER_ID|ACCOUNT_NUMBER"),
            ("Home Phone", "PHONE"),
            ("Recall Type", "HEALTH"),
            ("Due Date", "DATE"),
            ("Last Visit", "DATE"),
        },
        {("Provider", "*"), ("Appt Scheduled", "*")},
        True,
    ),
    (
        "Facebook Lead Ads webhook: Invisalign lead with field_data answers",
        {
            "id": "1049281736450012",
            "created_time": "2024-10-03T18:22:41+0000",
            "ad_name": "Invisalign $1000 Off - Carousel",
            "form_id": "884120993321874",
            "field_data": [
                {"name": "full_name", "values": ["Tasha Greene"]},
                {"name": "phone_number", "values": ["+16145550199"]},
                {"name": "email", "values": ["tashagreene@yahoo.com"]},
                {"name": "are_you_interested_in_invisalign_or_braces?", "values": ["invisalign"]},
            ],
        },
        {
            ("field_data[0].values[0]", "NAME"),
            ("field_data[1].values[0]", "PHONE"),
            ("field_data[2].values[0]", "EMAIL"),
            ("field_data[3].values[0]", "HEALTH"),
        },
        {("created_time", "*"), ("form_id", "*"), ("ad_name", ANY_ID)},
        True,
    ),
    (
        "Boulevard API appointment (JSON): laser hair removal, client urn",
        {
            "appointment": {
                "id": "urn:blvd:Appointment:3f1c0a2e-9b7d-4c11-8e55-0d2f6a7b9c31",
                "startAt": "2024-11-20T15:30:00-07:00",
                "state": "BOOKED",
                "client": {
                    "id": "urn:blvd:Client:7d2e9a10-4b3c-4f8e-a1d2-5c6b7e8f9a01",
                    "firstName": "Priya",
                    "lastName": "Raman",
                    "email": "priya.raman@outlook.com",
                    "mobilePhone": "+14805550128",
                },
                "appointmentServices": [
                    {
                        "service": {
                            "id": "urn:blvd:Service:0b9c8d7e-6f5a-4b3c-2d1e-0f9a8b7c6d5e",
                            "name": "Laser Hair Removal - Full Brazilian",
                        },
                        "staff": {"displayName": "Jenna M."},
                        "duration": 30,
                    }
                ],
                "location": {"name": "Glow Aesthetics - Old Town"},
            }
        },
        {
            ("appointment.startAt", "DATE"),
            ("appointment.client.id", "ONLINE_ID|OTHER_ID|ACCOUNT_NUMBER"),
            ("appointment.client.firstName", "NAME"),
            ("appointment.client.lastName", "NAME"),
            ("appointment.client.email", "EMAIL"),
            ("appointment.client.mobilePhone", "PHONE"),
            ("appointment.appointmentServices[0].service.name", "HEALTH"),
        },
        {
            ("appointment.id", "*"),
            ("appointment.state", "*"),
            ("appointment.appointmentServices[0].service.id", "*"),
            ("appointment.appointmentServices[0].duration", "*"),
            ("appointment.location.name", "*"),
        },
        True,
    ),
    (
        "Boulevard client export: lash lift and spray tan only (identified, not health)",
        {
            "Client": "Morgan Ellis",
            "Client Email": "morgan.ellis@gmail.com",
            "Client Phone": "(480) 555-0175",
            "Services": "Lash Lift & Tint; Spray Tan",
            "Date": "2024-11-21",
            "Staff": "Kayla",
            "Total": "$120.00",
        },
        {
            ("Client", "NAME"),
            ("Client Email", "EMAIL"),
            ("Client Phone", "PHONE"),
            ("Date", "DATE"),
        },
        {("Services", "*"), ("Total", "*")},
        False,
    ),
    (
        "PatientNow consult pipeline (plastic surgery): procedure of interest and quote",
        {
            "Patient": "Vanessa Ortiz",
            "Patient ID": "PN-0048213",
            "DOB": "03/22/1991",
            "Cell": "(310) 555-0184",
            "Email": "vanessa.ortiz91@gmail.com",
            "Procedure of Interest": "Breast Augmentation; Tummy Tuck",
            "Consult Date": "12/02/2024",
            "Lead Source": "Instagram",
            "Quote Amount": "$14,800",
            "Status": "Quoted",
        },
        {
            ("Patient", "NAME"),
            ("Patient ID", PATIENT_NO),
            ("DOB", "DATE"),
            ("Cell", "PHONE"),
            ("Email", "EMAIL"),
            ("Procedure of Interest", "HEALTH"),
            ("Consult Date", "DATE"),
        },
        {("Lead Source", "*"), ("Quote Amount", "*"), ("Status", "*")},
        True,
    ),
    (
        "Before/after gallery metadata (clean): case number, procedures, age band, images",
        {
            "case_id": "1042",
            "procedures": ["Rhinoplasty", "Chin Implant"],
            "patient_age_range": "25-34",
            "gender": "F",
            "months_post_op": 6,
            "images": [
                {
                    "view": "front",
                    "before": "/gallery/1042/front-before.jpg",
                    "after": "/gallery/1042/front-after.jpg",
                }
            ],
            "published": "2024-09-15",
        },
        {("procedures[0]", "HEALTH")},
        {
            ("case_id", "*"),
            ("patient_age_range", "*"),
            ("gender", "*"),
            ("months_post_op", "*"),
            ("images[0].before", ANY_ID),
            ("images[0].after", ANY_ID),
            ("published", "*"),
        },
        False,
    ),
    (
        "Before/after photo consent (e-signed form JSON): rhinoplasty, marketing use",
        {
            "form": "Before & After Photography Consent",
            "patient_name": "Vanessa Ortiz",
            "procedure": "Rhinoplasty",
            "consent_marketing_use": True,
            "face_visible": False,
            "signed_at": "2024-12-02T16:44:10Z",
            "signature": "Vanessa Ortiz",
        },
        {
            ("patient_name", "NAME"),
            ("procedure", "HEALTH"),
            ("signature", "NAME"),
        },
        {("form", ANY_ID), ("consent_marketing_use", "*"), ("face_visible", "*")},
        True,
    ),
    (
        "CareCredit provider-center transaction report with the practice's treatment column",
        {
            "Account Number": "6019 1823 4401 7725",
            "Cardholder Name": "Michael Brandt",
            "Transaction Date": "11/08/2024",
            "Amount": "$4,250.00",
            "Promo": "24 Months Special Financing",
            "Auth Code": "018842",
            "Ref Number": "7723110",
            "Provider": "Columbus Implant Center",
            "Treatment": "Implant crown #19",
        },
        {
            ("Account Number", "ACCOUNT_NUMBER|CREDIT_CARD"),
            ("Cardholder Name", "NAME"),
            ("Treatment", "HEALTH"),
        },
        {
            ("Amount", "*"),
            ("Promo", "*"),
            ("Auth Code", "*"),
            ("Ref Number", "*"),
            ("Provider", "*"),
            ("Treatment", ANY_ID),
        },
        True,
    ),
    (
        "Cherry financing webhook: application approved for CoolSculpting",
        {
            "event": "application.approved",
            "data": {
                "applicationId": "8831207",
                "status": "APPROVED",
                "approvalAmount": 6000,
                "apr": "0%",
                "term": 12,
                "merchantId": "4512",
                "treatmentType": "CoolSculpting",
                "createdAt": "2024-11-03T19:12:44Z",
                "patient": {
                    "firstName": "Lauren",
                    "lastName": "Pike",
                    "phone": "+14805550191",
                    "email": "laurenpike@gmail.com",
                },
            },
        },
        {
            ("data.applicationId", "ACCOUNT_NUMBER|OTHER_ID"),
            ("data.treatmentType", "HEALTH"),
            ("data.patient.firstName", "NAME"),
            ("data.patient.lastName", "NAME"),
            ("data.patient.phone", "PHONE"),
            ("data.patient.email", "EMAIL"),
        },
        {
            ("event", "*"),
            ("data.status", "*"),
            ("data.approvalAmount", "*"),
            ("data.apr", "*"),
            ("data.term", "*"),
            ("data.merchantId", "*"),
            ("data.createdAt", "*"),
        },
        True,
    ),
    (
        "Sycle-like audiology export: comprehensive audiogram, PTA and degree of loss",
        {
            "Patient": "Walter Nguyen",
            "DOB": "04/17/1944",
            "Phone": "(503) 555-0137",
            "Test Date": "10/29/2024",
            "Test Type": "Comprehensive Audiogram",
            "PTA Right (dB HL)": "48",
            "PTA Left (dB HL)": "52",
            "Degree": "Moderate sensorineural hearing loss",
            "Recommendation": "Binaural hearing aids",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Test Date", "DATE"),
            ("Test Type", "HEALTH"),
            ("Degree", "HEALTH"),
        },
        {("PTA Right (dB HL)", ANY_ID), ("PTA Left (dB HL)", ANY_ID)},
        True,
    ),
    (
        "Hearing-aid fitting record: device serial numbers left and right",
        {
            "patient_id": "BP-22917",
            "patient_name": "Walter Nguyen",
            "appointment_type": "Hearing Aid Fitting",
            "device": "Phonak Audeo Lumity L90-R",
            "serial_left": "2318A0K7N",
            "serial_right": "2318A0K9P",
            "fit_date": "2024-11-12",
            "battery": "rechargeable",
        },
        {
            ("patient_id", PATIENT_NO),
            ("patient_name", "NAME"),
            ("appointment_type", "HEALTH"),
            ("serial_left", "DEVICE_ID"),
            ("serial_right", "DEVICE_ID"),
            ("fit_date", "DATE"),
        },
        {("device", ANY_ID), ("battery", "*")},
        True,
    ),
    (
        "Audiogram thresholds (health, no identifier): dB HL keyed by frequency",
        {
            "test_id": "AUD-88213",
            "ear": "right",
            "thresholds_db_hl": {
                "250": 15,
                "500": 20,
                "1000": 35,
                "2000": 50,
                "4000": 65,
                "8000": 70,
            },
            "masking": True,
            "transducer": "insert earphones",
            "classification": "moderate high-frequency hearing loss",
        },
        {("classification", "HEALTH")},
        {
            ("test_id", "*"),
            ("thresholds_db_hl.250", ANY_ID),
            ("thresholds_db_hl.1000", ANY_ID),
            ("thresholds_db_hl.4000", ANY_ID),
            ("thresholds_db_hl.8000", ANY_ID),
            ("transducer", "*"),
        },
        False,
    ),
    (
        "Online hearing screening widget: email, ZIP and a possible-loss result",
        {
            "email": "dottie.m@comcast.net",
            "zip": "97205",
            "age": "71",
            "score_right": "62",
            "score_left": "70",
            "result": "Possible hearing loss - schedule a full hearing evaluation",
            "completed_at": "2024-10-30T14:02:11Z",
        },
        {("email", "EMAIL"), ("zip", "ZIP_CODE"), ("result", "HEALTH")},
        {
            ("age", "*"),
            ("score_right", "*"),
            ("score_left", "*"),
            ("completed_at", "*"),
        },
        True,
    ),
    (
        "Salesforce LASIK consult lead: candidacy result and consult date",
        {
            "Id": "00Q5e00000AbCdEAAV",
            "FirstName": "Devin",
            "LastName": "Park",
            "Email": "devin.park@gmail.com",
            "Phone": "(949) 555-0116",
            "LeadSource": "Google Ads",
            "Procedure__c": "LASIK",
            "Candidacy_Result__c": "Good candidate",
            "Consult_Date__c": "2024-11-18",
            "Location__c": "Newport Beach",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Procedure__c", "HEALTH"),
            ("Consult_Date__c", "DATE"),
        },
        {("LeadSource", "*"), ("Candidacy_Result__c", ANY_ID)},
        True,
    ),
    (
        "LASIK candidacy self-test, anonymous (health, no identifier)",
        {
            "quiz": "Am I a LASIK candidate?",
            "answers": {
                "age_range": "25-34",
                "wear": "Contacts",
                "prescription_stable_2yrs": "Yes",
                "conditions": "Dry eye",
                "nearsighted": "Yes",
            },
            "score": 82,
            "result": "Great candidate",
        },
        {("answers.conditions", "HEALTH")},
        {
            ("answers.age_range", "*"),
            ("answers.wear", ANY_ID),
            ("score", "*"),
            ("result", ANY_ID),
        },
        False,
    ),
    (
        "LASIK self-test with email: sphere values, astigmatism and a PRK result",
        {
            "email": "k.morales@gmail.com",
            "first_name": "Kevin",
            "rx_right_sphere": "-4.50",
            "rx_left_sphere": "-4.25",
            "astigmatism": "yes",
            "over_40": "no",
            "result": "You may be a candidate for LASIK or PRK",
        },
        {
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("result", "HEALTH"),
        },
        {("rx_right_sphere", "*"), ("rx_left_sphere", "*"), ("over_40", "*")},
        True,
    ),
    (
        "Zenoti membership export: Glow Club monthly, membership number and benefits",
        {
            "Guest": "Chloe Bennett",
            "Guest Code": "GL000873",
            "Membership": "Glow Club - Monthly",
            "Membership Number": "MEM-2024-00412",
            "Start Date": "08/01/2024",
            "Next Billing": "12/01/2024",
            "Monthly Dues": "$149.00",
            "Benefits": "1 HydraFacial per month, 10% off Botox and filler",
            "Status": "Active",
        },
        {
            ("Guest", "NAME"),
            ("Guest Code", "OTHER_ID|ACCOUNT_NUMBER|MRN|ONLINE_ID"),
            ("Membership Number", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Benefits", "HEALTH"),
        },
        {("Membership", "*"), ("Monthly Dues", "*"), ("Status", "*")},
        True,
    ),
    (
        "Zenoti package sale: laser hair removal x6, catalog package id, sessions left",
        {
            "Guest Name": "Chloe Bennett",
            "Item Type": "Package",
            "Item": "Laser Hair Removal - Underarms x6",
            "Package ID": "PKG-LHR-UA6",
            "Sold On": "10/12/2024",
            "Sessions Remaining": "4",
            "Invoice No": "INV-GL-55102",
            "Amount": "$450.00",
        },
        {("Guest Name", "NAME"), ("Item", "HEALTH")},
        {
            ("Item Type", "*"),
            ("Package ID", "*"),
            ("Sold On", "DATE"),
            ("Sessions Remaining", "*"),
            ("Invoice No", "*"),
            ("Amount", "*"),
        },
        True,
    ),
    (
        "Zenoti service catalog (clean): Botox per unit, category, price",
        {
            "Service Code": "INJ-BTX-U",
            "Service Name": "Botox Cosmetic (per unit)",
            "Category": "Injectables",
            "Price": "$14.00",
            "Duration (min)": "30",
            "Center": "All Centers",
            "Online Booking": "Yes",
        },
        set(),
        {
            ("Service Code", "*"),
            ("Service Name", ANY_ID),
            ("Category", ANY_ID),
            ("Price", "*"),
            ("Duration (min)", "*"),
            ("Center", "*"),
        },
        False,
    ),
    (
        "Promo calendar (clean): Black Friday filler sale, promo code and landing page",
        {
            "month": "2024-11",
            "promo_name": "Black Friday Filler Flash Sale",
            "offer": "$100 off 2+ syringes of Juvederm",
            "promo_code": "BF100",
            "start_date": "2024-11-25",
            "end_date": "2024-12-02",
            "channels": ["email", "instagram", "sms"],
            "landing_page": "https://www.glowaesthetics.com/specials/black-friday",
        },
        set(),
        {
            ("month", "*"),
            ("promo_name", ANY_ID),
            ("offer", ANY_ID),
            ("promo_code", "*"),
            ("start_date", "*"),
            ("end_date", "*"),
            ("channels[0]", "*"),
            ("landing_page", ANY_ID),
        },
        False,
    ),
    (
        "Review widget aggregate (clean): rating, count and star breakdown",
        {
            "business_id": "16823341",
            "location_name": "Bright Smile Dental - Dublin",
            "rating_avg": 4.9,
            "review_count": 1287,
            "rating_breakdown": {"5": 1201, "4": 61, "3": 12, "2": 5, "1": 8},
            "last_updated": "2024-11-28T06:00:00Z",
            "widget_id": "bw_7f2c91",
        },
        set(),
        {
            ("business_id", "*"),
            ("location_name", "*"),
            ("rating_avg", "*"),
            ("review_count", "*"),
            ("rating_breakdown.5", "*"),
            ("last_updated", "*"),
            ("widget_id", "*"),
        },
        False,
    ),
    (
        "Provider bio from the practice CMS (a clinician alone): board-certified surgeon",
        {
            "name": "Dr. Elena Voss, MD, FACS",
            "title": "Board-Certified Plastic Surgeon",
            "bio": (
                "Dr. Voss specializes in rhinoplasty, facelift and breast reconstruction "
                "after mastectomy. She trained at Stanford and has performed more than "
                "3,000 procedures."
            ),
            "languages": ["English", "Spanish"],
            "slug": "/surgeons/elena-voss-md",
        },
        {("name", "NAME")},
        {("title", ANY_ID), ("languages[1]", "*")},
        False,
    ),
    (
        "Hair restoration consult lead: Norwood scale, tried treatments, FUE interest",
        {
            "lead": {
                "first_name": "Marcus",
                "last_name": "Bell",
                "phone": "(404) 555-0158",
                "email": "marcus.bell@hotmail.com",
            },
            "norwood_scale": "Norwood 4",
            "hair_loss_duration": "5+ years",
            "tried_treatments": ["finasteride", "minoxidil"],
            "interested_in": "FUE Hair Transplant",
            "estimated_grafts": "2500-3000",
            "photos_uploaded": 3,
        },
        {
            ("lead.first_name", "NAME"),
            ("lead.last_name", "NAME"),
            ("lead.phone", "PHONE"),
            ("lead.email", "EMAIL"),
            ("tried_treatments[0]", "HEALTH"),
            ("interested_in", "HEALTH"),
        },
        {("estimated_grafts", "*"), ("photos_uploaded", "*"), ("hair_loss_duration", ANY_ID)},
        True,
    ),
    (
        "Fertility clinic web form: egg freezing consultation with AMH and requested slot",
        {
            "first_name": "Aisha",
            "last_name": "Rahman",
            "dob": "1990-07-09",
            "email": "aisha.rahman@gmail.com",
            "phone": "(512) 555-0133",
            "service": "Egg Freezing Consultation",
            "partner_status": "Single",
            "amh_level": "1.2 ng/mL",
            "preferred_location": "Midtown",
            "appointment_requested": "2024-12-05 08:00",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("dob", "DATE"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("service", "HEALTH"),
            ("appointment_requested", "DATE"),
        },
        {("partner_status", "*"), ("amh_level", ANY_ID), ("preferred_location", "*")},
        True,
    ),
    (
        "GA4 BigQuery row: IVF success calculator submit with a PCOS diagnosis",
        {
            "event_date": "20241101",
            "event_timestamp": 1730476800123456,
            "event_name": "ivf_calculator_submit",
            "user_pseudo_id": "1289341771.1730476001",
            "event_params": [
                {"key": "age_group", "value": {"string_value": "35-37"}},
                {"key": "diagnosis", "value": {"string_value": "PCOS"}},
                {"key": "prior_ivf_cycles", "value": {"int_value": 2}},
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.brightpathfertility.com/ivf-success-calculator"
                    },
                },
            ],
            "geo": {"country": "United States", "region": "Texas"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[0].value.string_value", "*"),
            ("event_params[2].value.int_value", "*"),
            ("event_params[3].value.string_value", ANY_ID),
            ("geo.region", "*"),
        },
        True,
    ),
    (
        "Zoom webinar registrant: bariatric seminar with custom questions",
        {
            "first_name": "Denise",
            "last_name": "Carter",
            "email": "denise.carter@att.net",
            "phone": "937-555-0146",
            "city": "Dayton",
            "state": "OH",
            "zip": "45402",
            "custom_questions": [
                {"title": "Procedure you are interested in", "value": "Gastric Sleeve"},
                {"title": "Current BMI (use our calculator)", "value": "43"},
                {"title": "Insurance carrier", "value": "Anthem"},
            ],
            "webinar_topic": "Weight Loss Surgery Free Info Seminar",
            "create_time": "2024-10-20T22:10:31Z",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("custom_questions[0].value", "HEALTH"),
            ("webinar_topic", "HEALTH"),
        },
        {
            ("state", "*"),
            ("custom_questions[1].value", ANY_ID),
            ("custom_questions[2].value", "*"),
            ("create_time", "*"),
        },
        True,
    ),
    (
        "BMI calculator submission without an identifier (health only)",
        {
            "form": "bmi-calculator",
            "height_in": "65",
            "weight_lb": "262",
            "bmi": "43.6",
            "category": "Class III obesity",
            "next_step": "You may qualify for bariatric surgery",
        },
        {("category", "HEALTH")},
        {
            ("form", ANY_ID),
            ("height_in", "*"),
            ("weight_lb", "*"),
            ("bmi", ANY_ID),
        },
        False,
    ),
    (
        "Bariatric insurance pre-qualification: member id, comorbidities, benefit",
        {
            "patient": {"name": "Denise Carter", "dob": "1979-05-30"},
            "payer": "Anthem Blue Cross",
            "member_id": "YRH884512907",
            "group_number": "170452",
            "bariatric_benefit": "Covered with prior auth",
            "requires_supervised_diet_months": 6,
            "comorbidities": ["type 2 diabetes", "sleep apnea"],
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("comorbidities[0]", "HEALTH"),
            ("comorbidities[1]", "HEALTH"),
        },
        {("payer", "*"), ("requires_supervised_diet_months", "*")},
        True,
    ),
    (
        "Addiction treatment admissions call log: substance, level of care, member id",
        {
            "call_id": "CAL-7781",
            "caller_name": "Jason Miller",
            "caller_number": "+16155550148",
            "tracking_number": "+18885550111",
            "relationship": "Self",
            "substance_of_choice": "Opioids (fentanyl)",
            "last_use": "yesterday",
            "level_of_care": "Detox",
            "insurance": "Cigna",
            "member_id": "U88123456",
            "call_started": "2024-11-02T03:14:55Z",
            "disposition": "VOB requested",
        },
        {
            ("caller_name", "NAME"),
            ("caller_number", "PHONE"),
            ("substance_of_choice", "HEALTH"),
            ("level_of_care", "HEALTH"),
            ("member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("call_id", "*"),
            ("tracking_number", "*"),
            ("relationship", "*"),
            ("insurance", "*"),
            ("call_started", "*"),
        },
        True,
    ),
    (
        "Verification of benefits (VOB) for residential treatment: RTC, OON benefits",
        {
            "Patient First": "Jason",
            "Patient Last": "Miller",
            "DOB": "08/14/1993",
            "Payer": "Cigna",
            "Member ID": "U88123456",
            "Level of Care Requested": "RTC",
            "Deductible Met": "$1,200 of $3,000",
            "OON Benefits": "60% after deductible",
            "Pre-Auth Required": "Yes",
            "Verified By": "Admissions - KL",
        },
        {
            ("Patient First", "NAME"),
            ("Patient Last", "NAME"),
            ("DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Level of Care Requested", "HEALTH"),
        },
        {
            ("Payer", "*"),
            ("Deductible Met", "*"),
            ("OON Benefits", "*"),
            ("Pre-Auth Required", "*"),
        },
        True,
    ),
    (
        "Admissions inquiry by a mother for her son: alcohol and depression, PHP or IOP",
        {
            "caller_name": "Sandra Ruiz",
            "relationship": "Mother",
            "client_name": "Tyler Ruiz",
            "client_age": "19",
            "primary_concern": "alcohol use and depression",
            "co_occurring": "Yes",
            "level_of_care": "PHP",
            "notes": "Mom found pills in his room, asking about IOP or PHP close to home",
        },
        {
            ("caller_name", "NAME"),
            ("client_name", "NAME"),
            ("primary_concern", "HEALTH"),
            ("level_of_care", "HEALTH"),
        },
        {("relationship", "*"), ("client_age", "*"), ("co_occurring", ANY_ID)},
        True,
    ),
    (
        "Treatment centre daily census (clean): beds by level of care, length of stay",
        {
            "report": "Daily Census",
            "facility": "Harbor Ridge Recovery",
            "date": "2024-11-02",
            "detox_beds_occupied": 14,
            "residential_beds_occupied": 38,
            "php_clients": 22,
            "admissions_today": 5,
            "avg_los_days": 27.4,
        },
        set(),
        {
            ("report", "*"),
            ("facility", "*"),
            ("date", "*"),
            ("detox_beds_occupied", ANY_ID),
            ("residential_beds_occupied", ANY_ID),
            ("php_clients", ANY_ID),
            ("admissions_today", "*"),
            ("avg_los_days", "*"),
        },
        False,
    ),
    (
        "Mailchimp audience export for a dental practice newsletter (identified, no health)",
        {
            "Email Address": "j.whitman@gmail.com",
            "First Name": "Jill",
            "Last Name": "Whitman",
            "MEMBER_RATING": "3",
            "OPTIN_TIME": "2024-09-14 18:22:01",
            "TAGS": '"Newsletter","Referral Program"',
        },
        {("Email Address", "EMAIL"), ("First Name", "NAME"), ("Last Name", "NAME")},
        {("MEMBER_RATING", "*"), ("OPTIN_TIME", "*"), ("TAGS", "*")},
        False,
    ),
    (
        "Med spa gift card purchase (identified, no health): purchaser and recipient",
        {
            "Purchaser": "Rob Alvarez",
            "Purchaser Email": "rob.alvarez@gmail.com",
            "Recipient": "Elena Alvarez",
            "Recipient Email": "elena.alvarez@gmail.com",
            "Amount": "$250.00",
            "Message": "Happy anniversary! Treat yourself",
            "Purchased": "2024-11-10",
        },
        {
            ("Purchaser", "NAME"),
            ("Purchaser Email", "EMAIL"),
            ("Recipient", "NAME"),
            ("Recipient Email", "EMAIL"),
        },
        {("Amount", "*"), ("Purchased", "DATE"), ("Message", "HEALTH")},
        False,
    ),
    (
        "Dental referral programme: referrer patient id, referred friend's first exam",
        {
            "referrer_name": "Jill Whitman",
            "referrer_patient_id": "20991",
            "referred_name": "Mark Ochoa",
            "referred_phone": "(614) 555-0120",
            "reward": "$50 Amazon gift card",
            "status": "Referred friend completed new patient exam",
        },
        {
            ("referrer_name", "NAME"),
            ("referrer_patient_id", PATIENT_NO),
            ("referred_name", "NAME"),
            ("referred_phone", "PHONE"),
            ("status", "HEALTH"),
        },
        {("reward", "*")},
        True,
    ),
    (
        "Zenoti sales by service (clean): Dysport units sold and revenue by centre",
        {
            "Center": "Scottsdale - Kierland",
            "Period": "2024-10",
            "Service": "Dysport (per unit)",
            "Units Sold": "4120",
            "Revenue": "$45,320.00",
            "Guests Served": "131",
            "Avg Ticket": "$346",
        },
        set(),
        {
            ("Center", "*"),
            ("Period", "*"),
            ("Service", ANY_ID),
            ("Units Sold", "*"),
            ("Revenue", "*"),
            ("Guests Served", "*"),
            ("Avg Ticket", "*"),
        },
        False,
    ),
    (
        "Ortho contract for a minor: Invisalign Teen, responsible party, account number",
        {
            "Patient": "Sophie Tran",
            "Responsible Party": "Linh Tran",
            "Age": "14",
            "Treatment": "Comprehensive ortho - Invisalign Teen",
            "Start Date": "2024-09-03",
            "Contract Total": "$5,800.00",
            "Down Payment": "$800.00",
            "Monthly": "$166.67 x 30",
            "Account #": "ORT-10482",
        },
        {
            ("Patient", "NAME"),
            ("Responsible Party", "NAME"),
            ("Treatment", "HEALTH"),
            ("Start Date", "DATE"),
            ("Account #", "ACCOUNT_NUMBER|OTHER_ID"),
        },
        {
            ("Age", "*"),
            ("Contract Total", "*"),
            ("Down Payment", "*"),
            ("Monthly", "*"),
        },
        True,
    ),
    (
        "Open Dental procedure log: implant body on tooth 19 with REF and LOT",
        {
            "PatNum": "20417",
            "ProcDate": "2024-10-30",
            "ProcCode": "D6010",
            "ToothNum": "19",
            "ImplantBrand": "Straumann BLT 4.1x10mm",
            "REF": "021.5510",
            "LOT": "TY4821",
            "ProvNum": "2",
            "ProcFee": "2150.00",
        },
        {
            ("PatNum", PATIENT_NO),
            ("ProcDate", "DATE"),
            ("ProcCode", "HEALTH"),
        },
        {
            ("ToothNum", "*"),
            ("REF", "*"),
            ("LOT", "*"),
            ("ProvNum", "*"),
            ("ProcFee", "*"),
        },
        True,
    ),
    (
        "Aesthetic Record injection chart: Dysport units, Voluma syringe, lots, areas",
        {
            "client": {"name": "Brittany Lowe", "dob": "1992-01-19"},
            "treatment_date": "2024-11-14",
            "products": [
                {"product": "Dysport", "units": 60, "lot": "C7024C3", "expiry": "2025-06"},
                {"product": "Juvederm Voluma XC", "syringes": 1, "lot": "VB20J41225"},
            ],
            "areas": ["glabella", "forehead", "cheeks"],
        },
        {
            ("client.name", "NAME"),
            ("client.dob", "DATE"),
            ("treatment_date", "DATE"),
            ("products[0].product", "HEALTH"),
            ("products[1].product", "HEALTH"),
        },
        {
            ("products[0].units", "*"),
            ("products[0].lot", "*"),
            ("products[0].expiry", "*"),
            ("products[1].syringes", "*"),
            ("products[1].lot", "*"),
            ("areas[0]", ANY_ID),
        },
        True,
    ),
    (
        "Eaglesoft recall export: perio maintenance every 3 months, text preferred",
        {
            "Patient ID": "88412",
            "First Name": "Gloria",
            "Last Name": "Stein",
            "Cell Phone": "614.555.0181",
            "Recall Type": "Perio Maintenance 3 Mo",
            "Recall Due": "2024-12-15",
            "Preferred Contact": "Text",
        },
        {
            ("Patient ID", PATIENT_NO),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Cell Phone", "PHONE"),
            ("Recall Type", "HEALTH"),
            ("Recall Due", "DATE"),
        },
        {("Preferred Contact", "*")},
        True,
    ),
    (
        "Gravity Forms entry: implant consult, dentures that no longer fit",
        {
            "Entry Id": "5521",
            "Entry Date": "2024-10-04 13:01:22",
            "Name (First)": "Harold",
            "Name (Last)": "Jenkins",
            "Phone": "(614) 555-0110",
            "Email": "hjenkins47@aol.com",
            "Which service are you interested in?": "Dental Implants / All-on-4",
            "Tell us about your situation": (
                "Missing most of my upper teeth, my dentures don't fit anymore"
            ),
            "Source Url": "https://www.smilesofcolumbus.com/dental-implants/",
        },
        {
            ("Name (First)", "NAME"),
            ("Name (Last)", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Which service are you interested in?", "HEALTH"),
            ("Tell us about your situation", "HEALTH"),
        },
        {("Entry Id", "*"), ("Entry Date", "*"), ("Source Url", ANY_ID)},
        True,
    ),
]

# Eighteenth round: the treatment centre's daily census ``date`` closed in the vaccine
# clinics probe: a facility's row with its beds is a listing (chunk_profiles'
# ``_LISTING_SIGNS``), and a bare ``date`` beside a listing's hours or signs is now read
# as the listing's own day, as a slot inventory's start is; the row holds whole and moved
# to SHAPES. Twentieth round: the dental referral programme's ``referrer_name`` closed in
# the medical spa probe: a referrer column beside the referrer's own patient or client id,
# email or phone is the referring person (detectors/practice_retail.py), where a web
# analytics ``referrer_name`` ("Google") stands beside no such column; the row holds whole
# and moved to SHAPES.
_OPEN: dict[str, tuple[set, str]] = {
    "Zenoti appointment export (med spa): Botox forehead and crow's feet, units and lot": (
        {("Start Time", "DATE")},
        "a bare ``Start Time`` is a machine time (a call's, a job's, a session's) unless a "
        "field beside it names the appointment (detectors/appointment_records.py); this "
        "export names none, and a service beside a person's name is a class's or a call "
        "queue's as often",
    ),
    "Provider bio from the practice CMS (a clinician alone): board-certified surgeon": (
        set(),
        "the contract's rule: any identifier beside health words makes a PHI record, a "
        "clinician's name included; ``phi.clinicians: exclude`` (detectors/clinicians.py) "
        "is the opt-in that reads a clinician-only record as not PHI",
    ),
    "Cherry financing webhook: application approved for CoolSculpting": (
        {("data.applicationId", "ACCOUNT_NUMBER|OTHER_ID")},
        "``applicationId`` is a software application's id in most exports (Meta, Azure, "
        "OAuth clients); only the event name says it is a credit application here",
    ),
    "Addiction treatment admissions call log: substance, level of care, member id": (
        {("call_started", "DATE")},
        "a timestamp in a key that is not a machine field's shape (``call_started``, not "
        "``call_start_time``) is read as a date; ``started`` alone is a person's onset as "
        "often (``symptoms_started``)",
    ),
    "Ortho contract for a minor: Invisalign Teen, responsible party, account number": (
        {("Start Date", "DATE")},
        "a bare ``Start Date`` is a report window's (field_names' SYSTEM_RULES, whole keys "
        "only); ``treatment_start_date`` would be read as the person's",
    ),
    "Gravity Forms entry: implant consult, dentures that no longer fit": (
        {("Entry Date", "DATE")},
        "left unasserted by tests/test_forms_and_surveys.py's Gravity Forms record: an "
        "``entry date`` is a form's clock there but a person's enrolment or admission date "
        "in a programme or trial export",
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_elective_care_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 44 records): a change that loses recall or precision on elective-care exports
#: fails here. Before the work, blind: SHAPES 22 misses / 3 false / 15 wrong of 33,
#: HELD_OUT 6 / 2 / 6 of 11. Eighteenth round: the daily census's ``date`` closed (a
#: listing's own day, detectors/chunk_profiles.py), one false and one wrong fewer.
#: Twentieth round: the referral programme's ``referrer_name`` closed (a referrer beside
#: the referrer's own patient id, detectors/practice_retail.py), one miss and one wrong fewer.
FLOORS = ShapeTotals(expected=168, misses=3, false=2, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
