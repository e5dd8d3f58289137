"""The company's own sender on a send record (or its own help line): no person's number.

Email and SMS platforms export, beside the recipient, who the message came from:
Marketing Cloud's ``FromEmail`` on a job, Braze's ``from_phone_number`` on an SMS
delivery, Iterable's ``fromPhoneNumber``, a ``reply_to`` on a campaign. Those are the
health system's mailbox and its SMS line, and reporting them turns a send summary with a
health campaign name into a "PHI record" with no person in it.

The field alone cannot decide: a helpdesk's ``from_email`` on an inbound ticket, or a
Twilio log's ``From`` on an inbound text, is the patient. So a value in a sender field is
let go only when it could not be a person's as well:

* an email address whose mailbox is a role (RFC 2142's ``info``, ``postmaster``; the
  ``news``, ``noreply``, ``reminders`` of mailing platforms);
* a North American toll-free number (8XX) or an SMS short code (5-6 digits): lines a
  business rents, never a person's own phone.

Each check runs only on the few candidates in sender fields, found once per distinct path.

A role mailbox is let go in a message's *recipient* fields too (``to``, ``ToAddress``,
``cc_emails``, Graph's ``toRecipients[0].emailAddress.address``, a Gmail ``To`` header
pair): on an inbound ticket or email the patient wrote to the organisation's
``support@`` or ``intake@``. A recipient's number is not let go: a toll-free line in
``to_phone_number`` was reported until the thirteenth round of probes. A call's or a
text's dialled number (a contact centre's ``DNIS``, Twilio's ``Called`` and ``To``, an SMS
log's ``to_phone_number``) is the patient's on an outbound call and the organisation's on
an inbound one, and the field does not say which, so a number there is kept; but a
toll-free line or a short code is no person's whichever way the call went, so it is let go
there as in a sender's field (:func:`business_line_field`). Four probes in three rounds
(device resupply, support tickets, calls, nurse lines) had found those lines reported.
"""

from __future__ import annotations

import functools
import re

from detectors.key_words import split_humps

#: Last-key phrases (tokens joined by ``_``) of a message's sender; the key must end with
#: one (``FromEmail``, ``from_phone_number``, ``ReplyToAddress``).
SENDER_PHRASES: tuple[str, ...] = (
    "from_email", "from_address", "from_email_address", "from_mail", "sender_email",
    "sender_address", "sender_email_address", "reply_to", "reply_to_email",
    "reply_to_address", "reply_to_email_address", "from_phone", "from_phone_number",
    "from_number", "sender_phone", "sender_phone_number", "sender_number", "short_code",
    "from_sms_sender_id",
    # a message log's bare ``From`` / ``Sender`` column (Twilio, mail logs): the patient's
    # on an inbound message, kept; the company's line or mailbox on an outbound one
    "from", "sender",
    # a fax or mail log's ``Sent By`` (eFax's outbound log): the practice's mailbox or user
    "sent_by",
    # a work order's requester (a translation job's or an interpreter request's
    # ``requested_by``): a care team's mailbox, let go only as a role mailbox
    "requested_by", "requested_by_email", "requester_email",
    # a payment processor's activity report names both sides of each payment, and the
    # payee of a payment received is the store's own account (PayPal's ``To Email
    # Address``): let go only as a role mailbox (``payments@``), as a sender's is
    "to_email_address", "payee_email", "payee_email_address",
    # a conversation platform's number that relays a participant's texts (Twilio
    # Conversations' ``messaging_binding.proxy_address``, Proxy's ``proxy_identifier``):
    # the business's line the participant writes to, as a sender's is
    "proxy_address", "proxy_number", "proxy_phone", "proxy_phone_number", "proxy_identifier",
)  # fmt: skip
#: Last-key phrases of a programme's or a brand's own lines in its configuration and
#: boilerplate (a co-pay programme's ``help_desk_phone``, a hub's ``supportFax``): let go,
#: like a sender's, only when toll-free; and never what makes a record a person's contact
#: card (:mod:`detectors.person_records`), whatever the number.
HELP_LINE_PHRASES: tuple[str, ...] = (
    "help_desk_phone", "helpdesk_phone", "help_desk_number", "help_desk_fax", "support_phone",
    "support_phone_number", "support_number", "support_fax", "hotline", "hotline_number",
    "program_phone", "program_phone_number", "program_fax", "customer_service_phone",
    "customer_service_number", "customer_care_phone",
    # a store's own line on its orders and SMS logs (a texting tool's ``shop_phone``)
    "shop_phone", "shop_phone_number", "store_phone", "store_phone_number",
    # a health plan's own lines printed on every member's card, as e-check-in and card
    # scans capture them (``payer_phone``, ``member_services_phone``)
    "payer_phone", "payer_phone_number", "insurer_phone", "insurance_phone", "plan_phone",
    "member_services_phone", "member_services_number", "provider_services_phone",
    # the card's back as OCR fields name its lines (``pharmacist_help_desk``,
    # ``member_services``: "Member Services: 1-800-…")
    "help_desk", "member_services", "provider_services", "customer_service",
)  # fmt: skip
#: Last-key phrases of the number a call or a text was made to (a contact centre's
#: ``dnis``, Twilio's ``Called`` and ``To``, a dialer's ``dialed_number``, an SMS log's
#: ``to_phone_number``): a toll-free line or a short code there is the organisation's.
DIALLED_PHRASES: tuple[str, ...] = (
    "dnis", "dialed_number", "dialled_number", "called", "called_number", "to", "to_number",
    "to_phone", "to_phone_number", "recipient_phone", "recipient_number",
    "recipient_phone_number",
)  # fmt: skip
#: A bare ``phone`` or ``number`` under a call's ``to`` (Zendesk's voice ticket
#: ``via.source.to.phone``).
DIALLED_PARENTS = frozenset({("to",), ("recipient",), ("called",)})
#: A bare ``email``, ``address``, ``number`` under ``from``, ``sender`` or ``reply_to``.
SENDER_PARENTS = frozenset({("from",), ("sender",), ("reply", "to")})
SENDER_LEAVES = frozenset({("email",), ("address",), ("phone",), ("number",), ("phone", "number")})

