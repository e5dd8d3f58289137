"""PROCEDURE for vitals and lab results written with their value (``BP 150/95``,
``A1c 9.1``, ``SpO2 88%``, ``LDL 190``, ``BMI 42``), HEALTH_CONDITION for an obstetric
history (``G2P1``).

Call-center and care-management notes record measurements in shorthand: a label and a
number. A test result tied to a person is health information as much as the test's name,
and the value is what makes the label clinical: ``PSA 6.4`` is a prostate test, ``PSA:
office closed`` an announcement; ``BMI 42`` a body-mass index, ``BMI music licensing`` a
company; ``HR 118`` a heart rate, ``HR approved`` a department. So a label counts only
with a number right after it, inside the range that measurement takes (a systolic pressure
of 60-260, a saturation of 50-100%), which keeps ``HR 2024 budget`` and ``BP 5000`` out.
Labels common elsewhere (``HR``, ``PSA``, ``BMI``, ``BG``) are *weak*: they also need a
second measurement, a unit or note shorthand in the cell (``HR 118, BP 90/60``; ``PSA 4.1
ng/mL``; ``PSA 6.4, uro referral``), since ``HR 101 onboarding`` and ``PSA 2: holiday
hours`` have values too.

The span is the label with its value; spans are of kind ``dictionary``, so an identifier
overlapping one wins resolution. A cheap RE2 prefilter (a label, then a digit within a few
characters) keeps almost every cell out of Python.

A screening sheet or a coach's log puts the label in the column and the value in the cell
(``BP`` = "152/94", ``Glucose (mg/dL)`` = "212", ``Last A1c`` = "9.2"): there the whole
value is the measurement when the column's last words are a label (a bracketed unit may
follow) and the value is just a number in that label's range, with its unit if any.
Columns of the weak labels are left out but ``BMI``: an ``HR`` or ``PSA`` column with a
number is as often a department's or a campaign's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from detectors.clinical_abbreviations import clinical_cue
from detectors.clinical_text import clinical_candidates, register_prefilter
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import whole_values
from detectors.registry import register
from detectors.spans import Span

PROC, HC = "PROCEDURE", "HEALTH_CONDITION"
_SCORE = 0.8
_LINK = r"\s*(?:[:=]|\bof\b|\bwas\b|\bis\b|\bat\b)?\s*"
_NUM = r"(?P<v>\d{1,3}(?:\.\d{1,2})?)"


class Measure(NamedTuple):
    """A measurement: its label, and the range its first number must fall in."""

    label: str  # regex
    low: float
    high: float
    unit: str = ""  # regex after the number ('' when optional)
    weak: bool = False  # the label is common elsewhere: needs a clinical cue or a 2nd measure


#: Written by hand from a blind probe of clinical wording (tests/test_clinical_wording.py).
MEASURES: tuple[Measure, ...] = (
    Measure(r"BP|B/P|[Bb]lood [Pp]ressure", 60, 260, r"\s*/\s*\d{2,3}(?!\d)"),
    Measure(r"[Hh]eart [Rr]ate", 30, 250),
    Measure(r"HR|[Pp]ulse", 30, 250, weak=True),  # Human Resources ("HR 101 onboarding")
    Measure(r"(?:Hb|HB|hb)?A1[Cc]|HGBA1C", 3, 20, r"\s*%?"),
    Measure(r"SpO2|SPO2|SaO2|O2 [Ss]at(?:uration)?|[Oo]xygen [Ss]at(?:uration)?", 50, 100, r"\s*%"),
    Measure(r"LDL|HDL|[Tt]otal [Cc]holesterol", 10, 500),
    Measure(r"TSH", 0, 100),
    Measure(r"PSA", 0, 1000, weak=True),  # public service announcements ("PSA 2:")
    Measure(r"e?GFR", 1, 150),
    Measure(r"BMI", 10, 90, weak=True),  # Broadcast Music, Inc.
    Measure(r"BNP", 1, 5000),
    Measure(r"Hgb|HGB|[Hh]emoglobin", 3, 25),
    Measure(r"[Bb]lood [Ss]ugar|FBG|FSBS|[Gg]lucose", 20, 800),
    Measure(r"BG", 20, 800, weak=True),
)
_MEASURE_RE = [
    re.compile(rf"(?<![\w/])(?:{m.label}){_LINK}{_NUM}(?:{m.unit})" + r"(?![\d.]|\.\d)")
    if m.unit
    else re.compile(rf"(?<![\w/])(?:{m.label}){_LINK}{_NUM}(?![\d./])")
    for m in MEASURES
]
#: A lab or vital unit after a weak label's value makes it a measurement (``PSA 4.1 ng/mL``).
_LAB_UNIT = re.compile(r"\s?(?:ng/mL|ng/ml|mg/dL|mg/dl|mmol/L|bpm|kg/m2|kg/m²)")
#: Gravida and para (``G2P1``, ``G3P2012``): the pregnancies a person has had.
_GRAVIDA = re.compile(r"(?<![\w-])G\d{1,2}\s?P\d{1,4}(?![\w-])")
#: RE2 prefilter: a label, then a digit within a few characters.
PREFILTER = register_prefilter(
    r"(?:BP|B/P|[Pp]ressure|HR|[Rr]ate|[Pp]ulse|A1[Cc]|O2|[Ss]at|LDL|HDL|[Cc]holesterol|TSH|PSA"
    r"|GFR|BMI|BNP|Hgb|HGB|[Hh]emoglobin|[Ss]ugar|BG|FSBS|[Gg]lucose)[^0-9A-Za-z]{0,6}"
    r"(?:of |was |is |at )?[0-9]|G[0-9]{1,2} ?P[0-9]"
)


class ClinicalMeasureDetector:
    """Vitals and lab values with their label, and obstetric histories."""

    name = "clinical_measures"
    entities = frozenset({PROC, HC})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.config.entities & self.entities:
            return
        texts = ctx.cells.text
        for cell in clinical_candidates(ctx, PREFILTER).tolist():
            for start, end, entity in measures_in(texts[cell]):
                if ctx.enabled(entity):
                    yield Span(cell, start, end, entity, _SCORE, "dictionary")
        if ctx.enabled(PROC):
            yield from _measure_columns(ctx)


#: A list element's index at a path's end.
_INDEX = re.compile(r"\[\d*\]$")
#: A bracketed unit after a column's label (``Glucose (mg/dL)``, ``Weight [kg]``).
_BRACKETED_UNIT = re.compile(r"[(\[][^()\[\]]{1,12}[)\]]\s*$")
#: Weak labels whose column is still a measurement's (a ``BMI`` column holding 33.4).
_COLUMN_WEAK_OK = frozenset({r"BMI"})
_COLUMN_LABELS = [
    re.compile(rf"(?:^|[\s_\-])(?:{m.label})$", re.IGNORECASE)
    if not m.weak or m.label in _COLUMN_WEAK_OK
    else None
    for m in MEASURES
]
#: A column's whole value (trimmed first): the number, the label's unit, a lab unit.
_COLUMN_VALUES = [re.compile(rf"{_NUM}(?:{m.unit})(?:{_LAB_UNIT.pattern})?") for m in MEASURES]


@functools.lru_cache(maxsize=16384)
def measure_column(path: str) -> int:
    """Index into :data:`MEASURES` of the measurement a hint path's last key names
    (``BP``, ``screenings.bp``, ``Glucose (mg/dL)``, ``Last A1c``, ``blood_pressure``), or
    -1 (cached per distinct path)."""
    key = path.rstrip()
    while (index := _INDEX.search(key)) is not None:
        key = key[: index.start()]  # a list element's index (``rows[3]``, ``conditions[]``)
    key = _BRACKETED_UNIT.sub("", key.rsplit(".", 1)[-1]).replace("_", " ").strip()
    if not key:
        return -1
    for i, label in enumerate(_COLUMN_LABELS):
        if label is not None and label.search(key):
            return i
    return -1


def _measure_columns(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of measurement columns that are a value in the label's range."""
    paths = ctx.cells.paths
    per_hint = np.fromiter(map(measure_column, paths), dtype=np.int64, count=len(paths))
    code = per_hint[ctx.cells.hint_id]
    wanted = np.flatnonzero((code >= 0) & ctx.non_system)
    if len(wanted) == 0:
        return
    vals = whole_values(ctx, wanted)
    for j, value in enumerate(vals.text.to_pylist()):
        if not vals.usable[j] or not value:
            continue
        cell = int(vals.cells[j])
        k = int(code[cell])
        m = _COLUMN_VALUES[k].fullmatch(value.strip())
        if m and MEASURES[k].low <= float(m.group("v")) <= MEASURES[k].high:
            yield Span(cell, int(vals.start[j]), int(vals.end[j]), PROC, _SCORE, "dictionary")


def measures_in(text: str) -> list[tuple[int, int, str]]:
    """``(start, end, entity)`` of the labelled measurements in ``text``; a weak label's
    only with another measurement, a unit or a clinical cue (:func:`clinical_cue`)."""
    found: list[tuple[int, int, bool]] = []
    for measure, regex in zip(MEASURES, _MEASURE_RE, strict=True):
        for m in regex.finditer(text):
            if measure.low <= float(m.group("v")) <= measure.high:
                found.append((m.start(), m.end(), measure.weak))
    out = [
        (s, e, PROC)
        for s, e, weak in found
        if not weak
        or any(e2 <= s or s2 >= e for s2, e2, _ in found)
        or _LAB_UNIT.match(text, e)
        or clinical_cue(text, s, e)
    ]
    out.extend((m.start(), m.end(), HC) for m in _GRAVIDA.finditer(text))
    return out


@register("clinical_measures")
def _factory(config: EngineConfig) -> ClinicalMeasureDetector | None:
    detector = ClinicalMeasureDetector()
    return detector if config.entities & detector.entities else None
