"""End to end: plant an identifier, scan, redact with the default policy, and check that
no piece of it (a surname, a street name, the digits of a number, an email's local part)
is left in the redacted record.

A finding that covers only part of an identifier is worse than none in one way: the
report says it was handled. These cases are the shapes that once left a piece behind.
"""

from __future__ import annotations

import json

import pytest
from helpers import redacted

from detectors import Engine
from detectors.redact import Redactor


@pytest.fixture(scope="module")
def engine(engine_no_ner: Engine) -> Engine:
    return engine_no_ner


@pytest.fixture(scope="module")
def redactor(safe_harbor_redactor: Redactor) -> Redactor:
    return safe_harbor_redactor


def _redacted(engine: Engine, redactor: Redactor, record: dict[str, object]) -> str:
    return json.dumps(redacted(engine, redactor, record), ensure_ascii=False)


#: (text, pieces): an identifier planted in a note, and the pieces of it that must not be
#: left in the redacted note (also redacted under every preset in
#: ``test_redaction_idempotence``).
PLANTED = [
    # typographic look-alikes of ASCII separators and digits (detectors.cells.fold)
    ("call me at 312\u2013847\u20132290", ["847", "2290"]),
    ("call me at 312\u2014847\u20142290", ["847", "2290"]),
    ("call me at 312\u2212847\u22122290", ["847", "2290"]),
    ("call me at 312\u00a0847\u00a02290", ["847", "2290"]),
    (
        "call me at \uff13\uff11\uff12-\uff18\uff14\uff17-\uff12\uff12\uff19\uff10",
        ["\uff12\uff12\uff19\uff10"],
    ),
    ("SSN: 536\u201322\u20138410", ["8410"]),
    ("SSN: 536\u221222\u22128410", ["8410"]),
    ("DOB: 03\u201314\u20131962", ["03\u201314"]),
    ("DOB: March\u00a014,\u00a01962", ["March", "14"]),
    ("email jane.doe\uff20gmail.com", ["jane.doe"]),
    ("email: jane.o'brien@gmail.com", ["jane.o", "brien"]),
    ("DOB:03/14/1962 Sex:F", ["03/14"]),
    ("call me at 312-847-2290 ext. 204", ["847", "204"]),
    # names that once stopped at a particle, an initial or a letter outside Latin-1
    ("Spoke with Maria de la Cruz", ["Maria", "Cruz"]),
    ("Dr. Pieter van der Berg called", ["Pieter", "Berg"]),
    ("Spoke with Jane Q. Public", ["Jane", "Public"]),
    ("Dr. J. R. Smith called", ["Smith"]),
    ("Emergency contact: Ana María García López", ["María", "García", "López"]),
    ("Dr. Nguyễn Văn Minh called", ["Nguy", "Văn", "Minh"]),
    ("Dr.Jane Doe called", ["Jane", "Doe"]),
    (
        '{"first_name": "José", "last_name": "Núñez", "email": "jn@gmail.com"}',
        ["José", "Núñez", "jn@"],
    ),
    ("<p>Name: <b>Jane Doe</b></p>", ["Jane", "Doe"]),
    # streets and places that once stopped at an apostrophe or a fraction, or were missed
    ("lives at 77 O\u2019Connell St", ["Connell"]),
    ("lives at 123 1/2 Main St", ["Main"]),
    ("lives at 4417 Calle de la Rosa", ["4417", "Rosa"]),
    ("lives at N8W22195 Hwy 164, Waukesha, WI", ["N8W22195", "164", "Waukesha"]),
    ("mail to RR 2 Box 15", ["Box 15"]),
    ("lives in Coeur d'Alene, ID", ["Coeur", "Alene"]),
]


def planted_note(text: str) -> dict[str, object]:
    """The record a planted text is tested in: a note with health context."""
    return {"notes": f"{text} about her diabetes"}


@pytest.mark.parametrize(("text", "pieces"), PLANTED)
def test_no_piece_is_left_in_notes(
    engine: Engine, redactor: Redactor, text: str, pieces: list[str]
) -> None:
    out = _redacted(engine, redactor, planted_note(text))
    assert [p for p in pieces if p in out] == [], out


ADDRESS_BLOCK = {"address_block": "Jane Doe\n123 Main St\nSpringfield, IL 62704", "dx": "asthma"}


def test_a_street_on_the_line_before_its_city_is_redacted_whole(
    engine: Engine, redactor: Redactor
) -> None:
    """A CSV cell with embedded newlines: "St\\nSpringfield" was read as a city, and the
    street before it ("123 Main") stayed."""
    out = _redacted(engine, redactor, ADDRESS_BLOCK)
    assert "Main" not in out and "Springfield" not in out, out
