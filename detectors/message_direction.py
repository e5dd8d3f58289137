"""The organisation's own end of a message or a call whose ``direction`` says which it is.

A texting or a calling platform's log names both ends of each message or call: Twilio's
Message and Call resources ``from`` and ``to`` beside ``direction`` (``inbound``,
``outbound-api``, ``outbound-reply``, ``outbound-dial``), RingCentral's and Aircall's
``from.phoneNumber`` and ``to[0].phoneNumber`` beside ``direction`` (``Outbound``,
``inbound``). One end is the patient's number, the other the clinic's or the practice's
line, a local ten-digit number as often as a toll-free one or a short code
(:mod:`detectors.senders` lets only those go, since a bare ``From`` or ``To`` does not
say which end it is). The direction beside them does: on an outbound message the sender
is the organisation, on an inbound one the recipient is. So the contact points found at
that end are dropped after resolution, and the other end is still reported.

Decisions worth knowing:
    * Only a ``direction`` key in the same object as the two ends counts, read per
      record: a log mixes inbound replies with outbound reminders, and each row says its
      own. A value that says neither (``""``, ``internal``) drops nothing.
    * The ends are told by their keys (:data:`FROM_KEYS`, :data:`TO_KEYS`), either as the
      number itself (``from``, ``To``, ``from_number``) or as an object or a list of them
      holding it (``from.phoneNumber``, ``to[0].phoneNumber``).
    * Only phone, fax and email findings are dropped there; a name in the end's object (a
      RingCentral ``to[0].name``) is left to the families that read names.
    * A log with no ``direction`` says it by a delivery status that only one direction
      has (:data:`_STATUS`): Twilio's Message resource is ``queued``, ``sending``,
      ``sent``, ``delivered``, ``undelivered`` or ``failed`` only on its way out, and
      ``receiving`` or ``received`` only on its way in; an email or a fax platform's
      activity log says the same. Only a ``status`` key beside both ends counts, and a
      ``direction`` beside it wins; a status that says neither (``read``, ``completed``)
      drops nothing.
    * Costs one pass over the distinct paths; records are read only when a ``direction``
      path, or a ``status`` beside both ends, is in the chunk.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from detectors.cells import Cells
from detectors.field_names import key_tokens
from detectors.span_arrays import ENTITY_INDEX, SpanArrays

#: What is dropped at the organisation's end: its line and its mailbox.
CONTACT_ENTITIES = frozenset({"PHONE", "FAX", "EMAIL"})
_CONTACT_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in CONTACT_ENTITIES), dtype=np.int16)
#: Keys (tokens) of a message's or a call's sending end.
FROM_KEYS = frozenset(
    {("from",), ("from", "number"), ("from", "phone"), ("from", "phone", "number"),
     ("from", "address"), ("from", "email"), ("sender",), ("caller",)}
)  # fmt: skip
#: Keys (tokens) of a message's or a call's receiving end.
TO_KEYS = frozenset(
    {("to",), ("to", "number"), ("to", "phone"), ("to", "phone", "number"),
     ("to", "address"), ("to", "email"), ("recipient",), ("called",)}
)  # fmt: skip
#: Leaves of an end's object that hold its number or its address.
PARTY_LEAVES = frozenset(
    {("phone", "number"), ("number",), ("phone",), ("address",), ("email",), ("email", "address")}
)
OUTBOUND, INBOUND = "from", "to"
#: A direction's value (lower case) -> the end that is the organisation's.
_DIRECTION = re.compile(r"\s*(?:(?P<out>outbound|outgoing)|(?P<in>inbound|incoming))")
_INDEX = re.compile(r"\[\d+\]$")
#: A delivery status's value (lower case) that only one direction has -> its direction.
_STATUS = re.compile(
    r"\s*(?:(?P<out>queued|sending|sent|delivered|undelivered|failed)"
    r"|(?P<in>receiving|received))\s*$"
)
#: Keys (tokens) of a message's delivery status.
STATUS_KEYS = frozenset(
    {("status",), ("message", "status"), ("delivery", "status"), ("sms", "status")}
)


@functools.lru_cache(maxsize=16384)
def party_end(path: str) -> tuple[str, str] | None:
    """``(owner path, "from" or "to")`` when ``path`` is one end of a message (the owner
    being the object both ends and the ``direction`` sit in), or None (cached per path)."""
    head, _, leaf = path.rpartition(".")
    last = _last_key(leaf)
    end = _end_of(last)
    if end is not None:
        return head, end
    if last not in PARTY_LEAVES or not head:
        return None
    owner, _, party = _INDEX.sub("", head).rpartition(".")
    end = _end_of(_last_key(party))
    return None if end is None else (owner, end)


def _last_key(key: str) -> tuple[str, ...]:
    """The tokens of a path segment's last key (``()`` when it has none)."""
    keys = key_tokens(key)
    return keys[-1] if keys else ()


