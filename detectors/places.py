"""LOCATION: a known US city where a person says they live, without a model.

"We just moved to Chattanooga", "I live in bakersfield", "Pt lives in Punta Gorda":
a city is a Safe Harbor identifier, and in a chat message, a form answer or a call note
it is the writer's. spaCy's small model misses many of them in short messages, and a
scan without NER has nothing else that reads a bare city (``location`` reads street
addresses and ``City, ST`` pairs).

What counts:
    * a residence or move cue (``live in``, ``lives near``, ``living outside of``,
      ``moved to``, ``relocating to``, ``resides in``, ``I'm in``, ``we're from``...)
      directly followed by
      a city of :data:`US_PLACES` (the longest one that fits, up to four words: "Punta
      Gorda", "Salt Lake City");
    * in mixed-case text the city must be capitalized ("live in Fear" is no town; "live
      in hope" stays English); all-lower-case text (a search box, a quick chat) may write
      it in lower case;
    * the span is the city alone: a state beside it may stay (Safe Harbor keeps states).
    * ``located in`` and ``based in`` are left out: they say where a clinic or a company
      is, not the writer.

The city list is derived from the geocoding data of ``phonenumbers`` (Google's
libphonenumber, Apache-2.0): the "City, ST" descriptions of US number prefixes, 6,559
distinct names. ``python -m detectors.places --build`` writes ``data/us_places.txt``
again from the installed package; nothing is read from the network.

The cue screen is one RE2 pass over non-machine cells; the city lookup is a set lookup on
the one to four words after each cue.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from importlib.resources import files

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.location import STATE_CODES
from detectors.registry import register
from detectors.spans import Span

ENTITY = "LOCATION"
SCORE = 0.8
DATA_FILE = "us_places.txt"
_CUE = (
    r"(?:li(?:ve|ves|ving|ved)|resid(?:e|es|ing|ed))\s+(?:in|near|outside(?:\s+of)?)"
    r"|(?:i'?m|i am|we'?re|we are)(?:\s+(?:now|currently|originally))?\s+(?:in|from)"
    r"|(?:mov(?:e|ed|es|ing)|relocat(?:e|ed|es|ing))(?:\s+(?:back|here|down|up|over))?\s+to"
)
PREFILTER = r"(?i)\b(?:" + _CUE + r")\s"
_CUE_RE = re.compile(r"(?<![\w'])(?i:" + _CUE + r")\s+")
_WORDS = re.compile(r"[A-Za-z][A-Za-z.'-]*")
MAX_WORDS = 4


@functools.cache
def us_places() -> frozenset[str]:
    """Lower-case names of the US cities in :data:`DATA_FILE` (loaded once per process)."""
    text = files("detectors").joinpath("data", DATA_FILE).read_text(encoding="utf-8")
    return frozenset(line.split("\t", 1)[0].lower() for line in text.splitlines() if line)


class PlaceDetector:
    """A known US city right after a residence or move cue."""

    name = "places"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        texts = ctx.cells.text
        for cell in ctx.candidates(PREFILTER, skip_system=True).tolist():
            for start, end in cities_in(texts[cell]):
                yield Span(cell, start, end, ENTITY, SCORE, "regex")


def cities_in(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each known city right after a residence or move cue."""
    places = us_places()
    lower_text = text == text.lower()
    out = []
    for cue in _CUE_RE.finditer(text):
        words = []
        for m in _WORDS.finditer(text, cue.end()):
            if len(words) == MAX_WORDS or (words and text[words[-1].end() : m.start()] != " "):
                break
            if not words and m.start() != cue.end():
                break
            words.append(m)
        for n in range(len(words), 0, -1):
            first, last = words[0], words[n - 1]
            name = text[first.start() : last.end()].rstrip(".")
            if name.lower() not in places:
                continue
            if lower_text or all(w.group()[0].isupper() for w in words[:n]):
                out.append((first.start(), first.start() + len(name)))
            break
    return out


def build(out_path: str) -> int:
    """Write ``City<TAB>ST`` lines of the US descriptions in phonenumbers' geocoding data;
    returns the number of distinct city names."""
    from phonenumbers.geodata import GEOCODE_DATA

    pairs: set[tuple[str, str]] = set()
    for prefix, names in GEOCODE_DATA.items():
        desc = names.get("en") if prefix.startswith("1") and isinstance(names, dict) else None
        m = re.fullmatch(r"(.+), ([A-Z]{2})", desc or "")
        if m and m.group(2) in STATE_CODES:
            pairs.add((m.group(1), m.group(2)))
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.writelines(f"{city}\t{state}\n" for city, state in sorted(pairs))
    return len({city for city, _ in pairs})


@register("places")
def _factory(config: EngineConfig) -> PlaceDetector | None:
    return PlaceDetector() if ENTITY in config.entities else None


if __name__ == "__main__":  # pragma: no cover - a maintainer's command
    if sys.argv[1:] != ["--build"]:
        sys.exit("usage: python -m detectors.places --build")
    target = str(files("detectors").joinpath("data", DATA_FILE))
    print(f"{build(target):,} city names -> {target}")
