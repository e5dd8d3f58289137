"""Presidio recognizers as plug-ins: mapping, prefilters, YAML loading and refusals."""

from __future__ import annotations

from pathlib import Path

import pytest
from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

import detectors.plugins  # noqa: F401  (registers "plugins")
from detectors import Engine, EngineConfig, FieldProfile, ScanContext, flatten
from detectors.plugins import (
    DEFAULT_ENTITY_MAP,
    PluginDetector,
    PluginError,
    build_plugins,
    load_yaml_recognizers,
    make_plugin,
    resolve_entity_map,
)
from detectors.registry import registered
from detectors.vocabulary import ENTITIES

ZZ_MAP = {"ZZ_PATIENT_CODE": "OTHER_ID"}


def zz_recognizer(score: float = 0.9, context: list[str] | None = None) -> PatternRecognizer:
    """An internal patient code such as ZZ-123456."""
    return PatternRecognizer(
        supported_entity="ZZ_PATIENT_CODE",
        name="zz_patient_code",
        patterns=[Pattern("zz code", r"\bZZ-\d{6}\b", score)],
        context=context,
        global_regex_flags=0,  # case-sensitive: lower-case zz- is not a code
    )


def engine_with(*recognizers: object, entity_map: dict[str, str] | None = None) -> Engine:
    config = EngineConfig(
        ner=False,
        detectors=("plugins",),
        plugins=recognizers,
        entity_map=ZZ_MAP if entity_map is None else entity_map,
    )
    return Engine(config)


def found(engine: Engine, record: dict[str, object]) -> list[tuple[str, str, str, str]]:
    """``(field, entity, matched text, detector)`` per finding of one record."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    out = []
    for r in rows:
        value = record[r["field"]]
        assert isinstance(value, str)
        out.append((r["field"], r["entity"], value[r["start"] : r["end"]], r["detector"]))
    return out


@pytest.fixture(scope="module")
def zz_engine() -> Engine:
    return engine_with(zz_recognizer())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("patient code ZZ-123456 on file", ["ZZ-123456"]),
        ("ZZ-123456", ["ZZ-123456"]),
        ("ZZ-123456,ZZ-654321", ["ZZ-123456", "ZZ-654321"]),
        ("(ZZ-000001)", ["ZZ-000001"]),
        ("ZZ-12345", []),  # five digits
        ("ZZ-1234567", []),  # seven digits
        ("AZZ-123456", []),  # glued to a word
        ("zz-123456", []),  # case-sensitive recognizer
        ("session 1700000000123456 page_view", []),
    ],
)
def test_custom_pattern_recognizer(zz_engine: Engine, text: str, expected: list[str]) -> None:
    got = found(zz_engine, {"note": text})
    assert got == [("note", "OTHER_ID", s, "plugin") for s in expected]


def test_pattern_recognizer_uses_an_re2_prefilter_and_no_model() -> None:
    plugin = make_plugin(zz_recognizer(), resolve_entity_map(ZZ_MAP))
    assert plugin.prefilter is not None and "ZZ-" in plugin.prefilter
    assert not plugin.needs_nlp
    engine = engine_with(zz_recognizer())
    found(engine, {"note": "Patient Maria Lopez ZZ-123456 called about her refill"})
    det = next(d for d in engine.detectors if isinstance(d, PluginDetector))
    assert det._model is None  # pattern recognizers never load spaCy


def test_re2_incompatible_pattern_still_runs_without_prefilter() -> None:
    rec = PatternRecognizer(
        supported_entity="ZZ_PATIENT_CODE",
        patterns=[Pattern("after id", r"(?<=id:)ZZ\d{4}", 0.9)],  # lookbehind: not RE2
    )
    assert make_plugin(rec, resolve_entity_map(ZZ_MAP)).prefilter is None
    assert found(engine_with(rec), {"x": "id:ZZ1234 and ZZ9999"}) == [
        ("x", "OTHER_ID", "ZZ1234", "plugin")
    ]


def test_context_words_raise_a_weak_pattern_over_the_threshold() -> None:
    engine = engine_with(zz_recognizer(score=0.3, context=["patient"]))
    assert found(engine, {"code": "ZZ-123456"}) == []
    assert found(engine, {"patient_ref": "ZZ-123456"}) == [
        ("patient_ref", "OTHER_ID", "ZZ-123456", "plugin")
    ]
    assert found(engine, {"note": "the patient is ZZ-123456"}) == [
        ("note", "OTHER_ID", "ZZ-123456", "plugin")
    ]


def test_system_fields_are_skipped() -> None:
    config = EngineConfig(ner=False, plugins=(zz_recognizer(),), entity_map=ZZ_MAP)
    det = PluginDetector(build_plugins(config), config.ner_model)
    cells = flatten([{"event_name": "ZZ-123456", "note": "ZZ-654321"}])
    profiles = {"event_name": FieldProfile(system=True)}
    ctx = ScanContext(
        cells=cells,
        profiles=tuple(profiles.get(p, FieldProfile()) for p in cells.paths),
        config=config,
    )
    spans = list(det.detect(ctx))
    assert [cells.paths[cells.path_id[s.cell]] for s in spans] == ["note"]


YAML = """
recognizers:
  - name: "ZZ code recognizer"
    supported_language: "en"
    supported_entity: "ZZ_PATIENT_CODE"
    patterns:
      - name: "zz code"
        regex: "\\\\bZZ-\\\\d{6}\\\\b"
        score: 0.9
  - name: "Clinic names"
    supported_language: "en"
    supported_entity: "CLINIC"
    deny_list:
      - "Northside Wellness"
      - "Lakeview Clinic"
