"""PROCEDURE for vitals and lab results written with their value (``BP 150/95``,
``A1c 9.1``, ``SpO2 88%``, ``LDL 190``, ``BMI 42``), HEALTH_CONDITION for an obstetric
history (``G2P1``) and a gestational age (``8w3d``, or ``11`` under ``Weeks Pregnant``).

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

Device feeds and wellness exports put the label in the field's name instead: a remote
monitoring platform's ``reading.systolic`` = 158, ``glucose_mg_dl`` = 212, ``spo2`` = 87,
a wellness screening's ``Systolic BP``, ``HbA1c`` and ``BMI`` columns. Such a value is the
same measurement with its label one step up, so it is a PROCEDURE too (kind
``health_field``: any identifier overlapping it wins). Decisions worth knowing:

* The key must be the measure's words with at most units and reading words around them
  (:data:`FIELD_QUALIFIERS`: ``glucose_mg_dl``, ``resting_heart_rate``, ``a1c_result``);
  a threshold, goal or aggregate word (``systolic_high``, ``goal_glucose``, ``avg_bmi``,
  ``pct_hypertension``) or such a parent (``thresholds.systolic``) is not a person's
  reading, and neither is a bare ``hr`` (hours) or ``bpm`` (a song's tempo).
* The whole value must be a number in the measure's range (or ``142/91`` under a blood
  pressure key). Weight is left out: a ``weight`` field is a parcel's or a product's as
  often as a body's. Activity counts (steps, floors, calories, sleep minutes) are no
  measure at all: they say nothing of a condition, a drug or a test.

Health platforms name a sample's kind with a type identifier instead
(HealthKit's ``HKQuantityTypeIdentifierBloodPressureSystolic``, Health Connect's
``BloodGlucoseRecord``, Google Fit's ``com.google.oxygen_saturation``): the identifier of a
vital or lab kind (:data:`HEALTH_DATA_KINDS`) is a PROCEDURE as its label in a note is;
step counts, distance, energy, sleep, height and body mass are activity or body size, not
a finding. Device feeds that keep the reading's values generic (``value_1``, ``value``)
name the vital in a kind key beside them (a cuff vendor's ``metric`` = "blood_pressure",
``reading_type`` = "blood_glucose", ``metrics[0].type`` = "systolic"): that whole value is
a PROCEDURE too (:data:`KIND_KEYS`, :data:`VITAL_KINDS`).

Screening sheets and coaches' logs name their columns with the very labels notes use
(``BP`` = "152/94", ``Glucose (mg/dL)`` = "212 mg/dL", ``Last A1c`` = "9.2"), so a column
is read a second way, by :data:`MEASURES`' own label patterns (:func:`measure_column`: a
bracketed unit may follow; weak labels but ``BMI`` are left out, as an ``HR`` or ``PSA``
column with a number is as often a department's or a campaign's), and its value by that
label's unit and range. A cell is a measurement when either reading accepts it; both run in
one pass over the chunk's distinct paths and one :func:`whole_values` call (two probes,
wellness and community events, wrote them the same day; they are kept as two readers
because key tokens with qualifiers and label patterns with units each catch what the other
misses: ``resting_heart_rate`` and ``Glucose (mg/dL)`` = "212 mg/dL").
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
from detectors.field_names import key_tokens, matches, whole_values
from detectors.registry import register
from detectors.spans import Span

PROC, HC = "PROCEDURE", "HEALTH_CONDITION"
_SCORE = 0.8
#: What may stand between a label and its value: a colon, a verb, the direction a
#: monitor's alarm names (``SpO2 LOW 84%``, ``HR HIGH 142``, as alarm escalation and
#: nurse-call feeds write them), or the comparison an outreach list's reason states (a
#: wellness vendor's referral "BP >= 140/90 at screening", a care gap's "A1c > 9").
_LINK = r"\s*(?:(?i:low|high)\s+)?(?:[:=]|[<>≤≥]=?|\bof\b|\bwas\b|\bis\b|\bat\b)?\s*"
#: A value: up to three decimals, as a blood or breath alcohol concentration is written
#: (``BrAC 0.082``).
_NUM = r"(?P<v>\d{1,3}(?:\.\d{1,3})?)"


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
    # "sats" is how secure-chat and paging shorthand write it ("bed 7 sats 86% on 4L"); the
    # percent sign stays required, so an exam's "SAT 86%" percentile is not one
    Measure(
        r"SpO2|SPO2|SaO2|O2 [Ss]at(?:uration)?s?|[Oo]xygen [Ss]at(?:uration)?|[Ss]ats",
        50,
        100,
        r"\s*%",
    ),
    Measure(r"LDL|HDL|[Tt]otal [Cc]holesterol", 10, 500),
    Measure(r"TSH", 0, 100),
    Measure(r"PSA", 0, 1000, weak=True),  # public service announcements ("PSA 2:")
    Measure(r"e?GFR", 1, 150),
    Measure(r"BMI", 10, 90, weak=True),  # Broadcast Music, Inc.
    Measure(r"BNP", 1, 5000),
    Measure(r"Hgb|HGB|[Hh]emoglobin", 3, 25),
    Measure(r"[Bb]lood [Ss]ugar|FBG|FSBS|[Gg]lucose", 20, 800),
    Measure(r"BG", 20, 800, weak=True),
    # an iron study's ferritin (a blood centre's low-ferritin letter): added last, so the
    # others keep their indices
    Measure(r"[Ff]erritin", 1, 2000),
    # a dialysis patient's monthly labs in an app's push or a care team's note ("albumin
    # 3.9"), in g/dL or g/L
    Measure(r"[Aa]lbumin", 1, 60),
    # a newborn's bilirubin before discharge (a nursery's "TcB 11.2 mg/dL at 48 hours", a
    # serum "bilirubin 14.8"): the jaundice check every newborn gets, in mg/dL
    Measure(r"TcB|[Bb]ilirubin", 0.1, 40),
    # critical-result calls and pages ("pt Hernandez K+ 6.1 pls call", "troponin 2.4 for
    # MRN ..."): a potassium in mmol/L and a troponin. A bare "potassium" with a number is
    # a supplement's or a food label's as often ("Potassium 4.7 g"), so it is weak.
    Measure(r"K\+", 1.5, 10),
    Measure(r"[Pp]otassium", 1.5, 10, weak=True),
    Measure(r"[Tt]rop(?:onin)?(?:[ \-]?(?:I|T|hs))?|hs-?Tn[IT]|cTn[IT]", 0, 999),
    # a systolic or diastolic pressure alone, as a rapid-response trigger writes it ("SBP
    # 78", "MAP 55" is left out: a map's zoom)
    Measure(r"SBP|DBP", 20, 260),
    # a liver transplant candidate's allocation score in a referral note or a coordinator's
    # call log ("MELD 24", "MELD-Na 27", "MELD score of 31"): computed from the person's
    # bilirubin, INR, creatinine and sodium, it ranks them on the waitlist (6-40)
    Measure(r"MELD(?:[- ]Na)?(?: [Ss]core)?", 6, 40),
    # a person's supplemental oxygen as its flow (an evacuation manifest's ``O2`` = "2 LPM
    # NC", a special needs registry's "Oxygen 3 L/min continuous", a page's "O2 4L"): only
    # someone on oxygen has a flow rate, so the unit is required (litres per minute, or
    # ``L`` glued to the number) and the range is an oxygen flow's; a delivery device or
    # a schedule may close a column's value (``NC``, ``continuous``)
    # a breath or blood alcohol concentration (an interlock's violation "Failed startup
    # test, BrAC 0.082", a remote breath test's alert "(BAC: 0.032)"): grams per 100 mL or
    # per 210 L of breath, the person's alcohol level as a test measured it. A ticker's "BAC
    # 34.12" is out of range, and a concentration is always written with its decimals, so
    # a bare "BAC 0" is not one (the lookahead; a column is read by its key instead)
    Measure(r"(?:BrAC|BAC)(?=\W{0,3}(?:(?:of|was|is|at)\s+)?\d\.\d)", 0, 0.6),
    Measure(
        r"O2|[Oo]xygen",
        0.25,
        15,
        r"\s?(?:L/min|LPM|lpm|L/m|[Ll]iters? per minute|L(?![A-Za-z]))"
        r"(?:\s+(?:NC|N/C|via NC|nasal cannula|continuous|cont|PRN|prn|at night|with sleep))?",
    ),
)
_MEASURE_RE = [
    re.compile(rf"(?<![\w/])(?:{m.label}){_LINK}{_NUM}(?:{m.unit})" + r"(?![\d.]|\.\d)")
    if m.unit
    else re.compile(rf"(?<![\w/])(?:{m.label}){_LINK}{_NUM}(?![\d./])")
    for m in MEASURES
]
#: A lab or vital unit after a weak label's value makes it a measurement (``PSA 4.1 ng/mL``).
_LAB_UNIT = re.compile(r"\s?(?:ng/mL|ng/ml|mg/dL|mg/dl|mmol/L|mEq/L|bpm|kg/m2|kg/m²)")
#: Gravida and para (``G2P1``, ``G3P2012``): the pregnancies a person has had.
_GRAVIDA = re.compile(r"(?<![\w-])G\d{1,2}\s?P\d{1,4}(?![\w-])")
#: A gestational age as clinic CRMs, fund intake sheets and ultrasound worksheets write it,
#: weeks and days run together (``8w3d``, ``D&E, 18w2d``): the person is pregnant, and how
#: far along, as a G2P1 says what pregnancies they had. Days are 0-6 and weeks 3-44 (a
#: pregnancy's span); a spaced ``1w 2d`` is a ticket's time estimate and is not read.
_GESTATION = re.compile(r"(?<![\w./+-])(?P<w>\d{1,2})w(?P<d>[0-6])d(?![\w-])")
GESTATION_WEEKS = (3, 44)
#: RE2 prefilter: a label, then a digit within a few characters.
PREFILTER = register_prefilter(
    r"(?:BP|B/P|[Pp]ressure|HR|[Rr]ate|[Pp]ulse|A1[Cc]|O2|[Ss]ats?|LDL|HDL|[Cc]holesterol|TSH"
    r"|PSA|GFR|BMI|BNP|Hgb|HGB|[Hh]emoglobin|[Ff]erritin|[Ss]ugar|BG|FSBS|[Gg]lucose"
    r"|[Aa]lbumin|TcB|[Bb]ilirubin|K\+|[Pp]otassium|[Tt]rop(?:onin)?|Tn[IT]|[SD]BP"
    r"|MELD(?:[- ]Na)?(?: [Ss]core)?|[Oo]xygen|BA?C|BrAC)"
    r"[^0-9A-Za-z]{0,6}"
    r"(?:(?i:low|high) )?(?:of |was |is |at )?[0-9]|G[0-9]{1,2} ?P[0-9]|[0-9]w[0-6]d"
)


def _words(text: str) -> frozenset[str]:
    """Whitespace-separated words as a set (keeps the word tables readable)."""
    return frozenset(text.split())


#: Measures named by a field: the key's tokens that name it, and the value's range.
FIELD_MEASURES: tuple[tuple[tuple[str, ...], float, float], ...] = (
    (("systolic",), 60, 260), (("sbp",), 60, 260),
    (("diastolic",), 30, 160), (("dbp",), 30, 160),
    (("heart", "rate"), 30, 250), (("heartrate",), 30, 250), (("pulse",), 30, 250),
    (("pr", "bpm"), 30, 250), (("pulse", "rate"), 30, 250),
    (("spo2",), 50, 100), (("sp", "o2"), 50, 100), (("o2", "sat"), 50, 100),
    (("oxygen", "saturation"), 50, 100),
    (("glucose",), 20, 800), (("blood", "sugar"), 20, 800),
    (("a1c",), 3, 20), (("hba1c",), 3, 20), (("a1", "c"), 3, 20), (("hb", "a1c"), 3, 20),
    (("cholesterol",), 50, 500), (("ldl",), 10, 500), (("hdl",), 10, 200),
    (("triglycerides",), 10, 2000),
    # a screening vendor's or a lab extract's short column names (``GLU`` = 97, ``TRIG``,
    # ``CHOL``, ``GLU_FASTING``): the same results as a lab's flat file heads them. Not a
    # bare ``tc`` (a terms-and-conditions flag, a test case): only the spelt-out total
    (("glu",), 20, 800), (("trig",), 10, 2000), (("trigs",), 10, 2000), (("chol",), 50, 500),
    (("bmi",), 10, 90), (("body", "mass", "index"), 10, 90),
    # a sleep-therapy platform's apnea-hypopnea index (AirView's ``AHI``, a compliance
    # report's ``residual_ahi``): events per hour, the severity of the person's apnea
    (("ahi",), 0, 150), (("apnea", "hypopnea", "index"), 0, 150),
    # a scored sleep study's other indices (a PSG summary's ``rdi`` and ``odi_4pct``, a
    # home sleep test's ``rei`` and WatchPAT's ``pahi``): events per hour of the person's
    # disturbed breathing or desaturations, read as the AHI is (``odi`` is below, with the
    # Oswestry index's range, which holds both)
    (("rdi",), 0, 150), (("respiratory", "disturbance", "index"), 0, 150),
    (("rei",), 0, 150), (("respiratory", "event", "index"), 0, 150),
    (("pahi",), 0, 150), (("p", "ahi"), 0, 150),
    (("oxygen", "desaturation", "index"), 0, 150),
    # a fertility clinic's ovarian-reserve labs on a consult lead or a cycle record
    # (``AMH (ng/mL)``, ``amh_level``, ``Day 3 FSH``): ng/mL, pmol/L and mIU/mL all fit
    (("amh",), 0, 150), (("anti", "mullerian", "hormone"), 0, 150), (("fsh",), 0, 200),
    # a lead screening programme's blood lead level (``Blood Lead Level (ug/dL)``, a
    # registry's ``BLL``): micrograms per decilitre of the child's blood
    (("blood", "lead"), 0, 200), (("bll",), 0, 200),
    # a therapy practice's or a telehealth intake's depression and anxiety screeners
    # (``phq9_total`` = 17, ``GAD-7 Score``): the person's result on a validated test, in
    # the questionnaire's range (an item's answer, ``phq9_item9``, is not a total)
    (("phq9",), 0, 27), (("phq", "9"), 0, 27), (("phq2",), 0, 6), (("phq", "2"), 0, 6),
    (("gad7",), 0, 21), (("gad", "7"), 0, 21), (("gad2",), 0, 6), (("gad", "2"), 0, 6),
    # a sleep centre's and a CBT-I app's screeners (``epworth_total`` = 16, ``ESS Score``,
    # ``stop_bang_score`` = 6, an insomnia programme's ``isi_score`` = 19): a validated
    # questionnaire's total, as a PHQ-9's is
    (("epworth",), 0, 24), (("epworth", "sleepiness", "scale"), 0, 24), (("ess",), 0, 24),
    (("stop", "bang"), 0, 8), (("stopbang",), 0, 8),
    (("isi",), 0, 28), (("insomnia", "severity", "index"), 0, 28),
    # a rehabilitation practice's functional outcome measures (WebPT's and Raintree's
    # ``Final QuickDASH``, a patient-reported intake's ``lefs``, an ``ODI Score``): the
    # person's disability of a body region on a validated scale, as the screeners above
    (("lefs",), 0, 80), (("quickdash",), 0, 100), (("quick", "dash"), 0, 100),
    # a sideline concussion assessment's symptom severity (SCAT5's and SCAT6's 22
    # symptoms rated 0-6: ``scat5.symptom_severity`` = 34, ``SCAT5 Symptom Severity
    # Score``): the athlete's symptoms on the tool's scale, as a screener's total is
    (("symptom", "severity"), 0, 132),
    (("oswestry",), 0, 100), (("odi",), 0, 100), (("ndi",), 0, 100),
    (("neck", "disability", "index"), 0, 100), (("koos",), 0, 100), (("hoos",), 0, 100),
    # a blood or plasma centre's screening of the donor before each collection (a plasma
    # app's ``total_protein_g_dl`` = 6.9, ``hematocrit`` = 41, a CRM's ``Total Protein``):
    # the person's blood counts, as a haemoglobin is. Serum protein is read only as
    # ``total protein`` or per decilitre: a meal's ``total_protein_g`` is grams of food
    (("hematocrit",), 15, 75), (("haematocrit",), 15, 75), (("hct",), 15, 75),
    (("total", "protein"), 3, 12), (("protein", "g", "dl"), 3, 12),
    # an iron study's ferritin (a blood centre's low-ferritin letter, ``ferritin_ng_ml``)
    (("ferritin",), 1, 2000), (("ferritin", "ng", "ml"), 1, 2000),
    # kidney function as PrEP and metformin monitoring report it and as an imaging centre
    # checks it before contrast (a PrEP lab feed's ``Creatinine (mg/dL)`` = 0.94,
    # ``serum_creatinine``, a screening row's ``creatinine_mg_dl`` = 1.4, ``eGFR`` = 52):
    # serum creatinine in mg/dL, the estimated filtration rate in mL/min/1.73 m2
    (("creatinine",), 0.1, 30), (("serum", "creatinine"), 0.1, 30), (("egfr",), 1, 200),
    (("gfr",), 1, 200),
    # an ED tracking board's or an urgent-care visit's triage acuity (``ESI`` = 2,
    # ``esi_level``, Canada's ``CTAS``): a nurse's assessment of how sick the patient is,
    # on a five-level scale. A dashboard's ``ESI 2`` count column has a number after the
    # measure, which is no qualifier, so it is not read. Not a bare ``triage``: a symptom
    # checker's ``triage_result`` is advice ("Self-care"), and a key named here makes its
    # record a reading for :mod:`detectors.reading_records`
    (("esi",), 1, 5), (("ctas",), 1, 5),
    # a dialysis run sheet's adequacy and a kidney-care list's labs (``Kt/V`` = 1.38, an
    # EMR's ``spktv``, ``URR (%)`` = 71, an anaemia protocol's ``TSAT (%)``, a CMS-2728's
    # ``albumin`` in g/dL or g/L, ``UACR`` in mg/g), a transplant candidate's antibody
    # sensitisation (``cPRA`` = "87%") and a CKD stage written as its number
    # (``CKD Stage`` = 4): the person's results and the stage of their disease
    (("kt", "v"), 0.2, 4), (("ktv",), 0.2, 4), (("spktv",), 0.2, 4), (("sp", "kt", "v"), 0.2, 4),
    (("urr",), 20, 100), (("tsat",), 1, 100), (("albumin",), 1, 60), (("uacr",), 0, 9999),
    (("cpra",), 0, 100), (("c", "pra"), 0, 100), (("ckd", "stage"), 1, 5),
    # a dermatology practice's or a biologic hub's severity scores (a dupilumab start
    # form's ``EASI_Score__c`` = 24.5, ``pasi``, ``SCORAD``, a quality-of-life ``DLQI``,
    # chronic hives' ``UAS7``): the extent of one person's eczema, psoriasis or urticaria
    # on a validated scale, as the rehabilitation scores above
    (("easi",), 0, 72), (("pasi",), 0, 72), (("scorad",), 0, 103), (("dlqi",), 0, 30),
    (("uas7",), 0, 42), (("uas", "7"), 0, 42),
    # a newborn's bilirubin (a discharge feed's ``tcb`` = 11.2, ``total_bilirubin_mg_dl``,
    # ``TSB``): mg/dL of the baby's blood, the nursery's jaundice check
    (("bilirubin",), 0.1, 40), (("tcb",), 0.1, 40), (("tsb",), 0.1, 40),
    # a jail's or a detox unit's withdrawal-watch flowsheet (``COWS Score`` = 14, a CIWA-Ar
    # assessment's ``ciwa_ar_total``): the person's opioid or alcohol withdrawal on its
    # validated scale (COWS 0-48, CIWA-Ar 0-67), as a screener's total is. Not a bare
    # ``cows`` (a herd's count): only with ``score`` or ``total``
    (("cows", "score"), 0, 48), (("cows", "total"), 0, 48), (("ciwa",), 0, 67),
    (("ciwa", "ar"), 0, 67), (("ciwaar",), 0, 67),
    # an ePCR's vitals and a stroke log's deficit (an ESO-like export's ``gcs_total`` = 13,
    # NEMSIS ``eVitals.23``, ``Total GCS``; ``resp_rate``; ``etco2``; a stroke alert's
    # ``nihss`` = 14): the patient's level of consciousness, breathing and stroke severity.
    # Not a bare ``gcs`` (Google Cloud Storage's in every pipeline config)
    # an eating disorder programme's weigh-in and admissions rows (``% IBW`` = "78%",
    # ``pct_ibw`` = 79, an adolescent's ``pct_mbmi``): the person's weight as a share of
    # their ideal or median-BMI weight, the measure malnutrition is staged by, as a BMI is
    # (a bare weight is not read). ``%`` is no key token, so ``% IBW`` is ``ibw``
    (("ibw",), 40, 200), (("ideal", "body", "weight"), 40, 200), (("mbmi",), 40, 200),
    (("gcs", "total"), 3, 15), (("total", "gcs"), 3, 15), (("gcs", "score"), 3, 15),
    (("glasgow", "coma", "scale"), 3, 15), (("nihss",), 0, 42),
    (("nih", "stroke", "scale"), 0, 42), (("respiratory", "rate"), 2, 80),
    (("resp", "rate"), 2, 80), (("etco2",), 1, 150),
    # a transplant programme's referral, waitlist and clinic rows: a liver candidate's
    # allocation score (``MELD`` = 24, ``MELD-Na`` = 27, ``meld_score``), 6-40, and a
    # recipient's immunosuppressant blood level (a flowsheet's ``Tacrolimus Trough
    # (ng/mL)`` = 8.4, ``tac_trough``, ``sirolimus_level``; cyclosporine in ng/mL runs to
    # the hundreds): the person's results, as a creatinine is. Not a bare ``tac``
    (("meld",), 6, 40), (("meld", "na"), 6, 40), (("meldna",), 6, 40),
    (("tacrolimus",), 0.5, 60), (("tac", "trough"), 0.5, 60), (("fk506",), 0.5, 60),
    (("sirolimus",), 0.5, 60), (("everolimus",), 0.5, 60), (("cyclosporine",), 10, 2000),
    # a lung candidate's allocation score (``LAS`` = 48.7, ``lung_allocation_score``), 0-100
    (("las",), 0, 100), (("lung", "allocation", "score"), 0, 100),
    # an alcohol test's result: a remote breath test's ``bac`` = 0.032, an interlock log's
    # ``BrAC`` (``br ac`` once split), a transdermal monitor's ``peakTac``, a DUI programme's
    # ``BAC at Arrest``: grams of alcohol per 100 mL of blood or 210 L of breath, the
    # person's alcohol level as a vital's reading is. Not a bare ``tac`` (tacrolimus above)
    # and not a range or a threshold (``bac_range``, ``tacThreshold``: no qualifier)
    (("bac",), 0, 0.6), (("brac",), 0, 0.6), (("br", "ac"), 0, 0.6),
    (("blood", "alcohol"), 0, 0.6), (("breath", "alcohol"), 0, 0.6),
    (("peak", "tac"), 0, 0.6), (("tac", "peak"), 0, 0.6),
)  # fmt: skip
#: Keys whose value is a blood pressure written whole (``142/91``).
BP_KEYS = frozenset(
    {("bp",), ("blood", "pressure"), ("bp", "reading"), ("blood", "pressure", "reading")}
)
#: Words a reading's key may carry beside its measure: units, and what the value is.
FIELD_QUALIFIERS = _words(
    "bp blood pressure mg dl mmhg mmol l ug mcg bpm pct percent value reading result level "
    "total fasting resting hb serum last latest current screening measured residual score "
    # a certificate of medical necessity's oxygen test (``spo2_at_rest``, ``o2_sat_exercise``)
    "at rest exercise exertion sleep sleeping "
    # an outcome measure given at the start and the end of a plan of care (``Final
    # QuickDASH``, ``intake_lefs``, ``discharge_odi``)
    "initial intake baseline discharge final "
    # the concussion tool a symptom score was taken with (``SCAT5 Symptom Severity``)
    "scat3 scat5 scat6 "
    # a dialysis treatment's readings before and after the run (``pre_sbp``, ``Post
    # SBP``), and a CMS-2728's labs at the start of dialysis (``egfr_at_initiation``)
    "pre post initiation "
    # a sleep study's index under the study or the rule it was scored by (``last_study_ahi``,
    # a prior authorisation's ``qualifying_ahi``, ``odi_4pct``) and its lowest saturation
    # (``spo2_nadir_pct``)
    "study diagnostic qualifying titration 3pct 4pct nadir lowest "
    # a glucose meter's units run together or split by case (``blood_glucose_mgdl``, ``mg/dL``
    # reads ``mg d l``), LibreView's readings by
    # how the sensor gave them (``Historic Glucose mg/dL``, ``Scan Glucose mg/dL``), and
    # Garmin's unit spelt out (``restingHeartRateInBeatsPerMinute``)
    "mgdl mmoll d historic scan in beats per minute "
    # an immunosuppressant's level taken before the next dose (``Tacrolimus Trough``)
    "trough "
    # a DUI arrest's alcohol test (``BAC at Arrest``), as a reading at rest is timed
    "arrest"
)
#: Measures a workout's record states as its average and its peak (Strava's
#: ``average_heartrate`` and ``max_heartrate``, Peloton's ``Avg. Heart Rate``, a heart-rate
#: class summary's ``max_heart_rate``): one person's heart rate over one session, read as
#: a wearable's reading is (tests/test_fitness_clubs_par_q.py). Only the heart rate: an
#: ``avg_bmi`` or an ``average_glucose`` is a cohort's as often.
SESSION_MEASURES = frozenset({("heart", "rate"), ("heartrate",)})
#: The words a workout's heart rate may carry besides :data:`FIELD_QUALIFIERS`.
SESSION_QUALIFIERS = _words("avg average max maximum peak min minimum")
#: Parents of settings and summaries, not of one person's reading.
NOT_A_READING_PARENTS = _words(
    "threshold thresholds target targets goal goals limit limits range ranges reference "
    "normal settings config configuration stats statistics summary aggregate aggregates "
    "avg average mean median min max rules "
    # the parts of a wearable's score (Oura's ``contributors.resting_heart_rate`` = 88 is a
    # 1-100 contribution to a readiness score, not beats per minute)
    "contributors"
)
#: a percent sign is the unit of a saturation (``spo2_at_rest`` = "86%")
_FIELD_NUMBER = r"^[0-9]{1,4}(?:\.[0-9]{1,3})? ?%?$"
_FIELD_BP = r"^[0-9]{2,3} ?/ ?[0-9]{2,3}$"


@functools.lru_cache(maxsize=16384)
def measure_field(path: str) -> int:
    """Index into :data:`FIELD_MEASURES` of the measure a hint path's key names, -1 when
    none, or ``len(FIELD_MEASURES)`` for a whole blood pressure key (cached per path)."""
    keys = key_tokens(path)
    if not keys or any(NOT_A_READING_PARENTS.intersection(k) for k in keys[:-1]):
        return -1
    key = keys[-1]
    if key in BP_KEYS:
        return len(FIELD_MEASURES)
    for i, (words, _low, _high) in enumerate(FIELD_MEASURES):
        n = len(words)
        at = next((j for j in range(len(key) - n + 1) if key[j : j + n] == words), -1)
        if at < 0:
            continue
        rest = key[:at] + key[at + n :]
        if FIELD_QUALIFIERS.issuperset(rest):
            return i
        if words in SESSION_MEASURES and (FIELD_QUALIFIERS | SESSION_QUALIFIERS).issuperset(rest):
            return i
    return -1


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
    if any(NOT_A_READING_PARENTS.intersection(k) for k in key_tokens(path)):
        return -1  # a goal's, a threshold's or an average's column (``goal_glucose``, ``avg_bmi``)
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


#: Kinds of health-platform samples that are vitals or lab results (CamelCase, as HealthKit
#: and Health Connect write them; Google Fit's snake_case is matched in lower case).
HEALTH_DATA_KINDS = (
    "BloodPressure|BloodPressureSystolic|BloodPressureDiastolic|BloodGlucose|OxygenSaturation"
    "|HeartRate|RestingHeartRate|BodyMassIndex|InsulinDelivery|BodyTemperature"
    "|BasalBodyTemperature|RespiratoryRate|IrregularHeartRhythmEvent|HighHeartRateEvent"
    "|LowHeartRateEvent|AtrialFibrillationBurden"
    # cycle tracking's at-home hormone tests, as a tracker app writes them to HealthKit
    # (``HKCategoryTypeIdentifierOvulationTestResult``) and Health Connect
    # (``OvulationTestRecord``): a test of the person's urine, as a glucose reading is
    "|OvulationTestResult|OvulationTest|PregnancyTestResult|ProgesteroneTestResult"
)
_DATA_TYPE = re.compile(
    r"(?<![\w.])(?:HK(?:Quantity|Category|Correlation)TypeIdentifier(?:" + HEALTH_DATA_KINDS + r")"
    r"|(?:" + HEALTH_DATA_KINDS + r")Record"
    r"|com\.google\.(?:blood_pressure|blood_glucose|oxygen_saturation|heart_rate\.bpm"
    r"|body_temperature)"
    # the ``Me`` characteristics of a HealthKit export: a blood type is a test's result,
    # as a blood group under its field is (not ``HKBloodTypeNotSet``)
    r"|HKBloodType(?:AB|A|B|O)(?:Positive|Negative))(?![\w])"
)
_DATA_TYPE_SCREEN = (
    r"HK(?:Quantity|Category|Correlation)TypeIdentifier|HKBloodType|[a-z]Record|com\.google\."
)


#: Units that make a ``value`` beside them a vital's or a lab's reading, with the range it
#: must fall in: Dexcom's ``records[].{value, unit: "mg/dL"}``, Validic's ``metrics[]``,
#: a FHIR ``valueQuantity``. Not ``bpm``: a song's tempo as often (as a bare ``bpm`` key).
READING_UNITS: dict[str, tuple[float, float]] = {
    "mg/dl": (10, 800),
    "mmol/l": (1, 45),
    "mmhg": (30, 260),
}
_VALUE_KEYS = frozenset({"value", "val"})
_UNIT_KEYS = frozenset({"unit", "units", "uom"})


def _split_leaf(path: str) -> tuple[str, str]:
    """A path's parent and its last key, lower case (``records[0]``, ``unit``): a bare
    ``value`` key reads as its parent's name elsewhere (:func:`key_tokens`), so the raw
    path is split here."""
    parent, _, leaf = path.rpartition(".")
    return parent, leaf.lower()


def _unit_readings(ctx: ScanContext) -> Iterator[Span]:
    """A number under a ``value`` key whose sibling ``unit`` is a vital's or a lab's
    (:data:`READING_UNITS`), in that unit's range; judged per record and object."""
    paths, record, path_id = ctx.cells.paths, ctx.cells.record, ctx.cells.path_id
    split = [_split_leaf(p) for p in paths]
    values = [
        i
        for i, (parent, leaf) in enumerate(split)
        if leaf in _VALUE_KEYS
        # a goal's, a threshold's or a reference range's value (FHIR's
        # ``referenceRange[0].high``) is no person's reading
        and not any(NOT_A_READING_PARENTS.intersection(k) for k in key_tokens(parent))
    ]
    units = [i for i, (_, leaf) in enumerate(split) if leaf in _UNIT_KEYS]
    if not values or not units:
        return
    texts = ctx.cells.text
    unit_of = {}
    for cell in ctx.path_cells(units).tolist():
        unit = texts[cell].strip().lower()
        if unit in READING_UNITS:
            unit_of[(int(record[cell]), split[path_id[cell]][0])] = unit
    if not unit_of:
        return
    vals = whole_values(ctx, ctx.path_cells(values))
    number = matches(vals.text, _FIELD_NUMBER)
    for j, value in enumerate(vals.text.to_pylist()):
        cell = int(vals.cells[j])
        unit = unit_of.get((int(record[cell]), split[path_id[cell]][0]))
        if unit and vals.usable[j] and number[j] and "%" not in value:
            low, high = READING_UNITS[unit]
            if low <= float(value) <= high:
                yield Span(cell, int(vals.start[j]), int(vals.end[j]), PROC, _SCORE, "health_field")


