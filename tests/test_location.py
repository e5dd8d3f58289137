"""LOCATION and ZIP_CODE: addresses in CRM text and ZIP fields, never bare five-digit numbers."""

from __future__ import annotations

import random

import pytest

from detectors import Engine, EngineConfig, location


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("location",)))


def _found(engine: Engine, record: dict) -> list[tuple[str, str]]:
    """``(entity, matched text)`` for every finding in a one-field record, by position."""
    ((_field, value),) = record.items()
    rows = engine.scan([record], source="t").findings.to_pylist()
    return [(r["entity"], str(value)[r["start"] : r["end"]]) for r in rows]


POSITIVES = [
    # (field, value, expected findings in order)
    # a person's name before the street is no organisation's: the address is theirs; a
    # hospital's own address before the patient's is the hospital's (urgent-care probe)
    (
        "notes",
        "Maria Lopez, 1100 Lake St, Oak Park, IL 60301",
        [("LOCATION", "1100 Lake St"), ("LOCATION", "Oak Park"), ("ZIP_CODE", "60301")],
    ),
    (
        "notes",
        "Seen at Mercy General Hospital, 500 Oak Ave, Peoria, IL 61602. Lives at 12 Elm St, "
        "Springfield, IL 62701",
        [("LOCATION", "12 Elm St"), ("LOCATION", "Springfield"), ("ZIP_CODE", "62701")],
    ),
    # the name first, then the number (Puerto Rico, Spanish-speaking patients)
    (
        "msg",
        "Vivo en la Calle Luna 154, Apto. 2, Kissimmee.",
        [("LOCATION", "Calle Luna 154, Apto. 2")],
    ),
    ("chat_transcript", "agent: What's your zip?\nvisitor: 60614", [("ZIP_CODE", "60614")]),
    (
        "notes",
        "New address: 16 S Mill Rd, St. Louis 63110-7704",
        [("LOCATION", "16 S Mill Rd"), ("LOCATION", "St. Louis"), ("ZIP_CODE", "63110-7704")],
    ),
    # without a state, a record word before the number is no city and the number no ZIP
    ("notes", "Ship to 123 Main St, Order 12345", [("LOCATION", "123 Main St")]),
    ("hs_note_body", "Pt lives at 123 Main St with daughter", [("LOCATION", "123 Main St")]),
    # a street with no suffix
    (
        "notes",
        "Sent welcome packet to 4417 N Broadway Apt 3, Chicago IL 60640",
        [("LOCATION", "4417 N Broadway Apt 3"), ("LOCATION", "Chicago"), ("ZIP_CODE", "60640")],
    ),
    # accented names are taken whole ("Cañon City" was cut to "City")
    (
        "notes",
        "lives at 45 Main St, Cañon City, CO 81212",
        [("LOCATION", "45 Main St"), ("LOCATION", "Cañon City"), ("ZIP_CODE", "81212")],
    ),
    ("notes", "moved to San José, CA 95112", [("LOCATION", "San José"), ("ZIP_CODE", "95112")]),
    ("notes", "Doña Ana County resident", [("LOCATION", "Doña Ana County")]),
    (
        "notes",
        "500 Peñasco Rd, Taos NM 87571",
        [("LOCATION", "500 Peñasco Rd"), ("LOCATION", "Taos"), ("ZIP_CODE", "87571")],
    ),
    (
        "notes",
        "New address: 4500 N. Lake Shore Drive Apt 12B, Chicago, IL 60614",
        [
            ("LOCATION", "4500 N. Lake Shore Drive Apt 12B"),
            ("LOCATION", "Chicago"),
            ("ZIP_CODE", "60614"),
        ],
    ),
    ("notes", "Mail to PO Box 1234", [("LOCATION", "PO Box 1234")]),
    (  # an address block as USPS wants it printed: capitals, no commas, a ZIP+4
        "address_block",
        "MARGARET O'CONNOR\n1509 GIDDINGS RD\nCLEVELAND OH 44103-2231",
        [("LOCATION", "1509 GIDDINGS RD"), ("LOCATION", "CLEVELAND"), ("ZIP_CODE", "44103-2231")],
    ),
    # capitals after a street need a state before the number to be a city and a ZIP
    ("notes", "SHIP TO 123 MAIN ST ORDER NO 12345", [("LOCATION", "123 MAIN ST")]),
    (  # no commas, and MA alone would be ambiguous: after a street it is a state
        "notes",
        "Seen at 1200 Beacon St Brookline MA 02446 on Monday",
        [("LOCATION", "1200 Beacon St"), ("LOCATION", "Brookline"), ("ZIP_CODE", "02446")],
    ),
    (
        "notes",
        "I'm at 350 Fifth Avenue New York NY 10118",
        [("LOCATION", "350 Fifth Avenue"), ("LOCATION", "New York"), ("ZIP_CODE", "10118")],
    ),
    ("notes", "send to P.O. Box 88 please", [("LOCATION", "P.O. Box 88")]),
    ("notes", "1600 Pennsylvania Avenue NW", [("LOCATION", "1600 Pennsylvania Avenue NW")]),
    ("notes", "1 MAIN ST", [("LOCATION", "1 MAIN ST")]),
    ("notes", "ship to 77 Willow Way", [("LOCATION", "77 Willow Way")]),
    ("notes", "200 W 34th St, Suite 5", [("LOCATION", "200 W 34th St, Suite 5")]),
    (
        "notes",
        "Springfield, IL 62704",
        [("LOCATION", "Springfield"), ("ZIP_CODE", "62704")],
    ),
    ("notes", "Visit our clinic in Austin, TX today", [("LOCATION", "Austin")]),
    ("notes", "moving to Salt Lake City, UT.", [("LOCATION", "Salt Lake City")]),
    ("notes", "patient lives in Baltimore, MD", [("LOCATION", "Baltimore")]),
    ("notes", "Towson, MD 21204-1234", [("LOCATION", "Towson"), ("ZIP_CODE", "21204-1234")]),
    ("notes", "Seattle, Washington", [("LOCATION", "Seattle")]),
    ("notes", "resident of Cook County since 2019", [("LOCATION", "Cook County")]),
    ("notes", "zip code: 62704", [("ZIP_CODE", "62704")]),
    ("notes", "Postal 10001-0001 on file", [("ZIP_CODE", "10001-0001")]),
    ("notes", "Austin TX 78701", [("LOCATION", "Austin"), ("ZIP_CODE", "78701")]),
    (
        "hs_note_body",
        "Lives 2200 W Roscoe St, Chicago IL 60618.",
        [("LOCATION", "2200 W Roscoe St"), ("LOCATION", "Chicago"), ("ZIP_CODE", "60618")],
    ),
    # shapes whose street stopped at an apostrophe, an abbreviation or a fraction, or was
    # missed whole, and stayed readable in the redacted copy
    ("notes", "lives at 77 O'Connell St", [("LOCATION", "77 O'Connell St")]),
    ("notes", "lives at 77 O\u2019Connell St", [("LOCATION", "77 O\u2019Connell St")]),
    ("notes", "lives at 10 St. Mary's Rd", [("LOCATION", "10 St. Mary's Rd")]),
    (
        "notes",
        "lives at 1600 Martin Luther King Jr. Blvd",
        [("LOCATION", "1600 Martin Luther King Jr. Blvd")],
    ),
    ("notes", "lives at 123 1/2 Main St", [("LOCATION", "123 1/2 Main St")]),
    ("notes", "lives at 123\u00bd Main St", [("LOCATION", "123\u00bd Main St")]),
    ("notes", "lives at 4417 Calle de la Rosa", [("LOCATION", "4417 Calle de la Rosa")]),
    ("notes", "12 Avenida de los Niños, apt 2", [("LOCATION", "12 Avenida de los Niños")]),
    ("notes", "lives at W156N11500 Pilgrim Rd", [("LOCATION", "W156N11500 Pilgrim Rd")]),
    (
        "notes",
        "lives at N8W22195 Hwy 164, Waukesha, WI",
        [("LOCATION", "N8W22195 Hwy 164"), ("LOCATION", "Waukesha")],
    ),
    ("notes", "farm at 2250 County Road K", [("LOCATION", "2250 County Road K")]),
    ("notes", "office at 4410 US-41", [("LOCATION", "4410 US-41")]),
    ("notes", "mail to RR 2 Box 15", [("LOCATION", "RR 2 Box 15")]),
    ("notes", "lives in O'Fallon, MO", [("LOCATION", "O'Fallon")]),
    ("notes", "lives in Coeur d'Alene, ID", [("LOCATION", "Coeur d'Alene")]),
    ("notes", "Prince George's County resident", [("LOCATION", "Prince George's County")]),
    # a county followed by words that end in no organisation's is still a place
    ("notes", "I live in Marion County and my husband", [("LOCATION", "Marion County")]),
    ("notes", "moved to Cook County Last Year", [("LOCATION", "Cook County")]),
    ("notes", "I live in Marion County on a farm", [("LOCATION", "Marion County")]),
    ("notes", "She lives in Marion County for now", [("LOCATION", "Marion County")]),
    # a person's name or plain words before the dash leave the county a place
    ("notes", "Dana Roe - Multnomah County", [("LOCATION", "Multnomah County")]),
    ("notes", "moved last spring - Multnomah County", [("LOCATION", "Multnomah County")]),
    (  # a line break is no part of a city's name ("St\nSpringfield" hid the street)
        "csv_cell",
        "123 Main St\nSpringfield, IL 62704",
        [("LOCATION", "123 Main St"), ("LOCATION", "Springfield"), ("ZIP_CODE", "62704")],
    ),
    ("zip", "62704", [("ZIP_CODE", "62704")]),
    ("zip_code", 60614, [("ZIP_CODE", "60614")]),
    ("Postal Code", "62704-1234", [("ZIP_CODE", "62704-1234")]),
    ("user_data.zp", "10001", [("ZIP_CODE", "10001")]),
    ("page_location", "https://clinic.org/find?zip=60614&r=10", [("ZIP_CODE", "60614")]),
    # a provider finder's location search box
    ("location_query", "60614", [("ZIP_CODE", "60614")]),
    ("searchLocation", "02139", [("ZIP_CODE", "02139")]),
    ("near", "60614", [("ZIP_CODE", "60614")]),
    # a finder's search filter (Kyruus-like ``filters.location``)
    ("filters.location", "53711", [("ZIP_CODE", "53711")]),
    ("location_filter", "53711", [("ZIP_CODE", "53711")]),
]


