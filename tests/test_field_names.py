"""The field-name classifier (profile_path) and the whole-value ``field_name`` detector."""

from __future__ import annotations

import hashlib
import random
import re

import pyarrow as pa
import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors import field_names as fn
from detectors.chunk_profiles import profile_paths
from detectors.context import path_words
from detectors.field_names import parse_date, profile_path

N, S, F = None, "system", "free"

# path -> expected entity, and which flag (system / free text) is set, if any.
PROFILES = [
    # Adobe Experience Platform's identityMap: each namespace's ``id`` is what the namespace
    # names, an unknown namespace a person's identity all the same; its flags are not ids
    ("events[0].xdm.identityMap.ECID[0].id", "ONLINE_ID", N),
    ("xdm.identityMap.Email[0].id", "EMAIL", N),
    ("xdm.identityMap.Phone[0].id", "PHONE", N),
    ("xdm.identityMap.Email_LC_SHA256[0].id", "HASHED_ID", N),
    # a loyalty programme's number is a member's account (retail pharmacy probe)
    ("xdm.identityMap.loyaltyNumber[0].id", "ACCOUNT_NUMBER", N),
    ("xdm.identityMap.acmeShopperKey[0].id", "ONLINE_ID", N),
    ("xdm.identityMap.ECID[0].authenticatedState", N, N),
    # an ESP event export's bare ``sent`` is the send's stamp, as ``sent_at`` is
    ("sent", N, S),
    ("sent_count", N, S),
    ("xdm.identityMap.ECID[0].primary", N, N),
    ("xdm.productListItems[0].id", N, S),
    # Adobe's visitor-id cookies by name (Web SDK and Visitor API); their siblings are not
    ("meta.state.entries.kndctr_5B3A1234567890ABCD012345_AdobeOrg_identity.value", "ONLINE_ID", N),
    ("meta.state.entries.kndctr_5B3A1234567890ABCD012345_AdobeOrg_cluster.value", N, N),
    ("AMCV_5B3A1234567890ABCD012345%40AdobeOrg", "ONLINE_ID", N),
    ("AMCVS_5B3A1234567890ABCD012345%40AdobeOrg", N, N),
    # identity resolution's stitched person (Segment's merge ``canonical_id``, RudderStack's
    # ``rudder_id``, Amperity's ``amperity_id``) and mParticle's Android ID type; a page's
    # ``$canonical_identifier`` (Branch) and ``canonical_url`` are no person's
    ("canonical_id", "ONLINE_ID", N),
    ("rudder_id", "ONLINE_ID", N),
    ("amperity_id", "ONLINE_ID", N),
    ("device_identities.android_uuid.value", "DEVICE_ID", N),
    ("$canonical_identifier", N, N),
    ("canonical_url", N, N),
    # FullStory's data export: the person's ids; its session and page ids are machine ids
    ("IndvId", "ONLINE_ID", N),
    ("UserAppKey", "ONLINE_ID", N),
    ("SessionId", N, S),
    ("PageId", N, S),
    # a cookie-consent id in OneTrust's cookie is one browser's; a lead seller's consent
    # record id and a receipt's own number are not
    ("cookies.OptanonConsent?consentId", "ONLINE_ID", N),
    ("consent_id", N, S),
    ("consentId", N, S),
    ("receiptId", N, S),
    # consent, sign-up and join stamps are bookkeeping, not dates of care
    ("consentDate", N, S),
    ("Consent date", N, S),
    ("joindate", N, S),
    ("date_joined", N, S),
    ("attributes.signed_up", N, S),
    ("appointment_date", "DATE", N),
    # fundraising CRMs and grateful-patient files: the constituent, donor and honoree are
    # people; Epic's abbreviated admission and discharge stamps are dates of care; record
    # bookkeeping, an event sign-up and an extract's run are machine times; the
    # foundation's own contact block on a letter is the organisation's
    ("Constituent ID", "OTHER_ID", N),
    ("email.address", "EMAIL", N),
    ("emails[0].address", "EMAIL", N),
    ("address.address_lines", "LOCATION", N),
    ("constituent_id", "OTHER_ID", N),
    ("donor_id", "OTHER_ID", N),
    ("Constituent Name", "NAME", N),
    ("Donor Name", "NAME", N),
    ("tributee.name", "NAME", N),
    ("acknowledgees[0].name", "NAME", N),
    ("npsp__Honoree_Name__c", "NAME", N),
    ("Lookup ID", N, S),
    ("HOSP_ADMSN_TIME", "DATE", N),
    ("HOSP_DISCH_TIME", "DATE", N),
    ("ADM_DATE_TIME", "DATE", N),
    ("Date Added", N, S),
    ("date_added", N, S),
    ("completed_date", N, S),
    ("Registration Date", N, S),
    ("extract_run", N, S),
    ("Report Run Date", N, S),
    ("Organization Address", N, S),
    ("Organization Phone", N, S),
    ("Remit To Address Line 1", N, S),
    ("foundation_email", N, S),
    ("Organization Name", N, N),
    ("company_address", "LOCATION", N),
    ("business_phone", "PHONE", N),
    ("GL Account", N, N),
    ("gl_account_number", N, N),
    ("bank_account_number", "ACCOUNT_NUMBER", N),
    # lead generation: consent certificates, a mass-tort claimant, the seller's TCPA text
    # and a pay-per-call inbound number (machine fields), a lead's own record id
    ("leadid_token", "ONLINE_ID", N),
    ("universal_leadid", "ONLINE_ID", N),
    ("Request.Meta.LeadiDToken", "ONLINE_ID", N),
    ("xxTrustedFormCertUrl", "ONLINE_ID", N),
    ("Jornaya_Lead_ID", "ONLINE_ID", N),
    ("gcl_id", "ONLINE_ID", N),
    ("claimant_name", "NAME", N),
    ("plaintiff.name", "NAME", N),
    ("claim_name", N, N),
    ("injured_party_name", "NAME", N),
    ("Decedent Name", "NAME", N),
    ("party_size", N, N),
    ("tcpa_consent_text", N, S),
    ("consent_language", N, S),
    ("consent", N, N),
    ("inboundPhoneNumber", N, S),
    ("inbound_calls", N, N),
    ("lead_id", "OTHER_ID", N),
    ("lead_token", N, N),
    # identifiers whose key ends like a machine field are never system fields
    ("card_number", "CREDIT_CARD", N),
    ("routing_number", "ACCOUNT_NUMBER", N),
    ("passport_number", "OTHER_ID", N),
    ("NPI", "OTHER_ID", N),
    ("group_number", N, N),
    # a patient portal's account of the patient and its one-time activation code
    ("user.mychart_id", "OTHER_ID", N),
    ("WPR_ID", "OTHER_ID", N),
    ("fields.activation_code", "OTHER_ID", N),
    ("portalId", N, S),  # HubSpot's portal is the advertiser's account
    ("gift_card_number", N, N),
    ("order_number", N, S),
    # content that starts like a machine field
    ("items[0].item_name", N, N),
    ("event_params.utm_term.value.string_value", N, N),
    ("context.campaign.utm_campaign", N, S),
    # GA4 (key/value params are in the hint path)
    ("event_params.email.value.string_value", "EMAIL", N),
    ("event_params.first_name.value.string_value", "NAME", N),
    ("event_params.page_title.value.string_value", N, F),
    ("event_params.page_location.value.string_value", N, N),
    ("event_params.page_location.value.string_value?gclid", "ONLINE_ID", N),
    ("event_params.page_location.value.string_value?email", "EMAIL", N),
    ("event_params.page_location.value.string_value?utm_source", N, S),
    ("event_params.page_location.value.string_value?q", N, F),
    ("event_params.search_term.value.string_value", N, F),
    ("event_params.email.key", N, S),
    ("event_params.value.value.double_value", N, S),
    ("event_params.engagement_time_msec.value.int_value", N, S),
    ("event_params.ga_session_id.value.int_value", N, S),
    ("event_params.ga_session_number.value.int_value", N, S),
    ("user_properties.email.value.set_timestamp_micros", N, S),
    ("event_timestamp", N, S),
    ("event_date", N, S),
    ("event_previous_timestamp", N, S),
    ("user_first_touch_timestamp", N, S),
    ("event_server_timestamp_offset", N, S),
    ("event_bundle_sequence_id", N, S),
    ("stream_id", N, S),
    ("platform", N, S),
    ("event_name", N, S),
    ("batch_event_index", N, S),
    ("ga_session_id", N, S),
    ("user_pseudo_id", "ONLINE_ID", N),
    ("user_id", "ONLINE_ID", N),
    ("device.advertising_id", "DEVICE_ID", N),
    ("device.mobile_brand_name", N, N),
    ("device.is_limited_ad_tracking", N, S),
    ("geo.city", "LOCATION", N),
    ("geo.region", N, N),
    ("geo.country", N, N),
    ("collected_traffic_source.gclid", "ONLINE_ID", N),
    # Segment
    ("timestamp", N, S),
    ("sentAt", N, S),
    ("receivedAt", N, S),
    ("originalTimestamp", N, S),
    ("messageId", N, S),
    ("type", N, S),
    ("event", N, S),
    ("channel", N, S),
    ("version", N, S),
    ("context.library.name", N, S),
    ("context.library.version", N, S),
    ("integrations.All", N, S),
    ("anonymousId", "ONLINE_ID", N),
    ("userId", "ONLINE_ID", N),
    ("context.traits.email", "EMAIL", N),
    ("context.traits.name", "NAME", N),
    ("traits.firstName", "NAME", N),
    ("traits.address.street", "LOCATION", N),
    ("traits.address.city", "LOCATION", N),
    ("traits.address.postal_code", "ZIP_CODE", N),
    ("traits.address.state", N, N),
    ("traits.company.name", N, N),
    ("properties.name", N, N),
    ("properties.patient_name", "NAME", N),
    ("Google Click ID", "ONLINE_ID", N),  # Google Ads offline-conversion upload header
    ("Facebook ID", "ONLINE_ID", N),  # HubSpot/CRM social profile ids
    ("twitter_user_id", "ONLINE_ID", N),
    ("user_properties.crm_id.value.string_value", "OTHER_ID", N),  # GA4 user property
    ("hubspot_contact_id", "OTHER_ID", N),
    ("fields.your-name", "NAME", N),  # WordPress Contact Form 7's default name field
    ("answers.what_is_your_name", "NAME", N),  # form answers keyed by their question
    ("Patient's Name", "NAME", N),
    ("properties.value", N, S),
    ("context.ip", "IP_ADDRESS", N),
    ("context.device.id", "DEVICE_ID", N),
    ("context.device.advertisingId", "DEVICE_ID", N),
    ("context.page.title", N, F),
    ("context.page.search", N, F),
    ("context.page.url", N, N),
    ("context.userAgent", N, S),
    # Meta Conversions API
    ("user_data.em[0]", "EMAIL", N),
    ("data[0].user_data.em[0]", "EMAIL", N),
    ("user_data.ph[0]", "PHONE", N),
    ("user_data.fn", "NAME", N),
    ("user_data.ln", "NAME", N),
    ("user_data.db", "DATE", N),
    ("user_data.ct", "LOCATION", N),
    ("user_data.zp", "ZIP_CODE", N),
    ("user_data.st", N, N),
    ("user_data.ge", N, N),
    ("user_data.country", N, N),
    ("user_data.external_id[0]", "ONLINE_ID", N),
    ("user_data.fbp", "ONLINE_ID", N),
    ("user_data.fbc", "ONLINE_ID", N),
    ("user_data.client_ip_address", "IP_ADDRESS", N),
    ("user_data.client_user_agent", N, S),
    ("https://www.facebook.com/tr/?ud[em]", "EMAIL", N),
    ("event_time", N, S),
    ("event_id", N, S),
    ("action_source", N, S),
    ("custom_data.value", N, S),
    ("custom_data.currency", N, S),
    ("custom_data.content_ids[0]", N, S),
    ("custom_data.order_id", N, S),
    # HubSpot CSV headers
    ("First Name", "NAME", N),
    ("Last Name", "NAME", N),
    ("Email", "EMAIL", N),
    ("Phone Number", "PHONE", N),
    ("Mobile Phone Number", "PHONE", N),
    ("Street Address", "LOCATION", N),
    ("City", "LOCATION", N),
    ("State/Region", N, N),
    ("Country/Region", N, N),
    ("Postal Code", "ZIP_CODE", N),
    ("Date of Birth", "DATE", N),
    ("Record ID", "OTHER_ID", N),
    ("IP City", "LOCATION", N),
    ("Create Date", N, S),
    ("Last Modified Date", N, S),
    ("Lifecycle Stage", N, S),
    ("Lead Status", N, S),
    ("Contact owner", N, S),
    ("Unsubscribed from all email", N, S),
    ("Marketing emails opened", N, S),
    ("Message", N, F),
    # Salesforce API names
    ("Id", "OTHER_ID", N),
    ("FirstName", "NAME", N),
    ("LastName", "NAME", N),
    ("MobilePhone", "PHONE", N),
    ("Birthdate", "DATE", N),
    ("MailingStreet", "LOCATION", N),
    ("MailingCity", "LOCATION", N),
    ("MailingPostalCode", "ZIP_CODE", N),
    ("MailingState", N, N),
    ("Medical_Record_Number__c", "MRN", N),
    ("CreatedDate", N, S),
    # a record's creation (Mindbody's client ``CreationDate``: fitness probe)
    ("CreationDate", N, S),
    ("creation_date", N, S),
    ("LastModifiedDate", N, S),
    ("SystemModstamp", N, S),
    ("IsDeleted", N, S),
    ("OwnerId", N, S),
    ("CreatedById", N, S),
    ("LeadSource", N, S),
    ("Description", N, F),
    ("Lead Description", N, F),
    # generic identifiers
    ("dob", "DATE", N),
    ("birth_date", "DATE", N),
    ("appointment_time", "DATE", N),
    ("admission_date", "DATE", N),
    ("discharge_date", "DATE", N),
    ("date_of_death", "DATE", N),
    ("ssn", "SSN", N),
    ("mrn", "MRN", N),
    ("member_id", "HEALTH_PLAN_ID", N),
    ("subscriber_id", "HEALTH_PLAN_ID", N),
    ("policy_number", "HEALTH_PLAN_ID", N),
    ("insurance_id", "HEALTH_PLAN_ID", N),
    ("medicare_id", "HEALTH_PLAN_ID", N),
    ("account_number", "ACCOUNT_NUMBER", N),
    ("drivers_license_number", "LICENSE_NUMBER", N),
    ("idfa", "DEVICE_ID", N),
    ("gaid", "DEVICE_ID", N),
    ("adid", "DEVICE_ID", N),
    ("mac_address", "DEVICE_ID", N),
    # a conferencing client's report of the participant's computer (Zoom's ``mac_addr``):
    # the network card's address, no street's; an access point's stays the venue's gear
    ("mac_addr", "DEVICE_ID", N),
    # Epic Clarity's provider columns (``PROV_``) in a visit report; a bare ``PROV_NAME``
    # is a province's as often
    ("VISIT_PROV_NAME", "NAME", N),
    ("PCP_PROV_NAME", "NAME", N),
    ("PROV_NAME", N, N),
    ("participants[0].mac_addr", "DEVICE_ID", N),
    ("ap_mac_addr", N, S),
    ("mailing_addr", "LOCATION", N),
    # a WebRTC configuration's TURN account is the platform's relay, not a person's login
    ("iceServers[1].username", N, S),
    ("ice_servers[0].credential", N, S),
    ("user.username", "ONLINE_ID", N),
    ("ip_address", "IP_ADDRESS", N),
    ("email_address", "EMAIL", N),
    ("e-mail", "EMAIL", N),
    ("fax", "FAX", N),
    ("fax_number", "FAX", N),
    ("cell", "PHONE", N),
    ("tel", "PHONE", N),
    ("ph", "PHONE", N),
    ("zip", "ZIP_CODE", N),
    ("Plus4", "ZIP_CODE", N),
    ("ZIP Plus 4", "ZIP_CODE", N),
    ("address1", "LOCATION", N),
    ("address.line2", "LOCATION", N),
    ("county", "LOCATION", N),
    ("patient_id", "OTHER_ID", N),
    ("hashed_email", "HASHED_ID", N),
    ("email_sha256", "HASHED_ID", N),
    # a list processor's or a clean room's person match key, a hashed patient key
    ("match_key_sha256", "HASHED_ID", N),
    ("MATCHKEY_MD5", "HASHED_ID", N),
    ("patient_hash", "HASHED_ID", N),
    ("_ga", "ONLINE_ID", N),
    ("purl", "ONLINE_ID", N),
    ("PURL_CODE", "ONLINE_ID", N),
    ("Personalized URL", "ONLINE_ID", N),
    ("_fbp", "ONLINE_ID", N),
    ("hubspotutk", "ONLINE_ID", N),
    ("ajs_anonymous_id", "ONLINE_ID", N),
    ("notes", N, F),
    ("symptoms", N, F),
    ("visit_reason", N, F),
    ("Reason for visit", N, F),
    ("How did you hear about us?", N, F),
    ("Insurance Member ID", "HEALTH_PLAN_ID", N),
    ("phones[0].value", "PHONE", N),
    ("custom_fields.email.value", "EMAIL", N),
    ("patient.name.first", "NAME", N),
    ("event_source_url", N, N),
    ("Number of Sessions", N, S),
    # hard negatives
    ("id", N, S),
    ("name", N, N),
    ("provider_name", "NAME", N),  # conservative: a named clinician next to a patient
    # senior living's resident, a hospital referral's case manager, home health's episode
    ("Resident", "NAME", N),
    ("Resident Name", "NAME", N),
    ("resident_last_name", "NAME", N),
    ("Referring Contact", "NAME", N),
    ("M0030_START_CARE_DT", "DATE", N),
    ("Start of Care Date", "DATE", N),
    ("SOC Date", "DATE", N),
    ("Resident Status", N, S),  # a status, not the resident
    ("Bereaved Name", "NAME", N),  # a hospice's bereavement mailing list
    ("Facility License #", N, N),  # the facility's own licence
    ("Agency License Number", N, N),
    ("Referring_Physician__c", "NAME", N),
    ("birth_year", N, N),
    ("company_name", N, N),
    ("product_name", N, N),
    ("display_name", N, N),
    ("file_name", N, N),
    ("page_name", N, N),
    ("utm_campaign", N, S),
    ("state", N, N),
    ("country", N, N),
    ("order_id", N, S),
    ("transaction_id", N, S),
    ("session_id", N, S),
    ("content_hash", N, S),
    ("file_sha256", N, S),
    # a mailer's own printed lines and a USPS facility's ZIP
    ("Return Address", N, S),
    ("RETURN_ADDR1", N, S),
    ("Postage Indicia", N, S),
    ("facility_zip", N, S),
    ("appointment_type", N, N),
    ("email_opt_in", N, N),
    ("age", N, N),
    # exports probed this session: Mixpanel, Zendesk, Intercom, LinkedIn CAPI, Pinterest,
    # Klaviyo, practice-management appointment exports
    ("properties.$name", "NAME", N),
    ("properties.name", N, N),
    ("requester.name", "NAME", N),
    ("source.author.name", "NAME", N),
    ("invitee.name", "NAME", N),
    # who sent an invitation: a partner-sharing invite's inviter (cycle tracking probe)
    ("inviter_name", "NAME", N),
    ("inviter.name", "NAME", N),
    ("Patient First", "NAME", N),
    ("Patient Last", "NAME", N),
    ("Ins Member #", "HEALTH_PLAN_ID", N),
    ("Member #", "HEALTH_PLAN_ID", N),
    # no plan member number; when the member joined is the account's bookkeeping, as a
    # ``date_joined`` is (field_names.COMMUNITY_STAMPS: Meetup's ``Member since``)
    ("Member Since", N, S),
    ("user.userIds.SHA256_EMAIL.idValue", "HASHED_ID", N),
    ("user.userIds.SHA256_EMAIL.idType", N, S),
    ("user.userIds.LINKEDIN_FIRST_PARTY_ADS_TRACKING_UUID.idValue", "ONLINE_ID", N),
    ("user_data.hashed_maids", "HASHED_ID", N),
    ("user_data.click_id", "ONLINE_ID", N),
    ("Klaviyo ID", "OTHER_ID", N),
    # spreadsheet headers: format hints in parentheses, "#" for number
    ("DOB (MM/DD/YYYY)", "DATE", N),
    ("SSN (last 4)", "SSN", N),
    ("Chart #", "MRN", N),
    ("Account #", "ACCOUNT_NUMBER", N),
    ("Medicare #", "HEALTH_PLAN_ID", N),
    ("Visit #", "OTHER_ID", N),
    ("Order #", N, S),
    ("Gift Card #", N, N),
    ("Addr Line 2", "LOCATION", N),
    ("Child's Name", "NAME", N),
    ("Parent/Guardian", "NAME", N),
    ("Policy Holder", "NAME", N),
    ("PCP", "NAME", N),
    ("DOS", "DATE", N),
    ("Baby Due Date", "DATE", N),
    ("Due Date", N, N),
    ("From Number", "PHONE", N),
    ("Caller ID", "PHONE", N),
    ("Mobile Ad ID", "DEVICE_ID", N),
    ("ad_id", N, S),
    ("date_start", N, S),
    # App Store Connect's sales report window and a sample's creation stamp as whole keys
    # (tests/test_cycle_tracking_apps.py); a fistula's creation is the patient's surgery
    ("Begin Date", N, S),
    ("creationDate", N, S),
    ("Creation Date", N, S),
    ("fistula_creation_date", N, N),
    # GA4's ad-platform structs: the advertiser's Google Ads account, not a customer
    ("session_traffic_source_last_click.google_ads_campaign.customer_id", N, S),
    ("session_traffic_source_last_click.cm360_campaign.account_id", N, S),
    ("customer_id", "OTHER_ID", N),
    # ad platforms' conversion and audience APIs (tests/test_ad_conversions_identity.py)
    ("context.user.phone_numbers[0]", "PHONE", N),  # TikTok offline events
    ("user_data.address[0].sha256_street", "HASHED_ID", N),  # GA4 Measurement Protocol
    ("context.ad.callback", "ONLINE_ID", N),  # TikTok Events API 1.x: the ttclid
    ("callback", N, N),
    ("ad.id", N, S),
    ("user.ext.eids[0].uids[0].id", "ONLINE_ID", N),  # OpenRTB 2.6 extended ids
    ("user.ext.eids[0].source", N, S),
    ("universal_uid", "ONLINE_ID", N),  # ID5
    ("Match Date", N, S),  # LiveRamp's match export: the vendor's match run
    ("collector_tstamp", N, S),  # Snowplow
    ("TimePeriod", N, S),  # Microsoft Ads report rows
    ("ct", "LOCATION", N),  # a Meta custom-audience column
    ("LAST_CHANGED", N, S),  # Mailchimp export columns
    ("EUID", "OTHER_ID", N),
    ("Date Submitted", N, S),  # a form's bookkeeping, not a date of the person's care
    ("Close Date", N, S),
    ("Preferred Date", N, N),  # an appointment request: still read
    ("treatment_start_date", N, N),
    ("mobilephone", "PHONE", N),  # HubSpot's internal property names run words together
    ("homephone", "PHONE", N),
    ("phone_type", N, N),
    ("ScCid", "ONLINE_ID", N),  # Snapchat's click id
    # practice-management and EHR export headers
    ("Ins Grp #", N, N),  # a group number: not a machine field, not a person's id either
    ("Referring MD", "NAME", N),
    ("Attending Dr", "NAME", N),
    ("Doctor", "NAME", N),
    ("find_a_doctor", N, N),
    ("DOD", "DATE", N),
    ("Appt Date/Time", "DATE", N),
    ("HPI", N, F),
    ("Apt/Suite", "LOCATION", N),
    # Spanish form headers, accents folded
    ("Nombre", "NAME", N),
    ("Apellidos", "NAME", N),
    ("Correo electrónico", "EMAIL", N),
    ("Teléfono", "PHONE", N),
    ("Fecha de nacimiento", "DATE", N),
    ("Código postal", "ZIP_CODE", N),
    ("Dirección", "LOCATION", N),
    ("Número de Seguro Social", "SSN", N),
    ("Motivo de la consulta", N, F),
    ("nombre del producto", N, N),  # only whole headers are read as Spanish
    ("¿Cuál es tu nombre completo?", "NAME", N),  # Typeform: a question asking for a value
    ("¿Cuál es su fecha de nacimiento?", "DATE", N),
    ("¿Cuál es el motivo de su visita?", N, F),
    ("Campaña", N, S),  # a campaign, as "Campaign" is: its dates are the campaign's
    # other languages' form headers (tests/test_multilingual.py)
    ("Họ và tên", "NAME", N),
    ("Ngày sinh", "DATE", N),
    ("Số điện thoại", "PHONE", N),
    ("Địa chỉ", "LOCATION", N),
    ("petsa_ng_kapanganakan", "DATE", N),
    ("Siyati", "NAME", N),
    ("Dat nesans", "DATE", N),
    ("姓名", "NAME", N),
    ("出生日期", "DATE", N),
    ("電話", "PHONE", N),
    ("이름", "NAME", N),
    ("생년월일", "DATE", N),
    ("Фамилия", "NAME", N),
    ("Дата рождения", "DATE", N),
    ("الاسم", "NAME", N),
    ("تاريخ الميلاد", "DATE", N),
    ("Non", N, N),  # Haitian "name", but as often a French or English "no" column
    ("产品名称", N, N),  # product name: only listed whole headers are read
    # survey, booking, chat, marketing-automation and session-replay exports
    ("What is your first name?", "NAME", N),  # Typeform: a question asking for a value
    ("And your last name?", "NAME", N),
    ("What is your date of birth?", "DATE", N),
    ("Who is your primary care physician?", "NAME", N),
    ("Do you have a primary care physician?", N, F),  # yes/no: "Not sure" is no name
    ("Is this your first visit?", N, F),
    ("Which medications are you currently taking?", N, F),
    ("Text Reminder Number", "PHONE", N),  # Calendly
    ("Reminder Sent", N, N),
    # DME and device exports: the order's parties, specialists, a captured DOB, a bare
    # Customer column; the supplier's and maker's own contact block; a recall's send stamp
    ("ShipTo Name", "NAME", N),
    ("Bill To Name", "NAME", N),
    ("audiologist", "NAME", N),
    ("Endocrinologist", "NAME", N),
    ("Customer", "NAME", N),
    ("order.customer", N, N),  # nested: an object's customer reference, not a column
    ("patient_dob_entered", "DATE", N),
    ("dob_confirmed", "DATE", N),
    ("supplier_phone", N, S),
    ("manufacturer.address", N, S),
    ("hq_address", N, S),
    ("Distribution Center Address", N, S),
    ("notice_sent", N, S),
    ("transmitter_id", "DEVICE_ID", N),
    # consumer genomics and DTC labs (tests/test_genomics_and_labs.py): an activated kit
    # and a specimen name one person's sample; a catalog's kit is a product
    ("kit_id", "OTHER_ID", N),
    ("Kit Barcode", "OTHER_ID", N),
    ("properties.Kit ID", "OTHER_ID", N),
    ("kit.barcode", "OTHER_ID", N),
    ("specimen_id", "OTHER_ID", N),
    ("kit_sku", N, S),
    ("product_kit_id", N, S),
    ("kit.version", N, S),
    # a genomic-testing order's specimen object (tests/test_oncology_infusion.py); a drug
    # rep's ``sample`` object is stock, not a person's sample
    ("specimen.id", "OTHER_ID", N),
    ("specimen.barcode", "OTHER_ID", N),
    ("sample.id", N, S),
    # a cancer centre's patient lodge and a partner's branch: where every guest goes
    ("lodge.address", N, S),
    ("lodge.phone", N, S),
    ("lodging_address", N, S),
    ("Y Branch", N, S),
    # a genetic counsellor is a clinician; a community's move-in counsellor is sales staff
    ("Counselor", "NAME", N),
    ("Genetic Counselor", "NAME", N),
    ("Move-In Counselor", N, N),
    # a home-dialysis patient's training nurse (tests/test_dialysis_kidney_care.py)
    ("training_nurse", "NAME", N),
    ("Primary Nurse", "NAME", N),
    ("salesCounselor", N, N),
    # a therapy practice's clinician, bare or as an object (tests/test_behavioral_health.py)
    ("Clinician", "NAME", N),
    ("Primary Therapist", "NAME", N),
    ("Alumni Name", "NAME", N),
    # an eating disorder programme's care team (tests/test_eating_disorder_programs.py);
    # a dietitian's notes or a roster's role column is no one's name
    ("Dietitian", "NAME", N),
    ("Aftercare Therapist", "NAME", N),
    ("nutritionist", "NAME", N),
    ("Dietitian Notes", N, F),
    # gender-affirming care and name-change clinics (tests/test_gender_affirming_lgbtq_health.py):
    # a chosen name and a petition's requested name are the person's; a support letter's
    # writer is the assessing clinician
    ("Chosen Name", "NAME", N),
    ("chosen_first_name", "NAME", N),
    ("Requested Name", "NAME", N),
    ("Letter Writer", "NAME", N),
    ("Letter Writer License #", "LICENSE_NUMBER", N),
    ("Letters Required", N, N),
    ("Gender Identity", N, N),
    ("Pronouns", N, N),
    ("psychologist", "NAME", N),
    ("therapist.name", "NAME", N),
    ("Physical Therapist Assistant Program", N, N),
    # rehabilitation and sports medicine (tests/test_rehab_therapy_clinics.py): the
    # clinician by discipline, the athlete by their part, a claim's ``claim_no``, an EMR's
    # patient key as a telehealth platform receives it; a trainer's certification is not
    ("Athletic Trainer", "NAME", N),
    ("Physical Therapist", "NAME", N),
    ("Chiropractor", "NAME", N),
    ("athletic_trainer_certification", N, N),
    # an ABA practice's supervising behaviour analyst (autism and early intervention
    # probe); the staff credential column says "BCBA", it names no one
    ("BCBA", "NAME", N),
    ("Supervising BCBA", "NAME", N),
    ("behavior_analyst", "NAME", N),
    ("BCBA Credential", N, N),
    # a chiropractic, acupuncture or massage practice's clinician (integrative probe); a
    # roster's practitioner type or credentials column names no one
    ("Practitioner", "NAME", N),
    ("Primary Practitioner", "NAME", N),
    ("Acupuncturist", "NAME", N),
    ("Massage Therapist", "NAME", N),
    ("Practitioner Type", N, N),
    ("practitioner_credentials", N, N),
    # a med spa's injector and laser technician on the client's treatment (medical spa
    # probe); the injector's commission or the technician's schedule names no one
    ("Injector", "NAME", N),
    ("Nurse Injector", "NAME", N),
    ("Technician", "NAME", N),
    ("Laser Tech", "NAME", N),
    ("Esthetician", "NAME", N),
    ("injector_commission", N, N),
    ("technician_schedule", N, N),
    # a refer-a-friend export's friend
    ("Referred Friend", "NAME", N),
    ("Friend Name", "NAME", N),
    ("Friend Count", N, S),
    ("Athlete", "NAME", N),
    ("claim_no", "OTHER_ID", N),
    ("data.patient_external_id", "OTHER_ID", N),
    ("external_id", "ONLINE_ID", N),
    # a treatment facility's own place and line, a patient's pharmacy's line
    ("Facility Address", N, S),
    ("facility_phone", N, S),
    # a lab's own draw site on an order confirmation
    ("psc_address", N, S),
    ("lab_phone", N, S),
    ("lab.address", N, S),
    ("Lab Email", N, S),
    # but the patient's specimen under a lab's word is read as ever: when it was drawn or
    # resulted is a DATE's place by its value
    ("lab_collected", N, N),
    ("Lab Collected Date", N, N),
    ("lab_date", N, N),
    ("lab.result", N, N),
    # a clinician column written as an object names its clinician
    ("ordering_provider.name", "NAME", N),
    ("referring_physician.name", "NAME", N),
    ("insurance_provider.name", N, N),
    ("PatientKey", "OTHER_ID", N),
    # veterinary exports: the vet, a licence roster's licensee, the pet's owner, a
    # microchip; the clinic's own line and place (not a clinic visit's date)
    ("vet_authorization.vet_name", "NAME", N),
    ("attending_vet", "NAME", N),
    ("Veterinarian", "NAME", N),
    ("Licensee Name", "NAME", N),
    ("Owner Name", "NAME", N),
    ("Microchip Number", "OTHER_ID", N),
    ("animal.microchip_number", "OTHER_ID", N),
    ("clinic_phone", N, S),
    ("vet_clinic_fax", N, S),
    ("site_phone", N, S),
    ("Hospital Address", N, S),
    ("clinic_visit_date", "DATE", N),
    ("patient_ref", "OTHER_ID", N),
    ("users[0].name", "NAME", N),  # LiveChat: a plural person parent
    ("attendees[1].name", "NAME", N),
    ("contact.attributes.name", "NAME", N),  # Drift: a person's attribute container
    ("contact.attributes.display_name", "NAME", N),
    ("user_properties.name", "NAME", N),  # Amplitude
    ("context.traits.name", "NAME", N),
    ("event.properties.name", N, N),  # an event's, not a person's
    ("properties.name", N, N),
    ("contact.company.name", N, N),
    ("products[0].name", N, N),
    ("items.name", N, N),
    ("app_user_properties.name", N, N),
    ("UserDisplayName", "NAME", N),  # FullStory
    ("displayName", N, N),
    ("SubscriberKey", "OTHER_ID", N),  # Salesforce Marketing Cloud
    ("ContactKey", "OTHER_ID", N),
    ("ExternalReference", "OTHER_ID", N),  # Qualtrics' panel id of the respondent
    ("uuid_c1", "ONLINE_ID", N),  # Snapchat CAPI's first-party cookie
    ("user_data.sc_cookie1", "ONLINE_ID", N),
    ("user.uuid", "ONLINE_ID", N),  # Reddit CAPI's _rdt_uuid
    ("usr.id", "ONLINE_ID", N),  # Datadog RUM's signed-in user
    ("usr.name", "NAME", N),
    ("enduser.id", "ONLINE_ID", N),  # OpenTelemetry (New Relic, Honeycomb)
    ("application.id", N, S),  # Datadog RUM's app, not a person
    ("session.id", N, S),
    ("event.uuid", N, S),
    ("identity", "ONLINE_ID", N),  # Heap
    ("identity_provider", N, N),
    ("Submit Date (UTC)", N, S),  # Typeform's bookkeeping
    ("RecordedDate", N, S),  # Qualtrics
    ("EventStart", N, S),  # FullStory
    # a patient's own words, often too short to pass as prose
    ("sms_reply", N, F),  # SMS replies
    ("Replies", N, F),
    ("hs_body_preview", N, F),  # HubSpot
    ("verbatim", N, F),  # survey open ends
    ("how_heard_other_please_specify", N, F),
    ("queryResult.utterance", N, F),  # chatbot logs
    ("Observaciones", N, F),
    ("reply_count", N, S),  # a count, not a reply
    # a person word then "name" as one key means what person.name does
    ("participants[0].participantName", "NAME", N),  # Genesys conversation details
    ("Reviewer Name", "NAME", N),  # Birdeye review export
    ("reviewer.displayName", "NAME", N),  # Google Business Profile reviews
    ("ParticipantDisplayName", "NAME", N),
    ("sender_name", "NAME", N),
    ("user_name", "ONLINE_ID", N),  # a login
    ("app_user_name", "ONLINE_ID", N),
    ("participant_name_count", N, S),
    ("page_name", N, N),
    ("googleaid", "DEVICE_ID", N),  # LinkedIn Matched Audiences template
    # Adobe Analytics data feed columns: the visitor id halves and the Experience Cloud id
    ("visid_high", "ONLINE_ID", N),
    ("post_visid_low", "ONLINE_ID", N),
    ("mcvisid", "ONLINE_ID", N),
    ("hitid_high", N, N),  # one hit, not a visitor
    # Epic Clarity columns abbreviate the patient as PAT_
    ("PAT_NAME", "NAME", N),
    ("PAT_FIRST_NAME", "NAME", N),
    ("PAT_ID", "OTHER_ID", N),
    ("PAT_ENC_CSN_ID", "OTHER_ID", N),
    ("ADD_LINE_1", "LOCATION", N),
    ("properties.$geoip_city_name", "LOCATION", N),  # PostHog geo-IP enrichment
    ("properties.$set.name", "NAME", N),  # PostHog / Mixpanel person properties
    ("properties.$set_once.name", "NAME", N),
    ("properties.set.name", N, N),
    ("data.identifiers.cio_id", "OTHER_ID", N),  # Customer.io
    # email service providers' per-recipient tokens in a link's query
    ("page_location?mkt_tok", "ONLINE_ID", N),  # Marketo
    ("request_uri?_kx", "ONLINE_ID", N),  # Klaviyo
    ("html?upn", "ONLINE_ID", N),  # SendGrid and Braze click tracking
    ("URL?sfmc_id", "ONLINE_ID", N),  # Marketing Cloud's Web Analytics Connector
    ("url?sfmc_sub", "ONLINE_ID", N),
    ("include_external_user_ids[0]", "ONLINE_ID", N),  # OneSignal
    ("upn_version", N, S),
    ("stock_kx_ratio", N, N),
    # JSON:API linkage: the owner of ``data.id`` is the key above ``data``
    ("relationships.profile.data.id", "OTHER_ID", N),  # Klaviyo event -> its profile
    ("relationships.metric.data.id", N, S),
    ("contacts.contacts[0].id", "OTHER_ID", N),  # Intercom conversation's contacts
    # a time-zone tail does not hide a machine timestamp; a person's date keeps its entity
    ("start_time_local", N, S),  # Invoca
    ("time_iso8601", N, S),  # nginx's log variable
    ("sent_at_utc", N, S),
    ("appointment_time_local", N, N),
    # a zone tail makes any key without an entity a clock (Statsig's exposures); a
    # person's date keeps its word, and ``local`` alone does not make a clock
    ("first_exposure_utc", N, S),
    ("assigned_gmt", N, S),
    ("dob_utc", N, N),  # not a clock: a birth word keeps it read by the date family
    ("exposure_date", N, N),
    # experimentation and personalisation platforms' visitor ids
    ("id.tntId", "ONLINE_ID", N),  # Adobe Target's delivery API
    ("mbox3rdPartyId", "ONLINE_ID", N),
    ("dyid", "ONLINE_ID", N),  # Dynamic Yield's cookies
    ("dyid_server", "ONLINE_ID", N),
    ("events[0].user.customIDs.stableID", "ONLINE_ID", N),  # Statsig
    ("user.key", "ONLINE_ID", N),  # LaunchDarkly's user object, a flag evaluation log
    ("context.user.key", "ONLINE_ID", N),  # a multi-context's user
    ("context.organization.key", N, S),  # ... and its tenant
    ("context.device.key", "DEVICE_ID", N),  # ... and its device (LaunchDarkly mobile)
    ("devices[0].key", N, S),
    ("request_url?mboxPC", "ONLINE_ID", N),  # Adobe Target's at.js visitor id
    ("user_properties[0].key", N, S),  # a key/value pair's name leaf
    ("users[0].key", N, S),
    ("id.customerIds[0].id", "OTHER_ID", N),  # Adobe Target's signed-in customer ids
    ("id.customerIds[0].integrationCode", N, N),
    ("stable_version_id", N, S),
    # Braze user export: first/last occurrence of an event or a purchase
    ("custom_events[0].first", N, S),
    ("purchases[0].last", N, S),
    ("answer.first", N, N),
    # a form's name and address fields split into parts (Cognito, Gravity Forms CSV)
    ("Name_First", "NAME", N),
    ("Name_Last", "NAME", N),
    ("Name (First)", "NAME", N),
    ("Name (Last)", "NAME", N),
    ("Address (ZIP / Postal Code)", "ZIP_CODE", N),
    ("Address (City)", "LOCATION", N),
    ("Address (State / Province)", N, N),  # a state is no Safe Harbor identifier
    ("Address (Country)", N, N),
    ("DOB (MM/DD/YYYY)", "DATE", N),  # a format hint still drops out
    ("campaign_name_first", N, S),
    ("Page Name (First)", N, N),
    # a survey's contact-information question, split into sub-columns (SurveyMonkey)
    ("Please share your contact information - Name", "NAME", N),
    ("Contact Information - Name", "NAME", N),
    ("Please share your contact information - Company", N, N),
    # a labelled form answer's parts (Jotform's full name, read under its question)
    ("answers.Patient Name.value.first", "NAME", N),
    ("answers.Patient Name.value.last", "NAME", N),
    ("answers.Date of Birth.value.year", N, N),
    ("answers.Page Name.value.first", "NAME", N),
    # ELT loaders' bookkeeping columns: when the row was copied, not a person's date
    ("_fivetran_synced", N, S),
    ("_airbyte_emitted_at", N, S),
    ("_sdc_extracted_at", N, S),
    ("loaded_at", N, S),
    ("time_stamp", N, S),  # Fivetran's connector log
    # when a consent or CRM interaction was recorded (OneTrust, Health Cloud)
    ("interactionDate", N, S),
    # FHIR's clinical event times are dates of care, not machine timestamps
    ("onsetDateTime", "DATE", N),
    ("performedDateTime", "DATE", N),
    ("effectiveDateTime", "DATE", N),
    ("symptom_onset_date", "DATE", N),
    ("diagnosis_date", "DATE", N),
    ("performed_at", N, S),  # an event log's
    ("effective_date", N, N),  # a policy's or a price's: left to the value
    ("Last_Interaction_Date__c", N, S),
    # a person word then ``id`` is that person's record id; a thing's or a tree's is not
    ("requester_id", "OTHER_ID", N),  # Zendesk ticket (Stitch lands it flat)
    # a survey's respondent id numbers a response, not a person (SurveyMonkey)
    ("RespondentId", N, S),
    ("Respondent ID", N, S),
    ("participant_id", "OTHER_ID", N),
    ("parent_id", N, S),
    ("shipping_id", N, S),
    ("campaign_recipient_id", N, S),
    ("app_user_id", "ONLINE_ID", N),
    # vendors' person and visitor ids
    ("MPID", "ONLINE_ID", N),  # mParticle, upper-cased by Snowflake
    ("vid", "ONLINE_ID", N),  # Microsoft UET beacon
    ("DEVICE_APPLICATION_STAMP", "DEVICE_ID", N),  # mParticle's per-install id
    # a connector's ``__`` flattens a nested object: read as the path it was
    ("via__source__from__address", "EMAIL", N),  # Zendesk ticket landed by Stitch
    ("via__source__from__name", N, N),  # left to person_records (beside the address)
    ("traits__name", "NAME", N),
    ("user_data__em", "EMAIL", N),
    # Meta's user_data keys flattened with one underscore by a log pipeline
    ("user_data_em", "EMAIL", N),
    ("ud_ph", "PHONE", N),
    ("user_data_action", N, N),
    ("HealthCloudGA__MedicalRecordNumber__c", "MRN", N),  # a namespace, then __c
    ("__hstc", "ONLINE_ID", N),  # a leading ``__`` is not a separator
    # a message's parties have email addresses; a shipment's have street addresses
    ("from.address", "EMAIL", N),
    ("ship_to.address", "LOCATION", N),
    # Pardot (Account Engagement) calls its leads prospects
    ("Prospect Id", "OTHER_ID", N),
    ("prospectId", "OTHER_ID", N),
    ("prospect.email", "EMAIL", N),
    # Mailchimp's email_id and subscriber_hash are MD5s of the address (only digests reported)
    ("email_id", "HASHED_ID", N),
    ("subscriber_hash", "HASHED_ID", N),
    ("emailId", "HASHED_ID", N),
    # email platforms' engagement stamps are machine time
    ("Last Open", N, S),
    ("Last Click", N, S),
    ("first_opened", N, S),
    ("Unique Clicks", N, S),
    ("DateSent", N, S),
    ("SentDate", N, S),
    # Braze's user export: when a campaign or canvas step was last received or entered
    ("campaigns_received[0].last_received", N, S),
    ("canvases_received[0].last_received_message", N, S),
    ("canvases_received[0].last_entered", N, S),
    ("canvases_received[0].steps_received[0].last_received", N, S),
    ("campaigns_received[0].name", N, N),
    # call tracking: the caller's number is a PHONE, the practice's tracking numbers are not
    ("caller_number_format", "PHONE", N),  # CallTrackingMetrics
    ("caller_id_number", "PHONE", N),  # PBX CDRs: a machine "*_number" otherwise
    ("callerIdNumber", "PHONE", N),
    ("ani_number", "PHONE", N),
    ("recipient_number", "PHONE", N),
    ("phone_number_e164", "PHONE", N),
    ("customer_phone_e164", "PHONE", N),
    ("cnam", "NAME", N),
    ("external_number", "PHONE", N),  # Dialpad
    ("internal_number", N, S),
    ("raw_digits", "PHONE", N),  # Aircall
    ("Number", N, N),  # a call log's column: the phone pattern reads it
    ("order.number", N, S),
    ("caller_id_name", "NAME", N),
    ("callerzip", "ZIP_CODE", N),  # CallRail's legacy webhook runs keys together
    ("callercity", "LOCATION", N),
    ("tracking_phone_number", N, S),  # CallRail
    ("formatted_tracking_phone_number", N, S),
    ("trackingnum", N, S),
    ("destinationnum", N, S),
    ("tracking_numbers[1]", N, S),
    ("tracking_number_format", N, S),  # CallTrackingMetrics
    ("promo_number", N, S),  # Invoca
    ("Invoca_Promo_Number__c", N, S),
    ("destination_phone_number", N, S),
    ("Receiving Number", N, S),
    ("business_phone_number", "PHONE", N),  # a CRM contact's work line as often
    ("dnis", "PHONE", N),  # the patient's on an outbound call
    # a message's, a turn's, a call's own id is no person's
    ("messages[0].uid", N, S),
    ("turns[2].id", N, S),
    ("uid", "ONLINE_ID", N),
    ("user.uid", "ONLINE_ID", N),
    # the practice's agents and staff are not the patient
    ("assigned_user.name", N, N),
    ("agent.name", N, N),
    ("contact.name", "NAME", N),
    # a staff member's name key is the practice's too (LivePerson's ``latestAgentFullName``)
    ("info.latestAgentFullName", N, N),
    ("agent_first_name", N, N),
    ("patient_first_name", "NAME", N),
    # chatbot and voicebot logs: a system prompt is the clinic's configuration, a message's
    # ``received`` its arrival time, a Lex slot's heard and resolved forms its slot's value,
    # a symptom checker's ``age.value`` the age (an unexplained top-level ``value`` is an
    # amount)
    ("messages.system_prompt.content", N, S),
    ("messages.system_prompt.content.text", N, S),
    ("system_prompt", N, S),
    ("prompt_template", N, S),
    ("system", N, S),  # Anthropic's Messages API log
    ("instructions", N, S),  # an OpenAI Assistants run
    ("special_instructions", N, N),
    ("closingResponse.messageGroups[0].message.plainTextMessage.value", N, S),
    ("metadata.system.ip_address", "IP_ADDRESS", N),
    ("events[0].payload.message.received", N, S),
    ("received_at", N, S),
    ("interpretations[0].intent.slots.FirstName.value.interpretedValue", "NAME", N),
    ("sessionState.intent.slots.LastName.value.originalValue", "NAME", N),
    ("age.value", N, N),
    ("properties.value", N, S),
    # a booking's start is the visit's date; its bookkeeping times stay machine times
    ("appointment.starts_at", "DATE", N),
    ("booking.start_time", "DATE", N),
    ("appointment.start", "DATE", N),
    ("appointment.created_at", N, S),
    ("visit.start_time", N, S),  # a web visit
    ("payload.scheduled_event.start_time", "DATE", N),  # Calendly's booked meeting
    ("payload.scheduled_event.created_at", N, S),
    ("event.start_time", N, S),
    # a booking's kind is the care booked ("MRI"), not Segment's call type
    ("appointment.type", N, N),
    ("appointments[0].type", N, N),
    ("event.type", N, S),
    # application and cluster logs: the log line's own clock and the cluster's objects
    ("asctime", N, S),  # Python logging
    ("relativeCreated", N, S),
    ("msecs", N, S),
    ("involvedObject.uid", N, S),  # a Kubernetes event's pod
    ("metadata.ownerReferences[0].uid", N, S),
    ("regarding.uid", N, S),
    ("uid", "ONLINE_ID", N),  # a top-level uid is still a visitor cookie
    # Mixpanel's ``$``-reserved activity stamp is the tool's; a clinic report's "Last Seen"
    # (the date a patient was last seen) is no machine field
    ("$properties.$last_seen", N, S),
    ("Last Seen", N, N),
    ("last_seen_date", N, N),
    # an app's or a portal's last use is its activity stamp, as ``$last_seen`` is
    # (a dating app's profile export, tests/test_sexual_health_prep.py)
    ("last_active", N, S),
    ("profile.last_login_at", N, S),
    ("Last Sign In Date", N, S),
    ("last_visit_date", "DATE", N),  # the patient's last visit stays theirs
    # a column headed just "Patient" in a scheduling report
    ("Patient", "NAME", N),
    ("patient.first_name", "NAME", N),
    # Veeva CRM's namespace drops out: ``Sent_Date_vod__c`` is a send stamp, ``NPI_vod__c``
    # an NPI under the ``Account_vod__r`` relationship
    ("Sent_Date_vod__c", N, S),
    ("Account_vod__r.NPI_vod__c", "OTHER_ID", N),
    # FHIR's clinical event times need their tail: ``effective`` alone is a plan's or a price's
    ("Observation.effectiveDateTime", "DATE", N),
    ("Alignment Effective", N, N),
    ("performed", N, N),
    # pharma hubs: the prescriber, a brand site's HCP, an AE intake's patient initials
    ("Prescriber_Name__c", "NAME", N),
    ("properties.hcp_name", "NAME", N),
    ("Patient Initials", "NAME", N),
    # a co-pay card's id is the patient's number in the programme; its BIN is not
    ("Card ID", "ACCOUNT_NUMBER", N),
    ("card.card_id", "ACCOUNT_NUMBER", N),
    ("Copay Card Number", "ACCOUNT_NUMBER", N),
    ("copay_card_bin", N, N),
    ("gift_card_id", N, N),
    ("patient_token", "HASHED_ID", N),
    # a clinician object names its clinician; an insurance or identity provider is a thing
    ("prescriber.name", "NAME", N),
    ("provider.name", N, N),
    ("Formatted_Name_vod__c", "NAME", N),
    ("Reporter", "NAME", N),
    ("Reporter Type", N, N),
    # a guard shift roster's officer; an officer's title, badge or count is no name
    ("Officer", "NAME", N),
    ("Security Officer", "NAME", N),
    ("Officer Title", N, F),
    ("Officer Badge", N, N),
    # RADIUS accounting: the client's MAC, and the network's own gear (a splash log's AP)
    ("Calling-Station-Id", "DEVICE_ID", N),
    ("Called-Station-Id", N, S),
    ("NAS-IP-Address", N, S),
    ("apMac", N, S),
    ("clientMac", "DEVICE_ID", N),
    # a hospital unit's own line in a unit directory; a patient's phone stays one
    ("nurse_station_phone", N, S),
    ("Front Desk Phone", N, S),
    # a visitor system's visitor and a parking permit's holder by the bare word
    ("Visitor", "NAME", N),
    ("Holder", "NAME", N),
    ("Permit Holder", "NAME", N),
    ("Visitor Type", N, N),
    # an adverse-event report's reporter object and column (a VAERS-like form's
    # ``reporter.name``, tests/test_vaccine_clinics_immunization.py); its id is a
    # tracker's user key (Jira's ``reporter.accountId``), no person's record id
    ("reporter.name", "NAME", N),
    ("Reporter Name", "NAME", N),
    ("reporter_id", N, S),
    ("reporter.accountId", N, N),
    # a pharmacy's fill dates, however abbreviated
    ("DISP_DT", "DATE", N),
    ("NEXT_FILL_DT", "DATE", N),
    ("date_filled", "DATE", N),
    ("disp_qty", N, N),
    ("refill_count", N, S),
    # payments: a card's fingerprint is the processor's code for its number; its last4,
    # BIN and expiry are not identifiers; the cardholder's name is a NAME
    ("payment_method_details.card.fingerprint", "OTHER_ID", N),
    ("Card Fingerprint", "OTHER_ID", N),
    # an employer's number for the employee (wellness, EAP and benefits vendors, payroll
    # incentive files); an agent's or an owner's is the practice's workforce
    ("Employee ID", "OTHER_ID", N),
    ("member.employee_number", "OTHER_ID", N),
    ("EmpID", "OTHER_ID", N),
    ("EEID", "OTHER_ID", N),
    ("agent_employee_id", N, S),
    ("owner_employee_number", N, S),
    ("number_of_employees", N, S),
    # recruiting, HR and credentialing exports: the candidate's, the employee's, the
    # provider's own name and ids; a licence object's number
    ("Candidate", "NAME", N),
    ("Worker", "NAME", N),
    ("Associate", "NAME", N),
    ("Applicant", "NAME", N),
    ("Resident", "NAME", N),
    # legal intake and settlement exports: the claimant, the plaintiff, the decedent and a
    # call-centre sheet's caller; an attorney's bar number is a professional licence
    ("Claimant", "NAME", N),
    ("plaintiff", "NAME", N),
    ("Decedent", "NAME", N),
    ("Caller", "NAME", N),
    # a support programme's enrolment list and a foundation's gift report
    # (tests/test_oncology_infusion.py)
    ("Enrollee", "NAME", N),
    ("Donor", "NAME", N),
    ("Volunteer", "NAME", N),
    ("Bar Number", "LICENSE_NUMBER", N),
    ("state_bar_number", "LICENSE_NUMBER", N),
    ("Bar No.", "LICENSE_NUMBER", N),
    ("toolbar_id", N, S),
    ("progress_bar", N, N),
    ("candidate.first_name", "NAME", N),
    ("Candidate Name", "NAME", N),
    ("Employee Name", "NAME", N),
    ("Employee's Name", "NAME", N),
    ("employee.name", "NAME", N),
    ("Nurse Name", "NAME", N),
    ("Person Full Name: First Last", "NAME", N),
    ("Candidate ID", "OTHER_ID", N),
    ("candidate.id", "OTHER_ID", N),
    ("employee.id", "OTHER_ID", N),
    ("Associate ID", "OTHER_ID", N),
    ("CAQH Provider ID", "OTHER_ID", N),
    ("license.number", "LICENSE_NUMBER", N),
    ("licenses[0].number", "LICENSE_NUMBER", N),
    ("agent_employee_name", N, N),  # an agent's: the workforce's
    ("Recruiter", N, N),
    ("recruiter_name", N, N),
    ("candidates[0].content", N, N),  # an LLM API's candidate answers are no person
    ("job.number", N, S),
    ("credit_card.unique_number_identifier", "OTHER_ID", N),
    ("us_bank_account.fingerprint", "OTHER_ID", N),
    ("device.fingerprint", N, N),
    ("fingerprint", N, N),
    ("payment_method_details.card.last4", N, N),
    ("Card Name", "NAME", N),
    ("name_on_card", "NAME", N),
    ("content_card_name", N, N),
    ("gift_card_name", N, N),
    # the store's own places: where orders ship from, where returns go
    ("fulfillments[0].origin_address.address1", N, S),
    ("fulfillments[0].origin_address.zip", N, S),
    ("shipFrom.postalCode", N, S),
    ("Warehouse Zip", N, S),
    ("return_address.city", N, S),
    ("shipping_address.address1", "LOCATION", N),
    ("billing_address.zip", "ZIP_CODE", N),
    # a consent receipt's data controller (Kantara's ``piiControllers``, ISO/IEC 27560's
    # ``dataController``): the organisation's privacy office; the data subject's id is read
    # by its shape (an email there is found by the email pattern)
    ("piiControllers[0].address", N, S),
    ("piiControllers[0].phone", N, S),
    ("dataController.email", N, S),
    ("piiPrincipalId", N, S),
    ("controller.phone", "PHONE", N),
    # a privacy request log's or a help desk's bare ``Requester`` is the person who asked;
    # WordPress's post stamps are the CMS's clock
    ("Requester", "NAME", N),
    ("post_date_gmt", N, S),
    ("post_date", N, S),
    # a subscription's billing schedule and a dispute's deadline are the store's calendar
    ("Current Term Start", N, S),
    ("current_period_end", N, S),
    ("trial_end", N, S),
    ("evidence_due_by", N, S),
    # a WordPress meta row's value reads as its key's (detectors.cells.RECORD_PAIR_KEYS)
    ("_billing_first_name.meta_value", "NAME", N),
    ("_billing_phone.meta_value", "PHONE", N),
    ("_order_total.meta_value", N, S),
    ("_billing_phone.key", N, S),
    # Dataverse / Dynamics 365 Web API: lower-case run-together columns, ``_x_value`` lookups
    # and OData annotations (a formatted value means what its property does; the others are
    # the service's metadata)
    ("leadid", "OTHER_ID", N),
    ("universal_leadid", "ONLINE_ID", N),
    ("createdon", N, S),
    ("modifiedon", N, S),
    ("overriddencreatedon", N, S),
    ("msemr_azurefhircreateddatetime", N, S),
    ("@odata.etag", N, S),
    ("value[0].@odata.etag", N, S),
    ("@odata.nextLink", N, S),
    ("_ownerid_value@Microsoft.Dynamics.CRM.lookuplogicalname", N, S),
    ("birthdate@OData.Community.Display.V1.FormattedValue", "DATE", N),
    ("address1_postalcode@OData.Community.Display.V1.FormattedValue", "ZIP_CODE", N),
    ("scheduledstart", N, N),
    # ActiveCampaign's record stamps; a project board's timeline; Keap's city
    ("contact.cdate", N, S),
    ("udate", N, S),
    ("Timeline", N, S),
    ("addresses[0].locality", "LOCATION", N),
    ("addressLocality", "LOCATION", N),
    ("fieldValues[1].value", N, N),
    ("Individual ID", "OTHER_ID", N),
    ("Household ID", N, S),
    # Zoho CRM's lookup objects to a person on a deal; an account's lookup is a company's
    ("Contact_Name.name", "NAME", N),
    ("Contact_Name.id", "OTHER_ID", N),
    ("Account_Name.name", N, N),
    ("Account_Name.id", N, S),
    ("custom_data.value", N, S),
    ("(Do Not Modify) Row Checksum", N, S),
    ("(Do Not Modify) Lead", "OTHER_ID", N),
    # event and class exports: a roster's person columns, Zoom's display-name column,
    # Eventbrite's event day (no attending physician), ON24's run-together record stamp,
    # a health fair's volunteers (HIPAA workforce), an event's venue and organiser
    ("Participant", "NAME", N),
    ("Attendee", "NAME", N),
    ("Registrant", "NAME", N),
    ("Participant ID", "OTHER_ID", N),
    ("User Name (Original Name)", "NAME", N),
    ("Name (Original Name)", "NAME", N),
    ("User Name", "ONLINE_ID", N),
    ("Date Attending", N, N),
    ("Attending", "NAME", N),
    ("createtimestamp", N, S),
    ("askedquestions[0].createtimestamp", N, S),
    ("Volunteer Initials", N, N),
    ("volunteer.name", N, N),
    ("Patient Initials", "NAME", N),
    ("venue.address.address_1", N, S),
    ("venue.address.postal_code", N, S),
    ("Venue Address", N, S),
    ("organizer.phone", N, S),
    ("attendees[0].profile.addresses.home.address_1", "LOCATION", N),
    # a bereavement or memorial form names the person who died by the relation
    ("Name of your loved one", "NAME", N),
    ("Loved One's Name", "NAME", N),
    # dental and med spa practice software (tests/test_elective_care.py): Open Dental's
    # camel-case keys, Zenoti's and Boulevard's guest and client; an apartment stays one
    ("LName", "NAME", N),
    ("FName", "NAME", N),
    ("PatNum", "OTHER_ID", N),
    ("AptDateTime", "DATE", N),
    ("AptNum", N, N),
    ("Apt", "LOCATION", N),
    ("Guest Name", "NAME", N),
    # an incident report's person (a gym floor's, a store's: the fitness probe)
    ("Person Involved", "NAME", N),
    ("involved_party", "NAME", N),
    ("Guest Code", "OTHER_ID", N),
    # Zenoti's nested guest, at the top or under a booking (medical spa probe); a Wi-Fi
    # network's guest settings are a thing
    ("guest.name", "NAME", N),
    ("guest.code", "OTHER_ID", N),
    ("appointments[0].guest.id", "OTHER_ID", N),
    ("wifi.guest.name", N, N),
    ("network.guest.id", N, S),
    # benefits enrolment and dependent verification; a shipping file's addressee; an 834
    # as JSON spells its member and subscriber identifiers out, and its master policy is
    # the employer's group contract
    ("Dependent Name", "NAME", N),
    ("ship_to_name", "NAME", N),
    ("Ship To Name", "NAME", N),
    ("subscriber_identifier_REF.subscriber_identifier_02", "HEALTH_PLAN_ID", N),
    ("member_name_NM1.member_identifier_09", "HEALTH_PLAN_ID", N),
    ("REF_38.master_policy_number_02", N, N),
    # an individual life or care policy's number is the insured's; a group disability or
    # life plan's number is the employer's contract, on every claimant's row
    # (tests/test_life_insurance_underwriting.py)
    ("Policy Number", "HEALTH_PLAN_ID", N),
    ("Group Policy #", N, N),
    # (under an ``employer`` object every leaf is the employer's own: MERCHANT_OBJECTS)
    ("employer.groupPolicyNumber", N, S),
    ("grp_policy_no", N, N),
    ("Insured", "NAME", N),
    ("Dependent Count", N, S),
    ("Client", "NAME", N),
    ("Purchaser", "NAME", N),
    ("Recipient", "NAME", N),
    ("Recipient Email", "EMAIL", N),
    ("metadata.system.client", N, N),  # nested: the software a comment came from
    ("client_type", N, N),
    ("email_client", N, N),
    ("Membership Number", "ACCOUNT_NUMBER", N),
    ("membership_id", "ACCOUNT_NUMBER", N),
    ("Membership", N, N),
    ("audience_membership_id", N, S),
    ("membership_plan_id", N, S),
    # document extraction: Azure Document Intelligence's typed readings and ``content``
    # read as their field, through ``valueObject`` nesting; Textract's detection ``Text``
    # under its pair's value or label (tests/test_document_intake.py)
    ("analyzeResult.documents[0].fields.PatientName.valueString", "NAME", N),
    ("documents[0].fields.PatientName.content", "NAME", N),
    ("documents[0].fields.Member.valueObject.Name.content", "NAME", N),
    ("documents[0].fields.Member.valueObject.BirthDate.valueDate", "DATE", N),
    ("documents[0].fields.PatientPhone.valuePhoneNumber", "PHONE", N),
    ("documents[0].fields.VisitType.valueString", N, N),
    ("analyzeResult.content", N, N),  # the page's whole text: read by its content
    ("messages[0].content", N, N),
    ("IdentityDocumentFields.FIRST_NAME.value.Text", "NAME", N),
    ("IdentityDocumentFields.FIRST_NAME.key.Text", N, S),
    ("IdentityDocumentFields.ZIP_CODE_IN_ADDRESS.value.Text", "ZIP_CODE", N),
    ("IdentityDocumentFields.CITY_IN_ADDRESS.value.Text", "LOCATION", N),
    ("IdentityDocumentFields.STATE_IN_ADDRESS.value.Text", N, N),  # a state is no finding
    ("IdentityDocumentFields.DOCUMENT_NUMBER.value.Text", "OTHER_ID", N),
    ("drivers_license.document_number", "LICENSE_NUMBER", N),
    ("document_number", N, S),  # a document's own number
    ("invoice.document_number", N, S),
    ("blocks[0].text", N, F),  # not under a pair's value: free text as ever
    ("entities.Given Names.value", "NAME", N),  # an ID card parser's given names
    # a fax service's message number and its own line are no fax numbers
    ("fax_id", N, S),
    ("faxId", N, S),
    ("Fax ID", N, S),
    ("localFax", N, S),
    ("LocalNumber", N, S),
    ("remoteFax", "FAX", N),
    ("Fax No", "FAX", N),
    # an organisation's NPI (a claim's billing provider, a remittance's payee, a facility, a
    # price-transparency file's provider group, a contract's group) is not a person's; a
    # clinician's is
    ("billing.npi", N, S),
    ("billingProvider.npi", N, S),
    ("Payee NPI", N, S),
    ("servicing_facility.npi", N, S),
    ("negotiated_rates[0].provider_groups[0].npi[0]", N, S),
    ("Group NPI", N, S),
    ("Pharmacy NPI", N, S),  # a pharmacy's NPI is always an organisation's (type 2)
    ("pharmacy.npi", N, S),
    # a TiC allowed-amount item's paid providers (tests/test_price_transparency_estimates.py);
    # a GFE's convening provider and co-provider are a clinician as often, read as one by
    # the key alone (beside the owner's TIN, chunk_profiles makes it the billing party's)
    ("allowed_amounts[0].payments[0].providers[0].npi[0]", N, S),
    ("Convening Provider NPI", "OTHER_ID", N),
    ("co_providers[0].npi", "OTHER_ID", N),
    ("rendering.npi", "OTHER_ID", N),
    ("Rendering Provider NPI", "OTHER_ID", N),
    ("requesting_provider.npi", "OTHER_ID", N),
    # an encounter notification's location (the hospital) and a referral's agency (a
    # home-health or hospice agency) are organisations; an attending's NPI is a clinician's
    ("location.npi", N, S),
    ("event.locations[0].npi", N, S),
    ("agency.npi", N, S),
    ("Agency NPI", N, S),
    ("attending.npi", "OTHER_ID", N),
    # an enterprise master patient index id is the patient's MRN across hospitals; an
    # mParticle id (``mpid``) is not one
    ("mpi_id", "MRN", N),
    ("EMPI", "MRN", N),
    ("patient.empi", "MRN", N),
    ("Enterprise MPI", "MRN", N),
    # a care-coordination platform's UUID of the patient
    ("patient_uid", "OTHER_ID", N),
    ("patient_uuid", "OTHER_ID", N),
    # a club's or a portal's member key as a UUID (an Orangetheory-like ``memberUuid``)
    ("memberUuid", "OTHER_ID", N),
    ("member_guid", "OTHER_ID", N),
    # a health plan's fitness benefit number (SilverSneakers, Renew Active, Active&Fit)
    ("SilverSneakers ID", "HEALTH_PLAN_ID", N),
    ("silversneakers_number", "HEALTH_PLAN_ID", N),
    ("Renew Active Code", "HEALTH_PLAN_ID", N),
    ("active_fit_id", "HEALTH_PLAN_ID", N),
    # the benefit's programme, a participating location and a type are no member's number
    ("silversneakers_program", N, N),
    ("Renew Active Location ID", N, S),
    # a statement print file's guarantor (``GUAR_NAME``); a payer's check date
    ("GUAR_NAME", "NAME", N),
    # a claim form's and a remittance's insured id is the subscriber's member id
    ("claimPaymentInfo.insuredId", "HEALTH_PLAN_ID", N),
    ("Insured's ID Number", "HEALTH_PLAN_ID", N),
    ("Check Date", N, S),
    ("check_issue_date", N, S),
    # a payer contract's span and a widget's deploy stamp (price-transparency probe); a
    # patient's own dates keep their words
    ("contract_effective", N, S),
    ("Contract Term Date", N, S),
    ("contract_end", N, S),
    ("last_deployed", N, S),
    ("Effective Date", N, N),
    # a study's code of one screened or enrolled person (clinical research probe): a
    # CTMS's subject and screening numbers, CDISC's USUBJID and ODM SubjectKey, an IRT's
    # randomisation number; an email's subject, a course's and a study's ids are not
    ("Subject #", "OTHER_ID", N),
    ("USUBJID", "OTHER_ID", N),
    ("subjectId", "OTHER_ID", N),
    ("SubjectKey", "OTHER_ID", N),
    ("Screening #", "OTHER_ID", N),
    ("randomization_number", "OTHER_ID", N),
    ("Randomisation No", "OTHER_ID", N),
    ("subject", N, F),
    ("email_subject_id", N, S),
    ("course_subject_id", N, S),
    ("ticket.subject_id", N, S),  # the parent says whose subject it is
    ("tickets[0].subject_id", N, S),
    ("email.subject_id", N, S),
    ("participant.subject_id", "OTHER_ID", N),
    ("studyId", N, S),
    # a clinician's object by its role (a trial referral's ``referring_provider``); a bare
    # provider is as often an insurer or an identity provider
    ("referring_provider.name", "NAME", N),
    ("orderingProvider.name", "NAME", N),
    ("provider.name", N, N),
    ("identity_provider.name", N, N),
    # public health programmes: a school immunization roster's student, a tracing system's
    # monitoree, a state's or county's case number, an IIS's number of the person; a bare
    # case id or number is a help desk's ticket, and an analytics client id stays one
    ("Student Name", "NAME", N),
    ("State Student ID", "OTHER_ID", N),
    ("Monitoree ID", "OTHER_ID", N),
    ("state_case_id", "OTHER_ID", N),
    ("County Case Number", "OTHER_ID", N),
    ("case_id", N, S),
    ("CaseNumber", N, S),
    ("iis_client_id", "OTHER_ID", N),
    ("IIS ID", "OTHER_ID", N),
    # a transplant waitlist's number of its candidate and clinical shorthand for a
    # patient's id (tests/test_dialysis_kidney_care.py): OTHER_ID, no plan's number
    ("unos_id", "OTHER_ID", N),
    ("WL_ID", "OTHER_ID", N),
    ("Waitlist ID", "OTHER_ID", N),
    ("candidate.waiting_list_id", "OTHER_ID", N),
    ("Pt ID", "OTHER_ID", N),
    ("owl_id", N, S),
    ("client_id", "ONLINE_ID", N),
    # a lab report's and a tracing record's dates of the person's specimen, result and
    # exposure; not a debt placement's ``collection_date`` nor an ad's ``exposure_date``
    ("specimen_collection_date", "DATE", N),
    ("Specimen Collected", "DATE", N),
    ("result_date", "DATE", N),
    ("Last Date of Exposure", "DATE", N),
    ("collection_date", N, N),
    ("exposure_date", N, N),
    # REDCap's participant list: the code that opens one participant's survey; a bare
    # access code is a conference line's or a door's
    ("Survey Access Code", "ONLINE_ID", N),
    ("access_code", N, N),
    # a state medical-marijuana programme's registry card of a patient or a caregiver (a
    # dispensary POS's ``MMJ ID``, Treez's ``state_medical_id``, Flowhub's ``medicalId``,
    # a registry's ``Caregiver Card Number``): a certificate number, not a payment card's;
    # the card's expiry, state and type are not its number
    ("MMJ ID", "LICENSE_NUMBER", N),
    ("MMJ Card #", "LICENSE_NUMBER", N),
    ("state_medical_id", "LICENSE_NUMBER", N),
    ("medicalId", "LICENSE_NUMBER", N),
    ("customer.medical_card_number", "LICENSE_NUMBER", N),
    ("Caregiver Card Number", "LICENSE_NUMBER", N),
    ("caregiver_card", "LICENSE_NUMBER", N),
    ("MMJ ID Expiration", N, N),
    ("medical_id_expiration", N, N),
    ("medicalIdExpiration", N, N),
    ("MMJ State", N, N),
    ("medical_card_type", N, N),
    ("Patient Card Number", "OTHER_ID", N),
    ("card_number", "CREDIT_CARD", N),
    ("gift_card_number", N, N),
    # a state registry's number of a patient or of a certifying physician
    ("Physician Registry ID", "OTHER_ID", N),
    ("patient_registry_number", "OTHER_ID", N),
    # a dispensary's, a lab's or a grower's own licence is the business's, as a facility's
    ("license_number", "LICENSE_NUMBER", N),
    ("Store License", N, N),
    ("lab_license", N, S),
    ("Dispensary License #", N, N),
    ("cultivation_license_number", N, N),
    ("dispensing_org_license", N, N),  # a dispensing organisation's
    # employer drug testing and DOT exams (tests/test_occupational_health_testing.py): a
    # CCF number is one donor's specimen id, a worker object's name a person's, the MRO
    # and the medical examiner are physicians and the examiner's National Registry number
    # a licence; an OSHA log's establishment and an employer's account are the business's;
    # a visit's provider is its clinician
    ("visit.provider", "NAME", N),
    ("encounter.provider_name", "NAME", N),
    ("provider", N, N),
    # the same clinician as an object under the booking (dermatology probe); an identity
    # provider's or a bare provider object's name is a thing's
    ("appointment.provider.name", "NAME", N),
    ("visit.provider.name", "NAME", N),
    ("provider.name", N, N),
    ("identity.provider.name", N, N),
    ("CCF Number", "OTHER_ID", N),
    ("ccf_id", "OTHER_ID", N),
    ("Custody Control Form Number", "OTHER_ID", N),
    ("ccf_template", N, N),
    ("worker.name", "NAME", N),
    ("worker_id", N, S),
    ("mro.name", "NAME", N),
    ("mro", N, N),  # procurement's maintenance, repair and operations as often
    ("CCF #", "OTHER_ID", N),
    ("MRO Name", "NAME", N),
    ("examiner_name", "NAME", N),
    ("Medical Examiner", "NAME", N),
    ("nrcme_number", "LICENSE_NUMBER", N),
    ("National Registry Number", "LICENSE_NUMBER", N),
    ("establishment_street", N, S),
    ("establishment_zip", N, S),
    ("employee.zip", "ZIP_CODE", N),
    ("Employer Account Number", N, N),
    ("Patient Account Number", "ACCOUNT_NUMBER", N),
    # student, school and camp health (tests/test_student_and_school_health.py): a school's
    # number of one student and its person words; a course's, a section's or a class's
    # number is the timetable's, and a school's own line and street are the school's
    ("Student ID Number", "OTHER_ID", N),
    ("Student Number", "OTHER_ID", N),
    ("StudentNumber", "OTHER_ID", N),
    ("Student UID", "OTHER_ID", N),
    ("student_ref", "OTHER_ID", N),
    ("student.sis_id", "OTHER_ID", N),
    ("student.id", "OTHER_ID", N),
    ("camper.id", "OTHER_ID", N),
    ("athlete.athlete_id", "OTHER_ID", N),
    ("AthleteID", "OTHER_ID", N),
    ("EMPLID", "OTHER_ID", N),
    ("Person Reference ID", "OTHER_ID", N),
    ("Passport ID", "OTHER_ID", N),
    ("Student", "NAME", N),
    ("Camper", "NAME", N),
    ("athlete_name", "NAME", N),
    ("Class Nbr", N, N),
    ("Course Section ID", N, S),
    ("school_phone", N, S),
    ("school_address", N, S),
    ("After Hours Nurse Line", "PHONE", N),
    # a blood or plasma centre's number of its donor as a flat column (``Donor #``,
    # ``DonorNumber``) and a registry's under a person; a relative's or a clinician's
    # "number" is a line, a bare ``registryId`` a container registry's
    ("Donor Number", "OTHER_ID", N),
    ("Donor #", "OTHER_ID", N),
    ("donor.donor_number", N, S),  # a sperm bank's catalogue number of a third party
    ("Participant No", "OTHER_ID", N),
    ("Spouse Number", N, S),
    ("caregiver_number", N, S),
    ("physician_number", N, S),
    ("donor.registry_id", "OTHER_ID", N),
    ("registryId", N, S),
    # a rewards programme's member is a shopper's account, not a health plan's
    ("rewards_member_id", "ACCOUNT_NUMBER", N),
    ("Loyalty Member ID", "ACCOUNT_NUMBER", N),
    # a booking's collection site object is the organisation's place; a flat
    # ``site_address`` may be a home visit's
    ("appointment.site.address", N, S),
    ("site_address", "LOCATION", N),
    # international patients: a public health service's number is a plan beneficiary's,
    # a foreign national id and a sponsor's patient file the person's; the card's version,
    # an NHS trust, a nationality and an id's issuing country are not numbers of anyone
    ("NHS Number", "HEALTH_PLAN_ID", N),
    ("patient.nhs_no", "HEALTH_PLAN_ID", N),
    ("Health Card (RAMQ)", "HEALTH_PLAN_ID", N),
    ("Health Card Number", "HEALTH_PLAN_ID", N),
    ("fields.ohip_number", "HEALTH_PLAN_ID", N),
    ("health_card_version", N, N),
    ("nhs_trust", N, N),
    ("Civil ID", "OTHER_ID", N),
    ("Emirates ID", "OTHER_ID", N),
    ("aadhaar_no", "OTHER_ID", N),
    ("properties.curp", "OTHER_ID", N),
    ("iqama_number", "OTHER_ID", N),
    ("national_id", "OTHER_ID", N),
    ("national_id_type", N, N),
    ("national_id_issuing_country", N, N),
    ("nationality", N, N),
    ("Sponsor Patient File No", "OTHER_ID", N),
    ("NSS", "SSN", N),
    ("pan", "CREDIT_CARD", N),
    # an embassy's, a mission's and a bank's own lines and places; a bank account's number
    # is still an account's, and a patient's office phone still a phone
    ("Embassy Contact Phone", N, S),
    ("consulate_address", N, S),
    ("Mission Phone", N, S),
    ("bank_address", N, S),
    ("bank_account_number", "ACCOUNT_NUMBER", N),
    ("office_phone", "PHONE", N),
    ("Passenger", "NAME", N),
    # travel medicine and immigration exams (tests/test_travel_immigration_medicine.py): a
    # tour manifest's ``Traveler``; US immigration numbers and a visa applicant's HAP ID;
    # a centre's own line and place (a yellow fever centre registry's ``Center Phone``)
    ("Traveler", "NAME", N),
    ("traveller", "NAME", N),
    ("A-Number", "OTHER_ID", N),
    ("applicant.a_number", "OTHER_ID", N),
    ("Alien Registration Number", "OTHER_ID", N),
    ("uscis_receipt_number", "OTHER_ID", N),
    ("USCIS Online Account Number", "OTHER_ID", N),
    ("nvc_case_number", "OTHER_ID", N),
    ("HAP ID", "OTHER_ID", N),
    ("IOM Case No", "OTHER_ID", N),
    ("traveller_name", "NAME", N),
    ("Traveler Full Name", "NAME", N),
    ("a_number_type", N, N),
    ("data_number", N, S),
    ("Center Phone", N, S),
    ("centre_address", N, S),
    ("center_name", N, N),
    # a walk-in's check-in at the front desk, a kiosk or online is the visit's start (the
    # urgent-care probe); a check-in's id, status and completion event are the system's
    ("Check-In Time", "DATE", N),
    ("checked_in_at", "DATE", N),
    ("checkin_id", N, S),
    ("check_in_status", N, S),
    # a multi-location business's own line (Podium's ``location_phone``); a location's
    # address may be where a person is, and a ``location.phone`` leaf is read as ever
    ("location_phone", N, S),
    ("Location Fax", N, S),
    ("location_address", "LOCATION", N),
    # Epic Clarity's ED arrival and a vaccine's administration are the person's dates; a
    # payout's or a parcel's bare arrival and who administered it are not
    ("ADT_ARRIVAL_TIME", "DATE", N),
    ("administered_at", "DATE", N),
    ("Date Administered", "DATE", N),
    ("arrival_date", N, N),
    ("administered_by", N, N),
    # the Fitbit Web API's user id (tests/test_sleep_medicine.py); only the whole key: an
    # ``encoded_image_id`` or an ``encoding`` is no person's
    ("encodedId", "ONLINE_ID", N),
    ("user.encodedId", "ONLINE_ID", N),
    ("encodedString", N, N),
    # EMS (tests/test_ems_prehospital.py): a patient care report's number and a cardiac
    # arrest registry's case are the patient's record ids; the incident's and the
    # response's numbers are the agency's event
    ("PCR Number", "OTHER_ID", N),
    ("pcr_number", "OTHER_ID", N),
    ("patient_care_report_number", "OTHER_ID", N),
    ("CARES ID", "OTHER_ID", N),
    ("Incident Number", N, S),
    ("response_number", N, S),
    # the times of the patient's care: first medical contact, EMS at the patient, the
    # transfer of care, last known well; a bare ``arrival`` stays no one's (above)
    ("FMC Time", "DATE", N),
    ("first_medical_contact", "DATE", N),
    ("arrived_at_patient_date_time", "DATE", N),
    ("destination_patient_transfer_of_care_date_time", "DATE", N),
    ("last_known_well", "DATE", N),
    # a CAD incident's and a drug box check's clocks are the agency's
    ("Cleared", N, S),
    ("Checked", N, S),
    ("cleared_by", N, N),  # the clinician who cleared an athlete: no machine field
    # a record's last edit, a short code's set-up and a row's entry are the platform's
    # stamps (the SMS marketing probe); an ``Rx Entered`` is a prescription's number, a
    # DOB as entered a birth date, and an editor's or a provisioner's name no stamp
    ("last_edited", N, S),
    ("Last Edited", N, S),
    ("provisioned", N, S),
    ("provisioned_at", N, S),
    ("Entered", N, S),
    ("date_entered", N, S),
    ("Rx Entered", "OTHER_ID", N),
    ("patient_dob_entered", "DATE", N),
    # an SMS platform's per-subscriber link token, and a subscriber export's last send
    # stamp; a bare token is no one's, a reminder's "sent" an appointment export's visit
    ("subscriber_token", "ONLINE_ID", N),
    ("recipient_token", "ONLINE_ID", N),
    ("token", N, N),
    ("Last Message Sent", N, S),
    ("Last SMS Sent", N, S),
    ("Reminder Sent", N, N),
    # an edit stamp (Notion's ``last_edited_time``, a question bank's ``last_edited``): when
    # the row was changed, as ``modified`` says; a person's dates keep their own words
    ("last_edited_time", N, S),
    ("Date Edited", N, S),
    ("dob", "DATE", N),
    ("appointment_date", "DATE", N),
    # an ambulance membership's household head, as its spouse
    ("Household Head", "NAME", N),
    ("head_of_household", "NAME", N),
]


