"""Generate phistream's synthetic, labelled marketing and CRM exports.

Why this exists: the demo, the tests and the accuracy benchmark need exports that look like
what healthcare marketing teams really produce (GA4 BigQuery rows, Segment calls, Meta
Conversions API events, a HubSpot CSV, a Salesforce Parquet file) *and* know exactly where
every identifier and health term sits. Real exports cannot be shipped, so this script builds
them from invented people and labels each span as it writes it: the labels are never
recovered by a detector, so they can judge one.

Every value is synthetic: invented people on reserved ranges (555-01xx phones, 192.0.2.0/24,
198.51.100.0/24, 203.0.113.0/24 and 2001:db8::/32 addresses, example/invented domains,
published test card numbers); checksummed identifiers (NPI, DEA, VIN, IMEI, cards, MBI)
are valid in format only.

Run::

    .venv/bin/python sample_data/generate.py --out sample_data --records 300 --seed 7

Output: ``<out>/exports/`` (five sources) and ``<out>/gold/`` (``spans.jsonl`` + README).
Only the standard library, pyarrow and orjson are used, and the output is a pure function
of ``--records`` and ``--seed``.
"""

from __future__ import annotations

import argparse
import base64
import csv
import datetime as dt
import hashlib
import os
import random
import re
import shutil
import sys
import time
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path
from urllib.parse import quote

import orjson
import pyarrow as pa
import pyarrow.parquet as pq

# A labelled text: the text and its spans ``(start, end, entity)`` in code points.
Spans = list[tuple[int, int, str]]
Lab = tuple[str, Spans]
# One generated record and its gold labels ``(field path, start, end, entity)``.
Labels = list[tuple[str, int, int, str]]

SOURCES = (  # in the order their gold spans are written
    "ga4_events.jsonl",
    "segment_events.json",
    "meta_capi_events.jsonl",
    "hubspot_contacts.csv",
    "salesforce_leads.parquet",
)

# --------------------------------------------------------------------------------------
# Vocabulary (invented people, real places, common health terms)
# --------------------------------------------------------------------------------------


def words(text: str) -> tuple[str, ...]:
    """A tuple of the whitespace-separated words of ``text`` (compact vocabulary lists)."""
    return tuple(text.split())


FIRST_NAMES = words(
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Christopher Karen Daniel Lisa Matthew Nancy "
    "Anthony Betty Mark Sandra Donald Margaret Steven Ashley Andrew Kimberly Joshua Emily "
    "Kenneth Donna Kevin Michelle Brian Carol Timothy Amanda Ronald Melissa Jason Deborah "
    "George Stephanie Luis María José Sofía Mateo Camila Wei Mei Hiroshi Yuki Aaliyah DeShawn "
    "Priya Arjun Fatima Omar Zoë Chloé Siobhan Dmitri Olga Kwame Ngozi Hannah Ethan Grace "
    "Noah Ava Liam Mia Lucas Isabella Rosa Carmen Tyrone Latoya Bao Anh"
)
LAST_NAMES = words(
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Lee Perez Thompson White "
    "Harris Sanchez Clark Ramirez Lewis Robinson Walker Young Allen King Wright Scott Torres "
    "Nguyen Hill Flores Green Adams Nelson Baker Hall Rivera Campbell Mitchell Carter Roberts "
    "O'Brien Smith-Jones Kowalski Nakamura Okafor Patel Shah Kim Park Müller Peña Dubois Rossi "
    "Haddad Novak Ivanova Mensah Castillo Gutierrez Brooks Price Bennett Reyes Tran Huang"
)

# (city, county, state, area codes, ZIP codes)
CITIES = (
    ("Chicago", "Cook County", "IL", ("312", "773"), ("60614", "60657", "60622", "60647")),
    ("Evanston", "Cook County", "IL", ("847",), ("60201", "60202")),
    ("Naperville", "DuPage County", "IL", ("630",), ("60540", "60563")),
    ("Springfield", "Sangamon County", "IL", ("217",), ("62704", "62702")),
    ("Milwaukee", "Milwaukee County", "WI", ("414",), ("53202", "53211")),
    ("Madison", "Dane County", "WI", ("608",), ("53703", "53711")),
    ("Minneapolis", "Hennepin County", "MN", ("612",), ("55401", "55408")),
    ("St. Paul", "Ramsey County", "MN", ("651",), ("55101", "55104")),
    ("Columbus", "Franklin County", "OH", ("614",), ("43215", "43210")),
    ("Cleveland", "Cuyahoga County", "OH", ("216",), ("44113", "44106")),
    ("Detroit", "Wayne County", "MI", ("313",), ("48201", "48226")),
    ("Ann Arbor", "Washtenaw County", "MI", ("734",), ("48104", "48103")),
    ("Indianapolis", "Marion County", "IN", ("317",), ("46202", "46220")),
    ("St. Louis", "St. Louis County", "MO", ("314",), ("63108", "63110")),
    ("Austin", "Travis County", "TX", ("512",), ("78701", "78704")),
    ("Houston", "Harris County", "TX", ("713", "832"), ("77002", "77030")),
    ("Dallas", "Dallas County", "TX", ("214", "469"), ("75201", "75204")),
    ("Phoenix", "Maricopa County", "AZ", ("602",), ("85004", "85016")),
    ("Denver", "Denver County", "CO", ("303", "720"), ("80202", "80206")),
    ("Seattle", "King County", "WA", ("206",), ("98101", "98122")),
    ("Portland", "Multnomah County", "OR", ("503",), ("97205", "97214")),
    ("San Diego", "San Diego County", "CA", ("619", "858"), ("92101", "92103")),
    ("Oakland", "Alameda County", "CA", ("510",), ("94607", "94611")),
    ("Sacramento", "Sacramento County", "CA", ("916",), ("95814", "95819")),
    ("Atlanta", "Fulton County", "GA", ("404",), ("30303", "30308")),
    ("Charlotte", "Mecklenburg County", "NC", ("704",), ("28202", "28203")),
    ("Nashville", "Davidson County", "TN", ("615",), ("37203", "37212")),
    ("Tampa", "Hillsborough County", "FL", ("813",), ("33602", "33606")),
    ("Orlando", "Orange County", "FL", ("407",), ("32801", "32803")),
    ("Brooklyn", "Kings County", "NY", ("718", "347"), ("11201", "11215")),
    ("Buffalo", "Erie County", "NY", ("716",), ("14201", "14222")),
    ("Pittsburgh", "Allegheny County", "PA", ("412",), ("15213", "15222")),
    ("Philadelphia", "Philadelphia County", "PA", ("215", "267"), ("19103", "19147")),
    ("Boston", "Suffolk County", "MA", ("617",), ("02115", "02118")),
    ("Towson", "Baltimore County", "MD", ("410",), ("21204", "21286")),
    ("Salt Lake City", "Salt Lake County", "UT", ("801",), ("84101", "84111")),
    ("Albuquerque", "Bernalillo County", "NM", ("505",), ("87102", "87106")),
    ("Omaha", "Douglas County", "NE", ("402",), ("68102", "68131")),
    ("Des Moines", "Polk County", "IA", ("515",), ("50309", "50312")),
)
STATE_NAMES = {
    "IL": "Illinois", "WI": "Wisconsin", "MN": "Minnesota", "OH": "Ohio", "MI": "Michigan",
    "IN": "Indiana", "MO": "Missouri", "TX": "Texas", "AZ": "Arizona", "CO": "Colorado",
    "WA": "Washington", "OR": "Oregon", "CA": "California", "GA": "Georgia",
    "NC": "North Carolina", "TN": "Tennessee", "FL": "Florida", "NY": "New York",
    "PA": "Pennsylvania", "MA": "Massachusetts", "MD": "Maryland", "UT": "Utah",
    "NM": "New Mexico", "NE": "Nebraska", "IA": "Iowa",
}  # fmt: skip
STREET_NAMES = words(
    "Oak Maple Cedar Pine Elm Lincoln Washington Lake Park Hill Sunset Ridge Willow Chestnut "
    "Highland Jefferson Madison Franklin Spring Meadow Prairie River Church Mill Grove Orchard "
    "Belmont Fullerton Halsted Clark Division Western Cherry Birch Walnut Lakeview"
)
STREET_TYPES = ("St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Street", "Avenue", "Way", "Pl")

CONDITIONS = (
    "type 2 diabetes", "type 1 diabetes", "prediabetes", "hypothyroidism", "hypertension",
    "high blood pressure", "high cholesterol", "asthma", "COPD", "depression", "anxiety",
    "bipolar disorder", "PTSD", "ADHD", "migraines", "breast cancer", "prostate cancer",
    "lung cancer", "colon cancer", "melanoma", "sleep apnea", "obesity", "infertility",
    "endometriosis", "PCOS", "HIV", "hepatitis C", "chlamydia", "opioid use disorder",
    "alcohol use disorder", "atrial fibrillation", "heart failure", "coronary artery disease",
    "epilepsy", "multiple sclerosis", "Parkinson's disease", "Alzheimer's disease", "dementia",
    "rheumatoid arthritis", "osteoarthritis", "psoriasis", "eczema", "Crohn's disease",
    "ulcerative colitis", "celiac disease", "GERD", "kidney stones", "chronic kidney disease",
    "gout", "lupus", "fibromyalgia", "osteoporosis", "glaucoma", "cataracts",
    "macular degeneration", "hearing loss", "scoliosis", "herniated disc", "plantar fasciitis",
    "gestational diabetes", "postpartum depression", "erectile dysfunction", "low testosterone",
    "anorexia", "schizophrenia", "pneumonia", "long COVID", "shingles", "sciatica",
    "carpal tunnel syndrome", "torn ACL", "rotator cuff tear", "concussion", "stroke",
    "uterine fibroids", "hypothyroid", "diverticulitis", "vertigo", "tinnitus",
)  # fmt: skip
# Clinician shorthand, only in CRM notes.
CONDITION_ABBREV = ("T2DM", "HTN", "afib", "CHF", "CAD", "OSA", "MDD", "GAD", "RA", "MS")
SYMPTOMS = (
    "chest pain", "shortness of breath", "chronic back pain", "knee pain", "fatigue",
    "dizziness", "blurred vision", "heart palpitations", "night sweats", "persistent cough",
    "abdominal pain", "joint pain", "numbness", "hot flashes", "insomnia",
    "headaches", "nausea", "fever", "hip pain", "trouble swallowing", "weight gain",
)  # fmt: skip
MEDICATIONS = (
    "Ozempic", "Wegovy", "Mounjaro", "Zepbound", "semaglutide", "tirzepatide", "metformin",
    "insulin glargine", "Lantus", "Jardiance", "levothyroxine", "Synthroid", "lisinopril",
    "amlodipine", "atorvastatin", "Lipitor", "sertraline", "Zoloft", "fluoxetine", "Prozac",
    "escitalopram", "Lexapro", "bupropion", "Wellbutrin", "Adderall", "methylphenidate",
    "alprazolam", "Xanax", "gabapentin", "oxycodone", "buprenorphine", "Suboxone", "naloxone",
    "methadone", "Truvada", "Descovy", "Biktarvy", "Humira", "adalimumab", "Dupixent",
    "Eliquis", "warfarin", "Xarelto", "albuterol", "prednisone", "Paxlovid", "Clomid",
    "letrozole", "tamoxifen", "Keytruda", "sildenafil", "Cialis", "estradiol", "Accutane",
    "spironolactone", "montelukast", "Trulicity", "Victoza", "losartan", "hydrochlorothiazide",
    "omeprazole", "lithium", "quetiapine", "Ambien", "COVID vaccine", "Shingrix",
)  # fmt: skip
GLP1 = ("Ozempic", "Wegovy", "Mounjaro", "Zepbound", "semaglutide", "tirzepatide")
PROCEDURES = (
    "IVF", "egg freezing", "colonoscopy", "mammogram", "MRI", "CT scan", "knee replacement",
    "hip replacement", "gastric sleeve", "gastric bypass", "bariatric surgery",
    "weight loss surgery", "LASIK", "cataract surgery", "spinal fusion", "physical therapy",
    "chemotherapy", "radiation therapy", "dialysis", "vasectomy", "tubal ligation",
    "hysterectomy", "C-section", "cardiac catheterization", "angioplasty", "sleep study",
    "allergy testing", "Pap smear", "HIV test", "STD testing", "genetic testing", "ultrasound",
    "echocardiogram", "stress test", "A1C test", "biopsy", "lumpectomy", "mastectomy",
    "rhinoplasty", "liposuction", "tummy tuck", "tonsillectomy", "appendectomy", "hernia repair",
    "ACL reconstruction", "rotator cuff repair", "cognitive behavioral therapy",
    "addiction treatment", "TMS therapy", "ketamine therapy", "flu shot", "sports physical",
    "root canal", "dental implants", "endoscopy", "kidney transplant", "bone density scan",
    "prenatal ultrasound", "IUD insertion", "allergy shots", "cortisone injection",
)  # fmt: skip
HEALTH_POOLS: dict[str, tuple[str, ...]] = {
    "HEALTH_CONDITION": CONDITIONS,
    "MEDICATION": MEDICATIONS,
    "PROCEDURE": PROCEDURES,
}
# Find-a-doctor filters that say nothing about health.
DOCTOR_FILTERS: tuple[tuple[str, Lab], ...] = (
    ("specialty", ("primary-care", [])), ("specialty", ("family-medicine", [])),
    ("specialty", ("internal-medicine", [])),
    ("accepting_new_patients", ("true", [])), ("language", ("spanish", [])),
    ("gender", ("female", [])), ("location", ("lincoln-park-clinic", [])),
    ("telehealth", ("1", [])),
)  # fmt: skip
# Department names appear only in marketing copy, where they say nothing about a person.
DEPARTMENTS = (
    "Cardiology", "Oncology", "Orthopedics", "Neurology", "Pediatrics", "Dermatology",
    "Radiology", "Endocrinology", "Gastroenterology", "Women's Health", "Behavioral Health",
    "Primary Care", "Urgent Care", "Sports Medicine", "Pulmonology", "Urology", "Rheumatology",
)  # fmt: skip
PAYERS = (
    "Blue Cross Blue Shield", "Aetna", "UnitedHealthcare", "Cigna", "Humana", "Medicare",
    "Medicaid", "Kaiser Permanente", "Anthem", "Ambetter", "Tricare", "Oscar",
)  # fmt: skip
CLINICS = (
    "Lincoln Park Clinic", "Downtown Campus", "North Pavilion", "Westside Urgent Care",
    "Riverside Medical Office Building", "Lakeview Family Practice", "Main Hospital, 3rd floor",
)  # fmt: skip
CAMPAIGNS = (
    "spring_checkup_2024", "brand_awareness_q2", "newsletter_march", "find_a_doc_search",
    "retargeting_7d", "mothers_day_2024", "summer_wellness_24", "generic_search_broad",
)  # fmt: skip
PROMO_COPY = (
    "Spring checkup special - offer ends {promo}",
    "Book your visit today! Offer ends {promo}.",
    "Meet our new {dept} team at the North Pavilion",
    "{Dept} is moving to the Downtown Campus on {promo}",
    "Free parking for new patients through {promo}",
    "New patients: 20% off self-pay visits until {promo}",
    "Limited time: wellness class bundle, expires {promo}",
)  # fmt: skip
OS_VERSIONS = {
    "iOS": "iOS 17.3.1", "Android": "Android 14", "Windows": "Windows 10",
    "Macintosh": "Macintosh Intel 10.15",
}  # fmt: skip
TRAFFIC_SOURCES = (
    ("(direct)", "(none)", "(direct)"), ("(organic)", "organic", "google"),
    ("spring_checkup_2024", "cpc", "google"), ("(referral)", "referral", "facebook.com"),
    ("newsletter_march", "email", "newsletter"),
)  # fmt: skip
CAR_MAKES = ("Toyota Camry", "Honda Civic", "Ford F-150", "Chevy Malibu", "Subaru Outback")
DEVICE_MODELS = ("HX-200 hub", "CareLink bridge", "VitalSync tablet", "HomeLink gateway")
DOMAINS = (
    "example.com", "example.org", "example.net", "mail.example.com", "inbox.example.org",
    "patients.example.net", "postbox.test",
)  # fmt: skip
MONTHS = words(
    "January February March April May June July August September October November December"
)
MON = tuple(m[:3] for m in MONTHS)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# Published test card numbers (Luhn-valid, never issued to a person).
TEST_CARDS = (
    "4111111111111111", "4012888888881881", "4242424242424242", "5555555555554444",
    "5105105105105100", "5200828282828210", "378282246310005", "371449635398431",
    "6011111111111117", "6011000990139424", "3530111333300000", "3566002020360505",
    "30569309025904", "4000056655665556",
)  # fmt: skip
PHONE_FORMATS = (
    "({a}) {b}-{c}", "{a}-{b}-{c}", "{a}.{b}.{c}", "+1 {a}-{b}-{c}", "+1{a}{b}{c}",
    "{a} {b} {c}", "1-{a}-{b}-{c}", "({a}){b}-{c}", "+1 ({a}) {b}-{c}",
)  # fmt: skip
DATE_FORMATS = (
    "{m:02d}/{d:02d}/{y}", "{m}/{d}/{y}", "{y}-{m:02d}-{d:02d}", "{M} {d}, {y}", "{Mo} {d} {y}",
    "{d} {M} {y}", "{m:02d}-{d:02d}-{y}", "{m}/{d}/{yy:02d}", "{d:02d}-{Mo}-{y}",
    "{Mo}. {d}, {y}",
)  # fmt: skip
APPT_FORMATS = ("{M} {d}", "{W}, {M} {d}", "{m}/{d}", "{M} {d}{th}", "{Mo} {d}")
MRN_FORMATS = ("{n:08d}", "MR{n:07d}", "E{n:08d}", "RH-{r:07d}", "{n:09d}")
EMAIL_LOCALS = (
    "{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}{n}", "{l}.{f}", "{f}{l0}{n}", "{f}.{l}+portal",
    "{f}.{l}{y}",
)  # fmt: skip
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PLATE_SHAPES = ("DLLLDDD", "LLL DDDD", "LLD DDDD", "LLL-DDDD", "DDD LLL", "LDD-LLL")
CHROME_VERSIONS = ("120.0.6099.109", "121.0.6167.85", "122.0.6261.94", "119.0.6045.199")
MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY"  # A-Z minus S, L, O, I, B, Z
VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VALUES = {
    **{str(d): d for d in range(10)},
    **dict(zip("ABCDEFGH", range(1, 9), strict=True)),
    **dict(zip("JKLMN", range(1, 6), strict=True)),
    "P": 7, "R": 9,
    **dict(zip("STUVWXYZ", range(2, 10), strict=True)),
}  # fmt: skip
VIN_WEIGHTS = (8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2)
VIN_WMI = ("1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "WBA", "KMH", "1G1", "4T1")
ALNUM = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
PEOPLE_POOL = 5_000  # distinct people per source; larger runs reuse them
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)
START = dt.datetime(2024, 3, 1, tzinfo=dt.timezone.utc)
TODAY = dt.date(2024, 4, 1)

