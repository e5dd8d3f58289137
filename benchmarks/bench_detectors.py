"""Detector throughput, side by side on the same cells.

Four ways to look for PHI in the same seeded set of analytics records:

(a) plain ``re``: every module-level compiled pattern of the registered pattern detectors
    run with ``finditer`` on every cell (the naive design the engine is measured against);
(b) Presidio's ``AnalyzerEngine`` with its default recognizers and the same spaCy model, per
    record (the record's leaf values joined), on a sub-sample;
(c) the phistream engine without NER (patterns, field names, dictionary), from records:
    flattening, detection, the findings table and the redaction plan;
(c') the same engine's detection on (a)'s cells (flattened before the clock starts, as
    (a)'s are): the like-for-like comparison with (a);
(d) the phistream engine with NER.

``--mix dense`` (the default) is a mix built to exercise every detector, with a finding every
~75 bytes of cell text; ``--mix ga4-export`` is full-schema GA4 BigQuery export rows at a
real export's density (``ga4_export.py``). Every run uses one mix for all its rows.

Throughput is MB/s of cell text (UTF-8), cells/s and records/s, best of ``--reps`` after a
warm-up, with the targets beside the ratios. A per-detector table shows where (c)'s time
goes. Nothing is downloaded: the spaCy model must be installed, and Presidio's tldextract
use is pinned to the suffix list bundled with tldextract.

Usage::

    .venv/bin/python benchmarks/bench_detectors.py [--records 20000] [--mix ga4-export] [--json]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import inspect
import json
import random
import re
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from types import ModuleType, SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
for _dir in (ROOT, ROOT / "benchmarks"):  # the package, and ga4_export beside this script
    if str(_dir) not in sys.path:
        sys.path.insert(0, str(_dir))

from ga4_export import ga4_export_rows  # noqa: E402

from detectors import Engine, EngineConfig, FieldProfile, ScanContext, flatten  # noqa: E402
from detectors.cells import iter_leaves, value_text  # noqa: E402
from detectors.config import DEFAULT_NER_MODEL  # noqa: E402
from detectors.context import path_words  # noqa: E402
from detectors.registry import registered  # noqa: E402
from pipelines.gc_tuning import tune_gc  # noqa: E402

TARGET_MBPS = 50.0  # pattern + dictionary path, per core
TARGET_VS_RE = 40.0  # engine without NER vs plain per-cell re
TARGET_VS_PRESIDIO = 100.0  # full engine vs Presidio, per record
#: Modules whose patterns do not scan cell text (field paths) or that are not pattern-based.
NOT_CELL_PATTERNS = frozenset({"detectors.field_names", "detectors.ner", "detectors.plugins"})


# --- data ------------------------------------------------------------------------------------

FIRST = [
    "Maria",
    "John",
    "Aisha",
    "Wei",
    "David",
    "Sofia",
    "Carlos",
    "Emily",
    "Priya",
    "James",
    "Fatima",
    "Noah",
    "Olivia",
]
LAST = [
    "Lopez",
    "Smith",
    "Khan",
    "Chen",
    "Miller",
    "Rossi",
    "Garcia",
    "Johnson",
    "Patel",
    "Brown",
    "Ali",
    "Nguyen",
    "Walker",
]
CITIES = [
    "Springfield",
    "Columbus",
    "Portland",
    "Austin",
    "Dayton",
    "Fresno",
    "Tacoma",
    "Albany",
    "Boise",
    "Reno",
]
CONDITIONS = [
    "diabetes",
    "crohns-disease",
    "depression",
    "hiv-prep",
    "breast-cancer",
    "weight-loss",
    "migraine",
    "sleep-apnea",
]
MEDS = ["Ozempic", "Lexapro", "metformin", "insulin", "Wegovy", "Zoloft", "Adderall", "Humira"]
EVENTS = [
    "page_view",
    "scroll",
    "click",
    "user_engagement",
    "view_item",
    "form_start",
    "form_submit",
]
TITLES = ["Book an appointment", "Our doctors", "Pricing", "Patient portal", "Blog", "Contact"]
UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.0.0 Safari/537.36",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/124.0.6367.82 Mobile Safari/537.36",
]
NOTES = [
    "Patient {name} called about her {med} refill, wants a call back",
    "{name} asked to move the appointment to {date}",
    "I live in {city} and need a new doctor for my {cond}",
    "left voicemail, will try again tomorrow",
    "Requested records be sent to {email}",
    "Interested in the {cond} program, prefers text at {phone}",
    "no answer",
    "Existing customer, renewal due next month",
]


def _uuid(rng: random.Random) -> str:
    h = f"{rng.getrandbits(128):032x}"
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _email(rng: random.Random) -> str:
    first, last = rng.choice(FIRST).lower(), rng.choice(LAST).lower()
    return f"{first}.{last}{rng.randint(1, 99)}@{rng.choice(['gmail.com', 'example.org'])}"


def _phone(rng: random.Random) -> str:
    return f"({rng.randint(201, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"


def _date(rng: random.Random) -> str:
    month = rng.choice(["March", "April", "May", "June"])
    return f"{month} {rng.randint(1, 28)}, 2025"


def _note(rng: random.Random) -> str:
    return rng.choice(NOTES).format(
        name=_name(rng),
        med=rng.choice(MEDS),
        date=_date(rng),
        city=rng.choice(CITIES),
        cond=rng.choice(CONDITIONS).replace("-", " "),
        email=_email(rng),
        phone=_phone(rng),
    )


def _url(rng: random.Random) -> str:
    path = rng.choice(
        ["/", "/conditions/{c}/", "/blog/living-with-{c}", "/book", "/providers/", "/pricing"]
    ).format(c=rng.choice(CONDITIONS))
    query = rng.choice(
        [
            "",
            f"?utm_source=google&utm_medium=cpc&gclid=Cj0KCQ{rng.getrandbits(64):x}",
            f"?email={_email(rng).replace('@', '%40')}",
            f"?ref=newsletter&session={_uuid(rng)}",
        ]
    )
    return f"https://www.example-clinic.com{path}{query}"


def _ts(rng: random.Random) -> int:
    return 1_710_000_000_000_000 + rng.randint(0, 10**13)


def ga4_event(rng: random.Random) -> dict[str, object]:
    params: list[dict[str, object]] = [
        {"key": "page_location", "value": {"string_value": _url(rng)}},
        {"key": "page_title", "value": {"string_value": rng.choice(TITLES)}},
        {"key": "ga_session_id", "value": {"int_value": rng.randint(10**9, 2 * 10**9)}},
        {"key": "engagement_time_msec", "value": {"int_value": rng.randint(10, 90000)}},
    ]
    if rng.random() < 0.15:
        params.append({"key": "search_term", "value": {"string_value": _note(rng)}})
    return {
        "event_date": "20250315",
        "event_timestamp": _ts(rng),
        "event_name": rng.choice(EVENTS),
        "event_params": params,
        "user_pseudo_id": f"{rng.randint(10**9, 2 * 10**9)}.{rng.randint(10**9, 2 * 10**9)}",
        "device": {
            "category": rng.choice(["mobile", "desktop"]),
            "operating_system_version": f"iOS 17.{rng.randint(0, 5)}.1",
            "web_info": {"browser": "Chrome", "browser_version": "124.0.6367.82"},
        },
        "geo": {"country": "United States", "region": "Ohio", "city": rng.choice(CITIES)},
        "ecommerce": {"purchase_revenue": round(rng.uniform(5, 300), 2), "currency": "USD"},
        "items": [{"item_id": f"SKU-{rng.randint(10000, 99999)}", "price": 19.99}],
    }


def segment_track(rng: random.Random) -> dict[str, object]:
    return {
        "type": "track",
        "event": rng.choice(["Appointment Booked", "Form Submitted", "Signed Up"]),
        "userId": _uuid(rng),
        "anonymousId": _uuid(rng),
        "messageId": _uuid(rng),
        "timestamp": "2025-03-15T12:34:56.789Z",
        "context": {
            "ip": f"203.0.113.{rng.randint(1, 254)}",
            "userAgent": rng.choice(UAS),
            "page": {"url": _url(rng), "title": rng.choice(TITLES)},
            "library": {"name": "analytics.js", "version": "5.2.0"},
        },
        "properties": {
            "email": _email(rng) if rng.random() < 0.5 else None,
            "phone": _phone(rng) if rng.random() < 0.3 else None,
            "reason": _note(rng) if rng.random() < 0.3 else "",
            "plan": rng.choice(["basic", "plus", "premium"]),
        },
    }


def capi_event(rng: random.Random) -> dict[str, object]:
    def sha(x: str) -> str:
        return hashlib.sha256(x.encode()).hexdigest()

    return {
        "event_name": rng.choice(["Lead", "Purchase", "Schedule"]),
        "event_time": 1_710_000_000 + rng.randint(0, 10**7),
        "action_source": "website",
        "event_source_url": _url(rng),
        "user_data": {
            "em": [sha(_email(rng))],
            "ph": [sha(_phone(rng))],
            "client_ip_address": f"198.51.100.{rng.randint(1, 254)}",
            "client_user_agent": rng.choice(UAS),
            "fbp": f"fb.1.{1_710_000_000_000 + rng.randint(0, 10**9)}.{rng.getrandbits(31)}",
        },
        "custom_data": {"value": 49.0, "currency": "USD", "content_name": "Telehealth visit"},
    }


def crm_row(rng: random.Random) -> dict[str, object]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    return {
        "Record ID": str(rng.randint(10**7, 10**8)),
        "First Name": first,
        "Last Name": last,
        "Email": _email(rng),
        "Phone Number": _phone(rng),
        "City": rng.choice(CITIES),
        "Postal Code": f"{rng.randint(10000, 99999)}",
        "Date of Birth": f"19{rng.randint(40, 99)}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
        "Create Date": "2025-03-15 10:22",
        "Lifecycle Stage": rng.choice(["lead", "customer", "subscriber"]),
        "Notes": _note(rng),
    }


KINDS: tuple[tuple[Callable[[random.Random], dict[str, object]], float], ...] = (
    (ga4_event, 0.55),
    (segment_track, 0.2),
    (capi_event, 0.15),
    (crm_row, 0.10),
)


def synthetic_records(n: int, seed: int) -> list[dict[str, object]]:
    """A seeded mix of GA4, Segment, Meta CAPI and CRM records."""
    rng = random.Random(seed)
    makers = [k for k, _ in KINDS]
    weights = [w for _, w in KINDS]
    return [rng.choices(makers, weights)[0](rng) for _ in range(n)]


def _load_sample_generator() -> ModuleType | None:
    path = ROOT / "sample_data" / "generate.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("phistream_sample_generate", path)
    if spec is None or spec.loader is None:
        return None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _as_records(value: object) -> list[Mapping[str, object]] | None:
    if isinstance(value, Mapping):  # {source: records}
        value = [r for recs in value.values() if isinstance(recs, Iterable) for r in recs]
    if isinstance(value, Iterable) and not isinstance(value, (str, bytes)):
        out = list(value)
        if out and all(isinstance(r, Mapping) for r in out):
            return out
    return None


def load_records(n: int, seed: int) -> tuple[list[Mapping[str, object]], str]:
    """Records from ``sample_data/generate.py`` when it offers a generator, else built-in."""
    module = _load_sample_generator()
    if module is not None:
        for fname in ("generate_records", "records", "generate", "make_records", "mixed"):
            fn = getattr(module, fname, None)
            if not callable(fn):
                continue
            params = inspect.signature(fn).parameters
            kwargs = {"seed": seed} if "seed" in params else {}
            try:
                got = _as_records(fn(n, **kwargs))
            except TypeError:
                continue
            if got:
                return got[:n], f"sample_data/generate.py:{fname}"
    return list(synthetic_records(n, seed)), "built-in synthetic mix"


# --- measurements ----------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    """One way of scanning, measured."""

    name: str
    records: int
    cells: int
    mbytes: float
    seconds: float
    findings: int

    @property
    def mb_per_s(self) -> float:
        return self.mbytes / self.seconds if self.seconds else float("inf")

    @property
    def cells_per_s(self) -> float:
        return self.cells / self.seconds if self.seconds else float("inf")

    @property
    def records_per_s(self) -> float:
        return self.records / self.seconds if self.seconds else float("inf")


def best_of(reps: int, fn: Callable[[], int]) -> tuple[float, int]:
    """Fastest wall time of ``reps`` calls and the last call's return value."""
    best, out = float("inf"), 0
    for _ in range(reps):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def chunks(
    records: Sequence[Mapping[str, object]], size: int
) -> list[Sequence[Mapping[str, object]]]:
    return [records[i : i + size] for i in range(0, len(records), size)]


