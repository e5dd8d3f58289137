"""The report's facts that ``summary.json`` does not hold, read from a scan's outputs.

``summary.json`` counts findings; the report also needs *where PHI travels*: per source
and field, how many PHI records carry a finding there, which entities, and one record to
show as an example. Those come from ``findings/`` (read one part at a time, a few columns
only, so a large scan never has to fit in memory) and ``rejects/``.

PHI is decided here per record from the findings themselves (an identifier finding and a
health finding in the same record: the contract's definition). Findings of one record
always sit in one part (a part is one chunk of one file), so every count is exact.
Nothing here reads a value: findings carry positions and entity names only.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

import pyarrow as pa
import pyarrow.compute as pc

from detectors.vocabulary import ENTITIES
from pipelines import writers

#: Entity families for the data-flow map when no destinations are configured: the
#: contract's 25 entities are too many to read as map nodes.
ENTITY_GROUPS: dict[str, tuple[str, ...]] = {
    "Names": ("NAME",),
    "Contact details": ("EMAIL", "PHONE", "FAX"),
    "Addresses": ("LOCATION", "ZIP_CODE"),
    "Dates and ages": ("DATE", "AGE_OVER_89"),
    "Medical and plan IDs": ("MRN", "HEALTH_PLAN_ID"),
    "Government and financial IDs": (
        "SSN",
        "LICENSE_NUMBER",
        "ACCOUNT_NUMBER",
        "CREDIT_CARD",
        "VEHICLE_ID",
    ),
    "Online and device IDs": (
        "ONLINE_ID",
        "HASHED_ID",
        "IP_ADDRESS",
        "DEVICE_ID",
        "URL",
        "BIOMETRIC_ID",
        "OTHER_ID",
    ),
    "Health context": ("HEALTH_CONDITION", "MEDICATION", "PROCEDURE"),
}
OTHER_GROUP = "Other identifiers"
_GROUP_OF = {e: g for g, ents in ENTITY_GROUPS.items() for e in ents}

_COLUMNS = ["source", "record", "field", "entity", "category"]


def entity_group(entity: str) -> str:
    """The map family of an entity (unknown plug-in entities: :data:`OTHER_GROUP`)."""
    return _GROUP_OF.get(entity, OTHER_GROUP)


@dataclass(frozen=True)
class ExampleRef:
    """Where to find an example: a PHI record, its identifier field and, when the
    health context sits elsewhere in the record, that field (paths with indices);
    ``richness``: distinct entities found in the field's value."""

    record: int
    field: str
    context_field: str | None
    richness: int = 1


@dataclass(frozen=True)
class FieldFlow:
    """PHI in one field of one source.

    Attributes:
        phi_records: PHI records with any finding in this field.
        id_records: PHI records with an identifier finding in this field.
        entities: findings per entity in PHI records.
        groups: PHI records per entity family (:data:`ENTITY_GROUPS`).
        paths: a few uncollapsed paths of the field (to match destination field globs).
        example: the first PHI record with an identifier here, or None.
    """

    source: str
    field: str
    phi_records: int
    id_records: int
    entities: Mapping[str, int]
    groups: Mapping[str, int]
    paths: tuple[str, ...]
    example: ExampleRef | None


@dataclass(frozen=True)
class RejectGroup:
    """Rejected records of one source with one reason."""

    source: str
    reason: str
    records: int


@dataclass(frozen=True)
class ScanFacts:
    """Everything the report reads besides summary.json."""

    flows: tuple[FieldFlow, ...]
    group_records: Mapping[str, Mapping[str, int]]  # source -> family -> PHI records
    rejects: tuple[RejectGroup, ...]
    rejected_records: Mapping[str, tuple[int, ...]]  # source -> sorted record indices


@dataclass
class _Acc:
    """Per (source, collapsed field) running counts across findings parts."""

    phi: Counter = field(default_factory=Counter)
    ids: Counter = field(default_factory=Counter)
    entities: dict = field(default_factory=lambda: defaultdict(Counter))
    groups: dict = field(default_factory=lambda: defaultdict(Counter))
    source_groups: dict = field(default_factory=lambda: defaultdict(Counter))
    paths: dict = field(default_factory=lambda: defaultdict(list))
    examples: dict = field(default_factory=dict)


_MAX_PATHS = 8


def _phi_rows(table: pa.Table) -> pa.Table:
    """The findings of PHI records only, with ``fc`` (collapsed field), ``grp`` and
    ``is_id`` columns."""
    is_id = pc.equal(table["category"], "identifier")
    is_health = pc.equal(table["category"], "health")
    per_record = (
        pa.table(
            {
                "source": table["source"],
                "record": table["record"],
                "i": is_id,
                "h": is_health,
            }
        )
        .group_by(["source", "record"])
        .aggregate([("i", "any"), ("h", "any")])
    )
    phi = per_record.filter(pc.and_(per_record["i_any"], per_record["h_any"]))
    if not phi.num_rows:
        return table.schema.empty_table()
    entities = pc.unique(table["entity"]).to_pylist()
    groups = pa.array([entity_group(e) for e in entities])
    table = table.append_column(
        "fc", pc.replace_substring_regex(table["field"], r"\[\d+\]", "[]")
    ).append_column("grp", pc.take(groups, pc.index_in(table["entity"], pa.array(entities))))
    table = table.append_column("is_id", is_id)
    return table.join(
        phi.select(["source", "record"]), keys=["source", "record"], join_type="inner"
    )


def _count(table: pa.Table, keys: list[str], distinct: str | None) -> Iterator[tuple]:
    agg = [(distinct, "count_distinct")] if distinct else [([], "count_all")]
    grouped = table.group_by(keys).aggregate(agg)
    cols = [grouped[k].to_pylist() for k in keys] + [grouped.column(len(keys)).to_pylist()]
    return zip(*cols, strict=True)


def _add_part(acc: _Acc, table: pa.Table) -> None:
    rows = _phi_rows(table)
    if not rows.num_rows:
        return
    for s, f, n in _count(rows, ["source", "fc"], "record"):
        acc.phi[s, f] += n
    for s, f, e, n in _count(rows, ["source", "fc", "entity"], None):
        acc.entities[s, f][e] += n
    for s, f, g, n in _count(rows, ["source", "fc", "grp"], "record"):
        acc.groups[s, f][g] += n
    for s, g, n in _count(rows, ["source", "grp"], "record"):
        acc.source_groups[s][g] += n
    for s, f, p, _ in _count(rows, ["source", "fc", "field"], None):
        if len(acc.paths[s, f]) < _MAX_PATHS:
            acc.paths[s, f].append(p)
    ids = rows.filter(rows["is_id"])
    for s, f, n in _count(ids, ["source", "fc"], "record"):
        acc.ids[s, f] += n
    _add_examples(acc, rows)


def _add_examples(acc: _Acc, rows: pa.Table) -> None:
    """Keep, per (source, field), the PHI record whose value there holds an identifier
    and the most distinct entities (the most telling example), the earliest on ties."""
    per_value = rows.group_by(["source", "fc", "record", "field"]).aggregate(
        [("entity", "count_distinct"), ("is_id", "any")]
    )
    per_value = per_value.filter(per_value["is_id_any"])
    best = (
        per_value.sort_by([("entity_count_distinct", "descending"), ("record", "ascending")])
        .group_by(["source", "fc"], use_threads=False)
        .aggregate([("record", "first"), ("field", "first"), ("entity_count_distinct", "first")])
    )
    wanted = {}
    for s, f, r, p, n in zip(
        best["source"].to_pylist(),
        best["fc"].to_pylist(),
        best["record_first"].to_pylist(),
        best["field_first"].to_pylist(),
        best["entity_count_distinct_first"].to_pylist(),
        strict=True,
    ):
        old = acc.examples.get((s, f))
        if old is None or (-n, r) < (-old.richness, old.record):
            wanted[s, f] = (r, p, n)
    if not wanted:
        return
    records = pa.array(sorted({r for r, _, _ in wanted.values()}), pa.int64())
    health = rows.filter(
        pc.and_(pc.invert(rows["is_id"]), pc.is_in(rows["record"], value_set=records))
    )
    context: dict[tuple[str, int], list[str]] = defaultdict(list)
    for s, r, p in zip(
        health["source"].to_pylist(),
        health["record"].to_pylist(),
        health["field"].to_pylist(),
        strict=True,
    ):
        if p not in context[s, r]:
            context[s, r].append(p)
    for (s, f), (r, p, n) in wanted.items():
        fields = context.get((s, r), [])
        # None: the identifier field carries its own health context
        ctx = None if p in fields or not fields else fields[0]
        acc.examples[s, f] = ExampleRef(r, p, ctx, n)


def collect_flows(parts: Iterable[pa.Table]) -> tuple[tuple[FieldFlow, ...], dict]:
    """Aggregate findings parts into per-(source, field) PHI flows, largest first, and
    PHI records per source and entity family."""
    acc = _Acc()
    for part in parts:
        if part.num_rows:
            _add_part(acc, part)
    flows = [
        FieldFlow(
            source=s,
            field=f,
            phi_records=n,
            id_records=acc.ids.get((s, f), 0),
            entities=_ordered(acc.entities[s, f]),
            groups=dict(acc.groups[s, f]),
            paths=tuple(acc.paths[s, f]),
            example=acc.examples.get((s, f)),
        )
        for (s, f), n in acc.phi.items()
    ]
    flows.sort(key=lambda fl: (-fl.phi_records, fl.source, fl.field))
    return tuple(flows), {s: dict(g) for s, g in acc.source_groups.items()}


def _ordered(counts: Mapping[str, int]) -> dict[str, int]:
    """Entities by count, then in the contract's order."""
    order = {e: i for i, e in enumerate(ENTITIES)}
    return dict(sorted(counts.items(), key=lambda kv: (-kv[1], order.get(kv[0], 99), kv[0])))


def findings_parts(outdir: str) -> Iterator[pa.Table]:
    """The report's columns of a scan's findings, one part file at a time."""
    for f in writers.list_files(writers.join(outdir, "findings"), ".parquet"):
        yield writers.read_parquet_columns(f, _COLUMNS)


def read_rejects(outdir: str) -> tuple[tuple[RejectGroup, ...], dict[str, tuple[int, ...]]]:
    """Rejects grouped by source and reason (most frequent first), and each source's
    rejected record indices (to find a record's row in its redacted copy)."""
    path = writers.join(outdir, "rejects", "rejects.parquet")
    if not writers.exists(path):
        return (), {}
    table = writers.read_parquet_columns(path, ["source", "record", "reason"])
    groups = [RejectGroup(s, r, n) for s, r, n in _count(table, ["source", "reason"], None)]
    groups.sort(key=lambda g: (g.source, -g.records, g.reason))
    indices: dict[str, list[int]] = defaultdict(list)
    for s, r in zip(table["source"].to_pylist(), table["record"].to_pylist(), strict=True):
        indices[s].append(r)
    return tuple(groups), {s: tuple(sorted(v)) for s, v in indices.items()}


def scan_facts(outdir: str) -> ScanFacts:
    """Read ``findings/`` and ``rejects/`` of a scan's output folder."""
    flows, groups = collect_flows(findings_parts(outdir))
    rejects, rejected = read_rejects(outdir)
    return ScanFacts(flows=flows, group_records=groups, rejects=rejects, rejected_records=rejected)
