"""Field paths as outputs report them: a key that is someone's identifier is masked.

A field path is object keys joined with ``.`` (the contract), and keys are field names,
so detectors never scan them. Some exports key a map by the person, though: subscribers
by email (``{"jane@x.com": {"status": ...}}``), a Firebase export's users by uid, a
CRM's contacts by record number. The path of every value under such a key holds the
identifier, and findings, rejects and the report would carry it; the project's rule is
that they never carry a raw value. So wherever a path leaves the engine for an output,
such a key is replaced by a tag: an email address by ``<EMAIL>``; a key that is six or
more digits (a phone's separators allowed), a UUID or hex digest, or a token of 20 or
more letters and digits mixed by ``<ID>``. Field names never look like that
(``ga_session_id``, ``Medical_Record_Number__c``, ``event_params[3]`` are kept).

Keys are judged one by one where they are known (:func:`reported_key`, used while
flattening); a path that reaches a message as a joined string (a reject's reason) is
masked by :func:`reported_path`, which cannot tell where a dotted address begins or ends
and so masks the keys around it too.

Redaction walks the real keys, so internally paths stay as they are. The redacted copy of
a record without a schema of its own (JSON) gets its identifier keys renamed by
:func:`mask_keys` (``<EMAIL>``, then ``<EMAIL>#2`` for a second one in the same object);
the columns of a CSV header or a Parquet schema are kept, since renaming them would make
the copy a different table.
"""

from __future__ import annotations

import re

from detectors.dicom_tags import KEYWORDS as DICOM_TAGS
from detectors.dicom_tags import dicom_tag

_EMAIL = r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+"
_ID = (
    r"\+?\d[\d\s().-]{4,}\d"
    r"|[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
    r"|[0-9a-fA-F]{16,}"
    r"|(?=[A-Za-z0-9]*\d)(?=[A-Za-z0-9]*[A-Za-z])[A-Za-z0-9]{20,}"
)
_EMAIL_KEY = re.compile(_EMAIL)
_ID_KEY = re.compile(_ID)
#: A camelCase field name that holds a number among its words (a screening form's
#: ``asthmaOrWheezingPast12Months``, ``receivedVaccineInLast14Days``): a lower-case word,
#: then capitalised words and short numbers. Long enough to pass for a token of letters and
#: digits, but a random token almost never reads as words this way (each capital followed
#: by a lower-case letter, each number by a capital or the end).
_CAMEL_NAME = re.compile(r"[a-z]{2,}(?:[A-Z][a-z]+|\d{1,3}(?=[A-Z]|$))+")
#: In a joined path: an address and the keys before it back to a list index or the start
#: (its local part may hold dots, so where it begins cannot be told). Anchored there, so
#: that a failed try never restarts in the middle of a segment (linear on hostile text).
_EMAIL_IN_PATH = re.compile(r"(?:^|(?<=[\[\]]))[^@\[\]]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
#: In a joined path: a whole segment (between ``.``, ``[``, ``]`` or the ends) that is an id.
_ID_IN_PATH = re.compile(rf"(?<![^.\[\]])(?:{_ID})(?![^.\[\]])")
_INDEX = re.compile(r"\[\d+\]")


#: An OData instance annotation after a property's name, which has the shape of an address
#: (Dataverse's ``birthdate@OData.Community.Display.V1.FormattedValue``,
#: ``_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname``; ``@odata.etag``): a field
#: name of the Web API, kept.
_ODATA_KEY = re.compile(
    r"[^@]*@(?:(?:OData\.Community|Microsoft\.Dynamics)\.[\w.]+|odata\.(?:etag|context|"
    r"nextLink|deltaLink|count|type|id|editLink|readLink|bind|navigationLink|associationLink|"
    r"mediaEditLink|mediaReadLink|mediaContentType|mediaEtag))"
)


def reported_key(key: str) -> str:
    """``key``, or its tag when the key is an identifier (see the module doc)."""
    if "@" in key and _EMAIL_KEY.fullmatch(key) and not _ODATA_KEY.fullmatch(key):
        return "<EMAIL>"
    if len(key) >= 6 and _ID_KEY.fullmatch(key) and not _field_name_shape(key):
        return "<ID>"
    return key


def _field_name_shape(key: str) -> bool:
    """True for a key shaped like an id that is a field name: a DICOM tag, or camelCase
    words with a number among them (:data:`_CAMEL_NAME`)."""
    return _dicom_tag(key) or _CAMEL_NAME.fullmatch(key) is not None


def _dicom_tag(key: str) -> bool:
    """True for a DICOM JSON model attribute's tag that says what it holds
    (:data:`detectors.dicom_tags.KEYWORDS`: ``00100010``, a patient's name): eight digits,
    the shape of a record number, but a field name of every DICOMweb header, which a
    masked key would turn into nonsense in the findings and in the redacted copy."""
    return len(key) == 8 and key.upper() in DICOM_TAGS


def mask_keys(value: object) -> object:
    """``value`` with every object key that is an identifier renamed to its tag, at any
    depth (the same object when none is). Two keys of one object that tag alike get
    ``#2``, ``#3``... so that no value is lost to a collision."""
    if isinstance(value, dict):
        out: dict[object, object] = {}
        changed = False
        for k, v in value.items():
            shown = reported_key(k) if isinstance(k, str) else k
            if shown is not k and isinstance(v, dict) and dicom_tag(k, v):
                shown = k  # a DICOM attribute's tag, private or unlisted: a field name
            inner = mask_keys(v)
            changed |= shown is not k or inner is not v
            if shown in out:
                n = 2
                while f"{shown}#{n}" in out or f"{shown}#{n}" in value:
                    n += 1
                shown = f"{shown}#{n}"
            out[shown] = inner
        return out if changed else value
    if isinstance(value, list):
        items = [mask_keys(v) for v in value]
        return items if any(a is not b for a, b in zip(items, value, strict=True)) else value
    return value


def reported_path(path: str) -> str:
    """A joined ``path`` with its identifier keys masked (over-masking a dotted address's
    neighbours rather than leaving part of it readable)."""
    if "@" in path:
        path = _EMAIL_IN_PATH.sub(lambda m: "." * m.group().startswith(".") + "<EMAIL>", path)
    if not any(c.isdigit() for c in path):
        return path
    indices = _INDEX.findall(path)  # list indices are not keys: kept out of the test
    parts = [_ID_IN_PATH.sub(_masked_segment, p) for p in _INDEX.split(path)]
    return "".join(p + (indices[i] if i < len(indices) else "") for i, p in enumerate(parts))


def _masked_segment(m: re.Match[str]) -> str:
    """The tag of a path segment that is an identifier (a DICOM tag is kept)."""
    return m.group() if _field_name_shape(m.group()) else "<ID>"
