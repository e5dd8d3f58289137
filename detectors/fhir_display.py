"""NAME in the ``display`` of a FHIR reference to a person (a patient, a relative or a
clinician).

A FHIR Reference carries the id of what it points to and, for people reading the
resource, that thing's name: ``"subject": {"reference": "Patient/884213", "display":
"Peter James Chalmers"}``. EHR-to-CRM interfaces, appointment widgets and patient-app
events pass such resources on, and their ``display`` is the patient's name in a field
whose own name says nothing (``display`` names a clinic, a code or a practitioner just as
often). The reference beside it says whose it is, so this family reads the pair:
:mod:`detectors.url_paths` reports the id in ``Patient/884213``; here its ``display`` is
the person's NAME.

Decisions worth knowing:
    * A typed reference to a person (``Patient/``, ``Person/``, ``RelatedPerson/``,
      also inside an absolute URL ``https://fhir.example.org/r4/Patient/884213``) makes its
      sibling ``display`` a name under any key: an Appointment's ``participant.actor``
      holds patients and locations alike, and only the reference tells them apart.
    * A reference with no type (``urn:uuid:...`` inside a Bundle, ``#contained-1``) counts
      only under a key that is always a person: ``patient``, ``subject``,
      ``beneficiary``. ``subject`` may be a Group or a Device in the standard; exports of
      marketing and CRM data carry patients there.
    * A ``Practitioner/`` or ``PractitionerRole/`` display (a request's ``requester``, an
      observation's ``performer``, a patient's ``generalPractitioner``) is a clinician's
      name, and a clinician's name is an identifier (README, Accuracy): it is a NAME too.
      :mod:`detectors.clinicians` knows it for a clinician's by the same reference, so
      ``phi: {clinicians: exclude}`` still leaves a provider directory's resources out of
      the PHI count. ``Organization/``, ``Location/``, ``Group/`` and ``Device/`` displays
      are things.
    * The value must be shaped like a name (the field-name classifier's NAME check), with
      each word capitalised but for surname particles (``van``, ``de la``): FHIR servers
      write names that way, and "see chart" or "unknown" beside a reference is a note.
    * A reference may carry its ``display`` alone (FHIR allows a Reference with only a
      display, and EHR-to-CRM interfaces often drop the id): under a person key
      (``subject``, ``patient``, ``beneficiary``) of a FHIR resource, that is a record with
      a ``resourceType``, the display is the person's name. Without a ``resourceType`` the
      same ``subject.display`` may be anything's label, and is left alone.
    * Paths are paired by string within a chunk (``participant[0].actor.reference`` and
      ``participant[0].actor.display``); chunks without a ``reference`` path cost one pass
      over their distinct paths.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import VALIDATORS, whole_values
from detectors.registry import register
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.8
#: A reference to a person, relative or absolute (the resource type is the second-to-last
#: segment of the reference).
_PERSON_REFERENCE = re.compile(r"(?:^|/)(?:Patient|Person|RelatedPerson)/[A-Za-z0-9.-]{1,64}/?$")
#: A reference to a clinician: the display beside it is a clinician's name.
_CLINICIAN_REFERENCE = re.compile(
    r"(?:^|/)(?:Practitioner|PractitionerRole)/[A-Za-z0-9.-]{1,64}/?$"
)
#: Keys whose reference is a person whatever it points at (an untyped ``urn:uuid:``).
PERSON_REFERENCE_KEYS = frozenset({"patient", "subject", "beneficiary"})
_TYPED = re.compile(r"^[A-Za-z]+/|://")
#: Lower-case words a capitalised name may hold (``Peter van Dyke``, ``Ana de la Cruz``).
SURNAME_PARTICLES = frozenset(
    {"van", "von", "der", "den", "de", "del", "della", "la", "le", "da", "di", "du", "bin", "al"}
)


class FhirReferenceDisplayDetector:
    """The ``display`` beside a FHIR reference to a person is that person's name."""

    name = "fhir_display"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        pairs = reference_display_pairs(ctx.cells.paths)
        resource_types = resource_type_paths(ctx.cells.paths)
        lone = lone_person_displays(ctx.cells.paths) if resource_types else {}
        if not pairs and not lone:
            return
        cells = ctx.cells
        path_ids = cells.path_id
        wanted: set[tuple[int, int]] = set()  # (record, display path id)
        if pairs:
            refs = np.flatnonzero(np.isin(path_ids, np.fromiter(pairs, np.int64)))
            for i in refs.tolist():
                ref_path = int(path_ids[i])
                if _points_at_person(cells.text[i], cells.paths[ref_path]):
                    wanted.add((int(cells.record[i]), pairs[ref_path]))
        if lone:
            wanted |= _displays_of_resources(ctx, lone, resource_types)
        if not wanted:
            return
        display_ids = np.fromiter({p for _, p in wanted}, np.int64)
        candidates = np.flatnonzero(np.isin(path_ids, display_ids))
        chosen = np.fromiter(
            (c for c in candidates.tolist() if (int(cells.record[c]), int(path_ids[c])) in wanted),
            np.int64,
        )
        if len(chosen) == 0:
            return
        vals = whole_values(ctx, chosen)
        ok = vals.usable & VALIDATORS[ENTITY](vals.text)
        texts = vals.text.to_pylist()
        for i in np.flatnonzero(ok).tolist():
            if not _capitalised(texts[i]):
                continue
            yield Span(
                int(vals.cells[i]), int(vals.start[i]), int(vals.end[i]), ENTITY, SCORE, "regex"
            )


