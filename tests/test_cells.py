"""Flattening records into cells: field paths, hint paths, URL pieces and offset maps."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from detectors.cells import (
    _decode_runs,
    decode_query_value,
    decode_with_map,
    flatten,
    fold,
    iter_leaves,
    looks_like_form,
    looks_like_url,
    nested_label,
    query_pieces,
    selector_field_name,
    split_url,
    split_value,
    value_text,
)
from detectors.context import path_words
from detectors.unescape import unescape


def _rows(records):
    c = flatten(records)
    return [
        (int(c.record[i]), c.paths[c.path_id[i]], c.paths[c.hint_id[i]], c.text[i])
        for i in range(len(c))
    ]


def test_paths_follow_the_contract():
    rec = {
        "event_params": [
            {"key": "page_title", "value": {"string_value": "Diabetes care"}},
            {"key": "ga_session_id", "value": {"int_value": 1700000000}},
        ],
        "context": {"page": {"url": "https://x.org/a"}},
        "First Name": "Maria",
        "tags": ["a", "b"],
    }
    rows = _rows([rec])
    paths = [r[1] for r in rows]
    assert "event_params[0].value.string_value" in paths
    assert "event_params[1].value.int_value" in paths
    assert "context.page.url" in paths
    assert "First Name" in paths
    assert "tags[1]" in paths


@pytest.mark.parametrize(
    ("record", "hint"),
    [
        (
            {"event_params": [{"key": "email", "value": {"string_value": "a@b.co"}}]},
            "event_params.email.value.string_value",
        ),
        # Google Ads lead-form webhook: the stable ``column_id`` names the answer
        (
            {
                "user_column_data": [
                    {"column_name": "Full Name", "string_value": "A B", "column_id": "FULL_NAME"}
                ]
            },
            "user_column_data.FULL_NAME.string_value",
        ),
        # Formstack submission data: ``field`` (a numeric id) names the answer, whose
        # ``value`` is not an amount
        (
            {"data": [{"field": "152334103", "value": "404-555-0193"}]},
            "data.152334103.value",
        ),
        # a waiting-room kiosk's steps: the screen names what was typed on it (urgent-care
        # probe); a step's number is no name
        (
            {"steps": [{"screen": "date_of_birth", "value": "04/09/1987"}]},
            "steps.date_of_birth.value",
        ),
        ({"wizard": [{"step": "full_name", "value": "Priya Raman"}]}, "wizard.full_name.value"),
        ({"wizard": [{"step": 3, "value": "Priya Raman"}]}, "wizard[0].value"),
        # an interpreting vendor's custom fields: the display label names the value, when
        # no machine name stands beside it
        (
            {"customFields": [{"label": "MRN", "value": "E7741029"}]},
            "customFields.MRN.value",
        ),
        (
            {"customFields": [{"name": "cf_12", "label": "MRN", "value": "E7741029"}]},
            "customFields.cf_12.value",
        ),
        # Typeform answers: the question's ``ref`` names the typed value
        (
            {
                "answers": [
                    {
                        "field": {"id": "KoJx", "ref": "dob", "type": "date"},
                        "type": "date",
                        "date": "1985-06-02",
                    }
                ]
            },
            "answers.dob.value",
        ),
        # a default (UUID) ref says nothing: the question's type names it
        (
            {
                "answers": [
                    {
                        "field": {"id": "Ph9W", "ref": "6a1b2c3d-4e5f", "type": "phone_number"},
                        "type": "phone_number",
                        "phone_number": "+17735550142",
                    }
                ]
            },
            "answers.phone_number.value",
        ),
        # Facebook Lead Ads (Graph API lead retrieval): each answer's ``values`` list
        (
            {"field_data": [{"name": "full_name", "values": ["A B"]}]},
            "field_data.full_name.values[0]",
        ),
        # Monday.com's column values: the column's title (chosen by staff) names the text
        (
            {
                "column_values": [
                    {
                        "id": "text4",
                        "type": "text",
                        "text": "Migraine with aura",
                        "value": '"Migraine with aura"',
                        "column": {"title": "Referral Dx"},
                    }
                ]
            },
            "column_values.Referral Dx.value",
        ),
    ],
    ids=[
        "ga4-event-params",
        "google-ads-lead-form",
        "formstack-data",
        "kiosk-screen",
        "wizard-step",
        "wizard-step-number",
        "vendor-custom-field-label",
        "label-after-machine-name",
        "typeform-ref",
        "typeform-type",
        "facebook-lead-ads",
        "monday-column-values",
    ],
)
def test_key_value_lists_put_the_parameter_name_in_the_hint_path(record, hint):
    rows = _rows([record])
    value_row = next(r for r in rows if r[2] == hint)
    leaf = value_row[1].split(".")[-1]
    assert leaf in {"string_value", "value", "date", "phone_number", "values[0]", "text"}
    assert [(p, h) for p, h, _v in iter_leaves(record)] == [(r[1], r[2]) for r in rows]


@pytest.mark.parametrize(
    ("record", "hint"),
    [
        # a dietitian platform's charting form (Healthie's ``form_answers``): the printed
        # label names the answer beside it
        (
            {"form_answers": [{"label": "Food allergies", "answer": "Tree nuts"}]},
            "form_answers.Food allergies.value",
        ),
        # an event registration's custom questions: the question names the answer
        (
            {"answers": [{"question_id": "7", "question": "Phone", "answer": "614-555-0111"}]},
            "answers.Phone.value",
        ),
        # an answer without a label or a question stays a list item's
        ({"answers": [{"answer": "Tree nuts", "order": 2}]}, "answers[0].answer"),
        # more than four keys: a record that has a label and an answer among its fields
        (
            {"rows": [{"label": "A", "answer": "B", "c": 1, "d": 2, "e": 3}]},
            "rows[0].answer",
        ),
    ],
    ids=["form-answers-label", "registration-question", "unlabelled", "wide-record"],
)
def test_labelled_answers_read_under_their_label(record, hint):
    """A list item's ``answer`` reads under the ``label`` or ``question`` beside it."""
    rows = _rows([record])
    assert hint in {r[2] for r in rows if r[3] in {"Tree nuts", "614-555-0111", "B"}}