#: Mailboxes that name a function, not a person (lower case, before any ``+tag``).
ROLE_MAILBOXES = frozenset(
    {"news", "newsletter", "newsletters", "info", "information", "noreply", "no-reply",
     "no_reply", "donotreply", "do-not-reply", "do_not_reply", "marketing", "hello",
     "support", "updates", "update", "notifications", "notify", "alerts", "reminders",
     "reminder", "appointments", "scheduling", "team", "contact", "contactus",
     "communications", "comms", "mail", "email", "mailer", "bounce", "bounces", "postmaster",
     "webmaster", "abuse", "admin", "billing", "care", "wellness", "events", "offers",
     "promotions", "digest", "community", "feedback", "help", "service", "customerservice",
     "patientservices",
     # a store's and a pharmacy's own mailboxes on orders, payments and receipts
     "payments", "payment", "orders", "order", "sales", "shop", "store", "pharmacy", "rx",
     "receipts", "invoices", "accounts", "accounting",
     # help-desk and front-office mailboxes of a health system (tickets, referrals, DSNs)
     "patientcare", "patient-care", "patient.care", "intake", "referrals", "referral",
     "records", "medicalrecords", "medical-records", "refills",
     "helpdesk", "help-desk", "frontdesk", "front-desk", "mailer-daemon", "mailerdaemon",
     "mail-daemon", "postoffice", "inbox",
     # lead sellers' and law firms' intake mailboxes on a new-lead notice ("New Lead: …")
     "leads", "newleads",
     # a hospital's and an ACO's care-coordination mailboxes, Direct secure-messaging
     # addresses above all (``transitions@direct.…``): a team's, never a patient's
     "transitions", "caretransitions", "care-transitions", "carecoordination",
     "care-coordination", "care.coordination", "casemanagement", "case-management",
     "caremanagement", "care-management",
     # a practice's care team as one mailbox (an ABA or therapy practice's parent portal
     # sends to ``care-team@…``): the team's, as ``team@`` is
     "careteam", "care-team", "care.team", "care_team",
     # an answering service's, a paging gateway's and a switchboard's own mailboxes on an
     # email-to-page message (``answering.service@…`` sending to a clinician's pager)
     "answering.service", "answeringservice", "answering-service", "answering_service",
     "paging", "pager", "oncall", "on-call", "on.call", "operator", "switchboard",
     # a language services office's and a translation desk's own mailboxes
     "interpreters", "interpreter", "interpreting", "interpreterservices",
     "interpreter.services", "interpreter-services", "languageservices",
     "language.services", "language-services", "languageaccess", "language.access",
     "language-access", "translations", "translation", "translationservices",
     # a collection agency's and a patient-financial office's mailboxes that consumers
     # write to with disputes and hardship requests (``disputes@…``, ``collections@…``)
     "disputes", "dispute", "collections", "patientaccounts", "patient.accounts",
     "financialassistance", "financial.assistance", "charitycare",
     # an employer's or an absence administrator's leave, accommodation and HR service
     # mailboxes that employees write to about their leave (``leave@…``, ``loa@…``)
     "leave", "leaves", "loa", "absence", "absences", "leaveadmin", "leave.admin",
     "leave-admin", "accommodations", "accommodation", "hr", "hrservices", "hr.services",
     "hr-services", "benefits",
     # a privacy office's and a data protection officer's mailboxes, where consumers send
     # their privacy-rights requests and that consent receipts print as the controller's
     "privacy", "privacyoffice", "privacy.office", "privacy-office", "privacy_office",
     "dpo", "dataprotection", "data.protection", "data-protection"}
)  # fmt: skip
#: Last-key phrases of a message's recipients (``ToAddress``, Freshdesk's ``to_emails``,
#: ``cc_emails``, ServiceNow's ``recipients``, Gorgias' ``receiver``), and of the help
#: desk's own inbound address (Freshdesk's ``support_email``): a role mailbox there is the
#: organisation's.
RECIPIENT_PHRASES: tuple[str, ...] = (
    "to", "to_address", "to_addresses", "to_email", "to_emails", "to_email_address", "cc",
    "cc_address", "cc_addresses", "cc_email", "cc_emails", "bcc", "bcc_address", "bcc_emails",
    "recipient", "recipients", "recipient_email", "recipient_address", "receiver",
    "receiver_email", "delivered_to", "original_recipient", "support_email",
    "support_email_address", "help_desk_email", "helpdesk_email",
    # a vendor's or a programme's help desk as a benefits catalog or a vendor list names it
    # (``vendor_support``, ``member_support``, a bare ``support``): a role mailbox there is
    # the vendor's, as a help desk's own inbound address is
    "support",
    # a Direct secure-messaging address on either end (``sender_direct_address``,
    # ``recipient_direct_address``, a HISP directory's ``direct_address``): always a
    # provider's endpoint, never a patient's, so a role mailbox there (``intake@direct.…``,
    # ``transitions@direct.…``) is the organisation's; a clinician's own is still reported
    "direct_address",
    # an agency's or a practice's settings naming where a monitoring vendor sends its
    # alerts and notices (``alertEmail`` = "alerts@…", ``notification_email``): a role
    # mailbox there is the organisation's
    "alert_email", "alerts_email", "notification_email", "notifications_email",
)  # fmt: skip
#: Parents of a message party whose ``address`` / ``email`` / ``handle`` leaf (or a mail
#: header pair's ``value``) holds the mailbox: Zendesk's ``via.source.to.address``, Graph's
#: ``toRecipients[0].emailAddress.address``, Front's ``recipients[0].handle``.
RECIPIENT_PARENTS = frozenset(
    {("to",), ("cc",), ("bcc",), ("recipient",), ("recipients",), ("receiver",),
     ("to", "recipients"), ("cc", "recipients"), ("bcc", "recipients"), ("delivered", "to")}
)  # fmt: skip
_EMAIL_LEAVES = frozenset({("email",), ("address",), ("email", "address"), ("handle",)})
#: A wrapper between a party and its address (Graph's ``from.emailAddress.address``).
_ADDRESS_WRAPPERS = frozenset({("email", "address"), ("mailbox",)})
#: The value leaf of a mail header pair (Gmail's ``payload.headers`` read as ``From.value``).
_VALUE_LEAF = ("value",)
#: NANP toll-free area codes.
TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_DIGITS = re.compile(r"\D+")
_INDEX = re.compile(r"\[\d+\]")
_WORD = re.compile(r"[a-z0-9]+")


