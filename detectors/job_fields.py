"""A job's own fields: what a requisition, a posting or a worker's position says is the
job's, not the person's.

Recruiting, staffing and HR exports put a person beside the job they applied for or hold:
iCIMS' ``Job Title`` = "RN - Oncology Infusion Center" and ``Job Location`` = the
hospital's street and ZIP, Workday's ``Job Posting Date``, a staffing feed's
``shift.unit`` = "Memory Care", an HRIS ``business_title`` = "Charge Nurse - Dialysis
Unit", an offer's ``Position`` = "Clinical Nurse - Bone Marrow Transplant Unit". The
clinical words there name the work, not the worker's health, and the place and dates are
the employer's: reporting them makes every candidate a patient of the unit they applied to
and every hospital address a home address. Four readings, each dropping findings after
resolution (whichever family found them), as :mod:`detectors.staff` drops a record
owner's contacts:

* a *job field* (a key with a job word: ``job``, ``posting``, ``vacancy``,
  ``occupation``, ``profession``; a whole ``Position``, ``business_title``,
  ``cost_center``, ``supervisory_organization``, ``home_unit``; any field under a
  ``shift`` object, and a flat shift clock such as ``Shift Start``; not under a
  warehouse's compute job, :data:`COMPUTE_JOB_KEYS`) loses its health, place and date
  findings. Not ``title``, ``unit``, ``department`` or ``specialty`` alone: a page title,
  a patient's inpatient unit, an encounter's department and a booking's specialty are
  health context
  (:mod:`detectors.health_fields`, :mod:`detectors.specialty_visits`);
* a *job posting* record (a board feed's or a requisition report's row: a salary or pay
  range column and a title column, and no person's name, email or phone column at its top
  level) loses every place, date and contact finding (its street, ZIP, posting date and
  recruiter's card are the employer's) and the health words of its title; its
  description's health words stay, and name nobody;
* an *on-call entry* (an object or a row holding a clinician's ``pager``: an Amion-like
  schedule's row, a "who's on call" lookup's ``result``) loses the health, place and date
  findings of its date, service, department, unit and shift: the clinician's rota;
* a *worker's unit* (a ``Department`` or ``Division`` beside a worker's post in the same
  object: ``Position ID``, ``Job Title``, ``Cost Center``) loses its health findings: an
  HRIS row's "Cancer Center - Infusion" is where the nurse works;
* a *careers page* (a URL on a ``careers.`` or ``jobs.`` host or under a ``/careers/``
  or ``/jobs/`` path, a page title whose last ``|`` part says "Careers" or "Jobs") loses
  its health findings: a visit to the oncology nurse navigator job says nothing about the
  visitor's health, as a visit to ``/services/oncology`` does not.

Costs one pass over the chunk's distinct paths; Python reads only the texts of the few
health spans when looking for careers pages.
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

import numpy as np

from detectors.cells import Cells
from detectors.field_names import key_tokens, profile_path
from detectors.span_arrays import ENTITY_INDEX, SpanArrays
from detectors.vocabulary import HEALTH_ENTITIES

#: Words of a key that make it (or everything under it) a job's.
#: Not ``requisition`` (a lab requisition lists a patient's tests), ``recruiting`` (a
#: clinical trial's pre-screener), ``assignment`` (an experiment's variant) or
#: ``placement`` (an ad's): their health words may be the person's.
JOB_WORDS = frozenset(
    {"job", "jobs", "posting", "postings", "vacancy", "vacancies", "occupation", "profession"}
)
#: Whole keys of a worker's position in the organisation.
JOB_KEYS = frozenset(
    {("position",), ("position", "title"), ("position", "name"), ("business", "title")}
    | {("cost", "center"), ("cost", "centre"), ("supervisory", "organization")}
    | {("home", "unit"), ("employer", "unit"), ("primary", "position")}
    # a responder roster's post (a Medical Reserve Corps volunteer's ``Deployment`` = "Mass
    # Vaccination Site 3"): where the person works, not their care
    | {("deployment",), ("deployment", "site"), ("assigned", "site")}
    # a service member's military occupation and post (a readiness roster's ``MOS`` =
    # "68W", a combat medic's job and not their health; an Air Force ``AFSC``; a family
    # programme's ``Installation`` = "Joint Base San Antonio-Lackland"): the employer's
    | {("mos",), ("pmos",), ("afsc",), ("installation",), ("military", "installation")}
)
#: Last words of a key naming the post a service member is assigned to (``Duty Station``,
#: a family programme's ``sponsor.duty_station``, ``Permanent Duty Station``): the
#: employer's place, as a job location is, whoever's duty station it is.
DUTY_STATION_TAILS = frozenset({("duty", "station"), ("duty", "location")})
#: Keys of a clinician's credentials, or objects holding them (FHIR ``Practitioner.
#: qualification``, a speaker contract's ``Board Certification`` = "Cardiovascular Disease",
#: a roster's ``board_certifications``): the specialty a doctor is certified in is their
#: work, as a job title is. Not ``certification`` alone: a home-health certification
#: period and a CMN's certification date are the patient's.
CREDENTIAL_KEYS = frozenset(
    {("qualification",), ("qualifications",), ("board", "certification")}
    | {("board", "certifications"), ("board", "certified"), ("board", "certification", "s")}
)
#: Objects whose fields describe a shift or an assignment a worker is booked on.
JOB_OBJECTS = frozenset({"shift", "shifts"})
#: Keys of a compute job's parts, as BigQuery's audit logs nest a query job
#: (``protoPayload.metadata.jobChange.job.jobConfig.queryConfig.query``, the legacy
#: ``serviceData.jobCompletedEvent.job.jobConfiguration``) and its REST resource names them
#: (``jobReference``, ``jobStatistics``): under one of them a ``job`` is the warehouse's,
#: and the statement it ran is read as any text is.
COMPUTE_JOB_KEYS = frozenset(
    {("job", "change"), ("job", "config"), ("job", "configuration"), ("job", "stats")}
    | {("job", "statistics"), ("job", "reference"), ("job", "completed", "event")}
    | {("job", "insert", "request"), ("job", "insert", "response")}
)
#: Keys of the language a translation or an interpreting job is done into or from: a
#: ``job`` object holding one is a work order (a translation agency's job, an interpreting
#: vendor's assignment), not a post an employer fills.
WORK_ORDER_LANGUAGE_KEYS = frozenset(
    {("target", "lang"), ("target", "language"), ("target", "locale"), ("source", "lang"),
     ("source", "language"), ("source", "locale")}
)  # fmt: skip
#: Words after ``shift`` in a flat key of a work schedule's clock (a crisis line's or a
#: staffing roster's ``Shift Start``, ``shift_end_time``, ``Shift Date``): when a worker
#: works, as a ``shift`` object's ``start`` is. Not a shift's notes or other columns: a
#: home-care aide's ``Shift Notes`` may say what the client has.
SHIFT_CLOCK_WORDS = frozenset({"start", "end", "date", "time", "begin", "starts", "ends"})
#: Keys of a clinician's pager, as on-call schedules (Amion-like ``Pager``), "who's on
#: call" lookups (``result.pager``) and staff directories write it: a work device, which
#: no patient's record carries. Its object is a staff entry, not a patient's.
PAGER_KEYS = frozenset(
    {("pager",), ("pager", "number"), ("pager", "no"), ("pager", "id"), ("beeper",)}
)
#: Keys of a rota's shift (an Amion-like JSON's ``shift`` = "Day", a ``shift_code``): an
#: object holding one and, one level down, a clinician's pager (``staff.pager``) is the
#: schedule's entry too.
SHIFT_KEYS = frozenset({("shift",), ("shift", "code"), ("shift", "name"), ("shift", "type")})
#: Keys of a worker's post on a security or front-desk roster (a guard shift roster's
#: ``Post`` = "ED Entrance", its officer's ``Badge #``): an object holding one and a shift
#: is the roster's entry, whose date and post are the worker's rota, as a pager's is.
POST_KEYS = frozenset(
    {("post",), ("post", "assignment"), ("post", "name"), ("badge",), ("badge", "number"),
     ("badge", "no"), ("badge", "id")}
)  # fmt: skip
#: Keys beside a pager that say where and when the clinician works (the on-call
#: schedule's ``Date``, ``Service`` = "Orthopedic Surgery", ``Department``, ``Unit``): the
#: rota's, as a job field's are. Not the entry's other keys: a pager gateway's
#: ``Message`` beside ``Pager ID`` names the patient it pages about.
ROTA_KEYS = frozenset(
    {("date",), ("service",), ("department",), ("dept",), ("specialty",), ("division",)}
    | {("unit",), ("shift",), ("shift", "date"), ("team",), ("call", "date")}
    | {("post",), ("post", "assignment"), ("post", "name")}
)
#: Keys of a worker's post in an HRIS export (Workday's and ADP's worker rows: ``Position
#: ID``, ``Job Title``, ``Cost Center``, ``Supervisory Organization``): an object holding
#: one is an employee's record, whose ``Department`` is the unit they work in.
WORKER_POSITION_KEYS = frozenset(
    {("position",), ("position", "id"), ("position", "title"), ("business", "title")}
    | {("job", "title"), ("job", "code"), ("job", "profile"), ("cost", "center")}
    | {("cost", "centre"), ("supervisory", "organization")}
)
#: Keys of the unit a worker works in, beside their post (``Department`` = "Cancer Center -
#: Infusion" on a nurse's HRIS row): the employer's unit, not the worker's care. Alone, a
#: department is an encounter's or a booking's and stays health context.
WORKER_UNIT_KEYS = frozenset({("department",), ("dept",), ("division",), ("home", "department")})
#: What a job field loses: health words, places and dates.
JOB_ENTITIES = HEALTH_ENTITIES | {"LOCATION", "ZIP_CODE", "DATE"}
#: What a job posting record loses everywhere: places, dates and its contact's card.
POSTING_ENTITIES = frozenset({"LOCATION", "ZIP_CODE", "DATE", "NAME", "EMAIL", "PHONE", "FAX"})
#: Top-level entities that make a record a person's, not a posting.
PERSON_ENTITIES = frozenset({"NAME", "EMAIL", "PHONE"})
_JOB_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in JOB_ENTITIES), dtype=np.int16)
_POSTING_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in POSTING_ENTITIES), dtype=np.int16)
_HEALTH_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in HEALTH_ENTITIES), dtype=np.int16)
#: A careers site's URL (host or path section) or page title.
_CAREERS_URL = re.compile(
    r"(?i)^[a-z][a-z0-9+.-]*://(?:careers?|jobs)\.|^(?:[a-z][a-z0-9+.-]*://[^/]+)?/"
    r"(?:[^?#]*/)?(?:careers?|jobs?)(?:/|$)"
)
_CAREERS_TITLE = re.compile(r"(?i)\|[^|]*\b(?:careers?|jobs)\s*$")


@functools.lru_cache(maxsize=16384)
def job_field(path: str) -> bool:
    """True when a hint path is a job's field or lies under one (cached)."""
    keys = key_tokens(path)
    if any(k in COMPUTE_JOB_KEYS for k in keys):
        return False
    if any(JOB_WORDS.intersection(k) for k in keys):
        return True
    if any(k and k[-1] in JOB_OBJECTS for k in keys[:-1]):
        return True
    if any(k in CREDENTIAL_KEYS for k in keys):
        return True
    if keys and len(keys[-1]) > 1 and keys[-1][0] in JOB_OBJECTS:
        return SHIFT_CLOCK_WORDS.issuperset(keys[-1][1:])
    if keys and tuple(keys[-1][-2:]) in DUTY_STATION_TAILS:
        return True
    return bool(keys) and keys[-1] in JOB_KEYS


