"""What SMS and email marketing platforms' exports say about whose a key is.

Attentive-, Postscript-, Klaviyo-, SimpleTexting-like tools export subscribers, message
logs, inbound replies, journey events and segment memberships, each keyed by the
platform's own number of the person:

* a ``subscriber_id`` (Postscript's ``sub_…``, Attentive's ``Subscriber ID``) beside a
  message, a keyword, a journey, a campaign or a segment is the platform's key of one
  subscriber (OTHER_ID, as Marketing Cloud's ``SubscriberKey`` is), not a health plan's
  subscriber, which the field-name rules read a ``Subscriber ID`` as everywhere else (an
  eligibility file's, a claim's). An object that also holds a payer's, a plan's or a
  claim's words stays an insurance record (:func:`subscriber_keys`);
* a JSON:API resource whose ``attributes`` hold a person's name and contact details
  (Klaviyo's ``profile``: ``{"type": "profile", "id": "01HF…", "attributes": {"email",
  "first_name", …}}``) is a person, and its top-level ``id`` is that person's key in the
  platform (OTHER_ID). A bare top-level ``id`` stays a machine field everywhere else (an
  event's, an order's), and so does an event resource's, whose attributes hold no person
  (:func:`json_api_person_ids`).

* a conversation platform's participant (Twilio Conversations' participant resource: a
  ``messaging_binding`` with the person's number) carries the app's own ``attributes``
  about that participant, a JSON string whose ``name`` is the participant's own
  (:func:`participant_attribute_names`); a bare ``attributes.name`` elsewhere is a
  product's or an event's as often, and is left alone.

Pure functions over a chunk's distinct paths, asked once per chunk by
:func:`detectors.chunk_profiles.profile_paths`. No per-cell work.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.field_names import key_tokens

#: Last keys of a marketing platform's subscriber number.
SUBSCRIBER_ID_KEYS = frozenset(
    {("subscriber", "id"), ("subscriberid",), ("subscriber", "uuid"), ("subscriber", "number")}
)
#: Words of keys only a messaging or marketing platform's records hold beside a
#: subscriber: the message and its body, an SMS keyword, the journey, flow, campaign or
#: segment it belongs to, the opt-in or opt-out, the link clicked.
MESSAGING_WORDS = frozenset(
    {"message", "messages", "body", "sms", "mms", "keyword", "journey", "flow", "campaign",
     "segment", "optin", "opt", "unsubscribed", "subscribed", "shortcode", "short", "link",
     "clicked", "template", "direction"}
)  # fmt: skip
#: Words of keys that make a subscriber an insured's: a payer, a plan, a group, a claim,
#: the coverage and the relationship to the subscriber (an eligibility or a claim file).
INSURANCE_WORDS = frozenset(
    {"payer", "payor", "plan", "group", "grp", "insured", "insurance", "coverage", "policy",
     "relationship", "member", "medicare", "medicaid", "eligibility", "dependent",
     "dependents", "benefit", "benefits", "claim", "claims", "copay", "deductible", "premium",
     "employer", "cob", "ssn"}
)  # fmt: skip


def _siblings(keys: Sequence[tuple[tuple[str, ...], ...]], parent: tuple) -> list[tuple]:
    """The last keys of the paths directly under ``parent`` (the same object)."""
    return [k[-1] for k in keys if k and k[:-1] == parent]


def subscriber_keys(paths: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, "OTHER_ID")`` of a subscriber id (:data:`SUBSCRIBER_ID_KEYS`) whose object
    holds a messaging platform's key (:data:`MESSAGING_WORDS`) and no insurance word
    (:data:`INSURANCE_WORDS`) in any of the chunk's keys."""
    keys = [key_tokens(p) for p in paths]
    words = {t for k in keys for key in k for t in key}
    if words & INSURANCE_WORDS:
        return []
    found = []
    for i, k in enumerate(keys):
        if not k or k[-1] not in SUBSCRIBER_ID_KEYS:
            continue
        others = {t for key in _siblings(keys, k[:-1]) if key != k[-1] for t in key}
        if others & MESSAGING_WORDS:
            found.append((i, "OTHER_ID"))
    return found


#: A person's name parts and contact keys as a JSON:API resource's attributes name them.
_NAME_KEYS = frozenset({("first", "name"), ("last", "name"), ("firstname",), ("lastname",)})
_CONTACT_KEYS = frozenset(
    {("email",), ("phone", "number"), ("phone",), ("email", "address"), ("phonenumber",)}
)


def json_api_person_ids(paths: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, "OTHER_ID")`` of the top-level ``id`` of a JSON:API resource (a top-level
    ``type`` and ``attributes``) whose attributes hold a person's name part and an email
    or a phone: the platform's key of the person the resource is."""
    keys = [key_tokens(p) for p in paths]
    tops = {k[0] for k in keys if len(k) == 1}
    attributes = set(_siblings(keys, (("attributes",),)))
    if not (("id",) in tops and ("type",) in tops):
        return []
    if not (attributes & _NAME_KEYS and attributes & _CONTACT_KEYS):
        return []
    return [(i, "OTHER_ID") for i, k in enumerate(keys) if k == (("id",),)]


#: A conversation participant's channel binding (Twilio Conversations' ``messaging_binding``
#: with the participant's ``address``): the object that makes a resource a participant.
_BINDING_KEYS = frozenset({("messaging", "binding"), ("messagingbinding",)})
#: Name keys of a participant's attributes.
_ATTRIBUTE_NAME_KEYS = frozenset(
    {("name",), ("full", "name"), ("fullname",), ("display", "name"), ("customer", "name")}
)


def participant_attribute_names(paths: Sequence[str]) -> list[tuple[int, str]]:
    """``(index, "NAME")`` of a top-level ``attributes.name`` (its JSON string's leaf) in a
    chunk of conversation participants (a top-level ``messaging_binding`` object)."""
    keys = [key_tokens(p) for p in paths]
    if not any(len(k) > 1 and k[0] in _BINDING_KEYS for k in keys):
        return []
    return [
        (i, "NAME")
        for i, k in enumerate(keys)
        if len(k) == 2 and k[0] == ("attributes",) and k[1] in _ATTRIBUTE_NAME_KEYS
    ]
