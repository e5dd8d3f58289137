"""EMAIL: addresses in text, including percent-encoded ``%40`` inside URLs.

The RE2 prefilter (``@`` or ``%40``) rejects most cells without a Python call; the Python
pattern then takes exact spans and a TLD check drops ``user@localhost``-style noise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span

PREFILTER = r"@|%40"
PATTERN = re.compile(
    r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}(?:@|%40)"
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+(?:[A-Za-z]{2,24}|xn--[a-z0-9-]{2,59})(?![\w-])"
)


class EmailDetector:
    """Email addresses anywhere in a cell."""

    name = "email"
    entities = frozenset({"EMAIL"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        for cell, m in ctx.finditer(PATTERN, PREFILTER):
            yield Span(cell, m.start(), m.end(), "EMAIL", 1.0, "regex")


@register("email")
def _factory(config: EngineConfig) -> EmailDetector:
    return EmailDetector()
