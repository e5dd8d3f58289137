"""Inputs, chunked readers and Arrow tables: every format, every bad input, every chunking.

Readers are tested the way the pipeline uses them: probe, plan refs, read each ref. The
same file read with chunk sizes 1, 2, 3 and 1000 must give the same records at the same
indices and the same rejects, which checks that planned byte ranges never split a record
(a quoted multi-line CSV field, a JSON element) whatever the chunk size.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.inputs import (
    InputError,
    csv_encoding,
    expand_inputs,
    probe,
    probe_all,
    sniff_delimiter,
)
from pipelines.jsonscan import ArrayScanner, Element
from pipelines.readers import Chunk, Reject, plan_refs, read_ref
from pipelines.tables import conform, infer_type, rows_to_table, unify

SECRET = "SECRET-4111111111111111"  # must never appear in a reject reason


def read_all(path: Path, chunk_size: int = 1000, fmt: str | None = None):
    """(index, record) pairs and rejects of one file, read through planned refs."""
    (f,) = probe_all(expand_inputs([str(path)], fmt=fmt))
    records, rejects, chunks = [], [], []
    for ref in plan_refs(f, chunk_size):
        for item in read_ref(ref, chunk_size):
            if isinstance(item, Reject):
                rejects.append(item)
            else:
                assert isinstance(item, Chunk)
                assert len(item.records) <= chunk_size
                chunks.append(item)
                records.extend((item.first_record + i, r) for i, r in enumerate(item.records))
    return records, rejects, chunks


def reasons(rejects) -> list[tuple[int, str]]:
    return [(r.record, r.reason) for r in rejects]


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


# -- JSON lines --------------------------------------------------------------------------


JSONL = (
    b'\xef\xbb\xbf{"a": 1}\r\n'
    b"\n"
    b'{"a": 2, "n": {"x": [1, 2]}}\n'
    b"   \n"
    b'{"a": "SECRET-4111111111111111",}\n'  # malformed: trailing comma
    b'["SECRET-4111111111111111"]\n'  # not an object
    b'{"a": "\xff SECRET-4111111111111111"}\n'  # invalid UTF-8
    b'{"a": 12345678901234567890123}\n'  # beyond 64 bits: standard library fallback
    b'{"a": "\\ud800"}\n'  # lone surrogate escape
    b'{"a": 7}'  # no final newline
)


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 1000])
def test_jsonl_indices_count_non_blank_lines(tmp_path, chunk_size):
    records, rejects, _ = read_all(write(tmp_path / "x.jsonl", JSONL), chunk_size)
    assert records == [
        (0, {"a": 1}),
        (1, {"a": 2, "n": {"x": [1, 2]}}),
        (5, {"a": 12345678901234567890123}),
        (7, {"a": 7}),
    ]
    assert reasons(rejects) == [
        (
            2,
            "line 5: malformed JSON "
            "(Expecting property name enclosed in double quotes at column 33)",
        ),
        (3, "line 6: a JSON array, not an object"),
        (4, "line 7: invalid UTF-8 at byte 8 of the line"),
        (6, "line 9: invalid \\u escape (a lone surrogate)"),
    ]
    assert all(SECRET not in r.reason for r in rejects)


def test_jsonl_gz_and_truncated_gzip(tmp_path):
    lines = b"".join(b'{"i": %d, "pad": "%s"}\n' % (i, b"x" * (i % 50)) for i in range(3000))
    whole = gzip.compress(lines)
    records, rejects, _ = read_all(write(tmp_path / "ok.jsonl.gz", whole), 500)
    assert [i for i, _ in records] == list(range(3000))
    assert rejects == []

    records, rejects, _ = read_all(write(tmp_path / "cut.jsonl.gz", whole[: len(whole) // 2]), 500)
    (reject,) = rejects
    n = len(records)
    assert 0 < n < 3000 and [i for i, _ in records] == list(range(n))
    assert reject.record == n
    assert "gzip stream truncated" in reject.reason


# -- JSON arrays and documents --------------------------------------------------------------


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 1000])
def test_json_array_elements_and_rejects(tmp_path, chunk_size):
    data = (
        '\ufeff[ {"i": 0}, {"i": 1, "l": [{"k": "v"}]},\n'
        ' "SECRET-4111111111111111", {"i": 3} ,{"i": 4}\n]\n'
    )
    records, rejects, _ = read_all(write(tmp_path / "a.json", data.encode()), chunk_size)
    assert records == [
        (0, {"i": 0}),
        (1, {"i": 1, "l": [{"k": "v"}]}),
        (3, {"i": 3}),
        (4, {"i": 4}),
    ]
    assert reasons(rejects) == [(2, "element 2: a JSON string, not an object")]


@pytest.mark.parametrize("chunk_size", [1, 2, 1000])
def test_json_array_malformed_element_stops_the_file(tmp_path, chunk_size):
    data = b'[{"i": 0}, {"i": 1}, {"i": "SECRET-4111111111111111", }, {"i": 3}]'
    records, rejects, _ = read_all(write(tmp_path / "a.json", data), chunk_size)
    assert records == [(0, {"i": 0}), (1, {"i": 1})]
    assert reasons(rejects) == [
        (
            2,
            "element 2: malformed JSON (Expecting property name enclosed in double quotes); "
            "the rest of the file cannot be read",
        )
    ]
    data = b'[{"i": 0}, {"i": "SECRET-4111111111111111"}} {"i": 2}]'
    records, rejects, _ = read_all(write(tmp_path / "b.json", data), chunk_size)
    assert records == [(0, {"i": 0}), (1, {"i": "SECRET-4111111111111111"})]
    assert [r.record for r in rejects] == [2]
    assert rejects[0].reason.startswith("element 2: expected ',' or ']' between elements")


@pytest.mark.parametrize(
    ("data", "expected_records", "expected_reject"),
    [
        (b"[]", [], None),
        (b'  [ {"a": 1} ]  ', [(0, {"a": 1})], None),
        (b'[{"a": 1}, {"a": 2}', [(0, {"a": 1}), (1, {"a": 2})], (2, "not closed")),
        (b'[{"a": 1}] {"b": 2}', [(0, {"a": 1})], (1, "data after the end")),
    ],
)
def test_json_array_edges(tmp_path, data, expected_records, expected_reject):
    records, rejects, _ = read_all(write(tmp_path / "a.json", data), 1)
    assert records == expected_records
    if expected_reject is None:
        assert rejects == []
    else:
        (reject,) = rejects
        assert reject.record == expected_reject[0] and expected_reject[1] in reject.reason


def test_json_array_gz_streams(tmp_path):
    data = json.dumps([{"i": i, "s": "é" * (i % 7)} for i in range(2500)]).encode()
    records, rejects, chunks = read_all(write(tmp_path / "a.json.gz", gzip.compress(data)), 1000)
    assert [r["i"] for _, r in records] == list(range(2500)) and rejects == []
    assert [c.first_record for c in chunks] == [0, 1000, 2000]


@pytest.mark.parametrize("block", [1, 2, 3, 7, 64])
def test_array_scanner_handles_any_block_boundary(block):
    text = (
        '[{"a": 12345, "b": "long string \\" with quote", "c": [true, false, null]}, -1.5e10, "x"]'
    )
    expected = [e.value for e in ArrayScanner(iter([text]), "open") if isinstance(e, Element)]
    blocks = iter([text[i : i + block] for i in range(0, len(text), block)])
    got = [e.value for e in ArrayScanner(blocks, "open") if isinstance(e, Element)]
    assert got == expected == [json.loads(text)[0], -1.5e10, "x"]


def test_pretty_printed_json_document(tmp_path):
    data = b'{\n  "email": "a@b.org",\n  "n": [1, 2]\n}\n{"second": true}\n'
    records, rejects, _ = read_all(write(tmp_path / "d.json", data))
    assert records == [(0, {"email": "a@b.org", "n": [1, 2]}), (1, {"second": True})]
    assert rejects == []


# -- CSV ---------------------------------------------------------------------------------

CSV = (
    b"\xef\xbb\xbfName,Notes,,Name\r\n"
    b'Ann,"line one\r\nline two, with comma",x,A2\r\n'
    b"\r\n"
    b'Bob,"say ""hi""",y,B2\r\n'
    b"Cy,\xff SECRET-4111111111111111,z,C2\r\n"
    b"Di,SECRET-4111111111111111,w,D2,extra\r\n"
    b"Ed\r\n"
    b'Fa,"multi\nline\nnote",v,F2\n'
)


