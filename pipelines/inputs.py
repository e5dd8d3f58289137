"""Turn the INPUT arguments of ``phistream scan`` into a checked list of files.

Inputs are files, directories (walked recursively) and globs, resolved through Beam's
``FileSystems`` so that ``gs://`` or ``s3://`` paths work wherever those Beam extras are
installed. Everything that would make a whole file unreadable is found here, in the
launcher, before a pipeline starts: a missing path, an unknown extension, an empty file, a
``.gz`` that is not gzip, a Parquet file without a footer. Those are usage errors (exit 2)
with one line naming the file; problems *inside* a readable file are per-record rejects,
found later by :mod:`pipelines.readers`.

Symlinks: a file found by walking a directory or matching a glob is scanned only when it
resolves inside that directory (or the glob's fixed directory part), and symlinked
directories are not entered, unless ``follow_symlinks`` is given (``--follow-symlinks``):
a link in an export folder must not pull ``~/.ssh`` or another team's data into a scan and
its outputs. A file named on the command line is the user's explicit choice and is read
wherever it points.
"""

from __future__ import annotations

import codecs
import csv
import gzip
import os
import posixpath
import re
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from urllib.parse import quote

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

from pipelines import adobe_feed
from pipelines.w3c_log import is_cloudfront_log_name, looks_like_w3c

#: File name suffix -> format. ``.json`` is JSON lines or one top-level array (probed).
EXTENSIONS: dict[str, str] = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".tsv": "csv",
    ".log": "log",
    ".parquet": "parquet",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".xls": "xlsx",
}
#: Values ``--format`` accepts.
FORMATS: tuple[str, ...] = ("jsonl", "json", "csv", "parquet", "xlsx", "log")

GZIP_MAGIC = b"\x1f\x8b"
PARQUET_MAGIC = b"PAR1"
UTF8_BOM = b"\xef\xbb\xbf"
#: Byte order marks of UTF-16, little and big endian (Excel's "Unicode Text" writes the first).
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
#: Excel's first line naming the CSV separator (``sep=;``): a directive, not the header.
_SEP_LINE = re.compile(rb"sep=([^\"\r\n])", re.IGNORECASE)
_GLOB_CHARS = re.compile(r"[*?\[]")
_HEAD_BYTES = 1 << 16


class InputError(Exception):
    """An input that cannot be opened at all (exit 2). The message names file and cause."""

    def __init__(self, path: str, cause: str) -> None:
        super().__init__(f"{path}: {cause}")
        self.path = path
        self.cause = cause


@dataclass(frozen=True)
class InputFile:
    """One file to scan.

    Attributes:
        path: what ``FileSystems`` opens.
        source: the path as the user named it (or as found under a named directory); the
            ``source`` column of every finding.
        name: the relative output name: ``redacted/<name>.parquet``.
        format: ``jsonl``, ``json``, ``csv``, ``parquet``, ``xlsx`` or ``log`` as named or
            forced.
        layout: after probing, how records are laid out: ``lines`` (JSON lines),
            ``array`` (one top-level JSON array), ``document`` (a ``.json`` holding one
            pretty-printed object, or several: each top-level value is a record), ``csv``,
            ``parquet``, ``xlsx``, ``w3c`` (a log in the W3C extended format: a record
            per data line under its ``#Fields`` names, :mod:`pipelines.w3c_log`), or
            ``text`` (any other ``.log`` whose lines are not JSON: each non-blank line is
            a record ``{"line": text}``).
        gzip: the file is gzip-compressed (detected from its first bytes).
        size: bytes on storage.
        delimiter: for CSV, the field separator found in the header row (``,``; ``;``
            as spreadsheet programs write in many locales; a tab; ``|``).
        encoding: for CSV, ``utf-8``, or ``cp1252`` when the file's first 64 KiB are not
            UTF-8 but are Windows-1252 (what Excel's "CSV" saves on Windows): see
            :func:`csv_encoding`. Any text format: ``utf-16`` when the file starts with a
            UTF-16 byte order mark (Excel's "Unicode Text"); the readers turn it into UTF-8
            as they stream it.
        newline: the line terminator: ``\\n`` (which also ends ``\\r\\n`` lines), or ``\\r``
            for a file whose lines end in a lone carriage return (Excel's "CSV
            (Macintosh)" and other old Mac tools).
        sep_line: for CSV, the file starts with Excel's ``sep=X`` line, which names the
            delimiter and is skipped before the header row.
        preamble: for CSV, lines of a report's title block above the header row (see
            :func:`report_preamble`); they are read as rows, not taken for the header.
        columns: for CSV, the column names when the file has no header row and they are
            found elsewhere (an Adobe Analytics data feed: :mod:`pipelines.adobe_feed`).
        escaped: for CSV, values are not quoted and a backslash escapes a separator, a
            newline or itself (the data feed's format).
    """

    path: str
    source: str
    name: str
    format: str
    size: int
    layout: str = ""
    gzip: bool = False
    delimiter: str = ","
    encoding: str = "utf-8"
    newline: str = "\n"
    sep_line: bool = False
    preamble: int = 0
    columns: tuple[str, ...] = ()
    escaped: bool = False


