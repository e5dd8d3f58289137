"""A function's or an organisation's mailbox card names no person.

Mail and help-desk exports write each party of a message as a small card: Microsoft
Graph's ``{"emailAddress": {"name": "Microsoft Outlook", "address": "postmaster@..."}}``
on a bounce, Zendesk's ``via.source.to = {"name": "Lakeside Support", "address":
"support@..."}``, Front's ``{"handle": "intake@...", "name": "Intake"}``. Two readings of
the card, each dropping what was found on it:

* when every address on the card is a role mailbox (:func:`detectors.senders.role_mailbox`),
  or, on a card with no address, every number a toll-free line or a short code
  (:func:`detectors.senders.business_number`: Zendesk Talk's ``via.source.to = {"phone":
  "+18005550148", "name": "Lakeside Main Line"}``), its name is the function's or the
  line's, never a person's: a NAME there is dropped (found by the contact-card reading of
  :mod:`detectors.person_records`, by an echo, or any detector);
* when the card's name is an organisation's or a listing's
  (:func:`detectors.person_records.listing_name`: "Lakeview Pediatrics", "Lakeside
  Dermatology") and the card is a
  message's sender or recipient (:func:`detectors.senders.mailbox_party_field`), its
  address is the organisation's mailbox (``derm@``), not a person's: an EMAIL there is dropped;
* when the name of any object but a message's party is an organisation's or a listing's,
  its street address,
  ZIP and phone are the organisation's place and line (a booking platform's ``location =
  {"name": "Glow Aesthetics Med Spa", "address": "412 Post Rd E, ..."}``, a directory
  row's ``{"name": "Northside Dermatology", "phone": ...}``): a LOCATION, ZIP_CODE, PHONE
  or FAX among its fields is dropped, and so is an NPI found there (an EVV submission's
  ``provider = {"npi": ..., "name": "Buckeye Home Care Services Inc"}``: the agency's type 2
  NPI, as a billing provider's is), and an EMAIL there that is a role mailbox (an
  interpreter services office's listing: ``{"name": "Lakeside Health Interpreter
  Services", "email": "interpreters@..."}``; a named person's address on the same card
  is still reported). A person's object keeps them: a person's name is never a listing's
  (``Mary Wing`` is not), and a clinician's NPI stays reported.

The card is read on the record (the address and the name are sibling cells of one
object), so this runs after the spans are placed on the real cells, like echoes, and
costs a pass over the chunk's distinct paths, then Python reads only the cells of the
cards that hold a candidate span.
"""

from __future__ import annotations

import re

import numpy as np

from detectors.cells import Cells
from detectors.person_records import listing_name
from detectors.senders import business_number, mailbox_party_field, role_mailbox
from detectors.span_arrays import ENTITY_INDEX, SpanArrays

_NAME = ENTITY_INDEX["NAME"]
_EMAIL = ENTITY_INDEX["EMAIL"]
#: What an organisation's object holds besides its name: its place and its lines.
_PLACES = np.array([ENTITY_INDEX[e] for e in ("LOCATION", "ZIP_CODE", "PHONE", "FAX")])
#: What an NPI is found as (:mod:`detectors.medical_ids`, a field's prior).
_NPI_ENTITIES = np.array([ENTITY_INDEX[e] for e in ("OTHER_ID", "LICENSE_NUMBER")])
#: A value that is nothing but a phone number (digits and the punctuation around them).
_PHONE_ONLY = re.compile(r"\+?[\d\s().-]{5,20}")
#: Last keys of a card's display name.
NAME_KEYS = frozenset({"name", "display_name", "displayname", "displayName", "full_name"})


def _split(path: str) -> tuple[str, str]:
    """``(parent path, last key)`` of a path."""
    parent, _, key = path.rpartition(".")
    return parent, key


def _party_card(path: str) -> bool:
    """True for a field of a message party's object (``from``, ``to``, ``recipients[0]``,
    Graph's ``toRecipients[0].emailAddress``): a card. A record's own top level, or a
    ``contact`` object, is a person's record, whose email may be a small business's
    ``info@`` and still sit beside its owner's name."""
    parent = _split(path)[0]
    return bool(parent) and mailbox_party_field(parent + ".address")


