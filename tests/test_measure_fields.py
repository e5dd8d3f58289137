"""Vital-sign and lab readings labelled by their field's name, and health platforms' sample
types (detectors.clinical_measures: the field-named half of the measures family)."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig
from detectors.clinical_measures import FIELD_MEASURES, measure_field

PROC = "PROCEDURE"
_HK_BP = "HKQuantityTypeIdentifierBloodPressureSystolic"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


POSITIVES = [
    # remote monitoring feeds and wellness screening exports
    ("reading.systolic", "158", [(PROC, "158")]),
    ("Diastolic BP", "91", [(PROC, "91")]),
    ("glucose_mg_dl", "212", [(PROC, "212")]),
    ("bloodGlucose", "104.5", [(PROC, "104.5")]),
    ("spo2", "87", [(PROC, "87")]),
    ("SpO2 %", "93", [(PROC, "93")]),
    ("pr_bpm", "112", [(PROC, "112")]),
    ("resting_heart_rate", "61", [(PROC, "61")]),
    ("HbA1c", "6.1", [(PROC, "6.1")]),
    ("A1C Result", "7.4", [(PROC, "7.4")]),
    ("Total Cholesterol", "238", [(PROC, "238")]),
    ("BMI", "31.4", [(PROC, "31.4")]),
    # a screening vendor's short column names (biometric-screening probe)
    ("GLU", "97", [(PROC, "97")]),
    ("GLU_FASTING", "104", [(PROC, "104")]),
    ("TRIG", "175", [(PROC, "175")]),
    ("chol_total", "244", [(PROC, "244")]),
    ("blood_pressure", "142/91", [(PROC, "142/91")]),
    # a sleep-therapy platform's apnea-hypopnea index; a CMN's resting saturation with its %
    ("AHI", "3.4", [(PROC, "3.4")]),
    # an ED tracking board's triage acuity (urgent-care probe): five levels
    ("ESI", "2", [(PROC, "2")]),
    ("esi_level", "4", [(PROC, "4")]),
    ("CTAS", "3", [(PROC, "3")]),
    ("residual_ahi", "12", [(PROC, "12")]),
    ("spo2_at_rest", "86%", [(PROC, "86%")]),
    # a fertility clinic's ovarian-reserve labs on a consult lead or a cycle record
    ("AMH (ng/mL)", "1.1", [(PROC, "1.1")]),
    # an eating disorder programme's weight as a share of the ideal or median-BMI weight
    ("% IBW", "78%", [(PROC, "78%")]),
    ("pct_ibw", "79", [(PROC, "79")]),
    ("pct_mbmi", "84.5", [(PROC, "84.5")]),
    # a dermatology hub's eczema, psoriasis and quality-of-life scores (dermatology probe)
    ("EASI_Score__c", "24.5", [(PROC, "24.5")]),
    ("pasi", "12", [(PROC, "12")]),
    ("DLQI Total", "14", [(PROC, "14")]),
    ("amh_level", "2.4", [(PROC, "2.4")]),
    ("FSH", "9.2", [(PROC, "9.2")]),
    # a lead screening programme's venous or capillary blood lead level, in ug/dL
    ("Blood Lead Level (ug/dL)", "8.4", [(PROC, "8.4")]),
    ("bll", "12", [(PROC, "12")]),
    # a therapy intake's depression and anxiety screeners (tests/test_behavioral_health.py)
    ("screening.phq9_total", "17", [(PROC, "17")]),
    ("PHQ-9 Score", "22", [(PROC, "22")]),
    ("GAD-7 Total", "9", [(PROC, "9")]),
    ("phq2", "3", [(PROC, "3")]),
    # a newborn's bilirubin under its field (a discharge feed, the pediatric probe)
    ("tcb", "11.2", [(PROC, "11.2")]),
    ("total_bilirubin_mg_dl", "14.8", [(PROC, "14.8")]),
    # a rehabilitation practice's functional outcome measures, at intake and discharge
    # (tests/test_rehab_therapy_clinics.py)
    ("intake.lefs", "38", [(PROC, "38")]),
    ("Final QuickDASH", "11.4", [(PROC, "11.4")]),
    ("quickdash", "54.5", [(PROC, "54.5")]),
    ("ODI Score", "42", [(PROC, "42")]),
    ("discharge_ndi", "18", [(PROC, "18")]),
    ("Neck Disability Index", "24", [(PROC, "24")]),
    # a sideline concussion tool's symptom severity (tests/test_sports_medicine_athletics.py)
    ("scat5.symptom_severity", "34", [(PROC, "34")]),
    ("SCAT5 Symptom Severity Score", "21", [(PROC, "21")]),
    # a withdrawal-watch flowsheet's opioid and alcohol withdrawal scores (a jail's or a
    # detox unit's: tests/test_correctional_health.py)
    ("COWS Score", "14", [(PROC, "14")]),
    ("ciwa_ar_total", "17", [(PROC, "17")]),
    ("CIWA Score", "9", [(PROC, "9")]),
    # health platforms' sample types of vitals and labs
    ("type", _HK_BP, [(PROC, _HK_BP)]),
    ("dataType", "BloodGlucoseRecord", [(PROC, "BloodGlucoseRecord")]),
    ("dataTypeName", "com.google.oxygen_saturation", [(PROC, "com.google.oxygen_saturation")]),
]  # fmt: skip

NEGATIVES = [
    # a dashboard's count of ESI 2 arrivals, a level out of the scale, a triage nurse's
    # name, and an acuity written as a range are no one's triage level
    ("ESI 2", "41"),
    ("ESI", "7"),
    ("triage_nurse", "3"),
    ("triage_level", "3"),  # a symptom checker's triage is advice as often
    ("Acuity Max", "ESI 4-5"),
    # a clinic's average or goal AMH is no one's level; a clinic named for it no reading
    ("avg_amh", "2.1"),
    ("goal_fsh", "10"),
    ("amh", "AMH Clinic"),
    # activity, body size and weight are no measure (a parcel has a weight too)
    ("steps", "11234"),
    ("sleep_minutes", "412"),
    ("weight", "94"),
    ("weight_lb", "228"),
    ("type", "HKQuantityTypeIdentifierStepCount"),
    ("dataTypeName", "com.google.step_count.delta"),
    ("type", "SleepSessionRecord"),
    # out of the measure's range, or not a number
    ("systolic", "12"),
    ("spo2", "140"),
    ("glucose", "high"),
    ("bmi", "250"),
    # a short column out of its range, or a goal's; a bare ``tc`` is never read
    ("GLU", "1500"),
    ("goal_trig", "150"),
    ("TC", "244"),
    # thresholds, goals and aggregates are not a person's reading
    ("systolic_high", "180"),
    ("goal_glucose", "120"),
    ("avg_bmi", "29.8"),
    ("pct_hypertension_risk", "22"),
    ("thresholds.spo2", "90"),
    ("summary.systolic", "131"),
    # an ``hr`` is an hour, a ``bpm`` a song's tempo, ``pulse`` points a survey's
    ("hr", "120"),
    ("bpm", "120"),
    ("pulse_points", "150"),
    # a CRM lead's score or a paint's lead content is no blood level
    ("lead_score", "45"),
    ("blood_lead_threshold", "3.5"),
    ("Blood Lead Level (ug/dL)", "pending"),
    # an AHI goal or out of range; a percent sign alone is no reading
    ("ahi_goal", "5"),
    ("DLQI", "40"),  # out of the questionnaire's range
    ("thresholds.easi", "16"),  # a programme's cut-off, no one's score
    ("ahi", "400"),
    # a % IBW out of range, a cohort's average, a weight itself
    ("% IBW", "350"),
    ("summary.pct_ibw", "82"),
    ("weight_kg", "41.2"),
    ("spo2_at_rest", "%"),
    # an item's answer, a score out of the questionnaire's range, a report's average
    ("phq9_item9", "2"),
    ("PHQ-9 Score", "31"),
    ("gad7_total", "25"),
    ("Avg PHQ-9 at Admit", "15.4"),
    # an outcome measure out of its scale, a clinic's average, a measure's name as text
    ("lefs", "95"),
    ("avg_odi", "31.2"),
    ("quickdash", "not done"),
    # a dash that is no questionnaire; an NDI goal
    ("dash_score", "55"),
    ("ndi_goal", "10"),
    # a symptom severity out of the tool's scale, and a team's average
    ("symptom_severity", "150"),
    ("avg_symptom_severity", "12.5"),
    # a herd's count, a withdrawal score out of its scale, a unit's average
    ("cows", "120"),
    ("cows_score", "60"),
    ("avg_ciwa", "8.5"),
]

test_readings_by_field, test_not_readings = table_tests(POSITIVES, NEGATIVES)


def test_measure_field_reads_keys_not_values() -> None:
    assert FIELD_MEASURES[measure_field("device.readings[0].glucose_mg_dl")][0] == ("glucose",)
    assert measure_field("glucose_meter_serial") == -1
    assert measure_field("blood_pressure") == len(FIELD_MEASURES)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"visit": {"hematocrit": 41}}, [(PROC, "41")]),
        ({"Hct": "38"}, [(PROC, "38")]),
        ({"total_protein_g_dl": 6.9}, [(PROC, "6.9")]),
        ({"Total Protein": "7.1"}, [(PROC, "7.1")]),
        ({"Ferritin (ng/mL)": "9"}, [(PROC, "9")]),
        ({"ferritin_ng_ml": 212}, [(PROC, "212")]),
    ],
)
def test_a_donor_screenings_blood_counts(engine: Engine, record: dict, expected: list) -> None:
    """A blood or plasma centre's pre-donation haematocrit and serum protein are the
    donor's readings (tests/test_blood_plasma_organ_donation.py)."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["entity"], _leaf(record)[r["start"] : r["end"]]) for r in rows] == expected


