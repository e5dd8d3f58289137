"""Per-chunk counts written by the pipeline, and ``summary.json`` built from them.

Workers cannot hand results back to the launcher on every runner (Dataflow, Flink and
Spark have no shared memory with it), so each chunk writes a tiny JSON of counts next to
its outputs; after ``wait_until_finish()`` the launcher adds them up. The same files drive
the progress display while the scan runs.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass, field

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.globs import glob_matches
from detectors.policy import Destination
from detectors.vocabulary import ENTITIES
from pipelines.inputs import InputFile

TOP_FIELDS = 25


@dataclass(frozen=True)
class ChunkStats:
    """Counts of one chunk (``kind="chunk"``) or the tail of one ref (``kind="ref"``:
    rejects and storage bytes not attributed to a chunk)."""

    source: str
    name: str
    kind: str
    first_record: int
    records: int = 0
    rejects: int = 0
    findings: int = 0
    phi_records: int = 0
    records_with_findings: int = 0
    nbytes: int = 0
    by_entity: dict[str, int] = field(default_factory=dict)
    by_field: dict[str, dict[str, int]] = field(default_factory=dict)

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping) -> ChunkStats:
        return cls(**data)


def chunk_stats(
    *,
    source: str,
    name: str,
    first_record: int,
    records: int,
    findings: pa.Table,
    phi: np.ndarray,
    nbytes: int = 0,
) -> ChunkStats:
    """Count one chunk's findings by entity and field (values never leave the table).

    Fields are counted with list indices collapsed (``event_params[3].value`` ->
    ``event_params[].value``), so that a field ranks across records.
    """
    by_entity: dict[str, int] = {}
    by_field: dict[str, dict[str, int]] = defaultdict(dict)
    with_findings = 0
    if findings.num_rows:
        pairs = (
            pa.table(
                {
                    "field": pc.replace_substring_regex(findings["field"], r"\[\d+\]", "[]"),
                    "entity": findings["entity"],
                }
            )
            .group_by(["field", "entity"])
            .aggregate([([], "count_all")])
        )
        for f, e, n in zip(
            pairs["field"].to_pylist(),
            pairs["entity"].to_pylist(),
            pairs["count_all"].to_pylist(),
            strict=True,
        ):
            by_field[f][e] = n
            by_entity[e] = by_entity.get(e, 0) + n
        with_findings = len(pc.unique(findings["record"]))
    return ChunkStats(
        source=source,
        name=name,
        kind="chunk",
        first_record=first_record,
        records=records,
        findings=findings.num_rows,
        phi_records=int(np.count_nonzero(phi)),
        records_with_findings=with_findings,
        nbytes=nbytes,
        by_entity=dict(sorted(by_entity.items())),
        by_field=dict(by_field),
    )


def _entity_order(counts: Mapping[str, int]) -> dict[str, int]:
    """Entities in the contract's order (unknown names last)."""
    order = {e: i for i, e in enumerate(ENTITIES)}
    return {e: counts[e] for e in sorted(counts, key=lambda e: (order.get(e, len(order)), e))}


