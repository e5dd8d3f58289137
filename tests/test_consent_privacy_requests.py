"""Consent-management platforms and privacy-rights requests of a health system.

A blind probe, written by hand before reading the detectors: what a health system's consent
and privacy tooling exports. Cookie-consent logs (OneTrust-, Cookiebot- and
Usercentrics-like: a consent id, the IP, often truncated, the user agent, the page where
consent was given, purposes and vendors granted or denied, the GPC signal, IAB TCF and GPP
strings, timestamps), consent receipts (Kantara-like), preference-centre changes
(Salesforce Marketing Cloud CloudPages-, HubSpot subscription-, Mailchimp interest-group-
and MyChart-like communication preferences, opt-ins per topic such as "Diabetes
Newsletter" or "Cancer Care Updates"), data-subject and privacy-rights requests (OneTrust
DSAR-, Transcend-, DataGrail-, Ketch- and WordPress-like: CCPA/CPRA and Washington My Health
My Data requests, with the requester's name, email, phone, address, the request type,
identity verification, the systems searched, the status), HIPAA authorisations and their
revocations, accounting-of-disclosures logs (Epic ROI-like), marketing suppression lists
(plain and hashed), TCPA consent capture for SMS and a Twilio-like STOP log. With the clean
rows around them: cookie inventories and scan reports, the IAB Global Vendor List,
consent-banner configurations, policy-version tables, aggregate consent-rate reports by
region, DSAR SLA dashboards, script-tag allow-lists, preference-topic catalogs and form
template catalogs.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it names but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A consent id is the browser's cookie id** (the tags-and-replay probe): OneTrust's
  ``Consent ID``, Cookiebot's ``Consent ID``, Usercentrics' ``controllerId`` and a Ketch
  ``_ga`` identity are ONLINE_ID; a consent given on a condition or service page with one
  is PHI by the contract's rule. A consent's own receipt id, a collection point, a
  settings id, a domain (script) id, a template id and a version are no findings.
- **A truncated IP is still an IP_ADDRESS** (the tags-and-replay probe: a /24 beside a
  consent's page and time narrows to a household); so is an IPv6 with its last groups
  zeroed.
- **The consent machinery's own strings are never findings**: a user agent, IAB TCF v2
  ``euconsent-v2`` strings, GPP strings, the US privacy string (``1YNN``), the GPC signal
  (``Sec-GPC: 1``), consent group codes (``C0001:1``), purpose and vendor ids, a
  subscription's legal basis, an interaction type, SRI hashes (``sha384-...``) of an
  allowed script.
- **Consent and capture timestamps are machine time** (the tags probe): a consent date, an
  opt-in time, a preference's modified stamp, a STOP's received time, a suppression row's
  added date, an e-signature platform's completed stamp: no DATE.
- **A privacy-rights request's workflow dates are the privacy office's**: received, due,
  extended and closed dates are its bookkeeping, like a ticket's created date: no DATE.
  A request's own id (``DSAR-000482``) is the office's row key and left unscored. A
  request type (access, delete, correct, opt out of sale), a regulation (CCPA/CPRA, "My
  Health My Data Act", the statute's name names no one's health), a verification method
  and a status are no findings; nor are the systems searched ("Salesforce Marketing
  Cloud", "Epic") or their record counts.
- **What a requester writes about their own health is health context**: "the pages I
  visited about my pregnancy options", "my sleep apnea telehealth visit", "my record lists
  me as diabetic". A consumer-health-data category (Washington's "Reproductive or sexual
  health information") on a named requester's request is HEALTH too: it says which of the
  requester's data the request is about. A requester who writes nothing about health is
  identified, not PHI. A date of birth written into verification notes is DATE.
- **A HIPAA authorisation and its revocation are the patient's record**: the patient's
  name, MRN and birth date are identifiers; the dates the patient signed, the
  authorisation expires and the revocation was received are the patient's (a form in the
  designated record set, signed by them): DATE. The records it releases ("HIV test
  results", "mental health treatment notes", "substance use disorder records") are HEALTH.
  The recipient, when an organisation (a life insurer, an employer, a state health
  department, a court), is no NAME and its address no person's; a purpose ("life
  insurance underwriting", "public health reporting") is no finding by itself.
- **An accounting of disclosures** names the patient (MRN, name, DOB), the date of the
  disclosure (a date about the patient's record: DATE), the recipient (an organisation,
  no finding) and what was disclosed (HEALTH when it names a result or a condition). The
  release-of-information request number is the office's and left unscored; the staff id of
  who disclosed it is no finding.
- **A preference-centre topic or interest group that names a condition, a service line or
  a treatment** ("Diabetes Newsletter", "Cancer Care Updates", "Heart Health", "Pregnancy
  updates") is health context of the subscriber on the row, as the project decides for
  campaign and list names, whether the row opts in or out (being on the topic at all says
  it). A generic topic ("Monthly Newsletter", "Events & Classes", "General Health Tips") is
  none. A topic catalog or an opt-in report by topic is health without an identifier.
- **A suppression list named for patients of a service** (``ONCOLOGY_PATIENTS_DNM``) is
  health context of the person on the row (the direct-mail probe); a plain unsubscribe or
  do-not-call row is identified only. A SHA-256 of an email on it is HASHED_ID.
- **TCPA consent**: the consumer's phone and IP are identifiers; the consent language names
  the seller and its own toll-free number, which is no person's (the lead-generation
  probe); a TrustedForm certificate is ONLINE_ID; a consent captured on a surgery or
  condition page, or whose program is a clinic's appointment reminders, is health context.
  A short code (``89312``), a Twilio messaging service SID and a message SID are no
  findings; the consumer's number on a STOP is PHONE.
- **A Salesforce contact id as SubscriberKey is the person's key** (the marketing-automation
  probe): ONLINE_ID or OTHER_ID. A Google Analytics client id (``GA1.1.x.y``) is ONLINE_ID.
- **The health system's own lines are no one's**: the privacy office's email, phone and
  address on a receipt or a policy table, a clinic's number in consent text.
- **Clean rows**: cookie names (``_ga``, ``_fbp``, ``OptanonConsent``), hosts, lifespans,
  categories and descriptions; vendor ids and names; banner colours, geolocation rules,
  re-consent days; policy names, versions, effective dates and URLs; a region's consent
  rates; a month's request counts and median days; script sources and SRI hashes. None of
  these is a finding (a policy's effective date is the document's, not a person's).

After reading the detectors no blind expectation was changed; one was stricter than a
decision the project had made and is narrowed on top (:data:`_DECIDED`): a HIPAA
authorisation's ``expirationDate`` is left unscored (``expiration`` is an offer's or a
document's word in detectors/dates.py, and the rehab and autism probes leave an
authorisation's start and end unscored); its signature date stays the patient's. What the
work built, each with its unit test: a new module detectors/consent_records.py, asked once
per chunk by the chunk profile (no per-cell work), reading a cookie-consent log's ``Consent
ID`` or Usercentrics' ``controllerId`` as the browser's ONLINE_ID beside what only a
banner records (consent groups, two cookie-category columns, the GPC signal, TCF, GPP or
US privacy strings, a ``settingsId``: a lead seller's and a consent form's ``consent_id``
stay as they were), a cookie inventory's own ids and scan stamps, a privacy-rights
request's workflow dates (a request type beside a regulation or a verification method) and
a consent's capture stamp as machine fields (tests/test_consent_records.py); the content
library's clocks (detectors/chunk_profiles.py) widened to a privacy office's policy and
notice version tables, form template catalogs and a tag allow-list (an SRI ``integrity``),
the library owner's mailbox not counting as a reader's; a consent receipt's data
controller (Kantara's ``piiControllers``, ISO/IEC 27560's ``dataController``) as the
organisation's own place and lines, with a role mailbox there (``privacy@``, ``dpo@``)
let go as in a sender's field (detectors/field_names.py, detectors/senders.py,
detectors/email.py); a preference centre's topic column opted into (``Pregnancy
Updates`` = "Opted in - weekly", ``Diabetes_Newsletter_OptIn`` = "true") as that topic's
health context (detectors/grid_answers.py); and 3 vocabulary terms, the consumer health
data category of Washington's My Health My Data Act ("reproductive or sexual health" and
its two other orders). After the held-out scoring, rules that generalise: a bare
top-level ``Requester`` column as a person's name (a DSAR log's, a help desk's: Zendesk's
CSV), WordPress's ``post_date`` / ``post_date_gmt`` as the CMS's clock, and Cookiebot's
scan report (a bare ``Name`` beside ``Provider``, ``Purpose`` and ``Expiry``) as a
cookie inventory. Nothing is left open (:data:`LEFT_ALONE` is empty).

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 84
pairs), blind 6 / 11 / 14; after the work 1 / 0 / 1 as written, 0 / 0 / 0 with the
decision. HELD_OUT (10 records, 19 pairs), blind before any work 1 / 2 / 3; scored once
after the work on SHAPES: 1 / 2 / 3 (none of the SHAPES rules reached it); after the three
rules above 0 / 0 / 0.
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

UA = (
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 "
    "(KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"
)
UA_WIN = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/129.0.0.0 Safari/537.36 Edg/129.0.0.0"
)
TC_STRING = (
    "CQGxk4AQGxk4AAKA1AENBJFsAP_gAEPgAAAAKYtV_G__bWlr8X73aftkeY1P9_h77sQxBhfJE-4FzLvW_"
    "JwXx2ExNA36tqIKmRIEu3bBIQNlHJDUTVCgaogVryDMakWcoTNKJ6BkiFMRO2dYCF5vmQtj-QKY5vr993dx2D"
    "-t_dv83dzyz4VHn3a5_2e0WJCdA58tDfv9bROb-9IPd_58v4v0_F_rk2_eT1l_tevp7D9-cts7_XW-9_fff7"
    "9Ll_-mBwUcALMNCogDLIkJCDQMIIEAKgrCAigQAAAAkDRAQAmDAp2BgEusJEAIAUAAwQAgABRkACAAASABC"
    "IAIACgQAAQCBQAAgAACAQAMDAAGACwEAgABAdAhTAggUCwASMyIhTAhCgSCAlsqEEgCBBXCEIs8CCAREwUA"
    "AAJABWAAICwWAxJICViQQJcQbQAAEACAQQAVCKTswBBAGbLUXiibRlaQFo-YLntMAwAA"
)
GPP_STRING = "DBABMA~CQGxk4AQGxk4AAKA1AENBJFsAP_gAEPgAAAAKYtV_G__bWlr8X73aftkeY1P9_h77sQ~1YNN"
TF_CERT = "https://cert.trustedform.com/7d3e9a1c0b5f42e68a2d4c1b9e0f3a7d5c8b6e2f"
CONSENT_TEXT = (
    "By checking this box, I agree to receive recurring automated text messages from "
    "Evergreen Bariatric & Metabolic Center about my weight-loss surgery consultation at "
    "the number provided. Consent is not a condition of purchase. Msg & data rates may "
    "apply. Reply STOP to cancel, HELP for help, or call 1-866-412-7730."
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "OneTrust-like consent log export (CSV): truncated IP, breast-cancer landing page",
        {
            "Consent Date (UTC)": "2024-10-08 14:22:31",
            "Consent ID": "9b2f7c41-3e8a-4d6b-a0c5-71e2d4f8b936",
            "Interaction Type": "CONFIRMED",
            "Domain": "www.evergreenhealth.example.org",
            "Consent Model": "opt-in",
            "Consent Groups": "C0001:1,C0002:1,C0003:0,C0004:0",
            "IP Address": "67.183.204.0",
            "Country": "US",
            "State": "WA",
            "User Agent": UA,
            "GPC": "0",
            "Landing URL": "https://www.evergreenhealth.example.org/cancer-care/breast-cancer/"
            "treatment-options",
        },
        {
            ("Consent ID", "ONLINE_ID"),
            ("IP Address", "IP_ADDRESS"),
            ("Landing URL", "HEALTH"),
        },
        {
            ("Consent Date (UTC)", "*"),
            ("Interaction Type", "*"),
            ("Domain", "*"),
            ("Consent Groups", "*"),
            ("State", "*"),
            ("User Agent", "*"),
            ("GPC", "*"),
        },
        True,
    ),
    (
        "Cookiebot-like consent log (CSV): truncated IPv6, consent on the home page",
        {
            "Consent ID": "kT9vQ2mX8rLpZ4nB6yH1cW3dF5gJ7sA0eU2iO4pR6tY8==",
            "Consent date": "10/9/2024 8:41:17 AM",
            "IP address": "2601:602:9a80:4c10::",
            "Country": "US",
            "User agent": UA_WIN,
            "Consent URL": "https://www.evergreenhealth.example.org/",
            "Necessary": "Yes",
            "Preferences": "Yes",
            "Statistics": "No",
            "Marketing": "No",
            "Method": "Explicit",
            "Version": "12",
        },
        {("Consent ID", "ONLINE_ID"), ("IP address", "IP_ADDRESS")},
        {
            ("Consent date", "*"),
            ("User agent", "*"),
            ("Consent URL", "*"),
            ("Statistics", "*"),
            ("Method", "*"),
            ("Version", "*"),
        },
        False,
    ),
    (
        "Usercentrics-like consent history (JSON): controller id, addiction-treatment page",
        {
            "controllerId": "8a4e2f1c9d7b3e5a6c0f2d4b8e1a3c5f7d9b0e2a4c6f8d1b",
            "settingsId": "kR3x9Qw2P",
            "settingsVersion": "3.14.2",
            "timestamp": 1728392931000,
            "action": "onAcceptAllServices",
            "language": "en",
            "services": [
                {"templateId": "HkocEodjb7", "name": "Google Analytics", "status": True},
                {"templateId": "ko1w5PpFl", "name": "Facebook Pixel", "status": True},
            ],
            "pageUrl": "https://www.evergreenhealth.example.org/behavioral-health/"
            "addiction-treatment/opioid-use-disorder",
        },
        {("controllerId", "ONLINE_ID"), ("pageUrl", "HEALTH")},
        {
            ("settingsId", "*"),
            ("settingsVersion", "*"),
            ("timestamp", "*"),
            ("services[0].templateId", "*"),
            ("services[1].name", "*"),
        },
        True,
    ),
    (
        "IAB TCF / GPP consent event (server log JSON): strings, IP, IVF consultation page",
        {
            "event": "consent_stored",
            "ts": "2024-10-10T19:03:55.412Z",
            "ip": "98.247.113.52",
            "ua": UA,
            "euconsent-v2": TC_STRING,
            "gpp": GPP_STRING,
            "gpp_sid": "7,8",
            "us_privacy": "1YNN",
            "sec_gpc": "1",
            "cmp_id": 28,
            "cmp_version": 1291,
            "page": "https://www.evergreenhealth.example.org/fertility/ivf-consultation",
        },
        {("ip", "IP_ADDRESS"), ("page", "HEALTH")},
        {
            ("ts", "*"),
            ("ua", "*"),
            ("euconsent-v2", "*"),
            ("gpp", "*"),
            ("gpp_sid", "*"),
            ("us_privacy", "*"),
            ("sec_gpc", "*"),
            ("cmp_id", "*"),
            ("cmp_version", "*"),
        },
        True,
    ),
    (
        "OneTrust-like cookie inventory row (clean): a marketing cookie's host and lifespan",
        {
            "Cookie Name": "_fbp",
            "Host": ".evergreenhealth.example.org",
            "Category": "Targeting Cookies",
            "Lifespan": "89 days",
            "Party": "First Party",
            "Description": "Used by Facebook to deliver a series of advertisement products "
            "such as real time bidding from third party advertisers.",
            "Cookie ID": "3f0c8e6a-1b2d-4e7f-9a5c-0d8b6e4f2a1c",
            "Last Scanned": "2024-10-01T03:00:12Z",
        },
        set(),
        {
            ("Cookie Name", "*"),
            ("Host", "*"),
            ("Lifespan", "*"),
            ("Description", "*"),
            ("Cookie ID", "*"),
            ("Last Scanned", "*"),
        },
        False,
    ),
    (
        "SFMC CloudPages-like preference centre data extension (CSV): Diabetes Newsletter in",
        {
            "SubscriberKey": "0035e00001XyZ7QAAT",
            "EmailAddress": "lorraine.whitfield@comcast.net",
            "Topic": "Diabetes Newsletter",
            "Status": "Opted In",
            "ModifiedDate": "10/11/2024 9:14:06 AM",
            "Source": "PreferenceCenter",
            "BusinessUnit": "EVG-MKT-01",
        },
        {
            ("SubscriberKey", "ONLINE_ID|OTHER_ID"),
            ("EmailAddress", "EMAIL"),
            ("Topic", "HEALTH"),
        },
        {("ModifiedDate", "*"), ("Source", "*"), ("BusinessUnit", "*"), ("Status", "*")},
        True,
    ),
    (
        "HubSpot-like subscription status update (JSON): cancer-care updates subscribed",
        {
            "recipient": "d.okafor.home@gmail.com",
            "portalSubscriptionLegalBasis": "CONSENT_WITH_NOTICE",
            "portalSubscriptionLegalBasisExplanation": "Signed up on cancer center page",
            "subscriptionStatuses": [
                {
                    "id": "48221903",
                    "name": "Cancer Care Updates",
                    "status": "SUBSCRIBED",
                    "sourceOfStatus": "SUBSCRIPTION_STATUS",
                    "legalBasis": "CONSENT_WITH_NOTICE",
                },
                {
                    "id": "48221907",
                    "name": "General Health Tips",
                    "status": "NOT_SUBSCRIBED",
                    "sourceOfStatus": "SUBSCRIPTION_STATUS",
                    "legalBasis": None,
                },
            ],
            "timestamp": "2024-10-07T22:10:41.009Z",
        },
        {("recipient", "EMAIL"), ("subscriptionStatuses[0].name", "HEALTH")},
        {
            ("portalSubscriptionLegalBasis", "*"),
            ("subscriptionStatuses[0].id", "*"),
            ("subscriptionStatuses[0].status", "*"),
            ("subscriptionStatuses[1].name", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Preference change (identified, no health): monthly newsletter out, classes in",
        {
            "contact_id": "0035e00001Lm3RtAAJ",
            "email": "sgrantham@outlook.com",
            "first_name": "Scott",
            "last_name": "Grantham",
            "changes": [
                {"topic": "Monthly Newsletter", "from": "opted_in", "to": "opted_out"},
                {"topic": "Events & Classes", "from": "opted_out", "to": "opted_in"},
            ],
            "channel": "email",
            "changed_at": "2024-10-12T16:45:09Z",
            "ip": "71.231.18.94",
        },
        {
            ("contact_id", "ONLINE_ID|OTHER_ID"),
            ("email", "EMAIL"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("ip", "IP_ADDRESS"),
        },
        {
            ("changes[0].topic", "*"),
            ("changes[1].topic", "*"),
            ("channel", "*"),
            ("changed_at", "*"),
        },
        False,
    ),
    (
        "OneTrust-like DSAR export (CSV): CCPA access request, no health in it",
        {
            "Request ID": "DSAR-000482",
            "Request Type": "Access",
            "Subject Type": "Website Visitor",
            "Regulation": "CCPA/CPRA",
            "First Name": "Marisol",
            "Last Name": "Echeverría",
            "Email": "marisol.echeverria@yahoo.com",
            "Phone": "(619) 274-8831",
            "Street Address": "2217 Camino del Rio N, Apt 14",
            "City": "San Diego",
            "State": "CA",
            "Zip": "92108",
            "Date Created": "09/30/2024",
            "Deadline": "11/14/2024",
            "Status": "Identity Verification",
            "Verification Method": "Email OTP",
            "Comments": "Please send me a copy of all the personal information you have "
            "collected about me.",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Street Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
        },
        {
            ("Request Type", "*"),
            ("Regulation", "*"),
            ("State", "*"),
            ("Date Created", "*"),
            ("Deadline", "*"),
            ("Status", "*"),
            ("Verification Method", "*"),
        },
        False,
    ),
    (
        "Washington My Health My Data deletion request (web form JSON): pregnancy pages",
        {
            "requestId": "mhmd_2024_00317",
            "submittedAt": "2024-10-03T04:11:52Z",
            "law": "Washington My Health My Data Act",
            "requestType": "DELETE",
            "requester": {
                "fullName": "Hannah Lindqvist",
                "email": "hlindqvist@proton.me",
                "phone": "+1 360 555 0148",
                "state": "WA",
            },
            "consumerHealthDataCategories": [
                "Reproductive or sexual health information",
                "Precise location information",
            ],
            "details": "Please delete everything you collected when I looked at your pages "
            "about pregnancy options and abortion care, including my location.",
            "authorizedAgent": False,
        },
        {
            ("requester.fullName", "NAME"),
            ("requester.email", "EMAIL"),
            ("requester.phone", "PHONE"),
            ("consumerHealthDataCategories[0]", "HEALTH"),
            ("details", "HEALTH"),
        },
        {
            ("submittedAt", "*"),
            ("law", "*"),
            ("requestType", "*"),
            ("requester.state", "*"),
            ("authorizedAgent", "*"),
        },
        True,
    ),
    (
        "Transcend-like DSR (JSON): erasure across data silos, identified, no health",
        {
            "id": "b8e51d0c-6a2f-4c93-9e17-3d4a5b6c7e8f",
            "type": "ERASURE",
            "status": "COMPILING",
            "createdAt": "2024-10-04T12:00:03.551Z",
            "coreIdentifier": {"name": "email", "value": "tdelacroix82@icloud.com"},
            "identifiers": [
                {"name": "phone", "value": "+14255550139"},
                {"name": "ga4ClientId", "value": "1187349021.1719955310"},
            ],
            "dataSilos": [
                {"title": "Salesforce Marketing Cloud", "status": "RESOLVED", "recordsFound": 3},
                {"title": "Google Analytics 4", "status": "WAITING", "recordsFound": 0},
                {"title": "Meta Conversions API", "status": "SKIPPED", "recordsFound": 0},
            ],
            "isSilent": False,
            "isTest": False,
        },
        {
            ("coreIdentifier.value", "EMAIL"),
            ("identifiers[0].value", "PHONE"),
            ("identifiers[1].value", "ONLINE_ID"),
        },
        {
            ("id", "*"),
            ("type", "*"),
            ("createdAt", "*"),
            ("dataSilos[0].title", "*"),
            ("dataSilos[0].recordsFound", "*"),
            ("dataSilos[2].title", "*"),
        },
        False,
    ),
    (
        "DSAR identity-verification note (privacy case CSV): DOB matched, sleep study visit",
        {
            "Case Number": "PRV-24-01877",
            "Requester": "Gloria Fenwick",
            "Callback Number": "509-747-2231",
            "Received": "10/01/2024",
            "Verification Notes": "Verified by DOB 04/17/1969 and address on file. Requester "
            "wants the recording of her sleep apnea telehealth visit and the CPAP "
            "download data.",
            "Assigned To": "privacy-office",
            "Status": "Verified",
        },
        {
            ("Requester", "NAME"),
            ("Callback Number", "PHONE"),
            ("Verification Notes", "DATE"),
            ("Verification Notes", "HEALTH"),
        },
        {("Received", "*"), ("Assigned To", "*"), ("Status", "*")},
        True,
    ),
    (
        "HIPAA authorization (e-signed intake form JSON): release to a life insurer",
        {
            "formId": "AUTH-ROI-2024-v3",
            "envelopeId": "5c2e9a7b-8f41-4d3c-b6a0-1e7d9f3c2b84",
            "patient": {
                "name": "Reginald Ashcombe",
                "dob": "1962-08-09",
                "mrn": "E2204918",
            },
            "recipient": "Pacific Crest Life Insurance Company",
            "recipientAddress": "PO Box 34120, Seattle, WA 98124",
            "purpose": "Life insurance underwriting",
            "informationToRelease": "Records from 01/2019 to present, including HIV test "
            "results and mental health treatment notes",
            "dateSigned": "10/31/2024",
            "expirationDate": "10/31/2025",
            "signer": "Self",
            "completedAt": "2024-10-31T15:08:44Z",
        },
        {
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.mrn", "MRN"),
            ("informationToRelease", "HEALTH"),
            ("dateSigned", "DATE"),
            ("expirationDate", "DATE"),
        },
        {
            ("formId", "*"),
            ("envelopeId", "*"),
            ("recipient", "NAME"),
            ("purpose", ANY_ID),
            ("signer", "*"),
            ("completedAt", "*"),
        },
        True,
    ),
    (
        "HIPAA authorization revocation log (CSV): employer wellness, behavioural health",
        {
            "Patient Name": "Ortiz, Camila R",
            "MRN": "E1873305",
            "Authorization #": "A-2023-118204",
            "Original Recipient": "Cascade Logistics Employee Wellness Program",
            "Revocation Received": "11/12/2024",
            "Records Covered": "Behavioral health and substance use disorder treatment records",
            "Revocation Reason": "Patient no longer wants records shared with employer",
            "Processed By": "HIM-0412",
        },
        {
            ("Patient Name", "NAME"),
            ("MRN", "MRN"),
            ("Revocation Received", "DATE"),
            ("Records Covered", "HEALTH"),
        },
        {("Original Recipient", "NAME"), ("Processed By", "*")},
        True,
    ),
    (
        "Accounting of disclosures (Epic ROI-like CSV): public health report of hepatitis C",
        {
            "MRN": "E1048273",
            "Patient": "HALVORSEN, INGRID M",
            "DOB": "03/22/1951",
            "Disclosure Date": "10/03/2024",
            "Recipient": "Washington State Department of Health",
            "Purpose": "Mandatory public health reporting",
            "Information Disclosed": "Hepatitis C antibody positive result",
            "Disclosed By": "ROI Specialist 0412",
            "Request #": "ROI-24-118830",
        },
        {
            ("MRN", "MRN"),
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Disclosure Date", "DATE"),
            ("Information Disclosed", "HEALTH"),
        },
        {("Recipient", "NAME"), ("Purpose", ANY_ID), ("Disclosed By", "*")},
        True,
    ),
    (
        "Accounting of disclosures (JSON): court order for an ED visit record",
        {
            "patientId": "E3390162",
            "patientName": "Travis Whitcomb",
            "disclosure": {
                "date": "2024-09-30",
                "recipient": "King County Superior Court",
                "legalBasis": "Court order 24-2-08812-1 SEA",
                "description": "Emergency department record of 09/14/2024: fractured wrist "
                "and concussion after assault",
            },
            "loggedBy": "roi_clerk_07",
            "loggedAt": "2024-09-30T21:40:02Z",
        },
        {
            ("patientId", "MRN|OTHER_ID"),
            ("patientName", "NAME"),
            ("disclosure.date", "DATE"),
            ("disclosure.description", "DATE"),
            ("disclosure.description", "HEALTH"),
        },
        {("disclosure.recipient", "NAME"), ("loggedBy", "*"), ("loggedAt", "*")},
        True,
    ),
    (
        "Hashed marketing suppression file: oncology patients not to be marketed to",
        {
            "EMAIL_SHA256": _sha("janet.kowalczyk@gmail.com"),
            "PHONE_SHA256": _sha("+12067814432"),
            "SUPPRESSION_LIST": "ONCOLOGY_PATIENTS_DNM",
            "REASON": "Active treatment - do not market",
            "ADDED_AT": "2024-10-02 06:00:00",
        },
        {
            ("EMAIL_SHA256", "HASHED_ID"),
            ("PHONE_SHA256", "HASHED_ID"),
            ("SUPPRESSION_LIST", "HEALTH"),
        },
        {("ADDED_AT", "*")},
        True,
    ),
    (
        "Email suppression list (Mailchimp-like unsubscribes CSV): identified, no health",
        {
            "Email Address": "pbrightwater@hotmail.com",
            "First Name": "Paula",
            "Last Name": "Brightwater",
            "UNSUB_TIME": "2024-10-06 11:52:40",
            "UNSUB_CAMPAIGN_TITLE": "October Newsletter",
            "UNSUB_REASON": "I no longer want to receive these emails",
            "LEID": "118204933",
        },
        {("Email Address", "EMAIL"), ("First Name", "NAME"), ("Last Name", "NAME")},
        {("UNSUB_TIME", "*"), ("UNSUB_CAMPAIGN_TITLE", "*"), ("UNSUB_REASON", "*")},
        False,
    ),
    (
        "TCPA SMS consent capture (web form log JSON): bariatric seminar page, TrustedForm",
        {
            "capture_id": "tcpa_01J9ZK3M5Q7R8S",
            "phone": "+1 (425) 318-9904",
            "first_name": "Denise",
            "consent_checkbox": True,
            "consent_language": CONSENT_TEXT,
            "captured_at": "2024-10-09T02:17:33Z",
            "ip_address": "73.53.211.146",
            "user_agent": UA,
            "page_url": "https://www.evergreenhealth.example.org/bariatric-surgery/free-seminar",
            "trustedform_cert_url": TF_CERT,
        },
        {
            ("phone", "PHONE"),
            ("first_name", "NAME"),
            ("consent_language", "HEALTH"),
            ("ip_address", "IP_ADDRESS"),
            ("page_url", "HEALTH"),
            ("trustedform_cert_url", "ONLINE_ID|OTHER_ID"),
        },
        {
            ("capture_id", "*"),
            ("consent_language", "PHONE"),
            ("captured_at", "*"),
            ("user_agent", "*"),
        },
        True,
    ),
    (
        "Twilio-like SMS opt-out (STOP) log (CSV): identified, no health",
        {
            "MessageSid": "SM3f8a1c2e9d4b7f6a5e0c1d2b3a4f5e6d",
            "MessagingServiceSid": "MG9c2e4a7b1d3f5e8a0c6b2d4f7e9a1c3b",
            "From": "+12532089917",
            "To": "89312",
            "Body": "STOP",
            "OptOutType": "STOP",
            "DateCreated": "Wed, 09 Oct 2024 18:22:10 +0000",
        },
        {("From", "PHONE")},
        {
            ("MessageSid", "*"),
            ("MessagingServiceSid", "*"),
            ("To", "*"),
            ("Body", "*"),
            ("DateCreated", "*"),
        },
        False,
    ),
    (
        "TCPA consent registry export (CSV): cardiology appointment reminders by text",
        {
            "Consent Record": "CR-00918273",
            "Mobile Number": "(206) 781-4432",
            "Contact Name": "Walter Iverson",
            "Program": "Cardiology appointment reminders",
            "Channel": "SMS",
            "Consent Status": "Express written consent",
            "Capture Method": "Patient portal checkbox",
            "Captured": "2024-08-19T17:02:55Z",
            "Short Code": "55123",
        },
        {
            ("Mobile Number", "PHONE"),
            ("Contact Name", "NAME"),
            ("Program", "HEALTH"),
        },
        {
            ("Channel", "*"),
            ("Consent Status", "*"),
            ("Capture Method", "*"),
            ("Captured", "*"),
            ("Short Code", "*"),
        },
        True,
    ),
    (
        "Privacy policy version table (clean): notices, versions, effective dates",
        {
            "policy": "Notice of Privacy Practices",
            "version": "v7.2",
            "effective_date": "2024-07-01",
            "url": "https://www.evergreenhealth.example.org/privacy/notice-of-privacy-practices",
            "language": "en-US",
            "owner_email": "privacy@evergreenhealth.example.org",
            "owner_phone": "(425) 899-1000",
            "approved_by": "Privacy Office",
        },
        set(),
        {
            ("version", "*"),
            ("effective_date", "*"),
            ("url", "*"),
            ("owner_email", "*"),
            ("owner_phone", "*"),
            ("approved_by", "*"),
        },
        False,
    ),
    (
        "Consent banner configuration (clean JSON): geolocation rules, GPC, versions",
        {
            "domainId": "018f2a3c-7d4e-7b1a-9c2f-5e6d7a8b9c0d",
            "templateName": "US-Health-OptIn",
            "bannerVersion": "202409.2.0",
            "geolocationRules": [
                {"regions": ["US-WA", "US-CA", "US-CT", "US-NV"], "model": "opt-in"},
                {"regions": ["US"], "model": "notice-only"},
            ],
            "honorGpc": True,
            "reconsentDays": 365,
            "categories": ["C0001", "C0002", "C0003", "C0004"],
            "primaryColor": "#005EB8",
            "publishedAt": "2024-09-18T23:10:00Z",
        },
        set(),
        {
            ("domainId", "*"),
            ("templateName", "*"),
            ("bannerVersion", "*"),
            ("geolocationRules[0].regions", "*"),
            ("reconsentDays", "*"),
            ("primaryColor", "*"),
            ("publishedAt", "*"),
        },
        False,
    ),
    (
        "IAB Global Vendor List entry (clean JSON): a vendor's purposes and storage",
        {
            "id": 755,
            "name": "Google Advertising Products",
            "purposes": [1, 3, 4],
            "legIntPurposes": [2, 7, 9, 10],
            "specialFeatures": [],
            "cookieMaxAgeSeconds": 34190000,
            "usesCookies": True,
            "cookieRefresh": False,
            "deviceStorageDisclosureUrl": "https://www.gstatic.com/iabtcf/"
            "deviceStorageDisclosure.json",
            "urls": [{"langId": "en", "privacy": "https://business.safety.google/privacy/"}],
        },
        set(),
        {
            ("id", "*"),
            ("name", "*"),
            ("cookieMaxAgeSeconds", "*"),
            ("deviceStorageDisclosureUrl", "*"),
            ("urls[0].privacy", "*"),
        },
        False,
    ),
    (
        "Aggregate consent-rate report by region (clean): banner views and rates",
        {
            "week": "2024-W41",
            "region": "US-WA",
            "banner_views": 182344,
            "accept_all_rate": 0.612,
            "reject_all_rate": 0.211,
            "custom_rate": 0.177,
            "gpc_signals_honored": 4021,
            "median_time_to_decision_ms": 3820,
        },
        set(),
        {
            ("week", "*"),
            ("region", "*"),
            ("banner_views", "*"),
            ("gpc_signals_honored", "*"),
            ("median_time_to_decision_ms", "*"),
        },
        False,
    ),
    (
        "DSAR SLA dashboard row (clean): a month's request counts and days to close",
        {
            "Month": "2024-09",
            "Regulation": "CCPA/CPRA",
            "Requests Received": "148",
            "Access": "61",
            "Delete": "79",
            "Correct": "8",
            "Median Days to Close": "17",
            "Overdue": "2",
            "Extended": "5",
            "Owner": "Privacy Office",
        },
        set(),
        {
            ("Month", "*"),
            ("Requests Received", "*"),
            ("Median Days to Close", "*"),
            ("Overdue", "*"),
            ("Owner", "*"),
        },
        False,
    ),
    (
        "Script tag allow-list (clean): a tag's source, SRI hash and excluded portal paths",
        {
            "tag": "Google Tag Manager",
            "src": "https://www.googletagmanager.com/gtm.js?id=GTM-W7K2QXL",
            "integrity": "sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC",
            "consent_category": "C0002",
            "allowed_paths": "/*",
            "excluded_paths": "/mychart/*,/patient-portal/*,/pay-my-bill/*",
            "owner": "Digital Marketing",
            "last_reviewed": "2024-09-12",
            "ticket": "SEC-4471",
        },
        set(),
        {
            ("src", "*"),
            ("integrity", "*"),
            ("consent_category", "*"),
            ("excluded_paths", ANY_ID),
            ("last_reviewed", "*"),
            ("ticket", "*"),
        },
        False,
    ),
    (
        "Cookiebot-like cookie scan report row (clean): a cookie first found on the home page",
        {
            "Name": "_gcl_au",
            "Provider": "Google",
            "Type": "HTTP",
            "Expiry": "3 months",
            "Category": "Marketing",
            "Purpose": "Used by Google AdSense for experimenting with advertisement efficiency "
            "across websites using their services.",
            "First found URL": "https://www.evergreenhealth.example.org/",
            "Scan date": "2024-10-01",
        },
        set(),
        {
            ("Name", "*"),
            ("Provider", "*"),
            ("Expiry", "*"),
            ("First found URL", "*"),
            ("Scan date", "*"),
        },
        False,
    ),
    (
        "Preference topic catalog (health, no identifier): a diabetes newsletter topic",
        {
            "topic_id": "TOP-0017",
            "topic_name": "Diabetes & Endocrine Newsletter",
            "description": "Monthly tips for living with type 2 diabetes, from our "
            "endocrinologists and diabetes educators.",
            "default_channel": "email",
            "double_opt_in": True,
            "subscribers": 18244,
            "created": "2023-02-14",
        },
        {("topic_name", "HEALTH"), ("description", "HEALTH")},
        {
            ("topic_id", "*"),
            ("subscribers", "*"),
            ("created", "*"),
        },
        False,
    ),
    (
        "Authorization form template catalog (health, no identifier): 42 CFR Part 2 release",
        {
            "form_code": "ROI-P2-03",
            "title": "Authorization for Release of Substance Use Disorder Records (42 CFR Part 2)",
            "version": "3.1",
            "languages": "en, es, vi, zh",
            "esign_enabled": "Y",
            "retention_years": "6",
            "last_legal_review": "2024-05-20",
        },
        {("title", "HEALTH")},
        {
            ("form_code", "*"),
            ("version", "*"),
            ("retention_years", "*"),
            ("last_legal_review", "*"),
        },
        False,
    ),
    (
        "Opt-in rate report by topic (health, no identifier): cancer care updates",
        {
            "report_month": "2024-09",
            "topic": "Cancer Care Updates",
            "opt_ins": 412,
            "opt_outs": 37,
            "net_subscribers": 9318,
            "opt_in_rate": "4.4%",
        },
        {("topic", "HEALTH")},
        {
            ("report_month", "*"),
            ("opt_ins", "*"),
            ("opt_outs", "*"),
            ("net_subscribers", "*"),
            ("opt_in_rate", "*"),
        },
        False,
    ),
    (
        "Accounting-of-disclosures summary by purpose (clean of people): a quarter's counts",
        {
            "Quarter": "2024-Q3",
            "Facility": "EVG-MAIN",
            "Purpose": "Public health - communicable disease reporting",
            "Disclosures": "312",
            "Patients": "298",
            "Avg Days to Log": "1.4",
        },
        set(),
        {
            ("Quarter", "*"),
            ("Facility", "*"),
            ("Purpose", ANY_ID),
            ("Disclosures", "*"),
            ("Patients", "*"),
            ("Avg Days to Log", "*"),
        },
        False,
    ),
    (
        "Kantara-like consent receipt (JSON): telehealth behavioural-health consent",
        {
            "version": "KI-CR-v1.1.0",
            "jurisdiction": "US-WA",
            "consentTimestamp": 1728488461,
            "collectionMethod": "web form",
            "consentReceiptID": "0f6e2a8c-41d3-4b7e-9c15-a2d8e7f3b096",
            "piiPrincipalId": "m.castellanos@live.com",
            "piiControllers": [
                {
                    "piiController": "Evergreen Health",
                    "contact": "Privacy Office",
                    "address": "12040 NE 128th St, Kirkland, WA 98034",
                    "email": "privacy@evergreenhealth.example.org",
                    "phone": "(425) 899-1000",
                }
            ],
            "services": [
                {
                    "service": "Telehealth therapy for anxiety and depression",
                    "purposes": [
                        {
                            "purpose": "Treatment and care coordination",
                            "purposeCategory": ["Core function"],
                            "consentType": "EXPLICIT",
                            "piiCategory": ["Contact details", "Health data"],
                        }
                    ],
                }
            ],
            "sensitive": True,
        },
        {("piiPrincipalId", "EMAIL"), ("services[0].service", "HEALTH")},
        {
            ("consentTimestamp", "*"),
            ("consentReceiptID", "*"),
            ("piiControllers[0].address", "*"),
            ("piiControllers[0].email", "*"),
            ("piiControllers[0].phone", "*"),
            ("version", "*"),
            ("jurisdiction", "*"),
        },
        True,
    ),
    (
        "Ketch-like consent webhook (JSON): email and GA identity, purposes, no health",
        {
            "organizationCode": "evergreen_health",
            "propertyCode": "website_smart_tag",
            "environmentCode": "production",
            "jurisdictionCode": "us_wa_mhmd",
            "identities": {
                "email": "rkapoor.design@gmail.com",
                "_ga": "GA1.1.2091847356.1727913300",
            },
            "purposes": {
                "analytics": {"allowed": "granted", "legalBasisCode": "consent_optin"},
                "behavioral_advertising": {"allowed": "denied", "legalBasisCode": "consent_optin"},
            },
            "collectedAt": 1728561222,
        },
        {("identities.email", "EMAIL"), ("identities._ga", "ONLINE_ID")},
        {
            ("organizationCode", "*"),
            ("propertyCode", "*"),
            ("jurisdictionCode", "*"),
            ("purposes.analytics.allowed", "*"),
            ("collectedAt", "*"),
        },
        False,
    ),
    (
        "GPC / Do Not Sell opt-out log (server JSON): full IP, GA client id, psychiatry page",
        {
            "received": "2024-10-10T03:44:19.220Z",
            "ip": "174.21.97.203",
            "user_agent": UA_WIN,
            "sec_gpc": "1",
            "action": "opt_out_sale_share",
            "ga_client_id": "1518823904.1728531122",
            "page": "https://www.evergreenhealth.example.org/find-a-doctor/psychiatry?"
            "condition=bipolar-disorder",
            "honored": True,
        },
        {
            ("ip", "IP_ADDRESS"),
            ("ga_client_id", "ONLINE_ID"),
            ("page", "HEALTH"),
        },
        {("received", "*"), ("user_agent", "*"), ("sec_gpc", "*"), ("action", "*")},
        True,
    ),
    (
        "WordPress-like personal data request (wp_posts row): export request, no health",
        {
            "ID": "90412",
            "post_author": "0",
            "post_title": "fernando.quiroga@gmail.com",
            "post_name": "3b9e0c1f5a7d2e4b6c8a0f1d3e5b7c9a",
            "post_status": "request-pending",
            "post_type": "user_request",
            "post_content": "",
            "post_date_gmt": "2024-10-05 17:29:43",
            "request_action_name": "export_personal_data",
        },
        {("post_title", "EMAIL")},
        {
            ("ID", "*"),
            ("post_author", "*"),
            ("post_status", "*"),
            ("post_type", "*"),
            ("post_date_gmt", "*"),
            ("request_action_name", "*"),
        },
        False,
    ),
    (
        "MyChart-like communication preferences export (CSV): pregnancy updates opted in",
        {
            "MRN": "E2771540",
            "Patient Name": "Nguyen, Thao T",
            "Appointment Reminders": "Text",
            "Test Results": "Email",
            "Health Maintenance Reminders": "Email",
            "Pregnancy Updates": "Opted in - weekly",
            "Mobile": "(425) 530-6681",
            "Email": "thao.nguyen1991@gmail.com",
            "Last Updated": "10/02/2024 20:14",
        },
        {
            ("MRN", "MRN"),
            ("Patient Name", "NAME"),
            ("Pregnancy Updates", "HEALTH"),
            ("Mobile", "PHONE"),
            ("Email", "EMAIL"),
        },
        {
            ("Appointment Reminders", "*"),
            ("Test Results", "*"),
            ("Last Updated", "*"),
        },
        True,
    ),
    (
        "Mailchimp-like audience export (CSV): heart-health interest group, opt-in IP",
        {
            "Email Address": "bev.thornquist@frontier.com",
            "First Name": "Beverly",
            "Last Name": "Thornquist",
            "Heart Health": "Heart Failure Support, Cardiac Rehab Classes",
            "MEMBER_RATING": "3",
            "OPTIN_TIME": "2024-09-27 15:02:11",
            "OPTIN_IP": "50.35.142.77",
            "CONFIRM_TIME": "2024-09-27 15:03:40",
            "CONFIRM_IP": "50.35.142.77",
            "GMTOFF": "-8",
            "LEID": "118204958",
            "EUID": "a4c9e07f12",
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Heart Health", "HEALTH"),
            ("OPTIN_IP", "IP_ADDRESS"),
            ("CONFIRM_IP", "IP_ADDRESS"),
        },
        {
            ("MEMBER_RATING", "*"),
            ("OPTIN_TIME", "*"),
            ("CONFIRM_TIME", "*"),
            ("GMTOFF", "*"),
        },
        True,
    ),
    (
        "CPRA right-to-correct request (OneTrust-like webform JSON): a wrong diagnosis",
        {
            "requestType": "Correct",
            "regulation": "CPRA",
            "dateReceived": "2024-10-08",
            "firstName": "Ambrose",
            "lastName": "Takahashi",
            "email": "a.takahashi@sbcglobal.net",
            "zipCode": "94611",
            "description": "Your marketing profile and the mailers you send me say I am "
            "diabetic. I have never had diabetes; please correct it and stop the mail.",
            "isAuthorizedAgent": "No",
        },
        {
            ("firstName", "NAME"),
            ("lastName", "NAME"),
            ("email", "EMAIL"),
            ("zipCode", "ZIP_CODE"),
            ("description", "HEALTH"),
        },
        {("requestType", "*"), ("regulation", "*"), ("dateReceived", "*")},
        True,
    ),
    (
        "DataGrail-like deletion fulfilment log (CSV): per system, hashed requester email",
        {
            "request_id": "dg_req_7Hq2Lx9Pz",
            "requester_email_sha256": _sha("cwallingford@yahoo.com"),
            "system": "Meta Conversions API",
            "action": "Deleted",
            "records_affected": "14",
            "completed_at": "2024-10-15T08:30:12Z",
            "operator": "auto",
        },
        {("requester_email_sha256", "HASHED_ID")},
        {
            ("system", "*"),
            ("action", "*"),
            ("records_affected", "*"),
            ("completed_at", "*"),
            ("operator", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "HIPAA authorization (e-signed intake form JSON): release to a life insurer": (
        set(),
        {("expirationDate", "DATE")},
        set(),
        "``expiration`` says a date is an offer's, a card's or a document's validity "
        "(detectors/dates.py's off-person words), and the rehab and autism probes leave an "
        "authorisation's start and end unscored; the patient's own signature date stays a "
        "DATE, as tests/test_behavioral_health.py's Part 2 consent ``signed_date`` is. The "
        "blind expectation was stricter than the project",
    ),
}

#: ``name -> (still open, why)``.
_OPEN: dict[str, tuple[set, str]] = {}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_consent_privacy_requests_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decision applied): a change that loses recall or precision on
#: consent-management and privacy-rights exports fails here. Before the work, blind:
#: SHAPES 6 misses / 11 false / 14 wrong of 30, HELD_OUT 1 / 2 / 3 of 10.
FLOORS = ShapeTotals(expected=102, misses=0, false=0, wrong=0)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
