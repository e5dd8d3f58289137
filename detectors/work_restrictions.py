"""Work restrictions in text: a lifting limit set after an injury ("No lifting >15 lbs",
"no lifting over 20 pounds with the right arm", "lifting restricted to 10 lbs").

A clinician's work status report, a claims administrator's transitional-duty offer, a
disability claim's update and a nurse case manager's note say what an injury allows in a
lifting limit. That is health context of the person it is set for, as the
occupational-health probe decided (tests/test_occupational_health_testing.py: a work
restriction naming a body part or a function is health). :mod:`detectors.health_fields`
reads a short value under a restriction field (``work_restrictions``, a visit's or a
claim's ``restrictions``), but restrictions are often a sentence longer than a health
field's eight words, or sit under a label no field rule can trust (a DocuSign custom
field's ``{"name": "Restrictions", "value": ...}``); the limit's own words say what it is.

Decisions worth knowing:
    * Only a limit with its weight: a negation or a restriction word before the lifting
      ("no", "avoid", "restricted to", "limited to") or a restriction word after it
      ("lifting restricted to", "lifting restriction of"), then a number and its unit
      (``lbs``, ``pounds``, ``kg``). "No heavy lifting" has no weight, and says as much
      on a moving company's page as on a discharge sheet; "Must be able to lift 50 lbs" is
      a job's demand, with no restriction word (and a job field's or a posting's health
      findings are the employer's anyway, :mod:`detectors.job_fields`).
    * The span is the limit's words, from the restriction word to the unit; its finding is
      HEALTH_CONDITION, as the restriction fields' are, ranked as the health-field findings
      are (a dictionary term inside it wins).
    * Titles, catalog and campaign fields are not read, nor machine fields. A cheap RE2
      pass picks the cells that mention lifting; only those get Python work.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.keyed_names import people_fields
from detectors.registry import register
from detectors.spans import Span

ENTITY = "HEALTH_CONDITION"
KIND = "health_field"
SCORE = 0.6

#: RE2 prefilter: a lifting word, any case.
PREFILTER = r"(?i)\blift"

_ACTS = r"(?:lifting|lift|carrying|carry|pushing|pulling)"
_ACT_LIST = rf"{_ACTS}(?:\s*(?:/|,|\bor\b|\band\b)\s*{_ACTS})*"
_BOUND = (
    r"(?:(?:over|above|more\s+than|greater\s+than|in\s+excess\s+of|exceeding|no\s+more\s+than"
    r"|up\s+to|max(?:imum)?(?:\s+of)?|of|to)\s*|>=?\s*|≥\s*)"
)
_WEIGHT = r"\d{1,3}(?:\.\d)?\s*(?:lbs?|pounds?|kgs?)\b"
#: A restriction word before the lifting ("no lifting over 15 lbs", "restricted to lifting
#: 10 lbs"), or after it ("lifting restricted to 20 lbs", "lifting restriction of 25 lb").
_LIMIT = re.compile(
    rf"(?<![\w-])(?:(?:no|avoid|restricted\s+to|limited\s+to)\s+{_ACT_LIST}"
    rf"|{_ACT_LIST}\s+(?:restricted|limited|restrictions?|limit)(?:\s+(?:to|of|at))?)"
    rf"\s*{_BOUND}?{_WEIGHT}",
    re.IGNORECASE,
)


def restriction_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each lifting limit in ``text``."""
    for m in _LIMIT.finditer(text):
        yield m.start(), m.end()


class WorkRestrictionDetector:
    """Lifting limits with their weight in text."""

    name = "work_restrictions"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        cells = ctx.candidates(PREFILTER, skip_system=True)
        if len(cells) == 0:
            return
        cells = cells[people_fields(ctx.profiles)[ctx.cells.hint_id[cells]]]
        text = ctx.cells.text
        for cell in cells.tolist():
            for start, end in restriction_spans(text[cell]):
                yield Span(cell, start, end, ENTITY, SCORE, KIND)


@register("work_restrictions")
def _factory(config: EngineConfig) -> WorkRestrictionDetector | None:
    return WorkRestrictionDetector() if ENTITY in config.entities else None
