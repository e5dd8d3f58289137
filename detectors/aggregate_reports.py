"""Aggregate reports from BI, web-analytics, SEO and contact-centre tools: whose dates.

A row of a pivot table, a Tableau crosstab, a Looker or Power BI export, a GA4 cohort
table, an SEO tool's keyword or backlink export or a contact centre's KPI dashboard counts
a population in a time bucket; no person is on it. Its ``Month of Visit Date``
(``October 2024``), Looker's ``visit_date_week``, a cohort's ``Oct 6 - Oct 12, 2024``, a
backlink's ``First seen`` or a queue's ``Interval Start`` are the report's buckets, which
the date family would otherwise read as a person's date (a visit word is in the name, or
the date stands alone): one such bucket beside a service-line dimension made a count row a
PHI record. The project decided the same for ad and lead performance reports
(:func:`detectors.chunk_profiles._ad_report`), told there by spend and ratio metrics; this
module tells the other reports by the measures only an aggregate has
(:data:`AGGREGATE_KEYS`: ``Grand Total``, ``Measure Values``, ``Cohort size``, ``Domain
rating``, ``Abandon Rate``, ``Count of …``, Looker's ``view.count`` and ``Patients Count``).

A measure alone is not enough: a record-level extract carries counts too (a Tableau
crosstab of patients has ``Measure Values``, a Power BI query ``[Encounter Count]``). So
a chunk is an aggregate report only when none of its fields is named for a person's
identifier (:data:`PERSON_ENTITIES`: a name, an email, a patient or user id). Geography is
no such field: a ZIP or a city is a report's dimension as often, and stays found (a
five-digit ZIP is a ZIP_CODE in any row). Only the bucket columns become machine fields;
dates of birth and death are never a report's bucket and are left to the date family.

Pure functions over the key tokens :func:`detectors.field_names.key_tokens` gives, so the
chunk profile (:func:`detectors.chunk_profiles.profile_paths`) asks once per chunk.
"""

from __future__ import annotations

from collections.abc import Sequence

from detectors.context import FieldProfile

Keys = tuple[tuple[str, ...], ...]