@pytest.mark.parametrize(
    ("record", "hints"),
    [
        # Amazon Ads Conversions API match keys: each element's ``type`` names its values
        (
            {"eventData": [{"matchKeys": [{"type": "EMAIL", "values": ["ab12"]}]}]},
            ["eventData[0].matchKeys.EMAIL.key", "eventData[0].matchKeys.EMAIL.values[0]"],
        ),
        # Criteo's Audience API: ``identifierType`` names the ``identifiers`` list
        (
            {"attributes": {"identifierType": "madid", "identifiers": ["x1", "x2"]}},
            ["attributes.identifierType", "attributes.madid[0]", "attributes.madid[1]"],
        ),
        ({"identifierType": "email", "identifiers": ["x1"]}, ["identifierType", "email[0]"]),
        # a ``type`` elsewhere names no identifier: a phone's kind, a list of things
        (
            {"phones": [{"type": "work", "value": "555"}]},
            ["phones[0].type", "phones[0].value"],
        ),
        ({"items": [{"type": "EMAIL", "value": "x"}]}, ["items[0].type", "items[0].value"]),
        # an ``identifiers`` list without a type beside it keeps its indices
        ({"identifiers": ["x1"], "kind": "email"}, ["identifiers[0]", "kind"]),
        # mParticle's profile: ``identities``, ``user_identities``, ``device_identities``
        (
            {"identities": [{"type": "customer_id", "value": "HC-1"}]},
            ["identities.customer_id.key", "identities.customer_id.value"],
        ),
        (
            {"device_identities": [{"type": "ios_idfa", "encoding": "none", "value": "x"}]},
            ["device_identities.ios_idfa.key", "device_identities.ios_idfa.encoding",
             "device_identities.ios_idfa.value"],
        ),
        # Auth0's ``identities`` have no ``type``: read as ever
        (
            {"identities": [{"provider": "auth0", "user_id": "abc"}]},
            ["identities[0].provider", "identities[0].user_id"],
        ),
    ],
    ids=["amazon-match-keys", "criteo-identifier-type", "criteo-top", "phone-kind", "items",
         "untyped", "mparticle-identities", "mparticle-device-identities", "auth0-identities"],
)  # fmt: skip
def test_typed_identifier_lists_put_the_kind_in_the_hint_path(record, hints):
    rows = _rows([record])
    assert [r[2] for r in rows] == hints
    assert [(p, h) for p, h, _v in iter_leaves(record)] == [(r[1], r[2]) for r in rows]


def test_a_labelled_answer_object_reads_under_its_question_label():
    """Jotform's submissions API keys answers by question id, the label beside the answer:
    the label replaces the id in the hint path; the answer reads as ``value``, the
    question's other keys as name leaves. An object without an ``answer`` is not one."""
    record = {
        "answers": {
            "3": {
                "name": "patientName",
                "order": "2",
                "text": "Patient Name",
                "type": "control_fullname",
                "answer": {"first": "Maria", "last": "Gonzalez"},
                "prettyFormat": "Maria Gonzalez",
            },
            "4": {"name": "email", "text": "E-mail", "answer": "m@example.org"},
            "5": {"text": "Note", "value": "x"},
        }
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["answers.3.answer.first"] == "answers.Patient Name.value.first"
    assert hints["answers.3.prettyFormat"] == "answers.Patient Name.value"
    assert hints["answers.3.name"] == "answers.Patient Name.key"
    assert hints["answers.3.text"] == "answers.Patient Name.key"
    assert hints["answers.4.answer"] == "answers.E-mail.value"
    assert hints["answers.5.value"] == "answers.5.value"
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())


def test_a_typeform_answer_is_a_pair_but_an_answer_without_its_question_is_not():
    """The question object is the name leaf (``key``); a list element that merely has a
    ``type`` and a ``text`` (a chat message) is no answer."""
    record = {
        "answers": [
            {"field": {"id": "a", "ref": "email", "type": "email"}, "type": "email", "email": "x"}
        ],
        "messages": [{"type": "text", "text": "hello"}],
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["answers[0].email"] == "answers.email.value"
    assert hints["answers[0].field.ref"] == "answers.email.key.ref"
    assert hints["answers[0].type"] == "answers.email.type"
    assert hints["messages[0].text"] == "messages[0].text"


def test_the_name_leaf_of_a_pair_reads_as_key_whatever_it_is_called():
    """Acuity's intake answers are ``{"name": label, "value": answer}``: the label's own
    hint must not be ``Emergency contact.name`` (a person's name) but the name leaf."""
    record = {
        "values": [{"fieldID": 103, "name": "Emergency contact", "value": "Ron 812-555-0199"}],
        "ids": [{"idType": "SHA256_EMAIL", "idValue": "ab"}],
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["values[0].name"] == "values.Emergency contact.key"
    assert hints["values[0].value"] == "values.Emergency contact.value"
    assert hints["values[0].fieldID"] == "values.Emergency contact.fieldID"
    assert hints["ids[0].idType"] == "ids.SHA256_EMAIL.key"
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())


def test_document_extraction_fields_read_under_their_label():
    """Document AI, Textract and textractor name an extracted value by a sibling label:
    the label replaces the list index; the reading reads as ``value``; confidences, pages,
    boxes and the entity's own ``id`` do not make the element too wide to be a pair."""
    record = {
        "key_values": [
            {"key": "Patient Name:", "value": "A B", "key_confidence": 94.1,
             "value_confidence": 91.3, "page": 1, "bbox": {"Width": 0.2}},
        ],
        "entities": [
            {"type": "date_of_birth", "mentionText": "03/17/1968", "confidence": 0.9,
             "id": "1", "normalizedValue": {"text": "1968-03-17"}},
        ],
        "IdentityDocumentFields": [
            {"Type": {"Text": "FIRST_NAME"},
             "ValueDetection": {"Text": "KAREN", "Confidence": 98.7}},
        ],
        # a wide record with a name and a value among many fields is still no pair
        "rows": [{"key": "a", "value": "b", "c": 1, "d": 2, "e": 3}],
        "tabs": [{"name": "Text", "tabLabel": "MemberID", "value": "X1", "xPosition": "40",
                  "yPosition": "210", "tabId": "9c1d"}],
    }  # fmt: skip
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["key_values[0].value"] == "key_values.Patient Name:.value"
    assert hints["key_values[0].key"] == "key_values.Patient Name:.key"
    assert hints["key_values[0].bbox.Width"] == "key_values.Patient Name:.bbox.Width"
    assert hints["entities[0].mentionText"] == "entities.date_of_birth.value"
    assert hints["entities[0].normalizedValue.text"] == "entities.date_of_birth.value.text"
    assert hints["entities[0].id"] == "entities.date_of_birth.key"
    assert hints["entities[0].type"] == "entities.date_of_birth.key"
    assert hints["IdentityDocumentFields[0].ValueDetection.Text"] == (
        "IdentityDocumentFields.FIRST_NAME.value.Text"
    )
    assert hints["IdentityDocumentFields[0].Type.Text"] == (
        "IdentityDocumentFields.FIRST_NAME.key.Text"
    )
    assert hints["rows[0].value"] == "rows[0].value"
    assert hints["tabs[0].value"] == "tabs.MemberID.value"  # a DocuSign tab, by its label
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())


