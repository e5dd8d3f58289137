"""The README's examples work as printed: the custom detector and the complete policy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from detectors import Engine, EngineConfig
from detectors.policy import load_policy

README = (Path(__file__).resolve().parent.parent / "README.md").read_text()


def _block(after_heading: str, lang: str) -> str:
    section = README.split(after_heading, 1)[1]
    match = re.search(rf"```{lang}\n(.*?)```", section, re.S)
    assert match, f"no {lang} block after {after_heading!r}"
    return match.group(1)


def test_custom_detector_example_registers_and_detects(monkeypatch):
    from detectors import registry
    from detectors.registry import build_detectors

    # the example registers for the whole process: keep it out of later tests' engines
    monkeypatch.setattr(registry, "_FACTORIES", registry.registered())
    namespace: dict = {}
    exec(_block("### Custom detectors", "python"), namespace)

    (det,) = build_detectors(EngineConfig(ner=False), ["patient_code"])
    res = Engine(EngineConfig(ner=False), detectors=[det]).scan(
        [{"note": "ref ZZ-123456 today"}], source="s"
    )
    assert res.findings.to_pylist()[0]["entity"] == "OTHER_ID"


def test_complete_policy_example_loads(tmp_path, monkeypatch):
    policy = _block("A complete policy file:", "yaml")
    (tmp_path / "secrets").mkdir()
    (tmp_path / "secrets" / "hmac.key").write_text("readme-example-key-0123456789\n")
    path = tmp_path / "policy.yaml"
    path.write_text(policy)
    monkeypatch.delenv("PHISTREAM_HMAC_KEY", raising=False)
    pol = load_policy(path)
    assert pol.name == "marketing-team"
    assert {d.name for d in pol.destinations} == {"Meta", "Salesforce"}
    assert pol.engine.plugins, "the example's pattern recognizer is loaded"
    res = Engine(pol.engine).scan([{"note": "patient code ZZ-123456"}], source="s")
    assert "OTHER_ID" in res.findings.column("entity").to_pylist()


@pytest.mark.parametrize("preset", ["safe-harbor", "analytics-safe"])
def test_presets_named_in_the_readme_exist(preset):
    assert f"`{preset}`" in README
    assert load_policy(preset).name == preset
