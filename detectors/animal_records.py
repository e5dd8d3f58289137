"""Animals' records: what a veterinary, pet pharmacy or pet insurance record says of the pet.

Practice-management exports (ezyVet's ``animal`` object, Cornerstone's ``Patient Name``
beside ``Species``, AVImark's ``Animal``), online bookings (``pet_species``), pet pharmacy
orders (``pet.type`` = "Dog"), pet insurance claims and a human pharmacy's row whose
patient is a dog (``PatientType`` = "Animal") hold the owner's name, email, phone and
address beside the animal's diagnoses, drugs, vaccines, birth date and name. HIPAA
protects an individual's health information: a dog's diabetes, fluoxetine prescribed for
a cat or a puppy's vaccines say nothing about the owner's health, and reading them as
health context makes every client of a veterinary clinic a patient. Pet names are people's
names as often as not (Max, Bella, Charlie), and the pet's birth date and its age in
months (``108``) are nobody's date or age.

So a record is an *animal's* when a species field (``Species``, ``pet_species``,
``animal.species``), a pet's or animal's type (``animal_type``, ``pet.type``,
``PatientType``) or a bare ``type`` holds an animal (``Canine``, ``Cat``, ``Equine``; a
bare ``type`` only ``pet`` or ``animal``), or when an ``animal_id`` ties it to one animal (an
ezyVet consult); the value is read, so a human pharmacy's ``Species`` = "" or
``PatientType`` = "Human" makes nothing an animal's, and a PET scan's ``pet_type`` = "FDG"
is a person's imaging. In such a record, after resolution:

* health, DATE and AGE_OVER_89 findings are dropped, except in a person's fields (a key
  with ``client``, ``owner``, ``customer``, ``policyholder``, ``guardian``, ``contact``…:
  a client alert "hearing impaired", the owner's own comments, the policyholder's birth
  date), which stay the person's;
* NAME findings are dropped in the animal's own fields: everything under the object that
  holds the species when that object is the animal's (``animal``, ``pet``, ``patient``,
  ``patients[0]``, or any object whose ``type`` says ``pet``), and keys opening with
  ``patient``, ``pet`` or ``animal`` (``Patient Name``, ``pet_name``, ``PatientFirstName``,
  ``Animal``). The owner's contact points, the vet's name and an emergency contact stay.

Identifiers of the owner stay whatever field they are in (a pharmacy's ``PatientPhone`` on
a pet's row is the owner's). A reminder text has no species field, so a health word is a
pet's too, in any record, when its text names a veterinary practice or clinician ("due
for his rabies booster at Maple Grove Animal Hospital", "DVM", "your dog") or an animal
comes right before it ("dog vomiting"); ``PET`` and ``CAT`` scans are a person's. That is
read cell by cell: a record-wide cue would take a veterinary technician's own TB test for
a pet's.

Costs one pass over the chunk's distinct paths; Python reads only the values of the few
species cells, and each text holding a health word once.
"""

from __future__ import annotations

import functools
import re

import numpy as np

from detectors.cells import Cells
from detectors.field_names import key_tokens
from detectors.span_arrays import ENTITY_INDEX, SpanArrays
from detectors.vocabulary import HEALTH_ENTITIES

