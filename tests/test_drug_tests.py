"""Drug and alcohol test results in the testing trade's shorthand (detectors/drug_tests.py)."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig
from detectors.drug_tests import drug_tests_in

HC, PROC = "HEALTH_CONDITION", "PROCEDURE"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("drug_tests",)))


POSITIVES = [
    # a lab's result column, a probation report, a case manager's note
    # (tests/test_court_ordered_treatment_monitoring.py)
    ("Result", "Positive - THC", [(HC, "Positive - THC")]),
    ("result", "POSITIVE: COC", [(HC, "POSITIVE: COC")]),
    ("notes", "UA was positive for OXY and BZO", [(HC, "positive for OXY")]),
    ("notes", "Non-negative: MAMP", [(HC, "Non-negative: MAMP")]),
    ("Result", "THC POS, COC NEG", [(HC, "THC POS")]),
    ("Result", "FYL - Positive", [(HC, "FYL - Positive")]),
    ("result", "Presumptive positive (BUP)", [(HC, "Presumptive positive (BUP")]),
    # the alcohol biomarkers in their own case, a urine test by its panel
    ("Test Type", "UA 12-panel w/ EtG", [(PROC, "UA 12-panel"), (PROC, "EtG")]),
    ("UA Results", "2 Neg / 1 Pos (EtG)", [(PROC, "EtG")]),
    ("test", "EtS confirmation", [(PROC, "EtS")]),
    ("panel", "10 Panel Drug Screen", [(PROC, "10 Panel Drug Screen")]),
    ("panel", "Urine 5 Panel", [(PROC, "Urine 5 Panel")]),
]  # fmt: skip

NEGATIVES = [
    # a point of sale, a negative result, a bare code, a fence, a country, a ticker
    ("item", "POS - THC gummies 10mg"),
    ("Result", "Negative"),
    ("Result", "THC NEG"),
    ("notes", "Met with client at the BAR association"),
    ("notes", "AMP stack, 100W"),
    ("product", "12-panel privacy fence"),
    ("country", "UA"),
    ("ticker", "ETG 18.42"),
    ("notes", "Positive feedback from the MET gala"),
    ("notes", "positive cash flow"),
    ("notes", "COVID positive"),
    ("code", "PETG filament"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_the_shorthand_reads_the_same_without_the_engine() -> None:
    text = "Positive - THC; UA 12-panel w/ EtG"
    assert [text[s:e] for s, e, _ in drug_tests_in(text)] == [
        "Positive - THC",
        "EtG",
        "UA 12-panel",
    ]
