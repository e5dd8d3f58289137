"""The practice's own people on a CRM record: its owner, creator, modifier and assignee.

Every CRM names, beside the person a record is about, the staff members who own and
touched it, and most exports carry their name, email and user id along: Zoho's ``Owner``
and ``Created_By`` objects (``{name, id, email}``), Pipedrive's ``owner_id`` and
``creator_user_id`` objects, Salesforce's ``Owner.Name`` and ``CreatedBy.Name``, Dataverse's
``_ownerid_value`` lookup with its formatted value (the owner's full name), Airtable's and
Monday.com's "Assigned To" collaborator, a CSV's ``Contact Owner`` or ``Outreach By``
column. They are the covered entity's workforce, not the patient or the patient's
relatives, employer or household (45 CFR 164.514(b)(2)(i)), as a call centre's agents are
(``STAFF_WORDS`` in :mod:`detectors.field_names`); reporting them turns every owned record
into a contact card of the marketing manager.

So the contact entities found in a staff field are dropped after resolution, whichever
family found them (the email pattern, the name lexicons, a field's name), unless the same
value is found outside the record's staff fields too: the record's own person's identifier
in a staff field means that person did it (a patient who updated their own record through a
portal is its ``modified_by``), and is still found. A name signed with a clinical
credential elsewhere ("Shonda Wells, RN" in a ``Care Coordinator`` column beside ``Account
Owner`` = "Shonda Wells") is the same staff member, not the record's person, and does not
keep it. A staff field is
told by its keys (:func:`staff_field`), one test per distinct path; free text that names a
staff member elsewhere in the record (a note) is not touched. A record of the CRM's user
table (Dataverse's ``systemuser``, told by its ``systemuserid`` key) is a staff member's
as a whole. A warehouse's query log is the same: the user who ran a logged statement
(:data:`QUERY_USER_KEYS`, in a record that carries the statement) is an analyst, an
engineer or a service account, never the person whose values the statement holds; so is
the address it came from (:data:`QUERY_CALLER_IP_KEYS`: an audit entry's ``callerIp``).
A contact centre's conversation export lists the agent beside the caller as participants
(Genesys Cloud's ``participants[]``): a participant whose ``purpose`` is an agent's or a
system's is the workforce: its name, contact points and ids are not reported
(:func:`agent_participants`).
"""

from __future__ import annotations

import functools
import re

import numpy as np

from detectors.animal_records import animal_records
from detectors.cells import Cells
from detectors.field_names import key_tokens
from detectors.keyed_names import SIGNED_CREDENTIAL
from detectors.span_arrays import ENTITY_INDEX, SpanArrays

#: What is dropped in a staff field: a person's name, contact points and record ids.
STAFF_ENTITIES = frozenset({"NAME", "EMAIL", "PHONE", "FAX", "OTHER_ID", "ONLINE_ID"})
_STAFF_CODES = np.asarray(sorted(ENTITY_INDEX[e] for e in STAFF_ENTITIES), dtype=np.int16)

