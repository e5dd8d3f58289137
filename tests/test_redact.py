"""Default redaction: spans replaced by tags, nesting and non-string types kept."""

from __future__ import annotations

import datetime as dt

from detectors.cells import flatten
from detectors.engine import RedactSpan
from detectors.redact import _plan, redact_record, redact_text


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


# -- following the flattener's keys gives what matching path strings gives ----------------


def _keyed_equals_walked(records: list[dict], spans: list[dict]) -> list[dict]:
    """Redact each record with the chunk's field keys and by path strings; the results
    must be equal (types included: ``[1] != (1,)``). Returns the keyed results."""
    field_keys = flatten(records).field_keys
    out = []
    for record, by_field in zip(records, spans, strict=True):
        keyed = redact_record(record, by_field, field_keys)
        assert keyed == redact_record(record, by_field)
        out.append(keyed)
    return out


def _follows_keys(record: dict, by_field: dict, records: list[dict] | None = None) -> bool:
    return _plan(by_field, flatten(records or [record]).field_keys) is not None


EMAIL = (RedactSpan(0, 10, "EMAIL"),)


def test_keys_holding_dots_and_brackets_are_followed_not_parsed():
    record = {
        "user.email": "jane@x.com",
        "tags[0]": ["jane@x.com", "b"],
        "a": {"b.c": {"d[1]": "jane@x.com"}, "e": "jane@x.com"},
    }
    spans = {"user.email": EMAIL, "tags[0][0]": EMAIL, "a.b.c.d[1]": EMAIL}
    (out,) = _keyed_equals_walked([record], [spans])
    assert out == {
        "user.email": "<EMAIL>",
        "tags[0]": ["<EMAIL>", "b"],
        "a": {"b.c": {"d[1]": "<EMAIL>"}, "e": "jane@x.com"},
    }
    assert _follows_keys(record, spans)


def test_a_path_two_key_sequences_spell_falls_back_to_path_strings():
    # "a.b" is both the key "a.b" and a -> b: the string walk redacts both (and writes a
    # tag into the empty one); following keys must not differ, so it is not used
    record = {"a.b": "jane@x.com", "a": {"b": ""}, "c": "jane@x.com"}
    spans = {"a.b": EMAIL, "c": EMAIL}
    (out,) = _keyed_equals_walked([record], [spans])
    assert out == {"a.b": "<EMAIL>", "a": {"b": "<EMAIL>"}, "c": "<EMAIL>"}
    assert flatten([record]).field_keys["a.b"] is None
    assert not _follows_keys(record, spans)
    assert _follows_keys(record, {"c": EMAIL})  # other paths of the chunk are not ambiguous


def test_an_empty_key_is_followed():
    record = {"": {"phone": ["jane@x.com"], "": "jane@x.com"}, "phone": ["312-555-0143"]}
    spans = {".phone[0]": EMAIL, ".": EMAIL}
    (out,) = _keyed_equals_walked([record], [spans])
    assert out == {"": {"phone": ["<EMAIL>"], "": "<EMAIL>"}, "phone": ["312-555-0143"]}
    assert _follows_keys(record, spans)


def test_key_value_lists_with_different_parameters_at_one_index():
    def params(*names: str) -> dict:
        return {
            "event_params": [{"key": n, "value": {"string_value": "jane@x.com"}} for n in names]
        }

    records = [params("page_title", "email"), params("email", "page_title", "form_email")]
    spans = [
        {"event_params[1].value.string_value": EMAIL},
        {
            "event_params[0].value.string_value": EMAIL,
            "event_params[2].value.string_value": EMAIL,
        },
    ]
    first, second = _keyed_equals_walked(records, spans)
    assert [p["value"]["string_value"] for p in second["event_params"]] == [
        "<EMAIL>",
        "jane@x.com",
        "<EMAIL>",
    ]
    assert second["event_params"][1] is records[1]["event_params"][1]  # shared, not copied
    assert first["event_params"][1]["value"]["string_value"] == "<EMAIL>"
    assert all(_follows_keys(r, s, records) for r, s in zip(records, spans, strict=True))


def test_nested_lists_and_tuples_are_rebuilt_as_the_string_walk_does():
    record = {
        "a": [[{"b": "jane@x.com"}, "x"], ("y", "jane@x.com")],
        "t": ("jane@x.com", "z"),
        "keep": ("u", "v"),
    }
    spans = {"a[0][0].b": EMAIL, "a[1][1]": EMAIL, "t[0]": EMAIL}
    (out,) = _keyed_equals_walked([record], [spans])
    assert out == {
        "a": [[{"b": "<EMAIL>"}, "x"], ["y", "<EMAIL>"]],
        "t": ["<EMAIL>", "z"],
        "keep": ("u", "v"),
    }
    assert out["keep"] is record["keep"]
    assert _follows_keys(record, spans)


def test_a_record_with_nothing_to_redact_is_copied_whole():
    records = [{"a": {"b": "x"}}, {"a": {"b": "jane@x.com"}}]
    spans: list[dict] = [{}, {"a.b": EMAIL}]
    first, _second = _keyed_equals_walked(records, spans)
    assert first == records[0]
    assert first is not records[0]
    assert first["a"] is records[0]["a"]


def test_non_string_leaves_are_redacted_as_by_the_string_walk():
    record = {"user": {"age": 93, "zip": 60614, "when": dt.date(1985, 3, 14)}}
    spans = {
        "user.age": (RedactSpan(0, 2, "AGE_OVER_89"),),
        "user.zip": (RedactSpan(0, 5, "ZIP_CODE"),),
        "user.when": (RedactSpan(0, 10, "DATE"),),
    }
    (out,) = _keyed_equals_walked([record], [spans])
    assert out == {"user": {"age": None, "zip": None, "when": None}}
    assert _follows_keys(record, spans)


def test_unknown_keys_fall_back_to_path_strings():
    record = {"a": {"b": "jane@x.com"}}
    spans = {"a.b": EMAIL}
    assert redact_record(record, spans, {}) == redact_record(record, spans)
    assert redact_record(record, spans, {"other": ("other",)}) == {"a": {"b": "<EMAIL>"}}
