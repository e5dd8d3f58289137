"""IP_ADDRESS and URL: addresses in analytics payloads, and the version strings that look alike."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.vocabulary import ENTITIES

UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.109 Safari/537.36"
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("network",)))


@pytest.fixture(scope="module")
def url_engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("network",), entities=frozenset(ENTITIES)))


def _found(engine: Engine, record: dict) -> list[tuple[str, str, str]]:
    """``(field, entity, matched text)`` for every finding in one record."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    return [(r["field"], r["entity"], str(record[r["field"]])[r["start"] : r["end"]]) for r in rows]


IP_POSITIVES = [
    # (field, value, expected span text)
    ("user_data.client_ip_address", "203.0.113.9", "203.0.113.9"),
    ("context.ip", "2001:db8:85a3::8a2e:370:7334", "2001:db8:85a3::8a2e:370:7334"),
    ("hs_note_body", "Portal login from 198.51.100.23 flagged", "198.51.100.23"),
    ("x_forwarded_for", "10.0.0.1", "10.0.0.1"),
    ("notes", "seen from [2001:db8::1]:8443 twice", "2001:db8::1"),
    ("notes", "origin 192.168.1.10:8080 (vpn)", "192.168.1.10"),
    ("notes", "mapped ::ffff:192.0.2.1 here", "::ffff:192.0.2.1"),
    ("notes", "link-local fe80::1%eth0 up", "fe80::1%eth0"),
    ("notes", "allow 10.12.0.0/16 only", "10.12.0.0/16"),
    ("notes", "IP: 192.168.1.1.", "192.168.1.1"),
    ("notes", "loopback ::1", "::1"),
    ("ip", "::", "::"),
    ("ip", "1.2.3.4", "1.2.3.4"),
    ("context.ip", "Android 10.2.3.4", "10.2.3.4"),
    ("page_location", "http://192.168.0.12/admin", "192.168.0.12"),
    ("page_location", "https://clinic.org/t?ip=203.0.113.7&v=1.2.3.4", "203.0.113.7"),
    ("notes", "2001:db8::17123 Main Street", "2001:db8::"),  # a house number glued on
    # an access-log line: the client address comes before the user agent
    (
        "message",
        f'73.162.14.201 - - [12/Mar/2024:09:14:07 -0500] "GET / HTTP/1.1" 200 "{UA}"',
        "73.162.14.201",
    ),
    # Marketo's activity attributes: labelled as an address after the user agent
    ("Attributes", f'{{"User Agent":"{UA}","Client IP Address":"73.162.14.201"}}', "73.162.14.201"),
    ("server_log.client_ip", "203.0.113.9", "203.0.113.9"),
    # the client side of a log line named beside a serving-side word
    ("remote_host", "73.162.14.201", "73.162.14.201"),  # Apache %h as JSON
    ("downstream_remote_address", "67.180.12.44:52311", "67.180.12.44"),  # Envoy
    ("source.ip", "10.0.0.12", "10.0.0.12"),  # ECS: the client of an internal call
    ("Framed-IP-Address", "172.20.14.88", "172.20.14.88"),  # RADIUS: the guest's device
]


@pytest.mark.parametrize(("field", "value", "expected"), IP_POSITIVES)
def test_ip_positives(engine, field, value, expected):
    assert _found(engine, {field: value}) == [(field, "IP_ADDRESS", expected)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("IPv4: 192.168.1.1, IPv6: 2001:db8::1", ["192.168.1.1", "2001:db8::1"]),
        ("x-forwarded-for: 10.0.0.1, 172.16.4.2", ["10.0.0.1", "172.16.4.2"]),
    ],
)
def test_several_addresses_in_one_cell(engine, text, expected):
    assert [s for _, _, s in _found(engine, {"notes": text})] == expected


IP_NEGATIVES = [
    ("context.userAgent", UA),
    ("notes", UA),
    ("properties.ua", "MyApp/4.2.0.1 (iPhone; iOS 17.1.2)"),
    ("notes", "Chrome/120.0.0.0 on desktop"),
    ("notes", "Upgraded to Android 10.2.3.4 yesterday"),
    ("notes", "build v1.2.3.4 shipped"),
    ("notes", "release version 4.1.0.2"),
    ("app_info.version", "10.2.3.4"),
    # a device inventory's firmware column (a communication badge's, a pump's)
    ("firmware", "5.4.1.22"),
    ("badge.fw", "10.2.0.14"),
    ("notes", "semver 1.2.3"),
    ("notes", "dotted 10.2.3.4.5"),
    ("notes", "not an ip 999.1.1.1"),
    ("notes", "date 2024.01.02"),
    ("notes", "MAC address aa:bb:cc:dd:ee:ff"),
    ("device.mac", "aa:bb:cc:dd:ee:ff:00:11"),
    ("notes", "empty ::"),
    ("notes", "Time 12:34:56 and ratio 1:2:3:4"),
    ("notes", "std::cout and MyClass::toString"),
    ("notes", "see A::B and cafe::beef in the code"),
    ("notes", "text192.168.1.1"),
    ("notes", "2001::db8::1 is invalid"),
    ("notes", "octal 010.001.001.001"),
    ("event_timestamp", "2024-01-05T12:00:00.000Z"),
    ("page_location", "https://clinic.org/blog/2024/01/05/flu-season"),
    # the serving side of a request: a web server's or CDN node's address, not a person's
    ("serverIPAddress", "157.240.229.35"),  # HAR
    ("EdgeServerIP", "172.68.1.10"),  # Cloudflare Logpush
    ("OriginIP", "203.0.113.5"),
    ("upstream_addr", "10.0.3.17:8080"),  # nginx
    ("target_ip", "10.0.5.23"),  # ALB access log
    ("downstream_local_address", "10.8.1.5:8443"),  # Envoy's listener
    ("host.ip[0]", "10.0.4.12"),  # ECS: the host that shipped the log
    ("destination.ip", "10.0.9.8"),  # ECS
    ("kubernetes.pod_ip", "10.244.1.17"),
    ("node_ip", "10.0.12.34"),
    ("notes", f"{UA} 10.1.2.3"),  # a dotted quad inside user-agent text, unlabelled
    # a RADIUS accounting row's network access server, a Wi-Fi log's access point
    ("NAS-IP-Address", "10.1.0.5"),
    ("ap_ip", "10.12.5.32"),
]


@pytest.mark.parametrize(("field", "value"), IP_NEGATIVES)
def test_ip_negatives(engine, field, value):
    assert _found(engine, {field: value}) == []


URL_CASES = [
    # (field, value, expected URL spans)
    (
        "notes",
        "See https://www.example.com/portal?id=7. Thanks",
        ["https://www.example.com/portal?id=7"],
    ),
    ("notes", "my blog (www.janedoe-health.net) has it", ["www.janedoe-health.net"]),
    ("notes", "http://microsoft and www.microsoft are not hosts", []),
    ("page_title", "Flu shots | Clinic", []),
]


@pytest.mark.parametrize(("field", "value", "expected"), URL_CASES)
def test_urls_when_enabled(url_engine, field, value, expected):
    assert [s for _, e, s in _found(url_engine, {field: value}) if e == "URL"] == expected


def test_url_is_off_by_default(engine):
    assert _found(engine, {"notes": "See https://www.example.com/portal today"}) == []
