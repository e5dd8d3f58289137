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


def test_a_cost_per_outcome_makes_a_report():
    """A law firm's intake KPI report divides spend by signed cases: no person has a
    ``Cost per Signed Case``, whatever the outcome is called; ``cost`` alone is no ratio."""
    kpi = ["Date", "Tort", "Calls", "Qualified", "Signed", "Cost per Signed Case"]
    assert profile_paths(kpi)[0].system
    invoice = ["Date", "Patient", "Cost", "Per Page"]
    assert not profile_paths(invoice)[0].system


def test_a_court_calendar_sets_its_own_date_and_place():
    """A hearing calendar's date, time and courtroom address are the court's beside a
    judge and a case column; a firm's matter row that names its client keeps its dates."""
    hearing = ["event", "case", "date", "time", "location", "judge"]
    profiles = profile_paths(hearing)
    assert profiles[2].system and profiles[3].system and profiles[4].system
    matter = ["case_number", "judge", "client_name", "date"]
    assert not profile_paths(matter)[3].system
    no_judge = ["event", "case", "date", "location"]
    assert not profile_paths(no_judge)[2].system
    docket = ["court", "case_number", "case_name", "docket_entry.date_filed"]
    assert profile_paths(docket)[3].system
    claim = ["court", "case_number", "plaintiff_email", "date_filed"]
    assert not profile_paths(claim)[3].system
    # the court's own name holds its county ("Franklin County Court of Common Pleas")
    assert profile_paths(["court", "case_number", "judge", "hearing_date"])[0].system
    assert not profile_paths(claim)[0].system  # beside a party: left to its usual reading


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
    # a liaison's department directory names its line ``Main Line`` (tests/test_hcp_marketing.py)
    named = ["Department", "Main Line", "Fax", "Address", "Hours"]
    assert all(p.system for p in profile_paths(named)[1:4])


def test_a_sites_menu_of_what_it_offers_is_no_booking():
    """A vaccination site list's ``vaccines_offered`` beside its hours names the site's
    menu, so the site's address and line stay its own; a waitlist's ``slot_offered`` or
    ``offered_at`` is one patient's offer and keeps them a person's."""
    listing = ["site_id", "site_name", "site_address", "site_zip", "hours", "vaccines_offered"]
    profiles = dict(zip(listing, profile_paths(listing), strict=True))
    assert profiles["site_address"].system and profiles["site_zip"].system
    for offer in ("slot_offered", "offered_at"):
        booked = ["site_id", "site_address", "hours", offer]
        assert not profile_paths(booked)[1].system, offer


def test_a_clinic_schedules_day_beside_its_hours_is_the_sites():
    """A health department's clinic schedule row (a site's name, address and ``hours``)
    prints the day the site is open under a bare ``date``: the listing's own day, as a
    slot inventory's start is. A booking's ``date`` beside the patient's name keeps it a
    person's (tests/test_vaccine_clinics_immunization.py)."""
    schedule = ["site_id", "site_name", "address", "zip", "phone", "date", "hours"]
    profiles = dict(zip(schedule, profile_paths(schedule), strict=True))
    assert profiles["date"].system and profiles["address"].system
    booked = ["site_name", "address", "date", "hours", "patient_name"]
    assert not profile_paths(booked)[2].system
    assert not profile_paths(["site_name", "address", "date"])[2].system  # no hours


def test_a_store_locator_row_prints_the_stores_own_address_and_line():
    """A retail pharmacy's store listing (``store_number`` beside ``pharmacy_hours``) is a
    directory listing as a department's is; a shopper's column beside it is not."""
    listing = ["store_number", "name", "address", "city", "zip", "phone", "fax", "pharmacy_hours"]
    profiles = dict(zip(listing, profile_paths(listing), strict=True))
    assert all(profiles[k].system for k in ("address", "city", "zip", "phone", "fax"))
    shopper = ["store_number", "phone", "pharmacy_hours", "first_name"]
    assert not profile_paths(shopper)[1].system
    assert not profile_paths(["store_number", "phone", "zip"])[1].system  # no hours


def test_a_store_listings_bare_licence_is_the_stores():
    """A dispensary's or a pharmacy's listing (a store's name beside its hours) prints the
    business's own state licence under a bare ``license_number``, as it prints its own
    address; a directory that names its clinicians lists their licences, which are theirs,
    and a shopper's column beside it keeps the licence a person's."""
    listing = ["store_id", "store_name", "license_number", "address", "zip", "phone", "hours"]
    profiles = dict(zip(listing, profile_paths(listing), strict=True))
    assert profiles["license_number"].system and profiles["address"].system
    clinicians = ["clinic_name", "physician_name", "license_number", "phone", "hours"]
    assert not profile_paths(clinicians)[2].system
    shopper = ["store_name", "license_number", "hours", "first_name"]
    assert not profile_paths(shopper)[1].system
    assert not profile_paths(["store_name", "license_number", "phone"])[1].system  # no hours


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


def test_a_slot_ids_bare_start_is_the_slots():
    """A therapy practice's open-slot export names the slot by its id and its time by a bare
    ``Start`` (tests/test_rehab_therapy_clinics.py): the calendar's time. Without a slot
    column, or with a patient on the row, a bare ``Start`` is left to the date detector."""
    slots = ["Slot ID", "Clinic ID", "Provider", "Start", "Duration", "Visit Type", "Status"]
    assert profile_paths(slots)[3].system
    assert not profile_paths(["Clinic ID", "Start", "Status"])[1].system
    assert not profile_paths(["Slot ID", "Start", "Patient Name"])[1].system


def test_a_bed_calendars_night_is_the_slots():
    """A sleep lab's open beds by ``night`` beside a slot status (tests/test_sleep_medicine.py)
    and a clinic's slots by ``date`` are the calendar's days; with a patient on the row, or
    without a slot column, the day is left to the date detector."""
    beds = ["night", "site", "bed", "slot_status", "study_type_allowed"]
    assert profile_paths(beds)[0].system
    assert profile_paths(["date", "Clinic ID", "slot_start", "status"])[0].system
    assert not profile_paths(["night", "bed", "slot_status", "patient_name"])[0].system
    assert not profile_paths(["night", "bed", "status"])[0].system


def test_a_fee_schedule_dates_its_own_rates():
    """A HCPCS or CPT code beside a fee, an allowable or a ceiling, with no column naming a
    person, is a fee schedule: its effective date is the schedule's. A claim line names its
    patient, so its date of service stays the patient's."""
    schedule = ["HCPCS", "Mod", "JURIS", "Description", "State", "Ceiling", "Effective Date"]
    assert profile_paths(schedule)[-1].system
    assert profile_paths(["CPT", "Allowable", "Effective Date"])[-1].system
    claim = ["patient_name", "HCPCS", "allowed_amount", "date_of_service"]
    assert profile_paths(claim)[-1].entity == "DATE"
    # a code and a date without any fee column is no schedule
    assert not profile_paths(["HCPCS", "Description", "Effective Date"])[-1].system
    # a chargemaster's code beside its gross charge is the hospital's price list; a
    # statement's line charge beside the patient's account is a claim's
    chargemaster = ["CDM", "Description", "CPT/HCPCS", "Rev Code", "Gross Charge", "Effective Date"]
    assert profile_paths(chargemaster)[-1].system
    statement = ["account_number", "cpt", "charge", "date_of_service"]
    assert profile_paths(statement)[-1].entity == "DATE"
    # a dental practice's fee schedule: a CDT code beside UCR and PPO fees; a ledger's
    # code and charge beside the patient's id keep the date of service
    assert profile_paths(["Code", "Description", "UCR Fee", "PPO Fee", "Effective"])[-1].system
    assert profile_paths(["CDT", "Fee", "Effective Date"])[-1].system
    ledger = ["Patient ID", "Name", "Code", "Description", "Charge", "Date of Service"]
    assert profile_paths(ledger)[-1].entity == "DATE"
    # an imaging centre's self-pay price list: a CPT code beside a cash price (the imaging
    # probe); an order's CPT and price beside the patient's email keep its date
    assert profile_paths(["cpt", "description", "cash_price", "effective_date"])[-1].system
    order = ["email", "cpt", "price", "appointment_date"]
    assert profile_paths(order)[-1].entity == "DATE"
    # the physician fee schedule prices a CPT code in RVUs (a care-management code table)
    assert profile_paths(["cpt_code", "work_rvu", "effective_date"])[-1].system
    ccm_log = ["Patient", "Practice MRN", "CPT", "Total RVUs", "Date of Service"]
    assert profile_paths(ccm_log)[-1].entity == "DATE"
    # the ambulance fee schedule prices a HCPCS code per run and per mile (the EMS probe);
    # a billing row's code beside the patient's name keeps its date of service
    rates = ["HCPCS", "Description", "Urban Base Rate", "Mileage Rate", "Effective"]
    assert profile_paths(rates)[-1].system
    run = ["Patient Name", "HCPCS Base", "Mileage Rate", "DOS"]
    assert profile_paths(run)[-1].entity == "DATE"
    # a counselling agency's or a DUI programme's fee schedule codes its services in a
    # service_code column (tests/test_court_ordered_treatment_monitoring.py); a client's
    # ledger line, a bare code and a code without a fee keep their dates
    schedule = ["service_code", "service", "fee", "sliding_scale", "effective_date"]
    assert profile_paths(schedule)[-1].system
    ledger = ["Client", "procedure_code", "fee", "service_date"]
    assert not profile_paths(ledger)[-1].system
    assert not profile_paths(["code", "fee", "effective_date"])[-1].system
    assert not profile_paths(["service_code", "units", "service_date"])[-1].system


def test_an_adt_feeds_event_time_is_the_patients_admission_or_discharge():
    """Beside an encounter's patient class or visit number, an ADT event's time is when the
    patient came in, moved or left; elsewhere an event time is a tracker's clock, and a
    feed's send stamp stays the feed's."""
    feed = ["eventType", "patientClass", "eventOccurredAt", "patient.dob", "sentAt"]
    profiles = profile_paths(feed)
    assert profiles[2].entity == "DATE" and not profiles[2].system
    assert profiles[4].system
    transfer = ["Event", "Event Time", "Patient", "MRN", "Visit Number"]
    assert profile_paths(transfer)[1].entity == "DATE"
    assert profile_paths(["EventType", "EventDateTime", "PatientClass"])[1].entity == "DATE"
    # a tracker's or a webhook's event time, with no encounter beside it
    assert profile_paths(["event_name", "event_time", "user_id"])[1].system
    assert profile_paths(["event", "eventOccurredAt", "patient.id"])[1].system


