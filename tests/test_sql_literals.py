"""SQL text in query logs (:mod:`detectors.sql_literals`): a quoted literal is judged under
the column it is compared with or inserted into; column names, placeholders, functions,
unquoted numbers and range bounds are no one's value."""

from __future__ import annotations

import hashlib

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig
from detectors.sql_literals import column_literals


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("sql_literals",)))


_DIGEST = hashlib.sha256(b"a.person@example.org").hexdigest()

POSITIVES = [
    # a support analyst's lookup: a surname and a ZIP by their columns
    (
        "native_query",
        "SELECT * FROM leads WHERE last_name = 'Thibodeaux' AND zip = '70506'",
        [("NAME", "Thibodeaux"), ("ZIP_CODE", "70506")],
    ),
    # qualified and quoted columns, upper-case keywords, a doubled quote inside a literal
    (
        "QUERY_TEXT",
        "SELECT 1 FROM crm.patients p WHERE p.\"LAST_NAME\" = 'O''Brien' AND p.mrn = 'MRN0048213'",
        [("NAME", "O''Brien"), ("MRN", "MRN0048213")],
    ),
    # ICD-10 codes in an IN list under a diagnosis column; a made-up code is not one
    (
        "QUERY_TEXT",
        "select * from dx where dx_code in ('F32.9', 'F41.1', 'Q99.Z9')",
        [("HEALTH_CONDITION", "F32.9"), ("HEALTH_CONDITION", "F41.1")],
    ),
    # a LIKE pattern's value, its wildcards left out
    (
        "querytxt",
        "select * from encounters where primary_dx like 'C50.911%'",
        [("HEALTH_CONDITION", "C50.911")],
    ),
    # an INSERT's VALUES, column by column (the email is the email family's)
    (
        "query",
        "INSERT INTO crm.leads (email, phone, first_name, last_name, created) VALUES "
        "('r@example.org', '(312) 555-0187', 'Rita', 'Okoye', CURRENT_TIMESTAMP())",
        [("PHONE", "(312) 555-0187"), ("NAME", "Rita"), ("NAME", "Okoye")],
    ),
    # an UPDATE's SET, and a member id and a birth date in a WHERE
    (
        "query_text",
        "UPDATE payer.members SET date_of_birth = '1962-07-04' WHERE member_id = 'W284719305'",
        [("DATE", "1962-07-04"), ("HEALTH_PLAN_ID", "W284719305")],
    ),
    # a digest compared with a hashed column, and with a direct identifier's column
    (
        "QUERY_TEXT",
        f"DELETE FROM audiences.suppression WHERE email_sha256 = '{_DIGEST}'",
        [("HASHED_ID", _DIGEST)],
    ),
    (
        "QUERY_TEXT",
        f"SELECT * FROM audiences.meta WHERE phone = '{_DIGEST}'",
        [("HASHED_ID", _DIGEST)],
    ),
]

NEGATIVES = [
    # column names alone: a query names what it asked, not what it got
    ("QUERY_TEXT", "SELECT email, first_name, date_of_birth, dx_code FROM analytics.patient_dx"),
    # placeholders and templated variables
    ("QUERY_TEXT", "SELECT * FROM p WHERE email = ? AND dob = :dob AND mrn = @mrn"),
    ("query", "select * from p where last_name = {{ var('surname') }}"),
    # functions and masks
    ("QUERY_TEXT", "SELECT sha2(lower(trim(email)), 256) AS em FROM crm.patients"),
    ("QUERY_TEXT", "SELECT * FROM p WHERE first_name = '***' AND ssn = '***-**-****'"),
    # unquoted numbers and range bounds are not read
    ("querytxt", "select * from stl_query where userid = 112 and pid > 1073815612"),
    ("query", "select count(*) from visits where visit_date >= '2024-01-01'"),
    # literals under columns that name no one's value
    ("query", "select * from campaigns where status = 'ACTIVE' and channel = 'email'"),
    ("query", "select * from contacts where lifecycle_stage = 'patient'"),
    # no statement: a sentence with quotes and an equals sign
    ("notes", "set first_name = 'Rita' in the form, she said"),
    # an INSERT without literals, and a DDL statement
    ("query", "INSERT INTO t (first_name, last_name) SELECT given, family FROM s"),
    ("query", "CREATE TABLE p (first_name VARCHAR DEFAULT 'unknown', zip CHAR(5))"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_column_literals_offsets_are_inside_the_quotes() -> None:
    text = "SELECT 1 FROM t WHERE name LIKE '%Rita%' AND zip IN ('70506','70508')"
    got = [(col, text[a:b]) for col, a, b in column_literals(text)]
    assert got == [("name", "Rita"), ("zip", "70506"), ("zip", "70508")]


def test_an_insert_of_many_rows_maps_every_tuple() -> None:
    text = "insert into t (first_name, zip) values ('Ana', '70506'), ('Bo', NULL)"
    got = [(col, text[a:b]) for col, a, b in column_literals(text)]
    assert got == [("first_name", "Ana"), ("zip", "70506"), ("first_name", "Bo")]
