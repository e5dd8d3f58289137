"""Leave of absence, disability claims and workplace accommodations: the exports around them.

A blind probe, written by hand before reading the detectors: what absence administrators
(Sedgwick-, Lincoln-, Matrix-like), an employer's HRIS (Workday Absence reports, UKG-like
timecards, ServiceNow HR cases) and the vendors around a leave export. FMLA and state
paid-leave cases (claim number, employee id, continuous, intermittent or reduced-schedule
leave, the reason "Employee's Own Serious Health Condition", certification received,
frequency and duration "2 episodes per month, 1 day per episode", leave start, end and
return-to-work dates), intermittent absences reported by IVR, app and case-manager notes,
health-care provider certifications (WH-380-E-like: the condition, its start, the
provider), short- and long-term disability claims (date last worked, date of disability,
the attending physician statement's diagnosis and ICD-10 code, benefit amounts, SSDI
offsets, payments), California PDL and SDI, New York PFL bonding, Washington PFML wage
reports, ADA interactive-process accommodation requests ("sit/stand desk after back
surgery", an ASL interpreter, breaks for diabetes), return-to-work clearances, EAP
referrals, manager notifications that must not carry a diagnosis, a leave portal's
analytics event and designation-notice letter queues; with the clean rows around them:
leave policy tables, payroll earning codes, STD plan masters, state programme rate
tables, the employer's location master, entitlement hour balances and absence and claim
statistics per department or diagnosis category.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding; :data:`CLAIM_ID` is the entities a claimant's leave or disability claim
number may take. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Employee health is PHI whoever holds the file**, as tests/test_workforce_recruiting.py
  and tests/test_occupational_health_testing.py decided: the contract's rule is
  mechanical, and a scanner cannot see whether an absence administrator, a disability
  carrier or the employer holds the export.
- **A leave reason that says the leave is for a health condition is health context**:
  FMLA's "Employee's Own Serious Health Condition" (as the workforce probe decided, and
  its "serious health condition" is in the vocabulary), a family member's serious health
  condition the employee cares for (the relative's condition, in the employee's record:
  Safe Harbor covers relatives, and the contract's rule is one record), "Medical Leave -
  Self" with "own illness", pregnancy and recovery from childbirth (as the maternity probe
  decided pregnancy is health), a diagnosis, a treatment, a surgery, an EAP's presenting
  issue, and an accommodation request's limitation ("type 1 diabetes", "Deaf", "back
  surgery"), as the interpreting probe decided being Deaf is.
- **A programme, a benefit or a leave's shape is not health context**: ``FMLA``, ``STD``,
  ``LTD``, ``CA SDI``, ``NY PFL``, "Leave of Absence", "Continuous", "Intermittent",
  "Reduced Schedule", a bare intermittent frequency and duration ("2 episodes per month",
  "1 day per episode"), entitlement hours and a ``SICK`` pay code name no condition: they
  are legal and payroll categories that cover bonding, caregiving and military reasons too.
  ``STD`` here is short-term disability (must not be read as a sexually transmitted
  disease). A record whose only hint of health is such a category (a manager's
  notification, an intermittent schedule without its reason, an STD claim status feed to
  the employer, a payment, a bonding or military-exigency leave, a timecard) is
  identified but not PHI, as the workers' compensation probe decided for a claim whose
  only hint of an injury is that it is a claim. A bare work status ("Modified Duty") and a
  coverage name ("Short Term Disability") are neither expected nor forbidden.
- **Ids**: an employee, worker or associate id is the person's ``OTHER_ID`` (as the
  workforce and wellness probes decided); a leave or disability claim number is the
  claimant's unique number (:data:`CLAIM_ID`, as the workers' compensation probe decided
  for a claim number), a state programme's claim too; an analytics user id that is the
  employee id may also read as ``ONLINE_ID``. An HR ticket's or an accommodation request's
  number (ServiceNow ``HRC…``, ``ACC-…``), a letter, payment, notification, interaction and
  confirmation number, a position id, a cost centre, a location code, a leave policy code,
  a plan id, a payroll earning code and GL account, an employer's FEIN, EDD account
  number or UBI, a group policy number (the employer's contract, as the underwriting
  probe decided), an SOC code and a form number (``WH-380-E``, ``DE 2503``) are no one's.
  An EAP case id is left unstated (a counselling case's id, or a vendor's ticket).
- **A person's dates are DATE**: birth (a child's too), leave start and end, an absence
  date, the date last worked, the date of disability, a condition's start, a surgery, an
  expected delivery date, a return to work, an SSDI award, an EAP referral and an
  appointment in a note. System clocks (created, sent, generated, updated and call
  stamps, a form's submission time), a pay period's end, a policy's or a rate table's
  effective date, a plan year, a quarter and a report's "as of" are forbidden.
  Certification received dates, designation and determination dates, benefit begin and
  approved-through dates, next-review dates, a check date and a hire date are left
  unstated (the leave's administration, either reading is fair).
- **People who are not the subject**: the attending physician, the certifying provider and
  an EAP counsellor are clinicians and are reported (``NAME``, an NPI
  ``OTHER_ID|LICENSE_NUMBER``), as the project reports clinicians; their specialty is their
  job (must not be HEALTH). A supervisor, a manager receiving a notification, a leave
  specialist and an examiner act for the employer or the administrator: neither expected
  nor forbidden, except a system login or a team's name, which is forbidden as a NAME. A
  family member's name and birth date are identifiers (Safe Harbor names relatives).
- **The employer's places and lines are not a person's**: its address, city, ZIP and main
  phone in a claim or a location master are no LOCATION, ZIP_CODE or PHONE; a state
  programme's jurisdiction ("New York") and a work state are no LOCATION. A job title and
  a department ("Oncology Infusion RN", "4W Oncology Nursing") are the job, not the
  person's health (``job_fields``, as the workforce probe decided).
- **Aggregates name nobody**: absence statistics per department and claim counts per
  diagnosis category may hold health words but are not PHI, and their counts, rates and
  months are no findings.

After reading the detectors no blind expectation was changed; four were stricter than
decisions the project had made (a bare ``caseNumber`` and a bare ``Case`` are a ticket's,
a bare ``effective`` date of a table is reported, a bare policy number is the insured's)
and are narrowed on top (:data:`_DECIDED`). What the work built: ``STD`` as short-term
disability under a benefit's, a leave's or a claim's key (``Claim Type``, ``Coverage``,
``plan_id``; a diagnosis or a test key keeps the infection) and in its phrases ("STD
claim", "STD/LTD": stop terms); an ``employer`` object's address, ZIP and lines as the
employer's (field_names' MERCHANT_OBJECTS); a Workday report's ``Report_Entry`` rows read
as its columns (a bare ``Worker``) and a worker's ``Leave_Events[].First_Day`` as a day,
not an activity list's clock; ``Initiated On`` as a business process's stamp; a bare
``Payee`` with a known given name as a NAME; ``EE #`` as the employee's number; an
attending physician's statement's dates as the patient's (``attending`` is an event
ticket's word only without a clinician's); a payroll earning code table (``Earn Code``
beside its ``Description``) owning its dates; leave, absence, accommodation and HR role
mailboxes; ``Disability_Type`` and its kin as health fields (a self-identification's
refusal is no value); a worker's ``Department`` beside their post (``Cost Center``,
``Position ID``) as the employer's unit (job_fields); and three vocabulary terms ("own
illness", "own health condition", "fractured"). One record is left open
(:data:`LEFT_ALONE`): a Workday ``Worker_ID``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records), blind 10 /
12 / 14 of 106 pairs; after the work 2 / 2 / 4 as written, 1 / 0 / 1 with the decisions
(in LEFT_ALONE). HELD_OUT (10 records), blind before any work 2 / 2 / 4 of 52 pairs; scored
once after the work on SHAPES: 2 / 2 / 4; after two fixes that generalise (``EE #``, a
worker's department beside their post) 1 / 1 / 2 as written, 0 / 0 / 0 with the decisions
on a bare ``Case`` and a bare policy number.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: A leave or disability claim number is the claimant's unique number (the workers'
#: compensation probe's decision): any of these entities.
CLAIM_ID = "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Sedgwick-like FMLA case export (CSV): continuous leave, own serious health condition",
        {
            "Claim Number": "30241187734-0001",
            "Employee ID": "204417",
            "Claimant First Name": "Jordan",
            "Claimant Last Name": "Pike",
            "Employer": "Ridgeview Foods Inc.",
            "Policy": "FMLA",
            "Leave Type": "Continuous",
            "Leave Reason": "Employee's Own Serious Health Condition",
            "Leave Start Date": "09/09/2024",
            "Leave End Date": "10/21/2024",
            "Certification Received Date": "09/18/2024",
            "Claim Status": "Approved",
            "Examiner": "Leave Specialist Team 4",
            "Work State": "OH",
        },
        {
            ("Claim Number", CLAIM_ID),
            ("Employee ID", "OTHER_ID"),
            ("Claimant First Name", "NAME"),
            ("Claimant Last Name", "NAME"),
            ("Leave Reason", "HEALTH"),
            ("Leave Start Date", "DATE"),
            ("Leave End Date", "DATE"),
        },
        {
            ("Employer", "*"),
            ("Policy", "*"),
            ("Leave Type", "*"),
            ("Claim Status", "*"),
            ("Examiner", "NAME"),
            ("Work State", "*"),
        },
        True,
    ),
    (
        "Lincoln-like STD claim (JSON): attending physician statement, employer block",
        {
            "claimNumber": "STD-24-1183302",
            "coverageType": "Short Term Disability",
            "claimant": {
                "firstName": "Maribel",
                "lastName": "Ochoa",
                "dateOfBirth": "1979-02-14",
                "homeAddress": {
                    "line1": "1187 Hollyhock Ln",
                    "city": "Grove City",
                    "state": "OH",
                    "postalCode": "43123",
                },
                "personalPhone": "614-555-0186",
            },
            "employer": {
                "name": "Ridgeview Foods Inc.",
                "groupPolicyNumber": "000010234567",
                "address": {
                    "line1": "4200 Alum Creek Dr",
                    "city": "Columbus",
                    "state": "OH",
                    "postalCode": "43207",
                },
            },
            "dateLastWorked": "2024-07-12",
            "dateOfDisability": "2024-07-15",
            "attendingPhysicianStatement": {
                "physicianName": "Dr. Anita Rao",
                "npi": "1467503920",
                "primaryDiagnosis": "Lumbar disc herniation with radiculopathy",
                "icd10": "M51.16",
                "surgeryDate": "2024-07-16",
                "estimatedReturnToWork": "2024-09-30",
            },
            "weeklyBenefitAmount": 865.38,
            "eliminationPeriodDays": 7,
            "createdAt": "2024-07-18T15:02:44Z",
        },
        {
            ("claimNumber", CLAIM_ID),
            ("claimant.firstName", "NAME"),
            ("claimant.lastName", "NAME"),
            ("claimant.dateOfBirth", "DATE"),
            ("claimant.homeAddress.line1", "LOCATION"),
            ("claimant.homeAddress.city", "LOCATION"),
            ("claimant.homeAddress.postalCode", "ZIP_CODE"),
            ("claimant.personalPhone", "PHONE"),
            ("dateLastWorked", "DATE"),
            ("dateOfDisability", "DATE"),
            ("attendingPhysicianStatement.physicianName", "NAME"),
            ("attendingPhysicianStatement.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("attendingPhysicianStatement.primaryDiagnosis", "HEALTH"),
            ("attendingPhysicianStatement.icd10", "HEALTH"),
            ("attendingPhysicianStatement.surgeryDate", "DATE"),
            ("attendingPhysicianStatement.estimatedReturnToWork", "DATE"),
        },
        {
            ("employer.name", "*"),
            ("employer.groupPolicyNumber", "*"),
            ("employer.address.line1", "LOCATION"),
            ("employer.address.city", "LOCATION"),
            ("employer.address.postalCode", "ZIP_CODE"),
            ("weeklyBenefitAmount", "*"),
            ("eliminationPeriodDays", "*"),
            ("createdAt", "*"),
        },
        True,
    ),
    (
        "Workday-like manager notification: leave approved, no reason (must carry no diagnosis)",
        {
            "notification_id": "BPN-5528817",
            "recipient_role": "Manager",
            "recipient_email": "kenji.watanabe@ridgeviewfoods.com",
            "subject": "Leave of Absence: Jordan Pike (204417) - Approved",
            "body": (
                "The leave of absence for Jordan Pike has been approved. First day of leave: "
                "09/09/2024. Estimated last day of leave: 10/21/2024. Leave type: FMLA - "
                "Continuous. Please direct any questions to the Leave Administration team; do "
                "not ask the employee about the reason for the leave."
            ),
            "sent_at": "2024-09-19T13:40:02Z",
            "business_process": "Request Leave of Absence",
        },
        {("subject", "NAME"), ("body", "NAME"), ("body", "DATE")},
        {
            ("notification_id", "*"),
            ("subject", "HEALTH"),
            ("body", "HEALTH"),
            ("sent_at", "*"),
            ("business_process", "*"),
            ("recipient_role", "*"),
        },
        False,
    ),
    (
        "Matrix-like intermittent absence report (CSV): one reported absence, own health",
        {
            "Claim #": "M2409-0117733",
            "EE #": "00588213",
            "Employee Name": "Tran, Kevin",
            "Absence Date": "09/16/2024",
            "Hours Reported": "8.00",
            "Reported Via": "IVR",
            "Absence Reason": "Own Serious Health Condition",
            "FMLA Hours Remaining": "312.50",
            "Location Code": "OH-114",
        },
        {
            ("Claim #", CLAIM_ID),
            ("EE #", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("Absence Date", "DATE"),
            ("Absence Reason", "HEALTH"),
        },
        {
            ("Hours Reported", "*"),
            ("Reported Via", "*"),
            ("FMLA Hours Remaining", "*"),
            ("Location Code", "*"),
        },
        True,
    ),
    (
        "Workday Absence RaaS (JSON Report_Entry): the leave type names the reason",
        {
            "Report_Entry": [
                {
                    "Worker": "Pike, Jordan",
                    "Employee_ID": "204417",
                    "Leave_Type": "FMLA - Employee's Own Serious Health Condition",
                    "First_Day_of_Leave": "2024-09-09",
                    "Estimated_Last_Day_of_Leave": "2024-10-21",
                    "Position_ID": "P-0042718",
                    "Cost_Center": "41020 Distribution Operations",
                    "Supervisory_Organization": "Warehouse Operations (Kenji Watanabe)",
                    "Leave_Status": "Successfully Completed",
                    "Initiated_On": "2024-09-06T10:14:33.000-07:00",
                }
            ]
        },
        {
            ("Report_Entry[0].Worker", "NAME"),
            ("Report_Entry[0].Employee_ID", "OTHER_ID"),
            ("Report_Entry[0].Leave_Type", "HEALTH"),
            ("Report_Entry[0].First_Day_of_Leave", "DATE"),
            ("Report_Entry[0].Estimated_Last_Day_of_Leave", "DATE"),
        },
        {
            ("Report_Entry[0].Position_ID", "*"),
            ("Report_Entry[0].Cost_Center", "*"),
            ("Report_Entry[0].Leave_Status", "*"),
            ("Report_Entry[0].Initiated_On", "*"),
        },
        True,
    ),
    (
        "ServiceNow-like HR case: reasonable accommodation after back surgery",
        {
            "number": "HRC0012458",
            "opened_for": {
                "name": "Maribel Ochoa",
                "employee_number": "E10552",
                "email": "m.ochoa@ridgeviewfoods.com",
            },
            "hr_service": "Reasonable Accommodation",
            "u_accommodation_requested": "Sit/stand desk and an ergonomic chair",
            "u_reason": (
                "Returning after back surgery (lumbar fusion); surgeon recommends alternating "
                "sitting and standing for 6 months"
            ),
            "u_documentation_received": "2024-08-12",
            "state": "Work in Progress",
            "opened_at": "2024-08-05 14:22:10",
            "assigned_to": {"name": "Accommodations Team"},
        },
        {
            ("opened_for.name", "NAME"),
            ("opened_for.employee_number", "OTHER_ID"),
            ("u_reason", "HEALTH"),
        },
        {
            ("number", "*"),
            ("state", "*"),
            ("opened_at", "*"),
            ("assigned_to.name", "NAME"),
        },
        True,
    ),
    (
        "Leave policy table (clean): FMLA entitlement, measurement period, effective date",
        {
            "Policy Code": "FMLA-01",
            "Policy Name": "Family and Medical Leave (FMLA)",
            "Entitlement": "480 hours",
            "Measurement Period": "Rolling 12 months backward",
            "Eligibility": "12 months of service and 1,250 hours worked",
            "Effective Date": "01/01/2024",
            "Job-Protected": "Yes",
            "Paid": "No",
        },
        set(),
        {
            ("Policy Code", "*"),
            ("Entitlement", "*"),
            ("Measurement Period", "*"),
            ("Eligibility", "*"),
            ("Effective Date", "*"),
            ("Job-Protected", "*"),
        },
        False,
    ),
    (
        "Intermittent leave schedule without its reason: a bare frequency and duration",
        {
            "Employee_ID": "310982",
            "Worker": "Nguyen, Thao",
            "Leave_Type": "Intermittent FMLA",
            "Frequency": "2 episodes per month",
            "Duration": "Up to 1 day per episode",
            "Leave_Start": "2024-08-01",
            "Leave_End": "2025-01-31",
            "Approved_Hours_Per_Week": "8",
        },
        {
            ("Employee_ID", "OTHER_ID"),
            ("Worker", "NAME"),
            ("Leave_Start", "DATE"),
            ("Leave_End", "DATE"),
        },
        {
            ("Leave_Type", "HEALTH"),
            ("Frequency", "*"),
            ("Duration", "*"),
            ("Approved_Hours_Per_Week", "*"),
        },
        False,
    ),
    (
        "Care for a family member (CSV): reduced schedule for a parent's serious health condition",
        {
            "Claim Number": "30241190218-0001",
            "Employee ID": "118806",
            "Employee Name": "Denise Carver",
            "Leave Reason": "Care for Family Member with a Serious Health Condition",
            "Family Member Name": "Harold Carver",
            "Relationship": "Parent",
            "Family Member DOB": "03/22/1941",
            "Leave Type": "Reduced Schedule",
            "Schedule": "4 hours per day, Mon-Fri",
            "Leave Start Date": "10/01/2024",
        },
        {
            ("Claim Number", CLAIM_ID),
            ("Employee ID", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("Leave Reason", "HEALTH"),
            ("Family Member Name", "NAME"),
            ("Family Member DOB", "DATE"),
            ("Leave Start Date", "DATE"),
        },
        {("Relationship", "*"), ("Leave Type", "*"), ("Schedule", "*")},
        True,
    ),
    (
        "NY PFL bonding claim (carrier JSON): a child's birth date, no health",
        {
            "claim": {
                "number": "PFL-NY-2024-448120",
                "program": "NY PFL",
                "reason": "Bonding with a new child",
                "childDateOfBirth": "2024-08-27",
                "leaveStart": "2024-09-03",
                "leaveEnd": "2024-11-25",
                "weeklyBenefit": 1151.16,
                "status": "Approved",
            },
            "employee": {"name": "Aaron Feld", "employeeId": "NY-55310", "homeZip": "11215"},
            "employerFein": "31-1587733",
        },
        {
            ("claim.number", CLAIM_ID),
            ("claim.childDateOfBirth", "DATE"),
            ("claim.leaveStart", "DATE"),
            ("claim.leaveEnd", "DATE"),
            ("employee.name", "NAME"),
            ("employee.employeeId", "OTHER_ID"),
            ("employee.homeZip", "ZIP_CODE"),
        },
        {
            ("claim.program", "*"),
            ("claim.reason", "HEALTH"),
            ("claim.weeklyBenefit", "*"),
            ("claim.status", "*"),
            ("employerFein", "*"),
        },
        False,
    ),
    (
        "Absence statistics per department (clean): headcount, open FMLA cases, absence rate",
        {
            "Department": "4W Oncology Nursing",
            "Cost Center": "41020",
            "Month": "Sep-2024",
            "Headcount": "58",
            "Employees on Leave": "4",
            "Open FMLA Cases": "7",
            "Intermittent Cases": "5",
            "Avg Days Absent": "3.2",
            "Absence Rate": "4.1%",
        },
        set(),
        {
            ("Department", "HEALTH"),
            ("Cost Center", "*"),
            ("Month", "*"),
            ("Headcount", "*"),
            ("Employees on Leave", "*"),
            ("Open FMLA Cases", "*"),
            ("Intermittent Cases", "*"),
            ("Avg Days Absent", "*"),
            ("Absence Rate", "*"),
        },
        False,
    ),
    (
        "EAP vendor referral (CSV): formal supervisor referral, presenting issue, counsellor",
        {
            "Case ID": "EAP-77120",
            "Referral Date": "08/29/2024",
            "Employee Name": "Troy Delacroix",
            "Employee ID": "227341",
            "Referral Type": "Formal Supervisor Referral",
            "Presenting Issue": "Alcohol use affecting attendance",
            "Counselor": "Dana Whitlock, LCSW",
            "Sessions Authorized": "6",
            "Follow-up": "Substance abuse assessment scheduled 09/05/2024",
        },
        {
            ("Referral Date", "DATE"),
            ("Employee Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Presenting Issue", "HEALTH"),
            ("Counselor", "NAME"),
            ("Follow-up", "HEALTH"),
            ("Follow-up", "DATE"),
        },
        {("Referral Type", "*"), ("Sessions Authorized", "*")},
        True,
    ),
    (
        "Payroll earning codes (clean): short-term disability pay at 60%",
        {
            "Earn Code": "STD60",
            "Description": "Short Term Disability - 60%",
            "Category": "Leave Pay",
            "Taxable": "Y",
            "GL Account": "6120-400",
            "Pay Group": "BW1",
            "Effective": "2024-01-01",
        },
        set(),
        {
            ("Earn Code", "*"),
            ("Category", "*"),
            ("GL Account", "*"),
            ("Pay Group", "*"),
            ("Effective", "*"),
        },
        False,
    ),
    (
        "UKG-like timecard row: a SICK pay code, hours, the approver's login",
        {
            "Employee ID": "204417",
            "Employee": "Pike, Jordan",
            "Pay Period End": "09/28/2024",
            "Work Date": "09/24/2024",
            "Pay Code": "SICK",
            "Hours": "8.00",
            "Cost Center": "41020",
            "Approved By": "kwatanabe",
        },
        {("Employee ID", "OTHER_ID"), ("Employee", "NAME")},
        {
            ("Pay Period End", "*"),
            ("Pay Code", "HEALTH"),
            ("Hours", "*"),
            ("Cost Center", "*"),
            ("Approved By", "NAME"),
        },
        False,
    ),
    (
        "Employer location master (clean): the distribution centre's address and main line",
        {
            "Location ID": "LOC-114",
            "Location Name": "Ridgeview Foods - Columbus Distribution Center",
            "Address Line 1": "4200 Alum Creek Dr",
            "City": "Columbus",
            "State": "OH",
            "Postal Code": "43207",
            "Main Phone": "(614) 555-0100",
            "Leave Coordinator": "HR Service Center",
            "FEIN": "31-1587733",
        },
        set(),
        {
            ("Location ID", "*"),
            ("Location Name", "*"),
            ("Address Line 1", "LOCATION"),
            ("City", "LOCATION"),
            ("Postal Code", "ZIP_CODE"),
            ("Main Phone", "PHONE"),
            ("Leave Coordinator", "NAME"),
            ("FEIN", "*"),
        },
        False,
    ),
    (
        "LTD claim with an SSDI offset (CSV): diagnosis and its code, benefit amounts",
        {
            "ClaimNo": "LTD-0093317",
            "InsuredName": "Gail Summers",
            "SSN": "412-66-9083",
            "DOB": "07/30/1966",
            "DisabilityDate": "01/08/2024",
            "PrimaryDx": "Major depressive disorder, recurrent, severe",
            "PrimaryDxCode": "F33.2",
            "SSDIAwardDate": "06/14/2024",
            "MonthlyGrossBenefit": "3120.00",
            "SSDIOffset": "1894.00",
            "OwnOccEndDate": "07/07/2026",
            "PolicyNo": "GLT-881204",
        },
        {
            ("ClaimNo", CLAIM_ID),
            ("InsuredName", "NAME"),
            ("SSN", "SSN"),
            ("DOB", "DATE"),
            ("DisabilityDate", "DATE"),
            ("PrimaryDx", "HEALTH"),
            ("PrimaryDxCode", "HEALTH"),
            ("SSDIAwardDate", "DATE"),
        },
        {("MonthlyGrossBenefit", "*"), ("SSDIOffset", "*"), ("PolicyNo", "*")},
        True,
    ),
    (
        "WH-380-E-like certification (JSON): chronic migraine, provider, incapacity frequency",
        {
            "caseNumber": "30241199562-0001",
            "employee": {"name": "Kevin Tran", "jobTitle": "Forklift Operator"},
            "certification": {
                "formType": "WH-380-E",
                "receivedDate": "2024-09-18",
                "provider": {
                    "name": "Dr. Samuel Lee",
                    "specialty": "Neurology",
                    "practice": "Northside Neurology Associates",
                    "phone": "(614) 555-0177",
                    "fax": "(614) 555-0178",
                },
                "conditionStartDate": "2024-06-03",
                "conditionDescription": "Chronic migraine with aura",
                "treatment": "Preventive medication; follow-up visits every 3 months",
                "incapacityFrequency": "2 episodes per month",
                "incapacityDuration": "1 day per episode",
                "continuousIncapacity": False,
            },
        },
        {
            ("caseNumber", CLAIM_ID),
            ("employee.name", "NAME"),
            ("certification.provider.name", "NAME"),
            ("certification.conditionStartDate", "DATE"),
            ("certification.conditionDescription", "HEALTH"),
        },
        {
            ("employee.jobTitle", "*"),
            ("certification.formType", "*"),
            ("certification.provider.specialty", "HEALTH"),
            ("certification.provider.practice", "*"),
            ("certification.incapacityFrequency", "*"),
            ("certification.incapacityDuration", "*"),
            ("certification.continuousIncapacity", "*"),
        },
        True,
    ),
    (
        "CA SDI notice of claim filed (DE 2503-like): masked SSN, last day worked, no health",
        {
            "Form": "DE 2503",
            "Employee Name": "Rosa Villanueva",
            "SSN": "XXX-XX-4471",
            "Claim Effective Date": "08/19/2024",
            "Last Day Worked": "08/16/2024",
            "Program": "CA SDI",
            "Employer Account Number": "123-4567-8",
            "Date Mailed": "08/23/2024",
        },
        {("Employee Name", "NAME"), ("SSN", "SSN"), ("Last Day Worked", "DATE")},
        {
            ("Form", "*"),
            ("Program", "*"),
            ("Employer Account Number", "*"),
            ("Date Mailed", "*"),
        },
        False,
    ),
    (
        "Return-to-work clearance (CSV): modified duty with lifting and bending restrictions",
        {
            "Claim Number": "STD-24-1183302",
            "Employee": "Maribel Ochoa",
            "Employee ID": "E10552",
            "RTW Date": "09/30/2024",
            "Work Status": "Modified Duty",
            "Restrictions": "No lifting over 20 lbs; no repetitive bending for 6 weeks",
            "Next Review": "11/11/2024",
            "Supervisor": "Kenji Watanabe",
        },
        {
            ("Claim Number", CLAIM_ID),
            ("Employee", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("RTW Date", "DATE"),
            ("Restrictions", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Absence reporting IVR call log: caller ANI, employee id, a bare intermittent FMLA",
        {
            "call_id": "7c1e9b2a-44f0-4d1e-9a3c-2b8f7e6d5c10",
            "ani": "+16145550143",
            "employee_id": "00588213",
            "reported_absence_date": "2024-09-16",
            "reason_code": "2",
            "reason_desc": "Intermittent FMLA",
            "confirmation_number": "ABS8841207",
            "called_at": "2024-09-16T06:12:44-04:00",
        },
        {
            ("ani", "PHONE"),
            ("employee_id", "OTHER_ID"),
            ("reported_absence_date", "DATE"),
        },
        {
            ("call_id", "*"),
            ("reason_code", "*"),
            ("reason_desc", "HEALTH"),
            ("confirmation_number", "*"),
            ("called_at", "*"),
        },
        False,
    ),
    (
        "Case manager's note on an intermittent claim: chemotherapy every other Tuesday",
        {
            "claim_number": "30241203377-0001",
            "employee_id": "331275",
            "note_type": "Phone Call - Employee",
            "note": (
                "Spoke with EE Lorraine Mbeki re: intermittent leave. She is on chemo every "
                "other Tuesday through December and may need 1-2 days after each infusion. "
                "Cert from Dr. Patel rec'd 9/20, approved through 12/31/2024."
            ),
            "created_by": "jmorales",
            "created_at": "2024-09-23T16:05:11Z",
        },
        {
            ("claim_number", CLAIM_ID),
            ("employee_id", "OTHER_ID"),
            ("note", "NAME"),
            ("note", "HEALTH"),
        },
        {("note_type", "*"), ("created_by", "*"), ("created_at", "*")},
        True,
    ),
    (
        "Employee's email to the leave team: knee replacement moved, personal cell in the body",
        {
            "from": "teresa.gomez77@gmail.com",
            "to": "leave@ridgeviewfoods.com",
            "subject": "Leave extension - Claim 30241211408-0001",
            "body": (
                "Hi, my surgeon moved my knee replacement to October 14, so I will need to "
                "extend my leave until at least December 2. You can reach me on my cell at "
                "614-555-0139. Thanks, Teresa"
            ),
            "date": "Mon, 30 Sep 2024 08:14:22 -0400",
        },
        {
            ("from", "EMAIL"),
            ("body", "HEALTH"),
            ("body", "PHONE"),
            ("body", "DATE"),
            ("body", "NAME"),
        },
        {("to", "*"), ("date", "*")},
        True,
    ),
    (
        "Accommodation request form (Jotform-like CSV): breaks for type 1 diabetes",
        {
            "Submission Date": "Aug 14, 2024",
            "Full Name": "Priya Raman",
            "Employee ID": "229104",
            "Work Email": "praman@ridgeviewfoods.com",
            "Manager": "Lena Ortiz",
            "Describe the limitation": (
                "I have type 1 diabetes and need short breaks to check my blood sugar and eat"
            ),
            "Accommodation requested": (
                "Two 10-minute breaks per shift and a place to keep snacks at my station"
            ),
            "Submission ID": "5968220417731024001",
        },
        {
            ("Full Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Describe the limitation", "HEALTH"),
        },
        {("Submission Date", "*"), ("Submission ID", "*")},
        True,
    ),
    (
        "California pregnancy disability leave (CSV): expected delivery date, PDL then CFRA",
        {
            "Case": "LOA-2024-01931",
            "Employee ID": "415520",
            "Employee Name": "Alicia Moreno",
            "Leave Plan": "CA Pregnancy Disability Leave (PDL)",
            "Leave Reason": "Pregnancy - prenatal care and recovery from childbirth",
            "Expected Delivery Date": "11/08/2024",
            "Leave Start": "10/25/2024",
            "Concurrent With": "FMLA",
            "CFRA Eligible": "Yes",
        },
        {
            ("Case", CLAIM_ID),
            ("Employee ID", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("Leave Reason", "HEALTH"),
            ("Expected Delivery Date", "DATE"),
            ("Leave Start", "DATE"),
        },
        {("Concurrent With", "*"), ("CFRA Eligible", "*")},
        True,
    ),
    (
        "FMLA entitlement balance (hard negatives): hours entitled, used and remaining",
        {
            "Employee ID": "310982",
            "Plan": "FMLA",
            "Hours Entitled": "480.00",
            "Hours Used": "96.00",
            "Hours Pending": "8.00",
            "Hours Remaining": "376.00",
            "As Of": "2024-09-30",
        },
        {("Employee ID", "OTHER_ID")},
        {
            ("Plan", "*"),
            ("Hours Entitled", "*"),
            ("Hours Used", "*"),
            ("Hours Pending", "*"),
            ("Hours Remaining", "*"),
            ("As Of", "*"),
        },
        False,
    ),
    (
        "STD plan master (clean): plan id, carrier, group policy number, elimination period",
        {
            "plan_id": "STD-BASE-60",
            "carrier": "Lincoln Financial Group",
            "group_policy_number": "000010234567",
            "elimination_period_days": "7",
            "benefit_pct": "60",
            "max_weekly_benefit": "1500.00",
            "max_duration_weeks": "26",
            "plan_year_start": "2024-01-01",
        },
        set(),
        {
            ("plan_id", "*"),
            ("carrier", "*"),
            ("group_policy_number", "*"),
            ("elimination_period_days", "*"),
            ("benefit_pct", "*"),
            ("max_weekly_benefit", "*"),
            ("max_duration_weeks", "*"),
            ("plan_year_start", "*"),
        },
        False,
    ),
    (
        "Workday-like accommodation request: an ASL interpreter for a Deaf employee",
        {
            "Accommodation_Request_ID": "ACC-000871",
            "Worker": "Marcus Bell",
            "Employee_ID": "118302",
            "Disability_Type": "Deaf",
            "Accommodation_Type": "Sign Language Interpreter",
            "Accommodation_Detail": (
                "ASL interpreter for team meetings and trainings; captioning for video calls"
            ),
            "Request_Date": "2024-07-22",
            "Status": "Approved",
            "Cost": "4800.00",
        },
        {
            ("Worker", "NAME"),
            ("Employee_ID", "OTHER_ID"),
            ("Disability_Type", "HEALTH"),
        },
        {("Accommodation_Request_ID", "*"), ("Status", "*"), ("Cost", "*")},
        True,
    ),
    (
        "HRIS employee profile (identified, no health): an oncology infusion nurse's job",
        {
            "Employee ID": "441208",
            "Legal Name": "Samantha Ruiz",
            "Preferred Name": "Sam",
            "Personal Email": "sam.ruiz.rn@gmail.com",
            "Home Phone": "(614) 555-0164",
            "Hire Date": "03/15/2021",
            "Position ID": "P-0051177",
            "Job Title": "Oncology Infusion RN",
            "Department": "Cancer Center - Infusion",
            "Cost Center": "52210",
            "FLSA": "Non-Exempt",
            "FTE": "0.9",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("Legal Name", "NAME"),
            ("Personal Email", "EMAIL"),
            ("Home Phone", "PHONE"),
        },
        {
            ("Position ID", "*"),
            ("Job Title", "HEALTH"),
            ("Department", "HEALTH"),
            ("Cost Center", "*"),
            ("FLSA", "*"),
            ("FTE", "*"),
        },
        False,
    ),
    (
        "Absence app webhook (mySedgwick-like): an intermittent absence for a migraine flare-up",
        {
            "event": "absence.reported",
            "occurredAt": "2024-09-16T10:02:51Z",
            "claimNumber": "30241199562-0001",
            "employee": {"id": "00588213", "email": "kevin.tran.oh@yahoo.com"},
            "absence": {
                "date": "2024-09-16",
                "hours": 8,
                "type": "Intermittent",
                "reason": "Migraine flare-up",
            },
        },
        {
            ("claimNumber", CLAIM_ID),
            ("employee.id", "OTHER_ID"),
            ("employee.email", "EMAIL"),
            ("absence.date", "DATE"),
            ("absence.reason", "HEALTH"),
        },
        {
            ("event", "*"),
            ("occurredAt", "*"),
            ("absence.hours", "*"),
            ("absence.type", "*"),
        },
        True,
    ),
    (
        "STD claim status feed to the employer: approved through a date, no diagnosis",
        {
            "Claim Number": "STD-24-1190027",
            "Employee ID": "229104",
            "Employee Name": "Priya Raman",
            "Claim Type": "STD",
            "Claim Status": "Approved",
            "Benefit Begin Date": "08/26/2024",
            "Approved Through": "09/29/2024",
            "Next Review": "09/27/2024",
            "Payroll Action": "Code hours as STD60",
        },
        {
            ("Claim Number", CLAIM_ID),
            ("Employee ID", "OTHER_ID"),
            ("Employee Name", "NAME"),
        },
        {
            ("Claim Type", "HEALTH"),
            ("Claim Status", "*"),
            ("Payroll Action", "*"),
        },
        False,
    ),
    (
        "Disability claims by diagnosis category (clean aggregate): counts and durations",
        {
            "Plan Year": "2024",
            "Coverage": "STD",
            "Diagnosis Category": "Musculoskeletal",
            "New Claims": "23",
            "Avg Duration (days)": "41",
            "Pct of Claims": "31%",
            "Business Unit": "Distribution",
        },
        set(),
        {
            ("Plan Year", "*"),
            ("Coverage", "*"),
            ("New Claims", "*"),
            ("Avg Duration (days)", "*"),
            ("Pct of Claims", "*"),
            ("Business Unit", "*"),
        },
        False,
    ),
    (
        "Designation notice letter queue: template code, mailing address, claim number",
        {
            "letter_id": "LTR-2024-0918-00412",
            "template": "FMLA_DESIGNATION_NOTICE_WH382",
            "recipient_name": "Denise Carver",
            "mailing_address": "77 Birchwood Ct, Westerville, OH 43081",
            "claim_number": "30241190218-0001",
            "generated_at": "2024-09-18T02:00:07Z",
            "delivery": "USPS First Class",
        },
        {
            ("recipient_name", "NAME"),
            ("mailing_address", "LOCATION"),
            ("claim_number", CLAIM_ID),
        },
        {
            ("letter_id", "*"),
            ("template", "*"),
            ("generated_at", "*"),
            ("delivery", "*"),
        },
        False,
    ),
    (
        "Disability intake call transcript: a fall, a fractured wrist, surgery scheduled",
        {
            "interaction_id": "INT-88120455",
            "channel": "phone",
            "agent": "Intake Specialist 112",
            "claimant_phone": "(740) 555-0121",
            "transcript": (
                "Claimant Teresa Gomez states she fell at home on 9/2 and fractured her right "
                "wrist. Surgery is scheduled for 9/6 at Riverside Methodist. She has not worked "
                "since 9/3."
            ),
            "disposition": "STD claim opened",
            "started_at": "2024-09-04T14:11:08Z",
        },
        {
            ("claimant_phone", "PHONE"),
            ("transcript", "NAME"),
            ("transcript", "HEALTH"),
            ("transcript", "DATE"),
        },
        {
            ("interaction_id", "*"),
            ("agent", "NAME"),
            ("disposition", "HEALTH"),
            ("started_at", "*"),
        },
        True,
    ),
    (
        "Weekly STD benefit payment: payee, claim number, gross, withholding and net",
        {
            "Payment ID": "PMT-7720019",
            "Claim Number": "STD-24-1183302",
            "Payee": "Maribel Ochoa",
            "Check Date": "08/02/2024",
            "Period": "07/22/2024 - 07/28/2024",
            "Gross Benefit": "865.38",
            "FICA Withheld": "66.20",
            "Federal Tax": "86.54",
            "Net Payment": "712.64",
            "Payment Method": "Direct Deposit",
        },
        {("Claim Number", CLAIM_ID), ("Payee", "NAME")},
        {
            ("Payment ID", "*"),
            ("Gross Benefit", "*"),
            ("FICA Withheld", "*"),
            ("Federal Tax", "*"),
            ("Net Payment", "*"),
            ("Payment Method", "*"),
        },
        False,
    ),
    (
        "State paid-leave programme table (clean): NY PFL rate, maximum and contribution",
        {
            "Program": "NY PFL",
            "Jurisdiction": "New York",
            "Benefit Rate": "67% of AWW",
            "Max Weekly Benefit": "$1,151.16",
            "Employee Contribution": "0.373% of wages",
            "Max Weeks": "12",
            "Effective": "01/01/2024",
        },
        set(),
        {
            ("Program", "*"),
            ("Jurisdiction", "LOCATION"),
            ("Benefit Rate", "*"),
            ("Max Weekly Benefit", "*"),
            ("Employee Contribution", "*"),
            ("Max Weeks", "*"),
            ("Effective", "*"),
        },
        False,
    ),
    (
        "Return to full duty after STD (JSON): fitness for duty after a cardiac stent",
        {
            "claim": {"id": "M2408-0109912", "type": "STD", "status": "Closed - RTW"},
            "employee": {
                "employeeId": "227790",
                "lastName": "Osei",
                "firstName": "Kwame",
                "dob": "1971-11-03",
            },
            "rtw": {
                "fullDutyDate": "2024-10-14",
                "fitnessForDutyReceived": True,
                "note": "Cleared for full duty following cardiac stent placement; no restrictions",
            },
            "updatedAt": "2024-10-10T19:22:40Z",
        },
        {
            ("claim.id", CLAIM_ID),
            ("employee.employeeId", "OTHER_ID"),
            ("employee.lastName", "NAME"),
            ("employee.firstName", "NAME"),
            ("employee.dob", "DATE"),
            ("rtw.fullDutyDate", "DATE"),
            ("rtw.note", "HEALTH"),
        },
        {
            ("claim.type", "HEALTH"),
            ("claim.status", "*"),
            ("rtw.fitnessForDutyReceived", "*"),
            ("updatedAt", "*"),
        },
        True,
    ),
    (
        "Leave portal analytics (Segment track): a leave request for the employee's own health",
        {
            "type": "track",
            "event": "Leave Request Submitted",
            "userId": "204417",
            "anonymousId": "8b1f3c2e-9d4a-4e6b-b0c7-5a2d1e9f8c33",
            "properties": {
                "leave_reason": "Own serious health condition",
                "leave_type": "continuous",
                "expected_start": "2024-09-09",
                "portal": "Ridgeview Benefits Hub",
            },
            "context": {
                "ip": "73.162.44.18",
                "page": {"url": "https://benefits.ridgeviewfoods.com/leave/new?step=review"},
            },
            "timestamp": "2024-09-05T21:33:18.412Z",
        },
        {
            ("userId", "OTHER_ID|ONLINE_ID"),
            ("anonymousId", "ONLINE_ID"),
            ("properties.leave_reason", "HEALTH"),
            ("properties.expected_start", "DATE"),
            ("context.ip", "IP_ADDRESS"),
        },
        {
            ("event", "*"),
            ("properties.leave_type", "*"),
            ("properties.portal", "*"),
            ("context.page.url", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Washington PFML quarterly wage report row: SSN, hours, wages, SOC code, UBI",
        {
            "SSN": "533-82-1190",
            "Last Name": "Lindqvist",
            "First Name": "Erik",
            "Hours": "498",
            "Gross Wages": "14211.50",
            "Quarter": "2024Q3",
            "SOC Code": "53-7051",
            "UBI": "603-118-442",
        },
        {("SSN", "SSN"), ("Last Name", "NAME"), ("First Name", "NAME")},
        {
            ("Hours", "*"),
            ("Gross Wages", "*"),
            ("Quarter", "*"),
            ("SOC Code", "*"),
            ("UBI", "*"),
        },
        False,
    ),
    (
        "Workday worker leave history (nested list): a medical leave and a personal leave",
        {
            "Worker_ID": "331275",
            "Worker_Name": "Lorraine Mbeki",
            "Leave_Events": [
                {
                    "Leave_Type": "Medical Leave - Self",
                    "First_Day": "2024-03-04",
                    "Last_Day": "2024-04-12",
                    "Reason": "Employee's own illness",
                },
                {
                    "Leave_Type": "Personal Leave",
                    "First_Day": "2024-07-01",
                    "Last_Day": "2024-07-05",
                    "Reason": "Personal",
                },
            ],
            "Total_Leave_Days_YTD": 35,
        },
        {
            ("Worker_ID", "OTHER_ID"),
            ("Worker_Name", "NAME"),
            ("Leave_Events[0].Reason", "HEALTH"),
            ("Leave_Events[0].First_Day", "DATE"),
            ("Leave_Events[0].Last_Day", "DATE"),
        },
        {
            ("Leave_Events[1].Leave_Type", "HEALTH"),
            ("Leave_Events[1].Reason", "*"),
            ("Total_Leave_Days_YTD", "*"),
        },
        True,
    ),
    (
        "Military exigency leave (carrier JSON): a spouse's deployment, no health",
        {
            "claimNumber": "FML-24-0071150",
            "employee": {"id": "118806", "name": "Daniel Okoro", "homeState": "OH"},
            "leave": {
                "reason": "Qualifying Exigency - Military Deployment of Spouse",
                "type": "Intermittent",
                "start": "2024-10-01",
                "end": "2024-12-31",
            },
            "program": "FMLA",
            "determination": "Approved",
            "determinationDate": "2024-09-25",
        },
        {
            ("claimNumber", CLAIM_ID),
            ("employee.id", "OTHER_ID"),
            ("employee.name", "NAME"),
            ("leave.start", "DATE"),
            ("leave.end", "DATE"),
        },
        {
            ("leave.reason", "HEALTH"),
            ("leave.type", "*"),
            ("employee.homeState", "*"),
            ("program", "*"),
            ("determination", "*"),
        },
        False,
    ),
]


#: A bare effective date of a reference table, as the workers' compensation probe decided.
_BARE_EFFECTIVE = (
    "a bare date under a bare ``effective`` key is reported on purpose, as the clean-exports, "
    "pharma and workers' compensation probes decided (a member's coverage ``Effective Date`` "
    "is that person's); a table is told only by a code beside its description "
    "(chunk_profiles._code_table) or a product beside its rate, which this row has not"
)

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "WH-380-E-like certification (JSON): chronic migraine, provider, incapacity frequency": (
        set(),
        {("caseNumber", CLAIM_ID)},
        set(),
        "a bare ``caseNumber`` is a help desk's or a CRM's ticket (field_names: only a health "
        "department's or a medical examiner's case number is a person's), as the underwriting "
        "probe decided (tests/test_life_insurance_underwriting.py); a leave case is one "
        "employee's, but nothing in the key says which kind of case it is",
    ),
    "California pregnancy disability leave (CSV): expected delivery date, PDL then CFRA": (
        set(),
        {("Case", CLAIM_ID)},
        set(),
        "a bare ``Case`` is a ticket's as a bare ``caseNumber`` is (above); decided on the "
        "held-out row after its blind scoring",
    ),
    "LTD claim with an SSDI offset (CSV): diagnosis and its code, benefit amounts": (
        set(),
        set(),
        {("PolicyNo", "*")},
        "a bare policy number is the insured's (field_names reads ``Policy Number`` as a "
        "HEALTH_PLAN_ID, as tests/test_life_insurance_underwriting.py decided for an "
        "individual policy); only a key that says group (``Group Policy #``) is the "
        "employer's contract, so the blind must-not was stricter than the project. Decided "
        "on the held-out row after its blind scoring",
    ),
    "Leave policy table (clean): FMLA entitlement, measurement period, effective date": (
        set(),
        set(),
        {("Effective Date", "*")},
        _BARE_EFFECTIVE,
    ),
    "State paid-leave programme table (clean): NY PFL rate, maximum and contribution": (
        set(),
        set(),
        {("Effective", "*")},
        _BARE_EFFECTIVE,
    ),
}

#: What the detectors do not read right, each with its reason: ``name -> (open pairs,
#: why)``.
_OPEN: dict[str, tuple[set, str]] = {
    "Workday worker leave history (nested list): a medical leave and a personal leave": (
        {("Worker_ID", "OTHER_ID")},
        "``worker_id`` names a process in infrastructure logs (Celery, gunicorn) as often as "
        "an HRIS worker, as the workforce probe decided (field_names' _NOT_PERSON_ID_WORDS); "
        "a Workday ``Worker_ID`` beside ``Worker_Name`` is the person's, but a sibling rule "
        "for one key was not worth the risk (the row is PHI by its name and leave reason)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_leave_disability_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on leave, disability and accommodation exports fails here. Before the work, blind:
#: SHAPES 10 misses / 12 false / 14 wrong of 30, HELD_OUT 2 / 2 / 4 of 10.
FLOORS = ShapeTotals(expected=156, misses=1, false=0, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
