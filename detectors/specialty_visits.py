"""Care specialties named as the kind of a visit: "appointment booked for cardiology",
"Dermatology consult", "referred to oncology", ``copay_dermatology_visit``.

Bare specialty names are stop terms of the dictionary: a site's navigation, a banner or a
provider directory says "Oncology" about no one (tests/test_consumer_health.py keeps
``/find-a-doctor/specialty/oncology`` so). Joined to a visit word, the same name says what
care someone is booked, referred or seen for: an application's log line ("appointment
booked for cardiology"), a reminder ("your dermatology visit on 3/21"), a scheduling
webhook's note. That is health context, as a service line in a CRM field is
(:mod:`detectors.health_fields`) and a specialty in a call queue is
(:mod:`detectors.call_routing`).

Decisions worth knowing:
    * The specialty must touch its visit word: right before it ("cardiology appointment",
      ``dermatology_visit``, "Oncology Consult"), or right after it through a booking verb
      and a preposition ("appointment booked for cardiology", "referral to oncology",
      "referred to neurology", "visit with dermatology"), or titled by it as a document's
      type is ("Referral - Cardiology", "Consult: Neurology"). "Meet our Cardiology team" and
      "Cardiology is moving" have no visit word; "visit our cardiology page" has none
      before the specialty but a verb.
    * Titles, catalog and campaign fields are not read (a page title "Book a Cardiology
      Appointment" is the site's copy; campaign names are
      :mod:`detectors.marketing_names`'), nor machine fields.
    * The span is the specialty's words only; its finding is PROCEDURE, the kind of care,
      ranked as the health-field findings are (the dictionary's win where both find one).
    * A cheap RE2 pass picks the cells with a visit word, a second the few of them that
      hold a specialty beside it; only those get Python work.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.health_fields import specialties
from detectors.keyed_names import people_fields
from detectors.registry import register
from detectors.spans import Span

ENTITY = "PROCEDURE"
KIND = "health_field"
SCORE = 0.6

#: Words of a visit, booked or held: what a specialty before them is the kind of.
_VISIT = (
    r"(?:appointments?|appts?|visits?|consults?|consultations?|follow[\s_-]?ups?"
    # a clinical note's and a service-recovery call note's shorthand ("f/u with
    # cardiology booked", "F/U in neurology")
    r"|f/u"
    r"|referrals?|evaluations?|evals?|exams?|check[\s_-]?ups?)"
)
#: Between a visit word and the specialty after it: a booking verb, then a preposition
#: ("appointment booked for", "referral to", "referred to", "follow-up with").
_BOOKED = r"(?:booked|scheduled|confirmed|requested|made|cancell?ed|rescheduled|set)"
_AFTER = (
    rf"(?:{_VISIT}(?:[\s_-]+{_BOOKED})?|referred|booked|scheduled)"
    r"[\s_-]+(?:for|with|to|at|in)[\s_-]+(?:(?:the|an?)[\s_-]+)?"
)
_SEP = r"[\s_-]+"
#: A visit word titling its specialty, as document classifiers and fax indexing name a
#: document's type ("Referral - Cardiology", "Consult: Neurology"): a spaced dash or a
#: colon between them.
_TITLED = rf"{_VISIT}\s*(?:\s[-–]|:)\s*"
#: RE2 screen: the stems every visit word and booking verb holds, capitalized or in
#: capitals (spelled out: a case-insensitive alternation costs RE2 more per cell).
_STEMS = "appoint appt visit consult follow f/u referr eval exam check booked sched"
VISIT_PREFILTER = "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}|{w.upper()}" for w in _STEMS.split())


@functools.cache
def _specialty_alternation() -> str:
    """The specialties, longest first, their words joined by any run of spaces, ``_``
    or ``-`` (``heart-and-vascular``, ``ob_gyn``)."""
    names = sorted(specialties(), key=lambda s: (-len(s), s))
    return "(?:" + "|".join(_SEP.join(map(re.escape, n.split())) for n in names) + ")"


@functools.cache
def _patterns() -> tuple[str, re.Pattern[str]]:
    """The RE2 prefilter and the Python pattern (with the specialty as group ``s``)."""
    spec = _specialty_alternation()
    prefilter = rf"(?i:{spec}{_SEP}{_VISIT}|(?:{_AFTER}|{_TITLED}){spec})"
    exact = re.compile(
        rf"(?<![A-Za-z])(?:(?P<s>{spec}){_SEP}{_VISIT}|(?:{_AFTER}|{_TITLED})(?P<t>{spec}))"
        r"(?![A-Za-z])",
        re.IGNORECASE,
    )
    return prefilter, exact


def specialty_visit_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each specialty named as the kind of a visit in ``text``."""
    for m in _patterns()[1].finditer(text):
        group = "s" if m.group("s") is not None else "t"
        yield m.start(group), m.end(group)


class SpecialtyVisitDetector:
    """Care specialties joined to a visit word in text."""

    name = "specialty_visits"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        readable = people_fields(ctx.profiles)
        # a cheap pass for the visit words first; the specialties' long alternation runs
        # on the few cells that hold one
        near = ctx.candidates(VISIT_PREFILTER, skip_system=True)
        near = near[readable[ctx.cells.hint_id[near]]]
        if len(near) == 0:
            return
        mask = np.zeros(len(ctx.cells), dtype=bool)
        mask[near] = True
        prefilter, _ = _patterns()
        cells = ctx.candidates(prefilter, among=mask)
        text = ctx.cells.text
        for cell in cells.tolist():
            for start, end in specialty_visit_spans(text[cell]):
                yield Span(cell, start, end, ENTITY, SCORE, KIND)


@register("specialty_visits")
def _factory(config: EngineConfig) -> SpecialtyVisitDetector | None:
    return SpecialtyVisitDetector() if ENTITY in config.entities else None