@pytest.mark.parametrize(
    "record",
    [
        {"total_protein_g": 8},  # a meal's grams of protein
        {"protein": "7"},
        {"hematocrit": 140},  # out of range
        {"Total Protein": "Normal"},
        {"Ferritin Flag": "LOW"},
    ],
)
def test_not_a_donor_screenings_blood_count(engine: Engine, record: dict) -> None:
    assert engine.scan([record], source="t").findings.num_rows == 0


def _leaf(record: dict) -> str:
    """The one leaf value of a one-field record, as text."""
    value = next(iter(record.values()))
    return str(next(iter(value.values())) if isinstance(value, dict) else value)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # kidney function as PrEP monitoring (tests/test_sexual_health_prep.py) and an
        # imaging centre's pre-contrast check (tests/test_imaging_centres.py) report it
        ({"Creatinine (mg/dL)": "0.94"}, [(PROC, "0.94")]),
        ({"serum_creatinine": 1.1}, [(PROC, "1.1")]),
        ({"egfr": "104"}, [(PROC, "104")]),
        ({"creatinine_mg_dl": "1.4"}, [(PROC, "1.4")]),
        ({"Serum Creatinine": "0.9"}, [(PROC, "0.9")]),
        ({"screening": {"egfr": 52}}, [(PROC, "52")]),
        ({"GFR": "48"}, [(PROC, "48")]),
    ],
)
def test_kidney_function_readings(engine: Engine, record: dict, expected: list) -> None:
    """A person's serum creatinine and eGFR under fields named for them."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["entity"], _leaf(record)[r["start"] : r["end"]]) for r in rows] == expected


@pytest.mark.parametrize(
    "record",
    [
        {"creatinine": "250"},  # out of a serum creatinine's range
        {"creatinine_mg_dl": "45"},
        {"egfr": "999"},
        {"creatinine_goal": "1.0"},
        {"creatinine_protocol": "2"},
        {"avg_egfr": "88"},
        {"egfr": "pending"},
        {"creatinine": "Pending"},
    ],
)
def test_not_kidney_function_readings(engine: Engine, record: dict) -> None:
    assert engine.scan([record], source="t").findings.num_rows == 0


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a dialysis run sheet's adequacy and readings before the run, a kidney-care
        # list's labs, a transplant candidate's cPRA (tests/test_dialysis_kidney_care.py)
        ({"Kt/V": "1.38"}, [(PROC, "1.38")]),
        ({"spktv": 1.52}, [(PROC, "1.52")]),
        ({"URR (%)": "71"}, [(PROC, "71")]),
        ({"TSAT (%)": "18"}, [(PROC, "18")]),
        ({"albumin": 3.2}, [(PROC, "3.2")]),
        ({"UACR": "480"}, [(PROC, "480")]),
        ({"cPRA": "87%"}, [(PROC, "87%")]),
        ({"cpra": "12"}, [(PROC, "12")]),
        ({"CKD Stage": "4"}, [(PROC, "4")]),
        ({"pre_sbp": 148}, [(PROC, "148")]),
        ({"Post SBP": "131"}, [(PROC, "131")]),
        ({"egfr_at_initiation": 8}, [(PROC, "8")]),
    ],
)
def test_dialysis_and_kidney_care_readings(engine: Engine, record: dict, expected: list) -> None:
    """A dialysis patient's and a kidney-care member's results under fields named for them."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["entity"], _leaf(record)[r["start"] : r["end"]]) for r in rows] == expected


