"""The few lines ``phistream scan`` prints when it is done: a rich table per source.

Counts only, like the report: never a value. Plain lines stay greppable (``scanned N
records``, ``records with PHI: N``) and are never wrapped, so scripts and CI logs can rely
on them; the table degrades to plain text when stdout is not a terminal.
"""

from __future__ import annotations

from collections.abc import Mapping

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

PROG = "phistream"
TOP_ENTITIES = 6


def _pct(part: int, whole: int) -> str:
    return f"{part / whole:.1%}" if whole else "–"


def _common_dir(sources: list[str]) -> str:
    """The folder every source sits in (with its trailing ``/``), or ``""``."""
    if len(sources) < 2:
        return ""
    prefix = sources[0].rsplit("/", 1)[0] + "/" if "/" in sources[0] else ""
    while prefix and not all(s.startswith(prefix) for s in sources):
        prefix = prefix[:-1].rsplit("/", 1)[0] + "/" if "/" in prefix[:-1] else ""
    return prefix


def summary_table(summary: Mapping) -> Table:
    """Per source: records, rejected, findings, records with PHI and their share."""
    sources = [s["source"] for s in summary.get("sources", [])]
    common = _common_dir(sources)
    table = Table(
        box=box.SIMPLE_HEAD,
        show_footer=True,
        pad_edge=False,
        header_style="bold",
        title=Text(f"sources in {common}") if common else None,
        title_justify="left",
    )
    t = summary["totals"]
    table.add_column("source", footer="all sources", overflow="fold")
    for name, key in (("records", "records"), ("rejected", "rejects"), ("findings", "findings")):
        table.add_column(name, justify="right", footer=f"{t[key]:,}")
    table.add_column("with PHI", justify="right", footer=f"{t['phi_records']:,}")
    table.add_column("share", justify="right", footer=_pct(t["phi_records"], t["records"]))
    for s in summary.get("sources", []):
        phi = s.get("phi_records", 0)
        table.add_row(
            Text(s["source"][len(common) :]),
            f"{s.get('records', 0):,}",
            Text(f"{s.get('rejects', 0):,}", style="yellow" if s.get("rejects") else ""),
            f"{s.get('findings', 0):,}",
            Text(f"{phi:,}", style="bold red" if phi else ""),
            _pct(phi, s.get("records", 0)),
        )
    return table


def print_summary(summary: Mapping, outdir: str, *, console: Console | None = None) -> None:
    """Print the end-of-scan summary (to stdout unless ``console`` says otherwise)."""
    console = console or Console()
    t = summary["totals"]
    rate = summary.get("records_per_s") or 0

    def line(text: str, style: str = "") -> None:
        console.print(Text(text, style=style), soft_wrap=True)

    line(
        f"{PROG}: scanned {t['records']:,} records from {t['files']} file(s) in "
        f"{summary.get('wall_time_s', 0):.1f} s ({rate:,.0f} records/s, "
        f"{summary.get('runner', '')})"
    )
    console.print(summary_table(summary))
    line(
        f"  records with PHI: {t['phi_records']:,} of {t['records']:,} "
        f"({_pct(t['phi_records'], t['records'])}); findings: {t['findings']:,} in "
        f"{t['records_with_findings']:,} records",
        "bold" if t["phi_records"] else "",
    )
    top = list(summary.get("findings_by_entity", {}).items())
    top.sort(key=lambda kv: -kv[1])
    if top:
        line("  top entities: " + ", ".join(f"{e} {n:,}" for e, n in top[:TOP_ENTITIES]))
    outputs = "findings/, redacted/, " + ("rejects/, " if t["rejects"] else "")
    line(f"  results in {outdir}: {outputs}summary.json, report.html")
