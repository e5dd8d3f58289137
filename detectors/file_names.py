"""NAME: a person's name that a document's file name is built from.

Translation agencies, document-management systems, fax servers and shared drives name a
patient's document after the patient: ``Garcia_Maria_discharge_es.pdf``,
``completed/2024/10/Kowalski_Jan_consent_pl.pdf``, ``Lab_Results_Jorge_Salinas.pdf``. The
file name is then a field's whole value (an S3 inventory's ``key``, a job's ``file_name``,
an attachment's ``filename``), and its words are glued by underscores or hyphens, which
the families that read names in text refuse on purpose (a word glued to an underscore is
a code's or a programme's: ``Team_Physician``, ``HCP_Cardiology_Newsletter``).

Decisions worth knowing:
    * Only a whole value that is a file name or a path ending in one with a document's or
      an image's extension (``.pdf``, ``.docx``, ``.jpg``...), and no whitespace: a file
      name quoted inside a message or a MIME header is free text, left to the families
      that read it.
    * Only two adjacent title-case words of the file's own name (not its folders), one a
      known given name and the other a known surname, in either order
      (:mod:`detectors.name_lexicon`): "Surname_Given" is how records are filed, and
      "Given_Surname" how people save them. A given name that is also a word, a place or
      a month's name (``Mark``, ``Grace``, ``Austin``) is refused, and so is a month's
      abbreviation before a year (``Sales_Jan_2024.pdf`` is a report's month). A camera's
      counter (``IMG_4821.HEIC``), a code (``FF_000912_L07.bmp``) or a lower-case word
      has no title-case pair.
    * The span covers both words and the separator between them, so redaction removes the
      name whole; the folders and the rest of the name stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.name_lexicon import is_given_name, is_surname
from detectors.registry import register
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.75

#: Extensions of the documents and images a person's file is saved as.
_EXTENSIONS = "pdf|docx?|rtf|odt|txt|xlsx?|csv|jpe?g|png|tiff?|heic|gif|bmp|dcm|xml|html?|msg|eml"
#: RE2 prefilter over whole values: no whitespace, two title-case words glued by ``_`` or
#: ``-`` somewhere, a document's extension at the end.
PREFILTER = rf"^[^\s]*[A-Z][a-z]+[_-][A-Z][a-z]+[^\s]*\.(?i:{_EXTENSIONS})$"
_FILE = re.compile(rf"[^\s]*\.(?i:{_EXTENSIONS})")
#: A title-case word of a file name: a capital, then small letters (``O'Hara`` and
#: accented letters too), bounded by a separator, a folder or the extension's dot.
_WORD = re.compile(r"(?<![^_\-/\\.])[A-Z][a-zà-öø-ÿ'’]+(?![^_\-.])")
#: Month abbreviations, which are given names too (``Jan``) or surnames.
_MONTHS = frozenset(
    {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
_YEAR_AFTER = re.compile(r"[_-]?(?:19|20)\d\d")


def file_name_names(value: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each person's name in a whole value that is a file name or a
    path ending in one (module doc); ``[]`` for anything else."""
    if not _FILE.fullmatch(value):
        return []
    base = max(value.rfind("/"), value.rfind("\\")) + 1
    words = list(_WORD.finditer(value, base))
    out: list[tuple[int, int]] = []
    for a, b in pairwise(words):
        if b.start() - a.end() != 1 or value[a.end()] not in "_-":
            continue
        if out and out[-1][1] > a.start():
            continue  # one word belongs to one name
        if _person_pair(a.group(), b.group(), value, b.end()):
            out.append((a.start(), b.end()))
    return out


def _person_pair(first: str, second: str, value: str, end: int) -> bool:
    """True when two glued words are a given name and a surname, in either order."""

    def given(word: str, after: int) -> bool:
        if word.lower() in _MONTHS and _YEAR_AFTER.match(value, after):
            return False
        return is_given_name(word, ambiguous_ok=False)

    return (given(first, end - len(second) - 1) and is_surname(second)) or (
        is_surname(first) and given(second, end)
    )


class FileNameDetector:
    """People's names that documents' file names are built from."""

    name = "file_names"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        screened = ctx.containing("_") | ctx.containing("-")
        if not screened.any():
            return
        texts = ctx.cells.text
        for cell in np.asarray(ctx.candidates(PREFILTER, among=screened)).tolist():
            for start, end in file_name_names(texts[cell]):
                yield Span(cell, start, end, ENTITY, SCORE, "regex")


@register("file_names")
def _factory(config: EngineConfig) -> FileNameDetector | None:
    return FileNameDetector() if ENTITY in config.entities else None