def typed_vital_cells(ctx: ScanContext) -> list[int]:
    """Cells that say their object is a vital or lab sample by its kind: a health
    platform's type identifier written whole (HealthKit's ``type``, Health Connect's
    ``recordType``), a vital's name under a kind key (:func:`_vital_kinds`) or a hormone
    test's under a test-kind key (:func:`_hormone_tests`), for
    :mod:`detectors.reading_records` to time the sample."""
    texts = ctx.cells.text
    typed = [
        cell
        for cell in ctx.candidates(_DATA_TYPE_SCREEN).tolist()
        if _DATA_TYPE.fullmatch(texts[cell].strip())
    ]
    readings = (*_vital_kinds(ctx), *_hormone_tests(ctx), *_unit_readings(ctx))
    return typed + [span.cell for span in readings]


def _health_data_types(ctx: ScanContext) -> Iterator[Span]:
    """Type identifiers of vital and lab samples (see the module doc)."""
    texts = ctx.cells.text
    for cell in ctx.candidates(_DATA_TYPE_SCREEN).tolist():
        for m in _DATA_TYPE.finditer(texts[cell]):
            yield Span(int(cell), m.start(), m.end(), PROC, _SCORE, "dictionary")


#: Keys that name a reading's kind beside its value in device feeds: a cuff vendor's
#: ``metric`` = "blood_pressure", a meter's ``reading_type`` = "blood_glucose", a
#: normalising API's ``metrics[0].type`` = "systolic".
KIND_KEYS = frozenset(
    {("metric",), ("metric", "type"), ("reading", "type"), ("measurement", "type"), ("type",)}
    | {("vital", "type"), ("vital",), ("data", "type"), ("reading", "kind")}
)
#: Whole values of :data:`KIND_KEYS` that name a vital or a lab reading (lower case, words
#: apart); activity and body size (``steps``, ``weight``) are no health.
VITAL_KINDS = _words(
    "blood_pressure bp blood_glucose glucose heart_rate pulse spo2 oxygen_saturation "
    "pulse_oximetry systolic diastolic respiratory_rate body_temperature ecg a1c hba1c"
)
_VITAL_KINDS = frozenset(k.replace("_", " ") for k in VITAL_KINDS)


