"""ONLINE_ID and NAME of the person who posted, in social, community and review exports.

Social-listening tools (Brandwatch, Sprinklr, Meltwater, Talkwalker, Sprout Social), the
platforms' own APIs (Graph API comments and Messenger, X API v2, Reddit, YouTube) and
review exports name the poster in fields that no CRM has: ``Author``, ``Author Handle``,
``Influencer``, ``Customer Handle``, ``authorDisplayName``, ``reviewerDisplayName``,
``extra_author_attributes.short_name``, Reddit's ``author`` and ``author_fullname``,
YouTube's ``authorChannelId``, the Graph API's ``from.name`` and ``from.id``, a Messenger
webhook's ``sender.id``. The project's decision: a public handle or display name
identifies the person who posted it (ONLINE_ID for a handle, NAME for a name), and the
platform's id of that person's account is OTHER_ID (as ``sender_id`` and ``requester_id``
already are; ONLINE_ID for the opaque account keys ``t2_…`` and ``UC…``).

Decisions worth knowing:
    * The value's shape says which: one token (``jess_runs513``, ``@tanyab.momof3``,
      ``u/flaky_but_fine_88``) is a handle, ONLINE_ID; words shaped like a name (the
      field-name classifier's NAME check) are a NAME. A handle must have a letter (a
      Twilio Conversations ``author`` is a phone number, left to the phone detector).
    * A bare ``author`` is a byline (a blog's, a news article's) as often as a poster: its
      name-shaped values count only in a chunk that is a social export (a handle, followers
      or screen-name field beside it); a handle-shaped one always does. A bare ``from`` is
      an email address or a phone number in most exports: only an ``@handle`` there.
    * An organisation is no one (:mod:`detectors.organisations`): the health system's own
      account ("Lakeside Health System" in ``from.name`` of the Page's reply) is not a
      NAME, and the handle and account id beside that name (same record, same object) are
      not reported either. The health system posting about a condition is no individual's
      health.
    * The company's own staff are not the poster: keys with staff words (``Assignee``,
      ``Assigned To``, ``Completed By``) are never read here.
    * Placeholders of the platforms (``[deleted]``, ``A Google User``, ``Anonymous``,
      ``AutoModerator``) name no one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from enum import Enum

import numpy as np
import pyarrow as pa

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import (
    NOT_A_PERSON,
    PERSON_CONTAINERS,
    SOCIAL_ACCOUNT_OBJECTS,
    STAFF_WORDS,
    VALIDATORS,
    key_tokens,
)
from detectors.organisations import organisation_name
from detectors.registry import register
from detectors.spans import Span


class Kind(Enum):
    """What a field holds about the poster."""

    HANDLE = "handle"  # a handle or a name: ONLINE_ID or NAME by its shape
    DISPLAY_NAME = "display_name"  # a display name: a NAME, or a handle if marked as one
    BYLINE = "byline"  # a bare ``author``: a handle always, a name in a social export only
    AT_HANDLE = "at_handle"  # a bare ``from``: only an ``@handle``
    FROM_NAME = "from_name"  # ``From Name``: a name in a social export only
    ACCOUNT_ID = "account_id"  # the platform's id of the poster's account: OTHER_ID
    ACCOUNT_KEY = "account_key"  # an opaque account key (``t2_…``, ``UC…``): ONLINE_ID


#: Words of a key naming the person who posted, commented or reviewed.
AUTHOR_WORDS = frozenset({"author", "poster", "commenter", "reviewer", "influencer"})
#: Parents whose ``id`` is the account of a message's sender (Graph API ``from.id``,
#: Messenger and Instagram webhooks' ``sender.id``).
SENDER_PARENTS = frozenset({("from",), ("sender",)})
#: Last tokens of the keys that say, in a chunk, that its rows are social posts.
_SOCIAL_SIBLINGS = frozenset({"handle", "followers"})
_SCORE = 0.85

#: A handle: one token of letters, digits, ``_``, ``.`` and ``-``, maybe after ``@`` or
#: Reddit's ``u/``, with a letter.
_HANDLE = re.compile(r"(?:@|u/)?(?=[\w.-]*[A-Za-z])[A-Za-z0-9_][\w.-]{1,39}")
#: What makes one word in a display-name field a handle, not a word ("Clinic" as an email
#: sender's display name): an ``@``, ``u/``, a digit, ``_`` or ``.``.
_HANDLE_MARK = re.compile(r"^@|^u/|[\d_.]")
_NAME_KINDS = frozenset({Kind.HANDLE, Kind.DISPLAY_NAME})
_AT_HANDLE = re.compile(r"@[A-Za-z0-9_][\w.]{1,29}")
_ACCOUNT_ID = re.compile(r"(?=[\w-]*\d)[A-Za-z0-9][\w-]{3,63}")
#: Platform placeholders in author fields (compared lower-cased, without a leading ``@``).
PLACEHOLDERS = frozenset(
    {
        *("anonymous", "anon", "[deleted]", "deleted", "[removed]", "removed", "unknown"),
        *("a google user", "google user", "facebook user", "instagram user", "yelp user"),
        *("automoderator", "admin", "administrator", "guest", "none", "null", "n/a"),
        # a chat transcript's speaker role (LiveChat's, Drift's and a website chat
        # widget's ``messages[].author`` = "visitor" or "agent"): which side wrote the
        # line, not an account; the visitor's own name or handle is elsewhere
        *("visitor", "agent", "operator", "bot", "system", "customer", "user", "assistant"),
    }
)


@functools.lru_cache(maxsize=8192)
def author_field(path: str) -> Kind | None:
    """What a field (hint path) holds about the poster, or None (cached per path)."""
    keys = key_tokens(path)
    if not keys:
        return None
    last, parent = keys[-1], keys[-2] if len(keys) > 1 else ()
    if STAFF_WORDS.intersection(last) or STAFF_WORDS.intersection(parent):
        return None
    if len(keys) == 3 and tuple(k[-1] for k in keys[:2]) in SOCIAL_ACCOUNT_OBJECTS:
        return _ACCOUNT_FIELDS.get(last)  # X's ``includes.users[0].username``
    return _name_kind(last, parent) or _id_kind(last, parent)


#: The fields of an account object (X API v2 ``includes.users``).
_ACCOUNT_FIELDS = {
    ("name",): Kind.DISPLAY_NAME,
    ("username",): Kind.HANDLE,
    ("id",): Kind.ACCOUNT_ID,
}


def _author_parent(parent: tuple[str, ...]) -> bool:
    """``author``, ``extra_author_attributes``, ``author_info``: the poster's object."""
    if not parent:
        return False
    if parent[-1] in PERSON_CONTAINERS:
        parent = parent[:-1]
    return bool(parent) and parent[-1] in AUTHOR_WORDS


