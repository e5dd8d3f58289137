"""Gender-affirming care and LGBTQ+ health centres' exports.

A blind probe, written by hand before reading the detectors: what the intake, telehealth,
programme, marketing and development teams of gender-affirming care services and LGBTQ+
community health centres export. Intake forms with a legal name beside a chosen name,
pronouns, sex assigned at birth and gender identity (SOGI fields, as a Jotform CSV, an
Epic Clarity-like demographics extract, a FHIR ``Patient`` with the US Core birth-sex,
gender-identity and pronouns extensions, a Qualtrics response), hormone-therapy
telehealth (Recharge-like memberships, refill texts, e-prescriptions, pharmacy fills of
estradiol, testosterone cypionate and spironolactone, lab monitoring orders and a FHIR
``Observation`` of an estradiol level, a dose-tracker app's Mixpanel event, a Zendesk
ticket about a prior authorisation), surgery consult requests (a Typeform webhook),
support-letter requests and the letter itself, benefits verification and an
insurance-exclusion appeal, an anatomy inventory, name-change and ID-document clinics
(legal aid intake), community-centre event sign-ups (Eventbrite), a youth drop-in sign-in,
voice therapy bookings (an Acuity-like webhook), psychotherapy appointments, PrEP
navigation, peer-support chat (a Discord-like export), hotline call logs, chats and a
crisis text thread, donation (Bloomerang-like) and newsletter (Mailchimp) CRMs, merch
orders and GA4 and Meta CAPI events; with the clean rows around them: a form's pronoun
options, a SOGI answer code table, aggregate survey percentages, event ids, a Pride flag
catalog's SKUs and barcodes, a Pride-month campaign report's UTM values, a volunteer
shift roster.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A chosen (preferred, usual) name is a NAME**, as the legal name (and a former name on a
  name-change petition) is: Safe Harbor's names are any name a person is known by, and a
  chosen name is the one they are known by. A chosen name of one word under a field named
  for it (``Chosen Name``, ``PREFERRED_NAME``, a FHIR ``name`` of ``use: usual``) is
  expected, as a ``First Name`` of one word is; one word under a bare ``Name`` column of a
  sign-in sheet is left unstated (the project decided one word there is no name).
- **Gender identity, sex assigned at birth, legal sex, sexual orientation and pronouns are
  demographics, not health context, and never identifiers.** They are collected for every
  patient as race and ethnicity are (US Core, the SOGI LOINC panel), and being
  transgender, nonbinary or queer is no condition: a record holding a name and these
  fields only is identified, not PHI, and a health finding in such a field is false
  (must-not ``HEALTH``); a pronoun list (``she/her``, ``xe/xem``) or a code for an identity
  is no finding at all. **A diagnosis is health**: gender dysphoria and its ICD-10 code
  (``F64.0``, ``F64.9``), like any diagnosis.
- **Hormone therapy is health; its drugs are MEDICATION.** Estradiol (valerate, patch,
  tablet), testosterone (cypionate, gel, AndroGel), spironolactone, a membership or plan
  named for it ("Estrogen HRT", "Testosterone Therapy Membership"), a dose log and a
  refill text that names the drug make a person's row PHI, as the GLP-1 probe decided for
  a plan named for a drug. Lab monitoring of hormone therapy (an estradiol or testosterone
  level, potassium, a CBC) is a test (PROCEDURE).
- **Gender-affirming surgery and voice therapy are procedures**: top surgery, a
  mastectomy with chest reconstruction, vaginoplasty, facial feminization surgery, a
  hysterectomy, voice therapy, psychotherapy. A surgery consult, a benefits check, an
  exclusion appeal or a support letter naming the procedure is the person's health
  context. A surgical practice's name is the practice's (no finding).
- **Name and gender-marker changes are legal services, not health context**: a name-change
  petition with its court case number (no one's identifier, as the legal probe decided),
  documents to update, and "gender affirmation" as a reason, is identified, not PHI. A
  driver's licence number on it is a LICENSE_NUMBER.
- **Identity-based community programmes are not health context**: a Trans Day of
  Remembrance vigil, a queer youth drop-in, a Pride flag or enamel pin, a chest binder
  (apparel, bought as clothing), a donation to a centre's fund with "health" in its name,
  a newsletter tag and a Pride-month campaign are identified, not PHI. An event that
  offers a health service (a clinic night with hormone level checks and HIV testing) is
  health context of its registrant, as the community-events probe decided for
  service-specific events.
- **What a person says in a peer-support chat, a hotline call or a crisis text about
  their health is health** (dysphoria, panic attacks, self-harm, suicidal ideation), as
  the behavioural-health probe decided for crisis lines; an anonymous chat with only its
  id is health without an identifier (not PHI). A hotline operator's or volunteer's first
  name is the workforce's (not asserted); a volunteer roster reports the volunteer's name
  but is not PHI.
- **Ids**: a clinic's MRN, a telehealth patient or client id and a FHIR ``Patient/…``
  reference are the person's record id (``OTHER_ID|MRN``, ``ONLINE_ID`` for an app's
  user id); a payer's member id is HEALTH_PLAN_ID, a claim number the person's OTHER_ID
  (as the claims probe decided), an Rx number the person's prescription
  (``OTHER_ID|MRN|ACCOUNT_NUMBER``), a lab accession the person's (``OTHER_ID|MRN``), a
  store's customer id theirs (``ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID``). Submission, form,
  ticket, order, subscription, event, note, call and chat ids, SKUs, barcodes, NDCs,
  SNOMED and LOINC codes, group numbers and payer names are no one's: no finding.
- **Clinicians are reported** (a prescriber's, an ordering NP's, a therapist's, a letter
  writer's name, NPI, DEA and licence), as the project decided.
- **Dates**: birth, a lab's collection, a fill, a prescription's writing, a date of
  service, an appointment's start, a hormone start date and an observation's time are the
  person's DATEs. Machine clocks (``created_at``, ``submitted_at``, ``event_timestamp``,
  an order's ``Created at``, a call's start), a report's period and a shift's start are not;
  a court hearing, a gift date and a next charge date are neither expected nor forbidden.
- Counts, percentages, doses, quantities, durations and an age under 90 are never
  findings; a US state alone is not an identifier.

After reading the detectors no blind expectation was changed. One must-not was stricter
than the project (an ``NDC`` may be read as the MEDICATION it codes) and is narrowed on top
(:data:`_DECIDED`). What the work built, each with its unit test: ``transgender`` as a stop
term (ICD-10-CM's index had shipped it as a condition, so every ``Gender Identity`` answer
made an identified demographics row PHI; the diagnoses ``gender dysphoria`` and
``transsexualism`` and the service ``transgender health`` stay), a chosen name, a
petition's requested or proposed name and a support letter's writer as NAME columns
(``Chosen Name``, ``Requested Name``, ``Letter Writer``; field_names), a member id whose
payer follows its label ("my member ID with Aetna is …", medical_ids), a FHIR
``Identifier`` read under its HL7 v2 type coding (``MR`` an MRN, ``MB`` a member id,
``SS``, ``DL``, ``PPN``, ``AN``, ``PI``…: an EHR's MRN sits under an OID ``system`` that
says nothing; cells), and six vocabulary terms, 35,534 in all (``voice therapy``, ``voice
feminization``, ``voice masculinization``; a crisis texter's ``cutting myself``, ``cutting
again``, ``self-cutting``). One record was left open (:data:`LEFT_ALONE`): a CRM note's bare
``author``; since the seventeenth round it is read by the counsellor's credential after
the name (``keyed_names``), and nothing is left open.

Figures (misses / false findings / records wrong): SHAPES (32 records, 122 pairs), blind
6 / 3 / 8; after the work 0 / 1 / 1 as written, 0 / 0 / 0 with the decision. HELD_OUT (10
records, 34 pairs), blind before any work 2 / 0 / 2; scored once after the work on SHAPES:
2 / 0 / 2 (a voice therapy booking's ``type``, a note's ``author``); after one vocabulary
rule that generalises (``voice therapy``): 1 / 0 / 1 (the ``author``, in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Gender clinic intake form (Jotform CSV): legal and chosen name, SOGI, services",
        {
            "Submission ID": "5873301948822170455",
            "Submission Date": "2024-10-04 09:12:44",
            "Legal First Name": "Christopher",
            "Legal Last Name": "Abernathy",
            "Chosen Name": "Chloe",
            "Pronouns": "she/her",
            "Sex Assigned at Birth": "Male",
            "Gender Identity": "Transgender woman",
            "Date of Birth": "03/22/1997",
            "Email": "chloe.abernathy97@gmail.com",
            "Phone Number": "(503) 555-0141",
            "Which services are you interested in?": "Gender-affirming hormone therapy "
            "(estrogen); Voice therapy",
            "Insurance Provider": "Providence Health Plan",
            "Member ID": "PHP884213907",
        },
        {
            ("Legal First Name", "NAME"),
            ("Legal Last Name", "NAME"),
            ("Chosen Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("Email", "EMAIL"),
            ("Phone Number", "PHONE"),
            ("Which services are you interested in?", "HEALTH"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Submission ID", "*"),
            ("Submission Date", "*"),
            ("Pronouns", "*"),
            ("Sex Assigned at Birth", "*"),
            ("Gender Identity", "HEALTH"),
            ("Insurance Provider", "*"),
        },
        True,
    ),
    (
        "FHIR Patient with US Core birth sex, gender identity and pronouns; official and "
        "usual names",
        {
            "resourceType": "Patient",
            "id": "b71c3f0e-9a2d-4e58-8c11-5d0a7f3e6b92",
            "extension": [
                {
                    "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-birthsex",
                    "valueCode": "M",
                },
                {
                    "url": "http://hl7.org/fhir/us/core/StructureDefinition/us-core-genderIdentity",
                    "valueCodeableConcept": {
                        "coding": [
                            {
                                "system": "http://snomed.info/sct",
                                "code": "446141000124107",
                                "display": "Identifies as female gender (finding)",
                            }
                        ]
                    },
                },
                {
                    "url": "http://hl7.org/fhir/StructureDefinition/individual-pronouns",
                    "extension": [
                        {
                            "url": "value",
                            "valueCodeableConcept": {
                                "coding": [
                                    {
                                        "system": "http://loinc.org",
                                        "code": "LA29519-8",
                                        "display": "she/her/her/hers/herself",
                                    }
                                ]
                            },
                        }
                    ],
                },
            ],
            "identifier": [
                {
                    "type": {"coding": [{"code": "MR"}]},
                    "system": "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14",
                    "value": "E4471920",
                }
            ],
            "name": [
                {"use": "official", "family": "Tremblay", "given": ["Nathaniel", "James"]},
                {"use": "usual", "family": "Tremblay", "given": ["Natalie"]},
            ],
            "gender": "female",
            "birthDate": "1989-06-30",
            "telecom": [{"system": "phone", "value": "617-555-0163", "use": "mobile"}],
        },
        {
            ("identifier[0].value", "MRN|OTHER_ID"),
            ("name[0].family", "NAME"),
            ("name[0].given[0]", "NAME"),
            ("name[1].given[0]", "NAME"),
            ("birthDate", "DATE"),
            ("telecom[0].value", "PHONE"),
        },
        {
            ("extension[0].valueCode", "*"),
            ("extension[1].valueCodeableConcept.coding[0].code", "*"),
            ("extension[1].valueCodeableConcept.coding[0].display", "*"),
            ("extension[2].extension[0].valueCodeableConcept.coding[0].code", "*"),
            ("extension[2].extension[0].valueCodeableConcept.coding[0].display", "*"),
            ("gender", "*"),
        },
        False,
    ),
    (
        "Hormone-therapy membership (Recharge-like subscription webhook): estradiol valerate",
        {
            "subscription": {
                "id": 48213377,
                "customer_id": 88120455,
                "email": "sam.okafor@fastmail.com",
                "product_title": "Estrogen HRT - Monthly Membership",
                "variant_title": "Estradiol valerate injection 20 mg/mL, 5 mL vial",
                "price": "89.00",
                "status": "ACTIVE",
                "next_charge_scheduled_at": "2024-11-03",
                "created_at": "2024-04-03T15:22:10-04:00",
            }
        },
        {
            ("subscription.email", "EMAIL"),
            ("subscription.customer_id", "ACCOUNT_NUMBER|OTHER_ID|ONLINE_ID"),
            ("subscription.product_title", "HEALTH"),
            ("subscription.variant_title", "HEALTH"),
        },
        {
            ("subscription.id", "*"),
            ("subscription.price", "*"),
            ("subscription.created_at", "*"),
        },
        True,
    ),
    (
        "Refill-shipped SMS (Twilio message log): spironolactone to the patient's phone",
        {
            "sid": "SM4e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b",
            "from": "+18885550127",
            "to": "+15035550176",
            "body": "Hi Riley! Your spironolactone 100 mg refill has shipped and should "
            "arrive by Thursday. Questions? Reply here. Reply STOP to opt out.",
            "status": "delivered",
            "date_created": "Tue, 08 Oct 2024 16:02:11 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH")},
        {("sid", "*"), ("from", "*"), ("date_created", "*")},
        True,
    ),
    (
        "Hormone lab monitoring order (lab requisition CSV): estradiol, testosterone, potassium",
        {
            "Accession": "QX48120933",
            "Patient Name": "Okonkwo, Jamie",
            "DOB": "11/02/1992",
            "Sex (for reference ranges)": "F",
            "Tests Ordered": "Estradiol, LC/MS/MS; Testosterone, Total, LC/MS; Potassium; "
            "CBC w/ Diff",
            "Collection Date": "2024-09-27",
            "Ordering Provider": "Dana Whitcomb, NP",
            "Provider NPI": "1648120396",
            "Bill To": "Client",
            "Priority": "Routine",
        },
        {
            ("Accession", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Tests Ordered", "HEALTH"),
            ("Collection Date", "DATE"),
            ("Ordering Provider", "NAME"),
            ("Provider NPI", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("Sex (for reference ranges)", "*"), ("Bill To", "*"), ("Priority", "*")},
        True,
    ),
    (
        "FHIR Observation: an estradiol level of a patient on hormone therapy",
        {
            "resourceType": "Observation",
            "id": "obs-5519027",
            "status": "final",
            "code": {
                "coding": [
                    {
                        "system": "http://loinc.org",
                        "code": "2243-4",
                        "display": "Estradiol [Mass/volume] in Serum or Plasma",
                    }
                ]
            },
            "subject": {"reference": "Patient/8841207"},
            "effectiveDateTime": "2024-09-27T08:41:00-07:00",
            "valueQuantity": {"value": 187, "unit": "pg/mL"},
            "referenceRange": [{"low": {"value": 100}, "high": {"value": 200}}],
        },
        {
            ("subject.reference", "OTHER_ID|MRN"),
            ("code.coding[0].display", "HEALTH"),
            ("effectiveDateTime", "DATE"),
        },
        {
            ("id", "*"),
            ("valueQuantity.value", "*"),
            ("referenceRange[0].low.value", "*"),
            ("referenceRange[0].high.value", "*"),
        },
        True,
    ),
    (
        "Pharmacy fill export (CSV): testosterone cypionate (C-III) with the prescriber's DEA",
        {
            "Store #": "0417",
            "Rx Number": "6120448",
            "Patient": "Marcus Delacroix-Bell",
            "DOB": "1999-01-15",
            "Drug": "Testosterone Cypionate 200 mg/mL 10 mL vial (CIII)",
            "NDC": "00591-4128-79",
            "Qty": "10",
            "Days Supply": "70",
            "Fill Date": "10/01/2024",
            "Prescriber": "Lauren Cho, MD",
            "Prescriber DEA": "BC4821939",
        },
        {
            ("Rx Number", "OTHER_ID|MRN|ACCOUNT_NUMBER"),
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Drug", "HEALTH"),
            ("Fill Date", "DATE"),
            ("Prescriber", "NAME"),
            ("Prescriber DEA", "LICENSE_NUMBER"),
        },
        {("Store #", "*"), ("NDC", "*"), ("Qty", "*"), ("Days Supply", "*")},
        True,
    ),
    (
        "Top-surgery consult request (Typeform webhook): answers with field refs",
        {
            "event_id": "01JA8Q2ZK4W7T9XGMF0B3R5N6C",
            "event_type": "form_response",
            "form_response": {
                "form_id": "vQ3kR8tZ",
                "token": "a9x2m4k7p1q8z3w6v0b5n2c7",
                "submitted_at": "2024-10-06T21:14:03Z",
                "answers": [
                    {
                        "type": "text",
                        "text": "Devon Castellanos",
                        "field": {"id": "Kx91", "ref": "full_name", "type": "short_text"},
                    },
                    {
                        "type": "email",
                        "email": "devon.castellanos@outlook.com",
                        "field": {"id": "Kx92", "ref": "email", "type": "email"},
                    },
                    {
                        "type": "phone_number",
                        "phone_number": "+17735550138",
                        "field": {"id": "Kx93", "ref": "phone", "type": "phone_number"},
                    },
                    {
                        "type": "choice",
                        "choice": {"label": "Top surgery (double incision with nipple grafts)"},
                        "field": {"id": "Kx94", "ref": "procedure", "type": "multiple_choice"},
                    },
                    {
                        "type": "date",
                        "date": "2022-03-01",
                        "field": {"id": "Kx95", "ref": "hrt_start_date", "type": "date"},
                    },
                ],
            },
        },
        {
            ("form_response.answers[0].text", "NAME"),
            ("form_response.answers[1].email", "EMAIL"),
            ("form_response.answers[2].phone_number", "PHONE"),
            ("form_response.answers[3].choice.label", "HEALTH"),
            ("form_response.answers[4].date", "DATE"),
        },
        {
            ("event_id", "*"),
            ("form_response.form_id", "*"),
            ("form_response.token", "*"),
            ("form_response.submitted_at", "*"),
        },
        True,
    ),
    (
        "Support-letter request (group practice CSV): vaginoplasty, the letter writer's licence",
        {
            "Request ID": "LTR-2024-0381",
            "Client Name": "Imani Washington",
            "Client DOB": "1986-08-04",
            "Procedure": "Vaginoplasty (penile inversion)",
            "Surgical Practice": "Bayview Gender Surgery Center",
            "Letter Writer": "Morgan Hale, LCSW",
            "Letter Writer License #": "LCS 28814",
            "Letters Required": "2",
            "Status": "Drafted",
        },
        {
            ("Client Name", "NAME"),
            ("Client DOB", "DATE"),
            ("Procedure", "HEALTH"),
            ("Letter Writer", "NAME"),
            ("Letter Writer License #", "LICENSE_NUMBER"),
        },
        {
            ("Request ID", "*"),
            ("Surgical Practice", "NAME|LOCATION"),
            ("Letters Required", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Name-change clinic intake (legal aid, Airtable CSV): petition, gender marker, licence",
        {
            "Current Legal Name": "Benjamin Hollis",
            "Requested Name": "Bailey Hollis",
            "Email": "bhollis.namechange@gmail.com",
            "Court Case No.": "24-CV-018832",
            "Gender Marker Change": "Yes",
            "Reason": "Gender affirmation",
            "Documents to Update": "Driver license; birth certificate; passport; SSA",
            "Driver License #": "H400-7285-1934",
            "Hearing Date": "2024-12-10",
            "Volunteer Attorney": "Rachel Ostrowski",
        },
        {
            ("Current Legal Name", "NAME"),
            ("Requested Name", "NAME"),
            ("Email", "EMAIL"),
            ("Driver License #", "LICENSE_NUMBER"),
        },
        {
            ("Court Case No.", "*"),
            ("Gender Marker Change", "*"),
            ("Reason", "HEALTH"),
            ("Documents to Update", "HEALTH"),
        },
        False,
    ),
    (
        "Community-centre event sign-up (Eventbrite attendee CSV): a remembrance vigil",
        {
            "Order #": "9120448331",
            "Order Date": "2024-11-08 19:44:10",
            "First Name": "Terrence",
            "Last Name": "Achebe",
            "Email": "t.achebe@icloud.com",
            "Event Name": "Trans Day of Remembrance Candlelight Vigil",
            "Event ID": "1023348817265",
            "Ticket Type": "General Admission (Free)",
            "Attendee Status": "Attending",
        },
        {("First Name", "NAME"), ("Last Name", "NAME"), ("Email", "EMAIL")},
        {
            ("Order #", "*"),
            ("Order Date", "*"),
            ("Event Name", "HEALTH"),
            ("Event ID", "*"),
            ("Ticket Type", "*"),
        },
        False,
    ),
    (
        "Voice therapy booking (Acuity-like webhook JSON): gender-affirming voice evaluation",
        {
            "id": 1132045577,
            "firstName": "Sasha",
            "lastName": "Marchetti",
            "phone": "(412) 555-0159",
            "email": "sasha.marchetti@gmail.com",
            "datetime": "2024-11-12T15:30:00-0500",
            "type": "Gender-Affirming Voice Therapy - Initial Evaluation (60 min)",
            "calendar": "Priya Raman, CCC-SLP",
            "forms": [
                {
                    "id": 2208811,
                    "name": "Voice Intake",
                    "values": [
                        {"id": 99120, "name": "Pronouns", "value": "she/her"},
                        {
                            "id": 99121,
                            "name": "Goals",
                            "value": "Raise pitch and brighten resonance; vocal fatigue "
                            "after long calls",
                        },
                    ],
                }
            ],
        },
        {
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("datetime", "DATE"),
            ("type", "HEALTH"),
        },
        {("id", "*"), ("forms[0].id", "*"), ("forms[0].values[0].value", "*")},
        True,
    ),
    (
        "Peer-support chat export (Discord-like JSON): a member on testosterone, dysphoria",
        {
            "id": "1293884120557731840",
            "channel_id": "1102938475610293847",
            "author": {
                "id": "887766554433221100",
                "username": "maplewren_",
                "global_name": "Wren",
            },
            "content": "3 months on testosterone now and my gender dysphoria has eased a lot, "
            "but the injection site soreness is rough",
            "timestamp": "2024-10-05T02:14:51.227000+00:00",
        },
        {
            ("author.username", "ONLINE_ID"),
            ("content", "HEALTH"),
        },
        {("id", "*"), ("channel_id", "*"), ("timestamp", "*")},
        True,
    ),
    (
        "Hotline call log (crisis line CRM CSV): the caller's number and primary concern",
        {
            "Call ID": "TL-2024-118203",
            "Call Start": "2024-10-09 23:41:07",
            "Duration (min)": "38",
            "Caller Phone": "(614) 555-0127",
            "Caller State": "OH",
            "Operator": "Jess",
            "Primary Concern": "Suicidal ideation; family rejection",
            "Risk Level": "Moderate",
            "Referral Given": "988",
        },
        {("Caller Phone", "PHONE"), ("Primary Concern", "HEALTH")},
        {
            ("Call ID", "*"),
            ("Duration (min)", "*"),
            ("Caller State", "*"),
            ("Referral Given", "*"),
        },
        True,
    ),
    (
        "Anonymous hotline chat (no identifier): coming out and panic attacks",
        {
            "chat_id": "c_7f2e91a4",
            "started_at": "2024-10-10T03:02:40Z",
            "transcript": [
                {
                    "role": "visitor",
                    "text": "I came out to my parents last week and now I can't stop having "
                    "panic attacks",
                },
                {"role": "volunteer", "text": "Thank you for reaching out. You're not alone."},
            ],
            "tags": ["coming-out", "anxiety"],
        },
        {("transcript[0].text", "HEALTH")},
        {("chat_id", "*"), ("started_at", "*"), ("transcript[1].text", "*")},
        False,
    ),
    (
        "Insurance-exclusion appeal (case CSV): mastectomy CPT, F64.0, member id, claim",
        {
            "Case #": "APL-00471",
            "Member Name": "Jordan Whitaker",
            "Member ID": "XJH829104417",
            "Group Number": "0076601",
            "Plan": "Anthem Blue Cross PPO",
            "Claim Number": "2024187300941",
            "Date of Service": "2024-07-22",
            "CPT": "19303",
            "Diagnosis": "F64.0",
            "Denial Reason": "Plan exclusion: gender-affirming surgery",
            "Appeal Level": "Level 1 internal",
        },
        {
            ("Member Name", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Claim Number", "OTHER_ID"),
            ("Date of Service", "DATE"),
            ("CPT", "HEALTH"),
            ("Diagnosis", "HEALTH"),
        },
        {("Case #", "*"), ("Group Number", "*"), ("Plan", "*"), ("Appeal Level", "*")},
        True,
    ),
    (
        "Donation CRM row (Bloomerang-like CSV): a gift to the centre's health access fund",
        {
            "Constituent Name": "Margaret Lindqvist",
            "Email": "mlindqvist@comcast.net",
            "Primary Street": "4410 NE Alberta St",
            "Primary City": "Portland",
            "Primary ZIP": "97211",
            "Gift Amount": "250.00",
            "Gift Date": "06/28/2024",
            "Fund": "Trans Health Access Fund",
            "Campaign": "Pride Giving 2024",
            "Appeal": "June e-appeal",
        },
        {
            ("Constituent Name", "NAME"),
            ("Email", "EMAIL"),
            ("Primary Street", "LOCATION"),
            ("Primary City", "LOCATION"),
            ("Primary ZIP", "ZIP_CODE"),
        },
        {("Gift Amount", "*"), ("Fund", "HEALTH"), ("Campaign", "*"), ("Appeal", "*")},
        False,
    ),
    (
        "Newsletter CRM member (Mailchimp API JSON): pronouns merge field and tags",
        {
            "email_address": "river.ashby@proton.me",
            "status": "subscribed",
            "merge_fields": {"FNAME": "River", "LNAME": "Ashby", "PRONOUNS": "they/them"},
            "tags": [{"id": 8812033, "name": "Pride 2024"}, {"id": 8812040, "name": "Volunteer"}],
            "timestamp_opt": "2024-05-30T18:22:09+00:00",
            "list_id": "a81c3e20f4",
        },
        {
            ("email_address", "EMAIL"),
            ("merge_fields.FNAME", "NAME"),
            ("merge_fields.LNAME", "NAME"),
        },
        {
            ("merge_fields.PRONOUNS", "*"),
            ("tags[0].id", "*"),
            ("tags[0].name", "*"),
            ("tags[1].name", "*"),
            ("timestamp_opt", "*"),
            ("list_id", "*"),
        },
        False,
    ),
    (
        "Pronoun options of an intake form (form-builder field JSON, clean)",
        {
            "field_id": "pronouns",
            "label": "Pronouns (select all that apply)",
            "type": "checkbox",
            "required": False,
            "choices": [
                "she/her",
                "he/him",
                "they/them",
                "ze/zir",
                "xe/xem",
                "Prefer to self-describe",
            ],
        },
        set(),
        {
            ("field_id", "*"),
            ("label", "*"),
            ("choices[0]", "*"),
            ("choices[1]", "*"),
            ("choices[2]", "*"),
            ("choices[3]", "*"),
            ("choices[4]", "*"),
        },
        False,
    ),
    (
        "SOGI answer code table row (value-set CSV, clean): gender identity, SNOMED code",
        {
            "Question LOINC": "76691-5",
            "Question": "Gender identity",
            "Answer Code": "446151000124109",
            "Answer Display": "Identifies as male gender (finding)",
            "Code System": "SNOMED CT",
            "Sort Order": "1",
        },
        set(),
        {
            ("Question LOINC", "*"),
            ("Question", "*"),
            ("Answer Code", "*"),
            ("Answer Display", "*"),
            ("Sort Order", "*"),
        },
        False,
    ),
    (
        "Community health survey aggregate (Qualtrics report row, clean): percent of respondents",
        {
            "Question": "In the past year, did you avoid seeing a doctor because of fear of "
            "being mistreated?",
            "Response": "Yes",
            "Percent": "28.4%",
            "Count": "1,412",
            "Base": "4,973",
            "Wave": "2024",
        },
        set(),
        {("Response", "*"), ("Percent", "*"), ("Count", "*"), ("Base", "*"), ("Wave", "*")},
        False,
    ),
    (
        "Pride flag merch catalog (Shopify products CSV, clean): SKU, barcode, price",
        {
            "Handle": "progress-pride-flag-3x5",
            "Title": "Progress Pride Flag 3x5 ft",
            "Vendor": "Rainbow Depot",
            "Tags": "pride, flags, merch",
            "Variant SKU": "FLG-PRG-3X5",
            "Variant Barcode": "850012345673",
            "Variant Price": "24.00",
            "Variant Inventory Qty": "142",
        },
        set(),
        {
            ("Handle", "*"),
            ("Title", "*"),
            ("Variant SKU", "*"),
            ("Variant Barcode", "*"),
            ("Variant Price", "*"),
            ("Variant Inventory Qty", "*"),
        },
        False,
    ),
    (
        "Merch order (Shopify orders CSV): a trans pride pin to a home address",
        {
            "Name": "#1047",
            "Email": "jamal.reyes@yahoo.com",
            "Created at": "2024-06-03 11:42:19 -0400",
            "Billing Name": "Jamal Reyes",
            "Billing Address1": "77 Gold St Apt 4B",
            "Billing City": "Brooklyn",
            "Billing Zip": "11201",
            "Billing Phone": "+17185550132",
            "Lineitem name": "Trans Pride Flag Enamel Pin",
            "Lineitem sku": "PIN-TRANS-01",
            "Lineitem quantity": "2",
        },
        {
            ("Email", "EMAIL"),
            ("Billing Name", "NAME"),
            ("Billing Address1", "LOCATION"),
            ("Billing City", "LOCATION"),
            ("Billing Zip", "ZIP_CODE"),
            ("Billing Phone", "PHONE"),
        },
        {
            ("Name", "*"),
            ("Created at", "*"),
            ("Lineitem name", "HEALTH"),
            ("Lineitem sku", "*"),
            ("Lineitem quantity", "*"),
        },
        False,
    ),
    (
        "Pride-month campaign report (Meta Ads export row, clean): UTM values and spend",
        {
            "Campaign name": "pride_month_2024_awareness",
            "Ad set name": "LGBTQ+ 18-34 | US",
            "utm_campaign": "pride-month-2024",
            "utm_content": "trans-joy-carousel",
            "Reach": "182,044",
            "Impressions": "240,119",
            "Amount spent (USD)": "1,204.88",
            "Reporting starts": "2024-06-01",
            "Reporting ends": "2024-06-30",
        },
        set(),
        {
            ("Campaign name", "*"),
            ("Ad set name", "*"),
            ("utm_campaign", "*"),
            ("utm_content", "*"),
            ("Reach", "*"),
            ("Impressions", "*"),
            ("Amount spent (USD)", "*"),
            ("Reporting starts", "*"),
            ("Reporting ends", "*"),
        },
        False,
    ),
    (
        "GA4 export row: a testosterone therapy get-started page from a Pride campaign",
        {
            "event_date": "20241007",
            "event_timestamp": "1728312845123456",
            "event_name": "page_view",
            "user_pseudo_id": "1948227301.1728312801",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.example-telehealth.com/hormone-therapy/"
                        "testosterone/get-started?utm_source=instagram&utm_campaign="
                        "pride-month-2024"
                    },
                },
                {"key": "ga_session_id", "value": {"int_value": 1728312801}},
            ],
            "geo": {"region": "Oregon", "country": "United States"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {("event_timestamp", "*"), ("event_date", "*"), ("geo.region", "*")},
        True,
    ),
    (
        "Meta Conversions API event: a testosterone therapy membership purchase",
        {
            "data": [
                {
                    "event_name": "Purchase",
                    "event_time": 1727988000,
                    "event_id": "ord_77120931",
                    "action_source": "website",
                    "user_data": {
                        "em": [_sha("kai.morrow@gmail.com")],
                        "ph": [_sha("13125550119")],
                        "client_ip_address": "73.142.88.19",
                        "fbp": "fb.1.1727987000123.1188223344",
                    },
                    "custom_data": {
                        "content_name": "Testosterone Therapy Membership",
                        "value": 129.0,
                        "currency": "USD",
                    },
                }
            ]
        },
        {
            ("data[0].user_data.em[0]", "HASHED_ID"),
            ("data[0].user_data.ph[0]", "HASHED_ID"),
            ("data[0].user_data.client_ip_address", "IP_ADDRESS"),
            ("data[0].user_data.fbp", "ONLINE_ID"),
            ("data[0].custom_data.content_name", "HEALTH"),
        },
        {
            ("data[0].event_time", "*"),
            ("data[0].event_id", "*"),
            ("data[0].custom_data.value", "*"),
        },
        True,
    ),
    (
        "SOGI demographics extract (Epic Clarity-like CSV): identified, no health context",
        {
            "PAT_MRN_ID": "100448213",
            "PAT_NAME": "RIVERA,ALEXANDRA",
            "PREFERRED_NAME": "Alex",
            "BIRTH_DATE": "1995-02-17",
            "LEGAL_SEX": "Female",
            "SEX_ASGN_AT_BIRTH": "Female",
            "GENDER_IDENTITY": "Transgender Male / Female-to-Male",
            "SEXUAL_ORIENTATION": "Queer",
            "PRONOUNS": "he/him/his",
        },
        {
            ("PAT_MRN_ID", "MRN|OTHER_ID"),
            ("PAT_NAME", "NAME"),
            ("PREFERRED_NAME", "NAME"),
            ("BIRTH_DATE", "DATE"),
        },
        {
            ("LEGAL_SEX", "*"),
            ("SEX_ASGN_AT_BIRTH", "*"),
            ("GENDER_IDENTITY", "HEALTH"),
            ("SEXUAL_ORIENTATION", "HEALTH"),
            ("PRONOUNS", "*"),
        },
        False,
    ),
    (
        "Anatomy (organ) inventory row (EHR CSV): removed and present organs for screening",
        {
            "MRN": "100512877",
            "Patient": "Lind, Casey",
            "Anatomy Inventory": "Breasts: removed (mastectomy 2022); Uterus: present; "
            "Cervix: present; Ovaries: present",
            "Cervical Screening Due": "2025-02-01",
            "Updated By": "clinic_ma_04",
        },
        {
            ("MRN", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("Anatomy Inventory", "HEALTH"),
        },
        {("Updated By", "*")},
        True,
    ),
    (
        "e-Prescription to a pharmacy (telehealth platform JSON): estradiol tablets",
        {
            "message_id": "rx-msg-7731209",
            "patient": {
                "first_name": "Hannah",
                "last_name": "Kowalczyk",
                "dob": "1990-05-08",
                "gender": "F",
                "address": {
                    "line1": "1208 W Fullerton Ave",
                    "city": "Chicago",
                    "state": "IL",
                    "zip": "60614",
                },
            },
            "medication": {
                "drug_description": "Estradiol 2 mg oral tablet",
                "sig": "Take 1 tablet by mouth twice daily",
                "quantity": 60,
                "refills": 5,
            },
            "prescriber": {"name": "Lauren Cho, MD", "npi": "1730492281", "dea": "BC4821939"},
            "written_date": "2024-10-01",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.address.line1", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("medication.drug_description", "HEALTH"),
            ("prescriber.name", "NAME"),
            ("prescriber.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("prescriber.dea", "LICENSE_NUMBER"),
            ("written_date", "DATE"),
        },
        {
            ("message_id", "*"),
            ("patient.gender", "*"),
            ("patient.address.state", "*"),
            ("medication.quantity", "*"),
            ("medication.refills", "*"),
        },
        True,
    ),
    (
        "PrEP navigation list (LGBTQ+ centre CSV): last HIV test and PrEP status",
        {
            "Client ID": "LC-20931",
            "Client Name": "Andre Fontaine",
            "Mobile": "(312) 555-0184",
            "Last HIV Test": "09/14/2024",
            "HIV Result": "Negative",
            "PrEP Status": "Active - Descovy",
            "Navigator": "Tomas",
            "Next Lab Due": "12/14/2024",
        },
        {
            ("Client ID", "OTHER_ID|ONLINE_ID|MRN"),
            ("Client Name", "NAME"),
            ("Mobile", "PHONE"),
            ("Last HIV Test", "DATE"),
            ("HIV Result", "HEALTH"),
            ("PrEP Status", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Psychotherapy appointment export (SimplePractice-like CSV): 90837 and a diagnosis",
        {
            "Client": "Avery Quinn",
            "Client DOB": "2001-09-30",
            "Date of Service": "10/03/2024",
            "Service": "90837 Psychotherapy, 60 min",
            "Diagnosis": "F43.23 Adjustment disorder with mixed anxiety and depressed mood",
            "Clinician": "Jordan Blake, LMFT",
            "Location": "Telehealth",
            "Fee": "$175.00",
        },
        {
            ("Client", "NAME"),
            ("Client DOB", "DATE"),
            ("Date of Service", "DATE"),
            ("Service", "HEALTH"),
            ("Diagnosis", "HEALTH"),
            ("Clinician", "NAME"),
        },
        {("Location", "*"), ("Fee", "*")},
        True,
    ),
    (
        "Chest binder order (Shopify order JSON): apparel to a home address, no health",
        {
            "name": "#GC-20931",
            "email": "rowan.pike@gmail.com",
            "created_at": "2024-09-18T10:02:55-07:00",
            "customer": {"id": 7120448813, "first_name": "Rowan", "last_name": "Pike"},
            "shipping_address": {
                "address1": "2317 N Proctor St",
                "city": "Tacoma",
                "province_code": "WA",
                "zip": "98406",
            },
            "line_items": [{"title": "Half Binder - Tan / M", "sku": "HB-TAN-M", "quantity": 1}],
        },
        {
            ("email", "EMAIL"),
            ("customer.first_name", "NAME"),
            ("customer.last_name", "NAME"),
            ("shipping_address.address1", "LOCATION"),
            ("shipping_address.city", "LOCATION"),
            ("shipping_address.zip", "ZIP_CODE"),
        },
        {
            ("name", "*"),
            ("created_at", "*"),
            ("line_items[0].title", "HEALTH"),
            ("line_items[0].sku", "*"),
            ("shipping_address.province_code", "*"),
        },
        False,
    ),
    (
        "Queer youth drop-in sign-in (community centre CSV): first name, pronouns, guardian",
        {
            "Name": "Kai",
            "Pronouns": "xe/xem",
            "Age": "16",
            "Program": "Queer Youth Drop-In",
            "Parent/Guardian Phone": "(206) 555-0193",
            "Sign-in Time": "4:12 PM",
        },
        {("Parent/Guardian Phone", "PHONE")},
        {("Pronouns", "*"), ("Age", "*"), ("Program", "HEALTH"), ("Sign-in Time", "*")},
        False,
    ),
    (
        "Member support ticket (Zendesk JSON): testosterone gel refill stuck on prior auth",
        {
            "ticket": {
                "id": 58213,
                "subject": "Testosterone gel refill delayed - prior auth?",
                "description": "Hi, my name is Eli Navarro (DOB 04/02/1994). My AndroGel "
                "refill has been stuck for a week waiting on prior authorization and I'm "
                "almost out. My member ID with Aetna is W284719330.",
                "requester": {"name": "Eli Navarro", "email": "eli.navarro@proton.me"},
                "status": "open",
                "created_at": "2024-10-08T13:20:44Z",
            }
        },
        {
            ("ticket.requester.name", "NAME"),
            ("ticket.requester.email", "EMAIL"),
            ("ticket.subject", "HEALTH"),
            ("ticket.description", "HEALTH"),
            ("ticket.description", "DATE"),
            ("ticket.description", "HEALTH_PLAN_ID"),
        },
        {("ticket.id", "*"), ("ticket.created_at", "*")},
        True,
    ),
    (
        "Clinic-night registration (Eventbrite attendee CSV): hormone level checks, HIV testing",
        {
            "Order #": "9120551207",
            "Attendee Name": "Priya Natarajan",
            "Email": "priya.n@gmail.com",
            "Event": "Trans Health Clinic Night: free hormone level checks & HIV testing",
            "Event ID": "1023351190884",
            "Ticket #": "912055120711",
        },
        {("Attendee Name", "NAME"), ("Email", "EMAIL"), ("Event", "HEALTH")},
        {("Order #", "*"), ("Event ID", "*"), ("Ticket #", "*")},
        True,
    ),
    (
        "Dose-tracker app event (Mixpanel export JSON): a testosterone injection logged",
        {
            "event": "Dose Logged",
            "properties": {
                "time": 1728123000,
                "distinct_id": "u_55102",
                "$user_id": "u_55102",
                "$device_id": "7C1A9E42-55D0-4B8A-9F13-2E6D0C8B7A41",
                "medication": "Testosterone cypionate",
                "dose_mg": 50,
                "injection_site": "Left thigh",
                "mp_country_code": "US",
            },
        },
        {
            ("properties.$user_id", "ONLINE_ID|OTHER_ID"),
            ("properties.medication", "HEALTH"),
        },
        {
            ("properties.time", "*"),
            ("properties.dose_mg", "*"),
            ("properties.mp_country_code", "*"),
        },
        True,
    ),
    (
        "Community SOGI survey response (Qualtrics CSV): identity questions as columns",
        {
            "ResponseId": "R_3kX8vQ2mZpL9aT1",
            "RecipientFirstName": "Morgan",
            "RecipientLastName": "Feldstein",
            "RecipientEmail": "m.feldstein@gmail.com",
            "What is your current gender identity?": "Genderqueer / non-binary",
            "Which best describes your sexual orientation?": "Bisexual",
            "What pronouns do you use?": "they/them",
            "Would you attend a monthly community potluck?": "Yes",
        },
        {
            ("RecipientFirstName", "NAME"),
            ("RecipientLastName", "NAME"),
            ("RecipientEmail", "EMAIL"),
        },
        {
            ("ResponseId", "*"),
            ("What is your current gender identity?", "HEALTH"),
            ("Which best describes your sexual orientation?", "HEALTH"),
            ("What pronouns do you use?", "*"),
            ("Would you attend a monthly community potluck?", "*"),
        },
        False,
    ),
    (
        "Benefits verification (Salesforce custom object JSON): facial feminization surgery",
        {
            "attributes": {"type": "Benefits_Verification__c"},
            "Name": "BV-000812",
            "Patient_Name__c": "Noor Haddad",
            "Date_of_Birth__c": "1991-12-09",
            "Payer__c": "Cigna",
            "Member_ID__c": "U48291037 01",
            "Requested_Procedure__c": "Facial feminization surgery (FFS): forehead "
            "contouring, rhinoplasty",
            "Exclusion_Found__c": True,
            "CreatedDate": "2024-09-30T17:05:12.000+0000",
        },
        {
            ("Patient_Name__c", "NAME"),
            ("Date_of_Birth__c", "DATE"),
            ("Member_ID__c", "HEALTH_PLAN_ID"),
            ("Requested_Procedure__c", "HEALTH"),
        },
        {("Name", "*"), ("Payer__c", "*"), ("Exclusion_Found__c", "*"), ("CreatedDate", "*")},
        True,
    ),
    (
        "Hotline volunteer shift roster (CSV): names and shifts, no caller",
        {
            "Volunteer": "Marisol Ortega",
            "Shift Start": "2024-10-19 18:00",
            "Shift End": "2024-10-19 22:00",
            "Line": "English/Spanish",
            "Role": "Peer Operator",
        },
        {("Volunteer", "NAME")},
        {("Shift Start", "*"), ("Shift End", "*"), ("Line", "*"), ("Role", "*")},
        False,
    ),
    (
        "Support letter in a CRM note (letter text): gender dysphoria, bilateral mastectomy",
        {
            "note_id": "N-00982",
            "author": "Harper Nguyen, LPC",
            "body": "To whom it may concern: I am writing in support of my client, Theo "
            "Lindqvist (DOB 07/19/1988), who has been diagnosed with gender dysphoria (F64.0) "
            "and is seeking bilateral mastectomy with chest reconstruction. Theo has been on "
            "testosterone since 2021.",
            "created": "2024-08-14T16:40:00Z",
        },
        {
            ("author", "NAME"),
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "HEALTH"),
        },
        {("note_id", "*"), ("created", "*")},
        True,
    ),
    (
        "GA4 export row: a Pride festival events page (identified, no health)",
        {
            "event_date": "20240608",
            "event_timestamp": "1717866231554012",
            "event_name": "page_view",
            "user_pseudo_id": "2077341159.1717866200",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.example-lgbtcenter.org/events/"
                        "pride-festival-2024?utm_campaign=pride-month-2024&utm_medium=email"
                    },
                },
                {"key": "page_title", "value": {"string_value": "Pride Festival 2024 | Events"}},
            ],
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_timestamp", "*"),
            ("event_date", "*"),
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "*"),
        },
        False,
    ),
    (
        "Crisis text thread (Twilio Conversations-like JSON): the texter's number, self-harm",
        {
            "conversation_sid": "CH5a0e9d1c2b3a4f5e6d7c8b9a0f1e2d3c",
            "participant": {"address": "+15035550188", "role": "texter"},
            "messages": [
                {
                    "author": "+15035550188",
                    "body": "i'm trans and my family kicked me out, i've been cutting again",
                    "date_created": "2024-10-12T05:31:09Z",
                }
            ],
        },
        {
            ("participant.address", "PHONE"),
            ("messages[0].author", "PHONE"),
            ("messages[0].body", "HEALTH"),
        },
        {("conversation_sid", "*"), ("messages[0].date_created", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Pharmacy fill export (CSV): testosterone cypionate (C-III) with the prescriber's DEA": (
        set(),
        set(),
        {("NDC", "*")},
        "an NDC may be read as the MEDICATION it codes (tests/test_clinical_codes.py, "
        "tests/test_retail_pharmacy.py: it must never be an identifier); the blind must-not "
        "forbade any finding",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_gender_affirming_lgbtq_health_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decision applied): a change that loses recall or precision
#: on gender-affirming care and LGBTQ+ centre exports fails here. Before the work, blind:
#: SHAPES 6 misses / 3 false / 8 wrong of 32, HELD_OUT 2 / 0 / 2 of 10. The note's
#: ``author``, left open then (1 / 0 / 1), is read since the seventeenth round by the
#: counsellor's credential after the name ("Harper Nguyen, LPC").
FLOORS = ShapeTotals(expected=156, misses=0, false=0, wrong=0)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
