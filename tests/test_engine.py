"""The engine's contract: findings schema, record indices, thresholds, PHI, plug-in detectors."""

from __future__ import annotations

import re

import numpy as np
import pytest

from detectors import FINDINGS_SCHEMA, Engine, EngineConfig, Span, register, registry
from detectors.registry import build_detectors, registered
from detectors.vocabulary import ENTITIES


class WordDetector:
    """A user-style custom detector: every occurrence of a word, as a given entity."""

    def __init__(self, word: str, entity: str, score: float = 0.9, kind: str = "regex"):
        self.name = f"word_{word}"
        self.entities = frozenset({entity})
        self._word = word
        self._re = re.compile(rf"\b{re.escape(word)}\b")
        self._entity, self._score, self._kind = entity, score, kind

    def detect(self, ctx):
        for cell, m in ctx.finditer(self._re, re.escape(self._word)):
            yield Span(cell, m.start(), m.end(), self._entity, self._score, self._kind)


def _engine(*dets, **cfg):
    return Engine(EngineConfig(ner=False, **cfg), detectors=list(dets))


def test_findings_have_exactly_the_contract_columns_and_absolute_records():
    eng = _engine(WordDetector("diabetes", "HEALTH_CONDITION"))
    res = eng.scan([{"a": "x"}, {"a": "about diabetes"}], source="f.jsonl", first_record=1000)
    assert res.findings.schema.equals(FINDINGS_SCHEMA)
    row = res.findings.to_pylist()[0]
    assert row == {
        "source": "f.jsonl",
        "record": 1001,
        "field": "a",
        "start": 6,
        "end": 14,
        "entity": "HEALTH_CONDITION",
        "category": "health",
        "score": pytest.approx(0.9),
        "detector": "regex",
    }


def test_findings_never_carry_the_matched_text():
    eng = _engine(WordDetector("secretvalue", "OTHER_ID"))
    res = eng.scan([{"a": "id secretvalue"}], source="s")
    for value in res.findings.to_pydict().values():
        assert all("secretvalue" not in str(v) for v in value)


def test_phi_needs_an_identifier_and_health_context_in_the_same_record():
    eng = _engine(
        WordDetector("diabetes", "HEALTH_CONDITION"), WordDetector("maria", "NAME", kind="ner")
    )
    res = eng.scan(
        [
            {"a": "maria", "b": "diabetes"},  # both, different fields: PHI
            {"a": "maria"},  # identifier only
            {"a": "diabetes"},  # health only
            {"a": "maria has diabetes"},  # both in one field
        ],
        source="s",
    )
    assert res.phi.tolist() == [True, False, False, True]
    assert res.phi.dtype == np.bool_


def test_thresholds_and_disabled_entities_filter_findings():
    low = WordDetector("abc", "OTHER_ID", score=0.4)
    url = WordDetector("xyz", "URL", score=0.9)
    rec = [{"a": "abc xyz"}]
    assert _engine(low, url).scan(rec, source="s").findings.num_rows == 0  # URL off by default
    cfg = {"entities": frozenset(ENTITIES), "thresholds": {"OTHER_ID": 0.3}}
    got = _engine(low, url, **cfg).scan(rec, source="s").findings.column("entity").to_pylist()
    assert sorted(got) == ["OTHER_ID", "URL"]


def test_redaction_spans_are_grouped_by_record_and_field_in_full_value_offsets():
    eng = _engine(WordDetector("jane", "NAME"))
    url = "https://x.org/p?who=jane&x=1"
    res = eng.scan([{"u": url}], source="s")
    (span,) = res.redactions[0]["u"]
    assert url[span.start : span.end] == "jane"


def test_unknown_entities_in_config_are_refused():
    with pytest.raises(ValueError, match="unknown entities"):
        EngineConfig(entities=frozenset({"EMAIL", "E_MAIL"}))


