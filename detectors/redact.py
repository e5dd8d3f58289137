"""Rebuild records with detected spans replaced, keeping nesting and, where possible, types.

A :class:`Redactor` applies :class:`RedactionRules` (which operator for which entity and
field path; what to do with URL query values and with non-string values) to one record at
a time. The walk mirrors :func:`detectors.cells.iter_leaves`, so a field path means the
same thing here as in the findings.

Types: a string stays a string. A number, date or boolean with a finding keeps its type
where the operator allows it (``keep``; ``hmac`` of an integer is an int64 pseudonym;
``generalize`` of a ZIP held as an integer is its ZIP3 as an integer, of a date is January
1st of its year) and otherwise becomes null of its type, unless the rules say
``numbers: string`` (then the replacement text is written, and the column becomes a
string column).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Literal
from urllib.parse import quote

from detectors.cells import query_pieces, value_text
from detectors.engine import RedactSpan
from detectors.globs import compile_glob
from detectors.operators import DROP, Drop, Generalize, Hmac, Keep, Operator, Tag


@dataclass(frozen=True)
class FieldRule:
    """An operator for the fields matching ``glob`` (optionally only for some entities)."""

    glob: str
    operator: Operator
    entities: frozenset[str] | None = None

    def applies(self, path: str, entity: str) -> bool:
        if self.entities is not None and entity not in self.entities:
            return False
        return compile_glob(self.glob).fullmatch(path) is not None


@dataclass(frozen=True)
class RedactionRules:
    """Which operator replaces what. Field rules (first match) beat entity rules beat the
    default."""

    default: Operator = field(default_factory=Tag)
    entities: Mapping[str, Operator] = field(default_factory=dict)
    fields: tuple[FieldRule, ...] = ()
    url_query: Literal["redact", "remove"] = "redact"
    numbers: Literal["null", "string"] = "null"

    def operator_for(self, path: str, entity: str) -> Operator:
        for rule in self.fields:
            if rule.applies(path, entity):
                return rule.operator
        return self.entities.get(entity, self.default)

    def is_output(self, text: str) -> bool:
        """True when ``text`` is what one of these rules' operators writes (a tag, a
        pseudonym): re-detecting it in a redacted copy is not a leak."""
        return any(produces(text) for produces in _producers(self))


class Redactor:
    """Applies :class:`RedactionRules` to records and their spans."""

    def __init__(self, rules: RedactionRules | None = None) -> None:
        self.rules = rules or RedactionRules()
        # Field paths repeat from record to record, so the rule lookup (glob matches) and
        # a path's ancestors are worked out once per distinct path, in bounded memos.
        self._operators: dict[tuple[str, str], Operator] = {}
        self._producers = _producers(self.rules)

    def operator_for(self, path: str, entity: str) -> Operator:
        """:meth:`RedactionRules.operator_for`, memoized per (path, entity)."""
        key = (path, entity)
        op = self._operators.get(key)
        if op is None:
            if len(self._operators) >= _MEMO_LIMIT:
                self._operators.clear()
            op = self._operators[key] = self.rules.operator_for(path, entity)
        return op

    def is_output(self, matched: str) -> bool:
        """:meth:`RedactionRules.is_output`, with the operators' tests gathered once."""
        return any(produces(matched) for produces in self._producers)

    def _replacement(self, op: Operator, matched: str, entity: str) -> str | None:
        """What replaces ``matched``: the operator's output, except that the policy's own
        output stays as it is. A rescan can read one operator's output as another entity:
        a phone's pseudonym under a GA4 ``address`` key is a LOCATION by field name, and
        tagging it ``<LOCATION>`` would make redaction not idempotent. A dropping operator
        still drops (a null is stable too, and nothing of the value is kept)."""
        if not isinstance(op, Drop) and self.is_output(matched):
            return matched
        return op.apply(matched, entity)

    def record(
        self, record: Mapping[str, object], spans_by_field: Mapping[str, Sequence[RedactSpan]]
    ) -> dict[str, object]:
        """A copy of ``record`` with every field in ``spans_by_field`` redacted.

        Only the containers on the way to a redacted leaf are rebuilt; every other subtree
        is shared with the input (nothing here mutates), which keeps wide records cheap.
        """
        if not spans_by_field:
            return dict(record)
        on_the_way = {""}
        for p in spans_by_field:
            on_the_way.update(_ancestors(p))

        def walk(node: object, path: str, top: bool = False) -> object:
            # only called for paths on the way; subtrees off it are shared as they are.
            # ``top``: the record itself, whose keys start paths (an empty key's children
            # are ".child", as in detectors.cells)
            if type(node) is dict or isinstance(node, Mapping):
                out = {}
                for k, v in node.items():
                    p = str(k) if top else f"{path}.{k}"
                    out[k] = walk(v, p) if p in on_the_way else v
                return out
            if isinstance(node, (list, tuple)):
                return [
                    walk(v, p) if (p := f"{path}[{i}]") in on_the_way else v
                    for i, v in enumerate(node)
                ]
            spans = spans_by_field.get(path)
            return node if not spans else self.value(node, spans, path)

        return walk(record, "", top=True)  # type: ignore[return-value]

    def value(self, value: object, spans: Sequence[RedactSpan], path: str) -> object:
        """Redact one leaf value."""
        if isinstance(value, str):
            return self.text(value, spans, path)
        ops = [self.operator_for(path, s.entity) for s in spans]
        if all(isinstance(op, Keep) for op in ops):
            return value
        if len(spans) == 1:
            typed = _typed_replacement(value, ops[0], spans[0].entity)
            if typed is not _NO_TYPED:
                return typed
        if self.rules.numbers == "string":
            return self.text(value_text(value) or "", spans, path)
        return None

    def text(self, text: str, spans: Sequence[RedactSpan], path: str) -> str | None:
        """Redact spans in a string; None when an operator drops the whole value.

        Inside a URL, a span in a query value is replaced in place (``?email=<EMAIL>``),
        or its whole ``name=value`` pair is removed when the rules say
        ``url_query: remove`` or the operator drops: the rest of the URL stays useful.
        """
        remove_pairs = self.rules.url_query == "remove"
        if len(spans) == 1 and not remove_pairs:  # the common case, without the machinery
            start, end, entity = spans[0]
            op = self.operator_for(path, entity)
            if isinstance(op, Keep):
                return text
            replacement = self._replacement(op, text[start:end], entity)
            if replacement is not DROP:
                replacement = _fit_to_url(text, start, end, replacement)
                return f"{text[:start]}{replacement}{text[end:]}"
        pieces: list[tuple[str | None, int, int]] | None = None  # split only when needed
        edits: list[tuple[int, int, str]] = []
        removals: list[tuple[int, int]] = []
        for s in sorted(spans):
            op = self.operator_for(path, s.entity)
            if isinstance(op, Keep):
                continue
            replacement = self._replacement(op, text[s.start : s.end], s.entity)
            pair = None
            if remove_pairs or replacement is DROP:
                if pieces is None:
                    pieces = query_pieces(text) or []
                pair = _query_pair(pieces, s)
            if pair is not None:
                removals.append(pair)
                continue
            if replacement is DROP:
                return None
            edits.append((s.start, s.end, _fit_to_url(text, s.start, s.end, replacement)))
        for a, b in _pair_runs(text, removals):
            edits = [e for e in edits if e[1] <= a or e[0] >= b]
            edits.append((a, b, ""))
        out: list[str] = []
        pos = 0
        for start, end, replacement in sorted(edits):
            if start < pos:
                # spans of one encoded value (base64 JSON in a query value, where every
                # finding inside covers the whole value) overlap: one replacement for all
                pos = max(pos, end)
                continue
            out.append(text[pos:start])
            out.append(replacement)
            pos = end
        out.append(text[pos:])
        result = "".join(out)
        return result[:-1] if removals and result.endswith("?") else result


