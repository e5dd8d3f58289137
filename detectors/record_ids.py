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
"""

from __future__ import annotations

from detectors.checksums import salesforce_id_valid

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
