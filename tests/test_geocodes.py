"""LOCATION from latitude/longitude: coordinate fields and pairs in text."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.geocodes import coordinate_field


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("geocodes",)))


def _found(engine: Engine, record: dict) -> list[tuple[str, str]]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert all(r["entity"] == "LOCATION" for r in rows)
    return sorted((r["field"], str(_leaf(record, r["field"]))[r["start"] : r["end"]]) for r in rows)


def _leaf(record: dict, path: str) -> object:
    node: object = record
    for key in path.split("."):
        name, *indices = key.replace("]", "").split("[")
        node = node[name]  # type: ignore[index]
        for index in indices:
            node = node[int(index)]  # type: ignore[index]
    return node if isinstance(node, str) else __import__("orjson").dumps(node).decode()


POSITIVES = [
    ({"MailingLatitude": 41.878113, "MailingLongitude": -87.629799},
     [("MailingLatitude", "41.878113"), ("MailingLongitude", "-87.629799")]),
    ({"context": {"location": {"latitude": 40.71, "longitude": -74.0}}},
     [("context.location.latitude", "40.71"), ("context.location.longitude", "-74.0")]),
    ({"lat": "34.0522", "lng": "-118.2437"}, [("lat", "34.0522"), ("lng", "-118.2437")]),
    ({"gps": "41.8781,-87.6298"}, [("gps", "41.8781,-87.6298")]),
    ({"coordinates": "(42.36, -71.06)"}, [("coordinates", "42.36, -71.06")]),
    ({"notes": "pt at home, GPS 41.87812, -87.62980 per app"}, [("notes", "41.87812, -87.62980")]),
    ({"notes": "location: 42.36, -71.06"}, [("notes", "42.36, -71.06")]),
    # a device's own fix in a bid request and a geofence hit: a person's position
    ({"device": {"geo": {"lat": 41.48213, "lon": -81.79874}}},
     [("device.geo.lat", "41.48213"), ("device.geo.lon", "-81.79874")]),
    ({"fence_name": "Clinic A", "lat": 41.46021, "lon": -81.71877},
     [("lat", "41.46021"), ("lon", "-81.71877")]),
    # a location vendor's areas of one device: a geohash cell, a census block group
    ({"common_evening_geohash": "dpmuhfyq"}, [("common_evening_geohash", "dpmuhfyq")]),
    ({"home_cbg": "390351234001"}, [("home_cbg", "390351234001")]),
    # a visit file's block groups of one device, after any owner word
    ({"Work Block Group": "060590755051"}, [("Work Block Group", "060590755051")]),
    ({"evening_block_group": "482015312001"}, [("evening_block_group", "482015312001")]),
    # a GeoJSON point's position list (a location SDK's geofence entry): one coordinate each
    ({"location": {"type": "Point", "coordinates": [-84.388115, 33.776902]}},
     [("location.coordinates[0]", "-84.388115"), ("location.coordinates[1]", "33.776902")]),
    # a position with its altitude: the third element is no coordinate
    ({"position": {"coordinates": [-95.4012, 29.7081, 12.5]}},
     [("position.coordinates[0]", "-95.4012"), ("position.coordinates[1]", "29.7081")]),
    # a foot-traffic POI row that names a device: its bare coordinates are the device's fix
    ({"gaid": "d214d28c-0a3a-4d57-a244-d8edd4e38168", "poi_id": "poi_7781204",
      "lat": "29.424122", "lon": "-98.493629"},
     [("lat", "29.424122"), ("lon", "-98.493629")]),
]  # fmt: skip


@pytest.mark.parametrize(("record", "expected"), POSITIVES)
def test_positives(engine: Engine, record: dict, expected: list[tuple[str, str]]) -> None:
    assert _found(engine, record) == sorted(expected)


NEGATIVES = [
    {"lat": 0, "lng": 0},  # "unknown" in many SDKs
    {"lat": "0.0", "lng": "0.0"},
    {"latitude": "95.5"},  # out of range
    {"longitude": "-181.25"},
    {"lat": "n/a"},
    {"gps": "enabled"},
    {"notes": "dose 12.5, then 25.0 mg"},  # two decimals but no label, not precise
    {"notes": "scores 1.25, 2.5 and 3.75"},
    {"price": "12.3456, 78.9012"},  # a machine field
    {"how_long": "3 weeks"},
    # a place's coordinates: a geofence's centre around a clinic, a POI's, a store's
    {"fences": [{"poi_name": "Clinic A", "lat": 41.88065, "lon": -87.62449}]},
    {"poi_latitude": "29.78321", "poi_longitude": "-95.36187"},
    {"store": {"lat": 41.8781, "lng": -87.6298}},
    # a fleet's automatic vehicle location and a station's position (a CAD unit status
    # row: the agency's ambulance in quarters), as the EMS probe found them
    {"unit": "M12", "avl": {"lat": 39.98811, "lon": -83.00421}},
    {"station_latitude": "39.98811", "station_longitude": "-83.00421"},
    # not an area code: a report's counts by block group, a word, a POI's cell
    {"visitor_home_cbgs": '{"482011001001": 42}'},
    {"geohash": "unknown"},
    {"home_cbg": "39035"},
    {"poi_geohash": "dp3wjztv"},
    # a foot-traffic report's row: the POI's own position
    {"placekey": "222-222@5vg-7gq-tvz", "latitude": "29.78321", "longitude": "-95.36187"},
    # ... and a Foursquare-like place's nested geocodes and address
    {"fsq_id": "4b5a8c2ef964a52061c228e3",
     "geocodes": {"main": {"latitude": 33.752463, "longitude": -84.382211}},
     "location": {"address": "80 Jesse Hill Jr Dr SE", "postcode": "30303"}},
    # a geofence's shape: its vertices are no one's position (WKT, a GeoJSON polygon's
    # rings)
    {"wkt": "POLYGON((-95.4012 29.7081, -95.3987 29.7081, -95.3987 29.7063))"},
    {"geometry": "MULTIPOLYGON(((-95.4012 29.7081, -95.3987 29.7081, -95.3987 29.7063)))"},
    {"geometry": {"type": "Polygon", "coordinates": [[[-95.4012, 29.7081], [-95.3987, 29.7081]]]}},
    # a report's breakdown by block groups (plural) and a block group's number in a tract
    {"home_block_groups": "12"},
    {"block_group": "1"},
]  # fmt: skip


@pytest.mark.parametrize("record", NEGATIVES)
def test_hard_negatives(engine: Engine, record: dict) -> None:
    assert _found(engine, record) == []


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("MailingLatitude", "lat"),
        ("BillingLongitude", "lng"),
        ("context.location.latitude", "lat"),
        ("properties.lng", "lng"),
        ("event_params.lat.value.double_value", "lat"),
        ("gps", "pair"),
        ("geo_coordinates", "pair"),
        ("properties.location", "pair"),
        ("latitude_band", None),
        ("long_description", None),
        ("geo.city", None),
        ("device.geo.lat", "lat"),
        ("fences[0].lat", None),
        ("geofence.center.lng", None),
        ("poi_latitude", None),
        ("store_location", None),
        ("avl.lat", None),
        ("station.lng", None),
        ("home_cbg", "area"),
        ("Census Block Group", "area"),
        ("visitor_home_cbgs", None),
        ("Work Block Group", "area"),
        ("location.coordinates[0]", "one"),
        ("location.coordinates[1]", "one"),
        ("geometry.coordinates[0][1]", "pair"),
        ("coordinates[2]", "pair"),
    ],
)
def test_coordinate_field(path: str, kind: str | None) -> None:
    assert coordinate_field(path) == kind
