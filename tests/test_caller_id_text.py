"""The caller_id_text detector: a carrier's caller-ID name in a call-tracking sentence."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("field_name", "caller_id_text")))


N = "NAME"

POSITIVES = [
    (
        "metadata.body",
        "CallRail: Inbound call from SMITH JOHN (404) 555-0187. Source: Google Ads.",
        [(N, "SMITH JOHN")],
    ),
    ("hs_call_title", "Missed call from GARCIA ELENA M +1 512 555 0147", [(N, "GARCIA ELENA M")]),
    ("subject", "Voicemail from O'BRIEN PAT: 608-555-0162", [(N, "O'BRIEN PAT")]),
    ("Description", "New text from NGUYEN THANH (713) 555-0162", [(N, "NGUYEN THANH")]),
    ("body", "CALL FROM LEE ANNA 312-555-0101", [(N, "LEE ANNA")]),
]

NEGATIVES = [
    ("body", "Inbound call from WIRELESS CALLER (404) 555-0187."),
    ("body", "Inbound call from TOLL FREE CALLER +1 888 555 0177"),
    ("body", "Missed call from CELL PHONE   TX 737-555-0190"),
    ("body", "Inbound call from CHICAGO IL (312) 555-0187"),
    ("body", "Call from CVS PHARMACY 800-555-0100 about a refill"),
    ("body", "Inbound call from GOOGLE ADS campaign"),  # no number: a source
    ("body", "Inbound call from Smith John (404) 555-0187"),  # mixed case: the lexicons'
    ("body", "recall from FDA 2024 notice"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)