_MEMO_LIMIT = 65_536


def _producers(rules: RedactionRules) -> tuple[Callable[[str], bool], ...]:
    """The output tests (``produces``) of every distinct operator the rules can pick."""
    ops: list[Operator] = []
    for op in (rules.default, *rules.entities.values(), *(r.operator for r in rules.fields)):
        if op not in ops:
            ops.append(op)
    return tuple(p for op in ops if callable(p := getattr(op, "produces", None)))


@lru_cache(maxsize=_MEMO_LIMIT)
def _ancestors(path: str) -> tuple[str, ...]:
    """A path and each of its ancestors (``a.b[0].c`` -> ``a``, ``a.b``, ``a.b[0]``, itself)."""
    cuts = [m.start() for m in _PATH_STEP.finditer(path, 1)]
    return (*(path[:i] for i in cuts), path)


_PATH_STEP = re.compile(r"[.\[]")


_NO_TYPED = object()


def _typed_replacement(value: object, op: Operator, entity: str) -> object:
    """A replacement that keeps a non-string value's type, or _NO_TYPED."""
    if isinstance(value, bool):
        return _NO_TYPED
    if isinstance(value, int):
        if isinstance(op, Hmac):
            return op.apply_int(value, entity)
        if isinstance(op, Generalize) and entity in ("ZIP_CODE", "DATE"):
            # a ZIP's first three digits; a date written as a number (an Excel serial, an
            # epoch) as January 1 of its year, written the same way
            g = op.apply(str(value), entity)
            return int(g) if g and g.lstrip("-").isdigit() else _NO_TYPED
    if isinstance(value, float) and isinstance(op, Generalize) and entity == "DATE":
        g = op.apply(repr(value), entity)  # a float's serial date (``45580.0``)
        return float(g) if g and g.lstrip("-").isdigit() else _NO_TYPED
    if isinstance(value, dt.date) and isinstance(op, Generalize) and entity == "DATE":
        return value.replace(month=1, day=1)
    return _NO_TYPED


