"""Check digits and validity rules of identifier numbers, each written once.

Every detector that validates a number imports it from here, so a rule is fixed (and
tested, in ``tests/test_checksums.py``) in one place. Functions take the *compact* value
(separators removed by the caller) and return a bool; they never raise and never log the
value.

python-stdnum is used where it is correct and adds knowledge we should not copy (the IBAN
registry's per-country BBAN structures). The small arithmetic checks (Luhn, ABA, SSN area
rules) are hand-written because stdnum's exception-driven versions cost 10-16 µs per call
against ~1-2 µs here, and the tests cross-check them against stdnum. stdnum's ITIN rule
misses the 50-65 groups the IRS added in 2011, and it has no VIN, DEA, NPI, MBI or
Salesforce id module.
"""

from __future__ import annotations

from stdnum import iban as _stdnum_iban
from stdnum.exceptions import ValidationError

__all__ = [
    "aba_valid",
    "card_issuer_ok",
    "dea_valid",
    "iban_valid",
    "imei_valid",
    "itin_valid",
    "luhn_valid",
    "mbi_valid",
    "npi_valid",
    "payment_card_valid",
    "salesforce_id_valid",
    "ssn_valid",
    "vin_check_digit",
    "vin_valid",
]

_DOUBLED = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)  # Luhn: digit d doubled, digits summed


def luhn_valid(digits: str) -> bool:
    """Luhn (mod 10) check over a string of ASCII digits (cards, IMEI, NPI).

    Returns False for an empty string or any non-digit.
    """
    if not digits.isascii() or not digits.isdigit():
        return False
    total = 0
    double = False
    for ch in reversed(digits):
        d = ord(ch) - 48
        total += _DOUBLED[d] if double else d
        double = not double
    return total % 10 == 0


def card_issuer_ok(digits: str) -> bool:
    """True when the issuer prefix (IIN) fits the number's length.

    Visa 4 (13, 16, 19); Mastercard 51-55 and 2221-2720 (16); Amex 34, 37 (15); Diners
    300-305, 309, 36, 38-39 (14-19); Discover 6011, 644-649, 65, JCB 3528-3589 and
    UnionPay 62 (16-19); Maestro 50, 56-69 (13-19); UATP 1 (15 only, so 13- and 16-digit
    epoch timestamps starting with 1 never qualify).
    """
    n = len(digits)
    d1, d2, d4 = digits[0], int(digits[:2]), int(digits[:4])
    if d1 == "4":
        return n in (13, 16, 19)
    if d1 == "1":
        return n == 15
    if 51 <= d2 <= 55 or 2221 <= d4 <= 2720:
        return n == 16
    if d2 in (34, 37):
        return n == 15
    if 300 <= int(digits[:3]) <= 305 or digits[:3] == "309" or d2 in (36, 38, 39):
        return 14 <= n <= 19
    if 3528 <= d4 <= 3589:
        return 16 <= n <= 19
    if d1 in "56":
        return 13 <= n <= 19
    return False


def payment_card_valid(digits: str) -> bool:
    """A payment card's number: 13 to 19 digits, not one repeated digit, an issuer prefix
    that fits the length (:func:`card_issuer_ok`) and a valid Luhn check digit."""
    return (
        13 <= len(digits) <= 19
        and len(set(digits)) > 1
        and card_issuer_ok(digits)
        and luhn_valid(digits)
    )


def npi_valid(digits: str) -> bool:
    """US National Provider Identifier: 10 digits, first 1 or 2, Luhn over ``80840`` + NPI.

    The ``80840`` prefix is the NPI's ISO 7812 issuer prefix (health industry, USA); the
    check digit is computed as if it were there.
    """
    return len(digits) == 10 and digits[0] in "12" and luhn_valid("80840" + digits)


def nhs_valid(digits: str) -> bool:
    """UK NHS number: 10 digits, the last a mod-11 check over weights 10..2 (a remainder
    giving 10 is never issued; one repeated digit is rejected)."""
    if len(digits) != 10 or not digits.isdigit() or len(set(digits)) == 1:
        return False
    check = 11 - sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True)) % 11
    return check != 10 and check % 11 == int(digits[9])


def imei_valid(digits: str) -> bool:
    """15-digit IMEI with a valid Luhn check digit (one repeated digit is rejected)."""
    return len(digits) == 15 and len(set(digits)) > 1 and luhn_valid(digits)


#: First two digits of a routing number: Federal Reserve districts (00-12), thrifts
#: (21-32), electronic (61-72) and traveler's cheques (80).
_ABA_PREFIXES = frozenset(
    [f"{i:02d}" for i in range(0, 13)]
    + [f"{i:02d}" for i in range(21, 33)]
    + [f"{i:02d}" for i in range(61, 73)]
    + ["80"]
)


def aba_valid(digits: str) -> bool:
    """ABA routing transit number: 9 digits, weights 3-7-1 sum to a multiple of 10.

    The Federal Reserve prefix ranges are checked too, and ``000000000`` is rejected (it
    passes the weighted sum trivially).
    """
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    if digits[:2] not in _ABA_PREFIXES or digits == "000000000":
        return False
    d = [ord(c) - 48 for c in digits]
    total = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])
    return total % 10 == 0


def iban_valid(value: str) -> bool:
    """IBAN: ISO 7064 mod 97-10 over the rearranged value, then the country's BBAN shape.

    ``value`` may hold spaces or dashes. The national BBAN check digits (Belgium, Spain,
    ...) are not enforced: well-known published IBANs fail them, and mod 97 already makes a
    random string pass one time in 97 before the structure check.
    """
    compact = value.replace(" ", "").replace("-", "").upper()
    if not 15 <= len(compact) <= 34 or not compact.isascii() or not compact.isalnum():
        return False
    if not (compact[:2].isalpha() and compact[2:4].isdigit()):
        return False
    rearranged = compact[4:] + compact[:4]
    number = "".join(str(int(c, 36)) for c in rearranged)
    if int(number) % 97 != 1:
        return False
    try:
        _stdnum_iban.validate(compact, check_country=False)
    except ValidationError:
        return False
    return True


