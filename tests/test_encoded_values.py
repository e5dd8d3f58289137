"""Identifiers hidden by an encoding inside a value: JSON held in a string, HTML entities
and markup, ``\\uXXXX`` escapes, invisible characters, quoted-printable.

End to end as in ``test_redaction_leaks``: plant, scan without NER, redact with the
default policy, and check that no piece is left; hard negatives (images, tokens, ids,
markup and JSON without a person in them) must come back unchanged. Findings must point
into the value as written, escapes included, so redaction removes the escape with what
it encodes.
"""

from __future__ import annotations

import base64
import json
import re

import pytest
from helpers import redacted

from detectors import Engine
from detectors.cells import flatten
from detectors.embedded_json import json_leaves, opens_json
from detectors.offsets import ComposedMap, ShiftMap, sub_with_map
from detectors.redact import Redactor
from detectors.unescape import needs_unescape, unescape


@pytest.fixture(scope="module")
def engine(engine_no_ner: Engine) -> Engine:
    return engine_no_ner


@pytest.fixture(scope="module")
def redactor(safe_harbor_redactor: Redactor) -> Redactor:
    return safe_harbor_redactor


HEALTH = {"condition": "type 2 diabetes"}


def _leaves(node: object) -> list[str]:
    if isinstance(node, dict):
        return [s for v in node.values() for s in _leaves(v)]
    if isinstance(node, list):
        return [s for v in node for s in _leaves(v)]
    return [node] if isinstance(node, str) else []


def _b64json(doc: object, *, urlsafe: bool = False) -> str:
    raw = json.dumps(doc).encode()
    return (
        base64.urlsafe_b64encode(raw).decode().rstrip("=")
        if urlsafe
        else base64.b64encode(raw).decode()
    )


