"""The engine: one call per chunk of records, from raw dicts to findings, PHI flags and
redaction spans. It holds every heavy object (compiled patterns, the health automaton,
the spaCy model) and is built once per worker; :meth:`Engine.scan` is pure and thread-safe
for distinct chunks.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from itertools import repeat
from typing import NamedTuple

import numpy as np
import pyarrow as pa

from detectors.animal_records import drop_animal_findings
from detectors.assess import categories, phi_records, session_digests
from detectors.bot_contacts import drop_bot_contacts
from detectors.cells import Cells, flatten
from detectors.clinicians import patient_identifiers
from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext, path_words
from detectors.dedupe import distinct_cells
from detectors.echo import echo_spans
from detectors.findings import SpanColumns, findings_table
from detectors.globs import compile_glob
from detectors.glued import second_look
from detectors.job_fields import drop_job_findings
from detectors.message_direction import drop_organisation_ends
from detectors.registry import Detector, build_detectors
from detectors.resolve import resolve, resolve_with
from detectors.role_cards import drop_role_cards
from detectors.schema_org import drop_organisation_contacts
from detectors.span_arrays import SpanArrays
from detectors.spans import Span
from detectors.staff import drop_staff_contacts

#: Second looks at glued cells, at most (each one finds only what the last one freed).
MAX_LOOKS = 4


class RedactSpan(NamedTuple):
    """A span to redact in a field's full value (code points)."""

    start: int
    end: int
    entity: str


@dataclass(frozen=True)
class ChunkResult:
    """What the engine found in one chunk.

    Attributes:
        source: the input the chunk came from.
        first_record: record index of the chunk's first record in its source.
        n_records: records in the chunk.
        findings: the contract's findings table (absolute record indices).
        phi: per record of the chunk, True when an identifier and health context meet
            (under the configured PHI rule, as far as one chunk can tell).
        has_identifier: per record, at least one identifier finding (that counts toward
            PHI: not a clinician's alone under ``phi.clinicians: exclude``).
        has_health: per record, at least one health finding.
        sessions: per record, a digest of its session key (session PHI rule only).
        redactions: ``local record -> field path -> spans`` sorted by start, for redaction.
        masked_keys: local records with a value under an object key that is an identifier
            (:mod:`detectors.reported_paths`): their redacted copy renames such keys.
    """

    source: str
    first_record: int
    n_records: int
    findings: pa.Table
    phi: np.ndarray
    redactions: Mapping[int, Mapping[str, tuple[RedactSpan, ...]]]
    has_identifier: np.ndarray
    has_health: np.ndarray
    sessions: Sequence[str | None] = ()
    masked_keys: frozenset[int] = frozenset()


def _masked_key_records(cells: Cells) -> frozenset[int]:
    """Records with a cell whose reported path masks a key (see :class:`ChunkResult`)."""
    if cells.reported_paths is None:
        return frozenset()
    masked = np.fromiter(
        (a != b for a, b in zip(cells.paths, cells.reported_paths, strict=True)),
        dtype=bool,
        count=len(cells.paths),
    )
    return frozenset(np.unique(cells.record[masked[cells.path_id]]).tolist())


def _default_profiles(paths: Sequence[str]) -> tuple[FieldProfile, ...]:
    return tuple(FieldProfile(words=path_words(p)) for p in paths)


