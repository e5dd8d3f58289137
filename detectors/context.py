"""What a detector sees: the chunk's cells, their field profiles, and shared helpers.

The helpers here are the *vectorized* part of detection: :meth:`ScanContext.candidates`
runs one RE2 prefilter over the whole text column (Arrow's ``match_substring_regex``) and
returns the few cells worth a Python regex; results are cached per chunk, so detectors
sharing a prefilter pay for it once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.cells import Cells
from detectors.config import EngineConfig
from detectors.key_words import split_humps
from detectors.spans import Span

_WORD = re.compile(r"[a-z0-9]+")


class FieldProfile(NamedTuple):
    """What a field path says about its values (computed once per distinct path).

    Attributes:
        entity: the identifier the name implies for the *whole* value (``dob`` -> DATE), or None.
        score: confidence of that prior.
        words: lower-case word tokens of the path (``Postal Code`` -> {"postal", "code"}),
            matched against detectors' context words.
        system: a machine field (event timestamps, ``CreatedDate``, event names, versions):
            date and number patterns must not fire there.
        free_text: notes, messages, search terms, form answers: where NER runs.
    """

    entity: str | None = None
    score: float = 0.0
    words: frozenset[str] = frozenset()
    system: bool = False
    free_text: bool = False


@dataclass
class ScanContext:
    """One chunk under detection."""

    cells: Cells
    profiles: tuple[FieldProfile, ...]
    config: EngineConfig
    _cache: dict[tuple[str, bool, bool], np.ndarray] = field(default_factory=dict, repr=False)
    _claimed: np.ndarray | None = field(default=None, repr=False)
    _literals: dict[str, np.ndarray] = field(default_factory=dict, repr=False)

    @property
    def claimed(self) -> np.ndarray:
        """Per cell: True once a reported field-name finding covers its whole value.

        Every other finding in such a cell overlaps it and loses to it in resolution
        (``field_name`` has the highest rank), so expensive detectors that run later (NER)
        may skip these cells without changing any result. The engine fills this in as
        detectors finish (:meth:`note_claims`).
        """
        if self._claimed is None:
            self._claimed = np.zeros(len(self.cells), dtype=bool)
        return self._claimed

    def note_claims(self, spans: Iterable[Span]) -> None:
        """Mark the cells whose whole value one of ``spans`` (field-name findings) covers;
        edges without a letter or digit (spaces, quotes, invisible marks) do not count,
        since no finding that could matter fits there."""
        text = self.cells.text
        claimed = self.claimed
        for cell, start, end, _entity, _score, detector in spans:
            if detector != "field_name":
                continue
            value = text[cell]
            if (start == 0 and end == len(value)) or (
                not _has_alnum(value[:start]) and not _has_alnum(value[end:])
            ):
                claimed[cell] = True

    def profile(self, cell: int) -> FieldProfile:
        """The field profile of a cell (URL query values: of ``path?param``)."""
        return self.profiles[self.cells.hint_id[cell]]

    def candidates(
        self,
        prefilter: str,
        *,
        ignore_case: bool = False,
        skip_system: bool = False,
        among: np.ndarray | None = None,
    ) -> np.ndarray:
        """Indices of cells whose text matches the RE2 pattern ``prefilter`` anywhere.

        Args:
            prefilter: an RE2 pattern (no lookarounds, no backreferences).
            ignore_case: match case-insensitively.
            skip_system: leave out cells of machine fields (timestamps, event names).
            among: a boolean mask over cells; only those cells are returned (and only
                those are matched, so a narrow mask is also a faster pass).

        Arrow's regex kernel costs ~0.1-0.3 µs per cell whatever the pattern, which is what
        a chunk of short analytics cells pays for, so passes are cached per chunk (by
        pattern and system flag) and run on the narrowest set of cells asked for.
        """
        if among is not None:
            keep = among & self.non_system if skip_system else among
            return self._match(prefilter, ignore_case, np.flatnonzero(keep))
        key = (prefilter, ignore_case, skip_system)
        hit = self._cache.get(key)
        if hit is None:
            wider = self._cache.get((prefilter, ignore_case, False)) if skip_system else None
            if wider is not None:
                hit = wider[self.non_system[wider]]
            else:
                subset = self._non_system_idx if skip_system else None
                hit = self._match(prefilter, ignore_case, subset)
            self._cache[key] = hit
        return hit

    def containing(self, literal: str) -> np.ndarray:
        """Per cell: True when its text holds ``literal`` (cached per chunk).

        A plain substring search costs about a third of a regex pass over the same cells,
        so a family whose matches all need a rare character (``|`` in an HL7 segment, ``=``
        in a query pair) screens with it first and runs its regex only ``among`` the cells
        that have it.
        """
        hit = self._literals.get(literal)
        if hit is None:
            texts = self.cells.arrow_text
            if len(texts) == 0:
                hit = np.zeros(0, dtype=bool)
            else:
                found = pc.match_substring(texts, pattern=literal)
                hit = found.to_numpy(zero_copy_only=False)
            self._literals[literal] = hit
        return hit

    def _match(self, pattern: str, ignore_case: bool, subset: np.ndarray | None) -> np.ndarray:
        texts = self.cells.arrow_text
        if subset is not None:
            if len(subset) == 0:
                return subset
            if len(subset) < len(self.cells):
                texts = texts.take(pa.array(subset))
        if len(texts) == 0:
            return np.empty(0, dtype=np.int64)
        mask = pc.match_substring_regex(texts, pattern=pattern, ignore_case=ignore_case)
        hit = np.flatnonzero(mask.to_numpy(zero_copy_only=False))
        return hit if subset is None or len(subset) == len(self.cells) else subset[hit]

    @cached_property
    def _non_system_idx(self) -> np.ndarray:
        return np.flatnonzero(self.non_system)

    @cached_property
    def non_system(self) -> np.ndarray:
        """Per cell: True unless its field is a machine field (``profile.system``)."""
        system = np.fromiter((p.system for p in self.profiles), bool, len(self.profiles))
        return ~system[self.cells.hint_id]

    def field_mask(self, words: frozenset[str]) -> np.ndarray:
        """Per cell: True when its hint path has any of ``words`` (one test per path)."""
        hits = np.fromiter((bool(p.words & words) for p in self.profiles), bool, len(self.profiles))
        return hits[self.cells.hint_id]

    def path_mask(self, wanted: Callable[[str], bool]) -> np.ndarray:
        """Per cell: True when ``wanted`` holds for its hint path (one call per distinct
        path; a detector's own cached path test, such as ``biometric_field``)."""
        paths = self.cells.paths
        hits = np.fromiter(map(wanted, paths), dtype=bool, count=len(paths))
        return hits[self.cells.hint_id]

    def path_cells(self, path_ids: Iterable[int]) -> np.ndarray:
        """Indices of the cells whose hint path is one of ``path_ids`` (ids into
        ``cells.paths``, as the families that judge a record's paths together return)."""
        wanted = np.fromiter(path_ids, np.int64)
        return np.flatnonzero(np.isin(self.cells.hint_id, wanted))

    def field_cells(self, wanted: Callable[[FieldProfile], bool]) -> np.ndarray:
        """Indices of the cells whose field profile satisfies ``wanted``."""
        hits = np.fromiter((wanted(p) for p in self.profiles), bool, len(self.profiles))
        return np.flatnonzero(hits[self.cells.hint_id])

    def finditer(
        self, regex: re.Pattern[str], prefilter: str, *, ignore_case: bool = False
    ) -> Iterator[tuple[int, re.Match[str]]]:
        """``(cell, match)`` for every match of ``regex`` in the prefilter's candidate cells."""
        text = self.cells.text
        for i in self.candidates(prefilter, ignore_case=ignore_case):
            cell = int(i)
            for m in regex.finditer(text[cell]):
                yield cell, m

    def enabled(self, entity: str) -> bool:
        """True when the config reports ``entity``."""
        return entity in self.config.entities


def _has_alnum(text: str) -> bool:
    return any(ch.isalnum() for ch in text)


def words_of(text: str) -> list[str]:
    """Lower-case alphanumeric tokens (used for context windows)."""
    return _WORD.findall(text.lower())


def path_words(path: str) -> frozenset[str]:
    """Word tokens of a field path, camelCase split: ``user.anonymousId`` -> user, anonymous, id.

    List indices (``[3]``) are dropped; ``Medical_Record_Number__c`` gives medical, record,
    number, c.
    """
    return frozenset(w for w in words_of(split_humps(path)) if not w.isdigit())


#: Words saying that a number or code near them is some other record's identifier, not a
#: person's: an order, a shipment, a ticket ("Order 4000000000000002" passes Luhn by
#: chance, "tracking # 123-45-6789" is no SSN). Checksum and rule detectors read them in
#: the text around a match; each adds its own field-name words.
FOREIGN_NEAR_WORDS = frozenset(
    {"order", "transaction", "txn", "invoice", "receipt", "tracking", "confirmation"}
    | {"booking", "sku", "ref", "reference", "shipment", "ticket", "coupon", "promo", "voucher"}
)


def near_words(text: str, start: int, end: int, *, window: int = 48) -> frozenset[str]:
    """Word tokens in the ``window`` characters before and after a span."""
    before = text[max(0, start - window) : start]
    after = text[end : end + window]
    return frozenset(words_of(before)) | frozenset(words_of(after))


def has_context(
    ctx: ScanContext, cell: int, start: int, end: int, words: frozenset[str], *, window: int = 48
) -> bool:
    """True when any of ``words`` is in the field path or near the span in the text."""
    if ctx.profile(cell).words & words:
        return True
    return bool(near_words(ctx.cells.text[cell], start, end, window=window) & words)
