"""Field names: what a column or JSON key says about its values, and whole-value findings.

Analytics and CRM exports label their identifiers: ``dob``, ``Postal Code``,
``user_data.em``, ``Medical_Record_Number__c``. :func:`profile_path` reads the *last
meaningful segment* of a hint path (GA4 parameter keys are already in it,
``event_params.email.value.string_value``; typed-value wrappers and list indices are
skipped) and classifies it with declarative tables: one :class:`Rule` per entity, plus
tables of machine (``system``) and free-text fields, plus a few parent-aware rules
(``traits.name`` is a person, ``company.name`` is not). It is cached, so each distinct path
is classified once per process, not once per chunk.

The ``field_name`` detector turns a profile into findings: a cell whose field implies an
entity, and whose value passes a cheap shape check for that entity, is reported whole.
Hex digests in direct-identifier fields (Meta's hashed ``em``/``ph``/``db``) become
HASHED_ID. IP_ADDRESS and ONLINE_ID fields are profiled here but reported by the
``network`` and ``online_ids`` detectors, which know their shapes.

Decisions worth knowing:
    * CRM record ids of a person are OTHER_ID: HubSpot's ``Record ID``, ``Contact ID``,
      ``Lead ID``, ``patient_id`` and Salesforce's top-level ``Id`` (exact case; in a Lead or
      Contact export it identifies the person). A lower-case top-level ``id`` is too
      ambiguous (order, event, product) and is left alone.
    * ``state``, ``country`` and ``region`` are not Safe Harbor identifiers (states may be
      kept) and get no entity; ``city``, ``county`` and street fields are LOCATION.
    * A bare ``name`` is a person only under a person-like parent (``traits.name``,
      ``patient.name``, a plural ``users[0].name``, a person's attribute container
      ``contact.attributes.name`` or ``user_properties.name``); company, product, event,
      page, campaign, file and display names never are.
    * Clinician names in a patient's record (``Referring_Physician__c``, ``provider_name``)
      are NAME. Safe Harbor lists the names of the individual, relatives, employers and
      household members; a referring doctor is none of these, but next to a patient's
      condition it narrows who the patient is, so redacting it is the conservative choice.
    * Survey exports head columns with their questions. A question asking for a value
      (``What is your first name?``) is read with the entity rules; a yes/no question
      (``Do you have a primary care physician?``) holds free-text answers, never a name.
    * Generic ``*_id`` keys without an entity rule (``order_id``, ``session_id``,
      ``event_id``) are system fields: digits in them are not phone numbers.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from itertools import pairwise, repeat
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.checksums import payment_card_valid
from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext, path_words
from detectors.key_words import split_humps
from detectors.name_lexicon import is_given_name
from detectors.number_dates import EPOCH, EXCEL_SERIAL, epoch_date, excel_serial_date
from detectors.organisations import organisation_names
from detectors.payment_ids import CARDHOLDER_PREFIX, STRIPE_TOKEN
from detectors.record_ids import PERSON, RECORD, salesforce_lookup
from detectors.registry import register
from detectors.senders import (
    CRM_DROPBOX_RE2,
    business_line_field,
    business_number,
    mailbox_party_field,
    role_mailbox,
)
from detectors.spans import Span, spans_from_columns
from detectors.vocabulary import ENTITIES


class Rule(NamedTuple):
    """One line of the classifier table.

    Attributes:
        entity: the entity the field implies (None in the system and free-text tables).
        score: confidence of the prior.
        phrases: token phrases (``"date of birth"``) that must END the key; a prefix is
            allowed (``patient_first_name``) and tokens may be run together
            (``firstname``, ``birthdate``); a trailing number is allowed (``address2``).
        tails: tokens allowed after the phrase (``phone`` + ``number``).
        exact: the phrase must be the whole key (short codes such as ``em``, ``ga``).
        exclude: tokens that veto the rule anywhere in the key.
        parent_exclude: ``exclude`` vetoes in the nearest parent's key too (a ticket's
            ``ticket.subject_id`` is no study subject's id).
    """

    entity: str | None
    score: float
    phrases: tuple[str, ...]
    tails: tuple[str, ...] = ()
    exact: bool = False
    exclude: frozenset[str] = frozenset()
    parent_exclude: bool = False


def _r(entity: str | None, score: float, phrases: str, **kw: object) -> Rule:
    """Build a rule from ``|``-separated phrases (keeps the tables readable)."""
    return Rule(entity, score, tuple(p.strip() for p in phrases.split("|")), **kw)  # type: ignore[arg-type]


def _set(text: str) -> frozenset[str]:
    """Whitespace-separated words as a set (keeps long word tables readable)."""
    return frozenset(text.split())


_NUM = ("number", "no", "num", "nr", "id")
#: Words of a card's key that name what is printed beside its number (``Card Type``,
#: ``card_expiration``, ``Card Issued``, ``has_card``): the card's details, not its number.
_CARD_DETAILS = _set("type status expiration expiry exp expires date issued is has")
#: Words of a key that make its ``name`` (or ``id``) a thing's, not a person's.
NOT_A_PERSON = _set(
    "company business organization organisation org account product item brand event page "
    "campaign utm file display app host domain site store list promotion promo creative form "
    "button category plan stage step template source medium device browser os model screen "
    "user"
)

#: Health insurers whose name heads a column of their members' ids in a broker's or a
#: practice's export (a carrier portal's book of business ``Humana ID``, ``Aetna Member
#: ID``, ``BCBS Subscriber #``). Only distinctive one-word names, as
#: :data:`detectors.medical_ids._PAYERS` reads them in text; a name that is also a word
#: (``Oscar``, ``Devoted``) heads other columns too.
_PAYER_WORDS = (
    "aetna", "humana", "cigna", "uhc", "anthem", "bcbs", "molina", "ambetter", "wellcare",
    "tricare", "highmark", "carefirst", "premera", "regence", "amerigroup", "caresource",
    "centene", "healthfirst", "metroplus", "fidelis", "excellus", "wellmark", "avmed",
    "caremark", "kaiser",
)  # fmt: skip
#: ``<payer> id``, ``<payer> member number``...: the member's number with that payer.
_PAYER_ID_PHRASES = "|".join(
    f"{payer}{part} {suffix}"
    for payer in _PAYER_WORDS
    for part in ("", " member", " subscriber")
    for suffix in ("id", "number", "no")
)

#: Free-text fields (NER runs there; no whole-value entity). Checked first.
FREE_TEXT_RULES: tuple[Rule, ...] = (
    _r(
        None,
        0.0,
        "notes|note|message|messages|comment|comments|description|desc|body|text|summary|"
        "search|search term|search query|query|keyword|keywords|answer|answers|response|"
        "reason|symptom|symptoms|feedback|review|complaint|chief complaint|concern|concerns|"
        "details|title|subject|transcript|question|questions|how can we help|bio|"
        "additional information|medical history|history|reason for visit|hpi|"
        "history of present illness|"
        "reason for appointment|reason for call|"
        # SMS replies (Twilio, SMS surveys), HubSpot's body preview, survey verbatims and
        # "Other (please specify)", chatbot utterances, Spanish "observaciones": a patient's
        # own words, often too short to pass as prose ("Maria here", "yes its Jose")
        "reply|replies|body preview|verbatim|please specify|utterance|observaciones|"
        # call centre and phone-system exports: a voicemail's or a call's text
        "transcription|voicemail|voicemail text|"
        # a crowdfunding campaign's or a patient community's own account of the person
        # (GoFundMe's and GiveSendGo's ``story``, a member's ``intro``, a caregiving
        # journal's ``journal_entry``): prose about the beneficiary, whatever its parent
        "story|intro|introduction|journal entry",
        exclude=frozenset({"utm", "id", "ids", "count", "type", "code", "status", "length"}),
    ),
    _r(None, 0.0, "q|s|kw", exact=True),
)

#: Entity priors, first match wins (so ``ip_address`` and ``email_address`` are decided
#: before the generic ``address``, and ``fax`` before ``phone``).
ENTITY_RULES: tuple[Rule, ...] = (
    _r(
        "IP_ADDRESS",
        0.9,
        "ip|ip address|ip addr|ipv4|ipv6|client ip address|remote addr|x forwarded for",
    ),
    _r(
        "EMAIL",
        0.9,
        "email|e mail|emails|email address|mail address",
        tails=("address", "addr"),
        exclude=_set(
            "unsubscribed subscribed opt optin optout consent verified domain type status "
            "count marketing"
        ),
    ),
    _r("EMAIL", 0.85, "em|mail", exact=True),
    # not ``fax_id``: a fax service's message number (eFax's ``Fax ID``, Updox's ``faxId``)
    _r("FAX", 0.9, "fax|facsimile", tails=("number", "no", "num", "nr")),
    _r(
        "PHONE",
        0.9,
        "phone|phones|telephone|tel|cell|cellphone|mobile|contact number|msisdn|whatsapp|"
        # run together as HubSpot's internal names write them (``mobilephone``)
        "mobile phone|home phone|work phone|business phone|other phone|cell phone",
        # Twilio-style E.164 columns: ``phone_number_e164``, ``customer_phone_e164``
        # ``phone_numbers``: TikTok's offline events and audience APIs list them
        tails=(*_NUM, "numbers", "e164", "number e164"),
        exclude=frozenset({"is", "has", "type", "verified", "opt", "consent"}),
    ),
    _r("PHONE", 0.85, "ph", exact=True),
    # a directory's or a department's own line (``Main Line``, ``Direct Line``): a number
    # by its name, so that a listing's profile (an ``hours`` column) can call it the place's
    # a health centre's nurse line on its listing (``After Hours Nurse Line``) the same way
    _r(
        "PHONE",
        0.85,
        "main line|direct line|main number|direct number|nurse line|nurse advice line|"
        "after hours line",
    ),
    # booking and reminder tools (Calendly's ``Text Reminder Number``): the number texted
    _r(
        "PHONE",
        0.85,
        "reminder number|text reminder number|sms number|text number|sms phone|"
        "callback number|call back number|callback phone",
    ),
    # call-tracking and SMS logs (CallRail, Twilio): the other party's number
    _r(
        "PHONE",
        0.85,
        "caller number|caller id|from number|to number|calling number|called number|"
        "dialed number|ani|dnis|recipient number|sender number|sms to|sms from|"
        # Dialpad's call history (``external_number``: the other party's), Aircall's calls
        # (``raw_digits``: the caller's or the callee's number as dialled)
        "external number|raw digits",
        # PBX and contact-centre CDRs: ``caller_id_number``, ``ani_number`` (a machine
        # ``*_number`` otherwise); CallTrackingMetrics' ``caller_number_format``
        tails=(*_NUM, "format", "formatted", "e164"),
    ),
    _r("ZIP_CODE", 0.9, "zip|zipcode|zip code|postal code|postcode|post code|postal"),
    # CASS output's ZIP+4 add-on column (``Plus4``, ``ZIP Plus 4``): part of the ZIP
    _r("ZIP_CODE", 0.9, "plus4|plus 4|zip plus 4|zip plus4|zip plus four"),
    # CallRail's legacy post-call webhook runs its keys together: ``callerzip``
    _r("ZIP_CODE", 0.9, "caller zip|caller postal code"),
    _r("ZIP_CODE", 0.85, "zp", exact=True),
    # Meta custom-audience files: the user_data short keys as top-level columns
    _r("LOCATION", 0.8, "ct", exact=True),
    _r(
        "DEVICE_ID",
        0.9,
        "device id|idfa|idfv|gaid|aaid|adid|madid|advertising id|advertising identifier|"
        # a bare ``vendor_id`` is a supplier's or a lead seller's id (a lead post's
        # ``vendor_id``: "V-221"); the IDFV is the device's vendor id (GA4's
        # ``device.vendor_id``, read by its parent below; flattened ``device_vendor_id``)
        "android id|imei|meid|udid|mac address|mac|device vendor id|device serial|"
        # a conferencing client's report of the participant's own computer (Zoom's
        # dashboard ``mac_addr``): ``addr`` there is the network card's, no street's
        "mac addr|"
        # mParticle's identity type of the Android ID (``device_identities`` of
        # ``{"type": "android_uuid", ...}``)
        "android uuid|"
        "serial number|"
        "push token|device token|fcm token|apns token|app instance id|mobile ad id|maid|"
        # a location or wayfinding SDK's per-install id (``appInstallId``), as Firebase's
        # app instance id is one app install on one device
        "app install id|"
        "mobile advertising id|"
        # LinkedIn Matched Audiences' upload template column; mParticle's per-install id
        "google aid|device application stamp|"
        # mobile SDKs' own names for the same ids: Mixpanel's ``$ios_ifa`` and its
        # ``$ios_devices`` / ``$android_devices`` push-token lists, Crashlytics'
        # ``installation_uuid`` and the Firebase installation id (one app install each)
        "ios ifa|ios devices|android devices|installation uuid|installation id|"
        "firebase installation id|firebase instance id|firebase iid|"
        # Apple's name for the IDFV; Huawei's and Amazon's advertising ids (AppsFlyer's
        # ``OAID`` and ``Amazon Fire ID`` columns, Adjust's ``{oaid}``)
        "identifier for vendor|oaid|amazon fire id|fire advertising id|"
        # a CGM's transmitter (Dexcom's six-character ``transmitter_id``) is one patient's
        # device, as a pump's or a CPAP's serial is
        "transmitter id|transmitter serial|transmitter sn|"
        # RADIUS accounting's client: the MAC of the device that joined (RFC 2865)
        "calling station id|"
        # an identity graph's or a location panel's list of one person's devices
        # (``maids[0]``, ``device_ids[1]``): each element is one device's advertising id
        "maids|device ids",
        exclude=frozenset({"is", "limited"}),
    ),
    _r(
        "LOCATION",
        0.9,
        "address|addr|street|street address|address line|addr line|mailing street|city|town|"
        "county|apt|apartment|apt suite|apt number|suite number|"
        "precinct|neighborhood|neighbourhood|"
        # geo-IP enrichment names the place (PostHog ``$geoip_city_name``); Epic Clarity's
        # address columns are ``ADD_LINE_1``, ``ADD_LINE_2``
        "city name|town name|county name|add line|"
        # schema.org's and Keap's name for the city (``addresses[0].locality``,
        # ``addressLocality``)
        "locality|address locality|"
        # CallRail's legacy post-call webhook runs its keys together: ``callercity``
        "caller city|caller address|"
        # a guestbook's, a review site's or a forum's poster's own place as the platform
        # shows it beside their name (``author_location`` = "Watkinsville, GA",
        # ``reviewer_location``); not a bare ``location`` (a clinic's or an ad's)
        "author location|reviewer location|poster location|commenter location",
        exclude=frozenset({"web", "url", "website", "wallet", "crypto", "bitcoin", "contract"}),
    ),
    _r(
        "DATE",
        0.9,
        # HL7 v3's ``birthTime`` (a CDA patient's, FHIR's ``patient-birthTime`` extension)
        "dob|birth date|birthdate|date of birth|birthday|bday|birth dt|birth time|"
        "appointment|appt|"
        "next appointment|admission|admit|admitted|discharge|discharged|date of death|"
        # Epic Clarity's abbreviations (``HOSP_ADMSN_TIME``, ``HOSP_DISCH_TIME``, ``ADM_DATE``)
        "admsn|adm|disch|dischg|"
        "death|deceased|date of service|service date|visit date|encounter date|"
        "procedure date|surgery date|last visit|date of injury|baby due date|"
        # a claim's or an injury report's date of the event (a Section 111 file's ``CMS
        # Date of Incident``, a loss run's ``Date of Loss``, an auto intake's ``Date of
        # Accident``): the day the person was hurt, as a date of injury is. Not a bare
        # ``incident date``: an IT or security incident's as often
        "date of incident|date of loss|loss date|date of accident|accident date|"
        "estimated due date|last menstrual period|onset|symptom onset|date of onset|"
        "diagnosis date|date of diagnosis|"
        # a lab report's and a case investigation's dates of the person's specimen and
        # exposure (an ELR's ``specimen_collection_date``, a line list's ``Specimen
        # Collected``, a tracing record's ``Last Date of Exposure``); not a bare
        # ``collection`` (a debt placement's) nor ``exposure`` (an ad's)
        "specimen collection|specimen collected|sample collection|sample collected|"
        "specimen collection date|test result date|lab result date|result date|"
        "resulted date|date resulted|"
        "last exposure|last date of exposure|date of last exposure|date of exposure|"
        # home health's start and resumption of care (OASIS ``M0030_START_CARE_DT``, an
        # intake export's ``SOC Date``), the first day of one patient's episode
        "start of care|start care|soc|resumption of care|resumption care|"
        # Open Dental abbreviates appointment as ``Apt`` (``AptDateTime``); not ``apt``
        # alone, which is an apartment (the LOCATION rule above)
        "apt date|apt time|"
        # a walk-in's or an ED patient's check-in at the front desk, a kiosk or online
        # (a queue export's ``Check-In Time``, ``checked_in_at``): the visit's start, as an
        # admission is; an event ticket's door scan is told apart by the chunk's shape
        # (chunk_profiles._ticket_export)
        "check in|checkin|checked in|"
        # electronic visit verification (Sandata's, HHAeXchange's ``Clock In``,
        # ``ClockOutTime``): when the caregiver arrived at and left the client's home, the
        # visit's start and end, as a check-in is
        "clock in|clock out|clocked in|clocked out|"
        # an ED's arrival as Epic Clarity names it (``ADT_ARRIVAL_TIME``, ``ED_ARRIVAL_DTTM``):
        # an admission's date; not a bare ``arrival`` (a payout's, a parcel's, a flight's)
        "adt arrival|ed arrival|er arrival|ed arrival time|"
        # a STEMI or stroke log's first medical contact (``FMC Time``): when EMS reached
        # the patient, the start of that person's care, as an ED arrival is
        "first medical contact|fmc time|fmc date|fmc datetime|"
        # an ePCR's times of the patient's care (NEMSIS ``eTimes.07``, ``.11``, ``.12``;
        # :mod:`detectors.nemsis`), a stroke's last known well and a procedure's time; the
        # dispatch clocks (PSAP call, unit notified) are the agency's and not read here
        "arrived at patient|patient arrived at destination|transfer of care|"
        "destination patient transfer of care|last known well|procedure performed|"
        "vital signs taken|"
        # a vaccine's or a drug's administration to the person (a retail clinic's
        # ``administered_at``, an immunization record's ``Date Administered``)
        "administered|date administered|administration date|administration time",
        tails=("date", "time", "datetime", "date time", "dt", "at", "on", "start", "day"),
    ),
    # FHIR's clinical event times (``Condition.onsetDateTime``, ``Procedure.performedDateTime``,
    # ``Observation.effectiveDateTime``): a date of care, where a ``DateTime`` tail alone
    # would make them machine fields. Only with that tail: an ``effective_date`` is a
    # policy's, ``performed_at`` an event log's.
    _r(
        "DATE",
        0.85,
        "|".join(
            f"{word} {tail}"
            for word in ("onset", "abatement", "performed", "occurrence", "effective")
            for tail in ("datetime", "date time", "period start", "period end")
        ),
    ),
    _r("DATE", 0.85, "dos|dod|edd|lmp", exact=True),
    # a test's or a scan's time as a body-composition analyser or a scanner exports it
    # (InBody's ``Test Date / Time``, a DEXA export's ``Scan Date/Time``): the person's
    # visit, where a ``time`` tail alone would make the column a machine's clock
    _r(
        "DATE",
        0.85,
        "test date time|test datetime|scan date time|scan datetime|exam date time|exam datetime",
    ),
    # a birth date as an IVR, a voicebot or an identity check captured it
    # (``patient_dob_entered``, ``dob_confirmed``): the person's, whatever keyed it in
    _r(
        "DATE",
        0.85,
        "dob|birth date|birthdate|date of birth",
        tails=("entered", "input", "keyed", "spoken", "confirmed", "provided", "captured"),
    ),
    # a pharmacy's dates of a patient's fills (a dispense file's ``DISP_DT``,
    # ``NEXT_FILL_DT``, ``Refill Due Date``, a co-pay claim's ``Fill Date``)
    _r(
        "DATE",
        0.85,
        "dispense|dispensed|disp|fill|filled|refill|next fill|last fill|refill due|"
        "next refill|date filled|date dispensed",
        tails=("date", "dt", "on"),
    ),
    # adverse-event intake names its reporter by the bare word (``Reporter``)
    _r("NAME", 0.85, "reporter", exact=True),
    # a column headed just "Doctor" (appointment exports); "find_a_doctor" is a page's
    _r("NAME", 0.85, "doctor", exact=True),
    # a security office's guard shift roster and incident log head the guard by the bare
    # word (``Officer``, ``Security Officer``): a worker's name, identified, no patient's
    _r("NAME", 0.85, "officer|security officer", exact=True),
    # a visitor system's and a front desk's people by the bare word: the ``Visitor`` on an
    # interpreter or escort request, a parking permit's or a pass's ``Holder``
    _r("NAME", 0.85, "visitor|holder|permit holder|pass holder", exact=True),
    # a column headed just "Patient" (Epic and practice-management scheduling reports:
    # "GARCIA, ELENA M"); as a parent object ``patient`` is no leaf and never reaches here.
    # Class, programme and event rosters head it by the person's part: a Diabetes
    # Prevention Program log's ``Participant``, a sign-in sheet's ``Attendee``
    _r("NAME", 0.85, "patient|participant|attendee|registrant|resident", exact=True),
    _r("SSN", 0.9, "ssn|ssn4|social security|soc sec", tails=(*_NUM, "last4", "last 4")),
    _r(
        "MRN",
        0.9,
        "mrn|medical record|medical record number|chart number|chart no|chart id|emr id|"
        "ehr id|mr number|medrec|med rec|"
        # a health system's or an HIE's enterprise master patient index (``mpi_id``,
        # ``EMPI``, ``Enterprise MPI``): the patient's id across its hospitals' MRNs
        "mpi|empi|enterprise mpi|master patient index|enterprise master patient index",
        tails=_NUM,
    ),
    _r(
        "HEALTH_PLAN_ID",
        0.9,
        "member id|member number|member no|subscriber id|subscriber number|policy number|"
        "policy id|policy no|insurance id|insurance number|medicare id|medicare number|mbi|"
        "medicaid id|medicaid number|beneficiary id|beneficiary number|health plan id|"
        "health plan number|hicn|ins member|ins member id|ins member number|ins id|"
        "ins number|ins no|ins policy|ins policy number|insurance member|"
        "insurance member id|insurance member number|ins subscriber id|plan member id|"
        # an 834 turned into JSON by an EDI translator spells the id out
        # (``subscriber_identifier_REF.subscriber_identifier_02``, ``member_identifier_09``)
        "member identifier|subscriber identifier|"
        # a claim form's and a remittance's insured (CMS-1500 box 1a "Insured's ID
        # Number", an 835's ``insuredId``): the subscriber's member id
        "insured id|insured number|insured identifier|insured s id|insured s id number|"
        # a home health plan of care's item 1 (CMS-485 "Patient's HI Claim No.") and a
        # Medicare claim's Health Insurance Claim number: the beneficiary's Medicare number
        "hi claim no|hi claim number|hi claim num|health insurance claim number|"
        "health insurance claim no|"
        # a pharmacy claim's cardholder (NCPDP 302-C2 ``Cardholder ID``, a PBM's eligibility
        # and accumulator files): the number on the member's pharmacy benefit card, the
        # PBM's beneficiary number. Its person code (``01``, ``002``) is a code, not read
        "cardholder id|cardholder number|cardholder no|cardholder identifier|"
        "card holder id|card holder number",
        # a system's own policy (a help desk's ``sla_policy_id``), not an insurance policy;
        # an 834's ``master_policy_number`` is the employer's group policy, not a member's;
        # a loyalty or rewards programme's member (``rewards_member_id``) is a shopper's
        # account, read by the ACCOUNT_NUMBER rule below; a group disability or life plan's
        # ``Group Policy #`` is the employer's contract on every claimant's row, as an
        # 834's master policy is (a group number is plan-level and never read)
        # A school's or a district's student-accident policy (a claim form's ``Policy Number
        # (school)``, ``School Policy #``) is the institution's contract, as a group's is.
        exclude=_set(
            "sla retention privacy password refund escalation master loyalty rewards group grp "
            "school district"
        ),
    ),
    # A column headed just "Member #" or "Subscriber #" (the ``#`` is not a token).
    _r("HEALTH_PLAN_ID", 0.85, "member|subscriber", exact=True),
    # a health plan's fitness benefit (SilverSneakers, UnitedHealthcare's Renew Active,
    # Active&Fit, a plan's gym benefit): the number the plan issues its member for it, as
    # a club's eligibility check or a benefit's visit report keys it (``SilverSneakers
    # ID``, ``Active&Fit Member ID``). A club's own number of the member is its account
    # (detectors.club_records)
    _r(
        "HEALTH_PLAN_ID",
        0.85,
        "silversneakers|silver sneakers|renew active|active fit|active and fit|activefit|"
        "fitness benefit|gym benefit",
        tails=("id", "number", "no", "num", "member", "code"),
        exclude=_set("program programme location facility gym club site type status"),
    ),
    # a payer's name as the column's label (a carrier portal's book of business: ``Humana
    # ID`` = "H41827736"): the member's id with that payer, as "Aetna ID W123..." is in a
    # note. The whole key: an agent's ``UHC Writer ID`` or ``Aetna Writing #`` is the
    # agent's number with the carrier, and a ``Humana Provider ID`` a clinician's
    _r("HEALTH_PLAN_ID", 0.85, _PAYER_ID_PHRASES, exact=True),
    # a public health service's number of one beneficiary, as international patients'
    # registrations and referrals carry it: the UK's NHS number (Scotland's CHI), a
    # Canadian provincial health card (Ontario's OHIP with its version code, Quebec's
    # RAMQ). Read before the payment card below, which "health card number" would
    # otherwise take; a card's type, version or expiry is the card's, not its number
    _r(
        "HEALTH_PLAN_ID",
        0.85,
        "nhs|nhs number|chi number|chi no|health card|health card number|ohip|ramq|"
        "health insurance number|provincial health number|personal health number",
        tails=_NUM,
        exclude=_CARD_DETAILS | {"version", "trust"},
    ),
    # a foreign national identity number that reaches a US hospital's international office
    # (a Gulf civil id or Emirates ID, Saudi Arabia's iqama, India's Aadhaar and permanent
    # account number, Mexico's CURP, Pakistan's CNIC): one person's, as an SSN is, and
    # printed on the passport copy the office asks for. A ``national_id`` without its
    # number's words is one too. Not a bare ``pan`` or ``pan_number``: in a payment export
    # that is the card's primary account number (the payment card rule's)
    _r(
        "OTHER_ID",
        0.85,
        "national id|national identity|national identity number|national identification|"
        "national identification number|civil id|civil number|emirates id|iqama|aadhaar|"
        "aadhar|curp|cnic|permanent account number",
        tails=_NUM,
        exclude=_CARD_DETAILS | {"type", "country", "issuing"},
    ),
    # a US immigration number of one person, as civil surgeons' I-693 records, panel
    # physicians' worksheets and immigration firms' case lists carry it: the alien
    # registration number (``A-Number``, ``a_number``, one per person for life), a USCIS
    # online account number, the receipt number of one person's petition or application
    # (``uscis_receipt_number``), a National Visa Center case, and Australia's Health
    # Assessment Portal id of a visa applicant (``HAP ID``). A bare ``Receipt Number`` or
    # ``case_number`` is a shop's or a help desk's: read only by its shape
    # (:mod:`detectors.government_ids`)
    _r(
        "OTHER_ID",
        0.85,
        "a number|a num|a nbr|alien number|alien no|alien id|alien registration|"
        "alien registration number|alien registration no|alien reg number|alien reg no|"
        "uscis number|uscis no|uscis account number|uscis online account number|"
        "uscis receipt|uscis receipt number|uscis receipt no|uscis case number|"
        "nvc case|nvc case number|nvc case no|nvc case id|visa case number|visa case no|"
        "immigrant visa case number|hap id|hap number|"
        # a refugee's case with the International Organization for Migration, on CDC's
        # pre-departure and arrival health records (``IOM Case No``)
        "iom case|iom case number|iom case no|iom case id",
        exclude=_CARD_DETAILS | {"type", "status", "country"},
    ),
    _r(
        "ACCOUNT_NUMBER",
        0.9,
        "account number|account no|account num|acct number|acct no|acct num|acct|"
        "bank account|iban|patient account|billing account|routing number|routing|"
        "aba|aba number|rtn",
        tails=_NUM,
        # a general-ledger account (``GL Account`` "4010-220-00") is the organisation's books
        # an employer's account with a testing administrator or a lab (``Employer Account
        # Number``) is the business's, on every employee's row
        exclude=frozenset(
            {"ad", "ads", "google", "analytics", "ga", "stream", "property", "gl", "ledger"}
            | {"employer"}
        ),
    ),
    _r("VEHICLE_ID", 0.9, "vin|license plate|licence plate|plate number|vehicle id"),
    # a co-pay or savings card's id is the patient's number in the programme, not a payment
    # card (its BIN, PCN and group are the programme's, the same on every card, unnamed)
    _r(
        "ACCOUNT_NUMBER",
        0.85,
        "card id|copay card|copay card id|copay card number|copay id|copay member id|"
        "copay member number|savings card|savings card id|savings card number",
        exclude=frozenset({"gift", "type", "brand", "expiry", "expiration", "template"}),
    ),
    # a retail loyalty or rewards programme's number of one member (a pharmacy chain's
    # ``loyalty_id`` on every purchase line, ``Rewards ID``, ``ExtraCare Card Number``):
    # the key to that shopper's purchase history, health products included. Not a
    # programme's, tier's or reward's own code (``loyalty_tier``, ``rewards_program_id``)
    _r(
        "ACCOUNT_NUMBER",
        0.85,
        "loyalty id|loyalty number|loyalty no|loyalty card|loyalty card id|"
        "loyalty card number|loyalty account|loyalty account number|loyalty member id|"
        "loyalty member number|rewards id|rewards number|rewards no|rewards card|"
        "rewards card id|rewards card number|rewards account|rewards account number|"
        "rewards member id|rewards member number|extracare card|extracare card number|"
        "extracare id|extracare number",
        exclude=_set("program programme tier level type template campaign offer"),
    ),
    # a Texas electric utility's number of one premise's meter (ERCOT's Electric Service
    # Identifier, ``ESI ID``, ``ESIID``, 17 or 22 digits), as a retail provider's critical
    # care customer list and a utility's medical-certificate programme key their customers:
    # the account of the household at that address, as a utility's ``Account Number`` is
    _r(
        "ACCOUNT_NUMBER",
        0.85,
        "esi id|esiid|esi number|esi no|electric service identifier|"
        "electric service id|esi id number",
    ),
    # a practice's membership (a med spa's monthly plan, a concierge practice's, a gym's):
    # the number of one member's account, unlike the plan's name or id, the same for all
    # (tests/test_elective_care.py); an audience's or a group's membership is a row's
    _r(
        "ACCOUNT_NUMBER",
        0.85,
        "membership number|membership no|membership num|membership nr|membership id",
        exclude=_set("audience audiences group groups team segment list channel org plan type"),
    ),
    # a state medical-marijuana programme's registry identification card (a dispensary
    # POS's ``MMJ ID``, ``state_medical_id``, ``medicalId``, a registry's ``Caregiver Card
    # Number``): a certificate the state issues to one patient or caregiver, Safe Harbor
    # (K); read before the payment card below, which its ``card number`` would otherwise
    # take. Its expiry, state and type are the card's, not its number.
    _r(
        "LICENSE_NUMBER",
        0.85,
        "mmj|mmj card|medical card|medical id|medical marijuana card|medical marijuana id|"
        "medical cannabis card|medical cannabis id|marijuana card|cannabis card|"
        "registry card|registry id card|caregiver card|mmic",
        tails=_NUM,
        exclude=_CARD_DETAILS,
    ),
    # a patient's own card (a registry's ``Patient Card Number``, a hospital's patient
    # identification card): one person's number, never a payment card's (a real card
    # number there is still a CREDIT_CARD by its checksum)
    _r(
        "OTHER_ID",
        0.85,
        "patient card|patient id card",
        tails=_NUM,
        exclude=_CARD_DETAILS,
    ),
    _r(
        "CREDIT_CARD",
        0.9,
        "card number|credit card|credit card number|cc number|card no|debit card|pan",
        exclude=frozenset({"gift", "loyalty", "rewards", "type", "brand", "expiry"}),
    ),
    _r(
        "LICENSE_NUMBER",
        0.9,
        "license|licence|drivers license|driver license|driving licence|dl number|dea|"
        "dea number|certificate number|cert number|"
        # an attorney's bar number (a firm's roster, a court's appearance list): a
        # professional licence, Safe Harbor (K); not a bare ``bar`` (a toolbar's or a
        # progress bar's id)
        "bar number|bar no|bar num|state bar number|bar card number|bar registration number|"
        "bar admission number|attorney registration number|"
        # a DOT medical examiner's National Registry number (the NRCME's certification of
        # the examiner, printed on every medical examiner's certificate)
        "nrcme|national registry|national registry number|me registry number|"
        # vital records' and funeral homes' certificates of one death: the death
        # certificate's state file number (an EDRS row's ``STATE_FILE_NUMBER``), and the
        # permits issued for one decedent's disposition (``cremation_authorization_no``,
        # ``cremation_permit_no``, a ``Burial Transit Permit #``), Safe Harbor (K)
        "state file|state file number|death certificate|death certificate number|"
        "death cert|death cert number|certificate of death|certificate of death number|"
        "cremation authorization|cremation authorisation|cremation permit|burial permit|"
        "burial transit permit|transit permit|disposition permit",
        tails=_NUM,
        # a licensed facility's own licence (a community directory's ``Facility License #``,
        # an agency's state licence) is the business's, the same on every row
        exclude=frozenset({"software", "product", "key", "type", "expiration", "expiry"})
        | _set("facility community agency business company organization organisation")
        # a licensed shop's or lab's own state licence (a dispensary listing's ``Store
        # License``, a certificate of analysis's ``lab_license``, a cannabis
        # ``cultivation_license``): the business's, as a facility's is
        | _set("store dispensary retailer lab laboratory cultivation establishment org")
        # a funeral home's, a crematory's or a nursing home's own state licence (an EDRS
        # row's ``FUNERAL_HOME_LIC`` beside the certifier's licence): the business's
        | _set("home mortuary crematory crematorium cemetery")
        # an ignition-interlock or a monitoring vendor's state certification (a DMV
        # violation report's ``Vendor Cert #``): the business's, on every driver's row
        | _set("vendor"),
    ),
    # A person's own name parts, which nothing but a person has: no word before them makes
    # them a thing's (``form_field_patient_name``, a GA4 parameter of a form's answer; the
    # rule below vetoes "form" for a form's own ``form_full_name``)
    _r(
        "NAME",
        0.9,
        "first name|last name|given name|family name|middle name|maiden name|fname|lname|"
        # an ID card's ``Given Names`` (Document AI's licence and passport parsers)
        "given names|first names|"
        # Open Dental's ``LName`` / ``FName`` (camel case splits them as ``l name``)
        "l name|f name|"
        "patient name|patient first name|patient last name|patient first|patient last|"
        "pt name|pt first name|pt last name|patient s name|patients name|name of patient",
        exclude=frozenset({"template", "label", "placeholder"}),  # the field's, not a value
    ),
    _r(
        "NAME",
        0.9,
        "first name|last name|full name|middle name|given name|family name|surname|"
        "maiden name|nickname|fname|lname|patient name|contact name|customer name|"
        "client name|member name|subscriber name|guardian name|parent name|spouse name|"
        "emergency contact|emergency contact name|next of kin|insured name|beneficiary name|"
        # a treatment centre's, a hospice's or a senior community's relative on the row
        # (an interventionist's referral ``Family Contact`` = "Linda Morales" beside
        # ``Relationship`` and ``Family Phone``), as an emergency contact is
        "family contact|family member|primary family contact|"
        "cardholder name|card holder name|billing name|shipping name|recipient name|"
        # order and ERP exports name the parties of an order ``Ship To Name``, ``BillTo Name``
        "ship to name|shipto name|bill to name|billto name|sold to name|soldto name|"
        "deliver to name|deliver to|"
        "legal name|preferred name|person name|lead name|physician|physician name|"
        # OSHA Form 301's item 6 as an incident system exports it ("Name of physician or
        # other health care professional"): the clinician who treated the employee
        "name of physician|name of physician or other health care professional|"
        # gender-affirming care and name-change clinics: the name a person uses beside
        # their legal one (``Chosen Name``, a one-word answer as a ``First Name`` is) and
        # the name a petition asks for (``Requested Name``, ``Proposed Name``)
        "chosen name|chosen first name|chosen last name|chosen full name|requested name|"
        "proposed name|new legal name|"
        # senior living calls the senior a resident (``Resident Name``), and a hospital
        # referral names its case manager as the ``Referring Contact``
        "resident name|resident first name|resident last name|resident full name|"
        "referring contact|referral contact|"
        # med spa and salon systems call the patient a guest (Zenoti ``Guest Name``)
        "guest name|"
        # legal-intake (mass-tort) questionnaires name the person the claim is about
        "injured party|injured party name|injured person|injured person name|"
        # an incident report's person (a gym floor's or a store's ``Person Involved``)
        "person involved|involved person|involved party|person injured|"
        "decedent name|deceased name|"
        # a hospital's grievance and complaint log names who complained (``Complainant``,
        # a patient relations system's ``Grievant``): the patient or a relative
        "complainant|complainant name|grievant|grievant name|"
        # a court's docket and a probation case's conditions name the person the case is
        # against (``Defendant`` = "Pruitt, Kayla J"), and a probation department its
        # supervisee (``Probationer``): the person, by name
        "defendant|defendant name|defendant full name|probationer|probationer name|"
        # a decedent's estate on a collection agency's probate referral: its executor, a
        # relative as often (``estate_executor``); not a bare ``executor`` (a Spark or
        # Airflow process)
        "estate executor|estate executor name|executor of estate|executor of the estate|"
        # a death certificate's certifier (an EDRS row's ``CERTIFIER_NAME``: the physician,
        # medical examiner or coroner who signed the cause of death), reported as the
        # physician columns are; a funeral-home case's next of kin (``NOK``), a relative
        "certifier|certifier name|certifying physician|certifying physician name|"
        "medical certifier|nok|nok name|next of kin name|"
        # the clinician who pronounced the death (a hospice discharge's ``Pronounced By``)
        # and a cremation authorisation's signer, the family member with the right to
        # decide the disposition (``authorizing_agent``), and a patient's health care agent
        # (an advance directive's proxy): a relative, not the business's agent
        "pronounced by|pronouncing physician|pronouncing nurse|pronouncer|pronouncer name|"
        "authorizing agent|authorising agent|authorizing agent name|authorising agent name|"
        "health care agent|healthcare agent|health care agent name|healthcare agent name|"
        # a tribute gift's honoree and the relative it notifies as fundraising CRMs head
        # them alone (Raiser's Edge ``Honoree``, ``Acknowledgee``); under a ``honoree``
        # object a bare ``name`` is read by :data:`PERSON_PARENTS`
        "honoree|honoree name|tributee|tributee name|acknowledgee|acknowledgee name|"
        # a hospice's bereavement list names the family member it writes to
        "bereaved|bereaved name|bereaved first name|bereaved last name|"
        # bereavement, hospice and memorial forms ask for the person who died by the
        # relation (``Name of your loved one``, ``Loved One's Name``)
        "loved one|loved one s name|loved ones name|name of loved one|name of your loved one|"
        "referring physician|referring provider|doctor name|provider name|pcp name|"
        # a utilisation review request's or a prior authorisation's clinician
        # (``requesting_provider.name``), as a referring provider is
        "requesting provider|requesting provider name|requesting md|requesting doctor|"
        "primary care physician|your name|patient s name|patients name|name of patient|"
        # a form's name field split into its parts: Cognito's ``Name_First``, Gravity
        # Forms' ``Name (First)``; a survey's contact-information question (SurveyMonkey's
        # ``Please share your contact information - Name``)
        "name first|name last|name middle|contact information name|contact info name|"
        "contact details name|"
        "patient first|patient last|pt first|pt last|pt name|pt first name|pt last name|"
        # Epic Clarity abbreviates patient as ``PAT_`` (``PAT_NAME``, "NGUYEN,THANH")
        "pat name|pat first|pat last|"
        # ... and provider as ``PROV_``: a report's ``VISIT_PROV_NAME`` ("WALKER, LAUREN"),
        # ``PCP_PROV_NAME``, ``REFERRING_PROV_NAME``; a bare ``PROV_NAME`` is a province's
        "visit prov name|pcp prov name|referring prov name|ref prov name|"
        "attending prov name|ordering prov name|authorizing prov name|"
        "guarantor|guarantor name|caller name|caller id name|requester name|invitee name|"
        # who sent an invitation (a tracker's partner-sharing invite's ``inviter_name``, a
        # referral programme's or a shared calendar's): a user, as its invitee is
        "inviter name|inviter first name|inviter last name|inviter full name|"
        # statement print files and Epic Clarity abbreviate the guarantor (``GUAR_NAME``)
        "guar name|guar first name|guar last name|"
        # the carrier's caller-ID name (CallTrackingMetrics ``cnam``)
        "cnam|cnam name|"
        "attendee name|registrant name|child s name|childs name|child name|spouse|"
        # a visitation log's visitor (a jail's ``visitor_name``, a hospital's visitor
        # badge list) and a web chat's visitor (``Visitor Name``): a person, by name
        "visitor name|visitor first name|visitor last name|visitor full name|"
        # veterans' and military health exports name the person by their service (a crisis
        # line tracker's ``veteran_name``, a family programme's ``Sponsor Name``) and a
        # TRICARE enrolment file the beneficiary's primary care manager (``PCM_NAME``), a
        # clinician reported as a PCP is
        "veteran name|veteran full name|service member name|servicemember name|"
        "sponsor name|sponsor full name|soldier name|sailor name|airman name|pcm name|"
        "primary care manager|primary care manager name|"
        # a disaster, a social-care or a health plan's case manager on a client's record (a
        # disaster case management system's ``Case Manager``, a care plan's ``Care
        # Manager``): the one who plans the person's recovery or care, reported as a
        # hospital's case manager is (tests/test_medically_tailored_meals.py)
        "case manager|case manager name|care manager|care manager name|"
        # a treatment programme's or a school's alumni list (``Alumni Name``)
        "alumni name|alumnus name|alumna name|alum name|"
        # benefits enrolment and dependent verification (``Dependent Name``), and a COBRA
        # administrator's notice file, which names each qualified beneficiary (``QB Name``)
        "dependent name|dependent full name|qb name|qb first name|qb last name|"
        "qualified beneficiary|qualified beneficiary name|"
        # maternity, fertility and newborn exports name the family by relation: a photo
        # vendor's ``Mother Name``, a registry's or announcement's ``baby_name``; but
        # not ``Partner Name``, which is an affiliate's or an agency's as often
        "mother name|mother s name|mothers name|mom name|father name|father s name|"
        "fathers name|dad name|husband name|wife name|"
        # an ambulance membership's or a utility programme's household (``Household Head``,
        # ``Head of Household``): the subscriber, named beside the ``Spouse``
        "household head|head of household|head of household name|household head name|"
        "baby name|baby s name|babys name|infant name|newborn name|"
        # a birth announcement's or a photo order's parents together ("Claire & Ben
        # Whitfield" under ``Parent Names``), as ``Parent Name`` reads one (a bare
        # ``parents`` column is read as a bare person header, whole names only)
        "parents names|parent names|parents name|names of parents|"
        "spouse s name|parent guardian|guardian|policy holder|policyholder|"
        "policy holder name|responsible party|pcp|attending|attending physician|"
        "attending provider|rendering provider|referring md|referring doctor|referring dr|"
        "attending md|attending dr|attending doctor|ordering provider|ordering physician|"
        "ordering md|primary care provider|"
        # a care cart's or a meal order's clinician (``ordered_by`` = "Hannah Feld, RD, LD"
        # on a food-as-medicine order, an order export's ``Ordered By``): the one who
        # ordered care for the person, as an ordering provider is
        "ordered by|ordered by name|"
        # a plan of care's possessive labels (a CMS-485 export's "Physician's Name",
        # "Attending Physician's Name") and a hospital referral's ``Discharge Planner``, the
        # referral source's clinician (tests/test_senior_care.py reports them)
        "physician s name|attending physician s name|doctor s name|discharge planner|"
        "discharge planner name|"
        # a specialist heading the column that names them (a hearing aid fitting's
        # ``audiologist``, a pump order's ``Endocrinologist``, a sleep referral's
        # ``pulmonologist``): clinicians, reported as the physician columns are
        "audiologist|endocrinologist|pulmonologist|cardiologist|surgeon|"
        # radiology's readers: a report export's ``radiologist``, a peer review's
        # ``original_reader``, DICOM's ``NameOfPhysiciansReadingStudy``,
        # ``PerformingPhysicianName``, ``RequestingPhysician`` and ``PhysiciansOfRecord``.
        # Not a bare ``signed_by``: a system's or a login's as often ("system", "auto")
        "radiologist|radiologist name|reading radiologist|interpreting radiologist|"
        "reading physician|interpreting physician|signing physician|signing radiologist|"
        "original reader|name of physicians reading study|physicians of record|"
        "performing physician|requesting physician|scheduled performing physician|"
        # the one who scanned the patient: an ultrasound worksheet's or a dating scan's
        # ``sonographer`` ("K. Abbott, RDMS"), as the reading radiologist is reported
        "sonographer|sonographer name|performing sonographer|ultrasound technologist|"
        # pathology's readers: a dermatopathology or surgical pathology result's
        # ``pathologist`` and the one who signed the case out (``signed_out_by``: "Lena
        # Moritz, MD"), the reading radiologist's counterpart
        "pathologist|pathologist name|dermatopathologist|signing pathologist|"
        "signed out by|signout pathologist|sign out pathologist|"
        # the physicians of employer drug testing and DOT physicals: a result's medical
        # review officer (``MRO Name``) and a medical card's ``Examiner Name``; not a bare
        # ``mro``, procurement's maintenance, repair and operations as often
        "mro name|medical review officer|medical review officer name|examiner|"
        "examiner name|medical examiner|medical examiner name|"
        # a veterinary record's or a pet pharmacy's clinician (``vet_name``,
        # ``attending_vet``, a rabies certificate's ``Veterinarian``) and a licence
        # roster's ``Licensee Name``: clinicians, reported as the physician columns are
        "veterinarian|veterinarian name|vet name|attending vet|attending veterinarian|"
        "licensee|licensee name|"
        # the pet's owner on a veterinary, microchip or rabies export (``Owner Name``); a
        # CRM record owner's is dropped as staff (detectors/staff.py) but in an animal's
        # record (detectors/animal_records.py)
        "owner name|owner full name|pet owner|pet owner name|"
        # an ambulance run report's crew (an ePCR's ``Crew Lead``, ``Crew Member 2``):
        # clinicians on the patient's record, reported as the physician columns are
        "crew lead|crew member|crew chief|paramedic|lead medic|attending medic|"
        # pharma hubs and brand sites name the clinician an HCP or the prescriber
        # (``Prescriber_Name__c``, ``properties.hcp_name``); a patient's initials in
        # adverse-event intake are taken from the name (``Patient Initials``: "R.H.")
        "hcp name|hcp full name|prescriber|prescriber name|prescribing physician|"
        "prescribing provider|prescribing doctor|initials|"
        # HCP marketing names the clinician by the programme's role: a KOL map's ``KOL
        # Name``, a speaker bureau's ``Speaker Name``, an honorarium's ``Payee Name`` (a
        # company there fails the name shape check); a liaison CRM names the patient a
        # practice sent as the ``Referred Patient``
        "kol name|speaker name|payee name|referred patient|referred patient name|"
        # a refer-a-friend programme's friend (a med spa's or a dental practice's referral
        # reward export: ``Referred Friend`` = "Megan Cole", ``Friend Name``)
        "referred friend|referred friend name|friend name|friend s name|referee name|"
        # Veeva CRM's ``Formatted_Name_vod__c`` of a person account ("Raman, Priya")
        "formatted name|"
        # HR and credentialing exports: OSHA's ``Employee's Name``, Workday's ``Worker
        # Name``, ADP's ``Associate Name``, a licence-verification feed's ``Nurse Name``,
        # iCIMS' ``Person Full Name: First Last`` (its name field and its format); a
        # residency roster's ``Resident Name`` is read above
        "employee s name|employees name|worker name|associate name|nurse name|"
        "full name first last|full name last first",
        # Eventbrite's ``Date Attending`` is the event's date, not an attending physician
        exclude=(NOT_A_PERSON - {"user"}) | {"date"},
    ),
    # a genetic-counselling or an EAP session's counsellor, as the whole key
    # (``Counselor``, ``Genetic Counselor``: "Hannah Cole, MS, CGC"): a clinician, reported
    # as the physician columns are. Not inside a longer key: a senior-living community's
    # ``Move-In Counselor`` or ``salesCounselor`` is its sales staff (detectors/staff.py).
    # A therapy practice's appointment or census export heads its clinician the same way
    # (``Clinician``, ``Primary Therapist``, a booking's ``therapist.name``)
    _r(
        "NAME",
        0.85,
        "counselor|counsellor|genetic counselor|genetic counsellor|counselor name|"
        "counsellor name|genetic counselor name|genetic counsellor name|"
        "clinician|clinician name|therapist|therapist name|primary therapist|"
        "primary clinician|assigned therapist|assigned clinician|psychiatrist|psychologist|"
        # rehabilitation and sports medicine head them by their discipline (a school's
        # injury log's ``Athletic Trainer``: "Sam Ortega, ATC"; a plan of care's
        # ``Physical Therapist``; a chiropractic booking's ``Chiropractor``)
        "athletic trainer|athletic trainer name|physical therapist|occupational therapist|"
        "speech therapist|speech language pathologist|chiropractor|treating therapist|"
        # a support letter's writer for gender-affirming surgery or hormones (``Letter
        # Writer``: "Morgan Hale, LCSW"): the clinician who assessed the person
        "letter writer|letter writer name|letter author|voice therapist|"
        # a home-dialysis or home-health patient's own nurse (a PD training booking's
        # ``training_nurse`` = "Karen Doyle, RN", a case's ``primary_nurse``)
        "training nurse|home training nurse|primary nurse|assigned nurse|case nurse|"
        # an eating disorder or behavioural health programme's care team (a dietitian's
        # client list ``Dietitian`` = "Marisa Lopez, RD", a discharge row's ``Aftercare
        # Therapist``): the clinicians on the person's row, as a therapist column is
        "dietitian|dietician|registered dietitian|primary dietitian|assigned dietitian|"
        "nutritionist|aftercare therapist|aftercare clinician|outpatient therapist|"
        # an ABA practice's supervising behaviour analyst on a client's session, sign-in
        # or treatment plan (``BCBA`` = "Priya Natarajan"): the clinician of the case
        "bcba|bcba name|supervising bcba|assigned bcba|behavior analyst|behaviour analyst|"
        # an addiction-treatment centre's census, admission or discharge row heads the
        # client's counsellor by role or discipline (Kipu-like ``Primary Counselor`` =
        # "Alyssa Greene, LISAC", ``Addiction Counselor``): the clinician of the case, as
        # a primary therapist is
        "primary counselor|primary counsellor|"
        "addiction counselor|addiction counsellor|substance abuse counselor|"
        "substance abuse counsellor|sud counselor|sud counsellor|drug counselor|"
        "alcohol and drug counselor|primary counselor name|primary counsellor name|"
        # chiropractic, acupuncture and massage practices' software heads the clinician on
        # a chart, a booking or a credential roster ``Practitioner`` (Jane's patient list
        # ``Primary Practitioner``), or by discipline (``Acupuncturist``, ``Massage
        # Therapist``): one word there is a placeholder ("Any", "Unassigned") and fails the
        # name shape check
        "practitioner|practitioner name|primary practitioner|treating practitioner|"
        "assigned practitioner|acupuncturist|treating acupuncturist|massage therapist|"
        "treating chiropractor|treating doctor|"
        # med spa and aesthetics software heads the clinician who treated the client by
        # the trade's role (an injectables log's ``Injector`` = "Jenna Ruiz, RN", a laser
        # log's ``Technician`` = "Kayla Moore, LE", a chart's ``Nurse Injector``): the
        # clinician of the treatment, as a practitioner is; one word ("Kayla", a
        # ``tech_0412`` login) fails the name shape check
        "injector|injector name|nurse injector|treating injector|aesthetic injector|"
        "technician|technician name|laser technician|laser tech|treating technician|"
        "esthetician|aesthetician|medical esthetician|medical aesthetician",
        exact=True,
    ),
    # ride and transport exports: the rider, and the driver (a mileage-reimbursement
    # claim's ``Driver Name`` is the member's relative, a fleet roster's an employee); not
    # a software driver's (a device inventory's ``Printer Driver Name``, ``jdbc_driver``)
    _r(
        "NAME",
        0.85,
        "rider name|passenger name|driver name|driver full name|"
        # a travel clinic's, a tour operator's or an ICVP's traveller (``traveller_name``)
        "traveler name|traveller name|traveler full name|traveller full name",
        exclude=NOT_A_PERSON | _set("printer print software jdbc odbc database db kernel"),
    ),
    # a payment's cardholder as processors' exports head it (Stripe's payments CSV
    # ``Card Name``, a checkout's ``name_on_card``); not a content or gift card's name
    _r(
        "NAME",
        0.85,
        "card name|name on card|cardholder|card holder",
        exclude=_set("content gift loyalty rewards template type brand product"),
    ),
    # a tokenization vendor's de-identified patient key (a specialty pharmacy's or a data
    # aggregator's ``patient_token``, base64 of a keyed digest): one person across feeds
    _r("HASHED_ID", 0.9, "patient token|pt token|member token|person token|datavant token"),
    _r("NAME", 0.85, "fn|ln", exact=True),
    # a consent's or a school form's typed signature of a named party (``Parent
    # Signature`` = "Lorena Farías", ``guardian_signature``): the signer's name as typed.
    # Not a bare ``signature`` (an image, a flag, a document AI field's "signed"), nor one
    # ``on file`` (a yes/no flag)
    _r(
        "NAME",
        0.85,
        "parent signature|guardian signature|parent guardian signature|patient signature|"
        "signature of parent|signature of guardian|signature of parent guardian|"
        "signature of patient|responsible party signature|signer name|signatory name|"
        # a patient portal's proxy, a parent or guardian with access to a child's chart
        # (MyChart's proxy access reports: ``Proxy Name``); a network proxy's name has no
        # given name in it (:data:`_LEXICON_KEY_WORDS`)
        "proxy name|proxy full name",
        exclude=_set("file date image url status type"),
    ),
    # an immunization information system's number of the person (an IIS query response's
    # ``iis_client_id``, a state registry export's ``IIS ID``): one person's vaccination
    # record, read before the analytics ``client id`` below
    _r(
        "OTHER_ID",
        0.85,
        "iis id|iis client id|iis patient id|iis person id|iis record id|registry client id|"
        "registry patient id|immunization registry id|"
        # a state programme's registry of patients and of the physicians who certify them
        # (a medical-marijuana registry export's ``Patient Registry ID``, ``Physician
        # Registry ID``): one person's number in the state's registry
        "patient registry id|patient registry number|physician registry id|"
        "physician registry number|practitioner registry id|caregiver registry id",
    ),
    # a transplant centre's or the national registry's number of a waitlisted candidate
    # (a UNet-like export's ``WL_ID``, a referral CRM's ``unos_id``, ``Waitlist ID``): one
    # person's listing, as an immunization registry's id is, and no plan's beneficiary
    # number. ``wl id`` only as the whole key
    _r(
        "OTHER_ID",
        0.85,
        "unos id|unos number|unos patient id|unet id|waitlist id|wait list id|"
        "waiting list id|waitlist number",
    ),
    _r("OTHER_ID", 0.85, "wl id", exact=True),
    # a pediatric screening tool's or a practice portal's number of the child (ASQ
    # Online's ``child_id``, a NICU app's ``infant_id``): one child's record, as a
    # ``patient id`` is. Not a tree's or a process's child (``node.child_id``,
    # ``child_span_id``, a sub-task's ``child_issue_id``): those words veto
    _r(
        "OTHER_ID",
        0.85,
        "child id|infant id|newborn id|baby id|child number|infant number",
        exclude=_set(
            "node tree parent category task issue process pid thread span folder comment "
            "element table row object workflow job"
        ),
        parent_exclude=True,
    ),
    # an EMR's patient key as a telehealth or HEP platform receives it
    # (``patient_external_id``): the practice's record id of the person, not the ad
    # platforms' ``external_id`` the next rule reads as an online id
    _r("OTHER_ID", 0.85, "patient external id|patient ext id|patient external key"),
    # an ACA marketplace application (HealthSherpa's and an agent portal's ``ffm_app_id``,
    # ``FFM Application ID``, a state exchange's ``Exchange Application ID``): one
    # household's application to the Federally-facilitated Marketplace, its record id
    # there, as a lead's or a patient's id is the person's. A bare ``application id`` is
    # an app's or a job applicant's as often, and is not read
    _r(
        "OTHER_ID",
        0.85,
        "ffm app id|ffm application id|ffm application number|ffe app id|ffe application id|"
        "marketplace app id|marketplace application id|marketplace application number|"
        "exchange app id|exchange application id|exchange application number",
    ),
    # a drug safety programme's (REMS) number of one enrolled patient: isotretinoin's
    # iPLEDGE id (``iPLEDGE ID``, a hub's ``iPLEDGE_Patient_ID__c``), a REMS patient
    # enrollment id (clozapine, thalidomide). No payer issues it (no HEALTH_PLAN_ID); it
    # names the person in that programme, as a registry id does
    _r(
        "OTHER_ID",
        0.85,
        "i pledge id|ipledge id|i pledge number|ipledge number|i pledge patient id|"
        "ipledge patient id|i pledge registration|ipledge registration|rems patient id|"
        "rems patient number|rems enrollment id|rems enrolment id|rems registration id|"
        "rems registration number",
    ),
    _r(
        "ONLINE_ID",
        0.9,
        "user pseudo id|user id|userid|anonymous id|anonymous user id|ajs anonymous id|"
        "ajs user id|external id|extern id|visitor id|cookie id|browser id|distinct id|"
        "amplitude id|fb login id|anon id|client id|username|user name|screen name|"
        "gclid|fbclid|msclkid|ttclid|dclid|gbraid|wbraid|twclid|yclid|sc cid|ctwa clid|li fat id|"
        # Google Ads lead-form webhooks spell the click id ``gcl_id``
        "gcl id|"
        "google click id|facebook click id|microsoft click id|facebook id|facebook user id|"
        "fb id|fb user id|instagram id|twitter id|twitter user id|tiktok id|linkedin id|"
        "google user id|apple user id|click id|linkedin first party ads tracking uuid|"
        "first party ads tracking uuid|uuid c1|sc cookie|"
        "hubspotutk|hutk|hstc|hsenc|gcl aw|gcl au|gcl dc|uetvid|mc eid|"
        # Adobe Analytics data feeds: the visitor id in two 64-bit halves
        # (``visid_high``/``visid_low``, ``post_`` too) and the Experience Cloud id
        "visid high|visid low|mcvisid|ecid|experience cloud id|marketing cloud visitor id|"
        # identity-graph ids that ad tech passes between bidders: each names one person
        # across sites (Unified ID 2.0 and EUID are built from a hashed email; LiveRamp's
        # RampID and its ``idl_env`` envelope, ID5, The Trade Desk's TDID, SharedID)
        "uid2|uid2 token|uid2 advertising token|euid token|rampid|ramp id|idl env|"
        "identity link|identitylink|id5|id5 id|id5id|tdid|ttd id|pubcid|shared id|sharedid|"
        "panorama id|yahoo connect id|criteo id|cto bundle|"
        # ID5's fetch response names its id ``universal_uid``
        "universal uid|"
        # mParticle's person id (``mpid``, a signed 64-bit integer in its warehouse tables)
        "mpid|mparticle id|"
        # identity resolution's id of the stitched person: Segment's ``canonical_id`` (a
        # merge event's survivor), RudderStack's ``rudder_id``, Amperity's ``amperity_id``
        "canonical id|canonical user id|rudder id|amperity id|"
        # session-replay cookies: FullStory's ``fs_uid``, Hotjar's ``_hjSessionUser``
        "fs uid|fs user id|hj session user|hjid|hj user id|"
        # FullStory's data export: ``IndvId`` (its id of the person across sessions) and
        # ``UserAppKey`` (the uid the site passed to ``FS.identify``)
        "indv id|user app key|"
        # mobile attribution and messaging: AppsFlyer's per-install ``AppsFlyer ID``, the
        # app's own login id as Branch names it (``user_data_developer_identity``),
        # OneSignal's subscription (``player_id``, ``include_player_ids``)
        "appsflyer id|apps flyer id|developer identity|player id|player ids|"
        # direct mail's personalised URL (``janedoe.examplehealth.org``) and its code
        # (``JDOE1234`` of ``/p/JDOE1234``, printed as a QR code): one recipient each
        "purl|purl code|purl id|purl name|personalized url|personalised url|"
        "personal url|purl host|"
        # an email service provider's per-recipient token on a landing page or a click
        # link: Marketo's ``mkt_tok``, Marketing Cloud's Web Analytics Connector subscriber
        # (``sfmc_sub``, ``sfmc_id``); OneSignal's ``include_external_user_ids``
        "mkt tok|sfmc sub|sfmc id|external user ids|"
        # an SMS platform's per-subscriber token in its short links' click log (an
        # Attentive- or Postscript-like ``subscriber_token``): one subscriber each, as
        # ``mkt_tok`` is one recipient
        "subscriber token|subscriber tok|recipient token|"
        # Google Ad Manager's publisher provided identifier (``PublisherProvidedID`` in
        # its Data Transfer files, ``ppid`` in tags): the publisher's own id of a reader
        "publisher provided id|publisher provided identifier|ppid|"
        # Xandr's (AppNexus) user cookie, ``uuid2`` in its pixels and log-level feeds
        "uuid2|"
        # experimentation and personalisation platforms' visitor ids: Adobe Target's
        # ``tntId`` (at.js's ``mboxPC``) and ``mbox3rdPartyId``, Dynamic Yield's
        # ``_dyid`` / ``_dyid_server`` cookies, Statsig's per-device ``stableID``
        "tnt id|mbox pc|mbox3rd party id|dyid|dyid server|stable id",
        exclude=frozenset({"owner", "created", "modified", "updated", "assigned", "by"}),
    ),
    # a community's moderation log names the account acted on (``target_user``,
    # ``reported_user``, ``banned_user``): a member's handle, as a ``username`` is
    _r(
        "ONLINE_ID",
        0.85,
        "target user|reported user|flagged user|banned user|suspended user|muted user|"
        "blocked user|warned user|target username|reported username",
    ),
    # Klaviyo's ``_kx`` and SendGrid's (and Braze's) ``/ls/click?upn=``: per-recipient
    # tokens whose names are too short to read inside a longer key
    _r("ONLINE_ID", 0.9, "kx|upn", exact=True),
    # the Fitbit Web API's id of its user (``encodedId`` of a profile, a sleep log or an
    # activity export a wellness or sleep programme pulls): one person's account
    _r("ONLINE_ID", 0.85, "encoded id", exact=True),
    # a survey tool's code that opens one participant's survey (REDCap's participant list
    # ``Survey Access Code``, the code its ``?s=`` link carries): per recipient, as an ESP's
    # link token is. Not a bare ``access code``: a conference line's or a door's
    _r("ONLINE_ID", 0.9, "survey access code|participant access code|survey hash"),
    # Lead-generation consent certificates: a TrustedForm certificate (its URL or token)
    # and a Jornaya LeadiD token each name ONE consumer's form session, which the vendor
    # resolves to that session's IP, page, time and keystrokes (the record of one
    # person's consent), so they are tracking codes tied to a person. Listed before the
    # ``lead id`` record-id rule: ``Jornaya_Lead_ID`` is Jornaya's token. ``LeadiD`` is
    # the brand's own casing (``LeadiDToken`` splits as ``leadi d token``); a bare
    # ``leadid`` is left to the record-id rules (a CRM's lead id in lower case).
    # a bare ``leadid`` is a CRM's lead record id (Dataverse's ``leadid`` GUID), which the
    # Jornaya phrase ``leadi d`` below would otherwise read run together
    _r("OTHER_ID", 0.85, "leadid", exact=True),
    _r(
        "ONLINE_ID",
        0.9,
        "trustedform|trusted form|trustedform cert|trusted form cert|trustedform cert url|"
        "trusted form cert url|trustedform url|trusted form url|trustedform token|"
        "trusted form token|trustedform cert id|trusted form cert id|trustedform certificate|"
        "trusted form certificate|trustedform certificate url|trusted form certificate url|"
        "leadid token|universal leadid|leadi d|leadi d token|jornaya|jornaya id|"
        "jornaya token|jornaya lead id|jornaya leadid|jornaya leadid token",
    ),
    _r(
        "ONLINE_ID",
        0.9,
        # ``vid``: the visitor id of Microsoft UET and Adobe beacons
        "fbp|fbc|ga|gid|cid|uid|vid|epik|ttp|scid|c user|datr|rdt uuid|clck|pin unauth",
        exact=True,
    ),
    # OpenRTB bid requests and win logs: the device's advertising id (``device.ifa``), its
    # hashed hardware ids, and the bidder's own id for the user (``user.buyeruid``)
    _r("DEVICE_ID", 0.9, "ifa", exact=True),
    # Singular's short attribution keys: ``aifa`` (Android advertising id), ``andi``
    # (Android ID)
    _r("DEVICE_ID", 0.9, "aifa|andi", exact=True),
    _r("HASHED_ID", 0.9, "dpidsha1|dpidmd5|didsha1|didmd5|macsha1|macmd5", exact=True),
    # ad tech's "hashed email" (``hem`` in clean-room match tables, identity providers'
    # feeds and Prebid's user-id configs): the digest of one person's address
    _r("HASHED_ID", 0.9, "hem|hems|hashed email|hashed emails", exact=True),
    _r("ONLINE_ID", 0.9, "buyeruid|buyer uid"),
    # Heap's ``identity`` (the id or email a site identified the user with)
    _r("ONLINE_ID", 0.85, "identity", exact=True),
    # session-replay exports name the person's display name (FullStory ``UserDisplayName``)
    _r(
        "NAME",
        0.85,
        "user display name|contact display name|customer display name|"
        "member display name|visitor display name|lead display name",
    ),
    # Mailchimp's per-subscriber ids (export columns ``LEID``, ``EUID``), and Cerner's bare
    # ``FIN`` (an encounter's financial identification number): only the whole key, a
    # ``Dorsal Fin`` or an ``is_fin`` flag is no such number
    _r("OTHER_ID", 0.85, "leid|euid|fin", exact=True),
    # a CRM's ``Record ID`` (HubSpot's export column) is the contact's; a call tracker's
    # ``call_record_id`` (Invoca's transactions), a message's or a chat's record id is the
    # event's own row key, one per call, as a call's or a transaction's id is
    _r(
        "OTHER_ID",
        0.85,
        "record id",
        exclude=_set(
            "call calls transaction transactions message messages sms chat chats "
            "conversation conversations event events"
        ),
    ),
    _r(
        "OTHER_ID",
        0.85,
        "patient id|patient number|patient no|contact id|lead id|person id|"
        # a DME billing system's or a therapy portal's key of the patient (``PatientKey``,
        # a compliance webhook's ``patient_ref``)
        "patient key|patient ref|patient reference|"
        # a care-coordination platform's key of the patient (``patient_uid``, a UUID), and
        # a club's or a portal's of its member (an Orangetheory-like ``memberUuid``)
        "patient uid|patient uuid|patient guid|member uid|member uuid|member guid|"
        # a hospital's or a sponsoring embassy's file of one patient (Gulf hospitals and
        # health offices number their patients by "file": ``Sponsor Patient File No``)
        "patient file number|patient file no|patient file num|patient file id|"
        "medical file number|medical file no|"
        # data vendors' and health CRMs' consumer keys (Acxiom-, Evariant-style exports:
        # ``Individual ID`` beside ``Household ID``)
        "individual id|individual number|"
        "person contact id|customer id|customer number|who id|claim number|claim id|"
        # a workers' comp bill's or a PIP ledger's ``claim_no`` (the claimant's number)
        "claim no|claim num|claim nr|"
        "encounter id|prescription number|rx number|accession number|passport|"
        # a lab's or an imaging centre's accession (a RIS worklist's ``Accession``, a
        # report export's ``accession``): one person's specimen or study. A sequence
        # database's accession has a shape of its own, which is not read
        # (:data:`_SEQUENCE_ACCESSION`)
        "accession|accession num|accession nbr|"
        "passport number|passport no|passport id|npi|npi number|itin|crm id|crm contact id|"
        # the NPI spelled out as OASIS names the attending physician's (``M0018_NATL_PROV_ID``)
        "natl prov id|national provider id|national provider identifier|"
        "hubspot id|hubspot contact id|salesforce id|salesforce contact id|sfdc id|"
        "marketo id|marketo lead id|klaviyo id|klaviyo profile id|profile id|mailchimp id|"
        "braze id|intercom id|zendesk id|visit number|visit id|encounter number|"
        # Customer.io's person id; Epic Clarity's patient and encounter (contact serial
        # number) ids, ``PAT_ID`` and ``PAT_ENC_CSN_ID``
        "cio id|pat id|csn|csn id|contact serial number|"
        # clinical shorthand for the patient's id (a dialysis unit's anaemia protocol
        # export's ``Pt ID``), as Epic's ``PAT_ID``
        "pt id|pt number|"
        # Open Dental's patient key (``PatNum``); Zenoti's code of a guest (its patient)
        "pat num|guest code|guest id|"
        # Salesforce Marketing Cloud's person keys; Qualtrics' panel id of the respondent
        # (its XM Directory contact's ``extRef``, the same reference abbreviated)
        "subscriber key|contact key|external data reference|external reference|ext ref|"
        # Cerner Millennium's financial identification number of one encounter (``FIN``,
        # ``FIN NBR``), the patient's account for the visit, as a survey vendor's sample
        # file or a discharge extract heads it beside the MRN
        "fin nbr|fin number|fin no|financial identification number|"
        # CAQH ProView's number of a provider (credentialing rosters): one person, as an NPI
        "caqh id|caqh provider id|caqh number|caqh provider number|"
        # a veteran's VA claim file number (Camp Lejeune and PACT Act intake, a VA claim's
        # ``C-file``): one veteran's number, often the SSN itself
        "va file number|va file no|va claim number|va claim file number|c file number|"
        # the Department of Defense's number of one service member, retiree or family
        # member (a TRICARE enrolment file's ``SPONSOR_EDIPI``, a readiness roster's ``DoD
        # ID``, a TRICARE card's DoD Benefits Number ``DBN``) and the VA's enterprise
        # patient id (the MPI's Integration Control Number, ``PatientICN``, a portal's
        # ``user.icn``): one person's number across the military health system or the VA
        "dod id|dodid|dod id number|dod number|edipi|edipn|dbn|dod benefits number|"
        "dod benefit number|icn|integration control number|mpi icn|"
        # ``DoD ID`` as a header writes it: the camel-case split reads ``do d id``
        "do d id|do d id number|do d benefits number|do d benefit number|"
        # MyHealtheVet's key of one portal user (``mhv_correlation_id``)
        "mhv correlation id|mhv id|mhv user id|"
        # an EMS patient care report (NEMSIS ``eRecord.01``, an ePCR export's ``PCR
        # Number``, a hospital's outcome feedback's ``pcr_number``): one patient's record
        # of one response, as an encounter's CSN is; the incident's and the response's
        # numbers are the agency's event (one call, many patients) and are not read
        "pcr number|pcr no|pcr num|pcr id|epcr number|epcr no|epcr id|"
        "patient care report number|patient care report id|patient care record number|"
        # the national cardiac arrest registry's case of one arrest (``CARES ID``), as an
        # immunization registry's id is one person's
        "cares id|cares case id|cares record id|"
        # a mass-casualty triage tag (START, SALT, a METTAG or a DMS All-Risk tag: its
        # printed number, a patient tracking system's ``Triage Tag``): one casualty's record
        # from the scene to the hospital, as a PCR number is, often before a name is known
        "triage tag|triage tag number|triage tag no|triage tag id|mci tag|mci tag number|"
        "mci tag no|mci tag id",
    ),
    # one person's case with a public authority: a health department's reportable-disease
    # case (a state surveillance system's ``state_case_id``, a county's ``County Case
    # Number``: the case is one person's illness) and a medical examiner's or coroner's
    # death investigation (``ME Case Number``, ``coroner_case_no``: one decedent's case, as
    # a claim number is one claimant's). Not a bare ``case_id`` or ``CaseNumber``: a help
    # desk's or a CRM's case is a ticket, a funeral home's an arrangement
    _r(
        "OTHER_ID",
        0.85,
        "|".join(
            f"{who} case {what}"
            for who in (
                *("state", "local", "county", "jurisdiction", "surveillance", "nedss"),
                *("me", "ome", "omi", "medical examiner", "coroner", "coroners"),
            )
            for what in ("id", "number", "no", "num", "nr")
        ),
    ),
    # a DTC lab's or a consumer-genomics kit once activated, and a lab's specimen: each
    # names exactly one person's sample (``kit_id``, ``Kit Barcode``, an intake's
    # ``specimen_id``), as an accession number does. A catalog's or an inventory's kit is
    # a product, told by its words (``product_kit_id``, ``kit_sku`` ends in no id)
    _r(
        "OTHER_ID",
        0.85,
        "kit id|kit barcode|kit number|kit no|kit code|kit registration code|"
        "kit activation code|sample id|sample barcode|specimen id|specimen barcode|"
        "specimen number|accession id|accession no|"
        # a drug test's custody and control form: its number is printed on the specimen
        # bottles' seals as the specimen id of one donor's collection (49 CFR 40.45)
        "ccf|ccf number|ccf no|ccf num|ccf id|custody control form|"
        "custody control form number|chain of custody number",
        exclude=_set("product item sku catalog inventory lot template"),
    ),
    # a pet's microchip (the ISO 11784 transponder's number): a registry resolves it to
    # the owner's name and phone, so it is the owner's key as much as the animal's
    _r("OTHER_ID", 0.85, "microchip|microchip number|microchip no|microchip id|chip number"),
    # an IVR's captured digits (``Rx Entered``, ``RxNumberEntered``) and an outbound refill
    # dial list's numbered prescriptions (``Rx1Number``, ``Rx2Number``): Rx numbers too
    _r(
        "OTHER_ID",
        0.85,
        "rx entered|rx number entered|rx no entered|entered rx|entered rx number|"
        + "|".join(f"rx{n} {tail}" for n in range(1, 10) for tail in ("number", "no", "num")),
    ),
    # a patient portal's account of the patient (Epic MyChart's ``WPR_ID``, a cost
    # estimator's ``mychart_id``) and the one-time activation code issued to one patient
    # to open it (a sign-up form's ``activation_code``). Not a bare ``portal id``:
    # HubSpot's ``portalId`` is the advertiser's account.
    _r(
        "OTHER_ID",
        0.85,
        "mychart id|mychart account id|mychart user id|wpr id|patient portal id|"
        "patient portal account id|patient portal user id|activation code|"
        "mychart activation code|portal activation code",
    ),
    # a payment card's (or bank account's) fingerprint: a processor's stable code for the
    # card NUMBER, the same on every order the person pays with it (Stripe's payments CSV
    # ``Card Fingerprint``; Braintree's ``unique_number_identifier``). Its ``last4``, BIN
    # and expiry are not identifiers (four digits name no card). A bare ``fingerprint`` is
    # read by :func:`_parent_rule` under a card (``payment_method_details.card``).
    _r("OTHER_ID", 0.85, "card fingerprint|unique number identifier|bank account fingerprint"),
    # an employer's number for the employee, as wellness platforms, EAP and benefits
    # vendors and payroll incentive files key their participants (``Employee ID``,
    # ``employee_number``, ``EmpID``, ``EEID``): the person the row is about. An agent's
    # or an owner's employee id in a call-centre or CRM export is the practice's
    # workforce (:data:`STAFF_WORDS`), vetoed here as a staff name is.
    _r(
        "OTHER_ID",
        0.85,
        "employee id|employee number|employee no|employee num|emp id|emp no|eeid|ee id|"
        # an absence administrator's report heads it ``EE #`` (``#`` reads as number), an
        # employee-health or a flu-campaign compliance export ``Emp #``
        "ee number|ee no|ee num|emp number|emp num|"
        # ADP names the employee an associate (``Associate ID``)
        "associate id|associate number|associate no",
        exclude=_set(
            "agent agents rep reps representative operator owner assigned assignee created "
            "modified updated by manager supervisor staff"
        ),
    ),
    # a school's, a college's or a camp's number of one student (``Student Number``,
    # ``StudentNumber``, a K-12 system's ``student.sis_id``, a telehealth webhook's
    # ``student_ref``, PeopleSoft Campus Solutions' ``EMPLID``, Slate's ``Person Reference
    # ID``): the person the row is about, as an employee id is (a ``Student ID`` is read by
    # its person word already)
    _r(
        "OTHER_ID",
        0.85,
        "student id|student number|student no|student num|student nbr|student uid|"
        "student ref|student reference|student key|sis id|emplid|empl id|"
        "person reference id|person reference",
        tails=("number", "no", "num", "nbr"),
        exclude=_set("course section class"),
    ),
    # a study's code of one screened or enrolled person: a CTMS's ``Subject #``, CDISC's
    # ``USUBJID``/``SUBJID``, CDISC ODM's ``SubjectKey``, a screening log's ``Screening #``,
    # an IRT's ``randomization_number``. Safe Harbor lets a covered entity keep such a
    # re-identification code only when it is not derived from the person and its key is
    # not disclosed (45 CFR 164.514(c)), which a scanner cannot see, so it is the person's
    # record id as a CRM's is. Not a bare ``subject`` (an email's) nor ``study_id`` (the
    # protocol's); not a mail's or a course's subject.
    _r(
        "OTHER_ID",
        0.85,
        "subject id|subject number|subject no|subject num|subject key|subjid|usubjid|"
        "screening number|screening no|screening num|screening id|"
        "randomization number|randomization no|randomization num|randomization id|"
        "randomisation number|randomisation no|randomisation id|rand number|rand no",
        exclude=_set(
            "email mail message msg course topic ticket case thread emails mails messages "
            "courses topics tickets cases threads"
        ),
        parent_exclude=True,
    ),
)

#: Numbers that call-tracking and telephony exports name as the practice's own: the
#: tracking (promo, virtual) number a caller dialed and the line it rang through to. They
#: identify the advertiser, never the caller, so they are machine fields (no PHONE):
#: CallRail's ``tracking_phone_number`` / ``trackingnum`` / ``destinationnum``, Invoca's
#: ``promo_number`` and ``destination_phone_number``, CallTrackingMetrics'
#: ``tracking_number_format`` and ``receiving_number``, a tracker's ``tracking_numbers``,
#: Ringba's ``inboundPhoneNumber``.
#: (A shipment's tracking number is no one's phone either.) Checked before the entity
#: rules, so ``tracking_phone_number`` is not read as a ``phone``. Left to the PHONE
#: rules on purpose: ``business_phone`` (a CRM contact's work line as often as the
#: practice's), ``dnis`` and ``dialed_number`` (whose number they are depends on the
#: call's direction: an outbound call dials the patient).
BUSINESS_NUMBER_RULES: tuple[Rule, ...] = (
    _r(
        None,
        0.0,
        "tracking number|tracking numbers|tracking phone|tracking phone number|tracking num|"
        "promo number|promo phone number|virtual number|virtual phone number|"
        "destination number|destination phone number|destination num|receiving number|"
        "forwarding number|tracker number|pool number|internal number|"
        # pay-per-call platforms (Ringba's ``inboundPhoneNumber``): the number a caller rang
        # in on, the publisher's or advertiser's, as Invoca's promo number is
        "inbound number|inbound phone number|inbound phone|"
        # a fax service's or fax server's own line in its logs (Updox's ``localFax``, a
        # fax server's ``LocalNumber``): the account's, the other party's is ``remote``
        "local fax|local fax number|local number|local phone number",
        tails=("format", "formatted"),
    ),
    # a call tracker's configuration: the line its calls ring through to (``forward_to``,
    # ``forwards_to``) and the number on the advertiser's site that the swap script
    # replaces (CallRail's ``swap_target``, ``swap_targets``): the practice's lines. Not an
    # email alias's ``forward_to`` (a person's mailbox, read by its shape)
    _r(
        None,
        0.0,
        "forward to|forwards to|forward to number|forwarding phone|forwarding phone number|"
        "swap target|swap targets|swap number",
        exclude=_set("email emails mail mailbox alias"),
    ),
    # The sender's own contact block on a letter or a receipt merge row (a gift
    # acknowledgment's ``Organization Address``, a receipt's ``Remit To Address``, a
    # foundation's ``Foundation Phone``): the organisation's, the same on every row. Not
    # ``company`` or ``business``: a CRM contact's ``business_phone`` and
    # ``company_address`` are the person's workplace as often.
    _r(
        None,
        0.0,
        "|".join(
            f"{who} {what}"
            for who in ("organization", "organisation", "org", "foundation", "remit", "remit to")
            for what in (
                *("address", "addr", "street", "city", "zip", "postal code", "phone"),
                *("telephone", "fax", "email", "email address"),
            )
        ),
        tails=("line", "lines", "block", "number", "no"),
    ),
    # A hospital unit's own line in a unit and room directory or a visitor guide (a
    # ``nurse_station_phone``, a ``Front Desk Phone``): the unit's, whoever lies there.
    _r(
        None,
        0.0,
        "|".join(
            f"{who} {what}"
            for who in ("nurse station", "nurses station", "nursing station", "front desk")
            for what in ("phone", "telephone", "tel", "fax", "extension", "ext")
        ),
        tails=("line", "number", "no"),
    ),
    # The site's own servers in a web server's or CDN's log (W3C ``s-ip``, read as
    # ``server_ip`` by :func:`_w3c_tokens`): the address that answered, never a visitor's.
    _r(
        None,
        0.0,
        "server ip|server address|server port|server name|server sitename|server computername",
        exact=True,
    ),
    # A Wi-Fi or RADIUS log's network equipment: RADIUS's network access server
    # (``NAS-IP-Address``, ``NAS-Identifier``) and the access point a guest joined
    # (``Called-Station-Id``, a splash page's ``apMac``, a controller's ``ap_ip``): the
    # venue's gear, the same for every guest's session, never a guest's device.
    _r(
        None,
        0.0,
        "nas ip address|nas ip|nas ipv6 address|nas identifier|called station id|ap mac|"
        "ap mac address|ap mac addr|ap ip|ap ip address|ap name",
        exact=True,
    ),
)

#: The seller's fixed disclosures that lead forms post with every lead: the TCPA consent
#: language (LeadConduit's ``tcpa_consent_text``, a ping/post ``consent_language``) names
#: the seller, its partners and its own opt-out phone number, word for word the same for
#: every consumer, so nothing in it is the consumer's. Machine fields, checked before the
#: free-text rules (``…_text``). A consumer's own number or name echoed into it is still
#: found (:mod:`detectors.echo` reads machine fields for every entity but dates).
BOILERPLATE_RULES: tuple[Rule, ...] = (
    _r(
        None,
        0.0,
        "tcpa|tcpa text|tcpa language|tcpa consent|tcpa consent text|tcpa consent language|"
        "tcpa disclosure|tcpa disclosure text|tcpa statement|consent text|consent language|"
        "consent disclosure|consent statement|consent verbiage|disclosure text|"
        "disclosure language|legal disclaimer|"
        # a chatbot's system prompt (an LLM log's ``system`` message, a bot's
        # ``system_prompt`` / ``prompt_template``): the clinic's own instructions, its phone,
        # address and hours, the same for every conversation
        "system prompt|system message|system instructions|prompt template",
    ),
    # the same as a whole key: Anthropic's Messages API logs the prompt as ``system``,
    # OpenAI's Assistants runs as ``instructions`` (``special_instructions`` is a person's)
    _r(None, 0.0, "system|instructions", exact=True),
    # a bot definition's scripted messages (Amazon Lex V2 exports: ``closingResponse.
    # messageGroups[0].message.plainTextMessage.value``): what the bot says to everyone
    _r(None, 0.0, "plain text message|ssml message", exact=True),
    # what a mailer prints on every piece of a drop: its own return address, its postage
    # indicia and permit, the presort endorsement line (a lettershop's job ticket, a mail
    # file's header columns); and a mail facility's own ZIP on a USPS scan event
    _r(
        None,
        0.0,
        "return address|return addr|return address line|return to address|indicia|"
        "postage indicia|permit imprint|endorsement line|ancillary endorsement|"
        "facility zip|facility zip code|facility postal code",
        tails=("1", "2", "3"),
    ),
)

#: Machine fields: timestamps, counters, ids of events/orders/sessions, versions, CRM
#: bookkeeping. Checked after the entity rules (``appointment_time`` is a DATE).
SYSTEM_RULES: tuple[Rule, ...] = (
    _r(
        None,
        0.0,
        "event timestamp|event date|event previous timestamp|user first touch timestamp|"
        "event server timestamp offset|event bundle sequence id|stream id|platform|"
        "event name|engagement time msec|ga session number|ga session id|timestamp|sent at|"
        "time stamp|"
        "received at|original timestamp|message id|channel|version|event time|"
        "event id|action source|create date|created date|last modified date|"
        "lifecycle stage|system modstamp|owner|session id|user agent|client user agent|"
        "currency|price|quantity|sku|order id|transaction id|revenue|value|tax|shipping|"
        "coupon|discount|amount|total|cost|key|checksum|etag|hash|md5|sha|sha256|cookie|"
        "cookies|entrances|debug mode|content ids|content type|num items|opt out|"
        "event start|event end|"
        # message logs' send stamps (Twilio's ``DateSent``, an email tool's ``SentDate``,
        # Salesforce EmailMessage's ``MessageDate``)
        "date sent|sent date|message date|email date|"
        # a subscriber export's last send (``Last Message Sent``, ``Last SMS Sent``): the
        # platform's send stamp, as ``sent_at`` is. Not a bare ``Reminder Sent`` (below)
        "message sent|sms sent|text sent|email sent|message sent at|sms sent at|"
        "text sent at|email sent at|"
        # a recall's or a notice mailing's send stamp (``notice_sent``, ``notification_sent``);
        # not a bare ``Reminder Sent``, which an appointment export fills with the visit's
        "notice sent|notification sent|notice sent date|notification sent date|"
        # a results letter's (an MQSA lay letter's ``letter_sent``): the letter run's stamp
        "letter sent|letter sent at|letter sent date|"
        # a supplier's request to a clinician (a DME's prescription request, faxed back
        # for signature: ``Request Sent``, ``Fax Sent``): the sender's send stamp
        "request sent|request sent date|fax sent|fax sent date|faxed on|date faxed|"
        # when a visitor answered a consent banner or receipt (OneTrust's ``consentDate``,
        # Cookiebot's ``Consent date``) or signed up to a product-analytics tool (Heap's
        # ``joindate``, Hotjar's documented ``Signed up`` attribute, Django's
        # ``date_joined``): account and consent bookkeeping, not a date of care
        "consent date|consent timestamp|consent time|joindate|join date|date joined|"
        "signed up|signed up at|signup date|"
        # when a member joined a community or a group (Inspire's ``joined``, Circle's
        # ``Joined At``): the account's bookkeeping, as a product's ``date_joined`` is, not
        # a date of the member's care (Meetup's ``Member since``: COMMUNITY_STAMPS)
        "joined|joined on|"
        # a subscription's billing schedule (Chargebee's ``current_term_start``, Stripe's
        # ``current_period_end``, ``trial_end``) and a dispute's response deadline (Shopify
        # Payments' ``evidence_due_by``; a help desk's SLA target, Freshdesk's ``due_by`` and
        # ``fr_due_by``): the store's calendar, not a person's dates
        "term start|term end|current period start|current period end|"
        "billing period start|billing period end|trial start|trial end|due by|"
        # when a report or a job ran (a campaign results report's ``Report Run Date``)
        "run date|run time|run datetime|run date time|"
        # Python ``logging``'s record attributes as JSON formatters write them
        # (python-json-logger, structlog's stdlib bridge): when the log line was made
        "asctime|msecs|relative created|"
        # a business process's own stamp (Workday's ``Initiated On`` on a leave, hire or
        # accommodation request): when the request was keyed in, by the system. Not a bare
        # ``initiated`` (a ``Date Treatment Initiated`` is the patient's)
        "initiated on",
        exclude=frozenset(),
    ),
    # when an account was last used (a dating or a health app's profile export's
    # ``last_active``, ``last_login_at``, a portal's ``Last Sign In``): the app's
    # activity stamp, as Mixpanel's ``$last_seen`` is. Not a bare ``last seen``: a
    # clinic report's "Last Seen" is the patient's last visit
    _r(
        None,
        0.0,
        "last active|last activity|last login|last log in|last logged in|last sign in|"
        "last signed in|last signin",
        tails=("date", "time", "at", "on", "datetime", "timestamp"),
    ),
    # Segment's call ``type`` and ``event``: only as the whole key (``appointment_type``
    # holds a booking choice such as "IVF consultation", which is health context).
    _r(None, 0.0, "type|event", exact=True),
    # when a chat message reached the platform (Sunshine Conversations' ``received``)
    _r(None, 0.0, "received", exact=True),
    # when an email or a text went out, as a whole key (an ESP's event export's ``sent``
    # beside ``opened``): the send's stamp, as ``sent_at`` is
    _r(None, 0.0, "sent", exact=True),
    # Ad-platform report windows (Meta Ads Insights ``date_start``/``date_stop``): whole
    # keys only, since ``treatment_start_date`` is a person's date.
    _r(
        None,
        0.0,
        "date start|date stop|date end|start date|end date|reporting starts|reporting ends|"
        # App Store Connect's sales and trends report (``Begin Date``, ``End Date`` of the
        # day or week the units were sold), as a report window's start is written there
        "begin date|"
        # a sample's or a file's creation stamp as a whole key (HealthKit's
        # ``creationDate`` beside the sample's own ``startDate``, a document's
        # ``Creation Date``): when the platform wrote the row. Not inside a longer key:
        # an AV fistula's ``fistula_creation_date`` is the patient's surgery
        "creation date|"
        "day|week|month|report date|close date|time period|stat time day|"
        # a project board's planned span (Monday.com's ``Timeline`` column)
        "timeline|"
        # a quality or Stars report's window (``Measurement Period`` "01/01/2024 -
        # 12/31/2024"), a commission or scorecard's reporting period: no person's
        "measurement period|reporting period|performance period|"
        # a vendor's TAT or volume report's window (``Report Period`` "09/01/2024 -
        # 09/30/2024") and an invoice's billing period
        "report period|billing period|"
        # a report's or an extract's snapshot (``as_of_date``): when the data was counted;
        # an insurer's loss run is valued as of a day (``Valued As Of``, ``Valuation
        # Date``), the same for every claim it lists
        "as of|as of date|snapshot date|valued as of|valuation date|"
        # when a scheduled report ran (a PBM's accumulator or utilisation report's ``Report
        # Run``, ``report_generated``): the extract's clock, on every row it holds
        "report run|report run date|report run at|report generated|report generated date|"
        # a payer's check in a remittance or a lockbox file (an 835's ``BPR16``, ``Check
        # Date``): when the payment was issued, the same for every claim it pays. Not a
        # ``check_in_date``, which is a visit's
        "check date|check issue date|check issued date|"
        # a payer or vendor contract's span on a payer list or a rate file (``contract_
        # effective``, ``Contract Term Date``): the organisations' agreement, the same for
        # every patient it covers, as a plan catalog's effective date is the plan's
        "contract effective|contract effective date|contract term|contract term date|"
        "contract start|contract start date|contract end|contract end date|"
        "contract expiration|contract expiration date|"
        # a web tool's or a widget's release (``last_deployed``): the build's clock
        "last deployed|last deploy|last deployed at|deployed at|deploy date|"
        # WordPress's ``wp_posts`` row stamps (``post_date``, ``post_date_gmt``), which
        # also hold its privacy requests and form plugins' entries: the CMS's clock
        "post date|post date gmt",
        exact=True,
    ),
    # ActiveCampaign's (and many PHP CRMs') record stamps: created, updated, modified date
    _r(None, 0.0, "cdate|udate|mdate", exact=True),
    # an incident's and an inventory check's clocks as whole keys (a CAD log's ``Cleared``,
    # a drug box's ``Checked``): when the agency closed or checked its own work. Not inside
    # a longer key: a concussion protocol's ``cleared_by`` is the clinician who cleared
    # the athlete, a ``cleared_date`` the athlete's return
    _r(None, 0.0, "cleared|checked|cleared at|checked at|time cleared|time checked", exact=True),
    # when a row was keyed in, as a whole key (SugarCRM's ``date_entered`` beside
    # ``date_modified``, an SMS keyword or sweepstakes entry's ``Entered``): the system's
    # record stamp, as ``created`` is. Not inside a longer key: ``Rx Entered`` is a
    # pharmacy's prescription number, ``patient_dob_entered`` a birth date
    _r(None, 0.0, "entered|entered at|entered on|date entered|entered date", exact=True),
    # a DSP line item's or a campaign's geographic targeting (DV360's SDF ``Proximity
    # Targeting``: the centre and radius around a clinic or a store, with its address):
    # the advertiser's configuration, the same for everyone it reaches. Not a custom
    # key-value targeting (Ad Manager's ``CustomTargeting`` holds the page's or reader's keys)
    _r(
        None,
        0.0,
        "proximity targeting|geography targeting|geo targeting|location targeting|"
        "geofence targeting|radius targeting",
        tails=("include", "exclude", "includes", "excludes"),
    ),
)

#: Tokens that make an otherwise unclassified key a machine field wherever they appear.
#: The bookkeeping verbs of ELT loaders count too: a warehouse table landed by Fivetran,
#: Stitch or Airbyte carries ``_fivetran_synced``, ``_airbyte_emitted_at``,
#: ``_sdc_extracted_at``, ``loaded_at``: when the row was copied, not a person's date.
SYSTEM_TOKENS = _set(
    "created create modified updated changed modstamp became contacted activity interaction "
    # a template's or a record's last edit (a message template's ``last_edited``, Notion's
    # ``Last edited time``), and when a number, a line or an account was set up (a short
    # code's or a phone number's ``provisioned``): the platform's bookkeeping
    "edited provisioned "
    "version sku "
    "synced loaded extracted emitted ingested inserted deleted "
    "submit submitted submission recorded signup subscribed unsubscribed opened clicked "
    "delivered bounced closed price "
    # a CRM record's and an action's bookkeeping (Raiser's Edge ``date_added``, an action's
    # ``completed_date``), an event sign-up (``Registration Date``), an extract's run
    "added completed registration registered extract "
    # a help desk's ticket lifecycle (Zendesk Explore's ``Ticket solved - Date``)
    "solved reopened "
    # email platforms' engagement stamps (Klaviyo's ``Last Open``, ``Last Click``)
    "open opens click clicks "
    "currency quantity revenue status stage source medium campaign utm owner count score "
    "rank index sequence position offset duration micros msec millis ms ts timestamp "
    "batch firebase tstamp window "
    # a query's or a job's clock run together, as Redshift's system tables name them
    # (``STL_QUERY.starttime``, ``endtime``): ``start_time`` is a machine field already
    "starttime endtime "
    # a row's stamp written apart (Open Dental's ``DateTStamp``, a ``Date Stamp`` column)
    "stamp "
    # identity-resolution and audience-match exports (LiveRamp's ``Match Date``, Customer
    # Match's ``match_rate``): when and how well records were matched, by the vendor
    "match "
    # a list-hygiene vendor's run against DNC, litigator, reassigned-number, deceased and
    # bankruptcy files (a phone scrub's ``scrub_date``, a collection agency's
    # ``scrubbed_at``): when the list was cleaned, by the vendor
    "scrub scrubbed"
)
#: A record stamp written as one lower-case word, as Dataverse names its columns
#: (``createdon``, ``modifiedon``, ``overriddencreatedon``, ``msemr_azurefhircreateddatetime``,
#: ``createdby``), and ON24's ``createtimestamp``: when the row was written, or by whom.
_RUN_TOGETHER_STAMP = re.compile(
    r"(?:create|created|modified|updated)(?:on|date|datetime|time|timestamp|at|by|onbehalfby)$"
)
#: Last tokens that make a key a machine field (``sent_at``, ``*_id``, ``*_time``).
SYSTEM_LAST = frozenset({"at", "ts", "time", "id", "ids", "uuid", "guid", "number"})
#: Time-zone and format tails after a machine last token: Invoca's ``start_time_local``,
#: ``sent_at_utc``, nginx's ``$time_iso8601`` (its ``$time_local`` in ISO 8601).
SYSTEM_ZONES = frozenset({"utc", "gmt", "local", "tz", "iso8601"})
#: Zone tails that make any key with no entity a machine clock (Statsig's
#: ``first_exposure_utc``, Reddit's ``created_utc``): a person's calendar day (a birth,
#: a visit) is written without a time zone, a timestamp with one. ``local`` and ``tz`` are
#: not: a booking's ``start_local`` is the patient's appointment as often.
CLOCK_ZONES = frozenset({"utc", "gmt"})
#: Lists of activity summaries whose ``first`` and ``last`` are timestamps (Braze's user
#: export: ``custom_events[0] = {"name", "first", "last", "count"}``, ``purchases``).
#: Braze's ``campaigns_received``, ``canvases_received`` and their ``steps_received`` are
#: such lists too, timed by ``last_received``, ``last_entered``, ``last_received_message``.
ACTIVITY_LISTS = frozenset({"events", "purchases", "received"})
_WHEN_FIRST_LAST = frozenset({"first", "last"})
#: Last words of a first or last *day* in such a list (a Workday worker's
#: ``Leave_Events[0].First_Day``, ``Last_Date``): a calendar day of the person's leave or
#: stay, not an activity's clock, so read by the date detector as any day is.
_CALENDAR_LAST = frozenset({"day", "date"})
#: First tokens that make a key a machine field (``IsDeleted``, ``utm_term``).
SYSTEM_FIRST = frozenset({"is", "has", "utm", "batch", "firebase", "number", "num"})
#: Keys that carry searched or chosen words although they start like machine fields:
#: ``utm_term`` is the paid-search keyword ("ozempic dosage"), ``utm_content`` the ad text.
CONTENT_KEYS = frozenset({"utm term", "utm content"})
#: Tokens that make a key sensitive even when it ends like a machine field
#: (``card_number``, ``routing_number``, ``group_number``): never a system field.
SENSITIVE_TOKENS = _set(
    "card routing passport group grp tag account member policy npi license licence serial "
    "plate ssn mrn insurance ins medicare medicaid subscriber beneficiary dob birth appt "
    # a driver's licence by its short names (``cdl_number``, ``dln``): a person's licence,
    # never a machine's field, whatever its last word
    "cdl dln "
    "appointment admit admission discharge admsn adm disch dischg"
)
#: First words of a yes/no question. A survey column headed ``Do you have a primary care
#: physician?`` holds "Yes" or "Not sure", not the physician's name, so only questions
#: asking for a value (``What is your first name?``, ``And your last name?``) are read
#: with the entity rules; the others hold free-text answers.
YES_NO_VERBS = _set(
    "do does did have has had are is was were will would can could should may might am shall"
)
#: Parents whose whole subtree is machine data (Segment ``context.library``; the ad
#: platforms' structs of GA4's ``session_traffic_source_last_click``, whose ``customer_id``
#: and ``account_id`` are the advertiser's account, not a customer's).
SYSTEM_PARENTS = frozenset(
    {"library", "integrations", "app_info", "privacy_info", "google_ads_campaign"}
    | {"cm360_campaign", "dv360_campaign", "sa360_campaign"}
    # an LLM transcript's system message, as :func:`detectors.cells.flatten` names it
    | {"system_prompt"}
    # a WebRTC configuration's relay servers (``RTCConfiguration.iceServers``: ``urls``,
    # ``username``, ``credential``): the platform's TURN account, whose REST username is
    # an expiry stamp and a service name ("1730822400:svc-media"), never a person's login
    | {"ice_servers"}
)

#: Words of a key (or of a parent) that make its address the store's own: where orders
#: ship from (Shopify's ``fulfillments[0].origin_address``, ShipStation's ``shipFrom``,
#: ``Warehouse Zip``), where returns go, the merchant's own details in a processor's
#: export. A store's location is no buyer's; the buyer's ``shipping_address`` and
#: ``billing_address`` are read as ever.
MERCHANT_WORDS = frozenset(
    {"origin", "warehouse", "merchant", "depot"}
    # an event's venue and organiser (Eventbrite's ``venue.address``, ``organizer.phone``,
    # a catalog's ``Venue Address``): the hospital's or a host's place, not an attendee's
    | {"venue", "venues", "organizer", "organiser"}
    # a medical-equipment supplier's or maker's own contact block on an order, a CMN or a
    # support page (``supplier_phone``, ``manufacturer_address``, ``hq_address``); the
    # patient's ship-to is read as ever
    | {"supplier", "manufacturer", "headquarters", "hq"}
    # a cancer centre's patient lodge on a lodging request (``lodge.address``,
    # ``lodging_phone``) and a partner's branch on a programme row (a survivor exercise
    # class's ``Y Branch``): where every guest or participant goes
    | {"lodge", "lodging", "branch"}
    # an OSHA 300A summary's or a 301 report's establishment (``establishment_street``,
    # ``establishment_zip``): the worksite, the same on every case of its log
    | {"establishment"}
    # an embassy's, a consulate's or its medical attaché's office on a sponsored patient's
    # row or in an international office's directory (``Embassy Contact Phone``,
    # ``consulate_address``): the government's line and place, the same for every patient
    # it sponsors
    | {"embassy", "embassies", "consulate", "consular", "attache"}
    # an imaging instance's institution (DICOM's ``InstitutionAddress``, beside its
    # ``InstitutionName``): the centre where the scan was made, the same on every study
    | {"institution"}
    # where a payment is sent (a collection agency's client master's ``remit_to``, an
    # invoice's ``Remit To Address``): the payee business's lockbox, never a debtor's
    | {"remit", "remittance"}
)
#: The contact words of an organisation's own line and place (:data:`MERCHANT_PAIRS`).
_ORG_LINES = ("phone", "fax", "telephone", "tel", "address", "zip", "city", "street")
#: Words of a lab's own draw site or patient service centre on a DTC order's confirmation
#: (``psc_address``, ``lab_phone``, ``lab.address``): where every customer of the site
#: goes; and its own licence (``lab_license``, a cannabis testing lab's). Only with one
#: of those words in the leaf's key (:data:`_LAB_OWN_WORDS`): a
#: ``lab_collected`` or ``lab_date`` is when the patient's specimen was drawn or resulted,
#: a DATE's place, and a ``lab.result`` is the patient's.
LAB_WORDS = frozenset({"psc", "lab", "laboratory", "labs"})
_LAB_OWN_WORDS = frozenset(_ORG_LINES) | {
    "email", "state", "zipcode", "postal", "location", "license", "licence", "clia"
}  # fmt: skip
MERCHANT_PAIRS = frozenset(
    {("ship", "from"), ("ships", "from"), ("fulfillment", "center"), ("fulfilment", "centre")}
    | {("distribution", "center"), ("distribution", "centre")}
    | {("fulfillment", "location"), ("return", "address"), ("returns", "address")}
    # a clinic's, a hospital's or a practice's own line and place on a booking, an Rx
    # approval or a directory row (``clinic_phone``, ``vet_clinic_fax``, ``site_phone``):
    # the same on every client's row. Only beside the contact word: a ``clinic_visit_date``
    # is the patient's
    | {(org, contact) for org in ("clinic", "hospital", "practice") for contact in _ORG_LINES}
    # a centre's own line and place (a yellow fever vaccination centre registry's ``Center
    # Phone``, a call centre's or a dialysis centre's ``center_address``): the same on
    # every row, as a clinic's is. Only beside the contact word
    | {(org, contact) for org in ("center", "centre") for contact in _ORG_LINES}
    # a school's own main line and street on a nurse's visit or a roster (``school_phone``,
    # ``school_address``): the same on every student's row. Only beside the contact word
    | {("school", contact) for contact in _ORG_LINES}
    | {("site", "phone"), ("site", "fax"), ("site", "telephone")}
    # a multi-location business's own line beside a texting thread, a review or a check-in
    # (Podium's and Birdeye's ``location_phone``, a queue tool's ``location_fax``): the
    # location is the clinic's branch, the same on every patient's row. Only its lines: a
    # ``location_address`` may be where a person is
    | {("location", "phone"), ("location", "fax"), ("location", "telephone")}
    # a treatment facility's own place and line on a licence listing or an admission
    # (``Facility Address``, ``facility_phone``), as a ``facility`` object's already are
    # (:data:`MERCHANT_OBJECTS`). Not a flat pharmacy column: the sample data's gold
    # reports a ``pharmacy_fax``, and a pharmacy's ZIP on a form is where the person lives
    # (tests/test_warehouse_shapes.py)
    | {("facility", contact) for contact in _ORG_LINES}
    # a diplomatic or cultural mission's own line and place (``Mission Phone``) and a
    # bank's (``bank_address`` in wire instructions, a payer's ``Bank Address``): the
    # organisation's, whoever's account the row is about. Only beside the contact word
    | {(org, contact) for org in ("mission", "bank") for contact in _ORG_LINES}
    # a claim's or a medical bill's billing provider (an IAIABC medical bill's ``Billing
    # Provider Postal Code``, a flattened 837's ``billing_provider_address``): the
    # practice's or the facility's own place and lines, the same on every patient's bill,
    # as its NPI is (:data:`ORGANISATION_NPI_WORDS`)
    | {("billing", "provider")}
    # a carrier's scan point on a tracking event (FedEx's ``scanEvents[].scanLocation``,
    # EasyPost's ``tracking_details[].tracking_location``): the hub or the post office
    # that scanned the parcel, the same for every parcel through it; the addressee's own
    # ``to_address`` is read as ever
    | {("scan", "location"), ("tracking", "location")}
    # a consent receipt's data controller (the Kantara Consent Receipt's
    # ``piiControllers[].address``, ``.email``, ``.phone``; ISO/IEC 27560's
    # ``dataController``): the organisation that collected the consent, its privacy
    # office's place and lines, the same on every receipt it issues; the receipt's
    # ``piiPrincipalId`` is the person's
    | {(w, c) for w in ("pii", "data") for c in ("controller", "controllers")}
)


#: Last words of an object that IS a shop or a pharmacy: a pickup notice's ``store``
#: object (``store.address``, ``store.phone``), a refill event's ``pickup_store``, a
#: transfer's ``dispensing_pharmacy``. Their leaves are that place's own address and line,
#: the same on every patient's row. Only as a parent: a flat ``store_phone`` or
#: ``pharmacy_zip`` column may be the person's own (a local number may be anyone's,
#: tests/test_senders.py), and ``pharmacy_patient`` is a patient.
#: A records request's or a retrieval order's ``facility`` object (``facility.address``,
#: ``facility.fax``) is the provider's own place the same way.
#: A booking's collection ``site`` object (a blood centre's ``appointment.site.address``)
#: is the organisation's place the same way; a flat ``site_address`` may be a home-health
#: visit's site of care, the patient's home, so it is read as ever.
#: A claim's, an application's or a leave case's ``employer`` object (a disability
#: carrier's ``employer.address.line1``, an FROI's ``employer.contact_phone``) is the
#: employer's own place the same way: the same on every employee's claim, as the workers'
#: compensation and leave probes decided (tests/test_leave_disability_accommodations.py).
#: A flat ``employer_address`` column is read as ever.
MERCHANT_OBJECTS = frozenset({"store", "shop", "pharmacy", "facility", "site", "employer"})


#: Words of an NPI's key or of one of its parents that make it an organisation's (a type 2
#: NPI, the same on every row of the organisation): an X12 claim's billing provider
#: (``billing.npi``, ``billingProvider.npi``), a remittance's payee (``Payee NPI``), a
#: facility, a provider group (a Transparency-in-Coverage file's
#: ``provider_groups[].npi``, a payer contract's ``Group NPI``), a pharmacy (a coupon
#: redemption's ``Pharmacy NPI``), an organisation; a Transparency-in-Coverage
#: allowed-amount item's paid providers (``allowed_amounts[].payments[].providers[].npi``:
#: a price file's billing NPIs, no patient's). A rendering, referring, requesting or
#: prescribing clinician's NPI is still reported, and so is a good-faith estimate's
#: convening provider's by its word alone (a clinician as often as a facility): beside its
#: owner's TIN it is the billing party's (``chunk_profiles._billing_npis``). An encounter
#: notification's ``location.npi`` (FHIR's Location, PatientPing's event location: the
#: hospital the patient went to) and a referral's ``agency.npi`` (a home-health or hospice
#: agency) are the place's and the agency's, as a facility's is.
ORGANISATION_NPI_WORDS = _set(
    "billing payee facility facilities group groups organization organisation org pharmacy allowed "
    "location locations agency agencies"
)


def _organisation_npi(segs: list[_Seg]) -> bool:
    """True for an NPI field that a word of its key or a parent gives to an organisation
    (:data:`ORGANISATION_NPI_WORDS`)."""
    if "npi" not in segs[-1].tokens:
        return False
    return any(not ORGANISATION_NPI_WORDS.isdisjoint(seg.tokens) for seg in segs)


@functools.lru_cache(maxsize=4096)
def organisation_npi(path: str) -> bool:
    """True for a field path whose NPI is an organisation's (:func:`_organisation_npi`);
    :mod:`detectors.medical_ids` reads an NPI by its field's word and asks this first."""
    segs = _segments(path)
    return bool(segs) and _organisation_npi(segs)