#: Tokens of a key that make it (or everything under it) a staff member's: a record's owner,
#: creator or assignee, as each CRM spells it (Dataverse runs its lookups together:
#: ``ownerid``, ``owninguser``, ``createdby``, ``modifiedonbehalfby``).
OWNER_TOKENS = frozenset(
    {"owner", "owners", "ownerid", "owninguser", "owningteam", "creator", "assignee"}
    | {"assignees", "createdby", "modifiedby", "createdonbehalfby", "modifiedonbehalfby"}
)
#: Words that may come before ``owner`` in a CRM's owner field: the record it owns
#: (``Contact Owner``, ``Account Owner``, Pipedrive's ``Person - Owner``). Any other word
#: makes it someone else's owner: a policy's owner is the insured, a home's or a business's
#: owner may be the patient.
OWNED_RECORDS = frozenset(
    {"contact", "lead", "account", "record", "deal", "person", "case", "ticket", "task"}
    | {"opportunity", "patient", "activity", "item", "referral", "company", "organization"}
)
#: ``<verb> by`` and ``assigned to`` keys: who did something to the record (``Created By``,
#: ``LastModifiedBy``, ``Outreach By``, ``Assigned To``). Not ``referred by`` (a referrer
#: may be a relative) nor ``submitted by`` (a form's submitter is the person).
STAFF_VERBS = frozenset(
    {"created", "modified", "updated", "edited", "changed", "owned", "assigned", "handled"}
    | {"outreach", "called", "contacted", "entered", "logged", "scheduled", "processed"}
)
#: A lookup object to a CRM user (Pipedrive's deal ``user_id`` and ``creator_user_id``: ``{id,
#: name, email, value}``). Only as a parent: a ``user_id`` value is an analytics login id.
#: Only the lookup's own keys count: Prebid's ``userId`` object holds the visitor's
#: identity-graph ids (``userId.pubcid``, ``userId.id5id.uid``, ``userId.idl_env``), which
#: are the site visitor's, not a staff member's.
_USER_LOOKUP = re.compile(
    r"(?:^|[._])user_?id(?:\[\d+\])?\.(?:id|name|email|value|phone)(?:$|[.\[])",
    re.IGNORECASE,
)


#: A contact centre's agent or a rep by their role (a KPI dashboard's ``Agent``, an agent
#: state report's ``Agent Name``, a queue export's ``Agent Login`` or ``agent.email``, a
#: sales rep's ``Rep Email``): the workforce, as a record's owner is.
AGENT_ROLES = frozenset(
    {"agent", "agents", "csr", "rep", "representative"}
    # a recruiting tool's recruiter and sourcer, on the candidate's record (Workday's
    # ``Recruiter``, ``recruiter.email``): the employer's staff, as a record's owner is
    | {"recruiter", "recruiters", "sourcer", "sourcers"}
    # a log's ``staff`` column (a camp infirmary's "Health Center - Nurse Jo", a school
    # nurse's ``staff_name``): who wrote the entry, the school's or the camp's workforce
    | {"staff"}
    # a claims administrator's adjuster on the claimant's file (a claim letter's
    # ``AdjusterName`` and ``AdjusterPhone``, a referral's ``claim.adjuster``): the
    # carrier's staff, as the rehab and workers' compensation probes decided
    | {"adjuster", "adjusters"}
)
#: What may follow the role in such a key: the agent's own name, contact point or login.
#: Anything else (``agent_message``, ``agent_notes``) is what the agent wrote or did, which
#: may name the patient.
AGENT_CONTACT = frozenset(
    {"name", "full", "first", "last", "email", "address", "login", "id", "username", "user"}
    | {"phone", "number", "extension", "ext"}
)


#: A sales team's roles as senior-living, home-care and hospice CRMs head them (Sherpa's
#: ``salesCounselor``, Welcome Home's ``Salesperson``, a ``Sales Director``), and a lead
#: agency's advisor: the workforce who works the lead, as a record's owner is. Only with
#: ``sales`` (or run together): a bare ``counselor`` may be the person's own therapist, a
#: clinician; and only an ``advisor`` opening the key (a ``financial_advisor`` is the
#: person's own).
SALES_ROLES = frozenset(
    {("salesperson",), ("sales", "person"), ("sales", "counselor")}
    | {("sales", "counsellor"), ("sales", "rep"), ("sales", "representative")}
    | {("sales", "director"), ("sales", "manager"), ("sales", "associate")}
    | {("sales", "consultant"), ("sales", "coordinator")}
    # a lead agency's (A Place for Mom-, Caring.com-like) advisor who placed the lead
    | {("advisor",), ("care", "advisor"), ("family", "advisor")}
)
#: Every staff role a key may open with, as one or two tokens, before
#: :data:`AGENT_CONTACT` words: the agents', the sales team's and a requisition's ``Hiring
#: Manager``.
STAFF_ROLES = (
    frozenset((role,) for role in AGENT_ROLES)
    | SALES_ROLES
    | {("hiring", "manager"), ("hiring", "managers")}
)
_ROLE_LENGTHS = sorted({len(role) for role in STAFF_ROLES})


