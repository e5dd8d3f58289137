"""Records in the shapes of real exports the generator does not produce, written by hand.

Each one was a probe: its misses became fixes in the detectors. Kept here end to end (the
whole engine without NER) so that a change to one detector cannot quietly bring a miss
back. Values are made up; field names and layouts are the vendors'.
"""

from __future__ import annotations

import pytest
from helpers import sha256_hex as _sha

# (name, record, expected (field, entity) findings that must be present, PHI)
SHAPES = [
    (
        "WordPress Contact Form 7 submission",
        {
            "form": "contact",
            "fields": {
                "your-name": "Kevin O'Brien",
                "your-email": "kob@example.com",
                "your-message": "I need a refill of my sertraline. Call 312.555.0188",
            },
        },
        {
            ("fields.your-name", "NAME"),
            ("fields.your-email", "EMAIL"),
            ("fields.your-message", "MEDICATION"),
            ("fields.your-message", "PHONE"),
        },
        True,
    ),
    (
        "Spanish appointment-request form (a US health system's /es/ page)",
        {
            "Nombre": "María",
            "Apellidos": "Pérez Núñez",
            "Correo electrónico": "maria.perez@example.com",
            "Teléfono": "(312) 555-0143",
            "Código postal": "60614",
            "Mensaje": "Necesito una cita para mi diabetes; nací el 15 de marzo de 1985. "
            "Mi hija Lucía Ramírez me acompaña.",
        },
        {
            ("Nombre", "NAME"),
            ("Apellidos", "NAME"),
            ("Correo electrónico", "EMAIL"),
            ("Teléfono", "PHONE"),
            ("Código postal", "ZIP_CODE"),
            ("Mensaje", "HEALTH_CONDITION"),
            ("Mensaje", "DATE"),
            ("Mensaje", "NAME"),
        },
        True,
    ),
    (
        "Salesforce Health Cloud person account",
        {
            "Id": "001Dn00000AbCdE",
            "PersonBirthdate": "1944-06-06",
            "PersonMailingStreet": "12 Oak St",
            "PersonMailingPostalCode": "02139",
            "PersonMailingLatitude": 42.3736,
            "PersonMailingLongitude": -71.1097,
            "Primary_Diagnosis__c": "E11.9",
            "HealthCloudGA__MedicalRecordNumber__c": "0044718",
        },
        {
            ("PersonBirthdate", "DATE"),
            ("PersonMailingStreet", "LOCATION"),
            ("PersonMailingPostalCode", "ZIP_CODE"),
            ("PersonMailingLatitude", "LOCATION"),
            ("PersonMailingLongitude", "LOCATION"),
            ("Primary_Diagnosis__c", "HEALTH_CONDITION"),
            ("HealthCloudGA__MedicalRecordNumber__c", "MRN"),
        },
        True,
    ),
    (
        "Google Ads offline conversion upload",
        {
            "Google Click ID": "Cj0KCQiA4NWrBhD-ARIsAFCKwWsX",
            "Conversion Name": "Colonoscopy consult booked",
            "Email": "ab@example.org",
        },
        {("Google Click ID", "ONLINE_ID"), ("Conversion Name", "PROCEDURE"), ("Email", "EMAIL")},
        True,
    ),
    (
        "GA4 event with user properties and a health event name",
        {
            "event_name": "diabetes_quiz_complete",
            "user_pseudo_id": "1234567890.1700000000",
            "user_properties": [
                {
                    "key": "crm_id",
                    "value": {
                        "string_value": "C-0098812",
                        "set_timestamp_micros": "1730563200123456",
                    },
                },
                {"key": "customer_email_hash", "value": {"string_value": _sha("a@b.org")}},
                {
                    "key": "account_number",
                    "value": {"int_value": 48812, "set_timestamp_micros": "1730563200123456"},
                },
            ],
        },
        {
            ("event_name", "HEALTH_CONDITION"),
            ("user_pseudo_id", "ONLINE_ID"),
            ("user_properties[0].value.string_value", "OTHER_ID"),
            ("user_properties[1].value.string_value", "HASHED_ID"),
        },
        True,
    ),
    (
        "HubSpot contact with a note about an old parent",
        {
            "Record ID": "1234567",
            "Facebook ID": "100004512345678",
            "Notes": "Mom is 91, seen at 1200 Beacon St Brookline MA 02446 for a hip fracture.",
        },
        {
            ("Record ID", "OTHER_ID"),
            ("Facebook ID", "ONLINE_ID"),
            ("Notes", "AGE_OVER_89"),
            ("Notes", "LOCATION"),
            ("Notes", "ZIP_CODE"),
            ("Notes", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Segment track call with a campaign named for a procedure",
        {
            "anonymousId": "5f1c9c7e-3b7a-4e9b-a1d2-7c8e9f0a1b2c",
            "event": "Page Viewed",
            "context": {"campaign": {"name": "mammogram-promo", "source": "google"}},
        },
        {("anonymousId", "ONLINE_ID"), ("context.campaign.name", "PROCEDURE")},
        True,
    ),
    (
        "Segment mobile event with a location and no health context",
        {
            "userId": "u_1029384",
            "context": {"location": {"latitude": 41.88, "longitude": -87.63}, "locale": "en-US"},
            "properties": {"currency": "CAD", "sku": "MUG-12OZ"},
        },
        {
            ("userId", "ONLINE_ID"),
            ("context.location.latitude", "LOCATION"),
            ("context.location.longitude", "LOCATION"),
        },
        False,
    ),
    (
        "Mixpanel event with reserved profile properties",
        {
            "event": "Viewed Condition Page",
            "properties": {
                "distinct_id": "$device:18c1a2b3c4d-0e1f2a3b4c5d6e",
                "$name": "Lisa Moreno",
                "$email": "lisa.m@example.net",
                "$city": "Scottsdale",
                "$current_url": "https://www.example.org/conditions/crohns-disease",
                "name": "Condition page",
            },
        },
        {
            ("properties.$name", "NAME"),
            ("properties.$email", "EMAIL"),
            ("properties.$city", "LOCATION"),
            ("properties.$current_url", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "LinkedIn Conversions API user ids (idType/idValue pairs)",
        {
            "conversion": "urn:lla:llaPartnerConversion:123",
            "user": {
                "userIds": [
                    {"idType": "SHA256_EMAIL", "idValue": _sha("a@b.com")},
                    {
                        "idType": "LINKEDIN_FIRST_PARTY_ADS_TRACKING_UUID",
                        "idValue": "df3f2b4e-1234-4cde-8f00-123456789abc",
                    },
                ],
                "userInfo": {"firstName": "Ann", "lastName": "Perkins"},
            },
        },
        {
            ("user.userIds[0].idValue", "HASHED_ID"),
            ("user.userIds[1].idValue", "ONLINE_ID"),
            ("user.userInfo.firstName", "NAME"),
        },
        False,
    ),
    (
        "Zendesk ticket: the requester's name, echoed in the description",
        {
            "subject": "Question about my bill",
            "description": "I was charged twice for my MRI on 02/14/2024. - Mark Brendanawicz",
            "requester": {"name": "Mark Brendanawicz", "email": "mark.b@example.com"},
        },
        {
            ("requester.name", "NAME"),
            ("requester.email", "EMAIL"),
            ("description", "NAME"),
            ("description", "PROCEDURE"),
            ("description", "DATE"),
        },
        True,
    ),
    (
        "Practice-management appointment export",
        {
            "Patient First": "Leslie",
            "Patient Last": "Knope",
            "DOB": "01/18/1975",
            "Appt Type": "New Patient - Bariatric Surgery Consult",
            "Ins Carrier": "Aetna",
            "Ins Member #": "W884422190",
        },
        {
            ("Patient First", "NAME"),
            ("Patient Last", "NAME"),
            ("DOB", "DATE"),
            ("Appt Type", "PROCEDURE"),
            ("Ins Member #", "HEALTH_PLAN_ID"),
        },
        True,
    ),
    (
        "Pinterest Conversions API with hashed mobile ad ids",
        {
            "event_name": "lead",
            "user_data": {
                "em": [_sha("a@b.com")],
                "hashed_maids": [_sha("38400000-8cf0-11bd-b23e-10b96e40000d")],
                "click_id": "dj0yJnU9b2k1b1NsV",
            },
            "custom_data": {"content_name": "Fertility consultation"},
        },
        {
            ("user_data.em[0]", "HASHED_ID"),
            ("user_data.hashed_maids[0]", "HASHED_ID"),
            ("user_data.click_id", "ONLINE_ID"),
        },
        True,
    ),
    (
        "Twilio SMS appointment reminder",
        {
            "from": "+15125550177",
            "to": "+15125550100",
            "body": "Reminder: your appointment with Dr. Patel for your colonoscopy is on 3/12 "
            "at 9am. Reply C to confirm.",
        },
        {("to", "PHONE"), ("body", "PROCEDURE"), ("body", "DATE")},
        True,
    ),
    (
        "Mailchimp audience export",
        {
            "Email Address": "pat@example.com",
            "First Name": "Pat",
            "Birthday": "03/14",
            "OPTIN_IP": "73.1.2.3",
            "LAST_CHANGED": "2024-02-01 10:00:00",
            "EUID": "a1b2c3d4e5",
            "TAGS": '"Diabetes Prevention Program","Newsletter"',
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Birthday", "DATE"),
            ("OPTIN_IP", "IP_ADDRESS"),
            ("EUID", "OTHER_ID"),
            ("TAGS", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "CallRail call log with a transcript",
        {
            "customer_phone_number": "+16195550142",
            "customer_name": "ROBERTS JANE",
            "From Number": "+16195550142",
            "landing_page_url": "https://www.example.org/services/knee-replacement",
            "transcription": "Hi, my name is Jane Roberts, my husband had his hip replaced "
            "and I'd like to book a follow-up. His date of birth is April 3rd 1951.",
        },
        {
            ("customer_phone_number", "PHONE"),
            ("customer_name", "NAME"),
            ("From Number", "PHONE"),
            ("landing_page_url", "PROCEDURE"),
            ("transcription", "NAME"),
            ("transcription", "PROCEDURE"),
            ("transcription", "DATE"),
        },
        True,
    ),
    (
        "HubSpot note exported as HTML",
        {
            "hs_note_body": "<p>Pt called re: <strong>Ozempic</strong> refill. "
            "Email: jane&#64;example.com, last 4 of SSN 8472</p>",
        },
        {
            ("hs_note_body", "MEDICATION"),
            ("hs_note_body", "EMAIL"),
            ("hs_note_body", "SSN"),
        },
        True,
    ),
    (
        "GA4 page view on a Spanish page, with a patient-portal referrer",
        {
            "event_name": "page_view",
            "event_params": [
                {"key": "page_title", "value": {"string_value": "Cita para mamografía"}},
                {
                    "key": "page_referrer",
                    "value": {"string_value": "https://portal.example.org/patients/884422190"},
                },
            ],
            "user_pseudo_id": "1234567890.1700000000",
        },
        {
            ("event_params[0].value.string_value", "PROCEDURE"),
            ("event_params[1].value.string_value", "OTHER_ID"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        True,
    ),
    (
        "Typeform responses: column headers are the questions",
        {
            "#": "abc123xyz",
            "What is your first name?": "Maria",
            "And your last name?": "Gonzalez",
            "What is your date of birth?": "04/12/1987",
            "Please describe your symptoms": "Numbness in my left leg for 3 weeks",
            "Do you have a primary care physician?": "Not sure",
            "Submit Date (UTC)": "2024-03-12 14:16:40",
        },
        {
            ("What is your first name?", "NAME"),
            ("And your last name?", "NAME"),
            ("What is your date of birth?", "DATE"),
            ("Please describe your symptoms", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Calendly scheduled events export",
        {
            "Invitee Name": "Priya Shah",
            "Invitee Email": "priya.shah@example.com",
            "Text Reminder Number": "+1 415-555-0132",
            "Event Type Name": "New Patient Visit - Acne Treatment",
            "Event Created Date & Time": "2024-03-12 09:14 am",
        },
        {
            ("Invitee Name", "NAME"),
            ("Invitee Email", "EMAIL"),
            ("Text Reminder Number", "PHONE"),
            ("Event Type Name", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Drift conversation with the contact's attributes",
        {
            "conversationId": 3312345678,
            "messages": [
                {
                    "author": {"type": "contact", "id": 11223344},
                    "body": "I've had chest pain since Tuesday",
                }
            ],
            "contact": {
                "attributes": {"name": "Derek Walsh", "display_name": "Derek Walsh"},
            },
        },
        {
            ("contact.attributes.name", "NAME"),
            ("contact.attributes.display_name", "NAME"),
            ("messages[0].body", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "LiveChat chat export: the visitor among the chat's users",
        {
            "thread": {"events": [{"type": "message", "text": "my son has a fever and a rash"}]},
            "users": [{"name": "Laura Kim", "type": "customer"}],
        },
        {("users[0].name", "NAME"), ("thread.events[0].text", "HEALTH_CONDITION")},
        True,
    ),
    (
        "Salesforce Marketing Cloud click extract",
        {
            "SubscriberKey": "0031N00001AbCdEQAV",
            "EmailAddress": "ann.lee@example.com",
            "EventType": "Click",
            "LinkName": "Learn about COPD",
        },
        {
            ("SubscriberKey", "OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("LinkName", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Qualtrics response export",
        {
            "RecordedDate": "2024-03-12 09:20:12",
            "ResponseId": "R_3kXb9Z2aQ1mN4pL",
            "RecipientFirstName": "Maria",
            "ExternalReference": "P-0044718",
            "Q4": "I take metformin",
        },
        {("RecipientFirstName", "NAME"), ("ExternalReference", "OTHER_ID"), ("Q4", "MEDICATION")},
        True,
    ),
    (
        "FullStory data export and Amplitude user properties",
        {
            "EventStart": "2024-03-12T14:14:07.123Z",
            "UserDisplayName": "Jane Doe",
            "user_properties": {"name": "Jane Doe"},
            "PageUrl": "https://clinic.org/conditions/lupus",
        },
        {
            ("UserDisplayName", "NAME"),
            ("user_properties.name", "NAME"),
            ("PageUrl", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Snapchat, Reddit and Heap ids",
        {
            "uuid_c1": "0b5bd2f4-4a7c-4d2e-9a1b-7c3d5e6f7a8b",
            "user": {"uuid": "1710252847000.0b5bd2f4-4a7c-4d2e-9a1b-7c3d5e6f7a8b"},
            "identity": "crm-88213",
            "page_url": "https://clinic.org/mental-health/anxiety-therapy",
        },
        {
            ("uuid_c1", "ONLINE_ID"),
            ("user.uuid", "ONLINE_ID"),
            ("identity", "ONLINE_ID"),
            ("page_url", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Apache combined access-log line shipped as a log message",
        {
            "host": "web-01",
            "message": '73.162.14.201 - - [12/Mar/2024:09:14:07 -0500] "GET '
            '/conditions/breast-cancer?email=jane.doe%40gmail.com HTTP/1.1" 200 512 "-" '
            '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36"',
        },
        {("message", "IP_ADDRESS"), ("message", "EMAIL"), ("message", "HEALTH_CONDITION")},
        True,
    ),
    (
        "Marketo activity export with its attributes as JSON",
        {
            "Lead ID": "1048823",
            "Activity Type": "Visit Webpage",
            "Primary Attribute Value": "clinic.org/conditions/multiple-sclerosis",
            "Attributes": '{"User Agent":"Mozilla/5.0 (Macintosh)","Client IP Address":'
            '"73.162.14.201","Webpage URL":"/conditions/multiple-sclerosis"}',
        },
        {
            ("Lead ID", "OTHER_ID"),
            ("Attributes", "IP_ADDRESS"),
            ("Primary Attribute Value", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Meta Pixel request in a HAR export, with Facebook's cookies",
        {
            "request": {
                "url": "https://www.facebook.com/tr/?id=1234567890123456&ev=PageView"
                "&dl=https%3A%2F%2Fclinic.org%2Fconditions%2Fcrohns-disease%2F"
                f"&ud[em]={_sha('jane@example.com')}&fbp=fb.1.1710250000000.1234567890",
                "headers": [
                    {"name": "Cookie", "value": "datr=Xk7fZa1b2C3d; c_user=100004512345678"},
                ],
                "cookies": [{"name": "c_user", "value": "100004512345678"}],
            },
            "serverIPAddress": "157.240.229.35",
        },
        {
            ("request.url", "HASHED_ID"),
            ("request.url", "ONLINE_ID"),
            ("request.url", "HEALTH_CONDITION"),
            ("request.headers[0].value", "ONLINE_ID"),
            ("request.cookies[0].value", "ONLINE_ID"),
        },
        True,
    ),
    (
        "Google Ads lead-form webhook (user_column_data column_id/string_value pairs)",
        {
            "lead_id": "TeSter-123-ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "gcl_id": "EAIaIQobChMI1a2b3c4d5e6f7g8h9i0j",
            "user_column_data": [
                {
                    "column_name": "Full Name",
                    "string_value": "Andy Dwyer",
                    "column_id": "FULL_NAME",
                },
                {"column_name": "Postal Code", "string_value": "46201", "column_id": "POSTAL_CODE"},
                {"column_name": "City", "string_value": "Indianapolis", "column_id": "CITY"},
                {
                    "column_name": "What type of pain?",
                    "string_value": "lower back pain",
                    "column_id": "what_type_of_pain?",
                },
            ],
        },
        {
            ("user_column_data[0].string_value", "NAME"),
            ("user_column_data[1].string_value", "ZIP_CODE"),
            ("user_column_data[2].string_value", "LOCATION"),
            ("user_column_data[3].string_value", "HEALTH_CONDITION"),
        },
        True,
    ),
    (
        "Shopify order export: an order number as Name, text-marked ZIPs, a CPAP mask",
        {
            "Name": "#1001",
            "Email": "ron@example.com",
            "Lineitem name": "ResMed AirFit F20 Full Face CPAP Mask - Medium",
            "Billing Name": "Ron Swanson",
            "Billing Street": "123 Maple Ave",
            "Billing Zip": "'02134",
            "Shipping Zip": "'02134",
            "Shipping Phone": "(317) 555-0123",
        },
        {
            ("Email", "EMAIL"),
            ("Lineitem name", "PROCEDURE"),
            ("Billing Name", "NAME"),
            ("Billing Street", "LOCATION"),
            ("Billing Zip", "ZIP_CODE"),
            ("Shipping Zip", "ZIP_CODE"),
            ("Shipping Phone", "PHONE"),
        },
        True,
    ),
    (
        "Google Business Profile review: the reviewer's displayName",
        {
            "reviewId": "AbFvOqm1a2b3c4d5e6",
            "reviewer": {
                "profilePhotoUrl": "https://lh3.googleusercontent.com/a-/AOh14Gh1a2b3",
                "displayName": "Tammy Swanson",
            },
            "starRating": "FIVE",
            "comment": "Dr. Saperstein fixed my torn ACL. Best orthopedic office in Pawnee!",
            "createTime": "2024-03-12T14:14:07.123Z",
        },
        {("reviewer.displayName", "NAME"), ("comment", "HEALTH_CONDITION")},
        True,
    ),
    (
        "Birdeye review export",
        {
            "Reviewer Name": "Tammy S.",
            "Rating": "2",
            "Review": "Waited 2 hours for my psoriasis appointment.",
            "Reviewer Email": "tammy@example.com",
        },
        {("Reviewer Name", "NAME"), ("Review", "HEALTH_CONDITION"), ("Reviewer Email", "EMAIL")},
        True,
    ),
    (
        "Genesys Cloud conversation detail: participants and their sessions",
        {
            "conversationId": "7a9e0c1d-2b3c-4d5e-8f90-1a2b3c4d5e6f",
            "participants": [
                {
                    "purpose": "customer",
                    "participantName": "Ann Perkins",
                    "sessions": [{"ani": "tel:+13125550188", "mediaType": "voice"}],
                },
                {
                    "purpose": "agent",
                    "sessions": [
                        {"segments": [{"wrapUpNote": "Pt needs lisinopril refill sent to CVS"}]}
                    ],
                },
            ],
        },
        {
            ("participants[0].participantName", "NAME"),
            ("participants[0].sessions[0].ani", "PHONE"),
            ("participants[1].sessions[0].segments[0].wrapUpNote", "MEDICATION"),
        },
        True,
    ),
    (
        "LinkedIn Matched Audiences contact list",
        {
            "email": "jane.doe@example.com",
            "firstname": "Jane",
            "lastname": "Doe",
            "jobtitle": "Nurse Practitioner",
            "employeecompany": "Acme Health",
            "country": "US",
            "googleaid": "38400000-8cf0-11bd-b23e-10b96e40000d",
        },
        {("email", "EMAIL"), ("firstname", "NAME"), ("googleaid", "DEVICE_ID")},
        False,
    ),
    (
        "IVR session log: a date of birth and a member id keyed as DTMF",
        {
            "session_id": "ivr-20240312-000123",
            "caller_id": "3125550188",
            "menu_path": "main>pharmacy>insulin_refill",
            "dtmf_dob": "04121958",
            "dtmf_member_id": "88442219001",
            "steps": [{"prompt": "Please enter your date of birth", "input": "04121958"}],
        },
        {
            ("caller_id", "PHONE"),
            ("menu_path", "MEDICATION"),
            ("dtmf_dob", "DATE"),
            ("dtmf_member_id", "HEALTH_PLAN_ID"),
            ("steps[0].input", "DATE"),
        },
        True,
    ),
    (
        "Mailgun event: the opening mail client, the recipient, a results subject line",
        {
            "event": "opened",
            "recipient": "alice@example.com",
            "message": {
                "headers": {
                    "to": "Alice Example <alice@example.com>",
                    "subject": "Your MRI results are ready",
                }
            },
            "client-info": {
                "client-name": "Apple Mail",
                "client-os": "iOS",
                "client-type": "mobile browser",
            },
            "ip": "50.56.129.169",
        },
        {
            ("recipient", "EMAIL"),
            ("message.headers.to", "EMAIL"),
            ("message.headers.to", "NAME"),
            ("message.headers.subject", "PROCEDURE"),
            ("ip", "IP_ADDRESS"),
        },
        True,
    ),
    (
        "Podium text thread: the practice introduces itself, the patient replies",
        {
            "conversation": {
                "uid": "9a8b7c6d-5e4f-3a2b-1c0d-9e8f7a6b5c4d",
                "contact": {"name": "Tammy Swanson", "phone": "+13175550199"},
            },
            "messages": [
                {
                    "body": "Hi Tammy, this is Pawnee Dental. Reply YES to confirm your root "
                    "canal on Tue 3/19 at 2pm.",
                    "senderType": "location",
                },
                {"body": "YES. also can I get more of the amoxicillin", "senderType": "contact"},
            ],
        },
        {
            ("conversation.contact.name", "NAME"),
            ("conversation.contact.phone", "PHONE"),
            ("messages[0].body", "PROCEDURE"),
            ("messages[0].body", "DATE"),
            ("messages[1].body", "MEDICATION"),
        },
        True,
    ),
    (
        "Pharmacy refill-reminder SMS log with an Rx number",
        {
            "message_sid": "SM1234567890abcdef1234567890abcdef",
            "to": "+13175550123",
            "status": "delivered",
            "body": "Hi Ron, your atorvastatin 20mg Rx #6612345 is ready for pickup at "
            "Pawnee Pharmacy. Reply STOP to opt out.",
        },
        {("to", "PHONE"), ("body", "MEDICATION"), ("body", "OTHER_ID")},
        True,
    ),
    # round three of blind probes
    (
        "Invoca call-tracking transaction: a campaign named for a condition, a local start time",
        {
            "transaction_id": "7B3C1A2F-01A2B3C4",
            "complete_call_id": "7B3C1A2F-01A2B3C4",
            "start_time_local": "2024-03-12 09:14:22",
            "duration": 252,
            "calling_phone_number": "602-555-0147",
            "city": "Mesa",
            "region": "AZ",
            "advertiser_campaign_name": "Knee Pain PPC",
            "promo_number_description": "Google Ads - Ortho",
            "signal_name": "Appointment Booked",
            "keypresses": "1,3",
        },
        {
            ("advertiser_campaign_name", "HEALTH_CONDITION"),
            ("calling_phone_number", "PHONE"),
            ("city", "LOCATION"),
        },
        True,
    ),
    (
        "Klaviyo event (JSON:API): the profile it belongs to is a relationship",
        {
            "type": "event",
            "id": "4vRpBT3jKJZ",
            "attributes": {
                "timestamp": 1700000000,
                "datetime": "2023-11-14T22:13:20+00:00",
                "uuid": "0b6a8c00-8330-11ee-8001-1d7e4d2f3a1b",
                "event_properties": {
                    "$event_id": "1700000000:ortho_consult",
                    "Form Name": "Orthopedic Consult Request",
                    "Symptoms": "lower back pain, sciatica",
                    "$value": 0,
                },
            },
            "relationships": {
                "profile": {"data": {"type": "profile", "id": "01HF7ZQ2W3X4Y5Z6A7B8C9D0E1"}},
                "metric": {"data": {"type": "metric", "id": "UxAbCd"}},
            },
        },
        {
            ("attributes.event_properties.Symptoms", "HEALTH_CONDITION"),
            ("relationships.profile.data.id", "OTHER_ID"),
        },
        True,
    ),
    (
        "Braze user export: custom events' first/last are timestamps",
        {
            "external_id": "pt_884213",
            "braze_id": "5e8f0a1b2c3d4e5f6a7b8c9d",
            "first_name": "Dana",
            "last_name": "Whitfield",
            "email": "dana.w@example.com",
            "phone": "+15035550199",
            "dob": "1971-08-23",
            "home_city": "Portland",
            "custom_attributes": {
                "preferred_location": "Eastside",
                "condition_interest": "Type 2 diabetes",
            },
            "custom_events": [
                {
                    "name": "a1c_test_reminder_opened",
                    "first": "2024-01-02T10:00:00.000Z",
                    "last": "2024-03-02T10:00:00.000Z",
                    "count": 3,
                }
            ],
            "devices": [
                {
                    "model": "iPhone 14",
                    "os": "iOS 17.2",
                    "carrier": "T-Mobile",
                    "idfa": "6D92078A-8246-4BA4-AE5B-76104861E7DC",
                }
            ],
            "apps": [{"name": "MyClinic", "platform": "ios", "version": "4.12.0", "sessions": 42}],
        },
        {
            ("custom_attributes.condition_interest", "HEALTH_CONDITION"),
            ("custom_events[0].name", "PROCEDURE"),
            ("devices[0].idfa", "DEVICE_ID"),
            ("dob", "DATE"),
            ("email", "EMAIL"),
            ("external_id", "ONLINE_ID"),
            ("first_name", "NAME"),
            ("home_city", "LOCATION"),
            ("last_name", "NAME"),
            ("phone", "PHONE"),
        },
        True,
    ),
    (
        "Customer.io reporting webhook with the person's identifiers",
        {
            "event_id": "01E4C4CT6YDC7Y5M7FE1GWWPQJ",
            "object_type": "email",
            "metric": "clicked",
            "timestamp": 1613063089,
            "data": {
                "action_id": 96,
                "broadcast_id": 2,
                "customer_id": "patient-4471",
                "identifiers": {
                    "id": "patient-4471",
                    "email": "rgarcia@example.com",
                    "cio_id": "a3000001",
                },
                "delivery_id": "RAECAAFwnUSneIa0ZXkmq8EdkAM==",
                "subject": "Reminder: your colonoscopy prep starts tomorrow",
                "recipient": "rgarcia@example.com",
            },
        },
        {
            ("data.customer_id", "OTHER_ID"),
            ("data.identifiers.cio_id", "OTHER_ID"),
            ("data.identifiers.email", "EMAIL"),
            ("data.recipient", "EMAIL"),
            ("data.subject", "PROCEDURE"),
        },
        True,
    ),
    (
        "Intercom conversation: a lead's first message and a bare date of birth reply",
        {
            "type": "conversation",
            "id": "184726",
            "created_at": 1700000000,
            "source": {
                "type": "conversation",
                "delivered_as": "customer_initiated",
                "author": {
                    "type": "lead",
                    "id": "65a1b2c3d4e5f6a7b8c9d0e1",
                    "name": "Priya Raman",
                    "email": "priya.r@example.com",
                },
                "body": "<p>Hi, I'm 34 weeks pregnant and want to book a glucose tolerance "
                "test.</p>",
            },
            "contacts": {
                "type": "contact.list",
                "contacts": [
                    {
                        "type": "contact",
                        "id": "65a1b2c3d4e5f6a7b8c9d0e1",
                        "external_id": "mrn-00481234",
                    }
                ],
            },
            "conversation_parts": {
                "type": "conversation_part.list",
                "conversation_parts": [
                    {
                        "part_type": "comment",
                        "created_at": 1700000100,
                        "body": "<p>Sure, what's your date of birth?</p>",
                        "author": {"type": "admin", "id": "5017691", "name": "Front Desk"},
                    },
                    {
                        "part_type": "comment",
                        "created_at": 1700000200,
                        "body": "<p>04/17/1990</p>",
                        "author": {"type": "user", "id": "65a1b2c3d4e5f6a7b8c9d0e1"},
                    },
                ],
                "total_count": 2,
            },
        },
        {
            ("contacts.contacts[0].external_id", "ONLINE_ID"),
            ("conversation_parts.conversation_parts[1].body", "DATE"),
            ("source.author.email", "EMAIL"),
            ("source.author.name", "NAME"),
            ("source.body", "HEALTH_CONDITION"),
            ("source.body", "PROCEDURE"),
        },
        True,
    ),
    (
        "PostHog pageview with geo-IP enrichment and $set person properties",
        {
            "uuid": "018cf0a2-3b4c-7d5e-8f90-a1b2c3d4e5f6",
            "event": "$pageview",
            "distinct_id": "018cf0a1-9e8d-7c6b-5a49-382716fedcba",
            "timestamp": "2024-01-09T18:22:31.415Z",
            "properties": {
                "$current_url": "https://www.example.org/patient-portal/lab-results?test=lipid-panel",
                "$pathname": "/patient-portal/lab-results",
                "$ip": "2601:646:8a00:1230::5b",
                "$geoip_city_name": "San Jose",
                "$geoip_postal_code": "95112",
                "$geoip_latitude": 37.35,
                "$browser": "Chrome",
                "$browser_version": 120,
                "$lib_version": "1.96.1",
                "$set": {"email": "k.tran@example.com", "name": "Kevin Tran"},
            },
        },
        {
            ("distinct_id", "ONLINE_ID"),
            ("properties.$current_url", "PROCEDURE"),
            ("properties.$geoip_city_name", "LOCATION"),
            ("properties.$geoip_latitude", "LOCATION"),
            ("properties.$geoip_postal_code", "ZIP_CODE"),
            ("properties.$ip", "IP_ADDRESS"),
            ("properties.$set.email", "EMAIL"),
            ("properties.$set.name", "NAME"),
        },
        True,
    ),
    (
        "Adobe Analytics data feed row: the visitor id halves",
        {
            "hitid_high": "3073228490345",
            "hitid_low": "4611686018427387904",
            "visid_high": "3073228490345571456",
            "visid_low": "6917529027641081856",
            "mcvisid": "12345678901234567890123456789012345678",
            "ip": "198.51.100.23",
            "date_time": "2024-03-01 10:15:22",
            "page_url": "https://www.examplehealth.com/find-a-doctor/cardiology/atrial-fibrillation",
            "post_evar12": "afib-screening-lp",
            "geo_city": "cleveland",
            "geo_zip": "44195",
            "geo_region": "oh",
            "post_event_list": "1,20,100,200",
            "post_page_event": "0",
            "va_closer_id": "1",
            "post_product_list": ";Consult;1;0.00",
        },
        {
            ("geo_city", "LOCATION"),
            ("geo_zip", "ZIP_CODE"),
            ("ip", "IP_ADDRESS"),
            ("mcvisid", "ONLINE_ID"),
            ("page_url", "HEALTH_CONDITION"),
            ("post_evar12", "HEALTH_CONDITION"),
            ("visid_high", "ONLINE_ID"),
            ("visid_low", "ONLINE_ID"),
        },
        True,
    ),
    (
        "athenahealth appointment report row",
        {
            "Appt ID": "1129384",
            "Appt Date": "03/18/2024",
            "Appt Time": "10:30 AM",
            "Appt Type": "NEW PATIENT - ANNUAL PHYSICAL",
            "Appt Status": "x - Scheduled",
            "Patient ID": "88123",
            "Patient Name": "WASHINGTON, DENISE M",
            "Patient DOB": "11/02/1958",
            "Patient Home Phone": "(919) 555-0133",
            "Primary Insurance": "BCBS NC PPO",
            "Primary Ins Policy #": "YPB123456789",
            "Rendering Provider": "SMITH, JOHN MD",
            "Appt Reason": "f/u HTN, med refill lisinopril",
        },
        {
            ("Appt Date", "DATE"),
            ("Appt Reason", "HEALTH_CONDITION"),
            ("Appt Reason", "MEDICATION"),
            ("Appt Type", "PROCEDURE"),
            ("Patient DOB", "DATE"),
            ("Patient Home Phone", "PHONE"),
            ("Patient ID", "OTHER_ID"),
            ("Patient Name", "NAME"),
            ("Primary Ins Policy #", "HEALTH_PLAN_ID"),
        },
        True,
    ),
    (
        "Epic Clarity-style encounter extract (PAT_ columns, LAST,FIRST names)",
        {
            "PAT_MRN_ID": "E1048823",
            "PAT_NAME": "NGUYEN,THANH",
            "BIRTH_DATE": "1984-12-09",
            "ZIP": "55414",
            "CONTACT_DATE": "2024-04-02",
            "PAT_ENC_CSN_ID": "123456789012",
            "DEPARTMENT_NAME": "UMP ONCOLOGY CSC",
            "PRC_NAME": "CHEMO INFUSION 60 MIN",
            "APPT_STATUS_C": "1",
            "ENC_REASON_NAME": "Breast cancer, left",
            "MYCHART_STATUS": "Activated",
        },
        {
            ("BIRTH_DATE", "DATE"),
            ("CONTACT_DATE", "DATE"),
            ("ENC_REASON_NAME", "HEALTH_CONDITION"),
            ("PAT_ENC_CSN_ID", "OTHER_ID"),
            ("PAT_MRN_ID", "MRN"),
            ("PAT_NAME", "NAME"),
            ("PRC_NAME", "PROCEDURE"),
            ("ZIP", "ZIP_CODE"),
        },
        True,
    ),
    (
        "HubSpot Forms API submission (name/value field list)",
        {
            "submittedAt": "1704820000000",
            "fields": [
                {"objectTypeId": "0-1", "name": "firstname", "value": "Marcus"},
                {"objectTypeId": "0-1", "name": "lastname", "value": "Bell"},
                {"objectTypeId": "0-1", "name": "email", "value": "mbell@example.com"},
                {"objectTypeId": "0-1", "name": "mobilephone", "value": "404-555-0161"},
                {"objectTypeId": "0-1", "name": "date_of_birth", "value": "1966-02-28"},
                {
                    "objectTypeId": "0-1",
                    "name": "reason_for_visit",
                    "value": "Sleep study follow-up",
                },
            ],
            "context": {
                "hutk": "a1b2c3d4e5f60718293a4b5c6d7e8f90",
                "pageUri": "https://www.example.org/sleep-center/schedule",
                "pageName": "Schedule a sleep study",
                "ipAddress": "192.0.2.44",
            },
        },
        {
            ("context.hutk", "ONLINE_ID"),
            ("context.ipAddress", "IP_ADDRESS"),
            ("context.pageName", "PROCEDURE"),
            ("fields[0].value", "NAME"),
            ("fields[1].value", "NAME"),
            ("fields[2].value", "EMAIL"),
            ("fields[3].value", "PHONE"),
            ("fields[4].value", "DATE"),
            ("fields[5].value", "PROCEDURE"),
        },
        True,
    ),
    (
        "Dental appointment-reminder log (Solutionreach-style)",
        {
            "reminder_id": "rm_5521887",
            "practice_id": 10423,
            "patient": {
                "first_name": "Gary",
                "last_name": "Oakes",
                "mobile": "5415550177",
                "preferred_contact": "sms",
            },
            "appointment": {
                "start": "2024-04-22T15:45:00-07:00",
                "provider": "Dr. Alvarez",
                "type": "Root canal",
                "location": "Bend Family Dental",
            },
            "message": "Hi Gary, this is Bend Family Dental confirming your root canal with "
            "Dr. Alvarez on Mon Apr 22 at 3:45 PM. Reply C to confirm.",
            "status": "confirmed",
            "sent_at": "2024-04-20T17:00:02Z",
        },
        {
            ("appointment.start", "DATE"),
            ("appointment.type", "PROCEDURE"),
            ("message", "DATE"),
            ("message", "PROCEDURE"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.mobile", "PHONE"),
        },
        True,
    ),
    (
        "Acuity Scheduling appointment with intake-form name/value answers",
        {
            "id": 54321,
            "firstName": "April",
            "lastName": "Ludgate",
            "phone": "812-555-0142",
            "email": "april.l@example.com",
            "date": "March 28, 2024",
            "time": "2:00pm",
            "endTime": "2:50pm",
            "datetime": "2024-03-28T14:00:00-0500",
            "type": "Initial Counseling Session (50 min)",
            "appointmentTypeID": 112233,
            "price": "150.00",
            "paid": "no",
            "calendar": "Dr. Patel",
            "forms": [
                {
                    "id": 7788,
                    "name": "Intake",
                    "values": [
                        {
                            "fieldID": 101,
                            "name": "Reason for seeking therapy",
                            "value": "depression and insomnia after my divorce",
                        },
                        {"fieldID": 102, "name": "Current medications", "value": "Zoloft 100mg"},
                        {
                            "fieldID": 103,
                            "name": "Emergency contact",
                            "value": "Ron Swanson 812-555-0199",
                        },
                    ],
                }
            ],
            "timezone": "America/Indiana/Indianapolis",
        },
        {
            ("date", "DATE"),
            ("datetime", "DATE"),
            ("email", "EMAIL"),
            ("firstName", "NAME"),
            ("forms[0].values[0].value", "HEALTH_CONDITION"),
            ("forms[0].values[1].value", "MEDICATION"),
            ("forms[0].values[2].value", "PHONE"),
            ("lastName", "NAME"),
            ("phone", "PHONE"),
        },
        True,
    ),
    (
        "FHIR R4 Patient and its contact (a patient-engagement platform's export)",
        {
            "resourceType": "Patient",
            "identifier": [
                {"use": "usual", "system": "urn:oid:1.2.36.146.595.217.0.1", "value": "12345"},
                {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "536-22-8410"},
            ],
            "name": [{"use": "official", "family": "Chalmers", "given": ["Peter", "James"]}],
            "telecom": [
                {"system": "phone", "value": "(03) 5555 6473", "use": "work"},
                {"system": "fax", "value": "312-555-0109"},
            ],
            "birthDate": "1974-12-25",
            "address": [
                {"line": ["534 Erewhon St"], "city": "PleasantVille", "postalCode": "3999"}
            ],
            "contact": [{"name": {"family": "du Marché", "given": ["Bénédicte"]}}],
            "extension": [
                {"url": "http://example.org/interest", "valueString": "bariatric surgery"}
            ],
        },
        {
            ("identifier[1].value", "SSN"),
            ("name[0].family", "NAME"),
            ("name[0].given[0]", "NAME"),
            ("telecom[0].value", "PHONE"),
            ("telecom[1].value", "FAX"),
            ("birthDate", "DATE"),
            ("address[0].line[0]", "LOCATION"),
            ("contact[0].name.family", "NAME"),
            ("extension[0].valueString", "PROCEDURE"),
        },
        True,
    ),
    (
        "OpenRTB 2.6 bid request logged by a DSP on a condition page",
        {
            "id": "80ce30c53c16e6ede735f123ef6e32361bfc7b22",
            "imp": [{"id": "1", "tagid": "sidebar-300x250", "bidfloor": 1.25}],
            "site": {"page": "https://health.example.com/conditions/type-2-diabetes/treatment"},
            "device": {
                "ua": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)",
                "ip": "73.162.14.201",
                "ifa": "AEBE52E7-03EE-455A-B3C4-E57283966239",
                "dpidsha1": "55816b39711f9b5acf3b90e313ed29e51665623f",
                "geo": {"lat": 41.8781, "lon": -87.6298, "zip": "60614"},
            },
            "user": {
                "buyeruid": "545678765467876567898765678987654",
                "ext": {"eids": [{"source": "uidapi.com", "uids": [{"id": "AgAAAAN6QZRPbz1D"}]}]},
            },
        },
        {
            ("site.page", "HEALTH_CONDITION"),
            ("device.ip", "IP_ADDRESS"),
            ("device.ifa", "DEVICE_ID"),
            ("device.dpidsha1", "HASHED_ID"),
            ("device.geo.zip", "ZIP_CODE"),
            ("user.buyeruid", "ONLINE_ID"),
        },
        True,
    ),
    (
        "Session-replay / form-analytics events: each input's value beside its selector",
        {
            "session_id": "8c9d1e2f",
            "fs_uid": "o-1A2B3C-na1:4567890123456789:1234567890123456",
            "page_url": "https://www.example.org/oncology/request-appointment",
            "events": [
                {"type": "change", "target": "input#dob", "value": "03/14/1962"},
                {
                    "type": "change",
                    "target": "form#intake input[name=insurance_member_id]",
                    "value": "XYZ123456789",
                },
                {"type": "change", "target": "input[name='patient_phone']", "value": "3125550142"},
                {"type": "click", "target": "a.btn-schedule", "value": "Book now"},
            ],
        },
        {
            ("fs_uid", "ONLINE_ID"),
            ("events[0].value", "DATE"),
            ("events[1].value", "HEALTH_PLAN_ID"),
            ("events[2].value", "PHONE"),
        },
        False,  # "oncology" is a specialty page, not a condition, by default
    ),
    (
        "OneTrust-style consent receipt: data elements of the person, a recorded interaction",
        {
            "consentId": "f3c1c0a2-8e1b-4c7e-9a41-2f6d3b1c9e77",
            "identifier": "jane.doe@gmail.com",
            "identifierType": "Email",
            "interactionDate": "2024-03-14T14:10:00Z",
            "dsDataElements": {
                "FirstName": "Jane",
                "LastName": "Doe",
                "PhoneNumber": "+13125550142",
            },
        },
        {
            ("identifier", "EMAIL"),
            ("dsDataElements.FirstName", "NAME"),
            ("dsDataElements.LastName", "NAME"),
            ("dsDataElements.PhoneNumber", "PHONE"),
        },
        False,
    ),
]


@pytest.mark.parametrize(
    ("record", "expected", "phi"),
    [pytest.param(r, e, p, id=name) for name, r, e, p in SHAPES],
)
def test_real_export_shapes(engine_no_ner, record: dict, expected: set, phi: bool) -> None:
    result = engine_no_ner.scan([record], source="t")
    found = {(r["field"], r["entity"]) for r in result.findings.to_pylist()}
    assert expected <= found, sorted(expected - found)
    assert bool(result.phi[0]) is phi


#: Machine fields of the shapes above that must hold no finding: record and event ids,
#: timestamps (also with a time-zone tail, ``start_time_local``), counts, versions, prices,
#: and the label of a name/value answer (Acuity's ``"name": "Emergency contact"``).
MACHINE_FIELDS = [
    (
        "GA4 event with user properties and a health event name",
        {  # when each user property was set: not the property's id
            "user_properties[0].value.set_timestamp_micros",
            "user_properties[2].value.set_timestamp_micros",
        },
    ),
    (
        "Invoca call-tracking transaction: a campaign named for a condition, a local start time",
        {"keypresses", "complete_call_id", "start_time_local", "duration", "transaction_id"},
    ),
    (
        "Klaviyo event (JSON:API): the profile it belongs to is a relationship",
        {
            "attributes.timestamp",
            "relationships.metric.data.id",
            "attributes.event_properties.$value",
        },
    ),
    (
        "Braze user export: custom events' first/last are timestamps",
        {
            "custom_events[0].last",
            "devices[0].os",
            "custom_events[0].first",
            "apps[0].version",
            "apps[0].sessions",
            "custom_events[0].count",
        },
    ),
    (
        "Customer.io reporting webhook with the person's identifiers",
        {"data.action_id", "data.broadcast_id", "timestamp", "event_id"},
    ),
    (
        "Intercom conversation: a lead's first message and a bare date of birth reply",
        {
            "conversation_parts.total_count",
            "conversation_parts.conversation_parts[0].created_at",
            "created_at",
        },
    ),
    (
        "PostHog pageview with geo-IP enrichment and $set person properties",
        {"timestamp", "event", "properties.$lib_version", "properties.$browser_version"},
    ),
    (
        "Adobe Analytics data feed row: the visitor id halves",
        {"va_closer_id", "post_event_list", "post_product_list", "post_page_event", "date_time"},
    ),
    ("athenahealth appointment report row", {"Appt Time", "Appt Status"}),
    (
        "Epic Clarity-style encounter extract (PAT_ columns, LAST,FIRST names)",
        {"MYCHART_STATUS", "APPT_STATUS_C"},
    ),
    (
        "HubSpot Forms API submission (name/value field list)",
        {"fields[0].objectTypeId", "submittedAt"},
    ),
    (
        "Dental appointment-reminder log (Solutionreach-style)",
        {"reminder_id", "sent_at", "practice_id"},
    ),
    (
        "Session-replay / form-analytics events: each input's value beside its selector",
        {"session_id", "events[3].value", "events[0].target", "events[1].target"},
    ),
    (
        "OneTrust-style consent receipt: data elements of the person, a recorded interaction",
        {"interactionDate", "consentId", "identifierType"},
    ),
    (
        "Acuity Scheduling appointment with intake-form name/value answers",
        {
            "forms[0].id",
            "time",
            "appointmentTypeID",
            "endTime",
            "id",
            "forms[0].values[0].fieldID",
            "price",
            "forms[0].values[2].name",
        },
    ),
]


_RECORDS = {name: record for name, record, _expected, _phi in SHAPES}


@pytest.mark.parametrize(
    ("record", "fields"),
    [pytest.param(_RECORDS[name], fields, id=name) for name, fields in MACHINE_FIELDS],
)
def test_real_export_shapes_leave_machine_fields_alone(
    engine_no_ner, record: dict, fields: set
) -> None:
    result = engine_no_ner.scan([record], source="t")
    found = sorted({r["field"] for r in result.findings.to_pylist()} & fields)
    assert not found, found