def _last_keys(path: str, n: int = 2) -> tuple[tuple[str, ...], ...]:
    """Tokens of the last ``n`` keys of a path (``reply_to.email`` -> ``(("reply", "to"),
    ("email",))``). Its own small reading, not :func:`detectors.field_names.key_tokens`:
    the field-name detector itself asks this module, so it cannot import from it."""
    keys = [k for k in _INDEX.sub("", path).split(".") if k][-n:]
    return tuple(tuple(_WORD.findall(split_humps(k).lower())) for k in keys)


def _last_key(keys: tuple[tuple[str, ...], ...]) -> str:
    """The last key's tokens joined by ``_`` (empty when there is none)."""
    return "_".join(keys[-1]) if keys else ""


def _ends_in(key: str, phrases: tuple[str, ...]) -> bool:
    """True when ``key`` is one of ``phrases`` or ends in ``_`` and one of them."""
    return bool(key) and any(key == p or key.endswith("_" + p) for p in phrases)


@functools.lru_cache(maxsize=16384)
def sender_field(path: str) -> bool:
    """True when a hint path names a message's sender (cached per distinct path)."""
    keys = _last_keys(path)
    if _ends_in(_last_key(keys), SENDER_PHRASES) or help_line_field(path):
        return True
    return len(keys) > 1 and keys[-1] in SENDER_LEAVES and keys[-2] in SENDER_PARENTS


