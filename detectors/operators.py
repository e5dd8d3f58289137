"""Redaction operators: what replaces a detected span.

Each operator is a small frozen object with one method, :meth:`Operator.apply`, taking the
matched text (and the original leaf value's type through ``kind``) and returning the
replacement text, or :data:`DROP` to null the whole value. Operators are *idempotent*:
an operator recognises its own output (``<EMAIL>``, ``ps_3fa9…``, ``***-0199``, ``627``,
``1985``, ``90+``) and leaves it unchanged, so redacting a redacted copy changes nothing.

HIPAA Safe Harbor generalization (45 CFR 164.514(b)(2)(i)(B) and (C)) lives here too:
ZIP codes keep their first three digits unless the three-digit area holds 20,000 people
or fewer (then ``000``; the list ships in ``detectors/data/zip3_restricted.txt``), dates
keep their year, ages over 89 become ``90+``.
"""

from __future__ import annotations

import hashlib
import hmac as _hmac
import html
import re
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from typing import Final, Protocol
from urllib.parse import unquote

from detectors.number_dates import year_start

#: Returned by an operator to null the whole leaf value (its column stays).
DROP: Final = None

_TAG = re.compile(r"<[A-Z][A-Z0-9_]*>")
_YEAR = re.compile(r"(?<!\d)(1[89]\d\d|2[01]\d\d)(?!\d)")
_DIGITS = re.compile(r"\d")


class Operator(Protocol):
    """Replaces one detected span."""

    name: str

    def apply(self, matched: str, entity: str) -> str | None:
        """Return the replacement for ``matched`` (an ``entity`` span), or DROP."""
        ...


@dataclass(frozen=True)
class Keep:
    """Leave the span as it is (health context in the Safe Harbor preset)."""

    name: str = "keep"

    def apply(self, matched: str, entity: str) -> str | None:
        return matched


@dataclass(frozen=True)
class Tag:
    """Replace the span by its entity tag, ``<EMAIL>``."""

    name: str = "tag"

    def apply(self, matched: str, entity: str) -> str | None:
        if self.produces(matched):
            return matched
        return f"<{entity}>"

    def produces(self, text: str) -> bool:
        """True when ``text`` is a tag this operator writes."""
        return _TAG.fullmatch(text) is not None


@dataclass(frozen=True)
class Drop:
    """Null the whole value (the column stays, with a null of its type)."""

    name: str = "drop"

    def apply(self, matched: str, entity: str) -> str | None:
        return DROP


@dataclass(frozen=True)
class Mask:
    """Replace characters by ``char``, keeping the last ``keep_last`` alphanumerics.

    Separators (``-``, spaces, dots, ``@``) are kept so the shape stays readable:
    ``312-555-0199`` with keep_last 4 becomes ``***-***-0199``.
    """

    char: str = "*"
    keep_last: int = 0
    name: str = "mask"

    def apply(self, matched: str, entity: str) -> str | None:
        alnum_positions = [i for i, c in enumerate(matched) if c.isalnum()]
        keep = set(alnum_positions[-self.keep_last :]) if self.keep_last else set()
        return "".join(
            self.char if (c.isalnum() and i not in keep) else c for i, c in enumerate(matched)
        )

    def produces(self, text: str) -> bool:
        """True when ``text`` is what this operator writes: masked, with at most the
        ``keep_last`` characters it keeps (``***-**-6789`` is a masked SSN the detectors
        read as a last-four SSN, and a rescan of the copy must not call it a leak)."""
        return self.char in text and sum(c.isalnum() for c in text) <= self.keep_last