def test_a_docusign_tab_reads_under_its_label_however_many_keys_it_has():
    """An envelope export's tab carries two dozen drawing keys beside its label and value:
    the value and the original value read under the label, the drawing keys and the tab's
    ids as name leaves, so no font, position or tab id is read as the signer's data."""
    drawing = {f"k{i}": "x" for i in range(14)}
    tab = {"tabLabel": "MemberID", "value": "XQH482913305", "originalValue": "XQH482913305",
           "xPosition": "120", "font": "helvetica", "tabId": "9f1c2a4e", "name": "Text",
           **drawing}  # fmt: skip
    record = {"recipients": {"signers": [{"tabs": {"textTabs": [tab]}}]}}
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    base = "recipients.signers[0].tabs.textTabs"
    assert hints[f"{base}[0].value"] == f"{base}.MemberID.value"
    assert hints[f"{base}[0].originalValue"] == f"{base}.MemberID.value"
    for key in ("xPosition", "font", "tabId", "name", "k3"):
        assert hints[f"{base}[0].{key}"] == f"{base}.MemberID.key", key
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())
    # a wide list element with a ``value`` but no tab label is still no pair
    wide = {"rows": [{"label": "MemberID", "value": "X1", **drawing}]}
    assert {h for _r, _p, h, _t in _rows([wide])} >= {"rows[0].value"}


def test_a_wordpress_meta_row_reads_as_its_key():
    """``wp_postmeta`` keeps an order's fields one per row: the row's ``meta_value`` reads
    as its ``meta_key`` (``_billing_phone.meta_value``); the paths stay the columns', and
    other records of the chunk are read as ever."""
    rows = [
        {"meta_id": 1, "post_id": 7, "meta_key": "_billing_phone", "meta_value": "555"},
        {"meta_id": 2, "post_id": 7, "meta_key": "_billing_first_name", "meta_value": "Ann"},
        {"meta_key": "_x", "meta_value": "v", "a": 1, "b": 2, "c": 3, "d": 4, "e": 5},
        {"email": "a@b.co"},
    ]
    got = [(r, path, hint) for r, path, hint, _t in _rows(rows)]
    assert got[:4] == [
        (0, "meta_id", "_billing_phone.meta_id"),
        (0, "post_id", "_billing_phone.post_id"),
        (0, "meta_key", "_billing_phone.key"),
        (0, "meta_value", "_billing_phone.meta_value"),
    ]
    assert (1, "meta_value", "_billing_first_name.meta_value") in got
    assert (2, "meta_value", "meta_value") in got  # seven columns: no pair row
    assert (3, "email", "email") in got
    for i, record in enumerate(rows):
        mine = [(p, h) for r, p, h in got if r == i]
        assert [(p, h) for p, h, _v in iter_leaves(record)] == mine


def test_a_field_history_row_reads_its_old_and_new_values_as_the_field():
    """Salesforce's ``ContactHistory`` and an audit log's ``field_changed`` rows: the old
    and new values read as the field the row names (``FirstName.value``); the row's other
    columns keep their own names, and a row without an old or a new value is read as ever."""
    rows = [
        {"ContactId": "003x", "Field": "FirstName", "OldValue": "Jon", "NewValue": "John"},
        {"field_changed": "patient_name", "old_value": "Jon Smyth", "timestamp": "t"},
        {"Field": "a.b", "OldValue": "x"},
        {"Field": "Phone", "value": "x"},
    ]
    got = [(r, path, hint) for r, path, hint, _t in _rows(rows)]
    assert got == [
        (0, "ContactId", "ContactId"),
        (0, "Field", "Field"),
        (0, "OldValue", "FirstName.value"),
        (0, "NewValue", "FirstName.value"),
        (1, "field_changed", "field_changed"),
        (1, "old_value", "patient_name.value"),
        (1, "timestamp", "timestamp"),
        (2, "Field", "Field"),
        (2, "OldValue", "OldValue"),
        (3, "Field", "Field"),
        (3, "value", "value"),
    ]
    for i, record in enumerate(rows):
        mine = [(p, h) for r, p, h in got if r == i]
        assert [(p, h) for p, h, _v in iter_leaves(record)] == mine


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {"Field": "Birthdate", "OldValue": "1961-03-11", "NewValue": "1961-03-12"},
            {("OldValue", "DATE"), ("NewValue", "DATE")},
        ),
        ({"Field": "MobilePhone", "NewValue": "(614) 555-0192"}, {("NewValue", "PHONE")}),
        (
            {"field_changed": "patient_name", "old_value": "Jon Smyth", "new_value": "John Smythe"},
            {("old_value", "NAME"), ("new_value", "NAME")},
        ),
        # a status or an amount changed names nobody
        ({"Field": "Status", "OldValue": "Open", "NewValue": "Closed"}, set()),
        ({"field": "Amount", "old_value": "120.00", "new_value": "140.00"}, set()),
    ],
)
def test_a_field_history_row_is_scanned_as_its_field(engine_no_ner, record, expected):
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == expected


