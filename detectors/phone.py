"""PHONE and FAX: telephone numbers in text, validated by libphonenumber's metadata.

Digit groups are everywhere in analytics data (order numbers, prices, timestamps, ZIP+4,
SSNs, card numbers, version strings), so a shape alone never makes a phone number here:

* every candidate must be a *valid* number for its region according to ``phonenumbers``
  (real area codes and number lengths), which drops ``123-456-7890`` style fakes;
* the shapes are explicit: ``+`` international numbers, US ``(312) 555-0199`` /
  ``312-555-0199`` / ``312.555.0199`` / ``312 555 0199`` with an optional country code,
  and trunk-``0`` national numbers of other countries (``090-1234-5678``) *with* phone
  words nearby;
* a bare run of 10-11 digits, or a seven-digit local ``555-0199``, counts only in a phone
  field (``user_data.ph``, ``Phone``) or right after a phone word;
* nothing in system fields (order ids, timestamps): the field classifier marks them.

FAX instead of PHONE when the nearest label before the number says fax, or the number is
followed by ``(fax)``, or (without a label) the field path says fax.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np
import phonenumbers
from phonenumbers import NumberParseException

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.nanp import national_digits, valid_national
from detectors.organisations import organisation_name
from detectors.registry import register
from detectors.senders import business_line_field, business_number
from detectors.spans import Occupied, Span

#: RE2 prefilter (one pass): a ``+`` before a digit, a ``(312)`` area code, three digit
#: groups with separators (``312-555-0199``, ``312.555.0199``, ``090-1234-5678``),
#: ``09-7625400``, or a phone word shortly before a bare run of 10 digits or a local
#: ``555-0199``.
PREFILTER = (
    r"\+ ?\(?\d|\(\d{3}\)[ .\-]?\d|\d[ .\-]{1,2}\d{3,4}[ .\-]\d{4}|\d[ \-]\d{7}"
    r"|(?i:phone|tel|mobile|cell|call|fax|text|sms|whatsapp|contact|ph)[^0-9]{0,24}"
    r"(?:\d{10}|\d{3}-\d{4})"
)

# Left edges: what may touch a number without being part of it. A ``+`` glued to a word
# or digit opens no number here ("90+ 44 ...", an age generalized next to digits, would
# become a phone number on a rescan); an identifier glued on the left ("4111 1111 1111
# 1111+44 20 7946 0958") is found by the engine's second look, which sees
# "<CREDIT_CARD>+44 20 7946 0958" as a rescan would (``detectors/glued.py``). ``(312)``
# may follow a digit.
_INTL = re.compile(
    r"(?<![\w+])\+ ?\d{1,3}(?:[ .\-]?\(\d{1,4}\))?[ .\-]?\d{1,12}(?:[ .\-]\d{1,8}){0,5}"
)
_US = re.compile(
    r"(?:(?<![\d+\-./])|(?<=\d)(?=\())(?:(?P<cc>\d{1,3})[ .\-])?"
    r"(?P<nat>\(\d{3}\)[ .\-]?\d{3}|\d{3}[ .\-]{1,2}\d{3})[ .\-]\d{4}"
    r"(?!\d|[.\-/]\d)"
)
_NATIONAL = re.compile(r"(?<![\w+\-./])0\d{1,4}(?:[ \-]\d{2,8}){1,3}(?!\w|[.\-/]\d)")
#: A seven-digit local number (exchange codes start with 2-9); only right after a phone word.
_LOCAL = re.compile(r"(?<![\w+\-./])[2-9]\d{2}-\d{4}(?![\w\-]|[.]\d)")
_BARE = re.compile(r"(?<![\w+\-./])(?:\+ ?)?1?\d{10}(?![\w\-/]|\.\d)")
#: What every :data:`_NATIONAL` / :data:`_BARE` match contains. Few cells do, and a search
#: for these costs a quarter of scanning for the full patterns (their lookbehinds are
#: tried at every position).
_NATIONAL_CORE = re.compile(r"0\d{1,4}[ \-]\d\d")
#: Day-month-year or month-day-year with dashes, which a trunk-0 national number can mimic.
_NUMERIC_DATE = re.compile(r"(?:0[1-9]|[12]\d|3[01])-(?:0[1-9]|[12]\d|3[01])-(?:19|20)\d\d")
_BARE_CORE = re.compile(r"\d{10}")
_DIGITS = re.compile(r"\d+")
#: What a :data:`_US` number has besides digits: deleting these is joining its digit runs.
_US_SEPARATORS = str.maketrans("", "", " .-()")
_WORD = re.compile(r"[a-z]+")
#: An extension right after a number ("312-555-0199 ext. 204", "x204"; a spaced "x 2" is
#: a count): part of it. Left out, the redacted copy read "<PHONE> ext. 204".
_EXTENSION = re.compile(
    r",?\s{0,2}(?:ext(?:ension)?\.?\s{0,2}|x)\d{1,6}(?!\w|[.\-/]\d)", re.IGNORECASE
)
#: A relay number right after a number ("1-800-555-0142 (TTY 711)", "…, TTY: 711", "TDD
#: 1-800-…"): how health plans and public programmes print a member-services line (CMS
#: requires a TTY number beside every phone number in Medicare plan materials). A toll-free
#: line printed so is the organisation's, never a person's; a person's own number is not.
_TTY_AFTER = re.compile(r"[\s,;:(\[-]{0,3}(?:tty|tdd)\b", re.IGNORECASE)
_FAX_AFTER = re.compile(r"\s{0,2}[(\[]\s?(?:fax|facsimile)\b", re.IGNORECASE)

#: Words in the text that make a number a phone number (bare digits need one of these).
PHONE_WORDS = frozenset(
    {
        "phone", "phones", "telephone", "tel", "mobile", "cell", "cellphone", "call", "called",
        "calling", "text", "texted", "sms", "whatsapp", "contact", "ph", "phn", "fax", "faxed",
        "facsimile", "mob", "landline", "dial", "voicemail", "pager", "reach", "callback",
    }
)  # fmt: skip
#: Weaker words: enough for a foreign national number that already validates.
WEAK_WORDS = frozenset({"number", "num", "nr", "no", "tel", "ph"})
#: Field path words of phone fields (``user_data.ph``, ``MobilePhone``, ``home_phone``).
FIELD_WORDS = frozenset(
    {"phone", "telephone", "tel", "mobile", "cell", "cellphone", "ph", "fax", "facsimile",
     "msisdn", "landline", "sms", "whatsapp"}
)  # fmt: skip
FAX_WORDS = frozenset({"fax", "faxed", "faxing", "facsimile", "telefax"})
#: Labels that, nearest before a number, say it is a voice line rather than a fax.
VOICE_LABELS = frozenset(
    {"phone", "telephone", "tel", "mobile", "cell", "cellphone", "ph", "call", "text", "sms",
     "whatsapp", "landline", "callback"}
)  # fmt: skip
#: Words that say a voice line only when nothing else does: they also qualify a fax ("office
#: fax") and name places ("Fax from referring office: 505 555 0198").
VOICE_MODIFIERS = frozenset({"office", "home", "work", "main", "direct"})
#: Regions tried for trunk-0 national numbers and bare digits that are not US numbers.
FOREIGN_REGIONS = ("GB", "DE", "FR", "IT", "ES", "NL", "IL", "IN", "JP", "BR", "MX", "AU", "CN")

_WINDOW = 40
#: Words and digit runs, for telling which number a label before it belongs to.
_TOKEN = re.compile(r"[a-z]+|\d+")


#: North American numbers whose ten digits run up or down one by one (``+12345678901``,
#: ``234-567-8901``, ``987-654-3210``): the placeholder of a form's phone input and the
#: example in a vendor's validation error ("Example of a valid phone number format:
#: +12345678901"). Some are valid by the metadata (area code 234 is Ohio's), none is a
#: person's line.
SEQUENTIAL_NUMBERS = frozenset(
    run[i : i + 10] for run in ("01234567890123456789", "98765432109876543210") for i in range(10)
)


def _valid(text: str, region: str | None) -> bool:
    """True when ``phonenumbers`` parses ``text`` as a valid number of ``region``, and it is
    no placeholder (:data:`SEQUENTIAL_NUMBERS`)."""
    nsn = national_digits(text, region)
    if nsn is not None:
        # the same answer from the same metadata, 7x faster
        return nsn not in SEQUENTIAL_NUMBERS and valid_national(nsn)
    try:
        num = phonenumbers.parse(text, region)
    except NumberParseException:
        return False
    return phonenumbers.is_valid_number(num)


class _Validity:
    """``phonenumbers`` validation with a cache that lives for one chunk.

    Parsing costs tens of microseconds and CRM exports repeat the same office numbers; the
    cache is dropped with the chunk, so no number outlives the data it came from.
    """

    def __init__(self) -> None:
        self._seen: dict[tuple[str, str | None], bool] = {}

    def __call__(self, text: str, region: str | None) -> bool:
        key = (text, region)
        ok = self._seen.get(key)
        if ok is None:
            ok = self._seen[key] = _valid(text, region)
        return ok

    def foreign(self, text: str) -> bool:
        """Valid in any of :data:`FOREIGN_REGIONS`."""
        return any(self(text, region) for region in FOREIGN_REGIONS)


def _words_before(text: str, start: int) -> list[str]:
    return _WORD.findall(text[max(0, start - _WINDOW) : start].lower())


def _near(text: str, start: int, end: int) -> set[str]:
    return set(_words_before(text, start)) | set(_WORD.findall(text[end : end + _WINDOW].lower()))


class PhoneDetector:
    """Telephone and fax numbers (US and international), phonenumbers-validated."""

    name = "phone"
    entities = frozenset({"PHONE", "FAX"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        texts = ctx.cells.text
        keep = ctx.non_system
        phone_fields = frozenset(np.flatnonzero(keep & ctx.field_mask(FIELD_WORDS)).tolist())
        candidates = frozenset(ctx.candidates(PREFILTER, among=keep).tolist()) | phone_fields
        valid = _Validity()
        senders = np.fromiter(map(business_line_field, ctx.cells.paths), dtype=bool)
        for cell in sorted(candidates):
            text = texts[cell]
            in_field = cell in phone_fields
            sender = senders[ctx.cells.hint_id[cell]]
            found = [*_shaped(text, in_field, valid), *_bare(text, in_field, valid)]
            for start, end, score in _non_overlapping(found):
                if (sender or _TTY_AFTER.match(text, end)) and business_number(text[start:end]):
                    # the company's toll-free line or short code as a sender or a dialled
                    # number (detectors.senders), or an
                    # organisation's line printed with its relay number
                    continue
                if _clicked_tel_link(text, start, ctx.profile(cell).words):
                    # the site's own line behind a "call us" button (module constants)
                    continue
                if organisations_line(text, start) or (
                    (
                        _OURS_BEFORE.search(text, max(0, start - 40), start)
                        or _ROLE_CALL_BEFORE.search(text, max(0, start - 40), start)
                        or _TTY_BEFORE.search(text, max(0, start - 40), start)
                    )
                    and business_number(text[start:end])
                ):
                    # a toll-free line the text calls its own ("call our donor line at
                    # 1-800-...", "call us at 1-888-...") or a relay line after its TTY
                    # label: the sender's, in its own message
                    continue
                entity = _entity(text, start, end, ctx.profile(cell).words)
                end = _with_extension(text, end)
                yield Span(cell, start, end, entity, score, "regex")
        yield from _recording_file_numbers(ctx, keep, valid)


#: RE2 screen over whole values: a call recording's file name (no whitespace, an audio
#: extension) with a run of ten digits (eleven with a leading 1) set off by ``_``, ``-`` or
#: a folder, as dialers name recordings after the number dialled or the caller's ANI
#: (Vicidial's ``20241018-143022_5135550184-all.wav``).
_AUDIO_EXTENSIONS = "wav|mp3|gsm|ogg|opus|m4a|flac|amr|wma"
_RECORDING_PREFILTER = (
    rf"^[^\s]*(?:^|[_\-/\\])1?[2-9]\d{{9}}(?:[_\-][^\s]*)?\.(?i:{_AUDIO_EXTENSIONS})$"
)
_RECORDING_NUMBER = re.compile(r"(?:^|(?<=[_\-/\\]))1?[2-9]\d{9}(?=[_\-.])")
#: Score of a number inside a recording's file name (no phone word says it).
_RECORDING_SCORE = 0.8


def _recording_file_numbers(ctx: ScanContext, keep: np.ndarray, valid: _Validity) -> Iterator[Span]:
    """PHONE: a valid US number that a call recording's file name is built from. The
    number is glued to the name's other parts by underscores or hyphens, which the text
    patterns refuse (a digit run glued to a word is a code's); in an audio file's name it
    is the party of the call. An epoch second or a date stamp starts with 1 or 2 and
    fails the number's validation (an area code starts with 2-9, and so does its
    exchange); a toll-free number is the organisation's line (the DNIS), not reported."""
    for cell in ctx.candidates(_RECORDING_PREFILTER, among=keep).tolist():
        text = ctx.cells.text[cell]
        for m in _RECORDING_NUMBER.finditer(text):
            number = m.group()[-10:]  # without the country code's 1
            if valid(number, "US") and not business_number(number):
                yield Span(cell, m.start(), m.end(), "PHONE", _RECORDING_SCORE, "regex")