@pytest.mark.parametrize(("path", "entity", "flag"), PROFILES)
def test_profile(path: str, entity: str | None, flag: str | None) -> None:
    p = profile_path(path)
    assert (p.entity, p.system, p.free_text) == (entity, flag == S, flag == F)
    assert (p.score >= 0.5) == (entity is not None)
    if path.endswith(".value.set_timestamp_micros"):  # when it was set: its own words only
        assert p.words == {"set", "timestamp", "micros"}
        return
    # a formatted value's words are its property's (the annotation's say nothing)
    path = path.removesuffix("@OData.Community.Display.V1.FormattedValue")
    assert path_words(path) <= p.words
    if path.isascii():
        assert p.words == path_words(path)
    else:  # folded and translated words too, for detectors' field vocabularies
        assert {"telefono", "phone"} <= profile_path("Teléfono").words


def test_profile_is_cached() -> None:
    path = "context.traits.cached_probe_email"
    first = profile_path(path)
    hits = profile_path.cache_info().hits
    assert profile_path(path) is first
    assert profile_path.cache_info().hits == hits + 1


SHA = hashlib.sha256(b"maria@example.com").hexdigest()

# (record, field, expected span text or None, expected entity)
FCM = "cXgH1tYkQ0e8:APA91bH3kz2s9aVt4rRb1XyZ7wQ8pL0mN5oJ6iU4hG3fD2sA1qW9eR8tY7uI6oP5aS4dF3gH2jK1l"
APNS = "740f4707bebcf74f9b7c25d48e3358945f6aa01da5ddb387462c7eaf61bb78ad"
IDFA = "6D92078A-8246-4BA4-AE5B-76104861E7DC"
GAID = "38400000-8cf0-11bd-b23e-10b96e40000d"
ZERO_IDFA = "00000000-0000-0000-0000-000000000000"  # limited ad tracking: names no device
DETECTIONS = [
    # a sign-in sheet's or a pickup log's stand-in for a person is no one's name
    ({"Full Name": "Front desk"}, "Full Name", None, None),
    ({"patient_name": "Walk-in"}, "patient_name", None, None),
    ({"patient_name": "walk in"}, "patient_name", None, None),
    # an OSHA 300 log's privacy case withholds the employee's name
    ({"Employee's Name": "Privacy Case"}, "Employee's Name", None, None),
    ({"Employee's Name": "Luis Ortega"}, "Employee's Name", "Luis Ortega", "NAME"),
    # a visit's clinician; a visit's provider that is a clinic is no one's name
    ({"visit": {"provider": "Priya Raman, PA-C"}}, "visit.provider", "Priya Raman, PA-C", "NAME"),
    ({"visit": {"provider": "Columbus East Occupational Health"}}, "visit.provider", None, None),
    ({"patient_name": "Dana Whitlock"}, "patient_name", "Dana Whitlock", "NAME"),
    # an HL7 v2 name (XPN) as a lab or surveillance feed flattens it; carets alone are no name
    ({"patient_name": "FORTUNE^MARCUS^J"}, "patient_name", "FORTUNE^MARCUS^J", "NAME"),
    ({"patient_name": "DOE^JANE^^^^L"}, "patient_name", "DOE^JANE^^^^L", "NAME"),
    ({"patient_name": "^^^"}, "patient_name", None, None),
    # HCP marketing (tests/test_hcp_marketing.py): a KOL map's, a speaker bureau's and an
    # honorarium's clinician, a bare ``Speaker`` column of a contract, and the patient a
    # liaison CRM says a practice referred; a company payee and a transcript's one-word
    # speaker fail the name shape check
    ({"KOL Name": "Evelyn Marsh"}, "KOL Name", "Evelyn Marsh", "NAME"),
    ({"Speaker Name": "Lena Fischer"}, "Speaker Name", "Lena Fischer", "NAME"),
    ({"Payee Name": "Evelyn Marsh"}, "Payee Name", "Evelyn Marsh", "NAME"),
    ({"Referred Patient": "Harold Jenkins"}, "Referred Patient", "Harold Jenkins", "NAME"),
    ({"Speaker": "Evelyn Marsh, MD, FACC"}, "Speaker", "Evelyn Marsh, MD, FACC", "NAME"),
    ({"Speaker": "Agent"}, "Speaker", None, None),
    # a department's or a directory's own line, named as a phone (a listing's, beside its
    # hours: tests/test_chunk_profiles.py)
    ({"Main Line": "614-555-0199"}, "Main Line", "614-555-0199", "PHONE"),
    ({"Direct Line": "(614) 555-0142"}, "Direct Line", "(614) 555-0142", "PHONE"),
    ({"Payee Name": "Riverside Cardiology Associates LLC"}, "Payee Name", None, None),
    # ride, NEMT and ambulance exports (tests/test_transport_and_social_care.py): the rider,
    # the driver (a mileage claim's relative, a roster's employee) and an ePCR's crew, but
    # not a software driver's name
    ({"Driver Name": "Curtis Simmons"}, "Driver Name", "Curtis Simmons", "NAME"),
    ({"passenger_name": "Anita Lowe"}, "passenger_name", "Anita Lowe", "NAME"),
    ({"Crew Lead": "Reyes, Tom"}, "Crew Lead", "Reyes, Tom", "NAME"),
    ({"Printer Driver Name": "HP Universal"}, "Printer Driver Name", None, None),
    # a transplant programme's class sign-in sheet (tests/test_transplant_programs.py): the
    # patient's support person or care partner, with a known given name; a placeholder, a
    # relation word or a helpdesk is no one's name
    ({"Support Person": "Dale Ebersole"}, "Support Person", "Dale Ebersole", "NAME"),
    ({"Care Partner": "Dale Ebersole"}, "Care Partner", "Dale Ebersole", "NAME"),
    ({"Support Person": "None identified"}, "Support Person", None, None),
    ({"Support Person": "Spouse"}, "Support Person", None, None),
    ({"Support Person": "Tier 2 Helpdesk"}, "Support Person", None, None),
    # retail pharmacy exports (tests/test_retail_pharmacy.py): a loyalty or rewards member's
    # number, Rx numbers as an IVR captures them and a dial list numbers them, a birthday
    # without its year; a store or pharmacy object's own contact block is the store's
    ({"loyalty_id": "600412887345"}, "loyalty_id", "600412887345", "ACCOUNT_NUMBER"),
    (
        {"Rewards Card Number": "600455120987"},
        "Rewards Card Number",
        "600455120987",
        "ACCOUNT_NUMBER",
    ),
    ({"loyalty_tier": "Gold 2024"}, "loyalty_tier", None, None),
    ({"rewards_program_id": "RWD-2024"}, "rewards_program_id", None, None),
    ({"Rx Entered": "3318804"}, "Rx Entered", "3318804", "OTHER_ID"),
    ({"Rx2Number": "1190224"}, "Rx2Number", "1190224", "OTHER_ID"),
    ({"birthday": "04-17"}, "birthday", "04-17", "DATE"),
    ({"birthday": "4/17"}, "birthday", "4/17", "DATE"),
    ({"birthday": "13-17"}, "birthday", None, None),
    ({"store": {"phone": "(937) 555-0142"}}, "store.phone", None, None),
    ({"store": {"address": "2100 N Main St", "zip": "45405"}}, "store.address", None, None),
    ({"pickup_store": {"phone": "(937) 555-0142"}}, "pickup_store.phone", None, None),
    ({"dispensing_pharmacy": {"fax": "(614) 555-0171"}}, "dispensing_pharmacy.fax", None, None),
    # the facility a records request or a retrieval order goes to
    ({"facility": {"address": "1000 Blythe Blvd"}}, "facility.address", None, None),
    ({"facility": {"fax": "(704) 555-0111"}}, "facility.fax", None, None),
    # a flat store's phone column stays a phone (tests/test_senders.py), and a patient
    # object named after the pharmacy is the patient's
    ({"store_phone": "(937) 555-0142"}, "store_phone", "(937) 555-0142", "PHONE"),
    (
        {"pharmacy_patient": {"phone": "(937) 555-0188"}},
        "pharmacy_patient.phone",
        "(937) 555-0188",
        "PHONE",
    ),
    # a bare ``Client`` or ``Recipient`` header holds a person, shape-checked: an email
    # client's software, a company and an address are not names
    ({"Client": "Morgan Ellis"}, "Client", "Morgan Ellis", "NAME"),
    # a therapy export's bare clinician column: a whole name, not a placeholder word
    ({"Clinician": "Dana Whitcombe"}, "Clinician", "Dana Whitcombe", "NAME"),
    ({"Therapist": "Unassigned"}, "Therapist", None, None),
    ({"Practitioner": "Any"}, "Practitioner", None, None),
    ({"Practitioner": "Mei Lin"}, "Practitioner", "Mei Lin", "NAME"),
    # a med spa's laser log: the technician signed with a licence, or a login id
    ({"Technician": "Kayla Moore, LE"}, "Technician", "Kayla Moore, LE", "NAME"),
    ({"Technician": "tech_0412"}, "Technician", None, None),
    ({"Injector": "Unassigned"}, "Injector", None, None),
    ({"Psychiatrist": "Open"}, "Psychiatrist", None, None),
    # an HL7 v2 name copied whole into a JSON field (a toxicology results feed)
    ({"patient": {"name": "HALVORSEN^ERIK"}}, "patient.name", "HALVORSEN^ERIK", "NAME"),
    ({"patient": {"name": "HALVORSEN^ERIK^M"}}, "patient.name", "HALVORSEN^ERIK^M", "NAME"),
    ({"patient": {"name": "^ERIK"}}, "patient.name", None, None),
    ({"Pharmacy Phone": "(503) 555-0119"}, "Pharmacy Phone", "(503) 555-0119", "PHONE"),
    ({"Client": "Apple Mail"}, "Client", None, None),
    ({"Client": "Bright Smile Dental LLC"}, "Client", None, None),
    ({"Recipient": "Elena Alvarez"}, "Recipient", "Elena Alvarez", "NAME"),
    ({"Recipient": "elena.alvarez@gmail.com"}, "Recipient", None, None),
    # one word in a bare person column is the row's status, place or kind, not a name
    ({"Candidate": "Okafor, Grace"}, "Candidate", "Okafor, Grace", "NAME"),
    ({"Resident": "Ruth A. Levine"}, "Resident", "Ruth A. Levine", "NAME"),
    ({"Candidate": "Hired"}, "Candidate", None, None),
    ({"Resident": "Ohio"}, "Resident", None, None),
    ({"Employee": "Full-time"}, "Employee", None, None),
    ({"Client": "Returning"}, "Client", None, None),
    # a settlement tracker's claimant and an intake sheet's caller, shape-checked: a phone
    # under ``Caller`` is no name here (the phone pattern takes it), a one-word status
    # is none either
    ({"Claimant": "Marisol Vega"}, "Claimant", "Marisol Vega", "NAME"),
    # a commission statement's or a policy extract's insured; "Yes" there is a flag
    ({"Insured": "Raymond K. Odell"}, "Insured", "Raymond K. Odell", "NAME"),
    ({"Insured": "Yes"}, "Insured", None, None),
    # an injury log's athlete; one word there is a sport or a status
    ({"Athlete": "Jaylen Brooks"}, "Athlete", "Jaylen Brooks", "NAME"),
    ({"Athlete": "Football"}, "Athlete", None, None),
    # an occupational therapist's credential with its slash is part of the name value
    ({"therapist": "Chen Wu, OTR/L, CHT"}, "therapist", "Chen Wu, OTR/L, CHT", "NAME"),
    ({"therapist": "and/or"}, "therapist", None, None),
    ({"Caller": "Rowe, Tamika"}, "Caller", "Rowe, Tamika", "NAME"),
    ({"Caller": "Anonymous"}, "Caller", None, None),
    ({"Caller": "(404) 555-0131"}, "Caller", None, None),
    ({"Enrollee": "Tamika Greene"}, "Enrollee", "Tamika Greene", "NAME"),
    ({"Donor": "Albrecht, Martin"}, "Donor", "Albrecht, Martin", "NAME"),
    ({"Donor": "Anonymous"}, "Donor", None, None),
    ({"Volunteer": "Kevin Marsh"}, "Volunteer", "Kevin Marsh", "NAME"),
    ({"Volunteer": "Yes"}, "Volunteer", None, None),
    ({"Donor": "Buckeye Health Foundation"}, "Donor", None, None),
    ({"specimen": {"id": "SPN-25-003318"}}, "specimen.id", "SPN-25-003318", "OTHER_ID"),
    ({"Bar Number": "24087731"}, "Bar Number", "24087731", "LICENSE_NUMBER"),
    ({"LName": "Haddad"}, "LName", "Haddad", "NAME"),
    ({"PatNum": "20417"}, "PatNum", "20417", "OTHER_ID"),
    ({"AptDateTime": "2024-11-12 09:30:00"}, "AptDateTime", "2024-11-12 09:30:00", "DATE"),
    # a person's name part behind a form's words is still a person's (a GA4 parameter)
    (
        {
            "event_params": [
                {"key": "form_field_patient_name", "value": {"string_value": "Latisha Okafor"}}
            ]
        },
        "event_params[0].value.string_value",
        "Latisha Okafor",
        "NAME",
    ),
    ({"form_first_name": "Latisha"}, "form_first_name", "Latisha", "NAME"),
    # a name in a non-Latin script is no echo of its non-Latin header (both read as "")
    ({"姓名": "王秀英"}, "姓名", "王秀英", "NAME"),
    ({"الاسم": "أحمد حسن"}, "الاسم", "أحمد حسن", "NAME"),
    ({"template_first_name": "Latisha"}, "template_first_name", None, None),
    ({"What is your first name?": "Maria"}, "What is your first name?", "Maria", "NAME"),
    ({"users": [{"name": "Laura Kim"}]}, "users[0].name", "Laura Kim", "NAME"),
    (
        {"Text Reminder Number": "+1 415-555-0132"},
        "Text Reminder Number",
        "+1 415-555-0132",
        "PHONE",
    ),
    (
        {"Do you have a primary care physician?": "Not sure"},
        "Do you have a primary care physician?",
        None,
        None,
    ),
    ({"First Name": "Maria"}, "First Name", "Maria", "NAME"),
    ({"Last Name": " O'Brien-Díaz "}, "Last Name", "O'Brien-Díaz", "NAME"),
    (
        {"properties": {"patient_name": "Maria de la Cruz"}},
        "properties.patient_name",
        "Maria de la Cruz",
        "NAME",
    ),
    ({"Email": "maria@example.com"}, "Email", "maria@example.com", "EMAIL"),
    ({"Email": "\u200fmaria@example.com"}, "Email", "maria@example.com", "EMAIL"),  # RLM
    ({"Phone Number": "(617) 555-0123"}, "Phone Number", "(617) 555-0123", "PHONE"),
    ({"MobilePhone": "+1 617 555 0123 ext. 12"}, "MobilePhone", "+1 617 555 0123 ext. 12", "PHONE"),
    ({"fax": 6175550199}, "fax", "6175550199", "FAX"),
    ({"Date of Birth": "03/05/1980"}, "Date of Birth", "03/05/1980", "DATE"),
    ({"Birthdate": "1980-03-05"}, "Birthdate", "1980-03-05", "DATE"),
    (
        {"appointment_time": "2024-06-01T09:30:00Z"},
        "appointment_time",
        "2024-06-01T09:30:00Z",
        "DATE",
    ),
    ({"dob": "March 5, 1980"}, "dob", "March 5, 1980", "DATE"),
    ({"user_data": {"db": "19800305"}}, "user_data.db", "19800305", "DATE"),
    ({"Postal Code": "02134"}, "Postal Code", "02134", "ZIP_CODE"),
    ({"zip": "02134-1234"}, "zip", "02134-1234", "ZIP_CODE"),
    ({"zip": 2134}, "zip", "2134", "ZIP_CODE"),  # an integer column dropped the 0
    ({"zip": 60614.0}, "zip", "60614.0", "ZIP_CODE"),
    ({"date_of_birth": "631152000000"}, "date_of_birth", "631152000000", "DATE"),  # epoch ms
    ({"appointment_time": 1700000000}, "appointment_time", "1700000000", "DATE"),
    ({"Postal Code": "K1A 0B6"}, "Postal Code", "K1A 0B6", "LOCATION"),
    ({"zip": "IL 62704"}, "zip", "IL 62704", "LOCATION"),
    ({"zip": "Springfield, IL 62704"}, "zip", "Springfield, IL 62704", "LOCATION"),
    # letters and digits in a ZIP field, before and after Safe Harbor generalization
    ({"zip": "H 1985-03-14"}, "zip", "H 1985-03-14", "LOCATION"),
    ({"zip": "H 1985"}, "zip", "H 1985", "LOCATION"),
    ({"Postal Code": "60614\u200f"}, "Postal Code", "60614", "ZIP_CODE"),  # invisible mark
    ({"City": "Boston"}, "City", "Boston", "LOCATION"),
    ({"Street Address": "12 Elm St Apt 4"}, "Street Address", "12 Elm St Apt 4", "LOCATION"),
    ({"mrn": "MRN-0012345"}, "mrn", "MRN-0012345", "MRN"),
    ({"Medical_Record_Number__c": "00123456"}, "Medical_Record_Number__c", "00123456", "MRN"),
    ({"member_id": "XYZ123456789"}, "member_id", "XYZ123456789", "HEALTH_PLAN_ID"),
    ({"Record ID": 51234}, "Record ID", "51234", "OTHER_ID"),
    ({"Id": "00Q5e00000AbCdEFG"}, "Id", "00Q5e00000AbCdEFG", "OTHER_ID"),
    (
        {"idfa": "6D92078A-8246-4BA4-AE5B-76104861E7DC"},
        "idfa",
        "6D92078A-8246-4BA4-AE5B-76104861E7DC",
        "DEVICE_ID",
    ),
    ({"user_data": {"em": [SHA]}}, "user_data.em[0]", SHA, "HASHED_ID"),
    ({"user_data": {"zp": [SHA[:40]]}}, "user_data.zp[0]", SHA[:40], "HASHED_ID"),
    ({"First Name": SHA[:32]}, "First Name", SHA[:32], "HASHED_ID"),
    (
        {"event_params": [{"key": "email", "value": {"string_value": "maria@example.com"}}]},
        "event_params[0].value.string_value",
        "maria@example.com",
        "EMAIL",
    ),
    ({"page": "https://clinic.org/book?first_name=Maria&utm_source=x"}, "page", "Maria", "NAME"),
    # hard negatives: no finding at all
    ({"company_name": "Acme Health"}, "company_name", None, None),
    ({"product_name": "Maria"}, "product_name", None, None),
    ({"event_name": "Maria"}, "event_name", None, None),
    ({"page_title": "Maria Lopez"}, "page_title", None, None),
    ({"First Name": "unknown"}, "First Name", None, None),
    ({"First Name": "(not set)"}, "First Name", None, None),
    ({"First Name": "<NAME>"}, "First Name", None, None),
    ({"First Name": "R2D2"}, "First Name", None, None),
    ({"First Name": "maria@example.com"}, "First Name", None, None),
    ({"Email": "n/a"}, "Email", None, None),
    ({"Phone Number": "yes"}, "Phone Number", None, None),
    ({"Phone Number": "123"}, "Phone Number", None, None),
    ({"Phone Number": "0000000000"}, "Phone Number", None, None),
    ({"Date of Birth": "2/30/1980"}, "Date of Birth", None, None),
    # Shopify's order export marks numbers as text for Excel: the apostrophe is not the ZIP's
    ({"Billing Zip": "'02134"}, "Billing Zip", "02134", "ZIP_CODE"),
    ({"Shipping Phone": "'+13175550123"}, "Shipping Phone", "+13175550123", "PHONE"),
    ({"Billing Zip": "'479"}, "Billing Zip", None, None),  # ZIP3 generalization's output
    # email platforms' opening software under a "client" key is not a person
    ({"client-info": {"client-name": "Apple Mail"}}, "client-info.client-name", None, None),
    ({"Client": {"Name": "Chrome"}}, "Client.Name", None, None),  # Postmark open webhook
    ({"client": {"name": "Jane Roe"}}, "client.name", "Jane Roe", "NAME"),  # a person's
    ({"PAT_NAME": "NGUYEN,THANH"}, "PAT_NAME", "NGUYEN,THANH", "NAME"),  # EHR LAST,FIRST
    ({"PAT_NAME": "NGUYEN,THANH M,"}, "PAT_NAME", "NGUYEN,THANH M,", "NAME"),
    # DICOM's person name, ``Family^Given^Middle`` (an imaging system's JSON export)
    ({"PatientName": "Whitfield^Gloria"}, "PatientName", "Whitfield^Gloria", "NAME"),
    ({"PatientName": "Whitfield^Gloria^M"}, "PatientName", "Whitfield^Gloria^M", "NAME"),
    ({"PatientName": "2024^0903"}, "PatientName", None, None),
    ({"PAT_NAME": "mri,insurance,billing,x,y"}, "PAT_NAME", None, None),  # five words
    ({"Date of Birth": "1980"}, "Date of Birth", None, None),
    ({"Postal Code": "123"}, "Postal Code", None, None),
    ({"zip": "1985-03-14"}, "zip", None, None),  # digits only: left to the date detector
    ({"zip": "jane1@example.com"}, "zip", None, None),  # left to the email detector
    ({"address": "<LOCATION>, <LOCATION>, IL 627"}, "address", None, None),  # redacted in part
    ({"address": "https://clinic.example/conditions/asthma"}, "address", None, None),  # a URL
    ({"City": "12"}, "City", None, None),
    ({"mrn": "pending"}, "mrn", None, None),
    ({"mrn": "***-**-****"}, "mrn", None, None),
    # a push token is longer than an id, and one device's address all the same
    ({"device": {"fcm_token": FCM}}, "device.fcm_token", FCM, "DEVICE_ID"),
    # Braze's user export lists them as ``push_tokens[i].token``; Mixpanel's profile keeps
    # APNs tokens in ``$ios_devices``; its events carry the IDFA as ``$ios_ifa``
    ({"push_tokens": [{"token": FCM}]}, "push_tokens[0].token", FCM, "DEVICE_ID"),
    ({"$ios_devices": [APNS]}, "$ios_devices[0]", APNS, "DEVICE_ID"),
    ({"properties": {"$ios_ifa": IDFA}}, "properties.$ios_ifa", IDFA, "DEVICE_ID"),
    ({"installation_uuid": APNS[:32]}, "installation_uuid", APNS[:32], "DEVICE_ID"),
    ({"app_instance_id": APNS[:32]}, "app_instance_id", APNS[:32], "DEVICE_ID"),
    (
        {"OAID": "e3f1a2b4-5c6d-4e7f-8a9b-0c1d2e3f4a5b"},
        "OAID",
        "e3f1a2b4-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
        "DEVICE_ID",
    ),
    ({"Amazon Fire ID": GAID}, "Amazon Fire ID", GAID, "DEVICE_ID"),
    ({"aifa": GAID}, "aifa", GAID, "DEVICE_ID"),
    # an identity graph's or a location panel's list of one person's devices
    ({"maids": [IDFA]}, "maids[0]", IDFA, "DEVICE_ID"),
    ({"device_ids": [GAID]}, "device_ids[0]", GAID, "DEVICE_ID"),
    ({"andi": "9774d56d682e549c"}, "andi", "9774d56d682e549c", "DEVICE_ID"),
    ({"identifierForVendor": IDFA}, "identifierForVendor", IDFA, "DEVICE_ID"),
    # the IDFV under its device, and flattened; a bare ``vendor_id`` is a supplier's or a
    # lead seller's (a lead post's ``vendor_id``)
    ({"device": {"vendor_id": IDFA}}, "device.vendor_id", IDFA, "DEVICE_ID"),
    ({"device_vendor_id": IDFA}, "device_vendor_id", IDFA, "DEVICE_ID"),
    ({"vendor_id": "V-221"}, "vendor_id", None, None),
    # a veteran's VA claim file number (Camp Lejeune and PACT Act intake)
    ({"va_file_number": "C 28 441 907"}, "va_file_number", "C 28 441 907", "OTHER_ID"),
    ({"device": {"uuid": APNS[:32]}}, "device.uuid", APNS[:32], "DEVICE_ID"),
    ({"OAID": ZERO_IDFA}, "OAID", None, None),
    ({"andi": "unknown"}, "andi", None, None),
    ({"properties": {"$ios_ifa": ZERO_IDFA}}, "properties.$ios_ifa", None, None),
    ({"push_tokens": [{"token": "enabled"}]}, "push_tokens[0].token", None, None),
    ({"tokens": [{"token": FCM}]}, "tokens[0].token", None, None),  # an API's, not a device's
    # Mixpanel's and PostHog's ``$``-reserved activity stamps: when the app was used
    ({"$properties": {"$last_seen": "2024-03-14T09:00:00"}}, "$properties.$last_seen", None, None),
    ({"$first_seen": "2024-03-14T09:00:00"}, "$first_seen", None, None),
    ({"push_token": "enabled"}, "push_token", None, None),
    ({"device": {"fcm_token": "x" * 80}}, "device.fcm_token", None, None),  # no digit
    ({"Create Date": "2024-01-05"}, "Create Date", None, None),
    ({"event_date": "20240105"}, "event_date", None, None),
    ({"state": "MA"}, "state", None, None),
    # a carrier's caller-ID name is a person's ("SMITH JOHN"); its placeholders are not
    ({"customer_name": "SMITH JOHN"}, "customer_name", "SMITH JOHN", "NAME"),
    ({"CallerName": "MARTINEZ ROSA"}, "CallerName", "MARTINEZ ROSA", "NAME"),
    ({"Patient": "GARCIA, ELENA M"}, "Patient", "GARCIA, ELENA M", "NAME"),
    ({"customer_name": "WIRELESS CALLER"}, "customer_name", None, None),
    ({"customer_name": "TOLL FREE CALLER"}, "customer_name", None, None),
    ({"caller_name": "Wireless Caller"}, "caller_name", None, None),
    ({"customer_name": "CELL PHONE   TX"}, "customer_name", None, None),
    ({"CallerName": "ATLANTA        GA"}, "CallerName", None, None),
    ({"customer_name": "PRIVATE CALLER"}, "customer_name", None, None),
    ({"caller_id_name": "NAME UNAVAILABLE"}, "caller_id_name", None, None),
    ({"customer_name": "SPAM LIKELY"}, "customer_name", None, None),
    ({"customer_name": "UNKNOWN NAME"}, "customer_name", None, None),
    ({"customer_name": "Mary  Al"}, "customer_name", "Mary  Al", "NAME"),
    # a rate centre with one space: a known place before the state code
    ({"Caller Name": "CHICAGO IL"}, "Caller Name", None, None),
    ({"cnam": "FORT WORTH TX"}, "cnam", None, None),
    ({"cnam": "SMITH AL"}, "cnam", "SMITH AL", "NAME"),  # Surname Al, not a place
    ({"cnam": "JONES PA"}, "cnam", "JONES PA", "NAME"),  # no place called Jones
    ({"caller_name": "CELLA JOHN"}, "caller_name", "CELLA JOHN", "NAME"),
    ({"tracking_phone_number": "+14045550100"}, "tracking_phone_number", None, None),
    ({"Patient": "Yes"}, "Patient", None, None),
    ({"Patient": "New"}, "Patient", None, None),
    ({"Patient": "Self"}, "Patient", None, None),
    ({"Patient": "Established Patient"}, "Patient", None, None),
    ({"user_data": {"ge": [SHA]}}, "user_data.ge[0]", None, None),
    ({"ip_address": "203.0.113.9"}, "ip_address", None, None),  # left to the network detector
    # an ``address`` holding an email address is left to the email detector
    ({"address": "t.morales@icloud.com"}, "address", None, None),
    ({"user_pseudo_id": "1234567890.1700000000"}, "user_pseudo_id", None, None),  # online_ids
    # the company's own sender on a send (detectors/senders.py): a role mailbox, a toll-free
    # line; a person's address or number in the same fields stays (an inbound message's)
    ({"FromEmail": "news@lakesidehealth.org"}, "FromEmail", None, None),
    ({"from_phone_number": "+18885550100"}, "from_phone_number", None, None),
    ({"from_email": "t.morales@icloud.com"}, "from_email", "t.morales@icloud.com", "EMAIL"),
    ({"from_phone_number": "+13125550147"}, "from_phone_number", "+13125550147", "PHONE"),
    ({"Email": "news@clinic.org"}, "Email", "news@clinic.org", "EMAIL"),
    # a header row read as data (a Qualtrics CSV's second header row; appended CSVs
    # repeating their header): the value spells its own column's name
    ({"RecipientFirstName": "Recipient First Name"}, "RecipientFirstName", None, None),
    ({"First Name": "First Name"}, "First Name", None, None),
    ({"Patient's full name": "Patient's Full Name"}, "Patient's full name", None, None),
    ({"City": "City"}, "City", None, None),
    ({"Q1. First Name": "Q1. First Name"}, "Q1. First Name", None, None),
    ({"contact": {"last_name": "Last Name"}}, "contact.last_name", None, None),
    # ... but a value that merely shares a word with the column is a value
    ({"RecipientLastName": "Recipient"}, "RecipientLastName", "Recipient", "NAME"),
    ({"First Name": "Name"}, "First Name", "Name", "NAME"),
    ({"City": "Salt Lake City"}, "City", "Salt Lake City", "LOCATION"),
    # a checksummed Salesforce id is a lookup, read by its object (detectors.record_ids):
    # a person's Account, Contact or Lead stays OTHER_ID, under any identifier name ...
    ({"Id": "00Q5e00000Ab1CdEAJ"}, "Id", "00Q5e00000Ab1CdEAJ", "OTHER_ID"),
    ({"MemberId": "0015e00000ZqR7sAAF"}, "MemberId", "0015e00000ZqR7sAAF", "OTHER_ID"),
    # ... another object's id (a Veeva call, a sent e-mail, a case) is no finding
    ({"Id": "a0B5e00000Kz3QpEAJ"}, "Id", None, None),
    ({"Id": "5005e00000FhJkLAAV"}, "Id", None, None),
    ({"patient_id": "a2F5e000000XyZqEAK"}, "patient_id", None, None),
    # an 18-character member number without the check suffix is still a member number
    ({"member_id": "XOF913847262ABCDEF"}, "member_id", "XOF913847262ABCDEF", "HEALTH_PLAN_ID"),
    ({"Patient Initials": "R.H."}, "Patient Initials", "R.H.", "NAME"),
    ({"Card ID": "80942175531"}, "Card ID", "80942175531", "ACCOUNT_NUMBER"),
    ({"Card ID": "N/A"}, "Card ID", None, None),
    ({"DISP_DT": "20240509"}, "DISP_DT", "20240509", "DATE"),
    ({"prescriber": {"name": "Folake Adeyemi MD"}}, "prescriber.name", "Folake Adeyemi MD", "NAME"),
    ({"NEXT_FILL_DT": "2"}, "NEXT_FILL_DT", None, None),
    # a Snowplow change_form event: the element id names the value typed into it
    (
        {
            "unstruct_event_com_snowplowanalytics_snowplow_change_form_1": {
                "formId": "self-schedule",
                "elementId": "patient-dob",
                "nodeName": "INPUT",
                "type": "text",
                "value": "07/22/1958",
            }
        },
        "unstruct_event_com_snowplowanalytics_snowplow_change_form_1.value",
        "07/22/1958",
        "DATE",
    ),
    # a consent receipt's date is when the banner was answered
    ({"consentDate": "2024-03-14T15:22:01.118Z"}, "consentDate", None, None),
    # the 15-character form has no check: the field's reading stands
    ({"Id": "a0B5e00000Kz3Qp"}, "Id", "a0B5e00000Kz3Qp", "OTHER_ID"),
    # a field named for a person holding a lookup to the person's record (Health Cloud)
    ({"Patient__c": "0015e00000XyZ12AAF"}, "Patient__c", "0015e00000XyZ12AAF", "OTHER_ID"),
    ({"Patient__c": "a0X5e000001TzYxEAK"}, "Patient__c", None, None),
    ({"Patient__c": "Gloria Benavides"}, "Patient__c", "Gloria Benavides", "NAME"),
    # Keap's phone list; ActiveCampaign's custom-field values, read by their content
    (
        {"phone_numbers": [{"number": "(561) 555-0117", "field": "PHONE1"}]},
        "phone_numbers[0].number",
        "(561) 555-0117",
        "PHONE",
    ),
    # Dynamics 365's Excel export: the hidden record-GUID column of a contacts view
    (
        {"(Do Not Modify) Contact": "4f8e2d1c-9b7a-ee11-8179-000d3a1b2c3d"},
        "(Do Not Modify) Contact",
        "4f8e2d1c-9b7a-ee11-8179-000d3a1b2c3d",
        "OTHER_ID",
    ),
    (
        {"(Do Not Modify) Account": "4f8e2d1c-9b7a-ee11-8179-000d3a1b2c3d"},
        "(Do Not Modify) Account",
        None,
        None,
    ),
    (
        {"(Do Not Modify) Modified On": "3/14/2024 9:31:07 AM"},
        "(Do Not Modify) Modified On",
        None,
        None,
    ),
    # a bare ``Member`` column: a payer's member number, a roster's member's name, never a
    # membership level
    ({"Member": "W123456789"}, "Member", "W123456789", "HEALTH_PLAN_ID"),
    ({"Member": "Yvonne Tran"}, "Member", "Yvonne Tran", "NAME"),
    ({"Member": "Gold"}, "Member", None, None),
    ({"Member ID": "Yvonne Tran"}, "Member ID", None, None),
    # Zoom's display-name column: a person's name, but a device's default name is nobody's
    (
        {"User Name (Original Name)": "Dorothy Kramer"},
        "User Name (Original Name)",
        "Dorothy Kramer",
        "NAME",
    ),
    ({"User Name (Original Name)": "iPhone"}, "User Name (Original Name)", None, None),
    ({"Name (Original Name)": "Galaxy S21"}, "Name (Original Name)", None, None),
    # a yes/no flag's letter under a PCP column is no PCP's name
    ({"Refer to PCP": "Y"}, "Refer to PCP", None, None),
    ({"PCP": "Dr. Anil Mehta"}, "PCP", "Dr. Anil Mehta", "NAME"),
    ({"kit_id": "LGC-7Q4M-2K8X"}, "kit_id", "LGC-7Q4M-2K8X", "OTHER_ID"),
    ({"kit": {"barcode": "KB4X7Q2M9K3L18"}}, "kit.barcode", "KB4X7Q2M9K3L18", "OTHER_ID"),
    ({"kit_sku": "EW-FS-96"}, "kit_sku", None, None),
    # a referral column's "no one referred me"
    ({"Ordering Provider": "Self-referral"}, "Ordering Provider", None, None),
    ({"Referring Provider": "Self referred"}, "Referring Provider", None, None),
    # an AWS principal's unique id under a sender's id (SQS's ``attributes.SenderId``) is
    # the IAM user or role that sent the message; a CRM's sender id is still a person's
    ({"attributes": {"SenderId": "AIDAIENQZJOLO23YVJ4VO"}}, "attributes.SenderId", None, None),
    (
        {"userIdentity": {"principalId": "AROAJ45Q7PLE3QGEXAMPLE"}},
        "userIdentity.principalId",
        None,
        None,
    ),
    ({"sender_id": "S-0048213"}, "sender_id", "S-0048213", "OTHER_ID"),
    # a stream's 56-digit sequence number under Firehose's ``recordId``
    (
        {"records": [{"recordId": "49546986683135544286507457936321625675700192471156785154"}]},
        "records[0].recordId",
        None,
        None,
    ),
    ({"recordId": "REC-2231908"}, "recordId", "REC-2231908", "OTHER_ID"),
    # a union's branch in Avro's JSON encoding reads under its field's name
    ({"after": {"first_name": {"string": "Maria"}}}, "after.first_name.string", "Maria", "NAME"),
    ({"after": {"email": {"string": "m@x.com"}}}, "after.email.string", "m@x.com", "EMAIL"),
    # a cloud service account under an email key (BigQuery ``JOBS.user_email``) is a
    # program; a person's mailbox there is still an email
    (
        {"user_email": "etl-loader@acme-data.iam.gserviceaccount.com"},
        "user_email",
        None,
        None,
    ),
    ({"user_email": "m.reyes@gmail.com"}, "user_email", "m.reyes@gmail.com", "EMAIL"),
    # a masking policy's output names the provider, not the person; a partial mask that
    # keeps a letter is still read as an address
    ({"Patients Email": "****@gmail.com"}, "Patients Email", None, None),
    ({"email": "j***@gmail.com"}, "email", "j***@gmail.com", "EMAIL"),
    # a query's clock in Redshift's run-together system columns
    ({"starttime": "2024-10-07 21:20:11.004"}, "starttime", None, None),
    ({"endtime": "2024-10-07 21:20:14.377"}, "endtime", None, None),
    # a nurse's log, a cabin list and an athletic trainer's log head the person by their
    # part; one word there (a grade, a status) is no name, nor a camp counsellor's first
    # name under ``Counselor`` (a counselling centre's clinician there has a whole name)
    ({"Student": "Harper Lindgren"}, "Student", "Harper Lindgren", "NAME"),
    ({"Camper": "Isabella Cruz"}, "Camper", "Isabella Cruz", "NAME"),
    ({"Athlete": "Dominic Reyes"}, "Athlete", "Dominic Reyes", "NAME"),
    ({"Student": "Transfer"}, "Student", None, None),
    ({"Counselor": "Maddie"}, "Counselor", None, None),
    ({"Counselor": "Dr. Renee Holt"}, "Counselor", "Dr. Renee Holt", "NAME"),
    # an initial with its period is a word of its own (a pregnancy-options counsellor:
    # tests/test_reproductive_health_access.py); a place's abbreviation is not an initial
    ({"Counselor": "J. Whitlow"}, "Counselor", "J. Whitlow", "NAME"),
    ({"Resident": "St. Louis"}, "Resident", None, None),
    # the sonographer of a dating scan is reported, as a reading radiologist is
    ({"sonographer": "K. Abbott, RDMS"}, "sonographer", "K. Abbott, RDMS", "NAME"),
    # an exam's or a procedure's ``performed_at`` is a date of care; a bare one is an event
    # log's, and a security scanner's scan is no patient's
    (
        {"exam": {"performed_at": "2024-10-01T10:12:00-05:00"}},
        "exam.performed_at",
        "2024-10-01T10:12:00-05:00",
        "DATE",
    ),
    ({"procedure": {"performed_on": "2024-09-19"}}, "procedure.performed_on", "2024-09-19", "DATE"),
    ({"performed_at": "2024-10-01T10:12:00-05:00"}, "performed_at", None, None),
    ({"scan": {"performed_at": "2024-10-01T10:12:00Z"}}, "scan.performed_at", None, None),
    ({"Student Number": "208814"}, "Student Number", "208814", "OTHER_ID"),
    ({"school_phone": "(614) 555-0100"}, "school_phone", None, None),
]


