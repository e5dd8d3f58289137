"""The specialty_visits detector: a care specialty named as the kind of a visit."""

from __future__ import annotations

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig
from detectors.specialty_visits import specialty_visit_spans


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("specialty_visits",)))


P = "PROCEDURE"

POSITIVES = [
    # an application's log line, a reminder, a scheduling webhook's note
    ("message", "appointment booked for cardiology", [(P, "cardiology")]),
    ("message", "Your cardiology appointment has been confirmed", [(P, "cardiology")]),
    ("msg", "booked a dermatology visit for 3/21", [(P, "dermatology")]),
    ("visit_type", "New Patient - Cardiology Consult", [(P, "Cardiology")]),
    ("note", "referral to oncology sent", [(P, "oncology")]),
    ("note", "referred to neurology", [(P, "neurology")]),
    ("note", "follow-up with the ENT in 2 weeks", [(P, "ENT")]),
    ("log", "slot held: ob-gyn_appointment", [(P, "ob-gyn")]),
    ("reason", "copay_dermatology_visit", [(P, "dermatology")]),
    ("message", "Heart and Vascular consultation requested", [(P, "Heart and Vascular")]),
    ("message", "appointment scheduled with primary care", [(P, "primary care")]),
    # a note's shorthand for a follow-up (a service-recovery call note)
    ("Note", "cardiac workup negative, f/u with cardiology booked", [(P, "cardiology")]),
    ("note", "F/U in neurology 2 wks", [(P, "neurology")]),
    # a document classifier's or a fax index's document type
    ("predicted_class", "Referral - Cardiology", [(P, "Cardiology")]),
    ("document_type", "Consult: Neurology", [(P, "Neurology")]),
]

NEGATIVES = [
    ("message", "Meet our Cardiology team"),  # no visit word
    ("banner", "Cardiology is moving to the Downtown Campus"),
    ("message", "visit our cardiology page"),
    ("message", "rent appointment"),  # a specialty inside a word is none
    ("message", "parent visit"),
    ("note", "f/u with pt tomorrow re billing"),  # a follow-up with no specialty
    ("note", "sf/u to oncology"),  # no visit word: a slash inside another token
    ("page_location", "https://www.examplehealth.org/services/cardiology"),  # bare, decided
    ("department", "Oncology"),
    # titles, catalog and campaign fields are the site's copy
    ("page_title", "Book a Cardiology Appointment | Riverbend Health"),
    ("product_name", "Dermatology Visit Gift Card"),
    ("campaign", "Cardiology_Appointment_Reminders"),
    # a visit word before a dash that is no title of a specialty
    ("predicted_class", "Referral - Other"),
    # machine fields
    ("event_name", "cardiology_appointment_booked"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_span_is_the_specialty_only() -> None:
    text = "appointment booked for cardiology; oncology consult next"
    assert [text[s:e] for s, e in specialty_visit_spans(text)] == ["cardiology", "oncology"]