def test_custom_detectors_register_like_builtins(monkeypatch):
    # registered for this test only: engines built later must not run it (built-ins are
    # loaded first, or one imported now would register into the throw-away copy)
    monkeypatch.setattr(registry, "_FACTORIES", registered())

    @register("test_custom_word")
    def _factory(config):
        return WordDetector("zebra", "OTHER_ID")

    assert "test_custom_word" in registered()
    (det,) = build_detectors(EngineConfig(ner=False), ["test_custom_word"])
    res = Engine(EngineConfig(ner=False), detectors=[det]).scan([{"a": "a zebra"}], source="s")
    assert res.findings.column("entity").to_pylist() == ["OTHER_ID"]


def test_unknown_detector_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown detector"):
        build_detectors(EngineConfig(ner=False), ["no_such_detector"])


def test_empty_chunk():
    res = _engine(WordDetector("a", "NAME")).scan([], source="s")
    assert res.findings.num_rows == 0
    assert res.phi.shape == (0,)


def test_authenticated_rule_narrows_phi_to_portal_pages():
    from detectors.config import PhiRule

    rule = PhiRule(rule="authenticated", authenticated_urls=("**/portal/**",))
    eng = _engine(
        WordDetector("diabetes", "HEALTH_CONDITION"),
        WordDetector("maria", "NAME", kind="ner"),
        phi=rule,
    )
    res = eng.scan(
        [
            {"url": "https://clinic.example/portal/messages?x=1", "t": "maria diabetes"},
            {"url": "https://clinic.example/blog/diabetes", "t": "maria diabetes"},
        ],
        source="s",
    )
    assert res.phi.tolist() == [True, False]
    assert res.has_identifier.tolist() == [True, True]


def test_session_rule_gives_digests_not_values():
    from detectors.config import PhiRule

    rule = PhiRule(rule="session", session_keys=("user_pseudo_id", "anonymousId"))
    eng = _engine(WordDetector("diabetes", "HEALTH_CONDITION"), phi=rule)
    res = eng.scan(
        [{"user_pseudo_id": "123.456"}, {"anonymousId": "123.456"}, {"x": 1}], source="s"
    )
    a, b, c = res.sessions
    assert a == b and c is None
    assert "123.456" not in a


def test_identifier_values_echo_into_other_fields_of_the_same_record_only():
    eng = Engine(EngineConfig(ner=False))
    res = eng.scan(
        [
            {"Last Name": "Okafor", "Notes": "Called back Okafor; Okaforville is a town"},
            {"Last Name": "Park", "Notes": "Parkinson's support group; Park said yes"},
            {"Notes": "Okafor is not named in this record"},
        ],
        source="s",
    )
    rows = [
        (f["record"], f["field"], f["start"], f["end"], f["detector"])
        for f in res.findings.to_pylist()
        if f["entity"] == "NAME"
    ]
    notes = [r for r in rows if r[1] == "Notes"]
    assert (0, "Notes", 12, 18, "echo") in notes  # "Okafor", not "Okaforville"
    assert (1, "Notes", 27, 31, "echo") in notes  # "Park" after "; ", not "Parkinson"
    assert len(notes) == 2  # record 2 has no value to echo


def test_a_whole_value_echoes_as_a_whole_cell_and_inside_text_but_not_from_itself():
    eng = Engine(EngineConfig(ner=False))
    res = eng.scan(
        [
            {"Last Name": "Okafor", "tag": "Okafor", "memo": "ask Okafor"},
            {"Last Name": "Okafor", "tag": "Okafor-Smith"},  # hyphen: a word edge
            {"Last Name": "Okafor", "tag": "unrelated"},
        ],
        source="s",
    )
    echoes = sorted(
        (f["record"], f["field"], f["start"], f["end"])
        for f in res.findings.to_pylist()
        if f["detector"] == "echo"
    )
    assert echoes == [(0, "memo", 4, 10), (0, "tag", 0, 6), (1, "tag", 0, 6)]


