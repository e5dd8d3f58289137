"""HEALTH_CONDITION, MEDICATION, PROCEDURE: a health vocabulary matched with one automaton.

The vocabulary (``detectors/data/health_terms.tsv.gz``, built offline by
:mod:`detectors.vocab_build`) is loaded once per engine into ONE pyahocorasick automaton.

Matching works on *normalized* text, where normalization is a 1 char -> 1 char translation
(so offsets in the normalized text are offsets in the original): ASCII letters are
lower-cased (Latin-1 capitals too), every other ASCII character and the common Unicode
spaces, dashes and quotes become a space, and any other non-ASCII character passes through.
URL slugs (``/conditions/type-2-diabetes/``, ``weight_loss_surgery``) and apostrophes
(``Crohn's`` -> ``crohn s``) thus read as words; Latin Extended letters fold like Latin-1
(Vietnamese ``Tiểu Đường`` is its slug ``tieu duong``) and Greek and Cyrillic capitals lose
their case. Every automaton key is a term wrapped in spaces, so a hit is always a
whole-word hit (``hiv`` never fires inside ``archive``) and no Python boundary check runs
per hit. The exception is a term in an unspaced script (Han, Hangul: ``糖尿病``, ``당뇨병``),
whose key is bare: Chinese puts no space between words and Korean glues particles on, and
such characters never occur inside Latin text. Plurals (``mammograms``), apostrophe
variants (``crohns``, ``alzheimer disease``) and an ampersand for ``and`` ("Labor &
Delivery") are extra keys. The longest hit wins among
overlapping ones. Stop entries (``data/stop_terms.txt`` plus the caller's ``stop_terms``)
are keys without an entity: they win like any longer hit and are then dropped, so ``stroke
of luck`` hides the ``stroke`` inside it. Campaign and creative names glue words in
camelCase (``KneeReplacement_Q3``), which no 1 -> 1 translation can split: those few texts
are scanned in a spaced copy whose offsets map back (:func:`split_camel`).

Speed (~90 MB/s of cell text on typical analytics chunks, ~50 MB/s when no text repeats):
the automaton is never called once per cell. Machine-field cells without a run of three
letters are skipped (timestamps, numeric ids, prices), and so is a lone short upper-case
code there (a currency); event, campaign and SKU names are read. The remaining texts are
deduplicated with Arrow's ``dictionary_encode`` (page titles and URL paths repeat all over
a chunk), joined into ONE string with a NUL separator that no key contains, normalized with
one ``str.translate``, and scanned with one ``automaton.iter()`` call; hit offsets map back
to texts with ``numpy.searchsorted`` and from texts to cells with an argsort of the
dictionary indices. Space-anchored keys keep the automaton near its root on ordinary text,
so this one pass is faster than any word prefilter we tried in numpy.
"""

from __future__ import annotations

import gzip
import re
import unicodedata
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from importlib.resources.abc import Traversable
from typing import NamedTuple

import ahocorasick
import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.field_names import key_tokens
from detectors.organisations import organisation_names
from detectors.registry import register
from detectors.spans import Occupied, Span
from detectors.vocabulary import HEALTH_ENTITIES

#: Score of a one-word hit and of a multi-word hit (more words, fewer accidents).
SCORE_SINGLE = 0.85
SCORE_MULTI = 0.95
#: Where the shipped vocabulary and stop list live inside the package.
VOCAB_RESOURCE = ("data", "health_terms.tsv.gz")
STOP_RESOURCE = ("data", "stop_terms.txt")

_BLOCKER = ""  # the entity of a stop entry's key: matched, then dropped
_SEP = " \x00 "  # between cells: NUL is never a key character, so no term spans two cells
#: Cells that are one hex token (hashes, UUIDs) are identifiers, never health wording.
_HEX_CELL = re.compile(r"[0-9A-Fa-f]{8,}(?:-[0-9A-Fa-f]{4,})*|[0-9A-Fa-f-]{16,}")
#: A camelCase run of words: each word a capital run and two or more small letters (the
#: first may be all small), then optionally an upper-case tail and digits (``AFibScreening2024``,
#: ``DepressionTMS``). Random ids rarely qualify: their small-letter runs are short and digits
#: sit between letters (``Cj0KCQjw``), so ``xStdQ`` never becomes the word ``std``.
_CAMEL_RUN = re.compile(
    r"(?<![A-Za-z0-9])[A-Z]*[a-z]{2,}(?:[A-Z]+[a-z]{2,})*[A-Z]*[0-9]*(?![A-Za-z0-9])"
)
_CAMEL_STEP = re.compile(r"[a-z][A-Z]")
_CAMEL_HUMP = re.compile(r"(?<=[a-z])(?=[A-Z])|(?<=[A-Za-z])(?=[0-9])")
#: The RE2 prefilter for :data:`_CAMEL_RUN` (Arrow's kernel over the distinct texts).
_CAMEL_PREFILTER = "[a-z][a-z][A-Z]"
_CODE_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
#: Unicode spaces, dashes, quotes and bullets that read as word separators.
_UNICODE_SEPARATORS = (
    "\u00a0\u00ab\u00b7\u00bb\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a\u201b"
    "\u201c\u201d\u201e\u2022\u2026\u2032\u2033\u2039\u203a\u3000\ufeff\uff07"
)


