"""Non-emergency medical transport, food as medicine and social-care referral exports.

A blind probe, written by hand before reading the detectors: what NEMT brokers, ride
platforms' health programmes, ambulance services, medically tailored meal and
produce-prescription programmes, social-care referral platforms and community health
workers export. NEMT broker trip files (ModivCare- and MTM-like: member id, pickup and
drop-off addresses, the destination facility, mobility type, standing orders, trip legs),
Uber Health and Lyft Concierge ride exports and webhooks, broker call logs, grievances and
mileage reimbursement, ambulance run (ePCR-like) and billing rows (HCPCS ``A0427``/``A0425``,
the MBI), medically tailored meal enrolments, delivery schedules and reminder texts,
produce-prescription vouchers and their redemptions, Unite Us- and findhelp-like referrals,
SDOH screening answers (AHC HRSN-like CSV, a FHIR QuestionnaireResponse, Z-codes), CHW
case notes and visit logs, with the clean rows around them: a broker's provider network
list, a dialysis facility directory, vehicle fleet rosters and inspection logs (the
company's VINs and plates), route summaries, driver app status pings, meal menus, trip
purpose code lists and programme reports.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A ride is health context when it says why or where to in health terms.** A trip
  purpose (``Dialysis``, ``Chemotherapy``, ``physical therapy``), a standing order's reason
  (``ESRD - hemodialysis``) and a destination whose name says the care given there
  (``Fresenius Kidney Care``, ``Metro Dialysis``, ``Summit Behavioral Health``) are HEALTH:
  three rides a week to a dialysis centre say the rider is on dialysis. A general
  hospital's or a clinic's name (``Mercy Hospital``, ``Wexner Medical Center``) is neither
  expected nor forbidden, and a ride with no purpose and no such destination is not PHI
  (NEMT is a Medicaid benefit, but a member id and a ride are not a condition).
- **Mobility and level of service** (``Ambulatory``, ``WC``, ``Stretcher``, ``BLS``) are
  neither expected nor forbidden: they are the vehicle's kind as often as the rider's need.
- **SDOH**: a social need by itself (food, housing, utilities, transport, safety answers,
  a referral for rent assistance or a food pantry) is no health condition in the
  contract's vocabulary, so it is neither expected nor forbidden, and a record that holds
  only identifiers and social needs is not PHI. The Z-codes that code those needs
  (``Z59.0``, ``Z59.41``) are ICD-10 diagnosis codes and are HEALTH, as every ICD-10 code is.
  A diet that names a condition (``Renal``, ``Diabetic``) is HEALTH; ``low sodium`` and
  ``heart healthy`` are neither.
- **People**: the rider, the member, the patient and a relative who drives them (mileage
  reimbursement: Safe Harbor names relatives) are reported. A driver on a trip, a call
  agent and a dispatcher are the company's workforce on the job, like an agent on a call:
  their names are not expected and are forbidden where the key says the role. A driver
  roster, an employer's list of its employees, reports the drivers' names and licences
  (as the workforce probe reports employees), and is no PHI. An ambulance crew's medic is
  a clinician and is reported, as the project reports clinicians.
- **Vehicles**: the company's fleet (VIN, plate, fleet number) is not a person's vehicle:
  no VEHICLE_ID in fleet rosters and inspection logs; on a trip record the plate of the
  company's van is neither expected nor forbidden.
- **Places and times**: a rider's pickup address (home) is LOCATION; a destination
  facility's address is neither; a facility directory's, a provider network's and a
  garage's addresses and phones are no finding. A scheduled pickup or appointment time, a
  date of service, a discharge date, a delivery date to the member and a screening date
  are DATE; a route's service date, a ping's timestamp, a menu's week and a report's
  period are not.
- **Ids**: a broker's member id and a Medicaid id are HEALTH_PLAN_ID, an MBI too; a
  patient account number in ambulance billing is ACCOUNT_NUMBER; a platform's client or
  patient id is ``OTHER_ID|MRN``. Trip, leg, ride, route, referral, incident, voucher and
  authorization numbers, driver and vehicle ids and a facility's CCN are neither expected
  nor, where the row is the company's, allowed.

After reading the detectors no blind expectation was changed; the project's decisions are
applied on top (:data:`_DECIDED`): a ``client_id`` is read as an analytics client id
(ONLINE_ID, an identifier all the same), a claim number is the patient's OTHER_ID, and a
driver's name is reported (the blind decision above forbade it where the key says
"driver"; a key cannot tell a contractor's driver from the son who drove his mother, whom
Safe Harbor names). What the work built: a therapeutic diet in a diet field (``Diet`` =
"Renal", health_fields), the care named in a ride's destination field (``Dropoff
Facility`` = "Summit Behavioral Health", health_fields), SDOH ``Z Codes`` columns as
diagnosis fields (diagnosis_codes), a payer's provider number as no member id
(``Medicaid Provider Number``, medical_ids), fleet rosters and inspection logs (a VIN or
plate beside two of year, make, model, odometer, lift and no person: the company's
vehicles, garage and dates, chunk_profiles), listings told by ``Shifts``, ``Chairs``,
``Beds`` or ``Counties Served`` and a ``Provider Name`` (a dialysis directory's and a
broker's network list's own address and line), a ride export's ``Origin`` and
``Scheduled Time`` beside a passenger as the rider's, ``Driver Name``, ``Rider Name``,
``Passenger Name`` and an ePCR's ``Crew Lead`` as NAME, social-care agencies and
transport providers as organisations ("Durham Meals on Wheels"), and four vocabulary terms
(``kidney care``, ``renal diet``, ``renal meal(s)``). Seven records are left open
(:data:`LEFT_ALONE`): a destination's care inside a whole address field (two), a ping's
``vehicle_id``, a route's ``service_date``, a report's ``county``, a code list's
``effective`` date.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 12 / 22 /
19; after the work 4 / 5 / 9 as written, 1 / 4 / 5 with the decisions (all in LEFT_ALONE).
HELD_OUT (10 records), blind before any work 5 / 1 / 4; scored once after the work on
SHAPES: 3 / 1 / 3; after one rule that generalises (SDOH ``Z Codes`` columns) and the
decisions: 1 / 0 / 1 (a dialysis centre's name inside a ``Drop-off Address``).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "ModivCare-like trip file (CSV): a dialysis leg with member id, home pickup",
        {
            "Trip Number": "20241008-118452-A",
            "Member ID": "OH8830172245",
            "Member Name": "WASHINGTON, DELORES",
            "Member DOB": "06/14/1957",
            "Member Phone": "(614) 555-0137",
            "Pickup Address": "1184 E Livingston Ave, Columbus, OH 43205",
            "Dropoff Facility": "Fresenius Kidney Care Eastside",
            "Dropoff Address": "3520 E Broad St, Columbus, OH 43213",
            "Appointment Time": "10/08/2024 06:45",
            "Pickup Time": "10/08/2024 06:00",
            "Trip Purpose": "Dialysis",
            "Mobility Type": "AMB",
            "Transportation Provider": "Buckeye Care Transport LLC",
            "Leg": "A",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("Member DOB", "DATE"),
            ("Member Phone", "PHONE"),
            ("Pickup Address", "LOCATION"),
            ("Appointment Time", "DATE"),
            ("Trip Purpose", "HEALTH"),
            ("Dropoff Facility", "HEALTH"),
        },
        {
            ("Trip Number", "*"),
            ("Transportation Provider", "*"),
            ("Leg", "*"),
            ("Mobility Type", "*"),
        },
        True,
    ),
    (
        "MTM-like trip JSON: member object and legs with pickup and drop-off",
        {
            "tripId": 88120457,
            "member": {
                "medicaidId": "112233445566",
                "firstName": "Arturo",
                "lastName": "Villanueva",
                "dob": "1962-11-03",
                "phone": "2165550148",
            },
            "reason": "Chemotherapy",
            "levelOfService": "Wheelchair",
            "legs": [
                {
                    "legId": "88120457-1",
                    "pickup": {
                        "street": "7712 Detroit Ave",
                        "city": "Cleveland",
                        "state": "OH",
                        "zip": "44102",
                    },
                    "dropoff": {
                        "name": "Cleveland Cancer Institute",
                        "street": "9500 Euclid Ave",
                        "city": "Cleveland",
                        "zip": "44195",
                    },
                    "scheduledPickup": "2024-10-09T08:15:00-04:00",
                },
                {"legId": "88120457-2", "willCall": True},
            ],
            "createdBy": "csr.mhall",
        },
        {
            ("member.medicaidId", "HEALTH_PLAN_ID"),
            ("member.firstName", "NAME"),
            ("member.lastName", "NAME"),
            ("member.dob", "DATE"),
            ("member.phone", "PHONE"),
            ("reason", "HEALTH"),
            ("legs[0].pickup.street", "LOCATION"),
            ("legs[0].pickup.city", "LOCATION"),
            ("legs[0].pickup.zip", "ZIP_CODE"),
            ("legs[0].scheduledPickup", "DATE"),
            ("legs[0].dropoff.name", "HEALTH"),
        },
        {
            ("tripId", "*"),
            ("legs[0].legId", "*"),
            ("legs[1].legId", "*"),
            ("levelOfService", "*"),
        },
        True,
    ),
    (
        "Broker provider network list (clean): transport companies, their offices",
        {
            "Provider ID": "TP-00418",
            "Provider Name": "Buckeye Care Transport LLC",
            "Medicaid Provider Number": "0349871",
            "Office Address": "2250 Westbelt Dr",
            "City": "Columbus",
            "State": "OH",
            "Zip": "43228",
            "Dispatch Phone": "(614) 555-0100",
            "Service Levels": "AMB, WC, STR",
            "Vehicles": "34",
            "Counties Served": "Franklin; Delaware; Licking",
        },
        set(),
        {
            ("Provider ID", "*"),
            ("Provider Name", "*"),
            ("Medicaid Provider Number", "*"),
            ("Office Address", "*"),
            ("City", "*"),
            ("Zip", "*"),
            ("Dispatch Phone", "*"),
            ("Vehicles", "*"),
            ("Counties Served", "*"),
        },
        False,
    ),
    (
        "Uber Health ride export (CSV): rider, dialysis destination, coordinator, driver",
        {
            "Trip ID": "7f3c2a91-55e0-4c1b-9d2e-1a8b7c6d5e4f",
            "Rider Name": "Bernice Holloway",
            "Rider Phone Number": "+13175550162",
            "Pickup Address": "4410 N Keystone Ave, Indianapolis, IN 46205",
            "Drop-off Address": (
                "Lakeside Dialysis Center, 8150 Clearvista Pkwy, Indianapolis, IN 46256"
            ),
            "Request Time": "2024-10-07 05:41:12",
            "Status": "COMPLETED",
            "Coordinator": "care.coordination@northside-health.org",
            "Driver First Name": "Marcus",
            "Vehicle License Plate": "TRK482",
            "Fare (USD)": "23.18",
        },
        {
            ("Rider Name", "NAME"),
            ("Rider Phone Number", "PHONE"),
            ("Pickup Address", "LOCATION"),
            ("Drop-off Address", "HEALTH"),
        },
        {("Trip ID", "*"), ("Driver First Name", "NAME"), ("Fare (USD)", "*"), ("Status", "*")},
        True,
    ),
    (
        "Lyft Concierge ride export (CSV): rider, ride note with the appointment",
        {
            "Ride ID": "1893347720114552108",
            "Passenger First Name": "Gerald",
            "Passenger Last Name": "Ostrowski",
            "Passenger Phone": "412-555-0119",
            "Origin": "58 Brookline Blvd, Pittsburgh, PA 15226",
            "Destination": "UPMC Mercy, 1400 Locust St, Pittsburgh, PA 15219",
            "Scheduled Time": "10/10/2024 1:30 PM",
            "Ride Note": "Physical therapy appt after knee replacement, needs help with walker",
            "Requested By": "Dana Ferris",
            "Cost": "$18.40",
        },
        {
            ("Passenger First Name", "NAME"),
            ("Passenger Last Name", "NAME"),
            ("Passenger Phone", "PHONE"),
            ("Origin", "LOCATION"),
            ("Scheduled Time", "DATE"),
            ("Ride Note", "HEALTH"),
        },
        {("Ride ID", "*"), ("Cost", "*")},
        True,
    ),
    (
        "Vehicle fleet roster (clean): the company's vans, VINs and plates",
        {
            "Fleet #": "V-112",
            "VIN": "1FDES8PM1KKA71234",
            "Plate": "OH GTX4471",
            "Year": "2019",
            "Make": "Ford",
            "Model": "Transit 350 HD",
            "Wheelchair Lift": "Yes",
            "Capacity (amb/wc)": "8/2",
            "Garage": "2250 Westbelt Dr, Columbus, OH 43228",
            "Registration Expires": "2025-06-30",
        },
        set(),
        {
            ("Fleet #", "*"),
            ("VIN", "*"),
            ("Plate", "*"),
            ("Garage", "*"),
            ("Registration Expires", "*"),
            ("Capacity (amb/wc)", "*"),
        },
        False,
    ),
    (
        "Ambulance run export (ePCR-like CSV): patient over 89, complaint, impression, medic",
        {
            "Incident Number": "2024-048812",
            "Unit": "Medic 14",
            "Patient Last Name": "Kowalski",
            "Patient First Name": "Irene",
            "Age": "93",
            "DOB": "02/17/1931",
            "Incident Address": "600 Maple Grove Rd, Apt 3, Dublin, OH 43017",
            "Chief Complaint": "Shortness of breath",
            "Primary Impression": "CHF exacerbation",
            "Destination": "Mount Carmel St. Ann's",
            "Disposition": "Transported, lights and sirens",
            "Crew Lead": "Paramedic Tom Reyes",
            "Dispatch Time": "2024-09-28 02:14:33",
        },
        {
            ("Patient Last Name", "NAME"),
            ("Patient First Name", "NAME"),
            ("Age", "AGE_OVER_89"),
            ("DOB", "DATE"),
            ("Incident Address", "LOCATION"),
            ("Chief Complaint", "HEALTH"),
            ("Primary Impression", "HEALTH"),
            ("Crew Lead", "NAME"),
        },
        {("Incident Number", "*"), ("Unit", "*")},
        True,
    ),
    (
        "Ambulance billing claim row: patient account, MBI, HCPCS and ICD-10, mileage",
        {
            "Patient Account #": "AMB-20240928-0412",
            "Patient": "Kowalski, Irene",
            "MBI": "1EG4TE5MK73",
            "DOS": "09/28/2024",
            "HCPCS 1": "A0427",
            "HCPCS 2": "A0425",
            "Loaded Miles": "7.4",
            "ICD-10": "I50.9",
            "Pickup ZIP": "43017",
            "Billed": "1,482.60",
            "Payer": "Medicare Part B",
        },
        {
            ("Patient Account #", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Patient", "NAME"),
            ("MBI", "HEALTH_PLAN_ID"),
            ("DOS", "DATE"),
            ("HCPCS 1", "HEALTH"),
            ("ICD-10", "HEALTH"),
            ("Pickup ZIP", "ZIP_CODE"),
        },
        {("Loaded Miles", "*"), ("Billed", "*"), ("Payer", "*")},
        True,
    ),
    (
        "Medically tailored meal enrolment (CSV): renal diet, CKD, start date",
        {
            "Client ID": "MTM-004821",
            "First Name": "Lucille",
            "Last Name": "Baptiste",
            "Date of Birth": "1950-08-09",
            "Delivery Address": "2207 Grant Ave",
            "City": "Philadelphia",
            "ZIP": "19114",
            "Phone": "215-555-0183",
            "Diet": "Renal",
            "Diagnosis": "CKD stage 4",
            "Referral Source": "Jefferson Nephrology",
            "Program Start": "2024-09-16",
            "Meals/Week": "14",
        },
        {
            ("Client ID", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Delivery Address", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("Diet", "HEALTH"),
            ("Diagnosis", "HEALTH"),
        },
        {("Meals/Week", "*")},
        True,
    ),
    (
        "Meal delivery schedule (JSON): client, diet code and description, delivery date",
        {
            "delivery_id": "DLV-2024-10-11-00317",
            "client": {
                "client_id": "MTM-005530",
                "name": "Roosevelt Tate",
                "address": "815 W Olney Ave, Philadelphia, PA 19141",
                "phone": "2675550127",
            },
            "delivery_date": "2024-10-11",
            "window": "10:00-14:00",
            "diet_code": "DIAB",
            "diet_description": "Diabetic (carb-controlled)",
            "meals": [
                {"sku": "MTM-DB-112", "name": "Turkey chili with brown rice"},
                {"sku": "MTM-DB-140", "name": "Baked cod, green beans"},
            ],
            "route": "R-07",
        },
        {
            ("client.client_id", "OTHER_ID|MRN"),
            ("client.name", "NAME"),
            ("client.address", "LOCATION"),
            ("client.phone", "PHONE"),
            ("delivery_date", "DATE"),
            ("diet_description", "HEALTH"),
        },
        {
            ("delivery_id", "*"),
            ("meals[0].sku", "*"),
            ("meals[1].sku", "*"),
            ("meals[0].name", "*"),
            ("route", "*"),
            ("window", "*"),
        },
        True,
    ),
    (
        "Meal menu (clean): a week's renal and diabetic menu items",
        {
            "menu_week": "2024-10-14",
            "item_code": "MTM-RN-205",
            "item_name": "Herb roasted chicken, white rice, green beans",
            "diet_tags": "renal; low sodium; diabetic friendly",
            "sodium_mg": "420",
            "potassium_mg": "390",
            "kitchen": "South Philly Commissary",
        },
        set(),
        {
            ("menu_week", "*"),
            ("item_code", "*"),
            ("item_name", "*"),
            ("sodium_mg", "*"),
            ("potassium_mg", "*"),
            ("kitchen", "*"),
        },
        False,
    ),
    (
        "Produce prescription voucher issuance: patient, MRN, prediabetes, clinic",
        {
            "voucher_no": "PRX-24-018834",
            "patient_name": "Keisha Monroe",
            "mrn": "E2291846",
            "dob": "1988-01-26",
            "qualifying_dx": "Prediabetes (R73.03)",
            "prescribing_clinic": "Eastside Family Health Center",
            "issued": "2024-08-05",
            "value_usd": "40.00",
            "expires": "2024-11-30",
        },
        {
            ("patient_name", "NAME"),
            ("mrn", "MRN"),
            ("dob", "DATE"),
            ("qualifying_dx", "HEALTH"),
            ("issued", "DATE"),
        },
        {("value_usd", "*"), ("prescribing_clinic", "*")},
        True,
    ),
    (
        "Produce voucher redemption at a farmers market (no person)",
        {
            "redemption_id": "RDM-77120",
            "voucher_no": "PRX-24-018834",
            "market": "Clintonville Farmers Market",
            "vendor": "Rhoads Farm",
            "amount": "12.50",
            "redeemed_at": "2024-08-17T10:42:00-04:00",
            "category": "fruits_vegetables",
        },
        set(),
        {
            ("redemption_id", "*"),
            ("market", "*"),
            ("vendor", "*"),
            ("amount", "*"),
            ("redeemed_at", "*"),
            ("category", "*"),
        },
        False,
    ),
    (
        "Unite Us-like referral JSON: client, contact lists, food assistance, diabetes note",
        {
            "id": "c2f1a7d4-8b3e-4f0a-9e61-2d7c5b8a4f10",
            "state": "accepted",
            "service_type": {"name": "Food Assistance"},
            "client": {
                "first_name": "Tyrone",
                "last_name": "Beasley",
                "date_of_birth": "1971-05-30",
                "phone_numbers": [{"phone_number": "+19195550174", "phone_type": "mobile"}],
                "addresses": [
                    {"line_1": "311 Alston Ave", "city": "Durham", "postal_code": "27701"}
                ],
            },
            "description": (
                "Pt with type 2 diabetes discharged 10/02 after DKA admission, no food at "
                "home, needs medically tailored meals"
            ),
            "sending_provider": {"name": "Duke Regional Hospital - Case Management"},
            "receiving_provider": {"name": "Durham Meals on Wheels"},
            "created_at": "2024-10-03T15:20:11Z",
        },
        {
            ("client.first_name", "NAME"),
            ("client.last_name", "NAME"),
            ("client.date_of_birth", "DATE"),
            ("client.phone_numbers[0].phone_number", "PHONE"),
            ("client.addresses[0].line_1", "LOCATION"),
            ("client.addresses[0].city", "LOCATION"),
            ("client.addresses[0].postal_code", "ZIP_CODE"),
            ("description", "HEALTH"),
        },
        {
            ("sending_provider.name", "*"),
            ("receiving_provider.name", "*"),
            ("created_at", "*"),
            ("client.phone_numbers[0].phone_type", "*"),
        },
        True,
    ),
    (
        "findhelp-like search analytics (no person): a food pantry search by ZIP",
        {
            "session_id": "s_9c41e0b7",
            "search_term": "food pantry",
            "zip_searched": "43215",
            "category": "food",
            "results": 37,
            "clicked_program": "Mid-Ohio Food Collective Pantry",
            "ts": "2024-10-05T18:02:44Z",
        },
        set(),
        {
            ("search_term", "*"),
            ("category", "*"),
            ("results", "*"),
            ("clicked_program", "*"),
            ("ts", "*"),
        },
        False,
    ),
    (
        "AHC HRSN-like SDOH screening (wide CSV): answers and Z-codes",
        {
            "MRN": "100428817",
            "Patient Name": "Alvarez, Rosa M",
            "Screen Date": "09/30/2024",
            "Living Situation": "I have a place to live today, but I am worried about losing it",
            "Food Worry": "Often true",
            "Food Ran Out": "Sometimes true",
            "Utilities Shutoff Threat": "Yes",
            "Transportation Barrier": "Yes",
            "Physically Hurt You": "Never",
            "Z Codes": "Z59.811; Z59.41",
            "Screener": "CHW",
        },
        {
            ("MRN", "MRN"),
            ("Patient Name", "NAME"),
            ("Screen Date", "DATE"),
            ("Z Codes", "HEALTH"),
        },
        {("Screener", "*"), ("Physically Hurt You", "*")},
        True,
    ),
    (
        "FHIR QuestionnaireResponse: a PRAPARE-like screening, social needs only",
        {
            "resourceType": "QuestionnaireResponse",
            "id": "qr-5521",
            "questionnaire": "http://example.org/Questionnaire/prapare",
            "status": "completed",
            "subject": {"reference": "Patient/80217734"},
            "authored": "2024-09-30T14:05:00-04:00",
            "item": [
                {
                    "linkId": "housing-status",
                    "answer": [{"valueCoding": {"display": "I do not have housing"}}],
                },
                {
                    "linkId": "food-insecurity",
                    "answer": [{"valueCoding": {"display": "Yes"}}],
                },
            ],
        },
        {
            ("subject.reference", "OTHER_ID|MRN"),
            ("authored", "DATE"),
        },
        {("item[0].linkId", "*"), ("item[1].linkId", "*"), ("status", "*"), ("id", "*")},
        False,
    ),
    (
        "CHW case note: free text with a name, a date, conditions and a medication",
        {
            "note_id": "N-33891",
            "client_id": "CL-20417",
            "author": "chw_jgreene",
            "note": (
                "Home visit with Mr. Darnell Hughes on 10/04. He is still short on rent and "
                "rationing his insulin because of cost; BP 162/98, says he stopped taking "
                "lisinopril. Referred to Legal Aid for eviction notice and to the clinic "
                "pharmacy assistance program."
            ),
            "created": "2024-10-04T19:44:00Z",
        },
        {
            ("client_id", "OTHER_ID|MRN"),
            ("note", "NAME"),
            ("note", "DATE"),
            ("note", "HEALTH"),
        },
        {("note_id", "*"), ("created", "*"), ("author", "NAME")},
        True,
    ),
    (
        "Care coordination task list (CRM): utility assistance, no health",
        {
            "Task ID": "T-000918",
            "Client": "Yolanda Pierce",
            "Client Phone": "(704) 555-0156",
            "Task": "Call about LIHEAP utility assistance application",
            "Due": "2024-10-15",
            "Assigned To": "Bianca Torres",
            "Status": "Open",
        },
        {("Client", "NAME"), ("Client Phone", "PHONE")},
        {("Task ID", "*"), ("Status", "*"), ("Task", "HEALTH"), ("Assigned To", "NAME")},
        False,
    ),
    (
        "NEMT standing order: three dialysis rides a week, reason ESRD",
        {
            "StandingOrderID": "SO-55120",
            "MemberID": "MI7723310045",
            "MemberName": "Clarence Whitaker",
            "HomeAddress": "2741 Cleveland Ave, Columbus, OH 43211",
            "Days": "M,W,F",
            "PickupTime": "05:30",
            "Facility": "DaVita Riverside Dialysis",
            "Reason": "ESRD - hemodialysis",
            "StartDate": "2024-07-01",
            "EndDate": "2024-12-31",
            "Attendant": "No",
        },
        {
            ("MemberID", "HEALTH_PLAN_ID"),
            ("MemberName", "NAME"),
            ("HomeAddress", "LOCATION"),
            ("Reason", "HEALTH"),
            ("Facility", "HEALTH"),
        },
        {("StandingOrderID", "*"), ("Days", "*"), ("Attendant", "*")},
        True,
    ),
    (
        "Driver app status ping (no rider): trip, driver and vehicle ids, coordinates",
        {
            "trip_id": "20241008-118452-A",
            "status": "ARRIVED_PICKUP",
            "driver_id": "DRV-3381",
            "vehicle_id": "V-112",
            "lat": 39.95341,
            "lng": -82.95817,
            "speed_mph": 0,
            "ts": "2024-10-08T05:58:41-04:00",
        },
        set(),
        {
            ("trip_id", "*"),
            ("status", "*"),
            ("driver_id", "*"),
            ("vehicle_id", "*"),
            ("speed_mph", "*"),
            ("ts", "*"),
        },
        False,
    ),
    (
        "Route summary (clean): a provider's day of trips",
        {
            "route_id": "R-0412",
            "service_date": "2024-10-08",
            "provider": "Buckeye Care Transport LLC",
            "vehicle": "V-112",
            "trips_completed": "14",
            "no_shows": "2",
            "loaded_miles": "96.3",
            "on_time_pct": "0.86",
        },
        set(),
        {
            ("route_id", "*"),
            ("service_date", "*"),
            ("provider", "*"),
            ("vehicle", "*"),
            ("trips_completed", "*"),
            ("no_shows", "*"),
            ("loaded_miles", "*"),
            ("on_time_pct", "*"),
        },
        False,
    ),
    (
        "Dialysis facility directory (clean): name, address, phone, CCN, hours",
        {
            "Facility Name": "DaVita Riverside Dialysis",
            "CCN": "362584",
            "Address Line 1": "3100 Olentangy River Rd",
            "City": "Columbus",
            "State": "OH",
            "ZIP Code": "43202",
            "Phone Number": "(614) 555-0192",
            "Shifts": "Mon/Wed/Fri 5:00 AM - 9:00 PM",
            "Chairs": "24",
        },
        set(),
        {
            ("CCN", "*"),
            ("Address Line 1", "*"),
            ("City", "*"),
            ("ZIP Code", "*"),
            ("Phone Number", "*"),
            ("Shifts", "*"),
            ("Chairs", "*"),
        },
        False,
    ),
    (
        "Broker call-centre booking log: caller, member id, cardiology visit, agent",
        {
            "call_id": "CL-2024100711842",
            "caller_ani": "+17405550198",
            "member_id": "OH4410928873",
            "appointment_type": "Cardiology follow-up",
            "appointment_date": "10/15/2024",
            "agent_name": "Priya Natarajan",
            "queue": "TRIP_BOOKING_EN",
            "handle_time_sec": 412,
        },
        {
            ("caller_ani", "PHONE"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("appointment_type", "HEALTH"),
            ("appointment_date", "DATE"),
        },
        {("call_id", "*"), ("agent_name", "NAME"), ("queue", "*"), ("handle_time_sec", "*")},
        True,
    ),
    (
        "Mileage reimbursement (friends and family driver): the relative who drove",
        {
            "Claim #": "MR-24-00871",
            "Member Name": "Hattie Simmons",
            "Member ID": "IN5590214477",
            "Driver Name": "Curtis Simmons",
            "Relationship": "Son",
            "Trip Date": "09/19/2024",
            "Destination": "IU Health Methodist Hospital",
            "Appointment Type": "Physical therapy",
            "Round Trip Miles": "38",
            "Rate": "0.20",
        },
        {
            ("Member Name", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Driver Name", "NAME"),
            ("Trip Date", "DATE"),
            ("Appointment Type", "HEALTH"),
        },
        {("Claim #", "*"), ("Round Trip Miles", "*"), ("Rate", "*"), ("Relationship", "*")},
        True,
    ),
    (
        "Trip grievance (complaint) with free text: a missed dialysis session",
        {
            "grievance_id": "GRV-004417",
            "member_name": "Ernestine Cole",
            "member_phone": "937-555-0133",
            "trip_date": "2024-09-25",
            "category": "Late pickup",
            "description": (
                "Driver was 90 minutes late and I missed my dialysis. This is the third "
                "time this month."
            ),
            "received": "2024-09-26T13:02:00Z",
        },
        {
            ("member_name", "NAME"),
            ("member_phone", "PHONE"),
            ("trip_date", "DATE"),
            ("description", "HEALTH"),
        },
        {("grievance_id", "*"), ("category", "*")},
        True,
    ),
    (
        "Medicaid NEMT benefit file: member, benefit limits, no health",
        {
            "MEMBER_ID": "KY3309871126",
            "MEMBER_LAST": "PRUITT",
            "MEMBER_FIRST": "DWAYNE",
            "DOB": "19790412",
            "PLAN": "Passport Health Plan",
            "BENEFIT": "NEMT - 24 one-way trips/yr",
            "TRIPS_USED": "9",
            "ELIG_START": "20240101",
        },
        {
            ("MEMBER_ID", "HEALTH_PLAN_ID"),
            ("MEMBER_LAST", "NAME"),
            ("MEMBER_FIRST", "NAME"),
            ("DOB", "DATE"),
        },
        {("PLAN", "*"), ("BENEFIT", "*"), ("TRIPS_USED", "*")},
        False,
    ),
    (
        "Lyft ride status webhook (JSON): passenger and origin, no health",
        {
            "event_type": "ride.status.updated",
            "ride_id": "1893347720114559931",
            "status": "pickedUp",
            "passenger": {"first_name": "Anita", "phone_number": "+15135550128"},
            "origin": {"address": "1720 Queen City Ave, Cincinnati, OH 45214", "lat": 39.1288},
            "destination": {"address": "3333 Burnet Ave, Cincinnati, OH 45229"},
            "requested_at": "2024-10-09T12:47:03Z",
        },
        {
            ("passenger.first_name", "NAME"),
            ("passenger.phone_number", "PHONE"),
            ("origin.address", "LOCATION"),
        },
        {("ride_id", "*"), ("status", "*"), ("event_type", "*")},
        False,
    ),
    (
        "Health plan meal referral (CSV): post-discharge meals, heart failure ICD-10",
        {
            "Member ID": "W884120377",
            "Member Name": "Percy Langston",
            "DOB": "1946-12-02",
            "Discharge Date": "2024-10-01",
            "Primary Dx": "I50.9",
            "Program": "14-day post-discharge meals",
            "Phone": "(502) 555-0109",
            "Delivery Address": "4120 Bardstown Rd, Louisville, KY 40218",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("DOB", "DATE"),
            ("Discharge Date", "DATE"),
            ("Primary Dx", "HEALTH"),
            ("Phone", "PHONE"),
            ("Delivery Address", "LOCATION"),
        },
        {("Program", "NAME")},
        True,
    ),
    (
        "Meal delivery reminder SMS log: renal meals arrive tomorrow",
        {
            "sid": "SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
            "from": "+18885550140",
            "to": "+12155550183",
            "body": (
                "Hi Lucille, your 7 renal meals arrive tomorrow between 10am and 2pm. "
                "Reply HELP for help."
            ),
            "status": "delivered",
            "date_sent": "Thu, 10 Oct 2024 15:00:02 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("sid", "*"), ("from", "*"), ("status", "*")},
        True,
    ),
    (
        "Food-as-medicine programme report (aggregate): county, enrolment, A1c change",
        {
            "county": "Franklin",
            "period": "2024-Q3",
            "enrolled": "412",
            "meals_delivered": "23,180",
            "avg_a1c_change": "-0.6",
            "pct_food_secure_at_exit": "0.58",
        },
        set(),
        {("county", "*"), ("period", "*"), ("enrolled", "*"), ("meals_delivered", "*")},
        False,
    ),
    (
        "findhelp-like referral status (CSV): seeker, rent assistance, no health",
        {
            "Referral ID": "R-1182230",
            "Seeker Name": "Marisol Quintero",
            "Seeker Email": "marisol.q84@gmail.com",
            "Program": "Emergency Rent Assistance",
            "Organization": "Community Action Partnership",
            "Status": "Enrolled",
            "Updated": "2024-10-02 11:15",
        },
        {("Seeker Name", "NAME"), ("Seeker Email", "EMAIL")},
        {("Referral ID", "*"), ("Program", "*"), ("Organization", "*"), ("Status", "*")},
        False,
    ),
    (
        "Interfacility stretcher transport: hip fracture, hospital to skilled nursing",
        {
            "Run #": "IFT-24-3320",
            "Patient": "Harriet Lindgren",
            "DOB": "1938-03-22",
            "From Facility": "Mercy Hospital",
            "To Facility": "Sunrise Skilled Nursing",
            "Level": "BLS Stretcher",
            "Medical Necessity": "Hip fracture, non-weight bearing, bed confined",
            "Transport Date": "2024-10-03",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Medical Necessity", "HEALTH"),
            ("Transport Date", "DATE"),
        },
        {("Run #", "*"), ("From Facility", "*"), ("Level", "*")},
        True,
    ),
    (
        "Driver roster (employer's list): drivers' names and licences, no health",
        {
            "Employee #": "E-2207",
            "Driver Name": "Marcus Bell",
            "CDL / DL Number": "RB482117",
            "DL State": "OH",
            "Hire Date": "2021-03-15",
            "Certifications": "CPR, wheelchair securement",
            "Base": "Westbelt garage",
        },
        {("Driver Name", "NAME"), ("CDL / DL Number", "LICENSE_NUMBER")},
        {("DL State", "*"), ("Certifications", "HEALTH"), ("Base", "*")},
        False,
    ),
    (
        "Vehicle inspection log (clean): VIN, plate, odometer, inspector",
        {
            "inspection_id": "INS-88123",
            "vin": "1FTBR3X81LKA56789",
            "plate": "GTX4480",
            "odometer": "88412",
            "lift_cycle_test": "PASS",
            "inspected_on": "2024-09-30",
            "inspector_id": "insp_07",
        },
        set(),
        {
            ("inspection_id", "*"),
            ("vin", "*"),
            ("plate", "*"),
            ("odometer", "*"),
            ("inspected_on", "*"),
            ("inspector_id", "*"),
        },
        False,
    ),
    (
        "CHW visit log (CSV): blood pressure check, medication, next visit",
        {
            "Client Name": "Odessa Freeman",
            "Client ID": "CHW-11842",
            "Visit Date": "10/02/2024",
            "Visit Type": "Home visit",
            "Topics": "BP check 148/92; medication adherence (amlodipine); diabetic foot care",
            "Next Visit": "10/16/2024",
            "CHW": "Latoya Brooks",
        },
        {
            ("Client Name", "NAME"),
            ("Client ID", "OTHER_ID|MRN"),
            ("Visit Date", "DATE"),
            ("Topics", "HEALTH"),
            ("Next Visit", "DATE"),
        },
        {("Visit Type", "*")},
        True,
    ),
    (
        "Ride reminder SMS: your ride to a dialysis centre",
        {
            "MessageSid": "SM9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "To": "+16145550137",
            "From": "+18665550122",
            "Body": (
                "Reminder: your ride to Metro Dialysis is scheduled for Tue 10/8 at 6:15 AM. "
                "Reply C to cancel."
            ),
            "Status": "delivered",
        },
        {("To", "PHONE"), ("Body", "HEALTH"), ("Body", "DATE")},
        {("MessageSid", "*"), ("From", "*"), ("Status", "*")},
        True,
    ),
    (
        "Uber Health API trip (JSON): guest, behavioural health destination",
        {
            "request_id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
            "guest": {
                "first_name": "Jordan",
                "last_name": "Whitlock",
                "phone_number": "+14155550191",
            },
            "pickup": {"address": "2260 Mission St, San Francisco, CA 94110"},
            "dropoff": {
                "address": "Summit Behavioral Health, 1200 Van Ness Ave, San Francisco, CA"
            },
            "request_time": 1728559200,
            "status": "completed",
            "product_name": "UberX",
        },
        {
            ("guest.first_name", "NAME"),
            ("guest.last_name", "NAME"),
            ("guest.phone_number", "PHONE"),
            ("pickup.address", "LOCATION"),
            ("dropoff.address", "HEALTH"),
        },
        {("request_id", "*"), ("status", "*"), ("product_name", "*")},
        True,
    ),
    (
        "Broker trip-purpose code list (health, no identifier)",
        {
            "purpose_code": "DIAL",
            "description": "Dialysis",
            "requires_attendant": "N",
            "standing_order_allowed": "Y",
            "effective": "2024-01-01",
        },
        {("description", "HEALTH")},
        {("purpose_code", "*"), ("effective", "*")},
        False,
    ),
    (
        "Meal programme nutrition assessment: diabetes, chewing difficulty, weight",
        {
            "assessment_id": "NA-20931",
            "client_name": "Wendell Ambrose",
            "client_dob": "1944-07-19",
            "assessed_on": "2024-09-12",
            "conditions": "Type 2 diabetes; dysphagia",
            "texture": "Mechanical soft",
            "weight_lb": "162",
            "allergies": "Shellfish",
            "dietitian": "Amy Choi, RD",
        },
        {
            ("client_name", "NAME"),
            ("client_dob", "DATE"),
            ("assessed_on", "DATE"),
            ("conditions", "HEALTH"),
        },
        {("assessment_id", "*"), ("weight_lb", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_CLIENT_ID_WHY = (
    "the project reads every ``client_id`` as an analytics client id (ONLINE_ID, "
    "detectors/online_ids.py: GA's and Segment's ``clientId``); a social-care platform's "
    "client number is reported and redacted all the same, and the record's PHI verdict "
    "does not change, so either identifier entity is right"
)
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Medically tailored meal enrolment (CSV): renal diet, CKD, start date": (
        {("Client ID", "OTHER_ID|MRN|ONLINE_ID")},
        {("Client ID", "OTHER_ID|MRN")},
        set(),
        _CLIENT_ID_WHY,
    ),
    "Meal delivery schedule (JSON): client, diet code and description, delivery date": (
        {("client.client_id", "OTHER_ID|MRN|ONLINE_ID")},
        {("client.client_id", "OTHER_ID|MRN")},
        set(),
        _CLIENT_ID_WHY,
    ),
    "CHW case note: free text with a name, a date, conditions and a medication": (
        {("client_id", "OTHER_ID|MRN|ONLINE_ID")},
        {("client_id", "OTHER_ID|MRN")},
        set(),
        _CLIENT_ID_WHY,
    ),
    "CHW visit log (CSV): blood pressure check, medication, next visit": (
        {("Client ID", "OTHER_ID|MRN|ONLINE_ID")},
        {("Client ID", "OTHER_ID|MRN")},
        set(),
        _CLIENT_ID_WHY,
    ),
    "Mileage reimbursement (friends and family driver): the relative who drove": (
        set(),
        set(),
        {("Claim #", "*")},
        "a claim number is a patient's OTHER_ID (detectors/medical_ids.py reads ``claim id`` "
        "and ``claim #`` as the patient's, as the claims and pharma probes expect); a "
        "mileage-reimbursement claim is the member's",
    ),
    "Uber Health ride export (CSV): rider, dialysis destination, coordinator, driver": (
        set(),
        set(),
        {("Driver First Name", "NAME")},
        "a driver's name is reported: ``Driver First Name`` ends in a person's name part, "
        "which nothing but a person has (field_names), and a mileage claim's ``Driver "
        "Name`` is the member's relative, whom Safe Harbor names; a key cannot tell a "
        "contractor's driver from a son, so the blind must-not was stricter than a scanner "
        "can be",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Driver app status ping (no rider): trip, driver and vehicle ids, coordinates": (
        {("vehicle_id", "VEHICLE_ID")},
        "a ``vehicle_id`` field is read as a vehicle identifier; in a connected-car or an "
        "insurer's telematics export it is a person's car, and a ping names no fleet "
        "column (make, model, odometer) to tell the company's van from it",
    ),
    "Route summary (clean): a provider's day of trips": (
        {("service_date", "DATE")},
        "a bare date column is read alone (the project's decision since the pharma probe: "
        "bare dates in catalog and report rows are kept); ``service_date`` is a patient's "
        "date of service in every claim and encounter export",
    ),
    "Food-as-medicine programme report (aggregate): county, enrolment, A1c change": (
        {("county", "LOCATION")},
        "a ``county`` column is a place (Safe Harbor lists counties); the row has no total, "
        "record count or measure column that makes it an aggregate report "
        "(detectors/aggregate_reports.py), and an enrolment count alone is no such mark",
    ),
    "Broker trip-purpose code list (health, no identifier)": (
        {("effective", "DATE")},
        "a bare ``effective`` date is read alone, as in catalog rows (kept as decided); with "
        "the code list's own health word the row reads as PHI, which only a code-list shape "
        "(a code beside its description and flags) could undo",
    ),
    "Uber Health ride export (CSV): rider, dialysis destination, coordinator, driver": (
        {("Drop-off Address", "HEALTH")},
        "the whole ``Drop-off Address`` is one LOCATION, which covers the dialysis centre's "
        "name in it, as in the Uber Health API trip below",
    ),
    "Uber Health API trip (JSON): guest, behavioural health destination": (
        {("dropoff.address", "HEALTH")},
        "the whole ``dropoff.address`` is one LOCATION (a field finding outranks every "
        "other, detectors/resolve.py), which covers the facility's name in it; the care "
        "named in a destination field without a street (``Dropoff Facility``) is read "
        "(health_fields' destinations), but findings of two categories on one span would "
        "change resolution for every family",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_transport_and_social_care_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on transport, meal-programme and social-care exports fails here. Before the work, blind:
#: SHAPES 12 misses / 22 false / 19 wrong of 30, HELD_OUT 5 / 1 / 4 of 10.
FLOORS = ShapeTotals(expected=146, misses=2, false=4, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