def _scan(record: dict[str, object]) -> list[dict[str, object]]:
    engine = Engine(EngineConfig(ner=False, detectors=("field_name",)))
    return engine.scan([record], source="t").findings.to_pylist()


def _value_at(record: object, field: str) -> str:
    node = record
    if isinstance(node, dict) and field in node:
        node = node[field]
    else:
        for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", field):
            node = node[int(index)] if index else node[key]  # type: ignore[index]
    return node if isinstance(node, str) else str(node)


@pytest.mark.parametrize(("record", "field", "text", "entity"), DETECTIONS)
def test_field_name_detector(
    record: dict, field: str, text: str | None, entity: str | None
) -> None:
    rows = _scan(record)
    if text is None:
        assert rows == []
        return
    assert len(rows) == 1, rows
    row = rows[0]
    value = _value_at(record, field)
    assert (row["field"], row["entity"], row["detector"]) == (field, entity, "field_name")
    assert value[row["start"] : row["end"]] == text
    assert row["score"] >= 0.85


@pytest.mark.parametrize(
    ("value", "ok"),
    [
        ("1980-03-05", True),
        ("1980/3/5", True),
        ("1980-03-05T00:00:00.000+0000", True),
        ("03/05/80", True),
        ("31.12.1999", True),
        ("5 March 1980", True),
        ("Mar 5th, 1980", True),
        ("19800305", True),
        ("03051980", True),  # MMDDYYYY, as an IVR caller keys a date of birth
        ("13051980", False),
        ("12345678", False),
        ("1980-13-05", False),
        ("02/30/1980", False),
        ("1700000000", False),
        ("3.14", False),
        ("1300-01-01", False),
        ("Smarch 5, 1980", False),
        # a scheduler's CSV writes the time after a textual date (Acuity's ``Start Time``)
        ("November 4, 2024 11:15", True),
        ("Nov 4, 2024 9:30 am", True),
        ("November 31, 2024 11:15", False),
        ("November 4, 2024 11:15 room 2", False),
    ],
)
def test_parse_date(value: str, ok: bool) -> None:
    assert parse_date(value) is ok


