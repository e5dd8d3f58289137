"""SQL text in query logs: a literal's column says what it is.

Warehouses log every statement they run, with its literal values: Snowflake's
``QUERY_HISTORY.QUERY_TEXT``, BigQuery's ``INFORMATION_SCHEMA.JOBS.query`` and the
``jobChange`` audit entry, Databricks' ``commandText``, Redshift's ``querytxt`` and user
activity log, a BI tool's native query. A support analyst's lookup (``WHERE last_name =
'Thibodeaux' AND zip = '70506'``), a backfill (``INSERT INTO leads (email, first_name)
VALUES (...)``) or a suppression (``WHERE email_sha256 = '…'``) copies a person's values
into the log, where a bare ``'Rita'`` or ``'F32.9'`` has nothing around it that a pattern
reads. So, as :mod:`detectors.query_pairs` does for ``name=value`` pairs, each quoted
literal compared with a column (``=``, ``<>``, ``LIKE``, ``IN (...)``) or inserted into
one (an ``INSERT``'s column list against its ``VALUES`` tuples) is judged under the
column's name: the name goes through the field-name classifier
(:func:`detectors.field_names.profile_path`), and a literal that passes the shape check
of the entity the name implies is reported (the text between its quotes). A 32-, 40- or
64-hex literal under a direct identifier's column or a hashed one (``email_sha256``) is a
HASHED_ID; a valid ICD-10-CM code under a diagnosis column (``dx_code IN ('F32.9')``,
:func:`detectors.diagnosis_codes.diagnosis_field`) is a HEALTH_CONDITION.

What is not read, on purpose: column and table names alone (a query names what it asked,
not what it got; the project reads schema text as no one's, :mod:`detectors.dictionary`),
placeholders (``?``, ``:email``, ``@dob``), function calls (``sha2(email)``), unquoted
numbers (``user_id = 112`` is a warehouse user as often as a person), and range bounds
(``>=``, ``BETWEEN``: a population's window, not a person's value; see
:mod:`detectors.dates` for the date family's side). Email addresses and health words are
found by their own families wherever they stand.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.diagnosis_codes import diagnosis_field, is_code
from detectors.field_names import HASHABLE, HEX_HASH, profile_path
from detectors.named_values import DETECTOR, NAMED_ENTITIES, Candidate, checked
from detectors.registry import register
from detectors.spans import Span

#: RE2 prefilter: a statement that can carry a literal, and a quote after it.
PREFILTER = r"(?is)\b(?:select|insert\s+into|update|delete\s+from|merge\s+into)\b.*'"
#: A column (its own word: a qualifier before it, ``t."EMAIL"``, or a function around it,
#: ``lower(diagnosis)``, is not needed to name it), then a comparison that takes a value
#: as it is, then the quote or the parenthesis of the literal. The look-behind starts a
#: column only at a word's start, so a long run of word characters is tried once, not once
#: per character.
_COMPARED = re.compile(
    r"(?<![\w$])(?P<col>[A-Za-z_][\w$]*)[\"`\]]?\)?\s*"
    r"(?P<op>=|!=|<>|\b(?:not\s+)?i?like\b|\b(?:not\s+)?in\b)\s*(?=[('])",
    re.IGNORECASE,
)
#: An ``INSERT``'s column list and the start of its ``VALUES``.
_INSERT = re.compile(
    r"\binsert\s+into\s+[\w.\"`\[\]-]+\s*\((?P<cols>[^()]*)\)\s*values\s*",
    re.IGNORECASE,
)
#: One quoted literal (``''`` is a quote inside it).
_LITERAL = re.compile(r"'((?:[^']|'')*)'")
#: One item of a ``VALUES`` tuple: a literal, or anything up to the next comma.
_ITEM = re.compile(r"\s*(?:'((?:[^']|'')*)'|[^,()']*(?:\([^()]*\))?[^,()']*)\s*")
#: A digest: what a hashed identifier looks like in any warehouse.
_DIGEST = re.compile(HEX_HASH)
#: LIKE wildcards around a pattern's value.
_WILDCARDS = "%_*"

#: Entities a column's name may imply here: those with a shape check, less EMAIL (the
#: email family finds addresses anywhere), and tracking ids as :mod:`detectors.online_ids`
#: checks them.
ENTITIES = NAMED_ENTITIES | {"ONLINE_ID", "HASHED_ID", "HEALTH_CONDITION"}
_CODE_SCORE = 0.9


def column_literals(text: str) -> Iterator[tuple[str, int, int]]:
    """``(column, start, end)`` of every quoted literal ``text`` gives a column: compared
    with it (``=``, ``<>``, ``LIKE``, ``IN (...)``) or inserted into it. Offsets are of the
    literal's text between its quotes, LIKE wildcards left out."""
    for m in _COMPARED.finditer(text):
        col, pos = m.group("col"), m.end()
        if m.group("op").lower().endswith("in"):
            if not text.startswith("(", pos):
                continue
            close = text.find(")", pos)
            if close < 0:
                continue
            for lit in _LITERAL.finditer(text, pos + 1, close):
                yield col, lit.start(1), lit.end(1)
            continue
        lit = _LITERAL.match(text, pos)
        if lit is None:
            continue
        start, end = lit.start(1), lit.end(1)
        if "like" in m.group("op").lower():
            while start < end and text[start] in _WILDCARDS:
                start += 1
            while end > start and text[end - 1] in _WILDCARDS:
                end -= 1
        yield col, start, end
    for m in _INSERT.finditer(text):
        cols = [c.strip().strip('"`[]') for c in m.group("cols").split(",")]
        pos = m.end()
        while text.startswith("(", pos):
            pos += 1
            for col in cols:
                item = _ITEM.match(text, pos)
                if item is None:
                    break
                if item.group(1) is not None:
                    yield col, item.start(1), item.end(1)
                pos = item.end()
                if not text.startswith(",", pos):
                    break
                pos += 1
            close = text.find(")", pos)
            if close < 0:
                break
            pos = close + 1
            while pos < len(text) and text[pos] in " ,\n\t":
                pos += 1


