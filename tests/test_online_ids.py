"""ONLINE_ID and HASHED_ID: tracking ids by field and by shape; hashed identifiers."""

from __future__ import annotations

import hashlib
import re

import pytest

from detectors import Engine, EngineConfig

SHA256 = hashlib.sha256(b"maria@example.com").hexdigest()
SHA1 = hashlib.sha1(b"15551234567").hexdigest()
MD5 = hashlib.md5(b"maria").hexdigest()
RAMP = "XY1005wXyWPB7KBFMHTLLrPk4i8sVrHGpYX4GBwPcEK3j6ZJJUtNojEmLSXFwm9MdN5Yf5Wb"
FBP = "fb.1.1700000000000.1234567890"
FBC = "fb.1.1700000000000.IwAR2xYz_AbC-123"
GA = "GA1.1.123456789.1700000000"
GCLID = "Cj0KCQiA5rGuBhCnARIsAN11vgR_xyz-AbC"
TF = "4b1c8f1d2e3a5b6c7d8e9f0a1b2c3d4e5f6a7b8c"  # a TrustedForm certificate id

GA4_ROW = {
    "event_date": "20240105",
    "event_timestamp": 1704412800123456,
    "event_name": "page_view",
    "user_pseudo_id": "1234567890.1700000000",
    "user_id": "u_8842",
    "event_params": [
        {"key": "ga_session_id", "value": {"int_value": 1704412800}},
        {"key": "page_location", "value": {"string_value": f"https://clinic.org/a?gclid={GCLID}"}},
        {"key": "page_title", "value": {"string_value": "Book an appointment"}},
    ],
}
SEGMENT_TRACK = {
    "type": "track",
    "event": "Appointment Booked",
    "messageId": "ajs-next-6a1b3c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    "anonymousId": "6a1b3c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
    "userId": "patient-7781",
    "context": {"page": {"url": "https://clinic.org/?fbclid=IwAR0abcdefGHIJ&x=1"}},
    "timestamp": "2024-01-05T12:00:00.000Z",
}
META_EVENT = {
    "event_name": "Lead",
    "event_time": 1704412800,
    "event_id": "9f86d081884c7d659a2feaa0c55ad015",
    "action_source": "website",
    "user_data": {
        "em": [SHA256],
        "ph": [SHA1],
        "fn": [MD5],
        "ge": [hashlib.sha256(b"f").hexdigest()],
        "st": [hashlib.sha256(b"ma").hexdigest()],
        "client_ip_address": "203.0.113.9",
        "fbp": FBP,
        "fbc": FBC,
        "external_id": ["c" * 64],
    },
    "custom_data": {"order_id": "a" * 40, "content_ids": ["b" * 32]},
}


def _scan(records: list[dict]) -> list[dict[str, object]]:
    engine = Engine(EngineConfig(ner=False, detectors=("online_ids",)))
    return engine.scan(records, source="t").findings.to_pylist()


def _value_at(record: object, field: str) -> str:
    node = record
    if isinstance(node, dict) and field in node:
        node = node[field]
    else:
        for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", field):
            node = node[int(index)] if index else node[key]  # type: ignore[index]
    return node if isinstance(node, str) else str(node)


def _found(record: dict) -> set[tuple[str, str, str, str]]:
    return {
        (
            r["field"],
            _value_at(record, r["field"])[r["start"] : r["end"]],
            r["entity"],
            r["detector"],
        )
        for r in _scan([record])
    }


def test_ga4_row() -> None:
    assert _found(GA4_ROW) == {
        ("user_pseudo_id", "1234567890.1700000000", "ONLINE_ID", "field_name"),
        ("user_id", "u_8842", "ONLINE_ID", "field_name"),
        ("event_params[1].value.string_value", GCLID, "ONLINE_ID", "field_name"),
    }


def test_segment_track() -> None:
    assert _found(SEGMENT_TRACK) == {
        ("anonymousId", SEGMENT_TRACK["anonymousId"], "ONLINE_ID", "field_name"),
        ("userId", "patient-7781", "ONLINE_ID", "field_name"),
        ("context.page.url", "IwAR0abcdefGHIJ", "ONLINE_ID", "field_name"),
        # this messageId embeds the anonymousId: an identifier value copied into another
        # field of the record is reported there too (detectors/echo.py)
        ("messageId", SEGMENT_TRACK["anonymousId"], "ONLINE_ID", "echo"),
    }


