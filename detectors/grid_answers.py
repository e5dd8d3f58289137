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
    * Consumer-data compilers and reply-card keying vendors write the same thing as flag
      columns: ``Ailment: Arthritis``, ``AILMENT_COPD``, ``CSNP_DIABETES_FLAG``,
      ``CHK_SLEEP_STUDY`` = ``Y`` / ``X`` (:data:`FLAG_PREFIXES`, :data:`FLAG_SUFFIXES`).
      The marker is required: a column named for a term alone (``Dementia``, a clinic
      listing's ``mammogram: true``) is not read.
    * Eligibility files that employers and plans send to digital health vendors write a
      claims-derived flag the same way: ``has_diabetes`` = ``1``, ``Diabetes Eligible`` /
      ``diabetes_program_eligible`` = ``Y`` (the person was found eligible for that
      programme because claims show the condition). A ``has_`` / ``is_`` column is boolean
      by its name, so its ``1`` is "true" there (:data:`BOOLEAN_PREFIXES`); elsewhere a
      ``1`` may be a count and stays unread. A donor screen's ``took_aspirin_last_48h`` =
      ``true`` is one too (:data:`INTAKE_PREFIXES`): the drug is the words after the verb.
      So is a CDP's computed interest trait (``interested_in_ivf`` = ``true``:
      :data:`INTEREST_LEADS`), and a flag that a service was ordered, booked, done or is
      due for the person (``amh_test_ordered``, ``colonoscopy_due``).
    * A questionnaire's column named by the question's number and its topic (a
      living-donor health questionnaire's ``Q10_KidneyStones``, Qualtrics' renamed
      questions) is marked by the number as a flag column is by its prefix: "Yes" or "Yes -
      one episode in 2016" says the term applies; "No" says nothing. A bare topic column
      (``KidneyStones``) stays unread, as above.
    * A modelled propensity of a named condition (``Diabetes Propensity Score`` = ``87``,
      ``propensities.high_cholesterol_rx`` = ``0.82``) is health context of the person on
      the row at any positive value: the list was rented for it. Zero, blanks and words
      other than "high" / "likely" say nothing.
    * A yes/no question about the person as the column or key, with no option after it
      (a pharmacy's vaccine screening: ``Do you have a weakened immune system due to
      cancer treatment or HIV?``, ``Are you currently sick with a fever?``), asks whether
      the health term it names applies: "Yes" says it does. Only questions put to the
      person (``do you``, ``have you``, ``are you``, ``has the patient``): ``Does your
      plan cover the shingles vaccine?`` asks about a plan, ``Would you like a flu shot
      reminder?`` about a wish. The longest whole term of up to six words is taken.
    * A column named for a term alone is read only when its value is a lab result
      (``Chlamydia`` = "Negative", ``HIV`` = "Non-reactive", ``Trichomoniasis`` =
      "Detected": :data:`RESULT_WORDS`), as at-home test kits and lab vendors export a
      panel one column per infection: the value says the person was tested for it, a
      PROCEDURE whatever the result (a negative test is health, as
      tests/test_occupational_health_testing.py decided for drug tests), and so is a
      column of what was tested before a result tail (a screening's ``Nicotine Result``,
      ``Cotinine Test``: :data:`RESULT_TAILS`). "Yes", "true" or a count there stay unread
      (a clinic listing's ``HIV`` = "Yes" is a service it offers).
    * A pedigree's or a family-history intake's age at diagnosis, the condition in the
      column's name (pedigreejs' ``breast_cancer_diagnosis_age`` = ``42``, ``Colon Cancer
      Age at Dx`` = "48", an onset age): a positive age says the person (a relative, in a
      pedigree: family history is health context of the family's record) had the
      condition, as a past episode's count does. ``0`` (a CanRisk file's "unaffected"), an
      unknown age and a column that names no condition (``Relative 1 Age at Dx``) say
      nothing (:data:`ONSET_SUFFIXES`).
    * Costs one regex and one lookup per distinct field path; cells are read only in the
      few fields whose option is a health term.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator, Sequence

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.dictionary import health_term_entity
from detectors.field_names import key_tokens, unnumbered, whole_values
from detectors.registry import register
from detectors.spans import Span
from detectors.vocabulary import HEALTH_ENTITIES

KIND = "grid_answer"
SCORE = 0.6
#: An option at the end of a column name: Google Forms' ``Question [Option]``, the
#: `` - Option`` of SurveyMonkey's and Qualtrics' split columns.
#: REDCap's label export writes a checkbox field's option as ``Label (choice=Option)``.
_OPTION = re.compile(
    r"\[([^\[\]]{2,80})\]\s*$|\s[-\u2013]\s([^-\u2013]{2,80})$|\w:\s*([^:]{2,80})$"
    r"|\(choice=([^()]{2,80})\)\s*$"
)
#: Answers that mean "this option applies" (lower case, trimmed). Not ``1``: a report's
#: ``Leads - Mammogram`` column counts, and a count of one says nothing about a person.
AFFIRMATIVE = pa.array(
    ["yes", "y", "true", "checked", "x", "selected", "si", "sí"],
    type=pa.large_string(),
)
#: An affirmative answer followed by its reason or its details (a lead form's "Yes - could
#: not tolerate the mask", "Y, since 2019"; a screening export's ``burn_pit_exposure`` =
#: "YES - Balad AB, Iraq 2005-2006", "Yes: daily", "Y (2019)"): the person said yes, and
#: what follows says why, where, when or how much, no negation of it. "Yes" alone is
#: :data:`AFFIRMATIVE`. A dash must stand apart ("X-ray" and "Y-axis" are no answers).
_AFFIRMED_WITH_DETAILS = (
    r"(?i)^\s*(?:yes|y|s[ií]|true|checked|x)(?:\s+[-\x{2013}]|\s*[:;,(])\s*[^\s\-\x{2013}:;,(]"
)
#: Answers of a boolean-named flag column: a ``1`` is "true" there, not a count.
BOOLEAN_YES = pa.array([*AFFIRMATIVE.to_pylist(), "1"], type=pa.large_string())
_ENTITIES = tuple(sorted(HEALTH_ENTITIES))
#: First tokens of a flag column that put a term after them (``AILMENT_COPD``,
#: ``CHK_SLEEP_STUDY``, a Medicare C-SNP list's ``CSNP_DIABETES_FLAG``).
FLAG_PREFIXES = frozenset({"ailment", "ailments", "chk", "csnp", "snp", "hx", "dx"})
#: Last tokens of a flag column (``DIABETES_FLAG``, ``COPD_IND``).
FLAG_SUFFIXES = frozenset(
    {"flag", "flg", "ind", "indicator", "yn"}
    # a programme-eligibility flag of an eligibility file (``Diabetes Eligible``)
    | {"eligible", "elig", "eligibility"}
    # a therapy or a drug the person could not tolerate (a sleep-implant candidate form's
    # ``cpap_intolerant``, a lipid clinic's ``statin_intolerance`` = "Y"): the person was
    # on it, so the term is theirs
    | {"intolerant", "intolerance"}
    # a drug, a vaccine or a treatment given to the person at a visit (an abortion or a
    # prenatal clinic's ``RhoGAM Given`` = "Yes", an ED's ``Narcan Administered`` = "Y"):
    # it was given to this person; "Consent Given" names no term and stays unread
    | {"given", "administered"}
    # a service ordered, booked or done for the person, or one they are due, as a CDP's
    # computed trait or a CRM's checkbox says it (``amh_test_ordered``,
    # ``colonoscopy_scheduled``, ``sleep_study_completed``, ``mammogram_due`` = true): the
    # term is this person's care; "Payment Due" and "Training Completed" name no term
    | {"ordered", "scheduled", "booked", "completed", "due"}
)
#: Last tokens of an app's mode switch named for a condition (a cycle tracker's
#: ``pregnancy_mode`` = true, a ``postpartum_mode``, a ``menopause_mode``): the person
#: turned on the app's mode for the condition they are in, so ``true`` says it is theirs.
#: Only a condition: ``dark_mode``, ``travel_mode`` and ``test_mode`` name none, and a
#: device's ``rehab_mode`` or a cleanse app's ``detox_mode`` name a programme, not a
#: state of the person (:func:`flag_option`).
MODE_SUFFIXES = frozenset({"mode"})
#: First tokens of a boolean-named column (``has_diabetes``, ``is_pregnant``): a flag
#: whose ``1`` means true (:data:`BOOLEAN_YES`).
BOOLEAN_PREFIXES = frozenset({"has", "is"})
#: First tokens of a CDP's computed interest trait (Segment Engage's, mParticle's or
#: Tealium's ``interested_in_ivf``, ``interest_in_bariatric_surgery``, Google's
#: ``in_market_for_hearing_aids`` = true): a boolean by its name, like ``has_``, saying the
#: person's browsing put them in that care's audience; the term is the words after it.
INTEREST_LEADS = (("interested", "in"), ("interest", "in"), ("in", "market", "for"))
#: First tokens of a boolean column asking whether the person took a drug, with a time
#: window after it (a donor screen's ``took_aspirin_last_48h``, ``taking_finasteride``):
#: the drug is the leading words after the verb, the window is not looked up.
INTAKE_PREFIXES = frozenset({"took", "taking", "takes", "taken", "using", "uses"})
#: Words that make a column a flag of a toxic exposure the person reports, the exposure
#: being the whole key (a PACT Act screening's ``burn_pit_exposure``, VA.gov's 10-10EZ
#: ``exposedToAgentOrange`` = ``true``): looked up whole, as "burn pit exposure" and
#: "exposed to agent orange" are terms, so a bare ``exposure`` or a campaign's
#: ``ad_exposure`` is not read (no term).
EXPOSURE_WORDS = frozenset({"exposure", "exposed"})
#: Tokens of a modelled propensity column (``Diabetes Propensity Score``).
SCORE_TOKENS = frozenset({"propensity", "propensities", "likelihood"})
#: Tokens around the term in a propensity column, dropped to find it.
SCORE_TAILS = frozenset({"score", "model", "decile", "index", "rx"})
#: Parents whose keys are terms: a list API's ``propensities.high_cholesterol_rx``,
#: ``ailments.arthritis``.
SCORE_PARENTS = SCORE_TOKENS | {"propensity scores"}
#: A release-of-information form's sensitive-record consents (``include_sensitive.
#: substance_use_disorder_records: true``): the patient has such records to release.
FLAG_PARENTS = frozenset(
    {"ailment", "ailments", "include sensitive", "sensitive records", "sensitive information"}
    # a screening questionnaire's answers keyed by the question's term (an employee-health
    # TB symptom screen's ``answers.persistent_cough`` = ``Yes``), and an application's
    # questions keyed so (a Medicare Advantage enrollment's ``questions.esrd`` = "Yes")
    | {"answers", "responses", "questions"}
    # a dental or medical intake form's history section keyed by the condition
    # (``medical_history.high_blood_pressure`` = "Yes"): the patient's own history
    | {"medical history", "health history", "medical conditions", "health conditions"}
    # a vaccination consent's or a booking's pre-vaccination screening keyed by what it
    # asks (a school flu clinic form's ``screening.asthmaOrWheezingPast12Months`` = "Yes",
    # ``screening.egg_allergy``): the person's own answer, as an intake's history is
    | {"screening", "screener", "prescreening", "pre screening", "screening questions"}
    | {"screening answers", "screening responses", "health screening", "vaccine screening"}
)
#: Tokens of a screening key's time window or connective after its term (``past12``,
#: ``last 24h``, ``in the past year``): said about the term, never a term themselves.
_WINDOW_TOKENS = frozenset(
    {"past", "last", "within", "in", "the", "recent", "recently", "current", "currently",
     "now", "ever", "today", "prior", "day", "days", "week", "weeks", "month", "months",
     "year", "years", "yr", "yrs", "mo", "mos", "hour", "hours", "hrs"}
)  # fmt: skip
_WINDOW_TOKEN = re.compile(r"(?:past|last|within)?\d+[a-z]{0,6}")
_ALTERNATIVES = frozenset({"or", "and"})
#: Last tokens of a column that records a person's own status or result for the vaccine,
#: test or condition before them: an employee-health compliance report's ``Flu Vaccine
#: Status`` = "Compliant - Vaccinated", ``COVID-19 Status`` = "Declined - Medical
#: Exemption", ``Hep B Titer`` = "Immune". Any real value is that person's record (a
#: declination too); blanks and placeholders say nothing.
STATUS_SUFFIXES = frozenset({"status", "result", "results", "titer", "titre", "titers"})
#: First tokens of a count of a person's own past episodes of a condition (an ImPACT-like
#: baseline's ``Number of Previous Concussions`` = "1", ``prior_fractures``): a positive
#: count says the person had it, read like a propensity, and so does "Yes" (a jail's
#: intake screening's ``prior_suicide_attempt``: :data:`HISTORY`). The count's own
#: words before them are dropped. Only a condition: a fertility calculator's
#: ``prior_ivf_cycles`` counts a treatment as an input (tests/test_elective_care.py).
HISTORY_PREFIXES = frozenset({"previous", "prior", "past"})
COUNT_LEADS = frozenset({"number", "num", "no", "of", "count", "total"})
#: First tokens of a yes/no history question keyed by the condition (a jail's intake
#: screening's ``history_of_alcohol_withdrawal``, ``hx_of_seizures``): "Yes" says the
#: person had it, as under a ``prior_`` key (read there as a count too).
HISTORY_OF = (("history", "of"), ("hx", "of"))
#: Last tokens of the same question keyed with the condition first (a med spa's or a
#: dermatology intake app's ``cold_sore_history`` = ``true``, ``keloid_hx`` = "Yes"):
#: "Yes" or ``true`` says the person had it; only a condition counts, as after
#: :data:`HISTORY_OF` (``purchase_history`` and ``medical_history`` name none).
HISTORY_SUFFIXES = frozenset({"history", "hx"})
#: A modelled propensity that says the person is likely: a positive number, or the word.
_POSITIVE_SCORE = (
    r"(?i)^(?:0*\.\d*[1-9]\d*|0*[1-9]\d*(?:\.\d+)?%?|high|very high|likely|very likely)$"
)
AFFIRM, SCORE, BOOLEAN, STATUS, RESULT, HISTORY, ONSET, SUBSCRIBED = 0, 1, 2, 3, 4, 5, 6, 7
#: Last tokens of a column that holds the age at which the person was diagnosed with the
#: condition before them, as pedigree tools and family-history intakes head it
#: (pedigreejs' ``breast_cancer_diagnosis_age``, ``Colon Cancer Age at Dx``, an onset
#: age): a positive age says the person had it (:data:`_DIAGNOSIS_AGE`).
ONSET_SUFFIXES: tuple[tuple[str, ...], ...] = (
    ("diagnosis", "age"), ("dx", "age"), ("age", "at", "diagnosis"), ("age", "at", "dx"),
    ("age", "dx"), ("onset", "age"), ("age", "at", "onset"), ("age", "of", "onset"),
)  # fmt: skip
#: An age at diagnosis: a whole number of years from 1 to 119 (a CanRisk file's and a
#: pedigree's ``0`` says the person is unaffected; "AU", an unknown age, says nothing).
_DIAGNOSIS_AGE = r"^\s*(?:[1-9]\d?|1[01]\d)(?:\.0)?(?:\s*(?:y|yr|yrs|years?))?\s*$"
#: Last tokens of a preference centre's topic column (a MyChart-like communication
#: preferences export's ``Pregnancy Updates``, a data extension's ``Diabetes Newsletter``,
#: ``Heart Health Tips``): the topic is the term before them, and a subscription to it
#: says the person is on that health topic's list, as a list's name does.
SUBSCRIPTION_TAILS = frozenset(
    {"updates", "newsletter", "newsletters", "reminders", "alerts", "tips", "news", "emails",
     "texts", "mailings", "series"}
)  # fmt: skip
#: Trailing tokens that mark such a column as the opt-in itself (``Diabetes_Newsletter_
#: OptIn``, ``cancer_updates_subscribed``): dropped before the tail is looked for.
_OPT_IN_MARKS = (("opt", "in"), ("opted", "in"), ("optin",), ("subscribed",), ("subscription",))
#: A subscription's affirmative states, with details after them ("Opted in - weekly",
#: "Subscribed (SMS)"): "Opted out", "Unsubscribed" and "Not subscribed" say nothing.
_SUBSCRIBED = r"(?i)^\s*(?:opted[\s_-]?in|opt[\s_-]?in|subscribed|enrolled)(?:$|[\s:;,(\-])"
#: Whole values (lower case, trimmed) that are a lab test's qualitative result: under a
#: column named for a term alone they say the person was tested for it (see above).
RESULT_WORDS = pa.array(
    ["positive", "negative", "pos", "neg", "detected", "not detected", "undetected",
     "non-detected", "reactive", "non-reactive", "nonreactive", "indeterminate",
     "equivocal",
     # an imaging or examination column's reading (a visa medical's ``Chest X-ray`` = "No
     # abnormality detected", an ECG's "Abnormal"): the person had the test, as a lab's
     # result says
     "normal", "abnormal", "no abnormality detected", "within normal limits", "wnl"],
    type=pa.large_string(),
)  # fmt: skip
#: The entity of a result under a term's column: the test of it, whatever the term is.
RESULT_ENTITY = "PROCEDURE"
#: Words of a class or a service about a term, after it in a reply card's checkbox
#: (``CHK_DIABETES_EDUCATION``, ``INT_ARTHRITIS_SEMINAR``): the term is what was ticked.
SERVICE_TAILS = frozenset(
    {"education", "class", "classes", "seminar", "seminars", "program", "programs",
     "support", "management", "info", "information", "workshop", "screening",
     # the records of a term a release form lists (``hiv_test_results``)
     "records", "results", "notes"}
)  # fmt: skip


#: First words of a yes/no question put to the person the row is about.
_ASKING = frozenset({"do", "does", "did", "have", "has", "had", "are", "is", "were", "was"})
#: Who the question asks about, right after its verb (``do you``, ``has the patient``).
_ASKED = frozenset({("you",), ("the", "patient"), ("the", "member"), ("the", "child")})
#: A doctor who told the person, right after the verb (a PAR-Q's ``Has your doctor ever
#: said that you have a heart condition OR high blood pressure?``, ``Has a physician ever
#: told you ...``): what the doctor said is of the person the form is about, so the
#: question asks about the person. Only with a saying verb right after the doctor
#: (:data:`_TOLD`): ``Has your doctor's office sent you a flu shot reminder?`` is a wish.
_TOLD_BY = frozenset(
    {("your", "doctor"), ("your", "physician"), ("a", "doctor"), ("a", "physician")}
)
_TOLD = frozenset({"said", "told", "diagnosed", "say", "tell"})


def _asks_about_person(toks: tuple[str, ...]) -> bool:
    """True when a question's tokens (its verb first) ask about the person the row is
    about: ``do you``, ``has the patient``, ``has your doctor ever said``."""
    if any(toks[1 : 1 + len(who)] == who for who in _ASKED):
        return True
    return toks[1:3] in _TOLD_BY and not _TOLD.isdisjoint(toks[3:5])


