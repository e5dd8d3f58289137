"""Export files the way real tools write them: Excel's ``sep=`` line, UTF-16 "Unicode
Text", lone-CR line endings, a JSON array in a ``.jsonl`` file, and files whose content
contradicts their name.

Each one is read through probe, planned refs and ``read_ref`` with several chunk sizes
(planned byte ranges must never split a record), and the ones a user meets first end to
end through the CLI: exit code, one line on stderr, redacted rows + rejects = records.
"""

from __future__ import annotations

import gzip
import json

import pyarrow.parquet as pq
import pytest
from helpers import read_all

from pipelines import streams
from pipelines.cli import main
from pipelines.inputs import InputError, encoding_note, expand_inputs, probe, probe_all
from pipelines.watch_files import _tailable

SECRET = "SECRET-4111111111111111"  # must never appear in an error or a reject reason
ROWS = [
    {"name": "Jane Doe", "email": "jane@example.com", "note": "diabetes"},
    {"name": "Bob Roe", "email": "bob@example.com", "note": 'said "ok"\nthen left'},
]


def csv_text(sep: str = ",", eol: str = "\r\n") -> str:
    def cell(v: str) -> str:
        return '"' + v.replace('"', '""') + '"' if any(c in v for c in f'"\n{sep}') else v

    rows = [list(ROWS[0])] + [list(r.values()) for r in ROWS]
    return "".join(sep.join(cell(v) for v in row) + eol for row in rows)


def expected(rows=ROWS) -> list[tuple[int, dict]]:
    return list(enumerate(rows))


# -- Excel's sep= line -----------------------------------------------------------------


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
@pytest.mark.parametrize("prefix", [b"", b"\xef\xbb\xbf"], ids=["plain", "bom"])
@pytest.mark.parametrize("chunk_size", [1, 1000])
def test_excel_sep_line_names_the_delimiter_and_is_not_the_header(
    tmp_path, sep, prefix, chunk_size
):
    path = tmp_path / "excel.csv"
    path.write_bytes(prefix + f"sep={sep}\r\n{csv_text(sep)}".encode())
    f = probe_all(expand_inputs([str(path)]))[0]
    assert (f.delimiter, f.sep_line) == (sep, True)
    assert read_all(path, chunk_size) == (expected(), [])


def test_sep_line_in_gzip_and_reject_lines_count_it(tmp_path):
    path = tmp_path / "excel.csv.gz"
    path.write_bytes(gzip.compress(f"SEP=|\nid|v\n1|a\n2|{SECRET}|x\n3|d\n".encode()))
    records, rejects = read_all(path, 1)
    assert records == [(0, {"id": "1", "v": "a"}), (2, {"id": "3", "v": "d"})]
    assert rejects == [(1, "line 4: 3 fields but the header has 2")]  # the file's line 4


def test_a_sep_line_alone_is_an_empty_file(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"sep=;\r\n")
    with pytest.raises(InputError, match=r"empty file \(a sep= line, no header row\)"):
        probe_all(expand_inputs([str(path)]))


# -- report title blocks above the header (ad platforms, Universal Analytics) -----------------

GOOGLE_ADS = (
    "Campaign performance report\r\n"
    '"November 1, 2026 - November 27, 2026"\r\n'
    "Campaign,Ad group,Clicks,Cost\r\n"
    "Diabetes Care Q4,Type 2,120,310.22\r\n"
    "Knee Pain,Ortho,80,201.10\r\n"
    "Total: Account,--,200,511.32\r\n"
)
UNIVERSAL_ANALYTICS = (
    "# ----------------------------------------\n"
    "# All Web Site Data\n"
    "# Pages\n"
    "# 20200101-20200131\n"
    "# ----------------------------------------\n"
    "\n"
    "Page,Pageviews,Unique Pageviews\n"
    "/book?email=jane%40example.com,3,2\n"
    "/conditions/asthma,10,8\n"
    '"/search?q=knee, hip",4,4\n'
)


