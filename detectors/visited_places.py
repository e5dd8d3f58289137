"""Health context in the places location data puts a device or a person: the care setting
a geofence, a point of interest, a venue or a zone is named for.

Location intelligence and foot-traffic vendors export, with every device they saw, the
place they saw it at: a geofence delivery log's ``Geofence Name`` ("Planned Parenthood -
5th St", "Competitor ER"), a visits file's ``venue.name`` and ``venue.category``
("Medical Center > Urgent Care"), an attribution file's ``POI Name`` and ``POI Category``
("Oncology"), a DSP's ``Conversion Zone`` ("Piedmont Urgent Care - Buckhead"), a location
SDK's ``geofence.description`` ("Women's Health Center - Midtown"), a hospital's RTLS or
beacon feed's ``Zone`` ("ED - Behavioral Health Hold"), a wayfinding app's saved
``destinations[].label`` ("Labor & Delivery - 4th Floor"). The device was there: the
place's care is the person's health context, as a ride's destination is
(:mod:`detectors.health_fields`). The dictionary stops bare specialty names (a banner's
"Urgent Care" names no one) and has no word for a hospital; in these fields they say
where the person was.

So, in fields whose key names a visited place (:data:`PLACE_WORDS`, and a ``location`` or
``place`` name or category: :data:`NAMED_PLACES`) and holds its name, category,
description or label (:data:`ATTRIBUTE_WORDS`), a care specialty of
``data/specialties.txt`` (general care aside, as a destination reads it), a hospital unit's
care word (:data:`detectors.health_fields.UNIT_CARE_WORDS`: infusion, dialysis) or a care
setting (:data:`CARE_SETTINGS`: a hospital, a medical center, an emergency room, ``ER`` in
capitals) is a PROCEDURE, kind ``health_field`` (below the dictionary, whose terms keep
their own spans).

Decisions worth knowing:
    * Only in a chunk that puts a person or a device on its rows (a device's advertising
      id, a hashed device id, an online id, an MRN, a name, an email or a phone, or a
      device's coordinates): a POI catalog, a geofence's configuration, a beacon
      inventory and a weekly visits report describe places and name no one, and their
      words are left to the dictionary.
    * A veterinary place ("Banfield Pet Hospital", "VCA Animal Hospital") is no one's
      care (:mod:`detectors.animal_records` drops an animal's findings the same way).
    * A retail chain, a restaurant and a store are no care setting: "The Home Depot",
      "McDonald's - Commerce St" find nothing.
    * A venue in an event's export (a ticket column, an event's name or start beside it:
      Eventbrite's attendee report's ``Venue`` = "Crestview Hospice Community Room") is
      the room the event is held in, not a place a device was seen at: not read there
      (tests/test_hospice_decedent_records.py's grief group registration).
    * A bare ``department`` or ``unit`` is read only beside a beacon (a wayfinding SDK's
      ranging event: the department the phone was in); elsewhere it is a staff list's or a
      directory's column as often (:mod:`detectors.health_fields` reads it beside an MRN).
    * A place named only by ``location`` or ``place`` (``Location Name``,
      ``place_category``) is not read in a web-analytics event (a chunk with a page's
      location or URL: GA4's ``page_location``, Segment's ``context.page.url``): a booking
      event's ``location_name`` ("Westside Urgent Care") is the practice's location the
      form offers, as the bundled sample data's gold decides (clinic names are not
      labelled), not a place a device was seen at.
    * Links and page paths are not read; ids and codes are not named places.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens
from detectors.geocodes import coordinate_field
from detectors.health_fields import GENERAL_CARE, UNIT_CARE_WORDS, specialties
from detectors.registry import register
from detectors.spans import Span

KIND = "health_field"
ENTITY = "PROCEDURE"
SCORE = 0.6

#: Key words of a place location data ties a device to: a geofence (a ``fence`` of a DSP's
#: log), a point of interest, a venue, a conversion zone or a beacon's and an RTLS
#: system's zone, a wayfinding app's destination.
PLACE_WORDS = frozenset(
    {"geofence", "geofences", "fence", "fences", "poi", "pois", "venue", "venues", "zone",
     "zones", "destination", "destinations"}
)  # fmt: skip
#: Words that, before ``name`` or ``category``, name a visited place only in such a
#: chunk: ``Location Name``, ``place_category`` (a practice's or an employer's location
#: elsewhere, so read only under :func:`_persons_in_chunk`, as every field here is).
NAMED_PLACES = frozenset({"location", "place", "places", "locations"})
#: The leaf words of a place's readable name: its name, category, description or label.
ATTRIBUTE_WORDS = frozenset(
    {"name", "names", "category", "categories", "description", "label", "title"}
)
#: Key words that make a field a place's code, not its name (``poi_id``, ``zone_code``).
NOT_A_NAME = frozenset(
    {"id", "ids", "code", "codes", "key", "url", "uri", "link", "type", "tag", "tags", "time"}
)
#: Care settings, beside the specialties: where a person is treated, whatever its care.
CARE_SETTINGS = frozenset(
    {"hospital", "hospitals", "medical center", "medical centers", "medical centre",
     "medical centres", "emergency room", "emergency department", "emergency dept",
     "planned parenthood", "orthopedic", "orthopaedic", "er"}
)  # fmt: skip
#: Settings written in capitals only: "ER" is a word's ending and a suffix in lower case.
CAPITALS_ONLY = frozenset({"er"})
#: Words that make a place an animal's: a veterinary hospital treats no person.
_ANIMAL = re.compile(r"(?i)\b(?:animal|pet|pets|veterinary|vet|vets|equine)\b")
#: Key words of an indoor positioning event's beacon (a wayfinding SDK's ``beacon.uuid``,
#: ``Beacon UUID``): beside one, a bare department or unit is where the phone was.
BEACON_WORDS = frozenset({"beacon", "beacons"})
#: Bare keys of a hospital's department or unit (``department``, ``Dept``, ``Unit``):
#: a staff list's or a directory's column as often, read only beside a beacon.
DEPARTMENT_KEYS = frozenset(
    {("department",), ("dept",), ("department", "name"), ("unit",), ("unit", "name"),
     ("ward",)}
)  # fmt: skip
#: Key words of a venue, which an event's export names too (Eventbrite's attendee report's
#: ``Venue``, its API's ``venue.name``): the room an event is held in, not a place a
#: device was seen at, when the chunk is an event's (:func:`_event_in_chunk`).
VENUE_WORDS = frozenset({"venue", "venues"})
EVENT_WORDS = frozenset({"event", "events"})
#: What an event's key says of it (``Event Name``, ``event.start.local``, ``Event Date``);
#: a location SDK's event has a ``type`` and a ``createdAt``, never these.
EVENT_DETAILS = frozenset({"name", "title", "start", "date", "end"})
TICKET_WORDS = frozenset({"ticket", "tickets"})
#: The identifier entities of fields that put a person or a device on a chunk's rows.
PERSON_ENTITIES = frozenset(
    {"DEVICE_ID", "HASHED_ID", "ONLINE_ID", "MRN", "NAME", "EMAIL", "PHONE"}
)
#: Keys of a web page's address, which a web-analytics event carries (GA4's
#: ``page_location``, Segment's ``context.page.url``) and a location data row never does.
PAGE_KEYS = frozenset({("page", "location"), ("page", "url"), ("page", "path")})


@functools.lru_cache(maxsize=16384)
def named_place_field(path: str) -> bool:
    """True for a place named only by ``location`` or ``place`` (``Location Name``,
    ``place_category``), cached per path."""
    keys = key_tokens(path)
    return bool(keys) and _named_place(keys[-1]) and PLACE_WORDS.isdisjoint(keys[-1])


def _named_place(last: tuple[str, ...]) -> bool:
    """A last key naming a place by ``location`` or ``place`` and its name or category."""
    return len(last) > 1 and last[-1] in ATTRIBUTE_WORDS and not NAMED_PLACES.isdisjoint(last)


@functools.lru_cache(maxsize=16384)
def place_field(path: str) -> bool:
    """True when a hint path holds a visited place's name, category, description or label
    (cached per path): ``Geofence Name``, ``venue.category``, ``Conversion Zone``,
    ``saved_destinations[0].label``, ``Location Name``."""
    keys = key_tokens(path)
    if not keys or not keys[-1]:
        return False
    last = keys[-1]
    if not NOT_A_NAME.isdisjoint(last):
        return False
    if not PLACE_WORDS.isdisjoint(last) and (
        last[-1] in PLACE_WORDS or last[-1] in ATTRIBUTE_WORDS
    ):
        return True  # ``Zone``, ``Conversion Zone``, ``Geofence Name``, ``poi_category``
    if _named_place(last):
        return True  # ``Location Name``, ``place_category``
    if last[-1] not in ATTRIBUTE_WORDS or len(last) > 1:
        return False
    # a bare name or label under a place's object (``venue.name``, ``geo.fence.name``)
    return any(not PLACE_WORDS.isdisjoint(k) for k in keys[:-1])


def _event_in_chunk(paths: tuple[str, ...]) -> bool:
    """True when the chunk is an event's export: a ticket column, or an event's name,
    title, start or date (``Event Name``, ``event.start.local``)."""
    for path in paths:
        keys = key_tokens(path)
        words = [w for k in keys for w in k]
        if not TICKET_WORDS.isdisjoint(words):
            return True
        for i, w in enumerate(words[:-1]):
            if w in EVENT_WORDS and words[i + 1] in EVENT_DETAILS:
                return True
    return False


@functools.lru_cache(maxsize=16384)
def _venue_field(path: str) -> bool:
    """True when a hint path's keys name a venue (:data:`VENUE_WORDS`), cached per path."""
    return any(not VENUE_WORDS.isdisjoint(k) for k in key_tokens(path))


