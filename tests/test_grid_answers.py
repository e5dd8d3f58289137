"""A checked option's answer is health context when its column's option is a health term."""

from __future__ import annotations

import pytest
from helpers import found_fields, table_tests

from detectors import Engine, EngineConfig
from detectors.grid_answers import option_entity

HC, MED, PROC = "HEALTH_CONDITION", "MEDICATION", "PROCEDURE"
Q = "Has the patient been diagnosed with any of the following?"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


POSITIVES = [
    (f"{Q} [Dementia]", "Yes", [(HC, "Yes")]),  # Google Forms checkbox grid
    (f"{Q} [Heart failure]", " yes ", [(HC, "yes")]),
    ("Which conditions apply? - Hypertension", "Checked", [(HC, "Checked")]),  # SurveyMonkey
    ("Q7 - Which services are you interested in? - Mammogram", "Selected", [(PROC, "Selected")]),
    ("Services of interest [Colonoscopy]", "X", [(PROC, "X")]),
    ("Current medications \u2013 Metformin", "TRUE", [(MED, "TRUE")]),
    # a multi-select that writes the option itself: the dictionary's, exact span
    ("Which conditions apply? - Diabetes", "Diabetes", [(HC, "Diabetes")]),
    # consumer-data compilers' ailment flags, reply cards keyed in, C-SNP prospect lists
    ("Ailment: Arthritis", "Y", [(HC, "Y")]),
    ("AILMENT_COPD", "Y", [(HC, "Y")]),
    ("CSNP_DIABETES_FLAG", "Y", [(HC, "Y")]),
    ("CHK_SLEEP_STUDY", "X", [(PROC, "X")]),
    ("CHK_DIABETES_EDUCATION", "X", [(HC, "X")]),  # a class about the term
    ("copd_ind", "true", [(HC, "true")]),
    # a modelled propensity at any positive value
    ("Diabetes Propensity Score", "87", [(HC, "87")]),
    ("high_cholesterol_propensity", "0.82", [(HC, "0.82")]),
    ("Arthritis Likelihood", "High", [(HC, "High")]),
    # a release-of-information form's sensitive-record consents
    ("include_sensitive.substance_use_disorder_records", "true", [(HC, "true")]),
    ("include_sensitive.hiv_test_results", "Yes", [(PROC, "Yes")]),
    # an eligibility file's claims-derived programme flags (tests/test_eligibility_files.py)
    ("Diabetes Eligible", "Y", [(HC, "Y")]),
    # a therapy or a drug the person could not tolerate, answered with its reason
    # (tests/test_sleep_medicine.py's implant candidate lead)
    (
        "cpap_intolerant",
        "Yes - could not tolerate the mask",
        [(PROC, "Yes - could not tolerate the mask")],
    ),
    ("CPAP Intolerance", "Y", [(PROC, "Y")]),
    (f"{Q} [Asthma]", "Yes, since 2019", [(HC, "Yes, since 2019")]),
    ("diabetes_program_eligible", "Y", [(HC, "Y")]),
    ("has_diabetes", "1", [(HC, "1")]),
    ("has_diabetes", "true", [(HC, "true")]),
    ("is_prediabetic", "Yes", [(HC, "Yes")]),
    # a pharmacy's vaccine screening: a yes/no question about the person names the term
    (
        "Do you have a weakened immune system due to cancer treatment or HIV?",
        "Yes",
        [(HC, "Yes")],
    ),
    ("Are you currently sick with a fever?", "Y", [(HC, "Y")]),
    ("Have you had a flu shot this season?", "yes", [(PROC, "yes")]),
    ("Is the patient on insulin?", "Yes", [(MED, "Yes")]),
    # a PAR-Q: the person's doctor said it of the person (tests/test_fitness_clubs_par_q.py)
    (
        "Has your doctor ever said that you have a heart condition OR high blood pressure?",
        "Yes",
        [(HC, "Yes")],
    ),
    ("Has a physician ever told you that you have asthma?", "Y", [(HC, "Y")]),
    # an employee-health compliance report's status of a named vaccine or test: any real
    # value is the person's record, a declination too
    ("Flu Vaccine Status", "Compliant - Vaccinated", [(MED, "Compliant - Vaccinated")]),
    ("COVID-19 Status", "Declined - Medical Exemption", [(HC, "Declined - Medical Exemption")]),
    ("Hep B Titer", "Immune", [(HC, "Immune")]),
    ("tb_test_result", "Negative", [(PROC, "Negative")]),
    # a screening questionnaire's answers keyed by the question's term
    ("answers.persistent_cough", "Yes", [(HC, "Yes")]),
    # an enrollment application's questions keyed by the term (a Medicare Advantage ESRD
    # question, tests/test_medicare_brokers_enrollment.py)
    ("questions.esrd", "Yes", [(HC, "Yes")]),
    # REDCap's label export heads each checkbox option ``Label (choice=Option)``, and a
    # trial pre-screener numbers its yes/no questions (clinical research probe)
    (
        "Which conditions have you been diagnosed with? (choice=Type 2 diabetes)",
        "Checked",
        [(HC, "Checked")],
    ),
    ("Q1: Have you been diagnosed with plaque psoriasis?", "Yes", [(HC, "Yes")]),
    ("q12 Do you have asthma?", "Yes", [(HC, "Yes")]),
    # a dental intake form's medical history keyed by the condition
    ("medical_history.high_blood_pressure", "Yes", [(HC, "Yes")]),
    ("health_history.asthma", "Y", [(HC, "Y")]),
    # a positive count of the person's own past events of a condition (an ImPACT-like
    # concussion baseline's history questions)
    ("Number of Previous Concussions", "1", [(HC, "1")]),
    ("prior_concussions", "2", [(HC, "2")]),
    # a jail's intake screening keys its history questions by the condition: "Yes" says
    # the person had it (tests/test_correctional_health.py)
    ("prior_suicide_attempt", "Yes", [(HC, "Yes")]),
    ("history_of_alcohol_withdrawal", "Yes", [(HC, "Yes")]),
    ("screening.hx_of_seizures", "Y", [(HC, "Y")]),
    # a med spa's or a dermatology intake app's history keyed with the condition first
    # (tests/test_medical_spa_aesthetics.py): ``true`` or "Yes" says the person had it
    ("answers.cold_sore_history", "true", [(HC, "true")]),
    ("Cold Sore History", "Y", [(HC, "Y")]),
    ("keloid_hx", "Yes", [(HC, "Yes")]),
    # a vaccination consent's or a booking's pre-vaccination screening keyed by what it
    # asks, alternatives and a time window around the term
    # (tests/test_vaccine_clinics_immunization.py)
    ("screening.asthmaOrWheezingPast12Months", "Yes", [(HC, "Yes")]),
    ("screening.fever_last_24h", "Y", [(HC, "Y")]),
    ("prescreening.egg_allergy", "Yes", [(HC, "Yes")]),
    ("answers.seizures_or_brain_disorder", "Yes", [(HC, "Yes")]),
    # a jail's intake screening object keyed by its history questions
    # (tests/test_correctional_health.py)
    ("screening.prior_suicide_attempt", "Yes", [(HC, "Yes")]),
    # a preference centre's topic column opted into (a MyChart-like communication
    # preferences export, a data extension's opt-in column): the person is on that list
    # (tests/test_consent_privacy_requests.py)
    ("Pregnancy Updates", "Opted in - weekly", [(HC, "Opted in - weekly")]),
    ("Diabetes_Newsletter_OptIn", "true", [(HC, "true")]),
    ("Cancer Updates", "Subscribed (SMS)", [(HC, "Subscribed (SMS)")]),
    ("diabetes_newsletter", "Y", [(HC, "Y")]),
    # a CDP's computed interest traits and a service ordered, booked, done or due for the
    # person (tests/test_reverse_etl_audience_sync.py)
    ("traits.interested_in_ivf", "true", [(PROC, "true")]),
    ("interested_in_ivf", "1", [(PROC, "1")]),  # a boolean by its name, as ``has_``
    ("interest_in_bariatric_surgery", "TRUE", [(PROC, "TRUE")]),
    ("in_market_for_hearing_aids", "true", [(PROC, "true")]),
    ("amh_test_ordered", "true", [(PROC, "true")]),
    ("colonoscopy_due", "Y", [(PROC, "Y")]),
    ("sleep_study_completed", "Yes", [(PROC, "Yes")]),
    ("user_attributes.mammogram_scheduled", "true", [(PROC, "true")]),
    # an app's mode switched on for the person's condition (a cycle tracker's pregnancy
    # mode: tests/test_cycle_tracking_apps.py)
    ("properties.pregnancy_mode", "true", [(HC, "true")]),
    ("pregnancyMode", "TRUE", [(HC, "TRUE")]),
    ("settings.postpartum_mode", "Yes", [(HC, "Yes")]),
    # a fertility chart's test column with its result (Kindara-like ``opk``)
    ("opk", "positive", [(PROC, "positive")]),
]
NEGATIVES = [
    ("screening.asthmaOrWheezingPast12Months", "No"),
    ("screening.flu_shot_reminder_opt_in", "Yes"),  # a wish: more than a window after it
    ("screening.completed_past_12_months", "Yes"),  # no term
    ("screening.prior_flu_shot", "Yes"),  # a history lead: only a condition counts
    ("screening.fever_last_24h", "Not sure"),
    ("Which conditions have you been diagnosed with? (choice=COPD)", "Unchecked"),
    ("How did you hear about us? (choice=Facebook)", "Checked"),
    ("Q1: Have you been diagnosed with plaque psoriasis?", "No"),
    ("Q2: Are you able to attend weekday visits?", "Yes"),  # no health term
    ("Q3: Does your insurance cover psoriasis treatment?", "Yes"),  # about a plan
    (f"{Q} [Dementia]", "No"),
    (f"{Q} [Dementia]", "Never"),
    (f"{Q} [Heart failure]", "Not sure"),
    ("How would you rate the class? [Content]", "Yes"),  # not a health option
    ("Please rate your experience - Wait time", "Yes"),
    ("Which conditions apply? - Other", "Yes"),
    ("Which conditions apply? - Other (please specify)", "Checked"),
    ("How would you rate your provider? [Listened carefully]", "Yes"),
    ("Describe your symptoms", "Yes"),  # the question's words are no option
    ("Dementia", "Yes"),  # a column named for a condition without a question is not a grid
    ("utm_campaign - diabetes", "campaign"),
    ("Ailment: Arthritis", "N"),
    ("Ailment: Arthritis", ""),
    ("AILMENT_HEART", "Y"),  # no whole term
    ("INT_GOLF", "Y"),
    ("CHK_NEWSLETTER_EDUCATION", "X"),
    ("mammogram", "true"),  # a clinic listing's service: no flag marker
    ("CSNP_CHF_FLAG", "N"),
    ("include_sensitive.substance_use_disorder_records", "false"),
    ("settings.hiv_test_results", "true"),  # no marker: a feature switch
    ("include_sensitive.billing_records", "true"),  # no health term
    ("Diabetes Propensity Score", "0"),
    ("Diabetes Propensity Score", "Low"),
    ("propensity_score", "87"),  # no term
    ("Time: Noon", "Yes"),
    ("Are you currently sick with a fever?", "No"),
    ("Has your doctor ever said that you have a heart condition OR high blood pressure?", "No"),
    ("Has your doctor ever said that you should only do medically supervised activity?", "Yes"),
    ("Has your doctor's office sent you a flu shot reminder?", "Yes"),  # the office, a wish
    ("Does your plan cover the shingles vaccine?", "Yes"),  # about a plan, not the person
    ("Would you like a flu shot reminder?", "Yes"),  # a wish
    ("Do you have a primary care physician?", "Yes"),  # no health term
    ("Are you 65 or older?", "Yes"),
    ("Do you have diabetes", "Yes"),  # no question mark: a column named for a term
    ("Flu Vaccine Status", ""),  # blank and placeholders say nothing
    ("Flu Vaccine Status", "N/A"),
    ("Order Status", "Shipped"),  # no health term before the status
    ("Vaccine Status", "Compliant"),  # no vaccine named: a programme's compliance flag
    ("answers.night_sweats", "No"),
    ("answers.favorite_color", "Yes"),
    (
        "Leads - Mammogram",
        "1",
    ),  # a report's count  # an option's column, an answer that is no "yes"
    ("has_diabetes", "0"),
    ("Diabetes Eligible", "N"),
    ("has_children", "1"),  # no health term
    ("is_active", "1"),
    ("diabetes_1", "1"),  # no boolean marker: a ``1`` elsewhere may be a count
    ("Benefits Eligible", "Y"),  # eligible for benefits, no condition
    # an intake form's medical history answered "No" says nothing; a non-term key neither
    ("medical_history.diabetes", "No"),
    ("questions.esrd", "No"),
    ("questions.other_rx_coverage", "Yes"),  # no health term
    ("esrd", "Yes"),  # a term alone, no marker: a listing's service as often
    # a count of none, a count of no health term, a report's count of a term
    ("Number of Previous Concussions", "0"),
    ("Previous Visits", "3"),
    ("prior_authorizations", "2"),
    ("prior_ivf_cycles", "2"),  # a calculator's count of a treatment, not a condition
    ("Concussions", "1"),
    ("medical_history.taking_vitamins", "Yes"),
    # a negative with its reason, a word that starts like "yes", an intolerance of no term
    ("cpap_intolerant", "No - uses it nightly"),
    (f"{Q} [Asthma]", "Yesterday"),
    ("risk_intolerant", "Yes"),
    # a history answered "No", or a history of no condition, says nothing
    ("prior_suicide_attempt", "No"),
    ("history_of_alcohol_withdrawal", "No"),
    ("history_of_payments", "Yes"),
    ("prior_ivf_cycles", "Yes"),  # a treatment, not a condition
    ("history_of_colonoscopy", "Yes"),  # a procedure: the history rules read conditions
    ("answers.keloid_history", "false"),
    ("cold_sore_history", "No"),
    ("purchase_history", "Yes"),  # no condition before ``history``
    ("medical_history", "true"),
    ("answers.order_history", "true"),
    ("botox_history", "Yes"),  # a drug, not a condition
    # a topic opted out of, unsubscribed or not subscribed says nothing; an opt-in to a
    # topic that is no health term
    ("Pregnancy Updates", "Opted out"),
    ("Diabetes Newsletter", "Unsubscribed"),
    ("Cancer Updates", "Not subscribed"),
    ("Appointment Reminders", "Yes"),
    ("Monthly Newsletter", "Opted in"),
    # an interest or a service flag that is false, or of no health term
    ("traits.interested_in_ivf", "false"),
    ("interested_in_ivf", "0"),
    ("interested_in_newsletter", "true"),
    ("interest_in_rate", "1"),
    ("in_market_for_suvs", "true"),
    ("amh_test_ordered", "false"),
    ("payment_due", "Y"),
    ("training_completed", "Yes"),
    ("consult_booked", "true"),  # "consult" names no care
    ("interested_in", "true"),  # the lead alone
    # a mode that is off, or names no condition (a programme or a setting is no state
    # of the person)
    ("pregnancy_mode", "false"),
    ("dark_mode", "true"),
    ("test_mode", "true"),
    ("rehab_mode", "true"),
    ("detox_mode", "Yes"),
    ("mode", "true"),
]
test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