@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
@pytest.mark.parametrize("chunk_size", [1, 2, 1000])
def test_a_report_title_block_is_read_as_rows_above_the_table(tmp_path, gz, chunk_size):
    path = tmp_path / ("ads.csv.gz" if gz else "ads.csv")
    data = GOOGLE_ADS.encode()
    path.write_bytes(gzip.compress(data) if gz else data)
    f = probe_all(expand_inputs([str(path)]))[0]
    assert f.preamble == 2
    records, rejects = read_all(path, chunk_size)
    header = ["Campaign", "Ad group", "Clicks", "Cost"]
    assert rejects == []
    assert records == [
        (0, {"Campaign": "Campaign performance report", "Ad group": None, "Clicks": None,
             "Cost": None}),
        (1, {"Campaign": "November 1, 2026 - November 27, 2026", "Ad group": None,
             "Clicks": None, "Cost": None}),
        (2, dict(zip(header, ["Diabetes Care Q4", "Type 2", "120", "310.22"], strict=False))),
        (3, dict(zip(header, ["Knee Pain", "Ortho", "80", "201.10"], strict=False))),
        (4, dict(zip(header, ["Total: Account", "--", "200", "511.32"], strict=False))),
    ]  # fmt: skip


@pytest.mark.parametrize("chunk_size", [1, 1000])
def test_universal_analytics_comment_lines_and_reject_line_numbers(tmp_path, chunk_size):
    path = tmp_path / "ua_pages.csv"
    path.write_text(UNIVERSAL_ANALYTICS + f"/x,1,1,{SECRET}\n")
    f = probe_all(expand_inputs([str(path)]))[0]
    assert f.preamble == 6  # five comment lines and the blank line under them
    records, rejects = read_all(path, chunk_size)
    assert [i for i, _ in records] == [0, 1, 2, 3, 4, 5, 6, 7]
    assert records[5] == (5, {"Page": "/book?email=jane%40example.com", "Pageviews": "3",
                              "Unique Pageviews": "2"})  # fmt: skip
    assert rejects == [(8, "line 11: 4 fields but the header has 3")]  # the file's line 11


LINKEDIN = (
    "Campaign Performance Report (in UTC)\n"
    "Report Start: 11/1/2026, 12:00 AM\n"
    "Report End: 11/27/2026, 11:59 PM\n"
    "Account Name: Riverbend Health\n"
    "Campaign Name,Campaign ID,Impressions,Clicks\n"
    "Joint Pain Webinar,123456789,10432,88\n"
    "Heart Health Month,123456790,8891,61\n"
)


def test_a_title_block_may_have_two_fields_above_a_wider_table(tmp_path):
    path = tmp_path / "linkedin.csv"
    path.write_text(LINKEDIN)
    assert probe_all(expand_inputs([str(path)]))[0].preamble == 4
    records, rejects = read_all(path, 1000)
    assert rejects == [] and len(records) == 6
    assert records[1][1] == {"Campaign Name": "Report Start: 11/1/2026", "Campaign ID": " 12:00 AM",
                             "Impressions": None, "Clicks": None}  # fmt: skip


#: A hospital's standard-charge file in CMS's v2 "tall" CSV layout: the hospital's own
#: metadata (its name, the file's date and version, its address and licence, the
#: attestation) as a header and a row of their own above the charges' header on line 3.
CMS_STANDARD_CHARGES = (
    "hospital_name,last_updated_on,version,hospital_location,hospital_address,"
    'license_number|GA,"To the best of its knowledge and belief, the hospital has included '
    'all applicable standard charge information"\n'
    'Lakeview Regional Medical Center,2026-07-01,2.0.0,Lakeview Regional Medical Center,"1200 '
    'Lakeview Pkwy, Atlanta, GA 30303",020-123,TRUE\n'
    "description,code|1,code|1|type,code|2,code|2|type,modifiers,setting,"
    "drug_unit_of_measurement,drug_type_of_measurement,standard_charge|gross,"
    "standard_charge|discounted_cash,payer_name,plan_name,standard_charge|negotiated_dollar,"
    "standard_charge|negotiated_percentage,standard_charge|negotiated_algorithm,"
    "estimated_amount,standard_charge|methodology,standard_charge|min,standard_charge|max,"
    "additional_generic_notes\n"
    "MRI brain w/o contrast,70551,CPT,,,,outpatient,,,2450.00,1225.00,Aetna,Aetna PPO,980.00,"
    ",,,fee schedule,620.00,1400.00,\n"
    "Total knee replacement,470,MS-DRG,,,,inpatient,,,58000.00,29000.00,Cigna,Open Access Plus"
    ",,,,31000.00,case rate,21000.00,42000.00,DRG 470 without MCC\n"
)


