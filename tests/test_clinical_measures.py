"""detectors/clinical_measures.py: a measurement's label in the column and its value in the
cell (a health fair's screening sheet, a coach's log, a CHW's encounter), read whole."""

from __future__ import annotations

import pytest
from helpers import found

from detectors import Engine, EngineConfig
from detectors.clinical_measures import measure_column, measures_in

PROC = "PROCEDURE"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("clinical_measures",)))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("BP", "152/94"),
        ("BP", "152 / 94"),
        ("Blood Pressure", "148/92"),
        ("blood_pressure", "148/92"),
        ("screenings.bp", "148/92"),
        ("Glucose (mg/dL)", "212"),
        ("Glucose", "104 mg/dL"),
        ("HDL", "38"),
        ("LDL", "171"),
        ("Last A1c", "9.2"),
        ("A1C", "6.1%"),
        ("BMI", "33.4"),
        ("Total Cholesterol", "242"),
    ],
)
def test_a_measurement_column_holding_its_value(engine: Engine, field: str, value: str) -> None:
    assert found(engine, {field: value}) == [(PROC, value)]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("BP", "152"),  # a pressure is two numbers
        ("BP", "N/A"),
        ("Glucose (mg/dL)", "high"),
        ("Glucose", "5000"),  # out of range
        ("BMI", "Broadcast Music"),
        ("HR", "72"),  # a weak label's column: a department as often
        ("PSA", "4.1"),
        ("BP_count", "152"),  # not a measurement's column
        ("Weight (lbs)", "212.4"),
        ("HDL Vendor", "38"),
        ("Station", "BP/Glucose"),
    ],
)
def test_other_columns_and_values_are_not_measurements(
    engine: Engine, field: str, value: str
) -> None:
    assert found(engine, {field: value}) == []


def test_a_machine_field_is_not_read() -> None:
    engine = Engine(EngineConfig(ner=False, detectors=("clinical_measures",)))
    assert found(engine, {"updated_glucose": "120"}) == []  # a record stamp's column


@pytest.mark.parametrize(
    ("path", "label"),
    [("BP", 0), ("Glucose (mg/dL)", 12), ("rows[3].LDL", 5), ("Systolic", -1), ("HR", -1)],
)
def test_measure_column_names_the_label(path: str, label: int) -> None:
    assert measure_column(path) == label


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("low ferritin 9 ng/mL, iron advised", [(0, "ferritin 9")]),
        ("Ferritin: 212", [(0, "Ferritin: 212")]),
    ],
)
def test_a_ferritin_reading_in_text(text: str, expected: list) -> None:
    """An iron study's ferritin with its value (a blood centre's letter, a note)."""
    assert [(0, text[s:e]) for s, e, _entity in measures_in(text)] == expected


def test_ferritin_without_a_value_is_no_reading() -> None:
    assert measures_in("ferritin test kits in stock") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dialysis app's lab push and a care team's note (tests/test_dialysis_kidney_care.py)
        ("Your monthly labs are in: albumin 3.9, phosphorus 6.1", ["albumin 3.9"]),
        ("Albumin: 32 g/L, down from 36", ["Albumin: 32"]),
        # no value, or one out of a serum albumin's range
        ("albumin test kits in stock", []),
        ("egg albumin powder 500 g", []),
    ],
)
def test_an_albumin_reading_in_text(text: str, expected: list) -> None:
    assert [text[s:e] for s, e, _entity in measures_in(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TcB 11.2 mg/dL at 48 hours, low-intermediate risk", [(0, "TcB 11.2")]),
        ("total bilirubin 14.8, phototherapy started", [(0, "bilirubin 14.8")]),
    ],
)
def test_a_newborns_bilirubin_in_text(text: str, expected: list) -> None:
    """A nursery's jaundice check with its value (a discharge feed, a NICU update)."""
    assert [(0, text[s:e]) for s, e, _entity in measures_in(text)] == expected


