"""Medical interpreting, translation and language access: the exports of a language
services department and its vendors.

A blind probe, written by hand before reading the detectors: what a health system's
language services office, its over-the-phone (OPI) and video remote interpreting (VRI)
vendors and its translation agencies export. Vendor call-detail rows (LanguageLine-,
CyraCom-, Propio- and Stratus-like CSVs and JSON: access code, language, interpreter id,
minutes, per-minute rate, department, requesting clinician, a custom field holding the
patient's MRN), VRI session webhooks (Martti-, Voyce- and InSight-like: session uuid,
the cart's iPad, the encounter's MRN), on-site interpreter scheduling (Boostlingo-like
jobs, EHR appointment rows with ``Interpreter Needed`` and the appointment type),
translation job orders for patient documents (discharge instructions, consent forms,
results; file names such as ``Garcia_Maria_discharge_es.pdf``; word counts and rates),
language-preference fields of EHR and CRM exports (Clarity's ``LANGUAGE_C_NAME``,
HubSpot's ``hs_language``, Health Cloud custom fields), ASL and CDI requests for Deaf
patients, an HL7 SIU message with the PID's primary language, contact-centre rows with
a conferenced interpreter, and free text in Spanish, Vietnamese, Chinese, Korean and
Tagalog. Hard negatives: interpreter badge and vendor ids, language codes (``es``,
``vi``, ``zh-Hant``, ``pt-BR``), ISO 639 tables, vendor account and invoice numbers,
per-minute and per-word rates, aggregate minutes per language, interpreters'
certification numbers (CCHI, NBCMI, ATA), a translation memory's and a glossary's
health words with nobody behind them.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A preferred language is not health**, nor is needing an interpreter (``Interpreter
  Needed: Y``), an ethnicity or a dialect, as tests/test_international_patients.py
  decided for an interpreter language: a record with a person's identifiers and a
  language only is identified, not PHI. Language names and codes (``Spanish``, ``es``,
  ``zh-Hant``, ``vie``, ``VIE^Vietnamese^ISO6392``) are never findings.
- **Being Deaf or hard of hearing is health** (a hearing condition on the person's
  record, as the project reads hearing loss), while ``ASL`` as the requested language
  is a language: neither expected nor forbidden alone. ``CDI`` (a Certified Deaf
  Interpreter) is the interpreter's credential.
- **A professional interpreter's or translator's name is the vendor's workforce**:
  left unscored, as tests/test_international_patients.py left a contracted interpreter's
  name (the project reports clinicians but not call agents). **A relative who interprets
  is a relative**: their name is a NAME (Safe Harbor's names of relatives).
- **The vendor's and the interpreter's numbers are no one's identifier**: an
  interpreter id or badge, an access code, a vendor account, sub-account and invoice
  number, a session or call-detail id, a job id, a CCHI, NBCMI or ATA certification
  number in a roster or an invoice (as an agent's NPN in a producer roster is the
  agent's job, tests/test_life_insurance_underwriting.py). Durations, minutes, rates,
  word counts and amounts are never findings.
- **The patient's ids and dates are**: an MRN in a vendor's custom field, an encounter's
  CSN, the appointment an interpreter is booked for and a date of service beside the
  patient's initials are MRN / OTHER_ID / DATE. A call's or a session's start is left
  unstated (tests/test_calls_and_scheduling.py), and a translation job's due date, a
  delivery stamp, a shift date and a report's month are the vendor's clocks: must-not
  DATE.
- **A department, a clinic or an appointment type that names the care is the patient's
  health context** when a patient is on the row (``Oncology consult``, ``Dialysis
  Unit``, ``Labor & Delivery``), as tests/test_international_patients.py decided for
  "Oncology Infusion"; in an aggregate without a person it is no one's.
- **A translated document is health context when its title or note names the care**
  ("Informed consent - cardiac catheterization", "MRI results"); a document type alone
  ("Discharge Instructions", "consent") is not, as tests/test_document_intake.py decided
  for fax subjects. **A file name that holds the patient's name is a NAME**
  (tests/test_structured_text_formats.py: "a file name that holds a person's name").
- **The hospital's cart, its iPad and its room are not the patient's**: a VRI device's
  serial is the clinic's equipment (tests/test_dermatology_allergy.py), not a DEVICE_ID;
  a room or a bed is no identifier (tests/test_clinical_messaging_paging.py); the
  interpreter services office's own phone, role mailbox and address are the
  organisation's.
- **Free text in other languages**: health words, dates and shaped identifiers are
  expected in Spanish, Vietnamese, Chinese, Korean and Tagalog; names are expected after
  a Spanish cue or a greeting, and under a field named for the person in any script,
  but not inside CJK free text (tests/test_multilingual.py).

After reading the detectors no blind expectation was changed; one must-not was stricter
than the project (a bare ``due_date`` is read for a DATE) and is narrowed on top
(:data:`_DECIDED`). What the work built: a vendor portal's custom field read under its
display ``label`` (``customFields = [{"label": "MRN", "value": ...}]``, when no machine
name stands beside it); a bare ``Dept``, ``Department`` or ``Clinic`` beside the
patient's MRN read as the department of service, the care specialty it names a PROCEDURE
(it closed tests/test_international_patients.py's open interpreter request log); an
interpreting vendor's call detail (an interpreter's id beside the language) whose
``Account`` and ``accountNumber`` are the hospital's with the vendor; a roster of
interpreters (their id beside ``Languages``) whose CCHI, NBCMI and ATA numbers are their
trade's, as a producer roster's licences are; translation memories and glossaries
(a segment pair beside its language pair, two ``term_xx`` columns) whose clocks are the
resource's; a service rate card (``Rate per Minute``) whose effective date is the card's;
``Abandon %`` and ``Avg Connect`` as a dashboard's measures; a ``job`` object done into a
language as a work order, not an employer's post (its document names the patient's
care); ``requested_by`` as a sender field and a language services office's mailboxes
(``interpreters@``, ``language.services@``) as role mailboxes, and an organisation's
listing's role mailbox as its own; Spanish greetings before a name ("Hola Rosa,");
``deaf_hard_of_hearing`` and ``hearing_impairment`` as health fields;
:mod:`detectors.file_names`, a new family (a person's name that a document's file name is
built from: ``Garcia_Maria_discharge_es.pdf``; it also closed
tests/test_workforce_recruiting.py's open resume file name); and eleven vocabulary terms
(``neumonía``, ``metformina``, ``amoxicilina``, ``sordera``, ``active labor``, ``trabajo
de parto``...). "Hard of hearing" is no vocabulary term: sample_data's gold reads a
caller's "hard of hearing - call slowly" as no health context, so only a hearing field
reads it. One record is left open (:data:`LEFT_ALONE`): a VRI cart's iPad serial.

Figures (misses / false findings / records wrong): SHAPES (33 records), blind 9 / 6 / 11,
after the work 0 / 0 / 0. HELD_OUT (11 records), blind before any work 2 / 5 / 5; scored
once after the work on SHAPES: 1 / 5 / 5; after five more general fixes (a ``job`` done
into a language, an interpreter roster's credentials, a service rate card,
``requested_by`` as a sender and ``care.coordination@`` as a role mailbox) and the
decision on a bare ``due_date``: 0 / 1 / 1 (the iPad serial, in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "OPI vendor call-detail CSV row: MRN in a custom field, cardiology clinic",
        {
            "Call Date": "10/14/2024",
            "Start Time": "09:12:44",
            "Account": "LL-204481",
            "Access Code": "318822",
            "Language": "Spanish",
            "Interpreter ID": "412883",
            "Duration (min)": "17",
            "Rate": "$0.95",
            "Charge": "$16.15",
            "Dept": "Cardiology Clinic",
            "Requestor": "Dr. Anita Raman",
            "Custom 1 (MRN)": "E00482193",
        },
        {
            ("Custom 1 (MRN)", "MRN"),
            ("Requestor", "NAME"),
            ("Dept", "HEALTH"),
        },
        {
            ("Account", "*"),
            ("Access Code", "*"),
            ("Language", "*"),
            ("Interpreter ID", "*"),
            ("Duration (min)", "*"),
            ("Rate", "*"),
            ("Charge", "*"),
        },
        True,
    ),
    (
        "VRI session JSON: cart iPad, Vietnamese interpreter, the encounter's MRN and reason",
        {
            "session_id": "a3f1c9e2-7b4d-4e10-9c55-2d8f61b0e7aa",
            "platform": "VRI",
            "language": {"code": "vi", "name": "Vietnamese"},
            "interpreter": {"badge_id": "INT-20931", "first_name": "Thanh"},
            "requested_by": {
                "unit": "4 West Med-Surg",
                "device_name": "iPad-4W-02",
                "user": "rn.kpatel",
            },
            "started_at": "2024-10-14T14:03:11Z",
            "ended_at": "2024-10-14T14:34:50Z",
            "connect_seconds": 22,
            "billable_minutes": 31,
            "encounter": {"mrn": "10048823", "reason": "pain management after hip replacement"},
        },
        {("encounter.mrn", "MRN"), ("encounter.reason", "HEALTH")},
        {
            ("session_id", "*"),
            ("language.code", "*"),
            ("language.name", "*"),
            ("interpreter.badge_id", "*"),
            ("requested_by.device_name", "*"),
            ("connect_seconds", "*"),
            ("billable_minutes", "*"),
        },
        True,
    ),
    (
        "On-site interpreter schedule (EHR appointment CSV): oncology consult, room",
        {
            "Appt Date": "11/04/2024",
            "Appt Time": "10:30 AM",
            "Patient Name": "Nguyen, Thi Lan",
            "MRN": "00719342",
            "DOB": "03/22/1956",
            "Appt Type": "ONCOLOGY CONSULT",
            "Provider": "PATEL, RAJESH MD",
            "Location": "Cancer Center 2nd Floor",
            "Room": "214B",
            "Language": "Vietnamese",
            "Interpreter Needed": "Y",
            "Interpreter Assigned": "Tran, Minh",
        },
        {
            ("Appt Date", "DATE"),
            ("Patient Name", "NAME"),
            ("MRN", "MRN"),
            ("DOB", "DATE"),
            ("Appt Type", "HEALTH"),
            ("Provider", "NAME"),
        },
        {
            ("Location", "LOCATION"),
            ("Room", "*"),
            ("Language", "*"),
            ("Interpreter Needed", "*"),
        },
        True,
    ),
    (
        "Translation job order: discharge instructions into Spanish, a file named for the patient",
        {
            "job_id": "TR-2024-08817",
            "source_language": "en-US",
            "target_language": "es-MX",
            "document_type": "Discharge Instructions",
            "file_name": "Garcia_Maria_discharge_es.pdf",
            "word_count": 1240,
            "rate_per_word": "0.18",
            "due_date": "2024-10-16",
            "requested_by": "care.coordination@lakesidehealth.org",
            "patient_mrn": "M2210487",
            "notes": "Heart failure discharge, low-sodium diet and furosemide dosing",
        },
        {
            ("file_name", "NAME"),
            ("patient_mrn", "MRN"),
            ("notes", "HEALTH"),
        },
        {
            ("job_id", "*"),
            ("source_language", "*"),
            ("target_language", "*"),
            ("word_count", "*"),
            ("rate_per_word", "*"),
            ("due_date", "DATE"),
            ("requested_by", "EMAIL"),
        },
        True,
    ),
    (
        "Clarity-like patient demographics: language and interpreter flag, no health",
        {
            "PAT_ID": "Z4481920",
            "PAT_MRN_ID": "102934871",
            "PAT_NAME": "LOPEZ,ROSA M",
            "BIRTH_DATE": "1948-07-09",
            "LANGUAGE_C_NAME": "Spanish",
            "INTRPTR_NEEDED_YN": "Y",
            "ETHNIC_GROUP_C_NAME": "Hispanic or Latino",
            "ZIP": "60623",
        },
        {
            ("PAT_ID", "OTHER_ID|MRN"),
            ("PAT_MRN_ID", "MRN"),
            ("PAT_NAME", "NAME"),
            ("BIRTH_DATE", "DATE"),
            ("ZIP", "ZIP_CODE"),
        },
        {
            ("LANGUAGE_C_NAME", "*"),
            ("INTRPTR_NEEDED_YN", "*"),
            ("ETHNIC_GROUP_C_NAME", "*"),
        },
        False,
    ),
    (
        "HubSpot contact: preferred language Russian and an interpreter flag, no health",
        {
            "id": "51234",
            "properties": {
                "firstname": "Dmitri",
                "lastname": "Volkov",
                "email": "dvolkov77@gmail.com",
                "mobilephone": "+1 (267) 555-0152",
                "hs_language": "ru",
                "preferred_language": "Russian",
                "interpreter_required": "true",
                "lifecyclestage": "lead",
                "createdate": "2024-09-30T12:00:00Z",
            },
        },
        {
            ("properties.firstname", "NAME"),
            ("properties.lastname", "NAME"),
            ("properties.email", "EMAIL"),
            ("properties.mobilephone", "PHONE"),
        },
        {
            ("properties.hs_language", "*"),
            ("properties.preferred_language", "*"),
            ("properties.interpreter_required", "*"),
            ("properties.createdate", "*"),
        },
        False,
    ),
    (
        "ASL on-site request: a Deaf patient's audiology visit, CDI requested",
        {
            "request_id": "ASL-10492",
            "request_type": "ASL - On-site",
            "patient_name": "Kevin O'Hara",
            "mrn": "00550913",
            "appointment": "2024-11-12T13:00:00",
            "appointment_type": "Audiology - hearing aid fitting",
            "deaf_hard_of_hearing": "Deaf",
            "communication_notes": "Uses ASL, lip reads minimally; CDI requested",
            "location": "Main Campus, ENT Clinic",
        },
        {
            ("patient_name", "NAME"),
            ("mrn", "MRN"),
            ("appointment", "DATE"),
            ("appointment_type", "HEALTH"),
            ("deaf_hard_of_hearing", "HEALTH"),
        },
        {("request_id", "*"), ("request_type", "*"), ("location", "LOCATION")},
        True,
    ),
    (
        "Interpreter roster (vendor workforce): CCHI number, badge, hourly rate, no patient",
        {
            "Interpreter ID": "INT-20931",
            "Name": "Thanh Pham",
            "Languages": "Vietnamese; Cantonese",
            "Credential": "CCHI CHI-Vietnamese",
            "CCHI Cert #": "109334",
            "Badge": "B-4471",
            "Hourly Rate": "$48.00",
            "Status": "Active",
        },
        set(),
        {
            ("Interpreter ID", "*"),
            ("Languages", "*"),
            ("Credential", "*"),
            ("CCHI Cert #", "*"),
            ("Badge", "*"),
            ("Hourly Rate", "*"),
            ("Status", "*"),
        },
        False,
    ),
    (
        "Monthly utilisation by language (clean aggregate): calls, minutes, cost",
        {
            "Month": "2024-09",
            "Language": "Spanish",
            "Calls": "1,482",
            "Minutes": "18,244",
            "Avg Minutes": "12.3",
            "Cost": "$17,331.80",
            "Top Department": "Emergency Department",
        },
        set(),
        {
            ("Month", "*"),
            ("Language", "*"),
            ("Calls", "*"),
            ("Minutes", "*"),
            ("Avg Minutes", "*"),
            ("Cost", "*"),
        },
        False,
    ),
    (
        "Bilingual nurse's Spanish call note: name, birth date, chest pain",
        {
            "note_id": "N-7720184",
            "author": "rn_mgarcia",
            "note_text": (
                "Llamé a la paciente Sra. Elena Ramírez, fecha de nacimiento 14/03/1962. "
                "Dice que tiene dolor de pecho y presión alta. Se programó intérprete para "
                "la cita del 21 de noviembre."
            ),
            "language": "es",
        },
        {("note_text", "NAME"), ("note_text", "DATE"), ("note_text", "HEALTH")},
        {("note_id", "*"), ("language", "*")},
        True,
    ),
    (
        "Vietnamese SMS reply asking for an interpreter: diabetes, high blood pressure",
        {
            "sid": "SM9f2c41e8b7a04d55a1c3e2f90b6d7e41",
            "from": "+14085550142",
            "to": "+18885550100",
            "body": (
                "Chào bác sĩ, mẹ tôi bị tiểu đường và cao huyết áp, cần thông dịch viên "
                "tiếng Việt cho buổi hẹn thứ Năm."
            ),
            "date_sent": "Mon, 14 Oct 2024 16:02:11 +0000",
            "num_segments": "2",
        },
        {("from", "PHONE"), ("body", "HEALTH")},
        {("sid", "*"), ("to", "PHONE"), ("date_sent", "*"), ("num_segments", "*")},
        True,
    ),
    (
        "Chinese intake row: a name in Han script, Cantonese, diabetes follow-up",
        {
            "patient_name": "陈美玲",
            "preferred_language": "zh-Hant",
            "dialect": "Cantonese (粵語)",
            "chief_complaint": "糖尿病覆診，血糖控制不佳",
            "phone": "(415) 555-0187",
        },
        {
            ("patient_name", "NAME"),
            ("chief_complaint", "HEALTH"),
            ("phone", "PHONE"),
        },
        {("preferred_language", "*"), ("dialect", "*")},
        True,
    ),
    (
        "Vendor invoice line (clean): account, period, Haitian Creole minutes and rate",
        {
            "invoice_number": "INV-0098124",
            "vendor_account_id": "CYR-7714-02",
            "billing_period": "2024-09-01/2024-09-30",
            "service": "OPI",
            "language": "Haitian Creole",
            "minutes": 412,
            "per_minute_rate": 1.05,
            "amount": 432.60,
            "cost_center": "CC-4410 Patient Access",
        },
        set(),
        {
            ("invoice_number", "*"),
            ("vendor_account_id", "*"),
            ("billing_period", "*"),
            ("language", "*"),
            ("minutes", "*"),
            ("per_minute_rate", "*"),
            ("amount", "*"),
            ("cost_center", "*"),
        },
        False,
    ),
    (
        "Boostlingo-like on-site job: Portuguese, Labor & Delivery, the patient in labor",
        {
            "id": 558120,
            "type": "onsite",
            "status": "completed",
            "language": {"from": "English", "to": "Portuguese (Brazil)", "code": "pt-BR"},
            "start_time": "2024-10-21T15:00:00-04:00",
            "end_time": "2024-10-21T17:00:00-04:00",
            "customer": {"account": "MGH-ILS", "department": "Labor & Delivery"},
            "consumer": {"name": "Ana Paula Souza", "mrn": "7718342"},
            "interpreter": {"id": "IN-88213", "name": "Ricardo Alves"},
            "notes": "Pt in active labor, 38 weeks",
        },
        {
            ("consumer.name", "NAME"),
            ("consumer.mrn", "MRN"),
            ("notes", "HEALTH"),
        },
        {
            ("id", "*"),
            ("language.code", "*"),
            ("language.to", "*"),
            ("customer.account", "*"),
            ("interpreter.id", "*"),
        },
        True,
    ),
    (
        "GA4 page view of the Spanish language-access page (clean of health)",
        {
            "event_name": "page_view",
            "user_pseudo_id": "1290455871.1728912201",
            "page_location": "https://www.lakesidehealth.org/es/servicios-de-interpretacion",
            "page_title": "Servicios de interpretación gratuitos | Lakeside Health",
            "language": "es-us",
            "event_timestamp": "1728912245881003",
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {("page_title", "*"), ("language", "*"), ("event_timestamp", "*")},
        False,
    ),
    (
        "Health Cloud contact: Somali, interpreter needed, diabetes care programme",
        {
            "attributes": {"type": "Contact"},
            "FirstName": "Amina",
            "LastName": "Yusuf",
            "MobilePhone": "(612) 555-0133",
            "Preferred_Language__c": "Somali",
            "Interpreter_Needed__c": True,
            "Primary_Condition__c": "Type 2 diabetes",
            "Care_Program__c": "Diabetes Self-Management Education",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("MobilePhone", "PHONE"),
            ("Primary_Condition__c", "HEALTH"),
        },
        {("Preferred_Language__c", "*"), ("Interpreter_Needed__c", "*")},
        True,
    ),
    (
        "Spanish translation request form (CSV): the patient's MRI results",
        {
            "Nombre completo": "Jorge Luis Méndez",
            "Correo electrónico": "jlmendez82@gmail.com",
            "Teléfono": "(305) 555-0148",
            "Fecha de nacimiento": "09/11/1982",
            "Documento a traducir": "Resultados de resonancia magnética (MRI) de rodilla",
            "Idioma": "Español",
            "Fecha de envío": "2024-10-02 11:24:09",
        },
        {
            ("Nombre completo", "NAME"),
            ("Correo electrónico", "EMAIL"),
            ("Teléfono", "PHONE"),
            ("Fecha de nacimiento", "DATE"),
            ("Documento a traducir", "HEALTH"),
        },
        {("Idioma", "*")},
        True,
    ),
    (
        "Flowsheet row: interpreter used, with the interpreter's id in the value, no health",
        {
            "PAT_ENC_CSN_ID": "7200418832",
            "FLO_MEAS_NAME": "Interpreter Used",
            "MEAS_VALUE": "Yes - Video (VRI) Arabic, ID# 20931",
            "RECORDED_TIME": "2024-10-14 14:05:00",
            "ENTRY_USER": "NURSE, JANE",
        },
        {("PAT_ENC_CSN_ID", "OTHER_ID|MRN")},
        {("FLO_MEAS_NAME", "*"), ("MEAS_VALUE", "*")},
        False,
    ),
    (
        "Contact-centre call with a conferenced interpreter: wrap-up notes name a mammogram",
        {
            "CallId": "c-7f1e0a92-55b1",
            "ANI": "+17135550166",
            "DNIS": "+18005550199",
            "LanguageSelected": "Spanish (press 2)",
            "QueueName": "Spanish_Scheduling",
            "AgentId": "ag_3381",
            "InterpreterConferenced": "Y",
            "InterpreterVendorCode": "LL",
            "InterpreterId": "274415",
            "Disposition": "Appointment scheduled - mammogram",
            "WrapUpNotes": "Pt Maria Torres DOB 2/8/1970 scheduled screening mammo 11/18",
        },
        {
            ("ANI", "PHONE"),
            ("Disposition", "HEALTH"),
            ("WrapUpNotes", "NAME"),
            ("WrapUpNotes", "DATE"),
            ("WrapUpNotes", "HEALTH"),
        },
        {
            ("CallId", "*"),
            ("DNIS", "*"),
            ("LanguageSelected", "*"),
            ("QueueName", "*"),
            ("AgentId", "*"),
            ("InterpreterVendorCode", "*"),
            ("InterpreterId", "*"),
        },
        True,
    ),
    (
        "Consent form translated into Korean: cardiac catheterization, translator's ATA number",
        {
            "job": {
                "id": "J-44120",
                "document": "Informed consent - cardiac catheterization",
                "target_lang": "ko",
            },
            "patient": {"name": "Kim Soo-jin", "dob": "1975-05-30"},
            "translator": {"name": "Park Ji-ho", "ata_cert": "ATA #519203"},
            "delivered_at": "2024-10-05T16:22:00Z",
        },
        {
            ("job.document", "HEALTH"),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
        },
        {
            ("job.id", "*"),
            ("job.target_lang", "*"),
            ("translator.ata_cert", "*"),
            ("delivered_at", "*"),
        },
        True,
    ),
    (
        "Patient-experience comment on interpreter services: a biopsy, signed by the patient",
        {
            "survey_id": "PX-2024-10-55812",
            "question": "Comments about interpreter services",
            "comment": (
                "The Spanish interpreter on the video was very kind while the doctor "
                "explained my biopsy results. - Carmen Ortiz"
            ),
            "survey_language": "es",
        },
        {("comment", "NAME"), ("comment", "HEALTH")},
        {("survey_id", "*"), ("question", "*"), ("survey_language", "*")},
        True,
    ),
    (
        "Spanish discharge instructions as translated (document text): pneumonia, amoxicillin",
        {
            "doc_id": "DOC-558120",
            "lang": "es",
            "title": "Instrucciones de alta",
            "body": (
                "Paciente: Roberto Sánchez\nFecha de alta: 10/12/2024\nDiagnóstico: neumonía\n"
                "Medicamentos: amoxicilina 875 mg dos veces al día por 7 días.\n"
                "Cita de seguimiento con el Dr. Kim el 10/19/2024."
            ),
        },
        {("body", "NAME"), ("body", "DATE"), ("body", "HEALTH")},
        {("doc_id", "*"), ("lang", "*")},
        True,
    ),
    (
        "Interpreter shift roster (clean): shift date, languages, site, assignment count",
        {
            "shift_date": "2024-11-04",
            "interpreter_id": "INT-30022",
            "languages": ["Mandarin", "Cantonese"],
            "site": "Main Hospital",
            "start": "07:00",
            "end": "15:30",
            "assignments": 6,
        },
        set(),
        {
            ("shift_date", "*"),
            ("interpreter_id", "*"),
            ("languages[0]", "*"),
            ("languages[1]", "*"),
            ("site", "*"),
            ("start", "*"),
            ("end", "*"),
            ("assignments", "*"),
        },
        False,
    ),
    (
        "ISO 639 language table with vendor codes (clean reference)",
        {
            "iso_639_1": "vi",
            "iso_639_2": "vie",
            "iso_639_3": "vie",
            "name": "Vietnamese",
            "native_name": "Tiếng Việt",
            "vendor_code": "VIE",
            "opi_available": True,
            "vri_available": True,
        },
        set(),
        {
            ("iso_639_1", "*"),
            ("iso_639_2", "*"),
            ("iso_639_3", "*"),
            ("name", "*"),
            ("native_name", "*"),
            ("vendor_code", "*"),
        },
        False,
    ),
    (
        "HL7 SIU message to the interpreter vendor: PID with primary language, oncology consult",
        {
            "message": (
                "MSH|^~\\&|EPIC|LAKESIDE|INTERP|VENDOR|202410140912||SIU^S12|MSG00231|P|2.5.1\r"
                "PID|1||00719342^^^MRN||NGUYEN^THI LAN||19560322|F|||"
                "1200 Story Rd^^San Jose^CA^95122||(408)555-0173|||VIE^Vietnamese^ISO6392\r"
                "AIS|1||ONCCON^Oncology consult\r"
            ),
        },
        {
            ("message", "MRN"),
            ("message", "NAME"),
            ("message", "DATE"),
            ("message", "LOCATION"),
            ("message", "PHONE"),
            ("message", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Vendor no-show billing row: patient initials, dialysis unit, date of service",
        {
            "Job #": "558901",
            "Date of Service": "10/08/2024",
            "Patient Initials": "R.S.",
            "Clinic": "Dialysis Unit",
            "Language": "Tagalog",
            "Interpreter": "Maria Santos",
            "Billed Minutes": "120 (2hr min)",
            "No Show": "Y",
        },
        {
            ("Date of Service", "DATE"),
            ("Patient Initials", "NAME"),
            ("Clinic", "HEALTH"),
        },
        {("Job #", "*"), ("Language", "*"), ("Billed Minutes", "*"), ("No Show", "*")},
        True,
    ),
    (
        "Section 1557 language-access quarterly report (clean aggregate)",
        {
            "quarter": "2024-Q3",
            "facility": "Lakeside Medical Center",
            "LEP_patients_served": 4821,
            "pct_with_interpreter": "92.4%",
            "top_languages": "Spanish, Vietnamese, Arabic",
            "complaints": 3,
        },
        set(),
        {
            ("quarter", "*"),
            ("facility", "*"),
            ("LEP_patients_served", "*"),
            ("pct_with_interpreter", "*"),
            ("top_languages", "*"),
            ("complaints", "*"),
        },
        False,
    ),
    (
        "VRI session-ended webhook: Somali, the cart iPad's serial, ED chief complaint",
        {
            "event": "session.ended",
            "data": {
                "session_uuid": "6d0b7e52-91f3-4c8a-b2de-4a7e31c90f18",
                "language_id": 14,
                "language": "Somali",
                "duration_sec": 1840,
                "client_device": {"model": "iPad (9th generation)", "serial": "DMPXK2L4Q1GC"},
                "metadata": {
                    "patient_mrn": "88213045",
                    "room": "ED-12",
                    "chief_complaint": "abdominal pain, vomiting x2 days",
                },
            },
        },
        {("data.metadata.patient_mrn", "MRN"), ("data.metadata.chief_complaint", "HEALTH")},
        {
            ("data.session_uuid", "*"),
            ("data.language_id", "*"),
            ("data.language", "*"),
            ("data.duration_sec", "*"),
            ("data.client_device.serial", "DEVICE_ID"),
            ("data.metadata.room", "*"),
        },
        True,
    ),
    (
        "Spanish SMS reminder: mammogram appointment, interpreter available",
        {
            "to": "+17735550191",
            "from": "+13125550100",
            "body": (
                "Hola Rosa, le recordamos su cita de mamografía el 12 de noviembre a las "
                "9:00 AM. Tendremos un intérprete disponible. Responda C para confirmar."
            ),
            "status": "delivered",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "DATE"), ("body", "HEALTH")},
        {("status", "*")},
        True,
    ),
    (
        "Translation agency linguist directory (workforce): NBCMI number, specialty",
        {
            "Linguist": "Hoang, Duc",
            "Linguist ID": "LNG-00813",
            "NBCMI Certification": "CMI-Vietnamese 10521",
            "Email": "duc.hoang@globolinguists.com",
            "Phone": "(206) 555-0110",
            "Specialty": "Medical - Oncology",
            "Languages": "vi>en, en>vi",
        },
        set(),
        {
            ("Linguist ID", "*"),
            ("NBCMI Certification", "*"),
            ("Specialty", "HEALTH"),
            ("Languages", "*"),
        },
        False,
    ),
    (
        "CyraCom-like call detail JSON: custom fields hold the patient's name, MRN and reason",
        {
            "callDetailId": 99812233,
            "accountNumber": "104882-01",
            "subAccount": "ED",
            "languageName": "Arabic",
            "interpreterNumber": "50212",
            "startDateTime": "2024-10-13T02:14:09",
            "durationMinutes": 9,
            "customFields": [
                {"label": "Patient Name", "value": "Khalid Mansour"},
                {"label": "MRN", "value": "E7741029"},
                {"label": "Reason", "value": "chest pain evaluation"},
            ],
        },
        {
            ("customFields[0].value", "NAME"),
            ("customFields[1].value", "MRN"),
            ("customFields[2].value", "HEALTH"),
        },
        {
            ("callDetailId", "*"),
            ("accountNumber", "*"),
            ("subAccount", "*"),
            ("languageName", "*"),
            ("interpreterNumber", "*"),
            ("durationMinutes", "*"),
        },
        True,
    ),
    (
        "Registration row: a 91-year-old, the daughter interprets, memory-loss evaluation",
        {
            "Last Name": "Abdi",
            "First Name": "Hodan",
            "Age": "91",
            "Phone": "(612) 555-0177",
            "Language": "Somali",
            "Interpreter": "Daughter (Fadumo Abdi) will interpret",
            "Reason for Visit": "memory loss evaluation",
        },
        {
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("Age", "AGE_OVER_89"),
            ("Phone", "PHONE"),
            ("Interpreter", "NAME"),
            ("Reason for Visit", "HEALTH"),
        },
        {("Language", "*")},
        True,
    ),
    (
        "Interpreter services office listing (clean): its own phone, mailbox and address",
        {
            "name": "Lakeside Health Interpreter Services",
            "telephone": "(312) 555-0100",
            "email": "interpreters@lakesidehealth.org",
            "hours": "24/7",
            "languages_offered": "Spanish, Polish, Arabic, Vietnamese, ASL",
            "address": "1200 W Harrison St, Chicago, IL 60607",
        },
        set(),
        {
            ("name", "*"),
            ("telephone", "*"),
            ("email", "*"),
            ("hours", "*"),
            ("languages_offered", "*"),
            ("address", "*"),
        },
        False,
    ),
    (
        "ASL interpreter request email: a Deaf patient's colonoscopy under sedation",
        {
            "subject": "ASL interpreter request - 11/20 colonoscopy",
            "from": "kelly.nguyen@lakesidehealth.org",
            "body": (
                "Please schedule an in-person ASL interpreter for our patient Daniel Brooks "
                "(MRN 00482271), who is Deaf, for his colonoscopy on 11/20/2024 at 7:30 AM in "
                "Endoscopy. VRI is not appropriate due to sedation. Thanks, Kelly, Patient Access"
            ),
        },
        {
            ("subject", "HEALTH"),
            ("body", "NAME"),
            ("body", "MRN"),
            ("body", "DATE"),
            ("body", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Vendor dashboard by language and modality (clean aggregate): connect time, abandons",
        {
            "Date": "2024-10-14",
            "Language": "Mandarin",
            "Modality": "VRI",
            "Calls": 233,
            "Avg Connect (sec)": 38,
            "Abandon %": "2.1%",
        },
        set(),
        {
            ("Date", "*"),
            ("Language", "*"),
            ("Modality", "*"),
            ("Calls", "*"),
            ("Avg Connect (sec)", "*"),
            ("Abandon %", "*"),
        },
        False,
    ),
    (
        "Korean chat transcript: a daughter asks for an interpreter for her diabetic mother",
        {
            "transcript": [
                {
                    "from": "visitor",
                    "text": (
                        "안녕하세요, 어머니가 당뇨병이 있어서 한국어 통역사가 필요합니다. "
                        "어머니 성함은 이순자, 생년월일 1950년 4월 2일입니다."
                    ),
                },
                {
                    "from": "agent",
                    "text": "Thank you! We'll add a Korean interpreter to her appointment.",
                },
            ],
            "visitor_email": "jhlee.family@gmail.com",
        },
        {
            ("transcript[0].text", "HEALTH"),
            ("transcript[0].text", "DATE"),
            ("visitor_email", "EMAIL"),
        },
        {("transcript[1].text", "*")},
        True,
    ),
    (
        "Storage inventory of completed translations: a file named for the patient, no health",
        {
            "bucket": "translations-prod",
            "key": "completed/2024/10/Kowalski_Jan_consent_pl.pdf",
            "size": 184223,
            "last_modified": "2024-10-09T18:02:11.000Z",
            "etag": '"9b2cf535f27731c974343645a3985328"',
        },
        {("key", "NAME")},
        {
            ("bucket", "*"),
            ("size", "*"),
            ("last_modified", "*"),
            ("etag", "*"),
        },
        False,
    ),
    (
        "Mailchimp audience export: Vietnamese diabetes education list",
        {
            "Email Address": "thuy.tran88@yahoo.com",
            "First Name": "Thuy",
            "Language": "vi",
            "TAGS": "Diabetes Education - Vietnamese",
            "MEMBER_RATING": "3",
            "OPTIN_TIME": "2024-06-02 10:12:44",
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("TAGS", "HEALTH"),
        },
        {("Language", "*"), ("MEMBER_RATING", "*"), ("OPTIN_TIME", "*")},
        True,
    ),
    (
        "Freelance interpreter's invoice: CCHI number, a well-child visit, the patient's surname",
        {
            "Invoice #": "OK-2024-118",
            "Interpreter": "Olena Kovalenko",
            "CCHI #": "CHI-104882",
            "Date": "10/07/2024",
            "Assignment": "Ukrainian - Pediatrics well-child visit",
            "Patient Last Name": "Shevchenko",
            "Hours": "2.0",
            "Mileage": "18",
            "Rate": "$55/hr",
        },
        {
            ("Date", "DATE"),
            ("Assignment", "HEALTH"),
            ("Patient Last Name", "NAME"),
        },
        {
            ("Invoice #", "*"),
            ("CCHI #", "*"),
            ("Hours", "*"),
            ("Mileage", "*"),
            ("Rate", "*"),
        },
        True,
    ),
    (
        "VRI rate card (clean): ASL per-minute rate, minimum, surcharge, contract",
        {
            "Service": "VRI - ASL",
            "Rate per Minute": "$3.25",
            "Minimum Minutes": "15",
            "After Hours Surcharge": "$0.50",
            "Effective": "2025-01-01",
            "Contract": "MSA-2024-117",
        },
        set(),
        {
            ("Service", "*"),
            ("Rate per Minute", "*"),
            ("Minimum Minutes", "*"),
            ("After Hours Surcharge", "*"),
            ("Effective", "*"),
            ("Contract", "*"),
        },
        False,
    ),
    (
        "Community health worker's Tagalog note: high blood pressure, cardiology visit",
        {
            "Patient": "Reyes, Corazon",
            "Contact Note": (
                "Tinawagan ko si Gng. Reyes. May altapresyon siya at kailangan ng interpreter "
                "sa Tagalog para sa kanyang cardiology appointment."
            ),
            "Contact Date": "10/15/2024",
            "CHW": "chw_dlim",
        },
        {("Patient", "NAME"), ("Contact Note", "HEALTH")},
        {("CHW", "*")},
        True,
    ),
    (
        "Translation memory segment (health, nobody): metformin instructions in two languages",
        {
            "segment_id": "TM-DIAB-000412",
            "source_lang": "en",
            "target_lang": "es",
            "source_text": "Take metformin 500 mg twice daily with meals.",
            "target_text": "Tome metformina 500 mg dos veces al día con las comidas.",
            "tm_name": "Diabetes Patient Education",
            "last_used": "2024-10-01",
        },
        {("source_text", "HEALTH"), ("target_text", "HEALTH")},
        {("segment_id", "*"), ("source_lang", "*"), ("target_lang", "*"), ("last_used", "*")},
        False,
    ),
    (
        "Terminology glossary entry (health, nobody): high blood pressure in Vietnamese",
        {
            "term_id": "GL-00871",
            "term_en": "high blood pressure",
            "term_vi": "cao huyết áp",
            "domain": "Cardiology",
            "approved_by": "LSC Terminology Committee",
            "approved_on": "2024-03-12",
        },
        {("term_en", "HEALTH"), ("term_vi", "HEALTH")},
        {("term_id", "*"), ("approved_by", "*"), ("approved_on", "*")},
        False,
    ),
    (
        "Badge access log of a contract interpreter (clean): badge, reader, time",
        {
            "badge_id": "B-4471",
            "reader": "ED-North-Door-2",
            "ts": "2024-10-14T02:10:55Z",
            "result": "GRANTED",
            "holder_type": "Contract Interpreter",
        },
        set(),
        {
            ("badge_id", "*"),
            ("reader", "*"),
            ("ts", "*"),
            ("result", "*"),
            ("holder_type", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Translation job order: discharge instructions into Spanish, a file named for the patient": (
        set(),
        set(),
        {("due_date", "DATE")},
        "a bare date column is read for a DATE (tests/test_clean_exports.py: bare dates in "
        "unnamed fields are reported on purpose), and a ``due_date`` beside a patient is a "
        "pregnancy's as often as an invoice's (tests/test_maternity_and_fertility.py: a due "
        "date is a DATE); the blind must-not was stricter than the project",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "VRI session-ended webhook: Somali, the cart iPad's serial, ED chief complaint": (
        {("data.client_device.serial", "DEVICE_ID")},
        "a ``client_device``'s serial is the user's own device in a telehealth or an app "
        "session (a patient's phone, tests/test_mobile_apps.py); that a VRI session's "
        "device is the hospital's cart, like a scanner or a smart bed "
        "(chunk_profiles' equipment shapes), is told only by the vendor's product, not by "
        "a key: a session id, a language and a duration are what any call record has",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_interpreter_language_services_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 44 records, the decision applied): a change that loses recall or precision on
#: language services exports fails here. Before the work, blind: SHAPES 9 misses / 6 false
#: / 11 wrong of 33, HELD_OUT 2 / 5 / 5 of 11.
FLOORS = ShapeTotals(expected=108, misses=0, false=1, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
