"""Hospice, bereavement and decedent records.

A blind probe, written by hand before reading the detectors: what a hospice's, a funeral
home's, a vital-records office's, a life insurer's and an organ procurement
organisation's teams export. Hospice referral and admission CRMs (the terminal
diagnosis, the prognosis "6 months or less", the level of care: routine home care,
continuous home care, general inpatient (GIP), respite; the election date, the benefit
period, the notice of election), level-of-care change events and death discharges from
a hospice EMR, Hospice CAHPS sample files (the decedent and the caregiver who answers),
bereavement-programme mailing lists and 13-month follow-up call logs, grief support
group registrations ("Remembering Mom"), bereavement cards sent by a print vendor;
funeral-home case management (Passare-, FrontRunner-like: the decedent, the informant,
next of kin, disposition, the cremation authorisation and permit with its implanted
devices question), death-certificate orders, electronic death registration rows with
NCHS-like column names (cause of death lines a–d with their intervals, other significant
conditions, manner of death, certifier and licence), a FHIR VRDR-like bundle, medical
examiner case records, obituary pages (CMS exports, an obituary page view in GA4, a
guestbook entry), memorial donations and tributes ("in memory of"), pre-need planning
leads, list vendors' deceased-suppression files, a health plan's disenrollment for
death, life-insurance death claims (the claims system and the beneficiary's web form),
hospice inquiry calls and lead forms, discharge planners' referral faxes, organ, tissue
and eye donor referral calls; with the clean rows around them: general price list (GPL)
items, casket catalogs, cemetery section/lot/grave inventory, a chapel's service
schedule, aggregate mortality statistics (a CDC WONDER-like table and an NCHS public-use
microdata row), a hospice's census report, LCD eligibility guidelines and the hospice's
staff roster.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A decedent is a person.** HIPAA protects a decedent's health information for 50
  years after death, so a decedent's name with a cause of death, a terminal diagnosis or
  hospice care is PHI. The date of death is a DATE (the contract names it), as are the
  date of birth, the election date, a pronouncement date and a time of death; an age at
  death over 89 is AGE_OVER_89.
- **A relative's identifiers identify the record.** Safe Harbor lists the identifiers
  "of the individual or of relatives, employers, or household members"; the informant's,
  the next of kin's, a bereaved family member's, a beneficiary's and a caregiver's name,
  phone, email and address are reported, and with the decedent's health in the same
  record they make it PHI, as the project decided for a parent's contact on a child's
  record. A date of loss given by a family member is the decedent's date of death: DATE.
- **Cause of death is health** (each line a–d, the other significant conditions, an
  ICD-10 underlying cause), as are a terminal diagnosis, a hospice level of care
  (routine home care, general inpatient), a hospice's bereavement programme and a grief
  support group (grief support is a service of the hospice benefit), an implanted
  pacemaker on a cremation form, and a place of death that is a hospice facility or
  unit (the person was in hospice care, as a ride's destination naming the care is).
  **Manner of death is not health**: natural, accident, suicide, homicide, pending and
  undetermined are the certifier's legal classification (``Natural`` is forbidden as
  health; the others are neither expected nor forbidden). Neither are a disposition
  (burial, cremation, entombment), embalming, a discharge reason of "Death", a
  deceased flag, a disenrollment reason, nor a place of death that is a residence.
  A prognosis ("6 months or less") is neither expected nor forbidden.
- **An obituary that names the illness is PHI** by the contract's rule (identifier and
  health together); publication does not lift it, and a scanner cannot see what was
  published. An obituary without an illness has names and dates but is no PHI record;
  an organisation's name with "Hospice" in it (a sender, a venue, a facility) is the
  organisation's, not the person's health, as the project decided for organisation
  fields ("Sierra Hospice & Home Health").
- **Memorial tributes** follow the philanthropy probe: the honoree and the person to
  notify are NAMEs, the donor's contact is reported; a tribute is health context only
  when its message names an illness or the care.
- **Ids**: a funeral home's case number for a decedent's case, a medical examiner's or
  coroner's case number, a life insurer's claim number and a lead's id are the person's
  record id (OTHER_ID), as the project decided for claim numbers, encounter ids and leads;
  a death certificate's number (a state file number, a VRDR record id) and a cremation
  authorisation or permit number are certificate numbers (``LICENSE_NUMBER|OTHER_ID``);
  a policy number is the insured's (``ACCOUNT_NUMBER|OTHER_ID``); a health plan's member
  id is HEALTH_PLAN_ID; a certifier's licence is a LICENSE_NUMBER. The funeral home's own
  service and event ids, GPL item codes, casket SKUs and model numbers, cemetery section,
  lot and grave numbers, a gift or order id, a hospice's CCN and a funeral home's licence
  are no one's: no finding. An OPO's or eye bank's referral number is neither expected nor
  forbidden (the device-resupply probe forbade a referral id; here it is one donor's
  case).
- **Clinicians and staff**: a certifier's, an attending's and a pronouncing nurse's names
  are reported (the project reports clinicians); a staff roster's names may be reported
  but its disciplines and credentials (RN Case Manager, Chaplain, CHPN) are the job, not
  health; a funeral director's and an investigator's names are neither expected nor
  forbidden.
- **The organisation's clocks and places**: system timestamps, a form's submission time,
  a chapel service's start, an event's start, a fax's receipt time and a report's month
  are forbidden; a church's, a funeral home's or a crematory's name and address are the
  organisation's.
- **Aggregates and public-use microdata name nobody**: a county, its FIPS code, a year,
  death counts and rates are no finding, and an NCHS detail-age code (``1085``) is no age.

After reading the detectors, four blind expectations were wider or narrower than what the
project had decided and are changed on top (:data:`_DECIDED`): a bare case number (a
funeral home's ``case_number`` and ``Case #``) is a ticket's as often, so it is neither
expected nor forbidden; a roster's ``Staff Name`` is the workforce; a life policy's number
may be read as HEALTH_PLAN_ID; an aggregate's county stays a LOCATION. What the work
built: a death certificate's certifier, the clinician who pronounced the death, a funeral
case's next of kin (``NOK``), a cremation authorisation's ``authorizing_agent`` and an
advance directive's ``healthcare_agent`` (a person's own agent is no staff member), and a
tribute's ``Honoree`` and ``Acknowledgee`` as NAMEs; a medical examiner's or coroner's case
number as the decedent's OTHER_ID; a death certificate's state file number and cremation,
burial and transit permits as LICENSE_NUMBERs, while a funeral home's, a crematory's and a
nursing home's own licence are theirs; a guestbook's or a review's ``author_location`` as
LOCATION; a hospice house and a venue's room as organisations' names, and an event's
``venue`` and a mailing's ``sender`` as organisation fields (their health words are the
organisation's); a price list of goods (an item or a SKU beside its price) dating its own
prices; and eight vocabulary terms (the hospice levels of care ``general inpatient``,
``continuous home care``, ``routine home care``, ``inpatient respite care``; ``terminal
agitation``, ``terminal restlessness``, ``uncontrolled pain``). Six records were left open
(:data:`LEFT_ALONE`): a household's joint donor name, a census report's ``Program``, a
FHIR bundle's single ``identifier``, an aggregate's PHI verdict, an ``agent_phone`` beside
the authorising agent, and a funeral's visitation hours beside the family's name. The
joint donor name ("Raymond & Susan Clarke") was closed by the patient-communities probe:
a known given name alone before the ampersand and a given name and a surname after it
make a couple's name, which "Procter & Gamble" and "Johnson & Johnson" are not.

Figures (misses / false findings / records wrong): SHAPES (31 records), blind 14 / 6 / 13,
after the work and the decisions 2 / 1 / 3 (all in LEFT_ALONE). HELD_OUT (10 records),
blind before any work 7 / 4 / 6; scored once after the work on SHAPES: 6 / 3 / 6; after
three rules that generalise (the hospice levels of care and end-of-life symptoms in the
vocabulary, ``Pronounced By``, a principal's ``authorizing_agent``) and the decisions on a
life policy's number and an aggregate's county: 1 / 2 / 3 (all in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Hospice referral CRM (nested JSON): terminal diagnosis, MBI, requested level of care",
        {
            "referral_id": "R-2024-10-0388",
            "received_at": "2024-10-01T14:22:09Z",
            "source": {
                "type": "Hospital",
                "facility": "Mercy St. Vincent Medical Center",
                "contact": "Angela Ruiz, RN CM",
                "phone": "(419) 555-0140",
            },
            "patient": {
                "first_name": "Walter",
                "last_name": "Brennan",
                "dob": "1937-06-18",
                "phone": "(419) 555-0187",
                "address": {
                    "line1": "2215 Glenwood Ave",
                    "city": "Toledo",
                    "state": "OH",
                    "zip": "43620",
                },
                "mbi": "3HX7-RT2-WK41",
            },
            "terminal_diagnosis": {
                "code": "I50.22",
                "description": "Chronic systolic congestive heart failure",
            },
            "prognosis": "6 months or less if the disease runs its normal course",
            "requested_loc": "Routine Home Care",
            "attending": {"name": "Dr. Priya Raman"},
            "status": "Pending Admission",
        },
        {
            ("patient.first_name", "NAME"),
            ("patient.last_name", "NAME"),
            ("patient.dob", "DATE"),
            ("patient.phone", "PHONE"),
            ("patient.address.line1", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("patient.mbi", "HEALTH_PLAN_ID"),
            ("terminal_diagnosis.code", "HEALTH"),
            ("terminal_diagnosis.description", "HEALTH"),
            ("requested_loc", "HEALTH"),
            ("attending.name", "NAME"),
        },
        {("received_at", "*"), ("status", "*"), ("source.facility", "*"), ("source.type", "*")},
        True,
    ),
    (
        "Hospice admission report (CSV): election date, benefit period, primary diagnosis",
        {
            "MR#": "000482210",
            "Patient": "Okafor, Beatrice",
            "DOB": "11/02/1931",
            "Election Date": "09/27/2024",
            "Benefit Period": "1",
            "BP Start": "09/27/2024",
            "Primary Dx": "G30.1 Alzheimer's disease with late onset",
            "LOC": "RHC",
            "Attending": "Samuel Greer MD",
            "Team": "Team East",
            "NOE Status": "Accepted",
            "Payer": "Medicare A",
        },
        {
            ("MR#", "MRN|OTHER_ID"),
            ("Patient", "NAME"),
            ("DOB", "DATE"),
            ("Election Date", "DATE"),
            ("Primary Dx", "HEALTH"),
            ("Attending", "NAME"),
        },
        {("Benefit Period", "*"), ("Team", "*"), ("NOE Status", "*"), ("Payer", "*")},
        True,
    ),
    (
        "General price list item (clean): embalming, its GPL code and price",
        {
            "item_code": "GPL-0140",
            "category": "Basic Services",
            "description": "Embalming",
            "price": "895.00",
            "effective": "2024-01-01",
            "required_disclosure": (
                "Except in certain special cases, embalming is not required by law."
            ),
        },
        set(),
        {
            ("item_code", "*"),
            ("category", "*"),
            ("description", "HEALTH"),
            ("price", "*"),
            ("effective", "*"),
            ("required_disclosure", "HEALTH"),
        },
        False,
    ),
    (
        "Hospice EMR webhook: level of care changed to general inpatient",
        {
            "event": "loc.changed",
            "occurred_at": "2024-10-03T22:41:17Z",
            "patient_id": "HSP-118274",
            "patient_name": "Lucille Harrington",
            "from_loc": "Routine Home Care",
            "to_loc": "General Inpatient",
            "reason": "Uncontrolled pain and terminal agitation",
            "effective_date": "2024-10-03",
            "facility": "Crestview Hospice House",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("patient_name", "NAME"),
            ("to_loc", "HEALTH"),
            ("reason", "HEALTH"),
            ("effective_date", "DATE"),
        },
        {("event", "*"), ("occurred_at", "*"), ("facility", "*")},
        True,
    ),
    (
        "Bereavement mailing list (CSV): the bereaved daughter, the decedent, date of death",
        {
            "Bereaved Name": "Diane Kim",
            "Relationship": "Daughter",
            "Address 1": "48 Maple Ridge Dr",
            "City": "Ann Arbor",
            "State": "MI",
            "Zip": "48104",
            "Phone": "734-555-0112",
            "Decedent": "Walter Kim",
            "Date of Death": "08/14/2024",
            "Risk": "Moderate",
            "Mailing": "Month 3 - Understanding Grief",
            "Program": "Hospice Bereavement Follow-up",
        },
        {
            ("Bereaved Name", "NAME"),
            ("Address 1", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("Decedent", "NAME"),
            ("Date of Death", "DATE"),
            ("Program", "HEALTH"),
        },
        {("Relationship", "*"), ("Risk", "*")},
        True,
    ),
    (
        "Funeral-home case (Passare-like JSON): decedent, informant, cremation authorisation",
        {
            "case_number": "2024-0417",
            "case_type": "At-Need",
            "decedent": {
                "first_name": "Harold",
                "middle_name": "James",
                "last_name": "Finch",
                "date_of_birth": "1941-03-03",
                "date_of_death": "2024-09-28",
                "age": 83,
                "ssn": "287-54-1193",
                "place_of_death": {
                    "type": "Hospice facility",
                    "facility_name": "Crestview Hospice House",
                    "city": "Dayton",
                    "county": "Montgomery",
                },
            },
            "informant": {
                "name": "Carol Finch",
                "relationship": "Spouse",
                "phone": "(937) 555-0154",
                "email": "carol.finch@att.net",
            },
            "disposition": {
                "method": "Cremation",
                "cremation_authorization_no": "CR-24-003371",
                "crematory": "Miami Valley Crematory",
            },
            "funeral_director": "Thomas Greer",
            "arrangement_date": "2024-09-30",
        },
        {
            ("case_number", "OTHER_ID"),
            ("decedent.first_name", "NAME"),
            ("decedent.last_name", "NAME"),
            ("decedent.date_of_birth", "DATE"),
            ("decedent.date_of_death", "DATE"),
            ("decedent.ssn", "SSN"),
            ("decedent.place_of_death.type", "HEALTH"),
            ("informant.name", "NAME"),
            ("informant.phone", "PHONE"),
            ("informant.email", "EMAIL"),
            ("disposition.cremation_authorization_no", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("case_type", "*"),
            ("decedent.age", "*"),
            ("disposition.method", "HEALTH"),
            ("disposition.crematory", "*"),
            ("decedent.place_of_death.facility_name", "HEALTH"),
        },
        True,
    ),
    (
        "Casket catalog row (clean): model, SKU, interior, price",
        {
            "sku": "BV-18G-0412",
            "model": "Going Home 18-Gauge Steel, Silver Finish",
            "interior": "Rosetan crepe",
            "manufacturer": "Batesville",
            "price": "2495.00",
            "in_stock": 3,
        },
        set(),
        {
            ("sku", "*"),
            ("model", "*"),
            ("interior", "*"),
            ("manufacturer", "*"),
            ("price", "*"),
            ("in_stock", "*"),
        },
        False,
    ),
    (
        "Bereavement 13-month closing call (CRM activity): family contact, grief group in notes",
        {
            "Activity": "Bereavement Call - 13 Month Closing",
            "Contact": "Diane Kim",
            "Contact Phone": "734-555-0112",
            "Decedent": "Walter Kim",
            "Completed": "2025-09-16",
            "Coordinator": "Tom Reyes, MSW",
            "Notes": (
                "Diane says the first anniversary was hard but she is sleeping better and "
                "still goes to the Remembering Mom grief support group on Tuesdays. No "
                "further bereavement services requested; case closed."
            ),
        },
        {
            ("Contact", "NAME"),
            ("Contact Phone", "PHONE"),
            ("Decedent", "NAME"),
            ("Notes", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Electronic death registration row (NCHS-like columns): cause of death lines a-d",
        {
            "STATE_FILE_NUMBER": "2024-MI-018832",
            "DEC_FNAME": "Rosalind",
            "DEC_MNAME": "Mae",
            "DEC_LNAME": "Whitcomb",
            "SSN": "371-28-4410",
            "DOB": "1929-12-05",
            "DOD": "2024-10-06",
            "AGE": "94",
            "AGEUNIT": "Y",
            "SEX": "F",
            "RES_STREET": "3140 Lakeshore Dr",
            "RES_CITY": "Muskegon",
            "RES_ZIP": "49441",
            "POD_FACILITY": "Mercy Health Hackley Campus",
            "COD1A": "Aspiration pneumonia",
            "INTERVAL1A": "3 days",
            "COD1B": "Dysphagia",
            "COD1C": "Advanced Parkinson's disease",
            "COD1D": "",
            "OTHERCONDITION": "Chronic kidney disease stage 3",
            "MANNER": "Natural",
            "AUTOPSY": "N",
            "TOBACCO": "No",
            "CERTIFIER_NAME": "Anil Deshpande, MD",
            "CERTIFIER_LIC": "4301092274",
            "INFORMANT": "Gerald Whitcomb",
            "INFORMANT_REL": "Son",
            "DISP_METHOD": "Burial",
            "FUNERAL_HOME_LIC": "MI-FH-4512",
        },
        {
            ("STATE_FILE_NUMBER", "LICENSE_NUMBER|OTHER_ID"),
            ("DEC_FNAME", "NAME"),
            ("DEC_LNAME", "NAME"),
            ("SSN", "SSN"),
            ("DOB", "DATE"),
            ("DOD", "DATE"),
            ("AGE", "AGE_OVER_89"),
            ("RES_STREET", "LOCATION"),
            ("RES_CITY", "LOCATION"),
            ("RES_ZIP", "ZIP_CODE"),
            ("COD1A", "HEALTH"),
            ("COD1B", "HEALTH"),
            ("COD1C", "HEALTH"),
            ("OTHERCONDITION", "HEALTH"),
            ("CERTIFIER_NAME", "NAME"),
            ("CERTIFIER_LIC", "LICENSE_NUMBER"),
            ("INFORMANT", "NAME"),
        },
        {
            ("MANNER", "HEALTH"),
            ("INTERVAL1A", "*"),
            ("AUTOPSY", "*"),
            ("TOBACCO", "*"),
            ("SEX", "*"),
            ("AGEUNIT", "*"),
            ("INFORMANT_REL", "*"),
            ("DISP_METHOD", "*"),
            ("FUNERAL_HOME_LIC", "*"),
        },
        True,
    ),
    (
        "Cemetery plot inventory (clean): section, lot, grave, status, price",
        {
            "Plot ID": "C-112-3",
            "Section": "C",
            "Lot": "112",
            "Grave": "3",
            "Garden": "Garden of Peace",
            "Status": "Available",
            "Price": "3200.00",
        },
        set(),
        {
            ("Plot ID", "*"),
            ("Section", "*"),
            ("Lot", "*"),
            ("Grave", "*"),
            ("Garden", "*"),
            ("Status", "*"),
            ("Price", "*"),
        },
        False,
    ),
    (
        "Obituary CMS export: the text names the illness and the hospice",
        {
            "obituary_id": 58812,
            "slug": "harold-finch-1941-2024",
            "full_name": "Harold James Finch",
            "birth_date": "March 3, 1941",
            "death_date": "September 28, 2024",
            "city": "Dayton, Ohio",
            "published": "2024-09-30T16:05:00Z",
            "body": (
                "Harold James Finch, 83, of Dayton, passed away peacefully on September 28, "
                "2024 at Crestview Hospice House after a courageous two-year battle with "
                "pancreatic cancer. He retired from NCR after 31 years and coached Little "
                "League for two decades. He is survived by his wife of 58 years, Carol. In "
                "lieu of flowers, memorial contributions may be made to the Pancreatic "
                "Cancer Action Network."
            ),
        },
        {
            ("full_name", "NAME"),
            ("birth_date", "DATE"),
            ("death_date", "DATE"),
            ("city", "LOCATION"),
            ("body", "NAME"),
            ("body", "DATE"),
            ("body", "HEALTH"),
        },
        {("obituary_id", "*"), ("published", "*")},
        True,
    ),
    (
        "Life-insurance death claim (claims system JSON): insured, cause, beneficiary",
        {
            "claim_number": "DC-2024-118273",
            "policy_number": "LF00583192",
            "insured": {"name": "Gregory Paulsen", "dob": "1958-04-22", "ssn": "402-31-8856"},
            "date_of_death": "2024-08-30",
            "cause_of_death": "Metastatic colon cancer",
            "manner_of_death": "Natural",
            "contestable": False,
            "beneficiaries": [
                {
                    "name": "Linda Paulsen",
                    "relationship": "Spouse",
                    "share_pct": 100,
                    "phone": "(502) 555-0133",
                }
            ],
            "face_amount": 250000,
            "received": "2024-09-12",
        },
        {
            ("claim_number", "OTHER_ID"),
            ("policy_number", "ACCOUNT_NUMBER|OTHER_ID"),
            ("insured.name", "NAME"),
            ("insured.dob", "DATE"),
            ("insured.ssn", "SSN"),
            ("date_of_death", "DATE"),
            ("cause_of_death", "HEALTH"),
            ("beneficiaries[0].name", "NAME"),
            ("beneficiaries[0].phone", "PHONE"),
        },
        {
            ("manner_of_death", "HEALTH"),
            ("contestable", "*"),
            ("beneficiaries[0].share_pct", "*"),
            ("beneficiaries[0].relationship", "*"),
            ("face_amount", "*"),
        },
        True,
    ),
    (
        "Hospice interdisciplinary team roster (identified, no health): disciplines",
        {
            "Staff Name": "Teresa Nguyen",
            "Discipline": "RN Case Manager",
            "Team": "Team North",
            "Email": "tnguyen@crestviewhospice.org",
            "Phone Ext": "4412",
            "Hire Date": "2019-05-13",
            "Credentials": "RN, CHPN",
        },
        {("Staff Name", "NAME")},
        {("Discipline", "HEALTH"), ("Team", "*"), ("Phone Ext", "*"), ("Credentials", "HEALTH")},
        False,
    ),
    (
        "Funeral-home case list (CSV): death at home, burial, cemetery lot, next of kin",
        {
            "Case #": "2024-0433",
            "Decedent Name": "Margaret Ann Doyle",
            "DOD": "10/02/2024",
            "Place of Death": "Residence",
            "Residence Address": "77 Birch Hollow Rd, Chillicothe, OH 45601",
            "Disposition": "Burial",
            "Cemetery": "Grandview Cemetery",
            "Section/Lot/Grave": "Sec. C, Lot 112, Gr. 2",
            "Service Date": "10/07/2024",
            "NOK": "Patrick Doyle",
            "NOK Phone": "740-555-0128",
            "Director": "J. Morrow",
        },
        {
            ("Case #", "OTHER_ID"),
            ("Decedent Name", "NAME"),
            ("DOD", "DATE"),
            ("Residence Address", "LOCATION"),
            ("NOK", "NAME"),
            ("NOK Phone", "PHONE"),
        },
        {
            ("Place of Death", "*"),
            ("Disposition", "*"),
            ("Cemetery", "*"),
            ("Section/Lot/Grave", "*"),
        },
        False,
    ),
    (
        "Memorial tribute gift (donor CRM): in memory of, acknowledgee, no illness",
        {
            "Gift ID": "G-0093318",
            "Donor": "Raymond & Susan Clarke",
            "Donor Address": "12 Fairway Ln, Westerville, OH 43081",
            "Donor Email": "rsclarke@gmail.com",
            "Amount": "100.00",
            "Gift Date": "2024-10-04",
            "Tribute Type": "In Memory Of",
            "Honoree": "Eleanor Voss",
            "Acknowledgee": "Martin Voss",
            "Acknowledgee Address": "540 Sycamore St, Worthington, OH 43085",
            "Fund": "Patient Care Fund",
            "Appeal": "Memorial Gifts",
        },
        {
            ("Donor", "NAME"),
            ("Donor Address", "LOCATION"),
            ("Donor Email", "EMAIL"),
            ("Honoree", "NAME"),
            ("Acknowledgee", "NAME"),
            ("Acknowledgee Address", "LOCATION"),
        },
        {
            ("Gift ID", "*"),
            ("Amount", "*"),
            ("Tribute Type", "*"),
            ("Fund", "HEALTH"),
            ("Appeal", "*"),
        },
        False,
    ),
    (
        "Aggregate mortality statistics (CDC WONDER-like): county, FIPS, cause, rates",
        {
            "County": "Franklin County, OH",
            "County Code": "39049",
            "Year": "2023",
            "Cause of death": "Malignant neoplasms (C00-C97)",
            "Deaths": "2314",
            "Population": "1323807",
            "Crude Rate": "174.8",
            "Age Adjusted Rate": "152.1",
        },
        {("Cause of death", "HEALTH")},
        {
            ("County", "*"),
            ("County Code", "*"),
            ("Year", "*"),
            ("Deaths", "*"),
            ("Population", "*"),
            ("Crude Rate", "*"),
            ("Age Adjusted Rate", "*"),
        },
        False,
    ),
    (
        "Organ donor referral call (OPO referral line log): imminent death, MRN, diagnosis",
        {
            "Referral #": "24-10872",
            "Call Received": "2024-10-05 02:47",
            "Hospital": "Riverside Methodist Hospital",
            "Unit": "Neuro ICU",
            "Caller": "RN Kelly Marsh",
            "Patient Name": "Dante Moreno",
            "MRN": "7718204",
            "Age": "34",
            "Admitting Dx": "Anoxic brain injury s/p cardiac arrest",
            "Vent": "Y",
            "GCS": "3",
            "Referral Type": "Imminent death",
            "Outcome": "Family approached - authorized",
        },
        {("Patient Name", "NAME"), ("MRN", "MRN"), ("Admitting Dx", "HEALTH")},
        {("Hospital", "*"), ("Age", "*"), ("Vent", "*"), ("Outcome", "*")},
        True,
    ),
    (
        "Medical examiner case record: overdose death, incident address, manner accident",
        {
            "ME Case Number": "ME24-01873",
            "Decedent": "Tyler Hanson",
            "DOB": "06/11/1991",
            "Date of Pronouncement": "09/21/2024",
            "Time": "23:10",
            "Incident Address": "1460 E Broad St Apt 3, Columbus, OH 43205",
            "Cause of Death": "Combined fentanyl and methamphetamine toxicity",
            "Manner of Death": "Accident",
            "Investigator": "Inv. R. Salazar",
            "Autopsy": "External exam with toxicology",
            "Released To": "Schoedinger Funeral Service",
        },
        {
            ("ME Case Number", "OTHER_ID"),
            ("Decedent", "NAME"),
            ("DOB", "DATE"),
            ("Date of Pronouncement", "DATE"),
            ("Incident Address", "LOCATION"),
            ("Cause of Death", "HEALTH"),
        },
        {("Released To", "*")},
        True,
    ),
    (
        "Obituary without an illness: names, dates, a church's address as the venue",
        {
            "name": "Dorothy Lee Sampson",
            "born": "1936-02-14",
            "died": "2024-09-19",
            "service_time": "Saturday, September 28, 2024 at 11:00 AM",
            "venue": "First Baptist Church, 210 Main St, Athens, GA",
            "obituary_text": (
                "Dorothy Lee Sampson, 88, of Athens, went home to be with the Lord on "
                "September 19, 2024. She taught third grade at Barrow Elementary for 34 years "
                "and never missed a Sunday choir practice. She is survived by her daughter, "
                "Renee Sampson Hill, and four grandchildren."
            ),
            "funeral_home": "Bernstein Funeral Home",
        },
        {
            ("name", "NAME"),
            ("born", "DATE"),
            ("died", "DATE"),
            ("obituary_text", "NAME"),
            ("obituary_text", "DATE"),
        },
        {("obituary_text", "HEALTH"), ("venue", "*"), ("funeral_home", "*")},
        False,
    ),
    (
        "Cremation authorisation (e-signature export): agent, pacemaker removed, permit",
        {
            "form": "Cremation Authorization",
            "authorizing_agent": "Carol Finch",
            "relationship_to_decedent": "Surviving spouse",
            "agent_phone": "(937) 555-0154",
            "agent_address": "3018 Ridgeway Rd, Dayton, OH 45419",
            "decedent_name": "Harold James Finch",
            "date_of_death": "2024-09-28",
            "implanted_devices": "Pacemaker - removed by funeral home 9/29",
            "radioactive_implants": "None",
            "cremation_permit_no": "MC-24-09913",
            "signed_at": "2024-09-30T15:42:11Z",
            "envelope_id": "8c1f2e34-5b77-4d1a-9e0c-3f2a6b9d1e47",
        },
        {
            ("authorizing_agent", "NAME"),
            ("agent_phone", "PHONE"),
            ("agent_address", "LOCATION"),
            ("decedent_name", "NAME"),
            ("date_of_death", "DATE"),
            ("implanted_devices", "HEALTH"),
            ("cremation_permit_no", "OTHER_ID|LICENSE_NUMBER"),
        },
        {
            ("form", "*"),
            ("relationship_to_decedent", "*"),
            ("radioactive_implants", "*"),
            ("signed_at", "*"),
            ("envelope_id", "*"),
        },
        True,
    ),
    (
        "Online memorial donation (giving form): the dedication message names ALS",
        {
            "donation_id": "don_9c2e71",
            "first_name": "Janet",
            "last_name": "Okoro",
            "email": "janet.okoro@yahoo.com",
            "amount": 50,
            "dedication_type": "in_memory",
            "dedication_name": "Frank Okoro",
            "dedication_message": (
                "In memory of my husband Frank, who fought ALS with grace. Thank you to the "
                "hospice nurses who cared for him at home."
            ),
            "campaign": "Light Up a Life 2024",
            "created_at": "2024-11-29T19:02:44Z",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("dedication_name", "NAME"),
            ("dedication_message", "HEALTH"),
        },
        {("donation_id", "*"), ("amount", "*"), ("campaign", "*"), ("created_at", "*")},
        True,
    ),
    (
        "GA4 row of an obituary page view: a visitor's client id, no health",
        {
            "event_date": "20241003",
            "event_name": "page_view",
            "user_pseudo_id": "918273645.1727990011",
            "event_params": [
                {
                    "key": "page_location",
                    "value": {
                        "string_value": (
                            "https://www.riversidefh.com/obituaries/margaret-ann-doyle-1938-2024"
                        )
                    },
                },
                {
                    "key": "page_title",
                    "value": {
                        "string_value": "Margaret Ann Doyle Obituary | Riverside Funeral Home"
                    },
                },
                {"key": "engagement_time_msec", "value": {"int_value": 48211}},
            ],
            "geo": {"city": "Chillicothe", "region": "Ohio"},
        },
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_date", "*"),
            ("event_params[0].value.string_value", "HEALTH"),
            ("event_params[1].value.string_value", "HEALTH"),
            ("event_params[2].value.int_value", "*"),
        },
        False,
    ),
    (
        "Grief support group registration (Eventbrite attendee export): date of loss",
        {
            "Order #": "9182736450",
            "Order Date": "2024-10-01 20:14:05",
            "First Name": "Megan",
            "Last Name": "Castillo",
            "Email": "megcastillo88@gmail.com",
            "Ticket Type": "General Admission",
            "Event Name": "Remembering Mom: A Grief Support Group for Adult Children",
            "Event Start": "2024-10-15 18:30",
            "Venue": "Crestview Hospice Community Room",
            "Loved one's name": "Rosa Castillo",
            "Date of loss": "2024-06-02",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Event Name", "HEALTH"),
            ("Loved one's name", "NAME"),
            ("Date of loss", "DATE"),
        },
        {
            ("Order #", "*"),
            ("Order Date", "*"),
            ("Ticket Type", "*"),
            ("Event Start", "*"),
            ("Venue", "*"),
        },
        True,
    ),
    (
        "Hospice CAHPS sample file: decedent, caregiver respondent, ICD-10 primary diagnosis",
        {
            "Decedent First Name": "Albert",
            "Decedent Last Name": "Nyquist",
            "Decedent Sex": "1",
            "Decedent DOB": "19300417",
            "Decedent Date of Death": "20240912",
            "Decedent Age": "94",
            "Primary Diagnosis": "C34.90",
            "Payer": "1",
            "Last Location": "1",
            "Caregiver First Name": "Ingrid",
            "Caregiver Last Name": "Nyquist",
            "Caregiver Relationship": "2",
            "Caregiver Address": "905 Cedar Ln",
            "Caregiver City": "Duluth",
            "Caregiver State": "MN",
            "Caregiver ZIP": "55803",
            "Caregiver Phone": "2185550147",
            "Hospice CCN": "241547",
            "Sample Month": "09",
        },
        {
            ("Decedent First Name", "NAME"),
            ("Decedent Last Name", "NAME"),
            ("Decedent DOB", "DATE"),
            ("Decedent Date of Death", "DATE"),
            ("Decedent Age", "AGE_OVER_89"),
            ("Primary Diagnosis", "HEALTH"),
            ("Caregiver First Name", "NAME"),
            ("Caregiver Last Name", "NAME"),
            ("Caregiver Address", "LOCATION"),
            ("Caregiver City", "LOCATION"),
            ("Caregiver ZIP", "ZIP_CODE"),
            ("Caregiver Phone", "PHONE"),
        },
        {
            ("Decedent Sex", "*"),
            ("Payer", "*"),
            ("Last Location", "*"),
            ("Caregiver Relationship", "*"),
            ("Hospice CCN", "*"),
            ("Sample Month", "*"),
        },
        True,
    ),
    (
        "Death certificate order (certified copies): certificate number, requester",
        {
            "order_id": "VC-55301928",
            "certificate_number": "2024-038812",
            "decedent_name": "Margaret Ann Doyle",
            "date_of_death": "10/02/2024",
            "county_of_death": "Ross",
            "copies": 6,
            "requester_name": "Patrick Doyle",
            "requester_relationship": "Son",
            "ship_to": "412 Paint St, Chillicothe, OH 45601",
            "fee": "126.00",
        },
        {
            ("certificate_number", "LICENSE_NUMBER|OTHER_ID"),
            ("decedent_name", "NAME"),
            ("date_of_death", "DATE"),
            ("requester_name", "NAME"),
            ("ship_to", "LOCATION"),
        },
        {("order_id", "*"), ("copies", "*"), ("fee", "*"), ("requester_relationship", "*")},
        False,
    ),
    (
        "Health plan disenrollment for death (834-like flat file): member id, no health",
        {
            "member_id": "W284716630",
            "subscriber_name": "ESPINOZA, RAUL",
            "dob": "19440721",
            "term_date": "20240831",
            "maint_reason_code": "03",
            "maint_reason": "Death",
            "date_of_death": "20240819",
            "plan": "Gold PPO 1500",
            "group_number": "GRP-004471",
        },
        {
            ("member_id", "HEALTH_PLAN_ID"),
            ("subscriber_name", "NAME"),
            ("dob", "DATE"),
            ("date_of_death", "DATE"),
        },
        {
            ("maint_reason_code", "*"),
            ("maint_reason", "*"),
            ("plan", "*"),
            ("group_number", "*"),
        },
        False,
    ),
    (
        "NCHS public-use mortality microdata row (health, no identifier): detail age code",
        {
            "resident_status": "1",
            "education_2003_revision": "3",
            "month_of_death": "09",
            "sex": "M",
            "detail_age": "1085",
            "age_recode_52": "41",
            "place_of_death": "4",
            "marital_status": "M",
            "day_of_week_of_death": "5",
            "current_data_year": "2022",
            "manner_of_death": "7",
            "icd_code_10th_revision": "C349",
            "358_cause_recode": "093",
            "race": "01",
        },
        {("icd_code_10th_revision", "HEALTH")},
        {
            ("detail_age", "*"),
            ("age_recode_52", "*"),
            ("month_of_death", "*"),
            ("day_of_week_of_death", "*"),
            ("current_data_year", "*"),
            ("manner_of_death", "*"),
            ("358_cause_recode", "*"),
            ("place_of_death", "*"),
        },
        False,
    ),
    (
        "Hospice EMR death discharge: time of death, pronouncing nurse, family notified",
        {
            "Patient": "Lucille Harrington",
            "MRN": "HSP-118274",
            "Discharge Date": "10/05/2024",
            "Discharge Reason": "Death",
            "Time of Death": "10/05/2024 03:15",
            "Pronounced By": "Carla Munoz, RN",
            "Location at Death": "Hospice inpatient unit",
            "Primary Diagnosis": "End-stage COPD",
            "LOS (days)": "41",
            "Family Notified": "Daughter - Joan Harrington 614-555-0176",
            "Funeral Home": "Schoedinger Funeral Service",
        },
        {
            ("Patient", "NAME"),
            ("MRN", "MRN|OTHER_ID"),
            ("Discharge Date", "DATE"),
            ("Time of Death", "DATE"),
            ("Pronounced By", "NAME"),
            ("Location at Death", "HEALTH"),
            ("Primary Diagnosis", "HEALTH"),
            ("Family Notified", "NAME"),
            ("Family Notified", "PHONE"),
        },
        {("Discharge Reason", "*"), ("LOS (days)", "*"), ("Funeral Home", "*")},
        True,
    ),
    (
        "Bereavement card print file (vendor CSV): recipient address, the hospice as sender",
        {
            "RecipientName": "Patrick Doyle",
            "Address1": "412 Paint St",
            "City": "Chillicothe",
            "State": "OH",
            "PostalCode": "45601",
            "CardCode": "SYM-06",
            "CardText": "Thinking of you as the days grow shorter.",
            "SendDate": "2025-04-02",
            "Sender": "Crestview Hospice",
        },
        {
            ("RecipientName", "NAME"),
            ("Address1", "LOCATION"),
            ("City", "LOCATION"),
            ("PostalCode", "ZIP_CODE"),
        },
        {("CardCode", "*"), ("CardText", "*"), ("SendDate", "*"), ("Sender", "*")},
        False,
    ),
    (
        "Hospice inquiry call (CallRail-like): the caller's father, end-stage heart failure",
        {
            "id": "CAL8f2c91ab4e3d4a1b8c7e6f5d4c3b2a19",
            "customer_phone_number": "+17345550163",
            "customer_name": "HOLLIS DEBRA",
            "tracking_phone_number": "+18335550190",
            "source": "Google Ads",
            "duration": 412,
            "start_time": "2024-10-02T10:14:22-04:00",
            "transcription_summary": (
                "Caller is asking about hospice for her father, who has end-stage heart "
                "failure and was just discharged from the hospital. Wants an admissions "
                "nurse to visit this week."
            ),
            "tags": ["hospice inquiry", "qualified"],
        },
        {
            ("customer_phone_number", "PHONE"),
            ("customer_name", "NAME"),
            ("transcription_summary", "HEALTH"),
        },
        {("tracking_phone_number", "*"), ("duration", "*"), ("source", "*")},
        True,
    ),
    (
        "Hospice monthly census report (clean): CCN, census, deaths, length of stay",
        {
            "Month": "2024-09",
            "Program": "Crestview Hospice",
            "CCN": "361523",
            "Average Daily Census": "142.6",
            "Admissions": "88",
            "Deaths": "71",
            "Live Discharges": "9",
            "ALOS": "67.3",
            "Median LOS": "19",
            "Cap Liability": "0.00",
        },
        set(),
        {
            ("Month", "*"),
            ("Program", "*"),
            ("CCN", "*"),
            ("Average Daily Census", "*"),
            ("Admissions", "*"),
            ("Deaths", "*"),
            ("Live Discharges", "*"),
            ("ALOS", "*"),
            ("Median LOS", "*"),
            ("Cap Liability", "*"),
        },
        False,
    ),
    (
        "Funeral-home chapel schedule (clean): service id, room, visitation hours",
        {
            "service_id": "SVC-24-0412",
            "room": "Chapel A",
            "service_type": "Visitation",
            "start": "2024-10-06T16:00:00",
            "end": "2024-10-06T19:00:00",
            "family_name": "Doyle",
            "staff_assigned": 3,
            "livestream": "Yes",
            "vehicle": "Coach 2",
        },
        set(),
        {
            ("service_id", "*"),
            ("room", "*"),
            ("service_type", "*"),
            ("start", "*"),
            ("end", "*"),
            ("staff_assigned", "*"),
            ("vehicle", "*"),
        },
        False,
    ),
    (
        "FHIR VRDR-like death record bundle: decedent Patient and cause-of-death Observation",
        {
            "resourceType": "Bundle",
            "type": "document",
            "identifier": {"system": "http://nchs.cdc.gov/vrdr_id", "value": "2024MI018832"},
            "entry": [
                {
                    "resource": {
                        "resourceType": "Patient",
                        "name": [
                            {"use": "official", "family": "Whitcomb", "given": ["Rosalind", "Mae"]}
                        ],
                        "gender": "female",
                        "birthDate": "1929-12-05",
                        "deceasedDateTime": "2024-10-06T14:20:00-04:00",
                        "identifier": [
                            {
                                "type": {"coding": [{"code": "SB"}]},
                                "system": "http://hl7.org/fhir/sid/us-ssn",
                                "value": "371284410",
                            }
                        ],
                        "address": [{"city": "Muskegon", "state": "MI", "postalCode": "49441"}],
                    }
                },
                {
                    "resource": {
                        "resourceType": "Observation",
                        "code": {
                            "coding": [
                                {
                                    "system": "http://loinc.org",
                                    "code": "69453-9",
                                    "display": "Cause of death [US Standard Certificate of Death]",
                                }
                            ]
                        },
                        "valueCodeableConcept": {"text": "Aspiration pneumonia"},
                        "component": [
                            {"code": {"coding": [{"code": "69440-6"}]}, "valueString": "3 days"}
                        ],
                    }
                },
            ],
        },
        {
            ("identifier.value", "OTHER_ID|LICENSE_NUMBER"),
            ("entry[0].resource.name[0].family", "NAME"),
            ("entry[0].resource.name[0].given[0]", "NAME"),
            ("entry[0].resource.birthDate", "DATE"),
            ("entry[0].resource.deceasedDateTime", "DATE"),
            ("entry[0].resource.identifier[0].value", "SSN"),
            ("entry[0].resource.address[0].city", "LOCATION"),
            ("entry[0].resource.address[0].postalCode", "ZIP_CODE"),
            ("entry[1].resource.valueCodeableConcept.text", "HEALTH"),
        },
        {
            ("entry[1].resource.code.coding[0].code", "*"),
            ("entry[1].resource.component[0].code.coding[0].code", "*"),
            ("entry[1].resource.component[0].valueString", "*"),
            ("entry[0].resource.gender", "*"),
        },
        True,
    ),
    (
        "Pre-need planning lead (web form): a 91-year-old planning his own cremation",
        {
            "form_name": "Pre-Planning Guide Request",
            "first_name": "Arthur",
            "last_name": "Bellamy",
            "phone": "(727) 555-0119",
            "email": "abellamy1933@gmail.com",
            "age": "91",
            "planning_for": "Myself",
            "interest": "Cremation",
            "veteran": "Yes",
            "submitted_at": "2024-10-03 09:12:40",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("phone", "PHONE"),
            ("email", "EMAIL"),
            ("age", "AGE_OVER_89"),
        },
        {
            ("form_name", "*"),
            ("planning_for", "*"),
            ("interest", "*"),
            ("veteran", "*"),
            ("submitted_at", "*"),
        },
        False,
    ),
    (
        "Deceased suppression file (list vendor): YYYYMM death and birth, obituary source",
        {
            "FNAME": "EVELYN",
            "LNAME": "TRAMMELL",
            "ADDR": "1188 OLD MILL RD",
            "CITY": "MACON",
            "ST": "GA",
            "ZIP5": "31204",
            "DOD": "202409",
            "DOB_YYYYMM": "193307",
            "SOURCE": "OBIT",
            "MATCH_LEVEL": "INDIVIDUAL",
            "DECEASED_FLAG": "Y",
        },
        {
            ("FNAME", "NAME"),
            ("LNAME", "NAME"),
            ("ADDR", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP5", "ZIP_CODE"),
            ("DOD", "DATE"),
            ("DOB_YYYYMM", "DATE"),
        },
        {("SOURCE", "*"), ("MATCH_LEVEL", "*"), ("DECEASED_FLAG", "*")},
        False,
    ),
    (
        "Hospice Google Ads lead form webhook: who needs care, their diagnosis",
        {
            "lead_id": "Qm7xR2vKp9LwT4zA-0bC3dE5fG",
            "api_version": "1.0",
            "form_id": 40281177,
            "campaign_id": 21877340912,
            "gcl_id": "EAIaIQobChMI8q3v0uW7iAMVh0v_AR2k3x9PEAAYASAAEgJx_fD_BwE",
            "is_test": False,
            "user_column_data": [
                {
                    "column_name": "Full Name",
                    "string_value": "Renee Whitfield",
                    "column_id": "FULL_NAME",
                },
                {
                    "column_name": "User Phone",
                    "string_value": "+14045550171",
                    "column_id": "PHONE_NUMBER",
                },
                {
                    "column_name": "Who needs care?",
                    "string_value": "My mother",
                    "column_id": "who_needs_care",
                },
                {
                    "column_name": "What is their diagnosis?",
                    "string_value": "Dementia, stopped eating",
                    "column_id": "diagnosis",
                },
            ],
        },
        {
            ("lead_id", "OTHER_ID"),
            ("gcl_id", "ONLINE_ID"),
            ("user_column_data[0].string_value", "NAME"),
            ("user_column_data[1].string_value", "PHONE"),
            ("user_column_data[3].string_value", "HEALTH"),
        },
        {
            ("form_id", "*"),
            ("campaign_id", "*"),
            ("api_version", "*"),
            ("user_column_data[2].string_value", "*"),
        },
        True,
    ),
    (
        "Life-insurance claim notice (beneficiary's web form): deceased, cause, policy",
        {
            "Deceased's Full Name": "Ronald Petrakis",
            "Deceased's Date of Birth": "02/09/1949",
            "Date of Death": "09/25/2024",
            "Cause of Death": "Stroke",
            "Policy Number(s)": "UL-4471982",
            "Your Name": "Sophia Petrakis",
            "Relationship to Deceased": "Daughter",
            "Your Phone": "(312) 555-0158",
            "Your Email": "sophia.petrakis@outlook.com",
            "Was the death certificate issued?": "Yes",
            "Submitted": "2024-10-01 13:22",
        },
        {
            ("Deceased's Full Name", "NAME"),
            ("Deceased's Date of Birth", "DATE"),
            ("Date of Death", "DATE"),
            ("Cause of Death", "HEALTH"),
            ("Policy Number(s)", "ACCOUNT_NUMBER|OTHER_ID"),
            ("Your Name", "NAME"),
            ("Your Phone", "PHONE"),
            ("Your Email", "EMAIL"),
        },
        {
            ("Relationship to Deceased", "*"),
            ("Was the death certificate issued?", "*"),
            ("Submitted", "*"),
        },
        True,
    ),
    (
        "Discharge planner's hospice referral fax (OCR text): patient, DOB, dx, daughter",
        {
            "fax_id": "FX-20241004-00931",
            "received": "2024-10-04T11:02:51Z",
            "from_number": "+15125550100",
            "pages": 4,
            "ocr_text": (
                "HOSPICE REFERRAL\nPatient: Robert Alvarez   DOB: 02/14/1939\n"
                "Dx: metastatic prostate cancer to bone; PPS 30%\n"
                "Family requests GIP for pain crisis.\n"
                "Contact daughter Maria Alvarez 512-555-0166.\n"
                "Referring MD: Dr. Helen Cho"
            ),
        },
        {
            ("ocr_text", "NAME"),
            ("ocr_text", "DATE"),
            ("ocr_text", "HEALTH"),
            ("ocr_text", "PHONE"),
        },
        {("fax_id", "*"), ("received", "*"), ("pages", "*")},
        True,
    ),
    (
        "Online obituary guestbook entry: the author and town, a teacher remembered",
        {
            "guestbook_id": "gb_771203",
            "obituary_slug": "dorothy-lee-sampson-1936-2024",
            "author_name": "Pamela Wright",
            "author_location": "Watkinsville, GA",
            "message": (
                "Mrs. Sampson was my third grade teacher and the reason I became a teacher. "
                "Praying for the family."
            ),
            "posted_at": "2024-09-22T08:14:00Z",
            "candle_lit": True,
        },
        {("author_name", "NAME"), ("author_location", "LOCATION")},
        {("message", "HEALTH"), ("posted_at", "*"), ("guestbook_id", "*"), ("candle_lit", "*")},
        False,
    ),
    (
        "Eye bank referral outcome: corneas recovered, cause of death, serology",
        {
            "referral_number": "EB-24-3318",
            "donor_name": "Dante Moreno",
            "hospital_mrn": "7718204",
            "time_of_death": "2024-10-06T09:41:00",
            "cause_of_death": "Anoxic encephalopathy",
            "tissue_recovered": "Corneas (OU)",
            "serology": "HIV/HBV/HCV negative",
            "recovery_date": "2024-10-06",
            "recovery_tech": "CEBT J. Parks",
            "medical_examiner_release": "Yes",
        },
        {
            ("donor_name", "NAME"),
            ("hospital_mrn", "MRN"),
            ("time_of_death", "DATE"),
            ("cause_of_death", "HEALTH"),
            ("serology", "HEALTH"),
        },
        {("medical_examiner_release", "*")},
        True,
    ),
    (
        "Hospice eligibility guideline row (LCD, health without identifier)",
        {
            "condition": "Dementia due to Alzheimer's disease",
            "criteria": "FAST stage 7 or beyond; unable to ambulate without assistance",
            "source": "LCD L34538",
            "updated": "2023-10-01",
        },
        {("condition", "HEALTH")},
        {("source", "*"), ("updated", "*")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Funeral-home case (Passare-like JSON): decedent, informant, cremation authorisation": (
        set(),
        {("case_number", "OTHER_ID")},
        set(),
        "a bare case number is a help desk's or a CRM's ticket (detectors/field_names.py "
        "reads only a named case as a person's: a state's, a county's, now a medical "
        "examiner's; tests/test_device_resupply.py forbids a Salesforce ``Case Number``), and "
        "the brief itself called a funeral home's case numbers hard negatives: neither "
        "expected nor forbidden",
    ),
    "Funeral-home case list (CSV): death at home, burial, cemetery lot, next of kin": (
        set(),
        {("Case #", "OTHER_ID")},
        set(),
        "a bare ``Case #`` is a ticket's as often (see the Passare-like case above)",
    ),
    "Hospice interdisciplinary team roster (identified, no health): disciplines": (
        set(),
        {("Staff Name", "NAME")},
        set(),
        "a ``staff`` column is the covered entity's workforce (detectors/staff.py "
        "``AGENT_ROLES``, decided for a camp infirmary's and a school nurse's ``staff_name``), "
        "so the blind expectation that a roster's staff name is reported was wider than the "
        "project",
    ),
    "Life-insurance claim notice (beneficiary's web form): deceased, cause, policy": (
        {("Policy Number(s)", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID")},
        {("Policy Number(s)", "ACCOUNT_NUMBER|OTHER_ID")},
        set(),
        "a policy number is read by the insurance-number rule as HEALTH_PLAN_ID, which "
        "tests/test_life_insurance_underwriting.py accepts for a life policy "
        "(``ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID``): an identifier of the insured either way",
    ),
    "Life-insurance death claim (claims system JSON): insured, cause, beneficiary": (
        {("policy_number", "ACCOUNT_NUMBER|OTHER_ID|HEALTH_PLAN_ID")},
        {("policy_number", "ACCOUNT_NUMBER|OTHER_ID")},
        set(),
        "the same decision on a held-out row: a life policy's number may be read as "
        "HEALTH_PLAN_ID (tests/test_life_insurance_underwriting.py)",
    ),
    "Aggregate mortality statistics (CDC WONDER-like): county, FIPS, cause, rates": (
        set(),
        set(),
        {("County", "*")},
        "an aggregate's geography stays found (detectors/aggregate_reports.py: a ZIP or a "
        "city is a report's dimension as often, and a five-digit ZIP is a ZIP_CODE in any "
        "row), so a county there is a LOCATION; the PHI verdict is left open below",
    ),
}


_OPEN: dict[str, tuple[set, str]] = {
    "Hospice monthly census report (clean): CCN, census, deaths, length of stay": (
        {("Program", "PROCEDURE")},
        'a ``Program`` column holds a care programme ("Cardiac Rehab", "Physical '
        "Therapy\": health context on a person's row) as often as a site's name (\"Crestview "
        'Hospice"), and both end in an organisation word, so no key rule tells them apart; '
        "the report names nobody, so the row is no PHI record",
    ),
    "FHIR VRDR-like death record bundle: decedent Patient and cause-of-death Observation": (
        {("identifier.value", "OTHER_ID|LICENSE_NUMBER")},
        "a single FHIR ``Identifier`` object (``Bundle.identifier``) is not read as a "
        "system/value pair; only an identifier list's elements are (detectors/cells.py "
        "``_param_pair``), and reading every ``{system, value}`` object so would change how "
        "two flatteners walk objects for one death-record shape (the row is PHI by its "
        "name, SSN, dates and cause of death)",
    ),
}

_OPEN.update(
    {
        "Aggregate mortality statistics (CDC WONDER-like): county, FIPS, cause, rates": (
            set(),
            "held out: a county with a cause of death makes the row PHI, as the BI probe "
            "decided for an aggregate by ZIP and condition (tests/test_bi_reports.py): the "
            "engine cannot see that a row of counts and rates names nobody, and a county is "
            "a Safe Harbor place",
        ),
        "Cremation authorisation (e-signature export): agent, pacemaker removed, permit": (
            {("agent_phone", "PHONE")},
            "held out: ``agent_phone`` is a contact centre agent's line by its key "
            "(detectors/staff.py ``AGENT_ROLES``); only the sibling ``authorizing_agent`` says "
            "this agent is the family's, and staff fields are judged key by key (the row is "
            "PHI by the agent's and the decedent's names, the address and the pacemaker)",
        ),
        "Funeral-home chapel schedule (clean): service id, room, visitation hours": (
            {("start", "DATE"), ("end", "DATE")},
            'held out: the schedule names the family (``family_name`` = "Doyle", a surname, '
            "read as a NAME), and a time booked beside a person's name is read as theirs "
            "(chunk_profiles.calendar_columns makes slot times the calendar's only in a "
            "chunk that names nobody); whether a funeral's visitation hours are the "
            "decedent's date the blind must-not decided too quickly",
        ),
    }
)

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_hospice_decedent_records_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 41 records, the decisions applied): a change that loses recall or precision
#: on hospice and decedent exports fails here. Before the work, blind: SHAPES 14 misses /
#: 6 false / 13 wrong of 31, HELD_OUT 7 / 4 / 6 of 10.
FLOORS = ShapeTotals(expected=207, misses=3, false=3, wrong=6)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
