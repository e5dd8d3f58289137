"""Clinical abbreviations that mean something else in lower case or out of context: read
in upper case, and the ambiguous ones only beside clinical shorthand.

Care coordinators and call-center agents write ``pt c/o SOB x2 days``, ``r/o MI``,
``MS dx 2018``, ``OUD, interested in MAT``, ``referred to PHP``, ``s/p THA``. The health
dictionary matches case-insensitively, so it cannot hold these: ``sob`` is a story,
``ms`` is Ms. or Microsoft, ``php`` a language, ``mat`` a yoga mat, ``tha`` slang.

Two tiers (:data:`ABBREVIATIONS`):

* **upper case alone** (``THA``, ``IOP``, ``OUD``, ``SUD``, ``PNA``, ``XRT``...):
  the upper-case token means the clinical thing in any text we read; ``PrEP``,
  ``EtOH`` and ``IgE`` count in their own mixed case.
* **upper case beside a clinical cue** (``SOB``, ``MS``, ``MI``, ``ED``, ``HA``, ``SI``,
  ``CP``, ``PE``, ``DM``, ``RA``, ``CAP``, ``PCI``, ``AAA``, ``MAT``, ``PHP``, ``TIA``,
  ``AUD``, ``MTX``, ``PCN``): only when the same cell holds note shorthand (:data:`_CUE`: ``pt``
  as a sentence's subject, ``c/o``, ``hx``, ``dx``, ``s/p``, ``r/o``, ``f/u``, ``w/``,
  ``x3 days``, ``admitted``, ``referred``, ``ER``/``ED``, a dose such as ``15mg``, a
  tribute's "fought" or "lost to"...) or
  a first-tier abbreviation, outside the token itself.
  Each also has vetoes for its everyday neighbours (:data:`_VETO`): a state code before a
  ZIP (``Jackson, MS 39201``), ``MS Office``, ``an SOB``, ``SOB (start of business)``,
  ``to the ED`` (a department, not a condition), ``ED&I``, ``HA!``, ``PCI compliance``,
  ``PHP 8.2``, ``MAT-1234``.

A third table, :data:`DOSED`, holds drug names that are also a place or a word (``Norco``
is a city in California, ``oxy`` a prefix): they count only with a strength right after
them (``norco 5/325``, ``oxy 10mg``), and the span holds the strength too.

Spans are of kind ``dictionary``; any identifier overlapping one wins resolution. The
cheap RE2 prefilter (:data:`PREFILTER`, upper-case tokens only) keeps almost every cell
out of Python.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.clinical_text import clinical_candidates, register_prefilter
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span

HC, MED, PROC = "HEALTH_CONDITION", "MEDICATION", "PROCEDURE"
_SCORE_ALONE = 0.8
_SCORE_CUED = 0.75

#: token -> (entity, needs a clinical cue). Written by hand from a blind probe of clinical
#: wording in CRM exports (tests/test_clinical_wording.py).
ABBREVIATIONS: dict[str, tuple[str, bool]] = {
    # upper case alone
    "THA": (PROC, False),  # total hip arthroplasty
    "THR": (PROC, False),  # total hip replacement
    "IOP": (PROC, False),  # intensive outpatient program / intraocular pressure
    "XRT": (PROC, False),  # radiation therapy
    "PCN": (MED, True),  # penicillin (also a pharmacy card's processor control number)
    "MTX": (MED, True),  # methotrexate (also a telecom carrier and a ticker)
    "OUD": (HC, False),  # opioid use disorder
    "SUD": (HC, False),  # substance use disorder
    "ASD": (HC, False),  # autism spectrum disorder / atrial septal defect
    "PNA": (HC, False),  # pneumonia
    "LBP": (HC, False),  # low back pain
    "CVA": (HC, False),  # stroke
    "PrEP": (MED, False),  # HIV pre-exposure prophylaxis (its own mixed case)
    "EtOH": (HC, False),  # alcohol (its own mixed case)
    # rapid plasma reagin, the syphilis screen as labs name their orders ("RPR (Diagnosis)
    # with Reflex to Titer", "RPR 1:16 reactive"); lower-case "rpr" is left to the
    # vocabulary's phrases (``rpr titer``, ``rpr test``)
    "RPR": (PROC, False),
    # immunoglobulin E, the allergy blood test as labs and allergy clinics name it
    # ("Peanut (f13) IgE", "Total IgE"), in its own mixed case; "IGE" and "ige" are left
    # alone (a company's and a word's)
    "IgE": (PROC, False),
    "N/V/D": (HC, False),  # nausea, vomiting, diarrhoea
    # dilation and evacuation, and dilation and curettage, as abortion clinics, funds and
    # practical-support logs write them ("2-day D&E appointment", "D&E, 18w2d"); only with
    # the ampersand and in capitals (the vocabulary cannot hold them: "D/E" normalizes to
    # the same key and is a debt-to-equity ratio), and not a cosmetics colour ("D&C Red
    # No. 6", :data:`_VETO`)
    "D&E": (PROC, False),
    "D&C": (PROC, False),
    "N/V": (HC, False),
    # a mental-health risk screen's pair (an EAP or crisis intake's ``Risk Assessment`` =
    # "No SI/HI", "denies SI/HI"): suicidal and homicidal ideation asked together, which
    # nothing else writes so; each alone stays beside a clinical cue (below)
    "SI/HI": (HC, False),
    "HI/SI": (HC, False),
    # upper case beside a clinical cue
    "SOB": (HC, True),  # shortness of breath
    "MS": (HC, True),  # multiple sclerosis
    "MI": (HC, True),  # myocardial infarction
    "ED": (HC, True),  # erectile dysfunction
    "HA": (HC, True),  # headache
    "SI": (HC, True),  # suicidal ideation
    "HI": (HC, True),  # homicidal ideation
    "CP": (HC, True),  # chest pain
    "PE": (HC, True),  # pulmonary embolism
    "DM": (HC, True),  # diabetes mellitus
    "RA": (HC, True),  # rheumatoid arthritis
    "CAP": (HC, True),  # community-acquired pneumonia
    "AAA": (HC, True),  # abdominal aortic aneurysm
    "TIA": (HC, True),  # transient ischaemic attack
    "AUD": (HC, True),  # alcohol use disorder
    "PCI": (PROC, True),  # percutaneous coronary intervention
    "MAT": (PROC, True),  # medication-assisted treatment
    "PHP": (PROC, True),  # partial hospitalization program
    "CBT": (PROC, True),  # cognitive behavioural therapy (also computer-based training)
    "DBT": (PROC, True),  # dialectical behaviour therapy
    "TMS": (PROC, True),  # transcranial magnetic stimulation (also a logistics system)
    "ECT": (PROC, True),  # electroconvulsive therapy
    "ALS": (HC, True),  # amyotrophic lateral sclerosis (also advanced life support)
    "PEP": (MED, True),  # HIV post-exposure prophylaxis
}

#: Drug names read only with a strength after them (any case): name -> entity.
DOSED: dict[str, str] = {
    "norco": MED,  # hydrocodone/acetaminophen; also a city
    "oxy": MED,  # oxycodone, as notes shorten it
    "perc": MED,  # Percocet, street and note shorthand
    "percs": MED,
    "vicodin": MED,
}
_DOSED = re.compile(
    r"(?<![\w/-])((?i:" + "|".join(DOSED) + r"))"
    r"(?:\s?\d+(?:\.\d+)?\s?(?i:mg|mcg)\b|\s\d+(?:\.\d+)?/\d+(?:\.\d+)?\b)"
)

_TOKEN = re.compile(
    r"(?<![\w/&.-])(?:"
    + "|".join(re.escape(t) for t in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")(?![\w/&-]|\.\w)"
)
#: Lower-case forms read only right after a history or complaint cue, in a list that
#: follows it: ``pt c/o sob and cp``, ``hx of htn, dm, mi``, ``s/p tha``, ``denies si/hi``.
#: Agents type notes in lower case; right after ``c/o`` or ``hx`` none of these is a word.
#: Conditions and procedures only: the lower-case ``mat``, ``cap``, ``aud`` or ``php`` after
#: ``c/o`` (also "care of") is as likely a word as the clinical thing, and ``ed`` a visit.
LOWER_CUED_TOKENS = frozenset(
    {"sob", "cp", "ms", "mi", "ha", "si", "hi", "pe", "dm", "ra", "tia", "cva", "oud", "sud"}
    | {"asd", "pna", "lbp", "tha", "thr", "iop", "xrt"}
)
_LOWER_TOKENS = sorted(LOWER_CUED_TOKENS, key=len, reverse=True)
#: A token, not a longer item that starts like one, nor a title with its period ("ms.").
_LOWER_ITEM = r"(?:" + "|".join(_LOWER_TOKENS) + r")(?![\w&.-])"
_LOWER_CUE = r"(?:c/o|h/o|r/o|s/p|hx|dx|pmh|denies)(?::|\s+of)?\s*"
#: The cue, then a list of short lower-case items (``htn, dm2, mi``); only the items that
#: are :data:`LOWER_CUED_TOKENS` are this detector's (the dictionary reads ``htn``).
_LOWER_CUE_RE = re.compile(r"(?<![\w/])(?i:" + _LOWER_CUE + r")")
_LOWER_LIST = re.compile(
    r"[a-z][a-z0-9]{0,5}(?:\s*(?:,|/|&|\+|\band\b|\bor\b)\s*[a-z][a-z0-9]{0,5})*(?![\w-])"
)
_LOWER_ONE = re.compile(r"(?<!\w)" + _LOWER_ITEM)
_LOWER_PREFILTER = r"(?i:(?:c/o|h/o|r/o|s/p|\bhx|\bdx|\bpmh|\bdenies)\b)"

#: RE2 prefilter: one of the tokens, case-sensitive, on a word boundary; or a
#: cue of the lower-case list.
PREFILTER = register_prefilter(
    r"\b(?:"
    + "|".join(re.escape(t) for t in sorted(ABBREVIATIONS, key=len, reverse=True))
    + r")\b|(?i:\b(?:"
    + "|".join(DOSED)
    + r")\s?[0-9])|"
    + _LOWER_PREFILTER
)

#: Note shorthand that makes a cell clinical (case-insensitive unless written in capitals).
_CUE = re.compile(
    r"(?<![\w/])(?:"
    # "pt" only as the subject of a note's sentence: it is also Portuguese, point, part-time
    r"(?i:pts?(?='?s?\s+(?:c/o|w/|is|has|had|was|states?|reports?|denies|says|called|needs"
    r"|wants|asked|asks|requests?|presents?|admitted|seen|on|with|here|to)\b)"
    r"|c/o|hx|h/o|dx|dx'd|s/p|r/o|f/u|sx|tx|w/|w/o|admit(?:ted)?|admission"
    r"|discharged?|referred|referral|diagnosed|history of|rule out|intake|inpatient"
    r"|outpatient|eval|consult|labs|symptoms|surveillance|pmh|psh|meds|allerg(?:y|ies|ic)"
    # a tribute's or a fundraiser's story of an illness ("who fought ALS", "lost to MS",
    # "a two-year AML survivor"): what follows or precedes is a disease
    r"|fought|fighting|battled|battling|battle\s+with|lost\s+to|died\s+(?:of|from)"
    r"|survivor|survivors"
    # a prescription, as a pharmacy's or a DTC telehealth brand's messages say it
    r"|rx)"
    r"|x\s?\d+\s?(?i:d|days?|hrs?|wks?|weeks?|mos?|months?)"
    r"|\d+(?:\.\d+)?\s?cm|\d+(?:\.\d+)?\s?(?i:mg|mcg|units?)|ER|ED|ICU"
    r")(?![\w/])"
)

#: A prescription's refill right after the token ("ED Refill Reminder - Day 25", "your MS
#: refill", "ED Rx"), as a pharmacy's or a DTC telehealth brand's messages, flows and
#: their names say it: the token is the condition the drug is refilled for. Anywhere else
#: in the text "refill" is an ink cartridge's or a cup's as often ("Ink refill, CAP
#: included"), so it is no cue there.
_REFILL_AFTER = re.compile(r"[ \t]+(?i:refills?|rx|prescriptions?)\b")

#: token -> the everyday neighbours that veto it: (regex searched in the text before it,
#: anchored at its end with ``$``; regex matched at the start of the text after it).
_STATE_AFTER = r"\s+\d{5}\b|,?\s+(?:USA|US)\b"
#: Before a state code: a city and its comma, or a move ("moving to MI", "lives in PA").
_STATE_BEFORE = (
    r"\b[A-Z][a-z]+,\s*$"
    r"|(?i:\b(?:to|in|from|near|moved|moving|visiting|lives?|living|relocat\w*)\s+)$"
)
_VETO: dict[str, tuple[str, str]] = {
    "SOB": (r"(?i:\b(?:an?|the|that|this|old|you|some|real)\s+)$", r"^\s*(?:\(|(?i:stor))"),
    # a credential after a person's name ("Dana Kim, MS, RD")
    # also a degree ("an MS in biology"; "Dana Kim, MS, RD") and a state
    "MS": (_STATE_BEFORE + r"|(?i:\ban\s+)$", r"\s+(?:Office|SQL|Teams|Word|Excel|Access|"
     r"Dynamics|Azure|Edge|Project|Outlook|Paint|DOS)\b|\s+in\s+(?!\d)|\s+(?i:degree|program|"
     r"student)\b|" + _STATE_AFTER),
    "MI": (_STATE_BEFORE, _STATE_AFTER),
    "RA": (r"(?i:\b(?:an?|the|our|dorm|floor)\s+)$", r"\s+(?i:position|job|role|program)\b"),
    "HI": (r"", _STATE_AFTER + r"|\s+(?i:there|all|team|everyone)\b"),
    "ED": (r"(?i:\b(?:to|the|in|at|from|an|of|per|into)\s+)$",
           r"^\s*(?:&|(?i:visit|doc|physician|provider|wait|triage|level|staff|course|tech)\b)"),
    "HA": (r"\bHA\s+$", r"^\s*(?:!|HA\b)"),
    "SI": (r"", r"^\s+(?i:units?\b)"),
    "PE": (r"", r"^\s+(?i:ratio|teacher|class|firm|fund|investor)"),
    "PCI": (r"", r"^[\s-]+(?i:compliance|dss|scan|express|bus|slot|card|e\b)"),
    "MAT": (r"(?i:\b(?:yoga|floor|door|bath|mouse|exercise|gym)\s+)$", r"^-\d"),
    "PHP": (r"", r"^\s*(?:\d|(?i:developer|code|script|file|framework|version|app|error"
     r"|portal|site|page|website|form|login)\b)"),
    "CAP": (r"", r"^\s+(?i:and gown|table|rate|ex)\b"),
    "AAA": (r"", r"^\s+(?i:batter|membership|roadside|rating|game|rated)"),
    "AUD": (r"[0-9$]\s?$", r"^\s?[0-9$]"),
    # a pharmacy benefit card's Processor Control Number ("RX BIN 610014, PCN 9999")
    "PCN": (r"(?i:\b(?:bin|rx|grp|group|id)\b)[^.|\n]{0,24}$", r"\s*[:#]?\s*[A-Z0-9]{2,}\b"),
    "DM": (r"", r"^\s+(?i:me|us|them|him|her|sent)\b"),
    # the FDA's certified colour additives in an ingredient list ("D&C Red No. 33")
    "D&C": (r"", r"^\s+(?:Red|Yellow|Green|Violet|Orange|Blue|Brown|Black)\b"),
    # a design-and-engineering or a development-and-enhancement group ("the D&E team")
    "D&E": (r"", r"^\s+(?i:teams?|department|dept|group|division|org|function)\b"),
}  # fmt: skip
_VETO_RE = {t: (re.compile(b), re.compile(a)) for t, (b, a) in _VETO.items()}


class ClinicalAbbreviationDetector:
    """Upper-case clinical abbreviations, the ambiguous ones only beside note shorthand."""

    name = "clinical_abbreviations"
    entities = frozenset({HC, MED, PROC})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.config.entities & self.entities:
            return
        texts = ctx.cells.text
        for cell in clinical_candidates(ctx, PREFILTER).tolist():
            for start, end, entity, score in abbreviations_in(texts[cell]):
                if ctx.enabled(entity):
                    yield Span(cell, start, end, entity, score, "dictionary")


def abbreviations_in(text: str) -> list[tuple[int, int, str, float]]:
    """``(start, end, entity, score)`` of the clinical abbreviations read in ``text``."""
    dosed = [
        (m.start(), m.end(), DOSED[m.group(1).lower()], _SCORE_ALONE) for m in _DOSED.finditer(text)
    ]
    dosed += _lower_cued(text)
    tokens = list(_TOKEN.finditer(text))
    if not tokens:
        return dosed
    anchors = [m.span() for m in tokens if not ABBREVIATIONS[m.group()][1]]
    cues = [m.span() for m in _CUE.finditer(text)] + anchors
    out = dosed
    for m in tokens:
        token = m.group()
        entity, cued = ABBREVIATIONS[token]
        if (
            cued
            and not any(e <= m.start() or s >= m.end() for s, e in cues)
            and not _REFILL_AFTER.match(text, m.end())
        ):
            continue
        if _vetoed(token, text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), entity, _SCORE_CUED if cued else _SCORE_ALONE))
    return out


def _lower_cued(text: str) -> list[tuple[int, int, str, float]]:
    """Lower-case abbreviations in the list right after a history or complaint cue."""
    found: dict[tuple[int, int], str] = {}
    upper = text.upper()  # the vetoes are written for the upper-case tokens
    for cue in _LOWER_CUE_RE.finditer(text):
        items = _LOWER_LIST.match(text, cue.end())
        if items is None:
            continue
        for m in _LOWER_ONE.finditer(text, items.start(), items.end()):
            start, end = m.span()
            if text[end : end + 1] == ".":
                continue  # a title ("ms. jones"): at the list's end, the search's endpos
                # hides the period from _LOWER_ITEM's own lookahead
            token = m.group().upper()
            if not _vetoed(token, upper, start, end):
                found[(start, end)] = ABBREVIATIONS[token][0]
    return [(s, e, entity, _SCORE_CUED) for (s, e), entity in found.items()]


def clinical_cue(text: str, start: int, end: int) -> bool:
    """True when ``text`` holds note shorthand (:data:`_CUE`) or a first-tier abbreviation
    outside ``[start, end)``: the context other detectors ask for too (weak lab labels)."""
    spans = [m.span() for m in _CUE.finditer(text)]
    spans += [m.span() for m in _TOKEN.finditer(text) if not ABBREVIATIONS[m.group()][1]]
    return any(e <= start or s >= end for s, e in spans)


def _vetoed(token: str, text: str, start: int, end: int) -> bool:
    veto = _VETO_RE.get(token)
    if veto is None:
        return False
    before, after = veto
    return bool(
        (before.pattern and before.search(text[max(0, start - 24) : start]))
        or (after.pattern and after.match(text[end : end + 40]))
    )


@register("clinical_abbreviations")
def _factory(config: EngineConfig) -> ClinicalAbbreviationDetector | None:
    detector = ClinicalAbbreviationDetector()
    return detector if config.entities & detector.entities else None
