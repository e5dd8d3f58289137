"""Flatten a chunk of records into *cells*: one scannable text per leaf value.

A record (a dict parsed from JSON, a CSV row, a Parquet row) becomes rows of
``(record, field path, text)`` stored as columns, so every later step works on arrays.
Field paths follow the contract: object keys joined with ``.``, list indices as ``[i]``
(``event_params[3].value.string_value``); a CSV column's name is kept as is.

Page URLs are split into *sub-cells* (the path, and each query value with the parameter
name appended to its hint path, ``page_location?email``) so that a condition slug and an
``?email=`` value are each seen with the right context, while offsets still point into the
original value. Percent-encoded query values are decoded for scanning; an offset map
takes findings back to code points of the original text. Typographic look-alikes of ASCII
(en dashes, no-break spaces, full-width digits) are folded to ASCII one for one
(:func:`fold`), so patterns see ``312-555-0199`` whichever dash was typed.
"""

from __future__ import annotations

import base64
import binascii
import datetime as _dt
import functools
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import unquote

import numpy as np
import orjson
import pyarrow as pa

from detectors.dicom_tags import VALUE_HINT, VALUE_KEYS, VR_KEY, dicom_attribute, dicom_tag
from detectors.embedded_json import json_in_base64, json_leaves, opens_json
from detectors.nemsis import element_name
from detectors.offsets import ComposedMap, IndexMap, ShiftMap, WholeMap
from detectors.reported_paths import reported_key
from detectors.unescape import needs_unescape, unescape_texts

_URL_START = re.compile(r"(?:https?://|www\.|/|\?[^=&\s]+=)", re.IGNORECASE)
#: What separates a query's ``name=value`` pairs.
_PAIR_SEPARATORS = re.compile(r"[&;]")
#: A form-encoded body, or a query string logged without its ``?``: two or more
#: ``name=value`` pairs joined by ``&``, no space anywhere (form encoding writes ``+``).
_FORM_BODY = re.compile(r"[A-Za-z_$][\w.$\[\]-]*=[^&\s]*(?:&[A-Za-z_$][\w.$\[\]-]*=[^&\s]*)+")


def _fold_table() -> dict[int, str]:
    """Typographic look-alikes of ASCII, each to the one ASCII character it stands for."""
    table = {cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)}  # full-width forms
    spaces = (0x00A0, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000)
    table.update(dict.fromkeys(spaces, " "))
    dashes = (*range(0x2010, 0x2016), 0x2212, 0xFE58, 0xFE63)
    table.update(dict.fromkeys(dashes, "-"))
    table.update({0x2018: "'", 0x2019: "'", 0x201C: '"', 0x201D: '"'})
    return table


#: See :func:`fold`.
FOLD = str.maketrans(_fold_table())


def fold(text: str) -> str:
    """``text`` with typographic look-alikes of ASCII replaced, one character for one.

    Word processors, phones and CJK input methods write ``312–555–0199`` (en dashes),
    ``SSN: 536−22−8410`` (a minus), ``March\u00a014`` (a no-break space), ``０３/１４``
    (full-width digits) and ``jane＠gmail.com``. Every pattern is written with ASCII
    separators, so such a value was missed whole and stayed readable in the redacted copy.
    Folding the scanned text once, here, serves every detector; as one code point stands
    for one, offsets still point into the original value, which is what redaction edits.
    Most text is ASCII and returns at once.
    """
    return text if text.isascii() else text.translate(FOLD)


def _scannable(texts: list[str], offset_maps: dict[int, IndexMap]) -> list[str]:
    """A chunk's texts as detectors read them: encodings undone where a cell holds one
    (:mod:`detectors.unescape`, maps added to ``offset_maps``), then :func:`fold`.

    One join serves both screens: an all-ASCII chunk (one test in C) is not folded, and a
    chunk without entities, escapes, tags or invisible characters (a few substring
    searches) is not unescaped, which is nearly every analytics chunk.
    """
    joined = "".join(texts)
    ascii_only = joined.isascii()
    if not needs_unescape(joined, ascii_only):
        return texts if ascii_only else list(map(fold, texts))
    texts, changed = unescape_texts(texts, offset_maps)
    if ascii_only:  # only what was decoded may hold a look-alike (``&nbsp;``)
        for i in changed:
            texts[i] = fold(texts[i])
        return texts
    return list(map(fold, texts))


@dataclass(frozen=True)
class Cells:
    """The cells of one chunk, as parallel columns.

    Attributes:
        record: 0-based record index *within the chunk* of each cell.
        path_id: index into ``paths`` of the field path a finding reports.
        hint_id: index into ``paths`` of the path the field-name classifier reads (equal to
            ``path_id`` except for URL query values, where it is ``path?param``).
        base: offset of the cell's text inside the field's full value (URL pieces).
        text: the text scanned.
        paths: distinct paths of the chunk (report paths and hint paths).
        offset_maps: for decoded cells only, ``cell -> map`` where ``map[i]`` is the offset
            (from ``base``) in the original value of decoded character ``i``, and
            ``map[len(text)]`` its end (:mod:`detectors.offsets`).
        n_records: records in the chunk (records with no scannable value have no cells).
    """

    record: np.ndarray
    path_id: np.ndarray
    hint_id: np.ndarray
    base: np.ndarray
    text: list[str]
    paths: tuple[str, ...]
    n_records: int
    offset_maps: Mapping[int, IndexMap] = field(default_factory=dict)
    #: ``paths`` as outputs report them, keys that are identifiers masked
    #: (:mod:`detectors.reported_paths`); None: the same as ``paths``.
    reported_paths: tuple[str, ...] | None = None

    @property
    def report_paths(self) -> tuple[str, ...]:
        """The paths findings name (``reported_paths``, else ``paths``)."""
        return self.paths if self.reported_paths is None else self.reported_paths

    def __len__(self) -> int:
        return len(self.text)

    @cached_property
    def arrow_text(self) -> pa.Array:
        """The texts as an Arrow string array, for the vectorized RE2 prefilters."""
        return pa.array(self.text, type=pa.large_string())

    def rows(self, rows: np.ndarray, texts: list[str]) -> Cells:
        """The cells at ``rows`` (record, paths and base kept) with ``texts`` as their text.

        For detection only: offset maps are dropped, so spans found here are placed back on
        the original cells by whoever chose the rows.
        """
        return replace(
            self,
            record=self.record[rows],
            path_id=self.path_id[rows],
            hint_id=self.hint_id[rows],
            base=self.base[rows],
            text=texts,
            offset_maps={},
        )

    def original_span(self, cell: int, start: int, end: int) -> tuple[int, int]:
        """Map a span in a cell's scanned text to code points of the field's full value."""
        omap = self.offset_maps.get(cell)
        if omap is not None:
            start, end = omap.start(start), omap[end]
        base = int(self.base[cell])
        return base + start, base + end


def value_text(value: object) -> str | None:
    """The text a leaf value is scanned as: strings as is, other scalars as JSON text."""
    if isinstance(value, str):
        return value
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return orjson.dumps(value).decode() if math.isfinite(value) else None
    if isinstance(value, (_dt.datetime, _dt.date, _dt.time)):
        return value.isoformat()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return None  # binary payloads are not text; nothing to scan
    return str(value)


