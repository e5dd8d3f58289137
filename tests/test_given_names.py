"""Known given names where a name goes (greetings, sign-offs, roles, speakers, a surname
after them), without NER; and the name lists they rest on.

The end-to-end probe over real channels is ``tests/test_free_text_names.py``; this table
pins each rule of :mod:`detectors.given_names` and the words it must leave alone.
"""

from __future__ import annotations

import pytest

from detectors import Engine, EngineConfig
from detectors.given_names import names_in
from detectors.name_lexicon import AMBIGUOUS, given_names, is_given_name, is_surname, surnames

ONLY = EngineConfig(ner=False, detectors=("given_names",))


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(ONLY)


def found(engine: Engine, text: str, field: str = "message") -> list[str]:
    rows = engine.scan([{field: text}], source="t").findings.to_pylist()
    return [text[r["start"] : r["end"]] for r in rows if r["entity"] == "NAME"]


POSITIVES = [
    # greetings and sign-offs
    ("Hi Maria, your refill is ready", "Maria"),
    ("Hey Jamal 👋 your intake form is incomplete", "Jamal"),
    ("Good morning Lorraine! Your MRI is confirmed", "Lorraine"),
    ("Please call about the biopsy. Thanks, Dolores", "Dolores"),
    ("Thanks so much, Summer, for the help with my prior auth", "Summer"),
    ("Is the allergy clinic open?\nCheers,\nMolly", "Molly"),
    ("Dear Harold, time for your eye exam", "Harold"),
    ("Hello Abigail Foster, your order shipped", "Abigail Foster"),
    # signatures and speaker labels
    ("Fast before your glucose test. - Nina", "Nina"),
    ("[10:02] Sofia: my son has a fever", "Sofia"),
    ("Agent (Kevin): I can help with that", "Kevin"),
    ("Text from Rosa: cant make therapy today", "Rosa"),
    # roles and phrases
    ("Rep Grace said the results would be mailed", "Grace"),
    ("ask for Dolores at the front desk", "Dolores"),
    ("Please ask for Joy at check-in", "Joy"),
    ("Left msg w/ roommate Ahmed re: test results", "Ahmed"),
    ("Caller was Dolores, wants to move her PT eval", "Dolores"),
    ("Customer said her name is Svetlana", "Svetlana"),
    ("Spoke w/ Pastor Williams about rides to dialysis", "Williams"),
    ("Inbound call from Will Harper about his wife's surgery", "Will Harper"),
    ("Nurse practitioner Autumn Blake reviewed the scan", "Autumn Blake"),
    # no cue, free text: a surname after, a person's verb, a possessive
    ("Escalated to supervisor. Tamika Brooks is upset about the denied claim", "Tamika Brooks"),
    ("I had to call 3 times before Marisol helped me", "Marisol"),
    ("My son Elijah's asthma is finally controlled", "Elijah"),
    # the reader addressed at the start, as personalised subject lines and texts open
    ("Maria, your mammogram is due", "Maria"),
    ("Dolores, it's time for your flu shot", "Dolores"),
    ("Reply YES to confirm.\nHarold, we moved your visit to 3pm", "Harold"),
    ("Grace, you're invited to our diabetes class", "Grace"),
    # Spanish greetings open a Spanish-speaking patient's reminders as "Hi" does
    ("Hola Rosa, le recordamos su cita de mamografía", "Rosa"),
    ("Estimada Carmen: su intérprete estará disponible", "Carmen"),
    ("Buenos días Jorge, su receta está lista", "Jorge"),
]


@pytest.mark.parametrize(("text", "name"), POSITIVES)
def test_names_where_names_go(engine: Engine, text: str, name: str) -> None:
    assert name in found(engine, text)


