"""Python records to Arrow tables and back to one schema, whatever the records hold.

Redacted copies keep the input's columns and nesting. CSV and Parquet inputs have a schema
and keep it. JSON records do not, and real exports mix types in one field (a Segment
property that is a number in one event and a string in the next, an object that is
sometimes empty). Arrow's own inference is fast and handles the common case; when it
fails, :func:`infer_type` applies a simple lattice instead of failing the scan:

- null joins anything; int64 and float64 join to float64;
- objects join field by field, lists join element types;
- any other disagreement (number vs string, object vs list, ...) becomes a string column
  holding each value's JSON text; an object with no fields at all is stored as its JSON
  text too (Parquet cannot store an empty struct).

Each chunk's redacted part carries its own schema; :func:`unify` joins the parts' schemas
with the same lattice and :func:`conform` casts each part to it when the parts are merged.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

import orjson
import pyarrow as pa

from detectors.cells import value_text

_ARROW_ERRORS = (pa.ArrowInvalid, pa.ArrowTypeError, pa.ArrowNotImplementedError, OverflowError)
_INT64 = (-(2**63), 2**63 - 1)


# -- type lattice ----------------------------------------------------------------------


def _type_of(value: object) -> pa.DataType:
    if value is None:
        return pa.null()
    if isinstance(value, bool):
        return pa.bool_()
    if isinstance(value, int):
        return pa.int64() if _INT64[0] <= value <= _INT64[1] else pa.string()
    if isinstance(value, float):
        return pa.float64()
    if isinstance(value, str):
        return pa.string()
    if isinstance(value, Mapping):
        return pa.struct([pa.field(str(k), _type_of(v)) for k, v in value.items()])
    if isinstance(value, (list, tuple)):
        item: pa.DataType = pa.null()
        for v in value:
            item = join_types(item, _type_of(v))
        return pa.list_(item)
    try:
        return pa.scalar(value).type
    except _ARROW_ERRORS:
        return pa.string()


def join_types(a: pa.DataType, b: pa.DataType) -> pa.DataType:
    """The least type holding values of both ``a`` and ``b`` (see the module docstring)."""
    if a.equals(b):
        return a
    if pa.types.is_null(a):
        return b
    if pa.types.is_null(b):
        return a
    numeric = (pa.types.is_integer(a) or pa.types.is_floating(a)) and (
        pa.types.is_integer(b) or pa.types.is_floating(b)
    )
    if numeric:
        return pa.float64()
    if pa.types.is_struct(a) and pa.types.is_struct(b):
        fields = {a.field(i).name: a.field(i).type for i in range(a.num_fields)}
        for i in range(b.num_fields):
            f = b.field(i)
            fields[f.name] = join_types(fields[f.name], f.type) if f.name in fields else f.type
        return pa.struct([pa.field(n, t) for n, t in fields.items()])
    if _is_list(a) and _is_list(b):
        return pa.list_(join_types(a.value_type, b.value_type))
    if pa.types.is_large_string(a) or pa.types.is_large_string(b):
        return pa.large_string()
    return pa.string()


def _is_list(t: pa.DataType) -> bool:
    return pa.types.is_list(t) or pa.types.is_large_list(t)


def storable(t: pa.DataType) -> pa.DataType:
    """``t`` with every field-less struct replaced by a string (its JSON text)."""
    if pa.types.is_struct(t):
        if t.num_fields == 0:
            return pa.string()
        return pa.struct(
            [pa.field(t.field(i).name, storable(t.field(i).type)) for i in range(t.num_fields)]
        )
    if _is_list(t):
        return pa.list_(storable(t.value_type))
    return t


def infer_type(records: Iterable[Mapping[str, object]]) -> pa.StructType:
    """The struct type of a list of records under the lattice (never raises)."""
    t: pa.DataType = pa.struct([])
    for r in records:
        t = join_types(t, _type_of(r)) if t.num_fields else _type_of(r)
    t = storable(t)
    return t if pa.types.is_struct(t) else pa.struct([])


# -- values ----------------------------------------------------------------------------


def _json_text(value: object) -> str | None:
    if isinstance(value, (Mapping, list, tuple)):
        return orjson.dumps(value, default=str, option=orjson.OPT_NON_STR_KEYS).decode()
    return value_text(value)


def coerce(value: object, t: pa.DataType) -> object:
    """``value`` made to fit type ``t`` (strings take other values' JSON text)."""
    if value is None:
        return None
    if pa.types.is_string(t) or pa.types.is_large_string(t):
        return value if isinstance(value, str) else _json_text(value)
    if pa.types.is_struct(t):
        if not isinstance(value, Mapping):
            return None
        return {
            t.field(i).name: coerce(value.get(t.field(i).name), t.field(i).type)
            for i in range(t.num_fields)
        }
    if pa.types.is_map(t):
        if not isinstance(value, (list, tuple)):
            return None  # rebuilt records hold map entries as [key, value] lists
        return [(coerce(k, t.key_type), coerce(v, t.item_type)) for k, v in value]
    if _is_list(t):
        if not isinstance(value, (list, tuple)):
            return None
        return [coerce(v, t.value_type) for v in value]
    if pa.types.is_floating(t) and isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return value


# -- tables ----------------------------------------------------------------------------


def _has_empty_struct(t: pa.DataType) -> bool:
    if pa.types.is_struct(t):
        return t.num_fields == 0 or any(
            _has_empty_struct(t.field(i).type) for i in range(t.num_fields)
        )
    if _is_list(t):
        return _has_empty_struct(t.value_type)
    return False


def rows_to_table(rows: Sequence[Mapping[str, object]], schema: pa.Schema | None) -> pa.Table:
    """Build a table from records: with the input's ``schema`` when there is one and the
    values still fit it, else with Arrow's inference, else with :func:`infer_type`."""
    if schema is not None:
        try:
            return pa.Table.from_pylist(list(rows), schema=schema)
        except _ARROW_ERRORS:
            pass
        try:  # map entries come back from redaction as lists; give them their shape again
            t = pa.struct(list(schema))
            return pa.Table.from_pylist([coerce(r, t) for r in rows], schema=schema)
        except _ARROW_ERRORS:
            pass  # a policy changed a value's type; fall back to inference
    if not rows:
        return (schema or pa.schema([])).empty_table()
    try:
        arr = pa.array(rows)
        if pa.types.is_struct(arr.type) and not _has_empty_struct(arr.type):
            return pa.Table.from_struct_array(arr)
    except _ARROW_ERRORS:
        pass
    t = infer_type(rows)
    if t.num_fields == 0:
        return pa.table({}).slice(0, 0)
    arr = pa.array([coerce(r, t) for r in rows], type=t)
    return pa.Table.from_struct_array(arr)


def unify(schemas: Sequence[pa.Schema]) -> pa.Schema:
    """One schema for all parts of a file, fields in order of first appearance."""
    schemas = [s for s in schemas if len(s)]
    if not schemas:
        return pa.schema([])
    if all(s.equals(schemas[0]) for s in schemas[1:]):
        return schemas[0]
    try:
        merged = pa.unify_schemas(schemas, promote_options="permissive")
    except _ARROW_ERRORS:
        fields: dict[str, pa.DataType] = {}
        for s in schemas:
            for f in s:
                fields[f.name] = join_types(fields[f.name], f.type) if f.name in fields else f.type
        merged = pa.schema([pa.field(n, t) for n, t in fields.items()])
    return pa.schema([pa.field(f.name, storable(f.type)) for f in merged])


def conform(table: pa.Table, schema: pa.Schema) -> pa.Table:
    """``table`` with exactly ``schema``'s columns (missing ones null), cast to its types."""
    if table.schema.equals(schema):
        return table
    try:
        columns = [
            (
                table[f.name].cast(f.type)
                if f.name in table.column_names
                else pa.nulls(len(table), f.type)
            )
            for f in schema
        ]
        return pa.Table.from_arrays(columns, schema=schema)
    except _ARROW_ERRORS:
        rows = table.to_pylist()
        t = pa.struct(list(schema))
        arr = pa.array([coerce(r, t) for r in rows], type=t)
        return pa.Table.from_struct_array(arr)
