"""The medical_ids detector: MRN, HEALTH_PLAN_ID (MBI, member/policy ids), NPI and patient ids."""

from __future__ import annotations

import random

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig, medical_ids


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("medical_ids",)))


MRN, HP, OTHER = "MRN", "HEALTH_PLAN_ID", "OTHER_ID"

POSITIVES = [
    ("note", "Insurance card: member ZG4627559, RX BIN 610014", [(HP, "ZG4627559")]),
    ("note", "Ins member # W12345678", [(HP, "W12345678")]),
    ("note", "1EG4-TE5-MK73", [(HP, "1EG4-TE5-MK73")]),
    ("note", "1EG4TE5MK73", [(HP, "1EG4TE5MK73")]),
    ("Medicaid ID", "112233445566", [(HP, "112233445566")]),  # the member's, beside the above
    ("note", "1eg4-te5-mk73", [(HP, "1eg4-te5-mk73")]),
    (
        "note",
        "Patient 1EG4-TE5-MK73 and 2AG9-XC4-NN22",
        [(HP, "1EG4-TE5-MK73"), (HP, "2AG9-XC4-NN22")],
    ),
    ("note", "The MBI is 4EF6GH8JK12 for this patient", [(HP, "4EF6GH8JK12")]),
    ("note", "MRN: 00123456", [(MRN, "00123456")]),
    ("note", "MR# A1234567", [(MRN, "A1234567")]),
    ("note", "medical record number 7654321", [(MRN, "7654321")]),
    ("note", "chart no. 998877", [(MRN, "998877")]),
    ("Medical_Record_Number__c", "00123456", [(MRN, "00123456")]),
    ("mrn", "A1234567", [(MRN, "A1234567")]),
    ("Medical_Record_Number__c", "MRN: 00123456", [(MRN, "00123456")]),  # not a bare value
    ("note", "member id W123456789", [(HP, "W123456789")]),
    ("note", "Ins: BCBS IL PPO, member XOF123456789, group 12345", [(HP, "XOF123456789")]),
    ("note", "BCBS ID XOF123456789", [(HP, "XOF123456789")]),  # the payer is the label
    ("note", "Aetna member W123456789", [(HP, "W123456789")]),
    # the payer named after the label (a member's ticket)
    ("note", "My member ID with Aetna is W284719330.", [(HP, "W284719330")]),
    ("note", "subscriber number for Cigna: U48291037", [(HP, "U48291037")]),
    # any plan's name after an insurance label (the payer list cannot name them all)
    ("note", "Insurance: Keystone First ID# KF88812345", [(HP, "KF88812345")]),
    ("note", "Plan: Ambetter, ID U7123456701", [(HP, "U7123456701")]),
    ("note", "Blue Cross Blue Shield member ID: ZGP987654321", [(HP, "ZGP987654321")]),
    ("note", "cigna # U12345678", [(HP, "U12345678")]),
    # regional and Medicaid plans and PBMs as the label, without an insurance label
    ("note", "Pt has Keystone First ID KF88812345", [(HP, "KF88812345")]),
    ("note", "Amerigroup # 7123456789 for well child visit", [(HP, "7123456789")]),
    ("note", "Caremark ID ZXT4456789012", [(HP, "ZXT4456789012")]),
    ("note", "Priority Health ID 88123456701", [(HP, "88123456701")]),
    ("note", "Blue Shield of California member XEH123456789", [(HP, "XEH123456789")]),
    ("note", "policy #: XYZ123456789", [(HP, "XYZ123456789")]),
    ("note", "insurance group number 0012345", [(HP, "0012345")]),
    ("member_id", "XYZ123456789", [(HP, "XYZ123456789")]),
    ("subscriber_id", "W123456789", [(HP, "W123456789")]),
    ("note", "NPI: 1234567893", [(OTHER, "1234567893")]),
    ("note", "Provider identifier 1245319599", [(OTHER, "1245319599")]),
    (
        "note",
        "NPI 1234567893 and NPI 1245319599",
        [(OTHER, "1234567893"), (OTHER, "1245319599")],
    ),
    ("note", "1234-567-893", [(OTHER, "1234-567-893")]),  # the NPI-only 4-3-3 grouping
    ("note", "1234 567 893", [(OTHER, "1234 567 893")]),
    ("npi", "1003000126", [(OTHER, "1003000126")]),
    ("Rendering Provider NPI", "1482039173", [(OTHER, "1482039173")]),
    ("note", "patient id 12345678", [(OTHER, "12345678")]),
    ("patient_id", "P0012345", [(OTHER, "P0012345")]),
    ("note", "claim number 2024000123", [(OTHER, "2024000123")]),
    # a claims administrator's e-signature subject: the bare word before the claim number
    ("emailSubject", "Transitional Duty Offer - Claim WC24-120455", [(OTHER, "WC24-120455")]),
    # pharmacy refill texts
    ("body", "your atorvastatin 20mg Rx #6612345 is ready", [(OTHER, "6612345")]),
    ("body", "Prescription number: 0661234-05", [(OTHER, "0661234-05")]),
    ("note", "call (312) 555-0143MRN 00123456", [(MRN, "00123456")]),  # label glued on
    # a log or exception message numbers the patient with no label word
    ("exc_info", "ValueError: invalid DOB for patient 55123", [(OTHER, "55123")]),
    ("message", "patient 48213 not found in EHR", [(OTHER, "48213")]),
    # a UK NHS number after its word, grouped 3-3-4 or not (international patients probe)
    ("Description", "refers Mr Bennett, NHS no. 943 476 5919, DOB", [(HP, "943 476 5919")]),
    ("note", "NHS number: 4857773457", [(HP, "4857773457")]),
    ("note", "nhs 401-023-2137", [(HP, "401-023-2137")]),
]