def _beacon_in_chunk(paths: tuple[str, ...]) -> bool:
    """True when one of the chunk's paths names a beacon (an indoor positioning event)."""
    return any(not BEACON_WORDS.isdisjoint(k) for p in paths for k in key_tokens(p))


@functools.lru_cache(maxsize=16384)
def _department_field(path: str) -> bool:
    """True for a bare department or unit key (:data:`DEPARTMENT_KEYS`), cached per path."""
    keys = key_tokens(path)
    return bool(keys) and keys[-1] in DEPARTMENT_KEYS


@functools.lru_cache(maxsize=16384)
def _page_field(path: str) -> bool:
    """True for a web page's address (:data:`PAGE_KEYS`; ``page.url``), cached per path."""
    keys = key_tokens(path)
    for i, key in enumerate(keys):
        if key in PAGE_KEYS or (
            i > 0 and keys[i - 1] == ("page",) and key in {("url",), ("path",)}
        ):
            return True
    return False


def _persons_in_chunk(ctx: ScanContext) -> bool:
    """True when one of the chunk's fields puts a person or a device on its rows: an
    identifier field (:data:`PERSON_ENTITIES`) or a device's coordinates (a place's own
    coordinates are machine fields: :func:`detectors.chunk_profiles.profile_paths`)."""
    return any(
        not prof.system and (prof.entity in PERSON_ENTITIES or coordinate_field(path) is not None)
        for path, prof in zip(ctx.cells.paths, ctx.profiles, strict=True)
    )


@functools.cache
def _terms() -> tuple[str, ...]:
    """What a place's name may say of its care, longest first: the specialties but
    general care, the hospital units' care words and the care settings."""
    names = (specialties() - GENERAL_CARE) | UNIT_CARE_WORDS | CARE_SETTINGS
    return tuple(sorted(names, key=len, reverse=True))


@functools.cache
def _alternation() -> str:
    """The terms as one alternation, their spaces matching any run of separators or an
    ampersand (``Labor & Delivery``); valid in Python's ``re`` and in RE2."""
    return "|".join(r"(?:[\W_]|&)+".join(map(re.escape, t.split())) for t in _terms())


@functools.cache
def _pattern() -> re.Pattern[str]:
    """The exact matcher: whole words, any case (capitals checked after)."""
    return re.compile(rf"(?<![^\W_])(?:{_alternation()})(?![^\W_])", re.IGNORECASE)


def care_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each care specialty or setting a place's name says (see the
    module doc); nothing in a link, a page path or an animal's place."""
    if not text or "://" in text or text.startswith("/") or _ANIMAL.search(text):
        return
    for m in _pattern().finditer(text):
        said = m.group()
        if said.lower() in CAPITALS_ONLY and not said.isupper():
            continue
        yield m.start(), m.end()


class VisitedPlaceDetector:
    """Care specialties and settings in the names of the places a device was seen at."""

    name = "visited_places"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        in_field = ctx.path_mask(place_field)
        if _event_in_chunk(ctx.cells.paths):
            in_field &= ~ctx.path_mask(_venue_field)
        if _beacon_in_chunk(ctx.cells.paths):
            in_field |= ctx.path_mask(_department_field)
        if not in_field.any() or not _persons_in_chunk(ctx):
            return
        named = ctx.path_mask(named_place_field)
        if (in_field & named).any() and any(map(_page_field, ctx.cells.paths)):
            in_field &= ~named  # a booking's location: the practice's, not a device's visit
            if not in_field.any():
                return
        # an Arrow (RE2) screen first: most places are stores and restaurants
        hits = ctx.candidates(_alternation(), ignore_case=True, among=in_field)
        text = ctx.cells.text
        for i in np.asarray(hits).tolist():
            for start, end in care_spans(text[i]):
                yield Span(i, start, end, ENTITY, SCORE, KIND)


@register("visited_places")
def _factory(config: EngineConfig) -> VisitedPlaceDetector | None:
    return VisitedPlaceDetector() if ENTITY in config.entities else None