#: A question's number before it (``Q1:``, ``q12``, ``3a``), as screeners head columns.
_QUESTION_NUMBER = re.compile(r"^q?\d{1,3}[a-z]?$")
#: Longest term looked up inside a question, in words.
_QUESTION_TERM_WORDS = 6


def question_entity(path: str) -> str | None:
    """The health entity of the longest whole term inside a yes/no question about the
    person that ends ``path`` (``Are you currently sick with a fever?``), or None."""
    if not path.rstrip().endswith("?"):
        return None
    keys = key_tokens(path)
    toks = keys[-1] if keys else ()
    if toks and _QUESTION_NUMBER.match(toks[0]):
        toks = toks[1:]  # a pre-screener's numbered question (``Q1: Have you been ...?``)
    if len(toks) < 3 or toks[0] not in _ASKING or not _asks_about_person(toks):
        return None
    for n in range(min(_QUESTION_TERM_WORDS, len(toks) - 2), 0, -1):
        for i in range(2, len(toks) - n + 1):
            entity = health_term_entity(" ".join(toks[i : i + n]))
            if entity is not None:
                return entity
    return None


@functools.lru_cache(maxsize=16384)
def option_entity(path: str) -> int:
    """Index into the health entities of the option a column name ends with (or of the
    term a yes/no question names: :func:`question_entity`), or -1."""
    m = _OPTION.search(path)
    entity = None if m is None else health_term_entity((m[1] or m[2] or m[3] or m[4]).strip())
    if entity is None:
        # no option, or a numbered question read as one (``Q1: Have you ...?``)
        entity = question_entity(path)
    return -1 if entity is None else _ENTITIES.index(entity)


