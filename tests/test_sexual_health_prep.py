"""Sexual health, HIV prevention and STI testing services' exports.

A blind probe, written by hand before reading the detectors: what the marketing, growth,
CRM and programme teams of sexual-health services export. PrEP telehealth intake
(Nurx-, Mistr- and Q Care-like JSON: HIV status, last test date, kidney function labs,
insurance), PrEP lab orders and results (4th-generation HIV Ag/Ab, creatinine and eGFR,
RPR), at-home STI test kits (Klaviyo-like activation events, kit barcodes, results-ready
texts, results by panel as flat CSV columns and as JSON lists: chlamydia, gonorrhea,
syphilis, HIV, HPV, trichomoniasis), a FHIR ``Observation`` of a syphilis titer, anonymous
partner-notification services (inSPOT-like texts and emails to a partner, the notice's
own id), sexual-health clinic bookings (CSV and an Acuity-like webhook), Planned
Parenthood-like appointment analytics (GA4 rows whose page path carries the health
centre's city and ZIP), dating-app health partnerships (Braze-like status-reminder
attributes and push logs), contraception subscriptions (Recharge-like pill-pack rows, a
ring order, a telehealth contraception intake with a blood pressure), doxy-PEP and PEP
request forms, Ryan White programme eligibility exports, HIV self-test mail programmes,
outreach SMS both ways, an insurance check for a PrEP drug, a chat message to a
clinician, and the clean rows around them: kit inventory (barcodes of kits not yet
activated, lots, SKUs, expiries), lot QC releases with the lab's CLIA number, pharmacy
network lists with NCPDP ids, clinic directory rows with hours, partner-notice
aggregates without a person, GA4 and scheduling reports, campaign reports with UTM values
such as ``prep-awareness``, a contraception catalog and a Ryan White programme summary.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An HIV or STI test of a named person is health, a negative one too.** HIV status
  (``Negative``), a test's name (``HIV-1/2 Ag/Ab 4th gen``, ``RPR``, ``Chlamydia/Gonorrhea
  NAAT``), a panel (``Full Panel STI Test``), a result under a column named for the
  infection (``Chlamydia`` = "Negative") and a results-ready notice that does not say the
  result are HEALTH, as the occupational-health probe decided for drug tests and the
  public-health probe for result notices. A PrEP drug (Truvada, Descovy, cabotegravir),
  PrEP, PEP and doxy-PEP (doxycycline after sex), and kidney function labs ordered for PrEP
  (creatinine, eGFR) are HEALTH.
- **An anonymous partner notification to a phone number or an email is PHI of the
  recipient.** The text tells the recipient they were exposed to a named infection: that is
  health context of the contact, as the public-health probe decided for a tracing contact,
  and the phone number or address identifies the contact. The sender (the index patient)
  stays anonymous: a sender alias ("A friend") is no NAME. The notice's own id is no one's
  identifier, and an aggregate of notices (infection, channel, count, week) with no
  recipient is not PHI.
- **A contraception subscription is health; its pill is a MEDICATION.** Contraception is
  health care (the maternity probe decided so for an IUD, Depo-Provera and a named pill), so
  a named pill pack (Sprintec), a patch or a ring bought by a known customer is HEALTH; a
  catalog row of the same products with no customer is not PHI, and its SKUs, prices and
  pack sizes are no identifiers. The next charge date of a subscription is neither
  expected nor forbidden (as the e-commerce probe decided).
- **A kit's barcode is the person's once the kit is activated** (``OTHER_ID|MRN``), as the
  genomics probe decided; a barcode of a kit in inventory, not yet activated, names no one
  (no finding), and neither do a kit's lot, SKU and expiry.
- **The organisation's codes are no one's**: a lab's CLIA number, a pharmacy's NCPDP id, a
  clinic's id, a clinic's hours, address and phone in a directory row, a campaign's UTM
  values (``utm_campaign=prep-awareness``: a campaign's topic, in a report with no person),
  a health centre's ZIP in its own page path, a Twilio short code sending outreach, a
  programme's Part (``Part A``). A US state alone is no identifier.
- **Ryan White programme enrolment is health context**: the programme serves people living
  with HIV, so a client record in an eligibility export (with an HIV diagnosis date, a
  viral load or a CD4 count) is PHI; the programme's summary by county is not.
- **A person's dates are DATE**: birth, a last HIV test, a specimen's collection, a kit's
  activation, an exposure (PEP is timed from it), an HIV diagnosis, a last menstrual
  period, a booked appointment, a result's date, a recertification due. A report's week or
  date, a lot's QC date and expiry, and machine event and send timestamps are not.
- **Ids**: a telehealth patient id, a Ryan White client id, a FHIR ``Patient/…`` reference
  and an MRN are the person's record id (``OTHER_ID|MRN``, ``ONLINE_ID`` for an app's user
  id); a payer's member id is HEALTH_PLAN_ID, a Medicaid id too; a group number and a payer
  name are plan-level (no finding). Order ids, submission ids, message ids, conversation ids
  and notice ids are not a person's.
- **A dating-app profile without health answers is identified, not PHI**; with an HIV
  status or a test reminder it is PHI.
- **Clinicians** named in the rows are not needed here; none is asserted.

After reading the detectors no blind expectation was changed. Four must-nots and one
expectation were stricter than decisions the project had made and are narrowed on top
(:data:`_DECIDED`): a SKU naming a test or an infection is read as health context
(tests/test_health_commerce.py), and a ``Client ID`` may read as an analytics client id
(tests/test_transport_and_social_care.py). What the work built, each with its unit test:
a lab result under a column named for a term alone (``Chlamydia`` = "Negative", ``HIV`` =
"Non-reactive": a PROCEDURE whatever the result, ``grid_answers``), serum creatinine and
eGFR as readings under their fields (``clinical_measures``), ``RPR`` in upper case as the
syphilis screen (``clinical_abbreviations``), an app's ``last_active``/``last_login`` as
its activity stamp (``field_names``), a kit lot's ``qc_date`` as the batch's (``dates``),
a pharmacy's NCPDP id and a lab's CLIA number as the mark of a listing whose address and
line are the place's, with ``Lab Name`` as a listing's name (``chunk_profiles``), and 24
vocabulary terms, 35,450 in all (``rapid plasma reagin``, ``RPR titer``, ``treponema
pallidum antibody``, ``EluRyng``, ``Twirla``, ``vaginal ring``, ``genital sore``, ``CD4
count``, ``expedited partner therapy``, ``prep refill``...). Two records are left open
(:data:`LEFT_ALONE`): a bare ``collected_at`` and a scheduling report's bare ``Date``.
Two more were closed at the merge by other probes' rules: Klaviyo's bare ``datetime``
(the GLP-1 probe: a bare ``datetime`` beside an event's ``metric`` is the event's clock,
``chunk_profiles``) and a bare ``Accession`` (the imaging probe: an accession is the
patient's record id unless it has a sequence database's shape, ``field_names``).

Figures (misses / false findings / records wrong): SHAPES (31 records, 98 pairs as
written), blind 6 / 10 / 10; after the work 2 / 5 / 6 as written, 2 / 2 / 4 with the
decisions (all four in LEFT_ALONE). HELD_OUT (10 records, 37 pairs), blind before any
work 4 / 0 / 4; scored once after the work on SHAPES: 3 / 0 / 3 (a Ryan White ``Client
ID`` read as ONLINE_ID, Quest's "RPR (Diagnosis) with Reflex to Titer", a SendGrid
category ``prep_refill_reminder``); after two rules that generalise (upper-case ``RPR``,
``prep refill``) and the decision on ``client_id``: 1 / 0 / 1 as written, 0 / 0 / 0 with
the decision.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "PrEP telehealth intake (Nurx-like JSON): HIV status, last test, insurance",
        {
            "intake_id": "int_8c21f0d7a9",
            "submitted_at": "2024-10-14T18:22:41Z",
            "patient": {
                "first_name": "Marcus",
                "last_name": "Delacroix",
                "dob": "1993-02-17",
                "email": "marcus.delacroix93@gmail.com",
                "phone": "(312) 555-0176",
                "address": {
                    "line1": "1840 W Belmont Ave Apt 3R",
                    "city": "Chicago",
                    "state": "IL",
                    "zip": "60657",
                },
            },
            "intake": {
                "service": "PrEP",
                "hiv_status": "Negative",
                "last_hiv_test_date": "2024-09-28",
                "partners_last_6_months": "3-5",
                "prior_prep_use": "Yes - Truvada, stopped 2023",
            },
            "insurance": {
                "payer": "Blue Cross Blue Shield of Illinois",
                "member_id": "XOF928374615",
                "group_number": "P51882",
            },
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.email", "EMAIL"),
            ("patient.phone", "PHONE"),
            ("patient.address.line1", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("intake.service", "HEALTH"),
            ("intake.hiv_status", "HEALTH"),
            ("intake.last_hiv_test_date", "DATE"),
            ("intake.prior_prep_use", "HEALTH"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("intake_id", "*"),
            ("submitted_at", "*"),
            ("patient.address.state", "*"),
            ("insurance.payer", "*"),
            ("insurance.group_number", "*"),
            ("intake.partners_last_6_months", "*"),
        },
        True,
    ),
    (
        "PrEP monitoring labs (CSV): HIV Ag/Ab, creatinine and eGFR, the lab's CLIA",
        {
            "Patient ID": "QC-0041877",
            "Patient Name": "Reyes, Daniel",
            "DOB": "08/30/1988",
            "Collection Date": "10/21/2024",
            "Test": "HIV-1/2 Ag/Ab 4th Gen Screen",
            "Result": "Non-reactive",
            "Creatinine (mg/dL)": "0.94",
            "eGFR (mL/min/1.73m2)": "104",
            "Performing Lab CLIA": "05D2034567",
            "Accession": "A24-1029981",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Collection Date", "DATE"),
            ("Test", "HEALTH"),
            ("Creatinine (mg/dL)", "HEALTH"),
            ("Accession", "OTHER_ID|MRN"),
        },
        {("Performing Lab CLIA", "*")},
        True,
    ),
    (
        "At-home STI kit activation (Klaviyo-like event): barcode, panel, email",
        {
            "type": "event",
            "attributes": {
                "metric": "Kit Activated",
                "profile": {
                    "email": "priya.s.ramaswamy@outlook.com",
                    "first_name": "Priya",
                    "phone_number": "+14155550138",
                },
                "properties": {
                    "kit_type": "Full Panel STI Test (Chlamydia, Gonorrhea, Syphilis, HIV)",
                    "kit_barcode": "EVL-4483-2291-K7",
                    "kit_lot": "LOT 24-118B",
                    "kit_sku": "STI-FULL-01",
                    "sample_type": "vaginal swab + finger prick",
                    "activated_on": "2024-10-09",
                },
                "datetime": "2024-10-09T02:11:57+00:00",
            },
        },
        {
            ("attributes.profile.email", "EMAIL"),
            ("attributes.profile.first_name", "NAME"),
            ("attributes.profile.phone_number", "PHONE"),
            ("attributes.properties.kit_type", "HEALTH"),
            ("attributes.properties.kit_barcode", "OTHER_ID|MRN"),
        },
        {
            ("attributes.properties.kit_lot", "*"),
            ("attributes.properties.kit_sku", "*"),
            ("attributes.datetime", "*"),
        },
        True,
    ),
    (
        "Results-ready SMS (Twilio log): the notice does not say the result",
        {
            "sid": "SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
            "from": "+18445550123",
            "to": "+16465550119",
            "body": (
                "Hi Tomas, your STI test results are ready. Log in to view them securely: "
                "https://my.example-testkit.com/results"
            ),
            "status": "delivered",
            "date_sent": "Mon, 14 Oct 2024 15:02:11 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "NAME")},
        {("sid", "*"), ("from", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "STI kit results by panel (JSON list): analyte and result per infection",
        {
            "order_id": "ord_55102",
            "patient_ref": "pt_7f3e21c0",
            "collected_at": "2024-10-02",
            "resulted_at": "2024-10-05T11:40:00Z",
            "results": [
                {"analyte": "Chlamydia trachomatis", "result": "Detected"},
                {"analyte": "Neisseria gonorrhoeae", "result": "Not detected"},
                {"analyte": "Treponema pallidum Ab", "result": "Non-reactive"},
            ],
            "lab_clia": "14D0429170",
        },
        {
            ("patient_ref", "OTHER_ID|MRN|ONLINE_ID"),
            ("collected_at", "DATE"),
            ("results[0].analyte", "HEALTH"),
            ("results[1].analyte", "HEALTH"),
        },
        {("order_id", "*"), ("lab_clia", "*"), ("resulted_at", "*")},
        True,
    ),
    (
        "Kit inventory (clean): barcodes of kits not yet activated, lot, expiry",
        {
            "Barcode": "EVL-5510-8832-K2",
            "SKU": "STI-FULL-01",
            "Product": "Full Panel STI Test",
            "Lot": "24-118B",
            "Expiry": "2025-11-30",
            "Status": "In stock - unassigned",
            "Bin": "A-14-03",
        },
        set(),
        {("Barcode", "*"), ("SKU", "*"), ("Lot", "*"), ("Expiry", "*"), ("Bin", "*")},
        False,
    ),
    (
        "Anonymous partner notification (inSPOT-like text): to a partner's phone",
        {
            "notice_id": "PN-3F9A21C",
            "channel": "sms",
            "recipient_phone": "+1 (312) 555-0143",
            "sender_alias": "A friend",
            "message": (
                "Someone you were with recently was diagnosed with gonorrhea and wants you "
                "to know. Get tested and treated: free clinics at example-tellyourpartner.org"
            ),
            "sent_at": "2024-10-17T21:04:55Z",
        },
        {("recipient_phone", "PHONE"), ("message", "HEALTH")},
        {("notice_id", "*"), ("sender_alias", "*"), ("sent_at", "*")},
        True,
    ),
    (
        "Partner-notice aggregate (clean): infection, channel and week, no person",
        {
            "notice_id": "PN-77C0B19",
            "infection": "Syphilis",
            "channel": "email",
            "week": "2024-W42",
            "status": "delivered",
            "opened": "true",
        },
        set(),
        {("notice_id", "*"), ("week", "*"), ("status", "*")},
        False,
    ),
    (
        "Sexual-health clinic booking (CSV): visit reason, appointment, clinic id",
        {
            "Confirmation #": "BK-220918",
            "Clinic ID": "CLN-0042",
            "Patient First Name": "Aaliyah",
            "Patient Last Name": "Brooks",
            "Patient Phone": "773-555-0162",
            "Appointment Date": "11/05/2024",
            "Appointment Time": "3:30 PM",
            "Visit Reason": "STI testing - symptoms (burning, discharge)",
            "New Patient": "Y",
        },
        {
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient Phone", "PHONE"),
            ("Appointment Date", "DATE"),
            ("Visit Reason", "HEALTH"),
        },
        {("Confirmation #", "*"), ("Clinic ID", "*"), ("New Patient", "*")},
        True,
    ),
    (
        "Clinic directory row (clean): address, phone, hours and services",
        {
            "clinic_id": "CLN-0042",
            "clinic_name": "Northside Sexual Health Clinic",
            "address": "2901 N Clark St",
            "city": "Chicago",
            "zip": "60657",
            "phone": "(773) 555-0100",
            "hours": "Mon-Fri 9:00-17:00; Sat 10:00-14:00",
            "services": "HIV testing; PrEP; STI treatment; contraception",
            "walk_ins": "Yes",
        },
        set(),
        {
            ("clinic_id", "*"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("phone", "PHONE"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "GA4 event (BigQuery export): appointment booked on a health centre's page",
        {
            "event_date": "20241014",
            "event_name": "appointment_booked",
            "user_pseudo_id": "1298374651.1728912345",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://www.example-pp.org/health-center/illinois/chicago/60614/"
                            "lincoln-park-health-center-3412-90210/sti-testing"
                        )
                    },
                },
                {"key": "service_type", "value": {"string_value": "STD Testing & Treatment"}},
            ],
            "event_timestamp": "1728912399123456",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {
            ("event_params[0].value.string_value", "ZIP_CODE"),
            ("event_date", "*"),
            ("event_timestamp", "*"),
        },
        True,
    ),
    (
        "GA4 pages report (clean): page path, views and users by date",
        {
            "Date": "20241014",
            "Page path and screen class": "/learn/sexually-transmitted-infections/chlamydia",
            "Views": "1842",
            "Users": "1503",
            "Average engagement time": "48.2",
        },
        set(),
        {("Date", "*"), ("Views", "*"), ("Users", "*")},
        False,
    ),
    (
        "Dating-app health partnership (Braze-like attributes): HIV status, last test",
        {
            "external_id": "usr_5e8d1c2b9a",
            "email": "jay.okafor.dev@gmail.com",
            "attributes": {
                "hiv_status": "Negative, on PrEP",
                "last_tested": "2024-08-30",
                "status_reminder_opt_in": True,
                "reminder_interval_days": 90,
            },
            "app_version": "24.41.0",
        },
        {
            ("external_id", "ONLINE_ID|OTHER_ID"),
            ("email", "EMAIL"),
            ("attributes.hiv_status", "HEALTH"),
            ("attributes.last_tested", "DATE"),
        },
        {("app_version", "*"), ("attributes.reminder_interval_days", "*")},
        True,
    ),
    (
        "Dating-app status reminder (push log): 3-month HIV test reminder",
        {
            "user_id": "usr_1a9f77e3c0",
            "campaign_name": "Status_Reminder_3mo_HIV_Test",
            "message": "It's been 3 months since your last HIV test. Find free testing near you.",
            "sent_at": "2024-11-01T17:00:03Z",
            "platform": "ios",
        },
        {("user_id", "ONLINE_ID|OTHER_ID"), ("message", "HEALTH")},
        {("sent_at", "*"), ("platform", "*")},
        True,
    ),
    (
        "Contraception subscription (Recharge-like CSV): a pill pack to a customer",
        {
            "subscription_id": "88120443",
            "customer_id": "61227190",
            "email": "hannah.kowalski@yahoo.com",
            "shipping_name": "Hannah Kowalski",
            "shipping_address1": "418 Maple Ridge Dr",
            "shipping_city": "Naperville",
            "shipping_province": "IL",
            "shipping_zip": "60540",
            "product_title": "Sprintec (norgestimate and ethinyl estradiol) - 3 pack",
            "charge_interval_frequency": "3",
            "next_charge_scheduled_at": "2024-12-02",
            "status": "ACTIVE",
        },
        {
            ("email", "EMAIL"),
            ("shipping_name", "NAME"),
            ("shipping_address1", "LOCATION"),
            ("shipping_city", "LOCATION"),
            ("shipping_zip", "ZIP_CODE"),
            ("product_title", "MEDICATION|HEALTH"),
        },
        {
            ("subscription_id", "*"),
            ("shipping_province", "*"),
            ("charge_interval_frequency", "*"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Contraception ring order (Shopify Admin API JSON): a vaginal ring",
        {
            "id": 5512038817,
            "name": "#BC10442",
            "customer": {"first_name": "Leah", "last_name": "Martinez", "phone": "+15125550133"},
            "line_items": [
                {"title": "EluRyng vaginal ring, 3 rings", "sku": "RING-ELU-3", "quantity": 1}
            ],
            "created_at": "2024-10-22T12:05:19-05:00",
        },
        {
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("customer.phone", "PHONE"),
            ("line_items[0].title", "HEALTH"),
        },
        {("name", "*"), ("line_items[0].sku", "*"), ("created_at", "*"), ("id", "*")},
        True,
    ),
    (
        "Contraception catalog (clean): pill pack, patch and ring SKUs and prices",
        {
            "sku": "BC-SPR-3PK",
            "title": "Sprintec 3-month pack",
            "category": "Birth control pills",
            "price": "45.00",
            "pack_size": "84 tablets",
            "in_stock": "true",
        },
        set(),
        {("sku", "*"), ("price", "*"), ("pack_size", "*"), ("in_stock", "*")},
        False,
    ),
    (
        "Doxy-PEP request form (Jotform-like CSV): STI history, pharmacy NCPDP",
        {
            "Submission Date": "Oct 30, 2024",
            "Full Name": "Kevin Tran",
            "Date of Birth": "05-12-1990",
            "Mobile Number": "(206) 555-0184",
            "Have you had a bacterial STI in the past 12 months?": "Yes - syphilis in March",
            "What are you requesting?": "Doxy-PEP (doxycycline 200 mg within 72 hours of sex)",
            "Preferred Pharmacy NCPDP": "4832176",
            "Submission ID": "5991238847120034562",
        },
        {
            ("Full Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Mobile Number", "PHONE"),
            ("Have you had a bacterial STI in the past 12 months?", "HEALTH"),
            ("What are you requesting?", "HEALTH"),
        },
        {("Preferred Pharmacy NCPDP", "*"), ("Submission ID", "*"), ("Submission Date", "*")},
        True,
    ),
    (
        "PEP urgent request (form webhook JSON): exposure date and contact email",
        {
            "form_id": "pep_request_v2",
            "submission_id": "sub_01HBX7Q2M4",
            "submitted_at": "2024-11-03T06:48:12Z",
            "answers": {
                "request": "HIV PEP (post-exposure prophylaxis)",
                "exposure_date": "11/02/2024",
                "hours_since_exposure": "30",
                "first_name": "Andre",
                "contact_email": "andre.w.hill@proton.me",
                "zip": "98122",
            },
        },
        {
            ("answers.request", "HEALTH"),
            ("answers.exposure_date", "DATE"),
            ("answers.first_name", "NAME"),
            ("answers.contact_email", "EMAIL"),
            ("answers.zip", "ZIP_CODE"),
        },
        {
            ("form_id", "*"),
            ("submission_id", "*"),
            ("submitted_at", "*"),
            ("answers.hours_since_exposure", "*"),
        },
        True,
    ),
    (
        "Ryan White eligibility export (CSV): client, diagnosis date, viral load",
        {
            "Client ID": "RW-004417",
            "Client Name": "Jamal Whitaker",
            "DOB": "1979-11-04",
            "County": "Cook",
            "Program": "Ryan White HIV/AIDS Program Part A",
            "FPL %": "212",
            "HIV Diagnosis Date": "2016-06-14",
            "Viral Load (copies/mL)": "<20",
            "Medicaid ID": "IL847120395",
            "Recert Due": "2025-03-31",
        },
        {
            ("Client ID", "OTHER_ID|MRN"),
            ("Client Name", "NAME"),
            ("DOB", "DATE"),
            ("Program", "HEALTH"),
            ("HIV Diagnosis Date", "DATE"),
            ("Medicaid ID", "HEALTH_PLAN_ID"),
        },
        {("FPL %", "*")},
        True,
    ),
    (
        "Ryan White programme summary (clean): clients served by county",
        {
            "Reporting Period": "2024 Q3",
            "County": "Cook",
            "Part": "Part A",
            "Clients Served": "4812",
            "Virally Suppressed %": "88.4",
            "New Enrollments": "311",
        },
        set(),
        {
            ("Reporting Period", "*"),
            ("Part", "*"),
            ("Clients Served", "*"),
            ("Virally Suppressed %", "*"),
        },
        False,
    ),
    (
        "Outreach SMS (Twilio log): a PrEP refill visit reminder from a short code",
        {
            "sid": "SM9d8c7b6a5f4e3d2c1b0a9f8e7d6c5b4a",
            "from": "73224",
            "to": "+17735550188",
            "body": (
                "Northside Clinic: your PrEP refill visit is Tue 11/12 at 3:30pm. "
                "Reply C to confirm, R to reschedule."
            ),
            "date_sent": "2024-11-08T15:00:00Z",
            "status": "delivered",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "DATE")},
        {("from", "*"), ("sid", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "Campaign report (clean): UTM values of an awareness campaign, no person",
        {
            "Campaign": "prep-awareness-fall24",
            "utm_source": "dating_app",
            "utm_medium": "display",
            "utm_campaign": "prep-awareness",
            "Impressions": "482210",
            "Clicks": "3120",
            "Spend": "5120.44",
            "Day": "2024-10-14",
        },
        set(),
        {
            ("Impressions", "*"),
            ("Clicks", "*"),
            ("Spend", "*"),
            ("Day", "*"),
            ("utm_campaign", "ONLINE_ID|OTHER_ID"),
        },
        False,
    ),
    (
        "PrEP lab order (Quest-like JSON): tests list, patient, the lab's CLIA",
        {
            "order_id": "QO-20241104-7781",
            "patient": {"id": "mistr-p-448201", "name": "Samuel Otieno", "dob": "1986-07-09"},
            "order_date": "2024-11-04",
            "tests": [
                "HIV-1/2 Antigen/Antibody, Fourth Generation",
                "Creatinine with eGFR",
                "RPR (Diagnosis) with Reflex to Titer",
            ],
            "lab_clia": "05D0642827",
            "psc_code": "PSC-3318",
        },
        {
            ("patient.id", "OTHER_ID|MRN"),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("order_date", "DATE"),
            ("tests[0]", "HEALTH"),
            ("tests[2]", "HEALTH"),
        },
        {("order_id", "*"), ("lab_clia", "*"), ("psc_code", "*")},
        True,
    ),
    (
        "PrEP insurance check (navigator CSV): member id, drug, group number",
        {
            "Member Name": "Carlos Ibarra",
            "Member ID": "W284019573",
            "Group #": "0081234-01",
            "Payer": "Aetna",
            "Drug": "Descovy 200/25 mg",
            "PA Required": "No",
            "Copay": "$0.00",
            "Checked On": "2024-10-18",
        },
        {
            ("Member Name", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Drug", "MEDICATION|HEALTH"),
        },
        {("Group #", "*"), ("Payer", "*"), ("Copay", "*"), ("PA Required", "*")},
        True,
    ),
    (
        "Telehealth chat message (Mistr-like): a patient names himself and his PrEP",
        {
            "conversation_id": "conv_3b91e7",
            "author_role": "patient",
            "text": (
                "Hi, I'm Jordan. I've been on Truvada for a year and my last HIV test was "
                "negative. Can I switch to Descovy?"
            ),
            "created_at": "2024-10-25T22:17:40Z",
        },
        {("text", "HEALTH"), ("text", "NAME")},
        {("conversation_id", "*"), ("created_at", "*")},
        True,
    ),
    (
        "FHIR Observation: a syphilis titer for a patient reference",
        {
            "resourceType": "Observation",
            "id": "obs-551902",
            "status": "final",
            "code": {"text": "RPR Titer"},
            "subject": {"reference": "Patient/88213"},
            "effectiveDateTime": "2024-10-28T09:14:00Z",
            "valueString": "1:16 Reactive",
        },
        {
            ("subject.reference", "OTHER_ID|MRN"),
            ("code.text", "HEALTH"),
            ("effectiveDateTime", "DATE"),
        },
        {("id", "*"), ("status", "*")},
        True,
    ),
    (
        "HPV result (portal export CSV): MRN, test and result date",
        {
            "MRN": "00482217",
            "Patient": "Nguyen, Linh",
            "Test": "HPV High Risk with 16/18 Genotyping",
            "Result": "Positive - other high-risk types",
            "Result Date": "10/29/2024",
            "Ordering Dept": "Womens Health",
        },
        {
            ("MRN", "MRN"),
            ("Patient", "NAME"),
            ("Test", "HEALTH"),
            ("Result Date", "DATE"),
        },
        set(),
        True,
    ),
    (
        "STI kit results by panel (flat CSV): a column per infection",
        {
            "Order ID": "100482",
            "Customer Email": "d.fitzgerald88@gmail.com",
            "Kit Barcode": "LGC-7731-0045",
            "Chlamydia": "Negative",
            "Gonorrhea": "Negative",
            "Syphilis": "Negative",
            "HIV": "Negative",
            "Trichomoniasis": "Positive",
            "Resulted At": "2024-10-11 08:42:10",
        },
        {
            ("Customer Email", "EMAIL"),
            ("Kit Barcode", "OTHER_ID|MRN"),
            ("Trichomoniasis", "HEALTH"),
            ("HIV", "HEALTH"),
        },
        {("Order ID", "*"), ("Resulted At", "*")},
        True,
    ),
    (
        "Dating-app profile export without health answers: identified, not PHI",
        {
            "user_id": "usr_0c4d88e1f2",
            "email": "rileyb.2000@icloud.com",
            "birthdate": "2000-04-21",
            "city": "Austin",
            "looking_for": "Long-term partner",
            "pronouns": "they/them",
            "last_active": "2024-11-02T03:15:09Z",
        },
        {("email", "EMAIL"), ("birthdate", "DATE")},
        {("looking_for", "*"), ("pronouns", "*"), ("last_active", "*")},
        False,
    ),
    (
        "Pharmacy network list (clean): NCPDP ids, a pharmacy's address and phone",
        {
            "ncpdp_id": "1487321",
            "pharmacy_name": "Walgreens #04412",
            "pharmacy_address": "3201 N Broadway",
            "pharmacy_city": "Chicago",
            "pharmacy_phone": "(773) 555-0191",
            "prep_in_stock": "Y",
        },
        set(),
        {
            ("ncpdp_id", "*"),
            ("pharmacy_address", "LOCATION"),
            ("pharmacy_city", "LOCATION"),
            ("pharmacy_phone", "PHONE"),
        },
        False,
    ),
    (
        "ESP email event (SendGrid-like): a PrEP refill reminder opened",
        {
            "email": "t.okonjo@gmail.com",
            "event": "open",
            "category": ["prep_refill_reminder"],
            "sg_message_id": "x7Jd9kQ2R8uYt3LpZ0aB.filterdrecv-6f4b-1-671A2B3C-4.0",
            "timestamp": 1730400123,
        },
        {("email", "EMAIL"), ("category[0]", "HEALTH")},
        {("sg_message_id", "*"), ("timestamp", "*")},
        True,
    ),
    (
        "Salesforce Contact (doxy-PEP follow-up): description with history and Rx",
        {
            "attributes": {"type": "Contact"},
            "FirstName": "Ethan",
            "LastName": "Brooks-Halvorsen",
            "MobilePhone": "(415) 555-0167",
            "Description": (
                "Requesting doxy-PEP after 2 syphilis dx in 2023. Rx doxycycline 100mg x2 "
                "sent to preferred pharmacy."
            ),
            "LeadSource": "Website",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("MobilePhone", "PHONE"),
            ("Description", "HEALTH"),
        },
        {("LeadSource", "*")},
        True,
    ),
    (
        "Q Care-like visit webhook: diagnosis codes, prescriptions, patient",
        {
            "visit": {
                "id": "v_92c1d0",
                "type": "STI Treatment",
                "diagnosis_codes": ["A56.09", "A54.00"],
                "prescriptions": [
                    {"drug": "doxycycline hyclate 100 mg", "sig": "1 tab PO BID x 7 days"},
                    {"drug": "ceftriaxone 500 mg IM", "sig": "once"},
                ],
                "completed_at": "2024-10-19T16:40:22Z",
            },
            "patient": {"id": "pt_58812", "first_name": "Miguel", "state": "TX"},
        },
        {
            ("visit.type", "HEALTH"),
            ("visit.diagnosis_codes[0]", "HEALTH"),
            ("visit.prescriptions[0].drug", "MEDICATION|HEALTH"),
            ("patient.id", "OTHER_ID|MRN|ONLINE_ID"),
            ("patient.first_name", "NAME"),
        },
        {("patient.state", "*"), ("visit.id", "*")},
        True,
    ),
    (
        "Partner notification by email: an anonymous notice to a partner's address",
        {
            "notice_type": "email",
            "recipient_email": "sam.r.lindqvist@gmail.com",
            "infection": "Syphilis",
            "from_display": "A friend",
            "message": (
                "Someone you had sex with recently tested positive for syphilis. Please get "
                "tested; treatment is simple and effective."
            ),
            "notice_ref": "PN-90D4E11",
        },
        {("recipient_email", "EMAIL"), ("infection", "HEALTH"), ("message", "HEALTH")},
        {("from_display", "*"), ("notice_ref", "*")},
        True,
    ),
    (
        "Acuity-like booking webhook: walk-in HIV/STI testing, intake answers",
        {
            "id": 1184203377,
            "firstName": "Dominique",
            "lastName": "Fairbanks",
            "phone": "5045550129",
            "email": "dfairbanks@gmail.com",
            "datetime": "2024-11-07T10:15:00-0600",
            "type": "Free HIV/STI Testing (walk-in window)",
            "calendar": "Mid-City Clinic",
            "forms": [
                {
                    "name": "Intake",
                    "values": [
                        {"name": "Any symptoms?", "value": "Sore on genitals for a week"},
                    ],
                }
            ],
        },
        {
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("datetime", "DATE"),
            ("type", "HEALTH"),
        },
        {("id", "*"), ("calendar", "*")},
        True,
    ),
    (
        "Contraception telehealth intake: current method, blood pressure, LMP",
        {
            "patient_id": "nx_p_771204",
            "first_name": "Brianna",
            "last_name": "Castillo",
            "date_of_birth": "1999-09-13",
            "current_method": "Depo-Provera shot",
            "requested_method": "combination birth control pill",
            "blood_pressure": "118/76",
            "smoker": "No",
            "last_menstrual_period": "2024-10-20",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("date_of_birth", "DATE"),
            ("current_method", "HEALTH"),
            ("requested_method", "HEALTH"),
            ("last_menstrual_period", "DATE"),
        },
        {("smoker", "*")},
        True,
    ),
    (
        "Kit lot QC release (clean): lot, assay, the lab's CLIA, expiry",
        {
            "lot_number": "24-1187-A",
            "kit_sku": "STI-CTNG-URINE",
            "assay": "Aptima Combo 2 CT/NG",
            "lab_clia": "05D2034567",
            "qc_date": "2024-09-16",
            "expiry": "2025-09-30",
            "qc_result": "PASS",
        },
        set(),
        {
            ("lot_number", "*"),
            ("kit_sku", "*"),
            ("lab_clia", "*"),
            ("qc_date", "*"),
            ("expiry", "*"),
        },
        False,
    ),
    (
        "Clinic scheduling report (clean): visits kept and missed by clinic and date",
        {
            "Clinic ID": "CLN-0042",
            "Date": "2024-10-14",
            "Visit Type": "PrEP follow-up",
            "Booked": "38",
            "Kept": "31",
            "No Show": "7",
        },
        set(),
        {("Clinic ID", "*"), ("Date", "*"), ("Booked", "*"), ("Kept", "*")},
        False,
    ),
    (
        "HIV self-test mail programme order: name, address, tests requested",
        {
            "order_ref": "TMH-2024-0918835",
            "name": "Curtis Langford",
            "address_line_1": "77 Peachtree Pl NE",
            "city": "Atlanta",
            "zip": "30309",
            "email": "curtis.langford@gmail.com",
            "tests_requested": "2 x OraQuick In-Home HIV Test",
            "first_time_testing": "Yes",
            "order_date": "2024-10-27",
        },
        {
            ("name", "NAME"),
            ("address_line_1", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("email", "EMAIL"),
            ("tests_requested", "HEALTH"),
        },
        {("order_ref", "*")},
        True,
    ),
    (
        "Inbound SMS reply to the clinic: a patient asks about partner treatment",
        {
            "sid": "SMe4d3c2b1a0f9e8d7c6b5a4f3e2d1c0b9",
            "from": "+12145550171",
            "to": "+12145550100",
            "body": "I tested positive for chlamydia last week, do my partners need treatment too?",
            "date_created": "2024-10-23T19:32:05Z",
            "direction": "inbound",
        },
        {("from", "PHONE"), ("body", "HEALTH")},
        {("sid", "*"), ("date_created", "*"), ("direction", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_SKU_WHY = (
    "a SKU naming a condition or a test is health context (tests/test_health_commerce.py: "
    "product names, SKUs and handles naming a drug, a condition or a lab test are read, as "
    "the project reads health words in machine fields); it is never an identifier, and a "
    "row with no person in it is still no PHI"
)
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "At-home STI kit activation (Klaviyo-like event): barcode, panel, email": (
        set(),
        set(),
        {("attributes.properties.kit_sku", "*")},
        _SKU_WHY,
    ),
    "Kit inventory (clean): barcodes of kits not yet activated, lot, expiry": (
        set(),
        set(),
        {("SKU", "*")},
        _SKU_WHY,
    ),
    "Ryan White eligibility export (CSV): client, diagnosis date, viral load": (
        {("Client ID", "OTHER_ID|MRN|ONLINE_ID")},
        {("Client ID", "OTHER_ID|MRN")},
        set(),
        "the project reads every ``client_id`` as an analytics client id (ONLINE_ID, an "
        "identifier all the same), as tests/test_transport_and_social_care.py decided for a "
        "social-care client's number",
    ),
    "Kit lot QC release (clean): lot, assay, the lab's CLIA, expiry": (
        set(),
        set(),
        {("kit_sku", "*")},
        _SKU_WHY,
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "STI kit results by panel (JSON list): analyte and result per infection": (
        {("collected_at", "DATE")},
        "a bare ``collected_at`` is a payment's or a debt's collection stamp as often "
        "(detectors/field_names.py reads only ``specimen``/``sample collected``); the row "
        "is PHI by its patient reference and analytes",
    ),
    "Clinic scheduling report (clean): visits kept and missed by clinic and date": (
        {("Date", "DATE")},
        "bare date columns are read alone (tests/test_bi_reports.py and the README); a "
        "count of ``Booked``, ``Kept`` and ``No Show`` is no aggregate-only measure (a "
        "person's appointment row has a ``No Show`` flag too), so nothing marks the row "
        "as a report",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_sexual_health_prep_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on sexual-health exports fails here. Before the work, blind: SHAPES 6 misses / 10 false
#: / 10 wrong of 31, HELD_OUT 4 / 0 / 4 of 10.
FLOORS = ShapeTotals(expected=135, misses=1, false=1, wrong=2)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
