"""Policy-defined detection: fields always holding an entity, and deny-list terms.

Registered like every built-in (``custom_rules``); it does nothing unless the
configuration names fields (``field_entities``) or terms (``deny_terms``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.globs import compile_glob
from detectors.registry import register
from detectors.spans import Span


class CustomRulesDetector:
    """Whole values of forced fields, and every occurrence of denied terms."""

    name = "custom_rules"

    def __init__(self, field_entities: dict[str, str], deny_terms: dict[str, str]) -> None:
        self._fields = [(compile_glob(g), e) for g, e in field_entities.items()]
        self._deny = {t.casefold(): e for t, e in deny_terms.items()}
        self._deny_re = (
            re.compile(
                r"(?<!\w)(?:"
                + "|".join(re.escape(t) for t in sorted(deny_terms, key=len, reverse=True))
                + r")(?!\w)",
                re.IGNORECASE,
            )
            if deny_terms
            else None
        )
        self._prefilter = "|".join(re.escape(t) for t in deny_terms) if deny_terms else ""
        self.entities = frozenset(field_entities.values()) | frozenset(deny_terms.values())

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        cells = ctx.cells
        for path_index, path in enumerate(cells.paths):
            entity = next((e for rx, e in self._fields if rx.fullmatch(path)), None)
            if entity is None:
                continue
            # every piece of the value (a URL is scanned as several cells) is covered
            for cell in np.flatnonzero(cells.path_id == path_index):
                yield Span(int(cell), 0, len(cells.text[cell]), entity, 1.0, "field_name")
        if self._deny_re is not None:
            for cell, m in ctx.finditer(self._deny_re, self._prefilter, ignore_case=True):
                yield Span(
                    cell, m.start(), m.end(), self._deny[m.group(0).casefold()], 1.0, "regex"
                )


@register("custom_rules")
def _factory(config: EngineConfig) -> CustomRulesDetector | None:
    if not config.field_entities and not config.deny_terms:
        return None
    return CustomRulesDetector(dict(config.field_entities), dict(config.deny_terms))
