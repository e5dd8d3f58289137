"""Values written under a name inside text, checked for the shape their name implies.

Four families read a value under a name that is not a column: a query pair's parameter
(:mod:`detectors.query_pairs`), the column a SQL literal is compared with
(:mod:`detectors.sql_literals`), an XML element's, a vCard property's or a form part's
name (:mod:`detectors.markup_pairs`), and a text table's column
(:mod:`detectors.text_grids`). Each collects its candidates per entity the name implies,
then keeps those whose value passes that entity's shape check, as a column's whole value
is checked (:data:`detectors.field_names.VALIDATORS`): one vectorized Arrow check per
entity and chunk, not one call per value.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

import pyarrow as pa

from detectors.field_names import VALIDATORS, Validator
from detectors.online_ids import plausible_online_ids

#: ``(cell, start, end, score, value to check)`` of one candidate.
Candidate = tuple[int, int, int, float, str]
#: entity -> shape check: the field-name classifier's, and tracking ids as
#: :mod:`detectors.online_ids` checks them.
CHECKS: dict[str, Validator] = {**VALIDATORS, "ONLINE_ID": plausible_online_ids}
#: Entities a name may imply for the value under it: those with a shape check, less EMAIL
#: (:mod:`detectors.email` reads addresses in any text). Each family adds its own.
NAMED_ENTITIES = frozenset(VALIDATORS) - {"EMAIL"}
#: The detector these families' spans carry: a value read by its name, as a column's is.
DETECTOR = "field_name"


def checked(found: Mapping[str, list[Candidate]]) -> Iterator[tuple[str, Candidate]]:
    """``(entity, candidate)`` for each candidate whose value passes its entity's check."""
    for entity, candidates in found.items():
        values = pa.array([c[4] for c in candidates], type=pa.large_string())
        for candidate, keep in zip(candidates, CHECKS[entity](values).tolist(), strict=True):
            if keep:
                yield entity, candidate