def is_local(path: str) -> bool:
    """True for paths without a ``scheme://`` prefix."""
    return "://" not in path


def _open(path: str):
    """Open raw bytes (never transparently decompressed: gzip is detected by content)."""
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def extension(name: str) -> str:
    """The lower-case extension of a file name under its ``.gz`` (``x.TSV.gz`` -> ``.tsv``)."""
    lower = name.lower()
    return posixpath.splitext(lower[:-3] if lower.endswith(".gz") else lower)[1]


def format_from_name(name: str) -> str | None:
    """The format a file name implies (``x.jsonl.gz`` -> ``jsonl``), or None. A CloudFront
    standard log keeps the name CloudFront gives it, with no telling extension
    (:func:`pipelines.w3c_log.is_cloudfront_log_name`): it is a log."""
    found = EXTENSIONS.get(extension(name))
    if found is None and is_cloudfront_log_name(name):
        return "log"
    return found


def _unknown_extension(path: str) -> InputError:
    known = ", ".join(EXTENSIONS)
    ext = posixpath.splitext(path)[1] or "(none)"
    return InputError(
        path, f"unknown file extension {ext}: expected {known} (optionally .gz), or pass --format"
    )


# -- expansion -------------------------------------------------------------------------


def _normalize(path: str) -> str:
    return path if not is_local(path) else os.path.abspath(path)


def _inside(path: str, directory: str | None) -> bool:
    if directory is None:
        return False
    path, directory = _normalize(path), _normalize(directory).rstrip("/")
    return path == directory or path.startswith(directory + "/")


def _hidden(rel: str) -> bool:
    return any(part.startswith(".") for part in rel.split("/"))


def _match(pattern: str) -> list[tuple[str, int]]:
    try:
        results = FileSystems.match([pattern])
    except Exception as exc:  # BeamIOError wraps the cause; name the input, not the cause text
        raise InputError(pattern, f"cannot be listed ({type(exc).__name__})") from None
    return [(m.path, m.size_in_bytes) for r in results for m in r.metadata_list]


def _glob_base(pattern: str) -> str:
    """The directory part of a glob before its first wildcard, as the user typed it."""
    head = _GLOB_CHARS.split(pattern, maxsplit=1)[0]
    return head[: head.rfind("/") + 1] if "/" in head else ""


def _relative(path: str, base: str) -> str:
    if is_local(path):
        return os.path.relpath(os.path.abspath(path), os.path.abspath(base or ".")).replace(
            os.sep, "/"
        )
    return path[len(base) :].lstrip("/") if path.startswith(base) else posixpath.basename(path)


