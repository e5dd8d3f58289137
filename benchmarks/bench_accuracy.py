"""Accuracy of the phistream engine against the gold labels of ``sample_data``.

Runs :class:`detectors.Engine` over the five synthetic exports (read here with plain
readers, no Beam), compares its findings with ``gold/spans.jsonl`` and prints precision,
recall and F1 per entity, per category (identifier / health) and for PHI records, with and
without NER, next to the project's targets. Misses are described by source, record, field
and entity only: no value ever reaches the output.

Matching rule (all comparisons are within one source, record and field):

- a gold span is *found* when a finding of the same entity overlaps it and covers at
  least 50% of it;
- a finding is a *true positive* when it overlaps a gold span of the same entity by at
  least 50% of the finding's own length;
- per category, an entity mismatch inside the category still matches (a PHONE labelled FAX
  is a correct identifier);
- a record is PHI when it has at least one identifier and one health span; predicted PHI is
  the engine's own per-record flag.

Usage::

    .venv/bin/python benchmarks/bench_accuracy.py [--data sample_data] [--no-ner] [--json]
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import json
import re
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

import orjson
import pyarrow.parquet as pq

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from detectors import Engine, EngineConfig  # noqa: E402
from detectors.vocabulary import ENTITIES, HEALTH, IDENTIFIER  # noqa: E402

# (precision, recall) targets; None where the project sets none.
TARGETS: dict[str, tuple[float | None, float | None]] = {
    IDENTIFIER: (0.95, 0.98),
    HEALTH: (0.90, 0.95),
    "phi_records": (None, 0.99),
}
MIN_COVER = 0.5  # share of the other span an overlap must cover to count
RULE = (
    "matching: a gold span is found when a finding of its entity (per category: of its\n"
    "category) in the same source/record/field covers >= 50% of it; a finding is correct\n"
    "when >= 50% of it overlaps such a gold span. PHI record: >= 1 identifier + >= 1 health."
)


class Span(NamedTuple):
    """A labelled or detected span of one field of one record (never its text)."""

    source: str
    record: int
    field: str
    start: int
    end: int
    entity: str


# ----------------------------------------------------------------------------- reading


def _open_text(path: Path, encoding: str = "utf-8") -> io.TextIOBase:
    if path.name.endswith(".gz"):
        return io.TextIOWrapper(gzip.open(path), encoding=encoding, newline="")
    return path.open(encoding=encoding, newline="")


def read_records(path: Path) -> list[dict]:
    """Read an export as the contract numbers its records.

    JSON lines (blank lines skipped), a top-level JSON array (or JSON lines in a ``.json``),
    CSV with an optional BOM (the data rows), Parquet (the rows, nested values as Python
    dicts and lists). A ``.gz`` suffix is decompressed.
    """
    name = path.name.removesuffix(".gz")
    if name.endswith(".parquet"):
        return pq.read_table(path).to_pylist()
    if name.endswith(".csv"):
        with _open_text(path, "utf-8-sig") as fh:
            return list(csv.DictReader(fh))
    with _open_text(path) as fh:
        text = fh.read()
    if name.endswith(".json") and text.lstrip().startswith("["):
        return orjson.loads(text)
    return [orjson.loads(line) for line in text.splitlines() if line.strip()]


def load_gold(path: Path) -> list[Span]:
    """The gold spans of ``spans.jsonl``."""
    gold = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                g = orjson.loads(line)
                gold.append(
                    Span(g["source"], g["record"], g["field"], g["start"], g["end"], g["entity"])
                )
    return gold


def export_files(exports: Path, sources: Iterable[str]) -> list[tuple[str, Path]]:
    """(source name as the gold names it, path) for every source the gold mentions."""
    files = []
    for source in sorted(set(sources)):
        path = exports / source
        if not path.exists():
            raise SystemExit(f"error: {path} is named in the gold spans but does not exist")
        files.append((source, path))
    return files


# ----------------------------------------------------------------------------- scanning


@dataclass(frozen=True)
class ScanOutput:
    """What one engine run produced over all exports."""

    findings: list[Span]
    phi: frozenset[tuple[str, int]]
    records: int
    seconds: float


def scan_all(
    engine: Engine, files: Sequence[tuple[str, Sequence[Mapping]]], chunk: int
) -> ScanOutput:
    """Run the engine over every source in chunks, as a pipeline worker would."""
    findings: list[Span] = []
    phi: set[tuple[str, int]] = set()
    n = 0
    t0 = time.perf_counter()
    for source, records in files:
        for first in range(0, len(records), chunk):
            res = engine.scan(records[first : first + chunk], source=source, first_record=first)
            cols = res.findings.select(["record", "field", "start", "end", "entity"]).to_pydict()
            findings.extend(
                Span(source, r, f, s, e, ent)
                for r, f, s, e, ent in zip(
                    cols["record"], cols["field"], cols["start"], cols["end"], cols["entity"],
                    strict=True,
                )
            )  # fmt: skip
            phi.update((source, first + int(i)) for i in res.phi.nonzero()[0])
        n += len(records)
    return ScanOutput(findings, frozenset(phi), n, time.perf_counter() - t0)


# ----------------------------------------------------------------------------- scoring


class Tally(NamedTuple):
    """Counts behind precision and recall for one label."""

    gold: int
    found: int  # gold spans found
    predicted: int
    correct: int  # predicted spans that are true positives

    @property
    def recall(self) -> float | None:
        return self.found / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.correct / self.predicted if self.predicted else None

    @property
    def f1(self) -> float | None:
        p, r = self.precision, self.recall
        if not p or not r:
            return 0.0 if (p is not None and r is not None) else None
        return 2 * p * r / (p + r)


def _covers(a: Span, b: Span) -> bool:
    """True when ``a`` overlaps ``b`` by at least ``MIN_COVER`` of ``b``'s length."""
    overlap = min(a.end, b.end) - max(a.start, b.start)
    return overlap > 0 and overlap >= MIN_COVER * (b.end - b.start)


