"""HEALTH_CONDITION for ambiguous clinical abbreviations in a history list
("PMH: CHF, MS", "Hx: DM, MI", "Dx - RA").

The health dictionary leaves out abbreviations that usually mean something else: ``MS``
is "Ms." or Microsoft, ``RA`` a research assistant, ``MI`` Michigan, ``PE`` physical
education, ``DM`` a direct message. In a list right after a medical-history label they
are conditions (multiple sclerosis, rheumatoid arthritis, myocardial infarction,
pulmonary embolism, diabetes mellitus, chest pain or cerebral palsy), and CRM notes
written by care coordinators use exactly that shorthand. Only upper-case tokens count,
and only inside the list: it ends at a full stop, a line break or a ``|``. Unambiguous
abbreviations in the same list (``CHF``, ``HTN``) are the dictionary's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span

ENTITY = "HEALTH_CONDITION"
#: Abbreviations read as conditions inside a history list only.
ABBREVIATIONS = frozenset({"MS", "RA", "MI", "PE", "DM", "CP"})
#: A history label, then its list (to the end of the sentence, line or ``|`` field).
_LIST = re.compile(
    r"(?<![A-Za-z])(?:(?:PMHx?|PSHx?|Hx|HX|H/O|h/o|Dx|DX|[Pp]ast medical history"
    r"|[Mm]edical history|Diagnoses)\s*(?::|-|of\b)|[Hh]istory of|[Hh]x of|H/O|h/o"
    r"|(?:Hx|HX|PMHx?)(?=\s))"
    r"\s*(?P<list>[^\n.|]{1,200})"
)
_TOKEN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}(?![A-Za-z0-9])")
#: RE2 prefilter: a label and one of the abbreviations somewhere after it.
PREFILTER = r"(?:PMH|PSH|Hx|HX|H/O|h/o|Dx|DX|[Hh]istory|Diagnoses)[^\n]*\b(?:MS|RA|MI|PE|DM|CP)\b"
_SCORE = 0.8


class HistoryListDetector:
    """Ambiguous abbreviations (MS, RA, MI, PE, DM, CP) in medical-history lists."""

    name = "history_lists"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        texts = ctx.cells.text
        for cell in ctx.candidates(PREFILTER, skip_system=True).tolist():
            yield from _in_lists(cell, texts[cell])


def _in_lists(cell: int, text: str) -> Iterator[Span]:
    for m in _LIST.finditer(text):
        for t in _TOKEN.finditer(text, m.start("list"), m.end("list")):
            if t.group() in ABBREVIATIONS:
                yield Span(cell, t.start(), t.end(), ENTITY, _SCORE, "dictionary")


@register("history_lists")
def _factory(config: EngineConfig) -> HistoryListDetector | None:
    return HistoryListDetector() if ENTITY in config.entities else None
