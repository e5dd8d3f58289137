"""OTHER_ID: payment processors' customer ids, written by their shape.

A payment processor keeps one *customer* object per buyer, and its id follows the buyer
through every charge, invoice, subscription and refund of a store: a unique code tied to a
person (Safe Harbor's "any other unique identifying number or code"). Stripe's are
unmistakable, ``cus_`` and 14 or more letters and digits (``cus_PqR3s4T5u6V7w8``), and
stores copy them everywhere: a charge's bare ``customer`` field, a customer object's own
``id``, WooCommerce's ``_stripe_customer_id`` meta, a GA4 ``user_id``, a CRM note. So they
are reported wherever they appear, whatever the field is called. So are Stripe Issuing's
cardholders (``ich_…``): the person a card was issued to (an HSA or a benefits card's
holder), whose id a ``cardholder_id`` column shares with a pharmacy claim's member.

Stripe's other object ids name a purchase, not a person, and are not reported: charges
(``ch_``), payment intents (``pi_``), balance transactions (``txn_``), refunds (``re_``),
disputes (``dp_``), payouts (``po_``), as order numbers are not. Customer ids without a
prefix of their own (Shopify's, Braintree's, Square's) are read by their field's name
(:mod:`detectors.field_names`: ``customer_id``, ``Customer ID``, ``customer.id``).

The chunk is screened with substring searches for ``cus_`` and ``ich_``, so cells
without them cost two Arrow passes each.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span

#: What follows a Stripe object id's prefix: 14-24 letters and digits (test and live mode
#: alike).
STRIPE_TOKEN = r"[A-Za-z0-9]{14,24}"
#: The prefix of a Stripe Issuing cardholder's id (``ich_…``).
CARDHOLDER_PREFIX = "ich_"


def _stripe_id(prefix: str) -> re.Pattern[str]:
    """A Stripe id of one prefix, not inside a longer word (``discus_…``) or code."""
    return re.compile(rf"(?<![A-Za-z0-9_]){prefix}{STRIPE_TOKEN}(?![A-Za-z0-9_])")


#: A Stripe customer id (``cus_…``) and an Issuing cardholder id (``ich_…``).
STRIPE_CUSTOMER = _stripe_id("cus_")
STRIPE_CARDHOLDER = _stripe_id(CARDHOLDER_PREFIX)
_SCORE = 0.9


class PaymentIdDetector:
    """Stripe customer and Issuing cardholder ids (``cus_…``, ``ich_…``) anywhere in text."""

    name = "payment_ids"
    entities = frozenset({"OTHER_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled("OTHER_ID"):
            return
        texts = ctx.cells.text
        for screen, pattern in (("cus_", STRIPE_CUSTOMER), (CARDHOLDER_PREFIX, STRIPE_CARDHOLDER)):
            for cell in np.flatnonzero(ctx.containing(screen)).tolist():
                for m in pattern.finditer(texts[cell]):
                    yield Span(cell, m.start(), m.end(), "OTHER_ID", _SCORE, "regex")


@register("payment_ids")
def _factory(config: EngineConfig) -> PaymentIdDetector:
    return PaymentIdDetector()
