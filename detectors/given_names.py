"""NAME where a known given name stands in a name's place: "Hi Maria,", "Thanks, Dolores",
"ask for Joy", "nurse Jolene", "[10:02] Sofia:", "Marisol helped me", "Tamika Brooks".

Messages, emails and call notes name people in the places a person's name goes: after a
greeting, in a sign-off, as a chat speaker, after a role ("Rep Grace", "roommate Ahmed"),
before a person's verb. The same places hold teams, roles and words ("Hi Team,", "Dear
Customer,", "Thanks, Best"), so without NER (``--no-ner``) the word itself must be known
to be a given name: :mod:`detectors.name_lexicon` holds the Census lists. NER reads these
spans too, but the small model misses one-word names in short messages ("Thanks, Dolores",
"hey its Tyler,") and reads some as places ("Nurse Betty", "Love, Becca").

Decisions worth knowing:
    * The lexicon comes first: only a capitalized word that is a known given name (or, after
      a role used as a title, "Pastor Williams", a known surname) is looked at, and then
      the few characters before and after it decide. Looking for the cues first would run
      a long alternation at every position of every message.
    * A cue that frames a name (greeting, sign-off, speaker label, role word, "ask for")
      takes any given name, also one that is a word ("Hi Grace,", "ask for Joy"); a bare
      preposition ("with", "per", "for") or no cue at all takes only a name that is not
      (:data:`detectors.name_lexicon.AMBIGUOUS`: "Grace period", "Hope Center").
    * Without a cue, a given name is a person's before a known surname ("Tamika Brooks -
      member upset"), before a person's verb ("Marisol helped") or in the possessive
      ("Elijah's asthma"), and only in free-text fields, and never when the pair names a
      thing ("Lincoln Park Clinic") or the cell is Title Case (a subject line or a UI
      string: "Patient Will Not Be Attending").
    * Words this family refuses are keyed_names' (:data:`NOT_NAME_WORDS`, calendar words,
      payers, brands, platforms); a refused given name ("Will", "June") is taken after a
      cue only with a surname after it ("call from Will Harper").
    * Only capitalized words are taken: "hi dr. sharma" and "ASK FOR MARIA" are left to NER.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import cache

import numpy as np

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.keyed_names import PRACTICE_WORDS, people_fields, refused_word
from detectors.latin import LETTER, LOWER, UPPER
from detectors.location import STRONG_SUFFIXES
from detectors.name_lexicon import AMBIGUOUS, given_names, is_surname, key
from detectors.organisations import ORGANISATION_WORDS
from detectors.places import us_places
from detectors.registry import register
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.75

#: A name word: capitalized, letters with inner capitals, apostrophes or hyphens allowed
#: ("DeShawn", "O'Brien", "Kowalczyk-Nowak", "Elijah's").
_WORD = re.compile(rf"(?<![{LETTER}'’])[{UPPER}][{LETTER}'’\-]*[{LOWER}][{LETTER}'’\-]*")
_WINDOW = 32  # characters before a word where its cue must end

#: Spanish greetings open the reminders and replies of US health systems' Spanish-speaking
#: patients as "Hi" opens the English ones ("Hola Rosa,", "Estimada Sra. Ruiz:").
_SPANISH_GREETING = r"hola|estimad[oa]|querid[oa]|buen[oa]s[ \t]+(?:d[ií]as|tardes|noches)"
_GREETING = (
    r"hi|hello|hey|hiya|howdy|dear|greetings|good[ \t]+(?:morning|afternoon|evening)"
    r"|morning|thanks(?:[ \t]+(?:so[ \t]+much|again|a[ \t]+lot))?|thank[ \t]+you|thx|ty"
    rf"|{_SPANISH_GREETING}"
)
_SIGN_OFF = (
    r"regards|best[ \t]+regards|kind[ \t]+regards|warm[ \t]+regards|best|sincerely|cheers"
    r"|warmly|love|xoxo|take[ \t]+care|respectfully|yours"
)
#: A greeting or a sign-off right before the name: "Hi Maria,", "Regards,\nTeresa".
_FRAME_BEFORE = re.compile(
    rf"(?<![{LETTER}])(?i:{_GREETING}|{_SIGN_OFF})[ \t]*(?:[,!.][ \t]*)?(?:\n[ \t]*)?\Z"
)
#: ... and what follows a framed name: punctuation, an emoji, a line end or the end.
_FRAME_AFTER = re.compile(r"[ \t]*(?:[^\w \t]|$)")
#: A chat or SMS speaker label: "[10:02] Sofia:", "Agent (Kevin):", "Text from Rosa:".
_SPEAKER_BEFORE = re.compile(r"(?:^|(?<=\n)|(?<=\]\s)|\(|(?i:\bfrom)[ \t])[ \t]*\Z")
_SPEAKER_AFTER = re.compile(r"[ \t]*(?:\)[ \t]*)?:(?![\d/])")
#: A dash signature closing the message or a line: "... tomorrow. - Nina".
_DASH_BEFORE = re.compile(r"(?:^|(?<=\s))[-–—]{1,2}[ \t]*\Z")
_LINE_END = re.compile(r"[ \t]*(?:\n|$)")
#: A lower-case word: a dash signature closes a message written in words; after a label
#: of capitalized words a known US city is the label's place (a department's "Personal
#: Care - Columbus", a branch's "Home Health - Marion"), though it is a given name too.
_MESSAGE_WORD = re.compile(rf"(?<![{LETTER}])[{LOWER}]{{2,}}")
#: A reader addressed by name at the start of a text, as personalised subject lines and
#: SMS open ("{{FirstName}}, your mammogram is due", "Maria, it's time for your flu shot"):
#: the name opens the message or a line, then a comma and a word spoken to the reader.
_VOCATIVE_BEFORE = re.compile(r"(?:^|(?<=\n))[ \t]*\Z")
_TO_READER = (
    r"you|your|you['’](?:re|ve|ll)|we|we['’](?:re|ve)|it['’]s|here['’]s|don['’]t|let['’]s"
    r"|time|thanks|thank|welcome|ready|reminder|check|join|save|see|get"
)
_VOCATIVE_AFTER = re.compile(rf",[ \t]*(?i:{_TO_READER})(?![{LETTER}])")
#: A greeting that opens the message or a line, then one capitalized word, then a comma,
#: "!", a colon or the line's end: the reader's name even when the lists lack it.
_GREETED_BEFORE = re.compile(
    r"(?:^|(?<=\n))[ \t]*(?i:hi|hello|hey|hiya|dear|good[ \t]+(?:morning|afternoon|evening)"
    rf"|{_SPANISH_GREETING})[ \t]+\Z"
)
_GREETED_AFTER = re.compile(r"[ \t]*(?:[,!:\n]|$)")
#: Who else a greeting addresses: groups, roles, endearments, the season.
ADDRESSEE_WORDS = frozenset(
    {"parent", "parents", "colleague", "colleagues", "applicant", "subscriber", "members",
     "customer", "member", "reader", "readers", "shopper", "traveler", "participant",
     "customers", "client", "clients", "guest", "guests", "friend", "friends", "neighbor",
     "neighbors", "neighbour", "valued", "mom", "dad", "mum", "doc", "everyone", "everybody",
     "folks", "guys", "girl", "girls", "boys", "ladies", "gentlemen", "family", "sweetie",
     "sweetheart", "honey", "love", "buddy", "hun", "hon", "babe", "darling", "beautiful",
     "gorgeous", "sunshine", "world", "again", "back", "coach", "teacher", "student",
     "students", "user", "users", "visitor", "caregiver", "caregivers", "partner",
     "partners", "provider", "providers", "physician", "spring", "summer", "fall", "winter",
     "autumn", "siri", "alexa", "cortana", "bixby", "you", "yall", "y'all", "ya", "sis",
     "bro", "man", "mama", "papa", "grandma", "grandpa", "auntie", "uncle", "cousin",
     # whom a Spanish greeting addresses when it is no one by name
     "amigo", "amiga", "amigos", "amigas", "familia", "todos", "paciente", "pacientes",
     "cliente", "clientes", "miembro", "miembros", "vecino", "vecinos", "senor", "senora",
     "señor", "señora", "doctor", "doctora", "mamá", "papá"}
)  # fmt: skip
#: Roles and phrases a name follows: "Rep Grace", "nurse Jolene", "ask for Dolores",
#: "roommate Ahmed", "Caller was Dolores", "I'm Natasha", "goes by Mark".
_ROLE = (
    r"ask(?:ed)?[ \t]+for|nurse|rep|agent|supervisor|manager|pastor|counsel+or|roommate"
    r"|neighbou?r|partner|friend|cousin|co-?worker|interpreter|caller(?:[ \t]+was)?"
    r"|customer|patient|pt|member|visitor|technician|tech|therapist|coordinator"
    r"|receptionist|scheduler|pharmacist|chaplain|lady|gentleman|np|pa|rn|nephew|niece"
    r"|practitioner|assistant|physician|provider|dentist|hygienist|midwife|doula|aide"
    r"|caseworker|social[ \t]+worker|navigator|specialist|advocate|liaison|driver|coach"
    r"|officer|i['’]?m|i[ \t]+am|named|name[ \t]+(?:is|was)|name['’]s|goes[ \t]+by"
    r"|legal[ \t]+name|thanks[ \t]+to|shout[ \t]*out[ \t]+to|message[ \t]+for|msg[ \t]+for"
    r"|calling[ \t]+for|call(?:ed)?[ \t]+from|call(?:back)?[ \t]+(?:requested[ \t]+)?by"
    r"|requested[ \t]+by|booked[ \t]+for|seen[ \t]+by"
    # a CRM note's call log: "Called Bill about his gout", "LVM for Ana"
    r"|called|texted|emailed|paged|phoned|lvm[ \t]+(?:for|w/)"
    r"|left[ \t]+(?:a[ \t]+)?(?:vm|msg|message|voicemail)[ \t]+(?:for|with|w/)"
    r"|(?P<plain>per|with|for|by|w/)"
)
_ROLE_BEFORE = re.compile(rf"(?<![{LETTER}])(?P<cue>(?i:{_ROLE}))[ \t]*(?:[:,][ \t]*)?\(?\Z")
#: Roles used as a title before a surname alone: "Pastor Williams", "Counselor Haddad".
_TITLE_ROLE_BEFORE = re.compile(
    rf"(?<![{LETTER}])(?i:pastor|chaplain|counsel+or|coach|officer|nurse)[ \t]+\Z"
)
#: A person's verb after a bare given name: "Marisol helped", "Dakota asked".
_PERSON_AFTER = re.compile(
    r"[ \t]+(?:said|says|asked|asks|called|calls|wants|needs|states|stated|reports|reported"
    r"|helped|explained|told|confirmed|requested|agreed|declined|drives|drove|came|went"
    r"|brought|picked|handles|handled|lives|works|listened|took|gave|sent|texted|emailed"
    r"|missed|cancel+ed|is[ \t]+calling|will[ \t]+(?:call|bring|pick|drive))\b"
)
_POSSESSIVE = re.compile(rf"['’]s[ \t]+[{LOWER}]")
#: Personal devices iOS, Android and wearables' apps name after their owner ("Maria’s Apple
#: Watch", "Derek's iPhone"): HealthKit copies that name into every sample's ``sourceName``,
#: and a BLE or MDM log into its device name. The given name before them is the owner's.
_OWNED_DEVICE = (
    r"Apple[ \t]+Watch|iPhone|iPad|iPod|MacBook|iMac|AirPods|Pixel|Galaxy|Fitbit|Oura"
    r"|Garmin|Watch|Phone"
)
_OWNED_DEVICE_AFTER = re.compile(rf"['’]s[ \t]+(?:{_OWNED_DEVICE})(?![{LETTER}])")
#: Second words that make a name-shaped pair a thing: streets, departments, facilities.
_THING_WORDS = (
    frozenset(s.lower() for s in STRONG_SUFFIXES)
    | ORGANISATION_WORDS
    | PRACTICE_WORDS
    | {"department", "dept", "program", "foundation", "fund", "university", "college"}
    | {"services", "service", "support", "team", "bank", "insurance", "memorial", "garden"}
    | {"square", "plaza", "mall", "solutions", "systems", "partners", "network", "society"}
    | {"association", "alliance", "church", "school", "academy", "steakhouse", "restaurant"}
    # a veterinary practice ("Maple Grove Animal Hospital", "Cedar Park Veterinary Clinic")
    | {"animal", "veterinary", "vet", "pet"}
)
_NEXT_WORD = re.compile(rf"[ \t]+([{LETTER}]+)")
_ANY_WORD = re.compile(rf"[{LETTER}][{LETTER}'’\-]*")
_TITLE_CASE_SHARE = 0.7

#: RE2 screen of an opening vocative (:data:`_VOCATIVE_AFTER`), shared by both prefilters.
#: The prefilters spell capitals and small letters with :mod:`detectors.latin`'s classes,
#: as :data:`_WORD` does, not ``\p{Lu}``/``\p{Ll}``: RE2 builds a Unicode class afresh on
#: every Arrow call, which cost ~8 ms per chunk (more than the two passes' matching).
_VOCATIVE_SCREEN = (
    rf"(?:^|\n)[ \t]*[{UPPER}][{LOWER}]+,[ \t]*(?i:you|your|we|it|here|don|let|time|thank|welcome"
    r"|ready|reminder|check|join|save|see|get)"
)

#: RE2 prefilter: a cue word right before a capitalized word, a speaker label or a dash
#: signature; free-text fields are read whole (see :meth:`GivenNameDetector.detect`).
PREFILTER = (
    r"(?i:\b(?:hi|hello|hey|hiya|howdy|dear|greetings|morning|afternoon|evening|thanks"
    r"|hola|estimad[oa]|querid[oa]|d[ií]as|tardes|noches"
    r"|thank\s+you|thx|ty|regards|best|sincerely|cheers|warmly|love|xoxo|care|respectfully"
    r"|yours|for|nurse|rep|agent|supervisor|manager|pastor|counsell?or|roommate|neighbou?r"
    r"|partner|friend|cousin|co-?worker|interpreter|caller|was|customer|patient|pt|member"
    r"|visitor|tech|technician|therapist|coordinator|receptionist|scheduler|pharmacist"
    r"|chaplain|lady|gentleman|np|pa|rn|nephew|niece|i'?m|am|named|is|name'?s|by|name|to"
    r"|practitioner|assistant|physician|provider|dentist|hygienist|midwife|doula|aide"
    r"|caseworker|worker|navigator|specialist|advocate|liaison|driver|coach|officer|from"
    rf"|per|with|w/))[ \t]*[,:!.]?[ \t]*\n?[ \t]*\(?[{UPPER}][{LOWER}]"
    rf"|[{UPPER}][{LOWER}]+[ \t]*\)?[ \t]*:|[-–—][ \t]*[{UPPER}][{LOWER}]+[ \t]*(?:\n|$)"
    r"|" + _VOCATIVE_SCREEN
)
#: RE2 screen of a device named for its owner, read in every field (:func:`owned_devices`).
OWNED_DEVICE_PREFILTER = rf"[{UPPER}][{LOWER}]+['’]s[ \t]+(?:{_OWNED_DEVICE})"

#: RE2 prefilter for free-text fields, read for names without a cue too: a capitalized
#: word after a word or a comma (not opening a sentence), or one opening a sentence before
#: a surname-shaped word, a possessive or a person's verb, or a second line (emails).
FREE_TEXT_PREFILTER = (
    rf"[^\s.!?][ \t,:;(\[\]\-]+[{UPPER}][{LOWER}]|\n"
    rf"|[{UPPER}][{LOWER}]+(?:['’]s\s|[ \t]+[{UPPER}][{LOWER}]"
    r"|[ \t]+(?:said|says|asked|asks|called|calls"
    r"|wants|needs|states|stated|reports|reported|helped|explained|told|confirmed|requested"
    r"|agreed|declined|drives|drove|came|went|brought|picked|handles|handled|lives|works"
    r"|listened|took|gave|sent|texted|emailed|missed|cancel|is\s+calling|will)\b)"
    r"|" + _VOCATIVE_SCREEN
)


class GivenNameDetector:
    """Known given names where a name goes: greetings, sign-offs, roles, speakers."""

    name = "given_names"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY) or len(ctx.cells) == 0:
            return
        readable = people_fields(ctx.profiles)[ctx.cells.hint_id]
        free = np.fromiter((p.free_text for p in ctx.profiles), bool, len(ctx.profiles))
        free = free[ctx.cells.hint_id] & readable & ctx.non_system
        cued = ctx.candidates(PREFILTER, skip_system=True, among=readable & ~free)
        prose = ctx.candidates(FREE_TEXT_PREFILTER, among=free)
        text = ctx.cells.text
        read = {*cued.tolist(), *prose.tolist()}
        for cell in sorted(read):
            for start, end in names_in(text[cell], bare=bool(free[cell])):
                yield Span(cell, start, end, ENTITY, SCORE, "regex")
        # a device's name is a machine field's value as often as not (HealthKit's
        # ``sourceName``, a pairing log's ``device_name``): screened in every cell
        for cell in ctx.candidates(OWNED_DEVICE_PREFILTER).tolist():
            if cell not in read:
                for start, end in owned_devices(text[cell]):
                    yield Span(cell, start, end, ENTITY, SCORE, "regex")


def owned_devices(text: str) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each known given name that owns a device in ``text`` ("Maria’s
    Apple Watch"): the name without its possessive."""
    known = given_names()
    for w in _WORD.finditer(text):
        k = key(w.group())
        if k in known and not refused_word(k) and _OWNED_DEVICE_AFTER.match(text, w.end() - 2):
            yield w.start(), w.end() - 2


