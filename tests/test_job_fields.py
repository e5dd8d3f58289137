"""detectors/job_fields.py: a job's fields, a job posting's row and a careers page say what
the job is, not the candidate's or the worker's health, home or dates."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.job_fields import careers_page, job_field


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("path", "job"),
    [
        ("Job Title", True),
        ("Job Location", True),
        ("job.jobLocation", True),
        ("jobOrder.title", True),
        ("Job Posting Date", True),
        ("Job Requisition", True),
        ("occupation", True),
        ("Position", True),
        ("business_title", True),
        ("Cost Center", True),
        ("Supervisory Organization", True),
        ("Home Unit", True),
        ("shift.unit", True),
        ("shifts[0].start", True),
        # a responder roster's post (a Medical Reserve Corps volunteer's deployment)
        ("Deployment", True),
        ("deployment_site", True),
        # a service member's occupation and post (tests/test_military_veterans_health.py)
        ("MOS", True),
        ("AFSC", True),
        ("Installation", True),
        ("Duty Station", True),
        ("sponsor.duty_station", True),
        ("Permanent Duty Station", True),
        # a clinician's credentials: a FHIR Practitioner's qualification, a speaker's board
        # certification (tests/test_hcp_marketing.py)
        ("qualification[0].code.text", True),
        ("Board Certification", True),
        ("board_certifications[0].specialty", True),
        # a crisis line's or a staffing roster's flat shift clock
        ("Shift Start", True),
        ("shift_end_time", True),
        # a patient's unit, department and specialty, a page title, a device's position
        ("Unit", False),
        ("encounter.department", False),
        ("specialty", False),
        ("page_title", False),
        ("position.coords.latitude", False),
        ("Diagnosis", False),
        ("shift", False),
        ("Shift Notes", False),  # a home-care aide's notes may say what the client has
        # a lab requisition's tests, a trial's recruiting study, an experiment's variant
        ("requisition.tests", False),
        ("recruiting_study", False),
        ("assignment.variant", False),
        ("placement.name", False),
        ("deployment.namespace", False),
        ("installation_date", False),
        ("station", False),
        # a home-health certification period and a CMN's certification date are a patient's
        ("certification_period_start", False),
        ("CMN Certification Date", False),
        # a warehouse's compute job: BigQuery's audit entry and its legacy form
        ("protoPayload.metadata.jobChange.job.jobConfig.queryConfig.query", False),
        ("protoPayload.serviceData.jobCompletedEvent.job.jobConfiguration.query.query", False),
        ("jobReference.location", False),
    ],
)
def test_job_field(path: str, job: bool) -> None:
    assert job_field(path) is job


@pytest.mark.parametrize(
    ("text", "careers"),
    [
        ("https://careers.mercywest.org/jobs/18842-oncology-nurse-navigator", True),
        ("https://www.mercywest.org/careers/oncology-nurse", True),
        ("https://jobs.example.org/search?q=oncology", True),
        ("/job/oncology-rn-18842", True),
        ("Oncology Nurse Navigator - Cancer Center | Mercy West Careers", True),
        ("ICU RN | Jobs at Riverside", False),  # "Jobs" not at the end of the last part
        ("https://www.mercywest.org/conditions/breast-cancer", False),
        ("https://www.mercywest.org/services/oncology/jobs-and-careers-fair", False),
        ("Breast Cancer | Mercy West", False),
        ("Steve Jobs biography", False),
    ],
)
def test_careers_page(text: str, careers: bool) -> None:
    assert careers_page(text) is careers


def test_a_candidates_job_is_no_health_and_no_home(engine: Engine) -> None:
    """An applicant row: the job's title, department and location are the employer's; the
    candidate's own contact fields are still found, and the row is not PHI."""
    row = {
        "Candidate Name": "Brianna Kowalczyk",
        "Email": "bkowalczyk22@yahoo.com",
        "Job Title": "Oncology Infusion RN - Cancer Center",
        "Job Location": "Mercy West Hospital, 4100 Broad St, Columbus, OH 43213",
        "Job Posting Date": "2024-05-20",
    }
    result = engine.scan([row], source="t")
    assert found_fields(engine, row) == {("Candidate Name", "NAME"), ("Email", "EMAIL")}
    assert not result.phi[0]