@functools.lru_cache(maxsize=16384)
def organisation_place_field(path: str) -> bool:
    """True for a field path that a key or a parent gives to an organisation's own place
    and lines (:func:`_merchant_place`: a store's origin, a clinic's phone, a consent
    receipt's data controller): :mod:`detectors.email` lets a role mailbox go there."""
    segs = _segments(path)
    return bool(segs) and _merchant_place(segs)


def _merchant_place(segs: list[_Seg]) -> bool:
    """True when a key or one of its parents names the store's own place
    (:data:`MERCHANT_WORDS`, :data:`MERCHANT_PAIRS`, a parent in
    :data:`MERCHANT_OBJECTS`, a lab's word with a contact word in the leaf,
    :data:`LAB_WORDS`)."""
    for i, seg in enumerate(segs):
        toks = seg.tokens
        if not MERCHANT_WORDS.isdisjoint(toks) or any(
            pair in MERCHANT_PAIRS for pair in pairwise(toks)
        ):
            return True
        if i < len(segs) - 1 and toks and toks[-1] in MERCHANT_OBJECTS:
            return True
        if not LAB_WORDS.isdisjoint(toks) and not _LAB_OWN_WORDS.isdisjoint(segs[-1].tokens):
            return True
    return False


#: Words of the practice's own people in call-centre, texting and scheduling exports: the
#: agent who answered (CallTrackingMetrics' ``agent.name`` beside ``agent.email``), the
#: staff member a thread is assigned to (``assigned_user.name``). They are the covered
#: entity's workforce, not the patient or the patient's relatives, employer or household
#: (45 CFR 164.514(b)(2)(i)), so a ``name`` under them is not a NAME by its field. Their
#: names in free text are another matter (NER and the name lexicons still read prose).
STAFF_WORDS = _set(
    "agent agents rep reps representative staff operator operators "
    "assigned assignee scheduler receptionist dispatcher csr "
    # a recruiting tool's recruiter and sourcer act for the employer on the candidate's
    # record (Workday's ``Recruiter``, Bullhorn's ``recruiter.name``). Not ``employee``:
    # an HR, employee-health or payroll record is about the employee it names
    # (``Employee Name`` beside a TB test), as a wellness roster's ``Employee ID`` is
    "recruiter recruiters sourcer sourcers "
    # volunteers are workforce by HIPAA's own definition (45 CFR 160.103): the health
    # fair's ``Volunteer Initials`` and ``volunteer_name`` beside a screened person's row
    "volunteer volunteers "
    # a claims administrator's adjuster acts for the carrier on the claimant's file (a
    # claim letter's ``AdjusterName`` and ``AdjusterPhone``, a referral's ``adjuster``),
    # as a CRM record's owner acts for the practice (tests/test_workers_comp_claims.py)
    "adjuster adjusters"
)