# --------------------------------------------------------------------------------------
# Labelled text helpers
# --------------------------------------------------------------------------------------


def lab(text: str, entity: str | None = None) -> Lab:
    """A labelled text that is one whole span of ``entity`` (or unlabelled)."""
    return text, ([(0, len(text), entity)] if entity else [])


def cat(*pieces: Lab | str) -> Lab:
    """Concatenate labelled pieces (plain strings are unlabelled), shifting their spans."""
    out: list[str] = []
    spans: Spans = []
    n = 0
    for p in pieces:
        if isinstance(p, str):
            out.append(p)
            n += len(p)
            continue
        text, sp = p
        spans.extend((s + n, e + n, ent) for s, e, ent in sp)
        out.append(text)
        n += len(text)
    return "".join(out), spans


def join(sep: str, pieces: Sequence[Lab | str]) -> Lab:
    """Join labelled pieces with ``sep``."""
    items: list[Lab | str] = []
    for i, p in enumerate(pieces):
        if i:
            items.append(sep)
        items.append(p)
    return cat(*items)


def url_encode(piece: Lab, *, plus: bool = True) -> Lab:
    """Percent-encode a labelled query value; spans follow their characters."""
    text, spans = piece
    if text.isalnum():
        return piece
    pos = [0]
    out: list[str] = []
    cache = _PLUS_QUOTED if plus else _QUOTED
    for ch in text:
        enc = cache.get(ch)
        if enc is None:
            enc = cache[ch] = "+" if (plus and ch == " ") else quote(ch, safe="-._~")
        out.append(enc)
        pos.append(pos[-1] + len(enc))
    return "".join(out), [(pos[s], pos[e], ent) for s, e, ent in spans]


_QUOTED: dict[str, str] = {}
_PLUS_QUOTED: dict[str, str] = {}


@cache
def slugify(term: str) -> str:
    """URL slug of a term as CMSs write it: ``Parkinson's disease`` -> parkinsons-disease."""
    return re.sub(r"[^a-z0-9]+", "-", term.lower().replace("'", "")).strip("-")


@cache
def title(term: str) -> str:
    """Title case that leaves acronyms alone: ``type 2 diabetes`` -> Type 2 Diabetes."""
    return " ".join(w[:1].upper() + w[1:] if w.islower() else w for w in term.split(" "))


@cache
def ascii_fold(text: str) -> str:
    """Drop accents for email local parts: José -> Jose."""
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def sha256(text: str) -> str:
    """Hex SHA-256, as ad platforms require for hashed user data."""
    return hashlib.sha256(text.encode()).hexdigest()


