"""Experimentation and feature-flag records: whose id the unit of an assignment is.

A/B-testing and feature-flag platforms log one row per person and experiment: Statsig's
warehouse exposures (``unit_id`` beside ``experiment_id`` and ``group_name``), Eppo's
assignment logs (``subject`` beside ``experiment``, ``variation`` and ``allocation``),
Split's impressions (``keyName`` beside ``splitName`` and ``treatment``). The unit column
holds whatever the site bucketed the person by (a user id, a stable device id), so it is a
tracking code tied to a person (ONLINE_ID), but its key says nothing alone: ``unit_id`` is
a hospital's nursing unit, ``subject`` an email's subject line, ``keyName`` an SSH key's
name. Only beside an experiment's (or a flag's, a gate's, a split's) column *and* an arm's
column of the same object is it the assigned person's.

LaunchDarkly's contexts say whose they are the same way: an object ``context`` with a
``kind`` beside its ``key`` is the evaluated context (``{"kind": "user", "key": ...}``), and
``contextKeys.user`` is that user's key; a multi-context's ``user.key`` is read by its
parent already (:mod:`detectors.field_names`), and an ``organization`` context's key names
a tenant, not a person, so it is not read.

Adobe Target's visitor object (the Delivery API's ``id``, a profile export) holds the
site's own id of the signed-in person as ``thirdPartyId`` beside its ``tntId``: there it is
the person's record id (OTHER_ID), as ``mbox3rdPartyId`` is; a bare third-party id is a
vendor's or a partner's record as often, and is not read elsewhere.

These are path shapes, decided once per chunk in :mod:`detectors.chunk_profiles`; no cell
is read here.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from detectors.field_names import key_tokens

#: First words of a key naming the experiment a row assigns: ``experiment_id``,
#: ``experiment``, ``splitName``, ``flag_key``, ``feature_flag``, ``gate``.
EXPERIMENT_WORDS = frozenset({"experiment", "split", "flag", "gate", "feature"})
#: Keys of the arm a row assigns: ``variation``, ``variant_key``, Split's ``treatment``,
#: Statsig's ``group_name``, Eppo's ``allocation``.
ARM_KEYS = frozenset(
    {("variation",), ("variant",), ("treatment",), ("arm",), ("allocation",)}
    | {("variation", w) for w in ("id", "key", "name")}
    | {("variant", w) for w in ("id", "key", "name")}
    | {("group", "id"), ("group", "name")}
)
#: Keys of the unit a row assigns, read as a person's id beside an experiment and an arm.
UNIT_KEYS = frozenset(
    {("unit", "id"), ("unit",), ("subject",), ("subject", "id"), ("key", "name")}
    | {("bucketing", "key"), ("bucketing", "id"), ("targeting", "key")}
)
#: LaunchDarkly's evaluated context (``context.kind`` beside ``context.key``) and its
#: events' ``contextKeys`` map.
_CONTEXT_OBJECTS = frozenset({("context",)})
_CONTEXT_KEY_MAPS = frozenset({("context", "keys")})
_PERSON_CONTEXT_KINDS = frozenset({("user",)})
#: Adobe Target's visitor id, and the site's id of the person beside it.
_TNT_ID = ("tnt", "id")
_THIRD_PARTY_ID = ("third", "party", "id")


def _experiment_key(last: tuple[str, ...]) -> bool:
    """``experiment_id``, ``splitName``, ``flag_key``: a key naming what is tested."""
    return bool(last) and last[0] in EXPERIMENT_WORDS and len(last) <= 3


def experiment_units(paths: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, entity)`` of the paths that hold the person an experiment or a flag
    assigned: a unit column beside an experiment's and an arm's column of the same
    object (:data:`UNIT_KEYS`), a LaunchDarkly context's ``key`` beside its ``kind``, and
    ``contextKeys.user`` (ONLINE_ID); Adobe Target's ``thirdPartyId`` beside its
    ``tntId`` (OTHER_ID)."""
    keys = [key_tokens(p) for p in paths]
    children: defaultdict[tuple, set[tuple[str, ...]]] = defaultdict(set)
    for k in keys:
        if k:
            children[k[:-1]].add(k[-1])
    out = []
    for i, k in enumerate(keys):
        if not k:
            continue
        parent, last, siblings = k[:-1], k[-1], children[k[:-1]]
        if last in UNIT_KEYS and siblings & ARM_KEYS and any(map(_experiment_key, siblings)):
            out.append((i, "ONLINE_ID"))
        elif last == ("key",) and parent[-1:] and parent[-1] in _CONTEXT_OBJECTS:
            if ("kind",) in siblings:
                out.append((i, "ONLINE_ID"))
        elif parent[-1:] and parent[-1] in _CONTEXT_KEY_MAPS and last in _PERSON_CONTEXT_KINDS:
            out.append((i, "ONLINE_ID"))
        elif last == _THIRD_PARTY_ID and _TNT_ID in siblings:
            out.append((i, "OTHER_ID"))
    return out
