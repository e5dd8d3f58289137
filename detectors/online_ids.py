"""ONLINE_ID and HASHED_ID: tracking codes tied to a browser or person, and hashed identifiers.

Marketing exports are full of per-person tracking codes (Safe Harbor's "any other unique
identifying number or code"): GA4's ``user_pseudo_id``, Segment's ``anonymousId``, Meta's
``fbp``/``fbc`` browser and click ids, click ids in landing-page URLs (``gclid``,
``fbclid``, ``msclkid``), HubSpot's ``hubspotutk`` cookie. Three ways to find them:

* **by field**: the field-name classifier (:mod:`detectors.field_names`) marks fields
  that hold them (including URL query values, whose hint path ends in ``?gclid``); their
  whole value is reported. A hex digest there (a hashed ``external_id``) is HASHED_ID, and
  an ``@`` is left to the email detector.
* **hashed direct identifiers by field**: a 64/40/32-hex value (SHA-256/SHA-1/MD5) in a
  field that holds a direct identifier (Meta ``user_data`` ``em``/``ph``/``fn``/``ln``/
  ``db``/``ct``/``zp``/``external_id``, ``hashed_email``, ``email_sha256``). Digests in
  ``event_id``, message, transaction and content ids, checksums and etags are *not*
  reported: those fields have no identifier prior (they are system fields). Meta's hashed
  ``ge`` (gender), ``st`` (state) and ``country`` are not reported either: none is a Safe
  Harbor identifier, and the digest of a two-letter value hides nothing worth reporting.
* **by shape, anywhere in text**: cookie strings and query strings (``_ga=GA1.1.…;
  _fbp=fb.1.…``, ``…&gclid=…``) and the unmistakable ``fb.1.<13-digit ms>.<id>`` and
  ``GA1.<n>.<id>.<epoch>`` shapes, and lead-generation consent certificates
  (``https://cert.trustedform.com/<40 hex>``, its ``ping.trustedform.com`` twin): each
  names one consumer's form session, and lead posts carry them under any field name
  (``xxTrustedFormCertUrl``, ``TrustedForm``, ``appended.trustedform.cert_url``). Only the
  certificate token is reported; the host stays readable. An RE2 prefilter keeps this off
  ordinary cells.
* **email service providers' per-recipient tokens** (a unique code minted for one recipient
  of one send, which the ESP resolves to that contact): Marketo's ``mkt_tok``, Klaviyo's
  ``_kx``, SendGrid's and Braze's ``upn``, Marketing Cloud's ``sfmc_sub``/``sfmc_id`` by
  name; Mailchimp's ``e`` (10 hex digits) only on a ``list-manage.com`` link or as a split
  link's ``?e``, and Marketing Cloud's ``qs`` only as a long hex string. The send's codes
  beside them (HubSpot's ``_hsmi``, Mailchimp's ``u`` and ``id``) are not reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import (
    B64_SHA256,
    HASHABLE,
    HEX_HASH,
    entity_mask,
    key_tokens,
    lengths,
    make_spans,
    matches,
    whole_values,
)
from detectors.keyed import LABEL_START
from detectors.registry import register
from detectors.spans import Span

#: Cookie and query-parameter names whose value is a per-browser or per-person id.
TRACKING_PARAMS: tuple[str, ...] = (
    "_ga",
    "_gid",
    "_fbp",
    "_fbc",
    "_gcl_aw",
    "_gcl_au",
    "_gcl_dc",
    "_gcl_gb",
    "hubspotutk",
    "__hstc",
    "_hsenc",
    "ajs_anonymous_id",
    "ajs_user_id",
    "_uetvid",
    "_uetsid",
    "_ttp",
    "li_fat_id",
    "mc_eid",
    "gclid",
    "fbclid",
    "msclkid",
    "ttclid",
    "dclid",
    "gbraid",
    "wbraid",
    "twclid",
    "yclid",
    # Meta's own cookies, sent with every pixel request in a HAR export: ``c_user`` is the
    # logged-in Facebook user's id, ``datr`` the browser's
    "c_user",
    "datr",
    # first-party cookies of the Reddit, Snapchat, Pinterest pixels and Microsoft Clarity
    "_rdt_uuid",
    "_scid",
    "_pin_unauth",
    "_clck",
    # identity-graph cookies that header bidding writes: Quantcast, SharedID, Criteo,
    # LiveRamp's RampID envelope, Unified ID 2.0, ID5, Lotame Panorama
    "__qca",
    "_pubcid",
    "cto_bundle",
    "idl_env",
    "_lr_env",
    "__uid2_advertising_token",
    "id5id",
    "panoramaId",
    # Adobe Target's visitor id as at.js sends it on every mbox request (``mboxPC``, the
    # profile's ``tntId``)
    "mboxPC",
    # OneTrust's consent id inside its ``OptanonConsent`` cookie, as a raw Cookie header
    # carries it (:data:`detectors.field_names.CONSENT_COOKIE_PARAMS`)
    "consentId",
    # email service providers' per-recipient click tokens, minted for one recipient of one
    # send and resolved by the ESP to that contact: Marketo's ``mkt_tok``, Klaviyo's
    # ``_kx``, SendGrid's (and Braze's, which sends through it) ``/ls/click?upn=``, and
    # Marketing Cloud's Web Analytics Connector ``sfmc_sub`` / ``sfmc_id`` (the subscriber)
    "mkt_tok",
    "_kx",
    "upn",
    "sfmc_sub",
    "sfmc_id",
)

#: Mailchimp's tracking and list hosts (``<account>.us5.list-manage.com/track/click``).
_MAILCHIMP_LINK = r"(?i:list-manage\.com/)"
#: Mailchimp's unique email id: 10 lower-case hex digits (``e=`` and ``mc_eid=``).
_MAILCHIMP_EUID = r"[0-9a-f]{10}"
#: Marketing Cloud's per-recipient ``qs`` on its click host (``cl.S7.exct.net/?qs=``,
#: ``click.e.<brand>/?qs=``): one long hex string, far longer than any digest.
_SFMC_QS = r"[0-9a-f]{96,2048}"
_NAMES = "|".join(re.escape(n) for n in sorted(TRACKING_PARAMS, key=len, reverse=True))
#: RE2 prefilter: a tracking ``name=`` pair, or a Meta/GA cookie value shape.
PREFILTER = (
    rf"(?:{_NAMES})=|fb\.[0-2]\.[0-9]{{13}}\.|GA1\.[0-9]\.[0-9]|_mch-[A-Za-z0-9]"
    r"|(?i:(?:cert|ping)\.trustedform\.com/)"
    rf"|{_MAILCHIMP_LINK}|qs=[0-9a-f]{{96}}"
)
#: A token's characters after its first: letters, digits, ``._-`` and percent escapes
#: (Klaviyo's ``_kx`` holds an encoded ``=``) but for an encoded quote, ``&`` or space,
#: which end the value the way ``"``, ``&`` and a space do.
_VALUE_TAIL = r"(?:[A-Za-z0-9._-]|%(?!2[026])[0-9A-Fa-f]{2}){3,511}"
# A name or shape may be glued to a number before it ("555-0143GA1.1.…"): the left edge
# refuses letters, ``_``, ``-`` and ``.`` but not digits (see ``detectors.keyed``).
PATTERN = re.compile(
    rf"{LABEL_START}(?<!-)(?:{_NAMES})=(?:%22|\")?(?P<pair>[A-Za-z0-9]{_VALUE_TAIL})"
    + "|"
    + LABEL_START
    + r"(?<!\.)(?P<shape>fb\.[0-2]\.\d{13}\.[A-Za-z0-9_-]{6,512}|GA1\.\d\.\d{5,12}\.\d{9,11}"
    # Marketo's munchkin token (``_mkto_trk=id:123-ABC-456&token:_mch-<host>-<ms>-<n>``)
    r"|_mch-[A-Za-z0-9.-]{1,253}-\d{13}-\d{3,6})"
    r"(?![\w-])"
    # a TrustedForm certificate: 40 hex digits after the cert host, or the ping URL's token
    r"|(?i:cert\.trustedform\.com/)(?P<cert>[0-9A-Fa-f]{40})(?![0-9A-Za-z])"
    r"|(?i:ping\.trustedform\.com/)(?P<ping>[A-Za-z0-9][A-Za-z0-9._~-]{15,511})"
    # an ESP's recipient token that only its own link names: Mailchimp's ``e`` (the
    # subscriber's unique email id, 10 hex digits) on a ``list-manage.com`` link (in HTML
    # the ``&`` is ``&amp;``), and Marketing Cloud's ``qs`` (a long hex string)
    rf"|{_MAILCHIMP_LINK}[^\s\"'<>]*?[?&;]e=(?P<mce>{_MAILCHIMP_EUID})(?![0-9A-Za-z])"
    rf"|(?<![\w-])qs=(?P<qs>{_SFMC_QS})(?![0-9A-Za-z])"
)
_GROUPS = ("pair", "shape", "cert", "ping", "mce", "qs")

_SCORE = 0.9
#: ONLINE_ID fields whose hex values are hashes of a person's identifier (Meta asks for a
#: hashed ``external_id``; a hex GA4/Segment ``user_id`` is a hashed login or email);
#: elsewhere hex is just how the id looks (``hubspotutk``).
_HASHED_ONLINE_WORDS = frozenset({"external", "extern", "user"})
#: ...but an app stream's ``user_pseudo_id`` is the Firebase app instance id, 32 random hex
#: digits that hash nothing: a tracking code (ONLINE_ID) however digest-like it looks.
_NOT_HASHED_WORDS = frozenset({"pseudo", "instance"})
_BY_FIELD = frozenset({"ONLINE_ID", "HASHED_ID"})
#: Keys of a client id: GA's ``clientId`` (``123456789.1700000000``), Segment's and
#: Amplitude's are a browser's, and always hold digits. A value of letters alone there
#: (``ACMEHP``) is an account's or a tenant's code, as an engagement vendor's export names
#: its health-plan client, not a tracking code.
_CLIENT_ID_KEYS = frozenset({("client", "id"), ("clientid",)})


def _client_id_path(path: str) -> bool:
    keys = key_tokens(path)
    return bool(keys) and keys[-1] in _CLIENT_ID_KEYS


#: Object ids of telephony and call-tracking platforms: Twilio's SIDs (a two-letter type,
#: then 32 hex digits: ``CA…`` a call, ``SM…`` a message, ``AC…`` the account) and
#: CallRail's ids (``CAL…`` a call, ``COM…`` a company, ``TRK…`` a tracker). A CRM that
#: logs a call keeps the platform's id as its ``externalId`` (HubSpot's call engagement);
#: it names a call, a message or an account, never a browser or a person. Twilio's
#: Conversations user (``US…``) is left out: that one is a person's.
_TELEPHONY_OBJECT_ID = (
    r"^(?:AC|CA|SM|MM|MG|PN|RE|TR|CH|IM|MB|FN|FW|CF|QU|WK|WT|CAL|COM|ACC|TRK|SMT)[0-9a-f]{32}$"
)


#: A social handle (``@kimmy_runs_``): an account's public id, as social-listening exports
#: write it in ``author.username``. No e-mail address starts with ``@``.
_SOCIAL_HANDLE = r"^@[A-Za-z0-9_.]{2,30}$"


#: A platform's or an organisation's own account in a login or handle field: Discourse's
#: ``system`` and ``discobot``, Reddit's ``AutoModerator``, a community team's
#: ``inspire_team``, ``acme_support``, ``site-admin``, ``mods``. Like a role mailbox
#: (:mod:`detectors.role_cards`), it names a function, not a member: its posts about a
#: condition are no one's health.
ROLE_ACCOUNT = (
    r"(?i)^(?:system|discobot|automoderator|admin|administrator|moderator|moderators|mods)$"
    r"|[_.-](?:[Tt]eam|TEAM|[Ss]upport|SUPPORT|[Ss]taff|[Aa]dmins?|[Mm]oderators|[Mm]ods"
    r"|[Hh]elpdesk)$"
)


def plausible_online_ids(v: pa.Array) -> np.ndarray:
    """Plausible tracking codes: no spaces or ``@`` (but a leading one of a social handle),
    4+ letters/digits, not all zeros, not a
    URL or URL path (a page URL in a ``user_id`` column is scanned inside, not reported whole:
    it is split into pieces only when it has no space, which redaction can take away), not a
    telephony platform's object id (:data:`_TELEPHONY_OBJECT_ID`)."""
    alnum = pc.replace_substring_regex(v, pattern="[^A-Za-z0-9]+", replacement="")
    return (
        (~matches(v, r"[@\s]|^/|://") | matches(v, _SOCIAL_HANDLE))
        & (lengths(v) <= 512)
        & (lengths(alnum) >= 4)
        & ~matches(alnum, "^0+$")
        & ~matches(v, _TELEPHONY_OBJECT_ID)
    )


