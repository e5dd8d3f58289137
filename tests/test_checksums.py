"""Check digits and validity rules of detectors/checksums.py, each tested once here.

Tables give published valid numbers and their one-character corruptions; the hand-written
arithmetic checks are also cross-checked against python-stdnum on random input.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum import luhn as stdnum_luhn
from stdnum.gb import nhs as stdnum_nhs
from stdnum.us import rtn as stdnum_rtn
from stdnum.us import ssn as stdnum_ssn

from detectors.checksums import (
    aba_valid,
    dea_valid,
    iban_valid,
    imei_valid,
    itin_valid,
    luhn_valid,
    mbi_valid,
    nhs_valid,
    npi_valid,
    payment_card_valid,
    salesforce_id_valid,
    ssn_valid,
    vin_check_digit,
    vin_valid,
)


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("4111111111111112", False),
        ("371449635398431", True),  # Amex test number
        ("79927398713", True),  # the textbook Luhn example
        ("79927398710", False),
        ("0", True),
        ("", False),
        ("4111-1111", False),  # separators are the caller's job
        ("４１１１", False),  # fullwidth digits are not ASCII digits
    ],
)
def test_luhn(digits: str, valid: bool) -> None:
    assert luhn_valid(digits) is valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("1234567893", True),  # CMS's published example
        ("1245319599", True),
        ("1003000126", True),
        ("1234567890", False),  # wrong check digit
        ("0234567893", False),  # NPIs start with 1 or 2
        ("3234567893", False),
        ("123456789", False),
        ("12345678934", False),
    ],
)
def test_npi(digits: str, valid: bool) -> None:
    assert npi_valid(digits) is valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("490154203237518", True),
        ("356938035643809", True),
        ("490154203237519", False),
        ("000000000000000", False),  # Luhn-valid but one repeated digit
        ("49015420323751", False),  # 14 digits: no check digit to validate
    ],
)
def test_imei(digits: str, valid: bool) -> None:
    assert imei_valid(digits) is valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("121000358", True),  # Bank of America (CA)
        ("322271627", True),  # Chase (CA)
        ("071101307", True),
        ("021000021", True),  # JPMorgan Chase (NY)
        ("121000359", False),  # wrong check digit
        ("421042111", False),
        ("123400000", False),
        ("000000000", False),  # passes the weighted sum trivially
        ("150000003", False),  # weighted sum ok but 15 is no Federal Reserve prefix
        ("12100035", False),
    ],
)
def test_aba(digits: str, valid: bool) -> None:
    assert aba_valid(digits) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("DE89370400440532013000", True),
        ("DE89 3704 0044 0532 0130 00", True),
        ("GB29NWBK60161331926819", True),
        ("AL47-2121-1009-0000-0002-3569-8741", True),
        ("BE68539007547034", True),  # national BBAN check deliberately not enforced
        ("NO9386011117947", True),  # shortest (15)
        ("de89370400440532013000", True),  # case is normalized
        ("DE89370400440532013001", False),  # mod 97 fails
        ("AL47 212A 1009 0000 0002 3569 8741", False),  # letter where the BBAN has digits
        ("AB150120690000003111141", False),  # no such country
        ("IL15 0120 6900 0000", False),  # too short
        ("DE89/3704/0044/0532/0130/00", False),
    ],
)
def test_iban(value: str, valid: bool) -> None:
    assert iban_valid(value) is valid


@pytest.mark.parametrize(
    ("vin", "check", "valid"),
    [
        ("1HGCM82633A004352", "3", True),
        ("1M8GDM9AXKP042788", "X", True),  # check digit X (remainder 10)
        ("11111111111111111", "1", True),  # the classic all-ones test VIN is valid
        ("1HGCM82643A004352", "3", False),  # wrong check digit (position 9 has weight 0)
        ("1HGCM8263IA004352", None, False),  # I is not a VIN character
        ("1HGCM82633A00435", None, False),  # 16 characters
    ],
)
def test_vin(vin: str, check: str | None, valid: bool) -> None:
    assert vin_check_digit(vin) == check
    assert vin_valid(vin) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("BB1388568", True),
        ("GL0285191", True),
        ("EU4488929", True),
        ("K92993548", True),  # "9" in place of the name letter
        ("BG8207031", False),  # wrong check digit
        ("IB1388568", False),  # I is no registrant type
        ("B11388568", False),  # second character must be a letter or 9
        ("BB138856", False),
    ],
)
def test_dea(value: str, valid: bool) -> None:
    assert dea_valid(value) is valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("536904399", True),
        ("078051123", True),
        ("000123456", False),  # area 000
        ("666123456", False),  # area 666
        ("912701234", False),  # area 9xx: ITINs and advertising
        ("078001123", False),  # group 00
        ("078050000", False),  # serial 0000
        ("078051120", False),  # the Woolworth wallet card
        ("219099999", False),  # SSA advertising
        ("457555462", False),  # SSA advertising
        ("123456789", False),  # the universal placeholder
        ("111111111", False),  # one repeated digit
        ("53690439", False),
    ],
)
def test_ssn(digits: str, valid: bool) -> None:
    assert ssn_valid(digits) is valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("911701234", True),
        ("911531234", True),  # 50-65 added by the IRS in 2011 (stdnum misses these)
        ("911641234", True),
        ("900901234", True),
        ("911891234", False),  # 89 is not an ITIN group
        ("911931234", False),  # neither is 93
        ("911661234", False),
        ("811701234", False),  # ITINs start with 9
    ],
)
def test_itin(digits: str, valid: bool) -> None:
    assert itin_valid(digits) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("1EG4TE5MK73", True),  # CMS's published example
        ("1eg4te5mk73", True),
        ("9XX9XX9XX99", True),
        ("1SG4TE5MK73", False),  # S excluded
        ("1EG4LE5MK73", False),  # L excluded
        ("1EG4TE5OK73", False),  # O excluded
        ("1EG4TE5MI73", False),  # I excluded
        ("1BG4TE5MK73", False),  # B excluded
        ("1EG4ZE5MK73", False),  # Z excluded
        ("AEG4TE5MK73", False),  # position 1 is a digit 1-9
        ("0EG4TE5MK73", False),
        ("12G4TE5MK73", False),  # position 2 is a letter
        ("1EG4TE5MK7", False),
    ],
)
def test_mbi(value: str, valid: bool) -> None:
    assert mbi_valid(value) is valid


@pytest.mark.parametrize(
    ("value", "valid"),
    [
        ("0015e00000ZqR7sAAF", True),  # an Account
        ("00Q5e00000Ab1CdEAJ", True),  # a Lead
        ("a0B5e00000Kz3QpEAJ", True),  # a Veeva custom object (Call2_vod__c)
        ("001000000000000AAA", True),  # no upper-case letter: all-A suffix
        ("0015e00000ZqR7sAAB", False),  # suffix of another id
        ("0015E00000ZQR7SAAF", False),  # case lost, as a case-insensitive tool loses it
        ("0015e00000ZqR7s", False),  # the 15-character form has no check
        ("0015e00000ZqR7s-AF", False),
        ("XOF913847262ABCDEF", False),
    ],
)
def test_salesforce_id(value: str, valid: bool) -> None:
    assert salesforce_id_valid(value) is valid


digit_strings = st.text(alphabet="0123456789", min_size=1, max_size=20)


@settings(max_examples=300, deadline=None)
@given(digit_strings)
def test_luhn_agrees_with_stdnum(digits: str) -> None:
    assert luhn_valid(digits) == stdnum_luhn.is_valid(digits)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_aba_agrees_with_stdnum_on_checksum(digits: str) -> None:
    # stdnum checks only the weighted sum; the prefix ranges are our addition.
    if aba_valid(digits):
        assert stdnum_rtn.is_valid(digits)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_ssn_agrees_with_stdnum(digits: str) -> None:
    # Ours is stricter (placeholder, repeated digits), never looser.
    if ssn_valid(digits):
        assert stdnum_ssn.is_valid(digits)
    elif stdnum_ssn.is_valid(digits):
        assert digits == "123456789" or len(set(digits)) == 1


_NUMERIC_BBAN = {"DE": 18, "FR": 23, "AL": 24, "PL": 24, "ES": 20}


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(sorted(_NUMERIC_BBAN)), st.data(), st.booleans())
def test_iban_agrees_with_stdnum(country: str, data: st.DataObject, corrupt: bool) -> None:
    n = _NUMERIC_BBAN[country]
    bban = data.draw(st.text(alphabet="0123456789", min_size=n, max_size=n))
    check = stdnum_iban.calc_check_digits(country + "00" + bban)
    if corrupt:
        check = f"{(int(check) + 1) % 100:02d}"
    value = country + check + bban
    assert iban_valid(value) == stdnum_iban.is_valid(value, check_country=False)
    assert iban_valid(value) is not corrupt


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("4111111111111111", True),
        ("5555555555554444", True),
        ("378282246310005", True),  # Amex, 15 digits
        ("4111111111111112", False),  # Luhn fails
        ("9111111111111111", False),  # no issuer starts with 9
        ("411111111111", False),  # 12 digits: too short for a card
        ("0000000000000000", False),  # one repeated digit
    ],
)
def test_payment_card_valid(digits: str, valid: bool) -> None:
    assert payment_card_valid(digits) is valid


@pytest.mark.parametrize(
    ("digits", "valid"),
    [
        ("9434765919", True),
        ("4857773457", True),
        ("9434765918", False),  # wrong check digit
        ("1111111111", False),  # one repeated digit
        ("943476591", False),  # nine digits
        ("943476591x", False),
    ],
)
def test_nhs_number(digits: str, valid: bool) -> None:
    assert nhs_valid(digits) is valid


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789", min_size=10, max_size=10))
def test_nhs_agrees_with_stdnum(digits: str) -> None:
    # ours also refuses one repeated digit
    assert nhs_valid(digits) == (stdnum_nhs.is_valid(digits) and len(set(digits)) > 1)