def luhn_digit(payload: str) -> str:
    """The check digit that makes ``payload + digit`` pass the Luhn check."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


_SLOT = re.compile(r"\{(\w+)\}")
_COMPILED: dict[str, list[tuple[str, str]]] = {}


def compile_template(template: str) -> list[tuple[str, str]]:
    """Split ``"a {x} b"`` into ``[("a ", "x"), (" b", "")]`` once per template."""
    parts = _COMPILED.get(template)
    if parts is None:
        bits = _SLOT.split(template)
        bits.append("")
        parts = [(bits[i], bits[i + 1]) for i in range(0, len(bits) - 1, 2)]
        _COMPILED[template] = parts
    return parts


# --------------------------------------------------------------------------------------
# Free-text templates: {slot} as is, {Slot} first letter capitalised, {SLOT} title case.
# --------------------------------------------------------------------------------------

# CRM notes written by call-centre staff and sales reps (HubSpot Notes, Salesforce Description).
NOTE_CLAUSES = (
    "Spoke with {first} re: {proc} consult.",
    "Pt interested in {proc}; hx of {cond}.",
    "Currently taking {med} and {med}.",
    "Caller states she was diagnosed with {cond} in {year}.",
    "He says he was dx'd with {cond} back in {year}, on {med} since.",
    "Requested appt on {date} at {time}.",
    "Appt scheduled {date} w/ Dr. {doc}.",
    "Booked for {date}, {time} at {clinic}.",
    "Best callback number {phone}.",
    "Cell: {phone} / work: {phone2}",
    "Call back at {phone} after 5pm, not before.",
    "Please fax records to {fax}.",
    "Fax from referring office: {fax}",
    "DOB {dob}, MRN {mrn}.",
    "MRN: {mrn}",
    "Chart # {mrn} (old system)",
    "Insurance: {payer}, member ID {member}.",
    "Verified {payer} ID# {member}, group 004512.",
    "Medicare MBI {mbi}, secondary {payer}.",
    "SSN {ssn} provided for financial assistance application.",
    "Social on file: {ssn}",
    "Referred by Dr. {docfull}, NPI {npi}.",
    "Referring provider Dr. {doc}, DEA {dea}, NPI {npi}.",
    "Lives at {street}, {city}, {state} {zip}.",
    "New address: {street}, {city} {zip}",
    "Moved to {county} last year, closer to the {clinic}.",
    "Email bounced, updated to {email}.",
    "Alt email {email}",
    "Paid ${price} deposit with card {cc}, exp 08/27.",
    "Card on file {cc} declined, will call back.",
    "Guarantor account {acct}, balance ${price}.",
    "Patient acct # {acct} sent to collections in error.",
    "Driver's license {dl} on file for ID verification.",
    "ID checked: DL# {dl} ({state}).",
    "Needs parking pass, license plate {plate}.",
    "Auto accident claim ({car}), vehicle VIN {vin}, plate {plate}.",
    "Paired {devmodel}, serial {serial}, IMEI {imei}.",
    "Device MAC {mac} registered to the patient app.",
    "Portal login from {ip}, locked after 3 attempts.",
    "Reports {symptom} for 3 weeks.",
    "Complains of {symptom} and {symptom}.",
    "Wants a second opinion on {cond} before starting {med}.",
    "Post-{proc} follow-up needed on {date}.",
    "Family hx: mother had {cond}.",
    "Asked about the cost of {proc} with {payer}.",
    "Stopped {med} due to side effects, asking about {med}.",
    "Pt said \"{quote}\"",
    'Message left: "{quote}"',
    "Spouse {relname} will drive; reach at {phone2}.",
    "Emergency contact {relname}, {phone2}.",
    # No PHI in these: order numbers, promos, departments, years, small ages, bare numbers.
    "Order {order} shipped.",
    "Order {zipish} shipped to the clinic store pickup desk.",
    "Sent {campaign} email; offer ends {promo}.",
    "Transferred to central scheduling.",
    "Clicked promo {sku} (${price}).",
    "Left VM.",
    "No answer x2.",
    "Opted in to SMS on web form.",
    "Mentioned her {youngage}-year-old son may also need new patient paperwork.",
    "Prefers mornings at the {clinic}.",
    "Lead from {campaign}.",
    "Asked for clinic hours; sent link.",
    "Will think about it, follow up in {year}.",
    "Pt: {lastfirst}, DOB {dob}.",
    "Callback # {phone} (cell), ok to leave msg.",
    "tel. {phone}",
    "D.O.B.: {dob}",
    "Wife {relname} called on his behalf re {proc}.",
    "Rx: {med} {dose}, refills 2.",
    "Dx: {cond}; Rx: {med} {dose}.",
    "Scheduled for {proc} {date}, arrive 30 min early.",
    "Pre-op clearance for {proc} due by {date}.",
    "Sent intake packet to {email}.",
    "Zip on file {zip}, outside service area.",
    "Texted {phone} a reminder for {date}.",
    "Worker's comp claim, employer fax {fax}.",
    "Insurance card: member {member}, RX BIN 610014, PCN 9999.",
    "{Cond} flare-up last week; ER visit on {date}.",
    "Requested records from {date} to {date2}.",
    "Patient's {relation} ({relname}) is the guarantor, acct {acct}.",
    "Seen at the {clinic} on {date} for {proc}.",
    "Self-pay quote for {proc}: ${price}.",
    "Webinar attendee ({campaign}), no clinical info.",
)  # fmt: skip
NOTE_CLAUSES_OLD = (
    "{age}-year-old patient, daughter {relname} handles scheduling.",
    "Pt is {age} y/o, lives alone in {city}.",
    "Age {age}, hard of hearing - call {phone} slowly.",
    "{Age} yo, son is POA.",
)
NOTE_CLAUSES_ABBREV = (
    "PMH: {abbrev}, {abbrev}.",
    "Hx {abbrev} on {med}.",
    "{abbrev} - needs {proc} referral.",
)

# What patients type into forms, chats and search boxes (first person, often lowercase).
PATIENT_VOICE = (
    "I have been diagnosed with {cond} and take {med}.",
    "i was just diagnosed with {cond}, what are my options",
    "Looking for a second opinion about {proc} for my {cond}.",
    "Need to reschedule my {proc} from {date} to {date2}.",
    "Started {med} last month and now have {symptom}.",
    "Can I get a refill of {med}? My pharmacy fax is {fax}.",
    "Please call me at {phone}, I'd like to talk about {proc}.",
    "I've had {symptom} since {date}.",
    "Is {proc} covered by {payer}? My member ID is {member}.",
    "{Symptom} and {symptom} for about a week",
    "My doctor said I need a {proc} because of my {cond}.",
    "I'm on {med} for my {cond} and want to switch to {med}.",
    "Looking for a doctor who treats {cond} near {city}.",
    "Email me at {email} with available times.",
    "Hi, I'm {name} and I need to book a {proc}.",
    "my {relation} has {cond}, do you have support groups?",
    "My mother is {age} and has {cond}. Can she be seen this week?",
    "Dad just turned {age}, needs help managing his {med}.",
    "Do you take {payer}?",
    "What are your hours on Saturday?",
    "Is there parking at the {clinic}?",
    "I want to ask about the {campaign} promotion.",
    "Can someone call me back? {phone}",
    "Born {dob}, new patient, want to establish care for my {cond}.",
    "had a {proc} on {date} and still have {symptom}",
    "Interested in {proc}. BMI is 41. Have {cond}.",
    "can i get an appt for my {cond} this week? my number is {phone}",
    "I take {med} and {med} - is it safe to get a {proc}?",
    "Hello, my name is {name}, DOB {dob}. Please send my records to {email}.",
    "My son has {cond}, he's {youngage}. Do you see kids?",
    "Question about my bill, account {acct}.",
    "Was told to fast before my {proc} on {date}, is that right?",
    "Need a referral for {proc}. Member ID {member}",
    "I'm {age} years old and live alone, can someone help me with my {med}?",
    "Please cancel my appointment on {date}.",
    "Where do I park for my {proc}?",
    "Does the {clinic} have evening hours?",
)  # fmt: skip
SEARCH_TERMS = (
    "{med} side effects", "{cond} symptoms", "{proc} cost", "{proc} near me",
    "find a doctor near me", "how long does {proc} take", "{med} vs {med}", "{cond} treatment",
    "can {cond} be cured", "{symptom} at night", "urgent care hours", "visitor parking",
    "pay my bill", "{med} dosage", "{proc} recovery time", "is {cond} hereditary",
    "careers nursing", "{cond} diet", "{symptom} and {symptom}", "urgent care wait time",
    "{proc} for {cond}", "does insurance cover {med}", "gift shop", "medical records request",
    "{cond} specialist", "{med} coupon", "{proc} prep instructions", "{symptom} in children",
    "what is {cond}", "{med} generic", "cafeteria menu", "volunteer opportunities",
)  # fmt: skip

# slot -> (entity or None, generator method name)
SLOTS: dict[str, tuple[str | None, str]] = {
    "first": ("NAME", "s_first"),
    "name": ("NAME", "s_name"),
    "lastfirst": ("NAME", "s_last_first"),
    "relname": ("NAME", "s_other_name"),
    "doc": ("NAME", "s_doc"),
    "docfull": ("NAME", "s_docfull"),
    "cond": ("HEALTH_CONDITION", "s_cond"),
    "abbrev": ("HEALTH_CONDITION", "s_abbrev"),
    "symptom": ("HEALTH_CONDITION", "s_symptom"),
    "med": ("MEDICATION", "s_med"),
    "proc": ("PROCEDURE", "s_proc"),
    "dob": ("DATE", "s_dob"),
    "date": ("DATE", "s_date"),
    "date2": ("DATE", "s_date"),
    "phone": ("PHONE", "s_phone"),
    "phone2": ("PHONE", "s_other_phone"),
    "fax": ("FAX", "s_fax"),
    "email": ("EMAIL", "s_email"),
    "ssn": ("SSN", "s_ssn"),
    "mrn": ("MRN", "s_mrn"),
    "member": ("HEALTH_PLAN_ID", "s_member"),
    "mbi": ("HEALTH_PLAN_ID", "s_mbi"),
    "acct": ("ACCOUNT_NUMBER", "s_acct"),
    "cc": ("CREDIT_CARD", "s_cc"),
    "dl": ("LICENSE_NUMBER", "s_dl"),
    "dea": ("LICENSE_NUMBER", "s_dea"),
    "npi": ("OTHER_ID", "s_npi"),
    "vin": ("VEHICLE_ID", "s_vin"),
    "plate": ("VEHICLE_ID", "s_plate"),
    "imei": ("DEVICE_ID", "s_imei"),
    "mac": ("DEVICE_ID", "s_mac"),
    "serial": ("DEVICE_ID", "s_serial"),
    "ip": ("IP_ADDRESS", "s_ip"),
    "age": ("AGE_OVER_89", "s_age"),
    "street": ("LOCATION", "s_street"),
    "city": ("LOCATION", "s_city"),
    "county": ("LOCATION", "s_county"),
    "zip": ("ZIP_CODE", "s_zip"),
    # Unlabelled: look like identifiers or health words, are not PHI.
    "state": (None, "s_state"),
    "payer": (None, "s_payer"),
    "dept": (None, "s_dept"),
    "clinic": (None, "s_clinic"),
    "order": (None, "s_order"),
    "zipish": (None, "s_zipish"),
    "sku": (None, "s_sku"),
    "price": (None, "s_price"),
    "promo": (None, "s_promo"),
    "campaign": (None, "s_campaign"),
    "year": (None, "s_year"),
    "youngage": (None, "s_young_age"),
    "time": (None, "s_time"),
    "relation": (None, "s_relation"),
    "dose": (None, "s_dose"),
    "car": (None, "s_car"),
    "devmodel": (None, "s_devmodel"),
    "quote": (None, "s_quote"),
}


class FastRandom(random.Random):
    """``random.Random`` with one-frame ``choice`` and ``randint``.

    The stock versions go through three Python frames of rejection sampling; generation
    calls them millions of times, and ``--records 100000`` must stay fast. The float
    method's bias (< 2**-40 for our ranges) is irrelevant for synthetic data.
    """

    def choice(self, seq):  # type: ignore[override]
        return seq[int(self.random() * len(seq))]

    def randint(self, a: int, b: int) -> int:
        return a + int(self.random() * (b - a + 1))


class Person:
    """One invented person: every export that mentions them says the same things."""

    __slots__ = (
        "age", "city", "county", "dob", "email", "first", "last", "member", "mrn", "phone",
        "state", "street", "zip",
    )  # fmt: skip

    def __init__(self, rng: FastRandom) -> None:
        self.first = rng.choice(FIRST_NAMES)
        self.last = rng.choice(LAST_NAMES)
        if rng.random() < 0.07:  # the over-89 patients Safe Harbor singles out
            self.dob = dt.date(rng.randint(1926, 1933), rng.randint(1, 12), rng.randint(1, 28))
        else:
            self.dob = dt.date(rng.randint(1940, 2005), rng.randint(1, 12), rng.randint(1, 28))
        self.age = (
            TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        )
        self.city, self.county, self.state, areas, zips = rng.choice(CITIES)
        self.zip = rng.choice(zips)
        self.phone = rng.choice(areas) + "55501" + f"{rng.randint(0, 99):02d}"
        self.street = ""
        self.email = ""
        self.mrn = ""
        self.member = ""


class Synth:
    """Seeded generator of identifiers, health terms, free text and whole records."""

    def __init__(self, rng: FastRandom, people: int = 1) -> None:
        self.rng = rng
        self._doc_last = ""
        self.pool = [self._new_person() for _ in range(max(1, people))]
        self.p: Person = self.pool[0]

    # ---- people ----------------------------------------------------------------------
    def _new_person(self) -> Person:
        p = Person(self.rng)
        p.street = self.street()
        p.email = self.email_for(p.first, p.last)
        p.mrn = self.mrn()
        p.member = self.member_id()
        return p

    def person(self, i: int | None = None) -> Person:
        """Make person ``i`` of the pool (default: a random one) the current person.

        Event sources draw with replacement (one person, several visits); CRM exports walk
        the pool in order, so contacts repeat only in runs larger than the pool.
        """
        self.p = self.pool[i % len(self.pool)] if i is not None else self.rng.choice(self.pool)
        return self.p

    def email_for(self, first: str, last: str) -> str:
        rng = self.rng
        f = ascii_fold(first).lower()
        l = ascii_fold(last).lower().replace("'", "")  # noqa: E741
        n = rng.randint(1, 99)
        local = rng.choice(EMAIL_LOCALS).format(f=f, l=l, f0=f[0], l0=l[0], n=n, y=1950 + n % 55)
        email = f"{local}@{rng.choice(DOMAINS)}"
        if rng.random() < 0.08:
            email = email[0].upper() + email[1:]
        return email

    def street(self) -> str:
        rng = self.rng
        num = rng.randint(10, 99) if rng.random() < 0.5 else rng.randint(100, 9999)
        d = rng.choice(("", "", "N ", "S ", "W ", "E ", "North "))
        s = f"{num} {d}{rng.choice(STREET_NAMES)} {rng.choice(STREET_TYPES)}"
        r = rng.random()
        if r < 0.15:
            s += f" Apt {rng.randint(1, 30)}{rng.choice('ABCD')}"
        elif r < 0.22:
            s += f", Unit {rng.randint(100, 2400)}"
        return s

    def name(self) -> str:
        return f"{self.rng.choice(FIRST_NAMES)} {self.rng.choice(LAST_NAMES)}"

    # ---- identifiers -----------------------------------------------------------------
    def phone(self, digits: str | None = None) -> str:
        d = digits or (self.rng.choice(CITIES)[3][0] + "55501" + f"{self.rng.randint(0, 99):02d}")
        return self.rng.choice(PHONE_FORMATS).format(a=d[:3], b=d[3:6], c=d[6:])

    def ssn(self) -> str:
        rng = self.rng
        area = rng.randint(1, 898)
        area += area >= 666  # 666 is never issued
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        sep = rng.choice(("-", "-", "-", " ", ""))
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}"

    def mrn(self) -> str:
        n = self.rng.randint(100000, 99999999)
        return self.rng.choice(MRN_FORMATS).format(n=n, r=n % 10**7)

    def member_id(self) -> str:
        rng = self.rng
        k = rng.randint(0, 6)
        n = rng.randint(100000000, 999999999)
        if k in (0, 1, 2):
            letters = "".join(rng.choices("ABCDEFGHJKLMNPRSTUVWXYZ", k=3))
            return (f"{letters}{n}", f"{letters}-{n}-01", f"{letters[:2]}{n // 10}")[k]
        return (f"W{n}", f"{n}01", f"U{n}{n % 7}", f"ZG{n // 100}")[k - 3]

    def mbi(self) -> str:
        rng = self.rng
        an = MBI_LETTERS + "0123456789"
        c = [
            str(rng.randint(1, 9)), rng.choice(MBI_LETTERS), rng.choice(an), str(rng.randint(0, 9)),
            rng.choice(MBI_LETTERS), rng.choice(an), str(rng.randint(0, 9)),
            rng.choice(MBI_LETTERS), rng.choice(MBI_LETTERS), str(rng.randint(0, 9)),
            str(rng.randint(0, 9)),
        ]  # fmt: skip
        s = "".join(c)
        return f"{s[:4]}-{s[4:7]}-{s[7:]}" if rng.random() < 0.3 else s

    def account(self) -> str:
        rng = self.rng
        n = rng.randint(10**6, 10**10)
        return rng.choice((f"PA-{n % 10**8:08d}", f"{n:010d}", f"77{n % 10**8:08d}", f"G{n}"))

    def card(self) -> str:
        num = self.rng.choice(TEST_CARDS)
        style = self.rng.random()
        if len(num) == 16 and style < 0.4:
            return " ".join(num[i : i + 4] for i in range(0, 16, 4))
        if len(num) == 16 and style < 0.6:
            return "-".join(num[i : i + 4] for i in range(0, 16, 4))
        if len(num) == 15 and style < 0.5:
            return f"{num[:4]} {num[4:10]} {num[10:]}"
        return num

    def drivers_license(self) -> str:
        """Licence numbers in a few states' shapes (IL, CA, NY, TX, FL)."""
        rng = self.rng
        letter = rng.choice("ABCDEFGHJKLMNPRSTW")
        k = rng.randint(0, 5)
        if k == 0:
            return f"{letter}{rng.randint(10**10, 10**11 - 1)}"
        if k == 1:
            n = f"{rng.randint(10**10, 10**11 - 1)}"
            return f"{letter}{n[:3]}-{n[3:7]}-{n[7:]}"
        if k == 2:
            return f"{letter}{rng.randint(10**6, 10**7 - 1)}"
        if k == 3:
            return f"{rng.randint(10**8, 10**9 - 1)}"
        if k == 4:
            return f"{rng.randint(10**7, 10**8 - 1)}"
        n = f"{rng.randint(10**11, 10**12 - 1)}"
        return f"{letter}{n[:3]}-{n[3:6]}-{n[6:8]}-{n[8:11]}-{n[11]}"

    def dea(self, last: str | None = None) -> str:
        rng = self.rng
        initial = ascii_fold(last or rng.choice(LAST_NAMES))[0].upper()
        d = [rng.randint(0, 9) for _ in range(6)]
        check = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
        return f"{rng.choice('ABFGM')}{initial}{''.join(map(str, d))}{check}"

    def npi(self) -> str:
        base = str(self.rng.randint(1, 2)) + f"{self.rng.randint(0, 10**8 - 1):08d}"
        return base + luhn_digit("80840" + base)

    def vin(self) -> str:
        rng = self.rng
        body = list(rng.choice(VIN_WMI) + "".join(rng.choices(VIN_CHARS, k=5)))
        body += ["0", rng.choice("ABCDEFGHJKLMNPRSTVWXY123456789"), rng.choice(VIN_CHARS)]
        body += [str(rng.randint(0, 9)) for _ in range(6)]
        total = sum(VIN_VALUES[c] * w for c, w in zip(body, VIN_WEIGHTS, strict=True))
        body[8] = "X" if total % 11 == 10 else str(total % 11)
        return "".join(body)

    def plate(self) -> str:
        rng = self.rng
        return "".join(
            rng.choice(PLATE_LETTERS) if c == "L" else rng.choice("0123456789") if c == "D" else c
            for c in rng.choice(PLATE_SHAPES)
        )

    def imei(self) -> str:
        body = "35" + f"{self.rng.randint(0, 10**12 - 1):012d}"
        imei = body + luhn_digit(body)
        if self.rng.random() < 0.4:
            return f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}"
        return imei

    def mac(self) -> str:
        rng = self.rng
        octets = [rng.choice((0x02, 0x06, 0x0A, 0x0E, 0x12, 0x3A))] + [
            rng.randint(0, 255) for _ in range(5)
        ]
        style = rng.random()
        if style < 0.5:
            return ":".join(f"{o:02X}" for o in octets)
        if style < 0.8:
            return "-".join(f"{o:02x}" for o in octets)
        h = "".join(f"{o:02x}" for o in octets)
        return f"{h[:4]}.{h[4:8]}.{h[8:]}"

    def serial(self) -> str:
        rng = self.rng
        k = rng.randint(0, 2)
        if k == 0:
            return f"SN{rng.randint(10**8, 10**9)}"
        return ("", "G7")[k - 1] + "".join(rng.choices(ALNUM[:36], k=(12, 8)[k - 1]))

    def ipv4(self) -> str:
        net = self.rng.choice(("192.0.2", "198.51.100", "203.0.113"))
        return f"{net}.{self.rng.randint(1, 254)}"

    def ipv6(self) -> str:
        rng = self.rng
        k = rng.randint(0, 3)
        g = [f"{rng.getrandbits(16):x}" for _ in range((3, 6, 1, 6)[k])]
        if k == 0:
            return f"2001:db8:{g[0]}:{g[1]}::{g[2]}"
        if k == 2:
            return f"2001:db8::{g[0]}"
        return ("2001:db8:" if k == 1 else "2001:0db8:") + ":".join(g)

    def ip(self) -> str:
        return self.ipv6() if self.rng.random() < 0.3 else self.ipv4()

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def hexid(self, n: int) -> str:
        return f"{self.rng.getrandbits(4 * n):0{n}x}"

    def b64(self, n: int) -> str:
        return base64.urlsafe_b64encode(self.rng.randbytes(n)).decode()[:n]

    def gclid(self) -> str:
        return "Cj0KCQjw" + self.b64(self.rng.randint(40, 80))

    def ga_client_id(self, first_seen: int) -> str:
        return f"{self.rng.randint(10**8, 2 * 10**9)}.{first_seen}"

    def fbp(self, ms: int) -> str:
        return f"fb.1.{ms}.{self.rng.randint(10**9, 2 * 10**9)}"

    def fbc(self, ms: int) -> str:
        return f"fb.1.{ms}.IwAR{self.b64(self.rng.randint(40, 60))}"

    # ---- dates -----------------------------------------------------------------------
    def fmt_date(self, d: dt.date) -> str:
        m = d.month
        return self.rng.choice(DATE_FORMATS).format(
            m=m, d=d.day, y=d.year, yy=d.year % 100, M=MONTHS[m - 1], Mo=MON[m - 1]
        )

    def appt_day(self) -> dt.date:
        return dt.date(2024, 3, 1) + dt.timedelta(days=self.rng.randint(0, 120))

    def fmt_appt(self, d: dt.date) -> str:
        """An appointment date, often without its year as people write them."""
        rng = self.rng
        if rng.random() < 0.6:
            return self.fmt_date(d)
        day = d.day
        th = "th" if 10 <= day <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        m = d.month
        return rng.choice(APPT_FORMATS).format(
            m=m, d=day, M=MONTHS[m - 1], Mo=MON[m - 1], W=WEEKDAYS[d.weekday()], th=th
        )

    def promo_date(self) -> str:
        d = dt.date(2024, self.rng.choice((4, 5, 6, 12)), self.rng.choice((15, 30, 31 - 1)))
        if self.rng.random() < 0.5:
            d = dt.date(2024, 12, 31)
        return self.rng.choice((f"{d.month}/{d.day}/{d.year}", f"{MONTHS[d.month - 1]} {d.day}"))

    # ---- slots -----------------------------------------------------------------------
    def s_first(self) -> str:
        return self.p.first

    def s_name(self) -> str:
        return f"{self.p.first} {self.p.last}"

    def s_last_first(self) -> str:
        return f"{self.p.last}, {self.p.first}"

    def s_dose(self) -> str:
        return self.rng.choice(("10 mg", "25mg", "0.5 mg weekly", "500 mg BID", "1 tab daily"))

    def s_other_name(self) -> str:
        return self.name()

    def s_doc(self) -> str:
        self._doc_last = self.rng.choice(LAST_NAMES)
        return self._doc_last

    def s_docfull(self) -> str:
        self._doc_last = self.rng.choice(LAST_NAMES)
        return f"{self.rng.choice(FIRST_NAMES)} {self._doc_last}"

    def s_cond(self) -> str:
        return self.rng.choice(CONDITIONS)

    def s_abbrev(self) -> str:
        return self.rng.choice(CONDITION_ABBREV)

    def s_symptom(self) -> str:
        return self.rng.choice(SYMPTOMS)

    def s_med(self) -> str:
        return self.rng.choice(MEDICATIONS)

    def s_proc(self) -> str:
        return self.rng.choice(PROCEDURES)

    def s_dob(self) -> str:
        return self.fmt_date(self.p.dob)

    def s_date(self) -> str:
        return self.fmt_appt(self.appt_day())

    def s_phone(self) -> str:
        return self.phone(self.p.phone)

    def s_other_phone(self) -> str:
        return self.phone()

    def s_fax(self) -> str:
        return self.phone()

    def s_email(self) -> str:
        return self.p.email

    def s_ssn(self) -> str:
        return self.ssn()

    def s_mrn(self) -> str:
        return self.p.mrn

    def s_member(self) -> str:
        return self.p.member

    def s_mbi(self) -> str:
        return self.mbi()

    def s_acct(self) -> str:
        return self.account()

    def s_cc(self) -> str:
        return self.card()

    def s_dl(self) -> str:
        return self.drivers_license()

    def s_dea(self) -> str:
        return self.dea(self._doc_last or None)

    def s_npi(self) -> str:
        return self.npi()

    def s_vin(self) -> str:
        return self.vin()

    def s_plate(self) -> str:
        return self.plate()

    def s_imei(self) -> str:
        return self.imei()

    def s_mac(self) -> str:
        return self.mac()

    def s_serial(self) -> str:
        return self.serial()

    def s_ip(self) -> str:
        return self.ip()

    def s_age(self) -> str:
        return str(self.p.age if self.p.age > 89 else self.rng.randint(90, 101))

    def s_street(self) -> str:
        return self.p.street

    def s_city(self) -> str:
        return self.p.city

    def s_county(self) -> str:
        return self.p.county

    def s_zip(self) -> str:
        return (
            self.p.zip
            if self.rng.random() < 0.8
            else f"{self.p.zip}-{self.rng.randint(1000, 9999)}"
        )

    def s_state(self) -> str:
        return self.p.state

    def s_payer(self) -> str:
        return self.rng.choice(PAYERS)

    def s_dept(self) -> str:
        return self.rng.choice(DEPARTMENTS)

    def s_clinic(self) -> str:
        return self.rng.choice(CLINICS)

    def s_order(self) -> str:
        return self.rng.choice(("#", "WEB-", "T-", "")) + str(self.rng.randint(100000, 9999999))

    def s_zipish(self) -> str:
        return self.rng.choice(CITIES)[4][0]

    def s_sku(self) -> str:
        return self.rng.choice(STORE_ITEMS)[0]

    def s_price(self) -> str:
        return f"{self.rng.randint(5, 400)}.{self.rng.choice(('00', '99', '50', '95'))}"

    def s_promo(self) -> str:
        return self.promo_date()

    def s_campaign(self) -> str:
        return self.rng.choice(CAMPAIGNS)

    def s_year(self) -> str:
        return str(self.rng.randint(2005, 2023))

    def s_young_age(self) -> str:
        return str(self.rng.randint(4, 17))

    def s_time(self) -> str:
        rng = self.rng
        h, m = rng.randint(7, 17), rng.choice((0, 15, 30, 45))
        k = rng.randint(0, 2)
        if k == 1:
            return f"{h:02d}:{m:02d}"
        ampm = ("AM", "PM", "am", "pm")[(h >= 12) + 2 * (k == 2)]
        return f"{(h - 1) % 12 + 1}:{m:02d}{' ' if k == 0 else ''}{ampm}"

    def s_relation(self) -> str:
        return self.rng.choice(("husband", "wife", "son", "daughter", "mom", "dad", "partner"))

    def s_car(self) -> str:
        return self.rng.choice(CAR_MAKES)

    def s_devmodel(self) -> str:
        return self.rng.choice(DEVICE_MODELS)

    def s_quote(self) -> Lab:
        return self.fill(self.rng.choice(PATIENT_VOICE[:16]))

    # ---- templates -------------------------------------------------------------------
    def fill(self, template: str, *, lower: bool = False) -> Lab:
        """Fill a template's slots, labelling each slot's value with its entity."""
        out: list[str] = []
        spans: Spans = []
        n = 0
        for lit, slot in compile_template(template):
            if lit:
                out.append(lit)
                n += len(lit)
            if not slot:
                continue
            entity, method = SLOTS[slot.lower()]
            value = getattr(self, method)()
            if isinstance(value, tuple):  # a nested labelled text
                text, inner = value
                spans.extend((s + n, e + n, ent) for s, e, ent in inner)
            else:
                text = value
                if slot.isupper():
                    text = title(text)
                elif slot[0].isupper():
                    text = text[:1].upper() + text[1:]
                if lower and text.isascii():
                    text = text.lower()
                if entity:
                    spans.append((n, n + len(text), entity))
            out.append(text)
            n += len(text)
        self._doc_last = ""
        return "".join(out), spans

    def note(self, *, lines: bool) -> Lab:
        """A CRM note of a few clauses (multi-line when ``lines``)."""
        rng = self.rng
        k = rng.randint(1, 3)
        clauses = [self.fill(rng.choice(NOTE_CLAUSES)) for _ in range(k)]
        if self.p.age > 89 and rng.random() < 0.7:
            clauses.insert(rng.randint(0, k), self.fill(rng.choice(NOTE_CLAUSES_OLD)))
        if rng.random() < 0.15:
            clauses.insert(rng.randint(0, k), self.fill(rng.choice(NOTE_CLAUSES_ABBREV)))
        sep = (
            rng.choice(("\n", "\n", " ", " | ", "\n\n"))
            if lines
            else rng.choice((" ", "  ", " / "))
        )
        return join(sep, clauses)

    def patient_text(self) -> Lab:
        lower = self.rng.random() < 0.3
        return self.fill(self.rng.choice(PATIENT_VOICE), lower=lower)

    def search_term(self) -> Lab:
        return self.fill(self.rng.choice(SEARCH_TERMS), lower=True)

    def health_term(self) -> tuple[str, str]:
        """(entity, term) with conditions, procedures and medications mixed."""
        entity = self.rng.choice(
            ("HEALTH_CONDITION", "HEALTH_CONDITION", "PROCEDURE", "MEDICATION")
        )
        return entity, self.rng.choice(HEALTH_POOLS[entity])


