"""Undo the character-level encodings that hide identifiers in text, for scanning only.

CRM notes, email bodies and logged payloads reach an export with their encodings still on:

* **HTML character references**, from rich-text editors and HTML email bodies:
  ``jane.doe&#064;gmail&#46;com``, ``O&#39;Brien``, ``Ren&eacute;e``, ``312&nbsp;847``.
* **HTML markup** around values: ``<b>MRN:</b> 00482913``, ``<span>Jane</span>``,
  ``03/14/1962<br>``. A formatting tag between a label and its value breaks every
  "label, then value" pattern, and a missing break glues two values together. Inline tags
  (``b``, ``span``, ``font``...) are dropped and block tags (``p``, ``div``, ``br``,
  ``tr``...) read as a line break. Two cells of one table row read as a tab, and as a
  label and its value (``Patient:\tJane Roe``) when the first is a header cell
  (``<th>Patient</th><td>Jane Roe</td>``) or ends in a colon, as notification emails and
  HTML reports write their label/value rows. A tag carrying a link or a value (``href``, ``src``,
  ``value``, ``title``...) is left as it is, so ``mailto:`` addresses stay visible.
* **``\\uXXXX`` escapes** left in plain text by a JSON serializer that ran once too often
  or a logger that escaped non-ASCII (``jane.doe\\u0040gmail.com``).
* **Invisible characters** inside a value: zero-width spaces and joiners, soft hyphens,
  the word joiner, a stray byte-order mark and bidirectional marks (``Jane\\u200bDoe``,
  ``555\\u00ad0188``, ``\\u202a+1 312 …\\u202c`` as phones copy numbers). They are removed,
  not folded: they stand for nothing.
* **Quoted-printable** mail bodies (``jane.doe=40gmail.com``, ``=\\n`` soft line breaks),
  only in a cell that shows it is one (a soft line break, an encoded ``=3D``, or the
  ``quoted-printable`` header): in other text ``=40`` is just "equals forty".
* **RFC 2047 encoded words** in mail headers (``From: =?UTF-8?B?Sm9zw6kgTsO6w7Fleg==?=
  <…>``, ``Subject: =?utf-8?Q?Your_colonoscopy_prep?=``): mail clients encode every
  header with a non-ASCII character, so a name with an accent was never read. The whole
  word is one rewrite: a finding in what it holds covers the encoded word.
* **Form placeholders**: an HTML ``placeholder="you@example.com"`` attribute is a hint
  the form shows, never what a person typed; its value is not scanned.
* **iCalendar and vCard folding** (RFC 5545 and 6350): in a cell that holds such an
  object (``BEGIN:VEVENT``, ``BEGIN:VCARD``), a line break followed by a space or a tab
  continues the line (``lapa\\r\\n roscopic``), and ``\\,`` ``\\;`` ``\\n`` are a comma,
  a semicolon and a line break.

Every rewrite changes the text's length, so each decoded cell carries a
:class:`~detectors.offsets.ShiftMap` back to the value as written: findings point into the
original, and redaction replaces the whole escape (``jane.doe&#064;gmail&#46;com`` goes,
entities and all).

Cost: the flattener screens a whole chunk's text at once (:func:`needs_unescape`: a few
substring searches in C); a chunk without ``&``, ``<``, ``\\u``, a quoted-printable mark or
an invisible character, which is nearly every analytics chunk, pays only that. In the
others each cell gets a regex screen, and only the cells that match are rewritten.

Not decoded, on purpose:

* **Base64** anywhere but where :mod:`detectors.email` and :mod:`detectors.url_paths`
  already read it (link parameters and unsubscribe paths) and where a tracking pixel puts
  its JSON payload (a query value that is base64 JSON:
  :func:`detectors.embedded_json.json_in_base64`): exports are full of
  base64-looking ids, tokens and images, decoding them all would cost more than the rest
  of detection, and what decodes is binary or a signed token far more often than a
  person's data.
* **Percent-encoding** outside URLs: a query value is decoded where URLs are split
  (:mod:`detectors.cells`); ``%40`` in other text is read by the email pattern itself.
* **Values split across lines** (``312-847-\\n2290``): a line break also separates the
  lines of an address block and the fields of a form dump, and joining lines would read
  two values as one.
"""

