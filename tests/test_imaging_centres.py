"""Imaging centres' and radiology groups' exports.

A blind probe, written by hand before reading the detectors: what an outpatient imaging
centre's or a radiology group's operations, marketing and patient-access teams export. RIS
and PACS worklists and order exports (accession numbers, modality, body part, CPT, the
ordering physician, the room), DICOM headers as the DICOM JSON model (``"00100010":
{"vr": "PN", "Value": [{"Alphabetic": "DOE^JANE"}]}``, fields such as
``00100010.Value[0].Alphabetic``) and as flattened keyword dicts (``PatientName``,
``PatientBirthDate`` as ``YYYYMMDD``, ``StudyInstanceUID``), modality worklist items with
their scheduled procedure step sequence, HL7 orders flattened by an interface engine,
screening-mammography recall and callback lists (MagView- and Hologic-like, BI-RADS, breast
density, MQSA lay letters), lung-cancer screening (Lung-RADS), DEXA results, MRI safety
screening forms, prior-authorisation status feeds and denial worklists, result-ready portal
notifications, self-referral booking forms, imaging-centre web analytics (GA4 rows for
"book an MRI" and price pages), report impressions as free text, PACS audit logs, peer
review, records-release requests, with the clean rows around them: equipment inventories
(AE titles, station names, scanner serials, software versions), the centre's location
directory, self-pay price lists, payers' authorisation rules, CPT tables, aggregate
referral reports and teaching files.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An accession number is the patient's record id** (``OTHER_ID|MRN``): it names one
  person's study in the RIS, the PACS and the report, as a lab's accession does
  (tests/test_genomics_and_labs.py, tests/test_public_health.py). A patient id in a DICOM
  header or an HL7 ``PID`` is the person's ``MRN|OTHER_ID``. An order number, a message
  control id, a peer-review id, a letter id, a records request's id and a notification id
  are the system's: no finding, as the resupply probe decided for order numbers.
- **DICOM UIDs are no one's identifier**: study, series and SOP instance UIDs
  (``1.2.840.113619...``) are built under a vendor's or a site's organisation root and name
  an object, not a person; the accession number is the study's handle the project reports.
  So are AE titles, station names, room and scanner names, modality codes (``MR``, ``CT``,
  ``MG``), manufacturer and model names, software versions and a scanner's serial number:
  a DEVICE_ID is a device that is a person's (the resupply probe), never the centre's
  equipment.
- **What was imaged is health context**: a study description (``MRI LUMBAR SPINE WO
  CONTRAST``), a requested procedure, a CPT code in an order's or an authorisation's field,
  a reason for the exam, an impression, **a BI-RADS or Lung-RADS category, a breast density
  and a WHO bone-density classification are health** (an assessment of that person's
  imaging). A body part and a modality alone are neither expected nor forbidden. The same
  words and codes in a price list, a CPT table, a payer's rule or a teaching file name
  nobody: such rows are no PHI, and their codes are no identifier.
- **A person's dates are DATE**: birth (``YYYYMMDD`` too), a study's date, a scheduled
  procedure step's start, an appointment, a callback or screening due date, a prior exam's
  date, a lab's collection. The system's clocks (a letter's or a message's send stamp, an
  audit log's timestamp, an HL7 message's datetime, a record's update stamp) are forbidden;
  an authorisation's validity window, a report's signing time and a form's submission time
  are neither expected nor forbidden. A QA review's date and a radiologist's shift date are
  the staff's: no DATE.
- **The ordering, referring and reading physicians' names are NAMEs, their NPIs
  ``OTHER_ID|LICENSE_NUMBER``** (the project reports clinicians); their specialty is their
  job, not health. A technologist's or a staff user's handle is the workforce's and
  neither expected nor forbidden, but a staff login name is no NAME.
- **A DICOM ``PatientAge`` of ``093Y`` is AGE_OVER_89**; ``061Y`` is no finding needed.
- **The centre's places and lines are not a person's**: a location directory's address,
  city, ZIP, phone and fax, a DICOM ``InstitutionAddress``, an ``InstitutionName``, a
  rendering facility's address and NPI, and the centre's number in a text it sends are no
  LOCATION, PHONE, FAX, NAME or OTHER_ID; the patient's address and phone are.
- **Web analytics**: a GA4 ``user_pseudo_id`` or a Mixpanel ``distinct_id`` beside a page
  or an event that names an exam is PHI (an online id tied to health context, as the
  earlier rounds read GA4); the same page in an aggregate report has no identifier.

After reading the detectors no blind expectation was changed; three must-nots were wider
than decisions the project had made (a message log's local ``from`` number, twice, and a
flat ``SiteAddress``) and are narrowed on top (:data:`_DECIDED`). What the work built: the
DICOM JSON model read by keyword (``detectors/dicom_tags.py``: a listed tag's value gets
its keyword's hint path, ``00100010.Value[0].Alphabetic`` reads as ``PatientName``, and a
listed tag is a field name, not a key to mask as an identifier), DICOM's person-name
component groups, a bare ``accession`` as the person's record id (a sequence database's
accession is told by its shape, which closed the genomics probe's open row), radiology's
readers (``radiologist``, ``original_reader``, DICOM's reading, performing and requesting
physicians), exams in the RIS's shorthand under ``Exam``, ``StudyDescription``,
``RequestedProcedureDescription`` and an HL7 ``universal_service_id``, BI-RADS, Lung-RADS and
breast-density categories by their shape, a scanner's serial beside its station, AE title,
model or software (or in a DICOM JSON header) and an equipment list's upkeep dates as the
centre's, rooms and scanners named for their modality, a DICOM ``InstitutionAddress``, an
MQSA letter's send stamp, serum creatinine and eGFR as readings, a CPT code beside a cash
price as a price list, and eighteen vocabulary terms (``pulmonary nodule``, ``focal
asymmetry``, ``tomosynthesis``, ``meniscal tear``...). Seven records are left open
(:data:`LEFT_ALONE`): a report header's ``DATE:`` line, a scheduling ``Resource``, an HL7
timestamp with its time and an XCN with its NPI first, two review dates, a bare
``density`` and a centre's number in its own text. Two more were closed in the next round:
a ``lab_collected`` stamp (``lab`` had made every key the laboratory's; now only its own
lines, place and licence) and a bare ``signed_by`` holding a name and its credential (the
ADT probe's rule, keyed_names).

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 31 / 14 / 21,
after the work and the decisions 5 / 3 / 7 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 10 / 3 / 6; scored once after the work on SHAPES: 2 / 3 / 3; after
two rules that generalise (serum creatinine as a reading, a CPT code beside a ``price``
as a price list) and the decision on a local ``from`` number: 1 / 1 / 2 (in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

_STUDY_UID = "1.2.840.113619.2.55.3.604688119.971.1728901234.512"
_SERIES_UID = "1.2.840.113619.2.55.3.604688119.971.1728901234.513"
_SOP_UID = "1.2.840.113619.2.55.3.604688119.971.1728901234.514.1"


def _dcm(vr: str, value: object) -> dict:
    """One DICOM JSON model attribute (PS3.18 F.2): its VR and a one-item ``Value``."""
    return {"vr": vr, "Value": [value]}


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "RIS order export (CSV): accession, MRN, exam, CPT and the ordering physician",
        {
            "Accession #": "MR24-0917732",
            "MRN": "00448812",
            "Patient Name": "GARCIA, MARIA L",
            "DOB": "04/17/1962",
            "Modality": "MR",
            "Procedure": "MRI LUMBAR SPINE WO CONTRAST",
            "CPT": "72148",
            "Body Part": "LSPINE",
            "Ordering Physician": "Patel, Anil MD",
            "Scheduled": "11/04/2024 08:30",
            "Room": "MRI 2",
            "Status": "SCHEDULED",
        },
        {
            ("Accession #", "OTHER_ID|MRN"),
            ("MRN", "MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Procedure", "HEALTH"),
            ("CPT", "HEALTH"),
            ("Ordering Physician", "NAME"),
            ("Scheduled", "DATE"),
        },
        {("Modality", "*"), ("Room", "*"), ("Status", "*")},
        True,
    ),
    (
        "DICOM JSON model header of a CT study: patient, study and the equipment",
        {
            "00080018": _dcm("UI", _SOP_UID),
            "00080020": _dcm("DA", "20241014"),
            "00080030": _dcm("TM", "101532"),
            "00080050": _dcm("SH", "CT24118842"),
            "00080060": _dcm("CS", "CT"),
            "00080080": _dcm("LO", "Lakeshore Imaging Center"),
            "00080090": _dcm("PN", {"Alphabetic": "BANKS^THEODORE^^DR"}),
            "00081010": _dcm("SH", "CTAWP73318"),
            "00081030": _dcm("LO", "CT CHEST W CONTRAST"),
            "00100010": _dcm("PN", {"Alphabetic": "OKONKWO^CHINEDU"}),
            "00100020": _dcm("LO", "RIV004417"),
            "00100030": _dcm("DA", "19580923"),
            "00100040": _dcm("CS", "M"),
            "00101010": _dcm("AS", "066Y"),
            "00181000": _dcm("LO", "CT0417522"),
            "00181020": _dcm("LO", "syngo CT VA40A"),
            "0020000D": _dcm("UI", _STUDY_UID),
            "0020000E": _dcm("UI", _SERIES_UID),
        },
        {
            ("00100010.Value[0].Alphabetic", "NAME"),
            ("00100020.Value[0]", "MRN|OTHER_ID"),
            ("00100030.Value[0]", "DATE"),
            ("00080020.Value[0]", "DATE"),
            ("00080050.Value[0]", "OTHER_ID|MRN"),
            ("00081030.Value[0]", "HEALTH"),
            ("00080090.Value[0].Alphabetic", "NAME"),
        },
        {
            ("00080018.Value[0]", "*"),
            ("0020000D.Value[0]", "*"),
            ("0020000E.Value[0]", "*"),
            ("00080060.Value[0]", "*"),
            ("00080080.Value[0]", "NAME|LOCATION"),
            ("00081010.Value[0]", "*"),
            ("00181000.Value[0]", "*"),
            ("00181020.Value[0]", "*"),
        },
        True,
    ),
    (
        "pydicom keyword dict flattened for a PACS migration audit: an MR knee",
        {
            "PatientName": "OKONKWO^CHINEDU",
            "PatientID": "RIV004417",
            "PatientBirthDate": "19580923",
            "PatientSex": "M",
            "StudyDate": "20241014",
            "AccessionNumber": "A24-0917732",
            "Modality": "MR",
            "BodyPartExamined": "KNEE",
            "StudyDescription": "MR KNEE LEFT WO CONTRAST",
            "StudyInstanceUID": _STUDY_UID,
            "SeriesInstanceUID": _SERIES_UID,
            "Manufacturer": "SIEMENS",
            "ManufacturerModelName": "MAGNETOM Vida",
            "DeviceSerialNumber": "175634",
            "SoftwareVersions": "syngo MR XA50",
            "StationName": "AWP66160",
            "InstitutionName": "Lakeshore Imaging Center",
        },
        {
            ("PatientName", "NAME"),
            ("PatientID", "MRN|OTHER_ID"),
            ("PatientBirthDate", "DATE"),
            ("StudyDate", "DATE"),
            ("AccessionNumber", "OTHER_ID|MRN"),
            ("StudyDescription", "HEALTH"),
        },
        {
            ("StudyInstanceUID", "*"),
            ("SeriesInstanceUID", "*"),
            ("DeviceSerialNumber", "*"),
            ("SoftwareVersions", "*"),
            ("StationName", "*"),
            ("Modality", "*"),
            ("ManufacturerModelName", "*"),
            ("InstitutionName", "NAME"),
        },
        True,
    ),
    (
        "DICOM keyword dict of a hip X-ray: a patient aged 93",
        {
            "PatientName": "WEISS^HELEN^R",
            "PatientID": "004519920",
            "PatientBirthDate": "19310502",
            "PatientAge": "093Y",
            "StudyDate": "20241021",
            "StudyDescription": "XR HIP 2 VIEWS LEFT",
            "SOPInstanceUID": _SOP_UID,
            "StationName": "DR_ROOM_2",
            "Modality": "DX",
        },
        {
            ("PatientName", "NAME"),
            ("PatientID", "MRN|OTHER_ID"),
            ("PatientBirthDate", "DATE"),
            ("PatientAge", "AGE_OVER_89"),
            ("StudyDate", "DATE"),
            ("StudyDescription", "HEALTH"),
        },
        {("SOPInstanceUID", "*"), ("StationName", "*"), ("Modality", "*")},
        True,
    ),
    (
        "MagView-like recall list (CSV): BI-RADS 0 callback for additional imaging",
        {
            "Patient Last": "Nguyen",
            "Patient First": "Linh",
            "MRN": "M0082214",
            "Phone": "(503) 555-0148",
            "Last Mammo Date": "2024-09-12",
            "Exam": "Screening mammogram bilateral w/ tomo",
            "BI-RADS": "0",
            "Recall Reason": "Additional imaging - focal asymmetry left breast",
            "Callback Due": "2024-10-03",
            "Navigator": "Kara Jensen RN",
        },
        {
            ("Patient Last", "NAME"),
            ("Patient First", "NAME"),
            ("MRN", "MRN"),
            ("Phone", "PHONE"),
            ("Last Mammo Date", "DATE"),
            ("Exam", "HEALTH"),
            ("BI-RADS", "HEALTH"),
            ("Recall Reason", "HEALTH"),
            ("Callback Due", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Hologic-like annual screening reminder list: due date and the site's own address",
        {
            "PatientName": "Sandra K. Mills",
            "DOB": "1969-02-14",
            "Email": "sandra.mills69@gmail.com",
            "ExamType": "Screening Mammogram",
            "LastScreening": "2023-11-20",
            "DueDate": "2024-11-20",
            "Site": "Westgate Women's Imaging",
            "SiteAddress": "4100 Westgate Blvd, Austin, TX 78745",
            "SitePhone": "(512) 555-0190",
            "Letter": "ANNUAL_REMINDER_1",
        },
        {
            ("PatientName", "NAME"),
            ("DOB", "DATE"),
            ("Email", "EMAIL"),
            ("ExamType", "HEALTH"),
            ("LastScreening", "DATE"),
            ("DueDate", "DATE"),
        },
        {
            ("Site", "NAME"),
            ("SiteAddress", "LOCATION|ZIP_CODE"),
            ("SitePhone", "PHONE"),
            ("Letter", "*"),
        },
        True,
    ),
    (
        "MQSA lay-letter tracking (JSON): BI-RADS 2 and dense breasts",
        {
            "letter_id": "LL-2024-55120",
            "patient": {
                "name": "Rosa Delgado",
                "address": "88 Pine St Apt 4, Hartford, CT 06105",
            },
            "exam_date": "2024-10-08",
            "birads": "2",
            "assessment": "Benign",
            "breast_density": "C - heterogeneously dense",
            "letter_sent": "2024-10-10T15:02:11Z",
            "template": "MQSA_BENIGN_DENSE_CT",
        },
        {
            ("patient.name", "NAME"),
            ("patient.address", "LOCATION"),
            ("exam_date", "DATE"),
            ("birads", "HEALTH"),
            ("breast_density", "HEALTH"),
        },
        {("letter_id", "*"), ("letter_sent", "*")},
        True,
    ),
    (
        "Callback SMS (Twilio log): additional views and an ultrasound, the centre's number",
        {
            "sid": "SM5d0c2e7a9b1f4c3e8d6a2b0f1e9c7d3a",
            "direction": "outbound-api",
            "to": "+12035550177",
            "from": "+18605550100",
            "body": (
                "Hi Rosa, this is Northside Breast Center. Your radiologist recommends "
                "additional views and an ultrasound of your left breast. Please call "
                "860-555-0100 to schedule."
            ),
            "status": "delivered",
            "date_sent": "Tue, 08 Oct 2024 16:20:04 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("from", "*"), ("date_sent", "*"), ("sid", "*"), ("body", "PHONE")},
        True,
    ),
    (
        "Report export: a CT impression as free text, signed by the radiologist",
        {
            "accession": "CT24-118842",
            "mrn": "004471203",
            "exam": "CT ABDOMEN PELVIS W CONTRAST",
            "report_status": "FINAL",
            "impression": (
                "1. 2.3 cm enhancing lesion in the right hepatic lobe, suspicious for "
                "hepatocellular carcinoma. Recommend multiphase MRI liver. "
                "2. Cholelithiasis without cholecystitis."
            ),
            "signed_by": "Theodore Banks, MD",
            "signed_at": "2024-10-15T17:42:00Z",
        },
        {
            ("accession", "OTHER_ID|MRN"),
            ("mrn", "MRN"),
            ("exam", "HEALTH"),
            ("impression", "HEALTH"),
            ("signed_by", "NAME"),
        },
        {("report_status", "*")},
        True,
    ),
    (
        "Report text with its header block (interface export): patient, date, history",
        {
            "OrderNumber": "ORD-7781204",
            "ResultStatus": "F",
            "ObservationText": (
                "EXAM: MRI BRAIN WITH AND WITHOUT CONTRAST\n"
                "DATE: 10/21/2024\n"
                "PATIENT: HOLLIS, JAMES\n"
                "HISTORY: Headaches, rule out mass.\n"
                "FINDINGS: No acute intracranial abnormality.\n"
                "IMPRESSION: Normal MRI of the brain."
            ),
        },
        {("ObservationText", "NAME"), ("ObservationText", "DATE"), ("ObservationText", "HEALTH")},
        {("OrderNumber", "*"), ("ResultStatus", "*")},
        True,
    ),
    (
        "Prior-authorisation status feed (eviCore-like JSON): approved brain MRI",
        {
            "case_number": "A123456789",
            "status": "APPROVED",
            "member": {
                "first_name": "Denise",
                "last_name": "Fowler",
                "member_id": "XGH884512307",
                "dob": "1974-06-30",
            },
            "health_plan": "Blue Cross Blue Shield of Illinois",
            "cpt_code": "70553",
            "procedure_description": "MRI brain w/o & w/ contrast",
            "icd10": ["G43.909"],
            "ordering_provider": {"name": "Michael Chen, DO", "npi": "1548296379"},
            "rendering_facility": {
                "name": "Oak Brook Imaging",
                "npi": "1932105582",
                "address": "2001 York Rd, Oak Brook, IL 60523",
            },
            "auth_valid_from": "2024-10-01",
            "auth_valid_to": "2024-12-30",
            "updated_at": "2024-09-28T13:11:07Z",
        },
        {
            ("member.first_name", "NAME"),
            ("member.last_name", "NAME"),
            ("member.member_id", "HEALTH_PLAN_ID"),
            ("member.dob", "DATE"),
            ("cpt_code", "HEALTH"),
            ("procedure_description", "HEALTH"),
            ("icd10[0]", "HEALTH"),
            ("ordering_provider.name", "NAME"),
            ("ordering_provider.npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("health_plan", "*"),
            ("rendering_facility.name", "NAME"),
            ("rendering_facility.npi", "*"),
            ("rendering_facility.address", "LOCATION|ZIP_CODE"),
            ("updated_at", "*"),
        },
        True,
    ),
    (
        "Prior-auth denial worklist (CSV): a PET/CT denied, the staff owner",
        {
            "Auth #": "PA-2024-0091234",
            "Patient": "Kowalski, Edward",
            "DOB": "08/02/1951",
            "Payer": "UnitedHealthcare",
            "Member ID": "912837465",
            "Exam": "PET/CT skull base to mid-thigh",
            "CPT": "78815",
            "Status": "DENIED",
            "Denial Reason": "Not medically necessary - no prior CT",
            "Follow-up Date": "10/25/2024",
            "Owner": "jmartin",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Exam", "HEALTH"),
            ("CPT", "HEALTH"),
        },
        {("Payer", "*"), ("Owner", "NAME"), ("Status", "*")},
        True,
    ),
    (
        "GA4 BigQuery row: 'Book an MRI' lead form for a breast MRI",
        {
            "event_date": "20241012",
            "event_timestamp": "1728752115123456",
            "event_name": "generate_lead",
            "user_pseudo_id": "1289374650.1728751002",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://www.riversideimaging.com/book/mri-breast"
                            "?utm_source=google&utm_medium=cpc"
                        )
                    },
                },
                {"key": "form_name", "value": {"string_value": "Book an MRI"}},
                {"key": "exam_type", "value": {"string_value": "Breast MRI"}},
            ],
            "geo": {"city": "Tampa", "region": "Florida", "country": "United States"},
            "device": {"category": "mobile", "operating_system": "iOS"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[2].value.string_value", "HEALTH"),
        },
        {("event_date", "*"), ("event_timestamp", "*"), ("device.operating_system", "*")},
        True,
    ),
    (
        "GA4 pages report (no identifier): a CT scan cost page",
        {
            "Page path": "/pricing/ct-scan-cost",
            "Page title": "How Much Does a CT Scan Cost? | Riverside Imaging",
            "Date": "20241014",
            "Views": "1,842",
            "Users": "1,511",
            "Average engagement time": "0m 48s",
        },
        {("Page title", "HEALTH")},
        {("Date", "*"), ("Views", "*"), ("Users", "*"), ("Average engagement time", "*")},
        False,
    ),
    (
        "Self-referral booking form (WordPress Contact Form 7): an abdominal ultrasound",
        {
            "your-name": "Brian Castillo",
            "your-email": "bcastillo77@gmail.com",
            "your-phone": "813-555-0166",
            "exam-requested": "Ultrasound - abdomen",
            "reason": "pain under right ribs after eating, my doctor thinks gallstones",
            "preferred-date": "10/24/2024",
            "insurance": "Cash pay",
        },
        {
            ("your-name", "NAME"),
            ("your-email", "EMAIL"),
            ("your-phone", "PHONE"),
            ("exam-requested", "HEALTH"),
            ("reason", "HEALTH"),
            ("preferred-date", "DATE"),
        },
        {("insurance", "*")},
        True,
    ),
    (
        "Self-pay price list row (clean): a CT's CPT and cash price",
        {
            "cpt": "74177",
            "description": "CT abdomen and pelvis with contrast",
            "cash_price": "425.00",
            "modality": "CT",
            "location_code": "RIV-02",
            "effective_date": "2024-01-01",
        },
        set(),
        {
            ("cpt", "OTHER_ID"),
            ("cash_price", "*"),
            ("modality", "*"),
            ("location_code", "*"),
            ("effective_date", "*"),
        },
        False,
    ),
    (
        "Result-ready portal notification (email event): the exam and its date",
        {
            "notification_id": "ntf_88121",
            "channel": "email",
            "recipient": "j.hollis@comcast.net",
            "template": "result_ready",
            "subject": "Your imaging results are ready",
            "body": (
                "Dear James Hollis, the results of your MRI Brain exam on 10/21/2024 are now "
                "available in the Riverside patient portal."
            ),
            "portal_url": "https://portal.riversideimaging.com/results",
            "sent_at": "2024-10-22T12:00:05Z",
        },
        {
            ("recipient", "EMAIL"),
            ("body", "NAME"),
            ("body", "HEALTH"),
            ("body", "DATE"),
        },
        {("notification_id", "*"), ("sent_at", "*"), ("portal_url", "*")},
        True,
    ),
    (
        "Result-ready SMS without the exam: a phone and no health context",
        {
            "to": "+14075550123",
            "from": "+18135550140",
            "body": (
                "Riverside Imaging: a new result is available in your portal. Log in at "
                "riversideimaging.com/portal. Reply STOP to opt out."
            ),
            "status": "delivered",
            "date_created": "2024-10-22T12:00:07Z",
        },
        {("to", "PHONE")},
        {("body", "*"), ("date_created", "*"), ("from", "*")},
        False,
    ),
    (
        "PACS audit log (JSON): a radiologist opens a study; no health context",
        {
            "timestamp": "2024-10-22T09:14:33.512Z",
            "user": "rad_tbanks",
            "workstation": "RR-READ-04",
            "action": "STUDY_OPEN",
            "ae_title": "RIVPACS01",
            "study_uid": "1.2.840.113619.2.334.3.2831183489.114.1729588000.77",
            "accession": "CT24-118842",
            "patient_id": "004471203",
            "client_ip": "10.20.4.117",
        },
        {("accession", "OTHER_ID|MRN"), ("patient_id", "MRN|OTHER_ID")},
        {
            ("timestamp", "*"),
            ("user", "NAME"),
            ("workstation", "*"),
            ("ae_title", "*"),
            ("study_uid", "*"),
            ("action", "*"),
        },
        False,
    ),
    (
        "Modality worklist item (DICOM JSON): a scheduled transvaginal ultrasound",
        {
            "00080050": _dcm("SH", "US24330155"),
            "00100010": _dcm("PN", {"Alphabetic": "BROOKS^TANYA^M"}),
            "00100020": _dcm("LO", "004518877"),
            "00100030": _dcm("DA", "19800315"),
            "00321060": _dcm("LO", "US PELVIS TRANSVAGINAL"),
            "00400100": {
                "vr": "SQ",
                "Value": [
                    {
                        "00080060": _dcm("CS", "US"),
                        "00400001": _dcm("AE", "RIV_US3"),
                        "00400002": _dcm("DA", "20241028"),
                        "00400003": _dcm("TM", "091500"),
                    }
                ],
            },
        },
        {
            ("00100010.Value[0].Alphabetic", "NAME"),
            ("00100020.Value[0]", "MRN|OTHER_ID"),
            ("00100030.Value[0]", "DATE"),
            ("00080050.Value[0]", "OTHER_ID|MRN"),
            ("00321060.Value[0]", "HEALTH"),
            ("00400100.Value[0].00400002.Value[0]", "DATE"),
        },
        {
            ("00400100.Value[0].00400001.Value[0]", "*"),
            ("00400100.Value[0].00080060.Value[0]", "*"),
        },
        True,
    ),
    (
        "Scanner inventory (clean): serial, software, AE title, station, service dates",
        {
            "Room": "MRI Suite 1",
            "Manufacturer": "GE Healthcare",
            "Model": "SIGNA Artist 1.5T",
            "Serial Number": "R1504821MR",
            "Software": "MR30.1_R01",
            "AE Title": "RIV_MR1",
            "Station Name": "RIVMR1OC",
            "Install Date": "2021-06-14",
            "Last PM": "2024-09-03",
            "Next PM": "2025-03-03",
        },
        set(),
        {
            ("Room", "*"),
            ("Model", "*"),
            ("Serial Number", "*"),
            ("Software", "*"),
            ("AE Title", "*"),
            ("Station Name", "*"),
            ("Install Date", "*"),
            ("Last PM", "*"),
            ("Next PM", "*"),
        },
        False,
    ),
    (
        "Location directory (clean): the centre's address, phone, fax and services",
        {
            "location_name": "Riverside Imaging - Westshore",
            "address": "4302 W Kennedy Blvd, Suite 100",
            "city": "Tampa",
            "state": "FL",
            "zip": "33609",
            "phone": "(813) 555-0140",
            "fax": "(813) 555-0141",
            "hours": "Mon-Fri 7am-7pm; Sat 8am-2pm",
            "services": "MRI, CT, Ultrasound, 3D Mammography, DEXA, X-Ray",
        },
        set(),
        {
            ("location_name", "NAME"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip", "ZIP_CODE"),
            ("phone", "PHONE"),
            ("fax", "FAX"),
        },
        False,
    ),
    (
        "Physician-liaison CRM: a referring orthopaedic surgeon and their volume",
        {
            "npi": "1679576722",
            "first_name": "Anil",
            "last_name": "Patel",
            "specialty": "Orthopaedic Surgery",
            "practice": "Bayside Orthopaedics",
            "referrals_ytd": "142",
            "liaison": "Dana Ruiz",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("specialty", "HEALTH"), ("referrals_ytd", "*"), ("practice", "NAME")},
        False,
    ),
    (
        "Referral volume report by referring physician (aggregate)",
        {
            "Referring Physician": "Patel, Anil",
            "Modality": "MR",
            "Month": "2024-09",
            "Exam Count": "38",
            "Revenue": "$41,220",
        },
        {("Referring Physician", "NAME")},
        {("Modality", "*"), ("Month", "*"), ("Exam Count", "*"), ("Revenue", "*")},
        False,
    ),
    (
        "Hologic-like mammography schedule (CSV): tomo screening, Medicare MBI",
        {
            "Appt Date": "10/30/2024",
            "Appt Time": "07:45",
            "Patient Name": "Ortiz, Carmen",
            "Patient DOB": "11/19/1957",
            "Home Phone": "727-555-0104",
            "Procedure": "MAMMO SCREEN BILAT W/TOMO",
            "Procedure Code": "77067",
            "Resource": "MAMMO 1 - SELENIA DIMENSIONS",
            "Referring": "Self-referral",
            "Insurance": "Medicare",
            "Policy #": "1EG4-TE5-MK73",
        },
        {
            ("Appt Date", "DATE"),
            ("Patient Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Home Phone", "PHONE"),
            ("Procedure", "HEALTH"),
            ("Procedure Code", "HEALTH"),
            ("Policy #", "HEALTH_PLAN_ID"),
        },
        {("Resource", "*"), ("Insurance", "*"), ("Referring", "NAME")},
        True,
    ),
    (
        "DEXA results export: T-score and a WHO classification, the densitometer serial",
        {
            "PatientID": "BD-20931",
            "LastName": "Hale",
            "FirstName": "Margaret",
            "BirthDate": "1948-12-01",
            "ExamDate": "2024-10-17",
            "Region": "L1-L4",
            "BMD": "0.812",
            "TScore": "-2.7",
            "ZScore": "-0.9",
            "WHOClassification": "Osteoporosis",
            "Densitometer": "Hologic Horizon A",
            "SerialNo": "301245",
        },
        {
            ("PatientID", "OTHER_ID|MRN"),
            ("LastName", "NAME"),
            ("FirstName", "NAME"),
            ("BirthDate", "DATE"),
            ("ExamDate", "DATE"),
            ("WHOClassification", "HEALTH"),
        },
        {("SerialNo", "*"), ("Densitometer", "*"), ("Region", "*")},
        True,
    ),
    (
        "MRI safety screening form: implants and a contrast allergy",
        {
            "patient_name": "Lorraine Whitaker",
            "dob": "1966-07-08",
            "accession": "MR24-220187",
            "q_pacemaker": "No",
            "q_metal_implants": "Yes - left hip replacement 2019",
            "q_kidney_disease": "No",
            "q_contrast_allergy": "Yes - hives with iodinated contrast",
            "weight_lbs": "182",
            "completed_at": "2024-10-25T07:58:12Z",
        },
        {
            ("patient_name", "NAME"),
            ("dob", "DATE"),
            ("accession", "OTHER_ID|MRN"),
            ("q_metal_implants", "HEALTH"),
            ("q_contrast_allergy", "HEALTH"),
        },
        {("weight_lbs", "*")},
        True,
    ),
    (
        "Pre-contrast renal function check: creatinine and eGFR before a CT",
        {
            "mrn": "004471203",
            "order": "CT ABD/PEL W",
            "creatinine_mg_dl": "1.4",
            "egfr": "52",
            "lab_collected": "2024-10-14 07:10",
            "contrast_cleared": "Y - reduced dose per protocol",
        },
        {
            ("mrn", "MRN"),
            ("egfr", "HEALTH"),
            ("creatinine_mg_dl", "HEALTH"),
            ("lab_collected", "DATE"),
        },
        set(),
        True,
    ),
    (
        "HL7 ORM flattened by an interface engine: a CT chest order for a nodule",
        {
            "MSH": {
                "sending_facility": "RIVERSIDE",
                "message_control_id": "MSG000123981",
                "datetime": "20241029101522",
            },
            "PID": {
                "patient_id": "004518877",
                "name": "BROOKS^TANYA^M",
                "dob": "19800315",
                "sex": "F",
                "address": "1204 Elm St^^Clearwater^FL^33755",
                "phone": "(727)555-0199",
            },
            "ORC": {
                "placer_order": "ORD-7790022",
                "ordering_provider": "1629071238^NGUYEN^LISA^^^^MD",
            },
            "OBR": {
                "universal_service_id": "71260^CT CHEST W CONTRAST^CPT",
                "reason": "Pulmonary nodule follow-up",
                "scheduled": "20241030083000",
            },
        },
        {
            ("PID.patient_id", "MRN|OTHER_ID"),
            ("PID.name", "NAME"),
            ("PID.dob", "DATE"),
            ("PID.address", "LOCATION"),
            ("PID.phone", "PHONE"),
            ("ORC.ordering_provider", "NAME"),
            ("OBR.universal_service_id", "HEALTH"),
            ("OBR.reason", "HEALTH"),
            ("OBR.scheduled", "DATE"),
        },
        {
            ("MSH.sending_facility", "*"),
            ("MSH.message_control_id", "*"),
            ("MSH.datetime", "*"),
            ("ORC.placer_order", "*"),
        },
        True,
    ),
    (
        "Radiologist productivity row: studies read and RVUs on a shift",
        {
            "radiologist": "Theodore Banks, MD",
            "shift_date": "2024-10-22",
            "studies_read": "87",
            "rvus": "112.4",
            "avg_tat_min": "41",
            "modality_mix": "CT 40%, MR 35%, XR 25%",
        },
        {("radiologist", "NAME")},
        {
            ("shift_date", "*"),
            ("studies_read", "*"),
            ("rvus", "*"),
            ("avg_tat_min", "*"),
            ("modality_mix", "*"),
        },
        False,
    ),
    (
        "Teaching-file case (no identifier): a meniscal tear",
        {
            "case_id": "TF-0412",
            "modality": "MR",
            "body_part": "KNEE",
            "findings": (
                "Complex tear of the posterior horn of the medial meniscus with a displaced "
                "flap. Moderate joint effusion."
            ),
            "teaching_point": "Look for the double PCL sign.",
        },
        {("findings", "HEALTH")},
        {("case_id", "*"), ("modality", "*"), ("body_part", "*")},
        False,
    ),
    (
        "Lung-cancer screening outreach list: Lung-RADS, last LDCT and the PCP",
        {
            "Patient": "Frank Deluca",
            "Age": "67",
            "Pack Years": "40",
            "Smoking Status": "Current",
            "Last LDCT": "2023-10-05",
            "Lung-RADS": "2",
            "Next Due": "2024-10-05",
            "PCP": "Dr. Susan Albright",
            "Phone": "(412) 555-0137",
        },
        {
            ("Patient", "NAME"),
            ("Last LDCT", "DATE"),
            ("Lung-RADS", "HEALTH"),
            ("Next Due", "DATE"),
            ("PCP", "NAME"),
            ("Phone", "PHONE"),
        },
        {("Age", "*"), ("Pack Years", "*")},
        True,
    ),
    (
        "dcm2json header of an obstetric ultrasound: the institution's address",
        {
            "00080020": _dcm("DA", "20241009"),
            "00080070": _dcm("LO", "GE Healthcare"),
            "00080080": _dcm("LO", "Northside Women's Imaging"),
            "00080081": _dcm("ST", "1550 N Main St, Gainesville, FL 32601"),
            "00081030": _dcm("LO", "OB US 2ND TRIMESTER ANATOMY"),
            "00100010": _dcm("PN", {"Alphabetic": "LEE^GRACE"}),
            "00100040": _dcm("CS", "F"),
            "00101010": _dcm("AS", "034Y"),
            "00181000": _dcm("LO", "VS0088213"),
        },
        {
            ("00100010.Value[0].Alphabetic", "NAME"),
            ("00080020.Value[0]", "DATE"),
            ("00081030.Value[0]", "HEALTH"),
        },
        {
            ("00080081.Value[0]", "LOCATION|ZIP_CODE"),
            ("00080080.Value[0]", "NAME|LOCATION"),
            ("00080070.Value[0]", "*"),
            ("00101010.Value[0]", "*"),
            ("00181000.Value[0]", "*"),
        },
        True,
    ),
    (
        "Mixpanel portal event: a screening mammogram booked",
        {
            "event": "Appointment Booked",
            "properties": {
                "distinct_id": "pt_5520918",
                "$email": "grace.lee@icloud.com",
                "exam": "Screening Mammogram",
                "location": "Westshore",
                "appointment_date": "2024-11-02",
                "time": 1729870512,
                "$browser": "Chrome",
            },
        },
        {
            ("properties.distinct_id", "ONLINE_ID|OTHER_ID"),
            ("properties.$email", "EMAIL"),
            ("properties.exam", "HEALTH"),
            ("properties.appointment_date", "DATE"),
        },
        {("properties.time", "*"), ("properties.location", "LOCATION"), ("event", "*")},
        True,
    ),
    (
        "Payer authorisation rules (clean): which CPT codes need a prior auth",
        {
            "payer": "Aetna",
            "cpt": "72148",
            "description": "MRI lumbar spine without contrast",
            "auth_required": "Y",
            "vendor": "eviCore",
            "last_reviewed": "2024-07-01",
        },
        set(),
        {("payer", "*"), ("cpt", "OTHER_ID"), ("vendor", "*"), ("last_reviewed", "*")},
        False,
    ),
    (
        "Imaging records-release request: CD of prior studies mailed home",
        {
            "request_id": "ROI-2024-3381",
            "requester_name": "Paul Henderson",
            "relationship": "Self",
            "patient_dob": "1962-03-09",
            "studies": "MRI shoulder right 08/14/2024; X-ray shoulder 07/30/2024",
            "delivery": "CD mailed",
            "mailing_address": "77 Harbor View Dr, Dunedin, FL 34698",
            "requested_at": "2024-10-28T10:02:44Z",
        },
        {
            ("requester_name", "NAME"),
            ("patient_dob", "DATE"),
            ("studies", "HEALTH"),
            ("studies", "DATE"),
            ("mailing_address", "LOCATION"),
        },
        {("request_id", "*"), ("requested_at", "*")},
        True,
    ),
    (
        "No-show worklist (CSV): an abdominal ultrasound missed",
        {
            "Accession": "US24-330190",
            "Pt Name": "Ramirez, Hector",
            "Exam": "US ABDOMEN COMPLETE",
            "Appt": "10/29/2024 13:00",
            "Status": "NO SHOW",
            "Cancel Reason": "Patient unreachable",
            "Scanner": "US Room 3",
        },
        {
            ("Accession", "OTHER_ID|MRN"),
            ("Pt Name", "NAME"),
            ("Exam", "HEALTH"),
            ("Appt", "DATE"),
        },
        {("Scanner", "*"), ("Status", "*"), ("Cancel Reason", "*")},
        True,
    ),
    (
        "RADPEER peer-review record: a missed nodule, the readers and the review date",
        {
            "peer_review_id": "PR-1182",
            "accession": "CT24-118842",
            "original_reader": "Theodore Banks, MD",
            "reviewer": "Priya Raman, MD",
            "score": "2a",
            "discrepancy": "Missed 4 mm pulmonary nodule, unlikely clinically significant",
            "review_date": "2024-10-30",
        },
        {
            ("accession", "OTHER_ID|MRN"),
            ("original_reader", "NAME"),
            ("reviewer", "NAME"),
            ("discrepancy", "HEALTH"),
        },
        {("peer_review_id", "*"), ("score", "*"), ("review_date", "DATE")},
        True,
    ),
    (
        "High-risk breast programme row: Tyrer-Cuzick risk, density D, MRI recommended",
        {
            "mrn": "M0099120",
            "patient": "Angela Brooks",
            "lifetime_risk_tc": "24.6%",
            "risk_model": "Tyrer-Cuzick v8",
            "density": "D",
            "recommendation": "Supplemental screening breast MRI",
            "letter_date": "2024-10-12",
        },
        {
            ("mrn", "MRN"),
            ("patient", "NAME"),
            ("density", "HEALTH"),
            ("recommendation", "HEALTH"),
        },
        {("risk_model", "*")},
        True,
    ),
    (
        "GA4 BigQuery row: an MRI price page with the visitor's client id",
        {
            "event_name": "page_view",
            "event_date": "20241015",
            "user_pseudo_id": "512093847.1729001122",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://www.riversideimaging.com/pricing/mri-without-insurance"
                        )
                    },
                },
                {
                    "key": "page_title",
                    "value": {"string_value": "MRI Prices Without Insurance | Riverside Imaging"},
                },
                {"key": "ga_session_id", "value": {"int_value": 1729001122}},
            ],
            "traffic_source": {"source": "google", "medium": "organic"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {("event_date", "*"), ("traffic_source.source", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Hologic-like annual screening reminder list: due date and the site's own address": (
        set(),
        set(),
        {("SiteAddress", "LOCATION|ZIP_CODE")},
        "a flat ``site_address`` is read as ever (detectors/field_names.py, "
        "MERCHANT_OBJECTS): a home-health visit's site of care is the patient's home; only a "
        "``site`` object's leaves and a ``site_phone`` are the organisation's",
    ),
    "Result-ready SMS without the exam: a phone and no health context": (
        set(),
        set(),
        {("from", "*")},
        "only a sender's toll-free line is let go (tests/test_senders.py): a local number "
        "in a message log's ``from`` may be anyone's, as the resupply probe decided for a "
        "``to``",
    ),
    "Callback SMS (Twilio log): additional views and an ultrasound, the centre's number": (
        set(),
        set(),
        {("from", "*")},
        "as for the result-ready SMS: a local number in ``from`` is still reported "
        "(tests/test_senders.py)",
    ),
    "High-risk breast programme row: Tyrer-Cuzick risk, density D, MRI recommended": (
        set(),
        set(),
        {("risk_model", "*")},
        "the nineteenth round's genetic counselling probe reads a risk model run for a "
        "person (Tyrer-Cuzick, BOADICEA, CanRisk) as a risk assessment, a PROCEDURE, in "
        "the vocabulary (tests/test_genetic_counseling_pedigrees.py); on this patient's row "
        "it is her assessment, health context, never an identifier. The blind must-not was "
        "stricter than the project now is",
    ),
}

#: Records the detectors still read wrong: ``name -> (still open pairs, why)``.
_OPEN: dict[str, tuple[set, str]] = {
    "Report text with its header block (interface export): patient, date, history": (
        {("ObservationText", "DATE")},
        "a ``DATE:`` at a line's start is read as a mail header's send stamp "
        "(detectors/dates.py, ``_message_stamp``), which quoted replies and header blobs "
        "hold far more often than report header blocks",
    ),
    "Hologic-like mammography schedule (CSV): tomo screening, Medicare MBI": (
        {("Resource", "PROCEDURE")},
        "a scheduling ``Resource`` is a room or a modality here, but a social-care "
        "referral's resource is the programme a person was sent to (\"Diabetes Prevention "
        "Program\"); only ``room`` and ``scanner`` fields are the centre's",
    ),
    "HL7 ORM flattened by an interface engine: a CT chest order for a nodule": (
        {("OBR.scheduled", "DATE"), ("ORC.ordering_provider", "NAME")},
        "an HL7 timestamp with its time (``20241030083000``) is fourteen digits, which a "
        "visit or an order number can be; an XCN with the NPI first "
        "(``1629071238^NGUYEN^LISA``) fails the name shape. Whole HL7 messages are read "
        "by detectors/hl7v2.py",
    ),
    "Payer authorisation rules (clean): which CPT codes need a prior auth": (
        {("last_reviewed", "DATE")},
        "a review's date is a person's as often (a care plan's, a medication review's, a "
        "utilization review's), and a payer's rule list has no price column that makes it "
        "a fee schedule (detectors/chunk_profiles.py)",
    ),
    "RADPEER peer-review record: a missed nodule, the readers and the review date": (
        {("review_date", "DATE")},
        "a QA review's date is the radiologists', but ``review_date`` is a person's as "
        "often (a care plan's or a utilization review's); the row is PHI by its accession "
        "and finding all the same",
    ),
    "Callback SMS (Twilio log): additional views and an ultrasound, the centre's number": (
        {("body", "PHONE")},
        'the centre\'s line two sentences after its name ("Please call 860-555-0100") is '
        "read as anyone's; only a line right after an organisation's name, or a toll-free "
        "line the text calls its own, is the sender's (the number is the message's own "
        "``from`` here, which no rule compares yet)",
    ),
    "High-risk breast programme row: Tyrer-Cuzick risk, density D, MRI recommended": (
        {("density", "HEALTH")},
        "a bare ``density`` is a bone's, a population's or a material's as often; "
        "``breast_density`` and ``ACR Density`` are read",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_imaging_centres_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on imaging exports fails here. Before the work, blind: SHAPES 31 misses / 14 false /
#: 21 wrong of 30, HELD_OUT 10 / 3 / 6 of 10.
FLOORS = ShapeTotals(expected=163, misses=4, false=4, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
