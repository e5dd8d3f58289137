"""``report.html`` as a compliance team meets it: valid, self-contained, free of raw values,
right about where PHI sits and goes, and drawn by a real browser; plus the terminal summary.

One scan of planted canaries (several entity types, a reject before the PHI records, a
name the scan cannot see in prose) feeds the end-to-end tests (marked slow: the scan and
the examples' engine take a few seconds); the flow map, the concealment of examples and
the terminal table are also tested on their own.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.report import render, top_fields
from pipelines.report_data import ScanFacts, collect_flows
from pipelines.report_examples import conceal, locate
from pipelines.report_flows import flow_graph
from pipelines.report_svg import (
    HEALTH_COLOR,
    IDENTIFIER_COLOR,
    NO_BAA_COLOR,
    SOURCE_NODE_COLOR,
    UNMAPPED_COLOR,
)
from pipelines.scan import ScanRequest, run_scan
from pipelines.terminal_summary import print_summary

# -- a scan of planted canaries -------------------------------------------------------------

EMAIL = "canary.zq7@example.org"
CANARIES = {
    "EMAIL": [EMAIL, EMAIL.replace("@", "%40")],
    "NAME": ["Zebulon", "Quackenbush"],
    "PHONE": ["867-5309", "8675309"],
    "SSN": ["536-22-8410", "536228410"],
    "MRN": ["00482913"],
    "DATE": ["1961-04-17", "04/17/1961"],
    "IP_ADDRESS": ["198.51.100.77", "198.51.100.78"],
    "ONLINE_ID": ["aabbccddeeff", "112233445566"],
    "HEALTH_CONDITION": ["sarcoidosis", "hidradenitis"],
    "MEDICATION": ["metformin"],
}
#: In prose and found by no detector without NER: must not leak through an example.
UNSEEN = ["Ottoline", "Vexbridge"]

NOTE = (
    "Patient Ottoline Vexbridge reports a hidradenitis suppurativa flare and asks about "
    f"metformin dosing; write to {EMAIL} after five"
)
EVENTS = [
    {
        "event": "page",
        "anonymousId": "a1b2c3d4-e5f6-4711-8899-aabbccddeeff",
        "context": {
            "ip": "198.51.100.77",
            "page": {"url": "https://clinic.example/conditions/sarcoidosis/"},
        },
    },
    {
        "event": "page",
        "anonymousId": "f1e2d3c4-b5a6-4711-8899-112233445566",
        "context": {
            "ip": "198.51.100.78",
            "page": {
                "url": "https://clinic.example/conditions/sarcoidosis/"
                f"?email={EMAIL}&dob=1961-04-17"
            },
        },
    },
    {
        "event": "form",
        "anonymousId": "0a1b2c3d-4e5f-4711-8899-998877665544",
        "properties": {
            "first_name": "Zebulon",
            "last_name": "Quackenbush",
            "phone": "(415) 867-5309",
            "ssn": "536-22-8410",
            "mrn": "MRN-00482913",
            "note": NOTE,
        },
    },
]
CRM = (
    "First Name,Last Name,Email,Date of Birth,Condition,Medical Record Number,Notes\n"
    f"Zebulon,Quackenbush,{EMAIL},04/17/1961,sarcoidosis,MRN-00482913,{NOTE}\n"
    "Ada,Lovelace,ada.l@example.net,12/10/1915,asthma,MRN-7781234,\n"
)


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> Path:
    """A scan of two exports; record 0 of ``events.jsonl`` cannot be read."""
    src = tmp_path_factory.mktemp("inputs")
    lines = ['{"broken": '] + [json.dumps(e) for e in EVENTS]
    (src / "events.jsonl").write_text("\n".join(lines) + "\n")
    (src / "crm.csv").write_text(CRM)
    out = tmp_path_factory.mktemp("scan") / "out"
    run_scan(ScanRequest(inputs=(str(src),), out=str(out), ner=False))
    return out


@pytest.fixture(scope="module")
def report(scanned) -> str:
    return (scanned / "report.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_the_canaries_were_found(scanned):
    """Without this, a canary missing from the report would prove nothing."""
    found = Counter(pq.read_table(scanned / "findings")["entity"].to_pylist())
    assert set(CANARIES) <= set(found)


NEXT_TO = '<span class="muted">next to</span> '
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "wbr"}


class _Checker(HTMLParser):
    """Balanced tags, ids, and the text of every element with an id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: Counter = Counter()
        self.attrs: set[str] = set()
        self.ids: dict[str, str] = {}
        self.labelled: list[str] = []
        self.decl = ""
        self._open_ids: list[tuple[int, str]] = []

    def handle_decl(self, decl: str) -> None:
        self.decl = decl

    def handle_starttag(self, tag, attrs) -> None:
        a = dict(attrs)
        self.tags[tag] += 1
        self.attrs.update(a)
        if a.get("role") == "img":
            self.labelled.append(a.get("aria-labelledby") or "")
        if tag in VOID:
            return
        self.stack.append(tag)
        if "id" in a:
            if a["id"] in self.ids:
                self.errors.append(f"duplicate id {a['id']}")
            self.ids[a["id"]] = ""
            self._open_ids.append((len(self.stack), a["id"]))

    def handle_startendtag(self, tag, attrs) -> None:
        self.tags[tag] += 1
        self.attrs.update(dict(attrs))

    def handle_endtag(self, tag) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
            return
        if self._open_ids and self._open_ids[-1][0] == len(self.stack):
            self._open_ids.pop()
        self.stack.pop()

    def handle_data(self, data) -> None:
        for _, ident in self._open_ids:
            self.ids[ident] += data