#: Keys (as tokens) whose value names the kind of animal a record is about.
SPECIES_KEYS = frozenset(
    {("species",), ("pet", "species"), ("patient", "species"), ("animal", "species")}
    | {("pet", "type"), ("animal", "type"), ("patient", "type"), ("pet", "kind")}
    | {("animal", "kind"), ("species", "name"), ("species", "description")}
)
#: Keys that say a record's kind: only ``pet`` or ``animal`` there make it an animal's.
TYPE_KEYS = frozenset({("type",), ("kind",), ("profile", "type"), ("record", "type")})
#: Objects whose bare ``type`` is the animal's kind (``pet.type`` = "Dog").
_PET_OBJ = frozenset({("pet",), ("pets",), ("animal",), ("animals",)})
#: Objects that are the animal itself: a species inside one makes all of it the animal's.
ANIMAL_OBJECTS = frozenset({"animal", "animals", "pet", "pets", "patient", "patients"})
#: Words that open a key of the animal's own (``Patient Name``, ``pet_name``, ``Animal``).
ANIMAL_KEY_WORDS = frozenset({"animal", "pet", "patient"})
#: Run-together keys of the animal's name (Mailchimp's merge tags).
ANIMAL_NAME_KEYS = frozenset({"petname", "animalname", "patientname"})
#: Words of a key that make it a person's field in an animal's record.
PERSON_WORDS = frozenset(
    {"client", "clients", "owner", "owners", "customer", "customers", "policyholder"}
    | {"guardian", "parent", "contact", "contacts", "registrant", "insured", "subscriber"}
    | {"household", "caller", "holder"}
)
#: Species and kinds of animal as practice-management systems and pet services write them.
_ANIMAL_VALUE = re.compile(
    r"(?i)^\s*(?:canine|feline|equine|bovine|porcine|ovine|caprine|avian|lagomorph|murine"
    r"|camelid|exotic|k-?9|dogs?|cats?|pupp(?:y|ies)|kittens?|horses?|pony|ponies|cows?"
    r"|cattle|birds?|parrots?|rabbits?|bunny|ferrets?|guinea pigs?|hamsters?|gerbils?"
    r"|rats?|mice|mouse|rodents?|reptiles?|lizards?|snakes?|turtles?|tortoises?|pigs?"
    r"|goats?|sheep|alpacas?|llamas?|animal|pet|veterinary)\b"
)
_KIND_VALUE = re.compile(r"(?i)^\s*(?:pet|animal|veterinary)\s*$")

#: Keys that tie a record to one animal without naming its kind (an ezyVet consult's
#: ``animal_id``). Not ``pet_id``: a PET scan's id is a person's imaging study.
ANIMAL_ID_KEYS = frozenset({("animal", "id"), ("animal", "ids"), ("animal", "number")})
#: A veterinary practice or clinician named in a text: the health words of that text (a
#: reminder "due for his rabies booster at Maple Grove Animal Hospital") are a pet's.
_VET_TEXT = re.compile(
    r"(?i:\b(?:animal[ \t]+(?:hospital|clinic|medical|emergency|er)|veterinar(?:y|ians?)"
    r"|vet[ \t]+(?:clinic|hospital|visit|appointment|tech)|pet[ \t]+(?:clinic|hospital"
    r"|insurance|owners?|parents?)|your[ \t]+(?:pet|dog|cat|puppy|kitten)s?)\b)|\bDVM\b"
)
#: An animal right before a health word ("dog vomiting", "my cat's seizures"); capitals
#: only as a sentence opens: ``PET``/``CAT`` scans are a person's imaging.
_ANIMAL_BEFORE = re.compile(
    r"\b(?:[Dd]ogs?|[Cc]ats?|[Pp]upp(?:y|ies)|[Kk]ittens?|[Pp]ets?|[Cc]anine|[Ff]eline)"
    r"(?:['’]s)?[ \t]+\Z"
)
#: What an animal's record loses outside a person's fields.
RECORD_ENTITIES = HEALTH_ENTITIES | {"DATE", "AGE_OVER_89"}
_RECORD_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in RECORD_ENTITIES), dtype=np.int16)
_HEALTH_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in HEALTH_ENTITIES), dtype=np.int16)
_NAME = ENTITY_INDEX["NAME"]


@functools.lru_cache(maxsize=16384)
def _marker(path: str) -> int:
    """1 for a species key, 2 for a record's kind key, 3 for an animal's id, 0 otherwise
    (cached)."""
    keys = key_tokens(path)
    if not keys:
        return 0
    last = keys[-1]
    if last in ANIMAL_ID_KEYS:
        return 3
    if last in SPECIES_KEYS or (len(keys) > 1 and last == ("type",) and keys[-2] in _PET_OBJ):
        return 1
    return 2 if last in TYPE_KEYS else 0


def _scope(path: str) -> str:
    """The object holding a field: the path up to its last key (``""`` at the top)."""
    cut = max(path.rfind("."), path.rfind("?"))
    return path[:cut] if cut > 0 else ""


@functools.lru_cache(maxsize=16384)
def person_field(path: str) -> bool:
    """True when a key of the path names a person of an animal's record (cached)."""
    return any(PERSON_WORDS.intersection(k) for k in key_tokens(path))


