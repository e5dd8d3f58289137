"""Billing-code decisions of :mod:`detectors.clinical_codes`, one table each: which field
names a code system, and which values and labelled texts count."""

from __future__ import annotations

import re

import pytest

from detectors import Engine
from detectors.clinical_codes import code_field

PROC, MED = "PROCEDURE", "MEDICATION"


@pytest.mark.parametrize(
    ("path", "system"),
    [
        ("CPT_Code", "cpt"),
        ("cpt_codes", "cpt"),
        ("HCPCS_CD", "cpt"),
        ("procedure_code", "cpt"),
        ("PROC_CD", "cpt"),
        ("ICD_PRCDR_CD1", "pcs"),
        ("icd_pcs", "pcs"),
        ("ndc11", "ndc"),
        ("drug_ndc", "ndc"),
        ("MS_DRG", "drg"),
        ("CLM_DRG_CD", "drg"),
        ("REV_CNTR", "rev"),
        ("revenue_code", "rev"),
        # dental software: Open Dental's ``ProcCode``, a CDT code column
        ("ProcCode", "cpt"),
        ("CDT Code", "cpt"),
        ("ADA Code", "cpt"),  # a dental treatment plan's column (the CDT is the ADA's)
        # a therapy plan of care's billable treatments (tests/test_rehab_therapy_clinics.py)
        ("plan_of_care.interventions[0]", "cpt"),
        # a claim's level of service: a visit's E/M code, an ambulance run's HCPCS
        # (tests/test_ems_prehospital.py)
        ("Level of Service", "cpt"),
        ("level_of_service_code", "cpt"),
        # not code fields
        ("Level of Care", ""),  # a senior-living or transfer level (CCT): no code
        ("service_level", ""),  # a support plan's tier
        ("ADA", ""),  # accessibility compliance, no code word
        ("revenue", ""),
        ("procedure", ""),  # a procedure's name: health_fields' job
        ("code", ""),
        ("promo_code", ""),
        ("LINE_PLACE_OF_SRVC_CD", ""),  # place of service: not health by itself
        ("modifier", ""),
        ("ICD_DGNS_CD1", ""),  # ICD-10-CM: diagnosis_codes' job
        # an immunization record's or an IIS response's vaccine code
        # (tests/test_vaccine_clinics_immunization.py)
        ("CVX", "cvx"),
        ("cvx_code", "cvx"),
        ("history[0].cvx", "cvx"),
        ("MVX", ""),  # the manufacturer's code: no health by itself
    ],
)
def test_code_fields(path: str, system: str) -> None:
    assert code_field(path) == system