#: Parents under which a bare ``name`` is a person's name.
PERSON_PARENTS = _set(
    "traits user usr enduser patient contact customer client member person profile lead "
    "subscriber "
    "guardian spouse parent emergency_contact insured beneficiary applicant billing "
    "shipping recipient cardholder requester submitter author caller sender invitee attendee "
    "inviter "
    "registrant respondent participant enrollee dependent caregiver guarantor reviewer "
    # Pardot (Account Engagement) calls its leads prospects: ``prospect_id``, ``Prospect Id``
    "prospect "
    # recruiting and HR systems: the person a candidate record, an application or an
    # employee-health record is about (Bullhorn's ``candidate.firstName``, Workday's
    # ``Candidate ID``, an occupational-health log's ``employee.name``)
    "candidate employee "
    # fundraising CRMs (Raiser's Edge, DonorPerfect, NPSP tributes): the constituent or donor
    # a record is about, and a tribute's honoree and the relatives it notifies
    # (``constituent_id``, ``Constituent Name``, ``tributee.name``, ``Honoree_Name__c``)
    "constituent donor honoree tributee acknowledgee "
    # legal-intake (mass-tort) questionnaires: ``claimant_name``, ``plaintiff.dob``
    "claimant plaintiff "
    # public health programmes: a school immunization roster's ``Student Name`` and ``State
    # Student ID``, a contact-tracing system's monitoree (Sara Alert's ``Monitoree ID``)
    "student monitoree "
    # school, camp and athletics exports: a camp health form's ``camper.first_name``, an
    # athletic trainer's ``athlete.athlete_id``, a sports-medicine system's ``AthleteID``
    "camper athlete "
    # a clinician object (a referral's ``prescriber.name``, an ePA's ``prescriber``): NAME,
    # as the clinician's name columns are (``provider`` is left out: an insurance provider
    # and an identity provider are things)
    "prescriber physician hcp doctor "
    # a Salesforce activity's contact or lead as a report or a Data Loader export names
    # the relationship field (``Who.Name`` beside ``WhoId``: a Task's or an Event's
    # person; its ``What.Name`` is the account or the case, left alone)
    "who "
    # an expert medical opinion (second-opinion) case's reviewing specialist
    # (``expert.name`` beside ``expert.specialty``), a clinician as a physician is
    "expert "
    # an occupational-health record's worker (``worker.name``) and a drug test's medical
    # review officer (``mro.name``), as an employee's and a physician's
    "worker mro examiner "
    # a NICU family app's or a hospital's newborn feed (``baby.name``, ``infant.mrn``): the
    # child the record is about. Not ``child``: a tree's node as often (``child.name``)
    "baby infant newborn "
    # a jail's or a prison's health and custody exports: the person held (a sick-call
    # export's ``inmate_name``, a DOC roster's ``Offender Name``, an immigration
    # detention file's ``Detainee ID``), as a patient's columns are; a tablet messaging
    # vendor and a senior-living CRM call the person a resident (``from_resident.name``)
    "inmate offender detainee resident "
    # collection agencies' and credit bureaus' exports: the person who owes a medical bill
    # (a work queue's ``Debtor``, ``debtor_name``, ``debtorId``, a skip trace's
    # ``debtor.ssn``): the patient, or the guarantor who is their relative
    "debtor "
    # genetic counselling: the person a pedigree or a family history is drawn around (a
    # tracker's ``Proband Name``, ``proband.mrn``) and the relatives a cascade-testing
    # letter goes to (``Relative Name``, ``relatives[0].name``, ``relative_id``), whose
    # identifiers Safe Harbor lists beside the individual's
    "proband relative"
)
#: Generic containers of a record's attributes: under a person-like parent
#: (``contact.attributes.name``, Drift) or as the tail of a person-like key
#: (``user_properties.name``, Amplitude; ``customer_data.name``) they speak for that person.
#: ``json`` too: a person's record held as JSON text (``contacts_json``, ``patient_json``)
#: is split into its leaves (:mod:`detectors.embedded_json`), so its ``name`` sits there.
PERSON_CONTAINERS = _set("properties props attributes attrs data info details fields json")
#: Profile operations of product-analytics events: PostHog and Mixpanel send a person's
#: properties inside ``$set`` / ``$set_once`` (``properties.$set.name``).
PERSON_OPERATIONS = frozenset({"$set", "$set_once"})
#: Meta Conversions API ``user_data`` short keys (normalized, hashed or not). ``ge``
#: (gender), ``st`` (state) and ``country`` are deliberately absent: none is a Safe Harbor
#: identifier, and their hashes only hide a low-entropy attribute.
META_USER_DATA: dict[str, str] = {
    "em": "EMAIL",
    "ph": "PHONE",
    "fn": "NAME",
    "ln": "NAME",
    "db": "DATE",
    "ct": "LOCATION",
    "zp": "ZIP_CODE",
    "external_id": "ONLINE_ID",
}
_META_PARENTS = frozenset({"user_data", "userdata", "ud"})
_HASH_TOKENS = frozenset({"hash", "hashed", "sha", "sha1", "sha256", "sha512", "md5", "hmac"})
_HASHABLE_WORDS = _set(
    "email em mail phone ph telephone mobile name fn ln first last dob birth birthdate zip "
    "zp postal address street city ct ssn external maid maids idfa gaid aaid adid madid ip dobd "
    "dobm "
    # Mailchimp's ``subscriber_hash``: the MD5 of the member's lower-cased address
    "subscriber "
    # a list processor's or a clean room's person match key (``match_key_sha256``, a hash of
    # name + ZIP or name + address), and a hashed patient or person key in a match-back
    "match matchkey patient person individual "
    # a health plan's hashed member key (``member_id_hash``, ``mbi_sha256``) in a portal's
    # or an outreach vendor's export: the digest of a beneficiary number
    "member mbi beneficiary "
    # ad tech's hashed device ids and hashed emails by their short names (a location
    # vendor's ``ifa_sha1``, a device graph's ``hem_sha256``)
    "ifa hem"
)
#: Key tokens that, together, name a device's id: a location or audience vendor's
#: ``hashed_device_id`` and ``Hashed Device ID`` (the digest of a MAID) beside a hash word.
_HASHABLE_DEVICE_ID = frozenset({"device", "id"})
#: Keys that name a digest of a direct identifier without a hash word: Mailchimp's
#: ``email_id`` (the MD5 of the lower-cased address, in its reports and exports). Only hex
#: digests in them are reported (a numeric ``emailId`` of an email asset is not).
_HASH_KEYS = frozenset({("email", "id")})
_URL_TOKENS = frozenset({"url", "uri", "link", "href", "referrer", "location"})
_TYPED_WRAPPERS = frozenset(
    {"string_value", "int_value", "float_value", "double_value", "bool_value", "json_value"}
    # a voicebot slot's heard and normalized forms (Amazon Lex V2:
    # ``slots.FirstName.value.interpretedValue``): the slot names them
    | {"original_value", "interpreted_value", "resolved_values"}
    # a union's branch in Avro's JSON encoding (``first_name: {"string": "Maria"}``, a
    # Debezium date as ``{"int": -3653}``), as Kafka consumers and connectors print it;
    # not ``long``, which is also a longitude's key
    | {"string", "int", "boolean", "bytes", "double", "float"}
    # a DICOM person name's component groups in the JSON model (``"00100010": {"vr": "PN",
    # "Value": [{"Alphabetic": "DOE^JANE"}]}``): the attribute names them
    | {"alphabetic", "ideographic", "phonetic"}
    # and such an attribute's ``Value``, as the flattening names it in the hint path
    # (detectors.dicom_tags.VALUE_HINT)
    | {"dicom_value"}
)
#: Azure Document Intelligence's typed readings of a field (``fields.PatientName.
#: valueString``, ``valueDate``, ``valuePhoneNumber``...): the field's name says what they
#: hold, as a GA4 parameter's ``string_value`` does.
_AZURE_TYPED = frozenset(
    f"value_{t}"
    for t in (
        "string", "date", "time", "phone_number", "number", "integer", "currency",
        "address", "country_region", "selection_mark", "boolean", "signature",
    )
)  # fmt: skip
_TYPED_WRAPPERS = _TYPED_WRAPPERS | _AZURE_TYPED
#: Azure's nesting of object and array fields (``fields.Member.valueObject.Name``): no
#: name of its own, so a member's ``Name`` reads under ``Member``.
_AZURE_NESTING = frozenset({"value_object", "value_array"})
#: Parents two keys above an Azure field's ``content`` (the text read on the page):
#: ``fields.<Name>.content``, ``valueObject.<Name>.content``.
_AZURE_FIELD_PARENTS = frozenset({"fields"}) | _AZURE_NESTING
_VALUE_WRAPPERS = frozenset({"value", "values", "val", "v", "id_value", "meta_value"})
#: The name leaf of a key/value pair (``{"key": "email", ...}``, LinkedIn's ``idType``).
_NAME_LEAVES = frozenset({"key", "id_type"})
#: The leaves of a key/value pair under its name (:func:`yes_no_question`).
_PAIR_LEAVES = _NAME_LEAVES | _VALUE_WRAPPERS | _TYPED_WRAPPERS

