"""How a key splits into words (:mod:`detectors.key_words`), and what the acronym-plural
rule changes for detection: a list under ``patientMRNs`` or ``providerNPIs`` is read as
the identifier its key names, as ``patientMRN`` always was."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.field_names import key_tokens
from detectors.key_words import split_humps
from tests.helpers import found_fields


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("key", "words"),
    [
        ("firstName", "first Name"),
        ("NPINumber", "NPI Number"),
        ("patientNPIs", "patient NPI"),
        ("IDs", "ID"),
        ("userIDsByDay", "user ID By Day"),
        ("SSNs", "SSN"),
        ("HTTPs", "HTTP"),
        # a lower-case run after capitals that is a word, not a plural: left as it was
        ("PHQ9Score", "PHQ9 Score"),
        ("IsActive", "Is Active"),
        ("NPIs_on_file", "NPI_on_file"),
        ("ADDRESS", "ADDRESS"),
        ("STATUS", "STATUS"),
        ("PhDs", "Ph Ds"),
        ("status", "status"),
    ],
)
def test_split_humps(key: str, words: str) -> None:
    assert split_humps(key) == words


@pytest.mark.parametrize(
    ("path", "tokens"),
    [
        ("providerNPIs[0]", (("provider", "npi"),)),
        ("patient.MRNs", (("patient",), ("mrn",))),
        ("Member_IDs__c", (("member", "id"),)),  # Salesforce's suffix is no lower-case word
        ("memberIDs", (("member", "id"),)),
    ],
)
def test_key_tokens_read_acronym_plurals(path: str, tokens: tuple) -> None:
    assert key_tokens(path) == tokens


@pytest.mark.parametrize(
    ("record", "want"),
    [
        ({"patientMRNs": ["MR-4471203"], "dx": "asthma"}, ("patientMRNs[0]", "MRN")),
        ({"providerNPIs": ["1234567893"]}, ("providerNPIs[0]", "OTHER_ID")),
        ({"memberIDs": ["W123456789"], "plan": "Aetna"}, ("memberIDs[0]", "HEALTH_PLAN_ID")),
        ({"patient": {"SSNs": ["123-45-6789"]}}, ("patient.SSNs[0]", "SSN")),
    ],
)
def test_plural_acronym_keys_name_their_identifier(
    engine: Engine, record: dict, want: tuple
) -> None:
    assert want in found_fields(engine, record)


@pytest.mark.parametrize(
    "record",
    [
        {"URLs": ["https://example.com/a"]},  # URL is off by default
        {"SKUs": ["LS-CHKN-07"]},  # a catalogue's codes
        {"KPIs": ["1234567893"]},  # a number under a key that names no identifier
    ],
)
def test_plural_acronym_keys_naming_no_identifier_find_nothing(
    engine: Engine, record: dict
) -> None:
    assert found_fields(engine, record) == set()
