"""A practice's retail side: whose a gift card's, a promotion's and a commission plan's
dates are, and whose a referral reward's ``Referrer`` is.

Med spas, salons, dental and wellness practices run a shop beside the clinic, and their
booking and point-of-sale tools (Boulevard-, Zenoti-, Mindbody-, Square-like) export its
rows with columns that read as a person's, or as no one's, only beside their neighbours:

* a gift card's or a voucher's own clocks (``Issued``, ``Activated``, ``Expires``) beside
  its code or number are the card's: when the till sold it and how long it is good for,
  the same kind on every card, as a sale's ``Sold On`` is the till's
  (:data:`detectors.dates.OFF_PERSON_FIELD_WORDS`). A bare ``issued`` stays a person's
  date elsewhere (a benefit's or a document's issue to one person), so only a gift card
  beside it says so (:func:`gift_card_clocks`); the purchaser and the recipient keep
  their names;
* a promotion's window (``starts``, ``ends``, ``valid_from``) beside its code, id or name
  in a row that names no person is the offer's, the same for every client
  (:func:`promotion_windows`); a client's redemption row names the client, and is read
  as ever;
* a commission or bonus plan's effective and end dates beside the role it pays (an
  ``RN Injector``'s ``commission_pct`` from ``effective``) in a row that names no person
  are the plan's, as a fee schedule's are the schedule's (:func:`compensation_plan_dates`);
* a referral programme's ``Referrer`` beside the referrer's own client id, email or phone
  is the referring client, a person (:func:`referrer_names`). A bare ``Referrer`` is a web
  analytics referring site ("Google", ``https://t.co/...``) everywhere else.

Pure functions over a chunk's distinct paths, asked once per chunk by
:func:`detectors.chunk_profiles.profile_paths`. No per-cell work.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.context import FieldProfile
from detectors.field_names import key_tokens

#: Entities a field of a person's record is named for: one of them makes the row a
#: client's, not an offer's or a plan's.
_PERSON_ENTITIES = frozenset(
    {"NAME", "EMAIL", "PHONE", "FAX", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
     "CREDIT_CARD", "ONLINE_ID", "HASHED_ID", "DEVICE_ID", "OTHER_ID"}
)  # fmt: skip
#: What a gift card is called beside ``gift`` (``Gift Card Code``, ``gift_certificate_no``).
_GIFT_ITEMS = frozenset({"card", "cards", "certificate", "certificates", "voucher", "vouchers"})
#: Key tokens of a gift card's own clocks.
_CARD_CLOCK_TOKENS = frozenset(
    {"issued", "issue", "activated", "activation", "expires", "expiry", "expiration"}
)
#: Key tokens of a promotion's own columns (``promo_code``, ``Coupon ID``, ``discount_code``).
_PROMO_TOKENS = frozenset(
    {"promo", "promos", "promotion", "promotions", "coupon", "coupons", "discount", "voucher"}
)
_PROMO_KEYS = frozenset({"code", "id", "name", "title"})
#: Last keys of a window's bounds.
_WINDOW_KEYS = frozenset(
    {("start",), ("starts",), ("end",), ("ends",), ("start", "date"), ("end", "date"),
     ("starts", "at"), ("ends", "at"), ("start", "at"), ("end", "at"), ("begins",),
     ("valid", "from"), ("valid", "to"), ("valid", "until"), ("valid", "through"),
     ("expires",), ("expiry",), ("expiration",), ("expiration", "date"), ("effective",)}
)  # fmt: skip
#: Key tokens of a pay plan's role and of its pay (``role`` beside ``commission_pct``).
_ROLE_TOKENS = frozenset({"role", "roles", "position", "title", "job"})
_PAY_TOKENS = frozenset({"commission", "commissions", "bonus", "bonuses", "incentive", "spiff"})
#: Key tokens of a plan's dates.
_PLAN_DATE_TOKENS = frozenset({"effective", "start", "end", "date", "expires", "expiration"})
#: Keys of a referral programme's referrer column, and the person columns after
#: ``referrer`` that make it the referring client (``Referrer Client ID``,
#: ``referrer_email``).
_REFERRER_KEYS = frozenset({("referrer",), ("referrer", "name"), ("referring", "client")})
_REFERRER_PERSON_TAILS = frozenset(
    {("email",), ("phone",), ("mobile",), ("client", "id"), ("patient", "id"),
     ("customer", "id"), ("guest", "id"), ("guest", "code"), ("member", "id")}
)  # fmt: skip


def _keys(paths: Sequence[str]) -> list[tuple[tuple[str, ...], ...]]:
    return [key_tokens(p) for p in paths]


def _names_a_person(profiles: Sequence[FieldProfile]) -> bool:
    return any(p.entity in _PERSON_ENTITIES and not p.system for p in profiles)


def gift_card_clocks(paths: Sequence[str]) -> list[int]:
    """The issue, activation and expiry columns of a chunk that carries a gift card's
    code or number (a key with ``gift`` and a card, a certificate or a voucher)."""
    keys = _keys(paths)
    if not any(k and "gift" in k[-1] and _GIFT_ITEMS.intersection(k[-1]) for k in keys):
        return []
    return [i for i, k in enumerate(keys) if k and _CARD_CLOCK_TOKENS.intersection(k[-1])]


def promotion_windows(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The window columns (:data:`_WINDOW_KEYS`) of a chunk that names a promotion (its
    code, id or name) and no person."""
    keys = _keys(paths)
    promo = any(
        k and _PROMO_TOKENS.intersection(k[-1]) and _PROMO_KEYS.intersection(k[-1]) for k in keys
    )
    if not promo or _names_a_person(profiles):
        return []
    return [i for i, k in enumerate(keys) if k and k[-1] in _WINDOW_KEYS]


def compensation_plan_dates(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The date columns of a chunk that pairs a role with its commission or bonus and
    names no person (an employee's commission statement names the employee)."""
    keys = _keys(paths)
    words = [{t for key in k for t in key} for k in keys]
    if not (
        any(w & _ROLE_TOKENS for w in words)
        and any(w & _PAY_TOKENS for w in words)
        and not _names_a_person(profiles)
    ):
        return []
    return [
        i
        for i, k in enumerate(keys)
        if k and _PLAN_DATE_TOKENS.intersection(k[-1]) and not _PAY_TOKENS.intersection(k[-1])
    ]


def referrer_names(paths: Sequence[str]) -> list[tuple[int, str]]:
    """A top-level ``Referrer`` column as the referring client's NAME, beside a column of
    that referrer's own client id, email or phone (``(index, entity)``)."""
    keys = _keys(paths)
    tops = [k[0] if len(k) == 1 else () for k in keys]
    if not any(t[:1] == ("referrer",) and t[1:] in _REFERRER_PERSON_TAILS for t in tops):
        return []
    return [(i, "NAME") for i, t in enumerate(tops) if t in _REFERRER_KEYS]