def _party_keys(path: str) -> tuple[tuple[str, ...], ...]:
    """The last keys of a party's address with a header pair's ``value`` leaf and an
    address wrapper dropped: ``payload.headers.From.value`` -> ``(..., ("from",))``,
    ``from.emailAddress.address`` -> ``(("from",), ("address",))``."""
    keys = _last_keys(path, 4)
    if len(keys) > 1 and keys[-1] == _VALUE_LEAF:
        keys = keys[:-1]
    if len(keys) > 2 and keys[-2] in _ADDRESS_WRAPPERS:
        keys = keys[:-2] + keys[-1:]
    return keys


@functools.lru_cache(maxsize=16384)
def mailbox_party_field(path: str) -> bool:
    """True when a hint path names a message's sender or recipient mailbox, where a role
    mailbox is the organisation's (cached per distinct path)."""
    if sender_field(path):
        return True
    keys = _party_keys(path)
    last = _last_key(keys)
    if _ends_in(last, SENDER_PHRASES) or _ends_in(last, RECIPIENT_PHRASES):
        return True
    if len(keys) > 1 and keys[-1] in _EMAIL_LEAVES:
        parent = keys[-2]
        return parent in SENDER_PARENTS or parent in RECIPIENT_PARENTS
    return False


@functools.lru_cache(maxsize=16384)
def business_line_field(path: str) -> bool:
    """True when a hint path names a number where a toll-free line or a short code is the
    organisation's: a sender's, a help line's or a dialled number's (cached per path)."""
    keys = _last_keys(path)
    if sender_field(path) or _ends_in(_last_key(keys), DIALLED_PHRASES):
        return True
    return len(keys) > 1 and keys[-1] in SENDER_LEAVES and keys[-2] in DIALLED_PARENTS


@functools.lru_cache(maxsize=16384)
def help_line_field(path: str) -> bool:
    """True when a hint path names a programme's or a brand's own help line."""
    return _ends_in(_last_key(_last_keys(path)), HELP_LINE_PHRASES)


#: A CRM's own mail dropbox: the address a sales or outreach team copies an email to so that
#: the CRM logs it on the contact (Pipedrive's Smart BCC ``<company>@pipedrivemail.com``,
#: exported as a person's ``cc_email``; HubSpot's ``<portal>@bcc.hubspot.com``;
#: Email-to-Salesforce's ``…@….le.salesforce.com``). The CRM's, never a person's, in any
#: field.
CRM_DROPBOX = re.compile(
    r"@(?:[a-z0-9-]+\.)*(?:pipedrivemail\.com|bcc\.hubspot\.com|le\.salesforce\.com)$",
    re.IGNORECASE,
)
#: :data:`CRM_DROPBOX` for Arrow's RE2 kernels (one vectorized pass over EMAIL values).
CRM_DROPBOX_RE2 = (
    r"(?i)@(?:[a-z0-9-]+\.)*(?:pipedrivemail\.com|bcc\.hubspot\.com|le\.salesforce\.com)$"
)


def crm_dropbox(address: str) -> bool:
    """True when an email address is a CRM's own logging dropbox (:data:`CRM_DROPBOX`)."""
    return CRM_DROPBOX.search(address) is not None


_ANGLE = re.compile(r"<([^<>\s]+@[^<>\s]+)>")


#: A team's coaching staff's list (``coaches@``, ``fbcoaches@``, ``varsity.coaches@``): an
#: athletic trainer's daily injury report goes to it; it is a group's, never a person's.
_COACHES_LIST = re.compile(r"[a-z0-9._-]*coaches")


#: A no-reply mailbox named for the service that sends from it, as departments and
#: vendors name theirs (``genetics-noreply@``, ``mychart.noreply@``, ``noreply-billing@``,
#: ``clinic_donotreply@``): no one can write to it, so it is never a person's. The word
#: must stand apart from the rest of the mailbox (``noreplyjones@`` is not read).
_NO_REPLY = re.compile(r"(?:^|[._-])(?:no[._-]?reply|do[._-]?not[._-]?reply)(?:$|[._-])")


def role_mailbox(address: str) -> bool:
    """True when an email address's mailbox names a function (``news@``, ``noreply@``, a
    service's ``genetics-noreply@``: :data:`_NO_REPLY`) or a team's coaches
    (:data:`_COACHES_LIST`); a ``Display Name <address>`` is judged by its address."""
    m = _ANGLE.search(address)
    if m:
        address = m.group(1)
    local = address.strip().rpartition("@")[0].split("+", 1)[0].lower()
    return (
        local in ROLE_MAILBOXES
        or _COACHES_LIST.fullmatch(local) is not None
        or _NO_REPLY.search(local) is not None
    )


def business_number(text: str) -> bool:
    """True for a North American toll-free number or an SMS short code."""
    digits = _DIGITS.sub("", text)
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) == 10:
        return digits[:3] in TOLL_FREE
    return 5 <= len(digits) <= 6
