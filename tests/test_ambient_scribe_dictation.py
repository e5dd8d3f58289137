"""Ambient AI scribes, dictation and transcription services' exports.

A blind probe, written by hand before reading the detectors: what an ambient-scribe
vendor, a dictation platform or a medical transcription service exports, and what a
health system's analytics team pulls from them. Ambient-scribe session exports (an
encounter id, the patient and clinician, the audio's file id, duration and sample rate,
the model's version), diarized transcript segments (speaker labels, a role, start and end
seconds, a confidence) and word-level timing arrays, generated note sections (HPI, ROS,
assessment and plan as JSON), Dragon- and eScription-like dictation job queues (job
number, author, worktype, priority, TAT), medical transcription vendors' batch files and
manifests, speech-to-text API responses (AWS Transcribe Medical batch and streaming,
Comprehend Medical entities, Google Speech-to-Text with alternatives and word times),
QA and editing audit logs, EHR note-push webhooks (a FHIR DocumentReference, a vendor's
``note.signed`` event, an HL7 MDM message), usage analytics (minutes dictated per
clinician, app events), consent capture, patient feedback, with the clean rows around
them: audio file metadata, diarization statistics, model evaluation rows, worktype TAT
reports, vendor billing summaries, templates and voice profiles.

Each record names the ``(field, entity)`` findings it must have, those it must not have,
and whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity,
must-not ``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An encounter id, a visit number, an EHR contact serial number (CSN) and a hospital
  account number on a dictation are the patient's record ids** (``OTHER_ID|MRN``, or
  ``ACCOUNT_NUMBER`` for an account), as accession and claim numbers were decided: they
  name one patient's visit. A FHIR ``Patient/…`` reference is the patient's id too.
  A vendor's job number, a batch id, a note or document id, an audit id, an audio file's
  id, a recording or segment id, a transcription job's name and an S3 key are the
  service's bookkeeping: no finding.
- **A transcript segment is read as free text whoever speaks**: a health word in the
  clinician's line is health context as much as in the patient's (the conversation is
  about the patient), so a segment is PHI when the record also identifies someone (an
  encounter id, a name). Speaker labels (``spk_0``, ``SPEAKER_01``, ``CLINICIAN``,
  ``ch_0``) are no NAME.
- **A dictating clinician's name is a NAME even when no patient is named**, as the
  project reports clinicians everywhere (tests/test_clinicians.py); their NPI is
  ``OTHER_ID|LICENSE_NUMBER``. A clinician's name beside health words (a macro's text)
  makes the record PHI under the default policy, as the HCP probe decided
  (``phi.clinicians: exclude`` is the opt-out); beside usage counts alone it is not PHI.
  A clinician's specialty is their job, not health. An author id, an editor's username
  and a transcriptionist's id are neither expected nor forbidden.
- **Timing and quality numbers are never identifiers**: start and end seconds, word
  offsets (``"1.400s"``), durations (``00:06:12``), sample rates, bit depths,
  confidences, WER, line counts, TAT hours, talk times and usage counts; nor are model
  and app version strings, worktype codes, priorities and template names.
- **A person's dates are DATE**: birth, the date of service or visit dictated for a
  patient, a FHIR note's period start, a survey's encounter date. The service's clocks
  (job created, uploaded, signed, generated, audited, a batch's send time, a report's week)
  are not: where they are a bookkeeping stamp they are forbidden, a dictation's or a
  session's own start is neither expected nor forbidden (a call's start was decided so).
- **An entity annotation names what it annotates**: a Comprehend Medical ``Text`` under
  ``Category`` MEDICATION is a MEDICATION, under ``PROTECTED_HEALTH_INFORMATION`` /
  ``NAME`` a NAME; an annotation's score and offsets are not.
- **A health word alone names nobody**: a word-timing array, an edit diff, a template's
  default text or a speech API's transcript without any identifier is not PHI.
- **A patient's initials are a NAME** (round eleven's decision).

After reading the detectors no blind expectation was changed (:data:`_DECIDED` is empty):
the encounter id was already read as the patient's record id, speaker labels and timings
as nothing, a clinician's name as a NAME. What the work built: the ``Name`` of an indexed
``Traits``/``Attributes`` list (Comprehend Medical's ``{"Name": "DIAGNOSIS", "Score":
…}``) as a label, not a person; ``Report Period`` and
``billing_period`` as a report's window; field-history and edit-audit rows (Salesforce's
``ContactHistory`` ``Field``/``OldValue``/``NewValue``, an audit log's
``field_changed``/``old_value``/``new_value``) read under the field they change, so a
respelled name is a NAME and a changed birth date a DATE (:mod:`detectors.cells`); a FHIR
attachment's base64 ``data`` of a text ``contentType`` (a ``DocumentReference`` note
push, a ``Binary``) decoded and read, a finding inside covering the whole encoded value;
and five vocabulary terms (``cardiac cath``, ``heart cath``, ``auscultation``,
``murmur``, ``tightness in my chest``; 35,534 terms). Four records are left open
(:data:`LEFT_ALONE`): a voice profile's top-level ``display_name`` and a macro's
``owner``, both kept decisions of earlier rounds, and a dictation queue's bare ``Author``
column twice (one of them held out): a rule for it read Raiser's Edge NXT's action
``author``, a gift officer the philanthropy probe forbids, and was taken back.

Figures (misses / false findings / records wrong): SHAPES (33 records), blind 8 / 1 / 9,
after the work 3 / 0 / 3 (all in LEFT_ALONE). HELD_OUT (11 records), blind before any
work 2 / 0 / 2; scored once after the work on SHAPES: 1 / 0 / 1 (a FHIR
``DocumentReference``'s base64 note); after the text-attachment rule, which generalises
to every FHIR attachment and ``Binary``: 0 / 0 / 0, and 1 / 0 / 1 once the ``Author``
rule was taken back (the row stays PHI by its patient's name and MRN).
"""

