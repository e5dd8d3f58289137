"""Ambiguous clinical abbreviations count as conditions only in medical-history lists."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("history_lists",)))


def _found(engine: Engine, text: str) -> list[str]:
    rows = engine.scan([{"notes": text}], source="t").findings.to_pylist()
    assert all(r["entity"] == "HEALTH_CONDITION" for r in rows)
    return [text[r["start"] : r["end"]] for r in rows]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PMH: CHF, MS.", ["MS"]),
        ("Reports headaches.\nPMH: OSA, RA.\nNew address: 12 Elm St", ["RA"]),
        ("Hx: DM, MI and PE", ["DM", "MI", "PE"]),
        ("history of MI in 2019", ["MI"]),
        ("h/o CP, seen in ED", ["CP"]),
        ("Hx RA on quetiapine. Pair", ["RA"]),
        ("Dx - RA | Referral: ortho", ["RA"]),
    ],
)
def test_abbreviations_in_history_lists(engine: Engine, text: str, expected: list[str]) -> None:
    assert _found(engine, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Spoke with MS Lopez about billing",  # Ms.
        "Sent a DM on Instagram",
        "Moved from MI last year",  # Michigan
        "PE teacher at Lincoln High",
        "PMH: none. MS Word attachment sent",  # after the list ended
        "Browsing history: PE class schedule",  # not a medical history
        "pmh: ms",  # lower case: not the abbreviation
    ],
)
def test_everyday_meanings_are_not_conditions(engine: Engine, text: str) -> None:
    assert _found(engine, text) == []
