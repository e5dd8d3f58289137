"""Benefits enrolment and eligibility files that employers, plans and vendors exchange.

A blind probe, written by hand before reading the detectors: the files a benefits or
marketing-operations team loads into a CRM or sends to a digital health vendor. 834-like
enrolment files flattened to CSV (subscriber and dependent rows, relationship codes,
coverage type and tier, plan codes, group numbers, effective dates; ``SUB_`` / ``DEP_``
column prefixes), an 834 turned into JSON by an EDI translator (loop and segment names
such as ``member_name_NM1.member_last_name_03``, the ``DSB`` disability segment, the
``BGN`` / ``REF*38`` / ``N1`` header segments), file header and trailer records,
benefits-administration exports (Benefitfocus-, bswift-, Businessolver-like), COBRA
qualifying-event files, open-enrollment campaign lists, eligibility files sent to diabetes,
MSK, hypertension and weight-management programmes (a programme flag and a reason derived
from claims), identity-match results (matched / unmatched, confidence), an eligibility
check API call, payroll deduction and HSA contribution files, FSA substantiation, dependent
verification, leave feeds, EOI status, plan catalogs, quoting census and stop-loss reports.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **Being enrolled in a medical, dental or vision plan is not health context** (insurance
  is a product, as tests/test_lead_generation.py decided for Medicare Advantage): a
  coverage type ``Medical``, a plan ``HDHP 3000``, a coverage tier, a COBRA qualifying
  event (termination, divorce), an HSA or FSA account type, an EOI status are no health.
- **A programme chosen for a condition is health context of the person on the row**: an
  eligibility file's ``eligible_program: DIABETES``, a ``Hypertension Management`` or
  ``Chronic Back Pain`` programme, a claims-derived reason (``T2D dx on 2+ claims``), an
  ``MSK Eligible`` / ``has_diabetes`` / ``Disabled Dependent`` / ``Tobacco User`` flag set
  to ``Y`` / ``1`` / ``Yes`` (as the direct-mail probe decided for compilers' ailment
  flags; a flag set to ``0`` / ``N`` says nothing), a BMI or last A1c value, an ESRD
  Medicare entitlement reason, an 834 ``DSB`` diagnosis code, a maternity leave reason. A
  non-health programme (financial wellness) is not.
- **A person's own enrolment dates are DATEs**: birth dates, hire and termination dates, a
  COBRA qualifying-event date, a member's coverage start / end and benefit begin dates
  (Safe Harbor removes dates directly related to an individual, and a coverage start says
  when the person was hired or had a life event), a leave start, a date of service. The
  plan's and the file's dates are not: plan-year start and end, file creation dates,
  pay dates and pay-period ends (the payroll calendar's), a deduction table's effective
  date, an audit window, an 834 ``BGN`` date. Dates that could be read either way (a
  notice sent, a loss-of-coverage date, an attestation date, a recertification due date,
  an EOI submission, a ticket's creation time) are neither expected nor forbidden.
- **Member and subscriber ids are HEALTH_PLAN_IDs**; an employee id is an OTHER_ID; an
  834 ``REF*0F`` subscriber identifier or an ``NM109`` with qualifier ``34`` may be read as
  the SSN it usually is, a member id or another id (``SSN|HEALTH_PLAN_ID|OTHER_ID``). An
  HSA account number is an ACCOUNT_NUMBER; a birth certificate number from a dependent
  verification is a certificate number (``LICENSE_NUMBER|OTHER_ID``).
- **The employer's, the plan's and the file's codes are never findings**: group numbers
  and master policy numbers, plan and deduction codes, coverage tiers and levels, the
  employer's EIN and the carrier's tax id, relationship and maintenance codes, file
  control, batch, remittance and audit ids, record and hash counts, match confidence and
  match keys, the employer's name and address, a carrier's name.
- **A state alone is never a finding**; a work location (``Plant 3 - Joliet``) is the
  employer's site, not the person's address.
- **A PCP selection's provider name and NPI** are neither expected nor forbidden (the
  project reports a provider's name and NPI, but a PCP choice is not health context).
- A stop-loss claimant numbered ``#1`` with an age band is no identifier: that report is
  health without a person.

After reading the detectors one blind expectation was relaxed by a decision made
elsewhere (:data:`_DECIDED`: a programme code spelling a drug class is health context).
Eight records are left open (:data:`LEFT_ALONE`): a disability flag (``disability`` is a
stop term), ``MSK`` (no term), tobacco use (no term, and ``Non-Tobacco User``), a bare
``Document Number``, a code table's ``Effective Date`` (``effective`` alone is kept a
person's word), ``SUB_ID`` and a compact benefit begin date, and a file header's
``sender_address``. Figures (misses / false findings / records wrong), blind before any
detector reading, then after the work: SHAPES (33 records) 18 / 5 / 17 -> 7 / 1 / 7;
HELD_OUT (10 records, scored once after the SHAPES work) 3 / 8 / 6 -> 0 / 6 / 2, and
0 / 1 / 1 after two general fixes it pointed to (a plan year's and a file's own dates).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Benefitfocus-like 834 flat file: subscriber row, medical PPO, family tier",
        {
            "Record Type": "D",
            "Subscriber SSN": "412-58-3307",
            "Member SSN": "412-58-3307",
            "Relationship": "Self",
            "First Name": "Dana",
            "Last Name": "Whitfield",
            "DOB": "04/17/1981",
            "Gender": "F",
            "Address 1": "2214 Ridgeview Dr",
            "City": "Naperville",
            "State": "IL",
            "Zip": "60540",
            "Coverage Type": "Medical",
            "Plan Code": "PPO1500",
            "Coverage Tier": "EE+FAM",
            "Group Number": "004512",
            "Effective Date": "01/01/2025",
        },
        {
            ("Subscriber SSN", "SSN"),
            ("Member SSN", "SSN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
            ("Address 1", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Effective Date", "DATE"),
        },
        {
            ("Record Type", "*"),
            ("Relationship", "*"),
            ("Gender", "*"),
            ("State", "*"),
            ("Coverage Type", "*"),
            ("Plan Code", "*"),
            ("Coverage Tier", "*"),
            ("Group Number", "*"),
        },
        False,
    ),
    (
        "834 flat file: disabled adult dependent (handicap indicator) on the family plan",
        {
            "Record Type": "D",
            "Subscriber SSN": "412-58-3307",
            "Member SSN": "530-71-2264",
            "Relationship": "Child",
            "Rel Code": "19",
            "First Name": "Owen",
            "Last Name": "Whitfield",
            "DOB": "09/02/1997",
            "Gender": "M",
            "Disabled Dependent": "Y",
            "Plan Code": "PPO1500",
            "Coverage Tier": "EE+FAM",
            "Group Number": "004512",
        },
        {
            ("Subscriber SSN", "SSN"),
            ("Member SSN", "SSN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
            ("Disabled Dependent", "HEALTH"),
        },
        {
            ("Relationship", "*"),
            ("Rel Code", "*"),
            ("Gender", "*"),
            ("Plan Code", "*"),
            ("Coverage Tier", "*"),
            ("Group Number", "*"),
        },
        True,
    ),
    (
        "834 as JSON (EDI translator's loop names): member with a DSB disability diagnosis",
        {
            "member_level_detail_INS": {
                "member_indicator_01": "N",
                "individual_relationship_code_02": "01",
                "maintenance_type_code_03": "021",
                "maintenance_reason_code_04": "28",
                "benefit_status_code_05": "A",
                "handicap_indicator_09": "Y",
            },
            "subscriber_identifier_REF": {
                "reference_identification_qualifier_01": "0F",
                "subscriber_identifier_02": "530712264",
            },
            "member_name_NM1": {
                "entity_identifier_code_01": "IL",
                "member_last_name_03": "WHITFIELD",
                "member_first_name_04": "MARA",
                "identification_code_qualifier_08": "34",
                "member_identifier_09": "629104417",
            },
            "member_demographics_DMG": {
                "date_time_period_format_qualifier_01": "D8",
                "member_birth_date_02": "19830611",
                "gender_code_03": "F",
            },
            "disability_information_DSB": {
                "disability_type_code_01": "2",
                "product_option_code_qualifier_07": "DX",
                "diagnosis_code_08": "G35",
            },
        },
        {
            ("subscriber_identifier_REF.subscriber_identifier_02", "SSN|HEALTH_PLAN_ID|OTHER_ID"),
            ("member_name_NM1.member_last_name_03", "NAME"),
            ("member_name_NM1.member_first_name_04", "NAME"),
            ("member_name_NM1.member_identifier_09", "SSN|HEALTH_PLAN_ID|OTHER_ID"),
            ("member_demographics_DMG.member_birth_date_02", "DATE"),
            ("disability_information_DSB.diagnosis_code_08", "HEALTH"),
        },
        {
            ("member_level_detail_INS.individual_relationship_code_02", "*"),
            ("member_level_detail_INS.maintenance_type_code_03", "*"),
            ("member_level_detail_INS.maintenance_reason_code_04", "*"),
            ("member_demographics_DMG.gender_code_03", "*"),
            ("member_name_NM1.entity_identifier_code_01", "*"),
        },
        True,
    ),
    (
        "Eligibility file header record (clean): the employer, its EIN and address, plan year",
        {
            "record_type": "HDR",
            "file_id": "ACME_ELIG_20241215_01",
            "sender_name": "Acme Manufacturing Inc",
            "sender_ein": "36-4218897",
            "sender_address": "500 W Monroe St, Chicago, IL 60661",
            "receiver": "Hinge Health",
            "file_creation_date": "2024-12-15",
            "plan_year_start": "2025-01-01",
            "plan_year_end": "2025-12-31",
            "file_type": "FULL",
        },
        set(),
        {
            ("record_type", "*"),
            ("file_id", "*"),
            ("sender_name", "*"),
            ("sender_ein", "*"),
            ("sender_address", "*"),
            ("receiver", "*"),
            ("file_creation_date", "*"),
            ("plan_year_start", "*"),
            ("plan_year_end", "*"),
            ("file_type", "*"),
        },
        False,
    ),
    (
        "Eligibility file trailer record (clean): counts, control number, batch",
        {
            "record_type": "TRL",
            "record_count": "4812",
            "subscriber_count": "2207",
            "dependent_count": "2605",
            "file_control_number": "000004417",
            "batch_id": "B20241215-0007",
            "hash_total": "91833217",
        },
        set(),
        {
            ("record_type", "*"),
            ("record_count", "*"),
            ("subscriber_count", "*"),
            ("dependent_count", "*"),
            ("file_control_number", "*"),
            ("batch_id", "*"),
            ("hash_total", "*"),
        },
        False,
    ),
    (
        "Diabetes programme eligibility file (claims-derived flag and reason), JSON",
        {
            "client_code": "ACME01",
            "member_id": "W284461905",
            "first_name": "Luis",
            "last_name": "Carrasco",
            "dob": "1969-08-23",
            "email": "luis.carrasco@gmail.com",
            "mobile_phone": "(630) 555-0182",
            "zip": "60563",
            "eligible_program": "DIABETES",
            "eligibility_reason": "T2D dx on 2+ claims, last 24 months",
            "eligibility_start": "2025-01-01",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("dob", "DATE"),
            ("email", "EMAIL"),
            ("mobile_phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("eligible_program", "HEALTH"),
            ("eligibility_reason", "HEALTH"),
        },
        {("client_code", "*")},
        True,
    ),
    (
        "MSK programme eligibility CSV (Hinge-like): flag and claims reason",
        {
            "Employer": "Acme Manufacturing",
            "Employee ID": "E0048812",
            "First Name": "Teresa",
            "Last Name": "Nguyen",
            "Date of Birth": "1975-02-14",
            "Work Email": "tnguyen@acmemfg.com",
            "Home ZIP": "60540",
            "MSK Eligible": "Y",
            "MSK Reason": "lumbar pain claims (M54.50)",
            "Medical Plan": "HDHP 3000",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Work Email", "EMAIL"),
            ("Home ZIP", "ZIP_CODE"),
            ("MSK Eligible", "HEALTH"),
            ("MSK Reason", "HEALTH"),
        },
        {("Employer", "*"), ("Medical Plan", "*")},
        True,
    ),
    (
        "Financial-wellness vendor eligibility row (identified, no health)",
        {
            "partner_id": "acme-mfg",
            "employee_number": "E0051190",
            "first_name": "Gregory",
            "last_name": "Paulsen",
            "work_email": "gpaulsen@acmemfg.com",
            "hire_date": "2016-03-07",
            "employment_status": "Active",
            "pay_frequency": "Biweekly",
            "benefit_eligible": "Y",
            "program": "Financial Wellness",
        },
        {
            ("employee_number", "OTHER_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("work_email", "EMAIL"),
            ("hire_date", "DATE"),
        },
        {
            ("partner_id", "*"),
            ("employment_status", "*"),
            ("pay_frequency", "*"),
            ("benefit_eligible", "*"),
            ("program", "*"),
        },
        False,
    ),
    (
        "Identity match result: matched on name, DOB and ZIP (no health)",
        {
            "vendor_user_id": "u_8f3k2m9q1x",
            "match_status": "MATCHED",
            "match_confidence": "0.97",
            "matched_on": "FN+LN+DOB+ZIP",
            "eligibility_member_id": "W284461905",
            "dob": "1969-08-23",
            "zip": "60563",
            "match_run_id": "MR-20250106-03",
        },
        {
            ("vendor_user_id", "ONLINE_ID|OTHER_ID"),
            ("eligibility_member_id", "HEALTH_PLAN_ID|OTHER_ID"),
            ("dob", "DATE"),
            ("zip", "ZIP_CODE"),
        },
        {
            ("match_status", "*"),
            ("match_confidence", "*"),
            ("matched_on", "*"),
            ("match_run_id", "*"),
        },
        False,
    ),
    (
        "Identity match result: unmatched sign-up to a diabetes prevention programme",
        {
            "signup_email": "kbrennan77@yahoo.com",
            "signup_first_name": "Kathleen",
            "signup_last_name": "Brennan",
            "signup_dob": "1977-11-30",
            "program": "Diabetes Prevention Program",
            "match_status": "UNMATCHED",
            "reason_code": "NO_DOB_MATCH",
            "candidates_considered": "3",
        },
        {
            ("signup_email", "EMAIL"),
            ("signup_first_name", "NAME"),
            ("signup_last_name", "NAME"),
            ("signup_dob", "DATE"),
            ("program", "HEALTH"),
        },
        {("match_status", "*"), ("reason_code", "*"), ("candidates_considered", "*")},
        True,
    ),
    (
        "COBRA qualifying-event file (termination of employment), with election deadline",
        {
            "QB First Name": "Marcus",
            "QB Last Name": "Ellington",
            "QB SSN": "288-41-9076",
            "QB Address": "77 Birch Ln",
            "QB City": "Aurora",
            "QB State": "IL",
            "QB Zip": "60505",
            "Qualifying Event": "Termination of Employment",
            "QE Date": "11/22/2024",
            "Loss of Coverage Date": "11/30/2024",
            "Plans": "Medical PPO; Dental DPPO; Vision",
            "Coverage Level": "EE+SP",
            "COBRA Premium": "1842.36",
            "Employer Group ID": "ACME-0088",
        },
        {
            ("QB First Name", "NAME"),
            ("QB Last Name", "NAME"),
            ("QB SSN", "SSN"),
            ("QB Address", "LOCATION"),
            ("QB City", "LOCATION"),
            ("QB Zip", "ZIP_CODE"),
            ("QE Date", "DATE"),
        },
        {
            ("QB State", "*"),
            ("Qualifying Event", "*"),
            ("Plans", "*"),
            ("Coverage Level", "*"),
            ("COBRA Premium", "*"),
            ("Employer Group ID", "*"),
        },
        False,
    ),
    (
        "COBRA qualifying-event file: divorce, the spouse is the qualified beneficiary",
        {
            "Employee Name": "Ellington, Marcus",
            "QB Name": "Ellington, Renee",
            "QB Relationship": "Spouse",
            "QB DOB": "06/19/1984",
            "Qualifying Event": "Divorce or legal separation",
            "QE Date": "10/03/2024",
            "Notice Sent": "10/15/2024",
            "Plans": "Medical PPO",
            "Employer Group ID": "ACME-0088",
        },
        {
            ("Employee Name", "NAME"),
            ("QB Name", "NAME"),
            ("QB DOB", "DATE"),
            ("QE Date", "DATE"),
        },
        {
            ("QB Relationship", "*"),
            ("Qualifying Event", "*"),
            ("Plans", "*"),
            ("Employer Group ID", "*"),
        },
        False,
    ),
    (
        "Open-enrollment campaign list (email send), HSA segment, no health",
        {
            "email": "srobinson@acmemfg.com",
            "first_name": "Shawna",
            "employee_id": "E0062231",
            "work_location": "Plant 3 - Joliet",
            "benefits_eligible": "Y",
            "oe_segment": "HSA_ELIGIBLE_NOT_ENROLLED",
            "oe_wave": "W2",
            "send_date": "2024-10-28",
        },
        {("email", "EMAIL"), ("first_name", "NAME"), ("employee_id", "OTHER_ID")},
        {
            ("work_location", "*"),
            ("benefits_eligible", "*"),
            ("oe_segment", "*"),
            ("oe_wave", "*"),
            ("send_date", "*"),
        },
        False,
    ),
    (
        "Open-enrollment campaign list segmented on tobacco use (cessation programme)",
        {
            "email": "dkowalczyk@acmemfg.com",
            "first_name": "Derek",
            "last_name": "Kowalczyk",
            "employee_id": "E0039917",
            "oe_segment": "TOBACCO_USER_CESSATION_OFFER",
            "tobacco_attestation": "Yes",
            "surcharge_per_pay": "23.08",
        },
        {
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("employee_id", "OTHER_ID"),
            ("oe_segment", "HEALTH"),
        },
        {("surcharge_per_pay", "*")},
        True,
    ),
    (
        "Payroll deduction file to the carrier (per pay period, no health)",
        {
            "Employee ID": "E0048812",
            "Last Name": "Nguyen",
            "First Name": "Teresa",
            "Pay Date": "01/10/2025",
            "Pay Period End": "01/04/2025",
            "Deduction Code": "MED-HDHP",
            "Deduction Amount": "112.40",
            "Employer Contribution": "402.15",
            "Pay Group": "BW01",
        },
        {("Employee ID", "OTHER_ID"), ("Last Name", "NAME"), ("First Name", "NAME")},
        {
            ("Pay Date", "*"),
            ("Pay Period End", "*"),
            ("Deduction Code", "*"),
            ("Deduction Amount", "*"),
            ("Employer Contribution", "*"),
            ("Pay Group", "*"),
        },
        False,
    ),
    (
        "HSA contribution file to the custodian (HealthEquity-like)",
        {
            "Employer ID": "HE-220917",
            "Employee SSN": "530712264",
            "HSA Account Number": "8800417723",
            "Contribution Type": "Employee Pre-Tax",
            "Amount": "150.00",
            "Payroll Date": "2025-01-10",
            "Tax Year": "2025",
        },
        {("Employee SSN", "SSN"), ("HSA Account Number", "ACCOUNT_NUMBER")},
        {
            ("Employer ID", "*"),
            ("Contribution Type", "*"),
            ("Amount", "*"),
            ("Payroll Date", "*"),
            ("Tax Year", "*"),
        },
        False,
    ),
    (
        "FSA claim substantiation export: a participant's physical therapy visits",
        {
            "Participant ID": "P00718834",
            "Participant Name": "Alvarez, Sofia",
            "Account Type": "Health Care FSA",
            "Service Description": "Physical therapy - 6 visits",
            "Provider": "Lakeshore Physical Therapy",
            "Date of Service": "2024-09-12",
            "Amount": "240.00",
            "Status": "Substantiation Required",
        },
        {
            ("Participant ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Participant Name", "NAME"),
            ("Service Description", "HEALTH"),
            ("Date of Service", "DATE"),
        },
        {("Account Type", "*"), ("Amount", "*"), ("Status", "*")},
        True,
    ),
    (
        "Dependent verification (DDV) result: birth certificate, verified",
        {
            "Employee Name": "Hollis, Brandon",
            "Employee ID": "E0071145",
            "Dependent Name": "Hollis, Ava",
            "Relationship": "Child",
            "Dependent DOB": "2015-05-08",
            "Document Type": "Birth Certificate",
            "Document Number": "142-2015-018833",
            "Verification Status": "Verified",
            "Audit ID": "DDV-2024-0412",
        },
        {
            ("Employee Name", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Dependent Name", "NAME"),
            ("Dependent DOB", "DATE"),
            ("Document Number", "LICENSE_NUMBER|OTHER_ID"),
        },
        {
            ("Relationship", "*"),
            ("Document Type", "*"),
            ("Verification Status", "*"),
            ("Audit ID", "*"),
        },
        False,
    ),
    (
        "Dependent verification: an over-26 dependent kept on as incapable of self-support",
        {
            "Employee Name": "Hollis, Brandon",
            "Dependent Name": "Hollis, Ethan",
            "Relationship": "Disabled Child",
            "Dependent DOB": "1996-12-01",
            "Reason": "Incapable of self-support due to Down syndrome; physician cert on file",
            "Verification Status": "Approved",
            "Recert Due": "2027-01-01",
        },
        {
            ("Employee Name", "NAME"),
            ("Dependent Name", "NAME"),
            ("Dependent DOB", "DATE"),
            ("Reason", "HEALTH"),
        },
        {("Verification Status", "*")},
        True,
    ),
    (
        "Plan catalog row (clean): carrier, plan and group, plan-year dates and rates",
        {
            "Carrier": "Blue Cross Blue Shield of Illinois",
            "Plan Code": "BCBSIL-PPO-1500",
            "Plan Name": "BCBS PPO 1500",
            "Group Number": "H48221",
            "Plan Year Start": "01/01/2025",
            "Plan Year End": "12/31/2025",
            "Tier": "EE+CH",
            "Employee Rate": "148.22",
            "Employer Rate": "611.90",
        },
        set(),
        {
            ("Carrier", "*"),
            ("Plan Code", "*"),
            ("Plan Name", "*"),
            ("Group Number", "*"),
            ("Plan Year Start", "*"),
            ("Plan Year End", "*"),
            ("Tier", "*"),
            ("Employee Rate", "*"),
            ("Employer Rate", "*"),
        },
        False,
    ),
    (
        "bswift-like enrolment export: a spouse's medical coverage start and end",
        {
            "EE ID": "E0039917",
            "EE Name": "Kowalczyk, Derek",
            "Dep Name": "Kowalczyk, Irene",
            "Dep Relationship": "Spouse",
            "Dep DOB": "03/28/1986",
            "Benefit": "Medical",
            "Option": "HDHP 3000",
            "Coverage Level": "EE+SP",
            "Coverage Start": "02/01/2024",
            "Coverage End": "12/31/2024",
        },
        {
            ("EE ID", "OTHER_ID"),
            ("EE Name", "NAME"),
            ("Dep Name", "NAME"),
            ("Dep DOB", "DATE"),
            ("Coverage Start", "DATE"),
            ("Coverage End", "DATE"),
        },
        {
            ("Dep Relationship", "*"),
            ("Benefit", "*"),
            ("Option", "*"),
            ("Coverage Level", "*"),
        },
        False,
    ),
    (
        "Enrolment with Medicare as other coverage: MBI and an ESRD entitlement reason",
        {
            "Member ID": "W301177452",
            "Member Name": "Okafor, Samuel",
            "DOB": "07/15/1958",
            "Medicare MBI": "4TQ7-KM2-RW58",
            "Medicare Part A Eff": "03/01/2024",
            "Medicare Entitlement Reason": "ESRD",
            "Primary Payer": "Group",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("DOB", "DATE"),
            ("Medicare MBI", "HEALTH_PLAN_ID"),
            ("Medicare Entitlement Reason", "HEALTH"),
        },
        {("Primary Payer", "*")},
        True,
    ),
    (
        "Termination file to the carrier (no health)",
        {
            "Employee ID": "E0051190",
            "Employee Name": "Paulsen, Gregory",
            "Termination Date": "2025-02-14",
            "Term Reason": "Voluntary Resignation",
            "COBRA Eligible": "Y",
            "Last Day of Coverage": "2025-02-28",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("Termination Date", "DATE"),
        },
        {("Term Reason", "*"), ("COBRA Eligible", "*")},
        False,
    ),
    (
        "Evidence of insurability status for supplemental life (no health named)",
        {
            "Employee ID": "E0062231",
            "Employee Name": "Robinson, Shawna",
            "Coverage": "Supplemental Life 3x Salary",
            "Requested Amount": "210000",
            "EOI Status": "Pending - carrier review",
            "EOI Submitted": "2024-11-04",
            "Carrier": "MetLife",
        },
        {("Employee ID", "OTHER_ID"), ("Employee Name", "NAME")},
        {
            ("Coverage", "*"),
            ("Requested Amount", "*"),
            ("EOI Status", "*"),
            ("Carrier", "*"),
        },
        False,
    ),
    (
        "Benefits-admin tobacco attestation and surcharge (Businessolver-like columns)",
        {
            "Employee ID": "E0044120",
            "First Name": "Carla",
            "Last Name": "Benedetti",
            "Tobacco User": "Yes",
            "Attestation Date": "2024-11-01",
            "Surcharge Per Pay": "23.08",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Tobacco User", "HEALTH"),
        },
        {("Surcharge Per Pay", "*")},
        True,
    ),
    (
        "Weight-management programme eligibility (BMI and prediabetes from claims)",
        {
            "member_id": "W118840372",
            "first_name": "Anita",
            "last_name": "Sorensen",
            "dob": "1972-10-09",
            "bmi": "34.2",
            "bmi_eligible": "Y",
            "clinical_eligibility": "BMI >= 30 with prediabetes",
            "program_code": "WM-GLP1",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("dob", "DATE"),
            ("bmi", "HEALTH"),
            ("clinical_eligibility", "HEALTH"),
        },
        {("program_code", "*")},
        True,
    ),
    (
        "834 as JSON: transaction header segments (clean): sponsor, payer, master policy",
        {
            "beginning_segment_BGN": {
                "transaction_set_purpose_code_01": "00",
                "transaction_set_reference_number_02": "000004417",
                "date_03": "20241215",
                "time_04": "0930",
                "action_code_08": "4",
            },
            "transaction_set_policy_number_REF": {
                "reference_identification_qualifier_01": "38",
                "master_policy_number_02": "H48221",
            },
            "sponsor_name_N1": {
                "entity_identifier_code_01": "P5",
                "plan_sponsor_name_02": "ACME MANUFACTURING INC",
                "identification_code_qualifier_03": "FI",
                "sponsor_identifier_04": "364218897",
            },
            "payer_N1": {
                "entity_identifier_code_01": "IN",
                "insurer_name_02": "BLUE CROSS BLUE SHIELD OF ILLINOIS",
                "identification_code_qualifier_03": "FI",
                "insurer_identification_code_04": "360595260",
            },
        },
        set(),
        {
            ("beginning_segment_BGN.transaction_set_reference_number_02", "*"),
            ("beginning_segment_BGN.date_03", "*"),
            ("beginning_segment_BGN.time_04", "*"),
            ("transaction_set_policy_number_REF.master_policy_number_02", "*"),
            ("sponsor_name_N1.plan_sponsor_name_02", "*"),
            ("sponsor_name_N1.sponsor_identifier_04", "*"),
            ("payer_N1.insurer_name_02", "*"),
            ("payer_N1.insurer_identification_code_04", "*"),
        },
        False,
    ),
    (
        "Digital MSK vendor's monthly billing roster back to the employer",
        {
            "member_id": "W284461905",
            "member_name": "Luis Carrasco",
            "enrollment_date": "2025-01-19",
            "program": "Chronic Back Pain",
            "sessions_completed": "14",
            "billable": "Y",
            "invoice_month": "2025-02",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("member_name", "NAME"),
            ("enrollment_date", "DATE"),
            ("program", "HEALTH"),
        },
        {("sessions_completed", "*"), ("billable", "*"), ("invoice_month", "*")},
        True,
    ),
    (
        "HMO eligibility: a child dependent with a PCP selection (no health)",
        {
            "Subscriber ID": "H48221-00391",
            "Member Suffix": "02",
            "Member First": "Lily",
            "Member Last": "Tran",
            "Member DOB": "2018-07-30",
            "PCP NPI": "1234567893",
            "PCP Name": "Ortiz, Susan MD",
            "Product": "HMO Illinois",
            "Eff Date": "2025-01-01",
        },
        {
            ("Subscriber ID", "HEALTH_PLAN_ID"),
            ("Member First", "NAME"),
            ("Member Last", "NAME"),
            ("Member DOB", "DATE"),
        },
        {("Member Suffix", "*"), ("Product", "*")},
        False,
    ),
    (
        "Vendor eligibility-check API call and response (nested): hypertension programme",
        {
            "request": {
                "first_name": "Walter",
                "last_name": "Haines",
                "date_of_birth": "1961-01-27",
                "zip_code": "60187",
            },
            "response": {
                "eligible": True,
                "plan_sponsor": "Acme Manufacturing",
                "member_id": "W410092287",
                "match_score": 98,
                "program": "Hypertension Management",
            },
        },
        {
            ("request.first_name", "NAME"),
            ("request.last_name", "NAME"),
            ("request.date_of_birth", "DATE"),
            ("request.zip_code", "ZIP_CODE"),
            ("response.member_id", "HEALTH_PLAN_ID"),
            ("response.program", "HEALTH"),
        },
        {
            ("response.eligible", "*"),
            ("response.plan_sponsor", "*"),
            ("response.match_score", "*"),
        },
        True,
    ),
    (
        "Leave-of-absence feed to the benefits administrator: maternity leave",
        {
            "Employee ID": "E0062231",
            "Employee Name": "Robinson, Shawna",
            "Leave Type": "FMLA",
            "Leave Reason": "Maternity - childbirth",
            "Leave Start": "2025-03-03",
            "Expected Return": "2025-05-26",
            "Benefits Continue": "Y",
        },
        {
            ("Employee ID", "OTHER_ID"),
            ("Employee Name", "NAME"),
            ("Leave Reason", "HEALTH"),
            ("Leave Start", "DATE"),
        },
        {("Leave Type", "*"), ("Benefits Continue", "*")},
        True,
    ),
    (
        "HSA contribution summary by pay date (clean): employer totals",
        {
            "Employer ID": "HE-220917",
            "Employer": "Acme Manufacturing Inc",
            "Pay Date": "2025-01-10",
            "Participants": "612",
            "Employee Contributions": "71840.00",
            "Employer Contributions": "30600.00",
            "Remittance ID": "RMT-0049921",
        },
        set(),
        {
            ("Employer ID", "*"),
            ("Employer", "*"),
            ("Pay Date", "*"),
            ("Participants", "*"),
            ("Employee Contributions", "*"),
            ("Employer Contributions", "*"),
            ("Remittance ID", "*"),
        },
        False,
    ),
    (
        "Benefits enrolment site analytics: an email in the page URL, plan selected",
        {
            "event_name": "plan_selected",
            "page_location": "https://benefits.acmemfg.com/enroll?email=tnguyen%40acmemfg.com&step=medical",
            "plan_code": "HDHP3000",
            "coverage_tier": "EE",
            "event_timestamp": "1730131200123456",
        },
        {("page_location", "EMAIL")},
        {("plan_code", "*"), ("coverage_tier", "*"), ("event_timestamp", "*")},
        False,
    ),
    (
        "Carrier error report on an eligibility file (identified, no health)",
        {
            "Line": "1024",
            "Error Code": "E017",
            "Error": "Missing SSN for dependent",
            "Severity": "Reject",
            "Subscriber ID": "W301177452",
            "Member Name": "Okafor, Grace",
            "File Control Number": "000004417",
        },
        {("Subscriber ID", "HEALTH_PLAN_ID"), ("Member Name", "NAME")},
        {
            ("Line", "*"),
            ("Error Code", "*"),
            ("Error", "*"),
            ("Severity", "*"),
            ("File Control Number", "*"),
        },
        False,
    ),
    (
        "Quoting census for a carrier (no names): DOB, ZIP, tier",
        {
            "Census #": "117",
            "Relationship": "EE",
            "DOB": "08/14/1990",
            "Gender": "M",
            "Home ZIP": "60614",
            "Tier": "EE+SP",
            "Current Plan": "PPO1500",
        },
        {("DOB", "DATE"), ("Home ZIP", "ZIP_CODE")},
        {
            ("Census #", "*"),
            ("Relationship", "*"),
            ("Gender", "*"),
            ("Tier", "*"),
            ("Current Plan", "*"),
        },
        False,
    ),
    (
        "Stop-loss large claimant report (health, no identifier)",
        {
            "Claimant": "#1",
            "Relationship": "Spouse",
            "Age Band": "45-54",
            "Diagnosis": "Acute myeloid leukemia",
            "Paid to Date": "412880.14",
            "Status": "Active treatment",
            "Report Period": "2024-Q4",
        },
        {("Diagnosis", "HEALTH")},
        {
            ("Claimant", "*"),
            ("Relationship", "*"),
            ("Age Band", "*"),
            ("Paid to Date", "*"),
            ("Report Period", "*"),
        },
        False,
    ),
    (
        "Diabetes vendor eligibility with claims flags: 1/0 condition columns and last A1c",
        {
            "member_id": "W410092287",
            "first_name": "Walter",
            "last_name": "Haines",
            "dob": "1961-01-27",
            "has_diabetes": "1",
            "has_hypertension": "0",
            "last_a1c": "8.2",
            "glucometer_supply_claim": "Y",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("dob", "DATE"),
            ("has_diabetes", "HEALTH"),
            ("last_a1c", "HEALTH"),
        },
        {("has_hypertension", "*")},
        True,
    ),
    (
        "Diabetes programme welcome-kit shipping file",
        {
            "ship_to_name": "Kathleen Brennan",
            "ship_to_address1": "915 Oakwood Ave",
            "ship_to_city": "Wheaton",
            "ship_to_state": "IL",
            "ship_to_zip": "60187",
            "kit_sku": "DM-KIT-BG01",
            "kit_description": "Blood glucose meter starter kit",
            "carrier": "UPS",
            "tracking_number": "1Z999AA10123456784",
        },
        {
            ("ship_to_name", "NAME"),
            ("ship_to_address1", "LOCATION"),
            ("ship_to_city", "LOCATION"),
            ("ship_to_zip", "ZIP_CODE"),
            ("kit_description", "HEALTH"),
        },
        {("ship_to_state", "*"), ("kit_sku", "*"), ("carrier", "*"), ("tracking_number", "*")},
        True,
    ),
    (
        "Deduction code table (clean): codes, descriptions, per-pay amounts",
        {
            "Deduction Code": "MED-PPO-ES",
            "Description": "Medical PPO Employee+Spouse",
            "Per Pay Amount": "186.54",
            "Pay Frequency": "26",
            "Pre-Tax": "Y",
            "Effective Date": "01/01/2025",
            "GL Account": "2150-400",
        },
        set(),
        {
            ("Deduction Code", "*"),
            ("Description", "*"),
            ("Per Pay Amount", "*"),
            ("Pay Frequency", "*"),
            ("Effective Date", "*"),
            ("GL Account", "*"),
        },
        False,
    ),
    (
        "Dependent verification audit summary (clean)",
        {
            "Audit ID": "DDV-2024-0412",
            "Audit Window Start": "2024-03-01",
            "Audit Window End": "2024-05-31",
            "Dependents Audited": "2605",
            "Verified": "2411",
            "Removed": "138",
            "Pending": "56",
        },
        set(),
        {
            ("Audit ID", "*"),
            ("Audit Window Start", "*"),
            ("Audit Window End", "*"),
            ("Dependents Audited", "*"),
            ("Verified", "*"),
            ("Removed", "*"),
            ("Pending", "*"),
        },
        False,
    ),
    (
        "Programme eligibility rules table (health, no identifier)",
        {
            "rule_id": "DM-03",
            "program": "Diabetes",
            "criteria": "ICD-10 E11.* on 2 claims in 12 months, or metformin fill",
            "lookback_months": "12",
            "active": "true",
        },
        {("program", "HEALTH"), ("criteria", "HEALTH")},
        {("rule_id", "*"), ("lookback_months", "*"), ("active", "*")},
        False,
    ),
    (
        "834 flat file, fixed-name columns (SUB_/DEP_ prefixes): dependent spouse, address",
        {
            "SUB_ID": "W118840372",
            "DEP_SEQ": "01",
            "DEP_FNAME": "Henrik",
            "DEP_LNAME": "Sorensen",
            "DEP_DOB": "19700322",
            "DEP_REL": "01",
            "ADDR_LINE1": "48 Chestnut Ct",
            "ADDR_CITY": "Downers Grove",
            "ADDR_ST": "IL",
            "ADDR_ZIP": "605153318",
            "HOME_PHONE": "6305550147",
            "COV_CD": "HLT",
            "COV_LVL": "ESP",
            "BEN_BEGIN_DT": "20250101",
        },
        {
            ("SUB_ID", "HEALTH_PLAN_ID"),
            ("DEP_FNAME", "NAME"),
            ("DEP_LNAME", "NAME"),
            ("DEP_DOB", "DATE"),
            ("ADDR_LINE1", "LOCATION"),
            ("ADDR_CITY", "LOCATION"),
            ("ADDR_ZIP", "ZIP_CODE"),
            ("HOME_PHONE", "PHONE"),
            ("BEN_BEGIN_DT", "DATE"),
        },
        {
            ("DEP_SEQ", "*"),
            ("DEP_REL", "*"),
            ("ADDR_ST", "*"),
            ("COV_CD", "*"),
            ("COV_LVL", "*"),
        },
        False,
    ),
    (
        "Open-enrollment chatbot / HR ticket: an employee asks about coverage for a surgery",
        {
            "ticket_id": "HR-558120",
            "requester_email": "cbenedetti@acmemfg.com",
            "requester_name": "Carla Benedetti",
            "subject": "Does the PPO cover my knee replacement in March?",
            "category": "Benefits - Medical",
            "created_at": "2024-11-06T14:22:05Z",
        },
        {
            ("requester_email", "EMAIL"),
            ("requester_name", "NAME"),
            ("subject", "HEALTH"),
        },
        {("ticket_id", "*"), ("category", "*")},
        True,
    ),
]

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Weight-management programme eligibility (BMI and prediabetes from claims)": (
        set(),
        set(),
        {("program_code", "*")},
        "a programme code that spells a drug class (``WM-GLP1``: a GLP-1 weight-management "
        "programme) names the care the person was enrolled for, as the project reads health "
        "words inside campaign, segment and SKU codes (tests/test_wellness_telehealth.py: a "
        "SKU spelling its drug); the blind must-not was too wide",
    ),
}


_TOBACCO = (
    "tobacco use is in no shipped term list: the dictionary matches without negation, so "
    "``tobacco user`` as a term would also fire inside ``Non-Tobacco User`` rates and "
    "segments on every benefits row; and a ``Tobacco User`` = ``Yes`` column has no flag "
    "marker (grid_answers reads a term's column only with one). A tobacco flag rule that "
    "knows both would belong in grid_answers with its own negatives"
)

_OPEN: dict[str, tuple[set, str]] = {
    "834 flat file: disabled adult dependent (handicap indicator) on the family plan": (
        {("Disabled Dependent", "HEALTH")},
        "``disability`` is a stop term (detectors/data/stop_terms.txt): short- and long-term "
        "disability insurance fills benefits files, so a disability flag is read as no "
        "health context; the row is then identified, not PHI",
    ),
    "MSK programme eligibility CSV (Hinge-like): flag and claims reason": (
        {("MSK Eligible", "HEALTH")},
        "``MSK`` is no vocabulary term (it is also Memorial Sloan Kettering and Moscow time "
        "in free text); the programme flag reader (grid_answers) needs a whole term before "
        "``Eligible``. The row is PHI all the same, by its claims reason",
    ),
    "Open-enrollment campaign list segmented on tobacco use (cessation programme)": (
        {("oe_segment", "HEALTH")},
        _TOBACCO,
    ),
    "Benefits-admin tobacco attestation and surcharge (Businessolver-like columns)": (
        {("Tobacco User", "HEALTH")},
        _TOBACCO,
    ),
    "Dependent verification (DDV) result: birth certificate, verified": (
        {("Document Number", "LICENSE_NUMBER|OTHER_ID")},
        "a bare ``Document Number`` is an accounting document's number in most exports (an "
        "ERP's invoice or journal); only the sibling ``Document Type`` says it is a birth "
        "certificate's, and a certificate number needs its own word in the field",
    ),
    "834 flat file, fixed-name columns (SUB_/DEP_ prefixes): dependent spouse, address": (
        {("BEN_BEGIN_DT", "DATE"), ("SUB_ID", "HEALTH_PLAN_ID")},
        "``SUB_ID`` is an affiliate's sub-source id in lead-generation and a subscription's "
        "id elsewhere, so ``sub`` is not read as subscriber; a compact ``20250101`` is a "
        "date only in a person-date field (birth, admission...), and a benefit's begin "
        "date is not one by its words (a plan's benefit begins too)",
    ),
    "Eligibility file header record (clean): the employer, its EIN and address, plan year": (
        {("sender_address", "LOCATION")},
        "``sender`` is a person in email, SMS and chat exports (the patient who wrote), so a "
        "``sender_address`` is read as a person's street; only the header's record type "
        "says the sender is the employer",
    ),
}

_DECIDED_ROWS = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_DECIDED_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_DECIDED_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _DECIDED_ROWS if row[0] in _OPEN]


test_eligibility_files_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 43 records): a change that loses recall or precision on eligibility files
#: fails here. Before the work, blind: SHAPES 18 misses / 5 false / 17 wrong of 33,
#: HELD_OUT 3 / 8 / 6 of 10.
FLOORS = ShapeTotals(expected=164, misses=7, false=1, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
