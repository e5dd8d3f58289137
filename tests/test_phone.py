"""PHONE and FAX: US and international numbers in CRM and analytics cells, and look-alikes."""

from __future__ import annotations

import random
import re
import string

import phonenumbers
import pytest

from detectors import Engine, EngineConfig
from detectors import phone as phone_module
from detectors.nanp import national_digits, valid_national


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("phone",)))


def _found(engine: Engine, record: dict) -> list[tuple[str, str, str]]:
    """``(field, entity, matched text)`` for every finding in one record."""
    rows = engine.scan([record], source="t").findings.to_pylist()
    return [(r["field"], r["entity"], str(record[r["field"]])[r["start"] : r["end"]]) for r in rows]


POSITIVES = [
    # (field, value, expected entity, expected span text)
    ("hs_note_body", "Called pt back at (312) 555-0199 re: MRI results", "PHONE", "(312) 555-0199"),
    ("hs_note_body", "Best number 312-555-0199 after 5pm", "PHONE", "312-555-0199"),
    ("notes", "cell 312.555.0199", "PHONE", "312.555.0199"),
    # call and SMS logs: a bare "Number" column, a PBX CDR's caller_id_number
    ("Number", "(512) 555-0147", "PHONE", "(512) 555-0147"),
    ("caller_id_number", "+15125550147", "PHONE", "+15125550147"),
    ("notes", "Reach me on +1 312 555 0199 tomorrow", "PHONE", "+1 312 555 0199"),
    ("notes", "UK office: +44 20 7946 0958", "PHONE", "+44 20 7946 0958"),
    ("properties.phone", "+4915123456789", "PHONE", "+4915123456789"),
    ("properties.phone", "3125550199", "PHONE", "3125550199"),
    ("user_data.ph", "13125550199", "PHONE", "13125550199"),
    ("notes", "please call 3125550199 to confirm", "PHONE", "3125550199"),
    ("notes", "Toll free 1-800-555-0199", "PHONE", "1-800-555-0199"),
    ("notes", "Mobile: 415 555 0132", "PHONE", "415 555 0132"),
    ("notes", "Brazil office +55 11 98456 5666", "PHONE", "+55 11 98456 5666"),
    ("notes", "Tokyo clinic phone 090-1234-5678", "PHONE", "090-1234-5678"),
    # an extension is part of the number (it was left readable after the tag)
    ("notes", "+1 (312) 555-0199 ext 4", "PHONE", "+1 (312) 555-0199 ext 4"),
    ("notes", "call 312-555-0199 ext. 204 re: MRI", "PHONE", "312-555-0199 ext. 204"),
    ("notes", "call 312-555-0199 x204", "PHONE", "312-555-0199 x204"),
    ("notes", "call 312-555-0199, extension 12.", "PHONE", "312-555-0199, extension 12"),
    ("notes", "call 312-555-0199 x 2 daily", "PHONE", "312-555-0199"),  # a count
    ("notes", "call 312-555-0199 extra early", "PHONE", "312-555-0199"),
    # typographic dashes, no-break spaces and full-width digits (folded by the cells)
    ("notes", "call 312\u2013555\u20130199", "PHONE", "312\u2013555\u20130199"),
    ("notes", "cell 312\u00a0555\u00a00199", "PHONE", "312\u00a0555\u00a00199"),
    (
        "notes",
        "tel \uff13\uff11\uff12-\uff15\uff15\uff15-\uff10\uff11\uff19\uff19",
        "PHONE",
        "\uff13\uff11\uff12-\uff15\uff15\uff15-\uff10\uff11\uff19\uff19",
    ),
    ("Fax", "(312) 555-0100", "FAX", "(312) 555-0100"),
    ("provider.fax_number", "312-555-0100", "FAX", "312-555-0100"),
    ("notes", "Send records by fax to 312-555-0100 attn: Dr. Lee", "FAX", "312-555-0100"),
    ("notes", "Facsimile: +1 312 555 0100", "FAX", "+1 312 555 0100"),
    ("notes", "312-555-0100 (fax)", "FAX", "312-555-0100"),
    ("Fax", "Phone 312-555-0199", "PHONE", "312-555-0199"),
    ("notes", "Referral faxed to (773) 555-0100 on 3/20.", "FAX", "(773) 555-0100"),
    # "office" names a place here, not a voice line
    ("notes", "Fax from referring office: 505 555 0198", "FAX", "505 555 0198"),
    ("notes", "office: 312-555-0199", "PHONE", "312-555-0199"),
    # a label, or a person's, before the number: not an organisation's name
    ("notes", "Office: 312-555-0199", "PHONE", "312-555-0199"),
    ("notes", "Home Office: 312-555-0199", "PHONE", "312-555-0199"),
    ("notes", "Reach Dana Whitfield at 312-555-0199", "PHONE", "312-555-0199"),
    ("form.message", "Call me at 555-0199 after work", "PHONE", "555-0199"),
    ("properties.phone", "555-0199", "PHONE", "555-0199"),
    ("page_location", "https://clinic.org/find?phone=3125550199&x=1", "PHONE", "3125550199"),
    # glued to the identifier before it (an SSN): "(" still opens a number; a "+" glued to
    # a card is found by the engine's second look (tests/test_glued.py)
    ("notes", "SSN 536-90-4399(312) 555-0143", "PHONE", "(312) 555-0143"),
]