def test_many_cells_only_entity_fields_scanned() -> None:
    """A chunk of analytics rows: only identifier fields produce findings."""
    rows = [
        {
            "event_name": "page_view",
            "event_timestamp": 1700000000123456 + i,
            "user_first_touch_timestamp": 1690000000000000,
            "ga_session_id": 1700000000,
            "platform": "WEB",
            "first_name": "Maria",
        }
        for i in range(200)
    ]
    engine = Engine(EngineConfig(ner=False, detectors=("field_name",)))
    found = engine.scan(rows, source="t").findings
    assert found.num_rows == 200
    assert set(found.column("field").to_pylist()) == {"first_name"}


@pytest.mark.parametrize(
    ("url", "text", "entity"),
    [
        ("https://clinic.org/book?first_name=Mar%C3%ADa&utm_source=x", "Mar%C3%ADa", "NAME"),
        ("https://clinic.org/book?email=maria%40example.com", "maria%40example.com", "EMAIL"),
        ("/book?dob=1980-03-05&step=2", "1980-03-05", "DATE"),
        ("/book?zip=02134", "02134", "ZIP_CODE"),
    ],
)
def test_url_query_values(url: str, text: str, entity: str) -> None:
    """Query values get the parameter's prior; offsets point into the original URL."""
    rows = _scan({"page_location": url})
    assert [(url[r["start"] : r["end"]], r["entity"]) for r in rows] == [(text, entity)]