@functools.lru_cache(maxsize=16384)
def _posting_cue(path: str) -> tuple[bool, bool, bool]:
    """``(pay, title, person)`` of a top-level key: a salary or pay range, a title, or a
    person's name, email or phone by its name."""
    if "." in path or "[" in path or "?" in path:
        return False, False, False
    keys = key_tokens(path)
    if len(keys) != 1:
        return False, False, False
    toks = keys[0]
    pay = bool({"salary", "compensation"}.intersection(toks)) or ("pay", "range") in pairwise(toks)
    title = bool(toks) and toks[-1] == "title"
    return pay, title, profile_path(path).entity in PERSON_ENTITIES


def careers_page(text: str) -> bool:
    """True for a careers site's URL or page title (see the module doc)."""
    return bool(_CAREERS_URL.search(text) or _CAREERS_TITLE.search(text))


def _posting_records(cells: Cells) -> np.ndarray:
    """Records of the chunk that are job postings (see the module doc)."""
    cues = np.array([_posting_cue(p) for p in cells.paths], dtype=bool).reshape(-1, 3)
    if not cues[:, 0].any():
        return np.empty(0, dtype=cells.record.dtype)
    pay, title, person = (np.unique(cells.record[cues[:, j][cells.path_id]]) for j in range(3))
    return np.setdiff1d(np.intersect1d(pay, title), person)


