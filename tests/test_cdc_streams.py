"""Change-data-capture and message-bus envelopes around health marketing and CRM data.

A blind probe, written by hand before reading the detectors: the shapes phistream's
streaming mode reads when a team taps its CRM, scheduling and web-event pipes. Debezium
change events (``before``, ``after``, ``op``, ``source`` with ``db``/``table``/``lsn``/
``ts_ms``, MySQL binlog positions, a MongoDB ``after`` as Extended JSON, the
``ExtractNewRecordState`` flattening with ``__op``/``__deleted``), Kafka Connect JSON with
``schema`` and ``payload``, Avro's JSON encoding with unions (``{"string": "Maria"}``,
``{"long": ...}``, a record union under its full name), Maxwell's ``data``/``old``,
Fivetran- and Airbyte-synced raw tables (``_airbyte_data`` as a JSON string,
``_airbyte_raw_id``, ``_fivetran_synced``, ``_fivetran_deleted``), Kinesis Data Streams,
Firehose transformation events and Firehose's processing-failed output (``data`` and
``rawData`` base64), Pub/Sub push and BigQuery-subscription rows, EventBridge events
(``detail-type``, ``detail``), SNS notifications and SNS inside SQS (``Message`` and
``body`` as JSON strings), CloudEvents, Segment and RudderStack replay batches, and
dead-letter queue records with error text; with the clean rows around them: tombstones,
heartbeats, connector offsets and status, transaction metadata, schema-history DDL,
Schema Registry subjects, scheduled events and an Avro binary DLQ entry.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An envelope changes nothing about the payload.** A CRM contact, an appointment row, a
  form submission or a GA4-like event is read the same inside ``after``,
  ``payload.after``, ``detail``, ``data``, ``batch[i]`` or an Avro union
  (``after.<record name>.first_name.string``) as it is alone: the field's own key decides,
  not the envelope's keys around it, and a union's type branch (``string``, ``long``,
  ``int``) is no field name of its own.
- **An update's ``before`` image counts the same as ``after``**, and so do Maxwell's
  ``old`` and a delete's ``before`` (``after: null``): the old values are the person's
  values still, carried through the bus and landed in the lake, so they are found and make
  the record PHI as ``after`` would. A soft-deleted Fivetran row (``_fivetran_deleted`` =
  true) is the same row.
- **A base64 payload's content is read** when the envelope defines the field as base64 of
  the message (Pub/Sub ``message.data``, Kinesis ``kinesis.data``, Firehose
  ``records[].data`` and ``rawData``): a finding inside takes the field (the whole encoded
  value goes when redacted), as a tracking pixel's base64 JSON payload does. A payload
  that is JSON held in a string (``_airbyte_data``, SNS ``Message``, SQS ``body``, a
  MongoDB ``after``, a Kafka ``value``) is read leaf by leaf and its findings stand on
  the string field. An Avro *binary* value (bytes after a magic byte) is not text: no
  finding.
- **A dead-letter record is read as what it holds.** The failed payload is the person's
  data; an error message that quotes a value (``Key (email)=(…) already exists``,
  ``value '(303) 555-0178 ext' is not …``) holds that value and it is found as what it is
  (EMAIL, PHONE); the record is PHI when the payload beside it is health context. An
  error text without values (``Unknown magic byte!``) is no finding.
- **The bus's own bookkeeping is never a person's**: LSNs, binlog files and positions,
  GTIDs, transaction ids, offsets, partitions, sequence numbers, message ids, receipt
  handles, ``md5OfBody``, SNS signatures and certificate URLs, ARNs and AWS account ids,
  trace and invocation ids, connector, server and topic names (also under keys called
  ``name`` or ``serverName``), schema names, versions and ids, and every machine clock
  (``ts_ms``, ``publishTime``, ``_fivetran_synced``, ``_airbyte_extracted_at``,
  ``approximateArrivalTimestamp``, ``SentTimestamp``). A partition key that is a tenant
  or shard label is no finding.
- **Schemas and DDL name columns, not people**: a Kafka Connect ``schema`` block, a
  Schema Registry subject's Avro schema and a schema-history ``ddl`` or ``tableChanges``
  that name ``email`` or ``diabetes_program_flag`` columns hold no person's data: no
  finding (neither an identifier nor health context) even under keys called ``name`` or
  ``field``.
- **A tombstone's key** (``{"id": 10442}``) is a bare primary key: no finding (a bare
  ``id`` means too many things, as the project decided), and the record is clean.
- **A person's date encoded by the connector** (Debezium's days-since-epoch ``int`` for a
  ``date_of_birth`` column) is still a DATE by its field; a row's ``created_at`` and
  ``updated_at`` are neither expected nor forbidden.
- **Record ids**: a patient id or MRN column is ``OTHER_ID|MRN`` (an MRN-named one MRN),
  a CloudEvents ``subject`` of ``patient/884213`` names the person's record
  (``OTHER_ID|MRN``); an appointment's own ``id`` and a catalog's service id are not a
  person's. A Kafka message key that repeats a client id is neither expected nor
  forbidden.
- **Infrastructure addresses are the service's**: a Kafka Connect worker's
  ``worker_id`` (``10.0.4.17:8083``) is no visitor's IP address; a web event's client
  ``ip`` is.

After reading the detectors no blind expectation was changed (:data:`_DECIDED` is
empty): the project had decided nothing these rows contradict. What the work built: a
whole value that is base64 of JSON (Pub/Sub ``message.data``, Kinesis ``data``, Firehose
``rawData``) is read leaf by leaf under its keys, a finding inside covering the whole
encoded value (``detectors/cells.py``; the README's known gaps listed base64 other than
emails); an EventBridge envelope's ``account`` beside ``detail-type`` and ``region`` is
the AWS account's, not an ACCOUNT_NUMBER (nor its echo in ``resources``' ARNs); an AWS
IAM unique id (``AIDA…``, ``AROA…``) and a stream's 56-digit sequence number are no
OTHER_ID; a person noun's route as a ``subject``'s whole value (a CloudEvent's
``patient/884213``) is the person's record id; Avro's union branches (``string``,
``int``, ``boolean``, ``bytes``, ``double``, ``float``; not ``long``, a longitude's key)
read under their field's name; SQL schema statements and a schema's column names
(``columns[i].name``, Kafka Connect's ``fields[i].field``) are no health context; and
``mammography`` joined the vocabulary. One record is left open (:data:`LEFT_ALONE`):
Debezium's days-since-epoch ``int`` for a date of birth.

Figures (misses / false findings / records wrong): SHAPES (32 records), blind 9 / 4 / 8,
after the work 0 / 0 / 0. HELD_OUT (10 records), blind before any work 7 / 3 / 4; scored
once after the work on SHAPES: 3 / 3 / 3; after two general fixes (Avro's union branches,
stream sequence numbers) and schema text: 1 / 0 / 1 (in LEFT_ALONE).
"""

