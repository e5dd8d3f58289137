"""Data-warehouse query logs and data-quality tooling in a health marketing data stack.

A blind probe, written by hand before reading the detectors: what the warehouse itself
and the tools around it log about the health marketing data that flows through it.
Snowflake ``QUERY_HISTORY`` and ``ACCESS_HISTORY`` rows (upper-case columns, CSV strings or
JSON with VARIANT columns nested), BigQuery ``INFORMATION_SCHEMA.JOBS`` rows and Cloud
Audit Log entries (``protoPayload.metadata.jobChange.job.jobConfig.queryConfig.query``),
Databricks audit logs (``requestParams.commandText``), Redshift ``SYS_QUERY_HISTORY`` and
the user-activity log line, where the SQL text carries literal values (``WHERE email =
'x@y.com'``, ``dx_code IN ('F32.9')``, ``INSERT ... VALUES (...)``); dbt ``run_results``
and stored test failures, Great Expectations validation results, Soda failed-row samples
and Monte Carlo incidents; Hightouch and Census sync errors quoting a row; Looker,
Metabase and Mode exports; and schema-only rows (DDL, ``information_schema.columns``,
dbt column docs, lineage edges) as clean rows.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A literal value in SQL text is a finding of that field.** A query that filters on,
  inserts or updates a person's email, phone, name, date of birth, SSN, MRN or member id
  holds that value: the query-text field (``QUERY_TEXT``, ``query``, ``commandText``,
  ``querytxt``) reports it, at its offsets. A health literal (``dx_code IN ('F32.9')``, a
  ``LIKE '%diabetes%'`` pattern, a drug name, a condition in ``VALUES``) is HEALTH. A query
  with both is a PHI record: the log is a copy of the person's identifier and health.
- **A query names what it asked, not what it got.** Table and column names that name PHI
  (``patient_email``, ``diagnosis_code``, ``date_of_birth``, ``ssn``, a table called
  ``patient_diagnoses``) hold no value: no identifier and no health, in a SELECT list, a
  DDL statement, an ``ACCESS_HISTORY`` column list, a lineage edge or a dbt column doc. A
  column named ``diagnosis`` in a SELECT list is not health context, even beside a
  person's email literal.
- **Placeholders, functions and masks are no value**: ``:email``, ``?``, ``@dob``,
  ``{{ var(...) }}``, ``sha2(lower(trim(email)), 256)``, ``'***'``, ``****@gmail.com`` and
  ``***-**-6789`` are no finding. A literal 64-hex digest compared with a hashed column
  (``email_sha256 = '…'``) is a HASHED_ID.
- **Date literals** are DATE when compared with or assigned to a person's date column
  (``birth_date``, ``date_of_birth``); the bounds of a date range over an event or
  partition column (``event_date BETWEEN '2024-01-01' AND ...``) are the report's, not a
  person's: no DATE.
- **The warehouse's bookkeeping is no finding**: query, job, request and run ids,
  warehouse and database names, credits, bytes, row counts, durations, slot-ms, query
  hashes, the start and end times of a query or run, dbt node ids and thread ids,
  monitor uuids. Service-account mailboxes (``…@….iam.gserviceaccount.com``) are machines,
  never EMAIL.
- **The analyst who ran a query is the workforce.** A human ``user_email``,
  ``principalEmail``, ``userIdentity.email``, ``USER_NAME`` or the source IP of the analyst
  is neither expected nor forbidden, but it does not tie the query's health literals to a
  person: a health filter run by an analyst over no person's value is no PHI record.
- **Data-quality samples are data.** A dbt stored failure, a Great Expectations
  ``partial_unexpected_list``, a Soda ``failedRowsSample`` or a sync error that quotes a
  row holds that row's values: findings as if the row were exported, and PHI when an
  identifier and health meet. A sample of health values with no person (a code column's
  unexpected values, an anomaly's sample of appointment reasons) is health and no PHI.
- **An audience or model named for a condition in words** (a Hightouch model ``Diabetes
  Prevention Program - Eligible``) is health context of the person its row names; a
  snake_case model or table name (``patient_audience_oncology``) is schema and no finding
  is expected of it. A service line filter (``service_line = 'oncology'``) with no person
  is neither expected nor forbidden.
- **BI exports**: a Looker or Metabase row of a person's fields is read like any export
  (``Patients Email``, ``Diagnoses Description``); an aggregate row (a count per diagnosis
  per month) is no person's: health is found, the month and count are not dates or ids.

After reading the detectors no blind expectation was changed; one must-not was stricter
than a decision the project had made (a masked SSN that keeps its last four is an SSN,
tests/test_government_ids.py) and is narrowed on top (:data:`_DECIDED`). What the work
built: ``sql_literals`` (a quoted literal of a logged statement judged under the column it
is compared with, matched by ``LIKE``, listed by ``IN`` or inserted into: ``last_name =
'…'``, ``dx_code IN ('F32.9')``, an ``INSERT``'s ``VALUES``, a digest under
``email_sha256``), the user who ran a logged statement as the workforce (``staff``:
``USER_NAME``, ``user_email``, ``principalEmail``, ``userIdentity.email`` in a record that
carries the statement), a quoted bound of a SQL range (``>= '2024-01-01'``, ``BETWEEN``)
as no person's date, cloud service accounts under an email key and a fully masked mailbox
(``****@gmail.com``) as no email, Redshift's ``starttime`` and ``endtime`` as machine
clocks, Looker's CSV measure (``Patients Count``) as an aggregate's, and a BigQuery audit
entry's compute ``job`` (``jobChange``, ``jobConfig``) as no employer's job. Two records
were left open (:data:`LEFT_ALONE`): a Great Expectations result's unexpected codes read
under a sibling's column name (closed by the reverse ETL round: a validation result's
failing values read as the column its check names, detectors/cells.py), and the
masked-SSN row's PHI verdict (the decision above). The same work closed a row
tests/test_warehouse_shapes.py had left open (a BigQuery ``JOBS`` query's ``received_at >
'2024-03-01'``).

Figures (misses / false findings / records wrong): SHAPES (32 records), blind 4 / 10 / 12,
after the work 1 / 0 / 1 (in LEFT_ALONE). HELD_OUT (10 records), blind before any work
2 / 2 / 3; scored once after the work on SHAPES: 1 / 2 / 2; after two rules that
generalise (a compute job's ``job`` keys, a fully masked mailbox) and the decision on a
masked SSN: 0 / 0 / 1 (in LEFT_ALONE).
"""

