"""Short values of diagnosis, medication and procedure fields are health context as a
whole, but only where no more precise finding covers them."""

from __future__ import annotations

import re

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.health_fields import field_entity

HC, MED, PROC = "HEALTH_CONDITION", "MEDICATION", "PROCEDURE"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False))


def _found(engine: Engine, record: dict) -> list[tuple[str, str, str, str]]:
    rows = engine.scan([record], source="t").findings.to_pylist()
    (value,) = record.values()
    return [(r["field"], r["entity"], value[r["start"] : r["end"]], r["detector"]) for r in rows]


def _health_found(engine: Engine, record: dict) -> set[tuple[str, str]]:
    """``(field, entity)`` of the health findings of one record."""
    return {(f, e) for f, e in found_fields(engine, record) if e in (HC, MED, PROC)}


@pytest.mark.parametrize(
    ("field", "value", "entity"),
    [
        # shorthand no vocabulary lists ("knee OA" is a term now, found by the dictionary
        # with its exact span: tests/test_rehab_therapy_clinics.py)
        ("Diagnosis", "L knee DJD", HC),
        ("Primary_Diagnosis__c", "lt knee DJD s/p fall", HC),
        # (PCN, SOB, TKA, lap chole and amox are vocabulary now: clinical_abbreviations, curated)
        ("Allergies", "ASA", HC),
        ("Chief Complaint", "DOE x3 days", HC),
        ("Procedure", "L UKA", PROC),
        ("Surgery Type", "lap appy", PROC),
        ("current_meds", "metop 25", MED),
        ("Current Medications", "Rx: metop 25", MED),
        # lead-generation forms: a mass-tort injury, an insurance lead's health question
        ("Complications", "mesh came loose, 2 more ops", HC),
        ("injury", "kidney damage from the pills", HC),
        ("pre_existing_conditions", "sugar problems", HC),
        ("drug_of_choice", "pills and ice", HC),
        # addiction-treatment admissions' level of care; a dental recall's type
        ("level_of_care", "RTC", PROC),
        ("Level of Care Requested", "PHP", PROC),
        ("Recommended_Level_of_Care__c", "ASAM 3.5", PROC),
        ("loc_requested", "Residential", PROC),
        ("assessment.recommended_loc", "PHP", PROC),
        # an eating disorder centre's inquiry, the word after the phrase
        ("Level of Care Recommended", "RTC", PROC),
        ("Recall Type", "Pano + 4BW", PROC),
        # device orders name the condition the device serves: a hearing aid's, a wound's
        ("hearing_loss", "moderate SNHL, bilat", HC),
        ("Wound Type", "stg 3 sacral PI", HC),
        # a fit-to-fly certificate's or a visa medical's pregnancy, described
        ("Pregnancy", "Singleton, uncomplicated", HC),
        ("pregnancy_details", "Twins, 24 wks", HC),
        # a refugee's or an immigrant's TB class on a panel physician's record
        ("TB Classification", "Class B1 TB, pulmonary", HC),
        ("tb_class", "B2", HC),
        # a transplant recipient's biopsy graded for rejection (tests/test_transplant_programs.py)
        ("ishlt_grade", "1R", HC),
        ("banff_grade", "IA", HC),
        ("Rejection Grade", "2R", HC),
        # home health intake: the disciplines ordered for the patient
        ("Services Ordered", "SN, PT, OT", PROC),
        ("disciplines_ordered", "SN/HHA", PROC),
        # genetic information: a genotype call and an HGVS variant of the person
        # a medical-marijuana registry's certified condition, in the state's own words
        ("Qualifying Condition", "CNMP", HC),
        ("custom_fields.qualifying_condition", "Terminal cond., < 1 yr", HC),
        ("debilitating_medical_condition", "Wasting synd.", HC),
        ("qualifying_diagnosis", "Dravet synd w/ refractory sz", HC),
        # a dispensary's medical patient (not an adult-use customer): the certified
        # programme whose treatment they buy
        ("Customer Type", "Medical", MED),
        ("patient_type", "MEDICAL", MED),
        ("customerType", "medical", MED),
        ("customer_type", "Medical Patient", MED),
        ("genotype", "e3/e4", HC),
        ("properties.genotype", "AG", HC),
        # (a whole HGVS notation, ``c.68_69del``, is detectors/variant_notation.py's, with
        # its exact span: tests/test_variant_notation.py; shorthand without the prefix is
        # the field's)
        ("hgvs_c", "68_69delAG", HC),
        ("hgvs_p", "Glu23fs", HC),
        # the gene of a person's variant, as a reclassification notice or a result webhook
        # names it (tests/test_genetic_counseling_pedigrees.py): "ATM" is no vocabulary term
        ("properties.gene", "ATM", HC),
        ("variants[0].gene", "NF1", HC),
        ("genes_with_findings", "BMPR1A", HC),
        ("Gene Symbol", "SMAD4", HC),
        # a lab result's analyte
        ("Biomarker", "TSH", PROC),
        ("analyte", "Free T4", PROC),
        # a meal programme's therapeutic diet names what the person is treated for
        ("Diet", "Renal", PROC),
        ("diet_type", "Cardiac, 2g Na", PROC),
        ("client.diet_order", "Renal, 2 g Na", PROC),
        # a texture-modified diet is what a swallowing disorder calls for (a census's Diet)
        ("Diet", "Pureed", PROC),
        ("diet_order", "Mechanical soft, thickened liquids", PROC),
        # the hearing aid fitted to a patient, by its model (a retailer's fitting list)
        ("Hearing Aid", "Phonak Audeo Lumity L90-R", PROC),
        ("hearing_aid_model", "Oticon More 1 miniRITE R", PROC),
        # oncology navigation and registry rows: a cancer's type, stage and histology by
        # their field, a body site under ``cancer_type`` naming the cancer
        ("Cancer_Type__c", "Breast", HC),
        ("TNM", "T3N1M0", HC),
        ("Stage_at_Diagnosis__c", "cT2aN2M0", HC),
        # a chronic kidney disease's stage on a referral or a CRM lead (dialysis probe)
        ("CKD_Stage__c", "Stage 4", HC),
        ("ckd_stage", "3b", HC),
        # a concussion's graded return to play or to learn: the athlete's step of care
        # (tests/test_sports_medicine_athletics.py)
        ("injury.rtp_stage", "Stage 2 - Light aerobic exercise", PROC),
        ("RTL Stage", "Stage 3 - Part-time school with accommodations", PROC),
        ("return_to_play_step", "Non-contact drills", PROC),
        ("tumor_histology", "Serous", HC),
        # a chemotherapy regimen under its field, in a local spelling no vocabulary lists
        ("Regimen", "Gem/Cis", MED),
        ("Chemo Regimen", "dd AC x4", MED),
        # a tumour's markers as one list
        ("Biomarkers__c", "ER+/PR+", PROC),
        # OSHA 300/301 logs and first reports of injury: the injury described in a column
        # (not "Fractured right wrist": the dictionary reads "Fractured" now, and its exact
        # span wins over the whole value)
        ("Describe injury or illness, parts of body affected", "Caught right wrist in a press", HC),
        ("case.injury_description", "Crushed left index finger", HC),
        ("nar_injury_illness", "Lac to palm, 4 stitches", HC),
        # an occupational clinic's work restrictions after an injury, under the visit
        ("visit.restrictions", "No lifting over 20 lbs; no repetitive bending", HC),
        ("Work Restrictions", "No use of right hand", HC),
        # the allergen of one of a camper's allergies
        ("allergies[0].allergen", "Tree nuts", HC),
        # the home health disciplines a hospital referral requests (home health probe)
        ("Services Requested", "SN, PT, OT", PROC),
        ("disciplines_needed", "PT / OT / MSW", PROC),
        # a language-access request's hearing field: why an ASL or a CDI interpreter
        ("deaf_hard_of_hearing", "Deaf", HC),
        ("Hearing Impairment", "Profound, bilateral", HC),
        # an ADA accommodation request's disability (the leave probe)
        ("Disability_Type", "Deaf", HC),
        ("disability_description", "Limited grip, left hand", HC),
        # a person's supplemental oxygen on a special needs registry, an evacuation
        # request or a manifest (disaster and shelters probe)
        ("Oxygen", "Yes - portable tank", PROC),
        ("O2", "Concentrator, nights", PROC),
        ("home_oxygen", "Continuous", PROC),
        # an SMS platform's or a DTC quiz's custom attribute, in the brand's shorthand
        # (the SMS marketing probe)
        ("condition_interest", "ED", HC),
        ("properties.condition_interest", "PE", HC),
        ("health_concern", "Thinning crown", HC),
    ],
)
def test_short_values_of_health_fields(engine: Engine, field: str, value: str, entity: str):
    assert _found(engine, {field: value}) == [(field, entity, value, "health_field")]


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Allergies", "NKDA"),
        ("Diagnosis", "none"),
        ("Diagnosis", "N/A"),
        ("Diagnosis", "<HEALTH_CONDITION>"),  # already redacted
        ("condition", "new"),  # a product's condition
        ("treatment", "control"),  # an experiment's arm
        ("diagnosis_count", "two"),
        ("injury_date", "last spring"),  # when, not what
        ("pre_existing_conditions", "None"),
        ("complications", "No"),
        ("medication_url", "https://example.org/rx/refill"),
        ("Procedure", "https://example.org/procedures/knee"),
        # a survey question asking how long, how often or when: a duration, not the symptom
        ("Q4. How long have you had these symptoms?", "More than a year"),
        ("How often do you take your medications?", "Twice a day"),
        ("When did your symptoms start?", "Last spring"),
        ("3. How severe are your symptoms", "Moderate"),
        ("level_of_care", "N/A"),
        ("recall_type_id", "3"),  # a number, not a recall type
        ("hearing_loss", "No"),
        ("hearing_loss_date", "last year"),  # when, not what
        ("Pregnancy", "No"),
        ("tb_class_date", "last year"),  # when, not what
        ("pregnancy_test_date", "last month"),  # when, not what
        ("injury_description", "None"),
        ("injury_illness_date", "last week"),  # when, not what
        # an offer's or an API key's restrictions; a visit with none
        ("restrictions", "Not valid with other offers"),
        ("api_key.restrictions", "Referrer only"),
        ("visit.restrictions", "None"),
        ("genotype_count", "two"),  # a number of calls, not a call
        ("genotype", "0/1"),  # no letter: a VCF's GT alone is left alone
        ("hgvs_url", "https://example.org/variant/brca1"),
        # no gene found, a gene's count or its panel's date
        ("gene", "N/A"),
        ("genes", "None"),
        ("gene_count", "forty seven"),
        ("gene_list_updated", "last month"),
        ("biomarker_count", "twelve"),
        # a diet that is a preference names no condition; nor does a diet's count
        ("Diet", "Regular"),
        ("diet", "Vegetarian, no pork"),
        ("Diet", "Low sodium"),
        ("diet_count", "renal 12"),
        # a spreadsheet's error value is no diagnosis (a lookup that found nothing)
        ("Diagnosis", "#VALUE!"),
        ("Primary Diagnosis", "#N/A"),
        ("Medication", "#REF!"),
        ("hearing_aid_serial", "2231X0C4T"),  # the device's serial, not its kind
        ("hearing_aid_count", "2"),
        # a self-identification form's refusal, and a bare ``disability`` key (a form's
        # "Yes", a benefit's name) are left alone
        ("Disability_Type", "I do not wish to answer"),
        ("Disability_Type", "Prefer not to answer"),
        ("Disability", "Long Term"),
        ("qualifying_condition_date", "last spring"),  # when, not what
        # an adult-use customer, or a patient type that says nothing of health
        ("Customer Type", "Recreational"),
        ("customer_type", "Adult-Use"),
        ("patient_type", "New"),
        ("PatientType", "Human"),
        ("customer_type_id", "medical"),  # an id of the type, not the type
        ("product_type", "Medical"),  # a product's kind, not a person's
        # a CRM opportunity's stage is a sales step: only a cancer's stage field is read
        ("Stage", "Closed Won"),
        ("deal_stage", "Qualified to buy"),
        ("StageName", "Prospecting"),
        ("ckd_stage_count", "Stage 4"),  # a count of patients at a stage, not a stage
        ("rtp_stage_count", "12"),  # a team's count, not an athlete's stage
        ("lifecycle_stage", "Stage 2 - Nurture"),  # a funnel's stage
        ("regimen_count", "six"),
        ("regimen_id", "GI-FOLFOX-v4"),  # the protocol's id, not a patient's regimen
        ("cancer_type_code", "C50"),
        # a contact form's services, and a list with anything but a discipline in it
        ("Services Requested", "Website redesign"),
        ("services_requested", "SN, landscaping"),
        # a bare grade is a student's or a product's; a rejection grade's placeholder
        ("grade", "1R"),
        ("ishlt_grade", "N/A"),
        # an oxygen field's none, a bare yes, a count of users and a reading
        ("O2", "RA"),
        ("Oxygen", "Room air"),
        ("Oxygen", "Yes"),
        ("Oxygen Users", "6"),
        ("blood_oxygen", "97"),
        # a condition attribute's placeholder, an interest without a condition, its count
        ("condition_interest", "none"),
        ("condition_interest", "N/A"),
        ("interest", "ED"),
        ("condition_interest_count", "ED"),
    ],
)
def test_not_health_values(engine: Engine, field: str, value: str):
    assert [f for f in _found(engine, {field: value}) if f[3] == "health_field"] == []


def test_dictionary_terms_keep_their_exact_spans(engine: Engine):
    found = _found(engine, {"Medications": "lisinopril 10 mg daily, metformin"})
    assert [(e, s, d) for _, e, s, d in found] == [
        (MED, "lisinopril", "dictionary"),
        (MED, "metformin", "dictionary"),
    ]


def test_an_identifier_in_the_value_wins(engine: Engine):
    found = _found(engine, {"Diagnosis": "OA, call 312-555-0188"})
    assert [(e, d) for _, e, _, d in found] == [("PHONE", "regex")]


def test_long_text_is_left_to_the_dictionary(engine: Engine):
    text = "I have had a really bad cough for about three weeks now and it keeps me up"
    assert [(e, s) for _, e, s, _ in _found(engine, {"symptoms": text})] == [(HC, "cough")]


def test_a_record_with_an_identifier_and_a_health_field_is_phi(engine: Engine):
    result = engine.scan([{"Email": "a@example.org", "Diagnosis": "L knee OA"}], source="t")
    assert bool(result.phi[0])


@pytest.mark.parametrize(
    ("path", "entity"),
    [
        ("Diagnosis", HC),
        ("properties.secondary_diagnosis", HC),
        ("event_params.medication_name.value.string_value", MED),
        ("Procedure_Requested__c", PROC),
        ("diagnosis_date", None),
        ("medication_count", None),
        ("condition", None),
        # survey questions naming what their answer is
        ("Q3. Please describe your symptoms", HC),
        ("Are you currently taking any medications? If yes, list them", None),
        ("Please list your current medications", MED),
        ("Q4. How long have you had these symptoms?", None),
        # Dataverse custom columns run their words together (``new_``, ``cr8a3_`` prefixes)
        ("cr8a3_conditionofinterest", HC),
        ("new_primarydiagnosis", None),  # one word only; left to the dictionary
        ("new_diagnosis", HC),
        ("new_serviceline", None),  # a service-line field, read only for specialties
        ("level_of_care", PROC),
        ("level_of_care_date", None),  # when, not what
        ("loc_requested", PROC),
        ("geo_loc", None),  # a bare ``loc`` is a location as often
        ("Recall Type", PROC),
        ("recall_due", None),
        ("genotype", HC),
        ("hgvs_c", HC),
        ("genotype_date", None),
        # a list of one person's allergies, an item's allergen (a camp health form); a
        # food label's allergens and a list's other keys are not read
        ("health.allergies[0].allergen", HC),
        ("allergies[1].name", HC),
        ("allergies[0].reaction", None),
        ("product.allergens", None),
        ("allergen", None),
    ],
)
def test_field_entity(path: str, entity: str | None):
    k = field_entity(path)
    assert (None if k < 0 else ("HEALTH_CONDITION", "MEDICATION", "PROCEDURE")[k]) == entity


def test_off_when_no_health_entity_is_wanted():
    engine = Engine(EngineConfig(ner=False, entities=frozenset({"EMAIL"})))
    assert engine.scan([{"Diagnosis": "L knee OA"}], source="t").findings.num_rows == 0


@pytest.mark.parametrize(
    ("record", "field"),
    [
        # a grateful-patient file's department of service, named or under the encounter
        ({"Department of Service": "Orthopaedic Surgery"}, "Department of Service"),
        ({"Dept of Service": "Bariatric Surgery"}, "Dept of Service"),
        ({"encounter": {"department": "Labor & Delivery"}}, "encounter.department"),
        ({"admission": {"dept": "Neonatology"}}, "admission.dept"),
        ({"SERVICE_LINE": "Pediatric Emergency Medicine"}, "SERVICE_LINE"),
        # a referral's destination, a specialty qualified by the age it serves too
        # (the pediatric probe)
        ({"ReferredTo": "Pediatric Gastroenterology"}, "ReferredTo"),
        ({"referral_specialty": "Cardiology"}, "referral_specialty"),
        ({"Service Line": "Peds Cardiology"}, "Service Line"),
        # a visitor's specialty choice in a scheduling or find-a-doctor page's query
        (
            {"page_location": "https://mychart.example.org/s?dept=4&specialty=orthopedics"},
            "page_location",
        ),
    ],
)
def test_departments_of_service_are_service_lines(engine: Engine, record: dict, field: str) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["field"], r["entity"]) for r in rows] == [(field, "PROCEDURE")]


@pytest.mark.parametrize(
    "record",
    [
        # a provider directory's or a staff list's department is not a patient's
        {"department": "Orthopaedic Surgery"},
        {"provider": {"department": "Cardiology"}},
        {"visit": {"department": "Oncology"}},  # a web visit is no stay
        # a specialty query parameter holding no care specialty; a bare specialty column
        {"page_location": "https://example.org/find?specialty=all"},
        {"page_location": "https://example.org/find?specialty=primary-care"},  # general care
        {"specialty": "Cardiology"},
        # a department of service that is no care specialty
        {"Department of Service": "Retail Banking"},
        # a referral's destination that is a clinician or a place, not a specialty
        {"ReferredTo": "Dr. Megan Holt"},
        {"referred_to": "Pediatric Associates of Plano"},
    ],
)
def test_other_departments_are_not_service_lines(engine: Engine, record: dict) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [r for r in rows if r["detector"] == "health_field"] == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an interpreter vendor's call detail: a bare department beside the patient's MRN
        # (a custom column's label in parentheses) is the department of service
        ({"Dept": "Cardiology Clinic", "Custom 1 (MRN)": "E00482193"}, [("Dept", "Cardiology")]),
        (
            {"Department": "Oncology Infusion", "MRN": "00392817"},
            [("Department", "Oncology")],
        ),
        ({"clinic": "Nephrology - Unit B", "patient_mrn": "7718342"}, [("clinic", "Nephrology")]),
        # nested: only the department in the MRN's own object
        (
            {"visit": {"dept": "Dermatology", "mrn": "55120"}, "site": {"dept": "Urology"}},
            [("visit.dept", "Dermatology")],
        ),
    ],
)
def test_a_department_beside_the_patients_mrn_is_the_department_of_service(
    engine: Engine, record: dict, expected: list
) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    got = [
        (r["field"], str(_value(record, r["field"]))[r["start"] : r["end"]])
        for r in rows
        if r["detector"] == "health_field"
    ]
    assert got == expected


def _value(record: dict, path: str) -> object:
    for key in path.split("."):
        record = record[key]
    return record


@pytest.mark.parametrize(
    "record",
    [
        # no MRN beside it: a staff list's or a directory's department
        {"Department": "Cardiology", "Employee ID": "E-2211"},
        # an MRN beside a department that names no specialty, or general care
        {"Department": "Emergency Department", "MRN": "00392817"},
        {"Dept": "Primary Care", "MRN": "00392817"},
        # a department in another object than the MRN's
        {"provider": {"department": "Oncology"}, "patient": {"mrn": "00392817"}},
    ],
)
def test_a_department_without_the_patients_mrn_is_not_read(engine: Engine, record: dict) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [r for r in rows if r["detector"] == "health_field"] == []


@pytest.mark.parametrize(
    ("field", "found"),
    [
        ("new_serviceline@OData.Community.Display.V1.FormattedValue", True),
        ("cr8a3_serviceline", True),
        ("Service Line", True),
        ("new_servicelinecode", False),
    ],
)
def test_run_together_service_line_fields(engine: Engine, field: str, found: bool):
    """Dataverse's ``new_serviceline`` (and its formatted value) is a service-line field."""
    got = _found(engine, {field: "Cardiology"})
    assert (got == [(field, PROC, "Cardiology", "health_field")]) is found


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a ride's or a trip leg's destination naming the care given there
        ({"Dropoff Facility": "Summit Behavioral Health"}, [("PROCEDURE", "Behavioral Health")]),
        ({"legs": [{"destination": "Eastside Oncology Associates"}]}, [("PROCEDURE", "Oncology")]),
        ({"drop_off_location": "Westgate Wound Care"}, [("PROCEDURE", "Wound Care")]),
        # general care, a link, a page path and another field name no one's treatment
        ({"Dropoff Facility": "Riverside Primary Care"}, []),
        ({"destination_url": "https://example.org/services/oncology"}, []),
        ({"destination": "/services/oncology"}, []),
        ({"facility_name": "Summit Behavioral Health"}, []),
    ],
)
def test_care_named_in_a_rides_destination(engine: Engine, record: dict, expected: list) -> None:
    """A ride's destination that names the care given there ("Summit Behavioral Health")
    says what the rider is treated for; bare specialty names elsewhere are the dictionary's
    stop terms (tests/test_transport_and_social_care.py)."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    got = []
    for r in rows:
        node: object = record
        for key, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", r["field"]):
            node = node[int(index)] if index else node[key]  # type: ignore[index]
        got.append((r["entity"], str(node)[r["start"] : r["end"]]))
    assert [g for g in got if g[0] == "PROCEDURE"] == expected


@pytest.mark.parametrize(
    ("record", "found_service_line"),
    [
        # a referral-development report counts a practice's referrals by service line: no
        # one patient is on the row (tests/test_hcp_marketing.py)
        (
            {
                "Referring Provider": "Hollis, Margaret MD",
                "Service Line": "Cardiology",
                "New Patient Referrals": "14",
            },
            False,
        ),
        (
            {
                "Practice": "Polaris Internal Medicine",
                "Top Service Line": "Orthopedics",
                "Referrals YTD": "42",
            },
            False,
        ),
        ({"Service_Line__c": "Oncology", "Referral_Count__c": "9"}, False),
        # a person's referral keeps its service line, and so does a nested list of one
        # person's referrals
        (
            {
                "Patient Name": "Harold Jenkins",
                "Service Line": "Cardiology",
                "Referral Date": "10/04/2024",
            },
            True,
        ),
        (
            {
                "Patient Name": "Harold Jenkins",
                "Service Line": "Cardiology",
                "referrals": [{"status": "sent"}],
            },
            True,
        ),
    ],
)
def test_a_referral_count_rows_service_line_is_the_reports(
    engine: Engine, record: dict, found_service_line: bool
) -> None:
    fields = {f for f, e in found_fields(engine, record) if e == "PROCEDURE"}
    assert bool(fields & {"Service Line", "Top Service Line", "Service_Line__c"}) is (
        found_service_line
    )


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an HLA lab's crossmatch and donor-specific antibodies (tests/test_transplant_programs.py)
        ({"t_cell_flow_xm": "Positive (shift 212 MCS)"}, {("t_cell_flow_xm", PROC)}),
        ({"b_cell_flow_xm": "Negative"}, {("b_cell_flow_xm", PROC)}),
        (
            {"Crossmatch Result": "Incompatible; refer to paired exchange"},
            {("Crossmatch Result", PROC)},
        ),
        ({"virtual_crossmatch": "Compatible"}, {("virtual_crossmatch", PROC)}),
        ({"dsa": "DQ7 MFI 6400"}, {("dsa", PROC)}),
        ({"dsa": "B44 (MFI 2,100), DR15 (MFI 900)"}, {("dsa", PROC)}),
        ({"de_novo_dsa": "None detected"}, {("de_novo_dsa", PROC)}),
        ({"Donor Specific Antibodies": "Negative"}, {("Donor Specific Antibodies", PROC)}),
    ],
)
def test_crossmatch_and_dsa_fields(engine: Engine, record: dict, expected: set) -> None:
    """A crossmatch's result and donor-specific antibodies are tests of the recipient's
    blood against the donor's, read by the value's shape."""
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        # Google Ads' dynamic search ads and an OPO's donation service area
        {"dsa": "true"},
        {"dsa": "Dynamic Search Ads - All pages"},
        {"dsa_population": "3,812,000"},
        {"dsa": "Not applicable"},
        # satellite radio, a word that begins like no result, a split "cross match"
        {"xm_channel": "Sirius 12"},
        {"xm": "Posted"},
        {"cross_match": "Negative"},
    ],
)
def test_not_a_crossmatch_or_dsa_result(engine: Engine, record: dict) -> None:
    assert found_fields(engine, record) == set()


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"ABO/Rh": "O NEG"}, {("ABO/Rh", PROC)}),
        ({"Blood Type": "O-"}, {("Blood Type", PROC)}),
        ({"donor": {"blood_type": "AB+"}}, {("donor.blood_type", PROC)}),
        # the blood group after the person it is of (a living-donor inquiry, a transplant
        # referral: tests/test_dialysis_kidney_care.py)
        ({"donor_blood_type": "A+"}, {("donor_blood_type", PROC)}),
        ({"Recipient ABO": "O"}, {("Recipient ABO", PROC)}),
        ({"ABO": "A"}, {("ABO", PROC)}),
        ({"blood_group": "B Rh positive"}, {("blood_group", PROC)}),
        ({"HLA-A": "A2, A24"}, {("HLA-A", PROC)}),
        # an Rh type alone, as abortion and prenatal clinics record it before Rh immune
        # globulin (tests/test_reproductive_health_access.py), also where ``status`` makes
        # the key a machine field elsewhere
        ({"Rh Status": "Rh negative"}, {("Rh Status", PROC)}),
        ({"intake": {"rh_status": "positive"}}, {("intake.rh_status", PROC)}),
        ({"rh_factor": "Neg"}, {("rh_factor", PROC)}),
        ({"mother_rh": "Rh(D) pos"}, {("mother_rh", PROC)}),
        ({"hla_typing": {"DRB1": ["DRB1*15:01"]}}, {("hla_typing.DRB1[0]", PROC)}),
        # a living-donor health questionnaire's numbered question (Qualtrics' renamed
        # ``Q6_BloodType``: tests/test_transplant_programs.py)
        ({"Q6_BloodType": "O negative"}, {("Q6_BloodType", PROC)}),
        ({"QID4_ABO": "B+"}, {("QID4_ABO", PROC)}),
        (
            {"user_properties": [{"key": "blood_type", "value": {"string_value": "O+"}}]},
            {("user_properties[0].value.string_value", PROC)},
        ),
    ],
)
def test_blood_group_and_hla_typing_fields(engine: Engine, record: dict, expected: set) -> None:
    """A person's ABO/Rh and HLA typing are test results of their blood
    (tests/test_blood_plasma_organ_donation.py), read by the value's shape."""
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        {"blood_type": "Not sure"},
        {"abo": "Approved"},
        {"hla_status": "Typed"},
        {"HLA-A": "Pending"},
        {"blood_type_count": "12"},
        {"product_blood_type": "O+"},  # a thing's, not a person's
        {"rh": "45.2"},  # a sensor's relative humidity
        {"rh_status": "Pending"},
        {"order_status": "positive"},
        {"Rh Status": "O NEG"},  # an Rh key holds an Rh type, not a group
        {"donor_blood_type": "Unknown"},
        {"Q6_BloodType": "Not sure"},
        {"6_blood_type_count": "12"},
        {"type": "O+"},
        # a donation booked or given is no care (DONATION_KINDS)
        {"procedure": "Whole Blood"},
        {"appointment": {"procedure": "Power Red"}},
        {"Procedure": "Platelets"},
    ],
)
def test_not_blood_typing_nor_a_donation(engine: Engine, record: dict) -> None:
    assert found_fields(engine, record) == set()


def test_a_transfusion_in_a_procedure_field_is_still_care(engine: Engine) -> None:
    assert {e for _f, e in found_fields(engine, {"procedure": "Platelet transfusion"})} == {PROC}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"Exam": "US ABDOMEN COMPLETE"}, {("Exam", PROC)}),
        ({"StudyDescription": "CT CHEST W CONTRAST"}, {("StudyDescription", PROC)}),
        ({"exam_type": "XR HIP 2 VIEWS LEFT"}, {("exam_type", PROC)}),
        (
            {"RequestedProcedureDescription": "US PELVIS TRANSVAGINAL"},
            {("RequestedProcedureDescription", PROC)},
        ),
        (
            {"OBR": {"universal_service_id": "71260^CT CHEST W CONTRAST^CPT"}},
            {("OBR.universal_service_id", PROC)},
        ),
    ],
)
def test_an_imaging_exam_in_the_ris_shorthand(engine: Engine, record: dict, expected: set) -> None:
    """An exam or study description names the exam in a modality code and a body part,
    which no vocabulary lists (tests/test_imaging_centres.py)."""
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        ({"BI-RADS": "0"}, {("BI-RADS", HC)}),
        ({"birads": "4A"}, {("birads", HC)}),
        ({"BIRADS Category": "2 - Benign"}, {("BIRADS Category", HC)}),
        ({"bi_rads_assessment": "BI-RADS 4B"}, {("bi_rads_assessment", HC)}),
        ({"Lung-RADS": "2"}, {("Lung-RADS", HC)}),
        ({"lung_rads": "4X"}, {("lung_rads", HC)}),
        ({"breast_density": "C - heterogeneously dense"}, {("breast_density", HC)}),
        ({"ACR Density": "b"}, {("ACR Density", HC)}),
        ({"breast_density": "Extremely dense"}, {("breast_density", HC)}),
    ],
)
def test_breast_imaging_and_lung_screening_assessments(
    engine: Engine, record: dict, expected: set
) -> None:
    """A BI-RADS or Lung-RADS category and a breast density are a radiologist's
    assessment of one person's images, read by the value's shape."""
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize(
    "record",
    [
        {"BI-RADS": "Pending"},
        {"birads": "7"},
        {"birads_count": "12"},
        {"Lung-RADS": "12"},
        {"breast_density": "E"},
        {"density": "D"},  # a bone's, a population's, a material's as often
        {"description": "CT CHEST W CONTRAST"},
        {"SeriesDescription": "AX T2 FLAIR"},
        {"universal_service_id": "12345"},
    ],
)
def test_not_an_imaging_assessment_nor_an_exam(engine: Engine, record: dict) -> None:
    assert found_fields(engine, record) == set()


@pytest.mark.parametrize(
    ("record", "found"),
    [
        # an absence-management or disability claim's update: restrictions beside the
        # return-to-work date are the claimant's work restrictions
        (
            {"claim": {"rtw_date": "2024-11-04", "restrictions": "No lifting, left shoulder"}},
            {("claim.restrictions", HC)},
        ),
        (
            {"RTW Date": "11/04/2024", "Restrictions": "Sedentary duty only, right knee"},
            {("Restrictions", HC)},
        ),
        (
            {"expectedReturnToWork": "2024-11-04", "restrictions": "Light duty"},
            {("restrictions", HC)},
        ),
        # no return to work beside it: an offer's or a plan's restrictions
        ({"offer": {"restrictions": "Not valid with other offers"}}, set()),
        # a return to work in another object times someone else's restrictions
        (
            {"claim": {"rtw_date": "2024-11-04"}, "coupon": {"restrictions": "One per customer"}},
            set(),
        ),
        ({"rtw_date": "2024-11-04", "restrictions": "None"}, set()),
    ],
)
def test_restrictions_beside_a_return_to_work_are_health(
    engine: Engine, record: dict, found: set
) -> None:
    assert _health_found(engine, record) == found


@pytest.mark.parametrize(
    ("record", "found"),
    [
        # a laboratory's critical-call log and an EHR's critical-result alert to secure chat
        # (tests/test_clinical_messaging_paging.py): a bare test beside its accession, the
        # result's units or the patient's MRN is the analyte a person's value came from
        ({"Accession": "24-308-00412", "Test": "Hemoglobin"}, {("Test", PROC)}),
        ({"mrn": "E2291043", "test": "Potassium", "value": "6.1"}, {("test", PROC)}),
        ({"result": {"test_name": "Lactate", "units": "mmol/L"}}, {("result.test_name", PROC)}),
        # a test elsewhere: an A/B test, a build's test, a units column in another object
        ({"test": "homepage_v2", "variant": "B", "value": "3"}, set()),
        ({"build": {"test": "integration"}, "units": "ms"}, set()),
        ({"test": "Potassium"}, set()),
    ],
)
def test_a_bare_test_beside_a_lab_result_is_the_analyte(
    engine: Engine, record: dict, found: set
) -> None:
    assert _health_found(engine, record) == found


@pytest.mark.parametrize(
    ("record", "found"),
    [
        # a nurse-call or bed-alert feed's ADT context: a nurse's fall-risk assessment
        ({"patient_name": "Okafor, James", "fall_risk": "High"}, {("fall_risk", HC)}),
        ({"Morse Fall Risk": "High risk"}, {("Morse Fall Risk", HC)}),
        # a fall-risk programme's date or count is no assessment
        ({"fall_risk_assessed_at": "2024-11-03"}, set()),
    ],
)
def test_a_fall_risk_level_is_health(engine: Engine, record: dict, found: set) -> None:
    assert _health_found(engine, record) == found


@pytest.mark.parametrize(
    ("record", "found"),
    [
        # a claims system's typelist value under the field it types (Guidewire's
        # ``detailedInjuryType = {code, name}``): the label is the injury
        (
            {"injuryIncident": {"detailedInjuryType": {"code": "sprain", "name": "Sprain"}}},
            {("injuryIncident.detailedInjuryType.name", HC)},
        ),
        ({"diagnosis": {"display": "L knee DJD"}}, {("diagnosis.display", HC)}),
        # the kind of an object named for care: an IME referral's ``exam.type``
        ({"exam": {"type": "IME - Orthopedic"}}, {("exam.type", PROC)}),
        ({"injury": {"type": "Crush"}}, {("injury.type", HC)}),
        # a type or a label elsewhere: a diagnosis's rank, an event's type, a product's name
        ({"diagnosis": {"type": "primary"}}, set()),
        ({"event": {"type": "track", "name": "Signed Up"}}, set()),
        ({"product": {"name": "Knee Brace Pro"}}, set()),
    ],
)
def test_a_typed_values_label_and_a_care_objects_kind(
    engine: Engine, record: dict, found: set
) -> None:
    assert _health_found(engine, record) == found


@pytest.mark.parametrize(
    ("record", "found"),
    [
        # a transitional-duty offer's restrictions beside the claim they belong to
        (
            {"Claim No": "WC24-120455", "Restrictions": "No overhead reaching, right shoulder"},
            {("Restrictions", HC)},
        ),
        ({"claim_number": "WC24-120455", "restrictions": "Sedentary only"}, {("restrictions", HC)}),
        # a claim of another kind of object, or restrictions with no claim beside them
        ({"claim_status": "Open", "restrictions": "Sedentary only"}, set()),
        ({"api_key": "k_123", "restrictions": "read only"}, set()),
    ],
)
def test_restrictions_beside_a_claim_number_are_health(
    engine: Engine, record: dict, found: set
) -> None:
    assert _health_found(engine, record) == found


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a visitor system's unit beside the patient visited: the care the ward names
        (
            {"Patient Name": "Frank Castellano", "Unit/Room": "Oncology 4 West Rm 412"},
            [("Unit/Room", "Oncology")],
        ),
        (
            {"visiting": {"patientName": "Rosa Delgado", "unit": "Cardiac ICU"}},
            [("visiting.unit", "ICU")],
        ),
        # an ADT extract's unit beside the MRN, an ampersand between a specialty's words
        ({"MRN": "E4471820", "Unit": "Labor & Delivery"}, [("Unit", "Labor & Delivery")]),
        # a security alert's unit beside the patient object
        (
            {"patient": {"name": "Shanice Porter", "mrn": "E6620418"}, "unit": "Trauma ICU"},
            [("unit", "ICU")],
        ),
        (
            {"Patient": "Eunice Harper", "Nursing Unit": "Geriatric Psych"},
            [("Nursing Unit", "Geriatric Psych")],
        ),
    ],
)
def test_a_unit_beside_the_patient_names_the_care(
    engine: Engine, record: dict, expected: list
) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    got = [
        (r["field"], str(_value(record, r["field"]))[r["start"] : r["end"]])
        for r in rows
        if r["detector"] == "health_field"
    ]
    assert got == expected


@pytest.mark.parametrize(
    "record",
    [
        # a unit directory, a visiting-hours policy, a count per unit: no patient
        {"unit": "Oncology 4 West", "rooms": "401-432", "floor": "4"},
        {"policy_id": "VIS-POL-007", "unit": "Behavioral Health", "max_visitors": "2"},
        {"Month": "2024-10", "Unit": "Cardiac ICU", "Visitors": "1,284"},
        # a bare unit names no care; a unit beside a provider is the provider's
        {"Patient Name": "Frank Castellano", "Unit": "4 West"},
        {"provider": {"name": "Dr. Amir Haddad"}, "unit": "Trauma ICU"},
        # a room is no unit
        {"Patient": "Rosa Delgado", "Room": "CICU-12"},
        # a lab result's unit beside the MRN is the value's
        {"MRN": "E4471820", "unit": "mg/dL"},
    ],
)
def test_a_unit_without_the_patient_is_not_read(engine: Engine, record: dict) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [r for r in rows if r["detector"] == "health_field"] == []


@pytest.mark.parametrize(
    ("path", "entity"),
    [
        # a pre-admission screening's substance-use history, one object per substance,
        # and a referral's or a lead's other ways of asking for the substance
        # (tests/test_addiction_admissions_vob.py)
        ("substances[0].substance", 0),
        ("substance_use[2].drug", 0),
        ("drug_history[0].drug_name", 0),
        ("Presenting Substances", 0),
        ("secondary_substance", 0),
        ("substances_used", 0),
        # hard negatives: a safety data sheet's substance list names chemicals, a bare
        # ``substance`` is anyone's, a substance's route is no substance
        ("substances[0].name", -1),
        ("substance", -1),
        ("substances[0].route", -1),
        ("products[0].substance", -1),
    ],
)
def test_a_substance_use_field(path: str, entity: int) -> None:
    assert field_entity(path) == entity


def test_a_screenings_substance_is_health(engine: Engine) -> None:
    """ "Alcohol" means nothing alone, but as one substance of a screening's substance-use
    history it is the person's use (a record with their name is PHI)."""
    record = {"substances": [{"substance": "Alcohol", "route": "Oral", "frequency": "Daily"}]}
    assert found_fields(engine, record) == {("substances[0].substance", "HEALTH_CONDITION")}


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a substance-use assessment's ASAM placement (tests/test_court_ordered_treatment_
        # monitoring.py): the level of care the evaluator placed the person in
        ({"asamLevel": "1.0 Outpatient Services"}, {("asamLevel", "PROCEDURE")}),
        ({"ASAM Placement": "Level 2.1 Intensive Outpatient"}, {("ASAM Placement", "PROCEDURE")}),
        (
            {"recommended_asam_level": "Level 1 Outpatient"},
            {("recommended_asam_level", "PROCEDURE")},
        ),
        # hard negatives: no letter (a code alone), a placeholder, the criteria's edition
        ({"asam_level": "2.1"}, set()),
        ({"asam_level": "N/A"}, set()),
        ({"asam_criteria_edition": "4th Edition"}, set()),
    ],
)
def test_an_asam_placement(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected
