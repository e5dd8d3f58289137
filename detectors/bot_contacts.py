"""A chatbot's own contact points: the clinic's phone and address, repeated in its replies.

An LLM chatbot's log carries its system prompt beside the conversation ("You are the
assistant of Riverside Family Medicine, 1200 Oak Street ... our main line is (614)
555-0142"), and the bot's canned answers repeat those contact points ("Questions? Call us
at (614) 555-0142"). They are the practice's, never a patient's: a phone or an address in a
bot reply that the record's own system prompt also names is dropped; so is a contact point
found in the prompt itself that nothing else in the record names but such replies. A
patient's own email or phone that a personalized prompt injects and the conversation
repeats is still found in both (:mod:`detectors.echo`).

Only the bot's replies are cleared, and only of contact entities: a user's message that
repeats the clinic's number keeps its finding (the user may be giving it as their own
contact, and nothing short of the role says otherwise), and a personalized prompt that
injects the patient's name or date of birth clears nothing of theirs. The roles come from
:func:`detectors.cells.flatten`, which names a ``system`` message's elements
``system_prompt`` and an ``assistant`` (or ``model``) message's ``bot_reply`` in hint paths.

The work is per chunk and vectorized on paths: a chunk without a system prompt (every
export but an LLM log) pays one test per distinct path.
"""

from __future__ import annotations

import re

import numpy as np

from detectors.cells import Cells
from detectors.span_arrays import ENTITY_INDEX, SpanArrays

#: The practice's contact points a bot names: what it tells users to call, write or visit.
CONTACT_ENTITIES = frozenset({"PHONE", "FAX", "EMAIL", "LOCATION", "ZIP_CODE", "URL"})
_CONTACT_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in CONTACT_ENTITIES), dtype=np.int16)
#: Entities compared by their digits (``(614) 555-0142`` and ``614-555-0142`` are one line).
_DIGIT_ENTITIES = frozenset({ENTITY_INDEX["PHONE"], ENTITY_INDEX["FAX"]})
#: A system prompt: a ``system`` message's elements, or the prompt logged as a whole key
#: (Anthropic's ``system``, OpenAI Assistants' ``instructions``).
_PROMPT = re.compile(r"(?:^|\.)(?:system_prompt(?:\.|$)|(?:system|instructions)$)")
#: The text of a bot's reply: ``content`` (a string, or OpenAI / Anthropic text blocks),
#: Gemini's ``parts``; not its tool calls, which carry what the bot captured from the user.
_REPLY = re.compile(r"\.bot_reply\.(?:content|parts)(?:\[\d+\])?(?:\.text)?$")
_NON_DIGIT = re.compile(r"\D+")
_TRAILING = " .,;:!?"
#: Fewest digits for a phone to be compared by digits (a whole number, not a fragment).
MIN_DIGITS = 7


def _path_mask(cells: Cells, pattern: re.Pattern[str]) -> np.ndarray:
    """Per cell: True when its hint path matches ``pattern`` (one test per distinct path)."""
    hits = np.fromiter((bool(pattern.search(p)) for p in cells.paths), bool, len(cells.paths))
    return hits[cells.hint_id]


def _prompts(cells: Cells, is_prompt: np.ndarray) -> dict[int, tuple[str, str]]:
    """Per record with a system prompt: its prompt text, casefolded, and its digits."""
    texts: dict[int, list[str]] = {}
    for cell in np.flatnonzero(is_prompt).tolist():
        texts.setdefault(int(cells.record[cell]), []).append(cells.text[cell])
    out: dict[int, tuple[str, str]] = {}
    for record, parts in texts.items():
        joined = "\n".join(parts)
        out[record] = (joined.casefold(), _NON_DIGIT.sub("", joined))
    return out


def _in_prompt(value: str, entity: int, prompt: tuple[str, str]) -> bool:
    """True when the prompt names ``value`` (by its digits for a phone or a fax)."""
    if entity in _DIGIT_ENTITIES:
        digits = _NON_DIGIT.sub("", value)
        return len(digits) >= MIN_DIGITS and digits in prompt[1]
    # an address's span may take the sentence's full stop ("behind 1200 Oak Street.")
    return value.casefold().rstrip(_TRAILING) in prompt[0]


def drop_bot_contacts(spans: SpanArrays, cells: Cells) -> SpanArrays:
    """``spans`` without the clinic's contact points in bot replies (see module doc)."""
    if len(spans.cell) == 0 or not any(map(_PROMPT.search, cells.paths)):
        return spans
    is_prompt = _path_mask(cells, _PROMPT)
    is_reply = _path_mask(cells, _REPLY)
    contact = np.isin(spans.entity, _CONTACT_CODES)
    in_prompt = contact & is_prompt[spans.cell]
    in_reply = contact & is_reply[spans.cell]
    if not (in_prompt.any() or in_reply.any()):
        return spans
    prompts = _prompts(cells, is_prompt)
    drop = np.zeros(len(spans.cell), dtype=bool)
    for row in np.flatnonzero(in_reply).tolist():
        record, entity, value = _key(spans, cells, row)
        prompt = prompts.get(record)
        drop[row] = prompt is not None and _in_prompt(value, entity, prompt)
    # what the rest of the conversation names (the bot's repetitions of the prompt aside)
    named = {_key(spans, cells, row) for row in np.flatnonzero(contact & ~in_prompt & ~drop)}
    for row in np.flatnonzero(in_prompt).tolist():
        drop[row] = _key(spans, cells, row) not in named
    return spans.take(~drop) if drop.any() else spans


def _key(spans: SpanArrays, cells: Cells, row: int) -> tuple[int, int, str]:
    """``(record, entity, matched text)`` of a span row."""
    cell = int(spans.cell[row])
    value = cells.text[cell][int(spans.start[row]) : int(spans.end[row])]
    return int(cells.record[cell]), int(spans.entity[row]), value
