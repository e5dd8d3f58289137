"""Ad-platform conversion APIs, audience uploads and identity graphs beyond Meta's CAPI.

A blind probe, written by hand before reading the detectors: Google Ads click-conversion
uploads (the Python client's snake_case ``ClickConversion`` and the REST API's camelCase
``uploadClickConversions`` body: ``gclid``, ``gbraid``, ``wbraid``, ``user_identifiers`` with
``hashed_email``, ``hashed_phone_number``, ``address_info``), conversion adjustments, the
offline, call and enhanced-conversions-for-leads CSV templates, Customer Match CSV (plain,
SHA-256 and mobile-device-id lists), the gtag ``user_data`` of enhanced conversions for web,
GA4 Measurement Protocol bodies (``client_id``, ``user_id``, ``user_data.sha256_*``), TikTok
Events API 1.x (``context.user``, ``context.ad.callback``) and 2.0 (``data[].user``) and offline
events, Snap CAPI v2 (``hashed_email``, ``hashed_mobile_ad_id``, ``uuid_c1``, ``click_id``) and v3
(``sc_click_id``, ``sc_cookie1``), Pinterest CAPI (``user_data.em/ph/ge/db/hashed_maids``,
``click_id`` holding the ``_epik`` cookie), LinkedIn CAPI (``user.userIds`` ``idType``/``idValue``
pairs, ``userInfo``), Reddit CAPI v2 and v3 (``user.email``, ``ip_address``, ``uuid``,
``click_id``), X/Twitter conversions (``identifiers`` of ``twclid`` / ``hashed_email``),
Microsoft Ads offline and enhanced-conversion CSVs (``Microsoft Click ID``), The Trade Desk's
real-time conversion events and Data API (TDID, UID2 tokens and raw UID2s), EUID, LiveRamp
RampID, ID5, Criteo (Audience API contact lists, OneTag events), Amazon Ads Conversions API
(``matchKeys``) and Amazon DSP hashed audiences, from hospitals, clinics and health retailers.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` lists fair alternatives; ``"HEALTH"`` is any health entity; a
must-not ``"*"`` is any finding at all. Values are made up; field names, nesting and value
formats are the vendors'.

Decisions where the contract is silent:

- A SHA-256 (hex or base64) of an email, phone, first or last name, street, date of birth or
  mobile ad id, as the platforms take them, is HASHED_ID. A hashed mobile ad id may also be
  read as DEVICE_ID. A hashed gender (Pinterest ``ge``: the hash of ``f``) hashes no identifier
  and is constrained neither way.
- Click ids (``gclid``, ``gbraid``, ``wbraid``, ``ttclid``, Snap ``ScCid``, Pinterest ``epik``,
  ``li_fat_id``, Reddit ``rdt_cid``, ``twclid``, ``msclkid``) and first-party cookie ids (GA4
  ``client_id``, TikTok ``_ttp``, Snap ``_scid``, Reddit ``_rdt_uuid``, TDID) name one browser of
  one person: ONLINE_ID. A ``msclkid`` is 32 hex digits, an MD5's shape, but it is a click id:
  ONLINE_ID, not HASHED_ID. Identity-graph ids (UID2 / EUID tokens and raw ids, RampID, ID5,
  Criteo's id) are ONLINE_ID; a raw UID2 is a salted hash of an email, so HASHED_ID is fair too.
- A platform's ``external_id`` / ``user_id`` / ``externalId`` is the advertiser's id of the
  person: ONLINE_ID|OTHER_ID (HASHED_ID when the platform wants it hashed and it is hex).
- Pixel ids, pixel codes, event-source ids, ad-account ids, Google Ads customer ids (ten
  digits, also written ``482-917-3605``: not a phone), conversion-action resource names and
  URNs, conversion ids and labels, event ids for dedup (``tw-...``, UUIDs), order ids and
  transaction ids, test event codes, API versions, partner names, currencies, values, item
  SKUs and tracking-tag ids are the advertiser's or the platform's: no finding.
- Conversion, event and call times (``conversion_date_time``, ``Conversion Time``,
  ``event_time``, ``Call Start Time``) are when a conversion happened, not the dates HIPAA
  means; as tests/test_mobile_apps.py holds for event times, they are no DATE. (A hashed date
  of birth is a HASHED_ID.)
- A country code (``US``) is no LOCATION; a plain ZIP in Customer Match or ``address_info`` is a
  ZIP_CODE; a plain city is a LOCATION; a state / region is constrained neither way.
- A conversion action, custom event, content name, product, audience segment or page URL
  named for a condition or service is health context, so a hashed email beside it makes the
  record PHI. Google Ads call reports carry only the caller's area code: no PHONE.
- Amazon's event ``name`` and a Google Ads conversion action's name name no person (no NAME).

Corrected after the blind scoring (the probe had contradicted the project, not the other
way round): a CRM's ``Lead ID`` is OTHER_ID (a person's record id, detectors/field_names.py);
health words inside machine ids and SKUs (``apnea-0314-1187``, ``CPAP-FFM-M``) and a
pixel's ``event_tag`` (``derm_lead``) are health context, as the README has the dictionary
read event, campaign and SKU names: those must-nots now forbid identifiers only.
"""

from __future__ import annotations

import base64
import hashlib
import json

from helpers import ShapeTotals, assert_floors, probe_tests
from helpers import sha256_hex as _sha


def _b64sha(text: str) -> str:
    return base64.b64encode(hashlib.sha256(text.encode()).digest()).decode()