#: A capitalized name of two words or more right before a number, with at most "at",
#: "on" or a colon between ("the Patient Access Center at (608) 555-0100", "Lakeshore
#: Health: 608-555-0100"). One word ("Office: 312-555-0199") is a label of the person's.
_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?P<first>[A-Z][\w&'-]*)\s(?P<last>[A-Z][\w&'-]*)"
    r"\s?(?:\s(?:at|on)\s|[:-]\s?)?\(?$"
)
#: "our" and up to three words, or "us", right before a number ("call our donor line at",
#: "reach us at", "call us back at"): the organisation writing names its own line.
_OURS_BEFORE = re.compile(
    r"(?i)\b(?:our(?:\s+[\w'&-]+){0,3}|us(?:\s+back)?)\s+(?:at|on)?\s*:?\s*\(?$"
)
#: A professional told to call, right before a number, as a pharmacy claim's reject message
#: writes it ("PA REQUIRED - PRESCRIBER CALL 800-555-0175", "MD MUST CALL", "PHARMACY
#: CALL HELP DESK AT"): the processor's or the plan's help desk, the sender's line.
_ROLE_CALL_BEFORE = re.compile(
    r"(?i)\b(?:prescriber|prescribers|physician|md|dr|doctor|provider|pharmacy|pharmacist|"
    r"rph)\s+(?:(?:must|should|to|please)\s+)?call(?:\s+(?:help\s*desk|pa\s+dept))?"
    r"\s*(?:at|on)?\s*:?\s*\(?$"
)
#: A relay line's label right before a number ("TTY users should call 1-877-486-2048",
#: "TTY: 1-800-...", "TDD 1-888-..."), as CMS's required TPMO disclaimer and every
#: Medicare plan's material print it beside the voice line: the organisation's relay
#: service, as a toll-free line with its ``TTY 711`` after it is (:data:`_TTY_AFTER`).
_TTY_BEFORE = re.compile(
    r"(?i)\b(?:tty|tdd)(?:\s+users?)?(?:\s+(?:should|can|may|must|please))?"
    r"(?:\s+(?:call|dial))?\s*(?:at|on)?\s*:?\s*\(?$"
)
#: First words that make the pair a person's own line's label ("Home Office: ...").
_PERSONAL = frozenset({"home", "work", "my", "personal", "cell", "mobile", "private"})


