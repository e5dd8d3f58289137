"""Patient-experience survey vendors' files (:mod:`detectors.survey_vendors`): a vendor's
client id is the hospital's, a sample file's unique id beside the MRN is the visit's, and a
survey response's department is the care the respondent had, each told by the columns
beside it."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors.chunk_profiles import profile_paths
from detectors.field_names import profile_path
from detectors.survey_vendors import (
    respondent_departments,
    sample_visit_ids,
    vendor_client_ids,
)


@pytest.mark.parametrize(
    ("paths", "clients"),
    [
        # a Press Ganey-like return file, wide and long
        (["Survey ID", "Client ID", "Medical Record Number", "CMS_1"], [1]),
        (["SURVEY_ID", "CLIENT_ID", "DISDATE", "VARNAME", "VALUE"], [1]),
        # a sample file beside the patient's birth date: still the vendor's client
        (["Client ID", "Survey Designator", "Patient First Name", "Date of Birth"], [0]),
        # a vendor's configuration: the facility's CCN beside it
        (["client_id", "ccn", "program", "mode"], [0]),
        (["clientId", "surveyId", "responses[0].value"], [0]),
    ],
)
def test_a_survey_vendors_client_id_is_the_hospitals(paths: list[str], clients: list[int]) -> None:
    assert vendor_client_ids(paths) == clients
    profiles = profile_paths(paths)
    assert all(profiles[i].system and profiles[i].entity is None for i in clients)


@pytest.mark.parametrize(
    ("paths", "index", "entity"),
    [
        # GA4's browser cookie: no survey column beside it
        (["client_id", "page_location", "event_name"], 0, "ONLINE_ID"),
        # a therapy practice's client list: the client's record id
        (["Client ID", "Client First Name", "Client Last Name", "Date of Birth"], 0, "OTHER_ID"),
        # a nested survey id is a response's own object, not a vendor's file
        (["client_id", "survey.id", "page_location"], 0, "ONLINE_ID"),
    ],
)
def test_a_client_id_without_a_survey_column_stays_as_it_was(
    paths: list[str], index: int, entity: str
) -> None:
    assert vendor_client_ids(paths) == []
    assert profile_paths(paths)[index].entity == entity


@pytest.mark.parametrize(
    ("paths", "visits"),
    [
        (["Survey ID", "Medical Record Number", "Unique ID", "Discharge Date"], [2]),
        (["Client ID", "Survey Designator", "MRN", "Unique ID", "Patient Last Name"], [3]),
        (["ccn", "patient_mrn", "unique_id"], [2]),
    ],
)
def test_a_sample_files_unique_id_beside_the_mrn_is_the_visits(
    paths: list[str], visits: list[int]
) -> None:
    assert sample_visit_ids(paths) == visits
    profiles = profile_paths(paths)
    assert all(profiles[i].entity == "OTHER_ID" for i in visits)


@pytest.mark.parametrize(
    "paths",
    [
        ["Unique ID", "Medical Record Number", "Lab Test"],  # no survey column: a row id
        ["Survey ID", "Unique ID", "Unit", "Comment"],  # no patient: a comment's id
        ["Survey ID", "patient.mrn", "Unique ID"],  # the MRN is another object's
    ],
)
def test_a_unique_id_elsewhere_is_no_ones(paths: list[str]) -> None:
    assert sample_visit_ids(paths) == []
    assert profile_paths(paths)[paths.index("Unique ID")].entity is None


def _respondent(paths: list[str]) -> list[int]:
    return respondent_departments(paths, [profile_path(p) for p in paths])


@pytest.mark.parametrize(
    ("paths", "departments"),
    [
        # a Qualtrics-like response's embedded data beside the recipient
        (["ResponseId", "RecipientEmail", "Specialty", "Q1"], [2]),
        # a Delighted-like response: the person's properties
        (["id", "survey_type", "person.name", "person_properties.Department"], [3]),
        (["Survey ID", "Patient Name", "Clinic", "Comment"], [2]),
    ],
)
def test_a_survey_responses_department_is_the_respondents_care(
    paths: list[str], departments: list[int]
) -> None:
    assert _respondent(paths) == departments


@pytest.mark.parametrize(
    "paths",
    [
        # a provider scorecard: a clinician's specialty, no response, no respondent
        ["Provider", "NPI", "Specialty", "Surveys (n)", "Percentile Rank"],
        # a de-identified comment report: a response, no respondent
        ["Survey ID", "Department", "Comment", "Sentiment"],
        # a staff directory: a person, no response
        ["Name", "Email", "Department", "Title"],
    ],
)
def test_a_department_without_a_respondents_response_is_left_alone(paths: list[str]) -> None:
    assert _respondent(paths) == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {
                "ResponseId": "R_2Xk4PqL9mN8bV3c",
                "RecipientEmail": "ines.delgado@example.com",
                "Specialty": "Pulmonology",
            },
            {("RecipientEmail", "EMAIL"), ("Specialty", "PROCEDURE")},
        ),
        # general care names no condition
        (
            {
                "ResponseId": "R_2Xk4PqL9mN8bV3c",
                "RecipientEmail": "ines.delgado@example.com",
                "Specialty": "Primary Care",
            },
            {("RecipientEmail", "EMAIL")},
        ),
        # a scorecard's specialty is the clinician's job
        (
            {"Provider": "Priya Natarajan, MD", "NPI": "1908301660", "Specialty": "Pulmonology"},
            {("Provider", "NAME"), ("NPI", "OTHER_ID")},
        ),
        # a vendor's client number is no finding
        ({"Survey ID": "1183920455", "Client ID": "2817"}, set()),
    ],
)
def test_survey_vendor_records(engine_no_ner, record: dict, expected: set) -> None:
    assert found_fields(engine_no_ner, record) == expected