@pytest.mark.parametrize(("field", "value", "expected"), POSITIVES)
def test_location_positives(engine, field, value, expected):
    assert _found(engine, {field: value}) == expected


NEGATIVES = [
    ("notes", "Festival Calle Ocho 2024 en Miami"),  # a year after the street: an event
    ("notes", "Paseo Colón 5K run"),
    ("notes", "La Avenida Central tiene 3 clínicas"),
    ("notes", "Order 10452 shipped"),
    ("notes", "got 2 Broadway tickets for mom"),  # a number before Broadway, no address
    ("notes", "Total 19999 points, 12345 steps"),
    ("event_timestamp", "1700000000123456"),
    ("properties.revenue", "10452"),
    ("zip", "123"),  # what ZIP3 generalization leaves
    ("zip", "abcde"),
    ("filters.location", "Madison West"),  # a filter's clinic name is no ZIP
    ("filters.distance", "10452"),
    ("user_data.zp", "254aa248acb47dd654ca3ea53f48c2c26d641d23d7e2e93a1ec56258df7674c4"),
    ("page_title", "10 Tips For The Road Ahead"),
    ("page_title", "Top 5 Ways To Sleep Better"),
    ("page_title", "3 Easy Steps Way Forward"),
    ("notes", "Seen by John Smith, MD today"),
    ("notes", "Thanks, OK"),
    ("notes", "Hello, IN the meantime"),
    ("notes", "Patient ID 12345"),
    ("notes", "Ordered, CT scan"),
    ("notes", "$25 Main Street special"),
    ("notes", "the County fair"),
    ("notes", "She walked 2 miles on the Street"),
    ("notes", "Wellbutrin 150 SR 2x daily"),  # sustained release, no state route
    ("notes", "Metoprolol 25 CR 1 tab"),
    ("notes", "RR 18, HR 72, BP 120/80"),  # a respiratory rate, no rural route
    ("notes", "sent 2 via email"),
    ("location", "10501"),  # a site code: a bare place word says no search
    ("location_id", "60614"),
    ("search_results_count", "60614"),
    # an organisation's name and a comma before its street: a visit summary's footer, a
    # hospital named in a note (urgent-care probe)
    ("html_text", "<p>Oak Park Walk-In, 1100 Lake St, Oak Park, IL 60301</p>"),
    ("notes", "Transferred to Mercy General Hospital, 500 Oak Ave, Springfield, IL 62704."),
    # a county that opens an organisation's name is its seat, not a person's place: a
    # jail, a court, a health department (correctional health probe)
    ("facility", "Marion County Jail"),
    ("court", "Franklin County Court of Common Pleas"),
    # a home-delivered meal provider's name joined by ``on`` (medically tailored meals
    # probe): the county it serves
    ("Agency", "Pickaway County Meals on Wheels"),
    ("provider", "Franklin County Office on Aging"),
    ("notes", "transferred from Cook County Sheriff's Office to Cook County Health"),
    # a team's or a service's name, a dash or a comma, then the county it serves (crisis
    # referral log, eating disorder probe)
    ("referred_to", "Mobile Crisis Team - Multnomah County"),
    ("resource", "Behavioral Health Services, Cook County"),
]