NEGATIVES = [
    # "claim" as an offer's verb, before a promo code or a count
    ("subject", "Claim BONUS2024 now"),
    ("subject", "Claim FREE10 credits today"),
    ("body", "claim 2 free months of coaching"),
    # an organisation's NPI by its field (a remittance's payee, a contract's group)
    ("Payee NPI", "1102588377"),
    ("Group NPI", "1927450068"),
    ("billing_provider_npi", "1748112236"),
    # an employer group's code, printed on every card of the plan: no one's plan id
    ("group_number", "0012345"),
    ("coverage.group_number", "W48812"),
    ("Group Number", "B12044"),
    ("insurance.group_number", "705214"),
    ("Insurance Group No", "705214"),
    # a provider's own enrolment number with a payer (a transport broker's network list)
    ("Medicaid Provider Number", "0349871"),
    ("medicare_provider_id", "A123456"),
    ("note", "1SG4-TE5-MK73"),  # S is not an MBI letter
    ("note", "1EG4-LE5-MK73"),
    ("note", "AEG4-TE5-MK73"),
    ("note", "1EG4TE5MK734"),  # 12 characters
    ("note", "1EG4-TE5MK73"),  # one dash only
    ("note", "1Eg4-TE5-MK73"),  # mixed case: a random token, not an MBI
    ("note", "1234567893"),  # NPI-valid, but bare 10 digits are timestamps and phones
    # a date's year and the numbers after it ("1980 123 123" is NPI-valid and 4-3-3)
    ("note", "seen 01/02/1980 123 123 diabetes"),
    ("note", "1234567890"),
    ("note", "NPI 1234567890"),  # check digit fails
    ("note", "0234567893"),
    ("note", "Call provider at 2125551202"),  # NPI-valid phone number
    ("phone", "2125551202"),
    ("ga_session_id", "1700000007"),  # NPI-valid session id
    ("note", "session 1700000007 started"),
    ("note", "Mr. Smith 12345678"),
    ("note", "medical record requested on 2024-01-15"),
    ("note", "ad group id 123456789"),
    ("ad_group_id", "123456789"),
    ("note", "Group: Marketing 2024"),
    ("note", "privacy policy updated 20230115"),
    ("plan_id", "pro-2024-01"),
    ("member_since", "2019-01-01"),
    ("subscriber_id", "6d92078a-8246-4ba4-ae5b-76104861e7dc"),
    ("patient_id", "003xx000004TmiQ"),  # Salesforce record id
    ("note", "member id: gold"),
    ("note", "Gold member since 2019, member 2 of 5"),
    ("note", "member 12 renewal"),
    ("note", "Aetna CVS Health plans 2024"),  # a payer's name with no id after it
    ("note", "Oscar 12345678 called"),  # a first name, not Oscar Health
    ("note", "Health Net 2024 plans"),
    ("note", "Priority shipping ID 88123456701"),  # "priority" alone is no payer
    ("note", "see Express Scripts portal"),
    ("note", "Insurance: Self Pay, no id on file"),
    ("note", "Plan: Gold, Number of visits 12345678"),
    ("note", "Insurance: pending verification; ID 4455667788 is the lead id"),
    ("note", "switched from Cigna to Aetna in 2023"),
    ("note", "member number with Aetna since 2019"),  # a year, not an id
    ("note", "member ID with my employer is EMP448213"),  # no payer named
    ("note", "United Airlines flight UA12345"),
    ("session_id", "6d92078a-8246-4ba4-ae5b-76104861e7dc"),
    ("event_timestamp", "1700000000123407"),
    ("note", "SKU-004512 x2 @ $19.99"),
    ("zip", "12345-6789"),
    ("note", "noMRN 00123456"),  # a label inside a word is no label
    ("body", "Rx 500mg twice daily"),  # a dose, not an id
    ("body", "Rx: 30 tablets, 2 refills"),
    ("note", "RxGroup 12345"),  # a plan's (no suffix after rx): not an Rx number
    # without a label word, only a bare run of digits after "patient" is its number
    ("message", "patient 2 of 3 seen"),
    ("message", "patients 12345 total"),  # a count
    ("message", "patient 1234 seen"),  # too short for a record number
    ("message", "patient 12345-6789 billed"),
    ("message", "patient 60614.5 miles"),
    ("message", "patient A12345 flagged"),  # letters need a label word ("patient id")
    # when a GA4 user property was set, not the member id it holds (users_ export)
    ("user_properties.member_id.value.set_timestamp_micros", "1709251200000000"),
    # a UK NHS number needs its word and its check digit; a trust's number is no patient's
    ("note", "NHS no. 943 476 5918"),
    ("note", "ref 943 476 5919"),
    ("note", "NHS Trust 943 476 5919"),
]