_PARENS = re.compile(r"\([^()]*\)")
_TOKEN = re.compile(r"[a-z0-9]+")
_INDEX = re.compile(r"\[\d*\]")
_BRACKET = re.compile(r"\[([^\[\]]+)\]")


def _compile(rule: Rule) -> re.Pattern[str]:
    alts = "|".join("_?".join(map(re.escape, p.split())) for p in rule.phrases)
    if rule.exact:
        return re.compile(rf"^(?:{alts})$")
    tail = ""
    if rule.tails:
        tails = "|".join("_?".join(map(re.escape, t.split())) for t in rule.tails)
        tail = rf"(?:_(?:{tails}))?"
    return re.compile(rf"(?:^|_)(?:{alts}){tail}(?:_?\d+)?$")


_COMPILED: dict[str, tuple[tuple[Rule, re.Pattern[str]], ...]] = {
    name: tuple((r, _compile(r)) for r in table)
    for name, table in (
        ("free", FREE_TEXT_RULES),
        ("entity", ENTITY_RULES),
        ("business", BUSINESS_NUMBER_RULES),
        ("boilerplate", BOILERPLATE_RULES),
        ("system", SYSTEM_RULES),
    )
}


class _Seg(NamedTuple):
    raw: str
    tokens: tuple[str, ...]

    @property
    def key(self) -> str:
        return "_".join(self.tokens)


#: Spanish column headers of web forms and CRM exports (US health systems run Spanish
#: pages and forms), accents folded and "de"/"del"/"la"/"el" dropped, read as the English
#: key the rules know. Only whole keys: "nombre del producto" stays unknown.
SPANISH_KEYS = {
    ("nombre",): ("first", "name"),
    ("nombres",): ("first", "name"),
    ("nombre", "completo"): ("full", "name"),
    ("nombre", "paciente"): ("patient", "name"),
    ("apellido",): ("last", "name"),
    ("apellidos",): ("last", "name"),
    ("primer", "apellido"): ("last", "name"),
    ("segundo", "apellido"): ("last", "name"),
    ("correo",): ("email",),
    ("correo", "electronico"): ("email",),
    ("telefono",): ("phone",),
    ("numero", "telefono"): ("phone",),
    ("telefono", "movil"): ("phone",),
    ("telefono", "celular"): ("phone",),
    ("celular",): ("phone",),
    ("movil",): ("phone",),
    ("fecha", "nacimiento"): ("date", "of", "birth"),
    ("codigo", "postal"): ("postal", "code"),
    ("direccion",): ("address",),
    ("domicilio",): ("address",),
    ("ciudad",): ("city",),
    ("condado",): ("county",),
    ("fecha", "cita"): ("appointment", "date"),
    ("seguro", "social"): ("ssn",),
    ("numero", "seguro", "social"): ("ssn",),
    # Mexico's social security number (the IMSS ``NSS``, "número de seguridad social"),
    # on a border hospital's or a facilitator's registration
    ("nss",): ("ssn",),
    ("numero", "seguridad", "social"): ("ssn",),
    ("numero", "miembro"): ("member", "id"),
    ("id", "miembro"): ("member", "id"),
    ("numero", "poliza"): ("policy", "number"),
    ("mensaje",): ("message",),
    ("comentario",): ("comments",),
    ("comentarios",): ("comments",),
    ("motivo", "visita"): ("reason", "for", "visit"),
    ("motivo", "consulta"): ("reason", "for", "visit"),
    ("sintomas",): ("symptoms",),
    ("pregunta",): ("question",),
    ("preguntas",): ("questions",),
    # the column headers of ad reports downloaded in a Spanish-language UI (Google Ads)
    ("campana",): ("campaign",),
    ("grupo", "anuncios"): ("ad", "group"),
    ("dia",): ("day",),
    ("semana",): ("week",),
    ("costo",): ("cost",),
    ("clics",): ("clicks",),
    ("cpc", "prom"): ("avg", "cpc"),
    ("conversiones",): ("conversions",),
}
_SPANISH_FILLER = frozenset({"de", "del", "la", "el", "su", "tu"})

