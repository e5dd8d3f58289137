"""markup_pairs: values inside XML, vCard, iCalendar, form-data and LDIF text, judged under
their element's, property's or part's name (tests/test_structured_text_formats.py is the
probe that asked for it)."""

from __future__ import annotations

import base64

import pytest
from helpers import table_tests

from detectors import Engine, EngineConfig


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("markup_pairs",)))


_LDIF_NAME = base64.b64encode("Siobhán Ní Bhriain".encode()).decode()

POSITIVES = [
    # a SOAP request's elements, namespace prefixes dropped
    (
        "request_body",
        "<s:Body><e:Check><e:MemberId>XJH448812093</e:MemberId>"
        "<e:FirstName>Trevor</e:FirstName><e:DateOfBirth>1958-11-30</e:DateOfBirth>"
        "</e:Check></s:Body>",
        [("HEALTH_PLAN_ID", "XJH448812093"), ("NAME", "Trevor"), ("DATE", "1958-11-30")],
    ),
    # a SAML attribute's value under the attribute's name
    (
        "assertion",
        '<saml2:Attribute Name="lastName"><saml2:AttributeValue>Kowalski'
        "</saml2:AttributeValue></saml2:Attribute>",
        [("NAME", "Kowalski")],
    ),
    # CDA: an element under its parent (``name.given``), a role's id by its extension,
    # HL7 v3's ``birthTime``
    (
        "document",
        '<patientRole><id extension="448812" root="2.16.840.1.113883.19.5"/>'
        '<patient><name><given>Funmilayo</given></name><birthTime value="19790602"/>'
        "</patient></patientRole>",
        [("OTHER_ID", "448812"), ("NAME", "Funmilayo"), ("DATE", "19790602")],
    ),
    # FHIR XML primitives' value attributes
    (
        "resource_xml",
        '<Patient><name><family value="Haverford"/></name><birthDate value="1983-12-05"/>'
        "</Patient>",
        [("NAME", "Haverford"), ("DATE", "1983-12-05")],
    ),
    # vCard FN and structured N
    ("vcf", "BEGIN:VCARD\nFN:Derek Osei-Mensah\nEND:VCARD", [("NAME", "Derek Osei-Mensah")]),
    ("vcf", "BEGIN:VCARD\nN:Vega;Marisol;;;\nEND:VCARD", [("NAME", "Vega;Marisol;;;")]),
    # an attendee's CN, and the start of an event that has an attendee
    (
        "ics",
        "BEGIN:VEVENT\nDTSTART;TZID=America/New_York:20241015T093000\n"
        "ATTENDEE;CN=Dana Whitlock;RSVP=TRUE:mailto:x@y.org\nEND:VEVENT",
        [("DATE", "20241015T093000"), ("NAME", "Dana Whitlock")],
    ),
    # a form-data part under its name
    (
        "body",
        '--b\r\nContent-Disposition: form-data; name="full_name"\r\n\r\nDesmond Achterberg\r\n'
        '--b\r\nContent-Disposition: form-data; name="dob"\r\n\r\n04/22/1966\r\n--b--',
        [("NAME", "Desmond Achterberg"), ("DATE", "04/22/1966")],
    ),
    # an LDIF person entry: cn, and a base64 cn (the whole encoded value)
    (
        "ldif",
        "dn: uid=mchen,ou=People,dc=x,dc=org\nobjectClass: inetOrgPerson\ncn: Michael Chen\n",
        [("NAME", "Michael Chen")],
    ),
    (
        "ldif",
        f"dn: uid=p1,ou=People,dc=x,dc=org\nobjectClass: person\ncn:: {_LDIF_NAME}\n",
        [("NAME", _LDIF_NAME)],
    ),
]

NEGATIVES = [
    # the formats' machinery: ids, stamps, namespaces, a transaction id, a status
    (
        "response_body",
        '<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body>'
        "<n:TransactionId>TX-0007781234</n:TransactionId><n:Status>ACTIVE</n:Status>"
        "<n:Timestamp>2024-10-03T15:44:10.002Z</n:Timestamp></s:Body></s:Envelope>",
    ),
    # an event without an attendee: the start is a meeting's, a closure's, a public event's
    (
        "ics",
        "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20241128\nDTSTAMP:20241018T120315Z\n"
        "UID:x@example.org\nSUMMARY:Clinic closed\nEND:VEVENT",
    ),
    # a template's placeholders; an organiser's CN is a desk's as often
    (
        "ics",
        "BEGIN:VEVENT\nDTSTART:{{appointment.start}}\nATTENDEE;CN={{patient.full_name}}:"
        "mailto:{{patient.email}}\nORGANIZER;CN=Imaging Scheduling:mailto:s@x.org\nEND:VEVENT",
    ),
    # a vCard of an organisation; a structured N without a given name
    ("vcf", "BEGIN:VCARD\nKIND:org\nFN:Lakeview Dermatology Associates\nN:Acme;;;;\nEND:VCARD"),
    # an upload's file name is no value
    (
        "body",
        '--b\r\nContent-Disposition: form-data; name="file"; filename="Jane Doe.csv"\r\n'
        "Content-Type: text/csv\r\n\r\nsku,title\r\n--b--",
    ),
    # ``cn`` of a group entry, and outside an LDIF entry, is no person's name
    (
        "ldif",
        "dn: cn=hiv-care-users,ou=Groups,dc=x,dc=org\nobjectClass: groupOfNames\ncn: Admins\n",
    ),
    ("notes", "cn: Admins\nsn: 4"),
    # XML without a person's element
    ("feed", "<item><g:id>SKU-BPM-4410</g:id><title>Blood Pressure Monitor</title></item>"),
]

test_positives, test_hard_negatives = table_tests(POSITIVES, NEGATIVES)
