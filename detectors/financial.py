"""CREDIT_CARD and ACCOUNT_NUMBER: payment cards, IBANs, ABA routing and account numbers.

Analytics exports are full of long digit runs that are *not* cards: microsecond event
timestamps (``1700000000123456``), millisecond timestamps, order and transaction numbers.
Cards are therefore accepted only when Luhn passes *and* the issuer prefix fits the length
(a 16-digit run starting with ``1`` is never a card), never in machine fields, and a bare
digit run in an order/transaction/SKU field needs a card word nearby.

Account numbers have no check digit, so they are taken only right after an account word
("acct #", "bank account number:") or as the whole value of an account-number field.
ABA routing numbers carry a checksum, but one random 9-digit number in ten passes it: a
bare one is never reported; the 4-4-1 dashed form scores 0.7 and a routing word makes it
1.0. IBANs are validated by mod 97 and the country's BBAN structure.

One RE2 prefilter (card shapes, IBAN shape, account and routing words) picks the cells
worth a Python regex; cells of account/routing fields are added by their field profile.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.checksums import aba_valid, iban_valid, payment_card_valid
from detectors.config import EngineConfig
from detectors.context import FOREIGN_NEAR_WORDS, FieldProfile, ScanContext, has_context, near_words
from detectors.keyed import CONNECT, LABEL_START, LABEL_START_RE2, whole_or_keyed
from detectors.registry import register
from detectors.spans import Span

_CARD_PREFILTER = (
    r"(?:^|[^0-9.])(?:[2-6][0-9]{12}|1[0-9]{14}(?:[^0-9]|$))"
    r"|(?:^|[^0-9A-Za-z-])[0-9]{4}[ -][0-9]{4,6}[ -][0-9]{4}"
)
_IBAN_PREFILTER = r"\b[A-Z]{2}[0-9]{2}[ -]?[A-Z0-9]{4}[ -]?[A-Z0-9]{4}"
_WORD_PREFILTER = (
    r"(?i:" + LABEL_START_RE2 + r"(?:acct|a/c\b)|account.{0,24}[0-9]|routing|\baba\b|\brtn\b)"
    r"|(?:^|[^0-9A-Za-z-])[0-9]{4}-[0-9]{4}-[0-9](?:[^0-9A-Za-z-]|$)"
)
PREFILTER = "|".join((_CARD_PREFILTER, _IBAN_PREFILTER, _WORD_PREFILTER))

# Cards: a contiguous run, or 4-digit groups with one separator kind, or Amex/Diners 4-6-x.
_CARD = re.compile(
    r"(?<![\w.,$€£-])"
    r"(?:\d{13,19}"
    r"|\d{4}(?P<s>[ -])\d{4}(?P=s)\d{4}(?P=s)\d{1,4}(?:(?P=s)\d{3})?"
    r"|\d{4}(?P<t>[ -])\d{6}(?P=t)\d{4,5})"
    r"(?![\w-]|[.,]\d)"
)
_IBAN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]{4}){2,7}(?:[ -]?[A-Z0-9]{1,4})?"
    r"(?![A-Za-z0-9])"
)
_IBAN_PIECE = re.compile(r"[A-Z0-9]+")
_DIGIT_GROUP = re.compile(r"\d+")
_ABA = re.compile(r"(?<![\w.,$-])(?:\d{9}|\d{4}-\d{4}-\d)(?![\w-]|[.,]\d)")

# Connector words allowed between an account word and its value ("acct no.:", "number is").
_ACCOUNT_VALUE = r"(?P<v>[0-9A-Z](?:[0-9A-Z-]{4,19})[0-9A-Z])(?![\w-]|[.,]\d)"
_ACCOUNT = re.compile(
    LABEL_START + r"(?i:(?:(?:bank|checking|savings|billing|patient|customer|member)[ _-]?)?"
    r"(?:account|acct|a/c)(?:[ _-]?(?:number|num|nbr|no|nr|#))?)"
    r"(?![\w])" + CONNECT + _ACCOUNT_VALUE
)
_ACCOUNT_FIELD_VALUE = re.compile(r"\s*(?P<v>[0-9A-Za-z](?:[0-9A-Za-z-]{4,19})[0-9A-Za-z])\s*")
_DATE_LIKE = re.compile(r"\d{4}-\d{2}-\d{2}|\d{2}-\d{2}-\d{4}")

CARD_WORDS = frozenset(
    {"card", "cc", "ccn", "credit", "debit", "visa", "mastercard", "amex", "discover", "pan"}
)
ROUTING_WORDS = frozenset({"routing", "aba", "rtn", "transit"})
# Someone else's identifier: FOREIGN_NEAR_WORDS near it in the text, or these in the
# field name.
FOREIGN_FIELD_WORDS = FOREIGN_NEAR_WORDS | {
    "item",
    "product",
    "session",
    "event",
    "timestamp",
    "ts",
    "time",
    "campaign",
    "click",
    "code",
}
_ACCOUNT_FIELD_WORDS = frozenset({"account", "acct", "iban"})
#: RADIUS accounting's counters (``Acct-Input-Octets``, ``Acct-Output-Packets``,
#: ``Acct-Input-Gigawords``): "acct" there is accounting, and the digits are traffic.
_TRAFFIC_WORDS = frozenset({"octets", "packets", "gigawords", "bytes"})
_NOT_ACCOUNT_FIELD_WORDS = frozenset({"id", "name", "type", "owner", "status", "manager"})
#: A general-ledger account (a fund list's ``GL Account`` "4010-220-00", a gift export's
#: ``gl_account_code``) is a line of the organisation's own books, no person's account.
_LEDGER_WORDS = frozenset({"gl", "ledger"})
#: An employer's account with a drug-testing administrator, a lab or a clinic (a results
#: export's ``Employer Account``): the business's number, on every employee's row. So is
#: the ordering client's account with a drug-testing or a reference lab (a probation
#: agency's or a clinic's, a result export's ``Lab Account``), on every donor's row.
_EMPLOYER_WORDS = frozenset({"employer", "lab"})

# Machine fields are skipped unless their name is about what this module finds (a field
# classifier may call ``card_number`` a system field; its digits are still a card).
_OWN_FIELD_WORDS = CARD_WORDS | ROUTING_WORDS | _ACCOUNT_FIELD_WORDS | {"bank"}


def _is_account_field(p: FieldProfile) -> bool:
    w = p.words
    if not (w & _ACCOUNT_FIELD_WORDS or w & ROUTING_WORDS) or w & (
        _LEDGER_WORDS | _EMPLOYER_WORDS | _TRAFFIC_WORDS
    ):
        return False
    return not (w & _NOT_ACCOUNT_FIELD_WORDS) or bool(w & {"number", "num", "no", "nbr"})


class FinancialDetector:
    """Payment cards, IBANs, ABA routing numbers and account numbers."""

    name = "financial"
    entities = frozenset({"CREDIT_CARD", "ACCOUNT_NUMBER"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        cards = ctx.enabled("CREDIT_CARD")
        accounts = ctx.enabled("ACCOUNT_NUMBER")
        fields = ctx.field_cells(_is_account_field) if accounts else np.empty(0, np.int64)
        cells = np.union1d(ctx.candidates(PREFILTER), fields)
        field_set = frozenset(fields.tolist())
        for i in cells:
            cell = int(i)
            prof = ctx.profile(cell)
            if prof.system and not prof.words & _OWN_FIELD_WORDS:
                continue
            text = ctx.cells.text[cell]
            if cards:
                yield from self._cards(ctx, cell, text, prof)
            if accounts:
                yield from self._ibans(cell, text)
                yield from self._routing(ctx, cell, text)
                yield from self._accounts(cell, text, cell in field_set)

    @staticmethod
    def _cards(ctx: ScanContext, cell: int, text: str, prof: FieldProfile) -> Iterator[Span]:
        for m, end in _card_runs(text):
            grouped = " " in m.group() or "-" in m.group()
            near = near_words(text, m.start(), end)
            near_card = bool((prof.words | near) & CARD_WORDS)
            if text[m.start()] == "1" and not (grouped or near_card):
                # A UATP card (15 digits starting with 1) only where it is called a card:
                # Facebook object ids are 15-17 digits starting with 1 (a Page's id, a Graph
                # post id ``<page>_<post>``, ``facebook.com/<page id>/posts/...``) and one in
                # ten passes Luhn by chance. A Page id is on every row of a social export; an
                # airline's travel card in a marketing export is rare.
                continue
            foreign = prof.words & FOREIGN_FIELD_WORDS or near & FOREIGN_NEAR_WORDS
            if foreign and not (grouped or near_card):
                continue
            score = 1.0 if grouped or near_card else 0.9
            yield Span(cell, m.start(), end, "CREDIT_CARD", score, "checksum")

    @staticmethod
    def _ibans(cell: int, text: str) -> Iterator[Span]:
        for m in _IBAN.finditer(text):
            # A trailing piece may be a separate word ("... 8901 X"): shorten at separators.
            ends = [p.end() for p in _IBAN_PIECE.finditer(m.group())]
            for end in reversed(ends):
                if end < 15:
                    break
                if iban_valid(m.group()[:end]):
                    yield Span(cell, m.start(), m.start() + end, "ACCOUNT_NUMBER", 1.0, "checksum")
                    break

    @staticmethod
    def _routing(ctx: ScanContext, cell: int, text: str) -> Iterator[Span]:
        for m in _ABA.finditer(text):
            if not aba_valid(m.group().replace("-", "")):
                continue
            if has_context(ctx, cell, m.start(), m.end(), ROUTING_WORDS):
                score = 1.0
            elif "-" in m.group():
                score = 0.7
            else:
                continue  # a bare valid 9-digit number is one in ten random numbers
            yield Span(cell, m.start(), m.end(), "ACCOUNT_NUMBER", score, "checksum")

    @staticmethod
    def _accounts(cell: int, text: str, in_field: bool) -> Iterator[Span]:
        for m in whole_or_keyed(text, in_field, _ACCOUNT_FIELD_VALUE, _ACCOUNT):
            if _account_value_ok(m.group("v")):
                yield Span(cell, m.start("v"), m.end("v"), "ACCOUNT_NUMBER", 0.85, "regex")


def _card_runs(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """Card-shaped runs holding a card, left to right, with where the card ends.

    A run that holds no card is retried from its next space-separated group: it may have
    started inside a number before the card ("+44 20 7946 0958 4111 1111 1111 1111" first
    matches "0958 4111 1111 1111").
    """
    pos = 0
    while m := _CARD.search(text, pos):
        end = _card_end(text, m)
        if end is not None:
            yield m, end
            pos = m.end()
        elif " " in m.group():
            pos = text.index(" ", m.start()) + 1
        else:
            pos = m.end()


def _card_end(text: str, m: re.Match[str]) -> int | None:
    """Where the card in a card-shaped match ends, or None when it holds no card.

    The grouped pattern is greedy: a 3-digit group after a 16-digit card ("4111 1111 1111
    1111 123 Main Street") makes a 19-digit run that fails Luhn. So when the whole run
    fails, its shorter group-aligned prefixes of a card's length are tried, longest first.
    Only for space-separated groups: in running text a number may follow a card, while a
    dashed ``4-4-4-4-3`` run is one code (a card or someone else's id), never a card plus
    a number.
    """
    if "-" in m.group():
        ends = [m.end()]
    else:
        ends = [g.end() for g in _DIGIT_GROUP.finditer(text, m.start(), m.end())]
    for end in reversed(ends):
        digits = "".join(_DIGIT_GROUP.findall(text, m.start(), end))
        if len(digits) < 13:
            break
        if payment_card_valid(digits):
            return end
    return None


def _account_value_ok(value: str) -> bool:
    """6-17 characters once dashes go, at least 4 digits, not a date, not one digit repeated.

    Mixed-case values are refused: bank and billing account numbers are digits or upper
    case, while CRM record ids (Salesforce ``001xx000003DGb2``) mix cases.
    """
    compact = value.replace("-", "")
    if not 6 <= len(compact) <= 17 or _DATE_LIKE.fullmatch(value):
        return False
    if sum(c.isdigit() for c in compact) < 4 or len(set(compact)) == 1:
        return False
    return not (any(c.islower() for c in compact) and any(c.isupper() for c in compact))


@register("financial")
def _factory(config: EngineConfig) -> FinancialDetector:
    return FinancialDetector()