def _is_dir(arg: str) -> bool:
    return os.path.isdir(arg) if is_local(arg) else False


def _walk_local(directory: str, follow_symlinks: bool) -> list[tuple[str, int]]:
    """Files under a local directory with their sizes. Symlinked directories are entered
    only when following symlinks, and then each real directory once (no link cycles)."""
    found = []
    seen: set[str] = set()
    for dirpath, dirnames, names in os.walk(directory, followlinks=follow_symlinks):
        real = os.path.realpath(dirpath)
        if real in seen:
            dirnames[:] = []
            continue
        seen.add(real)
        for name in names:
            path = os.path.join(dirpath, name)
            try:
                if os.path.isfile(path):
                    found.append((path, os.path.getsize(path)))
            except OSError:
                continue  # a broken link, or a file that vanished while listing
    return found


def _leads_outside(path: str, base: str) -> bool:
    """True when a local ``path`` resolves, through symlinks, outside directory ``base``."""
    root = os.path.realpath(base or ".")
    real = os.path.realpath(path)
    return not (real == root or real.startswith(root.rstrip(os.sep) + os.sep))


def _expand_one(
    arg: str,
    fmt: str | None,
    exclude: str | None,
    follow_symlinks: bool = False,
    not_scanned: list[str] | None = None,
    outside_links: list[str] | None = None,
) -> list[InputFile]:
    """Files named by one INPUT argument (a file, a directory or a glob)."""
    if _GLOB_CHARS.search(arg):
        base = _glob_base(arg)
        found = [(p, s) for p, s in _match(arg) if not (is_local(p) and os.path.isdir(p))]
        if not found:
            raise InputError(arg, "no files match this pattern")
        walked = True
    elif _is_dir(arg) or (not is_local(arg) and not FileSystems.exists(arg)):
        base = "" if arg.rstrip("/") in ("", ".") else arg.rstrip("/") + "/"
        found = _walk_local(arg, follow_symlinks) if is_local(arg) else _match(base + "**")
        if not found and not is_local(arg):
            raise InputError(arg, "no such file or directory")
        walked = True
    elif FileSystems.exists(arg):
        size = _match(arg)[0][1] if not _is_dir(arg) else 0
        base, found, walked = "", [(arg, size)], False
    else:
        raise InputError(arg, "no such file or directory")

    files = []
    outside = 0
    for path, size in sorted(found):
        if _inside(path, exclude):
            continue
        if walked and is_local(path) and not follow_symlinks and _leads_outside(path, base):
            outside += 1
            if outside_links is not None:
                outside_links.append(path)
            continue
        rel = _relative(path, base) if walked else posixpath.basename(arg.rstrip("/"))
        if walked and _hidden(rel):
            continue
        kind = fmt or format_from_name(path)
        if kind is None:
            if walked:
                if not_scanned is not None:
                    not_scanned.append(path)
                continue  # directories hold READMEs and the like: only known formats
            raise _unknown_extension(arg)
        source = arg if not walked else (base + rel if is_local(path) else path)
        files.append(InputFile(path=path, source=source, name=rel, format=kind, size=size))
    if walked and not files and outside:
        raise InputError(
            arg,
            f"only symlinks leading out of the folder ({outside}); "
            "pass --follow-symlinks to scan them",
        )
    if walked and not files:
        raise InputError(arg, f"no files with a known extension ({', '.join(EXTENSIONS)})")
    return files


def _unique_names(files: list[InputFile]) -> list[InputFile]:
    """Make output names unique: colliding names fall back to the source's own path."""
    counts: dict[str, int] = {}
    for f in files:
        counts[f.name] = counts.get(f.name, 0) + 1
    out = []
    for f in files:
        if counts[f.name] > 1:
            parts = [
                p
                for p in re.split(r"[/\\]+", f.source.split("://")[-1])
                if p not in ("", ".", "..")
            ]
            f = replace(f, name="/".join(parts))
        out.append(f)
    return out


