"""NAME after a title or a relation word: "Dr. Siobhan Thompson", "Emergency contact
Ava Wilson", "Patient's wife (Carol Nakamura)", "Spoke with Lucas".

CRM notes name people in a handful of set phrases. NER finds most of them, but it is
optional (``--no-ner``), costly, and the small model misses names in telegraphic notes.
These phrases need no model: a cue, then one to three capitalized words.

Decisions worth knowing:
    * Only capitalized words are taken, and the name stops at the first word that is not
      (``Wife Ava Ivanova called`` -> "Ava Ivanova"); a lower-case name ("i'm latoya
      nelson") is left to NER.
    * Words that follow these cues without being names are refused wholesale
      (:data:`NOT_NAME_WORDS`: "Dr. Office", "Patient Portal", "Spoke with Billing"), as
      are calendar words (NER's list, :data:`detectors.ner.CALENDAR_WORDS`, and weekday
      abbreviations) and payer names (:data:`detectors.medical_ids.PAYER_NAME`).
    * ``Ms`` and ``Mr`` need their period or a following name; upper-case ``MS`` is a
      condition in a medical-history list (:mod:`detectors.history_lists`), never a title.
    * Clinicians' names count (``Dr. Clark``): the same conservative choice as the
      field-name classifier's ``Referring_Physician__c`` (see :mod:`detectors.field_names`).
    * Names may carry Latin accents (``José Núñez``, ``Zoë Ångström``, ``Łukasz``,
      ``Nguyễn``): an ASCII-only name word would stop at the accent and leave the rest of
      the name in the redacted copy. Spanish cues count too (``esposa``, ``hija``,
      ``Dra.``, ``me llamo``): US health systems serve Spanish speakers in Spanish, and
      their notes say so.
    * For the same reason a name runs on through what stopped it before: lower-case
      particles (``Maria de la Cruz``, ``Pieter van der Berg``, ``Ludwig von Trapp``),
      initials (``Jane Q. Public``, ``Dr. J. R. Smith``), a fourth word (``Ana María
      García López``), a title glued to the name (``Dr.Jane Doe``) or a quote before it.
      A particle is only kept between name words: ``Hija: La paciente`` is no name.
    * Emails and calls frame names too: a sign-off line ("Thanks,\nLinda Weiss"), a mail
      header ("From: Carlos Mendoza <cm@...>"), a caller ("this is Robert Chen calling"),
      a possessive before a relation word ("Mohammed Rahman's wife", "this is jose's
      mom"). A frame's one word could be "Marketing" or "Urgent", so a framed name must be
      whole and two words long, or one word with an address or a caller's verb after it,
      or one known given name (:mod:`detectors.name_lexicon`: "hey its Tyler,",
      "Thanks,\nMarcus"). After "my name is" / "me llamo" a lower-case chat name is
      taken too. Greetings ("Hi Jamal,") are :mod:`detectors.given_names`'.
    * A tribute names its honoree: "In memory of Luis Arredondo", "in honor of Beth
      Randolph" (gift references, donation forms' tribute messages, memorial notes).
    * A person-name label is a cue too (``name:José Núñez``, ``"first_name": "José"`` in
      a JSON string, ``Name: <b>Jane Doe</b>``): web-form dumps in notes write them so.
    * Faxes, lab reports and EHR printouts write the patient surname first after a
      label, often in capitals: "PATIENT: WONG, DAVID", "Patient Name: Wong, David", "PT
      NAME: GARCIA, MARIA L". After a person's label and a colon, "Surname, Given" is
      taken when the given name is a known one (:mod:`detectors.name_lexicon`), so
      "PATIENT: NEW, ESTABLISHED" is not; a third word is kept only as an initial or a
      known given name ("WONG, DAVID MRN 77" stops at DAVID).
    * So is a field named for a relation (``Emergency Contact``, ``next_of_kin``,
      ``Guarantor``, an intake answer labelled "Emergency contact"): a name that opens its
      value is taken even when more follows ("Ron Swanson 812-555-0199"), where the
      field-name classifier only takes a value that is a name and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

import numpy as np

from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext
from detectors.field_names import yes_no_question
from detectors.latin import LETTER, LOWER, UPPER
from detectors.medical_ids import PAYER_NAME
from detectors.name_lexicon import is_given_name, is_surname
from detectors.ner import BRANDS, CALENDAR_WORDS, CATALOG_WORDS, EPONYMS, PLATFORMS
from detectors.organisations import FACILITY_WORDS
from detectors.registry import register
from detectors.senders import role_mailbox
from detectors.spans import Span

ENTITY = "NAME"
SCORE = 0.8

_TITLE_ABBR = r"Dr|Drs|Mr|Mrs|Ms|Mx|Prof|Dra|Sra|Srta"
_TITLE = rf"(?:{_TITLE_ABBR})\.?|Doctor|Miss"
_RELATION = (
    r"(?:emergency\s+contact|next\s+of\s+kin|wife|husband|spouse|son|daughter|mother"
    r"|mom|father|dad|brother|sister|guardian|caregiver|grandmother|grandfather|grandma"
    r"|grandpa|aunt|uncle|niece|nephew|fianc[eé]e?|boyfriend|girlfriend|guarantor"
    r"|referred\s+by|spoke\s+(?:with|to)|talked\s+(?:with|to)|(?:my|his|her)\s+name\s+is|attn"
    # a tribute gift's honoree ("In memory of Luis Arredondo", "In loving memory of Samuel",
    # "in honor of Beth Randolph"), as donation forms and gift references write it
    r"|in\s+(?:loving\s+)?(?:memory|honou?r|remembrance)\s+of"
    # Spanish: spouse, child, parent, sibling, grandparent, aunt/uncle; "my name is"
    r"|espos[ao]|hij[ao]|madre|padre|mam[áa]|pap[áa]|herman[ao]|abuel[ao]|t[íi][ao]"
    r"|contacto\s+de\s+emergencia|me\s+llamo|se\s+llama|mi\s+nombre\s+es|habl[óé]\s+con)"
)
#: A name word: capitalized, letters with inner capitals, apostrophes or hyphens allowed
#: (``DeShawn``, ``O'Brien``, ``Lopez-Diaz``, ``Núñez``).
_WORD = rf"[{UPPER}][{LETTER}'’\-]*[{LOWER}][{LETTER}'’\-]*"
#: Lower-case surname particles (``de la``, ``van der``, ``von``, ``da``, ``bin``) and an
#: elided ``d'`` (``d'Amico``): a name word must follow them.
_PARTICLES = frozenset(
    {"de", "del", "della", "der", "den", "di", "da", "das", "do", "dos", "du", "la", "las",
     "los", "le", "van", "von", "ten", "ter", "bin", "ibn", "al", "el"}
)  # fmt: skip
_PARTICLE = "(?:" + "|".join(sorted(_PARTICLES, key=lambda p: (-len(p), p))) + ")"
#: Words of a name are on one line: a CSV cell's or a form dump's next line is another
#: field ("First Name: Jane\nLast Name: Doe").
_JOIN = rf"(?:[ \t](?:{_PARTICLE}[ \t]){{0,2}}|[ \t]d['’])"
#: Initials: ``J.``, ``J.R.``, ``J. R.``; a name word must follow them.
_INITIALS = rf"[{UPPER}]\.(?: ?[{UPPER}]\.)* ?"
_NAME = rf"(?P<name>(?:{_INITIALS})?{_WORD}(?:{_JOIN}(?:{_INITIALS})?{_WORD}){{0,3}})"
#: A quote opening the name (typographic quotes are folded to ASCII by the cells).
_QUOTE = '"'
#: A title glued to the name needs its period ("Dr.Jane Doe"); without one it is a word.
_TITLED = rf"(?:(?:{_TITLE})\s{{1,2}}|(?:{_TITLE_ABBR})\.)"
#: A person-name label before its value, as form dumps and JSON strings inside a field
#: write them: "name:José Núñez", "Name: <b>Jane Doe</b>", '"first_name": "José"'. A bare
#: "name" only opens a line or a tag's text (GA4's '"name": "Page View"', "Campaign name:"
#: name things); prefixed ones name people wherever they stand. Formstack writes a name
#: field's parts one a line, ``first = Denise\nlast = Carter`` (its API's and webhooks'
#: ``value``): a part word opening a line before `` = `` is a label too (``=`` only: "Last:
#: Tuesday" is a note's).
#: The words before "name" in a label that names a person wherever it stands.
_NAME_LABEL_WORDS = (
    "patient|pt|full|first|last|given|family|middle|legal|preferred|contact|guardian|parent|your"
)
_LABEL = (
    r"(?:(?:^|(?<=\n))(?i:first|last|middle) = "
    r"|(?:(?:^|(?<=[\n>|;]))[ \t]*(?i:name)"
    rf"|(?i:(?:{_NAME_LABEL_WORDS})[ _\-]?name|surname|nombre(?:\s+completo)?)[\"']?)"
    r"[ \t]*[:=][ \t]*[\"']?(?:<[a-z]{1,6}>)?)"
)
#: A name label alone on its line, the name filling the next line that is not blank, as
#: form notifications and portal messages write a field under its label ("Patient
#: Name:\nJane Roe"; a Gravity Forms email's label row above its value row, which reads
#: "Name\n\n\n\xa0\tJane Roe" once its markup is undone). The whole line must be the
#: name, so an empty field's next label ("Name:\nEmail: ...") is no name. Without a colon
#: a bare "Name" takes a name of two words or more (:func:`_label_line_span`).
_LABEL_LINE = re.compile(
    rf"(?m)^[ \t]*(?i:(?P<named>(?:{_NAME_LABEL_WORDS})[ _\-]?name|surname"
    r"|nombre(?:\s+completo)?)"
    r"|name)[ \t]*(?P<colon>:)?[ \t]*\r?\n(?:[ \t\xa0]*\r?\n){0,6}[ \t\xa0]*"
    rf"{_NAME}[ \t]*\r?$"
)
#: RE2 screen of a name label alone on its line, with or without its colon.
_LABEL_LINE_SCREEN = (
    rf"(?im:^[ \t]*(?:(?:(?:{_NAME_LABEL_WORDS})[ _\-]?)?name|surname|nombre(?:\s+completo)?)"
    r"[ \t]*:?[ \t]*\r?$)"
)
_CUED = re.compile(
    rf"(?<![{LETTER}])(?:{_TITLED}{_QUOTE}?"
    rf"|(?i:(?:patient|pt)(?:'s|’s)?\s+)?(?i:{_RELATION})\s*(?:[:,\-]\s*)?(?:\(|{_QUOTE})?"
    rf"{_TITLED}?|{_LABEL})" + _NAME
)
PREFILTER = (
    r"\b(?:Dr|Drs|Mr|Mrs|Ms|Mx|Prof|Dra|Sra|Srta|Doctor|Miss)\b"
    r"|(?i:name[\"']?[ \t]*[:=]|surname|nombre)|(?im:^(?:first|last|middle) = )"
    r"|(?i:emergency\s+contact|next\s+of\s+kin|wife|husband|spouse|\bson\b|daughter"
    r"|mother|\bmom\b|father|\bdad\b|brother|sister|guardian|caregiver|grand|aunt|uncle"
    r"|niece|nephew|fianc|boyfriend|girlfriend|guarantor|referred\s+by|spoke\s+(?:with|to)"
    r"|talked\s+(?:with|to)|(?:my|his|her)\s+name\s+is|\battn\b"
    r"|in\s+(?:loving\s+)?(?:memory|honou?r|remembrance)\s+of"
    # word-bounded: "tio" is in every "-tion" word
    r"|espos[ao]|hij[ao]|madre|padre|mam[áa]|pap[áa]|herman[ao]|abuel[ao]|\bt[íi][ao]\b"
    r"|emergencia|me\s+llamo|se\s+llama|mi\s+nombre|habl[óé]\s+con)"
)

#: Where emails and calls frame a name: a sign-off with the name on the next line
#: ("Thanks,\nLinda Weiss"), a mail header ("From: Carlos Mendoza <cm@...>") or someone
#: saying who they are ("this is Robert Chen calling", "soy Guadalupe Ortiz y..."). These
#: frames also hold departments, teams and everyday words ("Regards,\nMarketing", "To:
#: Scheduling", "this is Urgent!"), so a framed name must be whole (a refused word anywhere
#: refuses it all) and either two words or more, or one word with what only a person has
#: after it: an email address in a header, or "calling", "speaking", "from" after "this
#: is"; or one known given name (:mod:`detectors.name_lexicon`). (Greetings, "Hi Jamal,",
#: are :mod:`detectors.given_names`': "Hi Team,", "Dear Friend,", "Hi Mom," are as common.)
_SIGN_OFF = (
    r"(?:thanks|thank[ \t]+you|regards|best[ \t]+regards|best|sincerely|cheers|warmly"
    r"|respectfully|gracias|saludos|atentamente)[ \t]*[,!.]?[ \t]*\n[ \t]*"
)
_HEADER = r"(?:^|(?<=\n))[ \t]*(?:from|to|cc|de|para)[ \t]*:[ \t]*"
_SELF = r"(?:this[ \t]+is|it['’]?s|soy)[ \t]+"
_FRAMED = re.compile(
    rf"(?<![{LETTER}])(?i:{_SIGN_OFF}|{_HEADER}|(?P<self>{_SELF})){_NAME}"
    r"(?=[ \t]*(?:[,.!?;:\n(]|$)|[ \t]*(?P<addr><)"
    r"|[ \t]+(?P<said>(?i:calling|speaking|from))\b|[ \t]+(?i:y|here|again)\b)"
)
#: A mailbox as mail headers and email-platform events write it, without a header label:
#: the display name before its address, alone or in a list (Mailgun's
#: ``message.headers.to`` = "Alice Example <alice@example.com>"), quoted or not (RFC 5322:
#: Gmail's ``"Carla Jimenez" <…>``). Two words or more: a
#: sender's one-word display name is a function or a brand as often ("Notifications",
#: "Noreply"), and without a ``To:`` label nothing says the mailbox is a person's.
_MAILBOX = re.compile(rf'(?:^|(?<=,))[ \t]*"?{_NAME}"?[ \t]*<(?P<local>[^<>@\s]+)@')
#: A quoted "Surname, Given" display name, as Outlook writes a directory entry
#: ('"Nguyen, Hoa" <hoa.nguyen@att.net>'): the comma is inside the quotes.
_SURNAME_FIRST_MAILBOX = re.compile(
    rf'(?:^|(?<=[,:]))[ \t]*"(?P<name>{_WORD},[ \t]{{1,2}}{_WORD}(?:[ \t]{_WORD})?)"'
    r"[ \t]*<(?P<local>[^<>@\s]+)@"
)
#: "my name is tyrone jackson i need a refill": after the strongest cues a chat's
#: lower-case name is taken too, one to three words up to a word that is no name.
_LOWER_WORD = rf"[{LOWER}][{LOWER}'’\-]+"
_LOWER_NAMED = re.compile(
    rf"(?<![{LETTER}])(?i:my\s+name\s+is|me\s+llamo|mi\s+nombre\s+es)[ \t]+"
    rf"(?P<name>{_LOWER_WORD}(?:[ \t]{_LOWER_WORD}){{0,2}})"
)
#: A name in the possessive before a relation word is a person's ("Mohammed Rahman's wife";
#: after "this is", also lower case: "this is jose's mom").
_KIN = (
    r"(?:mom|mother|mama|dad|father|papa|wife|husband|son|daughter|sister|brother|grandma"
    r"|grandpa|grandmother|grandfather|aunt|uncle|caregiver|guardian)\b"
)
_KIN_WORD = re.compile(_KIN)
_POSSESSIVE_KIN = re.compile(
    rf"(?<![{LETTER}'’])(?:(?i:this[ \t]+is|it['’]?s|i['’]?m)[ \t]+(?P<lower>{_LOWER_WORD})"
    rf"|(?P<name>(?:{_WORD}[ \t]){{0,2}}[{UPPER}][{LETTER}\-]*[{LOWER}]))['’]s[ \t]+(?i:{_KIN})"
)
#: A name right before its birth date, as logs, error messages and notes identify a
#: patient: "Duplicate patient record: Lakshmi Narayanan (DOB 1962-11-05)", "Jane Q. Doe,
#: DOB: 01/02/1980", "pt Maria Lopez d.o.b. 3/4/51". Two name words or more, whole, and
#: the birth date's digits after the label: a UI string or a form's heading ("Verify
#: Guarantor DOB", "Patient Intake DOB") has no value after it.
_BEFORE_DOB = re.compile(
    rf"(?<![{LETTER}'’])(?P<name>{_WORD}(?:{_JOIN}(?:{_INITIALS})?{_WORD}){{1,3}})"
    r"[ \t]*(?:[,(\-–][ \t]*)?(?i:dob\b|d\.o\.b\b\.?|date[ \t]+of[ \t]+birth\b)"
    r"[ \t:=#'\"]{0,4}\d"
)
DOB_PREFILTER = r"(?i:dob\b|d\.o\.b\b|date\s+of\s+birth\b)"
#: A name word of a printout, in capitals or not (two letters or more).
_CAP_WORD = rf"[{UPPER}][{LETTER}'’\-]+"
#: "PATIENT: WONG, DAVID", "Patient Name: Wong, David L" (see the module doc).
#: A clinician's label on a requisition, an order or a referral fax ("ORDERING PHYSICIAN:
#: SMITH, JOHN", "Referring Provider: Patel, Anita"): the project reports clinicians' names.
_CLINICIAN_LABEL = (
    r"(?:(?:ordering|referring|attending|treating|rendering|primary[ \t]+care)[ \t]+)?"
    r"(?:physician|provider|doctor|prescriber|clinician)"
    r"|(?:ordering|referring|attending|pcp)(?:[ \t]+md)?"
)
_SURNAME_FIRST = re.compile(
    rf"(?<![{LETTER}])(?i:(?:patient|pt|member|subscriber|insured|guarantor|resident"
    rf"|{_CLINICIAN_LABEL})(?:[ _\-]?name)?|name)[ \t]*:[ \t]*"
    rf"(?P<name>{_CAP_WORD}(?:[ \-]{_CAP_WORD})?,[ \t]{{1,2}}(?P<given>{_CAP_WORD})"
    rf"(?:[ \t](?P<third>[{UPPER}]\.?(?![{LETTER}])|{_CAP_WORD}))?)"
)
#: A printout's "Surname, Given" right before the patient's record number or birth date,
#: without a label before it, as a critical-result page or a secure-chat message quotes
#: the chart's banner ("Critical Hgb 6.2 on FIELDS, IRENE MRN 00677123", "re WONG, DAVID
#: DOB 3/22/49"): the given name must be a known one (:func:`_surname_first_name_span`)
#: and the label must have its digits after it.
_SURNAME_FIRST_BEFORE_ID = re.compile(
    rf"(?<![{LETTER}])(?P<name>{_CAP_WORD}(?:[ \-]{_CAP_WORD})?,[ \t]{{1,2}}(?P<given>{_CAP_WORD})"
    rf"(?:[ \t](?P<third>[{UPPER}]\.?(?![{LETTER}])|{_CAP_WORD}))?)"
    r"[ \t]*(?:[,(\-–][ \t]*)?(?i:mrn\b|dob\b|d\.o\.b\b\.?)[ \t:=#]{0,4}\d"
)
SURNAME_FIRST_ID_PREFILTER = (
    r",[ \t]{1,2}[A-Z][A-Za-z'\-]+(?:[ \t][A-Z][A-Za-z.'\-]*)?[ \t]*[,(\-]?[ \t]*"
    r"(?i:mrn|dob|d\.o\.b)"
)
SURNAME_FIRST_PREFILTER = (
    r"(?i:patient|\bpt|member|subscriber|insured|guarantor|resident|name|physician|provider"
    r"|doctor|prescriber|clinician|ordering|referring|attending|pcp|\bmd)[ \t]*:[ \t]*"
    r"[A-Z][A-Za-z'\-]+,"
)
FRAME_PREFILTER = (
    r"(?i:thanks|thank\s+you"
    r"|regards|\bbest\b|sincerely|cheers|warmly|respectfully|gracias|saludos|atentamente"
    r"|(?:from|to|cc|de|para)\s*:|this\s+is|it'?s\b|\bsoy\b|my\s+name|me\s+llamo"
    r"|mi\s+nombre|'s\s+(?:mom|mother|mama|dad|father|papa|wife|husband|son|daughter"
    r"|sister|brother|grand|aunt|uncle|caregiver|guardian)"
    r"|<[^<>@\s]+@)"
)
#: A clinician's degree or licence written after the name (``MD``, ``D.O.``, ``PA-C``,
#: ``FNP-BC``); not a bare ``PA`` (Pennsylvania: "State College, PA"). An athletic
#: trainer's certification and state licence (``ATC``, ``LAT``, ``LATC``), a physical
#: therapist's doctorate (``DPT``) and a registered dietitian's ``RDN`` sign an athletic
#: training or sports-medicine record as an MD signs a chart. Therapy practices, ABA
#: practices and early intervention programmes write their clinicians' the same way
#: ("Rachel Feinberg, BCBA", "Hannah Lutz, M.S., CCC-SLP", "Dana Cole, OTR/L"); a master's
#: degree only with both dots (``MS`` is Mississippi: "Jackson, MS"). A transplant
#: programme's coordinators sign with their certification (``CCTC``, a procurement
#: coordinator's ``CPTC``: "Megan Tran, RN, CCTC"). Chiropractic, acupuncture and massage
#: practices sign their charts and bookings the same way: a licensed acupuncturist's
#: ``L.Ac.`` and a doctorate of acupuncture's ``DACM``, a licensed massage therapist's
#: ``LMT`` (Washington's ``LMP``), and a doctor of chiropractic's ``DC``, read only after a
#: known given name (:data:`_PLACE_CREDENTIALS`). Addiction-treatment centres sign their
#: counsellors with a state's substance-abuse counselling licence or certification
#: ("Alyssa Greene, LISAC", ``LAC``, ``CADC-II``, ``LADC``, ``LCADC``, ``CASAC``, ``LCDC``,
#: ``NCAC-II``, ``MAC``; Colorado's ``CAS``, a certified addiction specialist who leads a DUI
#: programme's classes) and their therapists with a mental-health counselling licence
#: (``LMHC``, ``LCPC``, ``LPCC``), as a therapy practice signs with ``LPC``. Genetic
#: counsellors sign with their board certification (ABGC's ``CGC``) and, where a state
#: licenses them, ``LCGC`` or ``LGC`` ("Leah Brandt, MS, CGC" on a session note or a family
#: letter). A pharmacy's pharmacists sign their replies to a patient's question the same
#: way (a pharmacy brand's two-way texting export's "Priya Shah, PharmD", ``RPh``, a board
#: certification's ``BCPS`` or ``BCACP``); a technician's ``CPhT`` is the pharmacy's staff,
#: as an RBT is the practice's, and is not read.
_CREDENTIAL = (
    r"(?:M\.?D|D\.?O|NP|N\.P|PA-C|FNP(?:-[BC]{1,2})?|APRN|DNP|CNM|CRNP|DPM|DDS|DMD|MBBS"
    r"|ATC|LATC?|DPT|RDN|CCTC|CPTC|L?CGC|LGC"
    r"|BCBA(?:-D)?|BCaBA|CCC-SLP|OTR/L|LCSW|LPCC|LPC|LMFT|PsyD|Ph\.?D|M\.S\.|M\.A\."
    r"|LISAC|LAC|I?CADC(?:-I{1,3})?|CAADC|LADC|LCADC|CASAC|LCDC|CSAC|NCAC(?:-I{1,2})?"
    r"|MAC|LCAS|LMHC|LCPC|CAS"
    r"|L\.?Ac|DACM|DAOM|LMT|LMP|D\.?C"
    r"|Pharm\.?D|R\.?Ph|BCPS|BCACP)\.?"
)
#: Credentials that are also a place's code after a comma ("Washington, DC", "Holt, DC"
#: is a city of that name's district as often as a chiropractor's surname): a name before
#: them counts only when its first word is a known given name ("Evan Holt, DC").
_PLACE_CREDENTIALS = frozenset({"dc"})
#: A dietitian's bare ``RD``, read only after a comma ("Molly Greer, MS, RD"): after a
#: space it is a road ("Maple Grove RD"). So are a nurse's licence and degrees (a disaster
#: health services log's "Janet Okafor, RN", "Luis Pena, LPN", "Ana Ruiz, BSN"), which a
#: shelter's, a school's and a home health agency's records sign with as an MD does; a
#: record owner's column that holds the same name stays the practice's (detectors/staff.py).
_COMMA_CREDENTIAL = r",[ \t]*(?:RD|RN|LPN|LVN|BSN|MSN)\.?"
#: Academic degrees written between a name and a clinical credential ("Molly Greer, MS,
#: RD, CSSD", "Kim Lee, MEd, ATC"): alone after a name they are a state ("Jackson, MS").
_DEGREE = r"(?:MS|MA|MEd|MSc|MPH|MBA|PhD|EdD|BS|BA)\.?"
#: How a name is signed with a credential: degrees between, then a clinical credential
#: after a space or a comma, or a comma's bare RD or RN (:data:`_CREDENTIALED`'s tail).
_SIGNATURE = rf"(?:,[ \t]*{_DEGREE})*(?:,?[ \t]+(?P<credential>{_CREDENTIAL})|{_COMMA_CREDENTIAL})"
#: A whole value that is a clinician's name and credentials: "Hollis, Brandon DO", "Chen,
#: Wei-Lin MD", "Priya Raman, PA-C", "Anne K. Ostrowski, MD, FACC" as a scheduling, a
#: roster's or an ADT feed's ``provider`` column writes it.
_CREDENTIALED = re.compile(
    rf"[ \t]*(?:(?P<surname>{_CAP_WORD}(?:[ \-]{_CAP_WORD})?),[ \t]{{1,2}}"
    rf"(?P<given>(?!(?:{_DEGREE}|{_CREDENTIAL})(?![A-Za-z])){_CAP_WORD})(?:[ \t][{UPPER}]\.?)?"
    rf"|(?P<first>{_CAP_WORD})(?:[ \t][{UPPER}]\.)?[ \t](?P<last>{_CAP_WORD}))"
    + _SIGNATURE
    + r"(?:[ \t]*,[ \t]*[A-Z][A-Za-z./\-]{1,7})*[ \t]*"
)
#: What follows a name that is signed as a clinician's ("Shonda Wells, RN", "Kim Lee, MEd,
#: ATC"), matched at the name's end: :mod:`detectors.staff` reads such a name as the
#: practice's workforce, never as the record's own person.
SIGNED_CREDENTIAL = re.compile(_SIGNATURE + r"(?![A-Za-z])")
CREDENTIAL_PREFILTER = (
    rf"(?:[ ,]{_CREDENTIAL}|{_COMMA_CREDENTIAL})(?:\s*,\s*[A-Z][A-Za-z./\-]{{1,7}})*\s*$"
)
#: Words that end a lower-case name: what a chat says after it ("... i need", "... and").
_LOWER_STOP = frozenset(
    {"im", "am", "need", "needs", "calling", "looking", "trying", "y", "spelled"}
)

#: Capitalized words that follow these cues without being a name.
NOT_NAME_WORDS = frozenset(
    {"office", "offices", "portal", "billing", "department", "dept", "team", "support",
     "services", "service", "desk", "front", "line", "voicemail", "records", "scheduling",
     "nurse", "nurses", "provider", "providers", "pharmacy", "insurance", "name", "names",
     "patient", "patients", "pt", "the", "a", "an", "my", "our", "your", "his", "her",
     "their", "he", "she", "they", "we", "i", "it", "this", "that", "who", "and", "or",
     "called", "calls", "call", "said", "says", "asked", "wants", "will", "would", "is",
     "was", "has", "had", "left", "re", "about", "regarding", "appointment",
     "appt", "visit", "today", "yesterday", "tomorrow", "clinic", "hospital", "center",
     "unknown", "none", "na", "n/a", "not", "no", "yes", "same", "self", "info",
     "information", "contact", "number", "phone", "email", "address", "on", "in", "at",
     "for", "with", "to", "from", "of", "by", "also", "please", "thanks", "thank", "hi",
     "hello", "dear", "sir", "madam", "care", "caregiver", "guardian", "primary",
     "secondary", "emergency", "account", "accounts", "member", "subscriber", "plan",
     "policy", "group", "mychart", "zocdoc", "google", "facebook", "here", "dr", "drs",
     "mr", "mrs", "ms", "mx", "prof", "doctor", "miss",
     "dra", "sra", "srta", "doctora", "paciente", "cita", "oficina", "seguro", "su", "mi",
     "el", "la", "los", "las", "del", "de", "que", "llamó", "llamo", "dice", "quiere",
     # after a greeting, a sign-off or "this is": groups and organisations
     "all", "there", "everyone", "everybody", "folks", "guys", "health", "general",
     "medical", "medicine", "reminders", "reminder", "staff",
     # a programme's name after a bare ``name`` label ("Diabetes Prevention Program")
     "program", "programme", "programs", "programmes",
     # after "Dr.": brands and TV personas ("Dr. Pepper", "Dr. Scholl's", "Dr. Oz")
     "oz", "pepper", "scholl", "scholls", "martens", "seuss", "dre", "bronner", "teal",
     # a patient community's badges and roles after a relation word ("Caregiver
     # Champion", "Caregiver Ambassador", "Caregiver Spotlight"): a title, not a person
     "champion", "champions", "ambassador", "ambassadors", "spotlight", "warrior",
     "warriors", "hero", "heroes", "mentor", "mentors",
     # a hospital's unit after a relation word ("Mother-Baby Unit", "Mother/Infant"), and
     # a newborn's stand-in ("Baby Boy"): the unit's name or no name yet, not a person
     "baby", "babies", "infant", "infants", "newborn", "newborns"}
)  # fmt: skip
#: Refused words that, capitalized right after a name, make it a company's name ("Kelly
#: Services", "Mayo Foundation", "Jordan Team").
ORG_TAIL_WORDS = frozenset(
    {"services", "service", "support", "team", "insurance", "group", "health", "medical",
     "program", "programme"}
)  # fmt: skip
#: Words of a practice's or a facility's name ("Hi Tammy, this is Pawnee Dental.", a
#: Podium or Birdeye text thread; "Regards,\nLakeside Dermatology"). Only a framed name,
#: which must be whole, is refused for them: after "Dr." a "Wing" or a "Lab" is a surname.
PRACTICE_WORDS = FACILITY_WORDS | {
    "dental", "dentistry", "dentists", "orthodontics", "dermatology", "pediatrics",
    "orthopedics", "orthopaedics", "cardiology", "oncology", "radiology", "imaging",
    "urology", "podiatry", "optometry", "ophthalmology", "vision", "eyecare",
    "chiropractic", "wellness", "rehab", "rehabilitation", "therapy", "physicians",
    "associates", "urgent", "surgery", "surgical", "fertility", "hearing", "audiology",
    "smiles", "spa",
}  # fmt: skip
#: Field path words of catalog and marketing-copy fields (NER's list, and names of things),
#: and of a place's own name: a booking's ``Clinic`` or ``Store`` column holds the branch
#: ("MinuteClinic #4411 - Columbus"), whose city after a dash is no signature.
NOT_ABOUT_PEOPLE_WORDS = CATALOG_WORDS | {"name", "label"} | {"clinic", "store", "pharmacy"}
TITLE_WORDS = frozenset({"title", "headline", "tagline"})
#: Path words of a provider object or column (``provider.name``, ``co_providers[].name``),
#: whose ``name`` is a clinician's or a practice's.
PROVIDER_WORDS = frozenset({"provider", "providers"})
_CALENDAR = CALENDAR_WORDS | {
    "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun"
}  # fmt: skip


#: Path words of a field named for a relation: its value opens with the person's name.
RELATION_FIELD_WORDS = frozenset(
    {"kin", "spouse", "guardian", "guarantor", "caregiver", "wife", "husband", "emergencia"}
)
#: ... unless the field is about something else of that person (``spouse_employer``,
#: ``guarantor_relationship``, ``emergency_contact_phone``).
NOT_NAME_FIELD_WORDS = frozenset(
    {"employer", "company", "occupation", "relationship", "relation", "type", "phone"}
    | {"email", "address", "city", "state", "zip", "dob", "birth", "ssn", "id", "number"}
    | {"insurance", "plan", "policy", "group", "notes", "note", "comments"}
)
#: A name opening the value, after an optional title; the relation word itself ("Mother
#: 812-555-0199") is not a name, and one opening the value is left to the cued pattern.
_LEADING = re.compile(rf"[ \t]*(?!(?i:{_RELATION})\b)(?:{_TITLED})?{_NAME}")


#: Path words of a relative named as such (a consent's or an intake's ``Relative 1``, a
#: tracker's ``Relative``, ``relative_contact``): its value opens with the relative's name
#: ("Brooke Halvorsen (sister), 1412 Alder Ct"), as a next of kin's does.
RELATIVE_FIELD_WORDS = frozenset({"relative", "relatives"})
#: The only other words such a field may have: a relative's cancer, age at diagnosis or
#: test result (``Relative 1 Cancer`` = "Breast") is another attribute, never the name.
_RELATIVE_NAME_WORDS = frozenset({"name", "full", "contact", "info", "details"})


def _relation_field(profile: FieldProfile, path: str) -> bool:
    """A field named for a relation (see :data:`RELATION_FIELD_WORDS`, and "emergency
    contact" as two words: ``contact`` alone is the contact record itself), and not for
    another of that person's attributes, nor a question answered by a choice (an event
    registration's ``Are you a recipient, a donor or a caregiver?`` holds "Recipient"); or
    for a relative by that word alone, a number and a name's words
    (:data:`RELATIVE_FIELD_WORDS`)."""
    words = profile.words
    if profile.entity not in (None, ENTITY) or words & NOT_NAME_FIELD_WORDS:
        return False
    named = (
        relative_field(profile)
        or bool(words & RELATION_FIELD_WORDS)
        or {"emergency", "contact"} <= words
    )
    # the path is parsed only for the few fields named for a relation
    return named and not yes_no_question(path)


def relative_field(profile: FieldProfile) -> bool:
    """A field named for a relative by that word alone, a number and a name's words
    (:data:`RELATIVE_FIELD_WORDS`: ``Relative 1``, ``relative_contact``)."""
    words = profile.words
    if not words & RELATIVE_FIELD_WORDS:
        return False
    rest = words - RELATIVE_FIELD_WORDS - _RELATIVE_NAME_WORDS
    return all(w.isdigit() for w in rest)


def _relative_name(name: str) -> bool:
    """A relative's name as a family-history or a consent form writes it under a
    ``Relative`` column, where the relationship or the relative's cancer stand as often
    ("Maternal Aunt", "Breast Cancer", "Other"): two words or more, the first a known
    given name (:mod:`detectors.name_lexicon`), no refused word."""
    words = name.split()
    return len(words) > 1 and is_given_name(words[0]) and not _not_a_person(name)


class KeyedNameDetector:
    """Names after titles ("Dr.") and relation words ("Emergency contact", "wife")."""

    name = "keyed_names"
    entities = frozenset({ENTITY})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if not ctx.enabled(ENTITY):
            return
        # catalog, copy and machine fields are left out before any pattern runs
        readable = people_fields(ctx.profiles)[ctx.cells.hint_id]
        text = ctx.cells.text
        cued = ctx.candidates(PREFILTER, skip_system=True, among=readable).tolist()
        yield from _pattern_spans(text, cued, _CUED, _name_span)
        # a label line is followed by the name's: only cells with a line break are screened
        broken = ctx.containing("\n") & readable
        labelled = ctx.candidates(_LABEL_LINE_SCREEN, skip_system=True, among=broken)
        yield from _pattern_spans(text, labelled.tolist(), _LABEL_LINE, _label_line_span)
        relation = np.fromiter(
            (
                _relation_field(p, path)
                for p, path in zip(ctx.profiles, ctx.cells.paths, strict=True)
            ),
            dtype=bool,
            count=len(ctx.profiles),
        )
        if relation.any():
            relative = np.fromiter(map(relative_field, ctx.profiles), dtype=bool)
            hint = ctx.cells.hint_id
            for cell in np.flatnonzero(relation[hint] & readable).tolist():
                m = _LEADING.match(text[cell])
                span = _name_span(m) if m is not None else None
                if span is None or _not_a_person(name := text[cell][span[0] : span[1]]):
                    continue
                if relative[hint[cell]] and not _relative_name(name):
                    continue  # "Relative 1" = "Maternal Aunt": the relationship, no name
                yield Span(cell, span[0], span[1], ENTITY, SCORE, "regex")
        before_dob = ctx.candidates(DOB_PREFILTER, skip_system=True, among=readable).tolist()
        yield from _pattern_spans(text, before_dob, _BEFORE_DOB, _before_dob_span)
        inverted = ctx.candidates(SURNAME_FIRST_PREFILTER, skip_system=True, among=readable)
        yield from _pattern_spans(text, inverted.tolist(), _SURNAME_FIRST, _surname_first_name_span)
        banner = ctx.candidates(SURNAME_FIRST_ID_PREFILTER, skip_system=True, among=readable)
        yield from _pattern_spans(
            text, banner.tolist(), _SURNAME_FIRST_BEFORE_ID, _surname_first_name_span
        )
        credentialed = ctx.candidates(CREDENTIAL_PREFILTER, skip_system=True, among=readable)
        for cell in credentialed.tolist():
            m = _CREDENTIALED.fullmatch(text[cell])
            span = _credentialed_span(m) if m is not None else None
            if span is not None:
                yield Span(cell, span[0], span[1], ENTITY, SCORE, "regex")
        framed = ctx.candidates(FRAME_PREFILTER, skip_system=True, among=readable).tolist()
        for pattern, spanner in (
            (_FRAMED, _whole_name_span),
            (_MAILBOX, _mailbox_span),
            (_SURNAME_FIRST_MAILBOX, _surname_first_span),
            (_LOWER_NAMED, _lower_name_span),
            (_POSSESSIVE_KIN, _possessive_span),
        ):
            yield from _pattern_spans(text, framed, pattern, spanner)


def _pattern_spans(
    text: Sequence[str],
    cells: list[int],
    pattern: re.Pattern[str],
    spanner: Callable[[re.Match[str]], tuple[int, int] | None],
) -> Iterator[Span]:
    """A NAME span for each match of ``pattern`` in each of ``cells`` that ``spanner``
    keeps (it trims the match to the name, or refuses it)."""
    for cell in cells:
        for m in pattern.finditer(text[cell]):
            span = spanner(m)
            if span is not None:
                yield Span(cell, span[0], span[1], ENTITY, SCORE, "regex")


def not_about_people(profile: FieldProfile) -> bool:
    """Catalog and copy fields name brands and products after these cues ("Mr. Clean",
    "Brother Printer Ink", "Mom Jeans Sale"): product and item names, banners and
    campaigns are not read unless the field is a free-text one (notes, messages); page
    titles and headlines never are (a doctor's bio page title is NER's to read). A field
    named for a person's name is read: a joint addressee the field-name check cannot take
    whole (``Constituent Name`` = "Dr. and Mrs. Philip Haskell") still holds a name."""
    if profile.entity == ENTITY:
        return False
    if profile.words & TITLE_WORDS:
        return True
    if "account" in profile.words and "name" in profile.words:
        # a CRM account's name is a company's or a person account's (Veeva's HCPs, Health
        # Cloud's patients): only a title cue ("Dr. Samuel Otieno") reads it as a person
        return False
    if "name" in profile.words and profile.words & PROVIDER_WORDS:
        # a provider's name (a good-faith estimate's ``co_providers[].name``, a plan
        # finder's saved ``providers[].name``, a booking's or a symptom checker's hand-off's
        # ``provider.name`` and ``selectedProvider.name``) is a practice's or a clinician's:
        # as for an account, only a title or a credential ("Dr. Anita Rao", "Maya Gutierrez,
        # MD") reads it as a person, and the project reports clinicians' names (an insurer's
        # or an identity provider's name has neither)
        return False
    return not profile.free_text and bool(profile.words & NOT_ABOUT_PEOPLE_WORDS)


def people_fields(profiles: Sequence[FieldProfile]) -> np.ndarray:
    """Per field profile (hint path): True unless :func:`not_about_people` leaves it out;
    the mask the name families and the health families read by index the hint ids with."""
    return ~np.fromiter(map(not_about_people, profiles), dtype=bool, count=len(profiles))


def _label_line_span(m: re.Match[str]) -> tuple[int, int] | None:
    """:func:`_name_span` of a name under its label line; a bare "Name" without a colon
    (a column's or a section's heading as often) takes only two words or more."""
    span = _name_span(m)
    if span is None or m.group("colon") or m.group("named"):
        return span
    return span if len(m.string[span[0] : span[1]].split()) > 1 else None


def _name_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The name's span without the words at its end that are no part of it, or None."""
    if m.string[m.end("name") : m.end("name") + 1] == "_":
        return None  # glued to an underscore: a file's or a token's name (``Lab_Results_…``)
    start = m.start("name")
    words = list(re.finditer(r"\S+", m.group("name")))
    kept: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []  # particles and initials, kept only before a name word
    for w in words:
        key = _key(w.group())
        if _is_joiner(w.group(), key):
            pending.append(w)
            continue
        if not kept and _KIN_WORD.fullmatch(key):
            # a second cue opening the name ("Hi Mom and Dad,\nGrandpa Walt"): skip it
            pending.clear()
            continue
        if key in NOT_NAME_WORDS or key in _CALENDAR or PAYER_NAME.fullmatch(key):
            if kept and not pending and key in ORG_TAIL_WORDS and w.group()[0].isupper():
                return None  # "Referred by Kelly Services": a company named for a person
            break
        kept.extend(pending)
        pending.clear()
        kept.append(w)
    if not kept:
        return None
    end = start + kept[-1].end()
    # a possessive is no part of the name ("Dr. Kim's office" -> "Kim")
    last = kept[-1].group()
    if last.endswith(("'s", "’s")) and len(last) > 2:
        end -= 2
    return start + kept[0].start(), end


def refused_word(key: str) -> bool:
    """A word no name holds: a refused word, a calendar word, a payer, a brand or a portal."""
    return (
        key in NOT_NAME_WORDS
        or key in _CALENDAR
        or key in BRANDS
        or key in PLATFORMS
        or PAYER_NAME.fullmatch(key) is not None
    )


def _key(word: str) -> str:
    return word.lower().strip(".,'’").removesuffix("'s").removesuffix("’s")


def _whole_name_span(m: re.Match[str]) -> tuple[int, int] | None:
    """A framed name's span (see :data:`_FRAMED`): whole, no payer in it ("Regards,\nBlue
    Cross"), and two words or more unless an address or a caller's verb follows it. A
    header's name before a role mailbox ("From: Appointments <appointments@...>") is the
    mailbox's function, as :func:`_mailbox_span` decides without the label."""
    name = m.group("name")
    if _not_a_person(name):
        return None
    if m.group("addr") and role_mailbox(_local_part(m.string, m.end("addr")) + "@"):
        return None
    if len(name.split()) < 2 and not (
        m.group("addr") or (m.group("self") and m.group("said")) or is_given_name(name)
    ):
        return None
    return _name_span(m)


def _local_part(text: str, at: int) -> str:
    """The local part of the address that starts at ``at`` (after its ``<``), or ""."""
    end = text.find("@", at, at + 80)
    return text[at:end] if end >= 0 else ""


def _before_dob_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The name before a birth date (see :data:`_BEFORE_DOB`), past the refused words that
    open it ("Patient Maria Lopez DOB" -> "Maria Lopez"): two words or more, naming no
    practice or payer ("Lakeside Dermatology DOB 3/4/51", "Blue Cross DOB 3/4/51")."""
    words = list(re.finditer(r"\S+", m.group("name")))
    while words and refused_word(_key(words[0].group())):
        words.pop(0)
    if len(words) < 2:
        return None
    start = m.start("name")
    first, end = start + words[0].start(), start + words[-1].end()
    if _not_a_person(m.string[first:end]):
        return None
    return first, end


def _mailbox_span(m: re.Match[str]) -> tuple[int, int] | None:
    """A mailbox's display name, whole, of two words or more and naming no one else
    ("Valley Clinic <bob@...>", "Appointment Reminders <noreply@...>" are refused), before
    an address that is no role mailbox (:func:`detectors.senders.role_mailbox`)."""
    name = m.group("name")
    if len(name.split()) < 2 or _not_a_person(name):
        return None
    if role_mailbox(m.group("local") + "@"):
        return None  # "Mail Delivery Subsystem <mailer-daemon@...>": a function's mailbox
    return _name_span(m)


def _surname_first_span(m: re.Match[str]) -> tuple[int, int] | None:
    """A quoted "Surname, Given" display name's span, naming no one else and before an
    address that is no role mailbox."""
    name = m.group("name").replace(",", " ")
    if _not_a_person(name) or role_mailbox(m.group("local") + "@"):
        return None
    return m.start("name"), m.end("name")


def _surname_first_name_span(m: re.Match[str]) -> tuple[int, int] | None:
    """A labelled "Surname, Given" name's span, when the given name is a known one and no
    word of it is refused; a third word only as an initial or a known given name."""
    if not is_given_name(m.group("given")):
        return None
    end = m.end("name")
    third = m.group("third")
    if third is not None and len(third.rstrip(".")) > 1 and not is_given_name(third):
        end = m.end("given")
    # the refused words are looked for in the third word too, even when it is not kept:
    # "Provider: Lakeside, Grace Clinic" is a practice
    if _not_a_person(m.group("name").replace(",", " ")):
        return None
    return m.start("name"), end


def _credentialed_span(m: re.Match[str]) -> tuple[int, int] | None:
    """A whole value's clinician name before a credential (:data:`_CREDENTIALED`), when one
    of its words is a known given name or surname and none is refused ("Lakeside Clinic,
    DO" is no one): the project reports clinicians' names."""
    if m.group("surname") is not None:
        first, last, start, end = m["given"], m["surname"], m.start("surname"), m.end("given")
    else:
        first, last, start, end = m["first"], m["last"], m.start("first"), m.end("last")
    if not (is_given_name(first) or is_surname(last.split()[-1])):
        return None
    credential = (m["credential"] or "").replace(".", "").lower()
    if credential in _PLACE_CREDENTIALS and not is_given_name(first):
        return None
    if _not_a_person(f"{first} {last}"):
        return None
    return start, end


def _not_a_person(name: str) -> bool:
    """A framed or mailbox name that holds a refused word, a practice's word or a payer's
    name ("Regards,\nBlue Cross", "this is Pawnee Dental"): it names no one."""
    keys = [_key(w) for w in name.split()]
    if any(refused_word(k) or k in PRACTICE_WORDS for k in keys):
        return True
    return PAYER_NAME.search(name) is not None


def _lower_name_span(m: re.Match[str]) -> tuple[int, int] | None:
    """A lower-case name's span: its words up to the first that is no name ("tyrone
    jackson i need" -> "tyrone jackson")."""
    start = m.start("name")
    end = start
    for w in re.finditer(r"\S+", m.group("name")):
        key = _key(w.group())
        if key in _LOWER_STOP or refused_word(key):
            break
        end = start + w.end()
    return (start, end) if end > start else None


def _possessive_span(m: re.Match[str]) -> tuple[int, int] | None:
    """The name before "'s wife" ("Mohammed Rahman", "jose"), unless it is a refused word
    ("Patient's wife", "Dr's mom") or a lone eponymous condition: "Alzheimer's caregiver"
    and "Parkinson's caregiver" name a disease, not a person ("Maria Parkinson's wife",
    two words, is still a name)."""
    group = "lower" if m.group("lower") else "name"
    words = m.group(group).split()
    if any(refused_word(_key(w)) for w in words):
        return None
    if len(words) == 1 and _key(words[0]) in EPONYMS:
        return None
    return m.start(group), m.end(group)


#: Particles that are also words this module refuses when capitalized ("Hija: La
#: paciente"): between name words they are part of the name ("Dr. De La Cruz").
_PARTICLE_WORDS = frozenset({"de", "del", "la", "las", "los", "el"})
_INITIAL = re.compile(rf"(?:[{UPPER}]\.)+")


def _is_joiner(word: str, key: str) -> bool:
    """A word that belongs to the name only when a name word follows it: a lower-case
    particle, a capitalized one that is also a refused word, or an initial."""
    return (
        (word[0].islower() and key in _PARTICLES)
        or key in _PARTICLE_WORDS
        or _INITIAL.fullmatch(word) is not None
    )


@register("keyed_names")
def _factory(config: EngineConfig) -> KeyedNameDetector | None:
    return KeyedNameDetector() if ENTITY in config.entities else None