def _codes(engine: Engine, field: str, value: str) -> list[tuple[str, str]]:
    rows = engine.scan([{field: value}], source="t").findings.to_pylist()
    return [
        (r["entity"], value[r["start"] : r["end"]])
        for r in rows
        if r["detector"] == "dictionary" and r["entity"] in (PROC, MED)
    ]


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("CPT_Code", "99213", [(PROC, "99213")]),
        ("CPT", "99214-25", [(PROC, "99214")]),  # the modifier is not reported
        ("cpt_ii", "3044F", [(PROC, "3044F")]),
        ("ndc11", "00002821501", [(MED, "00002821501")]),
        ("REV_CNTR", "0001", []),  # total charges
        ("MS_DRG", "000", []),
        ("note", "CPT 99203, 93000", [(PROC, "99203"), (PROC, "93000")]),
        ("note", "NDC 0169-4132-12", [(MED, "0169-4132-12")]),
        ("note", "DRG 470", [(PROC, "470")]),
        ("note", "Rev code 0450", [(PROC, "0450")]),
        ("note", "ICD-10-PCS 0DTJ4ZZ", [(PROC, "0DTJ4ZZ")]),
        # an ambulance run's level of service with its base-rate code, and a visit's level
        ("Level of Service", "ALS1 Emergency (A0427)", [(PROC, "A0427")]),
        ("Level of Service", "99214", [(PROC, "99214")]),
        ("Level of Service", "BLS", []),
        # CDT dental codes are HCPCS's D codes: in a procedure-code field, after a CDT label
        ("ProcCode", "D6010", [(PROC, "D6010")]),
        ("note", "CDT D0120, D1110", [(PROC, "D0120"), (PROC, "D1110")]),
        ("note", "procedure code D2740", [(PROC, "D2740")]),
        # a D and four digits elsewhere: a unit, a model, a room
        ("note", "Model D6010 in stock", []),
        ("ToothNum", "D1110", []),
        # a bare 5-digit number is never CPT; labels that mean something else
        ("note", "order 45378 shipped", []),
        ("note", "code 99213", []),
        ("zip", "45378", []),
        ("note", "proc 12345 exited", []),
        ("note", "Order 500 pcs 1234567", []),
        ("note", "rev 10234 deployed", []),
        ("note", "POS 11", []),
        ("modifier", "25", []),
        # a CVX code: the whole value of a CVX field, or after its label in text
        ("CVX", "208", [(MED, "208")]),
        ("cvx", "03", [(MED, "03")]),
        ("note", "Given CVX 141 and CVX: 187", [(MED, "141"), (MED, "187")]),
        # a description's numbers, "no vaccine administered", "unknown", no label
        ("CVX Short Description", "COVID-19, mRNA, LNP-S, PF, 30 mcg/0.3 mL dose", []),
        ("CVX", "998", []),
        ("cvx_code", "999", []),
        ("CVX", "0", []),
        ("note", "Dose 2 of 141 given", []),
        ("MVX", "PMC", []),
    ],
)
def test_code_values(
    engine_no_ner: Engine, field: str, value: str, expected: list[tuple[str, str]]
) -> None:
    assert sorted(_codes(engine_no_ner, field, value)) == sorted(expected)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a generic ``code`` whose sibling names its system: a price estimator, a
        # good-faith estimate's items, a FHIR coding, a price-transparency rate
        ({"procedure": {"code": "29881", "codeSystem": "CPT"}}, [(PROC, "29881")]),
        ({"items": [{"code": "45378", "code_type": "CPT"}]}, [(PROC, "45378")]),
        (
            {"coding": [{"system": "http://www.ama-assn.org/go/cpt", "code": "99213"}]},
            [(PROC, "99213")],
        ),
        ({"billing_code_type": "HCPCS", "billing_code": "J1745"}, [(PROC, "J1745")]),
        ({"line": {"code": "0169-4132-12", "code_type": "NDC"}}, [(MED, "0169-4132-12")]),
        # a sibling naming something else, or none: a code is a code
        ({"code": "12345", "code_type": "promo"}, []),
        ({"items": [{"code": "45378"}]}, []),
        ({"coding": [{"system": "http://loinc.org", "code": "4548-4"}]}, []),
        # a SMART Health Card's immunization: a FHIR coding's code beside the CVX system
        ({"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "208"}]}, [(MED, "208")]),
        ({"vaccine": {"code": "141", "code_system": "CVX"}}, [(MED, "141")]),
        ({"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "998"}]}, []),
        ({"coding": [{"system": "http://hl7.org/fhir/sid/mvx", "code": "PFR"}]}, []),
        # the system sibling of another object does not count
        ({"a": {"code": "45378"}, "b": {"code_type": "CPT"}}, []),
        # a dental ledger's bare ``Code`` beside its ``Tooth`` column: a CDT code, and only
        # in that shape
        ({"Code": "D2392", "Tooth": "14"}, [(PROC, "D2392")]),
        ({"lines": [{"code": "D0274", "ToothNum": "3"}]}, [(PROC, "D0274")]),
        ({"Code": "A1234", "Tooth": "14"}, []),
        ({"Code": "99213", "Tooth": "14"}, []),
        ({"promo": {"Code": "D2392"}, "Tooth": "14"}, []),
        # a pharmacy claim's product id beside NCPDP's qualifier ``03`` (an NDC), and an
        # NCPDP SCRIPT message's ``ProductCode`` beside its ``ND`` qualifier
        (
            {"claim": {"product_id_qualifier": "03", "product_id": "00169413013"}},
            [(MED, "00169413013")],
        ),
        (
            {"Product/Service ID Qualifier": "03", "Product/Service ID": "00002-1506-80"},
            [(MED, "00002-1506-80")],
        ),
        (
            {"DrugCoded": {"ProductCode": {"Code": "00024591420", "Qualifier": "ND"}}},
            [(MED, "00024591420")],
        ),
        # another qualifier (``01`` a UPC, ``00`` none), or ``03`` under a key that is no
        # product id's qualifier, says nothing
        ({"claim": {"product_id_qualifier": "01", "product_id": "00169413013"}}, []),
        ({"claim": {"product_id_qualifier": "00", "product_id": "0"}}, []),
        ({"line": {"code": "00169413013", "qualifier": "03"}}, []),
        # a therapy or ABA practice's billed service: a ``Service Code`` or ``Service``
        # holding one CPT or HCPCS code beside a date of service, units or a modifier
        # (tests/test_autism_developmental_services.py, tests/test_behavioral_health.py)
        ({"Service Code": "97153", "Units Approved": "1040"}, [(PROC, "97153")]),
        ({"Service Code": "90837", "Date of Service": "10/07/2024"}, [(PROC, "90837")]),
        ({"Service": "97153", "DOS": "10/07/2024"}, [(PROC, "97153")]),
        ({"lines": [{"service_code": "H2019-HO", "units": 4}]}, [(PROC, "H2019")]),
        # alone, in text, or beside units of another object: a utility's or a carrier's
        # service code is five digits too
        ({"Service Code": "45201"}, []),
        ({"service_code": "45201", "account": "A-1"}, []),
        ({"Service": "Lawn care 12345", "Units": "2"}, []),
        ({"a": {"service_code": "97153"}, "b": {"units": "2"}}, []),
    ],
)
def test_codes_typed_by_a_sibling(engine_no_ner: Engine, record: dict, expected: list) -> None:
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    got = []
    for r in rows:
        if r["detector"] != "dictionary" or r["entity"] not in (PROC, MED):
            continue
        node: object = record
        for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", r["field"]):
            node = node[int(index)] if index else node[key]  # type: ignore[index]
        got.append((r["entity"], str(node)[r["start"] : r["end"]]))
    assert sorted(got) == sorted(expected)
