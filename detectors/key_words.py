"""How a field key splits into words: camelCase and PascalCase humps, a run of capitals
read as one acronym, and an acronym's plural read as the acronym.

One reading for every module that tokenises keys (the field-name classifier, the context
words of a path, mail senders), so a key means the same thing to all of them. Before the
plural rule, ``NPIs`` split at its last capital and read as ``np is``, ``patientMRNs`` as
``patient mr ns`` and ``IDs`` as ``i ds``: a list of NPIs was no NPI field.
"""

from __future__ import annotations

import re

#: A lower-case ``s`` closing a run of two or more capitals (``NPIs``, ``userIDs``,
#: ``SSNsOnFile``): the acronym's plural, not a word of its own.
_ACRONYM_PLURAL = re.compile(r"(?<=[A-Z]{2})s(?![a-z])")
#: A hump: lower case or digit before a capital (``firstName``), or the last capital of an
#: acronym before a capitalised word (``NPINumber`` -> ``NPI Number``).
_HUMP = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")


def split_humps(key: str) -> str:
    """``key`` with a blank at each camelCase hump and acronym plurals made singular
    (``patientNPIs`` -> ``patient NPI``, ``DOBValue`` -> ``DOB Value``); case is kept, so
    callers lower-case and tokenise as they already do."""
    return _HUMP.sub(" ", _ACRONYM_PLURAL.sub("", key))
