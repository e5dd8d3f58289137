"""Eating disorder treatment programmes and digital mental-health apps' exports.

A blind probe, written by hand before reading the detectors: what an eating disorder
treatment centre's (residential, PHP, IOP) admissions, clinical-operations and marketing
teams export, and what a mood, CBT or recovery app's analytics and support teams export.
Admissions CRMs and inquiry forms (Salesforce- and HubSpot-like: the caller who is often a
parent, "anorexia", "ARFID", "purging", BMI and % of ideal body weight, the level of care
recommended), EDE-Q and SCOFF screener results (a scoring platform's JSON, a Typeform
webhook), meal-support session logs, family-based treatment (FBT) contacts and bookings
(the parent as the contact of a minor), verification of benefits and eligibility
responses for residential stays, weigh-ins, discharge and step-down rows, insurance
appeals, a psychiatrist's medication list, mood and CBT app exports (mood entries 1–10,
journal text, PHQ-9 check-ins, crisis button taps), crisis text line referral logs,
alumni event lists, a Google Ads lead form, a Meta Conversions API event and a Segment
funnel event, with the clean rows around them: a programme directory, a bed board, an
aggregate census by diagnosis, a meal plan's nutrition facts, campaign and search-term
reports, mood scale anchors, a level-of-care table, an outcomes dashboard and a crisis
line's hourly volume.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An eating disorder and its behaviours are health**: a diagnosis ("Anorexia nervosa",
  "ARFID", "BED", ``F50.01``), behaviours described in words ("purging after meals",
  "hiding food", "body checking", "binged"), a lab a clinician is watching (potassium), and
  family-based treatment, meal support and a treatment programme named for the disorder
  are HEALTH when they are a person's.
- **A person's level of care is health** (recommended on an inquiry, requested on a VOB,
  the step-down at discharge, the programme of a meal-support log): "RTC", "PHP", "IOP",
  "Residential", as tests/test_behavioral_health.py decided. On a bed board, a programme
  directory, a level-of-care table or a staff roster the same codes are the facility's
  programmes and name nobody: those rows are not PHI, and their bed counts, census,
  lengths of stay and staffing ratios are never findings.
- **BMI and % of ideal body weight are health readings; weight alone is not**, as
  tests/test_weight_management_glp1.py decided for BMI and weight. A % IBW is the
  measure by which an eating disorder's malnutrition is staged, so a person's % IBW under
  its field is read like a BMI. An average BMI or a cohort's share "weight restored" in an
  aggregate names nobody.
- **Screener results of a person are health**: an EDE-Q or SCOFF instrument named on the
  person's result, a PHQ-9 check-in's total (the project's PHQ/GAD totals as readings).
  The screener's question bank and an outcomes dashboard's means name nobody.
- **A mood score (1–10) and mood tags are self-tracking, not health.** A mood app's
  ``mood_score`` and its emotion tags ("anxious", "lonely") are what anyone logs about a
  day, as a weigh-in's weight or a period app's use is (the maternity probe decided using
  a period app is no health); such an event with a user id is identified but not PHI, and
  the score is never an identifier. Journal text that describes a behaviour or names a
  symptom ("urge to purge", "binged") is health, as logged tracker symptoms are.
- **A crisis is health**: a crisis text line referral's reason ("suicidal ideation") and
  a mental-health app's crisis button tap (the person signalled a crisis) are health
  context; the 988 lifeline's name alone is an organisation's.
- **A minor's parent identifies the minor's record**: the guardian's name, phone and
  email on an FBT contact or an inquiry (tests/test_pediatric_practices.py). A child's
  given name with an age ("Ethan, 13") is a NAME; an age under 90 is never a finding.
- **Being an alumnus of an eating disorder treatment programme is health context**, as
  being in a recovery programme is (tests/test_behavioral_health.py): an alumni event
  list that names the programme is PHI. A discharge year alone is no DATE.
- **Ids**: a treatment centre's MRN, patient id or client id is the person's record id
  (``MRN|OTHER_ID``); a Salesforce ``WhoId`` is the contact's (``OTHER_ID``); an app's user
  id is ``ONLINE_ID|OTHER_ID``; a payer's member id is HEALTH_PLAN_ID; a group number, a
  payer id and the payer's name are plan-level (no finding). Campaign, ad set, form,
  referral, conversation, counsellor, case, auth, call reference, plan, scale, order and
  meal-plan ids are no one's.
- **The clinicians are reported** (the project reports clinicians): a therapist named in
  a journal entry, an aftercare therapist, a dietitian on a client list, a prescriber and
  their NPI. A staff roster is identified but not health: a dietitian's "CEDS" credential
  and the programme they work in are their job.
- **Dates**: birth, admission, discharge, a session's or weigh-in's date, an aftercare
  appointment, a booked FBT session's start and a medication's start are the person's
  DATEs. A report's day, a campaign's window, a machine stamp (``event_time``,
  ``timestamp``, a report's run time, a census month) are not; an SMS's send stamp, a
  denial's date and a questionnaire's completion stamp are neither expected nor forbidden.
- **The organisation's places and lines are not a person's**: a programme directory's
  address, ZIP and admissions phone, a crisis team's county, a programme's name
  ("Rosewood Centre") are no LOCATION, PHONE or NAME.

After reading the detectors no blind expectation was changed; one was narrower than a
decision the project had made (a bare ``Client ID`` is Google Analytics' client id, an
ONLINE_ID, wherever it stands) and is widened on top (:data:`_DECIDED`). What the work
built: ``Level of Care Recommended`` as a level-of-care field; a % of ideal body weight
(``% IBW``, ``pct_ibw``) and a % median BMI (``pct_mbmi``) as readings under their
fields, as a BMI is; a programme's ``Dietitian``, ``Nutritionist`` and ``Aftercare
Therapist`` columns as clinicians' names; a county after an organisation's name and a
dash or a comma (``Mobile Crisis Team - Multnomah County``) as the organisation's service
area, not a place of the person's; a treatment locator's ``program`` beside its ``beds``
as a listing (its address and admissions line are the programme's); a count of distinct
people (``texters_unique``, ``Unique Visitors``) as an aggregate report's measure, so its
``hour`` is the report's bucket; and 28 vocabulary terms (eating disorder behaviours in
phrases only, ``purging after meals``, ``urge to purge``, ``hiding food``, ``refusing to
eat``, ``fear of choking``; ``family-based treatment``, ``meal support group``, the
EDE-Q), 35,769 in all. Four records are left open (:data:`LEFT_ALONE`): a PHQ-9 total
named only by its sibling's value, a Calendly v1 booking, a medication's bare
``start_date``, and (held out) a crisis button tap.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 17 / 5 /
14, after the work and the decision 5 / 0 / 3 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 2 / 1 / 3; scored once after the work on SHAPES: 2 / 1 / 3; after
two fixes that generalise (the EDE-Q's name in the vocabulary, a count of distinct people
as an aggregate's measure): 1 / 0 / 1, the crisis button tap left open.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Admissions inquiry (Salesforce lead CSV): anorexia, BMI, % IBW, RTC recommended",
        {
            "First Name": "Maya",
            "Last Name": "Rosenthal",
            "Phone": "(828) 555-0163",
            "Email": "maya.rosenthal04@gmail.com",
            "Birthdate": "04/17/2006",
            "Primary Concern": "Anorexia nervosa, restricting type",
            "Current BMI": "15.8",
            "% IBW": "78%",
            "Level of Care Recommended": "RTC",
            "Program of Interest": "Rosewood Centre",
            "Lead Source": "Google Ads",
            "Campaign ID": "ED-ADM-2024-Q3",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Birthdate", "DATE"),
            ("Primary Concern", "HEALTH"),
            ("Current BMI", "HEALTH"),
            ("% IBW", "HEALTH"),
            ("Level of Care Recommended", "HEALTH"),
        },
        {
            ("Program of Interest", "NAME"),
            ("Program of Interest", "LOCATION"),
            ("Campaign ID", "*"),
            ("Lead Source", "*"),
        },
        True,
    ),
    (
        "HubSpot form submission: a parent asks about purging for a daughter",
        {
            "submittedAt": 1727896512000,
            "values": [
                {"objectTypeId": "0-1", "name": "firstname", "value": "Rebecca"},
                {"objectTypeId": "0-1", "name": "lastname", "value": "Holloway"},
                {"objectTypeId": "0-1", "name": "email", "value": "rholloway@comcast.net"},
                {"objectTypeId": "0-1", "name": "phone", "value": "919-555-0148"},
                {"objectTypeId": "0-1", "name": "who_is_this_for", "value": "My daughter"},
                {
                    "objectTypeId": "0-1",
                    "name": "what_are_you_noticing",
                    "value": "restricting food, purging after meals, lost 20 lbs in 3 months",
                },
            ],
            "pageUrl": "https://www.rosewoodcentre.com/contact",
            "pageName": "Contact Admissions",
        },
        {
            ("values[0].value", "NAME"),
            ("values[1].value", "NAME"),
            ("values[2].value", "EMAIL"),
            ("values[3].value", "PHONE"),
            ("values[5].value", "HEALTH"),
        },
        {("submittedAt", "*"), ("values[4].value", "*"), ("pageName", "*")},
        True,
    ),
    (
        "Family-based treatment contact (Kipu-like CSV): a 14-year-old with ARFID, the mother",
        {
            "Patient First Name": "Lily",
            "Patient Last Name": "Okonkwo",
            "Patient DOB": "2010-02-09",
            "Age": "14",
            "Guardian Name": "Adaeze Okonkwo",
            "Guardian Relationship": "Mother",
            "Guardian Phone": "(704) 555-0121",
            "Guardian Email": "adaeze.okonkwo@yahoo.com",
            "Diagnosis": "ARFID",
            "Treatment Modality": "Family-Based Treatment (FBT)",
        },
        {
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Guardian Name", "NAME"),
            ("Guardian Phone", "PHONE"),
            ("Guardian Email", "EMAIL"),
            ("Diagnosis", "HEALTH"),
            ("Treatment Modality", "HEALTH"),
        },
        {("Age", "*"), ("Guardian Relationship", "*")},
        True,
    ),
    (
        "EDE-Q result from a scoring platform (JSON): global score and subscales",
        {
            "respondent_id": "r_5f2e91ab",
            "patient": {"mrn": "ED-0042871", "name": "Sophie Bennett"},
            "instrument": "EDE-Q 6.0",
            "global_score": 4.12,
            "subscales": {
                "restraint": 4.6,
                "eating_concern": 3.8,
                "shape_concern": 4.5,
                "weight_concern": 3.6,
            },
            "completed_at": "2024-09-12T15:22:10Z",
        },
        {
            ("patient.mrn", "MRN|OTHER_ID"),
            ("patient.name", "NAME"),
            ("instrument", "HEALTH"),
        },
        {
            ("respondent_id", "*"),
            ("subscales.restraint", "*"),
            ("subscales.eating_concern", "*"),
        },
        True,
    ),
    (
        "SCOFF screener on the website (Typeform webhook): email and a score",
        {
            "event_id": "01J9ZK3M4T8H2Q6V7W",
            "event_type": "form_response",
            "form_response": {
                "form_id": "aBc12X",
                "token": "k3l9p0q8r7s6t5u4",
                "submitted_at": "2024-10-01T02:14:55Z",
                "hidden": {"utm_campaign": "scoff_quiz_fall"},
                "definition": {"id": "aBc12X", "title": "SCOFF eating disorder screener"},
                "answers": [
                    {"type": "boolean", "boolean": True, "field": {"id": "q1", "ref": "sick"}},
                    {"type": "boolean", "boolean": True, "field": {"id": "q2", "ref": "control"}},
                    {
                        "type": "email",
                        "email": "j.alvarez.runs@gmail.com",
                        "field": {"id": "q6", "ref": "email"},
                    },
                ],
                "calculated": {"score": 4},
            },
        },
        {
            ("form_response.answers[2].email", "EMAIL"),
            ("form_response.definition.title", "HEALTH"),
        },
        {
            ("event_id", "*"),
            ("form_response.form_id", "*"),
            ("form_response.token", "*"),
            ("form_response.submitted_at", "*"),
            ("form_response.calculated.score", "*"),
        },
        True,
    ),
    (
        "Meal-support session log (CSV): behaviours observed at lunch in PHP",
        {
            "Client": "Harper Lindgren",
            "Session Date": "2024-10-03",
            "Meal": "Lunch",
            "Meal Completion %": "75",
            "Behaviors Observed": "hiding food, cutting food into tiny pieces, body checking",
            "Level of Care": "PHP",
            "Support Staff": "K. Ames, RD",
        },
        {
            ("Client", "NAME"),
            ("Session Date", "DATE"),
            ("Behaviors Observed", "HEALTH"),
            ("Level of Care", "HEALTH"),
        },
        {("Meal", "*"), ("Meal Completion %", "*")},
        True,
    ),
    (
        "Verification of benefits for a residential stay (CSV): member id, subscriber parent",
        {
            "Patient Name": "Chloe Marchetti",
            "DOB": "11/30/2007",
            "Insurance": "Aetna",
            "Member ID": "W284471930",
            "Group #": "0284711",
            "Subscriber": "Paul Marchetti",
            "Subscriber DOB": "06/02/1975",
            "Requested LOC": "Residential (RTC)",
            "Dx Code": "F50.01",
            "Auth Status": "Pending clinical review",
            "Days Approved": "14",
            "Reference #": "CALL-240930-8812",
        },
        {
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Subscriber", "NAME"),
            ("Subscriber DOB", "DATE"),
            ("Requested LOC", "HEALTH"),
            ("Dx Code", "HEALTH"),
        },
        {
            ("Insurance", "*"),
            ("Group #", "*"),
            ("Days Approved", "*"),
            ("Reference #", "*"),
        },
        True,
    ),
    (
        "Mood app event (Amplitude-like): a mood score of 4 and emotion tags, a user id",
        {
            "event_type": "mood_logged",
            "user_id": "usr_4f9a2c7e81",
            "device_id": "C8F1A3B2-7D4E-4F9A-9B1C-2E5D6A7F8B90",
            "event_properties": {
                "mood_score": 4,
                "scale": "1-10",
                "emotions": ["anxious", "lonely"],
                "trigger": "body image",
            },
            "time": 1727912044123,
        },
        {("user_id", "ONLINE_ID|OTHER_ID")},
        {
            ("event_properties.mood_score", "*"),
            ("event_properties.scale", "*"),
            ("event_properties.emotions[0]", "HEALTH"),
            ("time", "*"),
        },
        False,
    ),
    (
        "PHQ-9 check-in from a CBT app (JSON): total 17, the user's email",
        {
            "user": {"id": "6507c1f2a9e4b3d2c1f0a9b8", "email": "theo.marsh@icloud.com"},
            "checkin": {
                "type": "PHQ-9",
                "total": 17,
                "severity": "Moderately severe",
                "completed_at": "2024-10-05T03:41:12Z",
            },
            "app_version": "4.12.0",
        },
        {
            ("user.id", "ONLINE_ID|OTHER_ID"),
            ("user.email", "EMAIL"),
            ("checkin.type", "HEALTH"),
            ("checkin.total", "HEALTH"),
        },
        {("app_version", "*")},
        True,
    ),
    (
        "Recovery app journal entry: urge to purge, the therapist named",
        {
            "entry_id": "je_20241004_8812",
            "author_email": "nina.kowalczyk@proton.me",
            "title": "Rough day",
            "body": (
                "Urge to purge after lunch was a 7/10. Used my DBT skills and texted "
                "my therapist Dr. Alvarez instead."
            ),
            "mood": 3,
            "created": "2024-10-04T19:02:33Z",
        },
        {("author_email", "EMAIL"), ("body", "HEALTH"), ("body", "NAME")},
        {("entry_id", "*"), ("mood", "*"), ("title", "*")},
        True,
    ),
    (
        "Crisis text line referral log: imminent risk, the texter's number",
        {
            "referral_id": "CTL-REF-20241004-0192",
            "conversation_id": "conv_8b1f4e2a9c",
            "texter_phone": "+15035550148",
            "risk_level": "Imminent",
            "reason": "suicidal ideation with plan; active purging",
            "referred_to": "Mobile Crisis Team - Multnomah County",
            "counselor_id": "CC-2291",
            "started_at": "2024-10-04T05:12:40Z",
        },
        {("texter_phone", "PHONE"), ("reason", "HEALTH")},
        {
            ("referral_id", "*"),
            ("conversation_id", "*"),
            ("counselor_id", "*"),
            ("referred_to", "LOCATION"),
            ("started_at", "*"),
        },
        True,
    ),
    (
        "Crisis button tap in a recovery app (GA4 export row): the 988 lifeline shown",
        {
            "event_name": "crisis_button_tap",
            "user_pseudo_id": "2104558193.1727650012",
            "event_timestamp": "1727990122558000",
            "event_params": [
                {"key": "screen_name", "value": {"string_value": "MealLog"}},
                {"key": "resource_shown", "value": {"string_value": "988 Lifeline"}},
            ],
            "platform": "IOS",
        },
        {("user_pseudo_id", "ONLINE_ID"), ("event_name", "HEALTH")},
        {("event_timestamp", "*"), ("event_params[1].value.string_value", "PHONE")},
        True,
    ),
    (
        "Alumni event RSVP list (CSV): eating disorder residential alumni",
        {
            "Name": "Jordan Ellery",
            "Email": "jordan.ellery@gmail.com",
            "Program": "Eating Disorder Residential Program",
            "Discharge Year": "2022",
            "Event": "Alumni Fall Gathering 2024",
            "RSVP": "Yes",
        },
        {("Name", "NAME"), ("Email", "EMAIL"), ("Program", "HEALTH")},
        {("Discharge Year", "*"), ("Event", "*"), ("RSVP", "*")},
        True,
    ),
    (
        "Programme directory listing (clean): levels of care, beds, the admissions line",
        {
            "program": "Rosewood Centre",
            "levels_of_care": ["RTC", "PHP", "IOP"],
            "beds": 24,
            "address": "1200 Hillcrest Rd",
            "city": "Asheville",
            "state": "NC",
            "zip": "28803",
            "admissions_phone": "(828) 555-0140",
            "accepts": "Aetna, Cigna, BCBS",
        },
        set(),
        {
            ("program", "*"),
            ("beds", "*"),
            ("address", "*"),
            ("city", "*"),
            ("zip", "*"),
            ("admissions_phone", "*"),
            ("accepts", "*"),
        },
        False,
    ),
    (
        "Bed board (clean): RTC census, available beds, average length of stay",
        {
            "report_date": "2024-10-07",
            "facility": "Rosewood Centre",
            "loc": "RTC",
            "licensed_beds": 24,
            "occupied": 21,
            "available": 3,
            "avg_los_days": 38.5,
            "waitlist": 6,
        },
        set(),
        {
            ("report_date", "*"),
            ("facility", "*"),
            ("licensed_beds", "*"),
            ("occupied", "*"),
            ("available", "*"),
            ("avg_los_days", "*"),
            ("waitlist", "*"),
        },
        False,
    ),
    (
        "Aggregate census by diagnosis (clean of identifiers): IOP admissions, average BMI",
        {
            "month": "2024-09",
            "program": "IOP",
            "diagnosis": "Bulimia nervosa",
            "admissions": 14,
            "discharges": 11,
            "avg_bmi_admit": 21.3,
        },
        {("diagnosis", "HEALTH")},
        {("month", "*"), ("admissions", "*"), ("discharges", "*")},
        False,
    ),
    (
        "Meal plan nutrition facts (clean): an exchange plan's dinner",
        {
            "plan_id": "MP-2024-017",
            "meal_plan": "Exchange Plan B",
            "meal": "Dinner",
            "item": "Chicken stir-fry with brown rice",
            "kcal": 650,
            "protein_g": 38,
            "carb_exchanges": 3,
            "fat_exchanges": 2,
            "sodium_mg": 720,
        },
        set(),
        {
            ("plan_id", "*"),
            ("meal_plan", "*"),
            ("item", "*"),
            ("kcal", "*"),
            ("protein_g", "*"),
            ("sodium_mg", "*"),
        },
        False,
    ),
    (
        "Meta ads campaign report (clean): awareness week, ad set named for a disorder",
        {
            "campaign_id": "23851234567890123",
            "campaign_name": "ED_Awareness_Week_Feb_2025",
            "adset_name": "Parents of teens - Anorexia warning signs",
            "impressions": 48210,
            "clicks": 912,
            "spend": "1,204.55",
            "ctr": "1.89%",
            "date_start": "2025-02-24",
            "date_stop": "2025-03-02",
        },
        set(),
        {
            ("campaign_id", "*"),
            ("impressions", "*"),
            ("spend", "*"),
            ("ctr", "*"),
            ("date_start", "*"),
            ("date_stop", "*"),
        },
        False,
    ),
    (
        "Mood scale anchors (clean): an app's 1-10 scale configuration",
        {
            "scale_id": "mood_1_10",
            "anchors": {"1": "Worst I've felt", "5": "Okay", "10": "Best I've felt"},
            "version": "2.3.0",
            "locale": "en-US",
        },
        set(),
        {("scale_id", "*"), ("anchors.1", "*"), ("anchors.10", "*"), ("version", "*")},
        False,
    ),
    (
        "Google Ads lead form webhook: who needs help, binge eating",
        {
            "lead_id": "TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ-0123456789-AbCd",
            "api_version": "1.0",
            "form_id": 40000000000,
            "campaign_id": 12345678901,
            "google_key": "a1b2c3d4e5",
            "user_column_data": [
                {
                    "column_name": "Full Name",
                    "string_value": "Marcus Tillman",
                    "column_id": "FULL_NAME",
                },
                {
                    "column_name": "User Phone",
                    "string_value": "+13365550177",
                    "column_id": "PHONE_NUMBER",
                },
                {
                    "column_name": "Who needs help?",
                    "string_value": "Myself",
                    "column_id": "who_needs_help",
                },
                {
                    "column_name": "What are you struggling with?",
                    "string_value": "Binge eating",
                    "column_id": "struggle",
                },
            ],
            "gcl_id": "Cj0KCQjw3tCyBhDBARIsAEY0XNl8f2Kq0aZ",
            "is_test": False,
        },
        {
            ("user_column_data[0].string_value", "NAME"),
            ("user_column_data[1].string_value", "PHONE"),
            ("user_column_data[3].string_value", "HEALTH"),
            ("gcl_id", "ONLINE_ID"),
        },
        {("form_id", "*"), ("campaign_id", "*"), ("google_key", "*"), ("api_version", "*")},
        True,
    ),
    (
        "Meta Conversions API event: insurance verification on an anorexia treatment page",
        {
            "data": [
                {
                    "event_name": "Lead",
                    "event_time": 1727890000,
                    "event_source_url": (
                        "https://www.rosewoodcentre.com/anorexia-treatment/verify-insurance"
                    ),
                    "action_source": "website",
                    "user_data": {
                        "em": [_sha("ella.brightwater@gmail.com")],
                        "ph": [_sha("17045550192")],
                        "client_ip_address": "73.41.188.20",
                        "fbp": "fb.1.1727889012345.1098765432",
                    },
                    "custom_data": {"content_name": "Insurance Verification - Residential"},
                }
            ]
        },
        {
            ("data[0].user_data.em[0]", "HASHED_ID"),
            ("data[0].user_data.ph[0]", "HASHED_ID"),
            ("data[0].user_data.client_ip_address", "IP_ADDRESS"),
            ("data[0].user_data.fbp", "ONLINE_ID"),
            ("data[0].event_source_url", "HEALTH"),
        },
        {("data[0].event_time", "*"), ("data[0].action_source", "*")},
        True,
    ),
    (
        "Discharge and step-down row (CSV): admit and discharge BMI, aftercare",
        {
            "Patient": "Sofia Delacroix",
            "MRN": "RC-118204",
            "Admit Date": "2024-07-08",
            "Discharge Date": "2024-09-16",
            "Admit BMI": "14.9",
            "Discharge BMI": "18.6",
            "Discharge LOC": "Step down to IOP",
            "Aftercare Therapist": "Jenna Ruiz, LCSW",
            "Aftercare Appt": "10/21/2024 4:00 PM",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Admit Date", "DATE"),
            ("Discharge Date", "DATE"),
            ("Admit BMI", "HEALTH"),
            ("Discharge LOC", "HEALTH"),
            ("Aftercare Therapist", "NAME"),
            ("Aftercare Appt", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Foundation gala ticket order (identified, no health): a table of eight",
        {
            "order_id": "EVT-88213",
            "first_name": "Catherine",
            "last_name": "Ashworth",
            "email": "cashworth@ashworthlaw.com",
            "ticket_type": "Gala - Table of 8",
            "amount": "2400.00",
            "purchased_at": "2024-08-14T16:03:11Z",
        },
        {("first_name", "NAME"), ("last_name", "NAME"), ("email", "EMAIL")},
        {("order_id", "*"), ("amount", "*"), ("ticket_type", "*"), ("purchased_at", "*")},
        False,
    ),
    (
        "Clinical staff roster (identified, no health): a dietitian's CEDS credential",
        {
            "employee_id": "E10482",
            "name": "Priya Natarajan",
            "role": "Registered Dietitian",
            "credentials": "RD, CEDS",
            "program": "PHP",
            "work_phone": "828-555-0199 x214",
        },
        {("name", "NAME")},
        {("credentials", "HEALTH"), ("program", "HEALTH"), ("role", "*")},
        False,
    ),
    (
        "Inquiry call logged as a Salesforce Task: a mother calls about her daughter",
        {
            "Subject": "Inquiry call - mom calling for daughter",
            "Description": (
                "Spoke with Laura Bennett (mother) re: daughter Sophie, 15. Dx anorexia per "
                "pediatrician, BMI 16.1, HR 44 at last visit. Recommended PHP eval."
            ),
            "WhoId": "003Dn00000ABCDEfIAQ",
            "ActivityDate": "2024-10-02",
            "CallDurationInSeconds": 1140,
            "Status": "Completed",
        },
        {("Description", "NAME"), ("Description", "HEALTH"), ("WhoId", "OTHER_ID")},
        {("CallDurationInSeconds", "*"), ("Status", "*"), ("Subject", "NAME")},
        True,
    ),
    (
        "Eligibility response (Availity-like JSON): behavioural health residential benefit",
        {
            "subscriber": {
                "memberId": "XJH772019344",
                "firstName": "Aaliyah",
                "lastName": "Crawford",
                "dateOfBirth": "2005-03-22",
            },
            "payer": {"name": "Blue Cross NC", "payerId": "BCBSNC"},
            "serviceType": "Mental Health - Residential Eating Disorder Treatment",
            "planBenefits": {"deductible": "3000.00", "oopMax": "7500.00", "coinsurance": "20%"},
        },
        {
            ("subscriber.memberId", "HEALTH_PLAN_ID"),
            ("subscriber.firstName", "NAME"),
            ("subscriber.lastName", "NAME"),
            ("subscriber.dateOfBirth", "DATE"),
            ("serviceType", "HEALTH"),
        },
        {
            ("payer.name", "*"),
            ("payer.payerId", "*"),
            ("planBenefits.deductible", "*"),
            ("planBenefits.oopMax", "*"),
        },
        True,
    ),
    (
        "Meal-support group reminder SMS (Twilio message log): the client's first name",
        {
            "sid": "SM4c2d8e1f0a9b7c6d5e4f3a2b1c0d9e8f",
            "from": "+18285550100",
            "to": "+19195550163",
            "body": (
                "Hi Ava, reminder: your virtual meal support group starts at 12:00 today. "
                "Reply C to confirm."
            ),
            "date_sent": "Thu, 03 Oct 2024 15:00:02 +0000",
            "status": "delivered",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("sid", "*"), ("status", "*")},
        True,
    ),
    (
        "SCOFF question bank (health, no identifier)",
        {
            "item": "S",
            "question": "Do you make yourself Sick because you feel uncomfortably full?",
            "scoring": "Yes = 1",
            "instrument": "SCOFF",
        },
        set(),
        {("item", "*"), ("scoring", "*")},
        False,
    ),
    (
        "Segment track event from a virtual IOP funnel: ARFID screener positive",
        {
            "type": "track",
            "event": "Assessment Completed",
            "userId": "usr_9f8a7b6c5d",
            "anonymousId": "e3b0c442-98fc-4c14-9afb-f4c8996fb924",
            "properties": {
                "assessment": "ARFID screener",
                "result": "Positive",
                "recommended_program": "Virtual IOP",
            },
            "context": {
                "ip": "98.210.14.77",
                "page": {"url": "https://app.example-ed.com/assessment/arfid"},
            },
            "timestamp": "2024-10-01T18:22:05.120Z",
        },
        {
            ("userId", "ONLINE_ID|OTHER_ID"),
            ("anonymousId", "ONLINE_ID"),
            ("properties.assessment", "HEALTH"),
            ("properties.recommended_program", "HEALTH"),
            ("context.ip", "IP_ADDRESS"),
        },
        {("timestamp", "*"), ("type", "*"), ("event", "*")},
        True,
    ),
    (
        "Blind weigh-in (JSON): weight, % of ideal body weight, orthostatic change",
        {
            "patient_id": "PT-00912",
            "weigh_date": "2024-09-30",
            "weight_kg": 41.2,
            "pct_ibw": 79,
            "gown_weight": "Y",
            "orthostatic_hr_change": 32,
        },
        {("patient_id", "OTHER_ID|MRN"), ("weigh_date", "DATE"), ("pct_ibw", "HEALTH")},
        {("weight_kg", "*"), ("gown_weight", "*")},
        True,
    ),
    (
        "FBT family session booking (Calendly-like): the parent books for a 13-year-old",
        {
            "event": {
                "name": "FBT Family Session - Dr. Morales",
                "start_time": "2024-10-08T22:00:00.000000Z",
                "location": {"type": "zoom"},
            },
            "invitee": {
                "name": "Daniel Cho",
                "email": "dcho.family@gmail.com",
                "questions_and_answers": [
                    {"question": "Child's name and age", "answer": "Ethan, 13"},
                    {
                        "question": "Reason for visit",
                        "answer": "Refusing to eat, lost weight fast, fear of choking",
                    },
                ],
            },
        },
        {
            ("event.name", "HEALTH"),
            ("event.start_time", "DATE"),
            ("invitee.name", "NAME"),
            ("invitee.email", "EMAIL"),
            ("invitee.questions_and_answers[0].answer", "NAME"),
            ("invitee.questions_and_answers[1].answer", "HEALTH"),
        },
        {("event.location.type", "*")},
        True,
    ),
    (
        "Level-of-care reference table (clean): RTC with its HCPCS code and staffing",
        {
            "code": "RTC",
            "label": "Residential Treatment Center",
            "min_los_days": 30,
            "staffing_ratio": "1:4",
            "hcpcs": "H0019",
        },
        set(),
        {("code", "*"), ("min_los_days", "*"), ("staffing_ratio", "*")},
        False,
    ),
    (
        "Google Ads search terms report (clean): anorexia treatment near me",
        {
            "search_term": "anorexia treatment centers near me",
            "campaign": "Brand_Residential",
            "clicks": "14",
            "cost": "89.12",
            "conversions": "2.00",
            "day": "2024-09-29",
        },
        set(),
        {("day", "*"), ("cost", "*"), ("clicks", "*"), ("campaign", "*")},
        False,
    ),
    (
        "Careers application (identified, no health): a mental health technician opening",
        {
            "candidate": "Olivia Park",
            "email": "olivia.park.mht@gmail.com",
            "phone": "336-555-0138",
            "position": "Mental Health Technician - Night Shift",
            "applied_at": "2024-09-25T20:11:02Z",
        },
        {("candidate", "NAME"), ("email", "EMAIL"), ("phone", "PHONE")},
        {("position", "HEALTH"), ("applied_at", "*")},
        False,
    ),
    (
        "Insurance appeal for continued residential care: 72% of ideal body weight",
        {
            "case_id": "APL-2024-00381",
            "member_name": "Grace Whitaker",
            "member_id": "MBR44819207",
            "letter_body": (
                "We are appealing the denial of continued residential treatment for Grace, "
                "who remains at 72% of ideal body weight with daily purging behaviors."
            ),
            "denial_date": "2024-09-27",
        },
        {
            ("member_name", "NAME"),
            ("member_id", "HEALTH_PLAN_ID"),
            ("letter_body", "HEALTH"),
        },
        {("case_id", "*")},
        True,
    ),
    (
        "Patient portal message (Healthie-like): a teen asks about her potassium",
        {
            "conversation_id": "conv_77120",
            "sender": {"first_name": "Zoe", "last_name": "Armitage", "dob": "2008-06-12"},
            "content": (
                "My therapist said my labs came back and my potassium was 3.1, is that "
                "why I feel dizzy?"
            ),
            "sent_at": "2024-10-06T01:15:44Z",
        },
        {
            ("sender.first_name", "NAME"),
            ("sender.last_name", "NAME"),
            ("sender.dob", "DATE"),
            ("content", "HEALTH"),
        },
        {("conversation_id", "*"), ("sent_at", "*")},
        True,
    ),
    (
        "Outcomes dashboard (clean): a discharge cohort's mean EDE-Q and % weight restored",
        {
            "cohort": "2023 RTC discharges",
            "n": 112,
            "mean_edeq_global_admit": 4.3,
            "mean_edeq_global_discharge": 2.1,
            "pct_weight_restored": "68%",
            "report_run": "2024-10-01T06:00:00Z",
        },
        set(),
        {
            ("report_run", "*"),
            ("n", "*"),
            ("pct_weight_restored", "*"),
            ("cohort", "DATE"),
        },
        False,
    ),
    (
        "Dietitian's client list (Healthie-like CSV): ARFID tags, next appointment",
        {
            "Client ID": "1184230",
            "First Name": "Isaac",
            "Last Name": "Feldman",
            "Email": "ifeldman.family@gmail.com",
            "Tags": "ARFID; FBT; teen",
            "Dietitian": "Marisa Lopez, RD",
            "Next Appointment": "2024-10-15 09:30",
        },
        {
            ("Client ID", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Tags", "HEALTH"),
            ("Dietitian", "NAME"),
            ("Next Appointment", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Mood app account row (identified, no health): plan and sign-up",
        {
            "user_id": "usr_2a7c9e0b4d",
            "email": "quinn.haverford@outlook.com",
            "plan": "Premium Annual",
            "push_enabled": True,
            "app": "Mindful Meals",
            "signup_date": "2024-03-11",
        },
        {("user_id", "ONLINE_ID|OTHER_ID"), ("email", "EMAIL")},
        {("plan", "*"), ("push_enabled", "*"), ("app", "*")},
        False,
    ),
    (
        "Crisis line hourly volume (clean): contacts about eating disorders",
        {
            "hour": "2024-10-03T22:00:00Z",
            "topic": "eating disorders",
            "contacts": 184,
            "texters_unique": 171,
            "avg_wait_sec": 41,
        },
        set(),
        {("hour", "*"), ("contacts", "*"), ("texters_unique", "*"), ("avg_wait_sec", "*")},
        False,
    ),
    (
        "PHP psychiatrist's medication list: olanzapine start, prescriber and NPI",
        {
            "patient_mrn": "ED0042871",
            "medication": "olanzapine 2.5 mg PO qhs",
            "indication": "anxiety around meals",
            "start_date": "2024-09-20",
            "prescriber": "Dr. Hannah Lee",
            "prescriber_npi": "1548293749",
        },
        {
            ("patient_mrn", "MRN|OTHER_ID"),
            ("medication", "HEALTH"),
            ("start_date", "DATE"),
            ("prescriber", "NAME"),
            ("prescriber_npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        set(),
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Dietitian's client list (Healthie-like CSV): ARFID tags, next appointment": (
        {("Client ID", "OTHER_ID|MRN|ONLINE_ID")},
        {("Client ID", "OTHER_ID|MRN")},
        set(),
        "a bare ``Client ID`` is Google Analytics' client id (ONLINE_ID) in every GA and "
        "Measurement Protocol export (field_names), and the project reads it so wherever it "
        "stands; either entity is an identifier of the person, redacted alike, and the row's "
        "PHI verdict does not change",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "PHQ-9 check-in from a CBT app (JSON): total 17, the user's email": (
        {("checkin.total", "HEALTH")},
        "a bare ``total`` is a screener's only because a sibling's *value* names the "
        'instrument (``type`` = "PHQ-9"); readings are judged by their own key '
        "(``phq9_total``), and a bare total is an order's or a cart's everywhere else (the "
        "row is PHI by its email and the instrument's name)",
    ),
    "FBT family session booking (Calendly-like): the parent books for a 13-year-old": (
        {
            ("event.name", "HEALTH"),
            ("event.start_time", "DATE"),
            ("invitee.questions_and_answers[0].answer", "NAME"),
        },
        "Calendly's v1 payload puts the booking in a bare ``event`` object (an analytics "
        'event\'s everywhere else; the v2 ``scheduled_event.start_time`` is read), "FBT" '
        "alone is a fringe-benefits tax as often as family-based treatment, and a child's "
        "given name before an age under a question that asks for it is read by no family "
        "(the row is PHI by the parent's name and email and the reason for the visit)",
    ),
    "Crisis button tap in a recovery app (GA4 export row): the 988 lifeline shown": (
        {("event_name", "HEALTH")},
        "held out: \"crisis\" alone is a PR team's, a company's or a market's as often "
        "(``crisis_comms``, ``crisis_management``), and an app's event name says which only "
        "by the app it comes from; no family can take the word alone (the row has only its "
        "pseudo id, so it is no PHI record until one can)",
    ),
    "PHP psychiatrist's medication list: olanzapine start, prescriber and NPI": (
        {("start_date", "DATE")},
        "a bare ``start_date`` is a report's or a contract's window (field_names); beside a "
        "``medication`` it is the drug's start for the patient, but a formulary file holds a "
        "drug and its own start date too (tests/test_pbm_prior_authorization.py), and only "
        "the patient's id beside it tells them apart (the row is PHI by its MRN and drug)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_eating_disorder_programs_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on eating disorder programmes' and mental-health apps' exports fails here. Before the
#: work, blind: SHAPES 17 misses / 5 false / 14 wrong of 31, HELD_OUT 2 / 1 / 3 of 10.
FLOORS = ShapeTotals(expected=124, misses=6, false=0, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