def test_a_workers_position_and_shift_are_the_jobs(engine: Engine) -> None:
    row = {
        "preferred_name": "Kevin Tran",
        "business_title": "Charge Nurse - Dialysis Unit",
        "shift": {"unit": "Memory Care", "facility": "Oakwood Senior Living"},
    }
    assert found_fields(engine, row) == {("preferred_name", "NAME")}


def test_an_on_call_entrys_date_and_service_are_the_rota(engine: Engine) -> None:
    """An object or a row holding a clinician's pager is an on-call schedule's or a
    directory's entry (tests/test_clinical_messaging_paging.py): its date and service are
    the clinician's work; the clinician's name is still reported."""
    row = {
        "Date": "11/04/2024",
        "Service": "Orthopedic Surgery",
        "Provider": "Patel, Rohan MD",
        "Pager": "2207",
    }
    assert found_fields(engine, row) == {("Provider", "NAME")}
    lookup = {"result": {"name": "Dr. Evan Brooks", "pager": "5512", "service": "Cardiac Surgery"}}
    assert found_fields(engine, lookup) == set()
    # an Amion-like JSON: the shift and service beside a staff object holding the pager
    rota = {
        "date": "2024-11-05",
        "service": "Neurology Stroke",
        "shift": "Day",
        "clinician": {"name": "Rachel Stein, MD", "pager": "3348"},
    }
    assert found_fields(engine, rota) == {("clinician.name", "NAME")}


def test_a_guard_rosters_date_and_post_are_the_rota(engine: Engine) -> None:
    """A security office's shift roster (a shift beside the officer's post or badge) is the
    rota's entry, as an on-call row is (tests/test_hospital_visitors_security.py): its date
    is the officer's shift, its post no one's health; the officer is still named. A
    visitor's badge with no shift leaves the visit's dates alone."""
    roster = {
        "Officer": "Darnell Ruiz",
        "Badge #": "S-1147",
        "Post": "ED Entrance",
        "Shift": "1900-0700",
        "Date": "11/04/2024",
    }
    assert found_fields(engine, roster) == {("Officer", "NAME")}
    nested = {
        "guard": {"name": "Tia Moss", "post": "Oncology Lobby", "shift": "Day"},
        "date": "11/04/2024",
    }
    assert ("date", "DATE") in found_fields(engine, nested)
    visit = {"Visitor Name": "Jo Ames", "Badge #": "V-0318", "Date": "11/04/2024"}
    assert ("Date", "DATE") in found_fields(engine, visit)


def test_a_pager_elsewhere_leaves_a_patients_fields_alone(engine: Engine) -> None:
    """A pager gateway's message names the patient it pages about, and a pager in another
    object does not make a patient's service the rota's."""
    page = {"Pager ID": "4417", "Message": "Pt Gloria Reyes rm 302, new chemo start"}
    assert ("Message", "PROCEDURE") in found_fields(engine, page)
    visit = {
        "visit": {"date": "11/04/2024", "service": "Orthopedic Surgery"},
        "on_call": {"pager": "2207"},
        "patient_name": "Jane Roe",
    }
    got = found_fields(engine, visit)
    assert ("visit.service", "PROCEDURE") in got and ("visit.date", "DATE") in got
    # an attending's pager one level down, with no shift beside it: the patient's encounter
    encounter = {
        "date": "2024-11-05",
        "service": "Neurology Stroke",
        "attending": {"name": "Rachel Stein, MD", "pager": "3348"},
        "patient_name": "Jane Roe",
    }
    got = found_fields(engine, encounter)
    assert ("date", "DATE") in got and ("service", "HEALTH_CONDITION") in got


def test_the_workers_own_health_is_still_found(engine: Engine) -> None:
    """Health words outside the job's fields are the worker's: an injury, a test."""
    row = {
        "Employee Name": "Darnell Whitaker",
        "Job Title": "Patient Care Technician",
        "Describe injury": "Needlestick injury to left index finger",
        "Test Type": "TB Skin Test (PPD)",
    }
    found = found_fields(engine, row)
    assert ("Describe injury", "HEALTH_CONDITION") in found
    assert ("Test Type", "PROCEDURE") in found
    assert engine.scan([row], source="t").phi[0]


