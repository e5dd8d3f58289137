"""The government_ids detector: SSN, ITIN and passport (OTHER_ID), licences and DEA numbers."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("government_ids",)))


SSN, OTHER, LIC = "SSN", "OTHER_ID", "LICENSE_NUMBER"

POSITIVES = [
    ("note", "078-05-1123", [(SSN, "078-05-1123")]),
    ("note", "078.05.1123", [(SSN, "078.05.1123")]),
    ("note", "abc 078 05 1123 abc", [(SSN, "078 05 1123")]),
    ("note", "SSN: 536904399", [(SSN, "536904399")]),
    ("ssn", "536904399", [(SSN, "536904399")]),
    ("note", "social security number 536-90-4399.", [(SSN, "536-90-4399")]),
    ("note", "SS# 536 90 4399", [(SSN, "536 90 4399")]),
    ("note", "soc sec no. 536904399", [(SSN, "536904399")]),
    # last four digits, said so or behind a mask
    ("note", "last 4 of SSN 4399", [(SSN, "4399")]),
    ("note", "SSN ending in 4399", [(SSN, "4399")]),
    ("note", "last four of my social is 4399", [(SSN, "4399")]),
    ("note", "ssn4: 4399", [(SSN, "4399")]),
    ("note", "SSN: xxx-xx-4399", [(SSN, "xxx-xx-4399")]),
    ("note", "***-**-4399 on file", [(SSN, "***-**-4399")]),
    ("note", "911-70-1234", [(OTHER, "911-70-1234")]),  # ITIN
    ("note", "911-53-1234", [(OTHER, "911-53-1234")]),  # ITIN group added in 2011
    ("note", "ITIN 912701234", [(OTHER, "912701234")]),
    ("note", "tax id: 900901234", [(OTHER, "900901234")]),
    ("note", "my travel passport is A12803456", [(OTHER, "A12803456")]),
    ("note", "my travel document is A12803456", [(OTHER, "A12803456")]),
    ("note", "Passport No. 912803456", [(OTHER, "912803456")]),
    ("passport_number", "A12803456", [(OTHER, "A12803456")]),
    ("note", "Driver's license: D1234-5678-901", [(LIC, "D1234-5678-901")]),
    ("note", "DL# A1234567", [(LIC, "A1234567")]),
    ("note", "dl no. 123456789", [(LIC, "123456789")]),
    ("drivers_license", "H12234567", [(LIC, "H12234567")]),
    ("drivers_license", "DL# A1234567 (CA)", [(LIC, "A1234567")]),
    ("license_number", "RN-0045123", [(LIC, "RN-0045123")]),
    # a commercial driver's licence by its short name, although ``number`` alone would
    # make the key a machine's (an FMCSA Clearinghouse query's ``cdl_number``)
    ("cdl_number", "TR482917", [(LIC, "TR482917")]),
    ("dln", "D1234567", [(LIC, "D1234567")]),
    ("note", "medical license #: MD123456", [(LIC, "MD123456")]),
    ("note", "GL0285191 EU4488929", [(LIC, "EU4488929"), (LIC, "GL0285191")]),  # DEA
    ("note", "DEA number BB1388568", [(LIC, "BB1388568")]),
    ("dea_number", "K92993548", [(LIC, "K92993548")]),
    ("note", "call 555-0143DL# A1234567", [(LIC, "A1234567")]),  # label glued on
    # the issuing state between the label and the number
    ("note", "DL IL D400-7120-3456 on file", [(LIC, "D400-7120-3456")]),
    ("note", "driver's license (TX) 12345678", [(LIC, "12345678")]),
    # the passports international patients travel on (ICAO 9303: up to nine letters and
    # digits), after a passport word or as a passport field's whole value
    ("body", "His passport number is R0392817", [(OTHER, "R0392817")]),
    ("body", "Mrs. Al-Kaabi (DOB 02/07/1961, passport P4412987)", [(OTHER, "P4412987")]),
    ("note", "passport no. AB123456", [(OTHER, "AB123456")]),
    ("note", "Passport: C01X00T47", [(OTHER, "C01X00T47")]),
    ("passport_no", "k8813205", [(OTHER, "k8813205")]),
    # US immigration numbers (tests/test_travel_immigration_medicine.py): an A-Number
    # after its label, a USCIS receipt number beside a receipt, case or USCIS word, also
    # in a bare ``Receipt Number`` column, which is a machine field by its words
    ("note", "Applicant A# 212-345-678, I-693 sealed", [(OTHER, "212-345-678")]),
    ("note", "A-Number: A212345678", [(OTHER, "A212345678")]),
    ("body", "Alien Registration No. A-209-871-554 on the card", [(OTHER, "A-209-871-554")]),
    ("note", "USCIS # 219004512", [(OTHER, "219004512")]),
    ("Receipt Number", "MSC2490112345", [(OTHER, "MSC2490112345")]),
    ("note", "I-485 receipt IOE0912345678 received", [(OTHER, "IOE0912345678")]),
    ("note", "case status for EAC-21-123-45678", [(OTHER, "EAC-21-123-45678")]),
]

NEGATIVES = [
    # a licensed facility's or agency's own licence, the same on every row
    ("Facility License #", "RCF-0412-AL"),
    ("agency_license", "HHA-22871"),
    # a dispensary's, a testing lab's or a grower's own state licence (a certificate of
    # analysis's ``lab_license``), as a facility's
    ("lab_license", "C8-0000019-LIC"),
    ("Store License", "402R-00871"),
    ("cultivation_license", "CCL19-0000412"),
    ("org_license", "MMTC-2019-0018"),
    ("note", "license OR permit required"),  # a state code only in capitals, then a number
    ("note", "078-05-1120"),  # the Woolworth wallet card
    ("note", "123-45-6789"),  # the universal placeholder
    ("note", "078-05-0000"),
    ("note", "078 00 1123"),
    ("note", "666-12-3456"),
    ("note", "693-09.4444"),  # mixed separators
    ("note", "1078-05-1123"),  # part of a longer number
    ("note", "v078.05.1123"),
    ("note", "911-89-1234"),  # neither SSN nor ITIN
    ("note", "my tax id 911-89-1234"),
    ("note", "078051121"),  # bare nine digits, nothing says SSN
    ("note", "911701234"),
    ("note", "Order #536904399 shipped"),
    ("note", "card XXXX-XXXX-XXXX-1234"),  # a masked card is not a masked SSN
    ("note", "last 4 of card 1234"),
    ("note", "H12234567"),  # licence-shaped, no licence word
    ("note", "passport photo uploaded for order 123456789"),  # word nearby, not before
    ("note", "license plate 7ABC123"),
    ("note", "my license expires 2025-01-15"),
    ("note", "MIT license, version 2.0"),
    ("license_key", "ABCD-1234-EFGH-5678"),
    ("license_plate", "7ABC123"),
    ("note", "download 123456789"),
    ("note", "BG8207031"),  # DEA check digit fails
    ("transaction_id", "T96881608"),  # DEA-valid shape in a transaction field
    ("note", "order T96881608 confirmed"),
    ("sku", "100-20-3000"),
    ("phone", "212-555-1234"),
    ("note", "call 212 555 1234"),
    ("zip", "12345-6789"),
    ("note", "ZIP 12345-6789"),
    ("event_timestamp", "1700000000123407"),
    ("ga_session_id", "1700000007"),
    ("session_id", "6d92078a-8246-4ba4-ae5b-76104861e7dc"),
    ("note", "price 19.99, version 119.0.6045.199"),
    # international patients: a passport word with no number right after it, a number too
    # short or with no digits, an expiry
    ("note", "passport expires 2029-06-30"),
    ("note", "passport 12345"),
    ("note", "passport ABCDEFGHI"),
    ("note", "copy of passport and visa letter sent"),
    # a shop's receipt and a receipt-shaped code with no receipt word; "A number" in prose
    ("Receipt Number", "R-20250114-0042"),
    ("receipt_no", "88120455"),
    ("sku", "IOE0912345678"),
    ("note", "order IOE0912345678 shipped"),
    ("note", "A number of patients asked about 212345678"),
    ("note", "Plan A 212345678"),
    ("note", "alien abduction 212345678"),
]


test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_scores_and_kinds(engine: Engine) -> None:
    text = "SSN 536-90-4399; also 078-05-1123 and 078 05 1123; DEA BB1388568 vs AB1234563"
    rows = engine.scan([{"note": text}], source="t").findings.to_pylist()
    got = {text[r["start"] : r["end"]]: (r["detector"], round(r["score"], 2)) for r in rows}
    assert got["536-90-4399"] == ("regex", 0.95)  # SSN word nearby
    assert got["BB1388568"] == ("checksum", 1.0)
    text = "x 078-05-1123 / 078 05 1123 / AB1234563"
    rows = engine.scan([{"note": text}], source="t").findings.to_pylist()
    got = {text[r["start"] : r["end"]]: (r["detector"], round(r["score"], 2)) for r in rows}
    assert got == {
        "078-05-1123": ("regex", 0.85),
        "078 05 1123": ("regex", 0.7),
        "AB1234563": ("checksum", 0.7),  # DEA check digit, no DEA word
    }


def test_a_store_listings_licence_is_the_stores(engine: Engine) -> None:
    """A bare ``license_number`` the chunk's shape makes the listing's (a dispensary's name
    beside its hours, detectors/chunk_profiles.py) is not read as a person's licence; a
    labelled licence inside a note of the same row still is."""
    listing = {
        "store_name": "Mile High Wellness - Colfax",
        "license_number": "402R-00871",
        "address": "8120 E Colfax Ave",
        "hours": "Mon-Sun 8:00 AM - 9:50 PM",
    }
    assert engine.scan([listing], source="t").findings.num_rows == 0
    noted = {**listing, "note": "manager's driver's license: D1234-5678-901"}
    rows = engine.scan([noted], source="t").findings.to_pylist()
    assert [(r["field"], r["entity"]) for r in rows] == [("note", LIC)]