def test_an_openrtb_bids_adid_and_cid_are_the_ads():
    """In a bid (``crid`` beside ``impid`` or ``price``) ``adid`` and ``cid`` are the ad's
    and the campaign's ids; elsewhere they are a device's and a browser's."""
    bid = ["seatbid[0].bid[0].adid", "seatbid[0].bid[0].cid", "seatbid[0].bid[0].crid"]
    profiles = profile_paths([*bid, "seatbid[0].bid[0].impid", "seatbid[0].bid[0].price"])
    assert [p.system for p in profiles[:2]] == [True, True]
    alone = profile_paths(["adid", "cid", "event_name"])
    assert [p.entity for p in alone[:2]] == ["DEVICE_ID", "ONLINE_ID"]
    # a creative id elsewhere in the record does not make an app event's adid an ad's
    apart = profile_paths(["adid", "creative.crid", "creative.price"])
    assert apart[0].entity == "DEVICE_ID"


def test_a_point_of_interests_row_gives_the_places_address_and_coordinates():
    """Beside a ``placekey`` or ``poi_id`` the street, ZIP and coordinates are the clinic's
    or the store's; a visitor's home area in the same row stays a person's."""
    paths = ["poi_id", "street_address", "postal_code", "latitude", "longitude", "home_cbg"]
    profiles = profile_paths(paths)
    assert [p.system for p in profiles[1:5]] == [True, True, True, True]
    assert not profiles[5].system
    alone = profile_paths(["street_address", "postal_code", "latitude"])
    assert [p.system for p in alone] == [False, False, False]


def test_a_places_catalogs_nested_address_and_geocodes_are_the_places():
    """Beside a Foursquare-like ``fsq_id`` a place's nested ``location`` and ``geocodes``
    are the place's; a POI row that names a device keeps its bare coordinates as the
    device's fix (an SDK's geofence hit beside its ``poi_name``), its address the POI's."""
    paths = [
        "fsq_id",
        "location.address",
        "location.postcode",
        "geocodes.main.latitude",
        "geocodes.main.longitude",
    ]
    assert [p.system for p in profile_paths(paths)[1:]] == [True, True, True, True]
    hit = ["gaid", "poi_id", "poi_name", "lat", "lon", "street_address"]
    profiles = profile_paths(hit)
    assert [p.system for p in profiles[3:]] == [False, False, True]
    # a venue's own id nested in a visit row makes no catalog of the row
    visit = ["ad_id", "venue.fsq_id", "home_cbg", "lat", "lng"]
    assert [p.system for p in profile_paths(visit)[2:]] == [False, False, False]


def test_a_beacon_inventorys_mac_and_install_date_are_the_hardwares():
    """A BLE beacon inventory (a beacon's proximity UUID and tx power beside its major,
    minor and MAC) lists a hospital's wayfinding hardware: its MAC and install date are no
    one's. A phone's ping beside a beacon keeps the phone's ids."""
    paths = ["uniqueId", "proximity", "major", "minor", "mac", "txPower", "installed"]
    profiles = profile_paths(paths)
    assert profiles[4].system and profiles[6].system
    ping = ["device_id", "beacon_uuid", "major", "minor", "rssi"]
    assert not profile_paths(ping)[0].system


def test_a_fleet_roster_names_the_companys_vehicles():
    """A VIN or a plate beside a vehicle's year, make, model or lift, with no person's
    column, lists the company's vehicles: their ids, the garage's address and the
    registration's date are the fleet's. An owner's or a driver's name beside them makes
    the row a person's (an auto policy, a sale), and the VIN stays a VIN."""
    roster = ["Fleet #", "VIN", "Plate", "Year", "Make", "Model", "Garage", "Registration Expires"]
    assert all(p.system and p.entity is None for p in profile_paths(roster))
    inspection = ["inspection_id", "vin", "plate", "odometer", "lift_cycle_test", "inspected_on"]
    assert all(p.system for p in profile_paths(inspection))
    for person in (
        ["VIN", "Year", "Make", "Model", "Driver Name"],
        ["VIN", "Year", "Make", "Model", "policyholder.phone"],
        ["VIN", "Make"],  # one spec: a VIN beside a make alone is read as ever
        ["vehicle.vin", "customer.email", "model", "year"],
    ):
        vin = next(i for i, p in enumerate(person) if "vin" in p.lower())
        assert profile_paths(person)[vin].entity == "VEHICLE_ID", person


def test_a_warehouse_stock_or_pick_list_dates_its_own_goods():
    """A SKU or an item beside a warehouse, a pick wave or a dock, with no person's column,
    is a stock or pick list: its ship and expiry dates are the warehouse's (medically
    tailored meals probe). A ship-to name or a birth date beside them makes it an order,
    whose dates are read as ever, and a warehouse or a SKU alone is no list."""
    pick = ["warehouse", "pick_wave", "sku", "description", "qty", "ship_date", "dock"]
    profiles = profile_paths(pick)
    assert profiles[pick.index("ship_date")].system
    assert not profiles[pick.index("description")].system
    stock = ["DC Code", "Item No", "Lot", "Expiration Date", "Received Date", "On Hand"]
    profiles = profile_paths(stock)
    assert profiles[3].system and profiles[4].system
    for order in (
        ["warehouse", "sku", "ship_to_name", "ship_date"],
        ["Warehouse", "Item", "DOB", "Ship Date"],
        ["warehouse", "ship_date"],
        ["sku", "qty", "ship_date"],
    ):
        date = next(i for i, p in enumerate(order) if "date" in p.lower())
        assert not profile_paths(order)[date].system, order


def test_a_flight_list_times_the_flights():
    """A flight number beside its airline, terminal, gate or origin, with no person's
    column, lists flights (an airport-transfer schedule, an arrivals board): its arrival
    and departure dates are the airline's timetable. A passenger's or a patient's column
    makes the row a person's booking, and its dates are read as ever."""
    board = ["Flight", "Airline", "Origin", "Arrival (local)", "Terminal", "Pax", "Pickup Code"]
    assert all(p.system for p in profile_paths(board))
    for person in (
        ["Flight", "Airline", "Passenger", "Arrival (local)"],
        ["flight_number", "terminal", "patient_name", "Arrival (local)"],
        ["Flight", "Arrival (local)"],  # a flight number alone says no timetable
    ):
        assert not profile_paths(person)[-1].system, person


def test_a_listing_told_by_its_chairs_shifts_or_counties_served():
    """A dialysis centre's ``Shifts`` and ``Chairs`` and a transport network provider's
    ``Counties Served`` make a listing as an ``hours`` column does: the address and line
    beside the facility's or the provider's name are the organisation's."""
    dialysis = ["Facility Name", "Address Line 1", "City", "ZIP Code", "Phone Number", "Shifts"]
    profiles = profile_paths(dialysis)
    assert all(p.system for p in profiles[1:5])
    network = ["Provider Name", "Office Address", "Zip", "Dispatch Phone", "Counties Served"]
    assert all(p.system for p in profile_paths(network)[1:4])
    for person, contact in (
        (["Facility Name", "Phone Number", "Chairs", "Patient Name"], 1),
        (["Provider Name", "Zip", "Counties Served", "member_id"], 1),
        (["Phone Number", "Shifts"], 0),  # no listing named
        (["Site Name", "Household ZIP", "Date Served"], 1),  # a pantry visit: the household's
    ):
        assert not profile_paths(person)[contact].system, person


def test_a_treatment_programmes_listing_told_by_its_beds():
    """A treatment locator's row (an eating disorder or addiction centre's ``program``
    beside its ``beds``) is a listing: its address and admissions line are the
    programme's; a patient's column on the row makes it a person's record again."""
    listing = ["program", "levels_of_care", "beds", "address", "city", "zip", "admissions_phone"]
    assert all(p.system for p in profile_paths(listing)[3:])
    for person, contact in (
        (["program", "beds", "address", "patient_name"], 2),
        (["program", "address", "phone"], 1),  # no bed count, no hours: anyone's
    ):
        assert not profile_paths(person)[contact].system, person


def test_a_pharmacy_or_lab_listing_told_by_its_registry_number():
    """A pharmacy network list's NCPDP id and a lab directory's CLIA number make a listing
    as an ``hours`` column does (tests/test_sexual_health_prep.py); a prescription or a
    result that names its patient is no listing."""
    network = ["ncpdp_id", "pharmacy_name", "pharmacy_address", "pharmacy_city", "pharmacy_phone"]
    assert all(p.system for p in profile_paths(network)[2:5])
    labs = ["Lab Name", "CLIA", "Address", "Phone"]
    assert all(p.system for p in profile_paths(labs)[2:4])
    for person, contact in (
        (["patient_name", "ncpdp_id", "pharmacy_name", "pharmacy_phone"], 3),
        (["Patient ID", "Lab Name", "CLIA", "Phone"], 3),
        (["ncpdp_id", "pharmacy_phone"], 1),  # no listing named
    ):
        assert not profile_paths(person)[contact].system, person


def test_a_ride_exports_origin_and_scheduled_time_are_the_riders():
    """Beside a passenger's or a rider's column, a ride's ``Origin`` is where the rider
    was picked up and its ``Scheduled Time`` the ride to an appointment; elsewhere an
    origin is a store's ship-from address and a scheduled time a send time."""
    ride = ["Passenger First Name", "Origin", "Scheduled Time", "Cost"]
    profiles = profile_paths(ride)
    assert not profiles[1].system and not profiles[2].system
    webhook = profile_paths(["passenger.phone_number", "origin.address", "ride_id"])
    assert not webhook[1].system
    assert profile_paths(["order_id", "origin_address", "scheduled_time"])[1].system
    assert profile_path("Scheduled Time").system and profile_path("Origin").system


