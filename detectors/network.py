"""IP_ADDRESS (IPv4, IPv6) and URL in text.

Dotted quads are common in analytics data that holds no address at all: browser and OS
versions in user agents (``Chrome/120.0.0.0``, ``Android 10.2.3.4``), app versions,
``1.2.3.4.5`` build numbers. So an IPv4 match must have four octets of 0-255 standing
alone (not a piece of a longer dotted run), and is skipped when it reads as a version:
right after ``/`` (a product token; ``//`` of a URL host is fine), after a version or
product word, inside user-agent text (from its first marker on, unless a label names it
an address: an access-log line's client address comes before its user agent), or in a
version or system field. Fields named for the serving side of a request (a HAR's
``serverIPAddress``, ``OriginIP``, ``upstream_addr``) hold servers' addresses, not a
person's, and are not read. IPv6 candidates
are validated by :mod:`ipaddress` (compressed forms, IPv4-mapped, zone ids, prefixes);
MAC addresses and EUI-64 strings are not IPv6 (they are DEVICE_ID, another detector's),
and the unspecified address ``::`` counts only in a field named for IPs.

URL (off by default in :class:`~detectors.config.EngineConfig`) is emitted for
``http(s)://`` and ``www.`` URLs with a real host, at a modest score.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext
from detectors.registry import register
from detectors.spans import Occupied, Span

#: RE2 prefilter: a dotted quad, or something with ``::`` or four colon-separated hex groups.
IP_PREFILTER = (
    r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}|::"
    r"|[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:"
)
URL_PREFILTER = r"https?://|www\."

#: An octet 0-255 without leading zeros (``010`` is ambiguous: octal or decimal).
_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"
_IPV4 = re.compile(rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?:/\d{{1,2}}(?!\d))?(?!\w|\.\d)")
_IPV6 = re.compile(r"(?<![\w:.%])(?=[0-9A-Fa-f]{0,4}:[0-9A-Fa-f]{0,4}:)[0-9A-Fa-f:.]{2,45}")
_ZONE = re.compile(r"%[0-9A-Za-z_]{1,15}")
_PREFIX = re.compile(r"/(\d{1,3})(?!\w|\.\d)")
_WORD = re.compile(r"[a-z]+")
_URL = re.compile(
    r"(?<![\w@/.])(?:https?://|www\.)"
    r"(?:\[[0-9A-Fa-f:.]{2,45}\]|\d{1,3}(?:\.\d{1,3}){3}"
    r"|(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,10}(?:[A-Za-z]{2,63}|xn--[a-z0-9-]{2,59}))"
    r"(?::\d{1,5})?(?:[/?#][^\s<>\"'`{}|\\^]{0,2048})?",
    re.IGNORECASE,
)
_URL_TRAIL = ".,;:!?*'\""

#: Field path words of fields that hold IP addresses (``client_ip_address``, ``ipv6``).
IP_FIELD_WORDS = frozenset({"ip", "ipv4", "ipv6", "ipaddr", "ipaddress", "forwarded"})
#: Field path words of user-agent and version fields, where dotted quads are versions (a
#: device inventory's ``firmware`` = "5.4.1.22", a badge's or a pump's ``fw``).
VERSION_FIELD_WORDS = frozenset(
    {"agent", "ua", "useragent", "version", "ver", "build", "firmware", "fw"}
)
#: A word right before a dotted quad that makes it a version number.
VERSION_WORDS = frozenset(
    {"v", "ver", "version", "build", "release", "android", "ios", "os", "firmware", "fw",
     "chrome", "safari", "firefox", "edge", "opera", "windows", "nt", "mac", "iphone", "app",
     "sdk", "kernel", "crios", "fxios", "samsungbrowser", "edg"}
)  # fmt: skip
IP_WORDS = frozenset({"ip", "ips", "ipv4", "ipv6", "address", "addr", "host", "server"})
#: Field path words of the serving side of a request: a HAR entry's ``serverIPAddress``,
#: Cloudflare's ``EdgeServerIP`` and ``OriginIP``, nginx's ``upstream_addr``, an ALB log's
#: ``target_ip``, Envoy's ``downstream_local_address``, ECS ``host.ip``, ``destination.ip``
#: and ``observer.ip``, a Kubernetes ``pod_ip`` or ``node_ip``. Those hold a web server's,
#: a CDN node's or a cluster's own address, not a person's, unless the path also names the
#: client side (:data:`CLIENT_FIELD_WORDS`: ``server_log.client_ip``, ``remote_host``).
SERVER_FIELD_WORDS = frozenset(
    {"server", "upstream", "origin", "target", "backend", "host", "local", "destination"}
    | {"observer", "pod", "node"}
    # RADIUS's network access server (``NAS-IP-Address``), a Wi-Fi log's access point
    | {"nas", "ap"}
)
CLIENT_FIELD_WORDS = frozenset({"client", "remote", "forwarded", "user", "visitor", "customer"})
_UA_MARKERS = ("Mozilla/", "AppleWebKit", "Gecko/", "Dalvik/", "CFNetwork/")


def _last_word(text: str, start: int) -> str:
    words = _WORD.findall(text[max(0, start - 16) : start].lower())
    return words[-1] if words else ""


def _ip_context(text: str, start: int, end: int, profile: FieldProfile) -> bool:
    if profile.words & IP_FIELD_WORDS:
        return True
    near = text[max(0, start - 40) : start].lower() + " " + text[end : end + 24].lower()
    return bool(set(_WORD.findall(near)) & IP_WORDS)


class NetworkDetector:
    """IPv4 and IPv6 addresses (validated), and web URLs."""

    name = "network"
    entities = frozenset({"IP_ADDRESS", "URL"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if ctx.enabled("IP_ADDRESS"):
            yield from self._ips(ctx)
        if ctx.enabled("URL"):
            yield from self._urls(ctx)

    def _ips(self, ctx: ScanContext) -> Iterator[Span]:
        texts = ctx.cells.text
        ip_fields = ctx.field_mask(IP_FIELD_WORDS)
        ip_cells = frozenset(np.flatnonzero(ip_fields).tolist())
        keep = (ctx.non_system & ~ctx.field_mask(VERSION_FIELD_WORDS)) | ip_fields
        keep &= ~(ctx.field_mask(SERVER_FIELD_WORDS) & ~ctx.field_mask(CLIENT_FIELD_WORDS))
        for cell in ctx.candidates(IP_PREFILTER, among=keep).tolist():
            ip_field = cell in ip_cells
            text = texts[cell]
            profile = ctx.profile(cell)
            found = list(_ipv6_spans(text, ip_field)) if ":" in text else []
            ua_at = -1 if ip_field else _user_agent_start(text)
            for start, end in _ipv4_spans(text, ip_field):
                if ua_at < 0 or start < ua_at or _ip_context(text, start, end, profile):
                    found.append((start, end))
            for start, end in _non_overlapping(found):
                score = 0.95 if _ip_context(text, start, end, profile) else 0.85
                yield Span(cell, start, end, "IP_ADDRESS", score, "regex")

    def _urls(self, ctx: ScanContext) -> Iterator[Span]:
        for cell, m in ctx.finditer(_URL, URL_PREFILTER, ignore_case=True):
            end = _url_end(m.group()) + m.start()
            yield Span(cell, m.start(), end, "URL", 0.6, "regex")


def _user_agent_start(text: str) -> int:
    """Where user-agent text starts in ``text`` (its first marker), or -1.

    Dotted quads after that point are read as versions unless a label names them an
    address (``"Client IP Address":"…"``). Before it they are what a log line starts with:
    an access log's client address (``73.1.2.3 - - [12/Mar/2024…] "GET …" "Mozilla/5.0…"``).
    """
    found = [i for i in (text.find(marker) for marker in _UA_MARKERS) if i >= 0]
    return min(found) if found else -1


def _ipv4_spans(text: str, ip_field: bool) -> Iterator[tuple[int, int]]:
    """Dotted quads that are not versions; a CIDR suffix is kept only when it is /0-/32."""
    for m in _IPV4.finditer(text):
        start, end = m.start(), m.end()
        dotted, _, prefix = m.group().partition("/")
        if not ip_field and _looks_like_version(text, start):
            continue
        if prefix and int(prefix) > 32:
            end = start + len(dotted)
        yield start, end


def _looks_like_version(text: str, start: int) -> bool:
    """A product token (``Chrome/…``, not ``http://…``) or a version word right before."""
    if start and text[start - 1] == "/" and text[start - 2 : start] != "//":
        return True
    return _last_word(text, start) in VERSION_WORDS


def _ipv6_spans(text: str, ip_field: bool) -> Iterator[tuple[int, int]]:
    """Runs of hex digits, colons and dots that :mod:`ipaddress` accepts as IPv6.

    The run is taken greedily and trimmed (a sentence's final ``.``, a label's ``:``); a
    zone id (``%eth0``) and a valid prefix length (``/64``) extend the span, and a run glued
    to a following word (``fe80::1text``) is no address. A run ending in more digits than a
    group holds after its ``::`` is an address glued to a number (``2001:db8::17123 Main
    Street``, where the street takes the number): the address is the part up to ``::``.
    """
    for m in _IPV6.finditer(text):
        start = m.start()
        addr = m.group().rstrip(".")
        if addr.endswith(":") and not addr.endswith("::"):
            addr = addr[:-1]
        cut = addr.rfind("::") + 2
        if cut > 1 and addr[cut:].isdigit() and len(addr) - cut > 4:
            if _ipv6_ok(addr[:cut], "", ip_field):
                yield start, start + cut
            continue
        end = start + len(addr)
        zone = _ZONE.match(text, end)
        zone_text = zone.group() if zone else ""
        if zone:
            end = zone.end()
        if not _ipv6_ok(addr, zone_text, ip_field):
            continue
        prefix = _PREFIX.match(text, end)
        if prefix and int(prefix.group(1)) <= 128:
            end = prefix.end()
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            continue
        yield start, end


def _ipv6_ok(addr: str, zone: str, ip_field: bool) -> bool:
    """Validity, minus the look-alikes: ``::`` alone, code like ``A::B``, EUI-64 MACs."""
    if addr.count(":") < 2:
        return False
    if not ip_field and (addr == "::" or not any(c.isdigit() for c in addr)):
        return False  # ``::`` alone, or ``Foo::Bar`` / ``cafe::beef`` code and words
    groups = addr.split(":")
    if "::" not in addr and len(groups) == 8 and all(len(g) == 2 for g in groups):
        return False  # EUI-64 / long MAC written with colons: a device id, not an address
    try:
        ipaddress.IPv6Address(addr + zone)
    except ValueError:
        return False
    return True


def _url_end(url: str) -> int:
    """Length of ``url`` without trailing punctuation and unbalanced closing brackets."""
    end = len(url)
    while end and (url[end - 1] in _URL_TRAIL or _unbalanced(url, end)):
        end -= 1
    return end


def _unbalanced(url: str, end: int) -> bool:
    """True when ``url[:end]`` ends with a closing bracket that was never opened."""
    close = url[end - 1]
    opener = {")": "(", "]": "["}.get(close)
    return opener is not None and url.count(opener, 0, end) < url.count(close, 0, end)


def _non_overlapping(found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest first: ``::ffff:10.0.0.1`` wins over the ``10.0.0.1`` inside it."""
    if len(found) < 2:
        return found
    kept: list[tuple[int, int]] = []
    taken = Occupied()
    for s, e in sorted(set(found), key=lambda t: (t[0] - t[1], t[0])):
        if taken.claim(s, e):
            kept.append((s, e))
    return kept


@register("network")
def _factory(config: EngineConfig) -> NetworkDetector:
    return NetworkDetector()