def _staff_key(tokens: tuple[str, ...]) -> bool:
    """True when one key's tokens name a staff member (see the module constants)."""
    for i, tok in enumerate(tokens):
        if tok in OWNER_TOKENS and OWNED_RECORDS.issuperset(tokens[:i]):
            return True
    for n in _ROLE_LENGTHS:
        if tokens[:n] in STAFF_ROLES and AGENT_CONTACT.issuperset(tokens[n:]):
            return True
    return len(tokens) >= 2 and (
        (tokens[-1] == "by" and tokens[-2] in STAFF_VERBS)
        or tokens[-2:] in {("assigned", "to"), ("assigned", "user")}
    )


@functools.lru_cache(maxsize=16384)
def staff_field(path: str) -> bool:
    """True when a hint path is a staff member's field or lies under one (cached)."""
    return any(map(_staff_key, key_tokens(path))) or bool(_USER_LOOKUP.search(path))


#: Keys that only a CRM's user table has: a Dataverse ``systemuser`` row (the staff
#: member's own record, exported when a team audits who owns what). Every field of such a
#: record is a staff member's.
USER_RECORD_KEYS = frozenset({"systemuserid"})


#: Keys of the user who ran a statement, in a warehouse's query log or audit entry
#: (Snowflake's ``USER_NAME``, BigQuery ``JOBS.user_email`` and the audit log's
#: ``authenticationInfo.principalEmail``, Databricks' ``userIdentity.email``, Redshift's
#: ``username``, a BI tool's ``executed_by``): an analyst, an engineer or a service, the
#: workforce as a record's owner is. Only in a record that carries the statement
#: (:func:`statement_records`): an app's ``user_name`` is its end user.
QUERY_USER_KEYS = frozenset(
    {("user", "name"), ("user", "email"), ("username",), ("user",), ("principal", "email")}
    | {("user", "identity"), ("executed", "by"), ("executor",), ("run", "as")}
)
#: Keys of the address a logged statement came from (the audit log's
#: ``requestMetadata.callerIp``, CloudTrail's and Databricks' ``sourceIPAddress``): the
#: analyst's or the service's machine, dropped as its user is, in the same records.
QUERY_CALLER_IP_KEYS = frozenset({("caller", "ip"), ("source", "ip", "address"), ("source", "ip")})
_IP_CODE = ENTITY_INDEX["IP_ADDRESS"]
#: Last keys that hold a statement's text in query logs (``QUERY_TEXT``, ``querytxt``,
#: ``commandText``, ``query``, ``native_query``, ``statement``).
STATEMENT_KEYS = frozenset(
    {("query", "text"), ("querytxt",), ("query",), ("command", "text"), ("statement",)}
    | {("statement", "text"), ("sql",), ("sql", "text"), ("native", "query"), ("raw", "query")}
)
#: A statement's opening, after any leading comment (dbt's ``/* {"app": "dbt"} */``): its
#: verb with what must follow it, so that a site search's "select a dermatologist" under a
#: ``query`` key is no statement.
_STATEMENT = re.compile(
    r"\s*(?:/\*.*?\*/\s*|--[^\n]*\n\s*)*"
    r"(?:select\b.*?\bfrom\b|select\s+\d|insert\s+(?:into|overwrite)\b"
    r"|update\s+[\w.\"`\[\]-]+\s+set\b|delete\s+from\b|merge\s+into\b|with\s+\w+\s+as\s*\("
    r"|(?:create|alter|drop|truncate)\s+(?:or\s+replace\s+)?(?:temp(?:orary)?\s+)?"
    r"(?:table|view|schema|database|index|function|procedure|stage)\b"
    r"|copy\s+into\b|unload\s*\(|call\s+\w|use\s+(?:warehouse|database|role|schema)\b)",
    re.IGNORECASE | re.DOTALL,
)


@functools.lru_cache(maxsize=16384)
def query_user_field(path: str) -> bool:
    """True when a key of a hint path names the user who ran a statement (cached)."""
    return any(k in QUERY_USER_KEYS for k in key_tokens(path))


