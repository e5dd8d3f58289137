"""Consumer genomics and direct-to-consumer lab testing exports.

A blind probe, written by hand before reading the detectors: what a consumer-genomics
company's or a DTC lab's marketing, CRM and product-analytics teams export. 23andMe- and
AncestryDNA-like raw data rows (``rsid``, chromosome, position, genotype), kit activation
and registration (kit barcode, activation code, saliva sample), ancestry and health reports
(BRCA1/BRCA2 selected variants, APOE e4 and late-onset Alzheimer's, carrier status for
cystic fibrosis, pharmacogenomics), HGVS variant strings (``NM_007294.4:c.68_69del``) and
VCF rows, genetic-counselling bookings and notes, DTC lab orders and results (Everlywell-,
LetsGetChecked- and QuestDirect-like: the test panel, collection date, accession number,
result value with its reference range and flag, a FHIR ``Observation``), physician-network
approvals of DTC tests, results-ready texts, emails and product events, research surveys,
with the clean rows around them: test catalogs, gene panel definitions, ClinVar-like variant
rows, reference genome metadata, kit inventory, patient service centre lists and
aggregated result dashboards.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding (:data:`_ANY_ID` any identifier). Values are made up; field names and
layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **Genetic information is health information.** HIPAA (since the 2013 Omnibus rule, after
  GINA) counts a person's genetic tests and their results as health information. A health
  report's name (``BRCA1/BRCA2 (Selected Variants)``, ``Carrier Status``), a condition it
  tests for (cystic fibrosis, late-onset Alzheimer's, hereditary hemochromatosis), an HGVS
  variant string, a VCF row's clinical annotation, a pharmacogenomic phenotype and a
  genotype call under a field named ``genotype`` in a record that names its person are
  HEALTH. A health DNA test or a lab test panel (``Hereditary Cancer Panel``, ``Lipid
  Panel``, ``Thyroid Test``, ``Hemoglobin A1c``) is a PROCEDURE.
- **Ancestry is not health context.** An ancestry-only kit, an ethnicity estimate, a
  haplogroup and DNA-relative matches describe descent, not a condition or care: such a
  record with a name or id is identified but not health (no PHI).
- **An rsid, a chromosome and a position alone are nothing.** dbSNP ids (``rs4477212``),
  chromosome numbers and genomic positions (``82154`` is no ZIP code), alleles, HGVS
  transcript accessions (``NM_007294.4``), assembly accessions (``GCA_000001405.29``) and a
  sequence's MD5 are public reference data: never an identifier. A raw-data row of one
  file with no identifier beside it is not PHI, whether or not its genotype is read as
  health.
- **A kit barcode, an activation code, a lab sample id and an accession number are the
  person's record id** (``OTHER_ID|MRN``): each names exactly one person's specimen once
  the kit is activated. A kit lot, a SKU, a test code, a LOINC or CPT code, a panel code
  and a carrier tracking number are not. An order number is not a person's (as the device
  and e-commerce probes decided); a requisition id is neither expected nor forbidden.
- **A person's dates are DATE**: birth, sample collection, an appointment or counselling
  session, a preferred appointment date, an observation's effective time. A report's
  ``updated``/``last_evaluated`` date, a dashboard's week or month, a kit lot's expiry and
  machine event timestamps are not.
- **The approving or ordering physician's and the genetic counsellor's names and NPIs are
  reported** (the project reports clinicians).
- **The organisation's places and lines are not a person's**: a patient service centre's
  address, city, ZIP and phone in a location list or a confirmation's ``psc_address`` are
  no LOCATION, ZIP_CODE or PHONE; a lab's toll-free sender is no PHONE. A US state alone is
  no identifier (Safe Harbor keeps states).
- **Family history is health context** of the person who tells it ("my dad had
  Alzheimer's").

After reading the detectors no blind expectation was changed (:data:`_DECIDED` is empty:
no row contradicted a decision the project had made). What the work built: an activated
kit's and a specimen's ids as the person's record id (``kit_id``, ``Kit Barcode``,
``kit.barcode``, ``sample_id``, ``specimen_id``; a ``kit_sku`` or ``product_kit_id`` is a
product's), a genotype call and an HGVS variant under fields named for them
(``genotype``, ``hgvs_c``) and a lab result's analyte (``Biomarker``, ``analyte``) as
health fields, a bare ``Counselor`` or ``Genetic Counselor`` column as a clinician's name
(a ``Move-In Counselor`` stays sales staff), a clinician column written as an object
(``ordering_provider.name``), a lab's or draw site's own address and line
(``psc_address``, ``lab_phone``), and twelve vocabulary terms (``carrier status``,
``BRCA1``, ``BRCA2``, ``APOE4``, ``food sensitivity test``, ``pharmacogenomics``...).
Five records are left open (:data:`LEFT_ALONE`): a VCF's bare ``sample``, a bare
``accession`` (a sequence database's as often), a ClinVar row's ``last_evaluated``, a
bare ``display_name`` and a relatives list's ``Match Name``.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 11 / 2 / 12,
after the work 3 / 1 / 4 (all in LEFT_ALONE). HELD_OUT (10 records), blind before any work
6 / 0 / 4; scored once after the work on SHAPES: 3 / 0 / 2; after two rules that
generalise (a clinician object's ``name``, a result's ``Biomarker``): 1 / 0 / 1 (a bare
``accession``, in LEFT_ALONE).

Later, the imaging probe (tests/test_imaging_centres.py) read a bare ``accession`` as the
person's record id, a sequence database's accession told by its shape (``NM_007294.4``,
``GCA_000001405.29``): the lab variant report's row left LEFT_ALONE for SHAPES.
The nineteenth round's genetic counselling probe (tests/test_genetic_counseling_pedigrees.py)
read a variant reference table's dates as the table's (a clinical significance beside a
variation id or a review status, no person column: detectors/genetics_exports.py): the
ClinVar-like row's ``last_evaluated`` left LEFT_ALONE for SHAPES (floors false 1 -> 0,
wrong 4 -> 3).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

#: Every identifier entity: a must-not for values that are public reference data.
_ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "23andMe-like raw data row (clean): rsid, chromosome, position, genotype",
        {"rsid": "rs4477212", "chromosome": "1", "position": "82154", "genotype": "AA"},
        set(),
        {("rsid", "*"), ("chromosome", "*"), ("position", "*")},
        False,
    ),
    (
        "Kit activation (JSON): barcode, profile, the health reports enabled",
        {
            "kit": {"barcode": "KB4X7Q2M9K3L18", "sample_type": "saliva", "version": "V5"},
            "profile": {
                "first_name": "Renata",
                "last_name": "Szabo",
                "date_of_birth": "1979-04-12",
                "sex_at_birth": "female",
                "email": "renata.szabo79@gmail.com",
            },
            "reports_enabled": ["Ancestry Composition", "Carrier Status"],
            "consents": {"research": True},
            "activated_at": "2024-09-03T18:22:41Z",
        },
        {
            ("kit.barcode", "OTHER_ID|MRN"),
            ("profile.first_name", "NAME"),
            ("profile.last_name", "NAME"),
            ("profile.date_of_birth", "DATE"),
            ("profile.email", "EMAIL"),
            ("reports_enabled[1]", "HEALTH"),
        },
        {("kit.version", "*"), ("reports_enabled[0]", "HEALTH")},
        True,
    ),
    (
        "AncestryDNA-like activation (CSV): ancestry-only kit, identified but no health",
        {
            "Activation Code": "A7KD-2MX9-QP4L",
            "First Name": "Douglas",
            "Last Name": "Harrow",
            "Email": "dharrow@outlook.com",
            "Date of Birth": "11/02/1962",
            "Kit Type": "AncestryDNA",
            "Test Taker": "Myself",
            "Status": "Activated",
        },
        {
            ("Activation Code", "OTHER_ID|MRN"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Date of Birth", "DATE"),
        },
        {("Kit Type", "HEALTH"), ("Test Taker", "*"), ("Status", "*")},
        False,
    ),
    (
        "AncestryDNA-like raw data row (clean): two alleles",
        {
            "rsid": "rs3131972",
            "chromosome": "1",
            "position": "752721",
            "allele1": "A",
            "allele2": "G",
        },
        set(),
        {("rsid", "*"), ("chromosome", "*"), ("position", "*"), ("allele1", "*")},
        False,
    ),
    (
        "Health report viewed (JSON): BRCA1/BRCA2 selected variants for a profile",
        {
            "profile_id": "9f0c2e71d4a85b36",
            "report": "BRCA1/BRCA2 (Selected Variants)",
            "result": "One variant detected",
            "variant": "BRCA1 185delAG",
            "viewed_at": "2024-10-01T02:14:09Z",
        },
        {("profile_id", "OTHER_ID|ONLINE_ID"), ("report", "HEALTH")},
        set(),
        True,
    ),
    (
        "APOE report email send (Braze-like): Alzheimer's campaign and genotype",
        {
            "external_id": "usr_58a1e0c94b",
            "email": "tcalloway@yahoo.com",
            "campaign_name": "Late-Onset Alzheimer's Disease report ready",
            "properties": {"report_slug": "apoe_e4", "genotype": "e3/e4"},
            "time": 1727740800,
        },
        {
            ("external_id", "OTHER_ID|ONLINE_ID"),
            ("email", "EMAIL"),
            ("campaign_name", "HEALTH"),
            ("properties.genotype", "HEALTH"),
        },
        {("time", "*")},
        True,
    ),
    (
        "Carrier status results export (CSV): cystic fibrosis, CFTR",
        {
            "Customer ID": "C-00418822",
            "Full Name": "Priya Natarajan",
            "Condition": "Cystic Fibrosis",
            "Gene": "CFTR",
            "Variant": "F508del",
            "Carrier Status": "Carrier",
            "Report Date": "2024-08-19",
        },
        {
            ("Customer ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Full Name", "NAME"),
            ("Condition", "HEALTH"),
        },
        {("Variant", _ANY_ID), ("Gene", _ANY_ID)},
        True,
    ),
    (
        "Clinical lab variant report (JSON): accession, HGVS, classification",
        {
            "accession": "GX24-0183345",
            "patient": {"name": "Lorna Beckett", "dob": "1971-12-30"},
            "gene": "BRCA1",
            "hgvs_c": "NM_007294.4:c.68_69del",
            "hgvs_p": "p.Glu23ValfsTer17",
            "classification": "Pathogenic",
            "ordering_provider": {"name": "Dr. Samuel Ocampo", "npi": "1324987654"},
        },
        {
            ("accession", "OTHER_ID|MRN"),
            ("patient.name", "NAME"),
            ("patient.dob", "DATE"),
            ("hgvs_c", "HEALTH"),
            ("ordering_provider.name", "NAME"),
            ("ordering_provider.npi", "OTHER_ID|LICENSE_NUMBER"),
        },
        {("hgvs_c", _ANY_ID), ("hgvs_p", _ANY_ID)},
        True,
    ),
    (
        "Genetic counselling booking (Calendly-like webhook): hereditary cancer results",
        {
            "event": "invitee.created",
            "payload": {
                "name": "Whitney Obuya",
                "email": "whitney.obuya@icloud.com",
                "scheduled_event": {
                    "name": "Genetic Counseling - Hereditary Cancer Results",
                    "start_time": "2024-10-22T15:00:00.000000Z",
                },
                "questions_and_answers": [
                    {
                        "question": "Which report would you like to discuss?",
                        "answer": "My BRCA2 result from my 23andMe report",
                    }
                ],
            },
        },
        {
            ("payload.name", "NAME"),
            ("payload.email", "EMAIL"),
            ("payload.scheduled_event.name", "HEALTH"),
            ("payload.scheduled_event.start_time", "DATE"),
        },
        {("payload.questions_and_answers[0].question", "*")},
        True,
    ),
    (
        "Everlywell-like order (Shopify CSV): food sensitivity test shipped to a person",
        {
            "Name": "#EW1048821",
            "Email": "kmorrow.runs@gmail.com",
            "Created at": "2024-09-12 10:44:03 -0500",
            "Lineitem name": "Food Sensitivity Test",
            "Lineitem sku": "EW-FS-96",
            "Lineitem price": "159.00",
            "Shipping Name": "Kelsey Morrow",
            "Shipping Address1": "418 Alder Creek Dr",
            "Shipping City": "Plano",
            "Shipping Zip": "75024",
            "Shipping Province": "TX",
        },
        {
            ("Email", "EMAIL"),
            ("Lineitem name", "HEALTH"),
            ("Shipping Name", "NAME"),
            ("Shipping Address1", "LOCATION"),
            ("Shipping City", "LOCATION"),
            ("Shipping Zip", "ZIP_CODE"),
        },
        {("Name", "*"), ("Lineitem sku", "*"), ("Lineitem price", "*")},
        True,
    ),
    (
        "LetsGetChecked-like kit registration (JSON): thyroid test, collection date",
        {
            "kit_id": "LGC-7Q4M-2K8X",
            "test": "Thyroid Test",
            "collection_date": "2024-09-14",
            "collection_time": "07:45",
            "fasting": True,
            "patient": {
                "first_name": "Oliver",
                "last_name": "Brandt",
                "dob": "1988-06-02",
                "sex": "M",
                "phone": "+1 (503) 555-0163",
            },
        },
        {
            ("kit_id", "OTHER_ID|MRN"),
            ("test", "HEALTH"),
            ("collection_date", "DATE"),
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
        },
        {("patient.sex", "*")},
        True,
    ),
    (
        "QuestDirect-like result row (CSV): accession, A1c with range and flag",
        {
            "Accession Number": "NY482917K",
            "Patient Name": "HOLLOWAY, JUNE",
            "DOB": "02/17/1958",
            "Collection Date": "09/20/2024",
            "Test Code": "496",
            "Test Name": "Hemoglobin A1c",
            "Result": "6.1",
            "Units": "%",
            "Reference Range": "<5.7",
            "Flag": "H",
        },
        {
            ("Accession Number", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Collection Date", "DATE"),
            ("Test Name", "HEALTH"),
        },
        {("Test Code", "*"), ("Reference Range", "*"), ("Units", "*"), ("Flag", "*")},
        True,
    ),
    (
        "Results-ready SMS (Twilio log): the lab's toll-free sender, the person's name",
        {
            "sid": "SM2a9c41f07e3b4d5c8a1e6f0b2c7d9e34",
            "from": "+18335550147",
            "to": "+14155550128",
            "body": "Hi Marcus, your Everlywell Testosterone Test results are ready. "
            "Log in to view them securely.",
            "status": "delivered",
            "date_sent": "Tue, 01 Oct 2024 14:03:11 +0000",
        },
        {("to", "PHONE"), ("body", "NAME"), ("body", "HEALTH")},
        {("from", "PHONE"), ("sid", "*")},
        True,
    ),
    (
        "Results-ready email event (SendGrid-like): STD panel template",
        {
            "email": "j.alvarez.tx@gmail.com",
            "event": "delivered",
            "category": ["results_ready", "std_panel"],
            "template_name": "STD Test Results Ready",
            "sg_message_id": "Xb1Fq0sQRkGm3nK7yZ2wLA.filterdrecv-6c7f9-1-66FB2A5B-3.0",
            "timestamp": 1727712000,
        },
        {("email", "EMAIL"), ("template_name", "HEALTH")},
        {("sg_message_id", "*"), ("timestamp", "*")},
        True,
    ),
    (
        "Physician-network approval (webhook): DTC lipid and metabolic panels approved",
        {
            "requisition_id": "REQ-2024-884120",
            "status": "approved",
            "patient": {
                "first_name": "Terrence",
                "last_name": "Mbeki",
                "dob": "1969-03-08",
                "state": "TX",
            },
            "approving_physician": {"name": "Anita Raman, MD", "npi": "1467580035"},
            "tests": ["Lipid Panel", "Comprehensive Metabolic Panel"],
            "approved_at": "2024-09-30T21:07:44Z",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("approving_physician.name", "NAME"),
            ("approving_physician.npi", "OTHER_ID|LICENSE_NUMBER"),
            ("tests[0]", "HEALTH"),
        },
        {("patient.state", "*")},
        True,
    ),
    (
        "GA4 purchase of a DTC test (BigQuery export): Lyme disease test",
        {
            "event_name": "purchase",
            "event_date": "20240915",
            "user_pseudo_id": "1873402295.1726398112",
            "ecommerce": {"transaction_id": "T-559012", "purchase_revenue": 119.0},
            "items": [{"item_id": "LYME-01", "item_name": "Lyme Disease Test", "price": 119.0}],
        },
        {("user_pseudo_id", "ONLINE_ID"), ("items[0].item_name", "HEALTH")},
        {("items[0].item_id", "*"), ("ecommerce.transaction_id", "*")},
        True,
    ),
    (
        "Test catalog row (clean): lipid panel with LOINC, CPT, price",
        {
            "sku": "QD-7600",
            "test_name": "Lipid Panel",
            "loinc": "57698-3",
            "cpt": "80061",
            "price": "39.00",
            "turnaround_days": "3-5",
            "fasting_required": "Yes",
            "specimen": "Serum",
        },
        set(),
        {
            ("sku", "*"),
            ("loinc", _ANY_ID),
            ("cpt", _ANY_ID),
            ("price", "*"),
            ("turnaround_days", "*"),
        },
        False,
    ),
    (
        "Gene panel definition (clean): hereditary cancer panel, transcripts",
        {
            "panel_code": "HCP-36",
            "panel_name": "Hereditary Cancer Panel",
            "genes": ["BRCA1", "BRCA2", "PALB2", "TP53", "MLH1"],
            "gene_count": 36,
            "transcripts": {"BRCA1": "NM_007294.4", "BRCA2": "NM_000059.4"},
            "version": "2024.2",
            "updated": "2024-06-01",
        },
        set(),
        {
            ("panel_code", "*"),
            ("transcripts.BRCA1", _ANY_ID),
            ("transcripts.BRCA2", _ANY_ID),
            ("updated", "*"),
            ("version", "*"),
        },
        False,
    ),
    (
        "Reference genome metadata (clean): assembly accession, length, MD5",
        {
            "assembly": "GRCh38.p14",
            "accession": "GCA_000001405.29",
            "chromosome": "chr7",
            "length": 159345973,
            "md5": "4b2b7e2a7c9d5f1e0a3c6b8d9e2f1a07",
            "source": "https://ftp.ncbi.nlm.nih.gov/genomes/all/GCA/000/001/405/",
        },
        set(),
        {("accession", "*"), ("length", "*"), ("md5", "*"), ("chromosome", "*")},
        False,
    ),
    (
        "Patient service centre list (clean): a draw site's address, phone and hours",
        {
            "site_code": "PSC-04417",
            "name": "Quest Diagnostics - Lincoln Park",
            "address": "2400 N Ashland Ave, Suite 120",
            "city": "Chicago",
            "state": "IL",
            "zip": "60614",
            "phone": "(773) 555-0148",
            "hours_mon_fri": "7:00 AM - 3:30 PM",
            "services": "Glucose tolerance; Drug screening",
        },
        set(),
        {
            ("site_code", "*"),
            ("address", _ANY_ID),
            ("city", _ANY_ID),
            ("zip", _ANY_ID),
            ("phone", _ANY_ID),
            ("name", "NAME"),
        },
        False,
    ),
    (
        "Aggregated results dashboard (clean): kits shipped and positivity by week",
        {
            "week": "2024-09-30",
            "panel": "STD Basic",
            "kits_shipped": "1,204",
            "kits_returned": "988",
            "positive_rate": "3.1%",
            "median_tat_hours": "52",
        },
        set(),
        {("week", "*"), ("kits_shipped", "*"), ("kits_returned", "*")},
        False,
    ),
    (
        "VCF row with a sample (JSON): BRCA1 pathogenic, ClinVar annotation",
        {
            "CHROM": "17",
            "POS": 43094464,
            "ID": "rs80357906",
            "REF": "CTT",
            "ALT": "C",
            "QUAL": "99",
            "FILTER": "PASS",
            "INFO": (
                "GENE=BRCA1;CLNSIG=Pathogenic;CLNDN=Hereditary_breast_and_ovarian_cancer_syndrome"
            ),
            "sample": "S-2024-00891",
            "GT": "0/1",
        },
        {("sample", "OTHER_ID|MRN"), ("INFO", "HEALTH")},
        {("POS", "*"), ("ID", _ANY_ID), ("CHROM", "*"), ("QUAL", "*")},
        True,
    ),
    (
        "ClinVar-like variant row (clean): HGVS, significance, last evaluated",
        {
            "variation_id": "55601",
            "hgvs": "NM_007294.4:c.68_69del",
            "gene": "BRCA1",
            "condition": "Hereditary breast ovarian cancer syndrome",
            "clinical_significance": "Pathogenic",
            "review_status": "reviewed by expert panel",
            "last_evaluated": "2023-04-11",
        },
        set(),
        {("variation_id", "*"), ("hgvs", _ANY_ID), ("last_evaluated", "*")},
        False,
    ),
    (
        "Genetic counselling intake form (Jotform-like): family history, member id",
        {
            "Full Name": "Carmen Delacroix",
            "Phone Number": "(919) 555-0177",
            "Email": "cdelacroix@protonmail.com",
            "Reason for referral": "Mother diagnosed with ovarian cancer at 52, I tested "
            "positive for a BRCA2 variant on my DNA test",
            "Preferred appointment date": "10/18/2024",
            "Insurance Provider": "Aetna",
            "Member ID": "W283746519",
        },
        {
            ("Full Name", "NAME"),
            ("Phone Number", "PHONE"),
            ("Email", "EMAIL"),
            ("Reason for referral", "HEALTH"),
            ("Preferred appointment date", "DATE"),
            ("Member ID", "HEALTH_PLAN_ID"),
        },
        {("Insurance Provider", "*")},
        True,
    ),
    (
        "Ancestry report (JSON): ethnicity estimate and haplogroup, identified, no health",
        {
            "user_id": "u_4c81f27a9e03",
            "display_name": "Kenji Watanabe",
            "ethnicity_estimate": [
                {"region": "Japan", "percent": 62},
                {"region": "Korea", "percent": 21},
            ],
            "haplogroup_maternal": "D4b2",
            "dna_matches": 1143,
            "updated_at": "2024-07-30T11:00:00Z",
        },
        {("user_id", "OTHER_ID|ONLINE_ID"), ("display_name", "NAME")},
        {
            ("haplogroup_maternal", "*"),
            ("ethnicity_estimate[0].region", "HEALTH"),
            ("dna_matches", "*"),
        },
        False,
    ),
    (
        "DNA relatives match list (CSV): a match's name, relationship, shared cM",
        {
            "Match Name": "Patricia Ruiz-Feld",
            "Predicted Relationship": "2nd Cousin",
            "Shared DNA (cM)": "212.4",
            "Shared Segments": "9",
            "Longest Segment (cM)": "41.2",
            "Maternal Side": "Yes",
        },
        {("Match Name", "NAME")},
        {("Shared DNA (cM)", "*"), ("Shared Segments", "*"), ("Predicted Relationship", "*")},
        False,
    ),
    (
        "Health predisposition reports (API JSON): a profile's report list",
        {
            "profile": {"id": "d41f0c2b8a7e", "email": "mhalvorsen@gmail.com"},
            "reports": [
                {"name": "Type 2 Diabetes", "result": "increased likelihood"},
                {"name": "Celiac Disease", "result": "variant not detected"},
                {"name": "Hereditary Hemochromatosis (HFE-Related)", "result": "1 variant"},
            ],
        },
        {
            ("profile.email", "EMAIL"),
            ("reports[0].name", "HEALTH"),
            ("reports[2].name", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Pharmacogenomics report (CSV): CYP2C19 poor metabolizer, affected drugs",
        {
            "Patient ID": "PGX-55120",
            "Patient Name": "Arthur Lindqvist",
            "DOB": "1949-08-25",
            "Gene": "CYP2C19",
            "Diplotype": "*2/*2",
            "Phenotype": "Poor Metabolizer",
            "Affected Drugs": "clopidogrel, citalopram",
        },
        {
            ("Patient ID", "OTHER_ID|MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Affected Drugs", "MEDICATION"),
        },
        {("Diplotype", _ANY_ID), ("Gene", _ANY_ID)},
        True,
    ),
    (
        "Klaviyo-like 'Viewed Results' event: celiac screening, kit id, abnormal",
        {
            "email": "nadia.farouk@gmail.com",
            "$first_name": "Nadia",
            "event": "Viewed Results",
            "properties": {
                "Test Name": "Celiac Disease Screening",
                "Kit ID": "EW24-K9-338812",
                "Result Status": "Abnormal",
            },
            "datetime": "2024-10-04 19:12:07",
        },
        {
            ("email", "EMAIL"),
            ("$first_name", "NAME"),
            ("properties.Test Name", "HEALTH"),
            ("properties.Kit ID", "OTHER_ID|MRN"),
        },
        set(),
        True,
    ),
    (
        "FHIR Observation from a DTC lab: testosterone, subject display, effective time",
        {
            "resourceType": "Observation",
            "status": "final",
            "code": {
                "coding": [
                    {
                        "system": "http://loinc.org",
                        "code": "2986-8",
                        "display": "Testosterone [Mass/volume] in Serum or Plasma",
                    }
                ]
            },
            "subject": {"reference": "Patient/lgc-778120", "display": "Devon Pryce"},
            "effectiveDateTime": "2024-08-22T08:10:00Z",
            "valueQuantity": {"value": 212, "unit": "ng/dL"},
            "referenceRange": [{"low": {"value": 264}, "high": {"value": 916}}],
        },
        {
            ("subject.display", "NAME"),
            ("code.coding[0].display", "HEALTH"),
            ("effectiveDateTime", "DATE"),
        },
        {
            ("code.coding[0].code", _ANY_ID),
            ("referenceRange[0].low.value", "*"),
            ("valueQuantity.value", _ANY_ID),
        },
        True,
    ),
    (
        "Results by state dashboard (clean): vitamin D tests per month",
        {
            "state": "Ohio",
            "test": "Vitamin D, 25-Hydroxy",
            "results": "412",
            "abnormal": "97",
            "month": "2024-08",
        },
        set(),
        {("state", "*"), ("month", "*"), ("results", "*")},
        False,
    ),
    (
        "Kit return tracking (JSON): a registered kit in the mail, no health",
        {
            "tracking_number": "9400111899223856928499",
            "carrier": "USPS",
            "kit_barcode": "KB8N3R5T1W6Y02",
            "status": "Delivered to lab",
            "event_time": "2024-09-19T16:40:00Z",
        },
        {("kit_barcode", "OTHER_ID|MRN")},
        {("tracking_number", "*"), ("event_time", "*")},
        False,
    ),
    (
        "Kit inventory row (clean): lot, SKU, expiry, warehouse",
        {
            "lot": "LOT-24-0917",
            "sku": "SAL-KIT-V5",
            "description": "Saliva collection kit, 2 mL",
            "expiry": "2026-03-31",
            "quantity": 4800,
            "warehouse": "Reno DC",
        },
        set(),
        {("lot", "*"), ("sku", "*"), ("expiry", "*"), ("quantity", "*")},
        False,
    ),
    (
        "Support ticket (Zendesk-like): failed sample, APOE worry, family history",
        {
            "id": 884213,
            "subject": "Sample failed QC - need a new kit",
            "description": "Hi, my saliva sample failed the lab check. Kit barcode "
            "KB2F7K99QX1L7M. Also I'm worried about my APOE4 result since my dad had "
            "Alzheimer's.\n\nThanks,\nBrenda Okoye",
            "requester": {"email": "brenda.okoye@gmail.com"},
            "created_at": "2024-10-03T13:22:05Z",
        },
        {
            ("requester.email", "EMAIL"),
            ("description", "HEALTH"),
            ("description", "NAME"),
        },
        set(),
        True,
    ),
    (
        "Research survey response: migraine survey by a participant",
        {
            "participant_id": "p_8812a7c3",
            "survey": "Migraine Survey",
            "q_diagnosed_by_doctor": "Yes",
            "q_age_at_onset": "14",
            "submitted_at": "2024-09-27T03:51:18Z",
        },
        {("participant_id", "OTHER_ID|ONLINE_ID"), ("survey", "HEALTH")},
        {("q_age_at_onset", "*")},
        True,
    ),
    (
        "Everlywell-like biomarker results (CSV): TSH above range",
        {
            "Member Email": "ghernandez@comcast.net",
            "Test": "Thyroid Test",
            "Biomarker": "TSH",
            "Value": "5.8",
            "Unit": "uIU/mL",
            "Range": "0.45-4.5",
            "Collected": "09/03/2024",
            "Status": "Above range",
        },
        {
            ("Member Email", "EMAIL"),
            ("Test", "HEALTH"),
            ("Biomarker", "HEALTH"),
            ("Collected", "DATE"),
        },
        {("Range", "*"), ("Value", _ANY_ID), ("Unit", "*")},
        True,
    ),
    (
        "QuestDirect-like confirmation email (HubSpot event): appointment at a draw site",
        {
            "recipient": "leon.baptiste@gmail.com",
            "subject": "Your QuestDirect order for Lipid Panel is confirmed",
            "appointment": "Sat, Oct 12, 2024 at 8:30 AM",
            "psc_address": "1150 Fifth Ave, Suite 2, New York, NY 10128",
            "type": "SENT",
        },
        {
            ("recipient", "EMAIL"),
            ("subject", "HEALTH"),
            ("appointment", "DATE"),
        },
        {("psc_address", "LOCATION"), ("psc_address", "ZIP_CODE")},
        True,
    ),
    (
        "Physician-ordered genetic test (CSV): hereditary cancer panel, indication",
        {
            "Ordering Physician": "Ramesh Iyer, MD",
            "Physician NPI": "1528014479",
            "Patient First": "Gwen",
            "Patient Last": "Tillman",
            "Patient DOB": "07/30/1975",
            "Test": "Hereditary Cancer Panel (36 genes)",
            "Specimen": "Saliva",
            "Order Date": "09/09/2024",
            "Indication": "Personal history of breast cancer",
        },
        {
            ("Ordering Physician", "NAME"),
            ("Physician NPI", "OTHER_ID|LICENSE_NUMBER"),
            ("Patient First", "NAME"),
            ("Patient Last", "NAME"),
            ("Patient DOB", "DATE"),
            ("Test", "HEALTH"),
            ("Indication", "HEALTH"),
        },
        {("Specimen", "*")},
        True,
    ),
    (
        "Mixpanel event: ancestry composition viewed (identified, no health)",
        {
            "event": "Report Viewed",
            "properties": {
                "distinct_id": "$device:18f2c0a9e7b-0d4e3c2b1a-4c6b2f1e-1fa400-18f2c0a9e7b",
                "report": "Ancestry Composition",
                "tab": "Chromosome Painting",
                "time": 1727913600,
                "$os": "iOS",
            },
        },
        {("properties.distinct_id", "ONLINE_ID|DEVICE_ID")},
        {("properties.report", "HEALTH"), ("properties.tab", "HEALTH"), ("properties.time", "*")},
        False,
    ),
    (
        "Amplitude event: health report viewed with user, device and IP",
        {
            "user_id": "8842017",
            "device_id": "4F2E8A1C-6B3D-4E9F-A7C2-91D0B5E3F864",
            "event_type": "health_report_viewed",
            "event_properties": {
                "report_id": "brca1_brca2_selected_variants",
                "result_category": "variant_detected",
            },
            "ip_address": "73.162.44.219",
            "event_time": "2024-10-05 22:41:09.112000",
        },
        {
            ("user_id", "OTHER_ID|ONLINE_ID"),
            ("device_id", "DEVICE_ID|ONLINE_ID"),
            ("ip_address", "IP_ADDRESS"),
            ("event_properties.report_id", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Genetic counselling session log (CSV): client, counsellor, summary",
        {
            "Client": "Marisol Vega",
            "Session Date": "2024-10-02",
            "Counselor": "Hannah Cole, MS, CGC",
            "Session Type": "Telehealth - results disclosure",
            "Summary": "Discussed heterozygous MUTYH variant; recommended colonoscopy "
            "starting at 40",
            "Follow-up": "6 months",
        },
        {
            ("Client", "NAME"),
            ("Session Date", "DATE"),
            ("Counselor", "NAME"),
            ("Summary", "HEALTH"),
        },
        {("Follow-up", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {}

_OPEN: dict[str, tuple[set, str]] = {
    "VCF row with a sample (JSON): BRCA1 pathogenic, ClinVar annotation": (
        {("sample", "OTHER_ID|MRN")},
        "a bare ``sample`` key is a sampling rate, a product sample or a survey's sample "
        "as often as a VCF's sample column; only ``sample_id``/``specimen_id`` say it is one "
        "person's specimen (the row is PHI only by that id)",
    ),
    "Ancestry report (JSON): ethnicity estimate and haplogroup, identified, no health": (
        {("display_name", "NAME")},
        "a bare top-level ``display_name`` is an app's, a page's or a product's as often "
        "as a person's (field_names.NOT_A_PERSON's ``display``, as the patient-portal "
        "probe left a directory's ``display_name``); the user id is found, and the record "
        "is rightly no PHI",
    ),
    "DNA relatives match list (CSV): a match's name, relationship, shared cM": (
        {("Match Name", "NAME")},
        "``Match Name`` is a genealogy export's relative, but a sports fixture's, a "
        "matching rule's or a deduplication job's name elsewhere; a rule for it would "
        "need the row's ``Shared DNA (cM)`` beside it (no PHI either way: no health)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_genomics_and_labs_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records): a change that loses recall or precision on genomics and DTC lab
#: exports fails here. Before the work, blind: SHAPES 11 misses / 2 false / 12 wrong of
#: 31, HELD_OUT 6 / 0 / 4 of 10.
FLOORS = ShapeTotals(expected=115, misses=3, false=0, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
