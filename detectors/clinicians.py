"""Clinicians' identifiers: reported and redacted, but not what makes a record PHI.

The project reports a clinician's name as NAME and an NPI as OTHER_ID wherever they appear
(:mod:`detectors.field_names`): next to a patient's condition a referring doctor narrows
who the patient is, so redacting it is the conservative choice. The PHI verdict is another
question. PHI is an identifier *of the individual* tied to health context, and a record
whose only identifiers are a clinician's is about no patient: a speaker programme's
attendance with its topic ("ulcerative colitis"), a provider-directory row with the
conditions a doctor treats, a brand site's HCP locator result. Calling those PHI makes every
HCP-marketing export a breach report.

A finding is a clinician's when its field says so:

* a clinician word in the field's path (``Prescriber NPI``, ``properties.hcp_name``,
  ``Referring_Physician__c``). Only words that name nobody else: ``provider`` (an identity
  provider's ``providerUserInfo[0].email`` is the patient's), ``doctor`` (a
  ``find_a_doctor.zip`` is the patient's search) and ``referring`` (a referring page) are not
  among them;
* or it is the ``display`` beside a FHIR reference to a practitioner in the same record
  (``requester.reference`` = ``Practitioner/f007``: :mod:`detectors.fhir_display`);
* or it shares its owner with an NPI field of the same record: the words before ``npi`` in
  the key (``Attendee NPI`` owns ``Attendee Name``), or the object holding a bare ``npi``
  (``Account_vod__r.NPI_vod__c`` owns ``Account_vod__r.Name``) unless that object is a
  generic container (``properties``, ``traits``), which holds the visitor's own fields too.

Only the PHI verdict changes: every finding is still reported and redacted. And only when
a policy asks for it (``phi: {clinicians: exclude}``, :class:`detectors.config.PhiRule`):
the contract's rule, which the default keeps, is that any identifier finding beside
health context makes a record PHI, and a summary's PHI count must agree with its findings.
"""

from __future__ import annotations

import functools
from collections import defaultdict

import numpy as np

from detectors.cells import Cells
from detectors.fhir_display import clinician_reference, reference_display_pairs
from detectors.field_names import key_tokens
from detectors.findings import SpanColumns
from detectors.vocabulary import IDENTIFIER

#: Path words that name a clinician and nobody else.
CLINICIAN_WORDS = frozenset(
    {"prescriber", "prescribers", "prescribing", "physician", "physicians", "hcp", "hcps",
     "clinician", "clinicians", "npi"}
)  # fmt: skip
#: Objects that hold a visitor's or a contact's own fields beside anything else: an ``npi``
#: directly inside one says nothing about its siblings.
GENERIC_CONTAINERS = frozenset(
    {("properties",), ("traits",), ("context",), ("data",), ("event", "params"), ("params",),
     ("attributes",), ("fields",), ("custom", "data"), ("payload",), ("record",), ("row",),
     ("user", "properties"), ("custom", "fields"), ("metadata",)}
)  # fmt: skip

Owner = tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]  # (parent keys, key prefix)


@functools.lru_cache(maxsize=65536)
def clinician_field(path: str) -> bool:
    """True when a clinician word is in the path (cached per distinct path)."""
    return any(CLINICIAN_WORDS.intersection(key) for key in key_tokens(path))


@functools.lru_cache(maxsize=65536)
def npi_owner(path: str) -> Owner | None:
    """Who an NPI field belongs to, or None when the path is no NPI field or names no owner:
    ``(parent keys, words before npi)``; ``Attendee NPI`` -> ``((), ("attendee",))``."""
    keys = key_tokens(path)
    if not keys or "npi" not in keys[-1]:
        return None
    prefix = keys[-1][: keys[-1].index("npi")]
    parents = keys[:-1]
    if prefix:
        return parents, prefix
    if parents and parents[-1] not in GENERIC_CONTAINERS:
        return parents, ()
    return None


def _owned(path: str, owner: Owner) -> bool:
    """True when ``path`` is a field of ``owner`` (its sibling with the same key prefix)."""
    keys = key_tokens(path)
    parents, prefix = owner
    return bool(keys) and keys[:-1] == parents and keys[-1][: len(prefix)] == prefix


def patient_identifiers(cols: SpanColumns, cells: Cells) -> np.ndarray:
    """Per record: at least one identifier finding that is not a clinician's.

    Path checks run once per distinct path; the owner check only in records that have an
    NPI field with an owner, and only over their identifier findings.
    """
    out = np.zeros(cells.n_records, dtype=bool)
    ids = cols.categories == IDENTIFIER
    if not ids.any():
        return out
    record = cols.record[ids]
    path_id = cols.path_id[ids]
    paths = cells.paths
    used = np.unique(path_id)
    clinician = np.zeros(len(paths), dtype=bool)
    clinician[used] = [clinician_field(paths[p]) for p in used.tolist()]
    by_reference = _practitioner_displays(cells, record, path_id)
    owners = {p: o for p in used.tolist() if (o := npi_owner(paths[p])) is not None}
    if not owners:
        out[record[~(clinician[path_id] | by_reference)]] = True
        return out
    by_record: dict[int, list[Owner]] = defaultdict(list)
    for r, p in zip(record.tolist(), path_id.tolist(), strict=True):
        if p in owners:
            by_record[r].append(owners[p])
    for r, p, ref in zip(record.tolist(), path_id.tolist(), by_reference.tolist(), strict=True):
        if out[r] or clinician[p] or ref:
            continue
        if not any(_owned(paths[p], o) for o in by_record.get(r, ())):
            out[r] = True
    return out


def _practitioner_displays(cells: Cells, record: np.ndarray, path_id: np.ndarray) -> np.ndarray:
    """Per finding (``record``, ``path_id``): whether it is a ``display`` whose sibling
    ``reference`` in the same record points at a practitioner. One pass over the distinct
    paths; the reference cells are read only when a finding sits in a display path."""
    reference_of = {d: r for r, d in reference_display_pairs(cells.paths).items()}
    if not reference_of:
        return np.zeros(len(path_id), dtype=bool)
    refs = np.flatnonzero(np.isin(cells.path_id, list(set(reference_of.values()))))
    practitioner = {
        (int(cells.record[c]), int(cells.path_id[c]))
        for c in refs.tolist()
        if clinician_reference(cells.text[c])
    }
    return np.fromiter(
        (
            p in reference_of and (r, reference_of[p]) in practitioner
            for r, p in zip(record.tolist(), path_id.tolist(), strict=True)
        ),
        dtype=bool,
        count=len(path_id),
    )
