"""What a chunk's field paths say together (:func:`detectors.chunk_profiles.profile_paths`):
a column's profile may depend on the columns beside it."""

from __future__ import annotations

from detectors.chunk_profiles import profile_paths
from detectors.field_names import profile_path


def test_date_and_time_are_the_log_clock_only_beside_w3c_fields():
    in_log = dict(
        zip(
            ["date", "time", "c-ip", "cs-uri-stem"],
            profile_paths(["date", "time", "c-ip", "cs-uri-stem"]),
            strict=True,
        )
    )
    assert in_log["date"].system and in_log["time"].system
    in_form = profile_paths(["date", "reason", "email"])
    assert not in_form[0].system  # a form's bare "date" is still read for a DATE


def test_a_request_logs_bare_date_is_its_clock():
    """A log-line id, a user agent and a client address side by side make a chunk a request
    log (Cloudflare Logpush, an Auth0 tenant log): its bare ``Datetime`` or ``date`` is
    when the request was served. Without all three the bare date is still read."""
    cloudflare = ["RayID", "ClientIP", "ClientRequestUserAgent", "Datetime", "Action"]
    assert profile_paths(cloudflare)[3].system
    auth0 = ["date", "type", "ip", "user_agent", "user_id", "log_id"]
    assert profile_paths(auth0)[0].system
    booking = ["date", "request_id", "email", "reason"]  # no user agent, no address
    assert not profile_paths(booking)[0].system
    visit = ["date", "ip", "user_agent", "email"]  # no id of a log line
    assert not profile_paths(visit)[0].system
    nested = ["appointment.date", "RayID", "ClientIP", "ClientRequestUserAgent"]
    assert not profile_paths(nested)[0].system  # only the top-level clock


def test_an_ad_report_names_the_advertiser_not_a_person():
    """Impressions and spend side by side make a chunk an ad report (its account ids and
    dates are the advertiser's and the report's); a CRM contact's email-click counts do
    not."""
    report = ["Account number", "Customer ID", "Date", "Impressions", "Spend", "Campaign"]
    profiles = dict(zip(report, profile_paths(report), strict=True))
    assert all(profiles[k].system for k in ("Account number", "Customer ID", "Date"))
    assert profiles["Campaign"] == profile_path("Campaign")
    contact = ["Email", "Date", "Marketing emails clicked", "Account ID"]
    profiles = dict(zip(contact, profile_paths(contact), strict=True))
    assert not profiles["Date"].system
    assert profiles["Account ID"] == profile_path("Account ID")


def test_a_google_ads_conversion_upload_names_the_advertiser_not_a_person():
    """Google Ads conversion uploads and conversion-action exports name the advertiser's
    account as ``customer_id`` beside every conversion (and the action's resource name,
    ``customers/<id>/conversionActions/<id>``, repeats it); elsewhere a ``customer_id`` is
    still a customer's record id."""
    upload = [
        "customer_id",
        "conversions[0].conversion_action",
        "conversions[0].gclid",
        "conversions[0].user_identifiers[0].hashed_email",
    ]
    profiles = dict(zip(upload, profile_paths(upload), strict=True))
    assert profiles["customer_id"].system
    assert profiles["conversions[0].gclid"] == profile_path("conversions[0].gclid")
    export = ["Customer ID", "Conversion action", "Conversion action ID", "Category"]
    assert profile_paths(export)[0].system
    rest = ["customerId", "conversions[0].conversionAction", "conversions[0].gbraid"]
    assert profile_paths(rest)[0].system
    crm = ["customer_id", "conversion_rate", "email", "last_conversion"]
    assert profile_paths(crm)[0] == profile_path("customer_id")
    assert not profile_paths(crm)[0].system


def test_a_ratio_metric_alone_makes_a_report():
    report = ["date", "campaign_name", "spend", "leads", "cpl"]
    assert profile_paths(report)[0].system  # a lead seller's daily campaign report
    person = ["date", "email", "total_revenue", "number_of_sessions"]
    assert not profile_paths(person)[0].system  # a HubSpot contact's totals


