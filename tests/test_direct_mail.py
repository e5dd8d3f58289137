"""Direct-mail and list-vendor files of healthcare marketing.

A blind probe, written by hand before reading the detectors: the mail files a hospital's
marketing team sends to its print/mail vendor for service-line mailers and Medicare
Advantage AEP campaigns (CSV columns as lettershops want them: ``FIRST``, ``LAST``,
``ADDR1``, ``ADDR2``, ``CITY``, ``ST``, ``ZIP``, ``ZIP4``, ``DPBC``, ``CRRT``, a keycode /
source code and a version or segment such as ``CARDIO_55PLUS_B``; one fixed-width line),
what comes back from CASS/NCOA processing (NCOA move type and effective date ``YYYYMM``,
DPV confirmation ``Y/N/S/D``, DPV footnotes, LACSLink, CASS and NCOA return codes, presort
sequence, Intelligent Mail barcode digits, STID and mailer id, tray and bundle ids), rented
and purchased lists from consumer-data compilers (modelled ``Ailment: Arthritis`` flags, a
``Diabetes Propensity Score``, age in years, estimated income; a nested JSON list API
record), new-mover lists, suppression and do-not-mail lists (plain and hashed), match-back
files that join mailed names to later patient visits (MRN, first visit date, service line,
CPT, diagnosis), PURL and QR response logs (``janedoe.examplehealth.org``, ``/p/JDOE1234``),
business reply cards keyed in by a vendor with hand-written answers, return-mail (nixie)
and ACS files, USPS Informed Visibility scan events, and the clean reports around them (job
tickets, ZIP and SCF count reports, response-by-version reports, list cards).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **A mail version / segment / list name that names a service line is health context**
  (``CARDIO_55PLUS_B``, ``WOMENS_MAMMO_40_A``, a suppression list of current oncology
  patients): the person on the row was selected for, or is, a patient of that service, as
  the project already decides for campaign, list and segment names. An insurance-only
  segment (``MA_AEP_T65``) is not health (tests/test_lead_generation.py: Medicare
  Advantage is a product, not a condition), so an AEP prospect row is identified, not PHI.
- **Modelled health attributes from a compiler are health context of that person**: an
  ``Ailment: Arthritis`` flag set to ``Y`` and a ``<condition> Propensity Score`` at any
  value say something about that named person's health (inferred or not). A flag set to
  ``N`` or left blank says nothing and is no finding.
- **Addresses**: ``ADDR1`` / ``ADDR2`` (``APT 4B``), city and ZIP are LOCATION / ZIP_CODE;
  the ZIP+4 add-on (``ZIP4``) is part of the ZIP: ZIP_CODE. A state alone is never a
  finding (Safe Harbor stops at the state; tests/test_lead_generation.py). The delivery
  point (``DPBC``), carrier route (``CRRT``) and the full 31-digit IMb (which embeds the
  routing ZIP+4+DP) only identify with the rest of the address, which is redacted anyway:
  either reading is fair, so they are neither expected nor forbidden.
- **A year-month of a person's own event is a DATE**: the NCOA move effective date
  (``202403``), a new mover's move date, a birth month (``DOB_YYYYMM``), a date of death
  (``DOD``) and a first-visit month in a match-back; Safe Harbor keeps only the year.
  The mailer's dates are not: mail / drop / in-home dates, key-entry dates, the USPS scan
  time of a nixie or an IV event, a suppression row's added date, a seminar's own date.
- **The mailer's and vendor's codes are never findings**: keycodes / source codes, job and
  PO numbers, permit numbers and indicia, postage classes, tray and bundle ids, presort
  sequence, IMb service type id and mailer id fields, DPV / LACSLink / CASS / NCOA return
  codes, operator ids, batch ids, counts and rates.
- **The hospital's own return address** on a job ticket, and the USPS facility's ZIP on a
  scan event, are not a person's: no LOCATION / ZIP_CODE there.
- **ZIP count reports**: a row of a five-digit ZIP and a count names no person. The ZIP is
  still a ZIP_CODE (Safe Harbor removes every five-digit ZIP; generalising it to ZIP3 is
  harmless) but the row is not PHI. An SCF / ZIP3 report (``441``) is no finding at all.
- **PURLs and personalised QR codes** are a unique code tied to one recipient: the PURL
  host (``janedoe.examplehealth.org``) or path token (``/p/JDOE1234``) is
  ``ONLINE_ID|OTHER_ID|NAME|URL``; a campaign-level QR code (``/qr/FALL24-ORTHO``) is not.
- **Hashes** of a person's email or of a name+address match key on a suppression or
  clean-room match-back file are HASHED_ID.
- A return reason ``DECEASED`` and a ``Medicaid Eligible`` / dual flag are not health.

After reading the detectors no blind expectation was changed. Four records are left open
by decisions made elsewhere (a whole address field is one LOCATION covering its ZIP; an
``Invoice Date`` may be a patient's; a business mailbox is let go only in sender fields; a
bare report date is read alone), four for reasons of their own (a vocabulary term, a
fixed-width line, USPS dates whose words mean a due date or an imaging scan elsewhere, a
seed row): see :data:`LEFT_ALONE`. Held out (10 records, every 4th), blind: 9 misses / 5
false / 8 wrong; after the detector work: 1 / 5 / 4 (all four in LEFT_ALONE).

The twentieth round's biometric-screening probe closed the vendor invoice line: an invoice
that bills a purchase order (``Invoice`` beside ``PO``) is dated by the vendor's billing
run, not a patient (detectors/chunk_profiles.py), so seven records stay open.
"""

