"""Injuries told in a person's own words: "I think I tore my ACL", "my son hurt his wrist
at hockey", "rolled her ankle", "pulled a hamstring", and a pain told by the movement that
brings it on ("pain when throwing overhead", "hurts when I run").

Sports-medicine and orthopaedic lead forms, call transcripts, chat messages and reviews
describe an injury as something that happened to a body part, not by its name: the
vocabulary knows "ACL tear", "torn ACL" and "broken wrist", but a parent's "hurt his
wrist, I think it might be broken" or a lead's "tore my ACL playing basketball" holds no
term, since the possessive sits between the verb and the part. An injury is health
context of the person who has it (tests/test_rehab_therapy_clinics.py,
tests/test_legal_intake.py), so such a phrase beside a name or a phone makes the record
PHI.

Decisions worth knowing:
    * An injury verb (``tore``, ``broke``, ``sprained``, ``twisted``, ``hurt``,
      ``injured``, ``dislocated``, ``fractured``, ``pulled``, ``strained``, ``rolled``,
      ``jammed``, ``blew out``...), then a possessive or an article (``my``, ``his``,
      ``her``, ``their``, ``your``, ``the``, ``a``), an optional side, and a body part or a
      ligament (:data:`_PARTS`). The span runs from the verb to the part; its finding is
      HEALTH_CONDITION, ranked as the health-field findings are (a dictionary term
      overlapping it wins).
    * Idioms are not injuries: "twisted my arm" (persuaded), "pull my leg" (teased),
      "break a leg" (good luck), "broke the back of" (finished the worst of).
    * A pain by its trigger only after a physical movement (:data:`_MOVES`: "pain when
      throwing", "hurts when I run", "pain after running"), so a vendor's "pain with
      billing" or "pain when onboarding" is no symptom.
    * Titles, catalog and campaign fields are not read, nor machine fields. The screen
      joins the shared clinical-wording RE2 pass (:mod:`detectors.clinical_text`), so a
      cell without an injury verb before a possessive costs nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.clinical_text import clinical_candidates, register_prefilter
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.keyed_names import people_fields
from detectors.registry import register
from detectors.spans import Span

ENTITY = "HEALTH_CONDITION"
KIND = "health_field"
SCORE = 0.6

_VERBS = (
    r"tore|torn|tear|tearing|broke|broken|break|breaking|sprained|sprain|twisted|twist"
    r"|hurt|hurts|hurting|injured|injure|injuring|dislocated|dislocate|fractured|fracture"
    r"|pulled|pull|strained|strain|rolled|roll|jammed|jam|bruised|tweaked|ruptured|rupture"
    r"|blew\s+out|blown\s+out|banged\s+up"
)
_WHOSE = r"my|his|her|their|your|our|the|a|an"
_SIDE = r"(?:(?:left|right|other|good|bad|l|r)\s+)?"
#: Body parts, joints, muscles and ligaments an injury is told of.
_PARTS = (
    r"acl|mcl|pcl|lcl|ucl|meniscus|labrum|rotator\s+cuff|achilles(?:\s+tendon)?"
    r"|hamstrings?|groin|quads?|quadriceps|calf|calves|hip\s+flexor|knees?|ankles?|wrists?"
    r"|shoulders?|elbows?|hips?|back|lower\s+back|neck|foot|feet|hands?|fingers?|thumbs?"
    r"|toes?|arms?|legs?|collarbone|clavicle|ribs?|shins?|heel|jaw|nose|tailbone|spine"
    r"|muscle|tendon|ligament|forearm|kneecap|patella"
)
#: RE2 screen (shared with the clinical-wording families): an injury verb right before a
#: possessive or an article, or a pain before the word for when it comes.
PREFILTER = register_prefilter(
    rf"(?i:\b(?:{_VERBS})\s+(?:{_WHOSE})\s|\b(?:pain|hurts|aches)\s+(?:when|while|after"
    r"|during|with)\s)"
)
_INJURY = re.compile(
    rf"\b(?P<verb>{_VERBS})\s+(?P<whose>{_WHOSE})\s+{_SIDE}(?P<part>{_PARTS})\b",
    re.IGNORECASE,
)
#: Movements that bring on a musculoskeletal pain, as words (an office task, "billing" or
#: "onboarding", and a thing, "site" or "service", are not among them).
_MOVES = (
    r"walk|walks|walking|run|runs|running|throw|throws|throwing|pitch|pitching|swim"
    r"|swimming|lift|lifting|bend|bending|squat|squatting|kneel|kneeling|jump|jumping"
    r"|landing|climb|climbing|sit|sitting|stand|standing|sleeping|breathe|breathing"
    r"|swallow|swallowing|chew|chewing|reach|reaching|twisting|turning|rotating|gripping"
    r"|kick|kicking|sprinting|skating|shooting|swinging|pedaling|pedalling|pushing|pulling"
    r"|carrying|raising|moving|coughing|sneezing|catching|tackling|typing"
)
_PAIN = re.compile(
    rf"\b(?:pain|hurts|aches)\s+(?:when|while|after|during|with)\s+"
    rf"(?:(?:i|he|she|they|we|you)\s+)?(?:{_MOVES})\b",
    re.IGNORECASE,
)
#: ``(verb stem, part)`` pairs of idioms: persuaded, teased, good luck.
_IDIOMS = frozenset({("twist", "arm"), ("pull", "leg"), ("break", "leg")})


def _idiom(m: re.Match[str]) -> bool:
    """True for "twisted my arm", "pull my leg", "break a leg", "broke the back of"."""
    verb, whose = m["verb"].lower(), m["whose"].lower()
    part = m["part"].lower().removesuffix("s")
    stem = next((s for s in ("twist", "pull", "break") if verb.startswith(s)), verb)
    if (stem, part) in _IDIOMS:
        return stem != "break" or whose == "a"
    return part == "back" and whose in {"the", "a", "an"}


def injury_spans(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each injury or movement-brought pain told in ``text``."""
    for m in _INJURY.finditer(text):
        if not _idiom(m):
            yield m.start(), m.end()
    for m in _PAIN.finditer(text):
        yield m.start(), m.end()


class InjuryPhraseDetector:
    """Injuries and movement-brought pains told in a person's own words."""

    name = "injury_phrases"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled(ENTITY):
            return
        cells = clinical_candidates(ctx, PREFILTER)
        if len(cells) == 0:
            return
        cells = cells[people_fields(ctx.profiles)[ctx.cells.hint_id[cells]]]
        text = ctx.cells.text
        for cell in cells.tolist():
            for start, end in injury_spans(text[cell]):
                yield Span(cell, start, end, ENTITY, SCORE, KIND)


@register("injury_phrases")
def _factory(config: EngineConfig) -> InjuryPhraseDetector | None:
    return InjuryPhraseDetector() if ENTITY in config.entities else None