# Clinic web store: (SKU, item name, category, price, labelled health words in the name)
STORE_ITEMS: tuple[tuple[str, str, str, float, tuple[str, str] | None], ...] = (
    ("SKU-GC-0050", "Gift Card $50", "Gift Cards", 50.0, None),
    ("SKU-TOTE-01", "Logo Tote Bag", "Merchandise", 14.99, None),
    ("SKU-PRK-30", "30-Day Parking Pass", "Parking", 45.0, None),
    ("SKU-SLP-DEP", "Sleep Study Deposit", "Services", 150.0, ("Sleep Study", "PROCEDURE")),
    ("SKU-SEMA-M1", "Semaglutide Program - Month 1", "Weight Management", 299.0,
     ("Semaglutide", "MEDICATION")),
    ("SKU-FLU-24", "Flu Shot Voucher", "Wellness", 35.0, ("Flu Shot", "PROCEDURE")),
    ("SKU-LAB-A1C", "A1C Test - Lab Voucher", "Lab Tests", 24.99, ("A1C Test", "PROCEDURE")),
    ("SKU-MAM-SP", "Screening Mammogram (Self-Pay)", "Imaging", 120.0,
     ("Screening Mammogram", "PROCEDURE")),
    ("SKU-MUG-12", "Coffee Mug 12oz", "Merchandise", 9.5, None),
    ("SKU-BAB-CLS", "Babysitting Basics Class", "Classes", 40.0, None),
    ("SKU-SOX-02", "Compression Socks (Pair)", "Supplies", 19.99, None),
    ("SKU-TIRZ-M1", "Tirzepatide Program - Month 1", "Weight Management", 349.0,
     ("Tirzepatide", "MEDICATION")),
)  # fmt: skip


def item_name_lab(item: tuple[str, str, str, float, tuple[str, str] | None]) -> Lab:
    """An item name with its health words labelled."""
    name, health = item[1], item[4]
    if not health:
        return name, []
    s = name.index(health[0])
    return name, [(s, s + len(health[0]), health[1])]


# --------------------------------------------------------------------------------------
# Pages of a hospital website (shared by GA4, Segment and Meta)
# --------------------------------------------------------------------------------------

SITES = (
    ("Riverbend Health", "https://www.riverbendhealth.example"),
    ("Lakeshore Medical Center", "https://www.lakeshoremedical.example"),
    ("Summit Valley Clinic", "https://summitvalleyclinic.example.org"),
)
NEUTRAL_PAGES = (
    ("/", "Home"), ("/about-us/", "About Us"),
    ("/locations/lincoln-park-clinic", "Lincoln Park Clinic"),
    ("/careers/nursing", "Nursing Careers"),
    ("/blog/healthy-summer-tips", "5 Tips for a Healthy Summer"),
    ("/patients-visitors/parking", "Parking & Directions"),
    ("/classes-events/", "Classes & Events"),
    ("/donate", "Give Today"), ("/patients-visitors/billing", "Billing & Insurance"),
    ("/news/2024/new-north-pavilion-opens", "New North Pavilion Opens"),
)  # fmt: skip


class Page:
    """A page: URL path (labelled), page title (labelled), and query parameters."""

    __slots__ = ("path", "query", "title")

    def __init__(self, path: Lab, title_: Lab, query: list[tuple[str, Lab]] | None = None):
        self.path = path
        self.title = title_
        self.query = query or []


def page_for(s: Synth, site: str) -> Page:
    """Pick a page the way traffic spreads over a hospital site."""
    rng = s.rng
    r = rng.random()
    suffix = f" | {site}"
    if r < 0.17:
        c = rng.choice(CONDITIONS)
        slug = slugify(c)
        lead = "/conditions/"
        t = rng.choice(("{} | ", "{}: Symptoms, Causes & Treatment | ", "Living With {} | "))
        pre, post = t.split("{}")
        return Page(
            (f"{lead}{slug}/", [(len(lead), len(lead) + len(slug), "HEALTH_CONDITION")]),
            cat(pre, lab(title(c), "HEALTH_CONDITION"), post + site),
        )
    if r < 0.33:
        p = rng.choice(PROCEDURES)
        slug = slugify(p)
        lead = rng.choice(("/services/", "/treatments/", "/services/surgery/"))
        trail = rng.choice(("", "/"))
        return Page(
            (f"{lead}{slug}{trail}", [(len(lead), len(lead) + len(slug), "PROCEDURE")]),
            cat(lab(title(p), "PROCEDURE"), rng.choice(("", " Services", " at")) + suffix),
        )
    if r < 0.40:
        c = rng.choice(CONDITIONS)
        slug = slugify(c)
        lead = "/health-library/"
        return Page(
            (f"{lead}{slug}-symptoms", [(len(lead), len(lead) + len(slug), "HEALTH_CONDITION")]),
            cat(lab(title(c), "HEALTH_CONDITION"), " Symptoms and Causes" + suffix),
        )
    if r < 0.46:
        m = rng.choice(MEDICATIONS)
        slug = slugify(m)
        lead = "/health-library/drugs/"
        return Page(
            (f"{lead}{slug}", [(len(lead), len(lead) + len(slug), "MEDICATION")]),
            cat(lab(m, "MEDICATION"), ": Uses, Side Effects and Warnings" + suffix),
        )
    if r < 0.54:
        q: list[tuple[str, Lab]] = []
        if rng.random() < 0.5:
            q.append(rng.choice(DOCTOR_FILTERS))
        else:
            c = slugify(rng.choice(CONDITIONS))
            q.append(("condition", (c, [(0, len(c), "HEALTH_CONDITION")])))
        if rng.random() < 0.5:
            q.append(("zip", lab(s.p.zip, "ZIP_CODE")))
        return Page(("/find-a-doctor", []), ("Find a Doctor" + suffix, []), q)
    if r < 0.59:
        e, term = s.health_term()
        q = [
            ("appt_date", lab(s.appt_day().isoformat(), "DATE")),
            ("type", (slugify(term), [(0, len(slugify(term)), e)])),
        ]
        if rng.random() < 0.6:
            q.append(("email", url_encode(lab(s.p.email, "EMAIL"))))
        q.append(("confirmation", (s.hexid(8).upper(), [])))
        return Page(("/appointments/confirmation", []), ("Appointment Confirmed" + suffix, []), q)
    if r < 0.62:
        q = [("account", lab(s.account(), "ACCOUNT_NUMBER"))]
        return Page(("/pay-my-bill", []), ("Pay My Bill" + suffix, []), q)
    if r < 0.65:
        q = [("mrn", lab(s.p.mrn, "MRN")), ("tab", ("results", []))]
        return Page(("/patient-portal/results", []), ("Test Results - MyChart" + suffix, []), q)
    if r < 0.73:
        term = s.search_term()
        return Page(("/search", []), ("Search Results" + suffix, []), [("q", url_encode(term))])
    path, name = rng.choice(NEUTRAL_PAGES)
    return Page((path, []), (name + suffix, []), [])