def test_ascii_spelled_name_and_letter_checks_agree_with_unicode_patterns() -> None:
    """``_names`` and ``_has_letter`` avoid compiling Unicode classes for ASCII values; on
    random mixes of letters of several scripts, marks, apostrophes, Unicode spaces and
    digits they must answer exactly what the ``\\pL``/``\\pM`` patterns answer."""
    alphabet = [*"AbcZz'’.-, \t\n\v\f\r1_@^", "é", "e\u0301", "\u0301", "中", "\xa0", "\u2003"]
    alphabet += ["٣", "ʰ", "\u093f", "𝐀", "Ⅰ", "²"]  # Arabic digit, modifier, mark, math, Nl, No
    rng = random.Random(7)
    values = pa.array(["".join(rng.choices(alphabet, k=rng.randint(0, 10))) for _ in range(20_000)])
    expected = fn.matches(values, fn._NAME) & (fn.lengths(values) <= 64)
    assert expected.sum() > 500
    assert (fn._names(values) == expected).all()
    assert (fn._has_letter(values) == fn.matches(values, r"\pL")).all()


@pytest.mark.parametrize(
    "record",
    [
        {"zip": "60614 ps_7b1bbedaf8c184ed"},  # was "60614 jane@x.com": an email, no place
        {"Postal Code": "ps_7b1bbedaf8c184ed"},
        {"user_properties": [{"key": "address", "value": "c/o ps_7b1bbedaf8c184ed"}]},
    ],
)
def test_a_value_holding_the_policys_pseudonym_is_not_judged_whole(record: dict) -> None:
    """As with a value holding a tag: what the first scan left around a pseudonym is not a
    LOCATION now that the email beside it became ``ps_…`` (a rescan under
    pseudonymize tagged it, so redaction was not idempotent)."""
    config = EngineConfig(ner=False, redaction_outputs=(r"ps_[0-9a-f]{16}",))
    found = Engine(config).scan([record], source="t").findings.to_pylist()
    assert [r for r in found if r["detector"] == "field_name"] == []


