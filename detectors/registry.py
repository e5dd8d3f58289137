"""Detector registry: built-ins are registered exactly like a user's own detectors.

A detector *factory* takes the :class:`~detectors.config.EngineConfig` and returns a
:class:`Detector` (or None when the config turns it off). Factories are registered by name
with :func:`register`, or through the ``phistream.detectors`` entry-point group of an
installed package; :func:`build_detectors` instantiates them once per engine.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from importlib import import_module
from importlib.metadata import entry_points
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from detectors.config import EngineConfig
    from detectors.context import ScanContext
    from detectors.spans import Span


@runtime_checkable
class Detector(Protocol):
    """One detector family: looks at a whole chunk of cells, returns spans."""

    name: str
    entities: frozenset[str]

    def detect(self, ctx: ScanContext) -> Iterable[Span]:
        """Return the spans found in ``ctx.cells`` (any order; overlaps are resolved later)."""
        ...


DetectorFactory = Callable[["EngineConfig"], "Detector | None"]

_FACTORIES: dict[str, DetectorFactory] = {}

#: Modules holding the built-in detectors; importing one registers its factory.
BUILTIN_MODULES: tuple[str, ...] = (
    "detectors.field_names",
    "detectors.email",
    "detectors.phone",
    "detectors.network",
    "detectors.dates",
    "detectors.location",
    "detectors.keyed_names",
    "detectors.given_names",
    "detectors.display_names",
    "detectors.caller_id_text",
    "detectors.file_names",
    "detectors.geocodes",
    "detectors.government_ids",
    "detectors.financial",
    "detectors.medical_ids",
    "detectors.device_vehicle",
    "detectors.push_tokens",
    "detectors.record_ids",
    "detectors.online_ids",
    "detectors.payment_ids",
    "detectors.jwt_tokens",
    "detectors.url_paths",
    "detectors.biometric",
    "detectors.dictionary",
    "detectors.diagnosis_codes",
    "detectors.variant_notation",
    "detectors.drug_tests",
    "detectors.clinical_codes",
    "detectors.history_lists",
    "detectors.clinical_abbreviations",
    "detectors.clinical_measures",
    "detectors.health_fields",
    "detectors.marketing_names",
    "detectors.visited_places",
    "detectors.call_routing",
    "detectors.specialty_visits",
    "detectors.work_restrictions",
    "detectors.injury_phrases",
    "detectors.grid_answers",
    "detectors.person_records",
    "detectors.social_authors",
    "detectors.appointment_records",
    "detectors.reading_records",
    "detectors.places",
    "detectors.fhir_display",
    "detectors.query_pairs",
    "detectors.sql_literals",
    "detectors.markup_pairs",
    "detectors.text_grids",
    "detectors.hl7v2",
    "detectors.x12",
    "detectors.ner",
    "detectors.plugins",
    "detectors.custom_rules",
)


def register(name: str) -> Callable[[DetectorFactory], DetectorFactory]:
    """Decorator registering a detector factory under ``name`` (later names replace)."""

    def deco(factory: DetectorFactory) -> DetectorFactory:
        _FACTORIES[name] = factory
        return factory

    return deco


def load_builtins() -> None:
    """Import the built-in detector modules and any ``phistream.detectors`` entry points."""
    for module in BUILTIN_MODULES:
        try:
            import_module(module)
        except ModuleNotFoundError as exc:  # a family not written yet must not break others
            if exc.name != module:
                raise
    for ep in entry_points(group="phistream.detectors"):
        register(ep.name)(ep.load())


def registered() -> dict[str, DetectorFactory]:
    """Registered factories by name (built-ins loaded)."""
    load_builtins()
    return dict(_FACTORIES)


def build_detectors(config: EngineConfig, names: Iterable[str] | None = None) -> list[Detector]:
    """Instantiate the named detectors (default: all registered) for ``config``."""
    factories = registered()
    chosen = list(factories) if names is None else list(names)
    unknown = [n for n in chosen if n not in factories]
    if unknown:
        raise ValueError(f"unknown detector(s) {unknown}; registered: {sorted(factories)}")
    out = []
    for n in chosen:
        det = factories[n](config)
        if det is not None:
            out.append(det)
    return out
