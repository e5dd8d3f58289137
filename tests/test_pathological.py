"""Pathological input: bounded time (linear, no catastrophic backtracking) and memory.

Three layers:

- every compiled pattern of every detector module, run the way its module uses it
  (``finditer``/``search``, or ``match``/``fullmatch`` when it is only ever anchored), on
  runs of regex-hostile text (digits, dots, ``@``, spaces, hex, ``+``, ``-``, ``/`` and
  mixes): quadrupling the text must about quadruple the time, not multiply it by sixteen;
- the whole engine on hostile and on dense-PHI cells of growing size, in fields that switch
  on every family of detectors;
- the readers on a 10 MB field, a 50 MB line (JSON lines and CSV), a 50 MB JSON array
  element, JSON nested 10,000 deep, a CSV with 100,000 columns and a Parquet file with a
  huge dictionary page: each over-limit record is rejected with a reason that names the
  record and the limit (never the content), every other record is read, and a streaming
  read keeps its memory far below the size of the record it skips (checked in a fresh
  process, from its peak RSS).

Times are CPU times of this process (``time.process_time``), the best of a few runs, so a
busy machine does not make a linear step look quadratic.
"""

from __future__ import annotations

import ast
import importlib
import inspect
import io
import itertools
import json
import pkgutil
import random
import re
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import detectors
from detectors import Engine, EngineConfig
from pipelines.inputs import expand_inputs, probe_all
from pipelines.limits import MAX_COLUMNS, MAX_DEPTH, MAX_FIELD_CHARS, MAX_RECORD_BYTES
from pipelines.readers import Chunk, Reject, plan_refs, read_ref

ROOT = Path(__file__).resolve().parent.parent
SECRET = "SECRET-4111111111111111"

#: Units repeated into hostile text: the characters the issue names, and mixes of them
#: with letters and digits that keep patterns matching for as long as possible.
HOSTILE = (
    "1", ".", "@", " ", "a1f", "+", "-", "/", "1.", "a@", "1-", "1/", "a.", "1 ",
    "a1:", "%40", "Ab ", "x=", "&", "?", "+1 ", "a@a.", "1:1",
)  # fmt: skip
#: Linear work grows 4x when the text grows 4x; quadratic work grows 16x.
GROWTH, MAX_RATIO = 4, 9.0


def best_cpu(fn: Callable[[], object], repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def looks_linear(small: float, large: float, floor: float = 0.004) -> bool:
    """True unless the larger input took super-linearly longer (tiny times are noise)."""
    return large < floor or large <= MAX_RATIO * max(small, floor / GROWTH)


# -- every pattern -----------------------------------------------------------------------

_ANCHORED = {"match", "fullmatch"}


def _module_patterns() -> list[tuple[str, str, re.Pattern[str], str]]:
    """``(module, name, pattern, usage)`` for every module-level compiled pattern."""
    modules = {
        info.name: importlib.import_module(f"detectors.{info.name}")
        for info in pkgutil.iter_modules(detectors.__path__)
        if info.name != "vocab_build"  # an offline tool, never run on data
    }
    census = _Census(modules)
    out = []
    for mod_name, module in modules.items():
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern) and census.defines(mod_name, name):
                out.append((mod_name, name, value, census.usage(mod_name, name)))
    return sorted(out, key=lambda t: (t[0], t[1]))


class _Census:
    """How each module-level pattern is used, read from the detectors' source.

    A pattern is ``anchored`` when every use, in its module and in modules importing it,
    is ``.match``/``.fullmatch`` — directly or as an argument to a helper (possibly
    imported from another detectors module) whose parameter is only used that way.
    Anything else (``finditer``, ``search``, passing it on) counts as ``search``, the
    stricter test.
    """

    def __init__(self, modules: dict[str, object]) -> None:
        self.trees = {m: ast.parse(inspect.getsource(mod)) for m, mod in modules.items()}
        self.parents = {
            m: {c: n for n in ast.walk(t) for c in ast.iter_child_nodes(n)}
            for m, t in self.trees.items()
        }
        self.funcs = {
            m: {n.name: n for n in t.body if isinstance(n, ast.FunctionDef)}
            for m, t in self.trees.items()
        }
        self.imports: dict[str, dict[str, tuple[str, str]]] = {}
        for m, t in self.trees.items():
            table = {}
            for node in t.body:
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                    "detectors."
                ):
                    src = node.module.split(".", 1)[1]  # type: ignore[union-attr]
                    for alias in node.names:
                        table[alias.asname or alias.name] = (src, alias.name)
            self.imports[m] = table

    def defines(self, module: str, name: str) -> bool:
        return name not in self.imports[module]

    def _function(self, module: str, name: str) -> tuple[str, ast.FunctionDef] | None:
        if name in self.funcs[module]:
            return module, self.funcs[module][name]
        src = self.imports[module].get(name)
        if src and src[0] in self.funcs and src[1] in self.funcs[src[0]]:
            return src[0], self.funcs[src[0]][src[1]]
        return None

    def _use(self, module: str, node: ast.AST, depth: int = 0) -> str:
        parent = self.parents[module].get(node)
        if isinstance(parent, ast.Attribute):
            return "anchored" if parent.attr in _ANCHORED else "search"
        if isinstance(parent, ast.Call) and node in parent.args and depth < 2:
            callee = parent.func.id if isinstance(parent.func, ast.Name) else None
            found = self._function(module, callee) if callee else None
            if found is not None:
                where, func = found
                index = parent.args.index(node)
                if index < len(func.args.args):
                    param = func.args.args[index].arg
                    uses = [
                        self._use(where, n, depth + 1)
                        for n in ast.walk(func)
                        if isinstance(n, ast.Name) and n.id == param and isinstance(n.ctx, ast.Load)
                    ]
                    if uses and all(u == "anchored" for u in uses):
                        return "anchored"
        return "search"

    def usage(self, module: str, name: str) -> str:
        kinds = set()
        for m, tree in self.trees.items():
            local = name if m == module else None
            for alias, src in self.imports[m].items():
                if src == (module, name):
                    local = alias
            if local is None:
                continue
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Name)
                    and node.id == local
                    and isinstance(node.ctx, ast.Load)
                ):
                    kinds.add(self._use(m, node))
        return "anchored" if kinds == {"anchored"} else "search"


PATTERNS = _module_patterns()


def test_the_pattern_census_is_complete():
    """Every detector family is in the census, and both kinds of use are recognised."""
    modules = {m for m, *_ in PATTERNS}
    assert {"email", "phone", "dates", "location", "financial", "network"} <= modules
    usage = {(m, n): u for m, n, _, u in PATTERNS}
    assert usage[("email", "PATTERN")] == "search"
    assert usage[("location", "_ZIP_VALUE")] == "anchored"
    assert usage[("device_vehicle", "_AD_ID_VALUE")] == "anchored"  # through a helper
    assert len(PATTERNS) >= 60


@pytest.mark.parametrize(
    ("module", "name", "pattern", "usage"),
    PATTERNS,
    ids=[f"{m}.{n}" for m, n, _, _ in PATTERNS],
)
def test_every_pattern_is_linear_on_hostile_text(module, name, pattern, usage):
    n = 1500

    def run(text: str) -> Callable[[], object]:
        if usage == "search":
            return lambda: sum(1 for _ in pattern.finditer(text))
        return lambda: (pattern.match(text), pattern.fullmatch(text))

    slow = []
    for unit in HOSTILE:
        small = (unit * (n // len(unit) + 1))[:n]
        large = (unit * (GROWTH * n // len(unit) + 1))[: GROWTH * n]
        t_small, t_large = best_cpu(run(small)), best_cpu(run(large))
        if not looks_linear(t_small, t_large):  # measure again before calling it quadratic
            t_small, t_large = best_cpu(run(small), 5), best_cpu(run(large), 5)
            if not looks_linear(t_small, t_large):
                slow.append(f"{unit!r}: {t_small * 1e3:.1f} ms -> {t_large * 1e3:.1f} ms")
    assert not slow, f"{module}.{name} ({usage}) is super-linear on " + "; ".join(slow)


# -- the whole engine --------------------------------------------------------------------

#: Field names that switch on the field-driven rules of every detector family.
ENGINE_FIELDS = (
    "notes", "email", "phone", "fax", "dob", "zip", "address", "page_location",
    "user_id", "mrn", "member_id", "account_number", "license_number", "serial_number",
    "vin", "ip_address", "ssn", "idfa", "age", "fingerprint_template",
)  # fmt: skip


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


def test_engine_is_linear_on_hostile_cells(engine):
    n = 8000
    records = {
        unit: (
            [{f: (unit * (n // len(unit) + 1))[:n] for f in ENGINE_FIELDS}],
            [{f: (unit * (GROWTH * n // len(unit) + 1))[: GROWTH * n] for f in ENGINE_FIELDS}],
        )
        for unit in ("1", ".", "@", " ", "a1f", "+", "-", "/", "1-", "a@a.", "x=&", "%40")
    }
    engine.scan([{"warm": "up"}], source="s")
    slow = []
    for unit, (small, large) in records.items():
        t_small = best_cpu(lambda s=small: engine.scan(s, source="s"), 2)
        t_large = best_cpu(lambda s=large: engine.scan(s, source="s"), 2)
        if not looks_linear(t_small, t_large, floor=0.05):
            slow.append(f"{unit!r}: {t_small:.3f} s -> {t_large:.3f} s")
    assert not slow, "engine super-linear on " + "; ".join(slow)


#: Words of a dense clinical note: most of them are, or sit next to, a finding.
NOTE_WORDS = (
    "patient", "jane", "doe", "555-0143", "diabetes", "123", "Main", "Street",
    "Springfield,", "IL", "62704", "email", "a.b@example.com", "dob", "01/02/1980", "ssn",
    "123-45-6789", "insulin", "seen", "03/14/2024", "mrn", "00123456",
)  # fmt: skip
#: Words of a note full of people's names in prose, with no label before them.
NAME_WORDS = (
    "Jane Roe,", "Maria Gonzalez", "met", "with", "Smith, John", "called", "Susan",
    "today", "Dr. Patel", "and", "Mr. Kowalski", "about", "Hollis, Brandon DO", "mom",
)  # fmt: skip


def _dense_text(words: tuple[str, ...], n: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    out, size = [], 0
    while size < n:
        w = rng.choice(words)
        out.append(w)
        size += len(w) + 1
    return " ".join(out)[:n]


#: Rows of tables pasted into a note: tab-separated and Markdown, a condition in each.
TABLE_WORDS = (
    "Name\tDOB\tDx\n", "Jane Roe\t01/02/1980\tasthma\n", "| Patient | MRN |\n",
    "| John Smith | 00123456 |\n", "| Maria Gonzalez | diabetes |\n",
)  # fmt: skip


@pytest.mark.parametrize(
    "words", [NOTE_WORDS, NAME_WORDS, TABLE_WORDS], ids=["phi", "names", "tables"]
)
def test_engine_is_linear_on_dense_notes(engine, words):
    """A note with thousands of findings: overlap resolution, the second look at glued
    cells, echoes, the judgement of each name and the careers-page test of each health
    term must not be quadratic. Two growth steps
    up to 192,000 characters: a per-finding pass over the whole cell only shows at the
    second (it was 20x there, and 180x for names when each judged the text's case)."""
    # the larger notes repeat the smallest, so a rare shape (an identifier glued to more
    # text, which costs a second look) is in every note or in none
    base = _dense_text(words, 12_000)
    notes = [" ".join([base] * k) for k in (1, GROWTH, GROWTH * GROWTH)]
    times = [best_cpu(lambda t=t: engine.scan([{"notes": t}], source="s"), 2) for t in notes]
    for t_small, t_large in itertools.pairwise(times):
        assert looks_linear(t_small, t_large, floor=0.05), f"{t_small:.3f} s -> {t_large:.3f} s"


# -- readers -----------------------------------------------------------------------------


def read_all(path: Path, chunk_size: int = 1000) -> tuple[list[tuple[int, dict]], list[Reject]]:
    (f,) = probe_all(expand_inputs([str(path)]))
    records, rejects = [], []
    for ref in plan_refs(f, chunk_size):
        for item in read_ref(ref, chunk_size):
            if isinstance(item, Reject):
                rejects.append(item)
            else:
                assert isinstance(item, Chunk)
                records.extend((item.first_record + i, r) for i, r in enumerate(item.records))
    return records, rejects


def _big_json_line(field_chars: int) -> bytes:
    return b'{"id": 2, "note": "' + (SECRET.encode() + b" ") * (field_chars // 24) + b'"}'


def write_pathological(d: Path) -> dict[str, Path]:
    """The pathological files of the issue, each between ordinary records."""
    ok1, ok3 = b'{"id": 1, "email": "a@example.com"}', b'{"id": 3}'
    deep_object = b'{"id": 2, "d": ' + b'{"a":' * 10_000 + b"1" + b"}" * 10_000 + b"}"
    files = {
        "field_10mb.jsonl": b"\n".join([ok1, _big_json_line(10 << 20), ok3]) + b"\n",
        "line_50mb.jsonl": b"\n".join([ok1, _big_json_line(50 << 20), ok3]) + b"\n",
        "deep_10000.jsonl": b"\n".join(
            [ok1, b'{"id": 2, "d": ' + b"[" * 10_000 + b"]" * 10_000 + b"}", ok3]
        )
        + b"\n",
        "deep_10000.json": b"[" + b",".join([ok1, deep_object, ok3]) + b"]",
        "element_50mb.json": b"[" + b",".join([ok1, _big_json_line(50 << 20), ok3]) + b"]",
        "line_50mb.csv": b"id,note\n1,a\n2,"
        + (SECRET.encode() + b" ") * ((50 << 20) // 24)
        + b"\n3,c\n",
        "columns_100k.csv": (
            ",".join(f"c{i}" for i in range(100_000)) + "\n" + ",".join(["v"] * 100_000) + "\n"
        ).encode(),
    }
    paths = {}
    for name, data in files.items():
        paths[name] = d / name
        paths[name].write_bytes(data)
    return paths


@pytest.fixture(scope="module")
def pathological(tmp_path_factory) -> dict[str, Path]:
    return write_pathological(tmp_path_factory.mktemp("pathological"))


@pytest.mark.slow
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("field_10mb.jsonl", f"field 'note' holds .* over the {MAX_FIELD_CHARS >> 20} MiB field"),
        ("line_50mb.jsonl", f"over the {MAX_RECORD_BYTES >> 20} MiB record size limit"),
        ("deep_10000.jsonl", f"nested more than {MAX_DEPTH} levels deep"),
        ("deep_10000.json", "nested too deeply"),
        ("element_50mb.json", f"over the {MAX_RECORD_BYTES >> 20} MiB record size limit"),
        ("line_50mb.csv", f"over the {MAX_RECORD_BYTES >> 20} MiB record size limit"),
    ],
)
def test_over_limit_records_are_rejected_alone(pathological, name, reason):
    path = pathological[name]
    t0 = time.perf_counter()
    records, rejects = read_all(path)
    elapsed = time.perf_counter() - t0
    assert [i for i, _ in records] == [0, 2], "the records around it are read"
    assert [r.record for r in rejects] == [1]
    assert re.search(reason, rejects[0].reason), rejects[0].reason
    assert SECRET not in rejects[0].reason and len(rejects[0].reason) < 200
    assert elapsed < 20, f"{name}: {elapsed:.1f} s"


def test_too_many_columns_is_one_reject(pathological):
    records, rejects = read_all(pathological["columns_100k.csv"])
    assert records == []
    assert len(rejects) == 1
    assert f"100,000 columns, over the limit of {MAX_COLUMNS:,}" in rejects[0].reason


def test_a_wide_csv_under_the_limit_is_read(tmp_path, engine):
    width = 2000
    path = tmp_path / "wide.csv"
    header = ",".join(f"c{i}" for i in range(width))
    rows = "\n".join(",".join(f"{r}-{i}" for i in range(width)) for r in range(30))
    path.write_text(header + "\n" + rows + "\n")
    records, rejects = read_all(path, chunk_size=7)
    assert rejects == [] and len(records) == 30 and len(records[0][1]) == width
    t0 = time.process_time()
    engine.scan([r for _, r in records], source="wide.csv")
    assert time.process_time() - t0 < 20


def test_records_at_the_limits_are_read(tmp_path):
    """The limits reject only what is over them."""
    deep = "[" * (MAX_DEPTH - 1) + "]" * (MAX_DEPTH - 1)
    lines = [
        json.dumps({"note": "x" * MAX_FIELD_CHARS}),
        '{"d": ' + deep + "}",
        json.dumps({"note": "x" * (MAX_FIELD_CHARS + 1)}),
        '{"d": [' + deep + "]}",
    ]
    path = tmp_path / "limits.jsonl"
    path.write_text("\n".join(lines) + "\n")
    records, rejects = read_all(path)
    assert [i for i, _ in records] == [0, 1]
    assert [r.record for r in rejects] == [2, 3]


def test_huge_parquet_dictionary_page(tmp_path):
    """A 200,000-entry dictionary page (one page, one row group) reads in bounded time."""
    n = 200_000
    values = [f"value-{i:08d}-{SECRET}" for i in range(n)]
    table = pa.table({"id": pa.array(range(n), pa.int64()), "s": pa.array(values)})
    path = tmp_path / "dictionary.parquet"
    pq.write_table(
        table,
        path,
        row_group_size=n,
        use_dictionary=["s"],
        dictionary_pagesize_limit=1 << 30,  # never fall back to plain encoding
        data_page_size=1 << 30,
    )
    meta = pq.ParquetFile(path).metadata.row_group(0).column(1)
    assert (meta.has_dictionary_page and "PLAIN_DICTIONARY" in str(meta.encodings)) or "RLE" in str(
        meta.encodings
    )
    t0 = time.perf_counter()
    (f,) = probe_all(expand_inputs([str(path)]))
    count = 0
    for ref in plan_refs(f, 5000):
        for item in read_ref(ref, 5000):
            assert isinstance(item, Chunk), item
            count += len(item.records)
    assert count == n
    assert time.perf_counter() - t0 < 30


_MEMORY_PROBE = textwrap.dedent(
    """
    import sys
    from pipelines.inputs import expand_inputs, probe_all
    from pipelines.readers import plan_refs, read_ref

    def status(key):
        with open("/proc/self/status") as fh:
            return next(int(line.split()[1]) for line in fh if line.startswith(key))

    (f,) = probe_all(expand_inputs([sys.argv[1]]))
    with open("/proc/self/clear_refs", "w") as fh:
        fh.write("5")  # reset the peak (VmHWM) to the current RSS: imports do not count
    base = status("VmRSS:")
    for ref in plan_refs(f, 1000):
        for item in read_ref(ref, 1000):
            pass
    print((status("VmHWM:") - base) // 1024)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("name", ["line_50mb.jsonl", "line_50mb.csv", "element_50mb.json"])
def test_skipping_a_50mb_record_keeps_memory_bounded(pathological, name):
    """A fresh process reads the file; its peak RSS may grow by a few times the record size
    limit (a window of text and a copy of it), never by the 50 MB it skips."""
    out = subprocess.run(
        [sys.executable, "-c", _MEMORY_PROBE, str(pathological[name])],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        timeout=120,
    )
    grown_mib = int(out.stdout.strip().splitlines()[-1])
    assert grown_mib < 4 * (MAX_RECORD_BYTES >> 20), f"{name}: peak RSS grew {grown_mib} MiB"


def test_reasons_are_about_the_place_not_the_content(tmp_path):
    """Everything a reject says comes from the reader, never from the record."""
    path = tmp_path / "mixed.jsonl"
    lines = [
        json.dumps({"note": SECRET * ((MAX_FIELD_CHARS // len(SECRET)) + 1)}),
        "{" + json.dumps(SECRET) + "}",
        json.dumps([SECRET]),
    ]
    path.write_text("\n".join(lines) + "\n")
    _, rejects = read_all(path)
    assert len(rejects) == 3
    for r in rejects:
        assert SECRET not in r.reason and r.reason.startswith(f"line {r.record + 1}:")


def _parquet_bytes(table: pa.Table) -> bytes:
    buf = io.BytesIO()
    pq.write_table(table, buf)
    return buf.getvalue()


def test_a_long_string_in_parquet_is_rejected_by_row(tmp_path):
    long = "y" * (MAX_FIELD_CHARS + 1)
    table = pa.table({"id": [0, 1, 2], "s": ["a", long, "c"], "n": [{"t": "a"}, None, {"t": long}]})
    path = tmp_path / "long.parquet"
    path.write_bytes(_parquet_bytes(table))
    records, rejects = read_all(path)
    assert [r["id"] for _, r in records] == [0]
    assert [r.record for r in rejects] == [1, 2]
    assert "field 's'" in rejects[0].reason and "field 'n.t'" in rejects[1].reason
