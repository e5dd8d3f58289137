"""Health context as clinical and billing staff write it: a recall and precision table for
the health detectors (engine without NER), end to end.

The cases were written blind, before any code under ``detectors/`` was read: call-center
and CRM notes in clinical shorthand (``pt c/o SOB``, ``hx HTN, DM2, CKD3``, ``s/p TKA``,
``Rx: lisinopril 10mg qd``), vitals and scores, misspelt drugs, billing and claims exports
(CPT, HCPCS, NDC, ICD-10-PCS, DRG, revenue codes), health values under CRM field names
(``Primary_Diagnosis__c``, ``Chief Complaint``, ``Service Line``), and hard negatives that
share the letters (``MS Office``, ``CHF 1,250``, ``Detroit, MI``, ``PHP developer``, ``oud
perfume``, 5-digit order numbers and ZIP codes, SKUs, HTTP status codes, UTM values).

A positive is found when a health finding in the right cell covers at least half of the
target span (any health entity: the category is what makes a record PHI; the entity is
scored apart in the report). A negative is clean when its record has no health finding.

About a quarter of the cases (``held_out``: a CRC-32 of the value, so the split is fixed
and not chosen) were held out while the detectors were fixed and only scored at the end.
``LEFT_ALONE`` pins what is still missed, or found, on purpose, with the reason; the
aggregate floors at the bottom cover every case, held out or not.

Decisions the table encodes (see ``detectors/clinical_codes.py`` for the code types):
CPT, HCPCS, NDC, ICD-10-PCS, DRG and revenue codes are health context only beside their
label (``CPT 45378``, ``NDC 0002-8215-01``) or under a field named for them (``cpt_code``,
``HCPCS_CD``, ``ICD_PRCDR_CD1``); a bare 5-digit number is never read as CPT. Place of
service codes, modifiers and insurance plans are not health context by themselves.
"""

from __future__ import annotations

import zlib
from typing import NamedTuple

import pytest

from detectors import Engine
from detectors.vocabulary import HEALTH_ENTITIES

HC, MED, PROC = "HEALTH_CONDITION", "MEDICATION", "PROCEDURE"
NOTE = "Call_Notes__c"  # Salesforce call-center note
DESC = "Description"  # CRM activity / case description
CHAT = "agent_notes"
SUBJ = "Subject"


class Positive(NamedTuple):
    """A cell that carries health context and the span that must be found in it."""

    value: str
    field: str
    target: str
    entity: str