#: (record, pieces): an encoded identifier and the pieces of it that must not be left.
PLANTED = [
    # JSON held in a string: Segment/webhook payloads, GTM server logs, Salesforce long text
    pytest.param(
        {"properties": {"payload": json.dumps(
            {"email": "jo.smith@x-mail.com", "phone": "312-847-2290", "condition": "diabetes"}
        )}},
        ["jo.smith", "847-2290"],
        id="json-segment-payload",
    ),
    pytest.param(
        {"request_body": json.dumps({"user_data": {
            "em": "jane.doe@gmail.com", "ph": "+13128472290", "fn": "Jamila", "ln": "Okafor",
            "zp": "62704"}}), "page_location": "https://clinic.example.com/conditions/diabetes"},
        ["jane.doe", "8472290", "Jamila", "Okafor", "62704"],
        id="json-gtm-capi-user-data",
    ),
    pytest.param(
        {"Description": "Web-to-lead payload: " + json.dumps(
            {"first_name": "Maria", "last_name": "Gonzalez", "ssn": "536-22-8410",
             "mrn": "00123456"}) + " re: oncology consult"},
        ["Maria", "Gonzalez", "8410", "00123456"],
        id="json-inside-prose",
    ),
    pytest.param(
        {"payload": json.dumps({"address": {"street": "4417 Oak Ridge Dr",
         "city": "Springfield", "zip": "62704"}, "reason": "knee replacement"})},
        ["4417", "Oak Ridge", "62704"],
        id="json-address",
    ),
    pytest.param(
        {"raw": json.dumps(json.dumps({"email": "k.lee@yahoo.com", "dob": "03/14/1962"})),
         **HEALTH},
        ["k.lee", "03/14"],
        id="json-serialized-twice",
    ),
    pytest.param(
        {"contacts_json": json.dumps([{"name": "Li Wei", "mrn": "448812"},
                                      {"name": "Omar Haddad", "mrn": "448813"}]), **HEALTH},
        ["Li Wei", "448812", "Omar", "Haddad"],
        id="json-array-of-people",
    ),
    pytest.param(
        {"payload": json.dumps({"first_name": "José", "last_name": "Núñez",
                                "email": "jn@gmail.com"}), **HEALTH},
        ["Jos", "N\\u00fa", "jn@"],
        id="json-ascii-escaped-name",
    ),
    pytest.param(
        {"payload": '{"email":"jane.doe\\u0040gmail.com"}', **HEALTH},
        ["jane.doe"],
        id="json-escaped-at",
    ),
    pytest.param(
        {"payload": '{"page":"https:\\/\\/clinic.example.com\\/thanks?email=jane.doe%40gmail.com",'
         '"dob":"03\\/14\\/1962"}', **HEALTH},
        ["jane.doe", "14\\/1962"],
        id="json-php-slashes-url-in-leaf",
    ),
    pytest.param(
        {"payload": json.dumps({"data": json.dumps(
            {"email": "jane.doe@gmail.com", "phone": "312-847-2290"})}), **HEALTH},
        ["jane.doe", "847-2290"],
        id="json-in-json-leaf",
    ),
    pytest.param(
        {"payload": json.dumps({"phone": "312\u200b847\u200b2290"}), **HEALTH},
        ["847", "2290"],
        id="json-zero-width-in-leaf",
    ),
    pytest.param(
        {"log": "payload={'ssn': '536-22-8410', 'mrn': '00123456'} dx=diabetes"},
        ["8410", "00123456"],
        id="python-dict-in-log",
    ),
    # HTML character references
    pytest.param({"notes": "Email: jane.doe&#064;gmail&#46;com re diabetes"}, ["jane.doe"],
                 id="entity-padded-at-and-dot"),
    pytest.param({"notes": "Spoke with Ren&eacute;e O&#39;Brien about her asthma"},
                 ["Ren&eacute;e", "Brien"], id="entity-in-name"),
    pytest.param({"notes": "lives at 77 O&#8217;Connell St, re diabetes"}, ["Connell"],
                 id="entity-in-street"),
    pytest.param({"notes": "call 312&nbsp;847&nbsp;2290 about diabetes"}, ["847", "2290"],
                 id="entity-nbsp-phone"),
    # HTML markup
    pytest.param(
        {"email_body": "<p>Hi,</p><p><b>DOB:</b> 03/14/1962<br><b>MRN:</b> 00482913</p>"
         "<p>Dx: type 2 diabetes</p>"},
        ["03/14", "00482913"],
        id="markup-between-label-and-value",
    ),
    # a notification email's label/value table rows: a header cell or a cell ending in a
    # colon labels the next cell of its row
    pytest.param(
        {"body_html": "<table><tr><th>Patient</th><td>Jane Roe</td></tr>"
         "<tr><td><b>Date of Birth:</b></td><td>03/14/1985</td></tr>"
         "<tr><th>Reason</th><td>type 2 diabetes follow-up</td></tr></table>"},
        ["Jane", "Roe", "03/14"],
        id="table-label-and-value-cells",
    ),
    # \uXXXX escapes in plain text
    pytest.param({"notes": "email jane.doe\\u0040gmail.com re diabetes"}, ["jane.doe"],
                 id="u-escape-at"),
    pytest.param({"notes": "phone 312\\u002d847\\u002d2290 re diabetes"}, ["2290"],
                 id="u-escape-dashes"),
    # invisible characters
    pytest.param({"notes": "Spoke with Jane\u200b Doe\u200c about her asthma"}, ["Jane", "Doe"],
                 id="zero-width-in-name"),
    pytest.param({"notes": "call 312\u00ad847\u00ad2290 about diabetes"}, ["847", "2290"],
                 id="soft-hyphen-phone"),
    pytest.param({"notes": "email jane\u200b.doe@gm\u200dail.com re diabetes"}, ["jane", "doe@"],
                 id="zero-width-email"),
    pytest.param({"notes": "SSN 536\u200b-22-8410 re diabetes"}, ["8410"], id="zero-width-ssn"),
    pytest.param({"notes": "DOB: 03/\u206014/1962 re diabetes"}, ["14/1962"],
                 id="word-joiner-date"),
    pytest.param({"notes": "call \u202a+1 312 847 2290\u202c re diabetes"}, ["847", "2290"],
                 id="bidi-embedding-phone"),
    # base64 JSON in a tracking pixel's query value (Mixpanel, Segment, Snowplow GETs)
    pytest.param(
        {"request": {"url": "https://api-js.mixpanel.com/track/?data=" + _b64json(
            {"event": "Viewed Page", "properties": {"$email": "jo.smith@x-mail.com",
                                                    "page": "/conditions/diabetes"}}
        ) + "&ip=1"}},
        ["jo.smith", _b64json({"event": "Viewed Page"})[:12]],
        id="base64-json-pixel-payload",
    ),
    pytest.param(
        {"url": "https://sp.example.com/i?e=ue&ue_px=" + _b64json(
            {"schema": "iglu:com.snowplowanalytics.snowplow/unstruct_event/jsonschema/1-0-0",
             "data": {"data": {"phone": "312-847-2290", "topic": "diabetes"}}}, urlsafe=True
        ) + "&aid=web"},
        ["eyJzY2hlbWEi"],
        id="base64url-json-snowplow",
    ),
    # base64 JSON as a message bus carries the message: Pub/Sub's message.data, Kinesis'
    # data, Firehose's rawData (standard alphabet, padded)
    pytest.param(
        {"message": {"data": _b64json({"email": "jo.smith@x-mail.com", "reason": "diabetes"}),
                     "messageId": "2070443601311540"}},
        ["eyJlbWFpbCI6"],
        id="base64-json-pubsub-data",
    ),
    pytest.param(
        {"rawData": _b64json([{"name": "Jo Smith", "phone": "312-847-2290"}]), **HEALTH},
        ["WvsibmFtZSI6", "W3sibmFtZSI6"],
        id="base64-json-array-firehose-rawdata",
    ),
    # quoted-printable, in a cell that says it is
    pytest.param({"message": "Phone: 312-847-=\n2290 re diabetes"}, ["2290"],
                 id="qp-soft-line-break"),
    pytest.param(
        {"message": "Content-Transfer-Encoding: quoted-printable\n\nReply to "
         "jane.doe=40gmail.com=\n about her diabetes"},
        ["jane.doe"],
        id="qp-encoded-at",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("record", "pieces"), PLANTED)
def test_no_piece_of_an_encoded_identifier_is_left(
    engine: Engine, redactor: Redactor, record: dict[str, object], pieces: list[str]
) -> None:
    text = "\n".join(_leaves(redacted(engine, redactor, record)))
    assert [p for p in pieces if p in text] == [], text


PNG = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
    "YPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="
)
JWT = (
    ".".join(
        base64.urlsafe_b64encode(json.dumps(part).encode()).decode().rstrip("=")
        for part in ({"alg": "HS256", "typ": "JWT"}, {"iss": "auth.example.com", "exp": 1700000000})
    )
    + ".dBjftJeZ4CVPmB92K27uhbUJU1p1r_wW1gFWFOEjXk"
)

