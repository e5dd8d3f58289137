"""DATE and AGE_OVER_89: personal dates by context, never machine timestamps or promo dates."""

from __future__ import annotations

import datetime as dt

import pytest

from detectors import Engine, EngineConfig

UA = (
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
    "Chrome/120.0.6099.109 Safari/537.36"
)


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("dates",)))


def _found(engine: Engine, record: dict) -> list[tuple[str, str, str, float]]:
    """``(field, entity, matched text, score)`` for every finding in one record."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    return [
        (r["field"], r["entity"], str(record[r["field"]])[r["start"] : r["end"]], r["score"])
        for r in rows
    ]


DATE_POSITIVES = [
    # (field, value, expected span text, expected score)
    ("hs_note_body", "Pt DOB 03/14/1985, called re: refill", "03/14/1985", 0.9),
    ("notes", "born 3/14/85 in Chicago", "3/14/85", 0.9),
    ("Notes", "Booked for Apr 4, 07:30 at the clinic", "Apr 4", 0.85),
    ("Description", "fast before my colonoscopy on may 8, right?", "may 8", 0.6),
    ("dob", "1985-03-14", "1985-03-14", 0.95),
    # a paid claim line's date of service keeps its own word (``paid`` is the till's)
    ("Paid Service Date", "10/01/2024", "10/01/2024", 0.95),
    ("dob", "1985-03-14T00:00:00", "1985-03-14T00:00:00", 0.95),
    ("notes", "Admitted 14.03.1985 via ER", "14.03.1985", 0.9),
    ("notes", "Date of birth: March 14, 1985", "March 14, 1985", 0.9),
    ("notes", "appt Mar 14 1985 at 3pm", "Mar 14 1985", 0.9),
    ("notes", "Discharged 14 Mar 1985", "14 Mar 1985", 0.9),
    ("notes", "Surgery on the 14th of March 1985", "14th of March 1985", 0.9),
    ("notes", "Patient died on Sept. 3, 2023", "Sept. 3, 2023", 0.9),
    ("notes", "Follow-up scheduled for March 2024", "March 2024", 0.85),
    ("notes", "next appt 5/21", "5/21", 0.85),
    # a pregnancy's dates in a hotline's or a clinic's note: the last menstrual period and
    # the due date (tests/test_reproductive_health_access.py)
    ("notes", "Caller is about 6 wks, LMP 8/19, wants pills by mail", "8/19", 0.85),
    ("message", "EDD 3/2 per dating US", "3/2", 0.85),
    # a prescription's refill in a pharmacy's text (the SMS marketing probe)
    ("body", "Your atorvastatin 20mg refill is ready for delivery on 11/04.", "11/04", 0.85),
    ("notes", "refills due 5/21", "5/21", 0.85),
    ("notes", "Seen 2024-06-05T09:15:30.500-07:00 in clinic", "2024-06-05T09:15:30.500-07:00", 0.9),
    ("appointment_date", "2024-05-21", "2024-05-21", 0.95),
    ("event_params.appointment_date.value.string_value", "May 21, 2024", "May 21, 2024", 0.95),
    ("form_answers", "Moved here on 2021-06-01 with family", "2021-06-01", 0.6),
    ("notes", "Today is 5-20-2021", "5-20-2021", 0.7),
    ("properties.preferred_day", "2024-06-05", "2024-06-05", 0.55),
    # the year runs into the next word (an email takes it): the month and day remain
    ("notes", "DOB 03/14/1985jane.doe@example.com", "03/14", 0.9),
    # a month and day with a clock time after it or a weekday before it: a booking
    (
        "body",
        "Reminder: your visit with Dr. Patel for your colonoscopy is on 3/12 at 9am.",
        "3/12",
        0.85,
    ),
    ("body", "see you 3/12 at 9:30", "3/12", 0.85),
    ("notes", "Need to reschedule my vasectomy from 5/13", "5/13", 0.85),
    ("notes", "DOB 19850314, prefers email", "19850314", 0.9),
    ("notes", "dob=03141985", "03141985", 0.9),
    ("body", "Can we move it to Tuesday 3/12?", "3/12", 0.85),
    ("body", "Tue, Mar 12 @ 10:15 works", "Mar 12", 0.85),
    # Spanish: spelled-out months and context words (accents or not)
    ("notes", "Necesito una cita, nací el 15 de marzo de 1985", "15 de marzo de 1985", 0.9),
    ("notes", "mi cita es el 3 de mayo", "3 de mayo", 0.85),
    ("notes", "naci el 1 de setiembre del 1960", "1 de setiembre del 1960", 0.9),
    # Chinese / Korean year-month-day and Vietnamese day-month-year (translated forms, texts)
    ("出生日期", "1985年3月14日", "1985年3月14日", 0.95),
    ("msg", "我叫陳美玲，出生日期1962年7月3日，我有高血壓", "1962年7月3日", 0.9),
    ("생년월일", "1985년 3월 14일", "1985년 3월 14일", 0.95),
    ("Body", "Tôi là Minh, sinh ngày 14 tháng 3 năm 1985.", "ngày 14 tháng 3 năm 1985", 0.9),
    # glued to a label's colon (a form dump): the whole date was missed
    ("notes", "DOB:03/14/1962 Sex:F", "03/14/1962", 0.9),
    ("notes", "DOB:14 March 1962", "14 March 1962", 0.9),
    ("notes", "Appt:5/21 at 3pm", "5/21", 0.85),
    # typographic dashes (folded by the cells)
    ("notes", "DOB: 03\u201314\u20131962", "03\u201314\u20131962", 0.9),
    # a machine timestamp still counts after a person's word or in a person's field
    ("notes", "appt 2024-03-14T10:00:00Z confirmed", "2024-03-14T10:00:00Z", 0.9),
    ("appointment_date", "2024-03-14 10:00:00", "2024-03-14 10:00:00", 0.95),
    # a JSON key's words are context words too (was 0: no space, no known field); JSON in
    # prose, since a value that is JSON whole is scanned leaf by leaf under its keys
    ("payload", 'sent {"appointmentDate":"2024-03-14","x":1}', "2024-03-14", 0.7),
    ("payload", '{"appointmentDate":"2024-03-14","x":1}', "2024-03-14", 0.95),
    # a pharmacy's dates of a patient's care stay dates, and a person word beats a
    # price's or a plan's word in the same path
    ("Dispense Date", "2024-05-06", "2024-05-06", 0.55),
    ("Refill Due Date", "2024-05-27", "2024-05-27", 0.55),
    ("visit_week_start", "2024-05-06", "2024-05-06", 0.95),
    # "effective", "valid", "transaction" alone name a person's dates as often (a member's
    # Medicare "Part B Effective"): a bare date there is reported at the weak score
    ("Effective Date", "2024-07-01", "2024-07-01", 0.55),
    ("Transaction Date", "2024-05-03", "2024-05-03", 0.55),
    # a person's dates as list vendors and EHR extracts write them, without separators or
    # without the day: a birth month, NCOA's move effective date, a new mover's move date,
    # a date of death, a first-visit month
    ("DOB_YYYYMM", "195911", "195911", 0.9),
    ("NCOA_MOVEDATE", "202403", "202403", 0.9),
    ("NCOA Move Effective Date", "202403", "202403", 0.9),
    ("MOVE_DATE", "20240315", "20240315", 0.95),
    ("DOD", "202311", "202311", 0.9),
    ("first_visit_month", "2024-11", "2024-11", 0.9),
    ("Admit_Dt", "20241209", "20241209", 0.95),
    # a class's person words keep a registrant's own dates
    ("Class Visit Date", "2024-05-04", "2024-05-04", 0.95),
    # the care a sale pays for keeps its date: a person word wins over ``sold``
    ("Procedure Date Sold", "10/12/2024", "10/12/2024", 0.95),
    # an exam's and an imaging study's day, DICOM's ``StudyDate`` written compact
    ("StudyDate", "20240903", "20240903", 0.95),
    ("ExamDate", "20240903", "20240903", 0.95),
]


@pytest.mark.parametrize(("field", "value", "expected", "score"), DATE_POSITIVES)
def test_date_positives(engine, field, value, expected, score):
    assert _found(engine, {field: value}) == [(field, "DATE", expected, pytest.approx(score))]


def test_dates_and_ages_in_url_query_values(engine):
    url = "https://clinic.org/book?dob=1985-03-14&age=92&utm_campaign=2024-03-01"
    assert [(e, s) for _, e, s, _ in _found(engine, {"page_location": url})] == [
        ("DATE", "1985-03-14"),
        ("AGE_OVER_89", "92"),
    ]


def test_nearest_context_decides_each_date(engine):
    text = "Born 03/14/1985. Spring sale ends 12/31/2024, book a visit"
    assert [s for _, _, s, _ in _found(engine, {"hs_note_body": text})] == ["03/14/1985"]


DATE_NEGATIVES = [
    # a pregnancy word with no date after it, and an offer nearer the date than it
    ("notes", "LMP unknown, about 6 wks"),
    ("notes", "LMP calculator app: offer ends 5/21"),
    # an offer nearer the date than a refill, and a delivery with no refill
    ("body", "Refill reminders: 20% off sitewide, sale ends 11/04"),
    ("body", "Your order is out for delivery on 11/04"),
    # a combination drug's strengths, even under a key with a date word (a jail's
    # re-entry plan's bridge medications: tests/test_correctional_health.py)
    ("discharge_meds", "8/2 mg film"),
    ("notes", "Percocet 7/325mg q6h"),
    ("notes", "Suboxone 12/3 MG SL daily"),
    # a remittance's clocks: the payer's payment run (tests/test_claims_revenue_cycle.py)
    ("remit_date", "2024-09-20"),
    ("ERA Date", "10/04/2024"),
    ("eft_date", "2024-10-04"),
    ("Remittance Date", "10/04/2024"),
    ("page_title", "春季健康讲座 3月14日"),  # a month and day alone: an event
    ("body", "Khuyến mãi đến 14 tháng 3"),  # Vietnamese, no year: a promotion
    ("Campaña", "Vacuna Influenza 01/10/2024 ES"),  # a Spanish campaign name
    ("page_title", "Open house May 8 | Riverbend Health"),
    ("event_timestamp", "2024-03-14T10:00:00Z"),
    ("CreatedDate", "2024-03-14T10:00:00.000+0000"),
    ("event_date", "2024-03-14"),
    ("timestamp", "2024-03-14 10:00:00"),
    ("sentAt", "2024-03-14T10:00:00.123Z"),
    ("receivedAt", "2024-03-14T10:00:01.456Z"),
    ("event_time", "03/14/2024 10:00"),
    ("notes", "epoch 1700000000 and 1700000000123456"),
    ("properties.ts", 1700000000123456),
    ("notes", "Spring sale ends 03/31/2024!"),
    ("notes", "Offer valid until March 31, 2024"),
    ("notes", "Use coupon SAVE20 before 2024-03-31"),
    ("event_params.campaign.value.string_value", "2024-03-14"),
    ("page_title", "Published March 14, 2024 | Clinic Blog"),
    ("notes", "Invalid 02/30/2024 entry"),
    ("notes", "We're open all of March 2024"),
    ("notes", "app 1.2.21 crashed"),
    ("notes", UA),
    ("context.userAgent", UA),
    ("notes", "Score 3/4 on the quiz"),
    ("notes", "Order 2024-0314-77 shipped"),
    ("notes", "IP 10.2.3.4 blocked"),
    ("page_location", "https://clinic.org/blog/2024/03/14/flu-season"),
    ("notes", "ZIP 62704-1234, SSN 123-45-6789, phone 312-555-0199"),
    ("properties.price", "19.99"),
    ("notes", "I may 2 go"),
    ("notes", "Lot 2024-03-14-A in stock"),
    ("notes", "Flash sale ends 3/12 at 9pm"),
    ("notes", "bus 3/12 at 9 from the depot"),
    ("notes", "page 3/12"),
    ("notes", "Order 19850314 shipped"),  # eight digits without a birth label
    ("notes", "DOB 99999999"),  # not a calendar date either way
    ("notes", "New patients: 20% off self-pay visits until 12/31/2024"),
    ("banner", "Cardiology is moving to the Downtown Campus on 12/31/2024"),
    ("page_title", "Health Fair Sat 3/12 at 9am | Riverbend Health"),
    ("notes", "promoción válida hasta el 31 de diciembre de 2025"),
    ("page_title", "El 5 de mayo es fiesta"),  # a month and day in copy, no one's
    ("notes", "nací el 31 de febrero de 1985"),  # no such day
    ("notes", "arrived at 10:03/14/2024 build"),  # a colon after a digit is a time's
    ("notes", "ratio 1:2/3"),
    # machine timestamps in log lines, headers and report rows (no person's word)
    ("line", 'h2 2024-03-14T15:22:07.311482Z app/prod-alb/50dc6c 0.000 200 "GET /"'),
    ("line", "2024-03-14 15:22:10,442 INFO  [main] ConsumerConfig values"),
    ("line", "[Thu Mar 14 15:22:07.311482 2024] [proxy:error] AH00957 failed"),
    ("date", "Thu, 14 Mar 2024 15:22:07 GMT"),
    ("stat_time_day", "2024-02-14 00:00:00"),
    ("window_start", "2024-03-14T00:00:00.000-05:00"),
    ("collector_tstamp", "2024-03-14 15:22:08.004"),
    ("TimePeriod", "3/14/2024"),
    ("publishDate", "2024-03-14"),
    ("jsonld", '{"@type":"Offer","price":"9.99","priceValidUntil":"2024-12-31"}'),
    # a price's, a formulary's, a territory's or a weekly report's dates (pharma exports)
    ("WAC Effective Date", "2024-01-01"),
    ("Formulary Effective Date", "2024-07-01"),
    ("Alignment Effective", "2024-01-01"),
    ("week_start", "2024-05-06"),
    ("Sent_Date_vod__c", "2024-04-17T15:00:00.000Z"),  # Veeva's namespace: "sent date"
    # a direct-mail job's own dates: every piece of a drop carries them
    ("MAIL_DATE", "10/15/2024"),
    ("Drop Date", "2024-10-15"),
    ("INHOME_DATE", "10/18/2024"),
    ("KEY_DATE", "2024-11-02"),
    ("Date Keyed", "11/02/2024"),
    ("RTS_SCAN_DATE", "2024-10-28"),
    ("ADDED_DT", "2024-09-30"),
    # a vendor's service-level clock and a device fleet's software rollout
    ("sla_due", "2024-11-06T17:00:00Z"),
    ("SLA Due Date", "11/06/2024"),
    ("rollout_started", "2024-10-22T00:00:00Z"),
    ("firmware_release_date", "2024-10-22"),
    # a sale's own date (a med spa's package sale, a gift card): the practice's till
    ("Sold On", "10/12/2024"),
    ("Date Sold", "2024-10-12"),
    ("Purchased", "2024-11-10"),
    # an invoice's or a renewal's payment (tests/test_dtc_lab_testing_kits.py)
    ("Paid On", "10/01/2024"),
    ("date_paid", "2024-10-01"),
    ("Invoice Paid Date", "2024-10-01"),
    # a membership's card charge (integrative probe): the same till's clock
    ("Last Charged", "2024-10-01 06:00:04"),
    ("charged_at", "2024-10-01"),
    # an ad campaign's flight: when the media runs, for everyone it reaches
    ("flight_start", "2024-10-01"),
    ("Flight End Date", "12/31/2024"),
    # a location audience's lookback window: the span of visits an order covers
    ("lookback_start", "2024-07-01"),
    ("Lookback End", "09/30/2024"),
    # equipment's install (a beacon inventory's ``installed``) and an app's install
    ("installed", "2024-03-18"),
    ("Install Date", "2021-06-14"),
    ("installation_date", "2024-03-18"),
    # a league's or a tournament's calendar: the game's, for both rosters
    ("gameDate", "2025-10-03T19:00:00-05:00"),
    ("Game Date", "10/03/2025"),
    ("tip_off", "2025-03-28T19:10:00-04:00"),
    ("kickoff", "2025-09-06 19:00"),
    # an employer's calendar: a referral bonus's payout, a credentials committee's meeting
    ("Payout 1 Date", "2024-10-15"),
    ("payroll_date", "2024-10-15"),
    ("Committee Date", "2024-05-08"),
    # a tumour board's meeting: every case on its agenda shares it; a vial's expiry
    ("meeting_date", "2025-04-03"),
    ("Meeting Date", "04/03/2025"),
    ("exp", "2026-08-31"),
    ("Exp Date", "08/31/2026"),
    # a compounded dose's beyond-use date: the bag's clock
    ("BUD", "2025-03-18 14:30"),
    ("Beyond Use Date", "03/18/2025"),
    # digits alone outside a person-date field, or not a month: an order or job number
    ("order_no", "20240315"),
    ("visit_count", "202413"),
    ("DOB_YYYYMM", "195913"),
    ("MOVE_DATE", "20240230"),
    ("first_visit_month", "2024-11-05x"),
    # a class's, a course's, a seminar's own day and the day a ticket is for: every
    # attendee shares it
    ("Date Attending", "Apr 18, 2024 6:00 PM"),
    ("Class Date", "2024-05-04"),
    ("Course Date", "06/15/2024"),
    ("seminar_date", "2024-04-18"),
    ("Workshop Date", "2024-09-10"),
]


@pytest.mark.parametrize(
    ("record", "found"),
    [
        # an event object's start and end (Eventbrite's order with its event expanded)
        ({"event": {"start": {"local": "2024-04-16T18:00:00"}}}, []),
        ({"event": {"end": {"utc": "2024-04-16T23:30:00Z"}}}, []),
        ({"events": [{"start": "2024-04-16 18:00"}]}, []),
        # a booked meeting's event keeps its date by its person word (Calendly's)
        (
            {"scheduled_event": {"start": "2024-03-21T10:00:00-04:00"}},
            [("scheduled_event.start", "DATE", "2024-03-21T10:00:00-04:00", pytest.approx(0.95))],
        ),
    ],
)
def test_an_events_schedule_is_the_organisers(engine, record, found):
    assert _found_nested(engine, record) == found


def _found_nested(engine: Engine, record: dict) -> list[tuple[str, str, str, float]]:
    """``(field, entity, matched text, score)`` of a nested record's findings."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    out = []
    for r in rows:
        node: object = record
        for key in r["field"].replace("[0]", ".0").split("."):
            node = node[int(key)] if key.isdigit() else node[key]  # type: ignore[index]
        out.append((r["field"], r["entity"], str(node)[r["start"] : r["end"]], r["score"]))
    return out


