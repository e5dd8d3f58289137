"""Programmatic advertising and location data around healthcare marketing.

A blind probe, written by hand before reading the detectors: OpenRTB 2.x bid requests as
exchanges log them (``device.ifa``, ``device.ip``, ``device.geo.lat``/``lon``, ``user.id``,
``user.buyeruid``, ``user.ext.eids[].uids[].id``, ``user.data[].segment[]``, ``site.page``
and ``site.ref`` on condition pages, ``app.bundle``, consent strings, supply chains, deals),
Prebid analytics events with user-id modules, DSP log-level data (The Trade Desk
REDS-like impressions and conversions, DV360 / Campaign Manager Data Transfer-like
columns, Google Ad Manager and Xandr-like impression logs with cookie ids), audience segment
deliveries and a data marketplace's taxonomy file, onboarding files of hashed emails,
geofencing campaigns around clinics (their configuration and their device hits),
foot-traffic and visit attribution exports (Placer- and SafeGraph-like visits, panels of raw
location pings), clean-room outputs (aggregates with thresholds, and a row-level match
table), contextual keyword lists, win notices, deal and line-item definitions.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **A device's advertising id** (IDFA, GAID, Roku RIDA, a panel's ``ad_id``) is DEVICE_ID;
  the all-zero IDFA of a limit-ad-tracking device is no identifier.
- **Cookie and platform user ids** (``user.id``, ``user.buyeruid``, TDID, a Campaign Manager
  ``User ID``, Ad Manager's ``UserId`` and PPID, Xandr's ``user_id_64``, identity-graph ids
  in ``eids``) are ONLINE_ID; a hashed email in an ``eids`` entry or an onboarding file may
  be read as ONLINE_ID or HASHED_ID.
- **A device's own coordinates** (``device.geo`` of a GPS fix, a ping's ``latitude``, a
  geofence hit's position) are LOCATION; so are the device's ``geo.city`` and ``geo.zip``
  (ZIP_CODE). **A point of interest's coordinates** (a clinic in a geofence's
  configuration, a store in a visits report) and a POI's own street address are a place's,
  not a person's: no finding. A device's common evening geohash and home census block
  group are a person's location (LOCATION, a subdivision smaller than a state). A country,
  a state / region and a metro (DMA) code are never findings.
- **A condition page** in ``site.page``, ``site.ref``, a referrer URL or a Prebid
  ``refererInfo.page`` is health context of the visitor; a **segment name, audience name,
  ad group, conversion or tracking-tag name, custom targeting key, geofence name or app
  name** that names a condition, a medication, a procedure or a care specialty is health
  context of the device or cookie on the row, as the project already decides for campaign
  and list names. Segment **ids** alone (``1048823``, IAB content category codes) say
  nothing and are neither expected nor forbidden beyond "no identifier".
- **Machine clocks are not a person's dates**: a bid's ``LogEntryTime``, a log's epoch
  ``Event Time`` or ``timestamp``, a ping's epoch time, an Ad Manager ``Time``. A
  foot-traffic ``visit_date`` to a clinic is the person's visit (DATE); an aggregate report's
  week is the report's.
- **The ad stack's own codes are never findings**: auction / request / impression ids,
  creative, line-item, ad-group, campaign, advertiser, placement, deal and seat ids, bid
  prices, floors and CPMs, publisher domains and app bundles, schain nodes, TCF consent
  strings and US privacy strings, user agents, segment ids and reach counts.
- ``user.yob`` (a year of birth alone) and a gender are no findings (Safe Harbor keeps the
  year).
- **Clean-room output rows** above a threshold are aggregates: no finding but the health
  words of a segment, never PHI. A clean-room **match table** with a hashed email per row
  is a person's row.
- A **contextual keyword list** (health words, no person) and a **taxonomy file** are
  health context without an identifier: never PHI.

After reading the detectors no blind expectation was changed. What the work built: Prebid's
``userId`` object read as the visitor's ids (it was dropped as a CRM's user lookup by
detectors/staff.py), Ad Manager's PPID, Xandr's ``uuid2``, a ``maids`` list and ad tech's
``hem`` by field name, OpenRTB's ``user.data[]`` providers as the provider's (their name
was read as the user's and echoed into the page URL), a DSP's ad group in the marketing
names, a geofence's, a POI's and a store's coordinates as a place's, and a POI row's own
address and coordinates (detectors/chunk_profiles.py), geohashes and census block groups of
a device as LOCATION, an OpenRTB bid's ``adid`` / ``cid`` as the ad's and the campaign's, a
campaign's flight dates, a DSP's geographic targeting as configuration, and foot-traffic
attribution measures as an aggregate report's. Five records are left open (one kept
decision: a hex ``user.id`` is HASHED_ID; a metro written as a city; bare ``start`` / ``end``
and ``approved`` dates; a cookie inside a store key): see :data:`LEFT_ALONE`.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 11 / 14 / 13,
after 1 / 4 / 4 (all in LEFT_ALONE); HELD_OUT (10 records, every 4th), scored once when the
work on SHAPES was done: 2 / 4 / 4, after three general fixes (``hem``, a POI row's place, a
DSP's geographic targeting) 1 / 0 / 1 (in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests
from helpers import sha256_hex as _sha

IFA = "6D92078A-8246-4BA4-AE5B-76104861E7DC"
GAID = "38400000-8cf0-11bd-b23e-10b96e40000d"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "OpenRTB 2.5 bid request (site): a diabetes condition page, GPS device geo",
        {
            "id": "8f3a2c1e-5b7d-4e9a-9c2f-1d6e8b4a7f30",
            "imp": [
                {
                    "id": "1",
                    "tagid": "hl-article-mid-300x250",
                    "bidfloor": 1.25,
                    "bidfloorcur": "USD",
                    "banner": {"w": 300, "h": 250},
                }
            ],
            "site": {
                "id": "102855",
                "domain": "healthline.com",
                "page": "https://www.healthline.com/health/type-2-diabetes/early-symptoms",
                "ref": "https://www.google.com/",
                "cat": ["IAB7"],
                "publisher": {"id": "pub-88412", "name": "Healthline Media"},
            },
            "device": {
                "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15",
                "ip": "73.162.45.201",
                "geo": {
                    "lat": 41.48213,
                    "lon": -81.79874,
                    "type": 1,
                    "country": "USA",
                    "region": "OH",
                    "city": "Lakewood",
                    "zip": "44107",
                },
                "devicetype": 4,
                "make": "Apple",
                "model": "iPhone",
                "os": "iOS",
                "osv": "17.4",
            },
            "user": {"id": "c7a1e9f04b2d4c6e8a3f5b7d9e1c2a40", "buyeruid": "TTD-8842-ab71-4f2e"},
            "at": 1,
            "tmax": 250,
        },
        {
            ("site.page", "HEALTH"),
            ("device.ip", "IP_ADDRESS"),
            ("device.geo.lat", "LOCATION"),
            ("device.geo.lon", "LOCATION"),
            ("device.geo.city", "LOCATION"),
            ("device.geo.zip", "ZIP_CODE"),
            ("user.id", "ONLINE_ID"),
            ("user.buyeruid", "ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("imp[0].id", "*"),
            ("imp[0].tagid", "*"),
            ("imp[0].bidfloor", "*"),
            ("site.id", "*"),
            ("site.domain", "*"),
            ("site.publisher.id", "*"),
            ("device.ua", "*"),
            ("device.geo.region", "*"),
            ("device.geo.country", "*"),
            ("device.osv", "*"),
            ("tmax", "*"),
        },
        True,
    ),
    (
        "OpenRTB 2.6 bid request (app): a health app in-app, IDFA and eids",
        {
            "id": "a41c77d2e0b94f6f",
            "imp": [{"id": "1", "tagid": "interstitial_main", "bidfloor": 3.5}],
            "app": {
                "id": "app-55231",
                "name": "Migraine Buddy: Headache Diary",
                "bundle": "1009247858",
                "storeurl": "https://apps.apple.com/us/app/id1009247858",
                "publisher": {"id": "pub-2210"},
            },
            "device": {
                "ifa": IFA,
                "lmt": 0,
                "ip": "98.213.77.14",
                "geo": {"type": 2, "country": "USA", "region": "IL", "metro": "602"},
                "os": "iOS",
            },
            "user": {
                "ext": {
                    "eids": [
                        {
                            "source": "liveramp.com",
                            "uids": [
                                {
                                    "id": "XY1005wXyWPB1SgoVZFWxI0uN5bD2Qm4nUa8fZrPvEF2lu3kX9a",
                                    "atype": 3,
                                }
                            ],
                        },
                        {
                            "source": "uidapi.com",
                            "uids": [
                                {
                                    "id": "AgAAAAVacu1uAxgAxH+HJ8+nWlS2H4uVqr6i+HBDCNREHD8WKsio/x7D8xXF",  # noqa: E501
                                    "atype": 3,
                                }
                            ],
                        },
                    ],
                    "consent": "CPzHq4APzHq4AAGABCENCZCgAP_AAH_AAAqIHQpB7D7FbSFCyL5_bOsQEYxX1sAQ",
                }
            },
            "regs": {"ext": {"us_privacy": "1YNN"}},
        },
        {
            ("app.name", "HEALTH"),
            ("device.ifa", "DEVICE_ID"),
            ("device.ip", "IP_ADDRESS"),
            ("user.ext.eids[0].uids[0].id", "ONLINE_ID"),
            ("user.ext.eids[1].uids[0].id", "ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("app.id", "*"),
            ("app.bundle", "*"),
            ("app.storeurl", "*"),
            ("device.geo.metro", "*"),
            ("device.geo.region", "*"),
            ("user.ext.consent", "*"),
            ("regs.ext.us_privacy", "*"),
            ("imp[0].bidfloor", "*"),
        },
        True,
    ),
    (
        "OpenRTB bid request on a sports page: identified, no health",
        {
            "id": "f0e1d2c3-b4a5-4968-8776-655443322110",
            "site": {
                "domain": "espn.com",
                "page": "https://www.espn.com/nfl/story/_/id/41230011/week-9-power-rankings",
                "ref": "https://www.espn.com/",
            },
            "device": {
                "ip": "24.91.188.3",
                "ifa": GAID,
                "geo": {"lat": 42.36011, "lon": -71.05893, "type": 1},
            },
            "user": {"id": "u_5a8e2b91f3c44d07", "yob": 1968, "gender": "F"},
        },
        {
            ("device.ip", "IP_ADDRESS"),
            ("device.ifa", "DEVICE_ID"),
            ("device.geo.lat", "LOCATION"),
            ("device.geo.lon", "LOCATION"),
            ("user.id", "ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("site.domain", "*"),
            ("site.page", "*"),
            ("user.yob", "*"),
            ("user.gender", "*"),
        },
        False,
    ),
    (
        "Limit-ad-tracking bid request: zeroed IFA, no IP, on a depression article",
        {
            "id": "0b7c2f8e91d34a55",
            "site": {
                "domain": "verywellmind.com",
                "page": "https://www.verywellmind.com/signs-of-depression-1066910",
            },
            "device": {
                "ifa": "00000000-0000-0000-0000-000000000000",
                "lmt": 1,
                "ua": "Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/124.0.6367.82 Mobile",
                "geo": {"country": "USA", "region": "CA", "type": 2},
            },
            "regs": {"coppa": 0, "gpp": "DBABMA~CPXxRfAPXxRfAAfKABENB-CgAAAAAAAAAAYgAAAAAAAA"},
        },
        {("site.page", "HEALTH")},
        {
            ("device.ifa", "*"),
            ("device.ua", "*"),
            ("regs.gpp", "*"),
            ("id", "*"),
            ("site.domain", "*"),
        },
        False,
    ),
    (
        "OpenRTB bid request: first-party segments in user.data from a health publisher",
        {
            "id": "5e2d9a7c-1f3b-4c8d-a6e0-2b9f7c4d1a83",
            "site": {"domain": "everydayhealth.com", "page": "https://www.everydayhealth.com/"},
            "device": {"ip": "67.180.21.94", "ipv6": "2601:646:8b00:1a20:5c1e:9d2f:7a44:b013"},
            "user": {
                "buyeruid": "4c1e8a7b-02d9-4f63-b8e1-93a5c27d6f10",
                "data": [
                    {
                        "id": "edh-1pd",
                        "name": "everydayhealth.com",
                        "segment": [
                            {"id": "881", "name": "Rheumatoid Arthritis - Engaged Readers"},
                            {"id": "902", "name": "Psoriasis Treatment Researchers"},
                        ],
                    }
                ],
            },
        },
        {
            ("device.ip", "IP_ADDRESS"),
            ("device.ipv6", "IP_ADDRESS"),
            ("user.buyeruid", "ONLINE_ID"),
            ("user.data[0].segment[0].name", "HEALTH"),
            ("user.data[0].segment[1].name", "HEALTH"),
        },
        {
            ("user.data[0].id", "*"),
            ("user.data[0].segment[0].id", "*"),
            ("user.data[0].segment[1].id", "*"),
            ("site.page", "*"),
        },
        True,
    ),
    (
        "Prebid analytics auctionEnd event: userId modules, a COPD page as referrer",
        {
            "eventType": "auctionEnd",
            "auctionId": "3f7b1c9a-6d2e-4a8b-9e5f-0c1d2e3f4a5b",
            "timestamp": 1731412845123,
            "refererInfo": {
                "page": "https://www.lung.org/lung-health-diseases/lung-disease-lookup/copd/symptoms-causes-risk-factors",
                "domain": "www.lung.org",
            },
            "adUnitCodes": ["div-gpt-ad-top", "div-gpt-ad-rail"],
            "userId": {
                "pubcid": "9a2c4e6f-8b1d-4f3a-a5c7-e9b1d3f5a7c9",
                "id5id": {"uid": "ID5*Xk4v7b2M1qRzT9Lw3pHcY8nFaE6uG0jS5dKiBoQ2"},
                "idl_env": "AhH0cT9lzL5Qd1v3Kk8pR2wXy7bN4mJ6sF0gE9aD1cV3uI5oP8qW2eR4tY6u",
            },
            "bidsReceived": [{"bidder": "appnexus", "cpm": 2.31, "creativeId": "cr-77120"}],
        },
        {
            ("refererInfo.page", "HEALTH"),
            ("userId.pubcid", "ONLINE_ID"),
            ("userId.id5id.uid", "ONLINE_ID"),
            ("userId.idl_env", "ONLINE_ID"),
        },
        {
            ("auctionId", "*"),
            ("timestamp", "*"),
            ("refererInfo.domain", "*"),
            ("bidsReceived[0].cpm", "*"),
            ("bidsReceived[0].creativeId", "*"),
        },
        True,
    ),
    (
        "Trade Desk REDS-like impression row (CSV): oncology retargeting ad group",
        {
            "LogEntryTime": "2024-11-12 14:03:27.117",
            "ImpressionId": "b1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
            "PartnerId": "p4x9k2m",
            "AdvertiserId": "adv7q1z",
            "CampaignId": "c2k8r5t",
            "AdGroupId": "ag9w3e1",
            "AdGroupName": "Oncology_Retargeting_SiteVisitors_30d",
            "CreativeId": "cr5b7n2",
            "AdFormat": "300x250",
            "TDID": "7f3e2a1b-9c8d-4e6f-a5b4-c3d2e1f0a9b8",
            "DeviceAdvertisingId": GAID,
            "IPAddress": "71.205.13.88",
            "Country": "United States",
            "Region": "Colorado",
            "Metro": "751",
            "City": "Aurora",
            "Zip": "80012",
            "Site": "weather.com",
            "ReferrerUrl": "https://weather.com/weather/today/l/80012",
            "MediaCostInUSD": "0.00187",
            "AdvertiserCostInUSD": "0.00291",
            "BidPriceCPMInUSD": "2.91",
        },
        {
            ("AdGroupName", "HEALTH"),
            ("TDID", "ONLINE_ID"),
            ("DeviceAdvertisingId", "DEVICE_ID"),
            ("IPAddress", "IP_ADDRESS"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
        },
        {
            ("LogEntryTime", "*"),
            ("ImpressionId", "*"),
            ("PartnerId", "*"),
            ("AdvertiserId", "*"),
            ("CampaignId", "*"),
            ("AdGroupId", "*"),
            ("CreativeId", "*"),
            ("Region", "*"),
            ("Metro", "*"),
            ("Site", "*"),
            ("MediaCostInUSD", "*"),
            ("BidPriceCPMInUSD", "*"),
        },
        True,
    ),
    (
        "Trade Desk REDS-like conversion row (CSV): a diabetes-education tracking tag",
        {
            "LogEntryTime": "2024-11-13 09:41:02.552",
            "ConversionId": "cv-1f9a3d7e5b",
            "AdvertiserId": "adv7q1z",
            "TrackingTagId": "tt4k2p9",
            "TrackingTagName": "Diabetes Education Class - Registration Complete",
            "TDID": "2a9b8c7d-6e5f-4a3b-8c1d-0e9f8a7b6c5d",
            "IPAddress": "71.205.13.88",
            "Referrer": "https://www.examplehealth.org/classes/diabetes-education/thank-you",
            "MonetaryValue": "0",
            "MonetaryValueCurrency": "USD",
        },
        {
            ("TrackingTagName", "HEALTH"),
            ("TDID", "ONLINE_ID"),
            ("IPAddress", "IP_ADDRESS"),
            ("Referrer", "HEALTH"),
        },
        {
            ("LogEntryTime", "*"),
            ("ConversionId", "*"),
            ("AdvertiserId", "*"),
            ("TrackingTagId", "*"),
            ("MonetaryValue", "*"),
        },
        True,
    ),
    (
        "Campaign Manager Data Transfer activity row: Floodlight custom variables",
        {
            "Event Time": "1731420185220931",
            "Event Type": "CONVERSION",
            "User ID": "CAESEKc1Xz3mN8vQ2rT5wY9bH4k",
            "Advertiser ID": "8812245",
            "Campaign ID": "30122871",
            "Ad ID": "561230988",
            "Rendering ID": "201774532",
            "Site ID (DCM)": "7712340",
            "Activity ID": "13088712",
            "Floodlight Configuration": "8812245",
            "Other Data": "u1=psoriasis-biologic-quiz;u2=44107;u3=qualified",
            "Country Code": "US",
            "State/Region": "OH",
            "Browser/Platform ID": "30",
            "Operating System ID": "501012",
            "Zip/Postal Code": "44107",
            "U Value": "",
        },
        {
            ("User ID", "ONLINE_ID"),
            ("Other Data", "HEALTH"),
            ("Zip/Postal Code", "ZIP_CODE"),
        },
        {
            ("Event Time", "*"),
            ("Advertiser ID", "*"),
            ("Campaign ID", "*"),
            ("Ad ID", "*"),
            ("Rendering ID", "*"),
            ("Site ID (DCM)", "*"),
            ("Activity ID", "*"),
            ("Floodlight Configuration", "*"),
            ("State/Region", "*"),
            ("Browser/Platform ID", "*"),
            ("Operating System ID", "*"),
        },
        True,
    ),
    (
        "DV360 log-level row (Data Transfer DBM columns): bid on a bipolar disorder page",
        {
            "Event Time": "1731423377001122",
            "User ID": "CAESEM9pQ1vT4xZ7bN2kR8wY5hJ",
            "DBM Auction ID": "5522193847110293841",
            "DBM Advertiser ID": "4410293",
            "DBM Insertion Order ID": "11290384",
            "DBM Line Item ID": "55012847",
            "DBM Creative ID": "488210933",
            "DBM Bid Price (USD)": "4210000",
            "DBM Exchange ID": "1",
            "DBM URL": "https://www.psychcentral.com/bipolar/bipolar-disorder-symptoms",
            "DBM Device Type": "2",
            "DBM Latitude": "39.74392",
            "DBM Longitude": "-104.98731",
            "DBM Zip Postal Code": "80203",
            "DBM Matching Targeted Segments": "117294 119283 1210443",
            "DBM Designated Market Area (DMA) ID": "751",
        },
        {
            ("User ID", "ONLINE_ID"),
            ("DBM URL", "HEALTH"),
            ("DBM Latitude", "LOCATION"),
            ("DBM Longitude", "LOCATION"),
            ("DBM Zip Postal Code", "ZIP_CODE"),
        },
        {
            ("Event Time", "*"),
            ("DBM Auction ID", "*"),
            ("DBM Advertiser ID", "*"),
            ("DBM Insertion Order ID", "*"),
            ("DBM Line Item ID", "*"),
            ("DBM Creative ID", "*"),
            ("DBM Bid Price (USD)", "*"),
            ("DBM Matching Targeted Segments", "*"),
            ("DBM Designated Market Area (DMA) ID", "*"),
        },
        True,
    ),
    (
        "Google Ad Manager Data Transfer impression (NetworkImpressions): custom targeting",
        {
            "Time": "2024-11-12-18:22:09",
            "UserId": "CAESEJ8zV3nQ1mX5tR7kP2bY9wL",
            "PublisherProvidedID": "ppid_4b7e9a2c1d8f3e6a",
            "AdvertiserId": "4883012",
            "OrderId": "3301928473",
            "LineItemId": "6612093847",
            "CreativeId": "138492012233",
            "AdUnitId": "21829938",
            "CustomTargeting": "cond=hypertension;sect=heart-health;pos=atf",
            "Country": "United States",
            "Region": "Texas",
            "Metro": "Houston TX",
            "City": "Houston",
            "PostalCode": "77030",
            "Domain": "heart.org",
            "RefererURL": "https://www.heart.org/en/health-topics/high-blood-pressure",
            "DeviceCategory": "Smartphone",
        },
        {
            ("UserId", "ONLINE_ID"),
            ("PublisherProvidedID", "ONLINE_ID"),
            ("CustomTargeting", "HEALTH"),
            ("City", "LOCATION"),
            ("PostalCode", "ZIP_CODE"),
            ("RefererURL", "HEALTH"),
        },
        {
            ("Time", "*"),
            ("AdvertiserId", "*"),
            ("OrderId", "*"),
            ("LineItemId", "*"),
            ("CreativeId", "*"),
            ("AdUnitId", "*"),
            ("Region", "*"),
            ("Metro", "*"),
            ("Domain", "*"),
        },
        True,
    ),
    (
        "Xandr-like standard feed impression (user_id_64 cookie): a retail page, no health",
        {
            "date_time": "1731431001",
            "auction_id_64": "7810293847561029384",
            "user_id_64": "4021938475610293847",
            "tag_id": "18829301",
            "ip_address": "108.28.173.44",
            "venue_id": "0",
            "site_domain": "target.com",
            "creative_id": "301928374",
            "advertiser_id": "11029",
            "media_cost_dollars_cpm": "1.420000",
            "geo_country": "US",
            "postal_code": "20814",
            "referer_url": "https://www.target.com/c/kitchen-dining/-/N-hz89j",
        },
        {
            ("user_id_64", "ONLINE_ID"),
            ("ip_address", "IP_ADDRESS"),
            ("postal_code", "ZIP_CODE"),
        },
        {
            ("date_time", "*"),
            ("auction_id_64", "*"),
            ("tag_id", "*"),
            ("creative_id", "*"),
            ("advertiser_id", "*"),
            ("media_cost_dollars_cpm", "*"),
            ("site_domain", "*"),
            ("referer_url", "*"),
        },
        False,
    ),
    (
        "Audience segment delivery to a DSP (CSV): MAIDs in a modelled diabetes segment",
        {
            "maid": "0d4f7a2b-91c3-4e8d-b6a5-3f2e1d0c9b8a",
            "maid_type": "aaid",
            "segment_id": "1048823",
            "segment_name": "Health > Conditions > Type 2 Diabetes > Diagnosed (Modeled)",
            "provider": "Acme Data Co",
            "delivered_at": "2024-11-01T06:00:00Z",
        },
        {("maid", "DEVICE_ID"), ("segment_name", "HEALTH")},
        {
            ("segment_id", "*"),
            ("maid_type", "*"),
            ("provider", "*"),
            ("delivered_at", "*"),
        },
        True,
    ),
    (
        "Audience delivery by segment ids only: a device, no readable segment",
        {
            "device_id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
            "id_type": "idfa",
            "segment_ids": "1048823|1048830|2200417",
            "expires": "2025-02-01",
        },
        {("device_id", "DEVICE_ID")},
        {("segment_ids", "*"), ("id_type", "*")},
        False,
    ),
    (
        "Data marketplace taxonomy file row (clean): a health-interest segment's listing",
        {
            "Segment ID": "1048823",
            "Parent Segment ID": "1048800",
            "Segment Name": "Health > Conditions > Type 2 Diabetes > Diagnosed (Modeled)",
            "Description": "Adults modeled as likely diagnosed with type 2 diabetes.",
            "CPM": "1.75",
            "Reach (Devices)": "4,210,000",
            "Reach (Cookies)": "11,880,000",
            "Provider": "Acme Data Co",
            "Last Updated": "2024-10-28",
        },
        {("Segment Name", "HEALTH")},
        {
            ("Segment ID", "*"),
            ("Parent Segment ID", "*"),
            ("CPM", "*"),
            ("Reach (Devices)", "*"),
            ("Reach (Cookies)", "*"),
            ("Provider", "*"),
            ("Last Updated", "DATE"),
        },
        False,
    ),
    (
        "Onboarding file to an identity provider: SHA-256 email and an arthritis audience",
        {
            "email_sha256": _sha("patricia.ngata@example.com"),
            "audience": "Arthritis Pain Sufferers - CRM Seed",
            "zip5": "60614",
            "source_system": "crm_export_v2",
        },
        {
            ("email_sha256", "HASHED_ID"),
            ("audience", "HEALTH"),
            ("zip5", "ZIP_CODE"),
        },
        {("source_system", "*")},
        True,
    ),
    (
        "Geofencing campaign configuration (clean): fences around clinics, a POI list",
        {
            "campaign_id": "gf-22018",
            "name": "Fertility Clinic Conquesting - Q4",
            "fences": [
                {
                    "fence_id": "f-1",
                    "poi_name": "Bright Futures Fertility Center",
                    "lat": 41.88065,
                    "lon": -87.62449,
                    "radius_m": 150,
                },
                {
                    "fence_id": "f-2",
                    "poi_name": "Lakeshore Reproductive Medicine",
                    "lat": 41.89312,
                    "lon": -87.62107,
                    "radius_m": 120,
                },
            ],
            "flight_start": "2024-10-01",
            "flight_end": "2024-12-31",
            "budget_usd": 25000,
        },
        {("name", "HEALTH")},
        {
            ("campaign_id", "*"),
            ("fences[0].lat", "*"),
            ("fences[0].lon", "*"),
            ("fences[1].lat", "*"),
            ("fences[1].lon", "*"),
            ("fences[0].radius_m", "*"),
            ("flight_start", "*"),
            ("flight_end", "*"),
            ("budget_usd", "*"),
        },
        False,
    ),
    (
        "Geofence hit log: a device seen inside a methadone clinic's fence",
        {
            "hit_id": "h-99120384",
            "fence_name": "Methadone clinic - W 35th St",
            "device_id": IFA,
            "id_type": "idfa",
            "lat": 41.46021,
            "lon": -81.71877,
            "horizontal_accuracy_m": 8,
            "observed_at": 1731505002,
            "campaign_id": "gf-22031",
        },
        {
            ("fence_name", "HEALTH"),
            ("device_id", "DEVICE_ID"),
            ("lat", "LOCATION"),
            ("lon", "LOCATION"),
        },
        {
            ("hit_id", "*"),
            ("observed_at", "*"),
            ("campaign_id", "*"),
            ("horizontal_accuracy_m", "*"),
        },
        True,
    ),
    (
        "Foot-traffic visit export (Placer-like, device level): a visit to a dialysis center",
        {
            "visitor_id": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
            "poi_id": "zz-8812-oh",
            "poi_name": "Lakeside Dialysis Center",
            "poi_category": "Dialysis Clinics",
            "visit_date": "2024-11-08",
            "visit_start_local": "14:05",
            "dwell_minutes": "212",
            "home_cbg": "390351234001",
            "common_evening_geohash": "dpmuhfyq",
        },
        {
            ("visitor_id", "DEVICE_ID|ONLINE_ID"),
            ("poi_name", "HEALTH"),
            ("visit_date", "DATE"),
            ("home_cbg", "LOCATION"),
            ("common_evening_geohash", "LOCATION"),
        },
        {("poi_id", "*"), ("dwell_minutes", "*")},
        True,
    ),
    (
        "Foot-traffic aggregate report (clean): weekly visits to an urgent care",
        {
            "poi_id": "zz-4401-tx",
            "location_name": "Northside Urgent Care",
            "street_address": "1200 N Main St",
            "city": "Houston",
            "region": "TX",
            "postal_code": "77009",
            "latitude": "29.78321",
            "longitude": "-95.36187",
            "week_start": "2024-11-04",
            "visits": "1843",
            "visitors": "1290",
            "median_dwell_min": "48",
            "visitor_home_cbgs": '{"482011001001": 42, "482011002003": 17}',
        },
        {},
        {
            ("poi_id", "*"),
            ("street_address", "LOCATION"),
            ("latitude", "*"),
            ("longitude", "*"),
            ("week_start", "*"),
            ("visits", "*"),
            ("visitors", "*"),
            ("median_dwell_min", "*"),
        },
        False,
    ),
    (
        "Raw location panel pings (Veraset-like): a device's trail, no health",
        {
            "ad_id": "5c4b3a29-1807-4f6e-9d5c-4b3a2f1e0d9c",
            "id_type": "aaid",
            "latitude": 39.95258,
            "longitude": -75.16522,
            "horizontal_accuracy": 12.0,
            "utc_timestamp": 1731398412,
            "ip_address": "2600:1003:b118:3c4e:8d2a:1f90:6b3e:44c1",
        },
        {
            ("ad_id", "DEVICE_ID"),
            ("latitude", "LOCATION"),
            ("longitude", "LOCATION"),
            ("ip_address", "IP_ADDRESS"),
        },
        {("utc_timestamp", "*"), ("horizontal_accuracy", "*"), ("id_type", "*")},
        False,
    ),
    (
        "Visit attribution report (clean): exposed vs control visits to clinics",
        {
            "campaign": "Orthopedics Awareness - Fall",
            "poi_category": "Orthopedic Clinics",
            "exposed_devices": "184220",
            "exposed_visits": "1312",
            "control_visits": "944",
            "visit_lift_pct": "38.9",
            "cost_per_visit": "19.06",
            "report_period": "2024-09-01 to 2024-10-31",
        },
        {("campaign", "HEALTH")},
        {
            ("exposed_devices", "*"),
            ("exposed_visits", "*"),
            ("control_visits", "*"),
            ("visit_lift_pct", "*"),
            ("cost_per_visit", "*"),
            ("report_period", "DATE"),
        },
        False,
    ),
    (
        "Clean-room output (ADH-like aggregate above threshold): reach by segment",
        {
            "segment": "diabetes_intenders",
            "campaign_id": "30122871",
            "impressions": "182340",
            "unique_users": "54321",
            "conversions": "412",
            "privacy_threshold_met": "true",
            "min_users": "50",
        },
        {("segment", "HEALTH")},
        {
            ("campaign_id", "*"),
            ("impressions", "*"),
            ("unique_users", "*"),
            ("conversions", "*"),
            ("min_users", "*"),
        },
        False,
    ),
    (
        "Clean-room match table (row level): hashed email exposed to a cardiology campaign",
        {
            "hem": _sha("derek.whitfield@example.net"),
            "match_key_type": "SHA256_EMAIL",
            "exposed_campaign": "Cardiology_HeartScreening_Prospecting",
            "first_exposure_ts": "2024-10-03 11:12:45 UTC",
            "impressions": 7,
        },
        {("hem", "HASHED_ID"), ("exposed_campaign", "HEALTH")},
        {("match_key_type", "*"), ("first_exposure_ts", "*"), ("impressions", "*")},
        True,
    ),
    (
        "Contextual-targeting keyword list (clean): an oncology exclusion list",
        {
            "list_id": "kw-5512",
            "list_name": "Oncology contextual - include",
            "keywords": "breast cancer, chemotherapy, mastectomy, radiation therapy, oncologist",
            "match_type": "broad",
            "line_item_id": "LI-88123",
            "updated": "2024-09-18",
        },
        {("keywords", "HEALTH")},
        {("list_id", "*"), ("line_item_id", "*"), ("match_type", "*")},
        False,
    ),
    (
        "PMP deal definition (clean): a health-audience deal",
        {
            "deal_id": "TTD-HLTH-0042-PMP",
            "name": "Health Audiences - Diabetes PMP",
            "seller": "Healthline Media",
            "bidfloor": 6.5,
            "at": 3,
            "wseat": ["seat-2281", "seat-3302"],
            "start": "2024-10-01",
            "end": "2024-12-31",
        },
        {("name", "HEALTH")},
        {
            ("deal_id", "*"),
            ("bidfloor", "*"),
            ("wseat[0]", "*"),
            ("wseat[1]", "*"),
            ("start", "*"),
            ("end", "*"),
        },
        False,
    ),
    (
        "Win notice / bid response log (clean): prices, creative and campaign ids",
        {
            "bidid": "bid-7a8b9c0d1e2f",
            "impid": "1",
            "price": 4.87,
            "adid": "ad-99812",
            "cid": "c2k8r5t",
            "crid": "cr5b7n2",
            "adomain": ["examplehealth.org"],
            "nurl": "https://win.dsp.example/w?auction=${AUCTION_ID}&price=${AUCTION_PRICE}",
            "seat": "seat-2281",
            "dealid": "TTD-HLTH-0042-PMP",
        },
        {},
        {
            ("bidid", "*"),
            ("price", "*"),
            ("adid", "*"),
            ("cid", "*"),
            ("crid", "*"),
            ("adomain[0]", "*"),
            ("nurl", "*"),
            ("seat", "*"),
            ("dealid", "*"),
        },
        False,
    ),
    (
        "DV360 SDF line item row (clean): proximity targeting around a cancer center",
        {
            "Line Item Id": "55012847",
            "Io Id": "11290384",
            "Type": "Display",
            "Name": "LI_Oncology_Geofence_CancerCenter_Q4",
            "Start Date": "10/01/2024 00:00",
            "End Date": "12/31/2024 23:59",
            "Budget Amount": "15000",
            "Bid Strategy Value": "4.5",
            "Proximity Targeting": "(41.5028;-81.6213;1.0;mi;11100 Euclid Ave Cleveland OH);",
            "Audience Targeting - Include": "(117294;);(119283;);",
        },
        {("Name", "HEALTH")},
        {
            ("Line Item Id", "*"),
            ("Io Id", "*"),
            ("Start Date", "*"),
            ("End Date", "*"),
            ("Budget Amount", "*"),
            ("Bid Strategy Value", "*"),
            ("Proximity Targeting", "*"),
            ("Audience Targeting - Include", "*"),
        },
        False,
    ),
    (
        "Ad-server impression log (CSV) with a cookie id: a herpes search landing page",
        {
            "ts": "2024-11-12T03:14:55Z",
            "cookie_id": "ck_3e9a1f7b2c5d8e4a6b0c",
            "ip": "174.62.9.201",
            "placement_id": "pl-4410",
            "creative_id": "cr-8821",
            "page_url": "https://www.examplehealth.org/search?q=genital+herpes+treatment&src=ad",
            "user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/124.0 Safari/537.36",
        },
        {
            ("cookie_id", "ONLINE_ID"),
            ("ip", "IP_ADDRESS"),
            ("page_url", "HEALTH"),
        },
        {("ts", "*"), ("placement_id", "*"), ("creative_id", "*"), ("user_agent", "*")},
        True,
    ),
    (
        "Retargeting segment pixel fire (Xandr-like seg pixel): bariatric surgery visitors",
        {
            "pixel_url": "https://ib.adnxs.com/seg?add=30219841&t=2",
            "segment_name": "Bariatric Surgery Seminar Page Visitors 30d",
            "uuid2": "8401928374650192837",
            "referrer": "https://www.examplehealth.org/weight-loss-surgery/seminar",
            "fired_at": "2024-11-11T22:41:09Z",
        },
        {
            ("segment_name", "HEALTH"),
            ("uuid2", "ONLINE_ID"),
        },
        {("pixel_url", "*"), ("fired_at", "*")},
        True,
    ),
    (
        "CTV bid request: Roku RIDA on a pharma-sponsored streaming app, no health word",
        {
            "id": "ctv-5f1e2d3c4b5a",
            "app": {"bundle": "tv.pluto.android", "name": "Pluto TV", "id": "app-8812"},
            "device": {
                "ifa": "f1e2d3c4-b5a6-5789-8a0b-1c2d3e4f5a6b",
                "ifa_type": "rida",
                "ip": "76.110.23.145",
                "devicetype": 3,
                "make": "Roku",
            },
            "imp": [{"id": "1", "video": {"w": 1920, "h": 1080, "maxduration": 30}}],
        },
        {("device.ifa", "DEVICE_ID"), ("device.ip", "IP_ADDRESS")},
        {("id", "*"), ("app.bundle", "*"), ("app.id", "*"), ("device.ifa_type", "*")},
        False,
    ),
    (
        "OpenRTB bid request: condition page in site.ref, a hashed email in eids",
        {
            "id": "e9d8c7b6-a5f4-4e3d-9c2b-1a0f9e8d7c6b",
            "site": {
                "domain": "examplehealth.org",
                "page": "https://www.examplehealth.org/find-a-doctor",
                "ref": "https://www.examplehealth.org/conditions/multiple-sclerosis",
            },
            "device": {"ip": "50.47.201.18"},
            "user": {
                "ext": {
                    "eids": [
                        {
                            "source": "liveintent.com",
                            "uids": [{"id": _sha("mara.quintero@example.com"), "atype": 3}],
                        }
                    ]
                }
            },
            "source": {
                "ext": {
                    "schain": {
                        "ver": "1.0",
                        "complete": 1,
                        "nodes": [{"asi": "exchange.example", "sid": "pub-1234", "hp": 1}],
                    }
                }
            },
        },
        {
            ("site.ref", "HEALTH"),
            ("device.ip", "IP_ADDRESS"),
            ("user.ext.eids[0].uids[0].id", "ONLINE_ID|HASHED_ID"),
        },
        {
            ("id", "*"),
            ("site.page", "*"),
            ("source.ext.schain.nodes[0].asi", "*"),
            ("source.ext.schain.nodes[0].sid", "*"),
        },
        True,
    ),
    (
        "Mobile measurement postback to a DSP: a mammogram booking conversion",
        {
            "event_name": "mammogram_appointment_booked",
            "idfa": IFA,
            "ip": "73.162.45.201",
            "install_time": "2024-10-30 18:02:11",
            "event_time": "2024-11-09 10:15:42",
            "campaign": "Womens_Health_Screening_UA",
            "click_id": "clk_8a7b6c5d4e3f2a1b",
            "revenue": "0",
        },
        {
            ("event_name", "HEALTH"),
            ("idfa", "DEVICE_ID"),
            ("ip", "IP_ADDRESS"),
        },
        {("install_time", "*"), ("event_time", "*"), ("revenue", "*")},
        True,
    ),
    (
        "Location-data sale sample (CSV): home and work ZIPs inferred per device",
        {
            "maid": "7e6d5c4b-3a29-4180-9f7e-6d5c4b3a2918",
            "home_zip": "19103",
            "work_zip": "19104",
            "home_lat": "39.9523",
            "home_lon": "-75.1724",
            "pings_30d": "1822",
            "interest_segments": "Allergy Sufferers; Outdoor Enthusiasts",
        },
        {
            ("maid", "DEVICE_ID"),
            ("home_zip", "ZIP_CODE"),
            ("work_zip", "ZIP_CODE"),
            ("home_lat", "LOCATION"),
            ("home_lon", "LOCATION"),
            ("interest_segments", "HEALTH"),
        },
        {("pings_30d", "*")},
        True,
    ),
    (
        "Bid request log flattened to CSV (dots in column names): a GERD article",
        {
            "bid_request_id": "7c6b5a49-3827-4165-9f4e-3d2c1b0a9f8e",
            "device.ifa": GAID,
            "device.ip": "66.31.119.52",
            "device.geo.lat": "42.2808",
            "device.geo.lon": "-83.7430",
            "site.page": "https://www.webmd.com/heartburn-gerd/guide/what-is-gerd",
            "site.domain": "webmd.com",
            "imp.bidfloor": "1.80",
        },
        {
            ("device.ifa", "DEVICE_ID"),
            ("device.ip", "IP_ADDRESS"),
            ("device.geo.lat", "LOCATION"),
            ("device.geo.lon", "LOCATION"),
            ("site.page", "HEALTH"),
        },
        {("bid_request_id", "*"), ("site.domain", "*"), ("imp.bidfloor", "*")},
        True,
    ),
    (
        "Campaign performance by geo (clean): impressions and spend per ZIP3 and DMA",
        {
            "Date": "2024-11-10",
            "Campaign": "Heart Health Awareness",
            "DMA": "Cleveland-Akron (Canton) OH",
            "ZIP3": "441",
            "Impressions": "48210",
            "Clicks": "61",
            "Spend": "312.44",
            "CTR": "0.13%",
        },
        {("Campaign", "HEALTH")},
        {
            ("Date", "*"),
            ("DMA", "*"),
            ("ZIP3", "*"),
            ("Impressions", "*"),
            ("Clicks", "*"),
            ("Spend", "*"),
        },
        False,
    ),
    (
        "Creative and ad-tag catalog (clean): pharma creative ids and sizes",
        {
            "creative_id": "cr-44120931",
            "creative_name": "BrandX_HCP_Banner_728x90_v3",
            "ad_tag": "<script src='https://ads.example/t/44120931.js'></script>",
            "landing_page": "https://www.brandx.com/hcp/dosing",
            "advertiser_id": "adv-2231",
            "size": "728x90",
            "approved": "2024-08-22",
        },
        {},
        {
            ("creative_id", "*"),
            ("ad_tag", "*"),
            ("advertiser_id", "*"),
            ("size", "*"),
            ("approved", "*"),
        },
        False,
    ),
    (
        "Identity-resolution export: a household graph with a UID2 token and an IP",
        {
            "household_id": "hh_8812947310",
            "uid2": "AgAAAAP8/KJ9fJz3yQ1wY2tH7mR4nB6vL0sE5cX9aZ1uK3dF8gH2jM4pQ6rT",
            "ip": "99.88.41.17",
            "maids": [IFA, GAID],
            "segments": ["Allergies", "Pet Owners"],
        },
        {
            ("uid2", "ONLINE_ID"),
            ("ip", "IP_ADDRESS"),
            ("maids[0]", "DEVICE_ID"),
            ("maids[1]", "DEVICE_ID"),
            ("segments[0]", "HEALTH"),
        },
        {("segments[1]", "*")},
        True,
    ),
    (
        "Supply-path log (clean): publisher domains, app bundles and sellers.json ids",
        {
            "publisher_domain": "drugs.com",
            "app_bundle": "com.drugs.android",
            "seller_id": "pub-5523901",
            "seller_type": "PUBLISHER",
            "ssp": "exchange.example",
            "avg_cpm": "3.12",
            "bid_requests_24h": "18220931",
        },
        {},
        {
            ("publisher_domain", "*"),
            ("app_bundle", "*"),
            ("seller_id", "*"),
            ("avg_cpm", "*"),
            ("bid_requests_24h", "*"),
        },
        False,
    ),
    (
        "Frequency-cap store entry (key-value dump): a cookie's counts on an IVF campaign",
        {
            "key": "fc:cookie:5d2a8e1f3b7c9a4e6d0f",
            "campaign_name": "IVF Consultation - Retargeting",
            "imps_today": 3,
            "last_seen": 1731442201,
            "ttl": 86400,
        },
        {("key", "ONLINE_ID"), ("campaign_name", "HEALTH")},
        {("imps_today", "*"), ("last_seen", "*"), ("ttl", "*")},
        True,
    ),
    (
        "Audience export from a CDP to a DSP (JSON lines): emails hashed and a phone hash",
        {
            "audience_name": "Knee Replacement Candidates - Lookalike Seed",
            "identifiers": {
                "sha256_email": _sha("gloria.ramsey@example.org"),
                "sha256_phone": _sha("+12165550143"),
            },
            "added_at": "2024-11-02T08:00:00Z",
        },
        {
            ("audience_name", "HEALTH"),
            ("identifiers.sha256_email", "HASHED_ID"),
            ("identifiers.sha256_phone", "HASHED_ID"),
        },
        {("added_at", "*")},
        True,
    ),
]

_OPEN: dict[str, tuple[set, str]] = {
    "OpenRTB 2.5 bid request (site): a diabetes condition page, GPS device geo": (
        {("user.id", "ONLINE_ID")},
        "a kept decision: 32 hex digits under a ``user`` id key are read as a hashed login "
        "or email, HASHED_ID (detectors/online_ids.py ``_HASHED_ONLINE_WORDS``, as for a "
        "hex GA4 or Segment ``user_id``); it is found and redacted all the same, only the "
        "entity differs from this probe's blind ONLINE_ID",
    ),
    "Google Ad Manager Data Transfer impression (NetworkImpressions): custom targeting": (
        {("Metro", "LOCATION")},
        "Ad Manager writes the metro as a city and state (``Houston TX``), which the "
        "location family reads as the city it names; a metro is a geographic subdivision "
        "smaller than a state to Safe Harbor, so reporting it is the conservative reading "
        "and the blind must-not is kept as written",
    ),
    "PMP deal definition (clean): a health-audience deal": (
        {("start", "DATE"), ("end", "DATE")},
        "bare ``start`` / ``end`` keys are read alone and are an appointment's as often "
        "(detectors/appointment_records.py); telling a deal's flight from a booking needs "
        "the whole record, as tests/test_direct_mail.py leaves its bare report dates",
    ),
    "Creative and ad-tag catalog (clean): pharma creative ids and sizes": (
        {("approved", "DATE")},
        "an ``approved`` date is a prior authorization's or a claim's as often as a "
        "creative's; the word cannot make a date the advertiser's",
    ),
    "Frequency-cap store entry (key-value dump): a cookie's counts on an IVF campaign": (
        {("key", "ONLINE_ID")},
        "a key-value store's key (``fc:cookie:<id>``) is a machine field everywhere else "
        "(cache keys, object keys, API keys); reading a cookie id inside one would need a "
        "rule for one ad server's key layout",
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_programmatic_ads_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records): a change that loses recall or precision on programmatic and
#: location data fails here. Before the work, blind: SHAPES 11 misses / 14 false / 13 wrong
#: of 31, HELD_OUT 2 / 4 / 4 of 10.
FLOORS = ShapeTotals(expected=118, misses=2, false=4, wrong=5)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