def _name_kind(last: tuple[str, ...], parent: tuple[str, ...]) -> Kind | None:
    if last == ("author",):
        return Kind.BYLINE
    if len(last) == 1 and last[0] in AUTHOR_WORDS:
        return Kind.HANDLE  # ``Reviewer``, ``Influencer``
    if last == ("from",):
        return Kind.AT_HANDLE
    if last == ("from", "name"):
        return Kind.FROM_NAME
    if last == ("name",) and parent == ("from",):
        return Kind.DISPLAY_NAME  # the Graph API's ``from.name``
    if last[-1] == "handle" and (len(last) > 1 or _author_parent(parent)):
        return Kind.HANDLE  # ``Author Handle``, ``Customer Handle``; not Shopify's ``Handle``
    if last[-1] == "nickname" and not NOT_A_PERSON.intersection(last):
        return Kind.DISPLAY_NAME  # Vitals' ``Nickname``, App Store's ``reviewerNickname``
    if _social_screen_name(last):
        return Kind.DISPLAY_NAME  # Meltwater's ``Twitter Screen Name``, Sprinklr's sender's
    if last in {("short", "name"), ("username",), ("display", "name")} and _author_parent(parent):
        return Kind.HANDLE  # Talkwalker's ``extra_author_attributes.short_name``
    if last[-2:] == ("display", "name") and len(last) > 2 and last[-3] in AUTHOR_WORDS:
        return Kind.DISPLAY_NAME  # YouTube's ``authorDisplayName``, ``reviewerDisplayName``
    return None