#: Values that must come back unchanged: nothing in them identifies a person.
NEGATIVES = [
    pytest.param({"image": PNG, **HEALTH}, id="base64-image"),
    pytest.param({"auth": "Bearer " + JWT, **HEALTH}, id="jwt-without-pii"),
    pytest.param({"event_id": "9f8b7c6d-1234-4abc-9def-0123456789ab", **HEALTH}, id="uuid"),
    pytest.param({"request_id": "req_8fK2mQ9xLpZ0", **HEALTH}, id="random-id"),
    pytest.param(
        {"payload": json.dumps({"event": "page_view", "page": "/services/cardiology",
                                "ts": 1700000000, "session_count": 3, "value": 129.95})},
        id="json-event-without-pii",
    ),
    pytest.param(
        {"payload": json.dumps({"items": [{"sku": "A-1002", "qty": 2}], "currency": "USD"}),
         **HEALTH},
        id="json-cart",
    ),
    pytest.param({"embedding": "[0.12, -0.33, 0.98, 0.01]", **HEALTH}, id="json-number-array"),
    pytest.param(
        {"email_body": "<p>Thanks for your <b>appointment</b> request &amp; Q&amp;A.</p><br>"
         '<a href="https://clinic.example.com/faq">FAQ</a>', **HEALTH},
        id="markup-without-pii",
    ),
    pytest.param({"notes": "Caf&eacute; &mdash; 5&nbsp;min &#8212; open 9&ndash;5 re diabetes"},
                 id="entities-without-pii"),
    pytest.param({"notes": "Book\u200bnow for your diabetes screening\u200d"},
                 id="zero-width-without-pii"),
    pytest.param({"notes": "a1c=40 mg=3D dose re diabetes"}, id="equals-forty-is-no-at"),
    pytest.param({"notes": "caf\\u00e9 menu \\u2014 diabetes friendly"}, id="escapes-without-pii"),
    pytest.param({"notes": "{not json} [draft] diabetes"}, id="braces-in-prose"),
    pytest.param({"url": "https://clinic.example.com/cb?state=" + _b64json(
        {"return_to": "/conditions/diabetes", "nonce": "k2Jd9s"}) + "&code=abc"},
        id="base64-json-without-pii"),
    pytest.param({"url": "https://clinic.example.com/sso?token=" + JWT, **HEALTH},
                 id="jwt-in-a-query-value"),
    pytest.param({"data": _b64json({"event": "heartbeat", "lsn": 24023928}), **HEALTH},
                 id="base64-json-without-pii-as-a-whole-value"),
    pytest.param({"value": "eyJub3QgYmFzZTY0IGpzb24", "word": "everyday", **HEALTH},
                 id="base64-that-is-no-json"),
    pytest.param({"value": "AAAAAGQCFGNvbnRhY3QtMDEgAhRwZW5kaW5nAA==", **HEALTH},
                 id="avro-binary-after-a-magic-byte"),
]  # fmt: skip