@functools.lru_cache(maxsize=16384)
def query_caller_ip_field(path: str) -> bool:
    """True when a hint path's last key names the address a statement came from (cached)."""
    keys = key_tokens(path)
    return bool(keys) and keys[-1] in QUERY_CALLER_IP_KEYS


@functools.lru_cache(maxsize=16384)
def statement_field(path: str) -> bool:
    """True when a hint path's last key names a statement's text (cached)."""
    keys = key_tokens(path)
    return bool(keys) and keys[-1] in STATEMENT_KEYS


def statement_records(cells: Cells) -> np.ndarray:
    """Records of the chunk that carry a SQL statement under a statement's key: query-log
    rows (the only cells read are those few, once each)."""
    paths = cells.paths
    named = np.fromiter(map(statement_field, paths), dtype=bool, count=len(paths))
    if not named.any():
        return np.empty(0, dtype=cells.record.dtype)
    hits = [
        int(cells.record[c])
        for c in np.flatnonzero(named[cells.hint_id]).tolist()
        if _STATEMENT.match(cells.text[c])
    ]
    return np.unique(np.asarray(hits, dtype=cells.record.dtype))


def drop_staff_contacts(spans: SpanArrays, cells: Cells) -> SpanArrays:
    """``spans`` without the names, contact points and ids found in staff fields."""
    if len(spans.cell) == 0:
        return spans
    paths = cells.paths
    staff = np.fromiter(map(staff_field, paths), dtype=bool, count=len(paths))
    users = np.fromiter((p in USER_RECORD_KEYS for p in paths), dtype=bool, count=len(paths))
    runners = np.fromiter(map(query_user_field, paths), dtype=bool, count=len(paths))
    callers = np.fromiter(map(query_caller_ip_field, paths), dtype=bool, count=len(paths))
    in_log = np.zeros(len(spans.cell), dtype=bool)  # found in a query log's user field
    caller_ip = np.zeros(len(spans.cell), dtype=bool)  # ... or its caller's address
    if runners.any() or callers.any():
        hints = cells.hint_id[spans.cell]
        ran = runners[hints]
        came = callers[hints] & (spans.entity == _IP_CODE)
        if ran.any() or came.any():
            logged = np.isin(cells.record[spans.cell], statement_records(cells))
            in_log = ran & logged
            caller_ip = came & logged
    if caller_ip.any():
        spans = spans.take(~caller_ip)
        in_log = in_log[~caller_ip]
    agents = agent_participants(spans, cells)
    if not (staff.any() or users.any() or in_log.any() or agents.any()):
        return spans
    in_staff = staff[cells.hint_id[spans.cell]] | in_log | agents
    if in_staff.any():
        in_staff &= ~_pet_owners(spans, cells)
    if users.any():
        user_records = np.unique(cells.record[users[cells.path_id]])
        in_staff |= np.isin(cells.record[spans.cell], user_records)
    drop = in_staff & np.isin(spans.entity, _STAFF_CODES)
    if not drop.any():
        return spans
    # the record's own person's identifiers, as found outside staff fields (only the
    # contact entities of the records with something to drop can match)
    records = cells.record[spans.cell]
    mine = ~in_staff & np.isin(spans.entity, _STAFF_CODES)
    mine &= np.isin(records, np.unique(records[drop]))
    own = {
        _key(spans, cells, row)
        for row in np.flatnonzero(mine).tolist()
        if not _signed_as_clinician(spans, cells, row)
    }
    for row in np.flatnonzero(drop).tolist():
        drop[row] = _key(spans, cells, row) not in own
    return spans.take(~drop) if drop.any() else spans