from __future__ import annotations

import base64

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Ambient session export (DAX/Abridge-like JSON): encounter, patient, clinician, audio",
        {
            "session_id": "ses_01J9ZK4W6T3M8QX2R7B5N1C0DF",
            "encounter_id": "ENC-7730018842",
            "patient": {"name": "Loretta Simmons", "dob": "1958-02-17", "mrn": "E4471920"},
            "clinician": {"name": "Anil Menon", "npi": "1467532893"},
            "chief_complaint": "Shortness of breath on exertion, ankle swelling",
            "audio": {
                "file_id": "aud_8f2c1d0e9a7b",
                "duration_sec": 1043.52,
                "sample_rate_hz": 16000,
                "channels": 1,
            },
            "model_version": "ambient-2024.09.3",
            "created_at": "2024-10-03T14:02:11Z",
        },
        {
            ("encounter_id", "OTHER_ID|MRN"),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.mrn", "MRN|OTHER_ID"),
            ("clinician.name", "NAME"),
            ("clinician.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("chief_complaint", "HEALTH"),
        },
        {
            ("audio.file_id", "*"),
            ("audio.duration_sec", "*"),
            ("audio.sample_rate_hz", "*"),
            ("audio.channels", "*"),
            ("model_version", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Diarized transcript segment (JSON lines): the patient's line, speaker, seconds",
        {
            "encounter_id": "ENC-7730018842",
            "segment_id": "seg_000118",
            "segment_index": 118,
            "speaker": "SPEAKER_01",
            "role": "patient",
            "start": 132.48,
            "end": 139.02,
            "text": "I get this tightness in my chest when I climb the stairs, and my "
            "ankles are swelling by the evening.",
            "confidence": 0.931,
        },
        {("encounter_id", "OTHER_ID|MRN"), ("text", "HEALTH")},
        {
            ("segment_id", "*"),
            ("segment_index", "*"),
            ("speaker", "*"),
            ("role", "*"),
            ("start", "*"),
            ("end", "*"),
            ("confidence", "*"),
        },
        True,
    ),
    (
        "Diarized transcript segment: the clinician greets the patient by name",
        {
            "encounter_id": "ENC-7730020117",
            "speaker": "CLINICIAN",
            "start_time": "3.120",
            "end_time": "9.845",
            "text": "Hi Mrs. Alvarez, I'm Dr. Patel. So you're here for your diabetes "
            "follow-up and to go over the A1c?",
        },
        {("encounter_id", "OTHER_ID|MRN"), ("text", "NAME"), ("text", "HEALTH")},
        {("speaker", "*"), ("start_time", "*"), ("end_time", "*")},
        True,
    ),
    (
        "Word-level timing array without a person: a drug name and its offsets",
        {
            "recording_id": "rec_4b7e9f1a2c4d",
            "words": [
                {"w": "started", "s": 44.31, "e": 44.78, "c": 0.97},
                {"w": "metformin", "s": 44.82, "e": 45.61, "c": 0.88},
                {"w": "500", "s": 45.7, "e": 46.02, "c": 0.99},
                {"w": "milligrams", "s": 46.05, "e": 46.66, "c": 0.95},
            ],
        },
        {("words[1].w", "MEDICATION|HEALTH")},
        {
            ("recording_id", "*"),
            ("words[1].s", "*"),
            ("words[1].e", "*"),
            ("words[1].c", "*"),
            ("words[2].w", "*"),
        },
        False,
    ),
    (
        "Generated note sections (JSON): HPI, ROS, assessment and plan",
        {
            "note_id": "note_5521c0e8",
            "encounter_id": "ENC-7730018842",
            "patient_name": "Loretta Simmons",
            "template": "Primary Care SOAP v3",
            "sections": {
                "hpi": "66-year-old woman with heart failure with reduced ejection fraction "
                "presents with two weeks of worsening dyspnea on exertion and bilateral "
                "lower extremity edema.",
                "ros": "Positive for orthopnea. Negative for chest pain, fever.",
                "assessment_plan": "Acute on chronic HFrEF. Increase furosemide to 40 mg "
                "daily; BMP in one week.",
            },
            "generated_at": "2024-10-03T14:21:40Z",
            "model": "scribe-llm-2024-09",
        },
        {
            ("encounter_id", "OTHER_ID|MRN"),
            ("patient_name", "NAME"),
            ("sections.hpi", "HEALTH"),
            ("sections.ros", "HEALTH"),
            ("sections.assessment_plan", "HEALTH"),
        },
        {("note_id", "*"), ("template", "*"), ("generated_at", "*"), ("model", "*")},
        True,
    ),
    (
        "Generated HPI naming a 92-year-old patient",
        {
            "section": "HPI",
            "text": "Mr. Kowalski is a 92-year-old man with a history of atrial fibrillation "
            "on warfarin who presents after a fall at home.",
            "word_count": 24,
        },
        {("text", "NAME"), ("text", "AGE_OVER_89"), ("text", "HEALTH")},
        {("section", "*"), ("word_count", "*")},
        True,
    ),
    (
        "Dictation job queue (CSV): a consult with no health words, patient and author",
        {
            "Job #": "2240811",
            "Author": "Tran, Rebecca",
            "Author ID": "4471",
            "Worktype": "CONS",
            "Priority": "Routine",
            "Patient Name": "Okafor, Daniel",
            "MRN": "M0098120",
            "DOS": "10/02/2024",
            "Dictated": "10/02/2024 17:41",
            "Duration": "00:04:38",
            "TAT (hrs)": "11.2",
            "Status": "Completed",
        },
        {
            ("Author", "NAME"),
            ("Patient Name", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("DOS", "DATE"),
        },
        {
            ("Job #", "*"),
            ("Worktype", "*"),
            ("Priority", "*"),
            ("Duration", "*"),
            ("TAT (hrs)", "*"),
            ("Status", "*"),
        },
        False,
    ),
    (
        "Dictation job queue (CSV): a colonoscopy report, STAT",
        {
            "Job #": "2240815",
            "Author": "Hughes, Martin",
            "Worktype": "GI",
            "Worktype Description": "Colonoscopy Report",
            "Priority": "STAT",
            "Patient Name": "Baptiste, Yvonne",
            "MRN": "M0098177",
            "DOS": "10/03/2024",
            "Duration": "00:02:55",
            "TAT (hrs)": "2.0",
        },
        {
            ("Author", "NAME"),
            ("Patient Name", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("DOS", "DATE"),
            ("Worktype Description", "HEALTH"),
        },
        {("Job #", "*"), ("Worktype", "*"), ("Priority", "*"), ("Duration", "*")},
        True,
    ),
    (
        "Dictation job queue: an author's letter with no patient and no health",
        {
            "JobNumber": "2240829",
            "AuthorID": "5102",
            "AuthorName": "CASTELLANOS, IRENE",
            "Worktype": "LTR",
            "WorktypeDesc": "General Correspondence",
            "Priority": "Routine",
            "DictationLength": "00:01:47",
            "Status": "Pending",
        },
        {("AuthorName", "NAME")},
        {
            ("JobNumber", "*"),
            ("Worktype", "*"),
            ("WorktypeDesc", "*"),
            ("DictationLength", "*"),
            ("Status", "*"),
        },
        False,
    ),
    (
        "Transcription vendor batch file (CSV): an echo report line with account number",
        {
            "Batch ID": "MEMH-20241003-02",
            "Line": "17",
            "Facility": "Memorial Hospital",
            "Account #": "V00012345678",
            "Patient": "PRICE, WANDA",
            "DOS": "09/30/2024",
            "Report Type": "Echocardiogram Report",
            "Lines (65 char)": "142",
            "MT ID": "MT-0412",
            "Completed": "10/03/2024 06:15",
        },
        {
            ("Account #", "ACCOUNT_NUMBER|OTHER_ID|MRN"),
            ("Patient", "NAME"),
            ("DOS", "DATE"),
            ("Report Type", "HEALTH"),
        },
        {
            ("Batch ID", "*"),
            ("Line", "*"),
            ("Facility", "*"),
            ("Lines (65 char)", "*"),
            ("Completed", "*"),
        },
        True,
    ),
    (
        "Transcription vendor billing summary (clean): lines and rates per report type",
        {
            "Client": "Memorial Hospital",
            "Billing Month": "2024-09",
            "Report Type": "Discharge Summary",
            "Reports": "412",
            "Total Lines": "38211",
            "Rate per Line": "0.11",
            "Amount": "4203.21",
            "Invoice #": "INV-2024-0917",
        },
        set(),
        {
            ("Client", "*"),
            ("Billing Month", "*"),
            ("Reports", "*"),
            ("Total Lines", "*"),
            ("Rate per Line", "*"),
            ("Amount", "*"),
            ("Invoice #", "*"),
        },
        False,
    ),
    (
        "AWS Transcribe Medical job description (clean): job name, media, sample rate",
        {
            "MedicalTranscriptionJob": {
                "MedicalTranscriptionJobName": "scribe-20241003-140211-7f3a",
                "TranscriptionJobStatus": "COMPLETED",
                "LanguageCode": "en-US",
                "MediaSampleRateHertz": 16000,
                "MediaFormat": "wav",
                "Media": {"MediaFileUri": "s3://scribe-audio-prod/2024/10/03/7f3a91c2.wav"},
                "Transcript": {
                    "TranscriptFileUri": "s3://scribe-transcripts-prod/medical/7f3a91c2.json"
                },
                "CreationTime": "2024-10-03T14:02:13.512Z",
                "CompletionTime": "2024-10-03T14:04:01.108Z",
                "Specialty": "PRIMARYCARE",
                "Type": "CONVERSATION",
            }
        },
        set(),
        {
            ("MedicalTranscriptionJob.MedicalTranscriptionJobName", "*"),
            ("MedicalTranscriptionJob.MediaSampleRateHertz", "*"),
            ("MedicalTranscriptionJob.Media.MediaFileUri", "*"),
            ("MedicalTranscriptionJob.Transcript.TranscriptFileUri", "*"),
            ("MedicalTranscriptionJob.CreationTime", "*"),
            ("MedicalTranscriptionJob.CompletionTime", "*"),
            ("MedicalTranscriptionJob.Specialty", "*"),
        },
        False,
    ),
    (
        "AWS Transcribe Medical transcript: the patient states name, DOB and condition",
        {
            "jobName": "scribe-20241003-151907-2b9c",
            "accountId": "123456789012",
            "results": {
                "transcripts": [
                    {
                        "transcript": "My name is Denise Carter, date of birth March 4th "
                        "1967, and I'm here because my asthma has been flaring up."
                    }
                ],
                "items": [
                    {
                        "start_time": "0.04",
                        "end_time": "0.38",
                        "alternatives": [{"confidence": "0.9987", "content": "My"}],
                        "type": "pronunciation",
                    },
                    {
                        "start_time": "0.38",
                        "end_time": "0.61",
                        "alternatives": [{"confidence": "0.9962", "content": "name"}],
                        "type": "pronunciation",
                    },
                ],
            },
            "status": "COMPLETED",
        },
        {
            ("results.transcripts[0].transcript", "NAME"),
            ("results.transcripts[0].transcript", "DATE"),
            ("results.transcripts[0].transcript", "HEALTH"),
        },
        {
            ("jobName", "*"),
            ("results.items[0].start_time", "*"),
            ("results.items[0].end_time", "*"),
            ("results.items[0].alternatives[0].confidence", "*"),
            ("results.items[1].alternatives[0].content", "*"),
        },
        True,
    ),
    (
        "Google Speech-to-Text response: a call-back number and MRI results",
        {
            "results": [
                {
                    "alternatives": [
                        {
                            "transcript": "you can reach me at 412-555-0187 when the MRI "
                            "results for my lower back come in",
                            "confidence": 0.91,
                            "words": [
                                {"startTime": "1.400s", "endTime": "1.900s", "word": "you"},
                                {"startTime": "1.900s", "endTime": "2.100s", "word": "can"},
                            ],
                        }
                    ],
                    "resultEndTime": "14.200s",
                    "languageCode": "en-us",
                }
            ],
            "totalBilledTime": "15s",
            "requestId": "7390218845613201442",
        },
        {
            ("results[0].alternatives[0].transcript", "PHONE"),
            ("results[0].alternatives[0].transcript", "HEALTH"),
        },
        {
            ("results[0].alternatives[0].confidence", "*"),
            ("results[0].alternatives[0].words[0].startTime", "*"),
            ("results[0].resultEndTime", "*"),
            ("totalBilledTime", "*"),
            ("requestId", "*"),
        },
        True,
    ),
    (
        "Comprehend Medical entities without a person: a drug and a diagnosis",
        {
            "Entities": [
                {
                    "Id": 0,
                    "BeginOffset": 27,
                    "EndOffset": 37,
                    "Score": 0.9981,
                    "Text": "lisinopril",
                    "Category": "MEDICATION",
                    "Type": "GENERIC_NAME",
                    "Traits": [],
                },
                {
                    "Id": 1,
                    "BeginOffset": 46,
                    "EndOffset": 58,
                    "Score": 0.9712,
                    "Text": "hypertension",
                    "Category": "MEDICAL_CONDITION",
                    "Type": "DX_NAME",
                    "Traits": [{"Name": "DIAGNOSIS", "Score": 0.94}],
                },
            ],
            "UnmappedAttributes": [],
            "ModelVersion": "2.4.0",
        },
        {("Entities[0].Text", "MEDICATION|HEALTH"), ("Entities[1].Text", "HEALTH")},
        {
            ("Entities[0].BeginOffset", "*"),
            ("Entities[0].Score", "*"),
            ("Entities[1].EndOffset", "*"),
            ("ModelVersion", "*"),
        },
        False,
    ),
    (
        "Comprehend Medical entities with a PHI annotation: the patient's name",
        {
            "Entities": [
                {
                    "Id": 0,
                    "BeginOffset": 11,
                    "EndOffset": 26,
                    "Score": 0.9954,
                    "Text": "Juanita Morales",
                    "Category": "PROTECTED_HEALTH_INFORMATION",
                    "Type": "NAME",
                    "Traits": [],
                },
                {
                    "Id": 1,
                    "BeginOffset": 44,
                    "EndOffset": 63,
                    "Score": 0.9877,
                    "Text": "gestational diabetes",
                    "Category": "MEDICAL_CONDITION",
                    "Type": "DX_NAME",
                    "Traits": [],
                },
            ],
            "ModelVersion": "2.4.0",
        },
        {("Entities[0].Text", "NAME"), ("Entities[1].Text", "HEALTH")},
        {("Entities[0].Score", "*"), ("Entities[0].BeginOffset", "*"), ("ModelVersion", "*")},
        True,
    ),
    (
        "Google STT dictation of an exam macro, no person",
        {
            "results": [
                {
                    "alternatives": [
                        {
                            "transcript": "heart regular rate and rhythm no murmurs lungs "
                            "clear to auscultation bilaterally",
                            "confidence": 0.94,
                        }
                    ],
                    "resultEndTime": "6.300s",
                    "languageCode": "en-us",
                }
            ],
            "totalBilledTime": "7s",
        },
        {("results[0].alternatives[0].transcript", "HEALTH")},
        {("results[0].resultEndTime", "*"), ("totalBilledTime", "*")},
        False,
    ),
    (
        "QA editing audit log: a transcriptionist's insertion, no person",
        {
            "audit_id": "aud-00918231",
            "document_id": "doc_77f1a2",
            "editor": "mt_jsmith",
            "editor_role": "QA",
            "action": "replace",
            "before": "patient denies chest pain",
            "after": "patient denies chest pain or shortness of breath",
            "position": 412,
            "timestamp": "2024-10-03T09:12:44Z",
        },
        {("after", "HEALTH")},
        {("audit_id", "*"), ("action", "*"), ("position", "*"), ("timestamp", "*")},
        False,
    ),
    (
        "QA editing audit log: a patient's name respelled, no health",
        {
            "audit_id": "aud-00918240",
            "document_id": "doc_77f1a9",
            "editor": "qa_mlopez",
            "field_changed": "patient_name",
            "old_value": "Jon Smyth",
            "new_value": "John Smythe",
            "timestamp": "2024-10-03T09:15:02Z",
        },
        {("old_value", "NAME"), ("new_value", "NAME")},
        {("audit_id", "*"), ("field_changed", "*"), ("timestamp", "*")},
        False,
    ),
    (
        "EHR note push as a FHIR DocumentReference: subject, period, base64 note",
        {
            "resourceType": "DocumentReference",
            "id": "dr-55f0e2c1",
            "status": "current",
            "type": {
                "coding": [
                    {"system": "http://loinc.org", "code": "11506-3", "display": "Progress note"}
                ]
            },
            "subject": {
                "reference": "Patient/e63wRTbPfr1p8UW81d8Seiw3",
                "display": "Nguyen, Minh",
            },
            "context": {"period": {"start": "2024-10-03T14:00:00Z"}},
            "content": [
                {
                    "attachment": {
                        "contentType": "text/plain",
                        "data": _b64(
                            "Assessment: community-acquired pneumonia. Plan: amoxicillin "
                            "1 g three times daily for 5 days."
                        ),
                    }
                }
            ],
        },
        {
            ("subject.reference", "OTHER_ID|MRN"),
            ("subject.display", "NAME"),
            ("context.period.start", "DATE"),
            ("content[0].attachment.data", "HEALTH"),
        },
        {("id", "*"), ("type.coding[0].code", "*"), ("type.coding[0].system", "*")},
        True,
    ),
    (
        "Vendor note-push webhook: note.signed with CSN, MRN, NPI and a plan section",
        {
            "event": "note.signed",
            "delivery_id": "dlv_9a7b6c5d",
            "data": {
                "note_id": "nt_20241003_88123",
                "encounter_csn": "1043387721",
                "patient_mrn": "E1234567",
                "provider_npi": "1245319599",
                "signed_at": "2024-10-03T18:40:12Z",
                "sections": [
                    {
                        "title": "Assessment and Plan",
                        "text": "1. Type 2 diabetes mellitus, uncontrolled. Increase "
                        "metformin to 1000 mg BID. Recheck A1c in 3 months.",
                    }
                ],
            },
        },
        {
            ("data.encounter_csn", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("data.patient_mrn", "MRN|OTHER_ID"),
            ("data.provider_npi", "OTHER_ID|LICENSE_NUMBER"),
            ("data.sections[0].text", "HEALTH"),
        },
        {
            ("delivery_id", "*"),
            ("data.note_id", "*"),
            ("data.signed_at", "*"),
            ("data.sections[0].title", "*"),
        },
        True,
    ),
    (
        "Usage analytics per clinician (CSV): minutes dictated, no health",
        {
            "Clinician": "Priya Raman",
            "NPI": "1588667638",
            "Specialty": "Cardiology",
            "Department": "Heart & Vascular Institute",
            "Encounters": "118",
            "Minutes Dictated": "912.5",
            "Notes Generated": "117",
            "Avg Edit Time (s)": "74",
            "Week Starting": "2024-09-30",
        },
        {("Clinician", "NAME"), ("NPI", "OTHER_ID|LICENSE_NUMBER")},
        {
            ("Specialty", "*"),
            ("Encounters", "*"),
            ("Minutes Dictated", "*"),
            ("Notes Generated", "*"),
            ("Avg Edit Time (s)", "*"),
            ("Week Starting", "*"),
        },
        False,
    ),
    (
        "Usage analytics by department (clean): adoption per month",
        {
            "department": "Family Medicine",
            "month": "2024-09",
            "active_users": 42,
            "sessions": 3811,
            "total_minutes": 40211.4,
            "notes_signed": 3702,
            "adoption_rate": 0.87,
        },
        set(),
        {
            ("department", "*"),
            ("month", "*"),
            ("active_users", "*"),
            ("sessions", "*"),
            ("total_minutes", "*"),
            ("adoption_rate", "*"),
        },
        False,
    ),
    (
        "Scribe app usage event (Mixpanel-like): recording stopped, a clinician's ids",
        {
            "event": "Recording Stopped",
            "properties": {
                "distinct_id": "clin_44821",
                "$device_id": "18f2a9c4e1b-0d3a7c2e9f1b48-1f525634-1fa400-18f2a9c4e1b",
                "duration_sec": 812,
                "mic": "MacBook Pro Microphone",
                "app_version": "3.14.0",
                "specialty": "Dermatology",
                "time": 1727972400,
            },
        },
        {("properties.distinct_id", "ONLINE_ID|OTHER_ID")},
        {
            ("properties.duration_sec", "*"),
            ("properties.mic", "*"),
            ("properties.app_version", "*"),
            ("properties.specialty", "*"),
            ("properties.time", "*"),
        },
        False,
    ),
    (
        "Consent capture at session start: the patient agreed to ambient recording",
        {
            "session_id": "ses_01J9ZM1A2B3C4D5E6F7G8H9J0K",
            "patient": {"first_name": "Harold", "last_name": "Whitaker", "dob": "07/22/1949"},
            "consent": "verbal",
            "consent_recorded_at": "2024-10-03T15:01:09Z",
            "visit_type": "Medicare annual wellness visit",
            "clinic": "Eastside Family Medicine",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("visit_type", "HEALTH"),
        },
        {("consent", "*"), ("consent_recorded_at", "*"), ("clinic", "*")},
        True,
    ),
    (
        "Diarization statistics (clean): speakers' talk time, SNR, sample rate",
        {
            "recording_id": "rec_9c1d2e3f4a5b",
            "speakers": [
                {"label": "spk_0", "talk_time_sec": 412.3, "turns": 38},
                {"label": "spk_1", "talk_time_sec": 288.9, "turns": 35},
            ],
            "overlap_ratio": 0.042,
            "snr_db": 21.7,
            "sample_rate": 48000,
            "bit_depth": 16,
        },
        set(),
        {
            ("recording_id", "*"),
            ("speakers[0].label", "*"),
            ("speakers[0].talk_time_sec", "*"),
            ("speakers[1].turns", "*"),
            ("overlap_ratio", "*"),
            ("snr_db", "*"),
            ("sample_rate", "*"),
        },
        False,
    ),
    (
        "Transcript segment: the patient gives a new address and cell for a refill",
        {
            "encounter_id": "ENC-7730021904",
            "speaker": "spk_1",
            "start": "611.90",
            "end": "624.35",
            "text": "my new address is 1418 Maple Grove Dr, Apt 3B, Lakewood, and my cell "
            "is 303-555-0146, for the refill of my albuterol inhaler",
        },
        {
            ("encounter_id", "OTHER_ID|MRN"),
            ("text", "LOCATION"),
            ("text", "PHONE"),
            ("text", "HEALTH"),
        },
        {("speaker", "*"), ("start", "*"), ("end", "*")},
        True,
    ),
    (
        "Dragon dictation text: the author dictates the patient, MRN and date of service",
        {
            "job": "2240833",
            "text": "This is Dr. Alan Brooks dictating on patient Sarah Kim, medical record "
            "number 00482211, date of service October 2nd 2024. History of present "
            "illness: 34-year-old female with migraine without aura, now daily.",
            "audio_length": "00:03:02",
        },
        {("text", "NAME"), ("text", "MRN|OTHER_ID"), ("text", "DATE"), ("text", "HEALTH")},
        {("job", "*"), ("audio_length", "*")},
        True,
    ),
    (
        "Dictation audio file metadata (clean): DSS file, duration, device, upload",
        {
            "file_id": "dict_20241003_0412_7781.dss",
            "format": "DSS Pro",
            "duration": "00:03:41",
            "sample_rate": 16000,
            "bit_depth": 16,
            "device": "Philips SpeechMike Premium",
            "uploaded_at": "2024-10-03T16:12:00Z",
            "author_id": "4471",
        },
        set(),
        {
            ("file_id", "*"),
            ("format", "*"),
            ("duration", "*"),
            ("sample_rate", "*"),
            ("device", "*"),
            ("uploaded_at", "*"),
        },
        False,
    ),
    (
        "Vendor batch manifest (clean): file name, record count, checksum",
        {
            "batch_file": "BATCH_20241003_MEMHOSP_01.zip",
            "records": 214,
            "sha256": _sha("BATCH_20241003_MEMHOSP_01.zip contents"),
            "sent_at": "2024-10-03T06:30:00Z",
            "sftp_host": "sftp.transcribe-vendor.com",
        },
        set(),
        {
            ("batch_file", "*"),
            ("records", "*"),
            ("sha256", "*"),
            ("sent_at", "*"),
            ("sftp_host", "*"),
        },
        False,
    ),
    (
        "Vendor TAT report by worktype (clean): jobs, hours and SLA",
        {
            "Worktype": "Discharge Summary",
            "Worktype Code": "DS",
            "Jobs": "388",
            "Avg TAT (hrs)": "9.4",
            "Within SLA %": "97.2",
            "Report Period": "09/01/2024 - 09/30/2024",
        },
        set(),
        {
            ("Worktype Code", "*"),
            ("Jobs", "*"),
            ("Avg TAT (hrs)", "*"),
            ("Within SLA %", "*"),
            ("Report Period", "*"),
        },
        False,
    ),
    (
        "Pending-job alert (chat notification): a STAT job waiting on an author",
        {
            "channel": "#transcription-ops",
            "text": "STAT job 2240817 for Dr. Menon (worktype OP) pending 6h, please expedite",
            "ts": "1727971200.000200",
        },
        {("text", "NAME")},
        {("ts", "*"), ("channel", "*")},
        False,
    ),
    (
        "LLM-drafted after-visit summary: first name, condition and drug",
        {
            "encounter_id": "ENC-2024-0098812",
            "patient_first_name": "Rosa",
            "avs_text": "Rosa, today we talked about your high blood pressure. Please take "
            "amlodipine 5 mg every morning and check your blood pressure at home.",
            "reading_level": "6th grade",
            "language": "en",
        },
        {
            ("encounter_id", "OTHER_ID|MRN"),
            ("patient_first_name", "NAME"),
            ("avs_text", "NAME"),
            ("avs_text", "HEALTH"),
        },
        {("reading_level", "*"), ("language", "*")},
        True,
    ),
    (
        "ASR model evaluation row (clean): WER on a specialty eval set",
        {
            "model_version": "scribe-asr-med-2024.09.2",
            "eval_set": "cardiology_dictations_v4",
            "wer": 0.084,
            "medical_term_recall": 0.962,
            "n_utterances": 1842,
            "run_at": "2024-09-28T02:00:00Z",
        },
        set(),
        {
            ("model_version", "*"),
            ("eval_set", "*"),
            ("wer", "*"),
            ("medical_term_recall", "*"),
            ("n_utterances", "*"),
            ("run_at", "*"),
        },
        False,
    ),
    (
        "Clinician voice profile enrolment: display name, no health",
        {
            "user_id": "u-4471",
            "display_name": "Priya Raman, MD",
            "voice_profile_id": "vp_2f8c91ab",
            "acoustic_model": "en-US-med-v7",
            "enrolled_at": "2024-01-12T10:03:00Z",
            "accent": "General American",
        },
        {("display_name", "NAME")},
        {("acoustic_model", "*"), ("enrolled_at", "*"), ("accent", "*")},
        False,
    ),
    (
        "Draft-to-final edit diff of a ROS section, no person",
        {
            "note_id": "note_5521c0f3",
            "section": "ROS",
            "draft": "Negative for fever, chills.",
            "final": "Negative for fever, chills, night sweats.",
            "edit_distance": 14,
            "edited_by_role": "physician",
        },
        {("final", "HEALTH")},
        {("edit_distance", "*"), ("section", "*"), ("edited_by_role", "*")},
        False,
    ),
    (
        "HL7 MDM^T02 message pushing a transcribed report to the EHR",
        {
            "interface": "TRANSCRIBE_OUT",
            "hl7_message": "MSH|^~\\&|TRANSCRIBE|VENDOR|EPIC|MEMHOSP|20241003161200||"
            "MDM^T02|MSG000123|P|2.5.1\rPID|1||00482211^^^MRN||KIM^SARAH||19900514|F\r"
            "TXA|1|CN|TX|20241003||||||||DOC778812||||AU\r"
            "OBX|1|TX|||Assessment: migraine without aura.",
            "ack": "AA",
        },
        {
            ("hl7_message", "NAME"),
            ("hl7_message", "MRN|OTHER_ID"),
            ("hl7_message", "DATE"),
            ("hl7_message", "HEALTH"),
        },
        {("interface", "*"), ("ack", "*")},
        True,
    ),
    (
        "Transcribe Medical streaming event: a final result, no person",
        {
            "TranscriptEvent": {
                "Transcript": {
                    "Results": [
                        {
                            "ResultId": "9f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b",
                            "StartTime": 4.21,
                            "EndTime": 6.88,
                            "IsPartial": False,
                            "ChannelId": "ch_0",
                            "Alternatives": [
                                {
                                    "Transcript": "she was started on Eliquis after the DVT",
                                }
                            ],
                        }
                    ]
                }
            }
        },
        {("TranscriptEvent.Transcript.Results[0].Alternatives[0].Transcript", "HEALTH")},
        {
            ("TranscriptEvent.Transcript.Results[0].ResultId", "*"),
            ("TranscriptEvent.Transcript.Results[0].StartTime", "*"),
            ("TranscriptEvent.Transcript.Results[0].ChannelId", "*"),
        },
        False,
    ),
    (
        "Ambient session list (admin console CSV): clinician, patient initials, template",
        {
            "Session ID": "S-20241003-000412",
            "Clinician": "Anil Menon",
            "Patient Initials": "J.R.",
            "Started": "10/03/2024 09:14",
            "Duration (min)": "17.4",
            "Note Status": "Signed",
            "Template": "SOAP - Orthopedics",
        },
        {("Clinician", "NAME"), ("Patient Initials", "NAME")},
        {("Session ID", "*"), ("Duration (min)", "*"), ("Note Status", "*"), ("Template", "*")},
        False,
    ),
    (
        "Patient feedback on the ambient scribe (survey): comment and email",
        {
            "response_id": "R_3kX9pQ2mZ7",
            "respondent_email": "cjohansen62@gmail.com",
            "encounter_date": "2024-10-01",
            "comfortable_with_recording": "Yes",
            "comment": "Dr. Hughes actually looked at me instead of the screen while we "
            "talked about my knee replacement.",
        },
        {
            ("respondent_email", "EMAIL"),
            ("encounter_date", "DATE"),
            ("comment", "NAME"),
            ("comment", "HEALTH"),
        },
        {("response_id", "*"), ("comfortable_with_recording", "*")},
        True,
    ),
    (
        "Note template (clean of people): default ROS text and section list",
        {
            "template_id": "tmpl_0042",
            "template_name": "Diabetes Follow-up",
            "sections": ["HPI", "ROS", "Exam", "A/P"],
            "default_text": {"ros": "Denies polyuria, polydipsia, blurred vision."},
            "version": 7,
            "updated_at": "2024-08-14T12:00:00Z",
        },
        {("default_text.ros", "HEALTH")},
        {
            ("template_id", "*"),
            ("sections[0]", "*"),
            ("sections[3]", "*"),
            ("version", "*"),
            ("updated_at", "*"),
        },
        False,
    ),
    (
        "Dragon-like server job (JSON): cardiac cath report, visit number",
        {
            "JobNumber": "2240817",
            "AuthorID": "4471",
            "AuthorName": "MENON, ANIL",
            "Worktype": "12",
            "WorktypeDesc": "Cardiac Cath Report",
            "Priority": "STAT",
            "PatientName": "LARSON, ERIK",
            "MRN": "M0098123",
            "VisitNumber": "V20241003-0088",
            "DictatedDate": "2024-10-03T11:02:00",
            "DictationLength": "00:06:12",
            "TAT": "4",
            "Status": "In Transcription",
        },
        {
            ("AuthorName", "NAME"),
            ("PatientName", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("VisitNumber", "OTHER_ID|ACCOUNT_NUMBER|MRN"),
            ("WorktypeDesc", "HEALTH"),
        },
        {
            ("JobNumber", "*"),
            ("Worktype", "*"),
            ("Priority", "*"),
            ("DictationLength", "*"),
            ("TAT", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Dictation macro (Dragon-like My Commands): the author's name and exam text",
        {
            "command_name": "normal cardiac exam",
            "owner": "Rebecca Tran, MD",
            "text": "Regular rate and rhythm, no murmurs, rubs or gallops. No peripheral edema.",
            "created": "2024-03-02T08:00:00Z",
            "shared": False,
        },
        {("owner", "NAME"), ("text", "HEALTH")},
        {("created", "*"), ("shared", "*")},
        True,
    ),
    (
        "Transcript segment with the encounter id and only small talk (no health)",
        {
            "encounter_id": "ENC-7730020117",
            "speaker": "PATIENT",
            "start": 15.02,
            "end": 19.4,
            "text": "Oh it's fine, the parking garage was full so I came in from the side.",
        },
        {("encounter_id", "OTHER_ID|MRN")},
        {("speaker", "*"), ("start", "*"), ("end", "*"), ("text", "*")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {}


_AUTHOR = (
    "a bare top-level ``author`` is the user who created an API record (Raiser's Edge "
    "NXT's action ``author`` is the gift officer, workforce, forbidden by "
    "tests/test_philanthropy.py); a dictation queue's ``Author`` column is the "
    "dictating clinician, and nothing but the export's kind tells them apart (a rule "
    "for the column was tried and broke that probe). ``AuthorName`` is read"
)

_OPEN: dict[str, tuple[set, str]] = {
    "Dictation job queue (CSV): a consult with no health words, patient and author": (
        {("Author", "NAME")},
        _AUTHOR,
    ),
    "Dictation job queue (CSV): a colonoscopy report, STAT": ({("Author", "NAME")}, _AUTHOR),
    "Clinician voice profile enrolment: display name, no health": (
        {("display_name", "NAME")},
        "a top-level ``display_name`` is an app's screen name as often as a person's, as "
        "the eighth round left a provider directory's ``Anna Kowalczyk, MD`` under it; a "
        "credential after the name is no sure cue either (``, MD`` is also Maryland after a "
        'city: "Rockville, MD"). The row is no PHI record either way',
    ),
    "Dictation macro (Dragon-like My Commands): the author's name and exam text": (
        {("owner", "NAME")},
        "``owner`` is a CRM record owner's (staff) in every Salesforce and HubSpot export "
        "(detectors/staff.py, SYSTEM_RULES' ``owner``), as tests/test_device_resupply.py "
        "left a warranty form's ``Owner First Name``; a macro's owner cannot be told from "
        "the key alone. So the row, PHI by the contract's rule (a clinician's name beside "
        "health words), is read as health without an identifier",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_ambient_scribe_dictation_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 44 records): a change that loses recall or precision on scribe, dictation
#: and transcription exports fails here. Before the work, blind: SHAPES 8 misses / 1
#: false / 9 wrong of 33, HELD_OUT 2 / 0 / 2 of 11.
FLOORS = ShapeTotals(expected=98, misses=4, false=0, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
