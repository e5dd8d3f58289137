"""NAME: a carrier's caller-ID name inside call-tracking prose ("Inbound call from SMITH
JOHN (404) 555-0187").

Call-tracking integrations log each call into the CRM as a sentence: CallRail's HubSpot
and Salesforce activities ("Inbound call from SMITH JOHN (404) 555-0187. Source: Google
Ads"), missed-call and voicemail notifications ("Voicemail from GARCIA ELENA +1 512 555
0147"). The name is the carrier's CNAM, in capitals, surname first, so neither the name
lexicons (capitalized words only: :mod:`detectors.given_names`,
:mod:`detectors.keyed_names`) nor NER read it.

Decisions worth knowing:
    * The frame is narrow: a call, voicemail, text or message word, then ``from``, then two
      or three upper-case words, then the caller's number. Without the number right after,
      capitals after "call from" are as often a source ("call from GOOGLE ADS").
    * The carriers' placeholders are no names (:func:`detectors.field_names.cnam_placeholder`:
      "WIRELESS CALLER", "TOLL FREE CALLER", "CELL PHONE   TX", "CHICAGO IL"), nor is a business's
      listing ("CVS PHARMACY": :data:`detectors.ner.ORGANISATION_WORDS`).
    * Cells are screened with a plain substring search for ``from`` and one RE2 pass
      among those, so cells without the frame pay almost nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import cnam_placeholder
from detectors.ner import ORGANISATION_WORDS
from detectors.registry import register
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.8
_CUE = r"(?i:call|calls|voicemail|voice mail|text|message|sms)\s+(?i:from)\s+"
_CNAM = r"[A-Z][A-Z'.-]+(?:[ \t]+[A-Z][A-Z'.-]*){1,2}"
_NUMBER = r"[ \t]*[,:(]?[ \t]*\(?\+?\d"
#: RE2 prefilter: the same frame, without offsets.
PREFILTER = _CUE + _CNAM + _NUMBER
_FRAME = re.compile(rf"(?<![A-Za-z]){_CUE}(?P<name>{_CNAM}){_NUMBER}")


def caller_names(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each caller-ID name in a call sentence (see the module doc)."""
    for m in _FRAME.finditer(text):
        name = m.group("name").rstrip()
        last = name.rsplit(None, 1)[-1].lower()
        if not cnam_placeholder(name) and last not in ORGANISATION_WORDS:
            yield m.start("name"), m.start("name") + len(name)


class CallerIdTextDetector:
    """Caller-ID names framed by "call from ... <number>" in text."""

    name = "caller_id_text"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        screened = ctx.containing("rom ") | ctx.containing("ROM ")  # from, From; FROM
        if not screened.any():
            return
        texts = ctx.cells.text
        hits = ctx.candidates(PREFILTER, skip_system=True, among=screened)
        for cell in np.asarray(hits).tolist():
            for start, end in caller_names(texts[cell]):
                yield Span(cell, start, end, ENTITY, SCORE, "regex")


@register("caller_id_text")
def _factory(config: EngineConfig) -> CallerIdTextDetector | None:
    return CallerIdTextDetector() if ENTITY in config.entities else None