def check_html(text: str) -> _Checker:
    checker = _Checker()
    checker.feed(text)
    checker.close()
    assert checker.decl.lower() == "doctype html"
    assert checker.errors == [] and checker.stack == []
    assert [checker.tags[t] for t in ("html", "head", "body", "main")] == [1] * 4
    assert re.search(r"<head>.*<title>[^<]+</title>.*</head>", text, re.S)
    return checker


def check_self_contained(text: str) -> None:
    """No address of any kind, nothing a browser would fetch."""
    low = text.lower()
    for needle in ("http://", "https://", "url(", "@import", "<link", "<script"):
        assert needle not in low, needle
    checker = check_html(text)
    fetching = {"src", "href", "xlink:href", "srcset", "action", "data", "poster"}
    assert not checker.attrs & fetching
    assert not {"link", "script", "iframe", "object", "img", "embed"} & set(checker.tags)


@pytest.mark.slow
def test_report_is_valid_and_accessible(report):
    checker = check_html(report)
    assert checker.tags["svg"] >= 2 and len(checker.labelled) >= 2
    for labelled in checker.labelled:  # every chart has a title and a description
        title, desc = labelled.split()
        assert len(checker.ids[title]) > 5 and len(checker.ids[desc]) > 40


@pytest.mark.slow
def test_report_is_self_contained(report):
    check_self_contained(report)


@pytest.mark.slow
def test_report_holds_no_raw_value(report):
    low = report.lower()
    for entity, values in CANARIES.items():
        for value in values:
            assert value.lower() not in low, entity
    for value in UNSEEN:
        assert value.lower() not in low


@pytest.mark.slow
def test_report_tells_where_phi_is(scanned, report):
    summary = json.loads((scanned / "summary.json").read_text())
    t = summary["totals"]
    assert t["phi_records"] == 5 and t["rejects"] == 1
    assert f"<b>{t['records']:,}</b>" in report and f"<b>{t['phi_records']:,}</b>" in report
    # examples come from the right rows of the redacted copy: record 0 was rejected, so
    # record 1 is row 0 (a plain page) and record 2 is row 1 (the page with ?email=)
    page = (
        '<span class="path muted">context.page.url</span>: '
        "<code>/conditions/&lt;HEALTH_CONDITION&gt;/"
    )
    assert f"anonymousId</span>: <code>&lt;ONLINE_ID&gt;</code><br>{NEXT_TO}{page}</code>" in report
    assert f"{page}?email=&lt;EMAIL&gt;&amp;dob=…</code>" in report
    assert "<code>&lt;EMAIL&gt;</code>" in report
    assert "malformed JSON" in report  # the reject's reason, per source
    # prose (with a name no detector sees without NER) is shown as its tags only
    assert (
        "Notes</span>: <code>… &lt;HEALTH_CONDITION&gt; … &lt;MEDICATION&gt; … &lt;EMAIL&gt; …"
        in report
    )
    for section in ("Where PHI goes", "Findings per entity", "Rejected records", "Run"):
        assert section in report
    assert "DirectRunner" in report and "safe-harbor" in report