#: Cased alphabets beyond Latin-1 whose letters normalization folds or lower-cases:
#: Latin Extended-A/B, Greek, Cyrillic, Latin Extended Additional (Vietnamese).
_CASED_BLOCKS = ((0x100, 0x250), (0x370, 0x400), (0x400, 0x530), (0x1E00, 0x1F00))


def _translation() -> dict[int, int]:
    table: dict[int, int] = {}
    for c in range(128):
        ch = chr(c)
        if (ch.isascii() and (ch.islower() or ch.isdigit())) or c == 0:
            continue  # a-z, 0-9 stay; NUL stays (it separates cells)
        table[c] = c + 32 if "A" <= ch <= "Z" else 32
    for c in range(0xC0, 0x100):
        # Latin-1 letters -> their unaccented small letter, one code point each, so that a
        # URL slug's "mamografia" and a title's "Mamografía", or "Sjögren" and "Sjogren",
        # are one key; letters with no ASCII base (æ, ø, ß, þ) only lose their case.
        base = unicodedata.normalize("NFKD", chr(c))[:1]
        if base.isascii() and base.isalpha():
            table[c] = ord(base.lower())
        elif chr(c).isupper():
            table[c] = ord(chr(c).lower())
    for lo, hi in _CASED_BLOCKS:
        for c in range(lo, hi):
            # Latin Extended (Vietnamese "Tiểu Đường", Polish, Turkish) folds like Latin-1,
            # so the page title and its slug ``tieu-duong`` are one key; Greek and Cyrillic
            # only lose their case ("Беременность" at a sentence start). Only one-for-one
            # mappings: a letter whose lower case is two code points stays as it is.
            ch = chr(c)
            base = unicodedata.normalize("NFKD", ch)[:1]
            if (lo < 0x370 or lo >= 0x1E00) and base.isascii() and base.isalpha():
                table[c] = ord(base.lower())
            elif ch.isupper() and len(ch.lower()) == 1:
                table[c] = ord(ch.lower())
    table[0x0110] = table[0x0111] = ord("d")  # Vietnamese đ has no decomposition
    for ch in _UNICODE_SEPARATORS:
        table[ord(ch)] = 32
    return table


#: The 1 char -> 1 char normalization table (``str.translate``).
TRANSLATION: dict[int, int] = _translation()
_LUT = np.arange(0x10000, dtype=np.uint32)
for _k, _v in TRANSLATION.items():
    _LUT[_k] = _v
del _k, _v


def normalize(text: str) -> str:
    """Normalize text for matching; the result has exactly the length of ``text``."""
    return text.translate(TRANSLATION)


def normalize_term(term: str) -> str:
    """Normalize a vocabulary term: :func:`normalize`, then single spaces, no edge spaces.

    ``"Crohn's disease"`` -> ``"crohn s disease"``; ``"type-2 diabetes"`` ->
    ``"type 2 diabetes"``. Shipped terms are stored in this form.
    """
    return " ".join(normalize(term).replace("\x00", " ").split())


def split_camel(text: str) -> tuple[str, np.ndarray] | None:
    """``text`` with a space between the words of each camelCase run, and where each of its
    characters came from (None when ``text`` has no such run).

    Campaign, ad set and creative names are written ``KneeReplacement_Q3`` or
    ``AFibScreening2024``; whole-word keys never match inside a glued word, and the 1 -> 1
    normalization cannot add a space. The spaced copy keeps every boundary of ``text`` and
    adds one at each small -> capital step of a run that reads as words (:data:`_CAMEL_RUN`),
    and before the run's trailing digits, so it finds everything ``text`` finds and the
    glued terms too. ``origin[i]`` is the
    offset in ``text`` of the copy's character ``i`` (an added space points at the capital
    after it), so a hit ``[s, e)`` in the copy is ``[origin[s], origin[e - 1] + 1)``.
    """
    cuts: list[int] = []
    for run in _CAMEL_RUN.finditer(text):
        word = run.group()
        if _CAMEL_STEP.search(word):  # a lone word keeps its digits: "covid19", "glp1"
            cuts.extend(run.start() + m.start() for m in _CAMEL_HUMP.finditer(word))
    if not cuts:
        return None
    pieces, last = [], 0
    for cut in cuts:
        pieces.append(text[last:cut])
        last = cut
    pieces.append(text[last:])
    origin = np.arange(len(text) + len(cuts), dtype=np.int64)
    # the copy's character i comes from text[i - (cuts before it)]; an added space from the
    # capital it stands before
    origin -= np.searchsorted(np.asarray(cuts) + np.arange(len(cuts)), origin, side="right")
    return " ".join(pieces), origin


