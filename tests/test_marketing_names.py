"""Care specialties inside the names of campaigns, lists, audiences and journeys are health
context (detectors/marketing_names.py); the same words elsewhere, and names without one,
are not."""

from __future__ import annotations

import pytest
from helpers import found

from detectors import Engine, EngineConfig
from detectors.marketing_names import name_field, specialty_spans

PROC = "PROCEDURE"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


POSITIVES = [
    # SFMC triggered send keys: words joined by underscores, a digit glued to the last
    ("TriggeredSendExternalKey", "Oncology_Welcome_Series_Email1", [(PROC, "Oncology")]),
    # Marketo program.asset names
    ("primaryAttributeValue", "OB-Prenatal Nurture.Trimester 2 Email", [(PROC, "Prenatal")]),
    ("CustomerJourneyName", "Maternity - Expecting Parents Nurture", [(PROC, "Maternity")]),
    ("Lists", "Endocrinology Newsletter", [(PROC, "Endocrinology")]),
    ("campaignName", "Breast Screening Recall - Annual", [(PROC, "Breast Screening")]),
    ("audiences", "Heart Health Engaged", [(PROC, "Heart Health")]),
    ("computation_key", "oncology_patients_retargeting", [(PROC, "oncology")]),
    # camel case ends a word; several specialties in one tag list
    ("tags", "CardiologyLeads; sports-medicine", [(PROC, "Cardiology"), (PROC, "sports-medicine")]),
    ("UNSUB_CAMPAIGN_TITLE", "Behavioral Health Digest", [(PROC, "Behavioral Health")]),
    ("segment_name", "ENT - Sinus Webinar", [(PROC, "ENT")]),
    ("canvas_name", "Urology_Reminder", [(PROC, "Urology")]),
    # service-line shorthand of marketing teams; a bare Campaign column; interest groups
    ("Segment", "Ortho Leads 2024", [(PROC, "Ortho")]),
    ("Campaign", "Peds_Welcome_Series", [(PROC, "Peds")]),
    ("Interest Groups", "Neurology; Derm", [(PROC, "Neurology"), (PROC, "Derm")]),
    ("list_names", "CardioNewsletter", [(PROC, "Cardio")]),
    # a direct-mail file's version, and the match-back's and nixie's copy of it
    ("VERSION", "CARDIO_55PLUS_B", [(PROC, "CARDIO")]),
    ("Mailed Version", "ORTHO_JOINT_65PLUS_A", [(PROC, "ORTHO")]),
    ("SUPPRESSION_LIST", "ONCOLOGY_ACTIVE_PATIENTS", [(PROC, "ONCOLOGY")]),
    # conversions named after what the person did: a Google Ads conversion action, the
    # offline-import template's ``Conversion Name``, a custom variable, a custom event
    ("Conversion action", "Schedule Appointment - Oncology", [(PROC, "Oncology")]),
    ("conversions[0].conversionAction", "Oncology Consult", [(PROC, "Oncology")]),
    ("Conversion Name", "Lead - Cardiology", [(PROC, "Cardiology")]),
    ("custom_event_name", "Schedule_Appointment_Oncology", [(PROC, "Oncology")]),
    # a DSP's ad group and a social ad set, named after the audience they buy
    ("AdGroupName", "Oncology_Retargeting_SiteVisitors_30d", [(PROC, "Oncology")]),
    ("Ad Set Name", "Cardiology_Geofence_Q4", [(PROC, "Cardiology")]),
]

NEGATIVES = [
    ("campaignName", "March Newsletter"),
    ("Lists", "Newsletter - All Subscribers (Opted In)"),
    ("audience_name", "Cart Abandoners 30d"),
    ("tags", "2023 Gala"),
    # "ent" inside a word is no specialty; lower-case short specialties are not read
    ("segment_name", "Expecting Parents"),
    ("segment_name", "ent_2024"),
    ("campaignName", "Spinecare"),  # part of a longer word
    ("Campaign", "Orthodontics Open House"),  # "ortho" opening a longer word
    ("utm_campaign", "oncology-awareness"),  # an ad's, not a grouping of the person
    ("canvas_variation_name", "Urology"),  # a variant's label
    ("Group Name", "Oncology Associates PC"),  # an employer group
    # the same words outside a marketing grouping are left to the dictionary's stop list
    ("page_title", "Oncology | Lakeside Health"),
    ("department", "Oncology"),
    # an app's or an API's version, and a mail version without a specialty
    ("app_info.version", "5.12.0"),
    ("version", "v2.3.1-rc1"),
    ("VERSION", "MA_AEP_T65_NEWTOMED"),
    ("Conversion action", "Schedule Appointment - Online"),
    ("conversion_rate", "Oncology"),  # a metric's key, whatever its value
    ("AdGroupName", "Prospecting_Lookalike_1pct"),
    ("AdGroupId", "Oncology"),  # an id's key, whatever its value
    # sends and lists addressed to clinicians name their specialty, not a patient's care
    # (tests/test_hcp_marketing.py)
    ("campaign", "HCP_Gastroenterology_Newsletter_Oct"),
    ("list_name", "Oncology KOLs - Advisory Board Invite"),
    ("Campaign", "Cardiology Referring Physicians Update"),
    ("segment_name", "hcpEndocrinologyPrescribers"),
]


@pytest.mark.parametrize(("field", "text", "expected"), POSITIVES)
def test_specialties_in_marketing_names(
    engine: Engine, field: str, text: str, expected: list
) -> None:
    assert found(engine, {field: text}) == sorted(expected)


@pytest.mark.parametrize(("field", "text"), NEGATIVES)
def test_names_without_a_specialty(engine: Engine, field: str, text: str) -> None:
    assert found(engine, {field: text}) == []


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("TriggeredSendExternalKey", True),
        ("campaign.name", True),
        ("audiences[0]", True),
        ("context.personas.computation_key", True),
        ("Acquisition Program Name", True),
        ("lists[0].name", True),
        ("campaigns_received[0].name", True),
        ("canvases_received[0].steps_received[1].name", True),
        ("product.tags[0]", False),
        ("items[0].list_name", False),  # a GA4 item's list: a catalog's
        ("event_params.item_list_name.value.string_value", False),
        ("page.name", False),
        ("name", False),
        ("campaign_id", False),
        ("EmailAddress", False),
        ("subject", False),
        ("VERSION", True),
        ("Mailed Version", True),
        ("app_info.version", True),  # read, but app versions are digits: see NEGATIVES
        ("version_id", False),
        ("conversions[0].custom_variables[0].value", True),
        ("Conversion action ID", False),
        ("conversion_count", False),
        ("AdGroupName", True),
        ("adset_name", True),
        ("AdGroupId", False),
    ],
)
def test_name_fields(path: str, expected: bool) -> None:
    assert name_field(path) is expected


def test_spans_are_whole_words() -> None:
    assert list(specialty_spans("Preoncologyx")) == []
    assert list(specialty_spans("Pre-Oncology")) == [(4, 12)]
    assert list(specialty_spans("PreOncologyList")) == [(3, 11)]  # camel-case boundaries
