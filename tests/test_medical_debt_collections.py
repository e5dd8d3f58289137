"""Medical debt, patient financing and collections exports.

A blind probe, written by hand before reading the detectors: what a hospital's patient
financial services, its early-out and bad-debt agencies, patient-financing lenders and the
credit bureaus export about medical debt. Early-out and bad-debt placement files (CSV rows
and vendor JSON: client code, batch, guarantor, patient, account, admit and service dates,
facility, balances, sometimes the diagnosis and charge lines), collection-system work
queues and debtor objects (phones with consent flags, addresses, accounts), collectors'
call notes, CareCredit-like financing applications and card transactions, charity-care /
financial-assistance applications and determination logs (household size, income, FPL
percentage, the estimate's CPT and diagnosis), e-OSCAR ACDV-like credit-bureau disputes
and Metro 2-like tradelines, OCR'd dispute letters and emailed replies, skip-tracing and
phone-scrub returns, deceased and bankruptcy scrubs, text-to-pay SMS logs, Regulation F
validation-notice logs and letter-vendor mail files, IVR payments, remittance files,
insurance discovery, hardship cases, settlement offers, and the clean rows around them:
agency client masters, letter template catalogs, dunning-cycle configuration, recovery and
liquidation reports, CPT totals of placed accounts, collector productivity reports and a
financial-assistance policy summary.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A guarantor's identifiers are reported, and they make the account PHI when the account
  names a service** (a CPT, a diagnosis, a charge line's description, the department of
  service, a procedure financed), as tests/test_claims_revenue_cycle.py decided: the
  guarantor is the patient or a relative or household member, and Safe Harbor removes
  their identifiers too. An executor of a decedent's estate is such a person as well.
- **A balance, a fee, a settlement percentage, a credit limit, an income, a household size
  and an FPL percentage are no findings**: money and means say nothing about care and
  identify nobody. A collections row with a person and a balance but no service is
  identified, not PHI.
- **The creditor is the organisation's, and its name is no health context**, even when it
  names a kind of care ("Oakridge Behavioral Health", "ClearView LASIK Center"), as the
  claims probe decided for "Riverside Oncology Associates": a facility with a balance is
  not health. Nor are the words "medical debt" or a Metro 2 creditor classification
  ("02", Medical/Health Care), nor Medicaid as a discovered payer.
- **A skip-trace return's addresses and phones are the debtor's LOCATION, ZIP_CODE and
  PHONE**, the input ones and the new ones alike: an address a vendor found is still where
  that person lives. A skip-trace source code, hit flag, score, phone type, carrier,
  reassigned, litigator and DNC flags are no findings. A date of death from a deceased
  scrub is a DATE (a decedent's dates are protected, as the hospice probe decided).
- **Ids**: a patient or hospital account, a guarantor account, a client account at the
  agency, the agency's debtor id and a credit bureau's consumer account number are the
  person's (``ACCOUNT_NUMBER|OTHER_ID``); a visit (encounter) number is the patient's record
  id; an MRN is MRN; a member id found by insurance discovery is HEALTH_PLAN_ID; a
  financing card's number is ``CREDIT_CARD|ACCOUNT_NUMBER``; an SSN, a bare 9-digit SSN in
  an ``ssn`` field and a last four under a field named for them are SSN. The agency's
  client code, placement batch and remittance batch ids, letter template ids, dunning
  cycle numbers, queue names, status and result codes, collector ids, merchant and
  location ids, a card payment's auth code, a payment confirmation number, a check or ACH
  trace, a Twilio message or service sid, a bankruptcy court's case number (a court case
  number is no one's, as the legal-intake probe decided) and a probate case number are
  not: forbidden. An application id, a notice id, an ACDV control number and a financial-
  assistance application id name one person's paper and are left unstated.
- **Dates**: a birth date, a service, admission and discharge date, a charge line's date,
  a date of death and a visit date in a text are the person's (DATE). The agency's and the
  lender's clocks are not: a placement date, a return date, a scrub date, a next-action
  date, a validation period's end, a letter's mail date, a report's period or week, a
  policy's effective date, a message's send stamp and an event timestamp are forbidden. A
  last payment date, an itemization date, a date of first delinquency, an application
  date, a coverage start and end, an offer's expiry, a bankruptcy filing date and a call's
  start are left unstated (the project leaves a paid date and a call's start unstated).
- **The collector is the workforce**: a collector id, an agent's username, a counsellor
  and a collector's name on a productivity report are not the patient's (no NAME), as the
  project decided for CRM owners and call-centre dashboards.
- **Text**: a call note, a dispute letter, an email and an SMS are free text; a name, a
  phone, an address and an account number in them are the person's, a service, a
  condition or a treatment said in them is HEALTH ("son's ER visit after he broke his
  wrist", "ambulance transport", "started dialysis", "asthma attack"). A biller's
  toll-free line in an SMS is the biller's; an account's last four digits name no account.
- **Reports and configuration are clean**: recovery rates, placement counts, liquidation
  percentages, contingency fees, a CPT's total balance in collections (its description is
  a health word, found, but the row names nobody), a financial-assistance policy's
  excluded services (health words of no person) and an agency client's remit address and
  phone (the hospital's).

After reading the detectors no blind expectation was changed; two must-nots were stricter
than decisions the project had made (a due date beside a person, a toll-free line in a
text without the organisation's name) and are narrowed on top (:data:`_DECIDED`). What the
work built: ``debtor`` as a person word (a bare ``Debtor`` column, ``debtor_name``,
``debtorId``, ``debtor.ssn``), ``nm`` as ``name`` after a person word (``DEBTOR_NM``) and a
name's part after one (``debtor_last``, ``guarantor_first``), an estate's executor
(``estate_executor``), a collection file's workflow dates as the agency's (a placement, a
recall, a return, a next action and a Regulation F validation period's end, in a chunk
with a collection word and a balance: ``chunk_profiles._collection_clocks``, which also
reads the claims probe's ``Placement Date`` right), a list scrub's date as the vendor's
(``scrub``), a ``merchant``'s name as an organisation's (no health from "ClearView
LASIK Center"), ``Ctr`` and ``Cntr`` as a centre's last word (the consumer's city no longer
echoes into "ST LUKES BOISE MED CTR"), the ``remit`` address as the payee's, dispute,
collection and financial-assistance mailboxes as roles, and three vocabulary terms
(``emergency room visit``, ``ambulance transport``, ``ambulance ride``). Eight records are
left open (:data:`LEFT_ALONE`): a bad-debt placement's short ``clientId``, a bare
``received_date``, a template's and a policy's
``effective`` dates (the template's closed in the nineteenth round: see :data:`FLOORS`),
a financial-assistance policy's ``policy_id`` read as a plan id, a
call note's "ER visit" (tried as a term and taken back: the sample data's gold leaves it
unlabelled), a bare ``accounts`` list, a skip trace's ``Input Name`` and a client master's
contact phone and ``active_since``.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 8 / 14 / 16
of 128 pairs; after the work, as written 0 / 7 / 6, with the decisions 0 / 5 / 4 (all in
LEFT_ALONE). HELD_OUT (10 records), blind before any work 7 / 6 / 8 of 44; scored once
after the work on SHAPES: 5 / 5 / 6; after three fixes that generalise (a name's part
after a person word, the payee's ``remit`` address, a Regulation F validation period as the
agency's clock): 4 / 2 / 4 (all in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Early-out placement file (CSV): guarantor, patient, admit date, facility, no service",
        {
            "Client Code": "SAMC-EO",
            "Batch ID": "EO20241004-02",
            "Patient Acct #": "V00041827733",
            "Guarantor Name": "HOLLOWAY, DENISE M",
            "Guar Address 1": "4418 Brookfield Ln",
            "Guar City": "Lexington",
            "Guar State": "KY",
            "Guar Zip": "40515",
            "Guar Phone": "(859) 555-0137",
            "Patient Name": "HOLLOWAY, TREVOR J",
            "Patient DOB": "08/22/2009",
            "Admit Date": "09/02/2024",
            "Facility": "St. Anne Medical Center",
            "Fin Class": "SELF PAY",
            "Pt Balance": "1,482.35",
            "Days Since Disch": "31",
        },
        {
            ("Patient Acct #", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Guarantor Name", "NAME"),
            ("Guar Address 1", "LOCATION"),
            ("Guar City", "LOCATION"),
            ("Guar Zip", "ZIP_CODE"),
            ("Guar Phone", "PHONE"),
            ("Patient Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Admit Date", "DATE"),
        },
        {
            ("Client Code", "*"),
            ("Batch ID", "*"),
            ("Facility", "*"),
            ("Fin Class", "*"),
            ("Pt Balance", "*"),
            ("Days Since Disch", "*"),
            ("Guar State", "*"),
        },
        False,
    ),
    (
        "Bad-debt placement (vendor JSON): guarantor, admission, diagnosis and charge lines",
        {
            "placement": {
                "batchId": "BD-2024-10-118",
                "clientId": "RVH01",
                "placedOn": "2024-10-07",
            },
            "account": {
                "accountNumber": "HAR-7730019542",
                "facility": "Riverview Hospital",
                "admitDate": "2024-05-14",
                "dischargeDate": "2024-05-16",
                "totalCharges": 18422.50,
                "balanceDue": 3120.00,
            },
            "guarantor": {
                "firstName": "Marcus",
                "lastName": "Pelletier",
                "ssn": "431-72-5580",
                "dob": "1979-11-03",
                "address": {
                    "line1": "72 Quarry Rd",
                    "city": "Barre",
                    "state": "VT",
                    "postalCode": "05641",
                },
                "phone": "802-555-0168",
            },
            "patient": {"relationship": "SELF"},
            "diagnoses": [{"code": "K35.80", "description": "Unspecified acute appendicitis"}],
            "charges": [
                {
                    "revCode": "0360",
                    "cpt": "44970",
                    "description": "Laparoscopic appendectomy",
                    "amount": 12450.00,
                }
            ],
        },
        {
            ("account.accountNumber", "ACCOUNT_NUMBER|OTHER_ID"),
            ("account.admitDate", "DATE"),
            ("account.dischargeDate", "DATE"),
            ("guarantor.firstName", "NAME"),
            ("guarantor.lastName", "NAME"),
            ("guarantor.ssn", "SSN"),
            ("guarantor.dob", "DATE"),
            ("guarantor.address.line1", "LOCATION"),
            ("guarantor.address.city", "LOCATION"),
            ("guarantor.address.postalCode", "ZIP_CODE"),
            ("guarantor.phone", "PHONE"),
            ("diagnoses[0].code", "HEALTH"),
            ("diagnoses[0].description", "HEALTH"),
            ("charges[0].cpt", "HEALTH"),
            ("charges[0].description", "HEALTH"),
        },
        {
            ("placement.batchId", "*"),
            ("placement.clientId", "*"),
            ("placement.placedOn", "*"),
            ("account.facility", "*"),
            ("account.totalCharges", "*"),
            ("account.balanceDue", "*"),
            ("charges[0].amount", "*"),
            ("guarantor.address.state", "*"),
            ("patient.relationship", "*"),
        },
        True,
    ),
    (
        "Collection work queue (CSV): debtor, phones, queue, collector, dunning cycle",
        {
            "Acct": "A1192834",
            "Client Acct": "88120456",
            "Debtor": "Lamont Fairchild",
            "Home Ph": "(901) 555-0172",
            "Cell Ph": "901-555-0119",
            "Queue": "MED-EO-30",
            "Collector": "C114",
            "Dunning Cycle": "3",
            "Status": "PTP",
            "Cur Bal": "642.18",
            "Last Pmt Dt": "09/15/2024",
            "Next Action": "2024-10-10",
        },
        {
            ("Acct", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Client Acct", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Debtor", "NAME"),
            ("Home Ph", "PHONE"),
            ("Cell Ph", "PHONE"),
        },
        {
            ("Queue", "*"),
            ("Collector", "*"),
            ("Dunning Cycle", "*"),
            ("Status", "*"),
            ("Cur Bal", "*"),
            ("Next Action", "*"),
        },
        False,
    ),
    (
        "Collector's call note: right-party contact, DOB verified, the son's broken wrist",
        {
            "acct_id": "A1192834",
            "note_ts": "2024-10-03 14:22:51",
            "collector_id": "C114",
            "result_code": "RPC",
            "note": (
                "RPC w/ guarantor Sandra Whitlock, verified DOB 04/12/1975 + last 4. Says bill "
                "is for son's ER visit after he broke his wrist, BCBS should have paid. Gave "
                "PTP $50 on 10/18. Sent itemization request to client."
            ),
        },
        {
            ("acct_id", "ACCOUNT_NUMBER|OTHER_ID"),
            ("note", "NAME"),
            ("note", "DATE"),
            ("note", "HEALTH"),
        },
        {("note_ts", "*"), ("collector_id", "*"), ("result_code", "*")},
        True,
    ),
    (
        "Collector's call note without health: a voicemail left, a Reg F attempt count",
        {
            "AccountNumber": "70044128",
            "ActivityDate": "2024-10-02T10:05:00Z",
            "AgentId": "jmorales",
            "ActionCode": "LM",
            "Notes": (
                "Called 615-555-0190, LM on VM for Ms. Reyna Castillo to return call re: "
                "balance. No third-party disclosure. Dialer attempt 2 of 7 this week (Reg F)."
            ),
        },
        {
            ("AccountNumber", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Notes", "PHONE"),
            ("Notes", "NAME"),
        },
        {("ActivityDate", "*"), ("AgentId", "*"), ("ActionCode", "*"), ("Notes", "HEALTH")},
        False,
    ),
    (
        "Patient-financing application (CareCredit-like JSON): applicant, income, implants",
        {
            "applicationId": "APP-5529018",
            "merchantId": "MID-00418823",
            "providerName": "Lakeshore Dental Group",
            "applicant": {
                "firstName": "Priya",
                "lastName": "Raman",
                "ssn": "601-38-2294",
                "dateOfBirth": "1988-02-17",
                "email": "priya.raman88@gmail.com",
                "mobilePhone": "4145550183",
                "address": {
                    "street": "2630 N Oakland Ave Apt 4",
                    "city": "Milwaukee",
                    "state": "WI",
                    "zip": "53211",
                },
                "annualIncome": 72000,
                "housingPayment": 1450,
            },
            "treatment": {"type": "Dental implants", "estimatedCost": 4800},
            "decision": {
                "status": "APPROVED",
                "creditLimit": 5000,
                "promo": "24 MONTHS DEFERRED INTEREST",
            },
            "submittedAt": "2024-09-26T18:44:02Z",
        },
        {
            ("applicant.firstName", "NAME"),
            ("applicant.lastName", "NAME"),
            ("applicant.ssn", "SSN"),
            ("applicant.dateOfBirth", "DATE"),
            ("applicant.email", "EMAIL"),
            ("applicant.mobilePhone", "PHONE"),
            ("applicant.address.street", "LOCATION"),
            ("applicant.address.city", "LOCATION"),
            ("applicant.address.zip", "ZIP_CODE"),
            ("treatment.type", "HEALTH"),
        },
        {
            ("merchantId", "*"),
            ("providerName", "*"),
            ("applicant.annualIncome", "*"),
            ("applicant.housingPayment", "*"),
            ("treatment.estimatedCost", "*"),
            ("decision.status", "*"),
            ("decision.creditLimit", "*"),
            ("decision.promo", "*"),
            ("submittedAt", "*"),
        },
        True,
    ),
    (
        "Financing partner's daily decisions (CSV): applicant, last four SSN, declined",
        {
            "App Date": "09/30/2024",
            "App ID": "CFX-20240930-0447",
            "Location ID": "LOC-2291",
            "Applicant Name": "Terrence Boyd",
            "Last 4 SSN": "7712",
            "Phone": "317-555-0154",
            "Decision": "DECLINED",
            "Reason Code": "R03",
            "Requested Amount": "2,500.00",
        },
        {
            ("Applicant Name", "NAME"),
            ("Last 4 SSN", "SSN"),
            ("Phone", "PHONE"),
        },
        {
            ("Location ID", "*"),
            ("Decision", "*"),
            ("Reason Code", "*"),
            ("Requested Amount", "*"),
        },
        False,
    ),
    (
        "Charity-care application (JSON): household, FPL, accounts, the estimate's CPT and dx",
        {
            "fa_application_id": "FA-24-003318",
            "applicant": {
                "name": "Luis Echeverría",
                "dob": "1966-07-30",
                "phone": "(505) 555-0126",
                "address": "1120 Coal Ave SE, Albuquerque, NM 87106",
            },
            "household_size": 3,
            "monthly_income": 2140,
            "fpl_percent": 152,
            "accounts": ["HAR-7730088120", "HAR-7730091407"],
            "estimate": {"cpt": "27447", "description": "Total knee replacement", "dx": "M17.11"},
            "determination": "Pending documents",
        },
        {
            ("applicant.name", "NAME"),
            ("applicant.dob", "DATE"),
            ("applicant.phone", "PHONE"),
            ("applicant.address", "LOCATION"),
            ("accounts[0]", "ACCOUNT_NUMBER|OTHER_ID"),
            ("accounts[1]", "ACCOUNT_NUMBER|OTHER_ID"),
            ("estimate.cpt", "HEALTH"),
            ("estimate.description", "HEALTH"),
            ("estimate.dx", "HEALTH"),
        },
        {
            ("household_size", "*"),
            ("monthly_income", "*"),
            ("fpl_percent", "*"),
            ("determination", "*"),
        },
        True,
    ),
    (
        "Financial-assistance determination log (CSV): MRN, FPL tier, letter, counsellor",
        {
            "MRN": "E1048832",
            "Patient": "Kowalski, Anna",
            "Application Rcvd": "2024-08-19",
            "FPL %": "210",
            "Household Size": "2",
            "Discount Tier": "75% (201-250% FPL)",
            "Approved Through": "2025-02-28",
            "Letter Template": "FAP_APPROVAL_EN_v4",
            "Counselor": "ljames",
        },
        {("MRN", "MRN|OTHER_ID"), ("Patient", "NAME")},
        {
            ("FPL %", "*"),
            ("Household Size", "*"),
            ("Discount Tier", "*"),
            ("Letter Template", "*"),
            ("Counselor", "*"),
        },
        False,
    ),
    (
        "Credit-bureau dispute (ACDV-like JSON): consumer, account, the stress test in the claim",
        {
            "acdvControlNumber": "1184293057",
            "responseDueDate": "2024-10-21",
            "disputeCode1": "103",
            "consumer": {
                "name": {"first": "Gerald", "middle": "A", "last": "Tennyson"},
                "ssn": "527-91-4408",
                "dateOfBirth": "1957-12-05",
                "currentAddress": {
                    "line1": "905 Juniper St",
                    "city": "Boise",
                    "state": "ID",
                    "zip": "83702",
                },
            },
            "account": {
                "accountNumber": "CRC77120054",
                "portfolioType": "O",
                "accountType": "48",
                "originalCreditorName": "St Luke's Boise Medical Ctr",
                "creditorClassification": "02",
            },
            "fcraRelevantInformation": (
                "Consumer states this is a medical bill for his cardiac stress test that "
                "Medicare paid in full; requests deletion."
            ),
        },
        {
            ("consumer.name.first", "NAME"),
            ("consumer.name.last", "NAME"),
            ("consumer.ssn", "SSN"),
            ("consumer.dateOfBirth", "DATE"),
            ("consumer.currentAddress.line1", "LOCATION"),
            ("consumer.currentAddress.city", "LOCATION"),
            ("consumer.currentAddress.zip", "ZIP_CODE"),
            ("account.accountNumber", "ACCOUNT_NUMBER|OTHER_ID"),
            ("fcraRelevantInformation", "HEALTH"),
        },
        {
            ("responseDueDate", "*"),
            ("disputeCode1", "*"),
            ("account.portfolioType", "*"),
            ("account.accountType", "*"),
            ("account.originalCreditorName", "*"),
            ("account.creditorClassification", "*"),
            ("consumer.currentAddress.state", "*"),
        },
        True,
    ),
    (
        "Dispute letter (OCR text): name, street address, account, an ambulance transport",
        {
            "document_id": "DOC-88213-01",
            "received_date": "2024-09-30",
            "channel": "MAIL",
            "ocr_text": (
                "September 24, 2024\nTo: Summit Recovery Associates\nRe: Account # 55102987\n"
                "I am writing to dispute this debt. My name is Angela Moreno and I live at "
                "318 Elm Street, Pueblo, CO 81003. The $1,240 you say I owe is for an "
                "ambulance transport in March that my insurance covered. Please send "
                "verification.\nAngela Moreno"
            ),
        },
        {
            ("ocr_text", "NAME"),
            ("ocr_text", "LOCATION"),
            ("ocr_text", "ACCOUNT_NUMBER|OTHER_ID"),
            ("ocr_text", "HEALTH"),
        },
        {("document_id", "*"), ("received_date", "*"), ("channel", "*")},
        True,
    ),
    (
        "Skip-trace return (CSV): input and new address, new phone, flags and score",
        {
            "Acct No": "A1203377",
            "Input Name": "DWAYNE ROBERTS",
            "Input Address": "PO BOX 118, TUPELO MS 38802",
            "Hit": "Y",
            "New Address": "2247 CLIFF GOOKIN BLVD APT 9",
            "New City": "TUPELO",
            "New State": "MS",
            "New Zip": "38801",
            "New Phone": "6625550139",
            "Phone Type": "WIRELESS",
            "Deceased": "N",
            "Bankruptcy": "N",
            "Source": "SKP-ACC",
            "Score": "87",
        },
        {
            ("Acct No", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Input Name", "NAME"),
            ("Input Address", "LOCATION"),
            ("New Address", "LOCATION"),
            ("New City", "LOCATION"),
            ("New Zip", "ZIP_CODE"),
            ("New Phone", "PHONE"),
        },
        {
            ("Hit", "*"),
            ("Phone Type", "*"),
            ("Deceased", "*"),
            ("Bankruptcy", "*"),
            ("Source", "*"),
            ("Score", "*"),
            ("New State", "*"),
        },
        False,
    ),
    (
        "Deceased scrub and probate referral: date of death, executor, hospice care billed",
        {
            "account_number": "70051192",
            "debtor_name": "Harriet Olmsted",
            "date_of_death": "2024-07-28",
            "death_source": "SSDI",
            "estate_executor": "Paul Olmsted",
            "executor_address": "55 Harbor View Dr, Camden, ME 04843",
            "probate_case_no": "KNOX-PR-2024-0183",
            "service_description": "Inpatient hospice general care, 6 days",
            "balance": "3,905.00",
        },
        {
            ("account_number", "ACCOUNT_NUMBER|OTHER_ID"),
            ("debtor_name", "NAME"),
            ("date_of_death", "DATE"),
            ("estate_executor", "NAME"),
            ("executor_address", "LOCATION"),
            ("service_description", "HEALTH"),
        },
        {("death_source", "*"), ("probate_case_no", "*"), ("balance", "*")},
        True,
    ),
    (
        "Text-to-pay SMS log (Twilio-like): short code, a balance and a pay link, no service",
        {
            "sid": "SM2c9f1e7a4b3d5c6e8f0a1b2c3d4e5f67",
            "to": "+15135550177",
            "from": "72345",
            "body": (
                "Tri-County Health billing: your balance of $245.10 on acct ending 4410 is past "
                "due. Pay securely: https://pay.tchbill.com/p/Xk29fQ7 Reply STOP to opt out."
            ),
            "status": "delivered",
            "date_sent": "Tue, 01 Oct 2024 15:02:11 +0000",
            "messaging_service_sid": "MG7d2b4e6f8a0c1e3d5f7b9a1c3e5d7f90",
        },
        {("to", "PHONE")},
        {
            ("sid", "*"),
            ("from", "*"),
            ("status", "*"),
            ("date_sent", "*"),
            ("messaging_service_sid", "*"),
            ("body", "HEALTH"),
            ("body", "ACCOUNT_NUMBER"),
        },
        False,
    ),
    (
        "Text-to-pay message naming the service: a physical therapy visit, the biller's line",
        {
            "message_id": "msg_01HZX4T9",
            "recipient_phone": "(740) 555-0121",
            "template": "TTP_SERVICE_REMINDER_2",
            "rendered_text": (
                "Hi Carla, you have a balance of $86.40 for your physical therapy visit on 9/12 "
                "at Valley Ortho. Pay here: https://vopay.link/a/7TQm2 or call 800-555-0199."
            ),
            "sent_at": "2024-10-04T13:00:05Z",
            "campaign": "EARLY_OUT_DAY15",
        },
        {
            ("recipient_phone", "PHONE"),
            ("rendered_text", "HEALTH"),
            ("rendered_text", "NAME"),
            ("rendered_text", "DATE"),
        },
        {
            ("template", "*"),
            ("sent_at", "*"),
            ("campaign", "*"),
            ("rendered_text", "PHONE"),
        },
        True,
    ),
    (
        "Regulation F validation notice log: e-delivery, itemization, template, creditor",
        {
            "notice_id": "VN-0004418273",
            "debtor_id": "D-5581207",
            "account_number": "55102987",
            "template_id": "REGF-MVN-MED-02",
            "delivery_method": "EMAIL",
            "email": "amoreno.pueblo@yahoo.com",
            "creditor": "Parkview Medical Center",
            "itemization_date": "2024-03-31",
            "itemization": {
                "amount_due_on_itemization_date": 1240.00,
                "interest": 0,
                "fees": 0,
                "payments": 0,
                "credits": 0,
            },
            "validation_period_end": "2024-10-31",
            "sent_at": "2024-09-26T09:00:00Z",
        },
        {
            ("debtor_id", "OTHER_ID|ACCOUNT_NUMBER"),
            ("account_number", "ACCOUNT_NUMBER|OTHER_ID"),
            ("email", "EMAIL"),
        },
        {
            ("template_id", "*"),
            ("delivery_method", "*"),
            ("creditor", "*"),
            ("itemization.amount_due_on_itemization_date", "*"),
            ("itemization.interest", "*"),
            ("itemization.fees", "*"),
            ("validation_period_end", "*"),
            ("sent_at", "*"),
        },
        False,
    ),
    (
        "Letter vendor mail file (CSV): debtor address, a behavioral-health creditor's name",
        {
            "LTR_CD": "V01M",
            "MAIL_DT": "20241001",
            "DEBTOR_NM": "NGUYEN, THANH V",
            "ADDR1": "1403 S 8TH ST",
            "ADDR2": "",
            "CITY": "SAN JOSE",
            "ST": "CA",
            "ZIP": "95112-2316",
            "CLIENT_NM": "Oakridge Behavioral Health",
            "ACCT_NO": "OBH-0044912",
            "BAL_DUE": "380.00",
        },
        {
            ("DEBTOR_NM", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("ACCT_NO", "ACCOUNT_NUMBER|OTHER_ID"),
        },
        {
            ("LTR_CD", "*"),
            ("MAIL_DT", "*"),
            ("ST", "*"),
            ("CLIENT_NM", "*"),
            ("BAL_DUE", "*"),
        },
        False,
    ),
    (
        "Recovery report by client and placement month (clean): rates, fees, counts",
        {
            "Client Code": "MRMC01",
            "Placement Month": "2024-06",
            "Accounts Placed": "1,204",
            "Dollars Placed": "$1,882,410.22",
            "Collected to Date": "$212,774.05",
            "Recovery Rate": "11.3%",
            "Contingency Fee": "18%",
            "Avg Days to First Pay": "47",
        },
        set(),
        {
            ("Client Code", "*"),
            ("Placement Month", "*"),
            ("Accounts Placed", "*"),
            ("Dollars Placed", "*"),
            ("Collected to Date", "*"),
            ("Recovery Rate", "*"),
            ("Contingency Fee", "*"),
            ("Avg Days to First Pay", "*"),
        },
        False,
    ),
    (
        "CPT totals of placed accounts (health, no patient): an ED level's balance in collections",
        {
            "cpt_code": "99285",
            "cpt_description": "Emergency dept visit high severity",
            "accounts_in_collections": 312,
            "total_balance": 410882.17,
            "avg_balance": 1316.93,
            "report_period": "2024-Q3",
        },
        {("cpt_description", "HEALTH")},
        {
            ("accounts_in_collections", "*"),
            ("total_balance", "*"),
            ("avg_balance", "*"),
            ("report_period", "*"),
        },
        False,
    ),
    (
        "Agency client master (clean): the hospital's remit address and contact line",
        {
            "client_code": "RVH01",
            "client_name": "Riverview Hospital",
            "remit_to": "PO Box 4410, Montpelier, VT 05601",
            "client_contact_phone": "(802) 555-0100",
            "contingency_rate": 0.22,
            "placement_type": "BAD_DEBT",
            "active_since": "2019-03-01",
        },
        set(),
        {
            ("client_code", "*"),
            ("client_name", "*"),
            ("remit_to", "*"),
            ("client_contact_phone", "*"),
            ("contingency_rate", "*"),
            ("placement_type", "*"),
            ("active_since", "*"),
        },
        False,
    ),
    (
        "Letter template catalog (clean): a Spanish Reg F notice for medical debt",
        {
            "template_id": "REGF-MVN-MED-02",
            "template_name": "Reg F Model Validation Notice - Medical Debt",
            "language": "es",
            "version": 7,
            "state_variants": "CA,CO,NY,MA",
            "effective": "2024-01-15",
            "approved_by": "compliance",
        },
        set(),
        {
            ("template_id", "*"),
            ("template_name", "*"),
            ("language", "*"),
            ("version", "*"),
            ("state_variants", "*"),
            ("effective", "*"),
            ("approved_by", "*"),
        },
        False,
    ),
    (
        "Dunning cycle configuration (clean): cycle, days past due, letter, credit reporting",
        {
            "cycle": 4,
            "days_past_due": 90,
            "action": "LETTER_FINAL_NOTICE",
            "letter_template": "FN-MED-90",
            "sms": True,
            "credit_reporting_eligible_after_days": 365,
        },
        set(),
        {
            ("cycle", "*"),
            ("days_past_due", "*"),
            ("action", "*"),
            ("letter_template", "*"),
            ("sms", "*"),
            ("credit_reporting_eligible_after_days", "*"),
        },
        False,
    ),
    (
        "Early-out vendor return file: hospital account returned to bad debt, no person named",
        {
            "HOSP_ACCT": "V00041827733",
            "EO_STATUS": "RTN_BD",
            "RETURN_REASON": "NO PAY 120 DAYS",
            "RETURN_DT": "2024-10-01",
            "LAST_CONTACT_DT": "2024-08-14",
            "TOTAL_PAID": "0.00",
            "RECOMMEND": "PLACE PRIMARY AGENCY",
        },
        {("HOSP_ACCT", "ACCOUNT_NUMBER|OTHER_ID")},
        {
            ("EO_STATUS", "*"),
            ("RETURN_REASON", "*"),
            ("RETURN_DT", "*"),
            ("TOTAL_PAID", "*"),
            ("RECOMMEND", "*"),
        },
        False,
    ),
    (
        "Agency remittance file: a payment posted to a client account, fee and trace",
        {
            "agency_code": "SRA",
            "remit_batch": "RMT-20241004",
            "client_account": "HAR-7730019542",
            "debtor_last": "PELLETIER",
            "payment_date": "2024-10-03",
            "payment_amount": "150.00",
            "payment_type": "ACH",
            "check_or_trace": "091000019284413",
            "agency_fee": "33.00",
            "net_to_client": "117.00",
        },
        {("client_account", "ACCOUNT_NUMBER|OTHER_ID"), ("debtor_last", "NAME")},
        {
            ("agency_code", "*"),
            ("remit_batch", "*"),
            ("payment_amount", "*"),
            ("payment_type", "*"),
            ("check_or_trace", "*"),
            ("agency_fee", "*"),
            ("net_to_client", "*"),
        },
        False,
    ),
    (
        "Collection-system debtor (JSON): names, phones with consent, addresses, accounts",
        {
            "debtorId": "DBT-00918273",
            "names": [{"type": "PRIMARY", "first": "Yvonne", "last": "Castellanos"}],
            "ssn": "618-20-7731",
            "phones": [
                {"number": "2105550148", "type": "CELL", "consent": "Y", "source": "CLIENT"},
                {"number": "2105550193", "type": "HOME", "consent": "N", "source": "SKIP"},
            ],
            "addresses": [
                {
                    "line1": "611 Pleasanton Rd",
                    "city": "San Antonio",
                    "state": "TX",
                    "zip": "78214",
                    "status": "GOOD",
                }
            ],
            "accounts": [
                {
                    "clientAccount": "UHS-40019922",
                    "clientCode": "UHS",
                    "serviceDate": "2024-04-02",
                    "facility": "University Health Downtown",
                    "balance": 575.25,
                }
            ],
        },
        {
            ("debtorId", "OTHER_ID|ACCOUNT_NUMBER"),
            ("names[0].first", "NAME"),
            ("names[0].last", "NAME"),
            ("ssn", "SSN"),
            ("phones[0].number", "PHONE"),
            ("phones[1].number", "PHONE"),
            ("addresses[0].line1", "LOCATION"),
            ("addresses[0].city", "LOCATION"),
            ("addresses[0].zip", "ZIP_CODE"),
            ("accounts[0].clientAccount", "ACCOUNT_NUMBER|OTHER_ID"),
            ("accounts[0].serviceDate", "DATE"),
        },
        {
            ("phones[0].type", "*"),
            ("phones[0].consent", "*"),
            ("phones[1].source", "*"),
            ("addresses[0].status", "*"),
            ("accounts[0].clientCode", "*"),
            ("accounts[0].facility", "*"),
            ("accounts[0].balance", "*"),
        },
        False,
    ),
    (
        "Insurance discovery on a collections account: Medicaid found, member id, no service",
        {
            "acct": "UHS-40019922",
            "pt_first": "Yvonne",
            "pt_last": "Castellanos",
            "pt_dob": "1990-06-14",
            "discovered_payer": "Texas Medicaid",
            "payer_id": "TXMCD",
            "member_id": "512840073",
            "coverage_start": "2024-03-01",
            "coverage_end": "2024-08-31",
            "match_confidence": "HIGH",
            "recall_from_agency": "Y",
        },
        {
            ("acct", "ACCOUNT_NUMBER|OTHER_ID"),
            ("pt_first", "NAME"),
            ("pt_last", "NAME"),
            ("pt_dob", "DATE"),
            ("member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("discovered_payer", "*"),
            ("payer_id", "*"),
            ("match_confidence", "*"),
            ("recall_from_agency", "*"),
        },
        False,
    ),
    (
        "Hardship case (Salesforce Case): the husband's dialysis, a hold on the account",
        {
            "attributes": {"type": "Case"},
            "CaseNumber": "00771204",
            "Subject": "Hardship request - suspend collection activity",
            "Description": (
                "Guarantor called; her husband started dialysis three times a week and she had "
                "to leave her job to drive him. Requesting 90-day hold on acct 44018273 and "
                "charity screening."
            ),
            "SuppliedName": "Monica Feldman",
            "SuppliedPhone": "(608) 555-0162",
            "Reason": "Financial Hardship",
            "CreatedDate": "2024-10-01T16:20:44.000+0000",
            "OwnerId": "005Dn000003KxYzIAK",
        },
        {
            ("Description", "HEALTH"),
            ("Description", "ACCOUNT_NUMBER|OTHER_ID"),
            ("SuppliedName", "NAME"),
            ("SuppliedPhone", "PHONE"),
        },
        {
            ("CaseNumber", "*"),
            ("Subject", "*"),
            ("Reason", "*"),
            ("CreatedDate", "*"),
            ("OwnerId", "*"),
        },
        True,
    ),
    (
        "Settlement offer log: a 60% lump sum, the offer's template, no service",
        {
            "acct_no": "A1192834",
            "debtor_name": "Lamont Fairchild",
            "offer_type": "LUMP_SUM",
            "settlement_pct": 60,
            "offer_amount": 385.31,
            "offer_expires": "2024-10-31",
            "approved_by_client": "Y",
            "letter_template": "SIF-60-MED",
        },
        {("acct_no", "ACCOUNT_NUMBER|OTHER_ID"), ("debtor_name", "NAME")},
        {
            ("offer_type", "*"),
            ("settlement_pct", "*"),
            ("offer_amount", "*"),
            ("approved_by_client", "*"),
            ("letter_template", "*"),
        },
        False,
    ),
    (
        "Itemized statement sent with a validation notice: ED visit and chest X-ray lines",
        {
            "statement": {
                "account": "HAR-7730020117",
                "patient": "Dorothy Quinlan",
                "guarantor": "Dorothy Quinlan",
                "statementDate": "2024-09-20",
            },
            "lines": [
                {
                    "date": "2024-07-09",
                    "revCode": "0450",
                    "cpt": "99284",
                    "description": "EMERGENCY ROOM VISIT LEVEL 4",
                    "charge": 1840.00,
                },
                {
                    "date": "2024-07-09",
                    "revCode": "0324",
                    "cpt": "71046",
                    "description": "CHEST X-RAY 2 VIEWS",
                    "charge": 412.00,
                },
            ],
            "insurancePaid": -1512.40,
            "patientBalance": 739.60,
        },
        {
            ("statement.account", "ACCOUNT_NUMBER|OTHER_ID"),
            ("statement.patient", "NAME"),
            ("statement.guarantor", "NAME"),
            ("lines[0].date", "DATE"),
            ("lines[0].cpt", "HEALTH"),
            ("lines[0].description", "HEALTH"),
            ("lines[1].description", "HEALTH"),
        },
        {
            ("lines[0].charge", "*"),
            ("lines[1].charge", "*"),
            ("insurancePaid", "*"),
            ("patientBalance", "*"),
        },
        True,
    ),
    (
        "Financing card transaction (CSV): cardholder, private-label card number, LASIK",
        {
            "Merchant Name": "ClearView LASIK Center",
            "Merchant #": "5348120094471",
            "Cardholder Name": "Benjamin Ortiz",
            "Account Number": "6019183400127759",
            "Transaction Date": "09/18/2024",
            "Procedure": "LASIK both eyes",
            "Amount": "4,200.00",
            "Promo": "18 MO NO INT IF PD IN FULL",
            "Auth Code": "08812C",
        },
        {
            ("Cardholder Name", "NAME"),
            ("Account Number", "CREDIT_CARD|ACCOUNT_NUMBER"),
            ("Procedure", "HEALTH"),
        },
        {
            ("Merchant Name", "*"),
            ("Merchant #", "*"),
            ("Amount", "*"),
            ("Promo", "*"),
            ("Auth Code", "*"),
        },
        True,
    ),
    (
        "Financial-assistance policy summary (health, no person): excluded services",
        {
            "policy_id": "FAP-2024-01",
            "facility": "Riverview Hospital",
            "eligible_services": (
                "Emergency and medically necessary care, including inpatient and outpatient surgery"
            ),
            "excluded_services": "Cosmetic surgery, bariatric surgery, LASIK",
            "fpl_free_care_max": "200%",
            "fpl_discount_max": "400%",
            "amounts_generally_billed_pct": "34.8%",
            "effective_date": "2024-07-01",
        },
        {("excluded_services", "HEALTH")},
        {
            ("policy_id", "*"),
            ("facility", "*"),
            ("fpl_free_care_max", "*"),
            ("fpl_discount_max", "*"),
            ("amounts_generally_billed_pct", "*"),
            ("effective_date", "*"),
        },
        False,
    ),
    (
        "Metro 2-like tradeline (flat JSON): consumer, SSN, DOB, medical creditor class",
        {
            "consumer_account_number": "CRC77120054",
            "portfolio_type": "O",
            "account_type": "48",
            "date_opened": "20240115",
            "original_creditor_name": "ST LUKES BOISE MED CTR",
            "creditor_classification": "02",
            "current_balance": "000001840",
            "date_first_delinquency": "20231108",
            "surname": "TENNYSON",
            "first_name": "GERALD",
            "ssn": "527914408",
            "date_of_birth": "12051957",
            "address_1": "905 JUNIPER ST",
            "city": "BOISE",
            "state": "ID",
            "postal_code": "83702",
            "account_status": "93",
        },
        {
            ("consumer_account_number", "ACCOUNT_NUMBER|OTHER_ID"),
            ("surname", "NAME"),
            ("first_name", "NAME"),
            ("ssn", "SSN"),
            ("date_of_birth", "DATE"),
            ("address_1", "LOCATION"),
            ("city", "LOCATION"),
            ("postal_code", "ZIP_CODE"),
        },
        {
            ("portfolio_type", "*"),
            ("account_type", "*"),
            ("original_creditor_name", "*"),
            ("creditor_classification", "*"),
            ("current_balance", "*"),
            ("account_status", "*"),
            ("state", "*"),
        },
        False,
    ),
    (
        "Emailed reply to a validation notice: the daughter's asthma attack, the cell number",
        {
            "from": "Keisha Barnes <keisha.barnes@outlook.com>",
            "to": "disputes@summitrecovery.com",
            "subject": "Re: Account 55104433 - validation notice",
            "text": (
                "I got your letter for $312. This is from my daughter's ER visit for an asthma "
                "attack in May and we applied for financial assistance at the hospital. Please "
                "stop calling my cell 719-555-0187 until that is decided.\n\nKeisha Barnes"
            ),
            "received": "2024-10-02T21:14:08Z",
        },
        {
            ("from", "EMAIL"),
            ("from", "NAME"),
            ("subject", "ACCOUNT_NUMBER|OTHER_ID"),
            ("text", "HEALTH"),
            ("text", "PHONE"),
            ("text", "NAME"),
        },
        {("to", "*"), ("received", "*")},
        True,
    ),
    (
        "Collector productivity report (clean): the collector's name, calls, PTPs, liquidation",
        {
            "Collector ID": "C114",
            "Collector Name": "Jasmine Morales",
            "Team": "Medical EO",
            "Calls": "412",
            "RPCs": "58",
            "PTPs": "21",
            "Dollars Collected": "$8,410.22",
            "Liquidation %": "6.1%",
            "Week Ending": "2024-10-04",
        },
        set(),
        {
            ("Collector ID", "*"),
            ("Collector Name", "NAME"),
            ("Team", "*"),
            ("Calls", "*"),
            ("RPCs", "*"),
            ("PTPs", "*"),
            ("Dollars Collected", "*"),
            ("Liquidation %", "*"),
            ("Week Ending", "*"),
        },
        False,
    ),
    (
        "Phone scrub return (TCPA): line type, carrier, reassigned and litigator flags",
        {
            "account": "A1203377",
            "phone": "6625550139",
            "line_type": "WIRELESS",
            "carrier": "Verizon Wireless",
            "reassigned": "N",
            "litigator_flag": "N",
            "dnc": "N",
            "scrub_date": "2024-10-04",
        },
        {("account", "ACCOUNT_NUMBER|OTHER_ID"), ("phone", "PHONE")},
        {
            ("line_type", "*"),
            ("carrier", "*"),
            ("reassigned", "*"),
            ("litigator_flag", "*"),
            ("dnc", "*"),
            ("scrub_date", "*"),
        },
        False,
    ),
    (
        "IVR payment call: caller ANI, account and ZIP keyed in, the agency's toll-free DNIS",
        {
            "CallId": "IVR-20241004-118273",
            "ANI": "4145550183",
            "DNIS": "8885550142",
            "AcctEntered": "70044128",
            "ZipEntered": "53211",
            "PaymentAmount": "75.00",
            "ConfirmationNumber": "PMT8841207",
            "Result": "PAYMENT_TAKEN",
            "CallStart": "2024-10-04T19:02:44Z",
        },
        {
            ("ANI", "PHONE"),
            ("AcctEntered", "ACCOUNT_NUMBER|OTHER_ID"),
            ("ZipEntered", "ZIP_CODE"),
        },
        {
            ("CallId", "*"),
            ("DNIS", "*"),
            ("PaymentAmount", "*"),
            ("ConfirmationNumber", "*"),
            ("Result", "*"),
        },
        False,
    ),
    (
        "Bankruptcy scrub hit: SSN, chapter, court case number, debtor's attorney",
        {
            "acct": "A1211908",
            "debtor_ssn": "447-18-2093",
            "debtor_name": "Carl Whitaker",
            "bk_chapter": "7",
            "bk_case_number": "24-40817-JMM",
            "bk_court": "D. Idaho",
            "filed_date": "2024-08-30",
            "attorney": "Hollis & Crane PLLC",
            "action": "CLOSE_AND_RETURN",
        },
        {
            ("acct", "ACCOUNT_NUMBER|OTHER_ID"),
            ("debtor_ssn", "SSN"),
            ("debtor_name", "NAME"),
        },
        {
            ("bk_chapter", "*"),
            ("bk_case_number", "*"),
            ("bk_court", "*"),
            ("attorney", "*"),
            ("action", "*"),
        },
        False,
    ),
    (
        "GA4 event on an agency's pay site: client id, the account in the confirm URL",
        {
            "event_name": "payment_submitted",
            "user_pseudo_id": "1201844392.1727990012",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://pay.summitrecovery.com/confirm?acct=55104433&amt=312.00"
                        )
                    },
                },
                {"key": "payment_method", "value": {"string_value": "card"}},
            ],
            "event_timestamp": "1727990199123456",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "ACCOUNT_NUMBER|OTHER_ID"),
        },
        {("event_params[1].value.string_value", "*"), ("event_timestamp", "*")},
        False,
    ),
    (
        "Early-out call list (CSV): a newborn's Labor & Delivery account, the mother's cell",
        {
            "Guarantor": "Alicia Romero",
            "Guar Cell": "(505) 555-0190",
            "Patient": "ROMERO, BABY GIRL",
            "Pt DOB": "09/03/2024",
            "Service Dept": "Labor & Delivery",
            "Visit #": "V00051188204",
            "Self Pay Bal": "1,150.00",
            "Call Attempt": "2",
        },
        {
            ("Guarantor", "NAME"),
            ("Guar Cell", "PHONE"),
            ("Patient", "NAME"),
            ("Pt DOB", "DATE"),
            ("Service Dept", "HEALTH"),
            ("Visit #", "OTHER_ID|ACCOUNT_NUMBER"),
        },
        {("Self Pay Bal", "*"), ("Call Attempt", "*")},
        True,
    ),
    (
        "Financing pre-qualification form on a dental site: contact and the treatment wanted",
        {
            "form": "financing_prequal",
            "first_name": "Owen",
            "last_name": "Gallagher",
            "email": "owen.gallagher@protonmail.com",
            "phone": "971-555-0135",
            "zip": "97217",
            "treatment_interest": "Invisalign clear aligners",
            "monthly_budget": "150-200",
            "utm_source": "google",
            "utm_campaign": "dental_financing_fall24",
            "submitted_at": "2024-10-05T02:31:19Z",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("treatment_interest", "HEALTH"),
        },
        {("monthly_budget", "*"), ("utm_source", "*"), ("submitted_at", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Credit-bureau dispute (ACDV-like JSON): consumer, account, the stress test in the claim": (
        set(),
        set(),
        {("responseDueDate", "*")},
        "a due date beside a person is neither expected nor forbidden "
        "(tests/test_claims_revenue_cycle.py: a statement's due date, an appeal deadline); "
        "the blind must-not was stricter than the project",
    ),
    "Text-to-pay message naming the service: a physical therapy visit, the biller's line": (
        set(),
        set(),
        {("rendered_text", "PHONE")},
        "a toll-free line in text is still reported unless the text names it as an "
        'organisation\'s (its name or "our" before it, a TTY note after it): '
        'tests/test_phone.py keeps "Questions? Call 1-800-555-0142 any time."',
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "Bad-debt placement (vendor JSON): guarantor, admission, diagnosis and charge lines": (
        {("placement.clientId", "ONLINE_ID")},
        "a short ``clientId`` was tried as an account's code and taken back: a behavioral-"
        "health, social-care or counselling export's ``Client ID`` is the person's own "
        "(tests/test_transport_and_social_care.py, tests/test_student_and_school_health.py), "
        "and only a ``placement`` parent says this one is the hospital's code at the agency",
    ),
    "Dispute letter (OCR text): name, street address, account, an ambulance transport": (
        {("received_date", "DATE")},
        "a bare received date is a referral's, a specimen's or a fax's receipt as often, and "
        "those are a person's dates (tests/test_claims_revenue_cycle.py left its "
        "``receivedDate`` open for the same reason)",
    ),
    "Financial-assistance policy summary (health, no person): excluded services": (
        {("policy_id", "HEALTH_PLAN_ID"), ("effective_date", "DATE")},
        "an insurance ``policy_id`` is the member's own number on every card and claim, and "
        "nothing but the row's kind says this one is a hospital's financial-assistance "
        "policy; its ``effective_date`` is open as ``effective`` is. With the policy id "
        "read as a plan id the row is PHI by the contract's rule",
    ),
    "Charity-care application (JSON): household, FPL, accounts, the estimate's CPT and dx": (
        {
            ("accounts[0]", "ACCOUNT_NUMBER|OTHER_ID"),
            ("accounts[1]", "ACCOUNT_NUMBER|OTHER_ID"),
        },
        "a bare ``accounts`` list is a CRM's linked account records or a cloud "
        "organisation's account ids as often; ``account``, ``account_numbers`` and "
        "``guarantor_account`` are read (the row is PHI by its name, DOB and estimate)",
    ),
    "Skip-trace return (CSV): input and new address, new phone, flags and score": (
        {("Input Name", "NAME")},
        "``Input Name`` is a form control's name attribute in session-replay and tag "
        "exports (``input[name=email]``); a skip-trace vendor's echo of the name it was sent "
        "cannot be told from it by the key",
    ),
    "Agency client master (clean): the hospital's remit address and contact line": (
        {("active_since", "DATE"), ("client_contact_phone", "PHONE")},
        "a ``client`` is a person in therapy, legal and agency CRMs (``Client Name``), so a "
        "client's contact phone and its ``active_since`` date stay read; the ``remit_to`` "
        "address is the payee's (field_names' MERCHANT_WORDS)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_medical_debt_collections_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on collection and patient-financing exports fails here. Before the work, blind: SHAPES
#: 8 misses / 14 false / 16 wrong of 30, HELD_OUT 7 / 6 / 8 of 10. Nineteenth round: the
#: letter template catalog's ``effective`` date is the catalog's (a template beside its
#: version and no person: detectors/chunk_profiles.py's content library, widened by the
#: consent probe to a privacy office's policies, notices and templates), so that row
#: closed and left LEFT_ALONE: one false finding and one record fewer.
FLOORS = ShapeTotals(expected=172, misses=4, false=6, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