class Engine:
    """Detect PHI in chunks of records.

    Args:
        config: what to detect; defaults to every contract entity but URL, NER on.
        detectors: ready detector objects (default: every registered factory).
    """

    def __init__(
        self, config: EngineConfig | None = None, *, detectors: Sequence[Detector] | None = None
    ) -> None:
        self.config = config or EngineConfig()
        chosen = (
            list(detectors)
            if detectors is not None
            else build_detectors(self.config, self.config.detectors)
        )
        # Results never depend on the order detectors run in (resolution is one rule), but
        # speed does: a detector that sets ``reads_claims = True`` (NER) skips the cells a
        # field-name finding already covers whole, so it runs after all the others.
        self.detectors: list[Detector] = sorted(
            chosen, key=lambda d: bool(getattr(d, "reads_claims", False))
        )
        try:
            from detectors.chunk_profiles import profile_paths
        except ModuleNotFoundError:  # pragma: no cover - only while bootstrapping
            profile_paths = _default_profiles
        self._profile_paths = profile_paths
        # a score below its entity's threshold, or an entity not reported, never passes
        self._thresholds = {e: self.config.threshold(e) for e in self.config.entities}
        # detectors that do not read edges (NER: statistical, and costly on new texts) opt
        # out of the second look at glued cells with ``second_look = False``
        self._second_lookers = [d for d in self.detectors if getattr(d, "second_look", True)]

    def detect_cells(self, cells: Cells) -> SpanArrays:
        """Run every detector on ``cells``; return resolved spans above their thresholds,
        as columns sorted by (cell, start).

        Detectors see each distinct cell once (:mod:`detectors.dedupe`), and cells where an
        identifier is glued to more text a second time with their identifiers tagged
        (:mod:`detectors.glued`); echoes, which depend on the record, are found on the
        real cells afterwards.
        """
        distinct, inverse = distinct_cells(cells)
        profiles = self._profile_paths(cells.paths)

        def detect(some: Cells) -> list[Span]:
            return resolve(self._run_detectors(some, profiles))

        def detect_again(some: Cells) -> list[Span]:
            return resolve(self._run_detectors(some, profiles, self._second_lookers))

        spans = detect(distinct)
        changed: set[int] | None = None  # the first look checks every cell
        for _ in range(MAX_LOOKS):  # each look may free the edge of one more identifier
            again = second_look(distinct, spans, detect_again, changed)
            if not again:
                break
            spans = resolve_with(spans, again)
            changed = {s.cell for s in again}
        return self.place(spans, cells, inverse)

    def place(self, spans: list[Span], cells: Cells, inverse: np.ndarray | None) -> SpanArrays:
        """Spans resolved on the distinct cells, copied to every cell of ``cells`` they
        stand for (``inverse`` from :func:`~detectors.dedupe.distinct_cells`), with the
        echoes of each record's identifiers into its other fields, resolved; the practice's
        own contact points are dropped (a bot's, :mod:`detectors.bot_contacts`; a record
        owner's, :mod:`detectors.staff`; a message's sending or receiving line as its
        ``direction`` tells it, :mod:`detectors.message_direction`; a schema.org
        organisation's,
        :mod:`detectors.schema_org`), and so is what a job's fields say of the job
        (:mod:`detectors.job_fields`) and what an animal's record says of the animal
        (:mod:`detectors.animal_records`)."""
        placed = SpanArrays.of(spans)
        if inverse is not None:
            placed = placed.broadcast(inverse)
        echoes = echo_spans(placed, cells)
        if echoes and self.config.skip_fields:
            echoes = self._apply_allow_and_skip(echoes, cells)
        kept = drop_role_cards(drop_bot_contacts(placed.merged_with(echoes), cells), cells)
        kept = drop_job_findings(drop_staff_contacts(kept, cells), cells)
        kept = drop_organisation_ends(kept, cells)
        kept = drop_organisation_contacts(kept, cells)
        return drop_animal_findings(kept, cells)

    def _run_detectors(
        self,
        cells: Cells,
        profiles: tuple[FieldProfile, ...],
        detectors: Sequence[Detector] | None = None,
    ) -> list[Span]:
        """Every detector's (or ``detectors``') spans above threshold, allow-list and
        skipped fields applied."""
        ctx = ScanContext(cells=cells, profiles=profiles, config=self.config)
        cfg = self.config
        thresholds = self._thresholds
        raw: list[Span] = []
        for det in self.detectors if detectors is None else detectors:
            if not (det.entities & cfg.entities):
                continue
            found = [s for s in det.detect(ctx) if s.score >= thresholds.get(s.entity, 2.0)]
            ctx.note_claims(found)  # later detectors may skip what a field finding covers
            raw.extend(found)
        if cfg.skip_fields or cfg.allow_values:
            raw = self._apply_allow_and_skip(raw, cells)
        return raw

    def _apply_allow_and_skip(self, spans: list[Span], cells: Cells) -> list[Span]:
        """Drop spans in skipped fields and spans whose text is on the allow-list."""
        skip = [compile_glob(g) for g in self.config.skip_fields]
        skipped_paths = {
            i for i, p in enumerate(cells.paths) if any(rx.fullmatch(p) for rx in skip)
        }
        allow = {v.casefold() for v in self.config.allow_values}
        return [
            s
            for s in spans
            if int(cells.path_id[s.cell]) not in skipped_paths
            and cells.text[s.cell][s.start : s.end].casefold() not in allow
        ]

    def scan(
        self, records: Sequence[Mapping[str, object]], *, source: str, first_record: int = 0
    ) -> ChunkResult:
        """Detect PHI in a chunk of records read from ``source``."""
        cells = flatten(records, split_urls=self.config.split_urls)
        cols = SpanColumns.build(self.detect_cells(cells), cells)
        findings = findings_table(cols, cells, source=source, first_record=first_record)
        has_id, has_health = categories(cols, cells.n_records)
        rule = self.config.phi
        if rule.clinicians == "exclude":
            # a clinician's name or NPI is reported, but alone it ties no patient to the
            # health context (detectors/clinicians.py)
            has_id = patient_identifiers(cols, cells)
        return ChunkResult(
            source=source,
            first_record=first_record,
            n_records=len(records),
            findings=findings,
            phi=phi_records(has_id, has_health, cells, rule),
            redactions=redaction_spans(cols, cells),
            has_identifier=has_id,
            has_health=has_health,
            sessions=session_digests(records, rule.session_keys) if rule.rule == "session" else (),
            masked_keys=_masked_key_records(cells),
        )


def redaction_spans(
    cols: SpanColumns, cells: Cells
) -> dict[int, dict[str, tuple[RedactSpan, ...]]]:
    """Group resolved spans by record and field, in full-value offsets, sorted by start.

    The columns come sorted by (cell, start), and a field's cells are consecutive and in
    offset order (a URL's pieces), so each (record, field) is one run of rows, already
    sorted: the runs are found with numpy, and no sort is needed.
    """
    n = len(cols.record)
    if n == 0:
        return {}
    record, path_id = cols.record, cols.path_id
    cuts = np.flatnonzero((record[1:] != record[:-1]) | (path_id[1:] != path_id[:-1])) + 1
    firsts = np.concatenate(([0], cuts))
    bounds = [*firsts.tolist(), n]
    # tuple.__new__ builds the named tuples in C: half the cost of calling the class
    rows = zip(cols.start.tolist(), cols.end.tolist(), cols.entity_names.tolist(), strict=True)
    spans = list(map(tuple.__new__, repeat(RedactSpan), rows))
    paths = cells.paths
    grouped: dict[int, dict[str, tuple[RedactSpan, ...]]] = {}
    last_record = -1
    fields: dict[str, tuple[RedactSpan, ...]] = {}
    for i, (r, p) in enumerate(zip(record[firsts].tolist(), path_id[firsts].tolist(), strict=True)):
        if r != last_record:
            fields = grouped[r] = {}
            last_record = r
        fields[paths[p]] = tuple(spans[bounds[i] : bounds[i + 1]])
    return grouped