def cell_texts(records: Sequence[Mapping[str, object]], chunk: int) -> list[str]:
    """The texts the engine scans (URLs split), chunk by chunk."""
    return [t for c in chunks(records, chunk) for t in flatten(c).text]


def pattern_modules() -> dict[str, list[re.Pattern[str]]]:
    """Module-level compiled patterns (and those in module-level tuples/lists/dicts) of the
    registered detector modules that scan cell text."""
    out: dict[str, list[re.Pattern[str]]] = {}
    for factory in registered().values():
        name = factory.__module__
        if name in NOT_CELL_PATTERNS or name in out:
            continue
        module = sys.modules[name]
        found: list[re.Pattern[str]] = []
        for _attr, value in inspect.getmembers(module):
            items = value.values() if isinstance(value, Mapping) else value
            if isinstance(value, re.Pattern):
                found.append(value)
            elif isinstance(value, (tuple, list, Mapping)):
                found.extend(v for v in items if isinstance(v, re.Pattern))
        out[name] = [p for p in dict.fromkeys(found) if isinstance(p.pattern, str)]
    return out


def build_engine(config: EngineConfig) -> Engine:
    """An engine of every registered detector that builds; one that fails is reported on
    stderr and left out, so the benchmark runs while detectors are being written."""
    dets = []
    for name, factory in registered().items():
        try:
            det = factory(config)
        except Exception as exc:
            print(
                f"warning: detector {name!r} skipped: {type(exc).__name__}: {exc}", file=sys.stderr
            )
            continue
        if det is not None:
            dets.append(det)
    return Engine(config, detectors=dets)