def expand_inputs(
    args: Sequence[str],
    *,
    fmt: str | None = None,
    exclude: str | None = None,
    follow_symlinks: bool = False,
    not_scanned: list[str] | None = None,
    outside_links: list[str] | None = None,
) -> list[InputFile]:
    """Resolve INPUT arguments to files (in argument order, each expansion sorted).

    Args:
        args: files, directories or globs.
        fmt: ``--format``: every file is read as this format, whatever its name.
        exclude: a directory never scanned (the scan's own OUTDIR).
        follow_symlinks: scan files that symlinks in a walked directory (or a glob's
            directory) lead to outside it, and enter symlinked directories.
        not_scanned: when given, the paths of files a directory or glob holds whose
            extension is not a known format are appended to it (they are left out, and the
            CLI says so in one line: a ``.tsv`` or ``.xls`` export would otherwise go
            unnoticed).
        outside_links: when given, the symlinks left out because they lead out of their
            folder (no ``follow_symlinks``) are appended to it, for the same reason: a
            folder of links to a shared export would otherwise lose files without a word.

    Raises:
        InputError: a path that does not exist, a named file with an unknown extension,
            a directory or glob without a single scannable file.
    """
    if fmt is not None and fmt not in FORMATS:
        raise InputError(fmt, f"unknown format; choose one of {', '.join(FORMATS)}")
    seen: set[str] = set()
    files: list[InputFile] = []
    for arg in args:
        for f in _expand_one(arg, fmt, exclude, follow_symlinks, not_scanned, outside_links):
            key = os.path.realpath(f.path) if is_local(f.path) else f.path
            if key not in seen:
                seen.add(key)
                files.append(f)
    return _unique_names(files)


def safe_name(name: str) -> str:
    """A file-name-safe, injective encoding of an output name (for part files)."""
    return quote(name, safe="")


# -- probing ---------------------------------------------------------------------------


def _head(f: InputFile) -> tuple[bytes, bool, bool]:
    """Up to 64 KiB of the file's content (decompressed), whether it is gzip, and whether
    the head is all of it."""
    with _open(f.path) as raw:
        magic = raw.read(2)
        is_gzip = magic == GZIP_MAGIC
        if f.path.lower().endswith(".gz") and not is_gzip:
            raise InputError(f.source, "named .gz but is not gzip-compressed")
        if not is_gzip:
            data = magic + raw.read(_HEAD_BYTES - 2)
            return data, False, len(data) < _HEAD_BYTES
        raw.seek(0)
        gz = gzip.GzipFile(fileobj=raw)
        data = b""
        try:
            while len(data) < _HEAD_BYTES:
                block = gz.read1(_HEAD_BYTES)
                if not block:
                    return data, True, True
                data += block
        except EOFError:
            if not data:
                raise InputError(f.source, "truncated gzip file: no data before it ends") from None
            return data, True, True
        except (gzip.BadGzipFile, zlib.error, OSError):
            if not data:
                raise InputError(f.source, "corrupt gzip data at the start") from None
            return data, True, True
        return data, True, False


def _probe_parquet(f: InputFile, head: bytes, is_gzip: bool) -> str:
    if is_gzip:
        if not head.startswith(PARQUET_MAGIC):
            raise InputError(f.source, "not a Parquet file (no PAR1 header)")
        return "parquet"
    import pyarrow.parquet as pq

    try:
        with _open(f.path) as raw:
            pq.ParquetFile(raw).metadata  # noqa: B018 - reading the footer is the check
    except Exception:
        raise InputError(f.source, "not a readable Parquet file (bad or missing footer)") from None
    return "parquet"


