"""Plug-ins: any Presidio ``EntityRecognizer`` runs on phistream's cells.

Teams already have Presidio recognizers for their own codes (an internal patient number, a
loyalty card). ``EngineConfig(plugins=(recognizer, ...), entity_map={...})`` runs them on
the same cells as the built-ins, with their entity names mapped into the contract's
vocabulary. A name that maps nowhere is refused when the engine is built: a finding must
carry a contract entity, and guessing one would mislabel PHI in the report.

Speed: a ``PatternRecognizer``'s regexes (and deny list) double as an RE2 prefilter over the
whole text column, so only candidate cells reach Presidio's Python matching. A recognizer
whose patterns RE2 cannot read (lookarounds, backreferences), or that has no patterns, runs
on every non-system cell. Recognizers that read NLP output (Presidio's ``SpacyRecognizer``
family, or any recognizer with ``needs_nlp_artifacts = True``) get ``NlpArtifacts`` from
the installed spaCy model, on free-text cells only; pattern recognizers never trigger a
model load.

Context words: a recognizer's ``context`` words found in the field path or near the match
raise its score by 0.35 (to at least 0.4), as Presidio's analyzer does, so a weak pattern
with a context word passes the default threshold and one without does not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.config import EngineConfig
from detectors.context import ScanContext, has_context, words_of
from detectors.registry import register
from detectors.spans import Span
from detectors.vocabulary import ENTITIES

#: Presidio's predefined entity names -> contract entities.
DEFAULT_ENTITY_MAP: Mapping[str, str] = MappingProxyType(
    {
        "EMAIL_ADDRESS": "EMAIL",
        "PHONE_NUMBER": "PHONE",
        "US_SSN": "SSN",
        "CREDIT_CARD": "CREDIT_CARD",
        "IP_ADDRESS": "IP_ADDRESS",
        "DATE_TIME": "DATE",
        "PERSON": "NAME",
        "LOCATION": "LOCATION",
        "US_DRIVER_LICENSE": "LICENSE_NUMBER",
        "MEDICAL_LICENSE": "LICENSE_NUMBER",
        "US_BANK_NUMBER": "ACCOUNT_NUMBER",
        "ABA_ROUTING_NUMBER": "ACCOUNT_NUMBER",
        "IBAN_CODE": "ACCOUNT_NUMBER",
        "US_PASSPORT": "OTHER_ID",
        "US_ITIN": "OTHER_ID",
        "US_NPI": "OTHER_ID",
        "US_MBI": "HEALTH_PLAN_ID",
        "MAC_ADDRESS": "DEVICE_ID",
        "URL": "URL",
    }
)
CONTEXT_BOOST = 0.35
CONTEXT_FLOOR = 0.4
_NLP_RECOGNIZERS = frozenset({"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer"})


class PluginError(ValueError):
    """A plug-in cannot be used as configured (the message says which and how to fix it)."""


@dataclass(frozen=True)
class Plugin:
    """One recognizer, ready to run.

    Attributes:
        recognizer: the Presidio ``EntityRecognizer``.
        label: how errors name it (its ``name`` and position).
        entities: its Presidio entity names.
        entity_map: Presidio name -> contract entity, for its entities.
        prefilter: RE2 pattern selecting candidate cells, or None for every non-system cell.
        ignore_case: run the prefilter case-insensitively.
        needs_nlp: hand it ``NlpArtifacts`` (free-text cells only).
        context: lower-case context words that raise its scores.
    """

    recognizer: Any
    label: str
    entities: tuple[str, ...]
    entity_map: Mapping[str, str]
    prefilter: str | None
    ignore_case: bool
    needs_nlp: bool
    context: frozenset[str]


def resolve_entity_map(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """The default map updated with ``extra``; every target must be a contract entity."""
    merged = dict(DEFAULT_ENTITY_MAP)
    merged.update(extra or {})
    bad = sorted(k for k, v in merged.items() if v not in ENTITIES)
    if bad:
        raise PluginError(
            f"PHI-PLUGIN-002: entity_map sends {bad} to names outside the contract vocabulary; "
            f"use one of: {', '.join(ENTITIES)}"
        )
    return merged


def _supported_entities(rec: Any) -> list[str]:
    getter = getattr(rec, "get_supported_entities", None)
    ents = getter() if callable(getter) else getattr(rec, "supported_entities", None)
    return [str(e) for e in ents or ()]


def _needs_nlp(rec: Any) -> bool:
    """True when the recognizer asks for NLP output (never for pattern recognizers)."""
    flag = getattr(rec, "needs_nlp_artifacts", None)
    if flag is not None:
        return bool(flag)
    return any(cls.__name__ in _NLP_RECOGNIZERS for cls in type(rec).__mro__)


def _re2_ok(pattern: str) -> bool:
    """True when Arrow's RE2 accepts ``pattern`` (validated once, at engine build)."""
    try:
        pc.match_substring_regex(pa.array([""], type=pa.large_string()), pattern=pattern)
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError):
        return False
    return True