@pytest.mark.parametrize(("field", "value", "entity", "expected"), POSITIVES)
def test_phone_positives(engine, field, value, entity, expected):
    assert _found(engine, {field: value}) == [(field, entity, expected)]


def test_a_modifier_after_another_number_labels_its_own(engine):
    text = "Fax: 312-555-0100, office: 312-555-0199"
    assert [(e, s) for _, e, s in _found(engine, {"notes": text})] == [
        ("FAX", "312-555-0100"),
        ("PHONE", "312-555-0199"),
    ]


def test_phone_and_fax_in_one_signature(engine):
    text = "Dr. Ana Ruiz | P: 312-555-0199 | F: 312-555-0100 | Fax (alt): 312-555-0101"
    assert [(e, s) for _, e, s in _found(engine, {"signature": text})] == [
        ("PHONE", "312-555-0199"),
        ("FAX", "312-555-0100"),
        ("FAX", "312-555-0101"),
    ]


NEGATIVES = [
    # (field, value): order numbers, timestamps, prices, ZIP+4, SSN, dates, versions, cards...
    ("notes", "Texted them a reminder for 03-06-2024."),  # a date a trunk-0 number mimics
    ("notes", "Order #10452 shipped, total $1,234.56"),
    # the practice's own tracking numbers (CallRail, Invoca) and a bare order "Number"
    ("tracking_phone_number", "+14045550100"),
    ("promo_number", "(888) 555-0133"),
    # pay-per-call: Ringba's number the caller rang in on; a lead form's TCPA consent text,
    # the seller's fixed wording with its own opt-out number
    ("inboundPhoneNumber", "+18775550119"),
    ("tcpa_consent_text", "I agree to calls from Acme Health. To opt out call 1-855-759-2193."),
    ("consent_language", "Consent is not a condition of purchase. Questions? (800) 555-0142"),
    ("Number", "10452"),
    ("Number", "4155550132"),
    ("notes", "order number 4155550132"),
    ("event_timestamp", "1700000000123456"),
    ("notes", "ts 1700000000123456 and 1700000000"),
    ("properties.price", "19.99"),
    ("notes", "Springfield, IL 62704-1234"),
    ("notes", "SSN 123-45-6789"),
    ("notes", "DOB 03/14/1985, seen 2024-03-14"),
    ("notes", "appt on 03-14-1985"),
    ("context.userAgent", "Mozilla/5.0 (X11; Linux x86_64) Chrome/120.0.6099.109 Safari/537.36"),
    ("app_version", "120.0.6099.109"),
    ("notes", "card 4111 1111 1111 1111 exp 12/27"),
    ("notes", "card 4111-1111-1111-1111"),
    ("notes", "client ip 192.168.100.200"),
    ("notes", "ISBN 978-0-306-40615-7 and 0-306-40615-2"),
    ("notes", "call 123-456-7890 (fake)"),
    # digits running up or down one by one: a form's placeholder, a vendor's example
    # (tests/test_reverse_etl_audience_sync.py: Klaviyo's validation error)
    (
        "detail",
        "Invalid phone number format (Example of a valid phone number format: +12345678901)",
    ),
    ("phone", "234-567-8901"),
    ("placeholder", "e.g. (987) 654-3210"),
    ("notes", "phone 100-555-0199"),
    ("order_id", "3125550199"),
    ("profile.system", "3125550199"),
    ("properties.transaction_id", "T-312-555-0199-44"),
    ("session_id", "6a1b3c2d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"),
    ("user_data.ph", "254aa248acb47dd654ca3ea53f48c2c26d641d23d7e2e93a1ec56258df7674c4"),
    ("notes", "Room 312 555 patients"),
    ("notes", "SKU-415-555-0132"),
    ("notes", "call re invoice 2024-1234 and room 555-0199"),
    ("notes", "Room 555-0199"),
    ("notes", "C++44 20 7946 0958"),
    # an organisation's own line right after its name: an agent's greeting, a listing
    ("messages[0].text", "Thanks for contacting the Patient Access Center at (608) 555-0100."),
    ("notes", "Lakeshore Health: 608-555-0100"),
]


@pytest.mark.parametrize(("field", "value"), NEGATIVES)
def test_phone_negatives(engine, field, value):
    assert _found(engine, {field: value}) == []