#: Characters that mean something else inside a query value (``+`` is a space there).
_QUERY_SPECIAL = frozenset("+&#%=")


def _fit_to_url(text: str, start: int, end: int, replacement: str) -> str:
    """``replacement`` percent-encoded when it lands in a URL's query value or fragment,
    which are read decoded: ``90+`` written there would read back as ``90 ``."""
    if not _QUERY_SPECIAL.intersection(replacement):
        return replacement
    for name, s, e in query_pieces(text) or ():
        if name is not None and s <= start and end <= e:
            return quote(replacement, safe="<>")
    return replacement


def _query_pair(
    pieces: Sequence[tuple[str | None, int, int]], span: RedactSpan
) -> tuple[int, int] | None:
    """The ``name=value`` extent holding ``span`` when it is inside a query value."""
    for name, s, e in pieces:
        if name is not None and name != "#" and s <= span.start and span.end <= e:
            return s - len(name) - 1, e
    return None


def _with_separator(text: str, a: int, b: int) -> tuple[int, int]:
    """Extend a query pair by the ``&`` after it, or else by the ``&``/``?`` before it."""
    if b < len(text) and text[b] == "&":
        return a, b + 1
    if a > 0 and text[a - 1] in "&?":
        return a - 1, b
    return a, b


def _pair_runs(text: str, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The extents to cut for removed query pairs: runs of pairs next to each other (only
    an ``&`` between them) are cut as one, with one separator (:func:`_with_separator`).

    Cut pair by pair, each taking its own separator, the last pairs of a query left an
    ``&`` behind: ``?id=1&b=x&c=y`` became ``?id=1&`` (``b=x&`` and ``&c=y`` overlap on
    the ``&`` they both took).
    """
    runs: list[tuple[int, int]] = []
    for a, b in sorted(pairs):
        if runs and a <= runs[-1][1] + 1 and text[runs[-1][1] : a] in ("", "&"):
            runs[-1] = (runs[-1][0], max(b, runs[-1][1]))
        else:
            runs.append((a, b))
    return [_with_separator(text, a, b) for a, b in runs]


# -- the built-in default, kept as functions for simple callers --------------------------

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


_DEFAULT = Redactor()


def redact_record(
    record: Mapping[str, object], spans_by_field: Mapping[str, Sequence[RedactSpan]]
) -> dict[str, object]:
    """A copy of ``record`` with the default rules (entity tags) applied."""
    return _DEFAULT.record(record, spans_by_field)
