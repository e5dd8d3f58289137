"""The record_ids detector: a Contact's or a Lead's checksummed Salesforce id, whole, in a
field no rule names (NPSP's ``npsp__Primary_Contact__c``), and a Meta Lead Ads lead id
(``l:`` and its number)."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig
from detectors.checksums import salesforce_id_valid


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("record_ids",)))


def _sfid(id15: str) -> str:
    """A 15-character id with its case-check suffix, as the API writes it."""
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"
    chunks = (id15[i : i + 5] for i in range(0, 15, 5))
    return id15 + "".join(
        alphabet[sum(1 << j for j, c in enumerate(chunk) if c.isupper())] for chunk in chunks
    )


CONTACT = _sfid("0035e00000AbQ7x")
LEAD = _sfid("00Q5e00000Ab1Cd")
ACCOUNT = _sfid("0015e00000XyZ9a")
OPPORTUNITY = _sfid("0065e00000Lm3Qr")
USER = _sfid("0055e000004RtYu")
OID = "OTHER_ID"

POSITIVES = [
    ("npsp__Primary_Contact__c", CONTACT, [(OID, CONTACT)]),
    ("npe01__Contact_Id_for_Role__c", CONTACT, [(OID, CONTACT)]),
    ("ConvertedLeadId", f" {LEAD} ", [(OID, LEAD)]),
    ("Patient_Contact__c", LEAD, [(OID, LEAD)]),
    # a Meta Lead Ads CSV download's lead id, whole, wherever it stands
    ("id", "l:2203948571663", [(OID, "l:2203948571663")]),
    ("lead", " l:1189273645512 ", [(OID, "l:1189273645512")]),
]
NEGATIVES = [
    # an Account is a household or a company as often as a person: the field rules decide
    ("npsp__Household__c", ACCOUNT),
    ("Opportunity__c", OPPORTUNITY),
    ("OwnerId", USER),
    # without its check suffix, or with a wrong one, it is no record id
    ("ref", CONTACT[:15]),
    ("ref", CONTACT[:15] + "AAA" if not CONTACT.endswith("AAA") else CONTACT[:15] + "BBB"),
    # inside text it is left to the field rules and the patterns
    ("note", f"see {CONTACT} in CRM"),
    # the advertiser's ids beside it (ad, ad set, campaign, form), a Graph API lead's bare
    # number, an ``l:`` with too few digits, and a lead id inside text
    ("ad_id", "ag:120203948571663"),
    ("adset_id", "as:120203948571664"),
    ("form_id", "f:1203948576102938"),
    ("id", "2203948571663"),
    ("id", "l:12345"),
    ("note", "lead l:2203948571663 called back"),
    ("log", "url:123456789012"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_the_ids_are_checksummed() -> None:
    assert all(salesforce_id_valid(v) for v in (CONTACT, LEAD, ACCOUNT, OPPORTUNITY, USER))
