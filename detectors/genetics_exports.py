"""Genetic counselling exports: whose a pedigree's columns and a variant table's dates are.

Two shapes of a genetics service's and a lab's exports say what their columns hold only
together, never one path alone:

* a **pedigree** (a pedigree-drawing tool's JSON, pedigreejs- and CanRisk-like, a CanRisk
  or a linkage PED file's columns, a Progeny-like individual export) draws a family
  around its proband: each individual carries pointers to its mother and father
  (``mother``/``father``, ``MothID``/``FathID``, ``maternal_id``/``paternal_id``). There
  a ``display_name`` is the relative's own name, not an app's or a page's (which is why a
  bare ``display_name`` is no person's elsewhere: :mod:`detectors.field_names`), and the
  family's id (``famid``, ``FamID``, ``Family ID``, ``Pedigree ID``) is the clinic's
  record of that family, named after its proband: the person's record id (OTHER_ID), as a
  patient id is (:func:`pedigree_columns`; a family record that names its proband, a
  ``Relationship to Proband`` or a ``Proband MRN`` column, has its family id read so
  too). The individual ids and the parent pointers themselves (``ch1``, ``m21``, ``3``)
  number relatives inside one drawing and are left alone;
* a **variant reference table** (a ClinVar-like ``variant_summary`` row, a lab's variant
  classification list) carries a variant's clinical significance beside its reference
  database's own columns (a variation or an allele id, a review status, an RCV
  accession), and no column names a person. Its dates (``LastEvaluated``, ``updated``)
  are the classification's, never a person's, though its rows name conditions and genes
  (:func:`variant_reference_dates`). A patient's variant report names its patient, which
  makes it no reference table.

Pure functions over a chunk's distinct paths, asked once per chunk by
:func:`detectors.chunk_profiles.profile_paths`. No per-cell work.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.context import FieldProfile
from detectors.field_names import key_tokens

Key = tuple[str, ...]

#: Last keys of an individual's pointer to its mother, as pedigree tools and files name it.
MOTHER_KEYS: frozenset[Key] = frozenset(
    {("mother",), ("mother", "id"), ("moth", "id"), ("mothid",), ("maternal", "id"),
     ("mother", "name")}
)  # fmt: skip
#: Last keys of an individual's pointer to its father.
FATHER_KEYS: frozenset[Key] = frozenset(
    {("father",), ("father", "id"), ("fath", "id"), ("fathid",), ("paternal", "id"),
     ("father", "name")}
)  # fmt: skip
#: Last keys of an individual's displayed name in a pedigree.
DISPLAY_NAME_KEYS: frozenset[Key] = frozenset({("display", "name"), ("displayname",)})
#: Last keys of a pedigree's family id.
FAMILY_ID_KEYS: frozenset[Key] = frozenset(
    {("famid",), ("fam", "id"), ("family", "id"), ("familyid",), ("pedigree", "id"),
     ("pedigreeid",), ("family", "number"), ("pedigree", "number")}
)  # fmt: skip

#: Words of a key that name a family record's proband (``Relationship to Proband``,
#: ``Proband MRN``, pedigreejs' ``proband`` flag): only a family's record has one.
PROBAND_WORDS = frozenset({"proband", "probands"})

#: Last keys of a variant's clinical significance (ClinVar's ``ClinicalSignificance``, its
#: VCF's ``CLNSIG``, a lab's ``clinical_significance``).
SIGNIFICANCE_KEYS: frozenset[Key] = frozenset(
    {("clinical", "significance"), ("clinicalsignificance",), ("clnsig",), ("clin", "sig"),
     ("clin", "sig", "simple"), ("germline", "classification")}
)  # fmt: skip
#: Last keys only a variant database's own row has: its variation and allele ids, an
#: expert review's status, its record (RCV) accessions, its submitter count.
REFERENCE_KEYS: frozenset[Key] = frozenset(
    {("variation", "id"), ("variationid",), ("allele", "id"), ("alleleid",),
     ("review", "status"), ("reviewstatus",), ("clnrevstat",), ("rcv", "accession"),
     ("rc", "vaccession"), ("rcvaccession",), ("number", "submitters")}
)  # fmt: skip
#: Entities of a column named for a person's own identifier: with one, the rows are a
#: person's report, not a reference table.
PERSON_ENTITIES = frozenset(
    {"NAME", "EMAIL", "PHONE", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER", "ONLINE_ID",
     "HASHED_ID", "OTHER_ID", "LOCATION", "ZIP_CODE"}
)  # fmt: skip
#: Key tokens of a reference table's own clocks (``LastEvaluated``, ``date_last_evaluated``,
#: ``updated``, ``submitted``).
REFERENCE_CLOCK_TOKENS = frozenset(
    {"date", "evaluated", "updated", "submitted", "created", "modified", "released"}
)


def _pedigree_parents(keys: Sequence[tuple[Key, ...]]) -> set[tuple[Key, ...]]:
    """The objects (their key paths) that hold both a mother's and a father's pointer: the
    individuals of a pedigree (``()`` for a flat file's rows)."""
    mothers = {k[:-1] for k in keys if k and k[-1] in MOTHER_KEYS}
    fathers = {k[:-1] for k in keys if k and k[-1] in FATHER_KEYS}
    return mothers & fathers


def pedigree_columns(paths: Sequence[str]) -> list[tuple[int, str]]:
    """A pedigree's relatives' displayed names (NAME) and its family id (OTHER_ID), as
    ``(index, entity)`` (see the module doc). A family id counts at the top of the record
    or beside the individuals' pointers; a name only beside them. A family record that
    names its proband instead (a Progeny-like individual row's ``Relationship to
    Proband``, a cascade tracker's ``Proband MRN``) is a pedigree's too: its top-level
    family id counts."""
    keys = [key_tokens(p) for p in paths]
    individuals = _pedigree_parents(keys)
    if not individuals and not any(PROBAND_WORDS.intersection(t) for k in keys for t in k):
        return []
    out: list[tuple[int, str]] = []
    for i, k in enumerate(keys):
        if not k:
            continue
        parent = k[:-1]
        if k[-1] in DISPLAY_NAME_KEYS and parent in individuals:
            out.append((i, "NAME"))
        elif k[-1] in FAMILY_ID_KEYS and (parent in individuals or not parent):
            out.append((i, "OTHER_ID"))
    return out


def variant_reference_dates(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """The date columns of a variant reference table (see the module doc): a clinical
    significance beside a variant database's own column, and no column named for a
    person's identifier."""
    keys = [key_tokens(p) for p in paths]
    lasts = {k[-1] for k in keys if k}
    if not (lasts & SIGNIFICANCE_KEYS and lasts & REFERENCE_KEYS):
        return []
    if any(p.entity in PERSON_ENTITIES and not p.system for p in profiles):
        return []
    return [
        i
        for i, (k, p) in enumerate(zip(keys, profiles, strict=True))
        if k and (p.entity == "DATE" or REFERENCE_CLOCK_TOKENS.intersection(k[-1]))
    ]
