"""The data-flow map's graph: sources -> fields -> destinations (or entity families).

Kept apart from the drawing (:func:`pipelines.report_svg.flow_map`) so that the numbers a
compliance team reads off the map can be tested without a browser. Every band carries
PHI records: from a source to a field, the PHI records in which the field carries a
finding; from a field to a destination, the same records of the sources that go there
(narrowed by the destination's field globs); from a field to an entity family, the PHI
records in which the field carries an entity of that family.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence

from detectors.globs import GlobError, compile_glob
from pipelines.report_data import ENTITY_GROUPS, OTHER_GROUP, FieldFlow, ScanFacts
from pipelines.report_svg import (
    BAA_COLOR,
    FIELD_NODE_COLOR,
    GROUP_COLORS,
    NO_BAA_COLOR,
    SOURCE_NODE_COLOR,
    UNMAPPED_COLOR,
    Edge,
    Node,
)

MAP_FIELDS = 3  # per source; the rest of a source's fields share one node


def short_name(source: str) -> str:
    """A source's file name (the full path is in the tooltip and the sources table)."""
    return source.rstrip("/").rsplit("/", 1)[-1]


def _source_nodes(summary: Mapping, flows: Sequence[FieldFlow]) -> list[Node]:
    with_flows = {f.source for f in flows}
    return [
        Node(
            f"s:{s['source']}",
            0,
            short_name(s["source"]),
            SOURCE_NODE_COLOR,
            note=f"{s.get('phi_records', 0):,} PHI records",
        )
        for s in summary.get("sources", [])
        if s["source"] in with_flows
    ]


def _field_nodes(
    flows: Sequence[FieldFlow], sources: Sequence[str]
) -> tuple[list[Node], dict[tuple[str, str], str]]:
    """The map's field nodes: each source's :data:`MAP_FIELDS` largest fields (one node
    per field name, shared by the sources that have it), then one node for the rest of
    that source's fields; and the node of every (source, field)."""
    by_source: dict[str, list[FieldFlow]] = defaultdict(list)
    total: dict[str, int] = defaultdict(int)
    for f in flows:  # largest first
        by_source[f.source].append(f)
        total[f.field] += f.phi_records
    shown = {f.field for s in sources for f in by_source[s][:MAP_FIELDS]}
    nodes: list[Node] = []
    node_of: dict[tuple[str, str], str] = {}
    for s in sources:
        rest = [f for f in by_source[s] if f.field not in shown]
        for f in by_source[s]:
            if f.field in shown:
                node_of[s, f.field] = f"f:{f.field}"
                if all(n.id != f"f:{f.field}" for n in nodes):
                    nodes.append(
                        Node(f"f:{f.field}", 1, f.field, FIELD_NODE_COLOR, f"{total[f.field]:,}")
                    )
        if rest:
            other = sum(f.phi_records for f in rest)
            label = f"+ {len(rest)} more field{'s' if len(rest) > 1 else ''}"
            nodes.append(Node(f"o:{s}", 1, label, FIELD_NODE_COLOR, f"{other:,}"))
            node_of.update({(s, f.field): f"o:{s}" for f in rest})
    return nodes, node_of


def _matches(globs: Sequence[str], flow: FieldFlow) -> bool:
    """Does a destination's field globs take this field (no globs: every field)?"""
    if not globs:
        return True
    candidates = [*flow.paths, flow.field.replace("[]", "[0]")]
    for g in globs:
        try:
            rx = compile_glob(g)
        except GlobError:
            continue
        if any(rx.fullmatch(p) for p in candidates):
            return True
    return False


def _destination_edges(
    destinations: Sequence[Mapping],
    flows: Sequence[FieldFlow],
    node_of: Mapping[tuple[str, str], str],
) -> tuple[list[Node], dict[tuple[str, str], float]]:
    """Destination nodes (plus one for PHI that goes to no listed destination) and the
    PHI records from each field node to each."""
    nodes: list[Node] = []
    weights: dict[tuple[str, str], float] = defaultdict(float)
    unmapped = 0.0
    for i, d in enumerate(destinations):
        baa = bool(d.get("baa"))
        phi = d.get("phi_records")
        note = ("BAA" if baa else "no BAA") + (f" · {phi:,} PHI records" if phi is not None else "")
        nodes.append(
            Node(
                f"d:{i}",
                2,
                str(d.get("name", f"destination {i + 1}")),
                BAA_COLOR if baa else NO_BAA_COLOR,
                note=note,
                alert=not baa,
            )
        )
    for f in flows:
        sent = False
        for i, d in enumerate(destinations):
            if f.source in set(d.get("sources", ())) and _matches(d.get("fields") or (), f):
                weights[node_of[f.source, f.field], f"d:{i}"] += f.phi_records
                sent = True
        if not sent:
            weights[node_of[f.source, f.field], "d:-"] += f.phi_records
            unmapped += f.phi_records
    if unmapped:
        nodes.append(Node("d:-", 2, "no destination listed", UNMAPPED_COLOR))
    return nodes, weights


def _group_edges(
    flows: Sequence[FieldFlow],
    node_of: Mapping[tuple[str, str], str],
    group_records: Mapping[str, Mapping[str, int]],
) -> tuple[list[Node], dict[tuple[str, str], float]]:
    """Entity-family nodes and the PHI records from each field node to each family."""
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for f in flows:
        for g, n in f.groups.items():
            weights[node_of[f.source, f.field], f"g:{g}"] += n
    present = {g for _, g in weights}
    per_group: dict[str, int] = defaultdict(int)
    for groups in group_records.values():
        for g, n in groups.items():
            per_group[g] += n
    names = [*ENTITY_GROUPS, OTHER_GROUP]
    nodes = [
        Node(f"g:{g}", 2, g, GROUP_COLORS[g], note=f"{per_group.get(g, 0):,} PHI records")
        for g in names
        if f"g:{g}" in present
    ]
    return nodes, weights


def flow_graph(summary: Mapping, facts: ScanFacts) -> tuple[list[Node], list[Edge], bool]:
    """Nodes and edges of the data-flow map; True when it ends in destinations."""
    sources = _source_nodes(summary, facts.flows)
    known = {n.id[2:] for n in sources}
    flows = [f for f in facts.flows if f.source in known]
    fields, node_of = _field_nodes(flows, [n.id[2:] for n in sources])
    first: dict[tuple[str, str], float] = defaultdict(float)
    for f in flows:
        first[f"s:{f.source}", node_of[f.source, f.field]] += f.phi_records
    destinations = summary.get("destinations") or []
    if destinations:
        targets, second = _destination_edges(destinations, flows, node_of)
    else:
        targets, second = _group_edges(flows, node_of, facts.group_records)
    # targets in the order of the fields that feed them (fewer crossing bands)
    rank = {n.id: i for i, n in enumerate(fields)}
    weight_sum: dict[str, float] = defaultdict(float)
    position: dict[str, float] = defaultdict(float)
    for (f, t), w in second.items():
        weight_sum[t] += w
        position[t] += rank[f] * w
    targets.sort(key=lambda n: (n.id == "d:-", position[n.id] / (weight_sum[n.id] or 1)))
    edges = [Edge(s, t, w) for (s, t), w in {**first, **second}.items() if w > 0]
    return [*sources, *fields, *targets], edges, bool(destinations)
