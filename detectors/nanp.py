"""Validity of North American (NANP, +1) numbers from libphonenumber's metadata, fast.

``phonenumbers.parse`` plus ``is_valid_number`` cost ~75 µs a number in pure Python, most of
it generic parsing and the search for the number's region among the 25 NANP regions; on
the generated exports that made validation the largest single cost of a scan. US-shaped
candidates (``(312) 555-0199``) are already ten bare digits once their separators are
dropped (and ``+1 312 555 0199`` is a ``1`` and ten digits), so this module answers
"valid?" for exactly those cases with the *same* metadata
and the same rules as ``phonenumbers.is_valid_number`` (region by leading digits or by a
matching type, then any number type other than UNKNOWN), compiled once: ~8 µs instead of ~55.

Everything else (other regions and country codes, 11 digits with a trunk ``1``) still goes
through ``phonenumbers`` itself. ``tests/test_phone.py`` checks that both agree on random
and real-looking numbers.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from phonenumbers import PhoneMetadata
from phonenumbers.phonenumberutil import COUNTRY_CODE_TO_REGION_CODE

#: The number types libphonenumber knows; a number of any of them is valid.
_TYPES = (
    "premium_rate",
    "toll_free",
    "shared_cost",
    "voip",
    "personal_number",
    "pager",
    "uan",
    "voicemail",
    "fixed_line",
    "mobile",
)


#: Every number :func:`valid_national` judges has ten digits.
_LENGTH = 10


class _Region(NamedTuple):
    """A NANP region's rules, narrowed to ten-digit national numbers.

    Attributes:
        leading: the region's leading-digits pattern, if it has one.
        general: its general pattern, None when no ten-digit number is possible there.
        types: the patterns of its number types that allow ten digits, as one alternation
            (a full match of the alternation is a full match of one of them), so a number
            costs one regex call instead of one Python call per type.
    """

    leading: re.Pattern[str] | None
    general: re.Pattern[str] | None
    types: re.Pattern[str] | None

    def has_type(self, nsn: str) -> bool:
        if self.general is None or self.types is None:
            return False
        return self.general.fullmatch(nsn) is not None and self.types.fullmatch(nsn) is not None


def _pattern(desc: object) -> str | None:
    """The national number pattern of ``desc`` when it allows ten digits, else None."""
    pattern = getattr(desc, "national_number_pattern", None)
    if desc is None or not pattern:
        return None
    lengths = desc.possible_length or ()  # type: ignore[attr-defined]
    return pattern if not lengths or _LENGTH in lengths else None


def _load() -> tuple[_Region, ...]:
    regions = []
    for code in COUNTRY_CODE_TO_REGION_CODE[1]:
        md = PhoneMetadata.metadata_for_region(code, None)
        if md is None:
            continue
        general = _pattern(md.general_desc)
        types = [p for p in (_pattern(getattr(md, t)) for t in _TYPES) if p is not None]
        leading = re.compile(md.leading_digits) if md.leading_digits is not None else None
        regions.append(
            _Region(
                leading,
                re.compile(general) if general is not None else None,
                re.compile("|".join(f"(?:{p})" for p in types)) if types else None,
            )
        )
    return tuple(regions)


_REGIONS = _load()


_SEPARATORS = str.maketrans("", "", " .-()")


def national_digits(text: str, region: str | None) -> str | None:
    """The ten national digits of ``text`` when this module can judge it, else None:
    ten bare ASCII digits read as a US number, or a ``+1`` number written with digits and
    ``space . - ( )`` only (``+1 (312) 555-0199``)."""
    if region == "US":
        return text if len(text) == 10 and text.isascii() and text.isdigit() else None
    if region is None and text.startswith("+1"):
        digits = text[1:].translate(_SEPARATORS)
        if len(digits) == 11 and digits.isascii() and digits.isdigit():
            return digits[1:]
    return None


def valid_national(nsn: str) -> bool:
    """True when ten digits ``nsn`` form a valid +1 number (what
    ``phonenumbers.is_valid_number(phonenumbers.parse(nsn, "US"))`` says)."""
    if len(nsn) != 10 or not nsn.isascii() or not nsn.isdigit() or nsn[0] in "01":
        return False
    for region in _REGIONS:
        if region.leading is not None:
            if region.leading.match(nsn):
                return region.has_type(nsn)
        elif region.has_type(nsn):
            return True
    return False
