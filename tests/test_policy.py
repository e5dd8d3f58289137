"""Policy files: presets, every section, and one-line errors naming file, line and fix."""

from __future__ import annotations

import textwrap

import pytest

from detectors.operators import Drop, Generalize, Hmac, Keep, Mask, Tag
from detectors.policy import PRESETS, PolicyError, load_policy


@pytest.fixture
def write(tmp_path):
    def _write(text: str, name: str = "policy.yaml"):
        path = tmp_path / name
        path.write_text(textwrap.dedent(text))
        return path

    return _write


@pytest.fixture(autouse=True)
def no_env_key(monkeypatch):
    monkeypatch.delenv("PHISTREAM_HMAC_KEY", raising=False)


def test_default_is_safe_harbor():
    pol = load_policy(None)
    assert pol.name == "safe-harbor"
    r = pol.redaction
    assert isinstance(r.default, Tag)
    assert isinstance(r.entities["ZIP_CODE"], Generalize)
    assert isinstance(r.entities["HEALTH_CONDITION"], Keep)
    assert "URL" not in pol.engine.entities


def test_analytics_safe_drops_identifiers_and_tags_health():
    pol = load_policy("analytics-safe")
    assert isinstance(pol.redaction.default, Drop)
    assert isinstance(pol.redaction.entities["MEDICATION"], Tag)
    assert pol.redaction.url_query == "remove"


def test_pseudonymize_refuses_to_start_without_a_key():
    with pytest.raises(PolicyError, match=r"needs a key.*PHISTREAM_HMAC_KEY"):
        load_policy("pseudonymize")


def test_pseudonymize_key_from_environment(monkeypatch):
    monkeypatch.setenv("PHISTREAM_HMAC_KEY", "a-long-enough-test-key")
    pol = load_policy("pseudonymize")
    assert isinstance(pol.redaction.default, Hmac)
    assert "a-long-enough-test-key" not in str(pol.describe())
    assert "a-long-enough-test-key" not in repr(pol)


def test_only_a_policy_with_pseudonyms_tells_detection_its_outputs(monkeypatch):
    """Whole-value detectors leave values holding a pseudonym (see field_names)."""
    monkeypatch.setenv("PHISTREAM_HMAC_KEY", "a-long-enough-test-key")
    (pattern,) = load_policy("pseudonymize").engine.redaction_outputs
    assert pattern == "ps_[0-9a-f]{16}"
    assert load_policy("safe-harbor").engine.redaction_outputs == ()
    assert load_policy("analytics-safe").engine.redaction_outputs == ()


def test_key_file_relative_to_the_policy(write, tmp_path):
    (tmp_path / "k.key").write_text("file-key-0123456789abcdef\n")
    pol = load_policy(
        write(
            """
            extends: pseudonymize
            hmac: {key_file: k.key, length: 12, prefix: "id_"}
            """
        )
    )
    out = pol.redaction.default.apply("jane@x.com", "EMAIL")
    assert out.startswith("id_") and len(out) == 15
    assert pol.engine.redaction_outputs == ("id_[0-9a-f]{12}",)


def test_a_complete_policy(write):
    pol = load_policy(
        write(
            """
            name: marketing
            redact:
              default: tag
              entities:
                PHONE: {operator: mask, char: "#", keep_last: 4}
                ZIP_CODE: generalize
              fields:
                - match: "user_data.*"
                  operator: drop
                - match: "notes"
                  entities: [NAME]
                  operator: keep
              urls: {query_values: remove}
              numbers: string
            detect:
              disable: [DEVICE_ID]
              thresholds: {DATE: 0.7}
              skip_fields: ["context.library.*"]
              always: {"custom.patient_ref": OTHER_ID}
              allow: ["support@clinic.example"]
              deny: {"Project Falcon": OTHER_ID}
              health_terms: {MEDICATION: ["glowzepam"]}
              ner: "off"
            phi:
              rule: authenticated
              authenticated_urls: ["*/portal/**"]
            destinations:
              - {name: Meta, baa: false, sources: ["**/meta_*"]}
              - {name: Salesforce, baa: true, sources: ["**/salesforce_*"]}
            """
        )
    )
    assert pol.name == "marketing"
    assert pol.redaction.entities["PHONE"] == Mask(char="#", keep_last=4)
    assert pol.redaction.operator_for("user_data.em", "EMAIL") == Drop()
    assert pol.redaction.url_query == "remove" and pol.redaction.numbers == "string"
    eng = pol.engine
    assert "DEVICE_ID" not in eng.entities and eng.threshold("DATE") == 0.7
    assert eng.skip_fields == ("context.library.*",)
    assert eng.field_entities == {"custom.patient_ref": "OTHER_ID"}
    assert eng.deny_terms == {"Project Falcon": "OTHER_ID"}
    assert ("glowzepam", "MEDICATION") in eng.health_terms
    assert eng.ner is False
    assert pol.phi.rule == "authenticated"
    assert [(d.name, d.baa) for d in pol.destinations] == [("Meta", False), ("Salesforce", True)]


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("redact:\n  default: hmca\n", 2, "unknown operator 'hmca' (did you mean 'hmac'?)"),
        (
            "redact:\n  entities:\n    EMAL: tag\n",
            3,
            "unknown entity 'EMAL' (did you mean 'EMAIL'?)",
        ),
        ("redcat:\n  default: tag\n", 1, "unknown policy key 'redcat' (did you mean 'redact'?)"),
        ("detect:\n  skip_fields: ['a[b']\n", 2, "bad glob 'a[b'"),
        ("redact:\n  urls: {query_values: delete}\n", 2, "unknown value 'delete'"),
        ("phi:\n  rule: session\n", 2, "needs session_keys"),
        ("extends: safe-harbour\n", 1, "did you mean 'safe-harbor'"),
        ("detect:\n  thresholds: {DATE: 3}\n", 2, "between 0 and 1"),
        ("redact: [\n", 2, ""),
    ],
)
def test_errors_name_the_file_the_line_and_the_nearest_word(write, text, line, message):
    path = write(text)
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    msg = str(err.value)
    assert msg.startswith(f"{path}:{line}:"), msg
    assert message in msg
    assert "\n" not in msg


def test_unknown_preset_or_missing_file():
    with pytest.raises(PolicyError, match="did you mean the preset 'safe-harbor'"):
        load_policy("safe_harbor")


@pytest.mark.parametrize("preset", PRESETS)
def test_every_preset_loads(preset, monkeypatch):
    monkeypatch.setenv("PHISTREAM_HMAC_KEY", "a-long-enough-test-key")
    assert load_policy(preset).name == preset


def test_no_ner_flag_overrides_policy():
    assert load_policy("safe-harbor", ner=False).engine.ner is False


def test_policy_files_start_from_safe_harbor_unless_told(write):
    inherited = load_policy(write("redact:\n  entities:\n    EMAIL: drop\n", "a.yaml"))
    assert isinstance(inherited.redaction.entities["HEALTH_CONDITION"], Keep)
    assert isinstance(inherited.redaction.entities["EMAIL"], Drop)
    bare = load_policy(write("extends: none\nredact:\n  default: mask\n", "b.yaml"))
    assert "HEALTH_CONDITION" not in bare.redaction.entities
    assert isinstance(bare.redaction.default, Mask)


def test_policy_pattern_recognizers_need_a_contract_entity(write):
    bad = "detect:\n  patterns:\n    - {supported_entity: ZZ_CODE, patterns: []}\n"
    with pytest.raises(PolicyError, match="unknown entity 'ZZ_CODE'"):
        load_policy(write(bad))
