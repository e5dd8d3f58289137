"""DICOM JSON model attributes read under their keywords.

The DICOM JSON model (PS3.18 F.2), which DICOMweb (QIDO-RS, WADO-RS metadata), dcm2json,
pydicom's ``Dataset.to_json_dict`` and cloud healthcare APIs write, keys every attribute
by its tag, eight hex digits, and wraps its value: ``"00100010": {"vr": "PN", "Value":
[{"Alphabetic": "DOE^JANE"}]}``. A field path such as ``00100010.Value[0].Alphabetic``
says nothing to the field-name classifier, so a patient's name, id and birth date went
unread while the same header written with keywords (``PatientName``) was read. Here the
flattening (:mod:`detectors.cells`) gives such an attribute's value the hint path of its
keyword, ``PatientName.Value[0].Alphabetic``; the path findings report stays the tag's.

Only the attributes that say whose or what a value is are listed: the patient, the visit,
the study and its request, the people and the equipment. A UID, an AE title, a station
name, a scanner's serial and its software are listed too, so that they read under their
keywords, the same way in both forms of a header. An attribute not listed (a private
tag, ``00091001``) keeps its tag and is judged by its value's shape alone, as before; its
tag stays in reported paths and redacted copies all the same (:func:`dicom_tag`), though
eight digits have a record number's shape.
"""

from __future__ import annotations

from collections.abc import Mapping

#: The tag (upper-case hex, as the JSON model writes it) of each attribute read by keyword
#: (PS3.6's data dictionary).
KEYWORDS: dict[str, str] = {
    # SOP common, study, series and equipment (group 0008)
    "00080016": "SOPClassUID",
    "00080018": "SOPInstanceUID",
    "00080020": "StudyDate",
    "00080021": "SeriesDate",
    "00080022": "AcquisitionDate",
    "00080023": "ContentDate",
    "00080030": "StudyTime",
    "00080050": "AccessionNumber",
    "00080060": "Modality",
    "00080070": "Manufacturer",
    "00080080": "InstitutionName",
    "00080081": "InstitutionAddress",
    "00080090": "ReferringPhysicianName",
    "00080092": "ReferringPhysicianAddress",
    "00080094": "ReferringPhysicianTelephoneNumbers",
    "00081010": "StationName",
    "00081030": "StudyDescription",
    "0008103E": "SeriesDescription",
    "00081040": "InstitutionalDepartmentName",
    "00081048": "PhysiciansOfRecord",
    "00081050": "PerformingPhysicianName",
    "00081060": "NameOfPhysiciansReadingStudy",
    "00081070": "OperatorsName",
    "00081080": "AdmittingDiagnosesDescription",
    "00081090": "ManufacturerModelName",
    # the patient (group 0010)
    "00100010": "PatientName",
    "00100020": "PatientID",
    "00100021": "IssuerOfPatientID",
    "00100030": "PatientBirthDate",
    "00100040": "PatientSex",
    "00101000": "OtherPatientIDs",
    "00101001": "OtherPatientNames",
    "00101005": "PatientBirthName",
    "00101010": "PatientAge",
    "00101020": "PatientSize",
    "00101030": "PatientWeight",
    "00101040": "PatientAddress",
    "00101060": "PatientMotherBirthName",
    "00102000": "MedicalAlerts",
    "00102110": "Allergies",
    "00102154": "PatientTelephoneNumbers",
    "001021B0": "AdditionalPatientHistory",
    "00104000": "PatientComments",
    # acquisition equipment (group 0018)
    "00180015": "BodyPartExamined",
    "00181000": "DeviceSerialNumber",
    "00181020": "SoftwareVersions",
    "00181030": "ProtocolName",
    # study and series identification (group 0020)
    "0020000D": "StudyInstanceUID",
    "0020000E": "SeriesInstanceUID",
    "00200010": "StudyID",
    # the request (group 0032), the visit (group 0038), the worklist (group 0040)
    "00321032": "RequestingPhysician",
    "00321060": "RequestedProcedureDescription",
    "00380010": "AdmissionID",
    "00400001": "ScheduledStationAETitle",
    "00400002": "ScheduledProcedureStepStartDate",
    "00400003": "ScheduledProcedureStepStartTime",
    "00400006": "ScheduledPerformingPhysicianName",
    "00400007": "ScheduledProcedureStepDescription",
    "00400010": "ScheduledStationName",
    "00400100": "ScheduledProcedureStepSequence",
    "00400244": "PerformedProcedureStepStartDate",
    "00400254": "PerformedProcedureStepDescription",
    "00401002": "ReasonForTheRequestedProcedure",
    "00402016": "PlacerOrderNumberImagingServiceRequest",
    "00402017": "FillerOrderNumberImagingServiceRequest",
}

#: The key of an attribute's value representation, and the keys that hold its value.
VR_KEY = "vr"
VALUE_KEYS = frozenset({"Value", "BulkDataURI", "InlineBinary"})
#: The hint path's key for an attribute's ``Value``: a typed-value wrapper the field-name
#: classifier drops (as GA4's ``string_value``), so ``StudyDate.DicomValue[0]`` reads as
#: ``StudyDate``. Under its own name a ``value`` directly below a key is an amount.
VALUE_HINT = "DicomValue"


_HEX = frozenset("0123456789abcdefABCDEF")


def dicom_tag(key: object, node: Mapping[str, object]) -> bool:
    """True when ``key`` and its object are a DICOM JSON model attribute, listed or not:
    eight hex digits (a private tag's group is odd, ``00091001``) over an object of a
    two-letter ``vr`` and at most one value key beside it. A map keyed by record numbers
    holds no such objects, so the tag is a field name, not an identifier to mask
    (:mod:`detectors.reported_paths`)."""
    if type(key) is not str or len(key) != 8 or not _HEX.issuperset(key):
        return False
    vr = node.get(VR_KEY)
    if type(vr) is not str or len(vr) != 2 or len(node) > 2:
        return False
    return len(node) == 1 or not VALUE_KEYS.isdisjoint(node)


def dicom_attribute(key: object, node: Mapping[str, object]) -> tuple[str, str] | None:
    """``("vr", keyword)`` of a DICOM JSON model attribute listed in :data:`KEYWORDS`
    (:func:`dicom_tag`), else None. The pair's form is the flattening's label: ``vr``
    names the leaf that is the label, the keyword is the hint path's key."""
    if not dicom_tag(key, node):
        return None
    keyword = KEYWORDS.get(key.upper())  # type: ignore[union-attr]
    return None if keyword is None else (VR_KEY, keyword)
