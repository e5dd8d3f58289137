"""A bare ``Name`` field is a person's name when the record beside it is a contact card."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("field_name", "person_records")))


def _names(engine: Engine, record: dict) -> list[tuple[str, str]]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted((r["field"], r["detector"]) for r in rows if r["entity"] == "NAME")


@pytest.mark.parametrize(
    "record",
    [
        # Salesforce contact and lead exports: Name beside Email and Phone
        {"Name": "Jane Doe", "Email": "jane@example.com", "Phone": "312-555-0188"},
        {"Id": "0035e00000ABCDe", "Name": "Ann Perkins", "MobilePhone": "(312) 555-0101"},
        {"name": "José Núñez", "fax": "312-555-0109"},
        {"displayName": "Leslie Knope", "email": "lk@pawnee.example"},
        # a numbered sheet (InBody's LookinBody export): the item number is no parent key
        {"2. Name": "Wesley Tran", "6. Mobile Number": "918-555-0176"},
        # a prefix shared with the contact columns: Salesforce Web-to-Case (Fivetran)
        {"supplied_name": "Janet Kowalski", "supplied_email": "jk@example.com"},
        {"SuppliedName": "Janet Kowalski", "SuppliedPhone": "414-555-0187"},
        # a call log's caller number speaks for the record (CallTrackingMetrics texts)
        {"name": "PATEL RAVI", "caller_number_format": "(615) 555-0123"},
        # a postal address line makes the row an addressee's (a reply card, a do-not-mail
        # request)
        {"NAME": "Harold Jenkins", "ADDRESS": "5510 Turney Rd", "ZIP": "44125"},
        {"Name": "Marisol Ortega", "Mailing Address": "3315 Bridge Ave, Cleveland, OH"},
        # a donor CRM's constituent or donor id speaks for the record (Raiser's Edge gift
        # and prospect exports, DonorPerfect)
        {"Constituent ID": "100482", "Name": "Eleanor Whitcombe", "Gift ID": "G-0088231"},
        {"donor_id": "48812", "name": "Carolyn Seabrook", "amount": "100.00"},
        # an employer's number for the employee: a wellness or EAP vendor's roster
        {"EmpID": "A77231", "Name": "Luis Ortega", "Program": "Coaching"},
        {"Employee ID": "E104233", "name": "Dana Kowalczyk"},
        # a school's or a camp's number for one student: a bursar's charge line, a TB
        # screening roster (tests/test_student_and_school_health.py)
        {"EMPLID": "7734120", "Name": "Marcus Young", "Amount": "38.00"},
        {"Student ID": "500287316", "Name": "Adrianna Kowalski"},
        {"camper_id": "CD-4471823", "name": "Noah Feldman"},
        # a jail's booking or DOC number where the chunk is a jail's (a housing or bunk
        # column beside it): a flu clinic's roster of the people held
        {"Booking #": "24-009912", "Name": "Okonkwo, Emeka", "Housing": "E-1"},
        {"DOC #": "R501774", "Name": "Nathaniel Ashby", "Bunk": "Lower"},
        {"Inmate #": "1190457", "Name": "Jerome Tibbs", "COWS Score": "14"},
        # the Department of Defense's number of a service member: a deployment health
        # assessment or a readiness roster (tests/test_military_veterans_health.py)
        {"dod_id": "1609384725", "name": "PFC Jordan Ellis"},
        {"DoD ID": "1402857361", "Name": "Tyrell Mason"},
        # an email or phone object's address or number (Blackbaud's SKY API constituent)
        {"first": "Raymond", "email": {"address": "rj@example.com", "type": "Email"}},
        {"name": "Nadia Farouk", "PrimaryPhone": {"Number": "(843) 555-0197"}},
        # only a person has a birth date or a medical record number
        {"name": "Jane Doe", "dob": "1984-03-14"},
        {"name": "Harold Jenkins", "mrn": "00884412"},
    ],
)
def test_a_name_beside_a_persons_contact_fields(engine: Engine, record: dict) -> None:
    field = next(k for k in record if "ame" in k.lower() or k in {"first", "middle", "last"})
    assert _names(engine, record) == [(field, "regex")]


@pytest.mark.parametrize(
    "record",
    [
        {"Name": "Tom Haverford"},  # nothing says whose: left to NER
        {"name": "Vitamin D3 2000 IU", "sku": "VD3-2000", "price": 9.99},
        {"Name": "Riverbend Clinic", "Email": "info@riverbend.example", "Phone": "312-555-0188"},
        {"Name": "Acme Pharmacy Inc", "Phone": "312-555-0100"},
        # a page call's name; the email is in another object
        {"type": "page", "name": "Home", "properties": {"email": "a@example.com"}},
        {"Name": "Spring Checkup 2024", "Email": "jane@example.com"},  # digits: no name
        # a business's contact columns, by their prefix
        {"company_name": "Tom Haverford", "company_phone": "312-555-0100"},
        {"pharmacy_name": "Walgreens", "pharmacy_phone": "312-555-0100"},
        {"location_name": "Lakeview", "location_email": "lakeview@example.com"},
        # a prefix the contact columns do not share
        {"guest_name": "Ann Perkins", "host_email": "host@example.com"},
        # a flattened person object's email: Segment's pages table (Snowflake), the page's
        # name beside the visitor's traits
        {"NAME": "Intake", "CONTEXT_TRAITS_EMAIL": "o.petrenko@example.com"},
        # the practice's agent, beside the agent's own email (CallTrackingMetrics)
        {"agent": {"name": "Corinne Blake", "email": "cblake@clinic.example"}},
        {"agent_name": "Corinne Blake", "agent_email": "cblake@clinic.example"},
        # a caller-ID placeholder is no one's name
        {"name": "WIRELESS CALLER", "caller_number": "+16155550123"},
        # a co-pay programme's configuration: its help lines make no contact card
        {"name": "DUPIXENT MyWay Copay Card", "supportPhone": "1-844-387-4936"},
        {"name": "Savings Program", "help_desk_phone": "(312) 555-0190"},
        # a city alone does not make a listing an addressee's
        {"name": "Lakeview Commons", "city": "Cleveland", "zip": "44113"},
        # a business listing's own name beside its street: a specialty's, a location's
        {"name": "Lakeside Dermatology", "address": "120 Main St", "zip": "44113"},
        {"name": "Downtown Location", "street": "400 Euclid Ave", "city": "Cleveland"},
        {"Name": "Westside Pediatric Cardiology", "Address 1": "9 Oak St", "Phone": "216-555-0100"},
        # a contact id beside a name is as often an email event's contact and its campaign
        {"contact_id": "100482", "name": "Spring Wellness Push"},
        # an agent's employee id makes no roster (the practice's workforce)
        {"agent_employee_id": "A77231", "name": "Corinne Blake"},
        # a fund or an appeal row names no person
        {"fund_id": "31", "name": "Nursing Excellence"},
        # the email object of a page's form, not the record's
        {"name": "Home", "form": {"email": {"address": "a@example.com"}}},
        # a booking number with nothing of a jail beside it: an appointment's or a trip's
        {"Booking Number": "BK-20931", "Name": "Ann Perkins", "Service": "Massage"},
    ],
)
def test_not_a_persons_name(engine: Engine, record: dict) -> None:
    assert [d for _, d in _names(engine, record) if d == "regex"] == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # mail files, new-mover lists, reply cards, compiler layouts: split name columns
        # without the word "name", read as a pair
        ({"FIRST": "JANE", "LAST": "DOE", "ZIP": "44107"}, ["FIRST", "LAST"]),
        ({"First": "Linda", "Last": "Baptiste"}, ["First", "Last"]),
        ({"NM_FIRST": "TAYLOR", "NM_LAST": "NGUYEN", "NM_ZIP": "44102"}, ["NM_FIRST", "NM_LAST"]),
        ({"RESP_FIRST": "George", "RESP_LAST": "Alvarez"}, ["RESP_FIRST", "RESP_LAST"]),
        ({"FIRST_NM": "CAROL", "LAST_NM": "MBEKI"}, ["FIRST_NM", "LAST_NM"]),
        # a lone part, parts of different prefixes, a thing's parts, other tails, no shape
        ({"FIRST": "JANE", "ZIP": "44107"}, []),
        ({"NM_FIRST": "TAYLOR", "OLD_LAST": "NGUYEN"}, []),
        ({"page_first": "Home", "page_last": "Checkout"}, []),
        ({"first_touch": "Organic Search", "last_touch": "Paid Social"}, []),
        ({"first": "2024-03-14T10:00:00Z", "last": "2024-05-01T09:00:00Z"}, []),
        ({"first": True, "last": False}, []),
    ],
)
def test_split_name_columns_read_as_a_pair(engine: Engine, record: dict, expected: list) -> None:
    assert [f for f, d in _names(engine, record) if d == "regex"] == expected


def _ids(engine: Engine, record: dict) -> list[str]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted(r["field"] for r in rows if r["entity"] == "OTHER_ID")


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # CRM contacts as their APIs return them: the record's bare id beside the name parts
        ({"id": "4876876000001349001", "First_Name": "Bianca", "Last_Name": "Castellano"}, ["id"]),
        ({"id": 4412, "first_name": "Trevor", "last_name": "Lindqvist"}, ["id"]),
        ({"id": 30218, "given_name": "Delphine", "family_name": "Marchetti"}, ["id"]),
        ({"data": {"id": 356112004, "first_name": "Esther", "last_name": "Yoon"}}, ["data.id"]),
        ({"contact": {"id": "2147", "firstName": "Lena", "lastName": "Fairbanks"}}, ["contact.id"]),
        # HubSpot's own record id beside a contact's name parts
        (
            {
                "properties": {
                    "hs_object_id": "51234987",
                    "firstname": "Carmen",
                    "lastname": "Ibarra",
                }
            },
            ["properties.hs_object_id"],
        ),
        # a Facebook Lead Ads lead from the Graph API: its answers in ``field_data``
        (
            {
                "id": "1122334455667788",
                "ad_id": "23851234567890123",
                "field_data": [{"name": "full_name", "values": ["Rosalind Featherstone"]}],
            },
            ["id"],
        ),
        (
            {"data": [{"id": "99887766554433", "field_data": [{"name": "email", "values": []}]}]},
            ["data[0].id"],
        ),
    ],
)
def test_a_bare_id_beside_a_persons_name_parts(
    engine: Engine, record: dict, expected: list
) -> None:
    assert _ids(engine, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        # an order, an event, a product: no name parts of a person beside the id
        {"id": 1001, "name": "#1001", "email": "jane@example.com", "total_price": "40.00"},
        {"id": "evt_123", "type": "page", "properties": {"first_name": "Jane"}},
        # a name part under a prefix says nothing about the record's id
        {"id": 1001, "billing_first_name": "Jane", "billing_last_name": "Doe"},
        # the id of a list element's object beside names in another object
        {"items": [{"id": 5512}], "customer": {"first_name": "Jane"}},
        # not an id's shape
        {"id": "abc", "first_name": "Jane"},
        # an appointment about the person (Acuity): the id is the appointment's
        {"id": 54321, "firstName": "April", "lastName": "Ludgate", "datetime": "2024-03-28"},
        {"id": 54321, "firstName": "April", "appointmentTypeID": 112233},
        # a deal's or a company's HubSpot id: no name parts of a person beside it
        {"properties": {"hs_object_id": "51234987", "dealname": "Q4 renewal", "amount": "5000"}},
        {"properties": {"hs_object_id": "8812", "name": "Acme Clinic", "domain": "acme.example"}},
        # a Lead Ads form's own definition (its questions, no answers) and the ad's id
        {"id": "987654321012345", "name": "Knee pain form", "questions": [{"key": "email"}]},
        {"id": "1122334455667788", "ad": {"field_data": [{"name": "email"}]}},
    ],
)
def test_not_a_persons_record_id(engine: Engine, record: dict) -> None:
    assert _ids(engine, record) == []


_FV = "@OData.Community.Display.V1.FormattedValue"
_LLN = "@Microsoft.Dynamics.CRM.lookuplogicalname"


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a Health Cloud report of person accounts: the name beside a birth date or an MRN
        ({"Account Name": "Lamar Ellison", "Birthdate": "02/14/1962"}, ["Account Name"]),
        ({"Account Name": "Lamar Ellison", "Medical Record Number": "00731156"}, ["Account Name"]),
        # a company's account: no birth date, or a company's name
        ({"Account Name": "Lamar Ellison", "Phone": "(601) 555-0110"}, []),
        ({"Account Name": "Jackson Family Clinic", "Birthdate": "02/14/1962"}, []),
        # a Dataverse lookup's formatted value, by the table it points to
        (
            {
                f"_regardingobjectid_value{_FV}": "Renata Okafor",
                f"_regardingobjectid_value{_LLN}": "contact",
            },
            [f"_regardingobjectid_value{_FV}"],
        ),
        (
            {
                f"_regardingobjectid_value{_FV}": "Grace Holloway",
                f"_regardingobjectid_value{_LLN}": "opportunity",
            },
            [],
        ),
        ({f"_primarycontactid_value{_FV}": "Tobias Grier"}, [f"_primarycontactid_value{_FV}"]),
        ({f"_parentaccountid_value{_FV}": "Tobias Grier"}, []),
        # a Salesforce REST record by its ``attributes.type``: a contact's, a lead's, a
        # person-named object's ``Name`` is the person's; an account's, a campaign's, a
        # user's (the workforce) is not, nor an autonumber
        ({"attributes": {"type": "Contact"}, "Name": "Marisol Vega"}, ["Name"]),
        ({"attributes": {"type": "CareProgramEnrollee"}, "Name": "Patricia Okoye"}, ["Name"]),
        ({"attributes": {"type": "Patient__c"}, "Name": "Rob Tellez"}, ["Name"]),
        (
            {"Case": {"Who": {"attributes": {"type": "Lead"}, "Name": "Ann Ruiz"}}},
            ["Case.Who.Name"],
        ),
        ({"attributes": {"type": "Account"}, "Name": "Tobias Grier"}, []),
        ({"attributes": {"type": "User"}, "Name": "Dana Whitfield"}, []),
        ({"attributes": {"type": "CareProgram"}, "Name": "Wig Bank"}, []),
        ({"attributes": {"type": "Program_Member__c"}, "Name": "PM-00042"}, []),
    ],
)
def test_person_accounts_and_lookups(engine: Engine, record: dict, expected: list) -> None:
    assert [f for f, _d in _names(engine, record)] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a person account nested in a payer's claim Case: its bare Name beside its birth date
        (
            {"Account": {"Name": "Terrence Boyd", "PersonBirthdate": "1961-10-05"}},
            ["Account.Name"],
        ),
        ({"Name": "Terrence Boyd", "DOB": "10/05/1961", "Claim": "2025041100012345"}, ["Name"]),
        # a birth date in another object says nothing of this one's name (a plan's, a case's)
        (
            {"Plan": {"Name": "Acme Advantage Plus"}, "Member": {"DOB": "1961-10-05"}},
            [],
        ),
        # a company account has no birth date: its Name is left alone
        ({"Account": {"Name": "Lakeshore Imaging Center", "Industry": "Healthcare"}}, []),
        # a practice's patient number: only a patient has one (a dental ledger)
        ({"Patient ID": "1000482", "Name": "GARCIA, LUIS", "Code": "D0274"}, ["Name"]),
        ({"PatNum": "4471", "Name": "Luis Garcia"}, ["Name"]),
        # an order's or a product's id says nothing of its Name
        ({"Product ID": "1000482", "Name": "Crest Pro-Health Rinse"}, []),
        ({"Patient ID": "1000482", "Name": "Maple Grove Family Dentistry"}, []),
        # beside the patient's own object the id is a lookup: the Name is the care plan's
        (
            {
                "Name": "Diabetes Self Management",
                "PatientId": "0015e00000XyZ12AAF",
                "Patient": {"Name": "Gloria Benavides"},
            },
            ["Patient.Name"],
        ),
    ],
)
def test_a_name_beside_a_birth_date(engine: Engine, record: dict, expected: list) -> None:
    assert [f for f, _d in _names(engine, record)] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # benefits enrolment, COBRA and dependent verification: a party's prefixed columns
        (
            {"EE ID": "E0039917", "EE Name": "Kowalczyk, Derek", "Benefit": "Medical"},
            ["EE Name"],
        ),
        ({"Employee ID": "E0071145", "Employee Name": "Hollis, Brandon"}, ["Employee Name"]),
        ({"Dep Name": "Kowalczyk, Irene", "Dep DOB": "03/28/1986"}, ["Dep Name"]),
        (
            {
                "Employee Name": "Ellington, Marcus",
                "QB Name": "Ellington, Renee",
                "QB DOB": "06/19/1984",
            },
            ["Employee Name", "QB Name"],
        ),
        # an agent's dashboard heads the agent by the role (tests/test_staff.py): an
        # ``Employee Name`` is the employee's own, as in an HR or employee-health record
        # (tests/test_workforce_recruiting.py), even beside a call count
        ({"Agent Name": "Hollis, Brandon", "Calls Handled": "41"}, []),
        ({"Agent Name": "Hollis, Brandon", "Caller Phone": "6305550147"}, []),
        ({"Employee Name": "Hollis, Brandon", "Calls Handled": "41"}, ["Employee Name"]),
        # an agent's own birth date does not make the agent's name a subject's
        ({"agent_name": "Jo Smith", "agent_dob": "01/02/1980"}, []),
        # a department, not a dependent (no birth date beside it)
        ({"Dep Name": "Radiology", "Dep Code": "RAD"}, []),
    ],
)
def test_a_partys_prefixed_name_beside_its_id_or_birth_date(
    engine: Engine, record: dict, expected: list
) -> None:
    assert sorted(f for f, _d in _names(engine, record)) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a community's post and user exports: ``name`` beside the member's ``username``
        ({"username": "hopeful_wife_72", "name": "Sandra Kowalski"}, ["name"]),
        ({"post": {"username": "dadof2_bryan", "name": "Bryan Hale"}}, ["post.name"]),
        # the platform's own team account is an organisation's
        ({"username": "inspire_team", "name": "Inspire Team"}, []),
        # no handle beside it: a bare ``name`` is a thing's as often
        ({"name": "Sandra Kowalski", "trust_level": 1}, []),
    ],
)
def test_a_name_beside_a_members_handle(engine: Engine, record: dict, expected: list) -> None:
    assert sorted(f for f, _d in _names(engine, record)) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a licence verification export or a clinical reviewer roster: ``Name`` beside the
        # person's own licence or DEA number (tests/test_symptom_checker_triage.py)
        ({"name": "Dana Whitcomb", "license_number": "RN.517093", "status": "Active"}, ["name"]),
        ({"Name": "Omar Haddad", "License #": "MD-48812", "License Type": "MD"}, ["Name"]),
        ({"Name": "Priya Raman", "DEA Number": "BR4417325"}, ["Name"]),
        # a practice's or a business's licence: no LICENSE_NUMBER, no licensee
        ({"Name": "Riverbend Urgent Care", "License #": "UC-00412"}, []),
        ({"name": "Dana Whitcomb", "facility_license_number": "HF-20931"}, []),
        # another party's certificate beside the row's name says nothing of the row's name
        ({"Name": "Owen Kessler", "Supervisor Cert #": "1-16-22874"}, []),
        # a value shaped like no name stays unread (digits: a renewal batch's label)
        ({"name": "Renewal 2025", "license_number": "RN.517093"}, []),
    ],
)
def test_a_name_beside_a_licensees_number(engine: Engine, record: dict, expected: list) -> None:
    assert sorted(f for f, _d in _names(engine, record) if _d == "regex") == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an admissions pipeline names each Opportunity for the person it would admit
        # (tests/test_addiction_admissions_vob.py): the party before the dash
        (
            {"attributes": {"type": "Opportunity"}, "Name": "Derek Holloway - Residential"},
            ["Derek Holloway"],
        ),
        (
            {"attributes": {"type": "Opportunity"}, "Name": "Maria J. Lopez | Memory Care"},
            ["Maria J. Lopez"],
        ),
        # hard negatives: an account's deal, a product line, a given name that is also a
        # word, a name without a dash, another object's name
        ({"attributes": {"type": "Opportunity"}, "Name": "Acme Corp - Renewal"}, []),
        ({"attributes": {"type": "Opportunity"}, "Name": "Jordan Industries - Q3"}, []),
        ({"attributes": {"type": "Opportunity"}, "Name": "Summer Campaign - Detox"}, []),
        ({"attributes": {"type": "Opportunity"}, "Name": "Derek Holloway"}, []),
        ({"attributes": {"type": "Campaign"}, "Name": "Derek Holloway - Residential"}, []),
        ({"Name": "Derek Holloway - Residential"}, []),
    ],
)
def test_an_opportunitys_party(engine: Engine, record: dict, expected: list) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [
        record["Name"][r["start"] : r["end"]] for r in rows if r["entity"] == "NAME"
    ] == expected
