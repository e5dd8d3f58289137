"""Hospital visitor management, security and front-desk logs.

A blind probe, written by hand before reading the detectors: what a hospital's or a
clinic's front desk, its security office and the visitor systems around them export.
Visitor-management check-ins (Envoy-, Proxyclick-, Vpass- and Ident-A-Kid-like: the
visitor's name and contact, ID-scan fields read from a driver's licence, raw AAMVA
barcode elements such as ``DAQ``/``DCS``/``DBB``, a badge number, the patient visited and
the unit and room, "Oncology 4 West Rm 412", the relationship, check-in and check-out
times, watch-list hits), a patient directory opt-out extract ("No Information" status,
confidential flag) and an information desk's lookup log, security incident reports (a
Code Gray with restraints and a sedative, a missing-patient BOLO, a belongings inventory
with medications, a psychiatric or police hold, a patient's no-visitor list),
lost-and-found logs (a hearing aid, dentures, reading glasses), parking validations and
a family's long-stay permit, guest and patient Wi-Fi logs (a Meraki-like splash login, a
ClearPass-like RADIUS accounting row), a wayfinding kiosk's searches, a gift shop's
flower delivery to a patient's room and its point-of-sale rows, chaplain and interpreter
requests, NICU and mother-baby infant security (Hugs-like tag enrolment, a tamper alarm,
tag stock), a surgical waiting room's family text and status board, and the clean rows
around them: unit and room directories, visiting-hours policy, badge stock, camera
inventories, guard shift rosters, parking rates, Wi-Fi access-point inventories, incident
category codes and visitor counts per unit.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
health but is never a person's identifier). Values are made up; field names and layouts
are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A visitor is a person, and the patient visited is named by the visit.** A visitor's
  name, phone, email and the fields an ID scan reads from their driver's licence (the
  licence number, name, birth date, street, city, ZIP; raw AAMVA elements ``DAQ``,
  ``DCS``, ``DAC``, ``DBB``, ``DAG``, ``DAI``, ``DAK`` too) are NAME / PHONE / EMAIL /
  LICENSE_NUMBER / DATE / LOCATION / ZIP_CODE. A licence's issuing state, its class and its
  expiry are no findings expected (an expiry is the document's date, not the person's:
  left unscored). A relationship word (``Daughter``, ``Spouse``) is no finding.
- **The unit visited is the patient's health context when it names the care**, as the
  interpreter probe read a department with a patient on the row: ``Oncology 4 West``,
  ``Cardiac ICU``, ``Behavioral Health 5 North``, ``Labor & Delivery``, ``NICU``,
  ``Dialysis``, ``Memory Care``, ``Infusion Center``, ``Geriatric Psych`` are HEALTH. A
  bare unit (``4 West``, ``6 South``), a room, a bed or a bassinet (``Rm 412``,
  ``CICU-12``, ``N-14``) are places in the building (the messaging probe): never
  findings. In a directory, a policy, a kiosk search or an aggregate that names nobody, a
  health word is neither expected nor forbidden and the row is no PHI.
- **Being in the hospital is not health by itself.** A visitor log with a patient's name
  and a bare unit, an information desk's lookup, a patient Wi-Fi login with a room number,
  a directory opt-out (``No Information``, confidential flag) or a watch-list hit names no
  care: identified, not PHI. A watch list's reason ("trespass warning") and a
  domestic-violence restriction are security matters, not health: neither expected nor
  forbidden as health.
- **Security incidents about a patient are health when they say the care**: restraints,
  a sedative given (``Haldol 5 mg IM``), a psychiatric hold (``Emergency Detention``,
  ``5150``), dementia in a missing-patient BOLO, medications in a belongings inventory
  (``oxycodone 5 mg``, ``sertraline``) are HEALTH. A bare code name (``Code Gray``,
  ``Code Yellow``) in an incident category list is a hospital's code: no identifier, health
  neither expected nor forbidden.
- **Devices a person wears or uses are that person's**: a hearing aid and dentures in a
  lost-and-found log are HEALTH (a prosthesis says the owner's condition); reading glasses
  are everyday: HEALTH forbidden. An infant security tag enrolled on a named infant is a
  device identifier tied to that infant during the stay: ``DEVICE_ID|OTHER_ID``; the same
  tag series in a stock inventory is the hospital's equipment: forbidden. A guest's or a
  patient's phone MAC on Wi-Fi is DEVICE_ID and its address IP_ADDRESS; an access point's
  MAC, serial, name and IP, a controller's (NAS) IP, a camera's IP and MAC, a kiosk id and
  a badge printer's serial are the hospital's equipment: forbidden.
- **A vehicle's plate and VIN on a patient's or a family's parking record are
  VEHICLE_ID.** Validation, permit and stall numbers, lots, rates and amounts are no
  findings.
- **Staff are the hospital's workforce**: a guard shift roster's officer names are NAME
  (identified, not PHI), their badge numbers, posts (``ED Entrance`` is a post, not a
  person's health) and shifts are no findings; a responding or reporting officer on an
  incident and a nurse who files a request are left unscored; a host employee on a vendor
  check-in is NAME. An officer's badge on a police hold is the officer's: forbidden.
- **Ids**: a patient's MRN is MRN; a visitor's profile id in a visitor system is the
  visitor's record id (``OTHER_ID``). A visit's own id, an incident number, a police case
  number, a lost-and-found log number, an evidence envelope, a badge number, an order
  number, a SKU, a transaction id, a session id, a permit or validation number, a
  surgical tracking board number and a policy id are no findings.
- **A person's dates are DATE**: birth, an admission, a visitor's check-in to see a named
  patient (it dates the patient's stay), the time a patient went missing, a hold's start,
  an interpreter's booked time. The system's and the hospital's are not: a lookup's or a
  log's timestamp, a Wi-Fi session stamp, a POS sale time, a policy's effective date, a
  shift date, a report month, a tag's self-test date, a badge restock. A check-out time, a
  found date, a validation stamp and a text's send date are left unscored.
- **The hospital's places and lines are the hospital's**: a unit's phone and extension in
  a directory, the sender number of a family update text, the hospital's street and city
  as a flower delivery's ship-to. A patient's first name in a family text ("Your husband
  James is out of surgery") is a NAME, as a relative's message names the patient.
- **A religion and a preferred language are not health** (the interpreter probe): a
  chaplain request's ``Catholic`` and an interpreter request's ``Vietnamese`` are no
  findings; "anointing of the sick, actively dying" is health.
- **A greeting card message that names the care is health** ("Hope your new hip is
  feeling better"): the recipient patient in a room is NAME; the buyer's email is EMAIL.

After reading the detectors no blind expectation was changed; four were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a ``visitor``
object's id may be read as an analytics visitor's ONLINE_ID and a visit's own id is left
unstated (the urgent-care probe); a bare ``effective`` stays a date (a rate table's, a
visiting policy's); a Shopify ship-to address is the recipient's even when it is the
hospital's street. What the work built, each with its unit test: a hospital unit beside
the patient (``Unit/Room``, ``Unit``, ``Nursing Unit`` beside the patient's name or MRN,
or beside a ``patient`` object) read for the care its name says, the specialties plus
unit words (ICU, NICU, infusion, dialysis, geriatric psych), ``Labor & Delivery`` with its
ampersand (detectors/health_fields.py); RADIUS accounting's ``Calling-Station-Id`` as
the client's MAC, and the network's gear left alone: a NAS's address and identifier, the
``Called-Station-Id``, an access point's MAC, IP and name (detectors/field_names.py,
device_vehicle.py, network.py), RADIUS's ``Acct-*-Octets`` and ``-Packets`` no account
numbers (detectors/financial.py); a camera inventory's, an access-point inventory's and
a badge printer's serials, MACs and (with no person on the row) IPs and restock dates as
the building's (detectors/chunk_profiles.py); a guard shift roster's date and post as the
rota's, a shift beside a post or a badge (detectors/job_fields.py); bare ``Officer``,
``Visitor`` and ``Holder`` columns as names, "New Visitor" a placeholder, a nurse
station's and a front desk's phone as the unit's line (detectors/field_names.py); a
licence scan's AAMVA elements (``DAQ``, ``DCS``, ``DAC``, ``DBB``, ``DAG``, ``DAI``,
``DAK``, three or more in capitals) as the card holder's (detectors/chunk_profiles.py);
and 15 vocabulary terms (psychiatric holds: emergency detention, 5150 hold, Baker Act,
involuntary hold and commitment; 4-point, physical and soft restraints; "actively dying";
a card's "new hip"; "denture"), with "hip hop" a stop term. Fourteen records are left
open (:data:`LEFT_ALONE`), each with its reason: bare ``Owner``, ``Host``, ``Name``,
``tagId``, ``searched_name`` and ``restricted_person`` columns, an incident's
``occurred_at``, a Wi-Fi ``session_start``, a tag stock's serial and self-test, a
validating department, a rate table's PHI verdict, and from HELD_OUT a text's ``from``
with no direction and a policy document's ``policy_id``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 75
pairs), blind 21 / 17 / 24; after the work 12 / 8 / 14 as written, 11 / 3 / 12 with the
decisions (all in LEFT_ALONE). HELD_OUT (10 records, 35 pairs), blind before any work
10 / 6 / 7; scored once after the work on SHAPES: 9 / 3 / 6 (the unit, RADIUS, camera and
roster rules reached it; one interim score of it was printed by score_probe while the
unit rule was being checked, and nothing was tuned on it); after rules that generalise
(the AAMVA elements, bare ``Visitor`` and ``Holder`` columns, "denture") 0 / 3 / 2 as
written, 0 / 2 / 2 with the decision on ``effective`` (both in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for codes and numbers that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Envoy-like visitor log (CSV): a daughter visiting a patient on oncology",
        {
            "Visitor Name": "Megan Castellano",
            "Visitor Email": "megan.castellano@gmail.com",
            "Visitor Phone": "(972) 418-2276",
            "Patient Name": "Frank Castellano",
            "Unit/Room": "Oncology 4 West Rm 412",
            "Relationship": "Daughter",
            "Signed In": "2024-11-04 14:22",
            "Signed Out": "2024-11-04 16:05",
            "Badge #": "V-0318",
            "Location": "Main Lobby",
        },
        {
            ("Visitor Name", "NAME"),
            ("Visitor Email", "EMAIL"),
            ("Visitor Phone", "PHONE"),
            ("Patient Name", "NAME"),
            ("Unit/Room", "HEALTH"),
            ("Signed In", "DATE"),
        },
        {("Relationship", "*"), ("Badge #", "*"), ("Location", "*")},
        True,
    ),
    (
        "Vpass-like check-in (JSON): ID scan of a driver's licence, patient in Cardiac ICU",
        {
            "visitId": "vst_81c2a07e",
            "visitor": {
                "id": "VIS-00418273",
                "idScan": {
                    "documentType": "DL",
                    "issuingState": "TX",
                    "licenseNumber": "41827735",
                    "firstName": "Andre",
                    "lastName": "Whitfield",
                    "dob": "1978-06-22",
                    "address": {
                        "street": "2214 Cedar Ridge Dr",
                        "city": "Plano",
                        "state": "TX",
                        "zip": "75093",
                    },
                    "expiration": "2029-06-22",
                },
            },
            "visiting": {"patientName": "Rosa Delgado", "unit": "Cardiac ICU", "room": "CICU-12"},
            "checkInTime": "2024-11-05T19:02:11-06:00",
            "badgeNumber": "00731",
        },
        {
            ("visitor.id", "OTHER_ID"),
            ("visitor.idScan.licenseNumber", "LICENSE_NUMBER"),
            ("visitor.idScan.firstName", "NAME"),
            ("visitor.idScan.lastName", "NAME"),
            ("visitor.idScan.dob", "DATE"),
            ("visitor.idScan.address.street", "LOCATION"),
            ("visitor.idScan.address.city", "LOCATION"),
            ("visitor.idScan.address.zip", "ZIP_CODE"),
            ("visiting.patientName", "NAME"),
            ("visiting.unit", "HEALTH"),
            ("checkInTime", "DATE"),
        },
        {
            ("visitId", "*"),
            ("visitor.idScan.documentType", "*"),
            ("visitor.idScan.issuingState", "*"),
            ("visiting.room", "*"),
            ("badgeNumber", "*"),
        },
        True,
    ),
    (
        "Proxyclick-like visitor API: a watch-list hit (identified, no health)",
        {
            "id": 5518823,
            "visitor": {
                "firstname": "Curtis",
                "lastname": "Banning",
                "email": "cbanning1983@hotmail.com",
                "company": "",
            },
            "host": {"name": "Front Desk - Tower B"},
            "checkin_at": "2024-11-06T08:41:09Z",
            "status": "denied",
            "watchlist": {
                "list": "Banned visitors",
                "match": "exact",
                "reason": "Trespass warning issued 2023",
            },
        },
        {
            ("visitor.firstname", "NAME"),
            ("visitor.lastname", "NAME"),
            ("visitor.email", "EMAIL"),
        },
        {
            ("id", "*"),
            ("host.name", "*"),
            ("status", "*"),
            ("watchlist.list", "*"),
            ("watchlist.match", "*"),
        },
        False,
    ),
    (
        "Ident-A-Kid-like raw ID scan (AAMVA elements) to Behavioral Health 5 North",
        {
            "ScanID": "88213",
            "DAQ": "D4417820",
            "DCS": "MORALES",
            "DAC": "ELENA",
            "DBB": "03141986",
            "DAG": "1147 W ARBOR VITAE ST",
            "DAI": "INGLEWOOD",
            "DAJ": "CA",
            "DAK": "903011204",
            "DBA": "03142028",
            "Patient": "Javier Morales",
            "Destination": "Behavioral Health 5 North",
            "Kiosk": "ER-KIOSK-02",
        },
        {
            ("DAQ", "LICENSE_NUMBER"),
            ("DCS", "NAME"),
            ("DAC", "NAME"),
            ("DBB", "DATE"),
            ("DAG", "LOCATION"),
            ("DAI", "LOCATION"),
            ("DAK", "ZIP_CODE"),
            ("Patient", "NAME"),
            ("Destination", "HEALTH"),
        },
        {("ScanID", "*"), ("DAJ", "*"), ("Kiosk", "*")},
        True,
    ),
    (
        "Patient directory opt-out extract (Epic-like ADT CSV): No Information, L&D",
        {
            "MRN": "E4471820",
            "Patient Name": "Okafor, Adaeze",
            "Admit Date": "11/03/2024",
            "Unit": "Labor & Delivery",
            "Room": "LD-07",
            "Directory Status": "No Information",
            "Confidential Patient": "Y",
            "Extract Time": "2024-11-04 06:00:00",
        },
        {
            ("MRN", "MRN"),
            ("Patient Name", "NAME"),
            ("Admit Date", "DATE"),
            ("Unit", "HEALTH"),
        },
        {
            ("Room", "*"),
            ("Directory Status", "*"),
            ("Confidential Patient", "*"),
            ("Extract Time", "DATE"),
        },
        True,
    ),
    (
        "Information desk lookup log (identified, no health): an opted-out patient",
        {
            "lookup_id": "LK-20241104-0193",
            "station": "INFO-DESK-1",
            "clerk": "vol_jhartley",
            "requester_name": "Tom Briggs",
            "searched_name": "Adaeze Okafor",
            "result": "No information available - patient opted out",
            "logged_at": "2024-11-04T10:17:32Z",
        },
        {("requester_name", "NAME"), ("searched_name", "NAME")},
        {("lookup_id", "*"), ("station", "*"), ("result", "*"), ("logged_at", "DATE")},
        False,
    ),
    (
        "Security incident report (JSON): Code Gray, restraints and a sedative",
        {
            "incident_no": "SEC-24-004187",
            "type": "Code Gray",
            "location": "ED Bay 14",
            "occurred_at": "2024-11-02T23:48:00-05:00",
            "subject": {
                "role": "Patient",
                "name": "Dwayne Keller",
                "mrn": "E3309127",
                "dob": "1991-09-17",
            },
            "narrative": "Pt became agitated and struck RN. 4-point restraints applied per "
            "Dr. Okonjo order; Haldol 5 mg IM given. Pt calm at 0012.",
            "responding_officers": ["Sgt. D. Ruiz", "Ofc. T. Lam"],
            "created_at": "2024-11-03T01:15:44Z",
        },
        {
            ("subject.name", "NAME"),
            ("subject.mrn", "MRN"),
            ("subject.dob", "DATE"),
            ("occurred_at", "DATE"),
            ("narrative", "HEALTH"),
        },
        {
            ("incident_no", "*"),
            ("location", "*"),
            ("subject.role", "*"),
            ("created_at", "DATE"),
        },
        True,
    ),
    (
        "Missing-patient BOLO (Code Yellow): a 91-year-old with dementia",
        {
            "Incident #": "SEC-24-004202",
            "Alert": "Code Yellow - Missing Patient",
            "Patient": "Harold Jenkins",
            "Age": "91",
            "Description": "White male, 5'9\", hospital gown and gray cardigan. Alzheimer's "
            "dementia, wanders; on 1:1 sitter.",
            "Last Seen": "11/05/2024 02:40",
            "Last Seen Location": "3 West Rm 318",
            "Notified": "Plano PD, House Supervisor",
        },
        {
            ("Patient", "NAME"),
            ("Age", "AGE_OVER_89"),
            ("Description", "HEALTH"),
            ("Last Seen", "DATE"),
        },
        {("Incident #", "*"), ("Last Seen Location", "*"), ("Notified", "*")},
        True,
    ),
    (
        "Patient belongings inventory (CSV row): a prescription bottle sent to pharmacy",
        {
            "Patient": "Lorraine Pettis",
            "MRN": "E2281934",
            "Item #": "3",
            "Item Description": "Prescription bottle - oxycodone 5 mg (12 tabs)",
            "Disposition": "Sent to pharmacy",
            "Envelope #": "SEC-ENV-20418",
            "Logged By": "Ofc. T. Lam",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("Item Description", "MEDICATION|HEALTH"),
        },
        {("Item #", "*"), ("Envelope #", "*"), ("Disposition", "*")},
        True,
    ),
    (
        "Police and psychiatric hold log (CSV): emergency detention with a sitter",
        {
            "Patient": "Kevin Dwyer",
            "Hold Type": "Emergency Detention (psychiatric)",
            "Initiated": "11/04/2024 21:10",
            "Agency": "Plano PD",
            "Officer Badge": "4471",
            "Case #": "24-118392",
            "Sitter Required": "Y",
            "Unit": "ED",
        },
        {("Patient", "NAME"), ("Hold Type", "HEALTH"), ("Initiated", "DATE")},
        {("Agency", "*"), ("Officer Badge", "*"), ("Case #", "*"), ("Sitter Required", "*")},
        True,
    ),
    (
        "Lost-and-found log (CSV): a patient's hearing aid",
        {
            "Log #": "LF-24-0871",
            "Item": "Hearing aid (right ear, beige)",
            "Owner": "Walter Kim",
            "Room": "6 South 622",
            "Found Date": "11/03/2024",
            "Found By": "EVS",
            "Status": "Returned to patient",
        },
        {("Owner", "NAME"), ("Item", "HEALTH")},
        {("Log #", "*"), ("Room", "*"), ("Found By", "*"), ("Status", "*")},
        True,
    ),
    (
        "Lost-and-found entry (JSON): dentures on Geriatric Psych, a daughter to call",
        {
            "log_id": "lf_000912",
            "category": "Dentures",
            "description": "Upper denture in pink case",
            "patient_name": "Eunice Harper",
            "unit": "Geriatric Psych",
            "room": "GP-208",
            "notify_phone": "(214) 555-0187",
            "received_at": "2024-11-01T07:55:00Z",
        },
        {
            ("description", "HEALTH"),
            ("patient_name", "NAME"),
            ("unit", "HEALTH"),
            ("notify_phone", "PHONE"),
        },
        {("log_id", "*"), ("room", "*"), ("received_at", "DATE")},
        True,
    ),
    (
        "Lost-and-found log (identified, no health): a visitor's reading glasses",
        {
            "Log #": "LF-24-0874",
            "Item": "Reading glasses, black case",
            "Owner": "Patricia Lund",
            "Owner Phone": "469-231-8840",
            "Found Location": "Cafeteria",
            "Status": "Held at Security",
        },
        {("Owner", "NAME"), ("Owner Phone", "PHONE")},
        {("Log #", "*"), ("Item", "HEALTH"), ("Found Location", "*"), ("Status", "*")},
        False,
    ),
    (
        "Parking validation (CSV): a patient's plate validated by the infusion centre",
        {
            "Validation #": "PV-771204",
            "Plate": "8KDM241",
            "State": "CA",
            "Name": "Gloria Estrada",
            "Patient/Visitor": "Patient",
            "Department Validating": "Infusion Center",
            "Validated At": "2024-11-04 13:02",
            "Rate": "$0.00",
        },
        {("Plate", "VEHICLE_ID"), ("Name", "NAME"), ("Department Validating", "HEALTH")},
        {("Validation #", "*"), ("State", "*"), ("Patient/Visitor", "*"), ("Rate", "*")},
        True,
    ),
    (
        "Parking rate table (clean): lots, rates and patient validations",
        {
            "Lot": "Garage P2",
            "First Hour": "$3.00",
            "Daily Max": "$15.00",
            "Validation": "Free for dialysis and oncology patients",
            "Weekly Pass": "$35.00",
            "Effective": "2024-07-01",
        },
        set(),
        {
            ("Lot", "*"),
            ("First Hour", "*"),
            ("Daily Max", "*"),
            ("Validation", ANY_ID),
            ("Weekly Pass", "*"),
            ("Effective", "*"),
        },
        False,
    ),
    (
        "Family long-stay parking permit (CSV): NICU parent, plate and VIN",
        {
            "Permit #": "LSP-2024-0418",
            "Holder": "Grace Oyelaran",
            "Holder Phone": "(817) 302-5519",
            "Vehicle": "2019 Honda CR-V",
            "Plate": "MXK4821",
            "VIN": "5J6RW2H85KA012345",
            "Patient": "Baby Boy Oyelaran",
            "Reason": "NICU family - extended stay",
            "Valid From": "11/01/2024",
            "Valid To": "11/30/2024",
        },
        {
            ("Holder", "NAME"),
            ("Holder Phone", "PHONE"),
            ("Plate", "VEHICLE_ID"),
            ("VIN", "VEHICLE_ID"),
            ("Patient", "NAME"),
            ("Reason", "HEALTH"),
        },
        {("Permit #", "*"), ("Vehicle", "*")},
        True,
    ),
    (
        "Meraki-like guest Wi-Fi splash login (identified, no health)",
        {
            "ts": 1730733012,
            "clientMac": "3c:22:fb:9a:10:4e",
            "clientIp": "10.84.12.57",
            "apMac": "e0:55:3d:1a:2b:3c",
            "apName": "AP-4W-03",
            "ssid": "MercyGuest",
            "email": "kdurant77@yahoo.com",
            "authMode": "click-through",
        },
        {("clientMac", "DEVICE_ID"), ("clientIp", "IP_ADDRESS"), ("email", "EMAIL")},
        {("ts", "*"), ("apMac", "*"), ("apName", "*"), ("ssid", "*"), ("authMode", "*")},
        False,
    ),
    (
        "ClearPass-like RADIUS accounting row (CSV): a guest device on the guest SSID",
        {
            "Timestamp": "2024-11-04 18:22:41",
            "User-Name": "guest-4417",
            "Calling-Station-Id": "A4-C3-F0-5E-11-92",
            "Called-Station-Id": "E0-55-3D-1A-2B-3C:MercyGuest",
            "Framed-IP-Address": "172.20.14.88",
            "NAS-IP-Address": "10.1.0.5",
            "Acct-Session-Time": "3812",
            "Acct-Input-Octets": "48211907",
        },
        {("Calling-Station-Id", "DEVICE_ID"), ("Framed-IP-Address", "IP_ADDRESS")},
        {
            ("Timestamp", "*"),
            ("Called-Station-Id", "*"),
            ("NAS-IP-Address", "*"),
            ("Acct-Session-Time", "*"),
            ("Acct-Input-Octets", "*"),
        },
        False,
    ),
    (
        "Wayfinding kiosk search log (health words, nobody)",
        {
            "kiosk_id": "KSK-LOBBY-2",
            "session_id": "9f1c22e0-5a7b-4c1e-9a33-0d2b6e7f8a10",
            "query": "oncology infusion",
            "destination": "Cancer Center Infusion - Level 2",
            "route_steps": 7,
            "ts": "2024-11-04T09:12:55Z",
        },
        set(),
        {
            ("kiosk_id", "*"),
            ("session_id", "*"),
            ("route_steps", "*"),
            ("ts", "*"),
            ("query", ANY_ID),
            ("destination", ANY_ID),
        },
        False,
    ),
    (
        "Wi-Fi access-point inventory (clean): MAC, serial, IP, zone",
        {
            "ap_name": "AP-5N-12",
            "mac": "e0:55:3d:4f:8a:21",
            "serial": "CNF7KD3B2X",
            "model": "AP-515",
            "floor": "5",
            "zone": "5 North Behavioral Health",
            "ip": "10.12.5.32",
            "firmware": "8.10.0.6",
        },
        set(),
        {
            ("ap_name", "*"),
            ("mac", "*"),
            ("serial", "*"),
            ("model", "*"),
            ("floor", "*"),
            ("zone", ANY_ID),
            ("ip", "*"),
            ("firmware", "*"),
        },
        False,
    ),
    (
        "Gift shop flower delivery (Shopify-like order): a card about a new hip",
        {
            "name": "#1047",
            "email": "bpeterson@comcast.net",
            "created_at": "2024-11-04T11:20:05-06:00",
            "line_items": [
                {"sku": "FLR-GW-L", "title": "Get Well Bouquet - Large", "price": "54.99"}
            ],
            "shipping_address": {
                "name": "Linda Foster",
                "company": "Room 518 - Orthopedics",
                "address1": "1200 Hospital Pkwy",
                "city": "Frisco",
                "zip": "75034",
            },
            "note": "Card: Hope your new hip is feeling better! Love, the Petersons",
        },
        {
            ("email", "EMAIL"),
            ("shipping_address.name", "NAME"),
            ("note", "HEALTH"),
        },
        {
            ("name", "*"),
            ("created_at", "*"),
            ("line_items[0].sku", "*"),
            ("line_items[0].price", "*"),
            ("shipping_address.address1", "*"),
            ("shipping_address.city", "*"),
            ("shipping_address.zip", "*"),
        },
        True,
    ),
    (
        "Gift shop point-of-sale row (clean): a balloon sale",
        {
            "transaction_id": "T-000418273",
            "register": "GS-REG-01",
            "cashier_id": "E20431",
            "sku": "BAL-ITSABOY-18",
            "item": "Balloon - It's a Boy! 18in",
            "qty": "1",
            "price": "8.99",
            "tender": "VISA ****4417",
            "sold_at": "2024-11-04 12:03:41",
        },
        set(),
        {
            ("transaction_id", "*"),
            ("register", "*"),
            ("cashier_id", "*"),
            ("sku", "*"),
            ("item", "*"),
            ("price", "*"),
            ("tender", "*"),
            ("sold_at", "*"),
        },
        False,
    ),
    (
        "Chaplain visit request (spiritual care referral): anointing, actively dying",
        {
            "Request ID": "SC-24-1187",
            "Patient": "Margaret Sullivan",
            "MRN": "E1190234",
            "Room": "7 East 714",
            "Religion": "Catholic",
            "Request": "Anointing of the sick - patient actively dying, family at bedside",
            "Requested By": "Kayla Moss, RN",
            "Priority": "Urgent",
        },
        {("Patient", "NAME"), ("MRN", "MRN"), ("Request", "HEALTH")},
        {("Request ID", "*"), ("Room", "*"), ("Religion", "*"), ("Priority", "*")},
        True,
    ),
    (
        "Interpreter request for a family visit (front desk): dialysis unit",
        {
            "Visitor": "Nguyen Thi Lan",
            "Language": "Vietnamese",
            "Patient": "Tran Van Minh",
            "Unit": "Dialysis",
            "Requested For": "11/06/2024 10:00",
            "Mode": "In-person",
            "Job #": "INT-58821",
        },
        {
            ("Visitor", "NAME"),
            ("Patient", "NAME"),
            ("Unit", "HEALTH"),
            ("Requested For", "DATE"),
        },
        {("Language", "*"), ("Mode", "*"), ("Job #", "*")},
        True,
    ),
    (
        "Hugs-like infant security enrolment (JSON): NICU infant, tag and mother",
        {
            "tagId": "HG-0041873",
            "infant": {
                "name": "Baby Boy Alvarado",
                "mrn": "E5528193",
                "dob": "2024-11-02T03:41:00",
            },
            "mother": {"name": "Marisol Alvarado", "mrn": "E5528190", "bandId": "MB-0041873"},
            "unit": "NICU",
            "bassinet": "N-14",
            "enrolledBy": "20431",
            "status": "Active",
        },
        {
            ("tagId", "DEVICE_ID|OTHER_ID"),
            ("infant.name", "NAME"),
            ("infant.mrn", "MRN"),
            ("infant.dob", "DATE"),
            ("mother.name", "NAME"),
            ("mother.mrn", "MRN"),
            ("unit", "HEALTH"),
        },
        {("bassinet", "*"), ("status", "*")},
        True,
    ),
    (
        "Hugs-like tamper alarm event (identified tag, no health)",
        {
            "eventId": "EV-2024-118820",
            "eventType": "TAMPER",
            "tagId": "HG-0041873",
            "zone": "Mother-Baby Exit 3",
            "eventTime": "2024-11-03T04:12:09Z",
            "acknowledgedBy": "Security Console 1",
        },
        {("tagId", "DEVICE_ID|OTHER_ID")},
        {("eventId", "*"), ("eventType", "*"), ("acknowledgedBy", "*")},
        False,
    ),
    (
        "Infant tag stock inventory (clean): serials, battery, self-test",
        {
            "serial": "HG-0041874",
            "batteryPct": 96,
            "lastSelfTest": "2024-11-01",
            "location": "L&D Supply Room",
            "status": "In stock",
        },
        set(),
        {
            ("serial", "*"),
            ("batteryPct", "*"),
            ("lastSelfTest", "*"),
            ("location", ANY_ID),
            ("status", "*"),
        },
        False,
    ),
    (
        "Surgical waiting family update text (Twilio-like message log)",
        {
            "sid": "SM8f2c0e4a9b1d47c6a2e3f5d7b9c1a0e2",
            "to": "+12145550163",
            "from": "+14695550100",
            "body": "Update from Mercy Surgical Waiting: Your husband James is out of surgery "
            "(gallbladder removal) and in recovery. The surgeon will see you in Consult "
            "Room B.",
            "status": "delivered",
            "date_sent": "Mon, 04 Nov 2024 15:12:09 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("sid", "*"), ("from", "*"), ("status", "*")},
        True,
    ),
    (
        "Surgical waiting status board (clean of identifiers): tracking numbers",
        {
            "tracking_no": "4418",
            "status": "In Recovery",
            "color": "Green",
            "or_room": "OR 7",
            "updated": "15:10",
        },
        set(),
        {
            ("tracking_no", "*"),
            ("color", "*"),
            ("or_room", "*"),
            ("updated", "*"),
            ("status", ANY_ID),
        },
        False,
    ),
    (
        "Visitor counts per unit (aggregate report, clean)",
        {
            "Month": "2024-10",
            "Unit": "Oncology 4 West",
            "Visitors": "1,284",
            "Avg Visit (min)": "74",
            "After-Hours Visitors": "96",
            "Watch-List Hits": "2",
        },
        set(),
        {
            ("Month", "*"),
            ("Unit", ANY_ID),
            ("Visitors", "*"),
            ("Avg Visit (min)", "*"),
            ("After-Hours Visitors", "*"),
            ("Watch-List Hits", "*"),
        },
        False,
    ),
    (
        "Unit and room directory (clean): a unit's rooms, phone and extension",
        {
            "unit": "Oncology 4 West",
            "rooms": "401-432",
            "nurse_station_phone": "(214) 555-0140",
            "extension": "x4401",
            "visiting_hours": "8:00 AM - 9:00 PM",
            "floor": "4",
        },
        set(),
        {
            ("unit", ANY_ID),
            ("rooms", "*"),
            ("nurse_station_phone", "*"),
            ("extension", "*"),
            ("visiting_hours", "*"),
            ("floor", "*"),
        },
        False,
    ),
    (
        "Visiting-hours policy row (clean): a behavioural health unit's rules",
        {
            "policy_id": "VIS-POL-007",
            "unit": "Behavioral Health",
            "hours": "Daily 5:00 PM - 8:00 PM",
            "max_visitors": 2,
            "min_age": 14,
            "effective": "2024-07-01",
            "notes": "No items with cords or drawstrings; bags searched by security.",
        },
        set(),
        {
            ("policy_id", "*"),
            ("unit", ANY_ID),
            ("hours", "*"),
            ("max_visitors", "*"),
            ("min_age", "*"),
            ("effective", "*"),
            ("notes", "*"),
        },
        False,
    ),
    (
        "Visitor badge stock (clean): rolls, printer serial, restock",
        {
            "badge_stock_id": "VB-ROLL-2291",
            "printer": "Zebra ZD421",
            "printer_serial": "D4J223605489",
            "badges_remaining": 412,
            "site": "Main Lobby",
            "last_restock": "2024-10-28",
        },
        set(),
        {
            ("badge_stock_id", "*"),
            ("printer", "*"),
            ("printer_serial", "*"),
            ("badges_remaining", "*"),
            ("site", "*"),
            ("last_restock", "*"),
        },
        False,
    ),
    (
        "Security camera inventory (clean): camera ids, IP, MAC",
        {
            "camera_id": "CAM-4W-07",
            "name": "4 West corridor north",
            "ip": "10.40.4.107",
            "mac": "00:40:8c:e2:17:a9",
            "model": "Axis P3245-LVE",
            "retention_days": 30,
            "nvr": "NVR-03",
        },
        set(),
        {
            ("camera_id", "*"),
            ("name", "*"),
            ("ip", "*"),
            ("mac", "*"),
            ("model", "*"),
            ("retention_days", "*"),
            ("nvr", "*"),
        },
        False,
    ),
    (
        "Guard shift roster (CSV, staff: identified, not PHI)",
        {
            "Officer": "Darnell Ruiz",
            "Badge #": "S-1147",
            "Post": "ED Entrance",
            "Shift": "1900-0700",
            "Date": "11/04/2024",
            "Supervisor": "Lt. Karen Ohlsson",
        },
        {("Officer", "NAME")},
        {("Badge #", "*"), ("Post", "*"), ("Shift", "*"), ("Date", "DATE")},
        False,
    ),
    (
        "Incident category code list (clean): codes and descriptions",
        {
            "code": "CG-01",
            "category": "Code Gray",
            "description": "Behavioral emergency - combative person",
            "severity": "High",
            "notify": "Security Supervisor; House Supervisor",
        },
        set(),
        {
            ("code", "*"),
            ("category", ANY_ID),
            ("description", ANY_ID),
            ("severity", "*"),
            ("notify", "*"),
        },
        False,
    ),
    (
        "Patient no-visitor restriction (security alert): a trauma ICU patient",
        {
            "alert_id": "VR-24-0331",
            "patient": {"name": "Shanice Porter", "mrn": "E6620418"},
            "unit": "Trauma ICU",
            "restricted_person": "Marcus Hill",
            "reason": "Patient request - safety concern",
            "photo_on_file": True,
            "expires": "on discharge",
        },
        {
            ("patient.name", "NAME"),
            ("patient.mrn", "MRN"),
            ("unit", "HEALTH"),
            ("restricted_person", "NAME"),
        },
        {("alert_id", "*"), ("photo_on_file", "*"), ("expires", "*")},
        True,
    ),
    (
        "Patient Wi-Fi portal login (identified, no health): last name, room, DOB",
        {
            "portal": "Patient Wi-Fi",
            "login_last_name": "Greenberg",
            "room": "512",
            "dob": "1961-03-14",
            "device_mac": "f4:5c:89:b2:0d:71",
            "assigned_ip": "10.84.20.133",
            "session_start": "2024-11-04T20:01:12Z",
        },
        {
            ("login_last_name", "NAME"),
            ("dob", "DATE"),
            ("device_mac", "DEVICE_ID"),
            ("assigned_ip", "IP_ADDRESS"),
        },
        {("portal", "*"), ("room", "*"), ("session_start", "DATE")},
        False,
    ),
    (
        "Envoy-like vendor check-in (identified, no health): a rep and their host",
        {
            "Visitor Name": "Jason Whitaker",
            "Visitor Email": "jwhitaker@stryker.com",
            "Company": "Stryker",
            "Visitor Type": "Vendor",
            "Host": "Priya Shah",
            "Signed In": "2024-11-04 07:30",
            "Badge #": "V-0322",
        },
        {("Visitor Name", "NAME"), ("Visitor Email", "EMAIL"), ("Host", "NAME")},
        {("Company", "*"), ("Visitor Type", "*"), ("Badge #", "*")},
        False,
    ),
    (
        "Outpatient clinic visitor check-in: a driver picking up after a colonoscopy",
        {
            "Visitor Name": "Ray Dominguez",
            "Visitor Phone": "(972) 614-3308",
            "Purpose of Visit": "Driver - picking up patient after colonoscopy",
            "Patient Name": "Lucia Dominguez",
            "Signed In": "2024-11-05 10:45",
            "Location": "Endoscopy Center - Suite 210",
        },
        {
            ("Visitor Name", "NAME"),
            ("Visitor Phone", "PHONE"),
            ("Purpose of Visit", "HEALTH"),
            ("Patient Name", "NAME"),
            ("Signed In", "DATE"),
        },
        {("Location", ANY_ID)},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Vpass-like check-in (JSON): ID scan of a driver's licence, patient in Cardiac ICU": (
        {("visitor.id", "OTHER_ID|ONLINE_ID")},
        {("visitor.id", "OTHER_ID")},
        {("visitId", "*")},
        "a ``visitor`` object's id is an analytics visitor's id as often (Adobe's, a web "
        "chat's), which the project reports as ONLINE_ID: an identifier either way; and a "
        "visit's own id is left unstated by the project (the urgent-care probe: a "
        "booking's, a reservation's or a visit's own id), so the blind must-not was "
        "stricter than the project",
    ),
    "Parking rate table (clean): lots, rates and patient validations": (
        set(),
        set(),
        {("Effective", "*")},
        "a bare ``effective`` is left a person's date on purpose (detectors/dates.py: a "
        "member's Part B effective date, a card's validity); the blind must-not was "
        "stricter than the project",
    ),
    "Gift shop flower delivery (Shopify-like order): a card about a new hip": (
        set(),
        set(),
        {
            ("shipping_address.address1", "*"),
            ("shipping_address.city", "*"),
            ("shipping_address.zip", "*"),
        },
        "a Shopify order's ship-to address is the recipient's in every commerce probe "
        "(tests/test_health_commerce.py, test_device_resupply.py, test_dermatology_allergy"
        ".py): a street cannot tell a hospital from a home, and the recipient is named on "
        "it; the blind must-not was stricter than the project",
    ),
    "Visiting-hours policy row (clean): a behavioural health unit's rules": (
        set(),
        set(),
        {("effective", "*")},
        "as the parking rate table: a bare ``effective`` stays a date (held out, decided "
        "after its blind scoring)",
    ),
}

# Twentieth round: the family update text's ``from`` closed in the medical spa probe: a message
# log with no ``direction`` says its organisation's end by a delivery status only an
# outbound message has (``delivered``, ``sent``: detectors/message_direction.py), so
# its ``from`` is the hospital's line and is dropped; the row holds whole and moved
# to HELD_OUT.
#: ``name -> (still open pairs, why)``.
_OPEN: dict[str, tuple[set, str]] = {
    "Information desk lookup log (identified, no health): an opted-out patient": (
        {("searched_name", "NAME")},
        "``searched_name`` names what a clerk typed into a search box; a name field is "
        "read by its person word (``patient_name``, ``requester_name``), and a search's "
        "term is free text elsewhere (a site search's ``searched_term``); left open, the "
        "row is identified by the requester either way and not PHI",
    ),
    "Security incident report (JSON): Code Gray, restraints and a sedative": (
        {("occurred_at", "DATE")},
        "an ``*_at`` stamp is a machine's clock (a webhook's ``occurred_at`` is when its "
        "event fired, Stripe's and Twilio's among them); nothing but the incident's other "
        "keys says this one is when a patient was restrained. PHI by the subject and the "
        "narrative",
    ),
    "Lost-and-found log (CSV): a patient's hearing aid": (
        {("Owner", "NAME")},
        "a bare ``Owner`` is a CRM record's owner, the workforce (detectors/staff.py), "
        "far more often than an item's owner; the row is PHI as scanned by the hearing aid "
        "and the found date",
    ),
    "Lost-and-found log (identified, no health): a visitor's reading glasses": (
        {("Owner", "NAME"), ("Owner Phone", "PHONE")},
        "as the hearing aid's log: a bare ``Owner`` and its phone are a CRM record owner's "
        "(detectors/staff.py drops the owner's contacts); not PHI either way",
    ),
    "Parking validation (CSV): a patient's plate validated by the infusion centre": (
        {("Department Validating", "HEALTH"), ("Name", "NAME")},
        "a bare ``Name`` is read as a person's only beside a person's contact or record id "
        "(detectors/person_records.py), and a plate is not one of those; a validating "
        "department is the clinic that paid the parking, read as care only with the "
        "patient named beside it (the unit rule wants a patient's name or MRN key). "
        "Identified by the plate, not PHI as scanned",
    ),
    "Parking rate table (clean): lots, rates and patient validations": (
        set(),
        "with the decision on ``Effective`` it finds nothing forbidden, but its date and "
        "the dialysis and oncology words of its validation rule make it PHI as scanned: "
        "a rate table has no column that says it names no one",
    ),
    "Hugs-like infant security enrolment (JSON): NICU infant, tag and mother": (
        {("tagId", "DEVICE_ID|OTHER_ID")},
        "a bare ``tagId`` is a tag manager's, an asset tag's or a label's as often as an "
        "infant security tag's; PHI by the infant's and the mother's names, MRNs and NICU",
    ),
    "Hugs-like tamper alarm event (identified tag, no health)": (
        {("tagId", "DEVICE_ID|OTHER_ID")},
        "as the enrolment: a bare ``tagId`` is no device id the project reads; not PHI",
    ),
    "Infant tag stock inventory (clean): serials, battery, self-test": (
        {("serial", "DEVICE_ID"), ("lastSelfTest", "DATE")},
        "a bare ``serial`` beside a battery level is a patient's wearable's as often (a "
        "CGM's, a hearing aid's: tests/test_device_resupply.py), so no equipment key says "
        "this stock is the hospital's; a self-test's date is a test's word. Not PHI",
    ),
    "Patient no-visitor restriction (security alert): a trauma ICU patient": (
        {("restricted_person", "NAME")},
        "``restricted_person`` names no person field the project reads; PHI by the "
        "patient's name, MRN and Trauma ICU",
    ),
    "Patient Wi-Fi portal login (identified, no health): last name, room, DOB": (
        {("session_start", "DATE")},
        "a bare ``session_start`` is a person's session with a clinician as often (a "
        "telehealth visit's, a therapy session's), read as a date; not PHI either way",
    ),
    "Envoy-like vendor check-in (identified, no health): a rep and their host": (
        {("Host", "NAME")},
        "a bare ``Host`` is a web log's host name far more often than a visitor system's "
        "host employee; the row is identified by the visitor, not PHI",
    ),
    "Visiting-hours policy row (clean): a behavioural health unit's rules": (
        {("policy_id", "HEALTH_PLAN_ID")},
        "``policy_id`` is an insurance policy's number in every payer and broker export "
        "the project reads (HEALTH_PLAN_ID); a hospital policy document's id has no other "
        "key to tell it by (held out; not PHI either way)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_hospital_visitors_security_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on visitor, security and front-desk exports fails here. Before the work, blind:
#: SHAPES 21 misses / 17 false / 24 wrong of 30, HELD_OUT 10 / 6 / 7 of 10.
#: Twentieth round: the message log's ``from`` closed (a delivery status says the
#: direction), one false and one wrong fewer.
FLOORS = ShapeTotals(expected=110, misses=11, false=4, wrong=13)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
