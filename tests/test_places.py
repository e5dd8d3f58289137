"""The places family: a known US city right after a residence or move cue."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig
from detectors.places import build, us_places


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("places",)))


LOC = "LOCATION"

POSITIVES = [
    ("message", "We just moved to Chattanooga last month", [(LOC, "Chattanooga")]),
    ("message", "i live in bakersfield and need a dermatologist", [(LOC, "bakersfield")]),
    ("notes", "Pt lives in Punta Gorda, FL with daughter", [(LOC, "Punta Gorda")]),
    ("message", "moved back to Salt Lake City, UT last year", [(LOC, "Salt Lake City")]),
    ("message", "I live in St. Louis.", [(LOC, "St. Louis")]),
    ("answer", "I'm in Riverside, is there a clinic near me?", [(LOC, "Riverside")]),
    (
        "notes",
        "relocating to Boise in May; resides in Tacoma now",
        [(LOC, "Boise"), (LOC, "Tacoma")],
    ),
    (
        "message",
        "I'm originally from Dayton but we live near Toledo",
        [(LOC, "Dayton"), (LOC, "Toledo")],
    ),
    ("message", "we live outside of Fresno", [(LOC, "Fresno")]),
]

NEGATIVES = [
    ("message", "We live in fear of the bill"),
    ("message", "I am in pain since the fall"),
    ("message", "I'm from Aetna calling about a claim"),  # no town
    ("message", "we live near the hospital"),
    ("message", "I live in Fear"),  # a word that is no town
    ("message", "Our office is located in Springfield"),  # the clinic's place, not hers
    ("message", "caller from Springfield wants info"),  # no residence cue
    ("message", "moved to the new portal"),
    ("message", "we moved to Epic last year"),  # a system, not a town
    ("message", "I live in a small town near Springfield"),
    ("event_name", "moved_to_chattanooga"),  # no cue as written
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_the_list_is_the_build_of_the_installed_geocoding_data(tmp_path):
    """``data/us_places.txt`` is what ``python -m detectors.places --build`` writes; a newer
    phonenumbers may add or rename a few places, never most of them."""
    fresh = tmp_path / "us_places.txt"
    assert build(str(fresh)) > 6000
    rebuilt = {line.split("\t")[0].lower() for line in fresh.read_text().splitlines()}
    shipped = us_places()
    assert len(shipped & rebuilt) >= 0.95 * len(shipped)
    assert {"chattanooga", "punta gorda", "salt lake city", "st. louis"} <= shipped
