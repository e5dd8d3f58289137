"""Student, school and camp health: what campus, K-12 and camp health tools export.

A blind probe, written by hand before reading the detectors: college health-centre
appointment exports (Medicat-, Point and Click- and Titanium-like: student ids, chart
numbers, counselling-centre scheduling and intake with PHQ-9 and GAD-7 totals), the
health portal's GA4 events, appointment reminder texts, immunisation-compliance platforms
(Med+Proctor- and Magnus-like: MMR, MenACWY, MenB, Tdap and TB requirements, exemption
requests), athletics pre-participation physicals, ImPACT-like concussion baselines and
athletic trainers' injury logs, K-12 school-nurse visit logs (grade, homeroom, complaint,
"sent home"), medication administration logs, emergency care plans and vision
screenings, summer-camp health forms and infirmary logs (CampDoc-like: allergies,
EpiPen, medications at camp, dietary needs), school-based telehealth consents and visit
webhooks, disability-services and housing accommodation requests, admissions (Slate-like)
and scholarship CRMs, the student health insurance waiver, study-abroad health
disclosures, and the clean rows around them: class schedules, a health centre's own
listing, an immunisation requirement catalog, team rosters, cabin lists, field-trip
contact lists, rec-centre card swipes and a commencement list.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity. Values are made up; field
names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A student id is the person's record id: OTHER_ID.** A student number, an SIS id, a
  PeopleSoft ``EMPLID``, a Banner ``A00…`` id, a Slate reference id, a camp's camper id,
  an athletics department's athlete id and a scholarship applicant id each point at one
  person's record, as the public-health probe read a ``State Student ID`` and the
  workforce probe an employee id. A health centre's own chart number and a counselling
  system's client id are the same (``OTHER_ID|MRN``). A campus login (``UNI``, NetID) is
  an account name (``ONLINE_ID|OTHER_ID``); a campus card number identifies the
  cardholder (``OTHER_ID|ACCOUNT_NUMBER``); a passport number is a certificate number
  (``LICENSE_NUMBER|OTHER_ID``).
- **A vaccination, its status and an exemption from a named vaccine are health context**
  (the public-health probe: a vaccination is health context; the workforce probe: the
  status of a named vaccine or test, ``Hep B Titer: Immune``, is health). A vaccine named
  as a column whose value is a date gives the DATE; its status (``Declined``, ``Low
  Risk``) under a named vaccine or test is HEALTH. An exemption's *type* alone
  (``Religious``, ``Medical``) and an overall compliance status are no findings.
- **An accommodation request is health context when it names the condition** (the
  workforce probe: an ADA accommodation's condition is health). The condition
  (``ADHD``, ``Type 1 diabetes``) is HEALTH; the accommodation itself (extended time, a
  single room) and a bare interest in accessibility services are neither expected nor
  forbidden.
- **A minor's parent's or guardian's name, phone and email are identifiers of the
  record** (Safe Harbor lists the identifiers of relatives and household members; the
  public-health probe read a ``Parent/Guardian`` as NAME). A guardian's contact on a camp
  form, a telehealth consent or a nurse's call log is found as NAME / PHONE / EMAIL.
- **A counselling appointment, a counselling group and a counselling intake are health
  services** (mental-health care): HEALTH. A telehealth consent that lists the services
  consented to is health context when it names one (behavioural health); the consent
  itself is not.
- **School-nurse and camp-infirmary complaints and treatments are health**; a
  disposition (``Returned to class``, ``Sent home``) is not a finding (``Sent home`` is
  left unscored), nor are the times in and out, a dose, a route or a pill count.
- **Allergies, an EpiPen and medications at camp are health**; a dietary *preference*
  (vegetarian, kosher) is not, and a diet for a condition (gluten-free for coeliac
  disease) is.
- **A concussion history, a diagnosis, an injury and a pre-participation physical are
  health**; a flag answered ``No`` says nothing, and an ImPACT composite score, a sport, a
  team, a position, a jersey number, height and weight on a roster are no findings.
- **Majors, course titles, degrees and scholarships named for a profession are not the
  person's health** (``Nursing``, ``Pre-Medicine``, ``Abnormal Psychology``,
  ``Kinesiology``, ``Future Nurses Scholarship``), as the workforce probe read job titles.
  A scholarship *for students living with* a condition says the applicant has it: HEALTH.
- **Enrolment in, or a waiver of, the student health insurance plan is not health
  context** (the eligibility probe: insurance is a product); its member id is
  HEALTH_PLAN_ID, a policyholder's name NAME, the group number and carrier nothing.
- **A person's dates are DATE**: birth, an appointment, a visit, a vaccine dose, a test's
  collection, a physical, a baseline test, an injury, a scheduled surgery, an intake, a
  screening. The institution's and the system's are not: term codes (``2026FA``,
  ``1262``, ``202508``), graduation and class years, a class's start and end dates, a
  camp session's dates, a trip's or a ceremony's date, a catalog's review date, export
  and submission timestamps. Clock times alone (``Time In: 10:42``) are no findings.
- **A residence hall and room of a student** are the student's campus residence but name
  a building of the institution: neither expected nor forbidden. A hometown on a public
  roster or commencement list is left unscored as well.
- **The institution's own places and lines are not a person's**: a health centre's
  address, phone, fax and nurse line, a school's address and main phone, the sender
  number of a reminder, a crisis line (``988``), an office building in a ``Location``
  column, a study-abroad programme's city.
- **Staff**: a clinician's name on a form is reported (the project reports clinicians);
  a nurse, athletic trainer, teacher or counsellor on a log line by role or one word
  (``Nurse Patel``, ``Maddie``, ``Team Physician``) is neither expected (a role) nor,
  where it is one word or a role, allowed as a NAME.
- Ids of things: course, section and class numbers, rooms, homerooms, bus routes, cabins
  and bunks, a CEEB code, a survey response id, a Twilio sid, GA4 session ids and
  timestamps are no findings.

After reading the detectors no blind expectation was changed. One expectation and three
must-nots were stricter than decisions the project had made and are narrowed on top
(:data:`_DECIDED`): a bare ``ClientID`` may read as an analytics client id, a local
``from`` number is reported, and bare ``Last Reviewed`` and ``Ceremony`` dates are
reported as bare dates are. What the work built, each with its unit test: school, camp
and athletics person words (``camper.first_name``, ``athlete.athlete_id``, ``AthleteID``,
``student.id``, ``camper.id``) and bare ``Student``, ``Camper`` and ``Athlete`` columns
(one word there is no name); a school's number of a student (``Student Number``,
``Student ID Number``, ``Student UID``, ``student_ref``, ``student.sis_id``, PeopleSoft's
``EMPLID``, Slate's ``Person Reference ID``) and ImPACT's ``Passport ID`` as OTHER_ID, and
a bare ``Name`` beside a student's number (detectors/person_records.py); a school's own
``school_phone`` and ``school_address``; a health centre listing's ``Nurse Line`` as its
own line; a log's ``staff`` column as the workforce (detectors/staff.py); one word under
``Counselor`` (a camp counsellor's first name) as no clinician's name; the allergen of an
item of a person's ``allergies`` list (detectors/health_fields.py); a positive count of
the person's previous or prior events of a condition (``Number of Previous Concussions``,
detectors/grid_answers.py); and 29 vocabulary terms (``individual therapy``, ``counseling
consultation``, ``MenACWY``, ``MenB``, ``Meningococcal B``, ``pre-participation
physical``, ``vision screening``, ``bee sting``, ``comprehensive metabolic panel``...).
Twelve records are left open (:data:`LEFT_ALONE`), each with its reason: a vaccine's bare
column (``MenB`` = "Declined"), ``Counseling & Psychological Services`` and ``Grief &
Loss`` (no multi-word term spans an ampersand), a bare ``ID`` beside ``Student``, Slate's
bare ``Ref``, Columbia's ``UNI``, ``visit_started_at``, ``Screening`` = "Vision", a
consent's ``Behavioral health``, a catalog made PHI by its bare review date, and three
bare ``Name`` columns with no contact beside them.

Figures (misses / false findings / records wrong). SHAPES (33 records, 176 pairs): blind
36 / 8 / 28; after the work 11 / 2 / 10 as written, 10 / 0 / 9 with the decisions (all nine
in LEFT_ALONE). HELD_OUT (10 records, 33 pairs): blind 7 / 1 / 5; scored once after the
SHAPES work 4 / 1 / 3, and 4 / 0 / 3 with the decision on a bare ceremony date (no further
fix generalised: three bare ``Name`` columns and a campus card number, all in LEFT_ALONE;
the card number was closed at the merge, as a card column's number that is no payment
card's is OTHER_ID).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Every identifier entity of the contract: a must-not ``(field, ANY_ID)`` lets a value be
#: read as health but never as anyone's identifier.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Medicat-like health-centre appointment export (CSV): counselling intake",
        {
            "Student ID": "500287316",
            "Chart #": "0048821",
            "Last Name": "Kowalski",
            "First Name": "Adrianna",
            "DOB": "2005-03-14",
            "Appt Date": "09/23/2025",
            "Appt Time": "2:30 PM",
            "Provider": "Counselor - Triage",
            "Appt Type": "Initial Counseling Consultation",
            "Reason": "anxiety, trouble sleeping",
            "Location": "Younkin Success Center 4th Floor",
            "Status": "Checked In",
        },
        {
            ("Student ID", "OTHER_ID"),
            ("Chart #", "OTHER_ID|MRN"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("DOB", "DATE"),
            ("Appt Date", "DATE"),
            ("Appt Type", "HEALTH"),
            ("Reason", "HEALTH"),
        },
        {
            ("Appt Time", "*"),
            ("Provider", "NAME"),
            ("Location", "LOCATION"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Point and Click-like counselling-centre booking (JSON): therapy follow-up",
        {
            "appointment": {
                "id": 884120,
                "start": "2025-10-02T15:00:00-05:00",
                "end": "2025-10-02T15:50:00-05:00",
                "type": {"code": "CAPS-IND", "name": "Individual Therapy - Follow Up"},
                "clinician": {"display": "Jordan Ames, LPC"},
                "room": "SSC 312",
            },
            "patient": {
                "studentId": "U18274530",
                "preferredName": "Sam",
                "legalLastName": "Ortega",
                "pronouns": "they/them",
                "campusEmail": "sortega3@utexas.edu",
                "mobile": "512-555-0187",
                "residenceHall": "Jester West",
                "roomNumber": "W0418",
            },
            "termCode": "2026FA",
            "createdAt": "2025-09-28T21:14:05Z",
        },
        {
            ("appointment.start", "DATE"),
            ("appointment.type.name", "HEALTH"),
            ("patient.studentId", "OTHER_ID"),
            ("patient.preferredName", "NAME"),
            ("patient.legalLastName", "NAME"),
            ("patient.campusEmail", "EMAIL"),
            ("patient.mobile", "PHONE"),
        },
        {
            ("appointment.type.code", ANY_ID),
            ("appointment.room", "*"),
            ("patient.pronouns", "*"),
            ("termCode", "*"),
            ("createdAt", "*"),
        },
        True,
    ),
    (
        "Student health portal GA4 event (BigQuery row): STI testing booked",
        {
            "event_date": "20251006",
            "event_timestamp": "1759766400123456",
            "event_name": "appointment_booked",
            "user_pseudo_id": "1187723904.1759765012",
            "user_id": "jdoe42",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://healthportal.umich.edu/appointments/schedule"
                        "?step=confirm"
                    },
                },
                {"key": "appointment_type", "value": {"string_value": "STI Testing"}},
                {"key": "ga_session_id", "value": {"int_value": 1759765012}},
            ],
            "device": {"category": "mobile", "operating_system": "iOS"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("event_params[1].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[2].value.int_value", "*"),
            ("device.operating_system", "*"),
        },
        True,
    ),
    (
        "Student health portal page view (GA4): secure messages, no health word",
        {
            "event_name": "page_view",
            "event_timestamp": "1759852811004211",
            "user_pseudo_id": "2093381745.1759852790",
            "user_id": "500331902",
            "page_location": "https://myhealth.gatech.edu/portal/messages",
            "page_title": "Secure Messages | Student Health Portal",
            "engagement_time_msec": "4210",
        },
        {("user_pseudo_id", "ONLINE_ID"), ("user_id", "ONLINE_ID|OTHER_ID")},
        {
            ("event_timestamp", "*"),
            ("page_title", "HEALTH"),
            ("page_location", "HEALTH"),
            ("engagement_time_msec", "*"),
        },
        False,
    ),
    (
        "Med+Proctor-like compliance export (CSV): MMR doses, MenB declined, TB questionnaire",
        {
            "Student ID": "2291847",
            "Last": "Nguyen",
            "First": "Bao",
            "DOB": "07/30/2006",
            "Class Year": "2029",
            "Term": "2026FA",
            "MMR Dose 1": "08/15/2007",
            "MMR Dose 2": "09/02/2010",
            "MenACWY": "06/12/2023",
            "MenB": "Declined",
            "TB Risk Questionnaire": "Low Risk",
            "Overall Status": "Compliant",
            "Last Updated": "2025-07-21 10:42:11",
        },
        {
            ("Student ID", "OTHER_ID"),
            ("Last", "NAME"),
            ("First", "NAME"),
            ("DOB", "DATE"),
            ("MMR Dose 1", "DATE"),
            ("MMR Dose 2", "DATE"),
            ("MenACWY", "DATE"),
            ("MenB", "HEALTH"),
            ("TB Risk Questionnaire", "HEALTH"),
        },
        {
            ("Class Year", "*"),
            ("Term", "*"),
            ("Overall Status", "*"),
            ("Last Updated", "*"),
        },
        True,
    ),
    (
        "Magnus-like K-12 immunisation record (JSON): Tdap religious exemption, guardian",
        {
            "student": {
                "sis_id": "S0044812",
                "first_name": "Ava",
                "last_name": "Petrakis",
                "grade": "07",
                "homeroom": "118",
                "school": "Hawthorne Middle School",
            },
            "requirements": [
                {
                    "vaccine": "Tdap",
                    "status": "Exempt",
                    "exemption_type": "Religious",
                    "exemption_expires": "2026-06-30",
                },
                {"vaccine": "MenACWY", "status": "Complete", "dates": ["2025-08-04"]},
            ],
            "guardian": {
                "name": "Elena Petrakis",
                "email": "elena.petrakis@gmail.com",
                "relationship": "Mother",
            },
        },
        {
            ("student.sis_id", "OTHER_ID"),
            ("student.first_name", "NAME"),
            ("student.last_name", "NAME"),
            ("requirements[0].vaccine", "HEALTH"),
            ("requirements[1].vaccine", "HEALTH"),
            ("requirements[1].dates[0]", "DATE"),
            ("guardian.name", "NAME"),
            ("guardian.email", "EMAIL"),
        },
        {
            ("student.grade", "*"),
            ("student.homeroom", "*"),
            ("student.school", "NAME"),
            ("requirements[0].exemption_type", "*"),
            ("requirements[0].status", "*"),
            ("guardian.relationship", "*"),
        },
        True,
    ),
    (
        "Immunisation exemption request (Jotform-like): MenB medical exemption",
        {
            "Student Name": "Liam O'Connell",
            "Student ID Number": "A00471926",
            "Date of Birth": "11/02/2004",
            "Vaccine(s) for which exemption is requested": "Meningococcal B",
            "Exemption Type": "Medical",
            "Contraindication": "history of Guillain-Barre syndrome after vaccination",
            "Physician Name": "Dr. Helen Marsh",
            "Physician Phone": "(317) 555-0148",
            "Submission Date": "2025-08-01",
            "Submission ID": "5994810237741",
        },
        {
            ("Student Name", "NAME"),
            ("Student ID Number", "OTHER_ID"),
            ("Date of Birth", "DATE"),
            ("Vaccine(s) for which exemption is requested", "HEALTH"),
            ("Contraindication", "HEALTH"),
            ("Physician Name", "NAME"),
        },
        {("Exemption Type", "*"), ("Submission ID", "*")},
        True,
    ),
    (
        "International student TB screening (CSV): QuantiFERON, registration hold",
        {
            "Emplid": "1038847",
            "Name": "Chen, Yiting",
            "Country of Citizenship": "China",
            "TB Risk": "High",
            "Test": "QuantiFERON-TB Gold Plus",
            "Result": "Negative",
            "Collection Date": "2025-08-19",
            "Chest X-ray Required": "No",
            "Hold on Registration": "Released",
            "Term": "1262",
        },
        {
            ("Emplid", "OTHER_ID"),
            ("Name", "NAME"),
            ("Test", "HEALTH"),
            ("Collection Date", "DATE"),
        },
        {
            ("Country of Citizenship", "LOCATION"),
            ("Chest X-ray Required", "*"),
            ("Hold on Registration", "*"),
            ("Term", "*"),
        },
        True,
    ),
    (
        "Athletics pre-participation physical (ATS-like JSON): sickle cell trait, inhaler",
        {
            "athlete": {
                "athlete_id": "ATH-20417",
                "first": "Marcus",
                "last": "Bell",
                "dob": "2006-01-09",
                "sport": "Men's Basketball",
                "jersey": "23",
                "class": "SO",
                "position": "G",
            },
            "ppe": {
                "exam_date": "2025-07-28",
                "type": "Pre-Participation Physical Examination",
                "cleared": "Cleared with recommendations",
                "history": "Sickle cell trait; exercise-induced asthma",
                "medications": ["albuterol HFA 90 mcg"],
                "bp": "128/78",
                "examiner": "Team Physician",
            },
            "insurance": {
                "carrier": "UnitedHealthcare Student Resources",
                "member_id": "98817274501",
            },
        },
        {
            ("athlete.athlete_id", "OTHER_ID"),
            ("athlete.first", "NAME"),
            ("athlete.last", "NAME"),
            ("athlete.dob", "DATE"),
            ("ppe.exam_date", "DATE"),
            ("ppe.type", "HEALTH"),
            ("ppe.history", "HEALTH"),
            ("ppe.medications[0]", "HEALTH"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("athlete.sport", "HEALTH"),
            ("athlete.jersey", "*"),
            ("athlete.class", "*"),
            ("athlete.position", "*"),
            ("ppe.examiner", "NAME"),
            ("insurance.carrier", "*"),
        },
        True,
    ),
    (
        "ImPACT-like concussion baseline export (CSV): composites, previous concussions",
        {
            "Passport ID": "IMP-7741-2290",
            "First Name": "Kayla",
            "Last Name": "Brennan",
            "Date of Birth": "04/17/2009",
            "Test Date": "08/12/2025",
            "Test Type": "Baseline",
            "Sport": "Soccer",
            "Number of Previous Concussions": "1",
            "Diagnosed ADHD": "No",
            "Verbal Memory Composite": "86",
            "Visual Memory Composite": "74",
            "Visual Motor Speed Composite": "38.45",
            "Reaction Time Composite": "0.61",
            "Total Symptom Score": "3",
            "Organization": "Westfield High School Athletics",
        },
        {
            ("Passport ID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Test Date", "DATE"),
            ("Number of Previous Concussions", "HEALTH"),
        },
        {
            ("Sport", "HEALTH"),
            ("Diagnosed ADHD", "HEALTH"),
            ("Verbal Memory Composite", "*"),
            ("Visual Memory Composite", "*"),
            ("Visual Motor Speed Composite", "*"),
            ("Reaction Time Composite", "*"),
            ("Total Symptom Score", ANY_ID),
            ("Organization", "NAME|LOCATION"),
        },
        True,
    ),
    (
        "Athletic trainer injury log (CSV): concussion on the field, parent notified",
        {
            "Date": "2025-09-14",
            "Athlete": "Dominic Reyes",
            "Sport": "Football",
            "Jersey #": "54",
            "Injury": "Concussion",
            "Body Part": "Head",
            "Mechanism": "helmet-to-helmet contact, 2nd quarter",
            "Notes": "Removed from play. Headache, dizziness, photosensitivity. Parent "
            "(Maria Reyes, 915-555-0163) notified. Begin return-to-play protocol after 24h "
            "symptom free.",
            "AT": "J. Whitcomb, ATC",
        },
        {
            ("Date", "DATE"),
            ("Athlete", "NAME"),
            ("Injury", "HEALTH"),
            ("Notes", "HEALTH"),
            ("Notes", "NAME"),
            ("Notes", "PHONE"),
        },
        {("Sport", "HEALTH"), ("Jersey #", "*"), ("Body Part", ANY_ID)},
        True,
    ),
    (
        "Team roster (athletics site CSV, clean of health): jersey, height, major",
        {
            "No.": "11",
            "Name": "Trey Odom",
            "Pos.": "WR",
            "Ht.": "6-1",
            "Wt.": "195",
            "Cl.": "Jr.",
            "Hometown / High School": "Valdosta, Ga. / Lowndes HS",
            "Major": "Kinesiology",
        },
        {("Name", "NAME")},
        {
            ("No.", "*"),
            ("Pos.", "*"),
            ("Ht.", "*"),
            ("Wt.", "*"),
            ("Cl.", "*"),
            ("Major", "HEALTH"),
        },
        False,
    ),
    (
        "K-12 nurse visit log (health-office CSV): stomach ache, returned to class",
        {
            "Student": "Harper Lindgren",
            "Student Number": "208814",
            "Grade": "3",
            "Homeroom": "Rm 12",
            "Visit Date": "10/07/2025",
            "Time In": "10:42",
            "Time Out": "11:05",
            "Complaint": "Stomach ache, nausea",
            "Temp": "99.1",
            "Treatment": "Rest, saltine crackers, water",
            "Disposition": "Returned to class",
            "Nurse": "K. Albright, RN",
        },
        {
            ("Student", "NAME"),
            ("Student Number", "OTHER_ID"),
            ("Visit Date", "DATE"),
            ("Complaint", "HEALTH"),
        },
        {
            ("Grade", "*"),
            ("Homeroom", "*"),
            ("Time In", "*"),
            ("Time Out", "*"),
            ("Disposition", "*"),
        },
        True,
    ),
    (
        "K-12 nurse visit (JSON): fever, sent home, parent called, school's own contacts",
        {
            "visit": {
                "id": "V-991204",
                "student_id": "1204773",
                "student_name": "Elijah Carter",
                "grade_level": "KG",
                "school_name": "Maple Grove Elementary",
                "date": "2025-11-03",
                "chief_complaint": "fever 101.2, sore throat",
                "action": "Sent home",
                "parent_contact": {
                    "name": "Denise Carter",
                    "phone": "(614) 555-0133",
                    "called_at": "2025-11-03T09:52:00-05:00",
                },
                "nurse_notes": "Possible strep; advised to see pediatrician before return.",
            },
            "school_phone": "(614) 555-0100",
            "school_address": "4500 Maple Grove Rd, Columbus, OH 43228",
        },
        {
            ("visit.student_id", "OTHER_ID"),
            ("visit.student_name", "NAME"),
            ("visit.date", "DATE"),
            ("visit.chief_complaint", "HEALTH"),
            ("visit.parent_contact.name", "NAME"),
            ("visit.parent_contact.phone", "PHONE"),
            ("visit.nurse_notes", "HEALTH"),
        },
        {
            ("visit.grade_level", "*"),
            ("visit.school_name", "NAME"),
            ("school_phone", "PHONE"),
            ("school_address", "LOCATION"),
            ("school_address", "ZIP_CODE"),
        },
        True,
    ),
    (
        "K-12 medication administration log (CSV): methylphenidate at noon",
        {
            "Student": "Wyatt Brooks",
            "ID": "302145",
            "DOB": "2016-05-21",
            "Medication": "Methylphenidate ER 18 mg",
            "Dose": "1 tab",
            "Route": "PO",
            "Scheduled": "12:00 PM",
            "Given": "12:04 PM",
            "Date": "10/15/2025",
            "Given By": "Nurse Patel",
            "Count Remaining": "14",
        },
        {
            ("Student", "NAME"),
            ("ID", "OTHER_ID"),
            ("DOB", "DATE"),
            ("Medication", "HEALTH"),
            ("Date", "DATE"),
        },
        {
            ("Dose", "*"),
            ("Route", "*"),
            ("Scheduled", "*"),
            ("Given", "*"),
            ("Count Remaining", "*"),
        },
        True,
    ),
    (
        "K-12 health conditions list (Magnus-like CSV): asthma care plan, inhaler",
        {
            "Student ID": "S-1148820",
            "Student Last Name": "Moreau",
            "Student First Name": "Chloe",
            "Grade": "05",
            "Condition": "Asthma - moderate persistent",
            "Emergency Medication": "Albuterol inhaler (carries)",
            "Care Plan on File": "Y",
            "Plan Expires": "06/15/2026",
            "Teacher": "Mr. Fischer",
            "Bus Route": "14",
        },
        {
            ("Student ID", "OTHER_ID"),
            ("Student Last Name", "NAME"),
            ("Student First Name", "NAME"),
            ("Condition", "HEALTH"),
            ("Emergency Medication", "HEALTH"),
        },
        {("Grade", "*"), ("Care Plan on File", "*"), ("Bus Route", "*")},
        True,
    ),
    (
        "CampDoc-like camper health form (JSON): peanut allergy, EpiPen, Zyrtec, vegetarian",
        {
            "camper": {
                "id": "CD-4471823",
                "first_name": "Noah",
                "last_name": "Feldman",
                "dob": "2014-02-11",
                "gender": "M",
                "session": "Session 2 (July 6 - July 26)",
                "cabin": "Birch",
                "bunk": "Birch-3 Top",
            },
            "health": {
                "allergies": [
                    {"allergen": "Peanuts", "reaction": "Anaphylaxis", "epinephrine": True}
                ],
                "medications": [
                    {"name": "EpiPen Jr 0.15 mg", "schedule": "as needed"},
                    {"name": "Zyrtec 5 mg", "schedule": "breakfast"},
                ],
                "dietary_needs": "Vegetarian",
                "swim_level": "Intermediate",
            },
            "guardians": [
                {
                    "name": "Rachel Feldman",
                    "relationship": "Mother",
                    "cell": "(847) 555-0124",
                    "email": "rfeldman@comcast.net",
                }
            ],
            "submitted_at": "2025-05-02T18:22:40Z",
        },
        {
            ("camper.id", "OTHER_ID"),
            ("camper.first_name", "NAME"),
            ("camper.last_name", "NAME"),
            ("camper.dob", "DATE"),
            ("health.allergies[0].allergen", "HEALTH"),
            ("health.allergies[0].reaction", "HEALTH"),
            ("health.medications[0].name", "HEALTH"),
            ("health.medications[1].name", "HEALTH"),
            ("guardians[0].name", "NAME"),
            ("guardians[0].cell", "PHONE"),
            ("guardians[0].email", "EMAIL"),
        },
        {
            ("camper.session", "DATE"),
            ("camper.cabin", "*"),
            ("camper.bunk", "*"),
            ("health.dietary_needs", "HEALTH"),
            ("health.swim_level", "*"),
            ("submitted_at", "*"),
        },
        True,
    ),
    (
        "Camp cabin assignment list (CSV, no health): cabin, bunk, counsellor's first name",
        {
            "Camper": "Isabella Cruz",
            "Age": "11",
            "Session": "2A",
            "Cabin": "Cedar Lodge",
            "Bunk": "C-7 Bottom",
            "Counselor": "Maddie",
            "T-Shirt": "YM",
        },
        {("Camper", "NAME")},
        {
            ("Age", "*"),
            ("Session", "*"),
            ("Cabin", "*"),
            ("Bunk", "*"),
            ("Counselor", "*"),
            ("T-Shirt", "*"),
        },
        False,
    ),
    (
        "Camp infirmary log (CSV): bee sting, Benadryl",
        {
            "log_date": "2025-07-14",
            "time": "21:40",
            "camper": "Owen Gallagher",
            "cabin": "Spruce 2",
            "complaint": "bee sting left forearm, local swelling",
            "treatment": "ice, Benadryl 25 mg PO",
            "follow_up": "Recheck at breakfast",
            "staff": "Health Center - Nurse Jo",
        },
        {
            ("log_date", "DATE"),
            ("camper", "NAME"),
            ("complaint", "HEALTH"),
            ("treatment", "HEALTH"),
        },
        {("time", "*"), ("cabin", "*"), ("staff", "NAME")},
        True,
    ),
    (
        "Camp registration (CSV, no health): kosher meals, parent contacts, balance",
        {
            "Registration #": "R-2025-08813",
            "Camper First": "Eli",
            "Camper Last": "Rosen",
            "Birthdate": "2013-09-30",
            "Grade in Fall": "7th",
            "Session": "Full Summer",
            "Dietary Restrictions": "Kosher; no pork",
            "Parent Email": "drosen@gmail.com",
            "Parent Phone": "(201) 555-0191",
            "T-Shirt Size": "AS",
            "Balance Due": "$1,250.00",
        },
        {
            ("Camper First", "NAME"),
            ("Camper Last", "NAME"),
            ("Birthdate", "DATE"),
            ("Parent Email", "EMAIL"),
            ("Parent Phone", "PHONE"),
        },
        {
            ("Grade in Fall", "*"),
            ("Dietary Restrictions", "HEALTH"),
            ("T-Shirt Size", "*"),
            ("Balance Due", "*"),
        },
        False,
    ),
    (
        "School-based telehealth consent (Hazel-like JSON): behavioural health, Medicaid",
        {
            "consent_id": "cns_01J9Z3K7Q2",
            "student": {
                "first_name": "Jayden",
                "last_name": "Morales",
                "date_of_birth": "2011-12-03",
                "school": "Roosevelt Middle School",
                "grade": 8,
                "student_id": "100384172",
            },
            "guardian": {
                "first_name": "Lucia",
                "last_name": "Morales",
                "relationship": "Parent",
                "phone": "+12145550176",
                "email": "lucia.morales@yahoo.com",
            },
            "services_consented": ["Physical health visits", "Behavioral health (counseling)"],
            "insurance": {"type": "Medicaid", "member_id": "712049385"},
            "signature": "Lucia Morales",
            "language": "es",
        },
        {
            ("student.first_name", "NAME"),
            ("student.last_name", "NAME"),
            ("student.date_of_birth", "DATE"),
            ("student.student_id", "OTHER_ID"),
            ("guardian.first_name", "NAME"),
            ("guardian.last_name", "NAME"),
            ("guardian.phone", "PHONE"),
            ("guardian.email", "EMAIL"),
            ("services_consented[1]", "HEALTH"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
            ("signature", "NAME"),
        },
        {
            ("student.school", "NAME"),
            ("student.grade", "*"),
            ("insurance.type", "*"),
            ("language", "*"),
        },
        True,
    ),
    (
        "School telehealth visit webhook (JSON): panic attack in class",
        {
            "visit_id": "vst_88420",
            "student_ref": "stu_5b21c9",
            "school_id": "DAL-RMS",
            "visit_started_at": "2025-10-09T13:12:00Z",
            "visit_type": "behavioral",
            "reason_for_visit": "panic attack in class",
            "outcome": "Returned to class",
            "provider_type": "LCSW",
            "follow_up_recommended": True,
        },
        {
            ("student_ref", "OTHER_ID|ONLINE_ID"),
            ("visit_started_at", "DATE"),
            ("reason_for_visit", "HEALTH"),
        },
        {
            ("school_id", "*"),
            ("outcome", "*"),
            ("provider_type", ANY_ID),
            ("follow_up_recommended", "*"),
        },
        True,
    ),
    (
        "Disability services accommodation letter (AIM-like CSV): ADHD, extended time",
        {
            "Student UID": "U1948302",
            "Student Name": "Priya Raman",
            "Email": "praman@smu.edu",
            "Course": "CHEM 1303-002",
            "Instructor": "Prof. D. Whitaker",
            "Accommodations": "Extended time (1.5x); Reduced-distraction testing room",
            "Disability Category": "ADHD",
            "Letter Sent": "2025-09-03",
            "Term": "Fall 2025",
        },
        {
            ("Student UID", "OTHER_ID"),
            ("Student Name", "NAME"),
            ("Email", "EMAIL"),
            ("Disability Category", "HEALTH"),
        },
        {("Course", "*"), ("Term", "*")},
        True,
    ),
    (
        "Housing accommodation request (StarRez-like CSV): type 1 diabetes, single room",
        {
            "EntryID": "884213",
            "StudentNumber": "700512884",
            "FirstName": "Grace",
            "LastName": "Whitley",
            "RoomSpace": "Baker Hall 214B",
            "RequestType": "Medical Housing Accommodation",
            "RequestDetail": "Type 1 diabetes; requests single room with mini-fridge for insulin",
            "DateSubmitted": "2025-04-11",
            "AcademicYear": "2025-2026",
        },
        {
            ("StudentNumber", "OTHER_ID"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("RequestDetail", "HEALTH"),
        },
        {("AcademicYear", "*")},
        True,
    ),
    (
        "Slate-like admissions CRM row (no health): intended major nursing, pre-med",
        {
            "Ref": "238814409",
            "First": "Olivia",
            "Last": "Brandt",
            "Birthdate": "2007-06-19",
            "Email": "obrandt07@gmail.com",
            "Mobile": "(414) 555-0167",
            "Entry Term": "2026FA",
            "Intended Major": "Nursing (BSN)",
            "Academic Interest 2": "Pre-Medicine",
            "High School": "Brookfield Central High School",
            "CEEB": "500235",
            "Grad Year": "2026",
            "Application Status": "Admitted",
        },
        {
            ("Ref", "OTHER_ID"),
            ("First", "NAME"),
            ("Last", "NAME"),
            ("Birthdate", "DATE"),
            ("Email", "EMAIL"),
            ("Mobile", "PHONE"),
        },
        {
            ("Entry Term", "*"),
            ("Intended Major", "HEALTH"),
            ("Academic Interest 2", "HEALTH"),
            ("High School", "NAME"),
            ("CEEB", "*"),
            ("Grad Year", "*"),
            ("Application Status", "*"),
        },
        False,
    ),
    (
        "Admissions CRM with a self-disclosed disability (Slate-like CSV): dyslexia, anxiety",
        {
            "Person Reference ID": "311902287",
            "Name": "Ethan Kraus",
            "Email": "ekraus@icloud.com",
            "Birthdate": "2007-01-05",
            "Entry Term": "2026FA",
            "Support Services Interest": "Student Accessibility Services",
            "Self-Disclosed Disability": "Dyslexia; generalized anxiety disorder",
            "Territory": "IL-North",
        },
        {
            ("Person Reference ID", "OTHER_ID"),
            ("Name", "NAME"),
            ("Email", "EMAIL"),
            ("Birthdate", "DATE"),
            ("Self-Disclosed Disability", "HEALTH"),
        },
        {("Entry Term", "*"), ("Territory", "*")},
        True,
    ),
    (
        "Scholarship application (award CRM): a scholarship for students with type 1 diabetes",
        {
            "Applicant ID": "SCH-2026-00418",
            "Applicant Name": "Maya Gutierrez",
            "Email": "maya.g2007@gmail.com",
            "Scholarship": "Type 1 Diabetes Scholars Award",
            "Essay Excerpt": "Being diagnosed at age 9 taught me to manage my insulin pump "
            "between classes and practices.",
            "GPA": "3.91",
            "Intended College": "University of Arizona",
        },
        {
            ("Applicant ID", "OTHER_ID"),
            ("Applicant Name", "NAME"),
            ("Email", "EMAIL"),
            ("Scholarship", "HEALTH"),
            ("Essay Excerpt", "HEALTH"),
        },
        {("GPA", "*"), ("Intended College", "NAME")},
        True,
    ),
    (
        "Scholarship CRM row (no health): a future nurses scholarship, nursing major",
        {
            "Applicant ID": "SCH-2026-00977",
            "First Name": "Tomas",
            "Last Name": "Herrera",
            "Email": "therrera@student.hccs.edu",
            "Scholarship": "Hartwell Foundation Future Nurses Scholarship",
            "Major": "Nursing",
            "Cumulative GPA": "3.62",
            "Award Amount": "$2,500",
            "Term": "2026SP",
            "Decision": "Awarded",
        },
        {
            ("Applicant ID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
        },
        {
            ("Scholarship", "HEALTH"),
            ("Major", "HEALTH"),
            ("Cumulative GPA", "*"),
            ("Award Amount", "*"),
            ("Term", "*"),
            ("Decision", "*"),
        },
        False,
    ),
    (
        "Class schedule row (clean): abnormal psychology, section, room, term dates",
        {
            "Term": "2026FA",
            "Subject": "PSYC",
            "Catalog Nbr": "2300",
            "Section": "002",
            "Class Nbr": "18842",
            "Title": "Abnormal Psychology",
            "Days": "MWF",
            "Start": "10:20",
            "End": "11:15",
            "Room": "Hagerty Hall 062",
            "Cap": "120",
            "Enrolled": "118",
            "Start Date": "08/25/2026",
            "End Date": "12/09/2026",
        },
        set(),
        {
            ("Term", "*"),
            ("Catalog Nbr", "*"),
            ("Section", "*"),
            ("Class Nbr", "*"),
            ("Title", "*"),
            ("Start", "*"),
            ("End", "*"),
            ("Room", "*"),
            ("Cap", "*"),
            ("Enrolled", "*"),
            ("Start Date", "*"),
            ("End Date", "*"),
        },
        False,
    ),
    (
        "Student health centre listing (clean): address, phone, fax, nurse line, services",
        {
            "Department": "Student Health Services",
            "Building": "Wardenburg Health Center",
            "Address": "1900 Wardenburg Dr, Boulder, CO 80309",
            "Phone": "303-492-5101",
            "Fax": "303-492-0999",
            "Hours": "Mon-Fri 8:00 AM - 5:00 PM",
            "After Hours Nurse Line": "303-492-5101 option 2",
            "Services": "Primary care; immunizations; sexual health; pharmacy",
        },
        set(),
        {
            ("Address", "LOCATION"),
            ("Address", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("Fax", "FAX|PHONE"),
            ("After Hours Nurse Line", "PHONE"),
            ("Building", "NAME"),
            ("Hours", "*"),
        },
        False,
    ),
    (
        "Immunisation requirement catalog row (clean): MenACWY for residential first-years",
        {
            "Requirement": "Meningococcal conjugate (MenACWY)",
            "Applies To": "First-year residential students age 21 and under",
            "Doses": "1 on or after 16th birthday",
            "Deadline": "Before move-in",
            "Exemptions Allowed": "Medical; Religious",
            "Last Reviewed": "2025-03-01",
        },
        set(),
        {
            ("Requirement", ANY_ID),
            ("Applies To", ANY_ID),
            ("Doses", ANY_ID),
            ("Deadline", "*"),
            ("Exemptions Allowed", "*"),
            ("Last Reviewed", "*"),
        },
        False,
    ),
    (
        "Student health insurance waiver (CSV, no health): outside plan, parent policyholder",
        {
            "Student ID": "900223481",
            "Name": "Amara Okafor",
            "Email": "aokafor3@gatech.edu",
            "Waiver Status": "Approved",
            "Carrier": "Blue Cross Blue Shield of Georgia",
            "Member ID": "XOJ884172993",
            "Group Number": "0048113",
            "Policyholder": "Chinedu Okafor",
            "Relationship": "Parent",
            "Term": "202508",
        },
        {
            ("Student ID", "OTHER_ID"),
            ("Name", "NAME"),
            ("Email", "EMAIL"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Policyholder", "NAME"),
        },
        {
            ("Waiver Status", "*"),
            ("Carrier", "*"),
            ("Group Number", "*"),
            ("Relationship", "*"),
            ("Term", "*"),
        },
        False,
    ),
    (
        "Counselling appointment reminder SMS (Twilio-like log): crisis line in the body",
        {
            "sid": "SM2f0b9a1c8d7e6f5a4b3c2d1e0f9a8b7c",
            "to": "+13125550144",
            "from": "+13125550100",
            "body": "Hi Jordan, reminder: your Counseling & Psychological Services "
            "appointment is tomorrow 10/8 at 3:00 PM. Reply C to confirm. Crisis line 24/7: 988",
            "date_sent": "2025-10-07T15:00:04Z",
            "status": "delivered",
        },
        {("to", "PHONE"), ("body", "HEALTH"), ("body", "NAME"), ("body", "DATE")},
        {("sid", "*"), ("from", "PHONE"), ("body", "PHONE"), ("date_sent", "*")},
        True,
    ),
    (
        "Counselling intake (Titanium-like CSV): presenting concern, PHQ-9 and GAD-7",
        {
            "ClientID": "T-118204",
            "LastName": "Abernathy",
            "FirstName": "Cole",
            "StudentID": "0918273",
            "IntakeDate": "09/29/2025",
            "PresentingConcern": "Depression; academic stress; passive suicidal ideation",
            "PHQ9Total": "16",
            "GAD7Total": "12",
            "PreviousCounseling": "Yes",
            "Counselor": "Dr. Renee Holt",
            "Class": "Junior",
            "Housing": "On-campus",
        },
        {
            ("ClientID", "OTHER_ID|MRN"),
            ("LastName", "NAME"),
            ("FirstName", "NAME"),
            ("StudentID", "OTHER_ID"),
            ("IntakeDate", "DATE"),
            ("PresentingConcern", "HEALTH"),
            ("PHQ9Total", "HEALTH"),
        },
        {("Class", "*"), ("Housing", "*")},
        True,
    ),
    (
        "Study-abroad pre-departure health form (JSON): coeliac disease, sertraline, passport",
        {
            "applicant_id": "SA-25-10442",
            "name": "Hannah Lee",
            "dob": "2005-10-21",
            "program": "Semester in Seville (Spain)",
            "term": "Spring 2026",
            "passport_number": "A12345678",
            "health_disclosure": "Celiac disease - needs gluten-free meals; takes sertraline "
            "50 mg daily",
            "emergency_contact": "David Lee (father) +1 646 555 0112",
        },
        {
            ("applicant_id", "OTHER_ID"),
            ("name", "NAME"),
            ("dob", "DATE"),
            ("passport_number", "LICENSE_NUMBER|OTHER_ID"),
            ("health_disclosure", "HEALTH"),
            ("emergency_contact", "NAME"),
            ("emergency_contact", "PHONE"),
        },
        {("program", "LOCATION"), ("term", "*")},
        True,
    ),
    (
        "Rec-centre card swipe (access-control CSV, no health): campus card number",
        {
            "Timestamp": "2025-10-12 18:04:33",
            "Facility": "Rec Center - Main Entrance",
            "Card Number": "6009231048812",
            "Name": "Julian Park",
            "Affiliation": "Student",
            "Membership": "Student Rec Fee",
            "Result": "Access Granted",
        },
        {("Card Number", "OTHER_ID|ACCOUNT_NUMBER"), ("Name", "NAME")},
        {
            ("Timestamp", "*"),
            ("Facility", "*"),
            ("Affiliation", "*"),
            ("Membership", "*"),
            ("Result", "*"),
        },
        False,
    ),
    (
        "Sports medicine injury record (SportsWare-like CSV): ACL tear, surgery date, policy",
        {
            "AthleteID": "114882",
            "LastName": "Sorensen",
            "FirstName": "Ingrid",
            "Team": "Women's Soccer",
            "InjuryDate": "09/21/2025",
            "BodyPart": "Knee - Left",
            "Diagnosis": "ACL tear, complete",
            "ICD10": "S83.512A",
            "Surgery": "ACL reconstruction scheduled 10/02/2025",
            "ExpectedReturn": "Summer 2026",
            "PrimaryInsurance": "Aetna",
            "PolicyNumber": "W184477210",
        },
        {
            ("AthleteID", "OTHER_ID"),
            ("LastName", "NAME"),
            ("FirstName", "NAME"),
            ("InjuryDate", "DATE"),
            ("Diagnosis", "HEALTH"),
            ("ICD10", "HEALTH"),
            ("Surgery", "HEALTH"),
            ("Surgery", "DATE"),
            ("PolicyNumber", "HEALTH_PLAN_ID"),
        },
        {("Team", "HEALTH"), ("PrimaryInsurance", "*"), ("ExpectedReturn", "*")},
        True,
    ),
    (
        "Field-trip contact list (K-12 CSV, no health): guardians' cells and emails",
        {
            "Student": "Lily Tran",
            "Grade": "4",
            "Teacher": "Ms. Alvarez",
            "Guardian 1": "Minh Tran",
            "Guardian 1 Cell": "(408) 555-0172",
            "Guardian 2": "Hoa Tran",
            "Guardian 2 Email": "hoa.tran@gmail.com",
            "Permission Slip": "Returned",
            "Trip": "Monterey Bay Aquarium - 11/14",
        },
        {
            ("Student", "NAME"),
            ("Guardian 1", "NAME"),
            ("Guardian 1 Cell", "PHONE"),
            ("Guardian 2", "NAME"),
            ("Guardian 2 Email", "EMAIL"),
        },
        {("Grade", "*"), ("Permission Slip", "*"), ("Trip", "DATE")},
        False,
    ),
    (
        "Health centre patient-experience survey (Qualtrics CSV): UTI, antibiotics",
        {
            "ResponseId": "R_3PqZ8xY2mN7kL1a",
            "StartDate": "2025-10-20 13:02:11",
            "RecipientEmail": "dmoss@students.kennesaw.edu",
            "ExternalReference": "000912284",
            "Q1_Visit_Type": "Sick visit",
            "Q4_Comments": "The nurse practitioner was great about my UTI and got me "
            "antibiotics the same day",
            "Q5_NPS": "9",
            "DistributionChannel": "email",
        },
        {
            ("RecipientEmail", "EMAIL"),
            ("ExternalReference", "OTHER_ID"),
            ("Q4_Comments", "HEALTH"),
        },
        {
            ("ResponseId", "*"),
            ("StartDate", "*"),
            ("Q5_NPS", "*"),
            ("DistributionChannel", "*"),
        },
        True,
    ),
    (
        "Commencement list (CSV, no health): nursing degree, class of, ceremony time",
        {
            "Name": "Rebecca Stein",
            "Degree": "BS Nursing",
            "Honors": "Magna Cum Laude",
            "Hometown": "Cedar Rapids, IA",
            "Class of": "2026",
            "Ceremony": "College of Nursing - May 9, 2026 10:00 AM",
        },
        {("Name", "NAME")},
        {("Degree", "HEALTH"), ("Honors", "*"), ("Class of", "*"), ("Ceremony", "DATE")},
        False,
    ),
    (
        "K-12 vision screening referral (district CSV): 20/50, referral letter",
        {
            "Student ID": "4410298",
            "Student Name": "Aiden Walsh",
            "DOB": "03/03/2017",
            "Grade": "2",
            "Screening": "Vision",
            "Screen Date": "09/30/2025",
            "Result": "Refer - R 20/50, L 20/40",
            "Referral Letter Sent": "Y",
            "School": "Brookside Elementary",
            "Screener": "District Screening Team",
        },
        {
            ("Student ID", "OTHER_ID"),
            ("Student Name", "NAME"),
            ("DOB", "DATE"),
            ("Screening", "HEALTH"),
            ("Screen Date", "DATE"),
        },
        {
            ("Grade", "*"),
            ("Result", ANY_ID),
            ("Referral Letter Sent", "*"),
            ("School", "NAME"),
            ("Screener", "NAME"),
        },
        True,
    ),
    (
        "Counselling group sign-up (form JSON): grief and loss group, UNI login",
        {
            "form": "CAPS Group Sign-Up",
            "submitted": "2025-09-10T16:20:00Z",
            "fields": {
                "Full Name": "Nadia Haddad",
                "UNI": "nh2741",
                "Email": "nh2741@columbia.edu",
                "Group": "Grief & Loss Support Group (Thursdays 4pm)",
                "Best phone": "917-555-0198",
            },
        },
        {
            ("fields.Full Name", "NAME"),
            ("fields.UNI", "ONLINE_ID|OTHER_ID"),
            ("fields.Email", "EMAIL"),
            ("fields.Group", "HEALTH"),
            ("fields.Best phone", "PHONE"),
        },
        {("submitted", "*"), ("form", ANY_ID)},
        True,
    ),
    (
        "Bursar student-account line (CSV): a health-centre lab charge",
        {
            "EMPLID": "7734120",
            "Name": "Marcus Young",
            "Item Type": "Student Health Lab Charge",
            "Description": "Comprehensive metabolic panel",
            "Amount": "38.00",
            "Posted": "2025-10-01",
            "Term": "2262",
        },
        {("EMPLID", "OTHER_ID"), ("Name", "NAME"), ("Description", "HEALTH")},
        {("Amount", "*"), ("Term", "*"), ("Item Type", ANY_ID)},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Counselling intake (Titanium-like CSV): presenting concern, PHQ-9 and GAD-7": (
        {("ClientID", "ONLINE_ID|OTHER_ID|MRN")},
        {("ClientID", "OTHER_ID|MRN")},
        set(),
        "a bare ``client_id`` is an analytics client id (tests/test_public_health.py, "
        "tests/test_veterinary.py: a ``client_id`` may also read as one); either way the "
        "counselling system's number of the student is reported",
    ),
    "Counselling appointment reminder SMS (Twilio-like log): crisis line in the body": (
        set(),
        set(),
        {("from", "PHONE")},
        "a local sender number is still reported (tests/test_senders.py: only a sender's "
        "toll-free line is let go); in an inbound reply the ``from`` is the student's, and "
        "the key does not say the direction (as tests/test_device_resupply.py's ``to``)",
    ),
    "Immunisation requirement catalog row (clean): MenACWY for residential first-years": (
        set(),
        set(),
        {("Last Reviewed", "*")},
        "a bare date in a field named for no one is reported on purpose "
        "(tests/test_clean_exports.py); only a chunk profile could call it the catalog's",
    ),
    "Commencement list (CSV, no health): nursing degree, class of, ceremony time": (
        set(),
        set(),
        {("Ceremony", "DATE")},
        "a textual date in a field named for no event word is reported, as bare dates are "
        "(tests/test_clean_exports.py); a ticketing export's event clock is read only in "
        "an event listing's chunk shape",
    ),
}


#: ``name -> (still open pairs, why)``: what the detectors do not read right.
_OPEN: dict[str, tuple[set, str]] = {
    "Med+Proctor-like compliance export (CSV): MMR doses, MenB declined, TB questionnaire": (
        {("MenB", "HEALTH"), ("TB Risk Questionnaire", "HEALTH")},
        'a column named for a vaccine alone (``MenB`` = "Declined") is not read '
        "(detectors/grid_answers.py: a clinic listing's ``mammogram: true`` is no one's); "
        "only a status word after the term (``MenB Status``) makes its value the person's, "
        "and ``TB Risk`` is no term. The row's dose dates and identifiers are found",
    ),
    "K-12 medication administration log (CSV): methylphenidate at noon": (
        {("ID", "OTHER_ID")},
        "a bare ``ID`` is a person's record id only beside the person's own name parts, "
        "and a row that also times an event (``Date``) has the event's id "
        "(detectors/person_records.py); a ``Student`` column is no name part",
    ),
    "School-based telehealth consent (Hazel-like JSON): behavioural health, Medicaid": (
        {("services_consented[1]", "HEALTH")},
        "``behavioral health`` is a care specialty, which the dictionary does not read "
        "alone (a department's or a site's words about no one); a consent's list of "
        "services is no service-line field. The row is identified, not PHI",
    ),
    "School telehealth visit webhook (JSON): panic attack in class": (
        {("visit_started_at", "DATE")},
        "a web ``visit`` is left out of the booking objects (field_names' "
        "APPOINTMENT_OBJECTS: Adobe's ``visit_start_time_gmt`` is an analytics session's); "
        "the row is PHI by its reason and the student's ref",
    ),
    "Slate-like admissions CRM row (no health): intended major nursing, pre-med": (
        {("Ref", "OTHER_ID")},
        "Slate's bare ``Ref`` is any record's reference elsewhere (an order's, a "
        "payment's); its ``Person Reference ID`` is read",
    ),
    "Immunisation requirement catalog row (clean): MenACWY for residential first-years": (
        set(),
        "PHI by a bare ``Last Reviewed`` date beside the requirement's vaccine name (see "
        ":data:`_DECIDED`)",
    ),
    "K-12 vision screening referral (district CSV): 20/50, referral letter": (
        {("Screening", "HEALTH")},
        "a bare ``Screening`` column holding a bare modality (``Vision``); ``vision`` alone "
        "is no term (``vision screening`` is), and a bare ``screening`` key is a film's as "
        "often",
    ),
    "Counselling group sign-up (form JSON): grief and loss group, UNI login": (
        {("fields.Group", "HEALTH"), ("fields.UNI", "ONLINE_ID|OTHER_ID")},
        "``Grief & Loss Support Group``: no term spans it (an ampersand stands for ``and`` "
        "since the merge, detectors/dictionary.py, but no ``grief and loss`` term is "
        "shipped, and ``grief support group`` would change other probes' spans); "
        "Columbia's ``UNI`` login is a university's name as a bare key elsewhere",
    ),
    "Team roster (athletics site CSV, clean of health): jersey, height, major": (
        {("Name", "NAME")},
        "a bare ``Name`` is read without NER only beside a person's contact, birth date or "
        "record id (detectors/person_records.py); a public roster has none of them",
    ),
    "Rec-centre card swipe (access-control CSV, no health): campus card number": (
        {("Name", "NAME")},
        "a bare ``Name`` beside no contact field is left to NER (above); the campus card's "
        "number is found since the merge (a card column's number that is no payment "
        "card's is OTHER_ID, detectors/field_names.py)",
    ),
    "Commencement list (CSV, no health): nursing degree, class of, ceremony time": (
        {("Name", "NAME")},
        "a bare ``Name`` beside no contact field is left to NER (above)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_student_and_school_health_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 43 records, the decisions applied): a change that loses recall or precision
#: on student, school and camp exports fails here. Before the work, blind: SHAPES 36
#: misses / 8 false / 28 wrong of 33, HELD_OUT 7 / 1 / 5 of 10.
FLOORS = ShapeTotals(expected=209, misses=12, false=0, wrong=11)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
