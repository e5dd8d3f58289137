"""LOCATION (US street addresses, cities, counties in text) and ZIP_CODE.

Addresses have a shape that numbers alone do not: a house number, capitalized street-name
words and a street suffix (``123 Main St``, ``4500 N. Lake Shore Drive Apt 12B``), a PO
box, a ``City, ST`` pair with a real state abbreviation, or ``Cook County``. Title-cased
page titles ("10 Tips For The Road") are the classic false positive, so street names may
not contain function or listicle words, and suffixes that are also ordinary words
(``Way``, ``Place``, ``Court``) need a unit, a direction, a following city or an address
word nearby.

A five-digit number is a ZIP code only with address evidence: a state right before it
(``Springfield, IL 62704``), a ``zip``/``postal`` word just before it, or a field named for
it (``zip``, ``Postal Code``, ``user_data.zp``; the whole value). Order numbers, prices
and counts never are. Whole-value LOCATION for ``city``/``address`` fields is the field-name
classifier's job, not this module's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.latin import LETTER, LOWER, UPPER
from detectors.organisations import organisation_name
from detectors.registry import register
from detectors.spans import Span

STATE_ABBRS = (
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA",
    "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ",
    "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
    "VA", "WA", "WV", "WI", "WY", "DC", "PR",
)  # fmt: skip
STATE_NAMES = (
    "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia"
    "|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland"
    "|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada"
    "|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma"
    "|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah"
    "|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia"
    "|Puerto Rico"
)
#: Abbreviations that are also words or clinical abbreviations ("Smith, MD", "ordered, CT",
#: "Hello, IN"): as a ``City, ST`` pair they need a ZIP after them or a place word before.
AMBIGUOUS_ABBRS = frozenset(
    {"IN", "OR", "OK", "ME", "HI", "OH", "ID", "DE", "LA", "PA", "MA", "CO", "GA", "AL", "MD",
     "MS", "CT", "VA", "SC", "NC", "ND", "NE", "MO"}
)  # fmt: skip
#: The codes as a set (``"IL" in STATE_CODES``) and as a regex alternation.
STATE_CODES = frozenset(STATE_ABBRS)
STATE_ALTERNATION = "|".join(STATE_ABBRS)
#: Unambiguous abbreviations: "Chicago IL 60618" needs no comma, "Patient ID 12345" is no place.
_PLAIN_ABBR = "|".join(a for a in STATE_ABBRS if a not in AMBIGUOUS_ABBRS)
_STATE = rf"(?:{STATE_ALTERNATION}|{STATE_NAMES})"

STRONG_SUFFIXES = (
    "Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive",
    "Dr", "Parkway", "Pkwy", "Highway", "Hwy", "Expressway", "Expy", "Freeway", "Fwy",
)  # fmt: skip
WEAK_SUFFIXES = (
    "Way", "Court", "Ct", "Place", "Pl", "Terrace", "Ter", "Circle", "Cir", "Square", "Sq",
    "Trail", "Trl", "Plaza", "Plz", "Loop", "Row", "Run", "Path", "Pike", "Route", "Rte",
    "Crossing", "Xing", "Alley", "Aly", "Ridge", "Crescent", "Cres",
)  # fmt: skip
_SUFFIX = "|".join(
    sorted(
        {v for s in (*STRONG_SUFFIXES, *WEAK_SUFFIXES) for v in (s, s.upper())},
        key=lambda v: (-len(v), v),
    )
)
_STRONG = frozenset(s.lower() for s in STRONG_SUFFIXES)

#: Street types written before the name in the Southwest ("4417 Calle de la Rosa").
_PREFIX_TYPES = "Calle|Camino|Avenida|Paseo|Calzada|Callejón"
#: Road numbers that are the street ("N8W22195 Hwy 164", "2250 County Road K", "4410
#: US-41"). Not "SR" or "CR": "Wellbutrin 150 SR 2x daily" is sustained release.
_ROAD_TYPES = (
    r"(?:State|County|US|U\.S\.|Farm(?:\s+to\s+|-to-)Market)\s+(?:Highway|Hwy|Route|Rte|Road|Rd)"
    r"|Highway|Hwy|Route|Rte|FM|US(?=-)"
)
#: RE2 prefilter: a digit then a street type (suffix, prefix, road), a PO or rural route
#: box, ``, ST``, ``ST 12345``, ``X County``, or a zip/postal word.
PREFILTER = (
    rf"\d[^\n]*\b(?:{_SUFFIX}|Broadway|{_PREFIX_TYPES}|US|FM)\b"
    r"|(?i:p\.? ?o\.? ?box|post office box|zip|postal|postcode)"
    r"|\b(?:RR|R\.R\.|Rural Route|HC|Star Route) ?\d{1,3},? {1,2}(?i:box)"
    rf"|[{LOWER}],\s{{1,2}}{_STATE}\b|\b{_STATE},?\s{{1,2}}\d{{5}}|[{LOWER}] County\b"
    rf"|\b(?:{_PREFIX_TYPES}|Carretera)\s[^\n\d]{{2,40}}\d"
)

#: A capitalized word of a place's name, accents and apostrophes kept ("San José", "Doña
#: Ana", "O'Fallon", "Prince George's"). Typographic apostrophes reach the patterns as
#: ``'`` (:func:`detectors.cells.fold`). A word that stopped at the apostrophe found
#: "O" of "O'Connell St" or nothing, and left the rest readable.
_CAP = rf"[{UPPER}](?:'[{UPPER}])?[{LOWER}]+(?:'[{LOWER}]+)?"
#: A capitalized word (accents kept: "Calle Peña"), an all-caps word, "5th", or the
#: abbreviations inside street names ("St. Mary's Rd", "Martin Luther King Jr. Blvd").
_NAME_WORD = rf"(?:{_CAP}|[A-Z]{{2,}}|\d{{1,3}}(?:st|nd|rd|th)|(?:St|Ste|Mt|Ft|Jr|Sr)\.)"
#: A house number: "123", "123A", "12-14", "123 1/2" and "123½" (the fraction is part of
#: the number: left out, it was read as a date and the street stayed), or a Wisconsin
#: grid address ("N8W22195", "W156N11500").
_HOUSE = r"(?:[NSEW]\d{1,4}[NSEW]\d{1,6}|\d{1,6}(?:[A-Z]?(?:-\d{1,4})?(?:\s1/2)?|½))"
_STREET = re.compile(
    rf"(?<![\w#\-./$,])(?P<num>{_HOUSE})\s{{1,2}}"
    r"(?:(?P<dir>North|South|East|West|[NS][EW]|[NSEW])\.?\s{1,2})?"
    rf"(?P<name>{_NAME_WORD}(?:\s{{1,2}}(?:{_NAME_WORD}|[A-Z]\.)){{0,3}})"
    rf"\s{{1,2}}(?P<suf>{_SUFFIX})\b\.?"
    r"(?P<post>\s{1,2}(?:NW|NE|SW|SE|N|S|E|W)\b\.?)?"
    r"(?P<unit>,?\s{1,2}(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|Bldg|#)\.?\s?#?"
    r"[A-Za-z0-9][A-Za-z0-9\-]{0,7})?"
)
#: A street whose name is its own type, with no suffix: "4417 N Broadway". What follows
#: must end an address (a comma, a unit, a capitalized city, the end): "2 Broadway tickets"
#: is a purchase.
_SUFFIXLESS_STREET = re.compile(
    r"(?<![\w#\-./$,])\d{1,6}\s{1,2}(?:(?:North|South|East|West|[NS][EW]|[NSEW])\.?\s{1,2})?"
    r"Broadway\b"
    r"(?:,?\s{1,2}(?:Apt|Apartment|Suite|Ste|Unit|Fl|Floor|Rm|Room|#)\.?\s?#?[A-Za-z0-9][A-Za-z0-9\-]{0,7})?"
    r"(?=\s*(?:[,.;)]|$)|\s+[A-Z])"
)
#: A Spanish street type before the name, with its particles ("12 Avenida de los Niños").
_PREFIX_STREET = re.compile(
    rf"(?<![\w#\-./$,]){_HOUSE}\s{{1,2}}(?:{_PREFIX_TYPES})"
    rf"(?:\s(?:de|del|la|las|los|el))*(?:\s{_CAP}){{1,3}}"
    rf"(?:\s(?:de|del|la|las|los|el)(?:\s(?:la|las|los))?\s{_CAP})?"
)
#: A Spanish street type, its name, then the house number, as Puerto Rico and Spanish-
#: speaking patients write an address ("Calle Luna 154, Apto. 2", "Avenida Ponce de León
#: 1250"). A four-digit year with no unit after it is an event ("Calle Ocho 2024").
_NAME_FIRST_STREET = re.compile(
    rf"(?<![\w])(?:{_PREFIX_TYPES}|Carretera)(?:\s(?:de|del|la|las|los|el))*(?:\s{_CAP}){{1,3}}"
    rf"(?:\s(?:de|del|la|las|los|el)(?:\s(?:la|las|los))?\s{_CAP})?"
    r",?\s{1,2}(?:#\s?)?(?P<num>\d{1,5})(?![\w/.:\-]|[.,]\d)"
    r"(?P<unit>,?\s{1,2}(?:Apto|Apt|Apartamento|Int|Interior|Suite|Ste|#)\.?\s?#?"
    r"[A-Za-z0-9][A-Za-z0-9\-]{0,5}\b)?"
)
_YEAR_LIKE = re.compile(r"(?:19|20)\d\d")

#: A house number on a numbered road ("N8W22195 Hwy 164", "4410 US-41", "2250 County Road
#: K"): the road's number or letter is the street's name.
_ROAD = re.compile(
    rf"(?<![\w#\-./$,]){_HOUSE}\s{{1,2}}(?:{_ROAD_TYPES})"
    r"[\s\-]?(?:\d{1,4}[A-Z]?|[A-Z]{1,2})\b"
)
#: A rural route box ("RR 2 Box 15", "HC 64 Box 1012"); "RR 18" alone is a respiratory rate.
_RURAL_BOX = re.compile(
    r"\b(?:RR|R\.R\.|Rural\s+Route|HC|Star\s+Route)\s?\d{1,3},?\s{1,2}"
    r"[Bb][Oo][Xx]\s{0,2}#?\d{1,6}\b"
)
_PO_BOX = re.compile(r"\b(?:P\.?\s?O\.?|Post\s+Office)\s?Box\s{0,2}#?\s?\d{1,6}\b", re.IGNORECASE)
_CITY_STATE = re.compile(
    rf"(?<![\w'])(?P<city>(?:(?:St|Ft|Mt)\.? )?{_CAP}(?:['’][{LETTER}]+)?"
    rf"(?:[ \-](?:St\.|(?:d')?{_CAP})){{0,2}})"
    rf"(?:,\s{{1,2}}|\s(?=(?:{_PLAIN_ABBR})\s{{1,2}}\d{{5}}))(?P<state>{_STATE})(?![\w])"
    r"(?:,?\s{1,2}(?P<zip>\d{5}(?:-\d{4})?)(?![\d\-]))?"
)
_STATE_ZIP = re.compile(
    rf"(?<![\w])(?P<state>{_STATE}),?\s{{1,2}}(?P<zip>\d{{5}}(?:-\d{{4}})?)(?![\d\-])"
)
_COUNTY = re.compile(rf"(?<![\w])(?P<name>{_CAP}(?:\s{_CAP})?)\s+County\b")
_ZIP_WORD = re.compile(
    r"\b(?:zip|zipcode|postal|postcode|post\s?code)(?:\s?code)?\b[^\d\n]{0,16}?"
    # the answer may be on the next line of a chat ("What's your zip?\nvisitor: 60614")
    r"(?:\n[^\d\n]{0,16}?)?(?P<zip>\d{5}(?:-\d{4})?)(?![\d\-])",
    re.IGNORECASE,
)
_CITY_AFTER = re.compile(rf",\s{{1,2}}{_CAP}")
#: The country after a ``City, ST`` pair, as geo-IP lookups and help desks write a place
#: ("Columbus, OH, United States", Zendesk's comment ``metadata.system.location``): then
#: even an ambiguous abbreviation is a state.
_COUNTRY_AFTER = re.compile(r",?\s{1,2}(?:United States(?: of America)?|USA|U\.S\.A?\.?)(?![\w])")
#: City, state and ZIP right after a street, commas optional: after a street address even
#: an ambiguous abbreviation is a state ("1200 Beacon St Brookline MA 02446"), and the
#: state may be left out ("16 S Mill Rd, St. Louis 63110").
_CITY_STATE_ZIP_AFTER = re.compile(
    rf",?\s{{1,2}}(?P<city>(?:(?:St|Ft|Mt)\.? )?{_CAP}(?:[ \-](?:d')?{_CAP}){{0,2}}),?\s{{1,2}}"
    rf"(?:(?P<state>{STATE_ALTERNATION}),?\s{{1,2}})?(?P<zip>\d{{5}}(?:-\d{{4}})?)(?![\d\-])"
)
#: The last line of an address block as USPS wants it printed, in capitals and without
#: commas, right after the street line (a mail file's or a print proof's address block,
#: "1509 GIDDINGS RD\nCLEVELAND OH 44103-2231"): capitals need the state to be a city.
_CAPS_CITY_STATE_ZIP_AFTER = re.compile(
    rf",?\s{{1,2}}(?P<city>[A-Z]{{2,}}(?:[ \-][A-Z]{{2,}}){{0,2}}),?\s{{1,2}}"
    rf"(?P<state>{STATE_ALTERNATION}),?\s{{1,2}}(?P<zip>\d{{5}}(?:-\d{{4}})?)(?![\d\-])"
)
#: In every :data:`_STATE_ZIP` match (and every :data:`_CITY_STATE` match without a comma).
_SPACED_ZIP = re.compile(r"\s\d{5}")
_ZIP_VALUE = re.compile(r"\s*(\d{5}(?:-?\d{4})?)\s*")
_WORD = re.compile(r"[A-Za-z]+")

#: Words that cannot be part of a street name (they come from titles and sentences).
NAME_STOP = frozenset(
    {"for", "the", "to", "of", "and", "on", "in", "a", "an", "your", "our", "my", "with",
     "best", "top", "tips", "ways", "things", "reasons", "steps", "signs", "easy", "simple",
     "great", "free", "off", "minutes", "min", "days", "hours", "weeks", "years", "times",
     "people", "patients", "questions", "or", "at", "by", "from", "is", "are"}
)  # fmt: skip
#: Capitalized words that open a sentence rather than a city name ("Visit Springfield, IL").
CITY_STOP = frozenset(
    {"visit", "welcome", "the", "in", "at", "from", "to", "near", "dear", "hi", "hello", "hey",
     "thanks", "thank", "our", "your", "dr", "mr", "mrs", "ms", "call", "contact", "located",
     "office", "clinic", "yes", "no", "ok", "okay", "please", "sincerely", "regards", "best",
     "cheers", "sir", "madam", "inc", "llc", "ltd", "corp", "co", "jr", "sr", "md", "phd",
     "and", "or", "but", "so", "then", "also", "today", "now", "lives", "moved", "this", "of"}
)  # fmt: skip
#: A word right before a city that says a place follows ("lives in Baltimore, MD").
PLACE_WORDS = frozenset(
    {"in", "from", "near", "lives", "live", "living", "moved", "resides", "reside", "located",
     "based", "visiting", "around", "outside", "downtown"}
)  # fmt: skip
ADDRESS_WORDS = frozenset(
    {"address", "addr", "street", "lives", "live", "resides", "reside", "located", "ship",
     "shipping", "mailing", "mail", "home", "residence", "moved", "billing", "deliver",
     "delivery"}
)  # fmt: skip
ZIP_FIELD_WORDS = frozenset({"zip", "zipcode", "postal", "postcode", "postalcode", "zp"})
#: A provider finder's or a scheduling widget's location search box (Kyruus-like
#: ``location_query``, ``searchLocation``, ``near``): its whole value, when it is five
#: digits, is the ZIP the person searched near. A place word needs a search word beside
#: it, since a bare ``location`` is a page URL (CallTrackingMetrics, GA4) or a site code.
PLACE_SEARCH_WORDS = frozenset({"location", "where", "place"})
#: A finder's search filters (Kyruus-like ``filters.location``) are the searcher's too.
SEARCH_WORDS = frozenset({"query", "search", "q", "input", "term", "searched", "filter", "filters"})


def zip_field(words: frozenset[str]) -> bool:
    """True when a field's words say its whole value may be a ZIP code."""
    return bool(
        words & ZIP_FIELD_WORDS
        or "near" in words
        or (words & PLACE_SEARCH_WORDS and words & SEARCH_WORDS)
    )