def test_a_standard_charge_files_metadata_rows_are_its_title_block(tmp_path):
    """The price-transparency probe feared a CMS v2 CSV's two metadata lines would be taken
    for the header and every charge refused; they are a title block, read as rows."""
    path = tmp_path / "standardcharges.csv"
    path.write_text(CMS_STANDARD_CHARGES)
    assert probe_all(expand_inputs([str(path)]))[0].preamble == 2
    records, rejects = read_all(path, 1000)
    assert rejects == [] and len(records) == 4
    assert records[2][1]["code|1"] == "70551" and records[3][1]["payer_name"] == "Cigna"


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("id,name,email\n1,Jane,j@x.org\n2,Bob,b@x.org\n", id="plain"),
        pytest.param("Name\nJane\nBob\n", id="one-column"),
        # a header one field short of its rows is no title: its rows are refused as before
        pytest.param("a,b,c\n1,2,3,4\n5,6,7,8\n9,10,11,12\n", id="header-one-short"),
        pytest.param("Report\n", id="one-line"),
    ],
)
def test_files_without_a_title_block_keep_their_first_row_as_header(tmp_path, text):
    path = tmp_path / "t.csv"
    path.write_text(text)
    assert probe_all(expand_inputs([str(path)]))[0].preamble == 0


def test_a_trailing_delimiter_on_every_row_is_no_extra_field(tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("id,email\n1,j@x.org,\n2,b@x.org,\n3,c@x.org,oops\n")
    records, rejects = read_all(path, 1000)
    assert records == [(0, {"id": "1", "email": "j@x.org"}), (1, {"id": "2", "email": "b@x.org"})]
    assert rejects == [(2, "line 4: 3 fields but the header has 2")]


def test_a_report_title_block_is_named_in_a_note_and_nothing_is_rejected(capsys, tmp_path):
    path = tmp_path / "ua_pages.csv"
    path.write_text(UNIVERSAL_ANALYTICS)
    out = tmp_path / "out"
    code = main(["scan", str(path), "--out", str(out), "--no-ner", "--quiet"])
    assert (code, capsys.readouterr().err) == (
        0,
        f"phistream: note: {path}: the header row is line 7; the 6 line(s) above it "
        "(a report's title block) are read as rows\n",
    )
    rows = pq.read_table(out / "redacted" / "ua_pages.csv.parquet").to_pylist()
    assert [r["Page"] for r in rows][4:] == [
        "# ----------------------------------------",
        "/book?email=<EMAIL>",
        "/conditions/asthma",
        "/search?q=knee, hip",
    ]


# -- UTF-16 (Excel's "Unicode Text") -----------------------------------------------------


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("gz", [False, True], ids=["plain", "gz"])
def test_utf16_csv_is_read_like_utf8(tmp_path, codec, gz):
    bom = "\ufeff".encode(codec)
    data = bom + csv_text("\t").encode(codec)
    path = tmp_path / ("unicode.csv.gz" if gz else "unicode.csv")
    path.write_bytes(gzip.compress(data) if gz else data)
    f = probe(expand_inputs([str(path)])[0])
    assert (f.encoding, f.delimiter) == ("utf-16", "\t")
    assert encoding_note(f) is None  # declared by its byte order mark, not guessed
    for chunk_size in (1, 1000):
        assert read_all(path, chunk_size) == (expected(), [])


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("events.jsonl", "".join(json.dumps(r) + "\r\n" for r in ROWS)),
        ("events.json", json.dumps(ROWS, indent=2)),
    ],
)
def test_utf16_json_is_read_like_utf8(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-16"))
    assert read_all(path, 1) == (expected(), [])


def test_bad_utf16_rejects_its_record_only(tmp_path):
    path = tmp_path / "unicode.csv"
    lone_surrogate = b"\x00\xd8"
    path.write_bytes(
        b"\xff\xfe"
        + "a,b\r\n1,".encode("utf-16-le")
        + lone_surrogate
        + f"{SECRET}\r\n2,3\r\n4,5".encode("utf-16-le")
        + b"A"  # half a character at the end
    )
    records, rejects = read_all(path, 1)
    assert records == [(1, {"a": "2", "b": "3"})]
    assert rejects == [(0, "line 2: invalid UTF-16"), (2, "line 4: invalid UTF-16")]


def test_utf16_transcoding_survives_any_block_boundary():
    data = "é\r\nñ,😀\n".encode("utf-16")
    out = b"".join(streams.utf16_to_utf8(bytes([b]) for b in data))  # type: ignore[arg-type]
    assert out.decode("utf-8") == "é\r\nñ,😀\n"


# -- lone carriage returns (Excel's "CSV (Macintosh)") ---------------------------------------


@pytest.mark.parametrize("chunk_size", [1, 2, 1000])
def test_lone_cr_csv_keeps_quoted_line_breaks(tmp_path, chunk_size):
    """Rows end in CR; a break typed in a cell is a LF (or a CR) inside its quotes."""
    path = tmp_path / "mac.csv"
    path.write_bytes(b'id,note\r1,"two\rlines"\r2,"typed\nbreak"\r3,"a ""q"""\r')
    notes = ["two\rlines", "typed\nbreak", 'a "q"']
    rows = [{"id": str(i), "note": n} for i, n in enumerate(notes, start=1)]
    assert read_all(path, chunk_size) == (expected(rows), [])


@pytest.mark.parametrize("name", ["mac.jsonl", "mac.jsonl.gz", "mac.csv.gz"])
def test_lone_cr_lines_everywhere(tmp_path, name):
    if ".csv" in name:
        data = b"id,v\r1,a\r2,b\r"
        rows = [{"id": "1", "v": "a"}, {"id": "2", "v": "b"}]
    else:
        data = b'{"v": "a"}\r\r{"v": "b"}\r'  # a blank line is still not a record
        rows = [{"v": "a"}, {"v": "b"}]
    path = tmp_path / name
    path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
    assert read_all(path, 1) == (expected(rows), [])


def test_utf16_and_lone_cr_files_are_read_whole_by_watch(tmp_path):
    """`phistream watch` tails JSON lines as UTF-8 ending in \\n; other files are read
    whole once settled, as a batch scan reads them."""
    plain, cr, utf16 = tmp_path / "a.jsonl", tmp_path / "b.jsonl", tmp_path / "c.jsonl"
    plain.write_bytes(b'{"v": 1}\n')
    cr.write_bytes(b'{"v": 1}\r')
    utf16.write_bytes('{"v": 1}\n'.encode("utf-16"))
    assert [_tailable(f) for f in probe_all(expand_inputs([str(tmp_path)]))] == [
        True,
        False,
        False,
    ]


# -- a JSON array in a .jsonl file ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        json.dumps(ROWS, indent=2),
        json.dumps(ROWS),
        "[\n" + ",\n".join(map(json.dumps, ROWS)) + "\n]",
    ],
    ids=["pretty", "one_line", "one_per_line"],
)
def test_a_jsonl_file_holding_one_array_is_read_as_an_array(tmp_path, text):
    path = tmp_path / "export.jsonl"
    path.write_text(text)
    assert read_all(path, 1) == (expected(), [])