@pytest.mark.parametrize(("field", "value"), DATE_NEGATIVES)
def test_date_negatives(engine, field, value):
    assert _found(engine, {field: value}) == []


AGE_POSITIVES = [
    ("notes", "Pt is a 92-year-old female", "92"),
    ("notes", "age 94, lives alone", "94"),
    ("notes", "Age: 90", "90"),
    ("notes", "aged 101 and independent", "101"),
    ("notes", "92 yo M with CHF", "92"),
    ("notes", "She is 97 years old", "97"),
    ("age", "92", "92"),
    ("patient_age", 93, "93"),
    ("properties.age_years", "125", "125"),
    ("notes", "call 555-0143age 93", "93"),  # label glued to a number
    ("notes", "age 95+", "95"),  # at least 95; only "90+" is the generalization
    ("notes", "age 93+44 20 7946 0958", "93"),  # the "+" opens a phone number
    ("notes", "Mom is 91 and lives alone", "91"),  # said of a person, no age word
    ("notes", "my father (92) has dementia", "92"),
    ("notes", "grandmother turned 95 in March", "95"),
    ("Description", "Pt was 103 at admission", "103"),
    # call transcripts and AI call summaries speak in contractions
    ("transcript", "She's 91 and just got out of the hospital", "91"),
    ("transcription_text", "my father's dialysis schedule, he's 92 and can't do mornings", "92"),
    # the person's own age, asked of a pharmacist or a chat
    ("question", "I'm 93 and on Eliquis. Is it safe to take Tylenol?", "93"),
    ("message", "i am 91 and live alone", "91"),
]


