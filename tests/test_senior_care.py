"""Senior living, home health, hospice and home care sales and referral CRMs.

A blind probe, written by hand before reading the detectors: what the sales and marketing
teams of senior-living operators and home-based care agencies export. Senior-living CRMs
(Enquire/Aline-like CSV with ``Individual Type`` prospect / influencer rows, ``Care Level``,
``Market Source``, ``Sales Counselor``; Sherpa-like JSON with a ``prospect``, its
``influencers[]`` and the ``salesCounselor``; Welcome Home-like ``Prospect Name`` /
``Primary Contact`` columns), move-in, move-out, deposit and waitlist records, tour
bookings and tour surveys, A Place for Mom- and Caring.com-like lead feeds (JSON posts with
the resident, the family contact, care needs, the agency's own advisor), referral-source
accounts and visit logs (hospitals, discharge planners, case managers), home-health intake
referrals (HCHB-like CSV and OASIS-item JSON: diagnosis, homebound status, start-of-care
date, Medicare number), hospice inquiry calls and referrals, bereavement mailing lists,
non-medical home-care client records, community event RSVPs, and the clean sheets around
them: unit inventory and pricing, rate sheets, census and occupancy reports, event
attendance counts, community directories with the facility's licence.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (each repeated beside its record):

- **A level of care that is care is health context**: ``Assisted Living``, ``Memory
  Care``, ``Skilled Nursing``, ``Respite`` (after a stay), ``Hospice`` and home-health
  services (``SN, PT, OT``) say the person needs that care, as the project already reads
  a treatment programme's ``Level of Care`` (tests/test_elective_care.py). ``Independent
  Living`` is housing, not care: no finding. In a unit inventory or a census row the care
  type names the wing, not a person: it may be found as a term, but the row is no PHI.
- **The prospect is the senior; the influencer / responsible party is a family member**:
  both are people of the record (NAME, phone, email), and the record is PHI when the
  senior's care need is in it, as with any identifier beside health context.
- **The operator's people are not the subject**: a sales counsellor, marketing director,
  executive director, a lead agency's advisor or a home-care aide named in their own
  field is staff, not a finding (as the project's ``staff`` step reads a CRM record's
  owner). A referral source's case manager or discharge planner *is* reported as a NAME
  (the project reports clinicians' names and NPIs), but is no health context of theirs:
  a referral-source account record is not PHI.
- **Ages and birth years over 89**: an age of 90 or more is AGE_OVER_89; a birth year
  that makes the person 90 or more (``1931``) is AGE_OVER_89|DATE (Safe Harbor removes
  every element of such a date, the year too). A birth year of a younger person and a
  building's ``Year Built`` are no finding; an age of 88 is not AGE_OVER_89.
- **A person's dates are DATEs**: birth, tour, move-in, move-out, deposit, start of care,
  referral, anticipated discharge, death. The operator's dates are not: a rate sheet's
  effective date, a unit's availability date, a census report's date, an event's own date.
- **A lead or referral id is the person's record id** (OTHER_ID|ACCOUNT_NUMBER, as the
  project reads a CRM lead id); a unit id, a floor plan code, an invoice number of the
  lead agency, a community id and a tracking number are not.
- **The community's own address, phone, fax and licence number** (a directory row, a
  hospital's or community's name as a referral account or a location of care) are no
  finding. A unit number is the community's inventory, never a LOCATION.
- ``Deceased`` as a move-out reason is not health (tests/test_direct_mail.py); ``Higher
  level of care`` naming a skilled nursing move is.
- **An organisation's name in its own field** (a call's ``company_name`` "Sierra Hospice &
  Home Health", a ``Community`` "Desert Palms Assisted Living", a referral source's
  ``organization``) is the business's: neither health context nor the patient's town.

After reading the detectors no blind expectation was changed. Nine records are left open
(:data:`LEFT_ALONE`): five by decisions made elsewhere (a bare ``id``, an ``Apartment``
field is a LOCATION, ``business_phone_number`` stays PHONE, ``effective`` dates stay a
person's, a referral's id is the referral's), four for reasons of their own (a facility's
unprefixed contact block, a bare ``contact``, ``Start Date`` and ``Caregiver`` columns, a
care facility as a move-out destination). Blind: SHAPES (30 records) 18 misses / 14 false
/ 15 wrong, HELD_OUT (10) 6 / 4 / 6. After the work on SHAPES: 5 / 7 / 7 (all seven in
LEFT_ALONE); HELD_OUT, first scored then: 3 / 3 / 4, and 1 / 1 / 2 after three general
fixes it showed (home health's ordered services, a lead agency's advisor, a bereavement
list's name; a referral's id was left to the decision of tests/test_other_crms.py).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Enquire-like prospect row (CSV): memory care, 93, tour booked, counsellor named",
        {
            "Individual ID": "1048832",
            "Individual Type": "Prospect",
            "First Name": "Dorothy",
            "Last Name": "Kessler",
            "Birth Date": "04/12/1931",
            "Age": "93",
            "Care Level": "Memory Care",
            "Community": "Maple Ridge Senior Living",
            "Stage": "Tour Scheduled",
            "Tour Date": "02/18/2025",
            "Market Source": "A Place for Mom",
            "Sales Counselor": "Tina Alvarez",
        },
        {
            ("Individual ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Birth Date", "DATE"),
            ("Age", "AGE_OVER_89"),
            ("Care Level", "HEALTH"),
            ("Tour Date", "DATE"),
        },
        {
            ("Individual Type", "*"),
            ("Community", "*"),
            ("Stage", "*"),
            ("Market Source", "*"),
            ("Sales Counselor", "*"),
        },
        True,
    ),
    (
        "Enquire-like influencer row (CSV): the daughter, responsible party, no care level",
        {
            "Individual ID": "1048833",
            "Individual Type": "Influencer",
            "First Name": "Laura",
            "Last Name": "Kessler-Brandt",
            "Relationship": "Daughter",
            "Responsible Party": "Y",
            "Home Phone": "(614) 555-0142",
            "Email": "laura.brandt@example.com",
            "Address 1": "2281 Hickory Ln",
            "City": "Dublin",
            "State": "OH",
            "Zip": "43017",
            "Community": "Maple Ridge Senior Living",
        },
        {
            ("Individual ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Home Phone", "PHONE"),
            ("Email", "EMAIL"),
            ("Address 1", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
        },
        {
            ("Individual Type", "*"),
            ("Relationship", "*"),
            ("Responsible Party", "*"),
            ("State", "*"),
            ("Community", "*"),
        },
        False,
    ),
    (
        "Sherpa-like prospect JSON: assisted living, 96, influencers nested",
        {
            "id": "pr_7Hq2kLm9",
            "community": {"id": "cm_118", "name": "The Willows at Cedar Park"},
            "prospect": {
                "firstName": "Walter",
                "lastName": "Brennan",
                "age": 96,
                "careNeeds": ["Assisted Living", "Medication Management"],
                "currentResidence": "Lives alone at home",
            },
            "influencers": [
                {
                    "firstName": "Michael",
                    "lastName": "Brennan",
                    "relationship": "Son",
                    "email": "mbrennan77@example.net",
                    "phone": "512-555-0187",
                    "isPrimary": True,
                }
            ],
            "salesCounselor": {"name": "Jordan Reyes", "email": "jreyes@willowscp.com"},
            "stage": "Qualified",
            "nextActivity": {"type": "Home Visit", "dueDate": "2025-03-04"},
        },
        {
            ("id", "OTHER_ID|ACCOUNT_NUMBER|ONLINE_ID"),
            ("prospect.firstName", "NAME"),
            ("prospect.lastName", "NAME"),
            ("prospect.age", "AGE_OVER_89"),
            ("prospect.careNeeds[0]", "HEALTH"),
            ("prospect.careNeeds[1]", "HEALTH"),
            ("influencers[0].firstName", "NAME"),
            ("influencers[0].lastName", "NAME"),
            ("influencers[0].email", "EMAIL"),
            ("influencers[0].phone", "PHONE"),
        },
        {
            ("community.id", "*"),
            ("community.name", "*"),
            ("influencers[0].relationship", "*"),
            ("salesCounselor.name", "*"),
            ("salesCounselor.email", "*"),
            ("stage", "*"),
        },
        True,
    ),
    (
        "Welcome Home-like prospect: independent living, 78, no care need",
        {
            "Prospect Name": "Gerald Ostrowski",
            "Prospect Age": "78",
            "Primary Contact": "Gerald Ostrowski",
            "Contact Phone": "(480) 555-0133",
            "Contact Email": "gostrowski@example.com",
            "Care Type": "Independent Living",
            "Source": "Website - Organic",
            "Stage": "Inquiry",
            "Move-In Timeframe": "3-6 Months",
            "Salesperson": "Brooke Tanaka",
        },
        {
            ("Prospect Name", "NAME"),
            ("Primary Contact", "NAME"),
            ("Contact Phone", "PHONE"),
            ("Contact Email", "EMAIL"),
        },
        {
            ("Prospect Age", "*"),
            ("Care Type", "*"),
            ("Source", "*"),
            ("Stage", "*"),
            ("Move-In Timeframe", "*"),
            ("Salesperson", "*"),
        },
        False,
    ),
    (
        "Welcome Home-like activity note: the son's call about his mother after a fall",
        {
            "Prospect Name": "Ruth Abernathy",
            "Activity": "Inbound Call",
            "Activity Date": "01/27/2025",
            "Completed By": "Brooke Tanaka",
            "Notes": "Spoke w/ son David. Mom is 91, fell twice in Dec, recently dx'd with "
            "Parkinson's. Needs help with bathing + meds. Wants tour next wk.",
        },
        {
            ("Prospect Name", "NAME"),
            ("Notes", "HEALTH"),
            ("Notes", "AGE_OVER_89"),
        },
        {("Activity", "*"), ("Completed By", "*")},
        True,
    ),
    (
        "Unit inventory sheet (clean, CSV): an assisted-living apartment for rent",
        {
            "Community": "Maple Ridge Senior Living",
            "Unit": "214B",
            "Floor Plan": "One Bedroom Deluxe",
            "Sq Ft": "712",
            "Care Type": "Assisted Living",
            "Monthly Rate": "$5,450",
            "Available Date": "2025-03-01",
            "Status": "Vacant - Ready",
        },
        set(),
        {
            ("Community", "*"),
            ("Unit", "*"),
            ("Floor Plan", "*"),
            ("Sq Ft", "*"),
            ("Monthly Rate", "*"),
            ("Available Date", "*"),
            ("Status", "*"),
        },
        False,
    ),
    (
        "Yardi-like unit inventory JSON (clean): memory care studio on notice",
        {
            "unitId": "U-00412",
            "unitNumber": "412",
            "building": "North",
            "floorplan": "STU-MC",
            "careType": "Memory Care",
            "marketRent": 7850,
            "availableOn": "2025-05-01",
            "status": "On Notice",
            "communityId": "CM-0033",
        },
        set(),
        {
            ("unitId", "*"),
            ("unitNumber", "*"),
            ("building", "*"),
            ("floorplan", "*"),
            ("marketRent", "*"),
            ("availableOn", "*"),
            ("communityId", "*"),
        },
        False,
    ),
    (
        "Rate sheet row (clean): care fees and the rate effective date",
        {
            "Community": "The Willows at Cedar Park",
            "Rate Effective Date": "01/01/2025",
            "Base Rate - Studio": "$4,295",
            "Base Rate - 1BR": "$5,150",
            "Level 1 Care Fee": "$650",
            "Level 2 Care Fee": "$1,100",
            "Memory Care All-Inclusive": "$7,400",
            "Second Person Fee": "$1,250",
            "Community Fee": "$3,500",
        },
        set(),
        {
            ("Community", "*"),
            ("Rate Effective Date", "*"),
            ("Base Rate - Studio", "*"),
            ("Base Rate - 1BR", "*"),
            ("Level 1 Care Fee", "*"),
            ("Second Person Fee", "*"),
            ("Community Fee", "*"),
        },
        False,
    ),
    (
        "Census report by community (clean): occupancy counts on a report date",
        {
            "Report Date": "2025-01-31",
            "Community": "Maple Ridge Senior Living",
            "Licensed Beds": "120",
            "Occupied Units": "104",
            "Occupancy %": "86.7%",
            "IL Occupied": "48",
            "AL Occupied": "34",
            "MC Occupied": "22",
            "Move-Ins MTD": "5",
            "Move-Outs MTD": "3",
        },
        set(),
        {
            ("Report Date", "*"),
            ("Community", "*"),
            ("Licensed Beds", "*"),
            ("Occupied Units", "*"),
            ("Occupancy %", "*"),
            ("Move-Ins MTD", "*"),
            ("Move-Outs MTD", "*"),
        },
        False,
    ),
    (
        "Hospital referral-source account (identified, not health): a discharge planner",
        {
            "Account Name": "Riverside Regional Medical Center",
            "Account Type": "Hospital",
            "Contact Name": "Karen Liu, RN, CCM",
            "Contact Title": "Discharge Planner",
            "Contact Phone": "(757) 555-0160",
            "Contact Email": "kliu@riversidehealth.org",
            "Referrals YTD": "7",
            "Move-Ins YTD": "3",
            "Owner": "Dana Whitfield",
        },
        {
            ("Contact Name", "NAME"),
            ("Contact Phone", "PHONE"),
            ("Contact Email", "EMAIL"),
        },
        {
            ("Account Name", "*"),
            ("Account Type", "*"),
            ("Contact Title", "*"),
            ("Referrals YTD", "*"),
            ("Move-Ins YTD", "*"),
            ("Owner", "*"),
        },
        False,
    ),
    (
        "Referral-source visit log (clean): a marketer's lunch drop-off at a hospital",
        {
            "Referral Account": "St. Vincent Medical Center",
            "Department": "Case Management",
            "Visit Type": "Lunch & Learn drop-off",
            "Visit Date": "02/05/2025",
            "Marketer": "Dana Whitfield",
            "Cost": "$145.00",
            "Outcome": "Met with 3 case managers, left brochures",
        },
        set(),
        {
            ("Referral Account", "*"),
            ("Department", "*"),
            ("Visit Type", "*"),
            ("Marketer", "*"),
            ("Cost", "*"),
            ("Outcome", "*"),
        },
        False,
    ),
    (
        "Home health intake referral (HCHB-like CSV): heart failure, homebound, MBI",
        {
            "Referral ID": "R-2025-004417",
            "Referral Date": "02/10/2025",
            "Patient Last Name": "Okafor",
            "Patient First Name": "Grace",
            "DOB": "07/22/1940",
            "Medicare Number": "1EG4-TE5-MK73",
            "Primary Diagnosis": "I50.9 Heart failure, unspecified",
            "Homebound Status": "Yes - requires assistance of another person to leave home",
            "Services Ordered": "SN, PT, OT",
            "SOC Date": "02/12/2025",
            "Referral Source": "Riverside Regional Medical Center",
            "Referring Physician": "Alan Moss, MD",
            "Physician NPI": "1234567893",
            "Branch": "Norfolk",
        },
        {
            ("Referral ID", "OTHER_ID|ACCOUNT_NUMBER|MRN"),
            ("Referral Date", "DATE"),
            ("Patient Last Name", "NAME"),
            ("Patient First Name", "NAME"),
            ("DOB", "DATE"),
            ("Medicare Number", "HEALTH_PLAN_ID"),
            ("Primary Diagnosis", "HEALTH"),
            ("Services Ordered", "HEALTH"),
            ("SOC Date", "DATE"),
        },
        {("Referral Source", "*"), ("Branch", "*")},
        True,
    ),
    (
        "OASIS-item JSON from a home health EMR: M-items with the Medicare number",
        {
            "M0010_CCN": "457123",
            "M0020_PAT_ID": "HH004512",
            "M0030_START_CARE_DT": "20250212",
            "M0040_PAT_FNAME": "GRACE",
            "M0040_PAT_LNAME": "OKAFOR",
            "M0063_MEDICARE_NUM": "1EG4TE5MK73",
            "M0066_PAT_BIRTH_DT": "19400722",
            "M0069_PAT_GENDER": "2",
            "M1021_PRIMARY_DIAG_ICD": "I50.9",
            "M1033_HOSP_RISK_HSTRY_FALLS": "1",
        },
        {
            ("M0020_PAT_ID", "MRN|OTHER_ID"),
            ("M0030_START_CARE_DT", "DATE"),
            ("M0040_PAT_FNAME", "NAME"),
            ("M0040_PAT_LNAME", "NAME"),
            ("M0063_MEDICARE_NUM", "HEALTH_PLAN_ID"),
            ("M0066_PAT_BIRTH_DT", "DATE"),
            ("M1021_PRIMARY_DIAG_ICD", "HEALTH"),
        },
        {("M0010_CCN", "*"), ("M0069_PAT_GENDER", "*")},
        True,
    ),
    (
        "Hospital referral to a SNF/AL community (CSV): hip fracture, case manager named",
        {
            "Referral Date": "2025-02-11",
            "Referring Facility": "Riverside Regional Medical Center",
            "Referring Contact": "Maria Gomez, MSW",
            "Patient First": "Harold",
            "Patient Last": "Jennings",
            "DOB": "1933-11-02",
            "Payer": "Medicare A",
            "Medicare #": "3XW7-AB2-CD45",
            "Reason for Referral": "s/p L hip fracture ORIF, needs PT/OT and 24h supervision",
            "Anticipated Discharge": "2025-02-14",
            "Level of Care Requested": "Skilled Nursing - Short Term Rehab",
        },
        {
            ("Referral Date", "DATE"),
            ("Referring Contact", "NAME"),
            ("Patient First", "NAME"),
            ("Patient Last", "NAME"),
            ("DOB", "DATE"),
            ("Medicare #", "HEALTH_PLAN_ID"),
            ("Reason for Referral", "HEALTH"),
            ("Anticipated Discharge", "DATE"),
            ("Level of Care Requested", "HEALTH"),
        },
        {("Referring Facility", "*"), ("Payer", "*")},
        True,
    ),
    (
        "Hospice inquiry call log: the wife calls about her husband, end-stage COPD",
        {
            "Call Date": "2025-01-30 16:42",
            "Caller Name": "Patricia Nguyen",
            "Caller Phone": "(916) 555-0129",
            "Caller Relationship": "Wife",
            "Patient Name": "Thomas Nguyen",
            "Patient Age": "90",
            "Diagnosis": "End-stage COPD, on home oxygen",
            "Current Location": "Mercy General Hospital",
            "Inquiry Type": "Hospice Admission",
            "Intake Coordinator": "Samantha Ruiz",
        },
        {
            ("Caller Name", "NAME"),
            ("Caller Phone", "PHONE"),
            ("Patient Name", "NAME"),
            ("Patient Age", "AGE_OVER_89"),
            ("Diagnosis", "HEALTH"),
            ("Inquiry Type", "HEALTH"),
        },
        {
            ("Caller Relationship", "*"),
            ("Current Location", "*"),
            ("Intake Coordinator", "*"),
        },
        True,
    ),
    (
        "A Place for Mom-like lead post (JSON): resident 88, family contact, care needs",
        {
            "lead_id": "APFM-8812345",
            "received_at": "2025-02-03T14:22:05Z",
            "resident": {"first_name": "Eleanor", "last_name": "Vance", "age": 88},
            "contact": {
                "first_name": "Susan",
                "last_name": "Vance-Miller",
                "relationship": "Daughter",
                "phone": "4805550119",
                "email": "susan.vm@example.org",
            },
            "care_needs": ["Assisted Living", "Diabetes Management", "Wheelchair"],
            "budget": "$4,000 - $5,000",
            "desired_city": "Scottsdale, AZ",
            "timeframe": "1-2 months",
            "advisor": {"name": "Kelsey Moran", "phone": "8665550100"},
            "community_id": 55821,
        },
        {
            ("lead_id", "OTHER_ID|ACCOUNT_NUMBER"),
            ("resident.first_name", "NAME"),
            ("resident.last_name", "NAME"),
            ("contact.first_name", "NAME"),
            ("contact.last_name", "NAME"),
            ("contact.phone", "PHONE"),
            ("contact.email", "EMAIL"),
            ("care_needs[0]", "HEALTH"),
            ("care_needs[1]", "HEALTH"),
        },
        {
            ("resident.age", "*"),
            ("contact.relationship", "*"),
            ("budget", "*"),
            ("timeframe", "*"),
            ("advisor.name", "*"),
            ("advisor.phone", "*"),
            ("community_id", "*"),
        },
        True,
    ),
    (
        "Caring.com-like inquiry (JSON): home care for a parent with dementia",
        {
            "inquiry": {
                "care_type": "In-Home Care",
                "for_whom": "Parent",
                "zip": "85251",
                "urgency": "Immediately",
                "conditions": ["Dementia", "Mobility issues"],
            },
            "contact": {
                "name": "Brian Castellanos",
                "phone": "+1 602 555 0174",
                "email": "bcastellanos@example.com",
            },
            "source_page": "https://www.example-care-directory.com/home-care/arizona/scottsdale",
        },
        {
            ("inquiry.zip", "ZIP_CODE"),
            ("inquiry.conditions[0]", "HEALTH"),
            ("contact.name", "NAME"),
            ("contact.phone", "PHONE"),
            ("contact.email", "EMAIL"),
        },
        {("inquiry.for_whom", "*"), ("inquiry.urgency", "*"), ("source_page", "*")},
        True,
    ),
    (
        "Community event RSVP (Eventbrite-like CSV): a dementia caregiver seminar",
        {
            "Order #": "9823341177",
            "Event Name": "Lunch & Learn: Understanding Dementia and Alzheimer's",
            "Event Date": "03/06/2025 11:30 AM",
            "Venue": "Maple Ridge Senior Living - Bistro",
            "First Name": "Janet",
            "Last Name": "Holloway",
            "Email": "jholloway@example.com",
            "Cell Phone": "614-555-0191",
            "Number of Guests": "2",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Cell Phone", "PHONE"),
            ("Event Name", "HEALTH"),
        },
        {("Event Date", "*"), ("Venue", "*"), ("Number of Guests", "*")},
        True,
    ),
    (
        "Community event RSVP: a wine and jazz social (identified, no health)",
        {
            "Event Name": "Wine & Jazz on the Patio",
            "Event Date": "2025-05-16",
            "Guest Name": "Frank Delgado",
            "Guest Email": "fdelgado@example.net",
            "Guest Phone": "(614) 555-0156",
            "Party Size": "3",
            "Community": "Maple Ridge Senior Living",
        },
        {("Guest Name", "NAME"), ("Guest Email", "EMAIL"), ("Guest Phone", "PHONE")},
        {("Event Name", "*"), ("Event Date", "*"), ("Party Size", "*"), ("Community", "*")},
        False,
    ),
    (
        "Event attendance counts (clean): RSVPs and attendees per event",
        {
            "Event": "Lunch & Learn: Understanding Dementia and Alzheimer's",
            "Event Date": "2025-03-06",
            "Community": "Maple Ridge Senior Living",
            "RSVPs": "24",
            "Attended": "19",
            "New Leads": "6",
            "Cost per Lead": "$41.50",
        },
        set(),
        {
            ("Event Date", "*"),
            ("Community", "*"),
            ("RSVPs", "*"),
            ("Attended", "*"),
            ("New Leads", "*"),
            ("Cost per Lead", "*"),
        },
        False,
    ),
    (
        "Deposit and waitlist record: assisted living, deposit date, reserved unit",
        {
            "Resident Name": "Margaret O'Leary",
            "Responsible Party": "Kevin O'Leary",
            "RP Phone": "(317) 555-0102",
            "Deposit Date": "2025-01-15",
            "Deposit Amount": "$2,500.00",
            "Waitlist Position": "4",
            "Care Level": "Assisted Living",
            "Unit Preference": "Two Bedroom",
            "Reserved Unit": "312",
        },
        {
            ("Resident Name", "NAME"),
            ("Responsible Party", "NAME"),
            ("RP Phone", "PHONE"),
            ("Deposit Date", "DATE"),
            ("Care Level", "HEALTH"),
        },
        {
            ("Deposit Amount", "*"),
            ("Waitlist Position", "*"),
            ("Unit Preference", "*"),
            ("Reserved Unit", "*"),
        },
        True,
    ),
    (
        "Move-in record: memory care move-in with physician and pharmacy",
        {
            "Resident": "Arthur Pennington",
            "Move-In Date": "03/01/2025",
            "Apartment": "MC-108",
            "Care Level": "Memory Care",
            "Primary Physician": "Dr. Susan Ibarra",
            "Pharmacy": "Omnicare #4412",
            "Payer Source": "Private Pay",
            "Move-In Counselor": "Tina Alvarez",
        },
        {
            ("Resident", "NAME"),
            ("Move-In Date", "DATE"),
            ("Care Level", "HEALTH"),
        },
        {("Apartment", "*"), ("Payer Source", "*"), ("Move-In Counselor", "*")},
        True,
    ),
    (
        "Move-out record: to skilled nursing, a higher level of care",
        {
            "Resident Name": "Lillian Ashworth",
            "Move-Out Date": "2025-01-20",
            "Move-Out Reason": "Higher level of care - Skilled Nursing",
            "Destination": "Brookdale Rehab & Nursing",
            "Length of Stay (days)": "1128",
            "Unit": "207",
        },
        {
            ("Resident Name", "NAME"),
            ("Move-Out Date", "DATE"),
            ("Move-Out Reason", "HEALTH"),
        },
        {("Destination", "*"), ("Length of Stay (days)", "*"), ("Unit", "*")},
        True,
    ),
    (
        "Move-out record: deceased, no care named (identified, not health)",
        {
            "Resident Name": "Howard Feldman",
            "Move-Out Date": "2025-02-02",
            "Move-Out Reason": "Deceased",
            "Unit": "118",
            "Notice Given": "N/A",
        },
        {("Resident Name", "NAME"), ("Move-Out Date", "DATE")},
        {("Move-Out Reason", "*"), ("Unit", "*"), ("Notice Given", "*")},
        False,
    ),
    (
        "Community directory row (clean): the facility's address, phone, fax and licence",
        {
            "Community Name": "Maple Ridge Senior Living",
            "Street Address": "4500 Maple Ridge Pkwy",
            "City": "Dublin",
            "State": "OH",
            "Zip": "43016",
            "Main Phone": "(614) 555-0100",
            "Fax": "(614) 555-0199",
            "Facility License #": "RCF-0412-AL",
            "Executive Director": "Paul Whitaker",
            "Year Built": "1931",
            "Licensed Capacity": "120",
        },
        set(),
        {
            ("Community Name", "*"),
            ("Street Address", "*"),
            ("Main Phone", "*"),
            ("Fax", "*"),
            ("Facility License #", "*"),
            ("Executive Director", "*"),
            ("Year Built", "*"),
            ("Licensed Capacity", "*"),
        },
        False,
    ),
    (
        "Prospect with a birth year only: born 1931, assisted living interest",
        {
            "Prospect First": "Irene",
            "Prospect Last": "Szabo",
            "Birth Year": "1931",
            "Care Interest": "Assisted Living",
            "Inquiry Date": "2025-02-14",
            "Lead Source": "Google Ads - Brand",
        },
        {
            ("Prospect First", "NAME"),
            ("Prospect Last", "NAME"),
            ("Birth Year", "AGE_OVER_89|DATE"),
            ("Care Interest", "HEALTH"),
        },
        {("Lead Source", "*")},
        True,
    ),
    (
        "Prospect with a birth year of a younger senior: born 1950, independent living",
        {
            "Prospect First": "Carl",
            "Prospect Last": "Lindqvist",
            "Birth Year": "1950",
            "Care Interest": "Independent Living",
            "Lead Source": "Facebook Lead Ad",
        },
        {("Prospect First", "NAME"), ("Prospect Last", "NAME")},
        {("Birth Year", "*"), ("Care Interest", "*"), ("Lead Source", "*")},
        False,
    ),
    (
        "Website tour request (form post): memory care page, a comment about the father",
        {
            "form_id": "schedule-a-tour",
            "page_url": "https://www.mapleridgeseniorliving.com/memory-care/schedule-a-tour"
            "?utm_source=google&utm_medium=cpc&utm_campaign=mc_brand",
            "your_name": "Natalie Brooks",
            "your_email": "natalie.brooks@example.com",
            "your_phone": "(614) 555-0168",
            "preferred_date": "2025-02-22",
            "comments": "My father is 94 and has early stage Alzheimer's. Is there a secure unit?",
            "submitted": "2025-02-17 09:14:33",
        },
        {
            ("your_name", "NAME"),
            ("your_email", "EMAIL"),
            ("your_phone", "PHONE"),
            ("comments", "HEALTH"),
            ("comments", "AGE_OVER_89"),
        },
        {("form_id", "*")},
        True,
    ),
    (
        "Tour survey response (identified, not health): the dining room and the chef",
        {
            "Respondent Email": "gostrowski@example.com",
            "Tour Date": "2025-02-08",
            "Community": "The Willows at Cedar Park",
            "NPS": "9",
            "Comments": "Loved the dining room and the chef's menu. Counselor was friendly.",
            "Survey ID": "SV-20250208-17",
        },
        {("Respondent Email", "EMAIL"), ("Tour Date", "DATE")},
        {("Community", "*"), ("NPS", "*"), ("Comments", "*"), ("Survey ID", "*")},
        False,
    ),
    (
        "Home care client record (non-medical agency): services incl. bathing, med reminders",
        {
            "Client ID": "CL-30917",
            "Client Name": "Beatrice Holm",
            "Address": "76 Orchard Way, Carmel, IN 46032",
            "Phone": "317-555-0111",
            "Services": "Companionship; Bathing assistance; Medication reminders",
            "Hours per Week": "20",
            "Start Date": "2025-01-06",
            "Caregiver": "Alma Ruiz",
            "Bill Rate": "$32.00/hr",
        },
        {
            ("Client ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Client Name", "NAME"),
            ("Address", "LOCATION"),
            ("Phone", "PHONE"),
            ("Services", "HEALTH"),
            ("Start Date", "DATE"),
        },
        {("Hours per Week", "*"), ("Caregiver", "*"), ("Bill Rate", "*")},
        True,
    ),
    (
        "Respite stay booking: a short stay while the caregiver travels, with CHF",
        {
            "Guest Name": "Leonard Fisk",
            "Stay Type": "Respite",
            "Arrival": "2025-04-10",
            "Departure": "2025-04-24",
            "Notes": "Uses a walker, has CHF, diabetic diet. Daughter (Amy) travelling.",
            "Daily Rate": "$225",
        },
        {
            ("Guest Name", "NAME"),
            ("Arrival", "DATE"),
            ("Departure", "DATE"),
            ("Notes", "HEALTH"),
        },
        {("Daily Rate", "*")},
        True,
    ),
    (
        "Hospice bereavement mailing list: the family of a hospice patient",
        {
            "Patient Name": "George Whitman",
            "Date of Death": "12/19/2024",
            "Bereaved Name": "Helen Whitman",
            "Relationship": "Spouse",
            "Mailing Address": "9 Larkspur Ct",
            "City": "Roseville",
            "Zip": "95661",
            "Program": "Hospice Bereavement - 13 Month Mailing",
            "Mailing #": "3",
        },
        {
            ("Patient Name", "NAME"),
            ("Date of Death", "DATE"),
            ("Bereaved Name", "NAME"),
            ("Mailing Address", "LOCATION"),
            ("City", "LOCATION"),
            ("Zip", "ZIP_CODE"),
            ("Program", "HEALTH"),
        },
        {("Relationship", "*"), ("Mailing #", "*")},
        True,
    ),
    (
        "Call tracking row (CallRail-like JSON): a hospice inquiry from a paid search ad",
        {
            "id": "CAL8154748ae6bd4e278a7cddd38a662f4f",
            "customer_name": "ROBERTS MARY",
            "customer_phone_number": "+19165550137",
            "tracking_phone_number": "+19165550100",
            "business_phone_number": "+19165550101",
            "start_time": "2025-01-28T10:02:11-08:00",
            "duration": 312,
            "source": "Google Ads",
            "tags": ["hospice inquiry", "new admission"],
            "company_name": "Sierra Hospice & Home Health",
        },
        {
            ("customer_name", "NAME"),
            ("customer_phone_number", "PHONE"),
            ("tags[0]", "HEALTH"),
        },
        {
            ("tracking_phone_number", "*"),
            ("business_phone_number", "*"),
            ("duration", "*"),
            ("source", "*"),
            ("company_name", "*"),
        },
        True,
    ),
    (
        "Lead agency referral invoice line (identified, not health): move-in fee",
        {
            "Invoice #": "INV-22871",
            "Invoice Date": "2025-03-05",
            "Resident Name": "Eleanor Vance",
            "Move-In Date": "2025-03-01",
            "Community": "Desert Palms Assisted Living",
            "Referral Fee": "$4,800.00",
            "Advisor": "Kelsey Moran",
        },
        {("Resident Name", "NAME"), ("Move-In Date", "DATE")},
        {("Invoice #", "*"), ("Community", "*"), ("Referral Fee", "*"), ("Advisor", "*")},
        False,
    ),
    (
        "Caregiver newsletter list (Mailchimp-like): interest in an Alzheimer's support group",
        {
            "Email Address": "r.tanaka@example.com",
            "First Name": "Rachel",
            "Last Name": "Tanaka",
            "Interests": "Alzheimer's caregiver support group",
            "MEMBER_RATING": "3",
            "OPTIN_TIME": "2024-11-04 18:22:10",
            "LEID": "188273645",
            "EUID": "c1a2b3d4e5",
        },
        {
            ("Email Address", "EMAIL"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Interests", "HEALTH"),
        },
        {("MEMBER_RATING", "*")},
        True,
    ),
    (
        "Sales pipeline summary (clean): leads, tours and move-ins by source",
        {
            "Community": "The Willows at Cedar Park",
            "Month": "2025-01",
            "Lead Source": "A Place for Mom",
            "Leads": "38",
            "Tours": "11",
            "Deposits": "3",
            "Move-Ins": "2",
            "Conversion %": "5.3%",
            "Referral Fees": "$9,600",
        },
        set(),
        {
            ("Community", "*"),
            ("Month", "*"),
            ("Lead Source", "*"),
            ("Leads", "*"),
            ("Tours", "*"),
            ("Move-Ins", "*"),
            ("Conversion %", "*"),
        },
        False,
    ),
    (
        "Hospice referral (JSON from an intake portal): pancreatic cancer, Medicare id",
        {
            "referral": {
                "id": "HR-55120",
                "received": "2025-02-02T08:15:00Z",
                "source": {
                    "organization": "Sutter Roseville Medical Center",
                    "contact": "Jenna Park, RN",
                    "phone": "(916) 555-0148",
                },
            },
            "patient": {
                "name": {"given": "Alfred", "family": "Lindgren"},
                "birthDate": "1936-05-30",
                "mbi": "5TK9-EE2-PA81",
                "diagnosis": "Pancreatic cancer, metastatic",
                "address": {"line": "310 Vernon St", "city": "Roseville", "zip": "95678"},
            },
            "requestedService": "Hospice evaluation",
        },
        {
            ("referral.id", "OTHER_ID|ACCOUNT_NUMBER|MRN"),
            ("referral.source.contact", "NAME"),
            ("patient.name.given", "NAME"),
            ("patient.name.family", "NAME"),
            ("patient.birthDate", "DATE"),
            ("patient.mbi", "HEALTH_PLAN_ID"),
            ("patient.diagnosis", "HEALTH"),
            ("patient.address.line", "LOCATION"),
            ("patient.address.city", "LOCATION"),
            ("patient.address.zip", "ZIP_CODE"),
            ("requestedService", "HEALTH"),
        },
        {("referral.source.organization", "*")},
        True,
    ),
    (
        "Staff directory row (clean of PHI): a community's sales and marketing team",
        {
            "Employee": "Dana Whitfield",
            "Title": "Community Relations Director",
            "Community": "Maple Ridge Senior Living",
            "Work Phone": "(614) 555-0103",
            "Work Email": "dwhitfield@mapleridgesl.com",
            "Hire Date": "2021-06-14",
        },
        set(),
        {("Title", "*"), ("Community", "*")},
        False,
    ),
    (
        "Home health referral source scorecard (clean): referrals and admits per physician",
        {
            "Physician Group": "Capital Internal Medicine",
            "Liaison": "Greg Olsen",
            "Quarter": "Q4 2024",
            "Referrals": "41",
            "Admissions": "33",
            "Conversion Rate": "80.5%",
            "Avg Days to SOC": "1.6",
        },
        set(),
        {
            ("Physician Group", "*"),
            ("Liaison", "*"),
            ("Quarter", "*"),
            ("Referrals", "*"),
            ("Admissions", "*"),
            ("Conversion Rate", "*"),
            ("Avg Days to SOC", "*"),
        },
        False,
    ),
    (
        "Enquire-like prospect row: skilled nursing short-term rehab, 101 years old",
        {
            "Individual ID": "1051207",
            "Individual Type": "Prospect",
            "First Name": "Vera",
            "Last Name": "Castellano",
            "Age": "101",
            "Care Level": "Skilled Nursing",
            "Community": "Lakeview Health & Rehab",
            "Stage": "Pending Admission",
            "Expected Move In": "02/26/2025",
            "Sales Counselor": "Omar Haddad",
        },
        {
            ("Individual ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Age", "AGE_OVER_89"),
            ("Care Level", "HEALTH"),
            ("Expected Move In", "DATE"),
        },
        {("Community", "*"), ("Stage", "*"), ("Sales Counselor", "*")},
        True,
    ),
]

#: Records the detectors do not read as written, with the pairs still open and why (the
#: blind expectations above are kept as written).
_OPEN: dict[str, tuple[set, str]] = {
    "Sherpa-like prospect JSON: assisted living, 96, influencers nested": (
        {("id", "OTHER_ID|ACCOUNT_NUMBER|ONLINE_ID")},
        "a lower-case top-level ``id`` is too ambiguous (an order's, an event's, a "
        "product's) and is read only beside the person's own name parts at its level "
        "(field_names); here the name is nested under ``prospect``",
    ),
    "Move-in record: memory care move-in with physician and pharmacy": (
        {("Apartment", "LOCATION")},
        "the resident's apartment is where they live now: an ``Apartment`` field is "
        "LOCATION, as the project reads ``ADDR2`` = ``APT 4B`` (tests/test_direct_mail.py); "
        "the blind must-not treated it as the inventory's unit number",
    ),
    "Move-out record: to skilled nursing, a higher level of care": (
        {("Destination", "PROCEDURE")},
        "``Brookdale Rehab & Nursing`` as the place a resident moved on to says their care "
        "went on in rehab: reading it as care is fair, and a ``Destination`` field is no "
        "organisation's own name field (dictionary.ORGANISATION_FIELD_KEYS)",
    ),
    "Community directory row (clean): the facility's address, phone, fax and licence": (
        {("Fax", "FAX"), ("Main Phone", "PHONE"), ("Street Address", "LOCATION")},
        "only ``organization`` / ``foundation`` / ``remit to`` contact blocks are the "
        "organisation's by their name (field_names); an unprefixed ``Street Address`` and "
        "``Main Phone`` are a person's in any contact export, and telling a directory row "
        "from a contact row needs the whole record",
    ),
    "Home care client record (non-medical agency): services incl. bathing, med reminders": (
        {
            ("Client ID", "OTHER_ID|ACCOUNT_NUMBER"),
            ("Start Date", "DATE"),
            ("Caregiver", "NAME"),
        },
        "``Client ID`` is found, as ONLINE_ID (the project's analytics client-id rule; the "
        "entity differs, the value is redacted all the same); a bare ``Start Date`` is a "
        "campaign's or a subscription's as often; a ``Caregiver`` is the patient's relative "
        "in a hospice or home-health intake as often as an agency's aide, so it stays a name",
    ),
    "Call tracking row (CallRail-like JSON): a hospice inquiry from a paid search ad": (
        {("business_phone_number", "PHONE")},
        "``business_phone(_number)`` stays PHONE: in a CRM contact it is the person's work "
        "line (the same decision as tests/test_calls_and_scheduling.py's CallRail record)",
    ),
    "Hospice referral (JSON from an intake portal): pancreatic cancer, Medicare id": (
        {("referral.id", "OTHER_ID|ACCOUNT_NUMBER|MRN")},
        "a bare ``id`` under ``referral`` is left alone as any bare ``id`` is. (The referral "
        "source's ``contact`` ``Jenna Park, RN`` was open too: a bare ``contact`` key holds "
        "an email, a phone or a record link as often as a name; the shelters probe's nurse "
        "credential after a comma, detectors/keyed_names.py, now reads it as a clinician's "
        "name, as this probe expected)",
    ),
    "Home health intake referral (HCHB-like CSV): heart failure, homebound, MBI": (
        {("Referral ID", "OTHER_ID|ACCOUNT_NUMBER|MRN")},
        "a referral's id is the referral's, not the patient's (tests/test_other_crms.py "
        "forbids it on a Kyruus referral beside the patient's own id); the patient's name, "
        "birth date and Medicare number are found",
    ),
    "Rate sheet row (clean): care fees and the rate effective date": (
        {("Rate Effective Date", "DATE")},
        "dates.py leaves ``effective`` out of the off-person date words on purpose (a "
        "member's Part B effective date is theirs), and ``rate`` is a heart rate's as "
        "often as a price's; the row names no one and is no PHI",
    ),
}

SHAPES = [row for i, row in enumerate(_ROWS) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ROWS) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ROWS if row[0] in _OPEN]


test_senior_care_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records): a change that loses recall or precision on senior-care exports
#: fails here. Before the work, blind: SHAPES 18 misses / 14 false / 15 wrong of 30,
#: HELD_OUT 6 / 4 / 6 of 10.
FLOORS = ShapeTotals(expected=157, misses=5, false=8, wrong=9)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
