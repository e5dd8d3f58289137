"""Consent-management and privacy-rights exports: whose a consent id, a cookie's row and a
request's clocks are.

A health system's consent tooling exports four kinds of rows whose columns read as a
person's, or as no one's, only beside their neighbours:

* a cookie-consent log's ``Consent ID`` (OneTrust's and Cookiebot's consent logs) and a
  Usercentrics consent history's ``controllerId`` are the browser's cookie id, which every
  later consent from that browser carries and the vendor resolves to its history: an
  ONLINE_ID (the tags-and-replay probe's decision). A bare ``consent_id`` is also how a
  lead seller numbers its TCPA consent records and how a clinic numbers a signed consent
  form (a 42 CFR Part 2 consent, a cord blood donation consent), which name no browser.
  So the id is read as the browser's only beside what only a cookie banner records
  (:func:`consent_log_ids`): the consent groups or categories granted (OneTrust's
  ``C0001:1``, Cookiebot's ``Necessary`` / ``Statistics`` / ``Marketing`` columns), the
  GPC signal, the IAB TCF, GPP or US privacy strings, Usercentrics' ``settingsId``;
* a cookie inventory's or a cookie scan's row (OneTrust's cookie list: ``Cookie Name``
  beside its ``Lifespan`` or ``Expiry``; Cookiebot's scan report: a bare ``Name`` beside
  its ``Provider``, ``Purpose`` and ``Expiry``) describes a cookie the site sets, not a
  visitor:
  its own ``Cookie ID`` is the inventory's row key and its scan stamps the scanner's
  (:func:`cookie_inventory_columns`), though ``cookie_id`` is a visitor's cookie anywhere
  else;
* a privacy-rights request (a DSAR under CCPA/CPRA, Washington's My Health My Data Act:
  a ``Request Type`` beside a ``Regulation`` or a verification method) carries the
  privacy office's workflow dates, when the request was received, its statutory
  deadline, when it was closed or extended: the office's clock, the same kind on every
  request, as a help desk's ``due_by`` is (:func:`privacy_request_clocks`). The
  requester's own dates (a birth date given to verify them) keep their words;
* a consent record's capture stamp (a TCPA consent registry's ``Captured``, a receipt's
  ``collected_on``) is when the consent platform recorded the consent, as OneTrust's
  ``consentDate`` already is a machine field (:func:`consent_capture_clocks`). A signed
  form's ``signed_date`` is the signer's and is read as ever.

Pure functions over a chunk's distinct paths, asked once per chunk by
:func:`detectors.chunk_profiles.profile_paths`. No per-cell work.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.field_names import key_tokens

#: Last keys of a consent log's browser id: OneTrust's and Cookiebot's ``Consent ID``,
#: Usercentrics' ``controllerId``.
CONSENT_ID_KEYS = frozenset(
    {("consent", "id"), ("consentid",), ("controller", "id"), ("controllerid",)}
)
#: Keys only a cookie banner's consent log holds: the groups or purposes granted, the
#: Global Privacy Control signal, the IAB's TCF, GPP and US privacy strings, the CMP's
#: settings (Usercentrics' ``settingsId``) and consent model (OneTrust's).
COOKIE_CONSENT_KEYS = frozenset(
    {("consent", "groups"), ("consent", "group"), ("groups",), ("active", "groups"),
     ("consent", "categories"), ("consent", "model"),
     ("gpc",), ("sec", "gpc"), ("gpc", "signal"), ("browser", "gpc", "flag"),
     ("is", "gpc", "enabled"),
     ("euconsent",), ("euconsent", "v2"), ("tc", "string"), ("tcf", "string"),
     ("tcstring",), ("gpp",), ("gpp", "string"), ("gpp", "sid"), ("us", "privacy"),
     ("usprivacy",), ("settings", "id"), ("settingsid",)}
)  # fmt: skip
#: Cookiebot's consent log heads one column per cookie category; two of them together are
#: a banner's choice (one alone is a marketing opt-in anywhere).
COOKIE_CATEGORY_KEYS = frozenset(
    {("necessary",), ("preferences",), ("statistics",), ("marketing",), ("functional",),
     ("performance",), ("targeting",), ("unclassified",)}
)  # fmt: skip


def _object_keys(keys: Sequence[tuple[tuple[str, ...], ...]], depth: int) -> set[tuple[str, ...]]:
    """The last keys of the paths whose object is ``depth`` deep (top level: 0)."""
    return {k[-1] for k in keys if len(k) == depth + 1}


def consent_log_ids(paths: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, "ONLINE_ID")`` of a cookie-consent log's consent id: a key of
    :data:`CONSENT_ID_KEYS` whose object also holds a cookie banner's key
    (:data:`COOKIE_CONSENT_KEYS`) or two cookie-category columns
    (:data:`COOKIE_CATEGORY_KEYS`)."""
    keys = [key_tokens(p) for p in paths]
    found = []
    for i, k in enumerate(keys):
        if not k or k[-1] not in CONSENT_ID_KEYS:
            continue
        siblings = _object_keys(keys, len(k) - 1)
        if siblings & COOKIE_CONSENT_KEYS or len(siblings & COOKIE_CATEGORY_KEYS) >= 2:
            found.append((i, "ONLINE_ID"))
    return found


