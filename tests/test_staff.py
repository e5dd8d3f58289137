"""A CRM record's owner, creator and assignee are the practice's staff, not the patient
(detectors/staff.py): their names, emails and user ids are not reported; the person the
record is about still is, and so is the person's own identifier echoed into a staff field."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.staff import staff_field


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("path", "staff"),
    [
        # Zoho, Salesforce, Pipedrive, Dataverse, Airtable, CSV exports
        ("Owner.name", True),
        ("Owner.email", True),
        ("Created_By.email", True),
        ("CreatedBy.Name", True),
        ("LastModifiedBy.Name", True),
        ("owner_id.email", True),
        ("owner_id.value", True),
        ("owner_id", True),
        ("creator_user_id.name", True),
        ("user_id.email", True),  # Pipedrive's user lookup object
        ("user_id.name", True),
        ("creator_user_id.email[0].value", True),
        ("_ownerid_value", True),
        ("_ownerid_value@OData.Community.Display.V1.FormattedValue", True),
        ("_createdby_value@OData.Community.Display.V1.FormattedValue", True),
        ("fields.Assigned To.email", True),
        ("Contact Owner", True),
        ("Person - Owner", True),
        ("owner_name", True),
        ("Outreach By", True),
        # a contact centre's agents and a company's reps by their role
        ("Agent", True),
        ("Agent Name", True),
        ("Agent Login", True),
        ("agent.email", True),
        ("agentFullName", True),
        ("Rep Email", True),
        ("CSR ID", True),
        # a recruiting tool's recruiter, sourcer and hiring manager
        ("Recruiter", True),
        ("recruiter.email", True),
        ("Recruiter Phone", True),
        ("Hiring Manager", True),
        ("hiring_manager_email", True),
        ("Sourcer Name", True),
        # who wrote a log's entry (a camp infirmary's or a school nurse's ``staff`` column)
        ("staff", True),
        ("staff_name", True),
        ("Staff Notes", False),  # what the staff member wrote may name the camper
        # the person the record is about, and other people's owners
        ("user_id", False),  # an analytics login id
        ("userId.pubcid", False),  # Prebid's user-id modules: the visitor's ids
        ("userId.id5id.uid", False),
        ("userId.idl_env", False),
        ("email", False),
        ("contact.email", False),
        ("Policy Owner", False),
        ("policy_owner_name", False),
        ("Business Owner Name", False),
        ("Referred By", False),
        ("Recruiter Notes", False),  # what the recruiter wrote may name the candidate
        ("Candidate", False),
        ("submitted_by", False),
        ("person_id.email[0].value", False),
        ("message_id_owner", False),
        ("agent_message", False),  # what an agent wrote may name the patient
        ("agent_notes", False),
        ("user_agent", False),
        ("Insurance Agent Notes", False),
        # senior-living and home-care CRMs' sales team, by their role
        ("salesCounselor.name", True),
        ("salesCounselor.email", True),
        ("Sales Counselor", True),
        ("Salesperson", True),
        ("Sales Rep Email", True),
        ("sales_director_phone", True),
        # a bare counselor may be the person's own therapist; sales figures are no one
        ("advisor.name", True),  # a lead agency's advisor on its lead post
        ("Advisor Phone", True),
        ("Counselor", False),
        ("financial_advisor_name", False),  # the person's own advisor
        ("Sales Notes", False),
        ("sales_stage", False),
        # a claims administrator's adjuster acts for the carrier on the claimant's file
        ("AdjusterName", True),
        ("AdjusterPhone", True),
        ("claim.adjuster", True),
        ("adjuster_email", True),
        ("adjuster_notes", False),  # what the adjuster wrote may name the claimant
    ],
)
def test_staff_field(path: str, staff: bool) -> None:
    assert staff_field(path) is staff


def test_a_zoho_owner_object_is_not_reported_but_the_contact_is(engine: Engine) -> None:
    record = {
        "Owner": {"name": "Keith Oduya", "id": "4876876000000225013", "email": "ko@lakeshore.org"},
        "Email": "b.castellano@gmail.com",
        "Full_Name": "Bianca Castellano",
    }
    assert found_fields(engine, record) == {("Email", "EMAIL"), ("Full_Name", "NAME")}


def test_pipedrive_user_lookups_are_not_reported(engine: Engine) -> None:
    user = {"id": 13540, "name": "Marisol Vega", "email": "mvega@summitderm.com", "value": 13540}
    record = {
        "creator_user_id": user,
        "user_id": user,
        "person_id": {"name": "Trevor Lindqvist", "value": 4412},
    }
    assert found_fields(engine, record) == {("person_id.value", "OTHER_ID")}


def test_the_persons_own_identifier_in_a_staff_field_is_still_found(engine: Engine) -> None:
    """A patient who updates their own record through a portal is its modifier: the echo
    of their own email is theirs."""
    record = {"email": "r.okafor@outlook.com", "modified_by": "r.okafor@outlook.com"}
    assert found_fields(engine, record) == {("email", "EMAIL"), ("modified_by", "EMAIL")}


def test_a_staff_field_keeps_health_findings(engine: Engine) -> None:
    record = {"Owner": "Diabetes Education Team", "email": "j@example.com"}
    assert ("email", "EMAIL") in found_fields(engine, record)


def test_a_pets_owner_is_the_client_not_staff(engine: Engine) -> None:
    """In an animal's record (detectors/animal_records.py) ``Owner Name`` is the pet's
    owner; the same column beside no animal is a CRM record owner's."""
    pet = {"Owner Name": "Tomas Reyes", "Owner Phone": "520-555-0183", "Species": "Dog"}
    assert found_fields(engine, pet) == {("Owner Name", "NAME"), ("Owner Phone", "PHONE")}
    crm = {"Owner Name": "Tomas Reyes", "Owner Phone": "520-555-0183", "Stage": "New"}
    assert found_fields(engine, crm) == set()


def test_a_crm_user_record_is_a_staff_members(engine: Engine) -> None:
    """A Dataverse ``systemuser`` row names the staff member, not a patient."""
    record = {
        "systemuserid": "6a1f2c3d-4e5b-ec11-8f8e-000d3a5a1b2c",
        "fullname": "Priya Natarajan",
        "internalemailaddress": "pnatarajan@example-health.org",
        "title": "Oncology Service Line Marketing Manager",
    }
    assert {e for _f, e in found_fields(engine, record)} <= {"PROCEDURE", "HEALTH_CONDITION"}
    contact = {"contactid": record["systemuserid"], "fullname": "Priya Natarajan"}
    assert ("fullname", "NAME") in found_fields(engine, contact)


def test_an_agents_kpi_row_names_no_person(engine: Engine) -> None:
    """A call-center KPI dashboard's agent is the workforce: no NAME or EMAIL on the agent,
    so an oncology queue's row is no PHI record; a caller's own email beside an agent's
    is still found."""
    row = {
        "Agent": "Maria Gonzalez",
        "Agent Login": "mgonzalez@examplehealth.org",
        "Queue": "Oncology Scheduling",
        "AHT": "00:05:42",
        "Calls Handled": "212",
    }
    result = engine.scan([row], source="t")
    assert not result.phi[0]
    assert not {("Agent", "NAME"), ("Agent Login", "EMAIL")} & found_fields(engine, row)
    call = {"Agent Login": "mgonzalez@examplehealth.org", "Caller Email": "tbrooks@gmail.com"}
    assert found_fields(engine, call) == {("Caller Email", "EMAIL")}


def test_a_query_logs_user_is_the_workforce(engine: Engine) -> None:
    """The user who ran a logged statement (Snowflake's ``USER_NAME``, BigQuery's
    ``user_email``, the audit log's ``principalEmail``) is an analyst or a service: not
    reported, so a health filter an analyst ran is no PHI record; a person's literal in the
    statement still is."""
    job = {
        "user_email": "p.lindqvist@acmehealth.example",
        "job_id": "bquxjob_2b7d1e90",
        "query": "SELECT count(*) FROM clinical.dx WHERE icd10 LIKE 'E11%'",
    }
    result = engine.scan([job], source="t")
    assert ("user_email", "EMAIL") not in found_fields(engine, job)
    assert not result.phi[0]
    history = {
        "USER_NAME": "JSMITH",
        "QUERY_TEXT": "SELECT 1 FROM p WHERE email = 'dana.w@gmail.com' AND dx_code = 'F32.9'",
    }
    assert found_fields(engine, history) == {
        ("QUERY_TEXT", "EMAIL"),
        ("QUERY_TEXT", "HEALTH_CONDITION"),
    }
    audit = {
        "protoPayload": {
            "authenticationInfo": {"principalEmail": "m.reyes@acmehealth.example"},
            "metadata": {"jobChange": {"job": {"jobConfig": {"queryConfig": {
                "query": "SELECT * FROM t WHERE mrn = 'MRN00482913'"
            }}}}},
        }
    }  # fmt: skip
    assert {e for _f, e in found_fields(engine, audit)} == {"MRN"}


def test_a_query_logs_caller_address_is_the_workforces(engine: Engine) -> None:
    """The address a logged statement came from (the audit log's ``callerIp``, CloudTrail's
    and Databricks' ``sourceIPAddress``) is the analyst's machine: an audit entry whose only
    identifier it is, beside a health filter, is no PHI record. Outside a query log (a web
    log's client beside a site search) an address is still the visitor's."""
    audit = {
        "protoPayload": {
            "requestMetadata": {"callerIp": "34.122.80.14"},
            "metadata": {"jobChange": {"job": {"jobConfig": {"queryConfig": {
                "query": "SELECT count(*) FROM dx WHERE icd10 = 'E11.9'"
            }}}}},
        }
    }  # fmt: skip
    result = engine.scan([audit], source="t")
    assert {e for _f, e in found_fields(engine, audit)} == {"HEALTH_CONDITION"}
    assert not result.phi[0]
    databricks = {
        "sourceIPAddress": "10.42.7.19",
        "requestParams": {"commandText": "SELECT * FROM t WHERE mrn = 'MRN00482913'"},
    }
    assert found_fields(engine, databricks) == {("requestParams.commandText", "MRN")}
    search = {"sourceIPAddress": "73.162.11.80", "query": "select a dermatologist"}
    assert ("sourceIPAddress", "IP_ADDRESS") in found_fields(engine, search)


def test_a_user_name_outside_a_query_log_is_the_user(engine: Engine) -> None:
    """An app's or an identity provider's ``user_name`` is its end user; a field named
    ``query`` holding a site search is no statement."""
    login = {"user_name": "keisha.moore@gmail.com", "description": "Success Login"}
    assert ("user_name", "EMAIL") in found_fields(engine, login)
    search = {"user_email": "keisha.moore@gmail.com", "query": "select a dermatologist"}
    assert ("user_email", "EMAIL") in found_fields(engine, search)


def test_a_conversations_agent_participant_is_the_workforce(engine: Engine) -> None:
    """A Genesys Cloud conversation lists the caller and the agent as participants: the
    agent's (``purpose`` agent or user) name and user id are the contact centre's staff,
    the customer's name and ANI are still the caller's."""
    record = {
        "conversationId": "5f2c8e1a-7b3d-4c9e-a1f0-2d6b8e4c7a19",
        "participants": [
            {"purpose": "customer", "participantName": "Maria Lopez", "ani": "tel:+16145550153"},
            {
                "purpose": "agent",
                "participantName": "Kim Alvarez",
                "userId": "a8d3f0e2-1c4b-4e7a-9f2d-6b1c3e5a7d90",
            },
            {"purpose": "user", "userId": "b1c2d3e4-5f6a-4b7c-8d9e-0f1a2b3c4d5e"},
        ],
    }
    assert found_fields(engine, record) == {
        ("participants[0].participantName", "NAME"),
        ("participants[0].ani", "PHONE"),
    }


def test_a_participant_without_an_agents_purpose_is_still_read(engine: Engine) -> None:
    """An external party (a transferred-to relative, a conference leg) is a person, and an
    ``agent`` outside a participants list may be the patient's healthcare agent (a
    relative holding their power of attorney): still reported."""
    record = {
        "participants": [{"purpose": "external", "participantName": "Alan Brooks"}],
        "contacts": [{"purpose": "agent", "email": "dana.w@gmail.com"}],
        "contact": {"purpose": "agent", "name": "Dana Whitcomb"},
    }
    assert found_fields(engine, record) == {
        ("participants[0].participantName", "NAME"),
        ("contacts[0].email", "EMAIL"),
        ("contact.name", "NAME"),
    }


@pytest.mark.parametrize(
    ("record", "owner_found"),
    [
        # the coordinator signs with her credential: the owner is the same staff member
        ({"Patient": "Lamar Ellison", "Care Coordinator": "Shonda Wells, RN",
          "Account Owner": "Shonda Wells"}, False),
        ({"Patient": "Lamar Ellison", "Nurse": "Shonda Wells, MSN, RN",
          "Account Owner": "Shonda Wells"}, False),
        # the record's own person updated it: the owner is the patient, still found
        ({"Patient": "Shonda Wells", "Account Owner": "Shonda Wells"}, True),
    ],
)  # fmt: skip
def test_a_name_signed_with_a_credential_is_staff(
    engine_no_ner, record: dict, owner_found: bool
) -> None:
    fields = {field for field, _entity in found_fields(engine_no_ner, record)}
    assert ("Account Owner" in fields) is owner_found