def _judge(col: str, value: str) -> tuple[str, float] | None:
    """The entity and score a column's name gives a literal, before its shape check."""
    if diagnosis_field(col):
        return ("HEALTH_CONDITION", _CODE_SCORE) if is_code(value) else None
    profile = profile_path(col)
    if profile.system or profile.entity is None:
        return None
    if _DIGEST.match(value):
        if profile.entity in HASHABLE or profile.entity == "HASHED_ID":
            return "HASHED_ID", profile.score
        return None
    if profile.entity in ENTITIES:
        return profile.entity, profile.score
    return None


class SqlLiteralDetector:
    """Quoted literals of SQL statements, by the column they are compared with or put in."""

    name = "sql_literals"
    entities = ENTITIES

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        among = ctx.containing("'")  # every literal has one: a cheap first screen
        cells = ctx.candidates(PREFILTER, skip_system=True, among=among)
        if len(cells) == 0:
            return
        texts = ctx.cells.text
        # entity -> (cell, start, end, score, value) of each candidate literal
        found: dict[str, list[Candidate]] = defaultdict(list)
        for cell in cells.tolist():
            text = texts[cell]
            for col, start, end in column_literals(text):
                value = text[start:end].replace("''", "'").strip()
                judged = _judge(col, value) if value else None
                if judged is None or not ctx.enabled(judged[0]):
                    continue
                entity, score = judged
                if entity == "HEALTH_CONDITION":  # a vocabulary lookup, as diagnosis_codes'
                    yield Span(cell, start, end, entity, score, "dictionary")
                elif entity == "HASHED_ID":
                    yield Span(cell, start, end, entity, score, DETECTOR)
                else:
                    found[entity].append((cell, start, end, score, value))
        for entity, (cell, start, end, score, _) in checked(found):
            yield Span(cell, start, end, entity, score, DETECTOR)


@register("sql_literals")
def _factory(config: EngineConfig) -> SqlLiteralDetector:
    return SqlLiteralDetector()
