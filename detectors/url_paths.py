"""Identifiers in URL paths: REST routes that name a person's record, and addresses
encoded into unsubscribe and preference links.

Page URLs and referrers are scanned inside (query values are cells of their own), but
web apps also put identifiers in the *path*: a patient portal's
``/patients/884422190/records``, a CRM's ``/contacts/51/``, a plan's
``/members/W123456789/claims``, and email platforms' ``/unsubscribe/<base64 address>``.
Analytics tags record those paths as ``page_location`` and ``page_referrer``.

Decisions worth knowing:
    * The segment after a person noun counts only when it has a digit and at least five
      characters (``/patients/new``, ``/users/login``, ``/members/2024`` do not).
    * The entity follows the field-name classifier's choices for the same words:
      ``patients``/``contacts``/``leads``/``customers`` -> OTHER_ID (a record id of a
      person), ``members``/``subscribers`` -> HEALTH_PLAN_ID, ``users`` -> ONLINE_ID.
    * A path segment that is URL-safe base64 of text holding an email address is EMAIL
      (:func:`detectors.email.encodes_address`), the whole segment.
    * A FHIR reference to a person (``Patient/884213``, ``RelatedPerson/rp-1002``: the
      whole value of a ``subject.reference``) is a route without its leading slash: the
      id after it is the person's, by the same rules. So is any route of a person noun
      as the whole value of a ``subject`` (a CloudEvent's ``patient/884213``); elsewhere
      such a value is an API's resource name (Google Ads' ``customers/1234567890`` is the
      advertiser's account) and is not read.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.cells import looks_like_url
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.email import encodes_address
from detectors.registry import register
from detectors.spans import Span

#: person noun (singular or plural) -> entity of the id after it
ROUTE_ENTITIES: dict[str, str] = {
    "patient": "OTHER_ID",
    "contact": "OTHER_ID",
    "lead": "OTHER_ID",
    "customer": "OTHER_ID",
    "client": "OTHER_ID",
    "person": "OTHER_ID",
    "people": "OTHER_ID",
    "member": "HEALTH_PLAN_ID",
    "subscriber": "HEALTH_PLAN_ID",
    "user": "ONLINE_ID",
}
_NOUNS = "|".join(sorted({*ROUTE_ENTITIES, *(n + "s" for n in ROUTE_ENTITIES if n != "people")}))
#: Any segment after a noun (a tag or a mask too, so that a redacted copy chains the same
#: way as its original); :data:`_ID` decides whether it is reported.
_ROUTE = re.compile(rf"/(?P<noun>{_NOUNS})/(?P<id>[^/?#;\s]{{1,64}})(?=/|$|[?#;])", re.IGNORECASE)
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.-]{4,63}")
_SEGMENT_B64 = re.compile(r"(?<=/)[A-Za-z0-9_-]{16,1024}={0,2}(?=/|$)")
#: A FHIR reference (``ResourceType/id``) to a person: the whole value.
_FHIR_REFERENCE = re.compile(r"(?P<noun>Patient|Person|RelatedPerson)/(?P<id>[A-Za-z0-9.-]{1,64})")
_FHIR_ENTITIES = {"Patient": "OTHER_ID", "Person": "OTHER_ID", "RelatedPerson": "OTHER_ID"}
#: A route without its leading slash as the whole value of an event's ``subject``
#: (CloudEvents: the thing the event is about, in the producer's words, ``patient/884213``).
_SUBJECT_ROUTE = re.compile(rf"(?P<noun>{_NOUNS})/(?P<id>[A-Za-z0-9_.-]{{1,64}})", re.IGNORECASE)
PREFILTER = (
    rf"(?i)/(?:{_NOUNS})/[A-Za-z0-9_.-]*[0-9]"
    r"|/[A-Za-z0-9_-]{16,}={0,2}(?:/|$)"
    r"|^(?:Patient|Person|RelatedPerson)/[A-Za-z0-9.-]*[0-9]"
    rf"|^(?:{_NOUNS})/[A-Za-z0-9_.-]*[0-9]"
)
SCORE = 0.8


class UrlPathDetector:
    """Person record ids after REST nouns, and base64 addresses, in URL paths."""

    name = "url_paths"
    entities = frozenset({*ROUTE_ENTITIES.values(), "EMAIL"})
    #: path segments are delimited by ``/``, never glued to a neighbour: no second look
    #: (``detectors/glued.py``), which would also see a chained route's last id as a tag
    second_look = False

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        text = ctx.cells.text
        for i in ctx.candidates(PREFILTER, skip_system=True):
            cell = int(i)
            value = text[cell]
            if not looks_like_url(value):
                yield from _fhir_reference(cell, value, ctx)
                continue
            path = value.split("?", 1)[0]
            yield from _routes(cell, path, ctx)
            if ctx.enabled("EMAIL"):
                yield from _encoded_addresses(cell, path)


def _subject_field(path: str) -> bool:
    """True for a path whose last key is ``subject`` (a CloudEvent's, an event bus
    message's): what the event is about."""
    return path.rpartition(".")[2].lower() == "subject"


def _fhir_reference(cell: int, value: str, ctx: ScanContext) -> Iterator[Span]:
    m = _FHIR_REFERENCE.fullmatch(value)
    if m is not None:
        entity = _FHIR_ENTITIES[m.group("noun")]
    else:
        # ``patient/884213`` as a CloudEvent's ``subject``: a route naming a person's record
        m = _SUBJECT_ROUTE.fullmatch(value)
        if m is None or not _subject_field(ctx.cells.paths[ctx.cells.hint_id[cell]]):
            return
        entity = ROUTE_ENTITIES[_stem(m.group("noun"))]
    ident = m.group("id")
    if _ID.fullmatch(ident) and any(c.isdigit() for c in ident) and ctx.enabled(entity):
        yield Span(cell, m.start("id"), m.end("id"), entity, SCORE, "regex")


def _stem(noun: str) -> str:
    noun = noun.lower()
    return noun if noun in ROUTE_ENTITIES else noun[:-1]


def _routes(cell: int, path: str, ctx: ScanContext) -> Iterator[Span]:
    matches = list(_ROUTE.finditer(path))
    for k, m in enumerate(matches):
        noun = _stem(m.group("noun"))
        nxt = matches[k + 1] if k + 1 < len(matches) else None
        if nxt is not None and nxt.start() == m.end() and _stem(nxt.group("noun")) == noun:
            continue  # HubSpot's /contacts/<portal id>/contact/<record id>: the last is hers
        ident = m.group("id")
        if not _ID.fullmatch(ident) or not any(c.isdigit() for c in ident):
            continue
        entity = ROUTE_ENTITIES[noun]
        if ctx.enabled(entity):
            yield Span(cell, m.start("id"), m.end("id"), entity, SCORE, "regex")


def _encoded_addresses(cell: int, path: str) -> Iterator[Span]:
    for m in _SEGMENT_B64.finditer(path):
        if encodes_address(m.group()):
            yield Span(cell, m.start(), m.end(), "EMAIL", 1.0, "regex")


@register("url_paths")
def _factory(config: EngineConfig) -> UrlPathDetector:
    return UrlPathDetector()