from __future__ import annotations

import hashlib

from helpers import ShapeTotals, assert_floors, probe_tests
from helpers import sha256_hex as _sha


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()  # a list vendor's match key


IMB = "0030090123456700041244107123423"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Service-line mail file to the lettershop (CSV): cardiology 55+ version B",
        {
            "FIRST": "JANE",
            "LAST": "DOE",
            "ADDR1": "1423 W ELM ST",
            "ADDR2": "APT 4B",
            "CITY": "LAKEWOOD",
            "ST": "OH",
            "ZIP": "44107",
            "ZIP4": "1234",
            "DPBC": "23",
            "CRRT": "C014",
            "KEYCODE": "DM24CAR01B",
            "VERSION": "CARDIO_55PLUS_B",
            "MAIL_DATE": "20241015",
            "JOB_NO": "J24-08812",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("ADDR2", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("ZIP4", "ZIP_CODE"),
            ("VERSION", "HEALTH"),
        },
        {
            ("ST", "*"),
            ("KEYCODE", "*"),
            ("MAIL_DATE", "*"),
            ("JOB_NO", "*"),
        },
        True,
    ),
    (
        "Medicare Advantage AEP prospect mail file: turning-65 segment, no health",
        {
            "FIRST": "ROBERT",
            "MI": "J",
            "LAST": "KOWALSKI",
            "ADDR1": "88 MAPLE GROVE RD",
            "ADDR2": "",
            "CITY": "PARMA",
            "ST": "OH",
            "ZIP": "44134",
            "ZIP4": "5521",
            "AGE": "64",
            "GENDER": "M",
            "SOURCE_CODE": "MA25AEP-T65-03",
            "SEGMENT": "MA_AEP_T65_NEWTOMED",
            "PANEL": "CTRL",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
        },
        {
            ("ST", "*"),
            ("AGE", "*"),
            ("GENDER", "*"),
            ("SOURCE_CODE", "*"),
            ("SEGMENT", "*"),
            ("PANEL", "*"),
        },
        False,
    ),
    (
        "Orthopedic joint-pain mailer file: a 92-year-old on the list",
        {
            "FIRST": "EVELYN",
            "LAST": "MARCHETTI",
            "ADDR1": "3100 DETROIT AVE",
            "ADDR2": "UNIT 210",
            "CITY": "ROCKY RIVER",
            "ST": "OH",
            "ZIP": "44116",
            "ZIP4": "",
            "AGE": "92",
            "KEYCODE": "DM24ORT02A",
            "VERSION": "ORTHO_JOINT_65PLUS_A",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("ADDR2", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("AGE", "AGE_OVER_89"),
            ("VERSION", "HEALTH"),
        },
        {("ST", "*"), ("KEYCODE", "*")},
        True,
    ),
    (
        "CASS/NCOA processed return (Melissa-like columns): a family move, no segment",
        {
            "First Name": "Marcus",
            "Last Name": "Bellamy",
            "Address Line 1": "512 Clifton Blvd",
            "City": "Lakewood",
            "State": "OH",
            "ZIP Code": "44107",
            "Plus4": "3306",
            "DPV Confirmation": "Y",
            "DPV Footnotes": "AABB",
            "LACSLink Indicator": "",
            "CASS Return Code": "31",
            "Carrier Route": "C007",
            "Delivery Point": "12",
            "NCOA Move Type": "F",
            "NCOA Move Effective Date": "202403",
            "NCOA Return Code": "A",
            "New Address Line 1": "2207 Brainard Rd",
            "New City": "Lyndhurst",
            "New State": "OH",
            "New ZIP Code": "44124",
            "Keycode": "DM24PCP01",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Address Line 1", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP Code", "ZIP_CODE"),
            ("Plus4", "ZIP_CODE"),
            ("NCOA Move Effective Date", "DATE"),
            ("New Address Line 1", "LOCATION"),
            ("New City", "LOCATION"),
            ("New ZIP Code", "ZIP_CODE"),
        },
        {
            ("State", "*"),
            ("DPV Confirmation", "*"),
            ("DPV Footnotes", "*"),
            ("LACSLink Indicator", "*"),
            ("CASS Return Code", "*"),
            ("NCOA Move Type", "*"),
            ("NCOA Return Code", "*"),
            ("New State", "*"),
            ("Keycode", "*"),
        },
        False,
    ),
    (
        "NCOA processed return: oncology survivorship version, an individual move",
        {
            "FIRST": "PRIYA",
            "LAST": "RAMANATHAN",
            "ADDR1": "17 E 6TH ST",
            "CITY": "CLEVELAND HEIGHTS",
            "ST": "OH",
            "ZIP": "44118",
            "ZIP4": "2910",
            "DPV": "Y",
            "LACS": "N",
            "NCOA_MOVETYPE": "I",
            "NCOA_MOVEDATE": "202407",
            "NCOA_RC": "A",
            "NCOA_ADDR1": "40 PUBLIC SQ APT 1207",
            "NCOA_CITY": "CLEVELAND",
            "NCOA_ST": "OH",
            "NCOA_ZIP": "44113",
            "VERSION": "ONCOLOGY_SURVIVOR_A",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("ZIP4", "ZIP_CODE"),
            ("NCOA_MOVEDATE", "DATE"),
            ("NCOA_ADDR1", "LOCATION"),
            ("NCOA_CITY", "LOCATION"),
            ("NCOA_ZIP", "ZIP_CODE"),
            ("VERSION", "HEALTH"),
        },
        {
            ("ST", "*"),
            ("DPV", "*"),
            ("LACS", "*"),
            ("NCOA_MOVETYPE", "*"),
            ("NCOA_RC", "*"),
            ("NCOA_ST", "*"),
        },
        True,
    ),
    (
        "NCOA return: a foreign move, no new address (return code 19)",
        {
            "FIRST": "HANS",
            "LAST": "MUELLER",
            "ADDR1": "2650 W 14TH ST",
            "CITY": "CLEVELAND",
            "ST": "OH",
            "ZIP": "44113",
            "DPV": "Y",
            "DPV_FOOTNOTE": "AABBR1",
            "NCOA_MOVETYPE": "I",
            "NCOA_MOVEDATE": "202311",
            "NCOA_RC": "19",
            "NCOA_FOOTNOTE": "Foreign Move",
            "KEYCODE": "DM24FLU01",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("NCOA_MOVEDATE", "DATE"),
        },
        {
            ("ST", "*"),
            ("DPV", "*"),
            ("DPV_FOOTNOTE", "*"),
            ("NCOA_RC", "*"),
            ("NCOA_FOOTNOTE", "*"),
            ("KEYCODE", "*"),
        },
        False,
    ),
    (
        "Presort output with Intelligent Mail barcode, trays and bundles: mammography version",
        {
            "PRESORT_SEQ": "000412",
            "TRAY_NO": "T00012",
            "BUNDLE_NO": "B0043",
            "ENDORSEMENT": "**********SCH 5-DIGIT 44107",
            "IMB": IMB,
            "IMB_STID": "300",
            "IMB_MID": "901234567",
            "IMB_SERIAL": "000412",
            "FIRST": "ALICIA",
            "LAST": "FERNANDEZ",
            "ADDR1": "1980 WARREN RD",
            "CITY": "LAKEWOOD",
            "ST": "OH",
            "ZIP": "44107",
            "ZIP4": "3924",
            "VERSION": "WOMENS_MAMMO_40_A",
            "POSTAGE_CLASS": "MKT",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("ZIP4", "ZIP_CODE"),
            ("VERSION", "HEALTH"),
        },
        {
            ("PRESORT_SEQ", "*"),
            ("TRAY_NO", "*"),
            ("BUNDLE_NO", "*"),
            ("IMB_STID", "*"),
            ("IMB_MID", "*"),
            ("IMB_SERIAL", "*"),
            ("POSTAGE_CLASS", "*"),
            ("ST", "*"),
        },
        True,
    ),
    (
        "Rented consumer list (compiler layout): ailment flags and a diabetes propensity score",
        {
            "Individual First Name": "Gloria",
            "Individual Last Name": "Washington",
            "Address": "4471 Mayfield Rd",
            "City": "South Euclid",
            "State": "OH",
            "Zip": "44121",
            "Zip4": "4022",
            "Phone": "2165550143",
            "Age": "71",
            "Est. Household Income": "$75,000 - $99,999",
            "Home Owner": "Y",
            "Ailment: Arthritis": "Y",
            "Ailment: Diabetes": "",
            "Diabetes Propensity Score": "87",
            "List Source": "CONSUMER HEALTH SURVEY 2024Q2",
        },
        {
            ("Individual First Name", "NAME"),
            ("Individual Last Name", "NAME"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Zip4", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("Ailment: Arthritis", "HEALTH"),
            ("Diabetes Propensity Score", "HEALTH"),
        },
        {
            ("State", "*"),
            ("Age", "*"),
            ("Est. Household Income", "*"),
            ("Home Owner", "*"),
            ("Ailment: Diabetes", "*"),
        },
        True,
    ),
    (
        "Rented lifestyle list: ailment flags all N, hobbies only",
        {
            "FIRST_NAME": "DEREK",
            "LAST_NAME": "OYELARAN",
            "ADDRESS_1": "9012 STATE RD",
            "CITY": "NORTH ROYALTON",
            "STATE": "OH",
            "ZIP5": "44133",
            "AGE_YRS": "58",
            "INCOME_CD": "G",
            "AILMENT_ARTHRITIS": "N",
            "AILMENT_HEART": "N",
            "AILMENT_DIABETES": "N",
            "INT_GOLF": "Y",
            "INT_GARDENING": "Y",
            "LIST_ORDER_NO": "LO-55821",
        },
        {
            ("FIRST_NAME", "NAME"),
            ("LAST_NAME", "NAME"),
            ("ADDRESS_1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP5", "ZIP_CODE"),
        },
        {
            ("STATE", "*"),
            ("AGE_YRS", "*"),
            ("INCOME_CD", "*"),
            ("AILMENT_ARTHRITIS", "*"),
            ("AILMENT_HEART", "*"),
            ("AILMENT_DIABETES", "*"),
            ("INT_GOLF", "*"),
            ("LIST_ORDER_NO", "*"),
        },
        False,
    ),
    (
        "New-mover list (weekly): move date and previous ZIP, welcome segment",
        {
            "NM_FIRST": "TAYLOR",
            "NM_LAST": "NGUYEN",
            "NM_ADDR": "1266 W 65TH ST",
            "NM_CITY": "CLEVELAND",
            "NM_ST": "OH",
            "NM_ZIP": "44102",
            "MOVE_DATE": "20240315",
            "PREV_ZIP": "43215",
            "HOMEOWNER_RENTER": "R",
            "LIST_SOURCE": "NEWMOVER_WKLY_2024W12",
            "SEGMENT": "NEWMOVER_WELCOME_2024Q2",
        },
        {
            ("NM_FIRST", "NAME"),
            ("NM_LAST", "NAME"),
            ("NM_ADDR", "LOCATION"),
            ("NM_CITY", "LOCATION"),
            ("NM_ZIP", "ZIP_CODE"),
            ("MOVE_DATE", "DATE"),
            ("PREV_ZIP", "ZIP_CODE"),
        },
        {
            ("NM_ST", "*"),
            ("HOMEOWNER_RENTER", "*"),
            ("LIST_SOURCE", "*"),
            ("SEGMENT", "*"),
        },
        False,
    ),
    (
        "Hashed suppression file: current oncology patients, email and name+address keys",
        {
            "SUPPRESSION_LIST": "ONCOLOGY_ACTIVE_PATIENTS",
            "EMAIL_SHA256": _sha("priya.r@gmail.com"),
            "NAME_ADDR_MD5": _md5("PRIYARAMANATHAN17E6THST44118"),
            "ADDED_DT": "2024-09-30",
            "SOURCE_SYS": "EPIC_CLARITY",
        },
        {
            ("SUPPRESSION_LIST", "HEALTH"),
            ("EMAIL_SHA256", "HASHED_ID"),
            ("NAME_ADDR_MD5", "HASHED_ID"),
        },
        {("ADDED_DT", "*"), ("SOURCE_SYS", "*")},
        True,
    ),
    (
        "Deceased / DMAchoice suppression: plain name and address, date of death YYYYMM",
        {
            "FIRST": "WALTER",
            "LAST": "HENDRICKS",
            "ADDR1": "2244 LEE RD",
            "CITY": "CLEVELAND HEIGHTS",
            "ST": "OH",
            "ZIP": "44118",
            "SUPP_SOURCE": "DECEASED_FILE",
            "DECEASED_FLAG": "Y",
            "DOD": "202311",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("DOD", "DATE"),
        },
        {("ST", "*"), ("SUPP_SOURCE", "*"), ("DECEASED_FLAG", "*")},
        False,
    ),
    (
        "Internal do-not-mail request logged by the call center, with the reason",
        {
            "Name": "Marisol Ortega",
            "Mailing Address": "3315 Bridge Ave, Cleveland, OH 44113",
            "Request Date": "2024-10-02",
            "Channel": "Phone",
            "Reason": "Patient asked to stop mailers - currently undergoing chemo",
            "Entered By": "cc_agent_114",
        },
        {
            ("Name", "NAME"),
            ("Mailing Address", "LOCATION"),
            ("Mailing Address", "ZIP_CODE"),
            ("Reason", "HEALTH"),
        },
        {("Channel", "*"), ("Entered By", "*")},
        True,
    ),
    (
        "Match-back file: mailed name joined to a first cardiology visit with a CPT",
        {
            "MRN": "E2207145",
            "FIRST": "JANE",
            "LAST": "DOE",
            "ZIP": "44107",
            "KEYCODE": "DM24CAR01B",
            "MAIL_DATE": "20241015",
            "FIRST_VISIT_DATE": "2024-11-04",
            "SERVICE_LINE": "Cardiology",
            "CPT": "93306",
            "ATTRIB_WINDOW_DAYS": "180",
            "NEW_PATIENT_FLAG": "Y",
            "NET_REVENUE": "1843.22",
        },
        {
            ("MRN", "MRN"),
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ZIP", "ZIP_CODE"),
            ("FIRST_VISIT_DATE", "DATE"),
            ("SERVICE_LINE", "HEALTH"),
            ("CPT", "PROCEDURE"),
        },
        {
            ("KEYCODE", "*"),
            ("MAIL_DATE", "*"),
            ("ATTRIB_WINDOW_DAYS", "*"),
            ("NEW_PATIENT_FLAG", "*"),
            ("NET_REVENUE", "*"),
        },
        True,
    ),
    (
        "Match-back from the EHR extract: encounter, department and diagnosis code",
        {
            "Patient MRN": "00418852",
            "Patient Name": "KOWALSKI, ROBERT J",
            "Encounter Date": "12/02/2024",
            "Department": "ORTHO SPORTS MED",
            "Primary Dx": "M17.11",
            "Mailed Version": "ORTHO_JOINT_65PLUS_A",
            "Matched On": "NAME+ADDR",
            "Match Confidence": "0.97",
        },
        {
            ("Patient MRN", "MRN"),
            ("Patient Name", "NAME"),
            ("Encounter Date", "DATE"),
            ("Primary Dx", "HEALTH_CONDITION"),
            ("Mailed Version", "HEALTH"),
        },
        {("Matched On", "*"), ("Match Confidence", "*")},
        True,
    ),
    (
        "Match-back summary by keycode and version (clean): counts and revenue only",
        {
            "KEYCODE": "DM24CAR01B",
            "VERSION": "CARDIO_55PLUS_B",
            "DROP_DATE": "2024-10-15",
            "PIECES_MAILED": "24000",
            "MATCHED_PATIENTS": "312",
            "MATCH_RATE": "1.30%",
            "NET_REVENUE": "1204533.10",
            "COST_PER_PATIENT": "61.54",
        },
        set(),
        {
            ("KEYCODE", "*"),
            ("DROP_DATE", "*"),
            ("PIECES_MAILED", "*"),
            ("MATCHED_PATIENTS", "*"),
            ("MATCH_RATE", "*"),
            ("NET_REVENUE", "*"),
            ("COST_PER_PATIENT", "*"),
        },
        False,
    ),
    (
        "Match-back in a clean room: hashed match key, oncology service line, visit month",
        {
            "match_key_sha256": _sha("PRIYA|RAMANATHAN|44118"),
            "campaign_keycode": "DM24ONC03",
            "service_line": "Oncology",
            "first_visit_month": "2024-11",
            "visit_count": 3,
        },
        {
            ("match_key_sha256", "HASHED_ID"),
            ("service_line", "HEALTH"),
            ("first_visit_month", "DATE"),
        },
        {("campaign_keycode", "*"), ("visit_count", "*")},
        True,
    ),
    (
        "PURL response log: personalised subdomain visit to a heart-screening page",
        {
            "purl": "janedoe.examplehealth.org",
            "visit_ts": "2024-10-18T14:22:07Z",
            "page": "/heart-screening/schedule",
            "keycode": "DM24CAR01B",
            "ip": "73.12.44.201",
            "form_submitted": True,
            "session_pages": 4,
        },
        {
            ("purl", "ONLINE_ID|OTHER_ID|NAME|URL"),
            ("ip", "IP_ADDRESS"),
            ("page", "HEALTH"),
        },
        {("visit_ts", "*"), ("keycode", "*"), ("session_pages", "*")},
        True,
    ),
    (
        "QR scan log: personalised path code to a mammogram scheduling page",
        {
            "scan_id": "a6f1c2e4-1b7d-4c2a-9e55-0d3f7b2a9c10",
            "qr_payload": "https://go.examplehealth.org/p/JDOE1234",
            "purl_code": "JDOE1234",
            "scanned_at": "2024-10-19 09:41:55",
            "landing_page": "https://examplehealth.org/womens-health/mammogram/schedule",
            "device_os": "iOS 17.6",
            "city_from_ip": "Lakewood",
        },
        {
            ("qr_payload", "ONLINE_ID|OTHER_ID|NAME|URL"),
            ("purl_code", "ONLINE_ID|OTHER_ID|NAME"),
            ("landing_page", "HEALTH"),
        },
        {("scan_id", "*"), ("scanned_at", "*"), ("device_os", "*")},
        True,
    ),
    (
        "Campaign QR code scan counts (clean): one code per version, not per person",
        {
            "qr_code": "https://examplehealth.org/qr/FALL24-ORTHO",
            "version": "ORTHO_JOINT_65PLUS_A",
            "scan_date": "2024-10-21",
            "scans": 41,
            "unique_devices": 37,
        },
        set(),
        {
            ("qr_code", "ONLINE_ID"),
            ("qr_code", "OTHER_ID"),
            ("scan_date", "*"),
            ("scans", "*"),
            ("unique_devices", "*"),
        },
        False,
    ),
    (
        "Business reply card keyed in by the vendor: hand-written DOB and comments",
        {
            "BATCH": "BRC-0412",
            "KEYCODE": "DM24ORT02A",
            "RESP_NAME": "Dolores Whitaker",
            "RESP_PHONE": "(216) 555-0187",
            "BEST_TIME": "mornings",
            "Q1_INTEREST": "Knee pain seminar",
            "Q2_DOB": "3/14/48",
            "COMMENTS": "Had my left hip replaced 2019, now right knee is bad. Call daughter Ann",
            "KEYED_BY": "OP17",
            "KEY_DATE": "2024-11-02",
        },
        {
            ("RESP_NAME", "NAME"),
            ("RESP_PHONE", "PHONE"),
            ("Q1_INTEREST", "HEALTH"),
            ("Q2_DOB", "DATE"),
            ("COMMENTS", "HEALTH"),
        },
        {
            ("BATCH", "*"),
            ("KEYCODE", "*"),
            ("BEST_TIME", "*"),
            ("KEYED_BY", "*"),
            ("KEY_DATE", "*"),
        },
        True,
    ),
    (
        "BRC keyed in: checkbox columns for the topics ticked, name and address",
        {
            "BRC_ID": "000881",
            "NAME": "Harold Jenkins",
            "ADDRESS": "5510 Turney Rd",
            "CITY": "Garfield Heights",
            "STATE": "OH",
            "ZIP": "44125",
            "CHK_DIABETES_EDUCATION": "X",
            "CHK_WEIGHT_LOSS_SURGERY": "",
            "CHK_SLEEP_STUDY": "X",
            "SOURCE": "DM24DIA01",
        },
        {
            ("NAME", "NAME"),
            ("ADDRESS", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("CHK_DIABETES_EDUCATION", "HEALTH"),
            ("CHK_SLEEP_STUDY", "HEALTH"),
        },
        {
            ("BRC_ID", "*"),
            ("STATE", "*"),
            ("CHK_WEIGHT_LOSS_SURGERY", "*"),
            ("SOURCE", "*"),
        },
        True,
    ),
    (
        "Nixie / return-mail file: attempted not known, cardiology version",
        {
            "IMB": IMB,
            "RETURN_REASON": "ATTEMPTED NOT KNOWN",
            "RTS_SCAN_DATE": "2024-10-28",
            "FIRST": "LAMAR",
            "LAST": "PRICE",
            "ADDR1": "14721 LAKE SHORE BLVD",
            "CITY": "CLEVELAND",
            "ST": "OH",
            "ZIP5": "44110",
            "VERSION": "CARDIO_55PLUS_B",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP5", "ZIP_CODE"),
            ("VERSION", "HEALTH"),
        },
        {("RETURN_REASON", "*"), ("RTS_SCAN_DATE", "*"), ("ST", "*")},
        True,
    ),
    (
        "USPS ACS notice: deceased, no forwarding address",
        {
            "ACS_Record_Type": "C",
            "Deliverability_Code": "K",
            "COA_Reason": "DECEASED",
            "Notice_Date": "20241030",
            "Fname": "Walter",
            "Lname": "Hendricks",
            "Old_Address": "2244 Lee Rd",
            "Old_City": "Cleveland Heights",
            "Old_State": "OH",
            "Old_ZIP": "44118",
            "Mailer_ID": "901234567",
            "Keyline": "DM24FLU01-000412",
        },
        {
            ("Fname", "NAME"),
            ("Lname", "NAME"),
            ("Old_Address", "LOCATION"),
            ("Old_City", "LOCATION"),
            ("Old_ZIP", "ZIP_CODE"),
        },
        {
            ("ACS_Record_Type", "*"),
            ("Deliverability_Code", "*"),
            ("COA_Reason", "*"),
            ("Notice_Date", "*"),
            ("Old_State", "*"),
            ("Mailer_ID", "*"),
            ("Keyline", "*"),
        },
        False,
    ),
    (
        "ZIP count report from the list vendor: five-digit ZIP and piece count",
        {
            "ZIP": "44107",
            "QTY": "412",
            "KEYCODE": "DM24CAR01B",
            "MAIL_DATE": "10/15/2024",
        },
        {("ZIP", "ZIP_CODE")},
        {("QTY", "*"), ("KEYCODE", "*"), ("MAIL_DATE", "*")},
        False,
    ),
    (
        "SCF (ZIP3) response report by service line (clean)",
        {
            "SCF": "441",
            "SERVICE_LINE": "Cardiology",
            "PIECES": "12000",
            "RESPONSES": "156",
            "RESPONSE_RATE": "1.3%",
        },
        set(),
        {("SCF", "*"), ("PIECES", "*"), ("RESPONSES", "*"), ("RESPONSE_RATE", "*")},
        False,
    ),
    (
        "Lettershop job ticket (clean): the hospital's return address, permit and versions",
        {
            "Job Number": "J24-08812",
            "Client": "Example Health System",
            "Return Address": "Example Health Marketing, 1200 Lakeside Ave, Cleveland, OH 44114",
            "Permit": "PRSRT MKT U.S. POSTAGE PAID CLEVELAND OH PERMIT NO. 1234",
            "Mail Class": "USPS Marketing Mail",
            "Drop Date": "10/15/2024",
            "In-Home Window": "10/18/2024 - 10/23/2024",
            "Quantity": "48211",
            "Versions": "CARDIO_55PLUS_A, CARDIO_55PLUS_B",
        },
        set(),
        {
            ("Job Number", "*"),
            ("Return Address", "*"),
            ("Permit", "*"),
            ("Mail Class", "*"),
            ("Drop Date", "*"),
            ("In-Home Window", "*"),
            ("Quantity", "*"),
        },
        False,
    ),
    (
        "Fixed-width mail file line read as one column",
        {
            "RECORD": (
                "000412JANE      DOE           1423 W ELM ST APT 4B          "
                "LAKEWOOD        OH441071234C014DM24CAR01BCARDIO_55PLUS_B"
            )
        },
        {("RECORD", "NAME"), ("RECORD", "LOCATION")},
        set(),
        True,
    ),
    (
        "AEP seminar RSVP file: Medicare 101 seminar, insurance only",
        {
            "First": "Linda",
            "Last": "Baptiste",
            "Phone": "440-555-0162",
            "Email": "lbaptiste52@yahoo.com",
            "Event": "Medicare 101 Seminar - Westlake Library",
            "Event Date": "2024-10-22",
            "Source Code": "MA25-DM-SEM",
            "Current Coverage": "Original Medicare",
            "Medicaid Eligible": "N",
            "Guests": "1",
        },
        {
            ("First", "NAME"),
            ("Last", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
        },
        {
            ("Event Date", "*"),
            ("Source Code", "*"),
            ("Current Coverage", "*"),
            ("Medicaid Eligible", "*"),
            ("Guests", "*"),
        },
        False,
    ),
    (
        "AEP BRC keyed in: Medicare number, doctors to keep and prescriptions",
        {
            "RESP_FIRST": "George",
            "RESP_LAST": "Alvarez",
            "RESP_PHONE": "216-555-0134",
            "MEDICARE_NUMBER": "1EG4-TE5-MK73",
            "DOCTORS_TO_KEEP": "Dr. Patel (cardiologist)",
            "PRESCRIPTIONS": "Eliquis, metformin",
            "CALL_ME": "Y",
            "SOURCE_CODE": "MA25AEP-BRC",
        },
        {
            ("RESP_FIRST", "NAME"),
            ("RESP_LAST", "NAME"),
            ("RESP_PHONE", "PHONE"),
            ("MEDICARE_NUMBER", "HEALTH_PLAN_ID"),
            ("PRESCRIPTIONS", "MEDICATION"),
        },
        {("CALL_ME", "*"), ("SOURCE_CODE", "*")},
        True,
    ),
    (
        "Turning-65 list with birth month and a COPD ailment flag",
        {
            "FIRST_NM": "CAROL",
            "LAST_NM": "MBEKI",
            "STREET": "771 E 185TH ST",
            "CITY": "EUCLID",
            "STATE": "OH",
            "ZIP": "44119",
            "DOB_YYYYMM": "195911",
            "T65_MONTH": "202411",
            "AILMENT_COPD": "Y",
            "EST_INCOME": "35-50K",
        },
        {
            ("FIRST_NM", "NAME"),
            ("LAST_NM", "NAME"),
            ("STREET", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("DOB_YYYYMM", "DATE"),
            ("AILMENT_COPD", "HEALTH"),
        },
        {("STATE", "*"), ("EST_INCOME", "*")},
        True,
    ),
    (
        "List vendor API record (nested JSON): health interests and Rx propensities",
        {
            "individual": {
                "name": {"first": "Samuel", "last": "Okafor"},
                "age": 74,
                "address": {
                    "line1": "3030 Euclid Ave",
                    "city": "Cleveland",
                    "state": "OH",
                    "zip5": "44115",
                    "zip4": "2520",
                },
            },
            "health_interests": ["Heart Health", "Diabetic Living"],
            "propensities": {"high_cholesterol_rx": 0.82, "hearing_aid": 0.11},
            "record_id": "EPX-00918273",
        },
        {
            ("individual.name.first", "NAME"),
            ("individual.name.last", "NAME"),
            ("individual.address.line1", "LOCATION"),
            ("individual.address.city", "LOCATION"),
            ("individual.address.zip5", "ZIP_CODE"),
            ("health_interests[1]", "HEALTH"),
            ("propensities.high_cholesterol_rx", "HEALTH"),
        },
        {("individual.age", "*"), ("individual.address.state", "*")},
        True,
    ),
    (
        "List card from a broker (clean): an ailment list's universe and prices",
        {
            "List Name": "Active Seniors with Arthritis - Consumer Survey",
            "Universe": "1250000",
            "Selects": "Age, Gender, ZIP, Ailment, Income",
            "Base Price CPM": "$95.00",
            "Min Order": "5000",
            "Broker": "Direct Data Partners",
            "Orders": "list.orders@directdatapartners.com",
            "Updated": "2024-09-01",
        },
        set(),
        {
            ("Universe", "*"),
            ("Selects", "*"),
            ("Base Price CPM", "*"),
            ("Min Order", "*"),
            ("Broker", "*"),
            ("Orders", "*"),
            ("Updated", "*"),
        },
        False,
    ),
    (
        "Email and phone append on a diabetes-education mail file",
        {
            "FIRST": "MARGARET",
            "LAST": "O'CONNOR",
            "ADDR1": "1509 GIDDINGS RD",
            "CITY": "CLEVELAND",
            "ST": "OH",
            "ZIP": "44103",
            "EMAIL_APPEND": "moconnor1948@gmail.com",
            "PHONE_APPEND": "2165550119",
            "APPEND_MATCH_LEVEL": "INDIVIDUAL",
            "VERSION": "DIABETES_ED_65PLUS",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("EMAIL_APPEND", "EMAIL"),
            ("PHONE_APPEND", "PHONE"),
            ("VERSION", "HEALTH"),
        },
        {("APPEND_MATCH_LEVEL", "*"), ("ST", "*")},
        True,
    ),
    (
        "Print proof with variable data (JSON): salutation and a personalised line",
        {
            "job": "J24-08812",
            "proof_id": "P-3",
            "version": "ORTHO_JOINT_65PLUS_A",
            "variable_data": {
                "salutation": "Dear Margaret,",
                "body_line_2": "As someone who had a knee replacement with us in 2022, ...",
                "address_block": "MARGARET O'CONNOR\n1509 GIDDINGS RD\nCLEVELAND OH 44103-2231",
            },
        },
        {
            ("variable_data.salutation", "NAME"),
            ("variable_data.body_line_2", "HEALTH"),
            ("variable_data.address_block", "LOCATION"),
            ("variable_data.address_block", "ZIP_CODE"),
        },
        {("job", "*"), ("proof_id", "*")},
        True,
    ),
    (
        "USPS Informed Visibility scan event (clean): the plant's ZIP, not the recipient's",
        {
            "imb": IMB,
            "mailer_id": "901234567",
            "service_type_id": "300",
            "scan_event_code": "SD",
            "operation_code": "919",
            "scan_datetime": "2024-10-17 08:14:33",
            "facility_zip": "44101",
            "facility_name": "CLEVELAND OH P&DC",
            "expected_delivery_date": "2024-10-18",
        },
        set(),
        {
            ("mailer_id", "*"),
            ("service_type_id", "*"),
            ("scan_event_code", "*"),
            ("operation_code", "*"),
            ("scan_datetime", "*"),
            ("facility_zip", "*"),
            ("facility_name", "*"),
            ("expected_delivery_date", "*"),
        },
        False,
    ),
    (
        "Medicare Advantage C-SNP prospect list: chronic condition flag",
        {
            "FIRST": "DOROTHY",
            "LAST": "KRAMER",
            "ADDR1": "6620 PEARL RD",
            "CITY": "PARMA HEIGHTS",
            "ST": "OH",
            "ZIP": "44130",
            "AGE": "77",
            "DUAL_ELIG": "N",
            "CSNP_DIABETES_FLAG": "Y",
            "CSNP_CHF_FLAG": "N",
            "SOURCE_CODE": "MA25CSNP01",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("CSNP_DIABETES_FLAG", "HEALTH"),
        },
        {
            ("ST", "*"),
            ("AGE", "*"),
            ("DUAL_ELIG", "*"),
            ("CSNP_CHF_FLAG", "*"),
            ("SOURCE_CODE", "*"),
        },
        True,
    ),
    (
        "Vendor invoice line (clean): postage and lettershop charges by version",
        {
            "Invoice": "INV-2024-10-3381",
            "PO": "PO-77120",
            "Job": "J24-08812",
            "Version": "WOMENS_MAMMO_40_A",
            "Pieces": "18250",
            "Postage Rate": "0.2940",
            "Postage": "5365.50",
            "Permit No": "1234",
            "Invoice Date": "11/01/2024",
        },
        set(),
        {
            ("Invoice", "*"),
            ("PO", "*"),
            ("Job", "*"),
            ("Pieces", "*"),
            ("Postage Rate", "*"),
            ("Postage", "*"),
            ("Permit No", "*"),
            ("Invoice Date", "*"),
        },
        False,
    ),
    (
        "Response log from the call tracking line printed on the mailer, with source code",
        {
            "Call Date": "2024-10-21",
            "Caller Name": "HARPER, LOUISE",
            "Caller Number": "+14405550177",
            "Tracking Number": "+18005550100",
            "Source Code": "DM24ORT02A",
            "Disposition": "Scheduled - Ortho consult",
            "Notes": "caller has had hip pain for 6 months, booked with Dr. Singh 11/4",
        },
        {
            ("Caller Name", "NAME"),
            ("Caller Number", "PHONE"),
            ("Disposition", "HEALTH"),
            ("Notes", "HEALTH"),
            ("Notes", "DATE"),
        },
        {("Tracking Number", "*"), ("Source Code", "*")},
        True,
    ),
    (
        "Seed list entry (the marketer's own staff seeded into the drop): hospital address",
        {
            "FIRST": "SEED",
            "LAST": "MARKETING DEPT",
            "ADDR1": "1200 LAKESIDE AVE",
            "CITY": "CLEVELAND",
            "ST": "OH",
            "ZIP": "44114",
            "SEED_FLAG": "Y",
            "VERSION": "CARDIO_55PLUS_B",
        },
        set(),
        {("FIRST", "*"), ("LAST", "*"), ("SEED_FLAG", "*")},
        False,
    ),
    (
        "Hashed do-not-mail list from a DNC request form (phone and email SHA-256, plain ZIP)",
        {
            "phone_sha256": _sha("2165550143"),
            "email_sha256": _sha("gwashington@aol.com"),
            "zip": "44121",
            "opt_out_channel": "mail",
            "opt_out_ts": "2024-08-14T16:02:11Z",
        },
        {
            ("phone_sha256", "HASHED_ID"),
            ("email_sha256", "HASHED_ID"),
            ("zip", "ZIP_CODE"),
        },
        {("opt_out_channel", "*"), ("opt_out_ts", "*")},
        False,
    ),
    (
        "Match-back non-responder with a bariatric version and the patient account",
        {
            "PAT_ACCT_NO": "HAR10093344",
            "PAT_FIRST": "Keisha",
            "PAT_LAST": "Morgan",
            "ADMIT_DT": "2024-12-09",
            "DRG": "621",
            "SERVICE_LINE": "Bariatric Surgery",
            "KEYCODE": "DM24BAR01",
            "VERSION": "BARIATRIC_SEMINAR_B",
        },
        {
            ("PAT_ACCT_NO", "ACCOUNT_NUMBER|MRN|OTHER_ID"),
            ("PAT_FIRST", "NAME"),
            ("PAT_LAST", "NAME"),
            ("ADMIT_DT", "DATE"),
            ("SERVICE_LINE", "HEALTH"),
        },
        {("KEYCODE", "*")},
        True,
    ),
]

_OPEN: dict[str, tuple[set, str]] = {
    "Internal do-not-mail request logged by the call center, with the reason": (
        {("Mailing Address", "ZIP_CODE")},
        "a whole address in an address column is one LOCATION (field_names' whole-value "
        "finding), which covers its ZIP and redacts it with the rest; the same decision as "
        "tests/test_forms_and_surveys.py's Jotform record",
    ),
    "List card from a broker (clean): an ailment list's universe and prices": (
        {("Orders", "EMAIL")},
        "a business mailbox (``list.orders@``) is let go only in a sender field and only "
        "for role mailboxes (detectors/senders.py); an ``Orders`` column says nothing, and "
        "a person's address in an unnamed column must still be found",
    ),
    "Campaign QR code scan counts (clean): one code per version, not per person": (
        {("scan_date", "DATE")},
        "a bare date column is read alone and is a person's date as often; telling a count "
        "report's row from a person's row needs the whole record (as "
        "tests/test_lead_generation.py leaves its report dates)",
    ),
    "Fixed-width mail file line read as one column": (
        {("RECORD", "NAME")},
        "capitals in fixed columns are no name without a model or the file's layout; the "
        "street is found, and a fixed-width layout reader would belong in pipelines/",
    ),
    "USPS Informed Visibility scan event (clean): the plant's ZIP, not the recipient's": (
        {("expected_delivery_date", "DATE"), ("scan_datetime", "DATE")},
        "``expected delivery date`` is an obstetric due date in a maternity CRM and a "
        "``scan`` may be an imaging scan: neither word can make a date the mailer's",
    ),
    "Seed list entry (the marketer's own staff seeded into the drop): hospital address": (
        {("FIRST", "NAME")},
        "a seed row is shaped like a recipient's (FIRST / LAST / ADDR1); only the value "
        "``SEED`` and the hospital's own street say otherwise, and a seed is often a real "
        "staff member's name; the row then reads as PHI with its version (``LAST`` = "
        "``MARKETING DEPT`` reads as a department since the document-intake probe's "
        "organisation words)",
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_direct_mail_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records): a change that loses recall or precision on direct-mail files fails
#: here. Before the work, blind: SHAPES 54 misses / 10 false / 28 wrong of 32, HELD_OUT
#: 9 / 5 / 8 of 10.
FLOORS = ShapeTotals(expected=189, misses=2, false=6, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
