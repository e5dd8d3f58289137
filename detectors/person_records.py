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
      fax; not a programme's help line (``supportPhone``, :mod:`detectors.senders`). A
      business listing has them too ("Riverbend Clinic", ``info@``), so a value whose last
      word names an organisation (:data:`detectors.organisations.ORGANISATION_WORDS`: clinic,
      health, pharmacy, inc, group...) is not taken.
    * The value must be shaped like a name (the field-name classifier's NAME check: up to
      four words of letters, no digits, not a browser's name).
    * Siblings are judged by field names across the chunk (the paths of one export's
      records are the same), so this costs one pass over the chunk's paths and one
      vectorized check of the candidate cells.
    * A name column may carry the prefix its contact columns carry: Salesforce's
      Web-to-Case ``SuppliedName`` beside ``SuppliedEmail`` and ``SuppliedPhone`` (landed
      by Fivetran as ``supplied_name``, ``supplied_email``), a form's ``guest_name`` beside
      ``guest_email``. The shared prefix says they describe one party. A prefix naming a
      thing (``company_name`` beside ``company_phone``, ``pharmacy_name``) is not a person
      (:data:`NOT_A_PERSON_PREFIX`).
    * An email or phone object beside it (``email.address``, ``PrimaryPhone.Number``)
      counts as the contact field it holds.
    * A community member's handle beside it does the same (Discourse's post and user
      exports: ``name`` beside ``username``): a handle is a person's account.
    * A fundraising CRM's constituent or donor id beside it does the same (Raiser's Edge's
      ``Constituent ID`` beside ``Name`` in a gift or prospect export, DonorPerfect's
      ``donor_id``): such an export is a list of people, and its ``Name`` is the donor's.
      Only these record words: a ``contact_id`` beside ``name`` is as often an email
      event's contact beside its campaign's name.
    * A person's own licence or certificate number beside it does the same (a state
      board's licence verification export, a clinical reviewer roster: ``Name`` beside
      ``License Number`` or ``DEA Number``): a licence is issued to one person. Only a key
      the field-name classifier reads as LICENSE_NUMBER and made of licence words alone
      (:data:`LICENCE_KEY_WORDS`): a facility's licence is not one, and ``Supervisor
      Cert #`` is another party's.
    * A contact column whose prefix is a person word (``context_traits_email``: Segment's
      ``context.traits.email`` landed in a warehouse) belongs to that flattened object, not
      to the record: it makes ``context_traits_name`` a name, not the ``name`` of the page
      the ``pages`` table row is about.
    * A bare ``id`` beside the person's own name parts (``first_name``, ``given_name``,
      ``lastName``; same parent object) is the person's CRM record id, OTHER_ID as the
      project reads a contact's or a lead's id: Zoho, Pipedrive, Keap, Freshsales and
      Zendesk Sell (``data.id``) export their contacts so. A lower-case ``id`` alone is too
      ambiguous (an order's, an event's) and stays a machine field; a name part under a
      prefix (``billing_first_name``) says nothing about the record's ``id``. An object
      that also times an event (a bare ``date``, ``time`` or ``datetime``, an appointment
      or booking word: Acuity's appointment beside its client's ``firstName``) is the
      event's record, and its ``id`` the event's. HubSpot's ``hs_object_id`` is read as
      a bare ``id`` (:data:`HUBSPOT_RECORD_ID`). A Facebook Lead Ads lead, as the Graph
      API returns it, holds the person's answers in ``field_data`` (``{name, values}``
      pairs: ``full_name``, ``email``) rather than in name parts: its bare ``id`` beside
      ``field_data`` is the lead's, one person's form submission, as the README decides a
      lead's id is (a Lead Ads CSV's ``l:`` id: :mod:`detectors.record_ids`).
    * Benefits enrolment, COBRA and dependent-verification files prefix each party's
      columns (``EE ID`` / ``EE Name``, ``Dep Name`` / ``Dep DOB``, ``QB Name`` /
      ``QB DOB``, ``Employee ID`` / ``Employee Name``): a name column is that party's when
      a birth date or an employer's employee id carries the same prefix. An employee
      word may be the prefix (:data:`EMPLOYEE_PREFIXES`): the employee is the row's
      subject or the subscriber. (``employee`` is a person's word in the field-name rules
      too, as HR and employee-health records use it; a contact centre's dashboard heads
      its agents by their role, ``Agent Name``, which :mod:`detectors.staff` drops.)
    * Salesforce's person accounts (Health Cloud's patients) head the person's name
      ``Account Name`` in reports: it is a NAME when the row also holds what only a person
      has, a birth date or a medical record number (a company's account has neither). So
      is a bare ``Name`` beside one in the same object (a person account nested in a
      payer's claim Case: ``Account.Name`` beside ``Account.PersonBirthdate``).
    * A Dataverse lookup's formatted value (``_regardingobjectid_value@OData.Community.
      Display.V1.FormattedValue``) is the display name of the record it points to: a
      person's name when the lookup's ``@Microsoft.Dynamics.CRM.lookuplogicalname`` in the
      same record is ``contact`` or ``lead`` (or, without that annotation, when the lookup
      is named for a contact: ``_primarycontactid_value``); an account's, a campaign's or a
      user's otherwise (the owner's is the practice's: :mod:`detectors.staff`).
    * A Salesforce REST or Bulk API record says what it is in ``attributes.type``: the
      ``Name`` beside it is a person's full name when the type is a contact, a lead or an
      individual (a SOQL export of contacts with no email or phone selected), or an object
      named for a person (Health Cloud's ``CareProgramEnrollee``, ``Patient__c``). An account's,
      a campaign's or a user's ``Name`` is not read (a user is the workforce), and the
      value must still be shaped like a person's name (an autonumber ``PM-00042`` is not).
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Callable, Iterator

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.chunk_profiles import CUSTODY_ID_KEYS, CUSTODY_PERSONS
from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext
from detectors.field_names import (
    NOT_A_PERSON,
    PERSON_PARENTS,
    STAFF_WORDS,
    VALIDATORS,
    key_tokens,
    whole_values,
)
from detectors.health_fields import specialties
from detectors.name_lexicon import is_given_name, is_surname
from detectors.organisations import ORGANISATION_WORDS, organisation_name
from detectors.registry import register
from detectors.senders import help_line_field
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.75
RECORD_ID = "OTHER_ID"
#: Keys of a person's own name parts, with no prefix: what makes a bare ``id`` beside them
#: the person's record id.
NAME_PART_KEYS = frozenset(
    {("first", "name"), ("last", "name"), ("given", "name"), ("family", "name")}
    | {("firstname",), ("lastname",), ("givenname",), ("familyname",), ("fname",), ("lname",)}
)
#: The bare id key of a record.
ID_KEYS = frozenset({("id",)})
#: The key of a Facebook Lead Ads lead's answers (``field_data[0].name``): the object
#: holding it is one person's form submission.
LEAD_FORM_KEY = ("field", "data")
#: HubSpot's own record id, which every object's ``properties`` carry (``hs_object_id``):
#: beside a contact's ``firstname`` and ``lastname`` it is the contact's record id, as a
#: bare ``id`` is; a deal's or a company's has no name parts beside it.
HUBSPOT_RECORD_ID = "hs_object_id"
#: Keys that time an event: an object holding them is an appointment, a booking or a
#: message about the person (Acuity's appointment: ``id`` beside the client's
#: ``firstName`` and its own ``date``, ``time``, ``datetime``), whose ``id`` is the event's.
EVENT_TIME_KEYS = frozenset(
    {("date",), ("time",), ("datetime",), ("date", "time"), ("start", "time"), ("end", "time")}
    | {("start",), ("end",), ("starts", "at"), ("ends", "at"), ("calendar",)}
)
#: Words of a key that make its object an appointment or a booking.
EVENT_WORDS = frozenset({"appointment", "appt", "booking", "calendar", "scheduled", "visit"})
#: A person account's name column in Salesforce reports.
ACCOUNT_NAME_KEYS = frozenset({("account", "name")})
#: Words of a date field that make it a birth date (what only a person has).
BIRTH_WORDS = frozenset({"birth", "birthdate", "birthday", "dob", "bday"})
#: A practice system's own patient number (a dental ledger's ``Patient ID``, Open Dental's
#: ``PatNum``): only a patient has one, as only a person has an MRN, so a bare ``Name``
#: beside it is that patient's (Eaglesoft's ledger: ``Patient ID``, ``Name``, ``Code``).
PATIENT_ID_KEYS = frozenset(
    {("patient", t) for t in ("id", "number", "no", "num", "nbr")}
    | {("patnum",), ("patientid",), ("pat", "id"), ("pat", "num")}
)
#: Keys of a nested patient object: beside one, a patient id is a lookup to it (a Health
#: Cloud ``CarePlan``'s ``PatientId`` beside its ``Patient`` relationship), and the
#: record's bare ``Name`` is the record's own (the plan's title).
PATIENT_OBJECTS = frozenset({("patient",), ("patients",)})
_FORMATTED = "@OData.Community.Display.V1.FormattedValue"
_LOGICAL_NAME = "@Microsoft.Dynamics.CRM.lookuplogicalname"
#: A Dataverse lookup's formatted value, with the lookup's name.
_LOOKUP_NAME = re.compile(r"(?:^|\.)_([a-z0-9_]+)_value" + re.escape(_FORMATTED) + "$")
#: Dataverse tables whose records are people.
PERSON_TABLES = frozenset({"contact", "lead"})
#: Keys that hold a name of something, a person's or not.
BARE_NAME_KEYS = frozenset(
    {("name",), ("full", "name"), ("fullname",), ("display", "name")}
    # a person's name parts as bare keys (Blackbaud's SKY API constituent: ``first``,
    # ``middle``, ``last`` beside ``email.address`` and ``phone.number``)
    | {("first",), ("middle",), ("last",)}
)
#: Entities of sibling fields that make a record a person's contact card.
CONTACT_ENTITIES = frozenset({"EMAIL", "PHONE", "FAX"})
#: Longest prefix shared by a name column and its contact columns (``supplied``,
#: ``guest``): a longer one is a structure of its own, not one party's columns.
MAX_PREFIX = 2
#: Prefix words of a business's contact columns: ``company_name`` / ``company_phone``,
#: ``pharmacy_name`` / ``pharmacy_phone``, ``store_name`` / ``store_email``.
NOT_A_PERSON_PREFIX = (
    NOT_A_PERSON
    | ORGANISATION_WORDS
    | frozenset(
        {
            *("location", "store", "shop", "vendor", "supplier", "agency", "partner", "team"),
            *("department", "facility", "insurer", "insurance", "payer", "carrier", "bank"),
            *("school", "merchant", "business", "brand"),
        }
    )
    # the practice's own agents and staff (``agent_name`` beside ``agent_email``)
    | STAFF_WORDS
)
#: Person words of a call log's number columns that still speak for the record: a call's
#: ``caller_number`` is the number of the one party the record is about, so its bare
#: ``name`` is the caller's (CallTrackingMetrics' calls and texts: ``name`` beside
#: ``caller_number_format``), unlike a Segment table's ``context_traits_email``.
CALL_PARTIES = frozenset({"caller", "callers"})
#: The same for an HR or recruiting export: its ``employee_email`` or ``candidate_phone`` is
#: the contact of the person every row is about (a wellness roster's ``display_name``
#: beside ``employee_email``), not of a flattened object beside the record.
RECORD_PARTIES = CALL_PARTIES | frozenset({"employee", "employees", "candidate", "candidates"})
#: Key words of a postal address line: a bare ``Name`` beside one is the addressee's (a
#: mail file's, a reply card's, a do-not-mail request's). A ``City`` alone is not enough:
#: store and clinic listings have one beside their own name.
STREET_WORDS = frozenset({"address", "addr", "address1", "addr1", "street", "mailing"})
#: Split name columns without the word "name": a mail file's ``FIRST`` / ``LAST``, a new
#: mover list's ``NM_FIRST`` / ``NM_LAST``, a reply card's ``RESP_FIRST``, a compiler's
#: ``FIRST_NM``. Read only as a pair (the same prefix and tail with ``first`` and with
#: ``last``): a lone ``first`` is a pager's flag or an activity's timestamp.
NAME_PARTS = frozenset({"first", "last"})
#: Abbreviations of "name" after a split name part (``FIRST_NM``).
NAME_PART_TAILS = frozenset({(), ("nm",), ("nme",)})
#: Last words of an object that holds one email address or phone number with its type and
#: id (Blackbaud's ``email: {address, type}``, Bloomerang's ``PrimaryPhone: {Number}``).
CONTACT_OBJECTS = frozenset({"email", "phone", "telephone", "mobile", "fax"})
#: Keys of a donor CRM's person record id (``Constituent ID``, ``donor_id``): beside one, a
#: bare ``Name`` is the constituent's.
DONOR_RECORD_IDS = frozenset(
    (who, tail) for who in ("constituent", "donor") for tail in ("id", "number", "no")
)
#: Keys of an employer's number for an employee (``Employee ID``, ``EmpID``, ``EEID``) in a
#: wellness, EAP or benefits vendor's roster: such a file lists people, as a donor CRM's
#: does, so a bare ``Name`` beside one is the employee's.
EMPLOYEE_RECORD_IDS = frozenset(
    {("employee", t) for t in ("id", "number", "no", "num")}
    | {("emp", "id"), ("emp", "no"), ("eeid",), ("ee", "id")}
)
#: Prefixes of an employee's own columns (``Employee Name``, ``EE Name``, ``Emp Name``),
#: taken as a party's prefix beside the same prefix's id or birth date (module doc).
EMPLOYEE_PREFIXES = frozenset({("employee",), ("ee",), ("emp",)})
#: Keys of a school's or a camp's number for one student (``Student ID``, PeopleSoft's
#: ``EMPLID``, a camp's ``camper_id``): a student information system's export lists
#: people, so a bare ``Name`` beside one is the student's (a bursar's charge line, a
#: TB-screening roster).
STUDENT_RECORD_IDS = frozenset(
    {(who, t) for who in ("student", "camper", "athlete") for t in ("id", "number", "no")}
    | {("emplid",), ("empl", "id")}
)
#: Record ids that make a record a person's list entry (see above). A jail's booking or
#: DOC number counts only where the chunk's shape made it an OTHER_ID
#: (:func:`detectors.chunk_profiles.profile_paths`): a flu clinic's roster in a jail
#: (``Booking #`` beside ``Name``) lists the people held, as a withdrawal flowsheet keyed
#: by ``Inmate #`` does.
CUSTODY_RECORD_IDS = CUSTODY_ID_KEYS | frozenset(
    (who, t) for who in CUSTODY_PERSONS for t in ("id", "number", "no")
)
#: Keys of the Department of Defense's number of one service member or family member
#: (``DoD ID``, ``EDIPI``): a readiness roster or a deployment health assessment lists
#: people, so a bare ``Name`` beside one is the member's ("PFC Jordan Ellis").
SERVICE_MEMBER_IDS = frozenset(
    {("dod", "id"), ("do", "d", "id"), ("dodid",), ("edipi",), ("dod", "id", "number")}
)
#: Record ids that make a record a person's list entry (see above).
PERSON_LIST_IDS = (
    DONOR_RECORD_IDS
    | EMPLOYEE_RECORD_IDS
    | STUDENT_RECORD_IDS
    | CUSTODY_RECORD_IDS
    | SERVICE_MEMBER_IDS
)
#: Words of a key that holds one person's own licence or certificate number (a licence
#: verification lookup's or a clinical roster's ``License Number``, ``License #``, a
#: prescriber list's ``DEA Number``): a licence is issued to one person, so a bare ``Name``
#: beside it is the licensee's. A facility's or a business's licence (``Facility License
#: Number``) is not the field-name classifier's LICENSE_NUMBER, and a key naming another
#: party (``Supervisor Cert #``) speaks for that party, not for the row.
LICENCE_KEY_WORDS = frozenset(
    {"license", "licence", "lic", "cert", "certification", "certificate", "dea", "state"}
    | {"number", "no", "num", "nbr", "id", "professional"}
)
#: Keys of the handle a person signs in and posts with (Discourse's user and post
#: exports: ``name`` beside ``username``; a profile's ``handle``): only a person's account
#: has one beside its ``name``, so that ``name`` is the member's (a staff or brand account
#: fails the organisation check, as a business listing's does).
HANDLE_KEYS = frozenset({("username",), ("user", "name"), ("screen", "name"), ("handle",)})
_LAST_WORD = r"(?P<last>\S+)\s*$"


class PersonRecordNameDetector:
    """A name-shaped value in a bare ``Name`` field beside a person's email or phone."""

    name = "person_records"
    entities = frozenset({ENTITY, RECORD_ID})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0:
            return
        if ctx.enabled(RECORD_ID):
            yield from _record_ids(ctx)
        if not ctx.enabled(ENTITY):
            return
        yield from _lookup_names(ctx)
        yield from _sobject_names(ctx)
        targets = person_name_paths(ctx.cells.paths, ctx.profiles)
        if not targets:
            return
        cells = ctx.path_cells(targets)
        yield from _person_names(ctx, cells)


def _person_names(ctx: ScanContext, cells: np.ndarray) -> Iterator[Span]:
    """NAME spans of the values of ``cells`` that are shaped like a person's name and do not
    end in an organisation's word."""
    vals = whole_values(ctx, cells)
    ok = vals.usable & VALIDATORS[ENTITY](vals.text)
    last = pc.utf8_lower(pc.extract_regex(vals.text, _LAST_WORD).field(0))
    ok &= ~pc.is_in(last, value_set=_not_a_person()).to_numpy(zero_copy_only=False)
    yield from vals.spans(ok, ENTITY, SCORE)


def _lookup_names(ctx: ScanContext) -> Iterator[Span]:
    """Dataverse lookups' formatted values that name a contact or a lead (module doc)."""
    paths = ctx.cells.paths
    lookups = {i: m[1] for i, p in enumerate(paths) if (m := _LOOKUP_NAME.search(p))}
    if not lookups:
        return
    index = {p: i for i, p in enumerate(paths)}
    # the lookup's logical-name annotation beside it, per lookup path
    annotation = {i: index.get(paths[i][: -len(_FORMATTED)] + _LOGICAL_NAME) for i in lookups}
    annotated = {i: a for i, a in annotation.items() if a is not None}
    person = _said_by_sibling(ctx, annotated, lambda table: table.strip().lower() in PERSON_TABLES)
    # without the annotation, a lookup named for a contact
    unannotated = [i for i in lookups if i not in annotated and lookups[i].endswith("contactid")]
    person += np.flatnonzero(np.isin(ctx.cells.path_id, unannotated)).tolist()
    if person:
        yield from _person_names(ctx, np.asarray(sorted(person), dtype=np.int64))


def _said_by_sibling(
    ctx: ScanContext, sibling_of: dict[int, int], says: Callable[[str], bool]
) -> list[int]:
    """Cells of the paths in ``sibling_of`` (a path id -> the id of the path beside it that
    says what it names: a Dataverse lookup's logical-name annotation, a Salesforce record's
    ``attributes.type``) whose sibling's value in the same record passes ``says``."""
    if not sibling_of:
        return []
    path_id, record, texts = ctx.cells.path_id, ctx.cells.record, ctx.cells.text
    said: dict[tuple[int, int], str] = {}
    for cell in np.flatnonzero(np.isin(path_id, list(set(sibling_of.values())))).tolist():
        said[(int(record[cell]), int(path_id[cell]))] = texts[cell]
    return [
        cell
        for cell in np.flatnonzero(np.isin(path_id, list(sibling_of))).tolist()
        if says(said.get((int(record[cell]), sibling_of[int(path_id[cell])]), ""))
    ]


#: Salesforce objects whose records are people besides those named for a person word.
PERSON_SOBJECTS = frozenset({"contact", "lead", "individual"})
#: Person words that do not make an object a person's: Salesforce's ``User`` is the
#: workforce, a ``Profile`` a permission set, billing and shipping an order's.
_NOT_PERSON_SOBJECT_WORDS = frozenset({"user", "usr", "profile", "billing", "shipping"})
_SOBJECT_TYPE = "attributes.type"
#: The words of an object's API name: ``CareProgramEnrollee`` -> care, program, enrollee.
_SOBJECT_WORD = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+")


def person_sobject(sobject: str) -> bool:
    """True for a Salesforce object type whose records are people (module doc): a
    contact, a lead, an individual, or an object, standard or custom, whose name ends in
    a person word (Health Cloud's ``CareProgramEnrollee``, ``CampaignMember``,
    ``Patient__c``, ``Program_Member__c``)."""
    name = sobject.strip().removesuffix("__c")
    words = [w.lower() for w in _SOBJECT_WORD.findall(name)]
    if not words:
        return False
    last = words[-1]
    return name.lower() in PERSON_SOBJECTS or (
        _person_word(last) and last not in _NOT_PERSON_SOBJECT_WORDS
    )


def _sobject_names(ctx: ScanContext) -> Iterator[Span]:
    """The ``Name`` of each Salesforce record whose ``attributes.type`` is a person's
    (module doc). Costs nothing in a chunk without an ``attributes.type`` path."""
    paths = ctx.cells.paths
    types = [
        i for i, p in enumerate(paths) if p == _SOBJECT_TYPE or p.endswith("." + _SOBJECT_TYPE)
    ]
    if not types:
        return
    index = {p: i for i, p in enumerate(paths)}
    # the ``Name`` path of each typed object, with its type: ``Name`` beside a top-level
    # ``attributes.type``, ``Contact.Name`` beside ``Contact.attributes.type``
    type_of = {
        n: t
        for t in types
        if (n := index.get(paths[t][: -len(_SOBJECT_TYPE)] + "Name")) is not None
    }
    cells = _said_by_sibling(ctx, type_of, person_sobject)
    if cells:
        yield from _person_names(ctx, np.asarray(cells, dtype=np.int64))
    deals = _said_by_sibling(ctx, type_of, lambda t: t.strip().lower() in DEAL_SOBJECTS)
    yield from _deal_names(ctx, deals)


#: Salesforce objects whose ``Name`` is a deal's, written ``<party> - <what is sold>`` by
#: the CRM's naming convention: a treatment centre's or a senior-living community's
#: admissions pipeline names each Opportunity for the person it would admit ("Derek
#: Holloway - Residential"), a company's sales team for the account ("Acme Corp -
#: Renewal").
DEAL_SOBJECTS = frozenset({"opportunity"})
#: A deal name's party before its dash: two or three capitalised words (a middle initial
#: allowed), then `` - ``, an en dash or a ``|``.
_DEAL_PARTY = re.compile(
    r"\s*(?P<party>[A-Z][a-z'\-]+(?:\s[A-Z]\.?)?(?:\s[A-Z][A-Za-z'\-]+){1,2})\s+[-\u2013|]\s+\S"
)


def _deal_names(ctx: ScanContext, cells: list[int]) -> Iterator[Span]:
    """NAME spans of the party of each deal's ``Name`` in ``cells`` (:data:`DEAL_SOBJECTS`)
    that is a person: its first word a known given name that is no everyday word and its
    last a known surname, not an organisation's or a listing's name ("Jordan Industries -
    Q3" ends in an organisation word)."""
    texts = ctx.cells.text
    for cell in cells:
        m = _DEAL_PARTY.match(texts[cell])
        if m is None:
            continue
        party = m["party"]
        words = party.split()
        if (
            is_given_name(words[0], ambiguous_ok=False)
            and is_surname(words[-1])
            and not listing_name(party)
        ):
            yield Span(cell, m.start("party"), m.end("party"), ENTITY, SCORE, "regex")


#: Last words of a business listing's own name that no person's name ends in besides the
#: organisation words: a location's (``Downtown Location``, ``Westside Office``) and a care
#: specialty's (``Lakeside Dermatology``, from ``data/specialties.txt``). A store or clinic
#: listing has a street beside its name as a mail file's row has.
LISTING_WORDS = frozenset({"location", "locations", "branch", "store", "studio", "offices"})


@functools.cache
def _listing_words() -> frozenset[str]:
    """A location's and a single-word care specialty's last words (loaded once)."""
    return LISTING_WORDS | {s for s in specialties() if " " not in s}


@functools.cache
def _not_a_person() -> pa.Array:
    """Last words that make a name an organisation's or a listing's."""
    return pa.array(sorted(ORGANISATION_WORDS | _listing_words()), type=pa.string())


#: The separator between a brand and its site in a location's name ("Riverside Urgent
#: Care - Dublin", "Akron Primary Care – Fairlawn", "Lakeside Pediatrics | Frisco"), tried
#: only where a run of spaces starts, so a long run is scanned once, not once per space.
_SITE_SEPARATOR = re.compile(r"(?<!\s)\s+[-–—|]\s+")


def listing_name(text: str) -> bool:
    """True when a name is an organisation's (:func:`organisation_name`) or, of two words
    or more, ends in a location's or a care specialty's word (``Lakeside Dermatology``,
    ``Downtown Location``): a business's own name on its listing or its mailbox card, not
    a person's. Health systems and chains name each site by the brand, a dash and the
    neighbourhood ("Riverside Urgent Care - Dublin"): the brand before the first spaced
    dash or bar is judged too, so a site's name ending in its town is still a listing's
    (a person's name before a dash, "Maria Lopez - Dublin", is not)."""
    if _one_listing_name(text):
        return True
    head = _SITE_SEPARATOR.split(text, maxsplit=1)[0]
    return head != text and _one_listing_name(head)


def _one_listing_name(text: str) -> bool:
    """:func:`listing_name` of one name, without a site after a separator."""
    if organisation_name(text):
        return True
    words = text.replace(",", " ").split()
    return len(words) > 1 and words[-1].lower().strip(".") in _listing_words()


def person_key(key: str, entity: str | None) -> bool:
    """True for a key only a person's record has, whatever sits beside it: an MRN, or a
    date whose key says birth (``dob``, ``birth_date``)."""
    if entity == "MRN":
        return True
    return entity == "DATE" and not BIRTH_WORDS.isdisjoint(t for k in key_tokens(key) for t in k)


def _record_ids(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of the bare ``id`` fields beside a person's name parts."""
    targets = person_id_paths(ctx.cells.paths)
    if not targets:
        return
    cells = ctx.path_cells(targets)
    vals = whole_values(ctx, cells)
    yield from vals.spans(vals.usable & VALIDATORS[RECORD_ID](vals.text), RECORD_ID, SCORE)


def person_id_paths(paths: tuple[str, ...]) -> set[int]:
    """Ids of the bare ``id`` paths whose parent object (or CSV row) also holds a person's
    name parts (see the module doc). One pass over the chunk's paths."""
    ids: dict[tuple[tuple[str, ...], ...], list[int]] = defaultdict(list)
    named: set[tuple[tuple[str, ...], ...]] = set()
    events: set[tuple[tuple[str, ...], ...]] = set()
    for i, path in enumerate(paths):
        keys = key_tokens(path)
        if not keys or path.endswith("]"):
            continue  # a list's element is no field of the record
        parent, key = keys[:-1], keys[-1]
        if LEAD_FORM_KEY in parent:
            named.add(parent[: parent.index(LEAD_FORM_KEY)])
        elif key in ID_KEYS or path.rpartition(".")[2] == HUBSPOT_RECORD_ID:
            ids[parent].append(i)
        elif key in NAME_PART_KEYS:
            named.add(parent)
        elif key in EVENT_TIME_KEYS or not EVENT_WORDS.isdisjoint(key):
            events.add(parent)
    return {i for parent, found in ids.items() if parent in named - events for i in found}


Group = tuple[tuple[tuple[str, ...], ...], tuple[str, ...]]


def person_name_paths(paths: tuple[str, ...], profiles: tuple[FieldProfile, ...]) -> set[int]:
    """Ids of the name paths with a contact field beside them (see the module doc).

    A field's group is its parent and the prefix of its key: ``(parent, ())`` for a bare
    ``Name``, ``(parent, ("supplied",))`` for ``supplied_name``. A contact field stands for
    the bare group of its parent and for the group of its own prefix.
    """
    names: dict[Group, list[int]] = defaultdict(list)
    contacts: set[Group] = set()
    parts: dict[tuple[Group, tuple[str, ...]], dict[str, list[int]]] = defaultdict(
        lambda: defaultdict(list)
    )
    accounts: dict[tuple[tuple[str, ...], ...], list[int]] = defaultdict(list)
    people: set[tuple[tuple[str, ...], ...]] = set()  # groups with a birth date or an MRN
    patient_ids: set[tuple[tuple[str, ...], ...]] = set()  # groups with a patient number
    patient_objects: set[tuple[tuple[str, ...], ...]] = set()  # groups with a patient object
    for i, (path, profile) in enumerate(zip(paths, profiles, strict=True)):
        keys = key_tokens(path)
        if len(keys) > 1 and keys[-2] in PATIENT_OBJECTS:
            patient_objects.add(keys[:-2])
        if profile.system or not keys:
            continue
        parent, key = keys[:-1], keys[-1]
        if profile.entity in ("OTHER_ID", "MRN") and key in PATIENT_ID_KEYS:
            patient_ids.add(parent)
        if profile.entity == "MRN" or (
            profile.entity == "DATE" and not BIRTH_WORDS.isdisjoint(t for k in keys for t in k)
        ):
            people.add(parent)
            # only a person has a birth date or a medical record number: a bare ``name``
            # beside one is that person's (a portal link's ``?name=…&dob=…``)
            contacts.add((parent, ()))
            if profile.entity == "DATE" and 1 < len(key) <= MAX_PREFIX + 1:
                # ``Dep DOB`` beside ``Dep Name``: one party's columns (module doc)
                contacts.add((parent, _before_birth(key)))
        if key in ACCOUNT_NAME_KEYS:
            accounts[parent].append(i)
            continue
        if parent and STAFF_WORDS.intersection(parent[-1]):
            continue  # an agent's or a staff member's card (``agent.name``, ``agent.email``)
        if profile.entity is None and not profile.free_text:
            split = _name_part(key)
            if split is not None:
                part, prefix, tail = split
                parts[((parent, prefix), tail)][part].append(i)
        if profile.entity == "LOCATION" and STREET_WORDS.intersection(key):
            contacts.add((parent, ()))
        if profile.entity == "ONLINE_ID" and key in HANDLE_KEYS:
            contacts.add((parent, ()))  # a community's member row: ``name`` by ``username``
        if profile.entity == "LICENSE_NUMBER" and LICENCE_KEY_WORDS.issuperset(key):
            contacts.add((parent, ()))  # a licensee's row: ``Name`` beside ``License #``
        if profile.entity == "OTHER_ID" and key in PERSON_LIST_IDS:
            contacts.add((parent, ()))
            if key in EMPLOYEE_RECORD_IDS:
                contacts.add((parent, key[:-1]))  # ``EE ID`` beside ``EE Name``
        elif profile.entity in CONTACT_ENTITIES and not help_line_field(path):
            if not any(_person_word(t) and t not in RECORD_PARTIES for t in key[:-1]):
                contacts.add((parent, ()))
            if 1 < len(key) <= MAX_PREFIX + 1:
                contacts.add((parent, key[:-1]))
            if parent and parent[-1][-1] in CONTACT_OBJECTS:
                # the address of an email object, the number of a phone object
                # (``email.address``, ``PrimaryPhone.Number``): the record's own contact
                contacts.add((parent[:-1], ()))
        elif profile.entity is None and not profile.free_text:
            prefix = _name_prefix(key)
            if prefix is not None:
                names[(parent, prefix)].append(i)
    for parent in patient_ids - patient_objects:
        # a practice's patient number: only a patient has one (beside the patient's own
        # object it is a lookup, and the record is the care plan's or the case's)
        people.add(parent)
        contacts.add((parent, ()))
    found = {i for group, ids in names.items() if group in contacts for i in ids}
    for pair in parts.values():
        if pair.keys() >= NAME_PARTS:
            found.update(i for ids in pair.values() for i in ids)
    # a bare ``Name`` beside a birth date or an MRN in the same object (a Salesforce
    # person account nested in a claim Case: ``Account.Name`` beside
    # ``Account.PersonBirthdate``): only a person has one, as for ``Account Name`` above
    found.update(
        i
        for (parent, prefix), ids in names.items()
        if (not prefix or prefix in EMPLOYEE_PREFIXES) and parent in people
        for i in ids
    )
    return found | {i for parent, ids in accounts.items() if parent in people for i in ids}


def _name_part(key: tuple[str, ...]) -> tuple[str, tuple[str, ...], tuple[str, ...]] | None:
    """``(part, prefix, tail)`` of a split name column (``NM_FIRST`` -> ``("first",
    ("nm",), ())``), or None; the prefix may not name a thing (``page_first``)."""
    for cut, token in enumerate(key):
        if token in NAME_PARTS:
            prefix, tail = key[:cut], key[cut + 1 :]
            if (
                tail in NAME_PART_TAILS
                and len(prefix) <= MAX_PREFIX
                and NOT_A_PERSON_PREFIX.isdisjoint(prefix)
            ):
                return token, prefix, tail
            return None
    return None


def _person_word(token: str) -> bool:
    """A person word, singular or plural (``traits``, ``users``): a contact column that
    holds one (``context_traits_email``, a Segment warehouse column) is a flattened
    person object's, so the record's bare ``name`` (a page's, in a ``pages`` table) is
    not beside it."""
    return token in PERSON_PARENTS or (token.endswith("s") and token[:-1] in PERSON_PARENTS)


def _name_prefix(key: tuple[str, ...]) -> tuple[str, ...] | None:
    """The prefix before a bare-name tail (``()`` for ``name`` itself, ``("supplied",)``
    for ``supplied_name``); None when the key is no name or its prefix names a thing."""
    for cut in range(min(len(key), MAX_PREFIX + 2)):
        if key[cut:] in BARE_NAME_KEYS:
            prefix = key[:cut]
            if prefix in EMPLOYEE_PREFIXES or (
                len(prefix) <= MAX_PREFIX and NOT_A_PERSON_PREFIX.isdisjoint(prefix)
            ):
                return prefix
            return None
    return None


def _before_birth(key: tuple[str, ...]) -> tuple[str, ...]:
    """The prefix of a birth-date column: its tokens before the first birth or date word
    (``("dep", "dob")`` -> ``("dep",)``, ``("qb", "date", "of", "birth")`` -> ``("qb",)``)."""
    for cut, token in enumerate(key):
        if token in BIRTH_WORDS or token == "date":
            return key[:cut]
    return key[:-1]


@register("person_records")
def _factory(config: EngineConfig) -> PersonRecordNameDetector | None:
    return PersonRecordNameDetector() if ENTITY in config.entities else None