@dataclass(frozen=True)
class Hmac:
    """Keyed HMAC-SHA256 pseudonym: the same input gives the same output across runs and
    workers (joins survive), and without the key nobody can test a guess.

    The input is normalised per entity first (emails lower-cased, phones to digits) so
    ``Jane@X.com`` and ``jane@x.com`` join. Output: ``prefix`` + ``length`` hex digits.
    """

    key: bytes = field(repr=False)
    length: int = 16
    prefix: str = "ps_"
    name: str = "hmac"

    def __post_init__(self) -> None:
        if len(self.key) < 16:
            raise ValueError("the HMAC key must be at least 16 bytes long")
        if not 8 <= self.length <= 64:
            raise ValueError("hmac length must be between 8 and 64 hex digits")

    @cached_property
    def output_pattern(self) -> re.Pattern[str]:
        """What this operator writes; matching text is already pseudonymised."""
        return re.compile(re.escape(self.prefix) + f"[0-9a-f]{{{self.length}}}")

    def digest(self, matched: str, entity: str) -> str:
        norm = normalise_for_join(matched, entity)
        msg = f"{entity}\x1f{norm}".encode()
        return _hmac.new(self.key, msg, hashlib.sha256).hexdigest()

    def apply(self, matched: str, entity: str) -> str | None:
        if self.produces(matched):
            return matched
        return self.prefix + self.digest(matched, entity)[: self.length]

    def produces(self, text: str) -> bool:
        """True when ``text`` is a pseudonym this operator writes."""
        return self.output_pattern.fullmatch(text) is not None

    def apply_int(self, value: int, entity: str) -> int:
        """A pseudonym for an integer that stays an int64 (keeps the column type).

        Integer pseudonyms are *negative* (−1 … −2^60): identifiers in exports are not, so
        a pseudonym is recognisable, and pseudonymising one again leaves it unchanged.
        """
        if value < 0:
            return value
        return -int(self.digest(str(value), entity)[:15], 16) - 1


@dataclass(frozen=True)
class Generalize:
    """HIPAA Safe Harbor generalization; entities it does not cover fall back to a tag."""

    name: str = "generalize"

    def apply(self, matched: str, entity: str) -> str | None:
        if entity == "ZIP_CODE":
            return generalize_zip(matched)
        if entity == "DATE":
            year = _YEAR.search(matched)
            if year:
                return year.group(1)
            # a date written as a number (an Excel serial, an epoch) keeps its year too,
            # as January 1 written the same way
            return year_start(matched) or Tag().apply(matched, entity)
        if entity == "AGE_OVER_89":
            return "90+"
        return Tag().apply(matched, entity)


def normalise_for_join(matched: str, entity: str) -> str:
    """Canonical form of an identifier before hashing, so equal values join: a
    percent-encoded ``jane%40x.com`` in a URL, HTML-encoded ``jane&#64;x.com`` in a CRM
    note and ``jane@x.com`` in a field hash alike."""
    text = unquote(matched).strip() if "%" in matched else matched.strip()
    if "&" in text:
        text = html.unescape(text)
    if entity in {"EMAIL", "HASHED_ID", "ONLINE_ID", "DEVICE_ID", "IP_ADDRESS"}:
        return text.lower()
    if entity in {"PHONE", "FAX", "SSN", "CREDIT_CARD", "ACCOUNT_NUMBER"}:
        return "".join(_DIGITS.findall(text)) or text
    return " ".join(text.split()).lower()


@lru_cache(maxsize=1)
def restricted_zip3() -> frozenset[str]:
    """Three-digit ZIP areas with 20,000 or fewer people (see ``zip3_restricted.txt``)."""
    text = resources.files("detectors").joinpath("data/zip3_restricted.txt").read_text()
    return frozenset(
        line.split("#")[0].strip() for line in text.splitlines() if line.split("#")[0].strip()
    )


def generalize_zip(matched: str) -> str:
    """``62704-1234`` -> ``627``; a restricted ZIP3 area -> ``000``; shorter input unchanged.

    Four digits are a ZIP whose leading zero a spreadsheet dropped (``2134`` is Boston's
    ``02134``): ``021``. Left whole, four of its five digits would stay in the copy.
    """
    digits = "".join(_DIGITS.findall(matched))
    if len(digits) == 4 or len(digits) == 8:  # ``2134``, ``2134-5678``
        digits = "0" + digits
    if len(digits) < 5:
        return matched  # already generalized (idempotent) or not a ZIP
    zip3 = digits[:3]
    return "000" if zip3 in restricted_zip3() else zip3


OPERATOR_NAMES: Final = ("keep", "mask", "tag", "drop", "hmac", "generalize")
