"""The second look at glued cells, and replacements that fit the URL they land in."""

from __future__ import annotations

from urllib.parse import unquote_plus

import pytest

from detectors.cells import flatten
from detectors.glued import glued_cells, second_look, tagged
from detectors.policy import load_policy
from detectors.redact import Redactor
from detectors.spans import Span


def _found(engine, text: str) -> list[tuple[str, str]]:
    rows = engine.scan([{"notes": text}], source="s").findings.to_pylist()
    return sorted((r["entity"], text[r["start"] : r["end"]]) for r in rows)


def test_only_cells_with_a_finding_glued_to_more_text_get_a_second_look():
    texts = ["call 3125550143 now", "1985-03-14fb.1.17", "x:17jane@x.org", "(a@b.org)"]
    spans = [
        Span(0, 5, 15, "PHONE", 0.9, "regex"),
        Span(1, 10, 17, "ONLINE_ID", 0.9, "regex"),
        Span(2, 2, 14, "EMAIL", 0.9, "regex"),
        Span(3, 1, 8, "EMAIL", 0.9, "regex"),
    ]
    assert list(glued_cells(spans, texts)) == [1, 2]  # a space, parentheses: not glued


def test_a_second_look_returns_only_what_is_new():
    """A health term beside a tag is found again on every look; it is no reason to look
    once more (the engine used to repeat every look for such cells)."""
    cells = flatten([{"notes": "diabetes MRN 00123456GA1.1.17"}])
    text = cells.text[0]
    known = [
        Span(0, 0, 8, "HEALTH_CONDITION", 0.9, "dictionary"),
        Span(0, 13, 21, "MRN", 0.9, "regex"),
    ]
    seen: list[str] = []

    def detect(subset):
        seen.extend(subset.text)
        tag_at = subset.text[0].index("<MRN>") + len("<MRN>")
        return [
            Span(0, 0, 8, "HEALTH_CONDITION", 0.9, "dictionary"),  # known: dropped
            Span(0, tag_at, len(subset.text[0]), "ONLINE_ID", 0.9, "regex"),  # new
        ]

    found = second_look(cells, known, detect)
    assert seen == ["diabetes MRN <MRN>GA1.1.17"]
    assert [(s.entity, text[s.start : s.end]) for s in found] == [("ONLINE_ID", "GA1.1.17")]
    # a later look checks only the cells the last one changed
    assert second_look(cells, known, detect, among=set()) == []


def test_tagging_keeps_the_offsets_of_what_is_around_the_tags():
    text = "ab 1985-03-14fb.1.17 cd"
    spans = [Span(0, 3, 13, "DATE", 0.9, "regex"), Span(0, 13, 20, "ONLINE_ID", 0.9, "regex")]
    new, tags = tagged(text, spans)
    assert new == "ab <DATE><ONLINE_ID> cd"
    start, end, shift = tags[-1]
    assert new[start:end] == "<ONLINE_ID>"
    assert text[end + shift :] == new[end:] == " cd"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "DOB 1985-03-14fb.1.1700000000000.AbCdEf123",
            [("DATE", "1985-03-14"), ("ONLINE_ID", "fb.1.1700000000000.AbCdEf123")],
        ),
        (
            "MRN 00123456GA1.1.1234567890.1700000000",
            [("MRN", "00123456"), ("ONLINE_ID", "GA1.1.1234567890.1700000000")],
        ),
        (  # the phone opens after the card's tag, as a rescan would see it
            "4111 1111 1111 1111+44 20 7946 0958",
            [("CREDIT_CARD", "4111 1111 1111 1111"), ("PHONE", "+44 20 7946 0958")],
        ),
        (  # a generalized age glued to digits must not turn them into a phone number
            "age 93+44 20 7946 0958",
            [("AGE_OVER_89", "93"), ("PHONE", "+44 20 7946 0958")],
        ),
    ],
)
def test_identifiers_glued_together_are_all_found_on_the_first_scan(engine_no_ner, text, expected):
    assert _found(engine_no_ner, text) == expected


def test_a_generalized_age_in_a_query_value_is_encoded_so_it_reads_back_the_same():
    redactor = Redactor(load_policy("safe-harbor").redaction)
    url = "/portal/visit?age=93&q=flu"
    start = url.index("93")
    out = redactor.text(url, [(start, start + 2, "AGE_OVER_89")], "page")
    assert out == "/portal/visit?age=90%2B&q=flu"
    assert unquote_plus(out.split("age=")[1].split("&")[0]) == "90+"
    # outside a URL the generalization is written as it is
    assert redactor.text("age 93", [(4, 6, "AGE_OVER_89")], "notes") == "age 90+"
