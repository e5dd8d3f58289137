"""HL7 v2 messages in a field: identifiers read by segment and field position."""

from __future__ import annotations

import pytest
from helpers import redacted

from detectors import Engine, EngineConfig
from detectors.hl7v2 import message_spans

ADT = "\r".join(
    [
        "MSH|^~\\&|EPIC|RIVERBEND|SFDC|HC|202611271015||ADT^A04|MSG00001|P|2.5",
        "PID|1||00482913^^^RB^MR~536228410^^^SSA^SS||CHALMERS^PETER^JAMES^JR||19741225|M|"
        "|2106-3|534 EREWHON ST^APT 2^SPRINGFIELD^IL^62704^USA||(217)555-0143^PRN^PH^"
        "pc@example.com|^WPN^PH^^1^217^5550199||S||ACCT778812|536-22-8410|D1234567",
        "NK1|1|CHALMERS^MARY|SPO|534 EREWHON ST^^SPRINGFIELD^IL^62704|(217)555-0144",
        "PV1|1|O|CARDIO^101^1||||1234567893^CAREFUL^ADAM^^^DR||||||||||||V00012345"
        + "|" * 25
        + "20261127101500|20261127143000",
        "IN1|1|HUM01|H123|HUMANA||||GRP778||||||||CHALMERS^PETER||19741225"
        + "|" * 18
        + "H12345678",
        "DG1|1||E11.9^Type 2 diabetes mellitus^I10|Type 2 diabetes",
    ]
)


def _found(text: str) -> list[tuple[str, str]]:
    return [(entity, text[s:e]) for s, e, entity in message_spans(text)]


def test_an_admission_message_is_read_by_position() -> None:
    assert sorted(_found(ADT)) == sorted(
        [
            ("MRN", "00482913"),
            ("SSN", "536228410"),  # PID-3 with type code SS
            ("NAME", "CHALMERS"),
            ("NAME", "PETER"),
            ("NAME", "JAMES"),
            ("DATE", "19741225"),
            ("LOCATION", "534 EREWHON ST"),
            ("LOCATION", "APT 2"),
            ("LOCATION", "SPRINGFIELD"),
            ("ZIP_CODE", "62704"),
            ("PHONE", "(217)555-0143"),
            ("EMAIL", "pc@example.com"),
            ("PHONE", "217"),
            ("PHONE", "5550199"),
            ("ACCOUNT_NUMBER", "ACCT778812"),
            ("SSN", "536-22-8410"),
            ("LICENSE_NUMBER", "D1234567"),
            # NK1: the spouse
            ("NAME", "CHALMERS"),
            ("NAME", "MARY"),
            ("LOCATION", "534 EREWHON ST"),
            ("LOCATION", "SPRINGFIELD"),
            ("ZIP_CODE", "62704"),
            ("PHONE", "(217)555-0144"),
            # PV1: the attending doctor, the visit number, admit and discharge times
            ("NAME", "CAREFUL"),
            ("NAME", "ADAM"),
            ("OTHER_ID", "V00012345"),
            ("DATE", "20261127101500"),
            ("DATE", "20261127143000"),
            # IN1: the insured and the policy
            ("NAME", "CHALMERS"),
            ("NAME", "PETER"),
            ("DATE", "19741225"),
            ("HEALTH_PLAN_ID", "H12345678"),
            # DG1: the diagnosis
            ("HEALTH_CONDITION", "E11.9"),
            ("HEALTH_CONDITION", "Type 2 diabetes mellitus"),
            ("HEALTH_CONDITION", "Type 2 diabetes"),
        ]
    )


def test_separators_come_from_msh_and_lines_may_end_in_newlines() -> None:
    text = "MSH|*~\\&|A|B\nPID|1||00482913****MR||DOE*JANE||19800101\n"
    assert _found(text) == [("MRN", "00482913"), ("NAME", "DOE"), ("NAME", "JANE"),
                            ("DATE", "19800101")]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "MSH|^~\\&|EPIC|RIVERBEND|SFDC|HC|202611271015||ADT^A04|MSG00001|P|2.5",
        "the PID|1 segment was missing from the feed",  # not at a line start
        'PID|1||""||""',  # HL7's explicit null
        "NTE|1||GLUCOSE 182 mg/dL",  # a segment not read
        "PID|1||^^^RB^MR||",  # an identifier without digits, a name left empty
    ],
)
def test_nothing_but_identifiers_in_their_places(text: str) -> None:
    assert _found(text) == []


def test_the_engine_redacts_each_component_in_place(engine_no_ner: Engine, safe_harbor_redactor):
    message = "MSH|^~\\&|A|B|C|D|20261127||ADT^A01|1|P|2.5\rPID|1||00482913^^^RB^MR||DOE^JANE"
    out = redacted(engine_no_ner, safe_harbor_redactor, {"integration_log": message})
    assert out["integration_log"].split("\r")[1] == "PID|1||<MRN>^^^RB^MR||<NAME>^<NAME>"


def test_only_the_hl7_detector_reads_positions() -> None:
    engine = Engine(EngineConfig(ner=False, detectors=("hl7v2",)))
    rows = engine.scan([{"payload": ADT}, {"event_id": ADT}], source="t").findings.to_pylist()
    assert {r["field"] for r in rows} == {"payload"}  # a machine field is not read
    assert {r["detector"] for r in rows} == {"regex"}


def test_an_ordered_test_and_a_results_test_are_procedures() -> None:
    """A critical-result ORU an interface engine forwards to secure chat or a pager
    (tests/test_clinical_messaging_paging.py): OBR-4 and OBX-3 name what was tested on the
    patient; the result's value, units, range and flag are not read."""
    message = "\r".join(
        [
            "MSH|^~\\&|LAB|MERCY|TC|MERCY|202411030209||ORU^R01|MSG00481|P|2.5.1",
            "PID|1||E2291043^^^MERCY^MR||WU^DAVID||19490322|M",
            "OBR|1|||80048^BASIC METABOLIC PANEL^CPT",
            "OBX|1|NM|2823-3^Potassium^LN||6.1|mmol/L|3.5-5.1|HH|||F",
        ]
    )
    assert _found(message) == [
        ("MRN", "E2291043"),
        ("NAME", "WU"),
        ("NAME", "DAVID"),
        ("DATE", "19490322"),
        ("PROCEDURE", "80048"),
        ("PROCEDURE", "BASIC METABOLIC PANEL"),
        ("PROCEDURE", "2823-3"),
        ("PROCEDURE", "Potassium"),
    ]