#: Words before ``screen name`` that make it a social account's, not an app's screen
#: (GA4's ``unified_screen_name`` is "Find a Doctor").
_SOCIAL_PREFIXES = frozenset(
    {"twitter", "x", "instagram", "tiktok", "sender", "author", "from", "customer", "social"}
)


def _social_screen_name(last: tuple[str, ...]) -> bool:
    """``Twitter Screen Name``, ``Sender Screen Name``: a social account's screen name."""
    return len(last) > 2 and last[-2:] == ("screen", "name") and set(last[:-2]) <= _SOCIAL_PREFIXES


def _id_kind(last: tuple[str, ...], parent: tuple[str, ...]) -> Kind | None:
    if last[-2:] == ("author", "id") and not NOT_A_PERSON.intersection(last[:-2]):
        return Kind.ACCOUNT_ID  # X's ``author_id``, Brandwatch's ``Twitter Author ID``
    if last == ("id",) and (
        parent in SENDER_PARENTS or (len(parent) > 1 and _author_parent(parent))
    ):
        return Kind.ACCOUNT_ID  # Graph API ``from.id``, Talkwalker ``extra_author_attributes.id``
    if last in {("author", "fullname"), ("author", "channel", "id")}:
        return Kind.ACCOUNT_KEY  # Reddit's ``t2_…``, YouTube's ``UC…``
    return None