@pytest.mark.parametrize("record", NEGATIVES)
def test_values_without_a_person_come_back_unchanged(
    engine: Engine, redactor: Redactor, record: dict[str, object]
) -> None:
    assert redacted(engine, redactor, record) == record


@pytest.mark.parametrize(
    ("record", "field", "found"),
    [
        ({"notes": "Email: jane.doe&#064;gmail&#46;com"}, "notes", "jane.doe&#064;gmail&#46;com"),
        ({"notes": "<p>Name: <b>Jane Doe</b></p>"}, "notes", "Jane Doe"),
        ({"Email": "\u200fmaria@example.com"}, "Email", "maria@example.com"),
        ({"p": '{"email":"jane.doe\\u0040gmail.com"}'}, "p", "jane.doe\\u0040gmail.com"),
        ({"p": json.dumps(json.dumps({"email": "k.lee@yahoo.com"}))}, "p", "k.lee@yahoo.com"),
        ({"p": '{"u":"https:\\/\\/x.org\\/?e=jo%40x.com"}'}, "p", "jo%40x.com"),
        (
            {"u": "https://x.org/t?data=" + _b64json({"email": "k.lee@yahoo.com"}) + "&v=2"},
            "u",
            _b64json({"email": "k.lee@yahoo.com"}),
        ),
        (
            {"data": _b64json({"email": "k.lee@yahoo.com"})},
            "data",
            _b64json({"email": "k.lee@yahoo.com"}),
        ),
    ],
)
def test_findings_point_into_the_value_as_written(
    engine: Engine, record: dict[str, str], field: str, found: str
) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    value = record[field]
    assert [value[r["start"] : r["end"]] for r in rows if r["field"] == field] == [found]


def test_base64_json_leaves_are_scanned_under_their_keys() -> None:
    """A whole value that is base64 of JSON (a Pub/Sub or Kinesis message's ``data``) is
    read leaf by leaf under its keys, each leaf mapped to the whole encoded value."""
    cells = flatten([{"message": {"data": _b64json({"user": {"email": "a@b.co"}})}}])
    rows = [(cells.paths[h], t) for h, t in zip(cells.hint_id, cells.text, strict=True)]
    encoded = _b64json({"user": {"email": "a@b.co"}})
    assert rows == [("message.data", encoded), ("message.data.user.email", "a@b.co")]
    assert {cells.paths[p] for p in cells.path_id} == {"message.data"}
    # a value that opens like base64 but is none is still split as what it is
    cells = flatten([{"body": "email=a@b.co&topic=x", "w": "Wx=1&y=2"}])
    hints = [cells.paths[h] for h in cells.hint_id]
    assert hints == ["body?email", "body?topic", "w?Wx", "w?y"]


def test_json_leaves_are_scanned_under_their_keys() -> None:
    cells = flatten([{"body": '{"user_data": {"em": "a@b.co"}, "tags": ["x", 5]}'}])
    rows = [(cells.paths[h], t) for h, t in zip(cells.hint_id, cells.text, strict=True)]
    assert rows == [("body.user_data.em", "a@b.co"), ("body.tags[0]", "x"), ("body.tags[1]", "5")]
    assert {cells.paths[p] for p in cells.path_id} == {"body"}  # findings keep the field


@pytest.mark.parametrize(
    ("text", "is_json"),
    [
        ('{"a": 1}', True),
        ("[1, 2]", True),
        ('"{\\"a\\": 1}"', True),
        ("{not json}", False),
        ('"quoted words"', False),
        ("[draft]", False),
    ],
)
def test_only_json_is_split(text: str, is_json: bool) -> None:
    assert (opens_json(text) and json_leaves(text) is not None) is is_json