from __future__ import annotations

import base64
import json

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions


def _b64(obj: object) -> str:
    """Base64 of a JSON payload, as Pub/Sub, Kinesis and Firehose carry a message."""
    return base64.b64encode(json.dumps(obj).encode()).decode()


def _js(obj: object) -> str:
    """A payload serialized into a string field, as SNS, SQS and Airbyte carry it."""
    return json.dumps(obj)


_PG_SOURCE = {
    "version": "2.5.0.Final",
    "connector": "postgresql",
    "name": "crm-prod",
    "ts_ms": 1728391202114,
    "snapshot": "false",
    "db": "crm",
    "sequence": '["24023840","24023928"]',
    "schema": "public",
    "table": "contacts",
    "txId": 90213,
    "lsn": 24023928,
    "xmin": None,
}

_PG_SOURCE_NOT = {
    ("source.name", "*"),
    ("source.ts_ms", "*"),
    ("source.lsn", "*"),
    ("source.txId", "*"),
    ("source.sequence", "*"),
    ("source.db", "*"),
    ("source.table", "*"),
    ("source.version", "*"),
    ("ts_ms", "*"),
    ("op", "*"),
}


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Debezium Postgres update of a CRM contact: before and after images",
        {
            "before": {
                "id": 10442,
                "first_name": "Maria",
                "last_name": "Castellanos",
                "email": "mcastellanos@yahoo.com",
                "mobile_phone": "(720) 555-0131",
                "lead_interest": "Bariatric surgery consult",
                "updated_at": "2024-09-30T18:02:11.412Z",
            },
            "after": {
                "id": 10442,
                "first_name": "Maria",
                "last_name": "Castellanos",
                "email": "mcastellanos@yahoo.com",
                "mobile_phone": "(720) 555-0198",
                "lead_interest": "Bariatric surgery consult",
                "updated_at": "2024-10-08T12:40:02.114Z",
            },
            "source": _PG_SOURCE,
            "op": "u",
            "ts_ms": 1728391202190,
            "transaction": None,
        },
        {
            ("after.first_name", "NAME"),
            ("after.last_name", "NAME"),
            ("after.email", "EMAIL"),
            ("after.mobile_phone", "PHONE"),
            ("after.lead_interest", "HEALTH"),
            ("before.email", "EMAIL"),
            ("before.mobile_phone", "PHONE"),
            ("before.lead_interest", "HEALTH"),
        },
        _PG_SOURCE_NOT,
        True,
    ),
    (
        "Debezium MySQL create of an appointment row: binlog position in source",
        {
            "before": None,
            "after": {
                "id": 55120931,
                "patient_id": 884213,
                "patient_name": "Renata Oyelaran",
                "phone": "+17205550143",
                "appt_start": "2024-10-15T14:00:00Z",
                "department": "Dermatology",
                "reason": "Mole check - changing lesion",
                "status": "BOOKED",
            },
            "source": {
                "version": "2.4.2.Final",
                "connector": "mysql",
                "name": "ehr-bridge",
                "ts_ms": 1728391100000,
                "snapshot": "false",
                "db": "scheduling",
                "table": "appointments",
                "server_id": 223344,
                "gtid": None,
                "file": "mysql-bin.000311",
                "pos": 48213,
                "row": 0,
                "thread": 7,
                "query": None,
            },
            "op": "c",
            "ts_ms": 1728391100412,
        },
        {
            ("after.patient_id", "OTHER_ID|MRN"),
            ("after.patient_name", "NAME"),
            ("after.phone", "PHONE"),
            ("after.appt_start", "DATE"),
            ("after.reason", "HEALTH"),
        },
        {
            ("after.id", "*"),
            ("after.status", "*"),
            ("source.name", "*"),
            ("source.server_id", "*"),
            ("source.file", "*"),
            ("source.pos", "*"),
            ("source.thread", "*"),
            ("source.ts_ms", "*"),
            ("ts_ms", "*"),
        },
        True,
    ),
    (
        "Kafka Connect JSON with schema and payload: a web form submission",
        {
            "schema": {
                "type": "struct",
                "fields": [
                    {
                        "type": "struct",
                        "fields": [
                            {"type": "int32", "optional": False, "field": "id"},
                            {"type": "string", "optional": True, "field": "full_name"},
                            {"type": "string", "optional": True, "field": "email"},
                            {"type": "string", "optional": True, "field": "zip"},
                            {"type": "string", "optional": True, "field": "message"},
                        ],
                        "optional": True,
                        "name": "crm.public.form_submissions.Value",
                        "field": "after",
                    },
                    {"type": "string", "optional": False, "field": "op"},
                    {"type": "int64", "optional": True, "field": "ts_ms"},
                ],
                "optional": False,
                "name": "crm.public.form_submissions.Envelope",
                "version": 1,
            },
            "payload": {
                "before": None,
                "after": {
                    "id": 7719,
                    "full_name": "Darnell Pruitt",
                    "email": "dpruitt77@gmail.com",
                    "zip": "80211",
                    "message": "I have had migraines almost daily since August, "
                    "can I see a neurologist?",
                },
                "op": "c",
                "ts_ms": 1728391230011,
            },
        },
        {
            ("payload.after.full_name", "NAME"),
            ("payload.after.email", "EMAIL"),
            ("payload.after.zip", "ZIP_CODE"),
            ("payload.after.message", "HEALTH"),
        },
        {
            ("schema.name", "*"),
            ("schema.fields[0].name", "*"),
            ("schema.fields[0].fields[1].field", "*"),
            ("schema.fields[0].fields[2].field", "*"),
            ("schema.fields[0].fields[3].field", "*"),
            ("schema.version", "*"),
            ("payload.ts_ms", "*"),
        },
        True,
    ),
    (
        "Avro JSON encoding: Debezium patient row with unions and a record union",
        {
            "before": None,
            "after": {
                "crm.public.patients.Value": {
                    "id": 20931,
                    "first_name": {"string": "Keisha"},
                    "last_name": {"string": "Abernathy"},
                    "email": {"string": "keisha.abernathy@outlook.com"},
                    "date_of_birth": {"int": -3653},
                    "condition_interest": {"string": "Type 2 diabetes"},
                    "sms_opt_in": {"boolean": True},
                }
            },
            "source": {
                "version": "2.5.0.Final",
                "connector": "postgresql",
                "name": "crm-prod",
                "ts_ms": 1728391202114,
                "db": "crm",
                "table": "patients",
                "lsn": {"long": 24024410},
                "txId": {"long": 90217},
            },
            "op": "c",
            "ts_ms": {"long": 1728391202190},
            "transaction": None,
        },
        {
            ("after.crm.public.patients.Value.first_name.string", "NAME"),
            ("after.crm.public.patients.Value.last_name.string", "NAME"),
            ("after.crm.public.patients.Value.email.string", "EMAIL"),
            ("after.crm.public.patients.Value.date_of_birth.int", "DATE"),
            ("after.crm.public.patients.Value.condition_interest.string", "HEALTH"),
        },
        {
            ("source.name", "*"),
            ("source.lsn.long", "*"),
            ("source.txId.long", "*"),
            ("ts_ms.long", "*"),
            ("after.crm.public.patients.Value.sms_opt_in.boolean", "*"),
        },
        True,
    ),
    (
        "Fivetran-synced HubSpot contacts table (CSV): a soft-deleted row",
        {
            "id": "51022",
            "property_email": "t.okafor@gmail.com",
            "property_firstname": "Tobenna",
            "property_lastname": "Okafor",
            "property_phone": "303-555-0164",
            "property_service_line_interest": "Orthopedics - hip replacement",
            "_fivetran_synced": "2024-10-08 12:41:07.331 UTC",
            "_fivetran_deleted": "true",
        },
        {
            ("property_email", "EMAIL"),
            ("property_firstname", "NAME"),
            ("property_lastname", "NAME"),
            ("property_phone", "PHONE"),
            ("property_service_line_interest", "HEALTH"),
        },
        {("_fivetran_synced", "*"), ("_fivetran_deleted", "*")},
        True,
    ),
    (
        "Airbyte v2 raw table row: _airbyte_data as a JSON string of a HubSpot contact",
        {
            "_airbyte_raw_id": "3f1c2b9e-77a0-4b8e-9d2f-6a1e0c55b812",
            "_airbyte_extracted_at": "2024-10-08T12:40:55.000Z",
            "_airbyte_loaded_at": "2024-10-08T12:41:30.221Z",
            "_airbyte_meta": '{"changes":[],"sync_id":48812}',
            "_airbyte_generation_id": "12",
            "_airbyte_data": _js(
                {
                    "id": "88120",
                    "properties": {
                        "email": "lwinters@comcast.net",
                        "firstname": "Lorna",
                        "lastname": "Winters",
                        "condition_of_interest": "Sleep apnea",
                    },
                    "createdAt": "2024-10-01T09:12:44.000Z",
                    "archived": False,
                }
            ),
        },
        {
            ("_airbyte_data", "EMAIL"),
            ("_airbyte_data", "NAME"),
            ("_airbyte_data", "HEALTH"),
        },
        {
            ("_airbyte_raw_id", "*"),
            ("_airbyte_extracted_at", "*"),
            ("_airbyte_loaded_at", "*"),
            ("_airbyte_meta", "*"),
            ("_airbyte_generation_id", "*"),
        },
        True,
    ),
    (
        "Pub/Sub push message: base64 data of an appointment request form",
        {
            "message": {
                "attributes": {
                    "source": "crm-forms",
                    "eventType": "form.submitted",
                    "schemaVersion": "3",
                },
                "data": _b64(
                    {
                        "form": "Request an appointment",
                        "name": "Darius Whitlock",
                        "email": "dwhitlock@icloud.com",
                        "phone": "(312) 555-0186",
                        "reason": "Knee pain after a fall, possible torn meniscus",
                    }
                ),
                "messageId": "2070443601311540",
                "message_id": "2070443601311540",
                "publishTime": "2024-10-07T14:03:22.181Z",
                "publish_time": "2024-10-07T14:03:22.181Z",
            },
            "subscription": "projects/acme-health-mktg/subscriptions/forms-push",
        },
        {
            ("message.data", "EMAIL"),
            ("message.data", "NAME"),
            ("message.data", "HEALTH"),
        },
        {
            ("message.messageId", "*"),
            ("message.message_id", "*"),
            ("message.publishTime", "*"),
            ("message.publish_time", "*"),
            ("message.attributes.schemaVersion", "*"),
            ("message.attributes.source", "*"),
            ("subscription", "*"),
        },
        True,
    ),
    (
        "Kinesis Firehose transformation event: base64 GA4-like page view",
        {
            "invocationId": "6a2f1e0d-5b3c-4f9e-8a71-2d4c0b9e1f33",
            "deliveryStreamArn": (
                "arn:aws:firehose:us-east-1:123456789012:deliverystream/web-events"
            ),
            "region": "us-east-1",
            "records": [
                {
                    "recordId": "49546986683135544286507457936321625675700192471156785154",
                    "approximateArrivalTimestamp": 1728391202114,
                    "data": _b64(
                        {
                            "event_name": "page_view",
                            "client_id": "1843377520.1727901234",
                            "page_location": "https://www.example-health.org/conditions/"
                            "psoriasis/biologic-treatment",
                            "engagement_time_msec": 1840,
                        }
                    ),
                }
            ],
        },
        {("records[0].data", "ONLINE_ID"), ("records[0].data", "HEALTH")},
        {
            ("invocationId", "*"),
            ("deliveryStreamArn", "*"),
            ("records[0].recordId", "*"),
            ("records[0].approximateArrivalTimestamp", "*"),
        },
        True,
    ),
    (
        "EventBridge event: appointment booked, detail with the patient",
        {
            "version": "0",
            "id": "c8a1f0e2-3b4d-4c5e-9f60-7a8b9c0d1e2f",
            "detail-type": "Appointment Booked",
            "source": "com.northpeak.scheduling",
            "account": "123456789012",
            "time": "2024-10-08T15:20:41Z",
            "region": "us-east-1",
            "resources": [],
            "detail": {
                "patientId": "P-0093321",
                "firstName": "Harold",
                "lastName": "Mbeki",
                "email": "hmbeki@aol.com",
                "appointmentTime": "2024-10-21T09:30:00-05:00",
                "specialty": "Cardiology",
                "visitReason": "Follow-up for atrial fibrillation",
            },
        },
        {
            ("detail.patientId", "OTHER_ID|MRN"),
            ("detail.firstName", "NAME"),
            ("detail.lastName", "NAME"),
            ("detail.email", "EMAIL"),
            ("detail.appointmentTime", "DATE"),
            ("detail.visitReason", "HEALTH"),
        },
        {
            ("id", "*"),
            ("detail-type", "*"),
            ("source", "*"),
            ("account", "*"),
            ("time", "*"),
            ("region", "*"),
        },
        True,
    ),
    (
        "SQS Lambda event carrying an SNS notification whose Message is a CRM update",
        {
            "Records": [
                {
                    "messageId": "059f36b4-87a3-44ab-83d2-661975830a7d",
                    "receiptHandle": "AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a"
                    "/Sp+Bm5zQnGlSOm8f9Uj4nEFYv0eA1Zb8lX3c2qQ==",
                    "body": _js(
                        {
                            "Type": "Notification",
                            "MessageId": "95df01b4-ee98-5cb9-9903-4c221d41eb5e",
                            "TopicArn": "arn:aws:sns:us-east-1:123456789012:crm-updates",
                            "Message": _js(
                                {
                                    "contact_email": "ysantana@hotmail.com",
                                    "contact_phone": "+13035550157",
                                    "program": "Cardiac rehab enrollment",
                                }
                            ),
                            "Timestamp": "2024-10-08T15:21:02.556Z",
                        }
                    ),
                    "attributes": {
                        "ApproximateReceiveCount": "1",
                        "SentTimestamp": "1728400862556",
                        "SenderId": "AIDAIENQZJOLO23YVJ4VO",
                        "ApproximateFirstReceiveTimestamp": "1728400862571",
                    },
                    "messageAttributes": {},
                    "md5OfBody": "7b270e59b47ff90a553787216d55d91d",
                    "eventSource": "aws:sqs",
                    "eventSourceARN": "arn:aws:sqs:us-east-1:123456789012:crm-updates-q",
                    "awsRegion": "us-east-1",
                }
            ]
        },
        {("Records[0].body", "EMAIL"), ("Records[0].body", "HEALTH")},
        {
            ("Records[0].messageId", "*"),
            ("Records[0].receiptHandle", "*"),
            ("Records[0].md5OfBody", "*"),
            ("Records[0].attributes.SentTimestamp", "*"),
            ("Records[0].attributes.SenderId", "*"),
            ("Records[0].attributes.ApproximateFirstReceiveTimestamp", "*"),
            ("Records[0].eventSourceARN", "*"),
        },
        True,
    ),
    (
        "CloudEvents structured JSON: patient consent updated",
        {
            "specversion": "1.0",
            "type": "com.healthcrm.patient.consent.updated",
            "source": "/crm/consents",
            "id": "A234-1234-1234",
            "time": "2024-10-08T17:31:00Z",
            "subject": "patient/884213",
            "datacontenttype": "application/json",
            "data": {
                "patient": {
                    "mrn": "00884213",
                    "name": "Vivian Achterberg",
                    "email": "v.achterberg@gmail.com",
                },
                "consent": "SMS marketing opt-in",
                "program": "Diabetes Prevention Program",
            },
        },
        {
            ("subject", "OTHER_ID|MRN"),
            ("data.patient.mrn", "MRN"),
            ("data.patient.name", "NAME"),
            ("data.patient.email", "EMAIL"),
            ("data.program", "HEALTH"),
        },
        {
            ("specversion", "*"),
            ("type", "*"),
            ("source", "*"),
            ("id", "*"),
            ("time", "*"),
            ("data.consent", "*"),
        },
        True,
    ),
    (
        "Segment replay batch: identify then a track call with a health event name",
        {
            "batch": [
                {
                    "type": "identify",
                    "userId": "u_77120",
                    "anonymousId": "a8d5e7c2-41f0-4b6e-9c3a-0f2d1e4b7a90",
                    "traits": {
                        "email": "brennan.k@protonmail.com",
                        "firstName": "Brennan",
                        "phone": "(415) 555-0122",
                    },
                    "messageId": "ajs-next-1728391202190-3f0a9b2c",
                    "timestamp": "2024-10-08T12:40:02.190Z",
                },
                {
                    "type": "track",
                    "event": "Sleep Study Scheduled",
                    "userId": "u_77120",
                    "anonymousId": "a8d5e7c2-41f0-4b6e-9c3a-0f2d1e4b7a90",
                    "properties": {"clinic": "Westside Sleep Center"},
                    "messageId": "ajs-next-1728391209554-77d1e0aa",
                    "timestamp": "2024-10-08T12:40:09.554Z",
                },
            ],
            "sentAt": "2024-10-08T12:40:10.002Z",
            "context": {"library": {"name": "analytics-node", "version": "1.3.0"}},
        },
        {
            ("batch[0].traits.email", "EMAIL"),
            ("batch[0].traits.firstName", "NAME"),
            ("batch[0].anonymousId", "ONLINE_ID"),
            ("batch[1].event", "HEALTH"),
        },
        {
            ("batch[0].messageId", "*"),
            ("batch[1].messageId", "*"),
            ("sentAt", "*"),
            ("context.library.name", "*"),
            ("context.library.version", "*"),
        },
        True,
    ),
    (
        "RudderStack replay from an S3 backup: a site search with the visitor's traits",
        {
            "type": "track",
            "event": "Site Search",
            "messageId": "1728391230-5b0c7e1a-9d44-4f1e-8b2a-66c1d0f4e9a7",
            "anonymousId": "0e7b4c1a-5d2f-4a3b-9e8c-1f6a7b2c3d4e",
            "channel": "web",
            "context": {
                "traits": {"email": "g.haddad@yahoo.com"},
                "library": {"name": "RudderLabs JavaScript SDK", "version": "3.7.6"},
                "page": {"path": "/search"},
            },
            "properties": {"search_term": "shingles vaccine side effects"},
            "request_ip": "73.162.44.19",
            "receivedAt": "2024-10-08T12:40:31.118Z",
            "sentAt": "2024-10-08T12:40:30.902Z",
        },
        {
            ("anonymousId", "ONLINE_ID"),
            ("context.traits.email", "EMAIL"),
            ("properties.search_term", "HEALTH"),
            ("request_ip", "IP_ADDRESS"),
        },
        {
            ("messageId", "*"),
            ("channel", "*"),
            ("receivedAt", "*"),
            ("sentAt", "*"),
            ("context.library.name", "*"),
        },
        True,
    ),
    (
        "Kafka Connect sink DLQ record: headers quote the bad phone, value is the row",
        {
            "topic": "dlq-bigquery-sink",
            "partition": 2,
            "offset": 118822,
            "timestamp": 1728391255012,
            "headers": {
                "__connect.errors.topic": "crm.public.contacts",
                "__connect.errors.partition": "0",
                "__connect.errors.offset": "99123",
                "__connect.errors.connector.name": "bq-sink-contacts",
                "__connect.errors.task.id": "0",
                "__connect.errors.stage": "VALUE_CONVERTER",
                "__connect.errors.class.name": "io.confluent.connect.avro.AvroConverter",
                "__connect.errors.exception.class.name": (
                    "org.apache.kafka.connect.errors.DataException"
                ),
                "__connect.errors.exception.message": (
                    "Failed to convert field 'phone': value '(303) 555-0178 ext' is not "
                    "a valid E.164 number"
                ),
            },
            "value": _js(
                {
                    "id": 10519,
                    "email": "k.ndiaye@outlook.com",
                    "phone": "(303) 555-0178 ext",
                    "lead_source": "Hernia repair landing page",
                }
            ),
        },
        {
            ("headers.__connect.errors.exception.message", "PHONE"),
            ("value", "EMAIL"),
            ("value", "HEALTH"),
        },
        {
            ("topic", "*"),
            ("partition", "*"),
            ("offset", "*"),
            ("timestamp", "*"),
            ("headers.__connect.errors.offset", "*"),
            ("headers.__connect.errors.connector.name", "*"),
            ("headers.__connect.errors.task.id", "*"),
            ("headers.__connect.errors.class.name", "*"),
            ("headers.__connect.errors.exception.class.name", "*"),
        },
        True,
    ),
    (
        "SQS redrive (DLQ) message: newsletter signup with a validation error",
        {
            "messageId": "d2f8c1a0-6b3e-4e7f-9a21-5c0b8e4d7f13",
            "body": _js({"email": "jdoe.runner@gmail.com", "list": "Monthly newsletter"}),
            "attributes": {
                "ApproximateReceiveCount": "5",
                "SentTimestamp": "1728391300441",
                "DeadLetterQueueSourceArn": "arn:aws:sqs:us-east-1:123456789012:signups",
            },
            "errorMessage": "ValidationError: list 'Monthly newsletter' is archived",
        },
        {("body", "EMAIL")},
        {
            ("messageId", "*"),
            ("attributes.SentTimestamp", "*"),
            ("attributes.ApproximateReceiveCount", "*"),
            ("attributes.DeadLetterQueueSourceArn", "*"),
            ("errorMessage", "*"),
        },
        False,
    ),
    (
        "Debezium heartbeat message (clean): server name and a ts_ms",
        {
            "topic": "__debezium-heartbeat.crm-prod",
            "partition": 0,
            "offset": 402211,
            "key": {"serverName": "crm-prod"},
            "value": {"ts_ms": 1728391202114},
        },
        set(),
        {
            ("topic", "*"),
            ("partition", "*"),
            ("offset", "*"),
            ("key.serverName", "*"),
            ("value.ts_ms", "*"),
        },
        False,
    ),
    (
        "Kafka Connect offsets topic record (clean): connector and LSN",
        {
            "key": '["pg-crm-source",{"server":"crm-prod"}]',
            "value": _js(
                {
                    "lsn_proc": 24023928,
                    "lsn_commit": 24023928,
                    "lsn": 24023928,
                    "txId": 90213,
                    "ts_usec": 1728391202114221,
                }
            ),
            "partition": 14,
            "offset": 88,
        },
        set(),
        {("key", "*"), ("value", "*"), ("partition", "*"), ("offset", "*")},
        False,
    ),
    (
        "Kafka tombstone for a deleted contact (clean): key only, value null",
        {
            "topic": "crm.public.contacts",
            "partition": 3,
            "offset": 551203,
            "timestamp": 1728391202190,
            "key": '{"id":10442}',
            "value": None,
        },
        set(),
        {
            ("topic", "*"),
            ("partition", "*"),
            ("offset", "*"),
            ("timestamp", "*"),
            ("key", "*"),
        },
        False,
    ),
    (
        "Debezium delete: after is null, the before image is the whole patient row",
        {
            "before": {
                "id": 30118,
                "mrn": "E1048832",
                "first_name": "Augustin",
                "last_name": "Pelletier",
                "dob": "1958-02-27",
                "home_phone": "(617) 555-0109",
                "primary_dx": "COPD",
            },
            "after": None,
            "source": {**_PG_SOURCE, "table": "patients", "lsn": 24031172, "txId": 90244},
            "op": "d",
            "ts_ms": 1728392001311,
        },
        {
            ("before.mrn", "MRN"),
            ("before.first_name", "NAME"),
            ("before.last_name", "NAME"),
            ("before.dob", "DATE"),
            ("before.home_phone", "PHONE"),
            ("before.primary_dx", "HEALTH"),
        },
        _PG_SOURCE_NOT,
        True,
    ),
    (
        "Debezium schema history record (clean): DDL adding a programme flag column",
        {
            "source": {"server": "ehr-bridge"},
            "position": {
                "file": "mysql-bin.000311",
                "pos": 48011,
                "gtids": "3e11fa47-71ca-11e1-9e33-c80aa9429562:1-5512",
            },
            "ts_ms": 1728391099000,
            "databaseName": "scheduling",
            "ddl": "ALTER TABLE patients ADD COLUMN diabetes_program_flag TINYINT(1) DEFAULT 0",
            "tableChanges": [
                {
                    "type": "ALTER",
                    "id": '"scheduling"."patients"',
                    "table": {
                        "defaultCharsetName": "utf8mb4",
                        "primaryKeyColumnNames": ["id"],
                        "columns": [
                            {"name": "id", "jdbcType": 4, "typeName": "INT", "position": 1},
                            {
                                "name": "first_name",
                                "jdbcType": 12,
                                "typeName": "VARCHAR",
                                "position": 2,
                            },
                            {
                                "name": "diabetes_program_flag",
                                "jdbcType": -6,
                                "typeName": "TINYINT",
                                "position": 9,
                            },
                        ],
                    },
                }
            ],
        },
        set(),
        {
            ("source.server", "*"),
            ("position.file", "*"),
            ("position.pos", "*"),
            ("position.gtids", "*"),
            ("ts_ms", "*"),
            ("databaseName", "*"),
            ("ddl", "*"),
            ("tableChanges[0].table.columns[1].name", "*"),
            ("tableChanges[0].table.columns[2].name", "*"),
        },
        False,
    ),
    (
        "Schema Registry subject version (clean): an Avro schema naming PHI columns",
        {
            "subject": "crm.public.patients-value",
            "version": 12,
            "id": 100042,
            "schemaType": "AVRO",
            "schema": _js(
                {
                    "type": "record",
                    "name": "Value",
                    "namespace": "crm.public.patients",
                    "fields": [
                        {"name": "id", "type": "int"},
                        {"name": "email", "type": ["null", "string"]},
                        {"name": "diagnosis", "type": ["null", "string"]},
                        {"name": "date_of_birth", "type": ["null", "int"]},
                    ],
                }
            ),
        },
        set(),
        {("subject", "*"), ("version", "*"), ("id", "*"), ("schemaType", "*"), ("schema", "*")},
        False,
    ),
    (
        "Maxwell update of a lead: data and the old phone",
        {
            "database": "crm",
            "table": "leads",
            "type": "update",
            "ts": 1728391202,
            "xid": 940012,
            "commit": True,
            "data": {
                "id": 3301,
                "email": "priya.v@gmail.com",
                "phone": "720-555-0175",
                "zip": "80206",
                "interest": "IVF consultation",
            },
            "old": {"phone": "720-555-0110"},
        },
        {
            ("data.email", "EMAIL"),
            ("data.phone", "PHONE"),
            ("data.zip", "ZIP_CODE"),
            ("data.interest", "HEALTH"),
            ("old.phone", "PHONE"),
        },
        {
            ("database", "*"),
            ("table", "*"),
            ("type", "*"),
            ("ts", "*"),
            ("xid", "*"),
            ("commit", "*"),
        },
        True,
    ),
    (
        "Debezium update of a newsletter subscriber: identified, no health",
        {
            "before": None,
            "after": {
                "id": 66120,
                "email": "owen.fairbanks@gmail.com",
                "first_name": "Owen",
                "subscribed": True,
                "list": "Monthly newsletter",
            },
            "source": {**_PG_SOURCE, "table": "subscribers"},
            "op": "u",
            "ts_ms": 1728391202201,
        },
        {("after.email", "EMAIL"), ("after.first_name", "NAME")},
        _PG_SOURCE_NOT | {("after.list", "*"), ("after.subscribed", "*")},
        False,
    ),
    (
        "Debezium snapshot of a service catalog row: health words, nobody's",
        {
            "before": None,
            "after": {
                "service_id": 204,
                "service_name": "Colonoscopy screening",
                "department": "Gastroenterology",
                "price_cents": 189000,
                "updated_at": "2024-06-01T00:00:00Z",
            },
            "source": {**_PG_SOURCE, "table": "services", "snapshot": "true"},
            "op": "r",
            "ts_ms": 1728391000004,
        },
        set(),
        _PG_SOURCE_NOT | {("after.service_id", "*"), ("after.price_cents", "*")},
        False,
    ),
    (
        "Pub/Sub BigQuery subscription row (CSV): data as JSON text, not base64",
        {
            "subscription_name": "projects/acme-health-mktg/subscriptions/crm-bq",
            "message_id": "9412207733851066",
            "publish_time": "2024-10-08 15:40:12.409000 UTC",
            "data": _js(
                {
                    "contact_id": "C-448120",
                    "email": "rosa.mendez@gmail.com",
                    "first_name": "Rosa",
                    "last_name": "Mendez",
                    "segment": "Prenatal care nurture",
                }
            ),
            "attributes": '{"origin":"hubspot-sync","version":"2"}',
        },
        {("data", "EMAIL"), ("data", "NAME"), ("data", "HEALTH")},
        {
            ("subscription_name", "*"),
            ("message_id", "*"),
            ("publish_time", "*"),
            ("attributes", "*"),
        },
        True,
    ),
    (
        "Kinesis Data Streams Lambda event: base64 CRM contact with a medication interest",
        {
            "Records": [
                {
                    "kinesis": {
                        "kinesisSchemaVersion": "1.0",
                        "partitionKey": "tenant-042",
                        "sequenceNumber": (
                            "49590338271490256608559692538361571095921575989136588898"
                        ),
                        "data": _b64(
                            {
                                "email": "cfontaine@gmail.com",
                                "first_name": "Celeste",
                                "last_name": "Fontaine",
                                "interest": "Semaglutide weight management program",
                            }
                        ),
                        "approximateArrivalTimestamp": 1728391202.987,
                    },
                    "eventSource": "aws:kinesis",
                    "eventVersion": "1.0",
                    "eventID": (
                        "shardId-000000000006:"
                        "49590338271490256608559692538361571095921575989136588898"
                    ),
                    "eventName": "aws:kinesis:record",
                    "invokeIdentityArn": "arn:aws:iam::123456789012:role/crm-stream-consumer",
                    "awsRegion": "us-east-2",
                    "eventSourceARN": "arn:aws:kinesis:us-east-2:123456789012:stream/crm",
                }
            ]
        },
        {("Records[0].kinesis.data", "EMAIL"), ("Records[0].kinesis.data", "HEALTH")},
        {
            ("Records[0].kinesis.partitionKey", "*"),
            ("Records[0].kinesis.sequenceNumber", "*"),
            ("Records[0].kinesis.approximateArrivalTimestamp", "*"),
            ("Records[0].eventID", "*"),
            ("Records[0].invokeIdentityArn", "*"),
            ("Records[0].eventSourceARN", "*"),
        },
        True,
    ),
    (
        "Kafka Connect connector status (clean): names, states and worker addresses",
        {
            "name": "pg-crm-source",
            "connector": {"state": "RUNNING", "worker_id": "10.0.4.17:8083"},
            "tasks": [{"id": 0, "state": "RUNNING", "worker_id": "10.0.4.17:8083"}],
            "type": "source",
        },
        set(),
        {
            ("name", "*"),
            ("connector.state", "*"),
            ("connector.worker_id", "*"),
            ("tasks[0].worker_id", "*"),
            ("tasks[0].id", "*"),
            ("type", "*"),
        },
        False,
    ),
    (
        "Debezium transaction metadata (clean): END with data collections",
        {
            "status": "END",
            "id": "571:53195832",
            "ts_ms": 1728391202199,
            "event_count": 2,
            "data_collections": [
                {"data_collection": "crm.public.contacts", "event_count": 1},
                {"data_collection": "crm.public.consents", "event_count": 1},
            ],
        },
        set(),
        {
            ("status", "*"),
            ("id", "*"),
            ("ts_ms", "*"),
            ("event_count", "*"),
            ("data_collections[0].data_collection", "*"),
            ("data_collections[1].data_collection", "*"),
        },
        False,
    ),
    (
        "Fivetran-synced appointments table (CSV): patient id, start time, visit type",
        {
            "id": "771204",
            "patient_id": "884213",
            "provider_id": "2041",
            "start_time": "2024-10-22 08:15:00",
            "appointment_type": "Colonoscopy",
            "status": "scheduled",
            "_fivetran_synced": "2024-10-08 12:41:07.331 UTC",
            "_fivetran_deleted": "false",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("start_time", "DATE"),
            ("appointment_type", "HEALTH"),
        },
        {("id", "*"), ("status", "*"), ("_fivetran_synced", "*"), ("_fivetran_deleted", "*")},
        True,
    ),
    (
        "Airbyte legacy raw table: an anonymous survey answer, health but nobody",
        {
            "_airbyte_ab_id": "9b2e4f10-3c7d-4a8e-b1f5-0d6c2a9e8b47",
            "_airbyte_emitted_at": "2024-10-08 12:00:03.114000+00:00",
            "_airbyte_data": _js(
                {
                    "response_id": "R_3kPq8ZLmW2xYt9b",
                    "How would you rate your visit?": "5",
                    "What brought you in today?": "Lower back pain",
                    "submitted_at": "2024-10-07T19:22:10Z",
                }
            ),
        },
        {("_airbyte_data", "HEALTH")},
        {("_airbyte_ab_id", "*"), ("_airbyte_emitted_at", "*")},
        False,
    ),
    (
        "EventBridge scheduled event (clean): nightly CRM sync rule",
        {
            "version": "0",
            "id": "53dc4d37-cffa-4f76-80c9-8b7d4a4d2eaa",
            "detail-type": "Scheduled Event",
            "source": "aws.events",
            "account": "123456789012",
            "time": "2024-10-08T06:00:00Z",
            "region": "us-east-1",
            "resources": ["arn:aws:events:us-east-1:123456789012:rule/nightly-crm-sync"],
            "detail": {},
        },
        set(),
        {
            ("id", "*"),
            ("account", "*"),
            ("time", "*"),
            ("resources[0]", "*"),
            ("detail-type", "*"),
        },
        False,
    ),
    (
        "SNS SMS delivery status log: the destination number, no health",
        {
            "notification": {
                "messageId": "34a3b2c1-9e5f-5d4a-8c7b-1a2b3c4d5e6f",
                "timestamp": "2024-10-08 14:02:11.241",
            },
            "delivery": {
                "phoneCarrier": "T-Mobile",
                "mnc": 260,
                "numberOfMessageParts": 1,
                "destination": "+17205550111",
                "priceInUSD": 0.00645,
                "smsType": "Transactional",
                "mcc": 310,
                "providerResponse": "Message has been accepted by phone carrier",
                "dwellTimeMs": 541,
                "dwellTimeMsUntilDeviceAck": 1802,
            },
            "status": "SUCCESS",
        },
        {("delivery.destination", "PHONE")},
        {
            ("notification.messageId", "*"),
            ("notification.timestamp", "*"),
            ("delivery.mnc", "*"),
            ("delivery.mcc", "*"),
            ("delivery.dwellTimeMs", "*"),
            ("delivery.phoneCarrier", "*"),
            ("delivery.providerResponse", "*"),
        },
        False,
    ),
    (
        "SNS HTTP notification: lab results ready, Message as a JSON string",
        {
            "Type": "Notification",
            "MessageId": "22b80b92-fdea-4c2c-8f9d-bdfb0c7bf324",
            "TopicArn": "arn:aws:sns:us-east-2:123456789012:portal-notifications",
            "Subject": "Results available",
            "Message": _js(
                {
                    "patient_email": "n.oduya@gmail.com",
                    "patient_first_name": "Nkechi",
                    "test": "Lipid panel",
                    "portal_url": "https://mychart.example.org/results",
                }
            ),
            "Timestamp": "2024-10-08T16:12:04.317Z",
            "SignatureVersion": "1",
            "Signature": "EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQ"
            "vi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IK"
            "vO61GWB6jI9b5+gLPoBc1Q=",
            "SigningCertURL": "https://sns.us-east-2.amazonaws.com/"
            "SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem",
            "UnsubscribeURL": "https://sns.us-east-2.amazonaws.com/?Action=Unsubscribe"
            "&SubscriptionArn=arn:aws:sns:us-east-2:123456789012:portal-notifications:"
            "c9135db0-26c4-47ec-8998-413945fb5a96",
        },
        {("Message", "EMAIL"), ("Message", "NAME"), ("Message", "HEALTH")},
        {
            ("MessageId", "*"),
            ("TopicArn", "*"),
            ("Timestamp", "*"),
            ("Signature", "*"),
            ("SigningCertURL", "*"),
            ("UnsubscribeURL", "*"),
            ("SignatureVersion", "*"),
        },
        True,
    ),
    (
        "Debezium unwrapped (ExtractNewRecordState) patient row with __ metadata",
        {
            "id": 30119,
            "mrn": "E1048917",
            "first_name": "Imelda",
            "last_name": "Ferreira",
            "dob": "1949-11-03",
            "primary_dx": "Congestive heart failure",
            "__op": "u",
            "__table": "patients",
            "__source_ts_ms": 1728392001311,
            "__lsn": 24031380,
            "__deleted": "false",
        },
        {
            ("mrn", "MRN"),
            ("first_name", "NAME"),
            ("last_name", "NAME"),
            ("dob", "DATE"),
            ("primary_dx", "HEALTH"),
        },
        {
            ("__op", "*"),
            ("__table", "*"),
            ("__source_ts_ms", "*"),
            ("__lsn", "*"),
            ("__deleted", "*"),
        },
        True,
    ),
    (
        "Debezium MongoDB change event: after as Extended JSON string of a lead",
        {
            "after": _js(
                {
                    "_id": {"$oid": "6704f1c2a9e3b21d4c8f0a17"},
                    "email": "tbaptiste@gmail.com",
                    "name": {"first": "Thierry", "last": "Baptiste"},
                    "tags": ["semaglutide-waitlist"],
                    "createdAt": {"$date": 1728391202114},
                }
            ),
            "patch": None,
            "filter": None,
            "updateDescription": None,
            "source": {
                "version": "2.5.0.Final",
                "connector": "mongodb",
                "name": "mkt-mongo",
                "ts_ms": 1728391202000,
                "snapshot": "false",
                "db": "marketing",
                "rs": "rs0",
                "collection": "leads",
                "ord": 3,
                "lsid": None,
                "txnNumber": None,
            },
            "op": "c",
            "ts_ms": 1728391202301,
        },
        {("after", "EMAIL"), ("after", "NAME"), ("after", "HEALTH")},
        {
            ("source.name", "*"),
            ("source.rs", "*"),
            ("source.ord", "*"),
            ("source.collection", "*"),
            ("source.ts_ms", "*"),
            ("ts_ms", "*"),
        },
        True,
    ),
    (
        "Kafka message of a server-side collector: a GA4-like page view with client IP",
        {
            "topic": "web-events",
            "partition": 7,
            "offset": 99812331,
            "timestamp": 1728391202114,
            "key": "1843377520.1727901234",
            "value": {
                "event_name": "page_view",
                "client_id": "1843377520.1727901234",
                "page_location": "https://www.example-health.org/conditions/psoriasis/treatment",
                "ip": "73.162.44.19",
                "ts": 1728391202,
            },
        },
        {
            ("value.client_id", "ONLINE_ID"),
            ("value.page_location", "HEALTH"),
            ("value.ip", "IP_ADDRESS"),
        },
        {
            ("topic", "*"),
            ("partition", "*"),
            ("offset", "*"),
            ("timestamp", "*"),
            ("value.ts", "*"),
        },
        True,
    ),
    (
        "Debezium update of a lead's status: identified, no health, no before image",
        {
            "before": None,
            "after": {
                "id": 10771,
                "email": "s.kowalski@gmail.com",
                "phone": "(720) 555-0126",
                "lead_status": "Contacted",
                "owner_id": "0055e000003KzqQAAS",
            },
            "source": _PG_SOURCE,
            "op": "u",
            "ts_ms": 1728391500114,
        },
        {("after.email", "EMAIL"), ("after.phone", "PHONE")},
        _PG_SOURCE_NOT | {("after.lead_status", "*")},
        False,
    ),
    (
        "Kafka Connect DLQ entry (clean): Avro binary value, no values in the error",
        {
            "topic": "dlq-s3-sink",
            "partition": 0,
            "offset": 4411,
            "timestamp": 1728391600000,
            "headers": {
                "__connect.errors.topic": "crm.public.contacts",
                "__connect.errors.stage": "VALUE_CONVERTER",
                "__connect.errors.exception.class.name": (
                    "org.apache.kafka.common.errors.SerializationException"
                ),
                "__connect.errors.exception.message": "Unknown magic byte!",
            },
            "value": "AAAAAGQCFGNvbnRhY3QtMDEgAhRwZW5kaW5nAA==",
        },
        set(),
        {
            ("topic", "*"),
            ("partition", "*"),
            ("offset", "*"),
            ("timestamp", "*"),
            ("headers.__connect.errors.exception.message", "*"),
            ("value", "*"),
        },
        False,
    ),
    (
        "Firehose processing-failed output: rawData base64 with an email and a diagnosis",
        {
            "attemptsMade": 4,
            "arrivalTimestamp": 1728391202114,
            "errorCode": "Lambda.FunctionError",
            "errorMessage": "The Lambda function was successfully invoked but it returned an "
            "error result.",
            "attemptEndingTimestamp": 1728391262331,
            "rawData": _b64(
                {
                    "email": "wgreer@yahoo.com",
                    "phone": "+14045550163",
                    "diagnosis": "Chronic kidney disease stage 3",
                }
            ),
            "lambdaArn": "arn:aws:lambda:us-east-1:123456789012:function:crm-enrich:$LATEST",
        },
        {("rawData", "EMAIL"), ("rawData", "HEALTH")},
        {
            ("attemptsMade", "*"),
            ("arrivalTimestamp", "*"),
            ("attemptEndingTimestamp", "*"),
            ("errorCode", "*"),
            ("errorMessage", "*"),
            ("lambdaArn", "*"),
        },
        True,
    ),
    (
        "Pub/Sub dead-letter message: a Postgres error quoting the email, base64 payload",
        {
            "message": {
                "data": _b64(
                    {
                        "email": "tanya.r@icloud.com",
                        "first_name": "Tanya",
                        "program": "Smoking cessation class",
                    }
                ),
                "attributes": {
                    "CloudPubSubDeadLetterSourceDeliveryCount": "5",
                    "CloudPubSubDeadLetterSourceSubscription": "crm-sync-sub",
                    "CloudPubSubDeadLetterSourceSubscriptionProject": "acme-health-mktg",
                    "error": "upsert failed: duplicate key value violates unique constraint "
                    '"contacts_email_key" Key (email)=(tanya.r@icloud.com) already exists.',
                },
                "messageId": "11873312904412771",
                "publishTime": "2024-10-08T16:40:02.771Z",
            },
            "subscription": "projects/acme-health-mktg/subscriptions/crm-sync-dlq-push",
        },
        {
            ("message.attributes.error", "EMAIL"),
            ("message.data", "EMAIL"),
            ("message.data", "HEALTH"),
        },
        {
            ("message.attributes.CloudPubSubDeadLetterSourceDeliveryCount", "*"),
            ("message.attributes.CloudPubSubDeadLetterSourceSubscription", "*"),
            ("message.attributes.CloudPubSubDeadLetterSourceSubscriptionProject", "*"),
            ("message.messageId", "*"),
            ("message.publishTime", "*"),
            ("subscription", "*"),
        },
        True,
    ),
    (
        "Kafka Connect JSON without schema: an appointment reminder outbox event",
        {
            "schema": None,
            "payload": {
                "aggregatetype": "Appointment",
                "aggregateid": "55120977",
                "type": "ReminderRequested",
                "payload": _js(
                    {
                        "patient_name": "Lucinda Harrow",
                        "mobile": "+19195550148",
                        "appointment_at": "2024-10-23T10:45:00-04:00",
                        "location": "Raleigh Women's Health - Mammography",
                    }
                ),
                "timestamp": 1728391702114,
            },
        },
        {
            ("payload.payload", "NAME"),
            ("payload.payload", "PHONE"),
            ("payload.payload", "DATE"),
            ("payload.payload", "HEALTH"),
        },
        {
            ("payload.aggregatetype", "*"),
            ("payload.aggregateid", "*"),
            ("payload.type", "*"),
            ("payload.timestamp", "*"),
        },
        True,
    ),
    (
        "CloudEvents binary-mode HTTP capture (clean): ce- headers and a metrics body",
        {
            "ce-specversion": "1.0",
            "ce-type": "com.healthcrm.sync.completed",
            "ce-source": "/connectors/pg-crm-source",
            "ce-id": "5c7e0b1a-44f2-4d3e-a9b8-0c1d2e3f4a5b",
            "ce-time": "2024-10-08T12:45:00Z",
            "ce-traceparent": "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
            "content-type": "application/json",
            "body": _js({"tables": 14, "rows_synced": 18244, "duration_ms": 93120}),
        },
        set(),
        {
            ("ce-id", "*"),
            ("ce-time", "*"),
            ("ce-traceparent", "*"),
            ("ce-source", "*"),
            ("body", "*"),
        },
        False,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {}


_OPEN: dict[str, tuple[set, str]] = {
    "Avro JSON encoding: Debezium patient row with unions and a record union": (
        {("after.crm.public.patients.Value.date_of_birth.int", "DATE")},
        'Debezium writes a DATE column as days since 1970 (``{"int": -3653}``): the '
        "number has no date's shape, and reading any integer under a date-named key as a "
        "DATE would report day counts and offsets, and leave Safe Harbor's year "
        "generalization nothing it can apply; the union's name and email branches are read "
        "(the row is PHI by them and its condition)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_cdc_streams_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records): a change that loses recall or precision on CDC and message-bus
#: envelopes fails here. Before the work, blind: SHAPES 9 misses / 4 false / 8 wrong of
#: 32, HELD_OUT 7 / 3 / 4 of 10.
FLOORS = ShapeTotals(expected=108, misses=1, false=0, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