def _libphonenumber_says(text: str, region: str | None = "US") -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(text, region))
    except phonenumbers.NumberParseException:
        return False


def test_fast_nanp_validity_agrees_with_libphonenumber():
    rng = random.Random(20261128)
    numbers = ["".join(rng.choice(string.digits) for _ in range(10)) for _ in range(4000)]
    numbers += [f"{npa}5550{rng.randrange(100, 199)}" for npa in range(200, 1000)]
    numbers += ["3125550199", "2125550143", "8005550100", "6495550100", "0123456789"]
    verdicts = [valid_national(n) for n in numbers]
    assert verdicts == [_libphonenumber_says(n) for n in numbers]
    assert 0.2 < sum(verdicts) / len(verdicts) < 0.9  # both answers are exercised
    # only ten ASCII digits take the fast path; anything else is not a national number
    assert not valid_national("312555019") and not valid_national("+13125550199")


def test_plus_one_numbers_take_the_fast_path_with_the_same_answers():
    rng = random.Random(7)
    nsns = ["".join(rng.choice(string.digits) for _ in range(10)) for _ in range(1500)]
    shapes = ["+1{}", "+1 {}", "+1-{}", "+1 ({}) {}-{}", "+1.{}.{}.{}", "+1 {} {} {}"]
    texts = []
    for n in nsns:
        shape = rng.choice(shapes)
        texts.append(shape.format(n[:3], n[3:6], n[6:]) if "{}" in shape[4:] else shape.format(n))
    assert all(national_digits(t, None) is not None for t in texts)
    assert [phone_module._valid(t, None) for t in texts] == [
        _libphonenumber_says(t, None) for t in texts
    ]
    for other in ("+44 20 7946 0958", "+1 312 555 01999", "+ 1 312 555 0199", "+1 312/555"):
        assert national_digits(other, None) is None


def _digit_groups(rng: random.Random) -> str:
    """Digit runs (some Unicode digits) joined by phone-ish separators and a few letters."""
    digits = [*"0123456789", *"0001", "٣", "\u0966"]
    parts = []
    for _ in range(rng.randint(1, 5)):
        parts.append("".join(rng.choices(digits, k=rng.choice((1, 2, 3, 3, 3, 4, 4, 7, 10, 11)))))
        parts.append("".join(rng.choices([*" -.()/+", "x", "\xa0", ". "], k=rng.randint(1, 2))))
    return "".join(parts[:-1])


def test_cheap_prechecks_admit_every_match() -> None:
    """The core searches that gate ``_NATIONAL`` and ``_BARE`` find something in every text
    the full patterns match, and deleting separators from a ``_US`` match joins its digits
    (Unicode digits included), as the digit-run join it replaced did."""
    rng = random.Random(11)
    texts = [_digit_groups(rng) for _ in range(30_000)]
    for _ in range(3000):
        a, b, c = ("".join(rng.choices("0123456789٣", k=k)) for k in (3, 3, 4))
        area = rng.choice((a, f"({a})", f"1 {a}", f"1-({a})"))
        texts.append(f"call {area}{rng.choice(' .-')}{b}{rng.choice(' .-')}{c}")
    for pattern, core in (
        (phone_module._NATIONAL, phone_module._NATIONAL_CORE),
        (phone_module._BARE, phone_module._BARE_CORE),
    ):
        matched = [t for t in texts if pattern.search(t)]
        assert len(matched) > 100
        assert all(core.search(t) for t in matched)
    joined = 0
    for text in texts:
        for m in phone_module._US.finditer(text):
            piece = text[m.start("nat") : m.end()]
            assert piece.translate(phone_module._US_SEPARATORS) == "".join(
                re.findall(r"\d+", piece)
            )
            joined += 1
    assert joined > 100


def test_a_consumers_number_echoed_into_consent_text_is_still_found(engine):
    """The TCPA text is the seller's (no pattern findings there), but a form that writes the
    consumer's own number into it repeats an identifier the record already has."""
    record = {
        "phone": "(772) 418-2290",
        "tcpa_consent_text": "I agree to calls at (772) 418-2290 from Acme; opt out 1-855-759-2193",
    }
    rows = engine.scan([record], source="t").findings.to_pylist()
    got = sorted((r["field"], record[r["field"]][r["start"] : r["end"]]) for r in rows)
    assert got == [("phone", "(772) 418-2290"), ("tcpa_consent_text", "(772) 418-2290")]


