"""BIOMETRIC_ID: fingerprint, face, voice, iris, retina, palm-vein and hand-geometry
templates, hashes and ids (Safe Harbor (P), "biometric identifiers, including finger and
voice prints").

Marketing and CRM exports carry them as fields (a clinic's check-in kiosk, a pharmacy
app's face login, a call centre's voice authentication): ``fingerprint_hash``,
``face_id``, ``faceprint``, ``voiceprint_id``, ``biometric_template``, ``palm_vein``,
``iris_code``, Salesforce ``Biometric_ID__c``, ``biometrics.face.template``; sometimes in
free text after a label ("fingerprint template: AQIDBAUG…", "voiceprint id 8F3A-22C1").

* **by field**: a field named for a biometric identifier holds one as its whole value, when
  the value is shaped like an identifier (a token of 6+ letters, digits and ``+/=_.:-``
  with a digit: an id, a hash, a base64 template; or a vector of numbers: an embedding).
  Reported whole, as the field-name detector reports its values (kind ``field_name``).
* **in text**: a value right after a biometric label (:data:`detectors.keyed.CONNECT`
  between them), kind ``regex``.

Why a module of its own rather than rules in :mod:`detectors.field_names`: there, a key
ending in ``hash`` or ``_id`` is a machine field (``event_id``, ``checksum``), while here
those suffixes are what make ``fingerprint_hash`` and ``face_id`` identifiers; and the
biometric words are ambiguous in analytics data, so they need vetoes and value shapes of
their own (below). The module still reads keys as the classifier does
(:func:`detectors.field_names.key_tokens`) and screens whole values with its
:func:`~detectors.field_names.whole_values` (placeholders, masks and redaction tags are
not identifiers).

Decisions worth knowing:
    * A body word is biometric only with an identifier word after it: ``face_id``,
      ``iris_code``, ``voice_template``, not ``face_value``, ``voice_search``,
      ``face_match_score``, ``iris`` (also a first name). ``faceprint``, ``voiceprint``,
      ``palmprint``, ``palm_vein``, ``hand_geometry`` and ``biometric`` need none.
    * Browser, device, canvas, TLS (JA3), certificate, SSH-key and file fingerprints are
      not biometric: they identify a browser, a machine or a document. Any such word in
      the path vetoes it (``browser_fingerprint_hash``, ``device.fingerprint``), and a
      bare ``fingerprint`` key is not biometric by name alone: in analytics exports it is
      nearly always the browser's (FingerprintJS ``visitorId``; ``fingerprintjs_visitor_id``
      is an ONLINE_ID field). A qualifier (``fingerprint_template``, ``_hash``, ``_id``,
      ``_minutiae``) or a biometric parent (``biometrics.fingerprint``) makes it one.
    * Flags, consents and timestamps about biometrics are not identifiers: ``touch_id``
      is no biometric key, ``face_id_enabled``, ``biometric_consent`` and
      ``fingerprint_enrolled_at`` end in a word that is not an identifier word, and a
      boolean (``true``), a short word or a number under 6 digits is no identifier shape.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np
import pyarrow as pa

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens, make_spans, matches, whole_values
from detectors.keyed import CONNECT, LABEL_START
from detectors.registry import register
from detectors.spans import Span

ENTITY = "BIOMETRIC_ID"


def _set(text: str) -> frozenset[str]:
    """Whitespace-separated words as a set (keeps the word tables readable)."""
    return frozenset(text.split())


#: Words that make a modality an identifier: ``face_id``, ``fingerprint_template``.
ID_WORDS = _set(
    "id ids identifier template templates hash hashed sha1 sha256 sha512 md5 code scan "
    "signature embedding embeddings vector encoding minutiae token key uuid guid number no "
    "num nr print prints"
)
#: Modalities that are biometric identifiers on their own (as a key's last words).
_BARE = (
    r"biometrics?|faceprints?|voiceprints?|palmprints?|(?:face|voice|palm)_prints?"
    r"|(?:palm|finger)_?veins?|hand_?geometry"
)
#: Modalities that need an identifier word after them.
_QUALIFIED = (
    r"fingerprints?|finger_prints?|thumbprints?|thumb_prints?"
    r"|face|facial|voice|iris|retina|retinal|gait"
)
_ID = "|".join(sorted(ID_WORDS, key=len, reverse=True))
#: A key (tokens joined by ``_``) that ends in a biometric identifier; a prefix is allowed
#: (``patient_fingerprint_hash``), as is a trailing number (``fingerprint_template_2``).
_KEY = re.compile(
    rf"(?:^|_)(?:(?:{_BARE})(?:_(?:{_ID})){{0,2}}|(?:{_QUALIFIED})(?:_?(?:{_ID})){{1,2}})(?:_?\d+)?$"
)
_MODALITY_KEY = re.compile(rf"^(?:{_BARE}|{_QUALIFIED})$")
_BIOMETRIC_PARENT = frozenset({"biometric", "biometrics"})
#: Words anywhere in a path (or right before a label in text) that say the fingerprint is
#: a browser's, a machine's or a document's, or that the field is about a biometric
#: rather than one (``biometrics.face.id_verified``).
VETO_WORDS = _set(
    "browser device devices canvas webgl audio font fonts tls ssl ja3 ja4 cert certificate "
    "ssh pgp gpg public private file content visitor fingerprintjs fpjs js http request "
    "client session hardware network tcp bot build os agent ua fraud document doc message "
    "query search"
)

#: RE2 prefilter for labels in text (cells of biometric fields are added by field).
PREFILTER = (
    r"(?i:biometric|faceprint|voiceprint|palmprint|(?:finger|thumb|face|voice|palm)[ _-]?print"
    r"|(?:palm|finger)[ _-]?vein|hand[ _-]?geometry"
    r"|(?:face|facial|voice|iris|retina|retinal|gait)[ _-]?(?:id|template|hash|code|scan"
    r"|signature|embedding|vector|encoding|minutiae|token|key|uuid|identifier))"
)
_LABEL_ID = (
    r"(?:id|identifier|template|hash|code|scan|signature|embedding|vector|encoding|minutiae"
    r"|token|key|uuid)"
)
_LABEL = re.compile(
    LABEL_START + r"(?i:(?:biometrics?|(?:face|voice|palm)[ _-]?prints?|(?:palm|finger)[ _-]?veins?"
    r"|hand[ _-]?geometry)(?:[ _-]?" + _LABEL_ID + r")?"
    r"|(?:(?:finger|thumb)[ _-]?prints?|face|facial|voice|iris|retina|retinal|gait)[ _-]?"
    + _LABEL_ID
    + r")(?!\w)"
    + CONNECT
    + r"(?P<v>[A-Za-z0-9+/=_-]{6,})(?![\w+/=-])"
)
_WORD = re.compile(r"[a-z0-9]+")

#: Whole values: a token (an id, a hash, a base64 template) or a vector of numbers.
_TOKEN_SHAPE = r"^[A-Za-z0-9+/=_.:-]{6,}$"
_VECTOR_SHAPE = r"^\[?\s*-?[0-9][0-9.eE+-]*(?:\s*,\s*-?[0-9][0-9.eE+-]*){3,}\s*\]?$"
_DATE_LIKE = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}"
_SCORE_FIELD = 0.9
_SCORE_TEXT = 0.85


@functools.lru_cache(maxsize=65536)
def biometric_field(path: str) -> bool:
    """True when a hint path names a field holding a biometric identifier (cached).

    The key (its last meaningful segment) must end in a biometric identifier
    (``fingerprint_hash``, ``face_id``, ``palm_vein``), or be a modality or identifier word
    under a biometric parent (``biometrics.fingerprint``, ``face.template``); no word of
    the path may be a veto word (``browser``, ``device``, ``tls``, ...).
    """
    keys = key_tokens(path)
    if not keys or any(VETO_WORDS.intersection(k) for k in keys):
        return False
    last = keys[-1]
    if _KEY.search("_".join(last)):
        return True
    if len(keys) < 2 or not all(t in ID_WORDS or _MODALITY_KEY.match(t) for t in last):
        return False
    parents = keys[:-1]
    if any(_BIOMETRIC_PARENT.intersection(k) for k in parents):
        return True  # biometrics.fingerprint, biometric.face.template
    return _MODALITY_KEY.match("_".join(parents[-1])) is not None and last[-1] in ID_WORDS


def _identifier_values(v: pa.Array) -> np.ndarray:
    """Identifier-shaped values: a token with a digit (not a date, not one repeated
    character), or a vector of four or more numbers."""
    token = matches(v, _TOKEN_SHAPE) & matches(v, "[0-9]") & ~matches(v, _DATE_LIKE)
    return (token & ~_one_char(v)) | matches(v, _VECTOR_SHAPE)


def _one_char(v: pa.Array) -> np.ndarray:
    """Values made of one character repeated (``000000``): RE2 has no backreferences."""
    return np.fromiter((len(set(s or "")) == 1 for s in v.to_pylist()), dtype=bool, count=len(v))


class BiometricDetector:
    """Biometric identifiers: whole values of biometric fields, values after labels."""

    name = "biometric"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0:
            return
        in_field = ctx.path_mask(biometric_field)
        whole: set[int] = set()
        if in_field.any():
            vals = whole_values(ctx, np.flatnonzero(in_field))
            code = np.where(vals.usable & _identifier_values(vals.text), 0, -1)
            scores = np.full(len(code), _SCORE_FIELD)
            spans = make_spans(vals, code, scores, (ENTITY,))
            whole = {s.cell for s in spans}
            yield from spans
        texts = ctx.cells.text
        for cell in ctx.candidates(PREFILTER, skip_system=True).tolist():
            if cell not in whole:
                yield from _labelled(cell, texts[cell])


def _labelled(cell: int, text: str) -> Iterator[Span]:
    """Values right after a biometric label, unless a veto word comes just before it."""
    for m in _LABEL.finditer(text):
        value = m.group("v")
        if not any(c.isdigit() for c in value) or len(set(value)) == 1:
            continue
        before = _WORD.findall(text[max(0, m.start() - 24) : m.start()].lower())
        if VETO_WORDS.intersection(before[-2:]):
            continue  # "browser fingerprint hash: 3f2a…"
        yield Span(cell, m.start("v"), m.end("v"), ENTITY, _SCORE_TEXT, "regex")


@register("biometric")
def _factory(config: EngineConfig) -> BiometricDetector:
    return BiometricDetector()