def bench_plain_re(
    texts: list[str], n_records: int, mbytes: float, reps: int, patterns: list[re.Pattern[str]]
) -> Result:

    def run() -> int:
        hits = 0
        for text in texts:
            for p in patterns:
                for _m in p.finditer(text):
                    hits += 1
        return hits

    run()  # warm-up
    secs, hits = best_of(reps, run)
    return Result("(a) plain re per cell", n_records, len(texts), mbytes, secs, hits)


def clear_caches(engine: Engine) -> None:
    """Drop the detectors' caches (NER's texts): they would make every repetition after the
    first free."""
    for det in engine.detectors:
        clear = getattr(det, "clear_cache", None)
        if callable(clear):
            clear()


def bench_engine(
    name: str,
    engine: Engine,
    records: Sequence[Mapping[str, object]],
    n_cells: int,
    mbytes: float,
    reps: int,
    chunk: int,
) -> Result:
    parts = chunks(records, chunk)

    def run() -> int:
        clear_caches(engine)
        found = 0
        for i, part in enumerate(parts):
            found += engine.scan(part, source="bench", first_record=i * chunk).findings.num_rows
        return found

    run()  # warm-up (loads the model, builds automata, fills caches)
    secs, found = best_of(reps, run)
    return Result(name, len(records), n_cells, mbytes, secs, found)


def bench_detection_on_cells(
    name: str,
    engine: Engine,
    records: Sequence[Mapping[str, object]],
    n_cells: int,
    mbytes: float,
    reps: int,
    chunk: int,
) -> Result:
    """The engine's detection on the cells plain ``re`` is given: records are flattened
    before the clock starts, as (a)'s cells are. What is timed is all of
    :meth:`Engine.detect_cells`: the Arrow text column, distinct cells, every detector's
    screens and checks, resolution, second looks, echoes, and placing spans back on every
    cell. The findings table and the redaction plan are not made (plain ``re`` makes
    neither); (c) times those too, and the flattening."""
    cells = [flatten(part, split_urls=engine.config.split_urls) for part in chunks(records, chunk)]

    def run() -> int:
        clear_caches(engine)
        found = 0
        for c in cells:
            c.__dict__.pop("arrow_text", None)  # built from the texts, as in a scan
            found += engine.detect_cells(c).size
        return found

    run()
    secs, found = best_of(reps, run)
    return Result(name, len(records), n_cells, mbytes, secs, found)


def _profiler() -> Callable[[str], FieldProfile]:
    try:
        from detectors.field_names import profile_path
    except ModuleNotFoundError:
        return lambda p: FieldProfile(words=path_words(p))
    return profile_path


def bench_per_detector(
    engine: Engine, records: Sequence[Mapping[str, object]], mbytes: float, reps: int, chunk: int
) -> dict[str, float]:
    """Seconds per detector (each with a fresh context, so it pays its own prefilters),
    plus flattening and field profiling, on the same chunks."""
    profile = _profiler()
    parts = chunks(records, chunk)
    out: dict[str, float] = {}
    out["flatten"], _ = best_of(reps, lambda: sum(len(flatten(p)) for p in parts))
    cells = [flatten(p, split_urls=engine.config.split_urls) for p in parts]
    out["profiles"], _ = best_of(
        reps, lambda: sum(len(tuple(profile(x) for x in c.paths)) for c in cells)
    )
    profiles = [tuple(profile(x) for x in c.paths) for c in cells]
    for det in engine.detectors:

        def run(det: Any = det) -> int:
            n = 0
            for c, pr in zip(cells, profiles, strict=True):
                # Cells.arrow_text is cached on the object; drop it so each detector pays it.
                c.__dict__.pop("arrow_text", None)
                n += len(list(det.detect(ScanContext(cells=c, profiles=pr, config=engine.config))))
            return n

        run()
        out[det.name], _ = best_of(reps, run)
    return out


