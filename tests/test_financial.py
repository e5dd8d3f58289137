"""The financial detector: payment cards, IBANs, ABA routing and account numbers."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("financial",)))


CC, ACCT = "CREDIT_CARD", "ACCOUNT_NUMBER"

POSITIVES = [
    (
        "note",
        "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881",
        [(CC, "4012 8888 8888 1881"), (CC, "4012-8888-8888-1881"), (CC, "4012888888881881")],
    ),
    ("note", "my credit card: 122000000000003", [(CC, "122000000000003")]),  # UATP, 15 digits
    ("note", "Amex 3782 822463 10005 on file", [(CC, "3782 822463 10005")]),
    ("note", "paid with 2223003122003222.", [(CC, "2223003122003222")]),  # Mastercard 2-series
    ("note", "Diners 30569309025904", [(CC, "30569309025904")]),
    ("note", "JCB 3530111333300000", [(CC, "3530111333300000")]),
    ("note", "Discover 6011111111111117", [(CC, "6011111111111117")]),
    ("note", "UnionPay 6200000000000005", [(CC, "6200000000000005")]),
    ("card_number", "4111111111111111", [(CC, "4111111111111111")]),
    # a number after the card: the 19-digit run fails Luhn, its 16-digit prefix passes
    (
        "note",
        "card 4111 1111 1111 1111 123 Main Street, Springfield, IL 62704",
        [(CC, "4111 1111 1111 1111")],
    ),
    ("note", "IBAN DE89 3704 0044 0532 0130 00.", [(ACCT, "DE89 3704 0044 0532 0130 00")]),
    ("note", "pay to GB29NWBK60161331926819 today", [(ACCT, "GB29NWBK60161331926819")]),
    ("note", "VG96 VPVG 0000 0123 4567 8901 X here", [(ACCT, "VG96 VPVG 0000 0123 4567 8901")]),
    ("note", "AL47-2121-1009-0000-0002-3569-8741", [(ACCT, "AL47-2121-1009-0000-0002-3569-8741")]),
    ("note", "routing number 121000358", [(ACCT, "121000358")]),
    ("routing_number", "021000021", [(ACCT, "021000021")]),
    ("note", "ABA: 3222-7162-7", [(ACCT, "3222-7162-7")]),
    ("note", "wire 0711-0130-7", [(ACCT, "0711-0130-7")]),  # the 4-4-1 form alone
    ("note", "Acct # 00123456789", [(ACCT, "00123456789")]),
    ("note", "bank account number: 4455667788", [(ACCT, "4455667788")]),
    ("note", "patient account no. PA-0098123", [(ACCT, "PA-0098123")]),
    ("Patient Account", "PA-0098123", [(ACCT, "PA-0098123")]),
    ("account_number", "004512339876", [(ACCT, "004512339876")]),
    ("note", "call 555-0143acct # 00123456789", [(ACCT, "00123456789")]),  # label glued on
    # the first grouped run starts inside the phone number before the card
    ("note", "+44 20 7946 0958 4111 1111 1111 1111", [(CC, "4111 1111 1111 1111")]),
]

# Hard negatives, many from real marketing exports.
NEGATIVES = [
    # a general-ledger account is a line of the organisation's books (a fund list)
    ("GL Account", "4010-220-00"),
    ("gl_account_number", "40102200"),
    # the ordering agency's account with a drug-testing lab, on every donor's row
    # (tests/test_court_ordered_treatment_monitoring.py)
    ("Lab Account", "ACCT-70214"),
    ("lab_account_number", "70214"),
    # an employer's account with a drug-testing administrator, on every employee's row
    ("Employer Account", "EA-100482"),
    ("employer_account_number", "100482-01"),
    ("event_timestamp", "1700000000123407"),  # microsecond timestamp, Luhn-valid
    # a Facebook Page id (15 digits, starting with 1, Luhn-valid by chance) in a Graph post
    # id and a Page URL: a UATP card only where a card is named
    ("Post ID", "104558812233445_877665544332211"),
    ("Link", "https://www.facebook.com/104558812233445/posts/877665544332211"),
    ("message", "Page 104558812233445 shared your post"),
    ("note", "ts=1700000000123407"),  # ... even in free text: 16 digits starting 1
    ("note", "1748503543012"),  # millisecond timestamp
    ("note", "4111111111111112"),  # Luhn fails
    ("note", "4012-8888-8888-1882"),
    ("note", "36168002586008"),  # Diners prefix, Luhn fails
    ("order_id", "4000000000000002"),  # Luhn-valid order number
    ("ecommerce.transaction_id", "4000000000000002"),
    ("value", "0.4111111111111111"),  # a float's digits
    ("note", "total 4111111111111111.50"),
    ("session_id", "6d92078a-8246-4ba4-ae5b-76104861e7dc"),
    ("note", "121000358"),  # a valid routing number, but nothing says it is one
    ("note", "1234-0000-0"),
    ("note", "421042111"),
    ("note", "AL47/2121/1009/0000/0002/3569/8741"),  # not an IBAN separator
    ("note", "DE89370400440532013001"),  # mod 97 fails
    ("note", "AL47 212A 1009 0000 0002 3569 8741"),  # BBAN structure fails
    ("note", "account settings updated"),
    ("note", "Account ID 001xx000003DGb2"),  # Salesforce record id, mixed case
    ("AccountId", "0015g00000XyZ12"),
    ("note", "account created 2024-01-15"),
    ("phone", "2125551234"),
    ("note", "call (212) 555-1234"),
    ("zip", "12345-6789"),
    ("note", "SKU-004512 x2 @ $19.99"),
    ("ga_session_id", "1700000007"),
    ("note", "Order #123456789 shipped"),
    ("note", "4111-1111-1111-1111-123"),  # one dashed code, not a card plus a number
    ("note", "myacct 00123456789"),  # a label inside a word is no label
    # RADIUS accounting's traffic counters: "acct" is accounting there
    ("Acct-Input-Octets", "48211907"),
    ("Acct-Output-Packets", "311822"),
]


test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_ga4_event_row_is_clean(engine: Engine) -> None:
    row = {
        "event_timestamp": 1700000000123407,
        "event_name": "purchase",
        "event_params": [
            {"key": "ga_session_id", "value": {"int_value": 1700000007}},
            {"key": "value", "value": {"double_value": 19.99}},
            {"key": "transaction_id", "value": {"string_value": "4000000000000002"}},
        ],
        "user_pseudo_id": "1234567890.1700000000",
    }
    assert engine.scan([row], source="t").findings.num_rows == 0


def test_checksum_kind_and_scores(engine: Engine) -> None:
    text = "card 4111 1111 1111 1111, routing 121000358, acct 00123456789, 4012888888881881"
    rows = engine.scan([{"note": text}], source="t").findings.to_pylist()
    kinds = {text[r["start"] : r["end"]]: (r["detector"], round(r["score"], 2)) for r in rows}
    assert kinds["4111 1111 1111 1111"] == ("checksum", 1.0)
    assert kinds["121000358"] == ("checksum", 1.0)
    assert kinds["00123456789"] == ("regex", 0.85)
    assert kinds["4012888888881881"] == ("checksum", 0.9)  # bare: no card word within 48 chars


def test_bare_routing_number_scores_below_threshold() -> None:
    loose = Engine(EngineConfig(ner=False, detectors=("financial",), min_score=0.0))
    rows = loose.scan([{"note": "ref 121000358"}], source="t").findings.to_pylist()
    assert all(r["score"] < 0.5 for r in rows)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("4111111111111111", [(CC, "4111111111111111")]),  # a payment card: the card
        ("4111 1111 1111 1111", [(CC, "4111 1111 1111 1111")]),
        # another card's number in a card column (a loyalty, campus or programme card)
        ("600412887345", [("OTHER_ID", "600412887345")]),
        ("PAAA-KX4T-9921", [("OTHER_ID", "PAAA-KX4T-9921")]),
        ("4111111111111112", [("OTHER_ID", "4111111111111112")]),  # fails Luhn
        # a mask, a last four, a brand and a last four, a processor's token: no one's
        ("XXXXXXXXXXXX5454", []),
        ("**** **** **** 4242", []),
        ("411111******1111", []),
        ("4242", []),
        ("VISA 4242", []),
        ("Visa ending 4242", []),
        ("tok_1N2b3C4d5E6f7G8h", []),
    ],
)
def test_a_card_columns_value_that_is_no_payment_card(value: str, expected: list) -> None:
    """A card column's whole value is a CREDIT_CARD when it is a payment card's number
    and the cardholder's OTHER_ID when it is another card's (detectors/field_names.py)."""
    engine = Engine(EngineConfig(ner=False, detectors=("financial", "field_name")))
    rows = engine.scan([{"Card Number": value}], source="t").findings.to_pylist()
    assert [(r["entity"], value[r["start"] : r["end"]]) for r in rows] == expected
