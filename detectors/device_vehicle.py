"""DEVICE_ID (IMEI, MAC, advertising ids, serial numbers) and VEHICLE_ID (VINs, plates).

UUIDs are everywhere in analytics exports (session, message, event and transaction ids),
so a UUID is a device identifier only as the whole value of an advertising-id or device-id
field (``device.advertising_id``, ``context.device.advertisingId``, ``user_data.madid``,
``?idfa=``) or right after such a word in text; the all-zero "limit ad tracking" id is not
an identifier. MAC addresses have a shape of their own (six hex pairs with one separator
kind, or Cisco's dotted triplets); broadcast and all-zero addresses are refused, and an
all-digit one needs a MAC word.

An IMEI is 15 digits with a Luhn check digit, but so are some card numbers, so it needs an
IMEI/device word or field. A VIN is 17 characters without I, O, Q whose position-9 check
digit is mandatory in North America: a valid one is reported on its own ("checksum"); one
with a wrong check digit only next to a VIN word, at 0.6. Serial numbers and licence
plates have no structure and are taken only after their words or in their fields.

A medical device's UDI in GS1's human-readable form (``(01)<GTIN>(17)<expiry>(10)<lot>
(21)<serial>``) names one unit only by its ``(21)`` serial: the GTIN, the lot and the expiry
are the same for every unit of a product or a batch. So only the serial is reported, and a
UDI without one (a batch's label in an inventory feed) is no finding.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from detectors.checksums import imei_valid, vin_valid
from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext, near_words
from detectors.keyed import CONNECT, LABEL_START, LABEL_START_RE2, whole_or_keyed
from detectors.location import STATE_CODES
from detectors.registry import register
from detectors.spans import Span

_HEX2 = "[0-9A-Fa-f]{2}"
PREFILTER = "|".join(
    (
        _HEX2 + ("[:-]" + _HEX2) * 5,
        r"[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}",
        r"(?:^|[^0-9])[0-9]{15}(?:[^0-9]|$)|[0-9]{2}[- ][0-9]{6}[- ][0-9]{6}[- ][0-9]",
        r"\b[A-HJ-NPR-Z0-9]{13}[0-9]{4}\b",
        r"\(21\)",
        r"(?i:imei|serial|s/n|plate|vehicle|\bvin\b|idfa|gaid|madid|idfv|advertising.?id"
        r"|device.?id|" + LABEL_START_RE2 + r"(?:sn\b|tag.?(?:number|num|no|#)|adid|aaid|ad.?id))",
    )
)

# A hex pair not continuing a longer chain of pairs ("MAC:00:1A..." is fine).
_MAC = re.compile(
    r"(?<![0-9A-Za-z])(?<!(?<![0-9A-Za-z])[0-9A-Fa-f]{2}[:-])"
    r"[0-9A-Fa-f]{2}(?P<sep>[:-])(?:[0-9A-Fa-f]{2}(?P=sep)){4}[0-9A-Fa-f]{2}"
    r"(?![0-9A-Za-z]|[:-][0-9A-Fa-f])"
)
_MAC_DOTTED = re.compile(
    r"(?<![0-9A-Za-z.])[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}\.[0-9A-Fa-f]{4}(?![0-9A-Za-z]|\.[0-9A-Za-z])"
)
_IMEI = re.compile(
    r"(?<![\w.,$-])(?:\d{15}|\d{2}(?P<s>[- ])\d{6}(?P=s)\d{6}(?P=s)\d)(?![\w-]|[.,]\d)"
)
_VIN = re.compile(r"(?<![A-Za-z0-9])[A-HJ-NPR-Z0-9]{13}\d{4}(?![A-Za-z0-9])")
_UUID = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
_AD_ID_VALUE = re.compile(r"\s*\{?(?P<v>" + _UUID + r"|[0-9A-Fa-f]{16})\}?\s*")

_AD_ID_KEYED = re.compile(
    LABEL_START
    + r"(?i:(?:idfa|gaid|adid|aaid|madid|idfv|advertising[ _-]?id(?:entifier)?|ad[ _-]?id"
    r"|device[ _-]?id))(?!\w)" + CONNECT + r"(?P<v>" + _UUID + r")(?![\w-])"
)
_SERIAL = re.compile(
    LABEL_START
    + r"(?i:(?:serial(?:[ _-]?(?:number|num|nbr|no|nr|#))?|s/n|sn))(?!\w)"
    + CONNECT
    + r"(?P<v>[A-Z0-9](?:[A-Z0-9-]{3,20})[A-Z0-9])(?![\w-]|[.,]\d)"
)
_PLATE = re.compile(
    LABEL_START + r"(?i:(?:(?:licen[cs]e|registration|number)[ _-]?plate|plate"
    r"|tag[ _-]?(?:number|num|no|#)|vehicle[ _-]?registration))"
    r"(?:[ _-]?(?:number|num|nbr|no|#))?(?!\w)"
    + CONNECT
    + r"(?P<v>[A-Z0-9]{1,8}(?:[ -][A-Z0-9]{1,7})?)(?![\w-])"
)
#: A plate field's whole value, after an optional issuing state when two groups follow it
#: (a volunteer driver's ``Plate`` = "OH JKV-4821"): the state is not part of the plate.
#: A state before one group ("MA 123") may be the plate's own first group and stays in it.
_PLATE_FIELD_VALUE = re.compile(
    r"\s*(?:(?:" + "|".join(sorted(STATE_CODES)) + r")\s+(?=[A-Za-z0-9]{1,8}[ -][A-Za-z0-9]))?"
    r"(?P<v>[A-Za-z0-9]{1,8}(?:[ -][A-Za-z0-9]{1,7})?)\s*"
)
_SERIAL_FIELD_VALUE = re.compile(r"\s*(?P<v>[A-Za-z0-9](?:[A-Za-z0-9-]{3,20})[A-Za-z0-9])\s*")
#: A GS1 UDI's serial: the ``(21)`` element of a string that starts with its ``(01)`` GTIN,
#: up to the next element or the end (GS1 allows 20 characters of its character set).
_UDI_SERIAL = re.compile(
    r"\(01\)\d{14}(?:\(\d{2,4}\)[^()\s]{1,30})*?\(21\)(?P<v>[A-Za-z0-9!%&*+./:<=>?_-]{1,20})"
    r"(?=\(\d{2,4}\)|[\s,;]|$)"
)
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}")


def _groups(*groups: str) -> tuple[frozenset[str], ...]:
    return tuple(frozenset(g.split()) for g in groups)


MAC_CONTEXT = _groups(
    "mac", "hardware", "ethernet", "wifi", "wi fi", "wlan", "bssid", "nic", "physical", "device"
)
IMEI_CONTEXT = _groups("imei", "device", "handset", "meid")
VIN_CONTEXT = _groups("vin", "vehicle", "chassis", "car", "auto")
AD_ID_FIELDS = _groups(
    "idfa",
    "gaid",
    "adid",
    "aaid",
    "madid",
    "idfv",
    "advertising",
    "advertiser id",
    "ad id",
    "device id",
    "android id",
)
# not a bare "sn": in LDAP exports that is the surname; under a device word it is the
# device's serial (a monitoring platform's ``device.sn``, ``device_sn``)
SERIAL_FIELDS = _groups("serial", "device sn")
PLATE_FIELDS = _groups("plate", "tag number", "vehicle registration")
# Fields of codes that are someone else's (a 17-character coupon passes the VIN check
# digit one time in eleven): a VIN there needs a VIN word.
FOREIGN_FIELD_WORDS = frozenset(
    {"order", "transaction", "sku", "coupon", "promo", "voucher", "code", "tracking", "ref"}
    | {"reference", "confirmation", "booking", "invoice", "ticket", "session", "event"}
)
_OWN_FIELD_WORDS = frozenset({"imei", "mac", "vin", "vehicle", "serial", "plate", "device"})
#: Words of a mail piece's own serials: the Intelligent Mail barcode's serial number
#: (``IMB_SERIAL``), a presort or a tray's sequence. They number the mailer's pieces, not a
#: person's device.
MAIL_PIECE_WORDS = frozenset({"imb", "imbc", "impb", "mailpiece", "piece", "presort", "tray"})
#: Words of a business document's own serial (an ``Order Serial``, an ``Invoice Serial No``,
#: a ``Transaction Serial``): it numbers the order or the invoice, not a person's device.
DOCUMENT_SERIAL_WORDS = FOREIGN_FIELD_WORDS - {"code"}


def _in_context(words: frozenset[str], groups: tuple[frozenset[str], ...]) -> bool:
    return any(g <= words for g in groups)


class _FieldKind(NamedTuple):
    """Which whole-value checks a field's name asks for."""

    ad_id: bool
    serial: bool
    plate: bool