@pytest.mark.parametrize("chunk_size", [1, 2, 3, 1000])
def test_csv_bom_multiline_and_header_names(tmp_path, chunk_size):
    records, rejects, chunks = read_all(write(tmp_path / "h.csv", CSV), chunk_size)
    assert records == [
        (
            0,
            {
                "Name": "Ann",
                "Notes": "line one\r\nline two, with comma",
                "column_3": "x",
                "Name_2": "A2",
            },
        ),
        (1, {"Name": "Bob", "Notes": 'say "hi"', "column_3": "y", "Name_2": "B2"}),
        (4, {"Name": "Ed", "Notes": None, "column_3": None, "Name_2": None}),
        (5, {"Name": "Fa", "Notes": "multi\nline\nnote", "column_3": "v", "Name_2": "F2"}),
    ]
    assert reasons(rejects) == [
        (2, "line 6: invalid UTF-8"),
        (3, "line 7: 5 fields but the header has 4"),
    ]
    assert chunks[0].schema.names == ["Name", "Notes", "column_3", "Name_2"]


@pytest.mark.parametrize(
    ("sep", "name"), [(b";", "semi.csv"), (b"\t", "tabs.csv"), (b"|", "pipes.csv.gz")]
)
@pytest.mark.parametrize("chunk_size", [1, 1000])
def test_csv_separator_is_found_in_the_header(tmp_path, sep, name, chunk_size):
    rows = [
        b"Email" + sep + b"Notes" + sep + b"Amount",
        b"a@b.org" + sep + b'"diabetes' + sep + b' and, commas"' + sep + b"1,50",
        b"c@d.org" + sep + b"asthma" + sep + b"2,00",
    ]
    data = b"\r\n".join(rows) + b"\r\n"
    if name.endswith(".gz"):
        data = gzip.compress(data)
    records, rejects, _ = read_all(write(tmp_path / name, data), chunk_size)
    note = "diabetes" + sep.decode() + " and, commas"
    assert records == [
        (0, {"Email": "a@b.org", "Notes": note, "Amount": "1,50"}),
        (1, {"Email": "c@d.org", "Notes": "asthma", "Amount": "2,00"}),
    ]
    assert rejects == []


