"""Contact-centre quality assurance and speech analytics exports in healthcare.

A blind probe, written by hand before reading the detectors: what a health system's, a
payer's and a pharmacy's contact centre QA and analytics tools export. QA evaluations and
scorecards (NICE CXone-, Verint-, Calabrio-, Playvox- and MaestroQA-like: interaction id,
agent, evaluator, form questions "Verified caller identity (name + DOB)?", answers, scores,
evaluator comments that quote the caller), speech-analytics exports (CallMiner-,
Observe.AI-, Tethr- and Amazon Connect Contact Lens-like: categories such as "Cancellation
- Cost" and "Complaint", detected phrases and their offsets, redaction flags and segments,
sentiment, AI summaries), speaker-turn transcript snippets (raw and redacted), ACD and
interaction metadata (Genesys Cloud-, Five9- and Salesforce Voice Call-like: ANI, DNIS,
queue "Oncology Scheduling", skill, hold and talk time, wrap-up codes), callback requests,
workforce-management adherence exports (NICE IEX-like), complaint and grievance logs (a
payer's and a health system's patient relations), post-call CSAT and NPS verbatims,
coaching notes and screen-recording metadata. With the clean rows around them: QA form
definitions, category and phrase libraries, queue and skill configuration, DNIS-to-queue
maps, wrap-up code tables, agent rosters and per-agent scorecards, calibration sessions,
interval and real-time queue reports, survey aggregates and category trend reports.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **The caller is the person**: the caller's number (``ANI``, ``Caller ANI``,
  ``customer_phone``, a Genesys customer participant's ``ani``, Salesforce
  ``FromPhoneNumber``, a ``callback_number``), name, date of birth, member id and email are
  identifiers, also when a QA evaluator's comment or a transcript turn quotes them ("it's
  Gloria Mendez, March 3rd 1961", "My member ID is ..."). A relative calling for the patient
  is reached at a number that reaches the patient (the nurse-line probe).
- **The centre's own lines are not a person's**: a ``DNIS``, a queue's numbers and a
  Salesforce inbound call's ``ToPhoneNumber`` are the numbers the centre answers on (the
  call-tracking probe): no PHONE, in a call record and in a DNIS-to-queue map or a queue's
  configuration alike.
- **Staff are identified but are not the patient**: an agent's, an evaluator's, a coach's
  and a supervisor's name on a caller's interaction is neither expected nor forbidden (the
  project reports staff names where it finds them); on a roster, an adherence row or a
  per-agent scorecard the agent's name is NAME and the row is identified, not PHI. Agent
  ids, logins, extensions, employee ids, teams, sites and workstation names are no
  findings. A coaching note about an agent that retells an unnamed caller's health is not
  PHI: the agent's work email identifies the agent, not the caller (neither expected nor
  forbidden on that row).
- **What the call was about is health context on a caller's record**: a queue or a skill
  that names a specialty, a condition or a drug ("Oncology Scheduling", "Rx Refills -
  Humira", "Behavioral Health Intake"), a wrap-up code that names one ("Specialty -
  Enbrel", "Suicidal ideation - warm transfer to 988"), a detected phrase, a transcript
  turn, an AI summary, an evaluator's or a grader's comment and a survey verbatim that name
  a condition, a drug or a procedure are HEALTH. The same words in a configuration row, a
  category or phrase library, a wrap-up code table or an aggregate report may be found
  (they are health words) but name nobody: never PHI, never identifiers. Generic
  categories ("Complaint", "Cancellation - Cost", "Escalation", "Refill Request" as a
  moment name, "Quality of Care") and dispositions ("Payment Taken", "Escalated") are
  neither expected nor forbidden; a wrap-up code's own code (``WU-217``, ``COV-PARTD``) is
  never a finding.
- **The tools' bookkeeping is never a finding**: evaluation, interaction, contact,
  conversation, call, recording, session, calibration, survey, response, callback,
  category, phrase, scorecard, question and queue ids; a grievance's, a patient-relations
  case's and a help-desk ticket's number (the support-tickets probe: the tool's
  bookkeeping); form names and versions; scores, weights, percentages, counts, sentiment
  values, effort scores, durations, hold, talk, after-call-work and handle times, speech
  offsets (milliseconds or seconds), redaction flags and segments, retention days, service
  level targets, intervals, weeks and months of a report, clock times, storage paths of
  recordings named by id. A form question that names the identifiers an agent must check
  ("name + DOB", "last 4 of SSN") holds no identifier.
- **Whose date**: a date of birth, a date of service on a complaint and a scheduled
  callback window are DATE (the nurse-line probe's callback); a QA evaluation's, a
  survey's, a recording's, a snapshot's and a configuration's timestamps are the system's:
  no DATE; a calibration session's day, an agent's adherence day and a report's interval
  are the centre's: no DATE. A call's own start date and a grievance's date received are
  left unstated (the call-tracking probe left a call's start unstated); a staff member's
  hire date is left unstated.
- **Ids of the caller**: a health plan's member id and a Medicare MBI are HEALTH_PLAN_ID
  (also spoken in a transcript), an MRN tagged on a screen recording or in a complaint is
  MRN, a billing account number is ACCOUNT_NUMBER, a pharmacy's prescription number is the
  patient's record at the pharmacy (``OTHER_ID|MRN``). An order number and a parcel
  tracking number are no findings. A prescription number with no drug named, an account
  number and a callback request are identified but not health: not PHI.
- **Redacted transcripts** (``[PII]`` placeholders) keep their health words and lose their
  identifiers: health, not PHI; the placeholders are no findings.

After reading the detectors no blind expectation was changed; four were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): an agent's
name in a roster, an adherence row and a per-agent scorecard is the workforce's, not
reported by its field (``agent`` is a staff word; the nurse-line probe's roster left it
unstated); an adherence row's ``Emp ID`` is reported, as an employee's id is; and a
screen recording's bare ``start_utc`` is a booking's start as often. What the work built,
each with its unit test (tests/test_contact_centre.py), in a new module
detectors/contact_centre.py that the chunk profile asks once per chunk (no per-cell
work): a ``Contact ID`` whose object also holds a telephony column (an ANI, a DNIS, a
hold, talk or handle time, a wrap-up code, after-call work, a transcript) is the call's
id, not a CRM contact's record id (it closed the nurse-line probe's open Contact Lens
``ContactId`` too); a QA record's own top-level dates (a reviewer, the interaction
reviewed and the agent or the form: an ``Evaluation Date``, a coaching ``session_date``,
a calibration's ``held_on``) are the centre's workflow, while a clinician's evaluation
and a health coach's session keep theirs; a DNIS in a queue's configuration or a
DNIS-to-queue map (a queue, skill or line name, and no caller and no call on the row) is
the centre's line, while a call record's DNIS stays read as the project decided; a
callback request's ``requested_window`` or ``callbackScheduledTime`` is the caller's
date (``window`` and ``time`` are machine words elsewhere); and, for the held-out rows, a
workforce-management adherence row's ``Date`` is the agent's shift (a PDC report keeps
its fill dates), and 6 vocabulary terms for side effects as callers word them
(``nauseous``, ``nauseated``, ``made me dizzy``, ``makes me dizzy``, ``broke out in a
rash``, ``breaking out in a rash``; bare "dizzy" stays out). Nothing is left open
(:data:`LEFT_ALONE` is empty).

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 46
pairs as written), blind 3 / 11 / 13; after the work 2 / 1 / 3 as written, 0 / 0 / 0 with
the decisions. HELD_OUT (10 records, 25 pairs), blind before any work 2 / 2 / 2; scored
once after the work on SHAPES: 2 / 2 / 2 (none of the SHAPES rules reached it); after
rules that generalise (the adherence row's date, the side-effect wording) 1 / 1 / 1 as
written, 0 / 0 / 0 with the decisions on the adherence row's ``Agent`` and ``Emp ID``.
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
        "NICE CXone-like QA evaluation (JSON): evaluator comment quotes the caller",
        {
            "evaluationId": "EV-2024-118734",
            "interactionId": "6f1d9c2e-8b4a-4e0f-9a77-3c25d1e0b941",
            "formName": "Member Services QA v3.2",
            "agent": {"id": "AG10442", "name": "Tasha Greene"},
            "evaluator": {"id": "QA0031", "name": "Mark Ridley"},
            "evaluatedAt": "2024-11-04T15:22:10Z",
            "score": 88.5,
            "answers": [
                {
                    "questionId": "Q1",
                    "question": "Verified caller identity (name + DOB)?",
                    "answer": "Yes",
                },
                {"questionId": "Q2", "question": "Offered case number?", "answer": "No"},
            ],
            "comments": "Caller Denise Harlow (DOB 04/17/1958) asked about her prior auth "
            "for the knee replacement; agent did not offer the case number.",
        },
        {("comments", "NAME"), ("comments", "DATE"), ("comments", "HEALTH")},
        {
            ("evaluationId", "*"),
            ("interactionId", "*"),
            ("formName", "*"),
            ("agent.id", "*"),
            ("evaluator.id", "*"),
            ("evaluatedAt", "*"),
            ("score", "*"),
            ("answers[0].question", "*"),
            ("answers[0].answer", "*"),
            ("answers[1].question", "*"),
        },
        True,
    ),
    (
        "Verint-like QA scorecard export (CSV): ANI, a drug and a member id in a comment",
        {
            "Contact ID": "300118823417",
            "Agent Name": "Rivera, Luis",
            "Evaluator": "Kim Tran",
            "Form": "Pharmacy Care Line Scorecard",
            "Evaluation Date": "2024-11-05 09:41:17",
            "Call Date": "11/01/2024",
            "ANI": "(614) 293-7741",
            "Q3 HIPAA Verification": "Pass",
            "Q7 Accurate Rx Info": "Fail",
            "Total Score": "72%",
            "Evaluator Comments": "Agent read out the member's Eliquis refill date before "
            "verifying DOB. Member ID W218845531 confirmed after.",
        },
        {
            ("ANI", "PHONE"),
            ("Evaluator Comments", "HEALTH"),
            ("Evaluator Comments", "HEALTH_PLAN_ID"),
        },
        {
            ("Contact ID", "*"),
            ("Form", "*"),
            ("Evaluation Date", "*"),
            ("Q3 HIPAA Verification", "*"),
            ("Q7 Accurate Rx Info", ANY_ID),
            ("Total Score", "*"),
        },
        True,
    ),
    (
        "CallMiner-like category hits (JSON): ANI, oncology queue, a detected phrase",
        {
            "contact_id": "CM-88213907",
            "ani": "+13128674412",
            "dnis": "+18005550199",
            "queue": "Oncology Scheduling",
            "call_start": "2024-10-28T14:03:11Z",
            "duration_sec": 412,
            "categories": ["Scheduling - Reschedule", "Complaint"],
            "hits": [
                {
                    "category": "Complaint",
                    "phrase": "third time my chemo appointment got moved",
                    "start_ms": 81200,
                    "end_ms": 84650,
                }
            ],
            "redacted": True,
            "sentiment": {"customer": -0.62, "agent": 0.18},
        },
        {("ani", "PHONE"), ("queue", "HEALTH"), ("hits[0].phrase", "HEALTH")},
        {
            ("contact_id", "*"),
            ("dnis", "*"),
            ("duration_sec", "*"),
            ("categories[0]", "*"),
            ("categories[1]", "*"),
            ("hits[0].category", "*"),
            ("hits[0].start_ms", "*"),
            ("hits[0].end_ms", "*"),
            ("redacted", "*"),
            ("sentiment.customer", "*"),
            ("sentiment.agent", "*"),
        },
        True,
    ),
    (
        "Observe.AI-like transcript snippet: the caller's name, birth date and drugs",
        {
            "interaction_id": "oai_7Hc2kQ9xLm",
            "agent_name": "Priya Shah",
            "transcript": [
                {
                    "speaker": "agent",
                    "start": 3.2,
                    "text": "Thank you for calling Lakeview Health, can I have your name and "
                    "date of birth?",
                },
                {
                    "speaker": "customer",
                    "start": 7.9,
                    "text": "Yes, it's Gloria Mendez, March 3rd 1961.",
                },
                {
                    "speaker": "customer",
                    "start": 15.4,
                    "text": "I need to refill my metformin and my blood pressure pills.",
                },
            ],
            "language": "en-US",
            "moments": ["Identity Verification", "Refill Request"],
        },
        {
            ("transcript[1].text", "NAME"),
            ("transcript[1].text", "DATE"),
            ("transcript[2].text", "HEALTH"),
        },
        {
            ("interaction_id", "*"),
            ("transcript[0].text", ANY_ID),
            ("transcript[0].start", "*"),
            ("transcript[1].start", "*"),
            ("transcript[2].start", "*"),
            ("language", "*"),
            ("moments[0]", "*"),
        },
        True,
    ),
    (
        "Playvox-like QA form definition (clean): questions that name identifiers",
        {
            "scorecard_id": "sc_01H9XK4T7Q",
            "name": "Health Plan Member Services - Voice",
            "version": "4.1",
            "sections": [
                {
                    "title": "Compliance",
                    "questions": [
                        {
                            "id": "q_101",
                            "text": "Verified caller identity (name + DOB)?",
                            "weight": 10,
                            "auto_fail": True,
                        },
                        {
                            "id": "q_102",
                            "text": "Verified last 4 of SSN or member ID before disclosing "
                            "claim details?",
                            "weight": 10,
                            "auto_fail": True,
                        },
                    ],
                }
            ],
            "updated_at": "2024-09-12T10:00:00Z",
        },
        set(),
        {
            ("scorecard_id", "*"),
            ("name", "*"),
            ("version", "*"),
            ("sections[0].questions[0].id", "*"),
            ("sections[0].questions[0].text", "*"),
            ("sections[0].questions[0].weight", "*"),
            ("sections[0].questions[1].text", ANY_ID),
            ("updated_at", "*"),
        },
        False,
    ),
    (
        "Tethr-like category library row (CSV, clean): Cancellation - Cost",
        {
            "Category ID": "TTR-CAT-0142",
            "Category": "Cancellation - Cost",
            "Parent": "Churn Risk",
            "Phrases": "too expensive | can't afford | cheaper plan | cancel my policy",
            "Min Score": "0.6",
            "Last Modified": "2024-08-19 09:12:33",
        },
        set(),
        {
            ("Category ID", "*"),
            ("Category", "*"),
            ("Parent", "*"),
            ("Phrases", "*"),
            ("Min Score", "*"),
            ("Last Modified", "*"),
        },
        False,
    ),
    (
        "Tethr-like category library row (CSV): a side-effects category's phrases",
        {
            "Category ID": "TTR-CAT-0217",
            "Category": "Medication Side Effects",
            "Parent": "Clinical Escalation",
            "Phrases": "made me dizzy | nausea from | broke out in a rash | stopped taking it",
            "Min Score": "0.55",
            "Last Modified": "2024-08-19 09:14:02",
        },
        {("Phrases", "HEALTH")},
        {("Category ID", "*"), ("Min Score", "*"), ("Last Modified", "*")},
        False,
    ),
    (
        "Genesys Cloud-like conversation (JSON): caller ANI, BH queue, a crisis wrap-up",
        {
            "conversationId": "a7c3e2f0-5d1b-4c8e-b6a9-0e2f7d9c1b34",
            "conversationStart": "2024-11-02T03:47:19.221Z",
            "participants": [
                {
                    "purpose": "customer",
                    "ani": "tel:+16148279931",
                    "dnis": "tel:+18885550142",
                },
                {
                    "purpose": "agent",
                    "userId": "5e8f1a22-93c4-4d7b-a0f1-2b6c9e4d8a13",
                    "name": "Jordan Ellis",
                    "queueName": "Behavioral Health Intake",
                    "wrapUpCode": "Suicidal ideation - warm transfer to 988",
                    "holdTimeMs": 94000,
                },
            ],
        },
        {
            ("participants[0].ani", "PHONE"),
            ("participants[1].queueName", "HEALTH"),
            ("participants[1].wrapUpCode", "HEALTH"),
        },
        {
            ("conversationId", "*"),
            ("participants[0].dnis", "*"),
            ("participants[1].userId", "*"),
            ("participants[1].holdTimeMs", "*"),
        },
        True,
    ),
    (
        "Five9-like call log (CSV): specialty pharmacy skill, caller and ANI",
        {
            "CALL ID": "300000001234567",
            "DATE": "2024/11/04",
            "TIME": "09:14:22",
            "ANI": "7735550142",
            "DNIS": "8665550110",
            "CAMPAIGN": "Specialty Pharmacy Inbound",
            "SKILL": "Rx Refills - Humira",
            "DISPOSITION": "Refill Processed",
            "AGENT NAME": "Omar Haddad",
            "CUSTOMER NAME": "Bennett, Carla",
            "HOLD TIME": "00:01:42",
            "TALK TIME": "00:06:10",
        },
        {("ANI", "PHONE"), ("SKILL", "HEALTH"), ("CUSTOMER NAME", "NAME")},
        {
            ("CALL ID", "*"),
            ("TIME", "*"),
            ("DNIS", "*"),
            ("HOLD TIME", "*"),
            ("TALK TIME", "*"),
        },
        True,
    ),
    (
        "Billing queue interaction (CSV, identified, no health): ANI and account number",
        {
            "Contact ID": "4471902283",
            "ANI": "+1 216 555 0193",
            "Queue": "Billing - Payment Plans",
            "Hold Time": "95",
            "Disposition": "Payment Taken",
            "Guarantor Account #": "HB-3390184",
            "Agent": "Kim Nguyen",
        },
        {("ANI", "PHONE"), ("Guarantor Account #", "ACCOUNT_NUMBER")},
        {("Contact ID", "*"), ("Queue", "HEALTH"), ("Hold Time", "*"), ("Disposition", "*")},
        False,
    ),
    (
        "Wrap-up code table row (clean): a pharmacy code",
        {
            "code": "WU-217",
            "label": "Rx transfer to retail pharmacy",
            "category": "Pharmacy",
            "active": "true",
            "sort_order": "17",
        },
        set(),
        {("code", ANY_ID), ("label", ANY_ID), ("active", "*"), ("sort_order", "*")},
        False,
    ),
    (
        "Payer grievance log (CSV): member, MBI, an issue after hip surgery",
        {
            "Grievance #": "GRV-2024-004417",
            "Received": "10/22/2024",
            "Member Name": "Harold Jessup",
            "Member ID": "1EG4-TE5-MK72",
            "DOB": "08/02/1941",
            "Category": "Quality of Care",
            "Issue": "Member states home health aide missed 3 visits after his hip fracture "
            "surgery.",
            "Resolution": "Referred to provider network management; education letter sent.",
            "Channel": "Phone",
        },
        {
            ("Member Name", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("DOB", "DATE"),
            ("Issue", "HEALTH"),
        },
        {("Grievance #", "*"), ("Channel", "*"), ("Category", ANY_ID)},
        True,
    ),
    (
        "Qualtrics-like post-call survey response: email and an MRI verbatim",
        {
            "ResponseId": "R_2aXkP9mQ4tLw8Zb",
            "RecordedDate": "2024-11-06 18:02:11",
            "InteractionID": "300118829904",
            "RecipientEmail": "j.okonkwo77@yahoo.com",
            "Q1_CSAT": "2",
            "Q2_NPS": "3",
            "Q3_Verbatim": "Waited 40 minutes on hold to ask about my MRI results and nobody "
            "called back.",
        },
        {("RecipientEmail", "EMAIL"), ("Q3_Verbatim", "HEALTH")},
        {
            ("ResponseId", "*"),
            ("RecordedDate", "*"),
            ("InteractionID", "*"),
            ("Q1_CSAT", "*"),
            ("Q2_NPS", "*"),
        },
        True,
    ),
    (
        "Survey aggregate by queue and month (clean)",
        {
            "Queue": "Member Services",
            "Month": "2024-10",
            "Responses": "1,284",
            "CSAT %": "86.2",
            "NPS": "41",
            "Top Theme": "Hold time",
        },
        set(),
        {
            ("Queue", "*"),
            ("Month", "*"),
            ("Responses", "*"),
            ("CSAT %", "*"),
            ("NPS", "*"),
            ("Top Theme", "*"),
        },
        False,
    ),
    (
        "MaestroQA-like coaching note: an unnamed caller's new diabetes, the agent's email",
        {
            "coaching_id": "cch_5521",
            "agent_email": "dwilson@lakeviewhealth.org",
            "coach": "Renee Alvarez",
            "session_date": "2024-11-07",
            "interaction_ref": "INT-77812034",
            "notes": "Caller with a new diabetes diagnosis was confused about glucose test "
            "strip coverage; agent should have offered the diabetes educator line instead of "
            "transferring to billing.",
            "focus_areas": ["Empathy", "First Call Resolution"],
        },
        {("notes", "HEALTH")},
        {
            ("coaching_id", "*"),
            ("session_date", "*"),
            ("interaction_ref", "*"),
            ("focus_areas[0]", "*"),
            ("focus_areas[1]", "*"),
        },
        False,
    ),
    (
        "NICE IEX-like adherence export (CSV, staff): agent, activity, adherence",
        {
            "Agent": "Greene, Tasha",
            "Emp ID": "100442",
            "Date": "11/04/2024",
            "Scheduled Activity": "Open",
            "Actual State": "Not Ready - Break",
            "Start": "10:15",
            "End": "10:32",
            "Out of Adherence (min)": "17",
            "Adherence %": "91.4",
            "Conformance %": "98.0",
        },
        {("Agent", "NAME")},
        {
            ("Emp ID", "*"),
            ("Date", "*"),
            ("Scheduled Activity", "*"),
            ("Actual State", "*"),
            ("Start", "*"),
            ("End", "*"),
            ("Out of Adherence (min)", "*"),
            ("Adherence %", "*"),
            ("Conformance %", "*"),
        },
        False,
    ),
    (
        "Agent roster (CSV, staff, clean of health): name, team, skills, extension",
        {
            "Agent ID": "AG10442",
            "Name": "Tasha Greene",
            "Team": "Medicare Member Services",
            "Supervisor": "Dana Cole",
            "Skills": "Medicare; Spanish; Pharmacy Tier 2",
            "Hire Date": "2022-03-14",
            "Extension": "4417",
            "Site": "COL-02",
        },
        {("Name", "NAME")},
        {
            ("Agent ID", "*"),
            ("Team", "*"),
            ("Skills", ANY_ID),
            ("Extension", "*"),
            ("Site", "*"),
        },
        False,
    ),
    (
        "Queue configuration (JSON, clean): an oncology queue and its DNIS",
        {
            "queue_id": "Q-ONC-SCHED",
            "queue_name": "Oncology Scheduling",
            "dnis": ["+18005550177", "+16145550190"],
            "service_level_target": "80/30",
            "max_wait_sec": 600,
            "overflow_queue": "Q-GEN-SCHED",
            "hours": "M-F 07:00-19:00 ET",
        },
        set(),
        {
            ("queue_id", "*"),
            ("queue_name", ANY_ID),
            ("dnis[0]", "*"),
            ("dnis[1]", "*"),
            ("service_level_target", "*"),
            ("max_wait_sec", "*"),
            ("overflow_queue", "*"),
            ("hours", "*"),
        },
        False,
    ),
    (
        "DNIS-to-queue map (CSV, clean): the centre's local cardiology line",
        {
            "DNIS": "6142935500",
            "Line Name": "Lakeview Main - Cardiology Scheduling",
            "Queue": "CARD_SCHED",
            "Tracking Source": "Google Ads",
            "Toll Free": "N",
        },
        set(),
        {
            ("DNIS", "*"),
            ("Line Name", ANY_ID),
            ("Queue", "*"),
            ("Tracking Source", "*"),
            ("Toll Free", "*"),
        },
        False,
    ),
    (
        "Interval report (CSV, aggregate): pharmacy refills queue, AHT and service level",
        {
            "Interval": "2024-11-04 08:30",
            "Queue": "Pharmacy Refills",
            "Offered": "142",
            "Handled": "131",
            "Abandoned": "11",
            "AHT": "00:05:48",
            "ASA": "00:00:41",
            "Service Level": "78.5%",
        },
        set(),
        {
            ("Interval", "*"),
            ("Queue", ANY_ID),
            ("Offered", "*"),
            ("Handled", "*"),
            ("Abandoned", "*"),
            ("AHT", "*"),
            ("ASA", "*"),
            ("Service Level", "*"),
        },
        False,
    ),
    (
        "Verint-like redaction audit (JSON, clean): redacted entity types and segments",
        {
            "recording_id": "REC-20241104-0093321",
            "redaction_applied": True,
            "redacted_entities": ["CREDIT_CARD", "SSN", "DOB"],
            "redaction_segments": [{"start_ms": 120400, "end_ms": 131900, "type": "PCI"}],
            "pci_compliant": True,
            "storage_path": "s3://qa-recordings/2024/11/04/REC-20241104-0093321.wav",
        },
        set(),
        {
            ("recording_id", "*"),
            ("redaction_applied", "*"),
            ("redacted_entities[0]", "*"),
            ("redacted_entities[1]", "*"),
            ("redacted_entities[2]", "*"),
            ("redaction_segments[0].start_ms", "*"),
            ("redaction_segments[0].end_ms", "*"),
            ("redaction_segments[0].type", "*"),
            ("pci_compliant", "*"),
            ("storage_path", "*"),
        },
        False,
    ),
    (
        "Contact Lens-like transcript (JSON): a member id spoken, dialysis transport",
        {
            "ContactId": "b9e1c7a4-2f6d-4e3b-8a15-7c0d9e2f4a61",
            "Transcript": [
                {
                    "ParticipantId": "CUSTOMER",
                    "Content": "My member ID is XJH448219 07 and I'm calling about my "
                    "dialysis transport for Thursday.",
                    "BeginOffsetMillis": 22100,
                    "EndOffsetMillis": 27940,
                    "Sentiment": "NEUTRAL",
                }
            ],
            "Categories": {"MatchedCategories": ["Transportation"]},
        },
        {("Transcript[0].Content", "HEALTH_PLAN_ID"), ("Transcript[0].Content", "HEALTH")},
        {
            ("ContactId", "*"),
            ("Transcript[0].ParticipantId", "*"),
            ("Transcript[0].BeginOffsetMillis", "*"),
            ("Transcript[0].EndOffsetMillis", "*"),
            ("Transcript[0].Sentiment", "*"),
            ("Categories.MatchedCategories[0]", "*"),
        },
        True,
    ),
    (
        "Contact Lens-like redacted transcript (health, no identifier): [PII] placeholders",
        {
            "ContactId": "d41f0e9b-7a2c-4b6e-9d83-1e5a0c7f2b98",
            "Transcript": [
                {
                    "ParticipantId": "CUSTOMER",
                    "Content": "My date of birth is [PII] and I'm calling about my Ozempic "
                    "prescription, the pharmacy at [PII] says it's on backorder.",
                    "BeginOffsetMillis": 9800,
                    "Redaction": {"RedactedTimestamps": [{"BeginOffsetMillis": 11200}]},
                }
            ],
        },
        {("Transcript[0].Content", "HEALTH")},
        {
            ("ContactId", "*"),
            ("Transcript[0].Content", ANY_ID),
            ("Transcript[0].BeginOffsetMillis", "*"),
            ("Transcript[0].Redaction.RedactedTimestamps[0].BeginOffsetMillis", "*"),
        },
        False,
    ),
    (
        "Patient relations complaint (Datix-like CSV): MRN, date of service, a relative",
        {
            "Case Number": "PR-24-01883",
            "Patient": "Whitaker, Dolores",
            "MRN": "E4471920",
            "Date of Service": "10/30/2024",
            "Department": "Emergency Department",
            "Complaint Type": "Communication",
            "Description": "Daughter Karen (cell 614-555-0188) says her mother was discharged "
            "after a fall without an x-ray of her wrist.",
            "Status": "Open",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("Date of Service", "DATE"),
            ("Description", "PHONE"),
            ("Description", "HEALTH"),
        },
        {("Case Number", "*"), ("Complaint Type", "*"), ("Status", "*")},
        True,
    ),
    (
        "NICE-like screen recording metadata (JSON): tagged MRN and account, no health",
        {
            "session_id": "SR-55019822",
            "agent_login": "tgreene",
            "workstation": "LKV-COL-WS0417",
            "apps_captured": ["Epic Hyperspace", "Genesys Cloud"],
            "start_utc": "2024-11-04T14:03:09Z",
            "duration_sec": 731,
            "tagged_fields": {"PatientMRN": "E4471920", "AccountNumber": "HB-3390184"},
            "retention_days": 365,
        },
        {("tagged_fields.PatientMRN", "MRN"), ("tagged_fields.AccountNumber", "ACCOUNT_NUMBER")},
        {
            ("session_id", "*"),
            ("workstation", "*"),
            ("apps_captured[0]", "*"),
            ("apps_captured[1]", "*"),
            ("start_utc", "*"),
            ("duration_sec", "*"),
            ("retention_days", "*"),
        },
        False,
    ),
    (
        "PBM member-services interaction (JSON): prior auth for Enbrel, wrap-up codes",
        {
            "interactionId": "PBM-IX-99021877",
            "memberId": "ZGP882104413",
            "callerType": "Member",
            "wrapUpCodes": ["PA Status - Approved", "Specialty - Enbrel"],
            "notes": "Member asked if the prior auth for Enbrel went through; approved "
            "thru 12/31/2025. Transferred to specialty pharmacy.",
            "agentId": "AG20871",
            "holdSeconds": "120",
            "afterCallWorkSeconds": "45",
        },
        {
            ("memberId", "HEALTH_PLAN_ID"),
            ("notes", "HEALTH"),
            ("wrapUpCodes[1]", "HEALTH"),
        },
        {
            ("interactionId", "*"),
            ("callerType", "*"),
            ("agentId", "*"),
            ("holdSeconds", "*"),
            ("afterCallWorkSeconds", "*"),
        },
        True,
    ),
    (
        "Observe.AI-like per-agent scorecard summary (staff, clean of health)",
        {
            "agent": "Luis Rivera",
            "team": "Pharmacy Care",
            "period": "2024-10",
            "evaluations": "24",
            "avg_qa_score": "91.3",
            "auto_qa_coverage": "100%",
            "empathy_score": "4.2",
            "compliance_misses": "1",
        },
        {("agent", "NAME")},
        {
            ("period", "*"),
            ("evaluations", "*"),
            ("avg_qa_score", "*"),
            ("auto_qa_coverage", "*"),
            ("empathy_score", "*"),
            ("compliance_misses", "*"),
        },
        False,
    ),
    (
        "IVR post-call NPS verbatim (health, no identifier): insulin dosing",
        {
            "survey_id": "SV-8821",
            "channel": "IVR post-call",
            "nps": "10",
            "verbatim": "The nurse helped me figure out my insulin dosing after my hospital stay.",
            "submitted": "2024-11-03T20:41:00Z",
            "queue": "Diabetes Care Management",
        },
        {("verbatim", "HEALTH")},
        {("survey_id", "*"), ("channel", "*"), ("nps", "*"), ("submitted", "*")},
        False,
    ),
    (
        "Tethr-like call summary (JSON): customer phone, an oxygen concentrator",
        {
            "call_id": "tethr_0c8f11e2",
            "customer_phone": "(312) 867-4412",
            "agent": "Omar Haddad",
            "summary": "Caller says her husband's oxygen concentrator stopped working and "
            "requests a replacement.",
            "outcome": "Escalated",
            "effort_score": "7",
        },
        {("customer_phone", "PHONE"), ("summary", "HEALTH")},
        {("call_id", "*"), ("outcome", "*"), ("effort_score", "*")},
        True,
    ),
    (
        "Callback request (CSV, identified, no health): name, number, window",
        {
            "callback_id": "CB-7712093",
            "customer_name": "Marcus Bell",
            "callback_number": "+1 (404) 555-0176",
            "requested_window": "2024-11-05 13:00-15:00",
            "queue": "General Inquiries",
            "attempts": "2",
            "status": "Completed",
        },
        {
            ("customer_name", "NAME"),
            ("callback_number", "PHONE"),
            ("requested_window", "DATE"),
        },
        {("callback_id", "*"), ("queue", "*"), ("attempts", "*"), ("status", "*")},
        False,
    ),
    (
        "Calabrio-like auto-fail evaluation (CSV): HIV result disclosed to a caller",
        {
            "Evaluation ID": "CQA-7730192",
            "Contact Start": "11/04/2024 2:13 PM",
            "Caller ANI": "216-555-0193",
            "Agent": "Nguyen, Kim",
            "Question": "Did the agent avoid disclosing PHI to an unverified caller?",
            "Answer": "No - Auto Fail",
            "Comment": "Agent confirmed the patient's HIV viral load result to a caller who "
            "only gave the last 4 of the SSN.",
            "Score": "0",
        },
        {("Caller ANI", "PHONE"), ("Comment", "HEALTH")},
        {("Evaluation ID", "*"), ("Question", "*"), ("Answer", "*"), ("Score", "*")},
        True,
    ),
    (
        "Speech analytics weekly category trend (aggregate): side effects",
        {
            "week": "2024-W44",
            "category": "Medication Side Effects",
            "hit_count": "318",
            "pct_of_calls": "2.4%",
            "trend": "+0.6",
            "top_phrase": "made me nauseous",
        },
        {("top_phrase", "HEALTH")},
        {
            ("week", "*"),
            ("category", ANY_ID),
            ("hit_count", "*"),
            ("pct_of_calls", "*"),
            ("trend", "*"),
        },
        False,
    ),
    (
        "Mail-order pharmacy order status (CSV, identified, no health): Rx number",
        {
            "Order #": "ORD-5518820",
            "Rx #": "7204418-02",
            "Patient": "Carla Bennett",
            "Phone": "7735550142",
            "Ship Date": "11/06/2024",
            "Tracking": "1Z999AA10123456784",
            "Status": "Shipped",
        },
        {("Rx #", "OTHER_ID|MRN"), ("Patient", "NAME"), ("Phone", "PHONE")},
        {("Order #", "*"), ("Tracking", "*"), ("Status", "*")},
        False,
    ),
    (
        "Observe.AI-like moment export (CSV): escalation snippet, a colonoscopy",
        {
            "Interaction ID": "oai_9Kd3mZ2pQw",
            "Agent": "Priya Shah",
            "Customer Phone": "+1 216 555 0193",
            "Moment": "Escalation Request",
            "Snippet": "I want a supervisor, you cancelled my colonoscopy twice",
            "Start (s)": "212.4",
            "End (s)": "216.9",
            "Sentiment": "Negative",
        },
        {("Customer Phone", "PHONE"), ("Snippet", "HEALTH")},
        {
            ("Interaction ID", "*"),
            ("Moment", "*"),
            ("Start (s)", "*"),
            ("End (s)", "*"),
            ("Sentiment", "*"),
        },
        True,
    ),
    (
        "Playvox-like calibration session (clean): facilitator and variance",
        {
            "calibration_id": "cal_3391",
            "interaction_id": "300118823417",
            "form": "Member Services QA v3.2",
            "participants": "5",
            "variance": "6.5",
            "facilitator": "Mark Ridley",
            "held_on": "2024-10-30",
        },
        set(),
        {
            ("calibration_id", "*"),
            ("interaction_id", "*"),
            ("form", "*"),
            ("participants", "*"),
            ("variance", "*"),
            ("held_on", "*"),
        },
        False,
    ),
    (
        "Real-time queue snapshot (clean): behavioural health intake",
        {
            "queue": "Behavioral Health Intake",
            "agents_available": "3",
            "calls_waiting": "7",
            "longest_wait": "00:04:12",
            "service_level_30s": "62%",
            "snapshot_at": "2024-11-04T15:30:00Z",
        },
        set(),
        {
            ("queue", ANY_ID),
            ("agents_available", "*"),
            ("calls_waiting", "*"),
            ("longest_wait", "*"),
            ("service_level_30s", "*"),
            ("snapshot_at", "*"),
        },
        False,
    ),
    (
        "Salesforce-like VoiceCall (JSON): caller, related contact, chest tightness",
        {
            "Id": "0LQ5e000000XyZ1GAK",
            "CallType": "Inbound",
            "FromPhoneNumber": "+16142937741",
            "ToPhoneNumber": "+18005550199",
            "CallStartDateTime": "2024-11-04T14:03:09.000Z",
            "CallDurationInSeconds": 412,
            "RelatedRecord": {"Name": "Gloria Mendez", "Birthdate": "1961-03-03"},
            "CallDisposition": "Transferred to Nurse Line",
            "Description": "Pt reports chest tightness since yesterday; warm transferred to RN.",
        },
        {
            ("FromPhoneNumber", "PHONE"),
            ("RelatedRecord.Name", "NAME"),
            ("RelatedRecord.Birthdate", "DATE"),
            ("Description", "HEALTH"),
        },
        {("CallType", "*"), ("ToPhoneNumber", "*"), ("CallDurationInSeconds", "*")},
        True,
    ),
    (
        "MaestroQA-like chat evaluation (JSON): requester email, a mammogram",
        {
            "ticket_id": "ZD-448213",
            "channel": "chat",
            "requester_email": "lmendez61@gmail.com",
            "grader": "Kim Tran",
            "rubric": "Chat QA 2024",
            "section_scores": {"Accuracy": "100", "Tone": "80"},
            "grader_comment": "Customer asked to cancel her mammogram; agent rebooked it "
            "instead of cancelling.",
            "graded_at": "2024-11-05T16:20:44Z",
        },
        {("requester_email", "EMAIL"), ("grader_comment", "HEALTH")},
        {
            ("ticket_id", "*"),
            ("channel", "*"),
            ("rubric", "*"),
            ("section_scores.Accuracy", "*"),
            ("section_scores.Tone", "*"),
            ("graded_at", "*"),
        },
        True,
    ),
    (
        "CallMiner-like phrase library row (clean): an escalation phrase",
        {
            "phrase_id": "PH-00917",
            "phrase": "speak to a supervisor",
            "category": "Escalation",
            "weight": "1.5",
            "language": "en",
        },
        set(),
        {
            ("phrase_id", "*"),
            ("phrase", "*"),
            ("category", "*"),
            ("weight", "*"),
            ("language", "*"),
        },
        False,
    ),
    (
        "Medicare member call summary (JSON): name, MBI, ZIP, ANI, a Part D exception",
        {
            "callId": "MCR-20241104-00418",
            "member": {
                "firstName": "Ruth",
                "lastName": "Abernathy",
                "mbi": "7QX2-PK4-TN91",
                "zip": "43215",
            },
            "ani": "6148279931",
            "reason": "Part D coverage - Xarelto tier exception",
            "ai_summary": "Member on Xarelto after a DVT asked about a tier exception; agent "
            "submitted the request.",
            "wrap": "COV-PARTD",
        },
        {
            ("member.firstName", "NAME"),
            ("member.lastName", "NAME"),
            ("member.mbi", "HEALTH_PLAN_ID"),
            ("member.zip", "ZIP_CODE"),
            ("ani", "PHONE"),
            ("reason", "HEALTH"),
            ("ai_summary", "HEALTH"),
        },
        {("callId", "*"), ("wrap", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Agent roster (CSV, staff, clean of health): name, team, skills, extension": (
        set(),
        {("Name", "NAME")},
        set(),
        "the project reads a contact centre's agents as the covered entity's workforce "
        "(``agent`` is a staff word in detectors/field_names.py, and detectors/staff.py drops "
        "a Genesys agent participant's name), and the nurse-line probe's agent roster left "
        "its ``agent_name`` unstated; a bare ``Name`` is read only beside a person's contact "
        "or record id (detectors/person_records.py), and an ``Agent ID`` is a workforce id. "
        "The blind expectation was stricter than the project; the row is not PHI either way",
    ),
    "NICE-like screen recording metadata (JSON): tagged MRN and account, no health": (
        set(),
        set(),
        {("start_utc", "*")},
        "a bare ``start`` is a booking's start as often as a recording's (Calendly's and "
        "Acuity's appointment starts are DATE), and the call-tracking probe left a call's "
        "own start unstated; nothing on the key says it is the recorder's clock. Not PHI "
        "either way (no health on the row)",
    ),
    "NICE IEX-like adherence export (CSV, staff): agent, activity, adherence": (
        set(),
        {("Agent", "NAME")},
        {("Emp ID", "*")},
        "as the agent roster: an ``Agent`` column is the workforce's and not reported by its "
        "name; and an employee's id is reported (detectors/field_names.py's staff words "
        "leave ``employee`` out on purpose: an HR, employee-health or payroll record is "
        "about the employee it names, as a wellness roster's ``Employee ID`` is). Both "
        "blind expectations were stricter than the project (held out, decided after its "
        "blind scoring); not PHI either way",
    ),
    "Observe.AI-like per-agent scorecard summary (staff, clean of health)": (
        set(),
        {("agent", "NAME")},
        set(),
        "as the agent roster: an ``agent`` key is the workforce's (detectors/field_names.py's "
        "staff words), not reported by its name; the row is no PHI record, as written",
    ),
}

#: ``name -> (still open pairs, why)``: what the detectors do not read right.
_OPEN: dict[str, tuple[set, str]] = {}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_contact_center_qa_analytics_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on contact-centre QA and speech-analytics exports fails here. Before the work, blind:
#: SHAPES 3 misses / 11 false / 13 wrong of 30, HELD_OUT 2 / 2 / 2 of 10.
FLOORS = ShapeTotals(expected=68, misses=0, false=0, wrong=0)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