#: Last keys of measures that only an aggregate row has: no person has a grand total, a
#: cohort size, a domain rating or an abandon rate.
AGGREGATE_KEYS = frozenset(
    {
        # pivot tables and report summaries (Google Sheets, Excel, Salesforce, HubSpot)
        ("grand", "total"), ("record", "count"), ("subtotal",),
        # Tableau's long crosstab format
        ("measure", "values"),
        # web analytics (GA4 explorations and cohorts, Looker Studio)
        ("cohort", "size"), ("active", "users"), ("new", "users"), ("total", "users"),
        ("bounce", "rate"), ("conversion", "rate"), ("engaged", "sessions"),
        # SEO tools (Search Console is told by its CTR already; SEMrush, Ahrefs, Moz)
        ("domain", "rating"), ("url", "rating"), ("domain", "authority"),
        ("referring", "domains"), ("search", "volume"), ("keyword", "difficulty"),
        ("traffic", "cost"),
        # contact-centre KPI dashboards and agent-state reports: a queue's or an agent's
        # interval, never a caller's call (a call record has a talk time, not these)
        ("aht",), ("asa",), ("average", "handle", "time"), ("avg", "handle", "time"),
        ("abandon", "rate"), ("abandonment", "rate"), ("service", "level"), ("occupancy",),
        ("calls", "offered"), ("calls", "handled"), ("calls", "abandoned"),
        ("ready", "time"), ("not", "ready", "time"),
        # an interpreting vendor's dashboard by language and modality (``Abandon %``,
        # ``Avg Connect (sec)``: how long a caller waited for an interpreter, on average)
        ("abandon",), ("abandon", "pct"), ("abandon", "percent"), ("avg", "connect"),
        ("avg", "connect", "time"), ("average", "connect", "time"),
        # experiment results
        ("p", "value"), ("statistical", "significance"),
        # foot-traffic and visit-attribution reports (an exposed group's visits against a
        # control group's, the lift, the cost per visit): a campaign's, never a device's
        ("exposed", "visits"), ("control", "visits"), ("visit", "lift"),
        ("visit", "lift", "pct"), ("cost", "per", "visit"),
        # a facility's quality measure beside the state's and the nation's (Care Compare's
        # dialysis and hospital measure files: ``state_avg``, ``National Average``)
        ("state", "avg"), ("state", "average"), ("national", "avg"), ("national", "average"),
        # an immunization programme's dashboard or a clinic day's summary (``doses_wasted``,
        # ``Wastage``): doses drawn up or spoiled and discarded are a clinic's or a lot's
        # count, never one person's
        ("doses", "wasted"), ("wasted", "doses"), ("wastage",), ("wastage", "doses"),
        ("doses", "wastage"), ("wasted",),
        # a shelter's daily census (a Red Cross-like shelter count's ``Overnight
        # Population``, a county dashboard's ``Shelter Population``): how many people slept
        # there, never one resident's value
        ("overnight", "population"), ("shelter", "population"), ("total", "population"),
        ("overnight", "census"), ("shelter", "census"),
        # a survey programme's reports (a patient-experience vendor's response-rate report
        # and its benchmark tables: ``Response Rate``, a peer group's ``10th`` to ``90th``
        # percentiles, ``50th Percentile``): how many answered, how facilities rank
        ("response", "rate"),
        # a point-of-sale day summary of a med spa, a salon or a clinic's shop (Zenoti's and
        # Boulevard's sales summary: ``Avg Ticket``, ``New Clients``, ``Rebook Rate``): a
        # till's day, never one client's ticket
        ("avg", "ticket"), ("average", "ticket"), ("new", "clients"), ("new", "guests"),
        ("returning", "clients"), ("returning", "guests"), ("rebook", "rate"),
        ("rebooking", "rate"),
        *((f"{n}th",) for n in (5, 10, 25, 50, 75, 90, 95)),
        *((f"{n}th", w) for n in (5, 10, 25, 50, 75, 90, 95) for w in ("percentile", "pctl")),
    }
)  # fmt: skip
#: First tokens of a pivot table's or a summary report's measure column: Sheets'
#: ``SUM of Leads`` and ``COUNTA of Email``, Salesforce's ``Sum of Amount``, HubSpot's
#: ``Count of Deals``.
AGGREGATE_PREFIXES = frozenset(
    {"count", "counta", "countunique", "sum", "average", "avg", "max", "min", "median"}
)
#: First tokens of a measure that is a population's middle or percentile (``Median LOS``,
#: ``p90_wait``). Not ``avg`` or ``mean``: a person's own readings are averaged too (a
#: sleep-therapy export's ``Average Usage (hrs)``, a wearable's ``avg_heart_rate``).
MEDIAN_WORDS = frozenset({"median", "p50", "p75", "p90", "p95", "p99", "percentile"})
#: A count of distinct people (Adobe's ``Unique Visitors``, ``unique_users``, a crisis
#: line's ``texters_unique``, ``distinct_patients``): one person's record never counts
#: how many people there were.
UNIQUE_WORDS = frozenset({"unique", "distinct", "uniques"})
PEOPLE_PLURALS = frozenset(
    {"users", "visitors", "people", "persons", "patients", "members", "customers", "callers",
     "texters", "chatters", "contacts", "clients", "households", "individuals"}
)  # fmt: skip
#: Entities a field's name gives to a person's record: one such field makes the chunk a
#: record-level extract. Geography and dates are a report's dimensions as often.
PERSON_ENTITIES = frozenset(
    {"NAME", "EMAIL", "PHONE", "FAX", "SSN", "MRN", "HEALTH_PLAN_ID", "ACCOUNT_NUMBER",
     "CREDIT_CARD", "LICENSE_NUMBER", "VEHICLE_ID", "DEVICE_ID", "IP_ADDRESS",
     "BIOMETRIC_ID", "ONLINE_ID", "HASHED_ID", "OTHER_ID"}
)  # fmt: skip
#: Words of a report's time-bucket column (``Month of Visit Date``, ``visit_date_week``,
#: ``Cohort``, ``Interval Start``, Ahrefs' ``First seen``).
BUCKET_WORDS = frozenset(
    {"date", "day", "week", "month", "quarter", "year", "cohort", "interval", "period",
     "seen", "timestamp", "time", "datetime",
     # an operations dashboard's shift ("2024-11-17 Day") and hour, its throughput's time
     # buckets
     "shift", "hour", "hourly"}
)  # fmt: skip
#: Words of a person's life events: never a report's bucket (a report of births by month
#: has no birth date column; a ``Birth Date`` column is a person's).
LIFE_WORDS = frozenset({"birth", "birthdate", "birthday", "dob", "born", "death", "dod"})


