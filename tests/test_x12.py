"""The x12 detector: X12 837/835 segments in a field, and element columns of flattened claims."""

from __future__ import annotations

import pytest
from helpers import found

from detectors import Engine, EngineConfig
from detectors.x12 import HI_CODE, SERVICE_CODE, column_place, segment_spans


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("x12",)))


def _spans(text: str) -> list[tuple[str, str]]:
    return sorted((entity, text[s:e]) for s, e, entity in segment_spans(text))


SUBSCRIBER_CLAIM = (
    "NM1*IL*1*PRATT*DONNA*Q***MI*XJH448812300~N3*12 ELM ST~N4*DAYTON*OH*45410~"
    "DMG*D8*19710522*F~CLM*PR-77123*350***11:B:1*Y*A*Y*Y~HI*ABK:M1711*ABF:M25561~"
    "SV1*HC:20610:LT*350*UN*1***1~DTP*472*D8*20240916~"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            SUBSCRIBER_CLAIM,
            [
                ("ACCOUNT_NUMBER", "PR-77123"),
                ("DATE", "19710522"),
                ("DATE", "20240916"),
                ("HEALTH_CONDITION", "M1711"),
                ("HEALTH_CONDITION", "M25561"),
                ("HEALTH_PLAN_ID", "XJH448812300"),
                ("LOCATION", "12 ELM ST"),
                ("LOCATION", "DAYTON"),
                ("NAME", "DONNA"),
                ("NAME", "PRATT"),
                ("NAME", "Q"),
                ("PROCEDURE", "20610"),
                ("ZIP_CODE", "45410"),
            ],
        ),
        # an institutional claim: a revenue code and its HCPCS, a DRG, admission dates
        (
            "HI*BBR:0SRD0J9~HI*DR:470~SV2*0360*HC:27447*48213.55*UN*1~DTP*435*D8*20240811~"
            "DTP*096*D8*20240814~",
            [
                ("DATE", "20240811"),
                ("DATE", "20240814"),
                ("PROCEDURE", "0360"),
                ("PROCEDURE", "0SRD0J9"),
                ("PROCEDURE", "27447"),
                ("PROCEDURE", "470"),
            ],
        ),
        # a remittance: the patient, the patient control number, the service and its date
        (
            "CLP*BRK-88412*1*325*188.12*40*MC*24278E019233~NM1*QC*1*ELLISON*NOAH~"
            "SVC*HC:90834*325*188.12~DTM*472*20240920~CAS*CO*45*96.88~",
            [
                ("ACCOUNT_NUMBER", "BRK-88412"),
                ("DATE", "20240920"),
                ("NAME", "ELLISON"),
                ("NAME", "NOAH"),
                ("PROCEDURE", "90834"),
            ],
        ),
        # a clinician (a person's party) is reported, as the project reports clinicians
        ("NM1*82*1*RAO*ANIL****XX*1482039173~", [("NAME", "ANIL"), ("NAME", "RAO"),
                                                ("OTHER_ID", "1482039173")]),
        # reference ids by qualifier; a payer's claim control number is not read
        ("REF*SY*512447781~REF*F8*24278E019233~REF*EA*MR4481902~",
         [("MRN", "MR4481902"), ("SSN", "512447781")]),
        # the component separator an ISA header declares
        ("ISA*00*          *00*          *ZZ*SUBMITTER      *ZZ*RECEIVER       *240917*0612*^*"
         "00501*000004471*0*P*>~HI*ABK>E119~", [("HEALTH_CONDITION", "E119")]),
    ],
)  # fmt: skip
def test_segment_spans(text: str, expected: list[tuple[str, str]]) -> None:
    assert _spans(text) == sorted(expected)


@pytest.mark.parametrize(
    "text",
    [
        # an organisation's party (NM102 = 2), its address and contact are the organisation's
        "NM1*85*2*NORTHSIDE ORTHOPEDICS PC*****XX*1382655011~N3*400 REGENT ST~"
        "N4*MADISON*WI*53715~PER*IC*BILLING*TE*6085550100~REF*EI*461928374~",
        # the envelope, the payer's dates, amounts and adjustment reasons
        "ST*837*0001*005010X222A1~BHT*0019*00*4471*20240917*0612*CH~DTM*050*20240925~"
        "CAS*CO*45*96.88~AMT*F5*40~",
        # value and occurrence codes are no care
        "HI*BE:80:::3~HI*BH:11:D8:20240801~",
    ],
)
def test_segment_negatives(text: str) -> None:
    assert _spans(text) == []


@pytest.mark.parametrize(
    ("path", "place"),
    [
        ("NM1_IL_NM103", "NAME"),
        ("NM1_QC_FIRST", "NAME"),
        ("NM1_IL_NM109", "HEALTH_PLAN_ID"),
        ("NM1_QC_ID", "HEALTH_PLAN_ID"),
        ("subscriber_NM1_03", "NAME"),
        ("N3_IL", "LOCATION"),
        ("N4_IL_CITY", "LOCATION"),
        ("N4_QC_ZIP", "ZIP_CODE"),
        ("DMG02", "DATE"),
        ("CLM01", "ACCOUNT_NUMBER"),
        ("CLP01", "ACCOUNT_NUMBER"),
        ("HI01", HI_CODE),
        ("HI02_ABF", HI_CODE),
        ("SV101", SERVICE_CODE),
        ("SVC01", SERVICE_CODE),
        ("SV201", "PROCEDURE"),
        ("SV202", SERVICE_CODE),
        ("DTP_472", "DATE"),
        ("DTM_150", "DATE"),
        # not read: a party without a person's qualifier (the billing provider's name), the
        # payer's dates, amounts, the envelope, words that only look like segments
        ("NM1_85_NM103", None),
        ("NM103", None),
        ("N4_85_ZIP", None),
        ("DTM_050", None),
        ("CLM02", None),
        ("CLP07", None),
        ("SV102", None),
        ("ISA13", None),
        ("hint", None),
        ("history", None),
        ("claim_id", None),
    ],
)
def test_column_place(path: str, place: str | None) -> None:
    assert column_place(path) == place


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {"NM1_IL_NM103": "HARGROVE", "NM1_IL_NM109": "XJH448812301", "DMG02": "19620830"},
            [("DATE", "19620830"), ("HEALTH_PLAN_ID", "XJH448812301"), ("NAME", "HARGROVE")],
        ),
        (
            {"HI01": "ABK:M1711", "SV101": "HC:20610:RT", "CLM01": "NSO-55812"},
            [("ACCOUNT_NUMBER", "NSO-55812"), ("HEALTH_CONDITION", "M1711"),
             ("PROCEDURE", "20610")],
        ),
        # a value that is not the element's shape: nothing
        ({"NM1_IL_NM103": "12345", "HI01": "BE:80", "SV101": "HC", "DTP_472": "RD8"}, []),
    ],
)  # fmt: skip
def test_element_columns(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == sorted(expected)
