"""Care specialties in call routing: IVR menu paths, call queues, call-tracking signals.

A caller who pressed "3 - Behavioral Health", whose call waited in the "Oncology
Scheduling" queue, or whose call an Invoca signal tagged "Appointment Booked - Oncology"
was routed to that kind of care; beside the caller's number (``ani``,
``calling_phone_number``) that is health context, exactly as a CRM's service-line field is
(:mod:`detectors.health_fields`).

Decisions worth knowing:
    * Bare specialty names are stop terms of the dictionary (a site's navigation and
      banners say "Oncology" about no one), so they count only where the field says a
      person was routed: the last key names an IVR path or menu choice, a call queue, or a
      call-tracking signal (:data:`ROUTING_PHRASES`; ``signal.name`` too). A ``department``
      or ``specialty`` field is left out, as health_fields leaves it out: provider
      directories hold them beside a clinician's own name.
    * The value is read option by option: a menu path is split at ``>``, ``|``, ``/``,
      ``;``, ``,`` and a spaced dash, a leading key press is dropped ("3 -", "press 2
      for"), underscores read as spaces (``INFUSION_SCHED``), and an option counts when it
      is a care specialty (``data/specialties.txt``), also before a routing word
      ("Oncology Scheduling", "Cardiology Dept"). The span is the specialty's words only.
    * Its findings are PROCEDURE, the kind of care, as for service lines; they rank as
      ``health_field`` findings (below the dictionary's, which win where both find one).
    * Only cells of routing fields get Python work, and field paths are classified once
      per process; every other cell costs nothing here.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.dictionary import normalize_term
from detectors.field_names import key_tokens, whole_values
from detectors.health_fields import specialties
from detectors.registry import register
from detectors.spans import Span

ENTITY = "PROCEDURE"
KIND = "health_field"
SCORE = 0.6
#: Longest value read (a menu path of a long call is still short; a transcript is not).
MAX_CHARS = 300

#: Last keys (tokens joined by ``_``) of routing fields; a key may end with one.
ROUTING_PHRASES = (
    "ivr", "ivr_path", "ivr_menu", "ivr_menu_path", "ivr_selection", "ivr_selections",
    "ivr_option", "ivr_options", "ivr_choice", "ivr_route", "ivr_node", "menu_path",
    "menu_option", "menu_choice", "menu_selection", "menu_selections", "call_path",
    "call_flow_path", "queue", "queue_name", "call_queue", "skill", "skill_name",
    "routed_to", "transferred_to", "signal", "signal_name", "signals", "signal_names",
    # what the call came to (a call-tracking line's ``Disposition``: "Scheduled - Ortho
    # consult"), as a signal says it
    "disposition", "call_disposition", "call_outcome", "call_result",
)  # fmt: skip
#: Parents whose ``name`` is a routing field (Invoca's ``signal.name``).
ROUTING_PARENTS = frozenset({"signal", "signals", "queue", "skill", "ivr"})

#: Between two options of a path: ``>``, ``|``, ``/``, ``;``, ``,``, an arrow, a spaced dash.
_SEPARATOR = re.compile(r"[>|/;,→»]+|(?<=\s)[-–—]+(?=\s)")
#: A key press before an option's words: "3", "3 -", "press 2 for", "option 4:".
_KEY_PRESS = re.compile(
    r"(?:(?:press|option|opt|dial|key)\s*)?\d{1,2}\s*(?:for\s+|[-.:)=]\s*)?", re.IGNORECASE
)
#: Routing words that may follow a specialty in an option ("Oncology Scheduling").
ROUTING_TAILS = frozenset(
    {
        "scheduling", "sched", "appointment", "appointments", "appt", "appts", "clinic",
        "department", "dept", "queue", "line", "team", "intake", "services",
        "new patient", "new patients", "nurse line", "triage", "consult", "consultation",
        "eval", "evaluation", "referral",
    }
)  # fmt: skip
_WORD = re.compile(r"[^\s_]+")


@functools.lru_cache(maxsize=16384)
def routing_field(path: str) -> bool:
    """True when a hint path's last key names a call-routing field (cached per path)."""
    keys = key_tokens(path)
    if not keys:
        return False
    key = "_".join(keys[-1])
    if key == "name" and len(keys) > 1 and keys[-2][-1] in ROUTING_PARENTS:
        return True
    return any(key == p or key.endswith("_" + p) for p in ROUTING_PHRASES)


def options(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each option of a menu path, edge spaces and key presses left out."""
    cut = 0
    for sep in [*_SEPARATOR.finditer(text), None]:
        end = len(text) if sep is None else sep.start()
        start = cut
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        lead = _KEY_PRESS.match(text, start, end)
        if lead:
            start = lead.end()
        if end > start:
            yield start, end
        if sep is not None:
            cut = sep.end()


def specialty_spans(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the options of ``text`` that are care specialties (see the module doc)."""
    known = specialties()
    for start, end in options(text):
        option = text[start:end]
        for length in (len(option), _before_tail(option)):
            if length and normalize_term(option[:length].replace("_", " ")) in known:
                yield start, start + length
                break


def _before_tail(option: str) -> int:
    """Length of ``option`` without a trailing routing word or two (:data:`ROUTING_TAILS`),
    or 0 when it has none."""
    words = list(_WORD.finditer(option))
    for k in (2, 1):
        tail = " ".join(m.group() for m in words[-k:]).lower()
        if len(words) > k and tail in ROUTING_TAILS:
            return words[-k - 1].end()
    return 0


class CallRoutingDetector:
    """Care specialties among the options of IVR paths, call queues and call signals."""

    name = "call_routing"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        in_field = ctx.path_mask(routing_field)
        if not in_field.any():
            return
        vals = whole_values(ctx, np.flatnonzero(in_field))
        for j, value in enumerate(vals.text.to_pylist()):
            if not vals.usable[j] or not value or len(value) > MAX_CHARS:
                continue
            cell, offset = int(vals.cells[j]), int(vals.start[j])
            for start, end in specialty_spans(value):
                yield Span(cell, offset + start, offset + end, ENTITY, SCORE, KIND)


@register("call_routing")
def _factory(config: EngineConfig) -> CallRoutingDetector | None:
    return CallRoutingDetector() if ENTITY in config.entities else None