#: A conversation participant's ``purpose`` that makes it the contact centre's side:
#: Genesys Cloud's analytics and conversation exports list every leg of a call as a
#: participant (``customer`` or ``external`` is the caller; ``agent`` and ``user`` are
#: its staff; ``acd``, ``ivr``, ``workflow`` and ``voicemail`` are its systems).
AGENT_PURPOSES = frozenset({"agent", "user", "acd", "ivr", "workflow", "voicemail"})
#: The sibling key that says whose leg a participant is, and the list item it sits in:
#: only a ``participants`` list's (elsewhere an ``agent`` may be a patient's healthcare
#: agent, a relative holding their power of attorney).
_PURPOSE_KEY = ".purpose"
_PARTICIPANT_ITEM = re.compile(r"(?:^|\.)participants\[\d+\]$", re.IGNORECASE)
_LIST_ITEM = re.compile(r"\]")


def agent_participants(spans: SpanArrays, cells: Cells) -> np.ndarray:
    """Per span, True inside a conversation participant whose ``purpose`` beside it is an
    agent's or a system's (:data:`AGENT_PURPOSES`): the agent's ``userId`` and
    ``participantName`` are the workforce, as a record owner's are; the customer
    participant's ``ani`` and name are still the caller's. Only records with a
    ``[i].purpose`` path are read, once per such cell."""
    hit = np.zeros(len(spans.cell), dtype=bool)
    paths = cells.paths
    purposes = [
        i
        for i, p in enumerate(paths)
        if p.endswith(_PURPOSE_KEY) and _PARTICIPANT_ITEM.search(p[: -len(_PURPOSE_KEY)])
    ]
    if not purposes or len(spans.cell) == 0:
        return hit
    staff_items: set[tuple[int, str]] = set()  # (record, participant item path)
    for cell in np.flatnonzero(np.isin(cells.path_id, purposes)).tolist():
        if cells.text[cell].strip().lower() in AGENT_PURPOSES:
            item = paths[int(cells.path_id[cell])][: -len(_PURPOSE_KEY)]
            staff_items.add((int(cells.record[cell]), item))
    if not staff_items:
        return hit
    for row, cell in enumerate(spans.cell.tolist()):
        path, record = paths[int(cells.path_id[cell])], int(cells.record[cell])
        ends = (m.end() for m in _LIST_ITEM.finditer(path))
        hit[row] = any((record, path[:end]) in staff_items for end in ends)
    return hit


@functools.lru_cache(maxsize=16384)
def pet_owner_field(path: str) -> bool:
    """True when a key of the path opens with ``owner`` (``Owner Name``, ``owner.phone``,
    ``owner_first_name``): in an animal's record, the pet's owner (cached)."""
    return any(k and k[0] in {"owner", "owners"} for k in key_tokens(path))


def _pet_owners(spans: SpanArrays, cells: Cells) -> np.ndarray:
    """Per span, True in a pet owner's field of an animal's record
    (:mod:`detectors.animal_records`): a veterinary, pet pharmacy or pet insurance export's
    ``Owner Name`` is the client, not a CRM user who owns the record."""
    paths = cells.paths
    owner = np.fromiter(map(pet_owner_field, paths), dtype=bool, count=len(paths))
    hit = owner[cells.hint_id[spans.cell]]
    if not hit.any():
        return hit
    animals = animal_records(cells)
    if not animals:
        return np.zeros_like(hit)
    records = cells.record[spans.cell]
    return hit & np.isin(records, np.fromiter(animals, dtype=records.dtype))


def _signed_as_clinician(spans: SpanArrays, cells: Cells, row: int) -> bool:
    """A name followed by a clinical credential ("Shonda Wells, RN" in a ``Care
    Coordinator`` column) is signed as the practice's clinician: the same name in the
    record's owner field is that staff member, not the record's own person."""
    cell = int(spans.cell[row])
    return SIGNED_CREDENTIAL.match(cells.text[cell], int(spans.end[row])) is not None


def _key(spans: SpanArrays, cells: Cells, row: int) -> tuple[int, int, str]:
    """``(record, entity, matched text casefolded)`` of a span row."""
    cell = int(spans.cell[row])
    value = cells.text[cell][int(spans.start[row]) : int(spans.end[row])]
    return int(cells.record[cell]), int(spans.entity[row]), value.casefold()