def test_meta_capi_event() -> None:
    assert _found(META_EVENT) == {
        ("user_data.em[0]", SHA256, "HASHED_ID", "field_name"),
        ("user_data.ph[0]", SHA1, "HASHED_ID", "field_name"),
        ("user_data.fn[0]", MD5, "HASHED_ID", "field_name"),
        ("user_data.fbp", FBP, "ONLINE_ID", "field_name"),
        ("user_data.fbc", FBC, "ONLINE_ID", "field_name"),
        ("user_data.external_id[0]", "c" * 64, "HASHED_ID", "field_name"),
    }


CASES = [
    # by field
    ({"_ga": GA}, GA, "ONLINE_ID"),
    ({"client_id": "123456789.1700000000"}, "123456789.1700000000", "ONLINE_ID"),
    ({"hubspotutk": "d" * 32}, "d" * 32, "ONLINE_ID"),
    ({"properties": {"hutk": "a1b2c3d4e5f6"}}, "a1b2c3d4e5f6", "ONLINE_ID"),
    ({"ajs_anonymous_id": "6a1b3c2d-4e5f"}, "6a1b3c2d-4e5f", "ONLINE_ID"),
    ({"external_id": "crm-000912"}, "crm-000912", "ONLINE_ID"),
    # a Twilio Conversations user SID is a person's
    (
        {"external_id": "US3c4d5e6f708192a3b4c5d6e7f8091a2b"},
        "US3c4d5e6f708192a3b4c5d6e7f8091a2b",
        "ONLINE_ID",
    ),
    ({"external_id": SHA256}, SHA256, "HASHED_ID"),
    ({"hashed_email": SHA256}, SHA256, "HASHED_ID"),
    ({"email_sha256": "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="}, None, "HASHED_ID"),
    ({"Email": SHA256}, SHA256, "HASHED_ID"),
    ({"user": {"ip_address": SHA256}}, SHA256, "HASHED_ID"),  # Reddit Conversions API
    ({"MPID": -4481268841327754612}, "-4481268841327754612", "ONLINE_ID"),  # mParticle
    ({"landing": "/book?msclkid=abc123def456&utm_medium=cpc"}, "abc123def456", "ONLINE_ID"),
    # an app stream's user_pseudo_id is the Firebase app instance id: 32 random hex digits,
    # a tracking code, not a hash (a hex ``user_id`` still is one: a hashed login)
    ({"user_pseudo_id": "c8a3e5f1d2b44b7e9a0c1d2e3f4a5b6c"}, None, "ONLINE_ID"),
    ({"user_id": MD5}, None, "HASHED_ID"),
    # mobile attribution: AppsFlyer's per-install id, Branch's developer identity, OneSignal
    ({"AppsFlyer ID": "1709317543210-4412893746182736451"}, None, "ONLINE_ID"),
    ({"user_data_developer_identity": "pt-00418812"}, None, "ONLINE_ID"),
    ({"player_id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"}, None, "ONLINE_ID"),
    # by shape in text
    ({"note": f"cookie id {FBP}."}, FBP, "ONLINE_ID"),
    ({"note": f"seen as {GA} yesterday"}, GA, "ONLINE_ID"),
    ({"comments": f"https://x.org/?a=1&gclid={GCLID}"}, GCLID, "ONLINE_ID"),
    ({"cookie": "ajs_anonymous_id=%226a1b3c2d-4e5f%22; x=1"}, "6a1b3c2d-4e5f", "ONLINE_ID"),
    ({"note": f"call 555-0143{GA}"}, GA, "ONLINE_ID"),  # glued to a number before it
    # Meta's cookies in a HAR export's request headers and cookie list; Marketo's token
    ({"value": "fr=0xyz; c_user=100004512345678"}, "100004512345678", "ONLINE_ID"),
    ({"value": "datr=Xk7fZa1b2C3d; wd=1920x1080"}, "Xk7fZa1b2C3d", "ONLINE_ID"),
    ({"cookies": [{"name": "c_user", "value": "100004512345678"}]}, None, "ONLINE_ID"),
    ({"cookies": [{"name": "_rdt_uuid", "value": "1710252847000.0b5bd2f4"}]}, None, "ONLINE_ID"),
    (
        {"Marketo Cookie": "id:123-ABC-456&token:_mch-clinic.org-1710250000000-12345"},
        "_mch-clinic.org-1710250000000-12345",
        "ONLINE_ID",
    ),
    # identity-graph ids passed between ad-tech bidders (OpenRTB ``user.ext.eids``, exports)
    ({"uid2_token": "AgAAAAN6QZRPbz1Dt0Yn5kT9BtqXc1eBpU8kb2S2r7vX"}, None, "ONLINE_ID"),
    ({"rampid": "XY1000RzKz0Qbz8pTq6uNHQ-2x9yD8oLw5M9tFvXUm5Gv"}, None, "ONLINE_ID"),
    ({"id5_id": "ID5*Yz1k9Gm3Ra7Ns8Wq2Xv4Lt6Jp0Hf5Bc1Md9Ke3Sg7Aw"}, None, "ONLINE_ID"),
    ({"tdid": "3f2504e0-4f89-41d3-9a0c-0305e82c3301"}, None, "ONLINE_ID"),
    ({"user": {"ext": {"eids": {"uid2": "AgAAAAN6QZRPbz1Dt0Yn"}}}}, None, "ONLINE_ID"),
    (
        {"cookie": "__qca=P0-1184926315-1732700000123; v=2"},
        "P0-1184926315-1732700000123",
        "ONLINE_ID",
    ),
    (
        {"cookie": "a=1; cto_bundle=Zq9y3F9MYTNhbUhCUVRSMGZl"},
        "Zq9y3F9MYTNhbUhCUVRSMGZl",
        "ONLINE_ID",
    ),
    ({"cookie": "idl_env=AhHXb2eD0LxLh9rZkQy3"}, "AhHXb2eD0LxLh9rZkQy3", "ONLINE_ID"),
    # lead-generation consent certificates: a TrustedForm certificate (by shape, in any
    # field: only its token) and a Jornaya LeadiD token (by field)
    ({"TrustedForm": f"https://cert.trustedform.com/{TF}"}, TF, "ONLINE_ID"),
    (
        {"appended": {"trustedform": {"cert_url": f"https://cert.trustedform.com/{TF}"}}},
        TF,
        "ONLINE_ID",
    ),
    ({"note": f"cert https://CERT.TrustedForm.com/{TF.upper()}, claimed"}, TF.upper(), "ONLINE_ID"),
    ({"xxTrustedFormToken": TF}, None, "ONLINE_ID"),
    (
        {"xxTrustedFormPingUrl": "https://ping.trustedform.com/0.AbCdEf12345.1730912345.xyz"},
        "0.AbCdEf12345.1730912345.xyz",
        "ONLINE_ID",
    ),
    ({"universal_leadid": "D1E2F3A4-B5C6-7D8E-9F0A-1B2C3D4E5F6A"}, None, "ONLINE_ID"),
    ({"leadid_token": "D1E2F3A4-B5C6-7D8E-9F0A-1B2C3D4E5F6A"}, None, "ONLINE_ID"),
    ({"LeadiDToken": "D1E2F3A4-B5C6-7D8E-9F0A-1B2C3D4E5F6A"}, None, "ONLINE_ID"),
    ({"Jornaya_Lead_ID": "D1E2F3A4-B5C6-7D8E-9F0A-1B2C3D4E5F6A"}, None, "ONLINE_ID"),
    ({"gcl_id": "EAIaIQobChMIv7Xn9uW3iQMVBgSzAB3lrwK8EAAYASAAEgJ0zPD_BwE"}, None, "ONLINE_ID"),
    # ad platforms' conversion APIs: TikTok 1.x's ``ad.callback`` (the ttclid), OpenRTB 2.6
    # extended ids, ID5's response, hashed lists and typed identifiers
    ({"context": {"ad": {"callback": "E.C.P.CrwBdFk8VjH7Z3cQ2nR5xW9a"}}}, None, "ONLINE_ID"),
    (
        {"user": {"eids": [{"source": "liveramp.com", "uids": [{"id": RAMP, "atype": 3}]}]}},
        None,
        "ONLINE_ID",
    ),
    ({"universal_uid": "ID5*Xn7Ghf4-K7dxWQ1rJz2pC9aV3mT0yLsE6uBkNoP5"}, None, "ONLINE_ID"),
    ({"context": {"user": {"phone_numbers": [SHA256]}}}, None, "HASHED_ID"),
    ({"user_data": {"address": [{"sha256_street": SHA256}]}}, None, "HASHED_ID"),
    ({"matchKeys": [{"type": "EMAIL", "values": [SHA256]}]}, None, "HASHED_ID"),  # Amazon Ads
    ({"identifierType": "email", "identifiers": [SHA256]}, None, "HASHED_ID"),  # Criteo
    ({"match_keys": [{"type": "PHONE", "value": SHA256}]}, None, "HASHED_ID"),  # any case
    # hard negatives
    ({"ad": {"callback_url": "https://ads.example/cb"}}, "", None),
    ({"user": {"eids": [{"source": "liveramp.com", "uids": [{"atype": 3}]}]}}, "", None),
    ({"matchKeys": [{"type": "COUNTRY", "values": ["US"]}]}, "", None),
    ({"items": [{"type": "EMAIL", "value": SHA256}]}, "", None),  # no list of identifiers
    ({"note": "verified with TrustedForm; see cert.trustedform.com for details"}, "", None),
    ({"page": f"https://trustedform.com/blog/{TF}"}, "", None),  # not the cert host
    ({"note": f"https://cert.trustedform.com/{TF}abc"}, "", None),  # not 40 hex
    ({"campaign_key": "0F1E2D3C-4B5A-6978-8796-A5B4C3D2E1F0"}, "", None),  # Jornaya's campaign
    ({"lead_token": "ppt_19c2a7e4f0b3"}, "", None),  # a ping/post platform's own token
    # telephony platforms' object ids kept by a CRM as the call's external id
    ({"externalId": "CAL8154748ae6bd4e278a7cddd38a662f4f"}, "", None),  # CallRail call
    ({"external_id": "CA5e1d9c3b7a2f48e6d0c4b8a7f3e2d1c9"}, "", None),  # Twilio call SID
    ({"ttd_campaign_id": "4fq2k1x"}, "", None),
    ({"cookie": "theme=dark; qca=yes"}, "", None),
    ({"note": "the _mch-clinic.org token"}, "", None),
    ({"note": "c_user"}, "", None),
    ({"event_id": SHA256}, "", None),
    ({"messageId": "6a1b3c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"}, "", None),
    ({"ga_session_id": "1704412800"}, "", None),
    ({"transaction_id": "a" * 40}, "", None),
    ({"checksum": MD5}, "", None),
    ({"etag": SHA1}, "", None),
    ({"user_data": {"country": [SHA256]}}, "", None),
    ({"user_id": "maria@example.com"}, "", None),  # the email detector's
    ({"user_id": "(not set)"}, "", None),
    ({"user_pseudo_id": "0"}, "", None),
    ({"AppsFlyer ID": ""}, "", None),
    ({"player_id": "(none)"}, "", None),
    ({"gclid": "null"}, "", None),
    ({"note": "price 1.1700000000000.5 and GA1 rules"}, "", None),
    ({"note": "the fb.1 pixel"}, "", None),
    ({"_ga_ABC123": "GS1.1.1700000000.5.1.1700000100.0.0.0"}, "", None),
    ({"event_timestamp": 1700000000123456}, "", None),
    ({"note": f"x{GA}"}, "", None),  # inside a word
    ({"user_id": "\u200f<EMAIL>"}, "", None),  # redacted in part: judged on the first scan
    ({"user_id": "\u200fjane.doe@example.com"}, "", None),  # the email detector's
    ({"user_id": "/portal/appointments"}, "", None),  # a URL path is no tracking code
    ({"user_id": "https://clinic.example/conditions/asthma"}, "", None),
    # a social handle in a social-listening export is the account's id
    ({"author": {"username": "@kimmy_runs_"}}, "@kimmy_runs_", "ONLINE_ID"),
    ({"username": "@ab"}, "", None),  # too short to single anyone out
    ({"username": "@kim runs"}, "", None),  # a space: a mention in a sentence, no handle
    # a tokenization vendor's patient token (base64 of a keyed SHA-256)
    ({"patient_token": "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg="}, None, "HASHED_ID"),
    ({"patient_token_version": "v2"}, "", None),
    # Adobe Experience Platform: the ECID in the identityMap, and the Web SDK's identity
    # cookie in its state entries; the cookie's cluster and the ECID's flags are nothing
    (
        {"xdm": {"identityMap": {"ECID": [{"id": "38745219476103987310012849502217734012"}]}}},
        None,
        "ONLINE_ID",
    ),
    ({"identityMap": {"ECID": [{"id": "3874521947", "primary": True}]}}, None, "ONLINE_ID"),
    ({"identityMap": {"ECID": [{"authenticatedState": "ambiguous"}]}}, "", None),
    (
        {
            "entries": [
                {"key": "kndctr_5B3A12345678_AdobeOrg_identity", "value": "CiYzODc0NTIxOTQ3NjEw"},
                {"key": "kndctr_5B3A12345678_AdobeOrg_cluster", "value": "va6"},
            ]
        },
        "CiYzODc0NTIxOTQ3NjEw",
        "ONLINE_ID",
    ),
    # FullStory's person ids; its session id is a machine id
    ({"IndvId": 4899137492721664}, None, "ONLINE_ID"),
    ({"UserAppKey": "acct_220419"}, None, "ONLINE_ID"),
    ({"SessionId": 6219047012843520}, "", None),
    # a cookie-consent id, whole or inside OneTrust's OptanonConsent cookie value
    (
        {"Cookie": "OptanonAlertBoxClosed=2024-03-14; OptanonConsent=consentId=5d7e1c2a-9b3f"},
        "5d7e1c2a-9b3f",
        "ONLINE_ID",
    ),
    ({"consent_id": "cns_5520194"}, "", None),  # a lead seller's consent record
    (
        {"value": "isGpcEnabled=0&version=202402.1.0&consentId=5d7e1c2a-9b3f-4e8a&groups=C0001"},
        "5d7e1c2a-9b3f-4e8a",
        "ONLINE_ID",
    ),
    ({"receiptId": "8f1d2c3b-4a5e-4f6a-9b7c-0d1e2f3a4b5c"}, "", None),
    # email service providers' per-recipient click tokens on landing pages and click links
    ({"url": "https://go.x.org/AFib.html?mkt_tok=NTk5LVhZWi0xMjMAAAGOq3b7"},
     "NTk5LVhZWi0xMjMAAAGOq3b7", "ONLINE_ID"),
    ({"request_uri": "/collections/cpap?_kx=Wb1tRk6fT1eNq2x%3D.Xy7Zab&utm_source=klaviyo"},
     "Wb1tRk6fT1eNq2x%3D.Xy7Zab", "ONLINE_ID"),
    ({"url": "https://www.x.org/p?sfmc_sub=88412993&utm_source=sfmc"}, "88412993", "ONLINE_ID"),
    ({"html": '<a href="https://url44.x.org/ls/click?upn=u001.qJ8Vx2kL-2BmN4-3D">go</a>'},
     "u001.qJ8Vx2kL-2BmN4-3D", "ONLINE_ID"),
    ({"body": "Book: http://cl.S7.exct.net/?qs=" + "4b1e" * 30}, "4b1e" * 30, "ONLINE_ID"),
    ({"url": "https://click.e.x.org/?qs=" + "4b1e" * 30}, "4b1e" * 30, "ONLINE_ID"),
    # Mailchimp's subscriber id: ``e`` on its own link host, split or inside HTML
    ({"url": "https://x.us5.list-manage.com/track/click?u=9a8b7c6d5e4f3a2b1c0d9e8f7&id=1a2b3c4d5e"
             "&e=4f8e2d1c0b"}, "4f8e2d1c0b", "ONLINE_ID"),
    ({"html": '<a href="https://x.us5.list-manage.com/track/click?u=9a8b7c6d5e4f3a2b1c&amp;'
              'id=1a2b3c4d5e&amp;e=4f8e2d1c0b">x</a>'}, "4f8e2d1c0b", "ONLINE_ID"),
    # ...but the send's and the account's codes beside them are not, nor look-alikes
    ({"url": "https://www.x.org/careers?_hsmi=289012345&utm_source=hs_email"}, "", None),
    ({"url": "https://us5.campaign-archive.com/?u=9a8b7c6d5e4f3a2b1c0d9e8f7&id=1a2b3c4d5e"},
     "", None),
    ({"url": "https://www.x.org/search?e=cardiology&qs=heart"}, "", None),
    ({"note": "order 4f8e2d1c0b, e=4f8e2d1c0b, qs=4b1e"}, "", None),
    ({"url": "https://www.x.org/p?qs=" + "4b1e" * 16}, "", None),  # a digest's length
    # ad servers' reader ids: Ad Manager's PPID, Xandr's ``uuid2`` cookie, Prebid's user-id
    # modules (a ``userId`` object of identity-graph ids, not a CRM's user lookup)
    ({"PublisherProvidedID": "ppid_4b7e9a2c1d8f3e6a"}, None, "ONLINE_ID"),
    ({"uuid2": "8401928374650192837"}, None, "ONLINE_ID"),
    ({"userId": {"pubcid": "9a2c4e6f-8b1d-4f3a-a5c7-e9b1d3f5a7c9"}}, None, "ONLINE_ID"),
    ({"userId": {"id5id": {"uid": "ID5*Xk4v7b2M1qRzT9Lw3pHcY8nFaE6uG0jS5dKiBoQ2"}}}, None,
     "ONLINE_ID"),
    # a clean room's hashed email (``hem``); its plain text is no digest
    ({"hem": "a" * 64}, None, "HASHED_ID"),
    ({"hem": "pending"}, "", None),
    # OpenRTB's ``user.data[]`` providers: the provider's name, not the user's
    ({"user": {"data": [{"id": "edh-1pd", "name": "everydayhealth.com"}]}}, "", None),
    # Adobe Target's visitor id on an at.js mbox request, and its own columns; the
    # request's mbox name and session are no one's
    ({"request": "/m2/acme/mbox/json?mbox=target-global-mbox&mboxPC="
                 "5e8a2c4f1b9d4e7a9c3f6b0d2e4a8c1f.35_0&mboxVersion=2.11.4"},
     "5e8a2c4f1b9d4e7a9c3f6b0d2e4a8c1f.35_0", "ONLINE_ID"),
    ({"id": {"tntId": "3b7f1c2e9a4d4f8e8c6b5a4d3e2f1a0b.35_0"}}, None, "ONLINE_ID"),
    ({"dyid": "-4350463893986789401"}, None, "ONLINE_ID"),
    ({"request": "/m2/acme/mbox/json?mbox=target-global-mbox&mboxSession=9d2c1b0a7f6e4d3c8b5a"},
     "", None),
    # a feature-flag multi-context's tenant is no one's
    ({"context": {"kind": "multi", "organization": {"key": "tenant-042"}}}, "", None),
]  # fmt: skip