@pytest.mark.parametrize(
    "paths",
    [
        # keys of no word beside every column a chunk-level rule reads: a CSV's empty or
        # punctuation-only header cells, a JSON key ``"?"``
        ("", "Date", "Gross", "Net", "Transaction ID"),
        ("?", "-", "Date", "Time", "Lineitem name", "Id", "RayID", "ClientIP", "user_agent"),
        ("[0]", "", "pages", "duration", "conversion_action", "impressions", "cost"),
    ],
)
def test_chunk_rules_take_keys_of_no_word(paths: tuple[str, ...]) -> None:
    """Every chunk-level rule reads a chunk whose columns include keys of no word (they
    once raised IndexError and failed the scan)."""
    assert len(profile_paths(paths)) == len(paths)


@pytest.mark.parametrize(
    ("paths", "machine", "kept"),
    [
        # Shopify's orders CSV: ``Id`` and ``Name`` are the order's
        (("Name", "Email", "Lineitem name", "Lineitem sku", "Id"), {"Id", "Name"}, set()),
        # without line items a top-level ``Id`` is a CRM record's (a Salesforce Lead's)
        (("Id", "FirstName", "Email"), set(), {"Id"}),
        # a processor's transaction report: its ``Date`` is when the money moved
        (("Date", "Time", "Name", "Gross", "Fee", "Net", "Transaction ID"), {"Date"}, set()),
        (("Date", "Gross Sales", "Net Sales", "Transaction ID", "Customer ID"), {"Date"}, set()),
        # a ledger without gross and net keeps its date (a date of service)
        (("Date", "Patient", "Procedure", "Amount", "Transaction ID"), set(), set()),
        # Klaviyo's event time written twice; Acuity's bare ``datetime`` stays a date's place
        (("attributes.timestamp", "attributes.datetime"), {"attributes.datetime"}, set()),
        (("datetime", "firstName", "type"), set(), set()),
        # ...and once beside the event's own properties, without its epoch twin
        (
            ("attributes.datetime", "attributes.event_properties.URL"),
            {"attributes.datetime"},
            set(),
        ),
        (("datetime", "event_properties.$value"), {"datetime"}, set()),
        (("datetime", "my_event_properties.x"), set(), set()),
        # an OAuth authorization request's client_id is the application's, not a browser's
        (("url?client_id", "url?redirect_uri", "url?state"), {"url?client_id"}, set()),
        (("url?client_id", "url?response_type"), {"url?client_id"}, set()),
        (("url?client_id", "url?tid"), set(), set()),
        # an event ticketing export (Eventbrite's attendee report): when the ticket was
        # bought, the event's day, the door scan; a custom question's birth date stays
        (
            (
                "Order #",
                "Order Date",
                "Ticket Type",
                "Date Attending",
                "Check-In Date",
                "Birth Date",
                "Email",
            ),
            {"Order Date", "Date Attending", "Check-In Date"},
            set(),
        ),
        # an order column without a ticket column is no ticketing export
        (("Order #", "Order Date", "Email"), set(), set()),
        # an attendance report counts seats: its dates are the sessions'
        (
            ("Class", "Session Date", "Registered", "Attended", "No-shows", "Due Date"),
            {"Session Date"},
            set(),
        ),
        # registered and attended alone are a person's yes/no flags (a webinar's attendee)
        (("Session Date", "Registered", "Attended", "Email"), set(), set()),
        # a public event listing (Eventbrite's event object, a page's JSON-LD ``Event``):
        # its schedule and its place are the event's
        (
            ("name.text", "start.utc", "end.utc", "capacity", "venue.address.city"),
            {"start.utc", "end.utc", "venue.address.city"},
            set(),
        ),
        (
            ("name", "startDate", "location.address.streetAddress", "eventAttendanceMode"),
            {"startDate", "location.address.streetAddress"},
            set(),
        ),
        # a calendar's appointment has an organiser and attendees, but no listing keys
        (("summary", "start.dateTime", "organizer.email", "attendees[0].email"), set(), set()),
        # a fax log (a page count beside a fax number): when the fax came or went is the
        # service's clock; the patient's birth date indexed to it stays
        (
            ("Date Received", "From Fax", "Pages", "Subject", "Birth Date"),
            {"Date Received"},
            set(),
        ),
        (("receivedDate", "remoteFax", "pageCount", "patient.dob"), {"receivedDate"}, set()),
        (("creationTime", "faxPageCount", "from.phoneNumber"), {"creationTime"}, set()),
        # a page count without a fax number is no fax log (a document's pages)
        (("Date Received", "Pages", "Email"), set(), set()),
    ],
)
def test_export_context_makes_columns_machine_fields(
    paths: tuple[str, ...], machine: set[str], kept: set[str]
) -> None:
    """Columns that a chunk's other columns show to be the store's or the report's own."""
    profiles = dict(zip(paths, profile_paths(paths), strict=True))
    assert {p for p, prof in profiles.items() if prof.system} >= machine
    dates = {"Date", "datetime", "Order Date", "Session Date", "Date Received", "patient.dob"}
    for path in kept | (dates & set(paths)) - machine:
        assert not profiles[path].system, path
    for path in {"Birth Date", "Due Date"} & set(paths):
        assert not profiles[path].system, path
    for path in kept:
        assert profiles[path].entity == "OTHER_ID"


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a help desk's synced shop customer under ``integrations`` is a person's record
        (
            {
                "customer": {
                    "integrations": {
                        "4521": {
                            "customer": {
                                "default_address": {
                                    "address1": "77 Orchard Hill Dr",
                                    "zip": "43085",
                                }
                            }
                        }
                    }
                }
            },
            {
                ("customer.integrations.4521.customer.default_address.address1", "LOCATION"),
                ("customer.integrations.4521.customer.default_address.zip", "ZIP_CODE"),
            },
        ),
        # Segment's destination settings stay machine data
        ({"integrations": {"Mixpanel": {"zip": "43085"}}}, set()),
        # ServiceNow reference display values and Help Scout name parts under a person
        ({"contact": {"display_value": "Helen Brooks"}}, {("contact.display_value", "NAME")}),
        ({"assigned_to": {"display_value": "Marcus Reid"}}, set()),
        (
            {"primaryCustomer": {"first": "Benjamin", "last": "Okafor"}},
            {("primaryCustomer.first", "NAME"), ("primaryCustomer.last", "NAME")},
        ),
        # Microsoft Graph's ``emailAddress.address``
        (
            {"toRecipients": [{"emailAddress": {"address": "irene.c@gmail.com"}}]},
            {("toRecipients[0].emailAddress.address", "EMAIL")},
        ),
        # a mail header ``Received`` line is text (a bare ``received`` is a receipt time)
        (
            {"headers": {"Received": "from x (c-73-22-145-9.example.net [73.22.145.9]) by y"}},
            {("headers.Received", "IP_ADDRESS")},
        ),
        ({"received": "2024-03-04T10:00:00Z"}, set()),
        # a custom field known by its number: its value judged by its shape
        (
            {"custom_fields": [{"id": 360029911801, "value": "1971-08-23"}]},
            {("custom_fields[0].value", "DATE")},
        ),
        ({"custom_fields": [{"id": 360029911802, "value": "billing_dispute"}]}, set()),
        # a ticket's lifecycle stamps (Zendesk Explore CSV columns)
        ({"Ticket solved - Date": "2024-03-05", "Ticket reopened - Date": "2024-03-06"}, set()),
    ],
)
def test_help_desk_and_mailbox_shapes(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a care-gap list's bare ``Member`` column holds the member's name as often as the id
        ({"Member": "HOLLOWAY, JAMES"}, {("Member", "NAME")}),
        ({"Subscriber": "Rosa M Garcia"}, {("Subscriber", "NAME")}),
        ({"Member #": "M000288104"}, {("Member #", "HEALTH_PLAN_ID")}),
        # one word is a status or a tier; an organisation is no member's name
        ({"Member": "Active"}, set()),
        ({"Subscriber": "Northside Family Health"}, set()),
        # a hashed member key is a hashed identifier
        (
            {"member_id_hash": hashlib.sha256(b"M000482913").hexdigest()},
            {("member_id_hash", "HASHED_ID")},
        ),
        ({"mbi_sha256": hashlib.sha256(b"3WX7FN4GH82").hexdigest()}, {("mbi_sha256", "HASHED_ID")}),
        # a quality report's measurement period is no person's date
        ({"Measurement Period": "01/01/2024 - 12/31/2024"}, set()),
        # a report's snapshot date; a member's own dates keep theirs
        ({"as_of_date": "2025-06-30"}, set()),
        (
            {"Disenrollment Effective Date": "2025-03-01"},
            {("Disenrollment Effective Date", "DATE")},
        ),
    ],
)
def test_payer_member_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


_PLAN_ROW = {
    "contract_id": "H1234",
    "pbp_id": "005",
    "plan_name": "Acme Advantage Plus (HMO)",
    "county": "Cuyahoga",
    "fips": "39035",
    "monthly_premium": "0.00",
    "moop_in_network": "3900",
    "effective_date": "2025-01-01",
}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a plan catalog row: the plan's service-area county and plan-year start
        (_PLAN_ROW, set()),
        ({"Contract-PBP": "H5521-012", "Star Rating": "4.5", "County": "Summit"}, set()),
        # an enrollment row has a contract, a PBP and a premium too, beside the member: the
        # county and the effective date are the member's
        (
            {**_PLAN_ROW, "MBI": "3WX7FN4GH82"},
            {("county", "LOCATION"), ("effective_date", "DATE"), ("MBI", "HEALTH_PLAN_ID")},
        ),
        # a contract id alone (no benefit cost) makes no catalog
        (
            {"contract_id": "H1234", "county": "Cuyahoga", "effective_date": "2025-01-01"},
            {("county", "LOCATION"), ("effective_date", "DATE")},
        ),
    ],
)
def test_plan_catalog_rows(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


def test_a_calendar_appointment_is_no_event_listing() -> None:
    """An organiser and attendees alone do not make a record a public event listing: a
    calendar's appointment keeps its start (the visit's day) for the date rules."""
    paths = ("summary", "start.date", "organizer.email", "attendees[0].email")
    assert not profile_paths(paths)[1].system
    listing = ("name", "start.date", "organizer.email", "venue.name")
    assert profile_paths(listing)[1].system


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # maternity and newborn exports name the family by relation: a newborn photo
        # vendor's mother, a registry's or an announcement's baby (the maternity probe)
        ({"Mother Name": "Danielle Fortier"}, {("Mother Name", "NAME")}),
        ({"mothers_name": "Danielle Fortier"}, {("mothers_name", "NAME")}),
        ({"order": {"baby_name": "Olivia Rose"}}, {("order.baby_name", "NAME")}),
        ({"Baby's Name": "Mateo Quintero"}, {("Baby's Name", "NAME")}),
        ({"husband_name": "Tuan Nguyen"}, {("husband_name", "NAME")}),
        # a partner is an affiliate's or an agency's as often as a person's partner
        ({"partner_name": "Acme Agency Partner"}, set()),
        ({"Partner Name": "Devon Marsh"}, set()),
        # a product's or a template's name is no one's
        ({"baby_product_name": "Swaddle Blanket"}, set()),
    ],
)  # fmt: skip
def test_relatives_name_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("path", "entity"),
    [
        ("_birthDate.extension[0].valueDateTime", "DATE"),
        ("contained[0]._birthDate.extension.valueDateTime", "DATE"),
        # an extension means what its element does: a status or a gender is no identifier
        ("_status.extension[0].valueCode", None),
        ("_gender.extension[0].valueCode", None),
        ("extension[0].valueDateTime", None),
    ],
)
def test_fhir_primitive_extension_means_its_element(path: str, entity: str | None) -> None:
    """JSON FHIR keeps a primitive's extensions under ``_element``: the patient's birth time
    (``_birthDate.extension[].valueDateTime``) is a birth date."""
    assert profile_path(path).entity == entity


@pytest.mark.parametrize("path", ["birthTime", "patient.birthTime", "birth_time"])
def test_hl7_birth_time_is_a_birth_date(path: str) -> None:
    # HL7 v3's (a CDA patient's) ``birthTime``, FHIR's ``patient-birthTime`` extension
    assert profile_path(path).entity == "DATE"


@pytest.mark.parametrize(
    ("record", "field", "text", "entity"),
    [
        # an Excel serial date under a person's date column: as text, an int, a float, with
        # the time of day as a fraction (the span is the value's whole JSON text)
        ({"DOB": "22720"}, "DOB", "22720", "DATE"),
        ({"DOB": 12845}, "DOB", "12845", "DATE"),
        ({"Appt Date": 45580.0}, "Appt Date", "45580.0", "DATE"),
        ({"Admit Date": "45580.395833"}, "Admit Date", "45580.395833", "DATE"),
        # Excel's thousands separators on a phone or an id typed as a number
        ({"Home Phone": "6,175,550,177"}, "Home Phone", "6,175,550,177", "PHONE"),
        ({"MRN": "1,004,523"}, "MRN", "1,004,523", "MRN"),
        ({"Member ID": "88,412,093"}, "Member ID", "88,412,093", "HEALTH_PLAN_ID"),
        # four digits under a birth date are a year (Safe Harbor keeps it), not a serial;
        # past 2099-12-31 and six digits are no serial either
        ({"DOB": "1962"}, "DOB", None, None),
        ({"DOB": 79999}, "DOB", None, None),
        ({"DOB": "227200"}, "DOB", None, None),
        # the same digits under a column that names no person's date
        ({"Invoice #": 45123}, "Invoice #", None, None),
        ({"Visits": "45123"}, "Visits", None, None),
        # grouped digits too few for a phone; a count under a non-id column
        ({"Phone": "1,204"}, "Phone", None, None),
        ({"Total Charges": "12,480"}, "Total Charges", None, None),
        # a spreadsheet's error values and pandas' missing value are no one's identifier
        ({"Name": "#N/A"}, "Name", None, None),
        ({"Patient Name": "#N/A"}, "Patient Name", None, None),
        ({"Email": "#REF!"}, "Email", None, None),
        ({"ZIP": "#DIV/0!"}, "ZIP", None, None),
        ({"Phone": "#VALUE!"}, "Phone", None, None),
        ({"first_name": "<NA>"}, "first_name", None, None),
    ],
)
def test_spreadsheet_coerced_values(
    record: dict, field: str, text: str | None, entity: str | None
) -> None:
    # what a workbook saved to CSV or a pandas round-trip leaves of a value
    # (tests/test_spreadsheet_artifacts.py)
    test_field_name_detector(record, field, text, entity)


@pytest.mark.parametrize(
    ("path", "entity", "flag"),
    [
        # a spreadsheet column's item number is its place in the sheet, not a parent key
        # (InBody's LookinBody export, a survey's numbered questions)
        ("9. Test Date / Time", "DATE", N),
        ("Q3. What is your first name?", "NAME", N),
        ("6. Mobile Number", "PHONE", N),
        # a test's or a scan's date and time is the person's visit
        ("Scan Date/Time", "DATE", N),
        ("exam_datetime", "DATE", N),
        # a dot inside a key's words still nests (``Dr. Name`` is ``dr`` then ``name``),
        # and a version's dot is no item number
        ("Dr. Name", N, N),
        ("build.2.1", N, N),
        # a bare time alone stays a machine's clock
        ("Date / Time", N, S),
    ],
)
def test_item_numbers_and_test_times(path: str, entity: str | None, flag: str | None) -> None:
    test_profile(path, entity, flag)


