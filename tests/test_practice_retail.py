"""A practice's retail side (:mod:`detectors.practice_retail`): a gift card's, a
promotion's and a commission plan's dates are theirs, and a referral reward's ``Referrer``
beside the referrer's own id is a person."""

from __future__ import annotations

import pytest

from detectors.chunk_profiles import profile_paths
from detectors.field_names import profile_path
from detectors.practice_retail import (
    compensation_plan_dates,
    gift_card_clocks,
    promotion_windows,
    referrer_names,
)


def _profiles(paths: list[str]) -> list:
    return [profile_path(p) for p in paths]


@pytest.mark.parametrize(
    ("paths", "clocks"),
    [
        # a med spa's gift card sale: the card's issue and expiry, not the buyer's dates
        (["Gift Card Code", "Purchaser Name", "Purchaser Email", "Issued", "Expires"], [3, 4]),
        (["gift_certificate_no", "recipient_name", "activated_at", "balance"], [2]),
        (["Gift Voucher", "Issue Date", "Expiry Date", "Amount"], [1, 2]),
        # no gift card: an ``Issued`` date is a person's as ever (a benefit, a document)
        (["Member Name", "Card Number", "Issued", "Expires"], []),
        (["Client", "Gift Wrap", "Issued"], []),
    ],
)
def test_a_gift_cards_clocks(paths: list[str], clocks: list[int]) -> None:
    assert gift_card_clocks(paths) == clocks
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in clocks)


@pytest.mark.parametrize(
    ("paths", "windows"),
    [
        # a promotion calendar's window beside its code, id or name
        (["promo_id", "promo_name", "description", "promo_code", "starts", "ends"], [4, 5]),
        (["Coupon Code", "Discount", "Valid From", "Valid To"], [2, 3]),
        (["discount_code", "percent_off", "start_date", "end_date", "max_redemptions"], [2, 3]),
    ],
)
def test_a_promotions_window(paths: list[str], windows: list[int]) -> None:
    assert promotion_windows(paths, _profiles(paths)) == windows
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in windows)


@pytest.mark.parametrize(
    "paths",
    [
        # a client's redemption names the client: the start is their appointment's
        ["Client Name", "promo_code", "start", "Service"],
        ["email", "coupon_code", "starts_at"],
        # a booking's start with no promotion at all
        ["appointment_id", "starts", "ends", "service"],
    ],
)
def test_not_a_promotions_window(paths: list[str]) -> None:
    assert promotion_windows(paths, _profiles(paths)) == []


@pytest.mark.parametrize(
    ("paths", "dates"),
    [
        # a commission plan: the role it pays, its rate, when it takes effect
        (["rule_id", "role", "commission_pct", "per_unit_bonus", "effective", "version"], [4]),
        (["Position", "Bonus Tier", "Start Date", "End Date"], [2, 3]),
    ],
)
def test_a_compensation_plans_dates(paths: list[str], dates: list[int]) -> None:
    assert compensation_plan_dates(paths, _profiles(paths)) == dates
    profiles = profile_paths(paths)
    assert all(profiles[i].system for i in dates)


@pytest.mark.parametrize(
    "paths",
    [
        # an employee's commission statement names the employee
        ["Employee Name", "role", "commission_amount", "effective"],
        # a role without pay, pay without a role
        ["role", "effective", "permissions"],
        ["commission_pct", "effective"],
    ],
)
def test_not_a_compensation_plan(paths: list[str]) -> None:
    assert compensation_plan_dates(paths, _profiles(paths)) == []


@pytest.mark.parametrize(
    ("paths", "names"),
    [
        # a refer-a-friend export: the referrer beside the referrer's own client id or email
        (["Referrer", "Referrer Client ID", "Referred Friend", "Reward"], [0]),
        (["referrer_name", "referrer_patient_id", "new_patient_name"], [0]),
        (["Referrer", "Referrer Email", "Status"], [0]),
    ],
)
def test_a_referrer_is_a_person_beside_their_own_id(paths: list[str], names: list[int]) -> None:
    assert [i for i, _ in referrer_names(paths)] == names
    profiles = profile_paths(paths)
    assert all(profiles[i].entity == "NAME" for i in names)


@pytest.mark.parametrize(
    "paths",
    [
        # web analytics' referring site
        ["page_location", "referrer", "session_id"],
        ["Referrer", "Landing Page", "Sessions"],
        ["referrer_name", "referrer_url", "utm_source"],
        # a nested referrer is a page's
        ["context.page.referrer", "context.page.url", "userId"],
    ],
)
def test_a_referrer_is_a_site_elsewhere(paths: list[str]) -> None:
    assert referrer_names(paths) == []
