"""Full-schema GA4 BigQuery export rows, at the density of identifiers a real export has.

``bench_detectors.py``'s default mix is dense on purpose: a CRM row, a Segment call or a
Conversions API event in every other record, and GA4 events cut down to a dozen fields, so
that a finding falls every ~75 bytes of cell text and every detector is exercised. A real
GA4 export (``events_YYYYMMDD``) is not like that: each row carries the whole schema
(``device``, ``geo``, ``traffic_source``, ``collected_traffic_source``, ``privacy_info``,
batch and bundle ids, ten or so ``event_params``), most of it the same enum values from row
to row, and its identifiers are the visitor's ``user_pseudo_id`` and ``geo.city`` in every
row, a ``user_id`` on some, and now and then an email or a free-text answer leaked into a
page URL or a form parameter. ``--mix ga4-export`` measures the engine on that shape, so
the README can say what a team scanning its own GA4 export should expect as well as what
the dense mix gives. Field names and layout follow Google's published export schema;
values are made up and seeded.
"""

from __future__ import annotations

import hashlib
import random

HOST = "www.riverbendhealth.example"
PAGES = (
    "/",
    "/about-us",
    "/locations/downtown-campus",
    "/careers",
    "/patients-visitors/billing",
    "/find-a-doctor",
    "/services/primary-care",
    "/news/2024/new-wing-opens",
    "/pay-my-bill",
    "/contact-us",
    "/conditions/{c}",
    "/services/{c}-treatment",
    "/blog/5-tips-for-living-with-{c}",
)
CONDITIONS = ("type-2-diabetes", "depression", "breast-cancer", "sleep-apnea", "migraine")
TITLES = ("Home", "Find a Doctor", "Pay My Bill", "Careers", "Locations", "Primary Care")
REFERRERS = ("", "https://www.google.com/", "https://www.bing.com/", f"https://{HOST}/")
#: (event name, weight): page views, scrolls and engagement pings are most of an export.
EVENTS = (
    ("page_view", 40),
    ("scroll", 20),
    ("user_engagement", 20),
    ("session_start", 8),
    ("first_visit", 3),
    ("click", 6),
    ("form_start", 2),
    ("form_submit", 1),
)
#: (brand, model, OS, OS version, browser, browser version)
DEVICES = (
    ("Apple", "iPhone", "iOS", "iOS 17.4.1", "Safari", "17.4"),
    ("Google", "Pixel 8", "Android", "Android 14", "Chrome", "124.0.6367.82"),
    ("Samsung", "SM-S918U", "Android", "Android 14", "Samsung Internet", "24.0"),
    ("Microsoft", "", "Windows", "Windows 10", "Chrome", "124.0.6367.119"),
    ("Apple", "", "Macintosh", "Macintosh Intel 10.15", "Safari", "17.4.1"),
)
#: (city, region, metro): the visitor's city is an identifier; "(not set)" is common.
GEOS = (
    ("Tampa", "Florida", "Tampa-St. Petersburg (Sarasota) FL"),
    ("Columbus", "Ohio", "Columbus OH"),
    ("Austin", "Texas", "Austin TX"),
    ("(not set)", "(not set)", "(not set)"),
)
#: (source, medium, campaign)
SOURCES = (
    ("(direct)", "(none)", "(direct)"),
    ("google", "organic", "(organic)"),
    ("google", "cpc", "spring_checkup_24"),
    ("facebook.com", "referral", "(referral)"),
    ("newsletter", "email", "summer_wellness_24"),
)
FIRST = ("maria", "john", "aisha", "wei", "david", "sofia", "carlos", "emily")
LAST = ("lopez", "smith", "khan", "chen", "miller", "rossi", "garcia", "patel")
#: free-text answers a form_submit event sometimes carries in a custom parameter
REASONS = (
    "new patient visit",
    "question about my bill",
    "need a refill of metformin, call me at (614) 555-0142",
    "my daughter has migraines, looking for a neurologist",
    "",
)


def _email(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)}.{rng.choice(LAST)}{rng.randint(1, 99)}@gmail.com"


def _page_location(rng: random.Random) -> str:
    path = rng.choice(PAGES).format(c=rng.choice(CONDITIONS))
    roll = rng.random()
    if roll < 0.2:
        source, medium, campaign = rng.choice(SOURCES)
        query = f"?utm_source={source}&utm_medium={medium}&utm_campaign={campaign}"
    elif roll < 0.25:
        query = f"?gclid=Cj0KCQjw{rng.getrandbits(90):x}"
    elif roll < 0.27:  # a form that submits by GET: the classic pixel leak
        query = f"?email={_email(rng).replace('@', '%40')}"
    else:
        query = ""
    return f"https://{HOST}{path}{query}"


