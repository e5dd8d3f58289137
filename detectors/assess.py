"""Assess: which records are PHI (an identifier tied to health context).

The default rule is per record. A policy can narrow it to records with an authenticated
page URL, or widen it to a whole session; for the session rule this module gives each
record a *digest* of its session key (never the key itself), and the pipeline joins
records across chunks on it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence

import numpy as np

from detectors.cells import Cells, iter_leaves, value_text
from detectors.config import PhiRule
from detectors.findings import SpanColumns
from detectors.globs import compile_glob
from detectors.vocabulary import HEALTH, IDENTIFIER


def categories(cols: SpanColumns, n_records: int) -> tuple[np.ndarray, np.ndarray]:
    """Per record: (has an identifier finding, has a health finding)."""
    has_id = np.zeros(n_records, dtype=bool)
    has_health = np.zeros(n_records, dtype=bool)
    cats = cols.categories
    has_id[cols.record[cats == IDENTIFIER]] = True
    has_health[cols.record[cats == HEALTH]] = True
    return has_id, has_health


def authenticated(cells: Cells, url_globs: Sequence[str]) -> np.ndarray:
    """Per record: True when one of its URL values (path part) matches a glob."""
    out = np.zeros(cells.n_records, dtype=bool)
    regexes = [compile_glob(g, "/") for g in url_globs]
    for i, text in enumerate(cells.text):
        # the first piece of a split URL is scheme + host + path, at offset 0
        if cells.base[i] == 0 and "/" in text and any(rx.fullmatch(text) for rx in regexes):
            out[cells.record[i]] = True
    return out


def phi_records(
    has_id: np.ndarray, has_health: np.ndarray, cells: Cells, rule: PhiRule
) -> np.ndarray:
    """Per record: PHI under ``rule`` as far as one chunk can tell.

    For the session rule this is the per-record answer; the pipeline widens it across the
    session with :func:`session_digests`.
    """
    phi = has_id & has_health
    if rule.rule == "authenticated":
        phi &= authenticated(cells, rule.authenticated_urls)
    return phi


def session_digests(
    records: Sequence[Mapping[str, object]], keys: Sequence[str]
) -> list[str | None]:
    """Per record: a BLAKE2b digest of the first session key present, or None.

    The digest only groups records in memory during a scan; it is never written out.
    """
    wanted = set(keys)
    out: list[str | None] = []
    for rec in records:
        found: dict[str, str] = {}
        for path, _hint, leaf in iter_leaves(rec):
            if path in wanted:
                text = value_text(leaf)
                if text:
                    found[path] = text
        value = next((found[k] for k in keys if k in found), None)
        out.append(
            None
            if value is None
            else hashlib.blake2b(
                value.encode(), digest_size=16, person=b"phistream-sess"
            ).hexdigest()
        )
    return out
