"""The health dictionary detector and its shipped vocabulary.

Every case goes through the engine, so URL splitting, percent-decoding and field profiles
(system fields are skipped) are part of what is tested; spans are compared as the exact
text of the original value.
"""

from __future__ import annotations

import gzip
from importlib.resources import files

import pytest

import detectors.dictionary as dictionary
from detectors import Engine, EngineConfig
from detectors.dictionary import (
    DictionaryDetector,
    normalize,
    normalize_term,
    organisation_field,
    split_camel,
    term_variants,
)
from detectors.vocabulary import HEALTH_ENTITIES

HC, MED, PROC = "HEALTH_CONDITION", "MEDICATION", "PROCEDURE"


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("dictionary",)))


def found(engine: Engine, record: dict[str, object]) -> list[tuple[str, str]]:
    """``(entity, exact original text)`` of every finding in a one-record chunk."""
    result = engine.scan([record], source="t")
    out = []
    for row in result.findings.to_pylist():
        value = record[row["field"]]
        assert isinstance(value, str)
        out.append((row["entity"], value[row["start"] : row["end"]]))
    return out


POSITIVES = [
    # CPT's short descriptors as claims, statements and collection files print them
    ("EMERGENCY DEPT VISIT LVL 4", [(PROC, "EMERGENCY DEPT VISIT")]),
    ("ED visit 06/11", [(PROC, "ED visit")]),
    # joint replacement by its clinical name
    ("Total knee arthroplasty, right", [(PROC, "Total knee arthroplasty")]),
    # a pathology CPT's descriptor on a good-faith estimate (price-transparency probe)
    (
        "Surgical pathology, gross and microscopic, level IV",
        [(PROC, "gross and microscopic")],
    ),
    ("Knee arthroscopy with meniscectomy", [(PROC, "Knee arthroscopy"), (PROC, "meniscectomy")]),
    # biologics the drug package lists only under their FDA proper name (``erenumab-aooe``)
    # are found by their bare INN, as a trial arm or a diary names them (research probe)
    ("Risankizumab 180 mg SC", [(MED, "Risankizumab")]),
    ("rescue: erenumab 70 mg monthly", [(MED, "erenumab")]),
    ("erenumab-aooe autoinjector", [(MED, "erenumab-aooe")]),
    # a portal's lab-result page names the test in full (tag and replay probe)
    ("Test Results - Hemoglobin A1c", [(PROC, "Hemoglobin A1c")]),
    ("Your HgbA1c and glycated hemoglobin", [(PROC, "glycated hemoglobin")]),
    # a weight-loss clinic's body-composition scans, by the machine's name or the test's
    # (GLP-1 probe: a DEXA booking, an InBody visit)
    ("DEXA Body Composition Scan", [(PROC, "DEXA"), (PROC, "Body Composition Scan")]),
    ("DXA scan - whole body", [(PROC, "DXA scan")]),
    ("InBody body composition analysis", [(PROC, "body composition analysis")]),
    ("Dexamethasone 4 mg IV", [(MED, "Dexamethasone")]),  # no scan inside a drug's name
    # mass-tort and addiction-treatment intake wording (lead-generation probe)
    ("Mesh migration, bowel obstruction", [(HC, "Mesh migration"), (HC, "bowel obstruction")]),
    ("needed revision surgery", [(PROC, "revision surgery")]),
    ("husband drinking heavily again", [(HC, "drinking heavily")]),
    # Spanish pages and forms; accents fold (a slug drops them, a title keeps them)
    ("Cita para mamografía", [(PROC, "mamografía")]),
    ("/es/condiciones/cancer-de-mama", [(HC, "cancer-de-mama")]),
    ("Paciente con depresión y ansiedad", [(HC, "depresión"), (HC, "ansiedad")]),
    # other languages of translated pages (tests/test_multilingual.py): Vietnamese folds like
    # Spanish, Cyrillic loses its case, Han and Hangul terms match inside unspaced text
    ("Bệnh Tiểu Đường loại 2", [(HC, "Tiểu Đường")]),
    ("/vi/benh/tieu-duong-loai-2", [(HC, "tieu-duong")]),
    ("Khám thai, mang thai 12 tuần", [(PROC, "Khám thai"), (HC, "mang thai")]),
    ("我叫陳美玲，我有高血壓，想預約看醫生。", [(HC, "高血壓")]),
    ("糖尿病复诊", [(HC, "糖尿病")]),
    ("乳房X光檢查 | Salud Valle", [(PROC, "乳房X光")]),
    ("당뇨병이 있어요", [(HC, "당뇨병")]),
    ("Беременность, первый триместр", [(HC, "Беременность")]),
    ("жалуется на головную боль", [(HC, "головную боль")]),
    ("May altapresyon po ako", [(HC, "altapresyon")]),
    ("Mwen gen dyabèt", [(HC, "dyabèt")]),
    ("سبب الزيارة: السكري", [(HC, "السكري")]),
    ("Vacuna Influenza ES", [(MED, "Vacuna"), (HC, "Influenza")]),
    (
        "Sjögren's syndrome and Sjogren's syndrome",
        [(HC, "Sjögren's syndrome"), (HC, "Sjogren's syndrome")],
    ),
    ("he had his hip replaced on October 3rd", [(PROC, "hip replaced")]),
    ("I had my gallbladder out last year", [(PROC, "gallbladder out")]),
    ("/conditions/type-2-diabetes/", [(HC, "type-2-diabetes")]),
    ("Type 2 Diabetes Care | Springfield Health", [(HC, "Type 2 Diabetes")]),
    ("Book your mammogram today", [(PROC, "mammogram")]),
    # the imaging service as a scheduling system or a location names it
    ("Raleigh Women's Health - Mammography", [(PROC, "Mammography")]),
    ("Mammograms save lives", [(PROC, "Mammograms")]),
    ("ozempic-vs-wegovy", [(MED, "ozempic"), (MED, "wegovy")]),
    ("Crohn's disease support", [(HC, "Crohn's disease")]),
    ("/blog/living-with-crohns-disease", [(HC, "crohns-disease")]),
    ("Alzheimer’s caregivers", [(HC, "Alzheimer’s")]),
    ("weight_loss_surgery", [(PROC, "weight_loss_surgery")]),
    ("Managing migraines at work", [(HC, "migraines")]),
    ("KNEE REPLACEMENT recovery", [(PROC, "KNEE REPLACEMENT")]),
    ("IVF success rates", [(PROC, "IVF")]),
    ("prediabetes", [(HC, "prediabetes")]),
    ("pre-diabetes program", [(HC, "pre-diabetes")]),
    ("HIV/AIDS awareness", [(HC, "HIV/AIDS")]),
    ("Plan B One-Step in stock", [(MED, "Plan B One-Step")]),
    ("PrEP for HIV prevention", [(MED, "PrEP for HIV")]),
    ("heat stroke warning", [(HC, "heat stroke")]),
    ("Stroke recovery and rehab", [(HC, "Stroke"), (PROC, "rehab")]),
    ("/conditions/stroke/", [(HC, "stroke")]),
    (
        "Hx T2DM, HTN. Complains of headaches and blurred vision",
        [
            (HC, "T2DM"),
            (HC, "HTN"),
            (HC, "headaches"),
            (HC, "blurred vision"),
        ],
    ),
    ("HIV-1 viral load", [(HC, "HIV")]),
    ("COVID-19 vaccine appointments", [(MED, "COVID-19 vaccine")]),
    ("Physical therapy for back pain", [(PROC, "Physical therapy"), (HC, "back pain")]),
    ("Café — anxiety, DIABETES", [(HC, "anxiety"), (HC, "DIABETES")]),
    ("https://clinic.example/search?q=std+testing", [(PROC, "std+testing")]),
    ("https://clinic.example/book?type=bariatric-surgery&ref=x", [(PROC, "bariatric-surgery")]),
    ("https://ads.example/lp?utm_source=g&utm_term=jardiance+dosage", [(MED, "jardiance")]),
    # everyday CRM wording a recall check found missing
    ("Allergic to penicillin.", [(MED, "penicillin")]),
    ("wants her IUD out", [(PROC, "IUD")]),
    ("pt said she feels suicidal", [(HC, "suicidal")]),
    ("Chiropractic care for neck pain", [(PROC, "Chiropractic care"), (HC, "neck pain")]),
    # the stop phrases for other senses leave the health sense alone
    ("Flu season: get your flu shot", [(HC, "Flu"), (PROC, "flu shot")]),
    ("COVID-19 testing sites", [(PROC, "COVID-19 testing")]),
    ("Fever in toddlers: when to call", [(HC, "Fever")]),
    ("Insomnia and anxiety", [(HC, "Insomnia"), (HC, "anxiety")]),
    ("Great news for depression patients", [(HC, "depression")]),
    ("Bubonic plague of 1665", [(HC, "Bubonic plague")]),
    # marketing wording: GLP-1 slang, search misspellings, shop products, campaign names
    ("sema+shots+cost", [(MED, "sema+shots")]),
    ("tirz+compounded", [(MED, "tirz")]),
    ("2024_glp1_weightloss_lead_gen", [(MED, "glp1"), (HC, "weightloss")]),
    ("ozempik", [(MED, "ozempik")]),
    ("diabetis diet", [(HC, "diabetis")]),
    ("hemroids", [(HC, "hemroids")]),
    ("seasonal depression", [(HC, "seasonal depression")]),
    ("lump in breast", [(HC, "lump in breast")]),
    ("https://clinic.example/ed-treatment", [(PROC, "ed-treatment")]),
    ("Lice Treatment Kit", [(HC, "Lice")]),
    ("Prenatal Vitamins 90ct", [(MED, "Prenatal Vitamins")]),
    ("Dexcom G7 sensor", [(PROC, "Dexcom")]),
    ("Ostomy Bags", [(PROC, "Ostomy")]),
    ("Preparation H Ointment", [(MED, "Preparation H")]),
    ("Bariatric Seminar", [(PROC, "Bariatric Seminar")]),
    # community outreach: a support group's and a screening sheet's own words
    ("Grief Support Group - Tuesday Evenings", [(PROC, "Grief Support")]),
    ("Bereavement Support Group", [(PROC, "Bereavement Support")]),
    ("elevated BP, gave FQHC list", [(HC, "elevated BP")]),
    ("high blood presure, want to learn about salt", [(HC, "high blood presure")]),
    # an ad creative's name is words, not a product code
    ("CPAP_Static_1080x1080", [(PROC, "CPAP")]),
    ("SleepApnea_CPAP_Video_15s", [(HC, "SleepApnea"), (PROC, "CPAP")]),  # camelCase split
    # a direct-mail version in capitals: words beside the term, not a SKU's short codes
    ("DIABETES_ED_65PLUS", [(HC, "DIABETES")]),
    ("WOMENS_MAMMO_40_A", [(PROC, "MAMMO")]),
    # a brand with an inner capital is one word, also beside a camelCase split
    ("OxyContin 20mg", [(MED, "OxyContin")]),
    ("refill EpiPen and NovoLog FlexPen", [(MED, "EpiPen"), (MED, "NovoLog")]),
    ("FluMist appointment", [(MED, "FluMist")]),  # not its "Flu"
    ("CoolSculpting consult", [(PROC, "CoolSculpting")]),
    ("DiabetesEducation_EpiPen", [(HC, "Diabetes"), (MED, "EpiPen")]),
    # consumer searches found missing in a coverage check
    ("lip filler near me", [(PROC, "lip filler")]),
    ("Mobic vs ibuprofen", [(MED, "Mobic"), (MED, "ibuprofen")]),
    ("restless legs at night", [(HC, "restless legs")]),
    # a URL nested in another's query, percent-encoded once or twice (Outlook Safe Links, a
    # pixel's ``dl=`` in a log line): its separators are spaces too
    ("https://nam12.safelinks.protection.outlook.com/?url=https%3A%2F%2Fx.org%2Funsub%3F"
     "list%3Dhepatitis-c-outreach&data=05", [(HC, "hepatitis-c")]),
    ("GET /tr/?dl=https%253A%252F%252Fx.org%252Fconditions%252Fdiabetes%252F HTTP/1.1",
     [(HC, "diabetes")]),
    # elective care's services (tests/test_elective_care.py): med spa, dental, audiology
    ("Laser Hair Removal - Underarms x6", [(PROC, "Laser Hair Removal")]),
    ("Comprehensive Audiogram", [(PROC, "Audiogram")]),
    ("PROPHY", [(PROC, "PROPHY")]),
    ("Perio Maintenance 3 Mo", [(PROC, "Perio Maintenance")]),
    ("Implant crown #19", [(PROC, "Implant crown")]),
    ("Restylane Kysse, 1 syringe", [(MED, "Restylane")]),
    ("completed new patient exam", [(PROC, "new patient exam")]),
    # durable medical equipment and sleep testing (tests/test_device_resupply.py)
    ("Split-night polysomnography", [(PROC, "polysomnography")]),
    ("insurance_breast_pump_v2", [(PROC, "breast_pump")]),
    ("Power wheelchair, group 2 standard", [(PROC, "Power wheelchair")]),
    ("Power operated vehicle, 3-wheel", [(PROC, "Power operated vehicle")]),
    ("NPWT dressing kit, medium", [(PROC, "NPWT")]),
    ("5L oxygen concentrator rental", [(PROC, "oxygen concentrator")]),
    # sleep medicine's tests, treatments and drugs (tests/test_sleep_medicine.py)
    ("Test: MSLT", [(PROC, "MSLT")]),
    ("Multiple sleep latency test after PSG", [(PROC, "Multiple sleep latency test")]),
    ("APAP 5-15 cmH2O", [(PROC, "APAP")]),
    ("Drug-induced sleep endoscopy (DISE)", [(PROC, "Drug-induced sleep endoscopy")]),
    ("hypoglossal nerve stimulator candidate", [(PROC, "hypoglossal nerve stimulator")]),
    ("CBT-I Session 3", [(PROC, "CBT-I")]),
    ("Xywav oral solution", [(MED, "Xywav")]),
    ("narcolepsy with cataplexy", [(HC, "narcolepsy"), (HC, "cataplexy")]),
    # a pharmacy's front store and immunization menu (tests/test_retail_pharmacy.py)
    ("ONE TOUCH ULTRA BLUE TEST STRIPS 50CT", [(PROC, "ONE TOUCH ULTRA")]),
    ("Accu-Chek Guide glucose test strips", [(PROC, "Accu-Chek"), (PROC, "glucose test strips")]),
    ("Pneumococcal vaccine", [(MED, "Pneumococcal vaccine")]),
    # a fax cover note's echo shorthand (document-intake probe); "echo" alone is a name
    ("please schedule transthoracic echo", [(PROC, "transthoracic echo")]),
    ("Stress echo; transesophageal echocardiogram",
     [(PROC, "Stress echo"), (PROC, "transesophageal echocardiogram")]),
    # consumer genomics and DTC lab kits (tests/test_genomics_and_labs.py)
    ("Reports: Ancestry Composition, Carrier Status", [(PROC, "Carrier Status")]),
    ("BRCA1/BRCA2 (Selected Variants)", [(HC, "BRCA1"), (HC, "BRCA2")]),
    ("brca1_brca2_selected_variants", [(HC, "brca1"), (HC, "brca2")]),
    ("worried about my APOE4 result", [(HC, "APOE4")]),
    ("Everlywell Food Sensitivity Test", [(PROC, "Food Sensitivity Test")]),
    # public health programmes (tests/test_public_health.py): symptoms on a call line,
    # vaccines of an IIS history and a school roster, WIC nutrition risks, HCV and lead
    ("Symptomatic - loss of smell, asked where to get tested", [(HC, "loss of smell")]),
    ("Eligible for JYNNEOS - book at a clinic", [(MED, "JYNNEOS")]),
    ("MMR; DTaP dose 5", [(PROC, "MMR"), (PROC, "DTaP")]),
    ("201 - Low Hematocrit/Low Hemoglobin", [(HC, "Low Hematocrit"), (HC, "Low Hemoglobin")]),
    ("HCV screening and linkage to care", [(PROC, "HCV screening")]),
    ("Childhood lead screening; elevated blood lead",
     [(PROC, "lead screening"), (HC, "elevated blood lead")]),
    # HCP marketing's cardiorenal wording (tests/test_hcp_marketing.py)
    ("Prior auth limits SGLT2 inhibitor use in HFpEF",
     [(MED, "SGLT2 inhibitor"), (HC, "HFpEF")]),
    ("samples of Kerendia", [(MED, "Kerendia")]),
    ("Heart failure; cardiorenal syndrome",
     [(HC, "Heart failure"), (HC, "cardiorenal syndrome")]),
    # addiction treatment and recovery housing (tests/test_behavioral_health.py)
    ("I relapsed on meth after 9 months clean", [(MED, "meth")]),
    ("Program: Recovery residence, Level II", [(PROC, "Recovery residence")]),
    # dental, vision and hearing exports (tests/test_dental_vision_hearing.py)
    ("PerEx, 4BWX, Pro", [(PROC, "PerEx"), (PROC, "4BWX")]),
    ("Resin-based composite - two surfaces, posterior", [(PROC, "Resin-based composite")]),
    ("time for your 6-month cleaning!", [(PROC, "6-month cleaning")]),
    ("your cleaning and checkup at Bright Smiles", [(PROC, "cleaning and checkup")]),
    ("Clear Aligner At-Home Impression Kit", [(PROC, "Clear Aligner")]),
    ("Implant_Consult_Booked", [(PROC, "Implant_Consult")]),
    ("Acuvue Oasys 2-Week contact lenses", [(PROC, "Acuvue"), (PROC, "contact lenses")]),
    ("Mild-to-moderate sensorineural", [(HC, "sensorineural")]),
    ("Nearsighted with astigmatism", [(HC, "Nearsighted"), (HC, "astigmatism")]),
    # medical cannabis programmes (tests/test_medical_cannabis.py): the programme, its card,
    # prescription cannabinoids and the qualifying conditions states name
    ("MMJ Card Renewal Reminder - 30 days", [(MED, "MMJ Card")]),
    ("Renew your MMJ today", [(MED, "MMJ")]),
    ("Epidiolex 100 mg/mL oral solution", [(MED, "Epidiolex")]),
    ("Intractable pain; chronic nonmalignant pain",
     [(HC, "Intractable pain"), (HC, "chronic nonmalignant pain")]),
    # employer drug and alcohol testing, DOT cards and work injuries
    # (tests/test_occupational_health_testing.py)
    ("DOT Urine 5 Panel", [(PROC, "DOT Urine")]),
    (
        "Non-DOT 10 Panel Urine + Expanded Opiates",
        [(PROC, "10 Panel Urine"), (PROC, "Expanded Opiates")],
    ),
    # a panel by its size, as an employer portal's test list writes it (urgent-care probe)
    ("DOT 5-panel urine", [(PROC, "5-panel urine")]),
    ("Pre-employment: DOT 5-panel", [(PROC, "DOT 5-panel")]),
    # an urgent care's commonest reason and test by their own words
    ("laceration left hand", [(HC, "laceration")]),
    ("Ankle injury", [(HC, "Ankle injury")]),
    ("Rapid antigen: negative", [(PROC, "Rapid antigen")]),
    ("Post-accident breath alcohol test", [(PROC, "breath alcohol test")]),
    ("Quantitative fit test", [(PROC, "Quantitative fit test")]),
    ("Functional capacity evaluation", [(PROC, "Functional capacity evaluation")]),
    ("Wearing corrective lenses", [(PROC, "corrective lenses")]),
    ("a follow-up of his right shoulder strain", [(HC, "shoulder strain")]),
    ("Second-degree burn to left forearm", [(HC, "Second-degree burn")]),
    # outpatient rehabilitation (tests/test_rehab_therapy_clinics.py): outcome measures,
    # CPT names, a workers' comp test, shorthand and an ICD-10 wording
    ("Oswestry Disability Index", [(PROC, "Oswestry Disability Index")]),
    ("Final QuickDASH and LEFS", [(PROC, "QuickDASH")]),
    ("Functional Capacity Evaluation (97750)", [(PROC, "Functional Capacity Evaluation")]),
    ("therapeutic exercise, manual therapy", [
        (PROC, "therapeutic exercise"), (PROC, "manual therapy")]),
    ("L Knee OA", [(HC, "Knee OA")]),
    ("Sprain of anterior cruciate ligament of right knee", [
        (HC, "Sprain of anterior cruciate ligament")]),
    # student, school and camp health (tests/test_student_and_school_health.py): a
    # counselling centre's visit types, college vaccine requirements, a sports physical,
    # a district's screenings, a camp infirmary's complaint
    ("Individual Therapy - Follow Up", [(PROC, "Individual Therapy")]),
    ("Initial Counseling Consultation", [(PROC, "Counseling Consultation")]),
    ("Meningococcal B; MenACWY", [(PROC, "Meningococcal B"), (PROC, "MenACWY")]),
    ("Pre-Participation Physical Examination",
     [(PROC, "Pre-Participation Physical Examination")]),
    ("Vision screening referral", [(PROC, "Vision screening")]),
    ("bee sting left forearm", [(HC, "bee sting")]),
    ("Comprehensive metabolic panel", [(PROC, "Comprehensive metabolic panel")]),
    # an ampersand for "and" inside a term (a unit's, a college counselling centre's name)
    ("Acetaminophen & Codeine #3 tablets", [(MED, "Acetaminophen & Codeine")]),
    ("Your Counseling & Psychological Services visit",
     [(PROC, "Counseling & Psychological Services")]),
    # international patients: a Mexican patient's form and a facilitator's document list
    # (international patients probe)
    ("Solicitud de cirugía cardíaca", [(PROC, "cirugía cardíaca")]),
    ("Implantes dentales", [(PROC, "Implantes dentales")]),
    ("Passport copy; echo report; angiography CD",
     [(PROC, "echo report"), (PROC, "angiography")]),
    # a poison centre's exposure and a nurse line's triage complaints
    ("2-Possible poisoning > 1-Child under 6", [(HC, "poisoning")]),
    ("Carbon monoxide poisoning, whole family", [(HC, "poisoning")]),
    ("Call type: Poison exposure", [(HC, "Poison exposure")]),
    ("Protocol: Snake Bite", [(HC, "Snake Bite")]),
    ("tick bite behind left ear", [(HC, "tick bite")]),
    ("Ear pain since last night", [(HC, "Ear pain")]),
    ("button battery ingestion suspected", [(HC, "button battery ingestion")]),
    ("Swallowed Harmless Substance", [(HC, "Swallowed Harmless Substance")]),
    ("Sinus Pain or Congestion", [(HC, "Sinus Pain")]),
    ("Finger Injury; Leg Pain", [(HC, "Finger Injury"), (HC, "Leg Pain")]),
    ("I think my son swallowed a button battery", [(HC, "swallowed a button battery")]),
    # hives is the rash; a beekeeper's are not
    ("started amoxicillin, now has hives on arms", [(MED, "amoxicillin"), (HC, "hives")]),
    ("Local honey from our bee hives", []),
    # a PrEP refill is; a meal kit's is not
    ("PrEP refill due next week", [(MED, "PrEP refill")]),
    ("Meal Prep Refill Pack shipped", []),
    # an athletic trainer's and a sports-medicine clinic's wording
    # (tests/test_sports_medicine_athletics.py); a state's concussion information sheet
    # that every athlete signs names no one's concussion
    ("Suspected supraspinatus tendinopathy", [(HC, "tendinopathy")]),
    ("swimmer's shoulder, R", [(HC, "swimmer's shoulder")]),
    ("OUT, concussion protocol day 3", [(PROC, "concussion protocol")]),
    ("ImPACT baseline (neurocognitive)", [(PROC, "ImPACT baseline")]),
    ("Iron supplementation 65 mg", [(MED, "Iron supplementation")]),
    ("screening for low energy availability", [(HC, "low energy availability")]),
    ("PT eval and treat, 2x/week x 6 weeks", [(PROC, "eval and treat")]),
    ("CDC HEADS UP Concussion Information Sheet - acknowledged", []),
    ("Sudden Cardiac Arrest Information Sheet signed", []),
    # an insurance applicant's exam as a reminder text and an order feed say it
    # (tests/test_life_insurance_underwriting.py)
    ("Please fast 8 hours before your blood draw.", [(PROC, "blood draw")]),
    ("Requirements: Paramedical exam, Blood Profile", [(PROC, "Paramedical exam")]),
    ("Paramed exam scheduled", [(PROC, "Paramed exam")]),
    # gender-affirming care (tests/test_gender_affirming_lgbtq_health.py): a diagnosis and
    # a service are health, a gender identity is not; a crisis texter's self-harm wording
    ("Dx: gender dysphoria; Transgender Health Program referral",
     [(HC, "gender dysphoria"), (PROC, "Transgender Health")]),
    ("i'm trans and i've been cutting again", [(HC, "cutting again")]),
    ("started cutting myself after school", [(HC, "cutting myself")]),
    ("Gender-Affirming Voice Therapy - Initial Evaluation", [(PROC, "Voice Therapy")]),
    # a skin mole, and the dermatology and allergy clinics' tests (dermatology probe); the
    # sauce, the arcade game and the chemist's unit are blockers
    ("mole on left shoulder, changed colour", [(HC, "mole")]),
    ("Full Body Skin Exam", [(PROC, "Full Body Skin Exam")]),
    ("Skin prick test - environmental panel", [(PROC, "Skin prick test")]),
    ("Patch test placement on Monday", [(PROC, "Patch test")]),
    ("Oral food challenge - baked egg", [(PROC, "Oral food challenge")]),
    ("Excise - atypical pigment network", [(HC, "atypical pigment network")]),
    ("Chicken mole poblano, rice and beans", []),
    ("2 moles of oxygen per mole of glucose", []),
    ("Whack-a-mole with ad blockers again", []),
    ("Burger food challenge: 3 lb in 30 min", []),
    # dictation worktypes, dictated exams and a patient's words in a visit transcript
    # (ambient scribe probe)
    ("Cardiac Cath Report", [(PROC, "Cardiac Cath")]),
    ("Lungs clear to auscultation bilaterally", [(PROC, "auscultation")]),
    ("RRR, no murmurs, rubs or gallops", [(HC, "murmurs")]),
    ("I get this tightness in my chest on the stairs", [(HC, "tightness in my chest")]),
    # a pediatric practice's recall list, a lactation booking, newborn hearing and
    # metabolic screens, developmental screeners and a newborn's bilirubin (pediatric probe)
    ("18 Month Well Child Check", [(PROC, "Well Child Check")]),
    ("Mia is due for her 18-month well-child check-up", [(PROC, "well-child check-up")]),
    ("In-Home Lactation Consult (90 min)", [(PROC, "Lactation Consult")]),
    ("Screen type: AABR, left ear refer", [(PROC, "AABR")]),
    ("Out of range: presumptive PKU", [(HC, "PKU")]),
    ("24 Month ASQ-3", [(PROC, "ASQ-3")]),
    ("M-CHAT-R/F total 5, medium risk", [(PROC, "M-CHAT-R/F")]),
    ("Transcutaneous bilirubin before discharge", [(PROC, "Transcutaneous bilirubin")]),
    # bare ASQ (the quality society) and ABR (a bitrate) stay out
    ("ASQ certified quality auditor; 320 kbps ABR", []),
    # an ABA practice's CPT descriptors, services and a client's target behaviours, and
    # the IDEA category of speech or language (autism and early intervention probe)
    (
        "Adaptive behavior treatment by protocol",
        [(PROC, "Adaptive behavior treatment")],
    ),
    ("Behavior identification assessment (97151)", [(PROC, "Behavior identification assessment")]),
    ("Reminder: your ABA session is tomorrow", [(PROC, "ABA session")]),
    ("Self-injurious behavior (head hitting)", [(HC, "Self-injurious behavior")]),
    ("tantrums and self-injury have gone down", [(HC, "self-injury")]),
    ("Target: physical aggression", [(HC, "physical aggression")]),
    ("Secondary: Speech or Language Impairment", [(HC, "Speech or Language Impairment")]),
    # developmental and autism diagnostic instruments, a Part C service and the BACB's
    # tiers of ABA, and autism signs as an intake form words them
    (
        "Battelle Developmental Inventory, Third Edition",
        [(PROC, "Battelle Developmental Inventory")],
    ),
    ("ADOS-2, Module 1", [(PROC, "ADOS-2")]),
    ("Speech-language therapy 2x/month", [(PROC, "Speech-language therapy")]),
    ("Comprehensive ABA (30+ hrs/week)", [(PROC, "Comprehensive ABA")]),
    ("lines up toys, no eye contact", [(HC, "lines up toys"), (HC, "no eye contact")]),
    # bare ABA (a routing number, a bar association), aggression and elopement stay out
    ("ABA routing 021000021; passive aggression; elopement package", []),
    ("BDI score 14; adios amigos", []),
    # a jail's tablet sick-call request, its triage wording and nurse protocols, and a
    # psychiatric visit by video from the facility (correctional health probe)
    ("my tooth hurts since tuesday", [(HC, "tooth hurts")]),
    ("both my teeth hurt when i chew", [(HC, "teeth hurt")]),
    ("burning with urination x3 days", [(HC, "burning with urination")]),
    ("Protocol: Dental Pain", [(HC, "Dental Pain")]),
    ("Telepsychiatry follow-up", [(PROC, "Telepsychiatry")]),
    ("Protocol: Opiate Withdrawal", [(HC, "Opiate Withdrawal")]),
    ("benzodiazepine withdrawal watch", [(HC, "benzodiazepine withdrawal")]),
    # a veteran's screenings, exams, counselling and reported exposures (military probe)
    ("Individual readjustment counseling", [(PROC, "readjustment counseling")]),
    ("presenting issue: military sexual trauma", [(HC, "military sexual trauma")]),
    ("DD 2796 (PDHA)", [(PROC, "PDHA")]),
    ("Post-Deployment Health Assessment due", [(PROC, "Post-Deployment Health Assessment")]),
    ("Your C&P exam is on Tuesday", [(PROC, "C&P exam")]),
    ("Get screened: toxic exposure screening now", [(PROC, "toxic exposure screening")]),
    ("Yes - burn pit smoke", [(HC, "burn pit smoke")]),
    ("declined mental health appointment", [(PROC, "mental health appointment")]),
    # the law, a chemical's name alone, a time zone and public housing stay out
    ("The PACT Act and your VA benefits: Agent Orange", []),
    ("Meeting at 0900 MST; PHA housing voucher", []),
    # secure-chat, paging and nurse-call wording (clinical messaging and paging probe)
    ("CODE_BLUE", [(HC, "CODE_BLUE")]),
    ("sacral wound, stage 2 pressure injury", [(HC, "sacral wound"), (HC, "pressure injury")]),
    ("SpO2 Low", [(HC, "SpO2 Low")]),
    ("pt hypotensive after lasix", [(HC, "hypotensive"), (MED, "lasix")]),
    ("troponin pending, desaturation overnight", [(PROC, "troponin"), (HC, "desaturation")]),
    ("Blue Code Studios; code review due; low-code builder", []),
    ("Acute change in mental status", [(HC, "change in mental status")]),
    # an RPM programme's equipment, named for what it measures (remote monitoring probe)
    ("Cellular blood pressure monitor, adult large cuff", [(PROC, "blood pressure monitor")]),
    ("my BP cuff stopped syncing", [(PROC, "BP cuff")]),
    ("Remote physiologic monitoring, first 20 min", [(PROC, "Remote physiologic monitoring")]),
    ("my blood pressure was fine today", []),
    # a drug class by what it treats, in a subscriber's reply (SMS marketing probe)
    ("can I take this with my blood pressure meds?", [(MED, "blood pressure meds")]),
    ("ran out of my thyroid medication and water pills",
     [(MED, "thyroid medication"), (MED, "water pills")]),
    ("Heart meds refilled, BP pills too", [(MED, "Heart meds"), (MED, "BP pills")]),
    # eating disorder behaviours and treatment (eating disorder probe)
    ("restricting food, purging after meals",
     [(HC, "restricting food"), (HC, "purging after meals")]),
    ("Urge to purge after lunch was a 7/10", [(HC, "Urge to purge")]),
    ("daily purging behaviors", [(HC, "purging behaviors")]),
    ("hiding food, cutting food into tiny pieces", [(HC, "hiding food")]),
    ("Refusing to eat, fear of choking", [(HC, "Refusing to eat"), (HC, "fear of choking")]),
    ("Family-Based Treatment (FBT)", [(PROC, "Family-Based Treatment")]),
    ("your virtual meal support group starts at noon", [(PROC, "meal support group")]),
    # language services: translated discharge papers and interpreter requests
    ("Diagnóstico: neumonía. Medicamentos: amoxicilina",
     [(HC, "neumonía"), (MED, "amoxicilina")]),
    ("Tome metformina y furosemida", [(MED, "metformina"), (MED, "furosemida")]),
    ("Pt in active labor, 38 weeks", [(HC, "active labor")]),
    # food as medicine: a renal diet in a member's words and a meal vendor's
    ("Great for my kidney diet, less salty", [(PROC, "kidney diet")]),
    ("Plan: Kidney-Friendly Diet, 14 meals", [(PROC, "Kidney-Friendly Diet")]),
    # travel medicine and immigration exams (tests/test_travel_immigration_medicine.py):
    # a travel vaccine named by its disease or its brand, an antimalarial's brand, an IGRA
    ("I had the typhoid shot two years ago", [(HC, "typhoid")]),
    ("Typhoid (injectable); Dengue risk", [(HC, "Typhoid"), (HC, "Dengue")]),
    ("Ixiaro dose 1; YF-VAX 0.5 mL", [(MED, "Ixiaro"), (MED, "YF-VAX")]),
    ("Vaxchora and Coartem standby", [(MED, "Vaxchora"), (MED, "Coartem")]),
    ("TB IGRA negative", [(PROC, "IGRA")]),
    ("Immigration Medical Exam (I-693)", [(PROC, "Immigration Medical Exam")]),
    ("Pre-travel consultation, 45 min", [(PROC, "Pre-travel consultation")]),
    ("acute mountain sickness on day 2", [(HC, "acute mountain sickness")]),
    ("Yes - 2 L/min via nasal cannula", [(PROC, "nasal cannula")]),
    # a security office's hold log, a Code Gray report, a chaplain's referral and a
    # get-well card (hospital visitors and security probe)
    ("Hold Type: Emergency Detention (psychiatric)", [(PROC, "Emergency Detention")]),
    ("Placed on a 5150 hold at 2110", [(PROC, "5150 hold")]),
    ("4-point restraints applied per MD order", [(PROC, "4-point restraints")]),
    ("Anointing of the sick - patient actively dying", [(HC, "actively dying")]),
    ("Hope your new hip is feeling better!", [(PROC, "new hip")]),
    ("Upper denture in pink case", [(PROC, "denture")]),
    # side effects as callers say them and speech-analytics phrase libraries list them
    # (the contact-centre probe)
    ("made me nauseous", [(HC, "nauseous")]),
    ("felt nauseated after the second dose", [(HC, "nauseated")]),
    ("made me dizzy | broke out in a rash", [(HC, "made me dizzy"), (HC, "broke out in a rash")]),
    # chiropractic, acupuncture and massage clinics: treatment types, SOAP-note modalities,
    # CPT descriptors, TCM pattern diagnoses and herbal formulas (integrative probe)
    ("Acupuncture Follow-up 45 min", [(PROC, "Acupuncture")]),
    ("Cupping therapy (back, 8 min); moxibustion on ST36",
     [(PROC, "Cupping therapy"), (PROC, "moxibustion")]),
    ("Initial Chiro Exam", [(PROC, "Chiro Exam")]),
    ("Chiropractic manipulative treatment, spinal, 3-4 regions",
     [(PROC, "Chiropractic manipulative treatment")]),
    ("Subluxation noted at C5, T4, L5", [(HC, "Subluxation")]),
    ("Trigger point therapy, myofascial release",
     [(PROC, "Trigger point therapy"), (PROC, "myofascial release")]),
    ("Prenatal Massage 60", [(PROC, "Prenatal Massage")]),
    ("TCM pattern: Liver Qi stagnation", [(HC, "Liver Qi stagnation")]),
    ("Kidney Yang deficiency", [(HC, "Kidney Yang deficiency")]),
    ("Gui Pi Tang granules, 3 g twice daily", [(MED, "Gui Pi Tang")]),
    # a person's life-sustaining and electricity-dependent equipment, as a special needs
    # registry, a utility's medical certificate and an evacuation manifest name it, and
    # disaster mental health's first intervention (disaster and shelters probe)
    ("Yes - home ventilator", [(PROC, "home ventilator")]),
    ("Ventilator dependent; tracheostomy", [(HC, "Ventilator dependent"), (PROC, "tracheostomy")]),
    ("Motorized wheelchair; hospital bed",
     [(PROC, "Motorized wheelchair"), (PROC, "hospital bed")]),
    ("feeding pump and suction machine", [(PROC, "feeding pump"), (PROC, "suction machine")]),
    ("oxygen-dependent, on a low air loss mattress",
     [(HC, "oxygen-dependent"), (PROC, "low air loss mattress")]),
    ("Contact type: Psychological first aid", [(PROC, "Psychological first aid")]),
    # an outreach audience's and a care gap's short names for colorectal cancer screening
    # (reverse ETL probe)
    ("Colorectal screening due 45+", [(PROC, "Colorectal screening")]),
    ("Care gap: CRC screening", [(PROC, "CRC screening")]),
    # the glycated haemoglobin test named with the word that says so: a personalisation
    # list or a nurture audience, a coaching goal (experimentation probe)
    ("A1c education seekers", [(PROC, "A1c education")]),
    ("Lowering your A1c levels", [(PROC, "A1c levels")]),
    ("A1c check overdue", [(PROC, "A1c check")]),
    # the tobacco test behind a wellness surcharge, a lipid panel's result names and a
    # screening's draw (biometric screening probe)
    ("Cotinine positive at screening", [(PROC, "Cotinine")]),
    ("Nicotine test required for the non-tobacco discount", [(PROC, "Nicotine test")]),
    ("Your LDL cholesterol was 162 mg/dL", [(PROC, "LDL cholesterol")]),
    ("Finger stick - glucose and lipids", [(PROC, "Finger stick")]),
    ("Started nicotine replacement therapy", [(PROC, "nicotine replacement therapy")]),
    # a med spa's device treatments, filler placements and IV and injection services
    # (tests/test_medical_spa_aesthetics.py)
    ("Morpheus8 - Face & Neck (3 sessions)", [(PROC, "Morpheus8")]),
    ("RF Microneedling + PRP", [(PROC, "RF Microneedling")]),
    ("Lip Flip (4 units)", [(PROC, "Lip Flip")]),
    ("Tear trough filler consult", [(PROC, "Tear trough filler")]),
    ("PDO thread lift - jowls", [(PROC, "PDO thread lift")]),
    ("Ultherapy full face", [(PROC, "Ultherapy")]),
    ("Myers Cocktail IV drip", [(MED, "Myers Cocktail")]),
    ("Lipotropic injections x4", [(MED, "Lipotropic injections")]),
    # a PAR-Q's and a member alert's heart condition, a trainer's reversed BP shorthand, a
    # class booked for a pregnant or a postpartum client (fitness probe)
    ("Heart condition - clear with MD before HIIT", [(HC, "Heart condition")]),
    ("BP elevated - advised to see his physician", [(HC, "BP elevated")]),
    ("Prenatal Yoga", [(PROC, "Prenatal Yoga")]),
    ("Postpartum Yoga (6 wk+)", [(PROC, "Postpartum Yoga")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[p[0] for p in POSITIVES])
def test_finds_health_terms(engine: Engine, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(engine, {"note": text}) == expected


NEGATIVES = [
    # a gender identity is a demographic answer, not a condition (SOGI fields)
    "Transgender woman",
    # a bare "dizzy" is a nickname, and a dizzying array is no symptom
    "Dizzy Gillespie tribute night",
    "a dizzying array of plan options",
    "Transgender Male / Female-to-Male",
    "cutting costs again this quarter",  # not the self-harm wording
    # a panel's count that is no drug test: a door, a fence, a solar array
    "Shaker 5-panel door, primed",
    "10-panel solar kit with inverter",
    "hemoglobin",  # the protein alone names no test
    "Surgical Pathology",  # a department's name: only the exam's descriptor is health
    # a career centre's and a bank's counselling, a physics course, a course title
    "Career counseling drop-in hours",
    "Financial counseling for first-year students",
    "PHYS 1250 Physical Science",
    "Echo Park office fax",  # an echo is no test without its kind
    # a hold, a detention and a restraint that are no patient's; a genre, not a joint
    "Hold music: track 3; after-school detention; budget restraint",
    "Check out the new hip hop playlist",
    "echo the report back to the sender",  # a verb before a report is no echo report
    "data migration to the new mesh network",
    "Methods: see the appendix",  # a word that starts like meth
    "protein shakes after drinking water",
    "I have a gripe with billing",  # Spanish "gripe" (flu) is left out: English word
    "Cita para el lunes",
    # hard negatives of other languages: everyday words next to the listed health words
    "I was embarrassed to ask",  # not embarazada
    "Me sentí avergonzada en recepción",  # embarrassed, not pregnant
    "Feliz Día de las Madres: un regalo para mamá",  # mum, not mama (breast)
    "María Dolores Ortega",  # a given name, not pains
    "我喜欢吃糖",  # sugar alone is not diabetes
    "주차가 편리했어요",  # parking
    "Nhân viên rất thân thiện, bãi đậu xe rộng",  # staff, parking
    "Рак и креветки на ужин",  # crayfish: bare рак is not listed
    "utm_campaign=spring_sale",
    "wheelchair accessible entrance",  # a bare wheelchair is an access word
    "power outage at the warehouse",
    "cold brew coffee",
    "back to top",
    "stroke of luck",
    "Brush strokes and lithium batteries",
    "cardiology",  # a department name alone says nothing about a person
    "Meet our new Urology team at the North Pavilion",
    "Clicked promo SKU-FLU-24 ($66.00)",
    "PROMO_FLU_24",
    "COUPON-FLU-10",
    "Plan B",
    "our plan b for the weekend",
    "meal prep ideas",
    "customer pain points",
    "lithium battery",
    "roof shingles repair",
    "visual aids for presentations",
    "Amelia Earhart",
    "archive of old posts",  # "hiv" inside a word
    "prediabetesx",
    "diabetes2024",
    "Order #100234 SKU-12345-BLK qty 2 $19.99",
    "5e884898da28047151d0e56f8dc6292773603d0d6aabbdd62a11ef721d1542d8",
    "3f2a9c1e-ccca-4b1a-9f00-1a2b3c4d5e6f",  # "ccca" is an ICD term, but this is a UUID
    "1700000000123456",
    "Chrome/120.0.6099.109",
    "Summer sale - up to 50% off",
    # marketing copy that names a condition in another sense
    "Depression-Era Glass Collection",
    "The Great Depression: A History",
    "Cancer Zodiac Sign Traits",
    "cancer horoscope today",
    "Cancer Season Sale",
    "Flu Season Sale: 20% Off Tissues",
    "utm_campaign=flu_season_sale",
    "Migraine-Inducing Traffic on I-95",
    "COVID-19 Visitor Policy",
    "/patients-visitors/covid-19-visitor-policy",
    "Spring Fever Sale",
    "cabin_fever_cocktails",
    "Fever-Tree Tonic Water",
    "Saturday Night Fever Tickets",
    "Fever Dream Music Festival",
    "insomnia cookies",
    "Analysis Paralysis: Why Marketers Stall",
    "A Plague of Spam Bots",
    # the new slang, brands and phrases keep their neighbours' other senses out
    "SEMA Show 2024 Las Vegas",
    "Libre Office download",
    "Ed Sheeran tickets",
    "Bariatrics",  # a department name alone
    "Heart of the City Festival",
    "American Cancer Society Gala Tickets",  # a charity's name
    "symptom_checker_start",  # names no condition; the sample data's labels agree
    "archive%2Fmyhivemind%3D1",  # an escape opens no word inside another
    "100%25 cotton",
    "Good grief, support our team at the 5K",  # no grief support
    "Lash Lift & Tint; Spray Tan",  # salon services, not care
    "crown molding and a new patient portal",
    "pool and spa test strips, 50ct",  # water tests, not a glucose meter's
    "one touch checkout at the register",
    "Ancestry Composition and DNA Relatives",  # descent, not health
    "AncestryDNA kit, 2 pack",
    "lead generation and lead scoring webinar",  # a sales lead, no blood lead
    # a food label's cholesterol, a thyroid's and a heart's words without a drug's
    "Cholesterol 0mg, heart healthy recipe, thyroid and heart diagrams",
    "Loss of signal on the smell-o-vision feed",
    # cleaning, sealants and dailies alone are housework, building products and film rushes
    "Carpet cleaning and window cleaning, every 6 months",
    "Deck sealants and stains on sale",
    "Review the dailies before the edit",
    "Polarized sunglasses, tortoise",
    # an adult-use cannabis menu: strains, potency and terpenes name no one's treatment
    "Blue Dream 3.5g, Granddaddy Purple, Sour Diesel Pre-Roll",
    "THC 24.3%, CBD 0.2%; myrcene, limonene, beta-caryophyllene",
    "420 SALE! 20% off all eighths Fri 4/18 - Sun 4/20",
    # a panel code, a clothing fit test and a burn rate name no one's test or injury
    "10-panel",
    "Jeans fit test: true to size",
    "Q3 burn rate and supply chain strain",
    "Sales & Marketing; Research & Development",  # an ampersand in no term
    # a quick dash is a run, an OA an open-access journal, a sprain alone is a stop term
    "Make a quick dash to the store",
    "OA journal, CC BY licence",
    "Ankle weights for a home workout",
    # "poisoning" in its network and machine-learning senses
    "WAF blocked a DNS cache poisoning attempt",
    "ARP poisoning detected on VLAN 20",
    "Model card: robustness to data poisoning",
    "Pain points for the injury-law intake team",  # bare pain and injury stay phrases only
    "CR2032 button battery, 2-pack",  # a battery on sale is no one's ingestion
    "Tightness in the budget this quarter",  # only the phrase of the chest is a symptom
    "Cath Kidston tote bag",  # a cardiac cath, not a bare cath
    "Department: Cardiac Cath Lab",  # a department is no one's procedure
    # purging, bingeing, body checks and restrictions in their other senses
    "Purging old records after the retention window",
    "binged the whole season in a weekend",
    "Food restrictions: no pork, no shellfish",
    "Body checking is banned in youth hockey",
    "Strong SQL and dbt skills required",
    "Home-delivered meal support for seniors",
    "Kidney beans, low sodium, 15 oz",  # a grocery item, no diet
    "Labor relations and labor costs this quarter",  # bare labor stays a stop term
    "Deaf and Hard of Hearing Services, Room 120",  # a service's name, no one's hearing
    # a trip and a visa alone are no one's health (travel medicine probe)
    "Travel consultation with our agent: Kenya safari package",
    "Visa category H-1B, Form I-485 receipt",
    "Safari; Trekking; Cruises",
    # a practice's name, a price's adjustment, a coffee cupping and a day spa's menu are
    # no one's care (integrative probe)
    "Clinton Street Chiropractic",
    "Year-end price adjustment, 2 adjustments per invoice",
    "Coffee cupping notes: Ethiopia Guji, bright acidity",
    "Deep Tissue 60; Swedish 90; Gua Sha Facial",
    # an attic's ventilator, a staff course's first aid, a transport's stretcher and
    # wheelchair, and a tank of welding oxygen are no one's care (disaster and shelters probe)
    "Roof ventilator and attic fan replaced",
    "First aid kit restocked; staff first aid course Tuesday",
    "Transport type: Stretcher; Wheelchair van",
    "Oxygen and acetylene cylinders in the welding shop",
    # a bare A1C is a room, a bed, a seat or a part's code as often as the test
    "Room A1C, east wing",
    "Seat A1C confirmed",
    # a surcharge's tobacco status is an attestation, not a test (biometric screening
    # probe)
    "Tobacco user - surcharge applies",
    # an esthetician's and a salon's services are no health care (medical spa probe)
    "Signature Facial; Brow Wax & Tint; Lash Lift",
    "Packing filler, 2 bags; thread spool",
    # a class or a studio's service line without a pregnancy: no one's condition
    "Power Yoga; Yin Yoga; Mat Pilates",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_ignores_everyday_text(engine: Engine, text: str) -> None:
    assert found(engine, {"note": text}) == []


@pytest.mark.parametrize(
    ("record", "fields"),
    [
        # a CDC connector's schema history: the statement and the columns name a table's
        # columns, no person's condition
        ({"ddl": "ALTER TABLE patients ADD COLUMN diabetes_program_flag TINYINT(1)"}, []),
        ({"ddl": "CREATE TABLE IF NOT EXISTS crm.asthma_leads (id INT, email TEXT)"}, []),
        ({"sql": "DROP TABLE `copd_outreach`;"}, []),
        ({"tableChanges": [{"table": {"columns": [{"name": "diabetes_program_flag"}]}}]}, []),
        ({"schema": {"fields": [{"field": "asthma_severity", "type": "string"}]}}, []),
        # prose that opens like a statement, and an answer's name, are still read
        ({"note": "alter table talk: patient has diabetes"}, ["note"]),
        ({"fields": [{"name": "diabetes", "value": "yes"}]}, ["fields[0].name"]),
    ],
)
def test_schemas_name_columns_not_conditions(
    engine: Engine, record: dict, fields: list[str]
) -> None:
    result = engine.scan([record], source="t")
    assert sorted(result.findings.column("field").to_pylist()) == fields


def test_machine_fields_count_when_they_hold_health_words(engine: Engine) -> None:
    """Event, campaign and SKU names are chosen by marketers and name what they sell."""
    record = {
        "event_name": "diabetes_quiz_complete",
        "page_title": "Diabetes quiz",
        "utm_campaign": "colonoscopy_q3",
        "sku": "FLU-SHOT-2024",
        "event_timestamp": "1700000000000000",
        "user_agent": "Mozilla/5.0 (Linux; Android 13) AppleWebKit/537.36 Mobile Safari/537.36",
        "lifecycle_stage": "salesqualifiedlead",
        "status": "Closed - Not Converted",
        "currency": "CAD",  # Canadian dollars, not coronary artery disease
    }
    result = engine.scan([record], source="t")
    assert sorted(result.findings.column("field").to_pylist()) == [
        "event_name",
        "page_title",
        "sku",
        "utm_campaign",
    ]


def test_stop_phrases_hide_the_terms_inside_them() -> None:
    det = DictionaryDetector(terms=[("stroke", HC)], stop_terms=["stroke of luck"], shipped=False)
    eng = Engine(EngineConfig(ner=False), detectors=[det])
    assert found(eng, {"n": "A stroke of luck"}) == []
    assert found(eng, {"n": "After a stroke, luck"}) == [(HC, "stroke")]


def test_each_cell_keeps_its_own_offsets(engine: Engine) -> None:
    """Repeated and distinct texts in one chunk: every cell gets its own spans."""
    records = [{"t": "Migraine clinic"}, {"t": "Parking"}, {"t": "Migraine clinic"}]
    records.append({"t": "about our migraine clinic", "u": "/services/mammogram"})
    rows = engine.scan(records, source="t").findings.to_pylist()
    got = [(r["record"], r["field"], r["start"], r["end"], r["entity"]) for r in rows]
    assert got == [
        (0, "t", 0, 8, HC),
        (2, "t", 0, 8, HC),
        (3, "t", 10, 18, HC),
        (3, "u", 10, 19, PROC),
    ]


def test_scores_prefer_multi_word_terms(engine: Engine) -> None:
    rows = engine.scan([{"a": "asthma", "b": "back pain"}], source="t").findings.to_pylist()
    scores = {r["field"]: round(r["score"], 2) for r in rows}
    assert scores == {"a": dictionary.SCORE_SINGLE, "b": dictionary.SCORE_MULTI}
    assert {r["detector"] for r in rows} == {"dictionary"}


def test_policy_terms_and_stop_terms() -> None:
    det = DictionaryDetector(
        terms=[("Snake-Oil Syndrome", HC), ("migraine", PROC)], stop_terms=["Asthma"]
    )
    eng = Engine(EngineConfig(ner=False), detectors=[det])
    record = {"n": "snake oil syndrome, asthma and migraine"}
    assert found(eng, record) == [(HC, "snake oil syndrome"), (PROC, "migraine")]


def test_policy_terms_beat_the_shipped_stop_list_and_deny_beats_both() -> None:
    """Bare specialty names are stopped by default; a team that wants its specialty pages
    counted lists them as its own terms. Its deny list still has the last word."""
    url = "https://h.example/find-a-doctor/specialty/oncology"
    assert (
        found(Engine(EngineConfig(ner=False), detectors=[DictionaryDetector()]), {"u": url}) == []
    )
    det = DictionaryDetector(terms=[("oncology", PROC), ("cardiology", PROC)])
    eng = Engine(EngineConfig(ner=False), detectors=[det])
    assert sorted(found(eng, {"u": url, "t": "Meet our Cardiology team"})) == [
        (PROC, "Cardiology"),
        (PROC, "oncology"),
    ]
    denied = DictionaryDetector(terms=[("oncology", PROC)], stop_terms=["oncology"])
    assert found(Engine(EngineConfig(ner=False), detectors=[denied]), {"u": url}) == []


def test_policy_terms_alone_and_bad_entity() -> None:
    det = DictionaryDetector(terms=[("gizmo fever", HC)], shipped=False)
    eng = Engine(EngineConfig(ner=False), detectors=[det])
    assert found(eng, {"n": "Gizmo-Fever and diabetes"}) == [(HC, "Gizmo-Fever")]
    with pytest.raises(ValueError, match="health term entity"):
        DictionaryDetector(terms=[("x ray", "EMAIL")], shipped=False)


def test_automaton_is_built_once_per_engine(monkeypatch: pytest.MonkeyPatch) -> None:
    built = []
    real = dictionary.ahocorasick.Automaton

    def counting() -> object:
        built.append(1)
        return real()

    monkeypatch.setattr(dictionary.ahocorasick, "Automaton", counting)
    eng = Engine(EngineConfig(ner=False, detectors=("dictionary",)))
    assert len(built) == 1
    for text in ("asthma", "IVF", "nothing here"):
        eng.scan([{"n": text}], source="t")
    assert len(built) == 1


@pytest.mark.parametrize(
    "text",
    ["Crohn’s-Disease_2 ÉTÉ", "a\x00b", "İstanbul ǅ ß", "\u2018quoted\u2019 \u00a0 \U0001f600"],
)
def test_normalization_preserves_length(text: str) -> None:
    assert len(normalize(text)) == len(text)


def test_term_variants() -> None:
    assert term_variants("crohn s disease") == [
        "crohn s disease",
        "crohns disease",
        "crohn disease",
        "crohn s diseases",
        "crohns diseases",
        "crohn diseases",
    ]
    assert term_variants("allergy") == ["allergy", "allergies"]
    assert term_variants("ivf") == ["ivf", "ivfs"]


def test_is_health_term() -> None:
    assert dictionary.is_health_term("Parkinson's")
    assert not dictionary.is_health_term("Springfield")


# -- the shipped vocabulary ----------------------------------------------------------------


@pytest.fixture(scope="module")
def shipped_rows() -> list[list[str]]:
    path = files("detectors") / "data" / "health_terms.tsv.gz"
    with path.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as fh:
        lines = fh.read().splitlines()
    assert lines[0] == "term\tentity\tsource"
    return [line.split("\t") for line in lines[1:]]


def test_vocabulary_meets_size_floors(shipped_rows: list[list[str]]) -> None:
    counts = {e: sum(1 for r in shipped_rows if r[1] == e) for e in HEALTH_ENTITIES}
    assert counts["HEALTH_CONDITION"] >= 5000
    assert counts["MEDICATION"] >= 2000
    assert counts["PROCEDURE"] >= 300


def test_shipped_terms_are_normalized_unique_and_sorted(shipped_rows: list[list[str]]) -> None:
    terms = [r[0] for r in shipped_rows]
    assert all(normalize_term(t) == t for t in terms)
    assert terms == sorted(set(terms))
    assert {r[1] for r in shipped_rows} <= HEALTH_ENTITIES
    assert {r[2] for r in shipped_rows} <= {"curated", "doid", "icd10cm", "doid_symptom", "drugs"}


def test_stop_terms_are_not_shipped(shipped_rows: list[list[str]]) -> None:
    from detectors.vocab_build import read_stop_terms

    stop = read_stop_terms()
    assert {"cold", "stroke of luck", "pain", "plan b", "prep", "aids", "cardiology"} <= stop
    assert not stop & {r[0] for r in shipped_rows}


@pytest.mark.parametrize(
    ("description", "name"),
    [
        ("Type 2 diabetes mellitus without complications", "Type 2 diabetes mellitus"),
        ("Strongyloidiasis, unspecified", "Strongyloidiasis"),
        ("Other hammer toe(s) (acquired), right foot", "hammer toe"),
        ("Postnatal depression, NOS", "Postnatal depression"),
        ("Frostbite (T33-T34)", "Frostbite"),
        ("Problems with newborn", None),
        ("Poisoning by aspirin, accidental (unintentional)", None),
        ("Burn of first degree of right ankle, initial encounter", None),
    ],
)
def test_icd_descriptions_become_condition_names(description: str, name: str | None) -> None:
    from detectors.vocab_build import clean_icd

    assert clean_icd(description) == name


@pytest.mark.parametrize(
    ("term", "inn"),
    [
        ("risankizumab rzaa", "risankizumab"),
        ("erenumab aooe", "erenumab"),
        # not a biologic's suffix: a drug word that is no INN, a two-word name, a short stem
        ("alginic acid", None),
        ("aler dryl", None),
        ("insulin glargine yfgn", None),
        ("rmab abcd", None),
    ],
)
def test_biologic_proper_names_give_their_inn(term: str, inn: str | None) -> None:
    from detectors.vocab_build import _biologic_inn

    assert _biologic_inn(term) == inn


@pytest.mark.slow
def test_shipped_vocabulary_is_current() -> None:
    """Rebuilding from the sources gives the shipped file byte for byte."""
    pytest.importorskip("simple_icd_10_cm")
    pytest.importorskip("drug_named_entity_recognition")
    from importlib.metadata import version

    from detectors import vocab_build

    if not (vocab_build.DEFAULT_VOCAB_DIR / "HumanDO.tsv").is_file():
        pytest.skip("shared/vocab is not next to the repository")
    if {n: version(n) for n in vocab_build.SOURCE_VERSIONS} != vocab_build.SOURCE_VERSIONS:
        pytest.skip("other versions of the vocabulary packages are installed")
    assert vocab_build.main(["--check"]) == 0


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("KneeReplacement_Q3", "Knee Replacement_Q3"),
        ("AFibScreening2024", "AFib Screening 2024"),
        ("DepressionTMS_Leads", "Depression TMS_Leads"),
        ("/services/BariatricSurgery?x=1", "/services/Bariatric Surgery?x=1"),
        ("glp1 SleepApnea", "glp1 Sleep Apnea"),  # a lone word keeps its digits
        # random ids, brand spellings and plain words are left as they are
        ("Cj0KCQjw8xYzAbc", None),
        ("xStdQwe", None),
        ("iPhone McDonald", None),
        ("Spring2024 covid19", None),
    ],
)
def test_split_camel(text: str, spaced: str | None) -> None:
    result = split_camel(text)
    if spaced is None:
        assert result is None
        return
    assert result is not None
    copy, origin = result
    assert copy == spaced
    # every character of the copy points at itself in the text, an added space at the
    # capital (or digit) after it
    assert all(
        c == text[o] or (c == " " and text[o] != " ") for c, o in zip(copy, origin, strict=True)
    )


def test_camel_case_offsets_point_into_the_original(engine: Engine) -> None:
    assert found(engine, {"utm_campaign": "Q4_WeightLossSurgery_Search"}) == [
        (PROC, "WeightLossSurgery")
    ]


@pytest.mark.parametrize("text", ["std::vector<int>", "using std::string;", "boost::std::x"])
def test_cpp_namespace_is_not_an_std(engine: Engine, text: str) -> None:
    assert found(engine, {"note": text}) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a help desk's category path (Zendesk macro titles) is no C++ namespace
        ("Clinical::Chest Pain Escalation", [("HEALTH_CONDITION", "Chest Pain")]),
        ("Billing::MRI cost estimate", [("PROCEDURE", "MRI")]),
        # lower-case identifiers glued to ``::`` are code
        ("std::vector<int> v;", []),
    ],
)
def test_category_paths_and_namespaces(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"title": text}) == expected


@pytest.mark.parametrize(
    ("text", "term", "entity"),
    [
        # employer wellness programmes and a DTC intake's ED wording (the wellness probe)
        ("Tobacco Cessation Coaching", "Tobacco Cessation", "PROCEDURE"),
        ("Completed biometric screening", "biometric screening", "PROCEDURE"),
        ("Fasting glucose 104", "Fasting glucose", "PROCEDURE"),
        ("Hypertension remote patient monitoring", "remote patient monitoring", "PROCEDURE"),
        ("trouble getting or keeping an erection?", "keeping an erection", "HEALTH_CONDITION"),
    ],
)
def test_wellness_and_dtc_terms(engine_no_ner, text: str, term: str, entity: str) -> None:
    rows = engine_no_ner.scan([{"answer": text}], source="t").findings.to_pylist()
    assert (entity, term) in {(r["entity"], text[r["start"] : r["end"]]) for r in rows}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # health plans' quality-measure names on care-gap and outreach lists
        ("Medication Reconciliation Post-Discharge", [(PROC, "Medication Reconciliation")]),
        ("Care for Older Adults - Medication Review", [(PROC, "Medication Review")]),
        ("Care for Older Adults - Pain Assessment", [(PROC, "Pain Assessment")]),
        ("Plan All-Cause Readmissions", [(PROC, "Readmissions")]),
        ("Transitions of Care", [(PROC, "Transitions of Care")]),
        ("Reducing the Risk of Falling", [(HC, "Risk of Falling")]),
        ("Improving Bladder Control", [(HC, "Bladder Control")]),
        (
            "Polypharmacy: Use of Multiple Anticholinergic Medications in Older Adults",
            [(HC, "Polypharmacy"), (MED, "Anticholinergic")],
        ),
    ],
)
def test_quality_measure_names(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"measure_name": text}) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # senior care levels a person needs, and a home-care agency's services
        ({"Care Level": "Assisted Living"}, [(PROC, "Assisted Living")]),
        ({"careNeeds": "Skilled Nursing"}, [(PROC, "Skilled Nursing")]),
        ({"Move-Out Reason": "Higher level of care - SNF (skilled nursing facility)"},
         [(PROC, "skilled nursing facility")]),
        ({"Stay Type": "Respite care"}, [(PROC, "Respite care")]),
        ({"Services": "Bathing assistance; Medication reminders"},
         [(PROC, "Bathing assistance"), (PROC, "Medication reminders")]),
        # housing is no care
        ({"Care Level": "Independent Living"}, []),
    ],
)  # fmt: skip
def test_senior_care_levels(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # care-coordination services billed for one patient, and home health as an ADT
        # feed's discharge disposition
        ({"visit_type": "Hospital follow-up / TCM visit"}, [(PROC, "TCM visit")]),
        ({"call_notes": "TCM call completed within 2 business days"}, [(PROC, "TCM call")]),
        ({"program": "Transitional Care Management"}, [(PROC, "Transitional Care Management")]),
        ({"service": "Chronic care management, 20 min"}, [(PROC, "Chronic care management")]),
        ({"appt_type": "Hospital follow-up visit"}, [(PROC, "Hospital follow-up visit")]),
        ({"disposition": "Home Health Services"}, [(PROC, "Home Health Services")]),
        ({"disposition": "06 - Home health care"}, [(PROC, "Home health care")]),
        # bare acronyms and an agency's name in its own field are not read
        ({"channel": "TCM"}, []),
        ({"notes": "CCM enrollment pending"}, []),
        ({"agency": {"name": "Buckeye Home Health Care"}}, []),
    ],
)  # fmt: skip
def test_care_coordination_services(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an organisation's name in its own field says what it sells, not what the person
        # on the record has
        ({"company_name": "Sierra Hospice & Home Health"}, []),
        ({"Community": "Desert Palms Assisted Living"}, []),
        ({"Referring Facility": "Lakeview Health & Rehab"}, []),
        ({"organization_name": "Sunrise Memory Care"}, []),
        ({"Account Name": "Lakeside Diabetes & Endocrinology Associates"}, []),
        ({"Account": {"Name": "Sierra Hospice & Home Health"}}, []),
        # a claim's or an estimate's parties (tests/test_claims_revenue_cycle.py)
        ({"convening_provider": {"name": "Lakeshore Endoscopy Center"}}, []),
        ({"payee_name": "Riverside Oncology Associates"}, []),
        ({"Creditor": "Sierra Hospice & Home Health"}, []),
        # a standard-charge file's hospital and its locations' names
        # (tests/test_price_transparency_estimates.py)
        ({"hospital_location": ["Lakeview Outpatient Surgery Center"]}, []),
        ({"hospital_name": "Summit Cancer Center"}, []),
        ({"facility_location": "Riverside Dialysis Center"}, []),
        # a therapy practice's name (tests/test_rehab_therapy_clinics.py)
        ({"employer_name": "Summit Physical Therapy"}, []),
        ({"company": "Align Chiropractic"}, []),
        ({"visit_type": "Physical Therapy"}, [(PROC, "Physical Therapy")]),
        # a hospice's residence as a place of death, an event's venue and a mailing's
        # sender (tests/test_hospice_decedent_records.py)
        ({"place_of_death": {"facility_name": "Crestview Hospice House"}}, []),
        ({"Venue": "Crestview Hospice Community Room"}, []),
        ({"Sender": "Crestview Hospice"}, []),
        ({"Sender": "Hospice"}, [(PROC, "Hospice")]),
        ({"Event Name": "Hospice Volunteer Training"}, [(PROC, "Hospice")]),
        # the hospice levels of care and the symptoms that move a patient to general
        # inpatient care (tests/test_hospice_decedent_records.py)
        ({"to_loc": "General Inpatient"}, [(PROC, "General Inpatient")]),
        ({"loc": "Continuous Home Care"}, [(PROC, "Continuous Home Care")]),
        ({"reason": "uncontrolled pain"}, [(HC, "uncontrolled pain")]),
        ({"reason": "terminal agitation"}, [(HC, "terminal agitation")]),
        ({"reason": "pain"}, []),
        # a one-word value, a name that ends in no organisation word, and other fields are
        # still read
        ({"company_name": "Hospice"}, [(PROC, "Hospice")]),
        ({"provider_name": "Hospice"}, [(PROC, "Hospice")]),
        ({"hospital_location": "Hospice"}, [(PROC, "Hospice")]),
        ({"community": "Type 2 Diabetes Support"}, [(HC, "Type 2 Diabetes")]),
        ({"Destination": "Lakeview Rehab"}, [(PROC, "Rehab")]),
        ({"Account Description": "Lakeview Health & Rehab"}, [(PROC, "Rehab")]),
        ({"notes": "moving to Desert Palms Assisted Living"}, [(PROC, "Assisted Living")]),
    ],
)
def test_organisation_names_in_their_own_fields(
    engine: Engine, record: dict, expected: list
) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("path", "named"),
    [
        ("company_name", True),
        ("referral.source.organization", True),
        ("Referring Facility", True),
        ("Community", True),
        ("Community Name", True),
        ("agency", True),
        ("employer_name", True),
        ("name", False),
        ("company_size", False),
        ("community.posts[0].text", False),
        ("facility_type", False),
        ("Account Name", True),
        ("Account.Name", True),
        ("company.name", True),
        ("contact.name", False),
        ("account_number", False),
        ("convening_provider.name", True),
        ("payee_name", True),
        ("Creditor", True),
        ("provider_type", False),
        # a nurse triage line's or a TPA's employer client ("… Home Health Services")
        ("employer_client", True),
        ("client", False),
        ("patient_client", False),
    ],
)
def test_organisation_field(path: str, named: bool) -> None:
    assert organisation_field(path) is named


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a records request names the care its documents record; intake notes the surgery
        ("All records incl. pathology report, operative reports", [
            (PROC, "pathology report"), (PROC, "operative reports")]),
        ("diagnosed with NEC, had bowel resection", [(PROC, "bowel resection")]),
        # a department's name alone is no health context
        ("Pathology; Imaging; Billing", []),
    ],
)  # fmt: skip
def test_records_request_wording(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"records_requested": text}) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # period and fertility trackers' logged symptoms; a maternity tour and a pregnancy
        # glucose screen booked by a person (the maternity probe)
        ({"Notes": "light spotting and mild cramps"},
         [(HC, "cramps"), (HC, "light spotting")]),
        ({"event": "Maternity Center Tour"}, [(PROC, "Maternity Center Tour")]),
        ({"Appt Type": "OB 28 WK GLUCOSE TOLERANCE"}, [(PROC, "GLUCOSE TOLERANCE")]),
        ({"Appt Type": "1 hr glucose challenge"}, [(PROC, "glucose challenge")]),
        # a lactation consult's reasons for the visit
        ({"reason": "latch pain and low milk supply"},
         [(HC, "latch pain"), (HC, "low milk supply")]),
        ({"reason": "clogged duct, sore nipples"}, [(HC, "clogged duct"), (HC, "sore nipples")]),
        # the longer condition still wins; bare "spotting", "cramp" and "maternity" are not
        ({"dx": "impaired glucose tolerance"}, [(HC, "impaired glucose tolerance")]),
        ({"Notes": "spotting a trend in the data"}, []),
        ({"Notes": "do not cramp my style"}, []),
        ({"title": "Maternity Leggings - Black"}, []),
        ({"Notes": "maternity leave starts in May"}, []),
        ({"Notes": "the latch on the gate is broken"}, []),
    ],
)  # fmt: skip
def test_maternity_and_tracker_wording(engine: Engine, record: dict, expected: list) -> None:
    assert sorted(found(engine, record)) == sorted(expected)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a cycle tracker's goal as its profile export and onboarding events word it, and a
        # missed contraceptive pill in a logged note (tests/test_cycle_tracking_apps.py)
        ({"goal": "trying_to_conceive"}, [(HC, "trying_to_conceive")]),
        ({"Notes": "been trying to get pregnant for a year"}, [(HC, "trying to get pregnant")]),
        ({"text": "missed pill twice, took one this morning"}, [(MED, "missed pill")]),
        ({"text": "I missed my pill on Tuesday"}, [(MED, "missed my pill")]),
        # a tracker's symptom and test names, and a pregnancy loss in a ticket (held out)
        ({"notes": "ovulation pain left side"}, [(HC, "ovulation pain")]),
        ({"Notes": "OPK negative again, CD 16"}, [(PROC, "OPK")]),
        ({"body": "I lost the baby at 9 weeks"}, [(HC, "lost the baby")]),
        # thinking of a way is no goal; a missed deadline and a UI pill are no pill
        ({"Notes": "we are trying to conceive of a better onboarding"}, []),
        ({"Notes": "missed the deadline again"}, []),
        ({"component": "pill-shaped toggle"}, []),
        ({"Notes": "finally lost the baby weight!"}, []),
        ({"Notes": "we lost the baby monitor charger"}, []),
    ],
)  # fmt: skip
def test_cycle_tracker_wording(engine: Engine, record: dict, expected: list) -> None:
    assert sorted(found(engine, record)) == sorted(expected)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # oncology (tests/test_oncology_infusion.py): regimens by their acronym, a stage in
        # Roman numerals, tumour markers, smoking status as a screening list records it
        ({"Regimen": "FOLFOX"}, [(MED, "FOLFOX")]),
        ({"order": "R-CHOP-21 C2D1"}, [(MED, "R-CHOP")]),
        ({"plan": "mFOLFOX6 + bevacizumab"}, [(MED, "bevacizumab"), (MED, "mFOLFOX6")]),
        ({"Stage": "cT2aN2M0, Stage IIIA"}, [(HC, "Stage IIIA")]),
        ({"Biomarkers": "ER+/PR+/HER2-"}, [(HC, "HER2")]),
        ({"Smoking Status": "Current every day smoker"}, [(HC, "Current every day smoker")]),
        ({"triage": "Neutropenic fever after cycle 2"}, [(HC, "Neutropenic fever")]),
        ({"service": "Low-dose CT lung screening"}, [(PROC, "Low-dose CT")]),
        ({"program": "Scalp cooling during chemo"}, [(PROC, "Scalp cooling"), (PROC, "chemo")]),
        # a bare Stage I is a project's phase, CHOP a verb, a stage name a sales step
        ({"note": "Stage I of the rollout is done"}, []),
        ({"note": "chop the onions"}, []),
        ({"StageName": "Stage 2 - Proposal"}, []),
        ({"note": "AML and KYC checks passed"}, []),
    ],
)  # fmt: skip
def test_oncology_wording(engine: Engine, record: dict, expected: list) -> None:
    assert sorted(found(engine, record)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a blood donor's screening tests, reactions and a marrow donor's collection
        # (tests/test_blood_plasma_organ_donation.py)
        ("Anti-HBc: repeat reactive", [(PROC, "Anti-HBc")]),
        ("HBV NAT nonreactive", [(PROC, "HBV NAT")]),
        (
            "Vasovagal reaction with loss of consciousness",
            [(HC, "Vasovagal reaction"), (HC, "loss of consciousness")],
        ),
        ("PBSC collection scheduled", [(PROC, "PBSC collection")]),
        ("anti-D immune globulin booster", [(MED, "anti-D immune globulin")]),
        ("RhoGAM 300 mcg", [(MED, "RhoGAM")]),
        ("Anti-D titer 45 IU/mL", [(PROC, "Anti-D titer")]),
        ("anti-drug policy", []),
        # a donation itself is no care
        ("Whole blood donation, Power Red, platelets", []),
    ],
)
def test_blood_donation_terms(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"notes": text}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # sexual health and HIV prevention (tests/test_sexual_health_prep.py): a syphilis
        # screen as labs and kits name it, rings and patches by name, an STI's sore, HIV
        # care labs and PrEP's own workflow words
        ("rpr titer 1:16", [(PROC, "rpr titer")]),
        ("rapid plasma reagin, reactive", [(PROC, "rapid plasma reagin")]),
        ("treponema pallidum antibody", [(PROC, "treponema pallidum antibody")]),
        ("EluRyng vaginal ring, 3 rings", [(MED, "EluRyng"), (MED, "vaginal ring")]),
        ("Twirla patch refill", [(MED, "Twirla")]),
        ("sore on genitals for a week", [(HC, "sore on genitals")]),
        ("cd4 count 612", [(PROC, "cd4 count")]),
        ("prep_refill_reminder", [(MED, "prep_refill")]),
        ("your prep navigator will call", [(MED, "prep navigator")]),
        # bare "prep", a ring and a patch are other things
        ("meal prep containers", []),
        ("ring size 7, patch kit", []),
        ("test prep navigation menu", []),
    ],
)
def test_sexual_health_terms(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"notes": text}) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an imaging centre names its rooms and scanners for what they do (the imaging
        # probe): the room's name is the centre's, the same for every patient booked in it
        ({"Room": "MRI 2"}, []),
        ({"exam_room": "Ultrasound 3"}, []),
        ({"Scanner": "US Room 3"}, []),
        ({"room_name": "Mammography Suite"}, []),
        # the exam a patient is booked for, a scheduling resource and a roommate are read
        ({"Exam": "MRI lumbar spine"}, [(PROC, "MRI")]),
        ({"resource": "Diabetes Prevention Program"}, [(HC, "Diabetes")]),
        ({"room_notes": "patient anxious about the MRI"}, [(PROC, "MRI")]),
    ],
)
def test_rooms_and_scanners_named_for_their_modality(
    engine: Engine, record: dict, expected: list
) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("path", "room"),
    [
        ("Room", True),
        ("exam_room", True),
        ("Exam Room", True),
        ("scanner", True),
        ("room_name", True),
        ("schedule.room", True),
        ("room_notes", False),
        ("roommate", False),
        ("Resource", False),
        ("room_type", False),
    ],
)
def test_room_field(path: str, room: bool) -> None:
    assert dictionary.room_field(path) is room


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a dialysis unit's modalities, access, drugs and PD solutions as run sheets,
        # anaemia protocols and supply orders write them (tests/test_dialysis_kidney_care.py)
        ({"Modality": "CCPD"}, [(PROC, "CCPD")]),
        ({"modality": "CAPD, 4 exchanges/day"}, [(PROC, "CAPD")]),
        ({"access_type": "AV fistula left arm"}, [(PROC, "AV fistula")]),
        ({"Access": "L AVF"}, [(PROC, "AVF")]),
        ({"Access": "Left arteriovenous graft"}, [(PROC, "arteriovenous graft")]),
        ({"ESA": "Mircera 100 mcg q2wk"}, [(MED, "Mircera")]),
        ({"Iron": "Venofer 100 mg x10"}, [(MED, "Venofer")]),
        ({"med": "Epoetin alfa 4000 units IV"}, [(MED, "Epoetin alfa")]),
        ({"med": "Paricalcitol 2 mcg IV"}, [(MED, "Paricalcitol")]),
        ({"Product": "Dianeal Low Calcium 2.5% Dextrose"}, [(MED, "Dianeal")]),
        ({"Product": "Extraneal (icodextrin) 2L"}, [(MED, "Extraneal"), (MED, "icodextrin")]),
        # an average, an agency and a dialysis unit's machine are no care
        ({"kpi": "AVG wait 12 min"}, []),
        ({"agency": "ESA"}, []),
        ({"Model": "Fresenius 2008T BlueStar"}, []),
    ],
)
def test_dialysis_wording(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a specialty pharmacy's refill assessment and a hub's follow-up call record a
        # biologic's injection-site effects (tests/test_pbm_prior_authorization.py)
        ({"a": "injection site redness"}, [(HC, "injection site redness")]),
        (
            {"side_effects": "Mild injection site reaction, resolved"},
            [(HC, "injection site reaction")],
        ),
        ({"note": "c/o injection site pain and swelling"}, [(HC, "injection site pain")]),
        # redness and swelling alone are everyday words
        ({"review": "the redness of the leaves this fall"}, []),
        ({"river": "swelling after the storm"}, []),
    ],
)
def test_injection_site_effects(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # EMS wording (tests/test_ems_prehospital.py): an ePCR's impressions and rhythms,
        # a radio report's alert, a stroke screen's result, a PCS form's necessity
        ("Hypoxia", [(HC, "Hypoxia")]),
        ("Asystole, ROSC after 2 rounds", [(HC, "Asystole"), (HC, "ROSC")]),
        ("Pulseless electrical activity", [(HC, "Pulseless electrical activity")]),
        ("STEMI alert called from the field", [(PROC, "STEMI alert")]),
        ("BE-FAST positive (face, arm)", [(HC, "BE-FAST positive")]),
        ("Solu-Medrol 125 mg IV", [(MED, "Solu-Medrol")]),
        ("fall from standing, hip fracture", [(HC, "hip fracture")]),
        ("Bed confined, unable to sit", [(HC, "Bed confined")]),
        # bare "be fast" and a CAD lift assist are no health
        ("please be fast, the lot closes at 5", []),
        ("LIFT ASSIST, NO INJURY REPORTED BY CALLER", []),
    ],
)
def test_prehospital_wording(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"notes": text}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abortion and contraception access (tests/test_reproductive_health_access.py): a
        # clinic's procedure names, a dating scan, a fertility chart's LH test, RhoGAM's
        # generic name, a symptom after the pill
        ("Uterine aspiration (MVA)", [(PROC, "Uterine aspiration")]),
        ("Dilation & evacuation, 2 days", [(PROC, "Dilation & evacuation")]),
        ("Transvaginal ultrasound - dating", [(PROC, "Transvaginal ultrasound")]),
        ("LH test: peak", [(PROC, "LH test")]),
        ("Rh immune globulin 300 mcg IM", [(MED, "Rh immune globulin")]),
        ("heavy bleeding after the second pill", [(HC, "heavy bleeding")]),
        # bleeding alone stays a stop term, and an LH without its test is no term
        ("bleeding-edge analytics", []),
        ("LH and RH drive trains", []),
    ],
)
def test_abortion_and_contraception_wording(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"notes": text}) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # home infusion and hospital at home (tests/test_home_health_hospital_at_home.py):
        # immune globulin and its brands, nutrition, the line, the programme
        ("IVIG (Gamunex-C) 2 g/kg over 5 days", [(MED, "IVIG"), (MED, "Gamunex-C")]),
        ("Start TPN via PICC line tonight", [(MED, "TPN"), (PROC, "PICC line")]),
        ("PICC, single lumen, right basilic", [(PROC, "PICC")]),
        ("Weekly SN visit for dressing change", [(PROC, "dressing change")]),
        ("Program: Acute Care at Home", [(PROC, "Acute Care at Home")]),
        ("History of falls (2 or more in 12 months)", [(HC, "History of falls")]),
        # a fall alone, and "care at home" without the acute hospital, are no term
        ("slipped on ice last fall", []),
        ("Companion care at home, 4 hours", []),
    ],
)
def test_home_infusion_and_hospital_at_home_wording(
    engine: Engine, text: str, expected: list
) -> None:
    assert found(engine, {"notes": text}) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a lender's or a card processor's merchant is the practice paid, named for what it
        # sells; the procedure financed is the person's (tests/test_medical_debt_collections.py)
        ({"Merchant Name": "ClearView LASIK Center"}, []),
        ({"merchant": {"name": "Bright Smile Dental Implant Center"}}, []),
        ({"Procedure": "LASIK both eyes"}, [(PROC, "LASIK")]),
        # a statement's revenue-code line and a dispute's ambulance bill name the service
        ({"description": "EMERGENCY ROOM VISIT LEVEL 4"}, [(PROC, "EMERGENCY ROOM VISIT")]),
        (
            {"text": "the $1,240 is for an ambulance transport in March"},
            [(PROC, "ambulance transport")],
        ),
        # an ambulance company's name is no service
        ({"creditor": "Metro Ambulance"}, []),
    ],
)
def test_collection_and_financing_wording(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # STD is short-term disability under a benefit's, a leave's or a claim's key and
        # in its phrases (tests/test_leave_disability_accommodations.py)
        ({"Claim Type": "STD"}, []),
        ({"Coverage": "STD"}, []),
        ({"claim.type": "STD"}, []),
        ({"plan_id": "STD-BASE-60"}, []),
        ({"disposition": "STD claim opened"}, []),
        ({"notes": "STD/LTD enrollment closes Friday"}, []),
        # the infection keeps its reading elsewhere, a claim's diagnosis and a test too
        ({"Visit Reason": "STD"}, [(HC, "STD")]),
        ({"claim.diagnosis": "STD"}, [(HC, "STD")]),
        # (an STD panel is read whole as the test it is since the DTC lab kits probe added
        # the kits' product names: still health, never a disability leave)
        ({"Test": "STD panel"}, [(PROC, "STD panel")]),
        # a leave's reason in the words of FMLA and of paid sick leave laws, and a fracture
        # as an intake call says it; a leave's kind alone names no condition
        ({"Leave Reason": "Employee's own illness"}, [(HC, "own illness")]),
        ({"reason": "own health condition"}, [(HC, "own health condition")]),
        ({"transcript": "she fractured her right wrist"}, [(HC, "fractured")]),
        ({"Leave Type": "Intermittent FMLA"}, []),
        ({"reason": "Bonding with a new child"}, []),
    ],
)  # fmt: skip
def test_leave_and_disability_wording(engine: Engine, record: dict, expected: list) -> None:
    assert sorted(found(engine, record)) == sorted(expected)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a support group named for ALS (bare "als" stays a stop term: EMS's advanced life
        # support), and a ride to a radiation appointment
        ({"group_names": "als-caregivers;newsletter"}, [(HC, "als-caregivers")]),
        ({"Group": "ALS Caregivers of Ohio"}, [(HC, "ALS Caregivers")]),
        ({"unit": "ALS"}, []),
        ({"task": "Drive to radiation appointment"}, [(PROC, "radiation appointment")]),
        ({"notes": "next radiation session Tuesday"}, [(PROC, "radiation session")]),
    ],
)
def test_patient_community_wording(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # direct-to-consumer lab kits by their product names (tests/test_dtc_lab_testing_kits.py)
        ("Women's Health Test - Ships every 3 months", [(PROC, "Women's Health Test")]),
        ("Metabolism Test - every 3 months", [(PROC, "Metabolism Test")]),
        ("Complete STD Kit - 10 Panel", [(PROC, "STD Kit")]),
        ("Hormone Panel - Women (Saliva)", [(PROC, "Hormone Panel")]),
        ("Heavy Metals Test (urine)", [(PROC, "Heavy Metals Test")]),
        ("Kidney Function Test", [(PROC, "Kidney Function Test")]),
        ("Ovarian Reserve Test", [(PROC, "Ovarian Reserve Test")]),
        ("Sexual Health Test", [(PROC, "Sexual Health Test")]),
        # an awareness month, a fitness kit, a water or a pan's test, a tea: no kit of a person
        ("Women's Health Week newsletter", []),
        ("Heart Health Month 5K", []),
        ("FIT Kit - resistance bands", []),
        ("Lead test for drinking water", []),
        ("Iron test of cast pans", []),
        ("Metabolism booster tea", []),
    ],
)
def test_dtc_kit_product_names(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"product_title": text}) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # genetic counselling exports (tests/test_genetic_counseling_pedigrees.py): the
        # hereditary cancer genes a report or a counsellor's task names, the risk models a
        # risk assessment runs, a result as letters word it, the testing a programme offers
        ({"subject": "Call pt re: VUS in CHEK2"}, [(HC, "CHEK2")]),
        ({"gene": "PALB2"}, [(HC, "PALB2")]),
        ({"summary": "Pathogenic variant in MLH1"}, [(HC, "Pathogenic variant"), (HC, "MLH1")]),
        ({"Model": "IBIS Tyrer-Cuzick v8"}, [(PROC, "Tyrer-Cuzick")]),
        ({"model": "CanRisk (BOADICEA v6)"}, [(PROC, "CanRisk"), (PROC, "BOADICEA")]),
        ({"NoteType": "Cancer risk assessment"}, [(PROC, "Cancer risk assessment")]),
        ({"service": "Cascade testing for relatives"}, [(PROC, "Cascade testing")]),
        ({"visit": "Genetic counselling - new"}, [(PROC, "Genetic counselling")]),
        ({"Condition": "Hereditary breast and ovarian cancer syndrome"},
         [(HC, "Hereditary breast and ovarian cancer syndrome")]),
        # a cash machine, a payment classification, a bare classification and French "vus"
        ({"location": "ATM at Main St branch"}, []),
        ({"apc_code": "APC 5072"}, []),
        ({"classification": "Pathogenic"}, []),
        ({"comment": "deja vus"}, []),
    ],
)  # fmt: skip
def test_genetic_counselling_terms(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a consumer health data category on a privacy-rights request or a consent receipt
        # (tests/test_consent_privacy_requests.py: Washington's My Health My Data Act)
        (
            "Reproductive or sexual health information",
            [(PROC, "Reproductive or sexual health")],
        ),
        ("sexual and reproductive health services", [(PROC, "sexual and reproductive health")]),
        # the bare service line stays a stop term; a law's name and a data category that
        # names no health are no terms
        ("Reproductive health", []),
        ("Washington My Health My Data Act", []),
        ("Precise location information", []),
    ],
)
def test_consumer_health_data_categories(engine: Engine, text: str, expected: list) -> None:
    assert found(engine, {"category": text}) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a patient's own specialist, first person (video-visit probe): a waiting room's
        # reason, a support ticket; a meeting topic's psychiatric medication check
        (
            {"description": "I tried to join my appointment with my cardiologist at 10am"},
            [(PROC, "my cardiologist")],
        ),
        ({"reason": "Need a refill before I see my psychiatrist"}, [(PROC, "my psychiatrist")]),
        ({"topic": "Psychiatry med check - R. Okafor"}, [(PROC, "med check")]),
        ({"Reason for visit": "medication check"}, [(PROC, "medication check")]),
        # a bare specialist is a job's, a directory's or a recommendation's
        ({"title": "Cardiologist - Lakeshore Heart Associates"}, []),
        ({"recommended_specialist": "Dermatologist"}, []),
        ({"notes": "Called about the referral for the cardiologist."}, []),
        ({"notes": "Find a cardiologist near you"}, []),
        # a fact check, a spell check, a background check
        ({"notes": "background check cleared"}, []),
    ],
)  # fmt: skip
def test_video_visit_wording(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a formula brand's sample request and CRM name the baby's condition as parents
        # write it; a pregnancy newsletter's tags name the trimester (the baby-registry probe)
        ({"concern": "Baby has reflux and spits up after every bottle"}, [(HC, "reflux")]),
        ({"Baby_Allergies__c": "Cow's milk protein allergy"},
         [(HC, "Cow's milk protein allergy")]),
        ({"notes": "suspected milk protein intolerance"}, [(HC, "milk protein intolerance")]),
        ({"TAGS": '"Pregnancy Weekly","2nd Trimester"'},
         [(HC, "Pregnancy"), (HC, "2nd Trimester")]),
        ({"segment": "third trimester moms"}, [(HC, "third trimester")]),
        # a school term, a hypoallergenic pillow, a diaper size and a baby's spit-up are not
        ({"term": "Fall trimester 2024"}, []),
        ({"title": "Hypoallergenic Crib Mattress Pad"}, []),
        ({"size": "Preemie"}, []),
        ({"notes": "spits up a little after feeds"}, []),
    ],
)  # fmt: skip
def test_newborn_and_formula_wording(engine: Engine, record: dict, expected: list) -> None:
    assert sorted(found(engine, record)) == sorted(expected)


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a triage engine's knowledge base, an interview's answers and a chatbot's user
        # (tests/test_symptom_checker_triage.py): symptoms that name a body part or a function
        ({"name": "Sensitivity to light"}, [(HC, "Sensitivity to light")]),
        ({"answer": "Itchy, watery eyes since Sunday"}, [(HC, "watery eyes")]),
        ({"text": "I rolled my ankle and now I can't bear weight"},
         [(HC, "can't bear weight")]),
        ({"answer": "Unable to bear weight"}, [(HC, "Unable to bear weight")]),
        ({"red_flags": "Arm weakness; one-sided weakness"},
         [(HC, "Arm weakness"), (HC, "one-sided weakness")]),
        ({"message": "my son has belly pain and fewer wet diapers"},
         [(HC, "belly pain"), (HC, "fewer wet diapers")]),
        ({"evidence": "Black tarry stools"}, [(HC, "Black tarry stools")]),
        ({"answer": "She fainted at school"}, [(HC, "fainted")]),
        ({"reason": "Heavy periods and low mood"}, [(HC, "Heavy periods"), (HC, "low mood")]),
        # a camera's sensitivity, flyers passed out, a language model's hallucinations, a
        # cat's yellow eyes and the everyday words stay out
        ({"description": "Low light sensitivity sensor, 12 MP"}, []),
        ({"notes": "Flyers were passed out at the health fair"}, []),
        ({"notes": "Reduced hallucinations in generated summaries"}, []),
        ({"notes": "Orange tabby with yellow eyes, indoor only"}, []),
        ({"notes": "Sorry for the confusion about the weakness in our plan"}, []),
    ],
)  # fmt: skip
def test_symptom_checker_wording(engine: Engine, record: dict, expected: list) -> None:
    assert found(engine, record) == expected