GCLID = (
    "Cj0KCQjw0ruyBhDuARIsANSZ3wpK9mX2a1bV7dLzQ8fNn3Hq4rT6yUeWc0oPiJ-kVmXsLa9bC1dE2fGaAnVrEALw_wcB"
)
GCLID2 = "EAIaIQobChMIq6Kx7r3WhAMVaEv_AR3mTwZ4EAAYASAAEgJk8fD_BwE"
GBRAID = "0AAAAAoGyMRkBb1oP6h3ZqYfR9Jc2xWlTnQ4uE7vKsDmA"
WBRAID = (
    "CkgKCQjw0ruyBhD5ARI3AJ4Qw1nVx8z2aGm5Kd9fL3pR7tY0uE4iB6oS1cH2jN8qW5eZ-_mXvT9rA4kD3sF7"
    "gJ0lPGgJ7oL"
)
TTCLID = (
    "E.C.P.CrwBdFk8VjH7Z3cQ2nR5xW9aLpY1mK4tE6oU0iS8gB3hN7jD2fA5qC9vX1zT4wR6yM8kP0lJ3nG5bH7dF9"
    "sE2aQ1cV4xZ6EgQIARAGJ5MeIgBEg"
)
TTP = "2dP3Xc1jUuJ8b1ZJ9xZ4lLcQ0pE"
EPIK = (
    "dj0yJnU9Tmx4M2ZGdk1xbVpQcWRMZ2o5cF9XYWtUVm9zS0VNSnkmcD0yJm49Wm9tbk5LV0pIRkhIVHJFaVNf"
    "dk5QQSZ0PUFBQUFBR1lHRUdr"
)
MSCLKID = "e4c1a0b1c2d31f0e9a8b7c6d5e4f3a2b"
TWCLID = "26l6412g5p4iyj65a9gjzhcu9c"
UID2_TOKEN = (
    "AgAAAAPFR0zA5ogv/yaAPiUsAdZPsfqS8QHl6nDnQh+N5RGnEGKxWEb4I0E2ZoP8PSfiJMaKJdKhMGqbXQbs0Si"
    "Q1Ln64A0gmmH+u8GK3YpuuGJPuYqnpCzxGk51hvQSyeEh2+2xGWPW3dgmZ2lEiLI0E6phsEi87zg+xnnBZnkVm9io"
    "HtPGGLw8qQ=="
)
EUID_TOKEN = (
    "AgAAAAEtd3JbJ1MOQzR2rVxQ9uJ0k8C2pLtN6fYbWq5sHgE3aKj7VmXoZ1yR4eDcT8iF0nUw9Bh2GlPqSa3Ov"
    "6Mz+Xy5Ku/Tb1Ni8Jr0Qe4Wd7Yf2Hg9Lc3Ks6Vp1Zx5Mb8Rt2=="
)
RAMPID = "XY1005wXyWPB7KBFMHTLLrPk4i8sVrHGpYX4GBwPcEK3j6ZJJUtNojEmLSXFwm9MdN5Yf5Wb"
ID5 = "ID5*Xn7Ghf4-K7dxWQ1rJz2pC9aV3mT0yLsE6uBkNoP5qR8iHgFwYjD3cS1vZ4xA7bMeW2"
CRITEO_ID = "gQ3iJ19xNTkwUzJhR3l3MlRFSGN4VzVIS2h6b0dBJTNE"
IDFA = "6D92078A-8246-4BA4-AE5B-76104861E7DC"
GAID = "38400000-8cf0-11bd-b23e-10b96e40000d"
CCV = "customers/4829173605/conversionCustomVariables/"
UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ALL = [
    (
        "Google Ads API ClickConversion (python client): gclid, hashed email/phone, bariatric",
        {
            "customer_id": "4829173605",
            "conversions": [
                {
                    "conversion_action": "customers/4829173605/conversionActions/987654321",
                    "conversion_date_time": "2024-03-14 14:32:00-05:00",
                    "conversion_value": 350.0,
                    "currency_code": "USD",
                    "order_id": "LEAD-2024-031455",
                    "gclid": GCLID,
                    "user_identifiers": [
                        {
                            "hashed_email": _sha("jane.doe@example.com"),
                            "user_identifier_source": "FIRST_PARTY",
                        },
                        {"hashed_phone_number": _sha("+13125550147")},
                    ],
                    "custom_variables": [
                        {
                            "conversion_custom_variable": CCV + "44123",
                            "value": "Bariatric Surgery",
                        }
                    ],
                    "consent": {"ad_user_data": "GRANTED", "ad_personalization": "DENIED"},
                }
            ],
            "partial_failure": True,
            "validate_only": False,
        },
        {
            ("conversions[0].gclid", "ONLINE_ID"),
            ("conversions[0].user_identifiers[0].hashed_email", "HASHED_ID"),
            ("conversions[0].user_identifiers[1].hashed_phone_number", "HASHED_ID"),
            ("conversions[0].custom_variables[0].value", "PROCEDURE|HEALTH"),
        },
        {
            ("customer_id", "*"),
            ("conversions[0].conversion_action", "*"),
            ("conversions[0].conversion_date_time", "*"),
            ("conversions[0].conversion_value", "*"),
            ("conversions[0].order_id", "*"),
            ("conversions[0].custom_variables[0].conversion_custom_variable", "*"),
            ("conversions[0].user_identifiers[0].user_identifier_source", "*"),
        },
        True,
    ),
    (
        "Google Ads REST uploadClickConversions: iOS gbraid, oncology custom variable",
        {
            "conversions": [
                {
                    "gbraid": GBRAID,
                    "conversionAction": "customers/4829173605/conversionActions/987650012",
                    "conversionDateTime": "2024-03-15 09:05:41-05:00",
                    "conversionValue": 1,
                    "currencyCode": "USD",
                    "customVariables": [
                        {
                            "conversionCustomVariable": CCV + "44124",
                            "value": "oncology second opinion",
                        }
                    ],
                }
            ],
            "partialFailure": True,
        },
        {
            ("conversions[0].gbraid", "ONLINE_ID"),
            ("conversions[0].customVariables[0].value", "HEALTH"),
        },
        {
            ("conversions[0].conversionAction", "*"),
            ("conversions[0].conversionDateTime", "*"),
            ("conversions[0].conversionValue", "*"),
            ("conversions[0].customVariables[0].conversionCustomVariable", "*"),
        },
        True,
    ),
    (
        "Google Ads REST enhanced conversions for leads: addressInfo hashed names, plain ZIP",
        {
            "conversions": [
                {
                    "conversionAction": "customers/4829173605/conversionActions/987650044",
                    "conversionDateTime": "2024-03-16 11:20:00-05:00",
                    "orderId": "f3c9a1e0-77b2-4d1e-9a55-0c3b7e21d8aa",
                    "userIdentifiers": [
                        {"hashedEmail": _sha("m.ortiz@example.net")},
                        {
                            "addressInfo": {
                                "hashedFirstName": _sha("maria"),
                                "hashedLastName": _sha("ortiz"),
                                "postalCode": "60614",
                                "countryCode": "US",
                            }
                        },
                    ],
                }
            ]
        },
        {
            ("conversions[0].userIdentifiers[0].hashedEmail", "HASHED_ID"),
            ("conversions[0].userIdentifiers[1].addressInfo.hashedFirstName", "HASHED_ID"),
            ("conversions[0].userIdentifiers[1].addressInfo.hashedLastName", "HASHED_ID"),
            ("conversions[0].userIdentifiers[1].addressInfo.postalCode", "ZIP_CODE"),
        },
        {
            ("conversions[0].conversionAction", "*"),
            ("conversions[0].conversionDateTime", "*"),
            ("conversions[0].orderId", "*"),
            ("conversions[0].userIdentifiers[1].addressInfo.countryCode", "*"),
        },
        False,
    ),
    (
        "Google Ads offline conversion import CSV: Google Click ID, weight-loss surgery action",
        {
            "Google Click ID": GCLID2,
            "Conversion Name": "Booked Consult - Weight Loss Surgery",
            "Conversion Time": "2024-03-14 14:32:00-0500",
            "Conversion Value": "350",
            "Conversion Currency": "USD",
        },
        {
            ("Google Click ID", "ONLINE_ID"),
            ("Conversion Name", "PROCEDURE|HEALTH"),
        },
        {
            ("Conversion Time", "*"),
            ("Conversion Value", "*"),
            ("Conversion Currency", "*"),
            ("Conversion Name", "NAME"),
        },
        True,
    ),
    (
        "Google Ads enhanced conversions for leads CSV: plain email and phone, mammogram",
        {
            "Email": "dana.whitfield@example.org",
            "Phone Number": "+1 (773) 555-0182",
            "Conversion Name": "Mammogram Appointment Request",
            "Conversion Time": "03/14/2024 16:05:00",
            "Conversion Value": "",
            "Conversion Currency": "",
        },
        {
            ("Email", "EMAIL"),
            ("Phone Number", "PHONE"),
            ("Conversion Name", "PROCEDURE|HEALTH"),
        },
        {("Conversion Time", "*"), ("Conversion Name", "NAME")},
        True,
    ),
    (
        "Google Ads call conversion import CSV: caller's number, addiction treatment call",
        {
            "Caller's Phone Number": "+13125550198",
            "Call Start Time": "2024-03-14 10:02:11-05:00",
            "Conversion Name": "Qualified Call - Addiction Treatment",
            "Conversion Time": "2024-03-14 10:09:45-05:00",
            "Conversion Value": "120",
            "Conversion Currency": "USD",
        },
        {
            ("Caller's Phone Number", "PHONE"),
            ("Conversion Name", "HEALTH"),
        },
        {("Call Start Time", "*"), ("Conversion Time", "*"), ("Conversion Value", "*")},
        True,
    ),
    (
        "Google Ads conversion adjustment (retraction) by gclid and time, no health",
        {
            "conversion_adjustments": [
                {
                    "conversion_action": "customers/4829173605/conversionActions/987654321",
                    "adjustment_type": "RETRACTION",
                    "adjustment_date_time": "2024-03-20 08:00:00-05:00",
                    "gclid_date_time_pair": {
                        "gclid": GCLID,
                        "conversion_date_time": "2024-03-14 14:32:00-05:00",
                    },
                    "order_id": "LEAD-2024-031455",
                }
            ],
            "partial_failure": True,
        },
        {("conversion_adjustments[0].gclid_date_time_pair.gclid", "ONLINE_ID")},
        {
            ("conversion_adjustments[0].conversion_action", "*"),
            ("conversion_adjustments[0].adjustment_date_time", "*"),
            ("conversion_adjustments[0].gclid_date_time_pair.conversion_date_time", "*"),
            ("conversion_adjustments[0].order_id", "*"),
        },
        False,
    ),
    (
        "Google Ads web-to-app conversion with wbraid, sleep study booking",
        {
            "conversions": [
                {
                    "wbraid": WBRAID,
                    "conversionAction": "customers/4829173605/conversionActions/987650090",
                    "conversionDateTime": "2024-03-17 20:14:09-05:00",
                    "conversionValue": 0,
                    "currencyCode": "USD",
                    "conversionEnvironment": "APP",
                    "customVariables": [
                        {
                            "conversionCustomVariable": CCV + "44130",
                            "value": "home sleep study",
                        }
                    ],
                }
            ]
        },
        {
            ("conversions[0].wbraid", "ONLINE_ID"),
            ("conversions[0].customVariables[0].value", "PROCEDURE|HEALTH"),
        },
        {
            ("conversions[0].conversionDateTime", "*"),
            ("conversions[0].conversionEnvironment", "*"),
        },
        True,
    ),
    (
        "Google Customer Match CSV, plain (Google hashes on upload)",
        {
            "Email": "rgreene58@example.com",
            "Phone": "+14155550123",
            "First Name": "Robert",
            "Last Name": "Greene",
            "Country": "US",
            "Zip": "94110",
        },
        {
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Zip", "ZIP_CODE"),
        },
        {("Country", "*")},
        False,
    ),
    (
        "Google Customer Match CSV, SHA-256 (Country and Zip stay plain)",
        {
            "Email": _sha("rgreene58@example.com"),
            "Phone": _sha("+14155550123"),
            "First Name": _sha("robert"),
            "Last Name": _sha("greene"),
            "Country": "US",
            "Zip": "94110",
        },
        {
            ("Email", "HASHED_ID"),
            ("Phone", "HASHED_ID"),
            ("First Name", "HASHED_ID"),
            ("Last Name", "HASHED_ID"),
            ("Zip", "ZIP_CODE"),
        },
        {("Country", "*"), ("First Name", "NAME"), ("Email", "EMAIL"), ("Phone", "PHONE")},
        False,
    ),
    (
        "Google Customer Match mobile device id list CSV",
        {"Mobile Device ID": IDFA},
        {("Mobile Device ID", "DEVICE_ID")},
        set(),
        False,
    ),
    (
        "gtag enhanced conversions for web: dataLayer user_data in plain, bariatric seminar",
        {
            "event": "conversion",
            "send_to": "AW-1045678901/AbC-D_efG-h12IJkLmnO",
            "transaction_id": "T-88213-0314",
            "value": 0,
            "currency": "USD",
            "user_data": {
                "email": "lkowalski@example.com",
                "phone_number": "+17735550164",
                "address": {
                    "first_name": "Linda",
                    "last_name": "Kowalski",
                    "street": "2150 N Halsted St",
                    "city": "Chicago",
                    "region": "IL",
                    "postal_code": "60614",
                    "country": "US",
                },
            },
            "page_path": "/bariatric-surgery/seminar-registration/thank-you",
        },
        {
            ("user_data.email", "EMAIL"),
            ("user_data.phone_number", "PHONE"),
            ("user_data.address.first_name", "NAME"),
            ("user_data.address.last_name", "NAME"),
            ("user_data.address.street", "LOCATION"),
            ("user_data.address.city", "LOCATION"),
            ("user_data.address.postal_code", "ZIP_CODE"),
            ("page_path", "PROCEDURE|HEALTH"),
        },
        {
            ("send_to", "*"),
            ("transaction_id", "*"),
            ("user_data.address.country", "*"),
        },
        True,
    ),
    (
        "GA4 Measurement Protocol: client_id, user_id, sha256 email, fertility lead",
        {
            "client_id": "1698234567.1710423000",
            "user_id": "u_5520913",
            "timestamp_micros": "1710445920123456",
            "non_personalized_ads": False,
            "user_data": {"sha256_email_address": [_sha("priya.n@example.com")]},
            "events": [
                {
                    "name": "generate_lead",
                    "params": {
                        "form_name": "Fertility Consultation Request",
                        "page_location": (
                            "https://www.examplehealth.org/conditions/endometriosis/"
                            "?utm_source=google&gclid=" + GCLID2
                        ),
                        "session_id": "1710445800",
                        "engagement_time_msec": "1200",
                    },
                }
            ],
        },
        {
            ("client_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("user_data.sha256_email_address[0]", "HASHED_ID"),
            ("events[0].params.form_name", "HEALTH"),
            ("events[0].params.page_location", "HEALTH_CONDITION"),
            ("events[0].params.page_location", "ONLINE_ID"),
        },
        {
            ("timestamp_micros", "*"),
            ("events[0].params.session_id", "*"),
            ("events[0].params.engagement_time_msec", "*"),
        },
        True,
    ),
    (
        "GA4 Measurement Protocol: user_data address hashed, city and ZIP plain, sleep study",
        {
            "client_id": "402118876.1709900000",
            "user_data": {
                "sha256_email_address": [_sha("tbrooks@example.com")],
                "sha256_phone_number": [_sha("+16085550111")],
                "address": [
                    {
                        "sha256_first_name": _sha("thomas"),
                        "sha256_last_name": _sha("brooks"),
                        "sha256_street": _sha("418 w gorham st"),
                        "city": "madison",
                        "region": "wi",
                        "postal_code": "53703",
                        "country": "us",
                    }
                ],
            },
            "events": [
                {
                    "name": "purchase",
                    "params": {
                        "transaction_id": "SS-2024-00412",
                        "value": 189.0,
                        "currency": "USD",
                        "items": [
                            {
                                "item_id": "HST-01",
                                "item_name": "Home Sleep Apnea Test",
                                "item_category": "Diagnostics",
                                "price": 189.0,
                                "quantity": 1,
                            }
                        ],
                    },
                }
            ],
        },
        {
            ("client_id", "ONLINE_ID"),
            ("user_data.sha256_email_address[0]", "HASHED_ID"),
            ("user_data.sha256_phone_number[0]", "HASHED_ID"),
            ("user_data.address[0].sha256_first_name", "HASHED_ID"),
            ("user_data.address[0].sha256_last_name", "HASHED_ID"),
            ("user_data.address[0].sha256_street", "HASHED_ID"),
            ("user_data.address[0].city", "LOCATION"),
            ("user_data.address[0].postal_code", "ZIP_CODE"),
            ("events[0].params.items[0].item_name", "HEALTH"),
        },
        {
            ("user_data.address[0].country", "*"),
            ("events[0].params.transaction_id", "*"),
            ("events[0].params.items[0].item_id", "*"),
            ("events[0].params.items[0].price", "*"),
        },
        True,
    ),
    (
        "GA4 Measurement Protocol request log: measurement id and api_secret in URL, body text",
        {
            "request_url": (
                "https://www.google-analytics.com/mp/collect?measurement_id=G-8XK2P4Q1RZ"
                "&api_secret=Xk2aB9cQ1rT7yU3iO5pL"
            ),
            "status": 204,
            "sent_at": "2024-03-14T19:32:00.412Z",
            "body": json.dumps(
                {
                    "client_id": "1698234567.1710423000",
                    "events": [{"name": "page_view", "params": {"page_title": "Our Team"}}],
                }
            ),
        },
        {("body", "ONLINE_ID")},
        {("request_url", "*"), ("sent_at", "*"), ("status", "*")},
        False,
    ),
    (
        "TikTok Events API 2.0: data[].user hashed, ttclid and ttp, bariatric consult content",
        {
            "event_source": "web",
            "event_source_id": "CNQ3B1BC77U8ABCDEF12",
            "data": [
                {
                    "event": "SubmitForm",
                    "event_time": 1710445920,
                    "event_id": "7f1d2c3b-4a5e-4f60-9b8a-1c2d3e4f5a6b",
                    "user": {
                        "ttclid": TTCLID,
                        "external_id": _sha("crm-0048213"),
                        "phone": _sha("+13125550147"),
                        "email": _sha("jane.doe@example.com"),
                        "ttp": TTP,
                        "ip": "73.44.120.19",
                        "user_agent": UA,
                    },
                    "properties": {
                        "contents": [
                            {
                                "content_id": "svc-bar-001",
                                "content_type": "product",
                                "content_name": "Bariatric Surgery Consult",
                            }
                        ],
                        "currency": "USD",
                        "value": 0,
                    },
                    "page": {
                        "url": "https://www.examplehealth.org/weight-loss/consult/?ttclid="
                        + TTCLID,
                        "referrer": "https://www.tiktok.com/",
                    },
                }
            ],
        },
        {
            ("data[0].user.ttclid", "ONLINE_ID"),
            ("data[0].user.external_id", "HASHED_ID|ONLINE_ID"),
            ("data[0].user.phone", "HASHED_ID"),
            ("data[0].user.email", "HASHED_ID"),
            ("data[0].user.ttp", "ONLINE_ID"),
            ("data[0].user.ip", "IP_ADDRESS"),
            ("data[0].properties.contents[0].content_name", "PROCEDURE|HEALTH"),
            ("data[0].page.url", "ONLINE_ID"),
        },
        {
            ("event_source_id", "*"),
            ("data[0].event_time", "*"),
            ("data[0].event_id", "*"),
            ("data[0].properties.contents[0].content_id", "*"),
            ("data[0].page.referrer", "*"),
        },
        True,
    ),
    (
        "TikTok Events API 1.x: context.user hashed, ad.callback ttclid, diabetes program",
        {
            "pixel_code": "C4A1B2C3D4E5F6G7H8I9",
            "event": "CompleteRegistration",
            "event_id": "evt-20240314-000871",
            "timestamp": "2024-03-14T19:32:00Z",
            "test_event_code": "TEST31854",
            "context": {
                "ad": {"callback": TTCLID},
                "page": {
                    "url": "https://www.examplehealth.org/programs/diabetes-prevention/enroll",
                    "referrer": "https://www.examplehealth.org/",
                },
                "user": {
                    "external_id": _sha("88213"),
                    "phone_number": _sha("+17735550182"),
                    "email": _sha("dana.whitfield@example.org"),
                },
                "user_agent": UA,
                "ip": "2600:1700:3ab0:8e20:91c4:2ff1:bc3a:7d10",
            },
            "properties": {
                "content_name": "Diabetes Prevention Program",
                "currency": "USD",
                "value": 0,
            },
        },
        {
            ("context.ad.callback", "ONLINE_ID"),
            ("context.user.external_id", "HASHED_ID|ONLINE_ID"),
            ("context.user.phone_number", "HASHED_ID"),
            ("context.user.email", "HASHED_ID"),
            ("context.ip", "IP_ADDRESS"),
            ("properties.content_name", "HEALTH"),
            ("context.page.url", "HEALTH"),
        },
        {
            ("pixel_code", "*"),
            ("event_id", "*"),
            ("timestamp", "*"),
            ("test_event_code", "*"),
            ("properties.content_name", "NAME"),
        },
        True,
    ),
    (
        "TikTok offline events: event_set_id, hashed email/phone lists, flu shot purchase",
        {
            "event_set_id": "7301234567890123457",
            "event": "CompletePayment",
            "event_id": "pos-0314-22871",
            "timestamp": "2024-03-14T15:02:44-05:00",
            "context": {
                "user": {
                    "emails": [_sha("k.osei@example.com")],
                    "phone_numbers": [_sha("+12065550144")],
                }
            },
            "properties": {
                "order_id": "RX-7781203",
                "shop_id": "store-0412",
                "event_channel": "in_store",
                "contents": [
                    {
                        "price": 0,
                        "quantity": 1,
                        "content_type": "product",
                        "content_id": "VAX-FLU-24",
                        "content_name": "Flu Shot",
                    }
                ],
                "currency": "USD",
                "value": 0,
            },
        },
        {
            ("context.user.emails[0]", "HASHED_ID"),
            ("context.user.phone_numbers[0]", "HASHED_ID"),
            ("properties.contents[0].content_name", "PROCEDURE|HEALTH"),
        },
        {
            ("event_set_id", "*"),
            ("event_id", "*"),
            ("timestamp", "*"),
            ("properties.order_id", "*"),
            ("properties.shop_id", "*"),
            ("properties.contents[0].content_id", "*"),
        },
        True,
    ),
    (
        "Snap CAPI v2: hashed_email, hashed_mobile_ad_id, uuid_c1, click_id, psoriasis page",
        {
            "pixel_id": "c2a7d1e4-9b3f-4e6a-8d21-5f7c0b9e3a14",
            "timestamp": "1710445920123",
            "event_conversion_type": "WEB",
            "event_type": "SIGN_UP",
            "event_tag": "derm_lead",
            "hashed_email": _sha("jane.doe@example.com"),
            "hashed_phone_number": _sha("+13125550147"),
            "hashed_mobile_ad_id": _sha(IDFA.lower()),
            "hashed_ip_address": _sha("73.44.120.19"),
            "uuid_c1": "3f4e5d6c-7b8a-4990-8f7e-6d5c4b3a2910",
            "click_id": "a1b2c3d4-e5f6-4789-abcd-ef0123456789",
            "user_agent": UA,
            "page_url": "https://www.examplehealth.org/conditions/psoriasis/treatment-options",
            "item_category": "Dermatology",
            "client_dedup_id": "9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a",
            "transaction_id": "",
        },
        {
            ("hashed_email", "HASHED_ID"),
            ("hashed_phone_number", "HASHED_ID"),
            ("hashed_mobile_ad_id", "HASHED_ID|DEVICE_ID"),
            ("hashed_ip_address", "HASHED_ID"),
            ("uuid_c1", "ONLINE_ID"),
            ("click_id", "ONLINE_ID"),
            ("page_url", "HEALTH_CONDITION"),
        },
        {
            ("pixel_id", "*"),
            ("timestamp", "*"),
            ("client_dedup_id", "*"),
            # corrected after the blind scoring: ``derm_lead`` names the service the lead is
            # for, which the decisions above count as health context; only ids are wrong here
            ("event_tag", "ONLINE_ID|OTHER_ID|NAME"),
        },
        True,
    ),
    (
        "Snap CAPI v3 (Meta-style): sc_click_id, sc_cookie1, mental health category",
        {
            "data": [
                {
                    "event_name": "LEAD",
                    "action_source": "WEB",
                    "event_time": 1710445920,
                    "event_id": "lead_1710445920_5520",
                    "event_source_url": "https://www.examplehealth.org/behavioral-health/anxiety/",
                    "user_data": {
                        "em": [_sha("priya.n@example.com")],
                        "ph": [_sha("+16085550111")],
                        "sc_click_id": "b7e6d5c4-a3b2-4190-8f7e-6d5c4b3a2918",
                        "sc_cookie1": "0f1e2d3c-4b5a-4697-8877-665544332211",
                        "client_ip_address": "98.213.44.7",
                        "client_user_agent": UA,
                    },
                    "custom_data": {
                        "value": 0,
                        "currency": "USD",
                        "content_category": "Mental Health",
                    },
                }
            ]
        },
        {
            ("data[0].user_data.em[0]", "HASHED_ID"),
            ("data[0].user_data.ph[0]", "HASHED_ID"),
            ("data[0].user_data.sc_click_id", "ONLINE_ID"),
            ("data[0].user_data.sc_cookie1", "ONLINE_ID"),
            ("data[0].user_data.client_ip_address", "IP_ADDRESS"),
            ("data[0].event_source_url", "HEALTH_CONDITION"),
        },
        {("data[0].event_time", "*"), ("data[0].event_id", "*")},
        True,
    ),
    (
        "Pinterest CAPI: em/ph/ge/db/hashed_maids, epik click_id, IVF consultation",
        {
            "data": [
                {
                    "event_name": "lead",
                    "action_source": "web",
                    "event_time": 1710445920,
                    "event_id": "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
                    "event_source_url": "https://www.examplefertility.com/ivf/consultation/?epik="
                    + EPIK,
                    "opt_out": False,
                    "partner_name": "ss-shopify",
                    "user_data": {
                        "em": [_sha("priya.n@example.com")],
                        "ph": [_sha("16085550111")],
                        "ge": [_sha("f")],
                        "db": [_sha("19880412")],
                        "hashed_maids": [_sha(GAID)],
                        "external_id": [_sha("crm-77120")],
                        "client_ip_address": "98.213.44.7",
                        "client_user_agent": UA,
                        "click_id": EPIK,
                    },
                    "custom_data": {
                        "currency": "USD",
                        "value": "0",
                        "content_name": "IVF Consultation",
                        "order_id": "LD-55201",
                    },
                }
            ]
        },
        {
            ("data[0].user_data.em[0]", "HASHED_ID"),
            ("data[0].user_data.ph[0]", "HASHED_ID"),
            ("data[0].user_data.db[0]", "HASHED_ID"),
            ("data[0].user_data.hashed_maids[0]", "HASHED_ID|DEVICE_ID"),
            ("data[0].user_data.external_id[0]", "HASHED_ID|ONLINE_ID"),
            ("data[0].user_data.client_ip_address", "IP_ADDRESS"),
            ("data[0].user_data.click_id", "ONLINE_ID"),
            ("data[0].event_source_url", "ONLINE_ID"),
            ("data[0].custom_data.content_name", "PROCEDURE|HEALTH"),
        },
        {
            ("data[0].event_time", "*"),
            ("data[0].event_id", "*"),
            ("data[0].partner_name", "*"),
            ("data[0].custom_data.order_id", "*"),
        },
        True,
    ),
    (
        "Pinterest CAPI app event without health: app and device fields",
        {
            "data": [
                {
                    "event_name": "page_visit",
                    "action_source": "app_ios",
                    "event_time": 1710446000,
                    "event_id": "pv-ios-0314-22",
                    "event_source_url": "https://www.examplehealth.org/about-us/careers/",
                    "app_id": "1489021770",
                    "app_name": "Example Health",
                    "app_version": "7.4.1",
                    "device_brand": "Apple",
                    "device_model": "iPhone14,5",
                    "os_version": "17.3.1",
                    "language": "en",
                    "user_data": {
                        "em": [_sha("tbrooks@example.com")],
                        "hashed_maids": [_sha(IDFA)],
                    },
                }
            ]
        },
        {
            ("data[0].user_data.em[0]", "HASHED_ID"),
            ("data[0].user_data.hashed_maids[0]", "HASHED_ID|DEVICE_ID"),
        },
        {
            ("data[0].event_time", "*"),
            ("data[0].event_id", "*"),
            ("data[0].event_source_url", "*"),
            ("data[0].app_id", "*"),
            ("data[0].app_name", "*"),
            ("data[0].app_version", "*"),
            ("data[0].device_model", "*"),
            ("data[0].os_version", "*"),
        },
        False,
    ),
    (
        "LinkedIn CAPI conversionEvents: userIds SHA256_EMAIL and li_fat_id, userInfo",
        {
            "conversion": "urn:lla:llaPartnerConversion:13245678",
            "conversionHappenedAt": 1710445920000,
            "conversionValue": {"currencyCode": "USD", "amount": "0"},
            "eventId": "li-evt-0314-8812",
            "user": {
                "userIds": [
                    {"idType": "SHA256_EMAIL", "idValue": _sha("m.ortiz@example.net")},
                    {
                        "idType": "LINKEDIN_FIRST_PARTY_ADS_TRACKING_UUID",
                        "idValue": "6c0f2a1e-9d3b-4c7a-8e5f-1b2d3c4e5f60",
                    },
                ],
                "userInfo": {
                    "firstName": "Maria",
                    "lastName": "Ortiz",
                    "companyName": "Lakeshore Logistics",
                    "title": "Operations Manager",
                    "countryCode": "US",
                },
            },
        },
        {
            ("user.userIds[0].idValue", "HASHED_ID"),
            ("user.userIds[1].idValue", "ONLINE_ID"),
            ("user.userInfo.firstName", "NAME"),
            ("user.userInfo.lastName", "NAME"),
        },
        {
            ("conversion", "*"),
            ("conversionHappenedAt", "*"),
            ("eventId", "*"),
            ("user.userIds[0].idType", "*"),
            ("user.userIds[1].idType", "*"),
            ("user.userInfo.companyName", "NAME"),
            ("user.userInfo.title", "*"),
            ("user.userInfo.countryCode", "*"),
        },
        False,
    ),
    (
        "Reverse-ETL sync log to LinkedIn CAPI: oncology second-opinion model, li_fat_id row",
        {
            "sync_id": "48812",
            "sync_run_id": "1029384",
            "destination": "linkedin_conversions",
            "model": "oncology_second_opinion_leads",
            "status": "succeeded",
            "row": {
                "lead_id": "00Q5e00000XyZ12",
                "email_sha256": _sha("dana.whitfield@example.org"),
                "li_fat_id": "9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b",
                "service_line": "Oncology",
            },
            "request": {
                "conversion": "urn:lla:llaPartnerConversion:13245690",
                "user": {
                    "userIds": [
                        {"idType": "SHA256_EMAIL", "idValue": _sha("dana.whitfield@example.org")}
                    ]
                },
            },
        },
        {
            ("row.email_sha256", "HASHED_ID"),
            ("row.li_fat_id", "ONLINE_ID"),
            ("row.service_line", "HEALTH"),
            ("model", "HEALTH"),
            ("request.user.userIds[0].idValue", "HASHED_ID"),
        },
        {
            ("sync_id", "*"),
            ("sync_run_id", "*"),
            ("request.conversion", "*"),
        },
        True,
    ),
    (
        "Reddit CAPI v2: custom Schedule_Appointment_Oncology, rdt_cid click_id, uuid",
        {
            "test_mode": False,
            "events": [
                {
                    "event_at": "2024-03-14T19:32:00.000Z",
                    "event_type": {
                        "tracking_type": "Custom",
                        "custom_event_name": "Schedule_Appointment_Oncology",
                    },
                    "click_id": "3184521478890210145",
                    "event_metadata": {
                        "conversion_id": "appt-0314-4471",
                        "currency": "USD",
                        "value_decimal": 0,
                        "item_count": 1,
                    },
                    "user": {
                        "email": "dana.whitfield@example.org",
                        "external_id": "crm-0048213",
                        "ip_address": "73.44.120.19",
                        "user_agent": UA,
                        "uuid": "1710445800123.5b8f6c2e-1d4a-4f3b-9e7c-2a6d8b0f4c13",
                        "screen_dimensions": {"width": 390, "height": 844},
                    },
                }
            ],
        },
        {
            ("events[0].event_type.custom_event_name", "HEALTH"),
            ("events[0].click_id", "ONLINE_ID"),
            ("events[0].user.email", "EMAIL"),
            ("events[0].user.external_id", "ONLINE_ID|OTHER_ID"),
            ("events[0].user.ip_address", "IP_ADDRESS"),
            ("events[0].user.uuid", "ONLINE_ID"),
        },
        {
            ("events[0].event_at", "*"),
            ("events[0].event_metadata.conversion_id", "*"),
            ("events[0].user.screen_dimensions.width", "*"),
            ("events[0].user.screen_dimensions.height", "*"),
        },
        True,
    ),
    (
        "Reddit CAPI v3: hashed email/phone/idfa, colonoscopy product",
        {
            "data": {
                "events": [
                    {
                        "event_at": 1710445920000,
                        "action_source": "WEBSITE",
                        "type": {"tracking_type": "PURCHASE"},
                        "click_id": "t2_7xk3q9_1710445800_ab12cd34",
                        "metadata": {
                            "conversion_id": "ord-2024-0314-0077",
                            "currency": "USD",
                            "value": 249.0,
                            "item_count": 1,
                            "products": [
                                {
                                    "id": "SKU-CLN-01",
                                    "name": "Colonoscopy Prep Kit",
                                    "category": "GI",
                                }
                            ],
                        },
                        "user": {
                            "email": _sha("k.osei@example.com"),
                            "phone_number": _sha("+12065550144"),
                            "idfa": _sha(IDFA),
                            "external_id": _sha("crm-66120"),
                            "uuid": "1710445700555.0d9c8b7a-6f5e-4d3c-9b2a-1f0e9d8c7b6a",
                        },
                    }
                ]
            }
        },
        {
            ("data.events[0].click_id", "ONLINE_ID"),
            ("data.events[0].user.email", "HASHED_ID"),
            ("data.events[0].user.phone_number", "HASHED_ID"),
            ("data.events[0].user.idfa", "HASHED_ID|DEVICE_ID"),
            ("data.events[0].user.external_id", "HASHED_ID|ONLINE_ID"),
            ("data.events[0].user.uuid", "ONLINE_ID"),
            ("data.events[0].metadata.products[0].name", "PROCEDURE|HEALTH"),
        },
        {
            ("data.events[0].event_at", "*"),
            ("data.events[0].metadata.conversion_id", "*"),
            ("data.events[0].metadata.products[0].id", "*"),
            ("data.events[0].metadata.products[0].name", "NAME"),
        },
        True,
    ),
    (
        "X (Twitter) conversions API: identifiers twclid + hashed email, sleep apnea screening",
        {
            "conversions": [
                {
                    "conversion_time": "2024-03-14T19:32:00.000Z",
                    "event_id": "tw-o8z3a-o8z3b",
                    "identifiers": [
                        {"twclid": TWCLID},
                        {"hashed_email": _sha("tbrooks@example.com")},
                        {"hashed_phone_number": _sha("+16085550111")},
                    ],
                    "conversion_id": "apnea-0314-1187",
                    "description": "Sleep Apnea Screening Signup",
                    "number_items": 1,
                    "price_currency": "USD",
                    "value": "0.00",
                }
            ]
        },
        {
            ("conversions[0].identifiers[0].twclid", "ONLINE_ID"),
            ("conversions[0].identifiers[1].hashed_email", "HASHED_ID"),
            ("conversions[0].identifiers[2].hashed_phone_number", "HASHED_ID"),
            ("conversions[0].description", "HEALTH"),
        },
        {
            ("conversions[0].conversion_time", "*"),
            ("conversions[0].event_id", "*"),
            # corrected after the blind scoring: the project reads health words in machine
            # fields (event, campaign and SKU names: README), so ``apnea-`` in this id is
            # health context; the id itself is no identifier of the person
            ("conversions[0].conversion_id", "ONLINE_ID|OTHER_ID|DATE"),
            ("conversions[0].value", "*"),
        },
        True,
    ),
    (
        "Microsoft Ads offline conversions CSV: Microsoft Click ID (32 hex), knee replacement",
        {
            "Microsoft Click ID": MSCLKID,
            "Conversion Name": "Lead - Knee Replacement",
            "Conversion Time": "3/14/2024 2:32:00 PM",
            "Conversion Value": "0",
            "Conversion Currency Code": "USD",
        },
        {
            ("Microsoft Click ID", "ONLINE_ID"),
            ("Conversion Name", "PROCEDURE|HEALTH"),
        },
        {
            ("Microsoft Click ID", "HASHED_ID"),
            ("Conversion Time", "*"),
            ("Conversion Value", "*"),
        },
        True,
    ),
    (
        "Microsoft Ads enhanced conversions for leads CSV: hashed email and phone, no health",
        {
            "Microsoft Click ID": "",
            "Hashed Email Address": _sha("rgreene58@example.com"),
            "Hashed Phone Number": _sha("+14155550123"),
            "Conversion Name": "Contact Us Form",
            "Conversion Time": "3/15/2024 9:10:00 AM",
            "Conversion Value": "",
            "Conversion Currency Code": "",
        },
        {
            ("Hashed Email Address", "HASHED_ID"),
            ("Hashed Phone Number", "HASHED_ID"),
        },
        {("Conversion Name", "*"), ("Conversion Time", "*")},
        False,
    ),
    (
        "CRM lead export: landing page with msclkid and twclid, sciatica page",
        {
            "Lead ID": "LD-2024-0314-0091",
            "Created Date": "2024-03-14",
            "Lead Source": "Bing Ads",
            "Landing Page": (
                "https://www.examplehealth.org/conditions/sciatica/?msclkid="
                + MSCLKID
                + "&utm_source=bing&utm_medium=cpc"
            ),
            "Referrer": "https://t.co/xYz12AbC?twclid=" + TWCLID,
        },
        {
            ("Landing Page", "HEALTH_CONDITION"),
            ("Landing Page", "ONLINE_ID"),
            ("Referrer", "ONLINE_ID"),
            # corrected after the blind scoring: a CRM's ``Lead ID`` is a person's record id,
            # OTHER_ID, by the project's tested decision (detectors/field_names.py)
            ("Lead ID", "OTHER_ID"),
        },
        {("Created Date", "*"), ("Lead Source", "*")},
        True,
    ),
    (
        "The Trade Desk real-time conversion: tdid, UID2 token, heart failure referrer",
        {
            "data": [
                {
                    "tracker_id": "ab1cd2e",
                    "adv": "x7y8z9w",
                    "event_name": "appointment_request",
                    "value": "0",
                    "currency": "USD",
                    "order_id": "HF-APPT-22871",
                    "tdid": "7e4b2c1a-5d6f-4a8b-9c0d-1e2f3a4b5c6d",
                    "uid2_token": UID2_TOKEN,
                    "client_ip": "98.213.44.7",
                    "referrer_url": "https://www.examplehealth.org/heart/heart-failure-clinic/",
                    "td1": "cardiology",
                    "privacy_settings": [
                        {"privacy_type": "GDPR", "is_applicable": 0, "consent_string": ""}
                    ],
                }
            ]
        },
        {
            ("data[0].tdid", "ONLINE_ID"),
            ("data[0].uid2_token", "ONLINE_ID|HASHED_ID"),
            ("data[0].client_ip", "IP_ADDRESS"),
            ("data[0].referrer_url", "HEALTH_CONDITION"),
        },
        {
            ("data[0].tracker_id", "*"),
            ("data[0].adv", "*"),
            ("data[0].order_id", "*"),
            ("data[0].privacy_settings[0].privacy_type", "*"),
        },
        True,
    ),
    (
        "The Trade Desk Data API audience upload: raw UID2 and TDID items, diabetes segment",
        {
            "DataProviderId": "examplehealth",
            "Items": [
                {
                    "UID2": _b64sha("jane.doe@example.com"),
                    "Data": [{"Name": "seg_type2_diabetes_patients", "TtlInMinutes": 43200}],
                },
                {
                    "TDID": "0a1b2c3d-4e5f-4061-8273-94a5b6c7d8e9",
                    "Data": [{"Name": "seg_type2_diabetes_patients", "TtlInMinutes": 43200}],
                },
            ],
        },
        {
            ("Items[0].UID2", "ONLINE_ID|HASHED_ID"),
            ("Items[1].TDID", "ONLINE_ID"),
            ("Items[0].Data[0].Name", "HEALTH_CONDITION"),
        },
        {
            ("DataProviderId", "*"),
            ("Items[0].Data[0].TtlInMinutes", "*"),
            ("Items[0].Data[0].Name", "NAME"),
        },
        True,
    ),
    (
        "Prebid / OpenRTB user.ext.eids: EUID, RampID, ID5, Criteo on an MS page",
        {
            "id": "b1d2e3f4-0a9b-4c8d-9e7f-6a5b4c3d2e1f",
            "site": {
                "domain": "examplehealth.org",
                "page": "https://www.examplehealth.org/conditions/multiple-sclerosis/",
                "cat": ["IAB7"],
            },
            "user": {
                "ext": {
                    "eids": [
                        {"source": "euid.eu", "uids": [{"id": EUID_TOKEN, "atype": 3}]},
                        {"source": "liveramp.com", "uids": [{"id": RAMPID, "atype": 3}]},
                        {
                            "source": "id5-sync.com",
                            "uids": [{"id": ID5, "atype": 1, "ext": {"linkType": 2}}],
                        },
                        {"source": "criteo.com", "uids": [{"id": CRITEO_ID, "atype": 1}]},
                    ]
                }
            },
            "tmax": 1200,
        },
        {
            ("user.ext.eids[0].uids[0].id", "ONLINE_ID|HASHED_ID"),
            ("user.ext.eids[1].uids[0].id", "ONLINE_ID"),
            ("user.ext.eids[2].uids[0].id", "ONLINE_ID"),
            ("user.ext.eids[3].uids[0].id", "ONLINE_ID"),
            ("site.page", "HEALTH_CONDITION"),
        },
        {
            ("id", "*"),
            ("site.domain", "*"),
            ("site.cat[0]", "*"),
            ("user.ext.eids[0].source", "*"),
            ("user.ext.eids[2].uids[0].ext.linkType", "*"),
            ("tmax", "*"),
        },
        True,
    ),
    (
        "LiveRamp Safe Haven match export CSV: RampID and statin segment",
        {
            "RampID": RAMPID,
            "Segment Name": "Rx - Statin Users 12mo",
            "Segment ID": "LR-SEG-448812",
            "Match Date": "2024-03-01",
        },
        {("RampID", "ONLINE_ID"), ("Segment Name", "MEDICATION|HEALTH")},
        {("Segment ID", "*"), ("Match Date", "*")},
        True,
    ),
    (
        "ID5 fetch response: universal_uid, no health",
        {
            "universal_uid": ID5,
            "signature": "ID5_AQoAAAAAAQ3lWjf",
            "link_type": 2,
            "cascade_needed": False,
            "privacy": {"jurisdiction": "other", "id5_consent": True},
            "ext": {"linkType": 2, "pba": "AmFr1lZGH8mXa3+q3bKv1g=="},
            "cache_control": {"max_age_sec": 7200},
        },
        {("universal_uid", "ONLINE_ID")},
        {
            ("link_type", "*"),
            ("privacy.jurisdiction", "*"),
            ("cache_control.max_age_sec", "*"),
            ("ext.linkType", "*"),
        },
        False,
    ),
    (
        "Criteo Audience API contact list amendment: plain emails, no health",
        {
            "data": {
                "type": "ContactlistAmendment",
                "attributes": {
                    "operation": "add",
                    "identifierType": "email",
                    "identifiers": ["jane.doe@example.com", "m.ortiz@example.net"],
                    "internalIdentifiers": False,
                },
            }
        },
        {
            ("data.attributes.identifiers[0]", "EMAIL"),
            ("data.attributes.identifiers[1]", "EMAIL"),
        },
        {
            ("data.type", "*"),
            ("data.attributes.operation", "*"),
            ("data.attributes.identifierType", "*"),
        },
        False,
    ),
    (
        "Criteo Audience API contact list: madid identifiers (GAID and IDFA)",
        {
            "data": {
                "type": "ContactlistAmendment",
                "attributes": {
                    "operation": "add",
                    "identifierType": "madid",
                    "identifiers": [GAID, IDFA],
                },
            }
        },
        {
            ("data.attributes.identifiers[0]", "DEVICE_ID"),
            ("data.attributes.identifiers[1]", "DEVICE_ID"),
        },
        {("data.attributes.identifierType", "*")},
        False,
    ),
    (
        "Criteo OneTag events payload: setEmail sha256/md5, CPAP page for sleep apnea",
        {
            "account": 41234,
            "site_type": "d",
            "events": [
                {
                    "event": "setEmail",
                    "email": [
                        {"hash_method": "sha256", "value": _sha("k.osei@example.com")},
                        {
                            "hash_method": "md5",
                            "value": hashlib.md5(b"k.osei@example.com").hexdigest(),
                        },
                    ],
                },
                {"event": "viewItem", "item": "CPAP-FFM-M"},
            ],
            "id": {"mapped_user_id": CRITEO_ID},
            "url": "https://shop.examplehealth.org/sleep-apnea/cpap-masks/full-face-medium",
        },
        {
            ("events[0].email[0].value", "HASHED_ID"),
            ("events[0].email[1].value", "HASHED_ID"),
            ("id.mapped_user_id", "ONLINE_ID"),
            ("url", "HEALTH_CONDITION"),
        },
        {
            ("account", "*"),
            ("events[0].email[0].hash_method", "*"),
            # corrected after the blind scoring: a CPAP SKU is health context as the
            # project reads SKUs (README); it is no identifier
            ("events[1].item", "ONLINE_ID|OTHER_ID|DEVICE_ID"),
        },
        True,
    ),
    (
        "Amazon Ads Conversions API: matchKeys type/values hashed, knee replacement event",
        {
            "eventData": [
                {
                    "name": "Knee Replacement Consult",
                    "eventType": "LEAD",
                    "eventActionSource": "WEBSITE",
                    "countryCode": "US",
                    "timestamp": "2024-03-14T19:32:00.000Z",
                    "value": 0,
                    "currencyCode": "USD",
                    "clientDedupeId": "amz-0314-118812",
                    "matchKeys": [
                        {"type": "EMAIL", "values": [_sha("lkowalski@example.com")]},
                        {"type": "PHONE", "values": [_sha("+17735550164")]},
                        {"type": "FIRST_NAME", "values": [_sha("linda")]},
                        {"type": "POSTAL", "values": [_sha("60614")]},
                    ],
                    "dataProcessingOptions": [],
                    "consent": {"amznAdStorage": "GRANTED", "amznUserData": "GRANTED"},
                }
            ]
        },
        {
            ("eventData[0].matchKeys[0].values[0]", "HASHED_ID"),
            ("eventData[0].matchKeys[1].values[0]", "HASHED_ID"),
            ("eventData[0].matchKeys[2].values[0]", "HASHED_ID"),
            ("eventData[0].name", "PROCEDURE|HEALTH"),
        },
        {
            ("eventData[0].name", "NAME"),
            ("eventData[0].countryCode", "*"),
            ("eventData[0].timestamp", "*"),
            ("eventData[0].clientDedupeId", "*"),
            ("eventData[0].matchKeys[0].type", "*"),
        },
        True,
    ),
    (
        "Amazon DSP hashed audience records: externalId and hashedRecords, no health",
        {
            "records": [
                {
                    "externalId": "crm-88121",
                    "countryCode": "US",
                    "action": "CREATE",
                    "hashedRecords": [
                        {
                            "email": _sha("rgreene58@example.com"),
                            "firstName": _sha("robert"),
                            "lastName": _sha("greene"),
                            "phone": _sha("14155550123"),
                            "postal": _sha("94110"),
                        }
                    ],
                }
            ],
            "audienceId": "388012345678901234",
        },
        {
            ("records[0].externalId", "ONLINE_ID|OTHER_ID"),
            ("records[0].hashedRecords[0].email", "HASHED_ID"),
            ("records[0].hashedRecords[0].firstName", "HASHED_ID"),
            ("records[0].hashedRecords[0].lastName", "HASHED_ID"),
            ("records[0].hashedRecords[0].phone", "HASHED_ID"),
        },
        {("audienceId", "*"), ("records[0].countryCode", "*"), ("records[0].action", "*")},
        False,
    ),
    (
        "Google Ads conversion actions report CSV: oncology action name, ids only (clean)",
        {
            "Customer ID": "482-917-3605",
            "Conversion action": "Schedule Appointment - Oncology",
            "Conversion action ID": "987654321",
            "Conversion ID": "AW-1045678901",
            "Conversion label": "AbC-D_efG-h12IJkLmnO",
            "Source": "Website",
            "Category": "Book appointment",
            "Status": "Recording conversions",
            "All conv.": "128.00",
            "Click-through conv. window": "90 days",
        },
        {("Conversion action", "HEALTH")},
        {
            ("Customer ID", "*"),
            ("Conversion action ID", "*"),
            ("Conversion ID", "*"),
            ("Conversion label", "*"),
            ("All conv.", "*"),
            ("Conversion action", "NAME"),
        },
        False,
    ),
    (
        "Google Ads call details report: caller area code only, orthopedic campaign (clean)",
        {
            "Campaign": "Orthopedic Surgery - Search",
            "Ad group": "Hip Replacement",
            "Start time": "Mar 14, 2024 10:02:11 AM",
            "End time": "Mar 14, 2024 10:09:45 AM",
            "Duration (seconds)": "454",
            "Caller country code": "US",
            "Caller area code": "312",
            "Call type": "Manually dialed",
            "Call source": "Ads",
            "Status": "Received",
        },
        {("Campaign", "HEALTH"), ("Ad group", "PROCEDURE|HEALTH")},
        {
            ("Start time", "*"),
            ("End time", "*"),
            ("Duration (seconds)", "*"),
            ("Caller area code", "*"),
            ("Caller country code", "*"),
        },
        False,
    ),
    (
        "TikTok Events API diagnostics log: pixel code, test event code, asthma page (clean)",
        {
            "pixel_code": "CNQ3B1BC77U8ABCDEF12",
            "test_event_code": "TEST60511",
            "api_version": "v1.3",
            "event": "ViewContent",
            "event_id": "1710445920_3f2a",
            "received_at": "2024-03-14T19:32:01Z",
            "page_url": "https://www.examplehealth.org/conditions/asthma/",
            "match_quality": "7.2",
            "code": 0,
            "message": "OK",
            "request_id": "20240314193201A8F2C3D4E5B6A7C8D9E0",
        },
        {("page_url", "HEALTH_CONDITION")},
        {
            ("pixel_code", "*"),
            ("test_event_code", "*"),
            ("api_version", "*"),
            ("event_id", "*"),
            ("received_at", "*"),
            ("request_id", "*"),
            ("match_quality", "*"),
        },
        False,
    ),
]

#: What the detector work left open, by record name: ``(still_open, why)``.
_OPEN: dict[str, tuple[set, str]] = {
    "Reverse-ETL sync log to LinkedIn CAPI: oncology second-opinion model, li_fat_id row": (
        {("model", "HEALTH")},
        (
            "a reverse-ETL sync's ``model`` (Hightouch, Census) is the audience a row was "
            "synced from, but a bare ``model`` key is a device's or an ML model's as often: "
            "reading specialties there would need the sync log's other keys; the record is "
            "PHI through its ``row.service_line`` all the same"
        ),
    ),
}

#: About a quarter held out (every 4th record), scored blind and only at the end; the
#: records left open are in LEFT_ALONE instead.
SHAPES = [r for i, r in enumerate(_ALL) if i % 4 != 3 and r[0] not in _OPEN]
HELD_OUT = [r for i, r in enumerate(_ALL) if i % 4 == 3 and r[0] not in _OPEN]

# (name, record, expected, must_not, phi, still_open, why)
LEFT_ALONE = [(*r, *_OPEN[r[0]]) for r in _ALL if r[0] in _OPEN]

test_ad_conversion_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (all 43 records: SHAPES, HELD_OUT
#: and LEFT_ALONE): a change that loses recall or precision on these exports fails here.
#: Blind, before the work: SHAPES 16 misses, 9 false findings, 16 records wrong; HELD_OUT
#: 1, 0, 1.
FLOORS = ShapeTotals(expected=167, misses=1, false=0, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
