"""NAME in a bare ``Name`` field of a record that is about a person.

A field called just ``Name`` (``name``, ``Full Name``, ``displayName``) names a product, a
page, a campaign or a clinic as often as a person, so the field-name classifier leaves it
to NER. Yet a CRM's contact and lead exports put the person's full name in exactly such a
column (Salesforce's ``Name`` beside ``Email`` and ``Phone``), and a scan without NER
would leave it readable in the redacted copy. The rest of the record says which it is:
when a field *beside* it (same parent object, or another column of the same CSV) is an
email address, a phone or a fax by its name, the record is a person's contact card, and
a value shaped like a name is that person's.

Decisions worth knowing:
    * Only the person's contact fields make the record a person's: an email, a phone, a
      fax. A business listing has them too ("Riverbend Clinic", ``info@``), so a value
      whose last word names an organisation (:data:`detectors.ner.ORGANISATION_WORDS`:
      clinic, health, pharmacy, inc, group...) is not taken.
    * The value must be shaped like a name (the field-name classifier's NAME check: up to
      four words of letters, no digits, not a browser's name).
    * Siblings are judged by field names across the chunk (the paths of one export's
      records are the same), so this costs one pass over the chunk's paths and one
      vectorized check of the candidate cells.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext
from detectors.field_names import VALIDATORS, key_tokens, whole_values
from detectors.ner import ORGANISATION_WORDS
from detectors.registry import register
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.75
#: Keys that hold a name of something, a person's or not.
BARE_NAME_KEYS = frozenset({("name",), ("full", "name"), ("fullname",), ("display", "name")})
#: Entities of sibling fields that make a record a person's contact card.
CONTACT_ENTITIES = frozenset({"EMAIL", "PHONE", "FAX"})
_LAST_WORD = r"(?P<last>\S+)\s*$"


class PersonRecordNameDetector:
    """A name-shaped value in a bare ``Name`` field beside a person's email or phone."""

    name = "person_records"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        targets = person_name_paths(ctx.cells.paths, ctx.profiles)
        if not targets:
            return
        cells = np.flatnonzero(np.isin(ctx.cells.hint_id, np.fromiter(targets, np.int64)))
        vals = whole_values(ctx, cells)
        ok = vals.usable & VALIDATORS[ENTITY](vals.text)
        last = pc.utf8_lower(pc.extract_regex(vals.text, _LAST_WORD).field(0))
        ok &= ~pc.is_in(last, value_set=_ORGANISATION).to_numpy(zero_copy_only=False)
        for i in np.flatnonzero(ok).tolist():
            yield Span(
                int(vals.cells[i]), int(vals.start[i]), int(vals.end[i]), ENTITY, SCORE, "regex"
            )


_ORGANISATION = pa.array(sorted(ORGANISATION_WORDS), type=pa.string())


def person_name_paths(paths: tuple[str, ...], profiles: tuple[FieldProfile, ...]) -> set[int]:
    """Ids of the bare-name paths with a contact field beside them (see the module doc)."""
    names: dict[tuple[tuple[str, ...], ...], list[int]] = defaultdict(list)
    contact_parents: set[tuple[tuple[str, ...], ...]] = set()
    for i, (path, profile) in enumerate(zip(paths, profiles, strict=True)):
        if profile.system:
            continue
        keys = key_tokens(path)
        if not keys:
            continue
        parent = keys[:-1]
        if profile.entity in CONTACT_ENTITIES:
            contact_parents.add(parent)
        elif profile.entity is None and not profile.free_text and keys[-1] in BARE_NAME_KEYS:
            names[parent].append(i)
    return {i for parent, ids in names.items() if parent in contact_parents for i in ids}


@register("person_records")
def _factory(config: EngineConfig) -> PersonRecordNameDetector | None:
    return PersonRecordNameDetector() if ENTITY in config.entities else None
