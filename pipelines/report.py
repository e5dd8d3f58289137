"""``report.html``: where PHI sits and where it goes, for a marketing-compliance team.

One self-contained file (inline CSS and SVG; no script, no font, no image, no address of
any kind), written by every scan and rebuilt by ``phistream report OUTDIR``. It reads
``summary.json`` (counts), ``findings/`` (which fields carry PHI, through
:mod:`pipelines.report_data`), ``rejects/`` (reasons) and one row per example from the
*redacted* copies (:mod:`pipelines.report_examples`); never the input. It holds counts,
entity names, field paths and file names, all HTML-escaped, and never a scanned value.

Destinations come from ``summary["destinations"]`` when the policy names them::

    [{"name": "Meta", "baa": false, "sources": ["exports/meta_capi.jsonl"],
      "fields": ["user_data.*"], "phi_records": 264, "records": 300,
      "entities": {"EMAIL": 20, ...}, "flagged": true}]

``sources`` are the scanned sources that go there; ``fields`` (optional) the policy's
field-path globs narrowing what goes there. Without destinations the map ends in entity
families instead.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping, Sequence
from importlib import metadata

from detectors.vocabulary import ENTITIES
from pipelines import writers
from pipelines.report_data import (
    FieldFlow,
    ScanFacts,
    entity_group,
    scan_facts,
)
from pipelines.report_examples import Example, render_examples
from pipelines.report_flows import flow_graph, short_name
from pipelines.report_svg import (
    GROUP_COLORS,
    HEALTH_COLOR,
    IDENTIFIER_COLOR,
    NO_BAA_COLOR,
    Bar,
    bar_chart,
    esc,
    flow_map,
    meter,
    stack_bar,
)

TOP_PER_SOURCE = 2
TOP_FIELDS = 15
FLOW_TABLE_ROWS = 25
REJECT_REASONS = 5

_CSS = """
*{box-sizing:border-box;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;color:#1d2330;background:#fff;
font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
main{max-width:1060px;margin:0 auto;padding:28px 32px 40px}
h1{font-size:25px;margin:0 0 2px}
h2{font-size:17px;margin:30px 0 10px;padding-bottom:4px;border-bottom:2px solid #1d2330}
p{margin:6px 0}.muted,figcaption,.note{color:#5b6475}
.lede{max-width:62em}
.cards{display:grid;grid-template-columns:repeat(4,1fr);gap:12px;margin:18px 0 6px}
.card{border:1px solid #d8dce5;border-radius:8px;padding:10px 14px}
.card b{display:block;font-size:27px;line-height:1.2;font-variant-numeric:tabular-nums}
.card span{color:#5b6475;font-size:12.5px}
.card.phi{border-color:#e8b4b4;background:#fdf4f4}.card.phi b{color:#b91c1c}
table{border-collapse:collapse;width:100%;font-size:13px;margin:6px 0}
th,td{padding:5px 8px;border-bottom:1px solid #e4e7ee;text-align:left;vertical-align:top}
thead th{font-size:12px;color:#5b6475;font-weight:600;border-bottom:1px solid #b9bfcc}
.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.bar{white-space:nowrap}td.bar svg{vertical-align:middle;margin-right:6px}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:anywhere}
.path{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace}
figure{margin:10px 0 4px}figcaption{font-size:12.5px;margin-top:6px;max-width:62em}
svg.chart{display:block;max-width:100%;height:auto}
.halo{paint-order:stroke;stroke:#fff;stroke-width:3px;stroke-linejoin:round}
.legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:12.5px;margin:6px 0}
.legend svg{vertical-align:-1px;margin-right:4px}
.heat td.n{min-width:4em}.heat td.z{color:#b9bfcc}
.heat th.src{white-space:normal;overflow-wrap:anywhere}
.ex code{background:#f3f4f7;padding:1px 4px;border-radius:3px}
.flag{color:#b91c1c;font-weight:600}
dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 18px;margin:6px 0;font-size:13px}
dt{color:#5b6475}dd{margin:0}
details{margin:6px 0}summary{cursor:pointer;color:#5b6475;font-size:12.5px}
footer{margin-top:28px;font-size:12px;color:#5b6475;border-top:1px solid #e4e7ee;
padding-top:8px}
@media print{main{max-width:none;padding:0}body{font-size:10.5pt}
h2{break-after:avoid}figure,tr,.cards,dl{break-inside:avoid}details{display:none}}
"""


def _n(value: object) -> str:
    if isinstance(value, bool) or value is None:
        return esc(value if value is not None else "")
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, float):
        return f"{value:,.1f}"
    return esc(value)


def _pct(part: float, whole: float) -> str:
    return f"{part / whole:.1%}" if whole else "–"


def _swatch(color: str) -> str:
    return (
        f'<svg width="11" height="11" viewBox="0 0 11 11" aria-hidden="true">'
        f'<rect width="11" height="11" fill="{color}"/></svg>'
    )


def _table(
    headers: Sequence[str],
    rows: Sequence[Sequence[str]],
    numeric: set[int],
    *,
    classes: Mapping[int, str] | None = None,
) -> str:
    """A table; ``numeric`` columns align right, ``classes`` adds a class per column."""
    klass = {i: "n" for i in numeric} | dict(classes or {})

    def cell(tag: str, i: int, content: str) -> str:
        attr = f' class="{klass[i]}"' if i in klass else ""
        return f"<{tag}{attr}>{content}</{tag}>"

    head = "".join(cell("th", i, esc(h)) for i, h in enumerate(headers))
    body = "".join(
        "<tr>" + "".join(cell("td", i, c) for i, c in enumerate(r)) + "</tr>" for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


# -- sections ------------------------------------------------------------------------------


def _headline(summary: Mapping) -> str:
    t = summary.get("totals", {})
    records, phi = t.get("records", 0), t.get("phi_records", 0)
    cards = [
        ("", _n(records), f"records scanned in {_n(t.get('files', 0))} file(s)"),
        (" phi", _n(phi), f"records with PHI: {_pct(phi, records)} of all records"),
        (
            "",
            _n(t.get("findings", 0)),
            f"findings in {_n(t.get('records_with_findings', 0))} records",
        ),
        ("", _n(t.get("rejects", 0)), "records could not be read"),
    ]
    html_cards = "".join(
        f'<div class="card{c}"><b>{v}</b><span>{label}</span></div>' for c, v, label in cards
    )
    rows = []
    for s in summary.get("sources", []):
        n, p = s.get("records", 0), s.get("phi_records", 0)
        fmt = esc(s.get("format", "")) + (" · gzip" if s.get("gzip") else "")
        rows.append(
            [
                f'<span class="path">{esc(s["source"])}</span>',
                fmt,
                _n(n),
                _n(p),
                meter(p / n if n else 0, color=NO_BAA_COLOR) + _pct(p, n),
            ]
        )
    table = _table(
        ["source", "format", "records", "records with PHI", "share with PHI"],
        rows,
        {2, 3},
        classes={4: "bar"},
    )
    return (
        f'<section aria-labelledby="h-head"><h2 id="h-head">Headline</h2>'
        f'<div class="cards">{html_cards}</div>'
        f'<p class="muted">Share of each source\'s records that hold PHI:</p>{table}</section>'
    )


def _flow_section(summary: Mapping, facts: ScanFacts) -> str:
    head = '<section aria-labelledby="h-map"><h2 id="h-map">Where PHI goes</h2>'
    if not facts.flows:
        return head + "<p>No record holds PHI: no identifier met health context.</p></section>"
    nodes, edges, to_destinations = flow_graph(summary, facts)
    sources = [n for n in nodes if n.column == 0]
    fields = [n for n in nodes if n.column == 1]
    targets = [n for n in nodes if n.column == 2]
    if to_destinations:
        no_baa = [d for d in summary["destinations"] if not d.get("baa")]
        third = "Destinations"
        said = (
            f"{len(no_baa)} destination(s) without a BAA receive data: "
            + ", ".join(
                f"{d.get('name')} ({d.get('phi_records', 0):,} PHI records)" for d in no_baa
            )
            + "."
            if no_baa
            else "Every destination has a BAA."
        )
        caption = (
            "Sources on the left, the fields that carry PHI in the middle, the destinations "
            "the policy lists on the right. A band's width is the number of PHI records in "
            "which that field carries a finding. Destinations without a business associate "
            'agreement (BAA) are red and marked <span class="flag">no BAA</span>.'
        )
    else:
        third = "What the fields carry"
        said = "No destinations are configured, so the map ends in entity families."
        caption = (
            "Sources on the left, the fields that carry PHI in the middle, the kind of data "
            "they carry on the right. A band's width is the number of PHI records in which "
            "that field carries a finding. Name destinations and their BAA status in the "
            "policy (<code>destinations:</code>) to see where the data goes."
        )
    desc = (
        f"Data-flow map: PHI records flow from {len(sources)} source(s) through "
        f"{len(fields)} field node(s) to {len(targets)} node(s). {said} "
        "Largest flows: "
        + "; ".join(
            f"{e.source[2:]} to {e.target[2:]}: {e.weight:,.0f}"
            for e in sorted(edges, key=lambda e: -e.weight)[:8]
        )
        + "."
    )
    rule = _policy_info(summary).get("phi_rule", "record")
    if rule != "record":
        caption += (
            f" The scan's PHI rule is <i>{esc(rule)}</i>; the map counts the records where an "
            "identifier and health context meet in the record itself."
        )
    svg = flow_map(
        nodes,
        edges,
        ident="map",
        title="Where PHI goes: sources, fields and " + third.lower(),
        desc=desc,
        headings=("Sources", "Fields (PHI records)", third),
        height=max(300, min(560, 30 * max(len(fields), len(targets), len(sources)))),
    )
    rows = []
    for f in facts.flows[:FLOW_TABLE_ROWS]:
        rows.append(
            [
                f'<span class="path">{esc(f.source)}</span>',
                f'<span class="path">{esc(f.field)}</span>',
                _n(f.phi_records),
                esc(", ".join(f"{e} {n:,}" for e, n in list(f.entities.items())[:6])),
            ]
        )
    more = len(facts.flows) - len(rows)
    table = _table(["source", "field", "PHI records", "findings by entity"], rows, {2})
    extra = f'<p class="note">…and {more:,} smaller flows.</p>' if more > 0 else ""
    return (
        f"{head}<p>{esc(said)}</p><figure>{svg}<figcaption>{caption}</figcaption></figure>"
        f"<details><summary>The flows as a table</summary>{table}{extra}</details></section>"
    )


def _entities_section(summary: Mapping) -> str:
    counts = summary.get("findings_by_entity", {})
    head = '<section aria-labelledby="h-ent"><h2 id="h-ent">Findings per entity</h2>'
    if not counts:
        return head + "<p>Nothing was found.</p></section>"
    bars = [
        Bar(
            e,
            n,
            HEALTH_COLOR if ENTITIES.get(e) == "health" else IDENTIFIER_COLOR,
            note=ENTITIES.get(e, "identifier"),
        )
        for e, n in counts.items()
    ]
    desc = "Findings per entity: " + "; ".join(f"{b.label} {b.value:,}" for b in bars) + "."
    chart = bar_chart(bars, ident="ent", title="Findings per entity", desc=desc, width=760)
    legend = (
        f'<div class="legend"><span>{_swatch(IDENTIFIER_COLOR)}identifier</span>'
        f"<span>{_swatch(HEALTH_COLOR)}health context</span></div>"
    )
    return (
        f"{head}{legend}<figure>{chart}<figcaption>Every finding has one entity from the "
        "contract's vocabulary: identifiers (HIPAA Safe Harbor plus online and hashed IDs) "
        "in blue, health context in orange.</figcaption></figure>"
        f"{_heat_table(summary)}</section>"
    )


def _blend(color: str, strength: float) -> str:
    """``color`` mixed with white (a solid colour prints the same everywhere)."""
    rgb = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 + (c - 255) * strength) for c in rgb]
    return "#" + "".join(f"{c:02x}" for c in mixed)


def _luminance(color: str) -> float:
    def channel(c: int) -> float:
        v = c / 255
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (channel(int(color[i : i + 2], 16)) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two colours."""
    la, lb = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def _heat_table(summary: Mapping) -> str:
    sources = summary.get("sources", [])
    entities = list(summary.get("findings_by_entity", {}))
    peak = max((n for s in sources for n in s.get("findings_by_entity", {}).values()), default=0)
    head = "".join(
        f'<th class="n src" title="{esc(s["source"])}">{esc(short_name(s["source"]))}</th>'
        for s in sources
    )
    rows = []
    for e in entities:
        color = HEALTH_COLOR if ENTITIES.get(e) == "health" else IDENTIFIER_COLOR
        cells = []
        for s in sources:
            n = s.get("findings_by_entity", {}).get(e, 0)
            if not n:
                cells.append('<td class="n z">·</td>')
                continue
            strength = 0.12 + 0.78 * (n / peak) ** 0.5
            fill = _blend(color, strength)
            ink = "#fff" if _contrast(fill, "#ffffff") >= 4.5 else "#1d2330"
            cells.append(f'<td class="n" style="background:{fill};color:{ink}">{n:,}</td>')
        total = summary["findings_by_entity"][e]
        rows.append(f'<tr><th>{esc(e)}</th>{"".join(cells)}<td class="n">{total:,}</td></tr>')
    return (
        '<h3 class="muted" style="font-size:14px;margin:18px 0 4px">Findings per source '
        "and entity</h3>"
        f'<table class="heat"><thead><tr><th>entity</th>{head}<th class="n">all sources</th>'
        f"</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        '<p class="note">Darker cells hold more findings (square-root scale).</p>'
    )


def top_fields(flows: Sequence[FieldFlow], limit: int = TOP_FIELDS) -> list[FieldFlow]:
    """Fields carrying identifiers in the most PHI records, ranked by those records.

    Every source shows: each gives its :data:`TOP_PER_SOURCE` largest such fields, and
    its largest field whose own values mix identifiers and health context (a page URL
    with ``?email=``, a free-text note), the leak marketing exports are known for.
    """

    def key(f: FieldFlow) -> tuple:
        return (-f.id_records, -len(f.entities), f.source, f.field)

    by_source: dict[str, list[FieldFlow]] = defaultdict(list)
    for f in sorted((f for f in flows if f.id_records), key=key):
        by_source[f.source].append(f)
    chosen: list[FieldFlow] = []
    for fields in by_source.values():
        picked = fields[:TOP_PER_SOURCE]
        mixed = [f for f in fields if any(ENTITIES.get(e) == "health" for e in f.entities)]
        if mixed and mixed[0] not in picked:
            picked.append(mixed[0])
        chosen.extend(picked)
    return sorted(chosen, key=key)[:limit]


def _example_cell(ex: Example | None) -> str:
    if ex is None:
        return '<span class="muted">no redacted copy to show</span>'
    if ex.text is None:
        value = '<span class="muted">empty in the redacted copy (dropped by the policy)</span>'
    else:
        value = f"<code>{esc(ex.text)}</code>"
    field = f'<span class="path muted">{esc(ex.field)}</span>: '
    if ex.context_field and ex.context_text:
        ctx = (
            f'<br><span class="muted">next to</span> <span class="path muted">'
            f"{esc(ex.context_field)}</span>: <code>{esc(ex.context_text)}</code>"
        )
    elif ex.context_field is None:
        ctx = '<br><span class="muted">health context in the same value</span>'
    else:
        ctx = ""
    return field + value + ctx


def _fields_section(facts: ScanFacts, examples: Mapping[tuple[str, str], Example]) -> str:
    head = (
        '<section aria-labelledby="h-fields"><h2 id="h-fields">Fields carrying identifiers '
        "next to health context</h2>"
    )
    chosen = top_fields(facts.flows)
    if not chosen:
        return head + "<p>No field carries an identifier in a PHI record.</p></section>"
    rows = []
    for i, f in enumerate(chosen, 1):
        mix = [(e, n, GROUP_COLORS[entity_group(e)]) for e, n in f.entities.items()]
        words = ", ".join(f"{e} {n:,}" for e, n, _ in mix[:4])
        if len(mix) > 4:
            words += f", {len(mix) - 4} more"
        rows.append(
            [
                str(i),
                f'<span class="path"><b>{esc(f.field)}</b></span><br>'
                f'<span class="muted">{esc(short_name(f.source))}</span>',
                _n(f.id_records),
                f'{stack_bar(mix, width=120)}<br><span class="muted">{esc(words)}</span>',
                f'<div class="ex">{_example_cell(examples.get((f.source, f.field)))}</div>',
            ]
        )
    table = _table(
        ["#", "field (source)", "PHI records", "entity mix (findings)", "redacted example"],
        rows,
        {0, 2},
    )
    return (
        f"{head}<p>Ranked by the PHI records in which the field holds an identifier. Examples "
        "are read from the redacted copy and concealed further: every value the scan can "
        "detect is shown as its type (even where the policy keeps it), words holding digits "
        "become …, free text shows its tags only, and URLs lose their host.</p>"
        f"{table}</section>"
    )


def _rejects_section(summary: Mapping, facts: ScanFacts) -> str:
    head = '<section aria-labelledby="h-rej"><h2 id="h-rej">Rejected records</h2>'
    total = summary.get("totals", {}).get("rejects", 0)
    if not total:
        return head + "<p>None: every record of every source could be read.</p></section>"
    reasons: dict[str, list] = defaultdict(list)
    for g in facts.rejects:
        reasons[g.source].append(g)
    rows = []
    for s in summary.get("sources", []):
        if not s.get("rejects"):
            continue
        groups = reasons.get(s["source"], [])
        listed = "".join(
            f'<li>{esc(g.reason)} <span class="muted">({g.records:,})</span></li>'
            for g in groups[:REJECT_REASONS]
        )
        if len(groups) > REJECT_REASONS:
            listed += f'<li class="muted">{len(groups) - REJECT_REASONS} other reasons</li>'
        rows.append(
            [
                f'<span class="path">{esc(s["source"])}</span>',
                _n(s["rejects"]),
                _pct(s["rejects"], s["rejects"] + s.get("records", 0)),
                f'<ul style="margin:0;padding-left:1.1em">{listed}</ul>',
            ]
        )
    table = _table(["source", "rejected", "of the file", "reasons (records)"], rows, {1, 2})
    return (
        f"{head}<p>{total:,} record(s) could not be read; they are listed by source and record "
        "index, never by content, in <code>rejects/rejects.parquet</code>.</p>"
        f"{table}</section>"
    )


def _version(summary: Mapping) -> str:
    if summary.get("version"):
        return str(summary["version"])
    try:
        return f"{metadata.version('phistream')} (the report builder's)"
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a checkout
        return "unknown"


def _policy_info(summary: Mapping) -> Mapping:
    """The policy as the scan recorded it: ``policy.describe()`` under ``settings`` (or
    at the top level), or just its name."""
    settings = summary.get("settings", {})
    policy = summary.get("policy", settings.get("policy"))
    if isinstance(policy, Mapping):
        return policy
    info: dict[str, object] = {"name": policy or ""}
    if "ner" in settings:
        info["ner"] = "on" if settings["ner"] else "off"
    return info


def _policy(summary: Mapping) -> list[tuple[str, str]]:
    info = _policy_info(summary)
    name, src = str(info.get("name", "")), info.get("source")
    out = [("policy", name + (f" ({src})" if src and src != name else ""))]
    if info.get("phi_rule"):
        out.append(("PHI rule", str(info["phi_rule"])))
    if info.get("ner"):
        out.append(("NER", str(info["ner"])))
    return out


def _run_facts(summary: Mapping) -> str:
    settings = summary.get("settings", {})
    rate = summary.get("records_per_s")
    facts = [
        ("phistream", _version(summary)),
        *_policy(summary),
        ("runner", str(summary.get("runner", ""))),
        ("started", str(summary.get("started", ""))),
        ("wall time", f"{summary.get('wall_time_s', 0):,.1f} s"),
        ("throughput", f"{rate:,.0f} records/s" if rate else "–"),
        ("chunk size", f"{settings['chunk_size']:,} records" if settings.get("chunk_size") else ""),
    ]
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts if v)
    return f'<section aria-labelledby="h-run"><h2 id="h-run">Run</h2><dl>{items}</dl></section>'


def render(
    summary: Mapping,
    facts: ScanFacts,
    examples: Mapping[tuple[str, str], Example] | None = None,
) -> str:
    """The report's HTML text."""
    t = summary.get("totals", {})
    started = str(summary.get("started", ""))
    try:
        when = dt.datetime.fromisoformat(started).strftime("%d %B %Y, %H:%M %Z").strip()
    except ValueError:
        when = started
    lede = (
        f"{_n(t.get('records', 0))} records from {_n(t.get('files', 0))} file(s), scanned "
        f"{esc(when)}. A record holds <b>PHI</b> when an identifier (a name, an email, an IP "
        "address, a cookie or hashed ID…) and health context (a condition, a medication, a "
        "procedure) meet in it. This report holds counts, entity types, field names and "
        "redacted examples only: never a scanned value."
    )
    body = (
        "<header><h1>Where is the PHI? A phistream scan report</h1>"
        f'<p class="lede muted">{lede}</p></header>'
        + _headline(summary)
        + _flow_section(summary, facts)
        + _entities_section(summary)
        + _fields_section(facts, examples or {})
        + _rejects_section(summary, facts)
        + _run_facts(summary)
    )
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>phistream scan report</title><style>{_CSS}</style></head>"
        f"<body><main>{body}<footer>Written by phistream. Findings: <code>findings/</code> "
        "(Parquet); redacted copies: <code>redacted/</code>; machine-readable counts: "
        "<code>summary.json</code>.</footer></main></body></html>\n"
    )


def build_report(outdir: str, summary: Mapping) -> str:
    """Read a scan's outputs and return the report's HTML."""
    facts = scan_facts(outdir)
    chosen = top_fields(facts.flows)
    refs = {(f.source, f.field): f.example for f in chosen if f.example is not None}
    redacted = {
        s["source"]: s.get("redacted") or s.get("redacted_parts")
        for s in summary.get("sources", [])
        if s.get("redacted") or s.get("redacted_parts")
    }
    examples = render_examples(outdir, redacted, refs, facts.rejected_records) if refs else {}
    return render(summary, facts, examples)


def write_report(outdir: str, summary: Mapping | None = None) -> str:
    """(Re)build ``OUTDIR/report.html`` from ``summary.json``, ``findings/``, ``rejects/``
    and the redacted copies; returns its path.

    Raises:
        FileNotFoundError: OUTDIR holds no ``summary.json``.
    """
    if summary is None:
        path = writers.join(outdir, "summary.json")
        if not writers.exists(path):
            raise FileNotFoundError(path)
        summary = writers.read_json(path)  # type: ignore[assignment]
    dest = writers.join(outdir, "report.html")
    writers.write_text(build_report(outdir, summary), dest)  # type: ignore[arg-type]
    return dest