def term_variants(term: str) -> list[str]:
    """The normalized ``term`` and the surface variants that also deserve a key.

    Variants: the ``'s`` forms (``crohn s`` -> ``crohns``; ``alzheimer s disease`` ->
    ``alzheimer disease``), an ampersand for ``and`` (``labor and delivery`` -> ``labor
    delivery`` with three spaces, what :func:`normalize` makes of "Labor & Delivery": the
    1 -> 1 normalization cannot turn ``&`` into a word, so the key takes its shape) and a
    simple plural of the last word (``mammogram`` -> ``mammograms``, ``allergy`` ->
    ``allergies``, ``rash`` -> ``rashes``).
    """
    out = [term]
    if " and " in term:
        out.append(term.replace(" and ", "   "))
    words = term.split(" ")
    if len(words) > 1 and "s" in words[1:]:
        joined, dropped = [words[0]], [words[0]]
        for w in words[1:]:
            if w == "s":
                joined[-1] += "s"
            else:
                joined.append(w)
                dropped.append(w)
        out.append(" ".join(joined))
        if dropped[-1] != words[0] or len(dropped) > 1:
            out.append(" ".join(dropped))
    for form in list(out):
        plural = _plural(form)
        if plural:
            out.append(plural)
    return list(dict.fromkeys(v for v in out if v))


def _plural(term: str) -> str | None:
    head, _, last = term.rpartition(" ")
    if len(last) < 3 or not last.isalpha() or not last.isascii() or last.endswith("s"):
        return None
    if last.endswith("y") and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("ch", "sh", "x", "z")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}" if head else last


def load_vocabulary() -> list[tuple[str, str]]:
    """The shipped ``(term, entity)`` pairs (packaged data; never downloaded)."""
    with _resource(VOCAB_RESOURCE).open("rb") as raw, gzip.open(raw, "rt", "utf-8") as fh:
        rows = [line.split("\t") for line in fh.read().splitlines()]
    return [(r[0], r[1]) for r in rows[1:] if len(r) >= 2]


def load_stop_terms() -> set[str]:
    """The shipped stop list, normalized (one entry a line, ``#`` comments)."""
    text = _resource(STOP_RESOURCE).read_text(encoding="utf-8")
    return {normalize_term(line.split("#", 1)[0]) for line in text.splitlines()} - {""}


def _resource(parts: tuple[str, ...]) -> Traversable:
    resource = files("detectors")
    for part in parts:
        resource = resource / part
    return resource


@lru_cache(maxsize=1)
def _shipped_keys() -> frozenset[str]:
    return frozenset(v for t, _ in load_vocabulary() for v in term_variants(t))


@lru_cache(maxsize=1)
def _shipped_entities() -> dict[str, str]:
    stop = load_stop_terms()
    return {
        v: entity
        for term, entity in load_vocabulary()
        if term not in stop
        for v in term_variants(term)
        if v not in stop
    }


def health_term_entity(text: str) -> str | None:
    """The health entity of ``text`` when the whole of it is a shipped health term (or a
    variant) that the shipped stop list does not stop, else None. Loaded on first use."""
    return _shipped_entities().get(normalize_term(text))


def is_health_term(text: str) -> bool:
    """True when the whole ``text`` is a shipped health term or one of its variants.

    For other detectors (NER drops PERSON spans such as "Parkinson's"); loads the term set
    on first use, never at import.
    """
    return normalize_term(text) in _shipped_keys()


class _Key(NamedTuple):
    length: int  # characters of the key, anchoring spaces included
    entity: str
    score: float
    pad: int = 1  # anchoring spaces on each side: 1, or 0 for an unspaced-script term


