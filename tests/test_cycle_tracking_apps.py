"""Period, cycle and fertility tracking apps: what the apps and their SDKs send or export.

A blind probe, written by hand before reading the detectors: what the product, growth,
support and privacy teams of cycle- and fertility-tracking apps (Flo-, Clue-, Natural
Cycles-, Ovia-, Glow-, Premom- and Kindara-like) export. Analytics and attribution events
(Amplitude-, Mixpanel-, Segment- and Firebase/GA4 BigQuery-like rows, AppsFlyer raw-data
CSV rows, Adjust callbacks, a Meta Conversions API app event: ``log_symptom`` with
``symptom`` "cramps", ``flow`` "heavy", ``cycle_day`` 14, ``pregnancy_mode`` true,
``R_PREGNANCY_WEEK_CHOSEN``, advertising ids, IDFVs, AppsFlyer ids, app user ids),
data-subject-request exports (a profile with email, birth year, average cycle length,
last period start date and goal "trying to conceive"; logged notes "missed pill twice";
a Clue-like measurement entry; a Natural Cycles-like daily data row and account sheet;
a Kindara-like chart CSV), basal-body-temperature thermometer syncs (device serial, MAC,
readings by date), ovulation-test photo uploads (LH strip result, photo id, lot number),
HealthKit samples, partner-sharing invitations, subscription receipts (App Store server
notifications, a RevenueCat-like webhook, an App Store Connect sales row), Braze and
OneSignal user exports, a lifecycle push log, support tickets and chats (Zendesk-,
Freshdesk- and Intercom-like), a community forum post, a web funnel quiz. With the clean
rows around them: a content catalog ("What is PCOS?"), experiment configs and results, a
Crashlytics-like crash with its stack frames, device models and OS versions, a Play store
listing, an SDK config, a push template and an aggregated insights report.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it names but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors),
following the maternity-and-fertility, reproductive-access and mobile-apps probes:

- **Tracker data as the project decided it**: logged symptoms (cramps, headache,
  bloating, nausea, spotting, breast tenderness, ovulation pain) and an ovulation (LH)
  test or an OPK result are HEALTH; cycle day, cycle and period length, flow, cervical
  fluid, a fertility day's colour and a bare temperature are neither expected nor
  forbidden as health and never identifiers. Using a tracker app, subscribing to it, a
  ``cycle_calendar`` share or a "Period_Tracker" campaign is not health by itself: an
  identified record that says no more is not PHI.
- **Pregnancy, trying to conceive and contraception are health** (the maternity probe):
  a goal "trying to conceive" / ``get_pregnant`` / ``ttc``, an event named for pregnancy
  (``R_PREGNANCY_WEEK_CHOSEN``, "Pregnancy Mode Toggled"), a pregnancy week under a field
  named for it, a ``pregnancy_mode`` flag that is ``true`` (a flag column naming the
  condition with a yes, as a drug ``Given`` flag is read), a "Pregnant" status, a
  partner share in pregnancy mode, "NC° Birth Control" and a missed pill, postpartum, a
  miscarriage, PCOS and endometriosis answered in a quiz, progesterone and Clomid. A
  ``pregnancy_mode`` that is ``false`` is neither.
- **A person's cycle dates are DATE** (the reproductive-access probe's LMP and tracker log
  date): a last period start, a logged day's date, a note's date, a BBT reading's date, a
  HealthKit sample's start, a due date and a birth date. **Machine and account clocks are
  not**: event times and timestamps, ``synced_at``, ``created_at``, registration dates,
  receipts' purchase and expiry times, a sales report's begin and end, a content item's
  publication date, an experiment's start, a report's month. A strip photo's
  ``taken_at`` is left unscored (it is the test's time and the camera's clock).
- **A birth year alone is no finding** (Safe Harbor keeps the year), nor an age band.
- **Ids**: an app's user id, a Mixpanel ``distinct_id``, a Segment ``userId`` /
  ``anonymousId``, a Braze ``external_id``, a RevenueCat ``app_user_id`` and a forum
  author's numeric id are ``ONLINE_ID|OTHER_ID``; IDFA, GAID, IDFV, an Adjust ``adid``, an
  AppsFlyer ID, an Amplitude ``device_id``, a GA4 ``user_pseudo_id``, an Android id, a
  push token and a Crashlytics installation uuid are ``DEVICE_ID|ONLINE_ID`` (the mobile
  probe); a thermometer's serial number and MAC are DEVICE_ID; a zeroed IDFA is nothing.
  App Store transaction and original transaction ids, product ids, SKUs, Apple ids,
  photo, upload, invite, ticket, post, message, insert and session ids, an ovulation
  strip's lot number, template, article and experiment keys, an SDK dev key, build
  numbers, app and OS versions and device models are no one's: forbidden. An App Store
  ``appAccountToken`` (a UUID the app sets per account) is left unscored.
- **Names**: a first name under a name field is NAME (the maternity probe); a forum
  screen name is ``NAME|ONLINE_ID`` (the mobile probe's store reviewer); a support agent
  signing for the app is the workforce's: left unscored.
- **An analytics city is the person's LOCATION**, an IP is IP_ADDRESS, a hashed email is
  HASHED_ID; a country code, a locale and a timezone are no findings.
- **Clean rows**: a content catalog and a store listing may show health words (PCOS,
  cramps, PMS) but name no one; an experiment config's targeting values, a push
  template's text and an insights report's top symptom are neither expected nor
  forbidden as health; none of them has an identifier and none is PHI. A crash report's
  class names (``SymptomLoggerViewModel``) are code.
- **A BBT sync alone is identified, not PHI**: a serial number, a user id and readings by
  date say no condition, no test and no pregnancy (the temperature is neither).

After reading the detectors no blind expectation was changed, and none was stricter than
a decision the project had made (:data:`_DECIDED` is empty). What the work built, each
with its unit test: an app's mode switched on for a condition (``pregnancy_mode`` = true,
``postpartum_mode``; not ``dark_mode``, ``test_mode``, ``rehab_mode``) as that condition
(detectors/grid_answers.py); a pregnancy app's ``pregnancy_week`` as a gestational age,
an at-home hormone strip's kind under a test-kind key (``test_type`` = "LH", hCG, PdG,
FSH, E3G) as a PROCEDURE timed by its ``taken_at``, and HealthKit's and Health Connect's
ovulation, pregnancy and progesterone test types as health data kinds, so a sample's
``startDate`` is the person's (detectors/clinical_measures.py, read by
detectors/reading_records.py); ``Begin Date`` (App Store Connect's sales report window)
and a whole ``creation date`` key (HealthKit's ``creationDate``; not a
``fistula_creation_date``) as machine fields, and an invitation's ``inviter_name`` as a
person's, as its invitee's is (detectors/field_names.py); and 14 vocabulary terms (``trying
to conceive``, ``trying to get pregnant``, ``missed pill`` and its variants; after the
held-out scoring ``ovulation pain``, ``OPK``, ``ovulation predictor kit(s)``, ``lost the
baby`` and its variants), with stop phrases for "trying to conceive of", "lost the baby
weight" and a lost baby monitor. Four held-out records are left open (:data:`LEFT_ALONE`),
each with its reason: a Clue-like entry's bare ``day``, a partner invite's
``partner_name``, a forum title's "TTC", a OneSignal-like export's bare ``id`` and a push
token written too short.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 98
pairs), blind 6 / 2 / 7; after the work 0 / 0 / 0. HELD_OUT (10 records, 40 pairs), blind
before any work 11 / 0 / 7; scored once after the work on SHAPES: 9 / 0 / 6 (the
pregnancy week and the Adjust event's goal reached it); after rules that generalise (a
tracker's symptom and test wording, a pregnancy loss as a user words it, an inviter's
name) 5 / 0 / 4 (all in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

#: Any identifier entity: for codes and numbers that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

_DEVICE = "DEVICE_ID|ONLINE_ID"
_USER = "ONLINE_ID|OTHER_ID"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Amplitude-like event export: log_symptom with cramps, flow and cycle day",
        {
            "event_type": "log_symptom",
            "user_id": "fl_5f9c2a71e4b0c93d",
            "device_id": "29B1F674-0975-4C71-AA07-B31770024918",
            "idfa": "B2494ECB-27C5-4E98-9CD6-4B55FA969470",
            "event_time": "2024-10-08 06:12:44.123000",
            "session_id": 1728367901000,
            "insert_id": "e30184a9-4cb4-495c-9574-a453fea371ed",
            "app": 318822,
            "version_name": "8.12.0",
            "os_name": "ios",
            "device_model": "iPhone15,3",
            "ip_address": "73.162.44.201",
            "city": "Sacramento",
            "country": "United States",
            "event_properties": {"symptom": "cramps", "flow": "heavy", "cycle_day": 14},
        },
        {
            ("user_id", _USER),
            ("device_id", _DEVICE),
            ("idfa", _DEVICE),
            ("ip_address", "IP_ADDRESS"),
            ("city", "LOCATION"),
            ("event_properties.symptom", "HEALTH"),
        },
        {
            ("event_time", "*"),
            ("session_id", "*"),
            ("insert_id", "*"),
            ("app", "*"),
            ("version_name", "*"),
            ("os_name", "*"),
            ("device_model", "*"),
            ("country", "*"),
            ("event_properties.flow", ANY_ID),
            ("event_properties.cycle_day", ANY_ID),
        },
        True,
    ),
    (
        "AppsFlyer raw-data CSV: in-app event R_PREGNANCY_WEEK_CHOSEN with week 12",
        {
            "Event Time": "2024-10-08 06:12:44",
            "Install Time": "2024-09-29 21:40:02",
            "Event Name": "R_PREGNANCY_WEEK_CHOSEN",
            "Event Value": '{"week":"12","af_content_type":"pregnancy_week"}',
            "AppsFlyer ID": "1727646002311-4471902",
            "Customer User ID": "fl_6a475c628a1624cd",
            "IDFA": "4C8A2FCF-9DCE-4A89-ACD9-FDE67D381740",
            "IDFV": "ED9B7AB7-2E3B-4534-BE21-740B187EC152",
            "Media Source": "Facebook Ads",
            "Campaign": "US_iOS_Pregnancy_Q4_Broad",
            "Platform": "ios",
            "Device Model": "iPhone14,5",
            "OS Version": "17.5.1",
            "App Version": "8.12.0",
            "IP": "98.207.113.52",
            "Country Code": "US",
            "City": "Columbus",
        },
        {
            ("Event Name", "HEALTH"),
            ("Event Value", "HEALTH"),
            ("AppsFlyer ID", _DEVICE),
            ("Customer User ID", _USER),
            ("IDFA", _DEVICE),
            ("IDFV", _DEVICE),
            ("IP", "IP_ADDRESS"),
            ("City", "LOCATION"),
        },
        {
            ("Event Time", "*"),
            ("Install Time", "*"),
            ("Media Source", "*"),
            ("Platform", "*"),
            ("Device Model", "*"),
            ("OS Version", "*"),
            ("App Version", "*"),
            ("Country Code", "*"),
        },
        True,
    ),
    (
        "Firebase/GA4 BigQuery export row: symptoms_logged with headache and bloating",
        {
            "event_date": "20241008",
            "event_timestamp": "1728367964123456",
            "event_name": "symptoms_logged",
            "event_params": [
                {"key": "symptoms", "value": {"string_value": "headache,bloating"}},
                {"key": "cycle_day", "value": {"int_value": "22"}},
                {"key": "firebase_screen_class", "value": {"string_value": "SymptomsActivity"}},
            ],
            "user_pseudo_id": "8da414c978ef4449a60fb34608e9f61e",
            "device": {
                "category": "mobile",
                "mobile_brand_name": "Google",
                "mobile_model_name": "Pixel 8",
                "operating_system_version": "Android 14",
                "advertising_id": "a956ce80-056e-477f-b22b-ec86102c68b0",
                "language": "en-us",
            },
            "app_info": {"id": "com.example.lunacycle", "version": "9.31.0"},
            "geo": {"country": "United States", "region": "Texas", "city": "Round Rock"},
        },
        {
            ("event_params[0].value.string_value", "HEALTH"),
            ("user_pseudo_id", _DEVICE),
            ("device.advertising_id", _DEVICE),
            ("geo.city", "LOCATION"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[1].value.int_value", ANY_ID),
            ("device.mobile_model_name", "*"),
            ("device.operating_system_version", "*"),
            ("app_info.id", "*"),
            ("app_info.version", "*"),
        },
        True,
    ),
    (
        "Adjust-like event callback: trying_to_conceive_selected with ids",
        {
            "app_token": "8qwx2kzl1p4w",
            "event_token": "f7k2lq",
            "event_name": "trying_to_conceive_selected",
            "adid": "3cf92308a10843748208d94b83b2df92",
            "gps_adid": "c7c6c8da-1eb9-43df-9231-7f29b303007c",
            "tracker_name": "Organic",
            "created_at": "1728367964",
            "os_name": "android",
            "device_name": "SM-S911U",
            "ip_address": "174.51.88.19",
            "city": "Denver",
            "partner_parameters": '{"goal":"ttc","onboarding_step":"3"}',
        },
        {
            ("event_name", "HEALTH"),
            ("adid", _DEVICE),
            ("gps_adid", _DEVICE),
            ("ip_address", "IP_ADDRESS"),
            ("city", "LOCATION"),
        },
        {
            ("app_token", "*"),
            ("event_token", "*"),
            ("tracker_name", "*"),
            ("created_at", "*"),
            ("os_name", "*"),
            ("device_name", "*"),
        },
        True,
    ),
    (
        "Mixpanel-like event: Pregnancy Mode Toggled with a due date",
        {
            "event": "Pregnancy Mode Toggled",
            "properties": {
                "time": 1728367964,
                "distinct_id": "ov_20517744",
                "$device_id": "18F2C3D4-6B1A-4F0E-9C2D-7A5B3E8F1D60",
                "pregnancy_mode": True,
                "due_date": "2025-04-18",
                "$os": "iOS",
                "$model": "iPhone14,5",
                "$city": "Portland",
                "mp_country_code": "US",
                "$app_version_string": "8.12.0",
                "$insert_id": "k2v9x0q7m3n8p1r4",
            },
        },
        {
            ("event", "HEALTH"),
            ("properties.distinct_id", _USER),
            ("properties.$device_id", _DEVICE),
            ("properties.pregnancy_mode", "HEALTH"),
            ("properties.due_date", "DATE"),
            ("properties.$city", "LOCATION"),
        },
        {
            ("properties.time", "*"),
            ("properties.$os", "*"),
            ("properties.$model", "*"),
            ("properties.mp_country_code", "*"),
            ("properties.$app_version_string", "*"),
            ("properties.$insert_id", "*"),
        },
        True,
    ),
    (
        "Flo-like data-subject export, profile: goal trying to conceive, last period start",
        {
            "user": {
                "id": "5f9c2a71e4b0c93d18a7e612",
                "email": "megan.oconnell84@gmail.com",
                "name": "Megan",
                "birth_year": 1991,
                "registration_date": "2021-03-14T09:22:10Z",
                "country": "US",
                "locale": "en_US",
                "goal": "trying_to_conceive",
                "average_cycle_length": 29,
                "average_period_length": 5,
                "last_period_start_date": "2024-09-28",
                "height_cm": 165,
            }
        },
        {
            ("user.id", _USER),
            ("user.email", "EMAIL"),
            ("user.name", "NAME"),
            ("user.goal", "HEALTH"),
            ("user.last_period_start_date", "DATE"),
        },
        {
            ("user.birth_year", ANY_ID),
            ("user.registration_date", "*"),
            ("user.country", "*"),
            ("user.locale", "*"),
            ("user.average_cycle_length", ANY_ID),
            ("user.average_period_length", ANY_ID),
            ("user.height_cm", ANY_ID),
        },
        True,
    ),
    (
        "Flo-like data-subject export, notes: missed pill twice, cramps and ibuprofen",
        {
            "user_id": "5f9c2a71e4b0c93d18a7e612",
            "notes": [
                {"date": "2024-09-03", "text": "missed pill twice, took one this morning"},
                {"date": "2024-09-10", "text": "bad cramps day 1, took ibuprofen"},
            ],
        },
        {
            ("user_id", _USER),
            ("notes[0].date", "DATE"),
            ("notes[0].text", "HEALTH"),
            ("notes[1].date", "DATE"),
            ("notes[1].text", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Clue-like data download entry: pain logged on a day",
        {
            "day": "2024-10-01",
            "type": "pain",
            "value": {"option": ["cramps", "headache"]},
            "tz": "Europe/Berlin",
        },
        {("day", "DATE"), ("value.option[0]", "HEALTH"), ("value.option[1]", "HEALTH")},
        {("type", ANY_ID), ("tz", "*")},
        True,
    ),
    (
        "Natural Cycles-like daily data CSV row: temperature, LH test positive, day status",
        {
            "Date": "2024-10-08",
            "Temperature": "36.62",
            "Menstruation": "NONE",
            "LH test": "POSITIVE",
            "Pregnancy test": "",
            "Cervical mucus": "EGG_WHITE",
            "Sex": "PROTECTED",
            "Cycle day": "14",
            "Day status": "RED",
            "Notes": "",
        },
        {("Date", "DATE"), ("LH test", "HEALTH")},
        {
            ("Temperature", ANY_ID),
            ("Menstruation", ANY_ID),
            ("Cervical mucus", ANY_ID),
            ("Cycle day", ANY_ID),
            ("Day status", "*"),
        },
        True,
    ),
    (
        "BBT thermometer sync (Tempdrop-like): serial, MAC, readings by date",
        {
            "device": {
                "serial_number": "TD2-0048817263",
                "model": "Tempdrop 2",
                "firmware": "3.4.1",
                "mac": "C4:7F:51:9A:2E:03",
            },
            "user_id": "td_u_771203",
            "synced_at": "2024-10-08T06:30:12Z",
            "readings": [
                {"date": "2024-10-07", "temp_c": 36.41, "algo_temp_c": 36.45},
                {"date": "2024-10-08", "temp_c": 36.62, "algo_temp_c": 36.6},
            ],
        },
        {
            ("device.serial_number", "DEVICE_ID"),
            ("device.mac", "DEVICE_ID"),
            ("user_id", _USER),
            ("readings[0].date", "DATE"),
            ("readings[1].date", "DATE"),
        },
        {
            ("device.model", "*"),
            ("device.firmware", "*"),
            ("synced_at", "*"),
            ("readings[0].temp_c", ANY_ID),
            ("readings[1].temp_c", ANY_ID),
            ("readings[0].algo_temp_c", ANY_ID),
        },
        False,
    ),
    (
        "Ovulation-test photo upload (Premom-like): LH strip read as peak",
        {
            "upload_id": "upl_9d2f7c11",
            "photo_id": "IMG_20241008_071233",
            "user_id": "pm_30418872",
            "test_type": "LH",
            "brand": "Easy@Home",
            "result": "Peak",
            "ratio": 1.12,
            "lot_number": "LH2406118",
            "taken_at": "2024-10-08T07:12:33-05:00",
            "image_url": "https://cdn.example-premom.com/strips/upl_9d2f7c11.jpg",
        },
        {("user_id", _USER), ("test_type", "HEALTH")},
        {
            ("upload_id", "*"),
            ("photo_id", "*"),
            ("brand", "*"),
            ("ratio", "*"),
            ("lot_number", "*"),
        },
        True,
    ),
    (
        "Partner-sharing invitation in pregnancy mode (Flo Partner-like)",
        {
            "invite_id": "inv_4Q8mZ2",
            "inviter_user_id": "fl_7c1e92b04d",
            "inviter_name": "Jasmine",
            "partner_name": "Derek",
            "partner_email": "derek.holloway@outlook.com",
            "mode": "pregnancy",
            "share": ["pregnancy_updates", "baby_size", "appointments"],
            "sent_at": "2024-10-08T18:44:02Z",
            "status": "pending",
        },
        {
            ("inviter_user_id", _USER),
            ("inviter_name", "NAME"),
            ("partner_name", "NAME"),
            ("partner_email", "EMAIL"),
            ("mode", "HEALTH"),
        },
        {("invite_id", "*"), ("sent_at", "*"), ("status", "*")},
        True,
    ),
    (
        "Partner-sharing invitation, cycle calendar only (identified, no health)",
        {
            "invite_code": "K7P-2QX",
            "from_email": "lena.park@icloud.com",
            "to_email": "sam.okafor@gmail.com",
            "share_scope": "cycle_calendar",
            "created_at": "2024-10-02T11:05:47Z",
            "accepted": False,
        },
        {("from_email", "EMAIL"), ("to_email", "EMAIL")},
        {("invite_code", "*"), ("share_scope", "*"), ("created_at", "*"), ("accepted", "*")},
        False,
    ),
    (
        "App Store server notification (decoded): DID_RENEW of a tracker subscription",
        {
            "notificationType": "DID_RENEW",
            "notificationUUID": "0f4c1a2e-8b3d-4e5f-9a6b-7c8d9e0f1a2b",
            "data": {
                "bundleId": "com.example.lunacycle",
                "environment": "Production",
                "signedTransactionInfo": {
                    "transactionId": "2000000734218865",
                    "originalTransactionId": "2000000598114027",
                    "productId": "premium_annual_39_99",
                    "purchaseDate": 1728367964000,
                    "expiresDate": 1759903964000,
                    "appAccountToken": "d2b8f0c4-7a1e-4c59-9b3e-5f61a2c7e8d9",
                    "storefront": "USA",
                    "price": 39990,
                    "currency": "USD",
                },
            },
        },
        set(),
        {
            ("notificationType", "*"),
            ("notificationUUID", "*"),
            ("data.bundleId", "*"),
            ("data.signedTransactionInfo.transactionId", ANY_ID),
            ("data.signedTransactionInfo.originalTransactionId", ANY_ID),
            ("data.signedTransactionInfo.productId", "*"),
            ("data.signedTransactionInfo.purchaseDate", "*"),
            ("data.signedTransactionInfo.expiresDate", "*"),
            ("data.signedTransactionInfo.price", "*"),
        },
        False,
    ),
    (
        "RevenueCat-like webhook: trial purchase with subscriber attributes (goal get_pregnant)",
        {
            "api_version": "1.0",
            "event": {
                "type": "INITIAL_PURCHASE",
                "id": "CD489E0E-5D1B-4B44-9A57-8B2E1A3F6C70",
                "app_user_id": "fl_1a9b3c7d5e",
                "product_id": "premium_1y_trial",
                "period_type": "TRIAL",
                "purchased_at_ms": 1728367964000,
                "price_in_purchased_currency": 49.99,
                "country_code": "US",
                "store": "APP_STORE",
                "transaction_id": "2000000734218866",
                "subscriber_attributes": {
                    "$email": {"value": "kayla.brandt@gmail.com", "updated_at_ms": 1728367001000},
                    "$idfa": {
                        "value": "3F2504E0-4F89-41D3-9A0C-0305E82C3301",
                        "updated_at_ms": 1728367001000,
                    },
                    "goal": {"value": "get_pregnant", "updated_at_ms": 1728367001000},
                },
            },
        },
        {
            ("event.app_user_id", _USER),
            ("event.subscriber_attributes.$email.value", "EMAIL"),
            ("event.subscriber_attributes.$idfa.value", _DEVICE),
            ("event.subscriber_attributes.goal.value", "HEALTH"),
        },
        {
            ("event.id", "*"),
            ("event.product_id", "*"),
            ("event.purchased_at_ms", "*"),
            ("event.price_in_purchased_currency", "*"),
            ("event.transaction_id", ANY_ID),
            ("event.subscriber_attributes.$email.updated_at_ms", "*"),
        },
        True,
    ),
    (
        "Zendesk-like support ticket: pregnancy mode after a miscarriage",
        {
            "id": 481223,
            "subject": "Pregnancy mode after miscarriage",
            "description": "Hi, I lost the baby at 9 weeks last Tuesday and the app keeps "
            "showing me baby size updates. How do I switch back to cycle tracking?",
            "requester": {"name": "Alicia Moreno", "email": "alicia.moreno@yahoo.com"},
            "tags": ["pregnancy_mode", "account"],
            "created_at": "2024-10-08T14:02:11Z",
            "via": {"channel": "email"},
            "custom_fields": [{"id": 360012345678, "value": "ios"}],
        },
        {
            ("requester.name", "NAME"),
            ("requester.email", "EMAIL"),
            ("subject", "HEALTH"),
            ("description", "HEALTH"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("via.channel", "*"),
            ("custom_fields[0].id", "*"),
            ("custom_fields[0].value", "*"),
        },
        True,
    ),
    (
        "Freshdesk-like support ticket: charged twice (identified, no health)",
        {
            "ticket_id": "88213",
            "subject": "Charged twice for annual subscription",
            "description": "I was billed $39.99 twice on Oct 2 (order MQ7X2K9PLT). "
            "Please refund one of them.",
            "name": "Brittany Kowalski",
            "email": "bkowalski@comcast.net",
            "phone": "+1 614 827 3390",
            "priority": "Medium",
            "created_at": "2024-10-03T16:20:55Z",
        },
        {("name", "NAME"), ("email", "EMAIL"), ("phone", "PHONE")},
        {("ticket_id", "*"), ("priority", "*"), ("created_at", "*")},
        False,
    ),
    (
        "Content catalog row (clean): 'What is PCOS?' article",
        {
            "article_id": "art_000418",
            "slug": "what-is-pcos-symptoms-causes-treatment",
            "title": "What is PCOS? Symptoms, causes and treatment",
            "category": "Health conditions",
            "medically_reviewed": True,
            "reading_time_min": 6,
            "published_at": "2023-05-11",
            "locale": "en-US",
        },
        {("title", "HEALTH")},
        {
            ("article_id", "*"),
            ("slug", ANY_ID),
            ("medically_reviewed", "*"),
            ("reading_time_min", "*"),
            ("published_at", "*"),
            ("locale", "*"),
        },
        False,
    ),
    (
        "Experiment config (clean): onboarding paywall test targeting TTC users",
        {
            "experiment_key": "ttc_onboarding_paywall_v3",
            "status": "running",
            "allocation": 0.5,
            "variants": [{"key": "control", "weight": 50}, {"key": "trial_7d", "weight": 50}],
            "targeting": {"goal": ["pregnancy", "ttc"], "app_version": ">=8.10.0"},
            "start_date": "2024-09-15",
            "owner": "growth-team",
        },
        set(),
        {
            ("experiment_key", ANY_ID),
            ("status", "*"),
            ("allocation", "*"),
            ("variants[0].key", "*"),
            ("variants[0].weight", "*"),
            ("variants[1].key", "*"),
            ("targeting.app_version", "*"),
            ("start_date", "*"),
            ("owner", "*"),
        },
        False,
    ),
    (
        "Crashlytics-like crash event (clean of health): stack frames, device, versions",
        {
            "event_id": "5b9e1d2c3a4f4e6b8c7d9e0f1a2b3c4d",
            "issue_id": "4f1c2d7e9a0b3c5d6e8f1a2b",
            "issue_title": "SymptomLoggerViewModel.kt line 142",
            "issue_subtitle": "java.lang.IllegalStateException: Cycle day out of range",
            "platform": "ANDROID",
            "application": {"display_version": "9.31.0", "build_version": "93100"},
            "device": {"manufacturer": "samsung", "model": "SM-S911U", "architecture": "arm64"},
            "operating_system": {"display_version": "14"},
            "exceptions": [
                {
                    "type": "java.lang.IllegalStateException",
                    "exception_message": "Cycle day out of range: 47",
                    "frames": [
                        {
                            "line": 142,
                            "file": "SymptomLoggerViewModel.kt",
                            "symbol": "com.example.cycle.symptoms.SymptomLoggerViewModel.save",
                        }
                    ],
                }
            ],
            "event_timestamp": "2024-10-08 06:12:44.123 UTC",
            "installation_uuid": "7e9c4f2a1b3d4e5f8a6b0c1d2e3f4a5b",
        },
        {("installation_uuid", _DEVICE)},
        {
            ("event_id", "*"),
            ("issue_id", "*"),
            ("application.display_version", "*"),
            ("application.build_version", "*"),
            ("device.model", "*"),
            ("operating_system.display_version", "*"),
            ("exceptions[0].frames[0].line", "*"),
            ("exceptions[0].frames[0].symbol", ANY_ID),
            ("event_timestamp", "*"),
        },
        False,
    ),
    (
        "Google Play store listing (clean): a period and ovulation tracker",
        {
            "package_name": "com.example.lunacycle",
            "title": "Luna: Period & Ovulation Tracker",
            "short_description": "Period tracker, ovulation calendar and cycle insights",
            "full_description": "Track your period and predict ovulation and fertile days. "
            "Log symptoms like cramps, bloating and PMS, and get reminders before your "
            "period starts.",
            "category": "HEALTH_AND_FITNESS",
            "content_rating": "Everyone",
            "version": "9.31.0",
            "developer": "Luna Health Ltd.",
        },
        {("full_description", "HEALTH")},
        {
            ("package_name", "*"),
            ("title", ANY_ID),
            ("category", "*"),
            ("content_rating", "*"),
            ("version", "*"),
            ("developer", ANY_ID),
        },
        False,
    ),
    (
        "Aggregated insights report (clean): cycle statistics by country and age band",
        {
            "report_month": "2024-09",
            "country": "US",
            "age_band": "25-34",
            "active_users": 184220,
            "avg_cycle_length_days": 28.7,
            "pct_logging_cramps": 41.2,
            "pct_pregnancy_mode": 6.1,
            "top_symptom": "cramps",
        },
        set(),
        {
            ("report_month", "*"),
            ("country", "*"),
            ("age_band", "*"),
            ("active_users", "*"),
            ("avg_cycle_length_days", "*"),
            ("pct_logging_cramps", "*"),
            ("pct_pregnancy_mode", "*"),
            ("top_symptom", ANY_ID),
        },
        False,
    ),
    (
        "Braze-like user export (Ovia-like pregnancy app): due date, week, push token",
        {
            "external_id": "u_48213377",
            "braze_id": "64f1c2a9e0b7d3001f8e4a21",
            "email": "tanya.rhodes@gmail.com",
            "phone": "+13128824410",
            "first_name": "Tanya",
            "dob": "1993-06-21",
            "home_city": "Chicago",
            "custom_attributes": {
                "pregnancy_week": 22,
                "due_date": "2025-01-30",
                "app_goal": "pregnancy",
            },
            "push_tokens": [
                {
                    "app": "Ovia Pregnancy",
                    "platform": "ios",
                    "token": "c7c6c8da1eb903df92317f29b303007cf90638e586bb710fb8814b6d40e966ad",
                }
            ],
            "devices": [
                {
                    "model": "iPhone 15",
                    "os": "iOS 17.6",
                    "idfv": "A1C3E5F7-2B4D-4F68-8A0C-1E3D5F7A9B2C",
                    "ad_tracking_enabled": False,
                }
            ],
        },
        {
            ("external_id", _USER),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("first_name", "NAME"),
            ("dob", "DATE"),
            ("home_city", "LOCATION"),
            ("custom_attributes.pregnancy_week", "HEALTH"),
            ("custom_attributes.due_date", "DATE"),
            ("custom_attributes.app_goal", "HEALTH"),
            ("push_tokens[0].token", _DEVICE),
            ("devices[0].idfv", _DEVICE),
        },
        {
            ("push_tokens[0].platform", "*"),
            ("devices[0].model", "*"),
            ("devices[0].os", "*"),
            ("devices[0].ad_tracking_enabled", "*"),
        },
        True,
    ),
    (
        "Glow-like community forum post: 14 months TTC, progesterone, Clomid",
        {
            "post_id": 918273,
            "author": {"username": "hopeful_mama_2025", "user_id": 4418821},
            "group": "TTC after loss",
            "title": "CD 21 BFN again, 14 months TTC",
            "body": "Had my progesterone checked, 6.2 so maybe I didn't ovulate? My RE "
            "wants to start Clomid next cycle.",
            "created_at": "2024-10-07T22:18:40Z",
            "likes": 12,
        },
        {
            ("author.username", "NAME|ONLINE_ID"),
            ("author.user_id", _USER),
            ("title", "HEALTH"),
            ("body", "HEALTH"),
        },
        {("post_id", "*"), ("created_at", "*"), ("likes", "*")},
        True,
    ),
    (
        "Ovia-like employer-benefit member export (CSV): pregnancy status, due date, ZIP",
        {
            "User ID": "OV-5582019",
            "Email": "r.okonkwo@northwind.example.com",
            "First Name": "Rita",
            "Last Name": "Okonkwo",
            "Date of Birth": "04/17/1989",
            "ZIP": "60614",
            "Pregnancy Status": "Pregnant",
            "Due Date": "02/03/2025",
            "Employer": "Northwind Logistics",
            "Benefit Code": "NWL-OVIA-2024",
            "Enrolled": "2024-06-12",
        },
        {
            ("User ID", _USER),
            ("Email", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Date of Birth", "DATE"),
            ("ZIP", "ZIP_CODE"),
            ("Pregnancy Status", "HEALTH"),
            ("Due Date", "DATE"),
        },
        {("Employer", ANY_ID), ("Benefit Code", "*")},
        True,
    ),
    (
        "Segment-like track from Android: Symptom Logged nausea with a log date",
        {
            "type": "track",
            "event": "Symptom Logged",
            "userId": "a3c91f6e-2d4b-4e8a-9f1c-5b7d3e9a2c41",
            "anonymousId": "6e6ab890-af91-4b14-9302-c6fe395b1b69",
            "properties": {
                "symptom": "nausea",
                "category": "digestion",
                "date": "2024-10-07",
                "cycle_phase": "luteal",
            },
            "context": {
                "device": {
                    "advertisingId": "5e1f7a3c-9b2d-4c8e-a6f0-3d7b9e1c5a24",
                    "id": "9774d56d682e549c",
                    "model": "Pixel 7",
                    "manufacturer": "Google",
                },
                "ip": "2600:1700:3ec0:9a10::4f",
                "os": {"name": "Android", "version": "14"},
                "app": {"name": "Luna", "version": "9.31.0", "build": "93100"},
                "locale": "en-US",
                "timezone": "America/Chicago",
            },
            "messageId": "ajs-next-1728367964123-4f0e9c2d",
            "timestamp": "2024-10-08T06:12:44.123Z",
        },
        {
            ("userId", _USER),
            ("anonymousId", "ONLINE_ID|DEVICE_ID"),
            ("properties.symptom", "HEALTH"),
            ("properties.date", "DATE"),
            ("context.device.advertisingId", _DEVICE),
            ("context.device.id", _DEVICE),
            ("context.ip", "IP_ADDRESS"),
        },
        {
            ("properties.category", "*"),
            ("properties.cycle_phase", ANY_ID),
            ("context.device.model", "*"),
            ("context.os.version", "*"),
            ("context.app.version", "*"),
            ("context.app.build", "*"),
            ("context.locale", "*"),
            ("context.timezone", "*"),
            ("messageId", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "AppsFlyer install row from a tracker campaign (identified, no health)",
        {
            "Event Time": "2024-10-06 19:03:12",
            "Event Name": "install",
            "AppsFlyer ID": "1728241392001-9920174",
            "Advertising ID": "d41d8c2e-7b9a-4f3c-8e1d-2a6b5c9f0e37",
            "Media Source": "googleadwords_int",
            "Campaign": "Period_Tracker_US_Broad",
            "Platform": "android",
            "App Version": "9.31.0",
            "IP": "24.18.203.77",
            "City": "Seattle",
        },
        {
            ("AppsFlyer ID", _DEVICE),
            ("Advertising ID", _DEVICE),
            ("IP", "IP_ADDRESS"),
            ("City", "LOCATION"),
        },
        {
            ("Event Time", "*"),
            ("Event Name", "*"),
            ("Media Source", "*"),
            ("Campaign", "*"),
            ("Platform", "*"),
            ("App Version", "*"),
        },
        False,
    ),
    (
        "Natural Cycles-like account sheet (data request): birth control mode, last period",
        {
            "Email": "sofia.lindqvist@gmail.com",
            "Name": "Sofia Lindqvist",
            "Birthday": "1990-02-11",
            "Registered": "2022-01-04",
            "Goal": "PREVENT",
            "Mode": "NC° Birth Control",
            "Subscription": "ANNUAL",
            "Last period": "2024-09-26",
            "Temperature unit": "C",
        },
        {
            ("Email", "EMAIL"),
            ("Name", "NAME"),
            ("Birthday", "DATE"),
            ("Mode", "HEALTH"),
            ("Last period", "DATE"),
        },
        {("Registered", "*"), ("Subscription", "*"), ("Temperature unit", "*")},
        True,
    ),
    (
        "Iterable-like push send log: postpartum check-in campaign",
        {
            "email": "jenna.whitfield@gmail.com",
            "userId": "ov_20533918",
            "campaignId": 8812201,
            "campaignName": "Postpartum check-in day 10",
            "templateId": 2290114,
            "messageId": "0c7e5d9a1b2f4c3e8d6a7b9c0e1f2a3b",
            "platform": "iOS",
            "createdAt": "2024-10-08 15:00:02 +00:00",
        },
        {("email", "EMAIL"), ("userId", _USER), ("campaignName", "HEALTH")},
        {
            ("campaignId", "*"),
            ("templateId", "*"),
            ("messageId", "*"),
            ("platform", "*"),
            ("createdAt", "*"),
        },
        True,
    ),
    (
        "App Store Connect sales report row (clean): subscription SKU, units, proceeds",
        {
            "Provider": "APPLE",
            "Provider Country": "US",
            "SKU": "LUNA_PREMIUM_1Y",
            "Developer": "Luna Health Ltd.",
            "Title": "Luna Premium Annual",
            "Product Type Identifier": "IAY",
            "Units": "312",
            "Developer Proceeds": "27.99",
            "Begin Date": "10/01/2024",
            "End Date": "10/01/2024",
            "Customer Currency": "USD",
            "Country Code": "US",
            "Apple Identifier": "1482736190",
            "Parent Identifier": "LUNA_APP",
            "Subscription": "Renewal",
            "Period": "1 Year",
        },
        set(),
        {
            ("SKU", "*"),
            ("Units", "*"),
            ("Developer Proceeds", "*"),
            ("Begin Date", "*"),
            ("End Date", "*"),
            ("Apple Identifier", "*"),
            ("Parent Identifier", "*"),
            ("Period", "*"),
            ("Developer", ANY_ID),
        },
        False,
    ),
    (
        "Amplitude-like experiment exposure (identified, no health): paywall price test",
        {
            "event_type": "$exposure",
            "user_id": "fl_9e2d4c6b8a",
            "device_id": "E2F4A6C8-1B3D-4F5A-9C7E-0D2B4F6A8C1E",
            "event_time": "2024-10-08 06:13:02.551000",
            "event_properties": {"flag_key": "paywall-annual-price-test", "variant": "treatment"},
            "insert_id": "exp-paywall-annual-price-test-fl_9e2d4c6b8a",
        },
        {("user_id", _USER), ("device_id", _DEVICE)},
        {
            ("event_time", "*"),
            ("event_properties.flag_key", "*"),
            ("event_properties.variant", "*"),
        },
        False,
    ),
    (
        "Kindara-like chart export (CSV): BBT, OPK positive, ovulation pain in notes",
        {
            "date": "2024-10-05",
            "bbt": "97.52",
            "time_taken": "06:15",
            "cervical_fluid": "eggwhite",
            "period": "",
            "spotting": "",
            "opk": "positive",
            "pregnancy_test": "",
            "notes": "ovulation pain left side",
        },
        {("date", "DATE"), ("opk", "HEALTH"), ("notes", "HEALTH")},
        {("bbt", ANY_ID), ("time_taken", "*"), ("cervical_fluid", ANY_ID)},
        True,
    ),
    (
        "Typeform-like web funnel quiz: diagnosed PCOS and endometriosis, email",
        {
            "event_id": "01J9K2M4P6R8T0V2X4Z6B8D0F2",
            "form_response": {
                "form_id": "q8ZkP2",
                "token": "a7f3c9e1b5d2f8a4c6e0b3d9f1a5c7e2",
                "submitted_at": "2024-10-08T12:01:44Z",
                "hidden": {"utm_campaign": "pcos_quiz_fb", "utm_source": "facebook"},
                "answers": [
                    {"field": {"ref": "email"}, "type": "email", "email": "nadia.q@hotmail.com"},
                    {
                        "field": {"ref": "diagnosed_conditions"},
                        "type": "choices",
                        "choices": {"labels": ["PCOS", "Endometriosis"]},
                    },
                    {"field": {"ref": "cycle_regular"}, "type": "boolean", "boolean": False},
                ],
            },
        },
        {
            ("form_response.answers[0].email", "EMAIL"),
            ("form_response.answers[1].choices.labels[0]", "HEALTH"),
            ("form_response.answers[1].choices.labels[1]", "HEALTH"),
        },
        {
            ("event_id", "*"),
            ("form_response.form_id", "*"),
            ("form_response.token", "*"),
            ("form_response.submitted_at", "*"),
            ("form_response.answers[2].boolean", "*"),
        },
        True,
    ),
    (
        "AppsFlyer SDK and OneLink config (clean): dev key, app id, deep link path",
        {
            "af_dev_key": "qX8hzT3kPpVb9Lm2Wc4R7e",
            "apple_app_id": "1482736190",
            "one_link_id": "aB3x",
            "deep_link_path": "/cycle/log-symptom",
            "is_debug": False,
            "min_time_between_sessions": 5,
            "sdk_version": "6.14.3",
        },
        set(),
        {
            ("af_dev_key", "*"),
            ("apple_app_id", "*"),
            ("one_link_id", "*"),
            ("deep_link_path", ANY_ID),
            ("min_time_between_sessions", "*"),
            ("sdk_version", "*"),
        },
        False,
    ),
    (
        "Local push template (clean): period due in three days",
        {
            "template_id": "tmpl_period_due_3d",
            "title": "Your period is due in 3 days",
            "body": "Stock up on pads and log any PMS symptoms.",
            "locale": "en",
            "send_hour_local": 9,
            "trigger": "predicted_period_start - 3d",
        },
        set(),
        {
            ("template_id", "*"),
            ("title", ANY_ID),
            ("body", ANY_ID),
            ("locale", "*"),
            ("send_hour_local", "*"),
            ("trigger", ANY_ID),
        },
        False,
    ),
    (
        "OneSignal-like subscription export: pregnancy week, due date, symptoms tags",
        {
            "id": "1c4e7a92-3b5d-4f68-9a0c-2e4f6a8c0b1d",
            "identifier": "fE3kQ9xR2mT:APA91bHq7vL0sN4wZ8yC1dF6gJ3kM5pR9tV2xB4nQ7eW0aS",
            "external_user_id": "ov_20541177",
            "device_type": 1,
            "device_model": "SM-A546U",
            "device_os": "14",
            "tags": {
                "pregnancy_week": "31",
                "baby_due": "2024-12-02",
                "symptoms_last": "swelling,heartburn",
            },
            "last_active": 1728367964,
            "session_count": 212,
        },
        {
            ("id", _DEVICE),
            ("identifier", _DEVICE),
            ("external_user_id", _USER),
            ("tags.pregnancy_week", "HEALTH"),
            ("tags.baby_due", "DATE"),
            ("tags.symptoms_last", "HEALTH"),
        },
        {
            ("device_type", "*"),
            ("device_model", "*"),
            ("device_os", "*"),
            ("last_active", "*"),
            ("session_count", "*"),
        },
        True,
    ),
    (
        "HealthKit sample written by the app: ovulation test result, LH surge",
        {
            "type": "HKCategoryTypeIdentifierOvulationTestResult",
            "value": "HKCategoryValueOvulationTestResultLuteinizingHormoneSurge",
            "sourceName": "Luna",
            "sourceVersion": "9.31.0",
            "startDate": "2024-10-06 07:10:00 -0500",
            "endDate": "2024-10-06 07:10:00 -0500",
            "creationDate": "2024-10-06 07:11:42 -0500",
        },
        {("type", "HEALTH"), ("startDate", "DATE")},
        {("sourceName", "*"), ("sourceVersion", "*"), ("creationDate", "*")},
        True,
    ),
    (
        "Experiment results report (clean): conversion by variant",
        {
            "experiment": "ttc_onboarding_paywall_v3",
            "variant": "trial_7d",
            "users": 48211,
            "conversions": 3433,
            "conversion_rate": 0.0712,
            "p_value": 0.031,
            "report_date": "2024-10-07",
        },
        set(),
        {
            ("experiment", ANY_ID),
            ("variant", "*"),
            ("users", "*"),
            ("conversions", "*"),
            ("conversion_rate", "*"),
            ("p_value", "*"),
            ("report_date", "*"),
        },
        False,
    ),
    (
        "Meta Conversions API app event: Subscribe to Pregnancy Premium, hashed email, IDFA",
        {
            "event_name": "Subscribe",
            "event_time": 1728367964,
            "action_source": "app",
            "app_data": {
                "advertiser_tracking_enabled": 1,
                "application_tracking_enabled": 1,
                "extinfo": [
                    "i2",
                    "com.example.lunacycle",
                    "8.12.0",
                    "8.12.0 (812)",
                    "17.5.1",
                    "iPhone15,3",
                    "en_US",
                    "CST",
                    "AT&T",
                    "393",
                    "852",
                    "2",
                    "6",
                    "256",
                    "200",
                    "-5",
                    "America/Chicago",
                ],
            },
            "user_data": {
                "em": [_sha("kayla.brandt@gmail.com")],
                "madid": "3F2504E0-4F89-41D3-9A0C-0305E82C3301",
                "anon_id": "XZ0e4f1a2b-3c4d-5e6f-7a8b-9c0d1e2f3a4b",
            },
            "custom_data": {"content_name": "Pregnancy Premium", "value": 39.99, "currency": "USD"},
        },
        {
            ("user_data.em[0]", "HASHED_ID"),
            ("user_data.madid", _DEVICE),
            ("user_data.anon_id", "ONLINE_ID|DEVICE_ID"),
            ("custom_data.content_name", "HEALTH"),
        },
        {
            ("event_time", "*"),
            ("app_data.extinfo[1]", "*"),
            ("app_data.extinfo[2]", "*"),
            ("app_data.extinfo[4]", "*"),
            ("app_data.extinfo[5]", "*"),
            ("app_data.extinfo[9]", "*"),
            ("app_data.extinfo[10]", "*"),
            ("app_data.extinfo[13]", "*"),
            ("custom_data.value", "*"),
        },
        True,
    ),
    (
        "Intercom-like chat: period late after stopping the pill, negative tests",
        {
            "conversation_id": "215468831092774",
            "user": {
                "user_id": "fl_3d5f7b9c1e",
                "email": "priya.venkat@gmail.com",
                "name": "Priya Venkataraman",
            },
            "conversation_parts": [
                {
                    "author_type": "user",
                    "body": "<p>My period is 12 days late and I've had 3 negative pregnancy "
                    "tests. Could the predictions be off after stopping the pill in "
                    "August?</p>",
                },
                {
                    "author_type": "admin",
                    "author": "Kate from Luna",
                    "body": "<p>Hi Priya! Predictions can take a few cycles to adjust "
                    "after you change contraception.</p>",
                },
            ],
            "created_at": 1728367964,
            "tags": ["predictions"],
        },
        {
            ("user.user_id", _USER),
            ("user.email", "EMAIL"),
            ("user.name", "NAME"),
            ("conversation_parts[0].body", "HEALTH"),
        },
        {("conversation_id", "*"), ("created_at", "*"), ("tags[0]", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {}

_OPEN: dict[str, tuple[set, str]] = {
    "Clue-like data download entry: pain logged on a day": (
        {("day", "DATE")},
        "a bare ``day`` key is a report's day in ad-platform and BI exports "
        "(detectors/field_names.py's report windows, a whole ``day|week|month`` key); the "
        "Clue-like entry's day is the user's, but only its ``type`` and ``value`` siblings, "
        "which any metric row has, say so. Held out; with no identifier left the entry is "
        "not PHI as scanned",
    ),
    "Partner-sharing invitation in pregnancy mode (Flo Partner-like)": (
        {("partner_name", "NAME")},
        "``Partner Name`` is an affiliate's, a reseller's or an agency's in partner-programme, "
        "ad-conversion and CRM exports, as the maternity probe left a fertility lead's "
        "(tests/test_maternity_and_fertility.py); held out, PHI by the inviter, the partner's "
        "email and the pregnancy mode",
    ),
    "Glow-like community forum post: 14 months TTC, progesterone, Clomid": (
        {("title", "HEALTH")},
        '"CD 21 BFN again, 14 months TTC": forum shorthand; bare "TTC" is a French price '
        "with tax (toutes taxes comprises), a transit commission and a sales team's time to "
        "close, and BFN and CD mean nothing alone; held out, PHI by the screen name and the "
        "body's progesterone and Clomid",
    ),
    "OneSignal-like subscription export: pregnancy week, due date, symptoms tags": (
        {("id", _DEVICE), ("identifier", _DEVICE)},
        "a bare ``id`` is a row's key in every export (the subscription's here, a ticket's "
        "or a post's elsewhere), and the blind row's FCM token was written shorter than any "
        "real one (41 characters after ``APA91b``; detectors/push_tokens.py reads 60 or "
        "more), under a key, ``identifier``, that says nothing; held out, PHI by the external "
        "user id, the due date, the pregnancy week and the symptoms",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_cycle_tracking_apps_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records): a change that loses recall or precision on cycle and fertility
#: tracking apps' exports fails here. Before the work, blind: SHAPES 6 misses / 2 false /
#: 7 wrong of 30, HELD_OUT 11 / 0 / 7 of 10.
FLOORS = ShapeTotals(expected=138, misses=5, false=0, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