@pytest.mark.parametrize(
    ("record", "field", "text", "entity"),
    [
        # a bare ``Contact`` column holds the contact's name when a word of it is a known
        # given name; a method or a flag is no one's
        ({"Contact": "Ruth Abernathy"}, "Contact", "Ruth Abernathy", "NAME"),
        ({"Contact": "Abernathy, Ruth"}, "Contact", "Abernathy, Ruth", "NAME"),
        ({"Contact": "Phone Call"}, "Contact", None, None),
        ({"Contact": "Text Message"}, "Contact", None, None),
        ({"Contact": "Do Not Contact"}, "Contact", None, None),
        ({"Contact": "Email"}, "Contact", None, None),
        ({"Contact": "Midtown Clinic"}, "Contact", None, None),
        # nested, a ``contact`` is an object's field, read by its own rules
        ({"case": {"contact": "Phone Call"}}, "case.contact", None, None),
    ],
)
def test_bare_contact_and_numbered_columns(
    record: dict, field: str, text: str | None, entity: str | None
) -> None:
    test_field_name_detector(record, field, text, entity)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a lab's or an imaging centre's accession is one person's specimen or study (the
        # imaging probe); a sequence database's accession is a reference's
        ({"accession": "CT24-118842"}, {("accession", "OTHER_ID")}),
        ({"Accession": "US24-330190"}, {("Accession", "OTHER_ID")}),
        ({"accession": "202500412"}, {("accession", "OTHER_ID")}),
        ({"accession": "GCA_000001405.29"}, set()),
        ({"accession": "NM_007294.4"}, set()),
        ({"transcript_accession": "AF123456.1"}, set()),
        # radiology's readers are clinicians, reported as the physician columns are
        ({"radiologist": "Theodore Banks, MD"}, {("radiologist", "NAME")}),
        ({"Radiologist Name": "Theodore Banks"}, {("Radiologist Name", "NAME")}),
        ({"original_reader": "Priya Raman, MD"}, {("original_reader", "NAME")}),
        ({"NameOfPhysiciansReadingStudy": "BANKS^T"}, {("NameOfPhysiciansReadingStudy", "NAME")}),
        ({"PerformingPhysicianName": "RAMAN^PRIYA"}, {("PerformingPhysicianName", "NAME")}),
        ({"card_reader": "Verifone P400"}, set()),
        ({"signed_by": "system"}, set()),
        # pathology's readers, as radiology's are (dermatology probe)
        ({"signed_out_by": "Lena Moritz, MD"}, {("signed_out_by", "NAME")}),
        ({"Dermatopathologist": "Omar Haddad, MD"}, {("Dermatopathologist", "NAME")}),
        ({"pathologist_count": "3"}, set()),
        # a REMS programme's number of one patient (iPLEDGE): the person's, no plan's
        ({"iPLEDGE ID": "8412095573"}, {("iPLEDGE ID", "OTHER_ID")}),
        ({"iPLEDGE_Patient_ID__c": "8412095573"}, {("iPLEDGE_Patient_ID__c", "OTHER_ID")}),
        ({"rems_patient_id": "C-0094412"}, {("rems_patient_id", "OTHER_ID")}),
        # a results letter's send stamp is the letter run's
        ({"letter_sent": "2024-10-10T15:02:11Z"}, set()),
        # a DICOM instance's institution is the centre, not a patient's address
        ({"InstitutionAddress": "1550 N Main St, Gainesville, FL 32601"}, set()),
        ({"PatientAddress": "1204 Elm St, Clearwater, FL 33755"}, {("PatientAddress", "LOCATION")}),
    ],
)  # fmt: skip
def test_imaging_centre_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an annotation's list of typed traits or attributes names each by a label; a
        # person's traits are one object, whose ``name`` is theirs
        ({"Traits": [{"Name": "DIAGNOSIS", "Score": 0.94}]}, set()),
        ({"Entities": [{"Attributes": [{"Name": "NEGATION", "Score": 0.9}]}]}, set()),
        ({"traits": {"name": "Jane Doe"}}, {("traits.name", "NAME")}),
        ({"traits": {"Name": "Jane Doe"}}, {("traits.Name", "NAME")}),
        # a vendor report's and an invoice's window is no person's date; a patient's
        # period of care is
        ({"Report Period": "09/01/2024 - 09/30/2024"}, set()),
        ({"billing_period": "2024-09-01"}, set()),
        ({"DOS": "09/30/2024"}, {("DOS", "DATE")}),
    ],
)  # fmt: skip
def test_dictation_and_transcription_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a pediatric screening tool's or a portal's number of the child is the child's
        # record id (the pediatric probe); a tree's, a process's or a task's child is not
        ({"child_id": "C-208841"}, {("child_id", "OTHER_ID")}),
        ({"Child ID": "208841"}, {("Child ID", "OTHER_ID")}),
        ({"infant_id": "N-4471"}, {("infant_id", "OTHER_ID")}),
        ({"node": {"child_id": "n-1182"}}, set()),
        ({"child_span_id": "a1b2c3d4e5f60718"}, set()),
        ({"child_issue_id": "PROJ-1182"}, set()),
        # a hospital's stand-in for a newborn not yet named is no name; with the surname
        # it is the baby's
        ({"Infant First Name": "Baby Boy"}, set()),
        ({"infant_name": "Baby Girl"}, set()),
        ({"infant_name": "Twin A"}, set()),
        ({"infant_name": "GARCIA, BABY GIRL"}, {("infant_name", "NAME")}),
        # a typed signature of a named party is the signer's name; a flag, a status or a
        # method under the same key is not, nor a signature's date or file
        ({"Parent Signature": "Lorena Farias"}, {("Parent Signature", "NAME")}),
        ({"guardian_signature": "Farias, Lorena"}, {("guardian_signature", "NAME")}),
        ({"Parent Signature": "Signed"}, set()),
        ({"Parent Signature": "On file"}, set()),
        ({"Patient Signature": "Electronic Signature"}, set()),
        ({"Signature On File": "Y"}, set()),
        ({"patient_signature_image": "sig_88120.png"}, set()),
        # a portal proxy (a parent with access to a child's chart) is a person; a network
        # proxy's name has no given name in it
        ({"proxy_name": "Miriam Okafor"}, {("proxy_name", "NAME")}),
        ({"proxy_name": "Edge Gateway"}, set()),
        ({"proxy_name": "squid"}, set()),
        ({"Proxy Last Name": "Haugen"}, {("Proxy Last Name", "NAME")}),
        # a NICU app's or a newborn feed's baby object is the child's record
        ({"baby": {"name": "Leo Whitaker"}}, {("baby.name", "NAME")}),
        ({"infant": {"name": "Leo Whitaker"}}, {("infant.name", "NAME")}),
        ({"child": {"name": "Electronics"}}, set()),  # a tree's node as often
        # a relation noted after a caller's name or number is no part of it
        ({"caller": "Jessica Thornton (mother)"}, {("caller", "NAME")}),
        ({"callback": "817-555-0164 (dad)"}, {("callback", "PHONE")}),
        ({"caller": "(mother)"}, set()),
    ],
)  # fmt: skip
def test_pediatric_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a team's public injury report, a stats feed and a roster head the athlete by
        # their part (tests/test_sports_medicine_athletics.py); one word is a status
        ({"Player": "Marcus Delaney"}, {("Player", "NAME")}),
        ({"Player": "Questionable"}, set()),
        ({"playerName": "Vance, Tyrell"}, {("playerName", "NAME")}),
        ({"player": {"displayName": "Darius Coleman"}}, {("player.displayName", "NAME")}),
        # a video player's configured name is a widget's, and a push provider's player id
        # stays a device subscription's online id, not a person's record id
        ({"player_name": "Homepage Player"}, set()),
        (
            {"player_id": "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e"},
            {("player_id", "ONLINE_ID")},
        ),
        # a school's or a district's accident policy is the institution's contract; the
        # parenthesized owner stays a word of the key
        ({"Policy Number (school)": "SAP-44180-25"}, set()),
        ({"School Policy Number": "SAP-44180-25"}, set()),
        ({"Policy Number": "XWB884120371"}, {("Policy Number", "HEALTH_PLAN_ID")}),
        # a rooming list's roommate; a referral's bare ``referring`` object is a clinician
        ({"Roommate": "Ella Sorensen"}, {("Roommate", "NAME")}),
        ({"Roommate": "412"}, set()),
        ({"referring": {"name": "Dr. Lauren Voss"}}, {("referring.name", "NAME")}),
        ({"referral": {"name": "Spring Sports Clinic"}}, set()),
    ],
)  # fmt: skip
def test_athletics_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


