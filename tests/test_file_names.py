"""A person's name that a document's file name is built from (:mod:`detectors.file_names`).

The probe that found it is tests/test_interpreter_language_services.py (a translated
discharge sheet saved as ``Garcia_Maria_discharge_es.pdf``, an S3 inventory's key); the
structured-text probe's file name inside a MIME header stays free text.
"""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.file_names import file_name_names

ONLY = EngineConfig(ner=False, detectors=("file_names",))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(ONLY)


def found(engine: Engine, field: str, value: str) -> list[str]:
    rows = engine.scan([{field: value}], source="t").findings.to_pylist()
    return [value[r["start"] : r["end"]] for r in rows if r["entity"] == "NAME"]


POSITIVES = [
    # surname first, as records are filed; given name first, as people save them
    ("file_name", "Garcia_Maria_discharge_es.pdf", ["Garcia_Maria"]),
    ("key", "completed/2024/10/Kowalski_Jan_consent_pl.pdf", ["Kowalski_Jan"]),
    ("attachment", "Lab_Results_Jorge_Salinas_2024-09-30.pdf", ["Jorge_Salinas"]),
    ("path", "C:\\Scans\\Referrals\\Nguyen-Thanh-referral.TIFF", ["Nguyen-Thanh"]),
    ("filename", "Brenda_Okafor.docx", ["Brenda_Okafor"]),
]

NEGATIVES = [
    ("file_name", "IMG_4821.HEIC"),  # a camera's counter
    ("file_name", "FF_000912_L07_20240918.bmp"),  # a device's code and date
    ("file_name", "Sales_Jan_2024.pdf"),  # a month before a year, no given name
    ("file_name", "Mark_Test_results.pdf"),  # a given name that is also a word
    ("file_name", "Report_Final_v2.docx"),
    ("file_name", "catalog_2024Q4.csv"),
    ("file_name", "Brown_Sales_Q3.xlsx"),
    ("key", "garcia_maria_discharge.pdf"),  # lower case: no title-case pair
    # not a whole file name: free text, a MIME header, a folder with no file
    ("note", "Saved as Garcia_Maria_discharge_es.pdf in the shared drive"),
    ("headers", 'Content-Disposition: attachment; filename="Garcia_Maria_scan.pdf"'),
    ("prefix", "completed/Garcia_Maria/"),
]


@pytest.mark.parametrize(("field", "value", "names"), POSITIVES)
def test_a_name_in_a_documents_file_name(engine: Engine, field: str, value: str, names: list):
    assert found(engine, field, value) == names


@pytest.mark.parametrize(("field", "value"), NEGATIVES)
def test_file_names_and_values_that_hold_no_name(engine: Engine, field: str, value: str):
    assert found(engine, field, value) == []


def test_each_word_belongs_to_one_name() -> None:
    """Three names in a row give two pairs at most, never overlapping spans."""
    spans = file_name_names("Maria_Garcia_Lopez_intake.pdf")
    assert spans == [(0, 12)]