def record_text(record: Mapping[str, object]) -> str:
    """A record as Presidio sees it: its leaf values as text, one per line."""
    parts = [value_text(leaf) for _p, _h, leaf in iter_leaves(record)]
    return "\n".join(p for p in parts if p)


def _offline_presidio(model: str) -> Any:
    """Presidio's AnalyzerEngine on the installed model; downloads made impossible."""
    import spacy.cli
    import tldextract
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider
    from presidio_analyzer.predefined_recognizers.generic import email_recognizer

    from detectors.ner import NerModelMissing, model_installed, model_missing_message

    if not model_installed(model):
        raise NerModelMissing(model_missing_message(model))

    def refuse(*_a: object, **_k: object) -> None:
        raise RuntimeError("benchmark: model download refused")

    spacy.cli.download = refuse  # belt and braces: the model is installed, so never called
    # Presidio's email recognizer calls tldextract.extract, which fetches the public suffix
    # list on first use; pin it to the snapshot bundled with tldextract.
    offline = tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)
    email_recognizer.tldextract = SimpleNamespace(extract=offline)  # type: ignore[attr-defined]
    provider = NlpEngineProvider(
        nlp_configuration={
            "nlp_engine_name": "spacy",
            "models": [{"lang_code": "en", "model_name": model}],
        }
    )
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


def bench_presidio(
    records: Sequence[Mapping[str, object]], model: str, reps: int, chunk: int
) -> Result:
    analyzer = _offline_presidio(model)
    texts = [record_text(r) for r in records]
    n_cells = len(cell_texts(records, chunk))
    mbytes = sum(len(t.encode()) for t in cell_texts(records, chunk)) / 1e6

    def run() -> int:
        return sum(len(analyzer.analyze(text=t, language="en")) for t in texts)

    analyzer.analyze(text=texts[0], language="en")  # warm-up
    secs, found = best_of(reps, run)
    return Result("(b) Presidio AnalyzerEngine", len(records), n_cells, mbytes, secs, found)


# --- report ----------------------------------------------------------------------------------


def ratios(results: Mapping[str, Result]) -> list[tuple[str, float, float]]:
    """``(what, measured, target)`` for the project's throughput targets."""
    out = []
    a, b, c, d = (results.get(k) for k in ("re", "presidio", "no_ner", "full"))
    cells = results.get("cells_no_ner")
    if cells:
        out.append(("detection without NER, same cells, MB/s", cells.mb_per_s, TARGET_MBPS))
    if c:
        out.append(("engine without NER from records, MB/s", c.mb_per_s, TARGET_MBPS))
    if a and cells:
        out.append(
            (
                "detection without NER vs plain re, same cells",
                cells.mb_per_s / a.mb_per_s,
                TARGET_VS_RE,
            )
        )
    if a and c:
        out.append(
            ("engine without NER from records vs plain re", c.mb_per_s / a.mb_per_s, TARGET_VS_RE)
        )
    if b and d:
        out.append(
            (
                "full engine vs Presidio (records/s)",
                d.records_per_s / b.records_per_s,
                TARGET_VS_PRESIDIO,
            )
        )
    return out


