"""Policies: one YAML file that says what to detect, how to redact, when a record is PHI,
and where data flows (destinations and their BAAs).

A policy is loaded into a frozen :class:`Policy`; mistakes are refused with
:class:`PolicyError`, whose message names the file, the line and the nearest valid word
(``policy.yaml:12: unknown operator 'hmca' (did you mean 'hmac'?)``) and never echoes a
value from data. Shipped presets (``safe-harbor``, ``pseudonymize``, ``analytics-safe``)
live in ``detectors/presets/`` and are ordinary policy files; a policy may start from one
with ``extends:`` and, unless it says ``extends: none``, starts from ``safe-harbor``.

The HMAC key is never in the policy itself: it comes from ``PHISTREAM_HMAC_KEY`` or from
the file named by ``hmac.key_file`` (relative to the policy file). A policy that uses the
``hmac`` operator without a key is refused; there is no built-in or random default.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from detectors.config import (
    CLINICIAN_MODES,
    DEFAULT_NER_MODEL,
    PHI_RULES,
    EngineConfig,
    PhiRule,
)
from detectors.globs import GlobError, compile_glob
from detectors.operators import OPERATOR_NAMES, Drop, Generalize, Hmac, Keep, Mask, Operator, Tag
from detectors.redact import FieldRule, RedactionRules
from detectors.vocabulary import DEFAULT_DISABLED, ENTITIES, HEALTH_ENTITIES

PRESETS = ("safe-harbor", "pseudonymize", "analytics-safe")
DEFAULT_PRESET = "safe-harbor"
HMAC_KEY_ENV = "PHISTREAM_HMAC_KEY"

_SCHEMA: dict[str, Any] = {
    "name": str,
    "description": str,
    "extends": str,
    "hmac": {"key_file": str, "length": int, "prefix": str},
    "redact": {
        "default": "operator",
        "entities": "entity_map",
        "fields": list,
        "urls": {"query_values": str},
        "numbers": str,
    },
    "detect": {
        "entities": list,
        "disable": list,
        "min_score": float,
        "thresholds": "entity_map",
        "skip_fields": list,
        "always": dict,
        "allow": list,
        "deny": dict,
        "patterns": list,
        "health_terms": "entity_map",
        "ner": str,
    },
    "phi": {"rule": str, "authenticated_urls": list, "session_keys": list, "clinicians": str},
    "destinations": list,
}
_FIELD_RULE_KEYS = ("match", "operator", "entities", "char", "keep_last")
_OPERATOR_KEYS = ("operator", "char", "keep_last")
_DESTINATION_KEYS = ("name", "baa", "sources", "fields")


class PolicyError(ValueError):
    """A policy that cannot be used; the message is one line, safe to print."""


@dataclass(frozen=True)
class Destination:
    """Where exported data goes (an ad or analytics platform, a CRM) and its BAA status."""

    name: str
    baa: bool
    sources: tuple[str, ...] = ()
    fields: tuple[str, ...] = ()


@dataclass(frozen=True)
class Policy:
    """A loaded policy: detection settings, redaction rules, PHI rule, destinations."""

    name: str
    engine: EngineConfig
    redaction: RedactionRules
    phi: PhiRule = field(default_factory=PhiRule)
    destinations: tuple[Destination, ...] = ()
    patterns: tuple[Mapping[str, Any], ...] = ()
    source: str = "<preset>"
    uses_hmac: bool = False

    def describe(self) -> dict[str, Any]:
        """A JSON-safe description for summaries and reports (no key material)."""
        return {
            "name": self.name,
            "source": self.source,
            "entities": sorted(self.engine.entities),
            "ner": self.engine.ner_model if self.engine.ner else "off",
            "phi_rule": self.phi.rule,
            "hmac_key": ("set" if self.uses_hmac else "not used"),
        }


# -- loading -------------------------------------------------------------------------------


def load_policy(spec: str | os.PathLike[str] | None = None, *, ner: bool | None = None) -> Policy:
    """Load a policy file or a preset name (None: the default preset).

    Args:
        spec: a path to a YAML file, or a preset name.
        ner: when given, overrides the policy's NER setting (the CLI's ``--no-ner``).
    """
    spec = DEFAULT_PRESET if spec is None else str(spec)
    if spec in PRESETS:
        text = resources.files("detectors").joinpath(f"presets/{spec}.yaml").read_text()
        policy = _parse(text, origin=spec, base_dir=Path.cwd())
    else:
        path = Path(spec)
        if not path.is_file():
            near = difflib.get_close_matches(spec, PRESETS, n=1)
            # a typo'd file name gets the presets listed: the user may not know they exist
            hint = (
                f" (did you mean the preset '{near[0]}'?)"
                if near
                else f" (presets: {', '.join(PRESETS)})"
            )
            raise PolicyError(f"{spec}: no such policy file or preset{hint}")
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise PolicyError(f"{spec}: cannot read policy: {type(exc).__name__}") from None
        policy = _parse(text, origin=str(path.resolve()), base_dir=path.resolve().parent)
    if ner is not None and ner != policy.engine.ner:
        policy = replace(policy, engine=replace(policy.engine, ner=ner))
    return policy


class _Doc:
    """A YAML document converted to Python with the line of every mapping key kept."""

    def __init__(self, text: str, origin: str) -> None:
        self.origin = origin
        self.lines: dict[tuple[Any, ...], int] = {}
        try:
            node = yaml.compose(text, Loader=yaml.SafeLoader)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            line = f":{mark.line + 1}" if mark is not None else ""
            problem = getattr(exc, "problem", None) or "invalid YAML"
            raise PolicyError(f"{origin}{line}: {problem}") from None
        self.data = self._convert(node, ()) if node is not None else {}
        if not isinstance(self.data, dict):
            raise PolicyError(f"{origin}:1: a policy must be a mapping of sections")

    def _convert(self, node: yaml.Node, path: tuple[Any, ...]) -> Any:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            out = {}
            for k, v in node.value:
                key = (
                    yaml.safe_load(yaml.serialize(k))
                    if not isinstance(k, yaml.ScalarNode)
                    else k.value
                )
                self.lines[(*path, key)] = k.start_mark.line + 1
                out[key] = self._convert(v, (*path, key))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self._convert(v, (*path, i)) for i, v in enumerate(node.value)]
        return yaml.safe_load(yaml.serialize(node))

    def error(self, path: tuple[Any, ...], message: str) -> PolicyError:
        while path and path not in self.lines:
            path = path[:-1]
        return PolicyError(f"{self.origin}:{self.lines.get(path, 1)}: {message}")


def _nearest(word: str, valid: Any) -> str:
    near = difflib.get_close_matches(str(word), [str(v) for v in valid], n=1, cutoff=0.5)
    return f" (did you mean '{near[0]}'?)" if near else f"; valid: {', '.join(map(str, valid))}"


def _check_keys(
    doc: _Doc,
    data: Mapping[str, Any],
    schema: Mapping[str, Any] | tuple,
    path: tuple[Any, ...],
    what: str,
) -> None:
    valid = tuple(schema)
    for key in data:
        if key not in valid:
            raise doc.error((*path, key), f"unknown {what} key '{key}'{_nearest(key, valid)}")


def _entity(doc: _Doc, name: Any, path: tuple[Any, ...]) -> str:
    if name not in ENTITIES:
        raise doc.error(path, f"unknown entity '{name}'{_nearest(name, ENTITIES)}")
    return str(name)


def _glob(doc: _Doc, pattern: Any, path: tuple[Any, ...], sep: str = ".") -> str:
    if not isinstance(pattern, str):
        raise doc.error(path, "a glob must be a string")
    try:
        compile_glob(pattern, sep)
    except GlobError as exc:
        raise doc.error(path, f"bad glob '{pattern}': {exc}") from None
    return pattern


def _merge(base: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """Deep-merge ``over`` into ``base`` (mappings merge, everything else replaces)."""
    out = dict(base)
    for k, v in over.items():
        out[k] = _merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


def _parse(text: str, *, origin: str, base_dir: Path) -> Policy:
    doc = _Doc(text, origin)
    data = doc.data
    _check_keys(doc, data, _SCHEMA, (), "policy")
    for section in ("hmac", "redact", "detect", "phi"):
        if section in data:
            if not isinstance(data[section], dict):
                raise doc.error((section,), f"'{section}' must be a mapping")
            _check_keys(doc, data[section], _SCHEMA[section], (section,), section)
    # A policy file starts from the default preset unless it names another or ``none``;
    # the presets themselves start from nothing.
    parent = data.get("extends", "none" if origin in PRESETS else DEFAULT_PRESET)
    if parent != "none":
        if parent not in PRESETS:
            valid = (*PRESETS, "none")
            raise doc.error(("extends",), f"unknown preset '{parent}'{_nearest(parent, valid)}")
        base_text = resources.files("detectors").joinpath(f"presets/{parent}.yaml").read_text()
        base = _Doc(base_text, parent).data
        base.pop("name", None)
        merged = _merge(base, {k: v for k, v in data.items() if k != "extends"})
        doc.data = data = merged
    data.pop("extends", None)
    return _build(doc, data, origin, base_dir)


def _operator(doc: _Doc, spec: Any, path: tuple[Any, ...], hmac_op: Hmac | None) -> Operator:
    options: dict[str, Any] = {}
    if isinstance(spec, dict):
        _check_keys(doc, spec, (*_OPERATOR_KEYS, "match", "entities"), path, "operator")
        options = {k: v for k, v in spec.items() if k in ("char", "keep_last")}
        spec = spec.get("operator")
    if spec not in OPERATOR_NAMES:
        raise doc.error(path, f"unknown operator '{spec}'{_nearest(spec, OPERATOR_NAMES)}")
    if spec == "mask":
        char = options.get("char", "*")
        keep_last = options.get("keep_last", 0)
        if not isinstance(char, str) or len(char) != 1 or char.isalnum():
            raise doc.error(path, "mask char must be one non-alphanumeric character")
        if not isinstance(keep_last, int) or keep_last < 0:
            raise doc.error(path, "mask keep_last must be a whole number >= 0")
        return Mask(char=char, keep_last=keep_last)
    if options:
        raise doc.error(path, f"operator '{spec}' takes no options")
    if spec == "hmac":
        if hmac_op is None:
            raise doc.error(
                path,
                f"operator 'hmac' needs a key: set {HMAC_KEY_ENV}, or hmac.key_file in a "
                "policy file (one that extends a preset) (there is no built-in default key)",
            )
        return hmac_op
    return {"keep": Keep, "tag": Tag, "drop": Drop, "generalize": Generalize}[spec]()


def _hmac(doc: _Doc, data: Mapping[str, Any], base_dir: Path) -> Hmac | None:
    cfg = data.get("hmac", {})
    key: bytes | None = None
    if "key_file" in cfg:
        key_path = (base_dir / str(cfg["key_file"])).resolve()
        try:
            key = key_path.read_bytes().strip()
        except OSError:
            raise doc.error(("hmac", "key_file"), "cannot read the HMAC key file") from None
    elif os.environ.get(HMAC_KEY_ENV):
        key = os.environ[HMAC_KEY_ENV].encode()
    if key is None:
        return None
    try:
        return Hmac(
            key=key, length=int(cfg.get("length", 16)), prefix=str(cfg.get("prefix", "ps_"))
        )
    except ValueError as exc:
        raise doc.error(("hmac",), str(exc)) from None


def _uses_hmac(data: Mapping[str, Any]) -> bool:
    red = data.get("redact", {})
    specs = [red.get("default"), *red.get("entities", {}).values()]
    specs += [r.get("operator") for r in red.get("fields", []) if isinstance(r, dict)]
    return any((s.get("operator") if isinstance(s, dict) else s) == "hmac" for s in specs)


def _build(doc: _Doc, data: dict[str, Any], origin: str, base_dir: Path) -> Policy:
    uses_hmac = _uses_hmac(data)
    hmac_op = _hmac(doc, data, base_dir) if uses_hmac else None
    redaction = _redaction(doc, data.get("redact", {}), hmac_op)
    engine, patterns = _detection(doc, data.get("detect", {}))
    phi = _phi(doc, data.get("phi", {}))
    destinations = _destinations(doc, data.get("destinations", []))
    return Policy(
        name=str(data.get("name", Path(origin).stem)),
        engine=replace(engine, phi=phi, redaction_outputs=_outputs(hmac_op)),
        redaction=redaction,
        phi=phi,
        destinations=destinations,
        patterns=patterns,
        source=origin,
        uses_hmac=uses_hmac,
    )


def _outputs(hmac_op: Hmac | None) -> tuple[str, ...]:
    """What the policy writes that detection should know as redacted: its pseudonyms."""
    return () if hmac_op is None else (hmac_op.output_pattern.pattern,)


def _redaction(doc: _Doc, red: Mapping[str, Any], hmac_op: Hmac | None) -> RedactionRules:
    path = ("redact",)
    default = _operator(doc, red.get("default", "tag"), (*path, "default"), hmac_op)
    entities: dict[str, Operator] = {}
    ent_spec = red.get("entities", {})
    if not isinstance(ent_spec, dict):
        raise doc.error((*path, "entities"), "'entities' must map entity names to operators")
    for name, spec in ent_spec.items():
        p = (*path, "entities", name)
        entities[_entity(doc, name, p)] = _operator(doc, spec, p, hmac_op)
    rules: list[FieldRule] = []
    for i, rule in enumerate(red.get("fields", [])):
        p = (*path, "fields", i)
        if not isinstance(rule, dict) or "match" not in rule or "operator" not in rule:
            raise doc.error(p, "a field rule needs 'match' (a glob) and 'operator'")
        _check_keys(doc, rule, _FIELD_RULE_KEYS, p, "field rule")
        ents = rule.get("entities")
        rules.append(
            FieldRule(
                glob=_glob(doc, rule["match"], (*p, "match")),
                operator=_operator(doc, rule, p, hmac_op),
                entities=None
                if ents is None
                else frozenset(_entity(doc, e, (*p, "entities")) for e in ents),
            )
        )
    urls = red.get("urls", {})
    query = urls.get("query_values", "redact")
    if query not in ("redact", "remove"):
        raise doc.error(
            (*path, "urls", "query_values"),
            f"unknown value '{query}'{_nearest(query, ('redact', 'remove'))}",
        )
    numbers = red.get("numbers", "null")
    if numbers not in ("null", "string"):
        raise doc.error(
            (*path, "numbers"), f"unknown value '{numbers}'{_nearest(numbers, ('null', 'string'))}"
        )
    return RedactionRules(
        default=default, entities=entities, fields=tuple(rules), url_query=query, numbers=numbers
    )


def _detection(doc: _Doc, det: Mapping[str, Any]) -> tuple[EngineConfig, tuple]:
    path = ("detect",)
    if "entities" in det:
        enabled = {_entity(doc, e, (*path, "entities")) for e in det["entities"]}
    else:
        enabled = set(ENTITIES) - DEFAULT_DISABLED
    enabled -= {_entity(doc, e, (*path, "disable")) for e in det.get("disable", [])}
    thresholds = {
        _entity(doc, e, (*path, "thresholds", e)): float(v)
        for e, v in det.get("thresholds", {}).items()
    }
    for e, v in thresholds.items():
        if not 0.0 <= v <= 1.0:
            raise doc.error((*path, "thresholds", e), "a threshold must be between 0 and 1")
    skip = tuple(_glob(doc, g, (*path, "skip_fields")) for g in det.get("skip_fields", []))
    always = {
        _glob(doc, g, (*path, "always", g)): _entity(doc, e, (*path, "always", g))
        for g, e in det.get("always", {}).items()
    }
    deny = {str(t): _entity(doc, e, (*path, "deny", t)) for t, e in det.get("deny", {}).items()}
    health: list[tuple[str, str]] = []
    for e, terms in det.get("health_terms", {}).items():
        ent = _entity(doc, e, (*path, "health_terms", e))
        if ent not in HEALTH_ENTITIES:
            raise doc.error((*path, "health_terms", e), f"'{e}' is not a health entity")
        health.extend((str(t), ent) for t in terms)
    ner_spec = str(det.get("ner", DEFAULT_NER_MODEL))
    ner_on = ner_spec not in ("off", "false", "False", "no")
    patterns = tuple(det.get("patterns", []))
    recognizers = tuple(
        _pattern_recognizer(doc, spec, (*path, "patterns", i)) for i, spec in enumerate(patterns)
    )
    try:
        engine = EngineConfig(
            entities=frozenset(enabled),
            min_score=float(det.get("min_score", 0.5)),
            thresholds=thresholds,
            ner=ner_on,
            ner_model=ner_spec
            if ner_on and ner_spec not in ("on", "true", "True")
            else DEFAULT_NER_MODEL,
            skip_fields=skip,
            field_entities=always,
            allow_values=frozenset(str(v) for v in det.get("allow", [])),
            deny_terms=deny,
            health_terms=tuple(health),
            plugins=recognizers,
            entity_map={r.supported_entities[0]: r.supported_entities[0] for r in recognizers},
        )
    except ValueError as exc:
        raise doc.error(path, str(exc)) from None
    return engine, patterns


def _pattern_recognizer(doc: _Doc, spec: Any, path: tuple[Any, ...]) -> Any:
    """A Presidio ``PatternRecognizer`` from its own dict syntax; its entity must be one of
    the contract's (Presidio is imported only when a policy has patterns)."""
    if not isinstance(spec, dict) or "patterns" not in spec or "supported_entity" not in spec:
        raise doc.error(path, "a pattern recognizer needs 'supported_entity' and 'patterns'")
    _entity(doc, spec["supported_entity"], (*path, "supported_entity"))
    from presidio_analyzer import PatternRecognizer

    try:
        return PatternRecognizer.from_dict(
            {"supported_language": "en", "name": f"policy pattern {path[-1]}", **spec}
        )
    except Exception as exc:  # Presidio raises plain errors for bad regexes or keys
        raise doc.error(path, f"bad pattern recognizer: {type(exc).__name__}") from None


def _phi(doc: _Doc, phi: Mapping[str, Any]) -> PhiRule:
    rule = phi.get("rule", "record")
    if rule not in PHI_RULES:
        raise doc.error(("phi", "rule"), f"unknown PHI rule '{rule}'{_nearest(rule, PHI_RULES)}")
    urls = tuple(
        _glob(doc, g, ("phi", "authenticated_urls"), "/") for g in phi.get("authenticated_urls", [])
    )
    keys = tuple(str(k) for k in phi.get("session_keys", []))
    if rule == "authenticated" and not urls:
        raise doc.error(("phi", "rule"), "rule 'authenticated' needs authenticated_urls")
    if rule == "session" and not keys:
        raise doc.error(("phi", "rule"), "rule 'session' needs session_keys")
    clinicians = phi.get("clinicians", "count")
    if clinicians not in CLINICIAN_MODES:
        raise doc.error(
            ("phi", "clinicians"),
            f"unknown clinicians mode '{clinicians}'{_nearest(clinicians, CLINICIAN_MODES)}",
        )
    return PhiRule(rule=rule, authenticated_urls=urls, session_keys=keys, clinicians=clinicians)


def _destinations(doc: _Doc, items: Any) -> tuple[Destination, ...]:
    if not isinstance(items, list):
        raise doc.error(("destinations",), "'destinations' must be a list")
    out = []
    for i, d in enumerate(items):
        p = ("destinations", i)
        if not isinstance(d, dict) or "name" not in d:
            raise doc.error(p, "a destination needs a 'name'")
        _check_keys(doc, d, _DESTINATION_KEYS, p, "destination")
        baa = d.get("baa", False)
        if not isinstance(baa, bool):
            raise doc.error((*p, "baa"), "'baa' must be true or false")
        out.append(
            Destination(
                name=str(d["name"]),
                baa=baa,
                sources=tuple(_glob(doc, g, (*p, "sources"), "/") for g in d.get("sources", [])),
                fields=tuple(_glob(doc, g, (*p, "fields")) for g in d.get("fields", [])),
            )
        )
    return tuple(out)
