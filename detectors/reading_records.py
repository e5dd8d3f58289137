"""DATE in the time field of a record that is one person's vital-sign or lab reading.

Remote monitoring platforms, glucometer and BP-cuff feeds, wearable syncs and wellness lab
vendors stamp each reading with when it was taken: ``measured_at``, ``taken_at``,
``reading_time``, an alert's ``alert_time``, HealthKit's ``startDate``. Those names are the
ones machines use for their own clocks, so the field-name classifier leaves them alone
(``*_at`` and ``*_time`` are system fields). Yet the time of a person's blood pressure or
glucose reading is a date of that person's care, as an appointment's is (45 CFR
164.514(b)(2)(i)(C)). The rest of the record says which it is: when a field beside it
holds a measurement by its name (:func:`detectors.clinical_measures.measure_field`:
``systolic``, ``glucose_mg_dl``, ``spo2``), the record is a reading, and a date-shaped
value of its reading-time field is the person's date.

Decisions worth knowing:
    * Only reading times (:data:`READING_TIME_WORDS` before a time word, or a bare
      ``time``, ``timestamp``, ``date``): the platform's own clocks beside the reading
      (``received_at``, ``synced_at``, ``created_at``, a webhook's ``delivered_at``) stay
      machine times, as they are everywhere.
    * The time must sit in the reading's object or the one right above it (a feed's
      ``measured_at`` beside its ``reading: {systolic, diastolic}``); an envelope two
      levels up times the delivery, not the reading.
    * Epoch numbers are not read as dates (a mobile SDK's ``time``: 1710950000), as the
      date detector reads none anywhere; a written date or timestamp is.
    * A sample may say it is a vital by its kind instead of a measure's key: HealthKit's
      ``type`` = "HKQuantityTypeIdentifierHeartRate" beside ``startDate``, Health
      Connect's ``recordType`` above ``samples[].time``, a cuff vendor's ``metric`` =
      "blood_pressure" (:func:`detectors.clinical_measures.typed_vital_cells`). Those are
      values, and one export mixes heart rate with step counts under the same paths, so
      they are judged per record (:func:`typed_reading_times`).
    * Siblings are judged by field paths across the chunk, as
      :mod:`detectors.appointment_records` judges bookings: one pass over the chunk's
      paths, one vectorized check of the candidate cells.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import numpy as np

from detectors.clinical_measures import measure_field, typed_vital_cells
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import VALIDATORS, key_tokens, matches, whole_values
from detectors.registry import register
from detectors.spans import Span

ENTITY = "DATE"
SCORE = 0.8
#: Last words of a key that times something (``measured_at``, ``alert_time``).
TIME_WORDS = frozenset({"at", "time", "ts", "timestamp", "datetime", "date", "dt"})
#: Words before a time word that make it the reading's own time (not ``event``: a health
#: fair's ``Event Date`` beside its readings is the event's, every attendee's alike).
READING_TIME_WORDS = frozenset(
    {
        "measured", "measurement", "taken", "reading", "read", "observed", "observation",
        "collected", "collection", "sample", "sampled", "alert", "test", "tested", "result",
        "effective", "start", "local", "device", "recorded", "checked",
        # the time a CGM receiver showed the reading (Dexcom's ``displayTime``)
        "display",
    }
)  # fmt: skip


def _reading_time_key(key: tuple[str, ...]) -> bool:
    """A key that says when a reading was taken (see the module doc), its time word last
    (``measured_at``) or first (a meter's ``date_recorded``, ``time_taken``)."""
    if not key:
        return False
    if key[-1] in TIME_WORDS:
        return READING_TIME_WORDS.issuperset(key[:-1])
    return key[0] in TIME_WORDS and READING_TIME_WORDS.issuperset(key[1:])


def reading_time_paths(paths: tuple[str, ...]) -> set[int]:
    """Ids of the reading-time paths in the object of a measurement, or right above it."""
    times: dict[tuple[tuple[str, ...], ...], list[int]] = defaultdict(list)
    readings: set[tuple[tuple[str, ...], ...]] = set()
    for i, path in enumerate(paths):
        keys = key_tokens(path)
        if not keys:
            continue
        parent = keys[:-1]
        if measure_field(path) >= 0:
            readings.add(parent)
            if parent:
                readings.add(parent[:-1])
        elif _reading_time_key(keys[-1]):
            times[parent].append(i)
    return {i for parent, ids in times.items() if parent in readings for i in ids}


def typed_reading_times(ctx: ScanContext) -> np.ndarray:
    """Reading-time cells of the records whose sample says it is a vital by its kind
    (:func:`detectors.clinical_measures.typed_vital_cells`: HealthKit's ``type`` =
    "HKQuantityTypeIdentifierHeartRate" beside its ``startDate``, Health Connect's
    ``recordType`` = "HeartRateRecord" above its ``samples[].time``). Judged per record,
    as a HealthKit export mixes heart rate with step counts under the same paths: the time
    in the kind's object, the one right above it or a list of samples right below it."""
    typed = typed_vital_cells(ctx)
    if not typed:
        return np.empty(0, dtype=np.int64)
    paths, record, path_id = ctx.cells.paths, ctx.cells.record, ctx.cells.path_id
    kinds = {(int(record[c]), key_tokens(paths[path_id[c]])[:-1]) for c in typed}
    above = {(rec, parent[:-1]) for rec, parent in kinds if parent}
    times = [i for i, p in enumerate(paths) if (k := key_tokens(p)) and _reading_time_key(k[-1])]
    out = []
    for cell in ctx.path_cells(times).tolist():
        parent = key_tokens(paths[path_id[cell]])[:-1]
        rec = int(record[cell])
        if (rec, parent) in kinds or (rec, parent) in above or (rec, parent[:-1]) in kinds:
            out.append(cell)
    return np.asarray(out, dtype=np.int64)


class ReadingRecordDateDetector:
    """A date in a reading-time field beside a field holding a measurement."""

    name = "reading_records"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        targets = reading_time_paths(ctx.cells.paths)
        cells = np.union1d(ctx.path_cells(targets), typed_reading_times(ctx))
        if len(cells) == 0:
            return
        vals = whole_values(ctx, cells)
        dated = VALIDATORS[ENTITY](vals.text) & ~matches(vals.text, r"^[0-9]+$")  # no epochs
        yield from vals.spans(vals.usable & dated, ENTITY, SCORE)


@register("reading_records")
def _factory(config: EngineConfig) -> ReadingRecordDateDetector | None:
    return ReadingRecordDateDetector() if ENTITY in config.entities else None
