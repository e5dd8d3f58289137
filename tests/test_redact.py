"""Default redaction: spans replaced by tags, nesting and non-string types kept."""

from __future__ import annotations

from detectors.engine import RedactSpan
from detectors.redact import redact_record, redact_text


def test_redact_text_replaces_spans_in_order():
    text = "mail jane@x.com or call 312-555-0199"
    spans = [RedactSpan(5, 15, "EMAIL"), RedactSpan(24, 36, "PHONE")]
    assert redact_text(text, spans) == "mail <EMAIL> or call <PHONE>"


def test_redact_record_keeps_nesting_and_untouched_values():
    rec = {
        "user": {"email": "jane@x.com", "age": 93, "ok": True},
        "params": [{"key": "q", "value": "jane"}, {"key": "n", "value": 5}],
    }
    spans = {
        "user.email": [RedactSpan(0, 10, "EMAIL")],
        "user.age": [RedactSpan(0, 2, "AGE_OVER_89")],
        "params[0].value": [RedactSpan(0, 4, "NAME")],
    }
    out = redact_record(rec, spans)
    assert out == {
        "user": {"email": "<EMAIL>", "age": None, "ok": True},
        "params": [{"key": "q", "value": "<NAME>"}, {"key": "n", "value": 5}],
    }
    assert rec["user"]["email"] == "jane@x.com"  # the input is not mutated


def test_record_without_spans_is_returned_equal():
    rec = {"a": 1, "b": [1, 2]}
    assert redact_record(rec, {}) == rec


def test_a_field_under_an_empty_key_is_redacted_where_it_is():
    record = {"": {"phone": ["jane.doe@example.com"]}, "phone": ["312-555-0143"]}
    out = redact_record(record, {".phone[0]": (RedactSpan(0, 20, "EMAIL"),)})
    assert out == {"": {"phone": ["<EMAIL>"]}, "phone": ["312-555-0143"]}


def test_overlapping_spans_of_one_encoded_value_get_one_replacement():
    # every finding inside a base64 payload covers the whole payload (offsets.WholeMap)
    text = "https://x.org/t?data=eyJlbWFpbCI6ICJqQHgub3JnIn0&v=2"
    start, end = text.index("eyJ"), text.index("&v")
    spans = [RedactSpan(start, end, "EMAIL"), RedactSpan(start, end, "ONLINE_ID")]
    redacted = redact_record({"u": text}, {"u": spans})["u"]
    assert redacted == "https://x.org/t?data=<EMAIL>&v=2"
    wider = [RedactSpan(start, end - 4, "EMAIL"), RedactSpan(start + 2, end, "PHONE")]
    assert redact_record({"u": text}, {"u": wider})["u"] == "https://x.org/t?data=<EMAIL>&v=2"