def _by_field(spans: Iterable[Span]) -> dict[tuple[str, int, str], list[Span]]:
    out: dict[tuple[str, int, str], list[Span]] = defaultdict(list)
    for s in spans:
        out[(s.source, s.record, s.field)].append(s)
    return out


def match(
    gold: Sequence[Span], found: Sequence[Span], label: Callable[[str], str]
) -> tuple[dict[str, Tally], list[Span], list[Span]]:
    """Apply the matching rule with ``label`` (entity, or its category) as the class.

    Returns the tally per label, the gold spans missed and the predicted spans that matched
    nothing.
    """
    gold_by, found_by = _by_field(gold), _by_field(found)
    g_total: Counter[str] = Counter()
    g_hit: Counter[str] = Counter()
    p_total: Counter[str] = Counter()
    p_hit: Counter[str] = Counter()
    missed: list[Span] = []
    spurious: list[Span] = []
    for key in gold_by.keys() | found_by.keys():
        gs, fs = gold_by.get(key, []), found_by.get(key, [])
        for g in gs:
            lg = label(g.entity)
            g_total[lg] += 1
            if any(label(f.entity) == lg and _covers(f, g) for f in fs):
                g_hit[lg] += 1
            else:
                missed.append(g)
        for f in fs:
            lf = label(f.entity)
            p_total[lf] += 1
            if any(label(g.entity) == lf and _covers(g, f) for g in gs):
                p_hit[lf] += 1
            else:
                spurious.append(f)
    labels = sorted(g_total.keys() | p_total.keys())
    tallies = {lb: Tally(g_total[lb], g_hit[lb], p_total[lb], p_hit[lb]) for lb in labels}
    return tallies, missed, spurious


def phi_records(gold: Iterable[Span]) -> set[tuple[str, int]]:
    """Records with at least one identifier and one health gold span."""
    cats: dict[tuple[str, int], set[str]] = defaultdict(set)
    for g in gold:
        cats[(g.source, g.record)].add(ENTITIES[g.entity])
    return {k for k, c in cats.items() if IDENTIFIER in c and HEALTH in c}


def field_pattern(field: str) -> str:
    """A field path with list indices generalised: ``event_params[3].value`` -> ``[*]``."""
    return re.sub(r"\[\d+\]", "[*]", field)


def worst(spans: Iterable[Span], top: int) -> list[dict]:
    """The most frequent (source, field pattern, entity) groups, with example records."""
    groups: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for s in spans:
        groups[(s.source, field_pattern(s.field), s.entity)].append(s.record)
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:top]
    return [
        {"source": src, "field": fld, "entity": ent, "count": len(recs), "records": recs[:3]}
        for (src, fld, ent), recs in ranked
    ]


def evaluate(gold: Sequence[Span], out: ScanOutput, top: int) -> dict:
    """All scores of one engine run, as plain data (the JSON output)."""
    per_entity, missed, spurious = match(gold, out.findings, lambda e: e)
    per_category, _, _ = match(gold, out.findings, ENTITIES.__getitem__)
    gold_phi = phi_records(gold)
    tp = len(gold_phi & out.phi)
    phi = Tally(len(gold_phi), tp, len(out.phi), tp)
    return {
        "records": out.records,
        "seconds": round(out.seconds, 3),
        "records_per_second": round(out.records / out.seconds) if out.seconds else None,
        "gold_spans": len(gold),
        "findings": len(out.findings),
        "entities": {e: _scores(t) for e, t in per_entity.items()},
        "categories": {c: _scores(t, TARGETS.get(c)) for c, t in per_category.items()},
        "phi_records": _scores(phi, TARGETS["phi_records"]),
        "worst_misses": worst(missed, top),
        "worst_false_positives": worst(spurious, top),
    }


