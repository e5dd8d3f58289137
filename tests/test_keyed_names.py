"""NAME after titles and relation words, without a model."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("keyed_names",)))


def _names(engine: Engine, text: str) -> list[str]:
    rows = engine.scan([{"notes": text}], source="t").findings.to_pylist()
    assert all(r["entity"] == "NAME" for r in rows)
    return [text[r["start"] : r["end"]] for r in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Patient's dad (Liam Castillo) is the guarantor", ["Liam Castillo"]),
        ("Emergency contact DeShawn White, (505)555-0199", ["DeShawn White"]),
        ("Referring provider Dr. Clark, DEA FC4652500", ["Clark"]),
        ("Referred by Dr. Siobhan Thompson, NPI 1855506535.", ["Siobhan Thompson"]),
        ("Wife Ava Ivanova called on his behalf", ["Ava Ivanova"]),
        ("Spoke with Lucas re: stress test", ["Lucas"]),
        ("Pt's mother, Rosa Diaz, called", ["Rosa Diaz"]),
        ("Ms. Lopez called back", ["Lopez"]),
        ("my name is Maria O'Brien-Diaz and I need a refill", ["Maria O'Brien-Diaz"]),
        # a parent typing for a child in a chat
        ("my son has a fever, his name is Mateo Herrera", ["Mateo Herrera"]),
        ("her name is Ava Lindqvist and she is 7", ["Ava Lindqvist"]),
        ("Appt scheduled April 25 w/ Dr. Miller on Tuesday", ["Miller"]),
        # a possessive is no part of the name; "attn" is a cue
        ("records faxed to Dr. Kim's office attn: Julie", ["Kim", "Julie"]),
        # accented names are taken whole: an ASCII stop would leave "é Núñez" unredacted
        ("Referred by Dr. José Núñez for knee pain", ["José Núñez"]),
        ("wife Zoë Ångström called", ["Zoë Ångström"]),
        ("Emergency contact Łukasz Wróbel", ["Łukasz Wróbel"]),
        # Spanish cues
        ("Hija: Lucia Ramirez 773 555 0142", ["Lucia Ramirez"]),
        ("habló con su esposa María Pérez sobre la diabetes", ["María Pérez"]),
        ("Dra. Sofía Gutiérrez, cardiología", ["Sofía Gutiérrez"]),
        ("me llamo Andrés Castillo y necesito una cita", ["Andrés Castillo"]),
        # what once stopped a name and left the rest readable in the redacted copy:
        # particles, initials, a fourth word, Vietnamese letters, a glued title, a quote
        ("Spoke with Maria de la Cruz re: refill", ["Maria de la Cruz"]),
        ("Dr. Pieter van der Berg called", ["Pieter van der Berg"]),
        ("Dr. Hans Van der Berg called", ["Hans Van der Berg"]),
        ("Dr. Ludwig von Trapp, cardiology", ["Ludwig von Trapp"]),
        ("Dr. De La Cruz called", ["De La Cruz"]),
        ("Wife Giulia d'Amico called", ["Giulia d'Amico"]),
        ("Spoke with Jane Q. Public re: results", ["Jane Q. Public"]),
        ("Dr. J. R. Smith called", ["J. R. Smith"]),
        ("Dr. J.R. Smith called", ["J.R. Smith"]),
        ("Emergency contact: Ana María García López", ["Ana María García López"]),
        ("Dr. Nguyễn Văn Minh called", ["Nguyễn Văn Minh"]),
        ("habló con su hija Phương Trần", ["Phương Trần"]),
        ("Dr. Jose\u0301 Nu\u0301n\u0303ez called", ["Jose\u0301 Nu\u0301n\u0303ez"]),
        ("Dr.Jane Doe called", ["Jane Doe"]),
        ("Dr. \u201cJane Doe\u201d called", ["Jane Doe"]),
        ("Dr. Le called back", ["Le"]),  # a capitalized particle alone is a name
        # person-name labels of form dumps and JSON strings inside a field
        ("name:José Núñez re: refill", ["José Núñez"]),
        ("<p>Name: <b>Jane Doe</b></p><p>Reason: diabetes</p>", ["Jane Doe"]),
        # JSON inside prose; a value that is JSON whole is split into its leaves instead
        ('form: {"first_name": "José", "last_name": "Núñez"}', ["José", "Núñez"]),
        ("First Name: Jane\nLast Name: Doe", ["Jane", "Doe"]),  # a line ends a name
        ("Your Name: Maria Lopez\nMessage: refill", ["Maria Lopez"]),
        # Formstack's name field value: its parts one a line
        ("first = Denise\nlast = Carter", ["Denise", "Carter"]),
        ("prefix = Dr.\nfirst = José\nmiddle = A.\nlast = Núñez", ["José", "Núñez"]),
        ("Patient Name=Jane Doe", ["Jane Doe"]),
        ("nombre: María López", ["María López"]),
        ("mi mama se llama Rosa Elena Vargas, tiene diabetes", ["Rosa Elena Vargas"]),
        # emails and calls frame a name: a sign-off line, a mail header, a caller
        ("Thanks,\nLinda Weiss\nSent from my iPhone", ["Linda Weiss"]),
        ("Best regards,\nMichelle Torres, RN\nCare Coordinator", ["Michelle Torres"]),
        ("From: Carlos Mendoza <cm@example.com>\nTo: Scheduling", ["Carlos Mendoza"]),
        ("To: Wei <wz@example.com>", ["Wei"]),
        # a mailbox without a header label (Mailgun's message.headers.to), alone or listed
        ("Alice Example <alice@example.com>", ["Alice Example"]),
        ("Jane Roe <jr@example.com>, Bob Lee <bl@example.com>", ["Jane Roe", "Bob Lee"]),
        ("Caller: Hi, this is Robert Chen calling about results", ["Robert Chen"]),
        ("Rep: this is Brittany calling from the clinic", ["Brittany"]),
        ("Dr. Wing reviewed the labs", ["Wing"]),  # a practice word after a title
        ("Hola, soy Guadalupe Ortiz y necesito cita", ["Guadalupe Ortiz"]),
        # lower case after the strongest cues, up to a word that is no name
        ("hi my name is tyrone jackson i need a refill", ["tyrone jackson"]),
        ("me llamo andrea y tengo diabetes", ["andrea"]),
        # a name in the possessive before a relation word
        ("Mohammed Rahman's wife says he is in the ER", ["Mohammed Rahman"]),
        ("can we do 3/14 instead? this is jose's mom", ["jose"]),
        # a tribute gift's honoree
        ("In memory of Luis Arredondo, who fought pancreatic cancer", ["Luis Arredondo"]),
        ("In loving memory of Samuel, who fought ALS with grace.", ["Samuel"]),
        ("Given in honor of Beth Randolph, RN", ["Beth Randolph"]),
        ("in honour of Dr. Abernathy's team", ["Abernathy"]),
        ("In memory of my husband Arthur, lost to leukemia", ["Arthur"]),
        # a name right before its birth date (logs, error messages, notes)
        (
            "Duplicate patient record: Lakshmi Narayanan (DOB 1962-11-05) already exists",
            ["Lakshmi Narayanan"],
        ),
        ("merge failed: Jane Q. Doe, DOB: 01/02/1980", ["Jane Q. Doe"]),
        ("Patient Maria Lopez DOB 3/4/1951", ["Maria Lopez"]),
        # a two-word name that ends in an eponym is still a person's
        ("Maria Parkinson's husband called back", ["Maria Parkinson"]),
        ("pt Ngozi Okafor d.o.b. 3/4/51 called", ["Ngozi Okafor"]),
        # a printout's surname-first name after a person's label, capitals or not
        ("PATIENT: WONG, DAVID  DOB: 04/02/1961", ["WONG, DAVID"]),
        ("Patient Name: Wong, David", ["Wong, David"]),
        ("PT NAME: GARCIA, MARIA L\nDOS: 11/02/2024", ["GARCIA, MARIA L"]),
        ("Member: SMITH, JOHN Q.", ["SMITH, JOHN Q."]),
        ("Name: O'Neil-Brown, Mary Ann", ["O'Neil-Brown, Mary Ann"]),
        ("PATIENT: WONG, DAVID MRN 7781123", ["WONG, DAVID"]),  # stops at a non-name
        # a chart banner's surname-first name quoted before its MRN or birth date, without
        # a label (a critical-result page, a secure-chat message)
        ("Critical Hgb 6.2 on FIELDS, IRENE MRN 00677123 - pls call", ["FIELDS, IRENE"]),
        ("re Wong, David DOB 3/22/49 pls call back", ["Wong, David"]),
        ("new admit GARCIA, MARIA L (MRN 4410923) to 5E", ["GARCIA, MARIA L"]),
        # a clinician's label on a requisition or a referral fax: clinicians are reported
        ("ORDERING PHYSICIAN: SMITH, JOHN  NPI: 1234567893", ["SMITH, JOHN"]),
        ("Referring Provider: Patel, Anita", ["Patel, Anita"]),
        ("PCP: Nguyen, Linda M", ["Nguyen, Linda M"]),
        ("Attending MD: ROSS, GEORGE", ["ROSS, GEORGE"]),
        # a plain-text form notification: the label alone on its line, the name on the next
        ("New submission\nName:\nJane Roe\nDate of Birth:\n03/14/1985", ["Jane Roe"]),
        ("Patient Name:\r\n  Marisol Vega  \r\nReason:\r\nrefill", ["Marisol Vega"]),
        # a Gravity Forms notification's label row above its value row, markup undone
        ("\n\nName\n\n\n\n\xa0\tJane Roe\n\n\n\nEmail\n\n\xa0\tj@x.co", ["Jane Roe"]),
        ("First Name\n\xa0\tDolores\nLast Name\n\xa0\tHaverford", ["Dolores", "Haverford"]),
        # a surname's and a Spanish form's label alone on its line (the screen had only
        # "... name", so these labels were never read)
        ("New intake\nSurname:\nRoe\nReason: diabetes", ["Roe"]),
        ("Formulario\nNombre completo:\nMaría López García\nMotivo:", ["María López García"]),
    ],
)
def test_positives(engine: Engine, text: str, expected: list[str]) -> None:
    assert _names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Dr. Office visit on file",
        "Patient Portal login failed",
        "Spoke with Billing about the balance",
        "MS Lopez called",  # upper-case MS is no title
        "son has asthma",
        "Sonya Smith",  # no cue: left to NER
        "Dr Aetna",  # a payer
        "i'm latoya nelson",  # lower case: left to NER
        "wife called on Monday",
        "Referred by Dr. <NAME>, NPI <OTHER_ID>",  # a redacted copy: the title is no name
        "su hija Paciente nueva",  # Spanish words after a cue
        "Attn: Billing Department",
        "la madre de la paciente llamó",
        # particles and initials are only kept before a name word
        "Hija: La paciente llamó",
        "Spoke with de la office",
        "Dr. J. called",
        "Dr.office hours",  # a glued title needs a capitalized name
        # a bare "name" names things unless it opens a line; other labels name things too
        '{"event": "x", "name": "Page View"}',
        "Campaign name: Spring Sale",
        "Event Name: Page View",
        "file name: Report.pdf",
        "username: JaneD",
        "Name: Patient Portal",
        # a part word is a label only before " = " at a line's start
        "Last: Tuesday",
        "first = 3 days ago",
        "visits: first = Monday",
        "if first = True then",
        # framed words that name no one: departments, teams, payers, everyday words
        "Regards,\nMarketing",
        "Thanks,\nThe Care Team",
        "Regards,\nBlue Cross",
        "Regards,\nCustomer Service",
        "From: Appointment Reminders <noreply@example.com>",
        # a header's one word before a role mailbox is the mailbox's function
        "From: Appointments <appointments@lakesidehealth.org>",
        "From: Billing <billing@example.com>",
        "To: All Staff",
        "this is Urgent!",
        "It's Complicated.",
        "This is Orlando Health calling to remind you",
        "this is Humana calling",
        # unlabelled mailboxes of senders: a practice, a function, one word
        "Valley Clinic <bob@clinic.org>",
        "Appointment Reminders <noreply@example.com>",
        "Notifications <notify@example.com>",
        "Blue Cross <news@example.com>",
        "Hi Tammy, this is Pawnee Dental. Reply YES to confirm",  # a practice (Podium)
        "Thanks,\nLakeside Dermatology",
        "It's Monday!",
        "Hi Team,",
        "Dear Friend,",
        "my name is spelled wrong",
        "my name is not on the list",
        "this is my son's doctor",
        "Patient's wife called",
        # brands and TV personas after "Dr."
        "Dr. Oz diet pills",
        "Dr. Pepper zero",
        "Dr. Scholl's inserts for plantar fasciitis",
        # a birth-date label without its value, or after a practice, a payer, one word
        "Verify Guarantor DOB before booking",
        "New Patient Form (DOB required)",
        "Lakeside Dermatology DOB 3/4/1951",
        "Blue Cross DOB 3/4/1951",
        "Invalid Date Of Birth 3/4/1951",
        "Missing DOB 3/4/1951",
        # an eponymous condition before a relation word names the disease, not a person
        "Alzheimer's caregiver support group",
        "Join our Parkinson's caregiver workshop",
        # surname-first after a label needs a known given name after the comma
        "PATIENT: NEW, ESTABLISHED",
        "PATIENT: UNKNOWN, UNKNOWN",
        "Patient: Acme, Inc",
        "Insured: Lakeside Clinic, Grace",
        "Appointment type: Follow, Up",
        "Ordering Provider: Quest, Diagnostics",
        "Physician: Family Medicine, Adult",
        "Provider: Lakeside, Grace Clinic",
        "WONG, DAVID",  # no label: a list of words as often as a name
        # before an MRN too, the given name must be a known one, and the label its digits
        "Results, Critical MRN 1234567",
        "Lakeside, Grace Clinic MRN 1234567",
        "Smith, David MRN pending",
        # an empty field's label, then the next label or its value: the next line is no name
        "Name:\nEmail: jane@x.com",
        "First Name:\nLast Name:\nPhone:",
        "Surname:\nEmail: jane@x.com",
        "Name:\nJane Roe has not replied",  # the line is more than a name
        # a bare "Name" heading without a colon takes two words or more
        "Name\nCardiology\nOncology",
        "Name\n\nJane",
    ],
)
def test_negatives(engine: Engine, text: str) -> None:
    assert _names(engine, text) == []


@pytest.mark.parametrize(
    ("field", "text"),
    [
        ("item_name", "Brother Printer Ink"),
        ("product_name", "Mr. Clean Magic Eraser"),
        ("product", "Dr Pepper 12oz"),
        ("page_title", "Mom Jeans Sale"),
        ("page_title", "Meet Dr. Maria Lopez, our new cardiologist"),  # NER's to read
    ],
)
def test_catalog_and_title_fields_are_not_read(engine: Engine, field: str, text: str) -> None:
    assert engine.scan([{field: text}], source="t").findings.num_rows == 0


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        # a CRM account's name is a person account's behind a title cue (Veeva's HCPs:
        # tests/test_hcp_marketing.py); a company's account name has no cue
        ("Account_Name_vod__c", "Dr. Samuel Otieno", ["Samuel Otieno"]),
        ("Account Name", "Mrs. Beatrice Lang", ["Beatrice Lang"]),
        ("Account Name", "Lakeside Cardiology Associates", []),
        ("Account Name", "Dr Pepper Snapple Group", []),
        # a good-faith estimate's co-provider is a clinician behind a title cue, a practice
        # without one (tests/test_price_transparency_estimates.py)
        ("co_providers[0].name", "Dr. Anita Rao", ["Anita Rao"]),
        ("co_provider.name", "Dr. Anita Rao", ["Anita Rao"]),
        ("co_providers[0].name", "Southeast Pathology Laboratories", []),
        ("co_providers[0].name", "Dr. Office", []),
        ("co_providers[0].name", "Anita Rao", []),
        # a plan finder's or a broker's saved doctors: a list of clinicians or practices
        # (tests/test_medicare_brokers_enrollment.py)
        ("providers[0].name", "Dr. Susan Kaplan", ["Susan Kaplan"]),
        ("providers[1].name", "Dr. Omar Haddad", ["Omar Haddad"]),
        ("providers[0].name", "Riverside Family Medicine", []),
        ("providers[0].name", "Susan Kaplan", []),
        # a booking's or a triage hand-off's provider object: a clinician behind a title or
        # a credential (the project reports clinicians; tests/test_symptom_checker_triage.py),
        # an insurer, an identity provider or a practice without one
        ("provider.name", "Dr. Samuel Okafor", ["Samuel Okafor"]),
        ("selectedProvider.name", "Dr. Priya Sandhu", ["Priya Sandhu"]),
        ("provider_clicked.name", "Maya Gutierrez, MD", ["Maya Gutierrez"]),
        ("provider.name", "Aetna", []),
        ("provider.name", "Google", []),
        ("identity_provider.name", "Okta Workforce Identity", []),
        ("selectedProvider.name", "Lakewood Family Health", []),
        ("provider.name", "Samuel Okafor", []),
        ("provider.name", "Dr. Office", []),
    ],
)
def test_a_title_cue_in_an_accounts_name(
    engine: Engine, field: str, text: str, expected: list[str]
) -> None:
    rows = engine.scan([{field: text}], source="t").findings.to_pylist()
    assert [text[r["start"] : r["end"]] for r in rows if r["entity"] == "NAME"] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"Emergency Contact": "Ron Swanson (812) 555-0199"}, ["Ron Swanson"]),
        ({"next_of_kin": "Wife - Ann Perkins"}, ["Ann Perkins"]),
        ({"Guarantor": "Dr. Ann Perkins, 812-555-0100"}, ["Ann Perkins"]),
        ({"Emergency Contact": "Leslie Knope (sister) 812-555-0100"}, ["Leslie Knope"]),
        # an intake answer labelled in its key/value pair (Acuity's forms[].values[])
        (
            {"values": [{"name": "Emergency contact", "value": "Ron Swanson 812-555-0199"}]},
            ["Ron Swanson"],
        ),
        # the relation word is no name; another of the person's attributes is no name field
        ({"Emergency Contact": "Mother 812-555-0199"}, []),
        ({"spouse_employer": "Pawnee Parks Department"}, []),
        ({"emergency_contact_relationship": "Sister"}, []),
        ({"guarantor_city": "Pawnee"}, []),
        ({"contact_owner": "Tom Haverford"}, []),
        # a question answered by a choice holds the choice, not the relative's name; a
        # question asking for the person is read as the relation field it is
        ({"Are you a recipient, a donor or a caregiver?": "Recipient"}, []),
        ({"Is your spouse or guardian attending?": "Guardian"}, []),
        ({"Do you have a caregiver?": "Caregiver Support"}, []),
        ({"Who is your emergency contact?": "Ron Swanson 812-555-0199"}, ["Ron Swanson"]),
        # the same question as a question-and-answer pair: neither its label nor its answer
        (
            {
                "values": [
                    {"name": "Are you a recipient, a donor or a caregiver?", "value": "Donor"}
                ]
            },
            [],
        ),
        # a relative named as such on a consent to contact relatives or a cascade tracker
        # (tests/test_genetic_counseling_pedigrees.py), a number after it
        ({"Relative 1": "Brooke Halvorsen (sister), 1412 Alder Ct"}, ["Brooke Halvorsen"]),
        ({"relative_contact": "Dale Halvorsen - father"}, ["Dale Halvorsen"]),
        ({"Relatives": "Ann Perkins (aunt); Ron Swanson (uncle)"}, ["Ann Perkins"]),
        # a relative's cancer, age, relationship or result is another attribute
        ({"Relative 1 Cancer": "Breast"}, []),
        ({"Relative 2 Relationship": "Paternal Grandmother"}, []),
        ({"Relative 1 Age at Dx": "39"}, []),
        ({"relative_result": "Negative"}, []),
        ({"relatives_tested": "Two Sisters"}, []),
        # a relative's column holding the relationship, a cancer or a level: no given name
        ({"Relative 1": "Maternal Aunt"}, []),
        ({"Relative": "Paternal Grandmother"}, []),
        ({"Relative 2": "Other"}, []),
        ({"Relative": "High"}, []),
        ({"Relative 1": "Colleen"}, []),  # one word: a first name alone is left to NER
    ],
)
def test_relation_fields_open_with_a_name(engine: Engine, record: dict, expected: list) -> None:
    """A field named for a relation: the name that opens its value, even with more after it
    (the field-name classifier only takes a value that is a name and nothing else)."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    value = str(next(iter(record.values())))
    if "values" in record:
        value = record["values"][0]["value"]
    assert [value[r["start"] : r["end"]] for r in rows] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"Nguyen, Hoa" <hoa.nguyen@att.net>', ["Nguyen, Hoa"]),
        ('Tom Roe <tom@x.com>, "Okafor, Benjamin" <ben@y.com>', ["Tom Roe", "Okafor, Benjamin"]),
        # a function's mailbox: its display name is no one's
        ("Mail Delivery Subsystem <mailer-daemon@googlemail.com>", []),
        ("Lakeside Intake <intake@lakesidehealth.org>", []),
        ('"Support, Lakeside" <support@lakesidehealth.org>', []),
    ],
)
def test_mailbox_display_names(engine: Engine, text: str, expected: list[str]) -> None:
    assert _names(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a MIME parameter's file name, glued to an underscore, is no person's name
        'Content-Type: application/pdf; name="Lab_Results_2024-09-30.pdf"',
        "name: Intake_Form_v2",
    ],
)
def test_a_word_glued_to_an_underscore_is_no_name(engine: Engine, text: str) -> None:
    assert _names(engine, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # RFC 5322 quotes a display name as often as not (Gmail's API export)
        ('"Carla Jimenez" <cjimenez@icloud.com>', ["Carla Jimenez"]),
        # a programme's name after a bare name label is no person's
        ('name = "Diabetes Prevention Program"', []),
        ("name: Healthy Heart Programme", []),
    ],
)
def test_quoted_display_names_and_programmes(engine: Engine, text: str, expected: list) -> None:
    assert _names(engine, text) == expected


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        # a clinician's column written name and credential (a scheduling row's ``provider``,
        # an attribution roster's ``Attributed Provider``): the project reports clinicians
        ("provider", "Hollis, Brandon DO", ["Hollis, Brandon"]),
        ("Attributed Provider", "Chen, Wei-Lin MD", ["Chen, Wei-Lin"]),
        ("provider", "Priya Raman, PA-C", ["Priya Raman"]),
        ("seen_by", "Anne K. Ostrowski, MD, FACC", ["Anne K. Ostrowski"]),
        ("provider", "Smith, John M.D.", ["Smith, John"]),
        # an athletic trainer's, a physical therapist's and a dietitian's credentials, a
        # degree before them (tests/test_sports_medicine_athletics.py)
        ("Reported By", "Erin Castillo, ATC", ["Erin Castillo"]),
        ("trainer", "Dana Whitfield, LAT, ATC", ["Dana Whitfield"]),
        ("provider", "Kim Lee, DPT", ["Kim Lee"]),
        ("provider", "Molly Greer, MS, RD, CSSD", ["Molly Greer"]),
        ("provider", "Greer, Molly RDN", ["Greer, Molly"]),
        # a therapy, ABA or early intervention practice's clinicians (autism probe): a
        # behaviour analyst, a speech-language pathologist with a master's degree first, an
        # occupational therapist; a technician's RBT is no clinician's credential
        ("Supervisor", "Rachel Feinberg, BCBA", ["Rachel Feinberg"]),
        ("evaluator", "Hannah Lutz, M.S., CCC-SLP", ["Hannah Lutz"]),
        ("Provider", "Dana Cole, OTR/L", ["Dana Cole"]),
        ("Provider", "Morgan Ellis, RBT", []),
        # a transplant programme's coordinator (tests/test_transplant_programs.py): a
        # clinical or a procurement transplant coordinator's certification
        ("coordinator", "Luis Ortega, CCTC", ["Luis Ortega"]),
        ("procurement_coordinator", "Dana Yates CPTC", ["Dana Yates"]),
        # a nurse's RN after a comma (the shelters probe); a care coordinator who is the
        # record's owner too stays unreported there (detectors/staff.py), and a place or a
        # unit before a credential is no name
        ("Coordinator", "Megan Tran, RN", ["Megan Tran"]),
        ("unit", "4 West, CCTC", []),
        # a chiropractor's, an acupuncturist's and a massage therapist's credentials
        # (integrative probe); a chiropractor's DC only after a known given name
        ("Provider", "Evan Holt, DC", ["Evan Holt"]),
        ("doctor", "Holt, Evan D.C.", ["Holt, Evan"]),
        ("practitioner", "Mei Lin, L.Ac.", ["Mei Lin"]),
        ("provider", "Grace Park, LAc, DACM", ["Grace Park"]),
        ("therapist_display", "Jordan Ellis, LMT", ["Jordan Ellis"]),
        # a genetic counsellor's board certification and licence after a master's degree
        # (tests/test_genetic_counseling_pedigrees.py); a comic's grading is no one's
        ("Author", "Leah Brandt, MS, CGC", ["Leah Brandt"]),
        ("counselor", "Priya Raman, MS, LCGC", ["Priya Raman"]),
        ("signed_by", "Owen Hart, LGC", ["Owen Hart"]),
        ("title", "Amazing Spider-Man 300, CGC 9.8", []),
        ("grade", "CGC 9.8", []),
        # the District of Columbia after a place, a hill or a park is no chiropractor
        ("provider", "Washington, DC", []),
        ("provider", "Capitol Hill, DC", []),
        ("provider", "Fort Totten, DC", []),
        # a shelter's, a school's or a home health agency's nurse after a comma (disaster
        # and shelters probe); a bare "RN" after a space, or after an address, is not read
        ("DHS Worker", "Janet Okafor, RN", ["Janet Okafor"]),
        ("nurse", "Luis Pena, LPN", ["Luis Pena"]),
        ("unit", "Apt 4, RN", []),
        ("location", "Maple Grove RN", []),
        # Mississippi, a city's state, is no master's degree
        ("provider", "Jackson, MS", []),
        ("provider", "Springfield Clinic, PhD", []),
        # a place and its state, a practice and a park are no one's
        ("provider", "State College, PA", []),
        ("provider", "Lakeside Clinic, DO", []),
        ("location", "Grand Canyon, NP", []),
        ("provider", "Wellness Center MD", []),
        # a degree alone after a place is its state, and a road is no dietitian
        ("provider", "Jackson, MS", []),
        ("address_line", "Maple Grove RD", []),
        ("billing_provider_type", "Physician/NPP", []),
        # a pharmacy's pharmacists (the SMS marketing probe): a doctorate of pharmacy, a
        # registered pharmacist, a board certification after it; a technician's CPhT is
        # the pharmacy's staff, and a PharmD programme or a bare RPh is no one
        ("pharmacist", "Priya Shah, PharmD", ["Priya Shah"]),
        ("verified_by", "Li Wong, Pharm.D., BCPS", ["Li Wong"]),
        ("pharmacist", "Tom Reyes RPh", ["Tom Reyes"]),
        ("pharmacist", "Dana Ortiz, R.Ph.", ["Dana Ortiz"]),
        ("filled_by", "Kira Dunn, CPhT", []),
        ("program", "Online PharmD", []),
        ("credential", "RPh", []),
    ],
)
def test_a_whole_value_name_before_a_clinicians_credential(
    engine: Engine, field: str, text: str, expected: list[str]
) -> None:
    rows = engine.scan([{field: text}], source="t").findings.to_pylist()
    assert [text[r["start"] : r["end"]] for r in rows if r["entity"] == "NAME"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a patient community's badges after a relation word are titles, not people
        ("Caregiver Champion", []),
        ("Earned the Caregiver Ambassador badge", []),
        ("Caregiver Spotlight: October", []),
        # a caregiver named after the word still is
        ("Caregiver Denise Carter will drive her", ["Denise Carter"]),
    ],
)
def test_community_badges_after_a_relation_word(engine: Engine, text: str, expected: list) -> None:
    assert _names(engine, text) == expected


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        # addiction counsellors and mental-health counsellors sign with their state's
        # licence or certification (tests/test_addiction_admissions_vob.py)
        ("notes", "Alyssa Greene, LISAC", ["Alyssa Greene"]),
        ("notes", "Tom Reyes, LAC", ["Tom Reyes"]),
        ("notes", "Dana Pruitt, CADC-II", ["Dana Pruitt"]),
        ("notes", "Omar Haddad, LADC", ["Omar Haddad"]),
        ("notes", "Priya Shah, CASAC", ["Priya Shah"]),
        ("notes", "Luis Ortega, LCDC", ["Luis Ortega"]),
        ("notes", "Kim Allen, LMHC", ["Kim Allen"]),
        # a DUI programme's class facilitator, a certified addiction specialist
        # (tests/test_court_ordered_treatment_monitoring.py)
        ("Facilitator", "Janelle Ortiz, CAS", ["Janelle Ortiz"]),
        ("notes", "Brian Okafor, CAS", ["Brian Okafor"]),
        # hard negatives: a bare analog-to-digital converter, a place and a code, a
        # chemical's registry number
        ("notes", "Board revision ADC", []),
        ("notes", "Los Angeles, CA", []),
        ("notes", "Unit 4, LAC-USC campus", []),
        ("notes", "Formaldehyde, CAS 50-00-0", []),
        ("notes", "Reagent grade, CAS", []),
    ],
)
def test_an_addiction_counsellors_credential(
    engine: Engine, field: str, text: str, expected: list[str]
) -> None:
    rows = engine.scan([{field: text}], source="t").findings.to_pylist()
    assert [text[r["start"] : r["end"]] for r in rows if r["entity"] == "NAME"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hospital's unit after a relation word, and a newborn's stand-in (the
        # baby-registry probe's formula sample shipment): no person
        ("Labor & Delivery / Mother-Baby", []),
        ("Attn: Nurse Manager, Mother-Baby Unit", []),
        ("Moved to the Mother/Infant unit", []),
        ("Mother: Baby Girl", []),
        # a mother named after the word still is
        ("Mother - Danielle Fortier called", ["Danielle Fortier"]),
        ("Attn: Joanna Reyes, Mother-Baby Unit", ["Joanna Reyes"]),
    ],
)
def test_a_newborn_unit_after_a_relation_word(engine: Engine, text: str, expected: list) -> None:
    assert _names(engine, text) == expected
