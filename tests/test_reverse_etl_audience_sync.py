"""Reverse ETL, audience sync and CDP identity-resolution exports.

A blind probe, written by hand before reading the detectors: what data-activation tools
export when a health company syncs warehouse models to ad and CRM destinations.
Hightouch-like sync changelogs (a failed row's ``fields``, its ``failure_reason``) and run
objects (``plannedRows``, ``failedRows``, ``error``), Census-like rejected-record exports and
run summaries, RudderStack-like failed events with the destination's error body, Salesforce
Bulk API failed-results CSVs (``sf__Id``, ``sf__Error``), Klaviyo-, Braze- and
Iterable-like destination errors and responses, Meta custom-audience upload batches
(``schema`` / ``data``), audience membership deltas (added and removed rows with hashed
emails and MAIDs, a Segment Engage-like ``Audience Exited`` event, an mParticle-like
audience membership firehose batch, a Tealium AudienceStream-like visitor webhook),
identity-resolution graphs and merge events (a profile with linked emails, phones, device,
cookie and customer ids and their match confidence; an edge list), CDP profile exports with
computed traits (``interested_in_ivf``, ``days_since_last_appointment``), mParticle-like
profile API responses, data-quality failures (Great Expectations-like
``partial_unexpected_list``, dbt stored failures, Soda-like failed-row samples). With the
clean rows around them: schema mappings, sync configurations with model SQL and schedules,
run summaries of counts, rate-limit logs, audience and trait definitions, identity-resolution
rules, connector version lists and a sync alert.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding and :data:`ANY_ID` any identifier entity. Values are made up; field
names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A synced row is the person's row, wherever the tool keeps it.** A changelog's or a
  rejected record's payload (``fields``, ``row_data``, a request body, a failed event's
  ``payload``) is read as the model's export would be: a person's email, phone, name, ZIP
  and date of birth are found, and the model's health columns (``last_diagnosis_category``,
  ``primary_condition``, ``last_rx``, ``lastVisitReason``) make it PHI.
- **A model's health dates are the person's**: ``rx_refill_due``, ``Rx_Refill_Due__c``,
  ``last_appointment_date``, ``lastVisitDate``, ``cpap_resupply_due`` are DATE. A count of
  days (``days_since_last_appointment``: 42) is never a finding.
- **An error text holds what it quotes.** A destination error that echoes a phone or an
  email (``Invalid phone number for contact 8834: +1 (312) 555-0143``) reports it as PHONE or
  EMAIL on the error field; an error that names only a field path, a code or a count
  (``at operations[2].create.user_identifiers[0].hashed_phone_number``, ``INVALID_PHONE``,
  ``429 Too Many Requests``) is no finding, and a vendor's documented example number in an
  error (Klaviyo's ``+12345678901``) is nobody's phone.
- **An audience or computed trait named for a condition, a drug or a service is health
  context of the person on its row** ("GLP-1 lapsed patients", "IVF consult - no show",
  a Segment ``audience_key`` of ``ivf_consult_no_show_30d``), as the ad probes decided for
  audience segments and as the README has the dictionary read machine ids. A boolean
  computed trait whose key names a procedure or a test (``interested_in_ivf``: true,
  ``amh_test_ordered``: true) is HEALTH on that field: the key is the statement, the value
  its answer. The same names in a definition, a config or an alert with no person are
  health words (neither expected nor forbidden) and never PHI.
- **Hashes and device ids**: a SHA-256 of an email or phone is HASHED_ID; a MAID (IDFA,
  GAID) is DEVICE_ID, whether labelled ``madid`` or standing in a Meta upload's ``data``
  row under its ``schema``.
- **Identity graphs**: a profile's linked identifiers are found as what they are (EMAIL,
  PHONE, DEVICE_ID for IDFA/GAID, ONLINE_ID for cookie ids, OTHER_ID|ONLINE_ID for a
  customer id), also when the key is a generic ``value`` beside a ``type``. A CDP's own
  profile id (mParticle ``mpid``, Tealium ``visitor_id``, a Segment ``canonical_id``, a
  ``profile_id``) is ONLINE_ID|OTHER_ID; a customer's ``userId`` / ``external_id`` /
  ``user_id`` is ONLINE_ID|OTHER_ID; a model's primary key holding a patient or customer
  id (``row_id``, ``Record ID``, ``patient_id``) is OTHER_ID|MRN|ONLINE_ID. Match
  confidences, match types and rule names are no findings. A graph with no health is
  identified and not PHI.
- **The tools' bookkeeping is never a finding**: sync, run, model, destination, audience,
  workspace, source, job and batch ids; Meta session ids and fbtrace ids; request and
  correlation ids; counts and ratios; cron schedules; connector and API versions;
  destination object names; every machine clock (``created_at``, ``synced_at``,
  ``receivedAt``, ``timestamp_ms``, a membership's ``added_at``, a release date of a
  connector). An epoch-millisecond date of a visitor's attribute (Tealium ``dates``) is
  left unscored.
- **Schema is not data**: a mapping's column names (``last_diagnosis_category`` ->
  ``Diagnosis_Category__c``), a model's SQL text that names columns and filters on a drug
  class, a primary key's name, a regex of a check, a column name in a check's kwargs hold
  no person's value: no identifier. An identity-resolution rule's blocked sentinel values
  (``test@example.com``) are nobody's.
- **Data-quality samples are data** (the warehouse probe): failing phones in a
  ``partial_unexpected_list`` are PHONE, a failed-row sample's values are found as the
  row's; a sample of diagnosis values with no person is health and no PHI.
- **The workspace user is the workforce**: an ``actor_email`` who triggered a sync of a
  health-named model is neither expected nor forbidden, but does not make the audit row a
  PHI record (the warehouse probe's analyst).
- **A web visitor's page on a condition** beside their cookie ids and IP is PHI (the
  tracking probes).

After reading the detectors no blind expectation was changed (:data:`_DECIDED` is empty):
the project had decided nothing these rows contradict. What the work built, each with its
unit test: mParticle's ``identities``, ``user_identities`` and ``device_identities`` lists
read as typed identifiers (``{"type": "customer_id", "value": ...}``, as Amazon's match
keys are), and an identity graph's typed id columns (``from_id_type`` / ``from_id``,
``to_id_type`` / ``to_id``, ``identifier_type`` / ``identifier``) read each id as its kind
(detectors/cells.py); a data-quality check's failing values read as the column the check
names (Great Expectations' ``expectation_config.kwargs.column`` over
``result.partial_unexpected_list``: it closed tests/test_warehouse_query_logs.py's open
ICD-10 row too) and a table sent as a ``schema`` list and positional ``data`` rows (Meta's
custom-audience upload) reads each value as its column (detectors/cells.py); identity
resolution's stitched ids (``canonical_id``, ``rudder_id``, ``amperity_id``) as ONLINE_ID and
mParticle's ``android_uuid`` as DEVICE_ID (detectors/field_names.py); a CDP's computed
interest traits (``interested_in_ivf`` = true, ``in_market_for_hearing_aids``) and a
service ordered, scheduled, booked, completed or due (``amh_test_ordered``,
``colonoscopy_due``) as health flags (detectors/grid_answers.py); ten digits running up or
down (Klaviyo's example ``+12345678901``) as a placeholder, not a phone
(detectors/phone.py); and two vocabulary terms ("colorectal screening", "CRC screening").
Three records are left open (:data:`LEFT_ALONE`), each with its reason: a sync log's bare
``row_id``, a workspace audit row's ``actor_email`` beside a health-named sync (its PHI
verdict), and an identity-resolution config's blocked ``test@example.com``.

Figures (misses / false findings / records wrong), NER off: SHAPES (30 records, 90 pairs),
blind 12 / 1 / 9; after the work 1 / 1 / 3 (all in LEFT_ALONE). HELD_OUT (10 records, 29
pairs), blind before any work 4 / 1 / 3; scored once after the work on SHAPES: 3 / 1 / 2
(the SHAPES rules closed one held-out record); after two rules that generalise
(sequential placeholder numbers, a schema's positional rows): 0 / 0 / 0.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions
from helpers import sha256_hex as _sha

#: Any identifier entity: for codes and numbers that may be read as health but name no one.
ANY_ID = (
    "NAME|LOCATION|ZIP_CODE|DATE|AGE_OVER_89|PHONE|FAX|EMAIL|SSN|MRN|HEALTH_PLAN_ID|"
    "ACCOUNT_NUMBER|CREDIT_CARD|LICENSE_NUMBER|VEHICLE_ID|DEVICE_ID|IP_ADDRESS|ONLINE_ID|"
    "HASHED_ID|OTHER_ID|URL|BIOMETRIC_ID"
)

_PERSON_KEY = "OTHER_ID|MRN|ONLINE_ID"
_CDP_ID = "ONLINE_ID|OTHER_ID"

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Hightouch-like sync changelog (warehouse sync logs): a failed row's fields",
        {
            "sync_id": "90311",
            "sync_run_id": "4418201",
            "op_type": "changed",
            "status": "failed",
            "failure_reason": "Salesforce rejected the record: FIELD_CUSTOM_VALIDATION_EXCEPTION",
            "row_id": "pt_00482913",
            "fields": {
                "email": "renata.kowalczyk@outlook.com",
                "phone": "+1 414 286 7731",
                "first_name": "Renata",
                "last_diagnosis_category": "Type 2 diabetes",
                "rx_refill_due": "2024-11-14",
            },
            "created_at": "2024-11-02T14:05:11.482Z",
        },
        {
            ("row_id", _PERSON_KEY),
            ("fields.email", "EMAIL"),
            ("fields.phone", "PHONE"),
            ("fields.first_name", "NAME"),
            ("fields.last_diagnosis_category", "HEALTH"),
            ("fields.rx_refill_due", "DATE"),
        },
        {
            ("sync_id", "*"),
            ("sync_run_id", "*"),
            ("op_type", "*"),
            ("status", "*"),
            ("failure_reason", "*"),
            ("created_at", "*"),
        },
        True,
    ),
    (
        "Census-like rejected records export (CSV): HubSpot conflict, GLP-1 columns",
        {
            "Record ID": "CUST-0091824",
            "Operation": "upsert",
            "Status": "rejected",
            "Reason": "HubSpot 409 Conflict: Contact already exists. Existing ID: 81273648101",
            "email": "devon.okafor@gmail.com",
            "firstname": "Devon",
            "lastname": "Okafor",
            "glp1_program_status": "Lapsed - no refill in 60 days",
            "current_medication": "semaglutide 1 mg",
            "Sync Run": "118230",
        },
        {
            ("Record ID", _PERSON_KEY),
            ("email", "EMAIL"),
            ("firstname", "NAME"),
            ("lastname", "NAME"),
            ("current_medication", "HEALTH"),
        },
        {("Operation", "*"), ("Status", "*"), ("Sync Run", "*")},
        True,
    ),
    (
        "Destination API error (RudderStack-like delivery log): phone echoed, no health",
        {
            "destination": "Salesforce",
            "object": "Contact",
            "error": "Invalid phone number for contact 8834: +1 (312) 555-0143",
            "errorCode": "INVALID_PHONE",
            "statusCode": 400,
            "attempt": 3,
            "jobId": 88123012,
            "timestamp": "2024-11-02T14:05:12.031Z",
        },
        {("error", "PHONE")},
        {
            ("destination", "*"),
            ("object", "*"),
            ("errorCode", "*"),
            ("statusCode", "*"),
            ("attempt", "*"),
            ("jobId", "*"),
            ("timestamp", "*"),
        },
        False,
    ),
    (
        "Klaviyo-like profile upsert error: request body with a sleep-apnea trait",
        {
            "request": {
                "data": {
                    "type": "profile",
                    "attributes": {
                        "email": "gwen.harlow@yahoo.com",
                        "phone_number": "(630) 741-2258",
                        "first_name": "Gwen",
                        "properties": {
                            "condition_interest": "Obstructive sleep apnea",
                            "cpap_resupply_due": "2024-12-01",
                        },
                    },
                }
            },
            "response": {
                "errors": [
                    {
                        "id": "e7a1c2f4-5b6d-4e8f-9a0b-1c2d3e4f5a6b",
                        "status": 400,
                        "code": "invalid",
                        "title": "Invalid input.",
                        "detail": "Invalid phone number format (Example of a valid phone "
                        "number format: +12345678901)",
                        "source": {"pointer": "/data/attributes/phone_number"},
                    }
                ]
            },
        },
        {
            ("request.data.attributes.email", "EMAIL"),
            ("request.data.attributes.phone_number", "PHONE"),
            ("request.data.attributes.first_name", "NAME"),
            ("request.data.attributes.properties.condition_interest", "HEALTH"),
            ("request.data.attributes.properties.cpap_resupply_due", "DATE"),
        },
        {
            ("response.errors[0].id", "*"),
            ("response.errors[0].status", "*"),
            ("response.errors[0].detail", "PHONE"),
            ("response.errors[0].source.pointer", "*"),
        },
        True,
    ),
    (
        "Audience membership delta (CSV to Meta): hashed email and phone, MAID, GLP-1",
        {
            "audience_name": "GLP-1 lapsed patients",
            "op": "add",
            "email_sha256": _sha("renata.kowalczyk@outlook.com"),
            "phone_sha256": _sha("+14142867731"),
            "madid": "6D92078A-8246-4BA4-AE5B-76104861E7DC",
            "destination_audience_id": "23856123840910482",
            "synced_at": "2024-11-03T02:00:14Z",
        },
        {
            ("audience_name", "HEALTH"),
            ("email_sha256", "HASHED_ID"),
            ("phone_sha256", "HASHED_ID"),
            ("madid", "DEVICE_ID"),
        },
        {("op", "*"), ("destination_audience_id", "*"), ("synced_at", "*")},
        True,
    ),
    (
        "Segment Engage-like Audience Exited event: audience key names IVF",
        {
            "type": "track",
            "event": "Audience Exited",
            "userId": "u_7731902",
            "anonymousId": "c1f04b7e-3d2a-4f9b-8e61-5a7c2d9e0b14",
            "properties": {
                "audience_key": "ivf_consult_no_show_30d",
                "ivf_consult_no_show_30d": False,
            },
            "context": {
                "personas": {
                    "computation_class": "audience",
                    "computation_id": "aud_2LkQ9xWmV3pR7tY0uE4iB6oS1cH",
                    "computation_key": "ivf_consult_no_show_30d",
                    "space_id": "spa_9fJ2kL4mN6pQ8rS0tU2vW",
                },
                "traits": {"email": "tamsin.reyes@icloud.com"},
            },
            "messageId": "personas_2LkQ9xWmV3pR7tY0uE4iB6oS1cH_c1f04b7e",
            "timestamp": "2024-11-03T04:12:09.000Z",
        },
        {
            ("userId", _CDP_ID),
            ("anonymousId", "ONLINE_ID"),
            ("properties.audience_key", "HEALTH"),
            ("context.traits.email", "EMAIL"),
        },
        {
            ("context.personas.computation_id", "*"),
            ("context.personas.space_id", "*"),
            ("context.personas.computation_class", "*"),
            ("messageId", ANY_ID),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "mParticle-like profile API response: identities, attributes, audience",
        {
            "mpid": -6283917352919204881,
            "created_timestamp_ms": 1698412233441,
            "identities": [
                {"type": "email", "value": "harold.bexley@comcast.net"},
                {"type": "customer_id", "value": "HC-2209187"},
                {"type": "mobile_number", "value": "+12157708843"},
            ],
            "device_identities": [
                {
                    "type": "ios_idfa",
                    "encoding": "none",
                    "value": "E621E1F8-C36C-495A-93FC-0C247A3E6E5F",
                }
            ],
            "user_attributes": {
                "$FirstName": "Harold",
                "$LastName": "Bexley",
                "$Zip": "19103",
                "last_appointment_type": "Screening colonoscopy",
            },
            "audience_memberships": [
                {"audience_id": 19283, "audience_name": "Colorectal screening due 45+"}
            ],
        },
        {
            ("mpid", _CDP_ID),
            ("identities[0].value", "EMAIL"),
            ("identities[1].value", "OTHER_ID|ONLINE_ID"),
            ("identities[2].value", "PHONE"),
            ("device_identities[0].value", "DEVICE_ID"),
            ("user_attributes.$FirstName", "NAME"),
            ("user_attributes.$LastName", "NAME"),
            ("user_attributes.$Zip", "ZIP_CODE"),
            ("user_attributes.last_appointment_type", "HEALTH"),
            ("audience_memberships[0].audience_name", "HEALTH"),
        },
        {
            ("created_timestamp_ms", "*"),
            ("audience_memberships[0].audience_id", "*"),
            ("device_identities[0].encoding", "*"),
        },
        True,
    ),
    (
        "Identity-resolution graph (JSON): a profile's linked ids by type, no health",
        {
            "profile_id": "prf_01HF3K8ZQ4W7Y2N6B9C0D1E2F3",
            "linked_identifiers": [
                {
                    "type": "email",
                    "value": "marisol.pena@hotmail.com",
                    "confidence": 0.98,
                    "source": "shopify",
                },
                {
                    "type": "phone",
                    "value": "+15058827319",
                    "confidence": 0.91,
                    "source": "salesforce",
                },
                {
                    "type": "idfa",
                    "value": "1F3B5D7E-9A2C-4E6F-8B0D-2C4E6A8F0B1D",
                    "confidence": 0.74,
                    "source": "mobile_sdk",
                },
                {
                    "type": "ga_client_id",
                    "value": "1938471012.1698412233",
                    "confidence": 0.66,
                    "source": "web",
                },
                {
                    "type": "customer_id",
                    "value": "SF-0038829",
                    "confidence": 1.0,
                    "source": "salesforce",
                },
            ],
            "merge_rule": "deterministic_email_then_phone",
            "merged_at": "2024-10-30T11:20:45Z",
        },
        {
            ("profile_id", _CDP_ID),
            ("linked_identifiers[0].value", "EMAIL"),
            ("linked_identifiers[1].value", "PHONE"),
            ("linked_identifiers[2].value", "DEVICE_ID"),
            ("linked_identifiers[3].value", "ONLINE_ID"),
            ("linked_identifiers[4].value", "OTHER_ID|ONLINE_ID"),
        },
        {
            ("linked_identifiers[0].confidence", "*"),
            ("linked_identifiers[1].confidence", "*"),
            ("linked_identifiers[0].source", "*"),
            ("merge_rule", "*"),
            ("merged_at", "*"),
        },
        False,
    ),
    (
        "Identity graph edge list (CSV): email to GAID, match type and score",
        {
            "from_id_type": "email",
            "from_id": "jkwarteng@gmail.com",
            "to_id_type": "gaid",
            "to_id": "b8d2f1c4-7e3a-4a9d-9c1e-5f6a7b8c9d0e",
            "match_type": "deterministic",
            "match_score": "0.97",
            "graph_version": "2024.10.3",
        },
        {("from_id", "EMAIL"), ("to_id", "DEVICE_ID")},
        {
            ("from_id_type", "*"),
            ("to_id_type", "*"),
            ("match_type", "*"),
            ("match_score", "*"),
            ("graph_version", "*"),
        },
        False,
    ),
    (
        "Segment-like Profile API traits: computed traits interested_in_ivf and counts",
        {
            "traits": {
                "email": "alina.voronova@gmail.com",
                "first_name": "Alina",
                "interested_in_ivf": True,
                "amh_test_ordered": True,
                "days_since_last_appointment": 42,
                "lifetime_visits": 6,
                "preferred_location": "Northside Fertility Center",
            },
            "cursor": {"url": "", "has_more": False, "next": ""},
        },
        {
            ("traits.email", "EMAIL"),
            ("traits.first_name", "NAME"),
            ("traits.interested_in_ivf", "HEALTH"),
            ("traits.amh_test_ordered", "HEALTH"),
        },
        {
            ("traits.days_since_last_appointment", "*"),
            ("traits.lifetime_visits", "*"),
            ("cursor.has_more", "*"),
        },
        True,
    ),
    (
        "Tealium AudienceStream-like visitor webhook: audiences, CPAP product, email",
        {
            "account": "healthco",
            "profile": "main",
            "visitor": {
                "visitor_id": "017f3a9c8e2b0019d3c1a2b3c4d5e6f7",
                "secondary_ids": {"Customer Email": "lwheaton@att.net"},
                "audiences": ["Sleep apnea - CPAP resupply due", "Newsletter subscribers"],
                "badges": ["Frequent visitor"],
                "properties": {
                    "Customer First Name": "Lyle",
                    "Last Product Viewed": "AirFit F20 full face CPAP mask",
                },
                "metrics": {"Lifetime visit count": 14},
                "dates": {"Last CPAP order": 1727740800000},
                "flags": {"Opted in SMS": True},
            },
        },
        {
            ("visitor.visitor_id", "ONLINE_ID"),
            ("visitor.secondary_ids.Customer Email", "EMAIL"),
            ("visitor.audiences[0]", "HEALTH"),
            ("visitor.properties.Customer First Name", "NAME"),
            ("visitor.properties.Last Product Viewed", "HEALTH"),
        },
        {
            ("account", "*"),
            ("profile", "*"),
            ("visitor.badges[0]", "*"),
            ("visitor.metrics.Lifetime visit count", "*"),
            ("visitor.flags.Opted in SMS", "*"),
        },
        True,
    ),
    (
        "Braze-like /users/track batch in a sync debugger: attributes with last Rx",
        {
            "attributes": [
                {
                    "external_id": "pt_771204",
                    "email": "dana.whitfield@icloud.com",
                    "phone": "+17735550188",
                    "first_name": "Dana",
                    "dob": "1979-04-22",
                    "glp1_status": "lapsed",
                    "last_rx": "Wegovy 1.7 mg",
                }
            ],
            "response": {"message": "success", "attributes_processed": 1},
            "batch": 17,
        },
        {
            ("attributes[0].external_id", _CDP_ID),
            ("attributes[0].email", "EMAIL"),
            ("attributes[0].phone", "PHONE"),
            ("attributes[0].first_name", "NAME"),
            ("attributes[0].dob", "DATE"),
            ("attributes[0].last_rx", "HEALTH"),
        },
        {("response.attributes_processed", "*"), ("batch", "*")},
        True,
    ),
    (
        "Great Expectations-like validation result: failing phone values",
        {
            "expectation_config": {
                "expectation_type": "expect_column_values_to_match_regex",
                "kwargs": {"column": "mobile_phone", "regex": "^\\+1\\d{10}$"},
            },
            "result": {
                "element_count": 48211,
                "unexpected_count": 3,
                "unexpected_percent": 0.0062,
                "partial_unexpected_list": ["(312) 555-0143", "773.555.0190", "312555018"],
            },
            "success": False,
        },
        {
            ("result.partial_unexpected_list[0]", "PHONE"),
            ("result.partial_unexpected_list[1]", "PHONE"),
        },
        {
            ("expectation_config.kwargs.column", "*"),
            ("expectation_config.kwargs.regex", "*"),
            ("result.element_count", "*"),
            ("result.unexpected_percent", "*"),
        },
        False,
    ),
    (
        "dbt stored failure (accepted_values on a diagnosis category): values, no person",
        {
            "value_field": "Hypothyroidism (E03.9)",
            "n_records": 12,
        },
        {("value_field", "HEALTH")},
        {("value_field", ANY_ID), ("n_records", "*")},
        False,
    ),
    (
        "Soda-like failed rows sample (missing email check): patients with conditions",
        {
            "check": "missing_count(email) = 0",
            "dataset": "dim_patients",
            "outcome": "fail",
            "failedRowsSample": [
                {
                    "patient_id": "P-0048213",
                    "first_name": "Lorena",
                    "last_name": "Batista",
                    "email": None,
                    "primary_condition": "Chronic migraine",
                }
            ],
            "checked_at": "2024-11-03T05:00:00Z",
        },
        {
            ("failedRowsSample[0].patient_id", "OTHER_ID|MRN"),
            ("failedRowsSample[0].first_name", "NAME"),
            ("failedRowsSample[0].last_name", "NAME"),
            ("failedRowsSample[0].primary_condition", "HEALTH"),
        },
        {("check", "*"), ("dataset", "*"), ("outcome", "*"), ("checked_at", "*")},
        True,
    ),
    (
        "Schema mapping config (clean): model columns to Salesforce fields",
        {
            "sync_id": 90311,
            "destination": "salesforce",
            "object": "Contact",
            "mode": "upsert",
            "primaryKey": "patient_id",
            "mappings": [
                {"from": "email", "to": "Email"},
                {"from": "first_name", "to": "FirstName"},
                {"from": "last_diagnosis_category", "to": "Diagnosis_Category__c"},
                {"from": "rx_refill_due", "to": "Rx_Refill_Due__c"},
            ],
        },
        set(),
        {
            ("sync_id", "*"),
            ("primaryKey", "*"),
            ("mappings[0].from", "*"),
            ("mappings[0].to", "*"),
            ("mappings[1].from", "*"),
            ("mappings[2].from", "*"),
            ("mappings[2].to", "*"),
            ("mappings[3].from", "*"),
            ("mappings[3].to", "*"),
        },
        False,
    ),
    (
        "Sync configuration with model SQL and schedule (no person)",
        {
            "model": {
                "name": "GLP-1 lapsed patients",
                "sql": "select p.patient_id, p.email, p.first_name, max(f.fill_date) as "
                "last_fill from analytics.patients p join analytics.rx_fills f using "
                "(patient_id) where f.drug_class = 'GLP-1' group by 1, 2, 3 having "
                "max(f.fill_date) < current_date - 45",
                "primary_key": "patient_id",
            },
            "schedule": {"type": "cron", "expression": "0 */6 * * *"},
            "destination_id": 2231,
            "slug": "glp1-lapsed-to-meta",
        },
        set(),
        {
            ("model.sql", ANY_ID),
            ("model.primary_key", "*"),
            ("schedule.expression", "*"),
            ("destination_id", "*"),
            ("slug", ANY_ID),
        },
        False,
    ),
    (
        "Census-like sync run summary (counts only)",
        {
            "id": 118230,
            "sync_id": 4412,
            "status": "completed",
            "source_record_count": 18422,
            "records_processed": 18422,
            "records_updated": 301,
            "records_failed": 7,
            "records_invalid": 2,
            "created_at": "2024-11-03T06:00:02Z",
            "completed_at": "2024-11-03T06:04:51Z",
        },
        set(),
        {
            ("id", "*"),
            ("sync_id", "*"),
            ("source_record_count", "*"),
            ("records_failed", "*"),
            ("created_at", "*"),
            ("completed_at", "*"),
        },
        False,
    ),
    (
        "Destination rate-limit log line (clean): backoff, trace id, batch size",
        {
            "ts": "2024-11-03T06:02:11.533Z",
            "level": "warn",
            "destination": "meta_custom_audiences",
            "msg": "429 Too Many Requests; backing off 32000 ms (attempt 4/8)",
            "fbtrace_id": "AbXy12Cd34EfGh56",
            "batch_size": 10000,
            "request_id": "req_8d7f6a5e4c3b",
        },
        set(),
        {
            ("ts", "*"),
            ("msg", "*"),
            ("fbtrace_id", "*"),
            ("batch_size", "*"),
            ("request_id", "*"),
        },
        False,
    ),
    (
        "Audience definition (health, no person): colorectal screening due",
        {
            "audience_id": "aud_71823",
            "name": "Colorectal cancer screening due (45-75, no colonoscopy in 10y)",
            "definition_sql": "select patient_id from analytics.patients where age between 45 "
            "and 75 and (last_colonoscopy_date is null or last_colonoscopy_date < "
            "dateadd(year, -10, current_date))",
            "size": 48211,
            "refreshed_at": "2024-11-03T01:00:00Z",
            "destinations": ["google_ads", "meta"],
        },
        {("name", "HEALTH")},
        {
            ("audience_id", "*"),
            ("definition_sql", ANY_ID),
            ("size", "*"),
            ("refreshed_at", "*"),
        },
        False,
    ),
    (
        "Computed trait definition (health words, no person)",
        {
            "trait_key": "interested_in_ivf",
            "type": "computed",
            "description": "True when the user viewed two or more IVF or egg freezing pages "
            "in the last 90 days",
            "computation": "count(page where path like '/fertility/ivf%') >= 2 within 90d",
            "version": 3,
        },
        {("description", "HEALTH")},
        {("trait_key", ANY_ID), ("computation", ANY_ID), ("version", "*")},
        False,
    ),
    (
        "Connector version list (CSV, clean)",
        {
            "connector": "Salesforce",
            "version": "v2.14.3",
            "api_version": "59.0",
            "released": "2024-10-21",
            "status": "GA",
            "sdk": "destinations-sdk 4.11.0",
        },
        set(),
        {
            ("connector", "*"),
            ("version", "*"),
            ("api_version", "*"),
            ("released", "*"),
            ("sdk", "*"),
        },
        False,
    ),
    (
        "RudderStack-like failed event: identify payload, error body echoing the email",
        {
            "sourceId": "2LzQ8xWmV3pR7tY0uE4iB6oS1cH",
            "destinationId": "2M0aB1cD2eF3gH4iJ5kL6mN7oP",
            "jobId": 88123044,
            "error": '{"message":"Request failed with status: 400","response":{"error":'
            '"invalid email: maria.gonzalez@gmial.com"}}',
            "payload": {
                "type": "identify",
                "userId": "pt_119283",
                "traits": {
                    "email": "maria.gonzalez@gmial.com",
                    "phone": "+17135550162",
                    "lastName": "Gonzalez",
                    "lastVisitReason": "Chemotherapy infusion",
                    "lastVisitDate": "2024-10-29",
                },
            },
            "receivedAt": "2024-11-02T22:41:07.118Z",
        },
        {
            ("error", "EMAIL"),
            ("payload.userId", _CDP_ID),
            ("payload.traits.email", "EMAIL"),
            ("payload.traits.phone", "PHONE"),
            ("payload.traits.lastName", "NAME"),
            ("payload.traits.lastVisitReason", "HEALTH"),
            ("payload.traits.lastVisitDate", "DATE"),
        },
        {
            ("sourceId", "*"),
            ("destinationId", "*"),
            ("jobId", "*"),
            ("receivedAt", "*"),
        },
        True,
    ),
    (
        "Meta custom audience upload batch (sync debugger): schema and a data row",
        {
            "audience": "IVF consult - no show",
            "payload": {
                "schema": ["EMAIL_SHA256", "PHONE_SHA256", "MADID"],
                "data": [
                    [
                        _sha("alina.voronova@gmail.com"),
                        _sha("16307412258"),
                        "9c4e2a7b-3f1d-4b8e-a6c0-5d7f9e1b3a2c",
                    ]
                ],
            },
            "session": {"session_id": 9204412, "batch_seq": 1, "last_batch_flag": True},
        },
        {
            ("audience", "HEALTH"),
            ("payload.data[0][0]", "HASHED_ID"),
            ("payload.data[0][1]", "HASHED_ID"),
            ("payload.data[0][2]", "DEVICE_ID"),
        },
        {
            ("payload.schema[0]", "*"),
            ("payload.schema[2]", "*"),
            ("session.session_id", "*"),
            ("session.batch_seq", "*"),
        },
        True,
    ),
    (
        "Hightouch-like audience membership export (CSV): patient, email, audience",
        {
            "audience_id": "4471",
            "audience_name": "Diabetes prevention program - eligible",
            "patient_id": "P-0091823",
            "email": "oscar.lindqvist@gmail.com",
            "added_at": "2024-10-28 06:00:14",
            "removed_at": "",
        },
        {
            ("audience_name", "HEALTH"),
            ("patient_id", "OTHER_ID|MRN"),
            ("email", "EMAIL"),
        },
        {("audience_id", "*"), ("added_at", "*")},
        True,
    ),
    (
        "Segment-like identity merge event (no health): canonical id and identifiers",
        {
            "type": "merge",
            "canonical_id": "use_2LkR4sT6uV8wX0yZ2aB4cD6eF",
            "merged_from": ["use_2LkQ1rS3tU5vW7xY9zA1bC3dE"],
            "reason": "matched on email",
            "identifiers": {
                "email": "pkarimi@protonmail.com",
                "user_id": "CRM-004812",
                "anonymous_id": "8a3f0d2c-71e4-4b96-9f2a-c5d8e1b7a640",
            },
            "timestamp": "2024-11-01T19:44:02.551Z",
        },
        {
            ("canonical_id", _CDP_ID),
            ("identifiers.email", "EMAIL"),
            ("identifiers.user_id", _CDP_ID),
            ("identifiers.anonymous_id", "ONLINE_ID"),
        },
        {("reason", "*"), ("timestamp", "*")},
        False,
    ),
    (
        "CDP profile export (CSV): computed traits, last appointment date",
        {
            "profile_id": "prf_01HF9M2X7K4Q8R1T5V3W6Y0Z2A",
            "email": "bianca.ferrante@gmail.com",
            "phone": "(617) 804-3392",
            "zip": "02139",
            "first_name": "Bianca",
            "last_name": "Ferrante",
            "interested_in_ivf": "true",
            "days_since_last_appointment": "42",
            "last_appointment_date": "2024-09-21",
            "predicted_ltv": "1840.50",
            "consent_sms": "true",
        },
        {
            ("profile_id", _CDP_ID),
            ("email", "EMAIL"),
            ("phone", "PHONE"),
            ("zip", "ZIP_CODE"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("interested_in_ivf", "HEALTH"),
            ("last_appointment_date", "DATE"),
        },
        {
            ("days_since_last_appointment", "*"),
            ("predicted_ltv", "*"),
            ("consent_sms", "*"),
        },
        True,
    ),
    (
        "Soda-like failed rows sample (DOB in the future check): identified, no health",
        {
            "check": "invalid_count(date_of_birth) = 0",
            "dataset": "dim_patients",
            "outcome": "fail",
            "failedRowsSample": [
                {
                    "patient_id": "P-0091788",
                    "date_of_birth": "2041-06-12",
                    "email": "t.nakamura@gmail.com",
                }
            ],
        },
        {
            ("failedRowsSample[0].patient_id", "OTHER_ID|MRN"),
            ("failedRowsSample[0].date_of_birth", "DATE"),
            ("failedRowsSample[0].email", "EMAIL"),
        },
        {("check", "*"), ("dataset", "*"), ("outcome", "*")},
        False,
    ),
    (
        "Hightouch-like sync run object: error message quoting a suppressed email",
        {
            "id": 4418377,
            "syncId": 90477,
            "status": "warning",
            "startedAt": "2024-11-03T06:00:00.000Z",
            "finishedAt": "2024-11-03T06:03:12.000Z",
            "querySize": 9120,
            "completionRatio": 1,
            "plannedRows": {"addedCount": 14, "changedCount": 203, "removedCount": 9},
            "failedRows": {"addedCount": 0, "changedCount": 1, "removedCount": 0},
            "error": {
                "message": "1 row rejected by Braze: email 'hollis.grant@icloud.com' is on "
                "the global unsubscribe list"
            },
        },
        {("error.message", "EMAIL")},
        {
            ("id", "*"),
            ("syncId", "*"),
            ("startedAt", "*"),
            ("finishedAt", "*"),
            ("querySize", "*"),
            ("completionRatio", "*"),
            ("plannedRows.changedCount", "*"),
        },
        False,
    ),
    (
        "Google Ads Customer Match partial failure (clean): a field path, no value",
        {
            "partialFailureError": {
                "code": 3,
                "message": "The phone number is invalid., at operations[2].create."
                "user_identifiers[0].hashed_phone_number",
            },
            "request_id": "kL9xQ2mN4pR6tV8w",
            "user_list": "customers/4829173605/userLists/7012398456",
        },
        set(),
        {
            ("partialFailureError.code", "*"),
            ("partialFailureError.message", "*"),
            ("request_id", "*"),
            ("user_list", "*"),
        },
        False,
    ),
    (
        "Salesforce Bulk API failed results (CSV): error, contact, diagnosis, refill due",
        {
            "sf__Id": "",
            "sf__Error": "DUPLICATES_DETECTED:Use one of these records?:--",
            "Email": "kwame.asante@gmail.com",
            "FirstName": "Kwame",
            "LastName": "Asante",
            "MobilePhone": "(404) 917-2265",
            "Last_Diagnosis_Category__c": "Hypertension",
            "Rx_Refill_Due__c": "2024-11-20",
            "External_Patient_Id__c": "P-0077310",
        },
        {
            ("Email", "EMAIL"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("MobilePhone", "PHONE"),
            ("Last_Diagnosis_Category__c", "HEALTH"),
            ("Rx_Refill_Due__c", "DATE"),
            ("External_Patient_Id__c", "OTHER_ID|MRN"),
        },
        {("sf__Error", "*")},
        True,
    ),
    (
        "mParticle-like audience membership batch (firehose): add to sleep-study no-show",
        {
            "type": "audience_membership_change_request",
            "id": "9b7e3c1a-2d4f-4a6b-8c0e-1f3a5c7e9b2d",
            "timestamp_ms": 1730614800000,
            "firehose_version": "2.6.0",
            "user_profiles": [
                {
                    "mpid": "4481920374651029384",
                    "user_identities": [{"type": "email", "value": "roz.abernathy@gmail.com"}],
                    "device_identities": [
                        {
                            "type": "android_advertising_id",
                            "value": "5c2e8b41-0f7a-4d39-b6e2-9a1d3c5f7e80",
                        }
                    ],
                    "audiences": [
                        {
                            "audience_id": 44102,
                            "audience_name": "Sleep study no-show",
                            "action": "add",
                        }
                    ],
                }
            ],
        },
        {
            ("user_profiles[0].mpid", _CDP_ID),
            ("user_profiles[0].user_identities[0].value", "EMAIL"),
            ("user_profiles[0].device_identities[0].value", "DEVICE_ID"),
            ("user_profiles[0].audiences[0].audience_name", "HEALTH"),
        },
        {
            ("id", "*"),
            ("timestamp_ms", "*"),
            ("firehose_version", "*"),
            ("user_profiles[0].audiences[0].audience_id", "*"),
            ("user_profiles[0].audiences[0].action", "*"),
        },
        True,
    ),
    (
        "Workspace audit log (health-named sync triggered by an analyst): not PHI",
        {
            "event": "sync.run.triggered",
            "sync_name": "Diabetes lapsed members -> Braze",
            "actor_email": "priya.shah@healthco-analytics.com",
            "actor_role": "workspace_admin",
            "workspace": "healthco-prod",
            "timestamp": "2024-11-03T15:22:40Z",
        },
        set(),
        {("actor_role", "*"), ("workspace", "*"), ("timestamp", "*"), ("sync_name", ANY_ID)},
        False,
    ),
    (
        "Iterable-like bulk update response: invalid email and user id, no health",
        {
            "successCount": 998,
            "failCount": 2,
            "invalidEmails": ["nkechi.obi@yahoo.con"],
            "invalidUserIds": ["pt_004417"],
            "filteredOutFields": ["lastDiagnosisCategory"],
        },
        {("invalidEmails[0]", "EMAIL")},
        {("successCount", "*"), ("failCount", "*"), ("filteredOutFields[0]", "*")},
        False,
    ),
    (
        "Audience preview export (CSV): diabetes prevention program, A1c",
        {
            "first_name": "Ramona",
            "last_name": "Quintero",
            "email": "rquintero71@yahoo.com",
            "program": "Diabetes Prevention Program",
            "last_a1c": "6.1",
            "enrolled": "false",
        },
        {
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("email", "EMAIL"),
            ("program", "HEALTH"),
        },
        {("enrolled", "*")},
        True,
    ),
    (
        "Destination configuration (clean): Braze endpoint, app group, rate limit",
        {
            "destination_id": 2231,
            "type": "braze",
            "rest_endpoint": "https://rest.iad-05.braze.com",
            "app_group_id": "3f2c9a1e-7b4d-4e8f-a0c2-6d8e1f3b5a79",
            "rate_limit_per_minute": 50000,
            "batch_size": 75,
            "created_by_id": 1182,
        },
        set(),
        {
            ("destination_id", "*"),
            ("rest_endpoint", "*"),
            ("app_group_id", "*"),
            ("rate_limit_per_minute", "*"),
            ("batch_size", "*"),
            ("created_by_id", "*"),
        },
        False,
    ),
    (
        "Web identity stitching log: cookie ids, IP and a psoriasis biologics page",
        {
            "visitor_id": "v_5f8e2a1c9d3b",
            "ga_client_id": "1938471012.1698412233",
            "fbp": "fb.1.1698412233441.1938471012",
            "ip": "73.162.18.44",
            "page": "https://www.healthco.example/conditions/psoriasis/biologics",
            "matched_profile": "prf_01HF3K8ZQ4W7Y2N6B9C0D1E2F3",
            "stitched_at": "2024-11-02T10:15:33Z",
        },
        {
            ("ga_client_id", "ONLINE_ID"),
            ("fbp", "ONLINE_ID"),
            ("ip", "IP_ADDRESS"),
            ("page", "HEALTH"),
        },
        {("stitched_at", "*")},
        True,
    ),
    (
        "Identity-resolution rules (clean): id types, limits, blocked sentinel values",
        {
            "space": "healthco-prod",
            "rules": [
                {"id_type": "user_id", "priority": 1, "limit": 1, "frequency": "ever"},
                {"id_type": "email", "priority": 2, "limit": 5, "frequency": "annually"},
                {"id_type": "phone", "priority": 3, "limit": 3, "frequency": "monthly"},
            ],
            "blocked_values": ["test@example.com", "0000000000", "unknown"],
        },
        set(),
        {
            ("rules[0].limit", "*"),
            ("rules[1].id_type", "*"),
            ("blocked_values[0]", "*"),
            ("blocked_values[1]", "*"),
        },
        False,
    ),
    (
        "Great Expectations-like uniqueness failure: duplicate customer ids, no health",
        {
            "expectation_config": {
                "expectation_type": "expect_column_values_to_be_unique",
                "kwargs": {"column": "customer_id"},
            },
            "result": {
                "element_count": 18422,
                "unexpected_count": 2,
                "partial_unexpected_list": ["HC-2209187", "HC-2210044"],
            },
            "success": False,
        },
        {
            ("result.partial_unexpected_list[0]", "OTHER_ID|ONLINE_ID"),
            ("result.partial_unexpected_list[1]", "OTHER_ID|ONLINE_ID"),
        },
        {("expectation_config.kwargs.column", "*"), ("result.element_count", "*")},
        False,
    ),
    (
        "Sync failure alert (Slack-like text): health-named sync, counts, no person",
        {
            "channel": "#data-activation-alerts",
            "text": "Sync 'GLP-1 lapsed patients -> Meta' failed: 1,204 of 18,422 rows "
            "rejected (Invalid MADID). Run 4418201.",
            "ts": "1730614987.004519",
        },
        set(),
        {("text", ANY_ID), ("ts", "*"), ("channel", "*")},
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {}

_OPEN: dict[str, tuple[set, str]] = {
    "Hightouch-like sync changelog (warehouse sync logs): a failed row's fields": (
        {("row_id", _PERSON_KEY)},
        "a sync log's ``row_id`` is the model's primary key, a person's id only when the "
        "model is of people (an orders or a locations model syncs too), and a bare "
        "``row_id`` is every table's row number; nothing in the key tells it, and the "
        "person's key is not reported by its shape (``pt_00482913``). The row is PHI by its "
        "fields",
    ),
    "Workspace audit log (health-named sync triggered by an analyst): not PHI": (
        set(),
        "the workspace user's ``actor_email`` is found (rightly: an EMAIL) and the sync's "
        "name is health, so the row reads as PHI; ``actor`` cannot be made a staff key "
        "(detectors/staff.py): a patient portal's or an identity provider's audit log names "
        "the patient as its actor, and only a query log's runner is dropped, in a record "
        "that carries the statement",
    ),
    "Identity-resolution rules (clean): id types, limits, blocked sentinel values": (
        {("blocked_values[0]", "EMAIL")},
        "a blocked value is a sentinel (``test@example.com``) as often as a real address "
        "an administrator keeps out of the graph (an employee's test account), and the "
        "project reports ``example.com`` mailboxes by their shape wherever they stand "
        "(tests/test_email.py); no finding is dropped for the key alone",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_reverse_etl_audience_sync_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records): a change that loses recall or precision on reverse ETL, audience
#: sync and CDP identity exports fails here. Before the work, blind: SHAPES 12 misses /
#: 1 false / 9 wrong of 30, HELD_OUT 4 / 1 / 3 of 10.
FLOORS = ShapeTotals(expected=119, misses=1, false=1, wrong=3)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
