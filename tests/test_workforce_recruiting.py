"""Healthcare workforce recruiting, credentialing, employee health and HR marketing.

A blind probe, written by hand before reading the detectors: the exports a health system's
talent-acquisition, HR and medical-staff teams (and their staffing agencies) pull from
their tools, where people's names sit next to clinical words that are not their health:
nurse-recruitment CRMs (Bullhorn REST entities with ``firstName``/``owner`` objects and
epoch-millisecond dates, Phenom talent-community leads, iCIMS and Workday Recruiting
report columns such as ``Person Full Name: First Last`` or ``Supervisory Organization``),
travel-nurse staffing submissions to a vendor-management system and placements, job-board
applications (an Indeed Apply-like webhook with screener questions), job-posting feeds,
career-site analytics (GA4 BigQuery rows on ``/jobs/…oncology-nurse…`` pages, an aggregated
site-search report), recruiting chatbot SMS and interview scheduling, referral-bonus and
offer exports, nurse-residency cohort rosters, credentialing and provider enrolment (a
CAQH ProView roster, a credentialing platform's provider with licences, DEA and board
certification, a licence-verification feed, a Bullhorn-like NP candidate with DEA and NPI,
a credentials-committee roster with privileges), CE/CME registrations, background checks
with drug screens, and employee health: TB tests and symptom screens, vaccination
compliance and declinations, N95 fit tests, pre-employment physicals and titers, work
injuries and workers' compensation claims, ADA accommodations, FMLA leave and a
fitness-for-duty referral.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent:

- **A job title, unit, department, cost center, specialty, certification or job category
  is not the person's health**: "Cardiac ICU RN", "Oncology Infusion RN - Cancer Center",
  "Behavioral Health Technician", "Memory Care", "Hospice RN", a ``Primary Specialty`` of
  "Psychiatric/Mental Health", an OCN or "AWHONN Fetal Monitoring" certification, a
  career-site page or search term for "oncology nurse jobs". They describe the work, not
  the worker: must-not HEALTH, and a candidate's record with only these is identified, not
  PHI (as the project decided for a department page such as ``/services/oncology``).
- **Employee health is health data of that person**: a TB test or symptom screen, flu /
  COVID / hepatitis B vaccination status or titers, a declination reason, a respirator
  medical evaluation, a pre-employment physical, a drug screen, a work injury and its
  treatment, an ADA accommodation's condition, FMLA leave for the employee's own serious
  health condition, a fitness-for-duty referral. HIPAA's Privacy Rule excludes employment
  records a covered entity holds *as employer*, but that exclusion depends on who holds
  the file and in which role, which a scanner cannot see; the contract's rule is mechanical
  (an identifier and a health finding in one record), and a health system's own employee
  health clinic treating its staff does create PHI. So these records are PHI, as the
  wellness probe decided for employees' biometric screenings. The dates of those events
  (test placed/read, vaccine given, injury, leave start, exam, collection) are the person's
  DATE; "next due" dates are left unscored.
- **A candidate's or employee's own identifiers are identifiers**: name, personal email,
  phone, home address, date of birth, SSN, a candidate / person / lead id (OTHER_ID, as
  the project reads a CRM lead's id), an employee or worker id (OTHER_ID, as the wellness
  probe decided), a professional licence number and a DEA number (LICENSE_NUMBER, as the
  contract names them), a CAQH provider id (OTHER_ID), an NPI (reported, as the project
  decided for providers: OTHER_ID, LICENSE_NUMBER accepted), a board-certification number,
  a workers' comp claim number, a résumé file named after the person, an analytics client
  id on the career site, a shift app's user uuid and its IP address. A work email of the
  employee the record is about is left unscored (the person's, but also the employer's).
- **Recruiters, hiring managers, preceptors, CRM owners and a job posting's contact are the
  employer's staff acting for it**, as the project decided for a CRM record's owner and a
  call-center agent: their names, emails and phones are must-not where the field says the
  role (``Recruiter``, ``Hiring Manager``, ``owner``, ``sender``, ``host``, a posting's
  ``contact``). A referring employee and a preceptor are persons in the record but not the
  record's subject: left unscored.
- **The employer's bookkeeping is never a finding**: requisition and job ids, submission
  and order ids, case numbers, pay, bill and salary ranges, bonus amounts, cohort names,
  course and CE-provider numbers, scores, statuses, posting and recruiting dates, target
  hire dates, committee dates, Bullhorn's ``dateAdded``. A hospital's or clinic's address
  (a job location, a posting's street and ZIP, a facility, a clinic) is not a person's:
  must-not LOCATION / ZIP_CODE there. Application, offer, hire, start and licence-expiry
  dates are left unscored (a person's employment event, not care; either reading is fair).
- **Course and privilege words**: a CE course named for a condition ("Sepsis Recognition")
  is left unscored: the project counts a clinician's name beside a treatment topic as PHI
  by the contract's rule (tests/test_clinicians.py, speaker programmes), so that record is
  PHI as the rule stands. A credentialing committee's delineation of privileges ("bone
  marrow biopsy; chemotherapy administration") lists what a provider may do, not what was
  done to anyone: must-not HEALTH, not PHI.
- **What a candidate writes about themself is their health**: a chatbot reply "on light
  duty after my knee surgery" is HEALTH and makes the record PHI.

After reading the detectors no blind expectation was changed. What the work built: the
candidate, employee, worker, associate, applicant and resident as the person a recruiting
or HR record is about (bare ``Candidate`` / ``Worker`` / ``Employee`` headers,
``Employee's Name``, ``Candidate ID``, ``candidate.id``, ``employee.id``, ``Associate ID``,
``CAQH Provider ID``; ``employee`` is no longer a staff word, an agent's employee id still
is), a licence object's ``number``, recruiters, sourcers and hiring managers as the
employer's staff (detectors/staff.py), a status, result or titer column of a named vaccine
or test and a screening questionnaire's ``answers.<symptom>`` = ``Yes`` as health context
(detectors/grid_answers.py), occupational-health terms in the vocabulary (TB skin test,
QuantiFERON, drug screen, post-offer physical, titers, needlestick, lumbar strain, FMLA's
"serious health condition"), payout, payroll and committee dates as the employer's, and
:mod:`detectors.job_fields` (a job's fields, a posting's row and a careers page say what
the job is, not the person's health, home or dates). Nine records are left open, each
with its reason in :data:`_OPEN` (four by decisions made elsewhere: a lead's area of
interest and an event's name are health context, a booking's type is the care booked and
its host a clinician, a sender's mailbox is let go only when it is a role's, a clinician's
NPI beside health words is PHI by default).

Figures (misses / false findings / records wrong), NER off: SHAPES (32 records), blind
31 / 26 / 25, after the work 2 / 7 / 5 (all five in LEFT_ALONE). HELD_OUT (10 records),
blind 10 / 8 / 7; scored once when the work on SHAPES was done, 4 / 7 / 5; after two more
general fixes (``employee.id``; payout and committee dates) 3 / 5 / 4 (all four in
LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Bullhorn candidate entity (REST JSON): ICU RN with specialties and an owner",
        {
            "id": 4481203,
            "firstName": "Tamika",
            "lastName": "Reeves",
            "email": "tamika.reeves@gmail.com",
            "mobile": "(614) 555-0187",
            "address": {
                "address1": "2281 Hollis Ave",
                "city": "Columbus",
                "state": "OH",
                "zip": "43211",
            },
            "occupation": "ICU RN",
            "specialties": {"data": [{"name": "Critical Care"}, {"name": "Cardiac ICU"}]},
            "status": "Active",
            "source": "Indeed",
            "owner": {"firstName": "Derek", "lastName": "Hume", "email": "dhume@staffingco.com"},
            "dateAdded": 1717430400000,
        },
        {
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("email", "EMAIL"),
            ("mobile", "PHONE"),
            ("address.address1", "LOCATION"),
            ("address.city", "LOCATION"),
            ("address.zip", "ZIP_CODE"),
        },
        {
            ("occupation", "HEALTH"),
            ("specialties.data[0].name", "HEALTH"),
            ("specialties.data[1].name", "HEALTH"),
            ("address.state", "*"),
            ("owner.firstName", "NAME"),
            ("owner.lastName", "NAME"),
            ("owner.email", "EMAIL"),
            ("dateAdded", "*"),
            ("status", "*"),
        },
        False,
    ),
    (
        "iCIMS applicant report (CSV): oncology infusion RN requisition at a hospital address",
        {
            "Person Full Name: First Last": "Brianna Kowalczyk",
            "Person Email": "bkowalczyk22@yahoo.com",
            "Person Phone": "740-555-0124",
            "Job Title": "RN - Oncology Infusion Center",
            "Job Requisition ID": "2024-18842",
            "Job Department": "Hematology/Oncology",
            "Workflow Status": "Phone Screen",
            "Job Location": "Mercy West Hospital, 4100 Broad St, Columbus, OH 43213",
            "Salary Range": "$38.50 - $52.75/hr",
            "Date Applied": "06/03/2024",
        },
        {
            ("Person Full Name: First Last", "NAME"),
            ("Person Email", "EMAIL"),
            ("Person Phone", "PHONE"),
        },
        {
            ("Job Title", "HEALTH"),
            ("Job Department", "HEALTH"),
            ("Job Requisition ID", "*"),
            ("Workflow Status", "*"),
            ("Job Location", "LOCATION"),
            ("Job Location", "ZIP_CODE"),
            ("Salary Range", "*"),
        },
        False,
    ),
    (
        "Workday Recruiting candidate grid (CSV): behavioral health tech, recruiter and manager",
        {
            "Candidate": "Andre Baptiste",
            "Candidate ID": "C-0048812",
            "Job Requisition": (
                "R-24-03317 Behavioral Health Technician - Inpatient Psychiatry (Open)"
            ),
            "Candidate Stage": "Interview",
            "Recruiter": "Lena Moritz",
            "Hiring Manager": "Paul Ostrowski",
            "Email Address": "andre.baptiste@gmail.com",
            "Phone Number": "+1 (937) 555-0148",
            "Job Posting Date": "2024-05-20",
            "Supervisory Organization": "Inpatient Behavioral Health (Paul Ostrowski)",
        },
        {
            ("Candidate", "NAME"),
            ("Candidate ID", "OTHER_ID"),
            ("Email Address", "EMAIL"),
            ("Phone Number", "PHONE"),
        },
        {
            ("Job Requisition", "HEALTH"),
            ("Supervisory Organization", "HEALTH"),
            ("Job Posting Date", "*"),
            ("Recruiter", "NAME"),
            ("Hiring Manager", "NAME"),
            ("Candidate Stage", "*"),
        },
        False,
    ),
    (
        "Phenom talent-community lead (JSON): preferred specialty oncology, viewed a job",
        {
            "leadId": "PHN-88a7c1",
            "firstName": "Courtney",
            "lastName": "Albright",
            "email": "courtney.albright@icloud.com",
            "phoneNumber": "216-555-0171",
            "jobCategory": "Nursing",
            "preferredSpecialty": "Oncology",
            "preferredLocation": "Cleveland, OH",
            "source": "career site talent community",
            "optIn": True,
            "createdDate": "2024-04-12T14:03:11Z",
            "lastActivity": "Viewed job: Oncology Nurse Navigator - Cancer Center",
        },
        {
            ("leadId", "OTHER_ID"),
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("email", "EMAIL"),
            ("phoneNumber", "PHONE"),
        },
        {
            ("preferredSpecialty", "HEALTH"),
            ("lastActivity", "HEALTH"),
            ("jobCategory", "*"),
            ("createdDate", "DATE"),
            ("source", "*"),
        },
        False,
    ),
    (
        "Travel-nurse submission to a VMS (JSON): L&D RN, compact licence, certifications",
        {
            "submission_id": "SUB-771203",
            "candidate": {
                "first_name": "Lauren",
                "last_name": "Whitcomb",
                "dob": "1989-02-14",
                "email": "lwhitcomb.rn@gmail.com",
                "phone": "303-555-0119",
                "home_address": "515 Pearl St Apt 3, Denver, CO 80203",
            },
            "profession": "RN",
            "specialty": "Labor & Delivery",
            "license": {
                "state": "CO",
                "number": "RN.1701234",
                "type": "Compact",
                "expires": "2026-01-31",
            },
            "certifications": ["BLS", "ACLS", "NRP", "AWHONN Fetal Monitoring"],
            "bill_rate": "$92.00",
            "assignment": {
                "facility": "St. Luke's Medical Center",
                "unit": "L&D",
                "start_date": "2024-08-05",
                "shift": "3x12 Nights",
            },
        },
        {
            ("candidate.first_name", "NAME"),
            ("candidate.last_name", "NAME"),
            ("candidate.dob", "DATE"),
            ("candidate.email", "EMAIL"),
            ("candidate.phone", "PHONE"),
            ("candidate.home_address", "LOCATION"),
            ("license.number", "LICENSE_NUMBER"),
        },
        {
            ("submission_id", "*"),
            ("specialty", "HEALTH"),
            ("certifications[0]", "HEALTH"),
            ("certifications[1]", "HEALTH"),
            ("certifications[2]", "HEALTH"),
            ("certifications[3]", "HEALTH"),
            ("bill_rate", "*"),
            ("assignment.facility", "NAME"),
            ("assignment.facility", "LOCATION"),
            ("assignment.unit", "*"),
            ("assignment.shift", "*"),
        },
        False,
    ),
    (
        "Employee health TB skin test log (CSV): placed and read dates, negative result",
        {
            "Employee ID": "E104882",
            "Employee Name": "Okafor, Chinedu",
            "Department": "Emergency Department",
            "Job Title": "RN II",
            "Test Type": "TB Skin Test (PPD)",
            "Date Placed": "09/09/2024",
            "Date Read": "09/11/2024",
            "Induration (mm)": "0",
            "Result": "Negative",
            "Next Due": "09/2025",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("Test Type", "HEALTH"),
            ("Date Placed", "DATE"),
            ("Date Read", "DATE"),
        },
        {("Department", "HEALTH"), ("Job Title", "*"), ("Induration (mm)", "*")},
        True,
    ),
    (
        "Workday vaccination compliance report (Excel): flu, COVID exemption, hep B titer",
        {
            "Worker": "Hannah Lindqvist",
            "Employee ID": "100482",
            "Cost Center": "7310 Pediatric ICU",
            "Flu Vaccine Status": "Compliant - Vaccinated",
            "Flu Vaccine Date": "2024-10-02",
            "COVID-19 Status": "Declined - Medical Exemption",
            "Hep B Titer": "Immune",
            "Manager": "Rosa Delgado",
        },
        {
            ("Worker", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Flu Vaccine Status", "HEALTH"),
            ("Flu Vaccine Date", "DATE"),
            ("COVID-19 Status", "HEALTH"),
            ("Hep B Titer", "HEALTH"),
        },
        {("Cost Center", "HEALTH"), ("Cost Center", "ZIP_CODE"), ("Manager", "NAME")},
        True,
    ),
    (
        "N95 fit test record (occupational-health app JSON) with medical evaluation",
        {
            "employee": {"id": "E220931", "name": "Marcus Feld", "email": "mfeld@mercywest.org"},
            "fit_test": {
                "date": "2024-03-18",
                "method": "Quantitative (PortaCount)",
                "respirator": "3M 1870+ N95",
                "size": "Regular",
                "result": "Pass",
                "fit_factor": 212,
            },
            "medical_clearance": {
                "questionnaire": "OSHA Respirator Medical Evaluation",
                "cleared": True,
                "restrictions": "none",
            },
            "unit": "Respiratory Therapy",
        },
        {
            ("employee.id", "OTHER_ID"),
            ("employee.name", "NAME"),
            ("fit_test.date", "DATE"),
            ("medical_clearance.questionnaire", "HEALTH"),
        },
        {
            ("unit", "HEALTH"),
            ("fit_test.respirator", "*"),
            ("fit_test.fit_factor", "*"),
            ("fit_test.size", "*"),
        },
        True,
    ),
    (
        "Work-injury incident report (OSHA 301-like CSV): needlestick on a med-surg unit",
        {
            "Case No.": "2024-0117",
            "Employee's Name": "Darnell Whitaker",
            "Job Title": "Patient Care Technician",
            "Date of Injury": "07/22/2024",
            "Where the event occurred": "4 West Med-Surg, patient room 412",
            "Describe injury": (
                "Needlestick injury to left index finger while recapping; source patient tested"
            ),
            "Body Part": "Finger",
            "Days Away From Work": "0",
            "Classify": "Other recordable case",
        },
        {
            ("Employee's Name", "NAME"),
            ("Date of Injury", "DATE"),
            ("Describe injury", "HEALTH"),
        },
        {
            ("Case No.", "*"),
            ("Job Title", "HEALTH"),
            ("Where the event occurred", "LOCATION"),
            ("Days Away From Work", "*"),
            ("Classify", "*"),
        },
        True,
    ),
    (
        "CAQH ProView roster (CSV): psychiatric NP, practice location, attestation dates",
        {
            "CAQH Provider ID": "14882031",
            "NPI": "1860913908",
            "Last Name": "Hollander",
            "First Name": "Miriam",
            "Provider Type": "Nurse Practitioner",
            "Primary Specialty": "Psychiatric/Mental Health",
            "Practice Location Address": "1200 Summit Ave Suite 300",
            "Practice City": "Dayton",
            "Practice ZIP": "45402",
            "Attestation Date": "2024-06-01",
            "Re-attestation Due": "2024-09-29",
        },
        {
            ("CAQH Provider ID", "OTHER_ID"),
            ("NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
        },
        {("Primary Specialty", "HEALTH"), ("Provider Type", "*")},
        False,
    ),
    (
        "Credentialing platform provider (JSON): licences, DEA, board certification, enrolment",
        {
            "provider": {
                "legal_name": "Anjali Deshmukh, DNP, PMHNP-BC",
                "npi": "1234567893",
                "dob": "1984-11-03",
                "ssn": "521-44-9087",
                "home_address": {
                    "line1": "77 Birchwood Ct",
                    "city": "Kettering",
                    "state": "OH",
                    "zip": "45429",
                },
            },
            "licenses": [
                {
                    "type": "APRN-CNP",
                    "state": "OH",
                    "number": "APRN.CNP.0031987",
                    "expiration": "2025-10-31",
                }
            ],
            "dea": {
                "number": "MD1234563",
                "schedules": "2,2N,3,3N,4,5",
                "expiration": "2026-03-31",
            },
            "board_certifications": [
                {
                    "board": "ANCC",
                    "specialty": "Psychiatric-Mental Health Nurse Practitioner",
                    "cert_number": "2019008812",
                }
            ],
            "payer_enrollment": [
                {"payer": "Ohio Medicaid", "status": "Approved", "effective": "2024-07-01"}
            ],
        },
        {
            ("provider.legal_name", "NAME"),
            ("provider.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("provider.dob", "DATE"),
            ("provider.ssn", "SSN"),
            ("provider.home_address.line1", "LOCATION"),
            ("provider.home_address.city", "LOCATION"),
            ("provider.home_address.zip", "ZIP_CODE"),
            ("licenses[0].number", "LICENSE_NUMBER"),
            ("dea.number", "LICENSE_NUMBER"),
            ("board_certifications[0].cert_number", "LICENSE_NUMBER|OTHER_ID"),
        },
        {
            ("board_certifications[0].specialty", "HEALTH"),
            ("board_certifications[0].board", "*"),
            ("dea.schedules", "*"),
            ("payer_enrollment[0].payer", "*"),
            ("provider.home_address.state", "*"),
        },
        False,
    ),
    (
        "Licence verification feed (Nursys-like CSV): RN on a cardiovascular ICU",
        {
            "Nurse Name": "Gregory Palmer",
            "License Number": "RN301288",
            "License Type": "RN",
            "State": "KY",
            "Status": "Active",
            "Expiration Date": "10/31/2025",
            "Discipline": "No",
            "Multistate Privilege": "Yes",
            "Employer Unit": "Cardiovascular ICU",
        },
        {("Nurse Name", "NAME"), ("License Number", "LICENSE_NUMBER")},
        {
            ("Employer Unit", "HEALTH"),
            ("State", "*"),
            ("Status", "*"),
            ("Discipline", "*"),
            ("License Type", "*"),
        },
        False,
    ),
    (
        "GA4 BigQuery row: page_view of an oncology nurse navigator job on the career site",
        {
            "event_date": "20240611",
            "event_name": "page_view",
            "user_pseudo_id": "1839201123.1717921002",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://careers.mercywest.org/jobs/18842-oncology-nurse-navigator"
                            "-cancer-center?utm_source=indeed&utm_medium=job_board"
                        )
                    },
                },
                {
                    "key": "page_title",
                    "value": {
                        "string_value": (
                            "Oncology Nurse Navigator - Cancer Center | Mercy West Careers"
                        )
                    },
                },
                {"key": "job_category", "value": {"string_value": "Nursing - Oncology"}},
            ],
            "geo": {"city": "Columbus", "region": "Ohio"},
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "HEALTH"),
            ("event_params[2].value.string_value", "HEALTH"),
            ("event_date", "*"),
        },
        False,
    ),
    (
        "GA4 form_submit on the apply thank-you page: the applicant's email in the query",
        {
            "event_name": "form_submit",
            "user_pseudo_id": "402913377.1718040118",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://careers.mercywest.org/apply/thank-you?job=behavioral-health"
                            "-technician&email=jsantos88%40yahoo.com"
                        )
                    },
                },
                {"key": "form_id", "value": {"string_value": "apply-form-2"}},
            ],
        },
        {("user_pseudo_id", "ONLINE_ID"), ("event_params[0].value.string_value", "EMAIL")},
        {
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "*"),
        },
        False,
    ),
    (
        "Indeed Apply-like webhook (JSON): travel med/surg tele RN, screener questions",
        {
            "id": "indeedapply-7f3a9c21e0",
            "job": {
                "jobId": "req-2024-18842",
                "jobTitle": "Travel RN - Med/Surg Telemetry",
                "jobCompany": "Mercy West Health",
                "jobLocation": "Columbus, OH 43213",
            },
            "applicant": {
                "fullName": "Jasmine Ortiz",
                "email": "jasmine.ortiz@outlook.com",
                "phoneNumber": "+1 380 555 0142",
                "resume": {
                    "file": {
                        "fileName": "Jasmine_Ortiz_RN_Resume.pdf",
                        "contentType": "application/pdf",
                    }
                },
            },
            "questions": [
                {"question": "Do you hold an active BLS certification?", "answer": "Yes"},
                {"question": "Years of telemetry experience", "answer": "4"},
            ],
            "appliedOnMillis": 1718054400000,
        },
        {
            ("applicant.fullName", "NAME"),
            ("applicant.email", "EMAIL"),
            ("applicant.phoneNumber", "PHONE"),
            ("applicant.resume.file.fileName", "NAME"),
        },
        {
            ("job.jobTitle", "HEALTH"),
            ("job.jobLocation", "LOCATION"),
            ("job.jobLocation", "ZIP_CODE"),
            ("job.jobId", "*"),
            ("job.jobCompany", "NAME"),
            ("questions[0].question", "HEALTH"),
            ("questions[1].question", "*"),
            ("questions[1].answer", "*"),
        },
        False,
    ),
    (
        "Employee referral bonus export (CSV): neuro stroke unit RN hired",
        {
            "Referring Employee": "Kevin Tran",
            "Referring Employee ID": "100233",
            "Referred Candidate": "Maria Gonzalez",
            "Candidate Email": "mgonzalez.rn@gmail.com",
            "Position": "RN - Neuro Stroke Unit",
            "Requisition": "REQ-24-0931",
            "Hire Date": "2024-07-15",
            "Bonus Amount": "$5,000",
            "Payout 1 Date": "2024-10-15",
            "Status": "Eligible",
        },
        {("Referred Candidate", "NAME"), ("Candidate Email", "EMAIL")},
        {
            ("Position", "HEALTH"),
            ("Requisition", "*"),
            ("Bonus Amount", "*"),
            ("Status", "*"),
            ("Payout 1 Date", "*"),
        },
        False,
    ),
    (
        "Nurse-residency cohort roster (CSV): pediatric hem/onc home unit, preceptor",
        {
            "Resident": "Abigail Turner",
            "Cohort": "NRP Fall 2024 - Cohort 12",
            "Home Unit": "Pediatric Hematology/Oncology",
            "Preceptor": "Shauna Miles, RN",
            "Start Date": "09/09/2024",
            "School": "Ohio State University College of Nursing",
            "Graduation": "May 2024",
            "NCLEX Pass Date": "2024-07-02",
            "Personal Email": "abbyturner02@gmail.com",
            "Cell": "614-555-0199",
        },
        {("Resident", "NAME"), ("Personal Email", "EMAIL"), ("Cell", "PHONE")},
        {
            ("Home Unit", "HEALTH"),
            ("Cohort", "*"),
            ("School", "NAME"),
            ("School", "LOCATION"),
        },
        False,
    ),
    (
        "CE course completion (LMS JSON): a nurse's sepsis course, licence reported to the board",
        {
            "registrant": {
                "first_name": "Olivia",
                "last_name": "Brandt",
                "email": "olivia.brandt@mercywest.org",
                "license_number": "RN.445102",
                "license_state": "OH",
            },
            "course": {
                "id": "CE-2024-118",
                "title": "Sepsis Recognition and Early Management in the ED",
                "contact_hours": 1.5,
                "provider_number": "OBN-001-91",
            },
            "completed_at": "2024-05-14T18:22:00Z",
            "score": 92,
        },
        {
            ("registrant.first_name", "NAME"),
            ("registrant.last_name", "NAME"),
            ("registrant.license_number", "LICENSE_NUMBER"),
        },
        {
            ("course.id", "*"),
            ("course.provider_number", "*"),
            ("course.contact_hours", "*"),
            ("score", "*"),
            ("registrant.license_state", "*"),
        },
        True,
    ),
    (
        "CME registration (Cvent-like CSV): cardiologist at a leadership grand rounds",
        {
            "Registrant NPI": "1245319599",
            "First Name": "Rahul",
            "Last Name": "Iyer",
            "Degree": "MD",
            "Specialty": "Cardiology",
            "Session": "Grand Rounds: Leadership in Nursing Practice",
            "Credits Claimed": "1.0 AMA PRA Category 1",
            "Registration Date": "2024-02-02",
        },
        {
            ("Registrant NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
        },
        {
            ("Specialty", "HEALTH"),
            ("Session", "*"),
            ("Credits Claimed", "*"),
            ("Degree", "*"),
        },
        False,
    ),
    (
        "Workers' compensation claim (JSON): lumbar strain from a patient lift, PT and ibuprofen",
        {
            "claim": {
                "number": "WC-24-0088213",
                "carrier": "Sedgwick",
                "date_of_injury": "2024-01-09",
            },
            "employee": {
                "name": "Lucia Ferreira",
                "employee_id": "E331870",
                "dob": "1978-06-30",
                "home_phone": "(513) 555-0166",
            },
            "injury": {
                "nature": "Lumbar strain",
                "cause": "Patient transfer/lift without assist device",
                "body_part": "Lower back",
            },
            "treatment": "Physical therapy 2x/week, ibuprofen 800 mg",
            "work_status": "Modified duty",
            "department": "Orthopedics 5 North",
        },
        {
            ("claim.number", "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"),
            ("claim.date_of_injury", "DATE"),
            ("employee.name", "NAME"),
            ("employee.employee_id", "OTHER_ID"),
            ("employee.dob", "DATE"),
            ("employee.home_phone", "PHONE"),
            ("injury.nature", "HEALTH"),
            ("treatment", "HEALTH"),
        },
        {("department", "HEALTH"), ("claim.carrier", "*"), ("work_status", "*")},
        True,
    ),
    (
        "Bullhorn placement (JSON): travel cath-lab RN at a client hospital, recruiter owner",
        {
            "id": 221093,
            "candidate": {"id": 4481203, "firstName": "Tamika", "lastName": "Reeves"},
            "jobOrder": {
                "id": 88120,
                "title": "Travel RN - Cardiac Cath Lab",
                "clientCorporation": {"name": "Riverside Methodist Hospital"},
            },
            "dateBegin": 1722816000000,
            "dateEnd": 1730678400000,
            "payRate": 48.5,
            "clientBillRate": 88.0,
            "employmentType": "Travel",
            "status": "Approved",
            "owner": {"firstName": "Derek", "lastName": "Hume"},
        },
        {
            ("candidate.id", "OTHER_ID"),
            ("candidate.firstName", "NAME"),
            ("candidate.lastName", "NAME"),
        },
        {
            ("id", "*"),
            ("jobOrder.id", "*"),
            ("jobOrder.title", "HEALTH"),
            ("jobOrder.clientCorporation.name", "NAME"),
            ("payRate", "*"),
            ("clientBillRate", "*"),
            ("owner.firstName", "NAME"),
            ("owner.lastName", "NAME"),
        },
        False,
    ),
    (
        "Credentialing application health attestation (JSON): QuantiFERON result",
        {
            "applicant_name": "Dr. Simone Achebe",
            "npi": "1598765430",
            "attestation": {
                "q_health_impairment": "No",
                "q_substance_use_treatment": "No",
                "tb_screening": "QuantiFERON-TB Gold negative 03/02/2024",
            },
            "malpractice_carrier": "MedPro Group",
            "coverage_limits": "$1M/$3M",
        },
        {
            ("applicant_name", "NAME"),
            ("npi", "OTHER_ID|LICENSE_NUMBER"),
            ("attestation.tb_screening", "HEALTH"),
        },
        {("malpractice_carrier", "*"), ("coverage_limits", "*")},
        True,
    ),
    (
        "Job-posting feed (Indeed XML as JSON): cancer-center infusion RN, recruiter contact",
        {
            "referencenumber": "REQ-2024-18842",
            "title": "Oncology Infusion RN - Cancer Center",
            "company": "Mercy West Health",
            "city": "Columbus",
            "state": "OH",
            "postalcode": "43213",
            "streetaddress": "4100 Broad St",
            "date": "Mon, 03 Jun 2024 08:00:00 GMT",
            "salary": "$38.50 - $52.75 per hour",
            "description": (
                "Join our Magnet-designated Cancer Center caring for patients with breast "
                "cancer, leukemia and lymphoma. Requirements: BLS, ACLS, OCN preferred; "
                "chemotherapy/biotherapy provider card."
            ),
            "url": "https://careers.mercywest.org/jobs/18842",
            "contact": {
                "name": "Lena Moritz",
                "email": "lena.moritz@mercywest.org",
                "phone": "(614) 555-0100",
            },
        },
        set(),
        {
            ("referencenumber", "*"),
            ("title", "HEALTH"),
            ("company", "*"),
            ("city", "LOCATION"),
            ("postalcode", "ZIP_CODE"),
            ("streetaddress", "LOCATION"),
            ("date", "*"),
            ("salary", "*"),
            ("contact.name", "NAME"),
            ("contact.email", "EMAIL"),
            ("contact.phone", "PHONE"),
        },
        False,
    ),
    (
        "Recruiting CRM email send (JSON): sign-on bonus campaign to a candidate",
        {
            "campaign": "ICU RN Sign-on Bonus Q3",
            "sender": "Lena Moritz <lena.moritz@mercywest.org>",
            "recipient": "Tamika Reeves <treeves.rn@gmail.com>",
            "subject": "Tamika, $15K sign-on for Cardiac ICU nights",
            "status": "opened",
            "opened_at": "2024-07-02T13:11:09Z",
            "candidate_id": "PHN-77b2d9",
        },
        {
            ("recipient", "EMAIL"),
            ("subject", "NAME"),
            ("candidate_id", "OTHER_ID"),
        },
        {
            ("sender", "NAME"),
            ("sender", "EMAIL"),
            ("campaign", "HEALTH"),
            ("subject", "HEALTH"),
            ("status", "*"),
        },
        False,
    ),
    (
        "Background check with 10-panel drug screen (HireRight-like CSV)",
        {
            "Candidate Name": "Bryce Holloway",
            "Order ID": "HR-7781023",
            "Package": "Healthcare Plus + 10-Panel Drug Screen",
            "Drug Screen Result": "Negative",
            "Collection Date": "2024-06-18",
            "MRO Verified": "Yes",
            "Criminal": "Clear",
            "OIG/SAM Exclusion": "Not Found",
            "Requisition": "REQ-24-0441",
            "DOB": "04/22/1996",
        },
        {
            ("Candidate Name", "NAME"),
            ("DOB", "DATE"),
            ("Package", "HEALTH"),
            ("Collection Date", "DATE"),
        },
        {
            ("Order ID", "*"),
            ("Requisition", "*"),
            ("Criminal", "*"),
            ("OIG/SAM Exclusion", "*"),
            ("MRO Verified", "*"),
        },
        True,
    ),
    (
        "Pre-employment physical and titers (occupational-health clinic CSV)",
        {
            "Applicant": "Nadia Petrov",
            "Position": "Sterile Processing Tech",
            "Exam": "Post-offer physical + lift test",
            "Titers": "MMR immune; Varicella non-immune - vaccine series started",
            "Clearance": "Cleared with no restrictions",
            "Exam Date": "2024-04-03",
            "Clinic": "Mercy West Employee Health, 4100 Broad St",
        },
        {
            ("Applicant", "NAME"),
            ("Exam", "HEALTH"),
            ("Titers", "HEALTH"),
            ("Exam Date", "DATE"),
        },
        {("Position", "HEALTH"), ("Clinic", "LOCATION"), ("Clinic", "NAME")},
        True,
    ),
    (
        "Workday job requisition report (CSV, clean): adolescent psychiatry BHT openings",
        {
            "Job Requisition ID": "R-24-03317",
            "Job Posting Title": "Behavioral Health Technician - Adolescent Psychiatry",
            "Supervisory Organization": "Inpatient Psychiatry Unit 6B",
            "Location": "Mercy West Hospital - Main Campus",
            "Recruiting Start Date": "2024-05-20",
            "Target Hire Date": "2024-07-01",
            "Pay Range": "$18.75 - $26.40",
            "Number of Openings": "3",
            "Recruiter": "Lena Moritz",
            "Hiring Manager": "Paul Ostrowski",
        },
        set(),
        {
            ("Job Requisition ID", "*"),
            ("Job Posting Title", "*"),
            ("Supervisory Organization", "*"),
            ("Location", "*"),
            ("Recruiting Start Date", "*"),
            ("Target Hire Date", "*"),
            ("Pay Range", "*"),
            ("Number of Openings", "*"),
            ("Recruiter", "*"),
            ("Hiring Manager", "*"),
        },
        False,
    ),
    (
        "Career-site search terms report (GA4 export, clean): oncology nurse jobs",
        {
            "search_term": "oncology nurse jobs near me",
            "sessions": 412,
            "applications": 37,
            "month": "2024-06",
        },
        set(),
        {("search_term", "*"), ("sessions", "*"), ("applications", "*"), ("month", "*")},
        False,
    ),
    (
        "Recruiting chatbot SMS (Paradox-like JSON): candidate mentions own knee surgery",
        {
            "conversation_id": "conv_93b1c7",
            "candidate_phone": "+16145550173",
            "candidate_name": "DeShawn Price",
            "messages": [
                {
                    "from": "bot",
                    "text": (
                        "Hi DeShawn! Thanks for your interest in the Cardiac ICU RN role. Are "
                        "you available for a phone screen Thursday?"
                    ),
                },
                {
                    "from": "candidate",
                    "text": (
                        "Yes after 3pm. FYI I'm on light duty until 8/30 after my knee surgery."
                    ),
                },
            ],
            "job_req": "REQ-24-0931",
        },
        {
            ("candidate_phone", "PHONE"),
            ("candidate_name", "NAME"),
            ("messages[0].text", "NAME"),
            ("messages[1].text", "HEALTH"),
        },
        {("messages[0].text", "HEALTH"), ("job_req", "*")},
        True,
    ),
    (
        "ADA accommodation request (HR case CSV): type 1 diabetes, endocrinology clinic staff",
        {
            "Employee": "Priscilla Nunez",
            "Employee ID": "100871",
            "Request Type": "ADA Accommodation",
            "Condition": "Type 1 diabetes - needs scheduled breaks for glucose checks",
            "Unit": "Endocrinology Clinic",
            "Status": "Approved",
            "Request Date": "2024-02-12",
        },
        {("Employee", "NAME"), ("Employee ID", "OTHER_ID"), ("Condition", "HEALTH")},
        {("Unit", "HEALTH"), ("Status", "*")},
        True,
    ),
    (
        "FMLA leave record (HRIS CSV): own serious health condition, cath-lab associate",
        {
            "Associate": "Terrence Boyd",
            "Associate ID": "A-0044172",
            "Leave Type": "FMLA - Own Serious Health Condition",
            "Leave Start": "2024-03-04",
            "Expected Return": "2024-04-15",
            "Department": "Cardiac Cath Lab",
            "Certification Received": "Y",
        },
        {
            ("Associate", "NAME"),
            ("Associate ID", "OTHER_ID"),
            ("Leave Type", "HEALTH"),
            ("Leave Start", "DATE"),
        },
        {("Department", "HEALTH"), ("Certification Received", "*")},
        True,
    ),
    (
        "Credentials committee roster (CSV): hem/onc physician, delineated privileges",
        {
            "Provider": "Elena Voss, MD",
            "NPI": "1738291040",
            "Specialty": "Hematology/Oncology",
            "Department": "Cancer Institute",
            "Action": "Initial Appointment",
            "Privileges": (
                "Bone marrow biopsy; chemotherapy administration; central line placement"
            ),
            "Committee Date": "2024-05-08",
        },
        {("Provider", "NAME"), ("NPI", "OTHER_ID|LICENSE_NUMBER")},
        {
            ("Specialty", "HEALTH"),
            ("Department", "HEALTH"),
            ("Privileges", "HEALTH"),
            ("Action", "*"),
            ("Committee Date", "*"),
        },
        False,
    ),
    (
        "HRIS worker record (JSON): dialysis charge nurse with home address",
        {
            "worker_id": "100233",
            "preferred_name": "Kevin Tran",
            "business_title": "Charge Nurse - Dialysis Unit",
            "cost_center": "6120 Renal Services",
            "work_email": "kevin.tran@mercywest.org",
            "work_phone": "(614) 555-0133",
            "hire_date": "2019-08-12",
            "home_address": "903 Oak Hill Dr, Westerville, OH 43081",
        },
        {
            ("worker_id", "OTHER_ID"),
            ("preferred_name", "NAME"),
            ("home_address", "LOCATION"),
        },
        {("business_title", "HEALTH"), ("cost_center", "HEALTH"), ("cost_center", "ZIP_CODE")},
        False,
    ),
    (
        "Per-diem shift app booking (JSON): LPN on a memory-care unit, device IP",
        {
            "user": {
                "uuid": "5f0c2a9e-8d71-4b7e-9b0a-2f6d1c3e4a55",
                "name": "Keisha Grant",
                "email": "keishagrant@icloud.com",
            },
            "shift": {
                "facility": "Oakwood Senior Living",
                "unit": "Memory Care",
                "role": "LPN",
                "start": "2024-09-14T19:00:00-04:00",
                "rate": "$41/hr",
            },
            "device": {"ip": "73.41.201.18", "platform": "ios"},
        },
        {
            ("user.uuid", "ONLINE_ID|OTHER_ID"),
            ("user.name", "NAME"),
            ("user.email", "EMAIL"),
            ("device.ip", "IP_ADDRESS"),
        },
        {
            ("shift.unit", "HEALTH"),
            ("shift.facility", "NAME"),
            ("shift.facility", "LOCATION"),
            ("shift.rate", "*"),
            ("shift.role", "*"),
        },
        False,
    ),
    (
        "Fitness-for-duty referral (employee-health case CSV): alcohol-related incident to EAP",
        {
            "Employee": "Gary Lindholm",
            "Employee ID": "100577",
            "Referral Reason": "Fitness for duty evaluation after suspected alcohol impairment",
            "Referred To": "EAP",
            "Department": "Surgical Services",
            "Referral Date": "2024-08-21",
        },
        {
            ("Employee", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Referral Reason", "HEALTH"),
        },
        {("Department", "HEALTH")},
        True,
    ),
    (
        "Bullhorn-like NP candidate (CSV): family medicine, DEA, state licence, NPI",
        {
            "First Name": "Aaron",
            "Last Name": "Whitfield",
            "Title": "Family Nurse Practitioner",
            "Specialty": "Family Medicine",
            "DEA Number": "BW2345672",
            "State License #": "APRN.CNP.0044120",
            "NPI": "1468023571",
            "Desired Pay": "$70/hr",
            "Available Date": "2024-09-01",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DEA Number", "LICENSE_NUMBER"),
            ("State License #", "LICENSE_NUMBER"),
            ("NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Specialty", "HEALTH"), ("Title", "HEALTH"), ("Desired Pay", "*")},
        False,
    ),
    (
        "Annual TB symptom screen (employee-health JSON): cough, referred for chest x-ray",
        {
            "emp_id": "E118820",
            "name": "Rosa Delgado",
            "screening": "Annual TB symptom screen",
            "answers": {"persistent_cough": "Yes", "night_sweats": "No", "weight_loss": "No"},
            "referred_for": "chest x-ray",
            "screen_date": "2024-11-04",
        },
        {
            ("emp_id", "OTHER_ID"),
            ("name", "NAME"),
            ("screening", "HEALTH"),
            ("answers.persistent_cough", "HEALTH"),
            ("referred_for", "HEALTH"),
            ("screen_date", "DATE"),
        },
        {("answers.night_sweats", "*"), ("answers.weight_loss", "*")},
        True,
    ),
    (
        "Career-fair talent-community sign-up (CSV): behavioral health interest",
        {
            "First Name": "Imani",
            "Last Name": "Okonkwo",
            "Email": "imani.okonkwo@osu.edu",
            "Phone": "614-555-0162",
            "Zip": "43215",
            "Area of Interest": "Behavioral Health",
            "Event": "Nursing Career Fair - Cancer Institute Atrium",
            "Graduation Year": "2025",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Zip", "ZIP_CODE"),
        },
        {
            ("Area of Interest", "HEALTH"),
            ("Event", "HEALTH"),
            ("Event", "LOCATION"),
            ("Graduation Year", "*"),
        },
        False,
    ),
    (
        "Interview scheduling (Calendly-like JSON): hospice RN phone screen, recruiter host",
        {
            "invitee": {"name": "Hector Alvarez", "email": "hector.alvarez@gmail.com"},
            "event_type": "Phone Screen - Hospice RN",
            "start_time": "2024-06-20T15:00:00Z",
            "host": {"name": "Lena Moritz", "email": "lena.moritz@mercywest.org"},
            "location": "(614) 555-0100",
        },
        {("invitee.name", "NAME"), ("invitee.email", "EMAIL")},
        {
            ("event_type", "HEALTH"),
            ("host.name", "NAME"),
            ("host.email", "EMAIL"),
            ("location", "PHONE"),
        },
        False,
    ),
    (
        "Flu vaccine declination form (Jotform-like): egg allergy, NICU nurse",
        {
            "Full Name": "Wen Li",
            "Employee Number": "100912",
            "Department": "Neonatal ICU",
            "I decline the influenza vaccine because": "Egg allergy - severe anaphylaxis in 2019",
            "Signature Date": "10/07/2024",
        },
        {
            ("Full Name", "NAME"),
            ("Employee Number", "OTHER_ID"),
            ("I decline the influenza vaccine because", "HEALTH"),
        },
        {("Department", "HEALTH")},
        True,
    ),
    (
        "Offer export (HRIS CSV): bone marrow transplant unit clinical nurse",
        {
            "Candidate": "Jordan Mills",
            "Offer Date": "2024-06-28",
            "Position": "Clinical Nurse - Bone Marrow Transplant Unit",
            "Base Rate": "$44.10",
            "Shift Differential": "$4.00",
            "Sign-on Bonus": "$10,000",
            "Start Date": "2024-08-05",
            "Req #": "REQ-24-0577",
        },
        {("Candidate", "NAME")},
        {
            ("Position", "HEALTH"),
            ("Base Rate", "*"),
            ("Shift Differential", "*"),
            ("Sign-on Bonus", "*"),
            ("Req #", "*"),
        },
        False,
    ),
    (
        "CE course completion (LMS JSON, clean topic): nurse leadership essentials",
        {
            "registrant": {
                "first_name": "Grace",
                "last_name": "Nakamura",
                "email": "gnakamura@gmail.com",
                "license_number": "RN.512877",
                "license_state": "OH",
            },
            "course": {
                "id": "CE-2024-204",
                "title": "Nurse Leadership Essentials: Delegation and Staffing",
                "contact_hours": 2.0,
                "provider_number": "OBN-001-91",
            },
            "completed_at": "2024-09-30T21:05:00Z",
        },
        {
            ("registrant.first_name", "NAME"),
            ("registrant.last_name", "NAME"),
            ("registrant.email", "EMAIL"),
            ("registrant.license_number", "LICENSE_NUMBER"),
        },
        {("course.title", "*"), ("course.id", "*"), ("course.provider_number", "*")},
        False,
    ),
]

_OPEN: dict[str, tuple[set, str]] = {
    "HRIS worker record (JSON): dialysis charge nurse with home address": (
        {("worker_id", "OTHER_ID")},
        "``worker_id`` names a process in infrastructure logs (Celery, gunicorn, Cloudflare "
        "Workers) as often as an HRIS worker; Workday's ``Worker`` column is read as a "
        "NAME, and an ``Employee ID`` as OTHER_ID, but a bare ``worker_id`` is left alone",
    ),
    "Career-fair talent-community sign-up (CSV): behavioral health interest": (
        {("Area of Interest", "PROCEDURE"), ("Event", "HEALTH_CONDITION")},
        "the project decided that a lead's area or service-line interest and an event's "
        "name are health context of the person on the row (detectors/health_fields.py, "
        "tests/test_community_events.py, tests/test_philanthropy.py's fund names); a career "
        "fair's interest in behavioural health is the job sought, but nothing in the row "
        "tells a talent community's sign-up from a patient's seminar registration, so the "
        "row reads as PHI",
    ),
    "Interview scheduling (Calendly-like JSON): hospice RN phone screen, recruiter host": (
        {
            ("event_type", "PROCEDURE"),
            ("host.name", "NAME"),
            ("host.email", "EMAIL"),
            ("location", "PHONE"),
        },
        "a booking's type is the care booked (field_names: ``appointment_type`` holds "
        '"IVF consultation"), a booking\'s host is the clinician, reported as the '
        "project reports providers (tests/test_clinicians.py), and Calendly's ``location`` "
        "holds the invitee's own number when the host calls out; a recruiter's phone "
        "screen is shaped exactly like a patient's telehealth booking",
    ),
    # held out: open after the held-out scoring
    "Phenom talent-community lead (JSON): preferred specialty oncology, viewed a job": (
        {("lastActivity", "HEALTH_CONDITION")},
        'an activity\'s text ("Viewed job: Oncology Nurse Navigator - Cancer Center") is '
        'read like an event name; only "Viewed job" says it is a job\'s, and the same '
        'field says "Viewed: Breast Cancer Screening" of a patient\'s visit; '
        "detectors/job_fields.py reads careers pages by their URL and title only",
    ),
    "Employee referral bonus export (CSV): neuro stroke unit RN hired": (
        {("Referred Candidate", "NAME")},
        "only whole ``Candidate`` / ``Employee`` headers are read as a person's name; a "
        "qualified one (``Referred Candidate``, ``Referring Employee``) would need each "
        "qualifier decided, and the candidate's email is found beside it",
    ),
    "Recruiting CRM email send (JSON): sign-on bonus campaign to a candidate": (
        {("subject", "NAME"), ("sender", "NAME"), ("sender", "EMAIL")},
        "a first name opening a subject line is free text that only NER reads; a sender's "
        "mailbox is let go only when it is a role mailbox (detectors/senders.py), and a "
        "recruiter's own address in ``Name <addr>`` is shaped like anyone's sent mail",
    ),
    "Credentials committee roster (CSV): hem/onc physician, delineated privileges": (
        {("Department", "HEALTH_CONDITION"), ("Privileges", "PROCEDURE")},
        '(``Provider`` = "Elena Voss, MD" is a NAME by its credential since the ADT '
        "probe, keyed_names) a bare ``Provider`` column names an insurer as often; a "
        'bare ``Department`` is left to the dictionary ("Cancer Institute"), as in '
        "provider directories; a delineation of privileges lists procedures the dictionary "
        "rightly knows. With the NPI found the row is PHI by the project's default rule (a "
        "clinician's identifier beside health words, tests/test_clinicians.py); under "
        "``phi.clinicians: exclude`` it is not",
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_workforce_recruiting_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records): a change that loses recall or precision on workforce exports fails
#: here. Before the work, blind: SHAPES 31 misses / 26 false / 25 wrong of 32, HELD_OUT
#: 10 / 8 / 7 of 10.
#: Tightened at the thirteenth round's merge: the urgent-care probe's rules closed the pre-
#: employment physical's ``Clinic`` address (an address after an organisation's name and a comma is
#: the organisation's, detectors/location.py).
#: The interpreter probe's ``detectors/file_names.py`` (a name a document's file name is
#: built from, tests/test_interpreter_language_services.py) closed the Indeed resume's
#: ``Jasmine_Ortiz_RN_Resume.pdf``: one miss fewer.
FLOORS = ShapeTotals(expected=152, misses=3, false=11, wrong=8)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
