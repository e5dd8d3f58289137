"""Exports of email, SMS and marketing-automation platforms and CDP audiences.

A blind probe, written by hand before reading the detectors: Salesforce Marketing Cloud
tracking extracts (Sent, Opens, Clicks, Bounces, Unsubs), data views queried into data
extensions and preference-centre data extensions; Marketo activity logs (bulk CSV and REST
JSON, ``attributes`` as name/value pairs) and lead exports with the Munchkin cookie;
Pardot (Account Engagement) prospects and visitor activities; Eloqua bulk activity
exports; Dynamics 365 Customer Insights - Journeys interactions; HubSpot email events;
Braze Currents events; Iterable and Klaviyo profile and event exports; Mailchimp audience,
unsubscribe and email-activity exports; Segment, mParticle and Tealium audience exports.

Each record names the ``(field, entity)`` findings it must have, those it must not have,
and whether it is PHI. An expected entity may list alternatives (``"ONLINE_ID|OTHER_ID"``);
``"HEALTH"`` is any health entity; a must-not ``"*"`` is any finding at all. Values are
made up; field names, nesting, id and timestamp formats are the tools'.

Decisions written down here (they are the probe's, made before reading the detectors):

- A campaign, journey, list, data-extension, tag or email name with a health word in it
  ("Oncology Patients - Retargeting", "Flu Shot Clinic - October") is health context on a
  record that names a person (a send, open, click or membership row): the record is PHI.
  Nothing in one row tells a broadcast to every subscriber from a list built from patients,
  and a person's receipt of, or click on, a named health mailing from a provider is what the
  regulators' tracking guidance treats as revealing. A generic name ("March Newsletter") is
  no health context. A campaign name on a row without a person (a job or send summary) is
  a health finding on a record that is not PHI.
- The platform's own ids are no identifiers of a person: SFMC ``ClientID``/``SendID``/
  ``JobID``/``ListID``/``BatchID``, Marketo ``marketoGUID``/``campaignId``/activity ids,
  template, message, variation, workflow, metric and app-group ids, Mailchimp ``LEID``
  (the list's row number) and ``EUID`` (the brief names both as negatives: keys into the
  sender's own list, beside an email that is found anyway), ``MEMBER_RATING``, ``GMTOFF``.
  A person's key in the platform (``SubscriberKey``, ``leadId``, ``prospectId``, Braze
  ``external_user_id``, a Klaviyo profile id) is ONLINE_ID or OTHER_ID.
- Send, open and click timestamps and the platform's created/modified stamps are machine
  time, not dates about the person (as ``received_at`` in the warehouse probe). A birthday,
  an appointment date in message extras, are DATE.
- The company's sender (``FromEmail``, ``FromName``, an outbound SMS ``fromPhoneNumber`` or
  short code) is no person's identifier.
- An unsubscribe link (list-manage ``u=``/``id=``/``e=``, SFMC ``unsub_center.aspx?qs=``)
  is a token of the platform, not a finding.

Revised after reading the detectors (the only revisions, made once, to SHAPES and HELD_OUT
alike): Mailchimp's ``LEID`` and ``EUID`` are OTHER_ID, as the project already decides
(field_names: "Mailchimp's per-subscriber ids"): the EUID is the member's unique email id,
the same value the platform puts in every tracked link as ``mc_eid`` (an ONLINE_ID), so
the ``e=`` of a list-manage unsubscribe link, which holds it, is that person's id too
(found as an echo) and is no longer a must-not. The blind figures below were measured
before this revision.

Figures on the 36 development records: blind 11 misses, 14 false findings, 18 records
wrong (11, 7, 15 with the revision); after the work 1, 3, 4. On the 12 held-out records,
scored once at the end: blind 2, 4, 5 (2, 2, 4 with the revision), after the work 2, 2, 4.
:data:`FLOORS` holds the sum. Records whose misses remain are in :data:`LEFT_ALONE`, each
with the reason.
"""

from __future__ import annotations

import hashlib
import json

from helpers import probe_tests, shape_totals
from helpers import sha256_hex as _sha