#: A value that is a ``tel:`` link up to the number (``tel:+18005550199``,
#: ``callto://18005550199``): the ``href`` of a "Call a nurse" button.
_TEL_HREF = re.compile(r"\s*(?:tel|callto):(?://)?\s*", re.IGNORECASE)
#: Field words of the link a visitor clicked: GA4's ``link_url``, PostHog's ``$el_href``,
#: GTM's ``Click URL`` and ``gtm.elementUrl``, Snowplow's ``targetUrl``, an
#: ``outbound_url``.
_LINK_WORDS = frozenset({"link", "href"})
_CLICKED_URL_WORDS = frozenset({"click", "element", "target", "outbound"})


def _clicked_tel_link(text: str, start: int, field_words: frozenset[str]) -> bool:
    """True when the number is the whole ``tel:`` link of a clicked element: a page's
    click-to-call button dials the site's own line (its nurse line, its scheduling desk, a
    listed practice), never the visitor's, who does not click their own number. A caller's
    ``tel:`` URI elsewhere (a contact centre's ``ani``) is still the caller's."""
    return bool(
        (field_words & _LINK_WORDS or ("url" in field_words and field_words & _CLICKED_URL_WORDS))
        and _TEL_HREF.fullmatch(text, 0, start)
    )


def organisations_line(text: str, start: int) -> bool:
    """True when the number starting at ``start`` follows an organisation's name directly
    (its last word a facility's or a business's: :mod:`detectors.organisations`): an
    agent's greeting or a listing names the practice's own line, never a person's. A
    person's number is introduced by a person or a phone word ("my cell", "call me at")."""
    m = _NAME_BEFORE.search(text, max(0, start - 60), start)
    return (
        m is not None
        and organisation_name(f"{m['first']} {m['last']}")
        and m["first"].lower() not in _PERSONAL
    )