def test_typed_identifier_columns_read_as_their_kind():
    """An identity graph's edge list names each id's kind in a column beside it
    (``from_id_type`` / ``from_id``): the id reads as ``<kind>.value``; the type column and
    the row's other columns keep their names, and a type column without its value column,
    a blank or a long kind changes nothing."""
    rows = [
        {"from_id_type": "email", "from_id": "a@b.org", "to_id_type": "gaid", "to_id": "g1"},
        {"identifier_type": "phone", "identifier": "x", "score": "0.9"},
        {"to_id_type": "gaid", "other": "y"},
        {"id_type": " ", "id_value": "z"},
        {"id_type": "a kind written as a whole sentence, far too long to be one", "id_value": "z"},
    ]
    got = [(r, path, hint) for r, path, hint, _t in _rows(rows)]
    assert got == [
        (0, "from_id_type", "from_id_type"),
        (0, "from_id", "email.value"),
        (0, "to_id_type", "to_id_type"),
        (0, "to_id", "gaid.value"),
        (1, "identifier_type", "identifier_type"),
        (1, "identifier", "phone.value"),
        (1, "score", "score"),
        (2, "to_id_type", "to_id_type"),
        (2, "other", "other"),
        (3, "id_type", "id_type"),
        (3, "id_value", "id_value"),
        (4, "id_type", "id_type"),
        (4, "id_value", "id_value"),
    ]
    for i, record in enumerate(rows):
        mine = [(p, h) for r, p, h in got if r == i]
        assert [(p, h) for p, h, _v in iter_leaves(record)] == mine


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            {
                "from_id_type": "email",
                "from_id": "jkwarteng@gmail.com",
                "to_id_type": "gaid",
                "to_id": "b8d2f1c4-7e3a-4a9d-9c1e-5f6a7b8c9d0e",
                "match_score": "0.97",
            },
            {("from_id", "EMAIL"), ("to_id", "DEVICE_ID")},
        ),
        (
            {"identifier_type": "customer_id", "identifier": "HC-2209187"},
            {("identifier", "OTHER_ID")},
        ),
        # a kind that names no identifier leaves the value to its content
        ({"from_id_type": "segment", "from_id": "1048823", "to_id_type": "x", "to_id": "7"}, set()),
    ],
    ids=["edge-email-gaid", "customer-id", "no-identifier-kind"],
)
def test_typed_identifier_columns_are_scanned_as_their_kind(engine_no_ner, record, expected):
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == expected


def _expectation(column: object, values: list, **result: object) -> dict:
    """A Great Expectations-like validation result of one column's check."""
    return {
        "expectation_config": {"expectation_type": "expect_x", "kwargs": {"column": column}},
        "result": {"element_count": 100, "partial_unexpected_list": values, **result},
        "success": False,
    }


def test_a_checks_failing_values_read_as_its_column():
    """A validation result's sample lists read as the checked column's values; its counts
    as name leaves; a check of no single column (or a dotted one) is read as ever."""
    rows = [
        _expectation("first_name", ["Lorena"]),
        {"results": [_expectation("customer_id", ["HC-1"], unexpected_list=["HC-2"])]},
        _expectation(7, ["x"]),
        _expectation("patients.email", ["y"]),
    ]
    got = [(r, path, hint) for r, path, hint, _t in _rows(rows)]
    hints = {(r, path): hint for r, path, hint in got}
    assert hints[(0, "result.partial_unexpected_list[0]")] == "result.first_name[0]"
    assert hints[(0, "result.element_count")] == "result.key"
    assert hints[(0, "expectation_config.kwargs.column")] == "expectation_config.kwargs.column"
    assert hints[(1, "results[0].result.unexpected_list[0]")] == "results[0].result.customer_id[0]"
    assert hints[(2, "result.partial_unexpected_list[0]")] == "result.partial_unexpected_list[0]"
    assert hints[(3, "result.partial_unexpected_list[0]")] == "result.partial_unexpected_list[0]"
    for i, record in enumerate(rows):
        mine = [(p, h) for r, p, h in got if r == i]
        assert [(p, h) for p, h, _v in iter_leaves(record)] == mine


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        (
            _expectation("customer_id", ["HC-2209187", "HC-2210044"]),
            {
                ("result.partial_unexpected_list[0]", "OTHER_ID"),
                ("result.partial_unexpected_list[1]", "OTHER_ID"),
            },
        ),
        (_expectation("first_name", ["Lorena"]), {("result.partial_unexpected_list[0]", "NAME")}),
        # a code column's or a status column's failing values name nobody; counts neither
        (_expectation("order_status", ["shiped", "cancled"]), set()),
        (_expectation("sku", ["SKU-001"], unexpected_count=2, unexpected_percent=0.01), set()),
    ],
    ids=["customer-ids", "first-names", "statuses", "skus"],
)
def test_a_checks_failing_values_are_scanned_as_its_column(engine_no_ner, record, expected):
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == expected


def test_a_tables_rows_read_as_their_schemas_columns():
    """Meta's custom-audience upload: ``schema`` names the columns of the ``data`` rows, so
    each value reads as its column; a row longer than the schema keeps its index, and a
    ``schema`` that is no list of column names changes nothing."""
    rows = [
        {"payload": {"schema": ["EMAIL_SHA256", "MADID"], "data": [["h1", "m1", "x"]]}},
        {"schema": "public", "data": ["a"]},
        {"schema": ["a.b"], "data": [["v"]]},
    ]
    got = [(r, path, hint) for r, path, hint, _t in _rows(rows)]
    assert got == [
        (0, "payload.schema[0]", "payload.schema[0]"),
        (0, "payload.schema[1]", "payload.schema[1]"),
        (0, "payload.data[0][0]", "payload.data[0].EMAIL_SHA256"),
        (0, "payload.data[0][1]", "payload.data[0].MADID"),
        (0, "payload.data[0][2]", "payload.data[0][2]"),
        (1, "schema", "schema"),
        (1, "data[0]", "data[0]"),
        (2, "schema[0]", "schema[0]"),
        (2, "data[0][0]", "data[0][0]"),
    ]
    for i, record in enumerate(rows):
        mine = [(p, h) for r, p, h in got if r == i]
        assert [(p, h) for p, h, _v in iter_leaves(record)] == mine


