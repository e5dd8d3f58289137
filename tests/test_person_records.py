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
        # a prefix shared with the contact columns: Salesforce Web-to-Case (Fivetran)
        {"supplied_name": "Janet Kowalski", "supplied_email": "jk@example.com"},
        {"SuppliedName": "Janet Kowalski", "SuppliedPhone": "414-555-0187"},
        # a call log's caller number speaks for the record (CallTrackingMetrics texts)
        {"name": "PATEL RAVI", "caller_number_format": "(615) 555-0123"},
    ],
)
def test_a_name_beside_a_persons_contact_fields(engine: Engine, record: dict) -> None:
    field = next(k for k in record if "ame" in k)
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
    ],
)
def test_not_a_persons_name(engine: Engine, record: dict) -> None:
    assert [d for _, d in _names(engine, record) if d == "regex"] == []


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
    ],
)
def test_person_accounts_and_lookups(engine: Engine, record: dict, expected: list) -> None:
    assert [f for f, _d in _names(engine, record)] == expected