def _role_mailbox_spans(spans: SpanArrays, cells: Cells, candidates: np.ndarray) -> np.ndarray:
    """Per span, True for a ``candidates`` span (EMAILs) whose matched text is a role
    mailbox (``info@``): only the candidates' texts are read."""
    out = np.zeros(len(spans.cell), dtype=bool)
    for row in np.flatnonzero(candidates).tolist():
        text = cells.text[int(spans.cell[row])]
        out[row] = role_mailbox(text[int(spans.start[row]) : int(spans.end[row])])
    return out


def drop_role_cards(spans: SpanArrays, cells: Cells) -> SpanArrays:
    """``spans`` without the NAMEs, EMAILs, places and lines a card shows are no person's
    (module doc)."""
    if len(spans.cell) == 0:
        return spans
    paths = cells.paths
    # each distinct path's (parent, last key), split once for every reading below
    splits = [_split(p) for p in paths]
    parent_of = [parent for parent, _key in splits]
    key_of = [key for _parent, key in splits]
    name_path = np.fromiter((k in NAME_KEYS for k in key_of), bool, len(paths))
    if not name_path.any():
        return spans
    party_path = np.fromiter(map(mailbox_party_field, paths), bool, len(paths))
    party_card = np.fromiter(map(_party_card, paths), bool, len(paths))
    # the second and third readings judge a card by its name: only an object with a name
    # field somewhere in the chunk can be one
    named = {parent_of[i] for i in np.flatnonzero(name_path).tolist()}
    beside_name = np.fromiter((p in named for p in parent_of), bool, len(paths))
    span_paths = cells.path_id[spans.cell]
    names = (spans.entity == _NAME) & name_path[span_paths] & party_card[span_paths]
    emails = (
        (spans.entity == _EMAIL) & party_path[cells.hint_id[spans.cell]] & beside_name[span_paths]
    )
    # a message party's number is read by the first reading and by the senders' rules
    # (an outbound fax's ``from`` is the account's line, an inbound one's a sender's)
    off_card = ~name_path[span_paths] & ~party_card[span_paths] & beside_name[span_paths]
    npi_path = np.fromiter((k.lower() == "npi" for k in key_of), bool, len(paths))
    places = off_card & (
        np.isin(spans.entity, _PLACES)
        | (np.isin(spans.entity, _NPI_ENTITIES) & npi_path[span_paths])
    )
    # an organisation's own role mailbox outside a message party (its listing's ``email``)
    places |= _role_mailbox_spans(spans, cells, off_card & (spans.entity == _EMAIL) & ~emails)
    if not (names.any() or emails.any() or places.any()):
        return spans
    rows = np.flatnonzero(names | emails | places).tolist()
    records = {int(cells.record[spans.cell[row]]) for row in rows}
    parents = {parent_of[cells.path_id[spans.cell[row]]] for row in rows}
    on_card = np.fromiter((p in parents for p in parent_of), bool, len(paths))
    # each card's name and address cells: the cards' fields of the records with a candidate
    # span only (one vectorized selection; Python reads just those cells)
    near = on_card[cells.path_id] & np.isin(cells.record, sorted(records))
    card_names: dict[tuple[int, str], list[str]] = {}
    card_emails: dict[tuple[int, str], list[str]] = {}
    card_phones: dict[tuple[int, str], list[str]] = {}
    for cell in np.flatnonzero(near).tolist():
        parent = parent_of[cells.path_id[cell]]
        key = (int(cells.record[cell]), parent)
        text = cells.text[cell]
        if name_path[cells.path_id[cell]]:
            card_names.setdefault(key, []).append(text)
        elif "@" in text:
            card_emails.setdefault(key, []).append(text)
        elif _PHONE_ONLY.fullmatch(text):
            card_phones.setdefault(key, []).append(text)
    drop = np.zeros(len(spans.cell), dtype=bool)
    for row in rows:
        cell = int(spans.cell[row])
        key = (int(cells.record[cell]), parent_of[cells.path_id[cell]])
        if names[row]:
            card = card_emails.get(key)
            if card:
                drop[row] = all(map(role_mailbox, card))
            else:
                phones = card_phones.get(key)
                drop[row] = bool(phones) and all(map(business_number, phones))
        else:  # an organisation's mailbox (a party's EMAIL) or its place and lines
            card = card_names.get(key)
            drop[row] = bool(card) and any(map(listing_name, card))
    return spans.take(~drop) if drop.any() else spans
