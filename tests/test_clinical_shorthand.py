"""clinical_abbreviations beyond the probe's table: the lower-case list right after a
history or complaint cue (``c/o``, ``hx of``, ``r/o``, ``s/p``, ``dx``, ``pmh:``,
``denies``), and therapy and condition abbreviations that need a clinical cue (``CBT``,
``DBT``, ``TMS``, ``ECT``, ``ALS``, ``PEP``), and ``D&E`` and ``D&C`` alone."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("clinical_abbreviations",)))


HC, PROC = "HEALTH_CONDITION", "PROCEDURE"

POSITIVES = [
    ("note", "pt c/o sob and cp x2 days", [(HC, "sob"), (HC, "cp")]),
    ("note", "hx of ms, dx 2018", [(HC, "ms")]),
    ("note", "r/o mi per ER", [(HC, "mi")]),
    ("note", "denies si/hi", [(HC, "si"), (HC, "hi")]),
    ("note", "s/p tha 2022, pmh: htn, dm, ra", [(PROC, "tha"), (HC, "dm"), (HC, "ra")]),
    (
        "note",
        "pt c/o ha x3d, denies si/hi, hx of cva",
        [(HC, "ha"), (HC, "si"), (HC, "hi"), (HC, "cva")],
    ),
    ("Notes", "Hx: oud, in iop", [(HC, "oud")]),  # "iop" is no longer in the list
    ("note", "pt referred to DBT program", [(PROC, "DBT")]),
    ("note", "failed 2 SSRIs, referred for TMS", [(PROC, "TMS")]),
    ("note", "pt has ALS, needs home care", [(HC, "ALS")]),
    ("note", "needs PEP after exposure, pt called", [("MEDICATION", "PEP")]),
    ("note", "ECT consult scheduled, pt is anxious", [(PROC, "ECT")]),
    # a tribute's or a fundraiser's story of an illness
    ("message", "In loving memory of Samuel, who fought ALS with grace.", [(HC, "ALS")]),
    ("reference", "Dad fought MS for 20 years", [(HC, "MS")]),
    ("story", "Walking for my aunt, who battled PE twice", [(HC, "PE")]),
    # the syphilis screen as a lab names its order (tests/test_sexual_health_prep.py)
    ("tests[2]", "RPR (Diagnosis) with Reflex to Titer", [(PROC, "RPR")]),
    ("result", "RPR 1:16 reactive", [(PROC, "RPR")]),
    # the allergy blood test in its own mixed case (dermatology and allergy probe)
    ("code.text", "Peanut (f13) IgE", [(PROC, "IgE")]),
    ("result", "Total IgE 412 kU/L", [(PROC, "IgE")]),
    # dilation and evacuation, and dilation and curettage, as abortion funds and clinics
    # write them (tests/test_reproductive_health_access.py)
    ("purpose", "2-day D&E appointment", [(PROC, "D&E")]),
    ("Procedure", "D&E, 18w2d", [(PROC, "D&E")]),
    ("note", "s/p D&C for missed AB", [(PROC, "D&C")]),
    # a refill or a prescription right after the token, as a pharmacy's or a DTC brand's
    # messages and their names say it (tests/test_sms_marketing_subscribers.py)
    ("Message Name", "ED Refill Reminder - Day 25", [(HC, "ED")]),
    ("body", "Your MS refill ships Monday", [(HC, "MS")]),
    ("flow_name", "ED Rx renewal flow", [(HC, "ED")]),
]

NEGATIVES = [
    ("note", "the sob story about shipping delays"),  # no cue
    ("note", "ms smith called about her bill"),
    ("note", "cp: ok, pls call back"),
    ("note", "mailed c/o ms. jones at 12 main st"),  # "care of" a titled name
    ("note", "c/o sobbing at night"),  # a longer word
    ("note", "c/o mitral issue, hx msk pain"),
    ("note", "c/o mat delivery issue"),  # a word after "care of": not in the lower-case list
    ("note", "hx: cap and gown order"),
    ("note", "c/o Ms Smith, 12 Main St"),  # capitalised: the upper-case rules and vetoes
    ("note", "CBT training for new hires"),  # computer-based training: no clinical cue
    ("note", "TMS software rollout"),  # a logistics system
    ("note", "ALS ambulance unit responded"),  # advanced life support
    ("note", "fought the ED wait times for an hour"),  # a department after "the"
    ("note", "team fought hard in the PE class"),  # a school's class
    ("sku", "RPR-2041"),  # a code with RPR in it
    ("note", "rpr for the listing"),  # lower case is the vocabulary's phrases only
    ("note", "IGE Holdings quarterly call"),  # "IgE" counts in its own mixed case only
    # "D&E" and "D&C" in capitals with their ampersand, not a team or a cosmetics colour
    ("purpose", "R&D and D&E teams meet Tuesday"),
    ("ingredients", "Glycerin, D&C Red No. 33, Mica"),
    ("ratio", "D/E 1.2 at year end"),
    ("note", "d&e"),
    # a refill elsewhere in the text, or after the token's everyday neighbours
    ("body", "Ink refill for the HP printer, CAP included"),
    ("name", "Refill your cup at the ED"),
    ("item", "Jackson, MS refill station"),
    ("note", "ED&I refill"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


# A mental-health risk screen's pair (tests/test_benefits_navigation_eap.py): "SI/HI" is
# suicidal and homicidal ideation asked together, read without a cue; each half alone still
# needs one (above), and the pair as the units and a state is not written with a slash.
RISK_SCREEN_POSITIVES = [
    ("Risk Assessment", "No SI/HI; no DV reported", [("HEALTH_CONDITION", "SI/HI")]),
    ("note", "denies SI/HI, safety plan reviewed", [("HEALTH_CONDITION", "SI/HI")]),
    ("risk", "HI/SI: none", [("HEALTH_CONDITION", "HI/SI")]),
]
RISK_SCREEN_NEGATIVES = [
    ("note", "SI units and HI there"),
    ("note", "Kailua, HI 96734"),
    ("code", "SI/HIX-2041"),
    ("path", "/SI/HI/index.html"),
]

test_risk_screen_positives, test_risk_screen_negatives = table_tests(
    RISK_SCREEN_POSITIVES, RISK_SCREEN_NEGATIVES
)