@pytest.mark.parametrize(
    "record",
    [
        {"Kt/V": "12"},  # out of a Kt/V's range
        {"ktv_target": "1.2"},  # a prescription's goal, not a result
        {"stats": {"urr": 70}},  # a facility's statistics
        {"CKD Stage": "7"},  # there are five
        {"cpra": "150"},
        {"albumin_goal": "4.0"},
        {"urr": "pending"},
    ],
)
def test_not_dialysis_readings(engine: Engine, record: dict) -> None:
    assert engine.scan([record], source="t").findings.num_rows == 0


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a scored sleep study's indices and a home sleep test's (tests/test_sleep_medicine.py)
        ({"rdi": 38.1}, [(PROC, "38.1")]),
        ({"odi_4pct": 27.9}, [(PROC, "27.9")]),
        ({"REI (events/hr)": "16.9"}, [(PROC, "16.9")]),
        ({"pAHI": "18.3"}, [(PROC, "18.3")]),
        ({"spo2_nadir_pct": 78}, [(PROC, "78")]),
        ({"Lowest SpO2": "81%"}, [(PROC, "81%")]),
        ({"last_study_ahi": 38}, [(PROC, "38")]),
        ({"qualifying_ahi": "22.6"}, [(PROC, "22.6")]),
        # sleep screeners' totals
        ({"epworth_total": 16}, [(PROC, "16")]),
        ({"ESS Score": "11"}, [(PROC, "11")]),
        ({"stop_bang_score": 6}, [(PROC, "6")]),
        ({"STOP-BANG": "5"}, [(PROC, "5")]),
        ({"isi_score": 19}, [(PROC, "19")]),
    ],
)
def test_sleep_study_and_screener_readings(engine: Engine, record: dict, expected: list) -> None:
    """A sleep study's indices and a sleep screener's total under fields named for them."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["entity"], _leaf(record)[r["start"] : r["end"]]) for r in rows] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an ePCR's vitals and a stroke log's deficit (tests/test_ems_prehospital.py)
        ({"gcs_total": 13}, [(PROC, "13")]),
        ({"Total GCS": "15"}, [(PROC, "15")]),
        ({"GCS Score": "8"}, [(PROC, "8")]),
        ({"nihss": 14}, [(PROC, "14")]),
        ({"NIHSS Score": "4"}, [(PROC, "4")]),
        ({"resp_rate": 24}, [(PROC, "24")]),
        ({"Respiratory Rate": "18"}, [(PROC, "18")]),
        ({"etco2": 31}, [(PROC, "31")]),
    ],
)
def test_prehospital_readings(engine: Engine, record: dict, expected: list) -> None:
    """A patient's GCS, NIHSS, breathing rate and end-tidal CO2 under fields named for them."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["entity"], _leaf(record)[r["start"] : r["end"]]) for r in rows] == expected


@pytest.mark.parametrize(
    "record",
    [
        {"epworth_total": 30},  # the scale ends at 24
        {"stop_bang_score": 12},  # and this one at 8
        {"isi_item_3": "2"},  # an item's answer, not the total
        {"ahi_goal": "5"},  # a target
        {"stats": {"rdi": 14}},  # a clinic's statistics
        {"Avg Residual AHI": "3.1"},  # a report's average
        {"rei": "n/a"},
    ],
)
def test_not_sleep_readings(engine: Engine, record: dict) -> None:
    assert engine.scan([record], source="t").findings.num_rows == 0


@pytest.mark.parametrize(
    "record",
    [
        {"gcs": 5},  # Google Cloud Storage's, in a pipeline's config
        {"gcs_bucket_count": "4"},
        {"gcs_total": "42"},  # out of the scale's 3 to 15
        {"nihss": "50"},
        {"stats": {"gcs_total": 14}},  # a dashboard's statistics
        {"resp_rate_goal": "16"},
    ],
)
def test_not_prehospital_readings(engine: Engine, record: dict) -> None:
    assert engine.scan([record], source="t").findings.num_rows == 0