def _md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()  # Mailchimp's subscriber hash


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
SHAPES = [
    # --- Salesforce Marketing Cloud -------------------------------------------------------
    (
        "SFMC tracking extract Bounces.csv: the recipient address inside the SMTP reason",
        {
            "ClientID": "7281234",
            "SendID": "412876",
            "SubscriberKey": "0035e00000P4nS2AAJ",
            "EmailAddress": "m.ortiz@yahoo.com",
            "SubscriberID": "48812801",
            "ListID": "1123",
            "EventDate": "3/14/2024 9:01:40 AM",
            "EventType": "HardBounce",
            "BounceCategory": "Hard bounce",
            "SMTPCode": "550",
            "BounceReason": "550 5.1.1 <m.ortiz@yahoo.com>: Recipient address rejected: "
            "User unknown in virtual mailbox table",
            "BatchID": "1",
            "MessageID": "0100018e3a1b2c3d-4e5f6a7b-8c9d-4e0f-a1b2-c3d4e5f6a7b8-000000",
            "BounceSubcategory": "User Unknown",
            "BounceType": "immediate",
        },
        {
            ("SubscriberKey", "ONLINE_ID|OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("BounceReason", "EMAIL"),
        },
        {
            ("SMTPCode", "*"),
            ("BounceCategory", "*"),
            ("BounceSubcategory", "*"),
            ("BounceType", "*"),
            ("MessageID", "*"),
            ("EventDate", "*"),
            ("BounceReason", "HEALTH"),
        },
        False,
    ),
    (
        "SFMC _Open data view queried into a data extension, joined to _Job's EmailName",
        {
            "AccountID": "7281234",
            "OYBAccountID": "",
            "JobID": "412880",
            "ListID": "1124",
            "BatchID": "3",
            "SubscriberID": "48812911",
            "SubscriberKey": "d.kowalski@comcast.net",
            "EventDate": "2024-03-14 11:02:17.000",
            "Domain": "comcast.net",
            "IsUnique": "True",
            "TriggererSendDefinitionObjectID": "b1a7c3e5-d2f0-ee11-9cc9-000d3a1b2c3d",
            "EmailName": "Diabetes Education Series Wk 2",
        },
        {("SubscriberKey", "EMAIL"), ("EmailName", "HEALTH_CONDITION")},
        {
            ("AccountID", "*"),
            ("JobID", "*"),
            ("ListID", "*"),
            ("BatchID", "*"),
            ("EventDate", "*"),
            ("Domain", "*"),
            ("IsUnique", "*"),
            ("TriggererSendDefinitionObjectID", "*"),
        },
        True,
    ),
    (
        "SFMC data extension export: a service-line appointment list",
        {
            "SubscriberKey": "0035e00000Q8wX1AAJ",
            "EmailAddress": "r.delgado@icloud.com",
            "FirstName": "Rosa",
            "LastName": "Delgado",
            "MobileNumber": "13125550147",
            "ServiceLine": "Orthopedics - Joint Replacement",
            "LastApptDate": "2024-02-27",
            "PreferredLocation": "Oak Park",
            "Locale": "en-US",
            "_ModifiedDate": "2024-03-14T06:00:00.000",
        },
        {
            ("SubscriberKey", "ONLINE_ID|OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("MobileNumber", "PHONE"),
            ("ServiceLine", "PROCEDURE"),
            ("LastApptDate", "DATE"),
        },
        {("Locale", "*"), ("_ModifiedDate", "*")},
        True,
    ),
    (
        "SFMC preference centre data extension: topics chosen by the subscriber",
        {
            "SubscriberKey": "0035e00000Q8wY9AAJ",
            "EmailAddress": "p.hale@gmail.com",
            "Topics": "cancer care; heart health",
            "Frequency": "Monthly",
            "OptInNewsletter": "true",
            "UnsubscribeReason": "",
            "ModifiedDate": "3/14/2024 12:44:10 PM",
        },
        {
            ("SubscriberKey", "ONLINE_ID|OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("Topics", "HEALTH_CONDITION"),
        },
        {("Frequency", "*"), ("OptInNewsletter", "*"), ("ModifiedDate", "*")},
        True,
    ),
    (
        "SFMC MobileConnect SMS tracking: an outbound reminder from a short code",
        {
            "Mobile": "16085550162",
            "SubscriberKey": "0035e00000Q8wZ3AAJ",
            "ShortCode": "88588",
            "Keyword": "REMIND",
            "MessageText": "Lakeside Health: your colonoscopy prep starts tomorrow. "
            "Reply C to confirm, STOP to opt out.",
            "MessageID": "NDE6Nzg6MA",
            "ActionDateTime": "3/14/2024 4:00:01 PM",
            "Status": "Delivered",
        },
        {
            ("Mobile", "PHONE"),
            ("SubscriberKey", "ONLINE_ID|OTHER_ID"),
            ("MessageText", "PROCEDURE"),
        },
        {
            ("ShortCode", "*"),
            ("Keyword", "*"),
            ("MessageID", "*"),
            ("ActionDateTime", "*"),
            ("Status", "*"),
        },
        True,
    ),
    (
        "SFMC _Job data view: a send's summary, no person in it",
        {
            "JobID": "412880",
            "EmailID": "55120",
            "AccountID": "7281234",
            "FromName": "Lakeside Health",
            "FromEmail": "news@lakesidehealth.org",
            "SchedTime": "2024-03-14 09:00:00.000",
            "PickupTime": "2024-03-14 09:00:12.000",
            "DeliveredTime": "2024-03-14 09:14:51.000",
            "EventID": "",
            "IsMultipart": "True",
            "JobType": "",
            "JobStatus": "Complete",
            "ModifiedBy": "",
            "ModifiedDate": "2024-03-14 09:14:51.000",
            "EmailName": "Diabetes Education Series Wk 2",
            "EmailSubject": "Week 2: Counting carbs without the stress",
            "IsWrapped": "True",
            "TestEmailAddr": "",
            "Category": "Content Builder Emails",
            "BccEmail": "",
            "CreatedDate": "2024-03-10 15:22:00.000",
        },
        {("EmailName", "HEALTH_CONDITION")},
        {
            ("JobID", "*"),
            ("EmailID", "*"),
            ("AccountID", "*"),
            ("FromName", "*"),
            ("FromEmail", "*"),
            ("SchedTime", "*"),
            ("PickupTime", "*"),
            ("DeliveredTime", "*"),
            ("ModifiedDate", "*"),
            ("CreatedDate", "*"),
            ("Category", "*"),
        },
        False,
    ),
    # --- Marketo ----------------------------------------------------------------------------
    (
        "Marketo bulk activity export CSV: Fill Out Form with attributes as a JSON string",
        {
            "marketoGUID": "88412931",
            "leadId": "4471823",
            "activityDate": "2024-03-14T15:22:07Z",
            "activityTypeId": "2",
            "campaignId": "10291",
            "primaryAttributeValueId": "1412",
            "primaryAttributeValue": "Bariatric Surgery Seminar Registration",
            "attributes": json.dumps(
                {
                    "Client IP Address": "73.15.201.44",
                    "Form Fields": json.dumps(
                        {
                            "FirstName": "Dolores",
                            "Email": "dolores.vance@gmail.com",
                            "Phone": "708-555-0133",
                            "seminarDate": "April 9, 2024",
                        }
                    ),
                    "Query Parameters": "utm_source=facebook&utm_medium=paid",
                    "Referrer URL": "https://www.facebook.com/",
                    "User Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)",
                    "Webpage ID": 5512,
                }
            ),
        },
        {
            ("leadId", "ONLINE_ID|OTHER_ID"),
            ("primaryAttributeValue", "PROCEDURE"),
            ("attributes", "IP_ADDRESS"),
            ("attributes", "EMAIL"),
            ("attributes", "PHONE"),
        },
        {
            ("marketoGUID", "*"),
            ("activityDate", "*"),
            ("activityTypeId", "*"),
            ("campaignId", "*"),
            ("primaryAttributeValueId", "*"),
        },
        True,
    ),
    (
        "Marketo REST activities.json: Visit Web Page, attributes as name/value pairs",
        {
            "id": 102988,
            "marketoGUID": "102988",
            "leadId": 4471824,
            "activityDate": "2024-03-14T15:30:41Z",
            "activityTypeId": 1,
            "campaignId": 1029,
            "primaryAttributeValueId": 14,
            "primaryAttributeValue": "www.lakesidehealth.org/heart-failure/living-with-hf",
            "attributes": [
                {"name": "Client IP Address", "value": "24.14.211.9"},
                {"name": "Query Parameters", "value": ""},
                {"name": "Referrer URL", "value": "https://www.google.com/"},
                {
                    "name": "User Agent",
                    "value": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36",
                },
                {"name": "Webpage URL", "value": "/heart-failure/living-with-hf"},
            ],
        },
        {
            ("leadId", "ONLINE_ID|OTHER_ID"),
            ("primaryAttributeValue", "HEALTH_CONDITION"),
            ("attributes[0].value", "IP_ADDRESS"),
            ("attributes[4].value", "HEALTH_CONDITION"),
        },
        {
            ("id", "*"),
            ("marketoGUID", "*"),
            ("activityDate", "*"),
            ("activityTypeId", "*"),
            ("campaignId", "*"),
            ("primaryAttributeValueId", "*"),
            ("attributes[0].name", "*"),
            ("attributes[2].value", "*"),
            ("attributes[3].value", "*"),
        },
        True,
    ),
    (
        "Marketo REST activities.json: Send Email named program.asset, run ids as attributes",
        {
            "id": 102990,
            "marketoGUID": "102990",
            "leadId": 4471825,
            "activityDate": "2024-03-14T16:00:02Z",
            "activityTypeId": 6,
            "campaignId": 1033,
            "primaryAttributeValueId": 2291,
            "primaryAttributeValue": "OB-Prenatal Nurture.Trimester 2 Email",
            "attributes": [
                {"name": "Campaign Run ID", "value": 5},
                {"name": "Choice Number", "value": 0},
                {"name": "Step ID", "value": 8321},
            ],
        },
        {("leadId", "ONLINE_ID|OTHER_ID"), ("primaryAttributeValue", "HEALTH")},
        {
            ("id", "*"),
            ("campaignId", "*"),
            ("primaryAttributeValueId", "*"),
            ("activityDate", "*"),
            ("attributes[0].value", "*"),
            ("attributes[1].value", "*"),
            ("attributes[2].value", "*"),
        },
        True,
    ),
    (
        "Marketo REST activities.json: Email Delivered of a newsletter (no health)",
        {
            "id": 102991,
            "marketoGUID": "102991",
            "leadId": 4471826,
            "activityDate": "2024-03-14T16:00:09Z",
            "activityTypeId": 7,
            "campaignId": 1034,
            "primaryAttributeValueId": 2292,
            "primaryAttributeValue": "Monthly Newsletter 2024-03.Newsletter Email",
            "attributes": [
                {"name": "Campaign Run ID", "value": 6},
                {"name": "Choice Number", "value": 0},
                {"name": "Step ID", "value": 8322},
            ],
        },
        {("leadId", "ONLINE_ID|OTHER_ID")},
        {
            ("id", "*"),
            ("primaryAttributeValue", "*"),
            ("primaryAttributeValueId", "*"),
            ("activityDate", "*"),
            ("attributes[0].value", "*"),
            ("attributes[2].value", "*"),
        },
        False,
    ),
    (
        "Marketo lead export CSV: Munchkin cookie and an acquisition program",
        {
            "Id": "4471827",
            "First Name": "Gordon",
            "Last Name": "Albrecht",
            "Email Address": "g.albrecht@att.net",
            "Phone Number": "(414) 555-0172",
            "Postal Code": "53211",
            "Lead Source": "Website",
            "Lead Score": "45",
            "Acquisition Program Name": "2024 Joint Replacement Seminar Series",
            "Cookies": "id:561-HYG-937&token:_mch-lakesidehealth.org-1710423000123-84512",
            "Created At": "2024-03-01 10:04:11",
            "Updated At": "2024-03-14 15:22:07",
            "Unsubscribed": "false",
        },
        {
            ("Id", "ONLINE_ID|OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email Address", "EMAIL"),
            ("Phone Number", "PHONE"),
            ("Postal Code", "ZIP_CODE"),
            ("Acquisition Program Name", "PROCEDURE"),
            ("Cookies", "ONLINE_ID"),
        },
        {
            ("Lead Source", "*"),
            ("Lead Score", "*"),
            ("Created At", "*"),
            ("Updated At", "*"),
            ("Unsubscribed", "*"),
        },
        True,
    ),
    # --- Pardot / Account Engagement -----------------------------------------------------------
    (
        "Pardot prospect export CSV: tags and lists",
        {
            "Prospect Id": "44128830",
            "Salutation": "Ms.",
            "First Name": "Aiyana",
            "Last Name": "Redcloud",
            "Email": "aiyana.r@gmail.com",
            "Phone": "505-555-0191",
            "Zip": "87102",
            "Score": "85",
            "Grade": "B+",
            "Campaign": "Website Tracking",
            "Tags": "diabetes-interest; webinar-attendee",
            "Lists": "Endocrinology Newsletter",
            "Created Date": "2024-01-12 08:41:00",
            "Last Activity": "2024-03-14 15:22:07",
            "Opted Out": "0",
        },
        {
            ("Prospect Id", "ONLINE_ID|OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Zip", "ZIP_CODE"),
            ("Tags", "HEALTH_CONDITION"),
            ("Lists", "HEALTH"),
        },
        {
            ("Salutation", "*"),
            ("Score", "*"),
            ("Grade", "*"),
            ("Campaign", "*"),
            ("Created Date", "*"),
            ("Last Activity", "*"),
            ("Opted Out", "*"),
        },
        True,
    ),
    (
        "Pardot API v5 visitor activity: a download of a procedure checklist",
        {
            "id": 99887766,
            "prospectId": 44128831,
            "visitorId": 774412,
            "type": 4,
            "typeName": "Form",
            "details": "Colonoscopy Prep Checklist Download",
            "emailId": None,
            "formId": 3321,
            "campaignId": 1234,
            "createdAt": "2024-03-14T15:22:07-05:00",
            "updatedAt": "2024-03-14T15:22:07-05:00",
        },
        {
            ("prospectId", "ONLINE_ID|OTHER_ID"),
            ("visitorId", "ONLINE_ID|OTHER_ID"),
            ("details", "PROCEDURE"),
        },
        {
            ("id", "*"),
            ("type", "*"),
            ("typeName", "*"),
            ("formId", "*"),
            ("campaignId", "*"),
            ("createdAt", "*"),
            ("updatedAt", "*"),
        },
        True,
    ),
    # --- Eloqua ---------------------------------------------------------------------------------
    (
        "Eloqua bulk activity export: EmailClickthrough with asset name and subject line",
        {
            "ActivityId": "1887341",
            "ActivityType": "EmailClickthrough",
            "ActivityDate": "2024-03-14 10:22:07.000",
            "EmailAddress": "w.tran@yahoo.com",
            "ContactId": "551203",
            "IpAddress": "67.183.22.140",
            "VisitorId": "88120",
            "EmailRecipientId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
            "AssetType": "Email",
            "AssetName": "COPD Pulmonary Rehab Invite",
            "AssetId": "5412",
            "SubjectLine": "Breathe easier: join our pulmonary rehab class",
            "EmailClickedThruLink": "https://www.valleyhealth.org/pulmonary-rehab"
            "?elqTrackId=7a8b9c0d1e2f43a5b6c7d8e9f0a1b2c3&elq=0&elqaid=5412&elqat=1"
            "&elqCampaignId=3321",
            "CampaignId": "3321",
            "DeploymentId": "77120",
            "ExternalId": "",
        },
        {
            ("EmailAddress", "EMAIL"),
            ("ContactId", "ONLINE_ID|OTHER_ID"),
            ("IpAddress", "IP_ADDRESS"),
            ("AssetName", "HEALTH_CONDITION"),
            ("SubjectLine", "HEALTH"),
            ("EmailClickedThruLink", "HEALTH"),
        },
        {
            ("ActivityId", "*"),
            ("ActivityType", "*"),
            ("ActivityDate", "*"),
            ("AssetType", "*"),
            ("AssetId", "*"),
            ("CampaignId", "*"),
            ("DeploymentId", "*"),
        },
        True,
    ),
    # --- Dynamics 365 Customer Insights - Journeys ----------------------------------------------
    (
        "Customer Insights - Journeys EmailOpened interaction, journey and message names",
        {
            "InternalMarketingInteractionId": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
            "Timestamp": "2024-03-14T15:22:07.000Z",
            "OrganizationId": "0a1b2c3d-4e5f-4607-8819-2a3b4c5d6e7f",
            "ContactId": "9b1a7c3e-5d2f-ee11-9cc9-000d3a1b2c3d",
            "EmailAddress": "l.brennan@hotmail.com",
            "CustomerJourneyId": "5e6f7a8b-9c0d-ee11-9cc9-000d3a1b2c3d",
            "CustomerJourneyName": "Maternity - Expecting Parents Nurture",
            "MessageId": "6f7a8b9c-0d1e-ee11-9cc9-000d3a1b2c3d",
            "MessageName": "Week 20: What to expect at your anatomy scan",
            "UserAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)",
            "ClientIpAddress": "98.212.40.17",
            "InteractionType": "EmailOpened",
        },
        {
            ("ContactId", "ONLINE_ID|OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("CustomerJourneyName", "HEALTH"),
            ("ClientIpAddress", "IP_ADDRESS"),
        },
        {
            ("InternalMarketingInteractionId", "*"),
            ("Timestamp", "*"),
            ("OrganizationId", "*"),
            ("CustomerJourneyId", "*"),
            ("MessageId", "*"),
            ("UserAgent", "*"),
            ("InteractionType", "*"),
        },
        True,
    ),
    # --- HubSpot --------------------------------------------------------------------------------
    (
        "HubSpot email events API: CLICK with a tracked URL",
        {
            "appName": "BatchEmail",
            "location": {"country": "UNITED STATES", "state": "illinois", "city": "chicago"},
            "id": "0e5b8c74-1f2a-3b4c-5d6e-7f8091a2b3c4",
            "sentBy": {"id": "f8c2a1b3-4d5e-6f70-8192-a3b4c5d6e7f8", "created": 1710423000123},
            "portalId": 4412345,
            "emailCampaignId": 151234567,
            "emailCampaignGroupId": 151234560,
            "recipient": "d.kowalski@gmail.com",
            "type": "CLICK",
            "filteredEvent": False,
            "created": 1710423600123,
            "url": "https://www.lakeshoreortho.com/knee-replacement/seminar"
            "?utm_campaign=knee-seminar&utm_source=hs_email&_hsmi=151234567",
            "userAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15",
            "deviceType": "COMPUTER",
        },
        {("recipient", "EMAIL"), ("url", "PROCEDURE")},
        {
            ("appName", "*"),
            ("id", "*"),
            ("sentBy.id", "*"),
            ("sentBy.created", "*"),
            ("portalId", "*"),
            ("emailCampaignId", "*"),
            ("emailCampaignGroupId", "*"),
            ("created", "*"),
            ("userAgent", "*"),
            ("deviceType", "*"),
            ("location.country", "*"),
        },
        True,
    ),
    (
        "HubSpot email events API: BOUNCE with the SMTP response (no health)",
        {
            "appName": "BatchEmail",
            "id": "1f6c9d85-2a3b-4c5d-6e7f-8091a2b3c4d5",
            "sentBy": {"id": "f8c2a1b3-4d5e-6f70-8192-a3b4c5d6e7f8", "created": 1710423000123},
            "portalId": 4412345,
            "emailCampaignId": 151234567,
            "recipient": "old.address@aol.com",
            "type": "BOUNCE",
            "created": 1710423004555,
            "response": "550 5.1.1 The email account that you tried to reach does not exist.",
            "status": "BOUNCED",
            "category": "HARD_BOUNCE",
        },
        {("recipient", "EMAIL")},
        {
            ("id", "*"),
            ("sentBy.id", "*"),
            ("portalId", "*"),
            ("emailCampaignId", "*"),
            ("created", "*"),
            ("response", "*"),
            ("status", "*"),
            ("category", "*"),
        },
        False,
    ),
    # --- Braze Currents ---------------------------------------------------------------------------
    (
        "Braze Currents users.messages.email.Click: campaign name and a tracked URL",
        {
            "id": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
            "user_id": "5f3e2a1b9c8d7e6f5a4b3c2d",
            "external_user_id": "pt-4481203",
            "time": 1710423600,
            "timezone": "America/Chicago",
            "app_group_id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
            "campaign_id": "65f1a2b3c4d5e6f7a8b9c0d1",
            "campaign_name": "Diabetes Prevention Program - Enrollment Push",
            "message_variation_id": "65f1a2b3c4d5e6f7a8b9c0d2",
            "email_address": "a.mensah@gmail.com",
            "url": "https://www.cityhealth.org/dpp/enroll?uid=pt-4481203",
            "user_agent": "Mozilla/5.0 (Linux; Android 14; Pixel 8)",
            "ip_pool": "marketing_pool",
            "link_id": "6ab7c8d9e0f1",
            "link_alias": "enroll_cta",
            "is_amp": False,
        },
        {
            ("user_id", "ONLINE_ID"),
            ("external_user_id", "ONLINE_ID|OTHER_ID"),
            ("campaign_name", "HEALTH_CONDITION"),
            ("email_address", "EMAIL"),
        },
        {
            ("id", "*"),
            ("time", "*"),
            ("timezone", "*"),
            ("app_group_id", "*"),
            ("campaign_id", "*"),
            ("message_variation_id", "*"),
            ("ip_pool", "*"),
            ("link_id", "*"),
            ("link_alias", "*"),
            ("is_amp", "*"),
        },
        True,
    ),
    (
        "Braze Currents users.messages.sms.Delivery: a canvas step and message extras",
        {
            "id": "b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e",
            "user_id": "5f3e2a1b9c8d7e6f5a4b3c2e",
            "external_user_id": "c9d8e7f6-a5b4-4c3d-9e2f-1a0b9c8d7e6f",
            "time": 1710424200,
            "app_group_id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
            "canvas_id": "65f1a2b3c4d5e6f7a8b9c0e1",
            "canvas_name": "Post-Discharge Heart Failure Follow-up",
            "canvas_variation_id": "65f1a2b3c4d5e6f7a8b9c0e2",
            "canvas_variation_name": "Variant 1",
            "canvas_step_id": "65f1a2b3c4d5e6f7a8b9c0e3",
            "canvas_step_name": "Day 3 - Daily weight check",
            "subscription_group_id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
            "to_phone_number": "+13125550147",
            "from_phone_number": "+18885550100",
            "message_extras": json.dumps(
                {"appt_date": "2024-03-21", "clinic": "Heart Failure Clinic - Oak Park"}
            ),
        },
        {
            ("user_id", "ONLINE_ID"),
            ("external_user_id", "ONLINE_ID|OTHER_ID"),
            ("canvas_name", "HEALTH_CONDITION"),
            ("to_phone_number", "PHONE"),
            ("message_extras", "DATE"),
            ("message_extras", "HEALTH_CONDITION"),
        },
        {
            ("id", "*"),
            ("time", "*"),
            ("canvas_id", "*"),
            ("canvas_variation_id", "*"),
            ("canvas_variation_name", "*"),
            ("canvas_step_id", "*"),
            ("subscription_group_id", "*"),
            ("from_phone_number", "*"),
        },
        True,
    ),
    (
        "Braze Currents users.messages.pushnotification.Open: a newsletter (no health)",
        {
            "id": "c3d4e5f6-a7b8-4c9d-8e0f-1a2b3c4d5e6f",
            "user_id": "5f3e2a1b9c8d7e6f5a4b3c2f",
            "external_user_id": "pt-4481207",
            "time": 1710425000,
            "app_group_id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
            "campaign_id": "65f1a2b3c4d5e6f7a8b9c0f1",
            "campaign_name": "Spring Newsletter",
            "platform": "ios",
            "os_version": "iOS 17.3.1",
            "device_model": "iPhone15,2",
            "device_id": "6D92078A-8246-4BA4-AE5B-76104861E7DC",
            "send_id": "65f1a2b3c4d5e6f7a8b9c0f2",
        },
        {
            ("user_id", "ONLINE_ID"),
            ("external_user_id", "ONLINE_ID|OTHER_ID"),
            ("device_id", "DEVICE_ID|ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("time", "*"),
            ("campaign_id", "*"),
            ("campaign_name", "*"),
            ("platform", "*"),
            ("os_version", "*"),
            ("device_model", "*"),
            ("send_id", "*"),
        },
        False,
    ),
    # --- Iterable -----------------------------------------------------------------------------
    (
        "Iterable user export: preference topics as a list, list ids",
        {
            "email": "b.osei@gmail.com",
            "userId": "u_88121",
            "firstName": "Bernard",
            "phoneNumber": "+16085550188",
            "signupDate": "2023-11-02 18:04:10 +00:00",
            "profileUpdatedAt": "2024-03-14 15:22:07 +00:00",
            "emailListIds": [1123, 1124],
            "unsubscribedChannelIds": [],
            "preferredTopics": ["heart health", "cancer care"],
            "itblInternal": {"documentUpdatedAt": "2024-03-14 15:22:07 +00:00"},
        },
        {
            ("email", "EMAIL"),
            ("userId", "ONLINE_ID|OTHER_ID"),
            ("firstName", "NAME"),
            ("phoneNumber", "PHONE"),
            ("preferredTopics[1]", "HEALTH_CONDITION"),
        },
        {
            ("profileUpdatedAt", "*"),
            ("emailListIds[0]", "*"),
            ("emailListIds[1]", "*"),
            ("itblInternal.documentUpdatedAt", "*"),
        },
        True,
    ),
    (
        "Iterable smsSend: a flu clinic campaign from the company's number",
        {
            "phoneNumber": "+17735550164",
            "email": "h.reyes@gmail.com",
            "campaignId": 4412400,
            "templateId": 5512100,
            "messageId": "b4a0f3d2c8e94f7a0b1c2d3e4f5a6b7c",
            "createdAt": "2024-10-02 14:00:03 +00:00",
            "fromPhoneNumber": "+18885550100",
            "toPhoneNumber": "+17735550164",
            "campaignName": "Flu Shot Clinic - October",
            "smsProviderResponseCode": "0",
            "_type": "smsSend",
        },
        {
            ("phoneNumber", "PHONE"),
            ("toPhoneNumber", "PHONE"),
            ("email", "EMAIL"),
            ("campaignName", "PROCEDURE"),
        },
        {
            ("fromPhoneNumber", "*"),
            ("campaignId", "*"),
            ("templateId", "*"),
            ("messageId", "*"),
            ("createdAt", "*"),
            ("smsProviderResponseCode", "*"),
        },
        True,
    ),
    # --- Klaviyo --------------------------------------------------------------------------------
    (
        "Klaviyo profiles CSV export with a custom property",
        {
            "Email": "c.mbeki@gmail.com",
            "First Name": "Chloe",
            "Last Name": "Mbeki",
            "Phone Number": "+14155550139",
            "Address": "2210 Fillmore St",
            "City": "San Francisco",
            "State / Region": "CA",
            "Zip Code": "94115",
            "Country": "United States",
            "Source": "Signup Form",
            "Email Marketing Consent": "SUBSCRIBED",
            "SMS Consent": "NEVER_SUBSCRIBED",
            "Profile Created On": "2023-08-19 14:02:11",
            "Last Open": "2024-03-14 15:22:07",
            "Conditions of Interest": "migraine, insomnia",
        },
        {
            ("Email", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone Number", "PHONE"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip Code", "ZIP_CODE"),
            ("Conditions of Interest", "HEALTH_CONDITION"),
        },
        {
            ("Source", "*"),
            ("Email Marketing Consent", "*"),
            ("SMS Consent", "*"),
            ("Profile Created On", "*"),
            ("Last Open", "*"),
            ("Country", "*"),
        },
        True,
    ),
    (
        "Klaviyo identify payload ($-prefixed special properties) with a service interest",
        {
            "token": "PuBl1c",
            "properties": {
                "$email": "t.alvarez@yahoo.com",
                "$phone_number": "+13055550123",
                "$first_name": "Tomas",
                "$last_name": "Alvarez",
                "$zip": "33125",
                "$consent": ["email", "sms"],
                "Service Line Interest": "Bariatric Surgery",
            },
        },
        {
            ("properties.$email", "EMAIL"),
            ("properties.$phone_number", "PHONE"),
            ("properties.$first_name", "NAME"),
            ("properties.$last_name", "NAME"),
            ("properties.$zip", "ZIP_CODE"),
            ("properties.Service Line Interest", "PROCEDURE"),
        },
        {("token", "*"), ("properties.$consent[0]", "*"), ("properties.$consent[1]", "*")},
        True,
    ),
    # --- Mailchimp ------------------------------------------------------------------------------
    (
        "Mailchimp subscribed_members_export CSV: tags, notes and merge fields",
        {
            "Email Address": "f.lindgren@gmail.com",
            "First Name": "Freya",
            "Last Name": "Lindgren",
            "Address": "1412 Maple Ave  Evanston IL 60201 US",
            "Phone Number": "847-555-0158",
            "Birthday": "03/14",
            "MEMBER_RATING": "2",
            "OPTIN_TIME": "2023-06-01 14:02:11",
            "OPTIN_IP": "",
            "CONFIRM_TIME": "2023-06-01 14:03:40",
            "CONFIRM_IP": "73.15.201.44",
            "GMTOFF": "-6",
            "DSTOFF": "-5",
            "TIMEZONE": "America/Chicago",
            "CC": "US",
            "REGION": "IL",
            "LAST_CHANGED": "2024-03-14 15:22:07",
            "LEID": "123456789",
            "EUID": "a1b2c3d4e5",
            "NOTES": "Called 3/12 - wants info on the insulin pump class",
            "TAGS": '"Diabetes Education","Webinar 2024"',
        },
        {
            ("Email Address", "EMAIL"),
            ("LEID", "OTHER_ID"),
            ("EUID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Address", "LOCATION"),
            ("Phone Number", "PHONE"),
            ("Birthday", "DATE"),
            ("CONFIRM_IP", "IP_ADDRESS"),
            ("NOTES", "HEALTH"),
            ("TAGS", "HEALTH_CONDITION"),
        },
        {
            ("MEMBER_RATING", "*"),
            ("OPTIN_TIME", "*"),
            ("CONFIRM_TIME", "*"),
            ("GMTOFF", "*"),
            ("DSTOFF", "*"),
            ("TIMEZONE", "*"),
            ("CC", "*"),
            ("LAST_CHANGED", "*"),
        },
        True,
    ),
    (
        "Mailchimp subscribed_members_export CSV: a newsletter subscriber (no health)",
        {
            "Email Address": "g.ferreira@gmail.com",
            "First Name": "Gabriel",
            "Last Name": "Ferreira",
            "MEMBER_RATING": "4",
            "OPTIN_TIME": "2022-11-20 09:14:02",
            "CONFIRM_TIME": "2022-11-20 09:15:31",
            "GMTOFF": "-5",
            "TIMEZONE": "America/New_York",
            "LAST_CHANGED": "2024-02-01 10:00:00",
            "LEID": "123456790",
            "EUID": "b2c3d4e5f6",
            "NOTES": "",
            "TAGS": '"November Newsletter","2023 Gala"',
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("LEID", "OTHER_ID"),
            ("EUID", "OTHER_ID"),
        },
        {
            ("MEMBER_RATING", "*"),
            ("OPTIN_TIME", "*"),
            ("CONFIRM_TIME", "*"),
            ("LAST_CHANGED", "*"),
            ("TAGS", "*"),
        },
        False,
    ),
    (
        "Mailchimp unsubscribed_members_export: campaign title and free-text reason",
        {
            "Email Address": "e.novak@outlook.com",
            "First Name": "Eva",
            "MEMBER_RATING": "1",
            "UNSUB_TIME": "2024-03-14 15:22:07",
            "UNSUB_CAMPAIGN_TITLE": "Diabetes Education Series Wk 2",
            "UNSUB_CAMPAIGN_ID": "42694e9e57",
            "UNSUB_REASON": "Other",
            "UNSUB_REASON_OTHER": "my husband passed away from pancreatic cancer, "
            "please stop sending these",
            "LEID": "123456791",
            "EUID": "c3d4e5f6a7",
        },
        {
            ("Email Address", "EMAIL"),
            ("LEID", "OTHER_ID"),
            ("EUID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("UNSUB_CAMPAIGN_TITLE", "HEALTH_CONDITION"),
            ("UNSUB_REASON_OTHER", "HEALTH_CONDITION"),
        },
        {
            ("MEMBER_RATING", "*"),
            ("UNSUB_TIME", "*"),
            ("UNSUB_CAMPAIGN_ID", "*"),
            ("UNSUB_REASON", "*"),
        },
        True,
    ),
    (
        "Mailchimp API email-activity: subscriber hash, a click and the unsubscribe link",
        {
            "campaign_id": "42694e9e57",
            "list_id": "1a2b3c4d5e",
            "list_is_active": True,
            "email_id": _md5("n.adeyemi@gmail.com"),
            "email_address": "n.adeyemi@gmail.com",
            "activity": [
                {
                    "action": "open",
                    "timestamp": "2024-03-14T15:20:00+00:00",
                    "ip": "73.15.201.45",
                },
                {
                    "action": "click",
                    "timestamp": "2024-03-14T15:22:07+00:00",
                    "url": "https://www.clinic.org/sleep-apnea/cpap-fitting"
                    "?mc_cid=42694e9e57&mc_eid=a1b2c3d4e5",
                    "ip": "73.15.201.45",
                },
                {
                    "action": "click",
                    "timestamp": "2024-03-14T15:23:00+00:00",
                    "url": "https://clinic.us12.list-manage.com/unsubscribe"
                    "?u=8f3a2b1c4d5e6f7a8b9c0d1e2&id=1a2b3c4d5e&e=a1b2c3d4e5&c=42694e9e57",
                    "ip": "73.15.201.45",
                },
            ],
        },
        {
            ("email_id", "HASHED_ID"),
            ("email_address", "EMAIL"),
            ("activity[0].ip", "IP_ADDRESS"),
            ("activity[1].url", "HEALTH_CONDITION"),
        },
        {
            ("campaign_id", "*"),
            ("list_id", "*"),
            ("activity[0].timestamp", "*"),
            ("activity[1].timestamp", "*"),
            ("activity[0].action", "*"),
            ("activity[2].url", "HEALTH"),
        },
        True,
    ),
    # --- CDP audiences --------------------------------------------------------------------------
    (
        "Segment Engage audience identify call: a computation key named for patients",
        {
            "type": "identify",
            "userId": "usr_8812734",
            "anonymousId": "5f1c9c7e-3b7a-4e9b-a1d2-7c8e9f0a1b2c",
            "traits": {"email": "v.castillo@gmail.com", "oncology_patients_retargeting": True},
            "context": {
                "personas": {
                    "computation_class": "audience",
                    "computation_id": "aud_2Jd8KqLm9NpQrS3tUvWx",
                    "computation_key": "oncology_patients_retargeting",
                    "namespace": "spa_7xYz1AbC2dEf3GhI4jKl",
                    "space_id": "spa_7xYz1AbC2dEf3GhI4jKl",
                }
            },
            "messageId": "personas_2Jd8KqLm9NpQrS3tUvWxYz",
            "timestamp": "2024-03-14T15:22:07.412Z",
        },
        {
            ("userId", "ONLINE_ID|OTHER_ID"),
            ("anonymousId", "ONLINE_ID"),
            ("traits.email", "EMAIL"),
            ("context.personas.computation_key", "HEALTH"),
        },
        {
            ("context.personas.computation_class", "*"),
            ("context.personas.computation_id", "*"),
            ("context.personas.space_id", "*"),
            ("messageId", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Tealium AudienceStream visitor export: numbered attributes, audiences",
        {
            "visitor_id": "017e3a4b5c6d001a2b3c4d5e6f708192a3b4c5d6e7f8",
            "secondary_ids": {"5128": "j.ross@gmail.com"},
            "audiences": ["Heart Health Engaged", "All Visitors"],
            "badges": ["Cardiac Rehab Prospect"],
            "metrics": {"22": 4.0, "5140": 12.0},
            "flags": {"5201": True},
            "properties": {"5130": "Oak Park", "5131": "Chrome"},
        },
        {
            ("visitor_id", "ONLINE_ID"),
            ("secondary_ids.5128", "EMAIL"),
            ("audiences[0]", "HEALTH"),
            ("badges[0]", "HEALTH"),
        },
        {
            ("metrics.22", "*"),
            ("metrics.5140", "*"),
            ("flags.5201", "*"),
            ("properties.5131", "*"),
            ("audiences[1]", "*"),
        },
        True,
    ),
    (
        "mParticle audience membership CSV to S3",
        {
            "mpid": "-4481268841327754612",
            "email": "q.harper@gmail.com",
            "audience_id": "18812",
            "audience_name": "Bariatric seminar no-show",
            "membership_change": "add",
            "timestamp_ms": "1710423600123",
        },
        {
            ("mpid", "ONLINE_ID"),
            ("email", "EMAIL"),
            ("audience_name", "HEALTH"),
        },
        {
            ("audience_id", "*"),
            ("membership_change", "*"),
            ("timestamp_ms", "*"),
        },
        True,
    ),
    (
        "Segment Engage audience: a generic audience of a retail pharmacy's app (no health)",
        {
            "type": "track",
            "userId": "usr_8812799",
            "event": "Audience Entered",
            "properties": {
                "audience_key": "cart_abandoners_30d",
                "audience_name": "Cart Abandoners 30d",
            },
            "context": {"personas": {"computation_id": "aud_2Jd8KqLm9NpQrS3tUvWy"}},
            "messageId": "personas_2Jd8KqLm9NpQrS3tUvWxZa",
            "timestamp": "2024-03-14T15:22:07.412Z",
        },
        {("userId", "ONLINE_ID|OTHER_ID")},
        {
            ("event", "*"),
            ("properties.audience_key", "*"),
            ("properties.audience_name", "*"),
            ("context.personas.computation_id", "*"),
            ("messageId", "*"),
            ("timestamp", "*"),
        },
        False,
    ),
    (
        # was LEFT_ALONE (its ``datetime`` read as a bare date): beside its ``timestamp``
        # twin it is the event's time (chunk_profiles._timestamp_twins, commerce probe)
        "Klaviyo events API: Received Email with a medication in the subject",
        {
            "type": "event",
            "id": "4vYs5sLb7kP",
            "attributes": {
                "timestamp": 1710423600,
                "event_properties": {
                    "Subject": "Your refill of sertraline is ready for pickup",
                    "Campaign Name": "Rx Refill Reminder",
                    "$message": "01HRZ9F3M4Q6W8E0R2T4Y6U8I1",
                    "$flow": "R7bHqW",
                    "Email Domain": "gmail.com",
                    "$event_id": "01HRZ9F3M4Q6W8E0R2T4Y6U8I1:01HRZ9AB0C1D2E3F4G5H6J7K8M",
                },
                "datetime": "2024-03-14T15:20:00+00:00",
                "uuid": "7f3e2a10-e21f-11ee-8001-7a5b8f3c2d1e",
            },
            "relationships": {
                "profile": {"data": {"type": "profile", "id": "01HQ8X2K7M9N4P5R6S7T8V9W0X"}},
                "metric": {"data": {"type": "metric", "id": "UqAvgZ"}},
            },
        },
        {
            ("attributes.event_properties.Subject", "MEDICATION"),
            ("relationships.profile.data.id", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("id", "*"),
            ("attributes.timestamp", "*"),
            ("attributes.datetime", "*"),
            ("attributes.uuid", "*"),
            ("attributes.event_properties.$flow", "*"),
            ("attributes.event_properties.$message", "*"),
            ("attributes.event_properties.Email Domain", "*"),
            ("relationships.metric.data.id", "*"),
        },
        True,
    ),
]

#: Kept aside while the detectors were changed for SHAPES, and scored once at the end
#: (12 records; blind expectations on main: 2 misses, 4 false findings, 5 records wrong;
#: with the LEID/EUID revision, on main and after the work alike: 2, 2, 4. Its health words
#: were all vocabulary terms, so it hardly exercised this round's families). The four
#: failing records went to LEFT_ALONE, marked "(held out)"; the two causes were not fixed.
HELD_OUT = [
    (
        "Braze Currents users.messages.email.Open: a canvas for a condition",
        {
            "id": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a",
            "user_id": "5f3e2a1b9c8d7e6f5a4b3c30",
            "external_user_id": "mbr-0099182",
            "time": 1710510000,
            "app_group_id": "3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7",
            "canvas_id": "65f1a2b3c4d5e6f7a8b9c1a1",
            "canvas_name": "Asthma Action Plan Onboarding",
            "canvas_step_name": "Email 1 - Know your triggers",
            "email_address": "k.osei@yahoo.com",
            "machine_open": "true",
            "user_agent": "Mozilla/5.0",
            "send_id": "65f1a2b3c4d5e6f7a8b9c1a2",
        },
        {
            ("user_id", "ONLINE_ID"),
            ("external_user_id", "ONLINE_ID|OTHER_ID"),
            ("canvas_name", "HEALTH_CONDITION"),
            ("email_address", "EMAIL"),
        },
        {
            ("id", "*"),
            ("time", "*"),
            ("canvas_id", "*"),
            ("machine_open", "*"),
            ("send_id", "*"),
        },
        True,
    ),
    (
        "Klaviyo metric export CSV: Clicked Email with a personalised URL",
        {
            "Event ID": "3sWx7Yz1AbC",
            "Timestamp": "2024-03-15 14:10:00",
            "Email": "r.ito@gmail.com",
            "Klaviyo ID": "01HQ8X2K7M9N4P5R6S7T8V9W1Y",
            "Campaign Name": "Psoriasis Biologics Info Session",
            "Subject": "New options for psoriasis, Rina",
            "URL": "https://www.clearskinderm.com/psoriasis/biologics"
            "?_kx=AbC123dEf456.XyZ789&email=r.ito%40gmail.com",
            "$flow": "",
        },
        {
            ("Email", "EMAIL"),
            ("Klaviyo ID", "ONLINE_ID|OTHER_ID"),
            ("Campaign Name", "HEALTH_CONDITION"),
            ("Subject", "HEALTH_CONDITION"),
            ("URL", "EMAIL"),
            ("URL", "HEALTH_CONDITION"),
        },
        {("Event ID", "*"), ("Timestamp", "*")},
        True,
    ),
    (
        "Mailchimp cleaned_members_export: a bounced address from a health campaign",
        {
            "Email Address": "former.patient@earthlink.net",
            "First Name": "Walter",
            "Last Name": "Kinsey",
            "MEMBER_RATING": "1",
            "CLEAN_TIME": "2024-03-15 09:00:00",
            "CLEAN_CAMPAIGN_TITLE": "Hearing Aid Trial Week",
            "CLEAN_CAMPAIGN_ID": "53705f0f68",
            "LEID": "223456789",
            "EUID": "d4e5f6a7b8",
        },
        {
            ("Email Address", "EMAIL"),
            ("LEID", "OTHER_ID"),
            ("EUID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("CLEAN_CAMPAIGN_TITLE", "HEALTH"),
        },
        {
            ("MEMBER_RATING", "*"),
            ("CLEAN_TIME", "*"),
            ("CLEAN_CAMPAIGN_ID", "*"),
        },
        True,
    ),
    (
        "HubSpot email events API: OPEN from a GLP-1 campaign (joined email name)",
        {
            "appName": "BatchEmail",
            "id": "2a7d0e96-3b4c-5d6e-7f80-91a2b3c4d5e6",
            "sentBy": {"id": "a9d3b2c4-5e6f-7081-92a3-b4c5d6e7f809", "created": 1710510000999},
            "portalId": 4412345,
            "emailCampaignId": 151234590,
            "emailName": "Ozempic Patients - Savings Card Reminder",
            "recipient": "m.soto@gmail.com",
            "type": "OPEN",
            "created": 1710510600999,
            "browser": {"name": "Apple Mail", "family": "Apple Mail"},
            "deviceType": "MOBILE",
        },
        {("recipient", "EMAIL"), ("emailName", "MEDICATION")},
        {
            ("id", "*"),
            ("sentBy.id", "*"),
            ("portalId", "*"),
            ("emailCampaignId", "*"),
            ("created", "*"),
            ("browser.name", "*"),
        },
        True,
    ),
    (
        "Eloqua contact export CSV: areas of interest",
        {
            "Eloqua Contact ID": "CLKHQ000000551290",
            "Email Address": "t.baptiste@gmail.com",
            "First Name": "Therese",
            "Last Name": "Baptiste",
            "Mobile Phone": "985-555-0126",
            "Zip or Postal Code": "70115",
            "Areas of Interest": "Sleep Medicine; Weight Management",
            "Date Created": "2023-12-01 10:00:00",
            "Date Modified": "2024-03-15 10:00:00",
            "Email Format Preference": "HTML",
        },
        {
            ("Eloqua Contact ID", "ONLINE_ID|OTHER_ID"),
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Mobile Phone", "PHONE"),
            ("Zip or Postal Code", "ZIP_CODE"),
            ("Areas of Interest", "HEALTH"),
        },
        {("Date Created", "*"), ("Date Modified", "*"), ("Email Format Preference", "*")},
        True,
    ),
    (
        "Google Customer Match upload built from a CDP audience: hashed email and phone",
        {
            "Email": _sha("p.greene@gmail.com"),
            "Phone": _sha("+12065550181"),
            "Zip": "98103",
            "Country": "US",
            "audience_name": "HIV PrEP Interest - 90d",
        },
        {
            ("Email", "HASHED_ID"),
            ("Phone", "HASHED_ID"),
            ("Zip", "ZIP_CODE"),
            ("audience_name", "HEALTH"),
        },
        {("Country", "*")},
        True,
    ),
    (
        "Iterable emailUnSubscribe with a preference-centre reason",
        {
            "email": "l.moreau@gmail.com",
            "userId": "u_88190",
            "campaignId": 4412600,
            "createdAt": "2024-03-15 18:00:00 +00:00",
            "unsubSource": "EmailLink",
            "channelIds": [2231],
            "campaignName": "Monthly Wellness Digest",
            "reason": "I'm in hospice care now, no more emails please",
            "_type": "emailUnSubscribe",
        },
        {("email", "EMAIL"), ("userId", "ONLINE_ID|OTHER_ID"), ("reason", "HEALTH")},
        {
            ("campaignId", "*"),
            ("createdAt", "*"),
            ("unsubSource", "*"),
            ("channelIds[0]", "*"),
            ("campaignName", "*"),
        },
        True,
    ),
    (
        "Dynamics 365 Customer Insights - Journeys: EmailClicked with a link name",
        {
            "InternalMarketingInteractionId": "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70",
            "Timestamp": "2024-03-15T11:00:00.000Z",
            "ContactId": "8a0b6c2d-4e1f-ee11-9cc9-000d3a1b2c3e",
            "EmailAddress": "s.kaur@outlook.com",
            "CustomerJourneyName": "Kidney Transplant Evaluation Reminders",
            "LinkName": "Schedule dialysis consult",
            "ClickedUrl": "https://www.metrohealth.org/nephrology/dialysis"
            "?contact=8a0b6c2d-4e1f-ee11-9cc9-000d3a1b2c3e",
            "InteractionType": "EmailClicked",
        },
        {
            ("ContactId", "ONLINE_ID|OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("CustomerJourneyName", "PROCEDURE|HEALTH_CONDITION"),
            ("LinkName", "PROCEDURE"),
            ("ClickedUrl", "HEALTH"),
        },
        {("InternalMarketingInteractionId", "*"), ("Timestamp", "*"), ("InteractionType", "*")},
        True,
    ),
    # held out, in LEFT_ALONE until a lead's bare ``id`` beside its name parts was read as
    # the lead's record id (detectors/person_records.py; an appointment's is still not)
    (
        "Marketo REST leads.json: cookies field, latest program and lead score",
        {
            "id": 4471901,
            "firstName": "Imani",
            "lastName": "Brooks",
            "email": "imani.brooks@gmail.com",
            "mobilePhone": "404-555-0110",
            "postalCode": "30307",
            "cookies": "id:561-HYG-937&token:_mch-peachtreehealth.org-1710500000456-22019",
            "leadScore": 30,
            "mktoName": "Imani Brooks",
            "latestProgram": "Sleep Apnea Screening Webinar",
            "createdAt": "2024-03-15T12:00:00Z",
            "updatedAt": "2024-03-15T12:10:00Z",
        },
        {
            ("id", "ONLINE_ID|OTHER_ID"),
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("email", "EMAIL"),
            ("mobilePhone", "PHONE"),
            ("postalCode", "ZIP_CODE"),
            ("cookies", "ONLINE_ID"),
            ("mktoName", "NAME"),
            ("latestProgram", "HEALTH_CONDITION"),
        },
        {("leadScore", "*"), ("createdAt", "*"), ("updatedAt", "*")},
        True,
    ),
    (
        "Pardot API v5 prospect: nested campaign name",
        {
            "id": 44129001,
            "email": "o.lindqvist@gmail.com",
            "firstName": "Oskar",
            "lastName": "Lindqvist",
            "phone": "(612) 555-0177",
            "zip": "55408",
            "score": 120,
            "grade": "A-",
            "campaign": {"id": 1301, "name": "Joint Pain Webinar 2024"},
            "createdAt": "2024-02-10T09:00:00-06:00",
            "lastActivityAt": "2024-03-15T10:00:00-05:00",
            "isDoNotEmail": False,
        },
        {
            ("id", "ONLINE_ID|OTHER_ID"),
            ("email", "EMAIL"),
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("campaign.name", "HEALTH_CONDITION"),
        },
        {
            ("score", "*"),
            ("grade", "*"),
            ("campaign.id", "*"),
            ("createdAt", "*"),
            ("lastActivityAt", "*"),
            ("isDoNotEmail", "*"),
        },
        True,
    ),
]


#: Records that still miss after the work on SHAPES: ``(name, record, expected, must_not,
#: phi, open, why)``, where ``open`` holds the misses and false findings that remain. The
#: test holds the decision: everything else in the record must hold, and the open pairs must
#: still be open; a change that closes them must move the record to SHAPES, on purpose.
LEFT_ALONE = [
    (
        "SFMC tracking extract Sent.csv: a triggered send named for a service line",
        {
            "ClientID": "7281234",
            "SendID": "412876",
            "SubscriberKey": "0035e00000P4nR7AAJ",
            "EmailAddress": "janet.okafor@gmail.com",
            "SubscriberID": "48812734",
            "ListID": "1123",
            "EventDate": "3/14/2024 9:01:22 AM",
            "EventType": "Sent",
            "BatchID": "1",
            "TriggeredSendExternalKey": "Oncology_Welcome_Series_Email1",
        },
        {
            ("SubscriberKey", "ONLINE_ID|OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("TriggeredSendExternalKey", "HEALTH"),
        },
        {
            ("ClientID", "*"),
            ("SendID", "*"),
            ("ListID", "*"),
            ("EventDate", "*"),
            ("EventType", "*"),
            ("BatchID", "*"),
        },
        True,
        {("ClientID", "ONLINE_ID")},
        (
            "Marketing Cloud's ``ClientID`` is the account's (business unit's) MID; a "
            "``client id`` is GA's browser id and, in behavioral-health EHR exports, the "
            "patient's own id (a ``Client ID`` of 7 digits there looks the same). Only the "
            "record's other columns (``SendID``, ``JobID``) tell them apart"
        ),
    ),
    (
        "SFMC tracking extract Clicks.csv: a personalised URL and a link name",
        {
            "ClientID": "7281234",
            "SendID": "412877",
            "SubscriberKey": "k.nguyen@outlook.com",
            "EmailAddress": "k.nguyen@outlook.com",
            "SubscriberID": "48812790",
            "ListID": "1123",
            "EventDate": "3/14/2024 10:12:05 AM",
            "EventType": "Click",
            "SendURLID": "2290114",
            "URLID": "8812",
            "URL": "https://www.mercyhealth.org/cancer-care/clinical-trials/breast-cancer"
            "?utm_source=sfmc&utm_medium=email&utm_campaign=BC_Trials_Q1"
            "&email=k.nguyen%40outlook.com&sk=48812790",
            "Alias": "Find a breast cancer trial",
            "BatchID": "1",
            "TriggeredSendExternalKey": "",
        },
        {
            ("SubscriberKey", "EMAIL"),
            ("EmailAddress", "EMAIL"),
            ("URL", "EMAIL"),
            ("URL", "HEALTH_CONDITION"),
            ("Alias", "HEALTH_CONDITION"),
        },
        {
            ("ClientID", "*"),
            ("SendID", "*"),
            ("SendURLID", "*"),
            ("URLID", "*"),
            ("ListID", "*"),
            ("EventDate", "*"),
            ("BatchID", "*"),
        },
        True,
        {("ClientID", "ONLINE_ID")},
        "as the Sent extract above: the account's ``ClientID``",
    ),
    (
        "Iterable export API emailSend: subject line with a first name, recall campaign",
        {
            "email": "s.patel@outlook.com",
            "userId": "u_88120",
            "campaignId": 4412345,
            "templateId": 5512093,
            "messageId": "a3f9e2c1b7d84e6f9a0b1c2d3e4f5a6b",
            "createdAt": "2024-03-14 15:22:07 +00:00",
            "contentId": 1123,
            "channelId": 2231,
            "messageTypeId": 3312,
            "emailSubject": "Sunita, your mammogram is due",
            "campaignName": "Breast Screening Recall - Annual",
            "templateName": "Mammo Recall v3",
            "workflowId": 1921,
            "workflowName": "Screening Recall Journey",
            "catalogCollectionCount": 0,
            "productRecommendationCount": 0,
            "_type": "emailSend",
        },
        {
            ("email", "EMAIL"),
            ("userId", "ONLINE_ID|OTHER_ID"),
            ("emailSubject", "NAME"),
            ("emailSubject", "PROCEDURE"),
            ("campaignName", "HEALTH"),
        },
        {
            ("campaignId", "*"),
            ("templateId", "*"),
            ("messageId", "*"),
            ("createdAt", "*"),
            ("contentId", "*"),
            ("channelId", "*"),
            ("messageTypeId", "*"),
            ("workflowId", "*"),
            ("catalogCollectionCount", "*"),
            ("_type", "*"),
        },
        True,
        {("emailSubject", "NAME")},
        (
            "the reader addressed at the start of a subject line is read now "
            '(given_names: "Maria, your mammogram is due"), but only for a name in the '
            'Census 1990 lists, which lack "Sunita"; taking any capitalized word there '
            'would take "Welcome, your...", "Finally, your..." too. NER reads it'
        ),
    ),
    (
        "SFMC Opens.csv with SubscriberKey an email and a no-show follow-up send",
        {
            "ClientID": "7281234",
            "SendID": "412901",
            "SubscriberKey": "y.cohen@gmail.com",
            "EmailAddress": "y.cohen@gmail.com",
            "SubscriberID": "48813005",
            "ListID": "1130",
            "EventDate": "3/15/2024 8:44:19 AM",
            "EventType": "Open",
            "BatchID": "2",
            "TriggeredSendExternalKey": "Bariatric_Seminar_NoShow_FollowUp",
        },
        {
            ("SubscriberKey", "EMAIL"),
            ("EmailAddress", "EMAIL"),
            ("TriggeredSendExternalKey", "HEALTH"),
        },
        {
            ("ClientID", "*"),
            ("SendID", "*"),
            ("SubscriberID", "EMAIL"),
            ("ListID", "*"),
            ("EventDate", "*"),
            ("BatchID", "*"),
        },
        True,
        {("ClientID", "ONLINE_ID")},
        "(held out) the account's ``ClientID`` of a Marketing Cloud extract, as above",
    ),
    (
        "SFMC Unsubs.csv from a generic newsletter (no health)",
        {
            "ClientID": "7281234",
            "SendID": "412950",
            "SubscriberKey": "0035e00000Q9aA1AAJ",
            "EmailAddress": "z.ahmed@gmail.com",
            "SubscriberID": "48813222",
            "ListID": "1123",
            "EventDate": "3/15/2024 12:00:41 PM",
            "EventType": "Unsubscribe",
            "BatchID": "1",
            "TriggeredSendExternalKey": "November_Newsletter_2023",
        },
        {("SubscriberKey", "ONLINE_ID|OTHER_ID"), ("EmailAddress", "EMAIL")},
        {
            ("ClientID", "*"),
            ("SendID", "*"),
            ("ListID", "*"),
            ("EventDate", "*"),
            ("EventType", "*"),
            ("TriggeredSendExternalKey", "*"),
        },
        False,
        {("ClientID", "ONLINE_ID")},
        "(held out) the account's ``ClientID`` of a Marketing Cloud extract, as above",
    ),
]


#: Closed by the medical-debt collections probe (tests/test_medical_debt_collections.py): a
#: client id under ten characters is an account's code, not a browser's
#: (detectors/online_ids.py), so Marketing Cloud's ``ClientID`` (a business unit's MID)
#: holds; the two held-out rows go back to HELD_OUT.
_CLOSED_SHAPES = (
    "SFMC tracking extract Sent.csv: a triggered send named for a service line",
    "SFMC tracking extract Clicks.csv: a personalised URL and a link name",
)
_CLOSED_HELD_OUT = (
    "SFMC Opens.csv with SubscriberKey an email and a no-show follow-up send",
    "SFMC Unsubs.csv from a generic newsletter (no health)",
)
SHAPES += [row[:5] for row in LEFT_ALONE if row[0] in _CLOSED_SHAPES]
HELD_OUT += [row[:5] for row in LEFT_ALONE if row[0] in _CLOSED_HELD_OUT]
LEFT_ALONE = [row for row in LEFT_ALONE if row[0] not in _CLOSED_SHAPES + _CLOSED_HELD_OUT]

test_marketing_automation_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)


#: What the work reached on all 48 records of the probe (SHAPES, HELD_OUT, LEFT_ALONE):
#: ``(misses, false findings, records wrong)``. Blind, before it: 13, 18, 23. (3, 5, 8
#: until the other-CRMs probe read a lead's bare ``id`` beside its name parts and the
#: commerce probe told Klaviyo's twin ``datetime`` from a person's date; 1, 4, 5 until the
#: collections probe read a short ``ClientID`` as an account's code.)
FLOORS = (1, 0, 1)


def test_the_probe_does_not_slip_below_what_was_reached(engine_no_ner) -> None:
    t = shape_totals(engine_no_ner, SHAPES + HELD_OUT + LEFT_ALONE)
    assert t.misses <= FLOORS[0] and t.false <= FLOORS[1] and t.wrong <= FLOORS[2]