def _probe_text(f: InputFile, head: bytes, complete: bool) -> dict[str, object]:
    """How to read a text file, from its first bytes: the :class:`InputFile` fields
    ``layout``, ``delimiter``, ``encoding``, ``newline`` and ``sep_line``."""
    utf16 = head.startswith(UTF16_BOMS)
    if utf16:
        body = utf16_head(head, complete)
    else:
        body = head[len(UTF8_BOM) :] if head.startswith(UTF8_BOM) else head
    if complete and not body.strip():
        raise InputError(f.source, "empty file (no records)")
    newline = line_terminator(body, f.format == "csv", complete)
    found = {"newline": newline.decode(), "encoding": "utf-16" if utf16 else "utf-8"}
    lines = body.split(newline)
    # content that contradicts the file's name is an error; --format is the user's word
    named = format_from_name(f.path) == f.format
    if f.format == "csv":
        return found | _probe_csv(f, head, body, lines, complete, named)
    if f.format == "log":  # a logpush file of JSON lines, a W3C log, or lines of text
        if body.lstrip()[:1] == b"{" and _first_line_is_json(lines):
            return found | {"layout": "lines"}
        return found | {"layout": "w3c" if looks_like_w3c(lines) else "text"}
    if named and not any(ln.lstrip()[:1] in (b"{", b"[") for ln in lines):
        raise InputError(
            f.source,
            "holds no JSON object or array (no line of its first 64 KiB starts with "
            "{ or [); pass --format csv if it is CSV",
        )
    first = body.lstrip()[:1]
    if first == b"[" and (f.format == "json" or not _first_line_is_json(lines)):
        return found | {"layout": "array"}
    if first == b"[" and complete and sum(1 for ln in lines if ln.strip()) == 1:
        return found | {"layout": "array"}  # a whole array on one line, named .jsonl
    if f.format == "json" and first == b"{" and not _first_line_is_json(lines):
        return found | {"layout": "document"}
    return found | {"layout": "lines"}


def _probe_csv(
    f: InputFile, head: bytes, body: bytes, lines: list[bytes], complete: bool, named: bool
) -> dict[str, object]:
    """The CSV fields of :func:`_probe_text`: Excel's ``sep=`` line, the encoding, the
    delimiter, and a header row that is actually JSON."""
    sep = _SEP_LINE.fullmatch(lines[0].rstrip(b"\r"))
    if sep is not None:
        lines = lines[1:] or [b""]
        if complete and not b"".join(lines).strip():
            raise InputError(f.source, "empty file (a sep= line, no header row)")
    line, whole = lines[0], len(lines) > 1 or complete
    if head.startswith(UTF16_BOMS):
        encoding = "utf-16"
    else:
        encoding = "utf-8" if head.startswith(UTF8_BOM) else csv_encoding(body, complete)
    if whole:
        try:
            line.decode("utf-8" if encoding == "utf-16" else encoding)
        except UnicodeDecodeError:
            name = ENCODING_NAMES[encoding]
            raise InputError(f.source, f"CSV header row is not valid {name}") from None
    columns = adobe_feed.feed_columns(f.path, line) if whole and not sep else None
    if columns:
        return {
            "layout": "csv",
            "delimiter": "\t",
            "encoding": encoding,
            "columns": columns,
            "escaped": True,
        }
    if named and _is_json_line(line, whole):
        raise InputError(f.source, "holds JSON, not CSV; pass --format json to read it")
    codec = "utf-8" if encoding == "utf-16" else encoding
    whole_lines = lines if complete else lines[:-1]  # the last may be cut short
    text = [ln.decode(codec, "replace") for ln in whole_lines[:PREAMBLE_SEARCH_LINES]]
    preamble = 0 if sep else report_preamble(text)
    if sep:
        delimiter = sep.group(1).decode("latin-1")
    elif _tab_separated(f.path):
        delimiter = "\t"
    else:
        delimiter = sniff_delimiter(lines[preamble])
    return {
        "layout": "csv",
        "delimiter": delimiter,
        "encoding": encoding,
        "sep_line": sep is not None,
        "preamble": preamble,
    }