NEGATIVES = [
    "Hi Team, the flu clinic moved to the Wellness Center",
    "Dear Customer, your CPAP supplies have shipped",
    "Hi All, the diabetes class is moved",
    "Thanks, Best Buy gift card for finishing the survey",
    "Grace period for your premium ends on the 30th",
    "Hope Center for Eating Disorders intake form",
    "Will you refill my Lipitor before Friday?",
    "May I reschedule my colonoscopy?",
    "Appointment with Jordan Valley Clinic for the MRI",
    "Booked for Madison Square Garden health fair",
    "Referred by Kelly Services for the drug test",
    "Asked about the cost of STD testing with Oscar.",
    "Closer to the Lincoln Park Clinic for her infusions",
    # a veterinary practice after a pet's name
    "Max is due for his booster at Maple Grove Animal Hospital",
    "Bella has an appointment with Cedar Park Veterinary Clinic",
    "With Love from the oncology team",
    "Patient Will Not Be Attending the Diabetes Class",
    "Reminder: Your Appointment With Cardiology Is On Wednesday",
    "This is Walgreens calling about your prescription",
    "Regards,\nDental Care Team",
    "I'm Sorry but I missed the appointment",
    "Pharmacy Hours: Sunday Closed",
    # an opening word and a comma that is no addressed reader
    "Welcome, your portal account is ready",
    "Finally, your results are in",
    "Reminder, your colonoscopy prep starts tomorrow",
    "Maria Lopez Clinic, your visit is confirmed",
    "June, your month for a checkup",
    # whom a Spanish greeting addresses when it is no one by name
    "Hola Amigos, la clínica abre a las 8",
    "Estimado Paciente, su cita fue confirmada",
    "Hola Familia, gracias por su visita",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_words_that_are_not_people(engine: Engine, text: str) -> None:
    assert found(engine, text) == []


def test_catalog_fields_are_not_read(engine: Engine) -> None:
    """A product's or a campaign's name is not a message: "Hi Grace" there is a title."""
    assert found(engine, "Hi Grace, Summer Sale", field="product_name") == []


def test_a_places_own_name_column_is_not_read(engine: Engine) -> None:
    """A booking's ``Clinic`` or ``Store`` column names the branch, whose city after a dash
    is no signature (urgent-care probe); the same dash signature in a message is a name,
    and a clinic's notes are still read."""
    assert found(engine, "MinuteClinic #4411 - Columbus", field="Clinic") == []
    assert found(engine, "Store #0882 - Austin", field="store") == []
    assert found(engine, "See you at 4, thanks!\n- Austin") == ["Austin"]
    assert found(engine, "Hi Maria, your visit is confirmed", field="clinic_notes") == ["Maria"]


def test_bare_names_only_in_free_text() -> None:
    """A given name before a surname is taken without a cue only where people write."""
    assert list(names_in("Tamika Brooks is upset", bare=True)) == [(0, 13)]
    assert list(names_in("Tamika Brooks is upset", bare=False)) == []


def test_lists() -> None:
    """The shipped Census lists load, hold the common names, and the words among them are
    marked ambiguous."""
    assert len(given_names()) > 5000 and len(surnames()) == 30000
    assert is_given_name("Maria") and is_given_name("DeShawn") and is_surname("Nguyen")
    assert is_given_name("Grace") and not is_given_name("Grace", ambiguous_ok=False)
    assert is_surname("Kowalczyk-Nowak") or is_surname("Nowak")
    assert {"will", "may", "grace", "hope", "mark", "austin"} <= AMBIGUOUS


@pytest.mark.parametrize(
    ("field", "text", "expected"),
    [
        # a device iOS or a wearable's app named for its owner, in any field: HealthKit's
        # ``sourceName`` is a machine field (remote monitoring probe)
        ("sourceName", "Maria’s Apple Watch", ["Maria"]),
        ("sourceName", "Derek's iPhone", ["Derek"]),
        ("device_name", "Grace’s iPad", ["Grace"]),
        ("message", "paired with Lincoln’s Pixel today", ["Lincoln"]),
        # a product's, an app's or a group's device is no one's; a refused word is no name
        ("sourceName", "Apple Watch", []),
        ("sourceName", "OMRON connect", []),
        ("title", "Women’s Apple Watch Band", []),
        ("sourceName", "Will’s iPhone", []),
        ("sourceName", "Maria’s Bakery", []),
    ],
)
def test_a_device_named_for_its_owner(
    engine: Engine, field: str, text: str, expected: list
) -> None:
    assert found(engine, text, field=field) == expected


def test_a_city_after_a_labels_dash_is_no_signature(engine: Engine) -> None:
    """A dash signature closes a message in words: after a label of capitalized words a
    known US city is the label's place (a payroll export's ``Department`` = "Personal Care
    - Columbus", home health probe), in any field; a name that is no city after the same
    label, and a city after a message, are still a signature."""
    assert found(engine, "Personal Care - Columbus", field="Department") == []
    assert found(engine, "Home Health - Marion", field="team") == []
    assert found(engine, "Refill Request - Maria", field="Subject") == ["Maria"]
    assert found(engine, "call me back - Tyler") == ["Tyler"]
