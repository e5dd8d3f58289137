"""Pharmacy benefit managers, prior authorization and specialty pharmacy exports.

A blind probe, written by hand before reading the detectors: what a PBM's, a health plan's
pharmacy team's, an ePA vendor's, a specialty pharmacy's and a manufacturer's hub and
co-pay programme's analysts export. NCPDP-like pharmacy claim exports (paid, rejected and
reversed claims: BIN, PCN, group, cardholder id, person code, Rx number, date of service,
NDC as the product id with its qualifier, quantity, days supply, DAW code, reject codes
such as ``75`` "Prior Authorization Required", DUR conflict codes), ePA request and
determination payloads (CoverMyMeds-like: the PA key, question sets with their answers
"Has the patient tried metformin?", the diagnosis, the prescriber's NPI and fax, the
determination and its reason), NCPDP SCRIPT NewRx messages as JSON, formulary-exception
and appeal letters and decisions, PA worklists and fax logs, specialty-pharmacy intake,
hub referrals and benefits investigations, refill assessments and cold-chain shipments,
accumulator and maximizer programme reports, co-pay card enrollments, activations and
reconciliations, member portal messages and price-check events, with the clean rows
around them: formulary files (NDC, GPI, tiers, PA/ST/QL flags), GPI crosswalks, PA
criteria, reject-code and DAW tables, payer BIN/PCN sheets, employer benefit set-ups,
pharmacy network directories, pharmacy performance (DIR) reports, rebate and
utilisation reports and PA dashboards.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A cardholder id is the member's HEALTH_PLAN_ID**: it is the number on the pharmacy
  benefit card, the PBM's beneficiary number, under ``Cardholder ID``, ``cardholder_id``
  or a ``member_id``. **A person code** (``01``, ``002``: the member's place on the
  cardholder's contract) and a relationship or gender code are a few digits of a code
  table: no finding.
- **BIN, PCN and group are the plan's** (routing codes of a processor and a benefit
  design, on every card of the plan; tests/test_patient_portal.py decided RxBIN/PCN and
  group numbers are plan-level): no finding, in a claim as in a payer sheet or an
  employer's benefit set-up. A co-pay programme's BIN, PCN and group are the
  manufacturer's programme's, no finding either.
- **An Rx number is the person's OTHER_ID** (one person's prescription at one pharmacy,
  as the retail-pharmacy probe read numbered Rx numbers), and so is a **co-pay card's
  member number** (``OTHER_ID|ACCOUNT_NUMBER``, as the pharma patient-support probe read
  co-pay card ids). A specialty pharmacy's patient id and a hub's case id are the
  person's record id (``OTHER_ID|MRN``). A PA key, a PA case number, an appeal id and an
  order number are neither expected nor forbidden (they name one request of one person,
  as a claim number does, but the project has not decided them); a message id, a carrier
  tracking number and a DIR or rebate invoice's numbers are forbidden.
- **A claim's date of service or fill date is the person's DATE**, as are a DOB, a
  referral's date, a refill-due date and a call date. The processor's clocks (an
  adjudication or reversal time, a message's sent time, an event timestamp), a formulary's
  or a benefit's effective date and a report's period are not. A PA's approval window
  and a decision's date are neither expected nor forbidden.
- **The drug on a person's claim, PA or referral is health context** (MEDICATION), by its
  name or by an NDC in a field named for it, or by an NDC in a product id qualified
  ``03`` (NCPDP) or ``ND`` (SCRIPT); a diagnosis code, a PA criterion and a DUR conflict
  ("drug-drug interaction" with a drug named) are health. The same drug names and codes
  in a formulary, a GPI crosswalk, a PA criteria table, a rebate report or a dashboard
  may be found (they are health words) but name nobody: no identifier, not PHI. A
  reject code and its description ("Prior Authorization Required"), a DAW code, days
  supply, quantity, tier and PA/ST/QL flags are never findings.
- **The prescriber's name, NPI and fax are reported** (the project reports clinicians,
  and a drug beside a prescriber alone makes a record PHI by the contract's rule, as the
  pharma probe decided for an HCP-only record). **A pharmacy's NPI and NCPDP id, its
  address and its phone are the pharmacy's** (organisations' NPIs and a pharmacy's NCPDP
  id were decided as no one's): no finding. A plan's or a programme's help-desk line is
  the organisation's.
- **A price-check or formulary search by a signed-in member or an identified visitor**
  (an app user id, a GA4 client id) naming a drug is PHI, as the device-resupply probe's
  GA4 reorder row was.
- A claim reversal, an eligibility update or an ID-card request with a cardholder id,
  a name or a fill date but no drug is identified but not health: not PHI.

After reading the detectors no blind expectation was changed; three were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a bare
``author`` holding a handle is an ONLINE_ID wherever it is, and a hub's case id (``Hub
Case ID``, a bare ``case_id``) was left unstated by the pharma patient-support probe.
What the work built: a pharmacy claim's ``Cardholder ID`` as HEALTH_PLAN_ID (it was an
OTHER_ID by its person word); an NCPDP claim's ``product_id`` beside its qualifier ``03``
and a SCRIPT message's ``ProductCode`` beside ``ND`` as an NDC (MEDICATION), and a
product's id under a claim no longer read as the claim's id; formulary files (an NDC or
GPI beside a tier or a quantity limit, no person's column) as a chunk shape whose
effective date is the formulary's; a pharmacy network list's bare ``NPI`` as the
pharmacy's; a coverage policy document's number (``CP.PHAR.245``) as no member's policy
id; a report's ``Report Run`` as its clock; a toll-free line a reject message tells the
prescriber or the pharmacy to call as the processor's; and four vocabulary terms
(``injection site reaction``, ``redness``, ``swelling``, ``pain``). Three records are left
open (:data:`LEFT_ALONE`): a bare ``A1c`` in a question, a PA criteria table's
``last_reviewed``, an employer's benefit set-up under a bare ``Client`` column (its
name, "Acme Manufacturing Co", is no NAME since the merge: a company's legal ending ends
an organisation's name, and "Co" does after two words; its effective date is open).

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 11 / 7 /
14, after the work and the decisions 1 / 1 / 2 (both in LEFT_ALONE). HELD_OUT (10
records), blind before any work 2 / 2 / 3; scored once after the work on SHAPES: 1 / 2 /
2; after the decision on a hub's case id: 0 / 2 / 1 (in LEFT_ALONE). Nothing was changed
for HELD_OUT: its one wrong record is a kept decision (a bare ``Client`` column).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "NCPDP paid claim export (CSV): cardholder, person code, Rx number, NDC",
        {
            "Claim ID": "240930118822701",
            "BIN": "610014",
            "PCN": "MEDDPRIME",
            "Group": "RX4482A",
            "Cardholder ID": "ZQK48812093",
            "Person Code": "01",
            "Patient First Name": "Lorraine",
            "Patient Last Name": "Adebayo",
            "Patient DOB": "02/14/1958",
            "Rx Number": "7712034",
            "Fill Date": "09/30/2024",
            "NDC": "00093-7214-01",
            "Drug Name": "ATORVASTATIN CALCIUM 40 MG TAB",
            "Quantity": "90",
            "Days Supply": "90",
            "DAW": "0",
            "Pharmacy NCPDP": "1428831",
            "Pharmacy NPI": "1647193022",
            "Prescriber NPI": "1538264114",
            "Claim Status": "P",
        },
        {
            ("Cardholder ID", "HEALTH_PLAN_ID"),
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Rx Number", "OTHER_ID"),
            ("Fill Date", "DATE"),
            ("NDC", "HEALTH"),
            ("Drug Name", "HEALTH"),
            ("Prescriber NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("BIN", "*"),
            ("PCN", "*"),
            ("Group", "*"),
            ("Person Code", "*"),
            ("Quantity", "*"),
            ("Days Supply", "*"),
            ("DAW", "*"),
            ("Pharmacy NCPDP", "*"),
            ("Pharmacy NPI", "*"),
            ("Claim Status", "*"),
        },
        True,
    ),
    (
        "Rejected claim (JSON): reject 75 PA required, NDC as a qualified product id",
        {
            "transaction": {
                "bin": "004336",
                "pcn": "ADV",
                "group_id": "RX1234",
                "cardholder_id": "W284019933",
                "person_code": "002",
                "date_of_service": "20241003",
                "patient": {
                    "first_name": "Tobias",
                    "last_name": "Lindgren",
                    "dob": "19780214",
                    "gender_code": "1",
                    "zip": "60614",
                },
            },
            "claim": {
                "rx_number": "6630918",
                "product_id_qualifier": "03",
                "product_id": "00169413013",
                "quantity_dispensed": "3",
                "days_supply": "28",
                "daw_code": "0",
            },
            "response": {
                "status": "R",
                "reject_codes": [{"code": "75", "description": "Prior Authorization Required"}],
                "message": "PA REQUIRED - PRESCRIBER CALL 800-555-0175",
            },
            "adjudicated_at": "2024-10-03T15:22:10Z",
        },
        {
            ("transaction.cardholder_id", "HEALTH_PLAN_ID"),
            ("transaction.date_of_service", "DATE"),
            ("transaction.patient.first_name", "NAME"),
            ("transaction.patient.last_name", "NAME"),
            ("transaction.patient.dob", "DATE"),
            ("transaction.patient.zip", "ZIP_CODE"),
            ("claim.rx_number", "OTHER_ID"),
            ("claim.product_id", "HEALTH"),
        },
        {
            ("transaction.bin", "*"),
            ("transaction.pcn", "*"),
            ("transaction.group_id", "*"),
            ("transaction.person_code", "*"),
            ("transaction.patient.gender_code", "*"),
            ("claim.quantity_dispensed", "*"),
            ("claim.days_supply", "*"),
            ("claim.daw_code", "*"),
            ("response.reject_codes[0].code", "*"),
            ("response.reject_codes[0].description", "*"),
            ("response.message", "PHONE"),
            ("adjudicated_at", "*"),
        },
        True,
    ),
    (
        "ePA request (CoverMyMeds-like JSON): question set, diagnosis, prescriber",
        {
            "key": "BXYKT3RZ",
            "patient": {
                "first_name": "Marisol",
                "last_name": "Quintero",
                "date_of_birth": "1969-11-02",
                "member_id": "MBR552019374",
                "address": {
                    "street_1": "1841 W Belmont Ave",
                    "city": "Chicago",
                    "state": "IL",
                    "zip": "60657",
                },
            },
            "prescriber": {
                "npi": "1288304755",
                "first_name": "Aaron",
                "last_name": "Feldstein",
                "fax_number": "(312) 555-0148",
            },
            "drug": {"name": "Mounjaro 5 MG/0.5ML pen-injector", "ndc": "00002150680"},
            "diagnosis": {"code": "E11.65"},
            "questions": [
                {"text": "Has the patient tried and failed metformin?", "answer": "Yes"},
                {
                    "text": "Please provide the patient's most recent A1c and date drawn",
                    "answer": "8.4% on 09/12/2024",
                },
            ],
            "created_at": "2024-10-03T15:40:02Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.date_of_birth", "DATE"),
            ("patient.member_id", "HEALTH_PLAN_ID"),
            ("patient.address.street_1", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("prescriber.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("prescriber.first_name", "NAME"),
            ("prescriber.last_name", "NAME"),
            ("prescriber.fax_number", "FAX|PHONE"),
            ("drug.name", "HEALTH"),
            ("drug.ndc", "HEALTH"),
            ("diagnosis.code", "HEALTH"),
            ("questions[0].text", "HEALTH"),
            ("questions[1].text", "HEALTH"),
            ("questions[1].answer", "DATE"),
        },
        {("patient.address.state", "*"), ("created_at", "*")},
        True,
    ),
    (
        "ePA determination response: approved, reason names the condition",
        {
            "pa_request_id": "PA-3318842",
            "determination": "APPROVED",
            "patient_name": "Jerome Whitaker",
            "member_id": "XEB771204518",
            "drug": "Humira Pen 40 MG/0.4ML",
            "determination_reason": (
                "Meets criteria: moderate to severe rheumatoid arthritis, inadequate "
                "response to methotrexate"
            ),
            "effective_date": "2024-10-04",
            "expiration_date": "2025-10-03",
            "determined_at": "2024-10-04T09:12:44.118Z",
        },
        {
            ("patient_name", "NAME"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("drug", "HEALTH"),
            ("determination_reason", "HEALTH"),
        },
        {("determination", "*"), ("determined_at", "*")},
        True,
    ),
    (
        "Formulary file row (clean): NDC, GPI, tier and PA/ST/QL flags",
        {
            "NDC": "00003089421",
            "GPI": "83337030000320",
            "Drug Name": "ELIQUIS 5 MG TABLET",
            "Tier": "3",
            "PA": "N",
            "ST": "N",
            "QL": "Y",
            "QL Amount": "60 per 30 days",
            "Effective Date": "01/01/2025",
        },
        {("Drug Name", "HEALTH")},
        {
            ("NDC", "OTHER_ID|PHONE|ACCOUNT_NUMBER|HEALTH_PLAN_ID|DATE|ZIP_CODE"),
            ("GPI", "*"),
            ("Tier", "*"),
            ("PA", "*"),
            ("ST", "*"),
            ("QL", "*"),
            ("QL Amount", "*"),
            ("Effective Date", "*"),
        },
        False,
    ),
    (
        "Reject-code table (clean): NCPDP reject 75 and its description",
        {
            "reject_code": "75",
            "description": "Prior Authorization Required",
            "ncpdp_field": "462-EV Prior Authorization Number Submitted",
            "category": "PA/Coverage",
            "pharmacy_message": "Submit PA via ePA or call help desk",
        },
        set(),
        {
            ("reject_code", "*"),
            ("description", "*"),
            ("ncpdp_field", "*"),
            ("category", "*"),
            ("pharmacy_message", "*"),
        },
        False,
    ),
    (
        "Formulary exception letter (free text): patient, DOB, member id, history, NPI",
        {
            "letter_id": "FEX-2024-004417",
            "template": "formulary_exception_v2",
            "body": (
                "RE: Formulary exception request for Jardiance 10 mg\n"
                "Patient: Denise Ortega   DOB: 04/17/1972   Member ID: HPX448120937\n"
                "Dear Appeals Committee,\n"
                "I am writing on behalf of my patient, who has type 2 diabetes and heart "
                "failure with reduced ejection fraction. She has tried metformin and "
                "glipizide without adequate control. I request coverage of Jardiance as "
                "a formulary exception.\n"
                "Sincerely,\nDr. Aaron Feldstein, MD\nNPI 1288304755"
            ),
            "generated_at": "2024-10-01T18:02:11Z",
        },
        {
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "HEALTH_PLAN_ID"),
            ("body", "HEALTH"),
            ("body", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("letter_id", "*"), ("template", "*"), ("generated_at", "*")},
        True,
    ),
    (
        "Specialty pharmacy hub referral (CSV): patient, diagnosis, drug, insurance",
        {
            "Referral Date": "10/01/2024",
            "Hub Case ID": "HUB-0048821",
            "Patient Name": "Okafor, Chidinma",
            "DOB": "07/23/1990",
            "Phone": "(404) 555-0187",
            "Address": "2280 Peachtree Rd NW Apt 4, Atlanta, GA 30309",
            "Diagnosis": "Moderate-to-severe atopic dermatitis",
            "ICD10": "L20.9",
            "Medication": "Dupixent 300 mg/2 mL pen",
            "Prescriber": "Dr. Helen Marsh",
            "Prescriber NPI": "1192477366",
            "Insurance": "Blue Cross Blue Shield of Georgia",
            "Member ID": "XGA829103377",
            "Rx BIN": "003858",
            "Rx PCN": "A4",
            "Rx Group": "2FFA",
        },
        {
            ("Referral Date", "DATE"),
            ("Hub Case ID", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Address", "LOCATION"),
            ("Diagnosis", "HEALTH"),
            ("ICD10", "HEALTH"),
            ("Medication", "HEALTH"),
            ("Prescriber", "NAME"),
            ("Prescriber NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {("Insurance", "*"), ("Rx BIN", "*"), ("Rx PCN", "*"), ("Rx Group", "*")},
        True,
    ),
    (
        "Accumulator programme report (CSV): member id, drug, co-pay card applied",
        {
            "Member ID": "ZXT558102233",
            "Drug": "STELARA 90 MG/ML SYRINGE",
            "Claim Date": "2024-08-14",
            "Copay Card Applied": "$4,812.00",
            "Member OOP Credited": "$0.00",
            "Deductible Remaining": "$3,000.00",
            "Program": "Accumulator Adjustment",
            "Report Run": "2024-09-01",
        },
        {("Member ID", "HEALTH_PLAN_ID"), ("Drug", "HEALTH"), ("Claim Date", "DATE")},
        {
            ("Copay Card Applied", "*"),
            ("Member OOP Credited", "*"),
            ("Deductible Remaining", "*"),
            ("Program", "*"),
            ("Report Run", "*"),
        },
        True,
    ),
    (
        "Co-pay card reconciliation (CSV): card id, programme BIN/PCN/group, pharmacy",
        {
            "Card ID": "40221893377",
            "Program BIN": "610020",
            "Program PCN": "PDMI",
            "Program Group": "99992402",
            "Claim Date": "2024-09-18",
            "NDC": "00074-1070-01",
            "Product": "Skyrizi 150 mg/mL pen",
            "Pharmacy NCPDP": "0531227",
            "Patient Paid": "5.00",
            "Benefit Paid": "1,845.22",
        },
        {
            ("Card ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Claim Date", "DATE"),
            ("Product", "HEALTH"),
        },
        {
            ("Program BIN", "*"),
            ("Program PCN", "*"),
            ("Program Group", "*"),
            ("Pharmacy NCPDP", "*"),
            ("Patient Paid", "*"),
            ("Benefit Paid", "*"),
        },
        True,
    ),
    (
        "Rebate utilisation report (clean): units and claims per NDC per quarter",
        {
            "Quarter": "2024Q3",
            "Labeler": "Novo Nordisk",
            "NDC11": "00169413013",
            "Product": "OZEMPIC 1 MG/DOSE PEN",
            "Units": "184220",
            "Claims": "15233",
            "WAC Amount": "157,882,410.00",
            "Rebate Invoice": "RBT-24Q3-00871",
        },
        set(),
        {
            ("Quarter", "*"),
            ("Labeler", "*"),
            ("NDC11", "OTHER_ID|PHONE|ACCOUNT_NUMBER|HEALTH_PLAN_ID|DATE|ZIP_CODE"),
            ("Units", "*"),
            ("Claims", "*"),
            ("WAC Amount", "*"),
            ("Rebate Invoice", "*"),
        },
        False,
    ),
    (
        "Member price-check event (app analytics): a signed-in member compares a drug",
        {
            "event": "price_check",
            "user_id": "mbr_7f3a91c2e8",
            "properties": {
                "drug_name": "sertraline 50 mg tablet",
                "quantity": 30,
                "days_supply": 30,
                "pharmacy_type": "mail_order",
                "member_cost": 0.0,
            },
            "timestamp": "2024-10-02T21:14:09.551Z",
        },
        {("user_id", "ONLINE_ID|OTHER_ID"), ("properties.drug_name", "HEALTH")},
        {
            ("properties.quantity", "*"),
            ("properties.days_supply", "*"),
            ("properties.member_cost", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Pharmacy network directory (clean): NCPDP id, NPI, address, phone, hours",
        {
            "NCPDP ID": "1428831",
            "NPI": "1647193022",
            "Pharmacy Name": "Lakeview Community Pharmacy",
            "Address": "3012 N Broadway",
            "City": "Chicago",
            "State": "IL",
            "Zip": "60657",
            "Phone": "(773) 555-0120",
            "Hours": "Mon-Fri 9am-7pm; Sat 9am-2pm",
            "Network": "Preferred",
            "24 Hour": "N",
        },
        set(),
        {
            ("NCPDP ID", "*"),
            ("NPI", "*"),
            ("Pharmacy Name", "*"),
            ("Address", "*"),
            ("City", "*"),
            ("Zip", "*"),
            ("Phone", "*"),
            ("Hours", "*"),
        },
        False,
    ),
    (
        "PA criteria table (health, no identifier): a biologic's step requirements",
        {
            "drug": "Otezla 30 mg tablet",
            "criteria": (
                "Diagnosis of moderate to severe plaque psoriasis; trial and failure of "
                "methotrexate or cyclosporine"
            ),
            "approval_duration": "12 months",
            "policy_id": "CP.PHAR.245",
            "last_reviewed": "2024-06-30",
        },
        {("criteria", "HEALTH"), ("drug", "HEALTH")},
        {("approval_duration", "*"), ("policy_id", "*"), ("last_reviewed", "*")},
        False,
    ),
    (
        "PBM eligibility update (identified, no health): cardholder and a dependent",
        {
            "Cardholder ID": "9001847722301",
            "Person Code": "03",
            "Relationship Code": "3",
            "First Name": "Maya",
            "Last Name": "Brennan",
            "DOB": "2011-05-09",
            "Group Number": "ACME2024RX",
            "Effective Date": "2025-01-01",
            "Term Date": "",
        },
        {
            ("Cardholder ID", "HEALTH_PLAN_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
        },
        {("Person Code", "*"), ("Relationship Code", "*"), ("Group Number", "*")},
        False,
    ),
    (
        "Specialty pharmacy cold-chain shipment: patient, ship-to, biologic, tracking",
        {
            "order_id": "SP-884120",
            "patient": {"name": "Priscilla Honeycutt", "phone": "+19195550173"},
            "ship_to": {
                "line1": "114 Ashford Glen Dr",
                "city": "Cary",
                "state": "NC",
                "postal_code": "27513",
            },
            "medication": "Enbrel SureClick 50 mg/mL autoinjector",
            "cold_chain": True,
            "carrier": "FedEx Priority Overnight",
            "tracking_number": "794658213376",
            "ship_date": "2024-10-05",
        },
        {
            ("patient.name", "NAME"),
            ("patient.phone", "PHONE"),
            ("ship_to.line1", "LOCATION"),
            ("ship_to.city", "LOCATION"),
            ("ship_to.postal_code", "ZIP_CODE"),
            ("medication", "HEALTH"),
        },
        {("tracking_number", "*"), ("carrier", "*"), ("cold_chain", "*")},
        True,
    ),
    (
        "DUR alert on a claim: drug-drug interaction with warfarin",
        {
            "cardholder_id": "ZQK77120348",
            "rx_number": "8812290",
            "date_of_service": "2024-09-27",
            "drug_dispensed": "FLUCONAZOLE 150 MG TABLET",
            "dur_reason_code": "DD",
            "dur_conflict": "Drug-Drug Interaction",
            "other_drug": "WARFARIN SODIUM 5 MG TAB",
            "professional_service_code": "M0",
            "result_of_service_code": "1B",
        },
        {
            ("cardholder_id", "HEALTH_PLAN_ID"),
            ("rx_number", "OTHER_ID"),
            ("date_of_service", "DATE"),
            ("drug_dispensed", "HEALTH"),
            ("other_drug", "HEALTH"),
        },
        {
            ("dur_reason_code", "*"),
            ("professional_service_code", "*"),
            ("result_of_service_code", "*"),
        },
        True,
    ),
    (
        "Co-pay card enrollment form (web): the question names the drug",
        {
            "first_name": "Harold",
            "last_name": "Vasquez",
            "email": "hvasquez71@gmail.com",
            "mobile": "(602) 555-0166",
            "date_of_birth": "08/30/1971",
            "Are you currently prescribed Dupixent?": "Yes",
            "insurance_type": "Commercial",
            "consent_marketing": "true",
            "submitted_at": "2024-09-22 14:03:51",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("mobile", "PHONE"),
            ("date_of_birth", "DATE"),
            ("Are you currently prescribed Dupixent?", "HEALTH"),
        },
        {("insurance_type", "*"), ("consent_marketing", "*"), ("submitted_at", "*")},
        True,
    ),
    (
        "Plan PA worklist (CSV): member, drug, diagnosis code, prescriber, SLA",
        {
            "Case #": "PA24-0912-7731",
            "Received": "2024-09-12 08:14",
            "Member": "Ruth Abernathy",
            "Member ID": "UHC918273645",
            "Drug Requested": "Nurtec ODT 75 mg",
            "Dx": "G43.909",
            "Prescriber": "Kevin Oduya, MD",
            "Status": "Pending Clinical Review",
            "Due By": "2024-09-13 08:14",
        },
        {
            ("Member", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Drug Requested", "HEALTH"),
            ("Dx", "HEALTH"),
            ("Prescriber", "NAME"),
        },
        {("Status", "*")},
        True,
    ),
    (
        "Employer benefit set-up (clean): the plan's BIN, PCN, group and cost shares",
        {
            "Client": "Acme Manufacturing Co",
            "Group Number": "ACME2024RX",
            "BIN": "610014",
            "PCN": "MEDDADV",
            "Plan Code": "ACME-PPO-RX3",
            "Effective Date": "01/01/2025",
            "Deductible": "$250",
            "Specialty Tier Coinsurance": "30% up to $250",
            "Help Desk": "1-800-555-0142",
        },
        set(),
        {
            ("Client", "*"),
            ("Group Number", "*"),
            ("BIN", "*"),
            ("PCN", "*"),
            ("Plan Code", "*"),
            ("Effective Date", "*"),
            ("Deductible", "*"),
            ("Specialty Tier Coinsurance", "*"),
            ("Help Desk", "*"),
        },
        False,
    ),
    (
        "Maximizer programme enrollment report: member, specialty drug, outreach phone",
        {
            "Member ID": "ZXT610044812",
            "Member Name": "Gordon Ellery",
            "Specialty Drug": "Xeljanz XR 11 mg",
            "Program Status": "Enrolled",
            "Enrollment Date": "2024-07-01",
            "Outreach Phone": "(919) 555-0139",
            "Vendor": "Maximizer Partner",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("Specialty Drug", "HEALTH"),
            ("Outreach Phone", "PHONE"),
        },
        {("Program Status", "*"), ("Vendor", "*")},
        True,
    ),
    (
        "Pharmacist's PA call note (free text): prescriber's office, patient, history",
        {
            "note_id": "N-55120",
            "author": "rph_kwilliams",
            "note": (
                "Called prescriber office re PA for Xeljanz, spoke with MA Tricia. "
                "Pt Jerome Whitaker DOB 2/9/1966 failed methotrexate and Humira, "
                "chart notes to be faxed today."
            ),
            "created": "2024-10-02T16:40:00Z",
        },
        {("note", "NAME"), ("note", "DATE"), ("note", "HEALTH")},
        {("note_id", "*"), ("author", "*"), ("created", "*")},
        True,
    ),
    (
        "NCPDP SCRIPT NewRx as JSON: patient, coded drug and diagnosis, prescriber NPI",
        {
            "Message": {
                "Header": {
                    "MessageID": "a9f2e6c1d4b84e0f",
                    "SentTime": "2024-10-01T13:22:08.4Z",
                },
                "Body": {
                    "NewRx": {
                        "Patient": {
                            "HumanPatient": {
                                "Name": {"LastName": "Saldana", "FirstName": "Beatriz"},
                                "DateOfBirth": {"Date": "1981-06-30"},
                            }
                        },
                        "MedicationPrescribed": {
                            "DrugDescription": "Dupixent 300 MG/2ML Subcutaneous Pen",
                            "DrugCoded": {
                                "ProductCode": {"Code": "00024591420", "Qualifier": "ND"}
                            },
                            "Diagnosis": {"Primary": {"Code": "L20.9", "Qualifier": "ABF"}},
                        },
                        "Prescriber": {
                            "NonVeterinarian": {"Identification": {"NPI": "1733910586"}}
                        },
                    }
                },
            }
        },
        {
            ("Message.Body.NewRx.Patient.HumanPatient.Name.LastName", "NAME"),
            ("Message.Body.NewRx.Patient.HumanPatient.Name.FirstName", "NAME"),
            ("Message.Body.NewRx.Patient.HumanPatient.DateOfBirth.Date", "DATE"),
            ("Message.Body.NewRx.MedicationPrescribed.DrugDescription", "HEALTH"),
            ("Message.Body.NewRx.MedicationPrescribed.DrugCoded.ProductCode.Code", "HEALTH"),
            ("Message.Body.NewRx.MedicationPrescribed.Diagnosis.Primary.Code", "HEALTH"),
            (
                "Message.Body.NewRx.Prescriber.NonVeterinarian.Identification.NPI",
                "OTHER_ID|LICENSE_NUMBER",
            ),
        },
        {("Message.Header.MessageID", "*"), ("Message.Header.SentTime", "*")},
        True,
    ),
    (
        "Claim-level rebate detail (no name): Rx number and fill date beside an NDC",
        {
            "Rx Number": "5520187",
            "Fill Date": "2024-08-02",
            "NDC": "00169-4130-13",
            "Quantity": "3",
            "Pharmacy NPI": "1456022197",
            "Formulary Tier": "2",
            "Submitted Rebate": "412.50",
        },
        {("Rx Number", "OTHER_ID"), ("Fill Date", "DATE"), ("NDC", "HEALTH")},
        {
            ("Quantity", "*"),
            ("Pharmacy NPI", "*"),
            ("Formulary Tier", "*"),
            ("Submitted Rebate", "*"),
        },
        True,
    ),
    (
        "PA dashboard (clean aggregate): requests and approval rate by drug class",
        {
            "Month": "2024-09",
            "Drug Class": "GLP-1 Receptor Agonists",
            "PA Requests": "1,204",
            "Approved": "748",
            "Approval Rate": "62.1%",
            "Median TAT (hrs)": "18.5",
        },
        set(),
        {
            ("Month", "*"),
            ("PA Requests", "*"),
            ("Approved", "*"),
            ("Approval Rate", "*"),
            ("Median TAT (hrs)", "*"),
        },
        False,
    ),
    (
        "Co-pay card activation SMS: the member texts from their phone",
        {
            "from": "+14805550152",
            "to": "27126",
            "body": "ACTIVATE my Skyrizi savings card please, pharmacy says it is not on file",
            "received_at": "2024-09-15T18:22:40Z",
            "keyword": "ACTIVATE",
        },
        {("from", "PHONE"), ("body", "HEALTH")},
        {("to", "*"), ("received_at", "*"), ("keyword", "*")},
        True,
    ),
    (
        "Specialty pharmacy refill assessment call (JSON): adherence and side effects",
        {
            "patient_id": "SP00488213",
            "call_date": "2024-10-02",
            "therapy": "Humira",
            "questions": [
                {"q": "Any missed doses since last fill?", "a": "Missed 1 dose"},
                {"q": "Any side effects?", "a": "injection site redness"},
            ],
            "next_fill_due": "2024-10-16",
            "agent": "cpht_0231",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("call_date", "DATE"),
            ("therapy", "HEALTH"),
            ("questions[1].a", "HEALTH"),
            ("next_fill_due", "DATE"),
        },
        {("agent", "*")},
        True,
    ),
    (
        "ID card request (identified, no health): cardholder, mailing address, BIN/PCN",
        {
            "request_id": "IDC-771203",
            "cardholder_id": "XEB771204518",
            "member_name": "Jerome Whitaker",
            "mail_to": "5521 Ridgewood Ave, Jacksonville, FL 32207",
            "rx_bin": "610014",
            "rx_pcn": "MEDDPRIME",
            "rx_group": "RX4482A",
            "requested_at": "2024-09-28T10:01:00Z",
        },
        {
            ("cardholder_id", "HEALTH_PLAN_ID"),
            ("member_name", "NAME"),
            ("mail_to", "LOCATION"),
        },
        {
            ("request_id", "*"),
            ("rx_bin", "*"),
            ("rx_pcn", "*"),
            ("rx_group", "*"),
            ("requested_at", "*"),
        },
        False,
    ),
    (
        "Claim reversal (B2) feed (identified, no drug): cardholder, Rx number, DOS",
        {
            "transaction_code": "B2",
            "bin": "004336",
            "pcn": "ADV",
            "cardholder_id": "W284019933",
            "rx_number": "6630918",
            "date_of_service": "2024-10-03",
            "service_provider_id": "1647193022",
            "reversed_at": "2024-10-03T19:02:51Z",
        },
        {
            ("cardholder_id", "HEALTH_PLAN_ID"),
            ("rx_number", "OTHER_ID"),
            ("date_of_service", "DATE"),
        },
        {
            ("transaction_code", "*"),
            ("bin", "*"),
            ("pcn", "*"),
            ("service_provider_id", "*"),
            ("reversed_at", "*"),
        },
        False,
    ),
    (
        "Formulary search on the member site (GA4): a client id and a drug in the URL",
        {
            "event_name": "page_view",
            "user_pseudo_id": "1288455120.1727990011",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://member.example-rx.com/formulary/search?drug=humira"
                    },
                },
                {"key": "page_title", "value": {"string_value": "Drug pricing and coverage"}},
            ],
            "event_timestamp": "1727990155123456",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {("event_timestamp", "*")},
        True,
    ),
    (
        "Part D appeal decision (JSON): member, drug, rationale, reviewing pharmacist",
        {
            "appeal_id": "APL-2024-00912",
            "member": {"name": "Eleanor Pruitt", "id": "1EG4TE5MK73"},
            "level": "Redetermination",
            "drug": "Wegovy 2.4 mg/0.75 mL",
            "decision": "Upheld denial",
            "rationale": "Drugs used for weight loss are excluded from Part D coverage",
            "decision_date": "2024-09-27",
            "reviewer": "Priya Raman, PharmD",
        },
        {
            ("member.name", "NAME"),
            ("member.id", "HEALTH_PLAN_ID"),
            ("drug", "HEALTH"),
            ("rationale", "HEALTH"),
            ("reviewer", "NAME"),
        },
        {("level", "*"), ("decision", "*")},
        True,
    ),
    (
        "GPI crosswalk row (clean): GPI-14, NDC, labeler, package size",
        {
            "GPI14": "27170050000320",
            "GPI Name": "Semaglutide Soln Pen-inj 2 MG/3ML",
            "NDC": "00169413013",
            "Labeler": "Novo Nordisk",
            "Package Size": "3",
            "Package Unit": "ML",
            "Multi-Source Code": "N",
            "Obsolete Date": "",
        },
        set(),
        {
            ("GPI14", "*"),
            ("NDC", "OTHER_ID|PHONE|ACCOUNT_NUMBER|HEALTH_PLAN_ID|DATE|ZIP_CODE"),
            ("Labeler", "*"),
            ("Package Size", "*"),
            ("Package Unit", "*"),
            ("Multi-Source Code", "*"),
        },
        False,
    ),
    (
        "Hub benefits investigation result: PA required, cardholder, product",
        {
            "case_id": "BI-2024-118201",
            "patient": {"first_name": "Nadia", "last_name": "Petrosyan", "dob": "1985-12-03"},
            "payer": "Express Scripts",
            "plan_type": "Commercial",
            "rx_bin": "003858",
            "rx_pcn": "A4",
            "rx_group": "2FFA",
            "cardholder_id": "ZXT558109917",
            "pa_required": True,
            "product": "Rinvoq 15 mg extended-release tablet",
            "copay_estimate": "$5 with co-pay card",
        },
        {
            ("case_id", "OTHER_ID|MRN"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("cardholder_id", "HEALTH_PLAN_ID"),
            ("product", "HEALTH"),
        },
        {
            ("payer", "*"),
            ("plan_type", "*"),
            ("rx_bin", "*"),
            ("rx_pcn", "*"),
            ("rx_group", "*"),
            ("pa_required", "*"),
            ("copay_estimate", "*"),
        },
        True,
    ),
    (
        "Co-pay programme monthly summary (clean aggregate): activations and claims",
        {
            "program": "Skyrizi Complete Savings Card",
            "month": "2024-09",
            "cards_activated": 812,
            "claims_paid": 2231,
            "avg_benefit": "412.18",
            "accumulator_flagged_pct": "14.2%",
        },
        set(),
        {
            ("month", "*"),
            ("cards_activated", "*"),
            ("claims_paid", "*"),
            ("avg_benefit", "*"),
            ("accumulator_flagged_pct", "*"),
        },
        False,
    ),
    (
        "Member portal secure message: a rejected PA, diagnosis, callback number",
        {
            "thread_id": "th_0088123",
            "member_id": "UHC918277310",
            "subject": "PA for my Ozempic still rejected",
            "body": (
                "Hi, my doctor sent the PA last week but the pharmacy says it is still "
                "rejected. I have type 2 diabetes and ran out on Monday. Please call me "
                "at 469-555-0113.\nThanks, Denise Ortega"
            ),
            "sent_at": "2024-10-02T12:31:09Z",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("subject", "HEALTH"),
            ("body", "HEALTH"),
            ("body", "PHONE"),
            ("body", "NAME"),
        },
        {("thread_id", "*"), ("sent_at", "*")},
        True,
    ),
    (
        "Pharmacy performance (DIR) report (clean): adherence measures per pharmacy",
        {
            "Pharmacy NCPDP": "0531227",
            "Pharmacy NPI": "1456022197",
            "Measure": "PDC - Diabetes Medications",
            "Score": "0.82",
            "Period": "2024Q2",
            "DIR Fee": "$1,204.33",
        },
        set(),
        {
            ("Pharmacy NCPDP", "*"),
            ("Pharmacy NPI", "*"),
            ("Score", "*"),
            ("Period", "*"),
            ("DIR Fee", "*"),
        },
        False,
    ),
    (
        "ePA flattened to CSV: numbered questions and answers, migraine preventives",
        {
            "PA Key": "BLWQ7M2C",
            "Patient Last": "Hargrove",
            "Patient First": "Colette",
            "Patient DOB": "1992-03-08",
            "Drug": "Aimovig 70 mg/mL autoinjector",
            "Q1": "Does the patient have a diagnosis of chronic migraine?",
            "A1": "Yes",
            "Q2": "Which preventive medications has the patient tried?",
            "A2": "topiramate and propranolol",
            "Submitted": "2024-09-30 17:02",
        },
        {
            ("Patient Last", "NAME"),
            ("Patient First", "NAME"),
            ("Patient DOB", "DATE"),
            ("Drug", "HEALTH"),
            ("Q1", "HEALTH"),
            ("A2", "HEALTH"),
        },
        {("Submitted", "*")},
        True,
    ),
    (
        "Coverage determination fax log: prescriber's fax, member and drug",
        {
            "Fax From": "(614) 555-0181",
            "Pages": "7",
            "Received": "2024-09-26 11:42:10",
            "Member": "Walter Brennan",
            "Member ID": "H41827736",
            "Drug": "Eliquis 5 mg",
            "Queue": "Part D Coverage Determinations",
        },
        {
            ("Fax From", "FAX|PHONE"),
            ("Member", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Drug", "HEALTH"),
        },
        {("Pages", "*"), ("Received", "*"), ("Queue", "*")},
        True,
    ),
    (
        "Payer BIN/PCN sheet (clean): processors and their help desks",
        {
            "payer": "CVS Caremark",
            "processor": "Caremark",
            "bin": "004336",
            "pcn": "ADV",
            "help_desk": "(800) 555-0199",
            "notes": "Commercial; Medicare Part D uses PCN MEDDADV",
        },
        set(),
        {
            ("payer", "*"),
            ("processor", "*"),
            ("bin", "*"),
            ("pcn", "*"),
            ("help_desk", "*"),
            ("notes", "*"),
        },
        False,
    ),
    (
        "DAW code table (clean): dispense-as-written codes",
        {
            "daw_code": "1",
            "description": "Substitution not allowed by prescriber",
            "brand_penalty_applies": "N",
        },
        set(),
        {("daw_code", "*"), ("description", "*"), ("brand_penalty_applies", "*")},
        False,
    ),
    (
        "Prescriber PA report (HCP only): NPI, name, specialty, top drug",
        {
            "Prescriber NPI": "1877204135",
            "Prescriber Name": "Samuel Okonjo",
            "Specialty": "Rheumatology",
            "PA Requests 2024": "42",
            "Approval Rate": "81%",
            "Top Drug": "Humira",
        },
        {
            ("Prescriber NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Prescriber Name", "NAME"),
            ("Top Drug", "HEALTH"),
        },
        {("PA Requests 2024", "*"), ("Approval Rate", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Pharmacist's PA call note (free text): prescriber's office, patient, history": (
        set(),
        set(),
        {("author", "*")},
        "a bare ``author`` holding a handle is read as ONLINE_ID wherever it is "
        "(detectors/social_authors.py: a byline's handle always, its name only in a social "
        "export); a pharmacist's login on a note is the workforce's identifier, reported as "
        "the project reports clinicians, so the blind must-not was stricter than the project",
    ),
    "Specialty pharmacy hub referral (CSV): patient, diagnosis, drug, insurance": (
        set(),
        {("Hub Case ID", "OTHER_ID|MRN")},
        set(),
        "tests/test_pharma_patient_support.py left a hub case id unstated (per-case "
        "bookkeeping, either reading defensible), and a bare case id is a help desk's "
        "ticket in the support-ticket and device-resupply probes; the blind expectation "
        "was stricter than the project (the row is PHI by its name, DOB and diagnosis)",
    ),
    "Hub benefits investigation result: PA required, cardholder, product": (
        set(),
        {("case_id", "OTHER_ID|MRN")},
        set(),
        "as the hub referral's ``Hub Case ID``: the project leaves a hub's case id "
        "unstated (tests/test_pharma_patient_support.py); the row is PHI by its name, DOB, "
        "cardholder id and product",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "ePA request (CoverMyMeds-like JSON): question set, diagnosis, prescriber": (
        {("questions[1].text", "HEALTH")},
        "a bare ``A1c`` without a value, a ``hemoglobin`` or a ``test`` is also the Air "
        "Force's Airman First Class and a grid cell's or a seat's code; clinical_measures "
        "reads it with its value (``A1c 8.4``), and the answer beside it is found as a DATE, "
        "so the row is PHI all the same",
    ),
    "PA criteria table (health, no identifier): a biologic's step requirements": (
        {("last_reviewed", "DATE")},
        "a date under an unclassified key is reported (the clean-exports probe's decision), "
        "and ``reviewed`` names a clinician's review of a person's chart or medication list "
        "as often as a policy document's; a criteria table has no column that makes it a "
        "chunk shape as a formulary's tier does",
    ),
    "Employer benefit set-up (clean): the plan's BIN, PCN, group and cost shares": (
        {("Effective Date", "DATE")},
        "a bare ``Client`` column is a person's column by its name (the senior-care and "
        'workforce probes\' decision); "Acme Manufacturing Co" is no NAME since the merge '
        "(a company's legal ending ends an organisation's name, and ``Co`` does after two "
        "words), but the column still keeps the chunk from reading as a plan's benefit "
        "design, so its effective date stays a DATE. The row is no PHI record (no health)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_pbm_prior_authorization_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on PBM, prior-authorization and specialty-pharmacy exports fails here. Before the work,
#: blind: SHAPES 11 misses / 7 false / 14 wrong of 31, HELD_OUT 2 / 2 / 3 of 10.
FLOORS = ShapeTotals(expected=151, misses=1, false=2, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