@pytest.mark.parametrize("chunk_size", [1, 1000])
@pytest.mark.parametrize("name", ["excel.csv", "excel.csv.gz"])
def test_a_windows_1252_csv_is_read_as_such(tmp_path, name, chunk_size):
    """Excel's "CSV" on Windows writes the code page: accents are single bytes."""
    data = "Dirección,Nombre,Notes\r\n12 Peña St,José Núñez,“diabetes”\r\n".encode("cp1252")
    data += b"1 Main St,Ana\x81,x\r\n"  # 0x81 is not a Windows-1252 character
    data += "3 Elm St,Zoë,ok\r\n".encode("cp1252")
    if name.endswith(".gz"):
        data = gzip.compress(data)
    path = write(tmp_path / name, data)
    (f,) = probe_all(expand_inputs([str(path)]))
    assert f.encoding == "cp1252"
    records, rejects, _ = read_all(path, chunk_size)
    assert records == [
        (0, {"Dirección": "12 Peña St", "Nombre": "José Núñez", "Notes": "“diabetes”"}),
        (2, {"Dirección": "3 Elm St", "Nombre": "Zoë", "Notes": "ok"}),
    ]
    assert reasons(rejects) == [(1, "line 3: invalid Windows-1252")]


@pytest.mark.parametrize(
    ("head", "complete", "encoding"),
    [
        ("José,Núñez\n".encode(), True, "utf-8"),
        ("José,Núñez\n".encode("cp1252"), True, "cp1252"),
        ("abc,é".encode()[:-1], False, "utf-8"),  # a character cut where the head ends
        ("abc,é".encode()[:-1], True, "cp1252"),  # the whole file: a stray byte
        (b"a,b\n\x81\x8d\n", True, "utf-8"),  # neither: bad lines go to rejects
        (b"plain,ascii\n", True, "utf-8"),
        ("Café,x\n".encode() + b"na\xffme\n", True, "utf-8"),  # UTF-8 with a corrupt byte
        ("Peña,x\n".encode("cp1252") + b"\x00\x01", True, "utf-8"),  # binary, not text
    ],
)
def test_csv_encoding(head: bytes, complete: bool, encoding: str) -> None:
    assert csv_encoding(head, complete) == encoding


@pytest.mark.parametrize(
    ("header", "sep"),
    [
        (b"email,notes", ","),
        (b"email;notes;phone", ";"),
        (b"email\tnotes", "\t"),
        (b'"Last, First";Email;Phone', ";"),  # a comma inside quotes does not count
        (b"email", ","),  # one column
        (b"a,b;c", ","),  # a tie goes to the comma
    ],
)
def test_sniff_delimiter(header, sep):
    assert sniff_delimiter(header) == sep


def test_csv_unterminated_quote(tmp_path):
    data = b'id,note\n1,fine\n2,"never closed SECRET-4111111111111111\n3,lost\n'
    records, rejects, _ = read_all(write(tmp_path / "u.csv", data), 1)
    assert records == [(0, {"id": "1", "note": "fine"})]
    assert reasons(rejects) == [
        (1, "line 3: malformed CSV: unterminated quoted field (the file ends inside it)")
    ]


def test_csv_gz_and_header_only(tmp_path):
    records, rejects, _ = read_all(write(tmp_path / "c.csv.gz", gzip.compress(b'a,b\n1,"x\ny"\n')))
    assert records == [(0, {"a": "1", "b": "x\ny"})] and rejects == []
    records, rejects, chunks = read_all(write(tmp_path / "h.csv", b"a,b\n"))
    assert records == [] and rejects == [] and chunks[0].schema.names == ["a", "b"]


# -- Parquet -----------------------------------------------------------------------------


def nested_parquet(path: Path, n: int = 10, row_group_size: int = 4) -> list[dict]:
    rows = [
        {
            "Id": f"00Q{i:05d}",
            "Contact": {"Email": f"p{i}@example.org", "Phones": [f"555-01{i:02d}"]},
            "Tags": [{"k": "a", "v": i}],
            "Score": float(i),
        }
        for i in range(n)
    ]
    pq.write_table(pa.Table.from_pylist(rows), path, row_group_size=row_group_size)
    return rows


@pytest.mark.parametrize("chunk_size", [1, 3, 1000])
def test_parquet_row_groups_keep_order_and_nesting(tmp_path, chunk_size):
    rows = nested_parquet(tmp_path / "s.parquet")
    records, rejects, chunks = read_all(tmp_path / "s.parquet", chunk_size)
    assert records == list(enumerate(rows)) and rejects == []
    assert chunks[0].schema.field("Contact").type.field("Phones").type == pa.list_(pa.string())


def test_small_parquet_row_groups_are_read_together_up_to_a_chunk(tmp_path):
    """Row groups of 4 rows with chunks of 8: two groups a ref, the last one alone."""
    nested_parquet(tmp_path / "s.parquet", n=10, row_group_size=4)
    (f,) = probe_all(expand_inputs([str(tmp_path / "s.parquet")]))
    refs = list(plan_refs(f, 8))
    assert [(r.first_record, r.start, r.end) for r in refs] == [(0, 0, 2), (8, 2, 3)]
    assert sum(r.nbytes for r in refs) == f.size
    records, rejects, chunks = read_all(tmp_path / "s.parquet", 8)
    assert [len(c.records) for c in chunks] == [8, 2] and rejects == []
    assert [i for i, _ in records] == list(range(10))


def test_parquet_gz(tmp_path):
    rows = nested_parquet(tmp_path / "s.parquet")
    write(tmp_path / "t.parquet.gz", gzip.compress((tmp_path / "s.parquet").read_bytes()))
    records, _, _ = read_all(tmp_path / "t.parquet.gz", 3)
    assert records == list(enumerate(rows))


# -- whole-file problems: InputError (exit 2) ------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "cause"),
    [
        ("empty.jsonl", b"", "empty file (0 bytes)"),
        ("blank.jsonl", b"\n  \n", "empty file (no records)"),
        ("empty.csv.gz", gzip.compress(b"", mtime=0), "empty file (no records)"),
        ("plain.jsonl.gz", b'{"a": 1}\n', "named .gz but is not gzip-compressed"),
        ("cut.jsonl.gz", gzip.compress(b'{"a": 1}\n' * 100, mtime=0)[:10], "truncated gzip file"),
        ("bad.parquet", b"not parquet at all", "not a readable Parquet file"),
        ("bad.csv", b"na\x81me,b\n1,2\n", "CSV header row is not valid UTF-8"),
        ("notes.txt", b"hello", "unknown file extension .txt"),
    ],
)
def test_unopenable_files(tmp_path, name, data, cause):
    path = write(tmp_path / name, data)
    with pytest.raises(InputError) as info:
        probe_all(expand_inputs([str(path)]))
    assert str(info.value).startswith(f"{path}: ")
    assert cause in str(info.value)


