"""A NEMSIS v3 ePCR element (``ePatient.02``) is read under its name, as the same report
with readable columns (``Patient Last Name``) is, and its id stays in the paths findings
report (detectors/nemsis.py)."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.cells import flatten, iter_leaves
from detectors.nemsis import element_name


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("key", "name"),
    [
        ("ePatient.02", "patient_last_name"),
        ("eRecord.01", "patient_care_report_number"),
        ("eVitals.23", "gcs_total"),
        ("eSituation.11", "primary_impression"),
        # not a listed element: an unlisted number, a group, other dotted keys
        ("ePatient.99", None),
        ("ePatient.PatientNameGroup", None),
        ("event.02", None),
        ("EPatient.02", None),
        ("ePatient.2", None),
        ("v1.02", None),
        (2, None),
    ],
)
def test_element_name(key: object, name: str | None) -> None:
    assert element_name(key) == name


def test_an_elements_value_reads_under_its_name_in_both_flattenings() -> None:
    record = {
        "ePatient": {"ePatient.PatientNameGroup": {"ePatient.02": "Lopez"}, "ePatient.13": "x"},
        "eRecord.01": "PCR-1",
    }
    cells = flatten([record])
    pairs = zip(cells.path_id, cells.hint_id, strict=True)
    rows = [(cells.paths[p], cells.paths[h]) for p, h in pairs]
    assert rows == [
        (
            "ePatient.ePatient.PatientNameGroup.ePatient.02",
            "ePatient.ePatient.PatientNameGroup.patient_last_name",
        ),
        ("ePatient.ePatient.13", "ePatient.ePatient.13"),  # not listed: its id
        ("eRecord.01", "patient_care_report_number"),
    ]
    assert [(p, h) for p, h, _v in iter_leaves(record)] == rows


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # the patient, the report, the times of care and the provider's impression
        (
            {
                "eRecord": {"eRecord.01": "PCR-2024-0031877"},
                "ePatient": {
                    "ePatient.PatientNameGroup": {"ePatient.02": "Lopez", "ePatient.03": "Maria"},
                    "ePatient.09": "43211",
                    "ePatient.17": "1966-04-12",
                },
                "eTimes": {"eTimes.07": "2024-10-03T14:10:05-04:00"},
                "eSituation": {"eSituation.11": "I21.4"},
                "eVitals": {"eVitals.VitalGroup": [{"eVitals.23": 13}]},
            },
            {
                ("eRecord.eRecord.01", "OTHER_ID"),
                ("ePatient.ePatient.PatientNameGroup.ePatient.02", "NAME"),
                ("ePatient.ePatient.PatientNameGroup.ePatient.03", "NAME"),
                ("ePatient.ePatient.09", "ZIP_CODE"),
                ("ePatient.ePatient.17", "DATE"),
                ("eTimes.eTimes.07", "DATE"),
                ("eSituation.eSituation.11", "HEALTH_CONDITION"),
                ("eVitals.eVitals.VitalGroup[0].eVitals.23", "PROCEDURE"),
            },
        ),
        # a CSV headed by element ids
        (
            {"ePatient.02": "Fairbanks", "ePatient.18": "614-555-0148"},
            {("ePatient.02", "NAME"), ("ePatient.18", "PHONE")},
        ),
        # the agency's numbers, unit, software and value codes are no one's
        (
            {
                "eRecord": {"eRecord.SoftwareApplicationGroup": {"eRecord.04": "2024.3.1"}},
                "eResponse": {
                    "eResponse.03": "24-0098812",
                    "eResponse.14": "Medic 12",
                    "eResponse.ServiceGroup": {"eResponse.05": "2205001"},
                },
                "eCrew": {"eCrew.CrewGroup": [{"eCrew.02": "9925007"}]},
            },
            set(),
        ),
    ],
)
def test_nemsis_records(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected
