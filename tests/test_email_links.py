"""Links and tokens that carry a person's identity through marketing data.

A blind probe, written by hand before reading the detectors: the URLs that marketing data
is full of and that quietly carry who a person is. Email service providers' click-tracking
redirects and the tokens they append to landing pages (SendGrid and Braze ``/ls/click?upn=``,
Mailchimp ``list-manage.com/track/click?u=&id=&e=`` and ``mc_eid``, HubSpot ``_hsenc`` /
``_hsmi``, Marketo ``mkt_tok``, Marketing Cloud ``cl.S7.exct.net/?qs=`` and its Web
Analytics Connector's ``sfmc_id``, Klaviyo ``_kx``), unsubscribe and preference-centre
links with the address in clear, percent-encoded or base64, magic-link and password-reset
URLs, JWTs in URLs, ``Authorization`` headers and cookies, OAuth ``code`` / ``state``,
signed S3 and GCS URLs, patient-portal and thank-you-page referrers with ``?email=``,
``?name=``, ``?phone=``, ``?dob=``, UTM values stuffed with an address or a phone, add-to-
calendar links, bit.ly links, Zoom links and push deep links (``myapp://appointment?...``);
each where such links sit in exports: GA4 ``event_params`` (``page_location``,
``page_referrer``), Segment ``context.page.url`` and ``context.campaign``, web-server log
lines and JSON access logs, ESP event exports and webhooks (SendGrid, HubSpot, Marketo,
Marketing Cloud data views, Klaviyo, Braze Currents, Mailchimp), Meta pixel requests
(``dl`` / ``rl``), Sentry events, HAR cookies, support tickets with forwarded emails and
Outlook Safe Links, push and SMS send logs; beside health pages (``/conditions/...``,
``/services/oncology``).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent:

- **An ESP's per-recipient tracking token is an ONLINE_ID**: SendGrid's and Braze's
  ``upn``, HubSpot's ``_hsenc``, Marketo's ``mkt_tok``, Marketing Cloud's ``qs`` and
  ``sfmc_id``, Klaviyo's ``_kx``, Mailchimp's ``e`` and ``mc_eid``. Each is minted for one
  recipient of one send and resolves, at the ESP, to that contact: a "unique tracking code
  tied to a person" (the contract's ONLINE_ID), as a click id is, and as a PURL is in
  tests/test_direct_mail.py. On a landing page the token is what joins the visit (and its
  health page) to the named contact, so a ``/services/oncology?_hsenc=...`` page view is a
  PHI record. Not HASHED_ID: it is no hash of a direct identifier.
- **The send's and the sender's codes beside them are not**: HubSpot's ``_hsmi`` (the
  email's id), Mailchimp's ``u`` (the account) and ``id`` / ``mc_cid`` (the campaign),
  Marketing Cloud's job, list, batch and send ids, Marketo's munchkin id, a pixel's id,
  SendGrid's ``sg_event_id`` / ``sg_message_id``, a HubSpot ``portalId`` and
  ``emailCampaignId``, Braze ``dispatch_id`` / ``link_id``, event ids and timestamps.
- **What is redacted is the span inside the URL**, never the whole URL: the token's value
  (or the address, name, phone, date) between its ``=`` and the next ``&``; the scheme,
  host, path (with its health slug, reported as health context) and the other parameters
  stay readable. The URL entity (off by default) is never expected. :data:`SPANS` pins the
  spans of a few links.
- **A JWT yields what its payload holds**: an ``id_token`` or access token in a URL
  fragment, an ``Authorization: Bearer`` header or a cookie, whose base64url payload holds
  the person's ``email`` / ``name`` / ``sub``, is that person's identifier
  (``EMAIL|NAME|ONLINE_ID``: any one of them reported over the token is right, since the
  token is redacted as one span). A token whose subject is a machine (an OAuth client-
  credentials grant, ``sub`` ending ``@clients``) names no person: no finding.
- **Opaque one-time values are not findings**: OAuth ``code`` and ``state``, a signed
  S3 / GCS URL's credential, date, expiry and signature (a 64-hex signature is no SHA-256
  of a person; a GCS credential's service-account address is no person's email), a short
  link's code (``bit.ly/3xYz9Qw`` is one code shared by every click), a Zoom meeting id and
  ``pwd``. A magic-link or password-reset token is a one-time credential: neither expected
  nor forbidden (the address or user id beside it is what is expected).
- **Query parameters named for a person** carry that identifier by their name (``email``,
  ``name``, ``patient``, ``phone``, ``dob``, ``mrn``, ``uid``); an appointment's ``id`` in
  a deep link is the appointment's, not the person's (as decided in earlier probes).
- **UTM values are read by their shape**: an address in ``utm_content`` is an EMAIL, a
  formatted phone in ``utm_term`` a PHONE (in the URL and in Segment's parsed
  ``context.campaign``); a campaign name that names a service line is health context; a
  brand campaign and ad-size content are nothing.
- **An add-to-calendar link for a booked visit** carries the appointment's DATE and, in its
  title, the visit's health context; the clinic's address in ``location=`` is the
  clinic's, not the patient's (no LOCATION). A public seminar's calendar link carries the
  seminar's date, not a person's (no DATE), as tests/test_direct_mail.py decides.
- **ESP click events' own times** (``timestamp``, ``created``, ``EventDate``, ``time``,
  ``Last Open``) are machine times, never a DATE; a log line's timestamp neither.
- **Outlook Safe Links** wrap the original URL (percent-encoded) and add ``data=`` whose
  ``|``-separated fields (``%7C``) hold the recipient's address in clear: EMAIL.

After reading the detectors two blind expectations were revised by what the project had
already decided (:data:`_DECIDED`: Mailchimp's ``EUID`` column is the subscriber's
OTHER_ID; a comment author's id is that person's); nine records are left open
(:data:`LEFT_ALONE`): three department pages (``/services/oncology`` is no health context
alone, as tests/test_consumer_health.py decides), three bare dates and a clinic's address
in calendar links and a click report, a visit type the vocabulary lacks, and two of the
probe's own mistakes (a made-up id that repeats another, a health word expected in the
wrong field). Blind, before the work (misses / false findings / records wrong): SHAPES (33
records) 17 / 7 / 18, HELD_OUT (11) 7 / 2 / 7; :data:`SPANS` 2 of 6. After: SHAPES 5 / 4 /
7, every one in LEFT_ALONE; HELD_OUT, scored once after the SHAPES work, 2 / 2 / 4, then 1 /
1 / 2 after one general fix (percent-encoded separators of a nested URL) and the
decisions; SPANS 6 of 6.
"""

from __future__ import annotations

import base64
import hashlib
import json

from helpers import ShapeTotals, assert_floors, found, probe_tests, with_decisions


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _jwt(payload: dict, alg: str = "RS256") -> str:
    """A JWT-shaped token: real base64url header and payload, a made-up signature."""
    header = {"alg": alg, "typ": "JWT", "kid": "k1-2024"}
    seg = [_b64url(json.dumps(p, separators=(",", ":")).encode()) for p in (header, payload)]
    sig = _b64url(hashlib.sha512(seg[1].encode()).digest() * (4 if alg == "RS256" else 1))
    return ".".join([*seg, sig])


def _sfid(id15: str) -> str:
    """A Salesforce 15-character id with its 3-character case-check suffix."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
    suffix = ""
    for i in range(3):
        chunk = id15[i * 5 : i * 5 + 5]
        suffix += alphabet[sum(1 << j for j, c in enumerate(chunk) if "A" <= c <= "Z")]
    return id15 + suffix


def _hex(seed: str, n: int) -> str:
    out = ""
    while len(out) < n:
        out += hashlib.sha256((seed + str(len(out))).encode()).hexdigest()
    return out[:n]


HSENC = (
    "p2ANqtz-9bX4k2vQ7mL1nR8sT3uW5yZ0aB6cD9eF2gH4iJ7kL0mN3oP6qR9sT2uV5wX8yZ1aB4cD7eF0gH3"
    "iJ6kL9mN2oP5qR8sT1u_Xq"
)
MKT_TOK = (
    "NTk5LVhZWi0xMjMAAAGOq3b7xJk2dL9sP1mQ8rT4vW6yZ0aB3cE5fG7hI9jK2lM4nO6pQ8rS0tU2vW4xY6z"
    "A8bC0dE2fG4hI6jK8lM0nO2pQ4rS6tU8vW0xY2zA"
)
UPN = (
    "u001.qJ8Vx2kL-2BmN4pR7sT1uW3yZ5aB8cD0eF2gH4iJ6kL8mN0oP2qR4sT6uV8wX0yZ2aB4cD6eF8gH0iJ2"
    "kL4mN6oP8qR0sT2uV4wX6yZ8aB0cD-3D-3D6rTz_u7Yk2PqLm9wXv3ZbN0cQ-2BeR5tH8jW1sA4dF7gK0lO-2"
    "F3uI6yE9rT2wQ5-3D"
)
KX = "Wb1tRk6fT1eNq2xY3zA4bC5dE6fG7hI8jK9lM0nO1pQ%3D.Xy7Zab"
SFMC_QS = _hex("sfmc-qs", 160)
JANE = "jane.doe@gmail.com"
ID_TOKEN = _jwt(
    {
        "iss": "https://login.examplehealth.org",
        "aud": "portal-web",
        "sub": "00u8k2lq7dVbX3sT1d7",
        "email": JANE,
        "name": "Jane Doe",
        "iat": 1729000000,
        "exp": 1729003600,
    }
)
ACCESS_TOKEN = _jwt(
    {
        "iss": "https://login.examplehealth.org/oauth2/default",
        "sub": "marcus.bellamy@outlook.com",
        "uid": "00u9m3nr8eWcY4tU2e8",
        "scp": ["openid", "profile", "rx.read"],
        "iat": 1729000000,
        "exp": 1729003600,
    }
)
COOKIE_TOKEN = _jwt(
    {
        "sub": "a3f1c9d2-5b7e-4c1a-9f0d-2e6b8a4c7d10",
        "given_name": "Priya",
        "family_name": "Ramanathan",
        "email": "priya.ramanathan@yahoo.com",
        "iat": 1729000000,
    }
)
MACHINE_TOKEN = _jwt(
    {
        "iss": "https://examplehealth.us.auth0.com/",
        "sub": "Xk2Lm9PqR4sT7uVwY1zA3bC5dE8fG0hJ@clients",
        "aud": "https://api.examplehealth.org",
        "gty": "client-credentials",
        "azp": "Xk2Lm9PqR4sT7uVwY1zA3bC5dE8fG0hJ",
        "iat": 1729000000,
        "exp": 1729086400,
    }
)
CONTACT_ID = _sfid("0035e00000AbCdE")

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "SendGrid event webhook: click on an oncology second-opinion page",
        {
            "email": JANE,
            "timestamp": 1729000931,
            "event": "click",
            "url": "https://www.examplehealth.org/services/oncology/second-opinion?utm_source="
            "sendgrid&utm_medium=email&utm_campaign=onc_nurture_3",
            "url_offset": {"index": 2, "type": "html"},
            "sg_event_id": "Y2xpY2stMTcyOTAwMDkzMS0xMjM0NTY3ODkw",
            "sg_message_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
            "useragent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)",
            "ip": "73.12.44.201",
            "category": ["oncology-nurture", "email-3"],
        },
        {
            ("email", "EMAIL"),
            ("url", "HEALTH"),
            ("ip", "IP_ADDRESS"),
        },
        {
            ("timestamp", "*"),
            ("sg_event_id", "*"),
            ("sg_message_id", "*"),
            ("useragent", "*"),
            ("url_offset.index", "*"),
            ("url", "ONLINE_ID"),
        },
        True,
    ),
    (
        "GA4 export: HubSpot landing page with _hsenc on an atrial fibrillation page",
        {
            "event_date": "20241015",
            "event_name": "page_view",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.examplehealth.org/conditions/atrial-"
                        f"fibrillation/?utm_campaign=afib_webinar&utm_medium=email&_hsenc={HSENC}"
                        "&_hsmi=289012345&utm_content=289012345&utm_source=hs_email"
                    },
                },
                {"key": "page_title", "value": {"string_value": "AFib Care | Example Health"}},
                {"key": "ga_session_id", "value": {"int_value": 1729000931}},
            ],
            "user_pseudo_id": "1873920184.1729000931",
        },
        {
            ("event_params[0].value.string_value", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "HEALTH"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {
            ("event_params[2].value.int_value", "*"),
            ("event_date", "*"),
            ("event_name", "*"),
        },
        True,
    ),
    (
        "Segment page call: Marketo mkt_tok on a bariatric surgery landing page",
        {
            "type": "page",
            "anonymousId": "3f1b2c4d-8e9a-4b7c-a1d2-e3f4a5b6c7d8",
            "messageId": "ajs-next-1729000931123-9c2b1a0f",
            "context": {
                "page": {
                    "path": "/services/bariatric-surgery/info-session",
                    "referrer": "https://www.google.com/",
                    "url": "https://go.examplehealth.org/services/bariatric-surgery/info-session"
                    f"?mkt_tok={MKT_TOK}",
                    "title": "Weight Loss Surgery Info Session",
                },
                "ip": "98.44.120.7",
            },
            "timestamp": "2024-10-15T14:02:11.123Z",
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("context.page.url", "ONLINE_ID"),
            ("context.page.url", "HEALTH"),
            ("context.page.path", "HEALTH"),
            ("context.ip", "IP_ADDRESS"),
        },
        {
            ("messageId", "*"),
            ("context.page.referrer", "*"),
            ("timestamp", "*"),
            ("context.page.url", "HASHED_ID"),
        },
        True,
    ),
    (
        "Sent-message archive: Mailchimp click-tracking links in a diabetes newsletter",
        {
            "message_id": "<a1b2c3d4e5.f6a7b8c9d0@mail215.atl121.mcsv.net>",
            "to": "dolores.whitaker@gmail.com",
            "subject": "Living well with type 2 diabetes: October tips",
            "html": '<p>Hi Dolores,</p><p><a href="https://examplehealth.us5.list-manage.com/'
            'track/click?u=9a8b7c6d5e4f3a2b1c0d9e8f7&amp;id=1a2b3c4d5e&amp;e=4f8e2d1c0b">'
            "Sign up for our diabetes education class</a></p>",
            "sent_at": "2024-10-15T13:00:00Z",
        },
        {
            ("to", "EMAIL"),
            ("html", "ONLINE_ID"),
            ("html", "HEALTH"),
            ("subject", "HEALTH"),
        },
        {("message_id", "*"), ("sent_at", "*")},
        True,
    ),
    (
        "Mailchimp campaign report (clean): the archive link carries the account and campaign",
        {
            "campaign_title": "October Newsletter",
            "archive_url": "https://us5.campaign-archive.com/?u=9a8b7c6d5e4f3a2b1c0d9e8f7&"
            "id=1a2b3c4d5e",
            "long_archive_url": "https://us5.campaign-archive.com/?u=9a8b7c6d5e4f3a2b1c0d9e8f7"
            "&id=1a2b3c4d5e",
            "emails_sent": 48211,
            "unique_opens": 19284,
            "click_rate": 0.041,
            "send_time": "2024-10-15T13:00:00+00:00",
        },
        set(),
        {
            ("archive_url", "*"),
            ("long_archive_url", "*"),
            ("campaign_title", "*"),
            ("emails_sent", "*"),
            ("send_time", "*"),
        },
        False,
    ),
    (
        "nginx JSON access log: Klaviyo _kx on a CPAP supplies collection page",
        {
            "time_local": "15/Oct/2024:14:02:11 +0000",
            "remote_addr": "24.101.33.18",
            "request_method": "GET",
            "request_uri": f"/collections/cpap-supplies?_kx={KX}&utm_source=klaviyo"
            "&utm_medium=email&utm_campaign=resupply_reminder",
            "status": 200,
            "body_bytes_sent": 18233,
            "http_referer": "",
            "http_user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5)",
            "request_id": "7f3e2a1b9c8d4e5f6a7b8c9d0e1f2a3b",
        },
        {
            ("remote_addr", "IP_ADDRESS"),
            ("request_uri", "ONLINE_ID"),
            ("request_uri", "HEALTH"),
        },
        {
            ("time_local", "*"),
            ("request_id", "*"),
            ("status", "*"),
            ("body_bytes_sent", "*"),
        },
        True,
    ),
    (
        "Marketing Cloud _Click data view extract: heart screening link with sfmc_id",
        {
            "AccountID": "514009876",
            "JobID": "2218834",
            "ListID": "1203",
            "BatchID": "4",
            "SubscriberID": "88412993",
            "SubscriberKey": CONTACT_ID,
            "EmailAddress": "marcus.bellamy@outlook.com",
            "EventDate": "10/15/2024 9:02:11 AM",
            "URL": "https://www.examplehealth.org/heart-screening/schedule?sfmc_id=88412993"
            "&utm_source=sfmc&utm_campaign=heart_screening_q4",
            "LinkName": "Book your heart screening",
            "IsUnique": "True",
        },
        {
            ("SubscriberKey", "OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("URL", "ONLINE_ID|OTHER_ID"),
            ("URL", "HEALTH"),
            ("LinkName", "HEALTH"),
        },
        {
            ("AccountID", "*"),
            ("JobID", "*"),
            ("ListID", "*"),
            ("BatchID", "*"),
            ("EventDate", "*"),
            ("IsUnique", "*"),
        },
        True,
    ),
    (
        "Zendesk ticket: a patient forwards a Marketing Cloud email with its cl.S7.exct.net link",
        {
            "id": 88213,
            "subject": "Fwd: Time for your annual mammogram",
            "requester": {"email": "aisha.k.johnson@icloud.com"},
            "comments": [
                {
                    "author_id": 3911822004,
                    "body": "Hi, I got this but the link doesn't work for me.\n\n---------- "
                    "Forwarded message ---------\nFrom: Example Health <news@e.examplehealth."
                    "org>\nSubject: Time for your annual mammogram\n\nSchedule online: "
                    f"http://cl.S7.exct.net/?qs={SFMC_QS}\n",
                }
            ],
            "created_at": "2024-10-16T08:14:02Z",
        },
        {
            ("requester.email", "EMAIL"),
            ("comments[0].body", "ONLINE_ID"),
            ("comments[0].body", "HEALTH"),
            ("subject", "HEALTH"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("comments[0].author_id", "*"),
            ("comments[0].body", "HASHED_ID"),
        },
        True,
    ),
    (
        "Apache combined log line: unsubscribe with the address in clear from a diabetes list",
        {
            "message": '203.0.113.45 - - [15/Oct/2024:14:02:11 +0000] "GET /email/unsubscribe'
            f'?email={JANE}&list=diabetes-education HTTP/1.1" 200 512 "-" "Mozilla/5.0 '
            '(Windows NT 10.0; Win64; x64)"',
            "host": "web-03",
            "source": "/var/log/apache2/access.log",
        },
        {
            ("message", "IP_ADDRESS"),
            ("message", "EMAIL"),
            ("message", "HEALTH"),
        },
        {("message", "DATE"), ("host", "*"), ("source", "*")},
        True,
    ),
    (
        "GA4 export: preference centre with a percent-encoded address and cancer-care topics",
        {
            "event_name": "page_view",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.examplehealth.org/email/preferences?email="
                        "jane.doe%40gmail.com&topics=cancer-care%2Cwomens-health&src=footer"
                    },
                },
                {"key": "engagement_time_msec", "value": {"int_value": 5120}},
            ],
            "user_pseudo_id": "1873920184.1729000931",
            "geo": {"region": "Ohio", "country": "United States"},
        },
        {
            ("event_params[0].value.string_value", "EMAIL"),
            ("event_params[0].value.string_value", "HEALTH"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {("event_params[1].value.int_value", "*"), ("geo.region", "*")},
        True,
    ),
    (
        "Segment page call: base64 address in an orthopaedic campaign's unsubscribe link",
        {
            "type": "page",
            "anonymousId": "9d8c7b6a-5f4e-4d3c-b2a1-0f9e8d7c6b5a",
            "context": {
                "page": {
                    "url": "https://go.examplehealth.org/unsubscribe?e="
                    f"{_b64('robert.kowalski@aol.com')}&c=ortho_joint_replacement_2024",
                    "path": "/unsubscribe",
                    "title": "Unsubscribe",
                }
            },
            "timestamp": "2024-10-15T14:05:00.000Z",
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("context.page.url", "EMAIL"),
            ("context.page.url", "HEALTH"),
        },
        {("context.page.path", "*"), ("context.page.title", "*"), ("timestamp", "*")},
        True,
    ),
    (
        "Braze Currents email click: survivorship page, external user id",
        {
            "event_type": "users.messages.email.Click",
            "id": "c7a1b2d3-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "time": 1729000931,
            "user_id": "64f1a2b3c4d5e6f7a8b9c0d1",
            "external_user_id": "pt-884412",
            "email_address": "aisha.k.johnson@icloud.com",
            "campaign_name": "Oncology Survivorship Check-in",
            "dispatch_id": "64f1a2b3c4d5e6f7a8b9c0d1_1729000000",
            "link_id": "b7",
            "url": "https://www.examplehealth.org/cancer-care/survivorship?utm_source=braze",
            "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)",
        },
        {
            ("external_user_id", "ONLINE_ID|OTHER_ID"),
            ("email_address", "EMAIL"),
            ("campaign_name", "HEALTH"),
            ("url", "HEALTH"),
        },
        {
            ("id", "*"),
            ("time", "*"),
            ("dispatch_id", "*"),
            ("link_id", "*"),
            ("user_agent", "*"),
        },
        True,
    ),
    (
        "Portal app log (pino): a magic link sent, address in the link",
        {
            "level": 30,
            "time": 1729000931123,
            "pid": 4112,
            "hostname": "portal-api-7c9f",
            "msg": "magic link issued",
            "link": "https://portal.examplehealth.org/auth/magic?token=kq3Zp8Lw2Xv9Rt6Yb1Nm4Hs7"
            "Jd0Fc5Ga&email=marcus.bellamy%40outlook.com&next=%2Fmessages",
            "ttl_s": 900,
        },
        {("link", "EMAIL")},
        {("time", "*"), ("pid", "*"), ("hostname", "*"), ("ttl_s", "*")},
        False,
    ),
    (
        "Postmark outbound message: password reset with the account's user id",
        {
            "MessageID": "0f5b5c3e-8a1d-4b2c-9e7f-6a5d4c3b2a10",
            "To": "priya.ramanathan@yahoo.com",
            "From": "MyHealth <no-reply@examplehealth.org>",
            "Subject": "Reset your MyHealth password",
            "TextBody": "Reset your password within 30 minutes: https://portal.examplehealth.org"
            "/reset-password?token=Zx8Qw3Er6Ty9Ui2Op5As8Df1Gh4Jk7Lz0Xc3Vb6&uid=88412",
            "ReceivedAt": "2024-10-15T14:02:11Z",
            "Tag": "password-reset",
        },
        {("To", "EMAIL"), ("TextBody", "OTHER_ID|ONLINE_ID")},
        {("From", "*"), ("MessageID", "*"), ("ReceivedAt", "*"), ("Tag", "*")},
        False,
    ),
    (
        "Sentry event: OIDC callback URL with an id_token in its fragment, oncology messages",
        {
            "event_id": "9c2f0a8b1e7d4c6a8f3b2e1d0c9a8b7f",
            "timestamp": "2024-10-15T14:02:11.532Z",
            "request": {
                "url": f"https://portal.examplehealth.org/callback#id_token={ID_TOKEN}"
                "&state=af0ifjsldkj&session_state=9d1f0c",
                "headers": {"Referer": "https://login.examplehealth.org/"},
            },
            "breadcrumbs": {
                "values": [
                    {
                        "category": "navigation",
                        "data": {"from": "/callback", "to": "/messages/oncology-care-team"},
                    }
                ]
            },
            "release": "portal-web@4.18.2",
        },
        {
            ("request.url", "EMAIL|NAME|ONLINE_ID"),
            ("breadcrumbs.values[0].data.to", "HEALTH"),
        },
        {
            ("event_id", "*"),
            ("timestamp", "*"),
            ("release", "*"),
            ("request.headers.Referer", "*"),
        },
        True,
    ),
    (
        "API Gateway access log: Bearer JWT of a patient asking for a metformin refill",
        {
            "requestContext": {
                "requestId": "c6af9ac6-7b61-11e6-9a41-93e8deadbeef",
                "identity": {"sourceIp": "67.188.40.12"},
                "stage": "prod",
            },
            "httpMethod": "GET",
            "path": "/v1/patients/me/refills",
            "queryStringParameters": {"drug": "metformin", "strength": "500mg"},
            "headers": {
                "Authorization": f"Bearer {ACCESS_TOKEN}",
                "Host": "api.examplehealth.org",
            },
        },
        {
            ("headers.Authorization", "EMAIL|NAME|ONLINE_ID"),
            ("requestContext.identity.sourceIp", "IP_ADDRESS"),
            ("queryStringParameters.drug", "HEALTH"),
        },
        {
            ("requestContext.requestId", "*"),
            ("headers.Host", "*"),
            ("queryStringParameters.strength", "*"),
        },
        True,
    ),
    (
        "HAR entry: id_token cookie on an HbA1c lab results page",
        {
            "startedDateTime": "2024-10-15T14:02:11.123Z",
            "request": {
                "method": "GET",
                "url": "https://portal.examplehealth.org/labs/results/hemoglobin-a1c",
                "cookies": [
                    {"name": "id_token", "value": COOKIE_TOKEN},
                    {"name": "_ga", "value": "GA1.1.1873920184.1729000931"},
                    {"name": "lang", "value": "en-US"},
                ],
            },
            "serverIPAddress": "104.18.22.9",
        },
        {
            ("request.cookies[0].value", "EMAIL|NAME|ONLINE_ID"),
            ("request.cookies[1].value", "ONLINE_ID"),
            ("request.url", "HEALTH"),
        },
        {
            ("startedDateTime", "*"),
            ("serverIPAddress", "*"),
            ("request.cookies[2].value", "*"),
        },
        True,
    ),
    (
        "Service log (clean): a client-credentials JWT between two back-end services",
        {
            "ts": "2024-10-15T14:02:11.123Z",
            "level": "info",
            "msg": "outbound request",
            "method": "POST",
            "url": "https://api.examplehealth.org/v1/sync/orders",
            "headers": {"authorization": f"Bearer {MACHINE_TOKEN}"},
            "status": 202,
            "duration_ms": 184,
        },
        set(),
        {
            ("headers.authorization", "*"),
            ("url", "*"),
            ("ts", "*"),
            ("duration_ms", "*"),
        },
        False,
    ),
    (
        "nginx access log (clean of health): Google sign-in callback with OAuth code and state",
        {
            "remote_addr": "73.12.44.201",
            "time_iso8601": "2024-10-15T14:02:11+00:00",
            "request": "GET /oauth/google/callback?state=3f9a1c7e5b2d4a6c8e0f&code=4%2F0AVG7fiQ"
            "x8kLm2Np4Qr6St8Uv0Wx2Yz4Ab6Cd8Ef0Gh2Ij4Kl6Mn8Op0&scope=email+profile+openid&"
            "authuser=0&prompt=none HTTP/2.0",
            "status": 302,
            "http_user_agent": "Mozilla/5.0 (X11; Linux x86_64)",
        },
        {("remote_addr", "IP_ADDRESS")},
        {("request", "*"), ("time_iso8601", "*"), ("status", "*")},
        False,
    ),
    (
        "Export job log (clean): a pre-signed S3 download URL",
        {
            "job": "weekly_campaign_report",
            "download_url": "https://examplehealth-exports.s3.amazonaws.com/reports/2024/10/"
            "campaign_report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential="
            "AKIAIOSFODNN7EXAMPLE%2F20241015%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date="
            f"20241015T140211Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature="
            f"{_hex('s3sig', 64)}",
            "expires_at": "2024-10-15T15:02:11Z",
            "rows": 4412,
        },
        set(),
        {("download_url", "*"), ("expires_at", "*"), ("rows", "*")},
        False,
    ),
    (
        "Ad creative asset row (clean): a signed GCS URL with a service account credential",
        {
            "asset_id": "cr-20241015-0042",
            "name": "fall_brand_banner_300x250",
            "signed_url": "https://storage.googleapis.com/eh-marketing-assets/creative/"
            "fall_brand_banner_300x250.png?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-"
            "Credential=asset-signer%40eh-marketing.iam.gserviceaccount.com%2F20241015%2Fauto"
            "%2Fstorage%2Fgoog4_request&X-Goog-Date=20241015T140211Z&X-Goog-Expires=900&X-Goog-"
            f"SignedHeaders=host&X-Goog-Signature={_hex('gcssig', 512)}",
            "width": 300,
            "height": 250,
        },
        set(),
        {("signed_url", "*"), ("asset_id", "*"), ("name", "*")},
        False,
    ),
    (
        "GA4 export: page_referrer from the patient portal with name and dob in its query",
        {
            "event_name": "page_view",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {"string_value": "https://www.examplehealth.org/services/oncology"},
                },
                {
                    "key": "page_referrer",
                    "value": {
                        "string_value": "https://mychart.examplehealth.org/MyChart/Scheduling?"
                        "name=Jane%20Doe&dob=1984-03-14&dept=hem-onc"
                    },
                },
            ],
            "user_pseudo_id": "1873920184.1729000931",
        },
        {
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "NAME"),
            ("event_params[1].value.string_value", "DATE"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {("event_name", "*")},
        True,
    ),
    (
        "Meta pixel request (query as fields): thank-you page dl with email and phone",
        {
            "id": "1234567890123456",
            "ev": "Lead",
            "dl": "https://www.examplehealth.org/thank-you?form=sleep-study&email=jane.doe%40"
            "gmail.com&phone=%28216%29%20555-0187",
            "rl": "https://www.examplehealth.org/sleep-center/sleep-study-request",
            "if": "false",
            "ts": "1729000931123",
            "sw": "390",
            "sh": "844",
            "v": "2.9.168",
            "fbp": "fb.1.1729000931123.1873920184",
        },
        {
            ("dl", "EMAIL"),
            ("dl", "PHONE"),
            ("dl", "HEALTH"),
            ("rl", "HEALTH"),
            ("fbp", "ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("ev", "*"),
            ("ts", "*"),
            ("sw", "*"),
            ("sh", "*"),
            ("v", "*"),
        },
        True,
    ),
    (
        "Segment track: UTM values stuffed with an address and a phone on a knee page",
        {
            "type": "track",
            "event": "Page Engaged",
            "anonymousId": "5e4d3c2b-1a0f-4e9d-8c7b-6a5f4e3d2c1b",
            "context": {
                "page": {
                    "url": "https://www.examplehealth.org/services/orthopedics/knee-replacement"
                    "?utm_source=newsletter&utm_medium=email&utm_campaign=ortho_fall&utm_content="
                    "jane.doe%40gmail.com&utm_term=216-555-0187"
                },
                "campaign": {
                    "source": "newsletter",
                    "medium": "email",
                    "name": "ortho_fall",
                    "content": JANE,
                    "term": "216-555-0187",
                },
            },
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("context.page.url", "EMAIL"),
            ("context.page.url", "PHONE"),
            ("context.page.url", "HEALTH"),
            ("context.campaign.content", "EMAIL"),
            ("context.campaign.term", "PHONE"),
            ("context.campaign.name", "HEALTH"),
        },
        {("context.campaign.source", "*"), ("context.campaign.medium", "*")},
        True,
    ),
    (
        "GA4 export (clean): brand campaign UTMs on the home page",
        {
            "event_name": "session_start",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.examplehealth.org/?utm_source=facebook&"
                        "utm_medium=paid_social&utm_campaign=brand_awareness_2024&utm_content="
                        "video_15s_v2&utm_term=example+health"
                    },
                },
                {"key": "campaign", "value": {"string_value": "brand_awareness_2024"}},
            ],
        },
        set(),
        {
            ("event_params[0].value.string_value", "*"),
            ("event_params[1].value.string_value", "*"),
        },
        False,
    ),
    (
        "Appointment confirmation: Google Calendar link for a booked mammogram",
        {
            "appointment_id": "APT-2024-884121",
            "patient_email": "aisha.k.johnson@icloud.com",
            "add_to_calendar_url": "https://calendar.google.com/calendar/render?action=TEMPLATE"
            "&text=Mammogram%20at%20Example%20Health&dates=20241022T143000Z%2F20241022T150000Z"
            "&details=Arrive%2015%20minutes%20early&location=1200%20Lakeside%20Ave%2C%20"
            "Cleveland%2C%20OH%2044114",
            "status": "confirmed",
        },
        {
            ("patient_email", "EMAIL"),
            ("add_to_calendar_url", "DATE"),
            ("add_to_calendar_url", "HEALTH"),
        },
        {
            ("appointment_id", "*"),
            ("add_to_calendar_url", "LOCATION"),
            ("add_to_calendar_url", "ZIP_CODE"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Events table (clean of people): a joint-pain seminar's Outlook calendar link",
        {
            "event_name": "Free Seminar: Living with Joint Pain",
            "calendar_link": "https://outlook.live.com/calendar/0/deeplink/compose?path=%2F"
            "calendar%2Faction%2Fcompose&rru=addevent&subject=Living%20with%20Joint%20Pain&"
            "startdt=2024-11-07T18%3A00%3A00&enddt=2024-11-07T19%3A30%3A00&location="
            "Example%20Health%20Community%20Room",
            "registrations": 42,
            "capacity": 60,
        },
        {("event_name", "HEALTH")},
        {
            ("calendar_link", "DATE"),
            ("calendar_link", "LOCATION"),
            ("registrations", "*"),
            ("capacity", "*"),
        },
        False,
    ),
    (
        "Twilio SMS log: flu shot reminder with a bit.ly link",
        {
            "sid": "SM9c2f0a8b1e7d4c6a8f3b2e1d0c9a8b7f",
            "to": "+12165550187",
            "from": "+18885550100",
            "body": "Example Health: flu shots are in! Book yours: https://bit.ly/3xYz9Qw "
            "Reply STOP to opt out",
            "status": "delivered",
            "date_sent": "Tue, 15 Oct 2024 14:02:11 +0000",
        },
        {("to", "PHONE"), ("body", "HEALTH")},
        {
            ("from", "*"),
            ("sid", "*"),
            ("date_sent", "*"),
            ("body", "ONLINE_ID"),
            ("body", "OTHER_ID"),
            ("body", "URL"),
        },
        True,
    ),
    (
        "Bitly link clicks report (clean): a short link to the flu shot page",
        {
            "link": "bit.ly/3xYz9Qw",
            "id": "bit.ly/3xYz9Qw",
            "long_url": "https://www.examplehealth.org/flu-shots?utm_source=sms",
            "clicks": 412,
            "unit": "day",
            "date": "2024-10-15T00:00:00+0000",
        },
        {("long_url", "HEALTH")},
        {("link", "*"), ("id", "*"), ("clicks", "*"), ("date", "*")},
        False,
    ),
    (
        "Push send log: deep link with the patient's name and an infusion appointment",
        {
            "notification_id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e",
            "include_external_user_ids": ["pt-884412"],
            "headings": {"en": "Appointment reminder"},
            "contents": {"en": "Your visit is tomorrow at 9:30 AM."},
            "data": {
                "deep_link": "myapp://appointment?id=88412&patient=Jane%20Doe&type=oncology-"
                "infusion"
            },
            "send_after": "2024-10-21T13:30:00Z",
        },
        {
            ("include_external_user_ids[0]", "ONLINE_ID|OTHER_ID"),
            ("data.deep_link", "NAME"),
            ("data.deep_link", "HEALTH"),
        },
        {("notification_id", "*"), ("data.deep_link", "OTHER_ID"), ("headings.en", "*")},
        True,
    ),
    (
        "Push campaign (clean): a deep link to a recipes article",
        {
            "campaign_name": "Weekly wellness tips",
            "deep_link": "myapp://content/article?slug=fall-soup-recipes&source=push&v=2",
            "sent": 18233,
            "opened": 2210,
        },
        set(),
        {("deep_link", "*"), ("campaign_name", "*"), ("sent", "*"), ("opened", "*")},
        False,
    ),
    (
        "Meta pixel HAR query string: rl from the portal welcome page with email and MRN",
        {
            "queryString": [
                {"name": "id", "value": "1234567890123456"},
                {"name": "ev", "value": "PageView"},
                {"name": "fbp", "value": "fb.1.1729000931123.1873920184"},
                {
                    "name": "dl",
                    "value": "https://www.examplehealth.org/conditions/multiple-sclerosis/"
                    "treatment",
                },
                {
                    "name": "rl",
                    "value": "https://portal.examplehealth.org/welcome?email=jane.doe%40gmail"
                    ".com&mrn=00884412",
                },
                {"name": "ts", "value": "1729000931123"},
            ]
        },
        {
            ("queryString[2].value", "ONLINE_ID"),
            ("queryString[3].value", "HEALTH"),
            ("queryString[4].value", "EMAIL"),
            ("queryString[4].value", "MRN"),
        },
        {
            ("queryString[0].value", "*"),
            ("queryString[1].value", "*"),
            ("queryString[5].value", "*"),
        },
        True,
    ),
    (
        "HubSpot email events API: click with _hsenc on a bariatric seminar page",
        {
            "id": "4d3f2e1a-0b9c-4d8e-a7f6-5e4d3c2b1a09",
            "type": "CLICK",
            "recipient": "dolores.whitaker@gmail.com",
            "portalId": 4412345,
            "appId": 113,
            "emailCampaignId": 289012345,
            "created": 1729000931000,
            "url": "https://www.examplehealth.org/weight-loss/bariatric-seminar?utm_medium=email"
            f"&_hsenc={HSENC}&_hsmi=289012345&utm_source=hs_email",
            "browser": {"name": "Chrome 129.0", "family": "Chrome"},
        },
        {
            ("recipient", "EMAIL"),
            ("url", "ONLINE_ID"),
            ("url", "HEALTH"),
        },
        {
            ("id", "*"),
            ("portalId", "*"),
            ("appId", "*"),
            ("emailCampaignId", "*"),
            ("created", "*"),
            ("browser.name", "*"),
        },
        True,
    ),
    (
        "GA4 export (clean): a careers page reached from a HubSpot email, _hsmi only",
        {
            "event_name": "page_view",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://careers.examplehealth.org/nursing-jobs?_hsmi="
                        "289012345&utm_campaign=careers_fall&utm_source=hs_email"
                    },
                }
            ],
        },
        set(),
        {("event_params[0].value.string_value", "*")},
        False,
    ),
    (
        "Marketo activity export (CSV): Click Link in Email to an AFib screening page",
        {
            "Lead ID": "1884412",
            "Email Address": "marcus.bellamy@outlook.com",
            "Activity Type": "Click Link in Email",
            "Activity Date": "2024-10-15 09:02:11",
            "Mail": "2024-10 AFib Screening.Email 1",
            "Link": f"https://go.examplehealth.org/AFib-Screening.html?mkt_tok={MKT_TOK}",
            "Campaign Run ID": "104412",
            "Device": "iPhone",
        },
        {
            ("Lead ID", "OTHER_ID"),
            ("Email Address", "EMAIL"),
            ("Link", "ONLINE_ID"),
            ("Link", "HEALTH"),
            ("Mail", "HEALTH"),
        },
        {
            ("Activity Date", "*"),
            ("Campaign Run ID", "*"),
            ("Activity Type", "*"),
            ("Device", "*"),
        },
        True,
    ),
    (
        "Segment page call: Marketo mkt_tok on a diabetes prevention page, munchkin id beside",
        {
            "type": "page",
            "anonymousId": "7a6b5c4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d",
            "context": {
                "page": {
                    "url": "https://go.examplehealth.org/Diabetes-Prevention-Program.html?"
                    f"mkt_tok={MKT_TOK}"
                }
            },
            "properties": {"munchkin_id": "599-XYZ-123", "form_id": "1442"},
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("context.page.url", "ONLINE_ID"),
            ("context.page.url", "HEALTH"),
        },
        {("properties.munchkin_id", "*"), ("properties.form_id", "*")},
        True,
    ),
    (
        "Klaviyo metrics export: Clicked Email with _kx on a CPAP resupply link",
        {
            "type": "event",
            "id": "4Nq2bS7xK3vW",
            "attributes": {
                "datetime": "2024-10-15T14:02:11+00:00",
                "event_properties": {
                    "URL": f"https://shop.examplehealth.org/collections/cpap-supplies?_kx={KX}",
                    "Campaign Name": "CPAP Resupply Reminder",
                    "$message": "01JA2B3C4D5E6F7G8H9J0K1L2M",
                    "Client Name": "Gmail",
                },
                "profile": {"email": "robert.kowalski@aol.com"},
            },
        },
        {
            ("attributes.event_properties.URL", "ONLINE_ID"),
            ("attributes.event_properties.URL", "HEALTH"),
            ("attributes.event_properties.Campaign Name", "HEALTH"),
            ("attributes.profile.email", "EMAIL"),
        },
        {
            ("id", "*"),
            ("attributes.datetime", "*"),
            ("attributes.event_properties.$message", "*"),
            ("attributes.event_properties.Client Name", "*"),
        },
        True,
    ),
    (
        "Compliance mail archive: Braze ablink click-tracking link to sleep study results",
        {
            "archived_at": "2024-10-15T14:10:00Z",
            "to": "priya.ramanathan@yahoo.com",
            "subject": "Your results are ready",
            "html": '<p>Your sleep study results are ready to view.</p><a href="https://'
            f'ablink.email.examplehealth.org/ls/click?upn={UPN}">View results</a>',
        },
        {
            ("to", "EMAIL"),
            ("html", "ONLINE_ID"),
            ("html", "HEALTH"),
        },
        {("archived_at", "*"), ("subject", "*"), ("html", "HASHED_ID")},
        True,
    ),
    (
        "Apache combined log line: Mailchimp mc_eid on an acne treatment page",
        {
            "message": '198.51.100.23 - - [15/Oct/2024:14:02:11 +0000] "GET /services/'
            "dermatology/acne-treatment?utm_source=Example+Health&utm_campaign=8f1a2b3c4d-"
            'EMAIL_CAMPAIGN_2024_10&mc_cid=8f1a2b3c4d&mc_eid=7e6d5c4b3a HTTP/1.1" 200 20412 '
            '"-" "Mozilla/5.0 (Linux; Android 14)"',
        },
        {
            ("message", "IP_ADDRESS"),
            ("message", "ONLINE_ID"),
            ("message", "HEALTH"),
        },
        {("message", "DATE")},
        True,
    ),
    (
        "Zendesk ticket: Outlook Safe Links wrapping a hepatitis C outreach unsubscribe link",
        {
            "id": 88240,
            "subject": "Please stop emailing me",
            "description": "I keep getting these. https://nam12.safelinks.protection.outlook."
            "com/?url=https%3A%2F%2Fgo.examplehealth.org%2Funsubscribe%3Flist%3Dhepatitis-c-"
            "outreach&data=05%7C02%7Cdwhitaker52%40hotmail.com%7C8f1a2b3c4d5e4f6a08dcecf1a2b3"
            "c4d5%7C84df9e7fe9f640afb435aaaaaaaaaaaa%7C1%7C0%7C638645977310000000%7CUnknown&"
            "sdata=Xk2Lm9PqR4sT7uVwY1zA3bC5dE8fG0hJ%2Bk%3D&reserved=0",
            "created_at": "2024-10-16T08:14:02Z",
        },
        {("description", "EMAIL"), ("description", "HEALTH")},
        {("id", "*"), ("created_at", "*"), ("subject", "*")},
        True,
    ),
    (
        "Mailchimp opens export (CSV): subscribers who opened, no health",
        {
            "Email Address": "dolores.whitaker@gmail.com",
            "First Name": "Dolores",
            "Last Name": "Whitaker",
            "Opens": "3",
            "Last Open": "2024-10-15 09:02:11",
            "EUID": "7e6d5c4b3a",
            "LEID": "118234512",
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("EUID", "ONLINE_ID"),
        },
        {("Opens", "*"), ("Last Open", "*")},
        False,
    ),
    (
        "Zoom registrant: telehealth behavioural health visit, meeting link",
        {
            "topic": "Telehealth visit - Behavioral Health",
            "registrant_email": "aisha.k.johnson@icloud.com",
            "join_url": "https://us02web.zoom.us/j/84512345678?pwd=dGhpc2lzYXBhc3N3b3Jk.1",
            "meeting_id": 84512345678,
            "duration": 30,
        },
        {("registrant_email", "EMAIL"), ("topic", "HEALTH")},
        {("join_url", "*"), ("meeting_id", "*"), ("duration", "*")},
        True,
    ),
    (
        "GA4 Data API landing-page report row: a breast cancer page, no person",
        {
            "landingPagePlusQueryString": "/conditions/breast-cancer/?utm_source=newsletter&"
            "utm_medium=email&utm_campaign=pink_october",
            "sessionSource": "newsletter",
            "sessions": "412",
            "engagementRate": "0.62",
        },
        {("landingPagePlusQueryString", "HEALTH")},
        {("sessionSource", "*"), ("sessions", "*"), ("engagementRate", "*")},
        False,
    ),
    (
        "SendGrid link in a sent-message export: branded click tracking on a knee pain guide",
        {
            "msg_id": "14c5d75ce93.dfd.64b469.filter0001.16648.5515E0B88.0",
            "to_email": "robert.kowalski@aol.com",
            "subject": "Your free knee pain guide",
            "body_text": "Download your guide: https://url4412.examplehealth.org/ls/click?upn="
            f"{UPN}\n\nExample Health, 1200 Lakeside Ave, Cleveland, OH 44114",
        },
        {
            ("to_email", "EMAIL"),
            ("body_text", "ONLINE_ID"),
            ("body_text", "HEALTH"),
            ("subject", "HEALTH"),
        },
        {("msg_id", "*"), ("body_text", "HASHED_ID")},
        True,
    ),
]

#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Mailchimp opens export (CSV): subscribers who opened, no health": (
        {("EUID", "ONLINE_ID|OTHER_ID")},
        {("EUID", "ONLINE_ID")},
        set(),
        "Mailchimp's export columns LEID and EUID are read as the subscriber's record ids "
        "(OTHER_ID; tests/test_marketing_automation.py); in a link, as ``mc_eid`` or ``e``, "
        "the same id is a tracking code (ONLINE_ID). Either is an identifier of the person",
    ),
    "Zendesk ticket: a patient forwards a Marketing Cloud email with its cl.S7.exct.net link": (
        set(),
        set(),
        {("comments[0].author_id", "*")},
        "a comment's author here is the patient, and an author's platform id is that "
        "person's OTHER_ID (detectors/social_authors.py; tests/test_conversational_logs.py "
        "forbids only health context on it): the blind must-not was too wide",
    ),
}


_DEPARTMENT = (
    "a care specialty alone in a page path (``/services/oncology``, ``oncology-care-team``) "
    "is a department's name, a stop term for the dictionary, decided in "
    "tests/test_consumer_health.py (its LEFT_ALONE ``dept`` rows: a provider search filtered "
    "by a specialty would need a context rule); so a named or tokenized visitor on such a "
    "page is identified but no PHI record unless another health word is there"
)

_OPEN: dict[str, tuple[set, str]] = {
    "SendGrid event webhook: click on an oncology second-opinion page": (
        {("url", "HEALTH")},
        _DEPARTMENT,
    ),
    "Sentry event: OIDC callback URL with an id_token in its fragment, oncology messages": (
        {("breadcrumbs.values[0].data.to", "HEALTH")},
        _DEPARTMENT,
    ),
    "GA4 export: page_referrer from the patient portal with name and dob in its query": (
        {("event_params[0].value.string_value", "HEALTH")},
        _DEPARTMENT + " (its ``dept=hem-onc`` is an abbreviation of the same)",
    ),
    "Appointment confirmation: Google Calendar link for a booked mammogram": (
        {
            ("add_to_calendar_url", "DATE"),
            ("add_to_calendar_url", "LOCATION"),
            ("add_to_calendar_url", "ZIP_CODE"),
        },
        "Google Calendar writes ``dates=20241022T143000Z/20241022T150000Z``, a compact "
        "form no date pattern reads (a machine's, as often); and a calendar link's "
        "``location=`` is the clinic's for a visit but the patient's for a home visit: an "
        "address is reported wherever it stands, as the project does everywhere",
    ),
    "Events table (clean of people): a joint-pain seminar's Outlook calendar link": (
        {("calendar_link", "DATE")},
        "a bare timestamp is read alone and is a person's date as often (an appointment's "
        "``startdt`` is written the same way); tests/test_direct_mail.py leaves its "
        "campaign-level dates for the same reason",
    ),
    "Bitly link clicks report (clean): a short link to the flu shot page": (
        {("date", "DATE")},
        "a bare ``date`` column is read alone; telling a click report's day from a "
        "person's date needs the whole record (as tests/test_direct_mail.py and "
        "tests/test_lead_generation.py leave their report dates); with the flu-shot page "
        "the row then reads as PHI",
    ),
    "Push send log: deep link with the patient's name and an infusion appointment": (
        {("data.deep_link", "HEALTH")},
        "``oncology-infusion``: ``infusion`` alone is no vocabulary term (tea, capital) and "
        "``oncology`` alone is a department (see the department rows); a vocabulary term "
        "for one visit type was not worth a rebuild of the shipped vocabulary in this round",
    ),
    "Braze Currents email click: survivorship page, external user id": (
        {("dispatch_id", "ONLINE_ID")},
        "the probe's made-up ``dispatch_id`` repeats the record's ``user_id`` (a real one "
        "does not); an identifier copied into another field is reported there too "
        "(detectors/echo.py), which is right",
    ),
    "SendGrid link in a sent-message export: branded click tracking on a knee pain guide": (
        {("body_text", "HEALTH")},
        "the blind expectation was wrong: the body holds no health word (the knee pain is "
        "in the subject, which is found, so the record is PHI as expected)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]


test_email_links_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 44 records): a change that loses recall or precision on links fails here.
#: Before the work, blind: SHAPES 17 misses / 7 false / 18 wrong of 33, HELD_OUT 7 / 2 / 7
#: of 11.
FLOORS = ShapeTotals(expected=117, misses=6, false=5, wrong=9)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)


#: ``(field, link, entity, span)``: the span a link's identifier is reported over (and so
#: redacted), never the whole link.
SPANS = [
    (
        "page_location",
        f"https://www.examplehealth.org/services/oncology?_hsenc={HSENC}&_hsmi=289012345",
        "ONLINE_ID",
        HSENC,
    ),
    (
        "url",
        f"https://go.examplehealth.org/AFib-Screening.html?mkt_tok={MKT_TOK}",
        "ONLINE_ID",
        MKT_TOK,
    ),
    (
        "url",
        "https://examplehealth.us5.list-manage.com/track/click?u=9a8b7c6d5e4f3a2b1c0d9e8f7&"
        "id=1a2b3c4d5e&e=4f8e2d1c0b",
        "ONLINE_ID",
        "4f8e2d1c0b",
    ),
    (
        "page_location",
        f"https://go.examplehealth.org/unsubscribe?e={_b64(JANE)}&c=1442",
        "EMAIL",
        _b64(JANE),
    ),
    (
        "page_referrer",
        "https://mychart.examplehealth.org/Scheduling?name=Jane%20Doe&dob=1984-03-14",
        "NAME",
        "Jane%20Doe",
    ),
    ("url", f"https://portal.examplehealth.org/callback#id_token={ID_TOKEN}", "*", ID_TOKEN),
]


def test_link_spans(engine_no_ner) -> None:
    """Each link's identifier is reported over its own value, not over the whole link."""
    for field, link, entity, span in SPANS:
        got = found(engine_no_ner, {field: link})
        ids = [(e, t) for e, t in got if e not in {"HEALTH_CONDITION", "MEDICATION", "PROCEDURE"}]
        assert any((entity in ("*", e)) and t == span for e, t in ids), (field, entity)
        assert all(not t.startswith("http") for _e, t in ids), field
