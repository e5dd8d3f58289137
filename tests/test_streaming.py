"""The streaming pipeline on the DirectRunner with ``TestStream``: records arriving in
several windows, late records within the allowed lateness, records past it dropped, and
each window's findings and redacted rows equal to a batch scan of the same records."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import apache_beam as beam
import pyarrow.parquet as pq
import pytest
from apache_beam.io.gcp.pubsub import PubsubMessage
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.testing.test_stream import TestStream as BeamTestStream
from apache_beam.transforms.window import TimestampedValue

from detectors import EngineConfig
from pipelines.scan import ScanRequest, run_scan
from pipelines.streaming import (
    RawRecord,
    StreamingScan,
    StreamSettings,
    record_from_kafka,
    record_from_pubsub,
    records_of_lines,
    stream_settings,
    window_label,
)
from pipelines.transforms import ScanSettings
from pipelines.writers import OutputLayout

ROOT = Path(__file__).resolve().parent.parent
GA4 = ROOT / "sample_data" / "exports" / "ga4_events.jsonl"
WINDOW = 10.0
LATENESS = 15.0


def strip_nulls(value):
    """A value without null fields at any depth: a batch copy's schema is the union of the
    whole file's fields, a window's part only of its own records'."""
    if isinstance(value, dict):
        return {k: strip_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [strip_nulls(v) for v in value]
    return value


def _rows(table) -> list[tuple]:
    return sorted(tuple(r.values()) for r in table.to_pylist())


# -- sources ---------------------------------------------------------------------------------


def test_pubsub_message_maps_to_a_raw_record():
    msg = PubsubMessage(b'{"a": 1}', {"source": "ga4.jsonl", "record": "12"})
    assert record_from_pubsub(msg) == RawRecord("ga4.jsonl", 12, b'{"a": 1}')


@pytest.mark.parametrize(
    "attrs, error",
    [
        ({"record": "1"}, "'source' is missing"),
        ({"source": "s"}, "'record' is not an integer"),
        ({"source": "s", "record": "x"}, "'record' is not an integer"),
        ({"source": "s", "record": "-1"}, "'record' is negative"),
    ],
)
def test_pubsub_message_without_its_place_is_refused(attrs, error):
    with pytest.raises(ValueError, match=error):
        record_from_pubsub(PubsubMessage(b"{}", attrs))


def test_kafka_record_maps_to_a_raw_record():
    key = json.dumps({"source": "crm/leads.jsonl", "record": 3}).encode()
    assert record_from_kafka((key, b"{}")) == RawRecord("crm/leads.jsonl", 3, b"{}")
    with pytest.raises(ValueError, match="Kafka key"):
        record_from_kafka((b"leads.jsonl", b"{}"))


def test_records_of_lines_index_like_the_batch_reader():
    lines = [b"\xef\xbb\xbf{}", b"", b"  ", b'{"a":1}\r', b"[1]"]
    got = list(records_of_lines("s", lines))
    assert [(r.record, r.data) for r in got] == [(0, b"{}"), (1, b'{"a":1}'), (2, b"[1]")]


# -- the pipeline ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def streamed(tmp_path_factory):
    """A 43-record JSON-lines source streamed through three windows, with the batch scan
    of the same file to compare against."""
    tmp = tmp_path_factory.mktemp("stream")
    lines = [*GA4.read_bytes().splitlines()[:41], b'{"broken": ', b'{"too": "late"}']
    src = tmp / "events.jsonl"
    src.write_bytes(b"\n".join(lines) + b"\n")
    source = str(src)
    raws = list(records_of_lines(source, lines))
    assert len(raws) == 43

    # Event times: records 0-14 in window 0 (5 and 6 arrive late), 15-29 in window 1,
    # 30-41 in window 2 (41 is the malformed one), 42 in window 0 but past the lateness.
    def ts(r: RawRecord) -> float:
        return 1.0 + (r.record % 15) * 0.5 + WINDOW * min(r.record // 15, 2) if r.record < 42 else 4

    late = {5, 6}
    by_window = {0: [], 1: [], 2: []}
    for r in raws[:42]:
        if r.record not in late:
            by_window[int(ts(r) // WINDOW)].append(TimestampedValue(r, ts(r)))
    stream = (
        BeamTestStream()
        .advance_watermark_to(0)
        .add_elements(by_window[0])
        .advance_watermark_to(WINDOW)
        .add_elements(by_window[1])
        .advance_watermark_to(2 * WINDOW)
        .add_elements([TimestampedValue(raws[i], ts(raws[i])) for i in sorted(late)])
        .add_elements(by_window[2])
        .advance_watermark_to(2 * WINDOW + LATENESS + 1)
        .add_elements([TimestampedValue(raws[42], ts(raws[42]))])
        .advance_watermark_to_infinity()
    )
    out = tmp / "out"
    settings = stream_settings(
        str(out), ner=False, chunk_size=8, window_s=WINDOW, allowed_lateness_s=LATENESS
    )
    with beam.Pipeline(options=PipelineOptions(["--streaming"])) as p:
        _ = p | stream | StreamingScan(settings)

    batch = tmp / "batch"
    run_scan(ScanRequest(inputs=(source,), out=str(batch), ner=False))
    windows = {
        0: set(range(15)),
        1: set(range(15, 30)),
        2: set(range(30, 41)),  # 41 is rejected, 42 dropped
    }
    return out, batch, windows, source


def _window_dirs(out: Path, kind: str) -> dict[int, Path]:
    dirs = sorted(p for p in (out / kind).iterdir() if p.is_dir())
    return {int(d.name[13:15]) // int(WINDOW): d for d in dirs}  # ...T0000SS -> seconds


def test_each_window_finds_what_a_batch_scan_finds(streamed):
    out, batch, windows, _ = streamed
    expected = pq.read_table(batch / "findings")
    dirs = _window_dirs(out, "findings")
    assert sorted(dirs) == [0, 1, 2]
    for w, records in windows.items():
        got = pq.read_table(dirs[w])
        assert set(got["record"].to_pylist()) <= records
        want = expected.filter(
            [r in records for r in expected["record"].to_pylist()]  # type: ignore[arg-type]
        )
        assert want.num_rows > 0
        assert _rows(got) == _rows(want), f"window {w}"


def test_late_records_come_as_a_second_pane_and_too_late_ones_are_dropped(streamed):
    out, _, _, _ = streamed
    w0 = _window_dirs(out, "findings")[0]
    panes = defaultdict(set)
    for part in w0.iterdir():
        pane = int(part.stem.rsplit("-p", 1)[1])
        panes[pane] |= set(pq.read_table(part)["record"].to_pylist())
    assert panes[1] == {5, 6}
    assert 5 not in panes[0] and 6 not in panes[0]
    all_records = set()
    for d in _window_dirs(out, "redacted").values():
        all_records |= {int(p.stem.split("-")[-2]) for p in d.iterdir()}
    assert 42 not in all_records  # past the allowed lateness


def test_redacted_rows_per_window_equal_the_batch_copy(streamed):
    out, batch, windows, _ = streamed
    copy = pq.read_table(batch / "redacted" / "events.jsonl.parquet").to_pylist()
    for w, d in _window_dirs(out, "redacted").items():
        got = {}
        for part in d.iterdir():
            first = int(part.stem.split("-")[-2])
            for i, row in enumerate(pq.read_table(part).to_pylist()):
                got[first + i] = strip_nulls(row)
        assert set(got) == windows[w]
        for i, row in got.items():
            assert row == strip_nulls(copy[i]), (w, i)


def test_metrics_and_rejects_per_window_pane(streamed):
    out, batch, _windows, source = streamed
    docs = [json.loads(p.read_text()) for p in sorted((out / "metrics").iterdir())]
    by_pane = {(d["window_start"][17:19], d["pane"]): d for d in docs}
    assert by_pane[("00", 1)]["timing"] == "late"
    assert by_pane[("00", 1)]["records"] == 2
    assert by_pane[("00", 0)]["records"] == 13
    assert by_pane[("10", 0)]["records"] == 15
    assert by_pane[("20", 0)]["rejects"] == 1 and by_pane[("20", 0)]["records"] == 11
    summary = json.loads((batch / "summary.json").read_text())
    assert sum(d["findings"] for d in docs) == summary["totals"]["findings"] - sum(
        1 for r in pq.read_table(batch / "findings")["record"].to_pylist() if r == 42
    )
    (got,) = pq.read_table(out / "rejects").to_pylist()
    (want,) = pq.read_table(batch / "rejects").to_pylist()
    assert (got["source"], got["record"]) == (want["source"], want["record"]) == (source, 41)
    # the batch reason names the line too ("line 42: malformed JSON (...)")
    assert got["reason"].startswith("malformed JSON") and want["reason"].endswith(got["reason"])


def test_window_label_names_whole_and_fractional_seconds():
    from apache_beam.transforms.window import IntervalWindow

    assert window_label(IntervalWindow(10, 20)) == "19700101T000010Z-19700101T000020Z"
    assert window_label(IntervalWindow(0.5, 1)) == "19700101T000000.500Z-19700101T000001Z"


def test_the_session_rule_is_refused_for_streaming():
    from detectors.config import PhiRule

    engine = EngineConfig(ner=False, phi=PhiRule("session", session_keys=("user_pseudo_id",)))
    scan = ScanSettings(engine, 8, OutputLayout("unused"))
    with pytest.raises(ValueError, match="session PHI rule"):
        StreamSettings(scan, "out")