@pytest.mark.parametrize(("field", "value", "expected"), AGE_POSITIVES)
def test_age_over_89_positives(engine, field, value, expected):
    assert _found(engine, {field: value}) == [(field, "AGE_OVER_89", expected, pytest.approx(0.9))]


AGE_NEGATIVES = [
    ("notes", "age 45, healthy"),
    ("notes", "Age 90+, hard of hearing"),  # the Safe Harbor generalization
    ("notes", "89 years old"),
    ("notes", "an 89-year-old man"),
    ("notes", "moved here 92 years ago"),
    ("notes", "page 92 of the report"),
    ("notes", "126 years old is not an age"),
    ("age", "89"),
    ("age", "130"),
    ("cache_max_age", "120"),
    ("page", "92"),
    ("properties.quantity", "92"),
    ("notes", "He is 95% sure"),
    ("notes", "patient is 98.6 degrees"),
    ("notes", "she is 95 lbs"),
    ("notes", "he is 90 minutes away"),
    ("notes", "the score is 95"),  # no person
    ("notes", "Mom is 88"),
    ("notes", "Mom's 90th birthday party"),  # an ordinal, not her age
    ("notes", "she's 95% better"),
    ("notes", "he's 120/80 today"),  # a blood pressure
    ("notes", "patient's 94 lbs"),
    ("message", "I'm 95% sure I took it"),
    ("message", "I am 90 minutes from the store"),
    ("message", "I'm 88 and healthy"),
    ("message", "I'm 100/100 on this"),
]