def test_a_study_registry_listing_dates_and_places_are_the_studys():
    """A ClinicalTrials.gov study (its API's ``protocolSection``, its ``studies.csv``
    download): the start and completion dates are the study's, a site's city, ZIP and
    coordinates the facility's, its central contact's line and its official the study's
    published contacts (a registry names no patient)."""
    api = [
        "protocolSection.statusModule.startDateStruct.date",
        "protocolSection.contactsLocationsModule.locations[0].city",
        "protocolSection.contactsLocationsModule.locations[0].zip",
        "protocolSection.contactsLocationsModule.locations[0].geoPoint.lat",
        "protocolSection.contactsLocationsModule.centralContacts[0].phone",
        "protocolSection.contactsLocationsModule.overallOfficials[0].name",
    ]
    got = dict(zip(api, profile_paths(api), strict=True))
    assert all(got[p].system for p in api)
    csv = ["NCT Number", "Start Date", "Locations", "Conditions"]
    assert all(p.system for p in profile_paths(csv))


def test_a_protocols_row_without_a_person_dates_its_own_approvals():
    """An IRB tracking sheet or a CTMS site list (a protocol's or an IRB's number, no field
    named for a person): its approval, expiry and activation dates and its site's address
    are the study's. A subject's row (``Subject #``, a name) keeps its dates."""
    irb = ["Protocol #", "IRB #", "Approval Date", "Site Address", "Site Zip"]
    assert all(p.system for p in profile_paths(irb))
    subjects = ["Subject #", "Protocol #", "Screening Date", "Initials"]
    assert not profile_paths(subjects)[2].system
    lead = ["study.nct_id", "contact.email", "zip"]  # a volunteer's lead names its study
    assert profile_paths(lead)[2].entity == "ZIP_CODE"
    # a protocol's name alone (an API's ``protocol``) is no study code
    assert not profile_paths(["protocol", "date", "reason"])[1].system
    # a cancer centre's regimen library (tests/test_oncology_infusion.py): a regimen's or a
    # treatment protocol's id, no person; its approval date is the library's. A chair
    # schedule's row with the same id names its patient and keeps its appointment date
    library = ["regimen_id", "regimen_name", "cycle_length_days", "approved"]
    assert profile_paths(library)[3].system
    assert profile_paths(["Protocol ID", "Version", "Approved On"])[2].system
    schedule = ["regimen_id", "MRN", "Patient", "approved"]
    assert not profile_paths(schedule)[3].system


def test_a_data_dictionary_row_is_a_forms_design():
    """A data dictionary (REDCap's, a codebook) gives each field's type and label: its
    validation bounds and names are no one's. A form's answers have no ``Field Type``."""
    dictionary = ["Variable / Field Name", "Field Type", "Field Label", "Text Validation Min"]
    assert all(p.system for p in profile_paths(dictionary))
    metadata = ["field_name", "field_type", "field_label", "text_validation_min"]
    assert all(p.system for p in profile_paths(metadata))
    form = ["Field Label", "dob", "email"]
    assert profile_paths(form)[1].entity == "DATE"


def test_an_aws_event_envelopes_account_is_the_clouds_not_a_persons():
    """EventBridge's ``account`` beside its ``detail-type`` and ``region`` is the AWS
    account the bus belongs to; an ``account`` elsewhere is still an account number's
    place, and so is one inside the event's ``detail``."""
    envelope = ["version", "id", "detail-type", "source", "account", "time", "region"]
    profiles = dict(zip(envelope, profile_paths(envelope), strict=True))
    assert profiles["account"].system and "account" not in profiles["account"].words
    nested = ["event.detail-type", "event.region", "event.account", "event.detail.account"]
    profiles = dict(zip(nested, profile_paths(nested), strict=True))
    assert profiles["event.account"].system
    assert profiles["event.detail.account"] == profile_path("event.detail.account")
    billing = ["account", "region", "email"]  # no detail-type: a customer's account
    assert profile_paths(billing)[0] == profile_path("account")


def test_a_class_schedules_open_seats_make_it_a_listing():
    """A class calendar (a hospital's childbirth or CPR classes) counts the seats left:
    its bare ``Date`` and ``Time`` and its ``Location`` are the class's, not a person's. A
    registrant's row has no open seats, and its bare date is still read."""
    schedule = ["Class Name", "Date", "Time", "Location", "Seats Available", "Fee"]
    profiles = dict(zip(schedule, profile_paths(schedule), strict=True))
    assert profiles["Date"].system and profiles["Time"].system and profiles["Location"].system
    assert profiles["Class Name"] == profile_path("Class Name")
    registration = ["Class Name", "Date", "Email", "Due Date"]
    assert not profile_paths(registration)[1].system
    # a DUI school's class calendar counts its open seats the other way round
    # (tests/test_court_ordered_treatment_monitoring.py)
    dui = ["class_id", "title", "start", "end", "room", "seats_open"]
    profiles = profile_paths(dui)
    assert profiles[2].system and profiles[3].system


def test_a_facility_licence_listing_names_the_facilitys_licence_and_npi():
    """A state licensing listing (a facility's name beside its licence number or type and
    its NPI) names organisations: the licence and the NPI are the facility's. A person's
    column beside them (a contact's email, a patient's date of birth) makes the row
    a person's, and the licence stays a licence."""
    listing = ["Facility Name", "License Number", "License Type", "NPI", "Capacity"]
    profiles = profile_paths(listing)
    assert all(profiles[i].system and profiles[i].entity is None for i in (1, 3))
    for person in (
        ["Facility Name", "License Number", "NPI", "Contact Email"],
        ["Facility", "License #", "Patient DOB"],
        ["License Number", "NPI", "Capacity"],  # no facility named
    ):
        assert not profile_paths(person)[1].system, person


def test_an_insurance_producer_roster_names_the_agents_licence_and_appointments():
    """A roster of insurance agents (a National Producer Number beside a state licence and
    a carrier appointment) lists the people who sell policies: the licence and the dates
    are their trade's. A client's column beside them (a commission statement's insured, a
    lead's first name, a bare birth date) makes the row a client's, and nothing is taken;
    the agent's own birth date stays a date."""
    roster = ["Agent Name", "NPN", "Resident License #", "Appointment Date", "Carrier NAIC"]
    profiles = profile_paths(roster)
    assert all(profiles[i].system and profiles[i].entity is None for i in (2, 3))
    national = profile_paths(["Producer", "National Producer Number", "License Expiration"])
    assert national[2].system
    assert profile_paths(["Agent Name", "NPN", "Agent DOB", "License #"])[2].entity == "DATE"
    for client in (
        ["Insured", "Agent NPN", "License #", "Appointment Date"],
        ["First Name", "Writing Agent NPN", "Appointment Date"],
        ["NPN", "License Number", "DOB"],
        ["Agent Name", "License Number", "Appointment Date"],  # no producer number
    ):
        assert not profile_paths(client)[-1].system, client


def test_an_insurance_rate_table_dates_its_own_rates():
    """A carrier's rate table (a product or a rate class beside a rate per thousand, a
    premium or a policy fee) is the same for everyone: its effective date is the filing's.
    A policy extract's class and premium beside the insured keep the insured's dates."""
    table = ["Product Code", "Issue Age", "Rate Class", "Rate per 1000", "Effective Date"]
    assert profile_paths(table)[-1].system
    assert profile_paths(["Plan Class", "Monthly Premium", "Effective"])[-1].system
    extract = ["Policy No", "Insured Name", "Rate Class", "Annual Premium", "DOB"]
    assert profile_paths(extract)[-1].entity == "DATE"
    # a product without a price, or a price without a product, is no table
    assert not profile_paths(["Product Code", "Issue Age", "Effective Date"])[-1].system
    assert not profile_paths(["Premium", "Effective Date"])[-1].system


def test_an_events_or_a_scans_bare_datetime_is_its_clock():
    """A bare ``datetime`` beside the event's name (Klaviyo's ``metric``, Segment's
    ``event``) or in a carrier's scan list (EasyPost's ``tracking_details[]``) is when the
    event happened or the parcel was scanned. An appointment's (Acuity's: beside its
    ``type``) stays a date's place."""
    klaviyo = ["attributes.metric", "attributes.profile.email", "attributes.datetime"]
    assert profile_paths(klaviyo)[2].system
    segment = ["event", "userId", "datetime"]
    assert profile_paths(segment)[2].system
    tracker = ["tracking_code", "tracking_details[0].message", "tracking_details[0].datetime"]
    assert profile_paths(tracker)[2].system
    acuity = ["id", "firstName", "type", "datetime"]
    assert not profile_paths(acuity)[3].system


def test_a_price_objects_nickname_is_its_label():
    """A processor's price or plan (Stripe's ``unit_amount``, a legacy plan's ``amount``
    and ``interval`` beside it) names its product in ``nickname``; a customer's
    ``nickname`` beside a person's fields stays a name's place."""
    price = ["id", "nickname", "unit_amount", "currency"]
    assert profile_paths(price)[1].system
    nested = ["items.data[0].price.nickname", "items.data[0].price.unit_amount", "customer"]
    assert profile_paths(nested)[0].system
    plan = ["plan.nickname", "plan.amount", "plan.interval"]
    assert profile_paths(plan)[0].system
    person = ["nickname", "email", "amount"]
    assert profile_paths(person)[0] == profile_path("nickname")


def test_an_event_listings_street_address_is_the_venues():
    """A seminar's listing (its capacity beside the venue) prints the venue's street in a
    bare ``address``; a registrant's row has no capacity, and its address stays read."""
    listing = ["event", "date", "venue", "address", "capacity", "registered"]
    profiles = dict(zip(listing, profile_paths(listing), strict=True))
    assert profiles["address"].system and profiles["date"].system
    registrant = ["event", "first_name", "address", "email"]
    assert profile_paths(registrant)[2] == profile_path("address")


def test_a_game_listings_city_is_the_venues():
    """A tournament bracket's game (its ``venue`` beside the ``city``) is played there; a
    registrant's or a player's city, with no venue beside it, stays a LOCATION."""
    bracket = ["bracket_id", "round", "tip_off", "venue", "city", "top_seed.team"]
    assert profile_paths(bracket)[4].system
    player = ["player_name", "city", "email"]
    assert profile_paths(player)[1] == profile_path("city")
    # a league's schedule: a home and an away side make the date and address the game's
    schedule = ["Game ID", "Date", "Time", "Address", "Home", "Away"]
    profiles = profile_paths(schedule)
    assert profiles[1].system and profiles[3].system
    family = ["Date", "Address", "Home Phone"]
    assert profile_paths(family)[1] == profile_path("Address")


def test_an_imaging_scanners_serial_is_the_centres():
    """A DICOM header's ``DeviceSerialNumber`` is the scanner's, beside its station name,
    model name or software, or in a header written in the DICOM JSON model; an equipment
    list's install and service dates are the machine's when no person is on the row. A
    person's device (a CPAP's serial beside the patient, tests/test_device_resupply.py)
    keeps its DEVICE_ID."""
    header = ["PatientName", "StudyDate", "Modality", "StationName", "DeviceSerialNumber"]
    profiles = profile_paths(header)
    assert profiles[4].system and profiles[4].entity is None
    assert profiles[0].entity == "NAME"
    assert profiles[1].words == profile_path("StudyDate").words
    tagged = ["PatientName.DicomValue[0].Alphabetic", "DeviceSerialNumber.DicomValue[0]"]
    assert profile_paths(tagged)[1].system
    dexa = ["PatientID", "LastName", "Densitometer", "SerialNo", "ExamDate"]
    profiles = profile_paths(dexa)
    assert profiles[3].system and not profiles[4].system
    inventory = ["Room", "Model", "Serial Number", "AE Title", "Install Date", "Last PM"]
    assert all(p.system for p in profile_paths(inventory)[-2:])
    assert profile_paths(inventory)[2].system
    for person in (
        ["Patient Name", "Device", "Device Serial Number", "IMEI", "Setup Date"],
        ["Modality", "device_serial", "patient_id"],  # a bare modality is a visit's too
        ["Manufacturer", "Model", "Serial Number", "Owner Email"],
    ):
        serial = next(i for i, p in enumerate(person) if "serial" in p.lower())
        assert profile_paths(person)[serial].entity == "DEVICE_ID", person
    with_patient = ["AE Title", "Serial Number", "Install Date", "Patient Name"]
    assert not profile_paths(with_patient)[2].system


def test_an_aesthetic_devices_applicator_makes_an_equipment_log():
    """A med spa's equipment log lists its body-contouring and laser devices by their
    applicator or handpiece (tests/test_medical_spa_aesthetics.py): the serial and the
    service date are the practice's machine's. A client's treatment row beside the same
    applicator keeps its dates, though the machine's serial is still the practice's."""
    log = ["Device", "Serial #", "Applicator", "Cycles Remaining", "Last Service", "Room"]
    profiles = profile_paths(log)
    assert profiles[1].system and profiles[1].entity is None
    assert profiles[4].system
    laser = ["Laser", "Handpiece", "SN", "Last PM"]
    assert all(p.system for p in profile_paths(laser)[2:])
    treated = ["Client Name", "Treatment Date", "Handpiece", "Serial Number"]
    profiles = profile_paths(treated)
    assert profiles[3].system and not profiles[1].system
    # no applicator or handpiece: a person's own device keeps its serial
    device = ["Patient Name", "Device", "Serial #", "Last Service"]
    assert profile_paths(device)[2].entity == "DEVICE_ID"


def test_a_cold_chain_loggers_serial_is_the_clinics():
    """A vaccine fridge's temperature log names its data logger or its storage unit
    (``logger_serial``, ``Fridge``): the serial is the clinic's equipment, whatever doses
    it holds (tests/test_vaccine_clinics_immunization.py). A patient's own thermometer
    beside the patient keeps its DEVICE_ID."""
    log = ["logger_serial", "unit", "reading_time", "temp_c", "min_c", "max_c"]
    assert profile_paths(log)[0].system and profile_paths(log)[0].entity is None
    fridge = ["Fridge", "Serial Number", "Temp (F)"]
    assert profile_paths(fridge)[1].system
    patient = ["patient_name", "device_serial", "temp_f"]
    assert profile_paths(patient)[1].entity == "DEVICE_ID"


def test_a_dialysis_stations_machine_is_the_units():
    """A dialysis unit's machine inventory and run sheets name the station or the chair a
    machine stands at: its serial is the unit's, beside a patient or not, and its upkeep
    dates are the machine's in an inventory (tests/test_dialysis_kidney_care.py). A home
    patient's machine, with no station, keeps its DEVICE_ID."""
    inventory = ["Asset Tag", "Station", "Model", "Serial Number", "Install Date", "Last PM"]
    profiles = profile_paths(inventory)
    assert profiles[3].system and profiles[4].system and profiles[5].system
    run = ["treatment.patient_mrn", "treatment.date", "treatment.chair", "treatment.machine.serial"]
    profiles = profile_paths(run)
    assert profiles[3].system and profiles[0].entity == "MRN"
    assert not profiles[1].system
    home = ["patient_name", "machine_serial_number", "modality"]
    assert profile_paths(home)[1].entity == "DEVICE_ID"


def test_a_beds_and_a_badges_devices_are_the_units():
    """A smart bed's sensor serial beside ``bed_id``, a bedside monitor's serial beside a
    patient's ``bed`` and a communication badge's serial and MAC beside ``badge_id`` are
    the unit's equipment, whoever lies in the bed or wears the badge
    (tests/test_clinical_messaging_paging.py), as a dialysis chair's machine is. A
    patient's own device, with no bed or badge, keeps its DEVICE_ID."""
    bed_alert = ["alert", "bed_id", "device_serial", "sensor", "ts"]
    assert profile_paths(bed_alert)[2].system
    alarm = ["alarm", "patient.name", "patient.mrn", "monitor_serial", "bed"]
    profiles = profile_paths(alarm)
    assert profiles[3].system and profiles[2].entity == "MRN"
    badges = ["badge_id", "mac_address", "serial_number", "model", "assigned_role"]
    profiles = profile_paths(badges)
    assert profiles[1].system and profiles[2].system
    rpm = ["patient_name", "device_serial", "mac_address", "reading.systolic"]
    profiles = profile_paths(rpm)
    assert profiles[1].entity == "DEVICE_ID" and profiles[2].entity == "DEVICE_ID"


def test_a_buildings_cameras_access_points_and_badge_printers_are_its_own():
    """A security office's camera inventory (``camera_id`` beside the camera's ``ip`` and
    ``mac``), a Wi-Fi access-point inventory (``ap_name`` beside its serial) and a visitor
    desk's badge printer (``printer`` beside ``printer_serial``) list the building's devices
    (tests/test_hospital_visitors_security.py); with no person on the row their address
    and restock date are the device's too. A patient's row keeps its IP, and a guest's
    device beside the access point's name keeps its MAC."""
    cameras = ["camera_id", "name", "ip", "mac", "model", "retention_days"]
    profiles = profile_paths(cameras)
    assert profiles[2].system and profiles[3].system
    aps = ["ap_name", "mac", "serial", "model", "zone", "ip"]
    profiles = profile_paths(aps)
    assert profiles[1].system and profiles[2].system and profiles[5].system
    stock = ["badge_stock_id", "printer", "printer_serial", "last_restock"]
    profiles = profile_paths(stock)
    assert profiles[2].system and profiles[3].system
    with_patient = ["patient", "camera_id", "ip"]
    assert not profile_paths(with_patient)[2].system
    splash = ["clientMac", "clientIp", "apName", "email"]
    profiles = profile_paths(splash)
    assert profiles[0].entity == "DEVICE_ID" and not profiles[1].system


def test_a_licence_scans_aamva_elements_are_the_card_holders():
    """An ID scanner's raw export heads its columns by the AAMVA DL/ID standard's element
    ids (a visitor system's licence scan, tests/test_hospital_visitors_security.py): three
    or more of them make ``DAQ`` the licence number, ``DCS``/``DAC`` the names, ``DBB`` the
    birth date and ``DAG``/``DAI``/``DAK`` the address. The card's expiry and state are
    not read; one or two three-letter keys, or lower-case ones, are any codes."""
    scan = ["ScanID", "DAQ", "DCS", "DAC", "DBB", "DAG", "DAI", "DAJ", "DAK", "DBA"]
    entities = [p.entity for p in profile_paths(scan)]
    assert entities[1:] == [
        "LICENSE_NUMBER", "NAME", "NAME", "DATE", "LOCATION", "LOCATION", None, "ZIP_CODE", None
    ]  # fmt: skip
    assert profile_paths(["DAC", "DAG", "status"])[0].entity is None
    assert profile_paths(["dac", "dag", "daq", "dcs"])[0].entity is None


def test_a_standard_charge_files_header_names_the_hospitals_licence():
    """A CMS standard-charge file's header (``hospital_name`` beside ``license_number|GA``,
    or the JSON layout's ``license_information``) names the hospital's state licence, as a
    licensing listing names a facility's (tests/test_price_transparency_estimates.py). A
    patient's column beside a hospital's keeps a licence a person's."""
    csv_header = ["hospital_name", "last_updated_on", "version", "license_number|GA"]
    assert profile_paths(csv_header)[3].system
    json_header = ["hospital_name", "license_information.license_number"]
    assert profile_paths(json_header)[1].system
    patient = ["patient_name", "hospital", "drivers_license_number"]
    assert not profile_paths(patient)[2].system


def test_an_npi_beside_its_owners_tin_is_the_billing_partys():
    """An NPI owned alike with a TIN (a rate table's ``npi`` beside ``tin_value``, a GFE
    component's ``provider.npi`` beside ``provider.tin``, ``Convening Provider NPI`` beside
    ``Convening Provider TIN``) is the billing party's, as a claim's billing NPI is
    (tests/test_price_transparency_estimates.py). Without a TIN, with a TIN of another
    owner, or beside a person's name column of the same owner, it stays a clinician's."""
    for paths, npi in (
        (["billing_code", "negotiated_rate", "npi", "tin_type", "tin_value"], 2),
        (["gfe_component.provider.npi", "gfe_component.provider.tin", "patient_dob"], 0),
        (["Patient Name", "Convening Provider NPI", "Convening Provider TIN"], 1),
    ):
        assert profile_paths(paths)[npi].system, paths
        assert "npi" not in profile_paths(paths)[npi].words
    for paths, npi in (
        (["provider.npi", "provider.name", "patient.dob"], 0),
        (["provider.npi", "tin"], 0),  # the TIN is the record's, not the provider's
        (["Provider Name", "NPI", "TIN"], 1),  # a credentialing roster's clinician
        (["Rendering Provider Name", "Rendering Provider NPI", "Rendering Provider TIN"], 1),
    ):
        assert not profile_paths(paths)[npi].system, paths


def test_a_listings_hours_object_or_opening_columns_make_it_a_listing():
    """A clinic listing's hours as an object of days (``hours.mon_fri``) or as two opening
    and closing columns are its hours (urgent-care probe): its address and lines are the
    clinic's. An opening time alone is not, and a person's column keeps them a person's."""
    by_days = ["location_id", "address", "zip", "phone", "hours.mon_fri", "hours.sat_sun"]
    assert [p.system for p in profile_paths(by_days)[1:4]] == [True, True, True]
    opens = ["location_id", "day", "open", "close", "phone"]
    assert profile_paths(opens)[4].system
    assert not profile_paths(["location_id", "open", "phone"])[2].system
    assert not profile_paths(["location_id", "open", "close", "phone", "patient_name"])[3].system


def test_a_place_object_with_its_own_hours_is_that_places_listing():
    """A booking's ``clinic`` object that carries its hours prints the clinic's address and
    line beside the patient's own fields; a ``clinic`` object without hours is read as
    ever (an appointment's place and day, tests/test_community_events.py), and a person's
    object with hours is no place."""
    booking = ["clinic.address", "clinic.phone", "clinic.hours", "patient.phone", "slot"]
    got = profile_paths(booking)
    assert got[0].system and got[1].system
    assert not got[3].system and got[3].entity == "PHONE"
    assert not profile_paths(["clinic.address", "clinic.date", "patient.phone"])[0].system
    employee = profile_paths(["employee.address", "employee.hours", "employee.name"])
    assert not employee[0].system and employee[0].entity == "LOCATION"


def test_a_contact_trace_records_contact_ids_are_the_calls():
    """Amazon Connect calls a call a contact: beside the record's ``InitiationMethod`` and
    ``Channel`` its ``ContactId`` (and the transfer chain's ``InitialContactId``,
    ``PreviousContactId``) are the call's ids and ``SystemEndpoint.Address`` is the
    instance's own line; a CRM's ``ContactId`` without them is still a person's."""
    ctr = [
        "ContactId", "InitialContactId", "PreviousContactId", "Channel", "InitiationMethod",
        "CustomerEndpoint.Address", "SystemEndpoint.Address", "Attributes.memberId",
    ]  # fmt: skip
    profiles = dict(zip(ctr, profile_paths(ctr), strict=True))
    for call in ("ContactId", "InitialContactId", "PreviousContactId", "SystemEndpoint.Address"):
        assert profiles[call].system, call
    for person in ("CustomerEndpoint.Address", "Attributes.memberId"):
        assert profiles[person] == profile_path(person), person
    nested = ["detail.ContactId", "detail.Channel", "detail.InitiationMethod"]
    assert profile_paths(nested)[0].system  # an EventBridge contact event's detail
    opportunity = ["ContactId", "AccountId", "StageName", "Channel"]  # no InitiationMethod
    assert profile_paths(opportunity)[0] == profile_path("ContactId")
    elsewhere = ["ContactId", "call.Channel", "call.InitiationMethod"]  # not its own object
    assert profile_paths(elsewhere)[0] == profile_path("ContactId")


def test_a_formulary_file_dates_its_own_coverage():
    """An NDC or a GPI beside a tier or a quantity limit, with no column naming a person,
    is a formulary file: its effective date is the formulary's. A claim names its Rx
    number or its member, so its fill date stays the person's."""
    formulary = ["NDC", "GPI", "Drug Name", "Tier", "PA", "ST", "QL", "Effective Date"]
    assert profile_paths(formulary)[-1].system
    assert profile_paths(["gpi14", "drug_tier", "effective_date"])[-1].system
    rebate = ["Rx Number", "NDC", "Formulary Tier", "Fill Date"]
    assert profile_paths(rebate)[-1].entity == "DATE"
    claim = ["Cardholder ID", "NDC", "Tier", "Fill Date"]
    assert profile_paths(claim)[-1].entity == "DATE"
    # a drug code and a date without a coverage column is no formulary
    assert not profile_paths(["NDC", "Drug Name", "Effective Date"])[-1].system


def test_a_pharmacy_listings_bare_npi_is_the_pharmacys():
    """A pharmacy network list (its NCPDP id and hours) prints the pharmacy's own type 2
    NPI in a bare ``NPI`` column; a listing that names a person keeps it."""
    network = ["NCPDP ID", "NPI", "Pharmacy Name", "Address", "Phone", "Hours"]
    profiles = profile_paths(network)
    assert profiles[1].system and "npi" not in profiles[1].words
    assert not profile_paths(["Patient Name", "NCPDP ID", "NPI", "Pharmacy Name", "Hours"])[
        2
    ].system


def test_a_jails_booking_doc_and_identification_numbers_are_the_person_helds():
    """Beside a column naming the person held (``Inmate``, ``offender_id``, a detainee's
    object) or a key only a jail's record has (a bunk, a housing unit, an arrest date, a
    bond), the booking, DOC, SO, SID, FBI and alien numbers are that person's OTHER_ID
    and the trust account and phone PIN an ACCOUNT_NUMBER. Elsewhere a ``doc_number`` is a
    document's, a ``SID`` a Twilio message's and a booking number an appointment's or a
    trip's reference: their usual reading stays."""

    def entities(paths: list[str]) -> dict[str, str | None]:
        return {p: f.entity for p, f in zip(paths, profile_paths(paths), strict=True)}

    sick_call = entities(["Booking #", "Inmate", "DOB", "Complaint"])
    assert sick_call["Booking #"] == "OTHER_ID"
    roster = entities(["DOC #", "Offender Name", "Clinic", "Next Due"])
    assert roster["DOC #"] == "OTHER_ID"
    booking = entities(["BookingNumber", "SONumber", "SID", "FBI", "ArrestDate", "BondAmount"])
    assert all(booking[k] == "OTHER_ID" for k in ("BookingNumber", "SONumber", "SID", "FBI"))
    housing = entities(["Booking No", "Name", "Housing", "Vaccine"])
    assert housing["Booking No"] == "OTHER_ID"
    detention = entities(["a_number", "detainee.last", "appointment.date"])
    assert detention["a_number"] == "OTHER_ID"
    accounts = entities(["trust_account", "inmate_id", "inmate_pin", "amount"])
    assert accounts["trust_account"] == accounts["inmate_pin"] == "ACCOUNT_NUMBER"
    # no custody column: an appointment's or a trip's booking, a document, a Twilio message
    for paths in (
        ["Booking Number", "First Name", "Last Name", "Check In"],
        ["doc_number", "vendor_name", "amount", "posting_date"],
        ["SID", "From", "To", "Body", "Status"],
        ["booking", "guest_name", "room"],
    ):
        assert entities(paths) == {p: profile_path(p).entity for p in paths}, paths
    # a court case number is the docket's even in a jail's export
    assert entities(["Booking #", "Inmate", "Case #"])["Case #"] is None


def test_a_price_list_of_goods_dates_its_own_prices():
    """A funeral home's general price list (an item code beside its price) and a
    merchandise catalog (a SKU beside its price), with no column naming a person: the
    effective date is the list's. An order names its buyer, so its date stays a date's."""
    gpl = ["item_code", "category", "description", "price", "effective"]
    assert profile_paths(gpl)[-1].system
    catalog = ["sku", "model", "price", "effective_date"]
    assert profile_paths(catalog)[-1].system
    order = ["email", "item", "price", "appointment_date"]
    assert profile_paths(order)[-1].entity == "DATE"
    # an item without a price is no list
    assert not profile_paths(["item_code", "description", "effective"])[-1].system


def test_a_home_health_agency_directory_prints_its_own_address_and_line():
    """A home health or hospice agency directory (``Agency Name`` beside ``Counties
    Served``, home health probe) is a listing: its address, line and bare NPI are the
    agency's; a patient's row beside an agency name is not."""
    directory = ["Agency Name", "CCN", "NPI", "Address", "ZIP", "Phone", "Counties Served"]
    assert all(p.system for p in profile_paths(directory)[2:6])
    patient = ["Patient Name", "Agency Name", "Phone", "Counties Served"]
    assert not profile_paths(patient)[2].system


def test_a_translation_resources_clocks_are_its_own():
    """A translation memory (a segment pair beside its language pair) or a glossary (two
    per-language term columns) names no one: when a segment was last used or a term
    approved is the resource's. A translation job that names its patient keeps its dates,
    and so does a row with a language pair but no segments."""
    memory = ["segment_id", "source_lang", "target_lang", "source_text", "target_text",
              "last_used"]  # fmt: skip
    assert profile_paths(memory)[5].system
    glossary = ["term_id", "term_en", "term_vi", "domain", "approved_on"]
    assert profile_paths(glossary)[4].system
    assert not profile_paths(glossary)[1].system  # the terms themselves stay read
    job = ["source_lang", "target_lang", "source_text", "patient_mrn", "due_date"]
    assert not profile_paths(job)[4].system
    no_segments = ["source_language", "target_language", "due_date", "word_count"]
    assert not profile_paths(no_segments)[2].system
    one_language = ["term_en", "definition", "approved_on"]
    assert not profile_paths(one_language)[2].system


def test_an_interpreting_vendors_account_is_the_hospitals_not_a_persons():
    """An interpreting vendor's call detail (an interpreter's id beside the language
    served) names the client's account with the vendor: no person's account number. An
    account column without them, or one naming a person, keeps its reading."""
    call = ["Account", "Access Code", "Language", "Interpreter ID", "Duration (min)"]
    profiles = dict(zip(call, profile_paths(call), strict=True))
    assert profiles["Account"].system and "account" not in profiles["Account"].words
    nested = ["accountNumber", "subAccount", "languageName", "interpreterNumber"]
    assert all(p.system for p in profile_paths(nested)[:2])
    patient = ["Patient Account", "Language", "Interpreter ID"]
    assert profile_paths(patient)[0] == profile_path("Patient Account")
    billing = ["Account", "Language", "email"]  # no interpreter: a customer's account
    assert profile_paths(billing)[0] == profile_path("Account")


def test_an_interpreter_rosters_certification_numbers_are_the_interpreters_trade():
    """A language services roster (an interpreter's number beside the languages they work
    in) lists interpreters: their CCHI, NBCMI or ATA numbers are their trade's, as an
    insurance agent's licence in a producer roster is. A patient's column makes the chunk
    a record of care, whose licence columns keep their reading."""
    roster = ["Interpreter ID", "Name", "Languages", "CCHI Cert #", "Email"]
    profiles = dict(zip(roster, profile_paths(roster), strict=True))
    assert profiles["CCHI Cert #"].system and profiles["CCHI Cert #"].entity is None
    assert profiles["Email"] == profile_path("Email")
    agency = ["Linguist ID", "Linguist", "Language Pairs", "NBCMI Certification"]
    assert profile_paths(agency)[3].system
    visit = ["Interpreter ID", "Languages", "CCHI Cert #", "Patient Name"]
    assert profile_paths(visit)[2] == profile_path("CCHI Cert #")
    no_languages = ["Interpreter ID", "Name", "CCHI Cert #"]
    assert profile_paths(no_languages)[2] == profile_path("CCHI Cert #")