def test_a_jsonl_file_whose_first_line_is_an_array_stays_json_lines(tmp_path):
    path = tmp_path / "export.jsonl"
    path.write_text(f'["{SECRET}"]\n{{"a": 1}}\n')
    assert read_all(path, 1) == ([(1, {"a": 1})], [(0, "line 1: a JSON array, not an object")])


# -- content that contradicts the file's name ---------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        ("export.json", f"name,card\nJane,{SECRET}\n", "holds no JSON object or array"),
        ("export.jsonl", f"name;card\r\nJane;{SECRET}\r\n", "holds no JSON object or array"),
        ("export.csv", f'{{"card": "{SECRET}"}}\n', "holds JSON, not CSV"),
        ("export.csv", f'[\n  {{"card": "{SECRET}"}}\n]\n', "holds JSON, not CSV"),
    ],
)
def test_a_file_of_another_format_than_its_name_says_is_an_error(tmp_path, name, data, cause):
    path = tmp_path / name
    path.write_text(data)
    with pytest.raises(InputError) as exc:
        probe_all(expand_inputs([str(path)]))
    assert exc.value.cause.startswith(cause)
    assert "SECRET" not in str(exc.value)


def test_format_option_reads_it_anyway(tmp_path):
    path = tmp_path / "export.json"
    path.write_text("id,v\n1,a\n")
    assert read_all(path, 1, fmt="csv") == ([(0, {"id": "1", "v": "a"})], [])