@functools.lru_cache(maxsize=16384)
def flag_option(path: str) -> tuple[int, int]:
    """``(entity index, AFFIRM, SCORE, BOOLEAN, STATUS or HISTORY)`` of a flag or propensity
    column, or ``(-1, 0)``."""
    keys = key_tokens(path)
    if not keys or not keys[-1]:
        return -1, AFFIRM
    toks, parent = list(keys[-1]), " ".join(keys[-2]) if len(keys) > 1 else ""
    mode, marked, condition_only = AFFIRM, parent in FLAG_PARENTS, False
    if parent in SCORE_PARENTS or SCORE_TOKENS.intersection(toks):
        mode, marked = SCORE, True
        toks = [t for t in toks if t not in SCORE_TOKENS]
        while toks and toks[-1] in SCORE_TAILS:
            toks.pop()
    else:
        lead = toks
        while lead and lead[0] in COUNT_LEADS:
            lead = lead[1:]
        if len(lead) > 1 and lead[0] in HISTORY_PREFIXES and not marked:
            toks, marked, mode, condition_only = lead[1:], True, HISTORY, True
        elif len(toks) > 2 and tuple(toks[:2]) in HISTORY_OF and not marked:
            toks, marked, condition_only = toks[2:], True, True
        elif len(toks) > 1 and toks[-1] in HISTORY_SUFFIXES:
            toks, marked, condition_only = toks[:-1], True, True
        elif toks and toks[0] in FLAG_PREFIXES:
            toks, marked = toks[1:], True
        elif len(unnumbered(tuple(toks))) < len(toks):
            # a questionnaire's numbered question keyed by its topic (a living-donor health
            # questionnaire's ``Q10_KidneyStones`` = "Yes - one episode in 2016")
            toks, marked = toks[1:], True
        elif len(toks) > 1 and toks[0] in BOOLEAN_PREFIXES:
            toks, marked, mode = toks[1:], True, BOOLEAN
        elif (lead := _interest_lead(toks)) is not None:
            toks, marked, mode = lead, True, BOOLEAN
        elif len(toks) > 1 and toks[0] in INTAKE_PREFIXES:
            return _intake_flag(toks[1:])
        elif len(toks) > 2 and EXPOSURE_WORDS.intersection((toks[0], toks[-1])):
            entity = health_term_entity(" ".join(toks))
            return (-1, AFFIRM) if entity is None else (_ENTITIES.index(entity), BOOLEAN)
        if toks and toks[-1] in FLAG_SUFFIXES:
            toks, marked = toks[:-1], True
        elif len(toks) > 1 and toks[-1] in MODE_SUFFIXES and not marked:
            toks, marked, condition_only = toks[:-1], True, True
        elif len(toks) > 1 and toks[-1] in STATUS_SUFFIXES and not marked:
            toks, marked, mode = toks[:-1], True, STATUS
        elif not marked and (topic := _subscription_topic(toks)):
            toks, marked, mode = topic, True, SUBSCRIBED
    if not marked or not toks:
        return -1, AFFIRM
    # a brand in camel case is split by the key's tokens (``RhoGAM Given``: ``rho gam``),
    # so the term is also looked up with its tokens run together
    entity = health_term_entity(" ".join(toks)) or health_term_entity("".join(toks))
    if condition_only and entity != "HEALTH_CONDITION":
        return -1, AFFIRM
    if entity is None and len(toks) > 1 and toks[-1] in SERVICE_TAILS:
        entity = health_term_entity(" ".join(toks[:-1]))
    if entity is None and len(toks) > 1 and mode == AFFIRM and parent in FLAG_PARENTS:
        entity = _alternatives_entity(list(keys[-1]))  # the key as asked, no prefix cut
    return (-1, AFFIRM) if entity is None else (_ENTITIES.index(entity), mode)


