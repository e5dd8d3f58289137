"""Latin letters with their accented forms, as regex character-class contents.

Names and places are written with accents (``José Núñez``, ``Cañon City``, ``Doña Ana
County``, ``Łukasz``). A pattern built on ``[A-Z][a-z]+`` stops at the first accent, so it
finds a fragment and the rest of the name stays in the redacted copy: worse than finding
nothing. These classes cover Latin-1, Latin Extended-A and -B and Latin Extended
Additional: every accented letter of the European languages, and Vietnamese (``Nguyễn``,
``Trần``, ``Phương``: ``ễ`` and ``ư`` are outside Latin-1 and Extended-A, and Vietnamese
is among the languages US health systems most often translate for). The extended blocks
alternate upper and lower case letter by letter, so they belong to both. Combining accents
(U+0300-U+036F) continue a word: text written decomposed (``Jose`` + U+0301, as macOS
file names and some exports store it) reads as one word too. They work in Python ``re``
and in RE2 (Arrow's prefilters) alike.
"""

from __future__ import annotations

#: The extended blocks: Latin Extended-A and -B, Latin Extended Additional.
_EXTENDED = "Ā-ɏḀ-ỿ"
#: Combining diacritical marks: part of the word whose letter they accent.
_MARKS = "\u0300-\u036f"
#: Upper-case letters: ``[{UPPER}]``.
UPPER = f"A-ZÀ-ÖØ-Þ{_EXTENDED}"
#: Lower-case letters (and the combining accents that follow one).
LOWER = f"a-zß-öø-ÿ{_EXTENDED}{_MARKS}"
#: Any letter.
LETTER = f"A-Za-zÀ-ÖØ-öø-ÿ{_EXTENDED}{_MARKS}"
