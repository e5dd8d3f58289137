"""Dates written as numbers: Excel serial days and Unix epochs.

A date column loses its shape on the way to an export: a workbook saved to CSV without
its number format, or read by pandas or a connector as numbers, gives Excel's serial day
(``DOB`` = ``22720`` is 1962-03-15, ``45580.395833`` carries the time of day as a
fraction); CRM APIs give epoch seconds or milliseconds (HubSpot's ``date_of_birth`` =
``631152000000``). The field-name classifier reads both as a DATE, but only in a field
named for a date (an ``Invoice #`` of the same digits is no date), and the Safe Harbor
generalization keeps their year (:func:`year_start`), as it keeps a written date's. One
place for both, so what is read as a date and what is generalized as one cannot drift
apart.
"""

from __future__ import annotations

import datetime as dt
import re

#: An Excel serial date, days since 1899-12-30. Five digits only: ``10000`` is 1927-05-18,
#: and four digits under a birth date are a year, which Safe Harbor keeps.
EXCEL_SERIAL = r"^[1-7][0-9]{4}(?:\.[0-9]{1,12})?$"
#: 2099-12-31, the last serial a person's date is taken at.
LAST_EXCEL_SERIAL = 73050
#: Epoch seconds or milliseconds.
EPOCH = r"^-?[0-9]{9,13}(?:\.0)?$"
_EXCEL_DAY_ZERO = dt.datetime(1899, 12, 30)
_UNIX_EPOCH = dt.datetime(1970, 1, 1)
_SERIAL = re.compile(EXCEL_SERIAL)
_EPOCH = re.compile(EPOCH)


def _epoch_seconds(value: str) -> float:
    n = float(value)
    return n / 1000 if abs(n) >= 1e11 else n


def epoch_date(value: str) -> bool:
    """True for epoch seconds or milliseconds between 1870 and 2100."""
    return -3_155_760_000 <= _epoch_seconds(value) <= 4_102_444_800


def excel_serial_date(value: str) -> bool:
    """True for an Excel serial (:data:`EXCEL_SERIAL`) up to 2099-12-31."""
    return float(value) <= LAST_EXCEL_SERIAL


def year_start(value: str) -> str | None:
    """A date written as a number (module doc), moved to January 1 of its year and
    written the same way: an Excel serial as the serial of that day, epoch seconds or
    milliseconds as that midnight (UTC) in the same unit. None for any other text.

    What Safe Harbor keeps of a date is its year; keeping the number's encoding (as a
    ``date`` value keeps its type) means a reader that converts the column still reads a
    date, of the right year, rather than a bare year taken for a serial or an epoch.
    """
    text = value.strip()
    if _SERIAL.match(text) and excel_serial_date(text):
        day = _EXCEL_DAY_ZERO + dt.timedelta(days=int(float(text)))
        return str((dt.datetime(day.year, 1, 1) - _EXCEL_DAY_ZERO).days)
    if _EPOCH.match(text) and epoch_date(text):
        when = _UNIX_EPOCH + dt.timedelta(seconds=_epoch_seconds(text))
        seconds = int((dt.datetime(when.year, 1, 1) - _UNIX_EPOCH).total_seconds())
        return str(seconds * 1000 if abs(float(text)) >= 1e11 else seconds)
    return None