def _alternatives_entity(toks: list[str]) -> str | None:
    """The entity of the first whole term among a screening key's alternatives, its time
    window dropped (``asthma or wheezing past12 months``: "asthma"), or None. A key that is
    one phrase with more than a window (``flu shot reminder opt in``) names no term. A
    history question's lead is dropped (``hx_of_seizures``, ``prior_suicide_attempt``),
    and then only a condition counts, as in a history column (:data:`HISTORY_OF`)."""
    history = False
    if len(toks) > 2 and tuple(toks[:2]) in HISTORY_OF:
        toks, history = toks[2:], True
    elif len(toks) > 1 and toks[0] in HISTORY_PREFIXES:
        toks, history = toks[1:], True
    part: list[str] = []
    for tok in [*toks, "or"]:
        if tok not in _ALTERNATIVES:
            part.append(tok)
            continue
        while part and (part[-1] in _WINDOW_TOKENS or _WINDOW_TOKEN.fullmatch(part[-1])):
            part.pop()
        entity = health_term_entity(" ".join(part)) if part else None
        if entity is not None and (entity == "HEALTH_CONDITION" or not history):
            return entity
        part = []
    return None


def _cut(
    toks: Sequence[str], affixes: Iterable[tuple[str, ...]], *, lead: bool
) -> list[str] | None:
    """``toks`` without the first of ``affixes`` they open with (``lead``) or end with,
    when a token is left; None when none of them is there."""
    for affix in affixes:
        n = len(affix)
        if len(toks) > n and tuple(toks[:n] if lead else toks[-n:]) == affix:
            return list(toks[n:] if lead else toks[:-n])
    return None


def _subscription_topic(toks: list[str]) -> list[str]:
    """The topic of a preference column (:data:`SUBSCRIPTION_TAILS`, an opt-in mark
    dropped first: ``diabetes newsletter opt in`` -> ``["diabetes"]``), or ``[]``."""
    toks = _cut(toks, _OPT_IN_MARKS, lead=False) or toks
    if len(toks) > 1 and toks[-1] in SUBSCRIPTION_TAILS:
        return toks[:-1]
    return []


def _interest_lead(toks: list[str]) -> list[str] | None:
    """The tokens after an interest trait's lead (:data:`INTEREST_LEADS`:
    ``interested in ivf`` -> ``ivf``), or None when the key has no such lead."""
    return _cut(toks, INTEREST_LEADS, lead=True)


def _intake_flag(toks: list[str]) -> tuple[int, int]:
    """``(entity index, BOOLEAN)`` of the longest leading term after an intake verb
    (``aspirin`` of ``took_aspirin_last_48h``), or ``(-1, AFFIRM)``."""
    for n in range(min(_QUESTION_TERM_WORDS, len(toks)), 0, -1):
        entity = health_term_entity(" ".join(toks[:n]))
        if entity is not None:
            return _ENTITIES.index(entity), BOOLEAN
    return -1, AFFIRM


#: Last tokens of a test's result column after what was tested (a spouse's screening
#: row's ``Nicotine Result``, a lab vendor's ``Cotinine Test``).
RESULT_TAILS = frozenset({"result", "results", "test", "screen"})


@functools.lru_cache(maxsize=16384)
def result_column(path: str) -> bool:
    """True when a path's last key is a whole health term alone (``Chlamydia``, ``HIV``),
    or what was tested before a result tail (:data:`RESULT_TAILS`), named as a term or as
    its test (``Nicotine Result``: "nicotine test"): a panel's column whose lab result is
    read (:data:`RESULT_WORDS`). A bare ``Result`` names nothing tested."""
    keys = key_tokens(path)
    toks = keys[-1] if keys else ()
    if not toks:
        return False
    if health_term_entity(" ".join(toks)) is not None:
        return True
    if len(toks) < 2 or toks[-1] not in RESULT_TAILS:
        return False
    tested = " ".join(toks[:-1])
    return (
        health_term_entity(tested) is not None or health_term_entity(f"{tested} test") is not None
    )


@functools.lru_cache(maxsize=16384)
def onset_entity(path: str) -> int:
    """Index into the health entities of the condition a diagnosis-age column names
    (:data:`ONSET_SUFFIXES`: ``ovarian_cancer_diagnosis_age``), or -1. Only a condition: a
    ``Relative 1 Age at Dx`` names none, and a treatment's start age is no diagnosis."""
    keys = key_tokens(path)
    condition = _cut(keys[-1] if keys else (), ONSET_SUFFIXES, lead=False)
    if condition is not None and health_term_entity(" ".join(condition)) == "HEALTH_CONDITION":
        return _ENTITIES.index("HEALTH_CONDITION")
    return -1


def _column(path: str) -> tuple[int, int]:
    k = option_entity(path)
    if k >= 0:
        return k, AFFIRM
    k = onset_entity(path)
    if k >= 0:
        return k, ONSET
    flag = flag_option(path)
    if flag[0] >= 0 or not result_column(path):
        return flag
    return _ENTITIES.index(RESULT_ENTITY), RESULT


class GridAnswerDetector:
    """Affirmative answers in columns whose option is a health term."""

    name = "grid_answers"
    entities = frozenset(HEALTH_ENTITIES)

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        paths = ctx.cells.paths
        if len(ctx.cells) == 0:
            return
        columns = np.array([_column(p) for p in paths], dtype=np.int64).reshape(-1, 2)
        code = columns[:, 0][ctx.cells.hint_id]
        wanted = np.flatnonzero(code >= 0)
        if len(wanted) == 0:
            return
        vals = whole_values(ctx, wanted)
        # ``vals.usable`` would screen "yes" out as a placeholder: here it is the answer
        lower = pc.utf8_lower(vals.text)
        yes = pc.is_in(lower, value_set=AFFIRMATIVE).to_numpy(zero_copy_only=False)
        ok = yes | pc.match_substring_regex(vals.text, _AFFIRMED_WITH_DETAILS).to_numpy(
            zero_copy_only=False
        )
        mode = columns[:, 1][ctx.cells.hint_id][wanted]
        boolean = mode == BOOLEAN
        if boolean.any():
            true = pc.is_in(lower, value_set=BOOLEAN_YES).to_numpy(zero_copy_only=False)
            ok = np.where(boolean, true | ok, ok)
        scored = (mode == SCORE) | (mode == HISTORY)
        if scored.any():
            likely = pc.match_substring_regex(vals.text, _POSITIVE_SCORE)
            likely = likely.to_numpy(zero_copy_only=False)
            # a past episode is told by a positive count or by "Yes" (``prior_suicide_attempt``)
            ok = np.where(scored, likely | (ok & (mode == HISTORY)), ok)
        subscribed = mode == SUBSCRIBED
        if subscribed.any():
            opted = pc.match_substring_regex(vals.text, _SUBSCRIBED).to_numpy(zero_copy_only=False)
            ok = np.where(subscribed, ok | opted, ok)
        status = mode == STATUS
        if status.any():
            ok = np.where(status, vals.usable, ok)
        result = mode == RESULT
        if result.any():
            tested = pc.is_in(pc.utf8_trim_whitespace(lower), value_set=RESULT_WORDS)
            ok = np.where(result, tested.to_numpy(zero_copy_only=False), ok)
        onset = mode == ONSET
        if onset.any():
            aged = pc.match_substring_regex(vals.text, _DIAGNOSIS_AGE)
            ok = np.where(onset, aged.to_numpy(zero_copy_only=False), ok)
        for j in np.flatnonzero(ok).tolist():
            cell = int(vals.cells[j])
            entity = _ENTITIES[code[cell]]
            if ctx.enabled(entity):
                yield Span(cell, int(vals.start[j]), int(vals.end[j]), entity, SCORE, KIND)


@register("grid_answers")
def _factory(config: EngineConfig) -> GridAnswerDetector | None:
    return GridAnswerDetector() if config.entities & HEALTH_ENTITIES else None