def _end_of(last: tuple[str, ...]) -> str | None:
    """``"from"`` or ``"to"`` when a key's tokens name a message's end, else None."""
    return OUTBOUND if last in FROM_KEYS else INBOUND if last in TO_KEYS else None


def _direction_owner(path: str) -> str | None:
    """The owner path of a ``direction`` key (``""`` at the top), or None."""
    head, _, leaf = path.rpartition(".")
    return head if key_tokens(leaf)[-1:] == (("direction",),) else None


def _status_owner(path: str) -> str | None:
    """The owner path of a delivery ``status`` key (``""`` at the top), or None."""
    head, _, leaf = path.rpartition(".")
    keys = key_tokens(leaf)
    return head if keys and keys[-1] in STATUS_KEYS else None


def _status_owners(paths: list[str], directed: set[str]) -> dict[int, str]:
    """Path index -> owner of the ``status`` keys that stand beside both ends of a message
    and no ``direction`` (``directed``: the owners that have one)."""
    sides: dict[str, set[str]] = {}
    for p in paths:
        party = party_end(p)
        if party is not None:
            sides.setdefault(party[0], set()).add(party[1])
    return {
        i: o
        for i, p in enumerate(paths)
        if (o := _status_owner(p)) is not None
        and o not in directed
        and sides.get(o) == {OUTBOUND, INBOUND}
    }


def organisation_ends(cells: Cells) -> dict[tuple[int, str], str]:
    """``(record, owner path) -> "from" or "to"``: the end a ``direction`` (or a delivery
    status only one direction has) says is the organisation's: the sender of an outbound
    message, the recipient of an inbound one."""
    paths = cells.paths
    owners = {i: o for i, p in enumerate(paths) if (o := _direction_owner(p)) is not None}
    statuses = _status_owners(paths, set(owners.values()))
    if not owners and not statuses:
        return {}
    ends: dict[tuple[int, str], str] = {}
    for table, end_of in ((owners, _direction_end), (statuses, _status_end)):
        if not table:
            continue
        wanted = np.fromiter(table, dtype=np.int64)
        for cell in np.flatnonzero(np.isin(cells.path_id, wanted)).tolist():
            end = end_of(cells.text[cell].lower())
            if end is not None:
                ends[(int(cells.record[cell]), table[int(cells.path_id[cell])])] = end
    return ends


def _direction_end(value: str) -> str | None:
    """The organisation's end a lower-cased ``direction`` value says, or None."""
    m = _DIRECTION.match(value)
    return None if m is None else OUTBOUND if m["out"] else INBOUND


def _status_end(value: str) -> str | None:
    """The organisation's end a lower-cased delivery status says, or None."""
    m = _STATUS.match(value)
    return None if m is None else OUTBOUND if m["out"] else INBOUND


def drop_organisation_ends(spans: SpanArrays, cells: Cells) -> SpanArrays:
    """``spans`` without the contact points found at the organisation's end of a message
    or a call whose ``direction`` says which end that is."""
    if len(spans.cell) == 0:
        return spans
    ends = organisation_ends(cells)
    if not ends:
        return spans
    paths = cells.paths
    drop = np.zeros(len(spans.cell), dtype=bool)
    for row in np.flatnonzero(np.isin(spans.entity, _CONTACT_CODES)).tolist():
        cell = int(spans.cell[row])
        party = party_end(paths[int(cells.path_id[cell])])
        if party is not None:
            drop[row] = ends.get((int(cells.record[cell]), party[0])) == party[1]
    return spans.take(~drop) if drop.any() else spans
