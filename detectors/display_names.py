"""NAME where a conferencing or chat tool shows the name a participant joined with.

Video-visit platforms and meeting tools (Zoom for Healthcare-, Doxy.me-, Amwell-like) keep
the name a participant typed or signed in with under keys that elsewhere hold logins or
machines: Zoom's dashboard, QoS and webhook payloads call it ``user_name`` (its API
reference: "participant display name"), its dashboard names the meeting's host in a bare
``host``, and a waiting room's chat keeps each message's sender in the message's own
``name``. The field-name classifier rightly reads a ``user_name`` as a login (an online
id), a ``host`` as a machine and a bare ``name`` under anything but a person's object as a
thing's. What the value looks like settles it: a login has no space, a hostname no
capitalised words, and a template's or a campaign's name does not open with a given name.

Decisions worth knowing:
    * Only whole values of two or three capitalised words (after an optional ``Dr.``,
      ``Mr.``, ``Ms.`` or ``Mrs.``), the last of which may be an initial ("Walter J."),
      and the field-name classifier's own NAME shape check
      (:data:`detectors.field_names.VALIDATORS`: no device default such as "iPhone", no
      status word, no organisation).
    * The first word is a known given name that is no everyday word (``Kevin``, not
      ``Grace``), or any known given name before a known surname ("Lauren Walker"), or the
      value opens with a title and ends with a known surname ("Dr. Anil Patel"): "Conf Rm
      2B", "Welcome Series" and "Grace Period Reminder" are not people.
    * Keys: a login's (``user_name``, ``username``, ``userName``) and a ``display_name``
      as a report's column or under a participant (:data:`PARTICIPANT_OBJECTS`: a step
      challenge's leaderboard heads its people ``Display Name``), a meeting's ``host``
      and ``host_name``, and ``name`` or ``display_name`` of one message in a list of chat
      messages (``messages[1].name``, ``chat[0].display_name``). A ``user_name`` that holds
      a login (``jdoe42``, ``rosa.okafor``) stays the online id it is.
    * The paths are judged once per distinct path and only their cells' values are looked
      at, so a chunk without such keys costs one cached test per path.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

import numpy as np
import pyarrow as pa

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import VALIDATORS, key_tokens, whole_values
from detectors.name_lexicon import is_given_name, is_surname
from detectors.registry import register
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.8

#: A login's keys, as the classifier tokenises them (``user_name``, ``userName``,
#: ``username``).
LOGIN_KEYS = frozenset({("user", "name"), ("username",)})
#: Where a login's key holds a participant's display name: a meeting's participant object
#: or list (Zoom's ``participants[0].user_name``, a webhook's ``participant.user_name``),
#: or a report's own column. Under any other object (an e-signature envelope's
#: ``sender.userName``, an account's ``owner.userName``) it is that account's user: the
#: workforce's, left as it was.
PARTICIPANT_OBJECTS = frozenset({"participant", "participants", "attendee", "attendees"})
#: A meeting's host as a conferencing dashboard names it (Zoom's ``host``).
HOST_KEYS = frozenset({("host",), ("host", "name")})
#: A display name's own key, as a report's column or a participant's (a wellness
#: platform's challenge leaderboard: ``Display Name`` = "Maria G.").
DISPLAY_NAME_KEY = ("display", "name")
#: A chat message's own name keys, and the lists of messages that hold them.
MESSAGE_NAME_KEYS = frozenset({("name",), ("display", "name")})
MESSAGE_LISTS = frozenset({"messages", "chat", "chats"})
#: Titles a display name may open with.
TITLES = frozenset({"dr", "dr.", "doctor", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "mx", "mx."})

_WORD = re.compile(r"[A-Z][A-Za-z'’\-]*[a-z][A-Za-z'’\-]*|[A-Z]\.?")


@functools.lru_cache(maxsize=4096)
def display_name_path(path: str) -> bool:
    """True for a path whose value may be a participant's display name (see the module
    doc's keys)."""
    keys = key_tokens(path)
    if not keys:
        return False
    key = keys[-1]
    parent = keys[-2] if len(keys) > 1 else ()
    if key in LOGIN_KEYS:
        return not parent or parent[-1] in PARTICIPANT_OBJECTS
    if key in HOST_KEYS:
        return True
    if key == DISPLAY_NAME_KEY and (not parent or parent[-1] in PARTICIPANT_OBJECTS):
        # a report's own ``Display Name`` column (a step challenge's leaderboard, a
        # meeting's participant report) or a participant's: the name the person shows
        return True
    return key in MESSAGE_NAME_KEYS and bool(parent) and parent[-1] in MESSAGE_LISTS


def person_display_name(value: str) -> bool:
    """True for "Rosa Okafor", "Dr. Anil Patel", "Walter J."; False for "jdoe42",
    "Conf Rm 2B", "Welcome Series", "Grace Period Reminder" (see the module doc)."""
    words = value.split()
    titled = bool(words) and words[0].lower() in TITLES
    if titled:
        words = words[1:]
    if not (1 if titled else 2) <= len(words) <= 3:
        return False
    if not all(_WORD.fullmatch(w) for w in words):
        return False
    first, last = words[0], words[-1]
    if len(first.rstrip(".")) < 2:
        return False
    if titled:
        return is_surname(last) or is_given_name(first, ambiguous_ok=False)
    return is_given_name(first, ambiguous_ok=False) or (
        is_given_name(first) and len(last) > 2 and is_surname(last)
    )


class DisplayNameDetector:
    """A participant's display name under a login's, a host's or a chat message's key."""

    name = "display_names"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        mask = ctx.path_mask(display_name_path)
        if not mask.any():
            return
        vals = whole_values(ctx, np.flatnonzero(mask))
        ok = vals.usable & VALIDATORS[ENTITY](vals.text)
        for i in np.flatnonzero(ok).tolist():
            ok[i] = person_display_name(_text(vals.text, i))
        yield from vals.spans(ok, ENTITY, SCORE)


def _text(values: pa.Array, i: int) -> str:
    return values[i].as_py() or ""


@register("display_names")
def _factory(config: EngineConfig) -> DisplayNameDetector | None:
    return DisplayNameDetector() if ENTITY in config.entities else None
