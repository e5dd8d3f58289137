"""Outpatient rehabilitation, chiropractic and sports medicine exports.

A blind probe, written by hand before reading the detectors: what outpatient physical,
occupational and speech therapy practices, chiropractors and sports-medicine programmes
export from their EMRs and marketing tools. WebPT-, Raintree- and Prompt-like exports
(patient lists with case type and primary diagnosis, plans of care with ICD-10 codes,
frequency, certification periods, goals and CPT interventions, charge lines with CPT
timed-code units and minutes, authorisation tracking with visits authorised and used,
functional outcome measures such as Oswestry, LEFS, QuickDASH and NDI, goniometry and
manual muscle testing, discharge summaries with the discharge reason), scheduler exports
and open appointment slots, chiropractic lead funnels (Facebook Lead Ads "new patient
special" forms, a HubSpot lead), adjustment packages and Jane-like bookings, auto-accident
(PIP) and workers' compensation cases (claim numbers, dates of injury and of loss,
adjusters, case managers, employers, work status, an FCE invoice to a carrier), athletic
trainers' injury logs and concussion protocols in school and club sports, pre-participation
physicals, team rosters, league schedules and injury-surveillance aggregates, home
exercise programme apps (Medbridge-like programme assignments, exercise-completion
events, the exercise library), telehealth session webhooks, referral faxes, paediatric
speech-therapy intake, NPS responses and review requests, and the clean rows around them
(clinic directory, CPT fee schedule, weekly visit-volume report).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding; :data:`ANY_ID` is any identifier entity (for fields where a health
reading is fair but no identifier is). Values are made up; field names and layouts are
the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An injury or a pain is health context of the person who has it**: "ACL tear", "low
  back pain", "lateral ankle sprain, grade II", "whiplash", a concussion, "s/p R TKA",
  "lumbar strain", a body part with a symptom ("neck pain and headaches"). This is the
  legal-intake probe's decision for a claimant's injury, applied to patients and athletes.
  A body region alone (``Knee``, ``Cervical``, ``Hip``) is neither expected nor forbidden.
- **Rehabilitation itself is health care**: a PT, OT or speech-therapy evaluation, a
  chiropractic adjustment (a package of them too, as the elective-care probe decided for
  memberships naming a service), a CPT code in a field named for it or in a plan's
  ``interventions`` list (``97110``, ``97140``), a HCPCS orthosis code, a functional
  capacity evaluation, and a home exercise programme named after a condition or surgery
  ("Total Knee Replacement - Post-op"). An exercise's own name ("Heel Slides") is not
  required as health.
- **A functional outcome measure is health context**: the instrument (Oswestry Disability
  Index, LEFS, QuickDASH, NDI, SCAT5) given to a named person says that person has a
  disability of that body region, as the behavioural-health probe decided for PHQ-9 and
  GAD-7 totals; a score column named for the instrument is HEALTH. The number itself is
  never an identifier.
- **The numbers of the trade are never identifiers**: goniometry degrees (``95``, ``-5``),
  manual muscle test grades (``4-/5``), grip strength, pain ratings, CPT units, timed
  minutes, visits authorised and used, a frequency ("2x/week"), jersey numbers, grades,
  scores, fees, charges and counts. Ids that are the practice's or the tool's are never
  findings either: exercise and video ids, appointment-slot, clinic, encounter, game,
  registration, form-submission, survey-response and invoice ids, a package's catalog id.
  A HEP programme's access code (issued to one patient, but a code to open a programme)
  is left unscored.
- **A person's record ids**: a patient id, MRN, external id or HEP patient id is
  ``OTHER_ID|MRN`` (a patient account number ``ACCOUNT_NUMBER|OTHER_ID``), a Facebook
  lead's id is the lead's OTHER_ID (the lead-generation probe's decision), a payer's
  member or Medicaid id is HEALTH_PLAN_ID, an employee id is OTHER_ID.
- **Claims**: a workers' compensation or PIP claim number is the claimant's unique number
  (``OTHER_ID``, ``ACCOUNT_NUMBER`` or ``HEALTH_PLAN_ID`` accepted), as the legal-intake
  and claims probes decided; an auto policy number, a payer's authorisation number and a
  case or referral number are left unscored (the claims probe's prior-auth decision). The
  carrier, the employer (its name and FEIN), a law firm and the carrier's mailing address
  are organisations: no NAME, LOCATION or id. The adjuster and the nurse case manager
  act for the carrier, as an attorney acts for the firm: their names and lines are left
  unscored.
- **Athletes**: a team roster (name, jersey, position, grade, a parent's email and phone)
  is identified but not PHI. An athletic trainer's injury log, a concussion record or a
  pre-participation physical naming the athlete is PHI: school athletic-training records
  are often FERPA education records rather than HIPAA PHI, but which law governs depends
  on who holds the file, which a scanner cannot see (the workforce probe's reasoning for
  employee health). Team, club, school, sport, position and league names are no NAME or
  LOCATION; a league's game date and time are the league's (forbidden); an injury date
  and an estimated return-to-play date are the athlete's DATE. An injury-surveillance
  aggregate (injury type, counts, exposures, rates) names nobody: not PHI.
- **Clinicians are reported as the project reports them**: a referring physician, a
  therapist (PT, PTA, OT, SLP, CHT), a chiropractor, an athletic trainer, a physical
  examiner and a clearing physician named in a patient's record are NAME (their NPI
  ``OTHER_ID|LICENSE_NUMBER``). An open slot's provider, with no patient, is left unscored.
- **Dates**: birth, evaluation, visit and date of service, a plan of care's certification
  start and end, discharge, date of injury (``DOI``), date of accident or loss, an
  appointment, a next visit and a return to play are a person's DATE. The tools' clocks
  (event, sent, created, submitted, registered, received timestamps), a package's purchase
  date (the elective-care probe's "sold on"), a fee schedule's effective date, a report's
  week and an open slot's start are forbidden. Authorisation start and end dates and a
  progress report's due date are left unscored.
- **The practice's own places and lines are not a person's**: a clinic's name (even when
  it holds a city, "Summit Physical Therapy - Dublin", or a health word), its address,
  phone, fax and hours in a directory row, a stadium's address and a carrier's PO box are
  no LOCATION, PHONE or HEALTH. A patient's street, city and ZIP are LOCATION / ZIP_CODE.
- **Reviews and NPS**: a respondent's name and contact are identifiers; a comment that
  describes the person's care ("after my hip replacement") is health context and makes the
  response PHI. A review request that names only the clinic is identified, not PHI (an
  organisation field's health words are not read, as the project decided for department
  pages such as ``/services/oncology``). Survey scores are never findings.

After reading the detectors no blind expectation was changed; five were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): an
``encounter_id`` is the person's record id; a Facebook lead's bare lower-case ``id`` is
left alone; and a practice's name that names its care ("Summit Physical Therapy -
Dublin") is health context in a ``location`` field, as tests/test_cdc_streams.py reads an
appointment reminder's ``location`` ("Raleigh Women's Health - Mammography"), so the NPS
response's and the review request's sites and the directory's clinic name hold health
words, and the review request is a PHI record by the contract's rule (in
:data:`LEFT_ALONE` as a decision). What the work built: functional outcome measures as
readings under fields named for them (``lefs``, ``Final QuickDASH``, ``ODI Score``,
``ndi``, KOOS and HOOS, in their scales; intake, baseline, discharge and final as
qualifiers) and by name in the vocabulary (Oswestry Disability Index, Neck Disability
Index, Lower Extremity Functional Scale, QuickDASH); rehabilitation wording (functional
capacity evaluation, therapeutic exercise, manual therapy, neuromuscular re-education,
gait training, dry needling, work hardening and conditioning, ``knee OA``, ``hip OA``, ACL
and other sprains by name, since ``sprain`` alone stays a stop term); a plan of care's
``interventions`` as CPT codes; a bare ``Athlete`` column as a name, and clinicians by
discipline (``Athletic Trainer``, ``Physical Therapist``, ``Chiropractor``) with a slashed
credential in the name value ("Chen Wu, OTR/L, CHT"); a ``claim_no``; a
``patient_external_id`` as the practice's record id, not an ad platform's
``external_id``; therapy, chiropractic and rehabilitation practices' names as an
organisation's (not a person's name; not health in an organisation field); an open-slot
export's bare ``Start`` beside its ``Slot ID`` as the calendar's. Three records are left
open (:data:`LEFT_ALONE`): a bare ``Provider`` column, a bill's ``bill_to`` address told to
be a carrier's only by its sibling, and the review request (a decision).

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records), blind 15 /
5 / 15 of 123 pairs; after the work and the decisions 1 / 1 / 2 of 122 (both in
LEFT_ALONE). HELD_OUT (10 records), blind before any work 1 / 1 / 2 of 35; scored once
after the work on SHAPES: 0 / 0 / 0, with a wider rule (``clinic`` and ``location`` as
organisation fields, a site's town after a dash) that broke tests/test_cdc_streams.py's
appointment location; with that rule withdrawn and the decision above, 0 / 0 / 1 (the
review request's PHI verdict, by decision). No held-out failure was fixed.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for fields where a health reading is fair but no identifier is.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)
CLAIM = "OTHER_ID|ACCOUNT_NUMBER|HEALTH_PLAN_ID"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "WebPT-like patient list (CSV): case type, primary dx, therapist, referring MD",
        {
            "Patient Name": "Gonzalez, Maria",
            "DOB": "04/17/1972",
            "Case Type": "Physical Therapy",
            "Primary Dx": "M54.50 Low back pain, unspecified",
            "Referring Provider": "Dr. Alan Whitaker",
            "Therapist": "Kelsey Moore, PT, DPT",
            "Clinic": "Summit PT - Dublin",
            "Home Phone": "(614) 555-0133",
            "Email": "mgonzalez72@gmail.com",
            "Initial Eval Date": "2024-09-03",
            "Visits to Date": "6",
        },
        {
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Primary Dx", "HEALTH"),
            ("Referring Provider", "NAME"),
            ("Therapist", "NAME"),
            ("Home Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Initial Eval Date", "DATE"),
        },
        {("Clinic", "NAME|LOCATION"), ("Visits to Date", "*")},
        True,
    ),
    (
        "Prompt-like plan of care (JSON): ICD-10, certification period, goals, CPT list",
        {
            "patient": {
                "mrn": "PRM-00418823",
                "first_name": "Caleb",
                "last_name": "Worthington",
                "dob": "2001-03-22",
            },
            "plan_of_care": {
                "diagnoses": [
                    {
                        "icd10": "S83.511A",
                        "description": "Sprain of anterior cruciate ligament of right knee, "
                        "initial encounter",
                    }
                ],
                "frequency": "2x/week",
                "duration_weeks": 8,
                "cert_start": "2024-10-01",
                "cert_end": "2024-11-26",
                "goals": [
                    "Ascend/descend 12 stairs with reciprocal pattern without pain",
                    "Return to recreational soccer",
                ],
                "interventions": ["97110", "97112", "97140", "97530"],
            },
            "referring_physician": {"name": "Priya Raman, MD", "npi": "1639284755"},
        },
        {
            ("patient.mrn", "OTHER_ID|MRN"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("plan_of_care.diagnoses[0].icd10", "HEALTH"),
            ("plan_of_care.diagnoses[0].description", "HEALTH"),
            ("plan_of_care.cert_start", "DATE"),
            ("plan_of_care.cert_end", "DATE"),
            ("plan_of_care.interventions[0]", "HEALTH"),
            ("referring_physician.name", "NAME"),
            ("referring_physician.npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("plan_of_care.frequency", "*"),
            ("plan_of_care.duration_weeks", "*"),
            ("plan_of_care.goals[0]", ANY_ID),
        },
        True,
    ),
    (
        "Raintree-like charge export (CSV): CPT timed code, units, minutes",
        {
            "Patient Acct #": "RT-220914",
            "Patient": "Hollis, Dwayne",
            "DOS": "10/08/2024",
            "CPT": "97110",
            "Modifier": "GP",
            "Units": "3",
            "Timed Minutes": "40",
            "Provider": "Jenna Alvarez, PTA",
            "Charge": "171.00",
            "Payer": "Aetna",
        },
        {
            ("Patient Acct #", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Patient", "NAME"),
            ("DOS", "DATE"),
            ("CPT", "HEALTH"),
            ("Provider", "NAME"),
        },
        {
            ("Modifier", "*"),
            ("Units", "*"),
            ("Timed Minutes", "*"),
            ("Charge", "*"),
            ("Payer", "*"),
        },
        True,
    ),
    (
        "Authorisation tracking (CSV): visits authorised and used, member id, body region",
        {
            "Case #": "C-118204",
            "Patient Name": "Ortiz, Camila",
            "Auth #": "A1B99201",
            "Payer": "UnitedHealthcare",
            "Member ID": "918273645",
            "Visits Authorized": "12",
            "Visits Used": "9",
            "Auth Start": "09/15/2024",
            "Auth End": "12/14/2024",
            "Body Region": "Cervical",
            "Dx": "M54.2 Cervicalgia",
        },
        {("Patient Name", "NAME"), ("Member ID", "HEALTH_PLAN_ID"), ("Dx", "HEALTH")},
        {("Visits Authorized", "*"), ("Visits Used", "*"), ("Payer", "*")},
        True,
    ),
    (
        "Outcome measures export (CSV): an Oswestry score at the initial evaluation",
        {
            "Patient": "Tran, Kevin",
            "MRN": "004417382",
            "Measure": "Oswestry Disability Index",
            "Score": "42",
            "Score Type": "% disability",
            "Administered": "2024-08-20",
            "Visit": "Initial Evaluation",
            "MCID Met": "N",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Measure", "HEALTH"),
            ("Administered", "DATE"),
        },
        {("Score", ANY_ID), ("MCID Met", "*"), ("Score Type", ANY_ID)},
        True,
    ),
    (
        "Patient-reported outcome intake (JSON): LEFS and pain rating columns",
        {
            "patient_id": "pt_55102",
            "name": "Sharon Bickley",
            "email": "sbickley@att.net",
            "intake": {
                "lefs": 38,
                "quickdash": None,
                "ndi": None,
                "pain_nprs": 7,
                "body_region": "knee",
                "completed_at": "2024-09-12T15:22:41Z",
            },
        },
        {
            ("patient_id", "OTHER_ID|MRN|ONLINE_ID"),
            ("name", "NAME"),
            ("email", "EMAIL"),
            ("intake.lefs", "HEALTH"),
        },
        {("intake.pain_nprs", ANY_ID), ("intake.completed_at", "*"), ("intake.lefs", ANY_ID)},
        True,
    ),
    (
        "Goniometry and MMT flowsheet (JSON): degrees, grades, a post-op note",
        {
            "encounter_id": "ENC-77120",
            "patient_id": "WP-3318842",
            "measurements": [
                {"joint": "Knee", "motion": "Flexion", "side": "R", "type": "AROM", "degrees": 95},
                {
                    "joint": "Knee",
                    "motion": "Extension",
                    "side": "R",
                    "type": "AROM",
                    "degrees": -5,
                },
            ],
            "mmt": {"quadriceps_R": "4-/5", "hamstrings_R": "4/5"},
            "note": "s/p R TKA 3 wks, quad lag with SLR",
        },
        {("patient_id", "OTHER_ID|MRN"), ("note", "HEALTH")},
        {
            ("encounter_id", "*"),
            ("measurements[0].degrees", "*"),
            ("measurements[1].degrees", "*"),
            ("mmt.quadriceps_R", "*"),
            ("mmt.hamstrings_R", "*"),
        },
        True,
    ),
    (
        "Discharge summary row (CSV): reason, total visits, final QuickDASH",
        {
            "Patient Name": "Ruiz, Daniel",
            "DOB": "1989-02-11",
            "Discharge Date": "11/01/2024",
            "Discharge Reason": "Goals met",
            "Total Visits": "14",
            "Diagnosis": "Rotator cuff tendinitis, left shoulder",
            "Final QuickDASH": "11.4",
            "Therapist": "Marcus Lee, OT",
        },
        {
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Discharge Date", "DATE"),
            ("Diagnosis", "HEALTH"),
            ("Final QuickDASH", "HEALTH"),
            ("Therapist", "NAME"),
        },
        {("Total Visits", "*"), ("Discharge Reason", "*"), ("Final QuickDASH", ANY_ID)},
        True,
    ),
    (
        "Chiropractic lead funnel (Facebook Lead Ads CSV): main area of pain",
        {
            "id": "l:1209384756102938",
            "created_time": "2024-10-12T18:02:44+0000",
            "ad_name": "$49 New Patient Special - Back Pain",
            "campaign_name": "Chiro_NP_Special_Oct",
            "form_name": "Back Pain Relief Offer",
            "what_is_your_main_area_of_pain?": "Lower back / sciatica",
            "full_name": "Brittany Coles",
            "phone_number": "+16145550188",
            "email": "bcoles22@gmail.com",
        },
        {
            ("id", "OTHER_ID|ONLINE_ID"),
            ("what_is_your_main_area_of_pain?", "HEALTH"),
            ("full_name", "NAME"),
            ("phone_number", "PHONE"),
            ("email", "EMAIL"),
        },
        {("created_time", "*"), ("ad_name", ANY_ID), ("campaign_name", ANY_ID)},
        True,
    ),
    (
        "Chiropractic adjustment package sale (CSV): visits remaining, purchase date",
        {
            "Client": "Devon Marsh",
            "Package": "12-Visit Chiropractic Adjustment Package",
            "Package ID": "PKG-CHIRO-12",
            "Purchased": "2024-07-08",
            "Visits Remaining": "5",
            "Price": "540.00",
            "Location": "Align Chiropractic - Grandview",
        },
        {("Client", "NAME"), ("Package", "HEALTH")},
        {
            ("Package ID", "*"),
            ("Purchased", "*"),
            ("Visits Remaining", "*"),
            ("Price", "*"),
            ("Location", "NAME|LOCATION"),
        },
        True,
    ),
    (
        "Jane-like chiropractic booking (JSON): new-patient exam after a car accident",
        {
            "appointment": {
                "id": 88123,
                "start_at": "2024-10-15T09:30:00-04:00",
                "treatment": "Chiropractic Initial Assessment + X-rays",
                "practitioner": "Dr. Nate Kessler, DC",
                "location_id": 12,
            },
            "patient": {
                "first_name": "Omar",
                "last_name": "Haddad",
                "email": "omar.haddad@icloud.com",
                "phone": "614-555-0158",
                "date_of_birth": "1985-12-02",
            },
            "intake": {
                "reason_for_visit": "Neck pain and headaches after car accident",
                "pain_scale": 6,
            },
        },
        {
            ("appointment.start_at", "DATE"),
            ("appointment.treatment", "HEALTH"),
            ("appointment.practitioner", "NAME"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.email", "EMAIL"),
            ("patient.phone", "PHONE"),
            ("patient.date_of_birth", "DATE"),
            ("intake.reason_for_visit", "HEALTH"),
        },
        {
            ("appointment.id", "*"),
            ("appointment.location_id", "*"),
            ("intake.pain_scale", ANY_ID),
        },
        True,
    ),
    (
        "PIP auto-accident case (CSV): date of accident, claim and policy, injuries",
        {
            "Patient": "Whitley, Janelle",
            "DOB": "07/30/1994",
            "Date of Accident": "09/21/2024",
            "Claim #": "45-7R29-881",
            "Insurance Carrier": "Progressive",
            "Adjuster": "Tom Becker",
            "Adjuster Phone": "(800) 555-0142 ext 5531",
            "Policy #": "PGR-931177420",
            "PIP Limit": "10000",
            "Injuries": "Whiplash, cervical strain; post-traumatic headache",
            "Attorney": "Morgan & Pike LLP",
        },
        {
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Date of Accident", "DATE"),
            ("Claim #", CLAIM),
            ("Injuries", "HEALTH"),
        },
        {("Insurance Carrier", "*"), ("PIP Limit", "*"), ("Attorney", "NAME")},
        True,
    ),
    (
        "Workers' comp referral from a TPA portal (JSON): claimant, claim, employer",
        {
            "referral_id": "REF-2024-00917",
            "claimant": {
                "first_name": "Luis",
                "last_name": "Zavala",
                "dob": "1979-05-06",
                "phone": "(937) 555-0116",
                "address": {
                    "street": "48 Keowee St",
                    "city": "Dayton",
                    "state": "OH",
                    "zip": "45402",
                },
            },
            "claim": {
                "claim_number": "WC-24-118730",
                "date_of_injury": "2024-08-29",
                "body_parts": ["Right shoulder"],
                "mechanism": "Lifting boxes overhead at work",
                "diagnosis": "Right rotator cuff strain (S46.011A)",
            },
            "employer": {
                "name": "Miami Valley Distribution Inc",
                "fein": "31-1234567",
                "contact": "HR Dept",
            },
            "adjuster": {"name": "Karen Tolliver", "email": "ktolliver@examplecomp.com"},
            "authorized_visits": 12,
            "case_manager": "Cathy Dunn, RN",
        },
        {
            ("claimant.first_name", "NAME"),
            ("claimant.last_name", "NAME"),
            ("claimant.dob", "DATE"),
            ("claimant.phone", "PHONE"),
            ("claimant.address.street", "LOCATION"),
            ("claimant.address.city", "LOCATION"),
            ("claimant.address.zip", "ZIP_CODE"),
            ("claim.claim_number", CLAIM),
            ("claim.date_of_injury", "DATE"),
            ("claim.diagnosis", "HEALTH"),
        },
        {
            ("employer.name", "NAME|LOCATION"),
            ("employer.fein", "*"),
            ("authorized_visits", "*"),
            ("claimant.address.state", "*"),
        },
        True,
    ),
    (
        "Workers' comp case list at the clinic (CSV): DOI, WC claim, work status",
        {
            "Employer": "Buckeye Steel Castings",
            "Patient Name": "Pruitt, Ray",
            "DOI": "08/12/2024",
            "WC Claim #": "2419-7733",
            "Case Manager": "Denise Alt, RN",
            "Work Status": "Modified duty - no lifting > 20 lbs",
            "Next Progress Report Due": "10/28/2024",
            "Dx": "Lumbar strain",
        },
        {
            ("Patient Name", "NAME"),
            ("DOI", "DATE"),
            ("WC Claim #", CLAIM),
            ("Dx", "HEALTH"),
        },
        {("Employer", "NAME|LOCATION"), ("Work Status", ANY_ID)},
        True,
    ),
    (
        "Athletic trainer's injury log (CSV, high school): injury, status, return to play",
        {
            "Athlete": "Jaylen Brooks",
            "Grade": "11",
            "Sport": "Football",
            "Team": "Varsity",
            "Jersey #": "24",
            "Date of Injury": "09/06/2024",
            "Body Part": "Ankle",
            "Injury": "Lateral ankle sprain, grade II",
            "Mechanism": "Inversion during cut",
            "Status": "Out",
            "Est. Return to Play": "09/27/2024",
            "Athletic Trainer": "Sam Ortega, ATC",
        },
        {
            ("Athlete", "NAME"),
            ("Date of Injury", "DATE"),
            ("Injury", "HEALTH"),
            ("Est. Return to Play", "DATE"),
            ("Athletic Trainer", "NAME"),
        },
        {("Grade", "*"), ("Sport", "*"), ("Team", "*"), ("Jersey #", "*"), ("Status", "*")},
        True,
    ),
    (
        "Concussion protocol (JSON, club soccer): SCAT5 symptoms, baseline, clearance",
        {
            "athlete": {
                "name": "Emma Lindqvist",
                "dob": "2009-03-14",
                "club": "Columbus Crew Academy U16 Girls",
                "jersey": "7",
            },
            "event": {"type": "concussion", "date": "2024-10-05", "during": "Match vs FC Dayton"},
            "scat5_symptom_score": 22,
            "impact_baseline_date": "2024-07-30",
            "rtp_stage": "Stage 2 - light aerobic activity",
            "cleared_by": "Dr. Hannah Price, MD",
        },
        {
            ("athlete.name", "NAME"),
            ("athlete.dob", "DATE"),
            ("event.type", "HEALTH"),
            ("event.date", "DATE"),
            ("cleared_by", "NAME"),
        },
        {
            ("athlete.club", "NAME|LOCATION"),
            ("athlete.jersey", "*"),
            ("scat5_symptom_score", ANY_ID),
        },
        True,
    ),
    (
        "Team roster (CSV, basketball): jersey, position, parent contact; no health",
        {
            "First": "Marcus",
            "Last": "Webb",
            "Jersey": "12",
            "Position": "PG",
            "Grade": "10",
            "Parent Email": "webbfamily@gmail.com",
            "Parent Phone": "614-555-0177",
        },
        {
            ("First", "NAME"),
            ("Last", "NAME"),
            ("Parent Email", "EMAIL"),
            ("Parent Phone", "PHONE"),
        },
        {("Jersey", "*"), ("Position", "*"), ("Grade", "*")},
        False,
    ),
    (
        "League schedule (clean): a game's date, time, teams and venue",
        {
            "Game ID": "G-2024-0412",
            "Date": "10/18/2024",
            "Time": "7:00 PM",
            "Home": "Westerville North",
            "Away": "Dublin Jerome",
            "Venue": "Warrior Stadium, 303 S Otterbein Ave",
            "League": "OCC Central",
        },
        set(),
        {
            ("Game ID", "*"),
            ("Date", "*"),
            ("Time", "*"),
            ("Home", "*"),
            ("Away", "*"),
            ("Venue", "LOCATION"),
            ("League", "*"),
        },
        False,
    ),
    (
        "Injury surveillance aggregate (health, no person): ACL tears per exposures",
        {
            "Season": "Fall 2024",
            "Sport": "Girls Soccer",
            "Injury Type": "ACL tear",
            "Count": "3",
            "Athlete Exposures": "4120",
            "Rate per 1000 AE": "0.73",
        },
        {("Injury Type", "HEALTH")},
        {
            ("Season", "*"),
            ("Count", "*"),
            ("Athlete Exposures", "*"),
            ("Rate per 1000 AE", "*"),
        },
        False,
    ),
    (
        "Medbridge-like HEP adherence event (JSON): exercise completed in a post-op programme",
        {
            "event": "exercise_completed",
            "occurred_at": "2024-10-09T23:14:02Z",
            "patient": {"id": "mb_p_4471829", "email": "r.castellanos@outlook.com"},
            "program": {
                "access_code": "7QXK2PD",
                "title": "Total Knee Replacement - Post-op Weeks 2-6",
            },
            "exercise": {"id": "EX-10442", "name": "Heel Slides", "video_id": "v_8d2f41aa"},
            "sets": 3,
            "reps": 10,
            "pain_level": 3,
        },
        {
            ("patient.id", "OTHER_ID|ONLINE_ID|MRN"),
            ("patient.email", "EMAIL"),
            ("program.title", "HEALTH"),
        },
        {
            ("occurred_at", "*"),
            ("exercise.id", "*"),
            ("exercise.video_id", "*"),
            ("sets", "*"),
            ("reps", "*"),
            ("pain_level", ANY_ID),
        },
        True,
    ),
    (
        "HEP exercise library row (clean): exercise id, video URL, cues",
        {
            "exercise_id": "EX-20318",
            "name": "Clamshell with Band",
            "body_region": "Hip",
            "video_url": "https://cdn.example-hep.com/videos/ex20318_clamshell.mp4",
            "duration_sec": 42,
            "equipment": "Resistance band",
            "cues": "Keep heels together; lift top knee 6 inches",
        },
        set(),
        {
            ("exercise_id", "*"),
            ("name", "*"),
            ("video_url", "*"),
            ("duration_sec", "*"),
            ("equipment", "*"),
            ("cues", ANY_ID),
        },
        False,
    ),
    (
        "HEP programme assigned (ESP send log): first name, programme, access code",
        {
            "to": "gail.simmons@yahoo.com",
            "template": "hep_assigned",
            "merge_vars": {
                "FNAME": "Gail",
                "PROGRAM_NAME": "Plantar Fasciitis Home Program",
                "ACCESS_CODE": "K9RT4QW",
                "CLINIC": "Riverside Sports Rehab",
            },
            "sent_at": "2024-10-02T13:00:00Z",
        },
        {
            ("to", "EMAIL"),
            ("merge_vars.FNAME", "NAME"),
            ("merge_vars.PROGRAM_NAME", "HEALTH"),
        },
        {("sent_at", "*"), ("merge_vars.CLINIC", "NAME|LOCATION"), ("template", "*")},
        True,
    ),
    (
        "NPS response with a comment about the care (JSON)",
        {
            "response_id": "R_3kX9pQ2",
            "contact": {"name": "Thomas Reyes", "email": "treyes@comcast.net"},
            "location": "Summit Physical Therapy - Westerville",
            "nps": 10,
            "comment": "After my hip replacement I could barely walk. Kelsey got me back "
            "on the golf course!",
            "submitted_at": "2024-10-20T17:41:09Z",
        },
        {("contact.name", "NAME"), ("contact.email", "EMAIL"), ("comment", "HEALTH")},
        {
            ("response_id", "*"),
            ("location", "LOCATION|HEALTH"),
            ("nps", "*"),
            ("submitted_at", "*"),
        },
        True,
    ),
    (
        "Review request SMS (Podium-like): the clinic's name only, no health",
        {
            "conversation_id": "c_99128",
            "customer_name": "Alicia Ward",
            "customer_phone": "+16145550163",
            "location_name": "Summit Physical Therapy - Dublin",
            "message": "Hi Alicia, thanks for choosing Summit! Would you leave us a quick "
            "review? https://pdm.example/r/8HkQ2",
            "status": "sent",
            "sent_at": "2024-10-21T16:05:00Z",
        },
        {("customer_name", "NAME"), ("customer_phone", "PHONE"), ("message", "NAME")},
        {
            ("conversation_id", "*"),
            ("location_name", "*"),
            ("status", "*"),
            ("sent_at", "*"),
        },
        False,
    ),
    (
        "Open appointment slots (clean): slot and clinic ids, provider, start",
        {
            "Slot ID": "SL-55120-0930",
            "Clinic ID": "CL-014",
            "Provider": "Ana Suarez, DPT",
            "Start": "2024-10-21 09:30",
            "Duration": "45",
            "Visit Type": "PT Follow-up",
            "Status": "Open",
        },
        set(),
        {
            ("Slot ID", "*"),
            ("Clinic ID", "*"),
            ("Start", "*"),
            ("Duration", "*"),
            ("Status", "*"),
        },
        False,
    ),
    (
        "Clinic directory row (clean): address, phone, fax and hours",
        {
            "Clinic ID": "CL-014",
            "Clinic Name": "Summit Physical Therapy - Dublin",
            "Address": "6400 Perimeter Dr",
            "City": "Dublin",
            "State": "OH",
            "Zip": "43017",
            "Phone": "(614) 555-0100",
            "Fax": "(614) 555-0101",
            "Hours": "Mon-Fri 7am-7pm",
        },
        set(),
        {
            ("Clinic ID", "*"),
            ("Clinic Name", "*"),
            ("Address", "*"),
            ("City", "*"),
            ("State", "*"),
            ("Zip", "*"),
            ("Phone", "*"),
            ("Fax", "*"),
        },
        False,
    ),
    (
        "CPT fee schedule row (clean): a timed code and its fee",
        {
            "CPT": "97110",
            "Description": "Therapeutic exercises, each 15 minutes",
            "Timed": "Y",
            "Fee": "58.00",
            "Effective": "01/01/2025",
            "Payer Class": "Commercial",
        },
        set(),
        {("Timed", "*"), ("Fee", "*"), ("Effective", "*"), ("Payer Class", "*")},
        False,
    ),
    (
        "Weekly visit-volume report (clean): visits, evals, cancellations per clinic",
        {
            "Clinic": "Dublin",
            "Week Of": "2024-10-14",
            "Visits": "312",
            "New Evals": "41",
            "Cancellations": "18",
            "No Shows": "7",
            "Units per Visit": "3.6",
            "Arrival Rate": "91%",
        },
        set(),
        {
            ("Clinic", "*"),
            ("Week Of", "*"),
            ("Visits", "*"),
            ("New Evals", "*"),
            ("Cancellations", "*"),
            ("No Shows", "*"),
            ("Units per Visit", "*"),
            ("Arrival Rate", "*"),
        },
        False,
    ),
    (
        "WebPT-like scheduler export (CSV): a re-evaluation, case named by its condition",
        {
            "Appt Date": "10/22/2024",
            "Appt Time": "8:15 AM",
            "Patient": "Kowalski, Irene",
            "Patient Phone": "(614) 555-0129",
            "Appt Type": "PT Re-Evaluation",
            "Therapist": "Kelsey Moore",
            "Case": "L Knee OA",
            "Status": "Scheduled",
            "Slot ID": "SL-55120-0815",
        },
        {
            ("Appt Date", "DATE"),
            ("Patient", "NAME"),
            ("Patient Phone", "PHONE"),
            ("Therapist", "NAME"),
            ("Case", "HEALTH"),
        },
        {("Slot ID", "*"), ("Status", "*")},
        True,
    ),
    (
        "Paediatric speech-therapy intake (Jotform-like): child, parent, Medicaid id",
        {
            "submission_id": "5829103746251",
            "Child's Name": "Noah Patel",
            "Child's Date of Birth": "2019-06-11",
            "Parent/Guardian Name": "Rina Patel",
            "Phone": "(614) 555-0172",
            "Email": "rina.patel@gmail.com",
            "Concerns": "Stuttering and difficulty with /r/ sounds; possible apraxia",
            "Pediatrician": "Dr. Lisa Chang",
            "Insurance": "Medicaid - CareSource",
            "Medicaid ID": "101234567899",
        },
        {
            ("Child's Name", "NAME"),
            ("Child's Date of Birth", "DATE"),
            ("Parent/Guardian Name", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Concerns", "HEALTH"),
            ("Pediatrician", "NAME"),
            ("Medicaid ID", "HEALTH_PLAN_ID"),
        },
        {("submission_id", "*"), ("Insurance", "*")},
        True,
    ),
    (
        "Hand therapy visit (JSON): fracture, custom orthosis HCPCS, grip strength",
        {
            "patient_id": "RT-220915",
            "dx": "Distal radius fracture, left, s/p ORIF",
            "orthosis": "Custom thermoplastic wrist cock-up splint",
            "hcpcs": "L3808",
            "grip_strength_lbs": {"left": 22, "right": 71},
            "quickdash": 54.5,
            "visit_date": "2024-10-10",
            "therapist": "Chen Wu, OTR/L, CHT",
        },
        {
            ("patient_id", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("dx", "HEALTH"),
            ("hcpcs", "HEALTH"),
            ("quickdash", "HEALTH"),
            ("visit_date", "DATE"),
            ("therapist", "NAME"),
        },
        {
            ("grip_strength_lbs.left", "*"),
            ("grip_strength_lbs.right", "*"),
            ("quickdash", ANY_ID),
        },
        True,
    ),
    (
        "Referral fax intake (CSV from an eFax inbox): PT eval and treat after a TKA",
        {
            "Received": "2024-10-03 14:22",
            "From Fax": "(614) 555-0190",
            "Referring MD": "Dr. Robert Klein",
            "Patient": "Greer, Monica",
            "DOB": "11/23/1958",
            "Order": "PT eval and treat - s/p L TKA 09/24/2024, WBAT",
            "Frequency": "3x/wk x 4 wks",
        },
        {
            ("Referring MD", "NAME"),
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Order", "HEALTH"),
            ("Order", "DATE"),
        },
        {("Received", "*"), ("Frequency", "*")},
        True,
    ),
    (
        "Pre-participation physical (CSV, sports medicine): history and clearance",
        {
            "Athlete": "Sofia Marin",
            "DOB": "2008-08-19",
            "School": "Worthington Kilbourne HS",
            "Sport": "Volleyball",
            "Exam Date": "07/18/2024",
            "History": "Asthma - uses albuterol inhaler before practice",
            "Cleared": "Cleared with recommendations",
            "Examiner": "Dr. Paul Ibanez, DO",
        },
        {
            ("Athlete", "NAME"),
            ("DOB", "DATE"),
            ("Exam Date", "DATE"),
            ("History", "HEALTH"),
            ("Examiner", "NAME"),
        },
        {("School", "NAME|LOCATION"), ("Sport", "*")},
        True,
    ),
    (
        "Sports performance camp registration (JSON): camper and guardian, no health",
        {
            "registration_id": "REG-88102",
            "camper": {"first_name": "Ethan", "last_name": "Doyle", "birth_year": 2011},
            "guardian": {"name": "Megan Doyle", "email": "megdoyle@gmail.com"},
            "program": "Speed & Agility Camp - Session 2",
            "tshirt_size": "YM",
            "paid": 145.0,
            "registered_at": "2024-05-02T10:14:55Z",
        },
        {
            ("camper.first_name", "NAME"),
            ("camper.last_name", "NAME"),
            ("guardian.name", "NAME"),
            ("guardian.email", "EMAIL"),
        },
        {
            ("registration_id", "*"),
            ("camper.birth_year", "*"),
            ("program", "*"),
            ("paid", "*"),
            ("registered_at", "*"),
        },
        False,
    ),
    (
        "GA4 event on a sports-medicine site: knee-pain quiz completed",
        {
            "event_name": "quiz_complete",
            "user_pseudo_id": "1023948571.1728890012",
            "event_params": [
                {
                    "key": "quiz_name",
                    "value": {"string_value": "Is your knee pain a meniscus tear?"},
                },
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.example-sportsmed.com/knee-pain-quiz"
                        "?utm_source=facebook"
                    },
                },
                {"key": "result", "value": {"string_value": "Recommend orthopedic evaluation"}},
            ],
            "event_timestamp": "1728890044123456",
        },
        {("user_pseudo_id", "ONLINE_ID"), ("event_params[0].value.string_value", "HEALTH")},
        {("event_timestamp", "*")},
        True,
    ),
    (
        "Anonymous pain-locator widget (health, no identifier)",
        {
            "session": "anon",
            "widget": "pain_locator",
            "answers": {
                "area": "Shoulder",
                "duration": "3 months",
                "worse_with": "Reaching overhead",
                "symptoms": "clicking, night pain",
            },
            "suggested_service": "Sports Medicine Physical Therapy",
            "ts": "2024-10-11T12:00:03Z",
        },
        {("answers.symptoms", "HEALTH")},
        {("session", "*"), ("ts", "*"), ("answers.duration", ANY_ID)},
        False,
    ),
    (
        "FCE invoice to a workers' comp carrier (JSON): claimant, claim, DOI, CPT 97750",
        {
            "invoice_no": "INV-30418",
            "bill_to": {
                "carrier": "Sedgwick CMS",
                "adjuster": "Rhonda Kemp",
                "address": "PO Box 14433, Lexington, KY 40512",
            },
            "claimant": "Ferris, Alan",
            "claim_no": "30241877551-0001",
            "doi": "2024-03-14",
            "service": "Functional Capacity Evaluation (97750) x 8 units",
            "dos": "2024-10-04",
            "amount": 1240.0,
            "tax_id": "31-1587426",
        },
        {
            ("claimant", "NAME"),
            ("claim_no", CLAIM),
            ("doi", "DATE"),
            ("service", "HEALTH"),
            ("dos", "DATE"),
        },
        {
            ("invoice_no", "*"),
            ("bill_to.carrier", "*"),
            ("bill_to.address", "LOCATION|ZIP_CODE"),
            ("amount", "*"),
            ("tax_id", "*"),
        },
        True,
    ),
    (
        "Work status report (JSON): restricted duty after a shoulder injury",
        {
            "patient": {"name": "Gerald Yates", "employee_id": "E0048812"},
            "employer": "Kroger Fulfillment Center",
            "diagnosis": "Right shoulder impingement",
            "status": "Restricted duty",
            "restrictions": "No lifting over 15 lb; no overhead reaching with right arm",
            "next_visit": "2024-11-04",
            "physician": "Dr. Maya Okonkwo",
        },
        {
            ("patient.name", "NAME"),
            ("patient.employee_id", "OTHER_ID"),
            ("diagnosis", "HEALTH"),
            ("next_visit", "DATE"),
            ("physician", "NAME"),
        },
        {("employer", "NAME|LOCATION"), ("status", "*"), ("restrictions", ANY_ID)},
        True,
    ),
    (
        "Telehealth PT session webhook (JSON): external patient id, CPT, client IP",
        {
            "type": "telehealth.session.ended",
            "data": {
                "session_id": "9f3c2b1a-77de-4c1e-9a0b-2d4e6f8a1c3e",
                "patient_external_id": "WP-3318842",
                "provider_email": "k.moore@summitpt.example",
                "duration_min": 32,
                "cpt": "97110",
                "modality": "video",
                "client_ip": "73.22.141.9",
            },
        },
        {
            ("data.patient_external_id", "OTHER_ID|MRN"),
            ("data.cpt", "HEALTH"),
            ("data.client_ip", "IP_ADDRESS"),
        },
        {("data.session_id", "*"), ("data.duration_min", "*"), ("data.modality", "*")},
        True,
    ),
    (
        "Chiropractic lead in a CRM (HubSpot-like): a discovery call, no health",
        {
            "properties": {
                "firstname": "Keisha",
                "lastname": "Grant",
                "email": "kgrant@gmail.com",
                "phone": "6145550139",
                "lifecyclestage": "lead",
                "hs_analytics_source": "PAID_SOCIAL",
                "offer": "Free 15-min Discovery Call",
                "createdate": "2024-10-01T12:00:00Z",
            }
        },
        {
            ("properties.firstname", "NAME"),
            ("properties.lastname", "NAME"),
            ("properties.email", "EMAIL"),
            ("properties.phone", "PHONE"),
        },
        {("properties.createdate", "*"), ("properties.offer", "*")},
        False,
    ),
]

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Goniometry and MMT flowsheet (JSON): degrees, grades, a post-op note": (
        set(),
        set(),
        {("encounter_id", "*")},
        "an encounter id is the person's record id in field_names (``encounter id``, Epic's "
        "``PAT_ENC_CSN_ID``): one encounter is one patient's visit, so the number points at "
        "that patient as a visit number does; the blind must-not was stricter than the "
        "project",
    ),
    "Chiropractic lead funnel (Facebook Lead Ads CSV): main area of pain": (
        set(),
        {("id", "OTHER_ID|ONLINE_ID")},
        set(),
        "a lower-case top-level ``id`` is left alone (field_names: an order's, an event's or "
        "a product's as often), and tests/test_lead_generation.py forbids the bare ``id`` of "
        "a Facebook Graph API lead; a named ``lead_id`` is the lead's OTHER_ID",
    ),
    "NPS response with a comment about the care (JSON)": (
        set(),
        set(),
        {("location", "LOCATION|HEALTH")},
        "a practice's site that names its care is read as health context where a person "
        "received it: tests/test_cdc_streams.py expects an appointment's ``location`` "
        "(\"Raleigh Women's Health - Mammography\") to carry the record's HEALTH; only "
        "organisation fields (``company``, ``facility``, ``employer``...) leave a name that "
        'ends in an organisation word unread, and "Summit Physical Therapy - Westerville" '
        "ends in its town",
    ),
    "Review request SMS (Podium-like): the clinic's name only, no health": (
        set(),
        set(),
        {("location_name", "*")},
        "as for the NPS response: the practice's site names physical therapy, the care the "
        "customer received there (tests/test_cdc_streams.py reads an appointment's "
        "``location`` so); the record's PHI verdict is in LEFT_ALONE",
    ),
    "Clinic directory row (clean): address, phone, fax and hours": (
        set(),
        set(),
        {("Clinic Name", "*")},
        "a clinic's name that names its care holds health words as a department's does; the "
        "row names nobody, so it is no PHI record either way (its address, ZIP, phone and "
        "fax are the listing's, as the blind row says)",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Raintree-like charge export (CSV): CPT timed code, units, minutes": (
        {("Provider", "NAME")},
        "a bare top-level ``Provider`` is an insurance, an identity or a cloud provider as "
        "often as a clinician (field_names leaves ``provider`` out of the clinician words for "
        'that reason), and a two-word payer ("Kaiser Permanente") is name-shaped; the '
        'credential after the name (", PTA") would tell them apart, but no family reads a '
        "trailing credential as a name's cue yet (the row is PHI by the patient's name, DOS "
        "and CPT code)",
    ),
    "FCE invoice to a workers' comp carrier (JSON): claimant, claim, DOI, CPT 97750": (
        {("bill_to.address", "LOCATION")},
        "a ``bill_to`` object is the patient's or the guarantor's on a statement (a ``Bill To "
        "Name`` is read as a person's, tests/test_device_resupply.py); only its sibling "
        "``carrier`` says that this bill goes to an insurer, and field profiles read a path "
        "with its parents, not its siblings",
    ),
    "Review request SMS (Podium-like): the clinic's name only, no health": (
        set(),
        "a decision, not a defect: the customer's name and phone beside a physical therapy "
        "practice's site are an identifier and health context by the contract's mechanical "
        "rule, as an appointment reminder's location is (tests/test_cdc_streams.py); the "
        "blind row called the practice's name an organisation's and the record not PHI",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_rehab_therapy_clinics_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on rehabilitation and sports-medicine exports fails here. Before the work, blind:
#: SHAPES 15 misses / 5 false / 15 wrong of 30, HELD_OUT 1 / 1 / 2 of 10.
FLOORS = ShapeTotals(expected=157, misses=1, false=1, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