def _scores(t: Tally, target: tuple[float | None, float | None] | None = None) -> dict:
    d: dict = {
        "gold": t.gold,
        "found": t.found,
        "predicted": t.predicted,
        "correct": t.correct,
        "precision": _r(t.precision),
        "recall": _r(t.recall),
        "f1": _r(t.f1),
    }
    if target is not None:
        tp, tr = target
        d["target_precision"], d["target_recall"] = tp, tr
        d["meets_target"] = (tp is None or (t.precision or 0.0) >= tp) and (
            tr is None or (t.recall or 0.0) >= tr
        )
    return d


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


# ----------------------------------------------------------------------------- printing


def _fmt(x: float | None) -> str:
    return "   -" if x is None else f"{x:.3f}"


def _target(value: float | None, target: float | None) -> str:
    if target is None:
        return ""
    ok = value is not None and value >= target
    return f"(>= {target:.2f} {'ok' if ok else 'MISS'})"


def render(name: str, res: dict) -> str:
    """Human-readable tables of one run."""
    lines = [
        f"== {name}: {res['records']} records, {res['gold_spans']} gold spans, "
        f"{res['findings']} findings, {res['seconds']:.1f} s",
        "",
        f"{'entity':<18}{'gold':>7}{'found':>7}{'recall':>8}{'pred':>7}{'tp':>7}"
        f"{'precis.':>8}{'F1':>7}",
    ]
    for entity in ENTITIES:
        s = res["entities"].get(entity)
        if s is None:
            continue
        lines.append(
            f"{entity:<18}{s['gold']:>7}{s['found']:>7}{_fmt(s['recall']):>8}"
            f"{s['predicted']:>7}{s['correct']:>7}{_fmt(s['precision']):>8}{_fmt(s['f1']):>7}"
        )
    lines += ["", f"{'category':<18}{'recall':>8}{'':<18}{'precision':>10}{'':<18}{'F1':>7}"]
    for cat in (IDENTIFIER, HEALTH):
        s = res["categories"].get(cat)
        if s is None:
            continue
        tp, tr = TARGETS[cat]
        lines.append(
            f"{cat:<18}{_fmt(s['recall']):>8} {_target(s['recall'], tr):<17}"
            f"{_fmt(s['precision']):>10} {_target(s['precision'], tp):<17}{_fmt(s['f1']):>7}"
        )
    s = res["phi_records"]
    lines.append(
        f"{'PHI records':<18}{_fmt(s['recall']):>8} "
        f"{_target(s['recall'], TARGETS['phi_records'][1]):<17}"
        f"{_fmt(s['precision']):>10} {'':<17}{_fmt(s['f1']):>7}"
        f"   ({s['gold']} gold, {s['predicted']} flagged)"
    )
    for title, key in (
        ("worst misses", "worst_misses"),
        ("worst false positives", "worst_false_positives"),
    ):
        rows = res[key]
        if not rows:
            continue
        lines += ["", f"{title} (source / field / entity: count, e.g. records):"]
        lines += [
            f"  {r['source']} / {r['field']} / {r['entity']}: {r['count']}, "
            f"e.g. {', '.join(map(str, r['records']))}"
            for r in rows
        ]
    return "\n".join(lines)


# ----------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--data", type=Path, default=ROOT / "sample_data", help="folder with exports/ and gold/"
    )
    ap.add_argument("--no-ner", action="store_true", help="only the run without NER")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    ap.add_argument("--top", type=int, default=12, help="rows in the worst-miss lists")
    ap.add_argument("--chunk", type=int, default=2000, help="records per engine call")
    ap.add_argument("--detectors", help="comma-separated detector names (default: all registered)")
    args = ap.parse_args(argv)

    gold_path = args.data / "gold" / "spans.jsonl"
    if not gold_path.exists():
        ap.error(f"{gold_path} not found; run sample_data/generate.py first")
    gold = load_gold(gold_path)
    files = [
        (s, read_records(p))
        for s, p in export_files(args.data / "exports", (g.source for g in gold))
    ]
    detectors = tuple(args.detectors.split(",")) if args.detectors else None

    runs = {"without_ner": False} if args.no_ner else {"without_ner": False, "with_ner": True}
    results: dict[str, dict] = {}
    for name, ner in runs.items():
        try:
            engine = Engine(EngineConfig(ner=ner, detectors=detectors))
            output = scan_all(engine, files, args.chunk)
        except Exception as exc:  # a detector being written today must not hide the rest
            results[name] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        results[name] = evaluate(gold, output, args.top)

    if args.json:
        print(json.dumps({"data": str(args.data), "runs": results}, indent=2))
        return 0
    for name, res in results.items():
        label = name.replace("_", " ")
        print(render(label, res) if "error" not in res else f"== {label}: failed ({res['error']})")
        print()
    print(RULE)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
