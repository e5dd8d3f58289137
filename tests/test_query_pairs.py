"""Query strings inside text: ``name=value`` pairs judged by the parameter's name."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("query_pairs",)))


LOG = "GET {} HTTP/1.1"

POSITIVES = [
    # request lines in server and CDN logs
    (
        "log",
        LOG.format("/intake?fname=Dolores&lname=Haze"),
        [("NAME", "Dolores"), ("NAME", "Haze")],
    ),
    (
        "log",
        LOG.format("/intake?first_name=Jos%C3%A9&zip=62704&mrn=00482913"),
        [("NAME", "Jos%C3%A9"), ("ZIP_CODE", "62704"), ("MRN", "00482913")],
    ),
    ("log", LOG.format("/screening?dob=1952-03-14&step=2"), [("DATE", "1952-03-14")]),
    ("log", LOG.format("/book?member_id=XOF123456789"), [("HEALTH_PLAN_ID", "XOF123456789")]),
    # a bare name= beside a person's phone or email parameter
    (
        "log",
        LOG.format("/thanks?name=Dolores+Haze&phone=3125550188"),
        [("NAME", "Dolores+Haze"), ("PHONE", "3125550188")],
    ),
    ("log", LOG.format("/thanks?full_name=Ann%20Perkins&email=a%40b.org"),
     [("NAME", "Ann%20Perkins")]),
    # a clinic's name is no person's
    ("log", LOG.format("/thanks?name=Riverbend+Clinic&phone=3125550188"),
     [("PHONE", "3125550188")]),
    # links in HTML bodies and URLs in prose
    ("html", '<a href="/unsubscribe?fname=Dolores&zip=62704">x</a>',
     [("NAME", "Dolores"), ("ZIP_CODE", "62704")]),
    ("note", "see https://x.org/p?dob=03/14/1952.", [("DATE", "03/14/1952")]),
    ("note", "redirected to /confirm?phone=312-555-0188&ok=1", [("PHONE", "312-555-0188")]),
    # a bare name= beside a birth date: only a person has one
    ("log", LOG.format("/Scheduling?name=Jane%20Doe&dob=1984-03-14"),
     [("NAME", "Jane%20Doe"), ("DATE", "1984-03-14")]),
    # a tracking id by its parameter's name: a reset link's user id, a collect hit's client
    ("body", "Reset: https://x.org/reset-password?token=Zx8Qw3Er6Ty9&uid=88412",
     [("ONLINE_ID", "88412")]),
    ("log", LOG.format("/g/collect?v=2&tid=G-ABC123&cid=1873920184.1729000931"),
     [("ONLINE_ID", "1873920184.1729000931")]),
]  # fmt: skip

NEGATIVES = [
    ("log", LOG.format("/download?name=brochure.pdf&email=a%40b.org")),  # a file
    ("log", LOG.format("/products?name=Blood+Pressure+Monitor&sku=BP-100")),  # no contact
    ("log", LOG.format("/p?page=2&sort=name&utm_source=newsletter")),
    ("log", LOG.format("/p?event_id=884213&session_id=77812&ts=1732700000")),
    ("log", LOG.format("/p?fname=&lname=")),  # empty values
    ("log", LOG.format("/p?dob=unknown")),  # not a date
    ("note", "a=b&c=d and ?x=1"),
    ("note", "what is mrn=?"),
    # an OAuth request's client_id is the application's registration
    ("log", LOG.format("/oauth/authorize?client_id=0oa8k2lq7dVbX3sT1d7&response_type=code")),
    # a Unix audit record's uid is no query pair
    ("log", "type=SYSCALL arch=c000003e syscall=59 success=yes uid=1000 gid=1000"),
]


test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_a_url_value_is_left_to_the_url_split(engine: Engine) -> None:
    # a value that is a URL is split into its query values (cells.url_pieces): its pairs are
    # judged there, and the pieces no longer hold ``?name=``
    record = {"referrer": "https://x.org/thanks?fname=Dolores&lname=Haze"}
    assert engine.scan([record], source="t").findings.num_rows == 0


def test_machine_fields_are_not_read(engine: Engine) -> None:
    record = {"event_timestamp": "GET /p?fname=Dolores HTTP/1.1"}
    assert engine.scan([record], source="t").findings.num_rows == 0


def test_whole_engine_redacts_the_encoded_value(engine_no_ner: Engine, safe_harbor_redactor):
    from helpers import redacted

    record = {"log": LOG.format("/thanks?name=Dolores+Haze&phone=3125550188&dob=1952-03-14")}
    out = redacted(engine_no_ner, safe_harbor_redactor, record)
    # the safe-harbor policy keeps a date's year
    assert out == {"log": LOG.format("/thanks?name=<NAME>&phone=<PHONE>&dob=1952")}