@pytest.mark.parametrize(
    ("path", "entity"),
    [
        (f"{Q} [Dementia]", HC),
        ("Which services? - Mammogram", PROC),
        ("Which services? - Mammogram ", PROC),
        ("Rate us [Parking]", None),
        ("first-name", None),  # a hyphen without spaces is a word's
        ("Dementia", None),
    ],
)
def test_option_entity(path: str, entity: str | None) -> None:
    k = option_entity(path)
    assert (None if k < 0 else (HC, MED, PROC)[k]) == entity


def test_a_record_with_an_identifier_and_a_checked_condition_is_phi(engine: Engine) -> None:
    record = {"Email Address": "ruth@example.org", f"{Q} [Dementia]": "Yes"}
    assert bool(engine.scan([record], source="t").phi[0])
    record[f"{Q} [Dementia]"] = "No"
    assert not bool(engine.scan([record], source="t").phi[0])


def test_a_rented_list_row_with_a_modelled_condition_is_phi(engine: Engine) -> None:
    record = {
        "individual": {"name": {"first": "Samuel", "last": "Okafor"}},
        "propensities": {"high_cholesterol_rx": 0.82},
    }
    result = engine.scan([record], source="t")
    assert bool(result.phi[0])
    fields = {r["field"] for r in result.findings.to_pylist() if r["category"] == "health"}
    assert fields == {"propensities.high_cholesterol_rx"}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a donor screen's intake flag: the drug is the words after the verb
        ({"answers": {"took_aspirin_last_48h": True}}, {("answers.took_aspirin_last_48h", MED)}),
        ({"taking_finasteride": "Yes"}, {("taking_finasteride", MED)}),
        ({"took_isotretinoin_past_month": "1"}, {("took_isotretinoin_past_month", MED)}),
        # a hard negative of this table until the intake verbs were read: a "Yes" to taking
        # blood thinners is health context, as yes/no screening questions are
        (
            {"medical_history": {"taking_blood_thinners": "Yes"}},
            {("medical_history.taking_blood_thinners", MED)},
        ),
        # a drug given at the visit, its brand in camel case split by the key's tokens
        # (an abortion clinic's ``RhoGAM Given``: tests/test_reproductive_health_access.py)
        ({"RhoGAM Given": "Yes"}, {("RhoGAM Given", MED)}),
        ({"Narcan Administered": "Y"}, {("Narcan Administered", MED)}),
    ],
)
def test_a_drug_intake_flag(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        {"took_aspirin_last_48h": False},
        {"took_aspirin_last_48h": "No"},
        {"took_survey": True},
        {"using_coupon": True},
        {"took_aspirin_last_48h": 3},  # a count is no "yes"
        {"RhoGAM Given": "No"},
        {"Consent Given": "Yes"},  # no term
        {"Notice Administered": "Y"},
    ],
)
def test_not_a_drug_intake_flag(engine: Engine, record: dict) -> None:
    assert found_fields(engine, record) == set()


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an at-home STI kit's or a lab vendor's panel, one column per infection
        # (tests/test_sexual_health_prep.py): a negative result is a test all the same
        ({"Chlamydia": "Negative"}, [(PROC, "Negative")]),
        ({"HIV": "Non-reactive"}, [(PROC, "Non-reactive")]),
        ({"Trichomoniasis": " Detected "}, [(PROC, "Detected")]),
        ({"results": {"syphilis": "REACTIVE"}}, [(PROC, "REACTIVE")]),
        ({"Gonorrhea": "not detected"}, [(PROC, "not detected")]),
        # an imaging or examination column's reading (a visa medical's chest X-ray)
        ({"Chest X-ray": "No abnormality detected"}, [(PROC, "No abnormality detected")]),
        ({"ECG": "Abnormal"}, [(PROC, "Abnormal")]),
        # what was tested before a result tail (biometric screening probe: a spouse's
        # nicotine screen), named as a term or as its test
        ({"Nicotine Result": "Negative"}, [(PROC, "Negative")]),
        ({"Cotinine Test": "Positive"}, [(PROC, "Positive")]),
    ],
)
def test_a_lab_result_under_a_terms_column(engine: Engine, record: dict, expected: list) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    leaf = next(iter(record.values()))
    text = str(next(iter(leaf.values())) if isinstance(leaf, dict) else leaf)
    assert [(r["entity"], text[r["start"] : r["end"]]) for r in rows] == expected


