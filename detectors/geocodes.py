"""LOCATION from geographic coordinates: latitude and longitude (Safe Harbor (B) lists
"geocodes" among the geographic subdivisions smaller than a state).

Exports carry them in fields: Salesforce's compound addresses (``MailingLatitude``,
``MailingLongitude``, ``BillingLatitude``), Segment's mobile ``context.location.latitude``,
store-locator and check-in events (``properties.lat``, ``lng``), and pairs in one value
(``gps = "41.8781,-87.6298"``); sometimes in notes ("GPS 41.87812, -87.62980").

* **by field**: a field whose key ends in a latitude or longitude word holds one
  coordinate (a decimal number in range, not 0); a field named for coordinates
  (``coordinates``, ``gps``, ``latlng``, ``geo``) holds a ``lat, lng`` pair. Reported
  whole, kind ``field_name``.
* **by field, an encoded area**: a geohash or a census block group in a field named for
  one (``common_evening_geohash``, ``home_cbg``), :data:`AREA_CODE_WORDS`.
* **in text**: a ``lat, lng`` pair with four or more decimals on each (a precise point:
  ~10 m), or two or more right after a coordinate label, kind ``regex``.

Coarse values count too: an IP geolocation's city-level point (``41.88``) still names a
place smaller than a state, as a city field does. An integer is no coordinate (``lat =
0`` is "unknown" in many SDKs), and neither is a number out of range.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens
from detectors.registry import register
from detectors.spans import Span

ENTITY = "LOCATION"
LATITUDE_WORDS = frozenset({"lat", "latitude"})
LONGITUDE_WORDS = frozenset({"lng", "lon", "long", "longitude"})
PAIR_WORDS = frozenset(
    {"coordinates", "coordinate", "coords", "gps", "latlng", "latlon", "latlong", "geo", "geocode"}
    | {"location", "geolocation", "position"}
)

_NUMBER = r"-?\d{1,3}\.\d+"
_ONE = re.compile(rf"\s*(?P<v>{_NUMBER})\s*")
#: Spaces are taken by one part of the pattern only (a space that two neighbouring ``\s*``
#: or a ``\s*`` and the separator could both take makes backtracking polynomial).
_PAIR = re.compile(
    rf"\s*(?:\(\s*)?(?P<a>{_NUMBER})(?:\s*[,;/]\s*|\s+)(?P<b>{_NUMBER})(?:\s*\))?\s*"
)
#: A precise pair anywhere in text (four decimals or more on each number).
_PRECISE_PAIR = re.compile(
    r"(?<![\w.\-])(?P<a>-?\d{1,2}\.\d{4,})\s*,\s*(?P<b>-?\d{1,3}\.\d{4,})(?![\w.])"
)
#: A pair right after a coordinate label.
_LABELLED_PAIR = re.compile(
    r"(?i:\b(?:gps|coordinates|coords|lat\s?/\s?lo?ng|lat\s?,\s?lo?ng|latitude\s?/\s?longitude"
    r"|geo\s?location|location)\b\s*[:=]?\s*)"
    r"\(?(?P<a>-?\d{1,2}\.\d{2,})\s*,\s*(?P<b>-?\d{1,3}\.\d{2,})(?![\w.])"
)
#: RE2 prefilter for text: two decimal numbers separated by a comma.
PREFILTER = r"\d\.\d{2,}\s*,\s*-?\d{1,3}\.\d{2,}"
#: One element of a position list (GeoJSON's ``coordinates: [lng, lat]``, as a location
#: SDK's event and a geofence entry webhook send a device's point): the list's first or
#: second item, one index deep, so a polygon's rings (``coordinates[0][3][1]``) are not one.
_POSITION_ELEMENT = re.compile(r"(?<!\])\[[01]\]$")
#: Well-known text of an area or a line (a geofence's ``POLYGON((...))``, a route's
#: ``LINESTRING``): a shape drawn around a place, whose vertices are no one's position.
_WKT_SHAPE = re.compile(r"\s*(?:MULTI)?(?:POLYGON|LINESTRING)|\s*GEOMETRYCOLLECTION", re.IGNORECASE)
_SCORE_FIELD = 0.85
_SCORE_TEXT = 0.8


#: Words of a key (or a parent) that make its coordinates a place's, not a person's: a
#: geofence's centre around a clinic (``fences[0].lat``), a point of interest's or a store's
#: position (``poi_latitude``, ``store.lng``) in a campaign's configuration or a
#: foot-traffic report. A person's position is a device's, a user's or an address's.
PLACE_WORDS = frozenset(
    {"fence", "fences", "geofence", "geofences", "poi", "pois", "venue", "venues", "store"}
    | {"stores", "facility", "facilities", "branch", "branches", "dealer", "dealers"}
    # a fleet's automatic vehicle location (a CAD unit status row's ``avl.lat``: where the
    # agency's ambulance or bus is) and a station's own position
    | {"avl", "station", "stations"}
)


#: Keys of an encoded area a location-data vendor puts a device in: a geohash (a device's
#: ``common_evening_geohash``: eight characters are a ~20 m cell) and a census block group
#: (SafeGraph's and Placer's ``home_cbg``: a few hundred households). Both are geographic
#: subdivisions smaller than a state, as a ZIP is. The plural (``visitor_home_cbgs``, a
#: report's counts by block group) is a report's breakdown, not one device's place.
AREA_CODE_WORDS = frozenset(
    {"geohash", "cbg", ("census", "block", "group"), ("home", "block", "group")}
)
#: A geohash of five or more base-32 characters (~5 km and finer) with a letter among them
#: (digits alone are a ZIP's or a count's), or a 12-digit block group GEOID (state, county,
#: tract, group).
_AREA_CODE = re.compile(r"\s*((?=\d*[b-hjkmnp-z])[0-9b-hjkmnp-z]{5,12}|\d{12})\s*")


@functools.lru_cache(maxsize=65536)
def coordinate_field(path: str) -> str | None:
    """``"lat"``, ``"lng"``, ``"pair"``, ``"one"`` (an element of a position list: either
    coordinate) or ``"area"`` for a field holding coordinates, else None (also for a
    place's coordinates, :data:`PLACE_WORDS`)."""
    keys = key_tokens(path)
    if not keys:
        return None
    if any(not PLACE_WORDS.isdisjoint(k) for k in keys[:-1]) or not PLACE_WORDS.isdisjoint(
        keys[-1][:-1]
    ):
        return None
    last = keys[-1][-1]
    if last in AREA_CODE_WORDS or keys[-1][-3:] in AREA_CODE_WORDS or _block_group(keys[-1]):
        return "area"
    if last in LATITUDE_WORDS:
        return "lat"
    if last in LONGITUDE_WORDS:
        return "lng"
    if last in PAIR_WORDS or "".join(keys[-1]) in PAIR_WORDS:
        return "one" if _POSITION_ELEMENT.search(path) else "pair"
    return None


def _block_group(key: tuple[str, ...]) -> bool:
    """True for a key ending in ``block group`` after any owner (a visit file's ``Home
    Block Group``, ``Work Block Group``, a broker's ``evening_block_group``): one device's
    census block group, as ``home_cbg`` is; the plural is a report's breakdown."""
    return key[-2:] == ("block", "group")


def _in_range(lat: str, lng: str | None = None) -> bool:
    """A latitude (and longitude) in range, not the (0, 0) placeholder."""
    la = float(lat)
    lo = 0.0 if lng is None else float(lng)
    return abs(la) <= 90 and abs(lo) <= 180 and (la != 0 or lo != 0)


def whole_value(kind: str, text: str) -> tuple[int, int] | None:
    """The span of a coordinate field's value, when it is one (see the module doc)."""
    if kind == "area":
        m = _AREA_CODE.fullmatch(text)
        return (m.start(1), m.end(1)) if m else None
    if kind == "pair":
        m = _PAIR.fullmatch(text)
        if m and _in_range(m["a"], m["b"]):
            return m.start("a"), m.end("b")
        return None
    m = _ONE.fullmatch(text)
    if m is None:
        return None
    value = float(m["v"])
    limit = 90 if kind == "lat" else 180  # a position list's element may be either
    return (m.start("v"), m.end("v")) if value != 0 and abs(value) <= limit else None


class GeocodeDetector:
    """Latitude/longitude in coordinate fields and as pairs in text."""

    name = "geocodes"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        paths = ctx.cells.paths
        # a column the chunk's paths make a place's (a POI row's own coordinates:
        # :func:`detectors.chunk_profiles.profile_paths`) is a machine field
        kinds = [
            None if prof.system else coordinate_field(p)
            for p, prof in zip(paths, ctx.profiles, strict=True)
        ]
        in_field = np.fromiter((k is not None for k in kinds), bool, len(kinds))
        texts = ctx.cells.text
        hint = ctx.cells.hint_id
        whole: set[int] = set()
        for cell in np.flatnonzero(in_field[hint]).tolist():
            span = whole_value(kinds[int(hint[cell])], texts[cell])  # type: ignore[arg-type]
            if span is not None:
                whole.add(cell)
                yield Span(cell, span[0], span[1], ENTITY, _SCORE_FIELD, "field_name")
        for cell in ctx.candidates(PREFILTER, skip_system=True).tolist():
            if cell not in whole:
                yield from _pairs(cell, texts[cell])


def _pairs(cell: int, text: str) -> Iterator[Span]:
    """Coordinate pairs in free text: precise ones anywhere, others after a label; none in
    a shape's well-known text (:data:`_WKT_SHAPE`)."""
    if _WKT_SHAPE.match(text):
        return
    seen: set[int] = set()
    for pattern in (_LABELLED_PAIR, _PRECISE_PAIR):
        for m in pattern.finditer(text):
            if m.start("a") not in seen and _in_range(m["a"], m["b"]):
                seen.add(m.start("a"))
                yield Span(cell, m.start("a"), m.end("b"), ENTITY, _SCORE_TEXT, "regex")


@register("geocodes")
def _factory(config: EngineConfig) -> GeocodeDetector | None:
    return GeocodeDetector() if ENTITY in config.entities else None
