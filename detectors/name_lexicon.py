"""Which words are people's given names and surnames: the shipped name lists, loaded once.

A cue such as "Hi ...," or "Thanks, ..." frames a person as often as a team ("Hi Team,"),
a role ("Dear Customer,") or a word ("Thanks, Best"); a pattern alone cannot tell them
apart, and NER is optional (``--no-ner``). A list of given names can. The lists are the U.S.
Census Bureau's 1990 name files (public domain; see ``data/NAMES_PROVENANCE.md``): 5,163
given names and the 30,000 most frequent surnames.

Decisions worth knowing:
    * Given names that are also everyday words, calendar words or big US cities (``Will``,
      ``May``, ``Grace``, ``Hope``, ``Mark``, ``Austin``) are in :data:`AMBIGUOUS`: a cue
      that frames a name ("Hi Grace,", "ask for Joy") takes them, a bare capitalized word
      ("Grace period", "Hope Center", "from Austin") does not.
    * The 1990 lists predate many names common today (``Aiden``, ``Priya``, ``Kwame``):
      those stay NER's, or a strong cue's ("my name is", "wife").
    * The lists load lazily, once per process, and only when a cell has a cue: an engine
      scanning event data pays nothing.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib.resources import files

#: Given names that are everyday English words (or were read so in the 1990 files'
#: tail: "brain", "numbers"), calendar words, brands and insurers, or US cities and states.
AMBIGUOUS: frozenset[str] = frozenset(
    {
        # function words and verbs
        *("an", "else", "in", "many", "may", "my", "see", "so", "will", "son", "young"),
        *("major", "junior", "numbers", "brain", "ma", "al", "ed", "les", "sun", "van"),
        *("lane", "page", "reed", "rod", "rob", "drew", "chase", "guy", "art", "pat"),
        *("bill", "mark", "frank", "rich", "sandy", "rusty", "dusty", "sunny", "misty"),
        *("chuck", "buddy", "rocky", "cliff", "clay", "forest", "grant", "hunter", "noble"),
        *("royal", "prince", "princess", "queen", "king", "chance", "sterling", "cash"),
        *("don", "gene", "jack", "sue", "sol", "sang", "hung", "long", "an", "tad", "ward"),
        *("carter", "cruz", "parker", "walker", "mason", "taylor", "fletcher", "foster"),
        # virtues, gems, flowers, colours, seasons
        *("hope", "faith", "grace", "joy", "charity", "patience", "prudence", "mercy"),
        *("destiny", "precious", "angel", "crystal", "amber", "ruby", "pearl", "jewel"),
        *("ivory", "ivy", "iris", "lily", "rose", "daisy", "violet", "fern", "olive"),
        *("ginger", "holly", "candy", "honey", "penny", "cherry", "berry", "dawn", "summer"),
        *("autumn", "venus", "star", "sky", "harmony", "brooks", "blaze", "storm", "love"),
        # calendar words
        *("january", "april", "may", "june", "july", "august", "sunday", "monday"),
        *("tuesday", "christmas", "easter", "christian", "gay"),
        # brands and insurers that are also given names ("STD testing with Oscar")
        *("oscar", "alexa", "mercedes", "allegra", "wendy", "dell", "harley", "bentley"),
        # US cities, states and countries that are also given names
        *("austin", "dallas", "denver", "houston", "lincoln", "charlotte", "madison"),
        *("jackson", "tyler", "florence", "eugene", "helena", "augusta", "marion", "aurora"),
        *("orlando", "raleigh", "savannah", "chandler", "irving", "cleveland", "lafayette"),
        *("troy", "georgia", "virginia", "carolina", "dakota", "india", "sydney", "paris"),
        *("phoenix", "columbus", "jefferson", "monroe", "trinidad", "santa", "valencia"),
        *("sierra", "camden", "warren", "lawrence", "marshall", "clinton", "salem", "york"),
    }
)


def _lines(name: str) -> frozenset[str]:
    resource = files("detectors") / "data" / name
    raw = resource.read_bytes()
    if name.endswith(".gz"):
        raw = gzip.decompress(raw)
    return frozenset(w for w in raw.decode("utf-8").split() if w)


@cache
def given_names() -> frozenset[str]:
    """Lower-case given names (Census 1990, female and male)."""
    return _lines("given_names.txt")


@cache
def surnames() -> frozenset[str]:
    """Lower-case surnames (Census 1990, the 30,000 most frequent)."""
    return _lines("surnames.txt.gz")


def key(word: str) -> str:
    """A word as the lists hold it: lower case, without a possessive or edge punctuation."""
    return word.lower().strip(".,;:!?'’\"()").removesuffix("'s").removesuffix("’s")


def is_given_name(word: str, *, ambiguous_ok: bool = True) -> bool:
    """True when ``word`` is a known given name; ``ambiguous_ok=False`` refuses the
    names that are also words or places (:data:`AMBIGUOUS`)."""
    k = key(word)
    if not ambiguous_ok and k in AMBIGUOUS:
        return False
    return k in given_names()


def is_surname(word: str) -> bool:
    """True when ``word`` is a known surname (hyphenated: either part)."""
    k = key(word)
    names = surnames()
    return k in names or any(part in names for part in k.split("-") if part)