#: Headers of the other languages US health systems translate their forms into, in Latin
#: script once accents are folded (Vietnamese, Tagalog, Haitian Creole), read like
#: :data:`SPANISH_KEYS` (whole keys only). Haitian ``Non`` (name) is left out: as a bare
#: header it is as often a French or English "no" column as a name.
LATIN_FOREIGN_KEYS = {
    # Vietnamese
    ("ho", "va", "ten"): ("full", "name"),
    ("ho", "ten"): ("full", "name"),
    ("ten",): ("first", "name"),
    ("ngay", "sinh"): ("date", "of", "birth"),
    ("so", "dien", "thoai"): ("phone",),
    ("dien", "thoai"): ("phone",),
    ("dia", "chi"): ("address",),
    ("ly", "do", "kham"): ("reason", "for", "visit"),
    # Tagalog ("ng" dropped like Spanish "de")
    ("pangalan",): ("full", "name"),
    ("buong", "pangalan"): ("full", "name"),
    ("apelyido",): ("last", "name"),
    ("petsa", "kapanganakan"): ("date", "of", "birth"),
    ("numero", "telepono"): ("phone",),
    ("tirahan",): ("address",),
    # Haitian Creole
    ("non", "konple"): ("full", "name"),
    ("siyati",): ("last", "name"),
    ("dat", "nesans"): ("date", "of", "birth"),
    ("telefon",): ("phone",),
    ("adres",): ("address",),
}
_FOREIGN_FILLER = _SPANISH_FILLER | {"ng"}

#: Whole headers in non-Latin scripts (Chinese simplified and traditional, Korean, Russian,
#: Arabic), which no ``[a-z0-9]`` token can read, as the English key the rules know. A
#: form's columns are few and fixed, so a short exact list is cheap and never guesses.
SCRIPT_HEADERS = {
    # Chinese
    "姓名": ("full", "name"),
    "名字": ("first", "name"),
    "出生日期": ("date", "of", "birth"),
    "生日": ("date", "of", "birth"),
    "电话": ("phone",),
    "電話": ("phone",),
    "电话号码": ("phone",),
    "電話號碼": ("phone",),
    "手机": ("phone",),
    "手機": ("phone",),
    "电子邮件": ("email",),
    "電子郵件": ("email",),
    "邮箱": ("email",),
    "地址": ("address",),
    "邮编": ("postal", "code"),
    "郵遞區號": ("postal", "code"),
    "就诊原因": ("reason", "for", "visit"),
    "就診原因": ("reason", "for", "visit"),
    # Korean
    "이름": ("full", "name"),
    "성명": ("full", "name"),
    "생년월일": ("date", "of", "birth"),
    "전화번호": ("phone",),
    "휴대폰": ("phone",),
    "이메일": ("email",),
    "주소": ("address",),
    "우편번호": ("postal", "code"),
    # Russian
    "имя": ("first", "name"),
    "фамилия": ("last", "name"),
    "отчество": ("middle", "name"),
    "фио": ("full", "name"),
    "дата рождения": ("date", "of", "birth"),
    "телефон": ("phone",),
    "электронная почта": ("email",),
    "адрес": ("address",),
    "город": ("city",),
    "почтовый индекс": ("postal", "code"),
    # Arabic
    "الاسم": ("full", "name"),
    "الاسم الكامل": ("full", "name"),
    "اسم العائلة": ("last", "name"),
    "تاريخ الميلاد": ("date", "of", "birth"),
    "رقم الهاتف": ("phone",),
    "الهاتف": ("phone",),
    "البريد الإلكتروني": ("email",),
    "العنوان": ("address",),
}
_HEADER_EDGES = " \t:：*?？"


def _script_header(segment: str) -> tuple[str, ...] | None:
    """The English key of a whole non-Latin header (:data:`SCRIPT_HEADERS`), else None."""
    if segment.isascii():
        return None
    return SCRIPT_HEADERS.get(" ".join(segment.strip(_HEADER_EDGES).lower().split()))


def fold_accents(text: str) -> str:
    """``Teléfono`` -> ``Telefono``: accents dropped, so a header splits into whole words."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _spanish(toks: tuple[str, ...]) -> tuple[str, ...]:
    """The English key of a Spanish header (:data:`SPANISH_KEYS`), else ``toks``."""
    core = tuple(t for t in toks if t not in _SPANISH_FILLER)
    if core[:2] == ("cual", "es"):  # a Typeform question: "¿Cuál es tu nombre completo?"
        core = core[2:]
    found = SPANISH_KEYS.get(core)
    if found is None:
        found = LATIN_FOREIGN_KEYS.get(tuple(t for t in toks if t not in _FOREIGN_FILLER))
    return found or toks


#: Parenthesized words that name a part of the field, not its format (Gravity Forms'
#: CSV columns ``Name (First)``, ``Address (ZIP / Postal Code)``, ``Address (State /
#: Province)``): kept as words of the key, so a state is not read as an ``Address``.
_PART_WORDS = re.compile(
    r"\((?:first|last|middle|prefix|suffix|street address|address line 2|city"
    r"|state / province|zip / postal code|country"
    # whose the field is, when it is not the person's: a student-accident claim form's
    # ``Policy Number (school)``, a benefits form's ``Policy # (employer)``
    r"|school|district|employer|group)\)",
    re.IGNORECASE,
)


def _format_hint(m: re.Match[str]) -> str:
    """A parenthesized format hint drops out of a key (``DOB (MM/DD/YYYY)``); a name
    part's stays (``Name (First)``)."""
    return f" {m[0][1:-1]} " if _PART_WORDS.fullmatch(m[0]) else " "


#: A W3C extended log's field name (IIS, CloudFront, :mod:`pipelines.w3c_log`): the prefix
#: says whose value it is: ``c-`` the client's (``c-ip``: the visitor), ``s-`` the
#: server's, ``r-``/``rs-``/``sr-`` an upstream server's, ``cs-`` sent by the client
#: (``cs-uri-query``, ``cs-username``), ``sc-`` by the server (``sc-status``); ``cs(X)`` and
#: ``sc(X)`` are the request's or response's header ``X`` (``cs(X-Forwarded-For)``).
W3C_KEY = re.compile(r"^(c|s|r|cs|sc|rs|sr)(?:-([A-Za-z][A-Za-z0-9-]*)|\(([A-Za-z][\w-]*)\))$")
#: What each prefix's value is said of, as a leading token (none: the name says enough).
_W3C_PARTY = {"c": "client", "s": "server", "r": "server", "rs": "server", "sr": "server"}


def _w3c_tokens(segment: str) -> tuple[str, ...] | None:
    """The tokens a W3C log field name is read as (``s-ip`` -> ``server_ip``, ``c-ip`` ->
    ``client_ip``, ``cs-uri-query`` -> ``uri_query``, ``cs(User-Agent)`` ->
    ``user_agent``), or None for any other key. Without this, ``s-ip`` (the server that
    answered) read as a visitor's IP address and ``cs(X-Forwarded-For)`` as nothing."""
    m = W3C_KEY.match(segment.strip())
    if m is None:
        return None
    prefix, name, header = m.groups()
    toks = tuple(_TOKEN.findall(split_humps(name or header).lower()))
    party = _W3C_PARTY.get(prefix) if name else None
    return (party, *toks) if party else toks


#: A Dataverse lookup property as the Web API returns it: ``_<name>_value`` holds the GUID
#: of the record the lookup ``<name>`` points to (``_ownerid_value``, ``_parentcustomerid_value``).
_LOOKUP = re.compile(r"_([a-z0-9]+(?:_[a-z0-9]+)*)_value")

#: Veeva CRM's managed fields end ``_vod__c`` (``NPI_vod__c``, ``Call_Date_vod__c``) and its
#: relationships ``_vod__r``: the namespace says whose field it is, not what it holds.
_VEEVA = re.compile(r"_vod__(?:c|r)$", re.IGNORECASE)


def _tokens(segment: str) -> tuple[str, ...]:
    """Ordered tokens of one path segment; Salesforce ``__c``, Veeva's ``_vod`` and
    HubSpot's ``hs_`` dropped.

    Spreadsheet headers are read as people write them: a format hint in parentheses is
    not part of the name (``DOB (MM/DD/YYYY)`` is ``dob``), and a trailing ``#`` is the
    word "number" (``Chart #`` is ``chart_number``, ``Medicare #`` ``medicare_number``).
    Accents are folded and Spanish headers read in English (``Código postal`` is
    ``postal_code``, :data:`SPANISH_KEYS`).
    """
    w3c = _w3c_tokens(segment) or _script_header(segment)
    if w3c:
        return w3c
    lookup = _LOOKUP.fullmatch(segment)
    if lookup:
        segment = lookup[1]  # Dataverse's ``_ownerid_value`` is the ``ownerid`` lookup
    segment = fold_accents(segment)
    bare = _PARENS.sub(_format_hint, segment)
    if bare != segment and _TOKEN.search(bare.lower()):
        segment = bare
    toks = _TOKEN.findall(split_humps(segment).lower())
    if toks and segment.rstrip().endswith("#") and toks[-1] not in _NUM:
        toks.append("number")
    if len(toks) > 1 and re.search(r"__(?:c|pc|r)$", segment):
        toks.pop()
        if len(toks) > 1 and toks[-1] == "vod" and _VEEVA.search(segment):
            toks.pop()  # Veeva CRM's namespace: ``Sent_Date_vod__c`` is ``sent_date``
    if len(toks) > 1 and toks[0] == "hs":
        toks.pop(0)
    if len(toks) > 2 and toks[-2:] == ["in", "address"]:
        del toks[-2:]  # Textract AnalyzeID's ``ZIP_CODE_IN_ADDRESS`` is the address's ZIP
    return _spanish(tuple(toks))


#: A double underscore between two keys: how Stitch, Airbyte's normalization and Singer
#: targets flatten a nested object into one column (``via__source__from__address`` is
#: ``via.source.from.address``). Not Salesforce's ``__c``/``__r``/``__pc`` suffixes (custom
#: field, relationship, person-account field), which :func:`_tokens` drops, and not a
#: leading ``__`` (HubSpot's ``__hstc`` cookie).
_FLATTENED = re.compile(r"(?<=[A-Za-z0-9])__(?=[A-Za-z0-9])(?!(?:c|pc|r)$)")


#: An OData instance annotation after a property's name (Dataverse / Dynamics 365 Web API:
#: ``_ownerid_value@OData.Community.Display.V1.FormattedValue``,
#: ``_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname``) or as a whole key
#: (``@odata.etag``, ``@odata.context``, ``@odata.nextLink``). Its dots are no nesting.
_ODATA = re.compile(r"@(?:OData|odata|Microsoft)(?:\.[A-Za-z0-9_]+)+$")
#: The one annotation that holds the property's own value, as the user sees it (an option
#: set's label, a lookup's display name, a formatted date): it means what the property does.
_FORMATTED = "@OData.Community.Display.V1.FormattedValue"


def odata_annotation(path: str) -> bool:
    """True for an OData annotation other than a formatted value (an etag, a lookup's
    logical name, a page link): the service's metadata, never a person's value."""
    m = _ODATA.search(path)
    return m is not None and m.group() != _FORMATTED


#: An item number heading a spreadsheet column (InBody's LookinBody export: ``2. Name``,
#: ``9. Test Date / Time``; a survey's ``Q3. What is your first name?``): the column's
#: place in the sheet, not a parent key, although its dot is the one nesting uses.
_ITEM_NUMBER = re.compile(r"(?:^|(?<=\.))\s*[A-Za-z]?\d{1,3}\.\s+(?=\S)")


def _segments(path: str) -> list[_Seg]:
    """Split a hint path into segments: ``.``-separated keys (a connector's ``__`` too),
    then a URL query parameter. A formatted-value annotation reads as its property, and a
    column's item number (:data:`_ITEM_NUMBER`) is dropped."""
    if path.endswith(_FORMATTED):
        path = path[: -len(_FORMATTED)]
    path = _ITEM_NUMBER.sub("", path)
    head, param = path, None
    q = path.rfind("?")
    if q >= 0:
        tail = path[q + 1 :]
        if tail and not any(c.isspace() for c in tail):
            head, param = path[:q], tail
    raw = _INDEX.sub("", head).split(".")
    if param is not None:
        raw.append(_INDEX.sub("", param))
    out: list[_Seg] = []
    for seg in raw:
        # PHP/Meta-pixel style ``ud[em]`` is two segments.
        for part in _FLATTENED.sub(".", _BRACKET.sub(r".\1", seg)).split("."):
            toks = _tokens(part)
            if toks:
                out.append(_Seg(part.strip(), toks))
    return out


def _yes_no(seg: _Seg) -> bool:
    """A question segment answered yes, no or by a choice (:data:`YES_NO_VERBS`)."""
    return seg.raw.endswith("?") and seg.tokens[0] in YES_NO_VERBS


@functools.lru_cache(maxsize=16384)
def yes_no_question(path: str) -> bool:
    """A column headed by a question answered yes, no or by picking one of its choices
    (``Are you a recipient, a donor or a caregiver?``, ``Do you have a caregiver?``): its
    answers are choices, so the people the question names are not in them. A question-and-
    answer pair's leaves (``answers.<question>.value``, its label ``….key``) are the
    question's. Cached per path."""
    head, _, leaf = path.rpartition(".")
    while head and "_".join(_tokens(leaf)) in _PAIR_LEAVES:
        path = head
        head, _, leaf = path.rpartition(".")
    segs = _segments(path)
    return bool(segs) and _yes_no(segs[-1])


def _match(table: str, key: str) -> Rule | None:
    for rule, pattern in _COMPILED[table]:
        if pattern.search(key) and not (rule.exclude and rule.exclude.intersection(key.split("_"))):
            return rule
    return None


def _person_word(token: str) -> bool:
    """A person-like parent word, singular or plural (``users[0].name``, ``attendees``)."""
    return token in PERSON_PARENTS or (token.endswith("s") and token[:-1] in PERSON_PARENTS)


def _person_parent(parents: list[_Seg]) -> bool:
    """True when the nearest parent stands for a person, so its ``name`` is the person's.

    ``traits``, ``patient``, ``requester``; their plurals (``users[0].name``, a LiveChat
    export); a person's attribute container, as a key's tail (``user_properties``,
    ``contact_attributes``) or under a person (``contact.attributes``, Drift). A parent
    naming a thing vetoes (``company``, ``product``), except the person word itself
    (``user`` is also an online-id word).
    """
    if parents[-1].raw in PERSON_OPERATIONS:
        return True
    toks = parents[-1].tokens
    if STAFF_WORDS.intersection(toks):
        return False
    if toks[-1] in PERSON_CONTAINERS and not _person_word(toks[-1]):
        if len(toks) > 1:
            toks = toks[:-1]  # ``user_properties`` -> ``user``
        elif len(parents) > 1:
            toks = parents[-2].tokens  # ``contact.attributes`` -> ``contact``
    if not _person_word(toks[-1]):
        return False
    return len(toks) == 1 or not NOT_A_PERSON.intersection(toks[:-1])


#: Lists of an app user's push registrations, whose ``token`` is one device's address.
_PUSH_TOKEN_LISTS = frozenset({"push_tokens", "push_token", "device_tokens", "push_subscriptions"})


#: Objects of a veteran (a VBMS-like rating decision's ``veteran``, a claimant object) and
#: the keys of their VA file number under them (``veteran.file_number``).
_VETERAN_OBJECTS = frozenset({"veteran", "claimant"})
_VA_FILE_KEYS = frozenset({"file_number", "file_no", "filenumber", "file_num", "c_file_number"})
#: Keys of a taxpayer id under a person's object (``claimant.taxId``, ``payee.tin``).
_PERSON_TAX_ID_KEYS = frozenset({"tax_id", "taxpayer_id", "tin", "tax_id_number"})
#: Last words of the objects whose taxpayer id is a person's (a claim's claimant, an
#: injured employee, a patient, a dependant or a beneficiary).
_TAX_ID_PERSONS = frozenset(
    {"claimant", "employee", "worker", "patient", "dependent", "beneficiary", "plaintiff"}
)
#: Keys of a registry's number under a person's object (``donor.registry_id``).
_REGISTRY_ID_KEYS = frozenset({"registry_id", "registry_number", "registry_no"})

#: Keys of a test kit object that name the one kit (``kit.barcode``, ``kit.id``).
_KIT_ID_KEYS = frozenset({"id", "barcode", "code", "number", "serial", "activation_code"})
#: Objects that are one person's sample (not ``sample``: a drug rep's samples are stock).
_SAMPLE_OBJECTS = frozenset({"kit", "specimen"})


def _names_a_clinician(parent: _Seg) -> bool:
    """True when a parent's own key is a clinician's name column (``ordering_provider``,
    ``referring_physician``): the NAME rules read it, and it names no staff member."""
    rule = _match("entity", parent.key)
    return (
        rule is not None
        and rule.entity == "NAME"
        and not _staff_name(rule, parent.tokens)
        and bool(CLINICIAN_WORDS.intersection(parent.tokens))
    )


#: Words of a NAME column that make it a clinician's (``ordering_provider``, ``pcp``).
CLINICIAN_WORDS = _set(
    "provider physician doctor md dr pcp prescriber hcp counselor counsellor audiologist "
    "endocrinologist pulmonologist cardiologist surgeon attending clinician therapist "
    "psychiatrist psychologist mro examiner radiologist sonographer bcba"
)


#: Keys of the name a person posts under in a community or a social profile.
_HANDLE_KEYS = frozenset({"handle", "user_handle", "member_handle"})
#: A message's parties, whose ``handle`` is the address the message went to or came from
#: (Front's ``recipient.handle`` and ``recipients[].handle`` hold a phone number or an
#: email), read by its shape like any address, not as a screen name.
_ADDRESS_HANDLE_PARENTS = frozenset(
    {"from", "to", "cc", "bcc", "reply_to", "sender", "recipient", "recipients"}
    | {"participant", "participants"}
)
#: Objects of a community's member or a social profile, whose ``location`` is where the
#: person says they live (:func:`_parent_rule`).
_MEMBER_OBJECTS = frozenset({"member", "members", "profile", "author"})


#: First words of an address object that make it the addressee's (EasyPost's
#: ``to_address``, ShipStation's ``shipTo``, a ``delivery_address``, a ``mailing_address``),
#: besides the person words (``shipping_address``, ``billing_address``). Not
#: ``destination``: a ride's or a trip's destination is named for a place ("Mercy
#: Hospital"); the sender's side (``from_address``, ``return_address``, a warehouse's
#: ``origin_address``) names the shipper.
_ADDRESSEE_WORDS = frozenset({"to", "shipto", "delivery", "mailing"})


def _addressee_object(seg: _Seg) -> bool:
    """True for an address object a parcel or a letter is sent to (``to_address``,
    ``shipping_address``, ``shipTo``), whose bare ``name`` is the addressee's: label and
    tracking webhooks hold no email or phone beside it to tell a contact card
    (:mod:`detectors.person_records`), and the value check still refuses a business
    (:func:`_names`: an organisation's name)."""
    toks = seg.tokens
    if toks and toks[-1] in {"address", "addr"}:
        toks = toks[:-1]
    elif toks[-2:] != ("ship", "to") and toks != ("shipto",):
        return False
    if not toks or MERCHANT_WORDS.intersection(toks):
        return False
    return toks[-1] in _ADDRESSEE_WORDS or _person_word(toks[-1])


def _parent_rule(key: str, parents: list[_Seg]) -> tuple[str, float] | None:
    """Rules that need the parent: ``traits.name``, ``user_data.db``, ``device.id``."""
    if not parents:
        return None
    parent = parents[-1].key
    if any(p.key in _META_PARENTS for p in parents) and key in META_USER_DATA:
        return META_USER_DATA[key], 0.9
    if key == "name" and _addressee_object(parents[-1]):
        return "NAME", 0.85  # a label's addressee (EasyPost's ``to_address.name``)
    last = parent.rsplit("_", 1)[-1]
    if key in _PERSON_NAME_LEAVES and (
        _person_parent(parents)
        or _last_token_in(parents[-1], _NAME_ONLY_PERSONS)
        or _guest_object(parents)
    ):
        # ServiceNow's reference fields hold the name as ``contact.display_value``; Help
        # Scout's ``primaryCustomer.first`` / ``.last`` are a person's name parts
        return "NAME", 0.85
    if last in _VALUE_WRAPPERS and len(parents) > 1:
        # a form answer's parts under its question (Jotform's full-name answer,
        # ``answers.Patient Name.value.first``): the question names them
        last = parents[-2].key.rsplit("_", 1)[-1]
    if key in _PERSON_NAME_LEAVES and (
        _names_a_clinician(parents[-1]) or parents[-1].tokens == ("referring",)
    ):
        # a clinician column written as an object (a lab report's ``ordering_provider.name``,
        # a referral's ``referring_physician.name``): the name its key already promises; a
        # referral's bare ``referring`` object (beside its ``npi``) is that clinician too
        return "NAME", 0.85
    if last == "name" and key in {"first", "last", "given", "family", "middle", "full"}:
        return "NAME", 0.9
    if last in {"address", "addr"} and re.fullmatch(r"(?:address_)?(?:lines?|street)_?\d*", key):
        # ``address.line1``, Blackbaud's ``address.address_lines``
        return "LOCATION", 0.9
    if key in {"address", "addr", "email_address"} and parent in _MESSAGE_PARTIES:
        return "EMAIL", 0.85  # a message's ``from.address`` (Zendesk ``via.source``)
    if key in {"address", "addr"} and last in {"email", "emails"}:
        return "EMAIL", 0.9  # an email object's address (Blackbaud's ``email.address``)
    if key == "address" and parent == "email_address":
        return "EMAIL", 0.85  # Microsoft Graph's ``toRecipients[0].emailAddress.address``
    if last in {"phone", "phones", "telephone"} and key in {"number", "home", "work", "mobile"}:
        return "PHONE", 0.9
    if last in _LICENCE_OBJECTS and key in {"number", "no", "num"}:
        # a credentialing file's or a staffing submission's licence object
        # (``license.number``, ``licenses[0].number``): the licence's number
        return "LICENSE_NUMBER", 0.9
    if last in _SAMPLE_OBJECTS and key in _KIT_ID_KEYS:
        # an activated kit's ``kit.barcode``, a genomic-testing order's ``specimen.id``:
        # one person's sample, as ``specimen_id`` is
        return "OTHER_ID", 0.85
    if key in _PERSON_DOC_NUMBER_KEYS and _person_parent(parents):
        # a telehealth visit's ``patient.doc_number`` from a prison: the DOC number the
        # person is filed under (or an identity document's number: the person's too)
        return "OTHER_ID", 0.85
    if key in _PERSON_TAX_ID_KEYS and parents[-1].tokens[-1] in _TAX_ID_PERSONS:
        # a claims system's claimant or payee (Guidewire's ``claimant.taxId``, often
        # masked "XXX-XX-4471"): a person's taxpayer id is their SSN (or an ITIN, which
        # has an SSN's shape); a company's ``taxId`` is its EIN and is left alone, and so
        # is an ``insured``'s (a workers' compensation policy's insured is the employer)
        return "SSN", 0.85
    if key in _REGISTRY_ID_KEYS and _person_parent(parents):
        # a marrow, donor or immunization registry's number of the person it holds
        # (``donor.registry_id``); a bare ``registryId`` is a container registry's (ECR)
        return "OTHER_ID", 0.85
    if last in _VETERAN_OBJECTS and key in _VA_FILE_KEYS:
        # a rating decision's or a claim's ``veteran.file_number``: the VA file number of
        # the veteran the object holds, as a top-level ``va_file_number`` is
        return "OTHER_ID", 0.85
    if key == "fingerprint" and last in _PAYMENT_INSTRUMENTS:
        return "OTHER_ID", 0.85  # Stripe's ``payment_method_details.card.fingerprint``
    if parent in _PHONE_LISTS and key in {"number", "phone", "phone_number"}:
        return "PHONE", 0.9  # Keap's ``phone_numbers[0].number``
    if key in {"id", "uuid", "token", "advertising_id", "ad_id", "vendor_id"} and last == "device":
        return "DEVICE_ID", 0.9
    if key == "token" and parent in _PUSH_TOKEN_LISTS:
        return "DEVICE_ID", 0.9  # Braze's user export: ``push_tokens[0].token``
    if (last in APPOINTMENT_OBJECTS or _appointment_object(parents[-1])) and (
        key in APPOINTMENT_TIME_KEYS
    ):
        return "DATE", 0.85  # a booking's ``appointment.starts_at`` is the visit's date
    if last in CARE_OBJECTS and key in PERFORMED_KEYS:
        # an ultrasound worksheet's ``exam.performed_at``, a procedure log's
        # ``procedure.performed_on``: when the patient's exam was done, a date of care; a
        # bare top-level ``performed_at`` stays an event log's
        return "DATE", 0.85
    if parents[-1].tokens in EVV_CLOCK_OBJECTS and key in APPOINTMENT_TIME_KEYS:
        # an EVV visit's ``clockIn.time`` (HHAeXchange-like JSON): when the caregiver
        # arrived at the client's home, as a flat ``Clock In`` column is (the DATE rule)
        return "DATE", 0.85
    if key in _VISIT_PROVIDER_KEYS and (last in _VISIT_OBJECTS or _appointment_object(parents[-1])):
        # the clinician of one visit or booking (an occupational clinic's feed to an
        # employer portal, ``visit.provider`` = "Priya Raman, PA-C"): a clinician's column
        # written under the visit; a bare top-level ``provider`` is an insurer as often
        return "NAME", 0.85
    if (
        key in _PERSON_NAME_LEAVES
        and parent in _VISIT_PROVIDER_KEYS
        and len(parents) > 1
        and (parents[-2].key in _VISIT_OBJECTS or _appointment_object(parents[-2]))
    ):
        # the same clinician written as an object under the booking (an EHR scheduling
        # feed's ``appointment.provider.name`` = "Dr. Chloe Baptiste")
        return "NAME", 0.85
    if key == "id" and _record_owner(parents) in _PERSON_RECORDS:
        return "OTHER_ID", 0.85
    if key in _GUEST_CODE_KEYS and _guest_object(parents):
        return "OTHER_ID", 0.85  # Zenoti's ``guest.code``: the practice's client record
    if key == "id" and len(parents) >= 2 and parents[-2].key in _IDENTITY_MAPS:
        return _identity_namespace(parents[-1].raw)
    if key == "document_number" and any(_ID_DOCUMENT_WORDS.intersection(p.tokens) for p in parents):
        # the number of an identity document read by OCR (Textract AnalyzeID's
        # ``IdentityDocumentFields``, a ``driver_license.document_number``); elsewhere a
        # document number is a document's
        licence = any(_LICENCE_WORDS.intersection(p.tokens) for p in parents)
        return ("LICENSE_NUMBER" if licence else "OTHER_ID"), 0.85
    if key == "callback" and last == "ad":
        # TikTok Events API 1.x: ``context.ad.callback`` carries the ``ttclid`` click id
        return "ONLINE_ID", 0.9
    if key == "id" and parent == "uids":
        # OpenRTB 2.6 extended ids (``user.eids[].uids[].id``, Prebid's ``user.ext.eids``):
        # one person's id in an identity graph (UID2, EUID, RampID, ID5, Criteo, SharedID)
        return "ONLINE_ID", 0.9
    if _person_lookup(parents[-1]) and key in {"name", "id"}:
        # Zoho CRM's lookup objects: ``Contact_Name = {"name": ..., "id": ...}`` on a deal
        return ("NAME", 0.85) if key == "name" else ("OTHER_ID", 0.85)
    if key in _HANDLE_KEYS and _person_parent(parents) and parent not in _ADDRESS_HANDLE_PARENTS:
        # a community member's or a user's handle (an Inspire-like profile's
        # ``member.handle``, ``author.handle``): the name the person posts under, as a
        # ``username`` is; a bare ``handle`` is a Shopify product's URL slug as often
        return "ONLINE_ID", 0.85
    if key == "location" and last in _MEMBER_OBJECTS:
        # the place a community member or a profile gives (``member.location`` = "Dayton,
        # OH"): where the person lives. Not under a patient or a visit, whose
        # ``location`` is a ward, a room or a clinic
        return "LOCATION", 0.85
    if key in {"id", "uuid"} and last in _USER_OBJECTS:
        # Reddit CAPI ``user.uuid`` is its ``_rdt_uuid`` cookie; Datadog RUM's ``usr.id``
        # and OpenTelemetry's ``enduser.id`` (New Relic, Honeycomb) are the app's login id
        return "ONLINE_ID", 0.85
    if key == "id" and parents[-1].tokens == ("customer", "ids"):
        # Adobe Target's and the Experience Cloud visitor API's ``customerIds`` list
        # (``{"id", "integrationCode", "authenticatedState"}``): the site's own id of the
        # signed-in person (a CRM or a portal id), as a ``customer_id`` is
        return "OTHER_ID", 0.85
    return None


#: Words of a parent that make its ``document_number`` a person's identity document's.
_LICENCE_WORDS = frozenset({"license", "licence", "driver", "drivers"})
_ID_DOCUMENT_WORDS = _LICENCE_WORDS | {"identity", "passport"}
#: Objects of a professional or driver's licence, whose ``number`` is the licence's.
_LICENCE_OBJECTS = frozenset({"license", "licenses", "licence", "licences"})


#: Adobe Experience Platform's XDM ``identityMap``: ``{"ECID": [{"id": ...}], "Email": [...],
#: "CRMID": [...]}``, every id a person's identity in the namespace its key names.
_IDENTITY_MAPS = frozenset({"identity_map"})


def _identity_namespace(namespace: str) -> tuple[str, float]:
    """What an ``identityMap`` namespace's ``id`` is: what the namespace's name says
    (``ECID`` an online id, ``Email`` an email, ``Phone`` a phone, ``GAID`` a device id,
    ``Email_LC_SHA256`` a hashed id, a tenant's ``loyaltyNumber`` an account number); a
    namespace the rules do not know (a tenant's ``acmeShopperKey``) is still one person's
    identity: ONLINE_ID."""
    prior = profile_path(namespace)
    if prior.entity is not None:
        return prior.entity, prior.score
    return "ONLINE_ID", 0.85


def _person_lookup(parent: _Seg) -> bool:
    """A lookup object named ``<person> name`` (Zoho CRM's ``Contact_Name``,
    ``Lead_Name``, ``Patient_Name`` on a deal or a case: ``{"name", "id"}``)."""
    toks = parent.tokens
    return len(toks) == 2 and toks[1] == "name" and toks[0] in _PERSON_RECORDS


def _flattened_user_data(key: str) -> tuple[str, float] | None:
    """Meta's ``user_data`` keys flattened into one column by a log pipeline or a
    connector with a single underscore (``user_data_em``, ``ud_ph``): read as
    ``user_data.em``."""
    for parent in _META_PARENTS:
        if key.startswith(parent) and key[len(parent) : len(parent) + 1] == "_":
            short = key[len(parent) + 1 :]
            if short in META_USER_DATA:
                return META_USER_DATA[short], 0.9
    return None


