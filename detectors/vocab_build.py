"""Build the shipped health vocabulary, ``detectors/data/health_terms.tsv.gz``, and the
ICD-10-CM code list, ``detectors/data/icd10cm_codes.txt.gz``.

Run offline, never at scan time (it needs the ``vocab`` extra)::

    .venv/bin/python -m detectors.vocab_build [VOCAB_DIR] [--check]

``VOCAB_DIR`` holds ``HumanDO.tsv`` and ``disease-symptom.tsv`` (Human Disease Ontology,
CC0); it defaults to ``../shared/vocab`` next to the repository. The other sources are
read from installed packages: ICD-10-CM (``simple-icd-10-cm``, US government data) and
drug names (``drug-named-entity-recognition``, of which only names from public-domain,
CC0 or Open Government Licence sources are kept, see :func:`drug_terms`). Curated
consumer wording (``data/curated_terms.tsv``) is added and ``data/stop_terms.txt`` removes
terms that are everyday English on their own.

The output is deterministic (sorted rows, gzip without a timestamp), so ``--check`` can
tell whether the shipped file is current. Ontology labels are clinical ("malignant
neoplasm of breast"); the curated list supplies what marketing data actually says
("breast cancer", "IVF", "weight loss shots").
"""

from __future__ import annotations

import argparse
import bz2
import csv
import gzip
import io
import pickle
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

from detectors.dictionary import normalize_term
from detectors.vocabulary import HEALTH_ENTITIES

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
DEFAULT_VOCAB_DIR = ROOT.parent / "shared" / "vocab"
OUTPUT = DATA / "health_terms.tsv.gz"
CODES_OUTPUT = DATA / "icd10cm_codes.txt.gz"
CURATED = DATA / "curated_terms.tsv"
STOP = DATA / "stop_terms.txt"

#: Package versions the shipped file was built from (a different version gives a different
#: vocabulary: rebuild, review the diff, and update this and data/README.md together).
SOURCE_VERSIONS = {"simple-icd-10-cm": "1.5.0", "drug-named-entity-recognition": "2.0.9"}
#: Minimum sizes of the shipped vocabulary (the build fails below them).
FLOORS = {"HEALTH_CONDITION": 5000, "MEDICATION": 2000, "PROCEDURE": 300}
#: When one term comes from several sources, the first source in this order decides its
#: entity: hand-curated wording, then the ontologies, then drug names.
SOURCE_ORDER = ("curated", "doid", "icd10cm", "doid_symptom", "drugs")

#: ICD-10-CM chapters left out: V-Y are external causes (accidents), Z is encounters and
#: status codes ("Encounter for ..."), none of which names a condition.
_ICD_SKIP = tuple("VWXYZ")
_ICD_DROP_PARTS = (
    re.compile(r"\s*\([^()]*\)"),
    re.compile(r"\s*\[[^\[\]]*\]"),
    # a comma-separated tail only when it is a coding qualifier (", unspecified", ...)
    re.compile(
        r",\s*(?:unspecified|right|left|bilateral|initial|subsequent|sequela|not elsewhere|"
        r"uncomplicated|in remission|intractable|not intractable|with|without|single|"
        r"recurrent|mild|moderate|severe|acute|chronic|multiple|nos|nec)\b.*$",
        re.IGNORECASE,
    ),
    re.compile(r"\s+(?:NOS|NEC)$"),
    re.compile(r"^(?:unspecified|other)\s+", re.IGNORECASE),
)
#: A trailing "with ..." / "without ..." clause ("... without complications").
_ICD_WITH = re.compile(r"\s+(?:with|without)\s.*$", re.IGNORECASE)
#: Words that mark an ICD description as a coding construct rather than a name.
_ICD_REJECT = re.compile(
    r"\b(?:other|right|left|bilateral|unspecified|specified|laterality|encounter|sequela|"
    r"due|following|complicating|affecting|classified|poisoning|underdosing|adverse|toxic|"
    r"with|without|except|not|and|or|by|in|from|at|as|type [a-z]|site|sites|level|"
    r"stage|trimester|weeks|fetus|newborn|person|history|elsewhere|score|scale|karyotype|"
    r"chimera|codes?)\b",
    re.IGNORECASE,
)
#: Last words of fragments left by stripping ("anemia associated", "juvenile form").
_ICD_BAD_LAST = frozenset({"associated", "form", "type", "presenting", "also", "related", "of"})
#: Drug names ending in an INN stem are unambiguous even outside consumer sources.
_INN_STEMS = (
    "mab", "nib", "vir", "pril", "sartan", "olol", "alol", "azole", "cillin", "mycin",
    "micin", "cycline", "floxacin", "statin", "prazole", "tidine", "dipine", "semide",
    "thiazide", "triptan", "setron", "gliptin", "gliflozin", "glutide", "parin", "xaban",
    "gatran", "lukast", "terol", "dronate", "azepam", "azolam", "barbital", "oxetine",
    "pramine", "triptyline", "peridol", "apine", "platin", "rubicin", "taxel", "trexate",
    "profen", "coxib", "tretinoin", "lintide", "relin", "glitazone", "gepant",
)  # fmt: skip
_ALLERGEN_WORDS = frozenset(
    {
        "pollen", "dander", "hair", "feather", "feathers", "extract", "whole", "epithelium",
        "epithelia", "powder", "leaf", "seed", "bark", "root", "oil", "fat", "smut", "mold",
        "shell", "venom", "fruit", "flower", "juice",
    }
)  # fmt: skip
_DRUG_CHARS = re.compile(r"[a-z][a-z' -]*[a-z]")


@dataclass(frozen=True)
class Entry:
    """One candidate term from one source."""

    term: str  # normalized
    entity: str
    source: str


def read_curated(path: Path = CURATED) -> list[Entry]:
    """The hand-written ``term<TAB>entity<TAB>note`` rows (``#`` lines are comments)."""
    out = []
    for n, row in enumerate(_tsv_rows(path), start=1):
        if n == 1 and row[:2] == ["term", "entity"]:
            continue
        if len(row) < 2 or row[1] not in HEALTH_ENTITIES:
            raise ValueError(f"{path.name}: row {n}: need term, a health entity and a note")
        out.append(Entry(normalize_term(row[0]), row[1], "curated"))
    return out


def read_stop_terms(path: Path = STOP) -> set[str]:
    """Normalized terms never matched alone (one per line, ``#`` comments)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {normalize_term(line.split("#", 1)[0]) for line in lines} - {""}


def doid_terms(vocab_dir: Path) -> Iterator[Entry]:
    """Disease labels of the Human Disease Ontology (CC0)."""
    for row in _dict_rows(vocab_dir / "HumanDO.tsv"):
        yield Entry(normalize_term(row["label"]), "HEALTH_CONDITION", "doid")


def symptom_terms(vocab_dir: Path) -> Iterator[Entry]:
    """Symptom labels of the ontology's disease-symptom pairs (CC0)."""
    for row in _dict_rows(vocab_dir / "disease-symptom.tsv"):
        yield Entry(normalize_term(row["symptom_label"]), "HEALTH_CONDITION", "doid_symptom")


def clean_icd(description: str) -> str | None:
    """A short condition name from an ICD-10-CM description, or None for coding phrases.

    ``"Type 2 diabetes mellitus without complications"`` -> ``"Type 2 diabetes mellitus"``;
    ``"Strongyloidiasis, unspecified"`` -> ``"Strongyloidiasis"``; ``"Other hammer toe(s)
    (acquired), right foot"`` -> ``"hammer toe"``. Whatever still holds laterality,
    encounter, "other", "due to" or similar coding wording is dropped, and so is a lone
    word left by cutting a "with ..." clause ("Problems with ..." is no condition).
    """
    text = description.strip()
    for _ in range(3):
        for pattern in _ICD_DROP_PARTS:
            text = pattern.sub("", text).strip()
    head = _ICD_WITH.sub("", text).strip()
    if head != text and " " not in head:
        return None
    words = head.split()
    if not words or "," in head or "/" in head or _ICD_REJECT.search(head):
        return None
    if len(words) > 6 or words[-1].lower() in _ICD_BAD_LAST:
        return None
    return head


def icd_terms() -> Iterator[Entry]:
    """Cleaned ICD-10-CM block, category and code descriptions and inclusion terms."""
    import simple_icd_10_cm as cm

    for code in cm.get_all_codes(with_dots=True):
        if cm.is_chapter(code) or code.startswith(_ICD_SKIP):
            continue  # blocks stay: "Frostbite (T33-T34)" names a condition
        for text in (cm.get_description(code), *cm.get_inclusion_term(code)):
            name = clean_icd(text)
            if name:
                yield Entry(normalize_term(name), "HEALTH_CONDITION", "icd10cm")


def drug_terms() -> Iterator[Entry]:
    """Drug names of ``drug-named-entity-recognition`` that are safe to ship.

    The package merges MedlinePlus, NHS, MeSH, DrugBank open vocabulary and Wikipedia
    (CC BY-SA) names. Kept: (1) every name of a drug that has a MedlinePlus or NHS page
    (generic and brand names: the consumer drugs), and (2) DrugBank/MeSH drug names ending
    in an INN stem (``-mab``, ``-pril``...). Dropped: any name of a drug whose record links
    a Wikipedia article (its synonyms may come from Wikipedia) unless the package marks the
    name itself as coming from MedlinePlus, NHS or MeSH (its ``is_brand`` variant data);
    chemical and protein names, allergen extracts, codes, and one-word names under six
    letters (too often an abbreviation: curated brands cover ``advil``, ``xanax``...).
    """
    spec = find_spec("drug_named_entity_recognition")
    if spec is None or spec.origin is None:
        raise SystemExit("drug-named-entity-recognition is not installed (pip install .[vocab])")
    path = Path(spec.origin).parent / "drug_ner_dictionary.pkl.bz2"
    with bz2.open(path, "rb") as fh:
        data = pickle.load(fh)  # the installed package's own data file
    to_canonical = data["drug_variant_to_canonical"]
    canonical_data = data["drug_canonical_to_data"]
    named_by_source = data["drug_variant_to_variant_data"]  # MedlinePlus, NHS, MeSH names
    for variant, canonicals in to_canonical.items():
        records = [canonical_data.get(c) for c in canonicals]
        if not records or any(r is None for r in records):
            continue
        if variant not in named_by_source and any("wikipedia_url" in r for r in records):
            continue
        term = normalize_term(variant)
        if not _DRUG_CHARS.fullmatch(variant) or not _drug_shape_ok(term):
            continue
        consumer = any("medline_plus_id" in r or "nhs_url" in r for r in records)
        generic = " " not in term and term.endswith(_INN_STEMS) and len(term) >= 7
        if consumer or generic:
            yield Entry(term, "MEDICATION", "drugs")
            inn = _biologic_inn(term)
            if inn:
                yield Entry(inn, "MEDICATION", "drugs")


#: The FDA's suffix of a biologic's proper name: four meaningless lower-case letters after
#: the INN (``erenumab-aooe``, ``risankizumab-rzaa``), normalized to a space.
_BIOLOGIC_SUFFIX = re.compile(r"^([a-z]+) [a-z]{4}$")


def _biologic_inn(term: str) -> str | None:
    """The bare INN of a biologic's suffixed proper name (``risankizumab rzaa`` ->
    ``risankizumab``), when it ends in an INN stem: the package lists some biologics only
    with their suffix, which labels, trial arms and prescriptions drop ("erenumab 70 mg")."""
    m = _BIOLOGIC_SUFFIX.match(term)
    if m is None or not m.group(1).endswith(_INN_STEMS) or len(m.group(1)) < 7:
        return None
    return m.group(1)


def _drug_shape_ok(term: str) -> bool:
    words = term.split(" ")
    if len(words) > 4 or len(term) > 40 or set(words) & _ALLERGEN_WORDS:
        return False
    if len(words) == 1:
        return len(term) >= 6
    return all(len(w) >= 3 or w.isdigit() for w in words)


def combine(entries: Iterable[Entry], stop: set[str]) -> tuple[list[Entry], Counter[str]]:
    """One entry per term: the first source in :data:`SOURCE_ORDER` decides the entity.

    Non-curated terms shorter than four characters, without a letter, or in ``stop`` are
    dropped (short abbreviations are too ambiguous unless a person vouched for them).
    Returns the entries sorted by term, and how many same-term entity conflicts were
    settled by the order.
    """
    rank = {s: i for i, s in enumerate(SOURCE_ORDER)}
    best: dict[str, Entry] = {}
    conflicts: Counter[str] = Counter()
    for e in entries:
        if not e.term or not any(c.isalpha() for c in e.term) or e.term in stop:
            if e.source == "curated" and e.term in stop:
                raise ValueError(f"curated term {e.term!r} is also a stop term")
            continue
        if e.source != "curated" and len(e.term) < 4:
            continue
        old = best.get(e.term)
        if old is None or rank[e.source] < rank[old.source]:
            if old is not None and old.entity != e.entity:
                conflicts[f"{e.source}>{old.source}"] += 1
            best[e.term] = e
        elif old.entity != e.entity:
            conflicts[f"{old.source}>{e.source}"] += 1
    return sorted(best.values(), key=lambda e: e.term), conflicts