@pytest.mark.parametrize(("field", "value"), AGE_NEGATIVES)
def test_age_over_89_negatives(engine, field, value):
    assert _found(engine, {field: value}) == []


#: A birth year that makes the person 90 or older is an element of a date indicative of an
#: age over 89 (Safe Harbor removes it, the year too); a younger person's is kept.
_OLD = str(dt.date.today().year - 93)
_YOUNG = str(dt.date.today().year - 76)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("Birth Year", _OLD, [("Birth Year", "AGE_OVER_89", _OLD, pytest.approx(0.9))]),
        ("year_of_birth", _OLD, [("year_of_birth", "AGE_OVER_89", _OLD, pytest.approx(0.9))]),
        ("YOB", f" {_OLD} ", [("YOB", "AGE_OVER_89", _OLD, pytest.approx(0.9))]),
        ("birthYear", int(_OLD), [("birthYear", "AGE_OVER_89", _OLD, pytest.approx(0.9))]),
        ("Birth Year", _YOUNG, []),
        ("Year Built", _OLD, []),  # a building's year, not a person's
        ("Birth Year", "1850", []),  # no one living
        ("birth_year_bucket", "1930s", []),
    ],
)
def test_birth_years_over_89(engine, field, value, expected):
    assert _found(engine, {field: value}) == expected


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("Available Date", "2025-03-01"),  # a unit inventory's vacancy
        ("availableOn", "2025-05-01"),
        ("availability_date", "03/01/2025"),
    ],
)
def test_a_units_availability_is_not_a_persons_date(engine, field, value):
    assert _found(engine, {field: value}) == []


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # Blackbaud's SKY API fuzzy dates: the day and the month of a birth or death date
        ({"birthdate": {"d": 9, "m": 4, "y": 1953}}, [("birthdate.d", "9"), ("birthdate.m", "4")]),
        (
            {"deceased_date": {"d": "28", "m": "02", "y": "2024"}},
            [("deceased_date.d", "28"), ("deceased_date.m", "2")],
        ),
        (
            {"date_of_birth": {"month": 12, "day": 31}},
            [("date_of_birth.month", "12"), ("date_of_birth.day", "31")],
        ),
        # not a date's parts: a record's bookkeeping stamp, a page's, out of range, zero
        ({"date_added": {"d": 3, "m": 5, "y": 2020}}, []),
        ({"page": {"d": 4, "m": 2}}, []),
        ({"birthdate": {"d": 0, "m": 13, "y": 1953}}, []),
        ({"birthdate": {"d": 32, "y": 1953}}, []),
    ],
)
def test_fuzzy_date_parts(engine, record, expected):
    rows = engine.scan([record], source="t").findings.to_pylist()
    (outer,) = record.values()
    got = [
        (r["field"], str(outer[r["field"].rsplit(".", 1)[1]])[r["start"] : r["end"]]) for r in rows
    ]
    assert sorted(got) == sorted(expected)


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # a reply's attribution line and a forwarded block's Sent/Date lines say when a
        # message was sent; the appointment in the quoted text is the person's date
        (
            "body",
            "Yes, I will be there.\n\nOn Mon, Mar 4, 2024 at 9:12 AM Lakeside Scheduling "
            "<scheduling@lakesidehealth.org> wrote:\n> Your echocardiogram is confirmed for "
            "Tuesday, March 12 at 8:15 AM.",
            ["March 12"],
        ),
        (
            "body",
            "See below.\n\nOn Mon, Mar 4, 2024 at 9:12 AM Lakeside Patient Care <\n"
            "care@lakeside.org> wrote:\n> Please start the clear liquid diet.",
            [],
        ),
        (
            "TextBody",
            "-----Original Message-----\nFrom: Rachel W <rw@icloud.com>\nSent: Friday, "
            "March 1, 2024 4:05 PM\nTo: Peds <peds@clinic.org>\n\nMy son was tested on "
            "02/28/2024.",
            ["02/28/2024"],
        ),
        ("part", "To: r.o@yahoo.com\nDate: Tue, 5 Mar 2024 09:00:00 -0500\nSubject: Refill", []),
        # not a quote: "On" opening a sentence about the person's visit
        ("notes", "On March 3, 2024 I had my knee surgery and nobody called.", ["March 3, 2024"]),
        # a help desk's SLA targets and an email's own date are machine times
        ("due_by", "2024-03-06T17:00:00Z", []),
        ("fr_due_by", "2024-03-05T13:00:00Z", []),
        ("MessageDate", "2024-03-04T14:20:11.000+0000", []),
    ],
)
def test_message_stamps_are_not_personal_dates(engine, field, value, expected):
    assert [text for _f, _e, text, _s in _found(engine, {field: value})] == expected


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # an email or SMS campaign's send: the sender's clock, the same for every recipient
        ("send_date", "2024-10-01", []),
        ("Send Date", "10/01/2024", []),
        # a review or survey request's send (a Podium-like export, the medical spa probe)
        ("Invite Sent", "2024-11-20 16:05", []),
        ("Date Sent", "11/20/2024", []),
        # ...but a person's date field keeps its date, whatever else the key says
        ("appointment_date", "2024-10-01", ["2024-10-01"]),
        ("Appointment Reminder Sent", "11/20/2024", ["11/20/2024"]),
        ("Birth Date", "10/01/1954", ["10/01/1954"]),
    ],
)
def test_a_campaigns_send_date_is_not_a_persons(engine, field, value, expected):
    assert [text for _f, _e, text, _s in _found(engine, {field: value})] == expected


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # a payroll run's calendar: every employee paid in the run shares it
        ("Pay Date", "01/10/2025", []),
        ("Pay Period End", "2025-01-04", []),
        ("Payroll Date", "2025-01-10", []),
        # a plan year's bounds and an eligibility file's own stamp
        ("Plan Year Start", "01/01/2025", []),
        ("plan_year_end", "2025-12-31", []),
        ("file_creation_date", "2024-12-15", []),
        ("Year of Birth Date", "03/14/1962", ["03/14/1962"]),
        # ...but the employee's own dates keep theirs
        ("Termination Date", "2025-02-14", ["2025-02-14"]),
        ("Date of Birth", "1975-02-14", ["1975-02-14"]),
        # a clinic instrument's upkeep, and a row's stamp written apart (Open Dental)
        ("calibrated_on", "2024-03-04", []),
        ("Calibration Date", "03/04/2024", []),
        # an adjusting table's service visit (integrative probe); a patient's date of
        # service keeps its word
        ("last_serviced", "2024-09-03", []),
        ("Serviced On", "09/03/2024", []),
        ("Date of Service", "09/03/2024", ["09/03/2024"]),
        # a test kit lot's quality-control run (tests/test_sexual_health_prep.py)
        ("qc_date", "2024-09-16", []),
        ("QC Released", "09/16/2024", []),
        ("DateTStamp", "2024-09-30 11:02:45", []),
        ("Date Stamp", "09/30/2024", []),
        # a product lot's seed-to-sale clocks (a METRC package, a cannabis or produce
        # harvest): the batch's, whoever buys from it; a person's test date stays theirs
        ("Packaged Date", "2024-09-17", []),
        ("harvest_date", "2024-09-02", []),
        ("Harvested On", "09/02/2024", []),
        ("test_date", "2024-09-19", ["2024-09-19"]),
        # a till's trading day in a POS sales report
        ("business_date", "2024-10-12", []),
        ("Business Day", "10/12/2024", []),
        # a catch-up letter run's date, a report's generation stamp and a Vaccine
        # Information Statement's edition (the pediatric probe): the sender's and the
        # sheet's; the vaccine's own administration date stays the child's
        ("Letter Date", "10/01/2025", []),
        ("report_generated", "2025-09-30T06:00:00Z", []),
        ("VIS Date", "08/06/2021", []),
        ("vis_edition_date", "2021-08-06", []),
        ("Administered", "10/02/2025", ["10/02/2025"]),
        # a records system's retention clock (a call recording list's, the brokers probe)
        ("retention_until", "2034-10-18", []),
        ("purge_date", "2031-01-01", []),
        ("Retain Until", "10/18/2034", []),
        # an incident's ICS operational period (the disaster and shelters probe): the
        # incident's shift, the same for every responder; an evacuee's departure keeps its
        ("operational_period", "10/10/2024 0700 - 10/10/2024 1900", []),
        ("Operational Period From", "10/10/2024", []),
        ("Departed", "2024-10-08 14:35", ["2024-10-08 14:35"]),
    ],
)
def test_payroll_plan_year_and_file_dates_are_not_a_persons(engine, field, value, expected):
    assert [text for _f, _e, text, _s in _found(engine, {field: value})] == expected


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # a statute's section after its sign: a limitation table's or a notice's citation
        ("statute", "O.C.G.A. § 9-3-33", []),
        ("citation", "Ga. Code Ann. §§ 9-3-33", []),
        ("notes", "SOL per §9-3-33; injured 3-14-22", ["3-14-22"]),
        # ...but the same digits without the sign keep reading as a date
        ("notes", "DOB 9-3-33", ["9-3-33"]),
    ],
)
def test_a_statute_section_is_no_date(engine, field, value, expected):
    assert [text for _f, _e, text, _s in _found(engine, {field: value})] == expected


