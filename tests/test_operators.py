"""Redaction operators and the policy-driven redactor: outputs, idempotence, types."""

from __future__ import annotations

import datetime as dt

import pytest

from detectors.engine import RedactSpan
from detectors.operators import (
    DROP,
    Drop,
    Generalize,
    Hmac,
    Keep,
    Mask,
    Tag,
    generalize_zip,
    restricted_zip3,
)
from detectors.redact import FieldRule, RedactionRules, Redactor

KEY = b"test-key-0123456789abcdef"


@pytest.mark.parametrize(
    ("op", "matched", "entity", "out"),
    [
        (Keep(), "diabetes", "HEALTH_CONDITION", "diabetes"),
        (Tag(), "jane@x.com", "EMAIL", "<EMAIL>"),
        (Drop(), "jane@x.com", "EMAIL", DROP),
        (Mask(), "312-555-0199", "PHONE", "***-***-****"),
        (Mask(keep_last=4), "312-555-0199", "PHONE", "***-***-0199"),
        (Mask(char="#", keep_last=2), "AB1234", "MRN", "####34"),
        (Generalize(), "62704", "ZIP_CODE", "627"),
        (Generalize(), "62704-1234", "ZIP_CODE", "627"),
        (Generalize(), "03601", "ZIP_CODE", "000"),  # ZIP3 036 holds <= 20,000 people
        (Generalize(), "March 14, 1985", "DATE", "1985"),
        (Generalize(), "03/14/1985", "DATE", "1985"),
        (Generalize(), "3/14/85", "DATE", "<DATE>"),  # no 4-digit year to keep
        # a date written as a number keeps its year as January 1, written the same way:
        # an Excel serial (1962-03-15 -> 1962-01-01), epoch milliseconds and seconds
        (Generalize(), "22720", "DATE", "22647"),
        (Generalize(), "45580.395833", "DATE", "45292"),
        (Generalize(), "631238400000", "DATE", "631152000000"),
        (Generalize(), "479606400", "DATE", "473385600"),
        (Generalize(), "12345678", "DATE", "<DATE>"),  # neither: nothing to keep
        (Generalize(), "92", "AGE_OVER_89", "90+"),
        (Generalize(), "Maria Lopez", "NAME", "<NAME>"),
    ],
)
def test_operator_outputs(op, matched, entity, out):
    assert op.apply(matched, entity) == out


@pytest.mark.parametrize(
    "op", [Keep(), Tag(), Mask(), Mask(keep_last=4), Generalize(), Hmac(key=KEY)]
)
@pytest.mark.parametrize(
    ("matched", "entity"),
    [
        ("jane@x.com", "EMAIL"),
        ("312-555-0199", "PHONE"),
        ("62704", "ZIP_CODE"),
        ("1985-03-14", "DATE"),
        ("93", "AGE_OVER_89"),
    ],
)
def test_operators_are_idempotent(op, matched, entity):
    once = op.apply(matched, entity)
    assert op.apply(once, entity) == once


def test_mask_recognises_its_own_output():
    mask = Mask(keep_last=4)
    assert mask.produces(mask.apply("536-22-8472", "SSN"))  # ***-**-8472
    assert not mask.produces("536-22-8472")
    assert not Mask().produces("8472")


def test_hmac_is_keyed_deterministic_and_normalised():
    a = Hmac(key=KEY)
    b = Hmac(key=KEY)
    other = Hmac(key=b"another-key-0123456789")
    assert a.apply("Jane@X.com", "EMAIL") == b.apply("jane@x.com", "EMAIL")
    assert a.apply("jane@x.com", "EMAIL") != other.apply("jane@x.com", "EMAIL")
    assert a.apply("(312) 555-0199", "PHONE") == a.apply("312.555.0199", "PHONE")
    assert a.apply("jane%40x.com", "EMAIL") == a.apply("jane@x.com", "EMAIL")  # URL-encoded
    assert a.apply("jane&#64;x.com", "EMAIL") == a.apply("jane@x.com", "EMAIL")  # HTML
    out = a.apply("jane@x.com", "EMAIL")
    assert out.startswith("ps_") and len(out) == 3 + 16
    assert a.apply_int(12345, "ONLINE_ID") == b.apply_int(12345, "ONLINE_ID")
    pseudo = a.apply_int(12345, "ONLINE_ID")
    assert -(2**63) <= pseudo < 0  # negative: recognisable, and stable when applied again
    assert a.apply_int(pseudo, "ONLINE_ID") == pseudo


