"""Patient-experience survey vendors' exports: HCAHPS, CG-CAHPS, OAS CAHPS and NPS.

A blind probe, written by hand before reading the detectors: what a hospital sends to and
gets back from its survey vendor (Press Ganey-, NRC Health-, Medallia- and Qualtrics-like).
CMS HCAHPS, ED CAHPS, CG-CAHPS and OAS CAHPS sample files (the discharge or visit file:
patient name, address, phone, DOB, MRN, visit number, admit and discharge dates, service
line, unit, MS-DRG, principal diagnosis, attending physician and NPI, discharge status,
language, ER admission flag; pipe-delimited with the vendor's column names or fixed-width
rows parsed to the hospital's short names), a CMS XML patient-level submission's fields,
vendor return files (wide, one row per survey, and long, one row per question: survey id,
client id, ``CMS_1`` / ``COMM_NURSE`` question codes, top-box flags, comments such as "the
nurse on 4 West never answered my call light after my hip replacement"), de-identified
comment reports, real-time IVR and text-message surveys (Twilio-like callbacks),
service-recovery alerts and follow-up call notes, online review solicitation
(Podium-/Birdeye-like: the review request SMS naming the clinic visited), NPS surveys
after telehealth visits (Delighted-like), Qualtrics-like response CSVs and XM directory
contacts, survey invitation e-mail logs, a do-not-survey list, sample exclusion logs,
mailed-survey scan batches with OCR'd comments, grievance and complaint logs, a patient
relations web form, a Salesforce-like patient advocacy case, grievance response letters
and a nurse recognition ("shout-out") export. With the clean rows around them: question
catalogs, a CAHPS codebook, benchmark percentile tables, unit-level aggregate scores,
top-box trends, response-rate and mode-experiment reports, a survey vendor's
configuration, a file transmission log, a vendor invoice line and a provider scorecard.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A sample file is PHI**: it lists discharged or seen patients with what they were seen
  for. The patient's name, address, city, ZIP, phone, email, DOB, admit, discharge and
  visit dates are the usual identifiers; a visit (encounter, FIN) number is the patient's
  account (``ACCOUNT_NUMBER|OTHER_ID|MRN``); an MRN and a vendor's ``ExternalReference`` /
  ``extRef`` carrying it are ``MRN|OTHER_ID``; an age over 89 is AGE_OVER_89.
- **What the visit was for is health on a patient's row**: a principal diagnosis
  (ICD-10), a CPT code of the surgery, an MS-DRG in a field named for it, a service line
  or a department that names a specialty or a kind of care ("Orthopedics", "Behavioral
  Health", "Emergency Department", "Labor & Delivery"), and a clinic visited whose name
  names a specialty ("Riverside Dermatology") are HEALTH. A generic one ("Medical",
  "Westside Primary Care", ``IN`` for inpatient) is neither expected nor forbidden, and a
  coded service line (``1`` = medical) is never a finding.
- **A comment is health when it names care**: "hip replacement", "call light", "pain
  meds", "chest pain", "c-section", an MRI, a therapy session for anxiety. A nurse's or a
  unit's name inside a comment is left unscored; a comment that names only the food or the
  parking is no health.
- **Codes and coded answers are never findings**: question codes (``CMS_1``,
  ``COMM_NURSE``, ``Q12``), answers and their codes (``4``, ``Always``, ``Top Box``), NPS
  scores, percentiles, top-box percentages, n sizes, discharge status codes (``01``,
  ``50``), admission source codes (``7``), sample types, disposition codes, language codes,
  sex codes, ER-admit flags, survey, response, batch, alert, case and file ids, the
  vendor's client id of the hospital, a CCN, a question's version, a DTMF answer string.
- **Clinicians are reported as the project reports them**: an attending physician, a
  surgeon, a visit's provider and a nurse named in a recognition export are NAME, their
  individual NPI ``OTHER_ID|LICENSE_NUMBER``; a provider scorecard's provider is NAME and
  the row (aggregate scores, a specialty that is the clinician's job) is identified but
  not PHI. A clinician's name beside a patient's comment about their own care is PHI under
  the default policy (the HCP and ambient-scribe probes). Staff who own a service-recovery
  alert, a patient relations coordinator and a grievance's investigator are left unscored.
- **The vendor's and the hospital's lines and places are not a person's**: a vendor's IVR
  DNIS, a texting short code, a support line in a configuration, a hospital's address in a
  letterhead field and a clinic location's name are no PHONE and no LOCATION.
- **Whose date**: the patient's birth, admit, discharge, visit, surgery and date of service
  are DATE, also inside a text survey's message and a letter. The vendor's and the
  system's are not: a file's upload time, an alert's creation stamp, an IVR call's start
  time, a message's send time, an invitation's send epoch, a report's month or period, a
  benchmark's period, a scan time, an invoice date. A survey's received date, a
  grievance's received date and its response due date are left unscored; a do-not-survey
  entry's added and expiry dates are left unscored.
- **A personal survey link's token** is left unscored; a review link to a location's page
  is no finding.
- **Aggregates name nobody**: unit, service line and month figures; benchmark and codebook
  rows may be found as health words ("medicine", "pain") but are never PHI and never
  identifiers.
- **Checksums of files are no HASHED_ID**: a transmission log's SHA-256 is of a file.

After reading the detectors no blind expectation was changed; seven were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): ``effective``
and ``invoice`` are left out of the off-person date words on purpose (a catalog's
``effective`` and a vendor's ``Invoice Date`` are read as lone dates); an emergency
department names no specialty (the alert's ``visit.department`` and, held out, the ED
sample file's ``Department``); a ``patient-id``, a ``Record ID`` and a CRM contact's
``contactId`` are a person's record id wherever they stand. What the work built, each with
its unit test: a new module detectors/survey_vendors.py that the chunk profile and the
health-field family ask once per chunk (no per-cell work), where a ``Client ID`` in a
survey vendor's file (a ``Survey ID``, a ``Survey Designator`` or a facility's CCN beside
it) is the vendor's number of the hospital, no finding, a ``Unique ID`` there beside the
MRN is the visit's number (OTHER_ID), and a bare ``Department``, ``Specialty`` or
``Clinic`` of a survey response that names its respondent (a response or survey id beside
a name, an email, a phone or an MRN) is the department of service (tests/test_survey_vendors.py);
a top-level ``Provider`` beside an individual NPI and no TIN as a clinician's name
(detectors/chunk_profiles.py); ``Complainant`` and ``Grievant`` as a person's name
(detectors/field_names.py); a benchmark table's ``10th`` to ``95th`` percentiles and a
``Response Rate`` as an aggregate's measures (detectors/aggregate_reports.py); ``f/u`` as
a visit word ("f/u with cardiology booked": detectors/specialty_visits.py); and 3
vocabulary terms (``cardiac workup``, ``cardiac work-up``, ``my echo``; bare "echo" and
"workup" stay out). For the held-out rows, after their scoring: Cerner's ``FIN`` (a whole
key), ``FIN NBR`` and a Qualtrics contact's ``extRef`` as the person's record id
(detectors/field_names.py). Seven records are left open (:data:`LEFT_ALONE`), each with its
reason: a text survey's specialty in the practice's sender name, the CMS XML row's PHI
verdict once its ``patient-id`` is read, "Labor & Delivery Experience" in a GA4 parameter,
a recognition's ``Shared With Manager`` date, and from HELD_OUT a fixed-width file's
``ATT_NAME`` and ``DIS_DT``, a review request's "Riverside Dermatology", a Medallia
``Response Date``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 91 pairs),
blind 11 / 9 / 17; after the work 3 / 4 / 7 as written, 2 / 1 / 4 with the decisions (all
in LEFT_ALONE). HELD_OUT (10 records, 68 pairs), blind before any work 7 / 3 / 5; scored
once after the work on SHAPES: 7 / 3 / 5 (none of the SHAPES rules reached it); after rules
that generalise (``FIN`` and ``extRef``) 5 / 3 / 5 as written, 4 / 1 / 3 with the decisions
on the ED's department, ``Record ID`` and ``contactId`` (all in LEFT_ALONE).

The twentieth round's biometric-screening probe read an invoice that bills a purchase
order (``Invoice #`` beside ``PO #``) as the vendor's billing run
(detectors/chunk_profiles.py), so the vendor invoice line holds as written and its
decision on ``Invoice Date`` is gone (six decisions remain).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for codes and numbers that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

# Valid NPIs (Luhn over 80840 + the first nine digits), as clinicians' registry numbers.
NPI_SHAH = "1526018159"
NPI_NATARAJAN = "1908301660"
NPI_OKONJO = "1131860912"
NPI_BRENNAN = "1390996035"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "HCAHPS inpatient sample file (pipe-delimited, vendor headers): patient, stay, NPI",
        {
            "Client ID": "2817",
            "Survey Designator": "IN0101",
            "Medical Record Number": "E004417829",
            "Unique ID": "V00123884701",
            "Patient First Name": "Leonard",
            "Patient Last Name": "Marchetti",
            "Address 1": "1148 Oakridge Ct",
            "City": "Westerville",
            "State": "OH",
            "ZIP Code": "43081",
            "Phone Number": "6143981127",
            "Date of Birth": "07/22/1956",
            "Gender": "1",
            "Language": "00",
            "Admission Date": "09/08/2024",
            "Discharge Date": "09/12/2024",
            "Attending Physician NPI": NPI_SHAH,
            "Attending Physician Name": "SHAH, ROHAN",
            "Service Line": "Orthopedics",
            "Unit": "4W",
            "MS-DRG": "470",
            "Discharge Status": "01",
            "Admission Source": "1",
            "ER Admit": "N",
            "Payor": "MEDICARE",
        },
        {
            ("Medical Record Number", "MRN|OTHER_ID"),
            ("Unique ID", "ACCOUNT_NUMBER|OTHER_ID|MRN"),
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Address 1", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP Code", "ZIP_CODE"),
            ("Phone Number", "PHONE"),
            ("Date of Birth", "DATE"),
            ("Admission Date", "DATE"),
            ("Discharge Date", "DATE"),
            ("Attending Physician NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Attending Physician Name", "NAME"),
            ("Service Line", "HEALTH"),
            ("MS-DRG", "HEALTH"),
        },
        {
            ("Client ID", "*"),
            ("Survey Designator", "*"),
            ("Gender", "*"),
            ("Language", "*"),
            ("Unit", "*"),
            ("MS-DRG", ANY_ID),
            ("Discharge Status", "*"),
            ("Admission Source", "*"),
            ("ER Admit", "*"),
        },
        True,
    ),
    (
        "HCAHPS question catalog (clean): code, wording, composite, scale, version",
        {
            "question_code": "CMS_13",
            "short_name": "COMM_MED_PURPOSE",
            "text": "Before giving you any new medicine, how often did hospital staff tell "
            "you what the medicine was for?",
            "composite": "Communication About Medicines",
            "scale": "Never / Sometimes / Usually / Always",
            "top_box": "Always",
            "version": "HCAHPS v19.0",
            "effective": "2025-01-01",
        },
        set(),
        {
            ("question_code", "*"),
            ("short_name", "*"),
            ("text", ANY_ID),
            ("composite", ANY_ID),
            ("scale", "*"),
            ("top_box", "*"),
            ("version", "*"),
            ("effective", "*"),
        },
        False,
    ),
    (
        "Press Ganey-like wide return file: MRN, discharge, answers, a nurse comment",
        {
            "Survey ID": "1183920455",
            "Client ID": "2817",
            "Service": "IN",
            "Medical Record Number": "E004417829",
            "Unique ID": "V00123884701",
            "Discharge Date": "09/12/2024",
            "Received Date": "10/03/2024",
            "Attending Physician": "SHAH, ROHAN",
            "Unit": "4W",
            "CMS_1": "2",
            "CMS_2": "3",
            "CMS_4": "1",
            "CMS_21": "6",
            "Top Box Rate Hospital": "0",
            "Comments - Nurses": "the nurse on 4 West never answered my call light after my "
            "hip replacement, I laid in pain for an hour",
        },
        {
            ("Medical Record Number", "MRN|OTHER_ID"),
            ("Unique ID", "ACCOUNT_NUMBER|OTHER_ID|MRN"),
            ("Discharge Date", "DATE"),
            ("Attending Physician", "NAME"),
            ("Comments - Nurses", "HEALTH"),
        },
        {
            ("Survey ID", "*"),
            ("Client ID", "*"),
            ("Service", "*"),
            ("Unit", "*"),
            ("CMS_1", "*"),
            ("CMS_2", "*"),
            ("CMS_4", "*"),
            ("CMS_21", "*"),
            ("Top Box Rate Hospital", "*"),
            ("Comments - Nurses", ANY_ID),
        },
        True,
    ),
    (
        "Fixed-width HCAHPS discharge file parsed to the hospital's short names",
        {
            "REC_TYPE": "D",
            "FAC_ID": "360085",
            "MRN": "00982231",
            "FIN": "2024091104417",
            "PAT_LNAME": "OKAFOR",
            "PAT_FNAME": "BEATRICE",
            "PAT_MI": "A",
            "ADDR1": "3390 SUNBURY RD APT 12",
            "CITY": "COLUMBUS",
            "ST": "OH",
            "ZIP": "43219",
            "PHONE": "6145471903",
            "DOB": "19620314",
            "SEX": "F",
            "LANG": "ENG",
            "ADM_DT": "20240911",
            "DIS_DT": "20240915",
            "DIS_STAT": "01",
            "ADM_SRC": "7",
            "SVC_LINE": "M",
            "NURS_UNIT": "5N",
            "ICD10_PRIN": "J18.9",
            "ATT_NPI": NPI_OKONJO,
            "ATT_NAME": "OKONJO, EMEKA",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("FIN", "ACCOUNT_NUMBER|OTHER_ID|MRN"),
            ("PAT_LNAME", "NAME"),
            ("PAT_FNAME", "NAME"),
            ("ADDR1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("PHONE", "PHONE"),
            ("DOB", "DATE"),
            ("ADM_DT", "DATE"),
            ("DIS_DT", "DATE"),
            ("ICD10_PRIN", "HEALTH"),
            ("ATT_NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("ATT_NAME", "NAME"),
        },
        {
            ("REC_TYPE", "*"),
            ("FAC_ID", "*"),
            ("SEX", "*"),
            ("LANG", "*"),
            ("DIS_STAT", "*"),
            ("ADM_SRC", "*"),
            ("SVC_LINE", "*"),
            ("NURS_UNIT", "*"),
        },
        True,
    ),
    (
        "De-identified comment report (health, no identifier): unit, question, comment",
        {
            "Survey ID": "1184077312",
            "Service": "Inpatient",
            "Unit": "6 South",
            "Question": "Comments: Overall",
            "Comment": "My surgeon explained everything, but the pain meds made me so "
            "nauseous that I couldn't eat for two days.",
            "Sentiment": "Mixed",
            "Received Month": "2024-10",
        },
        {("Comment", "HEALTH")},
        {
            ("Survey ID", "*"),
            ("Service", ANY_ID),
            ("Unit", "*"),
            ("Question", "*"),
            ("Comment", ANY_ID),
            ("Sentiment", "*"),
            ("Received Month", "*"),
        },
        False,
    ),
    (
        "Provider scorecard (clinician, aggregate scores): identified, not PHI",
        {
            "Provider": "Priya Natarajan, MD",
            "NPI": NPI_NATARAJAN,
            "Specialty": "Orthopaedic Surgery",
            "Location": "Riverside Ortho - Dublin",
            "Surveys (n)": "142",
            "Likelihood to Recommend Mean": "93.4",
            "CP Explained Top Box": "88.7%",
            "Percentile Rank": "88",
            "Period": "FY2025 Q1",
        },
        {("Provider", "NAME"), ("NPI", "OTHER_ID|LICENSE_NUMBER")},
        {
            ("Specialty", "*"),
            ("Location", ANY_ID),
            ("Surveys (n)", "*"),
            ("Likelihood to Recommend Mean", "*"),
            ("CP Explained Top Box", "*"),
            ("Percentile Rank", "*"),
            ("Period", "*"),
        },
        False,
    ),
    (
        "IVR survey call log (identified, no health): caller ANI, DTMF answers",
        {
            "call_id": "c-8f2e61b0-44d1",
            "survey": "CG-CAHPS",
            "ani": "6144023318",
            "dnis": "8777342291",
            "started_at": "2024-10-05T18:22:04Z",
            "duration_s": 212,
            "language": "es",
            "responses": "Q1=4;Q2=3;Q3=2;Q4=9",
            "disposition": "COMPLETE",
        },
        {("ani", "PHONE")},
        {
            ("call_id", "*"),
            ("survey", "*"),
            ("dnis", "*"),
            ("started_at", "*"),
            ("duration_s", "*"),
            ("language", "*"),
            ("responses", "*"),
            ("disposition", "*"),
        },
        False,
    ),
    (
        "ED CAHPS sample file (CSV): a 91-year-old's emergency visit and diagnosis",
        {
            "Patient MRN": "M1020344716",
            "Visit Number": "ED240921-0387",
            "Patient Name": "HOLLOWAY, EDITH M",
            "Street Address": "52 Maple Grove Ave",
            "City": "Gahanna",
            "Zip": "43230",
            "Home Phone": "(614) 475-2290",
            "Age": "91",
            "Visit Date": "09/21/2024",
            "Department": "Emergency Department",
            "Principal Dx": "S72.001A",
            "ED Physician": "Dr. Maura Brennan",
            "ED Physician NPI": NPI_BRENNAN,
            "Discharge Disposition": "Home",
        },
        {
            ("Patient MRN", "MRN|OTHER_ID"),
            ("Visit Number", "ACCOUNT_NUMBER|OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("Street Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Home Phone", "PHONE"),
            ("Age", "AGE_OVER_89"),
            ("Visit Date", "DATE"),
            ("Department", "HEALTH"),
            ("Principal Dx", "HEALTH"),
            ("ED Physician", "NAME"),
            ("ED Physician NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Discharge Disposition", "*")},
        True,
    ),
    (
        "Long-format return row (one answer): a discharge date, no health",
        {
            "SURVEY_ID": "1183920455",
            "CLIENT_ID": "2817",
            "SERVICE": "IN",
            "DISDATE": "09/12/2024",
            "RECDATE": "10/03/2024",
            "VARNAME": "CMS_1",
            "VALUE": "2",
        },
        {("DISDATE", "DATE")},
        {
            ("SURVEY_ID", "*"),
            ("CLIENT_ID", "*"),
            ("SERVICE", "*"),
            ("VARNAME", "*"),
            ("VALUE", "*"),
        },
        False,
    ),
    (
        "HCAHPS benchmark percentile table (clean): a question's national percentiles",
        {
            "Measure": "Communication with Nurses - Top Box",
            "Peer Group": "All PG Database, 300+ beds",
            "N Facilities": "1187",
            "10th": "71.2",
            "25th": "75.0",
            "50th": "79.1",
            "75th": "82.6",
            "90th": "85.4",
            "Period": "04/01/2024 - 06/30/2024",
        },
        set(),
        {
            ("Measure", "*"),
            ("Peer Group", "*"),
            ("N Facilities", "*"),
            ("10th", "*"),
            ("25th", "*"),
            ("50th", "*"),
            ("75th", "*"),
            ("90th", "*"),
            ("Period", "*"),
        },
        False,
    ),
    (
        "NRC-like real-time service-recovery alert (JSON): patient contact and comment",
        {
            "alertId": "ALR-77120",
            "createdAt": "2024-10-16T14:05:33Z",
            "alertType": "Negative comment",
            "patient": {"name": "Gloria Esposito", "phone": "(216) 844-3071", "mrn": "00982297"},
            "visit": {
                "date": "2024-10-15",
                "department": "Emergency Department",
                "provider": "Dr. Kevin Marsh",
            },
            "comment": "I was in the ER for 9 hours with chest pain and nobody told me "
            "anything. Please call me.",
            "owner": "Dana Whitfield",
            "status": "Open",
        },
        {
            ("patient.name", "NAME"),
            ("patient.phone", "PHONE"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("visit.date", "DATE"),
            ("visit.department", "HEALTH"),
            ("visit.provider", "NAME"),
            ("comment", "HEALTH"),
        },
        {
            ("alertId", "*"),
            ("createdAt", "*"),
            ("alertType", "*"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Podium-like review request (SMS): the patient and the dermatology clinic visited",
        {
            "requestId": "rr_5Yq8KZ2mT",
            "contact": {"name": "Dana Kowalczyk", "phone": "+16145558821"},
            "location": "Riverside Dermatology - Hilliard",
            "channel": "SMS",
            "sentAt": "2024-10-22T21:14:09Z",
            "message": "Hi Dana, thanks for visiting Riverside Dermatology today! Would you "
            "take 30 seconds to leave us a review? https://rvw.link/rd-hilliard",
            "status": "clicked",
        },
        {
            ("contact.name", "NAME"),
            ("contact.phone", "PHONE"),
            ("location", "HEALTH"),
            ("message", "NAME"),
            ("message", "HEALTH"),
        },
        {
            ("requestId", "*"),
            ("location", "LOCATION"),
            ("channel", "*"),
            ("sentAt", "*"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Real-time text survey thread (JSON): the visit date in the question, a reply",
        {
            "conversation_id": "CONV-2024-10-21-88412",
            "patient_phone": "+13125557741",
            "survey": "Clinic NPS - Text",
            "sent_at": "2024-10-21T23:02:51Z",
            "messages": [
                {
                    "direction": "outbound",
                    "body": "Lakeview Cardiology: On a scale of 0-10, how likely are you to "
                    "recommend us after your visit on 10/21/2024? Reply STOP to opt out.",
                },
                {
                    "direction": "inbound",
                    "body": "7. Waited over an hour for my echo and nobody explained my results",
                },
            ],
        },
        {
            ("patient_phone", "PHONE"),
            ("messages[0].body", "DATE"),
            ("messages[0].body", "HEALTH"),
            ("messages[1].body", "HEALTH"),
        },
        {
            ("conversation_id", "*"),
            ("survey", "*"),
            ("sent_at", "*"),
            ("messages[0].direction", "*"),
            ("messages[1].direction", "*"),
        },
        True,
    ),
    (
        "Unit-level aggregate scores (clean): a unit's quarter",
        {
            "Unit": "4 West Ortho/Spine",
            "Period": "Q3 2024",
            "n": 88,
            "Nurse Communication Top Box": "79.5%",
            "Responsiveness Top Box": "62.1%",
            "Discharge Info Top Box": "88.0%",
            "Percentile Rank": 48,
            "Goal": "70.0%",
        },
        set(),
        {
            ("Unit", ANY_ID),
            ("Period", "*"),
            ("n", "*"),
            ("Nurse Communication Top Box", "*"),
            ("Responsiveness Top Box", "*"),
            ("Discharge Info Top Box", "*"),
            ("Percentile Rank", "*"),
            ("Goal", "*"),
        },
        False,
    ),
    (
        "Delighted-like NPS response after a telehealth visit (JSON)",
        {
            "id": "53718822",
            "person": {"id": "88123001", "name": "Marcus Whitley", "email": "mwhitley77@gmail.com"},
            "survey_type": "nps",
            "score": 6,
            "comment": "The video kept freezing during my therapy session for anxiety, had to "
            "finish by phone.",
            "created_at": 1729812345,
            "person_properties": {
                "Visit Type": "Video Visit",
                "Department": "Behavioral Health",
                "Provider": "Dr. Alan Reyes",
                "Visit Date": "2024-10-24",
            },
        },
        {
            ("person.name", "NAME"),
            ("person.email", "EMAIL"),
            ("comment", "HEALTH"),
            ("person_properties.Department", "HEALTH"),
            ("person_properties.Provider", "NAME"),
            ("person_properties.Visit Date", "DATE"),
        },
        {
            ("id", "*"),
            ("survey_type", "*"),
            ("score", "*"),
            ("created_at", "*"),
            ("person_properties.Visit Type", ANY_ID),
        },
        True,
    ),
    (
        "CG-CAHPS clinic visit sample file (CSV): patient, visit, provider, clinic",
        {
            "Practice ID": "PR-0441",
            "Practice Name": "Northside Endocrinology & Diabetes",
            "Provider Name": "Hannah Lindqvist, DO",
            "Provider NPI": "1082462817",
            "Patient ID": "P7730019",
            "First Name": "Jerome",
            "Last Name": "Washington",
            "Address": "611 Linden Ave",
            "City": "Dayton",
            "State": "OH",
            "Zip": "45410",
            "Phone": "937-226-4108",
            "Email": "jwash611@yahoo.com",
            "DOB": "11/30/1979",
            "Visit Date": "10/02/2024",
            "Visit Type": "Established",
            "Language": "English",
        },
        {
            ("Practice Name", "HEALTH"),
            ("Provider Name", "NAME"),
            ("Provider NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Patient ID", "MRN|OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("DOB", "DATE"),
            ("Visit Date", "DATE"),
        },
        {
            ("Practice ID", "*"),
            ("Practice Name", "LOCATION|NAME"),
            ("Visit Type", "*"),
            ("Language", "*"),
        },
        True,
    ),
    (
        "Grievance log (CSV): complainant, patient MRN, date of service, description",
        {
            "Grievance #": "GRV-2024-01187",
            "Date Received": "10/07/2024",
            "Complainant": "Teresa Alvarado",
            "Relationship": "Daughter",
            "Patient Name": "Ramon Alvarado",
            "Patient MRN": "00871466",
            "Date of Service": "09/29/2024",
            "Category": "Quality of Care",
            "Description": "Father was discharged after his stroke without his blood thinner "
            "prescription and was readmitted two days later.",
            "Investigator": "L. Chen, Patient Relations",
            "Response Due": "11/06/2024",
            "Status": "Under Review",
        },
        {
            ("Complainant", "NAME"),
            ("Patient Name", "NAME"),
            ("Patient MRN", "MRN|OTHER_ID"),
            ("Date of Service", "DATE"),
            ("Description", "HEALTH"),
        },
        {
            ("Grievance #", "*"),
            ("Relationship", "*"),
            ("Category", ANY_ID),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Survey vendor configuration (clean JSON): modes, languages, sampling, support line",
        {
            "client_id": "2817",
            "ccn": "360085",
            "program": "HCAHPS",
            "mode": "Mail-Phone",
            "languages": ["English", "Spanish", "Somali"],
            "sampling": {"protocol": "Proportionate stratified", "target_completes": 300},
            "phone_attempts": 5,
            "vendor_support_phone": "(877) 734-4291",
            "file_due_day": 10,
            "sftp_host": "sftp.pxvendor.example.com",
        },
        set(),
        {
            ("client_id", "*"),
            ("ccn", "*"),
            ("program", "*"),
            ("mode", "*"),
            ("languages[0]", "*"),
            ("languages[1]", "*"),
            ("languages[2]", "*"),
            ("sampling.protocol", "*"),
            ("sampling.target_completes", "*"),
            ("phone_attempts", "*"),
            ("vendor_support_phone", "*"),
            ("file_due_day", "*"),
        },
        False,
    ),
    (
        "SendGrid-like survey invitation log (identified, no health): email and visit date",
        {
            "email": "marcus.bell@outlook.com",
            "template": "cgcahps_invite_v3",
            "substitutions": {
                "first_name": "Marcus",
                "visit_date": "10/22/2024",
                "clinic": "Westside Primary Care",
                "survey_link": "https://survey.pxvendor.example.com/s/7Hk29xQp",
            },
            "sg_message_id": "Xy7dK2pQRs6uB1c9.filterdrecv-75ff7b5f-2qk4n-1-6717C2A1-3.0",
            "event": "delivered",
            "timestamp": 1729791234,
        },
        {
            ("email", "EMAIL"),
            ("substitutions.first_name", "NAME"),
            ("substitutions.visit_date", "DATE"),
        },
        {
            ("template", "*"),
            ("substitutions.clinic", ANY_ID),
            ("sg_message_id", "*"),
            ("event", "*"),
            ("timestamp", "*"),
        },
        False,
    ),
    (
        "Response-rate report by month (clean): sampled, returned, rate",
        {
            "Month": "2024-09",
            "Survey": "HCAHPS",
            "Mode": "Mail-Phone",
            "Sampled": "412",
            "Ineligible": "9",
            "Completed": "97",
            "Response Rate": "24.1%",
            "Report Run": "2024-10-15 06:00:00",
        },
        set(),
        {
            ("Month", "*"),
            ("Survey", "*"),
            ("Mode", "*"),
            ("Sampled", "*"),
            ("Ineligible", "*"),
            ("Completed", "*"),
            ("Response Rate", "*"),
            ("Report Run", "*"),
        },
        False,
    ),
    (
        "CAHPS codebook row (clean): a variable, its values and its skip logic",
        {
            "Variable": "CMS_17",
            "Label": "During this hospital stay, were you given any medicine that you had "
            "not taken before?",
            "Values": "1=Yes; 2=No",
            "Skip": "If No, go to Question 19",
            "Domain": "Communication About Medicines",
            "Position": "17",
        },
        set(),
        {
            ("Variable", "*"),
            ("Label", ANY_ID),
            ("Values", "*"),
            ("Skip", "*"),
            ("Domain", ANY_ID),
            ("Position", "*"),
        },
        False,
    ),
    (
        "Qualtrics-like telehealth survey response (CSV row): recipient, MRN, comment",
        {
            "StartDate": "2024-10-24 17:02:11",
            "EndDate": "2024-10-24 17:05:48",
            "ResponseId": "R_2Xk4PqL9mN8bV3c",
            "RecipientLastName": "Delgado",
            "RecipientFirstName": "Ines",
            "RecipientEmail": "ines.delgado@gmail.com",
            "ExternalReference": "MRN00731902",
            "VisitDate": "2024-10-24",
            "Specialty": "Pulmonology",
            "Q1_NPS_GROUP": "Promoter",
            "Q1": "10",
            "Q3": "Dr. Feld listened and changed my inhaler, my asthma is finally under control.",
        },
        {
            ("RecipientLastName", "NAME"),
            ("RecipientFirstName", "NAME"),
            ("RecipientEmail", "EMAIL"),
            ("ExternalReference", "MRN|OTHER_ID"),
            ("VisitDate", "DATE"),
            ("Specialty", "HEALTH"),
            ("Q3", "HEALTH"),
        },
        {
            ("StartDate", "*"),
            ("EndDate", "*"),
            ("ResponseId", "*"),
            ("Q1_NPS_GROUP", "*"),
            ("Q1", "*"),
        },
        True,
    ),
    (
        "Do-not-survey list (identified, no health): patient, phone, reason",
        {
            "MRN": "00611874",
            "Patient Name": "Pruitt, Gerald",
            "Phone": "740-363-8812",
            "Reason": "Patient request - no contact",
            "Added": "2024-08-02",
            "Expires": "2025-08-02",
            "Entered By": "jsoto",
        },
        {("MRN", "MRN|OTHER_ID"), ("Patient Name", "NAME"), ("Phone", "PHONE")},
        {("Reason", "*"), ("Entered By", "*")},
        False,
    ),
    (
        "Patient relations web form (Share a Concern): patient, DOB, visit, concern",
        {
            "form": "Patient Relations - Share a Concern",
            "submitted": "2024-10-09T02:41:17Z",
            "your_name": "Harold Stein",
            "are_you_the_patient": "Yes",
            "date_of_birth": "04/11/1951",
            "email": "hstein51@aol.com",
            "phone": "(330) 652-4417",
            "facility": "St. Brendan Medical Center",
            "date_of_visit": "09/30/2024",
            "concern": "My colonoscopy prep instructions were wrong and the procedure had to "
            "be cancelled. I want the copay refunded.",
            "preferred_contact": "Phone",
        },
        {
            ("your_name", "NAME"),
            ("date_of_birth", "DATE"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("date_of_visit", "DATE"),
            ("concern", "HEALTH"),
        },
        {
            ("form", "*"),
            ("submitted", "*"),
            ("are_you_the_patient", "*"),
            ("facility", "LOCATION|NAME"),
            ("preferred_contact", "*"),
        },
        True,
    ),
    (
        "OAS CAHPS sample file (outpatient surgery): procedure CPT, surgeon, patient",
        {
            "Facility CCN": "36C123",
            "Patient First Name": "Vivian",
            "Patient Last Name": "Rasmussen",
            "Mailing Address": "88 Whitetail Run",
            "City": "Lancaster",
            "ZIP": "43130",
            "Telephone": "7406549023",
            "Date of Birth": "02/18/1948",
            "Surgery Date": "10/03/2024",
            "CPT Code": "66984",
            "Procedure": "Cataract removal with IOL insertion",
            "Surgeon": "Evan Marsh, MD",
            "Sample Month": "10",
            "Sex": "2",
        },
        {
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Mailing Address", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("Telephone", "PHONE"),
            ("Date of Birth", "DATE"),
            ("Surgery Date", "DATE"),
            ("CPT Code", "HEALTH"),
            ("Procedure", "HEALTH"),
            ("Surgeon", "NAME"),
        },
        {
            ("Facility CCN", "*"),
            ("CPT Code", ANY_ID),
            ("Sample Month", "*"),
            ("Sex", "*"),
        },
        True,
    ),
    (
        "Vendor file transmission log (clean): file name, records, SHA-256, upload time",
        {
            "file_name": "PXV_INPT_360085_20241101.txt",
            "records": 1843,
            "sha256": "9f2b6c1e04d8a7753e1c0b9a6d4f2e8171c3a5b9e0d2f4a6c8b1e3d5f7a9c0b2",
            "uploaded_at": "2024-11-01T06:02:14Z",
            "sftp_user": "hosp360085",
            "status": "Accepted",
            "errors": 0,
        },
        set(),
        {
            ("file_name", "*"),
            ("records", "*"),
            ("sha256", "*"),
            ("uploaded_at", "*"),
            ("sftp_user", "*"),
            ("status", "*"),
            ("errors", "*"),
        },
        False,
    ),
    (
        "CMS HCAHPS XML patient-level fields (health, no identifier): coded stay",
        {
            "provider-id": "360085",
            "discharge-yr": "2024",
            "discharge-month": "9",
            "patient-id": "000457",
            "admission-source": "7",
            "visit-type": "1",
            "discharge-status": "01",
            "ms-drg": "470",
            "service-line": "2",
            "survey-mode": "3",
            "survey-language": "1",
            "final-status": "1",
            "number-survey-attempts": "2",
        },
        {("ms-drg", "HEALTH")},
        {
            ("provider-id", "*"),
            ("discharge-yr", "*"),
            ("discharge-month", "*"),
            ("patient-id", ANY_ID),
            ("admission-source", "*"),
            ("visit-type", "*"),
            ("discharge-status", "*"),
            ("ms-drg", ANY_ID),
            ("service-line", "*"),
            ("survey-mode", "*"),
            ("survey-language", "*"),
            ("final-status", "*"),
            ("number-survey-attempts", "*"),
        },
        False,
    ),
    (
        "Medallia-like experience record: labor and delivery stay, email, comment",
        {
            "Record ID": "MED-5520198",
            "Survey Type": "Inpatient - Maternity",
            "Patient Name": "Kiara Benton",
            "Email": "kiara.benton@icloud.com",
            "Admit Date": "2024-10-01",
            "Discharge Date": "2024-10-03",
            "Unit": "Labor & Delivery",
            "LTR": 10,
            "Comments": "The midwives were amazing during my induction and the lactation "
            "consultant helped so much with breastfeeding.",
            "Response Date": "2024-10-11 09:14:00",
        },
        {
            ("Patient Name", "NAME"),
            ("Email", "EMAIL"),
            ("Admit Date", "DATE"),
            ("Discharge Date", "DATE"),
            ("Unit", "HEALTH"),
            ("Comments", "HEALTH"),
        },
        {("Record ID", "*"), ("LTR", "*"), ("Response Date", "*")},
        True,
    ),
    (
        "Service-recovery follow-up call note (CSV): manager's call back to the patient",
        {
            "Alert ID": "ALR-77120",
            "Patient": "Esposito, Gloria",
            "Callback Number": "216-844-3071",
            "Called On": "10/17/2024 10:20 AM",
            "Called By": "Dana Whitfield, RN, ED Nurse Manager",
            "Outcome": "Reached",
            "Note": "Apologized for the wait. Pt states cardiac workup was negative, f/u with "
            "cardiology booked. Offered parking voucher.",
            "Closed": "Y",
        },
        {
            ("Patient", "NAME"),
            ("Callback Number", "PHONE"),
            ("Note", "HEALTH"),
        },
        {("Alert ID", "*"), ("Outcome", "*"), ("Closed", "*")},
        True,
    ),
    (
        "Top-box trend by question (clean): a composite's monthly scores",
        {
            "question": "CMS_6 Staff did everything to help with pain",
            "composite": "Pain Management (retired)",
            "2024-07": "68.2",
            "2024-08": "70.9",
            "2024-09": "66.4",
            "n_2024-09": "101",
            "target": "72.0",
        },
        set(),
        {
            ("question", ANY_ID),
            ("composite", ANY_ID),
            ("2024-07", "*"),
            ("2024-08", "*"),
            ("2024-09", "*"),
            ("n_2024-09", "*"),
            ("target", "*"),
        },
        False,
    ),
    (
        "GA4 event from the survey landing page: maternity survey, pseudo id",
        {
            "event_date": "20241011",
            "event_timestamp": "1728638040123456",
            "event_name": "survey_complete",
            "user_pseudo_id": "1839027734.1728637800",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://experience.stbrendan.org/survey/maternity-"
                        "experience?src=sms"
                    },
                },
                {"key": "survey_name", "value": {"string_value": "Labor & Delivery Experience"}},
            ],
            "geo": {"city": "Columbus", "region": "Ohio"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {("event_date", "*"), ("event_timestamp", "*"), ("event_name", "*")},
        True,
    ),
    (
        "Twilio-like status callback of a survey text (identified, no health)",
        {
            "MessageSid": "SM9e8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b",
            "AccountSid": "AC1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e",
            "MessagingServiceSid": "MG0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d",
            "To": "+16147736105",
            "From": "72841",
            "MessageStatus": "delivered",
            "ApiVersion": "2010-04-01",
            "SmsStatus": "delivered",
        },
        {("To", "PHONE")},
        {
            ("MessageSid", "*"),
            ("AccountSid", "*"),
            ("MessagingServiceSid", "*"),
            ("From", "*"),
            ("MessageStatus", "*"),
            ("ApiVersion", "*"),
        },
        False,
    ),
    (
        "HCAHPS sample exclusion log: patients removed from the sample, with the reason",
        {
            "MRN": "00944120",
            "Patient Name": "Dwyer, Colleen",
            "Discharge Date": "09/18/2024",
            "Excluded": "Y",
            "Exclusion Reason": "Discharged to hospice",
            "Primary Dx": "C25.9 Malignant neoplasm of pancreas",
            "Run ID": "SMP-202409-02",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("Patient Name", "NAME"),
            ("Discharge Date", "DATE"),
            ("Exclusion Reason", "HEALTH"),
            ("Primary Dx", "HEALTH"),
        },
        {("Excluded", "*"), ("Run ID", "*")},
        True,
    ),
    (
        "Survey vendor invoice line (clean): completes, unit price, PO",
        {
            "Invoice #": "INV-2024-10-2817",
            "Invoice Date": "2024-10-31",
            "PO #": "4500918823",
            "Survey Program": "HCAHPS Mail-Phone",
            "Completed Surveys": "312",
            "Unit Price": "$4.85",
            "Amount": "$1,513.20",
            "Cost Center": "7710-Quality",
        },
        set(),
        {
            ("Invoice #", "*"),
            ("Invoice Date", "*"),
            ("PO #", "*"),
            ("Survey Program", "*"),
            ("Completed Surveys", "*"),
            ("Unit Price", "*"),
            ("Amount", "*"),
            ("Cost Center", "*"),
        },
        False,
    ),
    (
        "Salesforce-like patient advocacy case: subject, contact, created date",
        {
            "attributes": {"type": "Case", "url": "/services/data/v59.0/sobjects/Case/500Dn"},
            "CaseNumber": "00012873",
            "Subject": "Billed twice for MRI of lumbar spine",
            "Origin": "Web",
            "Priority": "Medium",
            "CreatedDate": "2024-10-10T15:22:41.000+0000",
            "Contact": {
                "Name": "Walter Briggs",
                "Phone": "(513) 761-2284",
                "Email": "wbriggs@fuse.net",
            },
            "Date_of_Service__c": "2024-09-26",
        },
        {
            ("Subject", "HEALTH"),
            ("Contact.Name", "NAME"),
            ("Contact.Phone", "PHONE"),
            ("Contact.Email", "EMAIL"),
            ("Date_of_Service__c", "DATE"),
        },
        {
            ("CaseNumber", "*"),
            ("Origin", "*"),
            ("Priority", "*"),
            ("CreatedDate", "*"),
        },
        True,
    ),
    (
        "Qualtrics XM directory contact (identified, no health): extRef and language",
        {
            "contactId": "CID_3PqX9aBcD2eFgH1",
            "firstName": "Anh",
            "lastName": "Nguyen",
            "email": "anh.nguyen.oh@gmail.com",
            "phone": "+16148830412",
            "extRef": "MRN01128847",
            "language": "VI",
            "embeddedData": {"LastSurveyedProgram": "CGCAHPS", "OptOut": "false"},
        },
        {
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("extRef", "MRN|OTHER_ID"),
        },
        {
            ("contactId", "*"),
            ("language", "*"),
            ("embeddedData.LastSurveyedProgram", "*"),
            ("embeddedData.OptOut", "*"),
        },
        False,
    ),
    (
        "Nurse recognition export (shout-outs from comments): the nurse named, the care",
        {
            "Recognition ID": "SO-44120",
            "Nurse": "Tracy Bell, RN",
            "Unit": "Labor & Delivery",
            "Survey ID": "1184233019",
            "Comment Excerpt": "Tracy made my emergency c-section so much less scary.",
            "Shared With Manager": "2024-10-18",
        },
        {("Nurse", "NAME"), ("Comment Excerpt", "HEALTH")},
        {
            ("Recognition ID", "*"),
            ("Survey ID", "*"),
            ("Unit", ANY_ID),
            ("Shared With Manager", "*"),
        },
        True,
    ),
    (
        "Survey mode experiment report (clean): arms, sample, response rates",
        {
            "Experiment": "Web-first vs Mail-Phone",
            "Arm": "Web-first (email + text)",
            "Wave": "2024-W41",
            "Sample": "1200",
            "Responses": "374",
            "Response Rate": "31.2%",
            "Cost per Complete": "$3.10",
        },
        set(),
        {
            ("Experiment", "*"),
            ("Arm", "*"),
            ("Wave", "*"),
            ("Sample", "*"),
            ("Responses", "*"),
            ("Response Rate", "*"),
            ("Cost per Complete", "*"),
        },
        False,
    ),
    (
        "Mailed survey scan batch: barcode, pages, OCR'd comment with the respondent's name",
        {
            "batch": "B-20241018-03",
            "barcode": "PGX0009918271",
            "scan_time": "2024-10-18T11:40:02Z",
            "survey_id": "1184301776",
            "pages": 4,
            "comment_ocr": "Dr. Feld was great but the billing office charged me twice for "
            "the MRI. - Walter Briggs",
            "proxy": "Someone else wrote down answers",
        },
        {("comment_ocr", "NAME"), ("comment_ocr", "HEALTH")},
        {
            ("batch", "*"),
            ("barcode", "*"),
            ("scan_time", "*"),
            ("survey_id", "*"),
            ("pages", "*"),
            ("proxy", "*"),
        },
        True,
    ),
    (
        "Grievance response letter (mail-merge fields): patient, address, visit, finding",
        {
            "letter_date": "November 4, 2024",
            "hospital_address": "2200 Hospital Dr, Akron, OH 44307",
            "recipient_name": "Mr. Harold Stein",
            "recipient_address": "1470 Brookview Dr",
            "recipient_city_state_zip": "Stow, OH 44224",
            "grievance_number": "GRV-2024-01203",
            "visit_date": "September 30, 2024",
            "finding": "Our review found that your colonoscopy preparation instructions "
            "listed the wrong date. Your copay has been refunded.",
            "signer": "Lena Chen, Patient Relations Manager",
        },
        {
            ("recipient_name", "NAME"),
            ("recipient_address", "LOCATION"),
            ("recipient_city_state_zip", "LOCATION|ZIP_CODE"),
            ("visit_date", "DATE"),
            ("finding", "HEALTH"),
        },
        {
            ("letter_date", "*"),
            ("hospital_address", "*"),
            ("grievance_number", "*"),
        },
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "HCAHPS question catalog (clean): code, wording, composite, scale, version": (
        set(),
        set(),
        {("effective", "*")},
        "``effective`` alone is left out of the off-person date words on purpose "
        "(detectors/dates.py: a member's ``Part B Effective`` date is theirs as often as a "
        "price's or a formulary's), so a catalog version's bare ``effective`` date is read "
        "as any lone date is; the blind must-not was stricter than the project",
    ),
    "NRC-like real-time service-recovery alert (JSON): patient contact and comment": (
        set(),
        {("visit.department", "HEALTH")},
        set(),
        "an emergency department names no specialty (detectors/health_fields.py: general "
        "care and an emergency department name none, as a department beside the MRN is "
        "read); the row is PHI by the patient and the chest pain in the comment",
    ),
    "CMS HCAHPS XML patient-level fields (health, no identifier): coded stay": (
        set(),
        set(),
        {("patient-id", ANY_ID)},
        "a ``patient-id`` column is the patient's record id wherever it stands "
        "(detectors/field_names.py), also when the value is a vendor's sequence number; "
        "the blind must-not was stricter than the project (the PHI verdict this changes is "
        "left open, :data:`_OPEN`)",
    ),
    "ED CAHPS sample file (CSV): a 91-year-old's emergency visit and diagnosis": (
        set(),
        {("Department", "HEALTH")},
        set(),
        "an emergency department names no specialty (detectors/health_fields.py), as the "
        "service-recovery alert's ``visit.department``; the row is PHI by the patient and "
        "the principal diagnosis (held out, decided after its blind scoring)",
    ),
    "Medallia-like experience record: labor and delivery stay, email, comment": (
        set(),
        set(),
        {("Record ID", "*")},
        "a ``Record ID`` is read as a person's record id wherever it stands "
        "(detectors/field_names.py: REDCap's ``record_id`` is a participant's), and a "
        "survey platform's record is one respondent's answers; the blind must-not was "
        "stricter than the project (held out, decided after its blind scoring)",
    ),
    "Qualtrics XM directory contact (identified, no health): extRef and language": (
        set(),
        set(),
        {("contactId", "*")},
        "a CRM contact's ``contactId`` is the person's record id (detectors/field_names.py; "
        "detectors/contact_centre.py lets it go only beside a call's telephony columns), "
        "and an XM Directory contact is one person; the blind must-not was stricter than "
        "the project (held out, decided after its blind scoring)",
    ),
}


#: ``name -> (still open pairs, why)``: what the detectors do not read right.
_OPEN: dict[str, tuple[set, str]] = {
    "Real-time text survey thread (JSON): the visit date in the question, a reply": (
        {("messages[0].body", "HEALTH")},
        '"Lakeview Cardiology: On a scale of 0-10 ... after your visit on 10/21/2024": a '
        "bare specialty in a text is a stop term (a site's or a practice's name says it "
        "about no one), and detectors/specialty_visits.py reads one only joined to its "
        "visit word; here the practice's name opens the text as its sender and the visit "
        "comes twelve words later. The row is PHI by the phone and the reply's echo",
    ),
    "CMS HCAHPS XML patient-level fields (health, no identifier): coded stay": (
        set(),
        "with the ``patient-id`` read as the project reads it (:data:`_DECIDED`), the "
        "MS-DRG beside it makes the row PHI; the blind verdict (a de-identified CMS "
        "submission) is kept as written",
    ),
    "GA4 event from the survey landing page: maternity survey, pseudo id": (
        {("event_params[1].value.string_value", "HEALTH")},
        '"Labor & Delivery Experience": "labor and delivery" is a stop term by decision '
        "(detectors/data/stop_terms.txt: a hospital unit's page and a nurse's specialty "
        "say it about no one; a booked tour says more), and a GA4 parameter's survey name "
        "is no unit field beside a patient; the page URL's ``maternity-experience`` slug "
        "is not read either. The row is identified by its pseudo id, not PHI as scanned",
    ),
    "Fixed-width HCAHPS discharge file parsed to the hospital's short names": (
        {("ATT_NAME", "NAME"), ("DIS_DT", "DATE")},
        "the hospital's own short names: ``ATT`` is an attachment as often as the "
        "attending (an email export's ``att_name`` is a file's), and ``DIS`` a disposition, "
        "a disability or a distribution as often as a discharge, so neither is read from "
        "the key alone (``DISCH_DT`` and ``ATT_NPI`` are). Held out; PHI by the patient, "
        "the MRN, the FIN and the diagnosis",
    ),
    "Podium-like review request (SMS): the patient and the dermatology clinic visited": (
        {("location", "HEALTH"), ("message", "HEALTH")},
        '"Riverside Dermatology": a practice\'s name holds its specialty as a brand '
        "(detectors/keyed_names.py's practice words; a bare specialty is a stop term), and "
        'a review request\'s "thanks for visiting" names the practice, not a visit of a '
        "kind of care (detectors/specialty_visits.py reads a specialty joined to its visit "
        "word). Held out; identified by the patient's name and phone, not PHI as scanned",
    ),
    "Medallia-like experience record: labor and delivery stay, email, comment": (
        {("Response Date", "DATE")},
        "a survey's ``Response Date`` is the platform's clock, but ``response`` is a "
        "person's free-text word to the date family (a comment's, an answer's) and an "
        "oncology record's response date is the patient's: a lone date under it is read "
        "(0.55). Held out; the row is PHI as written",
    ),
    "Nurse recognition export (shout-outs from comments): the nurse named, the care": (
        {("Shared With Manager", "DATE")},
        "a recognition's ``Shared With Manager`` date is the programme's workflow, but "
        "``shared`` is no off-person word the date family could take (a record shared "
        "with a patient's caregiver is dated for that patient); a lone date under it is "
        "read as any lone date is (0.55)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_patient_experience_surveys_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision on
#: patient-experience survey exports fails here. Before the work, blind: SHAPES 11 misses /
#: 9 false / 17 wrong of 30, HELD_OUT 7 / 3 / 5 of 10.
FLOORS = ShapeTotals(expected=157, misses=6, false=2, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