def test_a_duplicated_key_leaves_the_value_whole() -> None:
    text = '{"email": "a@b.co", "email": "c@d.co"}'
    assert flatten([{"p": text}]).text == [text]


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("jane&#64;x.com", "jane@x.com"),
        ("O&#x27;Brien &amp; co", "O'Brien & co"),
        ("<b>MRN:</b> 1<br/>2", "MRN: 1\n2"),
        # two cells of a row: a tab; a header cell or a colon's cell labels the next
        ("<tr><td>1</td><td>2</td></tr>", "\n\n1\t2\n\n"),
        ("<th>Patient</th>\n<td>Jane</td>", "\nPatient:\tJane\n"),
        ("<td><b>DOB:</b> </td><td>1</td>", "\nDOB:\t1\n"),
        ("<th>A</th><th>B</th>", "\nA\tB\n"),  # a header row: no labels
        ('<a href="mailto:j@x.co">mail</a>', '<a href="mailto:j@x.co">mail'),
        ("J\u200bane\u00adDoe\ufeff", "JaneDoe"),
        ("\\u0040 \\ud83d\\ude00", "@ \U0001f600"),
        ("&#0; &#xD800; &bogus;", None),  # nothing a character, nothing decoded
        ("x=40 =3D y=\n z", "x@ = y z"),
    ],
)
def test_unescape_and_its_map(raw: str, decoded: str | None) -> None:
    got = unescape(raw)
    if decoded is None:
        assert got is None
        return
    assert got is not None
    text, omap = got
    assert text == decoded
    assert omap.start(len(text)) == len(raw)  # past a removal at the end, too
    starts = [omap.start(i) for i in range(len(text) + 1)]
    ends = [omap[i] for i in range(len(text) + 1)]
    assert starts == sorted(starts) and ends == sorted(ends)  # monotone
    assert all(0 <= e <= s <= len(raw) for s, e in zip(starts, ends, strict=True))


def test_a_removed_character_is_outside_the_spans_beside_it() -> None:
    text, omap = sub_with_map(re.compile("\u200b"), lambda m: "", "ab\u200bcd")
    assert text == "abcd"
    assert (omap.start(0), omap[2]) == (0, 2)  # "ab" ends before the removed character
    assert (omap.start(2), omap[4]) == (3, 5)  # "cd" starts after it


def test_composed_maps_go_through_both_decodings() -> None:
    outer = ShiftMap([1], [2])  # "a%40b" -> "a@b"
    inner = ShiftMap([0], [5])  # a 6-char escape -> 1 char, at the piece's start
    composed = ComposedMap(outer, 1, inner)
    assert composed.start(0) == outer.start(1) and composed[1] == outer[1 + 6]


def test_the_chunk_screen_passes_plain_analytics_text() -> None:
    plain = "page_view https://x.org/a?b=c GA1.2.3.4 312-555-0199 diabetes x=40 a > b"
    assert not needs_unescape(plain, plain.isascii())
    for encoded in ("x &#64; y", "a\\u0040b", "<br>", "q=\n", "=3D"):
        assert needs_unescape(encoded, True), encoded
    assert needs_unescape("x\u200by", False)


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        # RFC 2047 encoded words, B and Q, and the space between two of them
        ("From: =?UTF-8?B?Sm9zw6kgTsO6w7Fleg==?= <j@x.com>", "From: José Núñez <j@x.com>"),
        ("=?utf-8?Q?Re:_my_colonoscopy?=", "Re: my colonoscopy"),
        ("=?UTF-8?Q?Zo=C3=AB?= =?UTF-8?Q?_Castellanos?=", "Zoë Castellanos"),
        ("=?iso-8859-1?Q?Ren=E9e?=", "Renée"),
        ("=?bogus-charset?Q?x?= =?UTF-8?B?!!!?=", None),  # nothing decodes
        # a form field's placeholder is not scanned
        ('<input name="email" placeholder="you@example.com">', '<input name="email">'),
        # iCalendar and vCard folding and text escapes, only inside such an object
        ("BEGIN:VEVENT\r\nDESCRIPTION:lapa\r\n roscopic\\, R\r\nEND:VEVENT",
         "BEGIN:VEVENT\r\nDESCRIPTION:laparoscopic, R\r\nEND:VEVENT"),
        ("a note\n with an indented line\\, and a comma", None),
    ],
)  # fmt: skip
def test_headers_forms_and_calendars_are_decoded(raw: str, decoded: str | None) -> None:
    got = unescape(raw)
    if decoded is None:
        assert got is None
        return
    assert got is not None and got[0] == decoded
    omap = got[1]
    assert omap.start(0) == 0 and omap[len(decoded)] == len(raw)


def test_a_finding_inside_an_encoded_word_covers_the_whole_word(engine: Engine) -> None:
    header = "Subject: =?utf-8?Q?Re:_my_colonoscopy_prep?=\nX: 1"
    rows = engine.scan([{"Headers": header}], source="t").findings.to_pylist()
    spans = {header[r["start"] : r["end"]] for r in rows if r["category"] == "health"}
    assert spans == {"=?utf-8?Q?Re:_my_colonoscopy_prep?="}


def test_ldif_base64_padding_is_no_soft_line_break() -> None:
    entry = "dn: uid=p1,dc=x\ncn:: U2lvYmjDoW4=\nmail: a@b.org\n"
    assert unescape(entry) is None  # read as written: the padding and the line stay