def test_hmac_refuses_short_keys():
    with pytest.raises(ValueError, match="at least 16 bytes"):
        Hmac(key=b"short")


def test_restricted_zip3_list_is_the_hhs_list():
    zips = restricted_zip3()
    assert len(zips) == 17
    assert {"036", "059", "102", "203", "556", "692", "790", "893"} <= zips
    assert generalize_zip("10201") == "000" and generalize_zip("10001") == "100"
    # a leading zero a spreadsheet dropped: four of five digits must not stay
    assert generalize_zip("2134") == "021" and generalize_zip("2134-5678") == "021"
    assert generalize_zip("021") == "021"  # idempotent


def _r(**rules):
    return Redactor(RedactionRules(**rules))


URL = "https://x.org/conditions/diabetes?email=jane%40x.com&dob=1985-03-14&utm=a"
URL_SPANS = [
    RedactSpan(25, 33, "HEALTH_CONDITION"),
    RedactSpan(40, 52, "EMAIL"),
    RedactSpan(57, 67, "DATE"),
]


def test_url_query_values_are_redacted_in_place_or_removed():
    assert [URL[s.start : s.end] for s in URL_SPANS] == ["diabetes", "jane%40x.com", "1985-03-14"]
    keep_health = {"HEALTH_CONDITION": Keep()}
    assert (
        _r(entities=keep_health).text(URL, URL_SPANS, "u")
        == "https://x.org/conditions/diabetes?email=<EMAIL>&dob=<DATE>&utm=a"
    )
    assert (
        _r(url_query="remove").text(URL, URL_SPANS, "u")
        == "https://x.org/conditions/<HEALTH_CONDITION>?utm=a"
    )
    # dropping inside a URL removes the parameter, not the whole URL
    only_email = [URL_SPANS[1]]
    assert _r(default=Drop()).text(URL, only_email, "u") == (
        "https://x.org/conditions/diabetes?dob=1985-03-14&utm=a"
    )
    last = "https://x.org/p?email=jane%40x.com"
    at = last.index("jane")
    assert _r(url_query="remove").text(last, [RedactSpan(at, len(last), "EMAIL")], "u") == (
        "https://x.org/p"
    )


def test_field_rules_beat_entity_rules_beat_the_default():
    rules = RedactionRules(
        default=Tag(),
        entities={"EMAIL": Mask()},
        fields=(FieldRule("user_data.*", Drop()), FieldRule("notes", Keep(), frozenset({"NAME"}))),
    )
    assert rules.operator_for("user_data.em", "EMAIL") == Drop()
    assert rules.operator_for("contact.email", "EMAIL") == Mask()
    assert rules.operator_for("notes", "NAME") == Keep()
    assert rules.operator_for("notes", "PHONE") == Tag()


@pytest.mark.parametrize(
    ("value", "entity", "op", "out"),
    [
        (62704, "ZIP_CODE", Generalize(), 627),
        (3125550199, "PHONE", Tag(), None),  # a tag is not a number: null of its type
        (3125550199, "PHONE", Keep(), 3125550199),
        (dt.date(1985, 3, 14), "DATE", Generalize(), dt.date(1985, 1, 1)),
        (dt.date(1985, 3, 14), "DATE", Tag(), None),
        (22720, "DATE", Generalize(), 22647),  # an Excel serial: January 1 of its year
        (45580.395833, "DATE", Generalize(), 45292.0),
        (631238400000, "DATE", Generalize(), 631152000000),  # epoch milliseconds
        (22720, "DATE", Tag(), None),
        (93, "AGE_OVER_89", Drop(), None),
    ],
)
def test_non_string_values_keep_their_type_or_become_null(value, entity, op, out):
    red = _r(default=op)
    span = [RedactSpan(0, 5, entity)]
    assert red.value(value, span, "f") == out