def test_a_callback_after_a_fax_is_a_phone(engine):
    """A hub note's "Callback" is the patient's voice line, not the fax named before it."""
    text = "Sent appeal packet to Dr. Mehta office, fax 312-555-0191. Callback 312-555-0148."
    assert [(e, s) for _, e, s in _found(engine, {"CommentBody": text})] == [
        ("FAX", "312-555-0191"),
        ("PHONE", "312-555-0148"),
    ]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a plan's member-services line printed with its relay number: the organisation's
        ("Questions? Call Acme Health at 1-800-555-0142 (TTY 711).", []),
        ("Call Member Services at 1-888-555-0107, TTY: 711, 8 am to 8 pm.", []),
        ("Llame al 1-877-555-0190 (TTY 711).", []),
        # a toll-free line without the relay number (or an organisation's name right before
        # it: organisations_line) is still reported in text
        ("Questions? Call 1-800-555-0142 any time.", ["1-800-555-0142"]),
        # a person's own number beside a TTY note is still theirs
        ("Member can be reached at 216-555-0148 (TTY user, relay).", ["216-555-0148"]),
        # the relay line itself after its TTY label, as CMS's TPMO disclaimer prints it
        (
            "Please contact 1-800-MEDICARE (TTY users should call 1-877-555-0148), or SHIP.",
            [],
        ),
        ("Member Services 1-800-555-0142, TTY: 1-800-555-0143", []),
        # a local number after a TTY word is anyone's, and stays reported
        ("TTY users should call 216-555-0148 after 5 pm", ["216-555-0148"]),
    ],
)
def test_a_toll_free_line_printed_with_its_tty_number(engine, value, expected):
    assert [s for _f, _e, s in _found(engine, {"Message Body": value})] == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a toll-free line the message calls its own is the sender's
        ("Please call our donor line at 1-800-555-0148 to talk about next steps.", []),
        ("Questions? Call us at (888) 555-0100.", []),
        # a care-transitions team's outreach text asking to be called back
        ("We'd like to check in. Please call us back at 800-555-0199.", []),
        # "call me back at": the person's own line
        ("Please call me back at 1-888-555-0123", [("body", "PHONE", "1-888-555-0123")]),
        # a local number is anyone's, and a person's own line stays reported
        ("Call us at (614) 555-0100.", [("body", "PHONE", "(614) 555-0100")]),
        ("My number is 1-800-555-0148", [("body", "PHONE", "1-800-555-0148")]),
        ("reach me at 1-800-555-0148", [("body", "PHONE", "1-800-555-0148")]),
    ],
)
def test_a_toll_free_line_the_text_calls_ours(engine, value, expected):
    assert _found(engine, {"body": value}) == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a click-to-call button's link is the site's own line, whatever its shape
        ({"link_url": "tel:+18005550199"}, []),
        ({"Click URL": "tel:614-555-0100"}, []),
        ({"gtm.elementUrl": "callto://16145550100"}, []),
        ({"properties": {"$el_href": "tel:18005550199"}}, []),
        # a caller's tel: URI outside a link field (a contact centre's ANI) is the caller's
        ({"ani": "tel:+16145550153"}, [("ani", "PHONE", "+16145550153")]),
        # a number in a link field's prose, or a link that is no tel: link, is still read
        ({"link_text": "Call me back at 614-555-0153"}, [("link_text", "PHONE", "614-555-0153")]),
    ],
)
def test_a_clicked_tel_link_is_the_sites_line(engine, record, expected):
    assert _found(engine, record) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a pharmacy claim's reject message tells the prescriber or the pharmacy to call
        # the processor's help desk: a toll-free line there is the sender's
        ("PA REQUIRED - PRESCRIBER CALL 800-555-0175", []),
        ("NON-FORMULARY. MD MUST CALL 1-866-555-0123", []),
        ("PHARMACY CALL HELP DESK AT 800-555-0175", []),
        # a local number is anyone's, and a person's own line stays reported
        ("PRESCRIBER CALL 312-555-0175", [("message", "PHONE", "312-555-0175")]),
        ("my doctor said to call 800-555-0175", [("message", "PHONE", "800-555-0175")]),
        ("please call me at 800-555-0175", [("message", "PHONE", "800-555-0175")]),
    ],
)
def test_a_toll_free_line_a_professional_is_told_to_call(engine, value, expected):
    assert _found(engine, {"message": value}) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        # a dialer's recording named after the caller's number (Vicidial, a TPMO's list)
        ("20241018-143022_5135550184-all.wav", ["5135550184"]),
        ("20241018_143022_5135550184_agent2231.wav", ["5135550184"]),
        ("recordings/2024/10/15135550184.mp3", ["15135550184"]),
        # the campaign's toll-free line (the DNIS), an epoch second, a document's number,
        # a number with words around it (free text, read by the text patterns)
        ("20241018_143022_8445550166_x.wav", []),
        ("1729100022_call.wav", []),
        ("rec_5283019447.pdf", []),
        ("20241018_143022_0135550184.wav", []),
    ],
)
def test_a_call_recordings_file_name_holds_its_callers_number(engine, value, expected):
    assert [s for _f, _e, s in _found(engine, {"file_name": value})] == expected