def test_a_service_rate_card_dates_its_own_rates():
    """A vendor's rate card (a service beside a price per minute, word or mile, and no
    person's column) is the same for every client: its effective date is the card's. A
    bare ``Rate`` is no price per unit, and a row naming a patient keeps its date."""
    card = ["Service", "Rate per Minute", "Minimum Minutes", "Effective", "Contract"]
    assert profile_paths(card)[3].system
    words = ["Service", "Rate per Word", "Effective Date"]
    assert profile_paths(words)[2].system
    assert not profile_paths(["Service", "Rate", "Effective"])[2].system
    billed = ["Service", "Rate per Minute", "Effective", "Patient Name"]
    assert not profile_paths(billed)[2].system
    # a wireless carrier's pass-through fee per message or segment (the SMS marketing
    # probe); a carrier with a bare fee, or beside a subscriber's phone, is no such card
    fees = ["Carrier", "Message Type", "Fee per Message", "Effective Date"]
    assert profile_paths(fees)[3].system
    assert profile_paths(["carrier", "fee_per_segment", "effective_date"])[2].system
    assert not profile_paths(["Carrier", "Fee", "Effective Date"])[2].system
    opt_out = ["Carrier", "Fee per Message", "Effective Date", "Phone"]
    assert not profile_paths(opt_out)[2].system


def test_a_collection_files_workflow_dates_are_the_agencys() -> None:
    """Beside a collection word and a balance, a placement's, a recall's, a return's and a
    collector's next-action dates are the agency's clock; the debtor's dates are not."""
    paths = [
        "Client Code", "Placement Date", "Debtor", "DOB", "Service Date", "Cur Bal",
        "Next Action", "RETURN_DT", "placement.placedOn",
    ]  # fmt: skip
    system = {p for p, prof in zip(paths, profile_paths(paths), strict=True) if prof.system}
    assert {"Placement Date", "Next Action", "RETURN_DT", "placement.placedOn"} <= system
    assert not {"DOB", "Service Date"} & system
    # a Regulation F notice log: the validation period ends when the agency's notice says
    paths = ["creditor", "itemization.amount_due", "validation_period_end", "itemization_date"]
    profiles = dict(zip(paths, profile_paths(paths), strict=True))
    assert profiles["validation_period_end"].system
    assert not profiles["itemization_date"].system


def test_a_placement_without_a_debt_is_a_persons_date() -> None:
    """A senior-living referral's placement and a dental recall have no balance beside a
    collection word: their dates are read alone, as before."""
    for paths in (
        ["Resident", "Community", "Placement Date", "Referral Fee"],
        ["Patient", "Recall Date", "Recall Type", "Balance"],
    ):
        profiles = dict(zip(paths, profile_paths(paths), strict=True))
        assert not any(profiles[p].system for p in paths if "Date" in p), paths


def test_a_workers_comp_policy_is_the_employers_beside_its_registrations():
    # a first report beside the employer's FEIN, a claim beside its insured's tax id, an
    # employer location master beside its NCCI class: the policy and its term are the
    # employer's, no member's plan id and no person's date
    froi = ["Employee Last Name", "Employer FEIN", "Policy Number", "Date of Injury"]
    assert profile_paths(froi)[2].system and profile_paths(froi)[2].entity is None
    assert profile_paths(froi)[3].entity == "DATE"
    claim = ["claimant.displayName", "insured.taxId", "policy.policyNumber"]
    assert profile_paths(claim)[2].system
    master = ["Location ID", "NCCI Class", "Policy Number", "Policy Effective"]
    assert all(p.system for p in profile_paths(master)[2:])
    # without an employer's registration a bare policy number is a member's or an insured's
    assert profile_paths(["Member Name", "Policy Number"])[1].entity == "HEALTH_PLAN_ID"
    assert not profile_paths(["Group Policy Number", "Employer FEIN"])[0].system


def test_an_employers_establishment_listing_owns_its_address():
    # OSHA ITA rows and an employer location master: the establishment's address and ZIP
    ita = ["establishment_id", "establishment_name", "ein", "street_address", "city", "zip"]
    assert all(p.system for p in profile_paths(ita)[3:])
    master = ["Location ID", "FEIN", "Address 1", "City", "ZIP", "Location Phone"]
    assert all(p.system for p in profile_paths(master)[2:])
    # a first report names its employee: the employee's address is theirs
    froi = ["Employer FEIN", "Employee Last Name", "Employee Address Line 1", "Employee City"]
    assert profile_paths(froi)[2].entity == "LOCATION" and not profile_paths(froi)[2].system


def test_a_code_tables_dates_are_the_tables():
    wcio = ["code_table", "code", "description", "effective_date"]
    assert profile_paths(wcio)[3].system
    ncci = ["state", "class_code", "phraseology", "loss_cost", "effective_date"]
    assert profile_paths(ncci)[4].system
    # a person's row beside a code is no table; a catalog's item code is no code table
    assert not profile_paths(["patient_name", "code", "description", "effective_date"])[3].system
    assert not profile_paths(["item_code", "description", "effective"])[2].system
    # a payroll system's earning code table (the leave probe); a timecard's pay code
    # beside an employee is no table
    assert profile_paths(["Earn Code", "Description", "Effective"])[2].system
    assert not profile_paths(["Employee ID", "Earn Code", "Description", "Effective"])[3].system


def test_a_content_librarys_filing_and_approval_dates_are_its_own():
    """A TPMO's CMS marketing-material filing log and a compliance team's disclaimer
    library (a material or an asset beside its version, title, text or status, no field
    named for a person): when the copy was filed or approved is the organisation's."""
    filing = ["material_id", "title", "type", "filed_date", "status", "language"]
    assert profile_paths(filing)[3].system
    disclaimer = ["asset", "version", "text", "approved_on"]
    assert profile_paths(disclaimer)[3].system
    assert not profile_paths(disclaimer)[2].system  # the copy itself is still read
    # a mailing names its recipient: the piece's dates are that person's row's
    mailing = ["material_id", "title", "recipient_email", "mailed_on", "appointment_date"]
    assert not profile_paths(mailing)[4].system
    # a material alone (a DME order's ``material``) makes no library
    assert not profile_paths(["material", "order_date", "size"])[1].system


def test_a_privacy_offices_documents_and_configuration_keep_their_own_dates():
    """A privacy notice's version table (its owner's mailbox is staff, no reader), a form
    template catalog and a consent tool's script allow-list are libraries of the
    organisation's copy: their effective, review and approval dates are its own. A signed
    form names its signer, and a form with a patient's name keeps its dates."""
    notices = ["policy", "version", "effective_date", "url", "owner_email", "owner_phone"]
    assert profile_paths(notices)[2].system
    templates = ["form_code", "title", "version", "languages", "last_legal_review"]
    assert profile_paths(templates)[4].system
    tags = ["tag", "src", "integrity", "consent_category", "owner", "last_reviewed"]
    assert profile_paths(tags)[5].system
    signed = ["form_code", "title", "patient_name", "date_signed"]
    assert not profile_paths(signed)[3].system
    # an insurance policy row names its holder: the policy's dates are the member's
    held = ["policy", "status", "policyholder_name", "effective_date"]
    assert not profile_paths(held)[3].system
    # a form or a tag beside a title or a status only is a submission or a record: its
    # dates are read; and a date named for a person's care never is a library's
    assert not profile_paths(["form", "title", "status", "preferred_date"])[3].system
    assert not profile_paths(["tag", "status", "visit_date"])[2].system
    assert not profile_paths(["form_name", "version", "appointment_date"])[2].system
    assert not profile_paths(["material_id", "title", "appointment_date"])[2].system


def test_a_practices_client_id_beside_the_clients_name_is_the_record_id():
    """A therapy or ABA practice's ``Client ID`` beside the client's name parts, a bare
    ``Client`` column or a birth date is the practice's number of that person (OTHER_ID);
    alone, beside an OAuth application's ``client_name``, or nested, it stays an
    analytics client id."""
    for chunk in (
        ["Client ID", "Client First Name", "Client Last Name"],
        ["Client", "Client ID", "Service Code"],
        ["Client Initials", "Client ID", "Mastered Date"],
        ["client_id", "client_dob"],
        # a shelter registration: bare name parts beside a birth date
        ["Client ID", "Last Name", "First Name", "DOB", "Shelter"],
        ["Client ID", "First Name", "Date of Birth"],
        # a disaster or social-care case management export: the client beside a caseworker
        ["Client ID", "Client Name", "Case Manager", "Unmet Needs"],
        ["Client ID", "Client Name", "Case Worker"],
        # a DUI programme's or a counselling group's attendance log: the client attended
        # a session (tests/test_court_ordered_treatment_monitoring.py)
        ["Session ID", "Session Date", "Client ID", "Client Name", "Hours", "Attended"],
        ["Client ID", "Client Name", "Attendance"],
    ):
        profiles = profile_paths(chunk)
        i = next(n for n, p in enumerate(chunk) if p.lower().replace("_", " ") == "client id")
        assert profiles[i].entity == "OTHER_ID", chunk
    for chunk in (
        ["client_id", "client_name", "connection"],  # Auth0's application
        ["client_id", "page_location"],  # GA4
        ["client_id", "client.first_name"],  # a nested client is software
        ["client_id", "client_name", "case_id"],  # an OAuth log's support case, no worker
        ["client_id", "first_name", "page_location"],  # a CRM's GA client id: no birth date
        ["client_id", "user.dob"],  # a nested birth date is no top-level column
        ["client_id", "client_name", "session_id"],  # an OAuth log's session, none attended
    ):
        assert profile_paths(chunk)[0].entity == "ONLINE_ID", chunk