#: Last keys of a cookie's own name in an inventory or a scan report.
COOKIE_NAME_KEYS = frozenset({("cookie", "name"), ("cookie",), ("cookie", "key")})
#: Words of a cookie's lifespan as inventories head it (``Lifespan``, ``Expiry``,
#: ``Duration``, ``Max Age``, ``Retention Period``).
COOKIE_LIFESPAN_WORDS = frozenset(
    {"lifespan", "lifetime", "expiry", "expiration", "expires", "duration", "retention", "age"}
)
#: Words of an inventory's own ids and scan stamps (``Cookie ID``, ``Last Scanned``,
#: ``first_found``, ``Scan Date``).
INVENTORY_OWN_WORDS = frozenset({"id", "scanned", "scan", "found", "seen", "date", "at", "on"})
#: A page the scanner found the cookie on (``First found URL``) is still read as a page.
_URL_WORDS = frozenset({"url", "uri", "link", "page"})


#: A cookie declaration's columns beside a bare ``Name`` (Cookiebot's scan report and
#: cookie declaration: ``Name``, ``Provider``, ``Purpose``, ``Expiry``, ``Type``): who sets
#: the cookie and what it is for.
COOKIE_SETTER_KEYS = frozenset({("provider",), ("host",), ("domain",)})
COOKIE_PURPOSE_KEYS = frozenset({("purpose",), ("category",)})


def _cookie_row(tops: set[tuple[str, ...]]) -> bool:
    """True when top-level keys name a cookie and its lifespan: a cookie's name key
    (:data:`COOKIE_NAME_KEYS`), or a bare ``Name`` with its setter and its purpose
    (:data:`COOKIE_SETTER_KEYS`, :data:`COOKIE_PURPOSE_KEYS`)."""
    if not any(COOKIE_LIFESPAN_WORDS.intersection(k) for k in tops):
        return False
    if tops & COOKIE_NAME_KEYS:
        return True
    return ("name",) in tops and bool(tops & COOKIE_SETTER_KEYS and tops & COOKIE_PURPOSE_KEYS)


def cookie_inventory_columns(paths: Sequence[str]) -> list[int]:
    """Indices of a cookie inventory row's own ids and stamps (:data:`INVENTORY_OWN_WORDS`)
    when its top-level columns name a cookie and its lifespan (:func:`_cookie_row`): the
    row describes a cookie the site sets, not a visitor who holds one."""
    keys = [key_tokens(p) for p in paths]
    if not _cookie_row(_object_keys(keys, 0)):
        return []
    return [
        i
        for i, k in enumerate(keys)
        if len(k) == 1
        and k[0] not in COOKIE_NAME_KEYS
        and INVENTORY_OWN_WORDS.intersection(k[0])
        and _URL_WORDS.isdisjoint(k[0])
    ]


#: Last keys of a privacy-rights request's type (OneTrust's ``Request Type``, a webform's
#: ``requestType``, WordPress's ``request_action_name``).
REQUEST_TYPE_KEYS = frozenset(
    {("request", "type"), ("requesttype",), ("request", "action", "name"), ("right",),
     ("right", "type"), ("dsar", "type"), ("dsr", "type")}
)  # fmt: skip
#: Keys that only a privacy-rights request carries beside its type: the law it is made
#: under, the kind of data subject, how the requester's identity was verified, an
#: authorised agent.
PRIVACY_REQUEST_SIGNS = frozenset(
    {("regulation",), ("law",), ("privacy", "law"), ("jurisdiction",), ("subject", "type"),
     ("data", "subject", "type"), ("verification", "method"), ("verification", "status"),
     ("identity", "verification"), ("authorized", "agent"), ("is", "authorized", "agent"),
     ("authorised", "agent")}
)  # fmt: skip
#: Words of a request's workflow dates (``Date Received``, ``Deadline``, ``due_date``,
#: ``Closed On``, ``Extended To``).
REQUEST_CLOCK_WORDS = frozenset(
    {"received", "deadline", "due", "closed", "completed", "extended", "extension",
     "verified", "fulfilled", "responded", "acknowledged"}
)  # fmt: skip


def privacy_request_clocks(paths: Sequence[str]) -> list[int]:
    """Indices of a privacy-rights request's workflow dates (:data:`REQUEST_CLOCK_WORDS`)
    when its top-level columns hold a request type (:data:`REQUEST_TYPE_KEYS`) and a
    privacy request's sign (:data:`PRIVACY_REQUEST_SIGNS`)."""
    keys = [key_tokens(p) for p in paths]
    tops = _object_keys(keys, 0)
    if not tops & REQUEST_TYPE_KEYS or not tops & PRIVACY_REQUEST_SIGNS:
        return []
    return [i for i, k in enumerate(keys) if len(k) == 1 and REQUEST_CLOCK_WORDS.intersection(k[0])]


#: Words of a consent record's capture stamp (``Captured``, ``capture_date``,
#: ``collected_on``, ``Granted``), with the clock words that may stand beside them.
CAPTURE_WORDS = frozenset({"captured", "capture", "collected", "granted", "obtained"})
_CLOCK_WORDS = frozenset({"date", "time", "datetime", "timestamp", "ts", "at", "on", "utc"})


def consent_capture_clocks(paths: Sequence[str]) -> list[int]:
    """Indices of a consent record's capture stamps: a key made only of
    :data:`CAPTURE_WORDS` and clock words, in a chunk with a ``consent`` key."""
    keys = [key_tokens(p) for p in paths]
    if not any("consent" in key for k in keys for key in k):
        return []
    return [
        i
        for i, k in enumerate(keys)
        if k and CAPTURE_WORDS.intersection(k[-1]) and set(k[-1]) <= CAPTURE_WORDS | _CLOCK_WORDS
    ]