#: A report's title block is this many lines at most.
_MAX_PREAMBLE = 15
#: Rows after a header candidate that show the table's width.
_SAMPLE_ROWS = 20
#: Lines :func:`report_preamble` reads at most.
PREAMBLE_SEARCH_LINES = _MAX_PREAMBLE + _SAMPLE_ROWS + 1


def _rows(lines: list[str]) -> list[list[str]]:
    """The CSV rows of ``lines`` (blank lines left out), with the delimiter sniffed from
    the first line."""
    if not lines:  # the head holds no whole line (a header wider than the probe reads)
        return []
    delimiter = sniff_delimiter(lines[0].encode())
    try:
        return [r for r in csv.reader(lines, delimiter=delimiter) if r]
    except csv.Error:
        return []


def _refused(width: int, rows: list[list[str]]) -> int:
    """Rows a header of ``width`` fields would send to ``rejects/`` (wider, with a value
    past the header's last column)."""
    return sum(1 for r in rows if len(r) > width and any(r[width:]))


def report_preamble(lines: list[str]) -> int:
    """Lines above a CSV file's header row that are a report's title block, or 0.

    Ad-platform and analytics reports put a title, a date range or an account name above
    the table (Google Ads: ``Campaign performance report`` and ``"November 1, 2026 -
    November 27, 2026"``; Universal Analytics: ``# ----`` comment lines and a blank line;
    LinkedIn Campaign Manager: several ``Report Start:`` lines). Taken for the header, the
    title makes every row of the table "wider than the header" and sends it to
    ``rejects/``. So only when the first row would refuse rows after it, the header is
    the first row within :data:`_MAX_PREAMBLE` lines that is at least two
    fields wide, as wide as most rows after it and refusing few of them, with every line
    above it a title's: one field, or at most half the table's width (a header merely one
    field short of its rows is no title, and its rows are refused as before). The title
    lines are not dropped: they are read as rows, padded like any short row, and a note
    names them.
    """
    head = lines[:PREAMBLE_SEARCH_LINES]
    rows = _rows(head[: _SAMPLE_ROWS + 1])
    if len(rows) < 2 or not _refused(len(rows[0]), rows[1:]):
        return 0
    for k in range(1, min(_MAX_PREAMBLE, len(head) - 1) + 1):
        if not head[k].strip():
            continue
        header, *after = _rows(head[k : k + _SAMPLE_ROWS + 1]) or [[]]
        width = len(header)
        if (
            width >= 2
            and after
            and sum(len(r) == width for r in after) * 3 >= len(after) * 2
            and _refused(width, after) * 3 <= len(after)
            and all(len(r) <= max(1, width // 2) for r in _rows(head[:k]))
        ):
            return k
    return 0


def preamble_note(f: InputFile) -> str | None:
    """The one line that says a CSV file's header row is not its first line, or None."""
    if not f.preamble:
        return None
    return (
        f"{f.source}: the header row is line {f.preamble + 1}; the {f.preamble} line(s) "
        "above it (a report's title block) are read as rows"
    )


#: Up to the first line end outside double quotes (a CSV header row, quoted names and all).
_CSV_FIRST_EOL = re.compile(rb'(?:[^"\r\n]|"[^"]*")*(\r\n|\r|\n)')
_FIRST_EOL = re.compile(rb"[^\r\n]*(\r\n|\r|\n)")


def line_terminator(body: bytes, csv: bool, complete: bool = True) -> bytes:
    """``\\r`` when a text file's first line ends in a lone carriage return, else
    ``\\n`` (which ends ``\\r\\n`` lines too).

    Excel's "CSV (Macintosh)" and other old Mac tools end rows with a lone CR, while a
    line break typed inside a cell stays a LF in its quoted field: the first line end
    outside quotes decides, not which byte is more frequent. (A JSON line cannot hold a
    raw line break in a string, so its first line end is the first CR or LF.) ``complete``:
    ``body`` is the whole file, not a head that may end between a CR and its LF.
    """
    m = (_CSV_FIRST_EOL if csv else _FIRST_EOL).match(body)
    if m is None or (not complete and m.end() == len(body)):
        return b"\n"  # no line end, or a CR at the cut that may start a CRLF
    return b"\r" if m.group(1) == b"\r" else b"\n"


def utf16_head(head: bytes, complete: bool) -> bytes:
    """The first bytes of a UTF-16 file (with its byte order mark) as UTF-8: what the
    readers will see once they have transcoded it. A lone surrogate stays one (it is
    rejected with its line); a character cut where the head ends is dropped."""
    decoder = codecs.getincrementaldecoder("utf-16")("surrogatepass")
    try:
        text = decoder.decode(head, final=complete)
    except UnicodeDecodeError:  # an odd number of bytes: the file ends in half a character
        text = decoder.decode(head[:-1], final=True) if len(head) > 2 else ""
    return text.encode("utf-8", "surrogatepass")


#: What :func:`csv_encoding` may choose, with the name a person knows it by.
ENCODING_NAMES = {"utf-8": "UTF-8", "cp1252": "Windows-1252", "utf-16": "UTF-16"}


def file_notes(f: InputFile) -> list[str]:
    """What a user should know about how ``f`` is read (encoding, a report preamble, a
    data feed's column names from beside it)."""
    feed = adobe_feed.feed_note(f.source, f.columns) if f.columns else None
    return [n for n in (encoding_note(f), preamble_note(f), feed) if n is not None]


def _tab_separated(path: str) -> bool:
    """A ``.tsv`` name says the separator: a one-column file has none to sniff, and a
    header of names with commas in them (``Name, First``) would sniff as a comma."""
    return extension(path) == ".tsv"


def encoding_note(f: InputFile) -> str | None:
    """The one line that tells a user a file was not read as UTF-8, or None. UTF-16 is
    declared by the file's byte order mark, not guessed: nothing to say."""
    if f.encoding in ("utf-8", "utf-16"):
        return None
    return f"{f.source} is not UTF-8; read as {ENCODING_NAMES[f.encoding]}"


def csv_encoding(head: bytes, complete: bool) -> str:
    """``utf-8``, or ``cp1252`` when ``head`` (a CSV file's first bytes) is not UTF-8 but
    is Windows-1252.

    Excel's "CSV (Comma delimited)" writes the Windows code page, so a spreadsheet of
    names like "José Núñez" saved on Windows is not UTF-8; read as UTF-8, every row with
    an accent would be rejected. Windows-1252 text is almost never valid UTF-8 (an
    accented letter is one byte there, a lead byte without its continuation here), so
    the choice is safe; it is made once per file, from its first 64 KiB, and the CLI says
    so. A file that is neither keeps UTF-8, and its bad lines go to ``rejects/``.
    """
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not complete and exc.end == len(head) and exc.reason == "unexpected end of data":
            return "utf-8"  # a character cut where the head ends
        if _UTF8_SEQUENCE.search(head):
            return "utf-8"  # UTF-8 text with a corrupt byte: its line goes to rejects
        # text, not binary: no NUL, and of the non-ASCII bytes, few are among the five that
        # Windows-1252 leaves undefined (one, or a tenth: such a line goes to rejects)
        high = head.translate(None, _ASCII)
        undefined = len(high) - len(high.translate(None, _CP1252_UNDEFINED))
        if b"\x00" not in head and undefined < len(high) and undefined <= max(1, len(high) // 10):
            return "cp1252"
    return "utf-8"


#: A well-formed multi-byte UTF-8 character (Windows-1252 text practically never has one).
_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)


_ASCII = bytes(range(128))
_CP1252_UNDEFINED = b"\x81\x8d\x8f\x90\x9d"


#: Field separators a CSV export may use, in order of preference on a tie.
CSV_DELIMITERS = (",", ";", "\t", "|")


def sniff_delimiter(header: bytes) -> str:
    """The separator of a CSV header row: the candidate that occurs most often outside
    quotes (a comma on a tie or when there is none: a one-column file). Excel writes
    ``;`` in locales whose decimal mark is a comma, and tab-separated exports are often
    named ``.csv``; read with a comma, such a file would be one column per row."""
    text = header.decode("utf-8", "replace")
    counts = dict.fromkeys(CSV_DELIMITERS, 0)
    quoted = False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(CSV_DELIMITERS, key=lambda d: (counts[d], -CSV_DELIMITERS.index(d)))
    return best if counts[best] else ","


def _first_line_is_json(lines: list[bytes]) -> bool:
    import orjson

    line = next((ln for ln in lines if ln.strip()), b"")
    try:
        orjson.loads(line)
    except orjson.JSONDecodeError:
        return False
    return True


def _is_json_line(line: bytes, whole: bool) -> bool:
    """True when a CSV file's header row is JSON: an object, an array, or the ``[`` that
    opens a pretty-printed array. Read as CSV, its first record would become column names,
    which outputs and reports show as they are: a JSON-lines export named ``.csv`` must be
    an error, not a table whose header holds the first record's values. ``whole``: the
    line is complete (not cut where the probe's head ends)."""
    import orjson

    text = line.strip()
    if text[:1] not in (b"{", b"["):
        return False
    if not whole:  # a first line longer than the probe's head
        return text.startswith((b'{"', b"[{"))
    if text in (b"{", b"["):
        return True
    try:
        return isinstance(orjson.loads(text), (dict, list))
    except orjson.JSONDecodeError:
        return False


def probe(f: InputFile) -> InputFile:
    """Check that ``f`` can be opened as its format; fill in ``layout`` and ``gzip``.

    Raises:
        InputError: empty, not gzip although named ``.gz``, truncated before any data,
            not Parquet, a CSV header that is not UTF-8 (or is JSON), or a JSON file with
            no line that starts like a JSON object or array.
    """
    if f.size == 0:
        raise InputError(f.source, "empty file (0 bytes)")
    try:
        head, is_gzip, complete = _head(f)
    except InputError:
        raise
    except OSError as exc:
        raise InputError(
            f.source, f"cannot be opened ({exc.strerror or type(exc).__name__})"
        ) from None
    if f.format == "parquet":
        return replace(f, layout=_probe_parquet(f, head, is_gzip), gzip=is_gzip)
    if f.format == "xlsx":
        return replace(f, layout=_probe_xlsx(f, head, is_gzip))
    return replace(f, gzip=is_gzip, **_probe_text(f, head, complete))  # type: ignore[arg-type]


def read_whole(f: InputFile) -> bytes:
    """All of a file's bytes (a workbook is read whole)."""
    with _open(f.path) as raw:
        return raw.read()


def _probe_xlsx(f: InputFile, head: bytes, is_gzip: bool) -> str:
    """``xlsx`` when ``f`` is a workbook whose sheets share one header (see
    :mod:`pipelines.excel`)."""
    from pipelines.excel import WORKBOOK_MAGICS, WorkbookError, not_a_workbook, sheets

    if is_gzip:
        raise InputError(f.source, "a gzip-compressed workbook is not read; unpack it first")
    if not head.startswith(WORKBOOK_MAGICS):
        raise InputError(f.source, not_a_workbook(head))
    try:
        sheets(read_whole(f))
    except WorkbookError as exc:
        raise InputError(f.source, str(exc)) from None
    return "xlsx"


def probe_all(files: Iterable[InputFile]) -> list[InputFile]:
    """:func:`probe` every file (the first failure raises)."""
    return [probe(f) for f in files]