def _shaped(text: str, phone_field: bool, valid: _Validity) -> Iterator[tuple[int, int, float]]:
    """Numbers with separators or a ``+``: ``(start, end, score)``; context raises the score."""
    for m in _INTL.finditer(text) if "+" in text else ():
        hit = _longest_valid(text, m.start(), m.end(), valid)
        if hit is not None:
            score = 0.95 if phone_field or _near(text, hit[0], hit[1]) & PHONE_WORDS else 0.9
            yield hit[0], hit[1], score
    for m in _US.finditer(text):
        start, end = m.start("nat"), m.end()
        digits = text[start:end].translate(_US_SEPARATORS)
        cc = m.group("cc")
        if cc is not None and valid(f"+{cc}{digits}", None):
            start = m.start()
        elif not valid(digits, "US"):
            continue
        score = 0.95 if phone_field or _near(text, start, end) & PHONE_WORDS else 0.85
        yield start, end, score
    for m in _NATIONAL.finditer(text) if _NATIONAL_CORE.search(text) else ():
        if _NUMERIC_DATE.fullmatch(m.group()):
            continue  # "a reminder for 03-06-2024": a date, whatever a region's plan allows
        near = _near(text, m.start(), m.end())
        if near & (PHONE_WORDS | WEAK_WORDS) and valid.foreign(m.group()):
            yield m.start(), m.end(), 0.75


