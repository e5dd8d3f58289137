"""Clinical research and trial recruitment exports.

A blind probe, written by hand before reading the detectors: what a research site's, a
sponsor's or a recruitment vendor's teams export. REDCap data exports (raw CSV with
``record_id``, ``redcap_event_name``, ``redcap_repeat_instrument`` and
``redcap_repeat_instance``, checkbox columns ``conditions___1`` … ``___5``, ``*_complete``
status 0/1/2; the label variant with ``Record ID``, ``Event Name`` and ``… (choice=Type 2
diabetes)`` headers holding ``Checked``/``Unchecked``), REDCap data dictionaries and survey
participant lists, trial recruitment pre-screeners and referrals (ResearchMatch-,
BuildClinical- and Antidote-like leads and webhooks, ``Eligible``/``ineligible``
outcomes, a physician's referral), site CRM and CTMS exports (screening numbers like
``SCR-014-0032``, randomisation numbers, visit schedules, protocol, NCT, site and IRB
numbers), IRT randomisation transactions, eConsent envelopes, ePRO and eDiary entries,
study stipends (ClinCard-like) and reimbursements, SDTM-coded analysis rows, with the clean
rows around them: ClinicalTrials.gov listings (the CSV download and the API v2 JSON), site
directories, IRB tracking, schedules of assessments, recruitment campaign reports,
payment batch summaries and feasibility surveys.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A coded subject id is an identifier.** A REDCap ``record_id`` beside a person's
  fields, a screening number (``SCR-014-0032``), a subject number, an SDTM ``USUBJID`` or
  ``SUBJID``, a randomisation number and a recruitment vendor's volunteer, lead or
  referral id are one person's record id: ``OTHER_ID`` (``MRN`` or ``ONLINE_ID`` where
  the key reads so). Safe Harbor lets a covered entity keep a re-identification code
  (45 CFR 164.514(c)) only when it is not derived from the person and its key is not
  disclosed, and a scanner can see neither; a policy can keep the column. So an SDTM row
  with a ``USUBJID`` and an adverse event is a PHI record, as the project reads a lead's
  id (tests/test_lead_generation.py).
- **Enrolment in, screening for, or being referred to a trial for a condition is health
  context of that person**: a study's title or indication in a subject's, a lead's or a
  payee's row (``Knee Osteoarthritis Pain Study``), a pre-screener's question naming a
  diagnosis answered by the person, a trial arm naming a drug, a screen-fail reason, an
  adverse event term. The same words in a listing, a protocol's tracking row, a data
  dictionary, a schedule of assessments or a campaign report name nobody: found or not,
  such rows are no PHI record.
- **A label export's checkbox header holds the choice**: ``… (choice=Type 2 diabetes)``
  with ``Checked`` is that person's condition (HEALTH in that column); ``Unchecked`` is not
  (nothing). A raw export's ``conditions___1`` = ``1`` cannot be read without the data
  dictionary: neither expected nor forbidden. ``*_complete`` statuses, event names
  (``screening_arm_1``), repeat instruments and instances are REDCap's bookkeeping: no
  finding.
- **A subject's study dates are the person's DATE**: consent, screening, randomisation,
  a visit's scheduled or actual date, a diary entry's date, an adverse event's start, a
  questionnaire's ``QSDTC``. A visit window's bounds and a payment's date are neither
  expected nor forbidden. The study's own dates are not a person's: a protocol's or
  consent form's version date, IRB approval and expiry, a listing's start, completion and
  posting dates, a site's activation date, a payment batch's funding date. Study days
  (``AESTDY`` = 43) are no dates. System stamps of a vendor record (``created_at``,
  ``submitted_at``, an IRT transaction time, an envelope's ``signedDateTime``) are neither
  expected nor forbidden unless the row is the study's own.
- **The study's codes are not a person's**: protocol numbers, NCT ids, site numbers,
  IRB numbers, sponsor study ids, kit numbers, IRT transaction ids, payment batch ids,
  a card's last four digits, a bank routing number, an SDTM ``AESEQ``, ``VISIT`` or
  ``QSTESTCD``. Ages under 90 are no finding; an age of 90 or more is AGE_OVER_89; a
  birth year alone is no finding.
- **The site's and the sponsor's places and lines are not a person's**: a site's
  address, a trial listing's facility location and coordinates and a listing's central
  contact (a role, its phone and mailbox). The investigator and the referring physician
  are reported like every clinician in the project (NAME, an NPI as
  ``OTHER_ID|LICENSE_NUMBER``); a site coordinator's or a signer's name on the site's side
  is neither expected nor forbidden.

After reading the detectors no blind expectation was changed; two were wider or narrower
than decisions the project had made and are applied on top (:data:`_DECIDED`): a
referral's id is the referral's (as an intake's is), and a ``routing_number`` is reported
as the project reports it. One blind decision turned out wider than written: a registry
listing's contacts (its central contact, its overall official) are the study's published
contact points, not clinicians in a patient's record, since a registry names no patient.
What the work built: a study's code of one person as its record id (``Subject #``,
``USUBJID``/``SUBJID``, ``SubjectKey``, ``Screening #``, ``randomization_number``); a
clinician's object by its role (``referring_provider.name``); study records in
chunk_profiles (a ClinicalTrials.gov API study or ``studies.csv`` row, and a row keyed by
a protocol's, an IRB's or an NCT number with no person's field: its dates, places and
contacts are the study's and its sites'); data dictionaries (``Field Type`` beside
``Field Label``: a form's design); REDCap's ``(choice=Option)`` checkbox headers and a
pre-screener's numbered yes/no questions (``Q1: Have you been diagnosed with ...?``) as
checked options; a survey's per-participant ``Survey Access Code`` as ONLINE_ID; and 27
biologics the drug package lists only under their FDA proper name (``erenumab-aooe``)
under their bare INN (``risankizumab``, ``erenumab``, ``galcanezumab``...). Six records
are left open (:data:`LEFT_ALONE`): a research registry's ``volunteer_id`` (volunteers
are workforce elsewhere), a REDCap ``consent_date`` (a consent banner's stamp elsewhere),
an eCOA export's bare ``subject``, a payment batch's ``Funded Date``, a registry
contact's mailbox and a stipend's ``payee.name``.

Figures (misses / false findings / records wrong, blind expectations as written, by
tests/score_probe.py): SHAPES (30 records), blind 13 / 16 / 17 of 104 pairs, after the
work 4 / 1 / 5 (3 / 1 / 4 with the decisions, all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 6 / 4 / 6 of 22 pairs; scored once after the work on SHAPES:
2 / 4 / 3; after two fixes that generalise (a registry listing's contacts, a survey's
access code) 1 / 2 / 2 (1 / 1 / 2 with the routing-number decision, both records in
LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "REDCap raw export (CSV): screening event, name, DOB, checkbox codes",
        {
            "record_id": "1042",
            "redcap_event_name": "screening_arm_1",
            "first_name": "Danielle",
            "last_name": "Porter",
            "dob": "1962-04-17",
            "email": "dporter62@gmail.com",
            "phone": "(919) 555-0143",
            "zip": "27514",
            "conditions___1": "1",
            "conditions___2": "0",
            "conditions___3": "0",
            "conditions___4": "1",
            "conditions___5": "0",
            "diagnosis_other": "Type 2 diabetes, hypertension",
            "demographics_complete": "2",
            "screening_complete": "1",
        },
        {
            ("record_id", "OTHER_ID|MRN"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("dob", "DATE"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("diagnosis_other", "HEALTH"),
        },
        {
            ("redcap_event_name", "*"),
            ("conditions___2", "*"),
            ("demographics_complete", "*"),
            ("screening_complete", "*"),
        },
        True,
    ),
    (
        "REDCap label export (CSV): checked choice headers, consent date, medications",
        {
            "Record ID": "1042",
            "Event Name": "Baseline (Arm 1: Treatment)",
            "Repeat Instrument": "",
            "Repeat Instance": "",
            "Date of consent": "04/22/2024",
            "Age at enrollment": "58",
            "Which conditions have you been diagnosed with? (choice=Type 2 diabetes)": "Checked",
            "Which conditions have you been diagnosed with? (choice=COPD)": "Unchecked",
            "Current medications": "metformin 1000 mg BID; lisinopril 10 mg",
            "HbA1c (%)": "8.1",
            "Complete?": "Complete",
        },
        {
            ("Record ID", "OTHER_ID|MRN"),
            ("Date of consent", "DATE"),
            ("Which conditions have you been diagnosed with? (choice=Type 2 diabetes)", "HEALTH"),
            ("Current medications", "HEALTH"),
        },
        {
            ("Event Name", "*"),
            ("Age at enrollment", "*"),
            ("Which conditions have you been diagnosed with? (choice=COPD)", "*"),
            ("Complete?", "*"),
        },
        True,
    ),
    (
        "REDCap data dictionary row (clean): the dob field's design",
        {
            "Variable / Field Name": "dob",
            "Form Name": "demographics",
            "Section Header": "",
            "Field Type": "text",
            "Field Label": "Date of birth",
            "Choices, Calculations, OR Slider Labels": "",
            "Field Note": "MM-DD-YYYY",
            "Text Validation Type OR Show Slider Number": "date_mdy",
            "Text Validation Min": "1900-01-01",
            "Identifier?": "y",
            "Branching Logic (Show field only if...)": "",
            "Required Field?": "y",
        },
        set(),
        {
            ("Variable / Field Name", "*"),
            ("Form Name", "*"),
            ("Field Type", "*"),
            ("Field Label", "*"),
            ("Field Note", "*"),
            ("Text Validation Type OR Show Slider Number", "*"),
            ("Text Validation Min", "*"),
            ("Identifier?", "*"),
        },
        False,
    ),
    (
        "REDCap data dictionary row (clean): a conditions checkbox and its choices",
        {
            "Variable / Field Name": "conditions",
            "Form Name": "medical_history",
            "Section Header": "Medical History",
            "Field Type": "checkbox",
            "Field Label": "Which conditions have you been diagnosed with?",
            "Choices, Calculations, OR Slider Labels": (
                "1, Type 2 diabetes | 2, Hypertension | 3, COPD | 4, Heart failure | "
                "5, None of the above"
            ),
            "Field Note": "",
            "Identifier?": "",
            "Branching Logic (Show field only if...)": "[age] >= 18 and [consent] = '1'",
            "Required Field?": "y",
        },
        set(),
        {
            ("Variable / Field Name", "*"),
            ("Form Name", "*"),
            ("Field Type", "*"),
            ("Branching Logic (Show field only if...)", "*"),
            ("Choices, Calculations, OR Slider Labels", "NAME"),
            ("Choices, Calculations, OR Slider Labels", "OTHER_ID"),
        },
        False,
    ),
    (
        "ResearchMatch-like volunteer lead (JSON): study, contact, self-reported conditions",
        {
            "volunteer_id": "RM-5581204",
            "study": {
                "irb_number": "IRB-2023-0417",
                "title": "Knee Osteoarthritis Pain Study",
                "nct_id": "NCT05512345",
            },
            "contact": {
                "first_name": "Rosa",
                "last_name": "Benitez",
                "email": "rosa.benitez@yahoo.com",
                "phone": "614-555-0177",
            },
            "age": 61,
            "sex": "Female",
            "zip": "43215",
            "self_reported_conditions": ["osteoarthritis", "high blood pressure"],
            "message_sent_at": "2024-09-12T15:02:11Z",
            "response": "interested",
        },
        {
            ("volunteer_id", "OTHER_ID|ONLINE_ID"),
            ("study.title", "HEALTH"),
            ("contact.first_name", "NAME"),
            ("contact.last_name", "NAME"),
            ("contact.email", "EMAIL"),
            ("contact.phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("self_reported_conditions[0]", "HEALTH"),
        },
        {
            ("study.irb_number", "*"),
            ("study.nct_id", "*"),
            ("message_sent_at", "*"),
            ("age", "*"),
            ("response", "*"),
        },
        True,
    ),
    (
        "BuildClinical-like pre-screener submission (CSV): psoriasis questions, eligible",
        {
            "Lead ID": "BC-771203",
            "Submitted": "2024-10-01 09:14:22",
            "Full Name": "Marcus Bell",
            "Email": "marcusbell79@hotmail.com",
            "Phone": "(704) 555-0126",
            "Zip": "28205",
            "Date of Birth": "07/04/1979",
            "Q1: Have you been diagnosed with moderate to severe plaque psoriasis?": "Yes",
            "Q2: Are you currently taking a biologic (e.g. Humira, Stelara)?": "No",
            "Q3: Are you pregnant or planning to become pregnant?": "No",
            "Outcome": "Eligible",
            "Referred Site": "Site 014 - Carolina Dermatology Research",
            "utm_source": "facebook",
            "utm_campaign": "psoriasis_ph3_oct",
        },
        {
            ("Lead ID", "OTHER_ID"),
            ("Full Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Zip", "ZIP_CODE"),
            ("Date of Birth", "DATE"),
            ("Q1: Have you been diagnosed with moderate to severe plaque psoriasis?", "HEALTH"),
        },
        {
            ("Outcome", "*"),
            ("Referred Site", "NAME"),
            ("Referred Site", "OTHER_ID"),
            ("utm_source", "*"),
        },
        True,
    ),
    (
        "Antidote-like match request (JSON): a caregiver asks for a parent with Alzheimer's",
        {
            "patient": {
                "id": "ant_p_9f8e7d6c5b",
                "email": "g.ortiz1958@gmail.com",
                "zip_code": "60614",
                "birth_year": 1958,
                "gender": "male",
            },
            "condition": "Alzheimer's disease",
            "caregiver": {
                "name": "Linda Ortiz",
                "relationship": "daughter",
                "phone": "+13125550164",
            },
            "trial_matches": [
                {"nct_id": "NCT04437511", "score": 0.82, "distance_miles": 12.4},
            ],
            "created": "2024-06-03T18:22:40.118Z",
        },
        {
            ("patient.id", "ONLINE_ID|OTHER_ID"),
            ("patient.email", "EMAIL"),
            ("patient.zip_code", "ZIP_CODE"),
            ("condition", "HEALTH"),
            ("caregiver.name", "NAME"),
            ("caregiver.phone", "PHONE"),
        },
        {
            ("patient.birth_year", "*"),
            ("trial_matches[0].nct_id", "*"),
            ("trial_matches[0].score", "*"),
            ("trial_matches[0].distance_miles", "*"),
            ("created", "*"),
        },
        True,
    ),
    (
        "Anonymous pre-screener completion (JSON): psoriasis answers, ineligible, no person",
        {
            "screener_version": "v4",
            "study_code": "PSO-301",
            "answers": {
                "diagnosis": "plaque psoriasis",
                "bsa_percent": 12,
                "prior_biologic": "no",
            },
            "outcome": "ineligible",
            "reason": "Age outside 18-75",
            "completed_at": "2024-10-02T11:03:00Z",
        },
        {("answers.diagnosis", "HEALTH")},
        {
            ("screener_version", "*"),
            ("study_code", "*"),
            ("answers.bsa_percent", "*"),
            ("outcome", "*"),
            ("reason", "*"),
            ("completed_at", "*"),
        },
        False,
    ),
    (
        "Site CTMS subject list (CSV): screening and randomisation numbers, visit dates",
        {
            "Subject #": "SCR-014-0032",
            "Subject Status": "Randomized",
            "Initials": "JMK",
            "Site #": "014",
            "Protocol": "ABC-301",
            "Study": "A Phase 3 Study of Vedolizumab in Adults With Moderate to Severe "
            "Ulcerative Colitis",
            "Screening Date": "03/04/2024",
            "Randomization Date": "03/25/2024",
            "Randomization #": "R1057",
            "Arm": "Blinded",
            "Coordinator": "Priya Natarajan",
            "Last Visit": "Week 12",
            "Next Visit Date": "06/17/2024",
        },
        {
            ("Subject #", "OTHER_ID|MRN"),
            ("Initials", "NAME|OTHER_ID"),
            ("Study", "HEALTH"),
            ("Screening Date", "DATE"),
            ("Randomization Date", "DATE"),
            ("Randomization #", "OTHER_ID|MRN"),
            ("Next Visit Date", "DATE"),
        },
        {
            ("Subject Status", "*"),
            ("Site #", "*"),
            ("Protocol", "*"),
            ("Arm", "*"),
            ("Last Visit", "*"),
        },
        True,
    ),
    (
        "CTMS visit schedule (API JSON): a subject's visits and procedures",
        {
            "subjectId": "014-0032",
            "studyId": "ABC-301",
            "siteId": "US014",
            "visits": [
                {
                    "visitName": "Screening",
                    "scheduledDate": "2024-03-04",
                    "actualDate": "2024-03-04",
                    "status": "Completed",
                },
                {
                    "visitName": "Week 4",
                    "windowStart": "2024-04-15",
                    "windowEnd": "2024-04-29",
                    "scheduledDate": "2024-04-22",
                    "status": "Scheduled",
                },
            ],
            "procedures": ["ECG", "Colonoscopy", "CBC"],
        },
        {
            ("subjectId", "OTHER_ID|MRN"),
            ("visits[0].actualDate", "DATE"),
            ("visits[1].scheduledDate", "DATE"),
            ("procedures[1]", "HEALTH"),
        },
        {
            ("studyId", "*"),
            ("siteId", "*"),
            ("visits[0].visitName", "*"),
            ("visits[1].visitName", "*"),
            ("visits[1].status", "*"),
        },
        True,
    ),
    (
        "Site directory row (clean): a research site's address and IRB",
        {
            "Site #": "014",
            "Site Name": "Carolina Clinical Research",
            "Site Address": "1200 Research Pkwy, Suite 300",
            "Site City": "Durham",
            "Site State": "NC",
            "Site Zip": "27713",
            "IRB of Record": "Advarra",
            "IRB #": "Pro00071234",
            "Activation Date": "2023-11-02",
            "Target Enrollment": "24",
            "Enrolled": "17",
            "Screen Fail %": "29%",
        },
        set(),
        {
            ("Site #", "*"),
            ("Site Name", "*"),
            ("Site Address", "*"),
            ("Site City", "*"),
            ("Site Zip", "*"),
            ("IRB of Record", "*"),
            ("IRB #", "*"),
            ("Activation Date", "*"),
            ("Target Enrollment", "*"),
        },
        False,
    ),
    (
        "IRT randomisation transaction (JSON): subject, randomisation number, kits, stratum",
        {
            "transaction_id": "TXN-000918",
            "subject_number": "014-0033",
            "transaction_type": "Randomization",
            "randomization_number": "40217",
            "kit_numbers": ["K-118842", "K-118843"],
            "stratum": "HbA1c <8.5%; BMI >=30",
            "dob_year": "1966",
            "transaction_datetime": "2024-04-01T14:22:09Z",
            "site": "014",
            "user": "crc.durham@carolinaresearch.com",
        },
        {
            ("subject_number", "OTHER_ID|MRN"),
            ("randomization_number", "OTHER_ID|MRN"),
            ("stratum", "HEALTH"),
        },
        {
            ("transaction_id", "*"),
            ("transaction_type", "*"),
            ("kit_numbers[0]", "*"),
            ("kit_numbers[1]", "*"),
            ("dob_year", "*"),
            ("site", "*"),
        },
        True,
    ),
    (
        "eConsent envelope (DocuSign-like JSON): participant and investigator signers",
        {
            "envelopeId": "3f9c1a2b-7d4e-4b8a-9c21-5e6f7a8b9c0d",
            "status": "completed",
            "emailSubject": "Please sign: Informed Consent - Migraine Prevention Study "
            "(Protocol MIG-204)",
            "sentDateTime": "2024-05-02T14:01:33Z",
            "completedDateTime": "2024-05-02T16:52:07Z",
            "recipients": {
                "signers": [
                    {
                        "name": "Olivia Grant",
                        "email": "olivia.grant84@gmail.com",
                        "roleName": "Participant",
                        "routingOrder": "1",
                        "signedDateTime": "2024-05-02T16:40:12Z",
                        "status": "completed",
                    },
                    {
                        "name": "Dr. Samuel Reyes",
                        "email": "sreyes@neurotrialsmd.org",
                        "roleName": "Investigator",
                        "routingOrder": "2",
                        "signedDateTime": "2024-05-02T16:52:07Z",
                        "status": "completed",
                    },
                ]
            },
        },
        {
            ("emailSubject", "HEALTH"),
            ("recipients.signers[0].name", "NAME"),
            ("recipients.signers[0].email", "EMAIL"),
        },
        {
            ("envelopeId", "*"),
            ("status", "*"),
            ("emailSubject", "OTHER_ID"),
            ("recipients.signers[0].roleName", "*"),
            ("recipients.signers[0].routingOrder", "*"),
        },
        True,
    ),
    (
        "REDCap e-Consent record (CSV): participant name, consent date and version",
        {
            "record_id": "2051",
            "participant_name": "Andre Williams",
            "participant_signature": "[document]",
            "consent_date": "2024-05-14",
            "consent_version": "v3.1 2024-01-08",
            "lar_name": "",
            "person_obtaining_consent": "Maria Lopez, CRC",
            "study_title": "Sickle Cell Disease Natural History Study",
            "econsent_complete": "2",
        },
        {
            ("record_id", "OTHER_ID|MRN"),
            ("participant_name", "NAME"),
            ("consent_date", "DATE"),
            ("study_title", "HEALTH"),
        },
        {
            ("participant_signature", "*"),
            ("consent_version", "*"),
            ("econsent_complete", "*"),
        },
        True,
    ),
    (
        "eDiary entry (eCOA JSON): a daily headache diary with rescue medication",
        {
            "subject": "MIG-204-031-0007",
            "device": {"type": "provisioned", "model": "iPhone SE"},
            "diary": "Daily Headache Diary",
            "entry_date": "2024-06-11",
            "submitted_at": "2024-06-11T21:14:03-04:00",
            "responses": {
                "headache_today": "Yes",
                "pain_severity": 7,
                "aura": "No",
                "rescue_medication": "sumatriptan 50 mg",
                "nausea": "Mild",
            },
        },
        {
            ("subject", "OTHER_ID|MRN"),
            ("diary", "HEALTH"),
            ("entry_date", "DATE"),
            ("responses.rescue_medication", "HEALTH"),
        },
        {
            ("device.type", "*"),
            ("device.model", "*"),
            ("responses.pain_severity", "*"),
        },
        True,
    ),
    (
        "ePRO questionnaire rows (SDTM QS-like CSV): MIDAS item, collection date",
        {
            "STUDYID": "MIG-204",
            "SUBJID": "031-0007",
            "VISIT": "Week 8",
            "QSTESTCD": "MIDAS1",
            "QSTEST": "Days missed work due to headache in last 3 months",
            "QSORRES": "4",
            "QSDTC": "2024-07-30",
        },
        {
            ("SUBJID", "OTHER_ID|MRN"),
            ("QSTEST", "HEALTH"),
            ("QSDTC", "DATE"),
        },
        {
            ("STUDYID", "*"),
            ("VISIT", "*"),
            ("QSTESTCD", "*"),
            ("QSORRES", "*"),
        },
        True,
    ),
    (
        "ClinCard-like stipend export (CSV): payee, address, study and visit",
        {
            "Participant ID": "P-00418",
            "First Name": "Derek",
            "Last Name": "Huang",
            "Card Last 4": "4821",
            "Study": "NASH-302 Fatty Liver Disease Study",
            "Visit": "Visit 5 - Week 24",
            "Amount": "75.00",
            "Payment Date": "2024-08-09",
            "Address": "88 Elm St Apt 2",
            "City": "Raleigh",
            "State": "NC",
            "ZIP": "27601",
            "1099 Flag": "N",
        },
        {
            ("Participant ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Study", "HEALTH"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
        },
        {
            ("Card Last 4", "*"),
            ("Visit", "*"),
            ("Amount", "*"),
            ("State", "*"),
            ("1099 Flag", "*"),
        },
        True,
    ),
    (
        "Stipend payment batch summary (clean): a site's batch, count and total",
        {
            "Study": "NASH-302",
            "Site": "027",
            "Batch ID": "B-2024-0831-027",
            "Payments": "43",
            "Total Amount": "3,225.00",
            "Funded Date": "2024-08-31",
            "Funding Account": "Sponsor Escrow 1",
        },
        set(),
        {
            ("Study", "*"),
            ("Site", "*"),
            ("Batch ID", "*"),
            ("Payments", "*"),
            ("Total Amount", "*"),
            ("Funded Date", "*"),
            ("Funding Account", "*"),
        },
        False,
    ),
    (
        "SDTM DM row of a coded dataset (CSV): USUBJID, age, arm",
        {
            "STUDYID": "ABC-301",
            "DOMAIN": "DM",
            "USUBJID": "ABC-301-014-0032",
            "SUBJID": "0032",
            "SITEID": "014",
            "AGE": "67",
            "AGEU": "YEARS",
            "SEX": "F",
            "RACE": "WHITE",
            "ARMCD": "RZB180",
            "ARM": "Risankizumab 180 mg SC",
            "COUNTRY": "USA",
        },
        {("USUBJID", "OTHER_ID|MRN"), ("ARM", "HEALTH")},
        {
            ("STUDYID", "*"),
            ("DOMAIN", "*"),
            ("SITEID", "*"),
            ("AGE", "*"),
            ("ARMCD", "*"),
            ("COUNTRY", "*"),
        },
        True,
    ),
    (
        "SDTM AE row of a coded dataset (CSV): an adverse event with study days",
        {
            "USUBJID": "ABC-301-014-0032",
            "AESEQ": "3",
            "AETERM": "worsening of ulcerative colitis",
            "AEDECOD": "Colitis ulcerative",
            "AESEV": "MODERATE",
            "AESER": "N",
            "AESTDY": "43",
            "AEENDY": "58",
            "AEREL": "NOT RELATED",
        },
        {
            ("USUBJID", "OTHER_ID|MRN"),
            ("AETERM", "HEALTH"),
            ("AEDECOD", "HEALTH"),
        },
        {
            ("AESEQ", "*"),
            ("AESER", "*"),
            ("AESTDY", "*"),
            ("AEENDY", "*"),
            ("AEREL", "*"),
        },
        True,
    ),
    (
        "Efficacy summary table row (clean): HbA1c change by treatment",
        {
            "Parameter": "HbA1c change from baseline (%)",
            "Treatment": "Placebo",
            "Visit": "Week 26",
            "N": "212",
            "Mean": "-0.31",
            "SD": "0.92",
            "95% CI": "(-0.43, -0.19)",
            "p-value": "<0.001",
        },
        set(),
        {
            ("Treatment", "*"),
            ("Visit", "*"),
            ("N", "*"),
            ("Mean", "*"),
            ("SD", "*"),
            ("95% CI", "*"),
            ("p-value", "*"),
        },
        False,
    ),
    (
        "ClinicalTrials.gov studies.csv row (clean): a recruiting phase 3 listing",
        {
            "NCT Number": "NCT05512345",
            "Study Title": "Efficacy of Semaglutide in Adults With Obesity and Knee Osteoarthritis",
            "Study URL": "https://clinicaltrials.gov/study/NCT05512345",
            "Acronym": "STEP-KNEE",
            "Study Status": "RECRUITING",
            "Conditions": "Obesity|Knee Osteoarthritis",
            "Interventions": "DRUG: Semaglutide|DRUG: Placebo",
            "Sponsor": "Novo Nordisk A/S",
            "Sex": "ALL",
            "Age": "ADULT, OLDER_ADULT",
            "Phases": "PHASE3",
            "Enrollment": "400",
            "Other IDs": "NN9536-4915",
            "Start Date": "2023-09-14",
            "Primary Completion Date": "2025-06",
            "First Posted": "2023-08-22",
            "Locations": "Carolina Research Center, Durham, North Carolina, 27713, United States",
        },
        set(),
        {
            ("NCT Number", "*"),
            ("Study URL", "*"),
            ("Acronym", "*"),
            ("Sponsor", "*"),
            ("Enrollment", "*"),
            ("Other IDs", "*"),
            ("Start Date", "*"),
            ("Primary Completion Date", "*"),
            ("First Posted", "*"),
            ("Locations", "LOCATION"),
            ("Locations", "ZIP_CODE"),
            ("Locations", "NAME"),
        },
        False,
    ),
    (
        "ClinicalTrials.gov API v2 study (clean JSON): a site's city, ZIP and coordinates",
        {
            "protocolSection": {
                "identificationModule": {
                    "nctId": "NCT04437511",
                    "orgStudyIdInfo": {"id": "AD-2020-07"},
                    "briefTitle": "Study of Lecanemab in Early Alzheimer's Disease",
                },
                "statusModule": {
                    "overallStatus": "COMPLETED",
                    "startDateStruct": {"date": "2020-08-03", "type": "ACTUAL"},
                },
                "conditionsModule": {"conditions": ["Alzheimer Disease"]},
                "contactsLocationsModule": {
                    "locations": [
                        {
                            "facility": "Memory Clinic of Chicago",
                            "city": "Chicago",
                            "state": "Illinois",
                            "zip": "60611",
                            "country": "United States",
                            "geoPoint": {"lat": 41.89, "lon": -87.62},
                        }
                    ]
                },
            }
        },
        set(),
        {
            ("protocolSection.identificationModule.nctId", "*"),
            ("protocolSection.identificationModule.orgStudyIdInfo.id", "*"),
            ("protocolSection.statusModule.startDateStruct.date", "*"),
            ("protocolSection.contactsLocationsModule.locations[0].facility", "*"),
            ("protocolSection.contactsLocationsModule.locations[0].city", "*"),
            ("protocolSection.contactsLocationsModule.locations[0].zip", "*"),
            ("protocolSection.contactsLocationsModule.locations[0].geoPoint.lat", "*"),
            ("protocolSection.contactsLocationsModule.locations[0].geoPoint.lon", "*"),
        },
        False,
    ),
    (
        "ClinicalTrials.gov API v2 central contact (clean JSON): the study's line and mailbox",
        {
            "protocolSection": {
                "identificationModule": {
                    "nctId": "NCT05512345",
                    "briefTitle": "Semaglutide for Knee Osteoarthritis Pain in Obesity",
                },
                "contactsLocationsModule": {
                    "centralContacts": [
                        {
                            "name": "Study Coordinator",
                            "role": "CONTACT",
                            "phone": "919-555-0100",
                            "email": "kneestudy@carolinaresearch.org",
                        }
                    ]
                },
            }
        },
        set(),
        {
            ("protocolSection.identificationModule.nctId", "*"),
            ("protocolSection.contactsLocationsModule.centralContacts[0].name", "*"),
            ("protocolSection.contactsLocationsModule.centralContacts[0].role", "*"),
            ("protocolSection.contactsLocationsModule.centralContacts[0].phone", "PHONE"),
            ("protocolSection.contactsLocationsModule.centralContacts[0].email", "EMAIL"),
        },
        False,
    ),
    (
        "Physician referral to a trial (web form JSON): patient, MRN, indication, NPI",
        {
            "referral_id": "REF-22817",
            "referring_provider": {"name": "Dr. Helen Park", "npi": "1548302268"},
            "patient": {
                "name": "Victor Alvarez",
                "dob": "11/30/1952",
                "phone": "(312) 555-0181",
                "mrn": "E2218834",
            },
            "indication": "Stage III non-small cell lung cancer, EGFR negative",
            "trial": "LUNG-MAP S1400",
            "notes": "Pt interested, prefers afternoon calls",
        },
        {
            ("referring_provider.name", "NAME"),
            ("referring_provider.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("patient.mrn", "MRN"),
            ("indication", "HEALTH"),
        },
        {("notes", "*")},
        True,
    ),
    (
        "Site recruitment database row (CRIO-like CSV): a volunteer and her indications",
        {
            "Patient ID": "RT-118204",
            "First": "Shirley",
            "Last": "Jackson",
            "DOB": "1941-02-09",
            "Age": "83",
            "Cell": "919.555.0139",
            "Email": "shirleyj41@aol.com",
            "Indications": "COPD; Type 2 Diabetes; GERD",
            "Last Contacted": "2024-09-03",
            "Status": "Do Not Call",
            "Source": "Facebook Ad",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("First", "NAME"),
            ("Last", "NAME"),
            ("DOB", "DATE"),
            ("Cell", "PHONE"),
            ("Email", "EMAIL"),
            ("Indications", "HEALTH"),
        },
        {("Age", "*"), ("Status", "*"), ("Source", "*")},
        True,
    ),
    (
        "Recruitment call-centre log (CSV): a caller of 92 about the memory study",
        {
            "caller_name": "Edith Carr",
            "age": "92",
            "callback": "(919) 555-0172",
            "call_notes": "Caller asking about the memory loss study for herself, "
            "husband drives her",
            "disposition": "Scheduled screening visit 10/14 10:30am",
            "call_time": "2024-10-08T13:02:55Z",
            "agent": "jsmith",
        },
        {
            ("caller_name", "NAME"),
            ("age", "AGE_OVER_89"),
            ("callback", "PHONE"),
            ("call_notes", "HEALTH"),
            ("disposition", "DATE"),
        },
        {("agent", "*")},
        True,
    ),
    (
        "Recruitment campaign report (clean): prescreens and referrals per ad set",
        {
            "Campaign": "UC_Ph3_Recruitment_Meta",
            "Ad Set": "Adults 18-75 Ulcerative Colitis Interest",
            "Date": "2024-09-01",
            "Impressions": "48210",
            "Clicks": "912",
            "Prescreens Started": "188",
            "Prescreens Completed": "141",
            "Eligible": "37",
            "Referred to Site": "29",
            "CPL": "$41.20",
        },
        set(),
        {
            ("Date", "*"),
            ("Impressions", "*"),
            ("Clicks", "*"),
            ("Eligible", "*"),
            ("Referred to Site", "*"),
            ("CPL", "*"),
        },
        False,
    ),
    (
        "Recruitment vendor referral webhook (JSON): candidate and NASH screener answers",
        {
            "referral": {
                "id": "9b2f4c1e-6a7d-4e3b-8c5a-1d2e3f4a5b6c",
                "created_at": "2024-08-14T10:22:31Z",
                "status": "new",
                "site_id": "US-027",
                "protocol_number": "NASH-302",
            },
            "candidate": {
                "first_name": "Kevin",
                "last_name": "Marsh",
                "email": "kmarsh.nc@gmail.com",
                "mobile": "+19845550121",
                "postal_code": "27603",
                "date_of_birth": "1971-12-02",
            },
            "screener": [
                {
                    "question": "Have you been told by a doctor that you have fatty liver "
                    "disease or NASH?",
                    "answer": "Yes",
                },
                {"question": "What is your current weight in pounds?", "answer": "232"},
                {"question": "Do you drink more than 2 alcoholic drinks per day?", "answer": "No"},
            ],
        },
        {
            ("referral.id", "OTHER_ID|ONLINE_ID"),
            ("candidate.first_name", "NAME"),
            ("candidate.last_name", "NAME"),
            ("candidate.email", "EMAIL"),
            ("candidate.mobile", "PHONE"),
            ("candidate.postal_code", "ZIP_CODE"),
            ("candidate.date_of_birth", "DATE"),
            ("screener[0].question", "HEALTH"),
        },
        {
            ("referral.status", "*"),
            ("referral.site_id", "*"),
            ("referral.protocol_number", "*"),
            ("screener[1].answer", "*"),
        },
        True,
    ),
    (
        "Research registry sign-up (JSON): a volunteer with no condition named",
        {
            "email": "t.okoye@gmail.com",
            "first_name": "Tobi",
            "zip": "27705",
            "interests": "Any study",
            "signup_source": "research_registry_footer",
            "consent_to_contact": True,
            "created": "2024-07-21T08:45:10Z",
        },
        {("email", "EMAIL"), ("first_name", "NAME"), ("zip", "ZIP_CODE")},
        {
            ("interests", "*"),
            ("signup_source", "*"),
            ("consent_to_contact", "*"),
        },
        False,
    ),
    (
        "Site staff GCP training roster (CSV): a coordinator, no health",
        {
            "Name": "Priya Natarajan",
            "Role": "Clinical Research Coordinator",
            "Email": "pnatarajan@carolinaresearch.org",
            "GCP Completion": "2023-02-14",
            "CITI ID": "10293847",
            "Site": "014",
        },
        {("Name", "NAME"), ("Email", "EMAIL")},
        {("Role", "*"), ("Site", "*")},
        False,
    ),
    (
        "Study visit reminder SMS (Twilio-like log): name, visit date, migraine study",
        {
            "message_sid": "SM1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d",
            "to": "+19195550188",
            "from": "+19195550100",
            "body": "Hi Olivia, reminder of your Migraine Study Visit 3 on Tue 6/18 at "
            "9:00 AM at NeuroTrials Raleigh. Reply C to confirm.",
            "status": "delivered",
            "date_sent": "2024-06-17T14:00:02Z",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "DATE"), ("body", "HEALTH")},
        {("message_sid", "*"), ("status", "*")},
        True,
    ),
    (
        "Screening and enrolment log (CSV): a coded screen failure, kidney disease",
        {
            "Screening #": "SCR-014-0041",
            "Date Screened": "2024-05-06",
            "Age": "54",
            "Sex": "M",
            "Eligible": "N",
            "Screen Fail Reason": "Exclusion 7: eGFR < 30 mL/min (chronic kidney disease stage 4)",
            "Enrolled": "N",
        },
        {
            ("Screening #", "OTHER_ID|MRN"),
            ("Date Screened", "DATE"),
            ("Screen Fail Reason", "HEALTH"),
        },
        {("Age", "*"), ("Sex", "*"), ("Eligible", "*"), ("Enrolled", "*")},
        True,
    ),
    (
        "Schedule of assessments row (clean): a protocol visit and its procedures",
        {
            "Visit": "Week 4",
            "Day": "29",
            "Window (days)": "±3",
            "Procedures": "Vital signs; ECG; CBC; CMP; HbA1c; PK sample",
            "Fasting Required": "Yes",
        },
        set(),
        {("Visit", "*"), ("Day", "*"), ("Window (days)", "*"), ("Fasting Required", "*")},
        False,
    ),
    (
        "IRB tracking row (clean): protocol, IRB number, approval and amendment dates",
        {
            "Protocol #": "ABC-301",
            "IRB #": "Pro00071234",
            "IRB": "Advarra",
            "Approval Date": "2023-10-12",
            "Expiration Date": "2024-10-11",
            "Amendment": "Amendment 3 (v4.0, 2024-02-01)",
            "Status": "Active",
            "Sponsor": "Abcor Therapeutics",
            "Indication": "Ulcerative Colitis",
        },
        set(),
        {
            ("Protocol #", "*"),
            ("IRB #", "*"),
            ("IRB", "*"),
            ("Approval Date", "*"),
            ("Expiration Date", "*"),
            ("Amendment", "*"),
            ("Sponsor", "*"),
        },
        False,
    ),
    (
        "Study reimbursement by ACH (JSON): payee, bank account, COPD study memo",
        {
            "payee": {
                "name": "Teresa Wong",
                "ssn_last4": "4417",
                "address": {
                    "street": "415 Oberlin Rd",
                    "city": "Raleigh",
                    "state": "NC",
                    "zip": "27605",
                },
            },
            "bank": {"routing_number": "021000021", "account_number": "4400187362"},
            "memo": "Study visit reimbursement - COPD Exacerbation Study V2",
            "amount": 50.00,
            "paid_on": "2024-07-19",
        },
        {
            ("payee.name", "NAME"),
            ("payee.address.street", "LOCATION"),
            ("payee.address.zip", "ZIP_CODE"),
            ("bank.account_number", "ACCOUNT_NUMBER"),
            ("memo", "HEALTH"),
        },
        {("bank.routing_number", "*"), ("amount", "*")},
        True,
    ),
    (
        "Trial landing page GA4 event (JSON): a pre-screener submit with a client id",
        {
            "event_name": "prescreener_submit",
            "user_pseudo_id": "1781234567.1712345678",
            "event_timestamp": "1727712000123456",
            "page_location": "https://www.joinucstudy.com/prescreen?utm_source=google"
            "&utm_campaign=uc_trial",
            "page_title": "Ulcerative Colitis Clinical Trial - See if you qualify",
            "geo": {"country": "United States", "region": "North Carolina"},
        },
        {("user_pseudo_id", "ONLINE_ID"), ("page_title", "HEALTH")},
        {("event_timestamp", "*"), ("event_name", "*"), ("geo.region", "*")},
        True,
    ),
    (
        "Site feasibility survey (clean): patient volumes and competing studies",
        {
            "Site": "Carolina Clinical Research",
            "Therapeutic Area": "Gastroenterology",
            "UC patients seen per month": "120",
            "Competing studies": "2",
            "Years of IBD trial experience": "11",
            "Survey Submitted": "2023-06-01",
        },
        set(),
        {
            ("Site", "*"),
            ("UC patients seen per month", "*"),
            ("Competing studies", "*"),
            ("Survey Submitted", "*"),
        },
        False,
    ),
    (
        "REDCap repeating instrument (raw CSV): an adverse event instance",
        {
            "record_id": "1042",
            "redcap_event_name": "week_12_arm_1",
            "redcap_repeat_instrument": "adverse_events",
            "redcap_repeat_instance": "2",
            "ae_term": "Severe nausea and vomiting",
            "ae_start": "2024-06-02",
            "ae_serious": "0",
            "ae_related": "2",
            "adverse_events_complete": "2",
        },
        {
            ("record_id", "OTHER_ID|MRN"),
            ("ae_term", "HEALTH"),
            ("ae_start", "DATE"),
        },
        {
            ("redcap_event_name", "*"),
            ("redcap_repeat_instrument", "*"),
            ("redcap_repeat_instance", "*"),
            ("ae_serious", "*"),
            ("adverse_events_complete", "*"),
        },
        True,
    ),
    (
        "REDCap survey participant list (CSV): email, access code, no health",
        {
            "Email": "olivia.grant84@gmail.com",
            "Phone": "(919) 555-0188",
            "Participant Identifier": "",
            "Record": "2051",
            "Invitation Scheduled?": "No",
            "Invitation Sent?": "Yes",
            "Responded?": "Yes",
            "Survey Access Code": "KX7M2PQ4R",
            "Survey Link": "https://redcap.example.edu/surveys/?s=KX7M2PQ4RH",
        },
        {
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Survey Access Code", "ONLINE_ID|OTHER_ID"),
        },
        {("Invitation Sent?", "*"), ("Responded?", "*")},
        False,
    ),
]

#: The project's decisions applied on top of the blind rows (``with_decisions``): row name
#: -> ``(expected added, expected dropped, must-not dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Recruitment vendor referral webhook (JSON): candidate and NASH screener answers": (
        set(),
        {("referral.id", "OTHER_ID|ONLINE_ID")},
        set(),
        "a referral's id names the referral, one document of a person who may have many, as "
        "an intake's or an order's id does (tests/test_device_resupply.py forbids "
        "``intake_id``); only a lead's id is read as the person's record id. The blind row "
        "asked for it as a lead's; the candidate is identified by the rest of the row",
    ),
    "Study reimbursement by ACH (JSON): payee, bank account, COPD study memo": (
        set(),
        set(),
        {("bank.routing_number", "*")},
        "a number under a ``routing_number`` key is reported as ACCOUNT_NUMBER "
        "(tests/test_field_names.py, tests/test_financial.py): the bank's code, but beside "
        "the account number it completes, and redacting it costs nothing. The blind "
        "must-not was stricter than the project",
    ),
}


#: Rows the detectors do not read right, with the open pairs and the reason.
_OPEN: dict[str, tuple[set, str]] = {
    "ResearchMatch-like volunteer lead (JSON): study, contact, self-reported conditions": (
        {("volunteer_id", "OTHER_ID|ONLINE_ID")},
        "a volunteer is the covered entity's workforce by HIPAA's own definition (45 CFR "
        "160.103), as the community-events probe decided (field_names' STAFF_WORDS: a health "
        "fair's ``volunteer_name``); a research registry calls its participants volunteers "
        "too, and the key alone cannot tell them apart (the row is PHI by its contact fields)",
    ),
    "REDCap e-Consent record (CSV): participant name, consent date and version": (
        {("consent_date", "DATE")},
        "``consent date`` is a consent banner's or a TCPA receipt's stamp in OneTrust, "
        "Cookiebot and lead exports (field_names' SYSTEM_RULES), and a REDCap e-Consent "
        "form's own field name is the same; nothing in the key says it is an informed "
        "consent's (the row is PHI by its name and study)",
    ),
    "eDiary entry (eCOA JSON): a daily headache diary with rescue medication": (
        {("subject", "OTHER_ID|MRN")},
        "a bare ``subject`` is an email's or a ticket's subject line everywhere else (free "
        "text); an eCOA export's coded subject under it cannot be told by its key (the row "
        "is PHI by its entry date and its rescue medication)",
    ),
    "Stipend payment batch summary (clean): a site's batch, count and total": (
        {("Funded Date", "DATE")},
        "a batch's ``Funded Date`` beside a count and a total names no person, but the same "
        "column in a patient-financing export is when that patient's loan funded; the row "
        "has no study code (protocol, IRB or NCT number) for chunk_profiles' study records, "
        "and a bare ``Study`` and ``Site`` also head a coded subject's rows",
    ),
    "ClinicalTrials.gov API v2 central contact (clean JSON): the study's line and mailbox": (
        {("protocolSection.contactsLocationsModule.centralContacts[0].email", "EMAIL")},
        "an address is reported wherever it stands unless it is a role mailbox (``info@``, "
        "``support@``) on a message's party card; a study's own mailbox has no role word, "
        "and the email family reads no export shape (chunk_profiles' registry listing makes "
        "its other fields the study's). Held out: seen at the end; the listing is a PHI "
        "record by that address and its conditions",
    ),
    "Study reimbursement by ACH (JSON): payee, bank account, COPD study memo": (
        {("payee.name", "NAME")},
        "a ``payee`` is a vendor in accounts-payable and EOB exports as often as a person, "
        "so it is no person's parent (field_names' PERSON_PARENTS); a stipend's payee is the "
        "participant, which only the record's kind says (held out: seen at the end; the row "
        "is PHI by its address, bank account and memo)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_clinical_research_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on research and recruitment exports fails here. Before the work, blind: SHAPES 13
#: misses / 16 false / 17 wrong of 30, HELD_OUT 6 / 4 / 6 of 10.
FLOORS = ShapeTotals(expected=125, misses=4, false=2, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