def tracking_params(s: Synth, *, leak: float) -> list[tuple[str, Lab]]:
    """Campaign, click-id and leaked form fields appended to a landing URL."""
    rng = s.rng
    q: list[tuple[str, Lab]] = []
    if rng.random() < 0.3:
        src, med = rng.choice(
            (("google", "cpc"), ("facebook", "paid_social"), ("newsletter", "email"))
        )
        q += [("utm_source", (src, [])), ("utm_medium", (med, []))]
        q.append(("utm_campaign", (rng.choice(CAMPAIGNS), [])))
        if med == "cpc" and rng.random() < 0.5:
            q.append(("utm_term", url_encode(s.search_term())))
    r = rng.random()
    if r < 0.12:
        q.append(("gclid", lab(s.gclid(), "ONLINE_ID")))
    elif r < 0.2:
        q.append(("fbclid", lab("IwAR" + s.b64(rng.randint(30, 50)), "ONLINE_ID")))
    elif r < 0.24:
        q.append(
            ("_ga", lab(f"GA1.1.{s.ga_client_id(1709251200 + rng.randint(0, 10**6))}", "ONLINE_ID"))
        )
    if rng.random() < leak:
        p = s.p
        for key, value in rng.sample(
            (
                ("email", url_encode(lab(p.email, "EMAIL"))),
                ("fname", url_encode(lab(p.first, "NAME"))),
                ("last_name", url_encode(lab(p.last, "NAME"))),
                (
                    "dob",
                    url_encode(lab(rng.choice((p.dob.isoformat(), s.fmt_date(p.dob))), "DATE")),
                ),
                ("phone", url_encode(lab(s.phone(p.phone), "PHONE"))),
                ("zip", lab(p.zip, "ZIP_CODE")),
            ),
            k=rng.randint(1, 3),
        ):
            q.append((key, value))
    return q


def page_url(base: str, page: Page, extra: list[tuple[str, Lab]]) -> Lab:
    """Full URL of a page with its query; spans shifted into the whole URL."""
    pairs = page.query + extra
    if not pairs:
        return cat(base, page.path)
    query = join("&", [cat(k + "=", v) for k, v in pairs])
    return cat(base, page.path, "?", query)


# --------------------------------------------------------------------------------------
# Record builders, one per source. Each yields (record, labels).
# --------------------------------------------------------------------------------------


class Labeller:
    """Collects one record's gold labels while its fields are set."""

    __slots__ = ("labels",)

    def __init__(self) -> None:
        self.labels: Labels = []

    def put(self, obj: dict, key: str, path: str, value: Lab | str, entity: str | None = None):
        """Set ``obj[key]``; label the value (whole, with ``entity``, or by its own spans)."""
        if isinstance(value, str):
            obj[key] = value
            if entity:
                self.labels.append((path, 0, len(value), entity))
            return
        text, spans = value
        obj[key] = text
        self.labels.extend((path, s, e, ent) for s, e, ent in spans)

    def whole(self, path: str, text: str, entity: str) -> None:
        self.labels.append((path, 0, len(text), entity))


def _ua(s: Synth, mobile: bool) -> tuple[str, str, str, str]:
    """(user agent, browser, browser version, OS) of a realistic browser."""
    rng = s.rng
    v = rng.choice(CHROME_VERSIONS)
    if mobile:
        if rng.random() < 0.5:
            ios = rng.choice(("17_3_1", "17_4", "16_7_5"))
            ua = (
                f"Mozilla/5.0 (iPhone; CPU iPhone OS {ios} like Mac OS X) AppleWebKit/605.1.15 "
                f"(KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"
            )
            return ua, "Safari", "17.3", "iOS"
        ua = (
            "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 "
            f"(KHTML, like Gecko) Chrome/{v} Mobile Safari/537.36"
        )
        return ua, "Chrome", v, "Android"
    if rng.random() < 0.7:
        ua = (
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            f"(KHTML, like Gecko) Chrome/{v} Safari/537.36"
        )
        return ua, "Chrome", v, "Windows"
    ua = (
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
        "(KHTML, like Gecko) Version/17.2.1 Safari/605.1.15"
    )
    return ua, "Safari", "17.2.1", "Macintosh"


def ga4_records(s: Synth, n: int) -> Iterator[tuple[dict, Labels]]:
    """GA4 BigQuery export rows, session by session."""
    rng = s.rng
    site, base = SITES[0]
    made = 0
    while made < n:
        p = s.person()
        session_start = int((START - EPOCH).total_seconds()) + rng.randint(0, 90 * 86400)
        first_seen = session_start - rng.choice((0, rng.randint(0, 400 * 86400)))
        pseudo = s.ga_client_id(first_seen)
        session_id = session_start
        session_number = rng.randint(1, 14)
        ur = rng.random()
        user_id: tuple[str, str] | None = None
        if ur < 0.12:
            user_id = (str(rng.randint(10000, 999999)), "ONLINE_ID")
        elif ur < 0.2:
            user_id = (f"u-{s.hexid(12)}", "ONLINE_ID")
        elif ur < 0.26:
            user_id = (sha256(p.email.lower()), "HASHED_ID")
        app = rng.random() < 0.12
        mobile = app or rng.random() < 0.5
        _, browser, bversion, os_name = _ua(s, mobile)
        # GA4 geolocates the IP: usually the person's city, sometimes a neighbouring metro.
        near = rng.choice(CITIES)
        city, state = (p.city, p.state) if rng.random() < 0.75 else (near[0], near[2])
        region = STATE_NAMES[state]
        props: list[tuple[str, str, str | None]] = []
        if rng.random() < 0.4:
            props.append(("patient_portal_user", rng.choice(("yes", "no")), None))
            props.append(
                ("age_group", rng.choice(("25-34", "35-44", "45-54", "55-64", "65+")), None)
            )
        if rng.random() < 0.15:
            props.append(("crm_contact_id", str(rng.randint(10**10, 10**11)), "OTHER_ID"))
        ts = session_start * 1_000_000 + rng.randint(0, 999_999)
        prev_page: Lab | None = None
        k = min(n - made, rng.randint(1, 5))
        page = page_for(s, site)
        extra = tracking_params(s, leak=0.12)
        for i in range(k):
            if i and rng.random() < 0.6:
                page = page_for(s, site)
                extra = []
            url = page_url(base, page, extra)
            rec, labels = _ga4_event(
                s, i, ts, url, page, prev_page, session_id, session_number, pseudo, user_id,
                props, (app, mobile, browser, bversion, os_name), (city, region),
                first_seen,
            )  # fmt: skip
            yield rec, labels
            prev_page = url
            ts += rng.randint(3, 240) * 1_000_000 + rng.randint(0, 999_999)
            made += 1


def _ga4_event(
    s: Synth, i: int, ts: int, url: Lab, page: Page, referrer: Lab | None, session_id: int,
    session_number: int, pseudo: str, user_id: tuple[str, str] | None,
    props: list[tuple[str, str, str | None]], dev: tuple, geo: tuple[str, str], first_seen: int,
) -> tuple[dict, Labels]:  # fmt: skip
    rng = s.rng
    lb = Labeller()
    params: list[dict] = []

    def param(key: str, kind: str, value: object, spans: Spans | str | None = None) -> None:
        j = len(params)
        params.append({"key": key, "value": {kind: value}})
        if spans is None:
            return
        path = f"event_params[{j}].value.{kind}"
        if isinstance(spans, str):
            lb.whole(path, orjson.dumps(value).decode() if kind != "string_value" else value, spans)
        else:
            lb.labels.extend((path, a, b, e) for a, b, e in spans)

    r = rng.random()
    if i == 0 or r < 0.45:
        name = "page_view"
    else:
        name = rng.choice(
            ("scroll", "user_engagement", "form_submit", "generate_lead", "appointment_booked",
             "purchase", "view_search_results", "file_download", "video_start", "click",
             "view_promotion")
        )  # fmt: skip
    if name == "view_search_results":
        term = s.search_term()
    param("page_location", "string_value", url[0], url[1])
    param("page_title", "string_value", page.title[0], page.title[1])
    if referrer is not None and name == "page_view":
        param("page_referrer", "string_value", referrer[0], referrer[1])
    elif i == 0 and rng.random() < 0.5:
        param(
            "page_referrer",
            "string_value",
            rng.choice(
                ("https://www.google.com/", "https://www.bing.com/", "https://l.facebook.com/")
            ),
        )
    param("ga_session_id", "int_value", session_id)
    param("ga_session_number", "int_value", session_number)
    param("engagement_time_msec", "int_value", rng.randint(50, 90_000))
    if i == 0:
        param("entrances", "int_value", 1)
    param("session_engaged", "string_value", "1")
    param("batch_page_id", "int_value", ts // 1000 - rng.randint(0, 9000))
    rec_extra: dict = {}
    if name == "scroll":
        param("percent_scrolled", "int_value", 90)
    elif name == "view_search_results":
        param("search_term", "string_value", term[0], term[1])
    elif name in ("form_submit", "generate_lead"):
        form = rng.choice(
            (("appt-request", "Request an Appointment"), ("contact-us", "Contact Us"),
             ("newsletter", "Newsletter Signup"), ("second-opinion", "Second Opinion Request"))
        )  # fmt: skip
        param("form_id", "string_value", form[0])
        param("form_name", "string_value", form[1])
        param("form_destination", "string_value", f"{SITES[0][1]}/thank-you")
        p = s.p
        leaked = rng.sample(
            ("email", "phone", "first_name", "zip", "dob", "reason", "member_id"),
            k=rng.randint(0, 4),
        )
        for key in leaked:
            if key == "email":
                param("email", "string_value", p.email, "EMAIL")
            elif key == "phone":
                param("phone", "string_value", s.phone(p.phone), "PHONE")
            elif key == "first_name":
                param("first_name", "string_value", p.first, "NAME")
            elif key == "zip":
                if p.zip[0] != "0":
                    param("zip", "int_value", int(p.zip), "ZIP_CODE")
            elif key == "dob":
                param("dob", "string_value", s.fmt_date(p.dob), "DATE")
            elif key == "reason":
                text = s.patient_text()
                param("reason_for_visit", "string_value", text[0], text[1])
            else:
                param("insurance_member_id", "string_value", p.member, "HEALTH_PLAN_ID")
        if name == "generate_lead":
            param("value", "double_value", float(rng.choice((50, 100, 250))))
            param("currency", "string_value", "USD")
    elif name == "appointment_booked":
        e, term_ = s.health_term()
        appt = rng.choice(("New Patient Visit", "Follow-up", "Telehealth Visit", None))
        if appt is None:
            param("appointment_type", "string_value", title(term_), [(0, len(term_), e)])
        else:
            param("appointment_type", "string_value", appt)
        param("appointment_date", "string_value", s.appt_day().isoformat(), "DATE")
        param("visit_type", "string_value", rng.choice(("in_person", "telehealth")))
        param("location_name", "string_value", rng.choice(CLINICS))
        if rng.random() < 0.6:
            param("provider_npi", "int_value", int(s.npi()), "OTHER_ID")
    elif name == "purchase":
        items, labels = _store_items(s)
        txn = f"T-{rng.randint(100000, 999999)}"
        revenue = round(sum(it["price"] * it["quantity"] for it in items), 2)
        param("transaction_id", "string_value", txn)
        param("value", "double_value", revenue)
        param("currency", "string_value", "USD")
        rec_extra["ecommerce"] = {
            "total_item_quantity": sum(it["quantity"] for it in items),
            "purchase_revenue_in_usd": revenue, "purchase_revenue": revenue,
            "tax_value": round(revenue * 0.0625, 2), "shipping_value": 0.0,
            "unique_items": len(items), "transaction_id": txn,
        }  # fmt: skip
        rec_extra["items"] = items
        lb.labels.extend(labels)
    elif name == "file_download":
        c = rng.choice(CONDITIONS)
        slug = slugify(c)
        lead = "/docs/patient-guide-"
        fname = f"{lead}{slug}.pdf"
        param(
            "file_name",
            "string_value",
            fname,
            [(len(lead), len(lead) + len(slug), "HEALTH_CONDITION")],
        )
        param("file_extension", "string_value", "pdf")
    elif name == "video_start":
        pr = rng.choice(PROCEDURES)
        t = rng.choice(("What to Expect During Your {}", "{}: A Patient Story", "Preparing for {}"))
        a, b = t.split("{}")
        vt = cat(a, lab(title(pr), "PROCEDURE"), b)
        param("video_title", "string_value", vt[0], vt[1])
        param("video_provider", "string_value", "youtube")
        param("video_percent", "int_value", 0)
    elif name == "click":
        param(
            "link_url",
            "string_value",
            rng.choice(
                (
                    "https://mychart.riverbendhealth.example/login",
                    "tel:+18005550100",
                    "https://maps.example.com/dir",
                )
            ),
        )
        param("outbound", "string_value", "true")
    elif name == "view_promotion":
        promo = s.fill(rng.choice(PROMO_COPY))
        param("promotion_name", "string_value", promo[0], promo[1])
        param("creative_slot", "string_value", f"hero_{rng.randint(1, 3)}")

    app, mobile, browser, bversion, os_name = dev
    rec: dict = {
        "event_date": (EPOCH + dt.timedelta(microseconds=ts)).date().isoformat().replace("-", ""),
        "event_timestamp": ts,
        "event_name": name,
        "event_params": params,
        "event_bundle_sequence_id": rng.randint(1, 400),
        "event_server_timestamp_offset": rng.randint(200, 900_000),
    }
    if user_id:
        rec["user_id"] = user_id[0]
        lb.whole("user_id", user_id[0], user_id[1])
    lb.put(rec, "user_pseudo_id", "user_pseudo_id", pseudo, "ONLINE_ID")
    rec["privacy_info"] = {"analytics_storage": "Yes", "ads_storage": rng.choice(("Yes", "No"))}
    up = []
    for j, (key, value, ent) in enumerate(props):
        up.append(
            {
                "key": key,
                "value": {"string_value": value, "set_timestamp_micros": first_seen * 1_000_000},
            }
        )
        if ent:
            lb.whole(f"user_properties[{j}].value.string_value", value, ent)
    rec["user_properties"] = up
    rec["user_first_touch_timestamp"] = first_seen * 1_000_000 + 123_456
    device: dict = {
        "category": "mobile" if mobile else "desktop",
        "mobile_brand_name": ("Apple" if os_name == "iOS" else "Google") if mobile else "",
        "operating_system": os_name,
        "operating_system_version": OS_VERSIONS[os_name],
        "browser": browser,
        "browser_version": bversion,
    }  # fmt: skip
    if app:
        ad = s.uuid()
        if rng.random() < 0.2:
            device["advertising_id"] = "00000000-0000-0000-0000-000000000000"
        else:
            device["advertising_id"] = ad.upper() if os_name == "iOS" else ad
            lb.whole("device.advertising_id", ad, "DEVICE_ID")
        vendor = s.uuid().upper()
        device["vendor_id"] = vendor
        lb.whole("device.vendor_id", vendor, "DEVICE_ID")
        device["is_limited_ad_tracking"] = "No"
    else:
        device["web_info"] = {"hostname": SITES[0][1][8:]}
    rec["device"] = device
    rec["geo"] = {
        "city": geo[0],
        "country": "United States",
        "continent": "Americas",
        "region": geo[1],
        "sub_continent": "Northern America",
    }
    lb.whole("geo.city", geo[0], "LOCATION")
    if app:
        rec["app_info"] = {
            "id": "org.riverbendhealth.app",
            "version": "5.2.1",
            "install_source": "com.apple.AppStore",
        }
    src = rng.choice(TRAFFIC_SOURCES)
    rec["traffic_source"] = {"name": src[0], "medium": src[1], "source": src[2]}
    rec["stream_id"] = "4178203519"
    rec["platform"] = ("IOS" if os_name == "iOS" else "ANDROID") if app else "WEB"
    rec.update(rec_extra)
    gclid = next((v for k, v in page.query if k == "gclid"), None)
    if gclid is not None:
        rec["collected_traffic_source"] = {
            "manual_source": "google",
            "manual_medium": "cpc",
            "gclid": gclid[0],
        }
        lb.whole("collected_traffic_source.gclid", gclid[0], "ONLINE_ID")
    rec["is_active_user"] = True
    return rec, lb.labels


def _store_items(s: Synth) -> tuple[list[dict], Labels]:
    rng = s.rng
    items: list[dict] = []
    labels: Labels = []
    for j, item in enumerate(rng.sample(STORE_ITEMS, k=rng.randint(1, 3))):
        name = item_name_lab(item)
        items.append({
            "item_id": item[0], "item_name": name[0], "item_brand": "Riverbend Health",
            "item_category": item[2], "price": item[3], "quantity": rng.randint(1, 2),
            "item_list_name": "Clinic Store",
        })  # fmt: skip
        labels.extend((f"items[{j}].item_name", a, b, e) for a, b, e in name[1])
    return items, labels


def iso_ms(t: dt.datetime) -> str:
    return t.isoformat(timespec="milliseconds")[:-6] + "Z"


SEGMENT_TRACKS = (
    "Form Submitted", "Appointment Requested", "Symptom Checker Completed",
    "Prescription Refill Requested", "Device Paired", "Bill Paid", "Parking Permit Requested",
    "Order Completed", "Newsletter Signed Up", "Video Played", "Provider Profile Viewed",
)  # fmt: skip


def segment_records(s: Synth, n: int) -> Iterator[tuple[dict, Labels]]:
    """Segment page/identify/track calls, user journey by user journey."""
    rng = s.rng
    site, base = SITES[1]
    made = 0
    while made < n:
        p = s.person()
        anon = s.uuid()
        ustyle = rng.random()
        if ustyle < 0.4:
            user_id: tuple[str, str] = (f"usr_{s.hexid(16)}", "ONLINE_ID")
        elif ustyle < 0.7:
            user_id = (str(rng.randint(100000, 9999999)), "ONLINE_ID")
        else:
            user_id = (p.email.lower(), "EMAIL")
        known = False
        mobile_app = rng.random() < 0.15
        ua = _ua(s, mobile_app or rng.random() < 0.4)[0]
        ip = s.ip()
        t = START + dt.timedelta(seconds=rng.randint(0, 90 * 86400))
        device = None
        if mobile_app:
            device = {
                "id": s.uuid().upper(),
                "advertisingId": s.uuid(),
                "adTrackingEnabled": rng.random() < 0.8,
            }
        k = min(n - made, rng.randint(1, 5))
        prev_url: Lab | None = None
        for i in range(k):
            lb = Labeller()
            rec: dict = {}
            if i == 0 or rng.random() < 0.3:
                kind = "page"
            elif not known and rng.random() < 0.5:
                kind = "identify"
            else:
                kind = "track"
            rec["type"] = kind
            page = page_for(s, site)
            url = page_url(base, page, tracking_params(s, leak=0.06) if i == 0 else [])
            if kind == "page":
                rec["name"] = page.title[0].split(" | ")[0]
                n0 = len(rec["name"])
                lb.labels.extend(("name", a, b, e) for a, b, e in page.title[1] if b <= n0)
            elif kind == "track":
                rec["event"] = rng.choice(SEGMENT_TRACKS)
            lb.put(rec, "anonymousId", "anonymousId", anon, "ONLINE_ID")
            if known or kind == "identify":
                lb.put(rec, "userId", "userId", user_id[0], user_id[1])
            rec["messageId"] = (
                s.uuid()
                if rng.random() < 0.6
                else f"ajs-next-{int(t.timestamp() * 1000)}-{s.hexid(32)}"
            )
            sent = t + dt.timedelta(milliseconds=rng.randint(5, 900))
            rec["timestamp"] = iso_ms(t)
            rec["sentAt"] = iso_ms(sent)
            rec["receivedAt"] = iso_ms(sent + dt.timedelta(milliseconds=rng.randint(20, 400)))
            ctx: dict = {}
            lb.put(ctx, "ip", "context.ip", ip, "IP_ADDRESS")
            ctx["userAgent"] = ua
            ctx["locale"] = "en-US"
            ctx["timezone"] = "America/Chicago"
            pg: dict = {}
            lb.put(pg, "path", "context.page.path", page.path)
            if prev_url is not None:
                lb.put(pg, "referrer", "context.page.referrer", prev_url)
            else:
                pg["referrer"] = rng.choice(
                    ("https://www.google.com/", "", "https://duckduckgo.com/")
                )
            q = url[0].find("?")
            if q >= 0:
                search = (url[0][q:], [(a - q, b - q, e) for a, b, e in url[1] if a >= q])
                lb.put(pg, "search", "context.page.search", search)
            else:
                pg["search"] = ""
            lb.put(pg, "title", "context.page.title", page.title)
            lb.put(pg, "url", "context.page.url", url)
            ctx["page"] = pg
            ctx["library"] = {
                "name": "analytics.js",
                "version": rng.choice(("next-1.64.0", "4.1.0", "next-1.70.0")),
            }
            if i == 0 and rng.random() < 0.3:
                ctx["campaign"] = {
                    "name": rng.choice(CAMPAIGNS),
                    "source": "google",
                    "medium": "cpc",
                }
            if device is not None:
                d = dict(device)
                lb.whole("context.device.id", d["id"], "DEVICE_ID")
                if d["adTrackingEnabled"]:
                    lb.whole("context.device.advertisingId", d["advertisingId"], "DEVICE_ID")
                else:
                    d["advertisingId"] = "00000000-0000-0000-0000-000000000000"
                d.update({"manufacturer": "Apple", "model": "iPhone15,2", "type": "ios"})
                ctx["device"] = d
                ctx["app"] = {"name": "Lakeshore MyHealth", "version": "3.8.0", "build": "3801"}
            if known and rng.random() < 0.4:
                ctx["traits"] = {}
                lb.put(ctx["traits"], "email", "context.traits.email", p.email, "EMAIL")
            if kind == "identify":
                rec["traits"] = _segment_traits(s, lb)
                known = True
            elif kind == "track":
                rec["properties"] = _segment_properties(s, rec["event"], lb)
            else:
                props: dict = {}
                lb.put(props, "title", "properties.title", page.title)
                lb.put(props, "url", "properties.url", url)
                rec["properties"] = props
            rec["context"] = ctx
            rec["version"] = 2
            yield rec, lb.labels
            prev_url = url
            t = sent + dt.timedelta(seconds=rng.randint(4, 600))
            made += 1


def _segment_traits(s: Synth, lb: Labeller) -> dict:
    rng = s.rng
    p = s.p
    tr: dict = {}
    lb.put(tr, "email", "traits.email", p.email, "EMAIL")
    lb.put(tr, "firstName", "traits.firstName", p.first, "NAME")
    lb.put(tr, "lastName", "traits.lastName", p.last, "NAME")
    if rng.random() < 0.7:
        lb.put(tr, "phone", "traits.phone", s.phone(p.phone), "PHONE")
    if rng.random() < 0.6:
        lb.put(
            tr,
            "birthday",
            "traits.birthday",
            p.dob.isoformat() + rng.choice(("", "T00:00:00.000Z")),
            "DATE",
        )
    if rng.random() < 0.6:
        addr: dict = {}
        lb.put(addr, "street", "traits.address.street", p.street, "LOCATION")
        lb.put(addr, "city", "traits.address.city", p.city, "LOCATION")
        addr["state"] = p.state
        z = p.zip if rng.random() < 0.7 else f"{p.zip}-{rng.randint(1000, 9999)}"
        lb.put(addr, "postalCode", "traits.address.postalCode", z, "ZIP_CODE")
        addr["country"] = "US"
        tr["address"] = addr
    if rng.random() < 0.2:
        lb.put(tr, "insurance_member_id", "traits.insurance_member_id", p.member, "HEALTH_PLAN_ID")
    if rng.random() < 0.15:
        lb.put(tr, "email_sha256", "traits.email_sha256", sha256(p.email.lower()), "HASHED_ID")
    if rng.random() < 0.04:
        lb.put(tr, "ssn", "traits.ssn", s.ssn(), "SSN")
    tr["createdAt"] = iso_ms(START + dt.timedelta(seconds=rng.randint(0, 86400 * 30)))
    tr["plan"] = rng.choice(("portal", "lead", "newsletter"))
    return tr


def _segment_properties(s: Synth, event: str, lb: Labeller) -> dict:
    rng = s.rng
    p = s.p
    pr: dict = {}
    if event == "Form Submitted":
        pr["form_name"] = rng.choice(("Request an Appointment", "Contact Us", "Ask a Nurse"))
        lb.put(pr, "message", "properties.message", s.patient_text())
        if rng.random() < 0.4:
            lb.put(
                pr, "preferred_date", "properties.preferred_date", s.fmt_appt(s.appt_day()), "DATE"
            )
        if rng.random() < 0.5:
            pr["insurance_carrier"] = rng.choice(PAYERS)
            lb.put(pr, "member_id", "properties.member_id", p.member, "HEALTH_PLAN_ID")
        if rng.random() < 0.3:
            lb.put(pr, "callback_phone", "properties.callback_phone", s.phone(p.phone), "PHONE")
    elif event == "Appointment Requested":
        e, term = s.health_term()
        if e == "MEDICATION":
            term, e = rng.choice(
                (("New Patient Visit", ""), ("Annual Physical", "PROCEDURE"), ("Telehealth", ""))
            )
            lb.put(pr, "appointment_type", "properties.appointment_type", term, e or None)
        else:
            lb.put(pr, "appointment_type", "properties.appointment_type", title(term), e)
        lb.put(
            pr,
            "appointment_date",
            "properties.appointment_date",
            s.appt_day().isoformat()
            + f"T{rng.randint(8, 16):02d}:{rng.choice((0, 30)):02d}:00-05:00",
            "DATE",
        )
        pr["location"] = rng.choice(CLINICS)
        if rng.random() < 0.5:
            lb.put(pr, "provider_npi", "properties.provider_npi", s.npi(), "OTHER_ID")
    elif event == "Symptom Checker Completed":
        answers = []
        syms = rng.sample(SYMPTOMS, k=rng.randint(1, 3))
        lb.put(pr, "primary_symptom", "properties.primary_symptom", syms[0], "HEALTH_CONDITION")
        for j, sym in enumerate(syms):
            lb.whole(f"properties.answers[{j}]", sym, "HEALTH_CONDITION")
            answers.append(sym)
        answers.append(rng.choice(("2-3 days", "more than a week", "today")))
        pr["answers"] = answers
        pr["severity"] = rng.choice(("mild", "moderate", "severe"))
        pr["triage_result"] = rng.choice(
            ("Self-care", "See a doctor within 24 hours", "Go to the ER now")
        )
        pr["age_range"] = rng.choice(("18-29", "30-44", "45-64", "65+"))
    elif event == "Prescription Refill Requested":
        m = rng.choice(MEDICATIONS)
        dose = f" {rng.choice((5, 10, 20, 25, 50, 100))} mg" if rng.random() < 0.6 else ""
        lb.put(pr, "medication", "properties.medication", cat(lab(m, "MEDICATION"), dose))
        lb.put(pr, "pharmacy_fax", "properties.pharmacy_fax", s.phone(), "FAX")
        lb.put(pr, "date_of_birth", "properties.date_of_birth", s.fmt_date(p.dob), "DATE")
    elif event == "Device Paired":
        pr["device_model"] = rng.choice(DEVICE_MODELS)
        lb.put(pr, "mac_address", "properties.mac_address", s.mac(), "DEVICE_ID")
        if rng.random() < 0.6:
            lb.put(pr, "imei", "properties.imei", s.imei(), "DEVICE_ID")
        lb.put(pr, "serial_number", "properties.serial_number", s.serial(), "DEVICE_ID")
        pr["firmware"] = f"{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 30)}"
    elif event == "Bill Paid":
        lb.put(pr, "account_number", "properties.account_number", s.account(), "ACCOUNT_NUMBER")
        pr["amount"] = float(s.s_price())
        pr["payment_method"] = "card"
        pr["card_last4"] = s.card()[-4:]
        if rng.random() < 0.2:
            lb.put(
                pr, "note", "properties.note", s.fill("card {cc} was charged twice, please refund")
            )
    elif event == "Parking Permit Requested":
        lb.put(pr, "license_plate", "properties.license_plate", s.plate(), "VEHICLE_ID")
        pr["plate_state"] = p.state
        pr["vehicle"] = rng.choice(CAR_MAKES)
        if rng.random() < 0.3:
            lb.put(pr, "vin", "properties.vin", s.vin(), "VEHICLE_ID")
    elif event == "Order Completed":
        oid = f"WEB-{rng.randint(100000, 999999)}"
        pr["order_id"] = oid
        prods = []
        for j, item in enumerate(rng.sample(STORE_ITEMS, k=rng.randint(1, 3))):
            nm = item_name_lab(item)
            prods.append(
                {
                    "product_id": item[0],
                    "sku": item[0],
                    "name": nm[0],
                    "price": item[3],
                    "quantity": 1,
                }
            )
            lb.labels.extend((f"properties.products[{j}].name", a, b, e) for a, b, e in nm[1])
        pr["products"] = prods
        pr["revenue"] = round(sum(x["price"] for x in prods), 2)
        pr["currency"] = "USD"
        pr["coupon"] = rng.choice(("SPRING24", "", "NEWPATIENT"))
    elif event == "Newsletter Signed Up":
        lb.put(pr, "email", "properties.email", p.email, "EMAIL")
        pr["list"] = rng.choice(("Healthy Living", "Community Events"))
        promo = s.fill(rng.choice(PROMO_COPY))
        pr["banner"] = promo[0]
    elif event == "Video Played":
        pr_ = rng.choice(PROCEDURES)
        lb.put(
            pr,
            "video_title",
            "properties.video_title",
            cat("What to Expect: ", lab(title(pr_), "PROCEDURE")),
        )
        pr["position"] = rng.randint(0, 300)
    else:  # Provider Profile Viewed
        doc = s.name()
        lb.put(pr, "provider_name", "properties.provider_name", cat("Dr. ", lab(doc, "NAME")))
        lb.put(pr, "provider_npi", "properties.provider_npi", s.npi(), "OTHER_ID")
        pr["accepting_new_patients"] = rng.random() < 0.7
    return pr


META_EVENTS = (
    "Lead",
    "Schedule",
    "ViewContent",
    "Contact",
    "CompleteRegistration",
    "Purchase",
    "SubmitApplication",
)


def meta_records(s: Synth, n: int) -> Iterator[tuple[dict, Labels]]:
    """Meta Conversions API server events."""
    rng = s.rng
    for _ in range(n):
        p = s.person()
        lb = Labeller()
        site, base = rng.choice(SITES)
        name = rng.choice(META_EVENTS)
        t = int((START - EPOCH).total_seconds()) + rng.randint(0, 90 * 86400)
        rec: dict = {"event_name": name, "event_time": t}
        rec["event_id"] = s.hexid(32) if rng.random() < 0.6 else f"evt_{t}_{s.hexid(8)}"
        page = page_for(s, site)
        extra = []
        if rng.random() < 0.3:
            extra.append(("fbclid", lab("IwAR" + s.b64(rng.randint(30, 50)), "ONLINE_ID")))
        lb.put(rec, "event_source_url", "event_source_url", page_url(base, page, extra))
        app = rng.random() < 0.08
        rec["action_source"] = (
            "app" if app else rng.choice(("website", "website", "system_generated", "phone_call"))
        )
        ud: dict = {}
        emails = [p.email] + ([s.email_for(p.first, p.last)] if rng.random() < 0.15 else [])
        if rng.random() < 0.05:  # a broken integration sending raw emails
            ud["em"] = [e.lower() for e in emails]
            for j, e in enumerate(emails):
                lb.whole(f"user_data.em[{j}]", e, "EMAIL")
        else:
            ud["em"] = [sha256(e.strip().lower()) for e in emails]
            for j in range(len(emails)):
                lb.whole(f"user_data.em[{j}]", ud["em"][j], "HASHED_ID")
        if rng.random() < 0.7:
            ud["ph"] = [sha256("1" + p.phone)]
            lb.whole("user_data.ph[0]", ud["ph"][0], "HASHED_ID")
        for key, raw, prob in (
            ("fn", ascii_fold(p.first).lower(), 0.45),
            ("ln", ascii_fold(p.last).lower(), 0.45),
            ("db", p.dob.isoformat().replace("-", ""), 0.25),
            ("ct", p.city.lower().replace(" ", ""), 0.3),
            ("st", p.state.lower(), 0.3), ("zp", p.zip, 0.3), ("country", "us", 0.3),
        ):  # fmt: skip
            if rng.random() < prob:
                ud[key] = sha256(raw)
                if key not in ("st", "country"):  # states and countries are not identifiers
                    lb.whole(f"user_data.{key}", ud[key], "HASHED_ID")
        r = rng.random()
        if r < 0.45:
            ud["external_id"] = [sha256(str(rng.randint(10**6, 10**8)))]
            lb.whole("user_data.external_id[0]", ud["external_id"][0], "HASHED_ID")
        elif r < 0.65:
            ud["external_id"] = [rng.choice((f"cust-{rng.randint(10**5, 10**7)}", s.uuid()))]
            lb.whole("user_data.external_id[0]", ud["external_id"][0], "ONLINE_ID")
        lb.put(ud, "client_ip_address", "user_data.client_ip_address", s.ip(), "IP_ADDRESS")
        ud["client_user_agent"] = _ua(s, rng.random() < 0.5)[0]
        ms = t * 1000 - rng.randint(0, 10**9)
        if rng.random() < 0.8:
            lb.put(ud, "fbp", "user_data.fbp", s.fbp(ms), "ONLINE_ID")
        if extra or rng.random() < 0.2:
            lb.put(ud, "fbc", "user_data.fbc", s.fbc(ms + 1234), "ONLINE_ID")
        if app:
            lb.put(ud, "madid", "user_data.madid", s.uuid(), "DEVICE_ID")
        rec["user_data"] = ud
        rec["custom_data"] = _meta_custom_data(s, name, lb)
        rec["opt_out"] = False
        if rng.random() < 0.2:
            rec["data_processing_options"] = ["LDU"]
            rec["data_processing_options_country"] = 1
            rec["data_processing_options_state"] = 1000
        yield rec, lb.labels


META_CATEGORIES = ("Service Page", "Lead Form", "Appointments", "Newsletter", "Location Page")


def _meta_custom_data(s: Synth, event: str, lb: Labeller) -> dict:
    rng = s.rng
    cd: dict = {}
    r = rng.random()
    if r < 0.3:
        pr = rng.choice(PROCEDURES)
        lb.put(
            cd,
            "content_name",
            "custom_data.content_name",
            cat(
                lab(pr, "PROCEDURE"),
                rng.choice((" consultation", " Consultation", " info session")),
            ),
        )
    elif r < 0.5:
        c = rng.choice(CONDITIONS)
        lb.put(
            cd,
            "content_name",
            "custom_data.content_name",
            cat(
                lab(title(c), "HEALTH_CONDITION"),
                rng.choice((" Program", " Care", " Support Group")),
            ),
        )
    elif r < 0.6:
        m = rng.choice(GLP1)
        lb.put(
            cd,
            "content_name",
            "custom_data.content_name",
            cat(lab(m, "MEDICATION"), " ", lab("Weight Loss Program", "PROCEDURE")),
        )
    else:
        cd["content_name"] = rng.choice(
            ("Request an Appointment", "Newsletter Signup", "Find a Doctor", "Contact Us")
        )
    cd["content_category"] = rng.choice(META_CATEGORIES)
    if event == "Purchase":
        items = rng.sample(STORE_ITEMS, k=rng.randint(1, 2))
        cd["content_ids"] = [it[0] for it in items]
        cd["content_type"] = "product"
        cd["value"] = round(sum(it[3] for it in items), 2)
        cd["order_id"] = f"WEB-{rng.randint(100000, 999999)}"
    else:
        cd["value"] = float(rng.choice((0, 25, 50, 100, 250)))
    cd["currency"] = "USD"
    if rng.random() < 0.2:
        e, term = s.health_term()
        lb.put(cd, "condition", "custom_data.condition", term, e)
    if rng.random() < 0.1:
        lb.put(
            cd, "appointment_date", "custom_data.appointment_date", s.appt_day().isoformat(), "DATE"
        )
    return cd


HUBSPOT_COLUMNS = (
    "Record ID", "First Name", "Last Name", "Email", "Phone Number", "Mobile Phone Number",
    "Fax Number", "Date of Birth", "Street Address", "City", "State/Region", "Postal Code",
    "Country/Region", "Create Date", "Last Modified Date", "Lifecycle Stage", "Lead Status",
    "Original Source", "Recent Conversion", "Number of Pageviews", "Notes",
    "Insurance Member ID", "Medical Record Number",
)  # fmt: skip
RECENT_CONVERSIONS = (
    "Downloaded: Living with {COND} guide", "Form: Request an Appointment",
    "Registered: {PROC} info session", "Form: Newsletter Signup", "Downloaded: {COND} FAQ",
    "Chat: Ask a Nurse", "Form: Second Opinion Request ({COND})",
)  # fmt: skip


def hubspot_records(s: Synth, n: int) -> Iterator[tuple[dict, Labels]]:
    """HubSpot contacts export rows (all values are CSV strings)."""
    rng = s.rng
    for i in range(n):
        p = s.person(i)
        lb = Labeller()
        row: dict = dict.fromkeys(HUBSPOT_COLUMNS, "")
        lb.put(row, "Record ID", "Record ID", str(rng.randint(10**10, 10**11)), "OTHER_ID")
        lb.put(row, "First Name", "First Name", p.first, "NAME")
        lb.put(row, "Last Name", "Last Name", p.last, "NAME")
        if rng.random() < 0.92:
            lb.put(row, "Email", "Email", p.email, "EMAIL")
        if rng.random() < 0.8:
            lb.put(row, "Phone Number", "Phone Number", s.phone(p.phone), "PHONE")
        if rng.random() < 0.3:
            lb.put(row, "Mobile Phone Number", "Mobile Phone Number", s.phone(), "PHONE")
        if rng.random() < 0.15:
            lb.put(row, "Fax Number", "Fax Number", s.phone(), "FAX")
        if rng.random() < 0.6:
            d = p.dob
            dob = d.isoformat() if rng.random() < 0.5 else f"{d.month:02d}/{d.day:02d}/{d.year}"
            lb.put(row, "Date of Birth", "Date of Birth", dob, "DATE")
        if rng.random() < 0.7:
            lb.put(row, "Street Address", "Street Address", p.street, "LOCATION")
            lb.put(row, "City", "City", p.city, "LOCATION")
            row["State/Region"] = rng.choice((p.state, STATE_NAMES[p.state]))
            z = p.zip if rng.random() < 0.75 else f"{p.zip}-{rng.randint(1000, 9999)}"
            lb.put(row, "Postal Code", "Postal Code", z, "ZIP_CODE")
            row["Country/Region"] = rng.choice(("United States", "US", ""))
        created = START + dt.timedelta(seconds=rng.randint(0, 60 * 86400))
        modified = created + dt.timedelta(hours=rng.randint(1, 900))
        row["Create Date"] = created.isoformat(" ", "minutes")[:16]
        row["Last Modified Date"] = modified.isoformat(" ", "minutes")[:16]
        row["Lifecycle Stage"] = rng.choice(
            ("Lead", "Marketing Qualified Lead", "Sales Qualified Lead", "Customer", "Subscriber")
        )
        row["Lead Status"] = rng.choice(
            ("New", "Open", "In Progress", "Attempted to Contact", "Connected", "Unqualified")
        )
        row["Original Source"] = rng.choice(
            (
                "Organic Search",
                "Paid Search",
                "Paid Social",
                "Direct Traffic",
                "Email Marketing",
                "Offline Sources",
            )
        )
        if rng.random() < 0.6:
            lb.put(
                row,
                "Recent Conversion",
                "Recent Conversion",
                s.fill(rng.choice(RECENT_CONVERSIONS)),
            )
        row["Number of Pageviews"] = str(rng.randint(1, 120))
        if rng.random() < 0.85:
            lb.put(row, "Notes", "Notes", s.note(lines=True))
        if rng.random() < 0.45:
            lb.put(row, "Insurance Member ID", "Insurance Member ID", p.member, "HEALTH_PLAN_ID")
        if rng.random() < 0.35:
            lb.put(row, "Medical Record Number", "Medical Record Number", p.mrn, "MRN")
        yield row, lb.labels


def sf_id(rng: FastRandom, prefix: str) -> str:
    """An 18-character Salesforce ID with its case-encoding suffix."""
    base = prefix + rng.choice(("5e", "8c", "Dn", "4x")) + "000" + "".join(rng.choices(ALNUM, k=7))
    suffix = ""
    for i in range(0, 15, 5):
        bits = sum(1 << j for j, c in enumerate(base[i : i + 5]) if "A" <= c <= "Z")
        suffix += "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"[bits]
    return base + suffix


INTERESTS_NEUTRAL = ("Newsletter", "Community Events", "Classes", "Volunteering", "Careers")


def salesforce_records(s: Synth, n: int) -> Iterator[tuple[dict, Labels]]:
    """Salesforce Lead rows as Python values (dates, datetimes, nested struct, lists)."""
    rng = s.rng
    owners = [sf_id(rng, "005") for _ in range(6)]
    for i in range(n):
        p = s.person(i)
        lb = Labeller()
        r: dict = {}
        lb.put(r, "Id", "Id", sf_id(rng, "00Q"), "OTHER_ID")
        r["OwnerId"] = rng.choice(owners)
        lb.put(r, "FirstName", "FirstName", p.first, "NAME")
        lb.put(r, "LastName", "LastName", p.last, "NAME")
        lb.put(r, "Email", "Email", p.email, "EMAIL")
        r["Phone"] = None
        if rng.random() < 0.8:
            lb.put(r, "Phone", "Phone", s.phone(p.phone), "PHONE")
        r["MobilePhone"] = None
        if rng.random() < 0.4:
            lb.put(r, "MobilePhone", "MobilePhone", s.phone(), "PHONE")
        r["Company"] = rng.choice(("[not provided]", "Individual", "Self-pay", "N/A"))
        r["Birthdate"] = p.dob if rng.random() < 0.7 else None
        if r["Birthdate"] is not None:
            lb.whole("Birthdate", p.dob.isoformat(), "DATE")
        r["Age__c"] = p.age if rng.random() < 0.5 else None
        if r["Age__c"] is not None and p.age > 89:
            lb.whole("Age__c", str(p.age), "AGE_OVER_89")
        addr: dict = {
            "street": None,
            "city": None,
            "state": p.state,
            "postalCode": None,
            "country": "United States",
        }
        if rng.random() < 0.75:
            lb.put(addr, "street", "Address.street", p.street, "LOCATION")
        lb.put(addr, "city", "Address.city", p.city, "LOCATION")
        lb.put(
            addr,
            "postalCode",
            "Address.postalCode",
            p.zip if rng.random() < 0.7 else f"{p.zip}-{rng.randint(1000, 9999)}",
            "ZIP_CODE",
        )
        r["Address"] = addr
        created = START + dt.timedelta(seconds=rng.randint(0, 60 * 86400))
        r["CreatedDate"] = created
        r["LastModifiedDate"] = created + dt.timedelta(minutes=rng.randint(5, 20000))
        r["LeadSource"] = rng.choice(
            ("Web", "Google Ads", "Facebook Ads", "Referral", "Phone Inquiry", "Health Fair")
        )
        r["Status"] = rng.choice(
            ("Open - Not Contacted", "Working - Contacted", "Qualified", "Unqualified")
        )
        r["Description"] = None
        if rng.random() < 0.8:
            text = (
                s.note(lines=False)
                if rng.random() < 0.6
                else cat("Web form message: ", s.patient_text())
            )
            lb.put(r, "Description", "Description", text)
        r["Medical_Record_Number__c"] = None
        if rng.random() < 0.5:
            lb.put(r, "Medical_Record_Number__c", "Medical_Record_Number__c", p.mrn, "MRN")
        r["Insurance_Carrier__c"] = rng.choice(PAYERS)
        r["Insurance_Member_ID__c"] = None
        if rng.random() < 0.5:
            lb.put(
                r, "Insurance_Member_ID__c", "Insurance_Member_ID__c", p.member, "HEALTH_PLAN_ID"
            )
        r["Medicare_MBI__c"] = None
        if p.age >= 64 or rng.random() < 0.05:
            lb.put(r, "Medicare_MBI__c", "Medicare_MBI__c", s.mbi(), "HEALTH_PLAN_ID")
        r["SSN__c"] = None
        if rng.random() < 0.12:
            lb.put(r, "SSN__c", "SSN__c", s.ssn(), "SSN")
        e, term = s.health_term()
        r["Condition_Interest__c"] = None
        if e != "MEDICATION":
            lb.put(
                r,
                "Condition_Interest__c",
                "Condition_Interest__c",
                title(term) if rng.random() < 0.5 else term,
                e,
            )
        r["Preferred_Appointment_Date__c"] = None
        if rng.random() < 0.4:
            d = s.appt_day()
            r["Preferred_Appointment_Date__c"] = d
            lb.whole("Preferred_Appointment_Date__c", d.isoformat(), "DATE")
        r["Referring_Physician__c"] = None
        r["NPI_of_Referring_Physician__c"] = None
        if rng.random() < 0.4:
            lb.put(
                r,
                "Referring_Physician__c",
                "Referring_Physician__c",
                cat("Dr. ", lab(s.name(), "NAME")),
            )
            lb.put(
                r,
                "NPI_of_Referring_Physician__c",
                "NPI_of_Referring_Physician__c",
                s.npi(),
                "OTHER_ID",
            )
        r["GCLID__c"] = None
        if rng.random() < 0.2:
            lb.put(r, "GCLID__c", "GCLID__c", s.gclid(), "ONLINE_ID")
        interests: list[str] = []
        for j in range(rng.randint(0, 3)):
            if rng.random() < 0.5:
                e2, t2 = s.health_term()
                interests.append(title(t2))
                lb.whole(f"Interests__c[{j}]", t2, e2)
            else:
                interests.append(rng.choice(INTERESTS_NEUTRAL))
        r["Interests__c"] = interests
        r["Campaign_Tags__c"] = rng.sample(CAMPAIGNS, k=rng.randint(0, 2))
        r["Lead_Score__c"] = rng.randint(0, 100)
        r["HasOptedOutOfEmail"] = rng.random() < 0.1
        yield r, lb.labels


ADDRESS_KEYS = ("street", "city", "state", "postalCode", "country")
SALESFORCE_SCHEMA = pa.schema(
    [
        ("Id", pa.string()), ("OwnerId", pa.string()), ("FirstName", pa.string()),
        ("LastName", pa.string()), ("Email", pa.string()), ("Phone", pa.string()),
        ("MobilePhone", pa.string()), ("Company", pa.string()), ("Birthdate", pa.date32()),
        ("Age__c", pa.int32()),
        ("Address", pa.struct([(k, pa.string()) for k in ADDRESS_KEYS])),
        ("CreatedDate", pa.timestamp("ms", tz="UTC")),
        ("LastModifiedDate", pa.timestamp("ms", tz="UTC")), ("LeadSource", pa.string()),
        ("Status", pa.string()), ("Description", pa.string()),
        ("Medical_Record_Number__c", pa.string()), ("Insurance_Carrier__c", pa.string()),
        ("Insurance_Member_ID__c", pa.string()), ("Medicare_MBI__c", pa.string()),
        ("SSN__c", pa.string()), ("Condition_Interest__c", pa.string()),
        ("Preferred_Appointment_Date__c", pa.date32()), ("Referring_Physician__c", pa.string()),
        ("NPI_of_Referring_Physician__c", pa.string()), ("GCLID__c", pa.string()),
        ("Interests__c", pa.list_(pa.string())), ("Campaign_Tags__c", pa.list_(pa.string())),
        ("Lead_Score__c", pa.int32()), ("HasOptedOutOfEmail", pa.bool_()),
    ]
)  # fmt: skip

# --------------------------------------------------------------------------------------
# Writers
# --------------------------------------------------------------------------------------


class GoldWriter:
    """Streams gold spans as JSON lines (hand-formatted: millions of lines must be fast)."""

    def __init__(self, fh) -> None:
        self.fh = fh
        self.count = 0
        self._field_json: dict[str, str] = {}

    def write(self, source: str, record: int, labels: Labels) -> None:
        if not labels:
            return
        head = f'{{"source":{orjson.dumps(source).decode()},"record":{record},"field":'
        cache = self._field_json
        out = []
        for field, start, end, entity in labels:
            fj = cache.get(field)
            if fj is None:
                fj = cache[field] = orjson.dumps(field).decode() + ',"start":'
            out.append(f'{head}{fj}{start},"end":{end},"entity":"{entity}"}}\n')
        self.fh.write("".join(out))
        self.count += len(out)


def write_jsonl(path: Path, rows: Iterator[tuple[dict, Labels]], gold: GoldWriter, n: int) -> int:
    """One JSON object per line (GA4 BigQuery export, Meta CAPI events)."""
    i = 0
    with path.open("wb") as fh:
        for rec, labels in rows:
            fh.write(orjson.dumps(rec) + b"\n")
            gold.write(path.name, i, labels)
            i += 1
    return i


def write_json_array(
    path: Path, rows: Iterator[tuple[dict, Labels]], gold: GoldWriter, n: int
) -> int:
    """One top-level JSON array, one element per line (a Segment batch/export)."""
    i = 0
    with path.open("wb") as fh:
        fh.write(b"[")
        for rec, labels in rows:
            fh.write((b",\n" if i else b"\n") + orjson.dumps(rec))
            gold.write(path.name, i, labels)
            i += 1
        fh.write(b"\n]\n")
    return i


def write_csv(path: Path, rows: Iterator[tuple[dict, Labels]], gold: GoldWriter, n: int) -> int:
    """HubSpot's export dialect: UTF-8 with a BOM, CRLF rows, quoted multi-line notes."""
    i = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh, lineterminator="\r\n")
        w.writerow(HUBSPOT_COLUMNS)
        for rec, labels in rows:
            w.writerow([rec[c] for c in HUBSPOT_COLUMNS])
            gold.write(path.name, i, labels)
            i += 1
    return i


