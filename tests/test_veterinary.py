"""Veterinary clinics, pet pharmacies and pet insurance: a domain of hard negatives.

A blind probe, written by hand before reading the detectors: what a veterinary practice's,
a pet pharmacy's and a pet insurer's marketing and client-engagement teams export.
Practice-management exports (ezyVet-, Cornerstone- and AVImark-like: the client, the
patient who is the animal, species, breed, sex, weight, problems, vaccines, reminders),
client reminder texts and emails and online bookings (PetDesk- and Vetstoria-like), pet
pharmacy orders (Chewy-like Rx with the veterinarian's approval, human drugs such as
fluoxetine, gabapentin or insulin prescribed for a dog or a cat), pet insurance quotes,
enrolments and claims (Trupanion-, Lemonade- and Nationwide-like), microchip
registrations, boarding and grooming bookings, lab results (IDEXX-like), rabies
certificates, wellness-plan memberships and clinic reviews; with the human-health
look-alikes mixed in: a pet owner's own health in a client alert or a booking note, a
human pharmacy's refill queue where a dog's prescription sits beside a person's, a rural
clinic that also runs a people's urgent care, an emotional-support-animal letter service
(the person's mental health, with a pet on the form), and the clean rows around them:
vaccine catalogs, breed references, clinic directories, monthly vaccine counts.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An animal's health is not a person's health context.** HIPAA protects individuals'
  health information; a dog's diabetes, a cat's dental disease, the vaccines due for a
  puppy, a TPLO surgery on a claim and fluoxetine or insulin prescribed for an animal say
  nothing about the owner's health. In a record that is an animal's (a species, a breed,
  a pet or animal object, a veterinary patient), the animal's diagnoses, problems,
  medications, vaccines, lab tests and procedures are forbidden as HEALTH, and the record
  is not PHI, however many of the owner's identifiers it holds. The same words in a
  record with no animal in it (a human pharmacy's row for a person, a people's urgent care
  visit) are health context as everywhere else.
- **The owner's own health is a person's health**, even inside a veterinary record: a
  client alert ("hearing impaired", "uses a wheelchair after a stroke"), an owner's note
  in the first person ("I'm seven months pregnant"), an emotional-support-animal
  evaluation (the person's anxiety, with the pet named on the form). Those are HEALTH and
  make the record PHI with the owner's identifiers.
- **The owner is a person: the client's, policyholder's, customer's and registrant's
  name, email, phone, address and ZIP are identifiers** (NAME, EMAIL, PHONE, LOCATION,
  ZIP_CODE), and the practice's client id, a pet insurance policy number, a wellness-plan
  membership and a pharmacy account are the owner's ids (``OTHER_ID|ACCOUNT_NUMBER``; a
  pet insurance policy is no health plan, but ``HEALTH_PLAN_ID`` is tolerated for it). An
  emergency contact on a boarding form is a person too.
- **The animal is no person: a pet's name is no NAME, a pet's birth date and vaccine
  dates are no DATE, a pet's age in months is no AGE_OVER_89.** Pet names are very often
  people's names (Max, Bella, Charlie, Cooper, Rocky): in a field that is the animal's
  (``Patient Name`` of a veterinary export, ``pet.name``, ``PetName``, ``Animal``) they are
  forbidden; the same for a human pharmacy's ``PatientFirstName`` on a row whose patient
  is an animal (the pharmacy writes the pet's name with the owner's surname; the surname
  is neither expected nor forbidden). The animal's own patient id (``Patient ID``,
  ``animal_id``) names the client's account as surely as the client id: neither expected
  nor forbidden. Appointment, service and claim dates are the animal's visit and the
  owner's errand at once: neither expected nor forbidden.
- **A microchip number is an identifier.** The 15-digit ISO number is an implanted
  transponder's serial, and a registry resolves it to the owner's name and phone: in a
  field named for it (``microchip``, ``chip_number``) it is ``OTHER_ID|DEVICE_ID``. A rabies
  tag number is the vaccine dose's tag from the clinic: neither expected nor forbidden.
- **The veterinarian is a clinician**: the project reports clinicians' names and licence
  numbers, so a vet's name in a field named for the vet is ``NAME``, a DEA registration
  on a controlled-drug approval ``LICENSE_NUMBER``. The clinic's own name, address, phone
  and fax (a practice directory, the clinic on an Rx approval, the clinic of a booking)
  are the organisation's: forbidden as identifiers.
- **Clean rows**: vaccine catalogs (product codes, lots, serials of a batch, expiry),
  breed references, clinic directories with hours and monthly counts per species name
  nobody: no identifier; health words there may be found but the rows are not PHI.
- An anonymous symptom search (a dog's, or a person's on a people's urgent care site) is
  health without an identifier: not PHI; the human one is expected HEALTH.

After reading the detectors no blind expectation was changed; two must-nots were wider
than decisions the project had made (a ``visit_id`` and a ``lead_id`` are a person's record
ids) and are narrowed on top (:data:`_DECIDED`). What the work built:
``detectors/animal_records.py``, a step after resolution: a record whose species, pet or
animal type (``Species`` = "Canine", ``pet.type`` = "Dog", ``PatientType`` = "Animal", a
profile's ``type`` = "pet") or ``animal_id`` makes it an animal's loses its health, DATE and
AGE_OVER_89 findings outside the person's fields (``client``, ``owner``, ``customer``,
``policyholder``, ``contact``…), and the NAME findings in the animal's own fields (its
object, ``Patient Name``, ``pet_name``, ``Animal``); and a health word in a text that names
a veterinary practice or clinician ("Maple Grove Animal Hospital", "DVM", "your pet") or
follows an animal ("dog vomiting") is a pet's. The pet's owner (``Owner Name``,
``owner_first_name``) is the client in an animal's record, not a CRM record owner
(``detectors/staff.py``). Field names: a microchip number (OTHER_ID), a veterinarian
(``vet_name``, ``attending_vet``, ``Veterinarian``), a roster's ``Licensee Name``, ``Owner
Name``, and a clinic's, hospital's or practice's own line and place (``clinic_phone``,
``vet_clinic_fax``, ``site_phone``); "Animal Hospital" and "Veterinary Clinic" end an
organisation's name for the given-name reader. Five records are left open
(:data:`LEFT_ALONE`): a practice's ``Client ID``, a vaccine's batch ``serial``, a review whose
vet practice is in another field, an emotional-support-animal form (the person's symptoms
beside a ``pet_type``), a reminder's subject line.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 12 / 38 /
21, after the work and the decisions 1 / 1 / 2 (both in LEFT_ALONE). HELD_OUT (10
records), blind before any work 3 / 18 / 8; scored once after the work on SHAPES: 1 / 3 /
3; with the decision on ``lead_id``: 1 / 2 / 3 (all three in LEFT_ALONE: none had a fix
that generalises).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "ezyVet-like contact and animal JSON: a diabetic Labrador, its microchip",
        {
            "contact": {
                "id": "20419",
                "first_name": "Karen",
                "last_name": "Holloway",
                "email": "karen.holloway@gmail.com",
                "mobile": "0412 555 018",
                "address": {
                    "street_1": "14 Wattle Grove",
                    "suburb": "Ringwood",
                    "state": "VIC",
                    "post_code": "3134",
                },
            },
            "animal": {
                "id": "88213",
                "name": "Biscuit",
                "species": "Canine",
                "breed": "Labrador Retriever",
                "sex": "Male Neutered",
                "date_of_birth": "2016-05-02",
                "weight": "34.2",
                "microchip_number": "985112004381926",
            },
            "problems": ["Diabetes mellitus", "Otitis externa"],
        },
        {
            ("contact.first_name", "NAME"),
            ("contact.last_name", "NAME"),
            ("contact.email", "EMAIL"),
            ("contact.address.street_1", "LOCATION"),
            ("animal.microchip_number", "OTHER_ID|DEVICE_ID"),
        },
        {
            ("animal.name", "NAME"),
            ("animal.date_of_birth", "DATE"),
            ("animal.breed", "*"),
            ("animal.weight", "*"),
            ("problems[0]", "HEALTH"),
            ("problems[1]", "HEALTH"),
        },
        False,
    ),
    (
        "Cornerstone-like reminder report (CSV): DHPP and Bordetella due",
        {
            "Client ID": "C-004471",
            "Client Name": "HOLLOWAY, KAREN",
            "Phone": "(503) 555-0148",
            "Email": "kholloway@comcast.net",
            "Patient ID": "P-118204",
            "Patient Name": "Bella",
            "Species": "Canine",
            "Breed": "Golden Retriever",
            "Reminder": "DHPP Vaccine 3 Year",
            "Due Date": "11/14/2024",
        },
        {
            ("Client Name", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Client ID", "OTHER_ID|ACCOUNT_NUMBER"),
        },
        {("Patient Name", "NAME"), ("Reminder", "HEALTH"), ("Breed", "*")},
        False,
    ),
    (
        "Human pharmacy refill queue (CSV): a person's fluoxetine",
        {
            "RxNumber": "6120457",
            "PatientType": "Human",
            "Species": "",
            "PatientFirstName": "Denise",
            "PatientLastName": "Alvarez",
            "PatientDOB": "02/11/1968",
            "PatientPhone": "5125550143",
            "DrugName": "FLUOXETINE HCL 20 MG CAPSULE",
            "Qty": "30",
            "Prescriber": "Sarah Whitcomb MD",
            "FillDate": "10/01/2024",
        },
        {
            ("PatientFirstName", "NAME"),
            ("PatientLastName", "NAME"),
            ("PatientDOB", "DATE"),
            ("PatientPhone", "PHONE"),
            ("DrugName", "MEDICATION"),
        },
        {("Qty", "*")},
        True,
    ),
    (
        "Human pharmacy refill queue (CSV): the family dog's fluoxetine on the next row",
        {
            "RxNumber": "6120458",
            "PatientType": "Animal",
            "Species": "Canine",
            "PatientFirstName": "Rocky",
            "PatientLastName": "Alvarez",
            "PatientDOB": "03/09/2019",
            "PatientPhone": "5125550143",
            "DrugName": "FLUOXETINE HCL 20 MG CAPSULE",
            "Qty": "30",
            "Prescriber": "Miguel Ortega DVM",
            "FillDate": "10/01/2024",
        },
        {("PatientPhone", "PHONE")},
        {
            ("PatientFirstName", "NAME"),
            ("PatientDOB", "DATE"),
            ("DrugName", "HEALTH"),
            ("Qty", "*"),
        },
        False,
    ),
    (
        "Vetstoria-like online booking: a cat vomiting, the clinic's site",
        {
            "booking_reference": "VST-7H2K9Q",
            "site_name": "Maple Grove Animal Hospital",
            "site_phone": "(614) 555-0100",
            "client_first_name": "Priya",
            "client_last_name": "Raman",
            "client_email": "priya.raman@outlook.com",
            "client_phone": "+16145550177",
            "pet_name": "Luna",
            "pet_species": "Cat",
            "pet_breed": "Domestic Shorthair",
            "appointment_type": "Sick Pet Visit",
            "start": "2024-10-14T09:30:00-04:00",
            "notes": "Luna has been vomiting and not eating for two days, some diarrhea",
        },
        {
            ("client_first_name", "NAME"),
            ("client_last_name", "NAME"),
            ("client_email", "EMAIL"),
            ("client_phone", "PHONE"),
        },
        {
            ("site_name", "*"),
            ("site_phone", "PHONE"),
            ("pet_name", "NAME"),
            ("notes", "HEALTH"),
            ("notes", "NAME"),
            ("booking_reference", "*"),
        },
        False,
    ),
    (
        "PetDesk-like reminder SMS log: Max due for rabies and a heartworm test",
        {
            "message_sid": "SM1f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c",
            "to": "+15035550148",
            "from": "+15035550100",
            "body": (
                "Max is due for his rabies booster and heartworm test at Maple Grove "
                "Animal Hospital. Book online: https://petdesk.example/book/mga"
            ),
            "status": "delivered",
            "sent_at": "2024-10-20T15:02:11Z",
        },
        {("to", "PHONE")},
        {("body", "NAME"), ("body", "HEALTH"), ("sent_at", "*"), ("message_sid", "*")},
        False,
    ),
    (
        "Chewy-like pet Rx order: fluoxetine for a dog, the vet's approval",
        {
            "order_id": "1184420937",
            "customer": {
                "first_name": "Marcus",
                "last_name": "Tillman",
                "email": "mtillman@yahoo.com",
            },
            "shipping_address": {
                "address1": "880 Orchard Ridge Dr",
                "city": "Plano",
                "state": "TX",
                "zip": "75093",
            },
            "pet": {"name": "Cooper", "type": "Dog", "breed": "Beagle", "weight_lbs": 28},
            "items": [
                {
                    "name": "Fluoxetine (Generic) Tablets, 20-mg, 30 count",
                    "rx_required": True,
                    "quantity": 1,
                }
            ],
            "vet_authorization": {
                "clinic_name": "Legacy Drive Veterinary Clinic",
                "clinic_phone": "(972) 555-0162",
                "vet_name": "Dr. Hannah Pruitt",
                "status": "APPROVED",
                "approved_at": "2024-09-12T18:20:05Z",
            },
        },
        {
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("customer.email", "EMAIL"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
            ("vet_authorization.vet_name", "NAME"),
        },
        {
            ("pet.name", "NAME"),
            ("items[0].name", "HEALTH"),
            ("vet_authorization.clinic_phone", "PHONE"),
            ("vet_authorization.clinic_name", "*"),
            ("order_id", "*"),
            ("vet_authorization.approved_at", "*"),
        },
        False,
    ),
    (
        "Trupanion-like claim JSON: a TPLO for a torn cruciate",
        {
            "claim_number": "CLM-24-0981127",
            "policy_number": "TP0042871563",
            "policyholder": {
                "first_name": "Dana",
                "last_name": "Whitaker",
                "email": "dana.whitaker@icloud.com",
                "phone": "(206) 555-0139",
            },
            "pet": {"name": "Charlie", "species": "Dog", "date_of_birth": "2018-07-21"},
            "invoice": {
                "hospital": "Eastside Veterinary Specialists",
                "date_of_service": "2024-08-28",
                "total": 5840.00,
            },
            "diagnosis": "Cranial cruciate ligament rupture, left stifle",
            "treatment": "TPLO surgery",
            "status": "PAID",
        },
        {
            ("policy_number", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("policyholder.first_name", "NAME"),
            ("policyholder.last_name", "NAME"),
            ("policyholder.email", "EMAIL"),
            ("policyholder.phone", "PHONE"),
        },
        {
            ("pet.name", "NAME"),
            ("pet.date_of_birth", "DATE"),
            ("diagnosis", "HEALTH"),
            ("treatment", "HEALTH"),
            ("invoice.hospital", "*"),
            ("invoice.total", "*"),
        },
        False,
    ),
    (
        "Lemonade-like pet insurance quote: a pre-existing hip dysplasia",
        {
            "quote_id": "q_8KfT2mZr91",
            "email": "jmorales.pdx@gmail.com",
            "zip_code": "97214",
            "pet": {
                "name": "Daisy",
                "species": "dog",
                "breed": "German Shepherd",
                "age_years": 4,
                "pre_existing_conditions": ["hip dysplasia"],
            },
            "plan": {"deductible": 250, "annual_limit": 20000, "reimbursement": 0.8},
            "monthly_premium": 38.41,
        },
        {("email", "EMAIL"), ("zip_code", "ZIP_CODE")},
        {
            ("pet.name", "NAME"),
            ("pet.pre_existing_conditions[0]", "HEALTH"),
            ("plan.deductible", "*"),
            ("plan.annual_limit", "*"),
            ("monthly_premium", "*"),
            ("quote_id", "*"),
        },
        False,
    ),
    (
        "Microchip registration (HomeAgain-like CSV): chip, owner and pet",
        {
            "Microchip Number": "985112004381926",
            "Registration Date": "2024-06-03",
            "Owner First Name": "Tomas",
            "Owner Last Name": "Reyes",
            "Address": "4127 Calle Serena",
            "City": "Tucson",
            "State": "AZ",
            "Zip": "85718",
            "Primary Phone": "520-555-0183",
            "Pet Name": "Chica",
            "Species": "Dog",
            "Breed": "Chihuahua Mix",
            "Color": "Tan/White",
            "Implanting Clinic": "Sabino Canyon Animal Hospital",
        },
        {
            ("Microchip Number", "OTHER_ID|DEVICE_ID"),
            ("Owner Last Name", "NAME"),
            ("Address", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Primary Phone", "PHONE"),
        },
        {("Pet Name", "NAME"), ("Implanting Clinic", "*"), ("Color", "*")},
        False,
    ),
    (
        "Vet CRM client with an alert about the owner: stroke, wheelchair, hearing",
        {
            "client": {
                "id": "77120",
                "name": "Edith Carmody",
                "phone": "(802) 555-0116",
                "alert": "Client uses a wheelchair since her stroke; hearing impaired, text only",
            },
            "patients": [{"name": "Pippin", "species": "Feline", "breed": "Maine Coon"}],
        },
        {
            ("client.name", "NAME"),
            ("client.phone", "PHONE"),
            ("client.alert", "HEALTH"),
        },
        {("patients[0].name", "NAME")},
        True,
    ),
    (
        "PetDesk-like booking note in the owner's own words: her pregnancy",
        {
            "appointment": {
                "id": "apt_5521907",
                "startTime": "2024-11-02T10:00:00-05:00",
                "type": "Annual Exam",
            },
            "client": {
                "firstName": "Leah",
                "lastName": "Bergstrom",
                "email": "leah.bergstrom@gmail.com",
            },
            "patient": {"name": "Oliver", "species": "Cat"},
            "clientComments": (
                "I'm seven months pregnant so I can't scoop the litter or lift his carrier, "
                "my husband will bring him"
            ),
        },
        {
            ("client.firstName", "NAME"),
            ("client.lastName", "NAME"),
            ("client.email", "EMAIL"),
            ("clientComments", "HEALTH"),
        },
        {("patient.name", "NAME"), ("appointment.id", "*")},
        True,
    ),
    (
        "Rural clinic's people's urgent care visit: strep throat",
        {
            "location": "Pine Ridge Urgent Care",
            "visit_id": "UC-2024-10-4471",
            "patient": {
                "first_name": "Cody",
                "last_name": "Lindqvist",
                "dob": "1991-04-18",
                "phone": "(406) 555-0192",
            },
            "reason_for_visit": "sore throat and fever, possible strep",
            "visit_date": "2024-10-07",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("reason_for_visit", "HEALTH"),
            ("visit_date", "DATE"),
        },
        {("location", "*"), ("visit_id", "*")},
        True,
    ),
    (
        "Same clinic's pet side: a limping dog with a urinary infection",
        {
            "location": "Pine Ridge Pet Clinic",
            "visit_id": "VET-2024-10-1187",
            "patient": {
                "name": "Tucker",
                "species": "Canine",
                "breed": "Border Collie",
                "dob": "2020-01-30",
            },
            "client": {"first_name": "Cody", "last_name": "Lindqvist", "phone": "(406) 555-0192"},
            "reason_for_visit": "limping left hind leg, urinary tract infection recheck",
            "visit_date": "2024-10-07",
        },
        {
            ("client.first_name", "NAME"),
            ("client.last_name", "NAME"),
            ("client.phone", "PHONE"),
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("reason_for_visit", "HEALTH"),
            ("location", "*"),
            ("visit_id", "*"),
        },
        False,
    ),
    (
        "Gingr-like boarding reservation: medications, vaccines, emergency contact",
        {
            "reservation_id": "R-300918",
            "owner_first_name": "Gregory",
            "owner_last_name": "Pham",
            "owner_cell": "(919) 555-0127",
            "owner_email": "greg.pham@gmail.com",
            "emergency_contact_name": "Linh Pham",
            "emergency_contact_phone": "(919) 555-0158",
            "animal_name": "Bailey",
            "animal_type": "Dog",
            "check_in": "2024-12-21",
            "check_out": "2024-12-28",
            "kennel": "Suite 14",
            "medications": "Apoquel 16 mg once daily with food; Carprofen 75 mg PRN for arthritis",
            "vaccines_verified": (
                "Rabies exp 2026-03-01; DHPP exp 2025-06-12; Bordetella exp 2025-01-15"
            ),
        },
        {
            ("owner_first_name", "NAME"),
            ("owner_last_name", "NAME"),
            ("owner_cell", "PHONE"),
            ("owner_email", "EMAIL"),
            ("emergency_contact_name", "NAME"),
            ("emergency_contact_phone", "PHONE"),
        },
        {
            ("animal_name", "NAME"),
            ("medications", "HEALTH"),
            ("vaccines_verified", "HEALTH"),
            ("vaccines_verified", "DATE"),
            ("kennel", "*"),
            ("reservation_id", "*"),
        },
        False,
    ),
    (
        "MoeGo-like grooming booking: full groom, a staff groomer",
        {
            "appointment_id": "1049921",
            "customer_name": "Alicia Strand",
            "customer_phone": "(480) 555-0164",
            "pet_name": "Mochi",
            "pet_breed": "Shih Tzu",
            "service": "Full Groom + Nail Trim + Teeth Brushing",
            "groomer": "Tasha",
            "price": "95.00",
            "appointment_date": "2024-10-19",
            "pet_notes": "Matted behind ears, sensitive skin, nervous with dryers",
        },
        {("customer_name", "NAME"), ("customer_phone", "PHONE")},
        {
            ("pet_name", "NAME"),
            ("service", "HEALTH"),
            ("pet_notes", "HEALTH"),
            ("price", "*"),
        },
        False,
    ),
    (
        "Mailchimp-like audience member of a vet clinic: dental month and senior pet tags",
        {
            "email_address": "ruth.okonkwo@gmail.com",
            "merge_fields": {
                "FNAME": "Ruth",
                "LNAME": "Okonkwo",
                "PETNAME": "Sir Waffles",
                "SPECIES": "Cat",
            },
            "tags": [{"name": "Senior Pet Wellness"}, {"name": "Feline Dental Month 2024"}],
            "status": "subscribed",
            "last_changed": "2024-02-01T12:00:41+00:00",
        },
        {
            ("email_address", "EMAIL"),
            ("merge_fields.FNAME", "NAME"),
            ("merge_fields.LNAME", "NAME"),
        },
        {
            ("merge_fields.PETNAME", "NAME"),
            ("tags[0].name", "HEALTH"),
            ("tags[1].name", "HEALTH"),
            ("last_changed", "*"),
        },
        False,
    ),
    (
        "IDEXX-like lab result for a cat: kidney panel and T4",
        {
            "accession": "IDX-4471902188",
            "clinic_id": "30221",
            "client_last_name": "Okonkwo",
            "patient_name": "Sir Waffles",
            "species": "FELINE",
            "age": "14Y",
            "test": "Chem 17 with SDMA; Total T4",
            "results": [
                {"analyte": "BUN", "value": 48, "units": "mg/dL", "flag": "H"},
                {"analyte": "Creatinine", "value": 2.6, "units": "mg/dL", "flag": "H"},
                {"analyte": "T4", "value": 5.9, "units": "ug/dL", "flag": "H"},
            ],
            "interpretation": "Consistent with hyperthyroidism and chronic kidney disease",
        },
        {("client_last_name", "NAME")},
        {
            ("patient_name", "NAME"),
            ("age", "*"),
            ("test", "HEALTH"),
            ("results[0].analyte", "HEALTH"),
            ("results[1].analyte", "HEALTH"),
            ("interpretation", "HEALTH"),
            ("clinic_id", "*"),
        },
        False,
    ),
    (
        "Vaccine product catalog row (clean): Nobivac, a serial of a batch",
        {
            "item_code": "NOB-1DAPPV-25",
            "description": "Nobivac Canine 1-DAPPv (distemper, adenovirus, parvovirus), 25 x 1 ds",
            "manufacturer": "Merck Animal Health",
            "usda_product_code": "14A5.20",
            "serial": "A481B02",
            "expiration": "03/2026",
            "cost": "112.40",
        },
        set(),
        {
            ("item_code", "*"),
            ("manufacturer", "*"),
            ("usda_product_code", "*"),
            ("serial", "*"),
            ("expiration", "*"),
            ("cost", "*"),
        },
        False,
    ),
    (
        "Clinic locations directory (clean): addresses, phones, hours, services",
        {
            "clinic_name": "Maple Grove Animal Hospital",
            "address": "2210 Maple Grove Rd",
            "city": "Columbus",
            "state": "OH",
            "zip": "43221",
            "phone": "(614) 555-0100",
            "fax": "(614) 555-0101",
            "hours": "Mon-Fri 7:30am-6pm; Sat 8am-12pm",
            "services": "Wellness exams, vaccines, dentistry, surgery, urgent care",
        },
        set(),
        {
            ("clinic_name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("fax", "*"),
        },
        False,
    ),
    (
        "Breed reference row (clean): size, weight and lifespan",
        {
            "breed": "Cavalier King Charles Spaniel",
            "species": "Canine",
            "size_class": "Small",
            "avg_weight_lbs": "13-18",
            "life_expectancy_years": "12-15",
            "common_conditions": "mitral valve disease, syringomyelia, hip dysplasia",
        },
        set(),
        {
            ("breed", "*"),
            ("size_class", "*"),
            ("avg_weight_lbs", "*"),
            ("life_expectancy_years", "*"),
        },
        False,
    ),
    (
        "Monthly vaccines given per species (clean report)",
        {
            "Month": "2024-09",
            "Clinic": "Maple Grove Animal Hospital",
            "Species": "Feline",
            "Vaccine": "FVRCP",
            "Doses Given": "214",
            "Patients Seen": "388",
        },
        set(),
        {("Month", "*"), ("Clinic", "*"), ("Doses Given", "*"), ("Patients Seen", "*")},
        False,
    ),
    (
        "ezyVet-like consult record: SOAP assessment, the attending vet",
        {
            "consult_id": "500213",
            "animal_id": "88213",
            "attending_vet": "Dr. Aisha Ramos",
            "consult_date": "2024-10-03",
            "subjective": "Owner reports polyuria and polydipsia for 3 weeks, weight loss",
            "assessment": "Grade 3 periodontal disease; suspect diabetes mellitus",
            "plan": "Fructosamine, urinalysis; dental prophylaxis under general anesthesia",
        },
        {("attending_vet", "NAME")},
        {
            ("subjective", "HEALTH"),
            ("assessment", "HEALTH"),
            ("plan", "HEALTH"),
            ("consult_id", "*"),
        },
        False,
    ),
    (
        "Nationwide-like pet insurance enrolment (CSV): pre-existing conditions",
        {
            "Policy Number": "PNW-5518204",
            "Policyholder Name": "Samuel Achterberg",
            "Policyholder Email": "s.achterberg@proton.me",
            "Mailing Address": "77 Birch Hollow Ln, Hudson, OH 44236",
            "Pet Name": "Rosie",
            "Species": "Canine",
            "Breed": "Cocker Spaniel",
            "Pet DOB": "06/15/2017",
            "Pre-existing Conditions": "chronic ear infections; allergic dermatitis",
            "Plan": "Whole Pet 90% / $250 deductible",
            "Effective Date": "11/01/2024",
        },
        {
            ("Policy Number", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("Policyholder Name", "NAME"),
            ("Policyholder Email", "EMAIL"),
            ("Mailing Address", "LOCATION"),
        },
        {
            ("Pet Name", "NAME"),
            ("Pet DOB", "DATE"),
            ("Pre-existing Conditions", "HEALTH"),
            ("Plan", "*"),
            ("Effective Date", "*"),
        },
        False,
    ),
    (
        "Pet pharmacy controlled-drug approval: gabapentin for a cat, the vet's DEA",
        {
            "rx_request_id": "RXR-2209184",
            "customer_email": "nina.feld@gmail.com",
            "pet_name": "Pickles",
            "pet_species": "Cat",
            "drug": "Gabapentin 100 mg capsules",
            "sig": "Give 1 capsule by mouth 2 hours before vet visits",
            "prescriber": "Jonah Ellery, DVM",
            "prescriber_dea": "FE4471823",
            "clinic_fax": "(303) 555-0177",
            "approved": "Y",
        },
        {
            ("customer_email", "EMAIL"),
            ("prescriber", "NAME"),
            ("prescriber_dea", "LICENSE_NUMBER"),
        },
        {
            ("pet_name", "NAME"),
            ("drug", "HEALTH"),
            ("sig", "HEALTH"),
            ("clinic_fax", "FAX|PHONE"),
            ("rx_request_id", "*"),
        },
        False,
    ),
    (
        "Anonymous pet symptom search on a vet site (GA4-like, no user id)",
        {
            "event_name": "view_search_results",
            "search_term": "dog vomiting yellow foam and lethargic",
            "page_location": "https://www.maplegroveah.example/pet-health/vomiting-in-dogs",
            "event_timestamp": "1729437012331000",
        },
        set(),
        {("search_term", "HEALTH"), ("event_timestamp", "*")},
        False,
    ),
    (
        "Anonymous symptom search on the people's urgent care site",
        {
            "event_name": "view_search_results",
            "search_term": "walk in strep throat test near me",
            "page_location": "https://www.pineridgeurgentcare.example/search?q=strep+test",
            "event_timestamp": "1729437044120000",
        },
        {("search_term", "HEALTH")},
        {("event_timestamp", "*")},
        False,
    ),
    (
        "Google review of a vet clinic: the reviewer, her dog's ACL surgery",
        {
            "reviewer": {"displayName": "Megan Castellanos"},
            "starRating": "FIVE",
            "comment": (
                "Dr. Ramos and the whole team were amazing with our dog Bruno during his "
                "ACL surgery and recovery. The techs even sent us updates!"
            ),
            "createTime": "2024-09-30T21:14:09Z",
            "location": "Maple Grove Animal Hospital",
        },
        {("reviewer.displayName", "NAME")},
        {("comment", "HEALTH"), ("location", "*"), ("createTime", "*")},
        False,
    ),
    (
        "Vet clinic newsletter signup (identified, no health): pet types",
        {
            "form_id": "newsletter-footer",
            "first_name": "Jerome",
            "email": "jerome.baptiste@gmail.com",
            "zip": "30307",
            "pet_types": "Dog, Cat",
            "opt_in": "true",
            "submitted_at": "2024-10-11T13:02:55Z",
        },
        {("first_name", "NAME"), ("email", "EMAIL"), ("zip", "ZIP_CODE")},
        {("pet_types", "*"), ("submitted_at", "*"), ("form_id", "*")},
        False,
    ),
    (
        "Cornerstone-like patient list (CSV): a senior dog's age in months",
        {
            "Client #": "10488",
            "Client Last": "Dufresne",
            "Client First": "Marguerite",
            "Home Phone": "(207) 555-0133",
            "Patient": "Hank",
            "Species": "CANINE",
            "Sex": "MN",
            "Age (Months)": "108",
            "Weight (lbs)": "71.5",
            "Last Visit": "08/22/2024",
            "Status": "Active",
        },
        {
            ("Client Last", "NAME"),
            ("Client First", "NAME"),
            ("Home Phone", "PHONE"),
        },
        {
            ("Patient", "NAME"),
            ("Age (Months)", "*"),
            ("Weight (lbs)", "*"),
            ("Sex", "*"),
        },
        False,
    ),
    (
        "Pet insurance claim status email (Braze-like event): an ear infection paid",
        {
            "external_user_id": "ph_00918273",
            "email": "dana.whitaker@icloud.com",
            "campaign_name": "Claim Paid Notification",
            "properties": {
                "pet_name": "Charlie",
                "pet_species": "dog",
                "claim_diagnosis": "Ear infection (otitis externa)",
                "reimbursed_amount": "412.80",
            },
            "time": "2024-09-04T16:40:12Z",
        },
        {("email", "EMAIL"), ("external_user_id", "ONLINE_ID|OTHER_ID")},
        {
            ("properties.pet_name", "NAME"),
            ("properties.claim_diagnosis", "HEALTH"),
            ("properties.reimbursed_amount", "*"),
            ("time", "*"),
        },
        False,
    ),
    (
        "Emotional support animal letter intake: the person's anxiety, a dog on the form",
        {
            "lead_id": "esa_8812047",
            "full_name": "Brianna Colfax",
            "email": "bcolfax@gmail.com",
            "state": "CA",
            "pet_type": "Dog",
            "pet_name": "Waffles",
            "symptoms": "panic attacks, anxiety and insomnia since my divorce",
            "currently_in_therapy": "No",
            "package": "ESA Housing Letter",
        },
        {("full_name", "NAME"), ("email", "EMAIL"), ("symptoms", "HEALTH")},
        {("pet_name", "NAME"), ("lead_id", "*")},
        True,
    ),
    (
        "State veterinary licence roster (identified, no health)",
        {
            "License Number": "VET.0041883",
            "Licensee Name": "Ellery, Jonah",
            "License Type": "Veterinarian",
            "Status": "Active",
            "Expiration": "12/31/2025",
            "Practice City": "Denver",
        },
        {("License Number", "LICENSE_NUMBER"), ("Licensee Name", "NAME")},
        {("License Type", "*"), ("Status", "*")},
        False,
    ),
    (
        "Client account aging (CSV): balances, no health",
        {
            "Account #": "A-0048211",
            "Client": "Marguerite Dufresne",
            "Balance": "412.60",
            "0-30": "412.60",
            "31-60": "0.00",
            "Last Payment": "07/30/2024",
        },
        {("Account #", "ACCOUNT_NUMBER|OTHER_ID"), ("Client", "NAME")},
        {("Balance", "*"), ("0-30", "*"), ("31-60", "*")},
        False,
    ),
    (
        "AVImark-like reminder postcard file (CSV): FeLV and FVRCP due",
        {
            "Client": "Edith Carmody",
            "Address": "12 Elm St",
            "City": "Montpelier",
            "State": "VT",
            "Zip": "05602",
            "Animal": "Pippin",
            "Species": "Feline",
            "Treatment": "FeLV Booster / FVRCP",
            "Due": "12/01/2024",
        },
        {
            ("Client", "NAME"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
        },
        {("Animal", "NAME"), ("Treatment", "HEALTH")},
        False,
    ),
    (
        "Wellness-plan membership (Banfield-like): a puppy plan, the owner's member id",
        {
            "plan_member_id": "OWP-00917722",
            "owner": {
                "name": "Kwame Mensah",
                "email": "kmensah@gmail.com",
                "phone": "(404) 555-0121",
            },
            "pet": {"name": "Zeus", "species": "Canine", "birth_date": "2024-03-11"},
            "plan": "Active Care Puppy Plan",
            "includes": "spay/neuter, vaccinations, deworming, fecal exams",
            "monthly_fee": "41.95",
        },
        {
            ("plan_member_id", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("owner.name", "NAME"),
            ("owner.email", "EMAIL"),
            ("owner.phone", "PHONE"),
        },
        {
            ("pet.name", "NAME"),
            ("pet.birth_date", "DATE"),
            ("includes", "HEALTH"),
            ("plan", "HEALTH"),
            ("monthly_fee", "*"),
        },
        False,
    ),
    (
        "County rabies certificate export: owner, tag, vaccine lot",
        {
            "Certificate No": "RC-2024-055812",
            "Owner Name": "Tomas Reyes",
            "Owner Address": "4127 Calle Serena, Tucson AZ 85718",
            "Owner Phone": "520-555-0183",
            "Animal Name": "Chica",
            "Species": "Canine",
            "Rabies Tag #": "24-11837",
            "Vaccine": "Imrab 3 TF",
            "Lot": "3B91A",
            "Date Vaccinated": "06/03/2024",
            "Veterinarian": "Dr. Lucia Fontaine",
        },
        {
            ("Owner Name", "NAME"),
            ("Owner Address", "LOCATION"),
            ("Owner Phone", "PHONE"),
            ("Veterinarian", "NAME"),
        },
        {
            ("Animal Name", "NAME"),
            ("Vaccine", "HEALTH"),
            ("Lot", "*"),
            ("Date Vaccinated", "DATE"),
        },
        False,
    ),
    (
        "Human pharmacy app household profiles: the owner's own insulin",
        {
            "account_id": "HH-4420918",
            "profile": {
                "type": "self",
                "first_name": "Gail",
                "last_name": "Brennan",
                "dob": "1957-12-03",
            },
            "rx": {"drug": "Insulin glargine 100 units/mL pen", "refills_left": 2},
            "pickup_store": "Store #1187",
        },
        {
            ("profile.first_name", "NAME"),
            ("profile.last_name", "NAME"),
            ("profile.dob", "DATE"),
            ("rx.drug", "MEDICATION"),
        },
        {("pickup_store", "*"), ("rx.refills_left", "*")},
        True,
    ),
    (
        "Human pharmacy app household profiles: the cat's insulin",
        {
            "account_id": "HH-4420918",
            "profile": {
                "type": "pet",
                "first_name": "Mittens",
                "last_name": "Brennan",
                "species": "Feline",
                "dob": "2013-04-20",
            },
            "rx": {"drug": "Insulin glargine 100 units/mL pen", "refills_left": 2},
            "pickup_store": "Store #1187",
        },
        set(),
        {
            ("profile.first_name", "NAME"),
            ("profile.dob", "DATE"),
            ("rx.drug", "HEALTH"),
            ("pickup_store", "*"),
        },
        False,
    ),
    (
        "Vet appointment reminder email (HTML text): the owner greeted, the pet's dental",
        {
            "to_email": "priya.raman@outlook.com",
            "subject": "Luna's dental cleaning is tomorrow at 8:00 AM",
            "body_text": (
                "Hi Priya, this is a reminder that Luna is scheduled for a dental cleaning "
                "under anesthesia tomorrow. Please withhold food after midnight. "
                "Maple Grove Animal Hospital, (614) 555-0100"
            ),
            "template": "vet_dental_reminder",
        },
        {("to_email", "EMAIL"), ("body_text", "NAME")},
        {("subject", "NAME"), ("subject", "HEALTH"), ("body_text", "HEALTH")},
        False,
    ),
]


_VISIT_ID = (
    "``visit_id`` is a person's visit number in the field-name classifier (``visit id``, "
    "``encounter number``: tests/test_field_names.py), as a hospital's encounter is; the "
    "blind must-not was stricter than the project. On the pet side it is the animal's "
    "visit and the owner's errand at once, as the appointment dates are: neither expected "
    "nor forbidden"
)

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Rural clinic's people's urgent care visit: strep throat": (
        set(),
        set(),
        {("visit_id", "*")},
        _VISIT_ID,
    ),
    "Same clinic's pet side: a limping dog with a urinary infection": (
        set(),
        set(),
        {("visit_id", "*")},
        _VISIT_ID,
    ),
    "Emotional support animal letter intake: the person's anxiety, a dog on the form": (
        set(),
        set(),
        {("lead_id", "*")},
        "a lead's id is the person's record id in the field-name classifier (``lead id`` "
        "beside ``contact id``: tests/test_field_names.py); the blind must-not was stricter "
        "than the project",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Cornerstone-like reminder report (CSV): DHPP and Bordetella due": (
        {("Client ID", "OTHER_ID|ACCOUNT_NUMBER")},
        "``Client ID`` is an OAuth app's ``client_id`` and GA's ``cid`` in every analytics and "
        "API export (field_names reads it as an ONLINE_ID by its shape); a practice's "
        "``C-004471`` fails that shape, and only the record's kind (an animal's) says it is "
        "the client's account. The row names the client by name, phone and email",
    ),
    "Vaccine product catalog row (clean): Nobivac, a serial of a batch": (
        {("serial", "DEVICE_ID")},
        "a biologic's ``serial`` is its batch (9 CFR 112.2), a device's ``serial`` is one "
        "device (tests/test_device_resupply.py: a person's device serial is DEVICE_ID); a "
        "catalog row cannot be told by ``chunk_profiles._price_list`` while a field is "
        "named for a DEVICE_ID. Not PHI either way",
    ),
    "Google review of a vet clinic: the reviewer, her dog's ACL surgery": (
        {("comment", "PROCEDURE")},
        "the review names no veterinary practice in its own text (the clinic is in "
        '``location``) and the surgery is three words after "our dog Bruno"; reading a '
        "whole record as a pet's because another field names a veterinary practice would "
        "take a veterinary technician's own TB test or injury (tests/test_workforce_"
        'recruiting.py) for a pet\'s, and "my dog" anywhere in a text is said by people '
        "about their own surgery too",
    ),
    "Emotional support animal letter intake: the person's anxiety, a dog on the form": (
        {("symptoms", "HEALTH")},
        "a form's ``pet_type`` = \"Dog\" beside unowned ``symptoms`` reads like a booking's "
        "``pet_species`` beside its ``notes`` (Vetstoria-like, where the symptoms are the "
        "pet's); nothing in the keys says this form's subject is the person, so the "
        "person's anxiety is dropped with the pet's record (the row keeps the name and email)",
    ),
    "Vet appointment reminder email (HTML text): the owner greeted, the pet's dental": (
        {("subject", "PROCEDURE")},
        "the body names the animal hospital, the subject line does not; the veterinary cue "
        "is read cell by cell (a record-wide cue would take a veterinary employee's own "
        "health for a pet's), so the subject's \"dental cleaning\" stays a person's",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_veterinary_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on veterinary, pet pharmacy and pet insurance exports fails here. Before the work,
#: blind: SHAPES 12 misses / 38 false / 21 wrong of 30, HELD_OUT 3 / 18 / 8 of 10.
FLOORS = ShapeTotals(expected=109, misses=2, false=3, wrong=5)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