def test_hmac_of_an_integer_stays_an_integer():
    red = _r(default=Hmac(key=KEY))
    out = red.value(1234567890, [RedactSpan(0, 10, "ONLINE_ID")], "user_id")
    assert isinstance(out, int) and out != 1234567890


def test_numbers_as_strings_when_the_policy_says_so():
    red = _r(default=Tag(), numbers="string")
    assert red.value(3125550199, [RedactSpan(0, 10, "PHONE")], "f") == "<PHONE>"


def test_redacting_a_redacted_record_changes_nothing():
    red = _r(default=Hmac(key=KEY), entities={"ZIP_CODE": Generalize()})
    rec = {"email": "jane@x.com", "zip": "62704"}
    spans = {"email": [RedactSpan(0, 10, "EMAIL")], "zip": [RedactSpan(0, 5, "ZIP_CODE")]}
    once = red.record(rec, spans)
    twice = red.record(
        once,
        {
            "email": [RedactSpan(0, len(once["email"]), "EMAIL")],
            "zip": [RedactSpan(0, 3, "ZIP_CODE")],
        },
    )
    assert twice == once


@pytest.mark.parametrize(
    ("url", "names", "out"),
    [
        ("https://x.org/tr?id=1&a=jane&b=bob", ["jane", "bob"], "https://x.org/tr?id=1"),
        ("https://x.org/tr?id=1&a=jane&b=bob", ["bob"], "https://x.org/tr?id=1&a=jane"),
        ("https://x.org/tr?a=jane&id=1&b=bob", ["jane", "bob"], "https://x.org/tr?id=1"),
        ("https://x.org/tr?a=jane&b=bob#top", ["jane", "bob"], "https://x.org/tr#top"),
        ("https://x.org/tr?a=jane&b=bob&id=1", ["jane", "bob"], "https://x.org/tr?id=1"),
    ],
)
def test_removed_query_pairs_take_exactly_one_separator(url, names, out):
    """The last pairs of a query, removed together, once left their ``&`` behind (a Meta
    Pixel URL under analytics-safe ended ``&ev=PageView&``)."""
    spans = [RedactSpan(url.index(n), url.index(n) + len(n), "NAME") for n in names]
    assert _r(default=Drop(), url_query="remove").text(url, spans, "u") == out


def test_the_policys_own_output_read_as_another_entity_stays():
    """A phone's pseudonym under a GA4 ``address`` key is a LOCATION by field name on a
    rescan: tagging it ``<LOCATION>`` made pseudonymize redaction not idempotent."""
    red = _r(default=Hmac(key=KEY), entities={"LOCATION": Tag(), "NAME": Tag()})
    pseudonym = red.text("312-555-0143", [RedactSpan(0, 12, "PHONE")], "value")
    assert pseudonym is not None and pseudonym.startswith("ps_")
    assert red.text(pseudonym, [RedactSpan(0, len(pseudonym), "LOCATION")], "value") == pseudonym
    tagged = f"c/o <NAME> {pseudonym}"
    spans = [RedactSpan(4, 10, "EMAIL"), RedactSpan(11, len(tagged), "LOCATION")]
    assert red.text(tagged, spans, "value") == tagged
    # a dropping operator still drops: a null is as stable, and keeps nothing
    assert (
        _r(default=Hmac(key=KEY), entities={"LOCATION": Drop()}).text(
            pseudonym, [RedactSpan(0, len(pseudonym), "LOCATION")], "value"
        )
        is None
    )