def _parent(path: str) -> str:
    """The object a path's last key sits in (``result.pager`` -> ``result``; ``""`` at
    the top level)."""
    return path.rpartition(".")[0] if "." in path else ""


def _objects(cells: Cells, wanted: np.ndarray) -> set[tuple[int, str]]:
    """``(record, parent object)`` of the cells whose path is ``wanted`` (per path)."""
    paths = cells.paths
    return {
        (int(cells.record[c]), _parent(paths[int(cells.path_id[c])]))
        for c in np.flatnonzero(wanted[cells.path_id]).tolist()
    }


def _rota_cells(cells: Cells, span_cells: np.ndarray) -> np.ndarray:
    """Per span cell: True when it is a rota field (:data:`ROTA_KEYS`) in an object that
    also holds a pager (:data:`PAGER_KEYS`) in the same record, or holds a shift
    (:data:`SHIFT_KEYS`) and an object with a pager: an on-call schedule's or a
    directory's entry, whose date and service are the clinician's work, not a patient's
    care. So is an object holding a shift and a worker's post or badge
    (:data:`POST_KEYS`): a guard shift roster's row. One pass over the chunk's distinct
    paths, then set lookups."""
    paths = cells.paths
    last = [key_tokens(p)[-1:] for p in paths]
    pager = np.fromiter((k[:1] and k[0] in PAGER_KEYS for k in last), bool, len(paths))
    post = np.fromiter((k[:1] and k[0] in POST_KEYS for k in last), bool, len(paths))
    if not pager.any() and not post.any():
        return np.zeros(len(span_cells), dtype=bool)
    rota = np.fromiter((k[:1] and k[0] in ROTA_KEYS for k in last), bool, len(paths))
    shift = np.fromiter((k[:1] and k[0] in SHIFT_KEYS for k in last), bool, len(paths))
    holders = _objects(cells, pager)
    shifted = _objects(cells, shift)
    # a pager one level down (``staff.pager``) in an object that holds the shift
    holders |= {(r, _parent(o)) for r, o in holders if o and (r, _parent(o)) in shifted}
    # a roster's row: the shift and the worker's post or badge in one object
    holders |= shifted & _objects(cells, post)
    out = rota[cells.path_id[span_cells]]
    for row in np.flatnonzero(out).tolist():
        c = int(span_cells[row])
        out[row] = (int(cells.record[c]), _parent(paths[int(cells.path_id[c])])) in holders
    return out