def reference_display_pairs(paths: tuple[str, ...]) -> dict[int, int]:
    """``reference path id -> display path id`` for the references of the chunk whose
    sibling ``display`` is also one of its paths."""
    index = {p: i for i, p in enumerate(paths)}
    pairs: dict[int, int] = {}
    for i, path in enumerate(paths):
        if path == "reference" or path.endswith(".reference"):
            display = index.get(path[: -len("reference")] + "display")
            if display is not None:
                pairs[i] = display
    return pairs


#: A FHIR resource's type, which makes a record a resource.
_RESOURCE_TYPE = re.compile(r"(?:^|\.)resourceType$")


def resource_type_paths(paths: tuple[str, ...]) -> list[int]:
    """Ids of the chunk's ``resourceType`` paths (a FHIR resource's type)."""
    return [i for i, p in enumerate(paths) if _RESOURCE_TYPE.search(p)]


def lone_person_displays(paths: tuple[str, ...]) -> dict[int, int]:
    """``display path id -> its sibling reference's path id (-1: not in the chunk)`` for the
    displays under a person key (:data:`PERSON_REFERENCE_KEYS`); asked only of a chunk with
    a ``resourceType`` (:func:`resource_type_paths`)."""
    index = {p: i for i, p in enumerate(paths)}
    lone: dict[int, int] = {}
    for i, path in enumerate(paths):
        if path.endswith(".display") and _person_key(path[: -len(".display")]):
            lone[i] = index.get(path[: -len("display")] + "reference", -1)
    return lone


def _person_key(parent_path: str) -> bool:
    parent = parent_path.rsplit(".", 1)[-1]
    return re.sub(r"\[\d+\]$", "", parent).lower() in PERSON_REFERENCE_KEYS


def _displays_of_resources(
    ctx: ScanContext, lone: dict[int, int], resource_types: list[int]
) -> set[tuple[int, int]]:
    """``(record, display path id)`` of the lone displays (:func:`lone_person_displays`)
    in records that are FHIR resources and have no reference beside the display (one with
    a reference is :func:`_points_at_person`'s to judge)."""
    cells = ctx.cells
    path_ids = cells.path_id
    resources = set(cells.record[np.isin(path_ids, resource_types)].tolist())
    beside = np.isin(path_ids, [r for r in lone.values() if r >= 0])  # the references
    present = set(zip(cells.record[beside].tolist(), path_ids[beside].tolist(), strict=True))
    wanted: set[tuple[int, int]] = set()
    for c in np.flatnonzero(np.isin(path_ids, np.fromiter(lone, np.int64))).tolist():
        record, display = int(cells.record[c]), int(path_ids[c])
        if record in resources and (record, lone[display]) not in present:
            wanted.add((record, display))
    return wanted


def _capitalised(name: str) -> bool:
    """Every word starts with a capital, but for surname particles."""
    words = re.findall(r"[^\s,]+", name)
    return bool(words) and all(w[0].isupper() or w in SURNAME_PARTICLES for w in words)


def clinician_reference(value: str) -> bool:
    """True when a FHIR reference points at a practitioner (``Practitioner/f007``)."""
    return _CLINICIAN_REFERENCE.search(value.strip()) is not None


def _points_at_person(value: str, path: str) -> bool:
    """True when the reference ``value`` (at ``path``) is a person's: typed as one, or
    untyped under a person key."""
    value = value.strip()
    if _PERSON_REFERENCE.search(value) or clinician_reference(value):
        return True
    if _TYPED.search(value):
        return False  # a reference to something else (Location/, Organization/, a URL)
    return _person_key(path[: -len(".reference")])


@register("fhir_display")
def _factory(config: EngineConfig) -> FhirReferenceDisplayDetector | None:
    return FhirReferenceDisplayDetector() if ENTITY in config.entities else None
