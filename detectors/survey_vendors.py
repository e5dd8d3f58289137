"""Patient-experience survey vendors' files: whose a client id, a unique id and a
department are.

A hospital or a clinic sends its survey vendor (Press Ganey-, NRC Health-, Medallia- and
Qualtrics-like) a sample file of the patients it discharged or saw, and gets back a return
file of their answers, both keyed by the vendor's own survey columns: a ``Survey ID``, a
``Survey Designator`` (the vendor's code of the survey version), a facility's CMS
Certification Number (``CCN``). Three of the columns around them read wrongly by their
names alone:

* a ``Client ID`` is GA's browser cookie elsewhere (:mod:`detectors.field_names` reads it
  as an ONLINE_ID) and a therapy practice's client's record id beside the client's name
  (:func:`detectors.chunk_profiles._client_record_ids`); in a survey vendor's file it is
  the vendor's number of its customer, the hospital, the same on every row
  (:func:`vendor_client_ids`): no one's identifier;
* a ``Unique ID`` is a row id in most exports, and is left alone there; in a sample or a
  return file beside the patient's medical record number it is the visit's own number the
  hospital sent so that the answers can be linked back to the stay (Press Ganey's
  ``Unique ID``), the patient's record as the visit number is (:func:`sample_visit_ids`);
* a bare ``Department``, ``Specialty`` or ``Clinic`` is a directory's or a clinician's job
  in a roster, which :mod:`detectors.health_fields` leaves alone unless the patient's MRN
  stands beside it; in one person's survey response (a response or survey id beside the
  respondent's name, email or phone) it is the embedded data of the visit the survey asks
  about (Qualtrics' embedded ``Specialty``, Delighted's ``person_properties.Department``),
  the department of service (:func:`respondent_departments`).

Pure functions over a chunk's distinct paths (and their profiles), asked once per chunk
by :func:`detectors.chunk_profiles.profile_paths` and by the health-field family. No
per-cell work.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from detectors.context import FieldProfile
from detectors.field_names import key_tokens

Keys = tuple[tuple[str, ...], ...]

#: Keys only a survey vendor's file has: the survey's own id or its designator, a
#: facility's CMS Certification Number (the CAHPS programmes sample by CCN).
SURVEY_FILE_KEYS = frozenset(
    {("survey", "id"), ("surveyid",), ("survey", "designator"), ("survey", "code"),
     ("ccn",), ("facility", "ccn"), ("provider", "ccn"), ("cms", "certification", "number")}
)  # fmt: skip
#: Last keys of a client's number (``Client ID``, ``client_id``, ``CLIENT_ID``).
CLIENT_ID_KEYS = frozenset({("client", "id"), ("clientid",), ("client", "number")})
#: Last keys of a unique id as a vendor's sample file heads the visit's own number.
UNIQUE_ID_KEYS = frozenset({("unique", "id"), ("uniqueid",), ("unique", "identifier")})
#: Keys of one survey response's own id or kind (Qualtrics' ``ResponseId``, Delighted's
#: ``survey_type``, a vendor's ``Survey ID``): a row that is one person's answers.
RESPONSE_KEYS = frozenset(
    {("response", "id"), ("responseid",), ("survey", "id"), ("surveyid",),
     ("survey", "type"), ("survey", "response", "id")}
)  # fmt: skip
#: Entities a field's name gives to the respondent: their name, email, phone or record.
RESPONDENT_ENTITIES = frozenset({"NAME", "EMAIL", "PHONE", "MRN"})
#: Last keys of the department, specialty or clinic a visit was in (bare, as embedded data
#: and a survey platform's person properties head them).
DEPARTMENT_KEYS = frozenset(
    {("department",), ("dept",), ("department", "name"), ("specialty",), ("clinic",),
     ("clinic", "name")}
)  # fmt: skip


def _mrn_key(keys: tuple[str, ...]) -> bool:
    """A key naming a medical record number (``MRN``, ``Medical Record Number``)."""
    return "mrn" in keys or ("medical", "record") in pairwise(keys)


def survey_file(keys: Sequence[Keys]) -> bool:
    """True when a chunk's top-level keys hold a survey vendor's own column
    (:data:`SURVEY_FILE_KEYS`)."""
    return any(len(k) == 1 and k[0] in SURVEY_FILE_KEYS for k in keys)


def vendor_client_ids(paths: Sequence[str]) -> list[int]:
    """Indices of the top-level client ids of a survey vendor's file (:func:`survey_file`):
    the vendor's number of the hospital, not a browser's cookie or a client's record."""
    keys = [key_tokens(p) for p in paths]
    if not survey_file(keys):
        return []
    return [i for i, k in enumerate(keys) if len(k) == 1 and k[0] in CLIENT_ID_KEYS]


def sample_visit_ids(paths: Sequence[str]) -> list[int]:
    """Indices of the top-level unique ids of a survey vendor's file beside the patient's
    medical record number: the visit's own number, read as the patient's record id."""
    keys = [key_tokens(p) for p in paths]
    tops = [k[0] for k in keys if len(k) == 1]
    if not survey_file(keys) or not any(_mrn_key(k) for k in tops):
        return []
    return [i for i, k in enumerate(keys) if len(k) == 1 and k[0] in UNIQUE_ID_KEYS]


def respondent_departments(paths: Sequence[str], profiles: Sequence[FieldProfile]) -> list[int]:
    """Indices of the bare department, specialty and clinic paths (:data:`DEPARTMENT_KEYS`,
    at any depth) of a survey response that names its respondent: a response or survey
    id (:data:`RESPONSE_KEYS`) and a field named for the person's name, email, phone or
    record (:data:`RESPONDENT_ENTITIES`). A clinician's scorecard or a directory has
    neither a response id nor a respondent, and keeps its specialty as the clinician's."""
    keys = [key_tokens(p) for p in paths]
    if not any(k and k[-1] in RESPONSE_KEYS for k in keys):
        return []
    if not any(p.entity in RESPONDENT_ENTITIES and not p.system for p in profiles):
        return []
    return [i for i, k in enumerate(keys) if k and k[-1] in DEPARTMENT_KEYS]