def names_in(text: str, *, bare: bool) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each name in ``text``; ``bare`` also takes names without a cue
    (free-text fields)."""
    words = list(_WORD.finditer(text))
    if not words:
        return
    known = given_names()
    # whether the whole text is title-cased, worked out once: per name it was quadratic
    title_cased = cache(lambda: _title_case(text))
    i = 0
    while i < len(words):
        w = words[i]
        k = key(w.group())
        span = None
        if k in known:
            span = _judge(text, words, i, k, bare, title_cased)
        elif _TITLE_ROLE_BEFORE.search(text, max(0, w.start() - 16), w.start()):
            span = _surname_after_title(k, w.start(), i)
        elif _GREETED_BEFORE.search(text, max(0, w.start() - 24), w.start()):
            span = _greeted(text, w, k, i)
        if span is None:
            i += 1
            continue
        start, last = span
        end = words[last].end()
        if words[last].group().endswith(("'s", "’s")):
            end -= 2
        yield start, end
        i = last + 1


def _surname_after_title(k: str, start: int, i: int) -> tuple[int, int] | None:
    """A known surname alone after a role used as a title ("Pastor Williams")."""
    if refused_word(k) or k in _THING_WORDS or not is_surname(k):
        return None
    return start, i


def _greeted(text: str, w: re.Match[str], k: str, i: int) -> tuple[int, int] | None:
    """A one-word addressee that opens a message or a line ("Hello Ravi,\n", "Hi Priya!"),
    though not in the lists: greetings open an email or an SMS with the reader's first
    name, and the 1990 lists lack many names given since. Groups, roles and endearments
    ("Hi Team,", "Dear Valued Member,", "Hey Girl!") are refused."""
    if refused_word(k) or k in ADDRESSEE_WORDS or k in _THING_WORDS or k in AMBIGUOUS:
        return None
    if not _GREETED_AFTER.match(text, w.end()) or w.group().isupper():
        return None
    return w.start(), i


def _judge(
    text: str,
    words: list[re.Match[str]],
    i: int,
    k: str,
    bare: bool,
    title_cased: Callable[[], bool],
) -> tuple[int, int] | None:
    """``(start, index of the name's last word)`` when ``words[i]``, a known given name,
    opens a name; ``title_cased()`` tells whether ``text`` is a heading or a subject."""
    w = words[i]
    refused = refused_word(k)
    last = _last_word(text, words, i)
    with_surname = last > i
    lo = max(0, w.start() - _WINDOW)
    role = _ROLE_BEFORE.search(text, lo, w.start())
    strong = role is not None and not role.group("plain")
    if _thing_after(text, words[last].end()):
        return None  # "with Jordan Valley Clinic", "by Kelly Services": an organisation
    if strong or _framed(text, lo, w.start(), words[last].end()):
        return (w.start(), last) if not refused or with_surname else None
    if not refused and _OWNED_DEVICE_AFTER.match(text, w.end() - 2):
        return w.start(), i  # a device named for its owner, in any field
    if refused or k in AMBIGUOUS:
        return None
    if role is not None:  # a plain preposition: "with Oscar" needed the lexicon's "not a word"
        return w.start(), last
    if not bare or title_cased():
        return None
    if with_surname:
        return w.start(), last
    if _PERSON_AFTER.match(text, w.end()) or (
        w.group().endswith(("'s", "’s")) and _POSSESSIVE.match(text, w.end() - 2)
    ):
        return w.start(), i
    return None


def _framed(text: str, lo: int, start: int, end: int) -> bool:
    """A name between a frame's two sides: a greeting or sign-off and punctuation, a
    speaker's line start and colon, a signature's dash and line end."""
    if _FRAME_BEFORE.search(text, lo, start) and _FRAME_AFTER.match(text, end):
        return True
    if _SPEAKER_BEFORE.search(text, lo, start) and _SPEAKER_AFTER.match(text, end):
        return True
    if _VOCATIVE_BEFORE.search(text, lo, start) and _VOCATIVE_AFTER.match(text, end):
        return True
    return bool(
        _DASH_BEFORE.search(text, lo, start)
        and _LINE_END.match(text, end)
        and (_MESSAGE_WORD.search(text, 0, start) or text[start:end].lower() not in us_places())
    )


def _last_word(text: str, words: list[re.Match[str]], i: int) -> int:
    """Index of the name's last word: the words right after ``words[i]`` (one space apart,
    at most two) that are known surnames or given names and no refused or thing word."""
    last = i
    while last + 1 < len(words) and last - i < 2:
        nxt = words[last + 1]
        if text[words[last].end() : nxt.start()] not in (" ", "\t"):
            break
        if words[last].group().endswith(("'s", "’s")):
            break
        k = key(nxt.group())
        if refused_word(k) or k in _THING_WORDS or not (is_surname(k) or k in given_names()):
            break
        last += 1
    return last


def _thing_after(text: str, end: int) -> bool:
    """A facility's or a program's word right after a name-shaped pair ("Lincoln Park
    Clinic", "Jackson Memorial Hospital"): a place's name, not a person's."""
    after = _NEXT_WORD.match(text, end)
    return after is not None and key(after.group(1)) in _THING_WORDS


def _title_case(text: str) -> bool:
    """A subject line, a heading or a UI string: most of its words capitalized."""
    words = _ANY_WORD.findall(text)
    if len(words) < 4:
        return False
    caps = sum(1 for w in words if w[0].isupper())
    return caps >= _TITLE_CASE_SHARE * len(words)


@register("given_names")
def _factory(config: EngineConfig) -> GivenNameDetector | None:
    return GivenNameDetector() if ENTITY in config.entities else None