from __future__ import annotations

import hashlib

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

_EMAIL_DIGEST = hashlib.sha256(b"noor.haddad@gmail.com").hexdigest()


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Snowflake QUERY_HISTORY (CSV): an email and ICD-10 codes as literals",
        {
            "QUERY_ID": "01b7c2e1-0604-2a4f-0000-5e1d0a8c91f2",
            "QUERY_TEXT": (
                "SELECT patient_id, first_name, last_name FROM analytics.patients "
                "WHERE email = 'dana.whitlock@gmail.com' AND dx_code IN ('F32.9', 'F41.1')"
            ),
            "DATABASE_NAME": "PHI_DB",
            "SCHEMA_NAME": "ANALYTICS",
            "QUERY_TYPE": "SELECT",
            "USER_NAME": "JSMITH",
            "ROLE_NAME": "ANALYST_PHI",
            "WAREHOUSE_NAME": "ANALYTICS_WH_M",
            "EXECUTION_STATUS": "SUCCESS",
            "START_TIME": "2024-10-07 14:22:11.482 -0700",
            "END_TIME": "2024-10-07 14:22:12.905 -0700",
            "TOTAL_ELAPSED_TIME": "1423",
            "BYTES_SCANNED": "48213904",
            "ROWS_PRODUCED": "1",
            "CREDITS_USED_CLOUD_SERVICES": "0.000124",
        },
        {("QUERY_TEXT", "EMAIL"), ("QUERY_TEXT", "HEALTH")},
        {
            ("QUERY_ID", "*"),
            ("DATABASE_NAME", "*"),
            ("WAREHOUSE_NAME", "*"),
            ("START_TIME", "*"),
            ("END_TIME", "*"),
            ("TOTAL_ELAPSED_TIME", "*"),
            ("BYTES_SCANNED", "*"),
            ("ROWS_PRODUCED", "*"),
            ("CREDITS_USED_CLOUD_SERVICES", "*"),
            ("ROLE_NAME", "*"),
        },
        True,
    ),
    (
        "Snowflake QUERY_HISTORY (clean): bind variables in place of values",
        {
            "QUERY_ID": "01b7c2e4-0604-2a4f-0000-5e1d0a8d1a07",
            "QUERY_TEXT": (
                "SELECT email, date_of_birth, diagnosis_code FROM phi_db.clinical.patient_dx "
                "WHERE email = ? AND date_of_birth = ? AND mrn = ?"
            ),
            "USER_NAME": "SVC_PORTAL_API",
            "WAREHOUSE_NAME": "APP_WH_XS",
            "START_TIME": "2024-10-07 14:25:02.110 -0700",
            "BYTES_SCANNED": "1048576",
            "QUERY_HASH": "7c1e2a9b4f0d3e8a6b5c4d3e2f1a0b9c",
        },
        set(),
        {
            ("QUERY_TEXT", "*"),
            ("QUERY_ID", "*"),
            ("USER_NAME", "*"),
            ("START_TIME", "*"),
            ("QUERY_HASH", "*"),
        },
        False,
    ),
    (
        "BigQuery INFORMATION_SCHEMA.JOBS: INSERT ... VALUES with a lead and a condition",
        {
            "creation_time": "2024-10-07 18:02:44.118000 UTC",
            "project_id": "acme-health-data",
            "user_email": "etl-loader@acme-health-data.iam.gserviceaccount.com",
            "job_id": "bquxjob_5a2f19c0_1926b8e44a1",
            "job_type": "QUERY",
            "statement_type": "INSERT",
            "query": (
                "INSERT INTO crm.leads (email, phone, first_name, last_name, condition) "
                "VALUES ('r.okoye@yahoo.com', '(312) 555-0187', 'Rita', 'Okoye', "
                "'rheumatoid arthritis')"
            ),
            "total_bytes_processed": 0,
            "total_slot_ms": 412,
            "referenced_tables": [
                {"project_id": "acme-health-data", "dataset_id": "crm", "table_id": "leads"}
            ],
        },
        {
            ("query", "EMAIL"),
            ("query", "PHONE"),
            ("query", "NAME"),
            ("query", "HEALTH"),
        },
        {
            ("user_email", "*"),
            ("job_id", "*"),
            ("creation_time", "*"),
            ("total_slot_ms", "*"),
            ("referenced_tables[0].table_id", "*"),
        },
        True,
    ),
    (
        "BigQuery Cloud Audit Log: jobChange query with an MRN and a LIKE on a condition",
        {
            "protoPayload": {
                "@type": "type.googleapis.com/google.cloud.audit.AuditLog",
                "authenticationInfo": {"principalEmail": "m.reyes@acmehealth.com"},
                "requestMetadata": {"callerIp": "34.122.80.14"},
                "serviceName": "bigquery.googleapis.com",
                "methodName": "google.cloud.bigquery.v2.JobService.InsertJob",
                "resourceName": "projects/acme-health-data/jobs/bquxjob_71c0e2d4_1926b9a0f13",
                "metadata": {
                    "jobChange": {
                        "after": "DONE",
                        "job": {
                            "jobName": (
                                "projects/acme-health-data/jobs/bquxjob_71c0e2d4_1926b9a0f13"
                            ),
                            "jobConfig": {
                                "type": "QUERY",
                                "queryConfig": {
                                    "query": (
                                        "SELECT * FROM clinical.encounters WHERE mrn = "
                                        "'MRN00482913' AND lower(diagnosis) LIKE '%diabetes%'"
                                    ),
                                    "statementType": "SELECT",
                                },
                            },
                            "jobStats": {
                                "createTime": "2024-10-07T18:10:02.331Z",
                                "queryStats": {"totalProcessedBytes": "73400320"},
                            },
                        },
                    }
                },
            },
            "insertId": "-qn4f1oe2k9xq",
            "timestamp": "2024-10-07T18:10:04.902Z",
            "severity": "INFO",
        },
        {
            ("protoPayload.metadata.jobChange.job.jobConfig.queryConfig.query", "MRN|OTHER_ID"),
            ("protoPayload.metadata.jobChange.job.jobConfig.queryConfig.query", "HEALTH"),
        },
        {
            ("protoPayload.resourceName", "*"),
            ("protoPayload.metadata.jobChange.job.jobName", "*"),
            ("protoPayload.metadata.jobChange.job.jobStats.createTime", "*"),
            ("insertId", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Databricks audit log: a SQL command looking up a phone number, no health",
        {
            "version": "2.0",
            "timestamp": 1728324122000,
            "serviceName": "databrickssql",
            "actionName": "commandSubmit",
            "userIdentity": {"email": "k.ostrowski@acmehealth.com"},
            "sourceIPAddress": "10.42.7.19",
            "requestId": "9f3e21c4-7b5a-4d0e-8c1f-2a6b9d4e7f10",
            "requestParams": {
                "commandId": "01ef84a2-8c3d-1b6e-9a0f-3c5d7e9f1a2b",
                "warehouseId": "a7c2f91e0d4b3e58",
                "commandText": (
                    "SELECT contact_id, email, first_name FROM hive_metastore.crm.contacts "
                    "WHERE phone = '+1 415 555 0133'"
                ),
            },
            "response": {"statusCode": 200},
        },
        {("requestParams.commandText", "PHONE")},
        {
            ("requestId", "*"),
            ("requestParams.commandId", "*"),
            ("requestParams.warehouseId", "*"),
            ("timestamp", "*"),
            ("requestParams.commandText", "HEALTH"),
        },
        False,
    ),
    (
        "Redshift SYS_QUERY_HISTORY: UPDATE of a date of birth by patient id",
        {
            "user_id": 112,
            "query_id": 48211093,
            "transaction_id": 9912231,
            "session_id": 1073815612,
            "database_name": "prod",
            "query_type": "UPDATE",
            "status": "success",
            "start_time": "2024-10-07 21:14:03.551",
            "end_time": "2024-10-07 21:14:03.902",
            "elapsed_time": 351022,
            "returned_rows": 0,
            "query_text": (
                "UPDATE crm.patients SET date_of_birth = '1962-07-04' "
                "WHERE patient_id = 'P-0091823'"
            ),
        },
        {("query_text", "DATE"), ("query_text", "OTHER_ID|MRN")},
        {
            ("user_id", "*"),
            ("query_id", "*"),
            ("transaction_id", "*"),
            ("session_id", "*"),
            ("start_time", "*"),
            ("end_time", "*"),
            ("elapsed_time", "*"),
            ("query_text", "HEALTH"),
        },
        False,
    ),
    (
        "Redshift STL_QUERY (clean): a conversion report over a date range",
        {
            "userid": "104",
            "query": "3318820",
            "label": "looker",
            "xid": "9913010",
            "pid": "1073822990",
            "database": "prod",
            "querytxt": (
                "SELECT campaign_name, count(*) AS conversions FROM marts.fct_conversions "
                "WHERE event_date BETWEEN '2024-01-01' AND '2024-03-31' GROUP BY 1 ORDER BY 2 DESC"
            ),
            "starttime": "2024-10-07 21:20:11.004",
            "endtime": "2024-10-07 21:20:14.377",
            "aborted": "0",
        },
        set(),
        {
            ("querytxt", "*"),
            ("userid", "*"),
            ("query", "*"),
            ("xid", "*"),
            ("pid", "*"),
            ("starttime", "*"),
            ("endtime", "*"),
        },
        False,
    ),
    (
        "Redshift user-activity log line: an SSN and a primary diagnosis in a WHERE",
        {
            "log_file": "useractivitylog_2024-10-07T21:00.gz",
            "message": (
                "'2024-10-07T21:22:41Z UTC [ db=prod user=looker pid=1073823114 userid=104 "
                "xid=9913122 ]' LOG: SELECT first_name, last_name FROM crm.patients WHERE "
                "ssn = '531-44-7829' AND primary_dx = 'C50.911'"
            ),
        },
        {("message", "SSN"), ("message", "HEALTH")},
        {("log_file", "*")},
        True,
    ),
    (
        "Snowflake DDL (clean): CREATE TABLE whose columns name PHI",
        {
            "QUERY_ID": "01b7c2f0-0604-2a4f-0000-5e1d0a8e0c33",
            "QUERY_TYPE": "CREATE_TABLE",
            "QUERY_TEXT": (
                "CREATE TABLE IF NOT EXISTS raw.patient_intake (patient_email VARCHAR(256), "
                "date_of_birth DATE, diagnosis_code VARCHAR(16), ssn CHAR(11), "
                "primary_condition VARCHAR, medication_name VARCHAR, zip5 CHAR(5))"
            ),
            "USER_NAME": "DBT_PROD",
            "START_TIME": "2024-10-07 06:00:14.002 -0700",
        },
        set(),
        {("QUERY_TEXT", "*"), ("QUERY_ID", "*"), ("USER_NAME", "*"), ("START_TIME", "*")},
        False,
    ),
    (
        "Snowflake ACCESS_HISTORY (clean): objects and columns accessed",
        {
            "QUERY_ID": "01b7c2e1-0604-2a4f-0000-5e1d0a8c91f2",
            "QUERY_START_TIME": "2024-10-07 14:22:11.482 -0700",
            "USER_NAME": "DBT_PROD",
            "DIRECT_OBJECTS_ACCESSED": [
                {
                    "objectDomain": "Table",
                    "objectId": 48213,
                    "objectName": "PHI_DB.CLINICAL.PATIENT_DIAGNOSES",
                    "columns": [
                        {"columnId": 1042, "columnName": "PATIENT_EMAIL"},
                        {"columnId": 1043, "columnName": "DIAGNOSIS_CODE"},
                        {"columnId": 1044, "columnName": "DATE_OF_BIRTH"},
                    ],
                }
            ],
            "POLICIES_REFERENCED": [
                {"policyName": "PHI_DB.GOVERNANCE.MASK_EMAIL", "policyKind": "MASKING_POLICY"}
            ],
        },
        set(),
        {
            ("QUERY_ID", "*"),
            ("QUERY_START_TIME", "*"),
            ("DIRECT_OBJECTS_ACCESSED[0].objectId", "*"),
            ("DIRECT_OBJECTS_ACCESSED[0].objectName", "*"),
            ("DIRECT_OBJECTS_ACCESSED[0].columns[0].columnName", "*"),
            ("DIRECT_OBJECTS_ACCESSED[0].columns[1].columnName", "*"),
            ("DIRECT_OBJECTS_ACCESSED[0].columns[2].columnName", "*"),
            ("DIRECT_OBJECTS_ACCESSED[0].columns[0].columnId", "*"),
            ("POLICIES_REFERENCED[0].policyName", "*"),
        },
        False,
    ),
    (
        "Column-level lineage edge (clean): email hashed on its way to an audience",
        {
            "source": "raw.salesforce.contact.email",
            "target": "analytics.dim_patient.email_sha256",
            "transformation": "sha2(lower(trim(email)), 256)",
            "edge_type": "TRANSFORM",
            "discovered_at": "2024-10-07T06:05:00Z",
            "run_id": "0192a3f4-5b6c-7d8e-9f0a-1b2c3d4e5f60",
        },
        set(),
        {
            ("source", "*"),
            ("target", "*"),
            ("transformation", "*"),
            ("discovered_at", "*"),
            ("run_id", "*"),
        },
        False,
    ),
    (
        "information_schema.columns row: a column comment naming a condition, no person",
        {
            "TABLE_CATALOG": "PHI_DB",
            "TABLE_SCHEMA": "CLINICAL",
            "TABLE_NAME": "PATIENT_DIAGNOSES",
            "COLUMN_NAME": "DIAGNOSIS_DESCRIPTION",
            "ORDINAL_POSITION": "4",
            "DATA_TYPE": "TEXT",
            "IS_NULLABLE": "YES",
            "COMMENT": "Free-text diagnosis as charted, e.g. type 2 diabetes",
            "CREATED": "2023-02-14 09:31:07.000 -0800",
        },
        set(),
        {
            ("TABLE_NAME", "*"),
            ("COLUMN_NAME", "*"),
            ("ORDINAL_POSITION", "*"),
            ("CREATED", "*"),
        },
        False,
    ),
    (
        "dbt run_results.json result (clean): a model build's timing and adapter response",
        {
            "unique_id": "model.health_mart.fct_patient_diagnoses",
            "status": "success",
            "thread_id": "Thread-3",
            "execution_time": 41.218,
            "timing": [
                {
                    "name": "execute",
                    "started_at": "2024-10-07T13:02:11.482913Z",
                    "completed_at": "2024-10-07T13:02:52.701044Z",
                }
            ],
            "adapter_response": {
                "_message": "SUCCESS 48213",
                "code": "SUCCESS",
                "rows_affected": 48213,
                "query_id": "01b7c2d0-0604-2a4f-0000-5e1d0a8b4411",
            },
            "message": "SUCCESS 48213",
            "failures": None,
        },
        set(),
        {
            ("unique_id", "*"),
            ("thread_id", "*"),
            ("timing[0].started_at", "*"),
            ("timing[0].completed_at", "*"),
            ("adapter_response.rows_affected", "*"),
            ("adapter_response.query_id", "*"),
            ("message", "*"),
        },
        False,
    ),
    (
        "dbt stored failure (unique test): a duplicated patient email",
        {
            "unique_field": "maria.santos@outlook.com",
            "n_records": "2",
        },
        {("unique_field", "EMAIL")},
        {("n_records", "*")},
        False,
    ),
    (
        "dbt stored failure (accepted_values): an ICD-10 code outside the list, no person",
        {
            "value_field": "F32.A",
            "n_records": "14",
        },
        set(),
        {("n_records", "*"), ("value_field", "OTHER_ID"), ("value_field", "DATE")},
        False,
    ),
    (
        "dbt Cloud run step log (clean): a not_null test failed on the DOB column",
        {
            "run_id": 318822104,
            "step": "dbt test --select staging.patients",
            "level": "error",
            "ts": "2024-10-07T13:04:18.220Z",
            "msg": (
                "Failure in test not_null_stg_patients_date_of_birth "
                "(models/staging/patients/schema.yml)\n  Got 12 results, configured to "
                "fail if != 0\n  compiled code at target/compiled/health_mart/models/"
                "staging/patients/schema.yml/not_null_stg_patients_date_of_birth.sql"
            ),
        },
        set(),
        {("run_id", "*"), ("ts", "*"), ("msg", "*")},
        False,
    ),
    (
        "Great Expectations result: malformed emails in partial_unexpected_list",
        {
            "success": False,
            "expectation_config": {
                "expectation_type": "expect_column_values_to_match_regex",
                "kwargs": {"column": "email", "regex": "^[^@\\s]+@[^@\\s]+\\.(com|org|net|edu)$"},
            },
            "result": {
                "element_count": 48213,
                "unexpected_count": 3,
                "unexpected_percent": 0.0062,
                "partial_unexpected_list": [
                    "jwhite@gmail",
                    "tom.b@@yahoo.com",
                    "lisa.ng@hotmail.co",
                ],
            },
            "meta": {"run_time": "2024-10-07T06:30:00Z"},
        },
        {("result.partial_unexpected_list[2]", "EMAIL")},
        {
            ("result.element_count", "*"),
            ("result.unexpected_count", "*"),
            ("expectation_config.kwargs.regex", "*"),
            ("meta.run_time", "*"),
        },
        False,
    ),
    (
        "Great Expectations result: unexpected ICD-10 codes in a code column, no person",
        {
            "success": False,
            "expectation_config": {
                "expectation_type": "expect_column_values_to_be_in_set",
                "kwargs": {"column": "icd10_code", "mostly": 0.999},
            },
            "result": {
                "element_count": 1204418,
                "unexpected_count": 41,
                "partial_unexpected_list": ["E11.9", "Z79.4", "F32.89"],
                "partial_unexpected_counts": [
                    {"value": "E11.9", "count": 22},
                    {"value": "Z79.4", "count": 12},
                ],
            },
        },
        {("result.partial_unexpected_list[0]", "HEALTH")},
        {
            ("result.element_count", "*"),
            ("result.unexpected_count", "*"),
            ("result.partial_unexpected_counts[0].count", "*"),
            ("result.partial_unexpected_list[0]", "OTHER_ID"),
        },
        False,
    ),
    (
        "Soda scan: a failed-rows sample quoting a lead with an email and an interest",
        {
            "check": "invalid_count(phone) = 0",
            "table": "stg_leads",
            "outcome": "fail",
            "dataTimestamp": "2024-10-07T07:00:00+00:00",
            "failedRowsSample": [
                {
                    "lead_id": "L-2024-0077412",
                    "email": "derek.hollis@gmail.com",
                    "phone": "555-0199",
                    "interest": "knee replacement consultation",
                }
            ],
        },
        {
            ("failedRowsSample[0].email", "EMAIL"),
            ("failedRowsSample[0].interest", "HEALTH"),
            ("failedRowsSample[0].lead_id", "OTHER_ID"),
        },
        {("check", "*"), ("table", "*"), ("dataTimestamp", "*")},
        True,
    ),
    (
        "Monte Carlo field-quality incident: sample appointment reasons, no person",
        {
            "incident_id": "9a1f0c2e-77d3-4b8a-a1e5-3c9d2b7f6e40",
            "incident_type": "FIELD_QUALITY",
            "table": "acme-health-data:analytics.fct_appointments",
            "field": "appointment_reason",
            "metric": "NULL_RATE",
            "expected": 0.02,
            "observed": 0.31,
            "sample_values": ["Colonoscopy screening", "Mammogram", "Annual physical"],
            "detected_at": "2024-10-07T08:15:00Z",
        },
        {("sample_values[0]", "HEALTH")},
        {("incident_id", "*"), ("table", "*"), ("field", "*"), ("detected_at", "*")},
        False,
    ),
    (
        "Monte Carlo volume monitor (clean): row count drop on a patient table",
        {
            "monitor_uuid": "3e5a7c9d-1b2f-4e6a-8c0d-2f4b6a8c0e1d",
            "table": "raw.epic.patient",
            "metric": "row_count",
            "expected": 48000,
            "actual": 1200,
            "z_score": -6.1,
            "window_start": "2024-10-06T00:00:00Z",
            "window_end": "2024-10-07T00:00:00Z",
        },
        set(),
        {
            ("monitor_uuid", "*"),
            ("table", "*"),
            ("expected", "*"),
            ("actual", "*"),
            ("window_start", "*"),
            ("window_end", "*"),
        },
        False,
    ),
    (
        "Hightouch sync error: a diabetes-prevention audience row rejected by the destination",
        {
            "sync_id": "48213",
            "sync_run_id": "2290117",
            "model_name": "Diabetes Prevention Program - Eligible",
            "destination": "Salesforce Marketing Cloud",
            "row_id": "3f9c0a12e7",
            "error": (
                "Invalid value for field 'Phone': '773-555-01482' is not a valid phone number "
                "(subscriber kbrennan@icloud.com)"
            ),
            "row": {
                "email": "kbrennan@icloud.com",
                "first_name": "Kevin",
                "last_name": "Brennan",
                "a1c_last": "6.1",
            },
            "failed_at": "2024-10-07T09:01:44Z",
        },
        {
            ("error", "EMAIL"),
            ("row.email", "EMAIL"),
            ("row.first_name", "NAME"),
            ("row.last_name", "NAME"),
            ("model_name", "HEALTH"),
        },
        {("sync_id", "*"), ("sync_run_id", "*"), ("failed_at", "*"), ("destination", "*")},
        True,
    ),
    (
        "Census sync error: a duplicate Contact quoted by its email",
        {
            "sync_id": 9921,
            "sync_run_id": 7731204,
            "record_identifier": "maria.reyes@gmail.com",
            "status": "rejected",
            "error_message": (
                "DUPLICATE_VALUE: duplicate value found: Email__c duplicates value on "
                "record with id: 003"
            ),
            "destination_object": "Contact",
            "created_at": "2024-10-07T09:12:30Z",
        },
        {("record_identifier", "EMAIL")},
        {("sync_id", "*"), ("sync_run_id", "*"), ("created_at", "*"), ("destination_object", "*")},
        False,
    ),
    (
        "Hightouch sync run summary (clean): a snake_case oncology audience model",
        {
            "sync_id": "48377",
            "status": "success",
            "model": "patient_audience_oncology",
            "planned_rows": {"added": 1204, "changed": 34, "removed": 2},
            "started_at": "2024-10-07T10:00:00Z",
            "finished_at": "2024-10-07T10:03:12Z",
        },
        set(),
        {
            ("sync_id", "*"),
            ("planned_rows.added", "*"),
            ("started_at", "*"),
            ("finished_at", "*"),
        },
        False,
    ),
    (
        "Looker query export (CSV): a patient list by diagnosis with appointment dates",
        {
            "Patients Email": "hollis.vance@gmail.com",
            "Patients Full Name": "Hollis Vance",
            "Diagnoses ICD10 Code": "E11.9",
            "Diagnoses Description": "Type 2 diabetes mellitus without complications",
            "Appointments Appointment Date": "2024-09-14",
        },
        {
            ("Patients Email", "EMAIL"),
            ("Patients Full Name", "NAME"),
            ("Diagnoses ICD10 Code", "HEALTH"),
            ("Diagnoses Description", "HEALTH"),
            ("Appointments Appointment Date", "DATE"),
        },
        set(),
        True,
    ),
    (
        "Looker aggregate export (CSV): patient counts per diagnosis and month",
        {
            "Diagnoses Description": "Major depressive disorder",
            "Appointments Appointment Month": "2024-09",
            "Patients Count": "1,284",
        },
        {("Diagnoses Description", "HEALTH")},
        {("Appointments Appointment Month", "*"), ("Patients Count", "*")},
        False,
    ),
    (
        "Metabase native query log: a last name and a ZIP as literals, no health",
        {
            "id": 882113,
            "query_hash": "b2f7e19c04d3a8e5f6c1b0a9d8e7f6c5b4a39281",
            "started_at": "2024-10-07T15:41:09.312Z",
            "running_time": 412,
            "result_rows": 1,
            "executor_id": 14,
            "context": "ad-hoc",
            "native_query": (
                "SELECT * FROM leads WHERE last_name = 'Thibodeaux' AND zip = '70506'"
            ),
        },
        {("native_query", "NAME"), ("native_query", "ZIP_CODE")},
        {
            ("id", "*"),
            ("query_hash", "*"),
            ("started_at", "*"),
            ("running_time", "*"),
            ("executor_id", "*"),
            ("native_query", "HEALTH"),
        },
        False,
    ),
    (
        "Metabase card result (JSON API): rows of emails and diagnoses",
        {
            "data": {
                "cols": [
                    {"name": "email", "base_type": "type/Text"},
                    {"name": "diagnosis", "base_type": "type/Text"},
                ],
                "rows": [["h.tran@gmail.com", "Hypothyroidism"]],
            },
            "row_count": 1,
            "running_time": 233,
            "status": "completed",
        },
        {("data.rows[0][0]", "EMAIL"), ("data.rows[0][1]", "HEALTH")},
        {
            ("data.cols[0].name", "*"),
            ("data.cols[1].name", "*"),
            ("row_count", "*"),
            ("running_time", "*"),
        },
        True,
    ),
    (
        "Mode report run (clean): a query over a service line, no literal person value",
        {
            "token": "a81c2f0e9b3d",
            "state": "succeeded",
            "raw_query": (
                "select email, phone from crm.contacts where lifecycle_stage = 'patient' "
                "and service_line = 'oncology' limit 100"
            ),
            "data_source": "Snowflake PROD",
            "created_at": "2024-10-07T16:02:55.000Z",
            "completed_at": "2024-10-07T16:03:01.000Z",
        },
        set(),
        {
            ("token", "*"),
            ("raw_query", "EMAIL"),
            ("raw_query", "PHONE"),
            ("created_at", "*"),
            ("completed_at", "*"),
        },
        False,
    ),
    (
        "Snowflake QUERY_HISTORY (clean): an audience MERGE that hashes in SQL",
        {
            "QUERY_ID": "01b7c300-0604-2a4f-0000-5e1d0a8f2210",
            "QUERY_TEXT": (
                "MERGE INTO audiences.meta_custom t USING (SELECT sha2(lower(trim(email)), 256) "
                "AS em, sha2(phone_e164, 256) AS ph FROM crm.patients WHERE condition_flag = "
                "'T2D') s ON t.em = s.em WHEN NOT MATCHED THEN INSERT (em, ph) VALUES (s.em, s.ph)"
            ),
            "USER_NAME": "HIGHTOUCH_SVC",
            "START_TIME": "2024-10-07 10:00:02.114 -0700",
        },
        set(),
        {
            ("QUERY_ID", "*"),
            ("QUERY_TEXT", "EMAIL"),
            ("QUERY_TEXT", "PHONE"),
            ("QUERY_TEXT", "HASHED_ID"),
            ("START_TIME", "*"),
        },
        False,
    ),
    (
        "Snowflake QUERY_HISTORY: a suppression DELETE by a literal email digest",
        {
            "QUERY_ID": "01b7c301-0604-2a4f-0000-5e1d0a8f2288",
            "QUERY_TEXT": (
                f"DELETE FROM audiences.suppression WHERE email_sha256 = '{_EMAIL_DIGEST}'"
            ),
            "USER_NAME": "PRIVACY_OPS",
            "START_TIME": "2024-10-07 11:12:40.009 -0700",
        },
        {("QUERY_TEXT", "HASHED_ID")},
        {("QUERY_ID", "*"), ("START_TIME", "*")},
        False,
    ),
    (
        "Looker export through a masking policy: masked email and SSN beside a diagnosis",
        {
            "Patients Email": "****@gmail.com",
            "Patients SSN": "***-**-6789",
            "Patients Name": "*********",
            "Diagnoses Description": "Asthma",
        },
        {("Diagnoses Description", "HEALTH")},
        {("Patients Email", "*"), ("Patients SSN", "*"), ("Patients Name", "*")},
        False,
    ),
    (
        "Snowflake QUERY_HISTORY: a failed COPY whose error quotes an email",
        {
            "QUERY_ID": "01b7c305-0604-2a4f-0000-5e1d0a8f3391",
            "QUERY_TEXT": (
                "COPY INTO raw.leads FROM @raw.s3_stage/leads/2024-10-07/ "
                "FILE_FORMAT = (TYPE = CSV SKIP_HEADER = 1)"
            ),
            "EXECUTION_STATUS": "FAILED_WITH_ERROR",
            "ERROR_CODE": "100038",
            "ERROR_MESSAGE": "Numeric value 'l.fontaine@comcast.net' is not recognized",
            "START_TIME": "2024-10-07 05:00:11.771 -0700",
        },
        {("ERROR_MESSAGE", "EMAIL")},
        {("QUERY_ID", "*"), ("ERROR_CODE", "*"), ("START_TIME", "*"), ("QUERY_TEXT", "*")},
        False,
    ),
    (
        "BigQuery JOBS: a member lookup by birth date and member id, no health",
        {
            "creation_time": "2024-10-07 19:44:01.002000 UTC",
            "user_email": "claims-sync@acme-health-data.iam.gserviceaccount.com",
            "job_id": "bquxjob_1c9e7a44_1926bc2a7d0",
            "statement_type": "SELECT",
            "query": (
                "SELECT member_key FROM payer.members WHERE birth_date = '1951-11-23' "
                "AND member_id = 'W284719305'"
            ),
            "total_bytes_processed": 20971520,
        },
        {("query", "DATE"), ("query", "HEALTH_PLAN_ID")},
        {
            ("user_email", "*"),
            ("job_id", "*"),
            ("creation_time", "*"),
            ("total_bytes_processed", "*"),
        },
        False,
    ),
    (
        "BigQuery JOBS: an analyst's aggregate over a diagnosis filter, no person's value",
        {
            "creation_time": "2024-10-07 20:01:13.551000 UTC",
            "user_email": "p.lindqvist@acmehealth.com",
            "job_id": "bquxjob_2b7d1e90_1926bd11c42",
            "statement_type": "SELECT",
            "query": (
                "SELECT dma, count(DISTINCT patient_id) AS patients FROM clinical.dx "
                "WHERE icd10 LIKE 'E11%' AND dx_date >= '2024-01-01' GROUP BY dma"
            ),
            "total_bytes_processed": 524288000,
        },
        set(),
        {("job_id", "*"), ("creation_time", "*"), ("query", "DATE")},
        False,
    ),
    (
        "Databricks notebook command: INSERT of a call note with a name, a DOB and chemo",
        {
            "serviceName": "notebook",
            "actionName": "runCommand",
            "userIdentity": {"email": "a.choi@acmehealth.com"},
            "requestParams": {
                "notebookId": "2719930421188765",
                "commandId": "8812093",
                "commandText": (
                    "INSERT INTO crm.call_notes VALUES ('CN-771204', 'Pt Angela Moretti called "
                    "about her chemo schedule, DOB 04/17/1969')"
                ),
            },
            "timestamp": 1728331201000,
        },
        {
            ("requestParams.commandText", "NAME"),
            ("requestParams.commandText", "DATE"),
            ("requestParams.commandText", "HEALTH"),
        },
        {("requestParams.notebookId", "*"), ("requestParams.commandId", "*"), ("timestamp", "*")},
        True,
    ),
    (
        "Snowflake QUERY_HISTORY: a phone literal and a drug in an ILIKE",
        {
            "QUERY_ID": "01b7c310-0604-2a4f-0000-5e1d0a8f5512",
            "QUERY_TEXT": (
                "SELECT * FROM marketing.web_leads WHERE phone_e164 = '+13125550143' "
                "AND form_answers ILIKE '%ozempic%'"
            ),
            "USER_NAME": "TNGUYEN",
            "WAREHOUSE_NAME": "MKTG_WH",
            "START_TIME": "2024-10-07 12:40:51.000 -0700",
            "BYTES_SCANNED": "8827392",
        },
        {("QUERY_TEXT", "PHONE"), ("QUERY_TEXT", "HEALTH")},
        {("QUERY_ID", "*"), ("WAREHOUSE_NAME", "*"), ("START_TIME", "*"), ("BYTES_SCANNED", "*")},
        True,
    ),
    (
        "Snowflake QUERY_HISTORY: a diagnosis column in the SELECT list beside an email literal",
        {
            "QUERY_ID": "01b7c311-0604-2a4f-0000-5e1d0a8f5530",
            "QUERY_TEXT": (
                "SELECT email, first_name, diagnosis, medication FROM analytics.patient_dx "
                "WHERE email = 'kara.lindgren@gmail.com'"
            ),
            "USER_NAME": "TNGUYEN",
            "START_TIME": "2024-10-07 12:44:02.000 -0700",
        },
        {("QUERY_TEXT", "EMAIL")},
        {("QUERY_ID", "*"), ("START_TIME", "*"), ("QUERY_TEXT", "HEALTH")},
        False,
    ),
    (
        "dbt manifest column doc (clean): a described diagnosis code column",
        {
            "name": "diagnosis_code",
            "description": "ICD-10-CM code of the patient's primary diagnosis at the encounter",
            "data_type": "varchar",
            "meta": {"contains_phi": True, "owner": "clinical-data"},
            "tags": ["phi", "pii"],
            "quote": None,
        },
        set(),
        {("name", "*"), ("data_type", "*"), ("tags[0]", "*"), ("meta.owner", "*")},
        False,
    ),
    (
        "dbt stored failure (relationships test): orphan encounter rows with patient data",
        {
            "encounter_id": "ENC-20241007-00418",
            "patient_id": "PT-0048213",
            "patient_email": "o.marsh@protonmail.com",
            "admit_date": "2024-09-30",
            "primary_dx_desc": "Congestive heart failure",
        },
        {
            ("patient_id", "OTHER_ID|MRN"),
            ("patient_email", "EMAIL"),
            ("admit_date", "DATE"),
            ("primary_dx_desc", "HEALTH"),
        },
        set(),
        True,
    ),
    (
        "BigQuery JOBS (clean): a dbt model build with templated variables",
        {
            "creation_time": "2024-10-07 06:01:55.120000 UTC",
            "user_email": "dbt-runner@acme-health-data.iam.gserviceaccount.com",
            "job_id": "health_mart_fct_patient_diagnoses_0a1b2c3d",
            "statement_type": "CREATE_TABLE_AS_SELECT",
            "query": (
                '/* {"app": "dbt", "dbt_version": "1.8.7", "node_id": '
                '"model.health_mart.fct_patient_diagnoses"} */ create or replace table '
                "`acme-health-data`.`health_mart`.`fct_patient_diagnoses` as (select "
                "patient_id, diagnosis_code, diagnosis_date from `acme-health-data`.`staging`."
                "`stg_diagnoses` where diagnosis_date >= date_sub(@run_date, interval 3 day))"
            ),
            "total_bytes_processed": 1073741824,
            "total_slot_ms": 88213,
        },
        set(),
        {
            ("user_email", "*"),
            ("job_id", "*"),
            ("query", "*"),
            ("creation_time", "*"),
            ("total_slot_ms", "*"),
        },
        False,
    ),
    (
        "Census sync error quoting a whole row: name, birth date, medication",
        {
            "sync_id": 9930,
            "record_identifier": "SF-CONTACT-77120",
            "status": "rejected",
            "error_message": (
                'FIELD_CUSTOM_VALIDATION_EXCEPTION on row {"FirstName": "Noor", '
                '"LastName": "Haddad", "Birthdate": "1979-06-02", '
                '"Current_Medication__c": "Humira"}'
            ),
            "destination_object": "Contact",
            "created_at": "2024-10-07T09:14:02Z",
        },
        {("error_message", "NAME"), ("error_message", "DATE"), ("error_message", "HEALTH")},
        {("sync_id", "*"), ("created_at", "*")},
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "Looker export through a masking policy: masked email and SSN beside a diagnosis": (
        set(),
        set(),
        {("Patients SSN", "*")},
        "a masked SSN that keeps its last four (``***-**-6789``) is an SSN finding in "
        "tests/test_government_ids.py (CRMs show the last four to verify a caller); a fully "
        "masked mailbox (``****@gmail.com``) is no email now (field_names.MASKED_MAILBOX)",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "Looker export through a masking policy: masked email and SSN beside a diagnosis": (
        set(),
        "the masked SSN's last four are an SSN (the decision above), so the row is PHI by the "
        "project's rule: the blind PHI verdict (False) was stricter than the project",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_warehouse_query_logs_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 42 records, the decisions applied): a change that loses recall or precision
#: on warehouse query logs fails here. Before the work, blind: SHAPES 4 misses / 10 false /
#: 12 wrong of 32, HELD_OUT 2 / 2 / 3 of 10.
#: The Great Expectations row's ICD-10 codes left the open list in the reverse ETL round:
#: a validation result's failing values now read as the column its check names
#: (detectors/cells.py), so ``E11.9`` is read under ``icd10_code``.
FLOORS = ShapeTotals(expected=54, misses=0, false=0, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
