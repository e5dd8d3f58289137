"""Payment processors' customer ids (detectors/payment_ids.py): a Stripe ``cus_`` id names
one buyer across a store's charges, subscriptions and refunds (OTHER_ID) wherever it is
written, and an Issuing ``ich_`` id the person a card was issued to; ids of charges,
payment intents, refunds and payouts name a purchase, not a person."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


CUS = "cus_PqR3s4T5u6V7w8"
ICH = "ich_1MsKAB2eZvKYlo2C0hVgYD9J"

POSITIVES = [
    # a charge's bare ``customer`` field and a customer object's own ``id``
    ("customer", CUS, [("OTHER_ID", CUS)]),
    ("id", "cus_Qa1B2c3D4e5F6g", [("OTHER_ID", "cus_Qa1B2c3D4e5F6g")]),
    # WooCommerce's meta, a CRM note, a webhook's JSON text
    ("_stripe_customer_id", CUS, [("OTHER_ID", CUS)]),
    ("notes", f"refund issued to {CUS} per request", [("OTHER_ID", CUS)]),
    ("payload", f'{{"customer":"{CUS}","amount":4500}}', [("OTHER_ID", CUS)]),
    # a longer live-mode id
    ("customer", "cus_1A2b3C4d5E6f7G8h9I0j", [("OTHER_ID", "cus_1A2b3C4d5E6f7G8h9I0j")]),
    # a Stripe Issuing cardholder (an HSA or a benefits card's holder): a person's id, and
    # not a pharmacy plan's member id under a ``cardholder_id`` column
    ("cardholder_id", ICH, [("OTHER_ID", ICH)]),
    ("cardholder", ICH, [("OTHER_ID", ICH)]),
    ("notes", f"card issued to {ICH} today", [("OTHER_ID", ICH)]),
]

NEGATIVES = [
    ("charge", "ch_3OxAbC2eZvKYlo2C0n1m2b3v"),
    ("payment_intent", "pi_3OxAbC2eZvKYlo2C0k8j7h6g"),
    ("balance_transaction", "txn_3OxAbC2eZvKYlo2C0q9w8e7r"),
    ("refund", "re_3OxZz12eZvKYlo2C1q2w3e4r"),
    ("dispute", "dp_1OzGhI2eZvKYlo2Cm3n4b5v6"),
    ("payout", "po_1OzGhI2eZvKYlo2Cm3n4b5v6"),
    ("customer", "cus_123"),  # too short for an id
    ("notes", "discus_PqR3s4T5u6V7w8abc"),  # inside a longer word
    ("sku", "CUS_TOM-SHIRT-XL"),
    ("customer", "guest"),
    ("notes", "which_1MsKAB2eZvKYlo2C0hVgYD9J"),  # inside a longer word
    ("card", "ic_1MsKAB2eZvKYlo2C0hVgYD9J"),  # an Issuing card's id names the card
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)