#: VIN transliteration (ISO 3779 / 49 CFR 565): letters to values; I, O, Q never occur.
_VIN_VALUES = {
    **{str(i): i for i in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7,
    "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}
_VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)


def vin_check_digit(vin: str) -> str | None:
    """The check digit (``0``-``9`` or ``X``) a 17-character VIN must carry in position 9.

    Returns None when ``vin`` is not 17 valid VIN characters.
    """
    if len(vin) != 17:
        return None
    total = 0
    for ch, w in zip(vin.upper(), _VIN_WEIGHTS, strict=True):
        v = _VIN_VALUES.get(ch)
        if v is None:
            return None
        total += v * w
    r = total % 11
    return "X" if r == 10 else str(r)


def vin_valid(vin: str) -> bool:
    """A 17-character VIN whose position-9 check digit is right (mandatory in North America)."""
    check = vin_check_digit(vin)
    return check is not None and vin[8].upper() == check


#: DEA registrant-type letters (first character of a DEA number).
_DEA_FIRST = frozenset("ABCDEFGHJKLMPRSTUX")


def dea_valid(value: str) -> bool:
    """DEA registration number: registrant letter, name letter (or ``9``), 7 digits.

    Check: (d1 + d3 + d5) + 2 * (d2 + d4 + d6) ends in d7.
    """
    if len(value) != 9:
        return False
    first, second, digits = value[0].upper(), value[1].upper(), value[2:]
    if first not in _DEA_FIRST or not (second.isalpha() or second == "9"):
        return False
    if not second.isascii() or not digits.isascii() or not digits.isdigit():
        return False
    d = [ord(c) - 48 for c in digits]
    return (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10 == d[6]


#: Numbers that pass the SSN rules but are not anyone's: the Woolworth wallet card
#: (078-05-1120), the SSA's 1940s advertising numbers (219-09-9999, 457-55-5462), and the
#: universal form placeholder 123-45-6789. The 987-65-4320..9 advertising range is already
#: out with area 9xx. Redacting a placeholder would be harmless, but flagging it would mark
#: test and demo exports as PHI.
_SSN_NOT_ISSUED = frozenset({"078051120", "219099999", "457555462", "123456789"})


def ssn_valid(digits: str) -> bool:
    """A 9-digit SSN the SSA could have issued.

    Rules: area not 000, 666 or 9xx (9xx is ITINs and advertising); group not 00; serial not
    0000; not a known wallet/advertising/placeholder number; not one digit repeated.
    """
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit():
        return False
    area, group, serial = digits[:3], digits[3:5], digits[5:]
    if area in ("000", "666") or area[0] == "9" or group == "00" or serial == "0000":
        return False
    return digits not in _SSN_NOT_ISSUED and len(set(digits)) > 1


def itin_valid(digits: str) -> bool:
    """A 9-digit IRS ITIN: area 9xx, group 50-65, 70-88, 90-92 or 94-99."""
    if len(digits) != 9 or not digits.isascii() or not digits.isdigit() or digits[0] != "9":
        return False
    g = int(digits[3:5])
    return 50 <= g <= 65 or 70 <= g <= 88 or 90 <= g <= 92 or 94 <= g <= 99


_MBI_LETTERS = frozenset("ACDEFGHJKMNPQRTUVWXY")  # A-Z without S, L, O, I, B, Z
_MBI_ALNUM = _MBI_LETTERS | frozenset("0123456789")
_MBI_DIGITS = frozenset("0123456789")
# Position classes of the 11 MBI characters (CMS MBI format specification).
_MBI_POSITIONS = (
    frozenset("123456789"),
    _MBI_LETTERS,
    _MBI_ALNUM,
    _MBI_DIGITS,
    _MBI_LETTERS,
    _MBI_ALNUM,
    _MBI_DIGITS,
    _MBI_LETTERS,
    _MBI_LETTERS,
    _MBI_DIGITS,
    _MBI_DIGITS,
)


def mbi_valid(value: str) -> bool:
    """Medicare Beneficiary Identifier format (no check digit exists).

    ``value`` is the 11-character compact form, upper or lower case (dashes removed by the
    caller): 1 digit 1-9, letter, alnum, digit, letter, alnum, digit, letter, letter,
    digit, digit; letters exclude S, L, O, I, B and Z.
    """
    if len(value) != 11:
        return False
    up = value.upper()
    return all(ch in allowed for ch, allowed in zip(up, _MBI_POSITIONS, strict=True))


_SF_SUFFIX = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"


def salesforce_id_valid(value: str) -> bool:
    """A Salesforce 18-character record id (``0015e00000ZqR7sAAF``): 15 case-sensitive
    characters and a 3-character suffix that encodes, five characters at a time, which of
    them are upper-case letters.

    The suffix is what the API and Data Loader write so that ids survive case-insensitive
    tools; a random 18-character code passes it about once in 32,768, so a value that
    passes is a record id (a lookup to another record), whatever its field is named.
    """
    if len(value) != 18 or not value.isascii() or not value.isalnum():
        return False
    for chunk in range(3):
        bits = 0
        for i, ch in enumerate(value[chunk * 5 : chunk * 5 + 5]):
            if "A" <= ch <= "Z":
                bits |= 1 << i
        if value[15 + chunk] != _SF_SUFFIX[bits]:
            return False
    return True