@pytest.mark.slow
def test_report_command_rebuilds_the_same_report(scanned, report, capsys):
    from pipelines.cli import main

    (scanned / "report.html").unlink()
    assert main(["report", str(scanned)]) == 0
    assert capsys.readouterr().out.strip() == str(scanned / "report.html")
    assert (scanned / "report.html").read_text(encoding="utf-8") == report


# -- the pieces on their own ------------------------------------------------------------------


def _findings(rows: list[tuple]) -> pa.Table:
    cats = {"NAME": "identifier", "EMAIL": "identifier", "DATE": "identifier"}
    return pa.table(
        {
            "source": [r[0] for r in rows],
            "record": pa.array([r[1] for r in rows], pa.int64()),
            "field": [r[2] for r in rows],
            "entity": [r[3] for r in rows],
            "category": [cats.get(r[3], "health") for r in rows],
        }
    )


def test_flows_count_phi_records_only_and_pick_the_richest_example():
    part1 = _findings(
        [
            ("a", 0, "name", "NAME"),  # identifier only: not PHI
            ("a", 1, "name", "NAME"),
            ("a", 1, "page", "HEALTH_CONDITION"),
            ("a", 2, "items[0].url", "EMAIL"),
            ("a", 2, "items[0].url", "DATE"),
            ("a", 2, "items[0].url", "HEALTH_CONDITION"),
        ]
    )
    part2 = _findings(
        [
            ("a", 7, "items[3].url", "EMAIL"),
            ("a", 7, "items[3].url", "MEDICATION"),
            ("a", 7, "who", "NAME"),
            ("b", 0, "name", "NAME"),
            ("b", 0, "name", "MEDICATION"),
        ]
    )
    flows, groups = collect_flows([part1, part2])
    by = {(f.source, f.field): f for f in flows}
    assert by["a", "name"].phi_records == 1 and by["a", "name"].example.record == 1
    assert by["a", "name"].example.context_field == "page"
    url = by["a", "items[].url"]
    assert (url.phi_records, url.id_records) == (2, 2)
    assert url.entities == {"EMAIL": 2, "HEALTH_CONDITION": 1, "DATE": 1, "MEDICATION": 1}
    # three entities in record 2's value beat two in record 7's; health in the same value
    assert (url.example.record, url.example.field, url.example.context_field) == (
        2,
        "items[0].url",
        None,
    )
    assert by["b", "name"].example.context_field is None
    assert groups["a"] == {"Names": 2, "Contact details": 2, "Dates and ages": 1,
                           "Health context": 3}  # fmt: skip
    assert ("a", "page") in by and by["a", "page"].id_records == 0


@pytest.mark.parametrize(
    ("tagged", "shown"),
    [
        (
            "https://x.example/book/confirm?dob=<DATE>&email=<EMAIL>&ref=80BD6F60",
            "/book/confirm?dob=<DATE>&email=<EMAIL>&ref=…",
        ),
        ("//cdn.example/conditions/<HEALTH_CONDITION>/", "/conditions/<HEALTH_CONDITION>/"),
        ("Living with <HEALTH_CONDITION>: a guide", "Living with <HEALTH_CONDITION>: a guide"),
        (
            "Pt <NAME> said her sister Ottoline Vexbridge also takes <MEDICATION> daily",
            "… <NAME> … <MEDICATION> …",
        ),
        ("member 1961 since\n<DATE>", "member … since <DATE>"),
        ("ps_3f9a2c", "ps_…"),
    ],
)
def test_examples_are_concealed(tagged, shown):
    assert conceal(tagged) == shown