def test_missing_inputs(tmp_path):
    with pytest.raises(InputError, match="no such file or directory"):
        expand_inputs([str(tmp_path / "nope.jsonl")])
    with pytest.raises(InputError, match="no files match"):
        expand_inputs([str(tmp_path / "*.jsonl")])
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "README.md").write_text("x")
    with pytest.raises(InputError, match="no files with a known extension"):
        expand_inputs([str(tmp_path / "d")])


def test_expand_directories_globs_and_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for rel in ["exports/a.jsonl", "exports/sub/b.csv", "exports/.hidden/c.jsonl", "other/a.jsonl"]:
        Path(rel).parent.mkdir(parents=True, exist_ok=True)
        Path(rel).write_text('{"x": 1}\n')
    Path("exports/README.md").write_text("docs")
    Path("exports/out").mkdir()
    Path("exports/out/old.jsonl").write_text('{"x": 1}\n')

    files = expand_inputs(["exports", "other/*.jsonl"], exclude="exports/out")
    assert [(f.source, f.name, f.format) for f in files] == [
        ("exports/a.jsonl", "exports/a.jsonl", "jsonl"),
        ("exports/sub/b.csv", "sub/b.csv", "csv"),
        ("other/a.jsonl", "other/a.jsonl", "jsonl"),
    ]
    # names collide ("a.jsonl" twice), so both fall back to their own paths
    files = expand_inputs(["exports/sub/b.csv"])
    assert [(f.source, f.name) for f in files] == [("exports/sub/b.csv", "b.csv")]
    forced = expand_inputs(["exports/README.md"], fmt="jsonl")
    assert forced[0].format == "jsonl"
    assert probe(forced[0]).layout == "lines"


# -- Arrow tables --------------------------------------------------------------------------


def test_rows_to_table_infers_through_type_conflicts():
    rows = [
        {"v": 1, "o": {"a": 1}, "e": {}, "l": [1, 2]},
        {"v": "two", "o": {"b": "x"}, "e": {}, "l": [3.5]},
        {"v": None, "o": None, "e": {}, "l": []},
    ]
    table = rows_to_table(rows, None)
    assert table.column_names == ["v", "o", "e", "l"]
    assert table.to_pylist() == [
        {"v": "1", "o": {"a": 1, "b": None}, "e": "{}", "l": [1.0, 2.0]},
        {"v": "two", "o": {"a": None, "b": "x"}, "e": "{}", "l": [3.5]},
        {"v": None, "o": None, "e": "{}", "l": []},
    ]
    assert infer_type(rows).field("o").type == pa.struct([("a", pa.int64()), ("b", pa.string())])


def test_unify_and_conform_parts():
    a = rows_to_table([{"x": 1, "s": {"p": 1}}], None)
    b = rows_to_table([{"x": "y", "s": {"q": "z"}, "new": True}], None)
    schema = unify([a.schema, b.schema])
    assert schema.names == ["x", "s", "new"]
    assert conform(a, schema).to_pylist() == [{"x": "1", "s": {"p": 1, "q": None}, "new": None}]
    assert conform(b, schema).to_pylist() == [{"x": "y", "s": {"p": None, "q": "z"}, "new": True}]


def test_rows_keep_a_given_schema_or_fall_back():
    schema = pa.schema([("n", pa.int64()), ("s", pa.string())])
    assert rows_to_table([{"n": 1, "s": "a"}], schema).schema == schema
    changed = rows_to_table([{"n": "<ZIP_CODE>", "s": "a"}], schema)  # a policy retyped n
    assert changed.to_pylist() == [{"n": "<ZIP_CODE>", "s": "a"}]
    # a rebuilt record holds a map's entries as [key, value] lists: the map type is kept
    mapped = pa.schema([("m", pa.map_(pa.string(), pa.string())), ("d", pa.decimal128(10, 2))])
    table = rows_to_table([{"m": [["email", "<EMAIL>"]], "d": None}], mapped)
    assert table.schema == mapped
    assert table.to_pylist() == [{"m": [("email", "<EMAIL>")], "d": None}]