def test_a_custom_audience_upload_is_scanned_by_its_schema(engine_no_ner):
    record = {
        "payload": {
            "schema": ["EMAIL_SHA256", "PHONE_SHA256", "MADID"],
            "data": [
                [
                    hashlib.sha256(b"a@b.org").hexdigest(),
                    hashlib.sha256(b"13125550199").hexdigest(),
                    "9c4e2a7b-3f1d-4b8e-a6c0-5d7f9e1b3a2c",
                ]
            ],
        },
        "session": {"session_id": 9204412, "batch_seq": 1},
    }
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == {
        ("payload.data[0][0]", "HASHED_ID"),
        ("payload.data[0][1]", "HASHED_ID"),
        ("payload.data[0][2]", "DEVICE_ID"),
    }


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a FHIR DocumentReference's note and a Binary resource: text is decoded and read
        (
            {"content": [{"attachment": {"contentType": "text/plain", "data": _b64(
                "Assessment: community-acquired pneumonia, start amoxicillin")}}]},
            {("content[0].attachment.data", "HEALTH_CONDITION"),
             ("content[0].attachment.data", "MEDICATION")},
        ),
        (
            {"resourceType": "Binary", "contentType": "text/plain; charset=utf-8",
             "data": _b64("Patient Maria Lopez, DOB 03/14/1962")},
            {("data", "NAME"), ("data", "DATE")},
        ),
        # an image, a PDF or a value that is no base64 is not decoded
        ({"contentType": "image/png", "data": _b64("asthma exacerbation")}, set()),
        ({"contentType": "application/pdf", "data": _b64("asthma exacerbation")}, set()),
        ({"contentType": "text/plain", "data": "not base64!"}, set()),
        # a ``data`` beside no content type is read as written
        ({"data": _b64("asthma exacerbation")}, set()),
    ],
)  # fmt: skip
def test_a_text_attachment_is_read_decoded(engine_no_ner, record, expected):
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert {(r["field"], r["entity"]) for r in rows} == expected


def test_a_finding_in_a_text_attachment_covers_the_whole_encoded_value(engine_no_ner):
    data = _b64("Seen for migraine. Call 312-555-0188.")
    rows = engine_no_ner.scan([{"contentType": "text/plain", "data": data}], source="t")
    spans = {(r["start"], r["end"]) for r in rows.findings.to_pylist()}
    assert spans == {(0, len(data))}


@pytest.mark.parametrize(
    ("selector", "name"),
    [
        ("input#dob", "dob"),
        ('form#intake > input[name="insurance_member_id"]', "insurance_member_id"),
        ("#appointment-form input[name=first_name]", "first_name"),
        ("input#f12[name='patient_phone']", "patient_phone"),  # name before id
        ("div.field > input[aria-label='Date of birth']", "Date of birth"),
        ("input[autocomplete=email].form-control", "email"),
        ("#step2 .answer textarea#symptoms", "symptoms"),  # the last compound
    ],
)
def test_a_selector_names_its_input(selector, name):
    assert selector_field_name(selector) == name


@pytest.mark.parametrize("selector", ["a.btn-schedule", "div > button", "body", "_blank", ""])
def test_a_selector_without_a_field_names_nothing(selector):
    assert selector_field_name(selector) is None


def test_session_replay_events_put_the_input_in_the_hint_path():
    """A replay or form-analytics export logs each input's value beside its selector; the
    selector names the field, as GA4's ``key`` does. A click on a link names nothing."""
    record = {
        "events": [
            {"type": "change", "target": "input#dob", "value": "03/14/1962"},
            {"type": "click", "target": "a.btn-schedule", "value": "Book now"},
            {"target": "_blank", "value": "x"},
        ]
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["events[0].value"] == "events.dob.value"
    assert hints["events[0].target"] == "events.dob.key"
    assert hints["events[1].value"] == "events[1].value"
    assert hints["events[2].value"] == "events[2].value"
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())


def test_a_form_tracking_event_names_its_input_by_element_id():
    """Snowplow's ``change_form`` / ``focus_form`` describe the input beside its ``value``
    (``elementId``, ``nodeName``): the element id names the value, as a selector does. A
    ``link_click`` (no ``value``) and an object without ``nodeName`` are left as they are."""
    change = {
        "formId": "self-schedule",
        "elementId": "patient-dob",
        "nodeName": "INPUT",
        "type": "text",
        "elementClasses": ["input"],
        "value": "07/22/1958",
    }
    record = {
        "unstruct_event_com_snowplowanalytics_snowplow_change_form_1": change,
        "nested": {"form": dict(change, elementId="insurance_member_id")},
        "link": {"elementId": "nav-dob", "nodeName": "A", "targetUrl": "/x"},
        "other": {"elementId": "dob", "value": "07/22/1958"},
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    key = "unstruct_event_com_snowplowanalytics_snowplow_change_form_1"
    assert hints[f"{key}.value"] == "patient-dob.value"
    assert hints[f"{key}.elementId"] == "patient-dob.key"
    assert hints[f"{key}.formId"] == "patient-dob.formId"
    assert hints["nested.form.value"] == "nested.insurance_member_id.value"
    assert hints["link.elementId"] == "link.elementId"
    assert hints["other.value"] == "other.value"
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())


_FHIR_MRN = {"type": {"coding": [{"code": "MR"}]}, "value": "A1"}
_GX_CONFIG = {"expectation_type": "x", "kwargs": {"column": "mobile_phone"}}


@pytest.mark.parametrize(
    ("key", "value", "node", "label"),
    [
        (
            "result",
            {"element_count": 3},
            {"expectation_config": _GX_CONFIG},
            ("expectation_config=mobile_phone", "result"),
        ),
        ("3", {"text": "Patient Name", "answer": "x"}, {}, ("text", "Patient Name")),
        ("author", {"type": "bot", "name": "Fin"}, {}, ("type", "author_agent")),
        (
            "target",
            {"nodeName": "INPUT", "elementId": "dob", "value": "x"},
            {},
            ("elementId", "dob"),
        ),
        ("00100010", {"vr": "PN", "Value": []}, {}, ("vr", "PatientName")),
        ("identifier", _FHIR_MRN, {}, ("type", "mrn")),
        ("identifiers", ["a"], {"identifierType": "madid"}, ("identifierType", "madid")),
        ("data", [["a"]], {"schema": ["EMAIL_SHA256"]}, ("schema=EMAIL_SHA256", "data")),
    ],
)
def test_nested_label_names_what_a_nested_value_holds(key, value, node, label):
    node = {**node, key: value}
    assert nested_label(key, value, node) == label