def test_a_relation_note_is_left_out_of_the_span(engine_no_ner) -> None:
    record = {"caller": "Jessica Thornton (mother)"}
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert [(r["start"], r["end"]) for r in rows] == [(0, len("Jessica Thornton"))]


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a clinician column's empty slot or machine sign-off is no one's name
        ({"surgeon": "Unassigned"}, set()),
        ({"radiologist": "system"}, set()),
        ({"signed_out_by": "AUTOVERIFY"}, set()),
        ({"attending": "TBD"}, set()),
        ({"provider_name": "Not Assigned"}, set()),
        ({"pcp": "No PCP"}, set()),
        # a clinician's name there still is
        ({"radiologist": "Theodore Banks, MD"}, {("radiologist", "NAME")}),
        ({"surgeon": "Dr. Lee"}, {("surgeon", "NAME")}),
        ({"pcp": "Ana Ortiz"}, {("pcp", "NAME")}),
    ],
)
def test_a_clinician_columns_placeholder_is_no_name(
    engine_no_ner, record: dict, expected: set
) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a pharmacy claim's cardholder id is the number on the member's pharmacy card
        ({"Cardholder ID": "ZQK48812093"}, {("Cardholder ID", "HEALTH_PLAN_ID")}),
        ({"cardholder_id": "9001847722301"}, {("cardholder_id", "HEALTH_PLAN_ID")}),
        ({"Cardholder Number": "W284019933"}, {("Cardholder Number", "HEALTH_PLAN_ID")}),
        # its person code, the plan's BIN, PCN and group are codes of the plan
        ({"Person Code": "01"}, set()),
        ({"Rx BIN": "610014", "Rx PCN": "MEDDPRIME", "Rx Group": "RX4482A"}, set()),
        # a payment's cardholder name stays a name
        ({"Cardholder Name": "Lorraine Adebayo"}, {("Cardholder Name", "NAME")}),
        # a coverage policy document's number is no beneficiary's; a policy number is
        ({"policy_id": "CP.PHAR.245"}, set()),
        ({"Policy ID": "MP.040"}, set()),
        ({"policy_id": "W123456789"}, {("policy_id", "HEALTH_PLAN_ID")}),
        ({"Policy Number": "PA-1188-2041"}, {("Policy Number", "HEALTH_PLAN_ID")}),
        # when a scheduled report ran is the extract's clock
        ({"Report Run": "2024-09-01"}, set()),
        ({"report_generated_date": "2024-09-01"}, set()),
    ],
)
def test_pharmacy_benefit_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a jail's or a prison's exports name the person held by their part: a sick-call
        # export's ``inmate_name`` and ``inmate_id``, a DOC roster's ``Offender Name``, an
        # immigration detention file's ``Detainee ID``, a bare ``Inmate`` column
        ({"inmate_name": "Holloway, Derrick"}, {("inmate_name", "NAME")}),
        ({"inmate_id": "A718224"}, {("inmate_id", "OTHER_ID")}),
        ({"Inmate Number": "1190457"}, {("Inmate Number", "OTHER_ID")}),
        ({"Offender Name": "Whitaker, Lonnie"}, {("Offender Name", "NAME")}),
        ({"offender_id": "R455810"}, {("offender_id", "OTHER_ID")}),
        ({"Detainee ID": "D-2024-05518"}, {("Detainee ID", "OTHER_ID")}),
        ({"inmate": {"last_name": "Pruitt"}}, {("inmate.last_name", "NAME")}),
        ({"Inmate": "Castellanos, Ruben"}, {("Inmate", "NAME")}),
        ({"Inmate": "Released"}, set()),  # one word there is a status
        # a tablet vendor's and a senior-living CRM's resident, a visitation log's visitor
        ({"from_resident": {"id": "A655012"}}, {("from_resident.id", "OTHER_ID")}),
        ({"resident": {"name": "Terrence Ogunleye"}}, {("resident.name", "NAME")}),
        ({"visitor_name": "Darlene Whitaker"}, {("visitor_name", "NAME")}),
        # a DOC number under a person's object is theirs; alone it is a document's
        ({"patient": {"doc_number": "A688127"}}, {("patient.doc_number", "OTHER_ID")}),
        ({"doc_number": "5100042871"}, set()),
        ({"invoice": {"doc_number": "5100042871"}}, set()),
    ],
)  # fmt: skip
def test_custody_person_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # the Department of Defense's number of one person (tests/test_military_veterans_health.py)
        ({"SPONSOR_EDIPI": "1284759036"}, {("SPONSOR_EDIPI", "OTHER_ID")}),
        ({"DoD ID": "1402857361"}, {("DoD ID", "OTHER_ID")}),
        ({"sponsor_dod_id": "1289305746"}, {("sponsor_dod_id", "OTHER_ID")}),
        ({"BEN_DBN": "20418837261"}, {("BEN_DBN", "OTHER_ID")}),
        # the VA's enterprise patient id and a MyHealtheVet user's key
        ({"PatientICN": "1011847392V338461"}, {("PatientICN", "OTHER_ID")}),
        ({"user": {"icn": "1013598247V604417"}}, {("user.icn", "OTHER_ID")}),
        ({"mhv_correlation_id": "15093472"}, {("mhv_correlation_id", "OTHER_ID")}),
        # a veteran's VA file number under the veteran's object
        ({"veteran": {"file_number": "28417736"}}, {("veteran.file_number", "OTHER_ID")}),
        ({"document": {"file_number": "28417736"}}, set()),
        # the person by their service, and a TRICARE beneficiary's primary care manager
        ({"veteran_name": "Cody Lindgren"}, {("veteran_name", "NAME")}),
        ({"Veteran": "Alvarez, Hector"}, {("Veteran", "NAME")}),
        ({"Soldier": "SPC Tyrell Mason"}, {("Soldier", "NAME")}),
        ({"beneficiary": "Ava Sinclair"}, {("beneficiary", "NAME")}),
        ({"PCM_NAME": "SMITH, KAREN L"}, {("PCM_NAME", "NAME")}),
        # hard negatives: a status or a word under the same columns, no number under an id
        ({"Veteran": "Yes"}, set()),
        ({"beneficiary": "Spouse"}, set()),
        ({"icn": "Y"}, set()),
        ({"dbn": "production"}, set()),
    ],
)
def test_military_and_veterans_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a death certificate's certifier and a funeral-home case's next of kin (the
        # hospice and decedent probe); the certifier's licence stays a licence
        ({"CERTIFIER_NAME": "Anil Deshpande, MD"}, {("CERTIFIER_NAME", "NAME")}),
        ({"certifying_physician": "Anil Deshpande"}, {("certifying_physician", "NAME")}),
        ({"NOK": "Patrick Doyle"}, {("NOK", "NAME")}),
        ({"nok_name": "Patrick Doyle"}, {("nok_name", "NAME")}),
        # a tribute gift's honoree and acknowledgee as their own columns
        ({"Honoree": "Eleanor Voss"}, {("Honoree", "NAME")}),
        ({"Acknowledgee": "Martin Voss"}, {("Acknowledgee", "NAME")}),
        ({"tributee_name": "Eleanor Voss"}, {("tributee_name", "NAME")}),
        # the honoree's kind and a next of kin's relation are no names
        ({"Honoree Type": "In Memory Of"}, set()),
        ({"NOK Relationship": "Son"}, set()),
        # certificates and permits of one death (Safe Harbor K)
        ({"STATE_FILE_NUMBER": "2024-MI-018832"}, {("STATE_FILE_NUMBER", "LICENSE_NUMBER")}),
        ({"death_certificate_no": "2024-038812"}, {("death_certificate_no", "LICENSE_NUMBER")}),
        (
            {"cremation_authorization_no": "CR-24-003371"},
            {("cremation_authorization_no", "LICENSE_NUMBER")},
        ),
        ({"Burial Transit Permit #": "BTP-1187"}, {("Burial Transit Permit #", "LICENSE_NUMBER")}),
        # a funeral home's, a crematory's and a nursing home's own licence are theirs
        ({"FUNERAL_HOME_LIC": "MI-FH-4512"}, set()),
        ({"crematory_license": "CRM-00412"}, set()),
        ({"nursing_home_license_no": "NH-30118"}, set()),
        ({"CERTIFIER_LIC": "4301092274"}, {("CERTIFIER_LIC", "LICENSE_NUMBER")}),
        # a medical examiner's or coroner's case is one decedent's; a bare case number is a
        # help desk's ticket or a funeral home's arrangement
        ({"ME Case Number": "ME24-01873"}, {("ME Case Number", "OTHER_ID")}),
        ({"coroner_case_no": "C-24-0912"}, {("coroner_case_no", "OTHER_ID")}),
        ({"Case Number": "00048823"}, set()),
        ({"case_number": "2024-0417"}, set()),
        # a guestbook's or a review's poster's own place; a bare location is a clinic's
        ({"author_location": "Watkinsville, GA"}, {("author_location", "LOCATION")}),
        ({"reviewer_location": "Macon, GA"}, {("reviewer_location", "LOCATION")}),
        ({"location": "Watkinsville, GA"}, set()),
    ],
)  # fmt: skip
def test_decedent_record_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a CGM export's source device column names the kind of receiver (Dexcom Clarity's
        # ``Source Device ID`` = "iPhone G7"), no one device (remote monitoring probe)
        ({"Source Device ID": "iPhone G7"}, set()),
        ({"Source Device ID": "Android G6"}, set()),
        ({"device_id": "Apple Watch S9"}, set()),
        # an id that starts with a platform's name is still an id
        ({"device_id": "android-7f3a9c21e04b"}, {("device_id", "DEVICE_ID")}),
        ({"Source Device ID": "PX8G4K2R"}, {("Source Device ID", "DEVICE_ID")}),
        ({"device_serial": "BP7C-2238841"}, {("device_serial", "DEVICE_ID")}),
    ],
)
def test_a_receivers_kind_is_no_device_id(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # OASIS's attending physician's NPI spelled out (``M0018_NATL_PROV_ID``)
        ({"M0018_NATL_PROV_ID": "1260181593"}, {("M0018_NATL_PROV_ID", "OTHER_ID")}),
        (
            {"national_provider_identifier": "1260181593"},
            {("national_provider_identifier", "OTHER_ID")},
        ),
        # every OASIS item dated ``_DT`` is a date of the patient's care or birth
        ({"M0090_INFO_COMPLETED_DT": "20241008"}, {("M0090_INFO_COMPLETED_DT", "DATE")}),
        ({"M0032_ROC_DT": "20241101"}, {("M0032_ROC_DT", "DATE")}),
        (
            {"assessment": {"M0906_DC_TRAN_DTH_DT": "2024-10-25"}},
            {("assessment.M0906_DC_TRAN_DTH_DT", "DATE")},
        ),
        # an OASIS item that is no date: a functional score, an unknown-date flag
        ({"M1800_CRNT_GROOMING": "01"}, set()),
        ({"M0032_ROC_DT_NA": "1"}, set()),
        ({"release_dt": "2024-09-18T00:00:00Z"}, set()),
        # a CMS-485's item 1: the beneficiary's Medicare number
        (
            {"1. Patient's HI Claim No.": "7FN2CK4MH38"},
            {("1. Patient's HI Claim No.", "HEALTH_PLAN_ID")},
        ),
        ({"claim_no": "CLM-2024-00812"}, {("claim_no", "OTHER_ID")}),
        # possessive clinician labels and a hospital referral's discharge planner
        ({"24. Physician's Name": "Dr. Rachel Feinstein"}, {("24. Physician's Name", "NAME")}),
        ({"Discharge Planner": "Tanya Brooks, RN"}, {("Discharge Planner", "NAME")}),
        ({"7. Provider's Name": "Capital City Home Health LLC"}, set()),
        # EVV's clock-in and clock-out, flat and as objects: the visit's start and end
        ({"Clock In": "10/17/2024 09:11"}, {("Clock In", "DATE")}),
        ({"ClockOutTime": "2024-10-18 18:47:03"}, {("ClockOutTime", "DATE")}),
        (
            {"clockIn": {"time": "2024-10-15T09:04:12-04:00", "method": "GPS"}},
            {("clockIn.time", "DATE")},
        ),
        ({"ClockOutMethod": "Mobile App"}, set()),
        ({"job": {"time": "2024-10-15T09:04:12-04:00"}}, set()),
    ],
)  # fmt: skip
def test_home_health_columns(engine_no_ner, record: dict, expected: set) -> None:
    """OASIS, CMS-485 and EVV columns (tests/test_home_health_hospital_at_home.py)."""
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a collection agency's work queue, letter file and debtor object name the person who
        # owes the bill by their part (tests/test_medical_debt_collections.py)
        ({"Debtor": "Lamont Fairchild"}, {("Debtor", "NAME")}),
        ({"debtor_name": "Carl Whitaker"}, {("debtor_name", "NAME")}),
        ({"DEBTOR_NM": "NGUYEN, THANH V"}, {("DEBTOR_NM", "NAME")}),
        ({"debtor": {"name": "Yvonne Castellanos"}}, {("debtor.name", "NAME")}),
        ({"debtorId": "DBT-00918273"}, {("debtorId", "OTHER_ID")}),
        # a name's part right after a person word, as flat files split it
        ({"debtor_last": "PELLETIER"}, {("debtor_last", "NAME")}),
        ({"guarantor_first": "Yolanda"}, {("guarantor_first", "NAME")}),
        ({"visitor_first": "true"}, set()),
        # where a payment is sent is the payee's lockbox, not a debtor's address
        ({"remit_to": "PO Box 4410, Montpelier, VT 05601"}, set()),
        ({"Remit To Address": "PO Box 4410, Montpelier, VT 05601"}, set()),
        # a decedent's estate on a probate referral: its executor, a relative as often
        ({"estate_executor": "Paul Olmsted"}, {("estate_executor", "NAME")}),
        # one word under a bare ``Debtor`` is a status; a Spark executor is a process; ``nm``
        # is a name only after a person word (nanometres, nautical miles)
        ({"Debtor": "Closed"}, set()),
        ({"executor_id": "17", "executor": "driver"}, set()),
        ({"wavelength_nm": "532", "distance_nm": "12"}, set()),
        # a list-hygiene vendor's run is the vendor's clock, not the debtor's date
        ({"scrub_date": "2024-10-04", "scrubbed_at": "10/04/2024"}, set()),
    ],
)  # fmt: skip
def test_collection_agency_person_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # the day a claimant was hurt, as a claim or a Section 111 file writes it
        ({"CMS Date of Incident": "20240612"}, {("CMS Date of Incident", "DATE")}),
        ({"Date of Loss": "06/12/2024"}, {("Date of Loss", "DATE")}),
        ({"date_of_accident": "20240303"}, {("date_of_accident", "DATE")}),
        # a utilisation review's requesting clinician and a nurse case manager's claimant
        (
            {"requesting_provider": {"name": "Priya Natarajan, MD"}},
            {("requesting_provider.name", "NAME")},
        ),
        ({"injured_worker": "Marcus Bellweather"}, {("injured_worker", "NAME")}),
        ({"injured_worker": "Yes"}, set()),
        # a claimant's taxpayer id is their SSN; an employer's (an insured's) is its EIN
        ({"claimant": {"taxId": "XXX-XX-4471"}}, {("claimant.taxId", "SSN")}),
        ({"insured": {"taxId": "36-2278410"}}, set()),
        ({"company": {"tax_id": "36-2278410"}}, set()),
        # OSHA 301's treating clinician, and a medical bill's billing provider's place
        (
            {"6) Name of physician or other health care professional": "Dr. Miriam Osei"},
            {("6) Name of physician or other health care professional", "NAME")},
        ),
        ({"Billing Provider Postal Code": "60515"}, set()),
        ({"billing_provider_address": "1200 Ogden Ave, Downers Grove, IL"}, set()),
        ({"billing_address": "918 Ridgecrest Dr"}, {("billing_address", "LOCATION")}),
        # a loss run's valuation day is the report's
        ({"Valued As Of": "09/30/2024"}, set()),
        ({"Valuation Date": "09/30/2024"}, set()),
    ],
)  # fmt: skip
def test_workers_comp_claim_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a food-as-medicine care cart's or an order export's clinician who ordered the care
        # (tests/test_medically_tailored_meals.py), as an ordering provider is
        ({"ordered_by": "Hannah Feld, RD, LD"}, {("ordered_by", "NAME")}),
        ({"Ordered By": "Feld, Hannah"}, {("Ordered By", "NAME")}),
        # a system's stand-in, an organisation and a longer key are no clinician
        ({"ordered_by": "system"}, set()),
        ({"ordered_by": "Acme Health"}, set()),
        ({"reordered_by": "Hannah Feld"}, set()),
    ],
)  # fmt: skip
def test_food_as_medicine_columns(engine_no_ner, record: dict, expected: set) -> None:
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a disability claim's or a leave case's employer object is the employer's own
        # place and line (tests/test_leave_disability_accommodations.py); the claimant's
        # and a flat ``employer_address`` column are read as ever
        (
            {"employer": {"address": {"line1": "4200 Alum Creek Dr", "postalCode": "43207"}}},
            set(),
        ),
        ({"employer": {"phone": "(614) 555-0100"}}, set()),
        (
            {"claimant": {"address": {"line1": "1187 Hollyhock Ln", "postalCode": "43123"}}},
            {("claimant.address.line1", "LOCATION"), ("claimant.address.postalCode", "ZIP_CODE")},
        ),
        ({"employer_address": "4200 Alum Creek Dr"}, {("employer_address", "LOCATION")}),
        # a Workday worker's leave events: their first and last days are the leave's
        # calendar days; a Braze activity list's bare ``first`` and ``last`` are its clocks
        (
            {"Leave_Events": [{"First_Day": "2024-03-04", "Last_Day": "2024-04-12"}]},
            {("Leave_Events[0].First_Day", "DATE"), ("Leave_Events[0].Last_Day", "DATE")},
        ),
        ({"custom_events": [{"first": "2024-03-04", "last": "2024-04-12"}]}, set()),
        # a business process's ``Initiated On`` stamp; a treatment's start is the patient's
        ({"Initiated On": "2024-09-06T10:14:33.000-07:00"}, set()),
        ({"Date Treatment Initiated": "2024-09-06"}, {("Date Treatment Initiated", "DATE")}),
        # a benefit payment's ``Payee``: a person's name with a known given name, not a
        # vendor's
        ({"Payee": "Maribel Ochoa"}, {("Payee", "NAME")}),
        ({"Payee": "Home Depot"}, set()),
        ({"Payee": "Direct Deposit"}, set()),
        # Workday's report-as-a-service JSON wraps each row in ``Report_Entry``: its bare
        # ``Worker`` column is the report's column, a status there still no name
        ({"Report_Entry": [{"Worker": "Pike, Jordan"}]}, {("Report_Entry[0].Worker", "NAME")}),
        ({"Report_Entry": [{"Worker": "Active"}]}, set()),
        ({"entries": [{"Worker": "Pike, Jordan"}]}, set()),
        # an absence administrator's ``EE #`` is the employee's number, as ``EE ID`` is
        ({"EE #": "00588213"}, {("EE #", "OTHER_ID")}),
        ({"Fee #": "00588213"}, set()),
        # a hospital's flu-campaign compliance export heads it ``Emp #``
        # (tests/test_vaccine_clinics_immunization.py); an agent's is the workforce's
        ({"Emp #": "208841"}, {("Emp #", "OTHER_ID")}),
        ({"Emp Number": "208841"}, {("Emp Number", "OTHER_ID")}),
        ({"Agent Emp #": "208841"}, set()),
        ({"Temp #": "208841"}, set()),
    ],
)  # fmt: skip
def test_leave_and_disability_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a community member's handle and the place their profile gives; a product's
        # ``handle`` is its URL slug and a patient's ``location`` a ward or a room
        ({"member": {"handle": "SunnyDays58"}}, {("member.handle", "ONLINE_ID")}),
        ({"author": {"handle": "teal_tough_2021"}}, {("author.handle", "ONLINE_ID")}),
        ({"product": {"handle": "logo-tote-bag"}}, set()),
        # a message party's handle is its address (Front's ``recipient.handle``), read by
        # its shape (tests/test_support_tickets.py)
        ({"recipient": {"handle": "+16145550137"}}, {("recipient.handle", "PHONE")}),
        ({"recipients": [{"handle": "+16145550137"}]}, {("recipients[0].handle", "PHONE")}),
        ({"member": {"location": "Dayton, OH"}}, {("member.location", "LOCATION")}),
        ({"patient": {"location": "4 West, Bed 12"}}, set()),
        # a moderation log's account acted on is a member's handle
        ({"target_user": "caregiver_kim"}, {("target_user", "ONLINE_ID")}),
        ({"reported_user": "bestdeals4u"}, {("reported_user", "ONLINE_ID")}),
        # when a member joined or last came by: the community's bookkeeping
        ({"member": {"joined": "2019-06-03"}}, set()),
        ({"Member since": "2022-05-14"}, set()),
        ({"Last visited group": "2024-10-30"}, set()),
        ({"Last Visited": "2024-10-30"}, {("Last Visited", "DATE")}),
        # a fundraiser's organiser is a person: by name parts anywhere, and every field
        # under a campaign's organiser; an event host's object stays the host's
        (
            {"campaign": {"organizer": {"first_name": "Caleb", "last_name": "Kline"}}},
            {
                ("campaign.organizer.first_name", "NAME"),
                ("campaign.organizer.last_name", "NAME"),
            },
        ),
        (
            {"campaign": {"organizer": {"city": "Spokane"}}},
            {("campaign.organizer.city", "LOCATION")},
        ),
        ({"organizer": {"city": "Cleveland", "phone": "216-555-0100"}}, set()),
        ({"organizer": {"name": "Lakeshore Health Community Outreach"}}, set()),
        # a bare ``Organizer`` column: a person with a known given name, not a group
        ({"Organizer": "Kayla Morales"}, {("Organizer", "NAME")}),
        ({"Organizer": "Grace Community Church"}, set()),
        ({"Organizer": "Lakeshore Health Community Outreach"}, set()),
        # a challenge team's ``Captain`` and an event's ``Coordinator`` (biometric screening
        # probe): a person with a known given name, not a team, a pod or a login
        ({"Captain": "Heather Lindqvist"}, {("Captain", "NAME")}),
        ({"Coordinator": "Melissa Traeger"}, {("Coordinator", "NAME")}),
        ({"Captain": "Blue Team"}, set()),
        ({"coordinator": "Team Blue"}, set()),
        ({"coordinator": "ps_coord_03"}, set()),
        # a couple's name joined by an ampersand is one name
        ({"guest_name": "Tom & Linda Reyes"}, {("guest_name", "NAME")}),
        ({"guest_name": "Tom &"}, set()),
        ({"customer_name": "Johnson & Johnson"}, set()),
        ({"Donor": "Procter & Gamble"}, set()),
        # a campaign's story is free text: its name and date are read under a campaign
        (
            {"campaign": {"story": "On January 14, 2024 my dad, Robert Kline, had a stroke."}},
            {
                ("campaign.story", "DATE"),
                ("campaign.story", "NAME"),
                ("campaign.story", "HEALTH_CONDITION"),
            },
        ),
        (
            {"campaign": {"title": "Flu shots from October 12, 2024"}},
            {("campaign.title", "PROCEDURE")},
        ),
    ],
)  # fmt: skip
def test_patient_community_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a carrier portal's book of business heads its members' ids by the payer's name
        ({"Humana ID": "H41827736"}, {("Humana ID", "HEALTH_PLAN_ID")}),
        ({"aetna_member_id": "W224871960"}, {("aetna_member_id", "HEALTH_PLAN_ID")}),
        ({"UHC Subscriber Number": "918273645"}, {("UHC Subscriber Number", "HEALTH_PLAN_ID")}),
        # the agent's numbers with the carrier, and a clinician's, are no member's
        ({"UHC Writer ID": "AA1038822"}, set()),
        ({"Aetna Writing #": "AET-884213"}, set()),
        ({"Humana SAN": "1842736"}, set()),
        ({"Humana Provider ID": "HP8841203"}, set()),
        # an ACA marketplace application's id is the household's record id; a bare
        # application id (an app's, a job applicant's) is not read
        ({"ffm_app_id": "5283019447"}, {("ffm_app_id", "OTHER_ID")}),
        ({"FFM Application ID": "5283019447"}, {("FFM Application ID", "OTHER_ID")}),
        (
            {"application": {"exchange_application_id": "5283019447"}},
            {("application.exchange_application_id", "OTHER_ID")},
        ),
        ({"application_id": "5283019447"}, set()),
        # a CRM activity export's ``Who``: the contact or lead the task is with
        ({"Who": "Franklin Osei"}, {("Who", "NAME")}),
        ({"Who": "Front Desk"}, set()),
        ({"Who": "Me"}, set()),
    ],
)
def test_broker_and_marketplace_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a COBRA administrator's notice file names each qualified beneficiary
        # (tests/test_benefits_navigation_eap.py)
        ({"QB Name": "Steven Park"}, {("QB Name", "NAME")}),
        ({"qualified_beneficiary": "Steven Park"}, {("qualified_beneficiary", "NAME")}),
        ({"QB State": "IL"}, set()),
        # a Salesforce activity report's related contact or lead (``Who.Name``), not the
        # related record (``What.Name``: an account, a case, an opportunity)
        ({"Who.Name": "Patricia Gomez"}, {("Who.Name", "NAME")}),
        ({"What.Name": "Northwind Software - Renewal"}, set()),
        # a second-opinion case's reviewing expert, a clinician
        ({"expert": {"name": "Maria Alvarez"}}, {("expert.name", "NAME")}),
        ({"expert": {"institution": "Cleveland Clinic"}}, set()),
    ],
)
def test_benefits_administration_people(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a wellness coaching vendor's or a programme's enrolment record of one person
        # (tests/test_benefits_navigation_eap.py): its id is the person's record id
        ({"participant": {"id": "VP-3381902"}}, {("participant.id", "OTHER_ID")}),
        ({"enrollee": {"id": "EN-22817"}}, {("enrollee.id", "OTHER_ID")}),
        # a programme's or a cohort's own id is not a person's
        ({"program": {"id": "DPP-2024-FALL-07"}}, set()),
        ({"cohort": {"id": "DPP-2024-FALL-07"}}, set()),
    ],
)
def test_a_programme_participants_record_id(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a label's or a tracking webhook's addressee (EasyPost's ``to_address``, ShipStation's
        # ``shipTo``, a mailing or shipping address object): the person the parcel goes to
        ({"to_address": {"name": "Marcus Hale"}}, {("to_address.name", "NAME")}),
        ({"shipTo": {"name": "Lena Okafor"}}, {("shipTo.name", "NAME")}),
        ({"shipping_address": {"name": "Anika Sorensen"}}, {("shipping_address.name", "NAME")}),
        (
            {"shipments": [{"mailing_address": {"name": "Rosa Delgado"}}]},
            {("shipments[0].mailing_address.name", "NAME")},
        ),
        # the shipper's side, a ride's destination, a bare address and a business addressee
        ({"from_address": {"name": "Karen Blum"}}, set()),
        ({"return_address": {"name": "Karen Blum"}}, set()),
        ({"origin_address": {"name": "Karen Blum"}}, set()),
        ({"destination_address": {"name": "Mercy Hospital"}}, set()),
        ({"address": {"name": "Home"}}, set()),
        ({"to_address": {"name": "Riverbend Clinical Laboratory"}}, set()),
        ({"company_address": {"name": "Northgate Logistics"}}, set()),
        # a carrier's scan point on a tracking event is the hub's, not the addressee's
        (
            {"scanLocation": {"city": "Memphis", "postalCode": "38118"}},
            set(),
        ),
        (
            {"tracking_details": [{"tracking_location": {"city": "Reno", "zip": "89502"}}]},
            set(),
        ),
        (
            {"to_address": {"city": "Columbus", "zip": "43215"}},
            {("to_address.city", "LOCATION"), ("to_address.zip", "ZIP_CODE")},
        ),
    ],
)
def test_addressee_of_a_shipping_label(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # disaster, shelter and utility exports (tests/test_disaster_shelters_emergency.py):
        # a Texas critical care customer's ESI ID is the household's utility account
        ({"ESI ID": "10443720004417852"}, {("ESI ID", "ACCOUNT_NUMBER")}),
        ({"esiid": "1008901000140050014100"}, {("esiid", "ACCOUNT_NUMBER")}),
        # a mass-casualty triage tag's number is one casualty's record id, as a PCR's is
        ({"triageTag": "MCI-0042119"}, {("triageTag", "OTHER_ID")}),
        ({"Triage Tag #": "0042119"}, {("Triage Tag #", "OTHER_ID")}),
        # a disaster or a care plan's case manager is reported as a hospital's is
        ({"Case Manager": "Darnell Hughes"}, {("Case Manager", "NAME")}),
        ({"care_manager": "Ines Carvalho"}, {("care_manager", "NAME")}),
        # an Everbridge-like contact's delivery paths: a phone, and an email by its shape
        (
            {"paths": [{"waitTime": 0, "pathId": 241901, "value": "+1 850 443 7718"}]},
            {("paths[0].value", "PHONE")},
        ),
        (
            {"paths": [{"waitTime": 0, "pathId": 241902, "value": "l.ab@comcast.net"}]},
            {("paths[0].value", "EMAIL")},
        ),
        # hard negatives: a triage level, a case manager's id, a file's or a route's paths,
        # a bare tag
        ({"triage_level": "RED"}, set()),
        ({"case_manager_id": "CM-0042"}, set()),
        ({"Case Manager": "Counselor"}, set()),  # a role, whoever holds it
        ({"Case Manager": "Social Worker"}, set()),
        ({"paths": [{"value": "/srv/exports/2024"}]}, set()),
        ({"paths": [{"value": "Home > Shelters > Open"}]}, set()),
        ({"tag": "MCI-0042119"}, set()),
        # an ED's ESI acuity under its field is the patient's triage reading, as the
        # project reads it (detectors/clinical_measures.py, the urgent-care probe): health
        # context, never an identifier
        ({"ESI": "2"}, {("ESI", "PROCEDURE")}),
    ],
)
def test_disaster_and_utility_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an addiction-treatment centre's census and discharge rows head the client's
        # counsellor by role (tests/test_addiction_admissions_vob.py): a clinician, reported
        ({"Primary Counselor": "Alyssa Greene"}, {("Primary Counselor", "NAME")}),
        ({"primary_counsellor": "Omar Haddad"}, {("primary_counsellor", "NAME")}),
        ({"Addiction Counselor": "Dana Pruitt"}, {("Addiction Counselor", "NAME")}),
        # a relative on the client's row, as an emergency contact is
        ({"Family Contact": "Linda Morales"}, {("Family Contact", "NAME")}),
        ({"family_member": "Robert Vance"}, {("family_member", "NAME")}),
        # a CRM's record id is the contact's
        ({"Record ID": "51844120399"}, {("Record ID", "OTHER_ID")}),
        # hard negatives: a call's or a message's record id is the event's row key; a
        # tracker's forwarding line and the site number its swap script replaces are the
        # practice's; a sales counsellor is staff; a yes/no family flag is no name
        ({"call_record_id": "1F7C-9A2E33B0"}, set()),
        ({"message_record_id": "MR-448120"}, set()),
        ({"forward_to": "(480) 555-0101"}, set()),
        ({"swap_target": "(480) 555-0101"}, set()),
        ({"swap_targets": ["4805550101"]}, set()),
        ({"Move-In Counselor": "Tracy Bell"}, set()),
        ({"Is Family Member": "Yes"}, set()),
        ({"Primary Counselor": "Unassigned"}, set()),
    ],
)
def test_addiction_admissions_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


def test_an_email_aliass_forward_to_is_still_a_mailbox(engine_no_ner) -> None:
    """Only a tracker's ``forward_to`` is the practice's line: an email alias's forwarding
    address is a person's mailbox, read by its shape."""
    found = found_fields(engine_no_ner, {"email_forward_to": "jess.pratt@gmail.com"})
    assert found == {("email_forward_to", "EMAIL")}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # genetic counselling (tests/test_genetic_counseling_pedigrees.py): the proband and
        # the relatives a cascade-testing letter names are persons, whose name, record id
        # and line are reported
        ({"Relative Name": "Anthony Petrakis"}, {("Relative Name", "NAME")}),
        ({"relatives": [{"name": "Colleen Brennan"}]}, {("relatives[0].name", "NAME")}),
        ({"proband_name": "Grace Okafor"}, {("proband_name", "NAME")}),
        ({"relative": {"phone": "(513) 555-0163"}}, {("relative.phone", "PHONE")}),
        ({"relative_id": "REL-55219"}, {("relative_id", "OTHER_ID")}),
        # a file's relative path and name, a relative time, a relative's relationship
        ({"relative_path": "exports/2024/q3.csv"}, set()),
        ({"relative_name": "build/out.txt"}, set()),
        ({"relative_time": "3 days ago"}, set()),
        ({"relative_relationship": "Sister"}, set()),
    ],
)
def test_proband_and_relative_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a hospital's grievance and complaint log: who complained, a patient or a relative
        # (tests/test_patient_experience_surveys.py)
        ({"Complainant": "Teresa Alvarado"}, {("Complainant", "NAME")}),
        ({"complainant_name": "Teresa Alvarado"}, {("complainant_name", "NAME")}),
        ({"Grievant": "Ramon Alvarado"}, {("Grievant", "NAME")}),
        # hard negatives: the complainant's relation and kind are no names
        ({"Complainant Relationship": "Daughter"}, set()),
        ({"complainant_type": "Family Member"}, set()),
        ({"Complainant": "Anonymous"}, set()),
    ],
)
def test_grievance_log_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a location or audience vendor's hashed MAID and a device graph's hashed email, by
        # their short names beside a hash word
        (
            {"Hashed Device ID": "25ed1bcb423b0b7200f485fc5ff71c8e"},
            {("Hashed Device ID", "HASHED_ID")},
        ),
        (
            {"hashed_device_id": "22ea1c649c82946aa6e479e1ffd321e4a318b1b0"},
            {("hashed_device_id", "HASHED_ID")},
        ),
        ({"ifa_md5": "25ed1bcb423b0b7200f485fc5ff71c8e"}, {("ifa_md5", "HASHED_ID")}),
        # a location or wayfinding SDK's per-install id, as Firebase's app instance id
        ({"appInstallId": "inst_8d41b7e2a9"}, {("appInstallId", "DEVICE_ID")}),
        (
            {"hem_sha256": "2a98555b81257f78a2a7a576bd62486a618f76132e293f3fa84cf8da6ed725db"},
            {("hem_sha256", "HASHED_ID")},
        ),
        # a user's external id stays an online id beside a place's
        (
            {"event": {"geofence": {"externalId": "loc-112"}, "user": {"externalId": "pt_88"}}},
            {("event.user.externalId", "ONLINE_ID")},
        ),
        # hard negatives: a configuration's digest names no device; a place's ids (a
        # geofence's, a venue's, a beacon's), external ones included, are the place's
        (
            {"device_config_hash": "2a98555b81257f78a2a7a576bd62486a618f76132e293f3fa84cf8da6e"},
            set(),
        ),
        ({"geofence": {"externalId": "loc-112", "_id": "64a0b9e2c1d3f4a5b6c7d8e9"}}, set()),
        ({"venue": {"external_id": "4b8c3e6ff964a520f5cf32e3"}}, set()),
        ({"beacon": {"uid": "kB3x9-0042"}}, set()),
        ({"install_id": "12345"}, set()),
    ],
)
def test_location_vendor_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # Cerner's encounter financial number in a discharge extract or a survey sample file,
        # and Qualtrics XM Directory's external reference of a contact
        # (tests/test_patient_experience_surveys.py)
        ({"FIN": "2024091104417"}, {("FIN", "OTHER_ID")}),
        ({"FIN NBR": "2024091104417"}, {("FIN NBR", "OTHER_ID")}),
        ({"fin_number": "2024091104417"}, {("fin_number", "OTHER_ID")}),
        ({"extRef": "MRN01128847"}, {("extRef", "OTHER_ID")}),
        ({"ext_ref": "MRN01128847"}, {("ext_ref", "OTHER_ID")}),
        # hard negatives: a flag, a fin of a fish, a financial class, a yes/no
        ({"is_fin": "true"}, set()),
        ({"Dorsal Fin": "12"}, set()),
        ({"Fin Class": "Medicare"}, set()),
        ({"FIN": "Y"}, set()),
    ],
)
def test_encounter_and_panel_reference_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a baby tracker's log heads the child by the word (Huckleberry's ``Baby``), and a
        # birth announcement names the parents together (the baby-registry probe)
        ({"Baby": "Noah Patel"}, {("Baby", "NAME")}),
        ({"Infant": "Patel, Noah"}, {("Infant", "NAME")}),
        ({"Child": "Mateo Silva"}, {("Child", "NAME")}),
        ({"parents": "Claire & Ben Whitfield"}, {("parents", "NAME")}),
        ({"Parent Names": "Claire and Ben Whitfield"}, {("Parent Names", "NAME")}),
        # one word under a bare ``Baby`` is a flag, a size or a stand-in; nested, a
        # ``baby`` object's leaves are read by their own keys; a category is no one
        ({"Baby": "Yes"}, set()),
        ({"Newborn": "Size 1"}, set()),
        ({"Baby": "Boy"}, set()),
        ({"Child": "2"}, set()),
        ({"order": {"baby": "Noah Patel"}}, set()),
        ({"parents": "3f9c2ab"}, set()),  # a commit's parent
        ({"parents": "Both"}, set()),
    ],
)  # fmt: skip
def test_a_babys_and_the_parents_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected


@pytest.mark.parametrize(
    ("path", "system"),
    [
        # a config's or a record's edit stamp, and a supplier's request faxed to a
        # clinician (the baby-registry probe's canvas step and breast pump prescription
        # request): the tool's and the sender's clocks
        ("last_edited", True),
        ("Last Edited", True),
        ("edited_at", True),
        ("Request Sent", True),
        ("Fax Sent", True),
        ("date_faxed", True),
        # an appointment export's reminder and a person's own dates are not
        ("Reminder Sent", False),
        ("Date of Birth", False),
        ("Request Reason", False),
    ],
)
def test_edit_and_request_send_stamps_are_machine_fields(path: str, system: bool) -> None:
    assert profile_path(path).system is system


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a court's docket and a probation case's conditions name the person the case is
        # against (tests/test_court_ordered_treatment_monitoring.py)
        ({"Defendant": "Pruitt, Kayla J"}, {("Defendant", "NAME")}),
        ({"defendant_name": "Kayla Pruitt"}, {("defendant_name", "NAME")}),
        ({"Probationer": "Dana Whitfield"}, {("Probationer", "NAME")}),
        # an interlock vendor's state certification is the business's; a person's
        # certificate number stays found
        ({"Vendor Cert #": "CDPHE-IID-07"}, set()),
        ({"vendor_certification_number": "IID-0441"}, set()),
        ({"Cert Number": "CDPHE-IID-07"}, {("Cert Number", "LICENSE_NUMBER")}),
        # hard negatives: a defendant's count, a flag
        ({"defendant_count": "3"}, set()),
        ({"is_defendant": "true"}, set()),
    ],
)
def test_court_and_interlock_vendor_columns(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected
