"""Rebuild records with detected spans replaced, keeping nesting and, where possible, types.

This is the built-in default (``<ENTITY>`` tags); policies add operators on top. The walk
mirrors :func:`detectors.cells.iter_leaves`, so a field path means the same thing here as
in the findings.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from detectors.engine import RedactSpan

Replacer = Callable[[str, RedactSpan], str]


def tag(original: str, span: RedactSpan) -> str:
    """Replace a span by its entity tag, e.g. ``<EMAIL>``."""
    return f"<{span.entity}>"


def redact_text(text: str, spans: Sequence[RedactSpan], replace: Replacer = tag) -> str:
    """Replace non-overlapping sorted ``spans`` in ``text``."""
    out: list[str] = []
    pos = 0
    for s in spans:
        out.append(text[pos : s.start])
        out.append(replace(text[s.start : s.end], s))
        pos = s.end
    out.append(text[pos:])
    return "".join(out)


def redact_value(value: object, spans: Sequence[RedactSpan], replace: Replacer = tag) -> object:
    """Redact one leaf. Strings get spans replaced; any other scalar with a finding becomes
    null of its type (a tag would not be a valid number, and a partial number is a leak)."""
    if isinstance(value, str):
        return redact_text(value, spans, replace)
    return None


def redact_record(
    record: Mapping[str, object],
    spans_by_field: Mapping[str, Sequence[RedactSpan]],
    replace: Replacer = tag,
) -> dict[str, object]:
    """A copy of ``record`` with every field in ``spans_by_field`` redacted."""
    if not spans_by_field:
        return dict(record)

    def walk(node: object, path: str) -> object:
        if isinstance(node, Mapping):
            return {k: walk(v, f"{path}.{k}" if path else str(k)) for k, v in node.items()}
        if isinstance(node, (list, tuple)):
            return [walk(v, f"{path}[{i}]") for i, v in enumerate(node)]
        spans = spans_by_field.get(path)
        return node if spans is None else redact_value(node, spans, replace)

    return walk(record, "")  # type: ignore[return-value]
