"""BIOMETRIC_ID: biometric templates, hashes and ids by field, and after labels in text."""

from __future__ import annotations

import hashlib
import re

import pytest

from detectors import Engine, EngineConfig
from detectors.biometric import biometric_field
from detectors.policy import load_policy
from detectors.redact import Redactor

BIO = "BIOMETRIC_ID"
SHA = hashlib.sha256(b"left index finger").hexdigest()
#: An ISO/IEC 19794-2 fingerprint template starts "FMR\0"; base64 of a made-up one.
TEMPLATE = "Rk1SACAyMAAAAAFcAAABLAGQAMUAxQEAAAAoQ4AoAHcnAECsAKtaAEBrAJ2TAIDJAJ7D"
UUID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("biometric",)))


def _value_at(record: object, field: str) -> str:
    node = record
    for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", field):
        node = node[int(index)] if index else node[key]  # type: ignore[index]
    return node if isinstance(node, str) else str(node)


def _found(engine: Engine, record: dict) -> list[tuple[str, str, str, str]]:
    """``(field, entity, matched text, detector kind)`` of every finding in one record."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted(
        (
            r["field"],
            r["entity"],
            _value_at(record, r["field"])[r["start"] : r["end"]],
            r["detector"],
        )
        for r in rows
    )


# (record, field, expected span text, detector kind)
POSITIVES = [
    # by field: the whole value
    ({"fingerprint_hash": SHA}, "fingerprint_hash", SHA, "field_name"),
    ({"face_id": "FACE-00912-7731"}, "face_id", "FACE-00912-7731", "field_name"),
    ({"faceprint": TEMPLATE}, "faceprint", TEMPLATE, "field_name"),
    ({"voiceprint_id": "vp_8F3A22C1"}, "voiceprint_id", "vp_8F3A22C1", "field_name"),
    ({"biometric_template": TEMPLATE}, "biometric_template", TEMPLATE, "field_name"),
    ({"palm_vein": TEMPLATE}, "palm_vein", TEMPLATE, "field_name"),
    ({"iris_code": "IC:3f2a9b10c4"}, "iris_code", "IC:3f2a9b10c4", "field_name"),
    ({"Biometric_ID__c": "BIO-0042-7781"}, "Biometric_ID__c", "BIO-0042-7781", "field_name"),
    ({"FingerprintTemplate__c": TEMPLATE}, "FingerprintTemplate__c", TEMPLATE, "field_name"),
    ({"retina_scan": " RS-55102931 "}, "retina_scan", "RS-55102931", "field_name"),
    ({"patient": {"faceId": 48812093}}, "patient.faceId", "48812093", "field_name"),
    ({"biometrics": {"fingerprint": TEMPLATE}}, "biometrics.fingerprint", TEMPLATE, "field_name"),
    ({"biometrics": {"face": {"template": UUID}}}, "biometrics.face.template", UUID, "field_name"),
    ({"face": {"embedding": "[0.12, -0.33, 0.98, 0.01]"}}, "face.embedding", None, "field_name"),
    (
        {"event_params": [{"key": "face_id", "value": {"string_value": "F123456789"}}]},
        "event_params[0].value.string_value",
        "F123456789",
        "field_name",
    ),
    ({"page": f"https://kiosk.example/checkin?face_id={UUID}"}, "page", UUID, "field_name"),
    # in text: the value after a label
    ({"notes": f"fingerprint template: {TEMPLATE[:24]}"}, "notes", TEMPLATE[:24], "regex"),
    ({"notes": "voiceprint id 8F3A-22C1 enrolled"}, "notes", "8F3A-22C1", "regex"),
    ({"notes": f"Face ID: {UUID}"}, "notes", UUID, "regex"),
    ({"notes": "biometric id: BIO-0042-7781."}, "notes", "BIO-0042-7781", "regex"),
    ({"notes": "iris code is 3F2A9B10C4D5"}, "notes", "3F2A9B10C4D5", "regex"),
    ({"notes": "call 555-0143palm vein template: PV0099812"}, "notes", "PV0099812", "regex"),
    ({"notes": "fingerprint hash: 4f2c9a0b1d"}, "notes", "4f2c9a0b1d", "regex"),
]


@pytest.mark.parametrize(("record", "field", "text", "kind"), POSITIVES)
def test_positives(engine: Engine, record: dict, field: str, text: str | None, kind: str) -> None:
    text = _value_at(record, field) if text is None else text
    assert _found(engine, record) == [(field, BIO, text, kind)]


# Hard negatives: other fingerprints, flags and consents, look-alike words, short values.
NEGATIVES = [
    {"browser_fingerprint": SHA},  # a browser's fingerprint is a tracking code
    {"browser_fingerprint_hash": SHA},
    {"device": {"fingerprint": SHA}},
    {"context": {"device": {"fingerprint_hash": SHA}}},
    {"canvas_fingerprint": "1794238219"},
    {"tls_fingerprint_ja3": "771,4865-4866-4867,0-23-65281,29-23-24,0"},
    {"cert_thumbprint": SHA},
    {"fingerprintjs_visitor_id": "a1b2c3d4e5f6g7h8i9j0"},
    {"fingerprint": SHA},  # bare: nearly always the browser's in analytics exports
    {"face_value": "1000.00"},
    {"face_value": "FV-2024-001"},
    {"voice_search": "dermatologist near 60614"},
    {"properties": {"voice_search_query": "knee pain 2024"}},
    {"touch_id_enabled": True},
    {"touch_id": "TID-5512993"},  # Touch ID is a phone's sensor, not a template
    {"face_id_enabled": "true"},
    {"face_id": True},
    {"face_id": "yes"},
    {"face_id": "(not set)"},
    {"face_id": "abc12"},  # too short for an identifier
    {"face_id": "000000"},
    {"face_id": "enrolled"},
    {"face_id": "<BIOMETRIC_ID>"},  # already redacted
    {"biometric_consent": "granted"},
    {"biometric_enrolled": 1},
    {"fingerprint_enrolled_at": "2024-03-14T10:00:00Z"},
    {"face_match_score": "0.98765"},
    {"iris": "Iris Chen"},  # a first name
    {"voice_id": "Joanna"},  # a text-to-speech voice
    {"facebook_id": "1234567890"},
    {"surface_id": "SRF123456"},
    {"interface_id": "eth0-99812"},
    {"notes": "browser fingerprint hash: 3f2a9b10c4d5"},
    {"notes": "device fingerprint id 8F3A22C1"},
    {"notes": "Use Face ID to log in"},
    {"notes": "Face ID: on"},
    {"notes": "Touch ID enabled 2024"},
    {"notes": "face value 1000000"},
    {"notes": "the biometric data policy v2"},
    {"notes": "interface id: 99812"},
]


@pytest.mark.parametrize("record", NEGATIVES)
def test_hard_negatives(engine: Engine, record: dict) -> None:
    assert _found(engine, record) == []


@pytest.mark.parametrize(
    ("path", "biometric"),
    [
        ("fingerprint_hash", True),
        ("patient_fingerprint_template_2", True),
        ("user.face_embedding", True),
        ("hand_geometry", True),
        ("gait_signature", True),
        ("finger_vein_id", True),
        ("biometrics.template", True),
        ("biometric.fingerprint.minutiae", True),
        ("voiceprint.id", True),
        ("ud[face_id]", True),
        ("event_params.voiceprint.value.string_value", True),
        ("fingerprint", False),
        ("properties.fingerprint", False),
        ("face", False),
        ("biometrics.consent", False),
        ("biometrics.face.id_verified", False),
        ("face.template_name", False),
        ("client_fingerprint_id", False),
        ("session.face_id", False),
    ],
)
def test_biometric_field(path: str, biometric: bool) -> None:
    assert biometric_field(path) is biometric


def test_scores() -> None:
    engine = Engine(EngineConfig(ner=False, detectors=("biometric",)))
    rows = engine.scan(
        [{"face_id": "FACE-00912-7731", "notes": "voiceprint id 8F3A-22C1"}], source="t"
    ).findings.to_pylist()
    assert sorted((r["field"], round(r["score"], 2)) for r in rows) == [
        ("face_id", 0.9),
        ("notes", 0.85),
    ]


def test_whole_engine_reports_the_template_once_and_redaction_is_idempotent() -> None:
    """Other detectors do not split a template; the tag is not found again on a rescan."""
    policy = load_policy("safe-harbor", ner=False)
    engine, redactor = Engine(policy.engine), Redactor(policy.redaction)
    record = {
        "biometric_template": TEMPLATE + "4111111111111111",
        "face_id": 48812093,
        "notes": f"type 2 diabetes; fingerprint template: {TEMPLATE[:24]}",
    }
    result = engine.scan([record], source="t")
    ids = [(r["field"], r["entity"]) for r in result.findings.to_pylist()]
    assert sorted(i for i in ids if i[1] == BIO) == [
        ("biometric_template", BIO),
        ("face_id", BIO),
        ("notes", BIO),
    ]
    assert len(ids) == 4  # and the health condition
    once = redactor.record(record, result.redactions[0])
    assert once["biometric_template"] == "<BIOMETRIC_ID>"
    assert once["face_id"] is None  # a number with a tag operator becomes null
    assert once["notes"] == "type 2 diabetes; fingerprint template: <BIOMETRIC_ID>"
    again = engine.scan([once], source="t")
    assert BIO not in again.findings["entity"].to_pylist()