@pytest.mark.parametrize(
    "record",
    [
        {"HIV": "Yes"},  # a clinic listing's service, no result
        {"Chlamydia": "42"},  # an aggregate's count
        {"Chlamydia": "true"},
        {"Sentiment": "Negative"},  # no health term
        {"Result": "Positive"},
        {"Result": "Normal"},
        {"Sentiment": "Normal"},  # no health term
        {"Chest X-ray": "Normal hours apply"},  # prose, not a reading
        {"Chlamydia": "Negative for now, retest in 3 months"},  # prose, not a result value
        {"Sentiment Result": "Negative"},  # no health term before the tail
        {"Background Check Result": "Negative"},
        {"Nicotine Result": "Yes"},  # an attestation, no result
    ],
)
def test_not_a_lab_result_under_a_terms_column(engine: Engine, record: dict) -> None:
    assert found_fields(engine, record) == set()


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a toxic exposure the person reports, the exposure being the whole key (a PACT Act
        # screening, VA.gov's 10-10EZ; tests/test_military_veterans_health.py)
        ({"exposedToAgentOrange": True}, {("exposedToAgentOrange", HC)}),
        ({"burn_pit_exposure": "Yes"}, {("burn_pit_exposure", HC)}),
        # an affirmative answer with its details after it
        ({"burn_pit_exposure": "YES - Balad AB, Iraq 2005-2006"}, {("burn_pit_exposure", HC)}),
        ({f"{Q} [Dementia]": "Yes - since 2021"}, {(f"{Q} [Dementia]", HC)}),
        # a questionnaire's numbered question keyed by its topic (a living-donor health
        # questionnaire: tests/test_transplant_programs.py)
        ({"Q10_KidneyStones": "Yes - one episode in 2016"}, {("Q10_KidneyStones", HC)}),
        ({"QID12_Diabetes": "Yes"}, {("QID12_Diabetes", HC)}),
    ],
)
def test_an_exposure_flag_and_a_yes_with_details(
    engine: Engine, record: dict, expected: set
) -> None:
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        {"exposedToAgentOrange": False},
        {"burn_pit_exposure": "NO"},
        {"burn_pit_exposure": "No - never deployed"},
        # an exposure that names no health term, and an ad's exposure
        {"ad_exposure": "yes"},
        {"exposure": "Yes"},
        {"sun_exposure": "Yes"},
        # a word that begins like "yes" or a "y" is no answer
        {f"{Q} [Dementia]": "Yesterday"},
        {f"{Q} [Dementia]": "Y-axis"},
        # a numbered question answered no or with a count, a number without the question's
        # letter, a topic that is no health term, a bare topic column
        {"Q9_HighBloodPressure": "No"},
        {"Q2_Diabetes": "3"},
        {"12_diabetes": "Yes"},
        {"Q7_Rating": "Yes"},
        {"KidneyStones": "Yes"},
    ],
)
def test_not_an_exposure_flag(engine: Engine, record: dict) -> None:
    assert found_fields(engine, record) == set()


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a pedigree's and a family-history intake's age at diagnosis, the condition in the
        # column's name (tests/test_genetic_counseling_pedigrees.py)
        (
            {"pedigree": [{"breast_cancer_diagnosis_age": 42}]},
            {("pedigree[0].breast_cancer_diagnosis_age", "HEALTH_CONDITION")},
        ),
        ({"ovarian_cancer_diagnosis_age": "58"}, {("ovarian_cancer_diagnosis_age", HC)}),
        ({"Colon Cancer Age at Dx": "48"}, {("Colon Cancer Age at Dx", "HEALTH_CONDITION")}),
        ({"prostate_cancer_dx_age": "61 yrs"}, {("prostate_cancer_dx_age", "HEALTH_CONDITION")}),
        ({"diabetes_age_at_onset": "12"}, {("diabetes_age_at_onset", "HEALTH_CONDITION")}),
    ],
)  # fmt: skip
def test_an_age_at_diagnosis(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        # unaffected (a CanRisk file's 0), an unknown age, a blank, a column naming no
        # condition, a treatment's start age, an age past any life
        {"breast_cancer_diagnosis_age": 0},
        {"breast_cancer_diagnosis_age": "AU"},
        {"breast_cancer_diagnosis_age": ""},
        {"Relative 1 Age at Dx": "39"},
        {"Age at Diagnosis": "71"},
        {"mammogram_age_at_onset": "40"},
        {"breast_cancer_diagnosis_age": "420"},
        {"launch_age_at_onset": "5"},
    ],
)
def test_not_an_age_at_diagnosis(engine: Engine, record: dict) -> None:
    assert found_fields(engine, record) == set()
