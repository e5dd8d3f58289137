"""Organisation names: the last words that make a name a business's, not a person's.

Marketing exports put an organisation's name where a person's usually is: a health
system's own social account (``from.name`` of the Page's reply, X's ``includes.users``,
Brandwatch's ``Full Name`` of the brand's post), the merchant's answer on Google Business
Profile, the business owner's reply in Yext, the Page a Messenger message went ``to``. A
person's name never ends in one of these words, so a name-shaped value that does is no
one's name ("North Shore Health", "Lakeside Health System", "Lakeside Urgent Care").

Kept apart from the detectors so the field-name classifier, the NER filters and the
record-level name readers share one list without importing each other.
"""

from __future__ import annotations

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

#: Last words of a facility's name ("Main Hospital", "North Pavilion"). A facility is not
#: a Safe Harbor geographic unit (a street address, city, county, ZIP is), and the small
#: model's FAC spans over campus and building names were its commonest LOCATION errors.
FACILITY_WORDS: frozenset[str] = frozenset(
    {
        *("hospital", "pavilion", "clinic", "clinics", "center", "centre", "campus"),
        # a chain's name in the plural ("Concentra Medical Centers", "Lakeside Surgery
        # Centres"), as bill review and provider network exports write it
        *("centers", "centres"),
        *("building", "tower", "wing", "pharmacy", "institute", "infirmary", "floor"),
        *("suite", "office", "offices", "practice", "care", "lab", "labs", "laboratory"),
        # claims, credit-bureau and collection files abbreviate a centre to fit a fixed
        # width ("ST LUKES BOISE MED CTR", "Riverside Med Cntr")
        *("ctr", "cntr"),
    }
)
#: Last words of a business's or a product's name ("Acme Pharmacy", "Acme Health",
#: "Mobile App", "Lakeside Health System", "Chicago Health News"): a person's name never
#: ends in one. The service-line words (imaging, dental, orthopedics...) end practice
#: names as social and review platforms show them ("Lakeside Imaging").
ORGANISATION_WORDS: frozenset[str] = FACILITY_WORDS | frozenset(
    {
        *("health", "healthcare", "medical", "medicine", "pharmacies", "hospitals"),
        *("inc", "llc", "corp", "co", "group", "associates", "foundation", "app"),
        *("system", "systems", "network", "news", "university", "physicians", "specialists"),
        *("imaging", "dental", "dentistry", "orthopedics", "orthopaedics", "pediatrics"),
        # a practice's departments and teams as fax lines, e-signature senders and
        # mailboxes name them ("Lakeside Intake", "Patient Access Team")
        *("team", "intake", "department", "dept", "referrals", "scheduling", "admissions"),
        # senior living and post-acute care ("Desert Palms Assisted Living", "Lakeview
        # Health & Rehab", "Brookdale Rehab & Nursing", "Sierra Hospice")
        *("living", "rehab", "nursing", "hospice", "homecare", "eldercare", "seniors"),
        # law firms, lien resolvers and record-retrieval vendors as legal intake, case
        # management and settlement exports name them ("Dunn Firm PLLC", "Morgan & Vance
        # Injury Lawyers"); not "law", a surname too
        *("llp", "pllc", "firm", "lawyers", "attorneys"),
        # independent medical examination vendors as IME referrals and schedules name
        # them ("Lakeshore Medical Evaluations")
        *("evaluations",),
        # revenue-cycle departments and vendors as statements and collection letters name
        # them ("Patient Financial Services", "Central Billing", "Apex Recovery Services")
        *("services", "billing"),
        # social-care agencies and transport providers, as referral platforms and NEMT
        # brokers name them ("Durham Meals on Wheels", "Westside Food Pantry", "Community
        # Action Partnership", "Metro Ambulance", "Tri-County Transportation")
        *("pantry", "shelter", "ministries", "ministry", "collective"),
        *("partnership", "coalition", "alliance", "agency", "wheels"),
        # the Older Americans Act's home-delivered meal providers ("Franklin County Office
        # on Aging", "Area Agency on Aging", "Pickaway County Council on Aging")
        "aging",
        *("transport", "transportation", "ambulance"),
        # a mass-vaccination or a community immunization site as health departments and
        # scheduling tools name it ("Franklin County Fairgrounds Mass Vax", "Eastside
        # Vaccination", "Lincoln High School Flu Clinic" ends in a facility word already)
        *("vax", "vaccination", "vaccinations", "immunization", "immunizations"),
        # outpatient rehabilitation practices ("Summit Physical Therapy", "Align
        # Chiropractic", "Riverside Sports Rehabilitation")
        *("therapy", "therapies", "physiotherapy", "chiropractic", "rehabilitation"),
        # a role in place of a person, as rosters, physicals and work queues write it under
        # a clinician's or a reviewer's column ("Team Physician", "Athletic Trainer",
        # "Nurse Navigator", "Intake Coordinator", "Front Desk Staff"); not "nurse" or
        # "doctor", surnames too
        *("physician", "practitioner", "therapist", "clinician", "hygienist", "trainer"),
        *("technician", "technologist", "coordinator", "navigator", "dietitian"),
        *("pharmacist", "paramedic", "examiner", "staff", "queue"),
        # a shift's roles as call-back lists and huddle boards write them in a caller's or
        # an owner's column ("RN Shift Lead", "Charge Supervisor", "Practice Manager")
        *("lead", "supervisor", "manager"),
        # a hospital's operational desks as secure-chat and paging logs address them in a
        # sender's or a recipient's column ("Transport Dispatch", "Bed Management", "Front
        # Desk", "Paging Operator"): a function staffed by whoever is on shift
        *("dispatch", "dispatcher", "desk", "operator", "operators", "management"),
        # walk-in clinics as check-in texts, visit summaries and review sites name them
        # ("Oak Park Walk-In", "Lakeview Walk-In"); a person's name never ends so
        "walk-in",
        # blood-drive sponsors and community partners as donor-centre CRMs name their
        # accounts ("Westerville Central High School", "St. Brendan Parish")
        *("school", "schools", "academy", "parish", "congregation", "synagogue", "mosque"),
        "cathedral",
        # med spas and dermatology practices as booking platforms and review sites name
        # their locations ("Glow Aesthetics Med Spa", "Northside Dermatology")
        *("spa", "medspa", "aesthetics", "dermatology"),
        # jails, prisons and the courts beside them as custody and health-services exports
        # name them ("Marion County Jail", "Southeast Correctional Complex", "Court of
        # Common Pleas"); not "court" alone, a street's type too ("Oak Court")
        *("jail", "prison", "penitentiary", "correctional", "corrections", "pleas"),
        # a venue's room as event and support-group registrations name it ("Crestview
        # Hospice Community Room", "Conference Room"); a person's name never ends so
        "room",
        # a company's legal ending, as a benefits set-up's ``Client``, an employer column
        # and an invoice's bill-to write it ("Acme Manufacturing Company", "Lakeside
        # Industries Ltd"); a person's name never ends so
        *("company", "corporation", "incorporated", "ltd", "limited", "plc"),
        *("industries", "manufacturing", "enterprises", "holdings"),
        # an employer by its trade, as a benefits vendor's client column, an SLA report's
        # ``client`` and a utilisation report's employer write it ("Northwind Software",
        # "Brightline Logistics", "Acme Technologies"); a person's name never ends so
        *("software", "technologies", "logistics", "solutions", "consulting"),
        # a county's or a city's departments and authorities as 211 referrals, ICS forms
        # and resource requests name them ("Pinellas County Public Works", "Lee County
        # Utilities", "Cape Coral Fire Rescue", "Port Authority"); a person's name never
        # ends so
        *("works", "utilities", "rescue", "authority", "commission"),
    }
)

#: Organisation words that are surnames too ("Mary Wing", "Ann Tower"): in a field that
#: holds a person's name they are read as the surname.
SURNAMES_TOO: frozenset[str] = frozenset({"wing", "tower", "floor"})
#: Organisation words that are surnames too, but end a person's name only after one given
#: name ("Ellen Church", "Shirley Temple"): after two words or more they end a
#: congregation's ("Ridgeview Lutheran Church", "Beth Shalom Temple").
#: "House" too: a hospice's inpatient residence and a family lodging ("Crestview Hospice
#: House", "Ronald McDonald House"); "Ellen House" stays a person.
LONG_NAME_WORDS: frozenset[str] = frozenset(
    # and a paging role's "On Call" ("Cardiology Fellow On Call", "Ortho Resident On
    # Call"), where "Rebecca Call" is a person; and a company's "Co" ("Acme
    # Manufacturing Co"), where "Ann Co" is a person
    {"church", "temple", "call", "house", "co"}
)
_ORGANISATION = pa.array(
    sorted(ORGANISATION_WORDS - SURNAMES_TOO - LONG_NAME_WORDS), type=pa.string()
)
_LONG_NAME = pa.array(sorted(LONG_NAME_WORDS), type=pa.string())
_LAST_WORD = r"(?P<last>[^\s,.]+)[\s,.]*$"


def organisation_name(text: str) -> bool:
    """True when a name's last word names an organisation (``"North Shore Health"``), not
    one that is a surname too (:data:`SURNAMES_TOO`), or is a congregation's after two
    words or more (:data:`LONG_NAME_WORDS`)."""
    words = text.replace(",", " ").split()
    last = words[-1].lower().strip(".") if len(words) > 1 else ""
    if last in LONG_NAME_WORDS:
        return len(words) > 2
    return last in ORGANISATION_WORDS and last not in SURNAMES_TOO


def organisation_names(values: pa.Array) -> np.ndarray:
    """Per value: :func:`organisation_name`, vectorized (three regexes and set lookups)."""
    if len(values) == 0:
        return np.zeros(0, dtype=bool)
    last = pc.utf8_lower(pc.extract_regex(values, _LAST_WORD).field("last"))
    several = pc.match_substring_regex(values, r"\S\s+\S")
    hit = pc.and_(pc.is_in(last, value_set=_ORGANISATION), several)
    three = pc.match_substring_regex(values, r"\S\s+\S+[\s,.]+\S")
    long_name = pc.and_(pc.is_in(last, value_set=_LONG_NAME), three)
    return pc.fill_null(pc.or_(hit, long_name), False).to_numpy(zero_copy_only=False)
