"""TSV inputs, and Adobe Analytics data feeds: hit data named by ``column_headers.tsv``."""

from __future__ import annotations

import gzip
from pathlib import Path

import pyarrow.parquet as pq
from helpers import read_all

from pipelines.adobe_feed import LOOKUP_COLUMNS, feed_columns
from pipelines.cli import main

COLUMNS = ["hit_time_gmt", "post_visid_high", "post_visid_low", "ip", "pagename", "post_evar5"]
#: Two hits in the data feed's format: no quoting; a tab, a newline and a backslash inside a
#: value escaped with a backslash; a quote is just a character.
HITS = (
    "1710423000\t3012345678901234567\t4611686018427387904\t73.15.201.44\t"
    "conditions:diabetes:type-2\tjane.doe@gmail.com\n"
    '1710423100\t3012345678901234568\t4611686018427387905\t73.15.201.45\tsearch: "chest pain"'
    "\\\tpage 2\tnote\\\nsecond line mlopez@yahoo.com C:\\\\temp\n"
)


def _feed(folder: Path, hits: str = HITS, name: str = "hit_data.tsv") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "column_headers.tsv").write_text("\t".join(COLUMNS) + "\n")
    (folder / "browser.tsv").write_text("1\tMicrosoft Internet Explorer 6\n2\tFirefox 120\n")
    path = folder / name
    if name.endswith(".gz"):
        path.write_bytes(gzip.compress(hits.encode(), mtime=0))
    else:
        path.write_text(hits)
    return path


def test_hits_are_read_under_the_sibling_column_names_with_escapes_decoded(tmp_path):
    records, rejects = read_all(_feed(tmp_path / "feed"))
    assert rejects == []
    assert [i for i, _ in records] == [0, 1]
    first, second = (r for _, r in records)
    assert list(first) == COLUMNS
    assert first["ip"] == "73.15.201.44"
    assert second["pagename"] == 'search: "chest pain"\tpage 2'
    assert second["post_evar5"] == "note\nsecond line mlopez@yahoo.com C:\\temp"


def test_chunk_boundaries_and_gzip_change_nothing(tmp_path):
    hits = HITS * 5
    plain = read_all(_feed(tmp_path / "a", hits), chunk_size=1000)
    assert len(plain[0]) == 10
    assert read_all(_feed(tmp_path / "b", hits), chunk_size=1) == plain
    gz_records, gz_rejects = read_all(_feed(tmp_path / "c", hits, "01-rsid_2024-03-14.tsv.gz"), 3)
    assert [r for _, r in gz_records] == [r for _, r in plain[0]] and gz_rejects == []


def test_a_hit_wider_than_the_names_is_rejected_by_line_and_nothing_else_is_lost(tmp_path):
    bad = "1\t2\t3\t4\t5\t6\tSECRET-4111111111111111\n"
    records, rejects = read_all(_feed(tmp_path / "feed", HITS + bad + HITS))
    assert [i for i, _ in records] == [0, 1, 3, 4]
    assert rejects == [(2, "line 4: 7 fields but the header has 6")]


def test_lookup_tables_are_read_as_code_and_label(tmp_path):
    _feed(tmp_path / "feed")
    records, rejects = read_all(tmp_path / "feed" / "browser.tsv")
    assert [r for _, r in records] == [
        {"code": "1", "label": "Microsoft Internet Explorer 6"},
        {"code": "2", "label": "Firefox 120"},
    ]
    assert rejects == []


def test_only_a_feed_folder_and_a_matching_width_make_hit_data(tmp_path):
    path = _feed(tmp_path / "feed")
    header = "\t".join(COLUMNS).encode()
    assert feed_columns(str(path), HITS.split("\n")[0].encode()) == tuple(COLUMNS)
    assert feed_columns(str(path), b"a\tb") is None  # another width: its own header row
    assert feed_columns(str(path), header) is None  # the names themselves: a header row
    assert feed_columns(str(tmp_path / "feed" / "column_headers.tsv"), header) is None
    assert feed_columns(str(tmp_path / "feed" / "event.tsv"), b"200\tx") == LOOKUP_COLUMNS
    lone = tmp_path / "other" / "hit_data.tsv"
    lone.parent.mkdir()
    assert feed_columns(str(lone), HITS.split("\n")[0].encode()) is None


def test_a_tsv_of_another_tool_is_read_with_its_own_header_and_tabs(tmp_path):
    """The ``.tsv`` name says the separator, also when the header holds commas."""
    path = tmp_path / "keyword_report.tsv"
    path.write_text("Name, First\tSearch term\nJane\ttype 2 diabetes diet\n")
    records, rejects = read_all(path)
    assert [r for _, r in records] == [
        {"Name, First": "Jane", "Search term": "type 2 diabetes diet"}
    ]
    assert rejects == []


def test_a_scan_of_a_feed_folder_finds_per_hit_and_says_how_it_read(capsys, tmp_path):
    folder = tmp_path / "feed"
    _feed(folder)
    out = tmp_path / "out"
    assert main(["scan", str(folder), "--out", str(out), "--no-ner", "--quiet"]) == 0
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        f"phistream: note: {folder}/browser.tsv is an Adobe data-feed lookup table; "
        "read as columns code, label",
        f"phistream: note: {folder}/hit_data.tsv has no header row; read as Adobe data-feed "
        "hits with the 6 column names of column_headers.tsv beside it",
    ]
    findings = pq.read_table(out / "findings").to_pylist()
    hits = {(r["record"], r["field"], r["entity"]) for r in findings if "hit_data" in r["source"]}
    assert {
        (0, "post_visid_high", "ONLINE_ID"),
        (0, "ip", "IP_ADDRESS"),
        (0, "pagename", "HEALTH_CONDITION"),
        (0, "post_evar5", "EMAIL"),
        (1, "post_evar5", "EMAIL"),
    } <= hits
    assert not any("browser" in r["source"] or "column_headers" in r["source"] for r in findings)
    rows = pq.read_table(out / "redacted" / "hit_data.tsv.parquet").to_pylist()
    assert [r["post_evar5"] for r in rows] == ["<EMAIL>", "note\nsecond line <EMAIL> C:\\temp"]
    assert pq.read_table(out / "redacted" / "column_headers.tsv.parquet").num_rows == 0