@pytest.mark.parametrize(("field", "value"), NEGATIVES)
def test_location_negatives(engine, field, value):
    assert _found(engine, {field: value}) == []


def test_prechecks_never_skip_a_match() -> None:
    """Each pattern that ``_in_text`` gates with a cheap test matches only texts that pass
    it (random address-like texts, with Unicode case variants and digits)."""
    rng = random.Random(5)
    pieces = [
        "123", "60614", "62704-1234", "٦٠٦١٤", " ", "  ", ", ", ",", "\xa0", "\n", "Main", "St",
        "Springfield", "IL", "Illinois", "NY", "Cook", "County", "county", "PO", "P.O.", "Box",
        "BOX", "boſ", "Post", "Office", "ZIP", "zip", "zİp", "Postal", "poſtal", "code", "#", "Apt",
        "RR 2 ", "HC 64, ", "RR 2 Box 5",
    ]  # fmt: skip
    texts = ["".join(rng.choices(pieces, k=rng.randint(2, 12))) for _ in range(40_000)]
    gates = [
        (location._CITY_STATE, lambda t, low: "," in t or location._SPACED_ZIP.search(t)),
        (location._STATE_ZIP, lambda t, low: location._SPACED_ZIP.search(t)),
        (location._PO_BOX, lambda t, low: location._may_have(low, "box")),
        (location._RURAL_BOX, lambda t, low: location._may_have(low, "box")),
        (location._ZIP_WORD, lambda t, low: location._may_have(low, "zip", "post")),
        (location._COUNTY, lambda t, low: "County" in t),
    ]
    for pattern, gate in gates:
        matched = [t for t in texts if pattern.search(t)]
        assert len(matched) > 10, pattern.pattern[:40]
        assert all(gate(t, t.lower() if t.isascii() else None) for t in matched)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a geo-IP place as help desks write it: the country makes "OH" a state
        ("Columbus, OH, United States", [("LOCATION", "Columbus")]),
        ("Portland, OR, USA", [("LOCATION", "Portland")]),
        # without a country (or ZIP, street, place word) an ambiguous pair stays unread
        ("Columbus, OH", []),
        ("Hello, IN, USA", []),
    ],
)
def test_city_and_ambiguous_state_before_a_country(engine, value, expected):
    assert _found(engine, {"location": value}) == expected
