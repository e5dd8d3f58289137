"""Records as call-tracking, telephony/SMS and online-scheduling tools export them.

A blind probe, written by hand before reading the detectors: CallRail call logs (API v3
JSON, the calls CSV, the legacy post-call webhook, text threads, tracker configuration),
Invoca transactions and signals, CallTrackingMetrics calls and texts, Marchex-style call
analytics with AI summaries, Twilio call, message, status-callback, transcription and
Lookup resources, IVR menu-path logs, speaker-turn transcripts, appointment-reminder and
two-way-texting logs, online-scheduling exports (Zocdoc-, Kyruus-, DocASAP- and Epic open-
scheduling-like), a scheduling widget's analytics events, and the webhooks these tools post
into a CRM (HubSpot engagements, Salesforce leads, ad-platform call-conversion uploads).

Decisions this probe writes down (each appears as a must-not below):

- **Tracking numbers are the practice's own.** ``tracking_phone_number``, ``trackingnum``,
  ``promo_number``, ``business_number``, ``destination_phone_number``, ``dnis`` and the
  like are numbers the practice rents or answers on; they identify the advertiser, not the
  caller. The caller's number (``customer_phone_number``, ``calling_phone_number``,
  ``caller_number``, ``ani``, Twilio ``From`` of an inbound call) is the identifier. Where
  a generic field (Twilio ``to``/``from``, HubSpot ``toNumber``) may hold either, the probe
  states nothing.
- **A provider is not the patient.** Safe Harbor's names are those of the individual and of
  relatives, employers or household members; a rendering provider's name and NPI (a public
  registry number of the clinician) in a provider field are not identifiers of the patient,
  and flagging them makes every scheduling row noisy. The same holds for the company's own
  call agents, front-desk staff and system users (``agent_name``, ``assigned_user``,
  ``Scheduled By: MYCHART, GENERIC``). In free text that also names the patient the probe
  states nothing about the provider's name.
- **Caller-ID (CNAM) strings**: carriers send ``LAST FIRST`` in capitals (``SMITH JOHN``),
  which is a name; ``WIRELESS CALLER``, ``TOLL FREE CALLER``, ``CELL PHONE   TX``,
  ``UNKNOWN`` and the like are placeholders, not names.
- Durations, talk/ring/hold times, call/message/account SIDs and ids, prices, segment
  counts, DTMF digits, API versions (``2010-04-01``) and epoch timestamps are never
  findings. A call's own start time is left unstated (an event time, not obviously a date
  "related to the individual"); an appointment's date and time in a scheduling or reminder
  record is a DATE.
- A US state alone and a country are not Safe Harbor identifiers.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

After reading the detectors: where the project had already decided otherwise, with reasons
and gold labels behind it (clinicians' names are NAME and their NPIs OTHER_ID,
conservatively, as ``sample_data``'s gold labels them; Salesforce's top-level ``Id`` of a
Lead is OTHER_ID), and where this probe's decision cannot be told from the field alone
(``dnis`` and ``dialed_number`` are the patient's on an outbound call; ``business_phone``
is a CRM contact's work line as often as the practice's), the blind expectations are kept
as written and the record is listed in :data:`LEFT_ALONE` with the reason.
"""

from __future__ import annotations

import hashlib

import pytest
from helpers import assert_shape_holds, score_record, shape_totals


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


# Valid NPIs (Luhn over 80840 + the first nine digits), as providers' registry numbers.
NPI_OKAFOR = "1234567893"
NPI_FISCHER = "1487620936"
NPI_GUTIERREZ = "1619573045"
NPI_PATEL = "1928374655"
NPI_CHO = "1073918421"
NPI_STERN = "1346298700"

