"""Organisation words: a name-shaped value ending in one is a business's, not a person's."""

from __future__ import annotations

import pyarrow as pa
import pytest
from helpers import found

from detectors import Engine, EngineConfig
from detectors.organisations import organisation_name, organisation_names


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("text", "is_org"),
    [
        ("North Shore Health", True),
        ("Lakeside Urgent Care", True),
        # a practice's departments and teams, as fax lines and e-signature senders name
        # them (tests/test_document_intake.py)
        ("Lakeside Intake", True),
        ("Patient Access Team", True),
        ("Central Scheduling", True),
        ("Cardiology Dept", True),
        # law firms as legal intake and settlement exports name them
        # (tests/test_legal_intake.py); "Law" is a surname too and stays out
        ("Dunn Firm PLLC", True),
        ("Hale & Whitcomb LLP", True),
        ("Morgan & Vance Injury Lawyers", True),
        ("Jude Law", False),
        # revenue-cycle departments and vendors (tests/test_claims_revenue_cycle.py)
        ("Patient Financial Services", True),
        ("Central Billing", True),
        ("Carolina Recovery Services", True),
        # social-care agencies and transport providers (tests/test_transport_and_social_care.py)
        ("Durham Meals on Wheels", True),
        ("Area Agency on Aging", True),
        ("Westside Food Pantry", True),
        ("Community Action Partnership", True),
        ("Tri-County Transportation", True),
        # outpatient rehabilitation practices (tests/test_rehab_therapy_clinics.py); a
        # site's location after a dash is its last word, so such a name is read as before
        ("Summit Physical Therapy", True),
        ("Align Chiropractic", True),
        ("Riverside Sports Rehabilitation", True),
        ("Summit Physical Therapy - Dublin", False),
        # a role written where a clinician's or a reviewer's name goes (a physical's
        # examiner, a work queue): no one's name; "Nurse" and "Doctor" are surnames too
        ("Team Physician", True),
        ("Athletic Trainer", True),
        ("Nurse Navigator", True),
        ("Front Desk Staff", True),
        ("Paul Nurse", False),
        ("Jane Doctor", False),
        # a shift's roles in a call-back list's caller column, and a walk-in clinic's name
        # (urgent-care probe)
        ("RN Shift Lead", True),
        ("Charge Supervisor", True),
        ("Practice Manager", True),
        ("Oak Park Walk-In", True),
        # a hospital's operational desks in a secure-chat sender's or recipient's column
        # (clinical messaging and paging probe)
        ("Transport Dispatch", True),
        ("Bed Management", True),
        ("Paging Operator", True),
        ("Front Desk", True),
        ("Cardiology Fellow On Call", True),
        ("Rebecca Call", False),
        # med spas and dermatology practices (dermatology probe)
        ("Glow Aesthetics Med Spa", True),
        ("Northside Dermatology", True),
        ("Luxe Medspa", True),
        # jails, prisons and courts (correctional health probe)
        ("Marion County Jail", True),
        ("Lebanon Correctional", True),
        ("Franklin County Court of Common Pleas", True),
        ("Ohio Department of Corrections", True),
        # mass-vaccination and community immunization sites (vaccine clinics probe)
        ("Franklin County Fairgrounds Mass Vax", True),
        ("Eastside Community Vaccination", True),
        ("Northgate Mall Immunizations", True),
        ("Vax", False),
        # people, and surnames that are organisation words too
        ("Maria Gonzalez", False),
        ("Mary Wing", False),
        ("Team", False),  # one word is no name of anything
    ],
)
def test_organisation_name(text: str, is_org: bool) -> None:
    assert organisation_name(text) is is_org
    assert organisation_names(pa.array([text])).tolist() == [is_org]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"Sender Name": "Patient Access Team"}, []),
        ({"from": {"name": "Lakeside Intake"}}, []),
        ({"Sender Name": "Tamara Lindqvist"}, [("NAME", "Tamara Lindqvist")]),
        ({"ppe": {"examiner": "Team Physician"}}, []),
        ({"ppe": {"examiner": "Alan Cho, MD"}}, [("NAME", "Alan Cho, MD")]),
    ],
)
def test_name_fields_holding_a_department(engine: Engine, record: dict, expected: list) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    got = [(r["entity"], r["field"]) for r in rows]
    assert [e for e, _f in got] == [e for e, _t in expected]
    if record.get("Sender Name"):
        assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a statement's own line after its department's name is the organisation's
        ("Questions? Call Patient Financial Services at 800-555-0199", []),
        ("Call Central Billing: 608-555-0140", []),
        # a person's line is still a phone
        ("Call Dana Whitfield at 608-555-0140", [("PHONE", "608-555-0140")]),
    ],
)
def test_a_billing_departments_line(engine: Engine, text: str, expected: list) -> None:
    assert [f for f in found(engine, {"MSG": text}) if f[0] == "PHONE"] == expected


@pytest.mark.parametrize(
    ("text", "is_org"),
    [
        # blood-drive sponsors and community partners (tests/test_blood_plasma_organ_donation.py)
        ("Westerville Central High School", True),
        ("St. Brendan Parish", True),
        ("Ridgeview Lutheran Church", True),
        ("Beth Shalom Temple", True),
        # a congregation's word after one given name is a surname
        ("Ellen Church", False),
        ("Shirley Temple", False),
        ("Church", False),
        # a hospice's residence and a family lodging after two words or more; a surname
        # after one given name (the hospice and decedent probe)
        ("Crestview Hospice House", True),
        ("Ronald McDonald House", True),
        ("Ellen House", False),
        # a venue's room
        ("Crestview Hospice Community Room", True),
        ("Conference Room", True),
    ],
)
def test_schools_and_congregations(text: str, is_org: bool) -> None:
    assert organisation_name(text) is is_org
    assert organisation_names(pa.array([text])).tolist() == [is_org]


@pytest.mark.parametrize(
    ("text", "is_org"),
    [
        # a company's legal ending, as a benefits set-up's ``Client`` and an employer
        # column write it (tests/test_pbm_prior_authorization.py)
        ("Acme Manufacturing Company", True),
        ("Lakeside Industries Ltd", True),
        ("Northwind Holdings Limited", True),
        ("Globex Corporation", True),
        ("Acme Manufacturing Co", True),
        ("Acme Manufacturing Co.", True),
        # "Co" after one given name is a surname, as "House" and "Church" are
        ("Ann Co", False),
        ("Mary Wing", False),
        ("Jane Roe", False),
    ],
)
def test_company_endings(text: str, is_org: bool) -> None:
    assert organisation_name(text) is is_org
    assert organisation_names(pa.array([text])).tolist() == [is_org]


def test_a_clients_company_is_no_name() -> None:
    engine = Engine(EngineConfig(ner=False))
    for value, expected in (("Acme Manufacturing Company", []), ("Jane Roe", ["NAME"])):
        rows = engine.scan([{"Client": value}], source="t").findings.to_pylist()
        assert [r["entity"] for r in rows] == expected


@pytest.mark.parametrize(
    ("text", "is_org"),
    [
        # a centre abbreviated to fit a fixed-width claims, credit-bureau or collection file
        ("ST LUKES BOISE MED CTR", True),
        ("St Luke's Boise Medical Ctr", True),
        ("Riverside Med Cntr", True),
        ("Jane Roe", False),
    ],
)
def test_abbreviated_centres(text: str, is_org: bool) -> None:
    assert organisation_name(text) is is_org


def test_a_debtors_city_does_not_echo_into_the_creditors_name() -> None:
    """A credit-bureau dispute's original creditor ("… Boise Medical Ctr") shares its town
    with the consumer's address: the hospital's name, not the consumer's place."""
    engine = Engine(EngineConfig(ner=False))
    record = {
        "consumer": {"city": "Boise", "zip": "83702"},
        "account": {"originalCreditorName": "St Luke's Boise Medical Ctr"},
    }
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == {
        ("consumer.city", "LOCATION"),
        ("consumer.zip", "ZIP_CODE"),
    }


def test_an_ime_vendors_address_is_its_own() -> None:
    """An IME vendor ("… Medical Evaluations") is an organisation, and the claimant's town
    echoed into its address after its name and comma is the vendor's address."""
    assert organisation_name("Lakeshore Medical Evaluations")
    assert organisation_name("Concentra Medical Centers")  # a chain, in the plural
    engine = Engine(EngineConfig(ner=False))
    record = {
        "claimant": {"address": "4418 W Cermak Rd", "city": "Chicago"},
        "exam": {"location": "Lakeshore Medical Evaluations, 180 N Michigan Ave, Chicago, IL"},
    }
    fields = {r["field"] for r in engine.scan([record], source="t").findings.to_pylist()}
    assert "exam.location" not in fields and "claimant.city" in fields


@pytest.mark.parametrize(
    ("text", "is_org"),
    [
        # an employer by its trade, as a benefits vendor's client column and an SLA
        # report's ``client`` write it (tests/test_benefits_navigation_eap.py)
        ("Northwind Software", True),
        ("Brightline Logistics", True),
        ("Acme Technologies", True),
        ("Summit Benefits Solutions", True),
        ("Harbor Consulting", True),
        ("Maria Solis", False),
        ("Jane Roe", False),
    ],
)
def test_an_employer_by_its_trade(text: str, is_org: bool) -> None:
    assert organisation_name(text) is is_org


def test_an_sla_reports_client_is_the_employer() -> None:
    engine = Engine(EngineConfig(ner=False))
    for value, expected in (("Northwind Software", set()), ("Maria Solis", {"client"})):
        record = {"client": value, "metric": "Average speed to answer", "met": "Y"}
        fields = {r["field"] for r in engine.scan([record], source="t").findings.to_pylist()}
        assert fields == expected, value


@pytest.mark.parametrize(
    ("text", "is_org"),
    [
        # a county's or a city's departments as 211 referrals and ICS forms name them
        # (tests/test_disaster_shelters_emergency.py)
        ("Pinellas County Public Works", True),
        ("Lee County Utilities", True),
        ("Cape Coral Fire Rescue", True),
        ("Tampa Port Authority", True),
        ("Florida Public Service Commission", True),
        # a place alone, and a person, are not
        ("Pinellas County", False),
        ("Jane Roe", False),
    ],
)
def test_public_departments(text: str, is_org: bool) -> None:
    assert organisation_name(text) is is_org
    assert organisation_names(pa.array([text])).tolist() == [is_org]
