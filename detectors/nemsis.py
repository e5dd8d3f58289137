"""NEMSIS v3 ePCR elements read under their names.

EMS agencies submit patient care reports to their state in NEMSIS v3 XML, and ePCR
vendors' and state repositories' JSON exports keep its element ids as keys:
``{"ePatient": {"ePatient.PatientNameGroup": {"ePatient.02": "Lopez"}}}``; a CSV export may
head its columns the same way. A key such as ``ePatient.02`` says nothing to the
field-name classifier (its dot even splits it into ``ePatient`` and ``02``), so a patient's
name, ZIP and report number went unread while the same report with readable columns
(``Patient Last Name``) was read. Here the flattening (:mod:`detectors.cells`) gives such a
value the hint path of the element's name, ``….patient_last_name``, as it gives a DICOM
attribute its keyword (:mod:`detectors.dicom_tags`); the path findings report stays the
element's id.

Only the elements that say whose or what a value is are listed: the report and the
patient, the scene's address, the times of care, the complaint, impressions and history,
vitals, medications and procedures, and, so that they read as the agency's, its number,
units, crew levels and the software. An element not listed keeps its id and is judged by
its value's shape alone, as before. Numbers follow the NEMSIS v3.5 data dictionary.
"""

from __future__ import annotations

#: The readable name of each NEMSIS v3 element read by name. The names are the words the
#: field-name classifier and the readings' families already know (``patient_last_name``,
#: ``sbp``, ``gcs_total``), so no rule of their own is needed.
ELEMENTS: dict[str, str] = {
    # the report and the software that wrote it
    "eRecord.01": "patient_care_report_number",
    "eRecord.02": "software_creator",
    "eRecord.03": "software_name",
    "eRecord.04": "software_version",
    # the agency's response: its numbers, unit and vehicle (the agency's event, no person's)
    "eResponse.01": "ems_agency_number",
    "eResponse.02": "ems_agency_name",
    "eResponse.03": "incident_number",
    "eResponse.04": "response_number",
    "eResponse.13": "ems_vehicle_unit_number",
    "eResponse.14": "ems_unit_call_sign",
    # the crew (clinicians' ids; their level is their job)
    "eCrew.01": "crew_member_id",
    "eCrew.02": "crew_member_level",
    # the times of the patient's care (the dispatch clocks are left to their shape)
    "eTimes.07": "arrived_at_patient_date_time",
    "eTimes.11": "patient_arrived_at_destination_date_time",
    "eTimes.12": "destination_patient_transfer_of_care_date_time",
    # the patient
    "ePatient.01": "ems_patient_id",
    "ePatient.02": "patient_last_name",
    "ePatient.03": "patient_first_name",
    "ePatient.04": "patient_middle_name",
    "ePatient.05": "patient_home_address",
    "ePatient.06": "patient_home_city",
    "ePatient.07": "patient_home_county",
    "ePatient.08": "patient_home_state",
    "ePatient.09": "patient_home_zip_code",
    "ePatient.11": "patient_home_census_tract",
    "ePatient.12": "patient_social_security_number",
    "ePatient.15": "patient_age",
    "ePatient.16": "patient_age_units",
    "ePatient.17": "patient_date_of_birth",
    "ePatient.18": "patient_phone_number",
    "ePatient.19": "patient_email_address",
    "ePatient.20": "patient_drivers_license_state",
    "ePatient.21": "patient_drivers_license_number",
    # the scene (where the patient was found: most often home)
    "eScene.15": "incident_street_address",
    "eScene.17": "incident_city",
    "eScene.19": "incident_zip_code",
    # the situation: onset, complaint, symptoms and the provider's impressions
    "eSituation.01": "symptom_onset_date_time",
    "eSituation.04": "chief_complaint",
    "eSituation.09": "primary_symptom",
    "eSituation.10": "other_associated_symptoms",
    "eSituation.11": "primary_impression",
    "eSituation.12": "secondary_impressions",
    "eSituation.18": "last_known_well_date_time",
    # history
    "eHistory.06": "medication_allergies",
    "eHistory.08": "medical_surgical_history",
    "eHistory.12": "current_medications",
    # vitals: the time a set was taken and its readings
    "eVitals.01": "vital_signs_taken_date_time",
    "eVitals.06": "sbp",
    "eVitals.07": "dbp",
    "eVitals.10": "heart_rate",
    "eVitals.12": "spo2",
    "eVitals.14": "respiratory_rate",
    "eVitals.16": "etco2",
    "eVitals.18": "blood_glucose",
    "eVitals.23": "gcs_total",
    # medications and procedures given to the patient
    "eMedications.01": "medication_administered_date_time",
    "eMedications.03": "medication",
    "eProcedures.01": "procedure_performed_date_time",
    "eProcedures.03": "procedure",
}


def element_name(key: object) -> str | None:
    """The readable name of a NEMSIS element id listed in :data:`ELEMENTS`, else None: one
    dict lookup, which is all an ordinary key costs (the flattening asks for every key)."""
    return ELEMENTS.get(key) if type(key) is str else None
