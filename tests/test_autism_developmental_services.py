"""Autism, ABA therapy and early intervention services' exports.

A blind probe, written by hand before reading the detectors: what an applied behaviour
analysis (ABA) practice's, an early intervention (IDEA Part C) programme's and a school
district's special-education office's tools export. Practice-management exports
(CentralReach-, Catalyst- and Rethink-like: client lists with the guardian, diagnosis
``F84.0``, payer and insured id; authorisations with units per CPT ``97151``-``97158``;
session data sheets with targets, trial-by-trial data and target behaviours' frequency;
session notes; BCBA supervision logs; billing lines; treatment plans with medical
necessity), Part C referrals, IFSP records, service logs and developmental evaluation
scores (BDI-3, percent delay, eligibility category), a school's IEP meeting notice and
progress report, diagnostic evaluation bookings (ADOS-2), M-CHAT-R referrals, a clinic
website's intake and waitlist forms ("my son is 3 and non-verbal") and GA4 events,
reminder texts, parent-portal messages, parent-training sign-ins, payer authorisation
letters, verification of benefits, parent surveys. With the clean rows around them:
skill-acquisition goal templates and curriculum catalogs without a client, mastery
criteria, programme and target ids, CPT fee schedules, payers' medical-necessity tables,
staff credential rosters (RBT, BCaBA, BCBA and their BACB certification numbers), clinic
site directories, caseload and Part C county reports, payroll rows and job postings.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Autism and developmental delay are health**: ``F84.0``, "Autism spectrum disorder",
  "ASD Level 2", "global developmental delay", "speech delay", "non-verbal", and a Part C
  or IDEA eligibility category that names a condition ("Established condition: Down
  syndrome", "Autism", "Speech or Language Impairment") are HEALTH. An eligibility
  category that names none ("Developmental delay: 25% in 2 domains" names one; "Informed
  clinical opinion" does not) is neither expected nor forbidden.
- **ABA therapy itself is health care**: a CPT code ``97151``-``97158`` in a field named for
  it or on a client's authorisation, claim or session, the words "ABA", "applied behavior
  analysis", "parent training" of a client's plan, speech, occupational and
  developmental therapy under Part C, and a diagnostic evaluation (ADOS-2, M-CHAT-R) are
  HEALTH. The same codes in a fee schedule or a payer's policy table may be found as
  health words but name nobody: not PHI, and never identifiers.
- **A target behaviour is health context, a skill programme is not.** A problem behaviour
  recorded for a named client (self-injurious behaviour, aggression, elopement, pica) is
  a symptom of the client's condition: HEALTH. A skill-acquisition programme or target
  ("Manding for preferred items", "Receptive ID - body parts", "Tacting common
  objects"), its trial data (``+``, ``-``, ``P``) and percent correct are teaching data:
  neither expected nor forbidden as health, never identifiers. A record that names a
  client and only skill programmes is identified but not PHI.
- **Mastery criteria ("80% across 3 consecutive sessions"), programme, target,
  curriculum (VB-MAPP milestone) and template ids, site codes, units, hours and
  percentages are never findings.**
- **A BCBA's BACB certification number is the practitioner's trade credential, not an
  identifier to report in a staff roster or credential lookup** (as the interpreting
  probe decided for CCHI and NBCMI numbers and the underwriting probe for an agent's NPN
  in a producer roster): forbidden there. On a client's supervision log it is left
  unscored (the project reports a clinician's licence elsewhere). Staff credentials
  (``RBT``, ``BCaBA``, ``BCBA-D``) are never findings.
- **Clinicians are reported as the project reports them**: a supervising BCBA, a
  diagnosing psychologist, an EI therapist (SLP, OT, PT) and a treatment plan's author
  named in a client's record are NAME. A Registered Behavior Technician on a session and
  a Part C service coordinator (who acts for the agency, as an adjuster acts for the
  carrier) are left unscored. A staff roster's and a payroll row's employee names are
  NAME (identified, not PHI).
- **The child is a person and the guardian's contact details identify the child's
  record** (the pediatric and student-health probes): a parent's name, phone and email on
  the child's record, referral or waitlist entry are NAME / PHONE / EMAIL. A child's age
  in years ("3") is never a finding; a relationship word (``Mother``) is no finding.
- **Ids**: a practice-management client id, an EI child id, a school's student id and an
  intake record id are the person's record id (``OTHER_ID|MRN``); a Medicaid or plan
  insured id is HEALTH_PLAN_ID. A payer's authorisation number, a claim's or a referral's
  own id are left unscored (the rehab and claims probes' prior-auth decision) unless the
  row says otherwise; session, appointment, programme, target, site, template and
  timesheet ids are no findings. A GA4 ``user_pseudo_id`` is ONLINE_ID.
- **A person's dates are DATE**: birth, a session's date of service, an IFSP's initial
  and annual review dates (a meeting about the child's plan of care, as a plan of care's
  certification dates are), an IEP meeting date, an evaluation, an intake, a referral's
  date, a screening, a diagnosis month written as a date, a date added to a waitlist, a
  skill's mastery date. The practice's and the system's are not: a letter's date, a
  report's month, a fee schedule's effective date, a submission timestamp, a pay period,
  a job posting's date. An authorisation's start and end are left unscored (the rehab
  probe). Clock times alone (``9:00 AM``) are never findings.
- **The practice's, the agency's and the school's places and lines are not a person's**: a
  clinic site's address and phone in a directory row, a reminder's sender number, a
  school's name, a county in an aggregate report. A child's home address, city and ZIP are
  LOCATION / ZIP_CODE. A payer's name and a group number are plan-level: no finding.
- **Aggregates name nobody**: caseload counts, referrals and percentages by county or
  site, average hours authorised.
- **A job posting's health words are the employer's** (the workforce probe): an RBT
  opening at an autism centre is not PHI and its place and date are no one's.

After reading the detectors no blind expectation was changed; five were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a BCBA is a
clinician, whose certificate number is reported as a licence is (only an insurance
producer's and an interpreter's rosters read theirs as the trade's); a county stays found
in an aggregate report; a job posting's description keeps its health words; and a
waitlist's ``Date Added`` is the list's bookkeeping (``added``, the direct-mail probe's
word). What the work built, each with its unit test: a ``Service Code`` or ``Service``
holding one CPT or HCPCS code beside a date of service, units or a modifier read as a
billed service (detectors/clinical_codes.py; it closed the behavioural-health probe's open
``Service Code`` row too); a practice's top-level ``Client ID`` beside the client's name
parts, a bare ``Client`` column or birth date as the client's record id, OTHER_ID, not an
analytics client id (detectors/chunk_profiles.py; Auth0's ``client_id`` beside
``client_name`` and a nested ``client`` stay as they were); a ``BCBA`` or ``Behavior
Analyst`` column as a clinician's name (detectors/field_names.py); behaviour analysts',
speech-language pathologists', occupational therapists' and counsellors' credentials
after a name (``BCBA``, ``CCC-SLP`` after ``M.S.``, ``OTR/L``, ``LCSW``, ``PsyD``:
detectors/keyed_names.py); ``care-team@`` as a role mailbox (detectors/senders.py); and 27
vocabulary terms (CPT 97151-97158's descriptors, ``ABA session``, ``comprehensive ABA``,
self-injurious behaviour, physical aggression, speech or language impairment, the BDI-3,
Bayley, Vineland and ADOS-2 instruments, speech-language therapy, eye contact and lining
up toys as intake forms word them; bare "ABA", "aggression" and "elopement" stay out).
Ten records are left open (:data:`LEFT_ALONE`), each with its reason: "Direct ABA
(97153)", a bare IEP ``Meeting Date``, Gravity Forms' numbered fields, a bare ``Name`` in
a certificant lookup, and from HELD_OUT a supervision log's ``Service Code`` beside
``Minutes``, unlabelled CPT codes in ``approved_services``, an eligibility check's
``Checked On``, a nested ``client.id``.

Figures (misses / false findings / records wrong), NER off: SHAPES (31 records, 100
pairs), blind 19 / 5 / 15; after the work 6 / 4 / 7 as written, 6 / 0 / 4 with the
decisions (all in LEFT_ALONE). HELD_OUT (10 records, 57 pairs), blind before any work
11 / 1 / 8; scored once after the work on SHAPES: 11 / 1 / 8 (none of the SHAPES rules
reached it); after rules that generalise (clinicians' credentials after a name; the
developmental and diagnostic instruments, speech-language therapy, the ABA tiers and the
eye-contact wording in the vocabulary) 4 / 1 / 5 as written, 3 / 1 / 4 with the decision
on ``Date Added`` (all in LEFT_ALONE).
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
        "CentralReach-like client list (CSV): client, guardian, diagnosis, payer",
        {
            "Client ID": "CR-1048827",
            "Client First Name": "Mateo",
            "Client Last Name": "Alvarez",
            "Date of Birth": "02/14/2020",
            "Guardian Name": "Daniela Alvarez",
            "Guardian Phone": "(972) 555-0143",
            "Guardian Email": "dani.alvarez88@gmail.com",
            "Primary Diagnosis": "F84.0 Autism spectrum disorder",
            "Payor": "Texas Medicaid - Superior HealthPlan",
            "Insured ID": "718204993",
            "Location": "PLN-01",
            "Status": "Active",
        },
        {
            ("Client ID", "OTHER_ID|MRN"),
            ("Client First Name", "NAME"),
            ("Client Last Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Guardian Name", "NAME"),
            ("Guardian Phone", "PHONE"),
            ("Guardian Email", "EMAIL"),
            ("Primary Diagnosis", "HEALTH"),
            ("Insured ID", "HEALTH_PLAN_ID"),
        },
        {("Payor", ANY_ID), ("Location", "*"), ("Status", "*")},
        True,
    ),
    (
        "CentralReach-like authorization export: units per CPT for one client",
        {
            "Client": "Alvarez, Mateo",
            "Client ID": "CR-1048827",
            "Payor": "Superior HealthPlan",
            "Member ID": "718204993",
            "Authorization #": "PA-24-0918-33172",
            "Service Code": "97153",
            "Service Description": "Adaptive behavior treatment by protocol",
            "Units Approved": "1040",
            "Units Used": "612",
            "Units Remaining": "428",
            "Start Date": "09/01/2024",
            "End Date": "02/28/2025",
        },
        {
            ("Client", "NAME"),
            ("Client ID", "OTHER_ID|MRN"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Service Code", "HEALTH"),
            ("Service Description", "HEALTH"),
        },
        {
            ("Payor", ANY_ID),
            ("Units Approved", "*"),
            ("Units Used", "*"),
            ("Units Remaining", "*"),
        },
        True,
    ),
    (
        "Catalyst-like session data sheet (JSON): skill targets and a target behaviour",
        {
            "sessionId": "ses_7f3a2c91",
            "student": {"id": "STU-20481", "firstName": "Owen", "lastName": "Kessler"},
            "sessionDate": "2024-10-08",
            "startTime": "09:00",
            "endTime": "12:00",
            "sessionType": "Direct ABA (97153)",
            "programs": [
                {
                    "programId": "PRG-118",
                    "name": "Manding for preferred items",
                    "targets": [{"targetId": "TGT-5521", "name": "ball", "trials": "+,+,-,P,+"}],
                    "percentCorrect": 60,
                }
            ],
            "behaviors": [
                {
                    "behaviorId": "BEH-07",
                    "name": "Self-injurious behavior (head hitting)",
                    "method": "frequency",
                    "count": 12,
                }
            ],
        },
        {
            ("student.id", "OTHER_ID|MRN"),
            ("student.firstName", "NAME"),
            ("student.lastName", "NAME"),
            ("sessionDate", "DATE"),
            ("sessionType", "HEALTH"),
            ("behaviors[0].name", "HEALTH"),
        },
        {
            ("sessionId", "*"),
            ("startTime", "*"),
            ("endTime", "*"),
            ("programs[0].programId", "*"),
            ("programs[0].targets[0].targetId", "*"),
            ("programs[0].targets[0].trials", "*"),
            ("programs[0].percentCorrect", "*"),
            ("behaviors[0].behaviorId", "*"),
            ("behaviors[0].count", "*"),
        },
        True,
    ),
    (
        "BCBA supervision log (CSV): supervisor, RBT, client, CPT 97155",
        {
            "Supervision Date": "10/09/2024",
            "Supervisor": "Rachel Feinberg, BCBA",
            "BACB Cert #": "1-16-22874",
            "RBT": "Jordan Pike, RBT",
            "Client": "Owen Kessler",
            "Service Code": "97155",
            "Supervision Type": "Direct - overlap",
            "Minutes": "60",
            "Notes": "Modeled DTT for manding; revised prompt hierarchy. Elopement plan reviewed.",
        },
        {
            ("Supervision Date", "DATE"),
            ("Supervisor", "NAME"),
            ("Client", "NAME"),
            ("Service Code", "HEALTH"),
        },
        {("Minutes", "*"), ("Supervision Type", "*")},
        True,
    ),
    (
        "Skill-acquisition goal template (clean): programme, mastery criterion, ids",
        {
            "template_id": "TMP-0042",
            "domain": "Mand",
            "program_name": "Manding for preferred items",
            "sd": "What do you want?",
            "mastery_criteria": "80% across 3 consecutive sessions",
            "prompt_hierarchy": "Full physical > partial physical > model > gestural > independent",
            "vbmapp_milestone": "Mand 5-M",
            "created_by": "clinical_dept",
            "updated_at": "2024-06-11T15:20:00Z",
        },
        set(),
        {
            ("template_id", "*"),
            ("domain", "*"),
            ("mastery_criteria", "*"),
            ("vbmapp_milestone", "*"),
            ("created_by", "*"),
            ("updated_at", "*"),
        },
        False,
    ),
    (
        "Part C early intervention referral (JSON): child, parent, reason",
        {
            "referralId": "EIR-2024-005512",
            "referralDate": "2024-09-23",
            "child": {
                "firstName": "Amara",
                "lastName": "Okoye",
                "dateOfBirth": "2023-04-02",
                "county": "Travis",
            },
            "parent": {
                "name": "Chinelo Okoye",
                "phone": "512-555-0176",
                "email": "chinelo.okoye@outlook.com",
                "address": "4411 Riverbend Dr, Austin, TX 78745",
            },
            "referralSource": "Pediatrician",
            "reason": "Speech delay; not walking at 17 months",
        },
        {
            ("referralDate", "DATE"),
            ("child.firstName", "NAME"),
            ("child.lastName", "NAME"),
            ("child.dateOfBirth", "DATE"),
            ("parent.name", "NAME"),
            ("parent.phone", "PHONE"),
            ("parent.email", "EMAIL"),
            ("parent.address", "LOCATION"),
            ("reason", "HEALTH"),
        },
        {("referralId", "*"), ("referralSource", "*")},
        True,
    ),
    (
        "IFSP record (Part C data system, CSV): IFSP dates, eligibility, services",
        {
            "EI Child ID": "EI-48-771203",
            "Child Name": "Amara Okoye",
            "DOB": "04/02/2023",
            "Initial IFSP Date": "10/21/2024",
            "Annual IFSP Due": "10/21/2025",
            "Eligibility Category": "Established condition: Down syndrome",
            "Services": "Speech-language therapy 2x/month; Occupational therapy 1x/month",
            "Service Coordinator": "Leticia Gomez",
            "SC Phone": "512-555-0122",
            "Program": "ECI Region 7",
        },
        {
            ("EI Child ID", "OTHER_ID|MRN"),
            ("Child Name", "NAME"),
            ("DOB", "DATE"),
            ("Initial IFSP Date", "DATE"),
            ("Annual IFSP Due", "DATE"),
            ("Eligibility Category", "HEALTH"),
            ("Services", "HEALTH"),
        },
        {("Program", "*")},
        True,
    ),
    (
        "Developmental evaluation scores (BDI-3): domain scores, percent delay, eligibility",
        {
            "child_id": "EI-48-771390",
            "child_name": "Noah Brennan",
            "eval_date": "2024-08-14",
            "instrument": "Battelle Developmental Inventory, Third Edition (BDI-3)",
            "adaptive_dq": 78,
            "social_emotional_dq": 71,
            "communication_dq": 64,
            "motor_dq": 92,
            "cognitive_dq": 85,
            "percent_delay_communication": "36%",
            "eligible": "Yes",
            "eligibility_basis": "Developmental delay: 25% or more in two domains",
            "evaluator": "Hannah Lutz, M.S., CCC-SLP",
        },
        {
            ("child_id", "OTHER_ID|MRN"),
            ("child_name", "NAME"),
            ("eval_date", "DATE"),
            ("instrument", "HEALTH"),
            ("eligibility_basis", "HEALTH"),
            ("evaluator", "NAME"),
        },
        {
            ("adaptive_dq", ANY_ID),
            ("communication_dq", ANY_ID),
            ("motor_dq", ANY_ID),
            ("percent_delay_communication", ANY_ID),
            ("eligible", "*"),
        },
        True,
    ),
    (
        "School IEP meeting notice (mail merge CSV): student, meeting, parent",
        {
            "Student Name": "Elijah Warren",
            "Student ID": "S00418822",
            "Grade": "2",
            "School": "Hillcrest Elementary",
            "Meeting Type": "Annual Review",
            "Meeting Date": "11/05/2024",
            "Meeting Time": "3:15 PM",
            "Primary Disability": "Autism",
            "Secondary Disability": "Speech or Language Impairment",
            "Parent/Guardian": "Tamara Warren",
            "Parent Email": "tamara.warren@icloud.com",
            "Case Manager": "Ms. Rivera",
            "Notice Sent": "10/15/2024",
        },
        {
            ("Student Name", "NAME"),
            ("Student ID", "OTHER_ID"),
            ("Meeting Date", "DATE"),
            ("Primary Disability", "HEALTH"),
            ("Secondary Disability", "HEALTH"),
            ("Parent/Guardian", "NAME"),
            ("Parent Email", "EMAIL"),
        },
        {("Grade", "*"), ("School", "*"), ("Meeting Time", "*"), ("Meeting Type", "*")},
        True,
    ),
    (
        "Clinic website intake form (Gravity Forms-like entry): a parent's message",
        {
            "id": "5813",
            "form_id": "3",
            "date_created": "2024-10-02 18:44:10",
            "1.3": "Kayla",
            "1.6": "Brooks",
            "2": "kbrooks.mom@gmail.com",
            "3": "(469) 555-0188",
            "4": "75024",
            "5": "3",
            "6": "My son is 3 and non-verbal. His pediatrician thinks it could be autism and "
            "we have been waiting 8 months for an evaluation.",
            "7": "Blue Cross Blue Shield of Texas",
            "source_url": "https://brightstepsaba.example.com/get-started/",
        },
        {
            ("1.3", "NAME"),
            ("1.6", "NAME"),
            ("2", "EMAIL"),
            ("3", "PHONE"),
            ("4", "ZIP_CODE"),
            ("6", "HEALTH"),
        },
        {("5", "*"), ("7", ANY_ID), ("date_created", "*"), ("form_id", "*")},
        True,
    ),
    (
        "Parent training sign-in sheet (CSV): caregiver, client, 97156",
        {
            "Date": "10/10/2024",
            "Caregiver Name": "Marcus Hill",
            "Relationship": "Father",
            "Client Name": "Zoe Hill",
            "Service": "Parent Training - Family adaptive behavior treatment guidance (97156)",
            "BCBA": "Priya Natarajan",
            "Start": "5:00 PM",
            "End": "6:00 PM",
            "Signature": "Signed",
        },
        {
            ("Date", "DATE"),
            ("Caregiver Name", "NAME"),
            ("Client Name", "NAME"),
            ("Service", "HEALTH"),
            ("BCBA", "NAME"),
        },
        {("Relationship", "*"), ("Start", "*"), ("End", "*"), ("Signature", "*")},
        True,
    ),
    (
        "Payer authorization letter (merged letter fields): approved ABA hours",
        {
            "letter_date": "September 3, 2024",
            "member_name": "Sofia Delgado",
            "member_id": "ZGP902144871",
            "member_dob": "07/19/2019",
            "provider": "Bright Steps ABA, LLC",
            "auth_number": "UM24-0883112",
            "diagnosis": "F84.0",
            "approved_services": "97153 x 30 hrs/wk; 97155 x 4 hrs/wk; 97156 x 2 hrs/month",
            "auth_period": "09/01/2024 - 02/28/2025",
            "reviewer": "Utilization Management Department",
        },
        {
            ("member_name", "NAME"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("member_dob", "DATE"),
            ("diagnosis", "HEALTH"),
            ("approved_services", "HEALTH"),
        },
        {("letter_date", "*"), ("provider", "*"), ("reviewer", "*")},
        True,
    ),
    (
        "Staff credential roster (clean of health): BACB numbers, credentials, site",
        {
            "Employee Name": "Jordan Pike",
            "Employee ID": "E10442",
            "Credential": "RBT",
            "BACB Certification Number": "RBT-23-118842",
            "Certification Expires": "03/31/2025",
            "Site Code": "PLN-01",
            "Supervising BCBA": "Rachel Feinberg",
            "Supervisor Cert #": "1-16-22874",
        },
        {("Employee Name", "NAME")},
        {
            ("Credential", "*"),
            ("BACB Certification Number", "*"),
            ("Certification Expires", "*"),
            ("Site Code", "*"),
            ("Supervisor Cert #", "*"),
        },
        False,
    ),
    (
        "Aggregate caseload report by site (clean): counts and averages",
        {
            "Site": "PLN-01",
            "Month": "2024-09",
            "Active Clients": "64",
            "BCBAs": "7",
            "RBTs": "41",
            "Avg Authorized Hrs/Wk": "24.6",
            "Avg Delivered Hrs/Wk": "19.8",
            "Waitlist": "38",
            "Caseload per BCBA": "9.1",
        },
        set(),
        {
            ("Site", "*"),
            ("Month", "*"),
            ("Active Clients", "*"),
            ("BCBAs", "*"),
            ("RBTs", "*"),
            ("Avg Authorized Hrs/Wk", "*"),
            ("Waitlist", "*"),
            ("Caseload per BCBA", "*"),
        },
        False,
    ),
    (
        "ABA CPT fee schedule row (clean): code, unit, rate, effective date",
        {
            "CPT": "97153",
            "Description": "Adaptive behavior treatment by protocol, administered by technician",
            "Unit": "15 min",
            "Modifier": "HM",
            "Rate": "$13.45",
            "Payer": "Texas Medicaid",
            "Effective Date": "01/01/2025",
        },
        set(),
        {
            ("CPT", ANY_ID),
            ("Unit", "*"),
            ("Modifier", "*"),
            ("Rate", "*"),
            ("Payer", "*"),
            ("Effective Date", "*"),
        },
        False,
    ),
    (
        "Rethink-like client JSON: nested diagnoses and guardians",
        {
            "client": {
                "id": 448120,
                "firstName": "Ava",
                "lastName": "Sorensen",
                "dateOfBirth": "2018-11-30",
                "diagnoses": [
                    {"code": "F84.0", "description": "Autism spectrum disorder", "primary": True},
                    {"code": "F90.2", "description": "ADHD, combined type", "primary": False},
                ],
            },
            "guardians": [
                {
                    "name": "Erik Sorensen",
                    "relationship": "Father",
                    "phone": "+16125550137",
                    "email": "erik.sorensen@protonmail.com",
                }
            ],
            "locationCode": "MSP-02",
        },
        {
            ("client.id", "OTHER_ID|MRN"),
            ("client.firstName", "NAME"),
            ("client.lastName", "NAME"),
            ("client.dateOfBirth", "DATE"),
            ("client.diagnoses[0].description", "HEALTH"),
            ("client.diagnoses[1].description", "HEALTH"),
            ("guardians[0].name", "NAME"),
            ("guardians[0].phone", "PHONE"),
            ("guardians[0].email", "EMAIL"),
        },
        {("guardians[0].relationship", "*"), ("locationCode", "*")},
        True,
    ),
    (
        "Session note (CentralReach-like note export): free text with behaviours",
        {
            "Client": "Tyler Ashford",
            "DOS": "10/07/2024",
            "Provider": "Morgan Ellis, RBT",
            "Service": "97153",
            "Note": (
                "Tyler engaged in self-injurious behavior (head banging) 12 times and 3 "
                "episodes of elopement during transitions. Mand training: 20 trials, 85% "
                "independent. Caregiver reported poor sleep last night."
            ),
            "Signed": "Y",
        },
        {
            ("Client", "NAME"),
            ("DOS", "DATE"),
            ("Service", "HEALTH"),
            ("Note", "HEALTH"),
        },
        {("Signed", "*")},
        True,
    ),
    (
        "Catalyst-like behaviour frequency export (CSV): a target behaviour by day",
        {
            "Student": "Ashford, Tyler",
            "Student ID": "STU-20517",
            "Date": "2024-10-08",
            "Target Behavior": "Physical aggression",
            "Definition": "Any instance of hitting, kicking or biting another person",
            "Measurement": "Frequency",
            "Count": "7",
            "Baseline Avg": "11.2",
        },
        {
            ("Student", "NAME"),
            ("Student ID", "OTHER_ID|MRN"),
            ("Date", "DATE"),
            ("Target Behavior", "HEALTH"),
        },
        {("Measurement", "*"), ("Count", "*"), ("Baseline Avg", "*")},
        True,
    ),
    (
        "Trial-by-trial data without a client (clean): programme and target ids",
        {
            "program_id": "PRG-204",
            "program": "Receptive ID - body parts",
            "target_id": "TGT-8812",
            "target": "nose",
            "trial_1": "+",
            "trial_2": "P",
            "trial_3": "-",
            "pct_correct": "33.3",
            "phase": "Acquisition",
        },
        set(),
        {
            ("program_id", "*"),
            ("target_id", "*"),
            ("trial_1", "*"),
            ("trial_2", "*"),
            ("trial_3", "*"),
            ("pct_correct", "*"),
            ("phase", "*"),
        },
        False,
    ),
    (
        "Intake CRM contact (HubSpot-like properties): parent and child, concerns",
        {
            "hs_object_id": "83011742",
            "firstname": "Brianna",
            "lastname": "Castillo",
            "email": "bcastillo@yahoo.com",
            "phone": "2145550193",
            "child_name": "Diego Castillo",
            "child_dob": "2021-06-09",
            "diagnosis_status": "Awaiting diagnostic evaluation",
            "concerns": "Not talking, lines up toys, no eye contact, meltdowns with changes",
            "lifecyclestage": "lead",
            "createdate": "2024-09-30T14:02:11.000Z",
        },
        {
            ("hs_object_id", "OTHER_ID"),
            ("firstname", "NAME"),
            ("lastname", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("child_name", "NAME"),
            ("child_dob", "DATE"),
            ("concerns", "HEALTH"),
        },
        {("lifecyclestage", "*"), ("createdate", "*")},
        True,
    ),
    (
        "Diagnostic evaluation booking (ADOS-2): child, psychologist, MRN",
        {
            "MRN": "004418273",
            "Patient": "Lucas Meyer",
            "DOB": "05/03/2021",
            "Appointment Date": "11/12/2024",
            "Appointment Time": "8:30 AM",
            "Visit Type": "Autism Diagnostic Evaluation (ADOS-2, Module 1)",
            "Provider": "Dr. Ingrid Halvorsen, PhD",
            "Department": "Developmental Pediatrics",
            "Appt ID": "APT-7781203",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Appointment Date", "DATE"),
            ("Visit Type", "HEALTH"),
            ("Provider", "NAME"),
        },
        {("Appointment Time", "*"), ("Appt ID", "*")},
        True,
    ),
    (
        "Session reminder SMS log (Twilio-like): the clinic's sender, a parent's number",
        {
            "sid": "SM2b7c4e1a9f0d3c5b6a7e8f9d0c1b2a3e",
            "from": "+14695550100",
            "to": "+14695550188",
            "body": "Reminder: Liam's ABA therapy session with Ms. Carter is tomorrow at 9:00 "
            "AM at our Frisco clinic. Reply C to confirm or call (469) 555-0100.",
            "status": "delivered",
            "date_sent": "Mon, 07 Oct 2024 17:00:04 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH")},
        {("sid", "*"), ("status", "*"), ("date_sent", "*")},
        True,
    ),
    (
        "Billing claim line (practice-management billing export): DOS, CPT, units",
        {
            "Claim #": "CLM-2024-118274",
            "Client": "Kessler, Owen",
            "Client DOB": "08/22/2019",
            "Subscriber ID": "W281047736",
            "DOS": "10/08/2024",
            "CPT": "97153",
            "Modifier": "HN",
            "Units": "12",
            "Charge": "$216.00",
            "Dx 1": "F84.0",
            "Rendering Provider": "Rachel Feinberg",
            "Rendering NPI": "1487736521",
        },
        {
            ("Client", "NAME"),
            ("Client DOB", "DATE"),
            ("Subscriber ID", "HEALTH_PLAN_ID"),
            ("DOS", "DATE"),
            ("CPT", "HEALTH"),
            ("Dx 1", "HEALTH"),
            ("Rendering Provider", "NAME"),
        },
        {("Modifier", "*"), ("Units", "*"), ("Charge", "*")},
        True,
    ),
    (
        "Medicaid eligibility check (identified, no health): member active",
        {
            "Member Name": "Sofia Delgado",
            "Medicaid ID": "518827441",
            "DOB": "07/19/2019",
            "Plan": "STAR Kids",
            "Eligibility Status": "Active",
            "Checked On": "2024-10-01T13:05:00Z",
        },
        {("Member Name", "NAME"), ("Medicaid ID", "HEALTH_PLAN_ID"), ("DOB", "DATE")},
        {("Eligibility Status", "*"), ("Checked On", "*")},
        False,
    ),
    (
        "RBT timesheet and payroll row (identified, no health)",
        {
            "Employee Name": "Morgan Ellis",
            "Employee ID": "E10518",
            "Pay Period": "09/29/2024 - 10/12/2024",
            "Direct Hours": "61.5",
            "Indirect Hours": "4.0",
            "Drive Time": "3.25",
            "Mileage": "84",
            "Site": "FRS-03",
        },
        {("Employee Name", "NAME")},
        {
            ("Pay Period", "*"),
            ("Direct Hours", "*"),
            ("Indirect Hours", "*"),
            ("Mileage", "*"),
            ("Site", "*"),
        },
        False,
    ),
    (
        "Part C county report (clean): referrals, eligibility and 45-day timeliness",
        {
            "County": "Travis",
            "Quarter": "2024Q3",
            "Referrals": "412",
            "Evaluated": "361",
            "Eligible": "288",
            "IFSP within 45 days": "91.7%",
            "Children served (ASD)": "57",
        },
        set(),
        {
            ("County", "*"),
            ("Quarter", "*"),
            ("Referrals", "*"),
            ("Evaluated", "*"),
            ("Eligible", "*"),
            ("IFSP within 45 days", "*"),
            ("Children served (ASD)", "*"),
        },
        False,
    ),
    (
        "IEP progress report (JSON): goal, disability category, student number",
        {
            "student": {"name": "Elijah Warren", "studentNumber": "S00418822"},
            "disabilityCategory": "Autism",
            "reportingPeriod": "Q1 2024-25",
            "goals": [
                {
                    "area": "Communication",
                    "goal": "Will request a break using his AAC device in 4 of 5 opportunities",
                    "progress": "Making progress",
                }
            ],
            "relatedServices": ["Speech therapy 60 min/week", "Occupational therapy 30 min/week"],
        },
        {
            ("student.name", "NAME"),
            ("student.studentNumber", "OTHER_ID"),
            ("disabilityCategory", "HEALTH"),
            ("relatedServices[0]", "HEALTH"),
        },
        {("reportingPeriod", "*"), ("goals[0].progress", "*"), ("goals[0].area", "*")},
        True,
    ),
    (
        "Waitlist export (CSV): child, parent email, requested service, date added",
        {
            "Child Name": "Harper Nguyen",
            "Child DOB": "2020-12-01",
            "Parent Email": "linh.nguyen.tx@gmail.com",
            "Parent Phone": "972-555-0161",
            "ZIP": "75093",
            "Requested Service": "Comprehensive ABA (30+ hrs/week)",
            "Diagnosis on File": "Y",
            "Date Added": "2024-03-18",
            "Priority": "2",
        },
        {
            ("Child Name", "NAME"),
            ("Child DOB", "DATE"),
            ("Parent Email", "EMAIL"),
            ("Parent Phone", "PHONE"),
            ("ZIP", "ZIP_CODE"),
            ("Requested Service", "HEALTH"),
            ("Date Added", "DATE"),
        },
        {("Priority", "*")},
        True,
    ),
    (
        "GA4 event on an ABA clinic site: intake form step with the child's concern",
        {
            "event_date": "20241002",
            "event_name": "intake_step_complete",
            "user_pseudo_id": "2088143317.1727890021",
            "event_params": [
                {"key": "form_step", "value": {"int_value": 2}},
                {"key": "child_concern", "value": {"string_value": "speech delay"}},
                {"key": "ga_session_id", "value": {"int_value": 1727890021}},
            ],
            "geo": {"region": "Texas", "city": "Plano"},
        },
        {("user_pseudo_id", "ONLINE_ID"), ("event_params[1].value.string_value", "HEALTH")},
        {
            ("event_date", "*"),
            ("event_params[0].value.int_value", "*"),
            ("event_params[2].value.int_value", "*"),
        },
        True,
    ),
    (
        "Curriculum catalog (clean): VB-MAPP milestones and programme templates",
        {
            "curriculum": "VB-MAPP",
            "level": "1",
            "milestone": "Tact 3-M",
            "skill": "Tacts 2 items when asked 'What is that?'",
            "program_template_id": "VBM-T1-03",
            "default_mastery": "90% over 2 sessions",
        },
        set(),
        {
            ("level", "*"),
            ("milestone", "*"),
            ("program_template_id", "*"),
            ("default_mastery", "*"),
        },
        False,
    ),
    (
        "BACB certificant registry lookup (clean of health): a BCBA's credential",
        {
            "Name": "Priya Natarajan",
            "Certification": "BCBA",
            "Certification Number": "1-19-35512",
            "Status": "Active",
            "City": "Frisco",
            "State": "TX",
            "Next Recertification": "11/30/2025",
        },
        {("Name", "NAME")},
        {("Certification", "*"), ("Certification Number", "*"), ("Status", "*")},
        False,
    ),
    (
        "Treatment plan (JSON): recommended hours, medical necessity, author",
        {
            "planId": "ITP-22871",
            "client": {"id": "CR-1051140", "name": "Harper Nguyen", "dob": "2020-12-01"},
            "assessmentDate": "2024-08-27",
            "assessments": ["VB-MAPP", "Vineland-3"],
            "recommendedHours": 30,
            "medicalNecessity": "Severe deficits in communication and social interaction "
            "consistent with ASD Level 3; frequent self-injury",
            "author": {"name": "Priya Natarajan", "credential": "BCBA"},
        },
        {
            ("client.id", "OTHER_ID|MRN"),
            ("client.name", "NAME"),
            ("client.dob", "DATE"),
            ("assessmentDate", "DATE"),
            ("medicalNecessity", "HEALTH"),
            ("author.name", "NAME"),
        },
        {("planId", "*"), ("recommendedHours", "*"), ("author.credential", "*")},
        True,
    ),
    (
        "Parent portal message (Rethink-like messaging): a seizure, a skipped session",
        {
            "thread_id": "thr_55ab0c",
            "from_email": "erik.sorensen@protonmail.com",
            "to": "care-team@brightstepsaba.example.com",
            "sent_at": "2024-10-09T06:12:44Z",
            "body": "Ava had a seizure last night and was up until 3am, so we will skip "
            "today's session. Her neurologist increased her Keppra.",
        },
        {("from_email", "EMAIL"), ("body", "HEALTH")},
        {("thread_id", "*"), ("to", "*"), ("sent_at", "*")},
        True,
    ),
    (
        "Payer medical-necessity criteria table (health, no identifier)",
        {
            "Policy": "ABA-CP-014",
            "Diagnosis": "F84.0 Autism spectrum disorder",
            "Service": "Applied behavior analysis",
            "Max Hours Per Week": "40",
            "Reassessment": "Every 6 months",
            "Age Limit": "21",
        },
        {("Diagnosis", "HEALTH"), ("Service", "HEALTH")},
        {
            ("Policy", "*"),
            ("Max Hours Per Week", "*"),
            ("Reassessment", "*"),
            ("Age Limit", "*"),
        },
        False,
    ),
    (
        "Skill mastery report (identified, no health): initials and mastered dates",
        {
            "Client Initials": "J.M.",
            "Client ID": "CR-1049931",
            "Program": "Tacting common objects",
            "Target": "cup",
            "Mastered Date": "09/26/2024",
            "Criterion": "80% across 3 consecutive sessions",
            "Sessions to Mastery": "7",
        },
        {("Client Initials", "NAME"), ("Client ID", "OTHER_ID|MRN"), ("Mastered Date", "DATE")},
        {("Criterion", "*"), ("Sessions to Mastery", "*")},
        False,
    ),
    (
        "EI service log (home visit by an SLP): child id, service, visit date",
        {
            "EI Child ID": "EI-48-771203",
            "Visit Date": "10/28/2024",
            "Service": "Speech-language therapy",
            "Provider": "Hannah Lutz, CCC-SLP",
            "Setting": "Home",
            "Minutes": "60",
            "Parent Participated": "Y",
            "Visit Note": "Worked on signing 'more' and 'all done' during snack routine.",
        },
        {
            ("EI Child ID", "OTHER_ID|MRN"),
            ("Visit Date", "DATE"),
            ("Service", "HEALTH"),
            ("Provider", "NAME"),
        },
        {("Setting", "*"), ("Minutes", "*"), ("Parent Participated", "*")},
        True,
    ),
    (
        "Clinic site directory row (clean): a centre's address, phone and hours",
        {
            "site_code": "FRS-03",
            "site_name": "Bright Steps ABA - Frisco",
            "address": "8750 Main St Suite 200",
            "city": "Frisco",
            "zip": "75034",
            "phone": "(469) 555-0100",
            "hours": "Mon-Fri 8:00 AM - 6:00 PM",
        },
        set(),
        {
            ("site_code", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "Verification of benefits (intake VOB form): subscriber, ABA coverage",
        {
            "Subscriber Name": "Brianna Castillo",
            "Subscriber DOB": "03/08/1992",
            "Patient Name": "Diego Castillo",
            "Member ID": "XKD448019255",
            "Group #": "0081127",
            "Payer": "Aetna",
            "Benefit Checked": "Applied Behavior Analysis (CPT 97151-97158)",
            "Autism Mandate": "Yes",
            "Deductible Met": "$850 of $2,000",
            "Rep Ref #": "20241002-44178",
        },
        {
            ("Subscriber Name", "NAME"),
            ("Subscriber DOB", "DATE"),
            ("Patient Name", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Benefit Checked", "HEALTH"),
        },
        {("Group #", "*"), ("Payer", "*"), ("Deductible Met", "*")},
        True,
    ),
    (
        "Parent satisfaction survey response: email and a comment on behaviour",
        {
            "response_id": "R_3kLm9QpX2aB7cD1",
            "recorded_date": "2024-10-05 12:31:09",
            "email": "tamara.warren@icloud.com",
            "nps": "9",
            "comment": "Our son's tantrums and self-injury have gone way down since starting "
            "ABA, and he now uses his talker at school.",
        },
        {("email", "EMAIL"), ("comment", "HEALTH")},
        {("response_id", "*"), ("recorded_date", "*"), ("nps", "*")},
        True,
    ),
    (
        "M-CHAT-R/F referral from a pediatric practice: screen result and date",
        {
            "patient_name": "Lucas Meyer",
            "patient_dob": "2021-05-03",
            "screen": "M-CHAT-R/F",
            "screen_date": "2024-09-30",
            "total_score": 11,
            "risk": "High risk",
            "referred_to": "Developmental Pediatrics",
            "referring_provider": "Dr. Amelia Stone",
        },
        {
            ("patient_name", "NAME"),
            ("patient_dob", "DATE"),
            ("screen", "HEALTH"),
            ("screen_date", "DATE"),
            ("referring_provider", "NAME"),
        },
        {("total_score", ANY_ID), ("risk", ANY_ID)},
        True,
    ),
    (
        "RBT job posting row (clean): an autism centre's opening",
        {
            "job_id": "REQ-1184",
            "title": "Registered Behavior Technician (RBT)",
            "description": "Provide 1:1 ABA therapy to children with autism under the "
            "supervision of a BCBA. Paid RBT certification training.",
            "location": "Frisco, TX",
            "posted": "2024-10-01",
            "pay_range": "$20-$25/hr",
        },
        set(),
        {
            ("job_id", "*"),
            ("description", "HEALTH"),
            ("location", "*"),
            ("posted", "*"),
            ("pay_range", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Staff credential roster (clean of health): BACB numbers, credentials, site": (
        set(),
        set(),
        {("BACB Certification Number", "*"), ("Supervisor Cert #", "*")},
        "a BCBA is a clinician, and the project reports a clinician's licence and "
        "certificate numbers wherever they stand (the eleventh round: a clinician's name, "
        "NPI, DEA and licence are identifiers); only an insurance producer's and an "
        "interpreter's rosters (chunk_profiles) read their credentials as the trade's, "
        "told by an NPN or an interpreter's id beside the languages. The blind must-not was "
        "stricter than the project",
    ),
    "BACB certificant registry lookup (clean of health): a BCBA's credential": (
        set(),
        set(),
        {("Certification Number", "*")},
        "as the staff roster: a clinician's certificate number is reported",
    ),
    "Part C county report (clean): referrals, eligibility and 45-day timeliness": (
        set(),
        set(),
        {("County", "*")},
        "geography stays found in an aggregate report (detectors/aggregate_reports.py: a "
        "ZIP or a city is a report's dimension as often, and is reported); the blind "
        "must-not was stricter than the project",
    ),
    "RBT job posting row (clean): an autism centre's opening": (
        set(),
        set(),
        {("description", "HEALTH")},
        "a job posting's description keeps its health words, which name nobody "
        "(detectors/job_fields.py, the workforce probe); the row is no PHI record, as "
        "written",
    ),
    "Waitlist export (CSV): child, parent email, requested service, date added": (
        set(),
        {("Date Added", "DATE")},
        set(),
        "``added`` says the row's own bookkeeping (detectors/dates.py's off-person words, "
        "from the direct-mail probe: the day a row was added to a list), so a waitlist's "
        "``Date Added`` is left unscored; the blind expectation was stricter than the "
        "project (held out, decided after its blind scoring)",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Catalyst-like session data sheet (JSON): skill targets and a target behaviour": (
        {("sessionType", "HEALTH")},
        '"Direct ABA (97153)": bare "ABA" is a bank routing number and a bar association, '
        "and a CPT code in parentheses with no label and under no code key is five digits "
        "like any other (clinical_codes never reads a bare 5-digit number); the row is PHI "
        "by the student and the self-injurious behaviour",
    ),
    "School IEP meeting notice (mail merge CSV): student, meeting, parent": (
        {("Meeting Date", "DATE")},
        "a bare ``Meeting Date`` is a board's or a committee's (detectors/dates.py: a "
        "tumour board's meeting is no patient's date); an IEP meeting is one student's, "
        "but the key alone cannot tell it, and nothing else in a mail-merge row says the "
        "meeting is about the row's student (the row is PHI by the student and the "
        "disability category)",
    ),
    "Clinic website intake form (Gravity Forms-like entry): a parent's message": (
        {("1.3", "NAME"), ("1.6", "NAME"), ("4", "ZIP_CODE")},
        "Gravity Forms' entry API keys its answers by field number (``1.3`` and ``1.6`` are "
        "its name field's first and last parts), so the key says nothing; without NER a "
        "bare given name and surname and a bare five digits under a number are not "
        "reported (the row is PHI by its email, phone and message)",
    ),
    "BCBA supervision log (CSV): supervisor, RBT, client, CPT 97155": (
        {("Service Code", "HEALTH")},
        "a ``Service Code`` is read as CPT beside a date of service, units or a modifier "
        "(clinical_codes); a supervision log bills by ``Minutes``, and a telephone bill's "
        "service code beside its minutes is five digits too, so minutes do not make a "
        "billed line (held out; the row is identified by the client and the supervisor, "
        "and no health word is left on it, so it is not PHI as scanned)",
    ),
    "Payer authorization letter (merged letter fields): approved ABA hours": (
        {("approved_services", "HEALTH")},
        '"97153 x 30 hrs/wk; ...": CPT codes with no label under a key that names no code '
        "system; a bare 5-digit number is never CPT (held out; the row is PHI by the "
        "member and ``F84.0``)",
    ),
    "Medicaid eligibility check (identified, no health): member active": (
        {("Checked On", "DATE")},
        "an eligibility check's ``Checked On`` is the system's clock, but ``checked`` "
        "cannot be an off-person word: a patient's ``Checked In`` is their visit "
        "(tests/test_urgent_care_checkin.py). Held out; not PHI either way",
    ),
    "Treatment plan (JSON): recommended hours, medical necessity, author": (
        {("client.id", "OTHER_ID|MRN")},
        "a nested ``client`` is software as often as a person, as the behavioural-health "
        "probe left its ``client.id`` (the new ``Client ID`` rule reads top-level columns "
        "only); held out, PHI by the client's name, DOB and medical necessity",
    ),
    "BACB certificant registry lookup (clean of health): a BCBA's credential": (
        {("Name", "NAME")},
        "a bare ``Name`` is read as a person's only beside a person's contact or record id "
        "(detectors/person_records.py), as the student-health probe left its three bare "
        "``Name`` columns; a certificate number is no such id",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_autism_developmental_services_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on autism, ABA and early intervention exports fails here. Before the work, blind:
#: SHAPES 19 misses / 5 false / 15 wrong of 31, HELD_OUT 11 / 1 / 8 of 10.
FLOORS = ShapeTotals(expected=156, misses=9, false=1, wrong=8)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