def test_an_employers_plan_design_and_rate_table_own_their_dates():
    """A plan beside its deductible, out-of-pocket maximum or premium, with no person's
    field, is a plan design or a rate table: its effective date and month are the plan's
    (tests/test_benefits_navigation_eap.py)."""
    for chunk in (
        ["Plan", "Deductible (Individual)", "Out-of-Pocket Max (Individual)", "Effective Date"],
        ["plan_code", "tier", "monthly_premium_total", "rate_effective"],
    ):
        assert profile_paths(chunk)[-1].system, chunk
    # a PMPM invoice to the employer: a product and its rate, the month every member shares
    invoice = ["Invoice #", "Service Month", "Product", "Eligible Members", "Rate"]
    assert profile_paths(invoice)[1].system
    # a member's accumulator or billing line names the member: its dates stay the member's
    for chunk in (
        ["Member ID", "Plan", "Deductible Met", "Effective Date"],
        ["member_id", "member_name", "service_month", "fee_type", "fee"],
        ["Employee Name", "Plan", "Monthly Premium", "Coverage Effective Date"],
    ):
        last_date = next(i for i, p in enumerate(chunk) if "ffective" in p or "month" in p)
        assert not profile_paths(chunk)[last_date].system, chunk


def test_a_provider_network_directory_lists_its_places_contacts():
    """A directory row (``Accepting New Patients``, a ``network_tier``) with no person's
    column: the practice's address, ZIP and line, and the place's own name, are the
    listing's; a listed physician's name stays a name."""
    chunk = ["Provider Name", "NPI", "Specialty", "Practice Name", "Address", "City", "Zip",
             "Phone", "Accepting New Patients"]  # fmt: skip
    profiles = profile_paths(chunk)
    for i in (3, 4, 5, 6, 7):
        assert profiles[i].system, chunk[i]
    assert profiles[0].entity == "NAME"
    tiered = ["facility_name", "street", "city", "postal_code", "main_phone", "network_tier"]
    assert all(p.system for p in profile_paths(tiered)[:5])
    # without a listing's sign, or beside a patient's column, the contacts are a person's
    for chunk in (
        ["Practice Name", "Address", "City", "Zip", "Phone"],
        ["Patient Name", "Practice Name", "Address", "Phone", "Accepting New Patients"],
    ):
        assert not profile_paths(chunk)[chunk.index("Address")].system, chunk


def test_a_provider_object_beside_a_clinicians_details_names_a_clinician():
    """A ``provider`` object's ``name`` beside its credentials or degree is a clinician's (an
    EAP platform's matched counsellor, tests/test_benefits_navigation_eap.py); an identity
    or an insurance provider has none of them and stays a thing, and an NPI or a specialty
    alone is a billing provider's or a practice's as often."""
    for chunk in (
        ["matchedProvider.name", "matchedProvider.credentials"],
        ["providers[0].name", "providers[0].degree"],
    ):
        assert profile_paths(chunk)[0].entity == "NAME", chunk
    for chunk in (
        ["provider.name", "provider.type"],  # an identity provider
        ["provider.name", "provider.payer_id"],  # an insurer
        ["billingProvider.name", "billingProvider.npi"],  # a hospital as often
        ["provider.name", "clinician.credentials"],  # another object's credentials
        ["matchedProvider.id", "matchedProvider.credentials"],
    ):
        assert profile_paths(chunk)[0].entity != "NAME", chunk


def test_a_provider_column_beside_an_npi_names_a_clinician():
    """A top-level ``Provider`` beside an individual NPI is the clinician the NPI is of (a
    survey vendor's provider scorecard, tests/test_patient_experience_surveys.py; a
    credentials committee's roster); beside a TIN the NPI is a billing party's, and a bare
    ``Provider`` with no NPI or a nested one stays unread."""
    for chunk in (
        ["Provider", "NPI", "Specialty", "LTR Mean"],
        ["Provider", "Provider NPI", "Department"],
        ["Provider", "individual_npi"],
    ):
        assert profile_paths(chunk)[0].entity == "NAME", chunk
    for chunk in (
        ["Provider", "NPI", "TIN"],  # the billing party
        ["Provider", "Specialty", "Surveys (n)"],  # no NPI
        ["Provider", "claim.npi"],  # another object's NPI
        ["visit.provider_id", "NPI"],
    ):
        assert profile_paths(chunk)[0].entity != "NAME", chunk


def test_a_disaster_registrations_number_is_the_registrants_record_id():
    """A ``Registration ID`` beside a disaster declaration's number (FEMA individual
    assistance, a shelter's registration for that disaster) is the applicant's record id
    (OTHER_ID); a bare one is an event sign-up's or a warranty's and stays a machine
    field."""
    for chunk in (
        ["Registration ID", "Disaster Number", "Applicant Name"],
        ["registrationId", "disaster", "head.firstName"],
        ["Registration #", "DR Number", "Damaged Dwelling Address"],
        ["registration_number", "declaration_number"],
    ):
        assert profile_paths(chunk)[0].entity == "OTHER_ID", chunk
    for chunk in (
        ["Registration ID", "Event", "Attendee Name"],  # an event sign-up
        ["RegistrationID", "Serial Number", "Product"],  # a warranty registration
        ["Registration ID", "Disaster Type", "Amount"],  # a disaster's type, not its number
    ):
        profile = profile_paths(chunk)[0]
        assert profile.entity is None and profile.system, chunk


def test_a_public_alerts_clocks_and_area_are_the_alerts():
    """A CAP alert (an ``areaDesc`` beside its severity, urgency, certainty or sender):
    when it is sent, takes effect and expires, and the counties it covers, are the
    weather's; a bare ``effective`` elsewhere is still read (a member's coverage)."""
    cap = ["id", "event", "areaDesc", "geocode.SAME[0]", "sent", "effective", "expires",
           "senderName", "severity", "headline"]  # fmt: skip
    profiles = dict(zip(cap, profile_paths(cap), strict=True))
    for column in ("areaDesc", "geocode.SAME[0]", "sent", "effective", "expires"):
        assert profiles[column].system, column
    assert not profiles["headline"].system
    nested = ["properties.areaDesc", "properties.urgency", "properties.onset"]
    assert profile_paths(nested)[2].system
    # no grading beside the area, or no area: not an alert
    assert not profile_paths(["areaDesc", "effective"])[1].system
    assert not profile_paths(["member_id", "severity", "effective"])[2].system


def test_a_shelter_or_facility_status_boards_lines_are_the_places():
    """A shelter's capacity dashboard (its name beside its ``current_occupancy``) and a
    dialysis unit's status board (its ``CCN``) list places: their address and phone are
    the organisation's. A person's column on the row ends that reading."""
    shelter = ["shelter_id", "shelter_name", "address", "phone", "capacity",
               "current_occupancy", "status"]  # fmt: skip
    profiles = profile_paths(shelter)
    assert profiles[2].system and profiles[3].system
    unit = ["CCN", "Facility", "Address", "Phone", "Status", "Patients Rescheduled"]
    profiles = profile_paths(unit)
    assert profiles[2].system and profiles[3].system
    # a displaced patient list carries its unit's CCN: the phone is the patient's
    patients = ["Patient Name", "DOB", "Phone", "Home Facility", "CCN"]
    assert profile_paths(patients)[2].entity == "PHONE"
    # a capacity alone is no listing sign (a patient's decision-making capacity)
    consent = ["Facility", "Address", "Phone", "Capacity"]
    assert not profile_paths(consent)[2].system


def test_a_facility_directory_with_its_levels_offered_prints_its_own_address():
    """A menu of what a place offers (``Levels Offered``, ``Services Offered``) is a
    listing's, as its hours are (tests/test_addiction_admissions_vob.py): beside a bare
    ``Facility`` column it makes the address, line and licence the facility's, and the
    ``Facility`` column names the place. A person's column beside them keeps them read."""
    row = ["Facility", "Address", "City", "ZIP", "Main Phone", "State License", "Levels Offered"]
    profiles = dict(zip(row, profile_paths(row), strict=True))
    assert all(profiles[k].system for k in row[:6])
    assert not profiles["Levels Offered"].system
    for person in (
        [*row, "Patient Name"],  # a person on the row
        [*row[:6], "Levels"],  # no menu: an admission's facility block
        ["Address", "City", "ZIP", "Main Phone", "Levels Offered"],  # no place named
    ):
        assert not profile_paths(person)[person.index("Address")].system, person


def test_a_unique_patient_number_beside_a_birth_date_is_the_record_id():
    """A pedigree tool's or a transplant programme's ``UPN`` beside a top-level birth date
    is the person's record id (OTHER_ID); without one (a directory's user export) or
    nested, it stays a login (ONLINE_ID)."""
    for chunk in (
        ["UPN", "Last Name", "First Name", "DOB", "Date of Death"],
        ["upn", "date_of_birth"],
        ["Unique Patient Number", "Birth Date"],
    ):
        assert profile_paths(chunk)[0].entity == "OTHER_ID", chunk
    for chunk in (
        ["UPN", "First Name", "Last Name", "Department"],  # a directory's users
        ["UPN", "user.dob"],
        ["UPN", "SignInTime", "AppDisplayName"],
    ):
        assert profile_paths(chunk)[0].entity == "ONLINE_ID", chunk


def test_a_store_orders_date_is_the_stores_clock():
    """An order number beside the order's total is a store's sale (a newborn photo
    gallery's orders CSV, the baby-registry probe): its order date is when the store rang
    it up. A lab order without a total dates the patient's care, and a person's own date
    in the same export keeps its word."""
    sale = ["Order #", "Baby First Name", "Birth Date", "Package", "Order Total", "Order Date"]
    profiles = profile_paths(sale)
    assert profiles[sale.index("Order Date")].system
    assert not profiles[sale.index("Birth Date")].system
    woo = ["order_id", "order_date", "billing_email", "total"]
    assert profile_paths(woo)[woo.index("order_date")].system
    for person in (
        ["order_id", "patient.name", "order_date", "tests[0]"],  # a lab order
        ["Order #", "Order Date", "Product"],  # no total: not told a sale
        ["Order Total", "Order Date", "Email"],  # no order number
    ):
        date = next(i for i, p in enumerate(person) if "date" in p.lower())
        assert not profile_paths(person)[date].system, person