test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)


def test_ga4_event_row_is_clean(engine: Engine) -> None:
    row = {
        "event_timestamp": 1700000000123407,
        "event_params": [
            {"key": "ga_session_id", "value": {"int_value": 1700000007}},
            {"key": "ga_session_number", "value": {"int_value": 12}},
            {
                "key": "page_location",
                "value": {"string_value": "https://x.com/plans?plan=1234567893"},
            },
        ],
    }
    assert engine.scan([row], source="t").findings.num_rows == 0


def test_scores_and_kinds(engine: Engine) -> None:
    text = "1EG4-TE5-MK73 | Medicare ID: 3CD5-FG7-HJ89 | NPI 1234567893 | 1245-319-599"
    rows = engine.scan([{"note": text}], source="t").findings.to_pylist()
    got = {text[r["start"] : r["end"]]: (r["detector"], round(r["score"], 2)) for r in rows}
    assert got["3CD5-FG7-HJ89"] == ("regex", 0.95)
    assert got["1234567893"] == ("checksum", 1.0)
    rows = engine.scan([{"note": "x 1EG4-TE5-MK73 / 1245-319-599"}], source="t").findings
    assert sorted(zip(rows["detector"].to_pylist(), rows["score"].to_pylist(), strict=True)) == [
        ("checksum", pytest.approx(0.7)),
        ("regex", pytest.approx(0.85)),
    ]


def test_keyed_id_keywords_are_in_every_match() -> None:
    """``_keyed_values`` skips a kind for ASCII text without one of its keywords; every
    label spelling its pattern accepts (random mixes of label pieces, in any case) holds one."""
    rng = random.Random(3)
    pieces = [
        "MRN", "mr", " #", "Medical", "record", "s", "med", ".", "rec", "ord", "Patient", "chart",
        "insurance", "member", "subscriber", "policy", "health", "plan", "rx", "group", "ad ",
        "prescription", "Medicaid", "medicare", "beneficiary", "HICN", "mbi", "encounter", "claim",
        "_", "-", " ", ": ", "number", "no", "id", "#", "A1234567", "00123456", "W99887766",
    ]  # fmt: skip
    texts = []
    for _ in range(60_000):
        text = "".join(rng.choices(pieces, k=rng.randint(2, 7)))
        texts.append(text.upper() if rng.random() < 0.3 else text)
    for kind in medical_ids.KEYED_IDS:
        matched = [t for t in texts if kind.pattern.search(t)]
        assert len(matched) > 10, kind.entity
        assert all(any(w in t.lower() for w in kind.keywords) for t in matched), kind.entity


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a help desk's SLA policy and other system policies are not insurance policies
        ({"sla_policy": {"id": 360000123}}, []),
        ({"sla_policy_id": "360000123"}, []),
        ({"retention_policy_id": "RP-2024-0001"}, []),
        ({"policy_id": "ABC123456"}, [("policy_id", "HEALTH_PLAN_ID")]),
        ({"insurance": {"policy_id": "XYZ884210457"}}, [("insurance.policy_id", "HEALTH_PLAN_ID")]),
        # an 834's master (group) policy: the employer's contract, on every member's row
        ({"REF_38": {"master_policy_number_02": "H48221"}}, []),
        ({"master_policy_number": "H48221"}, []),
        # a school's student-accident policy: the institution's contract on every claim
        ({"School Policy Number": "SAP-44180-25"}, []),
        ({"Policy Number (school)": "SAP-44180-25"}, []),
    ],
)
def test_system_policies_are_no_plan_ids(engine: Engine, record: dict, expected: list) -> None:
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["field"], r["entity"]) for r in rows] == expected


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a product's code under a claim is the drug's, not the claim's id
        ({"claim": {"product_id": "00169413013"}}, []),
        ({"claim": {"product_code": "00169413013"}}, []),
        # the claim's own id stays the person's
        ({"claim": {"claim_id": "240930118822701"}}, [("claim.claim_id", "OTHER_ID")]),
    ],
)
def test_a_claims_product_id_is_no_claim_id(record: dict, expected: list) -> None:
    engine = Engine(EngineConfig(ner=False))
    rows = engine.scan([record], source="t").findings.to_pylist()
    assert [(r["field"], r["entity"]) for r in rows] == expected