def test_a_date_does_not_echo_into_a_machine_field_but_other_identifiers_do():
    """Gravity Forms stamps an entry's time twice (``Entry Date``, ``Date Updated``)."""
    eng = Engine(EngineConfig(ner=False))
    res = eng.scan(
        [
            {
                "Entry Date": "2024-03-14 15:22:31",
                "Date Updated": "2024-03-14 15:22:31",
                "Last Name": "Okafor",
                "modified_by": "Okafor",
            }
        ],
        source="s",
    )
    found = sorted((f["field"], f["entity"], f["detector"]) for f in res.findings.to_pylist())
    assert ("Date Updated", "DATE", "echo") not in found
    assert ("modified_by", "NAME", "echo") in found


def test_a_place_does_not_echo_into_a_machine_field():
    """A gift acknowledgment's ``Organization Address`` is the foundation's own: the donor's
    city in it is the town they share."""
    eng = Engine(EngineConfig(ner=False))
    res = eng.scan(
        [
            {
                "City": "Charleston",
                "Organization Address": "171 Ashley Ave, Charleston, SC 29425",
                "Notes": "Moved back to Charleston",
            }
        ],
        source="s",
    )
    found = {(f["field"], f["entity"]) for f in res.findings.to_pylist()}
    assert ("City", "LOCATION") in found
    assert ("Notes", "LOCATION") in found
    assert not any(field == "Organization Address" for field, _ in found)


def test_a_place_does_not_echo_into_an_organisations_name():
    """A hospice referral's source hospital is named for the patient's town: the town in
    "Sutter Roseville Medical Center" is the hospital's, but still the patient's in a note."""
    eng = Engine(EngineConfig(ner=False))
    res = eng.scan(
        [
            {
                "patient": {"address": {"city": "Roseville"}},
                "source": {"organization": "Sutter Roseville Medical Center"},
                "Referring Facility": "Roseville Rehab & Nursing",
                "notes": "Lives alone in Roseville, discharged from Sutter Medical Center",
            }
        ],
        source="s",
    )
    found = {(f["field"], f["entity"]) for f in res.findings.to_pylist()}
    assert ("patient.address.city", "LOCATION") in found
    assert ("notes", "LOCATION") in found
    assert ("source.organization", "LOCATION") not in found
    assert ("Referring Facility", "LOCATION") not in found


def test_bare_query_strings_are_split_like_urls():
    eng = Engine(EngineConfig(ner=False))
    text = "?first_name=Susan&dob=8%2F22%2F1978&phone=%2B13035550108"
    res = eng.scan([{"context": {"page": {"search": text}}}], source="s")
    found = {f["entity"]: text[f["start"] : f["end"]] for f in res.findings.to_pylist()}
    assert found["NAME"] == "Susan"
    assert found["DATE"] == "8%2F22%2F1978"
    assert found["PHONE"] == "%2B13035550108"


def test_a_two_word_name_echoes_surname_first_and_in_capitals():
    """A Direct message's or an HL7-fed subject line writes the patient "KOWALSKI, EDMUND"."""
    eng = Engine(EngineConfig(ner=False))
    res = eng.scan(
        [
            {
                "patient": {"name": "Edmund Kowalski"},
                "subject": "Discharge Summary - KOWALSKI, EDMUND - follow-up",
                "memo": "chart of Kowalski, Edmund; EDMUND KOWALSKI called",
            },
            # another record's subject: the search stays inside its own record
            {"subject": "Discharge Summary - KOWALSKI, EDMUND"},
            # a three-word name: its order is not known, so no variant is looked for
            {"patient": {"name": "Ana Maria Lopez"}, "subject": "LOPEZ, ANA MARIA"},
        ],
        source="s",
    )
    echoes = sorted(
        (f["record"], f["field"], f["start"], f["end"])
        for f in res.findings.to_pylist()
        if f["detector"] == "echo"
    )
    assert echoes == [(0, "memo", 9, 25), (0, "memo", 27, 42), (0, "subject", 20, 36)]
