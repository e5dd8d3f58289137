"""Medicare Advantage, Medigap and ACA insurance brokers' and TPMOs' exports.

A blind probe, written by hand before reading the detectors: what a Medicare insurance
agency, a call-centre TPMO (third-party marketing organisation) or a field broker exports
from its tools. Call-centre lead exports (TV-response leads with the caller's ANI and the
ad's toll-free DNIS, "turning 65" list-broker leads with name, DOB, ZIP, the Medicare
Beneficiary Identifier and Part A/B effective dates), dialer lists (Convoso-like),
Scope of Appointment (SOA) records, enrollment applications submitted through Sunfire-,
ConnectureDRX- and carrier-portal-like tools (contract-PBP ``H1234-005``, plan name,
election period AEP/OEP/SEP and the SEP reason, LIS/Extra Help, D-SNP eligibility with
chronic condition verification), Medigap applications with underwriting questions, agent
CRM notes and tasks (AgencyBloc- and Salesforce-like), prescription drug and doctor lists
entered for plan comparison, consent-to-record call logs and recording lists, Five9-like
call logs with notes, carrier book-of-business and commission exports, HealthSherpa-like
ACA marketplace exports, Facebook lead forms and ping/post lead posts; with the clean rows
around them: CMS landscape (plan catalog) rows with county FIPS codes, star ratings,
formulary look-ups, producer rosters with NPNs and writing numbers, TPMO disclaimer text,
campaign and call-centre KPI reports, CMS marketing material ids.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors, and
kept consistent with the payer-outreach, eligibility-files, lead-generation,
calls-and-scheduling, senior-care and life-underwriting probes):

- **A drug list entered for plan comparison is health context.** A broker enters the
  drugs a beneficiary takes (``Eliquis 5 MG Oral Tablet``, 60 per 30 days) to price Part D
  coverage: it says what the person is treated with, exactly as a lead's medications are
  health in tests/test_lead_generation.py and an Rx-history hit is in
  tests/test_life_insurance_underwriting.py. MEDICATION (``HEALTH``). The same drug in a
  plan's formulary look-up names nobody: found as a term perhaps, never PHI.
- **A D-SNP or C-SNP chronic condition attestation is health.** The qualifying condition
  (``Diabetes mellitus``, ``Chronic heart failure``) and an ESRD answer of "Yes" are the
  applicant's health, as the payer-outreach probe decided for a C-SNP qualifying
  condition. A "No" to an ESRD or underwriting question says nothing.
- **Insurance is a product, not health.** Medicare Advantage, Medigap Plan G, a PDP, a
  D-SNP as such, dual status (``QMB+``, ``FBDE``), LIS/Extra Help levels, an election type
  (AEP/OEP/SEP/ICEP) and a SEP reason such as ``MOV`` (moved) are no health; an SOA's list
  of products to discuss ("Dental/Vision/Hearing Products", "Hospital Indemnity Products")
  names products, not the beneficiary's care: must not be HEALTH.
- **An agent's NPN, state licence and carrier writing numbers are the agent's trade, not a
  patient's**: no finding in a producer roster, and never the member's HEALTH_PLAN_ID on
  an application (tests/test_life_insurance_underwriting.py, tests/test_payer_outreach.py).
  An agent's own name, email and phone are neither expected nor forbidden (staff).
- **Plan and CMS codes are no one's**: a contract (``H1234``), a contract-PBP(-segment)
  id (``H1234-005``, ``S5810-123``), a HIOS plan id (``12345OH0010001-01``), a plan name,
  a star rating, a premium, a MOOP, a deductible, an APTC, a CSR level, a county FIPS code
  of a plan's service area, a CMS TRC code, a marketing material id (``Y0040_...``), a
  campaign name and a TPMO disclaimer (with 1-800-MEDICARE's TTY line) are never findings.
  Carrier names are no NAME.
- **The beneficiary's ids**: an MBI, a carrier member id and a Medicaid id are
  HEALTH_PLAN_ID; a dialer's or CRM's lead id is the person's record id (OTHER_ID, as the
  project decided in tests/test_lead_generation.py); an FFM application id
  (``OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID``); an enrollment confirmation number and a
  TrustedForm certificate as the lead-generation probe reads them (confirmation: left
  unstated; TrustedForm: ``ONLINE_ID|OTHER_ID``). Call, recording and interaction ids are
  no finding; a recording's file name that embeds the caller's number holds a PHONE.
- **Dates**: birth, Part A and Part B effective dates, a turning-65 date, a plan's
  proposed or actual effective date for the member, a term date, a SEP's qualifying
  event date (the move), an SOA's appointment date are the person's DATEs. A call's start
  and an application's or SOA's signature date are left unstated (as in the calls and
  life-underwriting probes); report, campaign, roster and material filing dates are not
  a person's: forbidden.
- **Lines**: the caller's ANI is a PHONE; a toll-free DNIS or a TPMO's toll-free line is
  the organisation's; a doctor's office fax on a condition verification form is left to
  the project (a clinician's contact details are reported), the doctor's name and NPI
  are reported (NAME and ``OTHER_ID|LICENSE_NUMBER``).
- **A preferred doctor's specialty on a plan search is the doctor's job**, not the
  beneficiary's health (a clinician's specialty is their job, as the HCP-marketing probe
  decided); a preferred pharmacy's name and address are the pharmacy's (no LOCATION).
- **A relative's health in the agent's note is the record's health context** ("wife on
  insulin"), as the senior-care probe read a family member's note.

After reading the detectors one blind expectation was moved by a decision made elsewhere
(:data:`_DECIDED`: a Lead Ads question that names a condition is found on its ``name``,
as tests/test_lead_generation.py expects). What the work built: a payer's name as a
member-id column's label (``Humana ID``, ``Aetna Member ID``; an agent's ``UHC Writer ID``
is not one), an ACA marketplace application's id (``ffm_app_id``) as the household's
OTHER_ID, a TTY relay line after its label ("TTY users should call 1-877-…") as the
organisation's, a list of providers' ``name`` read behind a title cue as a co-provider's
is (``providers[0].name`` = "Dr. Susan Kaplan"), an application's ``questions.esrd`` =
"Yes" as a keyed answer (``questions`` beside ``answers`` and ``responses``), a content
library's filing and approval dates (a CMS marketing material or a disclaimer asset beside
its version, title, text or status, no person) as the organisation's, and, from the
held-out rows, a CRM activity's bare ``Who`` column as a NAME, a caller's number in a call
recording's file name as a PHONE, and a records system's retention clock
(``retention_until``) as no person's date.

Figures (misses / false findings / records wrong): SHAPES (30 records), blind 8 / 3 / 9
of 119 pairs, after the work and the decision 0 / 0 / 0. HELD_OUT (10 records), blind
before any work 2 / 1 / 2 of 38 pairs; scored once after the work on SHAPES: 2 / 1 / 2
(the same three pairs); after three general fixes it pointed to (``Who``, a recording's
file name, a retention date): 0 / 0 / 0. Nothing is left open (:data:`LEFT_ALONE` is
empty).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "TV-response lead export (CSV): ANI, toll-free DNIS, MBI, Part A/B dates",
        {
            "Lead Date": "10/16/2024",
            "ANI": "6145550148",
            "DNIS": "8665550187",
            "First Name": "Dolores",
            "Last Name": "Kaminski",
            "DOB": "02/11/1959",
            "Zip": "43229",
            "MBI": "5TN7-KH3-WR29",
            "Part A Effective": "02/01/2024",
            "Part B Effective": "02/01/2024",
            "Media Source": "TV - Medicare Advantage 60s - WBNS",
            "Lead Cost": "42.00",
        },
        {
            ("ANI", "PHONE"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("DOB", "DATE"),
            ("Zip", "ZIP_CODE"),
            ("MBI", "HEALTH_PLAN_ID"),
            ("Part A Effective", "DATE"),
            ("Part B Effective", "DATE"),
        },
        {("DNIS", "*"), ("Media Source", "*"), ("Lead Cost", "*")},
        False,
    ),
    (
        "Turning-65 list-broker leads (CSV): name, address, DOB, T65 date",
        {
            "FIRST": "Raymond",
            "LAST": "Ostrowski",
            "ADDRESS": "8812 Brookside Dr",
            "CITY": "Reynoldsburg",
            "ST": "OH",
            "ZIP5": "43068",
            "PHONE": "614-555-0163",
            "DOB": "1960-03-22",
            "T65 DATE": "03/01/2025",
            "LIST": "T65_OH_MAR2025",
            "RECORD_NO": "000418",
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDRESS", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP5", "ZIP_CODE"),
            ("PHONE", "PHONE"),
            ("DOB", "DATE"),
            ("T65 DATE", "DATE"),
        },
        {("ST", "*"), ("LIST", "*"), ("RECORD_NO", "*")},
        False,
    ),
    (
        "Sunfire-like enrollment application (JSON): SEP for a move, agent NPN, PCP",
        {
            "applicationId": "b3f0e7a2-51c4-4d2e-9a80-6e1f2c3d4a5b",
            "confirmationNumber": "SF24-7F3K9Q2",
            "applicant": {
                "firstName": "Eugene",
                "lastName": "Hollister",
                "birthDate": "1956-07-04",
                "gender": "M",
                "mbi": "2EG4TE5MK73",
                "partAEffectiveDate": "2021-07-01",
                "partBEffectiveDate": "2021-07-01",
                "permanentAddress": {
                    "street1": "415 Cherry Bottom Rd",
                    "city": "Gahanna",
                    "state": "OH",
                    "zip": "43230",
                },
                "phone": "(614) 555-0177",
                "email": "ehollister56@aol.com",
            },
            "plan": {
                "contractId": "H3146",
                "pbpId": "012",
                "segmentId": "000",
                "planName": "Medical Mutual MedMutual Advantage Classic (PPO)",
                "premium": 0.0,
            },
            "electionType": "SEP",
            "sepReasonCode": "MOV",
            "sepReasonDate": "2024-08-15",
            "proposedEffectiveDate": "2024-10-01",
            "esrd": "No",
            "pcp": {"name": "Dr. Anil Mehta", "npi": "1679576722"},
            "agent": {"npn": "17849302", "writingNumber": "MMO-55821"},
        },
        {
            ("applicant.firstName", "NAME"),
            ("applicant.lastName", "NAME"),
            ("applicant.birthDate", "DATE"),
            ("applicant.mbi", "HEALTH_PLAN_ID"),
            ("applicant.partAEffectiveDate", "DATE"),
            ("applicant.partBEffectiveDate", "DATE"),
            ("applicant.permanentAddress.street1", "LOCATION"),
            ("applicant.permanentAddress.city", "LOCATION"),
            ("applicant.permanentAddress.zip", "ZIP_CODE"),
            ("applicant.phone", "PHONE"),
            ("applicant.email", "EMAIL"),
            ("sepReasonDate", "DATE"),
            ("proposedEffectiveDate", "DATE"),
            ("pcp.name", "NAME"),
            ("pcp.npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("plan.contractId", "*"),
            ("plan.pbpId", "*"),
            ("plan.segmentId", "*"),
            ("plan.planName", "*"),
            ("plan.premium", "*"),
            ("electionType", "*"),
            ("sepReasonCode", "*"),
            ("esrd", "*"),
            ("agent.npn", "HEALTH_PLAN_ID"),
            ("agent.writingNumber", "HEALTH_PLAN_ID"),
        },
        False,
    ),
    (
        "D-SNP application with chronic condition verification: diabetes and CHF",
        {
            "app_id": "DSNP-2024-004417",
            "beneficiary_first_name": "Lucille",
            "beneficiary_last_name": "Abernathy",
            "dob": "09/30/1952",
            "mbi": "8QA2HN6YC41",
            "medicaid_id": "104488213907",
            "dual_status": "QMB+",
            "lis_level": "100%",
            "contract_pbp": "H5216-224",
            "plan_name": "Humana Gold Plus SNP-DE H5216-224 (HMO D-SNP)",
            "chronic_conditions": "Diabetes mellitus, Chronic heart failure",
            "ccv_method": "Pre-enrollment qualification assessment",
            "election_period": "SEP - Dual/LIS",
            "effective_date": "11/01/2024",
        },
        {
            ("beneficiary_first_name", "NAME"),
            ("beneficiary_last_name", "NAME"),
            ("dob", "DATE"),
            ("mbi", "HEALTH_PLAN_ID"),
            ("medicaid_id", "HEALTH_PLAN_ID"),
            ("chronic_conditions", "HEALTH"),
            ("effective_date", "DATE"),
        },
        {
            ("dual_status", "*"),
            ("lis_level", "*"),
            ("contract_pbp", "*"),
            ("plan_name", "*"),
            ("election_period", "*"),
        },
        True,
    ),
    (
        "Scope of Appointment (SOA) record: products to discuss, appointment date",
        {
            "soa_id": "SOA-88213",
            "beneficiary_name": "Harriet Lindqvist",
            "beneficiary_phone": "740-555-0129",
            "products": [
                "Medicare Advantage Plans (Part C) and Cost Plans",
                "Stand-alone Medicare Prescription Drug Plans (Part D)",
                "Dental/Vision/Hearing Products",
                "Hospital Indemnity Products",
                "Medicare Supplement (Medigap) Products",
            ],
            "appointment_date": "10/22/2024",
            "initial_contact": "Inbound call",
            "signature_method": "Telephonic - recorded",
            "signed_at": "2024-10-18T15:02:11Z",
            "agent_npn": "18830455",
        },
        {
            ("beneficiary_name", "NAME"),
            ("beneficiary_phone", "PHONE"),
            ("appointment_date", "DATE"),
        },
        {
            ("soa_id", "*"),
            ("products[0]", "*"),
            ("products[1]", "*"),
            ("products[2]", "HEALTH"),
            ("products[3]", "HEALTH"),
            ("products[4]", "*"),
            ("initial_contact", "*"),
            ("signature_method", "*"),
            ("agent_npn", "*"),
        },
        False,
    ),
    (
        "Agent CRM note (AgencyBloc-like): wife on insulin, wants her doctor in network",
        {
            "Client": "Walter Brennan",
            "Client Phone": "(937) 555-0105",
            "Note Type": "Phone Call",
            "Note": (
                "Spoke w/ Walter re AEP review. Wife on insulin, wants Dr. Patel in network. "
                "Both on Eliquis. Current plan H3146-012, premium went up. Follow up 10/28."
            ),
            "Created By": "Jenna Sorensen",
            "Created": "2024-10-17 11:42",
        },
        {
            ("Client", "NAME"),
            ("Client Phone", "PHONE"),
            ("Note", "NAME"),
            ("Note", "HEALTH"),
        },
        {("Note Type", "*"), ("Created", "*")},
        True,
    ),
    (
        "ConnectureDRX-like plan comparison quote (JSON): the drug list entered",
        {
            "quoteId": "Q-7713920",
            "consumer": {
                "firstName": "Nadine",
                "lastName": "Castellano",
                "email": "ncastellano@gmail.com",
                "zipCode": "45236",
            },
            "countyFips": "39061",
            "effectiveYear": 2025,
            "drugs": [
                {
                    "ndc": "00003089421",
                    "name": "Eliquis 5 MG Oral Tablet",
                    "quantity": 60,
                    "daysSupply": 30,
                },
                {
                    "ndc": "00169413212",
                    "name": "Ozempic 1 MG/DOSE Pen Injector",
                    "quantity": 1,
                    "daysSupply": 28,
                },
            ],
            "pharmacies": [{"npi": "1033112214", "name": "Kroger Pharmacy #744"}],
            "recommendedPlan": "S4802-156",
        },
        {
            ("consumer.firstName", "NAME"),
            ("consumer.lastName", "NAME"),
            ("consumer.email", "EMAIL"),
            ("consumer.zipCode", "ZIP_CODE"),
            ("drugs[0].name", "HEALTH"),
            ("drugs[1].name", "HEALTH"),
        },
        {
            ("quoteId", "*"),
            ("effectiveYear", "*"),
            ("pharmacies[0].name", "*"),
            ("recommendedPlan", "*"),
            ("drugs[0].quantity", "*"),
        },
        True,
    ),
    (
        "Consent-to-record call log: recording id, ANI, TPMO toll-free DNIS",
        {
            "call_id": "c-20241018-0931-7781",
            "recording_id": "REa3f91c0d7e2b4c5a8f6e1d2c3b4a5f60",
            "ani": "+15135550191",
            "dnis": "+18885550142",
            "beneficiary_name": "Theodore Fairbanks",
            "consent_to_record": "Y",
            "disclaimer_played": "TPMO_DISCLAIMER_2025_V2",
            "call_start": "2024-10-18T13:31:07Z",
            "duration_sec": 1844,
            "agent_id": "AG-2231",
        },
        {("ani", "PHONE"), ("beneficiary_name", "NAME")},
        {
            ("call_id", "*"),
            ("recording_id", "*"),
            ("dnis", "*"),
            ("disclaimer_played", "*"),
            ("duration_sec", "*"),
            ("agent_id", "*"),
        },
        False,
    ),
    (
        "HealthSherpa-like ACA agent export (CSV): FFM app id, HIOS plan id, APTC",
        {
            "first_name": "Keisha",
            "last_name": "Odom",
            "date_of_birth": "1988-12-05",
            "email": "keisha.odom@yahoo.com",
            "phone": "6145550193",
            "address": "2290 Lockbourne Rd",
            "city": "Columbus",
            "state": "OH",
            "zip_code": "43207",
            "ffm_app_id": "5283019447",
            "hios_id": "12345OH0010001-01",
            "plan_name": "Ambetter Balanced Care 12",
            "metal_level": "Silver",
            "premium": "412.66",
            "aptc": "398.00",
            "csr": "94",
            "effective_date": "2025-01-01",
            "policy_status": "Effectuated",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("date_of_birth", "DATE"),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("address", "LOCATION"),
            ("city", "LOCATION"),
            ("zip_code", "ZIP_CODE"),
            ("ffm_app_id", "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"),
        },
        {
            ("state", "*"),
            ("hios_id", "*"),
            ("plan_name", "*"),
            ("metal_level", "*"),
            ("premium", "*"),
            ("aptc", "*"),
            ("csr", "*"),
            ("policy_status", "*"),
        },
        False,
    ),
    (
        "CMS landscape / plan catalog row (clean): county FIPS, premium, MOOP, stars",
        {
            "Contract ID": "H3146",
            "Plan ID": "012",
            "Segment ID": "0",
            "Organization Name": "Medical Mutual of Ohio",
            "Plan Name": "MedMutual Advantage Classic (PPO)",
            "Plan Type": "Local PPO",
            "State": "OH",
            "County": "Franklin",
            "County FIPS": "39049",
            "Monthly Premium": "$0.00",
            "Drug Deductible": "$350.00",
            "In-Network MOOP": "$4,900",
            "Overall Star Rating": "4.5",
            "Effective Date": "01/01/2025",
        },
        set(),
        {
            ("Contract ID", "*"),
            ("Plan ID", "*"),
            ("Segment ID", "*"),
            ("Organization Name", "*"),
            ("Plan Name", "*"),
            ("County", "*"),
            ("County FIPS", "*"),
            ("Monthly Premium", "*"),
            ("Drug Deductible", "*"),
            ("In-Network MOOP", "*"),
            ("Overall Star Rating", "*"),
            ("Effective Date", "*"),
        },
        False,
    ),
    (
        "Producer roster (clean): NPN, resident licence, carrier writing numbers",
        {
            "Agent Name": "Marcus Delaney",
            "NPN": "17849302",
            "Resident State": "OH",
            "License #": "1194827",
            "License Exp": "2026-03-31",
            "Humana SAN": "1842736",
            "Aetna Writing #": "AET-884213",
            "UHC Writer ID": "AA1038822",
            "AHIP Completed": "2024-07-19",
            "Ready to Sell 2025": "Y",
        },
        set(),
        {
            ("NPN", "*"),
            ("Resident State", "*"),
            ("License #", "*"),
            ("License Exp", "*"),
            ("Humana SAN", "*"),
            ("Aetna Writing #", "*"),
            ("UHC Writer ID", "*"),
            ("AHIP Completed", "*"),
        },
        False,
    ),
    (
        "Medigap application underwriting questions: COPD and home oxygen answered Yes",
        {
            "application_number": "MS-2024-118223",
            "applicant_name": "Beatrice Okonkwo",
            "applicant_dob": "05/14/1957",
            "medicare_number": "3RW9-FX7-UP52",
            "plan_letter": "G",
            "household_discount": "Yes",
            "tobacco_use": "No",
            "uw_q1_hospitalized_last_2_years": "No",
            "uw_q2_copd_emphysema_or_oxygen": "Yes - COPD, uses home oxygen at night",
            "uw_q3_cancer_last_2_years": "No",
            "requested_effective_date": "12/01/2024",
            "carrier": "Mutual of Omaha",
        },
        {
            ("applicant_name", "NAME"),
            ("applicant_dob", "DATE"),
            ("medicare_number", "HEALTH_PLAN_ID"),
            ("uw_q2_copd_emphysema_or_oxygen", "HEALTH"),
            ("requested_effective_date", "DATE"),
        },
        {
            ("plan_letter", "*"),
            ("household_discount", "*"),
            ("uw_q1_hospitalized_last_2_years", "*"),
            ("uw_q3_cancer_last_2_years", "*"),
            ("carrier", "*"),
        },
        True,
    ),
    (
        "TPMO disclaimer text row (clean): the required statement with 1-800-MEDICARE",
        {
            "asset": "tpmo_disclaimer_web_footer",
            "version": "2025.1",
            "text": (
                "We do not offer every plan available in your area. Currently we represent "
                "9 organizations which offer 118 products in your area. Please contact "
                "Medicare.gov, 1-800-MEDICARE (TTY users should call 1-877-486-2048), or your "
                "local State Health Insurance Program (SHIP) to get information on all of "
                "your options."
            ),
            "approved_on": "2024-09-03",
        },
        set(),
        {("asset", "*"), ("version", "*"), ("text", "*"), ("approved_on", "*")},
        False,
    ),
    (
        "Campaign performance report (clean of people): leads, spend, CPL by campaign",
        {
            "Date": "2024-10-20",
            "Campaign": "CSNP_Diabetes_FB_Q4",
            "Impressions": "184220",
            "Leads": "312",
            "Spend": "9876.40",
            "CPL": "31.66",
            "Enrollments": "41",
        },
        set(),
        {
            ("Date", "*"),
            ("Impressions", "*"),
            ("Leads", "*"),
            ("Spend", "*"),
            ("CPL", "*"),
            ("Enrollments", "*"),
        },
        False,
    ),
    (
        "Five9-like call log with the agent's notes: COPD, oxygen, two drugs",
        {
            "CALL ID": "300000012884431",
            "TIMESTAMP": "Fri, 18 Oct 2024 14:30:22",
            "CAMPAIGN": "MA_Inbound_TV",
            "ANI": "5135550184",
            "DNIS": "8445550166",
            "CUSTOMER NAME": "Gerald Whitcomb",
            "DISPOSITION": "Enrolled",
            "AGENT NAME": "Tori Blackwell",
            "NOTES": (
                "Caller has COPD, on 2L oxygen, takes Trelegy and Eliquis. Wants plan with "
                "low Tier 3 copay. Enrolled in H0028-007 eff 11/1."
            ),
        },
        {
            ("ANI", "PHONE"),
            ("CUSTOMER NAME", "NAME"),
            ("NOTES", "HEALTH"),
        },
        {
            ("CALL ID", "*"),
            ("TIMESTAMP", "*"),
            ("CAMPAIGN", "*"),
            ("DNIS", "*"),
            ("DISPOSITION", "*"),
        },
        True,
    ),
    (
        "Call recording list: recording file name carries the caller's number",
        {
            "recording_id": "rec_0f8e2a91c4b7",
            "file_name": "20241018_143022_5135550184_agent2231.wav",
            "duration": "00:30:44",
            "storage_bucket": "tpmo-call-recordings-prod",
            "retention_until": "2034-10-18",
        },
        {("file_name", "PHONE")},
        {
            ("recording_id", "*"),
            ("duration", "*"),
            ("storage_bucket", "*"),
            ("retention_until", "*"),
        },
        False,
    ),
    (
        "Carrier book-of-business export (Humana-like): member id, plan, effective and term",
        {
            "Member Name": "PRUITT, CHARLENE",
            "Humana ID": "H41827736",
            "Member DOB": "08/19/1950",
            "Plan": "Humana Gold Plus H5216-052 (HMO)",
            "Effective Date": "01/01/2024",
            "Term Date": "12/31/2024",
            "Status": "Termed - Voluntary",
            "Agent SAN": "1842736",
        },
        {
            ("Member Name", "NAME"),
            ("Humana ID", "HEALTH_PLAN_ID"),
            ("Member DOB", "DATE"),
            ("Effective Date", "DATE"),
            ("Term Date", "DATE"),
        },
        {("Plan", "*"), ("Status", "*"), ("Agent SAN", "*")},
        False,
    ),
    (
        "Commission statement line: member, member id, plan, commission amount",
        {
            "Statement Period": "2024-09",
            "Writing Agent NPN": "17849302",
            "Member": "Eleanor Vasquez",
            "Member ID": "W224871960",
            "Product": "Aetna Medicare Value Plan (PPO) H5521-241",
            "Transaction": "Renewal",
            "Effective": "01/01/2024",
            "Commission": "$52.75",
        },
        {
            ("Member", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Statement Period", "*"),
            ("Writing Agent NPN", "*"),
            ("Product", "*"),
            ("Transaction", "*"),
            ("Commission", "*"),
        },
        False,
    ),
    (
        "Plan search with preferred doctors and pharmacy: specialty and store address",
        {
            "session": "ps_5d1f9e0a",
            "client_email": "h.greenbaum@outlook.com",
            "zip": "43017",
            "providers": [
                {"name": "Dr. Susan Kaplan", "npi": "1386723471", "specialty": "Cardiology"},
                {"name": "Dr. Omar Haddad", "npi": "1497758544", "specialty": "Family Medicine"},
            ],
            "pharmacy": {
                "name": "CVS Pharmacy #07711",
                "address": "6300 Perimeter Loop Rd, Dublin, OH 43017",
            },
        },
        {
            ("client_email", "EMAIL"),
            ("zip", "ZIP_CODE"),
            ("providers[0].name", "NAME"),
            ("providers[1].name", "NAME"),
        },
        {
            ("session", "*"),
            ("providers[0].specialty", "HEALTH"),
            ("providers[1].specialty", "HEALTH"),
            ("pharmacy.name", "*"),
            ("pharmacy.address", "LOCATION"),
        },
        False,
    ),
    (
        "LIS/Extra Help dual-eligible lead: Medicaid level, MBI, no health",
        {
            "lead_id": "L-2024-339018",
            "name": "Cornelius Baptiste",
            "phone": "216-555-0138",
            "mbi": "7KD1-CA4-GJ86",
            "medicaid": "Yes - QMB",
            "extra_help": "Full LIS (100%)",
            "interested_in": "D-SNP",
            "source": "Dual_Eligible_Mailer_Q3",
        },
        {
            ("lead_id", "OTHER_ID"),
            ("name", "NAME"),
            ("phone", "PHONE"),
            ("mbi", "HEALTH_PLAN_ID"),
        },
        {("medicaid", "*"), ("extra_help", "*"), ("interested_in", "*"), ("source", "*")},
        False,
    ),
    (
        "Carrier portal enrollment status feed: CMS accepted, TRC code, writing number",
        {
            "confirmation": "AETMED-24-8831907",
            "beneficiary": "Rivera, Johnathan",
            "mbi": "4MV8PT2AE37",
            "contract_pbp_segment": "H5521-241-000",
            "cms_status": "Accepted",
            "trc": "011",
            "trc_description": "Enrollment Accepted as Submitted",
            "effective_date": "2025-01-01",
            "writing_number": "AET-884213",
            "received_at": "2024-10-21T09:14:55Z",
        },
        {
            ("beneficiary", "NAME"),
            ("mbi", "HEALTH_PLAN_ID"),
            ("effective_date", "DATE"),
        },
        {
            ("contract_pbp_segment", "*"),
            ("cms_status", "*"),
            ("trc", "*"),
            ("trc_description", "*"),
            ("writing_number", "*"),
            ("received_at", "*"),
        },
        False,
    ),
    (
        "C-SNP chronic condition verification form (faxed to the doctor)",
        {
            "form": "CCVF",
            "member_name": "Ida Mae Sorensen",
            "member_dob": "1949-11-02",
            "member_mbi": "1FR6UA3PQ27",
            "qualifying_condition": "Chronic heart failure",
            "provider_name": "Dr. Rachel Imhoff",
            "provider_npi": "1588667638",
            "provider_fax": "(614) 555-0181",
            "verified": "Yes",
            "plan": "WellCare Chronic Care (HMO C-SNP) H0117-003",
        },
        {
            ("member_name", "NAME"),
            ("member_dob", "DATE"),
            ("member_mbi", "HEALTH_PLAN_ID"),
            ("qualifying_condition", "HEALTH"),
            ("provider_name", "NAME"),
            ("provider_npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("form", "*"), ("verified", "*"), ("plan", "*")},
        True,
    ),
    (
        "HealthSherpa-like household (JSON): a pregnant member and tobacco answers",
        {
            "application": {
                "ffm_app_id": "5283021190",
                "household_income": 48200,
                "fpl_percent": 232,
            },
            "members": [
                {
                    "relationship": "self",
                    "first_name": "Brianna",
                    "last_name": "Mercado",
                    "dob": "1995-04-17",
                    "uses_tobacco": False,
                    "is_pregnant": True,
                },
                {
                    "relationship": "spouse",
                    "first_name": "Luis",
                    "last_name": "Mercado",
                    "dob": "1993-10-09",
                    "uses_tobacco": True,
                    "is_pregnant": False,
                },
            ],
            "contact": {"phone": "6145550116", "email": "bri.mercado@gmail.com"},
        },
        {
            ("application.ffm_app_id", "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"),
            ("members[0].first_name", "NAME"),
            ("members[0].last_name", "NAME"),
            ("members[0].dob", "DATE"),
            ("members[0].is_pregnant", "HEALTH"),
            ("members[1].first_name", "NAME"),
            ("members[1].dob", "DATE"),
            ("contact.phone", "PHONE"),
            ("contact.email", "EMAIL"),
        },
        {
            ("application.household_income", "*"),
            ("application.fpl_percent", "*"),
            ("members[1].is_pregnant", "*"),
            ("members[0].relationship", "*"),
        },
        True,
    ),
    (
        "Agent CRM task: call back after AEP about a Medigap rate increase",
        {
            "Subject": "Call back re: Plan G rate increase",
            "Who": "Franklin Osei",
            "Phone": "937-555-0152",
            "Due Date": "2024-12-09",
            "Description": (
                "Client upset about Plan G premium increase, shop Medigap rates after AEP."
            ),
            "Status": "Open",
            "Priority": "Normal",
        },
        {("Who", "NAME"), ("Phone", "PHONE")},
        {("Subject", "*"), ("Description", "HEALTH"), ("Status", "*"), ("Priority", "*")},
        False,
    ),
    (
        "Star ratings table (clean): a contract's measure scores",
        {
            "Contract Number": "H5216",
            "Organization Marketing Name": "Humana",
            "Measure": "C16: Diabetes Care - Blood Sugar Controlled",
            "Star": "4",
            "Rate": "81%",
            "Rating Year": "2025",
        },
        set(),
        {
            ("Contract Number", "*"),
            ("Organization Marketing Name", "*"),
            ("Star", "*"),
            ("Rate", "*"),
            ("Rating Year", "*"),
        },
        False,
    ),
    (
        "Formulary look-up (health, no person): a drug's tier, copay and limits on a plan",
        {
            "plan_id": "S4802-156",
            "drug_name": "Trelegy Ellipta 100-62.5-25 MCG/ACT",
            "rxcui": "1927220",
            "tier": "3",
            "preferred_copay": "$47",
            "prior_auth": "N",
            "quantity_limit": "1 per 30 days",
        },
        {("drug_name", "HEALTH")},
        {
            ("plan_id", "*"),
            ("rxcui", "*"),
            ("tier", "*"),
            ("preferred_copay", "*"),
            ("prior_auth", "*"),
            ("quantity_limit", "*"),
        },
        False,
    ),
    (
        "Facebook Lead Ads Medicare lead: a yes to a condition question",
        {
            "id": "1184772039922871",
            "created_time": "2024-10-19T21:07:44+0000",
            "ad_name": "MA_Giveback_Seniors_65plus_V3",
            "form_id": "822193004412577",
            "field_data": [
                {"name": "full_name", "values": ["Loretta Simms"]},
                {"name": "phone_number", "values": ["+13305550147"]},
                {"name": "zip_code", "values": ["44312"]},
                {
                    "name": "do_you_have_diabetes,_copd_or_a_heart_condition?",
                    "values": ["yes"],
                },
            ],
        },
        {
            ("field_data[0].values[0]", "NAME"),
            ("field_data[1].values[0]", "PHONE"),
            ("field_data[2].values[0]", "ZIP_CODE"),
            ("field_data[3].values[0]", "HEALTH"),
        },
        {("created_time", "*"), ("ad_name", "*"), ("form_id", "*")},
        True,
    ),
    (
        "SEP for a move: new address, move date, MBI; no health",
        {
            "Beneficiary": "Gwendolyn Ashby",
            "MBI": "6HJ3-RT8-VN14",
            "Election": "SEP",
            "SEP Reason": "Moved out of service area (MOV)",
            "Move Date": "09/05/2024",
            "New Address": "77 Lakeview Ter, Sandusky, OH 44870",
            "New County": "Erie",
            "Requested Effective": "11/01/2024",
        },
        {
            ("Beneficiary", "NAME"),
            ("MBI", "HEALTH_PLAN_ID"),
            ("Move Date", "DATE"),
            ("New Address", "LOCATION"),
            ("New County", "LOCATION"),
            ("Requested Effective", "DATE"),
        },
        {("Election", "*"), ("SEP Reason", "*")},
        False,
    ),
    (
        "Call-centre KPI report (clean): calls, AHT, conversions per agent team",
        {
            "Report Date": "2024-10-21",
            "Team": "MA Inbound - Columbus",
            "Calls Offered": "1842",
            "Calls Handled": "1710",
            "AHT (sec)": "1322",
            "Enrollments": "233",
            "Conversion %": "13.6",
            "Service Level": "82%",
        },
        set(),
        {
            ("Report Date", "*"),
            ("Team", "*"),
            ("Calls Offered", "*"),
            ("Calls Handled", "*"),
            ("AHT (sec)", "*"),
            ("Enrollments", "*"),
            ("Conversion %", "*"),
            ("Service Level", "*"),
        },
        False,
    ),
    (
        "Dialer list row (Convoso-like): lead id, phone, a D-SNP list name",
        {
            "lead_id": "88213904",
            "list_id": "1042",
            "list_name": "DSNP_Dual_Eligible_OH_Oct",
            "phone_number": "4195550121",
            "first_name": "Rosalind",
            "last_name": "Pettaway",
            "status": "CALLBK",
            "called_count": "3",
            "last_called": "2024-10-20 16:02:11",
        },
        {
            ("lead_id", "OTHER_ID"),
            ("phone_number", "PHONE"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
        },
        {("list_id", "*"), ("list_name", "*"), ("status", "*"), ("called_count", "*")},
        False,
    ),
    (
        "Salesforce-like task note: a daughter calls, mother had a stroke, moving to AL",
        {
            "attributes": {"type": "Task"},
            "Subject": "Inbound call - SEP question",
            "WhoId": "00Q5e00000Ab3XyEAJ",
            "Description": (
                "Daughter Maria Lopez called for her mom Carmen Lopez. Mom had a stroke in "
                "September, moving into assisted living next month, asking if she qualifies "
                "for an SEP and if Dr. Nguyen takes the new plan. Call back 614-555-0108."
            ),
            "ActivityDate": "2024-10-22",
        },
        {
            ("Description", "NAME"),
            ("Description", "HEALTH"),
            ("Description", "PHONE"),
        },
        {("Subject", "HEALTH")},
        True,
    ),
    (
        "Drug list entered by the agent (CSV): client, drug, dosage, pharmacy",
        {
            "Client Name": "Harold Jenkins",
            "Client DOB": "05/02/1951",
            "Drug Name": "metformin ER",
            "Dosage": "500 mg tablet",
            "Quantity": "180",
            "Frequency": "Every 90 days",
            "Pharmacy": "Walgreens #4421 (mail order: no)",
        },
        {
            ("Client Name", "NAME"),
            ("Client DOB", "DATE"),
            ("Drug Name", "HEALTH"),
        },
        {("Quantity", "*"), ("Frequency", "*"), ("Pharmacy", "*")},
        True,
    ),
    (
        "ACA SEP verification: loss of coverage documents, no health",
        {
            "ffm_app_id": "5283044871",
            "applicant": "Trevor Blankenship",
            "sep_type": "Loss of Minimum Essential Coverage",
            "qle_date": "2024-09-30",
            "document_type": "Letter from employer",
            "document_id": "DOC-99120477",
            "dmi_status": "Verified",
        },
        {
            ("ffm_app_id", "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"),
            ("applicant", "NAME"),
            ("qle_date", "DATE"),
        },
        {("sep_type", "*"), ("document_type", "*"), ("dmi_status", "*")},
        False,
    ),
    (
        "Medigap quote page event (GA4-like): ZIP and age 66, client id",
        {
            "event_name": "quote_submitted",
            "user_pseudo_id": "1293847561.1729100022",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {"string_value": "https://www.example-medicare.com/medigap/quote"},
                },
                {"key": "zip", "value": {"string_value": "43215"}},
                {"key": "age", "value": {"int_value": 66}},
                {"key": "tobacco", "value": {"string_value": "no"}},
                {"key": "plan_letter", "value": {"string_value": "N"}},
            ],
            "event_timestamp": "1729100099123456",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[1].value.string_value", "ZIP_CODE"),
        },
        {
            ("event_params[2].value.int_value", "*"),
            ("event_params[4].value.string_value", "*"),
            ("event_timestamp", "*"),
        },
        False,
    ),
    (
        "MA enrollment with ESRD Yes and a long-term care facility",
        {
            "app": {
                "first_name": "Clarence",
                "last_name": "Mbeki",
                "dob": "1944-01-29",
                "mbi": "9TG5-WM2-KX58",
            },
            "questions": {
                "esrd": "Yes",
                "dialysis_center": "DaVita Westerville Dialysis",
                "lives_in_ltc_facility": "Yes",
                "ltc_facility_name": "Brookdale Riverside",
                "other_rx_coverage": "No",
            },
            "plan_contract_pbp": "H0028-007",
            "effective_date": "2024-12-01",
        },
        {
            ("app.first_name", "NAME"),
            ("app.last_name", "NAME"),
            ("app.dob", "DATE"),
            ("app.mbi", "HEALTH_PLAN_ID"),
            ("questions.esrd", "HEALTH"),
            ("effective_date", "DATE"),
        },
        {
            ("questions.ltc_facility_name", "NAME"),
            ("questions.dialysis_center", "NAME|LOCATION"),
            ("questions.other_rx_coverage", "*"),
            ("plan_contract_pbp", "*"),
        },
        True,
    ),
    (
        "Permission-to-contact web form (TPMO site): consent text, TrustedForm cert",
        {
            "name": "Delphine Arceneaux",
            "phone": "(504) 555-0172",
            "email": "darceneaux@gmail.com",
            "zip": "70115",
            "consent_text": (
                "By clicking Submit I agree to be contacted by a licensed insurance agent "
                "of Senior Benefit Partners LLC at (877) 555-0134 about Medicare Advantage, "
                "Prescription Drug and Medicare Supplement plans."
            ),
            "xxTrustedFormCertUrl": (
                "https://cert.trustedform.com/2a7c3e9f1b0d4e6a8c2f5b7d9e1a3c5f7b9d0e2a"
            ),
            "submitted_at": "2024-10-12T18:22:40Z",
        },
        {
            ("name", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("zip", "ZIP_CODE"),
            ("xxTrustedFormCertUrl", "ONLINE_ID|OTHER_ID"),
        },
        {("consent_text", "*"), ("submitted_at", "*")},
        False,
    ),
    (
        "Post-enrollment welcome call survey: a new medication named",
        {
            "member_name": "Agnes Whitfield",
            "member_id": "H60233481",
            "call_date": "11/04/2024",
            "q_new_medications": "Yes - started Jardiance last month",
            "q_pcp_confirmed": "Yes",
            "q_id_card_received": "Yes",
            "surveyor": "QA-Team-2",
        },
        {
            ("member_name", "NAME"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("q_new_medications", "HEALTH"),
        },
        {("q_pcp_confirmed", "*"), ("q_id_card_received", "*"), ("surveyor", "*")},
        True,
    ),
    (
        "CMS marketing material filing log (clean): material ids and filing dates",
        {
            "material_id": "Y0040_GHHJ4YFEN_M",
            "title": "2025 Medicare Advantage Diabetes Care Brochure",
            "type": "Brochure",
            "filed_date": "2024-08-28",
            "status": "Accepted",
            "language": "English",
        },
        set(),
        {("material_id", "*"), ("type", "*"), ("filed_date", "*"), ("status", "*")},
        False,
    ),
    (
        "Ping/post lead (JSON): conditions and medication count from a Medicare lead form",
        {
            "lead": {
                "first_name": "Vernon",
                "last_name": "Tillman",
                "phone": "3305550190",
                "zip": "44601",
                "dob": "1958-06-30",
                "conditions": ["COPD", "Diabetes"],
                "medications_count": 4,
                "current_coverage": "Original Medicare",
            },
            "publisher_id": "pub_3321",
            "sub_id": "fb_ma_t65_v2",
            "bid": 28.5,
            "jornaya_leadid": "5F2D8A1C-9B3E-4E7A-B1C0-2D4F6A8C0E12",
        },
        {
            ("lead.first_name", "NAME"),
            ("lead.last_name", "NAME"),
            ("lead.phone", "PHONE"),
            ("lead.zip", "ZIP_CODE"),
            ("lead.dob", "DATE"),
            ("lead.conditions[0]", "HEALTH"),
            ("lead.conditions[1]", "HEALTH"),
            ("jornaya_leadid", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("lead.medications_count", "*"),
            ("lead.current_coverage", "*"),
            ("publisher_id", "*"),
            ("bid", "*"),
        },
        True,
    ),
    (
        "Submission confirmation email to the agent: name, MBI and effective date in text",
        {
            "from": "noreply@sunfirematrix.com",
            "subject": "Application submitted - Aetna Medicare",
            "body": (
                "Your application for Johnathan Rivera (MBI 4MV8PT2AE37) was submitted to "
                "Aetna Medicare Value Plan (PPO) H5521-241. Confirmation AETMED-24-8831907. "
                "Requested effective date 01/01/2025."
            ),
            "sent_at": "2024-10-21T09:15:02Z",
        },
        {("body", "NAME"), ("body", "HEALTH_PLAN_ID"), ("body", "DATE")},
        {("from", "*"), ("subject", "*"), ("sent_at", "*")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Facebook Lead Ads Medicare lead: a yes to a condition question": (
        {("field_data[3].name", "HEALTH")},
        {("field_data[3].values[0]", "HEALTH")},
        set(),
        "a Lead Ads question that names a condition is read on its ``name``, where the "
        "words are (tests/test_lead_generation.py expects ``field_data[4].name`` "
        "HEALTH_CONDITION for a knee-pain question); the record is PHI either way",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_medicare_brokers_enrollment_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decision applied): a change that loses recall or precision on
#: Medicare and ACA brokers' exports fails here. Before the work, blind: SHAPES 8 misses /
#: 3 false / 9 wrong of 30, HELD_OUT 2 / 1 / 2 of 10.
FLOORS = ShapeTotals(expected=157, misses=0, false=0, wrong=0)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