def _prefilter(rec: Any) -> tuple[str | None, bool]:
    """An RE2 union of a pattern recognizer's regexes, or None when one is not RE2-safe."""
    patterns = getattr(rec, "patterns", None)
    if not patterns:
        return None, False
    flags = getattr(rec, "global_regex_flags", 0) or 0
    deny = list(getattr(rec, "deny_list", None) or ())
    parts: list[str] = []
    for p in patterns:
        if deny and getattr(p, "name", "") == "deny_list":
            parts.extend(re.escape(w) for w in deny)  # its lookaround wrapper is not RE2
        else:
            parts.append(str(p.regex))
    inline = ("m" if flags & re.MULTILINE else "") + ("s" if flags & re.DOTALL else "")
    union = (f"(?{inline})" if inline else "") + "|".join(f"(?:{x})" for x in parts)
    if not _re2_ok(union):
        return None, False
    return union, bool(flags & re.IGNORECASE)


def make_plugin(rec: Any, entity_map: Mapping[str, str], index: int = 0) -> Plugin:
    """Check one recognizer and work out how to run it.

    Raises:
        PluginError: not an ``EntityRecognizer``, or an entity name with no mapping.
    """
    name = getattr(rec, "name", None) or type(rec).__name__
    label = f"plug-in #{index} ({name})"
    if not callable(getattr(rec, "analyze", None)):
        raise PluginError(
            f"PHI-PLUGIN-003: {label} is not a Presidio EntityRecognizer (no analyze method)"
        )
    entities = _supported_entities(rec)
    if not entities:
        raise PluginError(f"PHI-PLUGIN-004: {label} declares no supported entities")
    unmapped = [e for e in entities if e not in entity_map]
    if unmapped:
        raise PluginError(
            f"PHI-PLUGIN-001: {label} reports entity {unmapped} that phistream cannot map; "
            "add it to EngineConfig.entity_map, e.g. "
            f"{{{unmapped[0]!r}: 'OTHER_ID'}}, with a contract entity from: {', '.join(ENTITIES)}"
        )
    needs_nlp = _needs_nlp(rec)
    prefilter, ignore_case = (None, False) if needs_nlp else _prefilter(rec)
    phrases = getattr(rec, "context", None) or ()
    context = frozenset(w for phrase in phrases for w in words_of(str(phrase)))
    return Plugin(
        recognizer=rec,
        label=label,
        entities=tuple(entities),
        entity_map={e: entity_map[e] for e in entities},
        prefilter=prefilter,
        ignore_case=ignore_case,
        needs_nlp=needs_nlp,
        context=context,
    )


def load_yaml_recognizers(path: str | Path) -> list[Any]:
    """Pattern recognizers from a Presidio recognizers YAML file, via Presidio's own loader.

    The file has the layout of Presidio's ``example_recognizers.yaml``: a top-level
    ``recognizers:`` list of ``name`` / ``supported_entity`` / ``patterns`` / ``deny_list`` /
    ``context`` entries.

    Raises:
        PluginError: the file cannot be read or is not a recognizers file.
    """
    from presidio_analyzer import RecognizerRegistry

    path = Path(path)
    registry = RecognizerRegistry()
    try:
        registry.add_recognizers_from_yaml(path)
    except (OSError, KeyError, TypeError, ValueError) as exc:
        raise PluginError(
            f"PHI-PLUGIN-005: cannot load recognizers from {path}: {type(exc).__name__}; "
            "expected a YAML file with a top-level 'recognizers:' list of Presidio pattern "
            "recognizers"
        ) from None
    except Exception as exc:  # yaml.YAMLError without importing yaml here
        raise PluginError(
            f"PHI-PLUGIN-005: cannot parse {path} as YAML ({type(exc).__name__})"
        ) from None
    return list(registry.recognizers)


class PluginDetector:
    """Runs the configured Presidio recognizers; findings have detector kind ``plugin``.

    Args:
        plugins: prepared plug-ins (see :func:`make_plugin`).
        ner_model: spaCy package for recognizers that need ``NlpArtifacts`` (loaded lazily,
            only if one of them exists and a free-text cell is seen).
    """

    name = "plugins"

    def __init__(self, plugins: Sequence[Plugin], ner_model: str) -> None:
        self.plugins = tuple(plugins)
        self.entities = frozenset(v for p in self.plugins for v in p.entity_map.values())
        self._ner_model = ner_model
        self._model: Any = None

    def _cells(self, ctx: ScanContext, plugin: Plugin) -> np.ndarray:
        if plugin.prefilter is not None:
            cand = ctx.candidates(plugin.prefilter, ignore_case=plugin.ignore_case)
        else:
            cand = np.arange(len(ctx.cells))
        if len(cand) == 0:
            return cand
        system = np.fromiter((p.system for p in ctx.profiles), dtype=bool, count=len(ctx.profiles))
        return cand[~system[np.asarray(ctx.cells.hint_id)[cand]]]

    def _nlp_items(self, ctx: ScanContext) -> Iterator[tuple[int, Any]]:
        from detectors.ner import SpacyModel, free_text_cells

        cells = [int(c) for c in free_text_cells(ctx)]
        if not cells:
            return
        if self._model is None:
            self._model = SpacyModel(self._ner_model, ner_only=False)
        texts = [ctx.cells.text[c] for c in cells]
        yield from zip(cells, self._model.artifacts(texts), strict=True)

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        text = ctx.cells.text
        nlp_plugins = [p for p in self.plugins if p.needs_nlp and self._wanted(ctx, p)]
        for plugin in self.plugins:
            if plugin.needs_nlp or not self._wanted(ctx, plugin):
                continue
            for cell in self._cells(ctx, plugin):
                yield from self._spans(ctx, plugin, int(cell), text[int(cell)], None)
        if nlp_plugins:
            for cell, art in self._nlp_items(ctx):
                for plugin in nlp_plugins:
                    yield from self._spans(ctx, plugin, cell, text[cell], art)

    @staticmethod
    def _wanted(ctx: ScanContext, plugin: Plugin) -> bool:
        return any(ctx.enabled(e) for e in plugin.entity_map.values())

    @staticmethod
    def _spans(
        ctx: ScanContext, plugin: Plugin, cell: int, text: str, artifacts: Any
    ) -> Iterable[Span]:
        results = plugin.recognizer.analyze(text, list(plugin.entities), artifacts)
        for r in results or ():
            entity = plugin.entity_map.get(r.entity_type)
            start, end = int(r.start), int(r.end)
            if entity is None or not 0 <= start < end <= len(text):
                continue  # an entity it did not declare, or a bad span: never guess
            score = float(r.score)
            if plugin.context and has_context(ctx, cell, start, end, plugin.context):
                score = max(min(1.0, score + CONTEXT_BOOST), CONTEXT_FLOOR)
            yield Span(cell, start, end, entity, score, "plugin")


def build_plugins(config: EngineConfig) -> list[Plugin]:
    """Validate and prepare ``config.plugins`` (raises :class:`PluginError`)."""
    entity_map = resolve_entity_map(config.entity_map)
    return [make_plugin(rec, entity_map, i) for i, rec in enumerate(config.plugins)]


@register("plugins")
def _factory(config: EngineConfig) -> PluginDetector | None:
    if not config.plugins:
        return None
    return PluginDetector(build_plugins(config), config.ner_model)