def test_bilirubin_without_a_value_is_no_reading() -> None:
    assert measures_in("bilirubin lights on order; TcB meter calibrated") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # secure-chat and paging shorthand (tests/test_clinical_messaging_paging.py)
        ("bed 7 sats 86% on 4L, increased WOB", ["sats 86%"]),
        ("O2 sats 91% RA", ["O2 sats 91%"]),
        ("Rm 412B pt Hernandez K+ 6.1 pls call x4521", ["K+ 6.1"]),
        ("Critical: troponin 2.4, cards aware", ["troponin 2.4"]),
        ("trop I 0.45 up from 0.12", ["trop I 0.45"]),
        ("potassium 6.1 mmol/L, repeat ordered", ["potassium 6.1"]),
        # a monitor's alarm names its direction between the label and the value
        ("SpO2 LOW 84%", ["SpO2 LOW 84%"]),
        ("HR HIGH 142, BP 88/50", ["BP 88/50", "HR HIGH 142"]),
        # a rapid-response trigger's systolic pressure alone
        ("RRT called: SBP 78, HR 128", ["HR 128", "SBP 78"]),
        # an outreach list's reason states the comparison (biometric screening probe)
        ("BP >= 140/90 at screening", ["BP >= 140/90"]),
        ("Referral: LDL>190", ["LDL>190"]),
        ("glucose ≥ 126 fasting", ["glucose ≥ 126"]),
        # hard negatives: an exam's percentile, a race's name, a food label's potassium, a
        # saturation without its percent sign
        ("SAT 86% percentile", []),
        ("5K+ 10 runners registered", []),
        ("Potassium 4.7 g per serving", []),
        ("sats 86 on the chart", []),
        ("low sodium diet, high fiber", []),
        ("SBP 2024 annual report", []),
        ("BP >= 5000 barrels", []),  # out of a pressure's range
        ("Room >= 12 seats", []),
    ],
)
def test_a_paged_reading_in_text(text: str, expected: list) -> None:
    """Readings as nurses page them: a saturation, a potassium, a troponin, an alarm."""
    assert sorted(text[s:e] for s, e, _entity in measures_in(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a gestational age in weeks and days, as abortion clinics, funds and ultrasound
        # worksheets write it (tests/test_reproductive_health_access.py)
        ("8w3d", ["8w3d"]),
        ("D&E, 18w2d", ["18w2d"]),
        ("GA 6w0d by LMP", ["6w0d"]),
        # hard negatives: a ticket's spaced time estimate, days past a week, a week before
        # any pregnancy test, a code
        ("estimate 1w 2d 4h", []),
        ("8w9d", []),
        ("1w2d", []),
        ("SKU-8w3d", []),
        ("P8w3dQ", []),
    ],
)
def test_a_gestational_age_in_text(text: str, expected: list) -> None:
    """Weeks and days of a pregnancy run together: the person is pregnant (HEALTH_CONDITION)."""
    spans = measures_in(text)
    assert [text[s:e] for s, e, _entity in spans] == expected
    assert all(entity == "HEALTH_CONDITION" for _s, _e, entity in spans)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Weeks Pregnant", "11"),
        ("Est. Gestation", "6 weeks"),
        ("gestational_age", "9.5"),
        ("intake.gestational_age", "12 wks 4 days"),
        ("GA Weeks", "9"),
        ("ega", "20"),
        # an airline's fit-to-fly form asks it at the trip's date
        ("Gestation at Travel", "29 weeks"),
        ("weeks_pregnant_at_flight", "32"),
        # a pregnancy app's week (a Braze attribute, a push tool's tag)
        ("custom_attributes.pregnancy_week", "22"),
        ("tags.pregnancy_week", "31"),
        ("weeks_of_pregnancy", "12"),
    ],
)
def test_a_gestational_age_field(engine: Engine, field: str, value: str) -> None:
    assert found(engine, {field: value}) == [("HEALTH_CONDITION", value)]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("gestational_limit_weeks", "0"),  # a state policy table's limit
        ("gestational_limit_weeks", "15"),
        ("avg_ga_weeks", "7.8"),  # a clinic's monthly average
        ("stats.gestational_age", "8"),
        ("ga_session_number", "3"),  # GA4's session counter
        ("Weeks Pregnant", "Not sure"),
        ("Weeks Pregnant", "60"),  # out of a pregnancy's range
        ("weeks", "11"),  # no pregnancy word
        ("max_gestation_at_travel_weeks", "36"),  # an airline's policy limit
        ("travel_weeks", "12"),  # a trip's length, no pregnancy word
        ("pregnancy_week_chosen", "12"),  # an event's name, not a week
        ("pregnancy_weeks_count", "40"),  # a count
        ("pregnancy", "12"),  # no week word
        ("pregnancy_week", "52"),  # out of a pregnancy's range
    ],
)
def test_not_a_gestational_age_field(engine: Engine, field: str, value: str) -> None:
    assert found(engine, {field: value}) == []


@pytest.mark.parametrize(
    ("record", "field", "value"),
    [
        # a cellular glucose meter's units run together, LibreView's sensor readings, and
        # Garmin's unit spelt out (remote monitoring probe)
        ({"blood_glucose_mgdl": 186}, "blood_glucose_mgdl", "186"),
        ({"Historic Glucose mg/dL": "128"}, "Historic Glucose mg/dL", "128"),
        ({"Scan Glucose mg/dL": "131"}, "Scan Glucose mg/dL", "131"),
        (
            {"restingHeartRateInBeatsPerMinute": 58},
            "restingHeartRateInBeatsPerMinute",
            "58",
        ),
        # a reading's kind beside its values: a cuff vendor's ``metric``, Validic's type
        ({"metric": "blood_pressure", "value_1": 158}, "metric", "blood_pressure"),
        ({"reading_type": "Blood Glucose"}, "reading_type", "Blood Glucose"),
        ({"metrics": [{"type": "systolic"}]}, "metrics[0].type", "systolic"),
        # a value beside a vital's or a lab's unit (Dexcom's ``records[]``, a FHIR quantity)
        ({"records": [{"value": 243, "unit": "mg/dL"}]}, "records[0].value", "243"),
        ({"valueQuantity": {"value": 142, "unit": "mmHg"}}, "valueQuantity.value", "142"),
        # an at-home hormone strip's kind (a strip photo upload's ``test_type``, a
        # fertility monitor's ``test_kind``) and a tracker's ovulation test in HealthKit
        ({"test_type": "LH", "result": "Peak"}, "test_type", "LH"),
        ({"test_kind": "hCG"}, "test_kind", "hCG"),
        ({"strip_type": "PdG"}, "strip_type", "PdG"),
        (
            {"type": "HKCategoryTypeIdentifierPregnancyTestResult"},
            "type",
            "HKCategoryTypeIdentifierPregnancyTestResult",
        ),
        ({"recordType": "OvulationTestRecord"}, "recordType", "OvulationTestRecord"),
        # a workout's average and peak heart rate (Strava's activity, Peloton's workout
        # CSV, a heart-rate class summary: tests/test_fitness_clubs_par_q.py)
        ({"average_heartrate": 152.4}, "average_heartrate", "152.4"),
        ({"max_heartrate": 176.0}, "max_heartrate", "176.0"),
        ({"Avg Heart Rate (bpm)": "141"}, "Avg Heart Rate (bpm)", "141"),
        ({"peak_heart_rate_bpm": 183}, "peak_heart_rate_bpm", "183"),
        # a HealthKit export's blood type characteristic
        (
            {"HKCharacteristicTypeIdentifierBloodType": "HKBloodTypeAPositive"},
            "HKCharacteristicTypeIdentifierBloodType",
            "HKBloodTypeAPositive",
        ),
    ],
)
def test_device_feed_readings(engine: Engine, record: dict, field: str, value: str) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["field"], r["entity"], r["end"] - r["start"]) for r in rows] == [
        (field, PROC, len(value))
    ]


@pytest.mark.parametrize(
    "record",
    [
        # a wearable's score named for a vital (Oura's readiness contributors, 1-100)
        {"contributors": {"resting_heart_rate": 88, "hrv_balance": 74}},
        # activity and body size are no vital kind; a rule's metric is no person's reading
        {"metric": "steps", "value": 8841},
        {"type": "weight", "value": 81.2},
        {"thresholds": {"metric": "glucose", "value": 70}},
        # a kind word inside a longer value is a label, not a reading's kind
        {"metric": "glucose alerts fired per patient"},
        # a value beside another unit, a goal's or a reference range's, out of range
        {"records": [{"value": 81.2, "unit": "kg"}]},
        {"goal": {"value": 130, "unit": "mg/dL"}},
        {"referenceRange": [{"high": {"value": 99, "unit": "mg/dL"}}]},
        {"reading": {"value": 5000, "unit": "mg/dL"}},
        {"bpm": {"value": 120, "unit": "bpm"}},
        {"HKCharacteristicTypeIdentifierBloodType": "HKBloodTypeNotSet"},
        # an experiment's or a build's test, a hormone word under no test key, a
        # threshold's test
        {"test": "control"},
        {"test_type": "A/B"},
        {"test_name": "LH_checkout_button"},
        {"type": "LH"},  # a door's handing, a hinge's side
        {"thresholds": {"test_type": "LH"}},
        # only a heart rate is read with a workout's average or peak: a cohort's average
        # BMI or glucose, an average that is out of range, a heart-rate zone's bound
        {"avg_bmi": 31.2},
        {"average_glucose": 142},
        {"average_heartrate": 0},
        {"max_heart_rate_zone": 4},
        {"summary": {"avg_heart_rate": 131}},
    ],
)
def test_device_feed_non_readings(engine: Engine, record: dict) -> None:
    assert engine.scan([record], source="t").findings.num_rows == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a liver transplant referral's and a coordinator's note (tests/test_transplant_programs.py)
        ("Pt MELD-Na 27, listed", ["MELD-Na 27"]),
        ("MELD score of 31 today, bili 8.2", ["MELD score of 31"]),
        ("MELD 24; ascites", ["MELD 24"]),
        # no value, or one out of the score's range (6-40)
        ("meld the colors 12 times", []),
        ("MELD calculator page updated", []),
        ("MELD 2 of 3 slides", []),
    ],
)
def test_a_meld_score_in_text(text: str, expected: list) -> None:
    assert [text[s:e] for s, e, _entity in measures_in(text)] == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("MELD", "24"),
        ("MELD-Na", "27"),
        ("meld_score", "31"),
        ("Tacrolimus Trough (ng/mL)", "8.4"),
        ("tac_trough", "7.2"),
        ("sirolimus_level", "6.1"),
        ("cyclosporine", "180"),
        ("LAS", "48.7"),
        ("lung_allocation_score", "52.1"),
    ],
)
def test_a_transplant_programmes_reading_under_its_field(
    engine: Engine, field: str, value: str
) -> None:
    """A liver candidate's allocation score and a recipient's immunosuppressant level."""
    assert found(engine, {field: value}) == [(PROC, value)]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("MELD", "100"),  # out of range
        ("meld", "Meld Studio"),
        ("tacrolimus", "2 mg"),  # a dose, the dictionary's
        ("tac", "8.4"),  # a bare "tac" names no drug
        ("avg_meld", "22"),  # an aggregate's
        ("tacrolimus_target", "8"),  # a protocol's target is no one's reading
        ("LAS", "250"),
        ("las", "Las Vegas"),
    ],
)
def test_not_a_transplant_reading(engine: Engine, field: str, value: str) -> None:
    assert found(engine, {field: value}) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's supplemental oxygen by its flow, as an evacuation manifest, a special
        # needs registry and a page write it (tests/test_disaster_shelters_emergency.py)
        ("O2 2 LPM NC", ["O2 2 LPM NC"]),
        ("on oxygen 3 L/min continuous at home", ["oxygen 3 L/min continuous"]),
        ("pt on O2 4L, sats 93%", ["O2 4L", "sats 93%"]),
        ("Oxygen: 2 lpm", ["Oxygen: 2 lpm"]),
        # hard negatives: no unit, a flow no one breathes, a venue, a product's volume
        ("O2 2", []),
        ("oxygen 40 LPM pump", []),
        ("O2 Arena 20 L", []),
        ("Oxygen 2 liters can", []),
    ],
)
def test_an_oxygen_flow_in_text(text: str, expected: list) -> None:
    assert sorted(text[s:e] for s, e, _entity in measures_in(text)) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"O2": "2 LPM NC"}, [("PROCEDURE", "2 LPM NC")]),
        ({"Oxygen": "3 L/min continuous"}, [("PROCEDURE", "3 L/min continuous")]),
        ({"O2": "2"}, []),
        ({"O2": "N/A"}, []),
    ],
)
def test_an_oxygen_flow_column(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # a pregnancy's week in a newsletter's or an app's user record (the baby-registry
        # probe): the person is pregnant, as a gestational age says
        ("Pregnancy Week", "14", [("HEALTH_CONDITION", "14")]),
        ("pregnancy_week", "31", [("HEALTH_CONDITION", "31")]),
        ("week_of_pregnancy", "22", [("HEALTH_CONDITION", "22")]),
        ("custom_attributes.pregnancy_week", "9", [("HEALTH_CONDITION", "9")]),
        # a baby's age, a newsletter's send week, a policy's limit and an average are not
        ("baby_age_weeks", "7", []),
        ("newsletter_week", "14", []),
        ("max_pregnancy_week", "36", []),
        ("avg_pregnancy_week", "21", []),
        ("Pregnancy Week", "Not sure", []),
        ("Pregnancy Week", "52", []),
    ],
)
def test_a_pregnancy_week_field(engine: Engine, field: str, value: str, expected: list) -> None:
    assert found(engine, {field: value}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an alcohol test's concentration, as an interlock's violation report and a remote
        # breath test's alert write it (tests/test_court_ordered_treatment_monitoring.py)
        ("Failed startup test, BrAC 0.082 - temporary lockout", ["BrAC 0.082"]),
        ("submitted a Non-Compliant test (BAC: 0.032).", ["BAC: 0.032"]),
        ("BAC of 0.15 at arrest", ["BAC of 0.15"]),
        # hard negatives: a ticker's price, a bare zero, no value, a glued word
        ("BAC 34.12 closed higher", []),
        ("BAC 0", []),
        ("BAC team meeting", []),
        ("ABAC 0.05", []),
    ],
)
def test_an_alcohol_concentration_in_text(text: str, expected: list) -> None:
    assert [text[s:e] for s, e, _entity in measures_in(text)] == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("bac", "0.032"),
        ("BrAC", "0.043"),
        ("peakTac", "0.087"),
        ("BAC at Arrest", "0.142"),
        ("breath_alcohol", "0.02"),
        ("blood_alcohol_level", "0.11"),
    ],
)
def test_an_alcohol_test_reading_under_its_field(engine: Engine, field: str, value: str) -> None:
    """A remote breath test's, an interlock's, a transdermal monitor's reading."""
    assert found(engine, {field: value}) == [(PROC, value)]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("bac", "34.12"),  # out of range: no one's alcohol level
        ("bac_range", "0.000-0.400 %BAC"),  # a breathalyser catalog's range
        ("tacThreshold", "0.02"),  # a monitoring agency's setting
        ("thresholds.bac", "0.08"),
        ("tac", "0.05"),  # a bare "tac" (tacrolimus, a tactic)
        ("legal_limit_bac", "0.08"),
    ],
)
def test_not_an_alcohol_test_reading(engine: Engine, field: str, value: str) -> None:
    assert found(engine, {field: value}) == []
