"""Aggregate reports (:mod:`detectors.aggregate_reports`): a BI, SEO or contact-centre
report's time buckets are the report's, not a person's date, and only when no field of the
chunk is named for a person's identifier."""

from __future__ import annotations

import pytest

from detectors.chunk_profiles import profile_paths
from detectors.field_names import profile_path


def _system(paths: list[str], column: str) -> bool:
    return dict(zip(paths, profile_paths(paths), strict=True))[column].system


#: (chunk's paths, the bucket column that becomes the report's)
REPORTS = [
    (["Service Line", "Month of Visit Date", "Measure Names", "Measure Values"],
     "Month of Visit Date"),  # Tableau's long crosstab
    (["visits.visit_date_week", "visits.service_line", "patients.count"],
     "visits.visit_date_week"),  # Looker's JSON export
    (["Cohort", "Cohort size", "Week 0", "Week 1"], "Cohort"),  # a GA4 cohort table
    (["Referring page URL", "Domain rating", "First seen", "Last seen"], "First seen"),
    (["Keyword", "Search Volume", "Keyword Difficulty", "Timestamp"], "Timestamp"),
    (["Agent Name", "Skill", "Interval Start", "Ready Time", "Calls"], "Interval Start"),
    (["Queue", "Date", "Service Level (80/20)", "Calls Offered"], "Date"),
    (["Diagnosis Group", "Visit Month", "SUM of Patients"], "Visit Month"),  # Sheets pivot
    # an immunization clinic day's summary and a doses-given dashboard: wasted doses are
    # a clinic's count (tests/test_vaccine_clinics_immunization.py)
    (["clinic_id", "clinic_date", "site", "flu_doses", "doses_wasted"], "clinic_date"),
    (["Week Ending", "Site", "Vaccine", "Doses Administered", "Wastage"], "Week Ending"),
    (["Service Line", "Visit Date", "Count of Visits", "Grand Total"], "Visit Date"),
    (["ZIP Code", "Diagnosis", "Visit Date", "Record Count"], "Visit Date"),  # geography
    (["page", "start_date", "conversion_rate", "p_value"], "start_date"),  # an A/B test
    # Looker's CSV export: a measure headed by its plural view's label
    (["Diagnoses Description", "Appointments Appointment Month", "Patients Count"],
     "Appointments Appointment Month"),
    # a foot-traffic attribution report: exposed against control visits, the lift
    (["campaign", "exposed_visits", "control_visits", "visit_lift_pct", "report_period"],
     "report_period"),
    # an ED or urgent-care operations dashboard: a median of many visits is no one's, and
    # its day and shift are the dashboard's buckets (urgent-care probe)
    (["Facility", "Date", "Arrivals", "Median Door-to-Doc (min)", "LWBS %"], "Date"),
    (["kiosk_id", "date", "sessions", "median_session_seconds"], "date"),
    (["Provider", "Shift", "Patients Seen", "Median LOS (min)"], "Shift"),
    # a Care Compare-like facility measure beside the state's and the nation's averages
    # (tests/test_dialysis_kidney_care.py)
    (["ccn", "measure", "facility_rate", "state_avg", "national_avg", "period_start"],
     "period_start"),
    # a count of distinct people: a crisis line's hourly volume, Adobe's unique visitors
    # (tests/test_eating_disorder_programs.py)
    (["hour", "topic", "contacts", "texters_unique", "avg_wait_sec"], "hour"),
    (["Day", "Page", "Unique Visitors"], "Day"),
    # an interpreting vendor's dashboard by language and modality: the average wait for an
    # interpreter and the share of calls abandoned (tests/test_interpreter_language_services.py)
    (["Date", "Language", "Modality", "Calls", "Avg Connect (sec)", "Abandon %"], "Date"),
    (["Week", "Language", "Avg Connect Time"], "Week"),
    # a shelter's daily census (tests/test_disaster_shelters_emergency.py)
    (["Date", "Shelter ID", "Overnight Population", "Medical Needs Residents"], "Date"),
    # a patient-experience vendor's benchmark table and response-rate report
    # (tests/test_patient_experience_surveys.py)
    (["Measure", "Peer Group", "10th", "25th", "50th", "75th", "90th", "Period"], "Period"),
    (["Question", "50th Percentile", "90th Percentile", "Quarter"], "Quarter"),
    (["Month", "Survey", "Sampled", "Completed", "Response Rate"], "Month"),
    # a med spa's or a salon's point-of-sale day summary (tests/test_medical_spa_aesthetics.py)
    (["Date", "Location", "Service Revenue", "Botox Units", "Avg Ticket", "New Clients"],
     "Date"),
    (["Business Day", "Center", "Guests Served", "Rebook Rate"], "Business Day"),
]  # fmt: skip

