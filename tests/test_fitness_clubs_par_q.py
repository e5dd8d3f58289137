"""Gyms, fitness studios and personal training: health clubs' and studios' exports.

A blind probe, written by hand before reading the detectors: what health-club and studio
software exports. Member exports (ABC Fitness-like CSV: member number, agreement,
barcode, DOB, emergency contact, billing status; Mindbody-like ``GetClients`` JSON with its
``RedAlert`` and ``YellowAlert`` notes; Glofox-like member documents with Mongo ids),
PAR-Q+ and health-history forms (a Jotform-like CSV with the question as the column, a
Glofox-like ``answers[]`` list, a Mindbody-like intake form, a booking webhook's
questions), fitness assessments (a trainer's assessment JSON with resting heart rate,
blood pressure, BMI and body fat; an InBody LookinBody-like CSV export with its scan
columns), trainer session notes and programme assignments (Trainerize-like), medical
freezes and medical cancellations (ClubReady-like), door check-in logs, incident reports
from the gym floor, SilverSneakers and Renew Active eligibility checks, heart-rate class
summaries (Orangetheory-like), Strava-like activities, lead ads and reminder texts, guest
waivers, key fob assignments, billing declines, a health plan's fitness-reimbursement visit
report, class rosters; with the clean rows around them: class schedules, equipment
maintenance logs, price plans, locker inventories, club directories, marketing campaign
stats, app release notes, an aggregate PAR-Q flag report.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it states but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors; the
earlier rounds' decisions on wearables, weight management, sports medicine and forms are
kept):

- **A PAR-Q answer is read by its question.** A "Yes" under a question that names a
  condition or a symptom ("Has your doctor ever said that you have a heart condition OR
  high blood pressure?") says the member has it: HEALTH in that cell, as a ticked
  comorbidity column and ``Uses Inhaler: Yes`` were (the weight-management and
  sports-medicine probes). A "No" says nothing: no health finding in that cell, and a
  questionnaire answered all "No" is identified but not PHI. A free-text answer that lists
  conditions, injuries, surgeries ("knee replacement 2021") or medications is HEALTH.
- **Pregnancy and postpartum are health**: "Postpartum (4 months)", "pregnant", and a
  prenatal or condition-named class (``Prenatal Yoga``, ``Rock Steady Boxing -
  Parkinson's``) booked by or attended by a named client are HEALTH. The same class in a
  public schedule names nobody: a health word there is neither expected nor forbidden,
  and the schedule is not PHI.
- **Vitals are health, body composition and activity are not** (the wearables and
  weight-management probes): a resting heart rate, a blood pressure, a BMI under its field,
  and a heart rate measured during a workout (average or maximum heart rate: a heart-rate
  reading, as Oura's ``lowest_heart_rate`` was decided) are HEALTH. Weight, body fat
  percent, skeletal muscle mass, InBody's visceral fat level, calories, output, watts,
  splat points, distance and pace are neither expected nor forbidden as health, and are
  never identifiers.
- **Pain, injuries and surgeries told by a member or a trainer are health** ("client
  reports lower back pain", "dropped a plate on left foot; possible fracture", "rotator
  cuff repair"). A training modification alone ("modified deadlifts", "swap to goblet
  squats") and a performance note ("new PR on squat 225x5") are not health: a trainer note
  with only these is identified, not PHI.
- **A medical freeze or cancellation is health context when its reason names the
  condition or the procedure** ("Surgery - rotator cuff repair", "diagnosed with MS"). The
  freeze's start and end dates are the membership's billing dates: left unstated. A
  doctor's note attachment's file name is left unstated.
- **A fitness benefit id issued by a health plan is a health-plan beneficiary number**:
  a SilverSneakers id, a Renew Active confirmation code tied to the member, an Active&Fit
  member id are HEALTH_PLAN_ID. An eligibility check with no health word is identified,
  not PHI, as the autism probe's Medicaid eligibility check was; the plan's name
  ("Humana Gold Plus HMO") is plan-level: no finding.
- **Ids**: a club's member number, a studio software's client id (Mindbody ``Id``,
  Glofox ``_id``, Trainerize ``userID``, ClubReady ``UserId``) is the person's record id
  with the club (:data:`_MEMBER`: ``OTHER_ID|ACCOUNT_NUMBER|MRN|ONLINE_ID``); a barcode or a
  key fob number assigned to the member is the member's card (``OTHER_ID|ACCOUNT_NUMBER|
  DEVICE_ID``); an InBody ``ID`` that is the member's mobile number is a PHONE (or the
  record id). A membership agreement number is left unstated. Club numbers, class,
  session, booking, visit, invoice, campaign and plan codes, locker numbers and
  combinations, asset tags, equipment and lock serial numbers (the club's machines, no
  person's device), model names, SKUs, app versions and builds, prices, capacities and
  counts are never findings.
- **People**: the member, a guest, an emergency contact (NAME and PHONE) and a lead are
  identified; a staff roster's names are NAME (identified, not PHI). A trainer,
  instructor or front-desk employee named on a member's record is left unstated (a
  personal trainer is no clinician). A trainer's certifications ("NASM-CPT", "CPR/AED")
  are credentials, not health: forbidden as HEALTH; their certification numbers are left
  unstated. A relationship word ("Spouse") is no finding.
- **Dates**: a birth date, a check-in at the club (the member's visit, as the urgent-care
  probe decided for a check-in's time), an assessment or a scan date, a session's date,
  an incident's date and time, a booked class's start, an activity's start are the
  person's DATE. The system's and the club's are not: created and modified stamps, a
  schedule's class times, a maintenance date, a release date, a campaign's dates, a report
  month, a price plan's effective date. A sale's, a waiver's signing and a billing draft
  date are left unstated. Clock times alone are never findings.
- **The club's places and lines are the club's**: a club's address, ZIP and phone in a
  directory or as a reminder's sender, a club or studio name, an area of the gym floor
  ("Free weights area"). A member's home address, city and ZIP are LOCATION / ZIP_CODE.
- **Aggregates name nobody**: counts of PAR-Q flags by club, campaign stats.
- **Marketing**: a lead's goal "Lose weight" or "Build muscle" is not health (weight is
  not); a goal that names a condition ("Manage my type 2 diabetes") is.

After reading the detectors no blind expectation was changed; three were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a class
visit's own ``VisitId`` (a booking's or a visit's own id is left unstated), a Twilio
message's bare ``from`` without its ``direction``, and a class summary's ``classDate`` (a
class's day is every attendee's). What the work built, each with its unit test: a new
module, ``club_records``, asked by the chunk profile: a bare member number (``Member ID``,
``Member Number``, ``Member #``, ``memberNumber``) beside a club's own columns (its club,
a key fob, the agreement, the dues, a locker, a freeze, a trainer) and no
payer's is the member's account with the club (ACCOUNT_NUMBER), not a health plan's member
id, and the member's ``Barcode`` and key fob there are the member's card (OTHER_ID); a
guest pass's ``host_member_number`` is the club's wherever it stands
(detectors/club_records.py). A PAR-Q's "Yes" under ``Has your doctor ever said that you
have ...?`` (a doctor who told the person, with a saying verb:
detectors/grid_answers.py); a workout's average and peak heart rate (Strava's
``average_heartrate``, ``max_heartrate``) as a heart-rate reading, the heart rate only
(detectors/clinical_measures.py); a class visit's ``VisitId`` beside the client's name as
a booking, so its ``StartDateTime`` is the client's (detectors/appointment_records.py); an
incident report's ``Person Involved``, a fitness benefit's number (SilverSneakers, Renew
Active, Active&Fit) as HEALTH_PLAN_ID, a ``memberUuid`` as the member's record id and
``CreationDate`` as a machine stamp (detectors/field_names.py); a club's, a studio's or a
gym's directory as a listing, a locker's lock serial, an asset register's serial and
service date, a serial named for the machine (``Equipment Serial``), a club's price plans
by their dues (detectors/chunk_profiles.py) and an email campaign's send report, whose
window is the campaign's (detectors/aggregate_reports.py); and seven vocabulary terms
(``heart condition``, ``BP elevated``, ``blood pressure elevated``, prenatal and
postpartum yoga and pilates; bare "prenatal" stays out). Seven records are left open
(:data:`LEFT_ALONE`), each with its reason: a freeze request's ``Requested On``, a billing
decline's ``Member Number`` with no club column, and from HELD_OUT LookinBody's bare ``ID``
and ``Name``, a note's ``Entered On``, a bare ``avgHr`` and ``maxHr``, a bare
``confirmationCode`` and an incident's ``occurredAt``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 103
pairs), blind 16 / 14 / 18; after the work 1 / 3 / 4 as written, 1 / 1 / 2 with the
decisions (all in LEFT_ALONE). HELD_OUT (10 records, 52 pairs), blind before any work
10 / 3 / 7; scored once after the work on SHAPES: 9 / 3 / 7; after rules that generalise
(a fitness benefit's number, a member's uuid, ``CreationDate``, a serial named for the
machine) 7 / 1 / 5 as written, 6 / 1 / 5 with the decision on ``classDate`` (all in
LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for codes and numbers that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)
#: A club's or a studio software's id of its member: the person's record id with the club.
_MEMBER = "OTHER_ID|ACCOUNT_NUMBER|MRN|ONLINE_ID"
#: A barcode or key fob number assigned to a member.
_CARD = "OTHER_ID|ACCOUNT_NUMBER|DEVICE_ID"

_PARQ_1 = "Has your doctor ever said that you have a heart condition OR high blood pressure?"
_PARQ_2 = (
    "Do you feel pain in your chest at rest, during your daily activities of living, OR "
    "when you do physical activity?"
)
_PARQ_3 = (
    "Do you lose balance because of dizziness OR have you lost consciousness in the last 12 months?"
)
_PARQ_4 = (
    "Have you ever been diagnosed with another chronic medical condition (other than heart "
    "disease or high blood pressure)?"
)
_PARQ_5 = "Are you currently taking prescribed medications for a chronic medical condition?"
_PARQ_6 = (
    "Do you currently have (or have had within the past 12 months) a bone, joint, or soft "
    "tissue (muscle, ligament, or tendon) problem that could be made worse by becoming more "
    "physically active?"
)
_PARQ_7 = (
    "Has your doctor ever said that you should only do medically supervised physical activity?"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "ABC Fitness-like member export (CSV): member, barcode, emergency contact, billing",
        {
            "Club Number": "30412",
            "Member ID": "1004829931",
            "Agreement Number": "AGR-7781204",
            "Barcode": "0049381277",
            "First Name": "Dana",
            "Last Name": "Whitfield",
            "Date of Birth": "04/17/1986",
            "Email": "dana.whitfield86@gmail.com",
            "Cell Phone": "(614) 829-3371",
            "Address Line 1": "2281 Brookhaven Dr",
            "City": "Columbus",
            "State": "OH",
            "Postal Code": "43224",
            "Emergency Contact Name": "Marcus Whitfield",
            "Emergency Contact Phone": "(614) 555-0192",
            "Member Status": "Active",
            "Payment Plan": "Monthly EFT - Peak Results",
            "Dues Amount": "39.99",
            "Since Date": "01/06/2022",
        },
        {
            ("Member ID", _MEMBER),
            ("Barcode", _CARD),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Email", "EMAIL"),
            ("Cell Phone", "PHONE"),
            ("Address Line 1", "LOCATION"),
            ("City", "LOCATION"),
            ("Postal Code", "ZIP_CODE"),
            ("Emergency Contact Name", "NAME"),
            ("Emergency Contact Phone", "PHONE"),
        },
        {
            ("Club Number", "*"),
            ("Member Status", "*"),
            ("Payment Plan", "*"),
            ("Dues Amount", "*"),
            ("State", "HEALTH"),
        },
        False,
    ),
    (
        "Jotform-like PAR-Q+ export (CSV, question as column): heart condition, medications",
        {
            "Submission Date": "Nov 4, 2024",
            "Full Name": "Reginald Osei",
            "E-mail": "reggie.osei@yahoo.com",
            "Phone Number": "(404) 555-0177",
            _PARQ_1: "Yes",
            _PARQ_2: "No",
            _PARQ_3: "No",
            _PARQ_4: "Yes",
            "Please list condition(s)": "Type 2 diabetes",
            _PARQ_5: "Yes",
            "Please list condition(s) and medications": "Lisinopril 10 mg, metformin 500 mg",
            _PARQ_6: "No",
            _PARQ_7: "No",
            "Signature": "Reginald Osei",
            "Submission ID": "5893302217461190883",
        },
        {
            ("Full Name", "NAME"),
            ("E-mail", "EMAIL"),
            ("Phone Number", "PHONE"),
            (_PARQ_1, "HEALTH"),
            ("Please list condition(s)", "HEALTH"),
            ("Please list condition(s) and medications", "HEALTH"),
            ("Signature", "NAME"),
        },
        {
            (_PARQ_2, "HEALTH"),
            (_PARQ_3, "HEALTH"),
            (_PARQ_6, "HEALTH"),
            (_PARQ_7, "HEALTH"),
            ("Submission ID", "*"),
            ("Submission Date", "DATE"),
        },
        True,
    ),
    (
        "Mindbody-like class schedule (clean): instructor, studio, capacity, prenatal yoga",
        {
            "ClassScheduleId": 48812,
            "ClassName": "Prenatal Yoga",
            "Instructor": "Kayla Brooks",
            "Location": "Hyde Park Studio",
            "Room": "Studio B",
            "StartDateTime": "2024-11-12T18:30:00",
            "EndDateTime": "2024-11-12T19:30:00",
            "MaxCapacity": 18,
            "TotalBooked": 14,
            "WebCapacity": 16,
            "IsCanceled": False,
        },
        set(),
        {
            ("ClassScheduleId", "*"),
            ("ClassName", ANY_ID),
            ("Location", "*"),
            ("Room", "*"),
            ("StartDateTime", "*"),
            ("EndDateTime", "*"),
            ("MaxCapacity", "*"),
            ("TotalBooked", "*"),
            ("WebCapacity", "*"),
        },
        False,
    ),
    (
        "Mindbody-like GetClients JSON: client, red alert (heart condition), emergency contact",
        {
            "Id": "100004821",
            "UniqueId": 100004821,
            "FirstName": "Elena",
            "LastName": "Sokolova",
            "Email": "esokolova@outlook.com",
            "MobilePhone": "7735550144",
            "BirthDate": "1961-09-03T00:00:00",
            "AddressLine1": "4417 N Damen Ave",
            "City": "Chicago",
            "State": "IL",
            "PostalCode": "60625",
            "RedAlert": "Heart condition - pacemaker. No HIIT without MD clearance.",
            "YellowAlert": "Prefers morning sessions",
            "EmergencyContactInfoName": "Pavel Sokolov",
            "EmergencyContactInfoPhone": "7735550191",
            "EmergencyContactInfoRelationship": "Spouse",
            "Status": "Active",
            "CreationDate": "2023-02-14T10:22:51",
            "LastModifiedDateTime": "2024-10-30T08:01:17.52Z",
        },
        {
            ("Id", _MEMBER),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Email", "EMAIL"),
            ("MobilePhone", "PHONE"),
            ("BirthDate", "DATE"),
            ("AddressLine1", "LOCATION"),
            ("City", "LOCATION"),
            ("PostalCode", "ZIP_CODE"),
            ("RedAlert", "HEALTH"),
            ("EmergencyContactInfoName", "NAME"),
            ("EmergencyContactInfoPhone", "PHONE"),
        },
        {
            ("YellowAlert", "*"),
            ("EmergencyContactInfoRelationship", "*"),
            ("Status", "*"),
            ("CreationDate", "*"),
            ("LastModifiedDateTime", "*"),
        },
        True,
    ),
    (
        "Glofox-like health questionnaire (JSON answers[]): knee replacement, postpartum",
        {
            "_id": "6531f0a94c2e8b001f3d7a12",
            "branch_id": "5e9b2c7d1a4f3b0012c4e901",
            "user": {
                "_id": "64a7c1e25b9d3f0021e8c455",
                "first_name": "Priya",
                "last_name": "Raman",
                "email": "priya.raman.fit@gmail.com",
            },
            "form_name": "New Member Health Questionnaire",
            "answers": [
                {
                    "question": "Do you have any injuries or past surgeries we should know about?",
                    "answer": "Knee replacement 2021 (right), still some stiffness",
                },
                {"question": "Are you pregnant or postpartum?", "answer": "Postpartum (4 months)"},
                {"question": "Do you smoke?", "answer": "No"},
            ],
            "created": 1730731522,
        },
        {
            ("user._id", _MEMBER + "|HASHED_ID"),
            ("user.first_name", "NAME"),
            ("user.last_name", "NAME"),
            ("user.email", "EMAIL"),
            ("answers[0].answer", "HEALTH"),
            ("answers[1].answer", "HEALTH"),
        },
        {
            ("_id", "*"),
            ("branch_id", "*"),
            ("answers[2].answer", "HEALTH"),
            ("created", "*"),
        },
        True,
    ),
    (
        "Equipment maintenance log (clean): treadmill serial, asset tag, work order",
        {
            "Work Order": "WO-2024-11873",
            "Club": "Eastside",
            "Asset Tag": "EQ-0412",
            "Equipment": "Life Fitness 95T Treadmill",
            "Serial Number": "LFT95-2204-118830",
            "Issue": "Belt slipping at speeds above 8 mph; deck worn",
            "Technician": "Ron Alvarado",
            "Service Date": "11/02/2024",
            "Parts": "Running belt 0K58-01219-0001",
            "Cost": "$412.50",
            "Status": "Closed",
        },
        set(),
        {
            ("Work Order", "*"),
            ("Asset Tag", "*"),
            ("Equipment", "*"),
            ("Serial Number", "*"),
            ("Issue", "*"),
            ("Service Date", "*"),
            ("Parts", "*"),
            ("Cost", "*"),
        },
        False,
    ),
    (
        "Trainerize-like trainer session note (JSON): lower back pain, modified deadlifts",
        {
            "noteID": 9928114,
            "userID": 3381027,
            "client": {"firstName": "Tomasz", "lastName": "Wojcik"},
            "trainer": {"firstName": "Jenna", "lastName": "Castillo"},
            "sessionDate": "2024-11-05",
            "type": "trainerNote",
            "content": "Client reports lower back pain since Sunday, sharp when bending. "
            "Modified deadlifts to trap-bar from blocks, no spinal flexion work. Suggested "
            "he see a physio if it persists.",
            "createdAt": "2024-11-05 19:42:10",
        },
        {
            ("userID", _MEMBER),
            ("client.firstName", "NAME"),
            ("client.lastName", "NAME"),
            ("sessionDate", "DATE"),
            ("content", "HEALTH"),
        },
        {("noteID", "*"), ("type", "*"), ("createdAt", "*")},
        True,
    ),
    (
        "InBody LookinBody-like export (CSV): mobile number as ID, scan columns, BMI",
        {
            "ID": "5125550187",
            "Name": "Marisol Vega",
            "Gender": "F",
            "Age": "42",
            "Height": "162.0",
            "Test Date / Time": "2024.11.06 07:14:22",
            "Weight": "71.4",
            "Skeletal Muscle Mass": "24.9",
            "Percent Body Fat": "34.2",
            "BMI": "27.2",
            "Visceral Fat Level": "11",
            "Basal Metabolic Rate": "1366",
            "InBody Score": "68",
            "Equipment Serial": "CC71B2A0347",
        },
        {
            ("ID", "PHONE|" + _MEMBER),
            ("Name", "NAME"),
            ("Test Date / Time", "DATE"),
            ("BMI", "HEALTH"),
        },
        {
            ("Gender", "*"),
            ("Age", "*"),
            ("Height", "*"),
            ("Weight", ANY_ID),
            ("Skeletal Muscle Mass", ANY_ID),
            ("Percent Body Fat", ANY_ID),
            ("Visceral Fat Level", ANY_ID),
            ("InBody Score", ANY_ID),
            ("Equipment Serial", "*"),
        },
        True,
    ),
    (
        "ClubReady-like medical freeze request (CSV): surgery, doctor's note, freeze dates",
        {
            "UserId": "22871054",
            "StoreId": "1187",
            "First Name": "Curtis",
            "Last Name": "Bellamy",
            "Email": "cbellamy@comcast.net",
            "Freeze Type": "Medical",
            "Freeze Reason": "Surgery - rotator cuff repair (left shoulder), 8-10 wk recovery",
            "Freeze Start": "11/15/2024",
            "Freeze End": "01/15/2025",
            "Doctor Note Attached": "Yes",
            "Attachment": "freeze_22871054_drnote.pdf",
            "Freeze Fee": "$10.00",
            "Requested On": "2024-11-08 14:03",
        },
        {
            ("UserId", _MEMBER),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Freeze Reason", "HEALTH"),
        },
        {("StoreId", "*"), ("Freeze Fee", "*"), ("Requested On", "*")},
        True,
    ),
    (
        "Price plans (clean): plan codes, dues, enrollment and annual fees",
        {
            "plan_code": "BLK-M12",
            "plan_name": "Black Card - 12 Month",
            "monthly_dues": "24.99",
            "enrollment_fee": "49.00",
            "annual_fee": "49.00",
            "annual_fee_bill_day": "Feb 1",
            "term_months": 12,
            "cancellation": "30 days written notice; medical cancellation with doctor's note",
            "effective_date": "2024-01-01",
            "sku": "MBR-BLK-0012",
        },
        set(),
        {
            ("plan_code", "*"),
            ("plan_name", "*"),
            ("monthly_dues", "*"),
            ("enrollment_fee", "*"),
            ("annual_fee", "*"),
            ("annual_fee_bill_day", "*"),
            ("term_months", "*"),
            ("cancellation", ANY_ID),
            ("effective_date", "*"),
            ("sku", "*"),
        },
        False,
    ),
    (
        "Door access check-in log (CSV): member, door, timestamp, access granted",
        {
            "Check-In ID": "CI-88120431",
            "Club": "Westlake 0412",
            "Door": "Front Desk Turnstile 2",
            "Member Number": "1004829931",
            "Member Name": "Dana Whitfield",
            "Check-In Time": "11/06/2024 05:41:12 AM",
            "Access": "Granted",
            "Membership Type": "Black Card",
        },
        {
            ("Member Number", _MEMBER),
            ("Member Name", "NAME"),
            ("Check-In Time", "DATE"),
        },
        {
            ("Check-In ID", "*"),
            ("Club", "*"),
            ("Door", "*"),
            ("Access", "*"),
            ("Membership Type", "*"),
        },
        False,
    ),
    (
        "PAR-Q+ answered all No (Jotform-like CSV): identified, no health",
        {
            "Submission Date": "Nov 7, 2024",
            "Full Name": "Keisha Monroe",
            "E-mail": "keisha.monroe@icloud.com",
            "Date of Birth": "08/22/1993",
            _PARQ_1: "No",
            _PARQ_2: "No",
            _PARQ_3: "No",
            _PARQ_4: "No",
            _PARQ_5: "No",
            _PARQ_6: "No",
            _PARQ_7: "No",
            "Submission ID": "5896114408123376501",
        },
        {("Full Name", "NAME"), ("E-mail", "EMAIL"), ("Date of Birth", "DATE")},
        {
            (_PARQ_1, "*"),
            (_PARQ_2, "*"),
            (_PARQ_3, "*"),
            (_PARQ_4, "*"),
            (_PARQ_5, "*"),
            (_PARQ_6, "*"),
            (_PARQ_7, "*"),
            ("Submission ID", "*"),
        },
        False,
    ),
    (
        "Trainer's fitness assessment (JSON): resting heart rate, blood pressure, BMI, body fat",
        {
            "assessmentId": "FA-20241104-0387",
            "member": {"memberNumber": "1007731820", "name": "Gregory Albright"},
            "assessedOn": "2024-11-04",
            "trainer": "Luis Ortega",
            "restingHeartRate": 78,
            "bloodPressure": "148/94",
            "bmi": 31.6,
            "bodyFatPercent": 29.5,
            "waistCm": 104,
            "pushups": 14,
            "sitAndReachCm": 19,
            "notes": "BP elevated - advised to check with his physician before high-intensity "
            "work.",
        },
        {
            ("member.memberNumber", _MEMBER),
            ("member.name", "NAME"),
            ("assessedOn", "DATE"),
            ("restingHeartRate", "HEALTH"),
            ("bloodPressure", "HEALTH"),
            ("bmi", "HEALTH"),
            ("notes", "HEALTH"),
        },
        {
            ("assessmentId", "*"),
            ("bodyFatPercent", ANY_ID),
            ("waistCm", ANY_ID),
            ("pushups", "*"),
            ("sitAndReachCm", "*"),
        },
        True,
    ),
    (
        "Gym floor incident report (CSV): dropped plate, possible fracture, staff on duty",
        {
            "Incident #": "IR-0412-2024-0193",
            "Club": "Westlake",
            "Date/Time of Incident": "11/03/2024 6:15 PM",
            "Area": "Free weights area",
            "Person Involved": "Andre Fontaine",
            "Member/Guest": "Member",
            "Phone": "(737) 555-0126",
            "Description": "Member dropped a 25 lb plate on his left foot while unloading "
            "a bar. Swelling and bruising over the top of the foot, possible fracture. Ice "
            "applied, advised to go to urgent care.",
            "First Aid Given": "Ice pack",
            "EMS Called": "No",
            "Staff on Duty": "Brianna Kerr",
            "Report Submitted": "2024-11-03T18:52:07Z",
        },
        {
            ("Date/Time of Incident", "DATE"),
            ("Person Involved", "NAME"),
            ("Phone", "PHONE"),
            ("Description", "HEALTH"),
        },
        {
            ("Incident #", "*"),
            ("Club", "*"),
            ("Area", "*"),
            ("Member/Guest", "*"),
            ("EMS Called", "*"),
            ("Report Submitted", "*"),
        },
        True,
    ),
    (
        "Locker inventory (clean): locker numbers, combinations, lock serials",
        {
            "locker": "M-214",
            "room": "Men's Locker Room",
            "size": "Full",
            "lock_serial": "MLK-1500-88213",
            "combination": "12-34-22",
            "status": "Rented",
            "monthly_rate": "$15.00",
            "last_audit": "2024-10-31",
        },
        set(),
        {
            ("locker", "*"),
            ("size", "*"),
            ("lock_serial", "*"),
            ("combination", "*"),
            ("status", "*"),
            ("monthly_rate", "*"),
            ("last_audit", "*"),
        },
        False,
    ),
    (
        "SilverSneakers eligibility check (CSV): member, plan, fitness id, eligible",
        {
            "First Name": "Harold",
            "Last Name": "Jennings",
            "DOB": "06/30/1951",
            "Zip": "33913",
            "SilverSneakers ID": "5018 2244 9067",
            "Health Plan": "Humana Gold Plus HMO",
            "Eligibility": "Eligible",
            "Checked By": "front desk",
            "Location ID": "FL-0233",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
            ("Zip", "ZIP_CODE"),
            ("SilverSneakers ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Health Plan", "*"),
            ("Eligibility", "*"),
            ("Checked By", "*"),
            ("Location ID", "*"),
        },
        False,
    ),
    (
        "Strava-like activity (API JSON): athlete id, start date, average heart rate",
        {
            "id": 12388410277,
            "athlete": {"id": 48821907, "resource_state": 1},
            "name": "Morning Run",
            "sport_type": "Run",
            "start_date": "2024-11-02T11:04:51Z",
            "start_date_local": "2024-11-02T06:04:51Z",
            "timezone": "(GMT-05:00) America/Chicago",
            "distance": 8046.7,
            "moving_time": 2710,
            "average_speed": 2.969,
            "has_heartrate": True,
            "average_heartrate": 152.4,
            "max_heartrate": 176.0,
            "kudos_count": 7,
            "device_name": "Garmin Forerunner 255",
        },
        {
            ("athlete.id", _MEMBER),
            ("start_date_local", "DATE"),
            ("average_heartrate", "HEALTH"),
            ("max_heartrate", "HEALTH"),
        },
        {
            ("id", "*"),
            ("name", "*"),
            ("sport_type", "*"),
            ("timezone", "*"),
            ("distance", "*"),
            ("moving_time", "*"),
            ("average_speed", "*"),
            ("kudos_count", "*"),
            ("device_name", "*"),
        },
        True,
    ),
    (
        "Staff roster (identified, no health): trainers, certifications, CPR/AED",
        {
            "Employee ID": "E10442",
            "Name": "Jenna Castillo",
            "Role": "Personal Trainer - Tier 2",
            "Certifications": "NASM-CPT, CPR/AED",
            "Cert Number": "NASM 1029384",
            "Cert Expires": "03/31/2026",
            "Mobile": "(512) 555-0163",
            "Home Club": "Westlake",
            "Hourly Rate": "$22.00",
        },
        {("Name", "NAME"), ("Mobile", "PHONE")},
        {
            ("Role", "*"),
            ("Certifications", "HEALTH"),
            ("Home Club", "*"),
            ("Hourly Rate", "*"),
        },
        False,
    ),
    (
        "Marketing campaign stats (clean): New Year challenge email sends and conversions",
        {
            "campaign_id": "cmp_24NY_0193",
            "campaign_name": "New Year Weight Loss Challenge 2025",
            "channel": "email",
            "segment": "Lapsed members 90d",
            "sent": 18240,
            "delivered": 17911,
            "opens": 6204,
            "clicks": 911,
            "conversions": 148,
            "revenue": "5,906.52",
            "start": "2024-12-26",
            "end": "2025-01-15",
        },
        set(),
        {
            ("campaign_id", "*"),
            ("campaign_name", ANY_ID),
            ("segment", "*"),
            ("sent", "*"),
            ("delivered", "*"),
            ("opens", "*"),
            ("clicks", "*"),
            ("conversions", "*"),
            ("revenue", "*"),
            ("start", "*"),
            ("end", "*"),
        },
        False,
    ),
    (
        "ClubReady-like member note: medical cancellation, MS diagnosis, neurologist letter",
        {
            "UserId": "22903318",
            "Member": "Sandra Kowalczyk",
            "Phone": "(262) 555-0138",
            "Note Type": "Cancellation",
            "Note": "Member requesting medical cancellation - diagnosed with multiple "
            "sclerosis in Sept, letter from her neurologist on file. Waived cancel fee per GM.",
            "Entered By": "Tyler B.",
            "Entered On": "2024-11-01 10:12:44",
        },
        {
            ("UserId", _MEMBER),
            ("Member", "NAME"),
            ("Phone", "PHONE"),
            ("Note", "HEALTH"),
        },
        {("Note Type", "*"), ("Entered On", "*")},
        True,
    ),
    (
        "Meta Lead Ads lead (free week pass): goal is to lose weight (identified, no health)",
        {
            "id": "1029384756102938",
            "created_time": "2024-11-05T22:14:09+0000",
            "ad_name": "Free 7-Day Pass - Carousel",
            "form_id": "880123456789012",
            "field_data": [
                {"name": "full_name", "values": ["Brandon Tate"]},
                {"name": "phone_number", "values": ["+15125550119"]},
                {"name": "email", "values": ["btate.atx@gmail.com"]},
                {"name": "what's_your_main_fitness_goal?", "values": ["Lose weight"]},
            ],
        },
        {
            ("field_data[0].values[0]", "NAME"),
            ("field_data[1].values[0]", "PHONE"),
            ("field_data[2].values[0]", "EMAIL"),
        },
        {
            ("created_time", "*"),
            ("ad_name", "*"),
            ("form_id", "*"),
            ("field_data[3].values[0]", "*"),
        },
        False,
    ),
    (
        "Typeform-like PT consultation intake (webhook answers): herniated disc, goal",
        {
            "event_id": "01JC3X9Q2T7M4N8P5R6S0V1W2Y",
            "form_response": {
                "form_id": "Xk9TqLm2",
                "submitted_at": "2024-11-06T15:20:33Z",
                "definition": {"title": "Personal Training Consultation"},
                "answers": [
                    {"type": "text", "text": "Olivia Hartnett", "field": {"ref": "name"}},
                    {
                        "type": "email",
                        "email": "olivia.hartnett@proton.me",
                        "field": {"ref": "email"},
                    },
                    {
                        "type": "text",
                        "text": "Herniated disc L4-L5 last year, did 12 weeks of PT. Also "
                        "mild asthma.",
                        "field": {"ref": "injuries_conditions"},
                    },
                    {
                        "type": "choice",
                        "choice": {"label": "Get stronger"},
                        "field": {"ref": "goal"},
                    },
                ],
            },
        },
        {
            ("form_response.answers[0].text", "NAME"),
            ("form_response.answers[1].email", "EMAIL"),
            ("form_response.answers[2].text", "HEALTH"),
        },
        {
            ("event_id", "*"),
            ("form_response.form_id", "*"),
            ("form_response.submitted_at", "*"),
            ("form_response.answers[3].choice.label", "*"),
        },
        True,
    ),
    (
        "App release notes (clean): version, build, heart-rate zone fix",
        {
            "version": "5.12.0",
            "build": "20241105.3",
            "platform": "iOS",
            "released": "2024-11-05",
            "notes": "Fixed heart rate zone colours on Apple Watch during classes; InBody "
            "scan results now sync to your profile; bug fixes.",
            "min_os": "16.0",
        },
        set(),
        {
            ("version", "*"),
            ("build", "*"),
            ("released", "*"),
            ("notes", ANY_ID),
            ("min_os", "*"),
        },
        False,
    ),
    (
        "Orangetheory-like class heart-rate summary: member, avg and max HR, splat points",
        {
            "memberUuid": "8f1c2a7e-3b44-4d09-9a61-5c2e7f0b3d18",
            "memberName": "Courtney Ames",
            "classDate": "2024-11-06T05:00:00",
            "studio": "OTF Mueller",
            "coach": "Derek",
            "avgHr": 148,
            "maxHr": 181,
            "avgPercentOfMaxHr": 82,
            "splatPoints": 17,
            "caloriesBurned": 612,
            "zoneMinutes": {"gray": 2, "blue": 8, "green": 19, "orange": 14, "red": 3},
        },
        {
            ("memberUuid", _MEMBER),
            ("memberName", "NAME"),
            ("classDate", "DATE"),
            ("avgHr", "HEALTH"),
            ("maxHr", "HEALTH"),
        },
        {
            ("studio", "*"),
            ("splatPoints", "*"),
            ("caloriesBurned", "*"),
            ("zoneMinutes.orange", "*"),
        },
        True,
    ),
    (
        "Mindbody-like class visit (booking): client books Prenatal Yoga",
        {
            "VisitId": 7718840,
            "ClientId": "100006157",
            "ClientName": "Hannah Lindqvist",
            "ClientEmail": "hannah.lindqvist@gmail.com",
            "ClassId": 48812,
            "Name": "Prenatal Yoga",
            "StartDateTime": "2024-11-12T18:30:00",
            "SignedIn": False,
            "LateCancelled": False,
            "ServiceName": "10 Class Pack",
        },
        {
            ("ClientId", _MEMBER),
            ("ClientName", "NAME"),
            ("ClientEmail", "EMAIL"),
            ("Name", "HEALTH"),
            ("StartDateTime", "DATE"),
        },
        {("VisitId", "*"), ("ClassId", "*"), ("ServiceName", "*")},
        True,
    ),
    (
        "Aggregate PAR-Q flag report by club (health, no identifier)",
        {
            "Month": "2024-10",
            "Club": "Westlake",
            "New Members": "212",
            "PAR-Q Completed": "198",
            "Heart condition or high blood pressure": "14",
            "Chest pain": "2",
            "Joint or bone problem": "31",
            "Pregnant or postpartum": "6",
            "Referred for medical clearance": "9",
        },
        set(),
        {
            ("Month", "*"),
            ("Club", "*"),
            ("New Members", "*"),
            ("PAR-Q Completed", "*"),
            ("Heart condition or high blood pressure", "*"),
            ("Chest pain", "*"),
            ("Joint or bone problem", "*"),
            ("Pregnant or postpartum", "*"),
            ("Referred for medical clearance", "*"),
        },
        False,
    ),
    (
        "Twilio-like SMS reminder (identified, no health): PT session tomorrow",
        {
            "sid": "SM8f2a61c0d4b94e7a9c1f3e5d7b2a4c6e",
            "from": "+15125550100",
            "to": "+15129447781",
            "body": "Hi Dana, your PT session with Marcus is tomorrow at 6:00 AM at Westlake. "
            "Reply C to confirm.",
            "status": "delivered",
            "date_sent": "Tue, 05 Nov 2024 17:00:04 +0000",
        },
        {("to", "PHONE")},
        {("sid", "*"), ("from", "*"), ("status", "*"), ("date_sent", "*")},
        False,
    ),
    (
        "Renew Active eligibility (Optum-like API JSON): confirmation code, member, status",
        {
            "requestId": "b6d0f1f2-4a7c-4e0b-8d9e-0c1a2b3c4d5e",
            "confirmationCode": "RA7K2M9Q4T",
            "member": {
                "firstName": "Lorraine",
                "lastName": "Dubois",
                "dateOfBirth": "1948-12-09",
                "zipCode": "85251",
            },
            "planName": "AARP Medicare Advantage from UHC",
            "status": "ELIGIBLE",
            "gymCode": "RA-AZ-00417",
            "checkedAt": "2024-11-06T16:40:02Z",
        },
        {
            ("confirmationCode", "HEALTH_PLAN_ID"),
            ("member.firstName", "NAME"),
            ("member.lastName", "NAME"),
            ("member.dateOfBirth", "DATE"),
            ("member.zipCode", "ZIP_CODE"),
        },
        {
            ("requestId", "*"),
            ("planName", "*"),
            ("status", "*"),
            ("gymCode", "*"),
            ("checkedAt", "*"),
        },
        False,
    ),
    (
        "Trainerize-like programme assignment: post-rehab ACL return-to-run phase",
        {
            "userID": 3390455,
            "firstName": "Isaiah",
            "lastName": "Brennan",
            "email": "isaiah.brennan@gmail.com",
            "programName": "Post-Rehab ACL Reconstruction - Return to Run (Phase 2)",
            "programID": 55120,
            "startDate": "2024-11-11",
            "durationWeeks": 6,
            "assignedBy": "Jenna Castillo",
        },
        {
            ("userID", _MEMBER),
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("email", "EMAIL"),
            ("programName", "HEALTH"),
        },
        {("programID", "*"), ("durationWeeks", "*")},
        True,
    ),
    (
        "Club directory (clean): a club's address, phone, hours",
        {
            "club_number": "0412",
            "club_name": "Peak Fitness Westlake",
            "address": "3801 N Capital of Texas Hwy",
            "city": "Austin",
            "state": "TX",
            "zip": "78746",
            "phone": "(512) 555-0100",
            "hours": "Mon-Fri 5:00 AM - 11:00 PM; Sat-Sun 7:00 AM - 9:00 PM",
            "amenities": "Pool, sauna, childcare, recovery lounge",
        },
        set(),
        {
            ("club_number", "*"),
            ("club_name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("phone", "*"),
            ("hours", "*"),
            ("amenities", "*"),
        },
        False,
    ),
    (
        "Billing decline report (CSV, identified, no health): card last four, amount due",
        {
            "Member Number": "1006618302",
            "Member Name": "Jorge Castaneda",
            "Home Phone": "(210) 555-0147",
            "Card Type": "VISA",
            "Last 4": "4417",
            "Amount Due": "$59.98",
            "Decline Reason": "Insufficient funds",
            "Draft Date": "11/01/2024",
            "Collection Status": "1st notice",
        },
        {("Member Number", _MEMBER), ("Member Name", "NAME"), ("Home Phone", "PHONE")},
        {
            ("Card Type", "*"),
            ("Last 4", "*"),
            ("Amount Due", "*"),
            ("Decline Reason", "*"),
            ("Collection Status", "*"),
        },
        False,
    ),
    (
        "Incident report (JSON): member collapsed on treadmill, CPR and AED, EMS transport",
        {
            "incidentId": "INC-2024-0877",
            "club": {"number": "0388", "name": "Peak Fitness Round Rock"},
            "occurredAt": "2024-11-02T07:48:00-05:00",
            "person": {
                "type": "member",
                "memberNumber": "1002217745",
                "name": "Walter Pruett",
                "age": 67,
            },
            "summary": "Member collapsed on treadmill, unresponsive. Staff started CPR and "
            "used the AED (1 shock). EMS transported to St. David's Round Rock, suspected "
            "cardiac arrest.",
            "emsCalled": True,
            "reportedBy": "Alicia Moreno",
        },
        {
            ("occurredAt", "DATE"),
            ("person.memberNumber", _MEMBER),
            ("person.name", "NAME"),
            ("summary", "HEALTH"),
        },
        {
            ("incidentId", "*"),
            ("club.number", "*"),
            ("club.name", "*"),
            ("person.type", "*"),
            ("person.age", "*"),
        },
        True,
    ),
    (
        "Mindbody-like intake form answers (JSON): medications and conditions list",
        {
            "ClientId": "100006233",
            "FirstName": "Nadia",
            "LastName": "Bouchard",
            "Email": "nadia.bouchard@videotron.ca",
            "FormName": "Health History",
            "Responses": {
                "Current medications": "Levothyroxine 75 mcg; sertraline 50 mg",
                "Medical conditions": "Hypothyroidism, anxiety",
                "Emergency contact": "Luc Bouchard (514) 555-0172",
                "How did you hear about us?": "Instagram",
            },
            "CompletedDate": "2024-11-04T12:10:00",
        },
        {
            ("ClientId", _MEMBER),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Email", "EMAIL"),
            ("Responses.Current medications", "HEALTH"),
            ("Responses.Medical conditions", "HEALTH"),
            ("Responses.Emergency contact", "NAME"),
            ("Responses.Emergency contact", "PHONE"),
        },
        {("FormName", ANY_ID), ("Responses.How did you hear about us?", "*")},
        True,
    ),
    (
        "Key fob assignment log (identified, no health): barcode, fob serial",
        {
            "member_id": "1004830117",
            "member_name": "Wen Zhao",
            "fob_number": "0049387702",
            "fob_type": "HID Prox keytag",
            "issued_by": "front desk",
            "issued_on": "2024-11-04",
            "replacement_fee": "10.00",
            "reason": "Lost",
        },
        {("member_id", _MEMBER), ("member_name", "NAME"), ("fob_number", _CARD)},
        {("fob_type", "*"), ("replacement_fee", "*"), ("reason", "*")},
        False,
    ),
    (
        "Guest waiver (identified, no health): guest, DOB, emergency contact, host member",
        {
            "waiver_id": "GW-558120",
            "guest_first_name": "Malik",
            "guest_last_name": "Chandler",
            "guest_dob": "1999-02-27",
            "guest_email": "malik.chandler99@gmail.com",
            "guest_phone": "(713) 555-0158",
            "emergency_contact_name": "Tasha Chandler",
            "emergency_contact_phone": "(713) 555-0104",
            "host_member_number": "1005512208",
            "signed_at": "2024-11-06T17:33:12Z",
            "waiver_version": "v2024.3",
        },
        {
            ("guest_first_name", "NAME"),
            ("guest_last_name", "NAME"),
            ("guest_dob", "DATE"),
            ("guest_email", "EMAIL"),
            ("guest_phone", "PHONE"),
            ("emergency_contact_name", "NAME"),
            ("emergency_contact_phone", "PHONE"),
            ("host_member_number", _MEMBER),
        },
        {("waiver_id", "*"), ("waiver_version", "*")},
        False,
    ),
    (
        "Calendly-like booking webhook: nutrition consult, type 1 diabetic with a pump",
        {
            "event": "invitee.created",
            "payload": {
                "name": "Caleb Whitaker",
                "email": "caleb.whitaker@gmail.com",
                "text_reminder_number": "+1 469-555-0133",
                "scheduled_event": {
                    "name": "Nutrition Coaching Consult (30 min)",
                    "start_time": "2024-11-14T16:00:00.000000Z",
                },
                "questions_and_answers": [
                    {
                        "question": "Any injuries or medical conditions we should know about?",
                        "answer": "Type 1 diabetic, on an insulin pump",
                    },
                    {"question": "Preferred coach", "answer": "No preference"},
                ],
                "created_at": "2024-11-06T21:02:11.511230Z",
            },
        },
        {
            ("payload.name", "NAME"),
            ("payload.email", "EMAIL"),
            ("payload.text_reminder_number", "PHONE"),
            ("payload.scheduled_event.start_time", "DATE"),
            ("payload.questions_and_answers[0].answer", "HEALTH"),
        },
        {
            ("event", "*"),
            ("payload.questions_and_answers[1].answer", "*"),
            ("payload.created_at", "*"),
        },
        True,
    ),
    (
        "Personal training package sale (POS, identified, no health)",
        {
            "Invoice #": "INV-0412-118204",
            "Member #": "1004829931",
            "Member": "Whitfield, Dana",
            "Item": "PT 10-Pack (60 min)",
            "SKU": "PT-60-10",
            "Price": "$650.00",
            "Trainer": "Marcus Hale",
            "Sold By": "Marcus Hale",
            "Sale Date": "11/05/2024",
            "Payment": "Card on file",
        },
        {("Member #", _MEMBER), ("Member", "NAME")},
        {("Invoice #", "*"), ("Item", "*"), ("SKU", "*"), ("Price", "*"), ("Payment", "*")},
        False,
    ),
    (
        "Active&Fit Direct reimbursement visit report (identified, no health): plan member id",
        {
            "Facility ID": "AF-TX-20419",
            "Member Last Name": "Okafor",
            "Member First Name": "Chinedu",
            "Health Plan Member ID": "W193847562",
            "Health Plan": "Blue Cross Blue Shield of Texas",
            "Month": "10/2024",
            "Visits": "13",
            "Reimbursable": "Y",
        },
        {
            ("Member Last Name", "NAME"),
            ("Member First Name", "NAME"),
            ("Health Plan Member ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Facility ID", "*"),
            ("Health Plan", "*"),
            ("Month", "*"),
            ("Visits", "*"),
            ("Reimbursable", "*"),
        },
        False,
    ),
    (
        "Trainer session note (identified, no health): new squat PR, bracing cue",
        {
            "noteID": 9930207,
            "userID": 3381027,
            "client": {"firstName": "Tomasz", "lastName": "Wojcik"},
            "sessionDate": "2024-11-08",
            "type": "trainerNote",
            "content": "Hit a new PR on back squat, 225x5. Work on bracing and keeping the "
            "chest up out of the hole. Swap lunges for goblet squats next block.",
        },
        {
            ("userID", _MEMBER),
            ("client.firstName", "NAME"),
            ("client.lastName", "NAME"),
            ("sessionDate", "DATE"),
        },
        {("noteID", "*"), ("type", "*"), ("content", "HEALTH")},
        False,
    ),
    (
        "Class attendance roster (JSON): Rock Steady Boxing for Parkinson's, attendees",
        {
            "classId": 50277,
            "className": "Rock Steady Boxing - Parkinson's Level 2",
            "startsAt": "2024-11-07T10:00:00",
            "coach": "Renee Dumas",
            "attendees": [
                {"clientId": "100003381", "name": "Frank Delgado", "status": "Checked in"},
                {"clientId": "100004102", "name": "Ruth Abernathy", "status": "Checked in"},
            ],
        },
        {
            ("className", "HEALTH"),
            ("attendees[0].clientId", _MEMBER),
            ("attendees[0].name", "NAME"),
            ("attendees[1].clientId", _MEMBER),
            ("attendees[1].name", "NAME"),
        },
        {("classId", "*"), ("attendees[0].status", "*"), ("attendees[1].status", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Mindbody-like class visit (booking): client books Prenatal Yoga": (
        set(),
        set(),
        {("VisitId", "*")},
        "a booking's, a reservation's or a visit's own id is left unstated by the project "
        "(the urgent-care probe), and field_names reads a ``VisitId`` as a record id; the "
        "blind must-not was stricter than the project",
    ),
    "Twilio-like SMS reminder (identified, no health): PT session tomorrow": (
        set(),
        set(),
        {("from", "*")},
        "a bare ``from`` says neither end of a message: only a ``direction`` beside it "
        "(detectors/message_direction.py) or a toll-free or short code (detectors/senders.py) "
        "makes it the sender's own line, and Twilio's message resource carries "
        "``direction``, which the row as written left out",
    ),
    "Orangetheory-like class heart-rate summary: member, avg and max HR, splat points": (
        set(),
        {("classDate", "DATE")},
        set(),
        "a class's own day is every attendee's (detectors/dates.py's off-person words: "
        "``class``, as a seminar's and a blood drive's), so a ``classDate`` is left "
        "unscored; the blind expectation was stricter than the project (held out, decided "
        "after its blind scoring)",
    ),
}

#: ``name -> (still open pairs, why)``: what the detectors do not read right, each with its
#: reason.
# At the merge of the twentieth round: the member note's ``Entered On`` closed by the SMS
# probe's rule (detectors/field_names.py): a whole key of ``entered`` (``Entered``,
# ``Entered On``, SugarCRM's ``date_entered``) is the record's entry stamp; ``Rx Entered``
# and a DOB as entered keep their readings. The row holds whole.
_OPEN: dict[str, tuple[set, str]] = {
    "ClubReady-like medical freeze request (CSV): surgery, doctor's note, freeze dates": (
        {("Requested On", "DATE")},
        "the freeze request's stamp is the club's bookkeeping, but ``requested`` cannot be an "
        "off-person word: a patient's requested appointment date is theirs, and the value's "
        "clock alone does not make it a machine's (PHI by the freeze reason, as written)",
    ),
    "Billing decline report (CSV, identified, no health): card last four, amount due": (
        {("Member Number", _MEMBER)},
        "no column says the club (no club, fob, dues, agreement or trainer column): a bare "
        "``Member Number`` beside a card's decline reads as a health plan's member id "
        "(HEALTH_PLAN_ID), as a plan's premium billing row would; the row is identified "
        "either way, and not PHI",
    ),
    "InBody LookinBody-like export (CSV): mobile number as ID, scan columns, BMI": (
        {("ID", "PHONE|" + _MEMBER), ("Name", "NAME")},
        "LookinBody keys a member by a bare ``ID`` that clubs fill with the mobile number: "
        "a bare id is too ambiguous to read (detectors/field_names.py), and ten bare digits "
        "without a phone's punctuation or label are not a phone; a bare ``Name`` is a "
        "person's only beside a contact or a record id (detectors/person_records.py), and "
        "sex, age and height beside it are an apparel catalog's columns too. Held out; PHI "
        "by the scan's date and BMI",
    ),
    "Orangetheory-like class heart-rate summary: member, avg and max HR, splat points": (
        {("avgHr", "HEALTH"), ("maxHr", "HEALTH")},
        "a workout's average and peak heart rate are read under ``heart rate`` "
        "(detectors/clinical_measures.py), but a bare ``hr`` is hours as often "
        "(``avg_hr`` of a timesheet); held out, and with no health word left the row is "
        "identified but not PHI as scanned",
    ),
    "Renew Active eligibility (Optum-like API JSON): confirmation code, member, status": (
        {("confirmationCode", "HEALTH_PLAN_ID")},
        "a bare confirmation code is a booking's or an order's (the urgent-care probe: no "
        "finding); the fitness benefit's number is read under the benefit's name "
        "(``Renew Active Code``). Held out; not PHI either way",
    ),
    "Incident report (JSON): member collapsed on treadmill, CPR and AED, EMS transport": (
        {("occurredAt", "DATE")},
        "``occurredAt`` is a webhook's or a platform event's stamp as often as an "
        "incident's time, and the key carries no incident word; held out, PHI by the "
        "member and the summary",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_fitness_clubs_par_q_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on gym, studio and personal training exports fails here. Before the work, blind:
#: SHAPES 16 misses / 14 false / 18 wrong of 30, HELD_OUT 10 / 3 / 7 of 10.
FLOORS = ShapeTotals(expected=154, misses=7, false=1, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