def render(entries: list[Entry]) -> bytes:
    """The gzip TSV bytes (no timestamp, so equal vocabularies give equal files)."""
    text = io.StringIO()
    text.write("term\tentity\tsource\n")
    for e in entries:
        text.write(f"{e.term}\t{e.entity}\t{e.source}\n")
    return _gzip(text.getvalue())


def icd_codes() -> list[str]:
    """Every ICD-10-CM category and code (no chapters, no blocks), upper case without the
    dot, sorted: what :mod:`detectors.diagnosis_codes` validates against. Unlike the
    terms, all chapters are kept: a code in a diagnosis field is a diagnosis."""
    import simple_icd_10_cm as cm

    return sorted(
        {
            code.replace(".", "").upper()
            for code in cm.get_all_codes(True)
            if not cm.is_chapter(code) and not cm.is_block(code)
        }
    )


def render_codes(codes: list[str]) -> bytes:
    """The gzip bytes of the code list, one code a line (no timestamp)."""
    return _gzip("".join(f"{c}\n" for c in codes))


def _gzip(text: str) -> bytes:
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, compresslevel=9, mtime=0) as gz:
        gz.write(text.encode("utf-8"))
    return buf.getvalue()


def build(vocab_dir: Path) -> tuple[list[Entry], Counter[str]]:
    """Read every source and combine them (see :func:`combine`)."""
    stop = read_stop_terms()
    entries: list[Entry] = [
        *read_curated(),
        *doid_terms(vocab_dir),
        *icd_terms(),
        *symptom_terms(vocab_dir),
        *drug_terms(),
    ]
    return combine(entries, stop)


def main(argv: list[str] | None = None) -> int:
    """Command line: build (default) or ``--check`` the shipped file."""
    parser = argparse.ArgumentParser(prog="python -m detectors.vocab_build", description=__doc__)
    parser.add_argument("vocab_dir", nargs="?", type=Path, default=DEFAULT_VOCAB_DIR)
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--codes-out", type=Path, default=CODES_OUTPUT)
    parser.add_argument("--check", action="store_true", help="exit 1 if --out is not current")
    args = parser.parse_args(argv)
    if not (args.vocab_dir / "HumanDO.tsv").is_file():
        parser.error(f"{args.vocab_dir}: no HumanDO.tsv (give the shared/vocab directory)")
    entries, conflicts = build(args.vocab_dir)
    counts = Counter(e.entity for e in entries)
    by_source = Counter(f"{e.source}:{e.entity}" for e in entries)
    low = {k: (counts[k], v) for k, v in FLOORS.items() if counts[k] < v}
    if low:
        print(f"vocabulary below its floors (count, floor): {low}", file=sys.stderr)
        return 1
    blob = render(entries)
    print(f"terms: {len(entries)} {dict(sorted(counts.items()))}")
    print(f"by source: {dict(sorted(by_source.items()))}")
    print(f"entity conflicts settled by source order: {dict(conflicts)}")
    installed = {name: version(name) for name in SOURCE_VERSIONS}
    print(f"inputs: {installed}, {args.vocab_dir}")
    if installed != SOURCE_VERSIONS:
        print(f"note: the shipped file was built from {SOURCE_VERSIONS}", file=sys.stderr)
    codes = icd_codes()
    print(f"ICD-10-CM codes: {len(codes)}")
    outputs = [(args.out, blob), (args.codes_out, render_codes(codes))]
    if args.check:
        stale = [path for path, data in outputs if _current(path) != data]
        for path in stale:
            print(f"{path} is out of date: rebuild it", file=sys.stderr)
        if stale:
            return 1
        print(f"{', '.join(str(p) for p, _ in outputs)} are current")
        return 0
    for path, data in outputs:
        path.write_bytes(data)
        print(f"wrote {path} ({len(data)} bytes)")
    return 0


def _current(path: Path) -> bytes:
    return path.read_bytes() if path.is_file() else b""


def _tsv_rows(path: Path) -> list[list[str]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]


def _dict_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            yield {k: v.strip().strip('"') for k, v in row.items() if k}


if __name__ == "__main__":
    raise SystemExit(main())
