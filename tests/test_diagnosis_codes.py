"""HEALTH_CONDITION from ICD-10-CM codes: in diagnosis fields and after diagnosis labels."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.diagnosis_codes import diagnosis_field, icd10cm_codes, is_code

HC = "HEALTH_CONDITION"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("diagnosis_codes",)))


def _found(engine: Engine, record: dict) -> list[tuple[str, str]]:
    """``(field, matched text)`` of every finding in one flat record."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert all(r["entity"] == HC and r["detector"] == "dictionary" for r in rows)
    return sorted((r["field"], record[r["field"]][r["start"] : r["end"]]) for r in rows)


POSITIVES = [
    ({"Primary_Diagnosis__c": "E11.9"}, ["E11.9"]),
    ({"dx_codes": "E11.9; I10"}, ["E11.9", "I10"]),
    ({"dx_codes": "E119,I10,F32A"}, ["E119", "I10", "F32A"]),  # dots left out
    ({"icd10": "f41.1"}, ["f41.1"]),
    # an EMS provider's impressions (NEMSIS ``eSituation.11``, an ePCR export's column)
    ({"Primary Impression": "I21.4"}, ["I21.4"]),
    ({"secondary_impressions": "R09.02, J44.1"}, ["R09.02", "J44.1"]),
    ({"DiagnosisCodes": "E11.65 - Type 2 diabetes with hyperglycemia"}, ["E11.65"]),
    ({"secondary_dx_2": "Z79.4"}, ["Z79.4"]),
    ({"condition_code": "J45.909"}, ["J45.909"]),
    ({"notes": "Dx: F41.1, F33.0 and G47.00"}, ["F41.1", "F33.0", "G47.00"]),
    ({"notes": "ICD-10 code E66.01 (morbid obesity)"}, ["E66.01"]),
    ({"Description": "referral; ICD10CM: N97.9"}, ["N97.9"]),
    ({"notes": "diagnosis code is O09.521"}, ["O09.521"]),
    ({"notes": "see icd C50.911"}, ["C50.911"]),
    # a CMS-2728's primary cause of renal failure, a death record's cause (dialysis probe)
    ({"primary_cause_renal_failure": "E11.22"}, ["E11.22"]),
    ({"Cause of Death": "I21.9"}, ["I21.9"]),
    # a claim line's numbered diagnoses run together (a CMS-1500-like CSV's ``Dx1``)
    ({"Dx1": "G43.009"}, ["G43.009"]),
    ({"DX12": "F41.1"}, ["F41.1"]),
    ({"diag2": "E11.9"}, ["E11.9"]),
]


@pytest.mark.parametrize(("record", "codes"), POSITIVES)
def test_positives(engine: Engine, record: dict, codes: list[str]) -> None:
    ((field,),) = {(k,) for k in record}
    assert _found(engine, record) == sorted((field, c) for c in codes)


NEGATIVES = [
    {"sku": "E11.9"},  # the right shape, but no diagnosis field and no label
    {"notes": "Room E11, building C"},
    {"Primary_Diagnosis__c": "E99.9"},  # no such code
    {"Primary_Diagnosis__c": "E1.19"},  # the dot after the category only
    {"dx_codes": "250.00"},  # ICD-9 codes are plain numbers: not detected
    {"Primary_Diagnosis__c": "Type 2 diabetes"},  # words are the dictionary's
    {"diagnosis_date": "2024-03-14"},
    {"notes": "Dx pending, labs ordered"},
    {"notes": "model DX-E119 camera"},  # a product code glued to more than a label
    {"event_name": "dx_E11"},  # a machine field
    {"dx_count": "3"},
    {"Primary_Diagnosis__c": "E11.9X"},  # not a code: no such subdivision
    {"error_cause": "E01"},  # an error's cause, though E01 is a code
    {"root_cause": "I10"},
    {"Primary Impression": "Chest pain"},  # words are the dictionary's
    {"ad_impressions": "1240"},  # an ad's impressions: a count, no code
    # a numbered key of another word keeps its reading: no diagnosis
    {"Box1": "G43.009"},
    {"mix2": "A01.1"},
    {"Dx1": "99214"},  # a CPT code under a diagnosis column is no ICD-10 code
]


@pytest.mark.parametrize("record", NEGATIVES)
def test_hard_negatives(engine: Engine, record: dict) -> None:
    assert _found(engine, record) == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("Primary_Diagnosis__c", True),
        ("dx_codes", True),
        ("icd10", True),
        ("ICD10Code", True),
        ("icd_10_cm", True),
        ("event_params.dx.value.string_value", True),
        ("page_location?dx", True),
        ("conditions[0].code", True),
        ("diagnosis.code", True),
        ("problem_code", True),
        # an SDOH screening's Z-codes (tests/test_transport_and_social_care.py)
        ("Z Codes", True),
        ("sdoh_zcodes", True),
        ("SDOH Code", True),
        ("sdoh_domain", False),
        ("Primary Cause of Renal Failure", True),
        ("cause_of_death", True),
        ("cause", False),
        ("root_cause", False),
        ("zip_code", False),
        ("code", False),
        ("promo_code", False),
        ("conditions[0].onset", False),
        ("order.code", False),
        ("Primary Impression", True),
        ("eSituation.primary_impression", True),
        # an injury's or an illness's cause coded in ICD-10-CM (a Section 111 file); a bare
        # cause is an error's or an incident's
        ("Alleged Cause of Injury, Incident, or Illness", True),
        ("cause_of_injury_code", True),
        # numbered diagnosis columns (``Dx1`` ... ``Dx12``), and other numbered words
        ("Dx1", True),
        ("DIAG4", True),
        ("Box1", False),
        ("v2", False),
        ("cause", False),
        ("error_cause", False),
    ],
)
def test_diagnosis_field(path: str, expected: bool) -> None:
    assert diagnosis_field(path) is expected


def test_code_list_is_complete_and_normalized() -> None:
    codes = icd10cm_codes()
    assert len(codes) > 90_000  # ICD-10-CM: ~74k billable codes plus their categories
    assert {"E11", "E119", "F32A", "U071", "Z794", "A000"} <= codes
    assert all(c == c.upper() and "." not in c for c in codes)
    assert is_code("E11.9") and is_code("e119") and not is_code("E1.19")


def test_a_code_makes_an_identified_record_phi() -> None:
    engine = Engine(EngineConfig(ner=False))
    result = engine.scan(
        [{"Email": "pat@example.org", "Primary_Diagnosis__c": "F33.1"}], source="t"
    )
    assert result.phi.tolist() == [True]
    plain = engine.scan([{"Email": "pat@example.org", "Status__c": "F33.1"}], source="t")
    assert plain.phi.tolist() == [False]


def test_a_code_in_a_query_value_is_found() -> None:
    engine = Engine(EngineConfig(ner=False, detectors=("diagnosis_codes",)))
    url = "https://clinic.example/intake?dx=E11.9&src=fb"
    rows = engine.scan([{"page": url}], source="t").findings.to_pylist()
    assert [url[r["start"] : r["end"]] for r in rows] == ["E11.9"]


def test_a_first_reports_wcio_cause_code_is_no_icd_code() -> None:
    """A Section 111 file's external-cause code is read; a first report's WCIO number is not."""
    engine = Engine(EngineConfig(ner=False))
    rows = engine.scan(
        [
            {
                "Alleged Cause of Injury, Incident, or Illness": "W230XXA",
                "Cause of Injury Code": "56",
            }
        ],
        source="t",
    ).findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == {
        ("Alleged Cause of Injury, Incident, or Illness", "HEALTH_CONDITION")
    }
