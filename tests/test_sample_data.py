"""The synthetic sample data: deterministic, committed exactly as generated, labels valid.

The accuracy benchmark trusts ``sample_data/gold/spans.jsonl`` as ground truth, so the gold
must point at real text, follow the labelling conventions and cover every contract entity
often enough to measure it.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from collections import Counter
from itertools import pairwise
from pathlib import Path
from types import ModuleType

import pyarrow.parquet as pq
import pytest

from detectors.cells import value_text
from detectors.checksums import (
    dea_valid,
    imei_valid,
    luhn_valid,
    mbi_valid,
    npi_valid,
    ssn_valid,
    vin_valid,
)
from detectors.vocabulary import ENTITIES, HEALTH_ENTITIES, IDENTIFIER_ENTITIES

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "sample_data"


def _load(name: str, path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


generate = _load("sample_data_generate", SAMPLE / "generate.py")
bench = _load("bench_accuracy", ROOT / "benchmarks" / "bench_accuracy.py")

_PATH_PART = re.compile(r"[^.\[\]]+|\[\d+\]")


def value_at(record: dict, path: str) -> object:
    """Walk a contract field path (``a.b[2].c``; a top-level key such as a CSV header as is)."""
    if path in record:
        return record[path]
    node: object = record
    for part in _PATH_PART.findall(path):
        node = node[int(part[1:-1])] if part.startswith("[") else node[part]  # type: ignore[index]
    return node


def _files(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for sub in ("exports", "gold")
        for p in (folder / sub).rglob("*")
        if p.is_file()
    )


@pytest.fixture(scope="module")
def gold() -> list:
    return bench.load_gold(SAMPLE / "gold" / "spans.jsonl")


@pytest.fixture(scope="module")
def records() -> dict[str, list[dict]]:
    return {name: bench.read_records(SAMPLE / "exports" / name) for name in generate.SOURCES}


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("fresh")
    generate.main(["--out", str(out)])  # the default arguments: 300 records, seed 7
    return out


def test_same_seed_gives_identical_bytes(tmp_path: Path) -> None:
    a, b, c = tmp_path / "a", tmp_path / "b", tmp_path / "c"
    generate.generate(a, records=20, seed=3)
    generate.generate(b, records=20, seed=3)
    generate.generate(c, records=20, seed=4)
    assert _files(a) == _files(b)
    for rel in _files(a):
        assert (a / rel).read_bytes() == (b / rel).read_bytes(), rel
    assert (a / "gold/spans.jsonl").read_bytes() != (c / "gold/spans.jsonl").read_bytes()


def test_committed_sample_matches_a_fresh_generation(fresh: Path) -> None:
    assert _files(SAMPLE) == _files(fresh)
    for rel in _files(fresh):
        if rel.endswith(".parquet"):  # bytes embed the writer's version; compare content
            got, want = pq.ParquetFile(SAMPLE / rel), pq.ParquetFile(fresh / rel)
            assert got.metadata.num_row_groups == want.metadata.num_row_groups, rel
            assert got.read().equals(want.read()), rel
        else:
            assert (SAMPLE / rel).read_bytes() == (fresh / rel).read_bytes(), (
                f"{rel} differs from a fresh run; regenerate with "
                "`.venv/bin/python sample_data/generate.py --out sample_data`"
            )


def test_every_source_has_records_and_labels(records, gold) -> None:
    labelled = Counter(g.source for g in gold)
    for name in generate.SOURCES:
        assert len(records[name]) == 300, name
        assert labelled[name] > 300, name


def test_exports_have_the_promised_shapes(records) -> None:
    raw_csv = (SAMPLE / "exports" / "hubspot_contacts.csv").read_bytes()
    assert raw_csv.startswith(b"\xef\xbb\xbf")
    assert any("\n" in r["Notes"] for r in records["hubspot_contacts.csv"])
    assert (SAMPLE / "exports" / "segment_events.json").read_text().lstrip().startswith("[")
    pf = pq.ParquetFile(SAMPLE / "exports" / "salesforce_leads.parquet")
    assert pf.metadata.num_row_groups >= 3
    lead = records["salesforce_leads.parquet"][0]
    assert isinstance(lead["Address"], dict) and isinstance(lead["Interests__c"], list)


def test_gold_spans_lie_inside_their_values(records, gold) -> None:
    for g in gold:
        where = f"{g.source} record {g.record} field {g.field}"
        text = value_text(value_at(records[g.source][g.record], g.field))
        assert text is not None, where
        assert 0 <= g.start < g.end <= len(text), where
        piece = text[g.start : g.end]
        assert piece.strip() == piece and piece.strip(), where


def test_gold_spans_in_one_field_do_not_overlap(gold) -> None:
    by_field: dict[tuple, list] = {}
    for g in gold:
        by_field.setdefault((g.source, g.record, g.field), []).append((g.start, g.end))
    for key, spans in by_field.items():
        spans.sort()
        for (_, end), (start, _) in pairwise(spans):
            assert end <= start, key


def test_gold_entities_are_contract_entities(gold) -> None:
    assert {g.entity for g in gold} <= set(ENTITIES)


@pytest.mark.parametrize("entity", sorted(IDENTIFIER_ENTITIES - {"URL", "BIOMETRIC_ID"}))
def test_every_identifier_entity_is_labelled_at_least_5_times(gold, entity: str) -> None:
    assert sum(g.entity == entity for g in gold) >= 5


@pytest.mark.parametrize("entity", sorted(HEALTH_ENTITIES))
def test_every_health_entity_is_labelled_at_least_20_times(gold, entity: str) -> None:
    assert sum(g.entity == entity for g in gold) >= 20


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


# (entity, field pattern, labelled-text pattern, validator): the checksummed identifiers the
# text pattern picks out are valid, as real ones would be.
CHECKSUMS = [
    ("CREDIT_CARD", r".*", r"[\d -]+", lambda t: luhn_valid(_digits(t))),
    ("SSN", r".*", r"[\d -]+", lambda t: ssn_valid(_digits(t))),
    ("OTHER_ID", r".*", r"[12]\d{9}", npi_valid),  # NPIs; record ids are longer
    ("LICENSE_NUMBER", r".*", r"[A-Z]{2}\d{7}", dea_valid),  # DEA numbers
    ("VEHICLE_ID", r".*", r"[A-Z0-9]{17}", vin_valid),
    ("DEVICE_ID", r".*", r"\d{15}|\d{2}-\d{6}-\d{6}-\d", lambda t: imei_valid(_digits(t))),
    ("HEALTH_PLAN_ID", r"Medicare_MBI__c", r"[0-9A-Z-]+", lambda t: mbi_valid(t.replace("-", ""))),
]


@pytest.mark.parametrize(
    ("entity", "field", "shape", "valid"), CHECKSUMS, ids=[c[0] for c in CHECKSUMS]
)
def test_checksummed_identifiers_are_valid(records, gold, entity, field, shape, valid) -> None:
    checked = 0
    for g in gold:
        if g.entity != entity or not re.fullmatch(field, g.field):
            continue
        text = value_text(value_at(records[g.source][g.record], g.field))[g.start : g.end]
        if re.fullmatch(shape, text):
            assert valid(text), f"{entity} at {g.source} record {g.record} field {g.field}"
            checked += 1
    assert checked >= 5, entity


# Machine fields that must never carry a label (hard negatives by position).
UNLABELLED_FIELDS = [
    ("ga4_events.jsonl", r"event_(date|timestamp|name|bundle_sequence_id)|stream_id"),
    ("ga4_events.jsonl", r"device\.(browser|browser_version|operating_system.*|category)"),
    ("ga4_events.jsonl", r"geo\.(region|country|continent|sub_continent)|items\[\d+\]\.item_id"),
    ("segment_events.json", r"messageId|timestamp|sentAt|receivedAt|context\.userAgent"),
    ("segment_events.json", r"context\.library\..*|properties\.(order_id|card_last4|revenue)"),
    ("meta_capi_events.jsonl", r"event_(id|time|name)|user_data\.(client_user_agent|st|country)"),
    ("hubspot_contacts.csv", r"Create Date|Last Modified Date|State/Region|Lifecycle Stage"),
    ("salesforce_leads.parquet", r"OwnerId|CreatedDate|LastModifiedDate|Address\.state"),
    ("salesforce_leads.parquet", r"Campaign_Tags__c\[\d+\]|Lead_Score__c|Insurance_Carrier__c"),
]


@pytest.mark.parametrize(("source", "pattern"), UNLABELLED_FIELDS)
def test_machine_fields_are_never_labelled(gold, source: str, pattern: str) -> None:
    rx = re.compile(pattern)
    assert not [g for g in gold if g.source == source and rx.fullmatch(g.field)]


def test_url_labels_sit_on_query_values_and_slugs(records, gold) -> None:
    """In GA4 page URLs a span starts right after ``=``, ``/`` or a ``+`` (encoded space)."""
    suffix = ".value.string_value"
    checked = 0
    for g in gold:
        if g.source != "ga4_events.jsonl" or not g.field.endswith(suffix):
            continue
        param = value_at(records[g.source][g.record], g.field[: -len(suffix)])
        if param["key"] != "page_location":
            continue
        url = param["value"]["string_value"]
        assert url[g.start - 1] in "=/+", f"record {g.record}: span not at a value or slug"
        checked += 1
    assert checked > 50
