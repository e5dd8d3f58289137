"""EMAIL: plain, percent-encoded, obfuscated against spam, and base64 in link parameters."""

from __future__ import annotations

import base64
import hashlib
import json

import pytest

from detectors import Engine, EngineConfig
from detectors.email import decoded_base64


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("email",)))


def _emails(engine: Engine, field: str, value: str) -> list[str]:
    rows = engine.scan([{field: value}], source="t").findings.to_pylist()
    assert all(r["entity"] == "EMAIL" for r in rows)
    return [value[r["start"] : r["end"]] for r in rows]


def _b64(text: str, *, urlsafe: bool = False) -> str:
    raw = text.encode()
    return (base64.urlsafe_b64encode(raw).decode().rstrip("=") if urlsafe else
            base64.b64encode(raw).decode())  # fmt: skip


KLAVIYO = _b64(json.dumps({"kl_email": "jane@gmail.com", "kl_company_id": "AbC123"}))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("notes", "mail jane.doe@example.org today", ["jane.doe@example.org"]),
        ("message.headers.to", "Jane <jane@example.org>", ["jane@example.org"]),
        ("message_id_owner", "jane@example.org", ["jane@example.org"]),
        ("page_location", "https://x.org/u?email=jane%40x.com", ["jane%40x.com"]),
        # encoded twice: CloudFront's cs-uri-query, a page URL inside a tracker's query
        ("line", "GET\temail=jane.doe%2540gmail.com&fn=x", ["jane.doe%2540gmail.com"]),
        ("dl", "https://x.org/p?u=https%3A%2F%2Fy.org%2F%3Fe%3Djane%2540x.com", ["jane%2540x.com"]),
        ("notes", "<div>Email: jane&#64;example.com</div>", ["jane&#64;example.com"]),
        ("notes", "jane&#x40;example.com", ["jane&#x40;example.com"]),
        ("notes", "email me at jane(at)gmail.com", ["jane(at)gmail.com"]),
        ("notes", "jane [at] gmail [dot] com", ["jane [at] gmail [dot] com"]),
        ("notes", "reach me: jane.doe at gmail dot com thanks", ["jane.doe at gmail dot com"]),
        (
            "page_location",
            f"https://x.org/l?e={_b64('jane.doe@gmail.com')}",
            [_b64("jane.doe@gmail.com")],
        ),
        (
            "page_location",
            f"https://x.org/l?_kx={_b64('pat.lee@example.org', urlsafe=True)}",
            [_b64("pat.lee@example.org", urlsafe=True)],
        ),
        ("page_location", f"https://x.org/?_ke={KLAVIYO}", [KLAVIYO]),
        # letters of any script, whole (an ASCII-only pattern found nothing here)
        ("notes", "email josé.núñez@gmail.com re: refill", ["josé.núñez@gmail.com"]),
        (
            "notes",
            "write to ørjan@example.no or müller@web.de",
            ["ørjan@example.no", "müller@web.de"],
        ),
        # an apostrophe inside the local part ("jane.o'" was left before the tag)
        ("notes", "email: jane.o'brien@gmail.com", ["jane.o'brien@gmail.com"]),
        ("notes", "email: 'jane.o\u2019brien@gmail.com'", ["jane.o\u2019brien@gmail.com"]),
        # full-width at sign (folded by the cells)
        ("notes", "email jane.doe\uff20gmail.com", ["jane.doe\uff20gmail.com"]),
    ],
)
def test_positives(engine: Engine, field: str, value: str, expected: list[str]) -> None:
    assert _emails(engine, field, value) == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("notes", "we met at noon (at) the clinic"),
        ("notes", "see you at the gmail office"),
        ("notes", "user@localhost"),
        ("notes", "it's me@home today"),  # no domain with a dot
        ("id", _b64("this is not an email address")),
        ("hash", hashlib.sha256(b"a@b.com").hexdigest()),  # a digest is HASHED_ID's business
        ("gclid", "Cj0KCQiA4NWrBhD-ARIsAFCKwWsXyz12345"),
        # message ids of mail headers (Mailgun, SendGrid events) name messages, not mailboxes
        ("message.headers.message-id", "20240312141407.1.ABCDEF@mg.clinic.org"),
        ("smtp-id", "<14c5d75ce93.dfd.64b469@ismtpd-555.example.net>"),
        ("In-Reply-To", "<CAF=abc123@mail.gmail.com>"),
        # a cloud service account signs storage URLs: a program, not a person
        (
            "signed_url",
            "https://storage.googleapis.com/b/o.png?X-Goog-Credential=asset-signer%40eh-mkt"
            ".iam.gserviceaccount.com%2F20241015%2Fauto%2Fstorage%2Fgoog4_request",
        ),
        ("principal", "123456789012-compute@developer.gserviceaccount.com"),
    ],
)
def test_negatives(engine: Engine, field: str, value: str) -> None:
    assert _emails(engine, field, value) == []


def test_base64_address_among_many_hex_values(engine: Engine) -> None:
    """The hex screen drops digests and UUIDs in bulk, not the encoded address among them."""
    url = "https://x.org/l?h={}".format
    hexes = [{"u": url(hashlib.sha256(str(i).encode()).hexdigest())} for i in range(50)]
    records = [*hexes, {"u": url(_b64("pat.lee@example.org"))}, *hexes]
    rows = engine.scan(records, source="t").findings.to_pylist()
    assert [(r["record"], r["field"]) for r in rows] == [(50, "u")]


def test_base64_is_read_in_url_query_values_only(engine: Engine) -> None:
    assert _emails(engine, "token", _b64("pat.lee@example.org")) == []


def test_decoded_base64() -> None:
    assert decoded_base64(_b64("a@b.org")) == "a@b.org"
    assert decoded_base64(_b64("a@b.org", urlsafe=True)) == "a@b.org"
    assert decoded_base64("####") is None
    assert decoded_base64(base64.b64encode(bytes(range(200, 230))).decode()) is None  # not UTF-8


@pytest.mark.parametrize(
    ("field", "value"),
    [
        # message ids under their tools' own names, and in a headers blob's id lines
        ("MessageIdentifier", "<CAH7xq3Y+9bKfZ2mQ-Lk4@mail.gmail.com>"),
        ("ThreadIdentifier", "<CAH7xq3Y+9bKfZ2mQ-Lk4@mail.gmail.com>"),
        ("internetMessageId", "<BY5PR04MB6925A1@BY5PR04MB6925.namprd04.prod.outlook.com>"),
        ("References", "<0100018e0f3c2a11-7d1b@email.amazonses.com>"),
        ("Headers", "MIME-Version: 1.0\nMessage-ID: <CAJx3kq=Zr8@mail.gmail.com>\nX-Y: 1"),
        ("headers", "In-Reply-To: <a1@mg.clinic.org>\nReferences: <a0@mg.clinic.org>"),
        # a message id by its signing host, whatever the field (ServiceNow ``sys_email.uid``)
        ("uid", "<DM6PR04MB4471C2@DM6PR04MB4471.namprd04.prod.outlook.com>"),
        ("notes", "see <CAJx3kq=Zr8+Yt2@mail.gmail.com> and <0100018e@email.amazonses.com>"),
    ],
)
def test_message_ids_are_no_addresses(engine: Engine, field: str, value: str) -> None:
    assert _emails(engine, field, value) == []


def test_headers_blob_keeps_the_senders_address(engine: Engine) -> None:
    value = "Return-Path: <linda.park77@gmail.com>\nMessage-ID: <CAH7@mail.gmail.com>"
    assert _emails(engine, "Headers", value) == ["linda.park77@gmail.com"]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        # an iCalendar or vCard UID shaped like an address names the event or the card
        ("ics", "BEGIN:VEVENT\nUID:appt-20241015-88412@booking.example-imaging.org\nEND:VEVENT"),
        ("vcf", "BEGIN:VCARD\r\nUID:20241128_closure@clinic.example.org\r\nEND:VCARD"),
        # a role mailbox on a party's header line inside a blob is the organisation's
        ("raw_mime", "From: Riverside Health <news@riverside.example.org>\nSubject: Parking"),
        ("config_yaml", "campaign: fall\nsender: news@brand.example.com\n"),
        ("ics", "BEGIN:VEVENT\nORGANIZER;CN=Events Team:mailto:events@example.org\nEND:VEVENT"),
        (
            "authentication_results",
            "spf=pass (google.com: domain of bounces+2191@em.brand.com designates 1.2.3.4 as "
            'permitted sender) smtp.mailfrom="bounces+2191@em.brand.com"',
        ),
    ],
)
def test_calendar_uids_and_organisation_header_lines(
    engine: Engine, field: str, value: str
) -> None:
    assert _emails(engine, field, value) == []


def test_a_person_on_a_header_line_and_a_uid_outside_a_calendar_are_kept(engine: Engine) -> None:
    # a person's own address on a From line; a ``uid:`` line of YAML or LDIF is a login
    assert _emails(engine, "headers", "From: Harold <hnguyen1949@comcast.net>") == [
        "hnguyen1949@comcast.net"
    ]
    assert _emails(engine, "ldif", "dn: uid=x\nuid: jane.doe@gmail.com") == ["jane.doe@gmail.com"]
    # a role mailbox in running text is still reported (only a party's line lets it go)
    assert _emails(engine, "notes", "she wrote to news@brand.example.com") == [
        "news@brand.example.com"
    ]