@pytest.mark.parametrize(("record", "text", "entity"), CASES)
def test_online_ids(record: dict, text: str | None, entity: str | None) -> None:
    rows = _scan([record])
    if entity is None:
        assert rows == []
        return
    assert len(rows) == 1, rows
    row = rows[0]
    value = _value_at(record, row["field"])
    assert row["entity"] == entity
    if text is None:  # the whole value
        text = value
    assert value[row["start"] : row["end"]] == text


def test_cookie_string() -> None:
    cookie = (
        f"_ga={GA}; _fbp={FBP}; hubspotutk={'e' * 32}; _ga_XYZ=GS1.1.1700000000.5.1; theme=dark"
    )
    got = _found({"cookie": cookie})
    assert got == {
        ("cookie", GA, "ONLINE_ID", "regex"),
        ("cookie", FBP, "ONLINE_ID", "regex"),
        ("cookie", "e" * 32, "ONLINE_ID", "regex"),
    }


def test_findings_never_copy_values() -> None:
    rows = _scan([META_EVENT])
    for r in rows:
        assert SHA256 not in {str(v) for v in r.values()}


@pytest.mark.parametrize(
    ("record", "text"),
    [
        ({"clientId": "1234567890.1700000000"}, "1234567890.1700000000"),
        (
            {"client_id": "c4a7e1f0-5b3d-4e8a-9f61-0d2b7c4e8a13"},
            "c4a7e1f0-5b3d-4e8a-9f61-0d2b7c4e8a13",
        ),
        # letters alone: a vendor's code for its customer (an engagement vendor's health plan)
        ({"clientId": "ACMEHP"}, None),
        ({"client_id": "northside-health"}, None),
        # a username of letters is still a person's
        ({"username": "rosagarcia"}, "rosagarcia"),
    ],
)
def test_a_client_id_of_letters_is_an_accounts_code(record: dict, text: str | None) -> None:
    assert {t for _f, t, e, _d in _found(record) if e == "ONLINE_ID"} == ({text} if text else set())


@pytest.mark.parametrize(
    ("record", "text"),
    [
        # a community platform's own accounts name a function, not a member
        ({"username": "inspire_team"}, None),
        ({"username": "system"}, None),
        ({"username": "AutoModerator"}, None),
        ({"handle": "acme-support"}, None),
        # a member's handle, with a team or a support word inside it, is still a person's
        ({"username": "hopeful_wife_72"}, "hopeful_wife_72"),
        ({"username": "steam_fan"}, "steam_fan"),
        ({"username": "teamjenna"}, "teamjenna"),
    ],
)
def test_a_platforms_role_account_is_no_members_handle(record: dict, text: str | None) -> None:
    assert {t for _f, t, e, _d in _found(record) if e == "ONLINE_ID"} == ({text} if text else set())