def test_a_social_post_performance_report_is_no_persons_record():
    """Sprout's and Hootsuite's post reports put impressions beside engagements; listening
    reports carry a net sentiment or an engagement rate. A person's mention row (a
    Brandwatch export's ``Impressions`` beside the author's handle) counts no engagements
    total, and a person's message has no engagement rate."""
    post_report = ["Date", "Post ID", "Profile", "Post", "Impressions", "Engagements"]
    assert profile_paths(post_report)[0].system
    listening = ["Date", "Input Name", "Keywords", "Mentions", "Net Sentiment"]
    assert profile_paths(listening)[0].system
    campaign = ["Campaign", "Impressions", "Engagement Rate (per Impression)", "Start Date"]
    assert profile_paths(campaign)[-1].system
    mention = ["Date", "Author", "Full Text", "Impressions", "Twitter Followers"]
    assert not profile_paths(mention)[0].system
    inbox = ["Date", "From", "Message", "Engagement"]
    assert not profile_paths(inbox)[0].system


def test_a_session_list_dates_its_recordings_not_a_person():
    """A page count beside a duration makes a chunk a session list (Hotjar's, Mouseflow's
    recordings): its bare ``Date`` is when the recording started. A scheduling export has a
    duration but no page count, and its ``Date`` is the visit's."""
    recordings = ["Recording", "Date", "Duration", "Pages", "User ID", "Entry page"]
    profiles = dict(zip(recordings, profile_paths(recordings), strict=True))
    assert profiles["Date"].system
    assert profiles["User ID"] == profile_path("User ID")
    assert profiles["Entry page"] == profile_path("Entry page")
    visits = ["Patient", "Date", "Duration", "Provider", "Reason"]
    assert not profile_paths(visits)[1].system
    nested = ["session.date", "session.duration", "session.pages"]
    assert not profile_paths(nested)[0].system  # top-level columns only


def test_a_departments_listing_prints_its_own_address_and_line():
    """An ``hours`` column beside a department's name and its street, ZIP and phone is a
    clinic listing: the address and line are the organisation's. A person's column beside
    them, or a person's own hours (``best_hours_to_call``), keeps them a person's."""
    listing = ["department", "street", "city", "zip", "phone", "fax", "hours"]
    profiles = dict(zip(listing, profile_paths(listing), strict=True))
    assert all(profiles[k].system for k in ("street", "city", "zip", "phone", "fax"))
    assert not profiles["department"].system
    for person in (
        ["clinic_name", "phone", "email", "hours", "first_name"],  # a person beside it
        ["clinic_name", "phone", "email", "best_hours_to_call"],  # a lead's own hours
        ["phone", "email", "hours"],  # no listing named
        ["clinic_name", "patient.phone", "hours"],
    ):
        phone = person.index("phone") if "phone" in person else 1
        assert not profile_paths(person)[phone].system, person


def test_a_store_locator_row_prints_the_stores_own_address_and_line():
    """A retail pharmacy's store listing (``store_number`` beside ``pharmacy_hours``) is a
    directory listing as a department's is; a shopper's column beside it is not."""
    listing = ["store_number", "name", "address", "city", "zip", "phone", "fax", "pharmacy_hours"]
    profiles = dict(zip(listing, profile_paths(listing), strict=True))
    assert all(profiles[k].system for k in ("address", "city", "zip", "phone", "fax"))
    shopper = ["store_number", "phone", "pharmacy_hours", "first_name"]
    assert not profile_paths(shopper)[1].system
    assert not profile_paths(["store_number", "phone", "zip"])[1].system  # no hours


def test_an_open_slot_is_the_calendars_time():
    """A slot time in a chunk with no person column and no booking is a slot inventory's:
    the department's calendar. A clinician's NPI beside it is the calendar's owner."""
    inventory = ["dept_id", "prov_npi", "visit_type", "slot_start", "status"]
    assert profile_paths(inventory)[3].system
    for booked in (
        ["visit_type", "slot_start", "patient.dob"],
        ["visit_type", "slot_start", "Phone"],
        ["visit_type", "slot_start", "booking_id"],
        ["visit_type", "slot_start", "user_pseudo_id"],
    ):
        assert not profile_paths(booked)[1].system, booked