#: (chunk's paths, the date column that stays a person's)
EXTRACTS = [
    # a recipient's row beside a wastage count is a record-level extract
    (["Patient Name", "Admin Date", "doses_wasted"], "Admin Date"),
    # a resident roster beside the shelter's census: the arrival is the resident's
    (["Resident", "Arrival", "Overnight Population"], "Arrival"),
    # a client's own sales history beside the same measures names the client
    (["Client Name", "Date", "Service", "Avg Ticket"], "Date"),
    # a record-level Tableau crosstab: a patient id beside the measures
    (["Patient ID", "Day of Visit Date", "Measure Names", "Measure Values"],
     "Day of Visit Date"),
    # a Power BI query naming the patient beside a count
    (["Patients[Patient Name]", "Encounters[Visit Date]", "[Encounter Count]",
      "Grand Total"], "Encounters[Visit Date]"),
    # a funnel drill-down: a user id beside a conversion rate
    (["user_id", "conversion_date", "conversion_rate"], "conversion_date"),
    # a contact list with an email
    (["Email", "Last Visit Date", "Count of Visits"], "Last Visit Date"),
    # a device-level attribution export: the device's own visit beside the lift
    (["device_id", "visit_date", "exposed_visits", "visit_lift_pct"], "visit_date"),
    # a survey invitation beside its programme's response rate names its recipient
    (["Email", "Visit Date", "Response Rate"], "Visit Date"),
    # no measure: a scheduling export's visit date
    (["Service Line", "Visit Date", "Provider"], "Visit Date"),
    # a Looker export of patients: an email beside the count
    (["Patients Email", "Appointments Appointment Date", "Patients Count"],
     "Appointments Appointment Date"),
    # a singular word before ``count`` is a person's own tally, no Looker measure
    (["Service Line", "Visit Date", "Refill Count"], "Visit Date"),
    # a nested count under a person is no Looker measure
    (["patient.visits.count", "patient.visit_date"], "patient.visit_date"),
    # a median beside a person's id is a record-level extract's column
    (["MRN", "Arrival Date", "median_wait_min"], "Arrival Date"),
    # an average is a person's own too (a sleep-therapy export's usage): no measure
    (["Setup Date", "Average Usage (hrs)"], "Setup Date"),
    # a member's own row beside the state average is a record-level extract's
    (["Member ID", "Last eGFR Date", "state_avg"], "Last eGFR Date"),
    # distinct people beside a person's id, or a unique word with no people counted
    (["user_id", "session_date", "unique_visitors"], "session_date"),
    (["Visit Date", "unique_code"], "Visit Date"),
]  # fmt: skip


@pytest.mark.parametrize(("paths", "column"), REPORTS)
def test_a_reports_buckets_are_the_reports(paths: list[str], column: str) -> None:
    assert _system(paths, column)


@pytest.mark.parametrize(("paths", "column"), EXTRACTS)
def test_a_record_level_extracts_dates_stay_a_persons(paths: list[str], column: str) -> None:
    assert not _system(paths, column)


def test_birth_and_death_dates_are_never_a_reports_bucket() -> None:
    paths = ["Date of Birth", "Month", "Grand Total", "Date of Death"]
    got = dict(zip(paths, profile_paths(paths), strict=True))
    assert got["Month"].system
    assert got["Date of Birth"] == profile_path("Date of Birth")
    assert got["Date of Death"] == profile_path("Date of Death")


def test_only_bucket_columns_change() -> None:
    """A report's geography and dimensions keep their own profiles: a five-digit ZIP of a
    count report is still a ZIP_CODE."""
    paths = ["ZIP Code", "City", "Diagnosis Group", "Month", "Patient Count", "Grand Total"]
    got = dict(zip(paths, profile_paths(paths), strict=True))
    for column in ("ZIP Code", "City", "Diagnosis Group"):
        assert got[column] == profile_path(column)


def test_a_budget_pacing_sheet_is_an_ad_report() -> None:
    """``Pacing %`` (spend against budget) is a ratio only a report has: the Google Ads
    customer id beside it (``482-193-5527``) is the advertiser's."""
    paths = ["Customer ID", "Campaign", "Monthly Budget", "Spend MTD", "Pacing %"]
    assert _system(paths, "Customer ID")
    assert not _system(["Customer ID", "Campaign", "Monthly Budget"], "Customer ID")


def test_scan_of_a_report_row_is_no_phi(engine_no_ner) -> None:
    """End to end: a service line by month in Tableau's long format is not a PHI record;
    the same crosstab with a patient id is."""
    report = {
        "Service Line": "Oncology",
        "Month of Visit Date": "October 2024",
        "Measure Names": "Count of Patients",
        "Measure Values": "12",
    }
    result = engine_no_ner.scan([report], source="t")
    assert not result.phi[0]
    assert "DATE" not in result.findings.column("entity").to_pylist()
    extract = {"Patient ID": "P-00482913", **report, "Month of Visit Date": "October 2024"}
    assert engine_no_ner.scan([extract], source="t").phi[0]


#: (an email or a text campaign's send report's paths, the window column that becomes the
#: campaign's), tests/test_fitness_clubs_par_q.py and tests/test_retail_pharmacy.py
SEND_REPORTS = [
    (["campaign_name", "sent", "delivered", "opens", "clicks", "start", "end"], "start"),
    (["Campaign", "Recipients", "Unique Opens", "Open Rate", "Send Date"], "Send Date"),
    (["campaign_name", "sends", "delivered", "clicks", "date"], "date"),
]
#: The same columns where the chunk is no send report: a subscriber's activity row names
#: the subscriber, and a delivery count without an engagement count is no report.
NOT_SEND_REPORTS = [
    (["email", "sent", "opens", "clicks", "start"], "start"),
    (["campaign_name", "sent", "start"], "start"),
    (["patient_name", "delivered", "opens", "date"], "date"),
]


@pytest.mark.parametrize(("paths", "column"), SEND_REPORTS)
def test_a_send_reports_window_is_the_campaigns(paths: list[str], column: str) -> None:
    assert _system(paths, column)


@pytest.mark.parametrize(("paths", "column"), NOT_SEND_REPORTS)
def test_no_send_report_without_both_counts_or_beside_a_person(
    paths: list[str], column: str
) -> None:
    assert not _system(paths, column)