def print_table(
    results: Mapping[str, Result], per_det: Mapping[str, float], meta: Mapping[str, object]
) -> None:
    print(
        f"records: {meta['records']}  cells: {meta['cells']}  cell text: {meta['mbytes']:.2f} MB  "
        f"data: {meta['data']}  chunk: {meta['chunk']}  best of {meta['reps']}"
    )
    print(f"plain-re patterns: {meta.get('plain_re_patterns')}, by module: {meta['patterns']}")
    print(f"detectors (no NER): {', '.join(meta['detectors'])}")  # type: ignore[arg-type]
    cols = ("records", 8), ("seconds", 9), ("MB/s", 9), ("cells/s", 11), ("records/s", 10)
    print(f"{'':34} " + " ".join(f"{c:>{w}}" for c, w in cols) + f" {'findings':>9}")
    for r in results.values():
        print(
            f"{r.name:34} {r.records:8d} {r.seconds:9.3f} {r.mb_per_s:9.2f} "
            f"{r.cells_per_s:11.0f} {r.records_per_s:10.0f} {r.findings:9d}"
        )
    if per_det:
        mb = float(meta["mbytes"])  # type: ignore[arg-type]
        print("per detector (engine without NER, same chunks; fresh prefilter cache each):")
        for name, secs in sorted(per_det.items(), key=lambda kv: -kv[1]):
            rate = mb / secs if secs else float("inf")
            print(f"  {name:18} {secs:8.3f} s  {rate:9.1f} MB/s")
    print("targets:")
    for what, got, target in ratios(results):
        ok = "ok " if got >= target else "LOW"
        print(f"  [{ok}] {what:47} {got:8.1f}   target >= {target:g}")


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--records", type=int, default=20_000, help="records to generate")
    ap.add_argument("--presidio-records", type=int, default=200, help="Presidio sub-sample")
    ap.add_argument("--chunk", type=int, default=2_000, help="records per engine.scan call")
    ap.add_argument("--reps", type=int, default=3, help="repetitions (best is kept)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--mix",
        choices=["dense", "ga4-export"],
        default="dense",
        help="records: the dense mix that exercises every detector (default), or full-schema "
        "GA4 BigQuery export rows at a real export's density",
    )
    ap.add_argument("--model", default=DEFAULT_NER_MODEL, help="installed spaCy model")
    ap.add_argument("--skip", nargs="*", default=[], choices=["re", "presidio", "no_ner", "full"])
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    args = ap.parse_args(argv)

    if args.mix == "ga4-export":
        records: list[Mapping[str, object]] = list(ga4_export_rows(args.records, args.seed))
        source = "full-schema GA4 BigQuery export rows (ga4_export.py)"
    else:
        records, source = load_records(args.records, args.seed)
    texts = cell_texts(records, args.chunk)
    mbytes = sum(len(t.encode()) for t in texts) / 1e6
    no_ner = build_engine(EngineConfig(ner=False))
    tune_gc()  # as every scan worker does; applies to all runs alike (baselines included)
    pats = {m.removeprefix("detectors."): len(p) for m, p in pattern_modules().items()}
    meta: dict[str, object] = {
        "records": len(records),
        "cells": len(texts),
        "mbytes": mbytes,
        "data": source,
        "chunk": args.chunk,
        "reps": args.reps,
        "gc": "tuned as in scan workers (pipelines/gc_tuning.py)",
        "patterns": pats,
        "detectors": [d.name for d in no_ner.detectors],
    }
    results: dict[str, Result] = {}
    if "re" not in args.skip:
        patterns = [p for ps in pattern_modules().values() for p in ps]
        meta["plain_re_patterns"] = len(patterns)
        results["re"] = bench_plain_re(texts, len(records), mbytes, args.reps, patterns)
    if "presidio" not in args.skip:
        sub = random.Random(args.seed).sample(records, min(args.presidio_records, len(records)))
        results["presidio"] = bench_presidio(sub, args.model, args.reps, args.chunk)
    per_det: dict[str, float] = {}
    if "no_ner" not in args.skip:
        results["no_ner"] = bench_engine(
            "(c) phistream, no NER", no_ner, records, len(texts), mbytes, args.reps, args.chunk
        )
        results["cells_no_ner"] = bench_detection_on_cells(
            "(c') detection on (a)'s cells",
            no_ner,
            records,
            len(texts),
            mbytes,
            args.reps,
            args.chunk,
        )
        per_det = bench_per_detector(no_ner, records, mbytes, args.reps, args.chunk)
    if "full" not in args.skip:
        full = build_engine(EngineConfig(ner_model=args.model))
        results["full"] = bench_engine(
            "(d) phistream, with NER", full, records, len(texts), mbytes, args.reps, args.chunk
        )
    if args.json:
        out = {
            "meta": meta,
            "results": {
                k: {
                    **asdict(r),
                    "mb_per_s": r.mb_per_s,
                    "cells_per_s": r.cells_per_s,
                    "records_per_s": r.records_per_s,
                }
                for k, r in results.items()
            },
            "per_detector_seconds": per_det,
            "targets": [{"what": w, "measured": g, "target": t} for w, g, t in ratios(results)],
        }
        print(json.dumps(out, indent=2))
    else:
        print_table(results, per_det, meta)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
