"""Military, veterans and TRICARE health exports.

A blind probe, written by hand before reading the detectors: what the marketing, outreach
and patient-engagement sides of veterans' and military health export. VA community-care
referrals and authorisations (referral number, station number, SEOC, category of care,
ICN), veteran outreach CRMs (service branch, era, discharge status, rank, last unit, a
disability rating "70% service-connected for PTSD"), veteran service officers' case logs
and notes (VA file number, POA code, intent to file, C&P exam dates, claim status),
VBMS-like rating decisions and VA.gov claim-status JSON, C&P exam vendors' schedules,
VA.gov's 10-10EZ health-benefits application, TRICARE eligibility and enrolment files
(sponsor SSN, DoD ID / EDIPI, DoD Benefits Number, FMP, beneficiary category, PCM),
DEERS-like eligibility responses, military treatment-facility appointment exports and
reminder texts (MEPRS and DMIS codes, military times), MyHealtheVet-like portal events,
the MHS Nurse Advice Line, suicide-prevention and crisis-line follow-ups ("dial 988 and
Press 1"), REACH VET-like outreach lists, Vet Center visits, PACT Act toxic-exposure
screening answers and the burn pit registry, deployment health assessments (PDHA),
e-Profile-like duty limitations, readiness rosters, and military spouse and family
programmes (EFMP, spouse employment), with the clean rows around them: unit
designations (``1st Bn, 5th Marines``, ``1/5``, ``2-504 PIR``), MOS and AFSC codes,
rank abbreviations (``SSgt``, ``CPT``, ``CDR``), duty stations and installations, VA
station numbers (``589``, ``528A8``), DMIS ids, MEPRS codes, NSNs, SEOC catalogs,
facility directories, claims-backlog and wait-time reports, a crisis line's prompt.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A DoD ID / EDIPI is the person's identifier** (``OTHER_ID``; ``HEALTH_PLAN_ID`` is
  accepted, since TRICARE eligibility is keyed on it), as a CURP or an Emirates ID is
  (tests/test_international_patients.py). **A DoD Benefits Number (DBN)** is the
  beneficiary's number on a TRICARE card: ``HEALTH_PLAN_ID|OTHER_ID``. A sponsor's SSN
  on a family member's record is an SSN: the parent's contact on a child's record
  identifies the child's record, as the pediatric probe decided. **A VA file number, a
  claim id, an ICN (``1012847365V582914``), a MyHealtheVet correlation id, a registry id
  and a Vet Center client id are the person's record ids** (``OTHER_ID``, or ``MRN`` for
  an ICN, ``SSN`` for a file number, which was the SSN for decades); a VA "last name
  initial and last four" (``W6612``) or a ``Last 4 SSN`` column is the SSN's last four.
  A referral or authorisation number, a consult or exam request id, a VSO case number
  and a crisis-line call id are the episode's: neither expected nor forbidden.
- **A service branch, an era (``Post-9/11``, ``Gulf War``), a discharge status
  (``Honorable``), a rank, a pay grade (``E-6``), a unit, a UIC, an MOS (``68W``, a combat
  medic: a job, not health) and a beneficiary category (``ADFM``) are neither identifiers
  nor health**: must-not. A duty station or installation is the employer's place, not
  the person's LOCATION (as job fields are the employer's, tests/test_job_fields.py).
  A FMP code and a PULHES serial are no identifiers.
- **A disability rating that names its condition is health** (the condition); a bare
  combined percentage (``70``) is neither expected nor forbidden, and a VASRD diagnostic
  code (``9411``) is never an identifier. **A claim's contentions, a C&P exam's DBQs and a
  PDHA or PHA are health** (an examination of the person). **A toxic exposure a person
  reports** (burn pits, Agent Orange, as a screening answer or a ``true`` under a key
  naming it) is health context, as a poison exposure is (tests/test_nurse_lines_poison_control.py);
  the PACT Act as a law, a page about it, or a newsletter topic names nobody.
- **Suicide risk, a crisis-line follow-up by a Suicide Prevention Coordinator, military
  sexual trauma and readjustment counselling are health**, as the behavioural-health probe
  decided for crisis chats; the crisis line's own number (988, ``Press 1``, text 838255)
  and a toll-free sender are the organisation's.
- **An MTF appointment for a named patient is the patient's DATE** (also as a day and a
  military time, ``10/21 at 1300``) and its clinic names the care when it is a specialty
  (``ORTHOPEDICS``); the MTF, its DMIS id, MEPRS code, building number, station number
  and address are the facility's.
- **Enrolment in TRICARE, a plan name and a beneficiary category are not health** (as
  eligibility files decided: only claims-derived programme flags are); a PCM's and any
  clinician's name is reported (NAME), as everywhere in the project.
- **Dates**: birth, an appointment, a C&P exam, an intent to file, a screening, a
  separation (discharge from service) and a follow-up due date of a person are DATE; an
  event's, a report's, a bulletin's and a system's timestamps are not; years of service
  (``2004-2012``) are years. Enrolment, referral-validity, profile and decision dates are
  neither expected nor forbidden.
- **Aggregates** (claims backlog by regional office, a VSO's weekly intakes by county,
  wait times by station, page views of the PACT Act page) name nobody: no identifier,
  and their health words make no PHI record.

After reading the detectors no blind expectation was changed; one was stricter than a
decision the project had made (a form's bare ``completed`` stamp is bookkeeping, not the
member's date) and is narrowed on top (:data:`_DECIDED`). What the work built: the DoD
ID / EDIPI, the DoD Benefits Number, the VA's ICN and a MyHealtheVet correlation id as
the person's OTHER_ID by field (``DoD ID`` too, which the camel-case split reads ``do d
id``), a VA file number under a ``veteran`` object, ``veteran_name``, ``Sponsor Name`` and
a PCM's name, bare ``Veteran``, ``Soldier`` and ``beneficiary`` columns, a bare ``Name``
beside a DoD ID (person_records, as beside a student's or an employee's id), an MOS, an
AFSC, an installation and a duty station as the employer's (job_fields), a toxic
exposure flag named for a whole term (``burn_pit_exposure``, ``exposedToAgentOrange``)
and an affirmative answer with its details after it ("YES - Balad AB, Iraq") in
grid_answers, and 22 vocabulary terms (military sexual trauma, readjustment counseling,
PDHA and the deployment health assessments, the C&P exam, toxic exposure screening, burn
pit and Agent Orange exposure, a mental health appointment). Twelve records are left
open (:data:`LEFT_ALONE`), each with its reason.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 33 / 4 / 19,
after the work and the decision 8 / 3 / 9 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 7 / 0 / 5; scored once after the work on SHAPES: 5 / 0 / 4; after
one field rule that generalises (a VA file number under a ``veteran`` object): 4 / 0 / 3.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "VA community care referral (CSV): SEOC, ICN, last four, referring station",
        {
            "Referral Number": "VA0034127781",
            "Veteran Name": "HOLLOWAY, DERRICK J",
            "Veteran DOB": "04/17/1978",
            "Veteran ICN": "1012847365V582914",
            "Last 4 SSN": "4821",
            "Referring VAMC": "589 - Kansas City VAMC",
            "SEOC": "Physical Therapy (PT) 1.2.5",
            "Authorized Visits": "12",
            "Effective Date": "2024-09-03",
            "Expiration Date": "2025-03-02",
            "Community Provider": "Heartland Physical Therapy LLC",
            "Diagnosis": "M54.50 Low back pain, unspecified",
        },
        {
            ("Veteran Name", "NAME"),
            ("Veteran DOB", "DATE"),
            ("Veteran ICN", "OTHER_ID|MRN"),
            ("Last 4 SSN", "SSN|OTHER_ID"),
            ("SEOC", "HEALTH"),
            ("Diagnosis", "HEALTH"),
        },
        {
            ("Referring VAMC", "*"),
            ("Authorized Visits", "*"),
            ("Community Provider", "NAME"),
        },
        True,
    ),
    (
        "Veteran outreach CRM contact (Salesforce JSON): branch, era, rank, unit, no health",
        {
            "attributes": {"type": "Contact"},
            "FirstName": "Tamika",
            "LastName": "Broussard",
            "Email": "tbroussard.usmc@gmail.com",
            "MobilePhone": "(910) 555-0138",
            "Service_Branch__c": "Marine Corps",
            "Service_Era__c": "Post-9/11",
            "Discharge_Status__c": "Honorable",
            "Rank_at_Separation__c": "SSgt",
            "Last_Unit__c": "1st Bn, 5th Marines",
            "Separation_Date__c": "2016-08-31",
            "Interest__c": "Education benefits (GI Bill)",
            "MailingPostalCode": "28546",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Email", "EMAIL"),
            ("MobilePhone", "PHONE"),
            ("Separation_Date__c", "DATE"),
            ("MailingPostalCode", "ZIP_CODE"),
        },
        {
            ("Service_Branch__c", "*"),
            ("Service_Era__c", "*"),
            ("Discharge_Status__c", "*"),
            ("Rank_at_Separation__c", "*"),
            ("Last_Unit__c", "*"),
            ("Interest__c", "HEALTH"),
        },
        False,
    ),
    (
        "Veteran outreach CRM row: a disability rating service-connected for PTSD",
        {
            "contact_id": "C-220931",
            "full_name": "Raymond Villanueva",
            "phone": "253-555-0177",
            "branch": "Army",
            "era": "Gulf War",
            "va_disability_rating": "70% service-connected for PTSD",
            "combined_rating": 70,
            "notes": (
                "Interested in VR&E and adaptive housing grant. Wife Marisol handles paperwork."
            ),
        },
        {
            ("contact_id", "OTHER_ID"),
            ("full_name", "NAME"),
            ("phone", "PHONE"),
            ("va_disability_rating", "HEALTH"),
            ("notes", "NAME"),
        },
        {("branch", "*"), ("era", "*"), ("combined_rating", "*")},
        True,
    ),
    (
        "Veteran service officer case log: VA file number, contentions, C&P exam date",
        {
            "Case #": "VSO-2024-01877",
            "Claimant": "Eugene Marchetti",
            "VA File #": "C 23 418 976",
            "POA Code": "074",
            "Intent to File": "03/04/2024",
            "Claim Type": "Supplemental Claim (VA Form 20-0995)",
            "Contentions": "Tinnitus; bilateral hearing loss; lumbar strain",
            "C&P Exam Date": "05/22/2024",
            "Claim Status": "Preparation for Decision",
            "Next Action": "Follow up w/ vet re: DBQ",
        },
        {
            ("Claimant", "NAME"),
            ("VA File #", "OTHER_ID|SSN"),
            ("Intent to File", "DATE"),
            ("Contentions", "HEALTH"),
            ("C&P Exam Date", "DATE"),
        },
        {("POA Code", "*"), ("Claim Type", "*"), ("Claim Status", "*")},
        True,
    ),
    (
        "TRICARE enrolment flat file: sponsor SSN, EDIPI, DBN, FMP, PCM and DMIS",
        {
            "SPONSOR_SSN": "512-74-3098",
            "SPONSOR_EDIPI": "1284759036",
            "BEN_DBN": "20418837261",
            "BEN_LAST_NAME": "OKONJO",
            "BEN_FIRST_NAME": "ADAEZE",
            "BEN_DOB": "19870212",
            "FMP": "30",
            "BEN_CAT": "ADFM",
            "PLAN": "TRICARE Prime",
            "REGION": "EAST",
            "ENRL_BEGIN_DT": "20240101",
            "PCM_NAME": "SMITH, KAREN L",
            "PCM_DMIS": "0089",
            "ZIP": "23505",
        },
        {
            ("SPONSOR_SSN", "SSN"),
            ("SPONSOR_EDIPI", "OTHER_ID|HEALTH_PLAN_ID"),
            ("BEN_DBN", "HEALTH_PLAN_ID|OTHER_ID"),
            ("BEN_LAST_NAME", "NAME"),
            ("BEN_FIRST_NAME", "NAME"),
            ("BEN_DOB", "DATE"),
            ("PCM_NAME", "NAME"),
            ("ZIP", "ZIP_CODE"),
        },
        {
            ("FMP", "*"),
            ("BEN_CAT", "*"),
            ("PLAN", "*"),
            ("REGION", "*"),
            ("PCM_DMIS", "*"),
        },
        False,
    ),
    (
        "MTF appointment export (CHCS-like): FMP/SSN, DoD ID, MEPRS, reason for visit",
        {
            "APPT_DATE": "10/15/2024",
            "APPT_TIME": "0830",
            "PATIENT": "RAMIREZ,LUIS A",
            "FMP/SSN": "20/512-74-3098",
            "DOD_ID": "1502938476",
            "CLINIC": "BH OUTPATIENT - FT CARSON",
            "MEPRS": "BFDA",
            "DMIS": "0032",
            "PROVIDER": "MAJ NGUYEN, THANH",
            "APPT_TYPE": "SPEC",
            "REASON": "F/U PTSD, sleep issues",
            "STATUS": "BOOKED",
        },
        {
            ("APPT_DATE", "DATE"),
            ("PATIENT", "NAME"),
            ("FMP/SSN", "SSN"),
            ("DOD_ID", "OTHER_ID|HEALTH_PLAN_ID"),
            ("PROVIDER", "NAME"),
            ("REASON", "HEALTH"),
        },
        {
            ("MEPRS", "*"),
            ("DMIS", "*"),
            ("APPT_TYPE", "*"),
            ("STATUS", "*"),
            ("CLINIC", "LOCATION"),
        },
        True,
    ),
    (
        "MyHealtheVet-like portal event: a secure message asking for a refill",
        {
            "event": "secure_message_sent",
            "user": {"icn": "1013598247V604417", "mhv_correlation_id": "15093472"},
            "message": {
                "triage_group": "PACT TEAM BLUE - PRIMARY CARE",
                "category": "MEDICATIONS",
                "subject": "Refill sertraline 100mg",
            },
            "session_ip": "98.207.14.66",
            "ts": "2024-10-08T13:22:51Z",
        },
        {
            ("user.icn", "OTHER_ID|MRN"),
            ("user.mhv_correlation_id", "OTHER_ID|ONLINE_ID"),
            ("message.subject", "HEALTH"),
            ("session_ip", "IP_ADDRESS"),
        },
        {("ts", "*"), ("message.triage_group", "NAME")},
        True,
    ),
    (
        "Portal refill event without a person: the drug names only",
        {
            "event_name": "rx_refill_submitted",
            "page": "/my-health/medications/refill",
            "item_names": "Tamsulosin 0.4mg cap; Gabapentin 300mg cap",
            "rx_count": 2,
            "platform": "web",
            "ga_session_number": 14,
        },
        {("item_names", "HEALTH")},
        {("rx_count", "*"), ("ga_session_number", "*"), ("platform", "*")},
        False,
    ),
    (
        "Crisis line follow-up tracker: risk level, presenting concern, SPC follow-up",
        {
            "vcl_call_id": "VCL-24-3318842",
            "caller_callback": "(719) 555-0162",
            "veteran_name": "Cody Lindgren",
            "risk_level": "High Acute",
            "presenting_concern": "suicidal ideation with plan, recent job loss",
            "referral_to": "SPC - Eastern Colorado HCS (554)",
            "spc_followup_due": "2024-10-10",
            "safety_plan_completed": "Y",
            "lethal_means": "firearm in home - counseled",
        },
        {
            ("caller_callback", "PHONE"),
            ("veteran_name", "NAME"),
            ("presenting_concern", "HEALTH"),
            ("spc_followup_due", "DATE"),
        },
        {("referral_to", "*"), ("safety_plan_completed", "*")},
        True,
    ),
    (
        "Crisis line IVR prompt (clean): 988 and Press 1, a text short code",
        {
            "prompt_id": "MAIN_MENU_01",
            "text": (
                "If you are a Veteran in crisis, dial 988 and Press 1, text 838255, or chat online."
            ),
            "language": "en-US",
            "updated": "2024-06-01",
        },
        set(),
        {
            ("text", "PHONE"),
            ("text", "OTHER_ID"),
            ("text", "NAME"),
            ("prompt_id", "*"),
            ("updated", "*"),
        },
        False,
    ),
    (
        "PACT Act toxic exposure screening (CPRS reminder export): burn pits, Agent Orange",
        {
            "patient_name": "WASHINGTON,GERALD T",
            "last4": "W6612",
            "screen_date": "2024-08-14",
            "deployed_gwot": "YES",
            "burn_pit_exposure": "YES - Balad AB, Iraq 2005-2006",
            "agent_orange": "NO",
            "radiation": "NO",
            "camp_lejeune": "NO",
            "other_exposure": "Sand/dust, jet fuel (JP-8)",
            "follow_up": "Referred to Environmental Health Clinician",
            "station": "528A8",
        },
        {
            ("patient_name", "NAME"),
            ("last4", "SSN|OTHER_ID"),
            ("screen_date", "DATE"),
            ("burn_pit_exposure", "HEALTH"),
        },
        {("station", "*"), ("deployed_gwot", "*")},
        True,
    ),
    (
        "PACT Act page report (clean): page path, views and users",
        {
            "Page path": "/disability/eligibility/hazardous-materials-exposure/burn-pits/",
            "Views": "18,442",
            "Users": "12,907",
            "Average engagement time": "1m 12s",
        },
        set(),
        {
            ("Page path", "NAME"),
            ("Views", "*"),
            ("Users", "*"),
            ("Average engagement time", "*"),
        },
        False,
    ),
    (
        "Post-deployment health assessment (DD 2796) answers: DoD ID, unit, MOS, concerns",
        {
            "dod_id": "1609384725",
            "name": "PFC Jordan Ellis",
            "unit": "HHC, 2-504 PIR",
            "uic": "WAB7C0",
            "mos": "11B",
            "form": "DD 2796 (PDHA)",
            "completed": "2024-04-19",
            "q_health_concerns": "Yes - ringing in ears, trouble sleeping",
            "q_exposure_concern": "Yes - burn pit smoke",
            "provider_review": "Referral: audiology, behavioral health",
            "mrd_status": "MRC 2",
        },
        {
            ("dod_id", "OTHER_ID|HEALTH_PLAN_ID"),
            ("name", "NAME"),
            ("completed", "DATE"),
            ("form", "HEALTH"),
            ("q_health_concerns", "HEALTH"),
            ("provider_review", "HEALTH"),
        },
        {("unit", "*"), ("uic", "*"), ("mos", "*"), ("mrd_status", "*")},
        True,
    ),
    (
        "Readiness roster (CSV): a medic's name, rank, MOS 68W and duty station, no health",
        {
            "Name": "SGT Maria Delgado",
            "Rank": "SGT",
            "MOS": "68W",
            "Unit": "C Co, 1-32 IN",
            "Duty Station": "Fort Drum, NY",
            "ETS Date": "2026-03-14",
            "Deployable": "Y",
        },
        {("Name", "NAME")},
        {
            ("Rank", "*"),
            ("MOS", "*"),
            ("Unit", "*"),
            ("Duty Station", "LOCATION"),
            ("Deployable", "*"),
        },
        False,
    ),
    (
        "Unit reference table (clean): UIC, 1/5, regiment, installation and its ZIP",
        {
            "UIC": "M11150",
            "Unit": "1st Battalion, 5th Marines (1/5)",
            "Parent": "1st Marine Regiment",
            "Installation": "MCB Camp Pendleton",
            "City": "Oceanside",
            "State": "CA",
            "ZIP": "92055",
            "PAX": "1,120",
        },
        set(),
        {
            ("UIC", "*"),
            ("Unit", "*"),
            ("Parent", "*"),
            ("Installation", "*"),
            ("City", "*"),
            ("ZIP", "*"),
            ("PAX", "*"),
        },
        False,
    ),
    (
        "VA facility directory (clean): station number, address, main line, hours",
        {
            "station_number": "589",
            "facility_name": "Kansas City VA Medical Center",
            "address": "4801 Linwood Blvd",
            "city": "Kansas City",
            "state": "MO",
            "zip": "64128",
            "main_phone": "816-861-4700",
            "visn": "15",
            "hours": "24/7",
        },
        set(),
        {
            ("station_number", "*"),
            ("facility_name", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("main_phone", "*"),
            ("visn", "*"),
        },
        False,
    ),
    (
        "DMIS reference row (clean): an MTF, its DMIS and parent ids, beds",
        {
            "DMIS_ID": "0089",
            "MTF_NAME": "Womack Army Medical Center",
            "PARENT_DMIS": "0089",
            "SERVICE": "Army",
            "MARKET": "Coastal NC",
            "BEDS": 156,
            "TYPE": "Hospital",
        },
        set(),
        {
            ("DMIS_ID", "*"),
            ("MTF_NAME", "*"),
            ("PARENT_DMIS", "*"),
            ("SERVICE", "*"),
            ("MARKET", "*"),
            ("BEDS", "*"),
        },
        False,
    ),
    (
        "NSN supply catalog row (clean): a tourniquet's NSN, NIIN and FSC",
        {
            "NSN": "6515-01-532-8056",
            "NIIN": "015328056",
            "Nomenclature": "TOURNIQUET, NONPNEUMATIC",
            "UI": "EA",
            "Unit Price": "31.93",
            "FSC": "6515",
            "CIIC": "U",
        },
        set(),
        {
            ("NSN", "*"),
            ("NIIN", "*"),
            ("UI", "*"),
            ("Unit Price", "*"),
            ("FSC", "*"),
            ("CIIC", "*"),
        },
        False,
    ),
    (
        "Claims backlog report row (clean): a regional office's pending claims",
        {
            "Report Date": "2024-10-05",
            "Regional Office": "St. Petersburg (317)",
            "Pending Claims": "24,118",
            "Backlog (>125 days)": "4,907",
            "Pct Backlog": "20.3%",
            "Avg Days Pending": "108.4",
        },
        set(),
        {
            ("Report Date", "*"),
            ("Regional Office", "*"),
            ("Pending Claims", "*"),
            ("Backlog (>125 days)", "*"),
            ("Pct Backlog", "*"),
            ("Avg Days Pending", "*"),
        },
        False,
    ),
    (
        "Rating decision (VBMS-like JSON): file number, participant id, rated issues",
        {
            "veteran": {
                "first_name": "Darnell",
                "last_name": "Pryor",
                "file_number": "28417736",
                "participant_id": "600118834",
            },
            "decision_date": "2024-07-30",
            "combined_evaluation": 90,
            "rated_issues": [
                {
                    "diagnostic_code": "9411",
                    "issue": "Post-traumatic stress disorder",
                    "evaluation": 70,
                    "service_connected": True,
                },
                {
                    "diagnostic_code": "6260",
                    "issue": "Tinnitus",
                    "evaluation": 10,
                    "service_connected": True,
                },
            ],
            "effective_date": "2023-11-02",
        },
        {
            ("veteran.first_name", "NAME"),
            ("veteran.last_name", "NAME"),
            ("veteran.file_number", "OTHER_ID|SSN"),
            ("veteran.participant_id", "OTHER_ID"),
            ("rated_issues[0].issue", "HEALTH"),
            ("rated_issues[1].issue", "HEALTH"),
        },
        {
            ("combined_evaluation", "*"),
            ("rated_issues[0].diagnostic_code", "*"),
            ("rated_issues[1].diagnostic_code", "*"),
            ("rated_issues[0].evaluation", "*"),
        },
        True,
    ),
    (
        "Community care authorisation (HSRM-like export): mammography SEOC, first appointment",
        {
            "ReferralNumber": "VA0051178323",
            "StationNumber": "673",
            "VeteranLastName": "Ferreira",
            "VeteranFirstName": "Lucia",
            "VeteranPhone": "813-555-0149",
            "VeteranAddress": "4410 W Kennedy Blvd Apt 2207, Tampa, FL 33609",
            "SEOC": "Mammography Screening 1.0.4",
            "CategoryOfCare": "MAMMOGRAPHY",
            "FirstApptDate": "2024-11-04",
            "ProviderName": "Tampa Bay Imaging Center",
            "ProviderPhone": "(813) 555-0190",
        },
        {
            ("VeteranLastName", "NAME"),
            ("VeteranFirstName", "NAME"),
            ("VeteranPhone", "PHONE"),
            ("VeteranAddress", "LOCATION"),
            ("SEOC", "HEALTH"),
            ("CategoryOfCare", "HEALTH"),
            ("FirstApptDate", "DATE"),
        },
        {("StationNumber", "*"), ("ProviderName", "NAME")},
        True,
    ),
    (
        "SEOC catalog row (health, no person): physical therapy, CPT codes, visit limits",
        {
            "SEOC ID": "SEOC_PT_1.2.5",
            "SEOC Name": "Physical Therapy",
            "Category of Care": "REHABILITATION",
            "Duration (days)": "180",
            "Max Visits": "12",
            "Procedure Codes": "97110, 97140, 97530, 97161",
        },
        {("SEOC Name", "HEALTH"), ("Procedure Codes", "HEALTH")},
        {("SEOC ID", "*"), ("Duration (days)", "*"), ("Max Visits", "*")},
        False,
    ),
    (
        "GovDelivery-like bulletin click: a subscriber opens a toxic exposure screening email",
        {
            "email": "rkowalski1969@aol.com",
            "bulletin_subject": "Get screened: toxic exposure screening now at your VA",
            "topic": "PACT Act Updates",
            "event": "click",
            "clicked_url": "https://www.va.gov/resources/the-pact-act-and-your-va-benefits/",
            "ts": "2024-09-12T15:02:11Z",
        },
        {("email", "EMAIL"), ("bulletin_subject", "HEALTH")},
        {("ts", "*"), ("topic", "*"), ("clicked_url", "*")},
        True,
    ),
    (
        "EFMP enrolment (JSON): sponsor's DoD ID, a child's condition and therapy",
        {
            "sponsor": {
                "name": "CDR Paul Whitaker",
                "dod_id": "1170395824",
                "branch": "Navy",
                "duty_station": "NAS Jacksonville",
            },
            "family_member": {
                "name": "Eli Whitaker",
                "relationship": "Son",
                "dob": "2016-05-09",
                "efmp_category": "IV",
                "medical_summary": "Autism spectrum disorder; speech therapy 2x/week",
            },
            "relocation_screening": "Pending",
            "case_manager": "efmp_jax_03",
        },
        {
            ("sponsor.name", "NAME"),
            ("sponsor.dod_id", "OTHER_ID|HEALTH_PLAN_ID"),
            ("family_member.name", "NAME"),
            ("family_member.dob", "DATE"),
            ("family_member.medical_summary", "HEALTH"),
        },
        {
            ("sponsor.branch", "*"),
            ("sponsor.duty_station", "LOCATION"),
            ("family_member.efmp_category", "*"),
            ("case_manager", "NAME"),
        },
        True,
    ),
    (
        "Military spouse employment programme (CSV): pay grade, installation, career field",
        {
            "Spouse Name": "Brianna Cole",
            "Sponsor Rank": "E-6",
            "Sponsor Branch": "Air Force",
            "Installation": "Joint Base San Antonio-Lackland",
            "Email": "bri.cole.jbsa@gmail.com",
            "Program": "MyCAA Scholarship",
            "Career Field": "Medical Billing and Coding",
            "Submitted": "2024-09-27",
        },
        {("Spouse Name", "NAME"), ("Email", "EMAIL")},
        {
            ("Sponsor Rank", "*"),
            ("Sponsor Branch", "*"),
            ("Installation", "LOCATION"),
            ("Career Field", "HEALTH"),
        },
        False,
    ),
    (
        "Duty-limiting profile (e-Profile-like): condition, PULHES, a PA's rank and name",
        {
            "Soldier": "SPC Tyrell Mason",
            "DoD ID": "1402857361",
            "Profile Type": "Temporary",
            "PULHES": "1 1 3 1 1 1",
            "Condition": "Stress fracture, left tibia",
            "Limitations": "No running, jumping or rucking; may walk at own pace",
            "Begin": "2024-09-16",
            "Expires": "2024-11-15",
            "Approving Provider": "CPT Reyes, Maria (PA-C)",
        },
        {
            ("Soldier", "NAME"),
            ("DoD ID", "OTHER_ID|HEALTH_PLAN_ID"),
            ("Condition", "HEALTH"),
            ("Approving Provider", "NAME"),
        },
        {
            ("PULHES", "PHONE"),
            ("PULHES", "OTHER_ID"),
            ("Profile Type", "*"),
            ("Approving Provider", "HEALTH"),
        },
        True,
    ),
    (
        "REACH VET-like outreach list: ICN, last four, coordinator, mental health appointment",
        {
            "Sta3n": "589",
            "PatientICN": "1011847392V338461",
            "PatientName": "DOYLE,SHANNON M",
            "Last4": "D4417",
            "REACHVET_Tier": "Top 0.1%",
            "Coordinator": "Lisa Brandt, LCSW",
            "Outreach_Status": "Contacted - declined mental health appointment",
            "Outreach_Date": "2024-10-01",
            "MH_Provider": "Dr. Omar Haddad",
        },
        {
            ("PatientICN", "OTHER_ID|MRN"),
            ("PatientName", "NAME"),
            ("Last4", "SSN|OTHER_ID"),
            ("Coordinator", "NAME"),
            ("Outreach_Status", "HEALTH"),
            ("Outreach_Date", "DATE"),
            ("MH_Provider", "NAME"),
        },
        {("Sta3n", "*"), ("REACHVET_Tier", "*")},
        True,
    ),
    (
        "Suicide Prevention Coordinator check-in text (Twilio log): 988 and Press 1",
        {
            "sid": "SM5c0e2a7f9b1d3c5e7a9b0c2d4e6f8a1b",
            "to": "+17195550162",
            "from": "+18775550123",
            "body": (
                "Hi Cody, this is your VA Suicide Prevention Coordinator checking in after "
                "your call. If you're in crisis, dial 988 and Press 1. Reply STOP to opt out."
            ),
            "status": "delivered",
            "date_sent": "Thu, 10 Oct 2024 15:04:22 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("from", "*"), ("body", "PHONE"), ("date_sent", "*"), ("sid", "*")},
        True,
    ),
    (
        "DEERS-like eligibility response (JSON): a typed EDIPI, beneficiary category, plan",
        {
            "eligibilityResponse": {
                "personId": {"type": "EDIPI", "value": "1395028471"},
                "name": {"first": "Kendra", "last": "Alvarez"},
                "dateOfBirth": "1992-11-30",
                "beneficiaryCategory": "ACTIVE DUTY",
                "sponsorRelationship": "SELF",
                "coverage": [{"plan": "TRICARE Prime Remote", "start": "2023-06-01"}],
            },
            "transactionId": "f0c1d2e3-4a5b-4c6d-8e7f-90a1b2c3d4e5",
            "requestedAt": "2024-10-09T11:40:02Z",
        },
        {
            ("eligibilityResponse.personId.value", "OTHER_ID|HEALTH_PLAN_ID"),
            ("eligibilityResponse.name.first", "NAME"),
            ("eligibilityResponse.name.last", "NAME"),
            ("eligibilityResponse.dateOfBirth", "DATE"),
        },
        {
            ("eligibilityResponse.beneficiaryCategory", "*"),
            ("eligibilityResponse.sponsorRelationship", "*"),
            ("eligibilityResponse.coverage[0].plan", "*"),
            ("transactionId", "*"),
            ("requestedAt", "*"),
        },
        False,
    ),
    (
        "VA.gov 10-10EZ health benefits application (JSON): SSN, Agent Orange, discharge",
        {
            "veteranFullName": {"first": "Samuel", "middle": "R", "last": "Okoro"},
            "veteranSocialSecurityNumber": "537204816",
            "veteranDateOfBirth": "1968-02-19",
            "vaCompensationType": "highDisability",
            "exposedToAgentOrange": True,
            "gulfWarService": False,
            "lastServiceBranch": "army",
            "lastEntryDate": "1986-07-14",
            "lastDischargeDate": "1992-07-13",
            "dischargeType": "honorable",
            "veteranAddress": {
                "street": "212 Magnolia St",
                "city": "Hinesville",
                "state": "GA",
                "postalCode": "31313",
            },
            "isMedicaidEligible": False,
        },
        {
            ("veteranFullName.first", "NAME"),
            ("veteranFullName.last", "NAME"),
            ("veteranSocialSecurityNumber", "SSN"),
            ("veteranDateOfBirth", "DATE"),
            ("exposedToAgentOrange", "HEALTH"),
            ("lastDischargeDate", "DATE"),
            ("veteranAddress.street", "LOCATION"),
            ("veteranAddress.city", "LOCATION"),
            ("veteranAddress.postalCode", "ZIP_CODE"),
        },
        {
            ("lastServiceBranch", "*"),
            ("dischargeType", "*"),
            ("gulfWarService", "*"),
            ("isMedicaidEligible", "*"),
        },
        True,
    ),
    (
        "C&P exam vendor schedule (CSV): claim number, DBQs, examiner, exam site",
        {
            "Exam Request ID": "QTC-7781204",
            "Veteran": "Alvarez, Hector",
            "Claim #": "600412287",
            "Exam Type": "DBQ PTSD Initial; DBQ Hearing Loss and Tinnitus",
            "Exam Date": "11/06/2024 09:30",
            "Exam Site": "QTC San Antonio - 7550 IH-10 W",
            "Examiner": "Dr. Ruth Ngata, PsyD",
            "Veteran Phone": "(210) 555-0117",
        },
        {
            ("Veteran", "NAME"),
            ("Claim #", "OTHER_ID"),
            ("Exam Type", "HEALTH"),
            ("Exam Date", "DATE"),
            ("Examiner", "NAME"),
            ("Veteran Phone", "PHONE"),
        },
        {("Exam Site", "LOCATION")},
        True,
    ),
    (
        "VA.gov claim status (JSON:API): a claim id and its contentions",
        {
            "data": {
                "id": "600412287",
                "type": "claim",
                "attributes": {
                    "claimType": "Compensation",
                    "status": "EVIDENCE_GATHERING_REVIEW_DECISION",
                    "claimDate": "2024-03-04",
                    "phaseChangeDate": "2024-08-11",
                    "contentionList": ["tinnitus (New)", "hearing loss (New)"],
                    "developmentLetterSent": True,
                    "decisionLetterSent": False,
                },
            }
        },
        {
            ("data.id", "OTHER_ID"),
            ("data.attributes.contentionList[0]", "HEALTH"),
            ("data.attributes.contentionList[1]", "HEALTH"),
        },
        {
            ("data.attributes.status", "*"),
            ("data.attributes.claimType", "*"),
            ("data.type", "*"),
        },
        True,
    ),
    (
        "VSO weekly intake dashboard (clean): county, intakes, top contention",
        {
            "Week": "2024-W40",
            "County": "Cumberland",
            "New Intakes": "47",
            "ITFs Filed": "31",
            "Avg Rating Increase": "20%",
            "Top Contention": "Tinnitus",
        },
        set(),
        {
            ("Week", "*"),
            ("County", "*"),
            ("New Intakes", "*"),
            ("ITFs Filed", "*"),
            ("Avg Rating Increase", "*"),
        },
        False,
    ),
    (
        "Hiring event registration (Eventbrite-like CSV): branch and years of service",
        {
            "Order #": "8841193021",
            "First Name": "Keisha",
            "Last Name": "Monroe",
            "Email": "k.monroe.vet@icloud.com",
            "Ticket Type": "Veteran - Free",
            "Branch of Service": "Navy",
            "Years of Service": "2004-2012",
            "Event": "Hiring Our Heroes Career Summit - Norfolk",
            "Event Date": "2024-10-17",
        },
        {("First Name", "NAME"), ("Last Name", "NAME"), ("Email", "EMAIL")},
        {
            ("Branch of Service", "*"),
            ("Years of Service", "*"),
            ("Event Date", "*"),
            ("Ticket Type", "*"),
        },
        False,
    ),
    (
        "Vet Center visit log: client id, readjustment counselling, military sexual trauma",
        {
            "client_id": "VC-0331-2291",
            "client": "Nathaniel Brooks",
            "vet_center": "Vet Center 0331 - Fayetteville",
            "visit_date": "2024-09-19",
            "service": "Individual readjustment counseling",
            "presenting_issue": "military sexual trauma",
            "counselor": "J. Ortiz, LMFT",
        },
        {
            ("client_id", "OTHER_ID"),
            ("client", "NAME"),
            ("visit_date", "DATE"),
            ("service", "HEALTH"),
            ("presenting_issue", "HEALTH"),
            ("counselor", "NAME"),
        },
        {("vet_center", "*")},
        True,
    ),
    (
        "MTF appointment reminder text: a day and a military time, the clinic, a building",
        {
            "to": "+19105550143",
            "body": (
                "Reminder: appt for LOPEZ, A on 10/21 at 1300 at WOMACK AMC ORTHOPEDICS, "
                "Bldg 4-2817. Reply C to confirm, X to cancel. Do not reply with health info."
            ),
            "sent": "2024-10-18T18:00:00Z",
            "campaign": "MTF_APPT_REMINDER_72H",
        },
        {("to", "PHONE"), ("body", "DATE"), ("body", "NAME"), ("body", "HEALTH")},
        {("sent", "*"), ("body", "PHONE"), ("campaign", "*")},
        True,
    ),
    (
        "Nurse advice line call record: a spouse calls for a child, sponsor DoD ID",
        {
            "call_id": "NAL-20241012-004471",
            "caller_relationship": "Spouse",
            "beneficiary": "Ava Sinclair",
            "beneficiary_dob": "03/02/2021",
            "sponsor_dod_id": "1289305746",
            "callback": "757-555-0186",
            "chief_complaint": "fever 102F x2 days, ear pulling",
            "disposition": "See PCM within 24 hrs",
            "protocol": "Earache (Pediatric)",
        },
        {
            ("beneficiary", "NAME"),
            ("beneficiary_dob", "DATE"),
            ("sponsor_dod_id", "OTHER_ID|HEALTH_PLAN_ID"),
            ("callback", "PHONE"),
            ("chief_complaint", "HEALTH"),
            ("protocol", "HEALTH"),
        },
        {("caller_relationship", "*")},
        True,
    ),
    (
        "Burn pit registry participant (JSON): registry id, deployments, reported symptoms",
        {
            "registry_id": "AHOBPR-0082214",
            "participant": {"name": "Marcus Odum", "email": "modum82@gmail.com"},
            "deployments": [
                {"location": "Camp Arifjan, Kuwait", "start": "2007-03", "end": "2008-02"}
            ],
            "symptoms_reported": ["shortness of breath", "chronic cough"],
            "exam_requested": True,
        },
        {
            ("registry_id", "OTHER_ID"),
            ("participant.name", "NAME"),
            ("participant.email", "EMAIL"),
            ("symptoms_reported[0]", "HEALTH"),
            ("symptoms_reported[1]", "HEALTH"),
        },
        {("exam_requested", "*")},
        True,
    ),
    (
        "VSO case note without health: a DD-214 correction, an SF-180 and a callback",
        {
            "note_id": "N-559201",
            "case": "VSO-2024-02210",
            "author": "vso_tbrady",
            "created": "2024-10-03T14:10:00Z",
            "text": (
                "Vet Anthony Russo called re: DD-214 correction (wrong RE code). Mailed "
                "SF-180 to NPRC. Callback 706-555-0158."
            ),
        },
        {("text", "NAME"), ("text", "PHONE")},
        {("created", "*"), ("text", "HEALTH"), ("text", "DATE")},
        False,
    ),
    (
        "VA wait-time report (clean): station, clinic type, average wait",
        {
            "Station": "589GW",
            "Facility": "Excelsior Springs VA Clinic",
            "Clinic Type": "Mental Health",
            "Established Patient Wait (days)": "6.4",
            "New Patient Wait (days)": "19.8",
            "As Of": "2024-10-07",
        },
        set(),
        {
            ("Station", "*"),
            ("Facility", "*"),
            ("Established Patient Wait (days)", "*"),
            ("New Patient Wait (days)", "*"),
            ("As Of", "*"),
        },
        False,
    ),
    (
        "Case manager note in shorthand: MST, PTSD dx, mild TBI, last four verified",
        {
            "NoteId": "CN-2024-88120",
            "Veteran": "Keith Abernathy",
            "NoteText": (
                "Vet reports MST, PTSD dx 2019, mild TBI from IED blast 2010. SSN last 4 "
                "6612 verified. Wants referral to Women's Health? no - to PCT."
            ),
            "EnteredBy": "cm_rwallace",
        },
        {
            ("Veteran", "NAME"),
            ("NoteText", "HEALTH"),
            ("NoteText", "SSN"),
        },
        {("NoteId", "*"), ("EnteredBy", "*"), ("NoteText", "DATE")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Post-deployment health assessment (DD 2796) answers: DoD ID, unit, MOS, concerns": (
        set(),
        {("completed", "DATE")},
        set(),
        "a bare ``completed`` is a survey's or a form's bookkeeping stamp, which the project "
        "decided is not a person's date (survey bookkeeping dates, README); only the record's "
        "kind would make it the day the member was examined",
    ),
}


#: What the detectors do not read right, each with its reason: ``name -> (still open,
#: why)``. The blind expectations are kept as written.
_OPEN: dict[str, tuple[set, str]] = {
    "MTF appointment export (CHCS-like): FMP/SSN, DoD ID, MEPRS, reason for visit": (
        {("PROVIDER", "NAME")},
        "a bare ``Provider`` column is an insurance or an identity provider as often as a "
        "clinician (field_names leaves it out on purpose); a booking's provider is read only "
        "under a visit or an appointment object",
    ),
    "PACT Act toxic exposure screening (CPRS reminder export): burn pits, Agent Orange": (
        {("last4", "SSN|OTHER_ID")},
        "the VA's last-name initial and last four (``W6612``) under a bare ``last4``: the same "
        "key holds a payment card's last four in every processor's export, which the project "
        "decided is nothing; only the letter tells them apart, and no value rule per key "
        "exists for it (the row is PHI by its name and exposure)",
    ),
    "Readiness roster (CSV): a medic's name, rank, MOS 68W and duty station, no health": (
        {("Name", "NAME")},
        "a bare ``Name`` is read only beside a person's contact, birth date or a person "
        "list's id (person_records); a ``Rank`` column is a search or a sort rank as often",
    ),
    "Unit reference table (clean): UIC, 1/5, regiment, installation and its ZIP": (
        {("City", "LOCATION"), ("ZIP", "ZIP_CODE")},
        "a listing's bare city and ZIP are the organisation's only beside its hours "
        "(chunk_profiles.calendar_columns), as tests/test_device_resupply.py left its "
        "distribution-centre row open",
    ),
    "Duty-limiting profile (e-Profile-like): condition, PULHES, a PA's rank and name": (
        {("Approving Provider", "NAME")},
        "``Approving Provider`` is no clinician column the classifier knows, and the value's "
        "rank before it and credential in parentheses (``CPT Reyes, Maria (PA-C)``) fail the "
        "name shape (the row is PHI by the soldier's name, DoD ID and condition)",
    ),
    "REACH VET-like outreach list: ICN, last four, coordinator, mental health appointment": (
        {("Last4", "SSN|OTHER_ID")},
        "the last-four form is the PACT row's (the ``Coordinator``, left open here at first, "
        "is read since the seventeenth round by the credential after the name)",
    ),
    "VSO weekly intake dashboard (clean): county, intakes, top contention": (
        {("County", "LOCATION")},
        "an aggregate is told by a total, a record count or a measure column "
        "(aggregate_reports); ``New Intakes`` and ``ITFs Filed`` are counts only by their "
        "values, so the county is read as a person's and the row as PHI",
    ),
    "Burn pit registry participant (JSON): registry id, deployments, reported symptoms": (
        {("registry_id", "OTHER_ID")},
        "a top-level ``registry_id`` is a container registry's (ECR) as often; it is read as "
        "a person's only under a person's object (``donor.registry_id``)",
    ),
    # held out, scored once after the work on SHAPES
    "Veteran service officer case log: VA file number, contentions, C&P exam date": (
        {("Intent to File", "DATE")},
        "an intent to file is the date the veteran's claim is protected from; a bare "
        "``Intent to File`` column names no date word the classifier reads",
    ),
    "VA.gov claim status (JSON:API): a claim id and its contentions": (
        {("data.id", "OTHER_ID")},
        "a JSON:API resource's ``data.id`` is read by its type only for a person's resource; "
        "a claim's id is the person's by the project's decision, but the ``type`` values "
        "that would name a claim are not listed yet",
    ),
    "MTF appointment reminder text: a day and a military time, the clinic, a building": (
        {("body", "HEALTH"), ("body", "NAME")},
        '``LOPEZ, A`` after "appt for" is a surname and an initial in capitals, which no '
        "cue reads without NER, and ``ORTHOPEDICS`` is a department's name, which the "
        "dictionary does not read alone (a department page is no health context); the "
        "text's date and phone leave it unread as PHI",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_military_veterans_health_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on military and veterans' exports fails here. Before the work, blind: SHAPES 33 misses
#: / 4 false / 19 wrong of 31, HELD_OUT 7 / 0 / 5 of 10. Since the seventeenth round two
#: open pairs are read (a coordinator's name with a credential after it, a Vet Center's
#: ``client_id`` beside the client's name as the practice's record id): 12 / 3 / 12 then.
FLOORS = ShapeTotals(expected=144, misses=10, false=3, wrong=11)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