from __future__ import annotations

import base64
import binascii
import html.entities
import re
from collections.abc import Callable, MutableMapping, Sequence

from detectors.offsets import ComposedMap, IndexMap, RunMap, sub_with_map

#: Characters that stand for nothing in a value: soft hyphen, Mongolian vowel separator,
#: zero-width space / non-joiner / joiner, left-to-right and right-to-left marks and
#: embeddings, word joiner and invisible operators, isolates, byte-order mark.
INVISIBLE = "\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff"

#: Inline formatting tags: dropped, their text runs on.
_INLINE = (
    "a|abbr|b|bdi|bdo|big|cite|code|em|font|i|ins|kbd|mark|o:p|q|s|samp|small|span|strike"
    "|strong|sub|sup|tt|u|var"
)
#: Block tags and line breaks: read as a line break.
_BLOCK = (
    "address|article|aside|blockquote|body|br|caption|center|dd|div|dl|dt|footer|h[1-6]"
    "|head|header|hr|html|li|main|nav|ol|p|pre|section|table|tbody|td|tfoot|th|thead|title"
    "|tr|ul"
)
#: Attributes whose value is content a person may be named or reached in: such a tag stays.
_CONTENT_ATTR = re.compile(r"(?i)\b(?:href|src|value|title|alt|content|data-[\w-]+)\s*=")

_ENTITY = r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
_U_ESCAPE = r"\\u[dD][89abAB][0-9a-fA-F]{2}\\u[dD][c-fC-F][0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}"
_TAG = rf"<(?P<close>/?)(?i:(?P<block>{_BLOCK})|{_INLINE})(?P<attrs>(?:\s[^<>]{{0,256}})?)/?>"

#: An RFC 2047 encoded word: charset (an RFC 2231 language may follow a ``*``), B or Q.
_ENCODED_WORD = (
    r"=\?(?P<charset>[\w.:-]{1,40})(?:\*[\w-]{1,20})?\?(?P<enc>[BbQq])\?(?P<data>[^?\s]{0,1000})\?="
)
#: A form field's placeholder attribute (with the space before it).
_PLACEHOLDER = r"\s(?i:placeholder)\s*=\s*(?:\"[^\"<>]{0,200}\"|'[^'<>]{0,200}')"

#: The boundary between two cells of one table row (``</td><td>``), with the closing inline
#: tags before it: read as a tab, after a cell ending in a colon too
#: (``<td><b>Date of Birth:</b></td><td>03/14/1985</td>``), and as ``:`` and a tab after a
#: header cell (``<th>Patient</th><td>Jane Roe</td>``), as a notification email's or a
#: report's label/value rows write them. It starts at its ``<``, and a lookbehind sees the
#: colon, so the pass stays linear on runs of blanks.
_CELL_BREAK = (
    r"(?:(?<=:)(?P<colon>)|(?<=:[ \t])(?P<colon_blank>))?"
    r"(?:</(?i:b|strong|span|font|em|i|u|label)>[ \t]*)*"
    r"</(?i:(?P<head>th)|td)>\s*<(?i:(?P<next_td>td)|th)(?P<cell_attrs>(?:\s[^<>]{0,256})?)>"
)
#: One pass over a cell: every shape but encoded words, quoted-printable and iCalendar
#: folding.
_PATTERN = re.compile(
    rf"(?P<entity>{_ENTITY})|(?P<u>{_U_ESCAPE})|(?P<cell_break>{_CELL_BREAK})|(?P<tag>{_TAG})"
    rf"|(?P<invisible>[{INVISIBLE}]+)"
    rf"|(?P<placeholder>{_PLACEHOLDER})"
)
#: The encoded words of a header, with the folding white space between two of them
#: (RFC 2047 6.2: it is dropped when the words are joined).
_WORDS = re.compile(rf"{_ENCODED_WORD}(?:[ \t\r\n]+(?==\?))?")
#: A cell that holds an iCalendar or vCard object.
_CALENDAR_SIGN = re.compile(r"BEGIN:V(?:CALENDAR|EVENT|TODO|JOURNAL|CARD)\b", re.IGNORECASE)
#: A folded line's break, or an escaped character of an iCalendar or vCard text value.
_FOLD = re.compile(r"\r?\n[ \t]|\\[,;\\nN]")
#: The cell screen: cheaper than the pass (a tag only needs its opening) and true for
#: every cell the pass would change.
_SCREEN = re.compile(
    rf"{_ENTITY}|\\u[0-9a-fA-F]{{4}}|</?[A-Za-z]|=\r?\n|=3D|[{INVISIBLE}]|=\?[\w.:*-]+\?[BbQq]\?"
    r"|(?i:BEGIN:V)"
)
#: What the chunk screen looks for first: characters every encoded cell holds one of (but
#: invisible characters, which only non-ASCII chunks hold), each with the substrings that
#: make it an encoding. ``in`` finds one character at memory speed (memchr), where any
#: regex over a chunk costs a tenth of detection.
_MARKS = {
    "&": ("&",),
    "<": ("<",),
    "\\": ("\\u",),
    "=": ("=3D", "=\n", "=\r", "=?"),
    "B": ("BEGIN:V",),
    "b": ("begin:v",),
}
_INVISIBLE = re.compile(f"[{INVISIBLE}]")