@pytest.mark.parametrize(
    ("key", "value", "node"),
    [
        ("result", {"element_count": 3}, {}),  # no check beside the result
        ("3", {"answer": "x"}, {}),  # an answer without its question's label
        ("author", {"type": "user", "name": "Ann"}, {}),  # the visitor, not the practice
        ("target", {"nodeName": "INPUT", "elementId": "dob"}, {}),  # no value beside it
        ("00100010", {"vr": "PN", "Value": [], "x": 1, "y": 2}, {}),  # not a DICOM attribute
        ("identifier", {"type": {"coding": [{"code": "NPI"}]}, "value": "1"}, {}),
        ("identifiers", ["a"], {}),  # no type named beside the list
        ("data", [["a"]], {"schema": ["a.b"]}),  # a dotted column is a nested path
        ("data", ({"a": 1},), {"schema": ["EMAIL"]}),  # only a list of rows is a table
        ("value", {"string_value": "x"}, {"key": "page_title"}),  # a GA4 value
        ("tags", "text", {}),  # a leaf
    ],
)
def test_nested_label_leaves_other_values_alone(key, value, node):
    node = {**node, key: value}
    assert nested_label(key, value, node) is None


def test_nulls_and_empty_strings_make_no_cells_but_records_still_count():
    c = flatten([{"a": None, "b": ""}, {"a": "x"}])
    assert len(c) == 1
    assert c.n_records == 2
    assert int(c.record[0]) == 1


@pytest.mark.parametrize(
    ("value", "text"),
    [
        (42, "42"),
        (1.5, "1.5"),
        (True, "true"),
        ("s", "s"),
        (dt.date(1985, 3, 14), "1985-03-14"),
        (None, None),
        (b"\x00\x01", None),
    ],
)
def test_value_text_is_json_text_for_scalars(value, text):
    assert value_text(value) == text


def test_url_query_values_are_separate_cells_with_exact_offsets():
    url = "https://h.org/conditions/type-2-diabetes?email=jane%40x.com&utm_source=fb#top"
    c = flatten([{"page": url}])
    pieces = {c.paths[c.hint_id[i]]: i for i in range(len(c))}
    email_cell = pieces["page?email"]
    assert c.text[email_cell] == "jane@x.com"
    start, end = c.original_span(email_cell, 0, len(c.text[email_cell]))
    assert url[start:end] == "jane%40x.com"
    # a span inside the decoded text maps back to the right code points
    start, end = c.original_span(email_cell, 5, 10)
    assert url[start:end] == "x.com"
    assert c.text[pieces["page"]] == "https://h.org/conditions/type-2-diabetes"
    assert "page?#" in pieces


def test_a_url_repeated_in_other_fields_and_records_is_split_the_same_each_time():
    url = "/book?email=jane%40x.com&q=knee+pain"
    records = [{"page": url, "ref": url}, {"page": url}]
    c = flatten(records)
    emails = [i for i in range(len(c)) if c.paths[c.hint_id[i]].endswith("?email")]
    hints = sorted(c.paths[c.hint_id[i]] for i in emails)
    assert hints == ["page?email", "page?email", "ref?email"]
    for i in emails:
        assert c.text[i] == "jane@x.com"
        start, end = c.original_span(i, 5, 10)
        assert url[start:end] == "x.com"
    assert [int(c.record[i]) for i in emails] == [0, 0, 1]


def test_split_url_pieces_cover_path_query_values_and_fragment():
    text = "/a/b?x=1&y=&z=abc#frag"
    pieces = [(n, text[s:e]) for n, s, e in split_url(text)]
    assert pieces == [(None, "/a/b"), ("x", "1"), ("z", "abc"), ("#", "frag")]


@pytest.mark.parametrize(
    ("raw", "decoded"),
    [
        ("a%40b.com", "a@b.com"),
        ("type+2+diabetes", "type 2 diabetes"),
        ("caf%C3%A9", "café"),
        ("100%", "100%"),
        ("%zz", "%zz"),
    ],
)
def test_decode_with_map_keeps_offsets(raw, decoded):
    text, omap = decode_with_map(raw)
    assert text == decoded
    assert len(omap) == len(text) + 1
    assert omap[-1] == len(raw)
    assert omap == sorted(omap)


def test_plain_text_is_not_split_as_url():
    c = flatten([{"note": "call me at 5pm / tomorrow?"}])
    assert len(c) == 1


@pytest.mark.parametrize(
    ("text", "is_url"),
    [
        ("https://x.org/p?q=type 2 diabetes&email=a%40b.org", True),  # spaces in a value
        ("/p?uid=abcd1&x=(312) 555-0143", True),
        ("?q=knee pain&utm_source=fb", True),
        ("https://x.org/my page?email=a", False),  # a space in the path: prose
        ("http://x.org/a is down? call me", False),
        ("/s/ follow-up needed?", False),
    ],
)
def test_urls_may_hold_spaces_in_query_values_only(text, is_url):
    assert looks_like_url(text) is is_url
    assert (len(flatten([{"page": text}])) > 1) is is_url


@pytest.mark.parametrize(
    ("text", "is_form"),
    [
        ("v=2&cid=987654321.1710422990&en=page_view", True),  # a GA4 hit in a sGTM log
        ("ep.patient_email=a%40b.org&up.member_id=X1", True),
        ("ud[em]=abc&ud[ph]=def", True),
        ("a=1", False),  # one pair: a setting, not a body
        ("Q&A=yes and more", False),  # prose: spaces
        ("R&D", False),
        ("https://x.org/?a=1&b=2", False),  # a URL: split as one
        ("?a=1&b=2", False),  # a bare query string: split as one
    ],
)
def test_form_bodies(text, is_form):
    assert looks_like_form(text) is is_form
    assert (query_pieces(text) is not None) is (is_form or looks_like_url(text))


def test_a_form_body_is_split_into_its_values_with_their_names():
    text = "v=2&cid=987654321.1710422990&ep.email=a%40b.org&empty="
    rows = _rows([{"query": text}])
    assert [(r[2], r[3]) for r in rows] == [
        ("query?v", "2"),
        ("query?cid", "987654321.1710422990"),
        ("query?ep.email", "a@b.org"),
    ]
    c = flatten([{"query": text}])
    email = next(i for i in range(len(c)) if c.text[i] == "a@b.org")
    assert text[slice(*c.original_span(email, 0, 7))] == "a%40b.org"


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("Medical_Record_Number__c", {"medical", "record", "number", "c"}),
        ("context.traits.firstName", {"context", "traits", "first", "name"}),
        ("event_params[3].value", {"event", "params", "value"}),
        ("Postal Code", {"postal", "code"}),
        ("user_data.em[0]", {"user", "data", "em"}),
    ],
)
def test_path_words(path, words):
    assert path_words(path) == words


