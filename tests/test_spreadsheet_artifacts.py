"""Spreadsheet and type-coercion artifacts in the exports marketers hand over.

A blind probe, written by hand before reading the detectors: the same patient lists, lead
sheets, recall lists and intake logs the other probes read, but as they look after a trip
through Excel, Google Sheets or a pandas round-trip, where values and headers lost their
shape. ZIP codes that lost their leading zero (``2134``, ``"2134.0"``, ``"2134-1203"``),
phone numbers as floats, in scientific notation or with thousands separators
(``6175550123.0``, ``"6.18E+09"``, ``"6,175,550,177"``), SSNs without dashes or without
their leading zero (``31624419``), Excel serial dates (``45412``) under date-named columns
and pandas timestamps (``"1985-03-14 00:00:00"``, ``"NaT"``), ``TRUE``/``FALSE`` and Python
booleans, error and missing cells (``#N/A``, ``#REF!``, ``NaN``, ``None``), headers with
trailing spaces, upper case, wrapped lines (``"Date of\\nBirth"``), a BOM (``"\\ufeffEmail"``,
or read as Windows-1252: ``"ï»¿Patient ID"``), pandas' ``Unnamed: 3``, two-row headers
flattened (``Patient Info - DOB``, ``Contact_Email Address``, a MultiIndex as
``"('Patient', 'DOB')"``), apostrophe-forced text (``"'02134"``) and records given as Python
values (int, float, bool, None) rather than strings. The hard negatives are the sheet's own
numbers: row numbers and pandas' index column, totals rows, percentages, currency, counts,
invoice and order serials that fall in Excel's date range, a time of day as a day
fraction, sheet and tab names, a ``describe()`` table.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A value that lost its shape is still the identifier its column names.** A four-digit
  ZIP under a ZIP column (``2134``, ``"2134.0"``, ``"'02134"``, ``"2134-1203"``) is the
  ZIP_CODE that lost its leading zero, as the README's redaction already assumes; a
  ten-digit phone as a float (``6175550123.0``), with Excel's thousands separators or
  with an apostrophe is a PHONE; nine digits under an SSN column, or eight (an int that
  lost its leading zero), are an SSN; an MRN with thousands separators is the MRN.
- **A phone in scientific notation (``"6.18E+09"``) is neither expected nor forbidden**:
  the saved value is 6,180,000,000, the person's number is gone, but a tool that masks it
  under a ``Phone`` column errs the safe way.
- **An Excel serial date under a person's date column is a DATE** (``DOB`` = 22720 is
  1962-03-15; ``Last Visit``, ``Appt Date``, a recall's ``Due``), whether a string, an int
  or a float. Under any other column (``Invoice #``, ``Order Serial``, a device's
  ``Serial No``, ``Row ID``) a number in the same range is not a date. A plan's
  ``Effective Date``, a hire date and a ship date as serials are neither expected nor
  forbidden (the same as their written forms in earlier probes).
- **Offsets of a non-string value** count in its JSON text, as the contract says: an int
  ``2134`` is scanned as ``2134``, a float ``6175550123.0`` as ``6175550123.0``, ``True`` as
  ``true``. A finding may cover the whole JSON text (the ``.0`` too); the table checks only
  the field and the entity.
- **Booleans**: ``TRUE`` / ``True`` under a column that names a condition (``Diabetes``,
  ``has_asthma``) says that person has it: HEALTH, as the eligibility probe decided for a
  programme flag's ``Y`` and a ``has_`` column's ``1``. ``FALSE`` says nothing, and a
  boolean under any other column (``Opted In``, ``Attending``) is no finding.
- **Error and missing cells** (``#N/A``, ``#REF!``, ``#VALUE!``, ``#DIV/0!``, ``NaN``,
  ``NaT``, ``None``, an empty string) are no finding under any column, a person's column
  included.
- **Headers are read as a person would read them**: surrounding spaces, upper case, a
  wrapped line, a BOM (as ``\\ufeff`` or as ``ï»¿``), and a two-row header's group and
  column joined by `` - ``, ``_`` or as a tuple's text do not change what the column holds.
  ``Unnamed: N`` says nothing: its value is read by its shape alone (an email is an
  EMAIL), and ``Unnamed: 0`` as pandas writes it is the row index, never a finding.
- **The sheet's own numbers are not a person's**: a row number or index, a totals row,
  a percentage, a currency amount, a count with thousands separators, a ``describe()``
  statistic (a mean ``zip`` of 2139.6 is no ZIP), a time of day as a day fraction, a
  sheet or tab name and a file name with a date in it.
- **A ``Timestamp`` of a Google Forms sheet, a ``CREATEDATE`` and a ``created`` column are
  the tool's clocks**, not a person's dates: forbidden, as machine times are elsewhere.

After reading the detectors no blind expectation was changed and none needed a decision
on top (:data:`_DECIDED` is empty); one blind expectation was stricter than a decision the
project had made (a checkbox column named for a condition alone, ``Diabetes`` = TRUE, is
not read without a flag's marker) and is left open with the reason. Most of the domain was
read already: float and int ZIPs and phones, apostrophe-forced text, BOMs, wrapped,
spaced, upper-case and flattened two-row headers, tuple headers, ``Unnamed: N``, pandas
timestamps, Python booleans and ``NaN``. What the work built: Excel serial dates
(``22720``, ``45580.0``, ``45580.395833``; five digits up to 2099-12-31) in a field named
for a person's date (``DOB``, ``Appt Date``, ``Last Visit``), never elsewhere; Excel's
thousands separators on a phone or an id typed as a number (``6,175,550,177``, an MRN
``1,004,523``) under a field named for one; spreadsheet error values (``#N/A``,
``#REF!``, ``#VALUE!``, ``#DIV/0!``...) and pandas' ``<NA>`` as placeholders, so they are
no NAME, no ZIP's LOCATION and no diagnosis; a business document's serial (``Order
Serial``, ``Invoice Serial No``) as no device's; and texture-modified diets (``Pureed``,
``Mechanical soft``, ``Thickened liquids``) as therapeutic. Three records are left open
(:data:`LEFT_ALONE`): a bare ``Name`` whose email sibling is under ``Unnamed: 2``, the
``Diabetes`` checkbox above, a serial under a bare ``Due``.

Figures (misses / false findings / records wrong): SHAPES (32 records, 104 pairs), blind
10 / 3 / 10, after the work 3 / 0 / 3 (all in LEFT_ALONE). HELD_OUT (10 records, 37
pairs), blind before any work 2 / 0 / 2 (both an Excel serial date: a ``DOB`` int, an
``Appt Date`` float); scored once after the work on SHAPES: 0 / 0 / 0, with nothing
changed for it.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "pandas to_dict of a patient list: int ZIP lost its zero, float phone, Timestamp DOB",
        {
            "Unnamed: 0": 0,
            "patient_name": "Maureen Callahan",
            "zip": 2134,
            "phone": 6175550123.0,
            "dob": "1958-11-02 00:00:00",
            "diagnosis": "Type 2 diabetes",
            "enrolled": True,
        },
        {
            ("patient_name", "NAME"),
            ("zip", "ZIP_CODE"),
            ("phone", "PHONE"),
            ("dob", "DATE"),
            ("diagnosis", "HEALTH"),
        },
        {("Unnamed: 0", "*"), ("enrolled", "*")},
        True,
    ),
    (
        "Excel CSV save of a lead sheet: ten-digit phone and four-digit ZIP as text",
        {
            "Row": "18",
            "First Name": "Darnell",
            "Last Name": "Whitaker",
            "Phone": "6175550148",
            "Zip": "2139",
            "Email": "dwhitaker77@gmail.com",
            "Interest": "Knee replacement consult",
            "Lead Date": "3/14/2024",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Phone", "PHONE"),
            ("Zip", "ZIP_CODE"),
            ("Email", "EMAIL"),
            ("Interest", "HEALTH"),
        },
        {("Row", "*")},
        True,
    ),
    (
        "Google Sheets download: phone in scientific notation, ZIP as a float's text",
        {
            "Name": "Priya Raman",
            "Phone": "6.18E+09",
            "ZIP": "2134.0",
            "Email": "priya.raman@outlook.com",
            "Condition": "Migraine",
        },
        {
            ("Name", "NAME"),
            ("ZIP", "ZIP_CODE"),
            ("Email", "EMAIL"),
            ("Condition", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Billing sheet: an SSN int that lost its leading zero, a serial DOB, currency",
        {
            "ACCT_NO": "A-204431",
            "PATIENT": "GREENE, THOMAS",
            "SSN": 31624419,
            "DOB": 22720,
            "SERVICE": "Colonoscopy",
            "BALANCE": "$1,245.60",
        },
        {
            ("ACCT_NO", "ACCOUNT_NUMBER|OTHER_ID"),
            ("PATIENT", "NAME"),
            ("SSN", "SSN"),
            ("DOB", "DATE"),
            ("SERVICE", "HEALTH"),
        },
        {("BALANCE", "*")},
        True,
    ),
    (
        "Excel serial dates as text under DOB and Appt Date in a visit list",
        {
            "MRN": "00482213",
            "Patient Name": "Lena Okafor",
            "DOB": "23451",
            "Appt Date": "45412",
            "Visit Type": "Physical therapy evaluation",
            "Clinic": "Northside",
        },
        {
            ("MRN", "MRN"),
            ("Patient Name", "NAME"),
            ("DOB", "DATE"),
            ("Appt Date", "DATE"),
            ("Visit Type", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Headers with surrounding spaces and upper case",
        {
            "PATIENT NAME ": "Rosa Delgado",
            "EMAIL ": "rosa.delgado@yahoo.com",
            "PHONE ": "(305) 555-0172",
            " DATE OF BIRTH": "07/22/1949",
            "PROCEDURE ": "Cataract surgery",
        },
        {
            ("PATIENT NAME ", "NAME"),
            ("EMAIL ", "EMAIL"),
            ("PHONE ", "PHONE"),
            (" DATE OF BIRTH", "DATE"),
            ("PROCEDURE ", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Wrapped headers (Excel's wrap text): a line break inside the column name",
        {
            "Patient\nName": "Harold Finch",
            "Date of\nBirth": "1944-05-09",
            "Member\nID": "XJH448120937",
            "Primary\nDiagnosis": "COPD",
            "Sheet": "March intake",
        },
        {
            ("Patient\nName", "NAME"),
            ("Date of\nBirth", "DATE"),
            ("Member\nID", "HEALTH_PLAN_ID"),
            ("Primary\nDiagnosis", "HEALTH"),
        },
        {("Sheet", "*")},
        True,
    ),
    (
        "A BOM left on the first header (a CSV read without utf-8-sig)",
        {
            "\ufeffEmail": "kmorales@gmail.com",
            "First Name": "Karina",
            "Medication": "Metformin 500 mg",
            "Refill Due": "2024-11-02",
        },
        {
            ("\ufeffEmail", "EMAIL"),
            ("First Name", "NAME"),
            ("Medication", "HEALTH"),
            ("Refill Due", "DATE"),
        },
        set(),
        True,
    ),
    (
        "A BOM read as Windows-1252 on the first header: 'ï»¿Patient ID'",
        {
            "ï»¿Patient ID": "P-0041822",
            "Full Name": "Ines Carvalho",
            "ZIP Code": "02134",
            "Cell": "617.555.0193",
            "Therapy": "Dialysis",
        },
        {
            ("ï»¿Patient ID", "OTHER_ID|MRN"),
            ("Full Name", "NAME"),
            ("ZIP Code", "ZIP_CODE"),
            ("Cell", "PHONE"),
            ("Therapy", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "pandas 'Unnamed: N' columns: a header cell left blank holds the email",
        {
            "Unnamed: 0": 14,
            "Name": "Owen Blakely",
            "Unnamed: 2": "owen.blakely@icloud.com",
            "Unnamed: 3": None,
            "Program": "Weight loss surgery seminar",
        },
        {("Name", "NAME"), ("Unnamed: 2", "EMAIL"), ("Program", "HEALTH")},
        {("Unnamed: 0", "*"), ("Unnamed: 3", "*")},
        True,
    ),
    (
        "Two-row header flattened with ' - ': 'Patient Info - DOB', 'Visit - Reason'",
        {
            "Patient Info - Name": "Gwendolyn Marsh",
            "Patient Info - DOB": "04/17/1952",
            "Patient Info - Phone": "614-555-0137",
            "Visit - Date": "10/03/2024",
            "Visit - Reason": "Chest pain",
            "Visit - Location": "Main Campus ED",
        },
        {
            ("Patient Info - Name", "NAME"),
            ("Patient Info - DOB", "DATE"),
            ("Patient Info - Phone", "PHONE"),
            ("Visit - Date", "DATE"),
            ("Visit - Reason", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Two-row header flattened with '_': 'Contact_Email Address', 'Contact_Mobile Phone'",
        {
            "Contact_First Name": "Ethan",
            "Contact_Last Name": "Moreau",
            "Contact_Email Address": "ethan.moreau@gmail.com",
            "Contact_Mobile Phone": "(503) 555-0116",
            "Health_Conditions": "Asthma; seasonal allergies",
            "Source_Campaign": "Spring_Newsletter",
        },
        {
            ("Contact_First Name", "NAME"),
            ("Contact_Last Name", "NAME"),
            ("Contact_Email Address", "EMAIL"),
            ("Contact_Mobile Phone", "PHONE"),
            ("Health_Conditions", "HEALTH"),
        },
        {("Source_Campaign", "*")},
        True,
    ),
    (
        "pandas MultiIndex columns written as tuple text",
        {
            "('Patient', 'Name')": "Abigail Stone",
            "('Patient', 'DOB')": "1961-02-28",
            "('Patient', 'Email')": "abby.stone@aol.com",
            "('Clinical', 'Diagnosis')": "Hypothyroidism",
            "('Clinical', 'A1c')": 6.1,
        },
        {
            ("('Patient', 'Name')", "NAME"),
            ("('Patient', 'DOB')", "DATE"),
            ("('Patient', 'Email')", "EMAIL"),
            ("('Clinical', 'Diagnosis')", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Apostrophe-forced text cells: MRN, ZIP and phone kept as text with a leading quote",
        {
            "MRN": "'0048213",
            "Last Name": "Petrov",
            "First Name": "Nadia",
            "Zip": "'02134",
            "Phone": "'6175550188",
            "Allergy": "Penicillin",
        },
        {
            ("MRN", "MRN"),
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("Zip", "ZIP_CODE"),
            ("Phone", "PHONE"),
            ("Allergy", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Discharge list with Excel's thousands separators on the MRN and the charges",
        {
            "Patient Name": "Curtis Boone",
            "MRN": "1,004,523",
            "Discharge Date": "2024-09-14 00:00:00",
            "DRG": "470",
            "Length of Stay": "3",
            "Total Charges": "12,480.00",
        },
        {
            ("Patient Name", "NAME"),
            ("MRN", "MRN"),
            ("Discharge Date", "DATE"),
            ("DRG", "HEALTH"),
        },
        {("Length of Stay", "*"), ("Total Charges", "*")},
        True,
    ),
    (
        "pandas timestamps: a birth date at midnight, NaT, a created clock",
        {
            "patient_id": 88123,
            "first_name": "Javier",
            "last_name": "Soto",
            "birth_date": "1985-03-14 00:00:00",
            "last_visit": "NaT",
            "treatment": "Physical therapy",
            "created": "2024-10-01 13:22:07",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("birth_date", "DATE"),
            ("treatment", "HEALTH"),
        },
        {("last_visit", "*"), ("created", "DATE")},
        True,
    ),
    (
        "Google Sheets checkboxes TRUE/FALSE under condition columns",
        {
            "Email": "lwong88@gmail.com",
            "Diabetes": "TRUE",
            "Hypertension": "FALSE",
            "Smoker": "FALSE",
            "Opted In": "TRUE",
        },
        {("Email", "EMAIL"), ("Diabetes", "HEALTH")},
        {("Hypertension", "*"), ("Smoker", "*"), ("Opted In", "*")},
        True,
    ),
    (
        "Python booleans from a DataFrame: has_asthma True, has_copd False",
        {
            "email": "m.quintero@gmail.com",
            "has_asthma": True,
            "has_copd": False,
            "newsletter_opt_in": True,
            "visits_ytd": 3,
        },
        {("email", "EMAIL"), ("has_asthma", "HEALTH")},
        {("has_copd", "*"), ("newsletter_opt_in", "*"), ("visits_ytd", "*")},
        True,
    ),
    (
        "Error and missing cells under a person's columns (clean)",
        {
            "Name": "#N/A",
            "Email": "#REF!",
            "Phone": float("nan"),
            "DOB": None,
            "Diagnosis": "#VALUE!",
            "ZIP": "#DIV/0!",
        },
        set(),
        {
            ("Name", "*"),
            ("Email", "*"),
            ("Phone", "*"),
            ("DOB", "*"),
            ("Diagnosis", "*"),
            ("ZIP", "*"),
        },
        False,
    ),
    (
        "Totals row at the bottom of a patient list (clean)",
        {
            "Row": "Total",
            "Patient Name": "",
            "Phone": "",
            "Visits": "1,482",
            "Charges": "$2,318,440.75",
            "% of Total": "100.0%",
        },
        set(),
        {
            ("Row", "*"),
            ("Patient Name", "*"),
            ("Phone", "*"),
            ("Visits", "*"),
            ("Charges", "*"),
            ("% of Total", "*"),
        },
        False,
    ),
    (
        "Campaign sheet (clean): row numbers, impressions, CTR, spend, a ratio as a float",
        {
            "#": 1,
            "Campaign": "Spring Wellness",
            "Impressions": "1,204,553",
            "CTR": "2.31%",
            "Spend": "$4,512.88",
            "Conv. Rate": 0.0412,
            "Leads": 118,
        },
        set(),
        {
            ("#", "*"),
            ("Impressions", "*"),
            ("CTR", "*"),
            ("Spend", "*"),
            ("Conv. Rate", "*"),
            ("Leads", "*"),
        },
        False,
    ),
    (
        "Supply order sheet (clean): invoice and order serials in Excel's date range",
        {
            "Invoice #": 45123,
            "Order Serial": "45290",
            "Item": "Exam gloves, nitrile, L",
            "Qty": 20,
            "Unit Price": "$8.99",
            "Ship Date": 45201,
        },
        set(),
        {
            ("Invoice #", "*"),
            ("Order Serial", "*"),
            ("Qty", "*"),
            ("Unit Price", "*"),
        },
        False,
    ),
    (
        "Loader bookkeeping (clean): sheet and tab names, file name, row index",
        {
            "sheet_name": "Q3 Leads",
            "tab": "Sheet2",
            "source_file": "leads_export_2024-10-01.xlsx",
            "row_index": 452,
            "loaded_at": "2024-10-01T08:00:00Z",
        },
        set(),
        {
            ("sheet_name", "*"),
            ("tab", "*"),
            ("source_file", "*"),
            ("row_index", "*"),
            ("loaded_at", "*"),
        },
        False,
    ),
    (
        "Referral sheet: mobile number as a float, a referral reason",
        {
            "Contact Name": "Beatrice Lyle",
            "Mobile Number": 3125550164.0,
            "Referral Reason": "Sleep apnea evaluation",
            "Referring Practice": "Lakeview Family Medicine",
        },
        {
            ("Contact Name", "NAME"),
            ("Mobile Number", "PHONE"),
            ("Referral Reason", "HEALTH"),
        },
        {("Referring Practice", "*")},
        True,
    ),
    (
        "Member roster: an Excel serial DOB as an int, an effective date as a float",
        {
            "MemberID": "W448812093",
            "Member Name": "Ruth Abernathy",
            "DOB": 12845,
            "Effective Date": 45292.0,
            "Plan": "Gold PPO",
            "Condition Flag": "CHF",
        },
        {
            ("MemberID", "HEALTH_PLAN_ID"),
            ("Member Name", "NAME"),
            ("DOB", "DATE"),
            ("Condition Flag", "HEALTH"),
        },
        {("Plan", "*")},
        True,
    ),
    (
        "ED intake sheet: a nine-digit SSN without dashes",
        {
            "Last Name": "Ibarra",
            "First Name": "Miguel",
            "Social Security #": "482115937",
            "Chief Complaint": "Lower back pain",
            "Arrival": "10/05/2024 14:32",
        },
        {
            ("Last Name", "NAME"),
            ("First Name", "NAME"),
            ("Social Security #", "SSN"),
            ("Chief Complaint", "HEALTH"),
            ("Arrival", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Staff sheet (no health): an eight-digit SSN as text, a serial hire date",
        {
            "Employee": "Dana Whitfield",
            "SSN": "31624419",
            "Hire Date": "38412",
            "Dept": "Billing",
        },
        {("Employee", "NAME"), ("SSN", "SSN")},
        {("Dept", "*")},
        False,
    ),
    (
        "Google Forms responses sheet: Timestamp, question headers, phone as an int",
        {
            "Timestamp": "10/4/2024 9:15:33",
            "Email Address": "tgreer@gmail.com",
            "Full name ": "Tamara Greer",
            "Phone number": 4045550139,
            "What symptoms are you experiencing?": "Joint pain, fatigue",
            "Preferred appointment date": "10/11/2024",
        },
        {
            ("Email Address", "EMAIL"),
            ("Full name ", "NAME"),
            ("Phone number", "PHONE"),
            ("What symptoms are you experiencing?", "HEALTH"),
            ("Preferred appointment date", "DATE"),
        },
        {("Timestamp", "*")},
        True,
    ),
    (
        "Mammography outreach sheet: a ZIP+4 that lost its leading zero",
        {
            "Name": "Colette Amari",
            "Address": "88 Harvard Ave",
            "City": "Allston",
            "State": "MA",
            "Zip": "2134-1203",
            "Service": "Screening mammogram",
        },
        {
            ("Name", "NAME"),
            ("Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Service", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "Health, no identifier: diagnosis counts by age band with percentages and currency",
        {
            "Diagnosis": "Hypertension",
            "Age Band": "65-74",
            "Patients": "1,204",
            "% of Panel": "18.2%",
            "Avg Cost": "$3,410",
        },
        {("Diagnosis", "HEALTH")},
        {("Age Band", "*"), ("Patients", "*"), ("% of Panel", "*"), ("Avg Cost", "*")},
        False,
    ),
    (
        "Health, no identifier: a drug price sheet with an NDC as an int",
        {
            "Drug": "Lisinopril 10 mg",
            "NDC 11": 68180051301,
            "Package": "90 tablets",
            "WAC": "$12.40",
            "Tier": 1,
        },
        {("Drug", "HEALTH")},
        {("Package", "*"), ("WAC", "*"), ("Tier", "*")},
        False,
    ),
    (
        "Health, no identifier: a cash-price sheet with a CPT code as an int",
        {
            "CPT": 45378,
            "Description": "Colonoscopy, diagnostic",
            "Gross Charge": "$3,250.00",
            "Cash Price": 1450.0,
            "Row ID": 118,
        },
        {("Description", "HEALTH")},
        {("Gross Charge", "*"), ("Cash Price", "*"), ("Row ID", "*")},
        False,
    ),
    (
        "Mailing list (no health): upper-case headers, int ZIP, float phone, bool opt-out",
        {
            "FIRST": "Helen",
            "LAST": "Cho",
            "ADDRESS": "14 Elm St",
            "CITY": "Quincy",
            "ST": "MA",
            "ZIP": 2169,
            "PHONE": 6175550160.0,
            "OPT_OUT": False,
        },
        {
            ("FIRST", "NAME"),
            ("LAST", "NAME"),
            ("ADDRESS", "LOCATION"),
            ("CITY", "LOCATION"),
            ("ZIP", "ZIP_CODE"),
            ("PHONE", "PHONE"),
        },
        {("OPT_OUT", "*")},
        False,
    ),
    (
        "Event RSVP sheet (no health): checkbox, guest count, table number",
        {
            "Name": "Gordon Pike",
            "Email": "gpike@comcast.net",
            "Attending": "TRUE",
            "Guests": 2,
            "Dietary": "Vegetarian",
            "Table #": 7,
        },
        {("Name", "NAME"), ("Email", "EMAIL")},
        {("Attending", "*"), ("Guests", "*"), ("Dietary", "*"), ("Table #", "*")},
        False,
    ),
    (
        "Recall list: Excel serials as ints under Last Visit and Due",
        {
            "Patient": "Ivy Hartman",
            "Phone": "(617) 555-0155",
            "Last Visit": 45180,
            "Recall Type": "Diabetic eye exam",
            "Due": 45545,
        },
        {
            ("Patient", "NAME"),
            ("Phone", "PHONE"),
            ("Last Visit", "DATE"),
            ("Recall Type", "HEALTH"),
            ("Due", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Hearing aid order sheet: a device serial as an int, not a date",
        {
            "Customer": "Walter Grimes",
            "DOB": "1938-06-30 00:00:00",
            "Device": "Hearing aid, behind-the-ear",
            "Serial No": 2318455123,
            "Qty": 2,
        },
        {
            ("Customer", "NAME"),
            ("DOB", "DATE"),
            ("Device", "HEALTH"),
            ("Serial No", "DEVICE_ID"),
        },
        {("Serial No", "DATE"), ("Qty", "*")},
        True,
    ),
    (
        "Patient balance sheet: a home phone with Excel's thousands separators",
        {
            "Patient Name": "Omar Haddad",
            "Home Phone": "6,175,550,177",
            "Condition": "Kidney stones",
            "Balance": "1,204.50",
        },
        {("Patient Name", "NAME"), ("Home Phone", "PHONE"), ("Condition", "HEALTH")},
        {("Balance", "*")},
        True,
    ),
    (
        "Service-line P&L (no identifier): percentages, currency, a fiscal year",
        {
            "Service Line": "Orthopedics",
            "Volume": "2,318",
            "Revenue": "$14,220,118",
            "Margin %": "12.4%",
            "YoY": "-3.1%",
            "FY": 2024,
        },
        {("Service Line", "HEALTH")},
        {("Volume", "*"), ("Revenue", "*"), ("Margin %", "*"), ("YoY", "*"), ("FY", "*")},
        False,
    ),
    (
        "HubSpot export opened in pandas: upper-case internal names, None, int mobile",
        {
            "FIRSTNAME": "Renee",
            "LASTNAME": "Vasquez",
            "EMAIL": "renee.v@hotmail.com",
            "PHONE": None,
            "MOBILEPHONE": 7735550184,
            "HS_LEAD_STATUS": "NEW",
            "INTERESTED_IN": "Bariatric surgery",
            "CREATEDATE": "2024-09-28 17:04:11",
        },
        {
            ("FIRSTNAME", "NAME"),
            ("LASTNAME", "NAME"),
            ("EMAIL", "EMAIL"),
            ("MOBILEPHONE", "PHONE"),
            ("INTERESTED_IN", "HEALTH"),
        },
        {("PHONE", "*"), ("HS_LEAD_STATUS", "*"), ("CREATEDATE", "*")},
        True,
    ),
    (
        "Appointment export: the date an Excel serial float, the time a day fraction",
        {
            "Patient Name": "Yusuf Adeyemi",
            "Appt Date": 45580.0,
            "Appt Time": 0.395833333,
            "Provider": "Dr. Lisa Chen",
            "Appt Type": "Cardiology follow-up",
            "Phone": "3125550148",
        },
        {
            ("Patient Name", "NAME"),
            ("Appt Date", "DATE"),
            ("Provider", "NAME"),
            ("Appt Type", "HEALTH"),
            ("Phone", "PHONE"),
        },
        {("Appt Time", "*")},
        True,
    ),
    (
        "pandas describe() saved to CSV (clean): statistics under a ZIP and an age column",
        {
            "Unnamed: 0": "mean",
            "age": 54.2,
            "bmi": 29.1,
            "visits": 3.4,
            "zip": 2139.6,
        },
        set(),
        {("Unnamed: 0", "*"), ("age", "*"), ("visits", "*"), ("zip", "*")},
        False,
    ),
    (
        "Resident census: an age over 89 as a float, a pandas admit date, a diet",
        {
            "Resident": "Margaret Olsen",
            "Age": 92.0,
            "Room": "214B",
            "Diet": "Pureed",
            "Admit Date": "2024-06-03 00:00:00",
        },
        {
            ("Resident", "NAME"),
            ("Age", "AGE_OVER_89"),
            ("Diet", "HEALTH"),
            ("Admit Date", "DATE"),
        },
        {("Room", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {}

_OPEN: dict[str, tuple[set, str]] = {
    "pandas 'Unnamed: N' columns: a header cell left blank holds the email": (
        {("Name", "NAME")},
        "a bare ``Name`` is a person's when a column beside it is an email, a phone or a "
        "fax by its name (detectors/person_records.py judges siblings by the chunk's paths, "
        "one pass over them); an email under a header pandas could not name gives it no "
        "such sibling, and reading every value's shape for it would cost a pass per chunk "
        "(the row is PHI by its email and the seminar)",
    ),
    "Google Sheets checkboxes TRUE/FALSE under condition columns": (
        {("Diabetes", "HEALTH")},
        "the project decided that a flag needs its marker (detectors/grid_answers.py: "
        "``has_diabetes``, ``Diabetes Eligible``, ``AILMENT_COPD``); a column named for a term "
        "alone (``Dementia``, a clinic listing's ``mammogram: true``) is not read, so the "
        "blind expectation was stricter than that decision; ``has_asthma`` = true is read",
    ),
    "Recall list: Excel serials as ints under Last Visit and Due": (
        {("Due", "DATE")},
        "a bare ``Due`` (or ``Due Date``) is an invoice's or a bill's as often and names no "
        "person's date (field_names), so a five-digit serial there is only a number; a "
        "written date under it is still found by the dates family. ``Last Visit`` is read",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_spreadsheet_artifacts_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records): a change that loses recall or precision on spreadsheet-coerced
#: exports fails here. Before the work, blind: SHAPES 10 misses / 3 false / 10 wrong of 32,
#: HELD_OUT 2 / 0 / 2 of 10.
FLOORS = ShapeTotals(expected=141, misses=3, false=0, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