#: Objects that are a patient's visit: their start is an appointment date, a Safe Harbor
#: DATE, although ``starts_at`` or ``start_time`` alone reads as a machine time
#: (scheduling and reminder exports: ``appointment.starts_at``, ``booking.start_time``).
#: A web ``visit`` is left out (an analytics session's start is no appointment).
APPOINTMENT_OBJECTS = _set(
    "appointment appointments appt appts booking bookings encounter "
    # Calendly's booked meeting (its webhooks' ``payload.scheduled_event.start_time``)
    "scheduled_event scheduled_events"
)
APPOINTMENT_TIME_KEYS = _set(
    "start starts start_at starts_at start_time start_datetime start_date date datetime "
    "date_time time scheduled_at scheduled_for scheduled_time begins_at slot_start"
)
#: Objects that are one exam, ultrasound or procedure of a patient, whose ``performed_at``
#: is a date of care (:data:`PERFORMED_KEYS`); not a bare ``test`` (an A/B test's),
#: ``scan`` (a security scanner's) or ``study`` (a research study's listing).
CARE_OBJECTS = _set("exam exams ultrasound ultrasounds procedure procedures")
PERFORMED_KEYS = _set(
    "performed_at performed_on performed_date performed_datetime performed_time performed"
)
#: Objects of an electronic visit verification's clock-in and clock-out (HHAeXchange-,
#: Sandata-like ``clockIn = {"time", "gps"}``): their time is the visit's start or end.
EVV_CLOCK_OBJECTS = frozenset(
    {("clock", "in"), ("clock", "out"), ("clocked", "in"), ("clocked", "out")}
)
#: An OASIS item's code as the CMS submission specification begins its columns with it
#: (``M0030_START_CARE_DT``, ``M0090_INFO_COMPLETED_DT``): an OASIS item dated ``_DT`` is
#: a date of the patient's care (start or resumption of care, referral, the assessment,
#: an inpatient discharge, the home-health discharge, transfer or death) or birth.
_OASIS_ITEM = re.compile(r"m\d{4}")


def _oasis_date_item(toks: tuple[str, ...]) -> bool:
    """True for an OASIS item's date column (``M0906_DC_TRAN_DTH_DT``), see
    :data:`_OASIS_ITEM`."""
    return len(toks) >= 2 and toks[-1] == "dt" and bool(_OASIS_ITEM.fullmatch(toks[0]))


#: Objects that are a payment instrument (Stripe's ``card``, ``us_bank_account``,
#: ``sepa_debit``), whose ``fingerprint`` is the processor's code for the card or account
#: number: one person's, across orders (a ``device.fingerprint`` is not read here).
_PAYMENT_INSTRUMENTS = frozenset({"card", "account", "debit", "card_present"})
#: Keys of a booking that say what kind of care it is (``appointment.type``).
BOOKING_KIND_KEYS = frozenset({"type", "kind", "category"})


def _appointment_object(parent: _Seg) -> bool:
    """A booking object (:data:`APPOINTMENT_OBJECTS`), by its whole key or its last word
    (``appointment``, ``next_appointment``, ``scheduled_event``)."""
    return parent.key in APPOINTMENT_OBJECTS or parent.key.rsplit("_", 1)[-1] in APPOINTMENT_OBJECTS


#: A visit's own object (``visit``, ``office_visit``) and the keys of its clinician.
_VISIT_OBJECTS = frozenset({"visit", "visits", "encounters"})
_VISIT_PROVIDER_KEYS = frozenset(
    {"provider", "provider_name", "treating_provider", "rendering_provider", "seen_by"}
)
#: Lists of a contact's phone numbers, each ``{number, type}`` (Keap, Freshworks).
_PHONE_LISTS = frozenset({"phone_numbers", "phonenumbers", "telephone_numbers"})
#: Lists of a contact's delivery paths, each a ``value`` beside the path's id or type.
_CONTACT_PATH_LISTS = frozenset({"paths", "contact_paths", "delivery_paths"})
#: Lists of a CRM record's custom-field values, each ``{field, value}`` keyed by a field's
#: number (ActiveCampaign's ``fieldValues``): the ``value`` is whatever the field holds,
#: not an amount.
_CUSTOM_VALUE_LISTS = frozenset({"field_values", "custom_field_values", "custom_fields"})
#: The hidden columns of a Dynamics 365 Excel export: ``(Do Not Modify) Contact`` holds the
#: row's record GUID, ``(Do Not Modify) Row Checksum`` and ``(Do Not Modify) Modified On``
#: what the import checks. A person's table names the person's record id.
_DO_NOT_MODIFY = re.compile(r"^\(do not modify\)\s*", re.IGNORECASE)
#: Leaves under a person's object that hold the person's name or a part of it.
_PERSON_NAME_LEAVES = frozenset({"name", "display_name", "display_value", "first", "last"})
#: A message's parties: their ``address`` is an email address, not a street.
_MESSAGE_PARTIES = frozenset({"from", "to", "cc", "bcc", "reply_to", "sender"})
#: Parents whose ``id`` is a person's record id (``contact.id``, Intercom's
#: ``contacts.contacts[0].id``, Klaviyo's ``relationships.profile.data.id``).
_PERSON_RECORDS = frozenset(
    {"patient", "contact", "lead", "person", "customer", "profile", "candidate", "employee"}
    # a school's, a camp's or an athletics department's record of one person
    # (``student.id``, ``camper.id``, ``athlete.id``)
    | {"student", "camper", "athlete"}
    # the person a jail, a prison or a senior-living community holds a record of
    # (``inmate.id``, a tablet message's ``from_resident.id``)
    | {"inmate", "offender", "detainee", "resident"}
    # a wellness or a benefits programme's record of one person (a coaching vendor's
    # ``participant.id``, an enrolment list's ``enrollee.id``)
    | {"participant", "enrollee"}
)
#: Keys of a number under a person's object that is the person's own: a corrections
#: department's number (``patient.doc_number``) or an identity document's, never a
#: document the person sent (that one has an ``id``).
_PERSON_DOC_NUMBER_KEYS = frozenset({"doc_number", "doc_no", "doc_num"})
#: Objects standing for a site's or an app's signed-in user, whose ``id`` is a login id.
_USER_OBJECTS = frozenset({"user", "visitor", "usr", "enduser"})
#: Feature-flag contexts standing for one device (LaunchDarkly's ``device`` and its mobile
#: SDKs' automatic ``ld_device``), whose ``key`` is the install's id.
_DEVICE_CONTEXTS = frozenset({"device", "ld_device"})


def _record_owner(parents: list[_Seg]) -> str:
    """The singular last word of the object an ``id`` belongs to.

    JSON:API exports (Klaviyo, Zendesk Sell) link a record as
    ``relationships.profile.data.id``: ``data`` is the linkage wrapper, so the owner is the
    key above it. Plural parents (``contacts[0].id``) speak for each element.
    """
    owner = parents[-1]
    if owner.key == "data" and len(parents) > 1:
        owner = parents[-2]
    word = owner.tokens[-1]
    return word[:-1] if word.endswith("s") and word[:-1] in _PERSON_RECORDS else word


#: Objects of a conversation or a call whose own ``uid`` / ``sid`` / ``uuid`` names the
#: object, not a person: a texting export's ``messages[0].uid``, a transcript's turns. A
#: top-level ``uid`` is still a visitor cookie (ONLINE_ID).
MESSAGE_OBJECTS = _set(
    "message messages msg msgs sms texts turn turns utterance utterances segment segments "
    "call calls recording recordings transcript transcripts conversation conversations"
)
_OBJECT_ID_KEYS = frozenset({"id", "uid", "uuid", "guid", "sid"})
#: Kubernetes' references to an object of the cluster (an event's ``involvedObject`` or
#: ``regarding``, a pod's ``ownerReferences``): their ``uid`` names a pod or a deployment.
CLUSTER_OBJECT_REFS = frozenset({("involved", "object"), ("owner", "references"), ("regarding",)})


#: Objects that are a place location data ties devices to (a location SDK's
#: ``geofence``, a visits file's ``venue``, a campaign's ``fence``, a wayfinding feed's
#: ``beacon``): their ids, external ids included (Radar's ``geofence.externalId``: the
#: advertiser's own key of the clinic), are the place's, never a person's.
PLACE_OBJECTS = _set("geofence geofences fence fences poi pois venue venues beacon beacons")


def _object_id(key: str, parents: list[_Seg]) -> bool:
    """True for the id of a message, a call or a transcript turn (:data:`MESSAGE_OBJECTS`),
    of a cluster object (:data:`CLUSTER_OBJECT_REFS`), or any id of a place
    (:data:`PLACE_OBJECTS`: ``geofence.externalId``)."""
    if not parents:
        return False
    if parents[-1].tokens[-1:] and parents[-1].tokens[-1] in PLACE_OBJECTS:
        return key.rsplit("_", 1)[-1] in _OBJECT_ID_KEYS
    if key not in _OBJECT_ID_KEYS:
        return False
    return parents[-1].tokens[-1] in MESSAGE_OBJECTS or parents[-1].tokens in CLUSTER_OBJECT_REFS


#: ``name`` and its abbreviation in fixed-width and mainframe extracts (a letter vendor's
#: ``DEBTOR_NM``, a claims file's ``GUAR_NM``): after a person word only.
_NAME_WORDS = frozenset({"name", "nm"})
#: Parts of a name right after a person word, as flat files split them (a remittance
#: file's ``debtor_last``, a statement file's ``guarantor_first``).
_NAME_PARTS = frozenset({"first", "last"})
#: A team sport's players (a public injury report's ``playerName``, a stats feed's
#: ``player.displayName``, ``Player Name``): their names are a person's, but they are no
#: person word for ids, since a push provider's ``player_id`` is a device subscription
#: (OneSignal) and a stats feed's ``playerId`` the feed's key of a public player.
#: An adverse-event report's reporter (a VAERS-like form's ``reporter.name`` beside its
#: ``role``, a safety intake's ``reporter_name``) is a person too, a clinician, the
#: patient or a relative; but a tracker's ``reporter.id`` or ``reporter_id`` is a
#: ticketing system's user key (Jira's), so the word names a name only.
_NAME_ONLY_PERSONS = frozenset({"player", "players", "reporter", "reporters"})
#: A med spa's or a salon's client as its booking system nests it (Zenoti's ``guest``
#: object: ``guest.name``, ``guest.code`` = "GOT004817", ``guest.id``): the client's name
#: and the practice's record of them, as the flat ``Guest Name`` and ``Guest Code`` are.
#: Not a person word for other keys: a Wi-Fi network's ``guest`` settings are a thing.
_GUEST_OBJECTS = frozenset({"guest", "guests"})
_GUEST_CODE_KEYS = frozenset({"code", "id", "guest_code", "guest_id"})
#: What a client's ``guest`` object may stand under: the top of the record, or a booking's
#: or a sale's object (Zenoti's ``appointments[0].guest``, an invoice's ``guest``).
_GUEST_HOLDERS = frozenset(
    {"appointment", "appointments", "booking", "bookings", "visit", "visits", "invoice",
     "invoices", "sale", "sales", "ticket", "order"}
)  # fmt: skip


def _guest_object(parents: list[_Seg]) -> bool:
    """True when the nearest parent is a booking system's client (:data:`_GUEST_OBJECTS`),
    at the top of the record or under a booking or a sale (:data:`_GUEST_HOLDERS`); a
    ``wifi.guest`` or a ``network.guest`` is a setting."""
    if parents[-1].tokens not in {(g,) for g in _GUEST_OBJECTS}:
        return False
    return len(parents) == 1 or bool(_GUEST_HOLDERS.intersection(parents[-2].tokens))


def _last_token_in(seg: _Seg, words: frozenset[str]) -> bool:
    """True when a key's last token is one of ``words`` (``team_players`` in players)."""
    return bool(seg.tokens) and seg.tokens[-1] in words


def _person_name_key(toks: tuple[str, ...]) -> bool:
    """A person word then ``name`` (or ``display name``) as one key: Genesys'
    ``participantName``, a review export's ``Reviewer Name``, ``sender_name``, a letter
    vendor's ``DEBTOR_NM`` (:data:`_NAME_WORDS`), a remittance file's ``debtor_last``
    (:data:`_NAME_PARTS`, two words only).

    The same person words as :data:`PERSON_PARENTS`, so ``participant_name`` means what
    ``participant.name`` does, without listing each pair. ``user_name`` is a login (an
    online id), and a thing word before the person vetoes (``app_user_name``).
    """
    if toks[-1] in _NAME_PARTS and len(toks) == 2:
        toks = (toks[0], "name")  # ``debtor_last``, ``guarantor_first``: a part of the name
    if toks[-1] not in _NAME_WORDS or len(toks) < 2:
        return False
    head = toks[:-2] if toks[-2] == "display" and len(toks) > 2 else toks[:-1]
    return (
        (_person_word(head[-1]) or head[-1] in _NAME_ONLY_PERSONS)
        and head[-1] not in {"user", "users"}
        and not NOT_A_PERSON.intersection(head[:-1])
        and STAFF_WORDS.isdisjoint(head)  # an agent's employee record is the workforce's
    )


#: Person words whose ``*_id`` is something else's id, or is already decided by an entity
#: rule: a tree's ``parent_id``, an order's ``shipping_id``; ``user_id`` (ONLINE_ID),
#: ``member_id`` (HEALTH_PLAN_ID) and their kin.
#: ``respondent_id`` too: survey tools number each *response* so (SurveyMonkey's
#: ``Respondent ID``, a new one every time anyone answers, beside ``Collector ID``), like
#: Qualtrics' ``ResponseId``; the person's identifiers are in the response's other columns
#: (``Email Address``, ``ExternalReference``).
#: ``author_id`` is read by :mod:`detectors.social_authors`, which knows when the author is
#: the health system's own account (X's ``author_id`` of the brand's tweet).
#: ``worker_id`` names a process in infrastructure logs (Celery, gunicorn) as often as an
#: HRIS worker (tests/test_workforce_recruiting.py), though a ``worker``'s name is a name.
_NOT_PERSON_ID_WORDS = _set(
    "traits parent billing shipping user profile client member subscriber contact customer "
    "lead person patient respondent author worker"
)

#: Objects whose fields :mod:`detectors.social_authors` reads with their record: X API v2's
#: ``includes.users`` (the accounts a tweet names, the brand's own among them), whose
#: ``username`` and ``id`` are no one's when the account is an organisation's.
SOCIAL_ACCOUNT_OBJECTS = frozenset({("includes", "users")})


#: Last words of a person's record-id key: ``donor_id``, and the number a blood centre's
#: or a plasma centre's CRM heads its donor by (``Donor Number``, ``Donor #``,
#: ``DonorNumber``), as ``patient number`` and ``employee number`` are listed.
_PERSON_ID_WORDS = frozenset({"id", "number", "no", "num", "nr"})
#: Person words whose ``number`` is a phone or a card's, not a record's: a relative's, a
#: caregiver's or a clinician's contact line on an intake form (``Spouse Number``,
#: ``caregiver_number``, ``physician_number``), a cardholder's card.
_NUMBER_IS_A_LINE = _set(
    "spouse spouses parent parents guardian guardians caregiver caregivers emergency "
    "physician physicians doctor doctors prescriber prescribers hcp cardholder cardholders "
    # a relative's number on a family-history intake or a cascade tracker is their line
    "relative relatives"
    # a CRM record owner's or creator's employee number is the workforce's
    " owner created modified updated assigned by manager supervisor"
)


def _person_id_key(toks: tuple[str, ...], *, nested: bool = False) -> bool:
    """A person word then ``id`` (or ``number``) as one key: Zendesk's ``requester_id`` (a
    ticket's patient), ``participant_id``, ``recipient_id``, ``sender_id``, a blood
    centre's ``Donor #``.

    The same person words as :data:`PERSON_PARENTS` (``requester.id`` and ``requester_id``
    mean one thing), so no pair needs listing; a thing word before the person vetoes
    (``app_user_id``, ``campaign_recipient_id``), as for names. The entity rules come
    first, so a ``caller_number`` or a ``recipient_number`` stays a phone. A ``number``
    is read only as a flat column (``nested`` False): a fertility record's
    ``donor.donor_number`` is a sperm bank's catalogue number of a third party
    (tests/test_maternity_and_fertility.py).
    """
    if len(toks) < 2 or toks[-1] not in _PERSON_ID_WORDS:
        return False
    if toks[-1] != "id" and (nested or not _NUMBER_IS_A_LINE.isdisjoint(toks)):
        return False
    word = toks[-2]
    singular = word[:-1] if word.endswith("s") and word not in PERSON_PARENTS else word
    return (
        _person_word(word)
        and singular not in _NOT_PERSON_ID_WORDS
        and not NOT_A_PERSON.intersection(toks[:-2])
        and STAFF_WORDS.isdisjoint(toks)  # ``agent_employee_id``: the workforce's
    )


#: System parents that may hold a synced copy of a person's record further down: a help
#: desk's ``customer.integrations.<id>.customer.default_address`` (Gorgias' Shopify data),
#: where Segment's ``integrations`` holds only destination settings.
_SYNCED_RECORD_PARENTS = frozenset({"integrations"})


def _system_parent(parents: list[_Seg]) -> bool:
    """True when a parent's whole subtree is machine data (:data:`SYSTEM_PARENTS`), unless a
    person's object sits below an integrations container (:data:`_SYNCED_RECORD_PARENTS`)."""
    for i, p in enumerate(parents):
        if p.key in SYSTEM_PARENTS:
            if p.key in _SYNCED_RECORD_PARENTS and any(
                _person_word(q.tokens[-1]) for q in parents[i + 1 :] if q.tokens
            ):
                continue
            return True
    return False


#: Parents of an email's headers, keyed by header name (a mailbox export's ``headers``,
#: Gmail's ``payload.headers`` read as name/value pairs).
MAIL_HEADER_PARENTS = frozenset({"headers", "header", "mail_headers", "message_headers"})
#: Mail headers that trace a message's path: each ``Received`` line names the hosts and
#: IPs it came through, the first the sender's client. Under a headers parent they are
#: text to scan, not the receipt time a bare ``received`` key is elsewhere.
MAIL_TRACE_HEADERS = frozenset({"received", "x_originating_ip", "x_forwarded_for"})


#: A community's stamps of a member's account, whole keys (Meetup's members export:
#: ``Member since``, ``Last visited group``): when the member joined or last came by, the
#: platform's bookkeeping as a ``date_joined`` is. Their ``member`` and ``group`` words
#: would otherwise keep them out of the machine fields (:data:`SENSITIVE_TOKENS`). Not a
#: bare ``last visited``, which a clinic report may fill with the patient's last visit.
COMMUNITY_STAMPS = frozenset(
    {("member", "since"), ("member", "since", "date"), ("joined", "group")}
    | {("last", "visited", w) for w in ("group", "community", "forum", "site")}
)


def _is_system(seg: _Seg, parents: list[_Seg]) -> bool:
    toks = seg.tokens
    if toks in COMMUNITY_STAMPS:
        return True
    if toks[-1] in _URL_TOKENS:
        return False  # page URLs (``event_source_url``) are scanned inside
    if seg.key in MAIL_TRACE_HEADERS and parents and parents[-1].key in MAIL_HEADER_PARENTS:
        return False
    if SENSITIVE_TOKENS.intersection(toks) or " ".join(toks) in CONTENT_KEYS:
        return False
    if len(toks) > 1 and toks[-1] in CLOCK_ZONES:
        return True  # ``first_exposure_utc``: a key that names its time zone is a clock's
    if len(toks) > 1 and toks[-1] in SYSTEM_ZONES:
        toks = toks[:-1]
    return bool(
        _match("system", seg.key)
        or any(map(_RUN_TOGETHER_STAMP.search, toks))
        or SYSTEM_TOKENS.intersection(toks)
        or toks[-1] in SYSTEM_LAST
        or toks[0] in SYSTEM_FIRST
        or _system_parent(parents)
        or (toks in {("first",), ("last",)} and bool(parents) and _activity_list(parents[-1]))
    )


def _age_key(seg: _Seg) -> bool:
    """A key that is an age (``age``, ``patient_age``), whose ``value`` leaf holds it."""
    return seg.tokens[-1] == "age"


def _staff_name(rule: Rule, toks: tuple[str, ...]) -> bool:
    """A name rule met in a staff member's key (LivePerson's ``latestAgentFullName``,
    ``agent_first_name``): the practice's workforce, not a NAME by its field, as
    ``agent.name`` is not (:data:`STAFF_WORDS`). A person's own agent is no staff member
    (:func:`_principals_agent`)."""
    return (
        rule.entity == "NAME" and not STAFF_WORDS.isdisjoint(toks) and not _principals_agent(toks)
    )


#: Words before ``agent`` that make it the person's own agent, not the business's: a
#: cremation authorisation's ``authorizing_agent`` (the next of kin with the right to
#: decide), an advance directive's ``healthcare_agent`` (a proxy).
_PRINCIPAL_AGENT_WORDS = frozenset({"authorizing", "authorising", "healthcare"})


def _principals_agent(toks: tuple[str, ...]) -> bool:
    """True when a key's ``agent`` is a person's own (:data:`_PRINCIPAL_AGENT_WORDS`, or
    ``health care agent``), so its name is a relative's or a proxy's."""
    for i, tok in enumerate(toks):
        if (
            tok in {"agent", "agents"}
            and i
            and (
                toks[i - 1] in _PRINCIPAL_AGENT_WORDS
                or toks[max(0, i - 2) : i] == ("health", "care")
            )
        ):
            return True
    return False


def _activity_list(parent: _Seg) -> bool:
    """A list of activity summaries (``custom_events``, ``purchases``): see ACTIVITY_LISTS."""
    return parent.tokens[-1] in ACTIVITY_LISTS


#: Zoom's meeting and webinar reports head the name a participant joined with ``User Name
#: (Original Name)`` (``Name (Original Name)`` in older exports): a display name the person
#: typed, not a login; the brackets are no tokens, so the raw header is read.
_ORIGINAL_NAME = re.compile(r"(?i)\(original name\)\s*$")


#: Adobe's visitor-id cookies, named after the Adobe org: the Web SDK's
#: ``kndctr_<org>_AdobeOrg_identity`` (the ECID, base64-encoded) and the Visitor API's
#: ``AMCV_<org>%40AdobeOrg`` (``MCMID|<ECID>|...``). Their ``_cluster`` and
#: ``_consent`` siblings say nothing of the person.
_ADOBE_ID_COOKIE = re.compile(r"(?i)^(?:kndctr_\w+_identity|amcv_\w+(?:%40|@)adobeorg)$")


#: Objects of an event's or a fundraiser's organiser (:data:`MERCHANT_WORDS`).
_ORGANISER_OBJECTS = frozenset({("organizer",), ("organiser",)})
#: A person's name parts as whole keys (``first_name``, ``lastName``): what only a person
#: has, whatever object holds them.
_NAME_PART_TOKENS = frozenset(
    {("first", "name"), ("last", "name"), ("given", "name"), ("family", "name")}
    | {("firstname",), ("lastname",), ("givenname",), ("familyname",)}
)


#: Objects of a crowdfunding fundraiser (GoFundMe's and GiveSendGo's ``campaign``,
#: ``fundraiser``): its ``organizer`` is the person who started it, not an event's host.
_FUNDRAISER_OBJECTS = frozenset({"campaign", "campaigns", "fundraiser", "fundraisers"})


def _fundraiser_organiser(parents: list[_Seg]) -> bool:
    """True under a fundraiser's organiser (``campaign.organizer.city``): a person's own
    place and lines, which :data:`MERCHANT_WORDS` would otherwise make an event host's."""
    return any(
        p.tokens in _ORGANISER_OBJECTS
        and j > 0
        and _last_token_in(parents[j - 1], _FUNDRAISER_OBJECTS)
        for j, p in enumerate(parents)
    )


def _classify(segs: list[_Seg], i: int) -> tuple[str | None, float, bool, bool]:
    """``(entity, score, system, free_text)`` of segment ``i`` with ``segs[:i]`` as parents."""
    seg, parents = segs[i], segs[:i]
    key = seg.key
    if key in _VALUE_WRAPPERS and i > 0:
        # A value leaf means what its parameter means (``event_params.email.value``).
        # Directly under a top-level object (``custom_data.value``, ``properties.value``) an
        # unexplained ``value`` is an amount.
        inherited = _classify(segs, i - 1)
        if i >= 2 or inherited[0] or inherited[2] or inherited[3] or _age_key(segs[i - 1]):
            # a quantity's ``age.value`` (a symptom checker's ``{"value": 92, "unit":
            # "year"}``) is the age, which the date detector reads by its words
            return inherited
        if segs[i - 1].key in _CUSTOM_VALUE_LISTS:
            return None, 0.0, False, False  # a custom field's value: read by its content
        if segs[i - 1].key in _CONTACT_PATH_LISTS:
            # a mass notification contact's delivery paths (Everbridge's ``paths[0].value``
            # beside a ``pathId``: a mobile, a home phone, an SMS number or an email): the
            # person's contact points, read as a phone by its shape; an email among them is
            # read by its own shape
            return "PHONE", 0.85, False, False
        return None, 0.0, True, False
    if key == "key" and i > 0 and parents[-1].key in _USER_OBJECTS:
        # a feature-flag SDK's user object (LaunchDarkly's ``user.key``, a flag evaluation
        # log's user): the id the site bucketed the person by, not a pair's name leaf
        return "ONLINE_ID", 0.85, False, False
    if key == "key" and i > 0 and parents[-1].key in _DEVICE_CONTEXTS:
        # a feature-flag SDK's device context (LaunchDarkly's mobile ``device`` and
        # ``ld_device`` contexts in a multi-context): the install it bucketed
        return "DEVICE_ID", 0.85, False, False
    if key in _NAME_LEAVES and i > 0:
        return None, 0.0, True, False  # the name leaf of a key/value pair
    if i == 0 and seg.raw == "Id":
        return "OTHER_ID", 0.85, False, False  # Salesforce record id of a Lead/Contact
    if i == 0 and _DO_NOT_MODIFY.match(seg.raw):
        if seg.tokens in {("contact",), ("lead",), ("patient",)}:
            return "OTHER_ID", 0.85, False, False  # the person's record GUID
        return None, 0.0, True, False
    if seg.tokens in BARE_PERSON_HEADERS and (i == 0 or _report_row(parents)):
        return "NAME", 0.85, False, False
    if seg.raw == "$name":
        return "NAME", 0.85, False, False  # Mixpanel's reserved profile property
    if _ORIGINAL_NAME.search(seg.raw):
        return "NAME", 0.85, False, False  # Zoom's report column: a display name, no login
    if _ADOBE_ID_COOKIE.match(seg.raw):
        return "ONLINE_ID", 0.85, False, False
    if (
        parents
        and parents[-1].tokens[-1:] in _ORGANISER_OBJECTS
        and seg.tokens in _NAME_PART_TOKENS
    ):
        # a fundraiser's organizer by name parts (a crowdfunding campaign's
        # ``organizer.first_name``): an organisation has no first or last name, so the
        # organiser is a person, though an event's organiser is its host's place
        return "NAME", 0.85, False, False
    if (
        _system_parent(parents)
        or (_merchant_place([*parents, seg]) and not _fundraiser_organiser(parents))
        or _organisation_npi(segs[: i + 1])
    ):
        return None, 0.0, True, False
    if len(parents) >= 2 and (parents[0].key, parents[1].key) in SOCIAL_ACCOUNT_OBJECTS:
        return None, 0.0, False, False  # read by detectors.social_authors
    prior = _parent_rule(key, parents) or _flattened_user_data(key)
    if prior:
        return prior[0], prior[1], False, False
    if key in BOOKING_KIND_KEYS and parents and _appointment_object(parents[-1]):
        # a booking's ``appointment.type`` ("MRI", "New Patient - Cardiology") is the care
        # booked, not Segment's call type: read like ``appointment_type``
        return None, 0.0, False, False
    toks = set(seg.tokens)
    if seg.tokens in _HASH_KEYS:
        return "HASHED_ID", 0.9, False, False
    if toks & _HASH_TOKENS:
        if toks & _HASHABLE_WORDS or toks >= _HASHABLE_DEVICE_ID:
            return "HASHED_ID", 0.9, False, False
        return None, 0.0, True, False
    if (
        seg.tokens[0] in _WHEN_FIRST_LAST
        and seg.tokens[-1] not in _CALENDAR_LAST
        and parents
        and _activity_list(parents[-1])
    ):
        # when an activity was first or last seen (Braze's ``last_received_message``), not
        # the message: checked before the free-text words
        return None, 0.0, True, False
    if _match("business", key) or _match("boilerplate", key) or _object_id(key, parents):
        return None, 0.0, True, False
    if key == "number" and not parents:
        # a call or SMS log's bare "Number" column holds the other party's phone: left to
        # the phone pattern, which takes only phone-shaped or phone-worded numbers there
        return None, 0.0, False, False
    question = i == len(segs) - 1 and seg.raw.endswith("?")
    if question and not _yes_no(seg):
        # A form question asking for a value names it (``What is your first name?``).
        rule = _match("entity", key)
        if rule is not None:
            return rule.entity, rule.score, False, False
    if _match("free", key) or question:
        # A form question as a column header (``How did you hear about us?``) holds answers.
        return None, 0.0, False, True
    rule = _match("entity", key)
    if (
        rule is not None
        and rule.parent_exclude
        and parents
        and not rule.exclude.isdisjoint(parents[-1].tokens)
    ):
        rule = None  # ``ticket.subject_id``: the parent says whose subject it is
    if rule is not None and not _staff_name(rule, seg.tokens):
        return rule.entity, rule.score, False, False
    if _person_name_key(seg.tokens):
        return "NAME", 0.85, False, False
    if _person_id_key(seg.tokens, nested=bool(parents)):
        return "OTHER_ID", 0.85, False, False
    if _oasis_date_item(seg.tokens):
        return "DATE", 0.85, False, False
    return None, 0.0, _is_system(seg, parents), False


#: Lists that wrap a report's rows in one JSON object: Workday's report-as-a-service JSON
#: (``{"Report_Entry": [{"Worker": "Pike, Jordan", ...}, ...]}``). A key right under it is
#: the report's own column, as the same report's CSV heads it.
REPORT_ROW_LISTS = frozenset({("report", "entry")})


def _report_row(parents: list[_Seg]) -> bool:
    """True when the only parent is a report's row list (:data:`REPORT_ROW_LISTS`)."""
    return len(parents) == 1 and parents[0].tokens in REPORT_ROW_LISTS


