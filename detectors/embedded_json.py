"""JSON inside a string value: where each of its leaves sits in the original text.

Exports carry whole JSON documents as strings: Segment and webhook ``properties.payload``,
a GTM server container's logged request body, Salesforce long-text fields a web-to-lead
form writes into, a serializer that ran twice (``"{\\"email\\": ...}"``). Scanned as one
text, such a value hides what its keys say: ``"name": "Jamal Washington"``,
``"mrn": 448812``, ``"fn": "jamila"`` carry no cue a pattern reads, and escapes break the
ones that do (``jane\\u0040gmail.com``, ``Jos\\u00e9``).

So a string that *is* JSON (an object, an array, or a string literal holding one) is
scanned leaf by leaf, like a record: :func:`json_leaves` returns the parsed document (the
flattener takes its leaves' paths from it, so ``payload.user_data.em`` reaches the
field-name classifier) and, for each leaf in document order, its offset in the original
text and its decoded text with a map back through the JSON escapes. Findings keep the
field's path and point into the string as written; redaction edits it there, so the
redacted copy stays the same JSON with the values replaced.

Only values whose first character opens JSON are tried, and orjson rejects anything else
in C, so the cost falls on the few cells that hold JSON. Keys are not scanned (they name
fields; a value is what identifies), and a document with a duplicated key, whose parsed
form no longer lines up with its text, is scanned as one text as before.
"""

from __future__ import annotations

import re

import orjson

from detectors.offsets import ShiftMap, sub_with_map
from detectors.unescape import decoded_base64, surrogate_pair

#: A JSON scalar token; a string followed by ``:`` is a key. Valid JSON only (orjson has
#: accepted the text first), so a string is always consumed whole before its content could
#: be read as a number.
_TOKEN = re.compile(
    r'"(?P<s>[^"\\]*(?:\\.[^"\\]*)*)"(?P<key>\s*:)?'
    r"|-?[0-9]+(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?|true|false|null",
    re.DOTALL,
)
#: A JSON string escape; a surrogate pair is one character.
_ESCAPE = re.compile(
    r"\\(?:u(?P<hi>[dD][89abAB][0-9a-fA-F]{2})\\u(?P<lo>[dD][c-fC-F][0-9a-fA-F]{2})"
    r"|u(?P<u>[0-9a-fA-F]{4})|(?P<c>.))",
    re.DOTALL,
)
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

#: A leaf: its offset in the text, its decoded text, and the map back (None: as written).
Leaf = tuple[int, str, "ShiftMap | None"]


def opens_json(text: str) -> bool:
    """True when ``text`` may be a JSON object or array, or a JSON string literal holding
    one (the cheap test every string value passes through before any parsing)."""
    first, last = text[0], text[-1]
    if first == "{":
        return last == "}"
    if first == "[":
        return last == "]"
    return first == '"' and last == '"' and len(text) > 3 and text[1] in "{["


#: How base64 of a JSON object or array begins (``{"``, ``{ ``, ``{\n``, ``{\r``, ``[{``,
#: ``["``, ``[\n``): the screen every query value passes before any decoding.
BASE64_JSON_OPENERS = ("eyJ", "eyA", "ewo", "ew0", "W3s", "WyJ", "Wwo")


def json_in_base64(text: str) -> str | None:
    """The JSON document that ``text`` is base64 of, or None.

    Tracking pixels sent by GET put their whole payload in one query value as base64 JSON
    (Mixpanel's and Segment's ``data=``, Snowplow's ``ue_px=`` and ``cx=``), so a HAR file, a
    CDN log or a logged request URL carries the visitor's email and ids where no pattern
    can read them. Only values that start the way base64 of a JSON container starts are
    decoded.
    """
    if len(text) < 16 or not text.startswith(BASE64_JSON_OPENERS):
        return None
    decoded = decoded_base64(text)
    if decoded is None:
        return None
    decoded = decoded.strip()
    return decoded if decoded and opens_json(decoded) else None


def json_leaves(text: str) -> tuple[object, list[Leaf]] | None:
    """The parsed document and its scalar leaves in document order, or None when
    ``text`` is not JSON (or not a container, or its leaves cannot be placed).

    The leaves line up with :func:`detectors.cells.iter_leaves` of the document: one per
    string, number, ``true``, ``false`` and ``null``.
    """
    try:
        doc = orjson.loads(text)
    except orjson.JSONDecodeError:
        return None
    if isinstance(doc, str):  # a serializer ran twice: the literal holds the document
        if not doc or doc[0] not in "{[":
            return None
        return doc, [(1, *unescape_json(text[1:-1]))]
    if not isinstance(doc, (dict, list)):
        return None
    leaves: list[Leaf] = []
    for m in _TOKEN.finditer(text):
        if m["key"] is not None:
            continue
        raw = m["s"]
        if raw is None:  # a number or a literal, as written
            leaves.append((m.start(), m[0], None))
        else:
            leaves.append((m.start() + 1, *unescape_json(raw)))
    return doc, leaves


def unescape_json(raw: str) -> tuple[str, ShiftMap | None]:
    """The text of a JSON string's content and the map back to ``raw`` (None: no escape)."""
    if "\\" not in raw:
        return raw, None
    decoded = sub_with_map(_ESCAPE, _unescape, raw)
    return (raw, None) if decoded is None else decoded


def _unescape(m: re.Match[str]) -> str:
    if m["hi"] is not None:
        return surrogate_pair(int(m["hi"], 16), int(m["lo"], 16))
    if m["u"] is not None:
        cp = int(m["u"], 16)
        return "\ufffd" if 0xD800 <= cp < 0xE000 else chr(cp)  # a lone surrogate is no text
    return _SIMPLE.get(m["c"], m["c"])