"""


def test_yaml_recognizers_load_and_run(tmp_path: Path) -> None:
    path = tmp_path / "recognizers.yaml"
    path.write_text(YAML)
    recs = load_yaml_recognizers(path)
    assert sorted(r.supported_entities[0] for r in recs) == ["CLINIC", "ZZ_PATIENT_CODE"]
    engine = engine_with(*recs, entity_map={**ZZ_MAP, "CLINIC": "LOCATION"})
    text = "seen at lakeview clinic, code ZZ-123456"
    assert sorted(found(engine, {"note": text})) == [
        ("note", "LOCATION", "lakeview clinic", "plugin"),
        ("note", "OTHER_ID", "ZZ-123456", "plugin"),
    ]
    assert found(engine, {"note": "Lakeview Clinics are open"}) == []


def test_yaml_errors_name_the_file(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("not_recognizers: []\n")
    with pytest.raises(PluginError, match=r"bad\.yaml"):
        load_yaml_recognizers(bad)
    with pytest.raises(PluginError, match=r"missing\.yaml"):
        load_yaml_recognizers(tmp_path / "missing.yaml")


def test_unmapped_entity_is_refused_with_a_clear_error() -> None:
    with pytest.raises(PluginError) as err:
        engine_with(zz_recognizer(), entity_map={})
    msg = str(err.value)
    assert "ZZ_PATIENT_CODE" in msg and "entity_map" in msg and "zz_patient_code" in msg
    # a policy has no entity map (its patterns name contract entities): not offered as a fix
    assert "EngineConfig.entity_map" in msg and "policy" not in msg


def test_mapping_to_a_non_contract_entity_is_refused() -> None:
    with pytest.raises(PluginError, match="PATIENT_CODE"):
        engine_with(zz_recognizer(), entity_map={"ZZ_PATIENT_CODE": "PATIENT_CODE"})


def test_non_recognizer_is_refused() -> None:
    with pytest.raises(PluginError, match="not a Presidio EntityRecognizer"):
        engine_with(object())


def test_default_map_targets_the_contract_vocabulary() -> None:
    assert set(DEFAULT_ENTITY_MAP.values()) <= set(ENTITIES)
    assert DEFAULT_ENTITY_MAP["US_MBI"] == "HEALTH_PLAN_ID"


class WholeWordRecognizer(EntityRecognizer):
    """A non-pattern recognizer: flags the word 'secret-id' wherever it appears."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["SECRET"], name="whole_word")
        self.seen_artifacts: list[object] = []

    def load(self) -> None:
        pass

    def analyze(self, text, entities, nlp_artifacts=None):  # type: ignore[no-untyped-def]
        self.seen_artifacts.append(nlp_artifacts)
        i = text.find("secret-id")
        return [] if i < 0 else [RecognizerResult("SECRET", i, i + 9, 0.8)]


def test_custom_recognizer_runs_on_all_cells_without_nlp_artifacts() -> None:
    rec = WholeWordRecognizer()
    engine = engine_with(rec, entity_map={"SECRET": "OTHER_ID"})
    assert found(engine, {"a": "x secret-id y", "b": "nothing"}) == [
        ("a", "OTHER_ID", "secret-id", "plugin")
    ]
    assert rec.seen_artifacts == [None, None]


def test_plugins_off_by_default() -> None:
    assert registered()["plugins"](EngineConfig(ner=False)) is None


def test_presidio_spacy_recognizer_with_unmapped_entities_is_refused() -> None:
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    with pytest.raises(PluginError, match=r"NRP|ORGANIZATION"):
        engine_with(SpacyRecognizer())


@pytest.mark.ner
def test_nlp_recognizer_gets_artifacts_on_free_text_only() -> None:
    from presidio_analyzer.predefined_recognizers import SpacyRecognizer

    rec = SpacyRecognizer(supported_entities=["PERSON"])
    assert make_plugin(rec, resolve_entity_map()).needs_nlp
    engine = engine_with(rec, entity_map={})
    text = "Patient Maria Lopez called about her refill"
    assert found(engine, {"message": text, "event_name": "page_view"}) == [
        ("message", "NAME", "Maria Lopez", "plugin")
    ]