#: Keys that name an at-home test's kind (a strip photo upload's ``test_type`` = "LH", a
#: fertility monitor's ``test_kind``, a chart's ``strip_type``): a bare ``test`` is an A/B
#: test's as often, so the value decides (:data:`HORMONE_TESTS`).
TEST_KIND_KEYS = frozenset(
    {("test", "type"), ("test", "kind"), ("test",), ("test", "name"), ("strip", "type")}
)
#: Whole values of a test-kind key that name a hormone an at-home strip or monitor reads
#: (Premom-, Mira- and Proov-like apps: luteinizing hormone for ovulation, hCG for
#: pregnancy, PdG for a confirmed ovulation, FSH and E3G): the person's urine test, a
#: PROCEDURE as a lab's analyte is. An experiment's ``test`` holds "control" or
#: "variant_b", never a hormone.
HORMONE_TESTS = frozenset({"lh", "hcg", "pdg", "fsh", "e3g", "lh/hcg", "lh+e3g"})


@functools.lru_cache(maxsize=16384)
def _test_kind_key(path: str) -> bool:
    """A key naming an at-home test's kind (:data:`TEST_KIND_KEYS`), not under a
    threshold's parent."""
    keys = key_tokens(path)
    return (
        bool(keys)
        and keys[-1] in TEST_KIND_KEYS
        and not any(NOT_A_READING_PARENTS.intersection(k) for k in keys[:-1])
    )