def test_locate_rows_in_a_copy_or_in_watch_parts(tmp_path):
    assert locate(str(tmp_path / "x.parquet"), 5, [0, 2, 9]) == (str(tmp_path / "x.parquet"), 3)
    folder = tmp_path / "parts.parquet"
    folder.mkdir()
    for name in ("000000000000-000001.parquet", "000000000100-000002.parquet"):
        pq.write_table(pa.table({"i": [1]}), folder / name)
    part, row = locate(str(folder), 130, [3, 110, 120, 140])
    assert part.endswith("000000000100-000002.parquet") and row == 28


def _summary(sources: list[tuple[str, int, int]], **extra) -> dict:
    return {
        "started": "2026-01-02T03:04:05+00:00",
        "wall_time_s": 1.5,
        "records_per_s": 100.0,
        "runner": "DirectRunner",
        "settings": {"policy": "safe-harbor", "ner": False, "chunk_size": 10},
        "totals": {
            "files": len(sources),
            "records": sum(s[1] for s in sources),
            "rejects": 0,
            "findings": 9,
            "records_with_findings": 3,
            "phi_records": sum(s[2] for s in sources),
        },
        "findings_by_entity": {"NAME": 3, "EMAIL": 4, "HEALTH_CONDITION": 2},
        "sources": [
            {
                "source": s,
                "format": "csv",
                "records": n,
                "phi_records": p,
                "rejects": 0,
                "findings_by_entity": {"NAME": 1, "HEALTH_CONDITION": 1},
            }
            for s, n, p in sources
        ],
        **extra,
    }


def _facts() -> ScanFacts:
    flows, groups = collect_flows(
        [
            _findings(
                [
                    ("ads/meta.csv", 0, "em", "EMAIL"),
                    ("ads/meta.csv", 0, "url", "HEALTH_CONDITION"),
                    ("ads/meta.csv", 1, "em", "EMAIL"),
                    ("ads/meta.csv", 1, "url", "HEALTH_CONDITION"),
                    ("crm/sf.csv", 0, "name", "NAME"),
                    ("crm/sf.csv", 0, "note", "HEALTH_CONDITION"),
                    ("other.csv", 0, "name", "NAME"),
                    ("other.csv", 0, "dx", "HEALTH_CONDITION"),
                ]
            )
        ]
    )
    return ScanFacts(flows=flows, group_records=groups, rejects=(), rejected_records={})


def test_flow_map_ends_in_destinations_and_marks_those_without_a_baa():
    destinations = [
        {"name": "Meta", "baa": False, "sources": ["ads/meta.csv"], "phi_records": 2},
        {"name": "Salesforce", "baa": True, "sources": ["crm/sf.csv"], "phi_records": 1},
        {"name": "Ads, names only", "baa": False, "sources": ["ads/meta.csv"],
         "fields": ["url"], "phi_records": 2},
    ]  # fmt: skip
    summary = _summary(
        [("ads/meta.csv", 5, 2), ("crm/sf.csv", 4, 1), ("other.csv", 3, 1)],
        destinations=destinations,
    )
    nodes, edges, to_destinations = flow_graph(summary, _facts())
    assert to_destinations
    by_id = {n.id: n for n in nodes}
    meta, sf = by_id["d:0"], by_id["d:1"]
    assert meta.alert and meta.color == NO_BAA_COLOR and "no BAA" in meta.note
    assert not sf.alert and "no BAA" not in sf.note
    into = Counter()
    for e in edges:
        into[e.target] += e.weight
    assert into["d:0"] == 4 and into["d:1"] == 2 and into["d:2"] == 2  # em+url, name+note, url
    assert by_id["d:-"].color == UNMAPPED_COLOR and into["d:-"] == 2  # other.csv goes nowhere
    html = render(summary, _facts())
    check_html(html)
    assert "2 destination(s) without a BAA receive data: Meta (2 PHI records)" in html


def test_flow_map_without_destinations_ends_in_entity_families():
    summary = _summary([("ads/meta.csv", 5, 2), ("crm/sf.csv", 4, 1), ("other.csv", 3, 1)])
    nodes, _, to_destinations = flow_graph(summary, _facts())
    assert not to_destinations
    targets = {n.label for n in nodes if n.column == 2}
    assert targets == {"Names", "Contact details", "Health context"}