def _lower_words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


class LocationDetector:
    """Street addresses, PO boxes, cities with a state, counties, and ZIP codes."""

    name = "location"
    entities = frozenset({"LOCATION", "ZIP_CODE"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        texts = ctx.cells.text
        keep = ctx.non_system
        for cell in ctx.candidates(PREFILTER, among=keep).tolist():
            text = texts[cell]
            found = list(_in_text(text))
            owned = _organisations_addresses(text, found) if found else []
            for start, end, entity, score in found:
                if not any(lo <= start and end <= hi for lo, hi in owned):
                    yield Span(cell, start, end, entity, score, "regex")
        zip_ids = [i for i, p in enumerate(ctx.profiles) if zip_field(p.words)]
        for i in np.flatnonzero(keep & np.isin(ctx.cells.hint_id, zip_ids)):
            cell = int(i)
            m = _ZIP_VALUE.fullmatch(texts[cell])
            if m:
                yield Span(cell, m.start(1), m.end(1), "ZIP_CODE", 0.9, "regex")


#: An organisation's name (up to six capitalized words) and a comma right before a street
#: ("Oak Park Walk-In, 1100 Lake St, ...", "Mercy Hospital, 500 Oak Ave"): a footer's,
#: a signature's or a listing's address of the business named. Its last word decides
#: (:func:`detectors.organisations.organisation_name`); a person's name never passes.
_ORG_BEFORE = re.compile(
    rf"(?<![{LETTER}'&-])(?P<org>(?:[{UPPER}][{LETTER}&'.-]*[ \t]+){{0,5}}[{UPPER}][{LETTER}&'.-]*)"
    r"[ \t]*,[ \t]*\Z"
)
#: Where an address that follows a name ends: a line, a tag, a separator or a sentence.
_ADDRESS_END = re.compile(r"[\n<|•]|\.\s")


def _organisations_addresses(text: str, found: list[tuple[int, int, str, float]]) -> list:
    """``(start, end)`` ranges of the addresses in ``text`` that follow an organisation's
    name: from a street that comes right after the name and its comma to the end of that
    line (its city, state and ZIP with it). A clinic's visit-summary footer or a hospital
    named in a note prints its own place, the same in every patient's message, as the
    project already reads a phone right after an organisation's name
    (:func:`detectors.phone.organisations_line`)."""
    owned = []
    for start, _end, entity, _score in found:
        if entity != "LOCATION" or not text[start : start + 1].isdigit():
            continue  # streets start with their house number; cities and ZIPs follow them
        m = _ORG_BEFORE.search(text, max(0, start - 80), start)
        if m is None or not organisation_name(m["org"]):
            continue
        stop = _ADDRESS_END.search(text, start)
        owned.append((start, stop.start() if stop else len(text)))
    return owned


def _may_have(lower: str | None, *words: str) -> bool:
    """False only when ASCII text (lower-cased: ``lower``; None when not ASCII) has none
    of ``words``: then a case-insensitive pattern that needs one cannot match. For other
    text, Unicode case folding (``ſ`` is an ``s``) makes a substring test unsafe."""
    return lower is None or any(word in lower for word in words)


def _in_text(text: str) -> Iterator[tuple[int, int, str, float]]:
    """``(start, end, entity, score)`` for every address piece in a text.

    Most candidates are street addresses, so the other patterns run only where a cheap
    test finds what each of their matches needs (a comma or a spaced five-digit run, the
    word ``County``, ``box``, ``zip``/``post``): scanning is what they cost.
    """
    streets = list(_streets(text))
    for start, end, score in streets:
        yield start, end, "LOCATION", score
    lower = text.lower() if text.isascii() else None
    for m in _PO_BOX.finditer(text) if _may_have(lower, "box") else ():
        yield m.start(), m.end(), "LOCATION", 0.85
    for m in _RURAL_BOX.finditer(text) if _may_have(lower, "box") else ():
        yield m.start(), m.end(), "LOCATION", 0.85
    zips: set[tuple[int, int]] = set()
    street_ends = [e for _, e, _ in streets]
    spaced_zip = _SPACED_ZIP.search(text) is not None
    for m in _CITY_STATE.finditer(text) if spaced_zip or "," in text else ():
        city = _city_span(text, m.start("city"), m.end("city"))
        if city is None:
            continue
        has_zip = m.group("zip") is not None
        if m.group("state") in AMBIGUOUS_ABBRS and not (
            has_zip
            or _after_street(street_ends, city[0], text)
            or _place_before(text, city[0])
            or _COUNTRY_AFTER.match(text, m.end("state"))
        ):
            continue
        yield city[0], city[1], "LOCATION", 0.85 if has_zip else 0.75
        if has_zip:
            zips.add((m.start("zip"), m.end("zip")))
    for end in street_ends if spaced_zip else ():
        m = _CITY_STATE_ZIP_AFTER.match(text, end) or _CAPS_CITY_STATE_ZIP_AFTER.match(text, end)
        city = _city_span(text, m.start("city"), m.end("city")) if m else None
        if m and m.group("state") is None and city and _not_a_city(text[city[0] : city[1]]):
            continue  # "123 Main St, Order 12345": without a state, the word must be a place
        if m and city:
            yield city[0], city[1], "LOCATION", 0.85
            zips.add((m.start("zip"), m.end("zip")))
    for m in _STATE_ZIP.finditer(text) if spaced_zip else ():
        if m.group("state") not in AMBIGUOUS_ABBRS:
            zips.add((m.start("zip"), m.end("zip")))
    for m in _ZIP_WORD.finditer(text) if _may_have(lower, "zip", "post") else ():
        zips.add((m.start("zip"), m.end("zip")))
    for start, end in sorted(zips):
        yield start, end, "ZIP_CODE", 0.9
    for m in _COUNTY.finditer(text) if "County" in text else ():
        name = _city_span(text, m.start("name"), m.end("name"))
        if name is not None and not _county_organisation(text, m.start(), m.end()):
            yield name[0], m.end(), "LOCATION", 0.8


#: Capitalized words right after ``X County`` (``Jail``, ``Court of Common Pleas``,
#: ``Sheriff's Office``): the rest of an organisation's name, when it ends in one's word.
#: ``on`` and ``for`` join them as in the senior-services network's names (``Meals on
#: Wheels``, ``Council on Aging``, ``Center for Independent Living``).
_AFTER_COUNTY = re.compile(rf"(?:\s(?:of|the|and|&|on|for|{_CAP}(?:['’]s)?)){{1,5}}")


#: An organisation's name, then a dash or a comma, right before ``X County`` (``Mobile
#: Crisis Team - Multnomah County``, ``Behavioral Health Services, Cook County``).
_BEFORE_COUNTY = re.compile(r"(?P<org>[^\n,;:()\-–—]{2,80}?)\s{0,4}[-–—,]\s{0,4}$")


def _county_organisation(text: str, start: int, end: int) -> bool:
    """True when ``X County`` opens an organisation's name that ends in an organisation's
    word (``Marion County Jail``, ``Franklin County Court of Common Pleas``, ``Cook County
    Health``), or follows one after a dash or a comma (``Mobile Crisis Team - Multnomah
    County``, as referral and resource directories name a county's service): the county
    names the jail's, the court's, the health system's seat or the team's service area,
    not where a person lives or was, as a facility's address is the facility's."""
    m = _AFTER_COUNTY.match(text, end)
    if m is not None and organisation_name(text[start : m.end()]):
        return True
    before = _BEFORE_COUNTY.search(text, max(0, start - 90), start)
    return before is not None and organisation_name(before.group("org").strip())


def _streets(text: str) -> Iterator[tuple[int, int, float]]:
    """Street addresses whose name words are not title or sentence words."""
    for m in _STREET.finditer(text):
        names = _lower_words(m.group("name"))
        if any(w in NAME_STOP for w in names):
            continue
        score = _street_score(text, m)
        if score >= 0.5:
            yield m.start(), m.end(), score
    for m in _SUFFIXLESS_STREET.finditer(text) if "Broadway" in text else ():
        yield m.start(), m.end(), 0.85
    # the rarer shapes only where their street type is (a substring test costs nothing)
    for m in _PREFIX_STREET.finditer(text) if _has_any(text, _PREFIX_TYPE_WORDS) else ():
        yield m.start(), m.end(), 0.8
    for m in _NAME_FIRST_STREET.finditer(text) if _has_any(text, _NAME_FIRST_WORDS) else ():
        if m["unit"] or not _YEAR_LIKE.fullmatch(m["num"]):
            yield m.start(), m.end(), 0.8
    for m in _ROAD.finditer(text) if _has_any(text, _ROAD_WORDS) else ():
        yield m.start(), m.end(), 0.8


#: Words every :data:`_PREFIX_STREET` / :data:`_ROAD` match holds.
_PREFIX_TYPE_WORDS = ("Calle", "Camino", "Avenida", "Paseo", "Calzada")
_NAME_FIRST_WORDS = (*_PREFIX_TYPE_WORDS, "Carretera")
_ROAD_WORDS = ("Highway", "Hwy", "Route", "Rte", "Road", "Rd", "FM", "US", "U.S.")


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    return any(w in text for w in words)


def _street_score(text: str, m: re.Match[str]) -> float:
    """Strong suffixes stand alone; ``Way``/``Court``-like ones need corroboration."""
    if m.group("suf").lower() in _STRONG:
        return 0.85
    if m.group("unit") or m.group("post") or m.group("dir"):
        return 0.85
    if _CITY_AFTER.match(text, m.end()):
        return 0.8
    near = set(_lower_words(text[max(0, m.start() - 40) : m.start()]))
    return 0.75 if near & ADDRESS_WORDS else 0.0


def _city_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """A place name without the sentence words before it ("Visit Springfield" -> Springfield)."""
    for m in _WORD.finditer(text, start, end):
        if m.group().lower() not in CITY_STOP:
            return m.start(), end
    return None


#: Record and unit words that a number follows ("Order 12345", "Suite 20145"): never a
#: city in front of a ZIP when no state confirms it.
NOT_A_CITY = frozenset(
    {"order", "invoice", "ref", "reference", "case", "ticket", "claim", "account", "acct",
     "policy", "member", "code", "pin", "room", "unit", "apt", "suite", "floor", "building",
     "bldg", "phone", "tel", "fax", "cell", "mobile", "id", "no", "number", "zip", "total",
     "balance", "amount", "lot", "item", "sku", "confirmation", "box", "extension", "ext",
     "mrn", "patient", "chart", "record", "batch", "group", "plan", "dept", "department"}
)  # fmt: skip


def _not_a_city(name: str) -> bool:
    return any(w.lower() in NOT_A_CITY for w in _WORD.findall(name))


def _after_street(street_ends: list[int], city_start: int, text: str) -> bool:
    """True when a street address ends right before the city ("123 Main St, Towson, MD")."""
    return any(0 <= city_start - e <= 3 and not text[e:city_start].strip(" ,") for e in street_ends)


def _place_before(text: str, start: int) -> bool:
    """True when the word right before ``start`` announces a place ("lives in ...")."""
    words = _lower_words(text[max(0, start - 16) : start])
    return bool(words) and words[-1] in PLACE_WORDS


@register("location")
def _factory(config: EngineConfig) -> LocationDetector:
    return LocationDetector()
