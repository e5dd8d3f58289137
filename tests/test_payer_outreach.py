"""Health plans' (payers') member marketing and outreach data.

A blind probe, written by hand before reading the detectors: what a health plan's
marketing, Stars/quality and member-engagement teams export. Medicare Advantage AEP
(Oct 15 - Dec 7) and OEP (Jan - Mar) enrollment leads and applications from the plan's
enrollment vendor (MBI, contract and PBP ids such as ``H1234-005``, proposed effective
date, election type, the selling agent's NPN and writing number), a C-SNP application with
its qualifying condition, OEP disenrollment/retention files, HEDIS / Stars care-gap outreach
lists (member id, PCP name and NPI, measure names such as "Breast Cancer Screening",
"Comprehensive Diabetes Care - Eye Exam", "Controlling High Blood Pressure", "Statin
Therapy for Patients with Cardiovascular Disease", gap status, last service date) and
supplemental gap-closure feeds, Part D adherence and transitions-of-care lists,
member-engagement SMS / IVR / email logs (Icario-, Eliza-, mPulse-like, Twilio replies,
Marketing Cloud clicks), care- and disease-management referrals, health risk assessment
(HRA) answers (coded keys and question text as the column name), Medicaid redetermination
outreach, member portal and app events, transportation-benefit rides, CAHPS-like sample
and response files, Salesforce Health Cloud for payers (a prior-authorization Case, a claim
Case, a MemberPlan), and the clean rows around them: care-gap counts by measure and county,
a Stars report, a plan benefit catalog, campaign definitions and summaries, broker/agent
rosters and commission lines, a provider directory row.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **A quality measure's name on a member's row is health context, for every measure.**
  Some names imply a diagnosis (``Comprehensive Diabetes Care - Eye Exam``, ``Statin
  Therapy for Patients with Cardiovascular Disease``, ``Controlling High Blood Pressure``,
  ``Medication Adherence for Diabetes Medications``): the member is in the measure's
  denominator only because of that condition. Screening measures (``Breast Cancer
  Screening``, ``Colorectal Cancer Screening``) imply no diagnosis, but they name a
  service the member had or is due for, which is health care "provided to the
  individual" (a PROCEDURE), exactly as the project reads a mammography mail version or a
  flu-shot campaign: HEALTH either way. A measure's short code alone (``BCS-E``,
  ``CDC-EYE``) is the plan's code: neither expected nor forbidden. A measure name on an
  aggregate row (counts by measure and county, a Stars report) is still a health word,
  but that row names no member and is not PHI.
- **Plan ids are not member ids.** A CMS contract number (``H1234``, ``S5678``), a
  contract-PBP(-segment) id (``H1234-005``, ``H1234-005-000``), a PBP or segment number,
  a plan name, a plan type (``HMO C-SNP``), a star rating and a premium are the plan's
  product, never findings. A member id / subscriber id, an MBI and a Medicaid id are
  HEALTH_PLAN_ID. A group number is left unstated (as tests/test_pharma_patient_support.py
  leaves it). A CAHPS sample id (the contract number plus a sequence) is left unstated.
- **A broker's NPN and writing number are the agent's, not the member's.** On a member's
  application they must not be read as the member's HEALTH_PLAN_ID; whether an agent's
  name and NPN are reported at all is left unstated (the project reports clinicians'
  names and NPIs conservatively, tests/test_calls_and_scheduling.py, and an agent is a
  person too). A roster of agents carries no health context and is never PHI. The same
  goes for a PCP's or rendering provider's name and NPI on a care-gap row, and for a
  practice, pharmacy or facility name (which is never a NAME). A care manager assigned to
  a referral is the plan's staff: not a NAME.
- **Dates.** The member's own dates are DATEs: birth date, coverage (proposed) effective
  date and disenrollment effective date (as tests/test_lead_generation.py reads Part A/B
  effective dates), a Medicaid renewal due date, a last service / fill / discharge date,
  a date of service, an appointment or ride time, an HRA completion date. The plan's and
  the campaign's dates are not: a plan's effective date in a benefit catalog, campaign
  start / end / send dates, a Stars release date or measurement period, an "as of" date of
  a report, a commission period, a measurement year. A message's or call attempt's own
  timestamp is left unstated (tests/test_calls_and_scheduling.py), as are an application
  signature date, a programme enrollment date and a referral date.
- **Not health**: Medicare Advantage, Medicaid, dual / LIS flags, an insurance product, an
  election type, a disenrollment reason, Medicaid renewal and AEP campaigns, a specialty
  alone. **Health**: a C-SNP qualifying condition, a Medicaid aid category naming
  pregnancy, HRA condition answers, a prior-authorization subject naming the service, a
  claim's diagnosis and procedure codes, drugs, a care-management referral reason, a
  ride's dialysis destination, a disease-management programme name.
- The plan's own member-services number and SMS short code in a template or log are the
  plan's, not the member's. Vendor message, interaction, job and send ids, case numbers,
  Salesforce ids of the plan's own records (a Case, a payer Account), counts, rates, PDC
  ratios, risk scores and amounts are never findings. A Salesforce Contact's or person
  Account's id on a member's record is that person's OTHER_ID (the project's decision,
  tests/test_record_ids.py). A claim number, a referral id and an Rx number are left
  unstated.
- County on a member's row is LOCATION (Safe Harbor (B)); a plan's service-area county in
  a benefit catalog is not a person's and must not be found; the county of a count report
  is left unstated (its row must only not be PHI). A state alone is never a finding.

After reading the detectors no blind expectation was changed. What the probe built: the
quality-measure names the vocabulary lacked (``Medication Reconciliation``, ``Pain
Assessment``, ``Plan All-Cause Readmissions``, ``Risk of Falling``, ``Polypharmacy``...); a
bare ``Member`` / ``Subscriber`` column holding a name; a hashed member key as HASHED_ID; a
person account's bare ``Name`` beside its birth date in a nested object; a plan catalog
(a contract or PBP id beside a premium, MOOP, deductible, copay or star rating, and no
person's field) whose county and effective date are the plan's; a campaign's ``send``
date, a report's measurement period and ``as of`` date as no person's; a client id of
letters alone as an account's code; a toll-free line printed with its ``TTY 711`` as the
organisation's. Four records stay open (:data:`LEFT_ALONE`): two by decisions made
elsewhere (``completed_date``, ``contactId``), a MemberPlan's glued name, and a count
report whose county makes it read as PHI.

Blind, before any detector reading: SHAPES (31 records) 6 misses / 6 false / 10 wrong,
HELD_OUT (10) 0 / 2 / 2. After the work: SHAPES 2 / 0 / 2 (both in LEFT_ALONE); HELD_OUT,
scored once after the SHAPES work: 0 / 2 / 2, then 0 / 1 / 2 after one more general fix (a
report's ``as of`` date), both records in LEFT_ALONE.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests
from helpers import sha256_hex as _sha


def _sfid(id15: str) -> str:
    """A Salesforce 15-character id with its 3-character case-safe suffix."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
    suffix = ""
    for i in range(3):
        chunk = id15[i * 5 : (i + 1) * 5]
        suffix += alphabet[sum(1 << j for j, c in enumerate(chunk) if c.isupper())]
    return id15 + suffix