@pytest.mark.parametrize(
    ("value", "age"),
    [
        # an age set off by commas after a titled name, as call and liaison notes write it
        # (tests/test_hcp_marketing.py)
        ("they want a status update on Mrs. Eleanor Vance, 94, referred for TAVR", "94"),
        ("Mr. Okafor, 91; lives alone", "91"),
        ("Mrs. Vance, 45, referred for TAVR", None),  # under 90
        ("Mr. Jones, 100 Main St", None),  # a street number, no comma after it
        ("Dr. Kaur, 94, said", None),  # a clinician's title: a count, not an age
        ("Ms. Lee, 95% sure", None),
    ],
)
def test_an_age_after_a_titled_name(engine, value, age):
    ages = [t for _f, e, t, _s in _found(engine, {"notes": value}) if e == "AGE_OVER_89"]
    assert ages == ([age] if age else [])


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        # a query's window over a population, as warehouses log the statement
        (
            "querytxt",
            "select * from fct where event_date BETWEEN '2024-01-01' AND '2024-03-31'",
            [],
        ),
        ("query", "select count(*) from dx where dx_date >= '2024-01-01' group by 1", []),
        ("QUERY_TEXT", "SELECT * FROM v WHERE received_at > DATE '2024-03-01'", []),
        # ...but a date compared with "=" keeps its context word, and a note's "> 3/14/2024"
        # has no quote before the date
        ("QUERY_TEXT", "UPDATE p SET dob = '1962-07-04' WHERE id = 7", ["1962-07-04"]),
        ("notes", "DOB > 3/14/1950 per chart", ["3/14/1950"]),
    ],
)
def test_a_sql_range_bound_is_no_persons_date(engine, field, value, expected):
    assert [text for _f, _e, text, _s in _found(engine, {field: value})] == expected