#: Scripts written without spaces between words (Han, kana) or with particles glued to the
#: word (Hangul: ``당뇨병이``, ``당뇨병으로``): a term there is a substring, not a word.
_UNSPACED = re.compile(r"[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def unspaced(term: str) -> bool:
    """True when ``term`` starts and ends in an unspaced script (``糖尿病``, ``乳房x光``,
    ``당뇨병 검사``): its key carries no anchoring spaces. Such characters never occur in
    Latin text, so a bare key cannot fire inside an English or Spanish word."""
    return bool(term) and bool(_UNSPACED.match(term[0])) and bool(_UNSPACED.match(term[-1]))


class _Batch(NamedTuple):
    """Texts joined into one normalized string."""

    ids: np.ndarray  # text index of each piece
    starts: np.ndarray  # offset of each piece in ``text``
    text: str  # normalized: " " + piece + " \\x00 " + piece + ... + " "
    ascii: bool


class DictionaryDetector:
    """Health terms in every cell with words, whole words only, longest match wins.

    Args:
        terms: extra ``(term, entity)`` pairs (a policy's health terms); they win over the
            shipped vocabulary's entity for the same term, and over the shipped stop list
            (bare specialty names such as ``oncology`` are stopped by default).
        stop_terms: text that is never health context (a policy's deny list), added to the
            shipped stop list. Each entry is matched as a *blocker*: its hits are dropped
            and hide the shorter terms inside them (``stroke of luck`` hides ``stroke``),
            while a longer term still wins (``pain`` stopped, ``back pain`` kept).
        shipped: load the packaged vocabulary and stop list (False: only the arguments).

    Raises:
        ValueError: when a term's entity is not a health entity of the contract.
    """

    name = "dictionary"
    entities = frozenset(HEALTH_ENTITIES)

    def __init__(
        self,
        terms: Iterable[tuple[str, str]] | None = None,
        stop_terms: Iterable[str] = (),
        *,
        shipped: bool = True,
    ) -> None:
        vocab: dict[str, str] = {}
        own = [(normalize_term(t), e) for t, e in terms or ()]
        pairs = list(load_vocabulary()) if shipped else []
        pairs += own
        for term, entity in pairs:
            if entity not in HEALTH_ENTITIES:
                raise ValueError(
                    f"health term entity {entity!r} is not one of {sorted(HEALTH_ENTITIES)}"
                )
            if term and any(c.isalpha() for c in term):
                vocab[term] = entity  # later pairs (policy terms) win
        # a policy's own term beats the shipped stop list (a team that wants its specialty
        # pages, "oncology", counted says so); ``stop_terms`` given here still beat it
        stop = load_stop_terms() - {t for t, _ in own} if shipped else set()
        stop |= {normalize_term(t) for t in stop_terms}
        self._automaton = _build(vocab, stop)
        self.n_terms = len(vocab)

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        wanted = self.entities & ctx.config.entities
        cells = self._cells_to_scan(ctx)
        if not wanted or len(cells) == 0:
            return
        # Analytics columns repeat (page titles, URL paths): scan each distinct text once.
        column = ctx.cells.arrow_text
        if len(cells) < len(column):
            column = column.take(pa.array(cells))
        encoded = column.dictionary_encode()
        texts: list[str] = encoded.dictionary.to_pylist()
        which = encoded.indices.to_numpy(zero_copy_only=False)
        hits = [
            h
            for h in _longest(self._hits_spaced(texts, encoded.dictionary))
            if h[3].entity in wanted
            and not _HEX_CELL.fullmatch(texts[h[0]])
            and not _inside_code(texts[h[0]], h[1], h[2])
            and not _in_namespace(texts[h[0]], h[1], h[2])
            and not _currency_amount(texts[h[0]], h[1], h[2])
        ]
        if not hits:
            return
        # ``STD`` under a benefit's or a claim's key is short-term disability: those hits
        # are dropped per cell below (most chunks have none, and pay nothing)
        disability = {i for i, h in enumerate(hits) if _std_hit(texts[h[0]], h[1], h[2])}
        benefit = ctx.path_mask(benefit_field) if disability else None
        # every cell holding a text gets that text's hits
        order = np.argsort(which, kind="stable")
        sorted_which = which[order]
        text_ids = np.fromiter((h[0] for h in hits), np.int64, len(hits))
        lo = np.searchsorted(sorted_which, text_ids, side="left")
        counts = np.searchsorted(sorted_which, text_ids, side="right") - lo
        hit_of = np.repeat(np.arange(len(hits)), counts)
        rank = np.arange(len(hit_of)) - np.repeat(np.cumsum(counts) - counts, counts)
        span_cells = cells[order[lo[hit_of] + rank]]
        for cell, h in zip(span_cells.tolist(), hit_of.tolist(), strict=True):
            if benefit is not None and h in disability and benefit[cell]:
                continue
            _, start, end, key = hits[h]
            yield Span(cell, start, end, key.entity, key.score, "dictionary")

    def _hits_spaced(self, texts: list[str], column: pa.Array) -> list[tuple[int, int, int, _Key]]:
        """:meth:`_hits`, with camelCase texts scanned in their spaced copy
        (:func:`split_camel`) and the hits mapped back to offsets in the text.

        One RE2 pass over the distinct texts picks the few that may hold a camelCase run;
        only those pay for a Python regex.
        """
        maybe = np.flatnonzero(
            pc.match_substring_regex(column, _CAMEL_PREFILTER).to_numpy(zero_copy_only=False)
        )
        origins: dict[int, np.ndarray] = {}
        original = texts
        for i in maybe.tolist():
            spaced = split_camel(texts[i])
            if spaced is not None:
                if not origins:
                    texts = list(texts)  # the caller's list stays the original texts
                texts[i], origins[i] = spaced
        hits = self._hits(texts)
        if not origins:
            return hits
        out = []
        for text_id, start, end, key in hits:
            origin = origins.get(text_id)
            if origin is not None:
                start, end = int(origin[start]), int(origin[end - 1]) + 1
            out.append((text_id, start, end, key))
        # A brand written with an inner capital (``OxyContin``, ``EpiPen``, ``FluMist``) is
        # one word of the vocabulary, not two: the camelCase texts are also read as written
        # (as they were before the spaced copy existed). Where both readings find a term,
        # resolution keeps the longer one ("FluMist" over its "Flu").
        camel = list(origins)
        seen = set(out)
        for j, start, end, key in self._hits([original[i] for i in camel]):
            hit = (camel[j], start, end, key)
            if hit not in seen:
                out.append(hit)
        return out

    def _hits(self, texts: list[str]) -> list[tuple[int, int, int, _Key]]:
        """``(text index, start, end, key)`` of every automaton hit in ``texts``."""
        ids = np.arange(len(texts))
        batches = [_join(ids, texts)]
        if not batches[0].ascii:  # keep the ASCII texts on the fast path
            ascii_texts = np.fromiter(map(str.isascii, texts), bool, len(texts))
            batches = [_join(g, texts) for g in (ids[ascii_texts], ids[~ascii_texts]) if len(g)]
        hits: list[tuple[int, int, int, _Key]] = []
        for batch in batches:
            hits.extend(self._scan(batch))
        return hits

    # -- steps ------------------------------------------------------------------------------

    @staticmethod
    def _cells_to_scan(ctx: ScanContext) -> np.ndarray:
        """Cells that may hold a word: all of them, but machine-field cells only with a run
        of three letters (timestamps, numeric ids and prices have none).

        Machine fields are read too, unlike by the identifier patterns: marketers name
        events, campaigns, lead sources and SKUs after what they sell, and a person's
        ``Diabetes Quiz Completed`` event, ``utm_campaign = colonoscopy_q3`` or
        ``sku = FLU-SHOT-2024`` ties them to a condition as much as a page URL does (the
        same words in a URL's query values were always read). Whole-word matching and the
        stop list keep user agents, statuses and lifecycle stages quiet; a machine field
        holding one short upper-case code (a currency, ``CAD``) is not read.
        """
        if len(ctx.cells) == 0:
            return np.empty(0, dtype=np.int64)
        machine = ~ctx.non_system
        keep = ctx.non_system.copy()
        keep[ctx.candidates("[A-Za-z]{3}", among=machine)] = True
        # a lone upper-case code is a currency or platform there (CAD, CHF), no diagnosis
        keep[ctx.candidates("^[A-Z]{2,5}$", among=machine)] = False
        keep[_organisations_named(ctx)] = False
        keep[_schema_text(ctx)] = False
        keep &= ~ctx.path_mask(room_field)
        return np.flatnonzero(keep)

    def _scan(self, batch: _Batch) -> list[tuple[int, int, int, _Key]]:
        """``(text index, start, end, key)`` of every automaton hit, in text offsets."""
        found = list(self._automaton.iter(batch.text))
        if not found:
            return []
        # a key is " term " (or a bare unspaced-script term): its last character is at
        # ``last``, and ``pad`` anchoring spaces sit on each side of the term
        last = np.fromiter((f[0] for f in found), np.int64, len(found))
        pad = np.fromiter((f[1].pad for f in found), np.int64, len(found))
        start = last - np.fromiter((f[1].length for f in found), np.int64, len(found)) + 1 + pad
        end = last + 1 - pad
        piece = np.searchsorted(batch.starts, start, side="right") - 1
        base = batch.starts[piece]
        return list(
            zip(
                batch.ids[piece].tolist(),
                (start - base).tolist(),
                (end - base).tolist(),
                (f[1] for f in found),
                strict=True,
            )
        )


#: Last keys of a field that holds an organisation's name: a call's ``company_name``, a
#: referral's ``organization``, a senior-living CRM's ``Community``, a referral's
#: ``Referring Facility``, a home-care ``Agency``.
ORGANISATION_FIELD_KEYS = frozenset(
    {"company", "organization", "organisation", "org", "business", "facility", "community"}
    | {"agency", "employer"}
    # a CRM's account (Salesforce's ``Account Name``, HubSpot's associated company): a
    # business's account holds its name; a person account (Health Cloud's patient) holds a
    # person's name, which is no organisation's and is read as before
    | {"account"}
    # a claim's, an estimate's or a remittance's parties (``convening_provider.name``,
    # ``payee_name``, a collection file's ``creditor``): only a value that ends in an
    # organisation's word is skipped ("Lakeshore Endoscopy Center"), a clinician's name
    # is read as before
    | {"provider", "payer", "payee", "creditor"}
    # a hospital's own name and its locations' names, as a standard-charge file's header
    # lists them (``hospital_location`` = "Lakeview Outpatient Surgery Center")
    | {"hospital"}
    # where an event is held and who sends a mailing (an Eventbrite export's ``Venue`` =
    # "Crestview Hospice Community Room", a bereavement card file's ``Sender`` =
    # "Crestview Hospice"): the place's and the sender's names, not the attendee's or the
    # recipient's care
    | {"venue", "sender"}
    # a card processor's or a patient-financing lender's merchant (``Merchant Name`` =
    # "ClearView LASIK Center"): the practice the person paid, named for what it sells
    | {"merchant"}
)
#: Last tokens of a key that hold an organisation's name after its word: ``company_name``,
#: a CMS standard-charge file's ``hospital_location`` (the names of its locations), and a
#: nurse triage line's or a TPA's ``employer_client`` (the employer it serves).
_ORGANISATION_NAME_TAILS = frozenset({"name", "location", "locations", "client"})


@lru_cache(maxsize=16384)
def organisation_field(path: str) -> bool:
    """True when a hint path's last key names an organisation (``company_name``,
    ``referral.source.organization``, ``Referring Facility``): the key ends in one of
    :data:`ORGANISATION_FIELD_KEYS`, or in one of them and ``name`` or ``location``
    (:data:`_ORGANISATION_NAME_TAILS`), or is a bare ``name``
    under such an object (Salesforce's ``Account.Name``, ``company.name``)."""
    keys = key_tokens(path)
    if not keys or not keys[-1]:
        return False
    last = keys[-1]
    if last == ("name",) and len(keys) > 1 and keys[-2]:
        last = keys[-2]
    elif last[-1] in _ORGANISATION_NAME_TAILS and len(last) > 1:
        last = last[:-1]
    return last[-1] in ORGANISATION_FIELD_KEYS


#: Key words of an employee benefit's, a leave's, a claim's or a pay type's field (a leave
#: administrator's ``Claim Type`` = "STD", a carrier's ``claim.type``, a benefits file's
#: ``Coverage``, a plan master's ``plan_id`` = "STD-BASE-60", an HRIS ``Leave Type``):
#: ``STD`` there is short-term disability, beside LTD, never a sexually transmitted
#: disease. The phrases of free text ("STD claim opened", "STD/LTD") are stop terms.
BENEFIT_FIELD_WORDS = frozenset(
    {"coverage", "coverages", "plan", "plans", "benefit", "benefits", "claim", "claims"}
    | {"leave", "leaves", "loa", "absence", "policy", "product", "earn", "earning", "pay"}
)
#: Words of a key that ask for a diagnosis or a test, whatever object it is under (a
#: claim's ``diagnosis``, a screening's ``test``): an ``STD`` there is the infection.
_DIAGNOSIS_KEY_WORDS = frozenset(
    {"diagnosis", "diagnoses", "dx", "condition", "conditions", "test", "tests", "screening"}
    | {"symptom", "symptoms", "result", "results", "panel"}
)


@lru_cache(maxsize=16384)
def benefit_field(path: str) -> bool:
    """True when a hint path's last key, or its parent, holds a benefit's word
    (:data:`BENEFIT_FIELD_WORDS`) and the last key asks for no diagnosis or test
    (:data:`_DIAGNOSIS_KEY_WORDS`)."""
    keys = key_tokens(path)
    if not keys or not keys[-1] or not _DIAGNOSIS_KEY_WORDS.isdisjoint(keys[-1]):
        return False
    return any(not BENEFIT_FIELD_WORDS.isdisjoint(k) for k in keys[-2:])


def _std_hit(text: str, start: int, end: int) -> bool:
    """True for a hit that is the bare abbreviation ``STD`` (any case)."""
    return end - start == 3 and text[start:end].lower() == "std"


#: Last key tokens of a field naming a room or a scanner: an imaging centre's schedule,
#: worklist or equipment list names them for what they do (``Room`` = "MRI 2", ``Scanner``
#: = "US Room 3", ``exam_room`` = "CT 1"). The room's name is the centre's, the same for
#: every patient booked into it; the exam a patient is booked for has its own column. Not
#: a scheduling ``resource``: a social-care referral's resource is the programme a person
#: was sent to.
ROOM_FIELD_WORDS = frozenset({"room", "rooms", "scanner", "scanners"})


@lru_cache(maxsize=16384)
def room_field(path: str) -> bool:
    """True when a hint path's last key ends in a room's or a scanner's word
    (:data:`ROOM_FIELD_WORDS`; ``room``, ``Exam Room``, ``scanner``), or in one of them and
    ``name`` (``room_name``)."""
    keys = key_tokens(path)
    if not keys or not keys[-1]:
        return False
    last = keys[-1]
    if last[-1] == "name" and len(last) > 1:
        last = last[:-1]
    return last[-1] in ROOM_FIELD_WORDS


def _organisations_named(ctx: ScanContext) -> np.ndarray:
    """Cells of organisation fields holding an organisation's name, told by its last word
    (:func:`detectors.organisations.organisation_names`; care words are among them:
    "Sierra Hospice & Home Health", "Lakeview Health & Rehab", "Desert Palms Assisted
    Living"): the business's name says what it sells, not what the person on the record
    has, as a bare department name says nothing (the stop list). A care word inside a name
    that ends otherwise ("Hospice of the Valley") is not enough. One RE2 pass over those
    few cells; a one-word value ("Hospice") or free text in such a field is read."""
    among = ctx.path_mask(organisation_field)
    if not among.any():
        return np.empty(0, dtype=np.int64)
    cells = np.flatnonzero(among)
    named = organisation_names(ctx.cells.arrow_text.take(pa.array(cells)))
    return cells[named]


#: An SQL schema statement (a CDC connector's schema history ``ddl``, a migration log).
_DDL = (
    r"^\s*(?:create|alter|drop|truncate)\s+(?:temporary\s+)?(?:table|index|view)\s+"
    r"(?:if\s+(?:not\s+)?exists\s+)?[\w.\"`\[\]]+"
    r"(?:\s*\(|\s+(?:add|drop|modify|alter|rename|change|on)\b|\s*;?\s*$)"
)
#: A schema's column name: ``tableChanges[0].table.columns[2].name`` (Debezium's schema
#: history), ``fields[0].fields[3].field`` (a Kafka Connect JSON schema).
_SCHEMA_COLUMN = re.compile(r"(?:^|\.)(?:columns\[\d+\]\.name|fields\[\d+\]\.field)$")


@lru_cache(maxsize=4096)
def _schema_column(path: str) -> bool:
    return _SCHEMA_COLUMN.search(path) is not None


def _schema_text(ctx: ScanContext) -> np.ndarray:
    """Cells that describe a table, not a person: an SQL schema statement
    (``ALTER TABLE patients ADD COLUMN diabetes_program_flag``) and a schema's column
    names. A column named for a condition holds the condition of whoever is on a row; the
    schema itself is nobody's record (message buses carry schema changes beside the rows,
    and CDC topics' schema history is tapped with them). One anchored RE2 pass (cached
    per chunk); the column paths are judged once per path."""
    ddl = ctx.candidates(_DDL, ignore_case=True)
    among = ctx.path_mask(_schema_column)
    if not among.any():
        return ddl
    return np.concatenate([ddl, np.flatnonzero(among)])


def _build(vocab: dict[str, str], stop: set[str]) -> ahocorasick.Automaton:
    """The automaton over `` variant `` keys (space-anchored: whole words only).

    Stop entries are keys too, with no entity (:data:`_BLOCKER`): they take part in the
    longest-match rule and are dropped afterwards.
    """
    variants = {t: term_variants(t) for t in vocab if t not in stop}
    blockers = {t: term_variants(t) for t in stop if t}
    keys: dict[str, _Key] = {}
    # exact terms first, so that no term is shadowed by another term's variant; stop
    # entries before variants, so that "stroke of luck" is never a plural's victim
    for forms in (
        [(t, [t], vocab[t]) for t in variants],
        [(t, [t], _BLOCKER) for t in blockers],
        [(t, v[1:], vocab[t]) for t, v in variants.items()],
        [(t, v[1:], _BLOCKER) for t, v in blockers.items()],
    ):
        for _, surface, entity in forms:
            for variant in surface:
                if variant not in keys:
                    pad = 0 if unspaced(variant) else 1
                    keys[variant] = _Key(len(variant) + 2 * pad, entity, _score(variant), pad)
    automaton = ahocorasick.Automaton()
    for variant, key in keys.items():
        automaton.add_word(f" {variant} " if key.pad else variant, key)
    if not keys:
        automaton.add_word("\x00\x00", _Key(2, _BLOCKER, 0.0))  # never matches
    automaton.make_automaton()
    return automaton


def _score(variant: str) -> float:
    """Multi-word terms are more specific; a possessive ``s`` is not a word of its own."""
    words = [w for w in variant.split(" ") if w != "s"]
    return SCORE_MULTI if len(words) > 1 else SCORE_SINGLE


#: A percent-encoded separator (``%2F``, ``%3D``, ``%20``; ``%252F`` encoded twice): a URL
#: nested in another's query (Outlook Safe Links' ``?url=``, a pixel's ``dl=`` in a log
#: line, a redirector's target) keeps its slugs behind them (``%2Fconditions%2Fdiabetes``,
#: ``%3Dhepatitis-c``), whose escape digits would glue onto the word after them.
#: Both are blanked with as many spaces as they are long, so offsets stay the original
#: text's; two fixed replacements are 3.5x faster than one with a function.
_TWICE_ESCAPED_SEPARATOR = re.compile(r"%25(?:2[0-9A-Fa-f]|3[A-Fa-f])")
_ESCAPED_SEPARATOR = re.compile(r"%(?:2[0-9A-Fa-f]|3[A-Fa-f])")


def _join(ids: np.ndarray, texts: list[str]) -> _Batch:
    """Join and normalize ``texts[ids]`` (one string, one translation)."""
    parts = texts if len(ids) == len(texts) else [texts[i] for i in ids.tolist()]
    raw = " " + _SEP.join(parts) + " "
    if "%" in raw:  # a nested, percent-encoded URL: its separators are spaces too
        raw = _ESCAPED_SEPARATOR.sub("   ", _TWICE_ESCAPED_SEPARATOR.sub("     ", raw))
    lengths = np.fromiter(map(len, parts), np.int64, len(parts))
    starts = np.concatenate(([1], 1 + np.cumsum(lengths[:-1] + len(_SEP))))
    if raw.isascii():
        return _Batch(ids, starts, raw.translate(TRANSLATION), True)
    # str.translate leaves its fast path on non-ASCII text: use a lookup table instead
    codes = np.frombuffer(raw.encode("utf-32-le"), dtype=np.uint32)
    low = codes < len(_LUT)
    codes = np.where(low, _LUT[np.where(low, codes, 0)], codes)
    return _Batch(ids, starts, codes.tobytes().decode("utf-32-le"), False)


#: A word of a name, not a code's letters: four letters or more in a row...
_NAME_WORD = re.compile(r"[A-Za-z]{4,}")
#: ...that does not say the run is a code (``PROMO_FLU_24``, ``COUPON-FLU-10``).
_CODE_WORDS = frozenset(
    {"promo", "promos", "coupon", "code", "codes", "offer", "deal", "sale", "gift", "card",
     "item", "voucher", "disc", "discount", "save", "free", "order", "batch", "size"}
)  # fmt: skip


def _inside_code(text: str, start: int, end: int) -> bool:
    """True for an upper-case term inside a product or promo code (``SKU-FLU-24``).

    The code is the run of letters, digits, ``-`` and ``_`` around the term. It counts
    only when that run holds both letters and digits outside the term, and no lower-case
    letter: ``HIV-1`` and ``/conditions/type-2-diabetes`` (lower case) stay findings, and
    so does an ad creative or campaign name made of words (``CPAP_Static_1080x1080``,
    ``SleepApnea_CPAP_Video_15s``), which a code never is. A direct-mail version in
    capitals (``DIABETES_ED_65PLUS``, ``WOMENS_MAMMO_40_A``) is such a name too: beside
    the term it holds a word of four letters or more, which a SKU's short codes do not.
    """
    if not text[start:end].isupper():
        return False
    left = start
    while left > 0 and text[left - 1] in _CODE_CHARS:
        left -= 1
    right = end
    while right < len(text) and text[right] in _CODE_CHARS:
        right += 1
    outside = text[left:start] + " " + text[end:right]
    if any(w.lower() not in _CODE_WORDS for w in _NAME_WORD.findall(outside)):
        return False
    return (
        any(c.isdigit() for c in outside)
        and any(c.isalpha() for c in outside)
        and not any(c.islower() for c in outside)
    )


def _in_namespace(text: str, start: int, end: int) -> bool:
    """True for a term glued to ``::``, a C++ or Rust path (``std::vector``, ``ms::``):
    ``std`` counts as a sexually transmitted disease, but ``std::`` is code in every log,
    error message and developer-docs page title an export may carry. Code identifiers are
    lower case: a capitalized term is a help desk's category path instead (Zendesk macro
    titles ``Clinical::Chest Pain Escalation``, ``Billing::MRI estimate``)."""
    glued = text.startswith("::", end) or text.endswith("::", 0, start)
    return glued and not any(c.isupper() for c in text[start:end])


#: Clinical abbreviations that are also ISO currency codes (heart failure and Swiss francs,
#: coronary artery disease and Canadian dollars).
_CURRENCY_TERMS = frozenset({"CHF", "CAD"})
#: An amount or another currency code right before or after the term (``CHF 1,250.00``,
#: ``1.200 CHF``, ``CHF/EUR``, ``$CAD``).
_AMOUNT_AFTER = re.compile(r"\s?(?:[0-9]|/[A-Z]{3}\b)")
_AMOUNT_BEFORE = re.compile(r"(?:[0-9][.,]?|\$|\b[A-Z]{3}/)\s?$")


def _currency_amount(text: str, start: int, end: int) -> bool:
    """True for ``CHF`` or ``CAD`` written as a currency beside an amount, in any field
    (``Price: CHF 1,250.00`` in a note): a machine field holding the code alone is never
    read (:meth:`DictionaryDetector._cells_to_scan`), but prices sit in prose too."""
    if text[start:end] not in _CURRENCY_TERMS:
        return False
    return bool(
        _AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text, max(0, start - 6), start)
    )


def _longest(hits: list[tuple[int, int, int, _Key]]) -> list[tuple[int, int, int, _Key]]:
    """Per text, the longest hits that overlap no longer one (ties: leftmost first).

    ``type 2 diabetes`` beats the ``diabetes`` inside it; ``ozempic`` and ``wegovy`` in
    ``ozempic vs wegovy`` both stay.
    """
    hits.sort(key=lambda h: (h[0], h[1] - h[2], h[1]))
    kept: list[tuple[int, int, int, _Key]] = []
    taken = Occupied()
    cell = -1
    for hit in hits:
        if hit[0] != cell:
            cell, taken = hit[0], Occupied()
        if taken.claim(hit[1], hit[2]):
            kept.append(hit)
    return kept


@register("dictionary")
def _factory(config: EngineConfig) -> DictionaryDetector:
    return DictionaryDetector(terms=getattr(config, "health_terms", ()) or None)