def _column_keys(keys: tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    """A path's key tokens with a report's row list dropped (:data:`REPORT_ROW_LISTS`), so
    ``Report_Entry[0].Worker`` is judged as the bare column ``Worker``."""
    return keys[1:] if len(keys) == 2 and keys[0] in REPORT_ROW_LISTS else keys


#: Bare column headers that hold a person's name (shape-checked like every NAME field):
#: a salon or med spa export's ``Client`` (Boulevard) and ``Guest`` (Zenoti), a gift card
#: sale's ``Purchaser`` and ``Recipient``. Only as a top-level column: nested, a ``client``
#: is software (Zendesk's ``metadata.system.client``, an email's ``client-info``).
BARE_PERSON_HEADERS = frozenset(
    {("client",), ("guest",), ("purchaser",), ("recipient",)}
    # a supplier's work order or delivery ticket (``Customer``: "Lorraine Pettaway"); a
    # company there fails the name shape check
    | {("customer",)}
    # recruiting and HR reports head the person by their part: Workday's ``Candidate`` and
    # ``Worker``, an occupational-health clinic's ``Applicant``, ADP's ``Associate``, a
    # case log's ``Employee``, a nurse-residency roster's ``Resident``
    | {("candidate",), ("applicant",), ("worker",), ("employee",), ("associate",)}
    | {("resident",)}
    # legal intake, case-management and settlement exports head the person the claim is
    # about by their part (a settlement tracker's ``Claimant``, a docket report's
    # ``Plaintiff``, a wrongful-death intake's ``Decedent``) and a call-centre intake sheet
    # its ``Caller``: a phone number there fails the name shape check and stays a phone
    | {("claimant",), ("plaintiff",), ("decedent",), ("caller",)}
    # an insurer's commission statement, policy-admin extract or claim register heads the
    # person covered by a life, disability or care policy ``Insured`` (``Insured Name`` is
    # read by its name word already)
    | {("insured",)}
    # a speaker bureau's contract or a programme roster heads its clinician ``Speaker``
    # ("Evelyn Marsh, MD"); a transcript's one-word speaker ("Agent") fails the shape check
    | {("speaker",)}
    # a therapy practice's appointment export heads its clinician by their part; one word
    # there is a placeholder or a status ("Unassigned", "Open"), and so does a
    # chiropractic, acupuncture or massage practice's (Jane's ``Practitioner``)
    | {("clinician",), ("therapist",), ("psychiatrist",), ("psychologist",)}
    | {("practitioner",), ("acupuncturist",)}
    # a support programme's enrolment list (a cold-cap or wig programme's ``Enrollee``), a
    # foundation's gift report (``Donor``) and a volunteer-driver roster (``Volunteer``) head
    # the person by their part; an organisation giving fails the name shape check by its
    # last word
    | {("enrollee",), ("donor",), ("volunteer",)}
    # a collection agency's work queue heads the person who owes the bill ``Debtor``
    | {("debtor",)}
    # a transplant or dialysis programme's class sign-in sheet and a candidate's
    # psychosocial checklist head the relative or friend who will care for the patient
    # ``Support Person`` or ``Care Partner`` (a programme requires one), as a
    # ``Caregiver`` column is read; "None identified" or "Spouse" is refused, as a name
    # there needs a known given name (:data:`_LEXICON_HEADERS`)
    | {("support", "person"), ("care", "partner")}
    # a disability carrier's or a leave administrator's benefit payments head the person
    # paid ``Payee`` ("Maribel Ochoa"); a vendor ("Home Depot") needs a known given name
    # to pass (:data:`_LEXICON_HEADERS`)
    | {("payee",)}
    # a school nurse's visit and medication logs, a camp's cabin list and infirmary log, an
    # athletic trainer's injury log and a sports-medicine clinic's physicals head the person
    # by their part (``Student``: "Harper Lindgren", ``Camper``, ``Athlete``); one word
    # there is a status, a sport or a grade
    | {("student",), ("camper",), ("athlete",)}
    # a team's public injury report, availability report, travel list or roster heads the
    # athlete ``Player`` ("Marcus Delaney"), and a rooming list the one sharing the room
    # (``Roommate``); one word there is a status, a position or a room
    | {("player",), ("roommate",)}
    # a camp's or a counselling centre's ``Counselor`` column (read as a clinician's name
    # by the entity rules): one word there is a camp counsellor's first name on a cabin
    # list ("Maddie") or a placeholder ("Unassigned"), not a clinician's whole name
    | {("counselor",), ("counsellor",)}
    # a clinic CRM's or a deal report's ``Contact`` column beside the contact's ``Contact
    # Email`` ("Ruth Abernathy"); one word there is a method or a flag ("Email", "Yes"),
    # and a practice or a department ("HR Dept", "Midtown Clinic") fails the shape check
    | {("contact",)}
    # a concierge's or a travel desk's transfer and booking lists head the traveller by
    # their part (``Passenger``: "Omar Haddad", an international patient or a companion)
    | {("passenger",)}
    # a tour operator's manifest and a travel clinic's group list head the person by the
    # trip (``Traveler``: "Gordon Pettibone"); one word there is a kind ("Adult", "Child")
    | {("traveler",), ("traveller",)}
    # a jail's sick-call, transport and hospital-watch lists head the person held by
    # their part (``Inmate``: "Castellanos, Ruben"); one word there is a status or a unit
    | {("inmate",), ("offender",), ("detainee",)}
    # veterans' and military health exports head the person by their service (a C&P exam
    # vendor's schedule's ``Veteran``, an e-Profile export's ``Soldier``, a nurse advice
    # line's ``beneficiary`` beside the sponsor's DoD ID); one word there is a status
    # ("Yes", "Spouse") or a branch
    | {("veteran",), ("soldier",), ("beneficiary",)}
    # a crowdfunding platform's campaign export heads the person who started the
    # fundraiser ``Organizer`` (GoFundMe: "Kayla Morales"); an event host there
    # ("Lakeshore Health Community Outreach") fails the shape check by its organisation
    # words, and its nested ``organizer.name`` stays the host's (MERCHANT_WORDS)
    | {("organizer",), ("organiser",)}
    # workers' compensation administrators head the claimant by the injury (a nurse case
    # manager's log's ``injured_worker``, a TPA's ``Injured Employee``); a status there
    # ("Yes") fails the shape check
    | {("injured", "worker"), ("injured", "employee")}
    # a CRM activity export (a Salesforce Task or Event report's ``Who``, an agency CRM's
    # call task) heads the contact or lead the activity is with; one word there is a
    # placeholder or a queue
    | {("who",)}
    # a privacy office's request log, a records request queue and a help desk's ticket
    # export (Zendesk's ``Requester``) head the person who asked by their part; a payer or
    # a firm there fails the name shape check
    | {("requester",)}
    # a baby tracker's log export (Huckleberry's ``Baby``: "Noah Patel", Glow Baby's
    # ``Child``) and a newborn programme's list head the child by the word; one word there
    # is a flag, a size or a stand-in ("Yes", "Newborn", "Boy")
    | {("baby",), ("infant",), ("newborn",), ("child",)}
    # and a birth announcement's ``Parents`` ("Claire & Ben Whitfield"); one word there is
    # an answer ("Both", "Mother")
    | {("parents",)}
    # a step challenge's team roster heads its leader ``Captain`` ("Heather Lindqvist"), and
    # a screening event's, a programme's or a care team's master its organiser
    # ``Coordinator`` ("Melissa Traeger"); a team's or a pod's name there ("Team Blue") or
    # a login ("ps_coord_03") needs a known given name to pass (:data:`_LEXICON_HEADERS`)
    | {("captain",), ("coordinator",)}
)

#: Tokens of a leaf that says when a key/value pair's value was set or seen.
_WHEN_TOKENS = frozenset({"timestamp", "micros", "millis", "time", "ts", "at"})


def _value_metadata(segs: list[_Seg]) -> bool:
    """True for a leaf beside a pair's value that times it, not holds it (GA4's
    ``user_properties.<name>.value.set_timestamp_micros``)."""
    return (
        len(segs) >= 3
        and segs[-2].key in _VALUE_WRAPPERS
        and not _WHEN_TOKENS.isdisjoint(segs[-1].tokens)
    )


def _extraction_leaf(segs: list[_Seg]) -> list[_Seg]:
    """A document-extraction field's reading as its field: the ``Text`` of a Textract
    detection under its pair's value or name leaf (``FIRST_NAME.value.Text``, read as
    ``FIRST_NAME.value``), and an Azure field's ``content`` (``fields.PatientName.content``,
    ``fields.Member.valueObject.Name.content``, read as ``fields.Member.Name``)."""
    if (
        len(segs) > 2
        and segs[-1].key == "text"
        and (segs[-2].key in _VALUE_WRAPPERS or segs[-2].key in _NAME_LEAVES)
    ):
        return segs[:-1]
    if not any(s.key in _AZURE_NESTING for s in segs) and (
        len(segs) < 3 or segs[-3].key != "fields"
    ):
        return segs
    if len(segs) > 2 and segs[-1].key == "content" and segs[-3].key in _AZURE_FIELD_PARENTS:
        segs = segs[:-1]
    return [s for s in segs if s.key not in _AZURE_NESTING]


@functools.lru_cache(maxsize=65536)
def profile_path(path: str) -> FieldProfile:
    """Classify a hint path (cached: each distinct path is classified once per process).

    Args:
        path: a hint path as built by :func:`detectors.cells.iter_leaves`
            (``event_params.email.value.string_value``, ``page_location?gclid``, ``Zip``).

    Returns:
        The field's profile; ``words`` is :func:`detectors.context.path_words`, and for a
        path with accents also its folded and translated words (``Teléfono`` -> ``tel``,
        ``fono``, ``telefono``, ``phone``). A leaf that times a pair's value
        (``….value.set_timestamp_micros``) has only its own words, and is a machine field.
    """
    if path.endswith(_FORMATTED):
        path = path[: -len(_FORMATTED)]  # a formatted value means what its property does
    primitive = _FHIR_PRIMITIVE_EXTENSION.match(path)
    if primitive is not None:
        return profile_path(primitive["head"] + primitive["element"])
    words = path_words(path)
    q = path.rfind("?")
    if q >= 0 and path[q + 1 :] in CONSENT_COOKIE_PARAMS:
        return FieldProfile("ONLINE_ID", 0.85, words)
    if (
        odata_annotation(path)
        or _OPENRTB_DATA_PROVIDER.search(path)
        or _ATTRIBUTE_LIST_NAME.search(path)
    ):
        return FieldProfile(words=words, system=True)
    segs = _segments(path)
    if not path.isascii():  # folded and translated words too ("telefono", "phone")
        words = words | path_words(fold_accents(path)) | {t for seg in segs for t in seg.tokens}
    if any(W3C_KEY.match(seg.raw) for seg in segs):  # ``s-ip`` says "server" too
        words = words | {t for seg in segs for t in seg.tokens}
    segs = _extraction_leaf(segs)
    while len(segs) > 1 and segs[-1].key in _TYPED_WRAPPERS:
        segs.pop()
    if not segs:
        return FieldProfile(words=words)
    if _value_metadata(segs):
        # when the value was set, not the value: the parameter's name ("crm_id") must not
        # make its timestamp read as an id by the detectors that go by a field's words
        return FieldProfile(words=frozenset(segs[-1].tokens), system=True)
    if _reserved_activity_stamp(segs[-1]):
        return FieldProfile(words=words, system=True)
    entity, score, system, free_text = _classify(segs, len(segs) - 1)
    return FieldProfile(entity, score, words, system, free_text)


#: A FHIR primitive's extension (``_birthDate.extension[0].valueDateTime``, the patient's
#: birth time beside ``birthDate``): JSON FHIR puts a primitive's extensions under the
#: element's name with an underscore, so its value means what the element does.
_FHIR_PRIMITIVE_EXTENSION = re.compile(
    r"^(?P<head>(?:.*\.)?)_(?P<element>[A-Za-z]\w*)\.extension(?:\[\d+\])?\.value[A-Z]\w*$"
)


#: OpenRTB's ``user.data[]`` (and ``site.content.data[]``) is a list of data providers, each
#: ``{id, name, segment[]}``: the element's own ``name`` and ``id`` name the provider
#: (``everydayhealth.com``, ``edh-1pd``), not the user (a person's attribute container is
#: one object, ``user.data.name``, never a list). Its segments are read as segment names.
_OPENRTB_DATA_PROVIDER = re.compile(r"(?:^|\.)(?:user|content)\.data\[\d+\]\.(?:name|id)$")

#: A list of typed attributes of an annotation (Comprehend Medical's ``Entities[].Traits =
#: [{"Name": "DIAGNOSIS", "Score": 0.94}]`` and ``Attributes``): the element's ``Name`` is
#: the trait's label. A person's traits or attributes are one object (Segment's
#: ``traits.name``), never a list, so only the indexed form is let go.
_ATTRIBUTE_LIST_NAME = re.compile(r"(?i)(?:^|\.)(?:traits|attributes)\[\d+\]\.name$")


#: Pairs of a cookie-consent cookie (OneTrust's ``OptanonConsent``:
#: ``isGpcEnabled=0&datestamp=…&consentId=<uuid>&groups=C0001%3A1…``) that hold the
#: browser's consent id: carried by every later consent from that browser and resolved by
#: the vendor to its IP, pages and choices, as a TrustedForm certificate is. Only as a
#: query or cookie pair: a lead seller's ``consent_id`` column numbers its TCPA consent
#: records (tests/test_lead_generation.py), and a receipt's ``receiptId`` is a receipt's.
CONSENT_COOKIE_PARAMS = frozenset({"consentId"})


#: Activity stamps that product-analytics tools keep under their own ``$``-reserved keys
#: (Mixpanel's and PostHog's ``$last_seen``): when the app was last used. Only with the
#: ``$``: a clinic report's "Last Seen" column is the date a patient was last seen.
_RESERVED_ACTIVITY = frozenset({("last", "seen"), ("first", "seen")})


def _reserved_activity_stamp(seg: _Seg) -> bool:
    return seg.raw.startswith("$") and seg.tokens in _RESERVED_ACTIVITY


@functools.lru_cache(maxsize=65536)
def key_tokens(path: str) -> tuple[tuple[str, ...], ...]:
    """The tokens of each key of a hint path, in order, as the classifier reads them
    (cached: detectors ask it for every path of every chunk).

    Typed-value wrappers and a trailing value leaf are dropped, so a GA4 parameter reads
    as its key: ``event_params.face_id.value.string_value`` ->
    ``(("event", "params"), ("face", "id"))``; Salesforce's ``__c`` goes
    (``Biometric_ID__c`` -> ``(("biometric", "id"),)``). For detectors with field
    vocabularies of their own (:mod:`detectors.biometric`).
    """
    segs = _extraction_leaf(_segments(path))
    while len(segs) > 1 and (segs[-1].key in _TYPED_WRAPPERS or segs[-1].key in _VALUE_WRAPPERS):
        segs.pop()
    return tuple(seg.tokens for seg in segs)


#: A survey tool's question number heading a column (Qualtrics' renamed ``Q6_BloodType``,
#: its default ``QID12``): the letter is required, as a bare number is a count or a rank.
_QUESTION_NUMBER = re.compile(r"q(?:id)?\d{1,3}[a-z]?")


def unnumbered(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """A key's tokens without a survey question's number before them (``("q6", "blood",
    "type")`` -> ``("blood", "type")``): a questionnaire names its columns by the question's
    number and topic, and the topic is what the answer is about."""
    if len(tokens) > 1 and _QUESTION_NUMBER.fullmatch(tokens[0]):
        return tokens[1:]
    return tokens


# --- whole-value validation -------------------------------------------------------------
#
# Validators run on Arrow arrays (RE2 kernels), one call per entity per chunk, so a
# PII-dense CRM table costs a few vectorized passes instead of Python per cell. Only dates
# get a Python check (calendar validity), and only after an RE2 shape match.

_PLACEHOLDERS = pa.array(
    [
        "unknown", "n/a", "na", "null", "none", "nil", "-", "--", "—", "true", "false", "yes",
        "no", "(not set)", "not set", "(none)", "(not provided)", "(direct)", "(data deleted)",
        "redacted", "[redacted]", "undefined", "nan", "anonymous", "guest", "customer",
        "patient", "user", "visitor",
        # an analytics report's visitor type (GA's ``userType``, Adobe's): a kind, no one
        "new visitor", "returning visitor", "new visitors", "returning visitors",
        # what social and review platforms show for an anonymous or removed poster (Google
        # Business Profile's anonymous reviewer, Reddit's deleted account)
        "a google user", "google user", "facebook user", "instagram user", "[deleted]",
        "[removed]",
        # a yes/no flag's letter (a screening sheet's ``Refer to PCP`` = "Y", which the
        # ``pcp`` rule would read as the PCP's name)
        "y", "n",
        # a sign-in sheet's, a dispensing log's or a pickup log's stand-in for a person
        # (a walk-in patient not yet registered, "Front desk")
        "front desk", "walk in", "walk-in",
        # a spreadsheet's error values, saved as text by Excel and Google Sheets (a lookup
        # that found nothing, a deleted reference), and pandas' missing value in a string
        # column: no value of the column's kind, whatever the column is named
        "#n/a", "#ref!", "#value!", "#div/0!", "#name?", "#null!", "#num!", "#spill!",
        "#calc!", "#error!", "#getting_data", "<na>",
        # an OSHA 300 log's privacy case: the employer writes "Privacy Case" in place of the
        # employee's name (29 CFR 1904.29(b)(6)), so the row names no one
        "privacy case",
        # a hospital's stand-in for a newborn not yet named (a hearing screen's or a
        # newborn screen's ``Infant First Name`` = "Baby Boy", twins' "Baby A"): the
        # registration's label; a surname beside it ("GARCIA, BABY GIRL") is still a name
        "baby", "baby boy", "baby girl", "infant boy", "infant girl", "newborn", "baby a",
        "baby b", "baby c", "twin a", "twin b", "twin c",
    ],
    type=pa.large_string(),
)  # fmt: skip
#: Already-redacted tags (``<EMAIL>``), masks (``***``, ``XXXX``) and zero-ish values.
_MASKED = r"^(?:<[A-Z_]{2,24}>|\[[A-Z_]{2,24}\]|[*xX#•·_\s.-]+|[0. -]*)$"
#: A redaction tag of a contract entity anywhere in a value (``\u200f<EMAIL>``): the value
#: was redacted in part, so a first scan judged it not to be an identifier as a whole.
#: Judging what is left around the tag would give a rescan a different answer.
_TAGGED = "<(?:" + "|".join(ENTITIES) + ")>"
HEX_HASH = r"^(?:[0-9a-fA-F]{32}|[0-9a-fA-F]{40}|[0-9a-fA-F]{64})$"
B64_SHA256 = r"^[A-Za-z0-9+/]{43}=$"
#: Words apart, or a comma between them without a space: EHR extracts write ``LAST,FIRST``
#: (Epic's ``PAT_NAME`` "NGUYEN,THANH").
#: An HL7 v2 name (XPN) as a lab or surveillance feed flattens it, ``FAMILY^GIVEN^MIDDLE``
#: (trailing empty components too: ``DOE^JANE^^^^L``), is read as the same name parts; so
#: is DICOM's person name (an imaging export's ``PatientName`` "Whitfield^Gloria").
#: A clinician's credential with a slash after the name (an occupational therapist's
#: "Chen Wu, OTR/L, CHT") is one more word of it, as "PT" and "DPT" are.
#: A couple's name joined by an ampersand ("Tom & Linda Reyes": a guestbook's signer, a
#: household's gift) is one name value too.
_NAME = (
    r"^\pL[\pL\pM'’.-]*(?:,?\s+\pL[\pL\pM'’.-]*|,\pL[\pL\pM'’.-]*|\^+\pL[\pL\pM'’.-]*"
    r"|\s+&\s+\pL[\pL\pM'’.-]*"
    r"|,\s+[A-Z]{2,5}/[A-Z]{1,5}){0,3}(?:,|\^*)$"
)
#: :data:`_NAME` for ASCII text, where ``\pL`` is ``[A-Za-z]`` and ``\pM`` and ``’`` match
#: nothing. RE2 builds Unicode classes afresh on every Arrow call (``_NAME``: ~6 ms, more
#: than matching a chunk's names), so non-ASCII values are first spelled in ASCII by two
#: one-class passes instead (:func:`_names`).
_NAME_ASCII = (
    r"^[A-Za-z][A-Za-z'.-]*(?:,?\s+[A-Za-z][A-Za-z'.-]*|,[A-Za-z][A-Za-z'.-]*"
    r"|\s+&\s+[A-Za-z][A-Za-z'.-]*"
    r"|\^+[A-Za-z][A-Za-z'.-]*|,\s+[A-Z]{2,5}/[A-Z]{1,5}){0,3}(?:,|\^*)$"
)
_EXTENSION = r"\s*(?:[Ee][Xx][Tt]\.?|[Xx]|#)\s*[0-9]{1,6}$"
_PHONE_CHARS = r"^\+?[0-9\s().\-/]{7,24}$"
_REPEATED_DIGIT = r"^(?:0+|1+|2+|3+|4+|5+|6+|7+|8+|9+)$"
#: A ZIP, ZIP+4, or a ZIP that a spreadsheet or an integer column stripped of its leading
#: zero (``02134`` -> ``2134``) or wrote as a float (``60614.0``). Three digits are not
#: taken: that is what ZIP3 generalization leaves, and a rescan must not find it again.
_ZIP = r"^(?:[0-9]{4,5}(?:-?[0-9]{4})?|[0-9]{4,5}\.0)$"
#: A number in Excel's "Number" format with thousands separators, as a sheet that typed a
#: phone or an id column as numbers saves it to CSV (``6,175,550,177``, an MRN
#: ``1,004,523``): the same digits, read only under a field named for them.
_GROUPED_DIGITS = r"^[0-9]{1,3}(?:,[0-9]{3})+(?:\.0+)?$"
_ID = r"^[A-Za-z0-9][A-Za-z0-9 _./:#-]{2,63}$"
_DATE_SHAPE = (
    r"^(?:[0-9]{4}[-/.][0-9]{1,2}[-/.][0-9]{1,2}(?:[T ].*)?|[0-9]{1,2}[-/.][0-9]{1,2}[-/.]"
    r"[0-9]{2,4}(?:,? .*)?|[0-9]{8}|[A-Za-z]{3,9}\.? [0-9]{1,2}.*|[0-9]{1,2}.*[A-Za-z]{3,9}.*)$"
)

_DATE_YMD = re.compile(
    r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})"
    r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?\s?(?:Z|UTC|[+-]\d{2}:?\d{2})?)?"
)
_DATE_MDY = re.compile(
    r"(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?:,?\s\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AaPp][Mm])?)?"
)
_DATE_COMPACT = re.compile(r"(\d{4})(\d{2})(\d{2})")
#: ``November 4, 2024``, also with the time a scheduler's CSV export writes after it
#: (Acuity's ``November 4, 2024 11:15``, ``Nov 4, 2024 9:30 am``).
_DATE_MONTH_FIRST = re.compile(
    r"([A-Za-z]{3,9})\.?\s(\d{1,2})(?:st|nd|rd|th)?,?\s(\d{4})"
    r"(?:,?\s(?:at\s)?\d{1,2}:\d{2}(?::\d{2})?\s?(?:[AaPp]\.?[Mm]\.?)?)?"
)
_DATE_DAY_FIRST = re.compile(r"(\d{1,2})(?:st|nd|rd|th)?[\s-]([A-Za-z]{3,9})\.?,?[\s-](\d{4})")
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        (
            "jan january",
            "feb february",
            "mar march",
            "apr april",
            "may",
            "jun june",
            "jul july",
            "aug august",
            "sep sept september",
            "oct october",
            "nov november",
            "dec december",
        )
    )
    for m in names.split()
}


def _valid_ymd(y: int, m: int, d: int) -> bool:
    if not 1850 <= y <= 2100:
        return False
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def parse_date(value: str) -> bool:
    """True when ``value`` is a calendar date in a common format (ISO, US, D/M, textual)."""
    if m := _DATE_YMD.fullmatch(value):
        return _valid_ymd(int(m[1]), int(m[3]), int(m[4]))
    if m := _DATE_MDY.fullmatch(value):
        a, b, y = int(m[1]), int(m[3]), int(m[4])
        if len(m[4]) == 2:
            y += 1900 if y > 30 else 2000
        return _valid_ymd(y, a, b) or _valid_ymd(y, b, a)
    if m := _DATE_COMPACT.fullmatch(value):
        # YYYYMMDD, else MMDDYYYY: a birth date keyed on a phone keypad (an IVR's DTMF
        # input) or typed into a US form without separators. Never both: no year from
        # 1850 on starts like a month.
        return _valid_ymd(int(m[1]), int(m[2]), int(m[3])) or _valid_ymd(
            int(value[4:]), int(value[:2]), int(value[2:4])
        )
    if m := _DATE_MONTH_FIRST.fullmatch(value):
        month = _MONTHS.get(m[1].lower())
        return month is not None and _valid_ymd(int(m[3]), month, int(m[2]))
    if m := _DATE_DAY_FIRST.fullmatch(value):
        month = _MONTHS.get(m[2].lower())
        return month is not None and _valid_ymd(int(m[3]), month, int(m[1]))
    return False


def matches(values: pa.Array, pattern: str) -> np.ndarray:
    """Vectorized RE2 search: a bool per value."""
    return pc.match_substring_regex(values, pattern=pattern).to_numpy(zero_copy_only=False)


def lengths(values: pa.Array) -> np.ndarray:
    """Code-point length of each value."""
    return pc.utf8_length(values).to_numpy(zero_copy_only=False)


class WholeValues(NamedTuple):
    """Trimmed whole values of some cells (shared by the field-driven detectors).

    Attributes:
        cells: the cell indices.
        text: each cell's text without surrounding whitespace and invisible format
            characters (Arrow array).
        start: code-point offset of the trimmed value in the cell's text.
        end: one past its last code point.
        usable: not empty, not a placeholder (``n/a``, ``(not set)``), not already redacted
            (as a whole, or in part: a value holding an entity tag or another of the
            policy's outputs, ``EngineConfig.redaction_outputs``).
    """

    cells: np.ndarray
    text: pa.Array
    start: np.ndarray
    end: np.ndarray
    usable: np.ndarray

    def spans(self, ok: np.ndarray, entity: str, score: float) -> Iterator[Span]:
        """A ``regex`` span of ``entity`` over each whole value where ``ok`` is set."""
        for i in np.flatnonzero(ok).tolist():
            yield Span(
                int(self.cells[i]), int(self.start[i]), int(self.end[i]), entity, score, "regex"
            )


#: What whole values are trimmed of: Unicode whitespace (as Arrow's ``utf8_trim_whitespace``
#: knows it) and invisible format characters (bidi marks and isolates, zero-width spaces and
#: joiners, word joiner, BOM, soft hyphen) that exports leave at the edges of a value: a ZIP
#: ``60614\u200f`` is still a ZIP.
_EDGE_CHARS = (
    "\t\n\v\f\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
    "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
    "\xad\u061c\u180e\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
    "\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069\ufeff"
)


#: Spreadsheet exports mark a number as text with a leading apostrophe, so that Excel keeps
#: a ZIP's leading zero or a phone's plus (Shopify's order export writes ``'02134``): the
#: marker is not part of the value.
_TEXT_MARKER = r"^'([0-9+])"
#: A party's relation to the patient written after the value, as answering services and
#: portals annotate who called or wrote ("Jessica Thornton (mother)", "Hannah Greer
#: (Proxy)", "817-555-0164 (dad)"): the note is not part of the name or the number.
_RELATION_NOTE = (
    r"\s*\((?i:mother|mom|father|dad|parent|guardian|legal guardian|proxy|grandmother|"
    r"grandma|grandfather|grandpa|grandparent|stepmother|stepfather|foster parent|aunt|"
    r"uncle|caregiver|spouse|wife|husband|self|sister|brother|son|daughter)\)$"
)


def whole_values(ctx: ScanContext, cells: np.ndarray) -> WholeValues:
    """Trim and screen the values of ``cells`` in a few vectorized passes."""
    raw = ctx.cells.arrow_text.take(pa.array(cells, type=pa.int64()))
    text = pc.utf8_trim(raw, characters=_EDGE_CHARS)
    start = lengths(raw) - lengths(pc.utf8_ltrim(raw, characters=_EDGE_CHARS))
    marked = matches(text, _TEXT_MARKER)
    if marked.any():
        text = pc.replace_substring_regex(text, pattern=_TEXT_MARKER, replacement=r"\1")
        start = start + marked
    noted = matches(text, _RELATION_NOTE)
    if noted.any():
        text = pc.replace_substring_regex(text, pattern=_RELATION_NOTE, replacement="")
    n = lengths(text)
    placeholder = pc.is_in(pc.utf8_lower(text), value_set=_PLACEHOLDERS)
    usable = (n > 0) & ~placeholder.to_numpy(zero_copy_only=False) & ~matches(text, _MASKED)
    usable &= ~matches(text, _TAGGED)
    for output in ctx.config.redaction_outputs:
        usable &= ~matches(text, output)
    return WholeValues(cells, text, start, start + n, usable)


def _non_ascii(v: pa.Array) -> np.ndarray:
    """Indices of the values with a non-ASCII character."""
    return np.flatnonzero(~pc.string_is_ascii(v).to_numpy(zero_copy_only=False))


#: Browser and mail-client families, as user-agent parsers name them. Email platforms
#: report the software that opened a message under a ``client`` key (Mailgun's
#: ``client-info.client-name``, Postmark's ``Client.Name``), where "client" is not the
#: therapist's or the lawyer's kind: "Apple Mail" is not a person.
_SOFTWARE_NAMES = pa.array(
    [
        "chrome", "chrome mobile", "chrome mobile ios", "chromium", "firefox",
        "firefox mobile", "safari", "mobile safari", "edge", "microsoft edge", "opera",
        "samsung internet", "android browser", "ie", "internet explorer", "outlook",
        "outlook.com", "microsoft outlook", "windows mail", "windows live mail", "apple mail",
        "ios mail", "gmail", "gmail app", "yahoo", "yahoo! mail", "yahoo mail", "aol mail",
        "thunderbird", "lotus notes", "other", "unknown",
    ],
    type=pa.large_string(),
)  # fmt: skip


#: What carriers send as the caller-ID name (CNAM) when they have none: the line's kind
#: ("WIRELESS CALLER", "TOLL FREE CALLER", "CELL PHONE"), a privacy flag ("PRIVATE",
#: "RESTRICTED", "NAME UNAVAILABLE"), a spam label, or the place of the number's rate
#: centre padded to fifteen characters with its state ("CELL PHONE   TX", "ATLANTA
#: GA"). Call-tracking and telephony exports (CallRail ``customer_name``, Twilio
#: ``CallerName``) carry them in name fields; none names a person. A person's CNAM
#: ("SMITH JOHN") has no such padding before a state code.
CNAM_PLACEHOLDER = (
    r"^(?i:wireless|cellular|cell|mobile|toll[ -]?free|landline|unknown|private|"
    r"restricted|blocked|anonymous|unavailable|out[ -]of[ -]area|international|payphone|"
    r"pay phone|voip|unlisted|non[ -]?published|no caller id|spam|scam|potential spam|"
    r"telemarketer|verified)"
    r"(?i:\s+(?:caller|call|phone|name|number|likely|risk|listing))*$"
    r"|^(?i:name unavailable|name not available|caller unknown|(?:spam|scam) (?:likely|risk))$"
    # the state code in capitals, as carriers send it ("Mary  Al" is no rate centre)
    r"|^[A-Za-z][A-Za-z .'-]*\s{2,}(?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|"
    r"M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|PR)$"
)

#: The same rate centre with one space ("CHICAGO IL", "FORT WORTH TX"): a person's CNAM
#: ("SMITH JOHN") has the same shape, so the words before the state code must be a known
#: US place (:func:`detectors.places.us_places`), and a surname before ``AL`` is read as
#: "Surname Al".
_CNAM_CITY_STATE = (
    r"^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2} (?:A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|"
    r"K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY]|PR)$"
)
_CNAM_CITY_STATE_RE = re.compile(_CNAM_CITY_STATE)


def cnam_placeholder(name: str) -> bool:
    """A carrier's caller-ID placeholder: :data:`CNAM_PLACEHOLDER`, or a rate centre's
    known place and state code in capitals (:data:`_CNAM_CITY_STATE`)."""
    if re.search(CNAM_PLACEHOLDER, name):
        return True
    return _CNAM_CITY_STATE_RE.match(name) is not None and _rate_centre(name)


def _rate_centre(name: str) -> bool:
    """``name`` ("CHICAGO IL") is a known US place before its state code."""
    from detectors.name_lexicon import is_surname
    from detectors.places import us_places

    place, state = name.rsplit(" ", 1)
    if state == "AL" and is_surname(place.title()):
        return False
    return place.lower() in us_places()