def test_a_csv_header_in_brackets_is_not_json(tmp_path):
    path = tmp_path / "sqlserver.csv"
    path.write_text("[id],[name]\n1,x\n")
    assert read_all(path, 1) == ([(0, {"[id]": "1", "[name]": "x"})], [])


# -- end to end ----------------------------------------------------------------------------


def test_excel_exports_scan_cleanly_end_to_end(capsys, tmp_path):
    folder = tmp_path / "exports"
    folder.mkdir()
    (folder / "sep.csv").write_bytes(b"\xef\xbb\xbfsep=;\r\n" + csv_text(";").encode())
    (folder / "unicode.csv").write_bytes(b"\xff\xfe" + csv_text("\t").encode("utf-16-le"))
    (folder / "mac.csv").write_bytes(csv_text(",", "\r").encode())
    out = tmp_path / "out"
    code = main(["scan", str(folder), "--out", str(out), "--no-ner", "--quiet"])
    assert (code, capsys.readouterr().err) == (0, "")
    summary = json.loads((out / "summary.json").read_text())
    assert summary["totals"]["records"] == 6 and summary["totals"]["rejects"] == 0
    for name in ("sep.csv", "unicode.csv", "mac.csv"):
        rows = pq.read_table(out / "redacted" / f"{name}.parquet").to_pylist()
        assert [r["email"] for r in rows] == ["<EMAIL>", "<EMAIL>"]
        assert [r["note"] for r in rows] == [r["note"] for r in ROWS]


def test_a_misnamed_file_is_a_one_line_error(capsys, tmp_path):
    path = tmp_path / "export.csv"
    path.write_text(f'{{"card": "{SECRET}"}}\n')
    out = tmp_path / "out"
    code = main(["scan", str(path), "--out", str(out), "--no-ner", "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and not out.exists()
    assert err == (
        f"phistream: error: {path}: holds JSON, not CSV; pass --format json to read it\n"
    )


# -- Parquet strings written as BINARY (Hive, older Impala and Spark) ----------------------


def test_binary_columns_holding_text_are_scanned_and_redacted(capsys, tmp_path):
    import pyarrow as pa

    struct = pa.struct([("email", pa.binary())])
    table = pa.table(
        {
            "email": pa.array([b"jane.doe@example.com", None], pa.binary()),
            "note": pa.array([b"has diabetes, call 312-555-0188", b"x"], pa.large_binary()),
            "blob": pa.array([b"\xff\xd8\xff\xe0", b"\x00\x01"], pa.binary()),  # not text
            "contact": pa.array([{"email": b"a.b@example.com"}, None], struct),
        }
    )
    pq.write_table(table, tmp_path / "hive.parquet")
    out = tmp_path / "out"
    code = main(["scan", str(tmp_path / "hive.parquet"), "--out", str(out), "--no-ner", "--quiet"])
    assert (code, capsys.readouterr().err) == (0, "")
    redacted = pq.read_table(out / "redacted" / "hive.parquet.parquet")
    assert redacted.schema.field("email").type == pa.binary()  # the file's schema is kept
    assert redacted.schema.field("contact").type == struct
    assert redacted.to_pylist() == [
        {
            "email": b"<EMAIL>",
            "note": b"has diabetes, call <PHONE>",
            "blob": b"\xff\xd8\xff\xe0",
            "contact": {"email": b"<EMAIL>"},
        },
        {"email": None, "note": b"x", "blob": b"\x00\x01", "contact": None},
    ]
