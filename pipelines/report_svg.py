"""Inline SVG charts for ``report.html``: no script, no library, no external asset.

Charts are plain SVG elements with ``role="img"``, a ``<title>`` and a ``<desc>`` that say
in words what the chart shows (screen readers and text-only mail clients read those), and
per-element ``<title>`` tooltips with exact figures. Fills are solid colours chosen to
stay apart for common colour-vision deficiencies and to print on a grey-scale printer;
meaning is never carried by colour alone (bars carry their numbers, destinations without
a BAA carry the words "no BAA").
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

IDENTIFIER_COLOR = "#3056d3"
HEALTH_COLOR = "#c2410c"
SOURCE_NODE_COLOR = "#334155"
FIELD_NODE_COLOR = "#6b7280"
BAA_COLOR = "#15803d"
NO_BAA_COLOR = "#b91c1c"
UNMAPPED_COLOR = "#a1a1aa"
LINK_COLOR = "#94a3b8"
TRACK_COLOR = "#e5e7eb"
TEXT_COLOR = "#1d2330"
MUTED_COLOR = "#5b6475"

#: One colour per entity family (data-flow map nodes, entity-mix bars).
GROUP_COLORS: dict[str, str] = {
    "Names": "#1d4ed8",
    "Contact details": "#0e7490",
    "Addresses": "#4d7c0f",
    "Dates and ages": "#a16207",
    "Medical and plan IDs": "#7e22ce",
    "Government and financial IDs": "#be185d",
    "Online and device IDs": "#475569",
    "Health context": "#c2410c",
    "Other identifiers": "#78716c",
}
_FONT = 'font-family="system-ui,-apple-system,Segoe UI,Roboto,sans-serif"'


def esc(value: object) -> str:
    """HTML/SVG-escape any text (field names and file names come from the data)."""
    return html.escape(str(value), quote=True)


def clip(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters with an ellipsis in the middle (the start
    and end of a path tell it apart best)."""
    if len(text) <= limit:
        return text
    head = (limit - 1) * 2 // 3
    return text[:head] + "…" + text[len(text) - (limit - 1 - head) :]


def _n(value: float) -> str:
    return f"{value:,.0f}"


def _svg(ident: str, width: float, height: float, title: str, desc: str, body: str) -> str:
    return (
        f'<svg viewBox="0 0 {width:.0f} {height:.0f}" width="{width:.0f}" '
        f'role="img" aria-labelledby="{ident}-t {ident}-d" class="chart" {_FONT} '
        f'font-size="12" fill="{TEXT_COLOR}">'
        f'<title id="{ident}-t">{esc(title)}</title><desc id="{ident}-d">{esc(desc)}</desc>'
        f"{body}</svg>"
    )


@dataclass(frozen=True)
class Bar:
    """One bar: its label, value and fill; ``note`` is added to its tooltip."""

    label: str
    value: float
    color: str
    note: str = ""


def bar_chart(
    bars: Sequence[Bar], *, ident: str, title: str, desc: str, width: int = 760, unit: str = ""
) -> str:
    """A horizontal bar chart, one labelled row per bar, the value printed after it."""
    label_w, row_h, bar_h, top = 170, 19, 13, 4
    value_w = 70
    span = width - label_w - value_w
    peak = max((b.value for b in bars), default=0) or 1
    rows = []
    for i, b in enumerate(bars):
        y = top + i * row_h
        w = max(b.value / peak * span, 1.5 if b.value else 0)
        tip = f"{b.label}: {_n(b.value)}{unit}" + (f" ({b.note})" if b.note else "")
        rows.append(
            f"<g><title>{esc(tip)}</title>"
            f'<text x="{label_w - 8}" y="{y + bar_h - 2}" text-anchor="end">'
            f"{esc(clip(b.label, 26))}</text>"
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h}" fill="{b.color}"/>'
            f'<text x="{label_w + w + 6:.1f}" y="{y + bar_h - 2}" fill="{MUTED_COLOR}">'
            f"{_n(b.value)}{esc(unit)}</text></g>"
        )
    height = top * 2 + len(bars) * row_h
    return _svg(ident, width, height, title, desc, "".join(rows))


def meter(fraction: float, *, color: str, width: int = 140, height: int = 12) -> str:
    """A small decorative share bar; the figure itself is printed beside it."""
    w = max(0.0, min(1.0, fraction)) * width
    return (
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-hidden="true" class="meter"><rect width="{width}" height="{height}" '
        f'fill="{TRACK_COLOR}"/><rect width="{w:.1f}" height="{height}" fill="{color}"/></svg>'
    )


def stack_bar(
    parts: Sequence[tuple[str, float, str]], *, width: int = 150, height: int = 12
) -> str:
    """A small decorative stacked bar of ``(label, value, colour)`` parts."""
    total = sum(v for _, v, _ in parts) or 1
    x, rects = 0.0, []
    for label, value, color in parts:
        w = value / total * width
        rects.append(
            f'<rect x="{x:.1f}" width="{w:.1f}" height="{height}" fill="{color}">'
            f"<title>{esc(label)}: {_n(value)}</title></rect>"
        )
        x += w
    return (
        f'<svg viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
        f'aria-hidden="true" class="meter">{"".join(rects)}</svg>'
    )


# -- the data-flow map ------------------------------------------------------------------------


@dataclass(frozen=True)
class Node:
    """A node of the flow map: ``column`` 0 (sources), 1 (fields) or 2 (destinations or
    entity families); ``note`` is printed under or after the label (e.g. "no BAA")."""

    id: str
    column: int
    label: str
    color: str
    note: str = ""
    alert: bool = False


@dataclass(frozen=True)
class Edge:
    """A band of ``weight`` PHI records from one node to another."""

    source: str
    target: str
    weight: float