#: Status and relationship words that scheduling and intake exports write in a column
#: headed "Patient" or "Caller" (new or returning, who the patient is to the caller): no
#: one's name.
_STATUS_WORDS = pa.array(
    [
        "new", "existing", "established", "returning", "repeat", "current", "former",
        "self", "myself", "child", "spouse", "dependent", "adult", "pediatric", "minor",
        "inpatient", "outpatient", "new patient", "existing patient", "established patient",
        "returning patient", "new caller", "repeat caller", "first time caller",
        # a referral column's "no one referred me" (a screening or van booking's ``Ordering
        # Provider``, ``Referred By``)
        "self-referral", "self referral", "self-referred", "self referred",
        # a clinician column's empty slot or machine sign-off (a surgery schedule's
        # ``surgeon`` = "Unassigned", a lab's ``signed_out_by`` = "AUTOVERIFY", a report's
        # ``radiologist`` = "system"): no one's name, as a bare ``signed_by`` is refused
        "unassigned", "not assigned", "none assigned", "to be assigned", "tbd", "tba",
        "pending", "open", "system", "auto", "autoverify", "auto verify", "auto-verify",
        "autoverified", "auto-verified", "auto verified", "no pcp", "none listed",
        # a role in place of the person who holds it (a district concussion form's ``Case
        # Manager`` = "Counselor", a disaster case's "Social Worker"): whoever is assigned
        "counselor", "counsellor", "school counselor", "school counsellor", "school nurse",
        "social worker", "caseworker", "case worker", "case manager",
    ],
    type=pa.large_string(),
)  # fmt: skip


#: A device's own default name, which conferencing tools show for a participant who never
#: typed one (a Zoom attendee report's ``User Name (Original Name)`` of "iPhone", a
#: Teams guest "Galaxy"): a thing, not a person. "Dorothy's iPhone" still names Dorothy.
_DEVICE_NAMES = pa.array(
    [
        "iphone", "ipad", "ipod", "android", "android phone", "galaxy", "samsung", "pixel",
        "macbook", "macbook pro", "macbook air", "imac", "desktop", "laptop", "pc",
        "windows pc", "chromebook", "zoom user", "zoom rooms", "guest",
    ],
    type=pa.large_string(),
)  # fmt: skip


_NOT_NAMES = pa.concat_arrays([_SOFTWARE_NAMES, _STATUS_WORDS, _DEVICE_NAMES])
#: A video player's configured name (a media analytics export's ``player_name`` =
#: "Homepage Player"): a site's widget, under a key that a team's player shares.
_MEDIA_PLAYER = r"(?i)\bplayers?$"


def _names(v: pa.Array) -> np.ndarray:
    """:data:`_NAME`, at most 64 characters, not a software family (:data:`_SOFTWARE_NAMES`)
    or a device's default name (:data:`_DEVICE_NAMES`),
    not a carrier's caller-ID placeholder (:func:`cnam_placeholder`) or a status word
    (:data:`_STATUS_WORDS`), not an organisation's name (a health system's own account in a
    social export's author name, the merchant answering on Google Business Profile:
    :mod:`detectors.organisations`).

    Every letter becomes ``A`` and every mark or ``’`` an ``'`` (the characters that the
    pattern treats alike), so :data:`_NAME_ASCII` gives the answer :data:`_NAME` would.
    """
    ok = matches(v, _NAME_ASCII)
    ok &= ~pc.is_in(pc.utf8_lower(v), value_set=_NOT_NAMES).to_numpy(zero_copy_only=False)
    ok &= ~matches(v, CNAM_PLACEHOLDER)
    ok &= ~matches(v, _MEDIA_PLAYER)
    for i in np.flatnonzero(ok & matches(v, _CNAM_CITY_STATE)):
        ok[i] = not _rate_centre(v[int(i)].as_py())
    wide = _non_ascii(v)
    if len(wide):
        spelled = pc.replace_substring_regex(
            v.take(pa.array(wide, type=pa.int64())), pattern=r"\pL", replacement="A"
        )
        spelled = pc.replace_substring_regex(spelled, pattern=r"[\pM’]", replacement="'")
        ok[wide] = matches(spelled, _NAME_ASCII)
    for i in np.flatnonzero(ok & matches(v, "&")).tolist():
        ok[i] = _couple(v[i].as_py())
    return ok & (lengths(v) <= 64) & ~organisation_names(v)


def _couple(name: str) -> bool:
    """A couple's joint name ("Tom & Linda Reyes", "Raymond & Susan Clarke"): a known given
    name alone before the ampersand and a given name and a surname after it. A company's
    name joined so ("Procter & Gamble", "Johnson & Johnson", "Hale & Whitcomb") has a
    surname or a word before it, and one word after."""
    before, _, after = name.partition("&")
    head, tail = before.split(), after.split()
    return len(head) == 1 and len(tail) >= 2 and is_given_name(head[0], ambiguous_ok=False)


def _has_letter(v: pa.Array) -> np.ndarray:
    """Per value: True when it has a letter of any script (RE2 compiles ``\\pL`` only when a
    value is not ASCII)."""
    ok = matches(v, "[A-Za-z]")
    wide = _non_ascii(v)
    if len(wide):
        ok[wide] = matches(v.take(pa.array(wide, type=pa.int64())), r"\pL")
    return ok


#: Cloud service accounts: a program's identity, never a person's mailbox. Google Cloud
#: writes one into every V4-signed storage URL and into audit, IAM and job logs as the
#: caller (``signer@project.iam.gserviceaccount.com``, the default
#: ``<n>-compute@developer.gserviceaccount.com``; BigQuery's ``JOBS.user_email``), so a
#: field named for an email holds one as often as the email pattern meets one in text.
SERVICE_ACCOUNT = r"(?i)[@.]gserviceaccount\.com$"


#: An address whose whole mailbox part is a mask (``****@gmail.com``, a warehouse's masking
#: policy or a BI tool's export of it): it names a provider, not a person.
MASKED_MAILBOX = r"^[^A-Za-z0-9@]*@"


def _emails(v: pa.Array) -> np.ndarray:
    return (
        pc.match_substring(v, "@").to_numpy(zero_copy_only=False)
        & (lengths(v) <= 254)
        & ~matches(v, SERVICE_ACCOUNT)
        & ~matches(v, MASKED_MAILBOX)
    )


def _phones(v: pa.Array) -> np.ndarray:
    v = pc.replace_substring_regex(v, pattern=_EXTENSION, replacement="")
    digits = pc.replace_substring_regex(v, pattern=r"[^0-9]+", replacement="")
    n = lengths(digits)
    shaped = matches(v, _PHONE_CHARS) | matches(v, _GROUPED_DIGITS)
    return shaped & (n >= 7) & (n <= 15) & ~matches(digits, _REPEATED_DIGIT)


#: A month and day without the year (a loyalty programme's ``birthday`` = ``04-17``):
#: still a date of the person (Safe Harbor keeps only the year); read only in a field
#: named for a date, like every value here.
_MONTH_DAY = r"^(?:0?[1-9]|1[0-2])[-/](?:0?[1-9]|[12][0-9]|3[01])$"


def _dates(v: pa.Array) -> np.ndarray:
    ok = matches(v, _DATE_SHAPE)
    hits = np.flatnonzero(ok)
    for j, value in zip(hits, v.take(pa.array(hits, type=pa.int64())).to_pylist(), strict=True):
        ok[j] = parse_date(value)
    epoch = np.flatnonzero(~ok & matches(v, EPOCH))
    for j, value in zip(epoch, v.take(pa.array(epoch, type=pa.int64())).to_pylist(), strict=True):
        ok[j] = epoch_date(value)
    serial = np.flatnonzero(~ok & matches(v, EXCEL_SERIAL))
    for j, value in zip(serial, v.take(pa.array(serial, type=pa.int64())).to_pylist(), strict=True):
        ok[j] = excel_serial_date(value)
    return ok | matches(v, _MONTH_DAY)


def _zips(v: pa.Array) -> np.ndarray:
    return matches(v, _ZIP)


def _other_locations(v: pa.Array) -> np.ndarray:
    """Values of a ZIP field that are not a US ZIP but are still location data: letters with
    digits (a foreign postal code ``K1A 0B6``, ``SW1A 1AA``; a ZIP with its state
    ``IL 62704``; an address typed into the wrong column), not an email address.

    No narrower postal-code shape, on purpose: a shape is not stable under redaction.
    ``DOB 03/14/1985`` in a ZIP column fails a 3-10 character shape, but the ``DOB 1985``
    that Safe Harbor generalization leaves of it passes, so a rescan of the redacted copy
    would find a LOCATION the first scan did not. Generalization writes digits where digits
    were (a year, a ZIP3, ``90+``) and a tag makes the value unusable, so "letters and
    digits" gives a redacted value the answer its original got. Digits-only values that are
    not a ZIP (the ZIP3 ``606`` generalization leaves) are left to the other detectors.
    """
    return _has_letter(v) & matches(v, "[0-9]") & ~matches(v, "@")


def _locations(v: pa.Array) -> np.ndarray:
    """Letters, not a URL or URL path, not an email address: a page URL in an ``address``
    column is scanned inside (split into its pieces), and a LOCATION tag over its host and
    path would make a rescan read the rest as text instead. An ``address`` is an email
    address as often as a street one (Zendesk's ``via.source.from.address``, which Stitch
    lands as ``via__source__from__address``): the email detector reports it as EMAIL."""
    return _has_letter(v) & (lengths(v) >= 2) & ~matches(v, r"^/|://|^[^@\s]+@[^@\s]+\.\w+$")


def _ids(v: pa.Array) -> np.ndarray:
    alnum = pc.replace_substring_regex(v, pattern="[^A-Za-z0-9]+", replacement="")
    shaped = matches(v, _ID) | matches(v, _GROUPED_DIGITS)
    return shaped & matches(v, "[0-9]") & (lengths(alnum) >= 4) & ~matches(alnum, "^0+$")


#: A payer's clinical or pharmacy policy document number (a PA criteria table's
#: ``policy_id`` = "CP.PHAR.245", "MP.040"): letters, then dot-separated segments ending in
#: digits. It names a coverage policy document, no beneficiary (member ids are never dotted
#: words).
_POLICY_DOCUMENT = r"^[A-Za-z]{2,}(?:\.[A-Za-z]{2,})*\.[0-9]+(?:\.[0-9]+)*$"


#: A Stripe Issuing cardholder's id (``cardholder_id`` = "ich_1MsKAB2eZvKYlo2C0hVgYD9J"):
#: a card processor's person, not a plan's member, though both sit under a cardholder
#: column; :mod:`detectors.payment_ids` reports it as OTHER_ID wherever it is.
_CARD_PROCESSOR_HOLDER = rf"^{CARDHOLDER_PREFIX}{STRIPE_TOKEN}$"
#: Whole values that are no member's plan id, one RE2 pass.
_NO_PLAN_ID = f"{_POLICY_DOCUMENT}|{_CARD_PROCESSOR_HOLDER}"


def _plan_ids(v: pa.Array) -> np.ndarray:
    """:func:`_ids`, but not a coverage policy document's number
    (:data:`_POLICY_DOCUMENT`), which a ``policy_id`` column holds as often as a member's
    policy number does, nor a card processor's cardholder (:data:`_CARD_PROCESSOR_HOLDER`)."""
    return _ids(v) & ~matches(v, _NO_PLAN_ID)


#: An AWS IAM unique id (a user's ``AIDA…``, a role's ``AROA…``, an access key's ``AKIA…``
#: or ``ASIA…``): 4 letters of its kind and 16 or more capitals and digits.
_AWS_PRINCIPAL = r"^A(?:IDA|ROA|KIA|SIA|GPA|IPA|NPA|NVA|PKA|SCA|CCA)[A-Z0-9]{12,28}$"


#: A stream's sequence number: Kinesis' ``sequenceNumber`` and the ``recordId`` Firehose
#: hands a transformation Lambda are 56 digits, no record id a person is filed under.
_SEQUENCE_NUMBER = r"^[0-9]{30,}$"


#: A sequence database's accession, versioned or with its prefix's underscore: RefSeq's
#: ``NM_007294.4``, an assembly's ``GCA_000001405.29``, GenBank's ``AF123456.1``. It names
#: a transcript, a genome or a sequence in a reference table, never a person's specimen.
_SEQUENCE_ACCESSION = (
    r"^(?:[A-Z]{2}_[0-9]{6,9}|GC[AF]_[0-9]{9})(?:\.[0-9]+)?$|^[A-Z]{1,2}[0-9]{5,6}\.[0-9]+$"
)


def _other_ids(v: pa.Array) -> np.ndarray:
    """:func:`_ids`, but not an AWS principal's unique id (SQS's ``attributes.SenderId``
    and CloudTrail's ``principalId`` name the IAM user or role that sent a message or
    made a call, a machine identity of the sender's cloud account; a session name after
    ``:`` may be a person's and is still read), a stream's sequence number
    (:data:`_SEQUENCE_NUMBER`) nor a sequence database's accession
    (:data:`_SEQUENCE_ACCESSION`)."""
    return (
        _ids(v)
        & ~matches(v, _AWS_PRINCIPAL)
        & ~matches(v, _SEQUENCE_NUMBER)
        & ~matches(v, _SEQUENCE_ACCESSION)
    )


#: A push-notification registration token (Firebase's ``<id>:APA91b…``, ~150 characters):
#: longer than :data:`_ID` allows, and one device's address all the same.
_PUSH_TOKEN = r"^[A-Za-z0-9][A-Za-z0-9_:.-]{63,511}$"


#: A platform's name, a space, then a word: what a CGM or a wearable export writes under its
#: source device column (Dexcom Clarity's ``Source Device ID`` = "iPhone G7", "Android
#: G6"): the kind of receiver, the same for every user of it, not one device's id.
_DEVICE_KIND = (
    r"^(?i:iphone|ipad|ipod|android|ios|watchos|apple watch|pixel|galaxy) [A-Za-z0-9]{1,5}$"
)


def _device_ids(v: pa.Array) -> np.ndarray:
    pushed = matches(v, _PUSH_TOKEN) & matches(v, "[0-9]") & matches(v, "[A-Za-z]")
    return (_ids(v) & ~matches(v, _DEVICE_KIND)) | pushed


def _bare(text: str) -> str:
    """Lower-cased, letters and digits only (``RecipientFirstName`` and ``Recipient First
    Name`` both read ``recipientfirstname``)."""
    return re.sub(r"[^0-9a-z]+", "", fold_accents(text).lower())


def _bare_keys(path: str) -> tuple[str, str]:
    """The bare last key of a path, and the bare whole path (a CSV header may hold dots:
    ``Q3. Which condition are you seeking care for?``)."""
    path = _INDEX.sub("", path).rsplit("?", 1)[-1]
    return _bare(path.rsplit(".", 1)[-1]), _bare(path)


def header_echoes(paths: tuple[str, ...], hints: np.ndarray, text: pa.Array) -> np.ndarray:
    """Per value: True when it spells its own field's name, a header row read as data.

    A Qualtrics CSV has three header rows and a reader takes the first for the header, so
    the second (``RecipientFirstName`` = "Recipient First Name") is the first record; CSVs
    appended to each other repeat their header ("First Name" under ``First Name``). Such a
    value names the column, it is not a person's: nothing to report. One comparison per
    candidate value, only in the fields this detector reads.
    """
    distinct, inverse = np.unique(hints, return_inverse=True)
    keys = [_bare_keys(paths[h]) for h in distinct.tolist()]
    at = pa.array(inverse.ravel(), type=pa.int64())
    bare = pc.replace_substring_regex(pc.utf8_lower(text), pattern="[^0-9a-z]+", replacement="")
    bare = bare.cast(pa.large_string())
    echo = np.zeros(len(hints), dtype=bool)
    for which in (0, 1):
        own = pa.array([k[which] for k in keys], type=pa.large_string()).take(at)
        echo |= pc.equal(bare, own).to_numpy(zero_copy_only=False)
    # a value with no Latin letter or digit (王秀英 under 姓名) reads as "" like its header:
    # that is no echo, only two texts this comparison cannot see
    return echo & (pc.utf8_length(bare).to_numpy(zero_copy_only=False) > 0)


Validator = Callable[[pa.Array], np.ndarray]

#: entity -> shape check of a whole value in a field that implies it. IP_ADDRESS is left to
#: the ``network`` detector, ONLINE_ID and by-field HASHED_ID to ``online_ids``.
VALIDATORS: dict[str, Validator] = {
    "NAME": _names,
    "EMAIL": _emails,
    "PHONE": _phones,
    "FAX": _phones,
    "DATE": _dates,
    "ZIP_CODE": _zips,
    "LOCATION": _locations,
    "SSN": _ids,
    "MRN": _ids,
    "HEALTH_PLAN_ID": _plan_ids,
    "ACCOUNT_NUMBER": _ids,
    "LICENSE_NUMBER": _ids,
    "VEHICLE_ID": _ids,
    "DEVICE_ID": _device_ids,
    "OTHER_ID": _other_ids,
}
#: Entities whose 32/40/64-hex values are hashes of a direct identifier (reported as
#: HASHED_ID). Device and record ids are left out: hex is simply how many of them look.
#: IP addresses are in: conversion APIs take them hashed (Reddit's ``user.ip_address``),
#: and no IP address is written in hex digits alone.
HASHABLE = (frozenset(VALIDATORS) | {"IP_ADDRESS"}) - {"VEHICLE_ID", "DEVICE_ID", "OTHER_ID"}


def entity_mask(profiles: tuple[FieldProfile, ...], entities: frozenset[str]) -> np.ndarray:
    """Per hint path: True when its profile implies one of ``entities`` (system fields never)."""
    return np.fromiter(
        (p.entity in entities and not p.system and not p.free_text for p in profiles),
        dtype=bool,
        count=len(profiles),
    )


#: Entity codes inside the detector (indices into this tuple): the validated entities, then
#: HASHED_ID for digests and LOCATION for foreign postal codes (and other location data) in
#: ZIP fields.
_CODES: tuple[str, ...] = (*VALIDATORS, "HASHED_ID", "LOCATION")
_HASHED, _OTHER_LOCATION = len(VALIDATORS), len(VALIDATORS) + 1
#: Codes whose shape check a column's own header text can pass (:func:`header_echoes`).
_WORDY = np.array([_CODES.index("NAME"), _CODES.index("LOCATION")])


def make_spans(
    vals: WholeValues, code: np.ndarray, scores: np.ndarray, names: tuple[str, ...]
) -> list[Span]:
    """Whole-value spans of the cells whose ``code`` (index into ``names``) is not -1."""
    hits = np.flatnonzero(code >= 0)
    return spans_from_columns(
        vals.cells[hits].tolist(),
        vals.start[hits].tolist(),
        vals.end[hits].tolist(),
        np.asarray(names, dtype=object)[code[hits]].tolist(),
        scores[hits].tolist(),
        repeat("field_name", len(hits)),
    )


class FieldNameDetector:
    """Whole values of fields whose name implies an identifier, shape-checked."""

    name = "field_name"
    entities = frozenset(VALIDATORS) | {"HASHED_ID"}

    def detect(self, ctx: ScanContext) -> list[Span]:
        profiles = ctx.profiles
        wanted = entity_mask(profiles, frozenset(VALIDATORS))
        if len(ctx.cells) == 0 or not wanted.any():
            return list(_other_cards(ctx))
        hint = ctx.cells.hint_id
        vals = whole_values(ctx, np.flatnonzero(wanted[hint]))
        hints = hint[vals.cells]
        # Per hint path: entity code, hashable flag and score; then per cell by indexing.
        hint_code = np.array(
            [_CODES.index(p.entity) if w else -1 for p, w in zip(profiles, wanted, strict=True)]
        )
        hashable = np.array([p.entity in HASHABLE for p in profiles], dtype=bool)
        scores = np.array([p.score for p in profiles], dtype=np.float64)[hints]
        wanted_code = hint_code[hints]
        code = np.full(len(hints), -1, dtype=np.int64)
        usable = vals.usable.copy()
        # a header text passes only the word-shaped checks (a name, a place): look there
        wordy = np.flatnonzero(usable & np.isin(hint_code[hints], _WORDY))
        if len(wordy):
            sub = vals.text.take(pa.array(wordy, type=pa.int64()))
            usable[wordy[header_echoes(ctx.cells.paths, hints[wordy], sub)]] = False
        hashed = usable & hashable[hints] & matches(vals.text, HEX_HASH)
        code[hashed] = _HASHED
        todo = usable & ~hashed
        for k in np.unique(wanted_code[todo]).tolist():
            sel = np.flatnonzero(todo & (wanted_code == k))
            sub = vals.text.take(pa.array(sel, type=pa.int64()))
            ok = VALIDATORS[_CODES[k]](sub)
            code[sel[ok]] = k
            if _CODES[k] == "ZIP_CODE" and not ok.all():  # a foreign postal code, an address
                rest = ~ok
                code[sel[rest][_other_locations(sub.filter(pa.array(rest)))]] = _OTHER_LOCATION
            if _CODES[k] == "HEALTH_PLAN_ID" and not ok.all():  # "Member": "HOLLOWAY, JAMES"
                rest = ~ok
                named = _role_column_names(
                    ctx.cells.paths, hints[sel[rest]], sub.filter(pa.array(rest))
                )
                code[sel[rest][named]] = _NAME_CODE
            if _CODES[k] == "NAME" and ok.any():  # "Candidate": "Hired" is a status
                single = _one_word_under_bare_header(ctx.cells.paths, hints[sel], sub)
                single |= _no_given_name_under_lexicon_header(ctx.cells.paths, hints[sel], sub)
                code[sel[ok & single]] = -1
        _read_salesforce_ids(vals, code, np.where(usable, wanted_code, -1))
        _drop_company_senders(ctx, vals, code)
        return make_spans(vals, code, scores, _CODES) + list(_other_cards(ctx))


#: What a payment-card column holds when it holds no full number: a mask
#: (``XXXXXXXXXXXX5454``, ``**** 4242``, ``•••• 1111``) or words (``Visa ending 4242``).
_CARD_MASK = r"[*•#]|[Xx]{3}|[a-z]{2}"
#: The least a card number that is no payment card's has: eight letters and digits, five
#: of them digits (``600412887345``, a campus card's ``6009231048812``, a medical
#: programme's ``PAAA-KX4T-9921``), more than a brand and a last four (``VISA 4242``).
_OTHER_CARD_ALNUM = 8
_OTHER_CARD_DIGITS = r"(?:[0-9][^0-9]*){5}"
_OTHER_CARD_SCORE = 0.8


def _other_cards(ctx: ScanContext) -> Iterator[Span]:
    """OTHER_ID: the whole value of a payment-card column (``Card Number``, ``card_number``)
    that is no payment card's number, a loyalty, campus, transit or programme card's.

    The financial family reports a card column's value only when it passes the issuer and
    Luhn checks (:func:`detectors.checksums.payment_card_valid`), so any other card's
    number in such a column was reported by no one: a loyalty export's ``Card Number``,
    a rec centre's card swipe, a dispensary's bare ``card_number``. Each is the one number
    of one cardholder, Safe Harbor's "any other unique identifying number". A masked or
    partial card (``XXXXXXXXXXXX5454``, a last four) is not: it is what a payment export
    writes in place of the card, and it identifies no one.
    """
    wanted = entity_mask(ctx.profiles, frozenset({"CREDIT_CARD"}))
    if len(ctx.cells) == 0 or not wanted.any():
        return
    vals = whole_values(ctx, np.flatnonzero(wanted[ctx.cells.hint_id]))
    alnum = pc.replace_substring_regex(vals.text, pattern="[^A-Za-z0-9]+", replacement="")
    ok = vals.usable & _other_ids(vals.text) & ~matches(vals.text, _CARD_MASK)
    ok &= (lengths(alnum) >= _OTHER_CARD_ALNUM) & matches(alnum, _OTHER_CARD_DIGITS)
    for j in np.flatnonzero(ok).tolist():
        digits = alnum[j].as_py()
        ok[j] = not (digits.isdigit() and payment_card_valid(digits))
    yield from vals.spans(ok, "OTHER_ID", _OTHER_CARD_SCORE)


#: Bare role columns that the rules read as a member id (``Member``, ``Subscriber #``): a
#: care-gap or eligibility list heads the member's name so as often as their number.
_ROLE_COLUMN_KEYS = frozenset({("member",), ("members",), ("subscriber",)})


def _role_column_names(paths: tuple[str, ...], hints: np.ndarray, values: pa.Array) -> np.ndarray:
    """Per value that failed the id check in a bare ``Member`` / ``Subscriber`` column: True
    when it is a person's name instead, two to four words (``HOLLOWAY, JAMES``, ``Rosa M
    Garcia``) that do not end in an organisation's word. One word (``Active``, ``Gold``) is
    a status or a tier, never taken."""
    if len(values) == 0:
        return np.zeros(0, dtype=bool)
    per_path = np.fromiter(
        (bool(keys) and keys[-1] in _ROLE_COLUMN_KEYS for keys in map(key_tokens, paths)),
        dtype=bool,
        count=len(paths),
    )
    role = per_path[hints]
    if not role.any():
        return role
    several = matches(values, r"\pL[,\s]+\pL")
    return role & several & _names(values) & ~organisation_names(values)


def _one_word_under_bare_header(
    paths: tuple[str, ...], hints: np.ndarray, values: pa.Array
) -> np.ndarray:
    """Per name-shaped value: True when it is one word in a bare person column
    (:data:`BARE_PERSON_HEADERS`). Those columns head a person's whole name (``Candidate``:
    "Okafor, Grace", ``Resident``: "Ruth A. Levine"); one word there is the row's status, a
    place or a kind (``Candidate``: "Hired", ``Resident``: "Ohio", ``Employee``:
    "Full-time"), so it is not taken, as a bare ``Member`` column's one word is not."""
    per_path = np.fromiter(
        (
            len(keys) == 1 and keys[0] in BARE_PERSON_HEADERS
            for keys in (_column_keys(key_tokens(p)) for p in paths)
        ),
        dtype=bool,
        count=len(paths),
    )
    bare = per_path[hints]
    if not bare.any():
        return bare
    # a capital initial with its period is a word of its own ("J. Whitlow" under
    # ``Counselor``); "St. Louis" under ``Resident`` is still one place
    return bare & ~matches(values, r"\pL[,\s]+\pL|(?:^|[\s,])\p{Lu}\.\s*\pL")


#: Bare columns whose words are a method or a flag as often as a person ("Phone Call",
#: "Text Message", "Do Not Contact"): a value there is a name only with a known given name.
#: A bare ``Payee`` holds a business as often as a person (an accounts-payable export),
#: and an event host under a bare ``Organizer`` ("Cancer Support Community") is a group's
#: name as often as a fundraiser's organiser is a person's: a name only with a known
#: given name there too (:data:`BARE_PERSON_HEADERS`).
_LEXICON_HEADERS = frozenset(
    {("contact",), ("payee",), ("organizer",), ("organiser",), ("support", "person"),
     ("care", "partner"), ("captain",), ("coordinator",)}
)  # fmt: skip
#: Words of a key whose value is a name typed as a signature (``Parent Signature``), or a
#: flag or a status as often ("Signed", "On file", "Electronic"), and of a portal proxy's
#: name, a network proxy's as often: a name only with a known given name, as under
#: :data:`_LEXICON_HEADERS`.
_LEXICON_KEY_WORDS = frozenset({"signature", "signer", "signatory", "proxy"})
#: A name part in the key (``Proxy Last Name``): a surname there is a name without a
#: given name in it, read as any name part is.
_NAME_PART_WORDS = frozenset({"first", "last", "given", "family", "middle", "surname"})


def _lexicon_key(keys: tuple[tuple[str, ...], ...]) -> bool:
    """True for a key whose name values need a known given name (see above)."""
    column = _column_keys(keys)
    return bool(keys) and (
        (len(column) == 1 and column[0] in _LEXICON_HEADERS)
        or (not _LEXICON_KEY_WORDS.isdisjoint(keys[-1]) and _NAME_PART_WORDS.isdisjoint(keys[-1]))
    )


def _no_given_name_under_lexicon_header(
    paths: tuple[str, ...], hints: np.ndarray, values: pa.Array
) -> np.ndarray:
    """Per name-shaped value: True when it is in a bare column of
    :data:`_LEXICON_HEADERS` or a signature's or a proxy's key (:data:`_LEXICON_KEY_WORDS`)
    and none of its words is a known given name that is not also a word
    (:func:`detectors.name_lexicon.is_given_name`): ``Contact`` = "Ruth Abernathy" is the
    contact's name, ``Contact`` = "Phone Call" the way to reach them."""
    per_path = np.fromiter(map(_lexicon_key, map(key_tokens, paths)), dtype=bool, count=len(paths))
    out = per_path[hints].copy()
    for j in np.flatnonzero(out).tolist():
        words = str(values[j].as_py()).replace(",", " ").split()
        out[j] = not any(is_given_name(w, ambiguous_ok=False) for w in words)
    return out


#: Codes whose values may be a Salesforce lookup instead (:mod:`detectors.record_ids`).
_RECORD_ID_CODES = np.array(
    [_CODES.index(e) for e in ("OTHER_ID", "HEALTH_PLAN_ID", "MRN", "ACCOUNT_NUMBER")]
)
_OTHER_ID = _CODES.index("OTHER_ID")
_NAME_CODE = _CODES.index("NAME")
_EMAIL_CODE = _CODES.index("EMAIL")


def _read_salesforce_ids(vals: WholeValues, code: np.ndarray, wanted: np.ndarray) -> None:
    """Re-read identifier values that are checksummed Salesforce ids: OTHER_ID for a
    person's object, nothing for any other object's (``MemberPlan.MemberId``, a call
    report's ``Id``). A field named for a person that holds such an id instead of a name
    (Health Cloud's ``Patient__c`` lookup, ``wanted`` NAME) is read the same way. Only
    18-character values are looked at."""
    lookups = (wanted == _NAME_CODE) & (code < 0)
    coded = np.flatnonzero(np.isin(code, _RECORD_ID_CODES) | lookups)
    if not len(coded):
        return
    texts = vals.text.take(pa.array(coded, type=pa.int64()))
    long18 = lengths(texts) == 18
    candidates = texts.filter(pa.array(long18)).to_pylist()
    for j, text in zip(coded[long18].tolist(), candidates, strict=True):
        kind = salesforce_lookup(text)
        if kind == PERSON:
            code[j] = _OTHER_ID
        elif kind == RECORD:
            code[j] = -1


def _drop_company_senders(ctx: ScanContext, vals: WholeValues, code: np.ndarray) -> None:
    """Unset the EMAIL and PHONE codes of the company's own sender (``FromEmail`` holding
    ``news@…``, ``from_phone_number`` or a ``dnis`` a toll-free line) and of a CRM's
    logging dropbox in any field (Pipedrive's ``cc_email``): see :mod:`detectors.senders`."""
    emails = np.flatnonzero(code == _EMAIL_CODE)
    if len(emails):  # a CRM's logging dropbox, in any field
        texts = vals.text.take(pa.array(emails, type=pa.int64()))
        code[emails[matches(texts, CRM_DROPBOX_RE2)]] = -1
    paths = ctx.cells.paths
    lines = np.fromiter(map(business_line_field, paths), dtype=bool, count=len(paths))
    parties = lines | np.fromiter(map(mailbox_party_field, paths), dtype=bool, count=len(paths))
    if not parties.any():
        return
    hint = ctx.cells.hint_id[vals.cells]
    for j in np.flatnonzero(parties[hint] & (code >= 0)).tolist():
        entity = _CODES[code[j]]
        value = vals.text[j].as_py()
        if (entity == "EMAIL" and role_mailbox(value)) or (
            entity in {"PHONE", "FAX"} and lines[hint[j]] and business_number(value)
        ):
            code[j] = -1


@register("field_name")
def _factory(config: EngineConfig) -> FieldNameDetector:
    return FieldNameDetector()
