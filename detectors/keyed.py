"""Values that follow their label: ``MRN: 123456``, ``member id # W123``, ``DL no. D123``.

Several ID families recognise a value by the words right before it; they share the
connector that may sit between label and value, and the rule that a field named for the
ID holds the ID as its whole value.
"""

from __future__ import annotations

import re

#: Where a label may start: after anything but a letter or ``_``. Unlike ``\b`` this
#: admits a digit, so a label glued to the number before it ("call 555-0143MRN 00123456")
#: is found on the first scan, as it would be once the number is redacted to ``<PHONE>``.
LABEL_START = r"(?<![^\W\d])"
#: The same for RE2 prefilters (no lookbehind): a word boundary or a digit before.
LABEL_START_RE2 = r"(?:\b|[0-9])"

#: What may stand between a label and its value: punctuation and filler words
#: (``number``, ``no.``, ``#``, ``is``), at most three of them. Quotes count as
#: punctuation: a JSON object or a Python dict written into prose (a Salesforce long-text
#: field's ``payload: {"mrn": "00123456"}``, a log's ``{'ssn': '...'}``) puts three of
#: them between a key and its value, and is not parsed as JSON unless it is the whole value.
CONNECT = r"(?i:(?:\s*(?:[:#=.\"']|\b(?:number|num|nbr|no|nr|id|is)\b\.?)){0,3}\s*)"


def whole_or_keyed(
    text: str, in_field: bool, whole: re.Pattern[str], keyed: re.Pattern[str]
) -> list[re.Match[str]]:
    """The whole value of a field named for the id, else values right after its words."""
    m = whole.fullmatch(text) if in_field else None
    return [m] if m else list(keyed.finditer(text))