class SocialAuthorDetector:
    """The poster's handle, name and account id in social and review exports."""

    name = "social_authors"
    entities = frozenset({"ONLINE_ID", "NAME", "OTHER_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        # a nickname the chunk's shape made a machine field is a price's or a plan's label
        # ("Semaglutide Monthly": :mod:`detectors.chunk_profiles`), not a reviewer's
        kinds = [
            None if profile.system and p.endswith("nickname") else author_field(p)
            for p, profile in zip(ctx.cells.paths, ctx.profiles, strict=True)
        ]
        if not any(kinds):
            return
        hint = ctx.cells.hint_id
        wanted = np.fromiter((k is not None for k in kinds), dtype=bool, count=len(kinds))
        cells = np.flatnonzero(wanted[hint])
        texts = ctx.cells.text
        cell_kinds = [kinds[int(h)] for h in hint[cells].tolist()]
        social = _social_chunk(ctx.cells.paths) or any(
            k is Kind.AT_HANDLE and _AT_HANDLE.fullmatch(texts[c].strip())
            for c, k in zip(cells.tolist(), cell_kinds, strict=True)
        )
        names = _name_shaped(ctx, cells)
        organisations, organisation_ids = _organisation_accounts(ctx, cells)
        for i, cell in enumerate(cells.tolist()):
            kind = cell_kinds[i]
            text = texts[cell]
            value = text.strip()
            if not value or value.lower().lstrip("@") in PLACEHOLDERS:
                continue
            record = int(ctx.cells.record[cell])
            if _object_key(ctx, cell) in organisations or (record, value) in organisation_ids:
                continue  # the organisation's own account: its handle and id are no one's
            entity = _entity(kind, value, bool(names[i]), social)
            if entity is not None and ctx.enabled(entity):
                start = text.index(value)
                yield Span(cell, start, start + len(value), entity, _SCORE, "field_name")


def _entity(kind: Kind, value: str, name_shaped: bool, social: bool) -> str | None:
    """The entity a poster field's value is, by its kind and shape (see the module doc)."""
    if kind is Kind.ACCOUNT_ID:
        return "OTHER_ID" if _ACCOUNT_ID.fullmatch(value) else None
    if kind is Kind.ACCOUNT_KEY:
        return "ONLINE_ID" if _ACCOUNT_ID.fullmatch(value) else None
    if kind is Kind.AT_HANDLE:
        return "ONLINE_ID" if _AT_HANDLE.fullmatch(value) else None
    handle = _HANDLE.fullmatch(value) is not None
    if kind is Kind.DISPLAY_NAME:
        handle = handle and _HANDLE_MARK.search(value) is not None
    if handle and kind is not Kind.FROM_NAME:
        return "ONLINE_ID"
    if name_shaped and " " in value and (kind in _NAME_KINDS or social):
        return "NAME"
    return None


def _social_chunk(paths: tuple[str, ...]) -> bool:
    """True when a chunk's fields are a social export's: a handle or followers field, or a
    screen name (read once per chunk)."""
    for path in paths:
        keys = key_tokens(path)
        if keys and (keys[-1][-1] in _SOCIAL_SIBLINGS or _social_screen_name(keys[-1])):
            return True
    return False


def _name_shaped(ctx: ScanContext, cells: np.ndarray) -> np.ndarray:
    """Per cell of ``cells``: shaped like a person's name, not an organisation's
    (the field-name classifier's NAME check, one vectorized pass)."""
    if len(cells) == 0:
        return np.zeros(0, dtype=bool)
    values = ctx.cells.arrow_text.take(pa.array(cells, type=pa.int64()))
    return VALIDATORS["NAME"](values)


def _object_key(ctx: ScanContext, cell: int) -> tuple[int, str]:
    """A cell's record and the path of the object it sits in (``comments.data[0].from``)."""
    path = ctx.cells.paths[int(ctx.cells.path_id[cell])]
    return int(ctx.cells.record[cell]), path.rpartition(".")[0]


def _organisation_accounts(
    ctx: ScanContext, cells: np.ndarray
) -> tuple[set[tuple[int, str]], set[tuple[int, str]]]:
    """The objects ``(record, parent path)`` whose poster name is an organisation's, and
    the ``(record, id)`` of their accounts: X names the brand's account in
    ``includes.users`` and its id again in the tweet's ``author_id``."""
    objects: set[tuple[int, str]] = set()
    texts = ctx.cells.text
    for cell in cells.tolist():
        if organisation_name(texts[cell].strip()):
            objects.add(_object_key(ctx, cell))
    for cell in _sibling_names(ctx, objects):
        objects.add(_object_key(ctx, cell))
    ids: set[tuple[int, str]] = set()
    if objects:
        for cell in cells.tolist():
            record, parent = _object_key(ctx, cell)
            path = ctx.cells.paths[int(ctx.cells.path_id[cell])]
            if (record, parent) in objects and path.rpartition(".")[2] == "id":
                ids.add((record, texts[cell].strip()))
    return objects, ids


def _sibling_names(ctx: ScanContext, known: set[tuple[int, str]]) -> list[int]:
    """Name cells that are no poster field but name an organisation account (a CSV's
    ``Full Name`` beside the handle, X's ``includes.users[0].name``): only the cells of
    ``*name`` fields with a space, screened by path and substring before any Python."""
    several_words = ctx.containing(" ") & ctx.path_mask(_name_path)
    texts = ctx.cells.text
    return [
        cell
        for cell in np.flatnonzero(several_words).tolist()
        if organisation_name(texts[cell].strip()) and _object_key(ctx, cell) not in known
    ]


@functools.lru_cache(maxsize=8192)
def _name_path(path: str) -> bool:
    """A person-like name field (``Full Name``, ``Sender Name``), not a business's,
    location's or page's (``Business Name``, ``Location Name``)."""
    keys = key_tokens(path)
    return (
        bool(keys)
        and keys[-1][-1] == "name"
        and not (NOT_A_PERSON | _PLACE_WORDS).intersection(keys[-1])
    )


#: Name fields of a place or a clinician in review exports, never the poster's.
_PLACE_WORDS = frozenset({"location", "practice", "provider", "doctor", "physician", "clinic"})


@register("social_authors")
def _factory(config: EngineConfig) -> SocialAuthorDetector:
    return SocialAuthorDetector()
