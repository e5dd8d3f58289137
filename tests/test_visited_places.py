"""Care specialties and settings in the names of the places location data puts a device or
a person (detectors/visited_places.py): a geofence's, a POI's, a venue's, a conversion
zone's, a beacon zone's and a wayfinding destination's; not in a store's or an animal's
place, not in other fields, and not in a chunk that names no one."""

from __future__ import annotations

import pytest
from helpers import found, found_fields

from detectors import Engine, EngineConfig
from detectors.visited_places import care_spans, place_field

PROC = "PROCEDURE"
GAID = "d214d28c-0a3a-4d57-a244-d8edd4e38168"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("visited_places", "field_name")))


def _health(engine: Engine, record: dict) -> list[tuple[str, str]]:
    """The health findings of one record, as ``(entity, matched text)``."""
    return [(e, t) for e, t in found(engine, record) if e == PROC]


#: ``(field, place's name, findings)``: each beside a device's advertising id.
POSITIVES = [
    ("Geofence Name", "Planned Parenthood - 5th St", [(PROC, "Planned Parenthood")]),
    ("Geofence Name", "Competitor ER - Mercy", [(PROC, "ER")]),
    ("poi_category", "Medical Center > Urgent Care",
     [(PROC, "Medical Center"), (PROC, "Urgent Care")]),
    ("POI Category", "Oncology", [(PROC, "Oncology")]),
    ("Conversion Zone", "Piedmont Urgent Care - Buckhead", [(PROC, "Urgent Care")]),
    ("Location Name", "Hoag Orthopedic Institute", [(PROC, "Orthopedic")]),
    ("Zone", "ED - Behavioral Health Hold", [(PROC, "Behavioral Health")]),
    ("zone_name", "Oncology Infusion - 3 East", [(PROC, "Infusion"), (PROC, "Oncology")]),
    ("venue_name", "Northside Hospital - Forsyth", [(PROC, "Hospital")]),
    ("place_category", "Emergency Room", [(PROC, "Emergency Room")]),
]  # fmt: skip


@pytest.mark.parametrize(("field", "text", "expected"), POSITIVES)
def test_care_in_visited_places(engine: Engine, field: str, text: str, expected: list) -> None:
    assert _health(engine, {"maid": GAID, field: text}) == sorted(expected)


#: Nested places: a visits file's venue, a DSP's fence, a location SDK's geofence, a
#: wayfinding app's saved destinations.
NESTED = [
    ({"device_id": GAID, "venue": {"name": "MedExpress Urgent Care", "category": "Medical Center"}},
     {("venue.name", PROC), ("venue.category", PROC)}),
    ({"device": {"ifa": GAID}, "geo": {"fence": {"name": "Dialysis - Metro", "id": "fn-1"}}},
     {("geo.fence.name", PROC)}),
    ({"user": {"deviceId": GAID}, "geofence": {"description": "Women's Health Center"}},
     {("geofence.description", PROC)}),
    # a wayfinding SDK's ranging event: the department the phone was in, beside a beacon
    ({"device_id": GAID, "beacon": {"uuid": "f7826da6-4fa2-4e98-8024-bc5b71e0893e",
      "major": 1201}, "department": "Oncology Infusion"},
     {("department", PROC)}),
    ({"email": "keisha.b@yahoo.com",
      "saved_destinations": [{"label": "Labor & Delivery - 4th Floor"}]},
     {("saved_destinations[0].label", PROC)}),
]  # fmt: skip


@pytest.mark.parametrize(("record", "expected"), NESTED)
def test_nested_places(engine: Engine, record: dict, expected: set) -> None:
    assert {(f, e) for f, e in found_fields(engine, record) if e == PROC} == expected


NEGATIVES = [
    # stores, restaurants and an animal's hospital are no one's care
    {"maid": GAID, "Geofence Name": "McDonald's - Commerce St"},
    {"maid": GAID, "venue_name": "The Home Depot", "venue_category": "Home Improvement Store"},
    {"maid": GAID, "POI Name": "Banfield Pet Hospital"},
    {"maid": GAID, "poi_name": "VCA Animal Hospital - Midtown"},
    # "er" is a word's ending, and in lower case no emergency room
    {"maid": GAID, "Geofence Name": "Walmart Supercenter - Hwy 9", "zone": "Sports Center"},
    {"maid": GAID, "zone": "er"},
    # a place's code and a time zone, not its name
    {"maid": GAID, "poi_id": "ONCOLOGY-01", "time_zone": "America/Chicago"},
    # the same words outside a place's field: a banner, a job's department
    {"maid": GAID, "banner": "Urgent Care open late", "department": "Oncology"},
    # an event's venue: the room an event is held in (an attendee report, an event object)
    {
        "Email": "megcastillo88@gmail.com",
        "Ticket Type": "General Admission",
        "Venue": "Crestview Hospice Community Room",
    },
    {
        "email": "a.b@gmail.com",
        "event": {"name": "Grief Circle", "start": "2024-10-15"},
        "venue": {"name": "Northside Hospital Auditorium"},
    },
    # a beacon inventory's department, with no person or device on the row
    {"beacon_id": "kB3x9", "major": "1201", "department": "Oncology Infusion"},
    # a chunk that names no one: a POI catalog, a geofence's configuration, a report
    {"placekey": "zzw-222@628-pth-nwk", "location_name": "Riverside Urgent Care"},
    {"geofence_id": "gf_01", "name": "Competitor ER", "wkt": "POLYGON((1 2, 3 4, 1 2))"},
    {"Property Name": "MedExpress Urgent Care", "Week Start": "2024-10-07", "Visits": "1342"},
    # a link to a place's page
    {"maid": GAID, "poi_name": "https://example.com/locations/urgent-care"},
    # a web-analytics booking's location (beside a page's address): the practice's
    # location the form offers (sample_data's gold: clinic names unlabelled)
    {
        "advertising_id": GAID,
        "page_location": "https://example.org/book",
        "location_name": "Westside Urgent Care",
    },
    {"anonymousId": "a1b2", "page_url": "https://example.org/book", "place_name": "Main Hospital"},
]


@pytest.mark.parametrize("record", NEGATIVES)
def test_places_that_say_no_care(engine: Engine, record: dict) -> None:
    assert _health(engine, record) == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("Geofence Name", True),
        ("geo.fence.name", True),
        ("venue.category", True),
        ("venue.categories[0].name", True),
        ("POI Category", True),
        ("Conversion Zone", True),
        ("Zone", True),
        ("saved_destinations[0].label", True),
        ("Location Name", True),
        ("event.geofence.description", True),
        ("poi_id", False),
        ("geofence.externalId", False),
        ("time_zone", False),
        ("zone_count", False),
        ("location", False),
        ("name", False),
        ("campaign.name", False),
        ("destination_url", False),
    ],
)
def test_place_field(path: str, expected: bool) -> None:
    assert place_field(path) is expected


def test_capitals_only_for_er() -> None:
    assert list(care_spans("Competitor ER")) == [(11, 13)]
    assert list(care_spans("Competitor er")) == []
    assert list(care_spans("Oncology")) == [(0, 8)]