#: The regex that split query strings before ``split_url`` used string splits: the
#: reference the faster code must agree with.
_QUERY_PAIR = re.compile(r"([^&=#;]*)=([^&#;]*)|[^&=#;]+")


def _reference_split_url(text: str) -> list[tuple[str | None, int, int]]:
    q, h = text.find("?"), text.find("#")
    end_main = min(x for x in (q, h, len(text)) if x >= 0)
    pieces: list[tuple[str | None, int, int]] = [(None, 0, end_main)]
    if q >= 0 and (h < 0 or q < h):
        qend = h if h > q else len(text)
        for m in _QUERY_PAIR.finditer(text, q + 1, qend):
            if m.end(2) > m.start(2):
                pieces.append((m.group(1), m.start(2), m.end(2)))
    if h >= 0 and h + 1 < len(text):
        pieces.append(("#", h + 1, len(text)))
    return pieces


_url_text = st.text(alphabet="ab=&;#?%+2C3A9éx/ ", max_size=24)


@settings(max_examples=500, deadline=None)
@given(_url_text)
def test_split_url_agrees_with_the_reference_regex(text):
    assert split_url(text) == _reference_split_url(text)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab+%2C3A9Ef0é4G ", max_size=20))
def test_the_ascii_escape_shortcut_agrees_with_the_general_decoder(raw):
    if "%" in raw or "+" in raw:
        assert decode_with_map(raw) == _decode_runs(raw)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab+%2C3A9Ef0é ", max_size=20))
def test_fast_decode_agrees_with_the_mapped_decode(raw):
    fast, slow = decode_query_value(raw), decode_with_map(raw)
    if slow is None:
        assert fast is None
        return
    text, omap = fast
    assert text == slow[0]
    assert [omap[i] for i in range(len(slow[1]))] == slow[1]
    assert len(omap) == len(slow[1])


_json_leaf = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8)
)
_json = st.recursive(
    _json_leaf,
    lambda kids: st.one_of(
        st.lists(kids, max_size=4),
        st.dictionaries(
            st.sampled_from(["a", "key", "value", "name", "b", "nodeName", "elementId"]),
            kids,
            max_size=4,
        ),
    ),
    max_leaves=20,
)


def _as_written(text: str | None) -> bool:
    """True when flattening scans ``text`` as it is (but for folding)."""
    return not text or (split_value(text, split_urls=False) is None and unescape(text) is None)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.dictionaries(st.text(max_size=4), _json, max_size=4), max_size=4))
def test_fast_flatten_matches_the_reference_walk(records):
    # values holding JSON or an encoding are split or decoded (tests/test_encoded_values.py)
    assume(all(_as_written(value_text(leaf)) for rec in records for *_, leaf in iter_leaves(rec)))
    cells = flatten(records, split_urls=False)
    got = [
        (int(cells.record[i]), cells.paths[cells.path_id[i]], cells.paths[cells.hint_id[i]], t)
        for i, t in enumerate(cells.text)
    ]
    want = [
        (r, path, hint, fold(value_text(leaf)))
        for r, rec in enumerate(records)
        for path, hint, leaf in iter_leaves(rec)
        if value_text(leaf)
    ]
    assert got == want


@pytest.mark.parametrize(
    ("value", "scanned"),
    [
        ("call 312\u2013555\u20130199", "call 312-555-0199"),  # en dashes
        ("SSN 536\u221222\u22128410", "SSN 536-22-8410"),  # minus signs
        ("312\u2011555\u20110199 or 312\u2014555\u20140199", "312-555-0199 or 312-555-0199"),
        ("DOB March\u00a014,\u202f1962", "DOB March 14, 1962"),  # no-break spaces
        ("DOB \uff10\uff13/\uff11\uff14/\uff11\uff19\uff16\uff12", "DOB 03/14/1962"),
        ("jane\uff20gmail.com", "jane@gmail.com"),  # full-width at sign
        ("O\u2019Brien \u201cJane\u201d", 'O\'Brien "Jane"'),
        # letters, accents and other scripts are no look-alikes: they stay
        ("José Núñez, Nguyễn, 東京", "José Núñez, Nguyễn, 東京"),
    ],
)
def test_look_alikes_of_ascii_are_folded_one_for_one(value, scanned):
    cells = flatten([{"notes": value}])
    assert cells.text == [scanned]
    assert len(scanned) == len(value)  # offsets still point into the original value


def test_a_decoded_url_value_is_folded_after_decoding():
    url = "https://x.org/f?phone=312%E2%80%93555%E2%80%930199"
    cells = flatten([{"page": url}])
    assert cells.text[-1] == "312-555-0199"
    assert cells.original_span(len(cells) - 1, 0, 12) == (22, len(url))


def test_an_empty_key_keeps_its_dot_so_paths_never_collide():
    """``{"": {"phone": [x]}}`` is ``.phone[0]``, not the top-level ``phone[0]``."""
    record = {"": {"phone": ["jane.doe@example.com"]}, "phone": ["312-555-0143"], "a": {"": "x"}}
    cells = flatten([record])
    got = [(cells.paths[p], t) for p, t in zip(cells.path_id, cells.text, strict=True)]
    assert got == [
        (".phone[0]", "jane.doe@example.com"),
        ("phone[0]", "312-555-0143"),
        ("a.", "x"),
    ]
    assert [(p, v) for p, _h, v in iter_leaves(record)] == got


