"""Excel workbooks: CRM exports read like CSV files, sheet by sheet, end to end."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import openpyxl
import pyarrow.parquet as pq
import pytest
from helpers import read_all

from pipelines.cli import main
from pipelines.excel import cell_text
from pipelines.inputs import InputError, expand_inputs, probe_all

SECRET = "536-22-8410"  # must never appear in an error or a reject reason
HEADER = ["First Name", "Email", "Phone", "Birthday", "Score", "Notes"]


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (42.0, "42"),
        (3.5, "3.5"),
        (3125550199.0, "3125550199"),
        (True, "TRUE"),
        (dt.date(1962, 3, 14), "1962-03-14"),
        (dt.datetime(2026, 11, 2, 9, 30), "2026-11-02 09:30:00"),
        (dt.time(7, 30), "07:30:00"),
        ("", None),
        (None, None),
        ("Maria", "Maria"),
    ],
)
def test_a_cell_reads_as_excel_shows_it(value: object, text: str | None) -> None:
    assert cell_text(value) == text


@pytest.mark.parametrize("chunk_size", [1, 1000])
def test_sheets_with_one_header_continue_one_table(tmp_path: Path, chunk_size: int) -> None:
    path = workbook(
        tmp_path / "contacts.xlsx",
        {
            "Leads": [HEADER, ["Maria", "m@x.org", "312-555-0188", dt.date(1962, 3, 14), 42]],
            "Empty": [],
            "More leads": [HEADER, [], ["Bob", "b@x.org", 3125550199, None, True, "knee"]],
        },
    )
    records, rejects = read_all(path, chunk_size)
    assert rejects == []
    assert records == [
        (0, dict(zip(HEADER, ["Maria", "m@x.org", "312-555-0188", "1962-03-14", "42", None],
                     strict=True))),
        (1, dict(zip(HEADER, ["Bob", "b@x.org", "3125550199", None, "TRUE", "knee"],
                     strict=True))),
    ]  # fmt: skip


def test_a_formatted_report_title_block_is_read_as_rows(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "report.xlsx",
        {
            "Report": [
                ["Leads by Source"],
                ["Filtered By: Lead Source equals Web"],
                [],
                ["Name", "Email", "Description"],
                ["Ann Perkins", "ann@x.org", "asked about IVF"],
                ["Tom Haverford", "tom@x.org", "knee replacement consult"],
            ]
        },
    )
    records, rejects = read_all(path)
    assert rejects == []
    assert [r["Name"] for _, r in records] == [
        "Leads by Source",
        "Filtered By: Lead Source equals Web",
        "Ann Perkins",
        "Tom Haverford",
    ]


def test_a_row_wider_than_its_header_is_rejected_by_sheet_and_row(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "wide.xlsx",
        {"Sheet A": [["id", "email"], [1, "a@x.org"], [2, "b@x.org", SECRET], [3, "c@x.org"]]},
    )
    records, rejects = read_all(path)
    assert [i for i, _ in records] == [0, 2]
    assert rejects == [(1, "sheet 'Sheet A' row 3: 3 fields but the header has 2")]


@pytest.mark.parametrize(
    ("make", "cause"),
    [
        (
            lambda p: workbook(
                p,
                {"A": [["id", "email"], [1, "a@x.org"]], "B": [["name", "phone"], ["Jo", SECRET]]},
            ),
            "its 2 worksheets ('A', 'B') have different columns; save each sheet as CSV to scan it",
        ),
        (
            lambda p: p.write_text(f"id,ssn\n1,{SECRET}\n"),
            "not an Excel workbook (neither a zip archive nor an Excel 97-2003 file); "
            "pass --format csv if it is CSV or tab-separated text",
        ),
        (
            lambda p: p.write_text(f"<html><table><tr><td>{SECRET}</td></tr></table></html>"),
            "an HTML or XML table named as a workbook, as some tools export 'Excel' reports; "
            "save it as .xlsx or CSV in Excel to scan it",
        ),
        (
            lambda p: p.write_bytes(b"PK\x03\x04" + SECRET.encode() * 10),
            "not a readable Excel workbook (damaged, or not Excel's)",
        ),
        (
            lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + SECRET.encode() * 10),
            "not a readable Excel workbook (damaged, or not Excel's)",
        ),
        (lambda p: workbook(p, {"A": [], "B": []}), "empty workbook (no sheet holds data)"),
    ],
    ids=[
        "different-headers",
        "csv-named-xlsx",
        "html-named-xls",
        "corrupt-zip",
        "corrupt-xls",
        "no-data",
    ],
)
def test_a_workbook_that_cannot_be_read_whole_is_a_one_line_error(
    tmp_path: Path, capsys, make, cause: str
) -> None:
    path = tmp_path / "bad.xlsx"
    make(path)
    with pytest.raises(InputError) as info:
        probe_all(expand_inputs([str(path)]))
    assert str(info.value) == f"{path}: {cause}"
    out = tmp_path / "out"
    code = main(["scan", str(path), "--out", str(out), "--no-ner", "--quiet"])
    err = capsys.readouterr().err
    assert code == 2 and err == f"phistream: error: {path}: {cause}\n"
    assert SECRET not in err


def test_an_excel_97_2003_workbook_is_read_like_an_xlsx(tmp_path: Path, capsys) -> None:
    """The binary ``.xls`` (an OLE2 file) older CRMs and report writers still export."""
    import xlwt

    path = tmp_path / "leads.xls"
    book = xlwt.Workbook()
    sheet = book.add_sheet("Leads")
    dates = xlwt.easyxf(num_format_str="YYYY-MM-DD")
    rows = [
        HEADER,
        ["Maria", "m@x.org", "312-555-0188", dt.date(1962, 3, 14), 42, "diabetes follow-up"],
    ]
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            sheet.write(r, c, v, dates if isinstance(v, dt.date) else xlwt.Style.default_style)
    book.save(str(path))
    records, rejects = read_all(path)
    assert rejects == []
    assert [r for _, r in records] == [
        {
            "First Name": "Maria",
            "Email": "m@x.org",
            "Phone": "312-555-0188",
            "Birthday": "1962-03-14",
            "Score": "42",
            "Notes": "diabetes follow-up",
        }
    ]
    out = tmp_path / "out"
    assert main(["scan", str(path), "--out", str(out), "--no-ner", "--quiet"]) == 0
    (row,) = pq.read_table(out / "redacted" / "leads.xls.parquet").to_pylist()
    assert (row["First Name"], row["Email"], row["Birthday"]) == ("<NAME>", "<EMAIL>", "1962")


def ods_spreadsheet(path: Path, rows: list[list[str | None]]) -> Path:
    """A minimal OpenDocument spreadsheet (LibreOffice's ``.ods``): a zip holding its
    ``mimetype`` first, stored, the table as ``content.xml`` and the manifest that lists
    it. No writer library is needed for one sheet of strings."""
    import zipfile
    from xml.sax.saxutils import escape

    ns = {
        "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
        "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
        "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    }
    cell = '<table:table-cell office:value-type="string"><text:p>{}</text:p></table:table-cell>'
    body = "".join(
        "<table:table-row>"
        + "".join("<table:table-cell/>" if v is None else cell.format(escape(v)) for v in row)
        + "</table:table-row>"
        for row in rows
    )
    xmlns = " ".join(f'xmlns:{k}="{v}"' for k, v in ns.items())
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {xmlns} '
        'office:version="1.2"><office:body><office:spreadsheet>'
        f'<table:table table:name="Patients">{body}</table:table>'
        "</office:spreadsheet></office:body></office:document-content>"
    )
    mime = "application/vnd.oasis.opendocument.spreadsheet"
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest='
        '"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>"
    )
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", mime)
        z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def test_an_opendocument_spreadsheet_is_read_like_an_xlsx(tmp_path: Path) -> None:
    """LibreOffice's ``.ods``, as a team without Excel saves a CRM export."""
    rows = [["First Name", "Email", "Notes"], ["Maria", "m@x.org", "diabetes follow-up"]]
    path = ods_spreadsheet(tmp_path / "leads.ods", rows)
    records, rejects = read_all(path)
    assert rejects == []
    assert [r for _, r in records] == [dict(zip(rows[0], rows[1], strict=True))]
    out = tmp_path / "out"
    assert main(["scan", str(path), "--out", str(out), "--no-ner", "--quiet"]) == 0
    (row,) = pq.read_table(out / "redacted" / "leads.ods.parquet").to_pylist()
    assert (row["First Name"], row["Email"]) == ("<NAME>", "<EMAIL>")


def test_a_workbook_in_a_folder_is_scanned_and_redacted_end_to_end(tmp_path: Path, capsys):
    folder = tmp_path / "exports"
    folder.mkdir()
    workbook(
        folder / "hubspot.xlsx",
        {"Contacts": [HEADER, ["Maria", "m@x.org", "312-555-0188", dt.date(1962, 3, 14), 42,
                               "diabetes follow-up"]]},
    )  # fmt: skip
    out = tmp_path / "out"
    code = main(["scan", str(folder), "--out", str(out), "--no-ner", "--quiet"])
    assert (code, capsys.readouterr().err) == (0, "")
    summary = json.loads((out / "summary.json").read_text())
    (source,) = summary["sources"]
    assert (source["format"], source["records"], source["rejects"]) == ("xlsx", 1, 0)
    assert source["phi_records"] == 1
    (row,) = pq.read_table(out / "redacted" / "hubspot.xlsx.parquet").to_pylist()
    assert row == {
        "First Name": "<NAME>",
        "Email": "<EMAIL>",
        "Phone": "<PHONE>",
        "Birthday": "1962",  # the safe-harbor policy keeps a date's year
        "Score": "42",
        "Notes": "diabetes follow-up",
    }
