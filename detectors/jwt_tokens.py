"""JSON Web Tokens that name a person: what their payload says, reported over the token.

Sign-in flows leave JWTs wherever URLs, headers and cookies are logged: an OpenID Connect
``id_token`` in a callback URL's fragment (a Sentry event, a session replay, a proxy log),
an access token in an ``Authorization: Bearer`` header (API gateway and app logs), an
``id_token`` cookie in a HAR export. A JWT's header and payload are only base64url JSON,
not encrypted: anyone holding the log reads the subject's ``email``, ``name`` and ``sub``.
So a token is reported as the most telling identifier its payload holds, over the whole
token (three dot-separated segments; the signature alone is worth nothing once the
payload is gone, and a partial token would still be read as one):

* EMAIL when a claim holds an address (``email``, ``upn``, or a ``sub`` that is one);
* NAME when it names the person (``name``, ``given_name``, ``family_name``);
* ONLINE_ID otherwise, for its ``sub``: the user's id at the identity provider, a unique
  code tied to the person for as long as the account lives.

A token whose subject is a machine names no person and is not reported: an OAuth client-
credentials grant (Auth0's ``gty``, a ``sub`` ending in ``@clients``, or a ``sub`` equal to
the client's own id, as Okta and Entra ID issue them; Entra's ``idtyp: app``), and a token
with no subject at all (a signed state or a webhook signature). A string that only looks
like a token (a payload that is not a JSON object) is left alone.

The chunk is screened with one substring search for ``eyJ`` (``{"`` in base64), so cells
without it cost one Arrow pass each.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span
from detectors.unescape import decoded_base64

#: A JWS in compact form: base64url header and payload that both open a JSON object
#: (``eyJ`` is ``{"``), then a signature (empty for an unsigned token).
JWT = re.compile(
    r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.(?P<payload>eyJ[A-Za-z0-9_-]{8,})"
    r"\.[A-Za-z0-9_-]*(?![A-Za-z0-9_-])"
)
#: Claims that hold a person's address, name, or id at the identity provider.
EMAIL_CLAIMS = ("email", "upn", "preferred_username", "unique_name", "sub")
NAME_CLAIMS = ("name", "given_name", "family_name")
#: Claims naming the OAuth client a token was issued to (a machine's token has its own
#: client id as its subject).
CLIENT_CLAIMS = ("azp", "client_id", "cid", "appid")
_ADDRESS = re.compile(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}")
# a JWT's claims are checked by the identity provider; decoding them is validation enough
# to rank with the checksum-validated patterns
_DETECTOR = "checksum"
_SCORE = 0.9


def _claims(payload: str) -> dict[str, object] | None:
    """The payload's claims, or None when it is not base64url JSON of an object."""
    decoded = decoded_base64(payload)
    if decoded is None:
        return None
    try:
        claims = json.loads(decoded)
    except ValueError:
        return None
    return claims if isinstance(claims, dict) else None


def _machine(claims: dict[str, object], sub: str) -> bool:
    """A token issued to a program, not a person (client-credentials grants)."""
    if str(claims.get("gty", "")).lower() in {"client-credentials", "client_credentials"}:
        return True
    if str(claims.get("idtyp", "")).lower() == "app" or sub.endswith("@clients"):
        return True
    return any(sub and claims.get(c) == sub for c in CLIENT_CLAIMS)


def person_entity(claims: dict[str, object]) -> str | None:
    """The identifier a token's claims give away (None: a machine's or no subject's)."""
    sub = claims.get("sub")
    sub = str(sub) if isinstance(sub, str | int) else ""
    if _machine(claims, sub):
        return None
    if any(isinstance(v, str) and _ADDRESS.fullmatch(v) for v in map(claims.get, EMAIL_CLAIMS)):
        return "EMAIL"
    if any(isinstance(claims.get(c), str) and claims.get(c) for c in NAME_CLAIMS):
        return "NAME"
    return "ONLINE_ID" if sub else None


class JwtDetector:
    """JWTs whose payload names a person, anywhere in text."""

    name = "jwt_tokens"
    entities = frozenset({"EMAIL", "NAME", "ONLINE_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0:
            return
        texts = ctx.cells.text
        for cell in np.flatnonzero(ctx.containing("eyJ")).tolist():
            for m in JWT.finditer(texts[cell]):
                claims = _claims(m.group("payload"))
                entity = person_entity(claims) if claims is not None else None
                if entity is not None and ctx.enabled(entity):
                    yield Span(cell, m.start(), m.end(), entity, _SCORE, _DETECTOR)


@register("jwt_tokens")
def _factory(config: EngineConfig) -> JwtDetector:
    return JwtDetector()