def test_render_escapes_names_from_the_data():
    hostile = '"><script>alert(1)</script><img src=x>.csv'
    summary = _summary([(hostile, 2, 1)])
    facts = ScanFacts(
        flows=collect_flows(
            [_findings([(hostile, 0, "<b onclick=x>", "NAME"), (hostile, 0, "d", "MEDICATION")])]
        )[0],
        group_records={},
        rejects=(),
        rejected_records={},
    )
    html = render(summary, facts)
    check_html(html)
    check_self_contained(html)
    assert "&lt;b onclick=x&gt;" in html


def test_top_fields_show_every_source_and_its_mixed_field():
    flows = _facts().flows
    chosen = top_fields(flows, limit=10)
    assert {f.source for f in chosen} == {"ads/meta.csv", "crm/sf.csv", "other.csv"}
    assert all(f.id_records for f in chosen)


def test_terminal_summary(capsys):
    from rich.console import Console

    summary = _summary([("exports/a/ga4.jsonl", 1500, 600), ("exports/a/crm.csv", 10, 0)])
    buffer = io.StringIO()
    print_summary(summary, "out", console=Console(file=buffer, width=60))
    text = buffer.getvalue()
    lines = text.splitlines()
    assert lines[0].startswith("phistream: scanned 1,510 records from 2 file(s) in 1.5 s")
    assert "sources in exports/a/" in text and "ga4.jsonl" in text
    assert "records with PHI: 600 of 1,510 (39.7%)" in text
    assert "results in out: findings/, redacted/, summary.json, report.html" in text
    print_summary(summary, "out")  # stdout by default
    assert "records with PHI: 600" in capsys.readouterr().out


# -- a real browser -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def chromium() -> str:
    """The Chromium binary; skipped when there is none, except on CI (``CI=true``)."""
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    reason = "Chromium not found: install the Debian package 'chromium' ('make test' does)"
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(reason + "; CI must run this test")
    pytest.skip(reason)


def screenshot(
    chromium: str, html: Path, png: Path, profile: Path, height: int = 2000
) -> np.ndarray:
    """Render ``html`` in headless Chromium; the screenshot as an RGB array."""
    from PIL import Image

    subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--hide-scrollbars",
            f"--user-data-dir={profile}",
            f"--screenshot={png}",
            f"--window-size=1280,{height}",
            html.resolve().as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    with Image.open(png) as im:
        return np.asarray(im.convert("RGB"), dtype=np.int16)


def _rows_of(image: np.ndarray, color: str, tolerance: int = 6) -> np.ndarray:
    rgb = np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.int16)
    mask = np.all(np.abs(image - rgb) <= tolerance, axis=-1)
    return np.flatnonzero(mask.sum(axis=1))


@pytest.mark.slow
def test_chromium_draws_the_charts(chromium, scanned, tmp_path):
    image = screenshot(
        chromium, scanned / "report.html", tmp_path / "shot.png", tmp_path / "profile"
    )
    assert image.shape == (2000, 1280, 3)
    map_rows = _rows_of(image, SOURCE_NODE_COLOR)
    id_rows = _rows_of(image, IDENTIFIER_COLOR)
    health_rows = _rows_of(image, HEALTH_COLOR)
    # the flow map's source nodes, then the entity bars below it, each many pixels tall
    assert len(map_rows) > 60, "flow map not drawn"
    assert len(id_rows) > 60 and len(health_rows) > 12, "entity bar chart not drawn"
    assert map_rows.min() < id_rows.min()
    # the bars are wide: a bar chart row holds a long run of the identifier colour
    top = id_rows[len(id_rows) // 2]
    rgb = np.array([int(IDENTIFIER_COLOR[i : i + 2], 16) for i in (1, 3, 5)])
    assert np.all(np.abs(image[top] - rgb) <= 6, axis=-1).sum() > 80
    # and the page is not blank around them: text and rules were drawn
    assert (image.min(axis=-1) < 128).mean() > 0.01
