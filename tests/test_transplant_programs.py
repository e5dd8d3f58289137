"""Organ transplant programmes: the recipient's and the living donor's side.

A blind probe, written by hand before reading the detectors: what a transplant centre's
and its partners' tools export. Referral and evaluation intake for kidney, liver, heart
and lung (a web referral form's JSON, a referral fax keyed into a CRM, an EMR's referral
object: the referring nephrologist, hepatologist or cardiologist and their NPI, the
dialysis unit, eGFR, MELD and MELD-Na, NYHA class, an LVAD, the lung allocation score,
PRA and cPRA, ABO, HLA typing); UNet/Waitlist-like exports (candidate id, listing date,
status ``1A`` and ``7`` inactive, waiting time, region, dialysis start date) and a
listing letter's merge fields; the HLA lab's typing and crossmatch results; living-donor
inquiries (Salesforce Web-to-Lead-like), the donor health questionnaire (Qualtrics-like),
NKR-like paired-exchange pairs and match offers, NLDAC-like donor assistance applications
and OPTN living-donor follow-up; post-transplant clinic flowsheets (tacrolimus troughs,
creatinine), kidney biopsies with a Banff grade and heart biopsies with an ISHLT grade;
specialty-pharmacy refills of immunosuppressants and their reminder texts
(Twilio-like); a medication app's Segment-like track call; support-group sign-ups
(Eventbrite-like), education class sign-in sheets, Zoom-like webinar registrations,
HubSpot-like contacts and a GA4 export's page views of ``/transplant/kidney/living-donor/``;
financial clearance notes (Medicare ESRD, the MBI) and a payer's authorisation of CPT
50360; coordinator call logs, MyChart-like secure messages and a re-evaluation work
queue. With the clean rows around them: SRTR-like programme outcome statistics, OPO and
region tables, an immunosuppression protocol, HLA antigen reference tables, a lab test
catalog with LOINC codes, a preservation-solution order, a transplant surgeons' call
schedule, a research cohort's aggregates with its grant number, an app release record.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Needing, awaiting or having had a transplant is health.** A referral for transplant
  evaluation, a waitlist listing, a transplant (``Kidney transplant``, CPT ``50360``), a
  post-transplant clinic visit, a rejection episode and an immunosuppressant (tacrolimus,
  Prograf, Envarsus XR, mycophenolate, CellCept, belatacept) are HEALTH on the person's
  record. A bare organ name (``Kidney``, ``Liver``) in an ``organ`` column is neither
  expected nor forbidden: it is the list the candidate is on, but it is one anatomy word.
- **Allocation scores and immunology are test results** (HEALTH under their fields, as the
  dialysis probe decided for cPRA and the donation probe for ABO and HLA): MELD, MELD-Na,
  the lung allocation score, PRA and cPRA, eGFR, creatinine, a tacrolimus trough, a
  crossmatch result, donor-specific antibodies (DSA) and their MFI, a Banff or ISHLT
  grade, an AlloMap score, HLA typing. An HLA antigen or allele (``A2``, ``A*02:01``,
  ``DRB1*15:01``) is never a DATE and never an identifier, in a result or a reference table.
- **A waitlist's status code is the list's, not health**: ``1A``, ``7``, ``Active``,
  ``Inactive`` are neither expected nor forbidden as health, never identifiers; an
  inactive reason that names a health matter ("Status 7 - infection") is HEALTH.
- **A living donor is a well volunteer until evaluated** (the donation probe): an inquiry
  that names only the donor and their wish to donate is identified but not PHI; a donor's
  evaluation, questionnaire answers, blood type, crossmatch, nephrectomy and post-donation
  follow-up are health. A record that names the intended recipient as needing a transplant
  is the recipient's health context and PHI.
- **Ids**: a transplant candidate's waitlist id (UNOS/UNet-like, ``WL ID``,
  ``candidate_id``) is the person's OTHER_ID (the dialysis probe), never a HEALTH_PLAN_ID;
  a hospital MRN is ``MRN|OTHER_ID``; a paired-exchange donor id and recipient id are each
  a person's ``OTHER_ID|MRN``; a pair id is left unscored; a match run, an offer, a
  referral, an authorisation, an accession, an order, a PO, a lot and a grant number are
  not the person's (forbidden where plainly the system's, left unscored otherwise). An Rx
  number is the patient's OTHER_ID (the dialysis probe); an NDC is a product code, never a
  finding. Medicare's MBI and a payer's member id are HEALTH_PLAN_ID. A GA4
  ``user_pseudo_id`` and a Segment ``anonymousId``/``userId`` are ONLINE_ID. A LOINC code
  (``11253-5``), a centre code (``OHOU-TX1``), an OPO code, a region number and an app
  version are never findings.
- **A person's dates are DATE**: birth, a referral's date, an evaluation, the listing
  date, the dialysis start date, a transplant's date, a biopsy, a lab draw, a refill, a
  donation, a class attended, a re-evaluation due date. A system's timestamp (a message's
  send time, a registration's created-at), a report's cohort period, a protocol's
  effective date, a webinar's own time, an order's ship date and a call schedule's shift
  date are not a person's: forbidden where plainly the system's, left unscored on a staff
  schedule. A waiting time in days or years is no finding.
- **Clinicians are reported**: a referring nephrologist, hepatologist, cardiologist or
  pulmonologist, a transplant surgeon and a pathologist named on a patient's record are
  NAME and their NPI ``OTHER_ID|LICENSE_NUMBER``; a nurse transplant coordinator who signs
  a call log is NAME (a nurse, as the dialysis probe's training nurse); a financial
  coordinator is left unscored. A call schedule's surgeons are NAME (identified, not PHI).
- **The programme's places and lines are not a person's**: a centre's address and
  phone, a pharmacy's sending number, an OPO's service area, a region's states. A
  patient's or a donor's home address, city and ZIP are LOCATION / ZIP_CODE.
- **Aggregates name nobody**: SRTR-like graft and patient survival, observed and expected
  counts, cohort sizes, median waiting times.
- **Education and support-group sign-ups that name a transplant are health context** (a
  disease seminar registration was decided so): a kidney transplant support group, a
  "Life After Liver Transplant" webinar, a pre-transplant class. A fundraiser run for
  donor awareness is not (donating is not health).
- **A page view of a transplant service's page by an identified visitor is health
  context**: the path ``/transplant/kidney/...`` names the service.

After reading the detectors no blind expectation was changed; two were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a work queue's
``Assigned To`` is the workforce's (detectors/staff.py), nurse or not, and a nurse
coordinator's own phone in a letter is a clinician's line, which the project reports. What
the work built, each with its unit test: a liver candidate's MELD and MELD-Na in text
("MELD-Na 27", "MELD score of 31") and under their fields, a lung candidate's LAS, and an
immunosuppressant's trough level under its field (``Tacrolimus Trough (ng/mL)``,
``tac_trough``, sirolimus, everolimus, cyclosporine; not a bare ``tac``:
detectors/clinical_measures.py); a crossmatch's result under its field (``t_cell_flow_xm``
= "Positive (shift 212 MCS)") and donor-specific antibodies under theirs (``dsa`` = "DQ7
MFI 6400", only in an HLA antibody's shape: a bare ``dsa`` is Google Ads' and an OPO's
donation service area as often), and a biopsy's rejection grade under ``ishlt_grade``,
``banff_grade`` or ``Rejection Grade`` (detectors/health_fields.py); a survey's numbered
question keyed by its topic (Qualtrics' ``Q6_BloodType``, ``Q10_KidneyStones`` = "Yes -
one episode in 2016": ``field_names.unnumbered``, read by the blood-group reader and by
detectors/grid_answers.py); a transplant coordinator's ``CCTC`` or ``CPTC`` after a name
(detectors/keyed_names.py; a nurse's ``RN`` after a comma came at the merge, from the
shelters probe); a bare ``Support Person`` or
``Care Partner`` column as the caregiver's name, with a known given name
(detectors/field_names.py); and 78 vocabulary terms (immunosuppressant brands such as
Prograf, Envarsus XR, Myfortic, Nulojix, induction agents, milrinone; acute, T
cell-mediated and antibody-mediated rejection, delayed graft function, BK and CMV viremia,
donor-specific antibodies; crossmatch, donor nephrectomy, allograft and kidney biopsies,
pre- and post-transplant care, the transplant waitlist and its re-evaluation, LVAD, and a
transplanted organ as programmes' URL paths name it, ``/transplant/kidney/``; bare
"transplant", "living donor", "DSA", "XM" and "cross match" stay out). Three records are
left open (:data:`LEFT_ALONE`), each with its reason: an OPO reference row's
``main_phone``, and from HELD_OUT a Twilio log's local ``from`` number without a
direction, a call schedule's bare ``Name`` beside a pager.

Figures (misses / false findings / records wrong), NER off: SHAPES (31 records, 151
pairs), blind 16 / 1 / 12; after the work 2 / 1 / 3 as written, 1 / 1 / 2 with the
decisions (all in LEFT_ALONE). HELD_OUT (10 records, 47 pairs), blind before any work 4 / 2 /
5; scored once after the work on SHAPES: 3 / 2 / 5; after two rules that generalise (a
lung candidate's LAS under its field, a rejection grade under its field) 1 / 2 / 3 as
written, 1 / 1 / 2 with the decision on the coordinator's phone (all in LEFT_ALONE). At the
merge the call log's ``Coordinator`` = "Megan Tran, RN" became a NAME (it had been left
open): SHAPES 0 / 0 / 0 with the decisions.
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
        "Kidney referral (web referral form JSON): nephrologist NPI, dialysis unit, eGFR",
        {
            "submission_id": "f3b9c2e1-77d4-4f0a-9a61-0c5d2e8b4a17",
            "submitted_at": "2024-10-15T14:22:08Z",
            "organ": "Kidney",
            "patient": {
                "first_name": "Reginald",
                "last_name": "Okonkwo",
                "dob": "1963-04-27",
                "phone": "(614) 827-3391",
                "email": "reggie.okonkwo63@yahoo.com",
                "address": "1187 Maple Grove Ave",
                "city": "Columbus",
                "zip": "43219",
            },
            "clinical": {
                "primary_diagnosis": "ESRD secondary to hypertensive nephrosclerosis",
                "on_dialysis": "Yes",
                "dialysis_start_date": "2022-06-13",
                "dialysis_unit": "FMC Columbus East",
                "egfr": "9",
                "blood_type": "O+",
            },
            "referring_provider": {
                "name": "Dr. Farah Siddiqui",
                "specialty": "Nephrology",
                "npi": "1548739204",
                "phone": "614-555-0182",
            },
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("patient.email", "EMAIL"),
            ("patient.address", "LOCATION"),
            ("patient.zip", "ZIP_CODE"),
            ("clinical.primary_diagnosis", "HEALTH"),
            ("clinical.dialysis_start_date", "DATE"),
            ("clinical.egfr", "HEALTH"),
            ("clinical.blood_type", "HEALTH"),
            ("referring_provider.name", "NAME"),
            ("referring_provider.npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("submission_id", ANY_ID), ("submitted_at", "*")},
        True,
    ),
    (
        "Liver referral keyed from a fax (CRM CSV): MELD-Na, cirrhosis, hepatologist",
        {
            "Referral #": "LVR-24-03317",
            "Referral Date": "10/02/2024",
            "Patient Name": "Whitfield, Carolyn",
            "DOB": "11/19/1958",
            "MRN": "00871442",
            "Home Phone": "(419) 662-0417",
            "Diagnosis": "Decompensated cirrhosis (MASH) with ascites",
            "MELD": "24",
            "MELD-Na": "27",
            "Referring MD": "Gregory Halvorsen, MD",
            "Referring Practice": "Northwest Ohio GI Associates",
            "Insurance": "Anthem BCBS PPO",
        },
        {
            ("Referral Date", "DATE"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("MRN", "MRN|OTHER_ID"),
            ("Home Phone", "PHONE"),
            ("Diagnosis", "HEALTH"),
            ("MELD", "HEALTH"),
            ("MELD-Na", "HEALTH"),
            ("Referring MD", "NAME"),
        },
        {("Referring Practice", ANY_ID), ("Insurance", ANY_ID)},
        True,
    ),
    (
        "Heart transplant evaluation referral (EMR JSON): LVAD, NYHA class, cardiologist",
        {
            "resourceType": "ServiceRequest",
            "id": "sr-88213",
            "status": "active",
            "code": {"text": "Referral to heart transplant evaluation"},
            "subject": {"display": "Dwayne Pritchard", "reference": "Patient/pt-551903"},
            "authoredOn": "2024-09-30",
            "requester": {"display": "Dr. Ingrid Solberg, Advanced Heart Failure"},
            "reasonCode": [{"text": "Ischemic cardiomyopathy, NYHA class IV, HeartMate 3 LVAD"}],
            "note": [{"text": "EF 15%. Inotrope dependent (milrinone). Blood type A."}],
        },
        {
            ("code.text", "HEALTH"),
            ("subject.display", "NAME"),
            ("authoredOn", "DATE"),
            ("requester.display", "NAME"),
            ("reasonCode[0].text", "HEALTH"),
            ("note[0].text", "HEALTH"),
        },
        {("id", ANY_ID), ("status", "*")},
        True,
    ),
    (
        "Lung transplant intake (CSV): LAS, idiopathic pulmonary fibrosis, 6-minute walk",
        {
            "Candidate Name": "Theresa Vukovich",
            "DOB": "02/08/1961",
            "MRN": "3390172",
            "Cell": "724-555-0139",
            "Diagnosis": "Idiopathic pulmonary fibrosis",
            "LAS": "48.7",
            "6MWD (ft)": "620",
            "O2 Requirement": "4 L NC at rest",
            "Pulmonologist": "Dr. Samuel Achebe",
            "Evaluation Date": "11/04/2024",
            "Smoking Status": "Former, quit 2009",
        },
        {
            ("Candidate Name", "NAME"),
            ("DOB", "DATE"),
            ("MRN", "MRN|OTHER_ID"),
            ("Cell", "PHONE"),
            ("Diagnosis", "HEALTH"),
            ("LAS", "HEALTH"),
            ("Pulmonologist", "NAME"),
            ("Evaluation Date", "DATE"),
        },
        {("6MWD (ft)", ANY_ID)},
        True,
    ),
    (
        "Waitlist export (UNet/Waitlist-like CSV): candidate id, listing, region, cPRA",
        {
            "Candidate ID": "KI-3318842",
            "Last Name": "Delacroix",
            "First Name": "Simone",
            "DOB": "07/22/1979",
            "Organ": "KI",
            "Listing Date": "03/14/2023",
            "Status": "Active",
            "Wait Time (days)": "612",
            "ABO": "B",
            "CPRA": "98",
            "Dialysis Start Date": "08/01/2021",
            "Region": "10",
            "Center": "OHOU-TX1",
        },
        {
            ("Candidate ID", "OTHER_ID"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("DOB", "DATE"),
            ("Listing Date", "DATE"),
            ("ABO", "HEALTH"),
            ("CPRA", "HEALTH"),
            ("Dialysis Start Date", "DATE"),
        },
        {
            ("Candidate ID", "HEALTH_PLAN_ID"),
            ("Wait Time (days)", "*"),
            ("Region", "*"),
            ("Center", "*"),
        },
        True,
    ),
    (
        "Heart waitlist status change (JSON event): 1A to inactive, reason",
        {
            "event": "candidate.status_changed",
            "occurred_at": "2024-10-21T03:15:40Z",
            "candidate": {"candidate_id": "HR-2290517", "name": "Luis Ocampo", "mrn": "5120884"},
            "organ": "Heart",
            "previous_status": "1A",
            "new_status": "7 - Temporarily Inactive",
            "inactive_reason": "Active infection - driveline infection on IV antibiotics",
            "effective_date": "2024-10-20",
            "entered_by": "jmarsh",
        },
        {
            ("candidate.candidate_id", "OTHER_ID"),
            ("candidate.name", "NAME"),
            ("candidate.mrn", "MRN|OTHER_ID"),
            ("inactive_reason", "HEALTH"),
        },
        {
            ("occurred_at", "*"),
            ("previous_status", ANY_ID),
            ("new_status", ANY_ID),
            ("entered_by", "*"),
        },
        True,
    ),
    (
        "HLA typing result (LIS export CSV): antigens, unacceptable antigens, cPRA",
        {
            "Accession": "HLA24-018872",
            "Patient": "DELACROIX, SIMONE",
            "MRN": "01129375",
            "Collected": "09/17/2024",
            "HLA-A": "A*02:01, A*68:01",
            "HLA-B": "B*07:02, B*44:02",
            "HLA-DRB1": "DRB1*15:01, DRB1*04:01",
            "Unacceptable Antigens": "A1, A3, B8, DR17",
            "cPRA (%)": "98",
            "Test": "Single antigen bead (Class I/II)",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Collected", "DATE"),
            ("HLA-A", "HEALTH"),
            ("cPRA (%)", "HEALTH"),
        },
        {
            ("HLA-A", ANY_ID),
            ("HLA-B", ANY_ID),
            ("HLA-DRB1", ANY_ID),
            ("Unacceptable Antigens", ANY_ID),
        },
        True,
    ),
    (
        "Listing letter (mail merge fields): placed on the kidney waitlist",
        {
            "letter_date": "October 24, 2024",
            "recipient_name": "Mr. Anthony Bianchi",
            "address_line1": "52 Orchard Hill Dr",
            "city_state_zip": "Dublin, OH 43017",
            "salutation": "Dear Mr. Bianchi",
            "body": "We are pleased to inform you that you were added to the national "
            "waiting list for a kidney transplant on October 18, 2024. Your blood type is "
            "A and your waiting time began on your dialysis start date.",
            "coordinator": "Megan Tran, RN, BSN",
            "coordinator_phone": "614-555-0160",
        },
        {
            ("recipient_name", "NAME"),
            ("address_line1", "LOCATION"),
            ("city_state_zip", "LOCATION|ZIP_CODE"),
            ("body", "HEALTH"),
            ("body", "DATE"),
        },
        {("letter_date", "*"), ("coordinator_phone", "*")},
        True,
    ),
    (
        "Living-donor health questionnaire (Qualtrics-like response)",
        {
            "ResponseId": "R_2xQm8LpZ4aT9vB3",
            "RecordedDate": "2024-10-09 20:14:55",
            "Q1_FirstName": "Danielle",
            "Q1_LastName": "Ostrowski",
            "Q2_DOB": "05/30/1987",
            "Q3_Email": "dostrowski87@gmail.com",
            "Q4_Phone": "330-555-0191",
            "Q5_Recipient": "Kevin Ostrowski",
            "Q6_BloodType": "O negative",
            "Q7_Height": "5'6\"",
            "Q8_Weight": "148",
            "Q9_HighBloodPressure": "No",
            "Q10_KidneyStones": "Yes - one episode in 2016",
            "Q11_Medications": "lisinopril 10 mg daily",
        },
        {
            ("Q1_FirstName", "NAME"),
            ("Q1_LastName", "NAME"),
            ("Q2_DOB", "DATE"),
            ("Q3_Email", "EMAIL"),
            ("Q4_Phone", "PHONE"),
            ("Q5_Recipient", "NAME"),
            ("Q6_BloodType", "HEALTH"),
            ("Q10_KidneyStones", "HEALTH"),
            ("Q11_Medications", "HEALTH"),
        },
        {("ResponseId", ANY_ID), ("RecordedDate", "*"), ("Q8_Weight", "*")},
        True,
    ),
    (
        "Paired-exchange pair (NKR-like JSON): donor and recipient ids, ABO, cPRA",
        {
            "pair_id": "PR-7714",
            "center_code": "OHOU-TX1",
            "recipient": {
                "recipient_id": "R-448102",
                "abo": "O",
                "cpra": 97,
                "age": 52,
                "unacceptable_antigens": ["A1", "B8", "DR17"],
            },
            "donor": {
                "donor_id": "D-551937",
                "abo": "A",
                "age": 49,
                "hla": {"A": ["2", "24"], "B": ["7", "35"], "DR": ["4", "15"]},
                "egfr": 96,
            },
            "registered": "2024-08-12",
            "status": "ACTIVE",
        },
        {
            ("recipient.recipient_id", "OTHER_ID|MRN"),
            ("recipient.cpra", "HEALTH"),
            ("donor.donor_id", "OTHER_ID|MRN"),
        },
        {
            ("center_code", "*"),
            ("recipient.age", "*"),
            ("donor.age", "*"),
            ("donor.hla.A[0]", ANY_ID),
            ("status", "*"),
        },
        True,
    ),
    (
        "Flow crossmatch result (HLA lab report JSON): positive T-cell, DSA MFI",
        {
            "report_id": "XM-24-00931",
            "recipient": {"name": "Simone Delacroix", "mrn": "01129375"},
            "donor": {"name": "Paul Delacroix", "donor_id": "LD-24-0117"},
            "test_date": "2024-10-03",
            "t_cell_flow_xm": "Positive (shift 212 MCS)",
            "b_cell_flow_xm": "Positive (shift 388 MCS)",
            "dsa": "DQ7 MFI 6400",
            "interpretation": "Incompatible; refer to paired exchange",
            "reviewed_by": "Lauren Whitcomb, PhD, D(ABHI)",
        },
        {
            ("recipient.name", "NAME"),
            ("recipient.mrn", "MRN|OTHER_ID"),
            ("donor.name", "NAME"),
            ("donor.donor_id", "OTHER_ID|MRN"),
            ("test_date", "DATE"),
            ("t_cell_flow_xm", "HEALTH"),
            ("dsa", "HEALTH"),
        },
        {("report_id", ANY_ID)},
        True,
    ),
    (
        "Living-donor inquiry (Salesforce Web-to-Lead-like): donor and intended recipient",
        {
            "Id": "00Q5f00000Kx2LmEAJ",
            "FirstName": "Brandon",
            "LastName": "Achterberg",
            "Email": "b.achterberg@outlook.com",
            "Phone": "(937) 555-0114",
            "LeadSource": "Web - Living Donor Interest Form",
            "Intended_Recipient__c": "Marlene Achterberg",
            "Recipient_Organ__c": "Kidney",
            "Message__c": "My mother has been on dialysis for 3 years and is on your "
            "kidney transplant list. I'd like to be tested to donate.",
            "CreatedDate": "2024-10-17T16:40:02.000+0000",
        },
        {
            ("Id", "OTHER_ID"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Intended_Recipient__c", "NAME"),
            ("Message__c", "HEALTH"),
        },
        {("CreatedDate", "*"), ("LeadSource", ANY_ID)},
        True,
    ),
    (
        "Post-transplant clinic flowsheet (CSV): tacrolimus trough, creatinine",
        {
            "MRN": "00452279",
            "Patient": "Okafor, Ngozi",
            "Transplant Date": "05/09/2024",
            "Organ": "Kidney (LDKT)",
            "Draw Date": "10/22/2024",
            "Tacrolimus Trough (ng/mL)": "8.4",
            "Creatinine (mg/dL)": "1.31",
            "eGFR": "52",
            "BK Virus PCR": "Not detected",
            "Visit Type": "Post-Transplant Follow-up",
            "Provider": "Dr. Hyun-woo Park",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("Transplant Date", "DATE"),
            ("Draw Date", "DATE"),
            ("Tacrolimus Trough (ng/mL)", "HEALTH"),
            ("Creatinine (mg/dL)", "HEALTH"),
            ("eGFR", "HEALTH"),
            ("Visit Type", "HEALTH"),
            ("Provider", "NAME"),
        },
        set(),
        True,
    ),
    (
        "Kidney allograft biopsy (pathology JSON): Banff grade, pathologist",
        {
            "accession": "S24-118730",
            "patient": {"name": "Ngozi Okafor", "mrn": "00452279", "dob": "1975-01-16"},
            "procedure": "Percutaneous renal allograft biopsy",
            "collected": "2024-10-24",
            "diagnosis": "Acute T cell-mediated rejection, Banff grade IA; C4d negative",
            "banff_scores": {"i": 2, "t": 2, "v": 0, "ci": 1, "ct": 1},
            "pathologist": "Eleanor Vasquez, MD",
        },
        {
            ("patient.name", "NAME"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("patient.dob", "DATE"),
            ("procedure", "HEALTH"),
            ("collected", "DATE"),
            ("diagnosis", "HEALTH"),
            ("pathologist", "NAME"),
        },
        {("banff_scores.i", "*"), ("banff_scores.t", "*"), ("banff_scores.ci", "*")},
        True,
    ),
    (
        "Specialty pharmacy refill (CSV): Prograf, mycophenolate, Rx number, NDC",
        {
            "Rx #": "6120448",
            "Fill Date": "10/18/2024",
            "Patient First": "Harold",
            "Patient Last": "Lindqvist",
            "Patient DOB": "12/02/1955",
            "Patient Phone": "(513) 861-2270",
            "Drug": "PROGRAF 1 MG CAPSULE",
            "NDC": "00469-0607-73",
            "Qty": "180",
            "Days Supply": "30",
            "Prescriber": "ANNA KOWALCZYK MD",
            "Prescriber NPI": "1284930173",
            "Copay": "$0.00",
        },
        {
            ("Rx #", "OTHER_ID"),
            ("Fill Date", "DATE"),
            ("Patient First", "NAME"),
            ("Patient Last", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Drug", "MEDICATION"),
            ("Prescriber", "NAME"),
            ("Prescriber NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("NDC", ANY_ID), ("Qty", "*"), ("Days Supply", "*"), ("Copay", "*")},
        True,
    ),
    (
        "Refill reminder text (Twilio-like message log): Envarsus XR ready",
        {
            "sid": "SM9f2c41d7e08a4b7c9e3d1a5f60b2c874",
            "date_sent": "Tue, 22 Oct 2024 15:03:11 +0000",
            "from": "+15135550100",
            "to": "+15138612270",
            "body": "Hi Harold, your Envarsus XR refill is ready at Riverside Transplant "
            "Pharmacy. Reply 1 to schedule delivery.",
            "status": "delivered",
            "num_segments": "1",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "MEDICATION")},
        {("sid", "*"), ("date_sent", "*"), ("from", "*"), ("num_segments", "*")},
        True,
    ),
    (
        "Support group sign-up (Eventbrite-like attendee): kidney transplant recipients",
        {
            "order_id": "9873341025",
            "created": "2024-10-05T22:18:40Z",
            "event_name": "Kidney Transplant Recipients Support Group - November",
            "ticket_class": "General Admission (Free)",
            "profile": {
                "first_name": "Yolanda",
                "last_name": "Prescott",
                "email": "yprescott@att.net",
                "cell_phone": "614-555-0127",
            },
            "answers": [
                {"question": "Are you a recipient, a donor or a caregiver?", "answer": "Recipient"}
            ],
        },
        {
            ("event_name", "HEALTH"),
            ("profile.first_name", "NAME"),
            ("profile.last_name", "NAME"),
            ("profile.email", "EMAIL"),
            ("profile.cell_phone", "PHONE"),
        },
        {("order_id", "*"), ("created", "*"), ("ticket_class", "*")},
        True,
    ),
    (
        "GA4 export row: a living-donor page view",
        {
            "event_date": "20241019",
            "event_timestamp": "1729371042811004",
            "event_name": "page_view",
            "user_pseudo_id": "804215937.1729370988",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.riversidehealth-example.org/transplant/"
                        "kidney/living-donor/"
                    },
                },
                {"key": "page_title", "value": {"string_value": "Become a Living Kidney Donor"}},
                {"key": "ga_session_id", "value": {"int_value": 1729370988}},
            ],
            "geo": {"region": "Ohio", "city": "Columbus"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[2].value.int_value", "*"),
        },
        True,
    ),
    (
        "Webinar registration (Zoom-like CSV): Life After Liver Transplant, a question",
        {
            "First Name": "Douglas",
            "Last Name": "Ferrante",
            "Email": "dferrante@fuse.net",
            "Registration Time": "Oct 11, 2024 09:41:27",
            "Approval Status": "approved",
            "Topic": "Life After Liver Transplant: Managing Your Medications",
            "Question": "I had my transplant in 2019 and my tacrolimus levels keep "
            "bouncing. Is it safe to switch to the generic?",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Topic", "HEALTH"),
            ("Question", "HEALTH"),
        },
        {("Registration Time", "*"), ("Approval Status", "*")},
        True,
    ),
    (
        "HubSpot-like contact: transplant interest property, evaluation guide download",
        {
            "vid": 7719284,
            "properties": {
                "email": {"value": "carla.mendez77@gmail.com"},
                "firstname": {"value": "Carla"},
                "lastname": {"value": "Mendez"},
                "lifecyclestage": {"value": "lead"},
                "transplant_interest": {"value": "Heart - for myself"},
                "recent_conversion_event_name": {
                    "value": "Download: Heart Transplant Evaluation Guide"
                },
                "hs_analytics_source": {"value": "ORGANIC_SEARCH"},
                "createdate": {"value": "1729012334810"},
            },
        },
        {
            ("properties.email.value", "EMAIL"),
            ("properties.firstname.value", "NAME"),
            ("properties.lastname.value", "NAME"),
            ("properties.recent_conversion_event_name.value", "HEALTH"),
        },
        {
            ("properties.lifecyclestage.value", "*"),
            ("properties.hs_analytics_source.value", "*"),
            ("properties.createdate.value", "*"),
        },
        True,
    ),
    (
        "Financial clearance note (CRM activity): Medicare ESRD, MBI, secondary payer",
        {
            "Activity ID": "ACT-0049812",
            "Patient Name": "Bianchi, Anthony",
            "MRN": "00936120",
            "Primary Coverage": "Medicare Part A/B (ESRD)",
            "MBI": "5QW2-HT7-KP41",
            "Secondary": "Medigap Plan G",
            "Clearance Status": "Cleared for listing",
            "Note": "Medicare ESRD entitlement confirmed, 30-month coordination period "
            "ended. Pt aware of Part B immunosuppressive drug coverage after transplant.",
            "Financial Coordinator": "Tasha Greene",
            "Completed": "10/08/2024",
        },
        {
            ("Patient Name", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Primary Coverage", "HEALTH"),
            ("MBI", "HEALTH_PLAN_ID"),
            ("Note", "HEALTH"),
        },
        {("Activity ID", ANY_ID), ("Secondary", ANY_ID)},
        True,
    ),
    (
        "Payer authorization (portal export CSV): kidney transplant CPT 50360",
        {
            "Auth Number": "A240918-55731",
            "Member Name": "Okonkwo, Reginald",
            "Member ID": "YHM827104433",
            "Member DOB": "04/27/1963",
            "Procedure Code": "50360",
            "Procedure Description": "Renal allotransplantation, implantation of graft",
            "Diagnosis Code": "N18.6",
            "Servicing Facility": "Riverside University Hospital",
            "Decision": "Approved",
            "Decision Date": "10/01/2024",
        },
        {
            ("Member Name", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member DOB", "DATE"),
            ("Procedure Code", "HEALTH"),
            ("Procedure Description", "HEALTH"),
            ("Diagnosis Code", "HEALTH"),
        },
        {("Servicing Facility", ANY_ID), ("Decision", "*")},
        True,
    ),
    (
        "Coordinator call log (CSV): fever after transplant, tacrolimus level due",
        {
            "Call Date": "10/26/2024",
            "Call Time": "08:15",
            "Patient": "Harold Lindqvist",
            "MRN": "00518837",
            "Callback #": "(513) 861-2270",
            "Direction": "Inbound",
            "Coordinator": "Megan Tran, RN",
            "Notes": "Pt reports fever 101.2 and diarrhea x2 days, 5 mo post kidney "
            "transplant. Told to come in for CBC, BMP and tac level today.",
            "Disposition": "Same-day clinic",
        },
        {
            ("Call Date", "DATE"),
            ("Patient", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Callback #", "PHONE"),
            ("Coordinator", "NAME"),
            ("Notes", "HEALTH"),
        },
        {("Call Time", "*"), ("Direction", "*")},
        True,
    ),
    (
        "Secure message (MyChart-like JSON): a missed mycophenolate dose",
        {
            "messageId": "MSG-4418829",
            "sentTime": "2024-10-27T21:47:03Z",
            "from": {"name": "Yolanda Prescott", "mrn": "00611904"},
            "to": {"pool": "TRANSPLANT KIDNEY RN POOL"},
            "subject": "Missed dose of mycophenolate",
            "body": "I forgot my evening CellCept last night and took it this morning with "
            "my Prograf. Do I need to get labs early? My transplant was in March.",
        },
        {
            ("from.name", "NAME"),
            ("from.mrn", "MRN|OTHER_ID"),
            ("subject", "HEALTH"),
            ("body", "HEALTH"),
        },
        {("messageId", ANY_ID), ("sentTime", "*"), ("to.pool", ANY_ID)},
        True,
    ),
    (
        "CRM contact update (identified, no health): address and language",
        {
            "ContactId": "003Dn00000QpL7aIAF",
            "FirstName": "Rosalind",
            "LastName": "Ebersole",
            "MailingStreet": "903 Wexford Ct",
            "MailingCity": "Westerville",
            "MailingPostalCode": "43081",
            "HomePhone": "(614) 882-5716",
            "Preferred_Language__c": "English",
            "HasOptedOutOfEmail": "false",
            "LastModifiedDate": "2024-10-12T13:05:44.000+0000",
        },
        {
            ("ContactId", "OTHER_ID"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("MailingStreet", "LOCATION"),
            ("MailingPostalCode", "ZIP_CODE"),
            ("HomePhone", "PHONE"),
        },
        {("Preferred_Language__c", "*"), ("HasOptedOutOfEmail", "*"), ("LastModifiedDate", "*")},
        False,
    ),
    (
        "Donor-awareness 5K registration (identified, no health): team, shirt size",
        {
            "Registration ID": "RS-448271",
            "Participant": "Kyle Brennan",
            "Email": "kbrennan.runs@gmail.com",
            "Phone": "614-555-0173",
            "Event": "Gift of Life 5K Run/Walk",
            "Team": "Team Donate Life Ohio",
            "Shirt Size": "L",
            "Donation": "$25.00",
        },
        {("Participant", "NAME"), ("Email", "EMAIL"), ("Phone", "PHONE")},
        {("Event", "HEALTH"), ("Team", "HEALTH"), ("Shirt Size", "*"), ("Donation", "*")},
        False,
    ),
    (
        "Immunosuppression protocol (document rows, health with no identifier)",
        {
            "protocol_id": "KTX-IS-2024-02",
            "title": "Adult Kidney Transplant Maintenance Immunosuppression",
            "version": "3.1",
            "effective_date": "2024-07-01",
            "phase": "Months 0-3",
            "agent": "Tacrolimus",
            "target": "Trough 8-10 ng/mL",
            "adjunct": "Mycophenolate mofetil 1000 mg BID; prednisone taper to 5 mg daily",
            "owner": "Kidney Transplant Pharmacy Committee",
        },
        {("agent", "HEALTH"), ("adjunct", "HEALTH")},
        {
            ("protocol_id", "*"),
            ("version", "*"),
            ("effective_date", "*"),
            ("target", ANY_ID),
            ("owner", ANY_ID),
        },
        False,
    ),
    (
        "SRTR-like programme outcome report (clean): graft survival by centre",
        {
            "CTR_CD": "OHOU",
            "CTR_TY": "TX1",
            "Organ": "Kidney",
            "Cohort": "01/01/2021-06/30/2023",
            "Transplants (N)": "412",
            "1-yr Graft Survival Observed (%)": "95.8",
            "1-yr Graft Survival Expected (%)": "94.9",
            "Hazard Ratio": "0.84",
            "95% CI": "0.55-1.21",
            "Tier": "4",
        },
        set(),
        {
            ("CTR_CD", "*"),
            ("CTR_TY", "*"),
            ("Cohort", "*"),
            ("Transplants (N)", "*"),
            ("1-yr Graft Survival Observed (%)", "*"),
            ("Hazard Ratio", "*"),
            ("95% CI", "*"),
            ("Tier", "*"),
        },
        False,
    ),
    (
        "OPO and region reference table (clean)",
        {
            "opo_code": "OHLB",
            "opo_name": "Lifeline of Ohio",
            "optn_region": "10",
            "states": "OH, IN, MI",
            "dsa_counties": "38",
            "dsa_population": "3,812,000",
            "main_phone": "(614) 291-5667",
        },
        set(),
        {
            ("opo_code", "*"),
            ("optn_region", "*"),
            ("states", "*"),
            ("dsa_counties", "*"),
            ("dsa_population", "*"),
            ("main_phone", "*"),
        },
        False,
    ),
    (
        "HLA antigen reference table (clean): allele, broad and split antigen",
        {
            "Locus": "DRB1",
            "Allele": "DRB1*15:01:01",
            "Serologic Equivalent": "DR15",
            "Broad": "DR2",
            "Frequency (US Caucasian)": "0.138",
            "CWD Status": "Common",
            "Updated": "2024-04",
        },
        set(),
        {
            ("Allele", ANY_ID),
            ("Serologic Equivalent", ANY_ID),
            ("Broad", ANY_ID),
            ("Frequency (US Caucasian)", "*"),
            ("Updated", "*"),
        },
        False,
    ),
    (
        "Lab test catalog row (clean): tacrolimus level with LOINC and CPT",
        {
            "Test Code": "TACRO",
            "Test Name": "Tacrolimus, Whole Blood",
            "LOINC": "11253-5",
            "CPT": "80197",
            "Specimen": "Whole blood, EDTA lavender top, 2 mL",
            "Turnaround": "1 day",
            "List Price": "$85.00",
        },
        set(),
        {
            ("Test Code", ANY_ID),
            ("LOINC", ANY_ID),
            ("CPT", ANY_ID),
            ("Turnaround", "*"),
            ("List Price", "*"),
        },
        False,
    ),
    (
        "Transplant surgery call schedule (identified staff, no health)",
        {
            "Date": "11/02/2024",
            "Service": "Abdominal Transplant Surgery",
            "Role": "Attending On Call",
            "Name": "Dr. Marcus Oyelaran",
            "Pager": "614-555-0199",
            "Backup": "Dr. Elise Harrington",
            "Shift": "07:00-07:00",
        },
        {("Name", "NAME"), ("Backup", "NAME")},
        {("Role", "*"), ("Shift", "*")},
        False,
    ),
    (
        "Research cohort aggregate (clean): grant number, cohort sizes, medians",
        {
            "study": "Tacrolimus Variability and Graft Outcomes",
            "grant": "R01DK131847",
            "irb_number": "2021H0318",
            "cohort": "Adult kidney recipients transplanted 2018-2022",
            "n": 1184,
            "median_age": 54,
            "pct_female": 38.9,
            "median_tac_cv_pct": 27.4,
            "death_censored_graft_loss_n": 61,
        },
        set(),
        {
            ("grant", "*"),
            ("irb_number", "*"),
            ("n", "*"),
            ("median_age", "*"),
            ("pct_female", "*"),
            ("median_tac_cv_pct", "*"),
            ("death_censored_graft_loss_n", "*"),
        },
        False,
    ),
    (
        "Organ preservation solution order (clean): SKU, lot, PO, ship date",
        {
            "PO Number": "PO-2024-118204",
            "SKU": "UW-1000-1L",
            "Description": "Belzer UW Cold Storage Solution 1L",
            "Lot": "L24087C",
            "Expiry": "2026-03-31",
            "Qty": "24",
            "Unit Price": "$212.50",
            "Ship Date": "10/29/2024",
            "Ship To": "Riverside University Hospital, OR Stores, 410 W 10th Ave",
        },
        set(),
        {
            ("PO Number", "*"),
            ("SKU", "*"),
            ("Lot", "*"),
            ("Expiry", "*"),
            ("Qty", "*"),
            ("Unit Price", "*"),
            ("Ship Date", "*"),
        },
        False,
    ),
    (
        "Living-donor follow-up (OPTN LDF-like CSV): 1-year, creatinine, blood pressure",
        {
            "Donor ID": "LD-23-0088",
            "Donor Name": "Paul Delacroix",
            "Donation Date": "09/27/2023",
            "Procedure": "Laparoscopic donor nephrectomy",
            "Follow-up": "1 Year",
            "Follow-up Date": "10/02/2024",
            "Serum Creatinine": "1.18",
            "BP": "128/82",
            "Hypertension Requiring Treatment": "No",
            "Urine Protein": "Negative",
        },
        {
            ("Donor ID", "OTHER_ID|MRN"),
            ("Donor Name", "NAME"),
            ("Donation Date", "DATE"),
            ("Procedure", "HEALTH"),
            ("Follow-up Date", "DATE"),
            ("Serum Creatinine", "HEALTH"),
            ("BP", "HEALTH"),
        },
        {("Follow-up", "*")},
        True,
    ),
    (
        "Heart biopsy surveillance (EMR JSON): ISHLT grade, AlloMap score",
        {
            "patient": {"name": "Luis Ocampo", "mrn": "5120884", "dob": "1968-09-03"},
            "transplant_date": "2024-02-11",
            "biopsies": [
                {"date": "2024-09-18", "ishlt_grade": "1R", "amr": "pAMR 0"},
                {"date": "2024-10-16", "ishlt_grade": "0R", "amr": "pAMR 0"},
            ],
            "allomap": {"date": "2024-10-16", "score": 34},
            "attending": "Dr. Ingrid Solberg",
        },
        {
            ("patient.name", "NAME"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("patient.dob", "DATE"),
            ("transplant_date", "DATE"),
            ("biopsies[0].date", "DATE"),
            ("biopsies[0].ishlt_grade", "HEALTH"),
            ("attending", "NAME"),
        },
        {("allomap.score", ANY_ID)},
        True,
    ),
    (
        "Medication app track call (Segment-like): dose logged, tacrolimus",
        {
            "type": "track",
            "event": "Dose Logged",
            "userId": "usr_5c81a9e2f04d",
            "anonymousId": "7d3e2b40-18c9-4f6a-b5d1-92e04c7a6f13",
            "properties": {
                "medication": "tacrolimus 2 mg",
                "scheduled_time": "08:00",
                "taken_on_time": True,
                "streak_days": 41,
            },
            "context": {"app": {"name": "TxMeds", "version": "4.12.0"}, "ip": "98.28.114.207"},
            "timestamp": "2024-10-23T12:04:51.118Z",
        },
        {
            ("userId", "ONLINE_ID|OTHER_ID"),
            ("anonymousId", "ONLINE_ID"),
            ("properties.medication", "MEDICATION"),
            ("context.ip", "IP_ADDRESS"),
        },
        {
            ("properties.scheduled_time", "*"),
            ("properties.streak_days", "*"),
            ("context.app.version", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Pre-transplant education class sign-in sheet (CSV)",
        {
            "Class": "Pre-Transplant Education: Kidney",
            "Class Date": "10/10/2024",
            "Attendee": "Rosalind Ebersole",
            "MRN": "00774120",
            "Phone": "(614) 882-5716",
            "Support Person": "Dale Ebersole",
            "Attended": "Y",
        },
        {
            ("Class", "HEALTH"),
            ("Attendee", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Phone", "PHONE"),
            ("Support Person", "NAME"),
        },
        {("Attended", "*")},
        True,
    ),
    (
        "App release record (clean): version, build, feature flag, release date",
        {
            "app": "TxMeds",
            "version": "4.12.0",
            "build": "20241021.3",
            "platform": "iOS",
            "min_os": "15.0",
            "feature_flags": "transplant_portal_v2,trough_reminders",
            "released": "2024-10-21",
            "release_notes": "Tacrolimus trough reminders; bug fixes.",
        },
        set(),
        {
            ("version", "*"),
            ("build", "*"),
            ("min_os", "*"),
            ("feature_flags", "*"),
            ("released", "*"),
        },
        False,
    ),
    (
        "Living-donor assistance application (NLDAC-like): donor, recipient, travel",
        {
            "application_no": "NLDAC-24-06172",
            "donor_first_name": "Brandon",
            "donor_last_name": "Achterberg",
            "donor_address": "77 Shawnee Trail",
            "donor_city": "Kettering",
            "donor_state": "OH",
            "donor_zip": "45429",
            "household_income": "$48,500",
            "recipient_name": "Marlene Achterberg",
            "relationship": "Son",
            "transplant_center": "Riverside University Hospital",
            "planned_procedure": "Living donor nephrectomy",
            "evaluation_date": "2024-11-12",
            "estimated_travel_miles": "148",
        },
        {
            ("donor_first_name", "NAME"),
            ("donor_last_name", "NAME"),
            ("donor_address", "LOCATION"),
            ("donor_zip", "ZIP_CODE"),
            ("recipient_name", "NAME"),
            ("planned_procedure", "HEALTH"),
            ("evaluation_date", "DATE"),
        },
        {
            ("household_income", "*"),
            ("relationship", "*"),
            ("transplant_center", ANY_ID),
            ("estimated_travel_miles", "*"),
        },
        True,
    ),
    (
        "Re-evaluation work queue (EHR report CSV): annual re-evaluation due, status 7",
        {
            "Candidate": "Delacroix, Simone",
            "MRN": "01129375",
            "WL ID": "KI-3318842",
            "Task": "Annual waitlist re-evaluation due",
            "Due Date": "12/01/2024",
            "Current Status": "Status 7 - BMI above center limit",
            "Assigned To": "Megan Tran, RN",
            "Report Run": "10/28/2024 06:00",
        },
        {
            ("Candidate", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("WL ID", "OTHER_ID"),
            ("Task", "HEALTH"),
            ("Due Date", "DATE"),
            ("Assigned To", "NAME"),
        },
        {("Report Run", "*"), ("WL ID", "HEALTH_PLAN_ID")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Re-evaluation work queue (EHR report CSV): annual re-evaluation due, status 7": (
        set(),
        {("Assigned To", "NAME")},
        set(),
        "a work queue's ``Assigned To`` is the practice's own staff member the task is "
        "assigned to (detectors/staff.py: Airtable's and Monday.com's collaborator, a "
        "CRM's assignee), whose name is dropped as the workforce's, nurse or not; the "
        "blind expectation read the nurse coordinator as a clinician there too. The row "
        "stays PHI by the candidate, the MRN and the re-evaluation",
    ),
    "Listing letter (mail merge fields): placed on the kidney waitlist": (
        set(),
        set(),
        {("coordinator_phone", "*")},
        "the project reports a clinician's line named for them (``physician_phone``, "
        "``provider_phone``, ``nurse_phone`` are PHONE by their field, detectors/field_names.py), "
        "and a nurse coordinator is one (this probe's decisions); the blind must-not was "
        "stricter than the project (held out, decided after its blind scoring)",
    ),
}


# Twentieth round: the refill reminder's ``from`` closed in the medical spa probe: a message
# log with no ``direction`` says its organisation's end by a delivery status only an
# outbound message has (``delivered``, ``sent``: detectors/message_direction.py), so
# its ``from`` is the pharmacy's line and is dropped; the row holds whole and moved
# to HELD_OUT.
_OPEN: dict[str, tuple[set, str]] = {
    "OPO and region reference table (clean)": (
        {("main_phone", "PHONE")},
        "an organ procurement organisation's reference row: a phone named for its owner's "
        "main line is a PHONE by its field wherever it stands, and a listing's lines are "
        "read as the place's only beside the place's hours (chunk_profiles.listed_places) "
        "or a schema.org organisation's type (detectors/schema_org.py); an OPO code and a "
        "region name no shape the project reads as an organisation's. Not PHI either way",
    ),
    "Transplant surgery call schedule (identified staff, no health)": (
        {("Name", "NAME")},
        "a bare ``Name`` is read as a person's only beside that person's own contact or "
        "record id (detectors/person_records.py, as the autism probe left a certificant "
        "lookup's ``Name``), and a pager is the employer's line, not the surgeon's "
        "(tests/test_clinical_messaging_paging.py); held out, identified by ``Backup`` and "
        "not PHI, as written",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_transplant_programs_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on transplant programmes' exports fails here. Before the work, blind: SHAPES 16 misses /
#: 1 false / 12 wrong of 31, HELD_OUT 4 / 2 / 5 of 10. At the merge the coordinator's
#: "Megan Tran, RN" became a NAME (a nurse's RN after a comma, from the shelters probe,
#: with detectors/staff.py no longer keeping an owner's name a credential signs).
#: Twentieth round: the message log's ``from`` closed (a delivery status says the
#: direction), one false and one wrong fewer.
FLOORS = ShapeTotals(expected=197, misses=1, false=1, wrong=2)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