def _field_kind(p: FieldProfile) -> _FieldKind | None:
    kind = _FieldKind(
        _in_context(p.words, AD_ID_FIELDS),
        _in_context(p.words, SERIAL_FIELDS)
        and not p.words & MAIL_PIECE_WORDS
        and not p.words & DOCUMENT_SERIAL_WORDS,
        _in_context(p.words, PLATE_FIELDS),
    )
    return kind if any(kind) else None


class DeviceVehicleDetector:
    """IMEIs, MAC addresses, advertising/device ids, serial numbers, VINs and plates."""

    name = "device_vehicle"
    entities = frozenset({"DEVICE_ID", "VEHICLE_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        kinds = [_field_kind(p) for p in ctx.profiles]
        field_paths = [i for i, k in enumerate(kinds) if k is not None]
        fields = (
            np.flatnonzero(np.isin(ctx.cells.hint_id, field_paths))
            if field_paths
            else np.empty(0, dtype=np.int64)
        )
        devices, vehicles = ctx.enabled("DEVICE_ID"), ctx.enabled("VEHICLE_ID")
        hint = ctx.cells.hint_id
        for i in np.union1d(ctx.candidates(PREFILTER), fields):
            cell = int(i)
            prof = ctx.profile(cell)
            kind = kinds[int(hint[cell])]
            if prof.system and kind is None and not prof.words & _OWN_FIELD_WORDS:
                continue  # a machine field whose name is not about these ids
            text = ctx.cells.text[cell]
            if devices:
                yield from _macs(prof, cell, text)
                yield from _imeis(prof, cell, text)
                yield from _ad_ids(cell, text, kind)
                yield from _serials(cell, text, kind)
                yield from _udi_serials(cell, text)
            if vehicles:
                yield from _vins(prof, cell, text)
                yield from _plates(cell, text, kind)


def _words(prof: FieldProfile, text: str, start: int, end: int) -> frozenset[str]:
    return prof.words | near_words(text, start, end)


#: Words of a field naming network equipment's own MAC: RADIUS's network access server
#: and called station, a Wi-Fi log's access point (``apMac``): the venue's gear.
NETWORK_GEAR_WORDS = frozenset({"nas", "ap", "called"})


def _macs(prof: FieldProfile, cell: int, text: str) -> Iterator[Span]:
    if prof.words & NETWORK_GEAR_WORDS and prof.entity != "DEVICE_ID":
        return  # an access point's or a NAS's MAC is the network's, no guest's device
    for m in (*_MAC.finditer(text), *_MAC_DOTTED.finditer(text)):
        hexes = re.sub(r"[^0-9A-Fa-f]", "", m.group()).upper()
        if len(set(hexes)) == 1 and hexes[0] in "0F":  # all-zero or broadcast
            continue
        near = _in_context(_words(prof, text, m.start(), m.end()), MAC_CONTEXT)
        if near:
            score = 0.95
        elif not hexes.isdigit():
            score = 0.85
        elif m.re is _MAC:
            score = 0.6
        else:
            continue  # 1234.5678.9012 without a MAC word is just numbers
        yield Span(cell, m.start(), m.end(), "DEVICE_ID", score, "regex")


def _imeis(prof: FieldProfile, cell: int, text: str) -> Iterator[Span]:
    for m in _IMEI.finditer(text):
        if not imei_valid(re.sub(r"\D", "", m.group())):
            continue
        if _in_context(_words(prof, text, m.start(), m.end()), IMEI_CONTEXT):
            yield Span(cell, m.start(), m.end(), "DEVICE_ID", 1.0, "checksum")


def _ad_ids(cell: int, text: str, kind: _FieldKind | None) -> Iterator[Span]:
    in_field = kind is not None and kind.ad_id
    for m in whole_or_keyed(text, in_field, _AD_ID_VALUE, _AD_ID_KEYED):
        if _ad_id_ok(m.group("v")):
            yield Span(cell, m.start("v"), m.end("v"), "DEVICE_ID", 0.9, "regex")


def _ad_id_ok(value: str) -> bool:
    """Not the all-zero id iOS and Android report when the user limits ad tracking, and not
    16 decimal digits: an Android ID is 16 random hex digits (all decimal one time in
    2,000), while ad platforms number their ads so (TikTok's ``ad_id`` in every report)."""
    return len(set(value.replace("-", ""))) > 1 and not (len(value) == 16 and value.isdigit())


def _serials(cell: int, text: str, kind: _FieldKind | None) -> Iterator[Span]:
    in_field = kind is not None and kind.serial
    for m in whole_or_keyed(text, in_field, _SERIAL_FIELD_VALUE, _SERIAL):
        if _DATE_LIKE.fullmatch(m.group("v")):
            continue
        value = m.group("v").replace("-", "")
        if 5 <= len(value) <= 20 and any(c.isdigit() for c in value) and len(set(value)) > 1:
            yield Span(cell, m.start("v"), m.end("v"), "DEVICE_ID", 0.85, "regex")


def _udi_serials(cell: int, text: str) -> Iterator[Span]:
    """The ``(21)`` serial of a GS1 UDI: the one part that names a single device."""
    if "(21)" not in text:
        return
    for m in _UDI_SERIAL.finditer(text):
        yield Span(cell, m.start("v"), m.end("v"), "DEVICE_ID", 0.9, "regex")


def _vins(prof: FieldProfile, cell: int, text: str) -> Iterator[Span]:
    for m in _VIN.finditer(text):
        vin = m.group()
        if vin.isdigit() or vin[9] in "UZ0":  # position 10 is the model year: never U, Z, 0
            continue
        near = _in_context(_words(prof, text, m.start(), m.end()), VIN_CONTEXT)
        if vin_valid(vin) and (near or not prof.words & FOREIGN_FIELD_WORDS):
            yield Span(cell, m.start(), m.end(), "VEHICLE_ID", 1.0, "checksum")
        elif near and vin[8] in "0123456789X":
            yield Span(cell, m.start(), m.end(), "VEHICLE_ID", 0.6, "regex")


def _plates(cell: int, text: str, kind: _FieldKind | None) -> Iterator[Span]:
    in_field = kind is not None and kind.plate
    for m in whole_or_keyed(text, in_field, _PLATE_FIELD_VALUE, _PLATE):
        start, end = m.span("v")
        value = m.group("v")
        parts = re.split(r"[ -]", value)
        if len(parts) == 2 and parts[1].upper() in STATE_CODES and len(parts[0]) >= 5:
            # "7ABC123 CA": the state is not part of the plate; "561 BMX", "M27-RWP" are
            # plates in two groups.
            end = start + len(parts[0])
            value = parts[0]
        elif len(parts) == 2 and parts[0].upper() in STATE_CODES and len(parts[1]) >= 5:
            start = end - len(parts[1])  # "CA 7ABC123"
            value = parts[1]
        compact = value.replace(" ", "").replace("-", "")
        if 2 <= len(compact) <= 8 and any(c.isdigit() for c in compact):
            yield Span(cell, start, end, "VEHICLE_ID", 0.85, "regex")


@register("device_vehicle")
def _factory(config: EngineConfig) -> DeviceVehicleDetector:
    return DeviceVehicleDetector()
