"""Durable medical equipment, device and supply programmes' exports.

A blind probe, written by hand before reading the detectors: what a DME supplier's or a
device maker's marketing and patient-engagement teams export. CPAP resupply outreach
(mask, cushion, filter and tubing cadences with the next eligible date, SMS and IVR
reorder replies), sleep-therapy compliance and usage rows from ResMed AirView- and Philips
Care Orchestrator-like portals (usage hours, AHI, leak, the device serial and the modem's
IMEI), CGM and diabetic supply reorders (Dexcom- and Libre-like sensors and transmitters),
insulin pump and hearing aid orders, mobility equipment (power wheelchairs, walkers),
breast pumps through insurance, ostomy and incontinence supply subscriptions, order-intake
forms (Brightree- and Parachute-like JSON), detailed written orders and certificates of
medical necessity (the prescriber, the NPI, the face-to-face date), insurance
verification, shipment tracking feeds (UPS, FedEx and USPS tracking numbers), device
registration and warranty forms, recall notifications, UDI strings (GS1
``(01)…(17)…(10)…(21)…``) and HCPCS codes (``E0601``, ``A7030``, ``K0554``), with the clean
rows around them: product catalogs and SKUs, HCPCS fee schedules, lot and expiry of a
batch, tracking events alone, warehouse and distribution-centre addresses, manufacturer
support lines and firmware releases.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **The equipment prescribed or shipped to a person is health context.** A CPAP or BiPAP,
  a mask for it, a CGM sensor, an insulin pump, a hearing aid, an ostomy pouch,
  incontinence briefs, a power wheelchair or a breast pump through insurance says
  something about that person's condition or care: HEALTH, whether named in words
  (``CPAP full face mask``, ``continuous glucose monitor``), by a diagnosis (``OSA``,
  ``G47.33``) or by a HCPCS code in a field named for it (``E0601``). The same words or
  codes in a catalog row or a fee schedule may be found (they are health words) but name
  nobody: such rows are not PHI, and their SKUs, prices and codes are no identifier.
- **Sleep-therapy usage**: AHI and a diagnosis are health; usage hours, leak and a
  compliance flag are the therapy's data and neither expected nor forbidden.
- **A device's serial number, a CGM transmitter id, a modem's IMEI, a hearing aid's
  Bluetooth MAC and the ``(21)`` serial of a UDI are DEVICE_ID when the device is a
  person's** (a compliance row, an order, a registration, a recall notice naming the
  patient), as tests/test_wellness_telehealth.py decided. A UDI without a serial
  (``(01)(17)(10)``: product, expiry and lot) names a batch, not a device: no finding. A
  model number, a SKU, a GTIN, a lot number, a batch expiry date and a firmware version
  are never findings.
- **A person's dates are DATE**: birth, therapy setup, a prescription's or CMN's date,
  the face-to-face visit, the next eligible resupply date and a delivery to the patient.
  The supplier's clocks (an order's or event's system timestamp, a carrier scan time, a
  fee schedule's effective date, a recall's posting date, a batch expiry) are not: the
  machine timestamps are forbidden, the ship dates of an order neither expected nor
  forbidden.
- **Ids**: the supplier's or the therapy portal's patient id (Brightree patient id,
  AirView ECN) is the person's record id (``OTHER_ID|MRN``); a payer's member id is
  HEALTH_PLAN_ID; a group number and a payer name are plan-level (no finding, as
  tests/test_patient_portal.py decided). Order numbers, sales order ids, carrier tracking
  numbers, RMA numbers, recall campaign ids, warehouse ids and NDC-like catalog numbers
  are not a person's: no finding.
- **The prescriber's name and NPI are reported** (the project reports clinicians;
  ``NAME`` and ``OTHER_ID|LICENSE_NUMBER``).
- **The organisation's places and lines are not a person's**: a distribution centre's
  ship-from address, the manufacturer's support line and a supplier's toll-free reorder
  number are no LOCATION or PHONE; the patient's ship-to address and phone are.
After reading the detectors no blind expectation was changed; three must-nots were wider
than decisions the project had made (a call's start time, a campaign value's health words,
a recipient's toll-free number) and are narrowed on top (:data:`_DECIDED`). The third was
taken back in the thirteenth round: a toll-free line in a dialled-number field such as an
SMS log's ``to`` is let go (detectors/senders.py), so its blind must-not holds as written.
What the work built: a UDI's ``(21)`` serial as DEVICE_ID (a UDI without one is a batch's
label), a CGM
``transmitter_id``, the order's parties (``Ship To Name``, ``Bill To Name``), a bare
``Customer`` column, specialists' columns (``audiologist``, ``Endocrinologist``), a DOB as
an IVR captured it (``patient_dob_entered``), a DME system's ``PatientKey`` and a webhook's
``patient_ref``, the supplier's, the manufacturer's, a headquarters' and a distribution
centre's own contact fields, a recall notice's send stamp, fee schedules (a HCPCS or CPT
code beside a fee, an allowable or a ceiling: the effective date is the schedule's), the
apnea-hypopnea index and a saturation with its percent sign as readings under their
fields, ``hearing_loss`` and ``wound_type`` as health fields, and eleven vocabulary terms
(``polysomnography``, ``breast pump``, ``power wheelchair``, ``power operated vehicle``,
``NPWT``, ``oxygen concentrator``...). Four records are left open (:data:`LEFT_ALONE`): a
portal's ``ECN``, a warranty form's ``Owner First Name``, a warehouse listing without
hours, a bare ``Delivered`` column.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 16 / 9 / 16,
after the work and the decisions 4 / 4 / 4 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 3 / 1 / 4; scored once after the work on SHAPES: 3 / 1 / 4; after
two field-name rules that generalise (``transmitter_id``, ``PatientKey``/``patient_ref``)
and the decision on a recipient's toll-free number: 0 / 0 / 0.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "CPAP resupply outreach list (CSV): mask and filter eligibility",
        {
            "Patient ID": "BT-0048213",
            "First Name": "Gloria",
            "Last Name": "Whitfield",
            "Mobile": "(614) 555-0192",
            "Email": "gwhitfield58@gmail.com",
            "Device": "AirSense 10 AutoSet",
            "Item": "AirFit F20 Full Face Mask",
            "HCPCS": "A7030",
            "Last Ship Date": "2024-07-02",
            "Next Eligible Date": "10/02/2024",
            "Insurance": "Anthem BCBS",
            "Campaign": "CPAP_RESUPPLY_Q4",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Mobile", "PHONE"),
            ("Email", "EMAIL"),
            ("HCPCS", "HEALTH"),
            ("Next Eligible Date", "DATE"),
        },
        {("Insurance", "*"), ("Device", "DEVICE_ID"), ("Item", "DEVICE_ID")},
        True,
    ),
    (
        "AirView-like compliance export: usage, AHI, serial and the modem's IMEI",
        {
            "ECN": "20874455321",
            "Patient Name": "Delgado, Ramon",
            "DOB": "03/11/1961",
            "Device Serial Number": "23181845329",
            "IMEI": "356938035643809",
            "Device": "AirSense 11 AutoSet",
            "Setup Date": "2024-05-14",
            "Usage Days >= 4h": "27/30",
            "Average Usage (hrs)": "6.2",
            "AHI": "3.4",
            "Leak 95th (L/min)": "18.1",
            "Compliant": "Yes",
            "Firmware": "SX585-0310",
        },
        {
            ("ECN", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Device Serial Number", "DEVICE_ID"),
            ("IMEI", "DEVICE_ID"),
            ("Setup Date", "DATE"),
            ("AHI", "HEALTH"),
        },
        {("Firmware", "*"), ("Device", "*")},
        True,
    ),
    (
        "Care Orchestrator-like JSON: patient, therapy and device objects",
        {
            "patient": {
                "id": "f1c2a9e0-3b7d-4a51-9e2c-7d8b5a1f0c33",
                "firstName": "Harold",
                "lastName": "Okafor",
                "dateOfBirth": "1955-09-22",
                "phone": "+16145550147",
            },
            "therapy": {
                "mode": "APAP",
                "diagnosis": "Obstructive sleep apnea",
                "startDate": "2024-02-03",
                "ahi": 5.8,
            },
            "device": {
                "serialNumber": "P1J09876543A1",
                "model": "DreamStation 2 Auto CPAP Advanced",
                "firmwareVersion": "1.4.2.17",
            },
            "lastUpdated": "2024-10-07T04:12:55Z",
        },
        {
            ("patient.id", "OTHER_ID|ONLINE_ID|MRN"),
            ("patient.firstName", "NAME"),
            ("patient.lastName", "NAME"),
            ("patient.dateOfBirth", "DATE"),
            ("patient.phone", "PHONE"),
            ("therapy.diagnosis", "HEALTH"),
            ("therapy.startDate", "DATE"),
            ("device.serialNumber", "DEVICE_ID"),
        },
        {
            ("device.firmwareVersion", "*"),
            ("device.model", "DEVICE_ID"),
            ("lastUpdated", "*"),
        },
        True,
    ),
    (
        "Resupply SMS reply log: the patient confirms a cushion and filters",
        {
            "message_id": "SM8f2c1d0e9a7b6c5d4e3f2a1b0c9d8e7f",
            "from": "+16145550192",
            "to": "+18445550110",
            "body": "YES send the nasal pillows and filters, my CPAP mask is leaking again",
            "received_at": "2024-10-02T14:21:09Z",
            "flow": "resupply_reminder_v3",
        },
        {("from", "PHONE"), ("body", "HEALTH")},
        {("to", "*"), ("received_at", "*"), ("message_id", "*")},
        True,
    ),
    (
        "IVR reorder call outcome: keypad answers for a resupply order",
        {
            "call_sid": "CA3b7e9f1a2c4d6e8f0a1b3c5d7e9f1a2b",
            "caller": "+17405550163",
            "patient_dob_entered": "07221949",
            "menu_path": "1-Reorder supplies > 2-CPAP supplies > 1-Confirm",
            "items_confirmed": "mask cushion; disposable filters; heated tubing",
            "outcome": "ORDER_CREATED",
            "call_start": "2024-10-03T16:44:10Z",
        },
        {("caller", "PHONE"), ("patient_dob_entered", "DATE"), ("menu_path", "HEALTH")},
        {("call_sid", "*"), ("outcome", "*"), ("call_start", "*")},
        True,
    ),
    (
        "CGM sensor reorder (Shopify-like order JSON): Dexcom G7 sensors",
        {
            "order_number": "#DM-104882",
            "email": "tasha.nguyen@yahoo.com",
            "customer": {"first_name": "Tasha", "last_name": "Nguyen"},
            "shipping_address": {
                "address1": "2214 Sunnyside Ave",
                "city": "Columbus",
                "province_code": "OH",
                "zip": "43214",
            },
            "line_items": [
                {
                    "sku": "STS-GS-003",
                    "title": "Dexcom G7 Continuous Glucose Monitor Sensor (10-day), 3-pack",
                    "quantity": 1,
                }
            ],
            "created_at": "2024-09-30T09:14:02-04:00",
        },
        {
            ("email", "EMAIL"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.city", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
            ("line_items[0].title", "HEALTH"),
        },
        {
            ("order_number", "*"),
            ("line_items[0].sku", "*"),
            ("created_at", "*"),
            ("shipping_address.province_code", "*"),
        },
        True,
    ),
    (
        "Diabetic supply order intake: Libre sensors, test strips, member id",
        {
            "intake_id": "INT-2024-118823",
            "patient_first": "Walter",
            "patient_last": "Brennan",
            "patient_dob": "1948-04-30",
            "primary_payer": "Humana Medicare Advantage",
            "member_id": "H41827736",
            "diagnosis_code": "E11.65",
            "products": "FreeStyle Libre 3 sensors x2; lancets",
            "insulin_regimen": "Basal-bolus, 4 injections/day",
            "prescriber_npi": "1245319599",
            "submitted_at": "2024-08-19T13:05:44Z",
        },
        {
            ("patient_first", "NAME"),
            ("patient_last", "NAME"),
            ("patient_dob", "DATE"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("diagnosis_code", "HEALTH"),
            ("prescriber_npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("intake_id", "*"), ("primary_payer", "*"), ("submitted_at", "*")},
        True,
    ),
    (
        "CGM transmitter registration (app sign-up): transmitter id and email",
        {
            "event": "transmitter_paired",
            "user": {"email": "k.abernathy@outlook.com", "user_id": "u_8812f0c4e1"},
            "transmitter_id": "8G4K2R",
            "sensor_code": "5237",
            "app_version": "1.6.3",
            "platform": "iOS 17.5.1",
            "ts": "2024-07-11T20:33:19Z",
        },
        {
            ("user.email", "EMAIL"),
            ("user.user_id", "ONLINE_ID|OTHER_ID"),
            ("transmitter_id", "DEVICE_ID"),
        },
        {("app_version", "*"), ("platform", "*"), ("ts", "*"), ("sensor_code", "*")},
        False,
    ),
    (
        "Product catalog row (clean): a full face mask, its SKU, GTIN and HCPCS",
        {
            "SKU": "RSM-63103",
            "GTIN": "00619498631038",
            "Description": "AirFit F20 Full Face Mask - Medium",
            "Manufacturer": "ResMed",
            "HCPCS": "A7030",
            "Resupply Frequency": "1 per 3 months",
            "List Price": "189.00",
            "UOM": "EA",
        },
        set(),
        {
            ("SKU", "*"),
            ("GTIN", "*"),
            ("Manufacturer", "*"),
            ("List Price", "*"),
            ("UOM", "*"),
            ("Description", "DEVICE_ID"),
        },
        False,
    ),
    (
        "HCPCS fee schedule row (clean): DMEPOS rural and non-rural allowables",
        {
            "HCPCS": "E0601",
            "Mod": "RR",
            "JURIS": "D",
            "CATG": "IN",
            "Description": "Continuous airway pressure device",
            "State": "OH",
            "NR": "74.68",
            "R": "85.92",
            "Effective Date": "01/01/2025",
        },
        set(),
        {
            ("Mod", "*"),
            ("JURIS", "*"),
            ("CATG", "*"),
            ("State", "*"),
            ("NR", "*"),
            ("R", "*"),
            ("Effective Date", "*"),
        },
        False,
    ),
    (
        "Inventory lot record (clean): a batch's lot and expiry, UDI without serial",
        {
            "warehouse_id": "DC-COL-02",
            "item_no": "MDT-MMT-1881",
            "description": "MiniMed infusion set, 6mm, 10/box",
            "lot_number": "H8V2441Q",
            "expiration_date": "2026-03-31",
            "udi": "(01)00643169007222(17)260331(10)H8V2441Q",
            "qty_on_hand": 412,
            "bin": "A-14-03",
        },
        set(),
        {
            ("warehouse_id", "*"),
            ("item_no", "*"),
            ("lot_number", "*"),
            ("expiration_date", "*"),
            ("udi", "*"),
            ("qty_on_hand", "*"),
            ("bin", "*"),
        },
        False,
    ),
    (
        "UPS tracking event alone (clean): a carrier scan, no recipient",
        {
            "tracking_number": "1Z999AA10123456784",
            "status": "In Transit",
            "activity": "Departed from Facility",
            "location": "Columbus, OH, US",
            "scan_time": "2024-10-04T03:11:00Z",
            "service": "UPS Ground",
        },
        set(),
        {
            ("tracking_number", "*"),
            ("status", "*"),
            ("activity", "*"),
            ("location", "*"),
            ("scan_time", "*"),
            ("service", "*"),
        },
        False,
    ),
    (
        "Shipment confirmation to a patient: ship-to, ship-from DC, tracking",
        {
            "SalesOrder": "SO-5521903",
            "ShipTo Name": "Beverly Tran",
            "ShipTo Address": "418 Orchard Ln",
            "ShipTo City": "Westerville",
            "ShipTo Zip": "43081",
            "ShipFrom": "Distribution Center 4, 6200 Port Rd, Groveport, OH 43125",
            "Carrier": "FedEx",
            "Tracking": "794658213376",
            "Items": "Ostomy pouch, drainable, 1-piece (10); skin barrier wipes",
            "Ship Date": "2024-09-12",
        },
        {
            ("ShipTo Name", "NAME"),
            ("ShipTo Address", "LOCATION"),
            ("ShipTo City", "LOCATION"),
            ("ShipTo Zip", "ZIP_CODE"),
            ("Items", "HEALTH"),
        },
        {("SalesOrder", "*"), ("ShipFrom", "*"), ("Carrier", "*"), ("Tracking", "*")},
        True,
    ),
    (
        "USPS tracking webhook with the recipient's email (incontinence supply box)",
        {
            "trackingNumber": "9400111899223344556677",
            "recipient": {"email": "marvin.ellis@comcast.net", "zip5": "45424"},
            "package": {"contents": "Adult incontinence briefs, size L, 72 ct"},
            "eventType": "DELIVERED",
            "eventTime": "2024-10-05T15:42:00Z",
        },
        {
            ("recipient.email", "EMAIL"),
            ("recipient.zip5", "ZIP_CODE"),
            ("package.contents", "HEALTH"),
        },
        {("trackingNumber", "*"), ("eventType", "*"), ("eventTime", "*")},
        True,
    ),
    (
        "Certificate of medical necessity (CMN) for oxygen: prescriber, NPI, dates",
        {
            "cmn_form": "CMS-484",
            "beneficiary_name": "Louise Carrington",
            "mbi": "1EG4-TE5-MK73",
            "hcpcs_codes": "E1390, E0431",
            "initial_date": "08/01/2024",
            "test_date": "07/26/2024",
            "spo2_at_rest": "86%",
            "physician_name": "Dr. Anil Mehra",
            "physician_npi": "1386765311",
            "supplier_name": "Buckeye Home Medical LLC",
            "supplier_phone": "(800) 555-0144",
        },
        {
            ("beneficiary_name", "NAME"),
            ("mbi", "HEALTH_PLAN_ID"),
            ("hcpcs_codes", "HEALTH"),
            ("initial_date", "DATE"),
            ("test_date", "DATE"),
            ("spo2_at_rest", "HEALTH"),
            ("physician_name", "NAME"),
            ("physician_npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("cmn_form", "*"), ("supplier_name", "*"), ("supplier_phone", "*")},
        True,
    ),
    (
        "Detailed written order (Parachute-like JSON): power wheelchair, F2F date",
        {
            "order": {
                "id": "ord_3kT9xQ2mLp",
                "status": "signed",
                "patient": {
                    "name": "Curtis Vandermeer",
                    "dob": "1959-12-02",
                    "address": {"line1": "77 Kenyon Brook Dr", "city": "Worthington"},
                },
                "items": [{"hcpcs": "K0823", "description": "Power wheelchair, group 2 standard"}],
                "diagnoses": ["G35"],
                "face_to_face_date": "2024-06-18",
                "prescriber": {"name": "Sarah Kim, MD", "npi": "1902862111"},
            },
            "created_at": "2024-06-20T11:02:37Z",
        },
        {
            ("order.patient.name", "NAME"),
            ("order.patient.dob", "DATE"),
            ("order.patient.address.line1", "LOCATION"),
            ("order.patient.address.city", "LOCATION"),
            ("order.items[0].hcpcs", "HEALTH"),
            ("order.diagnoses[0]", "HEALTH"),
            ("order.face_to_face_date", "DATE"),
            ("order.prescriber.name", "NAME"),
            ("order.prescriber.npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("order.id", "*"), ("order.status", "*"), ("created_at", "*")},
        True,
    ),
    (
        "Insulin pump order with a pump serial and the endocrinologist",
        {
            "Order #": "IP-20240916-0042",
            "Patient": "Jasmine Ortiz",
            "Date of Birth": "02/14/2001",
            "Phone": "614-555-0138",
            "Pump Model": "t:slim X2",
            "Pump Serial #": "1187254",
            "Warranty Start": "09/16/2024",
            "Diagnosis": "Type 1 diabetes",
            "Endocrinologist": "Dr. Paul Hendricks",
        },
        {
            ("Patient", "NAME"),
            ("Date of Birth", "DATE"),
            ("Phone", "PHONE"),
            ("Pump Serial #", "DEVICE_ID"),
            ("Diagnosis", "HEALTH"),
            ("Endocrinologist", "NAME"),
        },
        {("Order #", "*"), ("Pump Model", "*")},
        True,
    ),
    (
        "Hearing aid fitting record: left and right serials, Bluetooth MAC, audiogram",
        {
            "client_name": "Edna Whitlock",
            "client_email": "ednaw@att.net",
            "fitting_date": "2024-08-27",
            "device_left": {"model": "Phonak Audeo L90-R", "serial": "2245A1HJK"},
            "device_right": {"model": "Phonak Audeo L90-R", "serial": "2245A1HKM"},
            "bt_mac": "F0:4D:A2:7C:11:9E",
            "hearing_loss": "moderate sensorineural, bilateral",
            "audiologist": "Megan Park, AuD",
        },
        {
            ("client_name", "NAME"),
            ("client_email", "EMAIL"),
            ("fitting_date", "DATE"),
            ("device_left.serial", "DEVICE_ID"),
            ("device_right.serial", "DEVICE_ID"),
            ("bt_mac", "DEVICE_ID"),
            ("hearing_loss", "HEALTH"),
            ("audiologist", "NAME"),
        },
        {("device_left.model", "*"), ("device_right.model", "*")},
        True,
    ),
    (
        "Breast pump through insurance (landing-page form): due date and payer",
        {
            "form": "insurance_breast_pump_v2",
            "fields": {
                "mom_first_name": "Aaliyah",
                "mom_last_name": "Freeman",
                "email": "aaliyah.freeman@gmail.com",
                "phone": "3305550176",
                "due_date": "2024-12-03",
                "insurance_carrier": "CareSource",
                "member_id": "CS884213377",
                "pump_choice": "Spectra S1 Plus",
            },
            "utm_campaign": "breast_pump_insurance_search",
            "submitted": "2024-10-01 18:22:40",
        },
        {
            ("fields.mom_first_name", "NAME"),
            ("fields.mom_last_name", "NAME"),
            ("fields.email", "EMAIL"),
            ("fields.phone", "PHONE"),
            ("fields.due_date", "DATE"),
            ("fields.member_id", "HEALTH_PLAN_ID"),
        },
        {("fields.insurance_carrier", "*"), ("utm_campaign", "*"), ("submitted", "*")},
        True,
    ),
    (
        "Ostomy supply subscription renewal (Recharge-like): stoma size and colostomy",
        {
            "subscription_id": 66120884,
            "customer_email": "r.baptiste@hotmail.com",
            "billing_first_name": "Roland",
            "billing_last_name": "Baptiste",
            "product_title": 'Colostomy pouch, closed-end, 1-3/4" flange',
            "properties": [{"name": "Stoma size", "value": "38 mm"}],
            "next_charge_scheduled_at": "2024-11-01",
            "status": "ACTIVE",
        },
        {
            ("customer_email", "EMAIL"),
            ("billing_first_name", "NAME"),
            ("billing_last_name", "NAME"),
            ("product_title", "HEALTH"),
        },
        {("subscription_id", "*"), ("status", "*")},
        True,
    ),
    (
        "Device registration / warranty form: a nebulizer, serial, home address",
        {
            "RegistrationID": "WR-77120394",
            "Product": "Nebulizer compressor kit",
            "SerialNo": "NB7K-220419-0087",
            "PurchaseDate": "08/30/2024",
            "OwnerFirstName": "Terrence",
            "OwnerLastName": "Holloway",
            "Street": "5120 Brandywine Blvd",
            "City": "Dayton",
            "Zip": "45415",
            "Email": "tholloway@icloud.com",
            "UsedFor": "COPD",
        },
        {
            ("SerialNo", "DEVICE_ID"),
            ("OwnerFirstName", "NAME"),
            ("OwnerLastName", "NAME"),
            ("Street", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Email", "EMAIL"),
            ("UsedFor", "HEALTH"),
        },
        {("RegistrationID", "*")},
        True,
    ),
    (
        "Recall notification send list: patient, device serial, recall campaign",
        {
            "recall_campaign": "FSN-2024-017",
            "recall_posted": "2024-06-28",
            "patient_name": "Gerald Finch",
            "patient_email": "gfinch@sbcglobal.net",
            "device": "DreamStation CPAP",
            "device_sn": "J17485502D8C2",
            "remedy": "Foam replacement, ship loaner unit",
            "notice_sent": "2024-07-02T10:00:00Z",
        },
        {
            ("patient_name", "NAME"),
            ("patient_email", "EMAIL"),
            ("device", "HEALTH"),
            ("device_sn", "DEVICE_ID"),
        },
        {("recall_campaign", "*"), ("recall_posted", "*"), ("notice_sent", "*")},
        True,
    ),
    (
        "Full UDI on a patient's implant card: (21) serial makes it one device",
        {
            "patient_mrn": "MRN00441287",
            "patient_last": "Sorensen",
            "implant": "Cochlear implant, CI622",
            "udi": "(01)09321502041233(17)290930(10)LT8822(21)CI622K3309871",
            "implant_date": "2024-03-12",
        },
        {
            ("patient_mrn", "MRN"),
            ("patient_last", "NAME"),
            ("implant", "HEALTH"),
            ("udi", "DEVICE_ID"),
            ("implant_date", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Insurance verification for a CPAP: eligibility response, group number",
        {
            "Patient": "Nadia Haddad",
            "DOB": "1970-10-06",
            "Payer": "UnitedHealthcare",
            "Member ID": "948221730",
            "Group #": "0701234",
            "Plan": "Choice Plus PPO",
            "HCPCS Requested": "E0601 RR, A7030, A7038",
            "Deductible Remaining": "$1,250.00",
            "Coinsurance": "20%",
            "Prior Auth Required": "No",
            "Verified On": "2024-10-01",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("HCPCS Requested", "HEALTH"),
        },
        {
            ("Payer", "*"),
            ("Group #", "*"),
            ("Plan", "*"),
            ("Deductible Remaining", "*"),
            ("Coinsurance", "*"),
        },
        True,
    ),
    (
        "Manufacturer support page contact row (clean): support line and HQ",
        {
            "company": "Somnus Respiratory Inc.",
            "support_phone": "1-800-555-0199",
            "support_hours": "Mon-Fri 8am-8pm ET",
            "hq_address": "1400 Innovation Pkwy, Murrysville, PA 15668",
            "support_email": "support@somnusresp.com",
        },
        set(),
        {
            ("company", "*"),
            ("support_phone", "*"),
            ("support_hours", "*"),
            ("hq_address", "*"),
            ("support_email", "*"),
        },
        False,
    ),
    (
        "Firmware release note row (clean): versions, build ids, a device family",
        {
            "release": "SX585-0312",
            "version": "10.4.1.200",
            "build": "2024.09.18-r3",
            "device_family": "AirSense 11",
            "released_at": "2024-09-18",
            "notes": "Improves humidifier warm-up; fixes Bluetooth reconnect on Android 14",
        },
        set(),
        {
            ("release", "*"),
            ("version", "*"),
            ("build", "*"),
            ("device_family", "*"),
            ("released_at", "*"),
        },
        False,
    ),
    (
        "Mobility equipment lead (clean of health): a walker from the web store, no identifiers",
        {
            "session_id": "1728051122.88",
            "page": "/shop/mobility/rollators",
            "search_term": "rollator walker with seat",
            "cart_value": "149.99",
            "region": "OH",
        },
        set(),
        {("session_id", "*"), ("cart_value", "*"), ("region", "*")},
        False,
    ),
    (
        "Patient record without health: an address change on a DME account",
        {
            "PatientKey": "BT-0061172",
            "Name": "Franklin Osei",
            "Phone": "937-555-0105",
            "OldAddress": "91 Wayne Ave, Dayton, OH 45402",
            "NewAddress": "3300 Far Hills Ave Apt 12, Kettering, OH 45429",
            "ChangedBy": "csr_jlopez",
            "ChangedOn": "2024-09-03T12:44:00Z",
        },
        {
            ("PatientKey", "OTHER_ID|MRN"),
            ("Name", "NAME"),
            ("Phone", "PHONE"),
            ("OldAddress", "LOCATION"),
            ("NewAddress", "LOCATION"),
        },
        {("ChangedOn", "*")},
        False,
    ),
    (
        "Health but no identifier: resupply cadence rules table",
        {
            "item": "CPAP nasal mask cushion",
            "hcpcs": "A7032",
            "max_units": "2",
            "per_months": "1",
            "payer_rule": "Medicare",
        },
        {("item", "HEALTH")},
        {("max_units", "*"), ("per_months", "*"), ("payer_rule", "*")},
        False,
    ),
    (
        "Sleep lab referral to the DME: diagnosis, titration pressure, fax",
        {
            "referral_id": "REF-88231",
            "patient": {"first": "Monique", "last": "Sutton", "dob": "04/09/1983"},
            "study": "Split-night polysomnography",
            "study_date": "2024-09-20",
            "dx": "G47.33",
            "titration": "CPAP 9 cmH2O",
            "referring_fax": "(614) 555-0181",
            "referring_provider": "Dr. Elena Voss",
        },
        {
            ("patient.first", "NAME"),
            ("patient.last", "NAME"),
            ("patient.dob", "DATE"),
            ("study", "HEALTH"),
            ("study_date", "DATE"),
            ("dx", "HEALTH"),
            ("titration", "HEALTH"),
            ("referring_fax", "FAX|PHONE"),
            ("referring_provider", "NAME"),
        },
        {("referral_id", "*")},
        True,
    ),
    (
        "Marketing email event: a resupply reminder open, hashed email, list name",
        {
            "event": "open",
            "email_sha256": _sha("cora.bishop@gmail.com"),
            "list": "CPAP Resupply Reminders",
            "campaign": "Mask_Cushion_90Day_Reminder",
            "timestamp": 1727865600,
            "ip": "73.162.44.201",
        },
        {("email_sha256", "HASHED_ID"), ("ip", "IP_ADDRESS"), ("list", "HEALTH")},
        {("timestamp", "*")},
        True,
    ),
    (
        "Return authorization (RMA): a wheelchair cushion returned, order and RMA numbers",
        {
            "rma_number": "RMA-240918-0031",
            "original_order": "SO-5519877",
            "item": "ROHO Quadtro Select cushion",
            "reason_code": "WRONG_SIZE",
            "condition": "Unopened",
            "received_dc": "DC-COL-02",
            "received_at": "2024-09-18T15:10:00Z",
        },
        set(),
        {
            ("rma_number", "*"),
            ("original_order", "*"),
            ("reason_code", "*"),
            ("condition", "*"),
            ("received_dc", "*"),
            ("received_at", "*"),
        },
        False,
    ),
    (
        "Call-center note on a resupply call: free text with a name and the DOB",
        {
            "Case Number": "00048823",
            "Subject": "Resupply - CPAP",
            "Description": (
                "Spoke with pt Harold Jenkins, verified DOB 5/2/1951. Pt reports mask "
                "leaking and dry mouth, wants full face mask instead of nasal pillows. "
                "Sent to RT for refit."
            ),
            "Status": "Closed",
            "CreatedDate": "2024-10-04T17:31:00.000+0000",
        },
        {
            ("Description", "NAME"),
            ("Description", "DATE"),
            ("Description", "HEALTH"),
            ("Subject", "HEALTH"),
        },
        {("Case Number", "*"), ("Status", "*"), ("CreatedDate", "*")},
        True,
    ),
    (
        "Distribution-centre directory row (clean): a warehouse's address and phone",
        {
            "dc_code": "DC-COL-02",
            "dc_name": "Columbus Distribution Center",
            "address": "6200 Port Rd",
            "city": "Groveport",
            "state": "OH",
            "zip": "43125",
            "dock_phone": "(614) 555-0100",
            "cutoff_time": "15:00",
        },
        set(),
        {
            ("dc_code", "*"),
            ("dc_name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("dock_phone", "*"),
            ("cutoff_time", "*"),
        },
        False,
    ),
    (
        "Incontinence sample request form (CSV): name, address, reason",
        {
            "Full Name": "Patricia Lindqvist",
            "Address": "1407 Oak Hollow Ct",
            "City": "Hilliard",
            "ZIP": "43026",
            "Email": "plindqvist@gmail.com",
            "Product Interest": "Bladder control pads, heavy absorbency",
            "For Whom": "Myself",
            "Submitted": "10/03/2024 08:41 AM",
        },
        {
            ("Full Name", "NAME"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("Email", "EMAIL"),
            ("Product Interest", "HEALTH"),
        },
        {("For Whom", "*")},
        True,
    ),
    (
        "CPAP compliance alert webhook: non-compliant patient, usage below 4h",
        {
            "alert_type": "NON_COMPLIANCE_30D",
            "patient_ref": "ECN-20874459871",
            "patient_phone": "+13805550129",
            "device_serial": "23221177012",
            "days_used_4h": 12,
            "window_end": "2024-10-06",
            "therapy": "CPAP",
            "fired_at": "2024-10-07T06:00:03Z",
        },
        {
            ("patient_ref", "OTHER_ID|MRN"),
            ("patient_phone", "PHONE"),
            ("device_serial", "DEVICE_ID"),
            ("therapy", "HEALTH"),
        },
        {("alert_type", "*"), ("fired_at", "*"), ("days_used_4h", "*")},
        True,
    ),
    (
        "Device serial with no person (clean-ish): refurbished unit stock list",
        {
            "stock_id": "RFB-00912",
            "model": "AirSense 10 AutoSet",
            "serial": "22161822344",
            "grade": "A",
            "hours": "1840",
            "firmware": "SX567-0401",
        },
        set(),
        {("stock_id", "*"), ("model", "*"), ("grade", "*"), ("hours", "*"), ("firmware", "*")},
        False,
    ),
    (
        "Payer prior-authorization status feed: auth number, member id, HCPCS",
        {
            "auth_number": "PA240912-77310",
            "member_id": "XZH884201933",
            "member_name": "OKONKWO, GRACE",
            "hcpcs": "E0784",
            "description": "Insulin pump, external, ambulatory",
            "status": "APPROVED",
            "valid_from": "2024-09-12",
            "valid_to": "2025-09-11",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("member_name", "NAME"),
            ("hcpcs", "HEALTH"),
            ("description", "HEALTH"),
        },
        {("status", "*")},
        True,
    ),
    (
        "Mobility scooter delivery and setup by a technician: delivery date and address",
        {
            "WorkOrder": "WO-118230",
            "Customer": "Lorraine Pettaway",
            "Delivery Address": "2890 Sawmill Pkwy, Powell, OH 43065",
            "Equipment": "Power operated vehicle, 3-wheel (K0800)",
            "Delivered": "09/24/2024",
            "Technician": "tech_0412",
            "Signature On File": "Y",
        },
        {
            ("Customer", "NAME"),
            ("Delivery Address", "LOCATION"),
            ("Equipment", "HEALTH"),
            ("Delivered", "DATE"),
        },
        {("WorkOrder", "*"), ("Technician", "*"), ("Signature On File", "*")},
        True,
    ),
    (
        "GA4 event on the resupply portal: reorder submitted, client id, no person's name",
        {
            "event_name": "reorder_submitted",
            "user_pseudo_id": "1843377520.1727901234",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {"string_value": "https://shop.example-dme.com/cpap-supplies/reorder"},
                },
                {"key": "item_category", "value": {"string_value": "CPAP Masks"}},
            ],
            "event_timestamp": "1727901299123456",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {("event_timestamp", "*")},
        True,
    ),
    (
        "Wound care supply order: negative-pressure therapy, wound stage",
        {
            "Patient Name": "Otis Crenshaw",
            "Patient Phone": "(513) 555-0174",
            "Item": "NPWT dressing kit, medium (A6550)",
            "Wound Type": "Stage 3 pressure ulcer, sacrum",
            "Start of Care": "2024-09-09",
            "Home Health Agency": "Queen City Home Health",
        },
        {
            ("Patient Name", "NAME"),
            ("Patient Phone", "PHONE"),
            ("Item", "HEALTH"),
            ("Wound Type", "HEALTH"),
            ("Start of Care", "DATE"),
        },
        {("Home Health Agency", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "IVR reorder call outcome: keypad answers for a resupply order": (
        set(),
        set(),
        {("call_start", "*")},
        "a call's start is neither expected nor forbidden in tests/test_calls_and_scheduling.py "
        "(Marchex's ``call_start``): the time a patient called may be theirs, so the blind "
        "must-not was stricter than the project",
    ),
    "Breast pump through insurance (landing-page form): due date and payer": (
        set(),
        set(),
        {("utm_campaign", "*")},
        "the dictionary reads campaign values (tests/test_consumer_health.py: camelCase and "
        "snake_case campaigns), and a form row's campaign that names a breast pump says what "
        "the person asked for; only ``marketing_names`` leaves ``utm_*`` keys alone",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "AirView-like compliance export: usage, AHI, serial and the modem's IMEI": (
        {("ECN", "OTHER_ID|MRN")},
        "``ECN`` is one therapy portal's abbreviation of its patient number; as a bare key it "
        "is Explicit Congestion Notification in network and flow logs, so no field rule can "
        "take it without a word saying whose it is (the row is PHI by its name, DOB and AHI)",
    ),
    "Device registration / warranty form: a nebulizer, serial, home address": (
        {("OwnerFirstName", "NAME"), ("OwnerLastName", "NAME")},
        "``Owner First Name`` is a CRM record owner's (staff) in every Salesforce and HubSpot "
        "export (detectors/staff.py, SYSTEM_TOKENS' ``owner``); the device owner of a "
        "warranty form cannot be told from the key alone (the row is PHI by its address, "
        "email and serial)",
    ),
    "Distribution-centre directory row (clean): a warehouse's address and phone": (
        {
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("dock_phone", "PHONE"),
            ("zip", "ZIP_CODE"),
        },
        "a listing's bare address, city, ZIP and phone are the organisation's only beside "
        "its opening hours (chunk_profiles.calendar_columns); a ``cutoff_time`` is no hours, "
        "and a bare address beside a site's code is an account's or a person's as often. A "
        "key that says whose it is (``warehouse_address``, ``ship_from``, ``Distribution "
        "Center Address``) is the organisation's already",
    ),
    "Mobility scooter delivery and setup by a technician: delivery date and address": (
        {("Delivered", "DATE")},
        "``delivered`` is an email platform's delivery stamp (field_names' SYSTEM_TOKENS); "
        "the same bare column in a supplier's work order is the patient's delivery date, and "
        "nothing but the record's kind tells them apart",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_device_resupply_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on device and supply exports fails here. Before the work, blind: SHAPES 16 misses /
#: 9 false / 16 wrong of 31, HELD_OUT 3 / 1 / 4 of 10.
FLOORS = ShapeTotals(expected=160, misses=4, false=4, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