def test_a_job_posting_names_no_person_and_no_home(engine: Engine) -> None:
    """A board feed's posting: its street, ZIP, date and recruiter's card are the
    employer's; its description's health words stay (they name nobody)."""
    posting = {
        "referencenumber": "REQ-2024-18842",
        "title": "Oncology Infusion RN - Cancer Center",
        "city": "Columbus",
        "postalcode": "43213",
        "streetaddress": "4100 Broad St",
        "date": "Mon, 03 Jun 2024 08:00:00 GMT",
        "salary": "$38.50 - $52.75 per hour",
        "description": "Care for patients with breast cancer and leukemia.",
        "contact": {"name": "Lena Moritz", "email": "lena.moritz@mercywest.org"},
    }
    found = found_fields(engine, posting)
    assert {f for f, _e in found} == {"description"}
    assert not engine.scan([posting], source="t").phi[0]


def test_a_person_row_with_a_salary_is_no_posting(engine: Engine) -> None:
    """An offer or an applicant row has a pay column too, but a person's name at its top
    level: its places and contacts are still the person's."""
    offer = {
        "Candidate Name": "Jordan Mills",
        "Home Address": "903 Oak Hill Dr, Westerville, OH 43081",
        "Salary Range": "$38.50 - $52.75/hr",
        "title": "Clinical Nurse",
    }
    found = found_fields(engine, offer)
    assert ("Candidate Name", "NAME") in found
    assert ("Home Address", "LOCATION") in found


def test_a_careers_page_view_is_no_health_context(engine: Engine) -> None:
    event = {
        "user_pseudo_id": "1839201123.1717921002",
        "page_location": "https://careers.mercywest.org/jobs/18842-oncology-nurse-cancer-center",
        "page_title": "Oncology Nurse - Cancer Center | Mercy West Careers",
    }
    assert found_fields(engine, event) == {("user_pseudo_id", "ONLINE_ID")}
    patient_page = dict(event, page_location="https://www.mercywest.org/conditions/lung-cancer")
    assert ("page_location", "HEALTH_CONDITION") in found_fields(engine, patient_page)


def test_a_query_jobs_statement_is_read(engine: Engine) -> None:
    """A BigQuery audit entry's ``job`` is the warehouse's: the health words of the query
    it ran are found, as in any other field holding the statement."""
    query = "SELECT * FROM clinical.encounters WHERE lower(diagnosis) LIKE '%diabetes%'"
    entry = {"protoPayload": {"metadata": {"jobChange": {"job": {"jobConfig": {
        "queryConfig": {"query": query}}}}}}}  # fmt: skip
    path = "protoPayload.metadata.jobChange.job.jobConfig.queryConfig.query"
    assert found_fields(engine, entry) == {(path, "HEALTH_CONDITION")}


def test_a_translation_jobs_document_names_the_patients_care(engine: Engine) -> None:
    """A ``job`` object done into a language is a translation agency's work order for one
    patient's document, not a post an employer fills: its document's health words are the
    patient's. A ``job`` without a language is still a job's (a candidate's applied job)."""
    order = {
        "job": {
            "id": "J-44120",
            "document": "Informed consent - cardiac catheterization",
            "target_lang": "ko",
        },
        "patient": {"name": "Kim Soo-jin"},
    }
    assert ("job.document", "PROCEDURE") in found_fields(engine, order)
    posting = {"job": {"title": "Cardiac Catheterization Lab RN", "location": "Chicago, IL"}}
    assert found_fields(engine, posting) == set()


def test_a_workers_department_beside_their_post_is_the_employers(engine: Engine) -> None:
    """An HRIS row's ``Department`` beside the worker's ``Cost Center`` or ``Position ID``
    is the unit they work in (the leave probe); a department alone, or an encounter's
    beside a patient's occupation, is still health context."""
    worker = {
        "Legal Name": "Samantha Ruiz",
        "Department": "Cancer Center - Infusion",
        "Cost Center": "52210",
    }
    assert found_fields(engine, worker) == {("Legal Name", "NAME")}
    alone = {"Legal Name": "Samantha Ruiz", "Department": "Cancer Center - Infusion"}
    assert ("Department", "HEALTH_CONDITION") in found_fields(engine, alone)
    visit = {"occupation": "Teacher", "visit": {"department": "Cancer Center"}, "Cost Center": "1"}
    assert ("visit.department", "HEALTH_CONDITION") in found_fields(engine, visit)