_COL_X = (220.0, 500.0, 770.0)
_NODE_W = 14.0
_GAP = 8.0
_TOP = 34.0
_LABEL_CHARS = (30, 30, 28)


_SLOT = (28.0, 16.0, 28.0)  # the least vertical room of a node's label, per column


def _layout(nodes: Sequence[Node], edges: Sequence[Edge], height: float):
    """Node heights from the larger of their in- and out-flow, one scale for all
    columns so that band widths compare across the map; nodes keep the given order and
    a small node is centred in a slot tall enough for its label."""
    inflow: dict[str, float] = defaultdict(float)
    outflow: dict[str, float] = defaultdict(float)
    for e in edges:
        outflow[e.source] += e.weight
        inflow[e.target] += e.weight
    value = {n.id: max(inflow[n.id], outflow[n.id]) for n in nodes}
    columns: dict[int, list[Node]] = defaultdict(list)
    for n in nodes:
        columns[n.column].append(n)
    scale = min(
        (height - _GAP * (len(col) - 1)) / (sum(value[n.id] for n in col) or 1)
        for col in columns.values()
    )
    pos: dict[str, tuple[float, float]] = {}
    bottom = _TOP
    for c, col in columns.items():
        y = _TOP
        for n in col:
            h = max(value[n.id] * scale, 3.0)
            room = max(h, _SLOT[c])
            pos[n.id] = (y + (room - h) / 2, h)
            y += room + _GAP
        bottom = max(bottom, y - _GAP)
    return pos, scale, bottom


def _label(n: Node, y: float, h: float) -> str:
    x = _COL_X[n.column]
    text = esc(clip(n.label, _LABEL_CHARS[n.column]))
    if n.column == 0:
        attrs = f'x="{x - 6:.0f}" text-anchor="end"'
    else:
        attrs = f'x="{x + _NODE_W + 6:.0f}" class="halo"'
    weight = ' font-weight="600"' if n.alert else ""
    note_fill = NO_BAA_COLOR if n.alert else MUTED_COLOR
    mid = y + h / 2
    if n.note and n.column != 1:
        return (
            f'<text {attrs} y="{mid - 2:.1f}"{weight}>{text}</text>'
            f'<text {attrs} y="{mid + 11:.1f}" font-size="11" fill="{note_fill}"{weight}>'
            f"{esc(n.note)}</text>"
        )
    note = f' <tspan fill="{note_fill}" font-size="11">{esc(n.note)}</tspan>' if n.note else ""
    return f'<text {attrs} y="{mid + 4:.1f}"{weight}>{text}{note}</text>'


def flow_map(
    nodes: Sequence[Node],
    edges: Sequence[Edge],
    *,
    ident: str,
    title: str,
    desc: str,
    headings: tuple[str, str, str],
    height: float = 420,
) -> str:
    """Three columns of nodes joined by bands as wide as the PHI records they carry."""
    pos, scale, bottom = _layout(nodes, edges, height)
    by_id = {n.id: n for n in nodes}
    out_off: dict[str, float] = defaultdict(float)
    in_off: dict[str, float] = defaultdict(float)
    center = {k: y + h / 2 for k, (y, h) in pos.items()}
    ordered = sorted(edges, key=lambda e: (center[e.source], center[e.target]))
    bands_by_out = sorted(ordered, key=lambda e: (center[e.source], center[e.target]))
    start: dict[int, float] = {}
    for e in bands_by_out:
        start[id(e)] = pos[e.source][0] + out_off[e.source]
        out_off[e.source] += e.weight * scale
    bands = []
    for e in sorted(ordered, key=lambda e: (center[e.target], center[e.source])):
        w = max(e.weight * scale, 0.8)
        y0 = start[id(e)]
        y1 = pos[e.target][0] + in_off[e.target]
        in_off[e.target] += e.weight * scale
        x0 = _COL_X[by_id[e.source].column] + _NODE_W
        x1 = _COL_X[by_id[e.target].column]
        xm = (x0 + x1) / 2
        target = by_id[e.target]
        color = target.color if target.column == 2 else LINK_COLOR
        opacity = 0.45 if target.column == 2 else 0.55
        tip = f"{by_id[e.source].label} → {target.label}: {_n(e.weight)} PHI records"
        bands.append(
            f'<path d="M{x0:.1f},{y0:.1f}C{xm:.1f},{y0:.1f} {xm:.1f},{y1:.1f} {x1:.1f},{y1:.1f}'
            f"V{y1 + w:.1f}C{xm:.1f},{y1 + w:.1f} {xm:.1f},{y0 + w:.1f} {x0:.1f},{y0 + w:.1f}Z"
            f'" fill="{color}" fill-opacity="{opacity}"><title>{esc(tip)}</title></path>'
        )
    boxes, labels = [], []
    for n in nodes:
        y, h = pos[n.id]
        tip = n.label + (f" — {n.note}" if n.note else "")
        boxes.append(
            f'<rect x="{_COL_X[n.column]:.0f}" y="{y:.1f}" width="{_NODE_W:.0f}" '
            f'height="{h:.1f}" fill="{n.color}"><title>{esc(tip)}</title></rect>'
        )
        labels.append(_label(n, y, h))
    heads = "".join(
        f'<text x="{x + (_NODE_W if i == 0 else 0):.0f}" y="16" font-weight="600" '
        f'text-anchor="{"end" if i == 0 else "start"}">{esc(h)}</text>'
        for i, (x, h) in enumerate(zip(_COL_X, headings, strict=True))
    )
    body = heads + "".join(bands) + "".join(boxes) + "".join(labels)
    return _svg(ident, 1000, bottom + 12, title, desc, body)
