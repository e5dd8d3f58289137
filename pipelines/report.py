"""A plain, self-contained ``report.html`` from a scan's summary and findings.

The report holds counts, entity names, detector kinds and field paths, never a value: it
is meant to be mailed around. Everything is HTML-escaped (field names come from the
data). No scripts, no external assets.
"""

from __future__ import annotations

import html
from collections.abc import Iterable, Iterator, Mapping

import pyarrow as pa

from detectors.vocabulary import ENTITIES
from pipelines import writers

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,sans-serif;margin:2rem auto;max-width:70rem;
color:#1d2330;padding:0 1rem}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem}
.meta{color:#5b6475;font-size:.9rem}
.cards{display:flex;flex-wrap:wrap;gap:.8rem;margin:1.2rem 0}
.card{border:1px solid #d8dce5;border-radius:8px;padding:.6rem 1rem;min-width:8rem}
.card b{display:block;font-size:1.4rem}.card.phi b{color:#b3261e}
table{border-collapse:collapse;width:100%;font-size:.9rem}
th,td{border-bottom:1px solid #e4e7ee;padding:.35rem .5rem;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
code{font-size:.85rem}.note{color:#5b6475;font-size:.85rem;margin-top:2rem}
"""


def _e(value: object) -> str:
    return html.escape(str(value), quote=True)


def _n(value: object) -> str:
    return f"{value:,}" if isinstance(value, int) else _e(value if value is not None else "")


def _table(headers: list[str], rows: list[list[str]], numeric: set[int]) -> str:
    head = "".join(
        f'<th class="n">{_e(h)}</th>' if i in numeric else f"<th>{_e(h)}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="n">{c}</td>' if i in numeric else f"<td>{c}</td>" for i, c in enumerate(r)
        )
        + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


Details = dict[str, dict[str, object]]


def entity_details(batches: Iterable[pa.RecordBatch | pa.Table]) -> Details:
    """Per entity: findings by detector kind and the mean score, aggregated batch by batch
    (a large scan's findings never have to fit in memory at once)."""
    out: Details = {}
    for batch in batches:
        if not batch.num_rows:
            continue
        table = batch if isinstance(batch, pa.Table) else pa.Table.from_batches([batch])
        grouped = table.group_by(["entity", "detector"]).aggregate(
            [([], "count_all"), ("score", "sum")]
        )
        for e, d, n, total in zip(
            grouped["entity"].to_pylist(),
            grouped["detector"].to_pylist(),
            grouped["count_all"].to_pylist(),
            grouped["score_sum"].to_pylist(),
            strict=True,
        ):
            info = out.setdefault(e, {"detectors": {}, "score_sum": 0.0, "n": 0})
            dets = info["detectors"]
            dets[d] = dets.get(d, 0) + n  # type: ignore[union-attr,attr-defined,index]
            info["score_sum"] += total  # type: ignore[operator]
            info["n"] += n  # type: ignore[operator]
    return out


def render(summary: Mapping, details: Details | None = None) -> str:
    """The report's HTML text (``details``: from :func:`entity_details`)."""
    totals = summary.get("totals", {})
    settings = summary.get("settings", {})
    cards = [
        ("files", totals.get("files", 0), ""),
        ("records", totals.get("records", 0), ""),
        ("rejected records", totals.get("rejects", 0), ""),
        ("findings", totals.get("findings", 0), ""),
        ("records with findings", totals.get("records_with_findings", 0), ""),
        ("records with PHI", totals.get("phi_records", 0), " phi"),
    ]
    cards_html = "".join(
        f'<div class="card{cls}"><b>{_n(v)}</b>{_e(k)}</div>' for k, v, cls in cards
    )
    meta = (
        f"started {_e(summary.get('started', ''))} · runner {_e(summary.get('runner', ''))} · "
        f"{_e(summary.get('wall_time_s', ''))} s · {_n(summary.get('records_per_s'))} records/s · "
        + " · ".join(f"{_e(k)}: {_e(v)}" for k, v in settings.items())
    )
    sources = _table(
        [
            "source",
            "format",
            "records",
            "rejected",
            "findings",
            "records with PHI",
            "redacted copy",
        ],
        [
            [
                f"<code>{_e(s['source'])}</code>",
                _e(s.get("format", "")) + (" (gzip)" if s.get("gzip") else ""),
                _n(s.get("records", 0)),
                _n(s.get("rejects", 0)),
                _n(s.get("findings", 0)),
                _n(s.get("phi_records", 0)),
                f'<a href="{_e(s["redacted"])}">{_e(s["redacted"])}</a>'
                if s.get("redacted")
                else "",
            ]
            for s in summary.get("sources", [])
        ],
        {2, 3, 4, 5},
    )
    details = details or {}
    entity_rows = []
    for entity, n in summary.get("findings_by_entity", {}).items():
        info = details.get(entity, {})
        dets = ", ".join(f"{_e(d)} {_n(c)}" for d, c in sorted(info.get("detectors", {}).items()))
        mean = f"{info['score_sum'] / info['n']:.2f}" if info.get("n") else ""
        entity_rows.append([_e(entity), _e(ENTITIES.get(entity, "")), _n(n), dets, mean])
    entities = _table(
        ["entity", "category", "findings", "detectors", "mean score"], entity_rows, {2, 4}
    )
    fields = _table(
        ["field", "findings", "entities"],
        [
            [
                f"<code>{_e(f['field'])}</code>",
                _n(f["findings"]),
                ", ".join(f"{_e(e)} {_n(c)}" for e, c in f.get("entities", {}).items()),
            ]
            for f in summary.get("top_fields", [])
        ],
        {1},
    )
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>phistream scan report</title><style>{_CSS}</style></head>
<body>
<h1>phistream scan report</h1>
<div class="meta">{meta}</div>
<div class="cards">{cards_html}</div>
<p>A record holds PHI when an identifier and health context meet in it.</p>
<h2>Sources</h2>{sources}
<h2>Findings by entity</h2>{entities}
<h2>Fields with the most findings</h2>{fields}
<p class="note">This report holds counts, entity names and field paths only, never a
scanned value. Findings: <code>findings/</code> (Parquet); redacted copies:
<code>redacted/</code>; unreadable records: <code>rejects/</code>.</p>
</body></html>
"""


_COLUMNS = ["entity", "detector", "score"]


def findings_batches(outdir: str) -> Iterator[pa.Table]:
    """The report's columns of a scan's findings, one part file at a time (a dataset
    scanner's read-ahead would hold far more than one part in memory)."""
    for f in writers.list_files(writers.join(outdir, "findings"), ".parquet"):
        yield writers.read_parquet_columns(f, _COLUMNS)


def write_report(outdir: str, summary: Mapping | None = None) -> str:
    """(Re)build ``OUTDIR/report.html`` from ``summary.json`` and ``findings/``.

    Raises:
        FileNotFoundError: OUTDIR holds no ``summary.json``.
    """
    if summary is None:
        path = writers.join(outdir, "summary.json")
        if not writers.exists(path):
            raise FileNotFoundError(path)
        summary = writers.read_json(path)  # type: ignore[assignment]
    details = entity_details(findings_batches(outdir))
    dest = writers.join(outdir, "report.html")
    writers.write_text(render(summary, details), dest)  # type: ignore[arg-type]
    return dest