#: A cell that is quoted-printable says so.
_QP_SIGN = re.compile(r"=\r?\n|=3D|(?i:quoted-printable)")
#: An LDIF entry (RFC 2849): its ``attr:: <base64>=`` lines end in base64 padding, which
#: is no soft line break.
_LDIF_ENTRY = re.compile(r"(?:version: ?1\r?\n)?dn::? ")
#: A soft line break, or a run of encoded bytes (one UTF-8 character may take several).
_QP = re.compile(r"=\r?\n|(?:=[0-9A-F]{2})+")


def needs_unescape(joined: str, ascii_only: bool) -> bool:
    """True when some text of a chunk (``joined``: all of it, as one string) may hold an
    encoding this module undoes: a few substring searches, and for non-ASCII text one
    character-class search."""
    for char, marks in _MARKS.items():
        if char in joined and any(mark in joined for mark in marks):
            return True
    return not ascii_only and _INVISIBLE.search(joined) is not None


def unescape_texts(
    texts: Sequence[str], offset_maps: MutableMapping[int, IndexMap]
) -> tuple[list[str], list[int]]:
    """``texts`` with their encodings undone, and which cells changed; each changed
    cell's map is added to ``offset_maps`` (composed with the map it had: a URL query
    value, a JSON leaf)."""
    out = list(texts)
    changed: list[int] = []
    for i, text in enumerate(texts):
        if _SCREEN.search(text) is None:
            continue
        decoded = unescape(text)
        if decoded is None or not decoded[0]:
            continue  # nothing changed, or nothing is left to scan (only invisibles)
        out[i], omap = decoded
        before = offset_maps.get(i)
        offset_maps[i] = omap if before is None else ComposedMap(before, 0, omap)
        changed.append(i)
    return out, changed


def unescape(text: str) -> tuple[str, IndexMap] | None:
    """``text`` with its encodings undone and the map back, or None if nothing changed."""
    omap: IndexMap | None = None
    if "=?" in text:
        words = _decode_words(text)
        if words is not None:
            text, omap = words
    text, omap = _then(text, omap, _PATTERN, _decode)
    if "=" in text and _QP_SIGN.search(text) and not _LDIF_ENTRY.match(text):
        text, omap = _then(text, omap, _QP, _decode_qp)
    if _CALENDAR_SIGN.search(text):
        text, omap = _then(text, omap, _FOLD, _unfold)
    return None if omap is None else (text, omap)


def _then(
    text: str,
    omap: IndexMap | None,
    pattern: re.Pattern[str],
    repl: Callable[[re.Match[str]], str | None],
) -> tuple[str, IndexMap | None]:
    """``text`` after one more decoding pass, and the map back through every pass so far
    (``omap`` maps the passes before it; None: none changed the text)."""
    done = sub_with_map(pattern, repl, text)
    if done is None:
        return text, omap
    text, pass_map = done
    return text, pass_map if omap is None else ComposedMap(omap, 0, pass_map)


def _unfold(m: re.Match[str]) -> str:
    """A folded line joined, or an iCalendar text escape undone."""
    run = m[0]
    if run[0] != "\\":
        return ""
    return "\n" if run[1] in "nN" else run[1]


def _decode_words(text: str) -> tuple[str, RunMap] | None:
    """``text`` with its RFC 2047 encoded words decoded, each word one unit of the map
    (:class:`~detectors.offsets.RunMap`), or None when none decodes."""
    lengths: list[int] = []

    def decode(m: re.Match[str]) -> str | None:
        new = _encoded_word(m)
        if new is not None:
            lengths.append(len(new))
        return new

    done = sub_with_map(_WORDS, decode, text)
    if done is None:
        return None
    decoded, shift = done
    return decoded, RunMap(shift, lengths)


def _encoded_word(m: re.Match[str]) -> str | None:
    """The text an RFC 2047 encoded word holds (None: leave it, it does not decode)."""
    data = m["data"]
    try:
        if m["enc"] in "Bb":
            raw = base64.b64decode(data + "=" * (-len(data) % 4), validate=True)
        else:
            raw = re.sub(
                rb"=([0-9A-Fa-f]{2})",
                lambda b: bytes.fromhex(b[1].decode()),
                data.replace("_", " ").encode("ascii"),
            )
        decoded = raw.decode(m["charset"])
    except (binascii.Error, ValueError, LookupError, UnicodeError):
        return None
    return decoded if decoded.isprintable() else None


def _decode(m: re.Match[str]) -> str | None:
    kind = m.lastgroup
    if kind == "entity":
        return _entity(m[0])
    if kind == "u":
        return _u_escape(m[0])
    if kind == "tag":
        if m["attrs"] and _CONTENT_ATTR.search(m["attrs"]):
            return None
        return "\n" if m["block"] is not None else ""
    if kind == "cell_break":
        if m["cell_attrs"] and _CONTENT_ATTR.search(m["cell_attrs"]):
            return None
        after_colon = m["colon"] is not None or m["colon_blank"] is not None
        header_cell = m["head"] is not None and m["next_td"] is not None
        return ":\t" if header_cell and not after_colon else "\t"
    return ""  # invisible characters, a placeholder attribute


def _entity(ref: str) -> str | None:
    if ref[1] != "#":
        return html.entities.html5.get(ref[1:])
    cp = int(ref[3:-1], 16) if ref[2] in "xX" else int(ref[2:-1])
    return _char(cp)


def _u_escape(esc: str) -> str | None:
    if len(esc) == 12:  # a surrogate pair
        return surrogate_pair(int(esc[2:6], 16), int(esc[8:12], 16))
    return _char(int(esc[2:6], 16))


def surrogate_pair(hi: int, lo: int) -> str:
    """The character a UTF-16 surrogate pair (``\ud83d\ude00``) escapes."""
    return chr(0x10000 + ((hi - 0xD800) << 10) + lo - 0xDC00)


def _char(cp: int) -> str | None:
    """The character ``cp`` names; None (leave the reference) for no character or a
    control character."""
    if cp > 0x10FFFF or 0xD800 <= cp < 0xE000 or (cp < 0x20 and cp not in (9, 10, 13)):
        return None
    return chr(cp)


def _decode_qp(m: re.Match[str]) -> str | None:
    run = m[0]
    if run[1] in "\r\n":
        return ""  # a soft line break joins the two lines
    try:
        return bytes.fromhex(run.replace("=", "")).decode("utf-8")
    except UnicodeDecodeError:
        return None


def decoded_base64(text: str) -> str | None:
    """The UTF-8 text that ``text`` encodes in base64 (standard or URL-safe alphabet,
    padding optional), or None when it is not base64 or what it encodes is not UTF-8."""
    core = text.rstrip("=")
    if len(core) % 4 == 1:
        return None
    padded = core + "=" * (-len(core) % 4)
    try:
        raw = base64.b64decode(padded.replace("-", "+").replace("_", "/"), validate=True)
        return raw.decode("utf-8")
    except (binascii.Error, ValueError):
        return None
