"""The device_vehicle detector: IMEI, MAC, advertising ids, serials (DEVICE_ID); VINs, plates."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("device_vehicle",)))


DEV, VEH = "DEVICE_ID", "VEHICLE_ID"
IDFA = "6D92078A-8246-4BA4-AE5B-76104861E7DC"
UUID = "6d92078a-8246-4ba4-ae5b-76104861e7dc"

POSITIVES = [
    ("note", "My MAC address is 00:1A:2B:3C:4D:5E", [(DEV, "00:1A:2B:3C:4D:5E")]),
    ("note", "MAC:00-1a-2b-3c-4d-5e.", [(DEV, "00-1a-2b-3c-4d-5e")]),
    ("note", "Cisco MAC: 0012.3456.789A", [(DEV, "0012.3456.789A")]),
    (
        "note",
        "MACs: 00:11:22:33:44:55 and AA-BB-CC-DD-EE-FF",
        [(DEV, "00:11:22:33:44:55"), (DEV, "AA-BB-CC-DD-EE-FF")],
    ),
    ("note", "IMEI 490154203237518", [(DEV, "490154203237518")]),
    ("imei", "356938035643809", [(DEV, "356938035643809")]),
    ("note", "device 35-209900-176148-1", [(DEV, "35-209900-176148-1")]),
    ("device.advertising_id", IDFA, [(DEV, IDFA)]),
    ("context.device.advertisingId", UUID, [(DEV, UUID)]),
    ("user_data.madid", UUID, [(DEV, UUID)]),
    ("device_id", "9774d56d682e549c", [(DEV, "9774d56d682e549c")]),  # Android ID
    ("note", f"IDFA: {IDFA}", [(DEV, IDFA)]),
    ("page_location", f"https://x.com/app?idfa={IDFA}&utm_source=app", [(DEV, IDFA)]),
    ("note", "serial number C02XK1ABJG5H", [(DEV, "C02XK1ABJG5H")]),
    ("note", "S/N: 12345-ABC", [(DEV, "12345-ABC")]),
    ("serial_number", "SN-884422-X1", [(DEV, "SN-884422-X1")]),
    ("device.sn", "GLM8J2K44310", [(DEV, "GLM8J2K44310")]),  # a monitoring platform's
    ("device_sn", "BPM2T4K00918", [(DEV, "BPM2T4K00918")]),
    ("note", "VIN 1HGCM82633A004352", [(VEH, "1HGCM82633A004352")]),
    ("note", "1M8GDM9AXKP042788", [(VEH, "1M8GDM9AXKP042788")]),  # valid check digit alone
    ("note", "vin: 1HGCM82643A004352", [(VEH, "1HGCM82643A004352")]),  # bad check, VIN word
    ("note", "license plate 7ABC123 CA", [(VEH, "7ABC123")]),
    ("note", "plate: ABC 1234", [(VEH, "ABC 1234")]),
    ("note", "vehicle VIN on file, plate 561 BMX.", [(VEH, "561 BMX")]),
    ("note", "plate M27-RWP.\nPrefers text", [(VEH, "M27-RWP")]),
    ("note", "plate: CA 7ABC123", [(VEH, "7ABC123")]),
    ("note", "tag # XYZ-789", [(VEH, "XYZ-789")]),
    ("license_plate", "7ABC123", [(VEH, "7ABC123")]),
    # the issuing state before a plate of two groups in a plate field (a volunteer-driver
    # roster's ``Plate``); a state-like first group of a two-group plate stays in it
    ("Plate", "OH JKV-4821", [(VEH, "JKV-4821")]),
    ("vehicle.plate", "CA 8XYZ 123", [(VEH, "8XYZ 123")]),
    ("Plate", "MA 123", [(VEH, "MA 123")]),
    ("note", "call 555-0143serial no. C02XK1ABJG5H", [(DEV, "C02XK1ABJG5H")]),  # glued
    # a GS1 UDI names one device by its (21) serial: only the serial is the person's
    ("udi", "(01)09321502041233(17)290930(10)LT8822(21)CI622K3309871", [(DEV, "CI622K3309871")]),
    ("implant", "UDI (01)00643169007222(21)SN12345 placed", [(DEV, "SN12345")]),
    ("label", "(01)00643169007222(21)A1B2(240)REF-9", [(DEV, "A1B2")]),
    # RADIUS accounting's client and a guest Wi-Fi splash log's client device
    ("Calling-Station-Id", "A4-C3-F0-5E-11-92", [(DEV, "A4-C3-F0-5E-11-92")]),
    ("clientMac", "3c:22:fb:9a:10:4e", [(DEV, "3c:22:fb:9a:10:4e")]),
]

NEGATIVES = [
    ("ad_id", "1792836459103327"),  # TikTok's ad id in every report: 16 decimal digits
    ("note", "Not a MAC: 00:1A:2B:3C:4D"),
    ("note", "Broadcast: FF:FF:FF:FF:FF:FF"),
    ("note", "Invalid: 00:00:00:00:00:00"),
    ("note", "mixed 10:2F:33-AC-29-C3"),
    ("note", "Invalid: ZZ:ZZ:ZZ:ZZ:ZZ:ZZ"),
    ("note", "EUI-64 00:11:22:33:44:55:66:77"),
    ("note", "build 1234.5678.9012"),
    ("note", "at 12:30:45"),
    ("note", "490154203237518"),  # IMEI-valid, but nothing says IMEI
    ("imei", "490154203237519"),  # Luhn fails
    ("session_id", UUID),
    ("message_id", UUID),
    ("context.messageId", UUID),
    ("event_id", UUID),
    ("transaction_id", UUID),
    ("anonymousId", UUID),  # an online id, not a device id
    ("note", f"session {IDFA}"),
    ("device.advertising_id", "00000000-0000-0000-0000-000000000000"),  # limited ad tracking
    ("note", "1HGCM82643A004352"),  # bad check digit and no VIN word
    ("note", "11111111111111111"),
    ("order_id", "12345678901234567"),
    ("coupon_code", "1M8GDM9AXKP042788"),  # VIN-valid, but in a coupon field
    ("note", "plate: gold"),
    ("note", "hot plate special 2024"),
    ("note", "tag manager GTM-ABC123"),
    ("tag", "GTM-ABC123"),
    ("note", "serial killer documentary"),
    ("note", "serial 2024-01-15"),
    # a mail piece's own serials: the Intelligent Mail barcode's, a presort sequence
    ("IMB_SERIAL", "000412"),
    ("imb_serial_number", "000412"),
    ("Mailpiece Serial", "88213405"),
    # a business document's own serial numbers the order or the invoice, not a device
    ("Order Serial", "45290"),
    ("invoice_serial_no", "INV-88213405"),
    ("Transaction Serial", "TX4471902"),
    # a bare ``sn`` is a directory's surname; a device's firmware build is no serial
    ("sn", "Smith"),
    ("device.firmware", "2.14.0-b5521"),
    ("event_timestamp", "1700000000123407"),
    ("ga_session_id", "1700000007"),
    ("note", "SKU-004512 x2 @ $19.99"),
    ("phone", "2125551234"),
    ("zip", "12345-6789"),
    # a UDI without a (21) serial is a product's or a batch's label (GTIN, expiry, lot)
    ("udi", "(01)00643169007222(17)260331(10)H8V2441Q"),
    ("note", "area code (21) 5550 1234"),  # a (21) with no GS1 GTIN before it
    # the network's gear: RADIUS's called station (the access point) and a splash log's AP
    ("Called-Station-Id", "E0-55-3D-1A-2B-3C:MercyGuest"),
    ("apMac", "e0:55:3d:1a:2b:3c"),
    ("ap_mac_address", "e0:55:3d:1a:2b:3c"),
]


test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_segment_track_call(engine: Engine) -> None:
    """Only the advertising id of a Segment call is a device id, not its other UUIDs."""
    call = {
        "messageId": UUID,
        "anonymousId": "0b6e3c4a-3f1d-4a52-9d0e-6c1b2a3d4e5f",
        "context": {"device": {"advertisingId": IDFA, "type": "ios"}},
        "properties": {"session_id": "11111111-2222-4333-8444-555555555555"},
    }
    rows = engine.scan([call], source="t").findings.to_pylist()
    assert [(r["field"], r["entity"]) for r in rows] == [("context.device.advertisingId", DEV)]


def test_scores_and_kinds(engine: Engine) -> None:
    text = "VIN 1HGCM82633A004352, vin 1HGCM82643A004352, MAC 00:1A:2B:3C:4D:5E"
    rows = engine.scan([{"note": text}], source="t").findings.to_pylist()
    got = {text[r["start"] : r["end"]]: (r["detector"], round(r["score"], 2)) for r in rows}
    assert got == {
        "1HGCM82633A004352": ("checksum", 1.0),
        "1HGCM82643A004352": ("regex", 0.6),
        "00:1A:2B:3C:4D:5E": ("regex", 0.95),
    }
