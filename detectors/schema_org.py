"""A schema.org organisation's own address and lines name no person.

Pages describe the organisation behind them in JSON-LD (``{"@context":
"https://schema.org", "@type": "MedicalOrganization", "telephone": ..., "address":
{"@type": "PostalAddress", ...}}``), and crawls, SEO tools and CMS exports carry those
objects as records or nested values: a hospital's international patient centre, a
clinic, a pharmacy, an embassy, a hotel. Their ``telephone``, ``faxNumber``, ``email``
and ``address`` are the organisation's, printed on every page, never a person's; a
``Person`` (or a ``Patient``) object's are. So after the spans are placed on the real
cells, a contact span (PHONE, FAX, EMAIL, LOCATION, ZIP_CODE) is dropped when the nearest
typed object around its field is an organisation or a place, looking through the typed
values that only hold its contact data (a ``PostalAddress``, a ``ContactPoint``,
``GeoCoordinates``). An employee, a founder or a physician as a ``Person`` inside the
organisation keeps its own contact points.

Objects are read by their hint paths (:mod:`detectors.cells`), so JSON-LD held as a
string in one field (a crawl's ``structured_data``, a CMS export's ``schema_json``) is
read as its leaves are: the field's own findings are the organisation's the same way.

Only the schema.org type names below decide: an ``@type`` is also how protobuf's JSON
names a message (``type.googleapis.com/google.cloud.audit.AuditLog``), whose fields are
read as ever. Costs one pass over a chunk's distinct paths when none ends in ``@type``.
"""

from __future__ import annotations

import re

import numpy as np

from detectors.cells import Cells
from detectors.span_arrays import ENTITY_INDEX, SpanArrays

#: schema.org types of an organisation or a place (and the subtypes pages use most).
ORGANISATION_TYPES = frozenset(
    {"Organization", "Corporation", "NGO", "GovernmentOrganization", "MedicalOrganization",
     "Hospital", "MedicalClinic", "Physician", "Dentist", "Pharmacy", "DiagnosticLab",
     "VeterinaryCare", "Optician", "LocalBusiness", "MedicalBusiness",
     "HealthAndBeautyBusiness", "DaySpa", "EducationalOrganization", "CollegeOrUniversity",
     "School", "Embassy", "GovernmentOffice", "GovernmentBuilding", "CivicStructure", "Place",
     "LodgingBusiness", "Hotel", "Airport", "TravelAgency", "InsuranceAgency",
     "FinancialService", "BankOrCreditUnion"}
)  # fmt: skip
#: Types that only carry their holder's contact data: the object around them decides.
CONTACT_TYPES = frozenset(
    {"PostalAddress", "ContactPoint", "GeoCoordinates", "PostalCodeRangeSpecification"}
)
#: Contact entities an organisation prints as its own.
_CONTACT = np.asarray(
    [ENTITY_INDEX[e] for e in ("PHONE", "FAX", "EMAIL", "LOCATION", "ZIP_CODE")], dtype=np.int16
)
#: A path's ``@type`` leaf (``@type``, ``address.@type``, ``@type[0]`` of a type list).
_TYPE_LEAF = re.compile(r"(?:^|\.)@type(?:\[\d+\])?$")


def _object_of(path: str) -> str:
    """The object prefix of a type path: ``""`` for ``@type``, ``"address."`` for
    ``address.@type``."""
    return path[: path.rindex("@type")]


def _enclosing(path: str) -> list[str]:
    """The object prefixes around a field, nearest first (``a.b.c`` -> ``a.b.``, ``a.``,
    ``""``)."""
    return [path[: i + 1] for i in range(len(path) - 1, -1, -1) if path[i] == "."] + [""]


def drop_organisation_contacts(spans: SpanArrays, cells: Cells) -> SpanArrays:
    """``spans`` without the contact spans of a schema.org organisation's own fields."""
    if len(spans.cell) == 0:
        return spans
    paths = cells.paths
    type_path = np.fromiter((bool(_TYPE_LEAF.search(p)) for p in paths), bool, len(paths))
    if not type_path.any():
        return spans
    contact = np.isin(spans.entity, _CONTACT)
    if not contact.any():
        return spans
    records = np.unique(cells.record[spans.cell[contact]])
    types: dict[tuple[int, str], set[str]] = {}
    in_records = type_path[cells.hint_id] & np.isin(cells.record, records)
    for cell in np.flatnonzero(in_records).tolist():
        key = (int(cells.record[cell]), _object_of(paths[cells.hint_id[cell]]))
        types.setdefault(key, set()).add(cells.text[cell].strip())
    drop = np.zeros(len(spans.cell), dtype=bool)
    for row in np.flatnonzero(contact).tolist():
        cell = int(spans.cell[row])
        record = int(cells.record[cell])
        for prefix in _enclosing(paths[cells.hint_id[cell]]):
            kinds = types.get((record, prefix))
            if not kinds or kinds <= CONTACT_TYPES:
                continue  # no type here, or an address's: the object around it decides
            drop[row] = bool(kinds & ORGANISATION_TYPES)
            break
    return spans.take(~drop) if drop.any() else spans
