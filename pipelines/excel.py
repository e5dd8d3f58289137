"""Excel workbooks (``.xlsx``, ``.xlsm``, and Excel 97-2003's binary ``.xls``): CRM exports
as HubSpot and Salesforce save them; and OpenDocument spreadsheets (``.ods``), as
LibreOffice saves them, which calamine reads the same way.

Both CRMs offer a workbook as their default export, and a marketing team's folder of
exports holds as many of them as CSVs. A workbook is read with ``python-calamine`` (Rust's
calamine: a 100,000-row, 10-column sheet in 1.6 s of CPU on the project's machine, where
openpyxl's read-only mode took 25 s), and its rows become records the way a CSV file's do.

Decisions worth knowing:
    * Every worksheet that holds data is read, in the workbook's order. A sheet's first row
      is its header, after a report's title block as in a CSV file
      (:func:`pipelines.inputs.report_preamble`: a Salesforce "formatted report" puts the
      report's name and filters above the table; the title's rows are read as rows). Sheets
      with the same header continue one table, numbered on; a workbook whose sheets have
      different headers is refused in one line (its redacted copy is one Parquet table):
      save each sheet as CSV, or as its own workbook.
    * A value becomes the text Excel shows for it: a whole number without ``.0``, dates and
      times in ISO form, ``TRUE``/``FALSE``. The redacted copy has string columns, like a
      CSV file's. A formula is read as its last computed result; one never computed (a
      workbook written by a script) reads as empty.
    * Empty rows are no records, as blank lines in a CSV file are not. A row wider than its
      header, with values past the header's last column, goes to ``rejects/`` with the
      sheet and row number Excel shows.
    * The whole workbook is read into memory (a zip archive or an OLE2 compound file: it
      cannot be cut into byte ranges), so one workbook is one Beam element; scan exports
      of millions of rows as CSV or Parquet.
    * An "Excel" export that is an HTML table or tab-separated text named ``.xls`` (as some
      report writers save them) is refused in one line that says what it is and what to do
      (:func:`not_a_workbook`).
"""

from __future__ import annotations

import datetime as _dt
import io
from collections.abc import Iterator
from typing import NamedTuple

from pipelines.limits import MAX_COLUMNS, too_many_columns

#: A zip archive's first bytes: what every ``.xlsx`` file starts with.
ZIP_MAGIC = b"PK\x03\x04"
#: An OLE2 compound file's first bytes: the binary ``.xls`` of Excel 97-2003, which older
#: CRMs and EHR report writers still export. calamine reads it like an ``.xlsx``.
OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
WORKBOOK_MAGICS = (ZIP_MAGIC, OLE2_MAGIC)


class WorkbookError(Exception):
    """A workbook that cannot be read as a whole: the one-line reason, never a value."""


class Sheet(NamedTuple):
    """A worksheet holding data: its name, header, and how many of its first rows are a
    report's title block above the header."""

    name: str
    header: tuple[str, ...]
    preamble: int


class SheetRow(NamedTuple):
    """A non-empty row: the sheet, its 1-based row number as Excel shows it, its values as
    text (trailing empty cells dropped), and whether it is a title row above the header."""

    sheet: str
    number: int
    values: list[str | None]
    title: bool


def cell_text(value: object) -> str | None:
    """The text Excel shows for a cell's value (None for an empty cell)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, _dt.datetime):
        return value.isoformat(sep=" ", timespec="seconds" if not value.microsecond else "auto")
    if isinstance(value, (_dt.date, _dt.time)):
        return value.isoformat()
    return str(value)


def _texts(row: list[object]) -> list[str | None]:
    texts = [cell_text(v) for v in row]
    while texts and texts[-1] is None:
        texts.pop()
    return texts


def _open(data: bytes):
    from python_calamine import CalamineWorkbook

    try:
        return CalamineWorkbook.from_filelike(io.BytesIO(data))
    except Exception:  # calamine's own error types; their text may quote the content
        raise WorkbookError("not a readable Excel workbook (damaged, or not Excel's)") from None


def not_a_workbook(head: bytes) -> str:
    """Why a file named as a workbook is none, from its first bytes (never quoting them).

    Salesforce's and many report writers' "Excel" exports are an HTML table or tab-separated
    text named ``.xls``: Excel opens them, calamine cannot, and the user's fix is to save
    them again (or to read the text with ``--format csv``)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<html", b"<table", b"<!doctype", b"<meta", b"<?xml", b"<head")):
        return (
            "an HTML or XML table named as a workbook, as some tools export 'Excel' "
            "reports; save it as .xlsx or CSV in Excel to scan it"
        )
    return (
        "not an Excel workbook (neither a zip archive nor an Excel 97-2003 file); "
        "pass --format csv if it is CSV or tab-separated text"
    )


def _sheet_rows(workbook, name: str) -> Iterator[tuple[int, list[str | None]]]:
    """``(row number, texts)`` of a sheet's non-empty rows."""
    sheet = workbook.get_sheet_by_name(name)
    first = sheet.start[0] if sheet.start else 0
    for i, row in enumerate(sheet.iter_rows(), start=first + 1):
        texts = _texts(row)
        if texts:
            yield i, texts


def sheets(data: bytes) -> list[Sheet]:
    """The worksheets of a workbook that hold data, each with its header.

    Raises:
        WorkbookError: not a workbook, no sheet with data, a header over the column
            limit, or sheets whose headers differ.
    """
    return _sheets(_open(data))


def _sheets(workbook) -> list[Sheet]:
    from pipelines.inputs import PREAMBLE_SEARCH_LINES, report_preamble
    from pipelines.readers import header_names

    found: list[Sheet] = []
    for name in workbook.sheet_names:
        head = []
        for _, texts in _sheet_rows(workbook, name):
            head.append(texts)
            if len(head) >= PREAMBLE_SEARCH_LINES:  # what the header search reads
                break
        if not head:
            continue
        lines = [_csv_line(t) for t in head]
        preamble = report_preamble(lines) if len(head) > 1 else 0
        header = head[preamble]
        if len(header) > MAX_COLUMNS:
            raise WorkbookError(too_many_columns(len(header), f"header of sheet {name!r}"))
        names = header_names([(n or "").strip() for n in header])  # as a CSV header's
        found.append(Sheet(name, names, preamble))
    if not found:
        raise WorkbookError("empty workbook (no sheet holds data)")
    if len({s.header for s in found}) > 1:
        names = ", ".join(repr(s.name) for s in found)
        raise WorkbookError(
            f"its {len(found)} worksheets ({names}) have different columns; save each "
            "sheet as CSV to scan it"
        )
    return found


def _csv_line(texts: list[str | None]) -> str:
    """A row as the CSV line the title-block search reads (quoted, so commas in a value do
    not change its width)."""
    return ",".join('"' + (t or "").replace('"', '""') + '"' for t in texts)


def read_workbook(data: bytes) -> tuple[tuple[str, ...], Iterator[SheetRow]]:
    """The workbook's header, and every non-empty row of every sheet that holds data (the
    header rows left out), from one parse of the archive.

    Raises:
        WorkbookError: as :func:`sheets`.
    """
    workbook = _open(data)
    found = _sheets(workbook)

    def rows() -> Iterator[SheetRow]:
        for sheet in found:
            seen = 0
            for number, texts in _sheet_rows(workbook, sheet.name):
                if seen == sheet.preamble:  # the header row
                    seen += 1
                    continue
                yield SheetRow(sheet.name, number, texts, seen < sheet.preamble)
                seen += 1

    return found[0].header, rows()
