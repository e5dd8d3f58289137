"""detectors/animal_records.py: what a veterinary, pet pharmacy or pet insurance record says
of the animal is not the owner's health, name, date or age; the owner's own health and
contacts in the same record stay the person's."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.animal_records import person_field, pet_text


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


@pytest.mark.parametrize(
    ("path", "person"),
    [
        ("client.alert", True),
        ("clientComments", True),
        ("owner_first_name", True),
        ("policyholder.email", True),
        ("emergency_contact_name", True),
        ("Customer Notes", True),
        ("problems[0]", False),
        ("notes", False),
        ("pet.name", False),
        ("Patient Name", False),
    ],
)
def test_person_field(path: str, person: bool) -> None:
    assert person_field(path) is person


@pytest.mark.parametrize(
    ("text", "pet"),
    [
        ("Max is due for his rabies booster at Maple Grove Animal Hospital", True),
        ("Your pet is due for a dental cleaning", True),
        ("dog vomiting yellow foam", True),
        ("my cat's seizures are back", True),
        ("Cedar Park Veterinary Clinic: Luna's diabetes recheck", True),
        # a person's health, imaging and a bite by an animal
        ("CAT scan of the chest for persistent cough", False),
        ("PET scan for lymphoma staging", False),
        ("bitten by a neighbour's dog, needs a rabies shot", False),
        ("pt c/o vomiting x2 days", False),
    ],
)
def test_pet_text(text: str, pet: bool) -> None:
    start = next(
        (text.find(w) for w in ("rabies", "dental", "vomiting", "seizures", "diabetes")
         if w in text),
        len(text) - 1,
    )  # fmt: skip
    if "scan" in text:
        start = text.find("scan")
    assert pet_text(text, start) is pet


#: ``(record, must find, must not find)``: an animal's record and its look-alikes.
CASES = [
    (  # ezyVet: the animal object's name and birth date, the record's problems
        {
            "contact": {"first_name": "Karen", "last_name": "Holloway"},
            "animal": {"name": "Biscuit", "species": "Canine", "date_of_birth": "2016-05-02"},
            "problems": ["Diabetes mellitus"],
        },
        {("contact.first_name", "NAME"), ("contact.last_name", "NAME")},
        {("animal.name", "NAME"), ("animal.date_of_birth", "DATE"), ("problems[0]", "*")},
    ),
    (  # a human pharmacy's row whose patient is a dog: the owner's phone stays
        {
            "PatientType": "Animal",
            "PatientFirstName": "Rocky",
            "PatientDOB": "03/09/2019",
            "PatientPhone": "5125550143",
            "DrugName": "FLUOXETINE HCL 20 MG CAPSULE",
        },
        {("PatientPhone", "PHONE")},
        {("PatientFirstName", "NAME"), ("PatientDOB", "DATE"), ("DrugName", "*")},
    ),
    (  # the same row for a person: a human's species column is empty
        {
            "PatientType": "Human",
            "Species": "",
            "PatientFirstName": "Denise",
            "PatientLastName": "Alvarez",
            "PatientDOB": "02/11/1968",
            "DrugName": "FLUOXETINE HCL 20 MG CAPSULE",
        },
        {
            ("PatientFirstName", "NAME"),
            ("PatientDOB", "DATE"),
            ("DrugName", "MEDICATION"),
        },
        set(),
    ),
    (  # the owner's own health in a client alert stays a person's
        {
            "client": {"name": "Edith Carmody", "alert": "uses a wheelchair since her stroke"},
            "patients": [{"name": "Pippin", "species": "Feline"}],
        },
        {("client.name", "NAME"), ("client.alert", "HEALTH_CONDITION")},
        {("patients[0].name", "NAME")},
    ),
    (  # a pet's profile told by its type; its age in months is nobody's age over 89
        {
            "profile": {"type": "pet", "first_name": "Mittens", "dob": "2013-04-20"},
            "rx": {"drug": "Insulin glargine 100 units/mL pen"},
            "Age (Months)": "108",
        },
        set(),
        {("profile.first_name", "NAME"), ("profile.dob", "DATE"), ("rx.drug", "*")},
    ),
    (  # a consult keyed to an animal: its assessment is the animal's
        {
            "animal_id": "88213",
            "attending_vet": "Dr. Aisha Ramos",
            "assessment": "suspect diabetes mellitus",
        },
        {("attending_vet", "NAME")},
        {("assessment", "*")},
    ),
    (  # the pet's owner on a rabies certificate is the client, not a CRM record owner
        {"Owner Name": "Tomas Reyes", "Owner Phone": "520-555-0183", "Species": "Canine"},
        {("Owner Name", "NAME"), ("Owner Phone", "PHONE")},
        set(),
    ),
    (  # a CRM's record owner stays staff where no animal is in the record
        {"Owner Name": "Tomas Reyes", "Email": "pat.lee@gmail.com", "Diagnosis": "asthma"},
        {("Email", "EMAIL"), ("Diagnosis", "HEALTH_CONDITION")},
        {("Owner Name", "NAME")},
    ),
    (  # a PET scan's id and type are a person's imaging, not a pet
        {
            "patient_name": "Gail Brennan",
            "pet_type": "FDG",
            "pet_id": "PX-4471",
            "indication": "lymphoma staging",
        },
        {("patient_name", "NAME"), ("indication", "HEALTH_CONDITION")},
        set(),
    ),
]


@pytest.mark.parametrize(("record", "want", "must_not"), CASES)
def test_animal_records(engine: Engine, record: dict, want: set, must_not: set) -> None:
    got = found_fields(engine, record)
    assert want <= got, want - got
    assert not {(f, e) for f, e in got for nf, ne in must_not if f == nf and ne in {"*", e}}, got