def iter_leaves(value: object, prefix: str = "") -> Iterable[tuple[str, str, object]]:
    """Yield ``(path, hint path, leaf)`` for every scalar in a nested record, in order.

    The hint path is what the field-name classifier reads. It equals the path except inside
    key/value lists, the shape of GA4's ``event_params`` and many CRM custom-field exports:
    there the parameter's *name* is a sibling value, so the leaves of
    ``event_params[3] = {"key": "email", "value": {...}}`` get the hint path
    ``event_params.email.value.string_value``.
    """
    # ``top``: keys of this mapping start a path (no dot before them). Emptiness of the
    # path says nothing: a record may have an empty key, whose children are ".child".
    # ``name_key``: the key naming the parameter when the mapping is a key/value pair.
    # A record that is itself one key/value pair (a WordPress meta row) reads its value as
    # that key's: the pair's name starts the hint path.
    pair = _record_pair(value) if not prefix and isinstance(value, Mapping) else None
    # A field-history row's old and new values read as the field it names (only those two:
    # its other columns keep their own names).
    changed = _history_field(value) if not prefix and pair is None else None
    # An identity graph's edge reads each id as the kind its type column names.
    typed = (
        dict(_typed_columns(value))
        if not prefix and pair is None and changed is None and isinstance(value, Mapping)
        else {}
    )
    stack: list[tuple[str, str, object, bool, str | None]] = [
        (prefix, pair[1] if pair else prefix, value, not prefix, pair[0] if pair else None)
    ]
    while stack:
        path, hint, node, top, name_key = stack.pop()
        if isinstance(node, Mapping):
            items = []
            for k, v in node.items():
                p = str(k) if top else f"{path}.{k}"
                h = str(k) if top and not name_key else f"{hint}.{_hint_key(k, name_key)}"
                element = element_name(k)
                if element is not None:  # a NEMSIS element reads as its name
                    h = element if top and not name_key else f"{hint}.{element}"
                if top and changed is not None and k in HISTORY_VALUE_KEYS:
                    h = f"{changed}.value"
                if top and k in typed:
                    h = f"{typed[k]}.value"
                label = nested_label(k, v, node)
                if label is not None:
                    h = label[1] if top else f"{hint}.{label[1]}"
                items.append((p, h, v, False, label[0] if label else None))
            stack.extend(reversed(items))
        elif isinstance(node, (list, tuple)):
            children = []
            rows = _table_row_columns(name_key, TABLE_NAME)
            if rows is not None:  # a table's rows: each row carries the columns
                row_key = TABLE_ROW_NAME + _TABLE_SEP.join(rows)
                for i, v in enumerate(node):
                    children.append((f"{path}[{i}]", f"{hint}[{i}]", v, False, row_key))
                stack.extend(reversed(children))
                continue
            cols = _table_row_columns(name_key, TABLE_ROW_NAME)
            for i, v in enumerate(node):
                if cols is not None:  # a table row's value reads as its column
                    if i < len(cols):
                        children.append(
                            (f"{path}[{i}]", f"{hint}.{cols[i]}", v, False, TABLE_CELL_KEY)
                        )
                    else:
                        children.append((f"{path}[{i}]", f"{hint}[{i}]", v, False, None))
                    continue
                pair = _param_pair(v)
                if pair is None and isinstance(v, Mapping):
                    pair = _role_pair(v) or _typed_key(v, hint)
                h = f"{hint}.{pair[1]}" if pair else f"{hint}[{i}]"
                children.append((f"{path}[{i}]", h, v, False, pair[0] if pair else None))
            stack.extend(reversed(children))
        else:
            yield path, hint, node


#: The name and value columns of a record that is one key/value pair: WordPress's meta
#: tables (``wp_postmeta``, ``wp_usermeta``, WooCommerce's ``wc_orders_meta``) keep an
#: order's or a user's fields one per row, ``{"meta_id", "post_id", "meta_key":
#: "_billing_phone", "meta_value": "813-555-0176"}``, so the value reads as
#: ``_billing_phone.meta_value`` in the hint path (the path stays ``meta_value``).
RECORD_PAIR_KEYS = ("meta_key", "meta_value")


def _record_pair(record: Mapping[str, object]) -> tuple[str, str] | None:
    """``("meta_key", name)`` of a record that is one key/value pair (at most six
    columns, :data:`RECORD_PAIR_KEYS` among them), else None."""
    name = record.get(RECORD_PAIR_KEYS[0])
    if isinstance(name, str) and name and RECORD_PAIR_KEYS[1] in record and len(record) <= 6:
        return RECORD_PAIR_KEYS[0], name
    return None


#: A data-quality check's result quotes the failing values of the column it checked:
#: Great Expectations' validation result (``{"expectation_config": {"expectation_type":
#: ..., "kwargs": {"column": "mobile_phone"}}, "result": {"element_count": 48211,
#: "partial_unexpected_list": [...]}}``, ``type`` in 1.x). The sample lists read as that
#: column (``result.mobile_phone[0]``), so failing names, birth dates, customer ids and
#: diagnosis codes are read as the export would read them; the result's counts and
#: percentages read as name leaves (``result.key``). Only the quoted values:
#: ``partial_unexpected_counts`` pairs them with counts, and its index list numbers rows.
#: The column travels in the pair's name key (``expectation_config=mobile_phone``).
EXPECTATION_KEY = "expectation_config"
EXPECTATION_NAME = f"{EXPECTATION_KEY}="
EXPECTATION_RESULT_KEY = "result"
UNEXPECTED_KEYS = frozenset({"partial_unexpected_list", "unexpected_list"})
#: Longest column name read from a check's kwargs; a dotted one is a nested path, not read.
_EXPECTATION_COLUMN_CHARS = 80


