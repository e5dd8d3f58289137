"""EMAIL: addresses in text, including percent-encoded ``%40`` inside URLs and HTML-encoded
``&#64;`` in CRM notes, addresses
people obfuscate against spam, and base64-encoded addresses in link parameters.

The RE2 prefilter (``@`` or ``%40``) rejects most cells without a Python call; the Python
pattern then takes exact spans and a TLD check drops ``user@localhost``-style noise.

Two further shapes, each behind its own prefilter:

* **Obfuscated** in messages and form answers: ``jane(at)gmail.com``,
  ``jane [at] gmail [dot] com``, and the spelled-out ``jane at gmail dot com`` when the
  domain is a large mail provider (a plain " at " is everyday English otherwise). Score
  0.85: a person wrote their address so that machines would not read it.
* **Base64** in a URL query value that is nothing but base64: email platforms put the
  subscriber's address, or a small JSON object holding it, into tracking links
  (``?e=amFuZUBnbWFpbC5jb20=``). When the decoded text holds an address, the whole encoded
  value is the finding (its redaction removes the address with it). Other fields are not
  decoded: analytics exports are full of base64-looking ids, and decoding each costs more
  than it finds (base64 in URL *paths* is :mod:`detectors.url_paths`' job).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import SERVICE_ACCOUNT, key_tokens, organisation_place_field
from detectors.registry import register
from detectors.senders import crm_dropbox, mailbox_party_field, role_mailbox
from detectors.spans import Span
from detectors.unescape import decoded_base64 as base64_text

#: ``@`` as written in URLs (``%40``; ``%2540`` where a URL was encoded twice, as CloudFront
#: logs a query string and trackers pass a page URL inside another's query) and in the
#: HTML of CRM notes (``&#64;``, ``&#x40;``, ``&commat;``).
PREFILTER = r"@|%40|%2540|(?i:&#0*64;|&#x0*40;|&commat;)"
#: Letters and digits may be any script's (``josé.núñez@…``, ``müller@…``; RFC 6531): an
#: ASCII-only local part would not match at all after an accent (the lookbehind refuses a
#: letter before the address), so the whole address would stay in the redacted copy.
#: An apostrophe between letters is part of the local part (``jane.o'brien@…``, valid per
#: RFC 5322 and common with Irish names): stopping there left ``jane.o'`` readable.
PATTERN = re.compile(
    r"(?<![\w.%+-])[^\W_](?:[\w.%+-]|'(?=\w)){0,63}(?:@|%40|%2540|&#0*64;|&#[xX]0*40;|&commat;)"
    r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{2,59})(?![\w-])"
)

#: Mail providers whose name makes a spelled-out "x at gmail dot com" an address.
PROVIDERS = (
    "gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|me|mac|comcast"
    "|verizon|att|sbcglobal|bellsouth|cox|charter|earthlink|protonmail|proton|gmx|zoho"
)
_AT = r"\s{0,2}[(\[{<]\s?at\s?[)\]}>]\s{0,2}"
_DOT = r"(?:\s{0,2}[(\[{<]\s?dot\s?[)\]}>]\s{0,2}|\.)"
OBFUSCATED = re.compile(
    rf"(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._+-]{{0,63}}{_AT}"
    rf"(?:[A-Za-z0-9-]{{1,63}}{_DOT})+[A-Za-z]{{2,24}}(?![\w-])"
    rf"|(?<![\w.+-])[A-Za-z0-9][A-Za-z0-9._+-]{{0,63}}\s+at\s+(?:{PROVIDERS})\s+dot\s+"
    r"(?:com|net|org|edu)(?![\w-])",
    re.IGNORECASE,
)
OBFUSCATED_PREFILTER = rf"(?i:[(\[{{<]\s?at\s?[)\]}}>]|\sat\s+(?:{PROVIDERS})\s+dot\s)"
_ANY_PREFILTER = f"{PREFILTER}|{OBFUSCATED_PREFILTER}"
OBFUSCATED_SCORE = 0.85
_OBFUSCATED_HINT = re.compile(r"[(\[{<]\s?at\s?[)\]}>]|\sat\s", re.IGNORECASE)

#: A whole cell of base64 (standard or URL-safe alphabet, padding optional).
BASE64_PREFILTER = r"^[A-Za-z0-9+/_-]{16,}={0,2}$"
#: Hex digests and UUIDs pass the base64 screen but never hold an address (every one of
#: their characters is a hex digit or a dash): a second screen drops them in bulk, since
#: analytics exports are full of them.
HEX_ONLY = r"^[0-9A-Fa-f-]+$"
_BASE64 = re.compile(r"[A-Za-z0-9+/_-]{16,4096}={0,2}")


def decoded_base64(text: str) -> str | None:
    """The printable UTF-8 text a base64 value encodes, or None (not base64, or not text)."""
    out = base64_text(text)
    return out if out is not None and out.isprintable() else None


def encodes_address(value: str) -> bool:
    """True when ``value`` is base64 of text that holds an email address."""
    decoded = decoded_base64(value)
    return decoded is not None and "@" in decoded and PATTERN.search(decoded) is not None


#: Keys of mail headers whose values are message ids (RFC 5322 ``msg-id``,
#: ``<20240312.1.ABC@mg.clinic.org>``): shaped like an address, naming a message, not a
#: mailbox. Email platforms export them with every event (Mailgun's
#: ``message.headers.message-id``, SendGrid's ``smtp-id``).
MESSAGE_ID_KEYS = frozenset(
    {("message", "id"), ("msg", "id"), ("smtp", "id"), ("in", "reply", "to"), ("references",)}
)
#: Endings of a key that holds a message id under a tool's own name: Salesforce
#: EmailMessage's ``MessageIdentifier`` and ``ThreadIdentifier``, Graph's
#: ``internetMessageId``, ``in_reply_to_id``.
MESSAGE_ID_TAILS = frozenset(
    {("message", "id"), ("message", "identifier"), ("thread", "identifier"), ("reply", "to", "id")}
)
#: A mail header line holding message ids inside a headers blob (Salesforce's
#: ``EmailMessage.Headers``, ServiceNow's ``sys_email.headers``, a raw DSN part).
_MESSAGE_ID_LINE = re.compile(
    r"(?im)^[ \t]*(?:message-id|in-reply-to|references|resent-message-id)[ \t]*:[^\n]*"
)


@functools.lru_cache(maxsize=4096)
def message_id_field(path: str) -> bool:
    """True when the last key of ``path`` names a message id header (cached per path)."""
    keys = key_tokens(path)
    if not keys:
        return False
    last = keys[-1]
    return last in MESSAGE_ID_KEYS or any(last[-len(t) :] == t for t in MESSAGE_ID_TAILS)


#: Hosts that sign message ids, never a mailbox's domain (addresses are ``@gmail.com``,
#: ids ``@mail.gmail.com``): a ServiceNow ``sys_email.uid``, a ``References`` list in any
#: field, a quoted ``Message-ID`` in a bounce's text.
MESSAGE_ID_HOSTS = re.compile(
    r"@(?:mail\.gmail\.com|[\w.-]+\.prod\.outlook\.com|[\w.-]*amazonses\.com"
    r"|[\w.-]+\.mailgun\.org|[\w.-]*sendgrid\.net|[\w.-]+\.mandrillapp\.com)$",
    re.IGNORECASE,
)


#: Cloud service accounts: a program's identity, never a person's mailbox. Google Cloud
#: writes one into every V4-signed storage URL (``X-Goog-Credential=<account>%2F<date>…``)
#: and into audit and IAM logs (one pattern with the field-name family's check).
SERVICE_ACCOUNT_HOSTS = re.compile(SERVICE_ACCOUNT)


#: An iCalendar or vCard ``UID`` property line (RFC 5545 recommends ``<unique>@<host>``:
#: ``UID:appt-20241015-88412@booking.example.org``): the event's or the card's id, shaped
#: like an address. Read only in a cell that holds such an object (``BEGIN:VEVENT``,
#: ``BEGIN:VCARD``...), where a bare ``uid:`` line of YAML or LDIF (a login) is not.
_CALENDAR_UID_LINE = re.compile(r"(?im)^[ \t]*UID[;:][^\n]*")
#: A message party's header line inside a blob (raw headers, a MIME source, a config's
#: ``sender:``, an iCalendar ``ORGANIZER``, a DMARC report's ``smtp.mailfrom=``): a role
#: mailbox there is the organisation's, as in a sender or recipient field
#: (:func:`detectors.senders.mailbox_party_field`). An SPF result's comment names the
#: envelope sender too (``domain of bounces+2191@em.brand.com designates …``).
_PARTY_LINE = re.compile(
    r"(?im)^[ \t]*(?:from|sender|reply[-_]to|return-path|to|cc|bcc|organizer|envelope-from)"
    r"\b[^\n:]{0,80}:[^\n]*|\b(?:smtp\.mailfrom|envelope-from|header\.from)=[^\s;]+"
    r"|\bdomain of \S+ designates\b"
)


def _message_id_lines(value: str) -> list[tuple[int, int]]:
    """Spans of the message-id header lines in a headers blob, and of the ``UID`` lines of
    an iCalendar or vCard object (none for most text)."""
    lowered = value.lower()
    spans = []
    if "-id" in lowered or "references" in lowered:
        spans = [m.span() for m in _MESSAGE_ID_LINE.finditer(value)]
    if "begin:v" in lowered:
        spans += [m.span() for m in _CALENDAR_UID_LINE.finditer(value)]
    return spans


def _party_lines(value: str) -> list[tuple[int, int]]:
    """Spans of the message parties' header lines in a blob (:data:`_PARTY_LINE`)."""
    return [m.span() for m in _PARTY_LINE.finditer(value)] if "\n" in value or "=" in value else []