def _hormone_tests(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of a test-kind key that name a hormone test (see
    :data:`HORMONE_TESTS`)."""
    wanted = [i for i, p in enumerate(ctx.cells.paths) if _test_kind_key(p)]
    if not wanted:
        return
    vals = whole_values(ctx, ctx.path_cells(wanted))
    for j, value in enumerate(vals.text.to_pylist()):
        kind = value.strip().lower() if value and len(value) < 12 else ""
        if vals.usable[j] and kind in HORMONE_TESTS:
            cell = int(vals.cells[j])
            yield Span(cell, int(vals.start[j]), int(vals.end[j]), PROC, _SCORE, "health_field")


@functools.lru_cache(maxsize=16384)
def _kind_key(path: str) -> bool:
    """A key naming a reading's kind (:data:`KIND_KEYS`), not under a threshold's parent."""
    keys = key_tokens(path)
    return (
        bool(keys)
        and keys[-1] in KIND_KEYS
        and not any(NOT_A_READING_PARENTS.intersection(k) for k in keys[:-1])
    )


def _vital_kinds(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of a kind key that name a vital (see :data:`KIND_KEYS`)."""
    paths = ctx.cells.paths
    wanted = [i for i, p in enumerate(paths) if _kind_key(p)]
    if not wanted:
        return
    vals = whole_values(ctx, ctx.path_cells(wanted))
    for j, value in enumerate(vals.text.to_pylist()):
        kind = re.sub(r"[\s_\-]+", " ", value.lower()) if value and len(value) < 24 else ""
        if vals.usable[j] and kind in _VITAL_KINDS:
            cell = int(vals.cells[j])
            yield Span(cell, int(vals.start[j]), int(vals.end[j]), PROC, _SCORE, "health_field")


def _measure_fields(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of fields named for a measure (by key tokens or by a note's label),
    in its range (see the module doc)."""
    paths = ctx.cells.paths
    by_key = np.fromiter(map(measure_field, paths), np.int64, len(paths))[ctx.cells.hint_id]
    by_label = np.fromiter(map(measure_column, paths), np.int64, len(paths))[ctx.cells.hint_id]
    wanted = np.flatnonzero((by_key >= 0) | ((by_label >= 0) & ctx.non_system))
    if len(wanted) == 0:
        return
    vals = whole_values(ctx, wanted)
    number = matches(vals.text, _FIELD_NUMBER)
    bp = matches(vals.text, _FIELD_BP)
    for j, value in enumerate(vals.text.to_pylist()):
        cell = int(vals.cells[j])
        if (
            vals.usable[j]
            and value
            and (
                _key_reading(int(by_key[cell]), value, bool(number[j]), bool(bp[j]))
                or _label_reading(int(by_label[cell]), value)
            )
        ):
            yield Span(cell, int(vals.start[j]), int(vals.end[j]), PROC, _SCORE, "health_field")


def _key_reading(measure: int, value: str, number: bool, bp: bool) -> bool:
    """A value of a field :func:`measure_field` names: a number in range, a whole BP."""
    if measure < 0:
        return False
    if measure == len(FIELD_MEASURES):
        return bp and 60 <= int(value.split("/")[0]) <= 260
    _key, low, high = FIELD_MEASURES[measure]
    return number and low <= float(value.rstrip("% ")) <= high


def _label_reading(measure: int, value: str) -> bool:
    """A value of a column :func:`measure_column` names: its number (and the label's unit)
    in the label's range."""
    if measure < 0:
        return False
    m = _COLUMN_VALUES[measure].fullmatch(value.strip())
    return bool(m) and MEASURES[measure].low <= float(m.group("v")) <= MEASURES[measure].high


#: Key words that name a pregnancy's gestational age (``gestational_age``, ``Est.
#: Gestation``, ``EGA``, ``Weeks Pregnant``): one of them must be in the key.
GESTATION_KEYS = frozenset({"gestational", "gestation", "ega"})
#: Words a gestational-age key may hold beside them; any other word (``gestational_limit_
#: weeks`` in a state policy table, ``avg_ga_weeks`` in a clinic's monthly counts, a GA4
#: ``ga_session_number``) makes it no person's reading.
GESTATION_KEY_WORDS = GESTATION_KEYS | _words(
    "age ga weeks week wks wk days pregnant pregnancy est estimated current at by on in of "
    "visit intake appt appointment us ultrasound lmp dating "
    # an airline's fit-to-fly form and a travel clinic's intake ask it at the trip's date
    # (``Gestation at Travel``, ``weeks_pregnant_at_flight``, ``Gestation on Departure``)
    "travel flight departure return time"
)
#: Units that make a bare ``ga`` key a gestational age (``GA Weeks``, ``ga_wks``); ``ga``
#: alone is Google Analytics' prefix.
_GESTATION_UNITS = frozenset({"weeks", "week", "wks", "wk", "days"})
#: A pregnancy word and a week beside it name the week a person is in (a pregnancy app's
#: or a newsletter's ``Pregnancy Week`` = "14", Braze's ``pregnancy_week``, a form's
#: ``Weeks Pregnant``, ``week_of_pregnancy``), as a gestational age does.
_PREGNANCY_WORDS = frozenset({"pregnant", "pregnancy"})
_WEEK_UNITS = frozenset({"weeks", "week", "wks", "wk"})
#: A gestational age's whole value under such a key: weeks, then days if any (``11``,
#: ``6 weeks``, ``9.5``, ``12 wks 4 days``, ``8w3d``).
_GESTATION_VALUE = re.compile(
    r"(?i)(?P<w>\d{1,2}(?:\.\d)?)\s*(?:w|wks?|weeks?)?\.?"
    r"(?:\s*(?:,|\+|and)?\s*[0-6]\s*(?:d|days?))?"
)


@functools.lru_cache(maxsize=16384)
def gestation_field(path: str) -> bool:
    """True when a hint path's last key names a gestational age, or a pregnancy's week
    (:data:`_PREGNANCY_WORDS` beside :data:`_WEEK_UNITS`), and nothing else (see
    :data:`GESTATION_KEY_WORDS`), cached per path."""
    keys = key_tokens(path)
    if not keys or any(NOT_A_READING_PARENTS.intersection(k) for k in keys):
        return False
    key = set(keys[-1])
    named = bool(GESTATION_KEYS & key) or bool(_PREGNANCY_WORDS & key and _WEEK_UNITS & key)
    named |= "ga" in key and bool(_GESTATION_UNITS & key)
    return named and key <= GESTATION_KEY_WORDS


def _gestation_fields(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of gestational-age fields (:func:`gestation_field`) that are a
    pregnancy's weeks (3-44): the person is pregnant, a HEALTH_CONDITION. A fund's intake
    sheet writes ``Weeks Pregnant`` = "11", a counselling row ``Est. Gestation`` = "6
    weeks"; a count, a limit or an average is kept out by the key's words."""
    paths = ctx.cells.paths
    per_path = np.fromiter(map(gestation_field, paths), dtype=bool, count=len(paths))
    wanted = np.flatnonzero(per_path[ctx.cells.hint_id] & ctx.non_system)
    if len(wanted) == 0:
        return
    vals = whole_values(ctx, wanted)
    low, high = GESTATION_WEEKS
    for j, value in enumerate(vals.text.to_pylist()):
        m = _GESTATION_VALUE.fullmatch(value) if vals.usable[j] and value else None
        if m is not None and low <= float(m.group("w")) <= high:
            cell = int(vals.cells[j])
            yield Span(cell, int(vals.start[j]), int(vals.end[j]), HC, _SCORE, "health_field")


class ClinicalMeasureDetector:
    """Vitals and lab values with their label, and obstetric histories."""

    name = "clinical_measures"
    entities = frozenset({PROC, HC})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.config.entities & self.entities:
            return
        if ctx.enabled(PROC):
            yield from _measure_fields(ctx)
            yield from _health_data_types(ctx)
            yield from _vital_kinds(ctx)
            yield from _hormone_tests(ctx)
            yield from _unit_readings(ctx)
        if ctx.enabled(HC):
            yield from _gestation_fields(ctx)
        texts = ctx.cells.text
        for cell in clinical_candidates(ctx, PREFILTER).tolist():
            for start, end, entity in measures_in(texts[cell]):
                if ctx.enabled(entity):
                    yield Span(cell, start, end, entity, _SCORE, "dictionary")


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
    out.extend(
        (m.start(), m.end(), HC)
        for m in _GESTATION.finditer(text)
        if GESTATION_WEEKS[0] <= int(m.group("w")) <= GESTATION_WEEKS[1]
    )
    return out


@register("clinical_measures")
def _factory(config: EngineConfig) -> ClinicalMeasureDetector | None:
    detector = ClinicalMeasureDetector()
    return detector if config.entities & detector.entities else None