def _expectation_column(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``("expectation_config=<column>", "result")`` of a validation result whose check
    names one column (:data:`EXPECTATION_KEY`), else None."""
    config = node.get(EXPECTATION_KEY)
    kwargs = config.get("kwargs") if isinstance(config, Mapping) else None
    column = kwargs.get("column") if isinstance(kwargs, Mapping) else None
    if type(column) is not str:
        return None
    column = column.strip()
    if not column or len(column) > _EXPECTATION_COLUMN_CHARS or "." in column:
        return None
    return f"{EXPECTATION_NAME}{column}", EXPECTATION_RESULT_KEY


#: A table sent as a column list and positional rows: Meta's custom-audience upload
#: (``payload = {"schema": ["EMAIL_SHA256", "PHONE_SHA256", "MADID"], "data": [[<sha256>,
#: <sha256>, <MAID>], ...]}``), which reverse-ETL tools log in their sync debuggers. Each
#: row's values read as the column the schema names at their position
#: (``payload.data[0].EMAIL_SHA256``), as a key/value list's values read as their key.
#: The columns travel in the rows' name key (``schema=EMAIL_SHA256|…``).
TABLE_COLUMNS_KEY = "schema"
TABLE_ROWS_KEY = "data"
TABLE_NAME = f"{TABLE_COLUMNS_KEY}="
TABLE_ROW_NAME = f"{TABLE_COLUMNS_KEY}-row="
TABLE_NAMES = (TABLE_NAME, TABLE_ROW_NAME)
_TABLE_SEP = "\x1f"
#: Most columns, and longest column name, read from a schema list; more is no header.
_TABLE_COLUMNS = 64
_TABLE_COLUMN_CHARS = 60


def _table_columns(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``("schema=<columns>", "data")`` of a mapping whose ``schema`` is a list of column
    names beside its ``data`` rows (:data:`TABLE_COLUMNS_KEY`), else None."""
    cols = node.get(TABLE_COLUMNS_KEY)
    if type(cols) is not list or not 0 < len(cols) <= _TABLE_COLUMNS:
        return None
    for c in cols:
        if type(c) is not str or not 0 < len(c) <= _TABLE_COLUMN_CHARS or _TABLE_SEP in c:
            return None
        if "." in c:
            return None
    return TABLE_NAME + _TABLE_SEP.join(cols), TABLE_ROWS_KEY


#: The name key of a table row's value (no special reading of its own).
TABLE_CELL_KEY = "table_cell"


def _table_row_columns(name_key: str | None, prefix: str) -> list[str] | None:
    """The column names a rows' or a row's name key carries (:data:`TABLE_NAME`), or None."""
    if name_key is None or not name_key.startswith(prefix):
        return None
    return name_key[len(prefix) :].split(_TABLE_SEP)


#: Columns naming the kind of the identifier another column of the same row holds, as
#: identity-resolution tools export a graph's edges (``{"from_id_type": "email",
#: "from_id": ..., "to_id_type": "gaid", "to_id": ...}``) and a flat identifier table
#: (``identifier_type`` / ``identifier``, ``id_type`` / ``id_value``, Segment's
#: ``external_id_type`` / ``external_id``): type column -> value column. The value reads
#: as ``<kind>.value`` in the hint path, as a key/value list's does, so a GAID under
#: ``to_id`` is a device id; an unknown kind (``cookie``) leaves it to its content.
TYPED_COLUMNS = {
    "from_id_type": "from_id", "to_id_type": "to_id", "src_id_type": "src_id",
    "dst_id_type": "dst_id", "fromIdType": "fromId", "toIdType": "toId",
    "identifier_type": "identifier", "identifierType": "identifier", "id_type": "id_value",
    "idType": "idValue", "external_id_type": "external_id",
}  # fmt: skip
#: Longest kind read from a type column (``android_advertising_id``); longer is prose.
_TYPED_KIND_CHARS = 40


def _typed_columns(record: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
    """``(value column, kind)`` of each typed identifier column pair of a row
    (:data:`TYPED_COLUMNS`), or ``()``."""
    out = []
    for type_key, value_key in TYPED_COLUMNS.items():
        kind = record.get(type_key)
        if (
            type(kind) is str
            and 0 < len(kind.strip()) <= _TYPED_KIND_CHARS
            and value_key in record
            and "." not in kind
        ):
            out.append((value_key, kind.strip()))
    return tuple(out)


#: The column naming the changed field in a field-history or edit-audit row, and the
#: columns holding its values before and after: Salesforce's ``ContactHistory`` and
#: ``LeadHistory`` (``{"Field": "FirstName", "OldValue": ..., "NewValue": ..., "ContactId",
#: "CreatedDate", ...}``), a CRM's or a transcription QA tool's audit log
#: (``{"field_changed": "patient_name", "old_value": ..., "new_value": ...}``). The values
#: read as that field's (``FirstName.value``), so a respelled name is a NAME and a changed
#: birth date a DATE; an unknown field's values are read by their content.
HISTORY_NAME_KEYS = ("Field", "field", "field_name", "fieldName", "field_changed", "changed_field")
HISTORY_VALUE_KEYS = frozenset(
    {"OldValue", "NewValue", "old_value", "new_value", "oldValue", "newValue"}
    | {"previous_value", "previousValue"}
)


def _history_field(record: object) -> str | None:
    """The field a history row names (:data:`HISTORY_NAME_KEYS`) when the row also holds
    an old or a new value (:data:`HISTORY_VALUE_KEYS`), else None."""
    if not isinstance(record, Mapping) or HISTORY_VALUE_KEYS.isdisjoint(record):
        return None
    for key in HISTORY_NAME_KEYS:
        name = record.get(key)
        if isinstance(name, str) and name.strip() and "." not in name:
            return name.strip()
    return None


#: Keys naming the parameter of a key/value list element, in order of preference: GA4's
#: ``key``, HubSpot form and Braze ``name``, LinkedIn Conversions API ``idType``, Google
#: Ads lead-form webhooks' ``column_id`` (``FULL_NAME``, ``POSTAL_CODE``: stable, where
#: the ``column_name`` beside it is the form's display label), FHIR's ``system`` (a
#: ContactPoint's ``phone``/``fax``/``email``, an Identifier's ``…/sid/us-ssn``), a form
#: builder's ``field`` (Formstack's submission ``data``: ``{"field": "152334103",
#: "value": ...}``; read as a pair, its ``value`` is the answer, not an amount), a
#: kiosk's or a check-in wizard's ``screen`` or ``step`` (``{"screen": "date_of_birth",
#: "value": "04/09/1987"}``: what the person typed on that screen). A DocuSign tab is told
#: by its own label key (:data:`TAB_LABEL_KEY`). Last, a vendor portal's custom field
#: as its display ``label`` (an interpreting vendor's call detail: ``customFields =
#: [{"label": "MRN", "value": ...}]``), read only when no machine name stands beside it.
PARAM_NAME_KEYS = (
    "key", "name", "idType", "id_type", "column_id", "system", "field", "screen", "step",
    "label",
    # the same pair written PascalCase (a document-extraction export's ``KeyValues =
    # [{"Key": "Patient's HI Claim No.", "Value": ...}]``, .NET serializers)
    "Key",
)  # fmt: skip
#: Keys holding its value (``idValue`` beside ``idType``; the lead form's ``string_value``;
#: Facebook Lead Ads' ``values`` list: ``field_data = [{"name": "full_name", "values":
#: ["..."]}]``, so its answers read as ``field_data.full_name.values[0]``).
PARAM_VALUE_KEYS = ("value", "idValue", "id_value", "string_value", "values", "Value")
#: Keys of a form answer holding the respondent's value, one per answer type (Typeform's
#: Responses API and webhooks: ``{"field": {"ref": "dob", "type": "date"}, "type":
#: "date", "date": "1985-06-02"}``). Under such an answer they read as ``value`` in the
#: hint path, so the answer means what its question's ``ref`` (or type) says.
ANSWER_VALUE_KEYS = frozenset(
    {"text", "email", "phone_number", "date", "number", "boolean", "choice", "choices"}
    | {"url", "file_url", "payment"}
)


#: Keys holding the CSS selector of the form input whose ``value`` sits beside them:
#: session-replay and heatmap exports (FullStory, Hotjar, Clarity) and tag-manager
#: listeners log ``{"type": "change", "target": "input#dob", "value": "03/14/1962"}``.
SELECTOR_KEYS = ("target", "selector", "element", "css_selector")
#: A selector's naming part, most telling first: the input's ``name`` (what the form
#: posts), its ``id``, then the labels a form gives it.
_SELECTOR_NAME = re.compile(
    r"\[(?:name|id|data-field|data-name|autocomplete|aria-label|placeholder)\s*[~|^$*]?=\s*"
    r"[\"']?(?P<attr>[^\"'\]]{1,80})|#(?P<id>[A-Za-z_][\w-]{0,79})"
)

#: One compound selector: anything but combinators, with ``[...]`` read whole (an
#: ``aria-label`` holds spaces).
_COMPOUND = re.compile(r"(?:\[[^\]]*\]|[^\s>+~\[\]])+")


def selector_field_name(selector: str) -> str | None:
    """The field a CSS selector names (``input#dob`` -> ``dob``,
    ``form > input[name="insurance_member_id"]`` -> ``insurance_member_id``), read from
    its last compound selector; None when it names no field (``a.btn-schedule``)."""
    compounds = _COMPOUND.findall(selector)
    last = compounds[-1] if compounds else ""
    best: str | None = None
    for m in _SELECTOR_NAME.finditer(last):
        if m.group("attr") and m.group(0).lstrip("[").startswith("name"):
            return m.group("attr").strip()
        best = best or (m.group("attr") or m.group("id"))
    return best.strip() if best else None


#: Keys a document-extraction tool puts beside a key/value pair's ``key`` and ``value``
#: (amazon-textractor's ``{"key", "value", "key_confidence", "value_confidence", "page",
#: "bbox"}``, Azure's ``boundingRegions`` and ``spans``): where and how surely the pair was
#: read, not more of the pair, so they do not count against its few keys. Compared
#: lower-cased without ``_``; any key ending ``confidence`` too.
EXTRACTION_META_KEYS = frozenset(
    {"page", "pagenumber", "bbox", "boundingbox", "geometry", "polygon", "boundingregions"}
    | {"spans", "pageanchor", "textanchor"}
)
#: A DocuSign tab of an envelope's recipient (``tabs.textTabs = [{"tabLabel": "MemberID",
#: "value": ..., "originalValue": ..., "xPosition": ..., "font": ..., "tabId": ...}]``,
#: two dozen keys in an envelope export): ``tabLabel`` names the form field, ``value`` and
#: ``originalValue`` hold what the signer typed, and every other key says how and where the
#: tab is drawn, so they read as name leaves (``key``), not as the signer's data.
TAB_LABEL_KEY = "tabLabel"
TAB_VALUE_KEYS = frozenset({"value", "originalValue"})


def _extraction_meta(key: object) -> bool:
    k = str(key).lower().replace("_", "")
    return k in EXTRACTION_META_KEYS or k.endswith("confidence")


#: Document AI's ``Entity`` (``{"type": "patient_name", "mentionText": "...",
#: "confidence", "pageAnchor", "id", "normalizedValue"}``): the extractor's label is the
#: ``type`` and its reading the ``mentionText`` (and the ``normalizedValue``), which read
#: as the pair's ``value`` in the hint path.
MENTION_KEYS = frozenset({"mentionText", "mention_text", "normalizedValue", "normalized_value"})
#: Textract's ``AnalyzeID`` and ``AnalyzeExpense`` fields (``{"Type": {"Text":
#: "FIRST_NAME"}, "LabelDetection": {...}, "ValueDetection": {"Text": "...", "Confidence":
#: 98.7}}``): the field's kind is ``Type.Text``; its detections read as the pair's ``key``
#: (the printed label) and ``value`` in the hint path.
DETECTION_KEYS = {"ValueDetection": "value", "LabelDetection": "key", "Type": "key"}


def _extraction_pair(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``(name key, label)`` of a document-extraction field: a Document AI entity
    (:data:`MENTION_KEYS`) or a Textract ID or expense field (:data:`DETECTION_KEYS`)."""
    kind = node.get("type")
    if type(kind) is str and kind and ("mentionText" in node or "mention_text" in node):
        return "type", kind
    kind = node.get("Type")
    if "ValueDetection" in node and isinstance(kind, Mapping):
        text = kind.get("Text")
        if type(text) is str and text:
            return "Type", text
    return None


def _param_pair(node: object) -> tuple[str, str] | None:
    """``(name key, parameter name)`` of a ``{"key"|"name"|"idType"|"column_id"|"system": str,
    "value"|"idValue"|"string_value": ...}`` list element (at most four keys, so a record
    that merely has a ``name`` and a ``value`` among many fields is not one), or of a
    ``{"target": "<CSS selector of a form input>", "value": ...}`` one
    (:data:`SELECTOR_KEYS`): the field the selector names."""
    if type(node) is not dict and not isinstance(node, Mapping):
        return None
    if len(node) == 2 and "value" in node:  # GA4's ``{"key", "value"}``, the commonest
        name = node.get("key")
        if type(name) is str and name:
            return "key", name
    if COLUMN_KEY in node:
        titled = _titled_column(node)
        if titled is not None:
            return titled
    if "type" in node or "Type" in node:
        extracted = _extraction_pair(node) or _identifier_type(node)
        if extracted is not None:
            return extracted
    label = node.get(TAB_LABEL_KEY)
    if type(label) is str and label and "value" in node:
        return TAB_LABEL_KEY, label  # however many keys the tab has
    if len(node) <= 4 or (
        len(node) <= 8 and "value" in node and sum(not _extraction_meta(k) for k in node) <= 4
    ):
        if "value" not in node and not any(k in node for k in PARAM_VALUE_KEYS[1:]):
            return _question_answer(node) or _answer_pair(node)
        if len(node) == 2 and type(node.get("id")) is int:
            # Zendesk's ``custom_fields = [{"id": 360029911801, "value": ...}]``: a field
            # known only by its number, so its value is judged by its shape alone, not
            # read as an amount (a bare ``value`` leaf's default)
            return "id", str(node["id"])
        for key in PARAM_NAME_KEYS:
            name = node.get(key)
            if isinstance(name, str) and name:
                return key, name
        for key in SELECTOR_KEYS:
            selector = node.get(key)
            if isinstance(selector, str) and selector:
                name = selector_field_name(selector)
                return (key, name) if name else None
    return None


#: HL7 v2 table 0203 identifier types as a FHIR ``Identifier`` names them in
#: ``type.coding[].code`` -> the key that says the same to the field-name classifier. An
#: EHR's ``Patient.identifier`` carries its MRN under an OID ``system`` that says nothing
#: (``urn:oid:1.2.840.114350…``); the type coding ``MR`` says what it is. Types of a
#: practitioner or an organisation (``NPI``, ``PRN``, ``TAX``) are not mapped.
FHIR_IDENTIFIER_TYPES = {
    "MR": "mrn",
    "MB": "member id",
    "SN": "subscriber number",
    "MA": "medicaid number",
    "MC": "medicare number",
    "SS": "ssn",
    "DL": "drivers license number",
    "PPN": "passport number",
    "AN": "account number",
    "PI": "patient id",
}


#: The key of a FHIR element that holds one ``Identifier`` object rather than a list of
#: them: a ``Reference``'s (``"subject": {"identifier": {...}, "display": ...}``) and a
#: ``Bundle``'s. A list's items are read by :func:`_param_pair`, this one by its key.
FHIR_IDENTIFIER_KEY = "identifier"


def _identifier_type(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``("type", key)`` of a FHIR ``Identifier`` (``{"type": {"coding": [{"code":
    "MR"}]}, "system": ..., "value": ...}``) whose type coding is a person's identifier
    (:data:`FHIR_IDENTIFIER_TYPES`), else None: the value then reads as ``mrn.value``, as
    an item of ``Patient.identifier`` or the one ``identifier`` of a reference."""
    kind = node.get("type")
    if "value" not in node or not isinstance(kind, Mapping):
        return None
    coding = kind.get("coding")
    if not isinstance(coding, list):
        return None
    for code in coding:
        key = FHIR_IDENTIFIER_TYPES.get(code.get("code")) if isinstance(code, Mapping) else None
        if key is not None:
            return "type", key
    return None


#: A board's column value that names its column in a nested object (Monday.com's API:
#: ``column_values = [{"id": "text4", "type": "text", "text": "...", "value": "...",
#: "column": {"title": "Referral Dx"}}]``): the title a person gave the column says what
#: its ``text`` and ``value`` hold, as a GA4 parameter's ``key`` does.
COLUMN_KEY = "column"
COLUMN_TITLE_KEY = "title"
COLUMN_VALUE_KEYS = frozenset({"text", "value", "display_value"})


def _titled_column(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``("column", title)`` of a board's column value (:data:`COLUMN_KEY`), else None."""
    column = node.get(COLUMN_KEY)
    if type(column) is not dict and not isinstance(column, Mapping):
        return None
    title = column.get(COLUMN_TITLE_KEY)
    if not isinstance(title, str) or not title or COLUMN_VALUE_KEYS.isdisjoint(node):
        return None
    return COLUMN_KEY, title


def _answer_pair(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``("field", question name)`` of a form answer that names its question in a nested
    ``field`` object (Typeform): the builder's ``ref`` when it reads as a name
    (``first_name``), else the question's ``type`` (``phone_number``, ``email``): a
    default ``ref`` is a UUID, which says nothing."""
    question = node.get("field")
    if not isinstance(question, Mapping) or not isinstance(node.get("type"), str):
        return None
    ref = question.get("ref")
    if isinstance(ref, str) and ref and not any(c.isdigit() for c in ref):
        return "field", ref
    kind = question.get("type")
    return ("field", kind) if isinstance(kind, str) and kind else None


#: Keys of a list item that carry a form question's printed label beside its ``answer``
#: (a dietitian platform's charting form, Healthie's ``form_answers = [{"label":
#: "Food allergies", "answer": "Tree nuts"}]``; an event registration's ``answers =
#: [{"question": "Phone", "answer": ...}]``): the answer means what the label says.
QUESTION_LABEL_KEYS = ("label", "question")
QUESTION_ANSWER_KEY = "answer"


def _question_answer(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``(label key, label)`` of a list item holding a question's label and its
    ``answer`` (:data:`QUESTION_LABEL_KEYS`), else None; the answer then reads as the
    pair's ``value`` in the hint path (:func:`_hint_key`)."""
    if QUESTION_ANSWER_KEY not in node:
        return None
    for key in QUESTION_LABEL_KEYS:
        label = node.get(key)
        if isinstance(label, str) and label:
            return key, label
    return None


#: The key of a form answer holding its question's label, and the keys holding the
#: respondent's answer (Jotform's submissions API: ``answers = {"3": {"name":
#: "patientName", "order": "2", "text": "Patient Name", "type": "control_fullname",
#: "answer": {"first": ..., "last": ...}, "prettyFormat": ...}}``).
ANSWER_LABEL_KEY = "text"
LABELLED_ANSWER_KEYS = frozenset({"answer", "prettyFormat"})


def _labelled_answer(node: object) -> tuple[str, str] | None:
    """``("text", label)`` of a form answer object that carries its question's label
    beside the answer (Jotform): the label replaces the question's id in the hint path,
    as a pair's name replaces a list index. Costs one key test per nested object."""
    if type(node) is not dict and not isinstance(node, Mapping):
        return None
    if "answer" not in node:
        return None
    label = node.get(ANSWER_LABEL_KEY)
    return (ANSWER_LABEL_KEY, label) if isinstance(label, str) and label else None


#: The key of a DOM element's node name in a form-tracking event, and the keys naming the
#: element: Snowplow's ``change_form`` and ``focus_form`` events describe the input whose
#: ``value`` they carry as ``{"formId", "elementId", "nodeName": "INPUT", "type",
#: "elementClasses", "value"}``, so ``elementId`` (``patient-dob``) is the value's label.
DOM_NODE_KEY = "nodeName"
DOM_ID_KEYS = ("elementId", "element_id")


def _dom_input(node: object) -> tuple[str, str] | None:
    """``(id key, element id)`` of a form-tracking event's input that carries its
    ``value`` (:data:`DOM_NODE_KEY`): the element id replaces the event's key in the hint
    path, as a pair's name replaces a list index."""
    if type(node) is not dict and not isinstance(node, Mapping):
        return None
    if DOM_NODE_KEY not in node or "value" not in node:
        return None
    for key in DOM_ID_KEYS:
        element = node.get(key)
        if isinstance(element, str) and element:
            return key, element
    return None


#: Typed identifiers in ad platforms' audience and conversion APIs, where a sibling names
#: the kind of every id: Criteo's Audience API (``{"identifierType": "madid",
#: "identifiers": [...]}``) and Amazon Ads' match keys (``matchKeys = [{"type": "EMAIL",
#: "values": [<sha256>]}]``). The ids read as their type in the hint path
#: (``attributes.madid[0]``, ``matchKeys.EMAIL.values[0]``), as a GA4 parameter reads as
#: its key. Lists of identifiers, by the key that holds them and the key naming their type:
TYPED_ID_LISTS = frozenset({"identifiers"})
TYPED_ID_TYPE_KEYS = ("identifierType", "identifier_type")
#: ...and lists of ``{"type": <ID KIND>, "values"|"value": ...}`` elements, by the list's key:
#: only there is a ``type`` the kind of an id (``{"type": "work", "value": ...}`` under
#: ``phones`` keeps reading as a phone). A CDP's profile names them ``identities``
#: (mParticle's ``identities``, ``user_identities`` and ``device_identities``: ``{"type":
#: "customer_id", "value": ...}``, ``{"type": "ios_idfa", "encoding": "none", "value":
#: ...}``); Auth0's ``identities`` hold ``provider`` and ``user_id``, no ``type``.
_TYPED_KEY_LISTS = re.compile(
    r"(?:^|[._])(?:match_?keys|identifiers|identities|user_?ids)$", re.IGNORECASE
)


@functools.lru_cache(maxsize=4096)
def _typed_key_list(hint: str) -> bool:
    """True when a list's hint path names a list of typed identifiers (cached per path)."""
    return _TYPED_KEY_LISTS.search(hint) is not None


def _typed_ids(node: Mapping[str, object]) -> tuple[str, str] | None:
    """``(type key, kind)`` of a mapping that names the kind of its ``identifiers`` list."""
    for key in TYPED_ID_TYPE_KEYS:
        kind = node.get(key)
        if isinstance(kind, str) and kind and len(kind) <= 40:
            return key, kind
    return None


def _typed_key(node: Mapping[str, object], hint: str) -> tuple[str, str] | None:
    """``("type", kind)`` of a ``{"type": kind, "values": [...]}`` element of a list of
    typed identifiers (:data:`_TYPED_KEY_LISTS`), else None."""
    kind = node.get("type")
    if (
        type(kind) is not str
        or not kind
        or len(node) > 4
        or not ("values" in node or "value" in node)
        or not _typed_key_list(hint)
    ):
        return None
    return "type", kind


#: Message roles whose text is the deployment's own configuration, not a party's words: an
#: LLM transcript's ``system`` message (OpenAI's ``developer``), which names the clinic's
#: phone, address and hours. Such an element's hint path reads ``messages.system_prompt``,
#: a machine field (:mod:`detectors.field_names`). The bot's own turns (``assistant``,
#: Gemini's ``model``) read as ``messages.bot_reply``, so that its canned answers can be
#: told from the user's words (:mod:`detectors.bot_contacts`); a user's or a tool's message
#: keeps its plain path.
CONFIG_ROLES = frozenset({"system", "developer"})
BOT_ROLES = frozenset({"assistant", "model"})
_SYSTEM_PROMPT_PAIR = ("role", "system_prompt")
_BOT_REPLY_PAIR = ("role", "bot_reply")


def _role_pair(node: Mapping[str, object]) -> tuple[str, str] | None:
    """The hint pair of a chat message in a configuration or a bot role, else None."""
    role = node.get("role")
    if type(role) is not str:
        return None
    role = role.lower()
    if role in CONFIG_ROLES:
        return _SYSTEM_PROMPT_PAIR
    return _BOT_REPLY_PAIR if role in BOT_ROLES else None


#: Keys of a message's party object (Intercom's ``author``, a ``sender``, an ``actor``),
#: and the party types that are the practice's side of the conversation: its bot (Intercom
#: Fin, Drift and Zendesk bots), its agents (Intercom ``admin`` and ``team``, Sunshine
#: Conversations' ``business``). Such a party reads as ``author_agent``, whose ``name`` is
#: the practice's workforce or product, not a NAME by its field (``STAFF_WORDS``). Drift's
#: ``user`` is the company's agent too, but everywhere else a ``user`` is the visitor: left
#: as it is.
PARTY_KEYS = frozenset({"author", "sender", "actor", "from", "participant", "speaker"})
STAFF_PARTY_TYPES = frozenset(
    {"bot", "chatbot", "ai_agent", "admin", "agent", "team", "business", "operator"}
)


def _staff_party(key: str, node: Mapping[str, object]) -> tuple[str, str] | None:
    """``("type", "<key>_agent")`` for a party object of the practice's side, else None."""
    kind = node.get("type")
    if type(kind) is str and kind.lower() in STAFF_PARTY_TYPES:
        return "type", f"{key}_agent"
    return None


def nested_label(key: object, value: object, node: Mapping[str, object]) -> tuple[str, str] | None:
    """The ``(name key, name)`` a nested value of ``node[key]`` reads as, else None.

    The one list of labellers, in the order they are tried, shared by both walks
    (:func:`iter_leaves` and :func:`flatten`): a mapping that names what its values hold
    (a data-quality result's column, a form answer's label, a party of the practice's
    side, a DOM input's element id, a DICOM attribute's keyword, a FHIR identifier's
    type), or a list whose sibling names its values (typed identifiers, a table's
    columns). Each labeller is guarded by the key or member test that is its cheapest
    reason to say no, since this runs for every nested object of every record.
    """
    if type(value) is dict or isinstance(value, Mapping):
        if key == EXPECTATION_RESULT_KEY and EXPECTATION_KEY in node:
            label = _expectation_column(node)
            if label is not None:
                return label
        if "answer" in value:
            label = _labelled_answer(value)
            if label is not None:
                return label
        if key in PARTY_KEYS:
            label = _staff_party(key, value)  # type: ignore[arg-type]
            if label is not None:
                return label
        if DOM_NODE_KEY in value:
            label = _dom_input(value)
            if label is not None:
                return label
        if VR_KEY in value:
            label = dicom_attribute(key, value)
            if label is not None:
                return label
        if key == FHIR_IDENTIFIER_KEY:
            return _identifier_type(value)
        return None
    if type(value) is list or type(value) is tuple:
        if key in TYPED_ID_LISTS:
            return _typed_ids(node)
        if key == TABLE_ROWS_KEY and type(value) is list and TABLE_COLUMNS_KEY in node:
            return _table_columns(node)
    return None


def _hint_key(key: object, name_key: str | None) -> object:
    """A pair's name leaf reads as ``key`` in the hint path, whatever the export calls it.

    The leaf holds the parameter's label, not its value: under its own name an Acuity
    intake answer's ``{"name": "Emergency contact", "value": ...}`` would read as
    ``Emergency contact.name``, a person's name, and the label itself became a NAME.
    ``key`` is the name leaf the field-name classifier knows (GA4's). A form answer's
    typed value (:data:`ANSWER_VALUE_KEYS`) reads as ``value``.
    """
    if key == name_key:
        return "key"
    if name_key == VR_KEY and key in VALUE_KEYS:
        return VALUE_HINT  # a DICOM attribute's value reads as its keyword
    if name_key == TAB_LABEL_KEY:
        return "value" if key in TAB_VALUE_KEYS else "key"  # a DocuSign tab's drawing keys
    if name_key == "type" and key in MENTION_KEYS:
        return "value"  # a Document AI entity's reading
    if name_key == "type" and key in ("id", "mentionId"):
        return "key"  # its number in the document, not the person's id
    if name_key == "Type" and key in DETECTION_KEYS:
        return DETECTION_KEYS[key]  # a Textract field's detections
    if name_key == "field" and key in ANSWER_VALUE_KEYS:
        return "value"
    if name_key in QUESTION_LABEL_KEYS and key == QUESTION_ANSWER_KEY:
        return "value"  # a labelled question's answer (:func:`_question_answer`)
    if name_key == COLUMN_KEY and key in COLUMN_VALUE_KEYS:
        return "value"  # a board column's text and value hold what its title says
    if name_key is not None and name_key.startswith(EXPECTATION_NAME):
        # a check's failing values read as its column, its counts as name leaves
        return name_key[len(EXPECTATION_NAME) :] if key in UNEXPECTED_KEYS else "key"
    if name_key == ANSWER_LABEL_KEY:
        # a labelled answer's other keys (``name``, ``type``, ``order``) describe the
        # question: name leaves, like the label
        return "value" if key in LABELLED_ANSWER_KEYS else "key"
    return key


def looks_like_url(text: str) -> bool:
    """True for page URLs, URL paths and bare query strings (``?q=..&email=..``, as in
    Segment's ``context.page.search``) worth splitting (cheap check, no parsing).

    Scheme, host and path have no space; query values may (exports log them unencoded,
    ``?q=type 2 diabetes``). Were a space anywhere enough to refuse, redacting the only one
    (a phone number in a query value) would turn the value into a URL that a rescan splits
    differently, and redaction would not be idempotent.
    """
    if len(text) < 2 or not ("?" in text or "/" in text) or not _URL_START.match(text):
        return False
    head = text.split("?", 1)[0] if text[0] != "?" else ""
    return " " not in head


def looks_like_form(text: str) -> bool:
    """True for a form-encoded body or a query string without its ``?``
    (``v=2&cid=123.456&dl=https%3A%2F%2F...``): what server-side tag managers and request
    logs store of a GA4 ``/g/collect`` hit or a webhook's POST. Its values are read as a
    URL's query values are, so a ``cid`` or an ``email`` in it is named by its parameter."""
    return "&" in text and "=" in text and _FORM_BODY.fullmatch(text) is not None


def query_pieces(text: str) -> list[tuple[str | None, int, int]] | None:
    """:func:`split_url` of a URL, the pairs of a form body (:func:`looks_like_form`), or
    None for other text: the one split that scanning and redaction both use."""
    if looks_like_url(text):
        return split_url(text)
    if looks_like_form(text):
        return _pairs(text, 0, len(text))
    return None


def _pairs(text: str, at: int, end: int) -> list[tuple[str | None, int, int]]:
    """``(name, start, end)`` of each ``name=value`` pair's value in ``text[at:end]``,
    pairs between ``&`` or ``;`` (the value may hold ``=``); a pair without ``=`` or with
    an empty value has nothing to scan. String splits, not a regex: this runs for every
    page URL of an export."""
    pieces: list[tuple[str | None, int, int]] = []
    for pair in _PAIR_SEPARATORS.split(text[at:end]):
        eq = pair.find("=")
        if 0 <= eq < len(pair) - 1:
            pieces.append((pair[:eq], at + eq + 1, at + len(pair)))
        at += len(pair) + 1
    return pieces


def split_url(text: str) -> list[tuple[str | None, int, int]]:
    """Split a URL into ``(param name or None, start, end)`` pieces covering what to scan.

    The part before ``?`` is one piece (scheme, host and path: condition slugs live there);
    each query value and the fragment are pieces of their own.
    """
    q = text.find("?")
    h = text.find("#")
    end_main = len(text)
    if 0 <= q < end_main:
        end_main = q
    if 0 <= h < end_main:
        end_main = h
    pieces: list[tuple[str | None, int, int]] = [(None, 0, end_main)]
    if q >= 0 and (h < 0 or q < h):
        pieces.extend(_pairs(text, q + 1, h if h > q else len(text)))
    if h >= 0 and h + 1 < len(text):
        pieces.append(("#", h + 1, len(text)))
    return pieces


def decode_query_value(raw: str) -> tuple[str, OffsetMap] | None:
    """Percent- and plus-decode a query value (None when there is nothing to decode).

    The text is what :func:`decode_with_map` gives, computed in C by ``unquote``; the
    offset map is worked out only if a finding in the value needs it (few do).
    """
    if "%" not in raw and "+" not in raw:
        return None
    return unquote(raw.replace("+", " ")), OffsetMap(raw)


class OffsetMap:
    """``map[i]``: the offset in the raw query value of decoded character ``i`` (and
    ``map[len(decoded)]`` its end), worked out on first use.

    When every escape is one ASCII character (``%40``, ``%2F``: nearly always), decoded
    character ``i`` sits two raw characters further on for each escape before it, so the
    map is the escapes' decoded positions and a bisection; otherwise it is the list
    :func:`_decode_runs` builds.
    """

    __slots__ = ("_escapes", "_map", "raw")

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._escapes = -1  # how many, once the map is built as a ShiftMap
        self._map: ShiftMap | list[int] | None = None

    def _build(self) -> ShiftMap | list[int]:
        if self._map is not None:
            return self._map
        if _NON_ASCII_ESCAPE.search(self.raw) is None:
            starts = [m.start() for m in _ESCAPE.finditer(self.raw)]
            self._escapes = len(starts)
            # each escape is three raw characters for one decoded one
            self._map = ShiftMap([at - 2 * k for k, at in enumerate(starts)], [2] * len(starts))
        else:
            self._map = _decode_runs(self.raw)[1]
        return self._map

    def __getitem__(self, i: int) -> int:
        return self._build()[i]

    def start(self, i: int) -> int:
        return self._build()[i]  # percent-decoding removes nothing

    def __len__(self) -> int:
        omap = self._build()
        if isinstance(omap, ShiftMap):
            return len(self.raw) - 2 * self._escapes + 1
        return len(omap)  # type: ignore[arg-type]


#: An escape of a byte above ASCII (part of a multi-byte character, or invalid).
_NON_ASCII_ESCAPE = re.compile(r"%[89A-Fa-f][0-9A-Fa-f]")
#: A percent escape.
_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")


def decode_with_map(raw: str) -> tuple[str, list[int]] | None:
    """Percent- and plus-decode a query value, keeping where each character came from.

    Returns None when there is nothing to decode. Invalid escapes stay as they are.
    """
    if "%" not in raw and "+" not in raw:
        return None
    omap = OffsetMap(raw)
    return unquote(raw.replace("+", " ")), [omap[i] for i in range(len(omap))]


def _decode_runs(raw: str) -> tuple[str, list[int]]:
    """:func:`decode_with_map` for any escapes: runs of them may be one multi-byte
    character (``%C3%A9``), mapped to the start of its first escape."""
    out: list[str] = []
    omap: list[int] = []
    i, n = 0, len(raw)
    while i < n:
        c = raw[i]
        if c == "%":
            j = i
            chunk = bytearray()
            while j + 2 < n and raw[j] == "%" and _is_hex(raw[j + 1 : j + 3]):
                chunk.append(int(raw[j + 1 : j + 3], 16))
                j += 3
            if chunk:
                decoded = unquote(raw[i:j])
                if len(decoded.encode()) == len(chunk):
                    # Map each decoded character to the start of its escape run.
                    pos = i
                    for ch in decoded:
                        out.append(ch)
                        omap.append(pos)
                        pos += 3 * len(ch.encode())
                else:
                    out.append(decoded)
                    omap.extend([i] * len(decoded))
                i = j
                continue
        out.append(" " if c == "+" else c)
        omap.append(i)
        i += 1
    omap.append(n)
    return "".join(out), omap


def _is_hex(s: str) -> bool:
    return len(s) == 2 and all(ch in "0123456789abcdefABCDEF" for ch in s)


#: A piece of a value to scan: (hint suffix, offset in the value, text, offset map). The
#: suffix extends the field's hint path: ``?email`` for a URL's query value, ``.user_data.em``
#: for a leaf of JSON held in a string, ``""`` for a URL's path.
Piece = tuple[str, int, str, "IndexMap | None"]
#: JSON inside JSON inside a string is split this deep, no deeper.
_MAX_SPLIT_DEPTH = 3


def url_pieces(
    text: str, depth: int = 0, split: list[tuple[str | None, int, int]] | None = None
) -> list[Piece]:
    """The pieces of a URL (or of ``split``, a form body's pairs): its path, and each
    query value decoded with its map (a query value that is base64 JSON: its leaves, each
    mapped to the whole value)."""
    pieces: list[Piece] = []
    for name, s, e in split_url(text) if split is None else split:
        if s == e:
            continue  # a bare query string ("?q=...") has no path piece
        piece = text[s:e]
        decoded = decode_query_value(piece) if name is not None else None
        suffix = "" if name is None else f"?{name}"
        if name is not None and depth < _MAX_SPLIT_DEPTH:
            payload = json_in_base64(piece if decoded is None else decoded[0])
            inner = None if payload is None else json_pieces(payload, depth=depth + 1)
            if inner is not None:
                whole = WholeMap(e - s)  # base64: a finding inside takes the whole value
                pieces.extend((suffix + sub, s, leaf, whole) for sub, _, leaf, _ in inner)
                continue
        if decoded is None:
            pieces.append((suffix, s, piece, None))
        else:
            pieces.append((suffix, s, *decoded))
    return pieces


def json_pieces(text: str, *, split_urls: bool = True, depth: int = 0) -> list[Piece] | None:
    """The leaves of JSON held in a string, as pieces (None: not JSON, scan it whole).

    Each leaf's suffix is its path inside the document (``.user_data.em``, ``[0].name``,
    as :func:`iter_leaves` names it); a leaf that is a URL or JSON again is split in turn,
    its map composed with the leaf's (:mod:`detectors.embedded_json`).
    """
    found = json_leaves(text)
    if found is None:
        return None
    doc, leaves = found
    paths = list(iter_leaves(doc))
    if len(paths) != len(leaves):
        return None  # a duplicated key: the parsed document no longer lines up with the text
    if not any(isinstance(v, str) or "." in h or h[:1] not in ("", "[") for _, h, v in paths):
        return None  # only numbers in arrays (an embedding, a list of ids): nothing to name them
    pieces: list[Piece] = []
    for (_, hint, value), (start, leaf, omap) in zip(paths, leaves, strict=True):
        if value is None or isinstance(value, bool) or not leaf:
            continue
        suffix = hint if not hint or hint[0] == "[" else f".{hint}"
        inner = split_value(leaf, split_urls=split_urls, depth=depth + 1)
        if inner is None:
            pieces.append((suffix, start, leaf, omap))
            continue
        for sub, at, piece, sub_map in inner:
            if omap is None:
                pieces.append((suffix + sub, start + at, piece, sub_map))
            else:
                pieces.append((suffix + sub, start, piece, ComposedMap(omap, at, sub_map)))
    return pieces


def split_value(text: str, *, split_urls: bool = True, depth: int = 0) -> list[Piece] | None:
    """A value's pieces when it is a URL or a form body, or holds JSON; None when it is
    scanned whole."""
    first = text[0]
    if split_urls and first in "hHwW/?" and looks_like_url(text):
        return url_pieces(text, depth)
    if first in _JSON_FIRST and depth < _MAX_SPLIT_DEPTH and opens_json(text):
        return json_pieces(text, split_urls=split_urls, depth=depth)
    if first in _BASE64_FIRST and depth < _MAX_SPLIT_DEPTH:
        pieces = base64_pieces(text, split_urls=split_urls, depth=depth)
        if pieces is not None:
            return pieces
    if split_urls and looks_like_form(text):
        return url_pieces(text, depth, _pairs(text, 0, len(text)))
    return None


#: What a value that may hold JSON starts with (:func:`detectors.embedded_json.opens_json`).
_JSON_FIRST = '{["'
#: What base64 of a JSON container starts with (``eyJ``, ``ewo``, ``W3s``...).
_BASE64_FIRST = "eW"


def base64_pieces(text: str, *, split_urls: bool = True, depth: int = 0) -> list[Piece] | None:
    """The leaves of a whole value that is base64 of JSON, each mapped to the whole value
    (None: it is not).

    Message buses carry the message itself as base64 in the envelope: Pub/Sub's
    ``message.data`` (push subscriptions and exports), Kinesis' ``kinesis.data``,
    Firehose's ``records[].data`` and the ``rawData`` of its processing-failed output. A
    stream tapped as JSON lines so holds a CRM update or a form submission where no
    pattern can read it. Only values that start the way base64 of a JSON container starts
    are decoded (:func:`~detectors.embedded_json.json_in_base64`); a leaf's path is its
    path inside the document, so ``message.data.email`` reaches the field-name
    classifier, and a finding inside covers, and redaction replaces, the whole value, as
    for a tracking pixel's base64 query value. The value itself is the first piece, read
    as it was before.
    """
    payload = json_in_base64(text)
    inner = (
        None if payload is None else json_pieces(payload, split_urls=split_urls, depth=depth + 1)
    )
    if inner is None:
        return None
    whole = WholeMap(len(text))
    # the value as written stays a cell of its own: a field named for what the encoded
    # value is (Hotjar's ``hjSessionUser_<site>`` cookie, base64 of its id) still reads it
    # whole, as it did before the leaves were read
    return [("", 0, text, None), *((sub, 0, leaf, whole) for sub, _, leaf, _ in inner)]


#: A FHIR ``Attachment`` (a ``DocumentReference``'s ``content[].attachment``, a ``Binary``
#: resource, a ``Communication``'s payload) carries its document as base64 in ``data``,
#: typed by ``contentType`` beside it: an EHR note push or a transcription vendor's upload
#: holds the whole note there. Text types are decoded and read as text.
ATTACHMENT_TYPE_KEY = "contentType"
ATTACHMENT_DATA_KEY = "data"
_ATTACHMENT_TEXT = ("text/", "application/json", "application/xml", "application/fhir")


def text_attachment(node: Mapping[str, object]) -> bool:
    """True when ``node`` is an attachment whose ``contentType`` is text (``text/plain``,
    ``text/html; charset=utf-8``, JSON or XML)."""
    kind = node.get(ATTACHMENT_TYPE_KEY)
    return type(kind) is str and kind.strip().lower().startswith(_ATTACHMENT_TEXT)


def attachment_pieces(text: str) -> list[Piece] | None:
    """The pieces of a text attachment's base64 ``data`` (None: not base64 of UTF-8 text):
    the value as written, then the decoded text as ``.text``, mapped to the whole value (a
    finding inside covers, and redaction replaces, the whole encoded document)."""
    try:
        decoded = base64.b64decode(text, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return None
    if not decoded.strip():
        return None
    return [("", 0, text, None), (".text", 0, decoded, WholeMap(len(text)))]


class _Field:
    """A field path met while flattening a chunk, with its children, so that each child's
    path is built (and interned) once per chunk instead of once per record."""

    __slots__ = (
        "children",
        "hint",
        "hint_id",
        "name_key",
        "path",
        "path_id",
        "reported",
        "root",
        "slot",
        "sub_hint_ids",
    )

    def __init__(
        self,
        path: str,
        hint: str | None,
        *,
        root: bool = False,
        name_key: str | None = None,
        reported: str | None = None,
    ) -> None:
        self.root = root  # the record itself: its keys start paths (no dot before them)
        self.path = path
        self.reported = reported if reported is not None else path  # identifier keys masked
        self.hint = hint  # None: equal to the path (outside key/value lists)
        self.name_key = name_key  # the key naming the parameter of a key/value pair
        self.path_id = -1  # assigned when the field first holds a value
        self.hint_id = -1
        self.slot = -1  # the flattening's (path id, hint id, base 0) slot, with the ids
        self.children: dict[object, _Field] = {}
        self.sub_hint_ids: dict[str, int] = {}  # hint suffix -> id of path + suffix

    def key(self, k: object) -> _Field:
        """The child for object key ``k`` (``path.k``)."""
        child = self.children.get(k)
        if child is None:
            path = str(k) if self.root else f"{self.path}.{k}"
            hint = None if self.hint is None else f"{self.hint}.{_hint_key(k, self.name_key)}"
            element = element_name(k)
            if element is not None:  # a NEMSIS element reads as its name (detectors.nemsis)
                base = self.path if self.hint is None else self.hint
                hint = element if self.root else f"{base}.{element}"
            shown = reported_key(str(k))
            reported = shown if self.root else f"{self.reported}.{shown}"
            child = self.children[k] = _Field(path, hint, reported=reported)
        return child

    def dicom_key(self, k: str) -> _Field:
        """The child for a DICOM JSON attribute's tag not read by keyword (a private tag):
        kept in the reported path, though eight digits have a record number's shape
        (:func:`detectors.dicom_tags.dicom_tag`)."""
        child = self.children.get((k, VR_KEY))
        if child is None:
            plain = self.key(k)
            reported = k if self.root else f"{self.reported}.{k}"
            child = _Field(plain.path, plain.hint, reported=reported)
            self.children[(k, VR_KEY)] = child
        return child

    def labelled(self, k: object, label: tuple[str, str]) -> _Field:
        """The child for object key ``k`` holding a labelled form answer: its hint path
        names the answer's question (``answers.Patient Name``), not its id (``answers.3``)."""
        child = self.children.get((k, label))
        if child is None:
            plain = self.key(k)
            base = self.path if self.hint is None else self.hint
            hint = label[1] if self.root else f"{base}.{label[1]}"
            child = _Field(plain.path, hint, name_key=label[0], reported=plain.reported)
            self.children[(k, label)] = child
        return child

    def row(self, i: int, name_key: str) -> _Field:
        """The child for list index ``i`` of a table's rows (``path[i]``), carrying the
        table's columns in its name key (:data:`TABLE_ROW_NAME`)."""
        child = self.children.get((i, name_key))
        if child is None:
            base = self.path if self.hint is None else self.hint
            child = _Field(
                f"{self.path}[{i}]",
                f"{base}[{i}]",
                name_key=name_key,
                reported=f"{self.reported}[{i}]",
            )
            self.children[(i, name_key)] = child
        return child

    def item(self, i: int, pair: tuple[str, str] | None) -> _Field:
        """The child for list index ``i`` (``path[i]``), a key/value ``pair`` (name key,
        parameter name) or not."""
        child = self.children.get((i, pair))
        if child is None:
            if pair is not None:
                hint: str | None = f"{self.path if self.hint is None else self.hint}.{pair[1]}"
            else:
                hint = None if self.hint is None else f"{self.hint}[{i}]"
            child = _Field(
                f"{self.path}[{i}]",
                hint,
                name_key=pair[0] if pair else None,
                reported=f"{self.reported}[{i}]",
            )
            self.children[(i, pair)] = child
        return child


def flatten(records: Sequence[Mapping[str, object]], *, split_urls: bool = True) -> Cells:
    """Turn a chunk of records into :class:`Cells` (empty strings and nulls are skipped).

    This is the hot loop of a scan, so it is a specialised recursive walk (same paths as
    :func:`iter_leaves`, which stays the readable reference and is tested against it):
    records of one export share their fields, so each field's path, hint path and ids are
    worked out once per chunk (:class:`_Field`), and a plain string value costs two
    appends (its text and its field's slot).
    """
    path_index: dict[str, int] = {}
    # A cell is its text and its *slot*: the (path id, hint id, base) it shares with every
    # cell of the same field. Two appends per cell instead of five; the record column is
    # rebuilt from where each record's cells start, the others from the slots at the end.
    slot_index: dict[tuple[int, int, int], int] = {}
    slot_col: list[int] = []
    texts: list[str] = []
    record_starts: list[int] = []
    reported_of: dict[int, str] = {}  # path id -> its reported path, where they differ
    offset_maps: dict[int, IndexMap] = {}
    split_cache: dict[str, list[Piece] | None] = {}
    # what a value split into pieces starts with (a URL, JSON); others skip the test
    first_chars = _JSON_FIRST + _BASE64_FIRST + ("hHwW/?" if split_urls else "")

    def pid(p: str) -> int:
        i = path_index.get(p)
        if i is None:
            i = path_index[p] = len(path_index)
        return i

    def slot(path_id: int, hint_id: int, base: int) -> int:
        key = (path_id, hint_id, base)
        i = slot_index.get(key)
        if i is None:
            i = slot_index[key] = len(slot_index)
        return i

    def ids(f: _Field) -> None:
        f.path_id = pid(f.path)
        if f.reported != f.path:
            reported_of[f.path_id] = f.reported
        f.hint_id = f.path_id if f.hint is None else pid(f.hint)
        f.slot = slot(f.path_id, f.hint_id, 0)

    def sub_hint_id(f: _Field, suffix: str) -> int:
        i = f.sub_hint_ids.get(suffix)
        if i is None:
            i = f.sub_hint_ids[suffix] = pid(f"{f.path if f.hint is None else f.hint}{suffix}")
        return i

    def emit_pieces(f: _Field, pieces: list[Piece]) -> None:
        for suffix, s, piece, omap in pieces:
            if omap is not None:
                offset_maps[len(texts)] = omap
            hint_id = sub_hint_id(f, suffix) if suffix else f.hint_id
            slot_col.append(slot(f.path_id, hint_id, s))
            texts.append(piece)

    def emit(f: _Field, text: str) -> None:
        if f.path_id < 0:
            ids(f)
        if text[0] in first_chars or (split_urls and "&" in text):
            # pages repeat from event to event: each distinct value is split once
            if text in split_cache:
                pieces = split_cache[text]
            else:
                pieces = split_cache[text] = split_value(text, split_urls=split_urls)
            if pieces is not None:
                emit_pieces(f, pieces)
                return
        slot_col.append(f.slot)
        texts.append(text)

    def leaf(f: _Field, value: object) -> None:
        if type(value) is str:
            if value:
                emit(f, value)
        elif value is not None:
            text = value_text(value)
            if text:
                emit(f, text)

    def walk_map(node: Mapping[str, object], parent: _Field) -> None:
        children = parent.children
        attachment = ATTACHMENT_TYPE_KEY in node and text_attachment(node)
        for k, v in node.items():
            f = children.get(k)
            if f is None:
                f = parent.key(k)
            t = type(v)
            if t is str:
                if not v:
                    continue
                if attachment and k == ATTACHMENT_DATA_KEY:
                    pieces = attachment_pieces(v)  # type: ignore[arg-type]
                    if pieces is not None:
                        if f.path_id < 0:
                            ids(f)
                        emit_pieces(f, pieces)
                        continue
                if f.path_id < 0 or v[0] in first_chars or "&" in v:  # type: ignore[index, operator]
                    emit(f, v)  # type: ignore[arg-type]
                else:  # the common case, inlined: a plain string in a known field
                    slot_col.append(f.slot)
                    texts.append(v)  # type: ignore[arg-type]
            elif v is None:
                continue
            elif t is int:  # timestamps, ids, counts: the commonest leaf after strings
                if f.path_id < 0:
                    ids(f)
                slot_col.append(f.slot)
                texts.append(str(v))
            elif t is dict or t is list or t is tuple or isinstance(v, Mapping):
                label = nested_label(k, v, node)
                if label is not None:
                    f = parent.labelled(k, label)
                elif t is dict and VR_KEY in v and dicom_tag(k, v):  # type: ignore[operator, arg-type]
                    f = parent.dicom_key(k)  # type: ignore[arg-type]
                if t is list or t is tuple:
                    walk_list(v, f)  # type: ignore[arg-type]
                else:
                    walk_map(v, f)  # type: ignore[arg-type]
            else:
                leaf(f, v)

    def walk_list(node: Sequence[object], parent: _Field) -> None:
        if parent.name_key is not None and parent.name_key.startswith(TABLE_NAMES):
            walk_table(node, parent)
            return
        for i, v in enumerate(node):
            pair = _param_pair(v)
            if pair is None and type(v) is dict:
                if "role" in v:
                    pair = _role_pair(v)
                elif "type" in v:
                    pair = _typed_key(v, parent.path if parent.hint is None else parent.hint)
            f = parent.item(i, pair)
            if type(v) is dict or isinstance(v, Mapping):
                walk_map(v, f)  # type: ignore[arg-type]
            elif type(v) is list or type(v) is tuple:
                walk_list(v, f)  # type: ignore[arg-type]
            else:
                leaf(f, v)

    def walk_table(node: Sequence[object], parent: _Field) -> None:
        """A table's rows (each carries the columns) or a row (each value its column)."""
        rows = _table_row_columns(parent.name_key, TABLE_NAME)
        cols = None if rows is not None else _table_row_columns(parent.name_key, TABLE_ROW_NAME)
        row_key = None if rows is None else TABLE_ROW_NAME + _TABLE_SEP.join(rows)
        for i, v in enumerate(node):
            if row_key is not None:
                f = parent.row(i, row_key)
            elif cols is not None and i < len(cols):
                f = parent.item(i, (TABLE_CELL_KEY, cols[i]))
            else:
                f = parent.item(i, None)
            if type(v) is dict or isinstance(v, Mapping):
                walk_map(v, f)  # type: ignore[arg-type]
            elif type(v) is list or type(v) is tuple:
                walk_list(v, f)  # type: ignore[arg-type]
            else:
                leaf(f, v)

    root = _Field("", None, root=True)
    pair_roots: dict[str, _Field] = {}  # records that are one key/value pair, by its name
    history_roots: dict[str, _Field] = {}  # field-history rows, by the field they change
    typed_roots: dict[tuple[tuple[str, str], ...], _Field] = {}  # identity-graph edges
    for record in records:
        record_starts.append(len(texts))
        pair = _record_pair(record) if RECORD_PAIR_KEYS[0] in record else None
        if pair is None:
            changed = (
                None if record.keys().isdisjoint(HISTORY_VALUE_KEYS) else _history_field(record)
            )
            typed = (
                ()
                if changed is not None or record.keys().isdisjoint(TYPED_COLUMNS)
                else _typed_columns(record)
            )
            if typed:
                walk_map(record, _typed_root(typed_roots, typed))
            elif changed is None:
                walk_map(record, root)
            else:
                walk_map(record, _history_root(history_roots, changed))
        else:
            top = pair_roots.get(pair[1])
            if top is None:
                top = pair_roots[pair[1]] = _Field("", pair[1], root=True, name_key=pair[0])
            walk_map(record, top)

    per_record = np.diff(np.asarray([*record_starts, len(texts)], dtype=np.int64))
    slots = np.asarray(slot_col, dtype=np.int64)
    by_slot = np.asarray(list(slot_index) or [(0, 0, 0)], dtype=np.int32).reshape(-1, 3)
    return Cells(
        record=np.repeat(np.arange(len(records), dtype=np.int64), per_record),
        path_id=by_slot[slots, 0],
        hint_id=by_slot[slots, 1],
        base=by_slot[slots, 2],
        text=_scannable(texts, offset_maps),
        paths=tuple(path_index),
        n_records=len(records),
        offset_maps=offset_maps,
        reported_paths=_reported(tuple(path_index), reported_of),
    )


def _history_root(roots: dict[str, _Field], changed: str) -> _Field:
    """The root of field-history rows that change ``changed``: its old and new value
    columns read as ``<changed>.value`` in the hint path, its other columns as themselves."""
    top = roots.get(changed)
    if top is None:
        top = roots[changed] = _Field("", None, root=True)
        for k in HISTORY_VALUE_KEYS:
            top.children[k] = _Field(k, f"{changed}.value", reported=reported_key(k))
    return top


def _typed_root(
    roots: dict[tuple[tuple[str, str], ...], _Field], typed: tuple[tuple[str, str], ...]
) -> _Field:
    """The root of rows whose typed identifier columns name these kinds: each value column
    reads as ``<kind>.value`` in the hint path (:data:`TYPED_COLUMNS`), the others as
    themselves."""
    top = roots.get(typed)
    if top is None:
        top = roots[typed] = _Field("", None, root=True)
        for key, kind in typed:
            top.children[key] = _Field(key, f"{kind}.value", reported=reported_key(key))
    return top


def _reported(paths: tuple[str, ...], reported_of: dict[int, str]) -> tuple[str, ...] | None:
    """The chunk's paths as outputs report them, or None when no key was masked."""
    if not reported_of:
        return None
    return tuple(reported_of.get(i, p) for i, p in enumerate(paths))