def write_parquet(path: Path, rows: Iterator[tuple[dict, Labels]], gold: GoldWriter, n: int) -> int:
    """Salesforce leads; row groups of ~100 rows in small runs, so readers meet several."""
    names = SALESFORCE_SCHEMA.names
    cols: dict[str, list] = {k: [] for k in names}
    i = 0
    for rec, labels in rows:
        for k in names:
            cols[k].append(rec[k])
        gold.write(path.name, i, labels)
        i += 1
    arrays = [pa.array(cols[k], type=SALESFORCE_SCHEMA.field(k).type) for k in names]
    table = pa.Table.from_arrays(arrays, schema=SALESFORCE_SCHEMA)
    group = min(10_000, max(100, n // 10))
    pq.write_table(table, path, row_group_size=group, compression="snappy")
    return i


Builder = Callable[[Synth, int], Iterator[tuple[dict, Labels]]]
Writer = Callable[[Path, Iterator[tuple[dict, Labels]], GoldWriter, int], int]
PLAN: dict[str, tuple[Builder, Writer]] = {
    "ga4_events.jsonl": (ga4_records, write_jsonl),
    "segment_events.json": (segment_records, write_json_array),
    "meta_capi_events.jsonl": (meta_records, write_jsonl),
    "hubspot_contacts.csv": (hubspot_records, write_csv),
    "salesforce_leads.parquet": (salesforce_records, write_parquet),
}
PARALLEL_FROM = 5_000  # records per source from which sources are built in parallel


GOLD_README = """\
# Gold labels for the synthetic exports

Written by `sample_data/generate.py` together with `../exports/`; regenerate, never edit.
Every value in the exports is synthetic (invented people, reserved phone/IP/domain ranges,
published test card numbers).

## Format

`spans.jsonl`: one JSON object per labelled span.

| key | meaning |
|---|---|
| `source` | file name under `exports/`, e.g. `ga4_events.jsonl` |
| `record` | 0-based index: JSON-lines line, JSON-array element, CSV data row, Parquet row |
| `field` | contract field path: keys joined with `.`, list indices `[i]`, a CSV header as is |
| `start`, `end` | code-point offsets into the field's value as text (end exclusive) |
| `entity` | a contract entity (`detectors.vocabulary.ENTITIES`) |

Non-string values are labelled in their text form, as the contract scans them: an int
`60614` as `"60614"`, a Parquet date32 as its ISO text `1985-03-14`.

## Conventions

- Whole-value fields are labelled over the whole value: names, emails, phones, ZIPs,
  street, city, DOB, `user_pseudo_id`, `client_ip_address`, hashed `em[0]`, record ids.
- URLs: only the query *value* (`jane.doe%40example.com`, percent-encoding included) and
  the health words of a path slug (`type-2-diabetes` in `/conditions/type-2-diabetes/`).
  Query values keep their raw encoding (`knee+replacement`).
- Free text: the exact entity words. Names without titles (`Dr. Patel` -> `Patel`); a
  name written `Last, First` is one span. Ages over 89: the number only (`92` in
  `92-year-old`); ages under 90 are not labelled. Dates: the date only, not a following
  time; a year alone is not labelled.
- Health terms (HEALTH_CONDITION, MEDICATION, PROCEDURE) are labelled wherever they name
  a person's condition, medication or procedure: slugs, titles, search terms, notes,
  form answers, CRM custom fields, store item names (`Semaglutide` in `Semaglutide
  Program - Month 1`). Negated mentions count (a symptom checker's `fever`). Symptoms
  are HEALTH_CONDITION; vaccine products (`COVID vaccine`, `Shingrix`) are MEDICATION;
  administered services (`flu shot`, `annual physical`) are PROCEDURE. Words around a
  term are not part of it (`hepatitis C` in `hepatitis C treatment`), except a
  treatment named as such (`Weight Loss Program`, `addiction treatment`).
- Hashed identifiers (hex SHA-256 of email, phone, name, DOB, city, ZIP, external id)
  are HASHED_ID. Hashed state and country (`user_data.st`, `user_data.country`) are not
  labelled: states and countries are not identifiers.
- ONLINE_ID: `user_pseudo_id`, GA4 `user_id`, Segment `anonymousId`/`userId`, `fbp`,
  `fbc`, `fbclid`, `gclid`, `_ga`, raw `external_id`. A `userId` that is an email is
  EMAIL; a GA4 `user_id` that is a SHA-256 hex digest is HASHED_ID.
- OTHER_ID: HubSpot `Record ID`, Salesforce lead `Id`, NPIs, CRM contact ids.
- DEVICE_ID: IDFA/GAID (`advertising_id`, `advertisingId`, `madid`), vendor/device ids,
  IMEI, MAC, device serial numbers. The all-zero advertising id is not labelled.
- LICENSE_NUMBER: driver's licences and DEA numbers. VEHICLE_ID: VINs and plates.
- Physicians' names are labelled NAME (conservative); their NPIs are OTHER_ID.
- Not labelled (hard negatives): states, regions, countries, time zones, event/message
  ids, session ids, timestamps, `event_date`, `CreatedDate`, user agents and browser
  versions, UTM values, SKUs, prices, order numbers, promo dates (`offer ends 12/31/2024`),
  ZIP-like numbers without context (`Order 60614 shipped`), clinic names, payers, card
  last-4 digits, insurance group and pharmacy BIN/PCN numbers, the hospital's own phone
  number (`tel:+18005550100`), Salesforce `OwnerId`. Department and specialty names
  (`Cardiology`) appear only where they say nothing about a person (marketing copy, the
  general `specialty=primary-care` filter) and are not labelled.
"""


def write_source(out: Path, name: str, records: int, seed: int) -> tuple[int, int]:
    """Build one source and its gold part file; return (records, spans).

    Each source has its own seeded generator, so sources can be built in any order or in
    parallel and the output stays the same.
    """
    build, write = PLAN[name]
    synth = Synth(FastRandom(f"{seed}:{name}"), people=min(records, PEOPLE_POOL))
    with _gold_part(out, name).open("w", encoding="utf-8", newline="\n") as fh:
        gold = GoldWriter(fh)
        n = write(out / "exports" / name, build(synth, records), gold, records)
    return n, gold.count


def _gold_part(out: Path, name: str) -> Path:
    return out / "gold" / f".spans-{name}.part"


def generate(out: Path, records: int = 300, seed: int = 7) -> dict[str, int]:
    """Write the five exports and the gold labels under ``out``; return counts."""
    (out / "exports").mkdir(parents=True, exist_ok=True)
    (out / "gold").mkdir(parents=True, exist_ok=True)
    if records >= PARALLEL_FROM and (os.cpu_count() or 1) > 1:
        # One process per source (not per core): the OS then balances unequal sources.
        with ProcessPoolExecutor(max_workers=len(SOURCES)) as pool:
            futures = [pool.submit(write_source, out, name, records, seed) for name in SOURCES]
            results = [f.result() for f in futures]
    else:
        results = [write_source(out, name, records, seed) for name in SOURCES]
    counts = {name: n for name, (n, _) in zip(SOURCES, results, strict=True)}
    counts["gold_spans"] = sum(spans for _, spans in results)
    with (out / "gold" / "spans.jsonl").open("wb") as dst:
        for name in SOURCES:
            part = _gold_part(out, name)
            with part.open("rb") as src:
                shutil.copyfileobj(src, dst, 1 << 20)
            part.unlink()
    (out / "gold" / "README.md").write_text(GOLD_README, encoding="utf-8")
    return counts


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parent, help="output folder"
    )
    ap.add_argument("--records", type=int, default=300, help="records per source")
    ap.add_argument("--seed", type=int, default=7, help="random seed")
    args = ap.parse_args(argv)
    if args.records < 1:
        ap.error("--records must be at least 1")
    t0 = time.perf_counter()
    counts = generate(args.out, args.records, args.seed)
    secs = time.perf_counter() - t0
    total = sum(v for k, v in counts.items() if k != "gold_spans")
    print(
        f"wrote {total} records ({args.records} per source) and {counts['gold_spans']} gold spans"
        f" to {args.out} in {secs:.1f} s ({total / secs:,.0f} records/s)",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