POSITIVES = [
    # --- clinical shorthand in call-center and CRM notes
    Positive("pt c/o SOB x2 days", NOTE, "SOB", HC),
    Positive("hx HTN, DM2, CKD3", NOTE, "HTN", HC),
    Positive("hx HTN, DM2, CKD3", NOTE, "DM2", HC),
    Positive("hx HTN, DM2, CKD3", NOTE, "CKD3", HC),
    Positive("s/p TKA 3 wks ago", NOTE, "TKA", PROC),
    Positive("r/o MI, trop pending", NOTE, "MI", HC),
    Positive("f/u post-op visit sched", NOTE, "post-op", PROC),
    Positive("Rx: lisinopril 10mg qd", NOTE, "lisinopril", MED),
    Positive("A1c 9.1 last visit", NOTE, "A1c 9.1", PROC),
    Positive("BP 150/95 at intake", NOTE, "BP 150/95", PROC),
    Positive("PHQ-9 score 18", NOTE, "PHQ-9", PROC),
    Positive("caller states she is on Ozempic", NOTE, "Ozempic", MED),
    Positive("metforman 500 mg bid", NOTE, "metforman", MED),
    Positive("amoxicilin 875mg for 10 days", NOTE, "amoxicilin", MED),
    Positive("COPD exacerbation, on 2L O2", NOTE, "COPD", HC),
    Positive("CHF, EF 30%", NOTE, "CHF", HC),
    Positive("GERD sx worse at night", NOTE, "GERD", HC),
    Positive("son dx ADHD, asking about peds psych", NOTE, "ADHD", HC),
    Positive("vet w/ PTSD, wants IOP info", NOTE, "PTSD", HC),
    Positive("vet w/ PTSD, wants IOP info", NOTE, "IOP", PROC),
    Positive("OUD, interested in MAT", NOTE, "OUD", HC),
    Positive("OUD, interested in MAT", NOTE, "MAT", PROC),
    Positive("referred to PHP after inpatient discharge", NOTE, "PHP", PROC),
    Positive("ESRD on HD MWF", NOTE, "ESRD", HC),
    Positive("HIV+ since 2015", NOTE, "HIV+", HC),
    Positive("asking about PrEP refill", NOTE, "PrEP", MED),
    Positive("pt is HIV positive", NOTE, "HIV positive", HC),
    Positive("c/o CP radiating to L arm", NOTE, "CP", HC),
    Positive("N/V/D since Tues", NOTE, "N/V/D", HC),
    Positive("HA x3 days, no relief w/ tylenol", NOTE, "tylenol", MED),
    Positive("HA x3 days, no relief w/ tylenol", NOTE, "HA", HC),
    Positive("afib on eliquis 5 mg BID", NOTE, "eliquis", MED),
    Positive("A-fib, on Eliquis", NOTE, "A-fib", HC),
    Positive("hx CVA 2019 w/ L sided weakness", NOTE, "CVA", HC),
    Positive("TIA last month, neuro f/u", NOTE, "TIA", HC),
    Positive("DVT/PE hx, on xarelto", NOTE, "DVT", HC),
    Positive("DVT/PE hx, on xarelto", NOTE, "xarelto", MED),
    Positive("T2DM uncontrolled", NOTE, "T2DM", HC),
    Positive("IDDM since childhood", NOTE, "IDDM", HC),
    Positive("dx w/ breast ca 2022, s/p lumpectomy", NOTE, "breast ca", HC),
    Positive("dx w/ breast ca 2022, s/p lumpectomy", NOTE, "lumpectomy", PROC),
    Positive("CA-125 elevated", NOTE, "CA-125", PROC),
    Positive("s/p CABG x3", NOTE, "CABG", PROC),
    Positive("s/p lap chole", NOTE, "lap chole", PROC),
    Positive("needs colonoscopy, last scope 2015", NOTE, "colonoscopy", PROC),
    Positive("EGD sched 3/14", NOTE, "EGD", PROC),
    Positive("MRI L knee ordered", NOTE, "MRI", PROC),
    Positive("CT abd/pelvis w/ contrast", NOTE, "CT abd/pelvis", PROC),
    Positive("CXR neg", NOTE, "CXR", PROC),
    Positive("EKG NSR", NOTE, "EKG", PROC),
    Positive("ECHO shows LVH", NOTE, "LVH", HC),
    Positive("UTI sx, dysuria", NOTE, "dysuria", HC),
    Positive("BPH, on flomax", NOTE, "BPH", HC),
    Positive("BPH, on flomax", NOTE, "flomax", MED),
    Positive("OSA, uses CPAP nightly", NOTE, "OSA", HC),
    Positive("RA flare, MTX 15mg weekly", NOTE, "MTX", MED),
    Positive("MDD, GAD - on sertraline 100", NOTE, "MDD", HC),
    Positive("MDD, GAD - on sertraline 100", NOTE, "GAD", HC),
    Positive("MDD, GAD - on sertraline 100", NOTE, "sertraline", MED),
    Positive("bipolar I, on lithium 300mg", NOTE, "lithium", MED),
    Positive("EtOH use disorder, attends AA", NOTE, "EtOH use disorder", HC),
    Positive("SUD intake call", NOTE, "SUD", HC),
    Positive("ASD eval for 4yo", NOTE, "ASD", HC),
    Positive("seizure d/o, on keppra", NOTE, "keppra", MED),
    Positive("hypothyroid - synthroid 88mcg", NOTE, "synthroid", MED),
    Positive("HLD on statin", NOTE, "HLD", HC),
    Positive("hyperlipidemia, atorva 40", NOTE, "atorva", MED),
    Positive("prednisone taper 40mg", NOTE, "prednisone", MED),
    Positive("Rx Zepbound 2.5mg weekly inj", NOTE, "Zepbound", MED),
    Positive("semaglutide 0.25 mg sq weekly", NOTE, "semaglutide", MED),
    Positive("ins denied PA for Wegovy", NOTE, "Wegovy", MED),
    Positive("requests refill of Adderall XR 20mg", NOTE, "Adderall XR", MED),
    Positive("norco 5/325 q6h prn", NOTE, "norco", MED),
    Positive("oxy 10mg q4h prn pain", NOTE, "oxy 10mg", MED),
    Positive("albuterol HFA 2 puffs q4-6h", NOTE, "albuterol", MED),
    Positive("Lipitor 20 mg po qhs", NOTE, "Lipitor", MED),
    Positive("gabapentn 300mg tid", NOTE, "gabapentn", MED),
    Positive("levothyroxin 50 mcg", NOTE, "levothyroxin", MED),
    Positive("hydrocodon/apap", NOTE, "hydrocodon", MED),
    Positive("zolpidem 10 hs", NOTE, "zolpidem", MED),
    Positive("ibuprofin 800", NOTE, "ibuprofin", MED),
    Positive("amlodipine 5mg daily", NOTE, "amlodipine", MED),
    Positive("losartan/HCTZ 50-12.5", NOTE, "losartan", MED),
    Positive("insulin glargine 20u qhs", NOTE, "insulin glargine", MED),
    Positive("Jardiance 10mg", NOTE, "Jardiance", MED),
    Positive("Humira q2wk", NOTE, "Humira", MED),
    Positive("Dupixent injections", NOTE, "Dupixent", MED),
    Positive("Trulicity 1.5", NOTE, "Trulicity", MED),
    Positive("Buprenorphine/naloxone 8/2 film", NOTE, "Buprenorphine", MED),
    Positive("Vivitrol inj monthly", NOTE, "Vivitrol", MED),
    Positive("on Truvada for PrEP", NOTE, "Truvada", MED),
    Positive("pt is 32 wks pregnant, G2P1", NOTE, "pregnant", HC),
    Positive("G2P1 at 32 wks", NOTE, "G2P1", HC),
    Positive("postpartum check 6 wk", NOTE, "postpartum", HC),
    Positive("IVF cycle 2 - retrieval sched", NOTE, "IVF", PROC),
    Positive("knee replacement consult", NOTE, "knee replacement", PROC),
    Positive("PT 2x/wk for low back pain", NOTE, "low back pain", HC),
    Positive("PT 2x/wk for LBP", NOTE, "LBP", HC),
    Positive("PT eval after ACL recon", NOTE, "ACL recon", PROC),
    Positive("s/p ORIF R wrist", NOTE, "ORIF", PROC),
    Positive("THA revision 2023", NOTE, "THA", PROC),
    Positive("BMI 42, bariatric consult", NOTE, "bariatric", PROC),
    Positive("BMI 42, bariatric consult", NOTE, "BMI 42", PROC),
    Positive("SpO2 88% on RA", NOTE, "SpO2 88%", PROC),
    Positive("HR 118, BP 90/60", NOTE, "HR 118", PROC),
    Positive("HR 118, BP 90/60", NOTE, "BP 90/60", PROC),
    Positive("LDL 190 on last labs", NOTE, "LDL 190", PROC),
    Positive("eGFR 28", NOTE, "eGFR", PROC),
    Positive("TSH 7.2 high", NOTE, "TSH", PROC),
    Positive("PSA 6.4, uro referral", NOTE, "PSA", PROC),
    Positive("GAD-7 = 15", NOTE, "GAD-7", PROC),
    Positive("mammo BI-RADS 4, bx sched", NOTE, "mammo", PROC),
    Positive("pap smear ASCUS", NOTE, "pap smear", PROC),
    Positive("HPV+ on last pap", NOTE, "HPV+", HC),
    Positive("Hep C ab reactive", NOTE, "Hep C", HC),
    Positive("HCV tx w/ Epclusa", NOTE, "Epclusa", MED),
    Positive("chemo cycle 3 of 6", NOTE, "chemo", PROC),
    Positive("XRT to L breast", NOTE, "XRT", PROC),
    Positive("dialysis MWF at DaVita", NOTE, "dialysis", PROC),
    Positive("wants info on vasectomy", NOTE, "vasectomy", PROC),
    Positive("c/o ED, asking for sildenafil", NOTE, "sildenafil", MED),
    Positive("c/o ED, asking for sildenafil", NOTE, "ED", HC),
    Positive("ER visit for chest pain", NOTE, "chest pain", HC),
    Positive("went to ED for SOB", NOTE, "SOB", HC),
    Positive("admitted for CAP, 3 day LOS", NOTE, "CAP", HC),
    Positive("PNA, on levaquin", NOTE, "levaquin", MED),
    Positive("PNA, on levaquin", NOTE, "PNA", HC),
    Positive("MS dx 2018, on Ocrevus", NOTE, "MS", HC),
    Positive("MS dx 2018, on Ocrevus", NOTE, "Ocrevus", MED),
    Positive("hx of MI in 2020", NOTE, "MI", HC),
    Positive("NSTEMI 2021, s/p PCI w/ DES", NOTE, "NSTEMI", HC),
    Positive("NSTEMI 2021, s/p PCI w/ DES", NOTE, "PCI", PROC),
    Positive("CAD s/p stent", NOTE, "CAD", HC),
    Positive("PAD, claudication", NOTE, "claudication", HC),
    Positive("AAA 4.5cm, surveillance US", NOTE, "AAA", HC),
    Positive("CKD stage 4", NOTE, "CKD", HC),
    Positive("DKA admit last wk", NOTE, "DKA", HC),
    Positive("hypoglycemia episodes", NOTE, "hypoglycemia", HC),
    Positive("neuropathy in feet", NOTE, "neuropathy", HC),
    Positive("migraines, uses sumatriptan", NOTE, "sumatriptan", MED),
    Positive("anxiety/depression", NOTE, "anxiety", HC),
    Positive("SI w/ plan, warm transfer to 988", NOTE, "SI", HC),
    Positive("pt reports suicidal ideation", NOTE, "suicidal ideation", HC),
    Positive("EtOH withdrawal", NOTE, "EtOH withdrawal", HC),
    Positive("pt c/o abd pain and n/v", NOTE, "abd pain", HC),
    Positive("sx of UTI", NOTE, "UTI", HC),
    Positive("wound care for DFU", NOTE, "DFU", HC),
    Positive("pressure ulcer stage 2", NOTE, "pressure ulcer", HC),
    Positive("SNF placement after hip fx", NOTE, "hip fx", HC),
    Positive("concussion protocol", NOTE, "concussion", HC),
    Positive("COVID+ 1/3, quarantining", NOTE, "COVID+", HC),
    Positive("flu shot given", NOTE, "flu shot", PROC),
    Positive("Tdap due", NOTE, "Tdap", PROC),
    Positive("Shingrix dose 2", NOTE, "Shingrix", MED),
    Positive("allergic to PCN - hives", NOTE, "PCN", MED),
    Positive("sulfa allergy", NOTE, "sulfa", MED),
    Positive("mom has dementia, asking about memory care", DESC, "dementia", HC),
    Positive("pt w/ T1D, new Dexcom", DESC, "T1D", HC),
    Positive("A1C 7.8, up from 7.1", DESC, "A1C 7.8", PROC),
    Positive("asks if Mounjaro covered", CHAT, "Mounjaro", MED),
    Positive("rx for zoloft 50mg", CHAT, "zoloft", MED),
    Positive("lisinoprel 20", CHAT, "lisinoprel", MED),
    Positive("atorvastatn 10 mg", CHAT, "atorvastatn", MED),
    Positive("Refill: Xanax 0.5mg prn", SUBJ, "Xanax", MED),
    Positive("Post-op f/u - TKA", SUBJ, "TKA", PROC),
    # --- billing and claims exports: labelled codes and code-named fields
    Positive("99213", "CPT_Code", "99213", PROC),
    Positive("CPT 45378", "line_description", "45378", PROC),
    Positive("J1745", "HCPCS_CD", "J1745", PROC),
    Positive("G0438", "hcpcs", "G0438", PROC),
    Positive("HCPCS G0438 annual wellness visit", "charge_desc", "G0438", PROC),
    Positive("0002-8215-01", "NDC", "0002-8215-01", MED),
    Positive("00002821501", "ndc11", "00002821501", MED),
    Positive("NDC 0169-4132-12", "claim_line", "0169-4132-12", MED),
    Positive("DRG 470", "claim_summary", "470", PROC),
    Positive("470", "MS_DRG", "470", PROC),
    Positive("0SRD0J9", "ICD_PRCDR_CD1", "0SRD0J9", PROC),
    Positive("ICD-10-PCS 0DTJ4ZZ", "claim_note", "0DTJ4ZZ", PROC),
    Positive("0450", "REV_CNTR", "0450", PROC),
    Positive("Rev code 0450", "line_desc", "0450", PROC),
    Positive("99214-25", "CPT", "99214", PROC),
    Positive("CPT: 99396", DESC, "99396", PROC),
    Positive("Procedure Code 27447", "charge_line", "27447", PROC),
    Positive("3044F", "cpt_ii", "3044F", PROC),
    Positive("E11.9", "ICD_DGNS_CD1", "E11.9", HC),
    Positive("E119", "dx_code", "E119", HC),
    Positive("Dx: I10, E78.5", NOTE, "I10", HC),
    Positive("Z79.4", "diagnosis_code_2", "Z79.4", HC),
    Positive("F32.A", "Primary_Diagnosis__c", "F32.A", HC),
    Positive("M17.11", "icd10", "M17.11", HC),
    Positive("G0439", "procedure_code", "G0439", PROC),
    Positive("CPT 90837 psychotherapy 60 min", "service_desc", "90837", PROC),
    Positive("90834", "cpt", "90834", PROC),
    Positive("H0015", "hcpcs_code", "H0015", PROC),
    Positive("J0585", "HCPCS", "J0585", PROC),
    Positive("99203;93000", "cpt_codes", "93000", PROC),
    Positive("A0427", "HCPCS", "A0427", PROC),
    Positive("NDC 50090-2869-0", "drug_line", "50090-2869-0", MED),
    Positive("Proc: 45378 Dx: Z12.11", "claim_note", "45378", PROC),
    Positive("Proc: 45378 Dx: Z12.11", "claim_note", "Z12.11", HC),
    Positive("CPT 99285 ED visit level 5", "line_desc", "99285", PROC),
    Positive("80053", "PROC_CD", "80053", PROC),
    Positive("0BH17EZ", "icd_pcs", "0BH17EZ", PROC),
    Positive("MS-DRG 871 sepsis w/o MV >96 hrs w MCC", "drg_desc", "871", PROC),
    Positive("0360", "revenue_code", "0360", PROC),
    Positive("59026-0152-60", "ndc_code", "59026-0152-60", MED),
    # --- health values under CRM field names
    Positive("Type 2 diabetes", "Primary_Diagnosis__c", "Type 2 diabetes", HC),
    Positive("Knee pain", "Reason_for_Visit", "Knee pain", HC),
    Positive("chest tightness x 2 days", "Chief Complaint", "chest tightness", HC),
    Positive("Oncology", "Service Line", "Oncology", PROC),
    Positive("Bariatric Surgery", "Procedure Interest", "Bariatric Surgery", PROC),
    Positive("Metformin 500mg; Lisinopril 10mg", "Medications", "Lisinopril", MED),
    Positive("Penicillin", "Allergies", "Penicillin", MED),
    Positive("Eliquis", "Rx", "Eliquis", MED),
    Positive("Zyrtec 10mg", "Medications__c", "Zyrtec", MED),
    Positive("Hip replacement", "Procedure_Interest__c", "Hip replacement", PROC),
    Positive("Behavioral Health", "Service_Line__c", "Behavioral Health", PROC),
    Positive("Lap Band", "Procedure Interest", "Lap Band", PROC),
    Positive("Shellfish", "Allergies", "Shellfish", HC),
    Positive("HA", "Chief_Complaint", "HA", HC),
    Positive("SOB", "Chief Complaint", "SOB", HC),
    Positive("f/u HTN", "Reason_for_Visit__c", "HTN", HC),
    Positive("Cardiology", "Service Line", "Cardiology", PROC),
    Positive("Mental health", "Service_Line", "Mental health", HC),
    Positive("Weight loss surgery", "procedure_interest", "Weight loss surgery", PROC),
    Positive("Rx: Ozempic 0.5mg", "Medications", "Ozempic", MED),
    Positive("Orthopedics", "Service_Line__c", "Orthopedics", PROC),
    Positive("Latex, sulfa drugs", "Allergies__c", "sulfa", MED),
    Positive("Flonase 50mcg", "Current_Medications__c", "Flonase", MED),
    Positive("Sleep apnea", "Reason_For_Call__c", "Sleep apnea", HC),
    Positive("DM2 f/u", "Visit_Reason", "DM2", HC),
]


class Negative(NamedTuple):
    """A cell that only looks like health context."""

    value: str
    field: str


NEGATIVES = [
    # clinical abbreviations in their everyday senses
    Negative("customer called the agent an SOB and hung up", NOTE),
    Negative("SOB (start of business) 9am ET", NOTE),
    Negative("MS Office 365 license renewal", NOTE),
    Negative("Jackson, MS 39201", "address"),
    Negative("Ms. Johnson requested a callback", NOTE),
    Negative("PT employee, 20 hrs/wk", "employment_type"),
    Negative("Call back at 3pm PT", NOTE),
    Negative("Price: CHF 1,250.00", "price"),
    Negative("CHF/EUR exchange rate", SUBJ),
    Negative("Detroit, MI 48226", "address"),
    Negative("Highest ED level: bachelor's", "education"),
    Negative("Ed. by J. Smith", "citation"),
    Negative("ED&I training module", "course"),
    Negative("AA batteries x4", "product_name"),
    Negative("AAA roadside assistance", "membership"),
    Negative("HR approved the PTO request", NOTE),
    Negative("H.R. 1234 passed the House", SUBJ),
    Negative("call or email, whichever is easier", NOTE),
    Negative("OR", "state"),
    Negative("Portland, OR 97201", "address"),
    Negative("DM me for details", "comment"),
    Negative("DM sent", "status"),
    Negative("Pittsburgh, PA 15213", "address"),
    Negative("Sarah Lee, PA-C", "provider_name"),
    Negative("Dana Kim, MS, RD", "provider_name"),
    Negative("PHP developer, 5 yrs exp", "job_title"),
    Negative("PHP 8.2 upgrade", "ticket_subject"),
    Negative("yoga MAT - purple", "product_name"),
    Negative("MAT-1234 blocked by infra", "jira_key"),
    Negative("oud perfume 50ml", "product_name"),
    Negative("Oud & Bergamot candle", "product_name"),
    Negative("IOPS too low on db volume", "ticket"),
    Negative("meal prep containers", "search_term"),
    Negative("test prep course", "search_term"),
    Negative("prep time 20 min", "recipe"),
    Negative("r/o filesystem on node 3", "ticket"),
    Negative("S&P 500 update", SUBJ),
    Negative("A1 steak sauce", "product_name"),
    Negative("BP gas station on Main", "location_name"),
    Negative("ER diagram for the CRM schema", "ticket"),
    Negative("MS SQL Server", "tech_stack"),
    Negative("CA sales tax", SUBJ),
    Negative("Los Angeles, CA 90012", "address"),
    Negative("Hartford, CT 06103", "address"),
    Negative("Bethesda, MD 20814", "address"),
    Negative("PE ratio 22", SUBJ),
    Negative("PE teacher", "job_title"),
    Negative("HA! good one", "comment"),
    Negative("RA for the dorm", "job_title"),
    Negative("CAD drawings for the lobby", "project"),
    Negative("cap and gown order", "product_name"),
    Negative("TIA, let me know by Friday", "email_body"),
    Negative("PCI compliance scan", "ticket"),
    Negative("pad thai", "menu_item"),
    Negative("ACL config for the S3 bucket", "ticket"),
    Negative("DES encryption deprecated", "ticket"),
    Negative("PSA: office closed Monday", SUBJ),
    Negative("Q1 OKRs", "doc_title"),
    Negative("BMI music licensing", "vendor"),
    Negative("STD shipping 5-7 days", "shipping_method"),
    Negative("OT hours approved", "timesheet"),
    Negative("PO box 123", "address"),
    Negative("Bid strategy: tCPA", "campaign_setting"),
    Negative("POS terminal offline", "ticket"),
    Negative("Tab 3 of the spreadsheet", NOTE),
    Negative("CP Rail shipment delayed", NOTE),
    # dosage-like and code-like strings that are not clinical
    Negative("SKU TB-250MG-BLK", "sku"),
    Negative("10mm socket wrench", "product_name"),
    Negative("Coffee 12oz 2-pack", "product_name"),
    Negative("Dumbbell set 2x10kg", "product_name"),
    Negative("USB-C 65W charger", "product_name"),
    Negative("Q4 revenue target", "campaign_name"),
    Negative("Q4_Promo_2025", "utm_campaign"),
    Negative("order 45378 shipped", NOTE),
    Negative("code 99213", "promo"),
    Negative("Use code SAVE20", "coupon"),
    Negative("Order #99213 - code 45378 applied", NOTE),
    Negative("HTTP 404 on /checkout", "error"),
    Negative("500 Internal Server Error", "error"),
    Negative("error code 50300", "log"),
    Negative(
        "https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=q4_brand",
        "page_location",
    ),
    Negative("45378", "zip"),
    Negative("99213", "order_id"),
    Negative("45378", "postal_code"),
    Negative("ZIP 45378", NOTE),
    Negative("J1745", "sku"),
    Negative("G0438", "product_code"),
    Negative("0002-8215-01", "invoice_number"),
    Negative("470", "quantity"),
    Negative("0450", "store_number"),
    Negative("Room 470", "location"),
    Negative("Ref 27447", "reference"),
    Negative("ticket #90837", SUBJ),
    Negative("Invoice 99214-25", "invoice"),
    Negative("0SRD0J9", "tracking_number"),
    Negative("E11", "seat"),
    Negative("take I10 east to exit 23", NOTE),
    Negative("OR-2024-0011", "order_id"),
    Negative("PO 45378", "po_number"),
    Negative("CPA 45.20", "metric"),
    Negative("CPC $2.10, CPM $8", "metric"),
    Negative("utm_medium=cpc", "utm"),
    # billing fields that are not health context by themselves (decisions)
    Negative("11", "place_of_service"),
    Negative("POS 11", "claim_note"),
    Negative("25", "modifier"),
    Negative("LT", "modifier"),
    Negative("59", "modifier_1"),
    Negative("Modifier 25 applied", "billing_note"),
    Negative("Aetna PPO", "Insurance Plan"),
    Negative("Medicare Advantage", "Insurance_Plan__c"),
    Negative("Blue Cross Blue Shield", "insurance_carrier"),
    # CRM health-looking field names with values that are not health
    Negative("Retail Banking", "Service_Line__c"),
    Negative("billing question", "Reason_for_Visit"),
    Negative("Login issue", "Reason_For_Call__c"),
    Negative("None", "Allergies"),
    Negative("NKDA", "Allergies"),
    Negative("N/A", "Medications"),
    Negative("none reported", "Chief Complaint"),
    Negative("Wealth Management", "Service Line"),
    Negative("Kitchen remodel", "Procedure Interest"),
    Negative("SOB story contest", "campaign_name"),
]


#: Written after the fixes, from what the rules might get wrong (not blind; not part of the
#: held-out split): the context rules' own edges, and shapes a sweep of 14.8 M characters
#: of non-health text (package docs and sources) and the sample data turned up.
EXTRA_POSITIVES = [
    Positive("pt called, hx of MS", NOTE, "MS", HC),
    Positive("pt had an MI in 2019", NOTE, "MI", HC),
    Positive("pt reports SOB on exertion", NOTE, "SOB", HC),
    Positive("pt on MTX 15mg", NOTE, "MTX", MED),
    Positive("PMH: HTN, RA", NOTE, "RA", HC),
    Positive("Allergies: PCN, sulfa", NOTE, "PCN", MED),
    Positive("CPT 99203, 93000", "line_desc", "93000", PROC),
    Positive("HCPCS J3490", DESC, "J3490", PROC),
    Positive("NDC# 00378-1800-10", NOTE, "00378-1800-10", MED),
    Positive("BP 128/82, HR 72", NOTE, "HR 72", PROC),
    Positive("PSA 4.1 ng/mL", NOTE, "PSA 4.1", PROC),
    Positive("Orthopedics", "service_line_interest", "Orthopedics", PROC),
    Positive("norco 10/325 q6h", NOTE, "norco 10/325", MED),
    Positive("PCS code 0SRD0J9", "claim_note", "0SRD0J9", PROC),
    Positive("pt c/o sob", NOTE, "sob", HC),
    Positive("pt HR 118", NOTE, "HR 118", PROC),
]
EXTRA_NEGATIVES = [
    Negative("pt is ready for the MS Teams call", NOTE),
    Negative("pt wants to move to MI next month", NOTE),
    Negative("Lansing, MI office, pt called", NOTE),
    Negative("pt has an MS in biology", NOTE),
    Negative("pt is an RA at the dorm", NOTE),
    Negative("pt called re: PHP portal error", NOTE),
    Negative("pt will DM us on Instagram", NOTE),
    Negative("{'en': 'Recife - PE', 'pt': 'Recife - PE'}", "payload"),
    Negative("Insurance card: member ZG4627559, RX BIN 610014, PCN 9999.", NOTE),
    Negative("Price: CAD 45.00", NOTE),
    Negative("HR 101 onboarding", SUBJ),
    Negative("PSA 2: holiday hours", SUBJ),
    Negative("BMI 30 club", "campaign_name"),
    Negative("proc 12345 exited", "log"),
    Negative("Order 500 pcs 1234567", NOTE),
    Negative("rev 10234 deployed", "log"),
    Negative("NDC 2030 targets", SUBJ),
    Negative("STD shipping 5-7 days", "shipping_method"),
]


def held_out(value: str) -> bool:
    """About a quarter of the cases, fixed by the value's CRC-32 (not hand-picked)."""
    return zlib.crc32(value.encode()) % 4 == 0


#: Misses kept on purpose: (value, field, target) -> why.
LEFT_ALONE_MISSES: dict[tuple[str, str, str], str] = {
    ("pt HR 118", NOTE, "HR 118"): "a weak label (HR is also Human Resources) needs a second "
    "measurement, a unit or note shorthand; a bare 'pt' is none (Portuguese, point)",
}

#: False health findings kept on purpose: (value, field) -> why.
LEFT_ALONE_FINDINGS: dict[tuple[str, str], str] = {}


def _health_spans(engine: Engine, value: str, field: str) -> list[tuple[int, int, str, str]]:
    """(start, end, entity, field) of every health finding in the record ``{field: value}``."""
    rows = engine.scan([{field: value}], source="t").findings.to_pylist()
    return [
        (r["start"], r["end"], r["entity"], r["field"])
        for r in rows
        if r["entity"] in HEALTH_ENTITIES
    ]


def found(engine: Engine, case: Positive) -> tuple[bool, bool]:
    """(found with the right category, found with the exact entity) for one positive."""
    start = case.value.index(case.target)
    end = start + len(case.target)
    hit = entity_hit = False
    for s, e, entity, field in _health_spans(engine, case.value, case.field):
        if field != case.field:
            continue
        if min(e, end) - max(s, start) >= 0.5 * (end - start):
            hit = True
            entity_hit = entity_hit or entity == case.entity
    return hit, entity_hit


def false_finding(engine: Engine, case: Negative) -> bool:
    """True when the negative's record carries any health finding."""
    return bool(_health_spans(engine, case.value, case.field))


def _pid(case: tuple) -> str:
    return " | ".join(str(part) for part in case[:3])[:80]


ALL_POSITIVES = POSITIVES + EXTRA_POSITIVES
ALL_NEGATIVES = NEGATIVES + EXTRA_NEGATIVES


@pytest.mark.parametrize("case", ALL_POSITIVES, ids=[_pid(p) for p in ALL_POSITIVES])
def test_clinical_wording_is_health(engine_no_ner: Engine, case: Positive) -> None:
    key = (case.value, case.field, case.target)
    hit, _ = found(engine_no_ner, case)
    if key in LEFT_ALONE_MISSES:
        assert not hit, f"now found, drop it from LEFT_ALONE_MISSES: {LEFT_ALONE_MISSES[key]}"
    else:
        assert hit


@pytest.mark.parametrize("case", ALL_NEGATIVES, ids=[_pid(n) for n in ALL_NEGATIVES])
def test_clinical_look_alikes_are_not_health(engine_no_ner: Engine, case: Negative) -> None:
    key = (case.value, case.field)
    if key in LEFT_ALONE_FINDINGS:
        assert false_finding(engine_no_ner, case), LEFT_ALONE_FINDINGS[key]
    else:
        assert not false_finding(engine_no_ner, case)


def test_left_alone_entries_are_cases() -> None:
    """A LEFT_ALONE entry that names no case would pin nothing."""
    assert set(LEFT_ALONE_MISSES) <= {(p.value, p.field, p.target) for p in ALL_POSITIVES}
    assert set(LEFT_ALONE_FINDINGS) <= {(n.value, n.field) for n in ALL_NEGATIVES}


def test_table_size_and_split() -> None:
    """The probe keeps its size, and its held-out quarter stays about a quarter."""
    assert len({(p.value, p.field) for p in POSITIVES}) >= 150
    assert len(NEGATIVES) >= 100
    share = sum(held_out(p.value) for p in POSITIVES) / len(POSITIVES)
    assert 0.15 < share < 0.35


#: Measured when the fixes were done: recall 230/230, false findings 0/121 (before them:
#: 114/230 and 5/121; held-out quarter 26/56 -> 53/56 before anything was learned from it).
RECALL_FLOOR = 0.97
FALSE_FINDINGS_CEILING = 0.02


def test_aggregate_floors(engine_no_ner: Engine) -> None:
    """Recall and false findings over every case, held out or not."""
    recall = sum(found(engine_no_ner, p)[0] for p in ALL_POSITIVES) / len(ALL_POSITIVES)
    false = sum(false_finding(engine_no_ner, n) for n in ALL_NEGATIVES) / len(ALL_NEGATIVES)
    assert recall >= RECALL_FLOOR
    assert false <= FALSE_FINDINGS_CEILING