def _params(rng: random.Random, name: str, session: int, ts: int) -> list[dict[str, object]]:
    params: list[tuple[str, dict[str, object]]] = [
        ("page_location", {"string_value": _page_location(rng)}),
        ("page_title", {"string_value": f"{rng.choice(TITLES)} | Riverbend Health"}),
        ("page_referrer", {"string_value": rng.choice(REFERRERS)}),
        ("ga_session_id", {"int_value": session}),
        ("ga_session_number", {"int_value": rng.randint(1, 30)}),
        ("engagement_time_msec", {"int_value": rng.randint(10, 90_000)}),
        ("session_engaged", {"string_value": "1"}),
        ("batch_page_id", {"int_value": ts // 1000}),
        ("batch_ordering_id", {"int_value": rng.randint(1, 40)}),
        ("ignore_referrer", {"string_value": "true"}),
    ]
    if name == "scroll":
        params.append(("percent_scrolled", {"int_value": 90}))
    elif name == "click":
        params += [
            ("link_url", {"string_value": "https://mychart.riverbendhealth.example/MyChart/"}),
            ("link_domain", {"string_value": "mychart.riverbendhealth.example"}),
            ("outbound", {"string_value": "true"}),
        ]
    elif name == "form_submit":
        params.append(("form_reason", {"string_value": rng.choice(REASONS)}))
    return [{"key": k, "value": v} for k, v in params]


def ga4_export_row(rng: random.Random) -> dict[str, object]:
    """One row of a GA4 BigQuery export, every column of the schema present."""
    name = rng.choices([e for e, _ in EVENTS], [w for _, w in EVENTS])[0]
    ts = 1_715_879_082_880_121 + rng.randint(0, 10**12)
    session = rng.randint(1_700_000_000, 1_716_000_000)
    brand, model, os_name, os_version, browser, browser_version = rng.choice(DEVICES)
    city, region, metro = rng.choice(GEOS)
    source, medium, campaign = rng.choice(SOURCES)
    user_id = (
        hashlib.sha256(_email(rng).encode()).hexdigest() if rng.random() < 0.1 else None
    )  # sites that set user_id to a hashed email on login
    return {
        "event_date": "20240516",
        "event_timestamp": ts,
        "event_name": name,
        "event_params": _params(rng, name, session, ts),
        "event_previous_timestamp": ts - rng.randint(10**6, 10**9),
        "event_value_in_usd": None,
        "event_bundle_sequence_id": rng.randint(1, 400),
        "event_server_timestamp_offset": rng.randint(10**5, 10**6),
        "user_id": user_id,
        "user_pseudo_id": f"{rng.randint(10**8, 2 * 10**9)}.{session}",
        "privacy_info": {
            "analytics_storage": "Yes",
            "ads_storage": rng.choice(("Yes", "No")),
            "uses_transient_token": "No",
        },
        "user_properties": [],
        "user_first_touch_timestamp": ts - rng.randint(10**9, 10**12),
        "user_ltv": {"revenue": 0.0, "currency": "USD"},
        "device": {
            "category": "mobile" if model else "desktop",
            "mobile_brand_name": brand,
            "mobile_model_name": model or "Chrome",
            "mobile_marketing_name": model or "(not set)",
            "mobile_os_hardware_model": None,
            "operating_system": os_name,
            "operating_system_version": os_version,
            "vendor_id": None,
            "advertising_id": None,
            "language": rng.choice(("en-us", "es-us", "en-gb")),
            "is_limited_ad_tracking": "No",
            "time_zone_offset_seconds": None,
            "browser": None,
            "browser_version": None,
            "web_info": {"browser": browser, "browser_version": browser_version, "hostname": HOST},
        },
        "geo": {
            "city": city,
            "country": "United States",
            "continent": "Americas",
            "region": region,
            "sub_continent": "Northern America",
            "metro": metro,
        },
        "app_info": None,
        "traffic_source": {"name": campaign, "medium": medium, "source": source},
        "stream_id": "4178203519",
        "platform": "WEB",
        "event_dimensions": None,
        "ecommerce": None,
        "items": [],
        "collected_traffic_source": {
            "manual_campaign_id": None,
            "manual_campaign_name": campaign,
            "manual_source": source,
            "manual_medium": medium,
            "manual_term": None,
            "manual_content": None,
            "gclid": None,
            "dclid": None,
            "srsltid": None,
        },
        "is_active_user": True,
        "batch_event_index": rng.randint(0, 5),
        "batch_page_id": ts // 1000,
        "batch_ordering_id": rng.randint(1, 40),
        "session_traffic_source_last_click": {
            "manual_campaign": {
                "campaign_id": None,
                "campaign_name": campaign,
                "source": source,
                "medium": medium,
            }
        },
        "publisher": None,
    }


def ga4_export_rows(n: int, seed: int) -> list[dict[str, object]]:
    """``n`` seeded rows of a GA4 BigQuery export."""
    rng = random.Random(seed)
    return [ga4_export_row(rng) for _ in range(n)]