def test_chat_message_roles_and_the_practices_parties_name_their_hint_paths():
    """An LLM log's ``system`` message is the clinic's configuration and an ``assistant``
    turn the bot's words (hint ``system_prompt`` / ``bot_reply``); a user's turn keeps its
    path. A message author of the practice's side (Intercom's ``bot`` / ``admin``) reads
    as ``author_agent``, whose name is staff's; a ``user`` author stays a person."""
    record = {
        "messages": [
            {"role": "system", "content": "You are the clinic's assistant."},
            {"role": "user", "content": "hi"},
            {"role": "assistant", "content": [{"type": "text", "text": "Hello!"}]},
            {"role": "tool", "content": "{}"},
        ],
        "parts": [
            {"author": {"type": "bot", "name": "Fin"}, "body": "Hi"},
            {"author": {"type": "user", "name": "Priya Raman"}, "body": "hello"},
        ],
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["messages[0].content"] == "messages.system_prompt.content"
    assert hints["messages[0].role"] == "messages.system_prompt.key"
    assert hints["messages[1].content"] == "messages[1].content"
    assert hints["messages[2].content[0].text"] == "messages.bot_reply.content[0].text"
    assert hints["messages[3].content"] == "messages[3].content"
    assert hints["parts[0].author.name"] == "parts[0].author_agent.name"
    assert hints["parts[0].author.type"] == "parts[0].author_agent.key"
    assert hints["parts[1].author.name"] == "parts[1].author.name"
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())


def test_a_full_docusign_tab_is_scanned_by_its_label(engine_no_ner):
    """End to end: the member id typed into a full-size tab is found by its label, in the
    value and the original value, and nothing of the tab's drawing keys is reported."""
    tab = {"tabLabel": "MemberID", "value": "XQH482913305", "originalValue": "XQH482913305",
           "xPosition": "120", "yPosition": "344", "documentId": "1", "pageNumber": "1",
           "recipientId": "1", "tabId": "9f1c2a4e-77aa-4b2e-9c3e-2f3a1c0d9e11",
           "name": "Text", "required": "true", "font": "helvetica", "fontSize": "size9",
           "maxLength": "4000", "tabType": "text", "width": "84", "height": "22"}  # fmt: skip
    rows = engine_no_ner.scan([{"textTabs": [tab]}], source="t").findings.to_pylist()
    assert sorted((r["field"], r["entity"]) for r in rows) == [
        ("textTabs[0].originalValue", "HEALTH_PLAN_ID"),
        ("textTabs[0].value", "HEALTH_PLAN_ID"),
    ]


def test_a_fhir_identifier_reads_under_its_type_coding():
    """A FHIR ``Identifier`` whose ``type.coding`` is an HL7 v2 identifier type reads as
    that type (``MR`` -> ``mrn``, ``MB`` -> ``member id``): an EHR's MRN sits under an OID
    ``system`` that says nothing. A type of a practitioner's (``NPI``) or none keeps the
    ``system`` as the pair's name."""
    oid = "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14"
    record = {
        "identifier": [
            {"use": "usual", "type": {"coding": [{"code": "MR"}]}, "system": oid, "value": "E1"},
            {"type": {"coding": [{"system": "v2-0203", "code": "MB"}]}, "value": "X2"},
            {"type": {"coding": [{"code": "NPI"}]}, "system": "us-npi", "value": "1"},
            {"type": {"text": "Medical Record"}, "system": "mrn", "value": "E3"},
        ]
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["identifier[0].value"] == "identifier.mrn.value"
    assert hints["identifier[0].type.coding[0].code"] == "identifier.mrn.key.coding[0].code"
    assert hints["identifier[0].system"] == "identifier.mrn.system"
    assert hints["identifier[1].value"] == "identifier.member id.value"
    assert hints["identifier[2].value"] == "identifier.us-npi.value"
    assert hints["identifier[3].value"] == "identifier.mrn.value"  # its system, as before
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())


def test_a_fhir_patients_typed_identifiers_are_found(engine_no_ner) -> None:
    """The MRN and member id of a FHIR ``Patient`` are found by their type coding; a
    ``system`` URI and a type code are no findings."""
    record = {
        "identifier": [
            {
                "type": {"coding": [{"code": "MR"}]},
                "system": "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14",
                "value": "E4471920",
            },
            {"type": {"coding": [{"code": "MB"}]}, "value": "XJH829104417"},
        ]
    }
    rows = engine_no_ner.scan([record], source="t").findings.to_pylist()
    assert sorted((r["field"], r["entity"]) for r in rows) == [
        ("identifier[0].value", "MRN"),
        ("identifier[1].value", "HEALTH_PLAN_ID"),
    ]


def test_a_single_fhir_identifier_reads_under_its_type_coding(engine_no_ner) -> None:
    """A reference's or a bundle's one ``identifier`` object (not a list) reads under its
    type coding as a list's items do: ``subject.identifier`` with ``MR`` is the patient's
    MRN. A practitioner's type (``NPI``) or none keeps the key, as before."""
    oid = "urn:oid:1.2.840.114350.1.13.861.1.7.5.737384.14"
    record = {
        "resourceType": "Encounter",
        "subject": {
            "identifier": {
                "type": {"coding": [{"code": "MR"}]},
                "system": oid,
                "value": "E2291043",
            },
            "display": "Jane Roe",
        },
        "participant": {"identifier": {"type": {"coding": [{"code": "NPI"}]}, "value": "1"}},
        "identifier": {"system": "http://example.org/encounters", "value": "ENC-44"},
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["subject.identifier.value"] == "subject.mrn.value"
    assert hints["participant.identifier.value"] == "participant.identifier.value"
    assert hints["identifier.value"] == "identifier.value"
    assert [(p, h) for p, h, _v in iter_leaves(record)] == list(hints.items())
    top = {"identifier": {"type": {"coding": [{"code": "MR"}]}, "value": "E4471920"}}
    rows = engine_no_ner.scan([record, top], source="t").findings.to_pylist()
    assert ("subject.identifier.value", "MRN") in {(r["field"], r["entity"]) for r in rows}
    assert ("identifier.value", "MRN") in {(r["field"], r["entity"]) for r in rows}


def test_a_pascal_case_pair_reads_under_its_label():
    """The same key/value pair written PascalCase (a document-extraction export's
    ``KeyValues = [{"Key": ..., "Value": ...}]``: the home health probe's CMS-485) reads
    under its label, as the lower-case pair does; an element without ``Value`` is none."""
    record = {
        "KeyValues": [{"Key": "Start Of Care Date", "Value": "09/23/2024"}],
        "Items": [{"Key": "Start Of Care Date", "Count": 2}],
    }
    hints = {path: hint for _r, path, hint, _t in _rows([record])}
    assert hints["KeyValues[0].Value"] == "KeyValues.Start Of Care Date.Value"
    assert hints["KeyValues[0].Key"] == "KeyValues.Start Of Care Date.key"
    assert hints["Items[0].Count"] == "Items[0].Count"
