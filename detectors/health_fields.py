"""Health context by field: the short value of a field named for a diagnosis, a
medication or a procedure, whatever its words.

The dictionary finds health terms anywhere, but clinical and intake exports also hold what
no vocabulary lists: abbreviations and shorthand (``L knee OA``, ``lap chole``, ``TKA``,
``SOB x3 days``, ``amox 500``), misspelled brands, local service names. In a field *named*
``Diagnosis``, ``Current Medications`` or ``Procedure`` such a value is health context all
the same, and a record holding it and an identifier is PHI.

Decisions worth knowing:
    * Findings here only fill gaps. Their kind ``health_field`` ranks below every other
      detector (:data:`detectors.spans.DETECTOR_RANK`), so when the dictionary finds a
      term in the value, or any identifier overlaps it, the precise finding wins and the
      whole-value span is dropped. Values the vocabulary knows keep their exact spans.
    * Only short values (at most :data:`MAX_CHARS` characters and :data:`MAX_WORDS`
      words): a sentence in a ``symptoms`` box is free text, left to the dictionary.
    * Not reported: placeholders and negatives (``none``, ``N/A``, ``NKDA``, ``denies``),
      values without a letter (codes are :mod:`detectors.diagnosis_codes`' job), URLs and
      email addresses, already-redacted values.
    * The field must *end* with its word (``Primary_Diagnosis__c``, ``current_meds``), so
      ``diagnosis_date`` or ``medication_count`` are not health fields; a bare
      ``condition`` or ``treatment`` is not one either (a product's condition is "new",
      an experiment's treatment arm "control").
    * A service-line field (``Service_Line__c``, ``service_line_interest``) is health
      context only when its whole value is a care specialty (``data/specialties.txt``:
      ``Oncology``, ``Behavioral Health``): banks and consultancies have service lines too
      ("Retail Banking"). Its value is a PROCEDURE, the kind of care a person was routed
      to. Bare ``specialty`` and ``department`` fields are left out: provider directories
      and staff lists hold them beside a clinician's own name. A department of service
      (``Dept of Service``, an ``encounter``'s ``department``) is a service line.
    * A blood group or an HLA type under a field named for it (``ABO/Rh`` = "O NEG",
      ``blood_type`` = "AB+", ``HLA-A`` = "A2, A24") is a test result of the person's blood,
      a PROCEDURE as a reading is; the value's shape is checked, so "Not sure" is nothing.
      A donation kind under ``procedure`` ("Whole Blood", "Power Red", "Platelets") is no
      care: a donor is a well volunteer (:data:`DONATION_KINDS`).
    * So is a crossmatch's result under its field (``t_cell_flow_xm`` = "Positive (shift
      212 MCS)") and donor-specific antibodies under theirs (``dsa`` = "DQ7 MFI 6400"), as
      an HLA lab reports a transplant recipient against a donor; a bare ``dsa`` is read
      only in an HLA antibody's shape (Google Ads' dynamic search ads, an OPO's donation
      service area).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from importlib.resources import files
from itertools import pairwise

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from detectors.config import EngineConfig
from detectors.context import ScanContext
from detectors.dictionary import normalize_term
from detectors.field_names import (
    WholeValues,
    key_tokens,
    lengths,
    matches,
    unnumbered,
    whole_values,
)
from detectors.registry import register
from detectors.spans import Span
from detectors.survey_vendors import respondent_departments

KIND = "health_field"
SCORE = 0.6
MAX_CHARS = 80
MAX_WORDS = 8

#: Key phrases of a cancer's stage (``Stage_at_Diagnosis__c``, ``clinical_stage``). ``stage``
#: makes a key a machine field everywhere else (an opportunity's ``StageName``, a funnel's
#: ``lifecycle_stage``), so these are read although the field-name classifier calls them so.
CANCER_STAGE_PHRASES = (
    "cancer_stage", "stage_at_diagnosis", "tumor_stage", "tumour_stage", "clinical_stage",
    "pathologic_stage", "pathological_stage", "ajcc_stage", "tnm_stage",
    # chronic kidney disease's stage on a nephrology referral, a kidney-care outreach list
    # or a CRM lead (``CKD_Stage__c`` = "Stage 4", ``ckd_stage`` = "3b"): the stage of the
    # person's disease, as a cancer's is (a bare number is a reading's,
    # :mod:`detectors.clinical_measures`)
    "ckd_stage", "kidney_disease_stage",
)  # fmt: skip

#: Key phrases of the stage a person has reached in a concussion's graded return to play
#: or return to learn (a club app's ``rtp_stage`` = "Stage 2 - Light aerobic exercise", a
#: district form's ``RTL Stage``): a step of that person's care, as a level of care is.
#: ``stage`` makes a key a machine field elsewhere, so these are read as the cancer stages.
RETURN_STAGE_PHRASES = tuple(
    f"{protocol}_{step}"
    for protocol in ("rtp", "return_to_play", "rtl", "return_to_learn", "concussion")
    for step in ("stage", "step", "phase")
)

#: entity -> key phrases (tokens joined by ``_``) that must end the field's last key.
FIELD_PHRASES: dict[str, tuple[str, ...]] = {
    "HEALTH_CONDITION": (
        "diagnosis", "diagnoses", "dx", "medical_condition", "medical_conditions",
        "health_condition", "health_conditions", "chief_complaint", "presenting_complaint",
        "presenting_problem", "problem_list", "allergies", "allergy", "drug_allergies",
        "symptom", "symptoms", "condition_of_interest", "conditions_of_interest",
        # a DTC brand's quiz or SMS platform's custom attribute (``condition_interest`` =
        # "ED", "Hair Loss"; ``health_concern``): the condition the person signed up about,
        # in the brand's own shorthand, which the vocabulary cannot hold ("ED" is an
        # emergency department and a name as often)
        "condition_interest", "condition_interests", "conditions_interest",
        "health_concern", "health_concerns",
        # lead-generation forms: an insurance lead's health questions, a mass-tort
        # questionnaire's injury, an addiction-treatment form's substance
        "pre_existing_condition", "pre_existing_conditions", "preexisting_condition",
        "preexisting_conditions", "injury", "injuries", "injury_type", "complication",
        "complications", "substance_of_choice", "drug_of_choice", "primary_substance",
        # an addiction-treatment referral's, screening's or lead's other ways of asking
        # the same (``Presenting Substances`` = "Heroin, benzos", ``secondary_substance``,
        # a web form's ``substances_used``, ``drugs_of_choice``)
        "presenting_substance", "presenting_substances", "secondary_substance",
        "tertiary_substance", "substances_of_choice", "drugs_of_choice", "substance_used",
        "substances_used", "substance_of_abuse", "substances_of_abuse",
        # device and supply orders name the condition the device serves by its kind: a
        # hearing aid fitting's ``hearing_loss`` ("moderate sensorineural, bilateral"), a
        # wound-care order's ``wound_type`` ("Stage 3 pressure ulcer")
        "hearing_loss", "hearing_loss_type", "type_of_hearing_loss", "degree_of_hearing_loss",
        "wound_type", "wound_stage", "type_of_wound",
        # a language-access request's hearing field (``deaf_hard_of_hearing`` = "Deaf",
        # ``hearing_impairment`` = "Profound, bilateral"): why the patient needs an ASL or
        # a CDI interpreter, the person's hearing as a ``hearing_loss`` field says it
        "hard_of_hearing", "deaf_hard_of_hearing", "deaf_or_hard_of_hearing", "deaf_hoh",
        "hearing_impairment", "hearing_impaired", "deafness",
        # an ADA accommodation request's disability (Workday's ``Disability_Type`` =
        # "Deaf", a case's ``nature_of_disability``): the impairment the accommodation is
        # for. Not a bare ``disability`` (a self-identification form's "Yes" or "I do not
        # wish to answer", a benefit's name)
        "disability_type", "type_of_disability", "disability_description",
        "description_of_disability", "nature_of_disability",
        # OSHA 300 and 301 logs and first reports of injury describe a work injury in a
        # column of its own (the 300 log's "Describe injury or illness, parts of body
        # affected ...", OSHA's ITA export's ``nar_injury_illness``, an incident system's
        # ``injury_description``): "Fractured right wrist" names the employee's injury
        "injury_description", "description_of_injury", "injury_illness", "injury_or_illness",
        "illness_description", "description_of_illness", "parts_of_body_affected",
        "injured_or_made_person_ill",
        # an occupational clinic's work status: the restrictions a clinician set after an
        # injury ("No lifting over 20 lbs; no repetitive bending") say what the injury
        # allows. Not a bare ``restrictions`` (an offer's, an API key's, a diet's) but
        # under a visit (:data:`VISIT_OBJECTS`)
        "work_restrictions", "work_restriction", "duty_restrictions", "activity_restrictions",
        "physical_restrictions", "medical_restrictions",
        # genetic information is health information (45 CFR 160.103, after GINA): a
        # genotype call (``genotype`` = "e3/e4") and a variant written in HGVS
        # (``hgvs_c`` = "NM_007294.4:c.68_69del") of the person the record names
        "genotype", "genotypes", "genotype_call", "hgvs", "hgvs_c", "hgvs_p", "hgvs_g",
        "variant_hgvs", "hgvs_notation",
        # the gene a person's variant lies in (a lab report's ``variants[].gene``, a
        # reclassification notice's ``gene`` = "ATM", a result webhook's
        # ``genes_with_findings``): the symbol is the finding, whose letters the
        # vocabulary cannot hold for every gene ("ATM" is a cash machine in prose)
        "gene", "genes", "gene_symbol", "gene_name", "genes_with_findings", "affected_gene",
        "variant_gene",
        # a state medical-marijuana registry's or a dispensary's certified condition
        # (``Qualifying Condition`` = "Chronic nonmalignant pain"; some states say
        # "debilitating medical condition"): what a physician certified the person has
        "qualifying_condition", "qualifying_conditions", "qualifying_diagnosis",
        "qualifying_medical_condition", "debilitating_condition",
        "debilitating_medical_condition",
        # oncology navigation, tumour-board and registry rows name a person's cancer by its
        # parts: the type (``Cancer_Type__c`` = "Breast", a body site there names the
        # cancer), the stage (``Stage_at_Diagnosis__c`` = "Stage IIA", a ``TNM`` column's
        # "T3N1M0") and the histology. Not a bare ``stage``: a CRM opportunity's stage is
        # "Closed Won"
        "cancer_type", "type_of_cancer", "tumor_type", "tumour_type", "cancer_site", "tnm",
        "histology", "tumor_histology",
        # a nurse-call or bed-alert feed's ADT context (``fall_risk`` = "High", a Morse
        # score's level): a nurse's assessment of the patient's risk of falling, as an
        # acuity level or a screener's total is (tests/test_clinical_messaging_paging.py)
        "fall_risk", "fall_risk_level", "fall_risk_category", "morse_fall_risk",
        # an airline's fit-to-fly certificate, a travel clinic's or a visa medical's
        # ``Pregnancy`` field ("Singleton, uncomplicated", "Twins, 24 weeks"): the person's
        # pregnancy described, health as pregnancy is; a "Yes" or "No" is screened out
        "pregnancy", "pregnancy_details",
        # the CDC's tuberculosis classification of an immigrant or a refugee on a panel
        # physician's or an arrival health record (``TB Classification`` = "Class B1 TB,
        # pulmonary"): the person's TB status, whose letters the vocabulary cannot hold
        "tb_classification", "tb_class", "tuberculosis_classification",
        # a transplant recipient's biopsy graded for rejection (a heart biopsy's
        # ``ishlt_grade`` = "1R", a kidney biopsy's ``banff_grade`` = "IA", a surveillance
        # list's ``Rejection Grade``): the person's rejection by its grade, whose letters
        # the vocabulary cannot hold. Not a bare ``grade`` (a student's, a product's)
        "ishlt_grade", "banff_grade", "banff_category", "rejection_grade",
        *CANCER_STAGE_PHRASES,
    ),
    "MEDICATION": (
        "medication", "medications", "meds", "current_medication", "current_medications",
        "current_meds", "prescription", "prescriptions", "prescribed_medication",
        "drug_name", "medication_name", "rx_name",
        # an infusion-chair schedule's or a navigator's ``Regimen`` ("FOLFOX", "AC-T
        # (dose-dense)", "Keytruda q3w"): the drugs one patient is given, written as the
        # regimen's acronym, which no vocabulary lists in all its local spellings
        "regimen", "chemo_regimen", "chemotherapy_regimen", "treatment_regimen",
        "drug_regimen",
    ),
    "PROCEDURE": (
        "procedure", "procedures", "procedure_name", "procedure_type", "surgery",
        "surgery_type", "surgical_procedure", "planned_procedure", "procedure_requested",
        # addiction and psychiatric admissions (``Level of Care``: "Detox", "RTC", "PHP",
        # "IOP", "ASAM 3.5"): the kind of care a person is asking for or placed in
        "level_of_care", "level_of_care_requested", "requested_level_of_care",
        "recommended_level_of_care",
        # admissions CRMs and VOB forms abbreviate it (``loc_requested``,
        # ``recommended_loc``); a bare ``loc`` is a location as often, so it is not read
        "loc_requested", "requested_loc", "recommended_loc", "loc_recommended",
        # an eating disorder centre's inquiry puts the word after the phrase (a lead's
        # ``Level of Care Recommended`` = "RTC"), as ``loc_recommended`` does
        "level_of_care_recommended",
        # a substance-use assessment's placement by the ASAM Criteria (``asamLevel`` = "1.0
        # Outpatient Services", ``ASAM LOC`` = "2.1", ``asam_placement``): the level of care
        # the evaluator placed the person in, which its number alone may say
        "asam_level", "asam_loc", "asam_level_of_care", "asam_placement", "asam_criteria_level",
        "asam_recommended_level", "recommended_asam_level",
        # dental practice software's recall list (``Recall Type``: "PROPHY", "Perio
        # Maintenance 3 Mo", "Child Prophy", "Pano"): the procedure a patient is due for
        "recall_type",
        # a hearing-aid retailer's fitting list (``Hearing Aid`` = "Phonak Audeo Lumity
        # L90-R"): the model fitted to one patient names the device their hearing needs,
        # as a CPAP's model does; no vocabulary lists every model
        "hearing_aid", "hearing_aids", "hearing_aid_model", "hearing_aid_style",
        # home health intake: the disciplines a physician ordered for one patient
        # ("SN, PT, OT", "Skilled nursing; HHA")
        "services_ordered", "ordered_services", "disciplines_ordered",
        # a lab result's measured analyte (a DTC lab's ``Biomarker`` = "TSH", a results
        # feed's ``analyte``): the test a person's value came from
        "biomarker", "biomarker_name", "analyte", "analyte_name", "lab_test", "lab_test_name",
        # a navigator's or a tumour board's list of a tumour's markers (``Biomarkers__c`` =
        # "ER+/PR+/HER2-"): the tests and their results
        "biomarkers", "tumor_markers", "tumour_markers",
        # an imaging centre's worklist, order, schedule and DICOM header name the exam
        # in the RIS's shorthand (``Exam`` = "US ABDOMEN COMPLETE", DICOM's
        # ``StudyDescription`` = "CT CHEST W CONTRAST", ``RequestedProcedureDescription``,
        # a worklist step's ``ScheduledProcedureStepDescription``): a modality code and a
        # body part, which no vocabulary lists in every site's spelling. Not a bare
        # ``description`` nor a ``SeriesDescription`` (a pulse sequence's name)
        "exam", "exams", "exam_type", "exam_name", "exam_description", "exam_requested",
        "requested_exam", "study_description", "procedure_description",
        "procedure_step_description",
        # an HL7 order's or result's OBR-4 as an interface engine flattens it
        # (``OBR.universal_service_id`` = "71260^CT CHEST W CONTRAST^CPT"): the test or
        # exam ordered, code and text
        "universal_service_id", "universal_service_identifier",
        # a person's supplemental oxygen as a special needs registry, an evacuation
        # manifest and a paratransit request record it (``Oxygen`` = "Yes - portable tank",
        # ``O2`` = "Concentrator, nights", ``home_oxygen``): the person is on oxygen
        # therapy. A bare "Yes" or "No" is screened out, and so is "Room air"; a reading
        # (``blood_oxygen`` = 97) has no letter, and a count's key ends in another word
        # (``Oxygen Users``, ``oxygen_concentrator``)
        "oxygen", "o2", "home_oxygen", "oxygen_use", "oxygen_user", "on_oxygen",
        "oxygen_required", "oxygen_needs", "uses_oxygen", "oxygen_therapy",
        *RETURN_STAGE_PHRASES,
    ),
}  # fmt: skip
ENTITIES = tuple(FIELD_PHRASES)
#: Leaves that hold the readable label of a typed value (a typelist's ``{code, name}``, a
#: coded concept's ``display`` or ``text``): the label is what the parent's key names.
LABEL_LEAVES = frozenset(
    {("name",), ("display",), ("display", "name"), ("text",), ("description",), ("label",)}
)
#: Leaves that say which kind an object is: ``exam.type`` is an ``exam_type``.
KIND_LEAVES = frozenset({("type",), ("kind",)})
#: Objects that are one clinic visit or encounter: their bare ``restrictions`` are the
#: work restrictions the clinician set (an occupational clinic's ``visit.restrictions``).
VISIT_OBJECTS = frozenset({"visit", "visits", "encounter", "encounters"})
RESTRICTION_ENTITY = "HEALTH_CONDITION"
#: What may follow ``claim`` in a claim's own number (``#`` is no token: ``Claim #``).
CLAIM_NUMBER_TAILS = frozenset(
    {(), ("no",), ("number",), ("num",), ("nbr",), ("id",), ("number", "id")}
)
#: Key tokens that time a return to work (``rtw_date``, ``expectedReturnToWork``): a bare
#: ``restrictions`` beside one is a disability or absence claim's work restrictions.
RTW_TOKENS = (("rtw",), ("return", "to", "work"))
#: Bare keys that name a lab test (a critical-result call log's ``Test`` = "Hemoglobin", an
#: EHR alert's ``test`` = "Potassium"): an A/B test's, a build's or a quiz's elsewhere, so
#: read only beside a sibling only a lab result has (:data:`LAB_RESULT_SIBLINGS`).
LAB_TEST_KEYS = frozenset({("test",), ("test", "name"), ("test", "description")})
#: Sibling keys that make a bare test key a lab test's: the result's units, reference range
#: or abnormal flag, the specimen's accession, or the patient's medical record number.
LAB_RESULT_SIBLINGS = frozenset(
    {("units",), ("unit",), ("uom",), ("result", "units"), ("reference", "range"),
     ("ref", "range"), ("normal", "range"), ("abnormal", "flag"), ("accession",),
     ("accession", "number"), ("accession", "no"), ("mrn",), ("patient", "mrn")}
)  # fmt: skip
LAB_TEST_ENTITY = "PROCEDURE"
#: Key phrases of service-line fields, read only when the value is a care specialty.
SERVICE_LINE_PHRASES = (
    "service_line", "service_lines", "service_line_interest", "service_interest",
    "specialty_interest", "specialty_of_interest", "care_line",
    # a grateful-patient screening file's department of service (``Department of Service``,
    # ``Dept of Service``), the one a foundation may be told (45 CFR 164.514(f))
    "department_of_service", "dept_of_service", "service_department", "service_dept",
    # a referral's destination (a referral CRM's ``ReferredTo``, ``referral_specialty``):
    # the kind of care the patient is sent on to, as "referred to oncology" in a note is
    # (:mod:`detectors.specialty_visits`); a clinician's name there is no specialty
    "referred_to", "referral_to", "refer_to", "referred_to_specialty", "referral_specialty",
    "referred_specialty",
)  # fmt: skip
#: The age group a specialty may be qualified by ("Pediatric Gastroenterology",
#: "Peds Cardiology"): the same kind of care, for children.
AGE_QUALIFIERS = ("pediatric ", "paediatric ", "peds ", "pediatrics ")
#: Objects that are a patient's stay or visit: their ``department`` is the department of
#: service (``encounter.department`` = "Labor & Delivery"), not a directory's.
ENCOUNTER_OBJECTS = frozenset({"encounter", "encounters", "admission", "admissions", "stay"})
ENCOUNTER_DEPARTMENT_KEYS = frozenset({("department",), ("dept",), ("department", "name")})
#: Bare department and clinic keys of a flat row (an interpreter vendor's call detail's
#: ``Dept``, an interpreter request log's ``Department``, a no-show list's ``Clinic``):
#: a directory's or a staff list's column as often, so read only beside the patient's
#: medical record number (:func:`_mrn_key`), which no directory or staff row holds; then
#: the care specialty the value names (``Cardiology Clinic``, ``Oncology Infusion``) is
#: the department of service, as an encounter's department is.
ROW_DEPARTMENT_KEYS = ENCOUNTER_DEPARTMENT_KEYS | {
    ("dept", "name"), ("clinic",), ("clinic", "name")
}  # fmt: skip
#: A hospital unit's keys (a visitor system's ``Unit/Room``, ``visiting.unit``, an ADT
#: extract's ``Unit``, ``Nursing Unit``): the ward a patient lies on. A unit directory, a
#: visiting-hours policy and a count per unit hold them too, so they are read only beside
#: the patient (:func:`_patient_key`), and only for the care the unit's name says.
UNIT_KEYS = frozenset(
    {("unit",), ("unit", "room"), ("unit", "name"), ("nursing", "unit"), ("patient", "unit"),
     ("unit", "bed"), ("inpatient", "unit")}
)  # fmt: skip
#: Words of a hospital unit's name that say the care given there, beside the specialties
#: (a ward is named for its care: ``Cardiac ICU``, ``NICU``, ``Infusion Center``,
#: ``Geriatric Psych``); read only in a unit field beside the patient.
UNIT_CARE_WORDS = frozenset(
    {"icu", "nicu", "picu", "cicu", "micu", "sicu", "ccu", "intensive care", "infusion",
     "infusion center", "dialysis", "memory care", "psych", "geriatric psych",
     "inpatient psychiatry", "detox", "burn unit", "step down", "telemetry", "med psych"}
)  # fmt: skip
#: Last keys naming the patient in a unit's object: the patient's name or record number
#: (``Patient Name``, ``patientName``, ``Patient``, ``MRN``).
PATIENT_KEYS = frozenset(
    {("patient",), ("patient", "name"), ("patient", "full", "name"), ("patient", "id"),
     ("patient", "mrn"), ("patientname",)}
)  # fmt: skip
_MRN_KEY = re.compile(r"(?i)(?<![a-z])mrn(?![a-z])|medical[ _.-]*record")
#: A page URL's query parameter naming a specialty (``/MyChart/openscheduling?specialty=
#: orthopedics``, a finder's ``?specialty=cardiology``): the visitor's own choice on a
#: scheduling or find-a-doctor page, not a directory's column.
QUERY_SPECIALTY_KEYS = frozenset({("specialty",), ("specialties",), ("service", "line")})
#: General care a finder's filter offers every visitor (``?specialty=primary-care``): it
#: says nothing about a condition, as ``sample_data``'s gold labels it.
GENERAL_CARE = frozenset(
    {"primary care", "family medicine", "internal medicine", "general practice",
     "general medicine", "adult medicine", "pediatrics", "paediatrics"}
)  # fmt: skip
SERVICE_LINE_ENTITY = "PROCEDURE"
#: Top-level columns counting a practice's or a physician's referrals (a liaison CRM's
#: ``Referrals YTD``, a referral-development report's ``New Patient Referrals``,
#: ``Referral Count``): no one patient's row has them, so the row's service line is the
#: referral mix the count is broken down by, not the care a person was routed to.
REFERRAL_COUNT_WORDS = frozenset({"referrals"})
REFERRAL_COUNT_PAIRS = frozenset({("referral", "count"), ("referral", "volume")})
#: Key phrases of a person's diet in meal programmes and care plans (a medically tailored
#: meal enrolment's ``Diet``, a delivery's ``diet_type``, a care plan's ``diet_order``).
DIET_PHRASES = (
    "diet", "diet_type", "diet_order", "diet_name", "diet_description", "therapeutic_diet",
    "prescribed_diet",
)  # fmt: skip
#: Words of a therapeutic diet: the condition it is prescribed for ("Renal", "Diabetic
#: (carb-controlled)", "Cardiac", "Dysphagia - mechanical soft"), or the texture a
#: swallowing disorder calls for ("Pureed", "Mechanical soft", "Thickened liquids": a
#: care home's census writes the texture alone). A diet field's other values are
#: preferences ("Regular", "Vegetarian", "Halal", "Low sodium") that name none.
THERAPEUTIC_DIET_WORDS = frozenset(
    {"renal", "diabetic", "diabetes", "cardiac", "dysphagia", "ckd", "esrd", "dialysis"}
    | {"pureed", "puree", "mechanical", "thickened"}
)
DIET_ENTITY = "PROCEDURE"
#: Key phrases of the services a referral asks of a home health agency (an intake CRM's
#: ``Services Requested``, ``disciplines_needed``): read only when the value lists home
#: health disciplines (:data:`HOME_HEALTH_DISCIPLINES`), since a contact form for any
#: business has ``services_requested`` too. ``services_ordered`` is read whole above.
SERVICES_REQUEST_PHRASES = (
    "services_requested", "requested_services", "services_needed", "services_required",
    "disciplines_requested", "requested_disciplines", "disciplines_needed",
)  # fmt: skip
#: The disciplines of home health and home care as referrals write them: skilled nursing
#: and the therapies by their codes or names, a medical social worker, a home health aide.
#: Ordered for one patient, they say that person needs that care (tests/test_senior_care.py).
HOME_HEALTH_DISCIPLINES = frozenset(
    {"sn", "rn", "lpn", "pt", "ot", "st", "slp", "msw", "hha", "cna", "skilled nursing",
     "nursing", "physical therapy", "occupational therapy", "speech therapy",
     "speech language pathology", "medical social worker", "medical social work",
     "social work", "home health aide", "pt eval", "ot eval", "st eval", "sn eval"}
)  # fmt: skip
_DISCIPLINE_SEPARATORS = re.compile(r"[,;/+&]|\band\b")
SERVICES_REQUEST_ENTITY = "PROCEDURE"
#: Key words of a ride's or a trip leg's destination (an NEMT trip's ``Dropoff Facility``,
#: Uber Health's ``dropoff.address``, a broker's ``legs[0].destination``): where a person
#: was taken. Not a link's (``destination_url``) or a page path's.
DESTINATION_WORDS = frozenset({"dropoff", "destination"})
DESTINATION_PAIRS = frozenset({("drop", "off")})
NOT_A_DESTINATION = frozenset({"url", "uri", "link", "page", "path", "host", "ip", "port"})
_WORD = re.compile(r"[a-z]+")
#: Key phrases of the kind of patient or customer a dispensary or a programme records
#: (Treez's ``patient_type``, Dutchie's ``Customer Type``, Jane's ``customer_type``).
PATIENT_TYPE_PHRASES = ("patient_type", "customer_type", "patient_category", "customer_category")
#: The values of such a field that say the person is a medical-programme patient: a
#: medical-marijuana card exists only because a physician certified a qualifying
#: condition, and what the patient buys under it is their treatment (as being in a
#: recovery programme is health context). ``Recreational``, ``Adult-Use``, ``New`` and
#: ``Human`` say nothing of health.
MEDICAL_PATIENT_VALUES = frozenset(
    {"medical", "mmj", "medical patient", "mmj patient", "med patient", "medical mmj",
     "medical marijuana", "medical cannabis", "medical marijuana patient",
     "medical cannabis patient"}
)  # fmt: skip
PATIENT_TYPE_ENTITY = "MEDICATION"
#: Keys of a person's blood group as blood centres, transplant intakes and donor apps
#: write them (``ABO/Rh``, ``Blood Type``, ``blood_group``, ``ABO``): ABO and Rh typing
#: is a test of the person's blood, a result as a haemoglobin is.
BLOOD_GROUP_KEYS = frozenset(
    {("blood", "type"), ("blood", "group"), ("bloodtype",), ("bloodgroup",), ("abo",),
     ("abo", "rh"), ("abo", "type"), ("abo", "group"), ("abo", "rh", "type"),
     ("blood", "type", "abo"), ("abo", "blood", "type"), ("blood", "type", "abo", "rh")}
)  # fmt: skip
#: Keys of a person's Rh (D) type alone, as abortion and prenatal clinics record it before
#: giving Rh immune globulin (``Rh Status`` = "Rh negative", ``rh_factor`` = "Neg",
#: ``rh_status`` = "positive"): the same blood typing, read with :data:`_RH_TYPE`. A bare
#: ``rh`` is relative humidity in a sensor feed as often, but a number is no Rh type.
RH_KEYS = frozenset(
    {("rh",), ("rh", "status"), ("rh", "factor"), ("rh", "type"), ("rh", "d"), ("rhd",),
     ("rh", "d", "status"), ("rh", "result")}
)  # fmt: skip
#: The person a blood group key may name first: a living-donor inquiry's ``donor_blood_type``,
#: a transplant referral's ``recipient_abo``, a maternity record's ``mother_blood_type``.
BLOOD_GROUP_OWNERS = frozenset(
    {"donor", "recipient", "patient", "pt", "candidate", "mother", "maternal", "father",
     "paternal", "baby", "infant", "newborn", "partner", "member"}
)  # fmt: skip
#: A whole ABO/Rh value: the group, then the Rh (D) type in any of the ways it is written
#: (``O NEG``, ``O-``, ``AB+``, ``A Pos``, ``B Rh positive``, a bare ``A`` under ``ABO``).
_BLOOD_GROUP = re.compile(
    r"(?i)(?:A|B|AB|O)(?:\s*(?:rh|d)?\s*(?:[+-]|pos(?:itive)?|neg(?:ative)?))?"
)
#: A whole Rh (D) type without its ABO group (``Rh negative``, ``Rh(D) pos``, ``Neg``, ``+``).
_RH_TYPE = re.compile(r"(?i)(?:rh\s*(?:\(d\)|d)?\s*)?(?:[+-]|pos(?:itive)?|neg(?:ative)?)")
#: An HLA type as a registry or a platelet programme writes it: an allele
#: (``A*02:01``, ``DRB1*15:01``, ``HLA-B*44:02``) or a serological antigen (``A2``,
#: ``B44``, ``DR15``), one or a pair separated by a comma, a slash or a space.
_HLA_ONE = (
    r"(?:HLA-)?(?:A|B|C|Cw|DRB[1345]|DQA1|DQB1|DPA1|DPB1|DR|DQ|DP)"
    r"(?:\*\d{1,3}(?::\d{2,3}){0,3}[A-Z]?|\d{1,3})"
)
_HLA_TYPE = re.compile(rf"(?i){_HLA_ONE}(?:\s*[,/;]?\s*{_HLA_ONE})*")
BLOOD_TYPING_ENTITY = "PROCEDURE"

#: Clinical ways of saying "nothing" (lower case, after trimming). The generic placeholders
#: (``none``, ``n/a``, ``unknown``, ``yes``/``no``, ``null``) are already screened out by
#: :func:`detectors.field_names.whole_values`.
NOT_A_VALUE = pa.array(
    [
        "n.a.", "other", "denies", "denied", "nka", "nkda", "nkma", "not applicable",
        "none known", "no known allergies", "no known drug allergies", "not sure", "unsure",
        "prefer not to say", "declined", "tbd", "pending", "see notes", "see below",
        "normal", "healthy", "none reported", "none stated", "none noted", "no complaints",
        "nothing", "no allergies", "no meds", "no medications",
        # a self-identification form's refusal (a disability question's answer)
        "prefer not to answer", "i do not wish to answer", "i don't wish to answer",
        "do not wish to answer", "decline to answer", "decline to state",
        # an oxygen field's way of saying none (an evacuation manifest's ``O2`` = "RA")
        "room air", "ra",
    ],
    type=pa.large_string(),
)  # fmt: skip

#: What a blood or plasma centre collects, as its scheduling and donor-history exports put
#: it under ``procedure`` (``Whole Blood``, ``Power Red``, ``Platelets``): a donation, which
#: says nothing of the donor's health (tests/test_blood_plasma_organ_donation.py). A
#: transfusion is written as one ("platelet transfusion"), and the dictionary reads it.
DONATION_KINDS = frozenset(
    {"whole blood", "power red", "double red", "double red cells", "double red cell",
     "2rbc", "platelets", "platelet", "apheresis platelets", "plasma", "source plasma",
     "ab plasma", "ab elite", "automated red cells", "red cells", "platelets and plasma"}
)  # fmt: skip


#: A list of one person's allergies, one object per allergy (a camp health form's
#: ``allergies[0].allergen`` = "Peanuts", FHIR-like ``allergies[0].substance``): the
#: item's name is the allergen the person reacts to, a condition of theirs. A bare
#: ``allergen`` elsewhere is a food label's (a product's ``allergens``: "milk, soy").
ALLERGY_LISTS = frozenset({"allergies", "allergy", "food_allergies", "drug_allergies"})
ALLERGY_ITEM_KEYS = frozenset({("allergen",), ("allergen", "name"), ("substance",), ("name",)})


#: A pre-admission screening's or an assessment's substance-use history, one object per
#: substance (a Kipu-like screening's ``substances[0].substance`` = "Alcohol" beside its
#: route, frequency and last use): the item's substance is one the person uses, a
#: condition of theirs, as a substance of choice is. Not a bare ``name`` under them (a
#: safety data sheet's ``substances[0].name`` is a chemical's).
SUBSTANCE_USE_LISTS = frozenset(
    {"substances", "substance_use", "substance_history", "substance_use_history",
     "drug_history", "drug_use_history", "drugs_used", "substance_abuse_history"}
)  # fmt: skip
SUBSTANCE_ITEM_KEYS = frozenset(
    {("substance",), ("substance", "name"), ("drug",), ("drug", "name"), ("drug", "of", "choice")}
)
#: Lists of a person's conditions, one object per item, with the item keys that name it:
#: ``(list keys, item keys)``.
CONDITION_ITEM_LISTS = (
    (ALLERGY_LISTS, ALLERGY_ITEM_KEYS),
    (SUBSTANCE_USE_LISTS, SUBSTANCE_ITEM_KEYS),
)


@functools.lru_cache(maxsize=16384)
def field_entity(path: str) -> int:
    """Index into :data:`ENTITIES` of the health field a hint path names, or -1."""
    keys = key_tokens(path)
    if not keys or _asks_how_or_when(keys[-1]):
        return -1
    if len(keys) > 1 and any(
        keys[-1] in items and "_".join(keys[-2]) in lists for lists, items in CONDITION_ITEM_LISTS
    ):
        return ENTITIES.index("HEALTH_CONDITION")
    key = "_".join(keys[-1])
    if len(keys) > 1 and keys[-2] and keys[-1] in LABEL_LEAVES:
        # a typed value's label under the field it types (Guidewire's typelists:
        # ``detailedInjuryType = {code, name}``; a FHIR concept's ``text``)
        key = "_".join(keys[-2])
    elif len(keys) > 1 and keys[-2] and keys[-1] in KIND_LEAVES:
        # the kind of an object named for care (an IME referral's ``exam.type``, a
        # claim's ``injury.type``): read as the run-together key (``exam_type``)
        key = "_".join((*keys[-2], "type"))
    for i, entity in enumerate(ENTITIES):
        if _names_phrase(key, FIELD_PHRASES[entity]):
            return i
    if key == "restrictions" and len(keys) > 1 and keys[-2][-1] in VISIT_OBJECTS:
        return ENTITIES.index(RESTRICTION_ENTITY)
    return -1


def _times_return_to_work(key: tuple[str, ...]) -> bool:
    """True when a key holds a return-to-work token run (:data:`RTW_TOKENS`)."""
    return any(
        key[i : i + len(run)] == run for run in RTW_TOKENS for i in range(len(key) - len(run) + 1)
    )


def _keys_beside(
    paths: list[str],
    target: Callable[[tuple[str, ...]], bool],
    sibling: Callable[[str], bool],
) -> list[int]:
    """Indices of the paths whose last key passes ``target`` in an object that also holds
    a path passing ``sibling`` (:func:`_last_key_is` for a test of its key's tokens): one
    pass over the chunk's paths, then set lookups."""
    last = [key_tokens(p)[-1:] for p in paths]
    parents = {path.rpartition(".")[0] for path in paths if sibling(path)}
    if not parents:
        return []
    return [
        i
        for i, (path, k) in enumerate(zip(paths, last, strict=True))
        if k and target(k[0]) and path.rpartition(".")[0] in parents
    ]


def _last_key_is(test: Callable[[tuple[str, ...]], bool]) -> Callable[[str], bool]:
    """A path test of its last key's tokens, for :func:`_keys_beside`'s sibling."""
    return lambda path: bool(k := key_tokens(path)[-1:]) and test(k[0])


def _mrn_key(path: str) -> bool:
    """True when a path's last key names a medical record number (``MRN``, ``patient_mrn``,
    ``Custom 1 (MRN)``, ``Medical Record Number``): whatever its tokens, the raw key is read
    because a vendor's custom column puts the label in parentheses."""
    return bool(_MRN_KEY.search(path.rpartition(".")[2]))


def _departments_beside_mrn(paths: list[str]) -> list[int]:
    """Indices of bare department or clinic paths (:data:`ROW_DEPARTMENT_KEYS`) in an
    object that also holds a medical record number (one pass over the paths)."""
    return _keys_beside(paths, ROW_DEPARTMENT_KEYS.__contains__, _mrn_key)


def _patient_key(path: str) -> bool:
    """True when a path's last key names the patient (:data:`PATIENT_KEYS`) or their
    medical record number."""
    keys = key_tokens(path)
    return bool(keys) and (keys[-1] in PATIENT_KEYS or _mrn_key(path))


def _units_beside_patient(paths: list[str]) -> list[int]:
    """Indices of hospital unit paths (:data:`UNIT_KEYS`) in an object that names the
    patient, or beside a ``patient`` object that does (a security alert's ``unit`` beside
    ``patient.name``): one pass over the paths, then set lookups."""
    rows = _keys_beside(paths, UNIT_KEYS.__contains__, _patient_key)
    nested = {
        path.rpartition(".")[0].rpartition(".")[0]
        for path in paths
        if key_tokens(path)[-2:-1] == (("patient",),) and _patient_object_key(path)
    }
    if not nested:
        return rows
    taken = set(rows)
    return rows + [
        i
        for i, path in enumerate(paths)
        if i not in taken
        and key_tokens(path)[-1:] in {(k,) for k in UNIT_KEYS}
        and path.rpartition(".")[0] in nested
    ]


def _patient_object_key(path: str) -> bool:
    """True for a ``patient`` object's name, id or record number (``patient.name``)."""
    return key_tokens(path)[-1] in {("name",), ("id",), ("mrn",), ("full", "name")} or _mrn_key(
        path
    )


def _claim_key(key: tuple[str, ...]) -> bool:
    """True for a claim's own number (``Claim No``, ``claim_number``, ``Claim #``)."""
    return key[:1] == ("claim",) and key[1:] in CLAIM_NUMBER_TAILS


def _restrictions_beside_rtw(paths: list[str]) -> list[int]:
    """Indices of bare ``restrictions`` paths whose object also times a return to work or
    numbers a claim.

    An absence-management or disability claim's update (``claim.rtw_date`` beside
    ``claim.restrictions`` = "No lifting over 10 lbs with the left shoulder") carries the
    restrictions the claimant's clinician set, as an occupational clinic's visit does
    (:data:`VISIT_OBJECTS`); so does a workers' compensation transitional-duty offer
    (``Restrictions`` beside ``Claim No``). A bare ``restrictions`` elsewhere is an
    offer's, an API key's or a diet's, so only the sibling says whose it is.
    """
    return _keys_beside(
        paths,
        lambda key: key == ("restrictions",),
        _last_key_is(lambda key: _times_return_to_work(key) or _claim_key(key)),
    )


def _lab_tests_beside_results(paths: list[str]) -> list[int]:
    """Indices of bare test paths (:data:`LAB_TEST_KEYS`) whose object also holds a lab
    result's sibling (:data:`LAB_RESULT_SIBLINGS`).

    A laboratory's critical-call log and an EHR's critical-result alert name the analyte
    under a bare ``Test`` ("Potassium", "Hemoglobin"), which no vocabulary takes alone (a
    supplement and a food label say "Potassium" too); beside the result's units, an
    accession or the patient's MRN it is the test a person's value came from, as an
    ``analyte`` is.
    """
    return _keys_beside(
        paths, LAB_TEST_KEYS.__contains__, _last_key_is(LAB_RESULT_SIBLINGS.__contains__)
    )


@functools.lru_cache(maxsize=16384)
def cancer_stage_field(path: str) -> bool:
    """True when a hint path's last key names a cancer's stage (:data:`CANCER_STAGE_PHRASES`)."""
    keys = key_tokens(path)
    return bool(keys) and _names_phrase("_".join(keys[-1]), CANCER_STAGE_PHRASES)


@functools.lru_cache(maxsize=16384)
def kind_of_care_field(path: str) -> bool:
    """True when a hint path is the kind of an object named for care (``exam.type``,
    ``injury.type``): a bare ``type`` is a machine field to the field-name classifier
    (Segment's call type), but under such an object it is read as its health field."""
    keys = key_tokens(path)
    return len(keys) > 1 and keys[-1] in KIND_LEAVES and field_entity(path) >= 0


@functools.lru_cache(maxsize=16384)
def return_stage_field(path: str) -> bool:
    """True when a hint path's last key names a return-to-play or return-to-learn stage
    (:data:`RETURN_STAGE_PHRASES`)."""
    keys = key_tokens(path)
    return bool(keys) and _names_phrase("_".join(keys[-1]), RETURN_STAGE_PHRASES)


#: Key phrases of an HL7 order's universal service identifier (OBR-4), which ends in
#: ``id`` and so reads as a machine field to the field-name classifier.
SERVICE_ID_PHRASES = ("universal_service_id",)


@functools.lru_cache(maxsize=16384)
def service_id_field(path: str) -> bool:
    """True when a hint path's last key is an HL7 universal service id (cached per path)."""
    keys = key_tokens(path)
    return bool(keys) and _names_phrase("_".join(keys[-1]), SERVICE_ID_PHRASES)


def _names_phrase(key: str, phrases: tuple[str, ...]) -> bool:
    """True when ``key`` is one of ``phrases`` or ends in ``_`` and one of them, or its
    last token is a phrase of two or more words run together, as Dataverse names custom
    columns (``new_serviceline``, ``cr8a3_conditionofinterest``)."""
    if any(key == p or key.endswith("_" + p) for p in phrases):
        return True
    last = key.rsplit("_", 1)[-1]
    return last in _run_together(phrases)


@functools.cache
def _run_together(phrases: tuple[str, ...]) -> frozenset[str]:
    """The phrases of two or more words, written as one word."""
    return frozenset(p.replace("_", "") for p in phrases if "_" in p)


#: A survey question's number before its words (``Q4.``, ``3)``, ``Q12b``).
_QUESTION_NUMBER = re.compile(r"q?\d+[a-z]?")


def _asks_how_or_when(tokens: tuple[str, ...]) -> bool:
    """True for a question header asking how long, how often, how severe or when
    (``Q4. How long have you had these symptoms?``): its answers are durations, counts,
    ratings and dates ("More than a year"), not the symptom, condition or drug it names.
    ``Which condition ...``, ``What medications ...`` and ``Please list your symptoms``
    still name what they hold."""
    if tokens and _QUESTION_NUMBER.fullmatch(tokens[0]):
        tokens = tokens[1:]
    return bool(tokens) and tokens[0] in {"how", "when"}


@functools.cache
def specialties() -> frozenset[str]:
    """The care specialties of ``data/specialties.txt``, normalized (loaded once)."""
    text = (files("detectors") / "data" / "specialties.txt").read_text(encoding="utf-8")
    return frozenset(normalize_term(line.split("#", 1)[0]) for line in text.splitlines()) - {""}


@functools.lru_cache(maxsize=16384)
def service_line_field(path: str) -> bool:
    """True when a hint path's last key names a service line (cached per path)."""
    keys = key_tokens(path)
    if not keys:
        return False
    key = "_".join(keys[-1])
    if (
        len(keys) > 1
        and keys[-1] in ENCOUNTER_DEPARTMENT_KEYS
        and keys[-2][-1] in ENCOUNTER_OBJECTS
    ):
        return True
    if "?" in path and keys[-1] in QUERY_SPECIALTY_KEYS:
        return True
    return _names_phrase(key, SERVICE_LINE_PHRASES)


class HealthFieldDetector:
    """Short values of diagnosis, medication and procedure fields, as a whole."""

    name = "health_fields"
    entities = frozenset(ENTITIES)

    def detect(self, ctx: ScanContext) -> Iterator[Span]:
        if len(ctx.cells) == 0:
            return
        yield from _service_lines(ctx)
        yield from _patient_departments(ctx)
        yield from _patient_units(ctx)
        yield from _diets(ctx)
        yield from _requested_disciplines(ctx)
        yield from _destinations(ctx)
        yield from _medical_patients(ctx)
        yield from _blood_typing(ctx)
        yield from _histocompatibility(ctx)
        yield from _imaging_assessments(ctx)
        enabled = np.array([ctx.enabled(e) for e in ENTITIES])
        paths = ctx.cells.paths
        per_hint = np.fromiter(map(field_entity, paths), dtype=np.int64, count=len(paths))
        for i in _restrictions_beside_rtw(paths):
            per_hint[i] = ENTITIES.index(RESTRICTION_ENTITY) if per_hint[i] < 0 else per_hint[i]
        for i in _lab_tests_beside_results(paths):
            per_hint[i] = ENTITIES.index(LAB_TEST_ENTITY) if per_hint[i] < 0 else per_hint[i]
        per_hint[(per_hint >= 0) & ~enabled[np.maximum(per_hint, 0)]] = -1
        code = per_hint[ctx.cells.hint_id]
        staged = (
            ctx.path_mask(cancer_stage_field)
            | ctx.path_mask(return_stage_field)
            | ctx.path_mask(service_id_field)
            | ctx.path_mask(kind_of_care_field)
        )
        wanted = np.flatnonzero((code >= 0) & (ctx.non_system | staged))
        if len(wanted) == 0:
            return
        vals = whole_values(ctx, wanted)
        text = vals.text
        words = pc.count_substring_regex(pc.utf8_trim_whitespace(text), pattern=r"\s+")
        lower = pc.utf8_lower(text)
        ok = (
            vals.usable
            & (lengths(text) <= MAX_CHARS)
            & (words.to_numpy(zero_copy_only=False) < MAX_WORDS)
            & matches(text, r"[A-Za-z]")
            & ~matches(text, r"@|://|^www\.")
            & ~pc.is_in(lower, value_set=NOT_A_VALUE).to_numpy(zero_copy_only=False)
        )
        lowered = lower.to_pylist()
        for j in np.flatnonzero(ok).tolist():
            cell = int(vals.cells[j])
            entity = ENTITIES[code[cell]]
            if entity == "PROCEDURE" and lowered[j] in DONATION_KINDS:
                continue  # a donation booked or given, not care (DONATION_KINDS)
            yield Span(cell, int(vals.start[j]), int(vals.end[j]), entity, SCORE, KIND)


def _unqualified(term: str) -> str:
    """A specialty without the age group before it (:data:`AGE_QUALIFIERS`), or ``""``."""
    for q in AGE_QUALIFIERS:
        if term.startswith(q):
            return term[len(q) :]
    return ""


@functools.lru_cache(maxsize=16384)
def referral_count_field(path: str) -> bool:
    """True for a top-level column counting referrals (:data:`REFERRAL_COUNT_WORDS`)."""
    if "." in path or "[" in path or "?" in path:
        return False
    keys = key_tokens(path)
    if len(keys) != 1:
        return False
    toks = keys[0]
    return not REFERRAL_COUNT_WORDS.isdisjoint(toks) or any(
        pair in REFERRAL_COUNT_PAIRS for pair in pairwise(toks)
    )


def _service_lines(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of service-line fields that are care specialties, but in a row that
    counts referrals (:func:`referral_count_field`)."""
    if not ctx.enabled(SERVICE_LINE_ENTITY):
        return
    wanted = np.flatnonzero(ctx.path_mask(service_line_field))
    if len(wanted) == 0:
        return
    counting = ctx.path_mask(referral_count_field)
    if counting.any():
        record = ctx.cells.record
        wanted = wanted[~np.isin(record[wanted], np.unique(record[counting]))]
        if len(wanted) == 0:
            return
    vals = whole_values(ctx, wanted)
    known = specialties()
    paths, hint = ctx.cells.paths, ctx.cells.hint_id
    for j, value in enumerate(vals.text.to_pylist()):
        term = normalize_term(value) if vals.usable[j] and value else ""
        if term not in known and _unqualified(term) not in known:
            continue
        cell, start, end = int(vals.cells[j]), int(vals.start[j]), int(vals.end[j])
        if term in GENERAL_CARE and "?" in paths[hint[cell]]:
            continue  # a finder's general filter, not the visitor's condition
        yield Span(cell, start, end, SERVICE_LINE_ENTITY, SCORE, KIND)


@functools.lru_cache(maxsize=16384)
def diet_field(path: str) -> bool:
    """True when a hint path's last key names a person's diet (cached per path)."""
    keys = key_tokens(path)
    return bool(keys) and _names_phrase("_".join(keys[-1]), DIET_PHRASES)


def _field_values(
    ctx: ScanContext,
    entity: str,
    field: Callable[[str], bool],
    even_system: Callable[[str], bool] | None = None,
) -> WholeValues | None:
    """The whole values of the cells (not machine fields, but for those whose hint path
    passes ``even_system``) whose hint path passes ``field``, or None when ``entity`` is
    off or no cell does: how each reader of one kind of field below starts."""
    if not ctx.enabled(entity):
        return None
    keep = ctx.non_system if even_system is None else ctx.non_system | ctx.path_mask(even_system)
    wanted = np.flatnonzero(ctx.path_mask(field) & keep)
    return whole_values(ctx, wanted) if len(wanted) else None


def _short_values(vals: WholeValues) -> Iterator[tuple[int, str]]:
    """``(index, text)`` of the usable, non-empty whole values of at most
    :data:`MAX_CHARS`: the values each reader of one kind of field below looks at."""
    for j, value in enumerate(vals.text.to_pylist()):
        if vals.usable[j] and value and len(value) <= MAX_CHARS:
            yield j, value


def _whole_span(vals: WholeValues, j: int, entity: str) -> Span:
    """The span of whole value ``j`` as ``entity``."""
    return Span(int(vals.cells[j]), int(vals.start[j]), int(vals.end[j]), entity, SCORE, KIND)


def _diets(ctx: ScanContext) -> Iterator[Span]:
    """Whole short values of diet fields that name a therapeutic diet: a renal or a
    diabetic diet says what the person is treated for, as a ``dx`` would."""
    vals = _field_values(ctx, DIET_ENTITY, diet_field)
    if vals is None:
        return
    for j, value in _short_values(vals):
        if not THERAPEUTIC_DIET_WORDS.isdisjoint(_WORD.findall(value.lower())):
            yield _whole_span(vals, j, DIET_ENTITY)


@functools.lru_cache(maxsize=16384)
def services_request_field(path: str) -> bool:
    """True when a hint path's last key names the services a referral requests (cached)."""
    keys = key_tokens(path)
    return bool(keys) and _names_phrase("_".join(keys[-1]), SERVICES_REQUEST_PHRASES)


def _disciplines(value: str) -> bool:
    """True when a value lists home health disciplines and nothing else ("SN, PT, OT",
    "Skilled nursing / HHA")."""
    items = [i.strip() for i in _DISCIPLINE_SEPARATORS.split(value.lower()) if i.strip()]
    return bool(items) and all(i in HOME_HEALTH_DISCIPLINES for i in items)


def _requested_disciplines(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of a referral's requested services that list home health disciplines
    (:data:`SERVICES_REQUEST_PHRASES`): the care a patient is referred for."""
    vals = _field_values(ctx, SERVICES_REQUEST_ENTITY, services_request_field)
    if vals is None:
        return
    for j, value in enumerate(vals.text.to_pylist()):
        if vals.usable[j] and value and len(value) <= MAX_CHARS and _disciplines(value):
            cell, start, end = int(vals.cells[j]), int(vals.start[j]), int(vals.end[j])
            yield Span(cell, start, end, SERVICES_REQUEST_ENTITY, SCORE, KIND)


@functools.lru_cache(maxsize=16384)
def patient_type_field(path: str) -> bool:
    """True when a hint path's last key names a patient's or customer's kind (cached)."""
    keys = key_tokens(path)
    return bool(keys) and _names_phrase("_".join(keys[-1]), PATIENT_TYPE_PHRASES)


def _medical_patients(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of a patient-type field that say "medical" (:data:`MEDICAL_PATIENT_VALUES`):
    a dispensary's medical patient, as opposed to an adult-use customer."""
    vals = _field_values(ctx, PATIENT_TYPE_ENTITY, patient_type_field)
    if vals is None:
        return
    for j, value in enumerate(vals.text.to_pylist()):
        said = " ".join(value.lower().split()) if vals.usable[j] and value else ""
        if said not in MEDICAL_PATIENT_VALUES:
            continue
        cell, start, end = int(vals.cells[j]), int(vals.start[j]), int(vals.end[j])
        yield Span(cell, start, end, PATIENT_TYPE_ENTITY, SCORE, KIND)


@functools.lru_cache(maxsize=16384)
def blood_typing_field(path: str) -> bool:
    """True when a hint path's last key names a blood group, alone or after the person it
    is of (``donor_blood_type``, ``recipient_abo``), or any key names HLA typing
    (``hla_typing.A[0]``, ``HLA-A``), cached per path."""
    keys = key_tokens(path)
    if not keys:
        return False
    last = _typing_key(keys[-1])
    return last in BLOOD_GROUP_KEYS or last in RH_KEYS or any("hla" in k for k in keys)


def _typing_key(last: tuple[str, ...]) -> tuple[str, ...]:
    """A blood typing key without the person it is of (``mother_rh`` -> ``rh``) or a
    survey question's number (a living-donor questionnaire's ``Q6_BloodType``)."""
    last = unnumbered(last)
    return last[1:] if len(last) > 1 and last[0] in BLOOD_GROUP_OWNERS else last


@functools.lru_cache(maxsize=16384)
def _rh_field(path: str) -> bool:
    """True when a hint path's last key names an Rh type alone (:data:`RH_KEYS`), after
    the person it is of or not (``mother_rh``), cached per path."""
    keys = key_tokens(path)
    return bool(keys) and _typing_key(keys[-1]) in RH_KEYS


def _blood_typing(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of blood-group and HLA fields that are a blood group or an HLA type:
    what a blood centre or a registry learnt by testing the person's blood (see
    tests/test_blood_plasma_organ_donation.py). The value's shape is checked, so a
    ``blood_type`` answered "Not sure" or an ``hla_status`` of "Typed" is nothing; in a
    unit's inventory row or a distribution statistic it names no one, and with no
    identifier beside it the row is no PHI. An Rh key is read even where its word makes
    it a machine field (``Rh Status``: ``status`` is a record's state elsewhere), since
    only a whole Rh type is taken there."""
    vals = _field_values(ctx, BLOOD_TYPING_ENTITY, blood_typing_field, even_system=_rh_field)
    if vals is None:
        return
    paths, hint = ctx.cells.paths, ctx.cells.hint_id
    for j, value in _short_values(vals):
        path = paths[hint[int(vals.cells[j])]]
        hla = any("hla" in k for k in key_tokens(path))
        shape = _HLA_TYPE if hla else _RH_TYPE if _rh_field(path) else _BLOOD_GROUP
        if shape.fullmatch(value):
            yield _whole_span(vals, j, BLOOD_TYPING_ENTITY)


#: Tokens of a crossmatch's key (an HLA lab's ``t_cell_flow_xm``, ``Crossmatch Result``,
#: ``virtual_crossmatch``): whether a recipient's serum reacts with a donor's cells, a test
#: of both people's blood. Not a split ``cross_match`` (a data job's record matching).
CROSSMATCH_TOKENS = frozenset({"crossmatch", "crossmatches", "xm"})
#: Keys of donor-specific antibodies (an HLA lab report's ``dsa`` = "DQ7 MFI 6400", a
#: post-transplant panel's ``de_novo_dsa``, ``Donor Specific Antibodies``). A bare ``dsa``
#: is Google Ads' dynamic search ads and an OPO's donation service area as often
#: (``dsa_population``), so only these keys, and only a value of an HLA antibody's shape.
DSA_KEYS = frozenset(
    {("dsa",), ("dsa", "result"), ("dsa", "results"), ("dsa", "mfi"), ("de", "novo", "dsa"),
     ("donor", "specific", "antibodies"), ("donor", "specific", "antibody"),
     ("donor", "specific", "antibodies", "mfi"), ("donor", "specific", "antibody", "result")}
)  # fmt: skip
#: A crossmatch's result, its details after it ("Positive (shift 212 MCS)", "Negative",
#: "Incompatible; refer to paired exchange"): a word that begins like none is no result.
_CROSSMATCH_RESULT = re.compile(
    r"(?i)(?:weak(?:ly)?\s+)?(?:positive|negative|pos|neg|compatible|incompatible|borderline)"
    r"(?:[\s(;,:.-].{0,70})?"
)
#: Donor-specific antibodies as a lab reports them: HLA antigens, each with its strength
#: (``DQ7 MFI 6400``, ``B44 (MFI 2,100), DR15 (MFI 900)``), or the screen's outcome.
_MFI = r"(?:\s*\(?\s*MFI\s*[:=]?\s*\d{1,3}(?:,?\d{3})?\s*\)?)?"
_DSA_VALUE = re.compile(
    rf"(?i)(?:{_HLA_ONE}{_MFI}(?:\s*[,;/]\s*{_HLA_ONE}{_MFI})*"
    r"|(?:none detected|not detected|no dsa(?: detected)?|negative|positive|detected)"
    r"(?:[\s(;,:.-].{0,70})?)"
)
HISTOCOMPATIBILITY_ENTITY = "PROCEDURE"


@functools.lru_cache(maxsize=16384)
def histocompatibility_field(path: str) -> int:
    """1 for a crossmatch's key (:data:`CROSSMATCH_TOKENS`), 2 for a donor-specific
    antibodies' key (:data:`DSA_KEYS`), else 0 (cached per path)."""
    keys = key_tokens(path)
    if not keys:
        return 0
    last = _typing_key(keys[-1])
    if not CROSSMATCH_TOKENS.isdisjoint(last):
        return 1
    return 2 if last in DSA_KEYS else 0


def _histocompatibility(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of crossmatch and donor-specific antibody fields that are a result of
    the test (an HLA lab's report, a transplant centre's workup: see
    tests/test_transplant_programs.py), as a blood group under its field is: a test of the
    person's blood, the recipient's against the donor's. The value's shape is checked, so a
    ``crossmatch_status`` of "Scheduled" or a ``dsa`` of "true" (an ad group's setting) is
    nothing."""
    vals = _field_values(ctx, HISTOCOMPATIBILITY_ENTITY, histocompatibility_field)
    if vals is None:
        return
    paths, hint = ctx.cells.paths, ctx.cells.hint_id
    for j, value in _short_values(vals):
        kind = histocompatibility_field(paths[hint[int(vals.cells[j])]])
        shape = _CROSSMATCH_RESULT if kind == 1 else _DSA_VALUE
        if shape.fullmatch(value.strip()):
            yield _whole_span(vals, j, HISTOCOMPATIBILITY_ENTITY)


#: Key tokens of a breast-imaging or lung-screening assessment (``BI-RADS``, ``birads``,
#: ``BIRADS Category``, ``Lung-RADS``) and of a mammogram's breast density (``breast_density``,
#: ``ACR Density``). Not a bare ``density`` (a bone's, a population's, a material's).
ASSESSMENT_KEYS = frozenset({("bi", "rads"), ("birads",), ("lung", "rads"), ("lungrads",)})
DENSITY_KEYS = frozenset({("breast", "density"), ("acr", "density"), ("mammographic", "density")})
#: What follows an assessment's key in a column's name (``BI-RADS Assessment``, ``birads_cat``).
ASSESSMENT_TAILS = frozenset({"category", "cat", "assessment", "score", "final", "result"})
ASSESSMENT_ENTITY = "HEALTH_CONDITION"
#: A BI-RADS category (0-6, 4A-4C) or a Lung-RADS one (0-4, 4A, 4B, 4X, with ``S``), alone
#: or before its words ("2 - Benign", "BI-RADS 4B", "Category 0: Incomplete").
_ASSESSMENT = re.compile(
    r"(?i)(?:(?:bi-?rads|lung-?rads|category|cat\.?)\s*)*[0-6](?:[abcx]|s)?"
    r"(?:\s*[-:–(]\s*[a-z][a-z ,()/-]*\)?)?"
)
#: ACR's four breast-density categories, by letter or by words ("C - heterogeneously dense",
#: "Extremely dense", "b").
_DENSITY = re.compile(
    r"(?i)(?:(?:density\s*)?[abcd](?:\s*[-:–(]\s*[a-z][a-z ,()/-]*\)?)?"
    r"|almost entirely fat(?:ty)?|scattered(?: areas of)? fibroglandular(?: density| tissue)?"
    r"|heterogeneously dense|extremely dense)"
)


def _assessment_key(tokens: tuple[str, ...]) -> bool:
    """True for a key naming a BI-RADS or Lung-RADS assessment, with a tail word or not."""
    while len(tokens) > 1 and tokens[-1] in ASSESSMENT_TAILS:
        tokens = tokens[:-1]
    return tokens in ASSESSMENT_KEYS or tokens in DENSITY_KEYS


@functools.lru_cache(maxsize=16384)
def assessment_field(path: str) -> bool:
    """True when a hint path's last key names an imaging assessment or a breast density
    (cached per path)."""
    keys = key_tokens(path)
    return bool(keys) and _assessment_key(keys[-1])


def _imaging_assessments(ctx: ScanContext) -> Iterator[Span]:
    """Whole values of BI-RADS, Lung-RADS and breast-density fields that are such a
    category: a radiologist's assessment of one person's mammogram or low-dose CT (BI-RADS 0
    calls her back, 4 sends her to biopsy; a dense breast is what a density notice tells
    her), so a recall list or a lay-letter log holding one beside a name is PHI. The value's
    shape is checked (a digit has no letter for the field readers above), so "Pending" or a
    count is nothing."""
    vals = _field_values(ctx, ASSESSMENT_ENTITY, assessment_field)
    if vals is None:
        return
    paths, hint = ctx.cells.paths, ctx.cells.hint_id
    for j, value in enumerate(vals.text.to_pylist()):
        if not value or len(value) > MAX_CHARS or not (vals.usable[j] or value == "0"):
            continue  # "0" reads as a zero-ish mask elsewhere; here it is BI-RADS 0
        cell = int(vals.cells[j])
        keys = key_tokens(paths[hint[cell]])
        density = bool(keys) and keys[-1] in DENSITY_KEYS
        if (_DENSITY if density else _ASSESSMENT).fullmatch(value.strip()):
            start, end = int(vals.start[j]), int(vals.end[j])
            yield Span(cell, start, end, ASSESSMENT_ENTITY, SCORE, KIND)


@functools.lru_cache(maxsize=16384)
def destination_field(path: str) -> bool:
    """True when a hint path names a ride's or a trip's destination (cached per path)."""
    keys = key_tokens(path)
    if not keys or not NOT_A_DESTINATION.isdisjoint(keys[-1]):
        return False
    return any(
        not DESTINATION_WORDS.isdisjoint(k) or any(p in DESTINATION_PAIRS for p in pairwise(k))
        for k in keys
    )


@functools.cache
def _specialty_pattern() -> re.Pattern[str]:
    """The care specialties (``data/specialties.txt``) but general care, as whole words in
    any case, their spaces matching any run of spaces, apostrophes or hyphens."""
    names = sorted(specialties() - GENERAL_CARE, key=len, reverse=True)
    alts = "|".join(r"[\s'’-]+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def _destinations(ctx: ScanContext) -> Iterator[Span]:
    """Care specialties named in a ride's destination: a trip to "Summit Behavioral
    Health" or a "Cancer Center" says what the rider is treated for, as three rides a week
    to a dialysis centre do (the dictionary reads "dialysis"; bare specialty names are its
    stop terms, a directory's or a site's words about no one). Links and page paths are
    not read: a department page names no patient (tests/test_consumer_health.py)."""
    if not ctx.enabled(SERVICE_LINE_ENTITY):
        return
    yield from _specialties_in(ctx, ctx.path_mask(destination_field))


def _patient_departments(ctx: ScanContext) -> Iterator[Span]:
    """Care specialties named in a bare department or clinic beside the patient's MRN
    (:data:`ROW_DEPARTMENT_KEYS`), or in a survey response's department, specialty or
    clinic beside its respondent (:func:`detectors.survey_vendors.respondent_departments`):
    general care and an emergency department name none."""
    if not ctx.enabled(SERVICE_LINE_ENTITY):
        return
    rows = _departments_beside_mrn(ctx.cells.paths) + respondent_departments(
        ctx.cells.paths, ctx.profiles
    )
    if not rows:
        return
    hinted = np.zeros(len(ctx.cells.paths), dtype=bool)
    hinted[rows] = True
    yield from _specialties_in(ctx, hinted[ctx.cells.hint_id])


@functools.cache
def _unit_pattern() -> re.Pattern[str]:
    """The care a hospital unit's name says: the specialties but general care and the
    unit words (:data:`UNIT_CARE_WORDS`), as whole words in any case, their spaces matching
    any run of spaces, apostrophes, hyphens or ampersands (``Labor & Delivery``)."""
    names = sorted((specialties() - GENERAL_CARE) | UNIT_CARE_WORDS, key=len, reverse=True)
    alts = "|".join(r"(?:[\s'’-]|&)+".join(map(re.escape, n.split())) for n in names)
    return re.compile(rf"(?<![\w-])(?:{alts})(?![\w-])", re.IGNORECASE)


def _patient_units(ctx: ScanContext) -> Iterator[Span]:
    """The care named by a hospital unit beside the patient (:func:`_units_beside_patient`):
    a visitor log's ``Unit/Room`` = "Oncology 4 West Rm 412" beside the patient visited, an
    ADT extract's ``Unit`` = "Labor & Delivery" beside the MRN say where that patient is
    treated, as a department of service does. A bare unit (``4 West``), a room and a unit
    directory's or a policy's units name no one's care."""
    if not ctx.enabled(SERVICE_LINE_ENTITY):
        return
    rows = _units_beside_patient(ctx.cells.paths)
    if not rows:
        return
    hinted = np.zeros(len(ctx.cells.paths), dtype=bool)
    hinted[rows] = True
    texts = ctx.cells.text
    for cell in np.flatnonzero(hinted[ctx.cells.hint_id] & ctx.non_system).tolist():
        text = texts[cell]
        if not text or "://" in text or text.startswith("/"):
            continue
        for m in _unit_pattern().finditer(text):
            yield Span(cell, m.start(), m.end(), SERVICE_LINE_ENTITY, SCORE, KIND)


def _specialties_in(ctx: ScanContext, cells: np.ndarray) -> Iterator[Span]:
    """Care specialties named in the texts of the non-machine ``cells`` (a mask over the
    chunk's cells), as service lines; links and page paths are not read."""
    texts = ctx.cells.text
    for cell in np.flatnonzero(cells & ctx.non_system).tolist():
        text = texts[cell]
        if not text or "://" in text or text.startswith("/"):
            continue
        for m in _specialty_pattern().finditer(text):
            yield Span(cell, m.start(), m.end(), SERVICE_LINE_ENTITY, SCORE, KIND)


@register("health_fields")
def _factory(config: EngineConfig) -> HealthFieldDetector | None:
    return HealthFieldDetector() if config.entities & set(ENTITIES) else None
