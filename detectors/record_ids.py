"""Salesforce record ids in identifier fields: a lookup to a record, read by its object.

Salesforce, Health Cloud and Veeva CRM exports (the REST API, Data Loader, Fivetran) write
every record id and every lookup as an 18-character id whose first three characters name
the object (``001`` Account, ``003`` Contact, ``00Q`` Lead, ``a0B`` a custom object such as
Veeva's ``Call2_vod__c``) and whose last three are a check suffix
(:func:`~detectors.checksums.salesforce_id_valid`). Such a value in a field named like an
identifier is not the identifier the name promises: Health Cloud's ``MemberPlan.MemberId``
is the lookup to the member's Account, not the insurance member number (that is
``MemberNumber``), and the top-level ``Id`` of a call report, a sent e-mail or a case is
that record's, not a person's.

So a checksummed id of a person's object (Account, which holds Health Cloud's patients as
person accounts; Contact; Lead) stays OTHER_ID, the project's reading of a person's CRM
record id, and any other object's id is no finding. The check suffix keeps this from
touching member numbers or MRNs that merely have 18 characters.

The ``record_ids`` detector also finds a Contact's or a Lead's checksummed id as a whole
value in a field no rule names (NPSP's ``npsp__Primary_Contact__c`` on a donation,
``npe01__Contact_Id_for_Role__c``, a custom ``Patient_Contact__c``, an Opportunity's
``ContactId``): a lookup to one person's record is that person's record id wherever it
stands. Account ids are left to the field rules there: an Opportunity's ``AccountId`` is an
NPSP household or a company as often as a person account.

A Meta Lead Ads download names its lead the same way: the ``id`` column of the CSV holds
``l:`` and the lead's number (beside ``ag:`` ad, ``as:`` ad set, ``c:`` campaign and
``f:`` form ids, which are the advertiser's). The ``l:`` lead id is one person's form
submission, the project's reading of a lead's id (OTHER_ID), wherever it stands whole; a
bare ``id`` key alone says nothing (an order's, an event's), so the prefix decides.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from detectors.checksums import salesforce_id_valid
from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.registry import register
from detectors.spans import Span

#: Key prefixes of the standard objects that stand for a person: Account (person accounts,
#: Health Cloud patients, Veeva HCPs), Contact, Lead.
PERSON_OBJECT_PREFIXES = frozenset({"001", "003", "00Q"})

PERSON, RECORD = "person", "record"


def salesforce_lookup(value: str) -> str | None:
    """:data:`PERSON` for a checksummed 18-character id of a person's object,
    :data:`RECORD` for any other object's, None when ``value`` is no Salesforce id."""
    if not salesforce_id_valid(value):
        return None
    return PERSON if value[:3] in PERSON_OBJECT_PREFIXES else RECORD


#: Key prefixes of Contact and Lead ids, the objects that are always one person.
PERSON_LOOKUP_PREFIXES = frozenset({"003", "00Q"})
#: RE2 screen: a whole value shaped like a Contact's or a Lead's 18-character id.
_LOOKUP_SHAPE = r"^\s*00[3Q][A-Za-z0-9]{15}\s*$"
_SCORE = 0.85
#: RE2 screen: a whole value that is a Meta Lead Ads lead id (``l:1189273645512``).
_LEAD_ADS_SHAPE = r"^\s*l:[0-9]{12,20}\s*$"


class PersonLookupDetector:
    """OTHER_ID: a whole value that is a checksummed Contact or Lead id, or a Meta Lead
    Ads lead id."""

    name = "record_ids"
    entities = frozenset({"OTHER_ID"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0 or not ctx.enabled("OTHER_ID"):
            return
        # every Contact or Lead id starts ``00``: a substring screen (a third of a regex
        # pass) first
        for cell, m in _whole_values(ctx, "00", _LOOKUP_SHAPE):
            if m.group()[:3] in PERSON_LOOKUP_PREFIXES and salesforce_id_valid(m.group()):
                yield Span(cell, m.start(), m.end(), "OTHER_ID", _SCORE, "checksum")
        for cell, m in _whole_values(ctx, "l:", _LEAD_ADS_SHAPE):
            yield Span(cell, m.start(), m.end(), "OTHER_ID", _SCORE, "regex")


def _whole_values(ctx: ScanContext, screen: str, shape: str) -> Iterator[tuple[int, re.Match]]:
    """``(cell, match of the value without its padding)`` of the cells holding ``screen``
    whose whole value has ``shape`` (an RE2 pattern, one vectorized pass)."""
    screened = ctx.containing(screen)
    if not screened.any():
        return
    texts = ctx.cells.text
    for cell in ctx.candidates(shape, among=screened).tolist():
        m = re.search(r"\S+", texts[cell])
        if m:
            yield cell, m


@register("record_ids")
def _factory(config: EngineConfig) -> PersonLookupDetector:
    return PersonLookupDetector()
