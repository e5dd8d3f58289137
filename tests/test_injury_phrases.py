"""Injuries told in a person's own words, and pains told by the movement that brings them
on, are health context in any readable text (detectors/injury_phrases.py)."""

from __future__ import annotations

import pytest
from helpers import found, table_tests

from detectors import Engine, EngineConfig
from detectors.injury_phrases import injury_spans

HC = "HEALTH_CONDITION"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


POSITIVES = [
    # an orthopaedic clinic's lead form and a parent's call transcript
    (
        "injury_description",
        "I think I tore my ACL playing basketball Saturday",
        [(HC, "tore my ACL")],
    ),
    (
        "transcription",
        "my son hurt his wrist at hockey last night, can he be seen today?",
        [(HC, "hurt his wrist")],
    ),
    # a side between the possessive and the part, an article for the possessive
    ("message", "She rolled her left ankle at practice", [(HC, "rolled her left ankle")]),
    ("notes", "Pulled a hamstring in the second half", [(HC, "Pulled a hamstring")]),
    ("comment", "Blew out my knee skiing in March", [(HC, "Blew out my knee")]),
    # a pain by the movement that brings it on (a Meta lead's "how did it happen?")
    (
        "how_did_it_happen?",
        "pitching - pain when throwing overhead for 3 weeks",
        [(HC, "pain when throwing")],
    ),
    ("review", "My shoulder hurts when I swim", [(HC, "hurts when I swim")]),
]

NEGATIVES = [
    # idioms: persuaded, teased, good luck, finished the worst of it
    ("message", "OK you twisted my arm, I'll come to the fundraiser"),
    ("comment", "Are you pulling my leg? Pull my leg again and see"),
    ("message", "Break a leg at the recital tonight!"),
    ("notes", "We finally broke the back of the backlog this sprint"),
    # a vendor's pain points are office tasks, not movements
    ("description", "Tired of the pain with billing and the pain when onboarding staff?"),
    # no body part after the possessive
    ("notes", "He broke his phone and hurt his chances"),
]

test_injury_positives, test_injury_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_injury_spans_run_from_the_verb_to_the_part() -> None:
    text = "Tore my right ACL and sprained the MCL, surgery next week"
    assert [text[s:e] for s, e in injury_spans(text)] == ["Tore my right ACL", "sprained the MCL"]


def test_an_injury_with_a_phone_is_phi(engine: Engine) -> None:
    record = {
        "customer_phone_number": "+16125550143",
        "transcription": "my son hurt his wrist at hockey, I think it might be broken",
    }
    assert bool(engine.scan([record], source="t").phi[0])


def test_titles_and_machine_fields_are_not_read(engine: Engine) -> None:
    """A page title and a campaign name are copy, an event name a machine field."""
    assert found(engine, {"page_title": "How I Tore My ACL and Came Back | Blog"}) == []
    assert found(engine, {"event_name": "tore_my_acl_quiz_start"}) == []