class OnlineIdDetector:
    """Tracking ids by field and by cookie/click-id shape; hashed identifiers by field."""

    name = "online_ids"
    entities = frozenset({"ONLINE_ID", "HASHED_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0:
            return
        by_field = self._by_field(ctx, entity_mask(ctx.profiles, _BY_FIELD))
        yield from by_field
        yield from self._hashed(ctx)
        yield from self._shapes(ctx, {s.cell for s in by_field})
        yield from self._esp_params(ctx)

    def _by_field(self, ctx: ScanContext, mask: np.ndarray) -> list[Span]:
        """Whole values of ONLINE_ID fields (and HASHED_ID fields such as ``email_sha256``)."""
        if not mask.any():
            return []
        profiles = ctx.profiles
        hashed_field = np.array(
            [
                p.entity == "HASHED_ID"
                or (
                    not _HASHED_ONLINE_WORDS.isdisjoint(p.words)
                    and _NOT_HASHED_WORDS.isdisjoint(p.words)
                )
                for p in profiles
            ],
            dtype=bool,
        )
        online_field = np.array([p.entity == "ONLINE_ID" for p in profiles], dtype=bool)
        vals = whole_values(ctx, np.flatnonzero(mask[ctx.cells.hint_id]))
        hints = ctx.cells.hint_id[vals.cells]
        digest = matches(vals.text, HEX_HASH) | matches(vals.text, B64_SHA256)
        hashed = vals.usable & hashed_field[hints] & digest
        online = vals.usable & ~hashed & online_field[hints] & plausible_online_ids(vals.text)
        online &= ~matches(vals.text, ROLE_ACCOUNT)
        client = np.fromiter(map(_client_id_path, ctx.cells.paths), dtype=bool)
        if client.any():  # a client id without a digit is an account's code
            online &= ~client[hints] | matches(vals.text, "[0-9]")
        code = np.where(hashed, 1, np.where(online, 0, -1))
        scores = np.where(hashed, _SCORE, np.array([p.score for p in profiles])[hints])
        return make_spans(vals, code, scores, ("ONLINE_ID", "HASHED_ID"))

    def _hashed(self, ctx: ScanContext) -> Iterator[Span]:
        """Hex digests in direct-identifier fields (Meta ``user_data.em``, ``zp``, ``db``...)."""
        hashable = entity_mask(ctx.profiles, HASHABLE)
        if not hashable.any():
            return
        cells = np.flatnonzero(hashable[ctx.cells.hint_id])
        values = ctx.cells.arrow_text.take(pa.array(cells, type=pa.int64()))
        texts = ctx.cells.text
        for cell in cells[matches(values, HEX_HASH)].tolist():
            yield Span(cell, 0, len(texts[cell]), "HASHED_ID", _SCORE, "field_name")

    def _shapes(self, ctx: ScanContext, reported: set[int]) -> Iterator[Span]:
        """Cookie/query ``name=value`` pairs, fbp/fbc/_ga shapes and TrustedForm
        certificates anywhere in text."""
        candidates = ctx.candidates(PREFILTER)
        if len(candidates) == 0:
            return
        texts = ctx.cells.text
        for cell in candidates.tolist():
            if cell in reported:
                continue  # reported whole by its field (not a URL: plausible_online_ids)
            for m in PATTERN.finditer(texts[cell]):
                group = next(g for g in _GROUPS if m.group(g) is not None)
                yield Span(cell, m.start(group), m.end(group), "ONLINE_ID", _SCORE, "regex")

    def _esp_params(self, ctx: ScanContext) -> Iterator[Span]:
        """A split link's Mailchimp ``e`` and Marketing Cloud ``qs`` values: their names are
        too short to mean anything alone, so only their ESP's shape of value counts."""
        wanted = ctx.path_mask(_esp_param_path)
        if not wanted.any():
            return
        texts = ctx.cells.text
        for cell in np.flatnonzero(wanted).tolist():
            text = texts[cell]
            if _ESP_VALUE.fullmatch(text):
                yield Span(cell, 0, len(text), "ONLINE_ID", _SCORE, "field_name")


#: The hint-path suffixes of :meth:`OnlineIdDetector._esp_params` (``page_location?e``).
_ESP_PARAMS = ("?e", "?qs")
#: Their values: Mailchimp's unique email id or Marketing Cloud's ``qs``.
_ESP_VALUE = re.compile(rf"{_MAILCHIMP_EUID}|{_SFMC_QS}")


def _esp_param_path(path: str) -> bool:
    return path.endswith(_ESP_PARAMS)


@register("online_ids")
def _factory(config: EngineConfig) -> OnlineIdDetector:
    return OnlineIdDetector()
