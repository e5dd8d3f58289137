"""Health context in a checked option: a survey grid's "Yes" under a condition's column.

Form builders export a checkbox or grid question as one column per option, the option in
the header and the answer in the cell: Google Forms writes ``Has the patient been
diagnosed with any of the following? [Dementia]`` = ``Yes``, SurveyMonkey and Qualtrics
``Which conditions apply? - Hypertension`` = ``Checked``. The condition is in the column's
name, which no value detector reads; the value is the fact that it applies to this person.
So an affirmative answer (``Yes``, ``Checked``, ``X``) in a column whose option is a
whole health term is that term's entity, the whole value reported.

Decisions worth knowing:
    * Only the option (the bracketed tail, or the text after the last `` - ``) is looked
      up, and only as a whole shipped term (:func:`detectors.dictionary.health_term_entity`:
      the stop list applies): "Wait time", "Content" or "Other" are no condition, and a
      question's own words ("symptoms") are not the option.
    * Only affirmative answers: "No", "Never", a rating or an empty cell say nothing about
      the person's health (negatives are never health context here, as in the dictionary).
    * An answer that spells the option itself (SurveyMonkey's multi-select writes
      "Diabetes" under ``... - Diabetes``) is the dictionary's, with its exact span.
    * Costs one regex and one lookup per distinct field path; cells are read only in the
      few fields whose option is a health term.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.dictionary import health_term_entity
from detectors.field_names import whole_values
from detectors.registry import register
from detectors.spans import Span
from detectors.vocabulary import HEALTH_ENTITIES

KIND = "grid_answer"
SCORE = 0.6
#: An option at the end of a column name: Google Forms' ``Question [Option]``, the
#: `` - Option`` of SurveyMonkey's and Qualtrics' split columns.
_OPTION = re.compile(r"\[([^\[\]]{2,80})\]\s*$|\s[-\u2013]\s([^-\u2013]{2,80})$")
#: Answers that mean "this option applies" (lower case, trimmed). Not ``1``: a report's
#: ``Leads - Mammogram`` column counts, and a count of one says nothing about a person.
AFFIRMATIVE = pa.array(
    ["yes", "y", "true", "checked", "x", "selected", "si", "sí"],
    type=pa.large_string(),
)
_ENTITIES = tuple(sorted(HEALTH_ENTITIES))


@functools.lru_cache(maxsize=16384)
def option_entity(path: str) -> int:
    """Index into the health entities of the option a column name ends with, or -1."""
    m = _OPTION.search(path)
    if m is None:
        return -1
    entity = health_term_entity((m[1] or m[2]).strip())
    return -1 if entity is None else _ENTITIES.index(entity)


class GridAnswerDetector:
    """Affirmative answers in columns whose option is a health term."""

    name = "grid_answers"
    entities = frozenset(HEALTH_ENTITIES)

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        paths = ctx.cells.paths
        if len(ctx.cells) == 0:
            return
        per_path = np.fromiter(map(option_entity, paths), dtype=np.int64, count=len(paths))
        code = per_path[ctx.cells.hint_id]
        wanted = np.flatnonzero(code >= 0)
        if len(wanted) == 0:
            return
        vals = whole_values(ctx, wanted)
        # ``vals.usable`` would screen "yes" out as a placeholder: here it is the answer
        yes = pc.is_in(pc.utf8_lower(vals.text), value_set=AFFIRMATIVE)
        ok = yes.to_numpy(zero_copy_only=False)
        for j in np.flatnonzero(ok).tolist():
            cell = int(vals.cells[j])
            entity = _ENTITIES[code[cell]]
            if ctx.enabled(entity):
                yield Span(cell, int(vals.start[j]), int(vals.end[j]), entity, SCORE, KIND)


@register("grid_answers")
def _factory(config: EngineConfig) -> GridAnswerDetector | None:
    return GridAnswerDetector() if config.entities & HEALTH_ENTITIES else None