def test_a_shipment_to_a_place_of_care_is_the_places():
    """Goods shipped to a hospital or a clinic and no person (a formula brand's hospital
    sample programme): the ship-to address, the account and the ship date are the
    facility's and the shipper's. A patient's or a ship-to name's column makes it a
    person's order, and a hospital alone with no goods or no shipment is no shipment."""
    ship = ["Account", "Hospital", "Unit", "Ship To", "Attn", "Product", "Lot", "Ship Date"]
    profiles = profile_paths(ship)
    for column in ("Account", "Ship To", "Ship Date"):
        assert profiles[ship.index(column)].system, column
        assert "account" not in profiles[ship.index(column)].words
    for column in ("Hospital", "Unit", "Attn", "Product"):
        assert not profiles[ship.index(column)].system, column
    clinic = ["clinic_name", "ndc", "lot", "shipping_address", "shipping_zip", "shipped_at"]
    assert profile_paths(clinic)[clinic.index("shipping_zip")].system
    for person in (
        ["Patient Name", "Hospital", "Product", "Ship To", "Ship Date"],
        ["Ship To Name", "Clinic", "SKU", "Ship To", "Ship Date"],
        ["Hospital", "Ship To", "Ship Date"],  # no goods
        ["Hospital", "Product", "Address", "Date"],  # no shipment
    ):
        address = next(i for i, p in enumerate(person) if p in {"Ship To", "Address"})
        assert not profile_paths(person)[address].system, person


def test_a_pid_beside_a_birth_date_is_the_persons_record_id():
    """A screening vendor's results file heads its participant number ``PID`` beside the
    person's ``DOB`` (tests/test_biometric_screening_wellness.py); a process log's ``pid``
    has no birth date beside it, and a nested ``pid`` is left alone."""
    paths = ["PID", "LNAME", "FNAME", "DOB", "HDL"]
    assert profile_paths(paths)[0].entity == "OTHER_ID"
    for log in (["pid", "host", "msg", "ts"], ["proc.pid", "DOB"], ["PID", "birth_year"]):
        assert profile_paths(log)[0].entity is None


def test_an_oauth_apps_client_id_is_the_applications():
    """A wearable integration's or an identity provider's app settings hold its
    ``client_id`` beside scopes, a callback or a secret: the application's registration
    (tests/test_biometric_screening_wellness.py), no browser's analytics id. GA4's
    ``client_id`` beside an event's fields keeps its reading."""
    for paths in (
        ["partner", "client_id", "scopes[0]", "callback_url"],
        ["apps[0].name", "apps[0].clientId", "apps[0].redirectUris[0]"],
        ["client_id", "client_secret", "grant_types[0]"],
    ):
        profiles = dict(zip(paths, profile_paths(paths), strict=True))
        client = next(p for p in paths if "lient" in p and "secret" not in p)
        assert profiles[client].entity is None and profiles[client].system
    ga4 = ["client_id", "event_name", "events[0].params.page_location"]
    assert profile_paths(ga4)[0].entity == "ONLINE_ID"


def test_a_screening_events_master_dates_and_places_are_the_events():
    """A screening event's or a health fair's master row plans its head count
    (``Expected Participants``): its ``Dates`` range and ``Location`` are the event's,
    every attendee's alike; its coordinator keeps their name and email
    (tests/test_biometric_screening_wellness.py). A person's own ``Dates`` column without
    such a count is left to the date family."""
    paths = ["Event Code", "Location", "Coordinator", "Coordinator Email", "Dates"]
    listing = dict(zip(paths, profile_paths([*paths, "Expected Participants"]), strict=False))
    assert listing["Dates"].system and listing["Location"].system
    assert not listing["Coordinator"].system and listing["Coordinator Email"].entity == "EMAIL"
    alone = dict(zip(paths, profile_paths(paths), strict=True))
    assert not alone["Dates"].system


def test_an_invoice_that_bills_a_purchase_order_dates_its_own_run():
    """A vendor's invoice line to a business bills a purchase order: its ``Invoice Date``
    is the vendor's billing run (tests/test_biometric_screening_wellness.py, the
    direct-mail and patient-experience probes' vendor invoices). A patient's invoice bills
    no PO, and its date is left to the date family."""
    b2b = ["Invoice #", "Invoice Date", "PO Number", "Client", "SKU", "Unit Price"]
    assert profile_paths(b2b)[1].system
    patient = ["Invoice #", "Invoice Date", "Patient Name", "Service", "Amount"]
    assert not profile_paths(patient)[1].system


def test_an_incentive_programmes_rules_date_the_programme():
    """A wellness incentive programme's rules (an activity beside its points) are the same
    for every employee: their effective dates are the programme's
    (tests/test_biometric_screening_wellness.py). A ledger names the employee, and its
    dates are left to the date family."""
    rules = ["program", "activity", "points", "max_per_year", "effective_start"]
    assert profile_paths(rules)[-1].system
    ledger = ["Employee ID", "Name", "Activity", "Points", "Effective Date"]
    assert not profile_paths(ledger)[-1].system


def test_a_court_list_prints_the_courthouses_contact_block():
    """A directory of courts (a court's name beside its address, clerk's mailbox and hours)
    is a listing: its address, ZIP, phone and the county in its name are the court's. A
    probation record naming its person beside a court keeps its contact block."""
    courts = ["court_id", "court_name", "address", "city", "zip", "phone", "clerk_email", "hours"]
    profiles = profile_paths(courts)
    assert all(profiles[i].system for i in (1, 2, 3, 4, 5, 6)), courts
    person = ["Probationer", "Court", "Address", "Phone", "Community Service Hours"]
    assert not any(p.system for p in profile_paths(person)[2:4])


def test_a_courts_calendar_listing_its_defendants_keeps_the_hearing_the_courts():
    """A drug court's status-review calendar lists each case's defendant: the hearing's
    date and courtroom are still the court's (tests/test_court_ordered_treatment_
    monitoring.py, as tests/test_correctional_health.py decided a hearing date is no
    person's). A firm's matter export naming its client keeps its dates."""
    calendar = ["Hearing Date", "Courtroom", "Case Number", "Defendant", "Hearing Type", "Judge"]
    profiles = profile_paths(calendar)
    assert profiles[0].system and profiles[1].system
    assert not profiles[3].system  # the defendant is still read as a name
    matter = ["case_number", "judge", "client_name", "date"]
    assert not profile_paths(matter)[3].system


def test_a_clubs_or_a_studios_listing_prints_its_own_address_and_line():
    """A fitness chain's club directory (``club_number`` and ``club_name`` beside its hours)
    prints the club's own address and line, as a clinic's listing does
    (tests/test_fitness_clubs_par_q.py); a member's row, with no hours, keeps them."""
    club = ["club_number", "club_name", "address", "city", "zip", "phone", "hours"]
    profiles = profile_paths(club)
    assert all(profiles[i].system for i in (2, 3, 4, 5))
    studio = ["studio_name", "address", "phone", "hours"]
    assert profile_paths(studio)[2].system
    member = ["club_number", "first_name", "address", "city", "zip", "phone"]
    profiles = profile_paths(member)
    assert profiles[2].entity == "LOCATION" and profiles[5].entity == "PHONE"


def test_a_lockers_lock_serial_and_audit_are_the_buildings():
    """A locker inventory's lock serial and its last audit are the club's fixture's,
    whoever rents the locker; a person's device keeps its serial."""
    lockers = ["locker", "room", "lock_serial", "combination", "status", "last_audit"]
    profiles = profile_paths(lockers)
    assert profiles[2].system and profiles[5].system
    assert profile_paths(["patient_name", "device_serial"])[1].entity == "DEVICE_ID"


def test_an_asset_registers_serial_and_service_date_are_the_equipments():
    """A maintenance log's serial and service date beside the asset tag or the work order
    are the owner's equipment's; a device lent to a named patient keeps its serial and a
    date of service beside a patient stays the patient's."""
    log = ["Work Order", "Asset Tag", "Equipment", "Serial Number", "Issue", "Service Date"]
    profiles = profile_paths(log)
    assert profiles[3].system and profiles[5].system
    loaner = ["Asset Tag", "Patient Name", "Serial Number", "Service Date"]
    profiles = profile_paths(loaner)
    assert profiles[2].entity == "DEVICE_ID" and not profiles[3].system
    # a serial without an asset register or an equipment column is read as ever
    assert not profile_paths(["Serial Number", "Service Date"])[1].system
    # the technician who serviced it is a worker on the job, not the row's person (a
    # treatment record's ``Laser Tech`` beside its client keeps the client's dates)
    serviced = [*log, "Technician"]
    profiles = profile_paths(serviced)
    assert profiles[3].system and profiles[5].system
    treated = ["Asset Tag", "Client Name", "Laser Tech", "Serial Number", "Service Date"]
    assert not profile_paths(treated)[4].system


def test_a_clubs_price_plans_date_their_own_dues():
    """A club's or a studio's price plans (a plan beside its dues or its enrollment fee,
    no person) are the same for every member who joins on them: their effective date is
    the plan's. A member's agreement names the member and keeps its dates."""
    plans = ["plan_code", "plan_name", "monthly_dues", "enrollment_fee", "effective_date"]
    assert profile_paths(plans)[-1].system
    agreement = ["member_name", "plan_name", "monthly_dues", "effective_date"]
    assert not profile_paths(agreement)[-1].system


def test_an_email_campaigns_send_report_runs_on_the_campaigns_window():
    """An email or a text campaign's report (sends and deliveries beside opens and clicks,
    no person) runs on the campaign's window, not a person's date; a subscriber's activity
    row names the subscriber and keeps its dates, and a delivery count alone is no report."""
    report = ["campaign_name", "sent", "delivered", "opens", "clicks", "start", "end"]
    profiles = profile_paths(report)
    assert profiles[5].system and profiles[6].system
    activity = ["email", "sent", "opens", "clicks", "start"]
    assert not profile_paths(activity)[4].system
    assert not profile_paths(["campaign_name", "sent", "start"])[2].system


def test_a_serial_named_for_the_machine_is_the_organisations():
    """A body-composition export's ``Equipment Serial`` is the scanner's the member stood
    on, beside the member's name or not; a person's own device serial is read as ever."""
    inbody = ["Name", "Test Date / Time", "BMI", "Equipment Serial"]
    assert profile_paths(inbody)[3].system
    assert profile_paths(["patient_name", "scanner_serial"])[1].system
    assert profile_paths(["patient_name", "machine_serial_number"])[1].entity == "DEVICE_ID"
    assert profile_paths(["patient_name", "device_serial_number"])[1].entity == "DEVICE_ID"