@pytest.mark.parametrize(
    "record",
    [
        {"Drive_Date__c": "2024-12-07"},
        {"Drive Date": "12/07/2024"},
        {"bloodmobile_date": "2024-12-03"},
    ],
)
def test_a_blood_drives_own_day(engine, record):
    """A blood drive's day is every donor's of the drive, as a class's is its attendees'
    (tests/test_blood_plasma_organ_donation.py)."""
    assert _found_nested(engine, record) == []


def test_a_donors_appointment_at_a_drive_is_still_theirs(engine):
    found = _found_nested(engine, {"drive_appointment_date": "12/07/2024"})
    assert [(f, e) for f, e, _t, _s in found] == [("drive_appointment_date", "DATE")]


@pytest.mark.parametrize(
    "record",
    [
        {"lab_collected": "2024-10-14 07:10"},
        {"Lab Collected Date": "10/14/2024"},
        {"lab_date": "2024-10-14"},
    ],
)
def test_a_specimens_draw_under_a_labs_word_is_the_patients(engine, record):
    """A lab's word makes its own line and place the lab's (``lab_phone``, ``psc_address``),
    not when the patient's specimen was drawn (tests/test_imaging_centres.py)."""
    found = _found_nested(engine, record)
    assert [(f, e) for f, e, _t, _s in found] == [(next(iter(record)), "DATE")]


