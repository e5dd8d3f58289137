"""Presidio's own recognizer test cases (``../shared/eval``) as an outside check.

Scoring follows ``shared/eval/README.md``: only findings of the case's entity count; a
positive span is found when one finding covers at least 80% of it; a negative case is
clean when no finding of its entity appears. URL cases (off by default in phistream) and
Presidio's weak matches (upper score bound <= 0.3) are left out, as the issue allows.
Targets: >= 95% of positive spans found and >= 90% of negatives clean.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from detectors import Engine, EngineConfig

CASES = Path(__file__).resolve().parents[2] / "shared" / "eval" / "presidio_cases.jsonl"

pytestmark = pytest.mark.skipif(not CASES.exists(), reason=f"{CASES} not present")


def _load_cases() -> list[dict]:
    return [json.loads(line) for line in CASES.read_text().splitlines() if line.strip()]


def _usable_spans(case: dict) -> list[tuple[int, int]]:
    scores = case.get("presidio_score") or [[1.0, 1.0]] * len(case["spans"])
    return [tuple(s) for s, sc in zip(case["spans"], scores, strict=True) if sc[1] > 0.3]


def _covered(span: tuple[int, int], found: list[tuple[int, int]]) -> bool:
    s, e = span
    need = 0.8 * (e - s)
    return any(min(e, fe) - max(s, fs) >= need for fs, fe in found)


@pytest.fixture(scope="module")
def results() -> dict[str, Counter]:
    engine = Engine(EngineConfig(ner=True))
    cases = [c for c in _load_cases() if c["entity"] != "URL"]
    records = [{"text": c["text"]} for c in cases]
    findings = engine.scan(records, source="presidio_cases").findings.to_pylist()
    by_record: dict[int, list[dict]] = {}
    for f in findings:
        by_record.setdefault(f["record"], []).append(f)
    tally: dict[str, Counter] = {}
    for i, case in enumerate(cases):
        found = [
            (f["start"], f["end"]) for f in by_record.get(i, []) if f["entity"] == case["entity"]
        ]
        t = tally.setdefault(case["entity"], Counter())
        if case["spans"] is None:
            t["count_cases"] += 1
            t["count_ok"] += len(found) == case["count"]
        elif case["spans"]:
            for span in _usable_spans(case):
                t["pos"] += 1
                t["pos_found"] += _covered(span, found)
        else:
            t["neg"] += 1
            t["neg_clean"] += not found
    return tally


def _table(tally: dict[str, Counter]) -> str:
    rows = [
        f"{e:16s} positives {t['pos_found']}/{t['pos']}"
        f"  negatives clean {t['neg_clean']}/{t['neg']}"
        for e, t in sorted(tally.items())
    ]
    return "\n".join(rows)


@pytest.mark.ner
def test_positives_found(results: dict[str, Counter]) -> None:
    pos = sum(t["pos"] for t in results.values())
    found = sum(t["pos_found"] for t in results.values())
    assert pos > 300
    assert found / pos >= 0.95, _table(results)


@pytest.mark.ner
def test_negatives_clean(results: dict[str, Counter]) -> None:
    neg = sum(t["neg"] for t in results.values())
    clean = sum(t["neg_clean"] for t in results.values())
    assert neg > 200
    assert clean / neg >= 0.90, _table(results)