def _bare(text: str, phone_field: bool, valid: _Validity) -> Iterator[tuple[int, int, float]]:
    """Bare 10-11 digit runs and local ``555-0199``: only in phone fields or by phone words."""
    if not phone_field:
        lower = text.lower()
        if not any(word in lower for word in PHONE_WORDS):
            return
    for m in _LOCAL.finditer(text):
        if phone_field or set(_words_before(text, m.start())[-3:]) & PHONE_WORDS:
            yield m.start(), m.end(), 0.7
    for m in _BARE.finditer(text) if _BARE_CORE.search(text) else ():
        if not (phone_field or _near(text, m.start(), m.end()) & PHONE_WORDS):
            continue
        value = m.group()
        if value.startswith("+"):
            ok = valid(value, None)
        else:
            ok = valid(value, "US") or valid.foreign(value)
        if ok:
            yield m.start(), m.end(), 0.9 if phone_field else 0.8


def _longest_valid(text: str, start: int, end: int, valid: _Validity) -> tuple[int, int] | None:
    """The longest prefix of an international match, ending at a digit group, that is valid.

    The pattern grabs every following digit group (``+1 312 555 0199 2024``); dropping
    groups from the right finds where the number really ends.
    """
    ends = [m.end() for m in _DIGITS.finditer(text, start, end)]
    for e in reversed(ends):
        piece = text[start:e]
        if sum(map(str.isdigit, piece)) < 7:
            return None
        if valid(piece, None):
            return start, e
    return None


def _with_extension(text: str, end: int) -> int:
    """The end of a number, moved past the extension that follows it, if any."""
    m = _EXTENSION.match(text, end) if end < len(text) else None
    return m.end() if m else end


def _non_overlapping(found: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """Keep the longest of overlapping candidates (``+1 312 …`` also matches as US)."""
    if len(found) < 2:  # most cells: nothing can overlap
        return [hit for hit in found if hit[0] < hit[1]]
    kept: list[tuple[int, int, float]] = []
    taken = Occupied()
    for s, e, sc in sorted(found, key=lambda t: (t[0] - t[1], t[0])):
        if taken.claim(s, e):
            kept.append((s, e, sc))
    return kept


def _entity(text: str, start: int, end: int, field_words: frozenset[str]) -> str:
    """FAX or PHONE: the nearest label before the number decides, then ``(fax)``, then field."""
    before = _words_before(text, start)
    if before and before[-1] == "f":
        return "FAX"
    modified = False
    for word in reversed(_TOKEN.findall(text[max(0, start - _WINDOW) : start].lower())):
        if word in FAX_WORDS:
            return "FAX"
        if word in VOICE_LABELS:
            return "PHONE"
        if word in VOICE_MODIFIERS:
            modified = True
        elif modified and word.isdigit():
            return "PHONE"  # the words before another number are that number's
    if modified:
        return "PHONE"
    if _FAX_AFTER.match(text, end):
        return "FAX"
    return "FAX" if field_words & FAX_WORDS else "PHONE"


@register("phone")
def _factory(config: EngineConfig) -> PhoneDetector:
    return PhoneDetector()
