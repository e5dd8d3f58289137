"""The clinic's contact points in a chatbot's replies (detectors/bot_contacts.py): dropped
where the record's system prompt names them, kept everywhere else."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig

PROMPT = (
    "You are the assistant of Riverside Family Medicine, 1200 Oak Street, Columbus, OH "
    "43215. Our main line is (614) 555-0142; email frontdesk@riversidefm.org."
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


def _chat(reply: str, user: str = "where do I park?", *, prompt: str = PROMPT) -> dict:
    return {
        "messages": [
            {"role": "system", "content": prompt},
            {"role": "user", "content": user},
            {"role": "assistant", "content": reply},
        ]
    }


@pytest.mark.parametrize(
    "reply",
    [
        "Call us at (614) 555-0142.",
        "Our number is 614-555-0142, open 8-5.",
        "Write to frontdesk@riversidefm.org any time.",
        "Parking is behind 1200 Oak Street.",
    ],
)
def test_a_bot_reply_naming_the_prompts_contacts_finds_nothing(engine, reply) -> None:
    assert found_fields(engine, _chat(reply)) == set()


def test_a_bot_reply_in_text_blocks_is_cleared_too(engine) -> None:
    record = _chat("x")
    record["messages"][2]["content"] = [{"type": "text", "text": "Call (614) 555-0142."}]
    assert found_fields(engine, record) == set()


@pytest.mark.parametrize(
    ("record", "field", "entity"),
    [
        # the user's own number, repeated by the bot: not the clinic's
        (
            _chat("I have 614-882-1937 as your number.", "call me at 614-882-1937"),
            "messages[2].content",
            "PHONE",
        ),
        # the user giving the clinic's number is left to the user's words
        (_chat("Thanks!", "is (614) 555-0142 your number?"), "messages[1].content", "PHONE"),
        # no system prompt in the record: nothing says the number is the clinic's
        (
            {"messages": [{"role": "assistant", "content": "Call us at (614) 555-0142."}]},
            "messages[0].content",
            "PHONE",
        ),
        # a name the prompt injects stays the patient's in the bot's reply
        (
            _chat("Hi Dana Whitfield, call us at 614-882-1937.", prompt="The user is Dana."),
            "messages[2].content",
            "PHONE",
        ),
    ],
)
def test_other_contacts_are_kept(engine, record, field, entity) -> None:
    assert (field, entity) in found_fields(engine, record)


def test_a_patients_email_injected_in_the_prompt_and_repeated_is_kept(engine) -> None:
    record = _chat(
        "I'll send it to rkim@icloud.com.",
        "my email is rkim@icloud.com",
        prompt="Intake assistant. The signed-in user's email is rkim@icloud.com.",
    )
    found = found_fields(engine, record)
    assert ("messages[0].content", "EMAIL") in found
    assert ("messages[1].content", "EMAIL") in found


def test_an_anthropic_log_with_its_prompt_as_a_whole_key(engine) -> None:
    record = {
        "system": PROMPT,
        "messages": [
            {"role": "user", "content": [{"type": "text", "text": "where are you?"}]},
            {"role": "assistant", "content": [{"type": "text", "text": "At 1200 Oak Street."}]},
        ],
    }
    assert found_fields(engine, record) == set()
