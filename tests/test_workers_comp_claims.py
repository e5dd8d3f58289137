"""Workers' compensation claims, third-party administrators and the files around them.

A blind probe, written by hand before reading the detectors: what a workers'
compensation carrier, a self-insured employer's third-party administrator (TPA) and the
vendors around a claim (bill review, IME scheduling, nurse case management, pharmacy
benefit managers, return-to-work programmes) export. First reports of injury in IAIABC
EDI shapes (claim administrator and jurisdiction claim numbers, the employee's SSN, date
of injury, nature, part-of-body and cause codes, the injury narrative) as a TPA's flat
export and as an employer portal's webhook, Guidewire ClaimCenter- and RiskMaster-like
claim rows, adjuster notes and recorded statements, medical bill review lines (CPT,
ICD-10, fee schedule amounts, the provider's FEIN) and IAIABC medical bill EDI with the
rendering provider's licence, IME referrals and report summaries, utilisation review
determinations, light-duty and transitional-duty offers (also as a DocuSign envelope),
nurse case manager logs and a nurse triage line's injury call, OSHA 300 and 301 rows and
OSHA ITA case and 300A submissions, loss runs, Section 111 (MMSEA) Medicare reporting,
pharmacy benefit transactions and first-fill eligibility, indemnity payments, wage
statements, a fatality claim's dependants, settlements, claimant texts and portal
analytics; with the clean rows around them: NCCI class codes and loss costs, IAIABC/WCIO
code tables, jurisdiction rules, employer location and policy masters, an OSHA 300A
summary, job analyses, a workers' comp drug formulary, reserve changes and aggregate loss
runs.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding; :data:`ANY_ID` is any identifier entity (for code fields where a health
reading is fair but no identifier is) and :data:`CLAIM_ID` the entities a claimant's
claim number may take. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A work injury is health context of the injured worker**, as the legal-intake,
  rehab and occupational-health probes decided: an injury narrative ("felt sharp pain in
  lower back"), a nature of injury in words (``Strain``, ``Laceration``, ``Hernia``), a
  diagnosis or ICD-10 code, a CPT code on a bill line, an IME, a utilisation review's
  requested service, a drug filled under the claim, a cause of death, a work restriction
  naming a body part or function, and the body parts a settlement resolves. A body
  region alone (``Finger(s)``, ``Right shoulder``) and a bare indemnity benefit type
  (``TTD``) are neither expected nor forbidden, and a record whose only hint of an injury
  is that it is a claim (an acknowledgement letter, a payment, a wage statement, an
  eligibility row) is identified but not PHI.
- **A claim number is the claimant's unique number** (:data:`CLAIM_ID`: ``OTHER_ID``, or
  ``ACCOUNT_NUMBER`` / ``HEALTH_PLAN_ID``), as the claims, legal and occupational-health
  probes decided: the claim administrator's claim number, the jurisdiction claim number
  a state agency assigns to one claim, a claim number in a message's subject, and a
  PBM's cardholder id (the PBM probe's decision). A court's case number (a WCAB ``ADJ``
  number) is the court's docket key, no one's (the legal probe's decision).
- **The employer's and the carrier's identifiers are not a person's**: an employer's or
  insurer's FEIN (with or without its hyphen), the carrier's policy number for the
  employer, a Section 111 RRE id and TIN, an OSHA establishment id, an NCCI class code,
  a NAICS code, a location code and a department id: no finding. So are the
  organisation's names and places: the employer's and a store's address and phone, the
  IME examiner's office, the treating clinic or hospital, the carrier's toll-free line.
- **The claim's own bookkeeping is no one's**: reserve amounts and their changes, paid
  and incurred totals, a payment batch id, a check number, a bill id and line, a letter or
  document id, a UR request id, an IME referral id, a PBM transaction id, a fee schedule
  amount, wages, a comp rate, hours and counts are never findings; nor are IAIABC/WCIO code
  numbers (nature ``52``, part of body ``42``, cause ``56``), jurisdiction codes, a
  modifier, a place of service or a bank account's last four. A code table or an
  aggregate loss run may name injuries (health words) but names nobody: not PHI.
- **A person's dates are DATE**: birth, injury (``Date of Injury``, ``DOI``, a loss
  date, an OSHA log's date of injury or onset, an ITA case's ``date_of_incident``, as the
  occupational-health probe decided for a privacy case), death, a date of service, an
  IME's exam date, a return-to-work or transitional-duty start, a fill date and an
  appointment in a text or a note. The systems' clocks (note, send, record-added and
  change stamps, a generated letter's stamp, a form's submission time), a payroll week,
  a policy's and a code table's effective dates, and a report's valuation date are
  forbidden; dates reported to the employer or carrier, authorisation periods, an offer's
  date, a hire date, a UR decision date, a recorded statement's date and signing stamps
  are left unstated.
- **People who are not the subject**: the treating physician, the IME examiner, the
  prescriber and the rendering provider are clinicians and are reported (``NAME``, their
  NPI ``OTHER_ID|LICENSE_NUMBER``, a state licence ``LICENSE_NUMBER|OTHER_ID``), as the
  project reports clinicians. The adjuster, the nurse case manager, the triage nurse,
  the employer's contact and supervisor act for the carrier or the employer (as the rehab
  probe decided for adjusters and case managers): neither expected nor forbidden, except
  a system login (``Author``, ``ChangedBy``), which is forbidden. A dependant's name,
  birth date and SSN on a fatality claim are identifiers (Safe Harbor names relatives).
  Attorneys and law firms are the firms' side (no finding).
- **An OSHA 300 or 301 row with the employee's name is PHI**, as the occupational-health
  probe decided; the OSHA case number is the log's row number (no finding), and an OSHA
  300A summary or a job analysis is the establishment's.

After reading the detectors no blind expectation was changed; three must-nots were
stricter than decisions the project had made (a note's bare date, a rules table's bare
``effective`` date, an eligibility row's ``Term Date``) and are narrowed on top
(:data:`_DECIDED`). What the work built: a workers' compensation policy's number and term
as the employer's beside the employer's FEIN, EIN, NAICS, NCCI class, RRE id or an
insured's tax id (detectors/chunk_profiles.py), and an employer's or an OSHA
establishment's listing (its FEIN, EIN or NAICS beside a location or establishment column,
no person's column) owning its address and line; a code table (a bare ``code`` or NCCI's
``class_code`` beside its description or phraseology) owning its dates; work restrictions
in any text (detectors/work_restrictions.py: a lifting limit with its weight, "No lifting
>15 lbs"); a typelist's label and a care object's kind under the health field they type
(``detailedInjuryType.name``, ``exam.type``) and bare ``restrictions`` beside a claim
number; ``injured_worker``, a ``requesting_provider``, OSHA 301's "Name of physician or
other health care professional", dates of incident, loss and accident, a claimant's
``taxId`` as an SSN (an insured's is the employer's EIN), a loss run's ``Valued As Of`` as
the report's, a billing provider's place as the practice's; adjusters as the carrier's
staff; an ICD-10-CM code under an injury's or an illness's cause (a Section 111 file); a
bare "Claim" right before a claim number ("Transitional Duty Offer - Claim WC24-120455");
"f/u" and "seeing" as date cues in notes; an ``employer_client`` as an organisation's name;
IME vendors ("… Medical Evaluations") and chains ("… Medical Centers") as organisations,
and a claimant's town not echoed into an organisation's address after its name; six
vocabulary terms ("pain in lower back", "independent medical examination"...). Two rows
of earlier probes closed: the occupational-health FROI's ``Policy Number`` and the
underwriting probe's long return-to-work restrictions. Five records are left open
(:data:`LEFT_ALONE`): a claim note's ``Author`` (a social byline's key), a
transitional-duty offer's bare ``Start Date``, a recorded statement's bare ``claim`` key
and its "sprain", a check register's ``issue_date``, an ``incident.description``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records), blind 16 /
25 / 19 of 121 pairs; after the work and the decisions 3 / 1 / 3 (all in LEFT_ALONE).
HELD_OUT (10 records), blind before any work 2 / 4 / 6 of 60; scored once after the work
on SHAPES: 2 / 4 / 6; after three fixes that generalise (OSHA 301's physician column, a
billing provider's place, a chain's plural "Centers") and the decision on a ``Term Date``:
1 / 1 / 2 (both in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for code fields where a health reading is fair but no identifier is.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|URL|IP_ADDRESS|"
    "BIOMETRIC_ID|ONLINE_ID|HASHED_ID|OTHER_ID"
)

#: What a claimant's claim number may be reported as.
CLAIM_ID = "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"

#: Clinicians' identifiers.
NPI = "OTHER_ID|LICENSE_NUMBER"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "FROI flat export (IAIABC element names): claim numbers, SSN, DOI, codes, narrative",
        {
            "Claim Administrator Claim Number": "WC24-118734",
            "Jurisdiction Claim Number": "2024-071553-A",
            "Jurisdiction Code": "TX",
            "Insurer FEIN": "04-2891733",
            "Employer FEIN": "36-4412987",
            "Employer Name": "Midway Tile Distributors Inc",
            "Policy Number": "WC 0-884213-09",
            "Employee SSN": "412-55-8820",
            "Employee Last Name": "Okonjo",
            "Employee First Name": "Darnell",
            "Employee Date of Birth": "19780611",
            "Date of Injury": "20240916",
            "Time of Injury": "1430",
            "Nature of Injury Code": "52",
            "Part of Body Injured Code": "42",
            "Cause of Injury Code": "56",
            "Accident/Injury Description Narrative": (
                "EE LIFTING BOXES OF TILE FROM PALLET, FELT SHARP PAIN IN LOWER BACK"
            ),
            "Class Code": "8018",
            "Date Reported to Employer": "20240916",
        },
        {
            ("Claim Administrator Claim Number", CLAIM_ID),
            ("Jurisdiction Claim Number", CLAIM_ID),
            ("Employee SSN", "SSN"),
            ("Employee Last Name", "NAME"),
            ("Employee First Name", "NAME"),
            ("Employee Date of Birth", "DATE"),
            ("Date of Injury", "DATE"),
            ("Accident/Injury Description Narrative", "HEALTH"),
        },
        {
            ("Jurisdiction Code", "*"),
            ("Insurer FEIN", "*"),
            ("Employer FEIN", "*"),
            ("Employer Name", "*"),
            ("Policy Number", "*"),
            ("Class Code", "*"),
            ("Nature of Injury Code", ANY_ID),
            ("Part of Body Injured Code", ANY_ID),
            ("Cause of Injury Code", ANY_ID),
        },
        True,
    ),
    (
        "Guidewire ClaimCenter-like claim JSON: claimant, loss date, injury incident, insured",
        {
            "claimNumber": "235-53-118822",
            "lossType": "WC",
            "lossDate": "2024-08-27T00:00:00-05:00",
            "reportedDate": "2024-08-29T00:00:00-05:00",
            "jurisdictionState": "IL",
            "claimant": {
                "displayName": "Rosa Delgado-Marin",
                "primaryPhone": "312-555-0148",
                "dateOfBirth": "1983-02-14",
                "taxId": "XXX-XX-4471",
            },
            "injuryIncident": {
                "generalInjuryType": "Specific injury",
                "detailedInjuryType": {"code": "sprain", "name": "Sprain"},
                "bodyParts": [
                    {"primaryBodyPart": "Upper Extremities", "detailedBodyPart": "Wrist"}
                ],
                "description": (
                    "Slipped on wet floor in stockroom, fell on outstretched right hand; "
                    "ED dx right wrist sprain"
                ),
            },
            "assignedUser": {"displayName": "Kevin Marsh"},
            "policy": {"policyNumber": "WCP-0041877-22"},
            "insured": {"displayName": "Lakeview Grocers LLC", "taxId": "36-2278410"},
        },
        {
            ("claimNumber", CLAIM_ID),
            ("lossDate", "DATE"),
            ("claimant.displayName", "NAME"),
            ("claimant.primaryPhone", "PHONE"),
            ("claimant.dateOfBirth", "DATE"),
            ("claimant.taxId", "SSN"),
            ("injuryIncident.detailedInjuryType.name", "HEALTH"),
            ("injuryIncident.description", "HEALTH"),
        },
        {
            ("claimNumber", "SSN"),
            ("jurisdictionState", "*"),
            ("lossType", "*"),
            ("policy.policyNumber", "*"),
            ("insured.displayName", "*"),
            ("insured.taxId", "*"),
        },
        True,
    ),
    (
        "Adjuster note (ClaimCenter notes CSV): three-point contact in shorthand",
        {
            "Claim #": "WC24-118734",
            "Note Date": "10/01/2024 09:12",
            "Author": "jmarsh",
            "Topic": "Medical",
            "Subject": "3-pt contact",
            "Body": (
                "3 pt contact completed. Spoke w/ clmt Darnell Okonjo, states LBP radiating "
                "to L leg, seeing Dr. Anita Raman at Concentra 10/3. MRI L-spine requested, "
                "sent to UR. EE off work, TTD started 9/20. Employer contact Lisa B. says "
                "light duty available."
            ),
        },
        {
            ("Claim #", CLAIM_ID),
            ("Body", "NAME"),
            ("Body", "HEALTH"),
            ("Body", "DATE"),
        },
        {("Note Date", "*"), ("Author", "*"), ("Topic", "*")},
        True,
    ),
    (
        "Medical bill review line (CSV): CPT, ICD-10, fee schedule, the provider's FEIN and NPI",
        {
            "Bill ID": "BR-7740192",
            "Line": "3",
            "Claim Number": "WC24-118734",
            "Claimant": "OKONJO, DARNELL",
            "Provider Name": "Concentra Medical Centers",
            "Provider FEIN": "75-2510547",
            "Billing NPI": "1689754327",
            "DOS": "10/03/2024",
            "CPT": "99203",
            "Modifier": "25",
            "ICD-10 Dx 1": "M54.50",
            "Units": "1",
            "Billed": "245.00",
            "Fee Schedule": "148.37",
            "Recommended": "148.37",
            "Reduction Code": "FS01",
            "Jurisdiction": "TX",
        },
        {
            ("Claim Number", CLAIM_ID),
            ("Claimant", "NAME"),
            ("DOS", "DATE"),
            ("CPT", "HEALTH"),
            ("ICD-10 Dx 1", "HEALTH"),
        },
        {
            ("Bill ID", "*"),
            ("Line", "*"),
            ("Provider Name", "*"),
            ("Provider FEIN", "*"),
            ("Billing NPI", "*"),
            ("Modifier", "*"),
            ("Units", "*"),
            ("Billed", "*"),
            ("Fee Schedule", "*"),
            ("Recommended", "*"),
            ("Reduction Code", "*"),
            ("Jurisdiction", "*"),
        },
        True,
    ),
    (
        "IME referral to a scheduling vendor (JSON): claimant, examiner, exam date and questions",
        {
            "referral_id": "IME-2024-05531",
            "claim": {
                "claim_number": "235-53-118822",
                "jurisdiction": "IL",
                "carrier": "Great Lakes Casualty Co",
            },
            "claimant": {
                "first_name": "Rosa",
                "last_name": "Delgado-Marin",
                "dob": "1983-02-14",
                "phone": "(312) 555-0148",
                "address": "4418 W Cermak Rd Apt 2",
                "city": "Chicago",
                "zip": "60623",
                "language": "Spanish",
                "interpreter_needed": True,
            },
            "exam": {
                "type": "IME - Orthopedic",
                "specialty": "Hand surgery",
                "examiner": "Dr. Lawrence Feld",
                "date": "2024-11-12",
                "time": "10:30",
                "location": (
                    "Lakeshore Medical Evaluations, 180 N Michigan Ave Ste 900, Chicago, IL 60601"
                ),
                "questions": (
                    "Causation; MMI; need for further treatment of the right wrist sprain; "
                    "apportionment"
                ),
            },
            "created_at": "2024-10-21T15:02:11Z",
        },
        {
            ("claim.claim_number", CLAIM_ID),
            ("claimant.first_name", "NAME"),
            ("claimant.last_name", "NAME"),
            ("claimant.dob", "DATE"),
            ("claimant.phone", "PHONE"),
            ("claimant.address", "LOCATION"),
            ("claimant.city", "LOCATION"),
            ("claimant.zip", "ZIP_CODE"),
            ("exam.type", "HEALTH"),
            ("exam.examiner", "NAME"),
            ("exam.date", "DATE"),
            ("exam.questions", "HEALTH"),
        },
        {
            ("referral_id", "*"),
            ("claim.jurisdiction", "*"),
            ("claim.carrier", "*"),
            ("claimant.language", "*"),
            ("exam.location", "LOCATION"),
            ("exam.location", "ZIP_CODE"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Transitional-duty offer (RTW programme CSV): restrictions, offered job, start date",
        {
            "Claim No": "WC24-120455",
            "Employee": "Marcus Bellweather",
            "Employee ID": "E104882",
            "Location": "Store #0417 - Joliet",
            "Supervisor": "Dana Whitt",
            "Restrictions": (
                "No lifting >15 lbs; no overhead reaching R shoulder; sit/stand as needed"
            ),
            "Offered Position": "Front-end greeter (transitional duty)",
            "Offer Date": "10/10/2024",
            "Start Date": "10/14/2024",
            "Hours/Week": "32",
            "Hourly Rate": "16.50",
            "Offer Status": "Accepted",
        },
        {
            ("Claim No", CLAIM_ID),
            ("Employee", "NAME"),
            ("Employee ID", "OTHER_ID"),
            ("Restrictions", "HEALTH"),
            ("Start Date", "DATE"),
        },
        {
            ("Location", "LOCATION"),
            ("Offered Position", "HEALTH"),
            ("Hours/Week", "*"),
            ("Hourly Rate", "*"),
            ("Offer Status", "*"),
        },
        True,
    ),
    (
        "Nurse case manager activity log (JSON): telephonic follow-up note",
        {
            "case_id": "NCM-88120",
            "claim_number": "WC24-120455",
            "injured_worker": "Marcus Bellweather",
            "activity": "Telephonic follow-up",
            "activity_date": "2024-10-15",
            "minutes": 18,
            "nurse": "Tanya Greer, RN, CCM",
            "note": (
                "IW reports R shoulder pain 4/10, attending PT 3x/wk. Ortho f/u 10/29 w/ "
                "Dr. Sunil Mehta re possible rotator cuff tear, MRI arthrogram pending "
                "authorization."
            ),
            "billable": True,
        },
        {
            ("claim_number", CLAIM_ID),
            ("injured_worker", "NAME"),
            ("note", "HEALTH"),
            ("note", "NAME"),
            ("note", "DATE"),
        },
        {("minutes", "*"), ("billable", "*"), ("activity", "*")},
        True,
    ),
    (
        "OSHA Form 300 log row (CSV with the form's column headings)",
        {
            "(A) Case No.": "2024-017",
            "(B) Employee's name": "Teresa Vukovich",
            "(C) Job title": "Machine operator",
            "(D) Date of injury or onset of illness": "06/12/2024",
            "(E) Where the event occurred": "Press line 3",
            "(F) Describe injury or illness, parts of body affected, and object/substance "
            "that directly injured or made person ill": (
                "Laceration to left index finger from press die; 4 stitches"
            ),
            "(G) Death": "",
            "(H) Days away from work": "X",
            "(I) Job transfer or restriction": "",
            "(J) Other recordable cases": "",
            "(K) Away from work (days)": "3",
            "(L) On job transfer or restriction (days)": "0",
            "(M) Injury type": "Injury",
        },
        {
            ("(B) Employee's name", "NAME"),
            ("(D) Date of injury or onset of illness", "DATE"),
            (
                "(F) Describe injury or illness, parts of body affected, and object/substance "
                "that directly injured or made person ill",
                "HEALTH",
            ),
        },
        {
            ("(A) Case No.", "*"),
            ("(C) Job title", "HEALTH"),
            ("(E) Where the event occurred", "LOCATION"),
            ("(K) Away from work (days)", "*"),
            ("(L) On job transfer or restriction (days)", "*"),
        },
        True,
    ),
    (
        "OSHA ITA case detail submission (CSV): no employee name, the establishment's ids",
        {
            "establishment_id": "1187344",
            "establishment_name": "Midway Tile Distributors - Dallas DC",
            "ein": "364412987",
            "street_address": "2200 Valwood Pkwy",
            "city": "Farmers Branch",
            "state": "TX",
            "zip": "75234",
            "naics_code": "423320",
            "case_number": "24-009",
            "job_description": "Forklift operator",
            "date_of_incident": "2024-03-04",
            "incident_outcome": "2",
            "dafw_num_away": "12",
            "type_of_incident": "1",
            "nar_what_happened": (
                "Employee stepped off forklift and twisted right ankle on uneven dock plate"
            ),
            "nar_injury_illness": "Right ankle sprain",
            "nar_object_substance": "Dock plate",
        },
        {("date_of_incident", "DATE"), ("nar_injury_illness", "HEALTH")},
        {
            ("establishment_id", "*"),
            ("establishment_name", "*"),
            ("ein", "*"),
            ("street_address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("naics_code", "*"),
            ("case_number", "*"),
            ("job_description", "HEALTH"),
            ("dafw_num_away", "*"),
        },
        True,
    ),
    (
        "OSHA ITA 300A summary (clean): the establishment's counts, EIN and address",
        {
            "establishment_name": "Midway Tile Distributors - Dallas DC",
            "establishment_id": "1187344",
            "ein": "364412987",
            "company_name": "Midway Tile Distributors Inc",
            "street_address": "2200 Valwood Pkwy",
            "city": "Farmers Branch",
            "state": "TX",
            "zip": "75234",
            "naics_code": "423320",
            "industry_description": (
                "Brick, Stone, and Related Construction Material Merchant Wholesalers"
            ),
            "annual_average_employees": "142",
            "total_hours_worked": "291440",
            "total_deaths": "0",
            "total_dafw_cases": "3",
            "total_djtr_cases": "2",
            "total_other_cases": "4",
            "total_injuries": "9",
            "total_hearing_loss": "1",
            "year_filing_for": "2024",
            "created_timestamp": "2025-02-21 13:44:02",
        },
        set(),
        {
            ("establishment_name", "*"),
            ("establishment_id", "*"),
            ("ein", "*"),
            ("company_name", "*"),
            ("street_address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("naics_code", "*"),
            ("industry_description", "*"),
            ("annual_average_employees", "*"),
            ("total_hours_worked", "*"),
            ("year_filing_for", "*"),
            ("created_timestamp", "*"),
        },
        False,
    ),
    (
        "Reserve change history (identified, not health): claim number and amounts",
        {
            "ClaimNumber": "WC24-118734",
            "ReserveType": "Medical",
            "PreviousReserve": "8500.00",
            "NewReserve": "22500.00",
            "ChangeReason": "Reserve review - 90 day",
            "ChangedBy": "jmarsh",
            "ChangedOn": "2024-10-02T11:20:00",
            "ApprovalLevel": "2",
        },
        {("ClaimNumber", CLAIM_ID)},
        {
            ("ReserveType", "*"),
            ("PreviousReserve", "*"),
            ("NewReserve", "*"),
            ("ChangeReason", "*"),
            ("ChangedBy", "*"),
            ("ChangedOn", "*"),
            ("ApprovalLevel", "*"),
        },
        False,
    ),
    (
        "Indemnity check register row: payee is the claimant, batch and check numbers",
        {
            "batch_id": "PB-20241004-0012",
            "check_number": "0004471829",
            "payee_type": "Claimant",
            "payee_name": "Darnell Okonjo",
            "payee_address": "918 Ridgecrest Dr, Mesquite, TX 75149",
            "claim_number": "WC24-118734",
            "benefit_type": "TTD",
            "period_from": "09/20/2024",
            "period_to": "10/03/2024",
            "amount": "1142.86",
            "issue_date": "10/04/2024",
            "bank_account_last4": "7731",
        },
        {
            ("payee_name", "NAME"),
            ("payee_address", "LOCATION"),
            ("claim_number", CLAIM_ID),
        },
        {
            ("batch_id", "*"),
            ("check_number", "*"),
            ("payee_type", "*"),
            ("amount", "*"),
            ("issue_date", "*"),
            ("bank_account_last4", "*"),
        },
        False,
    ),
    (
        "NCCI class code and loss cost row (clean)",
        {
            "state": "TX",
            "class_code": "8810",
            "phraseology": "Clerical Office Employees NOC",
            "loss_cost": "0.09",
            "elr": "0.06",
            "d_ratio": "0.38",
            "hazard_group": "A",
            "effective_date": "2024-01-01",
        },
        set(),
        {
            ("state", "*"),
            ("class_code", "*"),
            ("phraseology", "*"),
            ("loss_cost", "*"),
            ("elr", "*"),
            ("d_ratio", "*"),
            ("hazard_group", "*"),
            ("effective_date", "*"),
        },
        False,
    ),
    (
        "WCIO nature of injury code table row: health words, no one",
        {
            "code_table": "Nature of Injury",
            "code": "78",
            "description": "Carpal Tunnel Syndrome",
            "category": "Occupational Disease or Cumulative Injury",
            "effective_date": "2000-01-01",
            "standard": "WCIO",
        },
        {("description", "HEALTH")},
        {
            ("code_table", "*"),
            ("code", ANY_ID),
            ("effective_date", "*"),
            ("standard", "*"),
        },
        False,
    ),
    (
        "Employer location and policy master (clean): address, phone, FEIN, policy, class",
        {
            "Location ID": "LOC-0417",
            "Location Name": "Store #0417 - Joliet",
            "Address 1": "2730 Plainfield Rd",
            "City": "Joliet",
            "State": "IL",
            "ZIP": "60435",
            "Location Phone": "(815) 555-0162",
            "FEIN": "36-2278410",
            "Policy Number": "WCP-0041877-22",
            "Carrier": "Great Lakes Casualty Co",
            "NCCI Class": "8017",
            "Policy Effective": "07/01/2024",
            "Policy Expiration": "07/01/2025",
        },
        set(),
        {
            ("Location ID", "*"),
            ("Location Name", "*"),
            ("Address 1", "*"),
            ("City", "*"),
            ("ZIP", "*"),
            ("Location Phone", "*"),
            ("FEIN", "*"),
            ("Policy Number", "*"),
            ("Carrier", "*"),
            ("NCCI Class", "*"),
            ("Policy Effective", "*"),
            ("Policy Expiration", "*"),
        },
        False,
    ),
    (
        "PBM workers' comp pharmacy transaction (JSON): drug, prescriber, pharmacy, pricing",
        {
            "transaction_id": "RX-TXN-5520913",
            "claim_number": "WC24-120455",
            "claimant": {"name": "BELLWEATHER, MARCUS", "dob": "19690304", "ssn_last4": "6610"},
            "date_of_injury": "20240923",
            "rx": {
                "rx_number": "7043381",
                "ndc": "00591-5658-01",
                "drug_name": "Cyclobenzaprine HCl 10 mg tablet",
                "qty": 30,
                "days_supply": 10,
                "date_filled": "20241009",
            },
            "prescriber": {"name": "Sunil Mehta MD", "npi": "1293847566"},
            "pharmacy": {"name": "Walgreens #11872", "npi": "1547283915", "ncpdp": "1472583"},
            "pricing": {"awp": "38.70", "fee_schedule": "21.14", "paid": "21.14"},
            "status": "PAID",
            "employer": "Lakeview Grocers LLC",
        },
        {
            ("claim_number", CLAIM_ID),
            ("claimant.name", "NAME"),
            ("claimant.dob", "DATE"),
            ("claimant.ssn_last4", "SSN"),
            ("date_of_injury", "DATE"),
            ("rx.drug_name", "HEALTH"),
            ("rx.date_filled", "DATE"),
            ("prescriber.name", "NAME"),
            ("prescriber.npi", NPI),
        },
        {
            ("transaction_id", "*"),
            ("rx.ndc", ANY_ID),
            ("rx.qty", "*"),
            ("rx.days_supply", "*"),
            ("pharmacy.name", "*"),
            ("pharmacy.npi", "*"),
            ("pharmacy.ncpdp", "*"),
            ("pricing.awp", "*"),
            ("pricing.fee_schedule", "*"),
            ("pricing.paid", "*"),
            ("employer", "*"),
        },
        True,
    ),
    (
        "Section 111 (MMSEA) claim input row: MBI, ICD-10 cause and diagnosis, RRE and TIN",
        {
            "RRE ID": "000012345",
            "Injured Party MBI": "4TQ7WX3RD82",
            "Injured Party Last Name": "VUKOVICH",
            "Injured Party First Name": "TERESA",
            "Injured Party Gender": "2",
            "Injured Party DOB": "19580822",
            "CMS Date of Incident": "20240612",
            "Alleged Cause of Injury, Incident, or Illness": "W230XXA",
            "ICD-10 Diagnosis Code 1": "S61211A",
            "Plan Insurance Type": "E",
            "ORM Indicator": "Y",
            "TIN": "042891733",
            "Policy Number": "WC 0-884213-09",
            "Claim Number": "WC24-109877",
        },
        {
            ("Injured Party MBI", "HEALTH_PLAN_ID"),
            ("Injured Party Last Name", "NAME"),
            ("Injured Party First Name", "NAME"),
            ("Injured Party DOB", "DATE"),
            ("CMS Date of Incident", "DATE"),
            ("Alleged Cause of Injury, Incident, or Illness", "HEALTH"),
            ("ICD-10 Diagnosis Code 1", "HEALTH"),
            ("Claim Number", CLAIM_ID),
        },
        {
            ("RRE ID", "*"),
            ("Injured Party Gender", "*"),
            ("Plan Insurance Type", "*"),
            ("ORM Indicator", "*"),
            ("TIN", "*"),
            ("Policy Number", "*"),
        },
        True,
    ),
    (
        "Utilisation review determination (JSON): requested MRI, CPT and diagnosis, certified",
        {
            "ur_request_id": "UR-24-33871",
            "claim_number": "235-53-118822",
            "injured_worker": {"name": "Rosa Delgado-Marin", "dob": "02/14/1983"},
            "requesting_provider": {"name": "Priya Natarajan, MD", "npi": "1765432186"},
            "request": {
                "service": "MRI right wrist without contrast",
                "cpt": "73221",
                "diagnosis": "S63.501A",
                "date_received": "2024-10-02",
            },
            "determination": "Certified",
            "reviewer": "Peer reviewer - Board certified hand surgery",
            "decision_date": "2024-10-04",
        },
        {
            ("claim_number", CLAIM_ID),
            ("injured_worker.name", "NAME"),
            ("injured_worker.dob", "DATE"),
            ("requesting_provider.name", "NAME"),
            ("requesting_provider.npi", NPI),
            ("request.service", "HEALTH"),
            ("request.cpt", "HEALTH"),
            ("request.diagnosis", "HEALTH"),
        },
        {
            ("claim_number", "SSN"),
            ("ur_request_id", "*"),
            ("determination", "*"),
            ("reviewer", "NAME"),
        },
        True,
    ),
    (
        "Injured-worker portal GA4 row (identified, not health): a pharmacy card page",
        {
            "event_date": "20241012",
            "event_name": "page_view",
            "user_pseudo_id": "948221730.1728700112",
            "user_id": "iw_48822190",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://myclaim.example-tpa.com/claims/pharmacy-card"
                    },
                },
                {
                    "key": "page_title",
                    "value": {"string_value": "Your pharmacy card | Injured Worker Portal"},
                },
            ],
        },
        {("user_pseudo_id", "ONLINE_ID"), ("user_id", "ONLINE_ID|OTHER_ID")},
        {("event_date", "*"), ("event_name", "*")},
        False,
    ),
    (
        "Employer portal first report of injury (webhook JSON): employee, incident, employer",
        {
            "submission_id": "sub_7f3a9c21",
            "submitted_at": "2024-10-11T19:22:40Z",
            "employer": {
                "name": "Brightline Home Health Services",
                "fein": "82-3310945",
                "location_code": "BHH-03",
                "contact_name": "Angela Ruiz",
                "contact_phone": "(602) 555-0133",
            },
            "employee": {
                "first_name": "Kenji",
                "last_name": "Watanabe",
                "home_address": "7716 E Osborn Rd",
                "city": "Scottsdale",
                "state": "AZ",
                "zip": "85251",
                "mobile": "480-555-0176",
                "email": "kenji.watanabe77@gmail.com",
                "date_of_hire": "2019-05-20",
                "occupation": "Home health aide",
            },
            "incident": {
                "date": "2024-10-10",
                "time": "16:45",
                "location_type": "Patient's home",
                "description": (
                    "Transferring patient from bed to wheelchair, felt pull in left shoulder"
                ),
                "body_part": "Left shoulder",
                "injury_type": "Strain",
                "treatment": "Urgent care visit",
                "lost_time": "No",
            },
        },
        {
            ("employee.first_name", "NAME"),
            ("employee.last_name", "NAME"),
            ("employee.home_address", "LOCATION"),
            ("employee.city", "LOCATION"),
            ("employee.zip", "ZIP_CODE"),
            ("employee.mobile", "PHONE"),
            ("employee.email", "EMAIL"),
            ("incident.date", "DATE"),
            ("incident.description", "HEALTH"),
            ("incident.injury_type", "HEALTH"),
        },
        {
            ("submission_id", "*"),
            ("submitted_at", "*"),
            ("employer.name", "*"),
            ("employer.fein", "*"),
            ("employer.location_code", "*"),
            ("employee.occupation", "HEALTH"),
        },
        True,
    ),
    (
        "Loss run row (carrier to employer, CSV): claimant, date of loss, nature, paid totals",
        {
            "Claim Number": "WC24-109877",
            "Claimant Name": "Vukovich, Teresa",
            "Date of Loss": "06/12/2024",
            "Claim Type": "Indemnity",
            "Body Part": "Finger(s)",
            "Nature of Injury": "Laceration",
            "Cause": "Caught In or Between",
            "Status": "Closed",
            "Paid Medical": "2,418.55",
            "Paid Indemnity": "0.00",
            "Paid Expense": "112.00",
            "Outstanding Reserve": "0.00",
            "Total Incurred": "2,530.55",
            "Location": "Plant 2 - Cicero",
            "Valued As Of": "09/30/2024",
        },
        {
            ("Claim Number", CLAIM_ID),
            ("Claimant Name", "NAME"),
            ("Date of Loss", "DATE"),
            ("Nature of Injury", "HEALTH"),
        },
        {
            ("Claim Type", "*"),
            ("Status", "*"),
            ("Paid Medical", "*"),
            ("Paid Indemnity", "*"),
            ("Paid Expense", "*"),
            ("Outstanding Reserve", "*"),
            ("Total Incurred", "*"),
            ("Location", "LOCATION"),
            ("Valued As Of", "*"),
        },
        True,
    ),
    (
        "Aggregate loss run by body part and nature (health, no identifier)",
        {
            "Policy Year": "2023-2024",
            "Body Part": "Abdomen Including Groin",
            "Nature of Injury": "Hernia",
            "Claim Count": "14",
            "Total Incurred": "386,220",
            "Average Incurred": "27,587",
            "Lost Time Claims": "6",
        },
        {("Nature of Injury", "HEALTH")},
        {
            ("Policy Year", "*"),
            ("Claim Count", "*"),
            ("Total Incurred", "*"),
            ("Average Incurred", "*"),
            ("Lost Time Claims", "*"),
        },
        False,
    ),
    (
        "Wage statement for the average weekly wage (identified, not health)",
        {
            "Claim #": "WC24-120455",
            "Employee Name": "Marcus Bellweather",
            "SSN": "518-44-6610",
            "Week Ending": "09/21/2024",
            "Gross Wages": "612.40",
            "Hours": "38.5",
            "Employer": "Lakeview Grocers LLC",
            "AWW": "598.12",
            "Comp Rate": "398.75",
        },
        {("Claim #", CLAIM_ID), ("Employee Name", "NAME"), ("SSN", "SSN")},
        {
            ("Week Ending", "*"),
            ("Gross Wages", "*"),
            ("Hours", "*"),
            ("Employer", "*"),
            ("AWW", "*"),
            ("Comp Rate", "*"),
        },
        False,
    ),
    (
        "IME report received (document index CSV): examiner, exam date, MMI and impairment",
        {
            "ClaimNo": "WC24-118734",
            "DocType": "IME Report",
            "ReceivedDate": "11/14/2024",
            "Examiner": "Dr. Howard Lindqvist",
            "ExamDate": "11/08/2024",
            "Summary": (
                "Claimant at MMI as of 11/08/2024 for lumbar strain; 5% whole person "
                "impairment per AMA Guides 6th; recommends home exercise program, no further PT."
            ),
            "Claimant": "Darnell Okonjo",
            "Pages": "14",
            "DocID": "DOC-00918273",
        },
        {
            ("ClaimNo", CLAIM_ID),
            ("Examiner", "NAME"),
            ("ExamDate", "DATE"),
            ("Summary", "HEALTH"),
            ("Claimant", "NAME"),
        },
        {("Pages", "*"), ("DocID", "*")},
        True,
    ),
    (
        "Jurisdiction rules table (clean): California DWC",
        {
            "jurisdiction_code": "CA",
            "agency": "Division of Workers' Compensation",
            "froi_required_days": "5",
            "waiting_period_days": "3",
            "max_ttd_weekly": "1680.29",
            "mileage_rate": "0.67",
            "edi_release": "R3.1",
            "effective": "2024-01-01",
        },
        set(),
        {
            ("jurisdiction_code", "*"),
            ("agency", "*"),
            ("froi_required_days", "*"),
            ("waiting_period_days", "*"),
            ("max_ttd_weekly", "*"),
            ("mileage_rate", "*"),
            ("edi_release", "*"),
            ("effective", "*"),
        },
        False,
    ),
    (
        "Recorded statement transcript: the claimant's name, address and injury in Q&A",
        {
            "claim": "235-53-118822",
            "type": "Recorded Statement",
            "taken_by": "Kevin Marsh",
            "date": "2024-09-03",
            "transcript": (
                "Q: Please state your name and address. A: Rosa Delgado Marin, 4418 West "
                "Cermak Road, apartment 2, Chicago. Q: What happened? A: I slipped on the wet "
                "floor in the stockroom and landed on my right hand. It was swollen and they "
                "sent me to the emergency room, they said it was a sprain."
            ),
        },
        {
            ("claim", CLAIM_ID),
            ("transcript", "NAME"),
            ("transcript", "LOCATION"),
            ("transcript", "HEALTH"),
        },
        {("type", "*")},
        True,
    ),
    (
        "RiskMaster-like claim export (upper-case columns): needlestick, employee number",
        {
            "CLAIM_NUMBER": "WC-2024-004417",
            "CLMNT_LAST_NAME": "Haddad",
            "CLMNT_FIRST_NAME": "Samir",
            "CLMNT_BIRTH_DATE": "1990-12-01",
            "CLMNT_ZIP": "85014",
            "DATE_OF_EVENT": "2024-10-02",
            "ILLNESS_DESC": (
                "Needlestick with used insulin syringe while disposing of sharps; baseline "
                "HIV and hepatitis panel drawn"
            ),
            "DEPT_EID": "DEPT-4410",
            "EMPLOYEE_NUMBER": "A0077192",
            "CLAIM_STATUS_CODE": "O",
            "CLAIM_TYPE_CODE": "WCMO",
            "DTTM_RCD_ADDED": "20241003091544",
        },
        {
            ("CLAIM_NUMBER", CLAIM_ID),
            ("CLMNT_LAST_NAME", "NAME"),
            ("CLMNT_FIRST_NAME", "NAME"),
            ("CLMNT_BIRTH_DATE", "DATE"),
            ("CLMNT_ZIP", "ZIP_CODE"),
            ("DATE_OF_EVENT", "DATE"),
            ("ILLNESS_DESC", "HEALTH"),
            ("EMPLOYEE_NUMBER", "OTHER_ID"),
        },
        {
            ("DEPT_EID", "*"),
            ("CLAIM_STATUS_CODE", "*"),
            ("CLAIM_TYPE_CODE", "*"),
            ("DTTM_RCD_ADDED", "*"),
        },
        True,
    ),
    (
        "IAIABC medical bill EDI, flattened: rendering provider's licence, CPT, ICD-10, FEIN",
        {
            "Bill ID": "EB-2024-7712090",
            "Claim Administrator Claim Number": "WC24-120455",
            "Employee Last Name": "BELLWEATHER",
            "Employee First Name": "MARCUS",
            "Date of Injury": "20240923",
            "Billing Provider Last/Group Name": "Midwest Orthopaedic Partners SC",
            "Billing Provider FEIN": "36-4187702",
            "Billing Provider Postal Code": "60515",
            "Rendering Bill Provider Last Name": "MEHTA",
            "Rendering Bill Provider First Name": "SUNIL",
            "Rendering Bill Provider State License Number": "036-118842",
            "Service Line Date of Service": "20241029",
            "HCPCS Line Procedure Billed Code": "20610",
            "ICD-10 Diagnosis Code 1": "M75.121",
            "Total Charge per Line": "410.00",
            "Place of Service": "11",
        },
        {
            ("Claim Administrator Claim Number", CLAIM_ID),
            ("Employee Last Name", "NAME"),
            ("Employee First Name", "NAME"),
            ("Date of Injury", "DATE"),
            ("Rendering Bill Provider Last Name", "NAME"),
            ("Rendering Bill Provider First Name", "NAME"),
            ("Rendering Bill Provider State License Number", "LICENSE_NUMBER|OTHER_ID"),
            ("Service Line Date of Service", "DATE"),
            ("HCPCS Line Procedure Billed Code", "HEALTH"),
            ("ICD-10 Diagnosis Code 1", "HEALTH"),
        },
        {
            ("Bill ID", "*"),
            ("Billing Provider Last/Group Name", "*"),
            ("Billing Provider FEIN", "*"),
            ("Billing Provider Postal Code", "ZIP_CODE"),
            ("Total Charge per Line", "*"),
            ("Place of Service", "*"),
        },
        True,
    ),
    (
        "Job analysis for return to work (clean): a cashier's physical demands",
        {
            "job_analysis_id": "JA-0417-CASH",
            "employer": "Lakeview Grocers LLC",
            "job_title": "Cashier",
            "lifting_occasional_lbs": "25",
            "standing_pct": "90",
            "overhead_reaching": "Rare",
            "completed": "2024-08-14",
        },
        set(),
        {
            ("job_analysis_id", "*"),
            ("employer", "*"),
            ("job_title", "*"),
            ("lifting_occasional_lbs", "*"),
            ("standing_pct", "*"),
            ("overhead_reaching", "*"),
            ("completed", "*"),
        },
        False,
    ),
    (
        "Claimant appointment text (Twilio-like log): PT appointment from the carrier's line",
        {
            "sid": "SM1f9e2d3c4b5a69788796a5b4c3d2e1f0",
            "from": "+18445550190",
            "to": "+17085550123",
            "body": (
                "Hi Marcus, this is Great Lakes Casualty. Your physical therapy appointment "
                "at ATI Physical Therapy is confirmed for Thu 10/17 at 3:00 PM. Reply C to "
                "confirm."
            ),
            "date_sent": "Mon, 14 Oct 2024 15:02:11 +0000",
            "status": "delivered",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH"), ("body", "DATE")},
        {("from", "*"), ("sid", "*"), ("date_sent", "*"), ("status", "*")},
        True,
    ),
    (
        "Settlement tracker (CA): compromise and release, body parts resolved, WCAB ADJ number",
        {
            "claim_number": "CA-WC-23-55120",
            "adj_number": "ADJ17723904",
            "applicant": "Lucia Ferreira",
            "applicant_attorney": "Reyes & Castillo LLP",
            "defense_attorney": "Hanley Brooks LLP",
            "settlement_type": "Compromise and Release",
            "amount": "45000.00",
            "body_parts_resolved": "Lumbar spine, psyche, sleep disorder",
            "msa_required": "No",
            "oacr_approved": "2024-09-18",
        },
        {
            ("claim_number", CLAIM_ID),
            ("applicant", "NAME"),
            ("body_parts_resolved", "HEALTH"),
        },
        {
            ("adj_number", "*"),
            ("applicant_attorney", "*"),
            ("defense_attorney", "*"),
            ("settlement_type", "*"),
            ("amount", "*"),
            ("msa_required", "*"),
        },
        True,
    ),
    (
        "PBM first-fill eligibility row (identified, not health): cardholder id, DOI",
        {
            "Record Type": "E",
            "Carrier ID": "GLCC",
            "Claim Number": "WC24-120455",
            "Cardholder ID": "WC24120455",
            "Last Name": "BELLWEATHER",
            "First Name": "MARCUS",
            "DOB": "03/04/1969",
            "Date of Injury": "09/23/2024",
            "Claim Status": "Accepted",
            "Effective Date": "09/23/2024",
            "Term Date": "12/31/2039",
        },
        {
            ("Claim Number", CLAIM_ID),
            ("Cardholder ID", CLAIM_ID),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("DOB", "DATE"),
            ("Date of Injury", "DATE"),
        },
        {
            ("Record Type", "*"),
            ("Carrier ID", "*"),
            ("Claim Status", "*"),
            ("Term Date", "*"),
        },
        False,
    ),
    (
        "Nurse triage line injury call (JSON): complaint, protocol, disposition, clinic",
        {
            "incident_id": "CN-24-8812093",
            "call_received": "2024-10-10T16:58:03-07:00",
            "caller_role": "Injured employee",
            "employee": {"name": "Kenji Watanabe", "phone": "480-555-0176", "dob": "1987-07-30"},
            "employer_client": "Brightline Home Health Services",
            "complaint": (
                "Left shoulder pain after patient transfer, pain 6/10, limited range of motion"
            ),
            "triage_protocol": "Shoulder Pain or Injury",
            "disposition": "Refer to occupational clinic within 24 hours",
            "referred_clinic": "NextCare Urgent Care - Scottsdale",
            "triage_nurse": "M. Alvarez RN",
        },
        {
            ("employee.name", "NAME"),
            ("employee.phone", "PHONE"),
            ("employee.dob", "DATE"),
            ("complaint", "HEALTH"),
            ("triage_protocol", "HEALTH"),
        },
        {
            ("incident_id", "*"),
            ("caller_role", "*"),
            ("employer_client", "*"),
            ("referred_clinic", "NAME"),
            ("referred_clinic", "LOCATION"),
        },
        True,
    ),
    (
        "Fatality claim (JSON): cause of death, the dependent spouse's identifiers",
        {
            "claimNumber": "WC23-077410",
            "claimType": "Fatality",
            "employee": {
                "name": "Gerald Pruitt",
                "dateOfDeath": "2023-12-02",
                "causeOfDeath": "Crush injuries to chest, struck by falling steel beam",
            },
            "dependents": [
                {
                    "name": "Linda Pruitt",
                    "relationship": "Spouse",
                    "dob": "1966-05-19",
                    "ssn": "603-18-2245",
                }
            ],
            "weeklyBenefit": "1,104.00",
            "burialAllowance": "10,000.00",
        },
        {
            ("claimNumber", CLAIM_ID),
            ("employee.name", "NAME"),
            ("employee.dateOfDeath", "DATE"),
            ("employee.causeOfDeath", "HEALTH"),
            ("dependents[0].name", "NAME"),
            ("dependents[0].dob", "DATE"),
            ("dependents[0].ssn", "SSN"),
        },
        {
            ("claimType", "*"),
            ("dependents[0].relationship", "*"),
            ("weeklyBenefit", "*"),
            ("burialAllowance", "*"),
        },
        True,
    ),
    (
        "Physical therapy referral to a network (JSON): visits authorised, diagnosis, DOI",
        {
            "referral_number": "OC-5532018",
            "service_type": "Physical Therapy",
            "visits_authorized": "12",
            "auth_start": "2024-10-14",
            "auth_end": "2024-12-13",
            "patient": {
                "name": "Marcus Bellweather",
                "phone": "7085550123",
                "address": "1507 Raynor Ave, Joliet, IL 60436",
            },
            "claim": {
                "number": "WC24-120455",
                "doi": "2024-09-23",
                "adjuster": "Kevin Marsh",
                "adjuster_phone": "(312) 555-0199 x4412",
            },
            "diagnosis": "M75.121 Complete rotator cuff tear of right shoulder",
            "provider_preference": "Near home",
        },
        {
            ("service_type", "HEALTH"),
            ("patient.name", "NAME"),
            ("patient.phone", "PHONE"),
            ("patient.address", "LOCATION"),
            ("claim.number", CLAIM_ID),
            ("claim.doi", "DATE"),
            ("diagnosis", "HEALTH"),
        },
        {("referral_number", "*"), ("visits_authorized", "*"), ("provider_preference", "*")},
        True,
    ),
    (
        "Workers' comp drug formulary row (health, no identifier): an N drug",
        {
            "drug_name": "Oxycodone HCl",
            "ndc_prefix": "00406-0552",
            "odg_status": "N",
            "formulary": "Texas Closed Formulary - N drug",
            "preauth_required": "Y",
            "effective_date": "2024-03-01",
        },
        {("drug_name", "HEALTH")},
        {
            ("ndc_prefix", ANY_ID),
            ("odg_status", "*"),
            ("preauth_required", "*"),
            ("effective_date", "*"),
        },
        False,
    ),
    (
        "Claim acknowledgement letter merge row (identified, not health)",
        {
            "LetterID": "ACK-118734-01",
            "TemplateCode": "WC_ACK_TX",
            "RecipientName": "Darnell Okonjo",
            "MailAddress1": "918 Ridgecrest Dr",
            "MailCity": "Mesquite",
            "MailState": "TX",
            "MailZip": "75149",
            "ClaimNumber": "WC24-118734",
            "DateOfInjury": "09/16/2024",
            "AdjusterName": "Janet Marsh",
            "AdjusterPhone": "(800) 555-0147 ext. 2210",
            "GeneratedAt": "2024-09-19 06:00:12",
        },
        {
            ("RecipientName", "NAME"),
            ("MailAddress1", "LOCATION"),
            ("MailCity", "LOCATION"),
            ("MailZip", "ZIP_CODE"),
            ("ClaimNumber", CLAIM_ID),
            ("DateOfInjury", "DATE"),
        },
        {
            ("LetterID", "*"),
            ("TemplateCode", "*"),
            ("MailState", "*"),
            ("AdjusterPhone", "PHONE"),
            ("GeneratedAt", "*"),
        },
        False,
    ),
    (
        "De-identified claim row for a severity model (health, no identifier)",
        {
            "accident_year": "2023",
            "state": "PA",
            "class_code": "7380",
            "nature": "Fracture",
            "part_of_body": "Lower Leg",
            "cause": "Fall, Slip or Trip Injury",
            "age_band": "45-54",
            "incurred_medical": "48211",
            "incurred_indemnity": "61902",
            "lost_time": "Y",
        },
        {("nature", "HEALTH")},
        {
            ("accident_year", "*"),
            ("state", "*"),
            ("class_code", "*"),
            ("age_band", "*"),
            ("incurred_medical", "*"),
            ("incurred_indemnity", "*"),
            ("lost_time", "*"),
        },
        False,
    ),
    (
        "Transitional-duty offer as a DocuSign envelope: signer, claim in the subject",
        {
            "envelopeId": "3f9c1e7a-52b0-4d8e-9a61-0c7d2b4e8f13",
            "status": "completed",
            "emailSubject": "Transitional Duty Offer - Claim WC24-120455",
            "recipients": {
                "signers": [
                    {
                        "name": "Marcus Bellweather",
                        "email": "mbellweather69@yahoo.com",
                        "signedDateTime": "2024-10-11T13:40:22Z",
                    }
                ]
            },
            "customFields": {
                "textCustomFields": [
                    {
                        "name": "Restrictions",
                        "value": "No lifting over 15 lbs with right arm; no ladder work",
                    }
                ]
            },
            "sentDateTime": "2024-10-10T17:05:00Z",
        },
        {
            ("emailSubject", CLAIM_ID),
            ("recipients.signers[0].name", "NAME"),
            ("recipients.signers[0].email", "EMAIL"),
            ("customFields.textCustomFields[0].value", "HEALTH"),
        },
        {("envelopeId", "*"), ("status", "*"), ("sentDateTime", "*")},
        True,
    ),
    (
        "OSHA Form 301 incident report (CSV with the form's questions as columns)",
        {
            "1) Full name": "Teresa Vukovich",
            "2) Street": "5521 W 25th Pl",
            "City": "Cicero",
            "State": "IL",
            "ZIP": "60804",
            "3) Date of birth": "08/22/1958",
            "4) Date hired": "03/01/2011",
            "5) Male/Female": "Female",
            "6) Name of physician or other health care professional": "Dr. Miriam Osei",
            "7) Facility": "MacNeal Hospital Emergency Department",
            "8) Was employee treated in an emergency room?": "Yes",
            "9) Was employee hospitalized overnight as an in-patient?": "No",
            "10) Case number from the Log": "2024-017",
            "11) Date of injury or illness": "06/12/2024",
            "12) Time employee began work": "6:00 AM",
            "13) Time of event": "9:40 AM",
            "14) What was the employee doing just before the incident occurred?": (
                "Clearing a jam on press line 3"
            ),
            "15) What happened?": "Press die cycled while hand was in point of operation",
            "16) What was the injury or illness?": (
                "Laceration of left index finger requiring sutures"
            ),
            "17) What object or substance directly harmed the employee?": "Press die",
        },
        {
            ("1) Full name", "NAME"),
            ("2) Street", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("3) Date of birth", "DATE"),
            ("6) Name of physician or other health care professional", "NAME"),
            ("11) Date of injury or illness", "DATE"),
            ("16) What was the injury or illness?", "HEALTH"),
        },
        {
            ("5) Male/Female", "*"),
            ("7) Facility", "NAME"),
            ("10) Case number from the Log", "*"),
            ("17) What object or substance directly harmed the employee?", ANY_ID),
        },
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Adjuster note (ClaimCenter notes CSV): three-point contact in shorthand": (
        set(),
        set(),
        {("Note Date", "*")},
        "a bare date under a key that does not say whose it is is reported on purpose "
        "(tests/test_clean_exports.py), and a note's date in a clinical or claims file is "
        "the day of the contact it records, as an encounter's is: the blind must-not was "
        "stricter than the project",
    ),
    "Jurisdiction rules table (clean): California DWC": (
        set(),
        set(),
        {("effective", "*")},
        "a bare date under a bare ``effective`` key is reported on purpose, as the clean-"
        "exports and pharma probes decided for catalog rows; a table is told only by a code "
        "beside its description (chunk_profiles._code_table), which this rules row has not",
    ),
    "PBM first-fill eligibility row (identified, not health): cardholder id, DOI": (
        set(),
        set(),
        {("Term Date", "*")},
        "an eligibility row's ``Term Date`` is left to the date detector, as "
        "tests/test_claims_revenue_cycle.py decided for ``Effective Date`` and ``Term "
        "Date`` beside a person: the blind must-not was stricter than the project",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Adjuster note (ClaimCenter notes CSV): three-point contact in shorthand": (
        {("Author", "ONLINE_ID")},
        "a bare ``Author`` is a social post's byline, the poster's handle "
        "(detectors/social_authors.py, as the social-listening probe decided); a claim "
        "note's author is the adjuster's login, and nothing but the record's kind tells "
        "them apart (the row is PHI by the claimant's name and the note)",
    ),
    "Transitional-duty offer (RTW programme CSV): restrictions, offered job, start date": (
        {("Start Date", "DATE")},
        "a bare ``Start Date`` is a report's or a campaign's window in every ad and BI export "
        "(field_names' exact machine keys); the same column of a transitional-duty offer is "
        "the worker's return to work, which only the record's kind tells",
    ),
    "Recorded statement transcript: the claimant's name, address and injury in Q&A": (
        {("claim", CLAIM_ID), ("transcript", "HEALTH")},
        "a bare ``claim`` key is an ad's or a label's claim text as often as a claim's "
        'number, so it is not read; and the transcript\'s only injury word is "sprain", a '
        "stop term alone (tests/test_rehab_therapy_clinics.py: a sprain is read by its "
        'body part, "wrist sprain"), with "swollen" and "emergency room" no terms; '
        "the PHI verdict follows",
    ),
    "Indemnity check register row: payee is the claimant, batch and check numbers": (
        {("issue_date", "DATE")},
        "a bare ``issue_date`` is a licence's, a card's or a document's issue as often as a "
        "check's; only a register's shape (a check number beside it) would say it is the "
        "payment's clock, and no rule reads check registers yet (held out: seen after the "
        "work)",
    ),
    "Employer portal first report of injury (webhook JSON): employee, incident, employer": (
        {("incident.description", "HEALTH")},
        '"felt pull in left shoulder" names the injury by a body part and a sensation, '
        "which no vocabulary term holds, and an ``incident``'s description is an IT or a "
        "security incident's as often, so no field rule reads it whole (the row is PHI by "
        "its ``injury_type``; held out: seen after the work)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_workers_comp_claims_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on workers' compensation exports fails here. Before the work, blind: SHAPES 16 misses /
#: 25 false / 19 wrong of 30, HELD_OUT 2 / 4 / 6 of 10.
FLOORS = ShapeTotals(expected=181, misses=4, false=2, wrong=5)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
