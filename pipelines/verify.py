"""``phistream verify OUTDIR``: re-scan a scan's redacted copies with the same policy.

Every finding in a redacted copy is classified:

* ``kept``: the policy keeps that entity in that field (health context under Safe Harbor);
* ``redacted``: the text is the policy's own output (``<EMAIL>``, ``ps_3fa9…``, ``627``,
  ``1985``): operators recognise their output, so a re-detected pseudonym is not a leak;
* ``residual``: anything else — an identifier the policy should have removed.

The command prints residual counts per entity and field (never values), writes
``OUTDIR/verify.json``, and exits 1 when an identifier remains.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

import pyarrow.parquet as pq

from detectors import Engine, RedactSpan
from detectors.cells import iter_leaves, value_text
from detectors.operators import Keep
from detectors.policy import Policy, PolicyError, load_policy
from detectors.redact import Redactor
from detectors.vocabulary import ENTITIES, IDENTIFIER
from pipelines.inputs import InputError

BATCH_ROWS = 2000


@dataclass
class VerifyResult:
    """Counts of a verification (no values)."""

    files: int = 0
    records: int = 0
    findings: Counter = field(default_factory=Counter)  # kind -> count
    residual: Counter = field(default_factory=Counter)  # (entity, field) -> count

    @property
    def residual_identifiers(self) -> int:
        return sum(n for (e, _), n in self.residual.items() if ENTITIES[e] == IDENTIFIER)

    def to_json(self) -> dict:
        by_entity: Counter = Counter()
        for (e, _), n in self.residual.items():
            by_entity[e] += n
        return {
            "files": self.files,
            "records": self.records,
            "findings": dict(self.findings),
            "residual_identifiers": self.residual_identifiers,
            "residual_by_entity": dict(sorted(by_entity.items())),
            "residual_by_field": [
                {"entity": e, "field": f, "count": n}
                for (e, f), n in sorted(self.residual.items(), key=lambda kv: (-kv[1], kv[0]))
            ],
        }


def policy_of_scan(outdir: str) -> tuple[Policy, bool]:
    """The policy (and NER setting) recorded in ``OUTDIR/summary.json``."""
    path = os.path.join(outdir, "summary.json")
    try:
        with open(path, encoding="utf-8") as fh:
            summary = json.load(fh)
    except FileNotFoundError:
        raise InputError(outdir, "no summary.json here (not a phistream scan output?)") from None
    except (OSError, ValueError):
        raise InputError(path, "cannot read the scan summary") from None
    settings = summary.get("settings", {})
    spec = settings.get("policy", {})
    spec = spec.get("source") if isinstance(spec, Mapping) else spec
    ner = bool(settings.get("ner", True))
    try:
        return load_policy(spec or None, ner=ner), ner
    except PolicyError as exc:
        where, _, cause = str(exc).partition(": ")
        raise InputError(where, cause) from None


def redacted_files(outdir: str) -> list[str]:
    """The redacted Parquet copies under ``OUTDIR/redacted`` (sorted)."""
    root = os.path.join(outdir, "redacted")
    found = []
    for dirpath, _dirs, names in os.walk(root):
        found.extend(os.path.join(dirpath, n) for n in names if n.endswith(".parquet"))
    return sorted(found)


def _batches(path: str) -> Iterator[list[dict]]:
    pf = pq.ParquetFile(path)
    for batch in pf.iter_batches(batch_size=BATCH_ROWS):
        yield batch.to_pylist()


def verify(outdir: str) -> VerifyResult:
    """Re-scan ``outdir``'s redacted copies; classify every finding (see module doc)."""
    policy, _ner = policy_of_scan(outdir)
    engine = Engine(policy.engine)
    redactor = Redactor(policy.redaction)
    result = VerifyResult()
    root = os.path.join(outdir, "redacted")
    for path in redacted_files(outdir):
        result.files += 1
        source = os.path.relpath(path, root)
        first = 0
        for rows in _batches(path):
            res = engine.scan(rows, source=source, first_record=first)
            result.records += len(rows)
            leaves: dict[tuple[int, str], object] = {}
            for local in {r - first for r in res.findings.column("record").to_pylist()}:
                for p, _hint, leaf in iter_leaves(rows[local]):
                    leaves[(local, p)] = leaf
            for f in res.findings.to_pylist():
                leaf = leaves.get((f["record"] - first, f["field"]))
                span = RedactSpan(f["start"], f["end"], f["entity"])
                kind = classify(redactor, leaf, span, f["field"])
                if kind == "residual":
                    result.residual[(f["entity"], f["field"])] += 1
                result.findings[kind] += 1
            first += len(rows)
    return result


def classify(redactor: Redactor, leaf: object, span: RedactSpan, path: str) -> str:
    """``kept``, ``redacted`` or ``residual`` (see the module doc): a finding ``span`` in
    the value ``leaf`` at ``path`` of a redacted copy, under ``redactor``'s rules. Public
    so that tests judge a redacted record exactly as ``phistream verify`` does."""
    rules = redactor.rules
    if isinstance(rules.operator_for(path, span.entity), Keep):
        return "kept"
    text = (value_text(leaf) or "")[span.start : span.end]
    if rules.is_output(text) or _stable(redactor, leaf, span, path):
        return "redacted"
    return "residual"


def _stable(redactor: Redactor, leaf: object, span: RedactSpan, path: str) -> bool:
    """Redacting the value again would not change it: it is the policy's own output
    (a generalized ``1985-01-01`` date, an integer pseudonym, ``90+``)."""
    if isinstance(leaf, str):
        op = redactor.rules.operator_for(path, span.entity)
        text = leaf[span.start : span.end]
        return op.apply(text, span.entity) == text
    return redactor.value(leaf, [span], path) == leaf


def write_result(outdir: str, result: VerifyResult) -> str:
    """Write ``OUTDIR/verify.json`` (counts only)."""
    path = os.path.join(outdir, "verify.json")
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(result.to_json(), fh, indent=2)
    return path