# Valid NPIs (Luhn over 80840 + the first nine digits): providers' registry numbers.
NPI_WHITFORD = "1234567893"
NPI_RAMAN = "1487620936"
NPI_PCP3 = "1619573045"
NPI_RAD = "1928374655"

_HRA_Q = "Has a doctor ever told you that you have any of the following? (check all)"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "AEP enrollment file from the enrollment vendor (CSV): MA application, no health",
        {
            "First Name": "Gloria",
            "Last Name": "Petrovic",
            "DOB": "03/22/1959",
            "MBI": "3WX7FN4GH82",
            "Phone": "(216) 555-0184",
            "Address": "1877 Warren Rd",
            "City": "Lakewood",
            "County": "Cuyahoga",
            "State": "OH",
            "ZIP": "44107",
            "Contract ID": "H1234",
            "PBP": "005",
            "Plan Name": "Acme Advantage Plus (HMO)",
            "Election Type": "AEP",
            "Proposed Effective Date": "01/01/2025",
            "Part A Effective Date": "03/01/2024",
            "Application Date": "11/02/2024",
            "Agent NPN": "18273645",
            "Writing Number": "WN40021",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
            ("MBI", "HEALTH_PLAN_ID"),
            ("Phone", "PHONE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("County", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("Proposed Effective Date", "DATE"),
            ("Part A Effective Date", "DATE"),
        },
        {
            ("State", "*"),
            ("Contract ID", "*"),
            ("PBP", "*"),
            ("Plan Name", "*"),
            ("Election Type", "*"),
            ("Agent NPN", "HEALTH_PLAN_ID"),
            ("Writing Number", "HEALTH_PLAN_ID"),
        },
        False,
    ),
    (
        "C-SNP application (nested JSON): the qualifying condition is health context",
        {
            "applicationId": "APP-2025-0088123",
            "applicant": {
                "firstName": "Harold",
                "lastName": "Nwosu",
                "birthDate": "1951-08-09",
                "mbi": "7PC2RK9MT15",
                "phone": "330-555-0117",
            },
            "plan": {
                "contractPbp": "H5521-012",
                "name": "Acme Heart & Diabetes Care (HMO C-SNP)",
                "snpType": "C-SNP",
            },
            "snpVerification": {
                "qualifyingCondition": "Diabetes mellitus",
                "verifiedBy": "Pre-enrollment assessment",
                "providerNpi": NPI_RAMAN,
            },
            "electionType": "SEP-CSNP",
            "effectiveDate": "2025-02-01",
        },
        {
            ("applicant.firstName", "NAME"),
            ("applicant.lastName", "NAME"),
            ("applicant.birthDate", "DATE"),
            ("applicant.mbi", "HEALTH_PLAN_ID"),
            ("applicant.phone", "PHONE"),
            ("snpVerification.qualifyingCondition", "HEALTH"),
            ("effectiveDate", "DATE"),
        },
        {
            ("plan.contractPbp", "*"),
            ("plan.snpType", "*"),
            ("electionType", "*"),
            ("snpVerification.verifiedBy", "*"),
        },
        True,
    ),
    (
        "Plan benefit catalog row (clean): the plan's effective date and service-area county",
        {
            "contract_id": "H1234",
            "pbp_id": "005",
            "segment_id": "000",
            "plan_name": "Acme Advantage Plus (HMO)",
            "plan_type": "HMO-POS",
            "county": "Cuyahoga",
            "state": "OH",
            "fips": "39035",
            "monthly_premium": "0.00",
            "moop_in_network": "3900",
            "part_d_deductible": "250",
            "star_rating": "4.5",
            "effective_date": "2025-01-01",
        },
        set(),
        {
            ("contract_id", "*"),
            ("pbp_id", "*"),
            ("segment_id", "*"),
            ("plan_name", "*"),
            ("plan_type", "*"),
            ("county", "*"),
            ("state", "*"),
            ("fips", "*"),
            ("monthly_premium", "*"),
            ("moop_in_network", "*"),
            ("star_rating", "*"),
            ("effective_date", "*"),
        },
        False,
    ),
    (
        "HEDIS care-gap outreach list (CSV): Breast Cancer Screening, a screening measure",
        {
            "Member ID": "M000482913",
            "Member Name": "GARCIA, ROSA M",
            "DOB": "04/12/1958",
            "Phone": "(216) 555-0162",
            "PCP Name": "Alan Whitford, MD",
            "PCP NPI": NPI_WHITFORD,
            "Measure": "Breast Cancer Screening",
            "Measure Code": "BCS-E",
            "Gap Status": "Open",
            "Last Service Date": "09/14/2021",
            "Product": "Medicare HMO",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("DOB", "DATE"),
            ("Phone", "PHONE"),
            ("Measure", "HEALTH"),
            ("Last Service Date", "DATE"),
        },
        {("Gap Status", "*"), ("Product", "*")},
        True,
    ),
    (
        "Care-gap API record (JSON): Comprehensive Diabetes Care - Eye Exam",
        {
            "memberId": "XHU723118402",
            "firstName": "Walter",
            "lastName": "Ignatowski",
            "birthDate": "1949-07-30",
            "measure": {
                "id": "CDC-EYE",
                "name": "Comprehensive Diabetes Care - Eye Exam",
                "domain": "Effectiveness of Care",
            },
            "gapStatus": "OPEN",
            "lastServiceDate": None,
            "attributedProvider": {"npi": NPI_PCP3, "name": "Northside Family Medicine"},
            "measurementYear": 2025,
        },
        {
            ("memberId", "HEALTH_PLAN_ID"),
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("birthDate", "DATE"),
            ("measure.name", "HEALTH"),
        },
        {
            ("measure.domain", "*"),
            ("gapStatus", "*"),
            ("measurementYear", "*"),
            ("attributedProvider.name", "NAME"),
        },
        True,
    ),
    (
        "Care-gap list: Controlling High Blood Pressure with the last reading",
        {
            "Subscriber ID": "ACM884120937",
            "Member First": "Doreen",
            "Member Last": "Castellanos",
            "Member DOB": "1954-11-02",
            "Measure Name": "Controlling High Blood Pressure (CBP)",
            "Last BP": "152/94",
            "Last BP Date": "2025-03-02",
            "PCP": "Priya Raman, MD",
            "PCP NPI": NPI_RAMAN,
            "LOB": "MAPD",
        },
        {
            ("Subscriber ID", "HEALTH_PLAN_ID"),
            ("Member First", "NAME"),
            ("Member Last", "NAME"),
            ("Member DOB", "DATE"),
            ("Measure Name", "HEALTH"),
            ("Last BP Date", "DATE"),
        },
        {("LOB", "*")},
        True,
    ),
    (
        "Stars pharmacy list: Statin Therapy for Patients with Cardiovascular Disease",
        {
            "MBI": "2HJ6VQ3WE07",
            "Member Name": "Eugene Fairbanks",
            "Phone": "440-555-0139",
            "Measure": "Statin Therapy for Patients with Cardiovascular Disease",
            "Last Fill Date": "2025-01-17",
            "Drug": "atorvastatin 40 mg",
            "PDC": "0.71",
            "Pharmacy": "Discount Drug Mart #41",
        },
        {
            ("MBI", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("Phone", "PHONE"),
            ("Measure", "HEALTH"),
            ("Last Fill Date", "DATE"),
            ("Drug", "MEDICATION"),
        },
        {("PDC", "*"), ("Pharmacy", "NAME")},
        True,
    ),
    (
        "Care-gap counts by measure and county (clean): an aggregate names no member",
        {
            "measure": "Comprehensive Diabetes Care - Eye Exam",
            "county": "Cuyahoga",
            "state": "OH",
            "eligible_members": "4812",
            "open_gaps": "1934",
            "closed_gaps": "2878",
            "closure_rate": "0.598",
            "as_of_date": "2025-06-30",
        },
        set(),
        {
            ("state", "*"),
            ("eligible_members", "*"),
            ("open_gaps", "*"),
            ("closed_gaps", "*"),
            ("closure_rate", "*"),
            ("as_of_date", "*"),
        },
        False,
    ),
    (
        "Star-rating report row (clean): contract, measure, star and cut point",
        {
            "Contract": "H1234",
            "Contract Name": "ACME HEALTH PLAN OF OHIO, INC.",
            "Measure": "C09: Breast Cancer Screening",
            "Star": "4",
            "Rate": "74%",
            "4 Star Cut Point": ">= 72%",
            "Measurement Period": "01/01/2024 - 12/31/2024",
            "Release Date": "10/10/2025",
        },
        set(),
        {
            ("Contract", "*"),
            ("Contract Name", "*"),
            ("Star", "*"),
            ("Rate", "*"),
            ("4 Star Cut Point", "*"),
            ("Measurement Period", "*"),
            ("Release Date", "*"),
        },
        False,
    ),
    (
        "Icario-like IVR interaction log (JSON): colorectal screening FIT-kit programme",
        {
            "interactionId": "c2a7e1f0-5b3d-4e8a-9f61-0d2b7c4e8a13",
            "clientId": "ACMEHP",
            "programName": "2025 Colorectal Cancer Screening - FIT Kit",
            "channel": "IVR",
            "memberId": "M000733291",
            "phoneNumber": "+12165550148",
            "outcome": "LIVE_ANSWER_COMPLETE",
            "responses": [
                {"question": "Would you like a free FIT kit mailed to your home?", "answer": "1"}
            ],
            "attemptedAt": "2025-04-11T14:02:33Z",
        },
        {
            ("memberId", "HEALTH_PLAN_ID"),
            ("phoneNumber", "PHONE"),
            ("programName", "HEALTH"),
        },
        {
            ("interactionId", "*"),
            ("clientId", "*"),
            ("channel", "*"),
            ("outcome", "*"),
            ("responses[0].answer", "*"),
        },
        True,
    ),
    (
        "mPulse-like SMS message log (CSV): A1c reminder with the plan's number in the body",
        {
            "Message ID": "MP-88412093",
            "Mobile Number": "(330) 555-0199",
            "Member ID": "M000519022",
            "Campaign": "Diabetes A1c Reminder Q2",
            "Message Body": (
                "Hi Maria, it's time for your A1c test. Your doctor can order it at your "
                "next visit. Questions? Call Acme Health at 1-800-555-0142 (TTY 711). "
                "Reply STOP to opt out."
            ),
            "Short Code": "46122",
            "Status": "delivered",
            "Sent At": "2025-05-06 10:15:00",
        },
        {
            ("Mobile Number", "PHONE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Campaign", "HEALTH"),
            ("Message Body", "HEALTH"),
            ("Message Body", "NAME"),
        },
        {
            ("Message ID", "*"),
            ("Short Code", "*"),
            ("Status", "*"),
            ("Message Body", "PHONE"),
        },
        True,
    ),
    (
        "Eliza-like email event: Medicaid renewal reminder opened (identified, not health)",
        {
            "event": "open",
            "email": "dthompson58@gmail.com",
            "subscriber_key": "MBR0093312",
            "campaign": "Medicaid Renewal Reminder - Wave 2",
            "template_id": "tpl_4471",
            "timestamp": "2025-06-02T13:44:10Z",
        },
        {("email", "EMAIL"), ("subscriber_key", "HEALTH_PLAN_ID|OTHER_ID")},
        {("campaign", "*"), ("template_id", "*"), ("event", "*")},
        False,
    ),
    (
        "Medicaid redetermination outreach list (CSV): renewal due, MAGI adult",
        {
            "Medicaid ID": "104938271650",
            "Recipient Name": "WILLIAMS, DESHAWN",
            "Renewal Due Date": "08/31/2025",
            "Phone": "216-555-0173",
            "Address": "4410 E 131st St, Cleveland, OH 44105",
            "Aid Category": "MAGI Adult",
            "Outreach Attempt": "2",
            "Outcome": "Left voicemail",
            "Language": "English",
        },
        {
            ("Medicaid ID", "HEALTH_PLAN_ID"),
            ("Recipient Name", "NAME"),
            ("Renewal Due Date", "DATE"),
            ("Phone", "PHONE"),
            ("Address", "LOCATION"),
        },
        {
            ("Aid Category", "*"),
            ("Outreach Attempt", "*"),
            ("Outcome", "*"),
            ("Language", "*"),
        },
        False,
    ),
    (
        "Medicaid redetermination outreach: a pregnancy aid category is health context",
        {
            "Medicaid ID": "104938990017",
            "Recipient Name": "LOPEZ, ANA",
            "Renewal Due Date": "09/30/2025",
            "Phone": "216-555-0190",
            "Aid Category": "MAGI - Pregnant Women",
            "Outcome": "Renewal packet mailed",
        },
        {
            ("Medicaid ID", "HEALTH_PLAN_ID"),
            ("Recipient Name", "NAME"),
            ("Renewal Due Date", "DATE"),
            ("Phone", "PHONE"),
            ("Aid Category", "HEALTH"),
        },
        {("Outcome", "*")},
        True,
    ),
    (
        "Care-management referral (JSON, Jiva-like): ED utiliser with CHF, nurse assigned",
        {
            "referralId": "CMR-2025-004412",
            "member": {
                "memberNumber": "ACM771204388",
                "name": {"first": "Bernard", "last": "Okafor"},
                "dob": "1947-02-18",
            },
            "program": "Complex Case Management",
            "referralReason": "3 ED visits in 90 days; CHF exacerbation",
            "riskScore": 2.87,
            "referralSource": "Predictive model",
            "assignedTo": {"name": "Karen Ott, RN", "role": "Care Manager"},
            "referralDate": "2025-05-19",
        },
        {
            ("member.memberNumber", "HEALTH_PLAN_ID"),
            ("member.name.first", "NAME"),
            ("member.name.last", "NAME"),
            ("member.dob", "DATE"),
            ("referralReason", "HEALTH"),
        },
        {
            ("riskScore", "*"),
            ("referralSource", "*"),
            ("assignedTo.name", "NAME"),
            ("assignedTo.role", "*"),
        },
        True,
    ),
    (
        "Disease-management enrollment export (CSV): diabetes programme",
        {
            "Member #": "M000611874",
            "First": "Lucille",
            "Last": "Brandt",
            "Preferred Phone": "614-555-0155",
            "Program": "Diabetes Management",
            "Enrollment Status": "Enrolled",
            "Enroll Date": "2025-03-10",
            "Acuity": "Moderate",
        },
        {
            ("Member #", "HEALTH_PLAN_ID"),
            ("First", "NAME"),
            ("Last", "NAME"),
            ("Preferred Phone", "PHONE"),
            ("Program", "HEALTH"),
        },
        {("Enrollment Status", "*"), ("Acuity", "*")},
        True,
    ),
    (
        "HRA answers (JSON with coded question keys): conditions, falls, oxygen",
        {
            "hra_id": "HRA-7781203",
            "mbi": "9AD4KJ1YR66",
            "completed_date": "2025-02-14",
            "mode": "telephonic",
            "q_general_health": "Fair",
            "q_chronic_conditions": ["Diabetes", "COPD"],
            "q_falls_past_year": "2",
            "q_uses_oxygen": "Yes",
            "q_medication_count": "9",
            "q_lives_alone": "Yes",
        },
        {
            ("mbi", "HEALTH_PLAN_ID"),
            ("completed_date", "DATE"),
            ("q_chronic_conditions[0]", "HEALTH"),
            ("q_chronic_conditions[1]", "HEALTH"),
        },
        {
            ("mode", "*"),
            ("q_falls_past_year", "*"),
            ("q_medication_count", "*"),
            ("q_lives_alone", "*"),
        },
        True,
    ),
    (
        "HRA export with the question text as the column name (CSV)",
        {
            "Member ID": "M000902217",
            "HRA Completion Date": "02/20/2025",
            "In the past 12 months, have you fallen?": "Yes",
            _HRA_Q: ("High blood pressure; Depression"),
            "How many prescription medicines do you take?": "5-8",
        },
        {
            ("Member ID", "HEALTH_PLAN_ID"),
            ("HRA Completion Date", "DATE"),
            (
                _HRA_Q,
                "HEALTH",
            ),
        },
        {("How many prescription medicines do you take?", "*")},
        True,
    ),
    (
        "Member portal event (GA4-like): provider search for a knee replacement surgeon",
        {
            "event_name": "provider_search",
            "user_id": "6f1d8a52-3c47-4e0b-b1a9-2d7e94c0f318",
            "member_id_hash": _sha("M000482913"),
            "search_params": {
                "keyword": "knee replacement surgeon",
                "zip": "44113",
                "radius": "10",
                "network": "HMO Premier",
            },
            "event_timestamp": "1718123456789012",
        },
        {
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("member_id_hash", "HASHED_ID"),
            ("search_params.keyword", "HEALTH"),
            ("search_params.zip", "ZIP_CODE"),
        },
        {
            ("search_params.radius", "*"),
            ("search_params.network", "*"),
            ("event_timestamp", "*"),
        },
        True,
    ),
    (
        "Member app event (Mixpanel-like): Rx refill request with the member id as distinct_id",
        {
            "event": "rx_refill_requested",
            "properties": {
                "distinct_id": "M000482913",
                "drug_name": "Eliquis 5 mg",
                "pharmacy": "CVS Pharmacy #4721",
                "rx_number": "6034127",
                "app_version": "5.12.0",
                "time": 1718123456,
            },
        },
        {
            ("properties.distinct_id", "HEALTH_PLAN_ID|ONLINE_ID|OTHER_ID"),
            ("properties.drug_name", "MEDICATION"),
        },
        {
            ("properties.pharmacy", "NAME"),
            ("properties.app_version", "*"),
            ("properties.time", "*"),
        },
        True,
    ),
    (
        "Member portal login event (identified, no health)",
        {
            "event": "login_success",
            "username": "rosa.garcia58",
            "ip": "73.42.118.9",
            "mfa_method": "sms",
            "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)",
            "ts": "2025-06-10T22:01:44Z",
        },
        {("ip", "IP_ADDRESS"), ("username", "ONLINE_ID|OTHER_ID|NAME|EMAIL")},
        {("mfa_method", "*"), ("user_agent", "*")},
        False,
    ),
    (
        "CAHPS-like survey sample file row (CMS layout): identified, not health",
        {
            "CONTRACT_NUMBER": "H1234",
            "SAMPLE_ID": "H1234-000457",
            "BENE_FIRST_NAME": "MARGARET",
            "BENE_LAST_NAME": "SZABO",
            "ADDRESS_1": "77 BEACHWOOD DR",
            "CITY": "EUCLID",
            "STATE": "OH",
            "ZIP": "44123",
            "PHONE": "2165550111",
            "DOB": "19470322",
            "GENDER": "F",
            "LANGUAGE_PREF": "SPA",
            "DUAL_FLAG": "Y",
            "LIS_FLAG": "Y",
        },
        {
            ("BENE_FIRST_NAME", "NAME"),
            ("BENE_LAST_NAME", "NAME"),
            ("ADDRESS_1", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("PHONE", "PHONE"),
            ("DOB", "DATE"),
        },
        {
            ("CONTRACT_NUMBER", "*"),
            ("STATE", "*"),
            ("GENDER", "*"),
            ("LANGUAGE_PREF", "*"),
            ("DUAL_FLAG", "*"),
            ("LIS_FLAG", "*"),
        },
        False,
    ),
    (
        "CAHPS-like de-identified response with a comment: health, no identifier",
        {
            "contract": "H1234",
            "mode": "Mail",
            "q_getting_needed_care": "Usually",
            "q_rating_health_plan": "8",
            "comment": (
                "My cardiologist referral for my AFib took 3 weeks to get approved by the plan."
            ),
        },
        {("comment", "HEALTH")},
        {("contract", "*"), ("mode", "*"), ("q_rating_health_plan", "*")},
        False,
    ),
    (
        "Health Cloud for payers Case (REST JSON): prior authorization for an MRI",
        {
            "attributes": {"type": "Case"},
            "Id": _sfid("5004x00000Kq3YB"),
            "CaseNumber": "00084217",
            "Subject": "Prior authorization status - MRI lumbar spine",
            "Description": (
                "Member called asking about PA for MRI of lower back ordered by her "
                "orthopedist; told pending clinical review, standard TAT 14 days."
            ),
            "ContactId": _sfid("0034x00002Rb7TQ"),
            "Contact": {"attributes": {"type": "Contact"}, "Name": "Linda Okonkwo"},
            "Origin": "Phone",
            "Status": "Escalated",
            "Type": "Prior Authorization",
            "Member_ID__c": "ACM884120938",
            "CreatedDate": "2025-04-02T15:11:09.000+0000",
        },
        {
            ("Subject", "HEALTH"),
            ("Description", "HEALTH"),
            ("ContactId", "OTHER_ID"),
            ("Contact.Name", "NAME"),
            ("Member_ID__c", "HEALTH_PLAN_ID"),
        },
        {
            ("Id", "*"),
            ("CaseNumber", "*"),
            ("Origin", "*"),
            ("Status", "*"),
            ("Type", "*"),
            ("CreatedDate", "*"),
        },
        True,
    ),
    (
        "Health Cloud MemberPlan record: member number and coverage dates, payer Account",
        {
            "attributes": {"type": "MemberPlan"},
            "Id": _sfid("0Xd4x0000001aBc"),
            "Name": "Acme Advantage Plus (HMO) - Linda Okonkwo",
            "MemberId": _sfid("0014x00003Ju9PZ"),
            "PayerId": _sfid("0014x000001HpQA"),
            "MemberNumber": "ACM884120938",
            "GroupNumber": "MA0001",
            "EffectiveFrom": "2024-01-01",
            "EffectiveTo": "2024-12-31",
            "Status": "Active",
            "PrimarySecondaryTertiary": "Primary",
        },
        {
            ("Name", "NAME"),
            ("MemberId", "OTHER_ID"),
            ("MemberNumber", "HEALTH_PLAN_ID"),
            ("EffectiveFrom", "DATE"),
            ("EffectiveTo", "DATE"),
        },
        {
            ("Id", "*"),
            ("PayerId", "*"),
            ("Status", "*"),
            ("PrimarySecondaryTertiary", "*"),
        },
        False,
    ),
    (
        "Health Cloud claim Case (custom fields): denial with diagnosis and CPT",
        {
            "Subject": "Claim denied - precert absent",
            "Claim_Number__c": "2025041100012345",
            "Date_of_Service__c": "2025-03-28",
            "Billed_Amount__c": 1840.0,
            "Diagnosis_Code__c": "M54.50",
            "Procedure_Code__c": "72148",
            "Provider_Name__c": "Lakeshore Imaging Center",
            "Account": {"Name": "Terrence Boyd", "PersonBirthdate": "1961-10-05"},
        },
        {
            ("Date_of_Service__c", "DATE"),
            ("Diagnosis_Code__c", "HEALTH"),
            ("Procedure_Code__c", "HEALTH"),
            ("Account.Name", "NAME"),
            ("Account.PersonBirthdate", "DATE"),
        },
        {("Billed_Amount__c", "*"), ("Provider_Name__c", "NAME"), ("Subject", "*")},
        True,
    ),
    (
        "Broker/agent roster (CSV, clean of health): NPN, writing number, licence",
        {
            "Agent Name": "Michael Brandt",
            "NPN": "17823456",
            "Writing Number": "AGT0048812",
            "Agency": "Senior Benefit Advisors LLC",
            "Resident State": "OH",
            "License Number": "1198273",
            "AHIP Cert Year": "2025",
            "Appointment Status": "Active",
            "Contracts Appointed": "H1234; H5521",
        },
        set(),
        {
            ("NPN", "HEALTH_PLAN_ID"),
            ("Writing Number", "HEALTH_PLAN_ID"),
            ("Agency", "NAME"),
            ("Resident State", "*"),
            ("AHIP Cert Year", "*"),
            ("Appointment Status", "*"),
            ("Contracts Appointed", "*"),
        },
        False,
    ),
    (
        "Agent commission statement line (clean): writing number, plan, period, amount",
        {
            "Writing Number": "AGT0048812",
            "NPN": "17823456",
            "Plan": "H1234-005",
            "Member Count": "41",
            "Commission Period": "2025-03",
            "Commission Type": "Renewal",
            "Amount": "1312.00",
        },
        set(),
        {
            ("Writing Number", "HEALTH_PLAN_ID"),
            ("NPN", "HEALTH_PLAN_ID"),
            ("Plan", "*"),
            ("Member Count", "*"),
            ("Commission Period", "*"),
            ("Commission Type", "*"),
            ("Amount", "*"),
        },
        False,
    ),
    (
        "AEP campaign definition (clean): the campaign's dates and target contracts",
        {
            "campaign_id": "AEP25-DM-EMAIL-03",
            "name": "AEP 2025 Switcher Email #3",
            "channel": "email",
            "start_date": "2024-10-15",
            "end_date": "2024-12-07",
            "audience": "Non-member MA eligibles T65 + switchers",
            "target_contracts": ["H1234-005", "H1234-012"],
            "budget": "85000",
        },
        set(),
        {
            ("campaign_id", "*"),
            ("name", "*"),
            ("start_date", "*"),
            ("end_date", "*"),
            ("audience", "*"),
            ("target_contracts[0]", "*"),
            ("target_contracts[1]", "*"),
            ("budget", "*"),
        },
        False,
    ),
    (
        "AEP web lead (plan's 'Find a plan' form): drugs to cover and a doctor to keep",
        {
            "first_name": "Raymond",
            "last_name": "Kurtz",
            "email": "ray.kurtz1959@yahoo.com",
            "phone": "4405550126",
            "zip": "44145",
            "birth_year": "1959",
            "current_coverage": "Original Medicare",
            "interested_plan": "H1234-012",
            "campaign_code": "AEP25-DM-EMAIL-03",
            "doctor_to_keep": "Dr. Sarah Lindqvist",
            "prescriptions": "Jardiance, lisinopril",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("prescriptions", "MEDICATION"),
        },
        {
            ("birth_year", "*"),
            ("current_coverage", "*"),
            ("interested_plan", "*"),
            ("campaign_code", "*"),
        },
        True,
    ),
    (
        "OEP disenrollment and retention file: moved out of the service area",
        {
            "MBI": "4CN8DU7XP23",
            "Member Name": "Florence Adeyemi",
            "Disenroll Reason Code": "13",
            "Disenroll Reason": "Moved out of service area",
            "Disenrollment Effective Date": "2025-03-01",
            "New Contract": "H5216-004",
            "Retention Call Date": "2025-02-12",
            "Retention Outcome": "Not retained",
            "Rep ID": "RTN044",
        },
        {
            ("MBI", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("Disenrollment Effective Date", "DATE"),
        },
        {
            ("Disenroll Reason Code", "*"),
            ("Disenroll Reason", "*"),
            ("New Contract", "*"),
            ("Retention Outcome", "*"),
            ("Rep ID", "*"),
        },
        False,
    ),
    (
        "New-member welcome call log (Eliza-like JSON): effective date, HRA offered",
        {
            "contactId": "e7a1c9d2-44f0-4b6e-8a21-9c3d5e7f1b20",
            "programId": "NEWMBR-ONB-2025",
            "member": {"id": "M000919273", "phone": "+14405550181", "language": "es"},
            "effectiveDate": "2025-01-01",
            "dispositions": ["HRA_OFFERED", "HRA_DECLINED", "PCP_CONFIRMED"],
            "attempt": 1,
        },
        {
            ("member.id", "HEALTH_PLAN_ID"),
            ("member.phone", "PHONE"),
            ("effectiveDate", "DATE"),
        },
        {
            ("contactId", "*"),
            ("programId", "*"),
            ("member.language", "*"),
            ("dispositions[0]", "*"),
            ("dispositions[1]", "*"),
            ("dispositions[2]", "*"),
            ("attempt", "*"),
        },
        False,
    ),
    (
        "Part D adherence outreach list: Medication Adherence for Diabetes Medications",
        {
            "MBI": "5TR3HK8WN94",
            "Member Name": "Clarence Whitaker",
            "Phone": "330-555-0144",
            "Measure": "Medication Adherence for Diabetes Medications (D10)",
            "PDC": "0.74",
            "Days Late": "12",
            "Last Fill": "2025-05-03",
            "Drug": "metformin ER 500 mg",
            "Pharmacy": "Walgreens #10231",
        },
        {
            ("MBI", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("Phone", "PHONE"),
            ("Measure", "HEALTH"),
            ("Last Fill", "DATE"),
            ("Drug", "MEDICATION"),
        },
        {("PDC", "*"), ("Days Late", "*"), ("Pharmacy", "NAME")},
        True,
    ),
    (
        "Supplemental gap-closure feed from a provider EMR: mammography CPT, measure code",
        {
            "member_id": "M000482913",
            "dos": "2025-02-20",
            "cpt": "77067",
            "measure": "BCS-E",
            "rendering_npi": NPI_RAD,
            "source": "Supplemental - EMR feed",
            "batch_id": "SUPP-20250301-07",
        },
        {("member_id", "HEALTH_PLAN_ID"), ("dos", "DATE"), ("cpt", "HEALTH")},
        {("source", "*"), ("batch_id", "*")},
        True,
    ),
    (
        "Flu-shot SMS campaign summary (clean): counts, send date, short code",
        {
            "campaign": "2025 Flu Shot Reminder SMS",
            "sent": 48210,
            "delivered": 46902,
            "opt_outs": 311,
            "clicks": 5210,
            "send_date": "2024-10-01",
            "short_code": "46122",
        },
        set(),
        {
            ("sent", "*"),
            ("delivered", "*"),
            ("opt_outs", "*"),
            ("clicks", "*"),
            ("send_date", "*"),
            ("short_code", "*"),
        },
        False,
    ),
    (
        "Inbound SMS reply to the flu-shot campaign (Twilio webhook): member writes back",
        {
            "MessageSid": "SM4d1f0a9b8c7e6d5f4a3b2c1d0e9f8a7b",
            "From": "+14405550123",
            "To": "46122",
            "Body": "Already got my flu shot at Walgreens. Also I have shingles rn so cant go",
            "NumSegments": "1",
        },
        {("From", "PHONE"), ("Body", "HEALTH")},
        {("MessageSid", "*"), ("To", "*"), ("NumSegments", "*")},
        True,
    ),
    (
        "Transportation benefit ride request (NEMT broker): dialysis destination",
        {
            "trip_id": "TRP-0098812",
            "member_id": "M000377120",
            "member_name": "Otis Freeman",
            "pickup_address": "2210 Lorain Ave, Cleveland, OH 44113",
            "destination": "Westside Dialysis Center",
            "appointment_time": "2025-06-03T07:30:00",
            "mobility": "Wheelchair",
            "trips_used_ytd": "14",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("member_name", "NAME"),
            ("pickup_address", "LOCATION"),
            ("destination", "HEALTH"),
            ("appointment_time", "DATE"),
        },
        {("trip_id", "*"), ("destination", "NAME"), ("trips_used_ytd", "*")},
        True,
    ),
    (
        "Transitions-of-care outreach list: discharge, admit diagnosis, TRC component",
        {
            "Member": "HOLLOWAY, JAMES",
            "Member ID": "M000288104",
            "Discharge Date": "2025-04-28",
            "Facility": "St. Vincent Charity Medical Center",
            "Admit Dx": "I50.9",
            "TRC Component": "Medication Reconciliation Post-Discharge",
            "Outreach Due By": "2025-05-28",
        },
        {
            ("Member", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Discharge Date", "DATE"),
            ("Admit Dx", "HEALTH"),
            ("TRC Component", "HEALTH"),
        },
        {("Facility", "NAME")},
        True,
    ),
    (
        "Marketing Cloud click event for an AEP email (identified, no health)",
        {
            "SubscriberKey": _sfid("0034x00002Vd1MK"),
            "EmailAddress": "f.adeyemi@outlook.com",
            "JobID": "348812",
            "SendID": "348812",
            "URL": "https://www.acmehealth.com/medicare/plans?utm_campaign=aep25_email3",
            "EventDate": "10/28/2024 9:14:02 AM",
        },
        {("EmailAddress", "EMAIL"), ("SubscriberKey", "OTHER_ID|ONLINE_ID")},
        {("JobID", "*"), ("SendID", "*"), ("URL", "*")},
        False,
    ),
    (
        "Provider directory row (clean of members): a PCP's office, network and panel status",
        {
            "npi": NPI_WHITFORD,
            "provider_name": "Alan Whitford, MD",
            "specialty": "Family Medicine",
            "accepting_new_patients": "Y",
            "network": "HMO Premier",
            "office_phone": "216-555-0100",
            "languages": "English; Spanish",
        },
        set(),
        {
            ("accepting_new_patients", "*"),
            ("network", "*"),
            ("languages", "*"),
            ("specialty", "*"),
        },
        False,
    ),
    (
        "Care-gap IVR result (pipe file read as CSV): colorectal screening scheduled",
        {
            "MEMBER_ID": "M000733291",
            "MEASURE_NAME": "Colorectal Cancer Screening",
            "OUTREACH_TYPE": "IVR",
            "ATTEMPT_DT": "20250411",
            "RESULT": "Scheduled",
            "APPT_DT": "20250502",
            "PROVIDER_NPI": NPI_PCP3,
            "VENDOR": "ICARIO",
        },
        {
            ("MEMBER_ID", "HEALTH_PLAN_ID"),
            ("MEASURE_NAME", "HEALTH"),
            ("APPT_DT", "DATE"),
        },
        {("OUTREACH_TYPE", "*"), ("RESULT", "*"), ("VENDOR", "*")},
        True,
    ),
]

_OPEN: dict[str, tuple[set, str]] = {
    "HRA answers (JSON with coded question keys): conditions, falls, oxygen": (
        {("completed_date", "DATE")},
        "``completed`` is a machine word by a decision made elsewhere (Raiser's Edge's "
        "action ``completed_date``, detectors/field_names.py SYSTEM_TOKENS); only the "
        "sibling ``hra_id`` says this one is an assessment's, and the row is PHI anyway. "
        "``HRA Completion Date`` (the CSV record) is found",
    ),
    "Health Cloud MemberPlan record: member number and coverage dates, payer Account": (
        {("Name", "NAME")},
        "the record's ``Name`` glues the plan's name to the member's (``Acme Advantage Plus "
        "(HMO) - Linda Okonkwo``), which is no name shape; splitting it needs NER or a "
        "MemberPlan rule, and orgs often name the record by the plan alone",
    ),
    "Care-gap counts by measure and county (clean): an aggregate names no member": (
        set(),
        "a ``county`` column is a LOCATION by its name, so with the measure name the "
        "aggregate row reads as PHI; telling a count report's row from a member's needs a "
        "report rule over count columns (``eligible_members``, ``open_gaps``, "
        "``closure_rate``), as direct mail's ZIP count rows keep their ZIP_CODE",
    ),
    "New-member welcome call log (Eliza-like JSON): effective date, HRA offered": (
        {("contactId", "OTHER_ID")},
        "``contactId`` is a person's CRM record id by the project's decision (HubSpot's, "
        "Salesforce's ``ContactId``: tests/test_record_ids.py), and a contact-centre "
        "attempt's id here (Amazon Connect's ``ContactId`` too); the key cannot tell them "
        "apart, and reading it as the person's is the safe side",
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_payer_outreach_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records): a change that loses recall or precision on payer outreach data
#: fails here. Before the work, blind: SHAPES 6 misses / 6 false / 10 wrong of 31,
#: HELD_OUT 0 / 2 / 2 of 10.
FLOORS = ShapeTotals(expected=147, misses=2, false=1, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