CALLRAIL_ID = "CAL8154748ae6bd4e278a7cddd38a662f4f"
TWILIO_ACCOUNT = "AC3f9b2d7e41c8a06f5e2b9d1c7a4e8f06"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
SHAPES = [
    (
        "CallRail API v3 call: CNAM name, caller number, knee-replacement landing page, tags",
        {
            "answered": True,
            "business_phone_number": "+14045550199",
            "customer_city": "Decatur",
            "customer_country": "US",
            "customer_name": "SMITH JOHN",
            "customer_phone_number": "+14045550187",
            "customer_state": "GA",
            "direction": "inbound",
            "duration": 184,
            "id": CALLRAIL_ID,
            "recording": "https://api.callrail.com/v3/a/227799611/calls/CAL8154748ae6bd4e278a"
            "7cddd38a662f4f/recording.json",
            "recording_duration": "172",
            "start_time": "2024-03-14T11:27:48.119-04:00",
            "tracking_phone_number": "+14045550100",
            "voicemail": False,
            "company_id": "COM8154748ae6bd4e278a7cddd38a662f4f",
            "company_name": "Peachtree Orthopedics",
            "first_call": True,
            "formatted_customer_phone_number": "404-555-0187",
            "formatted_tracking_phone_number": "404-555-0100",
            "landing_page_url": "https://www.peachtreeortho.com/knee-replacement/"
            "?utm_source=google&utm_medium=cpc&gclid=Cj0KCQjw8J6wBhDXARIsAPo7QA9vX3kQ2"
            "mZp4Lr7TnB1sWc8yHdE0fGh5iJkLmNoPqRsTuVwXyZaBcDeFgHiaAkF7EALw_wcB",
            "referring_url": "https://www.google.com/",
            "keywords": "knee replacement surgeon near me",
            "gclid": "Cj0KCQjw8J6wBhDXARIsAPo7QA9vX3kQ2mZp4Lr7TnB1sWc8yHdE0fGh5iJkLmNoPqR"
            "sTuVwXyZaBcDeFgHiaAkF7EALw_wcB",
            "source": "Google Ads",
            "medium": "CPC",
            "lead_status": "good_lead",
            "value": "250.00",
            "note": "",
            "tags": [
                {"name": "New Patient", "color": "green1"},
                {"name": "Knee Pain", "color": "red1"},
            ],
        },
        {
            ("customer_name", "NAME"),
            ("customer_phone_number", "PHONE"),
            ("formatted_customer_phone_number", "PHONE"),
            ("customer_city", "LOCATION"),
            ("landing_page_url", "HEALTH"),
            ("landing_page_url", "ONLINE_ID"),
            ("keywords", "HEALTH"),
            ("gclid", "ONLINE_ID"),
            ("tags[1].name", "HEALTH_CONDITION"),
        },
        {
            ("business_phone_number", "*"),
            ("tracking_phone_number", "*"),
            ("formatted_tracking_phone_number", "*"),
            ("customer_state", "*"),
            ("customer_country", "*"),
            ("id", "*"),
            ("company_id", "*"),
            ("duration", "*"),
            ("recording_duration", "*"),
            ("recording", "*"),
            ("value", "*"),
            ("lead_status", "*"),
            ("referring_url", "*"),
            ("source", "*"),
            ("medium", "*"),
            ("tags[0].name", "*"),
            ("tags[0].color", "*"),
        },
        True,
    ),
    (
        "CallRail API v3 call: WIRELESS CALLER to the contact page, no health",
        {
            "answered": True,
            "customer_city": "Atlanta",
            "customer_country": "US",
            "customer_name": "WIRELESS CALLER",
            "customer_phone_number": "+16785550123",
            "customer_state": "GA",
            "direction": "inbound",
            "duration": 41,
            "id": "CAL0b1c2d3e4f5061728394a5b6c7d8e9f0",
            "start_time": "2024-03-14T13:02:11.804-04:00",
            "tracking_phone_number": "+14045550101",
            "landing_page_url": "https://www.peachtreeortho.com/contact-us/",
            "keywords": None,
            "source": "Direct",
            "lead_status": "not_a_lead",
            "tags": [],
        },
        {("customer_phone_number", "PHONE"), ("customer_city", "LOCATION")},
        {
            ("customer_name", "NAME"),
            ("tracking_phone_number", "*"),
            ("landing_page_url", "*"),
            ("duration", "*"),
            ("lead_status", "*"),
            ("id", "*"),
        },
        False,
    ),
    (
        "CallRail API v3 voicemail: TOLL FREE CALLER asking for a sertraline refill",
        {
            "answered": False,
            "customer_name": "TOLL FREE CALLER",
            "customer_phone_number": "+18885550177",
            "direction": "inbound",
            "duration": 38,
            "id": "CAL1a2b3c4d5e6f708192a3b4c5d6e7f809",
            "start_time": "2024-03-14T19:44:02.011-04:00",
            "tracking_phone_number": "+17705550100",
            "voicemail": True,
            "transcription": "Hi this is about my refill of sertraline, the pharmacy says it "
            "needs a new prescription. Please call me back at 770-555-0143, thanks.",
            "lead_status": None,
        },
        {
            ("customer_phone_number", "PHONE"),
            ("transcription", "MEDICATION"),
            ("transcription", "PHONE"),
        },
        {("customer_name", "NAME"), ("tracking_phone_number", "*"), ("duration", "*")},
        True,
    ),
    (
        "CallRail calls CSV: name, email, colonoscopy campaign, note with a date, front-desk agent",
        {
            "Start Time": "2024-03-14 09:12:55 -0500",
            "Name": "Lopez Maria",
            "Phone Number": "512-555-0147",
            "Email": "maria.lopez82@yahoo.com",
            "Tracking Number": "512-555-0100",
            "Number Name": "Google Ads - GI",
            "Source": "Google Ads",
            "Medium": "CPC",
            "Campaign": "Colonoscopy - Search",
            "Landing Page": "https://www.riversidegi.com/colonoscopy/prep-instructions/",
            "Referrer": "https://www.google.com/",
            "Keywords": "colonoscopy cost austin",
            "Duration (seconds)": "312",
            "Call Status": "Answered",
            "First-Time Caller": "true",
            "Tags": "New Patient, Colonoscopy Consult",
            "Value": "0.00",
            "Note": "Scheduled colonoscopy 3/28, has Blue Cross PPO",
            "City": "Austin",
            "State": "TX",
            "Country": "US",
            "Device Type": "Mobile",
            "Lead Status": "Good Lead",
            # The practice's front-desk scheduler, not the patient: not a finding.
            "Agent Name": "Jamie Ortiz",
        },
        {
            ("Name", "NAME"),
            ("Phone Number", "PHONE"),
            ("Email", "EMAIL"),
            ("Campaign", "PROCEDURE"),
            ("Landing Page", "PROCEDURE"),
            ("Keywords", "PROCEDURE"),
            ("Tags", "PROCEDURE"),
            ("Note", "PROCEDURE"),
            ("Note", "DATE"),
            ("City", "LOCATION"),
        },
        {
            ("Tracking Number", "*"),
            ("Duration (seconds)", "*"),
            ("Value", "*"),
            ("State", "*"),
            ("Country", "*"),
            ("Device Type", "*"),
            ("Lead Status", "*"),
            ("Call Status", "*"),
            ("First-Time Caller", "*"),
            ("Referrer", "*"),
            ("Agent Name", "NAME"),
        },
        True,
    ),
    (
        "CallRail calls CSV: a spam call, CNAM 'CELL PHONE   TX'",
        {
            "Start Time": "2024-03-14 15:40:10 -0500",
            "Name": "CELL PHONE   TX",
            "Phone Number": "737-555-0190",
            "Email": "",
            "Tracking Number": "512-555-0100",
            "Source": "Direct",
            "Landing Page": "https://www.riversidegi.com/",
            "Keywords": "",
            "Duration (seconds)": "9",
            "Tags": "Spam",
            "Value": "",
            "Lead Status": "Not a Lead",
            "City": "Round Rock",
            "State": "TX",
        },
        {("Phone Number", "PHONE")},
        {
            ("Name", "NAME"),
            ("Tags", "*"),
            ("Landing Page", "*"),
            ("Tracking Number", "*"),
            ("Duration (seconds)", "*"),
            ("Lead Status", "*"),
        },
        False,
    ),
    (
        "CallRail legacy post-call webhook: callernum, callerzip, psoriasis landing page",
        {
            "id": "318823011",
            "resource_id": "CAL2b3c4d5e6f708192a3b4c5d6e7f8091a",
            "callername": "NGUYEN THANH",
            "callernum": "+17135550162",
            "callercity": "HOUSTON",
            "callerstate": "TX",
            "callerzip": "77036",
            "callercountry": "US",
            "trackingnum": "+17135550100",
            "destinationnum": "+17135550111",
            "datetime": "2024-03-14 10:22:48",
            "duration": "95",
            "answered": "true",
            "first_call": "true",
            "landingpage": "https://www.bayoucityderm.com/psoriasis-treatment/?utm_source=google"
            "&utm_medium=cpc&utm_campaign=psoriasis&gclid=EAIaIQobChMI8vXq2bKthAMVQ2xHAR1a"
            "QwFcEAAYASAAEgJ4mPD_BwE",
            "referrer": "google",
            "keywords": "psoriasis treatment houston",
            "gclid": "EAIaIQobChMI8vXq2bKthAMVQ2xHAR1aQwFcEAAYASAAEgJ4mPD_BwE",
            "utm_campaign": "psoriasis",
        },
        {
            ("callername", "NAME"),
            ("callernum", "PHONE"),
            ("callerzip", "ZIP_CODE"),
            ("callercity", "LOCATION"),
            ("landingpage", "HEALTH_CONDITION"),
            ("keywords", "HEALTH_CONDITION"),
            ("gclid", "ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("resource_id", "*"),
            ("trackingnum", "*"),
            ("destinationnum", "*"),
            ("callerstate", "*"),
            ("callercountry", "*"),
            ("duration", "*"),
            ("referrer", "*"),
        },
        True,
    ),
    (
        "Invoca transaction: calling_phone_number, promo and destination numbers, utm_term",
        {
            "transaction_id": "B3A9F2C1-7D4E8A10",
            "complete_call_id": "B3A9F2C1-7D4E8A10-0",
            "transaction_type": "Call",
            "call_source_description": "Google Paid",
            "start_time_local": "2024-03-14 09:41:07 -0700",
            "calling_phone_number": "8055550176",
            "mobile": "Mobile",
            "duration": 406,
            "connect_duration": 380,
            "city": "Ventura",
            "region": "CA",
            "repeat_calling_phone_number": "false",
            "media_type": "Pay Per Call",
            "advertiser_campaign_name": "Orthopedics - Paid Search",
            "promo_number": "8885550133",
            "destination_phone_number": "8055550100",
            "signal_name": "Appointment Booked - Orthopedics",
            "signal_value": "true",
            "gclid": "CjwKCAjw1emzBhB8EiwAHwZZxWv0pQ4Rr8dNo2sVt7KxJmL9eFgHiJkLmN_BoCkQ8QAvD_BwE",
            "utm_term": "rotator cuff tear surgeon",
        },
        {
            ("calling_phone_number", "PHONE"),
            ("city", "LOCATION"),
            ("utm_term", "HEALTH"),
            ("gclid", "ONLINE_ID"),
        },
        {
            ("transaction_id", "*"),
            ("complete_call_id", "*"),
            ("promo_number", "*"),
            ("destination_phone_number", "*"),
            ("duration", "*"),
            ("connect_duration", "*"),
            ("region", "*"),
            ("signal_value", "*"),
            ("mobile", "*"),
            ("repeat_calling_phone_number", "*"),
        },
        True,
    ),
    (
        "Invoca signal webhook: oncology booking signal with custom data",
        {
            "transaction_id": "C81D04E2-19AB7F33",
            "calling_phone_number": "+13105550114",
            "signal": {
                "name": "Appointment Booked - Oncology",
                "partner_unique_id": "sig-4471-20240314",
                "description": "AI Signal: caller booked an appointment",
                "value": 1,
            },
            "custom_data": {
                "patient_type": "New",
                "service_line": "Breast Cancer Screening",
                "gclid": "Cj0KCQjw-r-vBhC-ARIsAGgUO2C7vQ1mRk3Yt8NpL0sZxWqE4aBcDeFgHiJkLmN"
                "oPqRsTuVwaAq2PEALw_wcB",
            },
        },
        {
            ("calling_phone_number", "PHONE"),
            ("custom_data.service_line", "HEALTH"),
            ("signal.name", "HEALTH"),
            ("custom_data.gclid", "ONLINE_ID"),
        },
        {
            ("transaction_id", "*"),
            ("signal.value", "*"),
            ("signal.partner_unique_id", "*"),
            ("custom_data.patient_type", "*"),
        },
        True,
    ),
    (
        "Invoca signals upload row: no caller, nothing personal",
        {
            "call_start_time": "2024-03-14T09:41:07-07:00",
            "signal_name": "Appointment Booked - Cardiology",
            "signal_value": "true",
            "transaction_id": "D92E15F3-2ABC8044",
            "revenue": "350.00",
            "partner_unique_id": "crm-opp-0061K00000qYzAb",
        },
        set(),
        {("transaction_id", "*"), ("revenue", "*"), ("signal_value", "*")},
        False,
    ),
    (
        "CallTrackingMetrics call: cnam, ADHD search, notes with Adderall, agent object",
        {
            "id": 2418873412,
            "sid": "CA1f7e2d3c4b5a69788796a5b4c3d2e1f0",
            "account_id": 81234,
            "name": "PATEL RAVI",
            "cnam": "PATEL RAVI",
            "search": "adhd testing for adults",
            "referrer": "https://www.google.com/",
            "location": "https://www.clearmindbh.com/adult-adhd-evaluation/",
            "source": "Google Paid",
            "likelihood": None,
            "duration": 245,
            "talk_time": 231,
            "ring_time": 14,
            "tracking_number": "+18445550166",
            "tracking_label": "Website Pool",
            "business_number": "+16155550100",
            "caller_number": "+16155550123",
            "caller_number_format": "(615) 555-0123",
            "city": "Nashville",
            "state": "TN",
            "postal_code": "37203",
            "called_at": "2024-03-14 09:15 AM -05:00",
            "unix_time": 1710425700,
            "tag_list": ["new patient", "adhd eval"],
            "notes": "Wants an evaluation for ADHD, also asked about an Adderall refill",
            "audio": "https://app.calltrackingmetrics.com/calls/2418873412/recording.mp3",
            "email": "ravi.patel.tn@gmail.com",
            "ga": {"cid": "1577364811.1709823002"},
            # The practice's intake coordinator: not the patient.
            "agent": {"id": 55012, "name": "Corinne Blake", "email": "cblake@clearmindbh.com"},
        },
        {
            ("name", "NAME"),
            ("cnam", "NAME"),
            ("search", "HEALTH"),
            ("location", "HEALTH"),
            ("caller_number", "PHONE"),
            ("caller_number_format", "PHONE"),
            ("city", "LOCATION"),
            ("postal_code", "ZIP_CODE"),
            ("tag_list[1]", "HEALTH"),
            ("notes", "HEALTH_CONDITION"),
            ("notes", "MEDICATION"),
            ("email", "EMAIL"),
            ("ga.cid", "ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("sid", "*"),
            ("account_id", "*"),
            ("duration", "*"),
            ("talk_time", "*"),
            ("ring_time", "*"),
            ("tracking_number", "*"),
            ("business_number", "*"),
            ("tracking_label", "*"),
            ("state", "*"),
            ("unix_time", "*"),
            ("tag_list[0]", "*"),
            ("referrer", "*"),
            ("audio", "*"),
            ("agent.id", "*"),
            ("agent.name", "NAME"),
        },
        True,
    ),
    (
        "CallTrackingMetrics text message: a Vyvanse refill request",
        {
            "id": 99182311,
            "account_id": 81234,
            "direction": "inbound",
            "name": "PATEL RAVI",
            "caller_number_format": "(615) 555-0123",
            "tracking_number_format": "(844) 555-0166",
            "message_body": "my son ran out of his Vyvanse, can the doctor call it in today",
            "called_at": "2024-03-15 08:02 AM -05:00",
            "sms_status": "received",
        },
        {
            ("name", "NAME"),
            ("caller_number_format", "PHONE"),
            ("message_body", "MEDICATION"),
        },
        {("id", "*"), ("account_id", "*"), ("tracking_number_format", "*"), ("sms_status", "*")},
        True,
    ),
    (
        "Marchex-style call analytics: AI summary with name, DOB, member id, appointment",
        {
            "call_id": "mx-20240314-9f2c1a77",
            "call_start": "2024-03-14T16:02:11Z",
            "caller_number": "+1 206 555 0159",
            "dialed_number": "+1 206 555 0100",
            "ad_source": "Bing Ads",
            "duration_sec": 522,
            "outcome": "Appointment Set",
            "caller_intent": "New Patient Scheduling",
            "call_summary": "Caller Denise Morgan scheduled a mammogram follow-up after an "
            "abnormal screening. Appointment set for March 21 at 2 PM at the Northgate "
            "imaging center. Caller gave DOB 09/17/1966 and Premera member ID PRM881204337.",
            "sentiment": "positive",
            "conversation_score": 87,
            "agent_name": "Tyler (Scheduling)",
            "keywords_spotted": ["mammogram", "biopsy"],
        },
        {
            ("caller_number", "PHONE"),
            ("call_summary", "NAME"),
            ("call_summary", "PROCEDURE"),
            ("call_summary", "DATE"),
            ("call_summary", "HEALTH_PLAN_ID"),
            ("keywords_spotted[0]", "PROCEDURE"),
        },
        {
            ("call_id", "*"),
            ("dialed_number", "*"),
            ("duration_sec", "*"),
            ("conversation_score", "*"),
            ("outcome", "*"),
            ("sentiment", "*"),
            ("caller_intent", "*"),
            ("agent_name", "NAME"),
        },
        True,
    ),
    (
        "Marchex-style call analytics: a vendor sales call, nothing health",
        {
            "call_id": "mx-20240314-0a4b7c21",
            "call_start": "2024-03-14T17:20:45Z",
            "caller_number": "+1 425 555 0102",
            "dialed_number": "+1 206 555 0100",
            "ad_source": "Direct",
            "duration_sec": 74,
            "outcome": "Not a Lead",
            "caller_intent": "Solicitation",
            "call_summary": "Caller was a vendor selling printer toner and asked for the office "
            "manager. No appointment was discussed.",
            "sentiment": "neutral",
            "conversation_score": 12,
        },
        {("caller_number", "PHONE")},
        {
            ("call_summary", "*"),
            ("dialed_number", "*"),
            ("duration_sec", "*"),
            ("call_id", "*"),
            ("conversation_score", "*"),
        },
        False,
    ),
    (
        "Twilio Call resource (REST): inbound, caller_name WIRELESS CALLER",
        {
            "sid": "CA5e1d9c3b7a2f48e6d0c4b8a7f3e2d1c9",
            "account_sid": TWILIO_ACCOUNT,
            "date_created": "Thu, 14 Mar 2024 15:22:08 +0000",
            "date_updated": "Thu, 14 Mar 2024 15:24:33 +0000",
            "parent_call_sid": None,
            "to": "+18885550100",
            "to_formatted": "(888) 555-0100",
            "from": "+14155550142",
            "from_formatted": "(415) 555-0142",
            "phone_number_sid": "PN9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a43",
            "status": "completed",
            "start_time": "Thu, 14 Mar 2024 15:22:10 +0000",
            "end_time": "Thu, 14 Mar 2024 15:24:33 +0000",
            "duration": "143",
            "price": "-0.01300",
            "price_unit": "USD",
            "direction": "inbound",
            "answered_by": None,
            "api_version": "2010-04-01",
            "caller_name": "WIRELESS CALLER",
            "uri": "/2010-04-01/Accounts/AC3f9b2d7e41c8a06f5e2b9d1c7a4e8f06/Calls/"
            "CA5e1d9c3b7a2f48e6d0c4b8a7f3e2d1c9.json",
            "subresource_uris": {
                "recordings": "/2010-04-01/Accounts/AC3f9b2d7e41c8a06f5e2b9d1c7a4e8f06/Calls/"
                "CA5e1d9c3b7a2f48e6d0c4b8a7f3e2d1c9/Recordings.json"
            },
        },
        {("from", "PHONE"), ("from_formatted", "PHONE")},
        {
            ("sid", "*"),
            ("account_sid", "*"),
            ("phone_number_sid", "*"),
            ("duration", "*"),
            ("price", "*"),
            ("price_unit", "*"),
            ("api_version", "*"),
            ("uri", "*"),
            ("subresource_uris.recordings", "*"),
            ("caller_name", "NAME"),
            ("status", "*"),
        },
        False,
    ),
    (
        "Twilio Message resource: outbound colonoscopy reminder",
        {
            "sid": "SM7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d",
            "account_sid": TWILIO_ACCOUNT,
            "messaging_service_sid": "MG1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e",
            "from": "+15125550100",
            "to": "+15125550147",
            "body": "Riverside GI: Reply C to confirm your colonoscopy on 3/14 at 8:00 AM with "
            "Dr. Anita Rao. Reply R to reschedule. Txt STOP to opt out.",
            "status": "delivered",
            "num_segments": "2",
            "num_media": "0",
            "direction": "outbound-api",
            "date_sent": "Tue, 12 Mar 2024 14:00:03 +0000",
            "price": "-0.01580",
            "price_unit": "USD",
            "error_code": None,
            "api_version": "2010-04-01",
        },
        {("to", "PHONE"), ("body", "PROCEDURE"), ("body", "DATE")},
        {
            ("sid", "*"),
            ("account_sid", "*"),
            ("messaging_service_sid", "*"),
            ("num_segments", "*"),
            ("num_media", "*"),
            ("price", "*"),
            ("api_version", "*"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Twilio inbound SMS webhook: Body 'C', FromZip, no health",
        {
            "ToCountry": "US",
            "ToState": "TX",
            "SmsMessageSid": "SM0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "NumMedia": "0",
            "ToCity": "AUSTIN",
            "FromZip": "78704",
            "SmsSid": "SM0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "FromState": "TX",
            "SmsStatus": "received",
            "FromCity": "AUSTIN",
            "Body": "C",
            "FromCountry": "US",
            "To": "+15125550100",
            "MessagingServiceSid": "MG1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e",
            "NumSegments": "1",
            "MessageSid": "SM0f1e2d3c4b5a69788796a5b4c3d2e1f0",
            "AccountSid": TWILIO_ACCOUNT,
            "From": "+15125550147",
            "ApiVersion": "2010-04-01",
        },
        {("From", "PHONE"), ("FromZip", "ZIP_CODE")},
        {
            ("Body", "*"),
            ("SmsSid", "*"),
            ("SmsMessageSid", "*"),
            ("MessageSid", "*"),
            ("AccountSid", "*"),
            ("MessagingServiceSid", "*"),
            ("NumSegments", "*"),
            ("NumMedia", "*"),
            ("ApiVersion", "*"),
            ("ToCountry", "*"),
            ("FromState", "*"),
            ("FromCountry", "*"),
            ("SmsStatus", "*"),
        },
        False,
    ),
    (
        "Twilio inbound SMS webhook: chemo infusion and nausea, signed with a name",
        {
            "MessageSid": "SM2a3b4c5d6e7f8091a2b3c4d5e6f70819",
            "AccountSid": TWILIO_ACCOUNT,
            "From": "+12145550133",
            "To": "+12145550100",
            "Body": "Can I move my chemo infusion to Thursday? The nausea has been bad this "
            "week. - Gloria Reyes",
            "NumMedia": "0",
            "NumSegments": "1",
            "FromCity": "DALLAS",
            "FromState": "TX",
            "ApiVersion": "2010-04-01",
        },
        {("From", "PHONE"), ("Body", "HEALTH"), ("Body", "NAME")},
        {("MessageSid", "*"), ("AccountSid", "*"), ("NumSegments", "*"), ("ApiVersion", "*")},
        True,
    ),
    (
        "Twilio voice status callback with Gather: DTMF digit and speech about insulin",
        {
            "CallSid": "CA9f8e7d6c5b4a39281706f5e4d3c2b1a0",
            "AccountSid": TWILIO_ACCOUNT,
            "From": "+13035550178",
            "To": "+13035550100",
            "CallStatus": "completed",
            "Direction": "inbound",
            "CallerName": "MARTINEZ ROSA",
            "FromCity": "DENVER",
            "FromState": "CO",
            "FromZip": "80205",
            "FromCountry": "US",
            "Digits": "3",
            "SpeechResult": "I need to refill my insulin prescription",
            "Confidence": "0.9214",
            "CallDuration": "211",
            "Timestamp": "Thu, 14 Mar 2024 17:01:44 +0000",
            "CallbackSource": "call-progress-events",
            "SequenceNumber": "3",
            "ApiVersion": "2010-04-01",
        },
        {
            ("From", "PHONE"),
            ("CallerName", "NAME"),
            ("FromZip", "ZIP_CODE"),
            ("SpeechResult", "MEDICATION"),
        },
        {
            ("CallSid", "*"),
            ("AccountSid", "*"),
            ("Digits", "*"),
            ("Confidence", "*"),
            ("CallDuration", "*"),
            ("SequenceNumber", "*"),
            ("CallbackSource", "*"),
            ("ApiVersion", "*"),
            ("FromState", "*"),
        },
        True,
    ),
    (
        "Contact-center IVR log: ANI, DNIS, menu path into behavioral health",
        {
            "call_id": "7f3e2a10-4b5c-4d6e-8f70-9a1b2c3d4e5f",
            "ani": "+17045550133",
            "dnis": "+17045550100",
            "ivr_path": "Main Menu > 2 - Appointments > 3 - Behavioral Health > 1 - New Patient",
            "menu_selections": "2,3,1",
            "queue": "BH Scheduling",
            "abandoned": False,
            "hold_seconds": 48,
            "handled_by": "Agent 2231",
            "started_at": "2024-03-14T14:05:33Z",
        },
        {("ani", "PHONE"), ("ivr_path", "HEALTH")},
        {
            ("call_id", "*"),
            ("dnis", "*"),
            ("menu_selections", "*"),
            ("hold_seconds", "*"),
            ("handled_by", "*"),
        },
        True,
    ),
    (
        "Contact-center IVR log: billing menu, no health",
        {
            "call_id": "0a1b2c3d-4e5f-4617-8293-a4b5c6d7e8f9",
            "ani": "+17045550161",
            "dnis": "+17045550100",
            "ivr_path": "Main Menu > 1 - Billing > 2 - Pay a Bill",
            "menu_selections": "1,2",
            "queue": "Billing",
            "abandoned": True,
            "hold_seconds": 301,
        },
        {("ani", "PHONE")},
        {("ivr_path", "*"), ("dnis", "*"), ("menu_selections", "*"), ("hold_seconds", "*")},
        False,
    ),
    (
        "CallRail transcription as speaker turns: name, DOB, knee replacement, callback number",
        {
            "id": "CAL3c4d5e6f708192a3b4c5d6e7f8091a2b",
            "duration": 266,
            "customer_phone_number": "+16085550162",
            "transcription": "Agent: Thank you for calling Lakeview Orthopedics, this is Dana, "
            "how can I help you?\nCaller: Hi, my name is Robert Alvarez, I need a consult "
            "about a knee replacement.\nAgent: Sure. Can I get your date of birth?\nCaller: "
            "April 12th, 1961.\nAgent: And a good callback number?\nCaller: 608-555-0162.",
        },
        {
            ("customer_phone_number", "PHONE"),
            ("transcription", "NAME"),
            ("transcription", "PROCEDURE"),
            ("transcription", "DATE"),
            ("transcription", "PHONE"),
        },
        {("id", "*"), ("duration", "*")},
        True,
    ),
    (
        "Call transcript as a list of speaker turns: a 91-year-old mother after a stroke",
        {
            "call_id": "inv-7c1e9a22-0b3d",
            "language": "en-US",
            "turns": [
                {
                    "speaker": "agent",
                    "start_ms": 0,
                    "end_ms": 3900,
                    "text": "Good morning, Valley Neurology, how can I help you?",
                },
                {
                    "speaker": "caller",
                    "start_ms": 4100,
                    "end_ms": 15250,
                    "text": "Yes, I'm calling for my mother, Evelyn Brooks. She's 91 and just "
                    "got out of the hospital after a stroke.",
                },
            ],
        },
        {
            ("turns[1].text", "NAME"),
            ("turns[1].text", "AGE_OVER_89"),
            ("turns[1].text", "HEALTH_CONDITION"),
        },
        {
            ("call_id", "*"),
            ("language", "*"),
            ("turns[0].speaker", "*"),
            ("turns[0].start_ms", "*"),
            ("turns[1].start_ms", "*"),
            ("turns[1].end_ms", "*"),
        },
        True,
    ),
    (
        "Zocdoc-like appointment export: patient, visit reason, provider NPI, member id",
        {
            "appointment_id": "zd_apt_8c1f5e2a9b3d",
            "status": "confirmed",
            "booked_at": "2024-03-10T21:14:09Z",
            "start_time": "2024-03-21T10:00:00-04:00",
            "visit_reason": "Migraine",
            "patient": {
                "first_name": "Aisha",
                "last_name": "Khan",
                "dob": "1990-05-17",
                "email": "aisha.khan90@gmail.com",
                "phone": "+19175550128",
                "sex": "F",
                "zip": "11215",
                "is_new_patient": True,
            },
            "provider": {"npi": NPI_OKAFOR, "name": "Dr. Samuel Okafor", "specialty": "Neurology"},
            "location": {"id": "loc_2201", "name": "Midtown Neurology"},
            "insurance": {
                "carrier": "Aetna",
                "plan": "Aetna Open Access Managed Choice",
                "member_id": "W281736452",
            },
            "booking_source": "Zocdoc Marketplace",
        },
        {
            ("start_time", "DATE"),
            ("visit_reason", "HEALTH_CONDITION"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.email", "EMAIL"),
            ("patient.phone", "PHONE"),
            ("patient.zip", "ZIP_CODE"),
            ("insurance.member_id", "HEALTH_PLAN_ID"),
        },
        {
            ("appointment_id", "*"),
            ("provider.npi", "*"),
            ("provider.name", "NAME"),
            ("insurance.carrier", "*"),
            ("insurance.plan", "*"),
            ("patient.sex", "*"),
            ("patient.is_new_patient", "*"),
            ("location.id", "*"),
            ("booking_source", "*"),
        },
        True,
    ),
    (
        "Zocdoc-like provider availability export: providers only, no patient",
        {
            "provider_npi": NPI_FISCHER,
            "provider_name": "Dr. Lena Fischer",
            "specialty": "Dermatology",
            "location_id": "loc_3107",
            "date": "2024-03-22",
            "open_slots": 6,
            "visit_reasons": ["Acne", "Skin Cancer Screening"],
        },
        set(),
        {
            ("provider_npi", "*"),
            ("provider_name", "NAME"),
            ("open_slots", "*"),
            ("location_id", "*"),
        },
        False,
    ),
    (
        "Kyruus-like provider search event: a condition query, ZIP, GA client id",
        {
            "event_type": "search",
            "search_id": "ks_5d8a2f1c-77e0-4b1a-9c3d-2e4f6a8b0c1d",
            "query": "pediatric asthma specialist",
            "location_query": "60614",
            "distance": 25,
            "results_count": 14,
            "filters": {"accepting_new_patients": True, "insurance": "BCBS IL PPO"},
            "timestamp": "2024-03-14T18:22:40.512Z",
            "client_id": "1874429911.1710430012",
            "provider_clicked": {"npi": NPI_GUTIERREZ, "name": "Maya Gutierrez, MD", "rank": 2},
        },
        {
            ("query", "HEALTH_CONDITION"),
            ("location_query", "ZIP_CODE"),
            ("client_id", "ONLINE_ID"),
        },
        {
            ("distance", "*"),
            ("results_count", "*"),
            ("filters.insurance", "*"),
            ("provider_clicked.npi", "*"),
            ("provider_clicked.name", "NAME"),
            ("provider_clicked.rank", "*"),
        },
        True,
    ),
    (
        "Kyruus-like booking webhook: FHIR-ish patient, reason for visit, provider display",
        {
            "appointment": {
                "id": "KY-APT-4471920",
                "visit_type": "New Patient - Cardiology Consult",
                "start": "2024-03-25T08:40:00-05:00",
                "department": "Heart & Vascular Institute",
            },
            "patient": {
                "name": {"given": "Tomás", "family": "Herrera"},
                "birthDate": "1957-12-03",
                "telecom": [
                    {"system": "phone", "value": "312-555-0193"},
                    {"system": "email", "value": "therrera57@comcast.net"},
                ],
                "address": {
                    "line": ["2231 N Sheffield Ave"],
                    "city": "Chicago",
                    "state": "IL",
                    "postalCode": "60614",
                },
            },
            "reason_for_visit": "atrial fibrillation follow-up",
            "provider": {"npi": NPI_PATEL, "display": "Neha Patel, MD"},
        },
        {
            ("appointment.start", "DATE"),
            ("patient.name.given", "NAME"),
            ("patient.name.family", "NAME"),
            ("patient.birthDate", "DATE"),
            ("patient.telecom[0].value", "PHONE"),
            ("patient.telecom[1].value", "EMAIL"),
            ("patient.address.line[0]", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.postalCode", "ZIP_CODE"),
            ("reason_for_visit", "HEALTH_CONDITION"),
        },
        {
            ("appointment.id", "*"),
            ("provider.npi", "*"),
            ("provider.display", "NAME"),
            ("patient.address.state", "*"),
            ("patient.telecom[0].system", "*"),
        },
        True,
    ),
    (
        "DocASAP-like bookings CSV: sleep apnea evaluation, member id, provider NPI",
        {
            "Booking ID": "DA-20240314-00871",
            "Booked On": "03/14/2024 11:02 AM",
            "Appointment Date": "03/19/2024",
            "Appointment Time": "09:15 AM",
            "Patient First Name": "Keisha",
            "Patient Last Name": "Jordan",
            "Patient DOB": "07/04/1979",
            "Patient Phone": "(919) 555-0175",
            "Patient Email": "kjordan79@icloud.com",
            "Reason for Visit": "Sleep apnea evaluation",
            "Provider Name": "Brian Cho, DO",
            "Provider NPI": NPI_CHO,
            "Facility": "Raleigh Sleep Center",
            "Insurance Carrier": "BCBS North Carolina",
            "Member ID": "YPW884102376",
            "New Patient": "Yes",
            "Booking Channel": "Google Reserve",
            "UTM Campaign": "sleep-apnea-2024",
        },
        {
            ("Appointment Date", "DATE"),
            ("Patient First Name", "NAME"),
            ("Patient Last Name", "NAME"),
            ("Patient DOB", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Patient Email", "EMAIL"),
            ("Reason for Visit", "HEALTH"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("UTM Campaign", "HEALTH_CONDITION"),
        },
        {
            ("Booking ID", "*"),
            ("Appointment Time", "*"),
            ("Provider Name", "NAME"),
            ("Provider NPI", "*"),
            ("Insurance Carrier", "*"),
            ("New Patient", "*"),
            ("Booking Channel", "*"),
        },
        True,
    ),
    (
        "Epic open-scheduling report row: LAST, FIRST patient and provider, MRN, chief complaint",
        {
            "Appt Date": "3/21/2024",
            "Appt Time": "1:30 PM",
            "Patient": "GARCIA, ELENA M",
            "MRN": "E1048872",
            "DOB": "2/9/1984",
            "Visit Type": "NEW ENDOCRINOLOGY",
            "Department": "ENDOCRINOLOGY CLINIC",
            "Provider": "PATEL, NEHA",
            # The booking's system user in Epic, not a person.
            "Scheduled By": "MYCHART, GENERIC",
            "Sched Method": "Open Scheduling",
            "Chief Complaint": "Thyroid nodule",
            "Home Phone": "608-555-0124",
            "Payor": "QUARTZ",
            "Subscriber ID": "Q00481122",
        },
        {
            ("Appt Date", "DATE"),
            ("Patient", "NAME"),
            ("MRN", "MRN"),
            ("DOB", "DATE"),
            ("Chief Complaint", "HEALTH_CONDITION"),
            ("Home Phone", "PHONE"),
            ("Subscriber ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Appt Time", "*"),
            ("Provider", "NAME"),
            ("Scheduled By", "NAME"),
            ("Sched Method", "*"),
            ("Payor", "*"),
        },
        True,
    ),
    (
        "Scheduling widget analytics event: mammogram booked, GA client id",
        {
            "event": "appointment_booked",
            "widget": "openscheduling",
            "widget_version": "3.14.2",
            "visit_type": "Mammogram Screening",
            "department_id": "10501032",
            "provider_id": "E1234",
            "slot_start": "2024-03-28T09:00:00",
            "ga_client_id": "GA1.2.1387654321.1709912345",
            "user_pseudo_id": "1387654321.1709912345",
            "page_location": "https://www.mercyhealth.org/schedule/mammogram?dept=10501032",
        },
        {
            ("visit_type", "PROCEDURE"),
            ("ga_client_id", "ONLINE_ID"),
            ("user_pseudo_id", "ONLINE_ID"),
            ("page_location", "PROCEDURE"),
        },
        {("department_id", "*"), ("provider_id", "*"), ("widget_version", "*"), ("event", "*")},
        True,
    ),
    (
        "Scheduling widget analytics event: widget loaded, nothing health",
        {
            "event": "widget_loaded",
            "widget": "openscheduling",
            "widget_version": "3.14.2",
            "department_id": "10501032",
            "load_ms": 412,
            "page_location": "https://www.mercyhealth.org/schedule/",
            "ga_client_id": "GA1.2.1387654321.1709912345",
        },
        {("ga_client_id", "ONLINE_ID")},
        {
            ("widget_version", "*"),
            ("department_id", "*"),
            ("load_ms", "*"),
            ("page_location", "*"),
            ("event", "*"),
        },
        False,
    ),
    (
        "Appointment-reminder log CSV: 'Reply C to confirm your colonoscopy on 3/14'",
        {
            "Message ID": "msg_01HS3K9Q2X7T4V8B6N0M1P5R2C",
            "Sent": "2024-03-12 09:00:02",
            "Patient": "Maria Lopez",
            "Mobile": "(512) 555-0147",
            "Appointment": "03/14/2024 08:00 AM",
            "Appointment Type": "Colonoscopy",
            "Provider": "Dr. Anita Rao",
            "Template": "48hr Reminder - Procedure",
            "Message": "Hi Maria, this is Riverside GI. Reply C to confirm your colonoscopy on "
            "3/14 at 8:00 AM. Reply R to reschedule.",
            "Response": "C",
            "Status": "Confirmed",
            "Segments": "2",
        },
        {
            ("Patient", "NAME"),
            ("Mobile", "PHONE"),
            ("Appointment", "DATE"),
            ("Appointment Type", "PROCEDURE"),
            ("Message", "PROCEDURE"),
            ("Message", "NAME"),
            ("Message", "DATE"),
        },
        {
            ("Message ID", "*"),
            ("Provider", "NAME"),
            ("Response", "*"),
            ("Status", "*"),
            ("Segments", "*"),
            ("Template", "*"),
        },
        True,
    ),
    (
        "Appointment-reminder log CSV: an office-closure broadcast, no health",
        {
            "Message ID": "msg_01HS3M2A7B9C0D1E2F3G4H5J6K",
            "Sent": "2024-05-20 09:00:00",
            "Mobile": "(512) 555-0161",
            "Template": "Office Closure",
            "Message": "Riverside GI: our office will be closed Monday 5/27 for Memorial Day. "
            "Reply STOP to opt out.",
            "Status": "Delivered",
            "Segments": "1",
        },
        {("Mobile", "PHONE")},
        {("Message", "*"), ("Message ID", "*"), ("Status", "*"), ("Segments", "*")},
        False,
    ),
    (
        "Two-way texting conversation export: Mohs pre-op reminder and an Eliquis question",
        {
            "conversation_uid": "c0a8012e-5f1b-4d2c-9e3a-7b6c5d4e3f2a",
            "location_name": "Summit Dermatology - Boulder",
            "contact": {"name": "Jordan Ellis", "phone_number": "+17205550188"},
            "messages": [
                {
                    "uid": "a1f0e2d3-c4b5-4a69-8788-96a5b4c3d2e1",
                    "direction": "outbound",
                    "sender": "Summit Dermatology",
                    "body": "Hi Jordan! Your Mohs surgery pre-op visit is tomorrow at 7:30 AM. "
                    "Please arrive 15 min early.",
                    "created_at": "2024-03-13T15:00:00Z",
                },
                {
                    "uid": "b2e1f3c4-d5a6-4b7a-9899-a7b6c5d4e3f2",
                    "direction": "inbound",
                    "sender": "Jordan Ellis",
                    "body": "Thanks. Should I stop my Eliquis before?",
                    "created_at": "2024-03-13T15:04:41Z",
                },
            ],
            # The practice's staff member who owns the thread: not the patient.
            "assigned_user": {"name": "Priya Raman", "email": "priya@summitderm.com"},
        },
        {
            ("contact.name", "NAME"),
            ("contact.phone_number", "PHONE"),
            ("messages[0].body", "PROCEDURE"),
            ("messages[1].body", "MEDICATION"),
        },
        {
            ("conversation_uid", "*"),
            ("messages[0].uid", "*"),
            ("messages[0].direction", "*"),
            ("messages[0].sender", "NAME"),
            ("assigned_user.name", "NAME"),
        },
        True,
    ),
    (
        "HubSpot call engagement created by the CallRail integration",
        {
            "engagement": {
                "id": 29182736451,
                "portalId": 4417281,
                "type": "CALL",
                "timestamp": 1710430068119,
                "ownerId": 51882013,
            },
            "associations": {"contactIds": [1501], "companyIds": [], "dealIds": []},
            "metadata": {
                "toNumber": "+14045550100",
                "fromNumber": "+14045550187",
                "status": "COMPLETED",
                "durationMilliseconds": 184000,
                "externalId": CALLRAIL_ID,
                "externalAccountId": "ACC8c4c8f1b3a6d4e0b9e2f7a8c1d3b5e6f",
                "recordingUrl": "https://app.callrail.com/calls/CAL8154748ae6bd4e278a7cddd38a662f4f"
                "/recording/redirect?access_key=3b91eb7f7cc08a4d01ed",
                "body": "CallRail: Inbound call from SMITH JOHN (404) 555-0187. Source: Google "
                "Ads. Keywords: knee replacement surgeon. Tags: New Patient, Knee Pain.",
                "disposition": "f240bbac-87c9-4f6e-bf70-924b57d47db7",
                "title": "Inbound call from (404) 555-0187",
            },
        },
        {
            ("metadata.fromNumber", "PHONE"),
            ("metadata.body", "NAME"),
            ("metadata.body", "PHONE"),
            ("metadata.body", "HEALTH"),
            ("metadata.title", "PHONE"),
        },
        {
            ("engagement.id", "*"),
            ("engagement.portalId", "*"),
            ("engagement.timestamp", "PHONE"),
            ("engagement.ownerId", "*"),
            ("associations.contactIds[0]", "*"),
            ("metadata.durationMilliseconds", "*"),
            ("metadata.externalId", "*"),
            ("metadata.externalAccountId", "*"),
            ("metadata.disposition", "*"),
            ("metadata.recordingUrl", "*"),
        },
        True,
    ),
    (
        "Salesforce lead created by an Invoca webhook: sleep study signal and snoring",
        {
            "attributes": {
                "type": "Lead",
                "url": "/services/data/v59.0/sobjects/Lead/00Q5e00000XyZaBEAV",
            },
            "Id": "00Q5e00000XyZaBEAV",
            "FirstName": "Gary",
            "LastName": "Whitman",
            "Phone": "(805) 555-0199",
            "LeadSource": "Invoca Call",
            "Status": "Open - Not Contacted",
            "Description": "Signal: Appointment Booked - Sleep Study. Caller reports loud "
            "snoring and daytime fatigue, wife says he stops breathing at night.",
            "Invoca_Transaction_ID__c": "0A1B2C3D-4E5F6A7B",
            "Invoca_Call_Duration__c": 406,
            "Invoca_Promo_Number__c": "8885550133",
            "CreatedDate": "2024-03-14T16:41:07.000+0000",
        },
        {
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("Phone", "PHONE"),
            ("Description", "HEALTH"),
        },
        {
            ("Id", "*"),
            ("attributes.url", "*"),
            ("attributes.type", "*"),
            ("Invoca_Transaction_ID__c", "*"),
            ("Invoca_Call_Duration__c", "*"),
            ("Invoca_Promo_Number__c", "*"),
            ("LeadSource", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "Google Ads call-conversion import row from call tracking",
        {
            "Caller's Phone Number": "+14045550187",
            "Call Start Time": "2024-03-14 11:27:48-04:00",
            "Conversion Name": "Booked Knee Replacement Consult",
            "Conversion Time": "2024-03-14 11:35:00-04:00",
            "Conversion Value": "250",
            "Conversion Currency": "USD",
        },
        {("Caller's Phone Number", "PHONE"), ("Conversion Name", "PROCEDURE")},
        {("Conversion Value", "*"), ("Conversion Currency", "*")},
        True,
    ),
    (
        "Enhanced conversions for leads upload from phone leads: hashed phone and email",
        {
            "Email": _sha("maria.lopez82@yahoo.com"),
            "Phone Number": _sha("+15125550147"),
            "Conversion Name": "Phone Lead - Bariatric Surgery",
            "Conversion Time": "2024-03-14 09:20:00-05:00",
            "Conversion Value": "0",
            "Conversion Currency": "USD",
            "Order ID": "CAL4d5e6f708192a3b4c5d6e7f8091a2b3c",
        },
        {
            ("Email", "HASHED_ID"),
            ("Phone Number", "HASHED_ID"),
            ("Conversion Name", "PROCEDURE"),
        },
        {("Conversion Value", "*"), ("Conversion Currency", "*")},
        True,
    ),
    (
        "CallRail tracker configuration: pools of tracking numbers, nothing personal",
        {
            "id": "TRK8154748ae6bd4e278a7cddd38a662f4f",
            "name": "Google Ads - Bariatric",
            "type": "source",
            "status": "active",
            "destination_number": "+14045550199",
            "tracking_numbers": ["+14045550100", "+14045550101"],
            "whisper_message": "Call from Google Ads",
            "sms_enabled": True,
            "company": {
                "id": "COM8154748ae6bd4e278a7cddd38a662f4f",
                "name": "Peachtree Bariatrics",
            },
            "created_at": "2023-08-01T12:00:00.000-04:00",
        },
        set(),
        {
            ("id", "*"),
            ("destination_number", "*"),
            ("tracking_numbers[0]", "*"),
            ("tracking_numbers[1]", "*"),
            ("whisper_message", "*"),
            ("company.id", "*"),
            ("created_at", "*"),
            ("status", "*"),
        },
        False,
    ),
    (
        "CallRail text-message thread: gastric sleeve question, CNAM and formatted names",
        {
            "id": "SMT8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e",
            "initial_tracker_id": "TRK8154748ae6bd4e278a7cddd38a662f4f",
            "current_tracker_id": "TRK8154748ae6bd4e278a7cddd38a662f4f",
            "customer_name": "HOWARD DENISE",
            "formatted_customer_name": "Denise Howard",
            "customer_phone_number": "+16785550172",
            "formatted_customer_phone_number": "678-555-0172",
            "initial_tracking_number": "+16785550100",
            "current_tracking_number": "+16785550100",
            "formatted_initial_tracking_number": "678-555-0100",
            "last_message_at": "2024-03-14T20:11:04.000-04:00",
            "state": "active",
            "company_time_zone": "America/New_York",
            "recent_messages": [
                {
                    "direction": "incoming",
                    "content": "Is the gastric sleeve covered by Kaiser? My BMI is 42",
                    "created_at": "2024-03-14T20:11:04.000-04:00",
                }
            ],
        },
        {
            ("customer_name", "NAME"),
            ("formatted_customer_name", "NAME"),
            ("customer_phone_number", "PHONE"),
            ("formatted_customer_phone_number", "PHONE"),
            ("recent_messages[0].content", "PROCEDURE"),
        },
        {
            ("id", "*"),
            ("initial_tracker_id", "*"),
            ("current_tracker_id", "*"),
            ("initial_tracking_number", "*"),
            ("current_tracking_number", "*"),
            ("formatted_initial_tracking_number", "*"),
            ("company_time_zone", "*"),
            ("state", "*"),
        },
        True,
    ),
    (
        "CallRail API v3 call: a blocked caller to the ACL-tear page, no identifier",
        {
            "answered": True,
            "customer_name": "UNKNOWN",
            "customer_phone_number": "Restricted",
            "customer_city": None,
            "direction": "inbound",
            "duration": 57,
            "id": "CAL5e6f708192a3b4c5d6e7f8091a2b3c4d",
            "tracking_phone_number": "+14045550102",
            "landing_page_url": "https://www.peachtreeortho.com/sports-medicine/acl-tear/",
            "keywords": "(not provided)",
            "source": "Google Organic",
        },
        {("landing_page_url", "HEALTH_CONDITION")},
        {
            ("customer_name", "NAME"),
            ("customer_phone_number", "*"),
            ("keywords", "*"),
            ("tracking_phone_number", "*"),
            ("duration", "*"),
        },
        False,
    ),
    (
        "Twilio transcription resource: dialysis for a 92-year-old father",
        {
            "sid": "TR8a7b6c5d4e3f2a1b0c9d8e7f6a5b4c3d",
            "account_sid": TWILIO_ACCOUNT,
            "recording_sid": "RE1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f",
            "transcription_text": "Hi, this is Walter Kim calling about my father's dialysis "
            "schedule, he's 92 and can't do mornings anymore. Call me at 503-555-0181.",
            "duration": "31",
            "status": "completed",
            "price": "-0.05000",
            "type": "fast",
            "api_version": "2010-04-01",
        },
        {
            ("transcription_text", "NAME"),
            ("transcription_text", "PROCEDURE"),
            ("transcription_text", "AGE_OVER_89"),
            ("transcription_text", "PHONE"),
        },
        {
            ("sid", "*"),
            ("recording_sid", "*"),
            ("account_sid", "*"),
            ("duration", "*"),
            ("price", "*"),
            ("api_version", "*"),
        },
        True,
    ),
    (
        "Invoca call record with an AI summary, toll-free caller",
        {
            "transaction_id": "E03F26A4-3BCD9155",
            "calling_phone_number": "8775550190",
            "caller_id": "TOLL FREE CALLER",
            "promo_number": "8885550134",
            "duration": 233,
            "ai_call_summary": "Caller asked whether the clinic treats plantar fasciitis and "
            "whether a cortisone injection is covered. Booked a new patient visit.",
            "signal_name": "Appointment Booked - Podiatry",
            "signal_value": "true",
        },
        {("calling_phone_number", "PHONE"), ("ai_call_summary", "HEALTH")},
        {
            ("caller_id", "NAME"),
            ("promo_number", "*"),
            ("duration", "*"),
            ("transaction_id", "*"),
            ("signal_value", "*"),
        },
        True,
    ),
]


HELD_OUT = [
    (
        "Twilio Conversations message: author is the patient's number, physical therapy",
        {
            "sid": "IM1f2e3d4c5b6a79880f1e2d3c4b5a6978",
            "account_sid": TWILIO_ACCOUNT,
            "conversation_sid": "CH2a3b4c5d6e7f8091a2b3c4d5e6f70819",
            "participant_sid": "MB3c4d5e6f708192a3b4c5d6e7f8091a2b",
            "author": "+13125550166",
            "body": "Running late for my physical therapy appt, be there at 3:15",
            "index": 12,
            "date_created": "2024-03-14T19:58:02Z",
            "delivery": None,
        },
        {("author", "PHONE"), ("body", "PROCEDURE")},
        {
            ("sid", "*"),
            ("conversation_sid", "*"),
            ("participant_sid", "*"),
            ("account_sid", "*"),
            ("index", "*"),
        },
        True,
    ),
    (
        "CallTrackingMetrics calls CSV: TOLL FREE CALLER, keyword, receiving number",
        {
            "Date": "2024-03-14 10:41 AM",
            "Caller Name": "TOLL FREE CALLER",
            "Caller Number": "(866) 555-0148",
            "Tracking Number": "(844) 555-0166",
            "Receiving Number": "(615) 555-0100",
            "Tracking Source": "Google Paid",
            "Duration": "188",
            "Talk Time": "170",
            "City": "Franklin",
            "State": "TN",
            "Postal Code": "37064",
            "Keyword": "suboxone doctor near me",
            "Tags": "New Patient",
            "Agent": "Corinne Blake",
        },
        {
            ("Caller Number", "PHONE"),
            ("Postal Code", "ZIP_CODE"),
            ("Keyword", "MEDICATION"),
        },
        {
            ("Caller Name", "NAME"),
            ("Tracking Number", "*"),
            ("Receiving Number", "*"),
            ("Duration", "*"),
            ("Talk Time", "*"),
            ("State", "*"),
            ("Tags", "*"),
            ("Agent", "NAME"),
        },
        True,
    ),
    (
        "Invoca call report CSV: signal columns, custom data utm_term",
        {
            "Transaction ID": "F14A37B5-4CDE0266",
            "Call Start Time": "03/14/2024 10:05:12 AM",
            "Calling Phone Number": "(559) 555-0119",
            "Promo Number": "(888) 555-0135",
            "Destination Phone Number": "(559) 555-0100",
            "Duration": "00:04:12",
            "City": "Fresno",
            "State": "CA",
            "Campaign": "Men's Health - Search",
            "Signal: Appointment Booked - Urology": "Yes",
            "Custom Data: utm_term": "vasectomy cost",
        },
        {
            ("Calling Phone Number", "PHONE"),
            ("City", "LOCATION"),
            ("Custom Data: utm_term", "PROCEDURE"),
        },
        {
            ("Transaction ID", "*"),
            ("Promo Number", "*"),
            ("Destination Phone Number", "*"),
            ("Duration", "*"),
            ("State", "*"),
            ("Signal: Appointment Booked - Urology", "*"),
        },
        True,
    ),
    (
        "Zocdoc-like bookings CSV: 'Chen, Wei', depression visit, psychologist NPI",
        {
            "Booking ID": "ZD-88412093",
            "Patient Name": "Chen, Wei",
            "Patient Date of Birth": "11/30/1972",
            "Patient Phone": "646.555.0139",
            "Appointment Date/Time": "2024-03-22 15:30",
            "Visit Reason": "Depression",
            "Provider": "Rachel Stern, PsyD",
            "Provider NPI": NPI_STERN,
            "Insurance": "Oscar Health",
            "Member ID": "OSC77120459801",
            "Patient Type": "New",
        },
        {
            ("Patient Name", "NAME"),
            ("Patient Date of Birth", "DATE"),
            ("Patient Phone", "PHONE"),
            ("Appointment Date/Time", "DATE"),
            ("Visit Reason", "HEALTH_CONDITION"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {
            ("Booking ID", "*"),
            ("Provider", "NAME"),
            ("Provider NPI", "*"),
            ("Insurance", "*"),
            ("Patient Type", "*"),
        },
        True,
    ),
    (
        "Twilio Studio execution context: trigger message confirming an MRI",
        {
            "sid": "FN4d5e6f708192a3b4c5d6e7f8091a2b3c",
            "flow_sid": "FW5e6f708192a3b4c5d6e7f8091a2b3c4d",
            "account_sid": TWILIO_ACCOUNT,
            "contact_channel_address": "+19045550122",
            "status": "ended",
            "context": {
                "trigger": {
                    "message": {
                        "Body": "Yes please confirm my MRI for Friday",
                        "From": "+19045550122",
                        "To": "+19045550100",
                    }
                },
                "widgets": {"gather_menu": {"Digits": "4"}},
            },
            "date_created": "2024-03-14T12:00:00Z",
        },
        {
            ("contact_channel_address", "PHONE"),
            ("context.trigger.message.From", "PHONE"),
            ("context.trigger.message.Body", "PROCEDURE"),
        },
        {
            ("sid", "*"),
            ("flow_sid", "*"),
            ("account_sid", "*"),
            ("context.widgets.gather_menu.Digits", "*"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Appointment-reminder log JSON: prenatal visit, midwife as provider",
        {
            "id": 88120344,
            "patient": {"full_name": "Oluwaseun Adeyemi", "mobile": "+14705550155"},
            "appointment": {
                "starts_at": "2024-04-02T10:15:00-04:00",
                "type": "Prenatal Visit - 28 wk",
                "provider": "Hannah Cole, CNM",
            },
            "message": "Reminder: your prenatal visit with Hannah Cole, CNM is 4/2 at 10:15 AM. "
            "Reply Y to confirm.",
            "reply": "Y",
            "reply_received_at": "2024-03-31T18:22:10-04:00",
        },
        {
            ("patient.full_name", "NAME"),
            ("patient.mobile", "PHONE"),
            ("appointment.starts_at", "DATE"),
            ("appointment.type", "HEALTH"),
            ("message", "HEALTH"),
        },
        {("id", "*"), ("appointment.provider", "NAME"), ("reply", "*")},
        True,
    ),
    (
        "IVR log with pipe-delimited menu path into infusion scheduling",
        {
            "CallGUID": "5A7C1E9B-2D4F-4B6A-8C0E-1F3A5B7C9D0E",
            "ANI": "9195550140",
            "DNIS": "8005550123",
            "MenuPath": "MAIN|ONCOLOGY|INFUSION_SCHED",
            "DTMF": "3*2",
            "QueueSeconds": "95",
            "Disposition": "TRANSFERRED",
        },
        {("ANI", "PHONE"), ("MenuPath", "HEALTH")},
        {
            ("CallGUID", "*"),
            ("DNIS", "*"),
            ("DTMF", "*"),
            ("QueueSeconds", "*"),
            ("Disposition", "*"),
        },
        True,
    ),
    (
        "Twilio usage record: nothing personal",
        {
            "account_sid": TWILIO_ACCOUNT,
            "category": "sms-outbound",
            "description": "Outbound SMS",
            "count": "18233",
            "count_unit": "messages",
            "usage": "18233",
            "usage_unit": "segments",
            "price": "142.21",
            "price_unit": "usd",
            "start_date": "2024-03-01",
            "end_date": "2024-03-31",
            "api_version": "2010-04-01",
        },
        set(),
        {
            ("account_sid", "*"),
            ("count", "*"),
            ("usage", "*"),
            ("price", "*"),
            ("start_date", "*"),
            ("end_date", "*"),
            ("api_version", "*"),
        },
        False,
    ),
    (
        "CallRail source summary report row: a health campaign, no person",
        {
            "source": "Google Ads",
            "campaign": "Knee Replacement - Search",
            "total_calls": 412,
            "answered_calls": 388,
            "first_time_callers": 201,
            "average_duration": 213.4,
            "leads": 144,
            "tracking_number": "(404) 555-0100",
        },
        set(),
        {
            ("total_calls", "*"),
            ("answered_calls", "*"),
            ("first_time_callers", "*"),
            ("average_duration", "*"),
            ("leads", "*"),
            ("tracking_number", "*"),
        },
        False,
    ),
    (
        "Scheduling booking posted into Salesforce Health Cloud custom fields",
        {
            "Id": "a0B5e00000KqLmNEAV",
            "PatientFirstName__c": "Harold",
            "PatientLastName__c": "Brennan",
            "PatientBirthdate__c": "1948-02-29",
            "PatientMobile__c": "(603) 555-0157",
            "VisitReason__c": "Hip pain",
            "ProviderNPI__c": NPI_GUTIERREZ,
            "ProviderName__c": "Luis Romero, MD",
            "AppointmentStart__c": "2024-03-27T14:00:00Z",
            "InsuranceMemberId__c": "XEH900112234",
        },
        {
            ("PatientFirstName__c", "NAME"),
            ("PatientLastName__c", "NAME"),
            ("PatientBirthdate__c", "DATE"),
            ("PatientMobile__c", "PHONE"),
            ("VisitReason__c", "HEALTH_CONDITION"),
            ("AppointmentStart__c", "DATE"),
            ("InsuranceMemberId__c", "HEALTH_PLAN_ID"),
        },
        {("Id", "*"), ("ProviderNPI__c", "*"), ("ProviderName__c", "NAME")},
        True,
    ),
    (
        "Call transcript, Rep/Customer turns: a daughter with strep, her birthday",
        {
            "call_id": "ctm-tx-2418873499",
            "transcript": "Rep: Pediatric Associates, this is Kim.\nCustomer: Hi, I need to "
            "bring my daughter Lily in, she has strep again.\nRep: What's her date of "
            "birth?\nCustomer: June 2nd, 2015.",
            "word_count": 41,
        },
        {
            ("transcript", "NAME"),
            ("transcript", "HEALTH_CONDITION"),
            ("transcript", "DATE"),
        },
        {("call_id", "*"), ("word_count", "*")},
        True,
    ),
    (
        "Twilio Lookup v2 with caller_name: a consumer CNAM",
        {
            "calling_country_code": "1",
            "country_code": "US",
            "phone_number": "+17045550133",
            "national_format": "(704) 555-0133",
            "valid": True,
            "caller_name": {
                "caller_name": "BROOKS EVELYN",
                "caller_type": "CONSUMER",
                "error_code": None,
            },
            "url": "https://lookups.twilio.com/v2/PhoneNumbers/+17045550133",
        },
        {
            ("caller_name.caller_name", "NAME"),
            ("phone_number", "PHONE"),
            ("national_format", "PHONE"),
        },
        {("caller_name.caller_type", "*"), ("country_code", "*"), ("calling_country_code", "*")},
        False,
    ),
    (
        "Twilio Lookup v2 with caller_name: WIRELESS CALLER placeholder",
        {
            "calling_country_code": "1",
            "country_code": "US",
            "phone_number": "+17045550171",
            "national_format": "(704) 555-0171",
            "valid": True,
            "caller_name": {
                "caller_name": "WIRELESS CALLER",
                "caller_type": "UNDETERMINED",
                "error_code": None,
            },
        },
        {("phone_number", "PHONE"), ("national_format", "PHONE")},
        {("caller_name.caller_name", "NAME"), ("caller_name.caller_type", "*")},
        False,
    ),
    (
        "Marchex-style summary: cluster headaches and Medicaid, booked next Tuesday",
        {
            "call_id": "mx-20240315-3e8d0b54",
            "caller_number": "+1 713 555 0126",
            "dialed_number": "+1 713 555 0100",
            "duration_sec": 318,
            "call_summary": "Caller asked whether Dr. Okafor treats cluster headaches and "
            "whether the practice takes Medicaid; booked a new patient visit for next Tuesday.",
            "outcome": "Appointment Set",
        },
        {("caller_number", "PHONE"), ("call_summary", "HEALTH_CONDITION")},
        {("call_id", "*"), ("dialed_number", "*"), ("duration_sec", "*"), ("outcome", "*")},
        True,
    ),
]


_PROVIDERS = (
    "the project reports clinicians conservatively (detectors/field_names.py: "
    "``provider_name`` and ``Provider`` values are NAME, ``npi`` fields OTHER_ID; "
    "sample_data's gold labels physicians' names NAME and NPIs OTHER_ID, and "
    "bench_accuracy holds to it): this probe's blind decision that a provider is not the "
    "patient is not applied"
)
_DIRECTION = (
    "``dnis`` and ``dialed_number`` stay PHONE: whose number they are depends on the "
    "call's direction (an outbound call dials the patient), which the field does not say"
)

#: ``(record name, pairs still open, PHI flag still wrong, why)``: records of SHAPES and
#: HELD_OUT whose open pairs are decided, not forgotten.
LEFT_ALONE = [
    (
        "CallRail API v3 call: CNAM name, caller number, knee-replacement landing page, tags",
        {("business_phone_number", "PHONE")},
        False,
        "``business_phone(_number)`` stays PHONE: in a CRM contact (HubSpot, Salesforce) it "
        "is the person's work line; only tracking, promo, destination and receiving numbers "
        "are the practice's by name (field_names.BUSINESS_NUMBER_RULES)",
    ),
    (
        "Marchex-style call analytics: AI summary with name, DOB, member id, appointment",
        {("dialed_number", "PHONE")},
        False,
        _DIRECTION,
    ),
    (
        "Marchex-style call analytics: a vendor sales call, nothing health",
        {("dialed_number", "PHONE")},
        False,
        _DIRECTION,
    ),
    (
        "Contact-center IVR log: ANI, DNIS, menu path into behavioral health",
        {("dnis", "PHONE")},
        False,
        _DIRECTION,
    ),
    ("Contact-center IVR log: billing menu, no health", {("dnis", "PHONE")}, False, _DIRECTION),
    (
        "Zocdoc-like appointment export: patient, visit reason, provider NPI, member id",
        {("provider.npi", "OTHER_ID")},
        False,
        _PROVIDERS,
    ),
    (
        "Zocdoc-like provider availability export: providers only, no patient",
        {("provider_name", "NAME"), ("provider_npi", "OTHER_ID")},
        True,
        _PROVIDERS + "; so a provider-only row with visit reasons reads as PHI",
    ),
    (
        "Kyruus-like provider search event: a condition query, ZIP, GA client id",
        {("provider_clicked.npi", "OTHER_ID")},
        False,
        _PROVIDERS,
    ),
    (
        "Kyruus-like booking webhook: FHIR-ish patient, reason for visit, provider display",
        {("provider.npi", "OTHER_ID")},
        False,
        _PROVIDERS,
    ),
    (
        "DocASAP-like bookings CSV: sleep apnea evaluation, member id, provider NPI",
        {("Provider NPI", "OTHER_ID"), ("Provider Name", "NAME")},
        False,
        _PROVIDERS,
    ),
    (
        "Appointment-reminder log CSV: 'Reply C to confirm your colonoscopy on 3/14'",
        {("Provider", "NAME")},
        False,
        _PROVIDERS,
    ),
    (
        "Appointment-reminder log CSV: an office-closure broadcast, no health",
        {("Message", "DATE")},
        False,
        "a month and day in a message is read as a date (it is an appointment's as often: "
        "'confirm your colonoscopy on 3/14'); whether it is the office's is beyond a pattern",
    ),
    (
        "Salesforce lead created by an Invoca webhook: sleep study signal and snoring",
        {("Id", "OTHER_ID"), ("attributes.url", "OTHER_ID")},
        False,
        "the project reads Salesforce's top-level ``Id`` as the person's record id "
        "(field_names.py: in a Lead or Contact export it identifies the person), and the "
        "record's ``attributes.url`` echoes it",
    ),
]
LEFT_ALONE += [  # from HELD_OUT, scored blind once first (see FLOORS)
    (
        "Zocdoc-like bookings CSV: 'Chen, Wei', depression visit, psychologist NPI",
        {("Provider NPI", "OTHER_ID")},
        False,
        _PROVIDERS,
    ),
    (
        "Appointment-reminder log JSON: prenatal visit, midwife as provider",
        {("appointment.provider", "NAME")},
        False,
        _PROVIDERS,
    ),
    (
        "IVR log with pipe-delimited menu path into infusion scheduling",
        {("DNIS", "PHONE")},
        False,
        _DIRECTION,
    ),
    (
        "Scheduling booking posted into Salesforce Health Cloud custom fields",
        {("ProviderNPI__c", "OTHER_ID"), ("ProviderName__c", "NAME")},
        False,
        # the top-level ``Id`` closed: a checksummed id of a custom object (``a0B``) is that
        # booking's record id, no person's (detectors/record_ids.py, the pharma probe)
        _PROVIDERS,
    ),
    (
        "Marchex-style summary: cluster headaches and Medicaid, booked next Tuesday",
        {("dialed_number", "PHONE")},
        False,
        _DIRECTION,
    ),
]
_LEFT = {name: (still, phi_open, why) for name, still, phi_open, why in LEFT_ALONE}

#: What this probe reached on SHAPES (42 records), LEFT_ALONE included: misses, false
#: findings, records wrong. Blind, before any change: 11, 36, 29. HELD_OUT (14 records):
#: 2, 10, 8 before any change; 1, 7, 5 when first scored (blind, after the SHAPES fixes);
#: 0, 7, 5 after the one fix it showed (``appointment.starts_at``).
FLOORS = (0, 16, 13)
HELD_OUT_FLOORS = (0, 7, 5)


@pytest.mark.parametrize(
    ("record", "expected", "must_not", "phi"),
    [
        pytest.param(r, e, n, p, id=name)
        for name, r, e, n, p in SHAPES + HELD_OUT
        if name not in _LEFT
    ],
)
def test_calls_and_scheduling_shapes(
    engine_no_ner, record: dict, expected: set, must_not: set, phi: bool
) -> None:
    assert_shape_holds(engine_no_ner, record, expected, must_not, phi)


@pytest.mark.parametrize(
    ("record", "expected", "must_not", "phi"),
    [pytest.param(r, e, n, p, id=name) for name, r, e, n, p in SHAPES + HELD_OUT if name in _LEFT],
)
def test_left_alone_decisions_still_hold(
    engine_no_ner, request, record: dict, expected: set, must_not: set, phi: bool
) -> None:
    """The rest of each LEFT_ALONE record holds, and what is open is still open (``why``)."""
    still_open, phi_open, why = _LEFT[request.node.callspec.id]
    misses, false, got_phi = score_record(engine_no_ner, record, expected, must_not)
    assert set(misses) | set(false) == still_open, f"changed, update LEFT_ALONE: {why}"
    assert (got_phi is not phi) is phi_open, why


def test_left_alone_names_records() -> None:
    names = {name for name, *_ in SHAPES + HELD_OUT}
    assert set(_LEFT) <= names


def test_floors(engine_no_ner) -> None:
    """Recall and precision on SHAPES do not fall below what was reached."""
    t = shape_totals(engine_no_ner, SHAPES)
    assert t.misses <= FLOORS[0] and t.false <= FLOORS[1] and t.wrong <= FLOORS[2]


def test_held_out_floors(engine_no_ner) -> None:
    """HELD_OUT does not fall below what it reached either."""
    t = shape_totals(engine_no_ner, HELD_OUT)
    floors = HELD_OUT_FLOORS
    assert t.misses <= floors[0] and t.false <= floors[1] and t.wrong <= floors[2]