def build_summary(
    stats: Iterable[ChunkStats],
    files: Sequence[InputFile],
    *,
    wall_time: float,
    runner: str,
    settings: Mapping[str, object],
    redacted: Mapping[str, str],
    started: dt.datetime,
    destinations: Sequence[Destination] = (),
    sessions: Mapping[str, int] | None = None,
) -> dict:
    """The ``summary.json`` document.

    Args:
        stats: every chunk's and ref's counts.
        files: the scanned files, in scan order.
        wall_time: seconds from pipeline construction to the last output.
        runner: the Beam runner's name.
        settings: the scan's options worth recording (NER, policy, chunk size).
        redacted: input name -> redacted copy's path relative to OUTDIR.
        started: when the scan started (UTC).
        destinations: the policy's destinations, for the data-flow audit.
        sessions: totals of the session PHI rule (records in PHI sessions, ...), if used.
    """
    per_source: dict[str, Counter] = defaultdict(Counter)
    entity_by_source: dict[str, Counter] = defaultdict(Counter)
    fields: dict[str, Counter] = defaultdict(Counter)
    fields_by_source: dict[str, dict[str, Counter]] = defaultdict(lambda: defaultdict(Counter))
    for s in stats:
        c = per_source[s.source]
        c["records"] += s.records
        c["rejects"] += s.rejects
        c["findings"] += s.findings
        c["phi_records"] += s.phi_records
        c["records_with_findings"] += s.records_with_findings
        entity_by_source[s.source].update(s.by_entity)
        for f, ents in s.by_field.items():
            fields[f].update(ents)
            fields_by_source[s.source][f].update(ents)

    sources = []
    for f in files:
        c = per_source.get(f.source, Counter())
        sources.append(
            {
                "source": f.source,
                "format": f.layout
                if f.layout in ("csv", "parquet", "xlsx")
                else f"json {f.layout}",
                "gzip": f.gzip,
                "bytes": f.size,
                "records": c["records"],
                "rejects": c["rejects"],
                "findings": c["findings"],
                "records_with_findings": c["records_with_findings"],
                "phi_records": c["phi_records"],
                "findings_by_entity": _entity_order(entity_by_source.get(f.source, Counter())),
                "redacted": redacted.get(f.name),
            }
        )
    by_entity: Counter = Counter()
    for c in entity_by_source.values():
        by_entity.update(c)
    by_category: Counter = Counter()
    for e, n in by_entity.items():
        by_category[ENTITIES.get(e, "identifier")] += n
    ranked = sorted(fields.items(), key=lambda kv: (-sum(kv[1].values()), kv[0]))[:TOP_FIELDS]
    records = sum(s["records"] for s in sources)
    totals = {
        "files": len(files),
        "records": records,
        "rejects": sum(s["rejects"] for s in sources),
        "findings": sum(s["findings"] for s in sources),
        "records_with_findings": sum(s["records_with_findings"] for s in sources),
        "phi_records": sum(s["phi_records"] for s in sources),
    }
    if sessions is not None:
        # the session rule widens PHI to every record of a session holding both kinds
        totals["phi_records_by_record"] = totals["phi_records"]
        totals["phi_records"] = int(sessions.get("phi_records", 0))
        totals["sessions"] = int(sessions.get("sessions", 0))
        totals["phi_sessions"] = int(sessions.get("phi_sessions", 0))
    doc = {
        "phistream_summary": 1,
        "started": started.isoformat(timespec="seconds"),
        "wall_time_s": round(wall_time, 3),
        "records_per_s": round(records / wall_time, 1) if wall_time > 0 else None,
        "runner": runner,
        "settings": dict(settings),
        "totals": totals,
        "findings_by_entity": _entity_order(by_entity),
        "findings_by_category": dict(sorted(by_category.items())),
        "top_fields": [
            {"field": f, "findings": sum(ents.values()), "entities": _entity_order(ents)}
            for f, ents in ranked
        ],
        "sources": sources,
    }
    if destinations:
        doc["destinations"] = destination_flows(destinations, sources, fields_by_source)
    return doc


def _source_matches(pattern: str, source: str) -> bool:
    """Source globs: ``**/meta_*`` also matches ``meta_capi.jsonl`` at the top level."""
    if glob_matches(pattern, source, "/"):
        return True
    return pattern.startswith("**/") and glob_matches(pattern[3:], source, "/")


def _field_matches(pattern: str, collapsed: str) -> bool:
    """Field globs against counted fields, whose list indices are collapsed to ``[]``."""
    return glob_matches(pattern, collapsed.replace("[]", "[0]"))


def destination_flows(
    destinations: Sequence[Destination],
    sources: Sequence[Mapping],
    fields_by_source: Mapping[str, Mapping[str, Counter]],
) -> list[dict]:
    """Per destination: which sources flow there, how many (PHI) records, which entities.

    A destination receives the records of every source matching its ``sources`` globs (all
    sources when it names none). Its entities are the findings in those sources, narrowed
    to the fields matching its ``fields`` globs when it names any. Record counts are at
    source granularity. A destination without a BAA that receives PHI records is flagged.
    """
    out = []
    for d in destinations:
        matched = [
            s
            for s in sources
            if not d.sources or any(_source_matches(g, s["source"]) for g in d.sources)
        ]
        entities: Counter = Counter()
        for s in matched:
            for f, ents in fields_by_source.get(s["source"], {}).items():
                if not d.fields or any(_field_matches(g, f) for g in d.fields):
                    entities.update(ents)
        phi = sum(s["phi_records"] for s in matched)
        out.append(
            {
                "name": d.name,
                "baa": d.baa,
                "fields": list(d.fields),
                "sources": [s["source"] for s in matched],
                "records": sum(s["records"] for s in matched),
                "phi_records": phi,
                "entities": _entity_order(entities),
                "flagged": (not d.baa) and phi > 0,
            }
        )
    return out
