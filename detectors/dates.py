"""DATE and AGE_OVER_89: dates related to an individual, and ages over 89.

Analytics exports are full of dates that are *not* about a person: event timestamps,
record creation times, sale end dates, publication dates. So the score of a date depends
on what it is about, decided by the nearest context word around it (and the field path):

* birth, admission, discharge, appointment, visit, surgery, death words (``DOB``,
  ``admitted``, ``appt``, ``follow-up``) or a field like ``dob`` / ``appointment_date``:
  0.9-0.95, partial dates (``March 14``, ``March 2024``, ``5/21``) included;
* promotional or publishing words (``sale ends``, ``offer valid until``, ``utm``,
  ``published``) nearest to the date: not reported;
* weak words (``date``, ``today``): a full date 0.7, a partial one 0.6;
* no context: a full date inside free text 0.6, a field holding just a date 0.55; partial
  and two-digit-year dotted dates (``21.5.21``, often a version) are not reported.

Never in system fields (``event_timestamp``, ``CreatedDate``, ``sentAt``), never in user
agents, never epoch numbers (no digit run without separators is read as a date). Every
match is checked against the calendar (no 02/30/2024).

A date split into parts under a date field (Blackbaud's SKY API writes a constituent's
``birthdate`` and ``deceased_date`` as fuzzy dates, ``{"d": 9, "m": 4, "y": 1953}``) has
its day and month reported whole; the year alone is no Safe Harbor date.

AGE_OVER_89 is an age of 90-125 after ``age``/``aged`` or before ``years old`` / ``yo``
(the span is the number, so redaction can write ``90+``), or the whole value of a field
whose path has the word ``age``.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

import numpy as np

from detectors.config import EngineConfig
from detectors.context import FieldProfile, ScanContext
from detectors.field_names import key_tokens, profile_path
from detectors.keyed import LABEL_START, LABEL_START_RE2
from detectors.latin import LOWER
from detectors.registry import register
from detectors.spans import Occupied, Span

_INDEX = re.compile(r"\[\d*\]$")
_MON3 = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
#: Spanish month names, spelled out (their abbreviations are English words: "ago", "dic").
_MESES_IN_ORDER = (
    "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
    "octubre", "noviembre", "diciembre",
)  # fmt: skip
_MES_NUMBER = {m: i for i, m in enumerate(_MESES_IN_ORDER, start=1)} | {"setiembre": 9}
_MESES = "|".join(_MES_NUMBER)
#: RE2 prefilter (one pass for dates and ages): separated digit groups that can be a date
#: (not the inside of a dotted quad: RE2 has no lookahead, so the end is spelled out), a
#: month name next to digits, a ``5/21``-style pair, or an age phrase.
#: People an age in a note is about: "Mom is 91", "my father (92)", "patient turned 95".
_KIN = (
    r"(?:mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|grandparent|husband"
    r"|wife|spouse|partner|patient|pt|he|she|aunt|uncle|son|daughter|brother|sister|client)"
)
#: How a note says a person's age: "is 91", "turned 95".
_SAID = r"(?:is|was|turned|turns|just\s+turned|will\s+be)"
#: The courtesy titles before a name whose age follows it ("Mrs. Eleanor Vance, 94,").
_COURTESY_TITLE = r"(?:Mrs?|Ms|Miss|Mx)"
PREFILTER = (
    r"\d[/.\-]\d{1,2}[/.\-](?:\d{4}|\d{2})(?:$|[^\d.]|\.$|\.[^\d])|\d{4}[/.\-]\d{1,2}[/.\-]\d"
    rf"|(?i:{_MON3})[a-zA-Z]{{0,6}}\.?,?[ \-]{{1,3}}\d"
    rf"|\d(?i:st|nd|rd|th)?(?: of)?[ \-]{{1,3}}(?i:{_MON3})"
    rf"|\d\s{{1,3}}(?i:de)\s{{1,3}}(?i:{_MESES})"
    r"|\b\d{1,2}/\d{1,4}\b"
    r"|(?i:"
    + LABEL_START_RE2
    + r"age[ds]?\b|\d[ \-]{0,2}(?:years?|yrs?)[ \-]{1,2}old|\d ?(?:yo\b|y/o|y\.o))"
    + rf"|(?i:\b{_KIN}(?:\s+{_SAID}\s+|\s*\(|['’]s\s+)\d\d)"
    + r"|(?i:\bi(?:['’]m|\s+am)\s+\d\d)"
    + rf"|\b{_COURTESY_TITLE}\.?\s+[A-Z][a-z'’\- A-Z]{{1,40}},\s{{1,2}}\d\d"
    + r"|(?i:dob|d\.o\.b|birth|born)[^\d\n]{0,4}\d{8}"
    + r"|\d\s?[年년]\s?\d|\d\s+(?i:tháng)\s+\d"
)

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])"
)
_YEAR4 = r"(?:1[89]|20)\d{2}"
_TIME = (
    r"(?:(?:T|\s)\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?"
    r"(?:\s?(?:Z|UTC|GMT|[AP]M)|\s?[+\-]\d{2}(?::?\d{2})?)?)?"
)
#: A colon after a word is a label's ("DOB:03/14/1962", "Appt:5/21"): a form or a key:value
#: dump glues the value to it. After a digit it is a time's or a ratio's ("10:03/14").
_LABEL_COLON = r"(?<=[^\W\d_]:)"
_NUM_LEFT = rf"(?:(?<![\w/.:+\-])|{_LABEL_COLON})"
_NUM_RIGHT = r"(?!\w|[/.\-:]\d|-\w)"  # not inside a longer code: 2024-03-14-A, 1.2.3.4

#: All-numeric dates in one pattern (one scan of the text instead of three):
#: ``1985-03-14[T10:00:00Z]``, ``03/14/1985``, ``14.03.85``, and partial ``5/21``, ``05/2021``.
#: Last, a month and day whose year runs into a word (``DOB 03/14/1985jane@x.com``): the
#: year may belong to what follows (here an email takes it), but the month and day are
#: still an element of a date, and would be left next to that email's tag.
_NUMERIC = re.compile(
    rf"(?=\d){_NUM_LEFT}(?:(?:"
    rf"(?P<iy>{_YEAR4})(?P<is>[-/.])(?P<im>\d{{1,2}})(?P=is)(?P<id>\d{{1,2}}){_TIME}"
    rf"|(?P<a>\d{{1,2}})(?P<s>[-/.])(?P<b>\d{{1,2}})(?P=s)(?P<y>{_YEAR4}|\d{{2}}){_TIME}"
    rf"|(?P<pa>\d{{1,2}})/(?P<pb>\d{{4}}|\d{{1,2}})"
    rf"){_NUM_RIGHT}"
    rf"|(?P<ga>\d{{1,2}})(?P<gs>[-/.])(?P<gb>\d{{1,2}})(?=(?P=gs)(?P<gy>{_YEAR4})[^\W\d_]))",
    re.IGNORECASE,
)
_MDY_NAME = re.compile(
    rf"(?<![\w])({_MONTH})\.?(?:\s{{1,3}}|-)(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?!\d)"
    rf"(?:(?:,\s{{0,3}}|\s{{1,3}}|-)(?P<y>{_YEAR4}))?(?!\w)",
    re.IGNORECASE,
)
_DMY_NAME = re.compile(
    rf"(?:(?<![\w.,/:\-])|{_LABEL_COLON})(?P<d>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s{{1,3}}of\s{{1,3}}|\s{{1,3}}|-)"
    rf"({_MONTH})\.?(?:(?:,?\s{{1,3}}|,)(?P<y>{_YEAR4})|-(?P<y2>{_YEAR4}|\d{{2}}))?(?!\w)",
    re.IGNORECASE,
)
_MY_NAME = re.compile(
    rf"(?<![\w])({_MONTH})\.?(?:,?\s{{1,3}}|-)(?P<y>{_YEAR4}){_NUM_RIGHT}", re.IGNORECASE
)

#: Spanish day, month and year: "15 de marzo de 1985", "3 de mayo" (forms and notes on
#: US health systems' Spanish pages).
_DMY_ES = re.compile(
    rf"(?<![\w.,/:\-])(?P<d>\d{{1,2}})\s{{1,3}}de\s{{1,3}}(?P<mes>{_MESES})(?![a-z])"
    rf"(?:,?\s{{1,3}}(?:de|del)\s{{1,3}}(?P<y>{_YEAR4})(?!\d))?",
    re.IGNORECASE,
)

#: Chinese, Japanese and Korean year-month-day: "1985年3月14日", "1985년 3월 14일" (forms and
#: messages from a health system's translated pages).
_YMD_CJK = re.compile(
    rf"(?<!\d)(?P<y>{_YEAR4})\s?[年년]\s?(?P<m>\d{{1,2}})\s?[月월]\s?(?P<d>\d{{1,2}})\s?[日일号]?"
)
#: Vietnamese day, month and year: "ngày 14 tháng 3 năm 1985", "14 tháng 3, 1985".
_DMY_VI = re.compile(
    rf"(?<![\w.,/:\-])(?:(?i:ngày)\s{{1,3}})?(?P<d>\d{{1,2}})\s{{1,3}}(?i:tháng)\s{{1,3}}"
    rf"(?P<m>\d{{1,2}})(?:(?:,?\s{{1,3}}(?i:năm)|,)\s{{1,3}}(?P<y>{_YEAR4}))?(?!\d)"
)
#: Birth and appointment words of unspaced scripts (no word to tokenize), read in the
#: dozen characters before a date: 出生日期1962年7月3日, 생년월일: 1985년 3월 14일.
_CJK_STRONG = ("出生", "生日", "预约", "預約", "就诊", "就診", "생년월일", "출생", "생일", "예약")

#: What may follow a number that is not an age ("he is 95% sure", "she is 95 lbs").
_NOT_AN_AGE = (
    r"(?!\d|[.,]\d|\s*(?:%|percent|lbs?\b|pounds|kg\b|mg\b|degrees|bpm|min\b|minutes|hours"
    r"|days|weeks|months|mmhg|cm\b|inches|ft\b|feet|miles|times|x\b))"
)
#: A courtesy title and a capitalized name of up to three words ("Mrs. Eleanor Vance"),
#: case-sensitive inside the otherwise case-insensitive age pattern.
_TITLED_NAME = rf"(?-i:\b{_COURTESY_TITLE}\.?\s+[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){{0,2}})"
_AGE = re.compile(
    LABEL_START + r"age[ds]?\s{0,2}(?:[:=#]\s{0,2}|of\s{1,2}|is\s{1,2})?(?P<a>\d{2,3})(?!\d|[.,]\d)"
    r"|(?<![\w.])(?P<b>\d{2,3})[\s\-]{0,2}(?:years?|yrs?)[\s\-]{1,2}old\b"
    r"|(?<![\w.])(?P<c>\d{2,3})\s?(?:yo|y/o|y\.o\.?)(?![a-z])"
    rf"|\b{_KIN}\s+{_SAID}\s+(?P<d>\d{{2,3}}){_NOT_AN_AGE}"
    rf"|\b{_KIN}\s*\((?P<e>\d{{2,3}})\)"
    # the spoken contraction, as call transcripts and AI call summaries write it ("she's 91
    # and just got out of the hospital"); an ordinal or a ratio is no age ("mom's 90th")
    rf"|\b{_KIN}['’]s\s+(?P<f>\d{{2,3}})(?![\w/]){_NOT_AN_AGE}"
    # the person's own age in a question to a pharmacist or a chat ("I'm 93 and on
    # Eliquis", "I am 91 years young"), with the same exclusions ("I'm 95% sure")
    rf"|\bI(?:['’]m|\s+am)\s+(?P<g>\d{{2,3}})(?![\w/]){_NOT_AN_AGE}"
    # an age set off after a titled name, as call and liaison notes write it ("Mrs.
    # Eleanor Vance, 94, referred for TAVR"): capitals kept, the number between commas
    rf"|{_TITLED_NAME},\s{{1,2}}(?P<h>\d{{2,3}})(?=\s*[,;)]|\s*$)",
    re.IGNORECASE,
)
_KIN_HINT = re.compile(rf"\b(?:{_KIN}|I['’]m|I\s+am)\b|{_TITLED_NAME}", re.IGNORECASE)
_AGE_VALUE = re.compile(r"\s*(\d{2,3})(?:\.0+)?(?:\s*(?:years?|yrs?|y))?\s*", re.IGNORECASE)
#: A lower-case word, accents kept ("nací", "cirugía": Spanish context words).
_TOKEN = re.compile(rf"[{LOWER}]+")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z][a-z])")
_AGE_HINTS = ("age", "old", "yo", "y/o", "y.o")

_MONTHS = {m: i for i, m in enumerate(_MON3.split("|"), start=1)}

#: Words that tie a date to an individual's life or care.
STRONG_WORDS = frozenset(
    {"dob", "born", "birth", "birthday", "birthdate", "bday", "admission", "admitted", "admit",
     "discharge", "discharged", "appointment", "appointments", "appt", "appts", "visit",
     "visits", "visited", "seen", "seeing", "surgery", "surgical", "procedure", "died", "death",
     "deceased", "dod", "scheduled", "rescheduled", "follow", "followup", "onset",
     "diagnosed", "encounter", "consult", "dos", "booked", "booking", "rebooked", "due",
     "arrive", "arrival", "checkin", "reschedule", "cancel", "canceled", "cancelled",
     # a pregnancy's dates in a hotline's or a clinic's note ("LMP 8/19", "EDD 3/2"): the
     # last menstrual period and the due date it gives, dated by the person's own body
     "lmp", "lnmp", "edd", "edc",
     # a prescription's refill in a pharmacy's or a DTC brand's text ("your atorvastatin
     # refill is ready for delivery on 11/04", "refill due 11/15"): the patient's own fill,
     # as a fill date field is theirs (detectors/field_names.py)
     "refill", "refills",
     # Spanish, with and without accents (people type both)
     "nacimiento", "nací", "naci", "nació", "nacio", "nacido", "nacida", "cita", "citas",
     "consulta", "cirugía", "cirugia", "ingreso", "ingresado", "ingresada", "falleció",
     "fallecio", "programada", "programado", "reprogramar", "cancelar",
     # Vietnamese "sinh ngày" / "ngày sinh" (born on), "lịch hẹn" (appointment)
     "sinh", "hẹn"}
)  # fmt: skip
#: Words that make a date about an offer or a publication, not a person.
SUPPRESS_WORDS = frozenset(
    {"sale", "sales", "offer", "offers", "promo", "promos", "promotion", "promotional",
     "coupon", "coupons", "expires", "expire", "expiry", "expiration", "exp", "valid", "ends",
     "ending", "deal", "deals", "campaign", "campaigns", "utm", "discount", "discounts",
     "sweepstakes", "giveaway", "published", "posted", "updated", "released", "release",
     "launch", "launched", "copyright", "webinar", "newsletter", "edition", "banner", "publish",
     "headline", "announcement", "tagline",
     "oferta", "ofertas", "promoción", "promocion", "válida", "valida", "válido", "valido",
     "vence", "descuento", "boletín", "boletin", "publicado", "campaña"}
)  # fmt: skip
WEAK_WORDS = frozenset(
    {"date", "dated", "today", "yesterday", "tomorrow", "fecha", "hoy", "ayer", "mañana"}
)
#: Field path words of a person's own free text (CRM notes, form answers, messages): a
#: month and day there ("see you on may 8") is about that person, unlike in page titles.
PERSONAL_TEXT_WORDS = frozenset(
    {"note", "notes", "description", "comment", "comments", "message", "messages", "body",
     "answer", "answers", "response", "feedback", "reason", "details", "chat", "transcript"}
)  # fmt: skip
#: Field path words of a person's own account of what happened: a crowdfunding
#: campaign's ``story`` (GoFundMe, GiveSendGo: "On January 14, 2024 my dad suffered a
#: stroke"), a "share your story" form's answer. The campaign there is a fundraiser for
#: one person, not a marketing send, so its path words do not make the dates an offer's
#: (the text's own cues, "sale", "expires", still do).
NARRATIVE_WORDS = frozenset({"story", "stories"})
#: Field path words of person-date fields (``dob``, ``appointment_date``, ``admit_dt``).
FIELD_WORDS = frozenset(
    {"dob", "birth", "birthdate", "birthday", "bday", "born", "appointment", "appt", "admit",
     "admission", "admitted", "discharge", "discharged", "visit", "death", "dod", "deceased",
     "surgery", "procedure", "service", "dos", "encounter", "followup", "scheduled", "onset",
     # an exam's and an imaging study's day (a perio chart's ``ExamDate``, DICOM's
     # ``StudyDate`` = "20240903", a sleep study's): the patient's date of care
     "exam", "study",
     # a specimen's collection as a lab's or a screening vendor's flat file abbreviates it
     # (``COLL_DT`` = "20250311", ``coll_date``): the day the person's blood was drawn
     "coll",
     "nacimiento", "cita",
     # a person's move (a new-mover list's ``MOVE_DATE``, NCOA's move effective date,
     # ``NCOA_MOVEDATE``): when they came to live at an address
     "move", "moved", "movedate", "moveeffdate",
     # an employee's hire (an 834-like census's ``HIRE_DT`` = "20190408", an HRIS
     # export's ``Date Hired``): the day the person's employment, and coverage, began
     "hire", "hired"}
)  # fmt: skip
#: Field path words of dates that belong to a price, a formulary, a sales territory or a
#: weekly report, not to a person: a drug's ``WAC Effective Date``, a formulary's
#: ``Formulary Effective``, a script report's ``week_start``, a rep's ``Alignment
#: Effective``. Only when no person word is in the path too (``FIELD_WORDS`` are checked
#: first). ``effective``, ``valid``, ``transaction`` and ``invoice`` alone are left out on
#: purpose: a member's Medicare ``Part B Effective`` date, a card's validity on one
#: patient's card, a pharmacy claim's transaction date are a person's dates as often.
OFF_PERSON_FIELD_WORDS = frozenset(
    {"week", "weekly", "wac", "awp", "alignment", "formulary",
     # a direct-mail job's own dates: when the pieces were mailed or dropped, when a reply
     # card was keyed in, when a nixie was scanned back (``RTS``), when a row was added to
     # a suppression list; every piece of a drop carries the same ones
     "mail", "mailed", "drop", "dropped", "inhome", "keyed", "key", "rts", "added",
     # a vendor's service-level clock (a case's ``sla_due``), and a device fleet's
     # software rollout (``rollout_started``, ``firmware_released``): not a person's
     "sla", "rollout", "firmware",
     # a clinic's equipment upkeep (an audiometer's ``calibrated_on``, a ``Calibration
     # Date``): the instrument's, whoever it tests later
     "calibrated", "calibration",
     # and a table's or a device's service visit (a clinic inventory's ``last_serviced``,
     # ``Serviced On``): the equipment's upkeep; a patient's date of service keeps its own
     # ``service`` word, read first
     "serviced",
     # a test kit lot's or an assay's quality-control run (a lot release's ``qc_date``,
     # ``QC Released``): the batch's, whoever is tested with it later
     "qc",
     # a stock count (a clinic's naloxone or supply inventory's ``Last Counted``, a cycle
     # count's ``counted_on``, ``Restocked``): the shelf's upkeep, whoever is given the
     # stock later
     "counted", "inventoried", "restocked",
     # an email or SMS campaign's send (``send_date``, a summary's ``Send Date``): when the
     # sender sent it, the same for every recipient of the send; and a review or survey
     # request's (a Podium-like export's ``Invite Sent``, ``Request Sent``): the sender's
     # clock, as a message's ``sent_at`` is
     "send", "sends", "sent",
     # a class's, a seminar's or a course's own day, and the day a ticket is for
     # (Eventbrite's ``Date Attending``): every attendee of the session shares it
     "class", "classes", "course", "courses", "seminar", "seminars", "workshop", "workshops",
     "attending",
     # a sale's own date (a med spa's package ``Sold On``, a gift card's ``Purchased``):
     # the practice's till, as an order's timestamps are the store's
     # (tests/test_health_commerce.py); the care it pays for has dates of its own. So is
     # an invoice's or a subscription renewal's ``Paid On`` (Chargebee's, a DTC lab kit
     # store's: tests/test_dtc_lab_testing_kits.py), the till's ``Paid at`` without its
     # clock; a claim line's date of service keeps its own word
     "sold", "purchased", "paid",
     # and a membership's or a wellness plan's card charge (``Last Charged``, a recurring
     # billing export's ``charged_at``): the same till's clock
     "charged",
     # a payroll's calendar (a deduction or HSA contribution file's ``Pay Date``, ``Pay
     # Period End``, ``Payroll Date``): every employee paid in the run shares it
     "pay", "payroll", "paycheck",
     # a plan year's or a fiscal year's bounds (``plan_year_start``, ``Plan Year End``) and
     # a file's own stamps (an eligibility file header's ``file_creation_date``)
     "year", "file",
     # an ad campaign's or a line item's flight (``flight_start``, ``Flight End Date``):
     # when the media runs, the same for every person it reaches
     "flight", "flights",
     # a league's or a tournament's calendar (a stats feed's ``gameDate``, a bracket's
     # ``tip_off``, ``kickoff``, a fixture list): the game's, the same for every player on
     # both rosters
     "game", "games", "tip", "tipoff", "kickoff", "fixture", "fixtures",
     # a unit's or a slot's own availability (a senior-living inventory's ``Available
     # Date``, Yardi's ``availableOn``): the landlord's calendar, not a resident's
     "available", "availability",
     # an employer's calendar: a referral bonus's or a payroll's payout, a credentials
     # committee's meeting (every provider on its agenda shares it)
     "payout", "payouts", "committee",
     # a board's or a team's meeting (a tumour board's ``meeting_date``): every case on
     # its agenda shares it, as a committee's does
     "meeting", "meetings",
     # a compounded dose's beyond-use date (an oncology pharmacy's ``BUD``): when the bag
     # must be discarded, the preparation's clock, not the patient's
     "bud", "beyond",
     # a remittance's clocks (an 835 summary's ``remit_date``, ``ERA Date``, an EFT's or a
     # lockbox's ``eft_date``): the payer's payment run, the same for every claim it pays;
     # a claim line's date of service keeps its own word. Not ``deposit``: a resident's
     # deposit on a unit is that person's date (tests/test_senior_care.py)
     "remit", "remittance", "lockbox", "eft", "era",
     # a product's own seed-to-sale clocks (a METRC package's ``Packaged Date``, a
     # cannabis or produce lot's ``harvest_date``): the batch's, whoever buys from it.
     # Not ``tested``: a person's test date is theirs (tests/test_public_health.py)
     "packaged", "harvest", "harvested",
     # a till's trading day (a POS sales report's ``business_date``, a store's ``Business
     # Day``): the store's calendar, the same for every sale rung up on it
     "business",
     # a blood drive's own day (a sponsor CRM's ``Drive_Date__c``, a bloodmobile's
     # schedule): every donor of the drive shares it, as a class's attendees do; the
     # donor's own appointment keeps its word
     "drive", "drives", "bloodmobile",
     # a mail merge's letter (a recall or catch-up letter's ``Letter Date``) and a report's
     # or a file's generation stamp (``report_generated``): the sender's print run, the
     # same for every letter or row of it, as a send's is
     "letter", "letters", "generated",
     # a vaccine record's Vaccine Information Statement (``VIS Date``, ``vis_edition``):
     # the CDC sheet's edition date, the same for every child given that vaccine
     "vis",
     # a records system's retention clock (a call recording's ``retention_until``, a
     # ``purge_date``): when the system may delete the record, its policy's date
     "retention", "retain", "purge",
     # an incident's operational period (an ICS 201, 202 or 214's ``operational_period``,
     # "10/10/2024 0700 - 1900"): the incident's work shift, the same for every responder
     # and every form of that period
     "operational",
     # equipment's installation (a beacon inventory's ``installed``, a scanner's ``Install
     # Date``) and an app's install (an attribution export's ``install_time``): the
     # hardware's or the software's, as a calibration is
     "install", "installed", "installation", "installs",
     # a location audience's lookback window (``lookback_start``, ``Lookback End``): the
     # span of visits an order or a segment covers, the same for every device in it
     "lookback",
     # a product's making (a car seat's ``Date of Manufacture``, a recall's ``Mfg Date``
     # range, a registration card's ``date_of_manufacture``): the unit's or the batch's,
     # whoever buys it later, as a harvest or a packaging date is
     "manufacture", "manufactured", "manufacturing", "mfg", "mfd",
     # a marketing segment's or an audience's definition (an email report's ``Segment`` =
     # "Due Date in Apr 2025", ``audience_rule``): a population's bounds, the same for
     # every member, as a lookback window is; a member's own date keeps its person word
     "segment", "segments", "audience", "audiences",
     # when a device's data or a file was uploaded (an interlock log's ``Uploaded``, a
     # portal's ``Date Uploaded``): when it reached the vendor's server, the system's
     # clock; the test's own time keeps its word. Not the noun ``upload``: a home sleep
     # test's ``upload`` object holds the recording's own start
     # (tests/test_sleep_medicine.py)
     "uploaded"}
)  # fmt: skip
#: Word pairs of a product's shelf life (a formula or a food lot's ``Use By``, ``Best
#: By``, ``Sell By``, ``Best Before``): the batch's date, read as an expiry is. Pairs,
#: because ``use`` alone is a person's (an intake's ``Last Use``) and ``by`` is anything.
SHELF_LIFE_PAIRS = (
    frozenset({"use", "by"}),
    frozenset({"best", "by"}),
    frozenset({"sell", "by"}),
    frozenset({"best", "before"}),
)
#: An event object's start and end (Eventbrite's ``event.start.local``, a calendar feed's
#: ``event.end.utc``): when the event runs, the organiser's clock. A booked appointment's
#: event (Calendly's ``scheduled_event.start_time``) keeps its date by its person word.
_EVENT_WORDS = frozenset({"event", "events"})
_SCHEDULE_WORDS = frozenset({"start", "end", "starts", "ends"})
_NOT_A_PERSONS_FIELD = SUPPRESS_WORDS | OFF_PERSON_FIELD_WORDS
#: Clinician words that make ``attending`` the attending physician, not a ticket's day: a
#: disability claim's ``attendingPhysicianStatement.estimatedReturnToWork``, an
#: ``Attending Provider``'s object. Its dates are the patient's, read as any bare date is.
_ATTENDING_CLINICIAN = frozenset({"physician", "physicians", "doctor", "provider", "md"})


def _off_person(words: frozenset[str]) -> bool:
    """True when a field's words make its dates an offer's, a publication's, a product's
    or an organisation's (:data:`_NOT_A_PERSONS_FIELD`, :data:`SHELF_LIFE_PAIRS`),
    ``attending`` only when no clinician word stands with it
    (:data:`_ATTENDING_CLINICIAN`)."""
    off = words & _NOT_A_PERSONS_FIELD
    if off == {"attending"} and words & _ATTENDING_CLINICIAN:
        return False
    return bool(off) or any(pair <= words for pair in SHELF_LIFE_PAIRS)


#: Age-field words that make the number a setting, not a person's age (``cache_max_age``).
AGE_SETTING_WORDS = frozenset(
    {"max", "min", "cache", "cookie", "ttl", "token", "session", "seconds", "days", "hours",
     "minutes", "ms", "sec", "storage"}
)  # fmt: skip
_WORD_CLASS = (
    {w: "suppress" for w in SUPPRESS_WORDS}
    | {w: "weak" for w in WEAK_WORDS}
    | {w: "strong" for w in STRONG_WORDS}
)
_UA_MARKERS = ("Mozilla/", "AppleWebKit", "Dalvik/", "CFNetwork/")

FULL, AMBIGUOUS, PARTIAL, PARTIAL_NUM = "full", "ambiguous", "partial", "partial_num"
#: A month name and a day without a year ("Apr 4", "30 April").
MONTH_DAY = "month_day"
#: A clock time right after a month and day ("on 3/12 at 9am", "Mar 12 @ 10:15"): the
#: date of a booking, a call or a reminder, which a promo date rarely is (and a promo's own
#: words, "sale ends 3/12 at 9pm", still win: they are checked first).
_CLOCK_AFTER = re.compile(
    r",?\s{0,2}(?:at|@)\s{0,2}\d{1,2}(?::[0-5]\d)?\s?(?:[ap]\.?m\.?|:[0-5]\d)(?![a-z])"
    r"|,?\s{0,2}(?:at|@)\s{0,2}\d{1,2}:[0-5]\d",
    re.IGNORECASE,
)
#: A discount before a date ("20% off self-pay visits until 12/31/2024"): an offer's end.
_PERCENT_OFF = re.compile(r"\d\s?%\s?off\b|\$\d+\s?off\b", re.IGNORECASE)
#: A dose unit right after a slash pair: a combination drug's strengths
#: ("buprenorphine/naloxone 8/2 mg", "Norco 5/325mg"), never a month and day.
_DOSE_AFTER = re.compile(r"\s?(?:mg|mcg|µg|ug|ml|units?)(?![a-z])", re.IGNORECASE)
#: Field path words of published copy, where a date with a time is an event's or an
#: offer's ("Health fair Sat 3/12 at 9am | Riverbend"), not a person's booking.
COPY_WORDS = frozenset(
    {"title", "headline", "tagline", "banner", "promo", "promotion", "campaign", "creative",
     "announcement", "ad"}
)  # fmt: skip
#: A weekday right before it ("Tuesday 3/12", "Tue, Mar 12").
_WEEKDAY_BEFORE = re.compile(
    r"\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|urday|sday)?\.?,?\s{1,2}$",
    re.IGNORECASE,
)
_PREPOSITION_BEFORE = re.compile(r"\b(?:on|by|for|before|after|until|till|from|of)\s+$", re.I)
#: A clock right after a date as machines write it: ISO 8601's ``T15:22``, or seconds with
#: a fraction or a zone (``15:22:07.311Z``, ``15:22:07 GMT``, ``15:22:10,442``). Log lines,
#: HTTP headers and report exports stamp every row so; people typing a visit never do.
_MACHINE_CLOCK = re.compile(
    r"T\d{2}:[0-5]\d"
    r"|,?\s{1,2}\d{1,2}:[0-5]\d:[0-5]\d"
    r"(?P<tail>[.,]\d{1,9}|\s?(?:Z|GMT|UTC)\b|\s?[+-][01]\d:?[0-5]\d)?"
)
#: Where a clock starts inside a numeric date's span (its pattern takes the time along).
_CLOCK_START = re.compile(r"(?:T|,?\s{1,2})\d{1,2}:")


class _Hit(NamedTuple):
    start: int
    end: int
    kind: str


class DateDetector:
    """Dates tied to an individual (by context) and ages over 89."""

    name = "dates"
    entities = frozenset({"DATE", "AGE_OVER_89"})

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        want_date, want_age = ctx.enabled("DATE"), ctx.enabled("AGE_OVER_89")
        texts = ctx.cells.text
        for cell in ctx.candidates(PREFILTER, skip_system=True).tolist():
            text = texts[cell]
            if any(marker in text for marker in _UA_MARKERS):
                continue
            if want_date:
                yield from _dates_in(cell, text, ctx.profile(cell))
            if want_age:
                yield from _ages_in(cell, text)
        if want_age:
            yield from _age_fields(ctx)
            yield from _birth_years(ctx)
        if want_date:
            yield from _compact_fields(ctx)
            yield from _date_parts(ctx)


#: A whole value written without separators or with the day left out, as list vendors and
#: EHR extracts write a person's dates: ``19591114``, ``195911`` (``DOB_YYYYMM``, NCOA's
#: move effective date), ``2024-11`` (a first-visit month).
_COMPACT_VALUE = re.compile(r"\s*((?:19|20)\d{2})-?(0[1-9]|1[0-2])(?:([0-3]\d))?\s*")
#: The same shape as an RE2 screen over the field's cells (most hold prose or full dates).
_COMPACT_SCREEN = r"^\s*(?:19|20)\d{2}-?(?:0[1-9]|1[0-2])(?:[0-3]\d)?\s*$"


def _compact_fields(ctx: ScanContext) -> Iterator[Span]:
    """The whole value of a person-date field (``FIELD_WORDS``: ``dob``, ``dod``,
    ``move_date``, ``first_visit_month``) written as ``YYYYMMDD``, ``YYYYMM`` or
    ``YYYY-MM``. Digits alone are never read as a date anywhere else (an order number, a
    job number); a month of a person's birth, death, move or visit is a date element
    Safe Harbor removes."""
    wanted = [
        i for i, p in enumerate(ctx.profiles)
        if p.words & FIELD_WORDS and not p.system and not p.free_text
    ]  # fmt: skip
    if not wanted:
        return
    texts = ctx.cells.text
    among = np.isin(ctx.cells.hint_id, wanted)
    for i in ctx.candidates(_COMPACT_SCREEN, among=among).tolist():
        cell = int(i)
        text = texts[cell]
        m = _COMPACT_VALUE.fullmatch(text)
        if m is None or (m[3] is not None and "-" in m.group(0)):
            continue
        if m[3] is not None and not _valid(int(m[1]), int(m[2]), int(m[3])):
            continue
        kind, end = (FULL, m.end(3)) if m[3] is not None else (PARTIAL, m.end(2))
        yield Span(cell, m.start(1), end, "DATE", _SCORES[kind][0], "regex")


#: A section sign, or two, right before a number: a statute's or a rule's section
#: ("O.C.G.A. § 9-3-33", "§§ 5-1-12"), whose hyphenated numbers can read as a date.
_SECTION_BEFORE = re.compile(r"§\s{0,2}$")


#: A date literal bounding a range in SQL text (``event_date >= '2024-01-01'``,
#: ``BETWEEN DATE '2024-01-01' AND '2024-03-31'``): a query's window over a population, as
#: warehouses log it, not a person's date. A literal compared with ``=`` is left to the
#: context words (and read under its column by :mod:`detectors.sql_literals`).
_SQL_RANGE_BEFORE = re.compile(
    r"(?:[<>]=?|\bbetween|\bbetween\s+(?:date\s+|timestamp\s+)?'[^']{4,32}'\s+and)"
    r"\s*(?:date\s+|timestamp\s+|date\s*\(\s*)?'$",
    re.IGNORECASE,
)


def _sql_range_bound(text: str, hit: _Hit) -> bool:
    """True when the date at ``hit`` is a quoted bound of a SQL range (see above)."""
    return (
        hit.start > 0
        and text[hit.start - 1] == "'"
        and _SQL_RANGE_BEFORE.search(text, max(0, hit.start - 64), hit.start) is not None
    )


def _dates_in(cell: int, text: str, profile: FieldProfile) -> Iterator[Span]:
    for hit in _non_overlapping(list(_date_hits(text))):
        if "§" in text and _SECTION_BEFORE.search(text, 0, hit.start):
            continue  # a statute section (limitation tables, dockets, legal notices)
        if _sql_range_bound(text, hit):
            continue  # a query's window (warehouse query logs)
        score = _score(text, hit, profile)
        if score:
            yield Span(cell, hit.start, hit.end, "DATE", score, "regex")


def _ages_in(cell: int, text: str) -> Iterator[Span]:
    """Ages over 89 with an age word (``age 92``, ``92-year-old``, ``92 yo``), or said of
    a person (``Mom is 91``, ``my father (92)``, ``patient turned 95``, ``I'm 93``)."""
    lower = text.lower()
    if not any(word in lower for word in _AGE_HINTS) and not _KIN_HINT.search(text):
        return
    for m in _AGE.finditer(text):
        group = next(g for g in "abcdefgh" if m.group(g) is not None)
        if _generalized_age(text, m.start(group), m.end(group)):
            continue
        if 90 <= int(m.group(group)) <= 125:
            yield Span(cell, m.start(group), m.end(group), "AGE_OVER_89", 0.9, "regex")


def _generalized_age(text: str, start: int, end: int) -> bool:
    """True for ``90+``, what Safe Harbor generalization writes for an age over 89 (not an
    individual's age). ``95+`` is an age of at least 95, and in ``90+44 20 7946 0958`` the
    ``+`` opens a phone number."""
    after = text[end + 1 : end + 2]
    return text[start:end] == "90" and text.startswith("+", end) and not "0" <= after <= "9"


def _age_fields(ctx: ScanContext) -> Iterator[Span]:
    """The whole value of an ``age`` field holding 90-125 (not ``cache_max_age``)."""
    texts = ctx.cells.text
    ages = [
        i for i, p in enumerate(ctx.profiles)
        if "age" in p.words and not p.system and not p.words & AGE_SETTING_WORDS
    ]  # fmt: skip
    for i in np.flatnonzero(np.isin(ctx.cells.hint_id, ages)) if ages else ():
        cell = int(i)
        m = _AGE_VALUE.fullmatch(texts[cell])
        if m and 90 <= int(m.group(1)) <= 125:
            yield Span(cell, m.start(1), m.end(1), "AGE_OVER_89", 0.9, "regex")


#: Field path words of a birth year (``Birth Year``, ``year_of_birth``, ``YOB``,
#: ``birthYear``, ``born_year``).
_BIRTH_YEAR_WORDS = (frozenset({"birth", "year"}), frozenset({"born", "year"}))
_BIRTH_YEAR_KEYS = frozenset({"yob", "birthyear"})
_YEAR_VALUE = re.compile(r"\s*((?:18|19|20)\d{2})\s*")


def _birth_years(ctx: ScanContext) -> Iterator[Span]:
    """The whole value of a birth-year field that makes the person 90 or older
    (``1931``): Safe Harbor removes every element of a date indicative of an age over 89,
    the year too, so it is AGE_OVER_89. A younger person's birth year is kept (a year
    alone is no DATE)."""
    wanted = [
        i for i, p in enumerate(ctx.profiles)
        if not p.system
        and (any(w <= p.words for w in _BIRTH_YEAR_WORDS) or p.words & _BIRTH_YEAR_KEYS)
    ]  # fmt: skip
    if not wanted:
        return
    latest = dt.date.today().year - 90
    texts = ctx.cells.text
    among = np.isin(ctx.cells.hint_id, wanted)
    for i in ctx.candidates(r"^\s*(?:18|19|20)\d{2}\s*$", among=among).tolist():
        m = _YEAR_VALUE.fullmatch(texts[int(i)])
        if m and latest - 35 <= int(m.group(1)) <= latest:
            yield Span(int(i), m.start(1), m.end(1), "AGE_OVER_89", 0.9, "regex")


#: Keys of a date's parts: the day and the month (a fuzzy date's ``d`` and ``m``).
_DAY_KEYS = frozenset({("d",), ("day",), ("dd",)})
_MONTH_KEYS = frozenset({("m",), ("month",), ("mm",)})
_PART_VALUE = re.compile(r"\s*0?([1-9]|[12][0-9]|3[01])\s*")


@functools.lru_cache(maxsize=16384)
def date_part(path: str) -> int:
    """31 for the day, 12 for the month of a date field split into parts
    (``birthdate.d``, ``deceased_date.m``, ``date_of_birth.month``), else 0: the parent
    must be a DATE field by its name (cached per distinct path)."""
    keys = key_tokens(path)
    if len(keys) < 2 or (keys[-1] not in _DAY_KEYS and keys[-1] not in _MONTH_KEYS):
        return 0
    parent = _INDEX.sub("", path).rsplit(".", 1)[0]
    if profile_path(parent).entity != "DATE":
        return 0
    return 31 if keys[-1] in _DAY_KEYS else 12


def _date_parts(ctx: ScanContext) -> Iterator[Span]:
    """The day and month of a date field written in parts (see the module doc)."""
    paths = ctx.cells.paths
    limits = np.fromiter(map(date_part, paths), dtype=np.int64, count=len(paths))
    if not limits.any():
        return
    texts = ctx.cells.text
    for cell in np.flatnonzero(limits[ctx.cells.hint_id]).tolist():
        m = _PART_VALUE.fullmatch(texts[cell])
        if m and int(m.group(1)) <= limits[ctx.cells.hint_id[cell]]:
            yield Span(cell, m.start(1), m.end(1), "DATE", 0.85, "field_name")


def _date_hits(text: str) -> Iterator[_Hit]:
    """Every calendar-valid date-like match in ``text``, with its kind.

    Python's ``re`` costs microseconds per pattern even on short texts, so each family of
    patterns runs only when a substring test (in C) says it can match.
    """
    if "-" in text or "/" in text or "." in text:
        yield from _numeric_hits(text)
    if _EIGHT_DIGITS.search(text):
        yield from _compact_hits(text)
    lower = text.lower()
    if any(month in lower for month in _MONTHS):
        yield from _named_hits(text)
    if " de " in lower:
        yield from _spanish_hits(text)
    if not text.isascii():
        yield from _cjk_vi_hits(text)


#: Eight digits right after a birth label ("DOB 19850314", "dob=03141985"): how forms and
#: CRM fields write a birth date without separators. Read as YYYYMMDD, else MMDDYYYY; a
#: bare eight-digit number anywhere else is an order or account number, not a date.
_LABELLED_COMPACT = re.compile(
    r"(?i)\b(?:dob|d\.o\.b\.?|date\s?of\s?birth|birth\s?date|birthdate|born)"
    r"\s?[:=#-]?\s?(?P<d>\d{8})(?!\d)"
)
_EIGHT_DIGITS = re.compile(r"\d{8}")


def _compact_hits(text: str) -> Iterator[_Hit]:
    for m in _LABELLED_COMPACT.finditer(text):
        d = m["d"]
        ymd = (int(d[:4]), int(d[4:6]), int(d[6:]))
        mdy = (int(d[4:]), int(d[:2]), int(d[2:4]))
        if _valid(*ymd) or _valid(*mdy):
            yield _Hit(m.start("d"), m.end("d"), FULL)


def _numeric_hits(text: str) -> Iterator[_Hit]:
    for m in _NUMERIC.finditer(text):
        if m["iy"] is not None:
            if _valid(int(m["iy"]), int(m["im"]), int(m["id"])):
                yield _Hit(m.start(), m.end(), FULL)
        elif m["a"] is not None:
            a, b, y = int(m["a"]), int(m["b"]), _year(m["y"])
            first, second = ((b, a), (a, b)) if m["s"] == "." else ((a, b), (b, a))
            if _valid(y, *first) or _valid(y, *second):
                short_dotted = m["s"] == "." and len(m["y"]) == 2
                yield _Hit(m.start(), m.end(), AMBIGUOUS if short_dotted else FULL)
        elif m["ga"] is not None:
            a, b, y = int(m["ga"]), int(m["gb"]), int(m["gy"])
            first, second = ((b, a), (a, b)) if m["gs"] == "." else ((a, b), (b, a))
            if _valid(y, *first) or _valid(y, *second):
                yield _Hit(m.start(), m.end(), FULL)
        else:
            a, b = int(m["pa"]), m["pb"]
            if 1 <= a <= 12 and (int(b) >= 1900 if len(b) == 4 else _valid(2000, a, int(b))):
                yield _Hit(m.start(), m.end(), PARTIAL_NUM)


def _named_hits(text: str) -> Iterator[_Hit]:
    for m in _MDY_NAME.finditer(text):
        year = int(m["y"]) if m["y"] else 2000
        if _valid(year, _month(m["mon"]), int(m["d"])):
            yield _Hit(m.start(), m.end(), FULL if m["y"] else MONTH_DAY)
    for m in _DMY_NAME.finditer(text):
        ytext = m["y"] or m["y2"]
        year = _year(ytext) if ytext else 2000
        if _valid(year, _month(m["mon"]), int(m["d"])):
            yield _Hit(m.start(), m.end(), FULL if ytext else MONTH_DAY)
    for m in _MY_NAME.finditer(text):
        yield _Hit(m.start(), m.end(), PARTIAL)


def _spanish_hits(text: str) -> Iterator[_Hit]:
    for m in _DMY_ES.finditer(text):
        year = int(m["y"]) if m["y"] else 2000
        if _valid(year, _MES_NUMBER[m["mes"].lower()], int(m["d"])):
            yield _Hit(m.start(), m.end(), FULL if m["y"] else MONTH_DAY)


def _cjk_vi_hits(text: str) -> Iterator[_Hit]:
    """Year-month-day in CJK characters, day-month-year in Vietnamese (full dates only:
    a bare 3月14日 is as often a sale or an event)."""
    for m in _YMD_CJK.finditer(text):
        if _valid(int(m["y"]), int(m["m"]), int(m["d"])):
            yield _Hit(m.start(), m.end(), FULL)
    for m in _DMY_VI.finditer(text):
        if m["y"] and _valid(int(m["y"]), int(m["m"]), int(m["d"])):
            yield _Hit(m.start(), m.end(), FULL)


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return 1870 <= year <= 2099


def _year(text: str) -> int:
    """Four-digit year; two-digit years pivot at 30 (``85`` -> 1985, ``21`` -> 2021)."""
    y = int(text)
    if len(text) == 2:
        return 2000 + y if y < 30 else 1900 + y
    return y


def _month(name: str) -> int:
    return _MONTHS[name[:3].lower()]


def _non_overlapping(hits: list[_Hit]) -> list[_Hit]:
    """Longest first: ``March 14, 1985`` beats the ``March 14`` and ``14, 1985`` in it."""
    kept: list[_Hit] = []
    taken = Occupied()
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        if taken.claim(h.start, h.end):
            kept.append(h)
    return kept


#: Note shorthand for a follow-up visit ("Ortho f/u 10/29 w/ Dr. Mehta", "F/U 3/14"): read
#: as the strong word it stands for, whose letters alone (``f``, ``u``) are no words.
_FOLLOW_UP = re.compile(r"(?<![a-z/])f/u(?![a-z/])", re.IGNORECASE)


def nearest_context(text: str, start: int, end: int) -> str | None:
    """Class of the context word nearest to the span (``strong``, ``weak``, ``suppress``).

    Nearest, not any: in "born 03/14/1985, sale ends 12/31/2024" each date takes its own
    word. Ties go to the word before the date (labels precede values).
    """
    best, best_dist = None, 10**9
    before = _FOLLOW_UP.sub("followup", _words_of(text[max(0, start - 48) : start]))
    for m in _TOKEN.finditer(before):
        cls = _WORD_CLASS.get(m.group())
        if cls is not None and len(before) - m.end() <= best_dist:
            best, best_dist = cls, len(before) - m.end()
    after = _words_of(text[end : end + 32])
    for m in _TOKEN.finditer(after):
        cls = _WORD_CLASS.get(m.group())
        if cls is not None and m.start() < best_dist:
            best, best_dist = cls, m.start()
    return best


def _words_of(text: str) -> str:
    """``text`` in lower case with camelCase keys split (``"priceValidUntil":"2024-12-31"``
    in a JSON-LD snippet, ``"appointmentDate":``): a key's words are context words too."""
    return _CAMEL.sub(" ", text).lower() if not text.islower() else text


_SCORES = {
    # kind: (person field, strong text, weak text, free text, bare value)
    FULL: (0.95, 0.9, 0.7, 0.6, 0.55),
    AMBIGUOUS: (0.95, 0.9, 0.6, 0.0, 0.0),
    PARTIAL: (0.9, 0.85, 0.6, 0.0, 0.0),
    MONTH_DAY: (0.9, 0.85, 0.6, 0.0, 0.0),
    PARTIAL_NUM: (0.9, 0.85, 0.0, 0.0, 0.0),
}


def _score(text: str, hit: _Hit, profile: FieldProfile) -> float:
    """Score of a date hit from its kind and context; 0.0 means "not a personal date"."""
    field, strong, weak, free, bare = _SCORES[hit.kind]
    if hit.kind in (PARTIAL_NUM, MONTH_DAY) and _DOSE_AFTER.match(text, hit.end):
        # a combination drug's strengths (``8/2 mg``), even under a ``discharge_meds`` key
        return 0.0
    if profile.words & FIELD_WORDS:
        return field
    if _off_person(profile.words) and not profile.words & NARRATIVE_WORDS:
        return 0.0
    if profile.words & _EVENT_WORDS and profile.words & _SCHEDULE_WORDS:
        return 0.0
    if _message_stamp(text, hit):
        return 0.0
    cls = nearest_context(text, hit.start, hit.end)
    if cls is None and not text.isascii():
        before = text[max(0, hit.start - 12) : hit.start]
        cls = "strong" if any(cue in before for cue in _CJK_STRONG) else None
    if cls == "suppress" or _PERCENT_OFF.search(text, max(0, hit.start - 64), hit.start):
        return 0.0
    alone = text[: hit.start].strip() == "" and text[hit.end :].strip() == ""
    if cls != "strong" and not alone and _machine_timestamp(text, hit):
        return 0.0
    if cls == "strong" or (_clock_or_weekday(text, hit) and not profile.words & COPY_WORDS):
        return strong
    if cls == "weak":
        return weak
    if alone:
        return bare
    if (
        hit.kind == MONTH_DAY
        and profile.words & PERSONAL_TEXT_WORDS
        and _month_day_reads_as_date(text, hit)
    ):
        return 0.6
    if profile.free_text or any(c.isspace() for c in text):
        return free
    return 0.0


def _machine_timestamp(text: str, hit: _Hit) -> bool:
    """A date stamped by a system: ISO 8601 with its ``T``, or a clock with seconds after a
    year-first date (``2024-03-14 15:22:07``, SQL and ad-report exports) or followed by a
    fraction or a zone (``Thu, 14 Mar 2024 15:22:07 GMT``, ``Mar 14 15:22:07.311 2024``).

    Server logs, HTTP headers and report rows carry one per line in any field name, and
    none is a person's date unless a person's word says so (checked before this). A
    timestamp that is the whole value is not judged here: it is a bare date like any other
    (Acuity's appointment ``datetime`` is ``2024-03-28T14:00:00-0500``), and a machine
    field's name says so before any detector looks.
    """
    inner = _CLOCK_START.search(text, hit.start, hit.end)
    m = _MACHINE_CLOCK.match(text, inner.start() if inner else hit.end)
    if m is None:
        return False
    year_first = text[hit.start : hit.start + 4].isdigit()
    return m.group().startswith("T") or m.group("tail") is not None or year_first


#: A mail header line stamping when a message was sent, in a forwarded or quoted block or
#: a headers blob ("Sent: Friday, March 1, 2024 4:05 PM", "Date: Tue, 5 Mar 2024 ...").
_STAMP_LINE = re.compile(r"[ \t>]*(?:sent|date|received)[ \t]*:", re.IGNORECASE)
#: A reply's attribution line ("On Mon, Mar 4, 2024 at 9:12 AM Jane Doe <jane@...> wrote:",
#: Spanish "El lun, 4 mar 2024 ... escribió:"); mail clients wrap "wrote:" to the next line.
_ATTRIBUTION_START = re.compile(r"[ \t>]*(?:on|el|le|am)[ \t]", re.IGNORECASE)
_ATTRIBUTION_END = re.compile(r"(?:wrote|escribi[óo]|a écrit|schrieb)[ \t]*:", re.IGNORECASE)


def _message_stamp(text: str, hit: _Hit) -> bool:
    """A date in a mail header line or a reply's attribution line: when a message was sent
    (a machine time, like ``created_at``), not a date about the person."""
    if "\n" not in text and ":" not in text[: hit.start]:
        return False
    line_start = text.rfind("\n", 0, hit.start) + 1
    if _STAMP_LINE.match(text, line_start):
        return True
    if not _ATTRIBUTION_START.match(text, line_start):
        return False
    line_end = text.find("\n", hit.end)
    next_end = text.find("\n", line_end + 1) if line_end >= 0 else -1
    stop = len(text) if next_end < 0 else next_end
    return _ATTRIBUTION_END.search(text, hit.end, min(stop, hit.end + 240)) is not None


def _clock_or_weekday(text: str, hit: _Hit) -> bool:
    """A month and day with a clock time after it or a weekday before it."""
    if hit.kind not in (PARTIAL_NUM, MONTH_DAY):
        return False
    return bool(
        _CLOCK_AFTER.match(text, hit.end, hit.end + 20)
        or _WEEKDAY_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    )


def _month_day_reads_as_date(text: str, hit: _Hit) -> bool:
    """Lower-case "may 8" is a date only after a preposition ("on may 8", not "I may 2")."""
    if text[hit.start : hit.start + 3].lower() != "may" or text[hit.start].isupper():
        return True
    return bool(_PREPOSITION_BEFORE.search(text[max(0, hit.start - 12) : hit.start]))


@register("dates")
def _factory(config: EngineConfig) -> DateDetector:
    return DateDetector()
