"""Query strings inside text: a parameter's name says what its value is.

A value that *is* a URL is split into its query values, and each is judged under its
parameter's name (:func:`detectors.cells.url_pieces`: ``referrer?phone``). Server and CDN
logs, HAR comments, redirect messages and HTML bodies carry whole request lines instead
(``GET /intake?fname=Dolores&lname=Haze&dob=1952-03-14 HTTP/1.1``), where a bare
``Dolores`` has nothing around it that a pattern reads. So each ``name=value`` pair after
``?`` or ``&`` in other text is judged the same way: the name goes through the field-name
classifier (:func:`detectors.field_names.profile_path`, once per distinct name), and a
value that passes the shape check of the entity the name implies (the classifier's own
validators, on the percent-decoded value) is reported whole, as written: redaction
replaces the encoded text (``Dolores%20Haze``).

Tracking parameters (``gclid=``, ``_ga=``) are :mod:`detectors.online_ids`' and addresses
are :mod:`detectors.email`'s wherever they stand. A bare ``name=`` is no person's name by
its parameter alone (it names products, files and campaigns as often); as in
:mod:`detectors.person_records`, it is one when the same query string has a person's
email, phone or fax, or a birth date or MRN, by its parameter's name
(``?name=Dolores+Haze&phone=…``, ``?name=…&dob=…``), and its
value is shaped like a name and does not end in an organisation's word.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import unquote_plus

from detectors.chunk_profiles import OAUTH_PARAMS
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens, profile_path
from detectors.named_values import DETECTOR, NAMED_ENTITIES, Candidate, checked
from detectors.organisations import ORGANISATION_WORDS
from detectors.person_records import BARE_NAME_KEYS, CONTACT_ENTITIES, person_key
from detectors.person_records import SCORE as BARE_NAME_SCORE
from detectors.registry import register
from detectors.spans import Span

#: RE2 prefilter: a parameter name and ``=`` after ``?`` or ``&``.
PREFILTER = r"[?&][A-Za-z_][A-Za-z0-9_.-]{0,40}="
#: A pair: the name, then the value up to the next separator (``&``, space, ``#``, quotes
#: and markup end a value in a log line or an HTML attribute).
PAIR = re.compile(r"[?&]([A-Za-z_][A-Za-z0-9_.-]{0,40})=([^&\s#\"'<>]+)")
#: Sentence punctuation after a URL in prose is not part of its last value.
_TRAILING = ".,;:!)]}"
#: Entities a parameter name may imply here: those with a shape check, less the ones
#: whose own detectors find them in any text, and tracking ids by their name (a reset
#: link's ``uid=``, a collect hit's ``cid=``), checked as :mod:`detectors.online_ids`
#: checks them in a field.
ENTITIES = NAMED_ENTITIES | {"ONLINE_ID"}
#: An OAuth authorization request or callback (the parameters chunk_profiles reads in split
#: links): its ``client_id`` is the application's.
_OAUTH = re.compile(r"[?&](?:" + "|".join(OAUTH_PARAMS) + ")=")


#: A dot inside a word: a file (``brochure.pdf``), a host or a version, not a name (an
#: initial's dot is followed by a space or ends the value).
_DOTTED = re.compile(r"\w\.\w")


def _person_like(value: str) -> bool:
    """A bare ``name=`` value that may be a person's: no dotted word, and not ending in an
    organisation's word (``Riverbend Clinic``)."""
    return _DOTTED.search(value) is None and value.split()[-1].lower() not in ORGANISATION_WORDS


class QueryPairDetector:
    """Whole values of ``name=value`` query pairs in text, by the parameter's name."""

    name = "query_pairs"
    entities = ENTITIES

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        among = ctx.containing("=")  # every pair has one: a cheap first screen
        cells = ctx.candidates(PREFILTER, skip_system=True, among=among)
        if len(cells) == 0:
            return
        texts = ctx.cells.text
        # entity -> (cell, start, end, score, decoded value) of each candidate pair
        found: dict[str, list[Candidate]] = defaultdict(list)
        for cell in cells.tolist():
            bare_names: list[Candidate] = []
            contact = False
            oauth = _OAUTH.search(texts[cell]) is not None
            for m in PAIR.finditer(texts[cell]):
                key = m.group(1)
                if oauth and key == "client_id":
                    continue
                profile = profile_path(key)
                entity = profile.entity
                contact = contact or entity in CONTACT_ENTITIES or person_key(key, entity)
                if entity is None and key_tokens(key)[-1] in BARE_NAME_KEYS:
                    entity, score = "BARE_NAME", BARE_NAME_SCORE
                elif entity in ENTITIES and ctx.enabled(entity):
                    score = profile.score
                else:
                    continue
                raw = m.group(2).rstrip(_TRAILING)
                start = m.start(2)
                value = unquote_plus(raw).strip()
                if not value:
                    continue
                pair = (cell, start, start + len(raw), score, value)
                if entity == "BARE_NAME":
                    bare_names.append(pair)
                else:
                    found[entity].append(pair)
            if contact and ctx.enabled("NAME"):
                found["NAME"].extend(p for p in bare_names if _person_like(p[4]))
        for entity, (cell, start, end, score, _) in checked(found):
            yield Span(cell, start, end, entity, score, DETECTOR)


@register("query_pairs")
def _factory(config: EngineConfig) -> QueryPairDetector:
    return QueryPairDetector()
