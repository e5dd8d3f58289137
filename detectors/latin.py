"""Latin letters with their accented forms, as regex character-class contents.

Names and places are written with accents (``José Núñez``, ``Cañon City``, ``Doña Ana
County``, ``Łukasz``). A pattern built on ``[A-Z][a-z]+`` stops at the first accent, so it
finds a fragment and the rest of the name stays in the redacted copy: worse than finding
nothing. These classes cover Latin-1 and Latin Extended-A, which is every accented letter
of the Western and Central European languages US patients' names and places come from.
The extended block alternates upper and lower case letter by letter, so it belongs to both.
They work in Python ``re`` and in RE2 (Arrow's prefilters) alike.
"""

from __future__ import annotations

#: Upper-case letters: ``[{UPPER}]``.
UPPER = "A-ZÀ-ÖØ-ÞĀ-ž"
#: Lower-case letters.
LOWER = "a-zß-öø-ÿĀ-ž"
#: Any letter.
LETTER = "A-Za-zÀ-ÖØ-öø-ÿĀ-ž"