@functools.lru_cache(maxsize=16384)
def _animal_key(path: str) -> bool:
    """True when the path's last key opens with the animal (``Patient Name``, ``pet_name``)."""
    keys = key_tokens(path)
    return (
        bool(keys)
        and bool(keys[-1])
        and (keys[-1][0] in ANIMAL_KEY_WORDS or keys[-1][0] in ANIMAL_NAME_KEYS)
    )


def _animal_scope(scope: str) -> bool:
    """True when an object holding a species is the animal itself."""
    keys = key_tokens(scope) if scope else ()
    return bool(keys) and bool(keys[-1]) and keys[-1][-1] in ANIMAL_OBJECTS


def animal_records(cells: Cells) -> dict[int, set[str]]:
    """``record -> scopes of its animal objects`` for the chunk's animals' records (``""``
    is a species at the top of the record, which names no object of the animal's own)."""
    paths = cells.paths
    kind = np.fromiter(map(_marker, paths), dtype=np.int8, count=len(paths))
    if not kind.any():
        return {}
    found: dict[int, set[str]] = {}
    for cell in np.flatnonzero(kind[cells.path_id] > 0).tolist():
        pid = int(cells.path_id[cell])
        if kind[pid] == 3:
            if cells.text[cell].strip():
                found.setdefault(int(cells.record[cell]), set()).add("")
            continue
        rx = _ANIMAL_VALUE if kind[pid] == 1 else _KIND_VALUE
        if rx.match(cells.text[cell]):
            scope = _scope(paths[pid])
            owned = kind[pid] == 2 or _animal_scope(scope)
            found.setdefault(int(cells.record[cell]), set()).add(scope if owned else "")
    return found


def _in_animal(path: str, scopes: set[str]) -> bool:
    """True when ``path`` is a field of the animal's own (see the module doc)."""
    if _animal_key(path):
        return True
    return any(s and (path.startswith(s + ".") or path.startswith(s + "[")) for s in scopes)


def pet_text(text: str, start: int) -> bool:
    """True when the health word at ``start`` of ``text`` is a pet's: the text names a
    veterinary practice or clinician, or an animal right before the word."""
    return vet_text(text) or animal_before(text, start)


def vet_text(text: str) -> bool:
    """True when a text names a veterinary practice or clinician (read once per cell)."""
    return bool(_VET_TEXT.search(text))


def animal_before(text: str, start: int) -> bool:
    """True when an animal is named right before ``start`` ("dog vomiting")."""
    return bool(_ANIMAL_BEFORE.search(text, max(0, start - 24), start))


def drop_animal_findings(spans: SpanArrays, cells: Cells) -> SpanArrays:
    """``spans`` without what an animal's record says of the animal, and the health words
    a text says are a pet's (see the module doc)."""
    if len(spans.cell) == 0:
        return spans
    health = np.isin(spans.entity, _HEALTH_CODES)
    drop = np.zeros(len(spans.cell), dtype=bool)
    vet: dict[int, bool] = {}  # per cell: a text is searched once, however many words
    for row in np.flatnonzero(health).tolist():
        cell = int(spans.cell[row])
        text = cells.text[cell]
        if cell not in vet:
            vet[cell] = vet_text(text)
        drop[row] = vet[cell] or animal_before(text, int(spans.start[row]))
    animals = animal_records(cells)
    records = cells.record[spans.cell]
    in_animal = (
        np.isin(records, np.fromiter(animals, dtype=records.dtype))
        if animals
        else np.zeros(len(records), dtype=bool)
    )
    if not in_animal.any():
        return spans.take(~drop) if drop.any() else spans
    paths = cells.paths
    person = np.fromiter(map(person_field, paths), dtype=bool, count=len(paths))
    outside = in_animal & ~person[cells.hint_id[spans.cell]]
    drop |= outside & np.isin(spans.entity, _RECORD_CODES)
    for row in np.flatnonzero(outside & (spans.entity == _NAME)).tolist():
        path = paths[int(cells.hint_id[spans.cell[row]])]
        drop[row] = _in_animal(path, animals[int(records[row])])
    return spans.take(~drop) if drop.any() else spans
