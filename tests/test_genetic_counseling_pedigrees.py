"""Genetic counselling and hereditary-risk programmes' exports.

A blind probe, written by hand before reading the detectors: what a cancer-genetics
clinic's, a genetic counselling service's and their partners' tools export. Hereditary
cancer risk-assessment questionnaires (a clinic website's form with labels as keys, and
CancerIQ- and Hughes riskApps-like tablet intake: personal and family history, relatives
by relationship with ages at diagnosis, Ashkenazi Jewish ancestry, "Mother - breast cancer
at 42"), pedigree-drawing tools' exports (pedigreejs/CanRisk-like JSON pedigrees with
``famid``, ``name``, ``display_name``, ``mother``/``father``, ``proband``, ``status``,
``yob``, cancer diagnosis ages and ``mztwin``; a CanRisk input file's columns; a
Progeny-like individual export with ``UPN``; a linkage PED file's rows), risk-model
outputs (IBIS Tyrer-Cuzick- and CanRisk/BOADICEA-like lifetime risk, NCCN criteria met),
counsellor session notes, telehealth genetic counselling bookings and visit-summary
emails, cascade-testing family letter campaigns (the relative's name, address and the
family variant), relatives' contact and testing trackers, lab orders and variant reports
(Invitae- and Ambry-like: gene, HGVS ``c.``/``p.`` notation, ACMG classification,
zygosity, a VUS reclassification), prior authorisations for testing, GC referral CRM
events and tasks, GA4 page views of ``/genetic-counseling/brca/``, a prenatal carrier
screening referral. With the clean rows around them: gene panel catalogs (gene lists, CPT
codes, turnaround, price), ClinVar-like variant reference rows, a gene-condition reference
list, risk-model parameter tables, a CPT fee schedule, counsellor rosters and a state
licence lookup, an aggregate cascade-testing uptake report, HGVS nomenclature examples,
pedigree symbol legends, a collection-kit inventory and a pedigree tool's configuration.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity (a value that may be read as
the health it codes but is never a person's identifier). Values are made up; field names
and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A relative's identifiers are identifiers.** Safe Harbor lists the identifiers "of the
  individual or of relatives, employers, or household members of the individual", and a
  pedigree is a record about a family: a relative's name (a pedigree's ``display_name``,
  a Progeny-like ``First Name``/``Last Name``, a cascade letter's addressee), a relative's
  full date of birth or death, a relative's address, phone and email are NAME, DATE,
  LOCATION, ZIP_CODE, PHONE, EMAIL wherever they stand. A relative's age of 90 or more
  (a grandmother who "died at 93", ``age: 94``) is AGE_OVER_89.
- **Family history is health** (the genomics probe): a relative's cancer with the age at
  diagnosis ("Mother - breast cancer at 42", ``Ovarian cancer``, ``breast_cancer_diagnosis_age``
  under a relative only as a number is not a word and is not expected), a personal
  history, a syndrome (Lynch syndrome, HBOC) are HEALTH; a diagnosis age alone, a
  relationship word (``Maternal aunt``, ``MGM``, ``Proband``), a sex (``F``), an affected,
  proband, deceased or adopted flag (``1``, ``true``, ``Y``), a generation-position label
  (``II-3``), a twin marker (``MZ1``), a year of birth alone and an age under 90 are never
  findings.
- **Ashkenazi Jewish ancestry is descent, not health** (the genomics probe's ancestry
  decision): a yes/no ancestry answer is never an identifier; as health it is neither
  expected nor forbidden (the hereditary-cancer criteria do count it as a risk factor).
- **Genetic results are health** (the genomics probe): a gene on a person's report or
  letter (``PALB2``, ``BRCA2``, ``MLH1``, ``CHEK2``), an HGVS ``c.``/``p.`` variant, a
  family variant in a cascade letter, a positive result and the test's name are HEALTH.
  An ACMG classification alone (``Pathogenic``, ``VUS``) and a zygosity
  (``Heterozygous``) are neither expected nor forbidden. The same genes, variants and
  classes in a catalog, ClinVar-like reference row, nomenclature example or gene-condition
  list name nobody: never identifiers, never PHI.
- **A risk assessment is a procedure**: a risk model named on a person's result
  (``IBIS Tyrer-Cuzick v8``, ``CanRisk (BOADICEA v6)``) and the screening it recommends
  ("Annual breast MRI") are HEALTH; a lifetime or ten-year risk percentage, a carrier
  probability and "NCCN criteria met: Yes" are no findings alone. A model's parameters
  name nobody.
- **Ids**: a person's MRN is MRN; a pedigree's or family's id (``famid``, ``Pedigree ID``,
  ``Family ID`` of a clinic's family record), a Progeny-like ``UPN``, a lab's accession and
  specimen ids, a risk-assessment's patient id and a CRM contact id of a patient are the
  person's record id (``OTHER_ID|MRN``). Pedigree-local individual ids (``ch1``, ``m21``,
  ``3``, ``II-3``), the ``mother``/``father`` pointers to them, order and requisition
  numbers, letter, campaign, template, task and appointment ids, ClinVar variation and RCV
  ids, dbSNP ids, transcripts, CPT and ICD-10 codes, SKUs, lots, versions and site codes
  are no findings (a lab's order number is not a person's: the genomics and e-commerce
  probes). A linkage PED file's ``family_id`` is a study's code: neither expected nor
  forbidden; its individual and parent ids are no findings. An insurer's member id is
  HEALTH_PLAN_ID; a GA4 ``user_pseudo_id`` is ONLINE_ID.
- **A person's dates are DATE**: birth, a relative's death, a counselling session, a
  telehealth appointment, a specimen's collection, a result's report date, a referral's
  date, a reclassification's notice to the patient. The service's and the system's are
  not: a letter campaign's send date is neither expected nor forbidden (one addressee's
  letter), submission and event timestamps, a report's quarter, a catalog's or a fee
  schedule's effective date, a ClinVar ``LastEvaluated``, a kit lot's expiry are no
  findings.
- **Clinicians are reported** (the project's decision): a genetic counsellor's and an
  ordering or referring physician's name are NAME, their NPI ``OTHER_ID|LICENSE_NUMBER``
  and a licence number LICENSE_NUMBER (wherever they stand, as the autism probe's
  ``_DECIDED`` records); a credential (``MS, CGC``) is no finding. A roster of counsellors
  is identified, not PHI.
- **The clinic's places and lines are not a person's**: a clinic's address, phone and fax
  in a letter's return block, a sender mailbox, a site code.
- **A page view of a genetic-testing or condition page with an analytics id is PHI** (the
  URL-path decisions of earlier probes): the page's path or title that names BRCA or
  hereditary cancer is HEALTH.
- **Aggregates, catalogs, references, legends and configuration name nobody.**

After reading the detectors no blind expectation was changed; three were stricter than
decisions the project had made and are narrowed on top (:data:`_DECIDED`): a CRM task's
``owner`` is the practice's workforce (detectors/staff.py), a birth year that makes a
person 90 or older is AGE_OVER_89 (Safe Harbor's year rule, detectors/dates.py), and an
assessment's own id is no person's, as a survey's response id is not. What the work built,
each with its unit test: a pedigree's shape (individuals pointing to a mother and a
father: pedigreejs, CanRisk and PED columns) reads ``display_name`` as a relative's NAME
and its family id (``famid``, ``FamID``, ``Family ID``, ``Pedigree ID``, also beside a
``Relationship to Proband`` or a ``Proband MRN``) as the family record's OTHER_ID, and a
variant reference table (a clinical significance beside a variation or allele id, a review
status or an RCV accession, no person column) has no person's dates
(detectors/genetics_exports.py, asked by detectors/chunk_profiles.py, which also reads a
top-level ``UPN`` beside a birth date as a unique patient number); a genetic variant in
HGVS notation anywhere (``c.7271T>G``, ``p.Trp1038*``: detectors/variant_notation.py, a
new family); an age at diagnosis under a column naming the condition
(``breast_cancer_diagnosis_age`` = 42: detectors/grid_answers.py); the gene of a person's
variant under a ``gene`` field (detectors/health_fields.py); a relative and a proband as
person words, a field named for a relative opening with the relative's name
(detectors/field_names.py, detectors/keyed_names.py); a genetic counsellor's ``CGC``,
``LCGC`` or ``LGC`` after a name (detectors/keyed_names.py); a service's no-reply mailbox
(``genetics-noreply@``: detectors/senders.py); and 50 vocabulary terms (the hereditary
cancer genes CHEK2, PALB2, the Lynch genes, CDH1, TP53..., the Tyrer-Cuzick, BOADICEA,
CanRisk and BRCAPRO models, HBOC and its syndrome, pathogenic, germline and familial
variants, a VUS spelled out, multigene panels, cascade and germline testing; bare "ATM",
"APC", "VUS" and "pathogenic" stay out). Two records are left open (:data:`LEFT_ALONE`):
a counsellor roster's specialties make it PHI, as the project reads a clinician's
specialties, and from HELD_OUT a lab report's bare ``report_date``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 84 pairs),
blind 12 / 2 / 10; after the work 1 / 0 / 2 as written, 0 / 0 / 1 with the decisions (the
roster, in LEFT_ALONE). HELD_OUT (10 records, 65 pairs), blind before any work 15 / 1 / 7;
scored once after the work on SHAPES: 7 / 1 / 6; after rules that generalise (a family id
beside a proband column, a ``UPN`` beside a birth date, a ``gene`` field, HGVS notation in
any text) 2 / 1 / 3 as written, 1 / 0 / 1 with the two held-out decisions (the report
date, in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Any identifier entity: for codes and numbers that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Clinic website risk questionnaire (form entry, labels as keys): family history",
        {
            "Entry Id": "4471",
            "Full Name": "Dana Whitcomb",
            "Email": "dana.whitcomb@gmail.com",
            "Phone": "(614) 555-0182",
            "Date of Birth": "07/19/1986",
            "Have you ever been diagnosed with cancer?": "No",
            "Family history of cancer (relationship, type, age at diagnosis)": "Mother - "
            "breast cancer at 42; Maternal aunt - ovarian cancer at 55; MGF - prostate "
            "cancer, 70s",
            "Are you of Ashkenazi Jewish ancestry?": "Yes",
            "Has anyone in your family had genetic testing?": "Not sure",
            "Date Created": "2024-11-04 14:22:10",
            "Source URL": "https://www.lakeviewcancergenetics.example.org/risk-assessment/",
        },
        {
            ("Full Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone", "PHONE"),
            ("Date of Birth", "DATE"),
            ("Family history of cancer (relationship, type, age at diagnosis)", "HEALTH"),
        },
        {
            ("Entry Id", "*"),
            ("Have you ever been diagnosed with cancer?", ANY_ID),
            ("Are you of Ashkenazi Jewish ancestry?", ANY_ID),
            ("Has anyone in your family had genetic testing?", "*"),
            ("Date Created", "*"),
        },
        True,
    ),
    (
        "CancerIQ-like tablet intake (CSV): MRN, relatives as numbered columns",
        {
            "MRN": "004418273",
            "Patient Last Name": "Okafor",
            "Patient First Name": "Grace",
            "DOB": "1979-03-02",
            "Personal Cancer History": "Breast cancer (left), dx age 44, ER+/PR+/HER2-",
            "Relative 1 Relationship": "Sister",
            "Relative 1 Cancer": "Breast",
            "Relative 1 Age at Dx": "39",
            "Relative 2 Relationship": "Paternal Grandmother",
            "Relative 2 Cancer": "Pancreatic",
            "Relative 2 Age at Dx": "67",
            "Ashkenazi Jewish": "N",
            "Completed": "2024-10-28T10:41:07-04:00",
            "Location": "ONC-WEST",
        },
        {
            ("MRN", "MRN"),
            ("Patient Last Name", "NAME"),
            ("Patient First Name", "NAME"),
            ("DOB", "DATE"),
            ("Personal Cancer History", "HEALTH"),
        },
        {
            ("Relative 1 Relationship", "*"),
            ("Relative 1 Age at Dx", "*"),
            ("Relative 2 Relationship", "*"),
            ("Relative 2 Age at Dx", "*"),
            ("Ashkenazi Jewish", "*"),
            ("Completed", "*"),
            ("Location", "*"),
        },
        True,
    ),
    (
        "pedigreejs/CanRisk-like JSON pedigree: proband, parents, affected mother",
        {
            "famid": "GC-2024-00871",
            "pedigree": [
                {
                    "famid": "GC-2024-00871",
                    "name": "ch1",
                    "display_name": "Megan Sorensen",
                    "sex": "F",
                    "proband": True,
                    "mother": "f21",
                    "father": "m21",
                    "age": 36,
                    "yob": 1988,
                    "status": 0,
                },
                {
                    "famid": "GC-2024-00871",
                    "name": "f21",
                    "display_name": "Karen Sorensen",
                    "sex": "F",
                    "top_level": True,
                    "age": 63,
                    "yob": 1961,
                    "status": 0,
                    "breast_cancer_diagnosis_age": 42,
                    "ovarian_cancer_diagnosis_age": 58,
                    "brca1_gene_test": {"type": "T", "result": "P"},
                },
                {
                    "famid": "GC-2024-00871",
                    "name": "m21",
                    "display_name": "Erik Sorensen",
                    "sex": "M",
                    "top_level": True,
                    "age": 66,
                    "yob": 1958,
                    "status": 1,
                },
            ],
        },
        {
            ("famid", "OTHER_ID|MRN"),
            ("pedigree[0].display_name", "NAME"),
            ("pedigree[1].display_name", "NAME"),
            ("pedigree[2].display_name", "NAME"),
        },
        {
            ("pedigree[0].name", "*"),
            ("pedigree[0].mother", "*"),
            ("pedigree[0].father", "*"),
            ("pedigree[0].sex", "*"),
            ("pedigree[0].age", "*"),
            ("pedigree[0].yob", "*"),
            ("pedigree[0].status", "*"),
            ("pedigree[1].age", "*"),
            ("pedigree[1].yob", "*"),
            ("pedigree[1].breast_cancer_diagnosis_age", ANY_ID),
            ("pedigree[1].ovarian_cancer_diagnosis_age", ANY_ID),
            ("pedigree[2].status", "*"),
        },
        True,
    ),
    (
        "Progeny-like pedigree individual export (CSV): a deceased relative",
        {
            "Pedigree Name": "Hallorann Family",
            "Pedigree ID": "PED-000412",
            "UPN": "10238",
            "Last Name": "Hallorann",
            "First Name": "Margaret",
            "Gender": "Female",
            "DOB": "04/11/1931",
            "Deceased": "Y",
            "Date of Death": "02/23/2016",
            "Relationship to Proband": "Maternal Grandmother",
            "Affected": "Y",
            "Cancer Site": "Ovary",
            "Age at Diagnosis": "71",
            "Generation": "I",
            "Position": "I-2",
        },
        {
            ("Pedigree ID", "OTHER_ID|MRN"),
            ("UPN", "OTHER_ID|MRN"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("DOB", "DATE"),
            ("Date of Death", "DATE"),
        },
        {
            ("Gender", "*"),
            ("Deceased", "*"),
            ("Relationship to Proband", "*"),
            ("Affected", "*"),
            ("Age at Diagnosis", "*"),
            ("Generation", "*"),
            ("Position", "*"),
        },
        True,
    ),
    (
        "IBIS Tyrer-Cuzick-like risk output (CSV): lifetime risk and screening advice",
        {
            "Patient ID": "RA-0093317",
            "Patient Name": "Whitcomb, Dana",
            "DOB": "1986-07-19",
            "Assessment Date": "2024-11-12",
            "Model": "IBIS Tyrer-Cuzick v8",
            "10-Year Risk": "3.9%",
            "Lifetime Risk": "27.4%",
            "BRCA1 Carrier Probability": "4.1%",
            "BRCA2 Carrier Probability": "2.8%",
            "NCCN Testing Criteria Met": "Yes",
            "Recommendation": "Annual screening breast MRI alternating with mammogram",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Assessment Date", "DATE"),
            ("Model", "HEALTH"),
            ("Recommendation", "HEALTH"),
        },
        {
            ("10-Year Risk", "*"),
            ("Lifetime Risk", "*"),
            ("BRCA1 Carrier Probability", ANY_ID),
            ("BRCA2 Carrier Probability", ANY_ID),
            ("NCCN Testing Criteria Met", "*"),
        },
        True,
    ),
    (
        "CanRisk input file row (tab-separated columns): the proband's line",
        {
            "FamID": "GC00871",
            "Name": "ch1",
            "Target": "1",
            "IndivID": "ch1",
            "FathID": "m21",
            "MothID": "f21",
            "Sex": "F",
            "MZtwin": "0",
            "Dead": "0",
            "Age": "36",
            "Yob": "1988",
            "BC1": "0",
            "BC2": "0",
            "OC": "0",
            "PRO": "0",
            "PAN": "0",
            "Ashkn": "1",
            "BRCA1": "0:0",
            "BRCA2": "0:0",
        },
        {("FamID", "OTHER_ID|MRN")},
        {
            ("Name", "*"),
            ("Target", "*"),
            ("IndivID", "*"),
            ("FathID", "*"),
            ("MothID", "*"),
            ("Sex", "*"),
            ("MZtwin", "*"),
            ("Dead", "*"),
            ("Age", "*"),
            ("Yob", "*"),
            ("BC1", "*"),
            ("OC", "*"),
            ("Ashkn", "*"),
            ("BRCA1", ANY_ID),
        },
        False,
    ),
    (
        "Counsellor session note (EHR note export): pre-test counselling",
        {
            "NoteID": "N-88213704",
            "PatientMRN": "004418273",
            "PatientName": "Grace Okafor",
            "EncounterDate": "10/31/2024",
            "NoteType": "Genetic Counseling Initial Consult",
            "Author": "Leah Brandt, MS, CGC",
            "NoteText": "Ms. Okafor is a 45 y.o. woman with a personal history of ER+ breast "
            "cancer dx at 44 and a sister with breast cancer at 39. She meets NCCN criteria "
            "for testing. We discussed hereditary breast and ovarian cancer syndrome, BRCA1/2 "
            "and a multigene panel; she elected the Common Hereditary Cancers panel. Saliva "
            "kit given today.",
            "SignedAt": "2024-10-31T16:05:44Z",
        },
        {
            ("PatientMRN", "MRN"),
            ("PatientName", "NAME"),
            ("EncounterDate", "DATE"),
            ("NoteType", "HEALTH"),
            ("Author", "NAME"),
            ("NoteText", "HEALTH"),
        },
        {("NoteID", "*"), ("SignedAt", "*")},
        True,
    ),
    (
        "Telehealth genetic counselling booking (scheduling export, JSON)",
        {
            "appointment_id": "apt_5c19e2b7",
            "visit_type": "Genetic Counseling - Hereditary Cancer (New, 60 min)",
            "start_time": "2024-12-03T15:00:00-05:00",
            "timezone": "America/New_York",
            "patient": {
                "first_name": "Tomas",
                "last_name": "Reyes",
                "email": "t.reyes77@yahoo.com",
                "mobile": "+1 312 555 0147",
                "date_of_birth": "1977-09-14",
                "state": "IL",
            },
            "counselor": {"name": "Priya Raman, MS, CGC", "npi": "1689047215"},
            "reason": "Father and paternal uncle with colon cancer in their 40s",
            "video_link": "https://telehealth.example.com/j/84427719023",
            "created_at": "2024-11-18T09:12:33Z",
        },
        {
            ("start_time", "DATE"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.email", "EMAIL"),
            ("patient.mobile", "PHONE"),
            ("patient.date_of_birth", "DATE"),
            ("visit_type", "HEALTH"),
            ("counselor.name", "NAME"),
            ("counselor.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("reason", "HEALTH"),
        },
        {
            ("appointment_id", "*"),
            ("timezone", "*"),
            ("patient.state", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Cascade-testing family letter campaign (mail merge CSV): relative and variant",
        {
            "Letter ID": "FL-2024-0331",
            "Campaign": "Cascade Q4 2024",
            "Template": "LT-CASCADE-02",
            "Relative Name": "Anthony Petrakis",
            "Relationship to Proband": "Brother",
            "Address Line 1": "2217 Larchmont Ave",
            "City": "Dayton",
            "State": "OH",
            "ZIP": "45419",
            "Family Variant": "BRCA2 c.5946delT (p.Ser1982Argfs*22)",
            "Condition": "Hereditary breast and ovarian cancer syndrome",
            "Clinic Phone": "(614) 555-0100",
            "Mail Date": "2024-11-20",
        },
        {
            ("Relative Name", "NAME"),
            ("Address Line 1", "LOCATION"),
            ("City", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("Family Variant", "HEALTH"),
            ("Condition", "HEALTH"),
        },
        {
            ("Letter ID", "*"),
            ("Campaign", "*"),
            ("Template", "*"),
            ("Relationship to Proband", "*"),
            ("Clinic Phone", "*"),
        },
        True,
    ),
    (
        "Gene panel catalog row (clean): genes, CPT codes, turnaround, price",
        {
            "panel_code": "HC-BRCAPLUS",
            "panel_name": "BRCA-Plus Hereditary Breast Cancer Panel",
            "genes": "ATM, BRCA1, BRCA2, CDH1, CHEK2, PALB2, PTEN, STK11, TP53",
            "gene_count": "9",
            "cpt_codes": "81162, 81408, 81321",
            "specimen": "Blood or saliva",
            "turnaround": "14-21 days",
            "list_price": "$250.00",
            "effective": "2024-07-01",
            "version": "3.2",
        },
        set(),
        {
            ("panel_code", "*"),
            ("genes", ANY_ID),
            ("gene_count", "*"),
            ("cpt_codes", ANY_ID),
            ("turnaround", "*"),
            ("list_price", "*"),
            ("effective", "*"),
            ("version", "*"),
        },
        False,
    ),
    (
        "Lab requisition (Invitae-like order JSON): patient, test, ICD-10, ordering MD",
        {
            "order_number": "RQ4418207",
            "accession": "ACC-24-3318842",
            "test": {"code": "01101", "name": "Invitae Common Hereditary Cancers Panel"},
            "patient": {
                "first_name": "Grace",
                "last_name": "Okafor",
                "dob": "1979-03-02",
                "sex": "F",
                "mrn": "004418273",
            },
            "diagnosis_codes": ["Z85.3", "Z80.3"],
            "ordering_provider": {"name": "Dr. Samuel Oyelaran", "npi": "1346298871"},
            "specimen": {"type": "Saliva", "collected_on": "2024-10-31"},
            "billing": "Insurance",
            "submitted_at": "2024-10-31T17:22:09Z",
        },
        {
            ("accession", "OTHER_ID|MRN"),
            ("test.name", "HEALTH"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.mrn", "MRN"),
            ("ordering_provider.name", "NAME"),
            ("ordering_provider.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("specimen.collected_on", "DATE"),
        },
        {
            ("order_number", "*"),
            ("test.code", "*"),
            ("patient.sex", "*"),
            ("billing", "*"),
            ("submitted_at", "*"),
        },
        True,
    ),
    (
        "Variant report (lab report JSON): gene, HGVS, ACMG class, zygosity",
        {
            "report_id": "RPT-7731904",
            "patient_name": "Okafor, Grace",
            "patient_dob": "03/02/1979",
            "accession": "ACC-24-3318842",
            "report_date": "2024-11-19",
            "result": "Positive",
            "variants": [
                {
                    "gene": "PALB2",
                    "transcript": "NM_024675.4",
                    "hgvs_c": "c.3113G>A",
                    "hgvs_p": "p.Trp1038*",
                    "classification": "Pathogenic",
                    "zygosity": "Heterozygous",
                }
            ],
            "genes_analyzed": 47,
            "lab_director": "Elaine M. Kovacs, PhD, FACMG",
        },
        {
            ("patient_name", "NAME"),
            ("patient_dob", "DATE"),
            ("accession", "OTHER_ID|MRN"),
            ("report_date", "DATE"),
            ("variants[0].gene", "HEALTH"),
            ("variants[0].hgvs_c", "HEALTH"),
        },
        {
            ("report_id", "*"),
            ("variants[0].transcript", "*"),
            ("variants[0].zygosity", ANY_ID),
            ("genes_analyzed", "*"),
        },
        True,
    ),
    (
        "ClinVar-like variant reference row (clean): no person",
        {
            "VariationID": "51579",
            "GeneSymbol": "BRCA2",
            "Name": "NM_000059.4(BRCA2):c.5946del (p.Ser1982fs)",
            "ClinicalSignificance": "Pathogenic",
            "ReviewStatus": "reviewed by expert panel",
            "LastEvaluated": "Sep 08, 2016",
            "RCVaccession": "RCV000031361|RCV000044506",
            "PhenotypeList": "Hereditary breast ovarian cancer syndrome|Fanconi anemia",
            "Chromosome": "13",
            "Start": "32340300",
            "Assembly": "GRCh38",
        },
        set(),
        {
            ("VariationID", "*"),
            ("GeneSymbol", ANY_ID),
            ("Name", ANY_ID),
            ("LastEvaluated", "*"),
            ("RCVaccession", "*"),
            ("PhenotypeList", ANY_ID),
            ("Chromosome", "*"),
            ("Start", "*"),
            ("Assembly", "*"),
        },
        False,
    ),
    (
        "GA4 BigQuery page_view: the BRCA genetic counselling page",
        {
            "event_date": "20241107",
            "event_timestamp": "1730992811452018",
            "event_name": "page_view",
            "user_pseudo_id": "1489227310.1730992790",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": "https://www.lakeviewhealth.example.org/"
                        "genetic-counseling/brca/?utm_source=google&utm_medium=cpc"
                    },
                },
                {
                    "key": "page_title",
                    "value": {"string_value": "BRCA Genetic Testing & Counseling | Lakeview"},
                },
                {"key": "ga_session_id", "value": {"int_value": 1730992790}},
            ],
            "geo": {"country": "United States", "region": "Ohio"},
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("event_params[0].value.string_value", "HEALTH"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[2].value.int_value", ANY_ID),
            ("geo.region", "*"),
        },
        True,
    ),
    (
        "Counsellor roster (clean of health): names, credentials, NPIs, sites",
        {
            "Counselor": "Leah Brandt",
            "Credentials": "MS, CGC",
            "NPI": "1942318807",
            "Specialties": "Cancer; Prenatal",
            "Site": "ONC-WEST",
            "Telehealth States": "OH, KY, IN, MI",
            "Languages": "English, Spanish",
            "Start Date": "2019-08-05",
        },
        {("Counselor", "NAME"), ("NPI", "OTHER_ID|LICENSE_NUMBER")},
        {
            ("Credentials", "*"),
            ("Site", "*"),
            ("Telehealth States", "*"),
            ("Languages", "*"),
        },
        False,
    ),
    (
        "VUS reclassification notice (CRM event, JSON): a patient's ATM variant upgraded",
        {
            "event": "variant_reclassified",
            "occurred_at": "2024-11-21T08:00:14Z",
            "contact": {
                "id": "0035e00001XbQ7mAAF",
                "email": "jhalvorsen@outlook.com",
                "full_name": "Janelle Halvorsen",
            },
            "properties": {
                "gene": "ATM",
                "variant": "c.7271T>G (p.Val2424Gly)",
                "previous_classification": "VUS",
                "new_classification": "Likely pathogenic",
                "original_report_date": "2021-03-15",
                "notify_by": "2024-12-21",
            },
        },
        {
            ("contact.email", "EMAIL"),
            ("contact.full_name", "NAME"),
            ("properties.gene", "HEALTH"),
            ("properties.variant", "HEALTH"),
            ("properties.original_report_date", "DATE"),
        },
        {("event", "*"), ("occurred_at", "*")},
        True,
    ),
    (
        "Risk-model parameter table (clean): penetrance and allele frequencies",
        {
            "model": "BOADICEA v6",
            "parameter": "BRCA2 breast cancer penetrance to age 80",
            "population": "UK",
            "value": "0.69",
            "ci_low": "0.61",
            "ci_high": "0.77",
            "source": "Kuchenbaecker 2017, JAMA",
            "updated": "2023-02-14",
        },
        set(),
        {
            ("model", ANY_ID),
            ("parameter", ANY_ID),
            ("population", "*"),
            ("value", "*"),
            ("ci_low", "*"),
            ("ci_high", "*"),
            ("source", "*"),
            ("updated", "*"),
        },
        False,
    ),
    (
        "Relative's contact update (identified, no health): address, phone, preference",
        {
            "Contact ID": "REL-55219",
            "First Name": "Anthony",
            "Last Name": "Petrakis",
            "Mailing Street": "2217 Larchmont Ave",
            "Mailing City": "Dayton",
            "Mailing Zip": "45419",
            "Mobile": "937-555-0129",
            "Preferred Contact": "Text",
            "Do Not Mail": "false",
            "Last Modified": "2024-11-25 10:03:57",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Mailing Street", "LOCATION"),
            ("Mailing City", "LOCATION"),
            ("Mailing Zip", "ZIP_CODE"),
            ("Mobile", "PHONE"),
        },
        {("Preferred Contact", "*"), ("Do Not Mail", "*"), ("Last Modified", "*")},
        False,
    ),
    (
        "Anonymous hereditary cancer risk quiz (health, no identifier)",
        {
            "quiz": "Is genetic testing right for me?",
            "q1_cancer_before_50": "A close relative was diagnosed with breast cancer "
            "before age 50",
            "q2_ovarian": "Yes - my grandmother had ovarian cancer",
            "q3_ashkenazi": "No",
            "q4_known_mutation": "Don't know",
            "result": "You may benefit from genetic counseling",
            "completed_at": "2024-11-09T20:14:51Z",
        },
        {("q1_cancer_before_50", "HEALTH"), ("q2_ovarian", "HEALTH")},
        {
            ("q1_cancer_before_50", ANY_ID),
            ("q2_ovarian", ANY_ID),
            ("q3_ashkenazi", "*"),
            ("q4_known_mutation", "*"),
            ("completed_at", "*"),
        },
        False,
    ),
    (
        "Relatives' testing tracker (CSV): relative, phone, tested, result",
        {
            "Proband MRN": "007720391",
            "Family ID": "FAM-1187",
            "Relative": "Colleen Brennan",
            "Relationship": "Daughter",
            "Phone": "(513) 555-0163",
            "Letter Sent": "09/12/2024",
            "Tested": "Yes",
            "Result": "Negative for familial MLH1 variant",
            "Test Date": "10/22/2024",
        },
        {
            ("Proband MRN", "MRN"),
            ("Family ID", "OTHER_ID|MRN"),
            ("Relative", "NAME"),
            ("Phone", "PHONE"),
            ("Result", "HEALTH"),
            ("Test Date", "DATE"),
        },
        {("Relationship", "*"), ("Tested", "*")},
        True,
    ),
    (
        "Aggregate cascade-testing uptake report (clean): quarter, site, counts",
        {
            "Quarter": "2024-Q3",
            "Site": "ONC-WEST",
            "Probands With P/LP Result": "41",
            "Letters Sent": "118",
            "Relatives Tested": "37",
            "Uptake": "31.4%",
            "Median Days To Test": "58",
        },
        set(),
        {
            ("Quarter", "*"),
            ("Site", "*"),
            ("Probands With P/LP Result", "*"),
            ("Letters Sent", "*"),
            ("Relatives Tested", "*"),
            ("Uptake", "*"),
            ("Median Days To Test", "*"),
        },
        False,
    ),
    (
        "Prior authorisation for genetic testing (payer portal CSV): CPT 81162, Z80.0",
        {
            "Member Name": "Tomas Reyes",
            "Member ID": "W284117093",
            "Member DOB": "09/14/1977",
            "Procedure Code": "81162",
            "Procedure Description": "BRCA1, BRCA2 full sequence and full dup/del analysis",
            "Diagnosis Code": "Z80.0",
            "Requesting Provider": "Priya Raman, MS, CGC",
            "Auth Number": "PA2024111900417",
            "Decision": "Approved",
            "Decision Date": "11/22/2024",
        },
        {
            ("Member Name", "NAME"),
            ("Member ID", "HEALTH_PLAN_ID"),
            ("Member DOB", "DATE"),
            ("Procedure Code", "HEALTH"),
            ("Procedure Description", "HEALTH"),
            ("Requesting Provider", "NAME"),
        },
        {("Decision", "*")},
        True,
    ),
    (
        "HGVS nomenclature examples (clean documentation rows)",
        {
            "notation": "c.76A>T",
            "type": "substitution",
            "example": "NM_004006.2:c.4375C>T",
            "protein": "p.(Arg1459*)",
            "description": "a nonsense change: the C at coding position 4375 is replaced by T",
            "doc_version": "21.0",
        },
        set(),
        {
            ("notation", ANY_ID),
            ("type", "*"),
            ("example", ANY_ID),
            ("protein", ANY_ID),
            ("description", ANY_ID),
            ("doc_version", "*"),
        },
        False,
    ),
    (
        "Salesforce-like GC referral (CRM object): reason, referring OB-GYN, phone",
        {
            "attributes": {"type": "Referral__c"},
            "Id": "a0X5e000004kLmQEAU",
            "Name": "REF-0018842",
            "Patient_Name__c": "Rosalind Achterberg",
            "Patient_Phone__c": "(740) 555-0119",
            "Patient_DOB__c": "1990-02-27",
            "Referral_Date__c": "2024-11-14",
            "Referring_Provider__c": "Dr. Hannah Choi",
            "Referral_Reason__c": "Personal history of triple-negative breast cancer dx "
            "at 33; requests BRCA testing",
            "Status__c": "Scheduled",
            "CreatedDate": "2024-11-14T15:47:02.000+0000",
        },
        {
            ("Patient_Name__c", "NAME"),
            ("Patient_Phone__c", "PHONE"),
            ("Patient_DOB__c", "DATE"),
            ("Referral_Date__c", "DATE"),
            ("Referring_Provider__c", "NAME"),
            ("Referral_Reason__c", "HEALTH"),
        },
        {("Name", "*"), ("Status__c", "*"), ("CreatedDate", "*")},
        True,
    ),
    (
        "Pedigree symbol legend (clean): symbols and their meanings",
        {
            "symbol": "filled circle with diagonal line",
            "meaning": "deceased affected female",
            "notes": "Quarter-shaded symbols mark different cancers; an arrow marks the "
            "proband; P inside a symbol marks a pregnancy.",
            "standard": "NSGC 2008",
        },
        set(),
        {("symbol", "*"), ("meaning", ANY_ID), ("notes", ANY_ID), ("standard", "*")},
        False,
    ),
    (
        "Ambry-like result webhook (JSON): report released, Lynch syndrome",
        {
            "type": "report.released",
            "created": "2024-11-26T13:40:05Z",
            "data": {
                "accession_id": "23-419876",
                "patient": {
                    "first_name": "Tomas",
                    "last_name": "Reyes",
                    "dob": "1977-09-14",
                },
                "test_name": "CancerNext-Expanded",
                "overall_result": "Positive",
                "genes_with_findings": ["MLH1"],
                "summary": "Pathogenic variant in MLH1 consistent with Lynch syndrome",
                "report_url": "https://portal.example-lab.com/reports/23-419876.pdf",
            },
        },
        {
            ("data.accession_id", "OTHER_ID|MRN"),
            ("data.patient.first_name", "NAME"),
            ("data.patient.last_name", "NAME"),
            ("data.patient.dob", "DATE"),
            ("data.summary", "HEALTH"),
        },
        {("type", "*"), ("created", "*")},
        True,
    ),
    (
        "CPT fee schedule for genetics services (clean)",
        {
            "CPT": "96041",
            "Description": "Medical genetics and genetic counseling services, each 30 minutes "
            "face-to-face with patient/family",
            "Modifier": "95",
            "Fee": "$118.00",
            "Effective": "01/01/2024",
            "Payer Class": "Commercial",
        },
        set(),
        {
            ("CPT", ANY_ID),
            ("Description", ANY_ID),
            ("Modifier", "*"),
            ("Fee", "*"),
            ("Effective", "*"),
            ("Payer Class", "*"),
        },
        False,
    ),
    (
        "pedigreejs-like pedigree with a nonagenarian and twins (JSON)",
        {
            "famid": "GC-2024-01133",
            "pedigree": [
                {
                    "name": "gm1",
                    "display_name": "Ruth Lindqvist",
                    "sex": "F",
                    "top_level": True,
                    "status": 1,
                    "age": 94,
                    "yob": 1925,
                    "breast_cancer_diagnosis_age": 71,
                    "comment": "Died at 94; bilateral breast cancer",
                },
                {
                    "name": "ch1",
                    "display_name": "Anna Lindqvist",
                    "sex": "F",
                    "proband": True,
                    "mztwin": "1",
                    "mother": "f1",
                    "father": "m1",
                    "age": 41,
                    "yob": 1983,
                },
                {
                    "name": "ch2",
                    "display_name": "Elin Lindqvist",
                    "sex": "F",
                    "mztwin": "1",
                    "mother": "f1",
                    "father": "m1",
                    "age": 41,
                    "yob": 1983,
                    "breast_cancer_diagnosis_age": 38,
                },
            ],
        },
        {
            ("famid", "OTHER_ID|MRN"),
            ("pedigree[0].display_name", "NAME"),
            ("pedigree[0].age", "AGE_OVER_89"),
            ("pedigree[0].comment", "HEALTH"),
            ("pedigree[1].display_name", "NAME"),
            ("pedigree[2].display_name", "NAME"),
        },
        {
            ("pedigree[0].name", "*"),
            ("pedigree[0].yob", "*"),
            ("pedigree[1].mztwin", "*"),
            ("pedigree[1].age", "*"),
            ("pedigree[2].mother", "*"),
            ("pedigree[2].breast_cancer_diagnosis_age", ANY_ID),
        },
        True,
    ),
    (
        "Patient portal account (identified, no health): sign-up record",
        {
            "account_id": "usr_8f02c7a1d3",
            "username": "jhalvorsen",
            "email": "jhalvorsen@outlook.com",
            "phone": "+16145550188",
            "created_at": "2024-08-02T12:00:41Z",
            "mfa_enabled": True,
            "last_login_ip": "73.145.22.190",
        },
        {("email", "EMAIL"), ("phone", "PHONE"), ("last_login_ip", "IP_ADDRESS")},
        {("created_at", "*"), ("mfa_enabled", "*")},
        False,
    ),
    (
        "Pedigree drawing tool configuration (clean JSON)",
        {
            "app": "pedigree-designer",
            "version": "4.12.3",
            "build": "20241015.2",
            "license_key": "PD-ENT-7F3K-99QA-2210",
            "default_symbols": "NSGC-2008",
            "risk_models": ["BOADICEA", "Tyrer-Cuzick", "BRCAPRO"],
            "api_base": "https://api.pedigree-designer.example.com/v2",
            "max_generations": 5,
        },
        set(),
        {
            ("version", "*"),
            ("build", "*"),
            ("license_key", "*"),
            ("default_symbols", "*"),
            ("risk_models[0]", ANY_ID),
            ("risk_models[1]", ANY_ID),
            ("risk_models[2]", ANY_ID),
            ("api_base", "*"),
            ("max_generations", "*"),
        },
        False,
    ),
    (
        "Visit-summary email send log (ESP export): the counselling summary",
        {
            "message_id": "0100018c2f6e8a91-3b2a",
            "to": "t.reyes77@yahoo.com",
            "from": "genetics-noreply@lakeviewhealth.example.org",
            "subject": "Your genetic counseling visit summary and Lynch syndrome next steps",
            "template": "gc_visit_summary_v3",
            "sent_at": "2024-12-03T17:31:09Z",
            "status": "delivered",
        },
        {("to", "EMAIL"), ("subject", "HEALTH")},
        {
            ("message_id", "*"),
            ("from", "*"),
            ("template", "*"),
            ("sent_at", "*"),
            ("status", "*"),
        },
        True,
    ),
    (
        "Hughes riskApps-like tablet intake (JSON): family history list, age at death 91",
        {
            "assessment_id": "RA-0101822",
            "patient": {
                "mrn": "008812044",
                "first": "Naomi",
                "last": "Feldstein",
                "dob": "1982-05-30",
            },
            "ashkenazi_jewish": True,
            "personal_history": [],
            "family_history": [
                {
                    "relation": "Maternal Grandmother",
                    "condition": "Ovarian cancer",
                    "age_dx": 61,
                    "deceased": True,
                    "age_at_death": 91,
                },
                {"relation": "Father", "condition": "Prostate cancer", "age_dx": 58},
            ],
            "meets_nccn_criteria": True,
            "completed": "2024-11-06T11:27:40Z",
        },
        {
            ("assessment_id", "OTHER_ID|MRN"),
            ("patient.mrn", "MRN"),
            ("patient.first", "NAME"),
            ("patient.last", "NAME"),
            ("patient.dob", "DATE"),
            ("family_history[0].condition", "HEALTH"),
            ("family_history[0].age_at_death", "AGE_OVER_89"),
            ("family_history[1].condition", "HEALTH"),
        },
        {
            ("ashkenazi_jewish", ANY_ID),
            ("family_history[0].relation", "*"),
            ("family_history[0].age_dx", "*"),
            ("family_history[0].deceased", "*"),
            ("family_history[1].age_dx", "*"),
            ("meets_nccn_criteria", "*"),
            ("completed", "*"),
        },
        True,
    ),
    (
        "CRM follow-up task (JSON): call a patient about a CHEK2 VUS",
        {
            "task_id": "T-00419982",
            "subject": "Call pt re: VUS in CHEK2 - no change to management",
            "due_date": "2024-12-02",
            "owner": "Leah Brandt",
            "related_to": {
                "type": "Patient",
                "name": "Marcus Delacroix",
                "phone": "(614) 555-0137",
            },
            "priority": "Normal",
            "status": "Open",
        },
        {
            ("subject", "HEALTH"),
            ("owner", "NAME"),
            ("related_to.name", "NAME"),
            ("related_to.phone", "PHONE"),
        },
        {("task_id", "*"), ("priority", "*"), ("status", "*"), ("related_to.type", "*")},
        True,
    ),
    (
        "Gene-condition reference list (clean): inheritance and associated cancers",
        {
            "Gene": "MSH2",
            "Syndrome": "Lynch syndrome",
            "Inheritance": "AD",
            "Associated Cancers": "Colorectal, endometrial, ovarian, gastric, urothelial",
            "OMIM": "609309",
            "Management Guideline": "NCCN Colorectal v2.2024",
        },
        set(),
        {
            ("Gene", ANY_ID),
            ("Syndrome", ANY_ID),
            ("Inheritance", "*"),
            ("Associated Cancers", ANY_ID),
            ("OMIM", "*"),
            ("Management Guideline", ANY_ID),
        },
        False,
    ),
    (
        "Saliva collection kit inventory (clean): SKU, lot, expiry, bin",
        {
            "SKU": "KIT-SAL-ORG-500",
            "Description": "Saliva DNA collection kit (Oragene OGR-500)",
            "Lot": "L2409-118",
            "Expiry": "2026-03-31",
            "Qty On Hand": "240",
            "Bin": "B-04-2",
            "Site": "ONC-WEST",
            "Unit Cost": "$11.40",
        },
        set(),
        {
            ("SKU", "*"),
            ("Lot", "*"),
            ("Expiry", "*"),
            ("Qty On Hand", "*"),
            ("Bin", "*"),
            ("Site", "*"),
            ("Unit Cost", "*"),
        },
        False,
    ),
    (
        "Results-ready email (Klaviyo-like profile event): hereditary cancer panel",
        {
            "event": "Results Ready",
            "datetime": "2024-11-19 16:02:11",
            "profile": {
                "$email": "grace.okafor79@gmail.com",
                "$first_name": "Grace",
                "$phone_number": "+16145550174",
            },
            "properties": {
                "test_name": "Common Hereditary Cancers Panel",
                "result_type": "Positive - schedule results disclosure with your counselor",
                "counselor": "Leah Brandt",
            },
        },
        {
            ("profile.$email", "EMAIL"),
            ("profile.$first_name", "NAME"),
            ("profile.$phone_number", "PHONE"),
            ("properties.test_name", "HEALTH"),
            ("properties.counselor", "NAME"),
        },
        {("event", "*"), ("datetime", "*")},
        True,
    ),
    (
        "Linkage PED file rows (study pedigree, no names): family, individual, phenotype",
        {
            "family_id": "F0417",
            "individual_id": "3",
            "paternal_id": "1",
            "maternal_id": "2",
            "sex": "2",
            "phenotype": "2",
        },
        set(),
        {
            ("individual_id", "*"),
            ("paternal_id", "*"),
            ("maternal_id", "*"),
            ("sex", "*"),
            ("phenotype", "*"),
        },
        False,
    ),
    (
        "Consent to contact relatives (e-signature form): the proband lists relatives",
        {
            "Signer Name": "Janelle Halvorsen",
            "Signed Date": "11/27/2024",
            "Signer Email": "jhalvorsen@outlook.com",
            "Statement": "I authorize Lakeview Cancer Genetics to send a family letter about "
            "my ATM result to the relatives listed below.",
            "Relative 1": "Brooke Halvorsen (sister), 1412 Alder Ct, Columbus, OH 43215",
            "Relative 2": "Dale Halvorsen (father), dale.halvorsen@aol.com",
            "Envelope ID": "8C2F1A4E-77D1-4B0E-9C5A-3E1D2F6A9B10",
        },
        {
            ("Signer Name", "NAME"),
            ("Signed Date", "DATE"),
            ("Signer Email", "EMAIL"),
            ("Statement", "HEALTH"),
            ("Relative 1", "NAME"),
            ("Relative 1", "LOCATION"),
            ("Relative 2", "NAME"),
            ("Relative 2", "EMAIL"),
        },
        {("Envelope ID", "*")},
        True,
    ),
    (
        "State genetic counsellor licence lookup (clean of health): licensee rows",
        {
            "Licensee": "Raman, Priya",
            "License Type": "Genetic Counselor",
            "License Number": "GC.0001287",
            "Status": "Active",
            "Issue Date": "06/14/2018",
            "Expiration Date": "01/31/2026",
            "City": "Chicago",
        },
        {("Licensee", "NAME"), ("License Number", "LICENSE_NUMBER")},
        {("License Type", ANY_ID), ("Status", "*")},
        False,
    ),
    (
        "Prenatal carrier screening referral (fax-to-CRM JSON): CF carrier, partner",
        {
            "referral": {
                "received": "2024-11-08T09:14:00Z",
                "reason": "Positive carrier screen: CFTR F508del heterozygous; partner "
                "testing recommended",
                "gestational_age": "11w3d",
                "edd": "2025-05-26",
            },
            "patient": {
                "name": "Sofia Marchetti",
                "dob": "1993-12-04",
                "phone": "(216) 555-0190",
            },
            "partner": {"name": "Luca Marchetti", "dob": "1991-06-21"},
            "referring_practice": {
                "name": "Westside OB/GYN Associates",
                "fax": "(216) 555-0109",
            },
        },
        {
            ("referral.reason", "HEALTH"),
            ("referral.edd", "DATE"),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("partner.name", "NAME"),
            ("partner.dob", "DATE"),
        },
        {("referral.received", "*"), ("referral.gestational_age", ANY_ID)},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "CRM follow-up task (JSON): call a patient about a CHEK2 VUS": (
        set(),
        {("owner", "NAME")},
        set(),
        "a CRM record's owner is the practice's workforce, not the record's person "
        "(detectors/staff.py: an owner, a creator, an assignee; tests/test_other_crms.py "
        "forbids an Account Owner's name), though here she is the counsellor: the blind "
        "expectation was stricter than the project",
    ),
    "pedigreejs-like pedigree with a nonagenarian and twins (JSON)": (
        set(),
        set(),
        {("pedigree[0].yob", "*")},
        "a birth year that makes a person 90 or older is AGE_OVER_89 (Safe Harbor removes "
        "every element of a date indicative of such an age, the year too: "
        "detectors/dates.py's birth-year rule), and a relative's identifiers count as the "
        "individual's; the blind must-not on a bare year forgot that (held out, decided "
        "after its blind scoring)",
    ),
    "Hughes riskApps-like tablet intake (JSON): family history list, age at death 91": (
        set(),
        {("assessment_id", "OTHER_ID|MRN")},
        set(),
        "an assessment's own id numbers one completed questionnaire, as a survey's "
        "response id does (detectors/field_names.py: SurveyMonkey's ``Respondent ID`` and "
        "Qualtrics' ``ResponseId`` are no person's); the person's MRN is beside it. The "
        "blind expectation was stricter than the project (held out, decided after its "
        "blind scoring)",
    ),
}

#: ``name -> (still open pairs, why)``.
_OPEN: dict[str, tuple[set, str]] = {
    "Counsellor roster (clean of health): names, credentials, NPIs, sites": (
        set(),
        'the dictionary reads a clinician\'s ``Specialties`` ("Cancer; Prenatal") as it '
        "reads any field, and a record whose only identifiers are a clinician's is PHI by "
        "the contract's rule unless the policy opts out (``phi: {clinicians: exclude}``), "
        "as tests/test_behavioral_health.py decided for a counsellor roster's "
        "specialties; the row is PHI as scanned",
    ),
    "Variant report (lab report JSON): gene, HGVS, ACMG class, zygosity": (
        {("report_date", "DATE")},
        "a bare ``report_date`` is a report's day in most exports (the BI, census and "
        "outcomes reports of six probes forbid it); a lab report's date is its patient's "
        "result, but the key alone cannot tell, as the genomics probe left a carrier "
        "report's ``Report Date`` (held out; PHI by the patient, the accession and the "
        "variant)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_genetic_counseling_pedigrees_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on genetic counselling and pedigree exports fails here. Before the work, blind: SHAPES 12
#: misses / 2 false / 10 wrong of 30, HELD_OUT 15 / 1 / 7 of 10.
FLOORS = ShapeTotals(expected=147, misses=1, false=0, wrong=2)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
