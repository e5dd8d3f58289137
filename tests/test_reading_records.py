"""A reading-time field is the person's DATE when a field beside it holds a vital-sign or
lab measurement by its name (detectors.reading_records)."""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.reading_records import reading_time_paths


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


def _dates(engine: Engine, record: dict) -> list[str]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    return sorted(r["field"] for r in rows if r["entity"] == "DATE")


@pytest.mark.parametrize(
    ("record", "field"),
    [
        # a glucometer feed: the reading and its time side by side
        ({"glucose_mg_dl": 212, "taken_at": "2024-11-04T19:02:00-05:00"}, "taken_at"),
        # a BP cuff feed: the reading's object one level below its time
        (
            {"reading": {"systolic": 158, "diastolic": 96}, "measured_at": "2024-11-04 07:12"},
            "measured_at",
        ),
        # a pulse oximeter alert
        ({"spo2": 87, "alert_time": "2024-11-04T03:41:00Z"}, "alert_time"),
        # a wearable sync's bare time beside a resting heart rate
        ({"resting_heart_rate": 61, "date": "2024-11-03"}, "date"),
        # nested in a list item, camelCase
        (
            {"readings": [{"bloodGlucose": 104, "effectiveDateTime": "2024-09-18T07:45:00Z"}]},
            "readings[0].effectiveDateTime",
        ),
        # a screening sheet's columns, labelled with their units
        ({"Time": "2024-03-14T08:12:00Z", "Glucose (mg/dL)": "212 mg/dL"}, "Time"),
        ({"screenings": {"BP": "152/94", "taken_at": "2024-03-14 09:40"}}, "screenings.taken_at"),
    ],
)
def test_the_time_of_a_reading(engine: Engine, record: dict, field: str) -> None:
    assert _dates(engine, record) == [field]


@pytest.mark.parametrize(
    ("record", "field"),
    [
        # a cellular meter's time word first (Smart Meter-like ``date_recorded``)
        (
            {"blood_glucose_mgdl": 186, "date_recorded": "2024-03-02T07:02:11-06:00"},
            "date_recorded",
        ),
        # a HealthKit sample typed as a vital, beside its own ``startDate``
        (
            {"type": "HKQuantityTypeIdentifierHeartRate", "startDate": "2024-03-02 08:15:22 -0500"},
            "startDate",
        ),
        # a HealthKit correlation whose vital kind sits one level below the time
        (
            {
                "startDate": "2024-03-02 07:10:00 -0600",
                "Record": [{"type": "HKQuantityTypeIdentifierBloodPressureSystolic"}],
            },
            "startDate",
        ),
        # Health Connect: the record's type above its samples' times
        (
            {"recordType": "HeartRateRecord", "samples": [{"time": "2024-03-02T14:00:00Z"}]},
            "samples[0].time",
        ),
        # a CGM API's reading by its unit, timed as the receiver displayed it
        (
            {
                "records": [
                    {"displayTime": "2024-03-02T07:35:02-06:00", "value": 243, "unit": "mg/dL"}
                ]
            },
            "records[0].displayTime",
        ),
        # a cuff vendor's ``metric`` naming the vital
        ({"metric": "blood_pressure", "measured_at": "2024-03-02T13:15:40Z"}, "measured_at"),
        # a cycle tracker's ovulation test in HealthKit, its own creation stamp left out,
        # and an LH strip photo's time (tests/test_cycle_tracking_apps.py)
        (
            {
                "type": "HKCategoryTypeIdentifierOvulationTestResult",
                "startDate": "2024-10-06 07:10:00 -0500",
                "creationDate": "2024-10-06 07:11:42 -0500",
            },
            "startDate",
        ),
        (
            {"test_type": "LH", "result": "Peak", "taken_at": "2024-10-08T07:12:33-05:00"},
            "taken_at",
        ),
    ],
)
def test_the_time_of_a_typed_sample(engine: Engine, record: dict, field: str) -> None:
    assert _dates(engine, record) == [field]


@pytest.mark.parametrize(
    "record",
    [
        # a step count's, a sleep sample's and a weight's times are no vital's
        {"type": "HKQuantityTypeIdentifierStepCount", "startDate": "2024-03-02 08:50:03 -0600"},
        {"recordType": "StepsRecord", "startTime": "2024-03-02T14:00:00Z"},
        {"metric": "weight", "measured_at": "2024-03-02T13:15:40Z"},
        # a vital sample's system clocks stay the system's
        {"type": "HKQuantityTypeIdentifierHeartRate", "synced_at": "2024-03-02T08:17:40Z"},
        # an A/B test's start, and a menstrual flow sample (flow is no test)
        {"test": "checkout_v2", "started_at": "2024-03-02T08:17:40Z"},
        {
            "type": "HKCategoryTypeIdentifierMenstrualFlow",
            "startDate": "2024-10-02 07:00:00 -0500",
        },
    ],
)
def test_not_a_typed_samples_date(engine: Engine, record: dict) -> None:
    assert _dates(engine, record) == []


def test_typed_samples_are_judged_per_record(engine: Engine) -> None:
    """A HealthKit export mixes heart rate and step counts under the same paths."""
    rows = [
        {"type": "HKQuantityTypeIdentifierHeartRate", "startDate": "2024-03-02 08:15:22 -0500"},
        {"type": "HKQuantityTypeIdentifierStepCount", "startDate": "2024-03-02 08:50:03 -0500"},
    ]
    found = engine.scan(rows, source="t").findings.to_pylist()
    assert sorted((r["record"], r["field"]) for r in found if r["entity"] == "DATE") == [
        (0, "startDate")
    ]


@pytest.mark.parametrize(
    "record",
    [
        # the platform's own clocks beside the reading stay machine times
        {"systolic": 158, "received_at": "2024-11-04T13:12:51Z"},
        {"glucose": 140, "synced_at": "2024-11-04T03:00:12Z", "created_at": "2024-11-04"},
        {"spo2": 95, "delivered_at": "2024-11-04T03:41:00Z"},
        # no reading beside it: steps, a weight, a threshold, an aggregate
        {"steps": 11234, "measured_at": "2024-11-03T08:00:00Z"},
        {"weight": 94.3, "measured_at": "2024-11-03T08:00:00Z"},
        {"thresholds": {"systolic": 180}, "alert_time": "2024-11-04T03:41:00Z"},
        {"avg_bmi": 29.8, "measured_at": "2024-10-01T00:00:00Z"},
        {"timestamp": "2024-10-01T00:00:00Z", "Avg BMI": 29.8},
        {"timestamp": "2024-10-01T00:00:00Z", "Goal Glucose (mg/dL)": "130 mg/dL"},
        # a health fair's event time beside a reading is the event's
        {"Event Time": "2024-10-01T09:00:00Z", "BP": "152/94"},
        # an envelope two levels above the reading times the delivery
        {"timestamp": "2024-11-04T13:12:51Z", "data": {"device": {"systolic": 150}}},
        # an epoch number is not read as a date
        {"glucose_mg_dl": 54, "time": 1710950000},
    ],
)
def test_not_a_readings_date(engine: Engine, record: dict) -> None:
    assert _dates(engine, record) == []


def test_paths_are_judged_by_their_siblings() -> None:
    paths = ("reading.systolic", "measured_at", "received_at", "job.started_at")
    assert reading_time_paths(paths) == {1}
    assert reading_time_paths(("Date", "A1c (%)", "Updated")) == {0}
