"""Fitness clubs' and studios' member records: whose a bare member number and a barcode are.

:mod:`detectors.field_names` reads a bare ``Member ID``, ``Member Number`` or ``Member #``
as a health plan's member id (HEALTH_PLAN_ID): in a claims, eligibility or practice export
that is what it is. A health club's or a studio's software (ABC Fitness-, ClubReady-,
Mindbody-like member exports, door check-in logs, key fob logs, point-of-sale rows) uses the
same words for its own member's number, which is the member's account with the club, as a
med spa's or a concierge practice's ``Membership Number`` is (an ACCOUNT_NUMBER,
tests/test_elective_care.py), not a health plan beneficiary number. The rest of the chunk
says which: a club's records carry columns no health plan's have (:data:`CLUB_SIGNS`: the
member's barcode or key fob, the membership agreement, the dues, the club, a locker, a
freeze, the trainer), and none of a payer's (:data:`PAYER_WORDS`: a payer, an insurer, a
group or policy number, a coverage or a copay). A member key that says the club itself
(``host_member_number``: the member who brings a guest, ``club_member_id``) is the club's
whatever the rest of the chunk holds.

In such a chunk the member's barcode and key fob number (``Barcode``, ``fob_number``,
``Key Tag``) are the number on the member's card or tag: the member's id (OTHER_ID), where
elsewhere a ``barcode`` is a product's UPC or a specimen's label and is not read.

Pure functions over a chunk's distinct paths, asked once per chunk by
:func:`detectors.chunk_profiles.profile_paths`, which re-profiles the columns they name.
No per-cell work.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.context import FieldProfile
from detectors.field_names import key_tokens

Keys = tuple[tuple[str, ...], ...]

#: Key tokens only a club's or a studio's member records carry: the member's key fob, the
#: membership agreement and its dues, the club (``Club Number``, ``Home Club``), a door
#: turnstile, a locker, a membership freeze, a personal trainer. Not a barcode: a
#: specimen's and a product's carry one too; nor ``membership``: GA4's audience
#: ``membership_start_timestamp_micros`` is an audience's (tests/test_warehouse_shapes.py).
CLUB_SIGNS = frozenset(
    {"fob", "keyfob", "keytag", "agreement", "dues", "club", "clubs", "turnstile", "locker",
     "freeze", "trainer", "gym", "studio"}
)  # fmt: skip
#: Key tokens of a member key that is the club's by itself (a guest pass's host member, a
#: ``club_member_id``).
CLUB_MEMBER_WORDS = frozenset({"host", "club", "gym"})
#: Key tokens of a health plan's or a payer's columns: with one of them in the chunk a bare
#: member number is read as ever (a plan's member id).
PAYER_WORDS = frozenset(
    {"payer", "payor", "insurance", "insurer", "insured", "carrier", "coverage", "copay",
     "deductible", "policy", "group", "grp", "subscriber", "medicare", "medicaid", "health",
     "benefit", "benefits", "eligibility", "rx", "pcn", "bin", "mbi", "hicn"}
)  # fmt: skip
#: Keys of the number on a member's card or tag (``Barcode``, ``fob_number``, ``Key Tag``).
CARD_KEYS = frozenset(
    {("barcode",), ("member", "barcode"), ("barcode", "number"), ("barcode", "id"),
     ("fob",), ("fob", "number"), ("fob", "id"), ("key", "fob"), ("key", "fob", "number"),
     ("keyfob",), ("keytag",), ("key", "tag"), ("key", "tag", "number")}
)  # fmt: skip
#: What a club's member number is re-profiled to: an account with the club.
MEMBERSHIP = FieldProfile(
    entity="ACCOUNT_NUMBER", score=0.85, words=frozenset({"membership", "number"})
)
#: What a member's barcode or key fob column is re-profiled to: the member's card.
MEMBER_CARD = FieldProfile(entity="OTHER_ID", score=0.85, words=frozenset({"card", "number"}))


def _member_key(path: str, last: tuple[str, ...]) -> bool:
    """True for a bare member number's last key (``Member ID``, ``memberNumber``,
    ``Member #``, ``host_member_number``): ``member`` with at most a number word after it and
    no payer word in it. A bare ``Member`` column holds the member's name as often (a
    point-of-sale row's ``Member`` = "Whitfield, Dana"): only its ``#`` makes it a number."""
    if "member" not in last or PAYER_WORDS.intersection(last):
        return False
    if last == ("member",):
        return "#" in path.rsplit(".", 1)[-1]
    at = last.index("member")
    return set(last[at + 1 :]) <= {"id", "number", "no", "num", "nbr"}


def club_member_columns(
    paths: Sequence[str], profiles: Sequence[FieldProfile]
) -> list[tuple[int, FieldProfile]]:
    """``(index, profile)`` of a club's member-number and member-card columns (see the
    module doc), or none when the chunk is not a club's member records."""
    keys: list[Keys] = [key_tokens(p) for p in paths]
    words = {t for k in keys for key in k for t in key}
    if words & PAYER_WORDS:
        return []
    club = bool(words & CLUB_SIGNS)
    out: list[tuple[int, FieldProfile]] = []
    for i, k in enumerate(keys):
        last = k[-1] if k else ()
        if not last:
            continue
        if profiles[i].entity == "HEALTH_PLAN_ID" and _member_key(paths[i], last):
            if club or CLUB_MEMBER_WORDS.intersection(last):
                out.append((i, MEMBERSHIP))
        elif club and last in CARD_KEYS:
            out.append((i, MEMBER_CARD))
    if not any(p is MEMBERSHIP for _, p in out) and not any(
        p.entity in _PERSON_ENTITIES for p in profiles
    ):
        return []  # a fob or barcode inventory that names no one
    return out


#: Entities of a column that puts a person on the row.
_PERSON_ENTITIES = frozenset({"NAME", "EMAIL", "PHONE", "ACCOUNT_NUMBER", "OTHER_ID", "MRN"})