def test_a_labs_own_line_and_place_are_still_the_labs(engine):
    record = {"lab_phone": "(503) 555-0142", "psc_address": "1200 Main St, Portland, OR"}
    assert _found_nested(engine, record) == []


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # note shorthand for a follow-up, and a visit being had, time a month and day
        ("Ortho f/u 10/29 w/ Dr. Mehta re possible RTC tear", ["10/29"]),
        ("F/U 3/14 with PCP", ["3/14"]),
        ("clmt seeing Dr. Raman at Concentra 10/3.", ["10/3"]),
        # a pain score and a ratio beside neither cue are no dates
        ("IW reports R shoulder pain 4/10, attending PT 3x/wk", []),
        ("buf/u 3/4 mix", []),
    ],
)
def test_follow_up_shorthand_and_seeing_time_a_date(engine, text, dates):
    assert [f[2] for f in _found(engine, {"note": text})] == dates


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an attending physician's statement on a disability claim: the patient's dates
        # (the leave probe); a ticket's ``Date Attending`` stays the event's
        ({"attendingPhysicianStatement": {"estimatedReturnToWork": "2024-09-30"}},
         ["2024-09-30"]),
        ({"Attending Provider": {"visit": "2024-09-30"}}, ["2024-09-30"]),
        ({"Date Attending": "2024-09-30"}, []),
        ({"attending": {"start": "2024-09-30"}}, []),
    ],
)  # fmt: skip
def test_an_attending_physicians_dates_are_the_patients(engine, record, expected):
    assert [text for _f, _e, text, _s in _found_nested(engine, record)] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a crowdfunding campaign's story tells the beneficiary's dates of care and death;
        # the campaign's own copy and its offer words stay the campaign's
        (
            {"campaign": {"story": "On January 14, 2024 my dad suffered a stroke."}},
            ["January 14, 2024"],
        ),
        ({"fundraiser": {"stories": "Harold passed away on May 11, 2024."}}, ["May 11, 2024"]),
        ({"campaign": {"description": "Flu shots on October 12, 2024"}}, []),
        ({"campaign": {"story": "Sale ends 12/31/2024"}}, []),
    ],
)
def test_a_campaign_story_is_a_persons_account(
    engine: Engine, record: dict, expected: list
) -> None:
    ((parent, fields),) = record.items()
    ((key, text),) = fields.items()
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert all(r["field"] == f"{parent}.{key}" for r in rows)
    assert [text[r["start"] : r["end"]] for r in rows] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # an employee's hire, as an 834-like census writes it without separators
        # (tests/test_benefits_navigation_eap.py) and an HRIS export writes it whole
        ({"HIRE_DT": "20190408"}, ["20190408"]),
        ({"Date Hired": "04/08/2019"}, ["04/08/2019"]),
        ({"hire_date": "2019-04-08"}, ["2019-04-08"]),
        # digits that are no date, and a census's plan code, stay unread
        ({"HIRE_DT": "20191345"}, []),
        ({"HIRE_CD": "FT01"}, []),
        ({"PLAN_CD": "20190408"}, []),
    ],
)
def test_a_hire_date_is_the_employees(engine: Engine, record: dict, expected: list) -> None:
    assert [s for _f, _e, s, _score in _found(engine, record)] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a stock count's date is the shelf's (a naloxone kit inventory,
        # tests/test_addiction_admissions_vob.py), whoever is given the stock later
        ({"Last Counted": "2024-11-01"}, []),
        ({"counted_on": "11/01/2024"}, []),
        ({"Restocked": "2024-10-15"}, []),
        ({"last_inventoried": "2024-10-15"}, []),
        # a person's own dates beside the same words keep theirs
        ({"Admit Date": "2024-11-01"}, ["2024-11-01"]),
        ({"dob": "11/01/1990"}, ["11/01/1990"]),
    ],
)
def test_a_stock_counts_date_is_no_ones(engine: Engine, record: dict, expected: list) -> None:
    assert [s for _f, e, s, _score in _found(engine, record) if e == "DATE"] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a product's making and shelf life (the baby-registry probe: a car seat's date of
        # manufacture, a recall's range, a formula lot's use-by): the unit's or the batch's
        ({"Date of Manufacture From": "2023-06-01"}, []),
        ({"date_of_manufacture": "2023-08-14"}, []),
        ({"Mfg Date": "08/14/2023"}, []),
        ({"manufactured_on": "2023-08-14"}, []),
        ({"Use By": "2025-08-01"}, []),
        ({"Best Before": "08/01/2025"}, []),
        ({"sell_by_date": "2025-08-01"}, []),
        # a marketing segment's or an audience's definition names a population's bounds
        ({"Segment": "Due Date in Apr 2025"}, []),
        ({"audience_rule": "birthday before 03/01/2024"}, []),
        # a person's own dates keep theirs: a last use of a substance, a due date, a birth
        ({"Last Use": "10/12/2024"}, ["10/12/2024"]),
        ({"Due Date": "04/18/2025"}, ["04/18/2025"]),
        ({"notes": "Due date in Apr 2025"}, ["Apr 2025"]),
        ({"Baby Birth Date": "2024-08-19"}, ["2024-08-19"]),
    ],
)
def test_a_products_and_a_segments_dates_are_no_ones(
    engine: Engine, record: dict, expected: list
) -> None:
    assert [s for _f, e, s, _score in _found(engine, record) if e == "DATE"] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a specimen's collection as a lab's or a screening vendor's flat file abbreviates
        # it (tests/test_biometric_screening_wellness.py), compact or whole
        ({"COLL_DT": "20250311"}, ["20250311"]),
        ({"coll_date": "03/11/2025"}, ["03/11/2025"]),
        # digits that are no date, and a collection site's code, stay unread
        ({"COLL_DT": "20251399"}, []),
        ({"COLL_SITE": "WI07"}, []),
    ],
)
def test_a_specimens_collection_abbreviated_is_the_persons(
    engine: Engine, record: dict, expected: list
) -> None:
    assert [s for _f, e, s, _score in _found(engine, record) if e == "DATE"] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a device log's or a portal's upload time is the server's (an interlock log's
        # ``Uploaded``, tests/test_court_ordered_treatment_monitoring.py)
        ({"Uploaded": "10/19/2024 18:05:00"}, []),
        ({"Date Uploaded": "2024-10-01"}, []),
        ({"last_uploaded": "10/20/2024"}, []),
        # a person's own dates keep theirs
        ({"Collection Date": "10/03/2024"}, ["10/03/2024"]),
        ({"Date of Birth": "04/17/1986"}, ["04/17/1986"]),
    ],
)
def test_an_upload_time_is_the_systems(engine: Engine, record: dict, expected: list) -> None:
    assert [s for _f, e, s, _score in _found(engine, record) if e == "DATE"] == expected


def test_an_upload_objects_recording_start_is_the_persons(engine: Engine) -> None:
    """A home sleep test's ``upload`` object holds the recording's own start
    (tests/test_sleep_medicine.py): only ``uploaded`` times the upload itself."""
    record = {"upload": {"recording_start": "10/03/2024"}}
    assert [s for _f, e, s, _ in _found_nested(engine, record) if e == "DATE"] == ["10/03/2024"]