def is_measure(keys: Keys) -> bool:
    """True when a field's keys name an aggregate's measure: an :data:`AGGREGATE_KEYS`
    last key, a ``SUM of …`` pivot column, or Looker's ``view.count`` (a two-key path whose
    last key is ``count``: Looker's JSON export writes its measures so)."""
    if not keys:
        return False
    last = keys[-1]
    if last in AGGREGATE_KEYS:
        return True
    if len(last) >= 3 and last[1] == "of" and last[0] in AGGREGATE_PREFIXES:
        return True
    if UNIQUE_WORDS.intersection(last) and PEOPLE_PLURALS.intersection(last):
        return True
    if len(last) >= 2 and last[0] in MEDIAN_WORDS:
        # an operations dashboard's ``Median Door-to-Doc (min)``, ``median_wait_min``,
        # ``p90_los``: a middle or a percentile of many visits, which one person never has
        return True
    # Looker's CSV export heads a measure with its view's label: ``Patients Count``,
    # ``Appointments Count`` (a plural view, then ``count``)
    if len(keys) == 1 and len(last) == 2 and last[1] == "count" and last[0].endswith("s"):
        return True
    return len(keys) == 2 and last == ("count",)


def aggregate_report(keys: Sequence[Keys], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are an aggregate report's: a measure (:func:`is_measure`)
    and no field named for a person's identifier (:data:`PERSON_ENTITIES`)."""
    if any(p.entity in PERSON_ENTITIES and not p.system for p in profiles):
        return False
    return any(is_measure(k) for k in keys)


def bucket_column(keys: Keys) -> bool:
    """True when a field of an aggregate report is one of its time buckets: its last key
    has a :data:`BUCKET_WORDS` word and no :data:`LIFE_WORDS` word."""
    if not keys:
        return False
    last = set(keys[-1])
    return bool(last & BUCKET_WORDS) and not last & LIFE_WORDS


#: Last keys of an email or a text send's delivery counts in a campaign report (Mailchimp's
#: and Klaviyo's ``sent``, ``delivered``, ``recipients``): how many it went to.
SEND_DELIVERY_KEYS = frozenset(
    {("sent",), ("delivered",), ("recipients",), ("sends",), ("emails", "sent"),
     ("total", "sent"), ("total", "recipients")}
)  # fmt: skip
#: Last keys of such a send's engagement counts (``opens``, ``clicks``, ``unique_opens``,
#: ``Open Rate``, ``unsubscribes``): how many of them acted on it.
SEND_ENGAGEMENT_KEYS = frozenset(
    {("opens",), ("clicks",), ("unique", "opens"), ("unique", "clicks"), ("open", "rate"),
     ("click", "rate"), ("unsubscribes",), ("unsubscribed",), ("bounces",), ("bounced",)}
)  # fmt: skip
#: Last keys of a send report's window (``start``, ``end``, ``send_date``): the campaign's
#: run, the same for every recipient, as a report's buckets are.
SEND_WINDOW_KEYS = frozenset(
    {("start",), ("end",), ("start", "date"), ("end", "date"), ("starts",), ("ends",)}
)


def send_report(keys: Sequence[Keys], profiles: Sequence[FieldProfile]) -> bool:
    """True when a chunk's fields are an email or a text campaign's report: a delivery
    count (:data:`SEND_DELIVERY_KEYS`) beside an engagement count
    (:data:`SEND_ENGAGEMENT_KEYS`), and no field named for a person's identifier (a
    subscriber's activity row names the subscriber's email). Its window and its buckets
    are the campaign's, so a campaign named for a condition ("New Year Weight Loss
    Challenge") runs on no one's date (tests/test_fitness_clubs_par_q.py)."""
    if any(p.entity in PERSON_ENTITIES and not p.system for p in profiles):
        return False
    lasts = {k[-1] for k in keys if k}
    return bool(lasts & SEND_DELIVERY_KEYS) and bool(lasts & SEND_ENGAGEMENT_KEYS)


def send_window_column(keys: Keys) -> bool:
    """True when a field of a send report (:func:`send_report`) is its window or one of
    its time buckets."""
    return bool(keys) and (keys[-1] in SEND_WINDOW_KEYS or bucket_column(keys))
