"""The contract's entity vocabulary: every finding carries exactly one of these names.

The table is fixed by ``CONTRACT.md``; code anywhere in phistream refers to entities by
these strings and looks their category up here, so a typo fails loudly in one place.
"""

from __future__ import annotations

from typing import Final

IDENTIFIER: Final = "identifier"
HEALTH: Final = "health"

#: entity -> category, in the contract's order.
ENTITIES: Final[dict[str, str]] = {
    "NAME": IDENTIFIER,
    "LOCATION": IDENTIFIER,
    "ZIP_CODE": IDENTIFIER,
    "DATE": IDENTIFIER,
    "AGE_OVER_89": IDENTIFIER,
    "PHONE": IDENTIFIER,
    "FAX": IDENTIFIER,
    "EMAIL": IDENTIFIER,
    "SSN": IDENTIFIER,
    "MRN": IDENTIFIER,
    "HEALTH_PLAN_ID": IDENTIFIER,
    "ACCOUNT_NUMBER": IDENTIFIER,
    "CREDIT_CARD": IDENTIFIER,
    "LICENSE_NUMBER": IDENTIFIER,
    "VEHICLE_ID": IDENTIFIER,
    "DEVICE_ID": IDENTIFIER,
    "URL": IDENTIFIER,
    "IP_ADDRESS": IDENTIFIER,
    "BIOMETRIC_ID": IDENTIFIER,
    "ONLINE_ID": IDENTIFIER,
    "HASHED_ID": IDENTIFIER,
    "OTHER_ID": IDENTIFIER,
    "HEALTH_CONDITION": HEALTH,
    "MEDICATION": HEALTH,
    "PROCEDURE": HEALTH,
}

IDENTIFIER_ENTITIES: Final = frozenset(e for e, c in ENTITIES.items() if c == IDENTIFIER)
HEALTH_ENTITIES: Final = frozenset(e for e, c in ENTITIES.items() if c == HEALTH)

#: Off unless a policy enables them. Page URLs are scanned *inside* instead (query values,
#: path slugs), so flagging every URL as an identifier would drown the report.
DEFAULT_DISABLED: Final = frozenset({"URL"})


def category_of(entity: str) -> str:
    """Return ``identifier`` or ``health`` for a contract entity name.

    Raises:
        KeyError: with the nearest valid names, when ``entity`` is not in the vocabulary.
    """
    try:
        return ENTITIES[entity]
    except KeyError:
        raise KeyError(f"unknown entity {entity!r}; valid: {', '.join(ENTITIES)}") from None
