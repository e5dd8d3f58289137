"""Life, disability and long-term-care insurance: underwriting and claims exports.

A blind probe, written by hand before reading the detectors: what a life, disability or
long-term-care carrier's new-business, underwriting, claims and distribution teams (and
the agencies, brokers and vendors around them) export. Electronic applications
(iPipeline- and FireLight-like JSON: the insured, height and weight, tobacco use, the
medical questions "treated for cancer in the last 10 years?" with their details), MIB-like
code hits, prescription-history checks (ScriptCheck- and IntelliScript-like: drug, fill
date, prescriber, pharmacy), attending-physician-statement (APS) requests to clinics and
their returned summaries, paramedical exam orders and lab results (ExamOne- and APPS-like:
blood profile, urine, BP, cotinine), EHR pulls for accelerated underwriting, accelerated
underwriting decisions with reason codes and rule ids, tele-interviews, agent and broker
CRM leads (final expense, Medicare supplement), lead-vendor pings, agency quote forms and
quote-engine web events (GA4, Segment), disability claim intake (date of disability,
diagnosis, employer, restrictions), long-term-care benefit eligibility, death claims,
beneficiary designations, premium bank drafts, MVR checks and policy-admin exports; with
the clean rows around them: rate and product tables, impairment guides, rules-engine
configuration, agent licensing rosters, commission statements and placement reports.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A policy number identifies the insured.** Life and disability insurance are no health
  plans under HIPAA (long-term care mostly is), so the contract's entity is not obvious:
  any of ``ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID`` is accepted for an individual policy's
  number, as for an application, case or claim number (``OTHER_ID|ACCOUNT_NUMBER``: a
  claim number is the person's record id, as tests/test_claims_revenue_cycle.py decided).
  A group policy number under an employer's plan is plan-level (no finding, as a group
  number is in tests/test_patient_portal.py). A policy form number (``ICC21-TL20``), a
  product or plan code, a carrier's NAIC code, an underwriting rule id, a reason code and
  a rules-engine version are no one's: no finding.
- **A rate class is not health context.** "Preferred Plus", "Standard Tobacco", a table
  rating ("Table D") or a flat extra are the price of a risk that mixes health with
  tobacco, driving, avocations and family history; alone they name no condition (must
  not be HEALTH). Height and weight alone are no health (as tests/test_weight_management
  _glp1.py decided); a BMI is. A tobacco answer is neither expected nor forbidden.
- **A medical question answered "Yes" with its details is health**; the details name the
  condition, drug or treatment. A "No" says nothing (as the grid answers decided), so a
  record whose only health cue is a question answered "No" is not PHI.
- **An Rx-check hit, an MIB-like impairment, an APS request that names what is sought,
  a paramedical exam ordered or its results, an EHR diagnosis, a cause of death, a
  disability diagnosis, an ADL deficit and a work restriction naming a body part are
  the insured's health.** An exam ordered for a person (blood profile, urine, EKG) is a
  PROCEDURE of that person, as a drug test of a named person is health in
  tests/test_occupational_health_testing.py. An Rx check that found nothing says nothing.
- **A beneficiary's name, birth date and SSN are identifiers** (Safe Harbor names
  relatives' identifiers too), but a beneficiary designation alone is no health: such a
  record is not PHI. A death claim's cause of death is the decedent's health.
- **Dates of the insured are DATE**: birth, death, date of disability, last day worked,
  return to work, the exam appointment, a lab's collection date, an Rx fill date, an
  EHR diagnosis's onset. A policy's issue or paid-to date and an application's signature
  date are neither expected nor forbidden; system timestamps (``created_at``,
  ``event_timestamp``) are forbidden, as are a rate table's effective date and a report's
  month.
- **The clinician is reported** (name, and NPI as ``OTHER_ID|LICENSE_NUMBER``), as
  tests/test_hcp_marketing.py decided for a clinician; a clinic's, a pharmacy's and an
  employer's name, NPI and address are the organisation's (no NAME, no OTHER_ID).
- **An insurance agent is the carrier's distribution channel, not a patient**: an
  agent's National Producer Number and state licence number are no finding (the brief's
  hard negative; a producer licence is not the licence of a person whose PHI this is),
  and an agent's name, email and phone are neither expected nor forbidden (a CRM
  record owner's fields are the workforce's in tests/test_staff.py). A carrier's and an
  agency's toll-free line is forbidden.
- **An amount is never an identifier**: face amount, premium, benefit amount, commission,
  placement rate and a lab value must not be reported as ids or phones.
- **Medicare-adjacent leads**: an MBI is a HEALTH_PLAN_ID; interest in a Medicare
  supplement or "Original Medicare" as current coverage is no health context (being on
  Medicare says age or eligibility, not a condition). A lead's conditions and
  medications are health.
- **A ZIP code in a lead vendor's anonymous ping is still a ZIP_CODE**, so a ping naming
  a condition is PHI by the contract's rule (an identifier and health in one record).

After reading the detectors no blind expectation was changed; six case numbers were
expected as the applicant's record id where the project reads a bare ``case_id`` as a
ticket's, and two must-nots were stricter than decisions the project had made (a reading's
``timestamp``, a statement date beside a person): they are narrowed on top
(:data:`_DECIDED`). What the work built: a group policy's number (``Group Policy #``,
``groupPolicyNumber``) as the employer's contract, not a member's HEALTH_PLAN_ID; a bare
``Insured`` column as a NAME; an insurance producer roster (a National Producer Number
beside a licence and an appointment date: the agent's trade, not a patient's) and an
insurance rate table (a product or rate class beside a rate, premium or fee: its dates are
the filing's) as chunk shapes (detectors/chunk_profiles.py); a bare ``restrictions`` beside
a return-to-work date as work restrictions (detectors/health_fields.py); and three
vocabulary terms (``blood draw``, ``paramedical exam``, ``paramed exam``; 35,532 in all:
``phlebotomy`` was tried and dropped, a phlebotomist's training and rosters are a job).
Seven records are left open (:data:`LEFT_ALONE`): an e-application's and
an LTC application's number, a policy owner's name under ``owner``, an impairment guide's
bare ``Effective`` date, an MVR's ``Subject Name``, a premium ``Payor Name``, and work
restrictions longer than a health field's eight words.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 11 / 7 / 16,
after the work and the decisions 6 / 1 / 7 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 4 / 1 / 5; scored once after the work on SHAPES: 3 / 0 / 3, all
three a case number under the decision above; with it: 0 / 0 / 0.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "E-application JSON: insured, build, medical question answered Yes with details",
        {
            "applicationId": "APP-2024-0918833",
            "product": {
                "productCode": "TL20-PP",
                "policyForm": "ICC21-TL20",
                "faceAmount": 500000,
            },
            "insured": {
                "firstName": "Dolores",
                "lastName": "Vanterpool",
                "dateOfBirth": "1971-08-14",
                "ssn": "512-48-3391",
                "address": {
                    "line1": "4417 Birchwood Dr",
                    "city": "Marietta",
                    "state": "GA",
                    "zip": "30062",
                },
                "phone": "(770) 555-0148",
                "email": "dvanterpool71@gmail.com",
                "heightInches": 65,
                "weightLbs": 172,
                "tobaccoUse": "Never",
            },
            "medicalQuestions": [
                {
                    "id": "MQ07",
                    "text": "In the last 10 years, have you been diagnosed with or treated "
                    "for cancer?",
                    "answer": "Yes",
                    "details": "Basal cell carcinoma, left cheek, excised 2019",
                },
                {
                    "id": "MQ08",
                    "text": "Have you ever been diagnosed with HIV or AIDS?",
                    "answer": "No",
                },
            ],
            "createdAt": "2024-09-18T15:22:41Z",
        },
        {
            ("applicationId", "OTHER_ID|ACCOUNT_NUMBER"),
            ("insured.firstName", "NAME"),
            ("insured.lastName", "NAME"),
            ("insured.dateOfBirth", "DATE"),
            ("insured.ssn", "SSN"),
            ("insured.address.line1", "LOCATION"),
            ("insured.address.zip", "ZIP_CODE"),
            ("insured.phone", "PHONE"),
            ("insured.email", "EMAIL"),
            ("medicalQuestions[0].details", "HEALTH"),
        },
        {
            ("product.productCode", "*"),
            ("product.policyForm", "*"),
            ("product.faceAmount", "*"),
            ("insured.heightInches", "*"),
            ("insured.weightLbs", "*"),
            ("medicalQuestions[0].id", "*"),
            ("createdAt", "*"),
        },
        True,
    ),
    (
        "New-business report (CSV): issued policy, rate class, agent NPN, no health",
        {
            "Policy Number": "LT00784512",
            "Insured Name": "Raymond K. Odell",
            "DOB": "04/22/1968",
            "Rate Class": "Preferred Plus Non-Tobacco",
            "Face Amount": "750,000.00",
            "Annual Premium": "1,284.50",
            "Status": "Issued",
            "Issue Date": "09/30/2024",
            "Writing Agent NPN": "18823417",
            "Carrier NAIC": "65838",
        },
        {
            ("Policy Number", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("Insured Name", "NAME"),
            ("DOB", "DATE"),
        },
        {
            ("Rate Class", "*"),
            ("Face Amount", "*"),
            ("Annual Premium", "*"),
            ("Status", "*"),
            ("Writing Agent NPN", "*"),
            ("Carrier NAIC", "*"),
        },
        False,
    ),
    (
        "Prescription-history check (JSON): fills with prescriber and pharmacy",
        {
            "requestId": "RXC-7741-0093",
            "applicant": {
                "firstName": "Terrence",
                "lastName": "Mabry",
                "dob": "1966-02-03",
                "gender": "M",
                "zip": "75093",
            },
            "rxHistory": [
                {
                    "drugName": "Metformin HCl 1000 MG Oral Tablet",
                    "ndc": "00093-1048-01",
                    "fillDate": "2024-06-14",
                    "daysSupply": 90,
                    "prescriber": {"name": "HALVERSEN, MARCUS T", "npi": "1639284755"},
                    "pharmacy": {"name": "Plano Family Pharmacy", "npi": "1245318708"},
                },
                {
                    "drugName": "Atorvastatin Calcium 40 MG Oral Tablet",
                    "ndc": "00378-2077-77",
                    "fillDate": "2024-05-02",
                    "daysSupply": 30,
                },
            ],
            "riskScore": 57,
            "returnedAt": "2024-09-20T11:03:27Z",
        },
        {
            ("applicant.firstName", "NAME"),
            ("applicant.lastName", "NAME"),
            ("applicant.dob", "DATE"),
            ("applicant.zip", "ZIP_CODE"),
            ("rxHistory[0].drugName", "MEDICATION"),
            ("rxHistory[0].fillDate", "DATE"),
            ("rxHistory[0].prescriber.name", "NAME"),
            ("rxHistory[0].prescriber.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("rxHistory[1].drugName", "MEDICATION"),
        },
        {
            ("rxHistory[0].pharmacy.name", "NAME"),
            ("rxHistory[0].pharmacy.npi", "*"),
            ("rxHistory[0].daysSupply", "*"),
            ("riskScore", "*"),
            ("returnedAt", "*"),
        },
        True,
    ),
    (
        "MIB-like check response (CSV): coded impairments with descriptions",
        {
            "Case ID": "NB-24-331907",
            "Last Name": "Pruitt",
            "First Name": "Annalise",
            "Birth Date": "1983-11-09",
            "Birth State": "TN",
            "MIB Code": "271ZC",
            "Impairment": "Major depressive disorder, recurrent",
            "Reported Date": "2022-03",
            "Reporting Company": "Member Co. 0417",
        },
        {
            ("Case ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("Birth Date", "DATE"),
            ("Impairment", "HEALTH"),
        },
        {("Reporting Company", "*"), ("Birth State", "*")},
        True,
    ),
    (
        "APS request to a clinic (retrieval vendor order JSON): what records are sought",
        {
            "orderNumber": "APS-0558213",
            "caseNumber": "NB-24-330152",
            "insured": {
                "name": "Calvin Whitaker",
                "dob": "1959-07-30",
                "ssnLast4": "4471",
            },
            "provider": {
                "physicianName": "Dr. Priya Raman",
                "facility": "Lakeview Cardiology Associates",
                "fax": "(404) 555-0177",
                "address": "1100 Johnson Ferry Rd NE, Atlanta, GA 30342",
            },
            "recordsRequested": "Office notes, EKGs and echocardiogram reports 2019 to present",
            "reason": "Atrial fibrillation disclosed on application",
            "authorizationOnFile": True,
            "requestedAt": "2024-09-23T13:40:00Z",
        },
        {
            ("caseNumber", "OTHER_ID|ACCOUNT_NUMBER"),
            ("insured.name", "NAME"),
            ("insured.dob", "DATE"),
            ("provider.physicianName", "NAME"),
            ("recordsRequested", "HEALTH"),
            ("reason", "HEALTH"),
        },
        {
            ("provider.facility", "NAME"),
            ("authorizationOnFile", "*"),
            ("requestedAt", "*"),
        },
        True,
    ),
    (
        "Paramedical exam order (ExamOne-like CSV): requirements and appointment",
        {
            "Order ID": "E1-88420917",
            "Applicant Name": "Sofia Castellanos",
            "Applicant Phone": "(512) 555-0139",
            "Exam Address": "8812 Brodie Ln, Austin, TX 78748",
            "Requirements": "Paramed, Blood Profile, Urinalysis, EKG",
            "Appointment": "10/14/2024 08:00 AM",
            "Carrier": "Summit Mutual Life",
            "Face Amount": "1,000,000",
            "Agent": "Kevin Doyle",
        },
        {
            ("Applicant Name", "NAME"),
            ("Applicant Phone", "PHONE"),
            ("Exam Address", "LOCATION"),
            ("Requirements", "HEALTH"),
            ("Appointment", "DATE"),
        },
        {("Order ID", "*"), ("Carrier", "*"), ("Face Amount", "*")},
        True,
    ),
    (
        "Paramedical lab results (JSON): blood profile, BP, cotinine, specimen id",
        {
            "specimenId": "LB7730412981",
            "applicant": {"lastName": "Castellanos", "firstName": "Sofia", "dob": "1978-12-01"},
            "collectedDate": "2024-10-14",
            "measurements": {"heightIn": 64, "weightLb": 181, "bmi": 31.1, "bp": "148/92"},
            "labResults": [
                {"test": "Total Cholesterol", "value": "242", "units": "mg/dL"},
                {"test": "Hemoglobin A1c", "value": "6.9", "units": "%"},
                {"test": "Cotinine", "value": "Negative", "units": ""},
            ],
            "labAccount": "ACCT-22017",
        },
        {
            ("specimenId", "OTHER_ID"),
            ("applicant.lastName", "NAME"),
            ("applicant.firstName", "NAME"),
            ("applicant.dob", "DATE"),
            ("collectedDate", "DATE"),
            ("measurements.bmi", "HEALTH"),
            ("measurements.bp", "HEALTH"),
            ("labResults[1].test", "HEALTH"),
        },
        {
            ("measurements.heightIn", "*"),
            ("measurements.weightLb", "*"),
            ("labResults[0].value", "PHONE|OTHER_ID|ZIP_CODE"),
        },
        True,
    ),
    (
        "Accelerated underwriting decision (JSON): referred on an insulin Rx hit",
        {
            "caseId": "AU-2024-00871623",
            "applicantEmail": "j.okonjo@icloud.com",
            "decision": "REFER_TO_FULL_UW",
            "rateClassOffered": None,
            "reasons": [
                {"code": "RX-112", "description": "Prescription history indicates insulin use"},
                {"code": "MIB-03", "description": "MIB code hit requires review"},
            ],
            "ruleId": "UWR-4471",
            "rulesetVersion": "2024.09.2",
            "decidedAt": "2024-09-25T17:02:13Z",
        },
        {
            ("caseId", "OTHER_ID|ACCOUNT_NUMBER"),
            ("applicantEmail", "EMAIL"),
            ("reasons[0].description", "HEALTH"),
        },
        {
            ("ruleId", "*"),
            ("rulesetVersion", "*"),
            ("reasons[0].code", "*"),
            ("reasons[1].code", "*"),
            ("decidedAt", "*"),
        },
        True,
    ),
    (
        "Accelerated underwriting decision (JSON): approved Preferred Plus, no health",
        {
            "caseId": "AU-2024-00871790",
            "applicantEmail": "mgrayson88@outlook.com",
            "decision": "APPROVED",
            "rateClassOffered": "Preferred Plus",
            "reasons": [{"code": "AU-000", "description": "Clean case, all data sources clear"}],
            "ruleId": "UWR-0001",
            "decidedAt": "2024-09-25T17:04:55Z",
        },
        {("caseId", "OTHER_ID|ACCOUNT_NUMBER"), ("applicantEmail", "EMAIL")},
        {
            ("rateClassOffered", "*"),
            ("reasons[0].code", "*"),
            ("reasons[0].description", "*"),
            ("ruleId", "*"),
            ("decidedAt", "*"),
        },
        False,
    ),
    (
        "Final-expense lead in an agent CRM (CSV): health issues and tobacco",
        {
            "Lead ID": "FE-330918",
            "First Name": "Earline",
            "Last Name": "Boudreaux",
            "Phone": "337-555-0184",
            "Age": "74",
            "City": "Lafayette",
            "State": "LA",
            "Zip": "70506",
            "Coverage Amount": "$15,000",
            "Health Issues": "COPD, on home oxygen; type 2 diabetes",
            "Tobacco": "Yes",
            "Lead Source": "FB-FinalExpense-Oct",
            "Assigned Agent": "Troy Fontenot",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone", "PHONE"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Health Issues", "HEALTH"),
        },
        {("Coverage Amount", "*"), ("Age", "AGE_OVER_89"), ("State", "*")},
        True,
    ),
    (
        "Medicare supplement lead (JSON webhook): Part B date and medications",
        {
            "lead": {
                "id": "ms_7f31a0c2",
                "first_name": "Gerald",
                "last_name": "Lindqvist",
                "dob": "1959-12-18",
                "zip": "55447",
                "phone": "+17635550126",
                "part_b_effective": "2025-01-01",
                "current_coverage": "Original Medicare",
                "medications": "Eliquis 5 mg, metoprolol succinate",
                "plan_interest": "Medicare Supplement Plan G",
            },
            "vendor": "SeniorQuoteLeads",
            "received_at": "2024-10-01T12:30:45Z",
        },
        {
            ("lead.first_name", "NAME"),
            ("lead.last_name", "NAME"),
            ("lead.dob", "DATE"),
            ("lead.zip", "ZIP_CODE"),
            ("lead.phone", "PHONE"),
            ("lead.medications", "MEDICATION"),
        },
        {
            ("lead.current_coverage", "HEALTH"),
            ("lead.plan_interest", "HEALTH"),
            ("vendor", "*"),
            ("received_at", "*"),
        },
        True,
    ),
    (
        "Medicare-adjacent lead with an MBI and no health (CSV)",
        {
            "Name": "Beatrice Holloway",
            "Phone": "(863) 555-0171",
            "Email": "bholloway52@aol.com",
            "Medicare Number": "1EG4-TE5-MK73",
            "Plan Interest": "Medicare Supplement Plan N",
            "Best Time": "Mornings",
            "Agency": "Suncoast Senior Benefits",
        },
        {
            ("Name", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Medicare Number", "HEALTH_PLAN_ID"),
        },
        {("Plan Interest", "HEALTH"), ("Best Time", "*"), ("Agency", "*")},
        False,
    ),
    (
        "Quote-engine GA4 event: term quote with declared conditions",
        {
            "event_date": "20241003",
            "event_name": "quote_submitted",
            "user_pseudo_id": "2077351180.1727960012",
            "event_params": [
                {"key": "coverage_amount", "value": {"int_value": 250000}},
                {"key": "term_length", "value": {"int_value": 20}},
                {"key": "tobacco", "value": {"string_value": "no"}},
                {
                    "key": "health_conditions",
                    "value": {"string_value": "sleep_apnea|high_blood_pressure"},
                },
                {"key": "quoted_premium", "value": {"double_value": 31.42}},
            ],
            "event_timestamp": "1727960077123456",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[3].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[0].value.int_value", "*"),
            ("event_params[4].value.double_value", "*"),
        },
        True,
    ),
    (
        "Quote-engine GA4 event: term quote with a rate class estimate, no health",
        {
            "event_date": "20241003",
            "event_name": "quote_viewed",
            "user_pseudo_id": "1183920455.1727962210",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {"string_value": "https://www.example-life.com/term-life/quote"},
                },
                {"key": "rate_class", "value": {"string_value": "Preferred"}},
                {"key": "coverage_amount", "value": {"int_value": 500000}},
                {"key": "product_code", "value": {"string_value": "TL30-PREF"}},
            ],
            "event_timestamp": "1727962290456789",
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_params[1].value.string_value", "*"),
            ("event_params[3].value.string_value", "*"),
            ("event_timestamp", "*"),
        },
        False,
    ),
    (
        "Segment identify from the quote funnel: email, height, weight and BMI traits",
        {
            "type": "identify",
            "userId": "qf_5521d9e07a",
            "traits": {
                "email": "renee.batiste@yahoo.com",
                "height_in": 66,
                "weight_lb": 238,
                "bmi": 38.4,
                "estimated_class": "Standard",
            },
            "timestamp": "2024-10-03T19:44:02.117Z",
        },
        {("traits.email", "EMAIL"), ("traits.bmi", "HEALTH")},
        {
            ("traits.height_in", "*"),
            ("traits.weight_lb", "*"),
            ("traits.estimated_class", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Short-term disability claim intake (JSON): diagnosis, dates, employer",
        {
            "claimNumber": "STD-24-0419982",
            "claimant": {
                "firstName": "Miguel",
                "lastName": "Arredondo",
                "ssn": "431-09-8876",
                "dateOfBirth": "1985-05-17",
                "phone": "(602) 555-0192",
            },
            "employer": {"name": "Desert Sun Logistics LLC", "groupPolicyNumber": "GP-0077214"},
            "dateOfDisability": "2024-09-09",
            "lastDayWorked": "2024-09-06",
            "diagnosis": {
                "description": "Lumbar disc herniation with radiculopathy",
                "icd10": "M51.16",
            },
            "attendingPhysician": {"name": "Dr. Hannah Liebowitz", "phone": "(602) 555-0110"},
            "expectedReturnToWork": "2024-11-04",
            "submittedAt": "2024-09-12T08:15:30Z",
        },
        {
            ("claimNumber", "OTHER_ID|ACCOUNT_NUMBER"),
            ("claimant.firstName", "NAME"),
            ("claimant.lastName", "NAME"),
            ("claimant.ssn", "SSN"),
            ("claimant.dateOfBirth", "DATE"),
            ("claimant.phone", "PHONE"),
            ("dateOfDisability", "DATE"),
            ("lastDayWorked", "DATE"),
            ("diagnosis.description", "HEALTH"),
            ("diagnosis.icd10", "HEALTH"),
            ("attendingPhysician.name", "NAME"),
            ("expectedReturnToWork", "DATE"),
        },
        {
            ("employer.name", "NAME"),
            ("employer.groupPolicyNumber", "*"),
            ("submittedAt", "*"),
        },
        True,
    ),
    (
        "Long-term disability claims report from a TPA (CSV): group policy, Dx code",
        {
            "Claim #": "LTD0088231",
            "Claimant": "Janelle Okafor",
            "Employer": "Brightline Home Care Inc",
            "Group Policy #": "G-553018",
            "Date of Disability": "03/18/2024",
            "Primary Dx": "Major depressive disorder, recurrent, moderate",
            "Dx Code": "F33.1",
            "Monthly Benefit": "3,250.00",
            "Status": "Approved - Own Occ",
        },
        {
            ("Claim #", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Claimant", "NAME"),
            ("Date of Disability", "DATE"),
            ("Primary Dx", "HEALTH"),
            ("Dx Code", "HEALTH"),
        },
        {
            ("Employer", "NAME"),
            ("Group Policy #", "*"),
            ("Monthly Benefit", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Long-term-care benefit eligibility assessment: ADL deficits and dementia",
        {
            "PolicyNo": "LTC4410937",
            "InsuredFirstName": "Harriet",
            "InsuredLastName": "Crowley",
            "InsuredDOB": "1938-06-02",
            "AssessmentDate": "2024-08-27",
            "ADLDeficits": "Bathing, dressing, transferring",
            "CognitiveImpairment": "Alzheimer's disease, moderate",
            "CareSetting": "Assisted living facility",
            "PlanOfCareDate": "2024-09-03",
            "DailyBenefit": "200.00",
            "EliminationPeriodDays": "90",
        },
        {
            ("PolicyNo", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("InsuredFirstName", "NAME"),
            ("InsuredLastName", "NAME"),
            ("InsuredDOB", "DATE"),
            ("AssessmentDate", "DATE"),
            ("CognitiveImpairment", "HEALTH"),
        },
        {("DailyBenefit", "*"), ("EliminationPeriodDays", "*")},
        True,
    ),
    (
        "Beneficiary designation (policy-admin JSON): owner and two beneficiaries",
        {
            "policyNumber": "UL20118734",
            "owner": {"fullName": "Patrick Nwosu", "relationshipToInsured": "Self"},
            "beneficiaries": [
                {
                    "type": "Primary",
                    "fullName": "Adaeze Nwosu",
                    "relationship": "Spouse",
                    "dateOfBirth": "1980-01-25",
                    "sharePercent": 100,
                },
                {
                    "type": "Contingent",
                    "fullName": "Chidi Nwosu",
                    "relationship": "Son",
                    "dateOfBirth": "2009-04-11",
                    "sharePercent": 100,
                },
            ],
            "effectiveDate": "2024-07-01",
        },
        {
            ("policyNumber", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("owner.fullName", "NAME"),
            ("beneficiaries[0].fullName", "NAME"),
            ("beneficiaries[0].dateOfBirth", "DATE"),
            ("beneficiaries[1].fullName", "NAME"),
            ("beneficiaries[1].dateOfBirth", "DATE"),
        },
        {
            ("beneficiaries[0].sharePercent", "*"),
            ("beneficiaries[0].relationship", "*"),
            ("owner.relationshipToInsured", "*"),
        },
        False,
    ),
    (
        "Beneficiary change form (CSV): beneficiary SSN and address",
        {
            "Policy Number": "WL30092211",
            "Insured": "Loretta Simmons",
            "Beneficiary Name": "Dwayne Simmons",
            "Beneficiary Relationship": "Son",
            "Beneficiary SSN": "287-65-4402",
            "Beneficiary Address": "62 Magnolia Ct, Savannah, GA 31405",
            "Percentage": "50%",
            "Signed Date": "10/02/2024",
        },
        {
            ("Policy Number", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("Insured", "NAME"),
            ("Beneficiary Name", "NAME"),
            ("Beneficiary SSN", "SSN"),
            ("Beneficiary Address", "LOCATION"),
        },
        {("Percentage", "*"), ("Beneficiary Relationship", "*")},
        False,
    ),
    (
        "Death claim (claims system CSV): decedent, date and cause of death, claimant",
        {
            "Claim Number": "DC-2024-00417",
            "Policy Number": "TL00658820",
            "Decedent Name": "Harold J. Pemberton",
            "Date of Death": "08/29/2024",
            "Cause of Death": "Acute myocardial infarction",
            "Manner of Death": "Natural",
            "Claimant Name": "Evelyn Pemberton",
            "Claimant Phone": "(317) 555-0158",
            "Face Amount": "250,000.00",
            "Contestable": "N",
        },
        {
            ("Claim Number", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Policy Number", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("Decedent Name", "NAME"),
            ("Date of Death", "DATE"),
            ("Cause of Death", "HEALTH"),
            ("Claimant Name", "NAME"),
            ("Claimant Phone", "PHONE"),
        },
        {("Face Amount", "*"), ("Contestable", "*"), ("Manner of Death", "*")},
        True,
    ),
    (
        "Agent licensing and appointment roster (clean of PHI): NPN, licence, NAIC",
        {
            "Agent Name": "Troy Fontenot",
            "NPN": "17744302",
            "Resident State": "LA",
            "Resident License #": "LA-724418",
            "Lines of Authority": "Life; Accident & Health",
            "Appointment Date": "2023-02-14",
            "Carrier NAIC": "65838",
            "Appointment Status": "Active",
        },
        set(),
        {
            ("NPN", "*"),
            ("Resident License #", "*"),
            ("Carrier NAIC", "*"),
            ("Lines of Authority", "HEALTH"),
            ("Appointment Date", "*"),
            ("Appointment Status", "*"),
        },
        False,
    ),
    (
        "Agent commission statement (CSV): insured and policy, no health",
        {
            "Statement Date": "2024-09-30",
            "Writing Agent": "Kevin Doyle",
            "Agent NPN": "19920475",
            "Policy #": "TL00784512",
            "Insured": "Raymond K. Odell",
            "Product": "Term 20 Preferred",
            "Premium": "1,284.50",
            "Commission Rate": "90%",
            "Commission": "1,156.05",
        },
        {("Policy #", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"), ("Insured", "NAME")},
        {
            ("Statement Date", "*"),
            ("Agent NPN", "*"),
            ("Product", "*"),
            ("Premium", "*"),
            ("Commission Rate", "*"),
            ("Commission", "*"),
        },
        False,
    ),
    (
        "Placement-rate report (clean): carrier, product, month, apps and placement",
        {
            "Month": "2024-09",
            "Carrier": "Summit Mutual Life",
            "NAIC": "65838",
            "Product": "Term 20",
            "Apps Submitted": "412",
            "Placed": "297",
            "Placement Rate": "72.1%",
            "Avg Face": "486,250",
        },
        set(),
        {
            ("Month", "*"),
            ("Carrier", "*"),
            ("NAIC", "*"),
            ("Product", "*"),
            ("Apps Submitted", "*"),
            ("Placed", "*"),
            ("Placement Rate", "*"),
            ("Avg Face", "*"),
        },
        False,
    ),
    (
        "Impairment guide row (health, no person): diabetes build and A1c criteria",
        {
            "Guide ID": "IG-DM2-004",
            "Impairment": "Type 2 diabetes mellitus",
            "Criteria": "A1c under 7.0, diagnosed after age 40, no complications",
            "Best Class": "Standard",
            "Rating": "Table 2",
            "Rule ID": "UWR-2310",
            "Effective": "2024-01-01",
        },
        {("Impairment", "HEALTH")},
        {
            ("Guide ID", "*"),
            ("Best Class", "*"),
            ("Rating", "*"),
            ("Rule ID", "*"),
            ("Effective", "*"),
        },
        False,
    ),
    (
        "Rules-engine configuration export (health words, no person)",
        {
            "rule_id": "UWR-4471",
            "name": "Insulin fill in Rx history",
            "condition": "rx.drug_class == 'INSULIN' and rx.fill_age_days < 730",
            "action": "REFER",
            "priority": 20,
            "version": "2024.09.2",
            "updated_by": "svc-uw-config",
            "updated_at": "2024-09-01T00:00:00Z",
        },
        set(),
        {
            ("rule_id", "*"),
            ("priority", "*"),
            ("version", "*"),
            ("updated_by", "*"),
            ("updated_at", "*"),
        },
        False,
    ),
    (
        "Rate table row (clean): product code, form number, class, rates per thousand",
        {
            "Product Code": "TL20-PP",
            "Policy Form": "ICC21-TL20",
            "Issue Age": "45",
            "Gender": "F",
            "Rate Class": "Preferred Plus",
            "Rate per 1000": "0.84",
            "Policy Fee": "60.00",
            "Effective Date": "2024-04-01",
            "NAIC": "65838",
        },
        set(),
        {
            ("Product Code", "*"),
            ("Policy Form", "*"),
            ("Issue Age", "*"),
            ("Rate Class", "*"),
            ("Rate per 1000", "*"),
            ("Policy Fee", "*"),
            ("Effective Date", "*"),
            ("NAIC", "*"),
        },
        False,
    ),
    (
        "Inforce policy extract (CSV): table rating and flat extra, no condition named",
        {
            "Policy No": "UL20554190",
            "Insured Last": "Delacroix",
            "Insured First": "Simone",
            "DOB": "02/19/1962",
            "Issue Age": "58",
            "Face": "300000",
            "UW Class": "Standard Tobacco",
            "Table Rating": "Table D",
            "Flat Extra": "$5.00 per 1000 for 3 years",
            "Paid To": "10/19/2024",
            "Status": "Premium Paying",
        },
        {
            ("Policy No", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("Insured Last", "NAME"),
            ("Insured First", "NAME"),
            ("DOB", "DATE"),
        },
        {
            ("Issue Age", "*"),
            ("Face", "*"),
            ("UW Class", "*"),
            ("Table Rating", "*"),
            ("Flat Extra", "*"),
            ("Status", "*"),
        },
        False,
    ),
    (
        "Agent CRM call note (free text): stroke, Plavix, a call-back number",
        {
            "Activity Type": "Call",
            "Subject": "FE quote follow-up",
            "Notes": "Spoke with Margaret Ellison, wants 15k final expense. Had a stroke in "
            "2021, takes Plavix and lisinopril. Call back Tues at (912) 555-0163.",
            "Created": "2024-10-04T14:02:00Z",
        },
        {("Notes", "NAME"), ("Notes", "PHONE"), ("Notes", "HEALTH")},
        {("Created", "*"), ("Subject", "*")},
        True,
    ),
    (
        "Exam reminder SMS to an applicant: fasting for a blood draw",
        {
            "sid": "SM4b1e77c02d9a4f6e8c1b3a5d7e9f0a2c",
            "from": "+18005550142",
            "to": "+19125550163",
            "body": "Hi Dennis, your insurance exam with APPS is set for 10/14/2024 at 9:00 AM. "
            "Please fast 8 hours before your blood draw. Reply C to confirm.",
            "date_sent": "2024-10-11T16:00:04Z",
            "status": "delivered",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "DATE"), ("body", "HEALTH")},
        {("from", "*"), ("sid", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "APS summary returned (underwriter worksheet JSON): CAD with a stent",
        {
            "case_id": "NB-24-330152",
            "insured_name": "Calvin Whitaker",
            "provider_name": "Priya Raman, MD",
            "provider_npi": "1882041738",
            "records_through": "2024-09-15",
            "summary": "CAD s/p stent to LAD 2020. On clopidogrel and rosuvastatin. "
            "Echo 2023: EF 55%. No angina since.",
            "underwriter": "uw_jmartel",
        },
        {
            ("case_id", "OTHER_ID|ACCOUNT_NUMBER"),
            ("insured_name", "NAME"),
            ("provider_name", "NAME"),
            ("provider_npi", "OTHER_ID|LICENSE_NUMBER"),
            ("summary", "HEALTH"),
        },
        {("underwriter", "*")},
        True,
    ),
    (
        "Rx check with no hits: the search found nothing",
        {
            "requestId": "RXC-7741-0107",
            "applicant": {
                "firstName": "Colleen",
                "lastName": "Marchetti",
                "dob": "1990-10-30",
                "zip": "02134",
            },
            "rxHistory": [],
            "resultMessage": "No prescription history found for the applicant",
            "returnedAt": "2024-09-20T11:07:51Z",
        },
        {
            ("applicant.firstName", "NAME"),
            ("applicant.lastName", "NAME"),
            ("applicant.dob", "DATE"),
            ("applicant.zip", "ZIP_CODE"),
        },
        {("resultMessage", "HEALTH"), ("returnedAt", "*"), ("requestId", "*")},
        False,
    ),
    (
        "Motor vehicle report (MVR) for underwriting: licence and violations, no health",
        {
            "OrderRef": "MVR-551204",
            "Subject Name": "Darnell Whitfield",
            "DOB": "1988-03-27",
            "DL State": "GA",
            "DL Number": "054812377",
            "Violations": "Speeding 15 over (2023-06-11); Failure to yield (2022-01-04)",
            "Points": "6",
        },
        {
            ("Subject Name", "NAME"),
            ("DOB", "DATE"),
            ("DL Number", "LICENSE_NUMBER"),
        },
        {("OrderRef", "*"), ("Points", "*"), ("DL State", "*"), ("Violations", "HEALTH")},
        False,
    ),
    (
        "EHR pull for accelerated underwriting (FHIR-ish JSON): conditions with onset",
        {
            "applicantRef": "ehr-req-99120451",
            "patient": {
                "name": [{"family": "Greenberg", "given": ["Nathaniel"]}],
                "birthDate": "1975-03-08",
            },
            "conditions": [
                {
                    "code": {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "I48.91"},
                    "display": "Unspecified atrial fibrillation",
                    "onsetDate": "2021-06-15",
                }
            ],
            "source": "HIE network query",
            "retrievedAt": "2024-09-26T09:12:44Z",
        },
        {
            ("patient.name[0].family", "NAME"),
            ("patient.name[0].given[0]", "NAME"),
            ("patient.birthDate", "DATE"),
            ("conditions[0].display", "HEALTH"),
            ("conditions[0].onsetDate", "DATE"),
        },
        {("source", "*"), ("retrievedAt", "*"), ("conditions[0].code.system", "*")},
        True,
    ),
    (
        "Agency quote form (Gravity Forms-like CSV): conditions checked",
        {
            "Entry Id": "4471",
            "Name (First)": "Wendell",
            "Name (Last)": "Thibodeaux",
            "Email": "wthibodeaux@bellsouth.net",
            "Phone": "(985) 555-0117",
            "Date of Birth": "06/09/1956",
            "Do you have any of the following?": "Diabetes, Heart attack",
            "Coverage type": "Guaranteed issue",
            "Date Created": "2024-10-05 21:14:09",
            "Source Url": "https://www.example-agency.com/final-expense-quote/",
        },
        {
            ("Name (First)", "NAME"),
            ("Name (Last)", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Date of Birth", "DATE"),
            ("Do you have any of the following?", "HEALTH"),
        },
        {("Entry Id", "*"), ("Coverage type", "*"), ("Date Created", "*")},
        True,
    ),
    (
        "Tele-interview answers (JSON): hospitalisation and surgery disclosed",
        {
            "interviewId": "TI-2024-118205",
            "caseNumber": "NB-24-331488",
            "applicantName": "Rosalind Achebe",
            "interviewer": "int_0219",
            "answers": [
                {
                    "question": "Have you been hospitalized in the last 5 years?",
                    "answer": "Yes",
                    "detail": "Appendectomy, March 2022, full recovery",
                },
                {
                    "question": "Any alcohol or drug treatment?",
                    "answer": "No",
                    "detail": "",
                },
            ],
            "completedAt": "2024-09-27T15:40:10Z",
        },
        {
            ("caseNumber", "OTHER_ID|ACCOUNT_NUMBER"),
            ("applicantName", "NAME"),
            ("answers[0].detail", "HEALTH"),
        },
        {("interviewer", "*"), ("completedAt", "*")},
        True,
    ),
    (
        "Premium bank draft (EFT) setup: routing and account number, no health",
        {
            "Policy Number": "TL00784512",
            "Payor Name": "Raymond K. Odell",
            "Bank Routing Number": "061000104",
            "Bank Account Number": "4471093382",
            "Account Type": "Checking",
            "Draft Day": "15",
            "Modal Premium": "107.04",
        },
        {
            ("Policy Number", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID"),
            ("Payor Name", "NAME"),
            ("Bank Routing Number", "ACCOUNT_NUMBER"),
            ("Bank Account Number", "ACCOUNT_NUMBER"),
        },
        {("Draft Day", "*"), ("Modal Premium", "*"), ("Account Type", "*")},
        False,
    ),
    (
        "Absence-management webhook: return-to-work restrictions naming a body part",
        {
            "event": "claim.rtw_updated",
            "data": {
                "claim_id": "STD-24-0419982",
                "employee_id": "E-204417",
                "employee_name": "Miguel Arredondo",
                "employer": "Desert Sun Logistics LLC",
                "rtw_date": "2024-11-04",
                "restrictions": "No lifting over 10 lbs with the left shoulder for 6 weeks",
            },
            "sent_at": "2024-10-28T12:00:00Z",
        },
        {
            ("data.claim_id", "OTHER_ID|ACCOUNT_NUMBER"),
            ("data.employee_id", "OTHER_ID"),
            ("data.employee_name", "NAME"),
            ("data.rtw_date", "DATE"),
            ("data.restrictions", "HEALTH"),
        },
        {("data.employer", "NAME"), ("sent_at", "*"), ("event", "*")},
        True,
    ),
    (
        "Final-expense lead-vendor ping (anonymous): ZIP, age and a condition",
        {
            "ping_id": "p_90b1c4e7",
            "zip": "31405",
            "age": "71",
            "state": "GA",
            "tobacco": "no",
            "health_conditions": "congestive heart failure",
            "bid": "18.50",
        },
        {("zip", "ZIP_CODE"), ("health_conditions", "HEALTH")},
        {("ping_id", "*"), ("age", "*"), ("bid", "*"), ("state", "*")},
        True,
    ),
    (
        "Underwriting outcomes by impairment (aggregate report): no person",
        {
            "Impairment": "Sleep apnea",
            "Quarter": "2024-Q3",
            "Apps": "412",
            "Approved Std or Better": "61%",
            "Declined": "4%",
            "Avg Days to Decision": "18.2",
        },
        {("Impairment", "HEALTH")},
        {
            ("Quarter", "*"),
            ("Apps", "*"),
            ("Approved Std or Better", "*"),
            ("Declined", "*"),
            ("Avg Days to Decision", "*"),
        },
        False,
    ),
    (
        "Long-term-care application: cognitive screen and current medications",
        {
            "ApplicationNumber": "LTCA-0092217",
            "ApplicantFullName": "Eugene Fairbanks",
            "ApplicantDOB": "1952-09-14",
            "ApplicantAddress": "2871 Willow Creek Rd, Bozeman, MT 59715",
            "CognitiveScreen": "Delayed word recall 8/10",
            "Current Medications": "donepezil 10 mg; amlodipine 5 mg",
            "Height": "5'10\"",
            "Weight": "184",
            "ProductCode": "LTC-HYB-2",
        },
        {
            ("ApplicationNumber", "OTHER_ID|ACCOUNT_NUMBER"),
            ("ApplicantFullName", "NAME"),
            ("ApplicantDOB", "DATE"),
            ("ApplicantAddress", "LOCATION"),
            ("Current Medications", "MEDICATION"),
        },
        {("Height", "*"), ("Weight", "*"), ("ProductCode", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_CASE_IS_A_TICKET = (
    "a bare ``case_id`` or ``caseNumber`` is a help desk's or a CRM's ticket "
    "(detectors/field_names.py: only a health department's case number is a person's); an "
    "underwriting case is one applicant's, but nothing in the key says which kind of case "
    "it is, so the blind expectation was stricter than the project"
)
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "APS request to a clinic (retrieval vendor order JSON): what records are sought": (
        set(),
        {("caseNumber", "OTHER_ID|ACCOUNT_NUMBER")},
        set(),
        _CASE_IS_A_TICKET,
    ),
    "Accelerated underwriting decision (JSON): approved Preferred Plus, no health": (
        set(),
        {("caseId", "OTHER_ID|ACCOUNT_NUMBER")},
        set(),
        _CASE_IS_A_TICKET,
    ),
    "APS summary returned (underwriter worksheet JSON): CAD with a stent": (
        set(),
        {("case_id", "OTHER_ID|ACCOUNT_NUMBER")},
        set(),
        _CASE_IS_A_TICKET,
    ),
    "MIB-like check response (CSV): coded impairments with descriptions": (
        set(),
        {("Case ID", "OTHER_ID|ACCOUNT_NUMBER")},
        set(),
        _CASE_IS_A_TICKET,
    ),
    "Accelerated underwriting decision (JSON): referred on an insulin Rx hit": (
        set(),
        {("caseId", "OTHER_ID|ACCOUNT_NUMBER")},
        set(),
        _CASE_IS_A_TICKET,
    ),
    "Tele-interview answers (JSON): hospitalisation and surgery disclosed": (
        set(),
        {("caseNumber", "OTHER_ID|ACCOUNT_NUMBER")},
        set(),
        _CASE_IS_A_TICKET,
    ),
    "Segment identify from the quote funnel: email, height, weight and BMI traits": (
        set(),
        set(),
        {("timestamp", "*")},
        "a bare ``timestamp`` one level above a field named for a measurement (``traits.bmi``) "
        "is the time the reading was taken (detectors/reading_records.py, the wellness probe's "
        "decision); the blind must-not was stricter than the project",
    ),
    "Agent commission statement (CSV): insured and policy, no health": (
        set(),
        set(),
        {("Statement Date", "*")},
        "a statement date beside a person is neither expected nor forbidden "
        "(tests/test_claims_revenue_cycle.py: a patient statement's date may be the "
        "patient's); a commission statement's is the agent's, but the key cannot tell them "
        "apart",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "E-application JSON: insured, build, medical question answered Yes with details": (
        {("applicationId", "OTHER_ID|ACCOUNT_NUMBER")},
        "``applicationId`` is an app's id in Android, Azure AD and most SDK payloads, and FDA's "
        "NDC directory heads a drug's NDA ``APPLICATIONNUMBER``: no key rule can take an "
        "insurance application's number without a word saying whose it is (the row is PHI by "
        "its name, SSN and the cancer answer)",
    ),
    "Long-term-care application: cognitive screen and current medications": (
        {("ApplicationNumber", "OTHER_ID|ACCOUNT_NUMBER")},
        "as ``applicationId``: FDA's ``APPLICATIONNUMBER`` is a drug approval's (NDA/ANDA/BLA) "
        "and a permit's or a licence's application number a business's; the row is PHI by "
        "its name, birth date, address and donepezil",
    ),
    "Beneficiary designation (policy-admin JSON): owner and two beneficiaries": (
        {("owner.fullName", "NAME")},
        "``owner`` is a CRM record owner (staff) in every Salesforce, HubSpot and Zoho export "
        "(detectors/staff.py); a policy's owner under the same key is the insured or a "
        "relative, and nothing but the record's kind tells them apart",
    ),
    "Impairment guide row (health, no person): diabetes build and A1c criteria": (
        {("Effective", "DATE")},
        "a bare ``Effective`` date is read alone as a person's date (an eligibility file's "
        "coverage start is the member's), and an underwriting guide's row has no price or "
        "code column that would make it a list the same for everyone; with its impairment it "
        "reads as PHI",
    ),
    "Motor vehicle report (MVR) for underwriting: licence and violations, no health": (
        {("Subject Name", "NAME")},
        "``subject`` is an email's, a ticket's or a certificate's in most exports (a study's "
        "subject is read only with its number); a background or MVR report's ``Subject "
        "Name`` is the person checked, but a rule on the key would read an X.509 subject or "
        "a mail's subject line as a name",
    ),
    "Premium bank draft (EFT) setup: routing and account number, no health": (
        {("Payor Name", "NAME")},
        "a ``Payor Name`` is an insurer in every claims, remittance and eligibility export "
        "(the health plan that pays); the premium payor of a life policy is a person, but "
        "the key alone cannot tell a payer from a payor",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_life_insurance_underwriting_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on underwriting and claims exports fails here. Before the work, blind: SHAPES 11 misses /
#: 7 false / 16 wrong of 31, HELD_OUT 4 / 1 / 5 of 10.
#: The workers' compensation probe (tests/test_workers_comp_claims.py) closed the
#: absence-management webhook's long restrictions: a lifting limit with its weight is read
#: in any text (detectors/work_restrictions.py).
FLOORS = ShapeTotals(expected=164, misses=5, false=1, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