def _worker_units(cells: Cells, span_cells: np.ndarray) -> np.ndarray:
    """Per span cell: True when it is a worker's unit (:data:`WORKER_UNIT_KEYS`) in an
    object that also holds a worker's post (:data:`WORKER_POSITION_KEYS`) in the same
    record: an HRIS row's department, the employer's. One pass over the chunk's distinct
    paths, then set lookups."""
    paths = cells.paths
    last = [key_tokens(p)[-1:] for p in paths]
    unit = np.fromiter((k[:1] and k[0] in WORKER_UNIT_KEYS for k in last), bool, len(paths))
    out = unit[cells.path_id[span_cells]]
    if not out.any():
        return out
    post = np.fromiter((k[:1] and k[0] in WORKER_POSITION_KEYS for k in last), bool, len(paths))
    holders = {
        (int(cells.record[c]), _parent(paths[int(cells.path_id[c])]))
        for c in np.flatnonzero(post[cells.path_id]).tolist()
    }
    for row in np.flatnonzero(out).tolist():
        c = int(span_cells[row])
        out[row] = (int(cells.record[c]), _parent(paths[int(cells.path_id[c])])) in holders
    return out


def _work_order_fields(paths: tuple[str, ...]) -> np.ndarray:
    """Per path: True for a field of a ``job`` object that is a translation or an
    interpreting job, told by the language it is done into (``job.target_lang``,
    ``job.source_language``): a work order for one patient's document or visit, whose
    ``document`` ("Informed consent - cardiac catheterization") names that patient's care,
    not an employer's post (tests/test_interpreter_language_services.py)."""
    orders = {
        parent
        for p in paths
        if (keys := key_tokens(p))
        and keys[-1] in WORK_ORDER_LANGUAGE_KEYS
        and (parent := p.rpartition(".")[0])
        and JOB_WORDS.intersection(key_tokens(parent)[-1])
    }
    if not orders:
        return np.zeros(len(paths), dtype=bool)
    return np.fromiter(
        (p.rpartition(".")[0] in orders for p in paths), dtype=bool, count=len(paths)
    )


def drop_job_findings(spans: SpanArrays, cells: Cells) -> SpanArrays:
    """``spans`` without what job fields, job postings and careers pages say of the job."""
    if len(spans.cell) == 0:
        return spans
    paths = cells.paths
    job = np.fromiter(map(job_field, paths), dtype=bool, count=len(paths))
    if job.any():
        job &= ~_work_order_fields(paths)
    drop = job[cells.hint_id[spans.cell]] & np.isin(spans.entity, _JOB_CODES)
    drop |= _rota_cells(cells, spans.cell) & np.isin(spans.entity, _JOB_CODES)
    postings = _posting_records(cells)
    health = np.isin(spans.entity, _HEALTH_CODES)
    drop |= health & _worker_units(cells, spans.cell)
    if len(postings):
        in_posting = np.isin(cells.record[spans.cell], postings)
        drop |= in_posting & np.isin(spans.entity, _POSTING_CODES)
        titles = np.fromiter((_posting_cue(p)[1] for p in paths), dtype=bool, count=len(paths))
        drop |= in_posting & health & titles[cells.path_id[spans.cell]]
    rows = np.flatnonzero(health & ~drop)
    if len(rows):  # each cell read once: a long note holds many health spans
        cell_of = spans.cell[rows]
        careers = {c: careers_page(cells.text[c]) for c in np.unique(cell_of).tolist()}
        drop[rows] = [careers[c] for c in cell_of.tolist()]
    return spans.take(~drop) if drop.any() else spans
