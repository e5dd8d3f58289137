"""A DICOM JSON model header (``"00100010": {"vr": "PN", "Value": [...]}``) is read as
the same header written with keywords (``PatientName``), and its tags stay in the paths
findings report."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.cells import flatten, iter_leaves
from detectors.dicom_tags import dicom_attribute
from detectors.reported_paths import mask_keys, reported_key, reported_path


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


def _attr(vr: str, value: object) -> dict:
    return {"vr": vr, "Value": [value]}


def test_an_attributes_value_reads_under_its_keyword() -> None:
    record = {
        "00100010": _attr("PN", {"Alphabetic": "DOE^JANE"}),
        "00400100": {"vr": "SQ", "Value": [{"00400002": _attr("DA", "20241028")}]},
    }
    cells = flatten([record])
    pairs = zip(cells.path_id, cells.hint_id, strict=True)
    rows = [(cells.paths[p], cells.paths[h]) for p, h in pairs]
    assert rows == [
        ("00100010.vr", "PatientName.key"),
        ("00100010.Value[0].Alphabetic", "PatientName.DicomValue[0].Alphabetic"),
        ("00400100.vr", "ScheduledProcedureStepSequence.key"),
        (
            "00400100.Value[0].00400002.vr",
            "ScheduledProcedureStepSequence.DicomValue[0].ScheduledProcedureStepStartDate.key",
        ),
        (
            "00400100.Value[0].00400002.Value[0]",
            "ScheduledProcedureStepSequence.DicomValue[0].ScheduledProcedureStepStartDate"
            ".DicomValue[0]",
        ),
    ]
    assert [(p, h) for p, h, _v in iter_leaves(record)] == rows


@pytest.mark.parametrize(
    ("key", "node", "label"),
    [
        ("00100010", {"vr": "PN", "Value": []}, ("vr", "PatientName")),
        ("0020000d", {"vr": "UI", "Value": ["1.2.3"]}, ("vr", "StudyInstanceUID")),
        ("00100030", {"vr": "DA"}, ("vr", "PatientBirthDate")),  # an empty attribute
        # not an attribute: an unlisted tag, a record number's key, no VR, more keys
        ("00091001", {"vr": "LO", "Value": ["x"]}, None),
        ("12345678", {"vr": "LO", "Value": ["x"]}, None),
        ("00100010", {"name": "x", "Value": ["x"]}, None),
        ("00100010", {"vr": "PN", "Value": ["x"], "status": "ok"}, None),
        ("00100010", {"vr": "PN", "note": "x"}, None),
    ],
)
def test_dicom_attribute(key: str, node: dict, label: tuple | None) -> None:
    assert dicom_attribute(key, node) == label


def test_a_json_model_header_is_read_as_its_keyword_form(engine: Engine) -> None:
    tagged = {
        "00100010": _attr("PN", {"Alphabetic": "OKONKWO^CHINEDU"}),
        "00100020": _attr("LO", "RIV004417"),
        "00100030": _attr("DA", "19580923"),
        "00080020": _attr("DA", "20241014"),
        "00080050": _attr("SH", "CT24118842"),
        "00080090": _attr("PN", {"Alphabetic": "BANKS^THEODORE^^DR"}),
        "00081030": _attr("LO", "CT CHEST W CONTRAST"),
        "0020000D": _attr("UI", "1.2.840.113619.2.55.3.604688119.971.1728901234.512"),
        "00080060": _attr("CS", "CT"),
    }
    found = found_fields(engine, tagged)
    assert {(f.split(".")[0], e) for f, e in found} == {
        ("00100010", "NAME"),
        ("00100020", "OTHER_ID"),
        ("00100030", "DATE"),
        ("00080020", "DATE"),
        ("00080050", "OTHER_ID"),
        ("00080090", "NAME"),
        ("00081030", "PROCEDURE"),
    }
    assert engine.scan([tagged], source="t").phi[0]


def test_the_same_keys_without_a_vr_are_read_by_their_values_alone(engine: Engine) -> None:
    """A map keyed by eight-digit record numbers is no header: its keys stay masked, and
    nothing is read by a keyword."""
    assert found_fields(engine, {"00100030": {"status": "19580923"}}) == set()


@pytest.mark.parametrize("tag", ["00100010", "0020000D", "0020000d", "00400100"])
def test_a_listed_tag_is_a_field_name_not_an_identifier(tag: str) -> None:
    assert reported_key(tag) == tag
    assert reported_path(f"{tag}.Value[0].Alphabetic") == f"{tag}.Value[0].Alphabetic"
    assert mask_keys({tag: {"vr": "PN"}}) == {tag: {"vr": "PN"}}


@pytest.mark.parametrize("key", ["00091001", "12345678", "10100010"])
def test_other_eight_digit_keys_are_still_masked(key: str) -> None:
    assert reported_key(key) == "<ID>"
    assert reported_path(f"crm.{key}.dob") == "crm.<ID>.dob"


def test_a_private_tags_attribute_keeps_its_tag_in_paths_and_copies(engine: Engine) -> None:
    """An unlisted or private attribute (odd group ``0009``) is judged by its value alone,
    but its tag is a field name: findings and the redacted copy keep it. A record number's
    key over an object that is no attribute is still masked."""
    record = {"00091001": _attr("LO", "jane.doe@gmail.com"), "00100010": _attr("PN", "X")}
    found = found_fields(engine, record)
    assert ("00091001.Value[0]", "EMAIL") in found
    assert mask_keys(record) is record
    keyed = {"12345678": {"status": "active"}, "00091001": {"vr": "LO", "note": "x"}}
    assert set(mask_keys(keyed)) == {"<ID>", "<ID>#2"}