class EmailDetector:
    """Email addresses anywhere in a cell but a message id header."""

    name = "email"
    entities = frozenset({"EMAIL"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        text = ctx.cells.text
        msg_ids = np.fromiter(map(message_id_field, ctx.cells.paths), dtype=bool)
        # a role mailbox is the organisation's in a message's party field and in the
        # organisation's own contact block (a consent receipt's controller, a store's)
        senders = np.fromiter(
            (mailbox_party_field(p) or organisation_place_field(p) for p in ctx.cells.paths),
            dtype=bool,
        )
        candidates = ctx.candidates(_ANY_PREFILTER)
        candidates = candidates[~msg_ids[ctx.cells.hint_id[candidates]]]
        # one screen for plain and obfuscated addresses; the obfuscated pattern runs only
        # where its cheap hint does (most candidates are plain addresses)
        for i in candidates:
            cell = int(i)
            value = text[cell]
            sender = senders[ctx.cells.hint_id[cell]]
            id_lines = _message_id_lines(value)
            party_lines: list[tuple[int, int]] | None = None
            for m in PATTERN.finditer(value):
                if role_mailbox(m.group()):
                    if sender:
                        continue  # the organisation's own mailbox on a message (senders)
                    if party_lines is None:
                        party_lines = _party_lines(value)
                    if any(a <= m.start() < b for a, b in party_lines):
                        continue  # the same, on a party's header line inside a blob
                if crm_dropbox(m.group()):
                    continue  # the CRM's own logging address (detectors.senders)
                if id_lines and any(a <= m.start() < b for a, b in id_lines):
                    continue  # a message id in a header line names a message
                if MESSAGE_ID_HOSTS.search(m.group()):
                    continue  # a mail server's message id, not a mailbox
                if SERVICE_ACCOUNT_HOSTS.search(m.group()):
                    continue  # a cloud service account: a program, not a person
                yield Span(cell, m.start(), m.end(), "EMAIL", 1.0, "regex")
            if _OBFUSCATED_HINT.search(value):
                for m in OBFUSCATED.finditer(value):
                    yield Span(cell, m.start(), m.end(), "EMAIL", OBFUSCATED_SCORE, "regex")
        yield from _encoded(ctx)


def _encoded(ctx: ScanContext) -> Iterator[Span]:
    """Base64 addresses: only URL query values are read (where email platforms put them),
    and hex digests and UUIDs, which pass the base64 screen, are dropped in bulk."""
    query = np.fromiter(("?" in p for p in ctx.cells.paths), dtype=bool, count=len(ctx.cells.paths))
    if not query.any():
        return
    mask = query[ctx.cells.hint_id]
    maybe = ctx.candidates(BASE64_PREFILTER, among=mask)
    if len(maybe):
        mask = np.zeros(len(ctx.cells), dtype=bool)
        mask[maybe] = True
        maybe = np.setdiff1d(maybe, ctx.candidates(HEX_ONLY, among=mask))
    text = ctx.cells.text
    for i in maybe:
        cell = int(i)
        value = text[cell]
        if _BASE64.fullmatch(value) and encodes_address(value):
            yield Span(cell, 0, len(value), "EMAIL", 1.0, "regex")


@register("email")
def _factory(config: EngineConfig) -> EmailDetector:
    return EmailDetector()
