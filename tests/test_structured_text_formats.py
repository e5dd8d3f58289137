"""Structured text formats that land inside one cell of a marketing or CRM export.

A blind probe, written by hand before reading the detectors: what a contact sync, a
calendar feed, an inbound-mail webhook, an integration log or a form capture puts into a
single string column. vCards (``BEGIN:VCARD``, ``FN:``, ``N:``, ``TEL;TYPE=cell:``,
``EMAIL;TYPE=INTERNET:``, ``ADR;TYPE=home:``, ``BDAY:``, ``NOTE:``, vCard 2.1's
``ENCODING=QUOTED-PRINTABLE`` and base64 ``PHOTO``) from iCloud, Google and Outlook contact
syncs; iCalendar invites and appointment feeds (``BEGIN:VEVENT``, ``SUMMARY:``,
``DTSTART;TZID=...:``, ``ATTENDEE;CN=...:mailto:``, ``ORGANIZER``, ``DESCRIPTION`` with
folded lines and escaped commas, ``VTODO`` reminders); raw RFC 822 / MIME messages and
header blocks as SendGrid's Inbound Parse, Mailgun's stored messages, Salesforce's
``EmailMessage.Headers`` and Gmail's API export them (``From: "Name" <addr>``, RFC 2047
``=?UTF-8?B?...?=`` and ``=?UTF-8?Q?...?=`` encoded words, quoted-printable bodies with
``=`` soft breaks and ``=3D``, ``Received`` chains); XML payloads (a SOAP eligibility
request, a SAML assertion with ``NameID`` and attributes, a C-CDA fragment, a FHIR XML
resource, a product feed); YAML and TOML blobs (an intake bot's state, a note's front
matter, campaign and webhook configs); HTML email bodies and form posts (urlencoded and
``multipart/form-data`` bodies, Unbounce-like ``data.json``); LDIF entries. The hard
negatives are the formats' own machinery: ``UID``, ``PRODID``, ``DTSTAMP``, ``REV``,
``Message-ID``, DKIM and ARC signatures, MIME boundaries, XML namespaces, OIDs and schema
URNs, SAML ids and digests, CSRF tokens and template placeholders (``{{first_name}}``,
``*|EMAIL|*``, ``${SENDGRID_API_KEY}``).

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'. A finding's
field is the whole cell, so a must-not inside a cell that also holds a person's value can
only name entities that cell must not hold at all; the machinery of a format is therefore
also tested alone, in clean cells.

Decisions where the contract is silent (written blind, before reading the detectors):

- **An encoded value is read as what it encodes.** An RFC 2047 encoded word
  (``=?UTF-8?B?Sm9zw6k...?=``, ``=?utf-8?Q?Your_colonoscopy...?=``), a quoted-printable
  body (``=3D``, soft breaks ``=`` + newline, even one that splits an address), a vCard
  2.1 ``QUOTED-PRINTABLE`` property, an LDIF ``::`` base64 value, XML character
  references and an iCalendar folded line (CRLF + space) are decoded before detection;
  the finding spans the value as written (the whole encoded word when what it holds is
  the identifier). A binary part (a base64 ``PHOTO``, a JPEG in a multipart body, a DKIM
  ``b=``) is read as nothing.
- **A calendar event's ``SUMMARY`` and ``DESCRIPTION`` are health context when they name
  care** ("Mammogram screening", "post-op wound check"), as a CRM's appointment type is:
  the attendee of that event is the patient. A meeting title without care ("Q4 Marketing
  Sync") is no health; a clinic's closure ("Clinic closed - Thanksgiving") is no one's
  date. ``DTSTART`` of a patient's appointment is a DATE; ``DTSTAMP``, ``CREATED``,
  ``LAST-MODIFIED``, ``REV``, ``UID``, ``PRODID`` and an ``RRULE`` are the calendar's and
  never a finding (tested in clean cells).
- **Message headers**: ``From``, ``To``, ``Reply-To`` and ``Cc`` name people (NAME and
  EMAIL); a ``Subject`` that names care is health context; the ``Date`` header and a
  ``Received`` chain's timestamps are the mail system's, not a person's date;
  ``Message-ID``, ``In-Reply-To``, ``References``, ``X-Campaign-Id``, DKIM and ARC
  signatures, ``Authentication-Results``, boundaries and ``Content-Type`` parameters are
  no identifier. A role mailbox (``intake@``, ``scheduling@``, ``news@``) is the
  organisation's, as the project decided for senders. The client's public address in the
  first ``Received`` hop is the sender's IP_ADDRESS; a mail server's is neither expected
  nor forbidden.
- **XML**: element and attribute names are read as field names (``<elig:MemberId>``,
  ``<birthTime value=...>``, ``<given>``), namespaces, ``xmlns`` URIs, schema URNs,
  ``templateId`` and ``codeSystem`` OIDs, SAML ``ID``, ``IssueInstant``, ``DigestValue``
  and ``SignatureValue`` are not findings. A CDA's ``recordTarget`` patient id is the
  person's record id (``MRN|OTHER_ID``); a problem's ``displayName`` is health.
- **YAML, TOML and LDIF keys are field names too** (``dob:``, ``phone =``,
  ``telephoneNumber:``), and a config's schedule dates, segment ids, API-key placeholders
  and webhook secrets are no one's. A directory entry of a staff member is identified but
  not health; an LDAP group named for a condition (``cn=hiv-care-portal-users``) that a
  person is a member of is health context.
- **Form posts**: ``name=value`` pairs of a urlencoded body and the parts of a multipart
  body are read under their names; a boundary, a CSRF token and a file name of an upload
  are not identifiers, except a file name that holds a person's name.
- **Template placeholders and example addresses** (``{{ contact.email }}``,
  ``*|FNAME|*``, ``you@example.com``) are no one's identifiers. A catalog's health words
  (a blood-pressure monitor in a product feed) name nobody and are neither expected nor
  forbidden; such rows are not PHI.

After reading the detectors no blind expectation was changed; three must-nots were wider
than decisions the project had made (a CRM's ``contact_id`` and a top-level Salesforce
``Id`` are the person's record id) and are narrowed on top (:data:`_DECIDED`). What the
work built: ``markup_pairs`` (values inside XML, vCard, iCalendar, form-data and LDIF text
judged under their element's, property's or part's name: a SOAP ``MemberId``, a SAML
attribute, CDA ``name.given`` and ``patientRole`` ids, FHIR XML value attributes, vCard
``FN``/``N``, an attendee's ``CN`` and an attended event's ``DTSTART``, a form-data part,
an LDIF person's ``cn``), RFC 2047 encoded words, form placeholders and iCalendar folding
undone for scanning (a finding inside an encoded word covers the word), LDIF base64
padding no longer read as a quoted-printable soft break, calendar ``UID`` lines and a role
mailbox on a party's header line inside a blob (``From:``, ``sender:``, ``ORGANIZER``,
``smtp.mailfrom=``, an SPF comment) as no person's address, HL7's ``birthTime`` as a birth
date, a quoted display name before an address, a programme's name and a word glued to an
underscore as no person's name. Four records are left open
(:data:`LEFT_ALONE`): a campaign schedule's date in YAML, a name inside a file name, a
product feed's shipping ZIP (opened by ``markup_pairs``), a note's name without a cue. A
fifth, a public event's venue, was closed by the urgent-care probe's rule (an address
after an organisation's name and a comma is the organisation's); a sixth, a name in an
HTML table's cell under its ``<th>``, by the ``text_grids`` family (a table in one value,
each cell read under its column's name).

Figures (misses / false findings / records wrong): SHAPES (33 records), blind 16 / 11 /
19, after the work and the decisions 3 / 3 / 4 (all in LEFT_ALONE). HELD_OUT (11 records),
blind before any work 3 / 1 / 4; scored once after the work on SHAPES: 2 / 2 / 4; after
two keyed-name rules that generalise (a quoted display name, a programme's name): 1 / 1 /
2 (both in LEFT_ALONE).
"""

from __future__ import annotations

import base64

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions


def _b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


_PHOTO = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4n"
_DKIM = (
    "v=1; a=rsa-sha256; c=relaxed/relaxed; d=gmail.com; s=20230601; t=1728394931; "
    "x=1728999731; darn=intake.example-health.org; h=to:subject:message-id:date:from:"
    "mime-version:from:to:cc:subject:date:message-id:reply-to; "
    "bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; "
    "b=Qk3vL8x0Zb1yN2h6Tq9mW4rP0sE7uJ5cV1aK8dF3gH2jS6lX9oI4eR7tY0wU5zB1nM8vC3xQ6pA2sD9fG4h"
)


# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "iCloud vCard 3.0 in a CRM contact sync: name, cell, home address, birthday, note",
        {
            "contact_id": "0035e00000Kp7QAAS",
            "sync_source": "icloud",
            "vcard": (
                "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.2//EN\r\n"
                "N:Vega;Marisol;;;\r\nFN:Marisol Vega\r\n"
                "TEL;type=CELL;type=VOICE;type=pref:(312) 555-0147\r\n"
                "EMAIL;type=INTERNET;type=HOME;type=pref:marisol.vega77@gmail.com\r\n"
                "ADR;type=HOME;type=pref:;;1412 W Addison St;Chicago;IL;60613;United States\r\n"
                "BDAY:1971-04-09\r\n"
                "NOTE:Referred by Dr. Haddad for bariatric surgery consult. Prefers text.\r\n"
                "REV:2024-03-11T14:22:09Z\r\n"
                "UID:7A4E2C1B-9F3D-4B8A-A6E5-2D1C0B9F8E7D\r\nEND:VCARD"
            ),
            "synced_at": "2024-03-11T14:25:40Z",
        },
        {
            ("vcard", "NAME"),
            ("vcard", "PHONE"),
            ("vcard", "EMAIL"),
            ("vcard", "LOCATION|ZIP_CODE"),
            ("vcard", "DATE"),
            ("vcard", "HEALTH"),
        },
        {("contact_id", "*"), ("sync_source", "*"), ("synced_at", "*")},
        True,
    ),
    (
        "vCard of a vendor's sales rep (identified, no health): photo, org, title, UID",
        {
            "Id": "c-88123",
            "Card": (
                "BEGIN:VCARD\nVERSION:4.0\nFN:Derek Osei-Mensah\nN:Osei-Mensah;Derek;;;\n"
                "ORG:Northwind Logistics\nTITLE:Regional Account Manager\n"
                "TEL;TYPE=work,voice;VALUE=uri:tel:+1-617-555-0198\n"
                "EMAIL;TYPE=work:derek.osei-mensah@northwind-logistics.example.com\n"
                f"PHOTO:data:image/jpeg;base64,{_PHOTO}\n"
                "UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\n"
                "REV:20240201T195243Z\nEND:VCARD"
            ),
        },
        {("Card", "NAME"), ("Card", "PHONE"), ("Card", "EMAIL")},
        {("Card", "HEALTH"), ("Card", "DATE"), ("Card", "HASHED_ID"), ("Id", "*")},
        False,
    ),
    (
        "vCard of a clinic (KIND:org) from a referral directory: the organisation's card",
        {
            "directory_id": "ref-2291",
            "vcf": (
                "BEGIN:VCARD\r\nVERSION:4.0\r\nKIND:org\r\n"
                "FN:Lakeview Dermatology Associates\r\nORG:Lakeview Dermatology Associates\r\n"
                "TEL;TYPE=work:+1-773-555-0100\r\n"
                "ADR;TYPE=work:;;3000 N Halsted St Suite 410;Chicago;IL;60657;USA\r\n"
                "URL:https://www.lakeviewderm.example.com\r\nEND:VCARD"
            ),
        },
        set(),
        {("vcf", "NAME"), ("vcf", "DATE"), ("directory_id", "*")},
        False,
    ),
    (
        "vCard 2.1 from an Outlook export: quoted-printable name and note",
        {
            "ContactId": "AAMkAGI2TG93AAA=",
            "VCardText": (
                "BEGIN:VCARD\r\nVERSION:2.1\r\n"
                "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:N=C3=BA=C3=B1ez;Jos=C3=A9\r\n"
                "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 N=C3=BA=C3=B1ez\r\n"
                "TEL;CELL:+1 915 555 0123\r\n"
                "NOTE;ENCODING=QUOTED-PRINTABLE:Started metformin 500 mg in March=0D=0A=\r\n"
                "A1c recheck due.\r\nEND:VCARD"
            ),
        },
        {("VCardText", "NAME"), ("VCardText", "PHONE"), ("VCardText", "HEALTH")},
        {("ContactId", "*")},
        True,
    ),
    (
        "Imaging centre invite (.ics in an appointment feed): mammogram, attendee, start",
        {
            "feed": "northshore_imaging",
            "event_ics": (
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"
                "PRODID:-//Example Scheduling//Booking 4.2//EN\r\nMETHOD:REQUEST\r\n"
                "BEGIN:VEVENT\r\nUID:appt-20241015-88412@booking.example-imaging.org\r\n"
                "DTSTAMP:20240927T181204Z\r\n"
                "DTSTART;TZID=America/New_York:20241015T093000\r\n"
                "DTEND;TZID=America/New_York:20241015T100000\r\n"
                "SUMMARY:Screening mammogram - Dana Whitlock\r\n"
                "ORGANIZER;CN=Imaging Scheduling:mailto:scheduling@example-imaging.org\r\n"
                "ATTENDEE;CN=Dana Whitlock;ROLE=REQ-PARTICIPANT;RSVP=TRUE:"
                "mailto:dana.whitlock@yahoo.com\r\n"
                "LOCATION:Northshore Imaging\\, 950 Skokie Blvd\\, Northbrook\\, IL\r\n"
                "END:VEVENT\r\nEND:VCALENDAR"
            ),
        },
        {
            ("event_ics", "NAME"),
            ("event_ics", "EMAIL"),
            ("event_ics", "DATE"),
            ("event_ics", "HEALTH"),
        },
        {("event_ics", "OTHER_ID"), ("event_ics", "ONLINE_ID"), ("feed", "*")},
        True,
    ),
    (
        "Internal meeting invite (clean): title, organiser role mailbox, stamps, UID",
        {
            "calendar": "marketing-team",
            "ics": (
                "BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\n"
                "VERSION:2.0\nBEGIN:VEVENT\n"
                "DTSTART:20241021T150000Z\nDTEND:20241021T160000Z\n"
                "DTSTAMP:20241018T120315Z\n"
                "UID:5m2p8q1r4s7t0v3w6x9y2z5a8b@google.com\n"
                "CREATED:20241001T090000Z\nLAST-MODIFIED:20241018T120300Z\n"
                "SUMMARY:Q4 Marketing Sync\nSEQUENCE:2\nSTATUS:CONFIRMED\n"
                "RRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=10\n"
                "END:VEVENT\nEND:VCALENDAR"
            ),
        },
        set(),
        {("ics", "NAME"), ("ics", "OTHER_ID|ONLINE_ID|HASHED_ID"), ("ics", "HEALTH")},
        False,
    ),
    (
        "Scheduling template (health, no identifier): placeholders in an .ics body",
        {
            "template_name": "pt_eval_invite",
            "ics_template": (
                "BEGIN:VEVENT\nUID:{{appointment.uid}}\nDTSTAMP:{{now}}\n"
                "DTSTART;TZID={{location.tz}}:{{appointment.start}}\n"
                "SUMMARY:Physical therapy evaluation - {{patient.first_name}}\n"
                "ATTENDEE;CN={{patient.full_name}}:mailto:{{patient.email}}\n"
                "DESCRIPTION:Please arrive 15 minutes early and bring your referral.\n"
                "END:VEVENT"
            ),
        },
        {("ics_template", "HEALTH")},
        {("ics_template", "NAME|EMAIL|DATE|OTHER_ID")},
        False,
    ),
    (
        "Folded DESCRIPTION in a surgery-scheduling feed: name, DOB and procedure over folds",
        {
            "id": "evt_01HB8Q3",
            "raw": (
                "BEGIN:VEVENT\r\nUID:or-slot-55120@periop.example.org\r\n"
                "DTSTAMP:20240912T140000Z\r\n"
                "DTSTART;TZID=America/Chicago:20240930T071500\r\n"
                "SUMMARY:OR 4 - case\r\n"
                "DESCRIPTION:Patient: Lorenzo Bianchi\\, DOB 07/19/1954\\, procedure: lapa\r\n"
                " roscopic inguinal hernia repair (R)\\, surgeon Dr. Amara Okafor\\nNPO af\r\n"
                " ter midnight\r\n"
                "END:VEVENT"
            ),
        },
        {("raw", "NAME"), ("raw", "DATE"), ("raw", "HEALTH")},
        {("id", "*")},
        True,
    ),
    (
        "Pharmacy app reminder (VTODO with VALARM): medication and the patient's email",
        {
            "reminder_id": "rmd_48213",
            "payload": (
                "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//RxMinder//EN\nBEGIN:VTODO\n"
                "UID:rx-7731@rxminder.example.com\nDTSTAMP:20241002T080000Z\n"
                "SUMMARY:Take lisinopril 10 mg\nRRULE:FREQ=DAILY\n"
                "ATTENDEE;CN=Grace Liu:mailto:grace.liu.88@outlook.com\n"
                "BEGIN:VALARM\nTRIGGER:-PT15M\nACTION:DISPLAY\nEND:VALARM\n"
                "END:VTODO\nEND:VCALENDAR"
            ),
        },
        {("payload", "EMAIL"), ("payload", "NAME"), ("payload", "HEALTH")},
        {("payload", "DATE"), ("reminder_id", "*")},
        True,
    ),
    (
        "Clinic holiday closure calendar (clean): all-day event, public place",
        {
            "calendar_id": "closures@group.calendar.google.com",
            "ics": (
                "BEGIN:VEVENT\nDTSTART;VALUE=DATE:20241128\nDTEND;VALUE=DATE:20241129\n"
                "SUMMARY:Clinic closed - Thanksgiving\nTRANSP:TRANSPARENT\n"
                "UID:20241128_closure@riverside-clinics.example.org\nEND:VEVENT"
            ),
        },
        set(),
        {("ics", "*")},
        False,
    ),
    (
        "Community blood drive invite (clean): venue address of a public event",
        {
            "ics": (
                "BEGIN:VEVENT\nUID:blooddrive-1109@events.example.org\n"
                "DTSTAMP:20241020T100000Z\nDTSTART:20241109T140000Z\n"
                "SUMMARY:Community Blood Drive\n"
                "LOCATION:Harbor Community Center\\, 120 Main St\\, Rockport\\, MA 01966\n"
                "ORGANIZER;CN=Events Team:mailto:events@example.org\nEND:VEVENT"
            ),
        },
        set(),
        {("ics", "NAME|OTHER_ID|ONLINE_ID|LOCATION|ZIP_CODE")},
        False,
    ),
    (
        "SendGrid Inbound Parse: a patient's reply about knee replacement pre-op",
        {
            "headers": (
                "Received: by mx0047p1mdw1.sendgrid.net with SMTP id 3kQ9yTbqWw "
                "Tue, 08 Oct 2024 13:42:12 +0000 (UTC)\n"
                "DKIM-Signature: " + _DKIM + "\n"
                'From: "Harold Nguyen" <hnguyen1949@comcast.net>\n'
                "Date: Tue, 8 Oct 2024 09:42:01 -0400\n"
                "Message-ID: <CAF8s7Kq2vR+3xY0nT9L=pZ4mW1jH6gB5cD@mail.gmail.com>\n"
                "Subject: Re: Your knee replacement pre-op appointment\n"
                "To: intake@example-ortho.org\n"
                'Content-Type: multipart/alternative; boundary="000000000000a1b2c3d4e5f6"'
            ),
            "from": "Harold Nguyen <hnguyen1949@comcast.net>",
            "to": "intake@example-ortho.org",
            "subject": "Re: Your knee replacement pre-op appointment",
            "text": "I can come Thursday. Do I stop my warfarin before the surgery?\n",
            "envelope": '{"to":["intake@example-ortho.org"],"from":"hnguyen1949@comcast.net"}',
            "dkim": "{@comcast.net : pass}",
            "SPF": "pass",
            "charsets": '{"to":"UTF-8","from":"UTF-8","subject":"UTF-8","text":"UTF-8"}',
            "spam_score": "0.011",
        },
        {
            ("headers", "NAME"),
            ("headers", "EMAIL"),
            ("headers", "HEALTH"),
            ("from", "NAME"),
            ("from", "EMAIL"),
            ("subject", "HEALTH"),
            ("text", "HEALTH"),
            ("envelope", "EMAIL"),
        },
        {
            ("headers", "OTHER_ID|ONLINE_ID|HASHED_ID"),
            ("to", "*"),
            ("dkim", "*"),
            ("SPF", "*"),
            ("charsets", "*"),
            ("spam_score", "*"),
        },
        True,
    ),
    (
        "RFC 2047 encoded words in a Salesforce EmailMessage.Headers: B-name, Q-subject",
        {
            "Id": "02s5e00000AbCdEAAZ",
            "Headers": (
                "From: =?UTF-8?B?" + _b64("José Núñez") + "?= <jnunez.tx@outlook.com>\n"
                "To: Scheduling <scheduling@example-gi.org>\n"
                "Subject: =?utf-8?Q?Re:_my_colonoscopy_prep_instructions?=\n"
                "Date: Mon, 14 Oct 2024 18:02:55 +0000\n"
                "Message-ID: <BY5PR04MB6996A1B2C3D4E5F6@BY5PR04MB6996.namprd04.prod.outlook.com>\n"
                "MIME-Version: 1.0"
            ),
            "MessageDate": "2024-10-14T18:02:55.000+0000",
        },
        {("Headers", "NAME"), ("Headers", "EMAIL"), ("Headers", "HEALTH")},
        {("Headers", "DATE|OTHER_ID|ONLINE_ID|HASHED_ID"), ("Id", "*"), ("MessageDate", "*")},
        True,
    ),
    (
        "Mailgun stored message: quoted-printable HTML with =3D and a soft break",
        {
            "storage.key": "AgEFq8s0Yj3x1wQw2zTkZ6H4m0y9RnL",
            "body-mime": (
                'MIME-Version: 1.0\r\nContent-Type: text/html; charset="utf-8"\r\n'
                "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
                "<p>Hi Rebecca,</p>\r\n<p>Your recent A1c was 8.2%. Dr. Patel would like t=\r\n"
                "o adjust your diabetes medication.</p>\r\n"
                '<p><a href=3D"https://portal.example-endo.org/messages?utm_source=3Demail">'
                "Open the portal</a></p>\r\n"
                '<p style=3D"font-size:11px">Sent to rebecca.okafor@gmail.com. '
                '<a href=3D"https://example-endo.org/unsubscribe?e=3Drebecca.okafor%40gmai=\r\n'
                'l.com">Unsubscribe</a></p>'
            ),
        },
        {("body-mime", "NAME"), ("body-mime", "EMAIL"), ("body-mime", "HEALTH")},
        {("storage.key", "*"), ("body-mime", "OTHER_ID|HASHED_ID|DATE")},
        True,
    ),
    (
        "Newsletter MIME source (clean): boundaries, List-Unsubscribe placeholder, Date",
        {
            "campaign_id": "cmp_2024_10_parking",
            "raw_mime": (
                "From: Riverside Health <news@riverside-health.example.org>\n"
                "To: *|EMAIL|*\nSubject: Our new parking garage opens Monday\n"
                "Date: Tue, 08 Oct 2024 14:02:11 -0400\n"
                "Message-ID: <0100019267f3a1b2-9c8d7e6f-5a4b-3c2d-1e0f@email.amazonses.com>\n"
                "List-Unsubscribe: <https://riverside-health.example.org/u?id=*|UNIQID|*>\n"
                "X-Campaign-Id: 7f3e2d1c0b\n"
                'Content-Type: multipart/alternative; boundary="b1_8a7f6e5d4c3b2a19"\n\n'
                "--b1_8a7f6e5d4c3b2a19\nContent-Type: text/plain; charset=us-ascii\n\n"
                "Hi *|FNAME|*, the new garage on Elm Street opens Monday at 6 AM.\n"
                "--b1_8a7f6e5d4c3b2a19--"
            ),
        },
        set(),
        {("raw_mime", "*"), ("campaign_id", "*")},
        False,
    ),
    (
        "Gmail API message export: header list with From, Subject, Message-ID and Date",
        {
            "id": "18f3a2c9b7d41e05",
            "threadId": "18f3a2c9b7d41e05",
            "labelIds": ["INBOX", "CATEGORY_PERSONAL"],
            "snippet": "Hi, I was told to ask about a refill before my next injection",
            "payload": {
                "mimeType": "multipart/alternative",
                "headers": [
                    {"name": "From", "value": '"Carla Jimenez" <cjimenez@icloud.com>'},
                    {"name": "Subject", "value": "Question about my Ozempic refill"},
                    {
                        "name": "Message-ID",
                        "value": "<A1B2C3D4-E5F6-47A8-9B0C-1D2E3F4A5B6C@icloud.com>",
                    },
                    {"name": "Date", "value": "Wed, 16 Oct 2024 07:15:42 -0700"},
                ],
            },
            "internalDate": "1729088142000",
        },
        {
            ("payload.headers[0].value", "NAME"),
            ("payload.headers[0].value", "EMAIL"),
            ("payload.headers[1].value", "HEALTH"),
        },
        {
            ("payload.headers[2].value", "*"),
            ("payload.headers[3].value", "*"),
            ("id", "*"),
            ("threadId", "*"),
            ("internalDate", "*"),
        },
        True,
    ),
    (
        "Received chain with the sender's home IP and an X-Originating-IP",
        {
            "message_headers": (
                "Received: from mail-pl1-f171.google.com (mail-pl1-f171.google.com "
                "[209.85.214.171]) by mx.example-clinic.org (Postfix) with ESMTPS id 4XJ2k8"
                "; Thu, 10 Oct 2024 16:20:03 +0000 (UTC)\n"
                "Received: from [192.168.1.23] (c-73-45-118-22.hsd1.il.comcast.net "
                "[73.45.118.22]) by smtp.gmail.com with ESMTPSA id d9443c01a7336\n"
                "X-Originating-IP: [73.45.118.22]\n"
                "From: Paul Brennan <pbrennan62@gmail.com>\n"
                "Subject: question about my CPAP settings"
            ),
        },
        {
            ("message_headers", "IP_ADDRESS"),
            ("message_headers", "NAME"),
            ("message_headers", "EMAIL"),
            ("message_headers", "HEALTH"),
        },
        {("message_headers", "DATE|OTHER_ID|PHONE")},
        True,
    ),
    (
        "DKIM and ARC headers alone (clean): a header table from a deliverability tool",
        {
            "header_name": "ARC-Message-Signature",
            "header_value": "i=1; a=rsa-sha256; c=relaxed/relaxed; d=google.com; s=arc-20160816; "
            + _DKIM.split("; ", 4)[-1],
            "authentication_results": (
                "mx.google.com; dkim=pass header.i=@brand.example.com header.s=s1 "
                "header.b=Qk3vL8x0; spf=pass (google.com: domain of bounces+2191@em.brand."
                "example.com designates 167.89.100.12 as permitted sender) "
                'smtp.mailfrom="bounces+2191@em.brand.example.com"; dmarc=pass'
            ),
        },
        set(),
        {("header_value", "*"), ("authentication_results", "NAME|EMAIL|OTHER_ID|HASHED_ID")},
        False,
    ),
    (
        "SOAP eligibility request logged by an integration: member id, name, DOB, service",
        {
            "integration": "elig-gateway",
            "direction": "outbound",
            "request_body": (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
                'xmlns:elig="urn:example:eligibility:v2">\n'
                "  <soapenv:Header><elig:TransactionId>TX-0007781234</elig:TransactionId>"
                "</soapenv:Header>\n"
                "  <soapenv:Body>\n    <elig:CheckEligibility>\n"
                "      <elig:PayerId>60054</elig:PayerId>\n"
                "      <elig:MemberId>XJH448812093</elig:MemberId>\n"
                "      <elig:FirstName>Trevor</elig:FirstName>\n"
                "      <elig:LastName>Blackwood</elig:LastName>\n"
                "      <elig:DateOfBirth>1958-11-30</elig:DateOfBirth>\n"
                "      <elig:ServiceTypeCode>PT</elig:ServiceTypeCode>\n"
                "      <elig:ServiceDescription>Physical Therapy</elig:ServiceDescription>\n"
                "    </elig:CheckEligibility>\n  </soapenv:Body>\n</soapenv:Envelope>"
            ),
            "logged_at": "2024-10-03T15:44:09.218Z",
        },
        {
            ("request_body", "HEALTH_PLAN_ID"),
            ("request_body", "NAME"),
            ("request_body", "DATE"),
            ("request_body", "HEALTH"),
        },
        {("integration", "*"), ("logged_at", "*"), ("request_body", "URL|ZIP_CODE")},
        True,
    ),
    (
        "SOAP response (clean): transaction id, namespaces, status, timestamp",
        {
            "response_body": (
                '<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" '
                'xmlns:ns2="urn:example:eligibility:v2" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                "<soapenv:Body><ns2:CheckEligibilityResponse>"
                "<ns2:TransactionId>TX-0007781234</ns2:TransactionId>"
                "<ns2:Status>ACTIVE</ns2:Status><ns2:ResponseCode>00</ns2:ResponseCode>"
                "<ns2:Timestamp>2024-10-03T15:44:10.002Z</ns2:Timestamp>"
                "</ns2:CheckEligibilityResponse></soapenv:Body></soapenv:Envelope>"
            ),
        },
        set(),
        {("response_body", "*")},
        False,
    ),
    (
        "SAML assertion in an SSO audit log (identified, no health): NameID and attributes",
        {
            "event": "sso.login",
            "saml_assertion": (
                '<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" '
                'ID="_a75adf55-01d7-40cc-929f-dbd8372ebdfc" IssueInstant="2024-10-09T13:05:22Z" '
                'Version="2.0"><saml2:Issuer>https://idp.example-employer.com/saml</saml2:Issuer>'
                "<ds:Signature><ds:SignedInfo><ds:DigestValue>"
                "j6lwx3rvEPO0vKtMup4NbeVu8nk=</ds:DigestValue></ds:SignedInfo>"
                "<ds:SignatureValue>Qk3vL8x0Zb1yN2h6Tq9mW4rP0sE7uJ5cV1aK8dF3gH2jS6lX9oI4eR7"
                "</ds:SignatureValue></ds:Signature>"
                "<saml2:Subject><saml2:NameID "
                'Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">'
                "jkowalski@example-employer.com</saml2:NameID></saml2:Subject>"
                "<saml2:AttributeStatement>"
                '<saml2:Attribute Name="firstName"><saml2:AttributeValue>Joanna'
                "</saml2:AttributeValue></saml2:Attribute>"
                '<saml2:Attribute Name="lastName"><saml2:AttributeValue>Kowalski'
                "</saml2:AttributeValue></saml2:Attribute>"
                '<saml2:Attribute Name="department"><saml2:AttributeValue>Finance'
                "</saml2:AttributeValue></saml2:Attribute>"
                "</saml2:AttributeStatement></saml2:Assertion>"
            ),
        },
        {("saml_assertion", "EMAIL"), ("saml_assertion", "NAME")},
        {("saml_assertion", "DATE|HEALTH|HASHED_ID"), ("event", "*")},
        False,
    ),
    (
        "C-CDA fragment in a HIE notification: patient role, address, phone, problem",
        {
            "notification_id": "adt-a01-99120",
            "document": (
                '<ClinicalDocument xmlns="urn:hl7-org:v3" '
                'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
                '<templateId root="2.16.840.1.113883.10.20.22.1.2" extension="2015-08-01"/>'
                '<id root="2.16.840.1.113883.19.5.99999.1" extension="TT988"/>'
                '<effectiveTime value="20240912143000-0500"/>'
                "<recordTarget><patientRole>"
                '<id extension="448812" root="2.16.840.1.113883.19.5.99999.2"/>'
                '<addr use="HP"><streetAddressLine>87 Larkspur Lane</streetAddressLine>'
                "<city>Beaverton</city><state>OR</state><postalCode>97006</postalCode></addr>"
                '<telecom value="tel:+1(503)555-0161" use="HP"/>'
                '<patient><name use="L"><given>Funmilayo</given><family>Adeyemi</family></name>'
                '<birthTime value="19790602"/></patient></patientRole></recordTarget>'
                '<component><section><entry><observation classCode="OBS" moodCode="EVN">'
                '<value xsi:type="CD" code="44054006" codeSystem="2.16.840.1.113883.6.96" '
                'displayName="Diabetes mellitus type 2"/></observation></entry></section>'
                "</component></ClinicalDocument>"
            ),
        },
        {
            ("document", "MRN|OTHER_ID"),
            ("document", "LOCATION"),
            ("document", "ZIP_CODE"),
            ("document", "PHONE"),
            ("document", "NAME"),
            ("document", "DATE"),
            ("document", "HEALTH"),
        },
        {("notification_id", "*")},
        True,
    ),
    (
        "FHIR XML Patient resource (identified, no health): identifier, name, telecom",
        {
            "resource_xml": (
                '<Patient xmlns="http://hl7.org/fhir"><id value="pat-7731"/>'
                '<meta><lastUpdated value="2024-09-30T11:02:44Z"/></meta>'
                '<identifier><system value="urn:oid:1.2.36.146.595.217.0.1"/>'
                '<value value="MRN-4471932"/></identifier>'
                '<name><family value="Haverford"/><given value="Celeste"/></name>'
                '<telecom><system value="phone"/><value value="(503) 555-0177"/></telecom>'
                '<gender value="female"/><birthDate value="1983-12-05"/></Patient>'
            ),
        },
        {
            ("resource_xml", "MRN|OTHER_ID"),
            ("resource_xml", "NAME"),
            ("resource_xml", "PHONE"),
            ("resource_xml", "DATE"),
        },
        {("resource_xml", "HEALTH")},
        False,
    ),
    (
        "Google Merchant product feed item (clean): a blood pressure monitor, GTIN, price",
        {
            "feed_item_xml": (
                '<item xmlns:g="http://base.google.com/ns/1.0"><g:id>SKU-BPM-4410</g:id>'
                "<title>Upper Arm Blood Pressure Monitor</title>"
                "<g:gtin>00812345678905</g:gtin><g:mpn>BP7450</g:mpn>"
                "<g:price>59.99 USD</g:price><g:availability>in stock</g:availability>"
                "<link>https://shop.example-health.com/p/bpm-4410</link>"
                "<g:shipping><g:country>US</g:country><g:postal_code>60601</g:postal_code>"
                "</g:shipping></item>"
            ),
        },
        set(),
        {("feed_item_xml", "NAME|OTHER_ID|DEVICE_ID|ZIP_CODE|PHONE|CREDIT_CARD")},
        False,
    ),
    (
        "Intake chatbot state saved as YAML in a CRM note: patient, dob, phone, reason",
        {
            "Note__c": (
                "bot: intake-v3\nsession: 9f8e7d6c\npatient:\n  name: Priya Raman\n"
                '  dob: 1988-02-17\n  phone: "+1 408 555 0133"\n'
                "reason: migraine with aura, needs refill of sumatriptan\n"
                "preferred_time: mornings\n"
            ),
            "CreatedDate": "2024-10-11T16:30:00.000+0000",
        },
        {
            ("Note__c", "NAME"),
            ("Note__c", "DATE"),
            ("Note__c", "PHONE"),
            ("Note__c", "HEALTH"),
        },
        {("CreatedDate", "*"), ("Note__c", "OTHER_ID|ONLINE_ID")},
        True,
    ),
    (
        "Campaign config as YAML (clean): schedule, sender role mailbox, env placeholders",
        {
            "config_yaml": (
                "campaign: fall_newsletter\nsender: news@brand.example.com\n"
                'reply_to: "{{ account.support_email }}"\nschedule:\n  start: 2024-10-01\n'
                "  timezone: America/Chicago\nsegment_id: 884123\n"
                'api_key: ${SENDGRID_API_KEY}\nsubject: "Hi {{ first_name }}, see what\'s new"\n'
            ),
        },
        set(),
        {("config_yaml", "NAME|DATE|OTHER_ID|PHONE|HEALTH|EMAIL")},
        False,
    ),
    (
        "Webhook settings as TOML (clean): URL, secret, greeting template",
        {
            "settings_toml": (
                '[webhook]\nurl = "https://hooks.example.com/services/T000/B000/XXXXXXXX"\n'
                'secret = "whsec_8f3a9c2e71d04b5a96e3f1c7d2b8a4e0"\nretries = 3\n\n'
                '[defaults]\ngreeting = "Hi {{ first_name }},"\n'
                'clinic_phone = "{{ clinic.phone }}"\nsignature = "The {{ clinic.name }} team"\n'
            ),
        },
        set(),
        {("settings_toml", "*")},
        False,
    ),
    (
        "Care programme definition as TOML (health, no identifier)",
        {
            "program_toml": (
                '[program]\nname = "Diabetes Prevention Program"\ncondition = "prediabetes"\n'
                "cohort_size = 250\nsessions = 16\n\n[eligibility]\nbmi_min = 25\n"
                'a1c_range = "5.7-6.4"\n'
            ),
        },
        {("program_toml", "HEALTH")},
        {("program_toml", "NAME|OTHER_ID|PHONE|EMAIL")},
        False,
    ),
    (
        "Markdown note with YAML front matter from a call log: caller, callback, tags",
        {
            "note_md": (
                "---\ntitle: Intake call\ncaller: Wendell Pryce\ncallback: (216) 555-0139\n"
                "tags: [copd, home-oxygen]\n---\n\nCaller asked whether his oxygen "
                "concentrator rental is covered. Sent the benefits form.\n"
            ),
            "updated": "2024-10-15T10:12:00Z",
        },
        {("note_md", "NAME"), ("note_md", "PHONE"), ("note_md", "HEALTH")},
        {("updated", "*")},
        True,
    ),
    (
        "Chatbot intent definition as YAML (health, no identifier): examples and slots",
        {
            "intent_yaml": (
                "intent: book_mammogram\nexamples:\n  - I need a mammogram\n"
                "  - schedule my breast cancer screening\nslots:\n"
                '  patient_name: "{{patient_name}}"\n  dob: "{{dob}}"\n'
                'responses:\n  - "Thanks {{patient_name}}, what day works?"\n'
            ),
        },
        {("intent_yaml", "HEALTH")},
        {("intent_yaml", "NAME|DATE")},
        False,
    ),
    (
        "HubSpot email engagement HTML body: a sleep study reminder to a named patient",
        {
            "engagement": {"id": 44812093311, "type": "EMAIL", "timestamp": 1728489600000},
            "metadata": {
                "subject": "Reminder: your overnight sleep study",
                "html": (
                    "<html><body><p>Dear Mr. Okonkwo,</p>"
                    "<p>This is a reminder of your <b>overnight sleep study</b> on "
                    '<span style="color:#333">November 4, 2024</span> at 8:30 PM.</p>'
                    '<p>Questions? Call us at <a href="tel:+18005550100">'
                    "(800) 555-0100</a>.</p></body></html>"
                ),
            },
        },
        {
            ("metadata.html", "NAME"),
            ("metadata.html", "DATE"),
            ("metadata.html", "HEALTH"),
            ("metadata.subject", "HEALTH"),
        },
        {("engagement.id", "*"), ("engagement.timestamp", "*")},
        True,
    ),
    (
        "Urlencoded form post captured by a server-side tag: fertility consult request",
        {
            "request_method": "POST",
            "request_uri": "/wp-admin/admin-ajax.php",
            "request_body": (
                "action=submit_form&form_id=12&first_name=Keisha&last_name=Morrow"
                "&email=keisha.morrow%40gmail.com&phone=%28404%29+555-0188"
                "&reason=Fertility+consultation+%28IVF%29&consent=on"
                "&_wpnonce=8f3a9c2e71"
            ),
            "remote_addr": "10.0.4.17",
        },
        {
            ("request_body", "NAME"),
            ("request_body", "EMAIL"),
            ("request_body", "PHONE"),
            ("request_body", "HEALTH"),
        },
        {("request_uri", "*"), ("request_body", "OTHER_ID|HASHED_ID")},
        True,
    ),
    (
        "HTML form markup with placeholders and hidden fields (clean)",
        {
            "page_html": (
                '<form action="/appointments/request" method="post">'
                '<input type="hidden" name="csrf_token" value="a8f3c2e9b71d4f06a5e3">'
                '<input type="text" name="full_name" placeholder="Jane Doe">'
                '<input type="email" name="email" value="{{ contact.email }}" '
                'placeholder="you@example.com">'
                '<input type="tel" name="phone" placeholder="(555) 555-5555">'
                '<button type="submit">Request an appointment</button></form>'
            ),
        },
        set(),
        {("page_html", "*")},
        False,
    ),
    (
        "multipart/form-data body from a symptom intake upload: name, DOB, symptoms, card",
        {
            "content_type": "multipart/form-data; boundary=----WebKitFormBoundary7MA4YWxkTrZu0gW",
            "body": (
                "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
                'Content-Disposition: form-data; name="full_name"\r\n\r\n'
                "Desmond Achterberg\r\n"
                "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
                'Content-Disposition: form-data; name="dob"\r\n\r\n04/22/1966\r\n'
                "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
                'Content-Disposition: form-data; name="symptoms"\r\n\r\n'
                "chest pain when climbing stairs, shortness of breath\r\n"
                "------WebKitFormBoundary7MA4YWxkTrZu0gW\r\n"
                'Content-Disposition: form-data; name="insurance_card"; '
                'filename="IMG_4412.jpg"\r\nContent-Type: image/jpeg\r\n\r\n'
                f"{_PHOTO}\r\n"
                "------WebKitFormBoundary7MA4YWxkTrZu0gW--\r\n"
            ),
        },
        {("body", "NAME"), ("body", "DATE"), ("body", "HEALTH")},
        {("content_type", "*"), ("body", "OTHER_ID|HASHED_ID|ONLINE_ID")},
        True,
    ),
    (
        "multipart/form-data of a product CSV upload (clean): boundary and file name",
        {
            "body": (
                "--------------------------3c5e9a1f7b2d4e60\r\n"
                'Content-Disposition: form-data; name="file"; filename="catalog_2024Q4.csv"\r\n'
                "Content-Type: text/csv\r\n\r\n"
                "sku,title,price\r\nBPM-4410,Upper Arm Monitor,59.99\r\n"
                "TH-220,Ear Thermometer,24.99\r\n"
                "--------------------------3c5e9a1f7b2d4e60--\r\n"
            ),
        },
        set(),
        {("body", "NAME|OTHER_ID|HASHED_ID|ONLINE_ID|DATE|PHONE")},
        False,
    ),
    (
        "LDIF staff directory entry (identified, no health)",
        {
            "ldif": (
                "dn: uid=mchen,ou=People,dc=riverside-health,dc=org\n"
                "objectClass: inetOrgPerson\ncn: Michael Chen\nsn: Chen\ngivenName: Michael\n"
                "uid: mchen\nmail: michael.chen@riverside-health.org\n"
                "telephoneNumber: +1 617 555 0142\nemployeeNumber: 48213\n"
                "title: Billing Specialist\n"
            ),
        },
        {("ldif", "NAME"), ("ldif", "EMAIL"), ("ldif", "PHONE")},
        {("ldif", "HEALTH|DATE")},
        False,
    ),
    (
        "LDIF portal user with a base64 name and a condition-named group",
        {
            "entry": (
                "dn: uid=p104482,ou=PortalUsers,dc=example-health,dc=org\n"
                "objectClass: inetOrgPerson\n"
                f"cn:: {_b64('Siobhán Ní Bhriain')}\n"
                "mail: siobhan.nibhriain@gmail.com\n"
                "memberOf: cn=hiv-care-portal-users,ou=Groups,dc=example-health,dc=org\n"
            ),
        },
        {("entry", "NAME"), ("entry", "EMAIL"), ("entry", "HEALTH")},
        {("entry", "DATE")},
        True,
    ),
    (
        "Unbounce-like webhook: data.json string with a back-pain lead",
        {
            "page_id": "a6b3c1d2-7e8f-4a90-b1c2-d3e4f5a6b7c8",
            "page_url": "https://lp.example-spine.com/back-pain-relief",
            "data.json": (
                '{"name":["Tobias Lindqvist"],"email":["tobias.l@proton.me"],'
                '"what_brings_you_in":["lower back pain and sciatica for 3 months"],'
                '"ip_address":["98.211.40.17"],"time_submitted":["04:12 PM UTC"]}'
            ),
        },
        {
            ("data.json", "NAME"),
            ("data.json", "EMAIL"),
            ("data.json", "HEALTH"),
            ("data.json", "IP_ADDRESS"),
        },
        {("page_id", "*")},
        True,
    ),
    (
        "HTML staff email: a day's schedule as a table (name, time, procedure)",
        {
            "HtmlBody": (
                "<table><tr><th>Patient</th><th>Time</th><th>Procedure</th></tr>"
                "<tr><td>Ruth Abernathy</td><td>10/21/2024 9:00 AM</td>"
                "<td>Colonoscopy</td></tr>"
                "<tr><td>Samuel Idowu</td><td>10/21/2024 10:30 AM</td>"
                "<td>Upper endoscopy</td></tr></table>"
            ),
            "Subject": "Tomorrow's GI schedule",
        },
        {("HtmlBody", "NAME"), ("HtmlBody", "DATE"), ("HtmlBody", "HEALTH")},
        set(),
        True,
    ),
    (
        "Quoted-printable plain body with an address split by a soft line break",
        {
            "text_body": (
                "Hello,\r\n\r\nPlease have Angela confirm her physical therapy visit by"
                " replying to ange=\r\nla.ferris@gmail.com or calling 614-555-01=\r\n72.\r\n"
            ),
            "content_transfer_encoding": "quoted-printable",
        },
        {("text_body", "EMAIL"), ("text_body", "PHONE"), ("text_body", "HEALTH")},
        {("content_transfer_encoding", "*")},
        True,
    ),
    (
        "Message-ID and References columns of a CRM email log (clean)",
        {
            "MessageIdentifier": "<CAJ7vX2qP0L4nR8s+KmT3wY9zA1bC5dE6fG@mail.gmail.com>",
            "InReplyTo": "<0100019267f3a1b2-9c8d7e6f-5a4b-3c2d-1e0f-000000@email.amazonses.com>",
            "References": (
                "<20241002141122.3F2A1B0C9D@mx.example.org> "
                "<CAJ7vX2qP0L4nR8s+KmT3wY9zA1bC5dE6fG@mail.gmail.com>"
            ),
            "ThreadIdentifier": "thread::9X2kL7mQ4pR1sT8v",
        },
        set(),
        {
            ("MessageIdentifier", "*"),
            ("InReplyTo", "*"),
            ("References", "*"),
            ("ThreadIdentifier", "*"),
        },
        False,
    ),
    (
        "Q-encoded To and Subject with a dermatology visit date",
        {
            "raw_headers": (
                "From: Appointments <appointments@example-derm.com>\n"
                "To: =?UTF-8?Q?Zo=C3=AB_Castellanos?= <zoe.castellanos@gmail.com>\n"
                "Subject: =?UTF-8?Q?Your_dermatology_appointment_on_Oct=C2=A024?=\n"
                "X-Mailer: Example Scheduler 5.1"
            ),
        },
        {("raw_headers", "NAME"), ("raw_headers", "EMAIL"), ("raw_headers", "HEALTH")},
        {("raw_headers", "OTHER_ID|PHONE")},
        True,
    ),
    (
        "Email attachment header: a lab report whose file name holds the patient's name",
        {
            "attachment_headers": (
                'Content-Type: application/pdf; name="Lab_Results_Jorge_Salinas_2024-09-30.pdf"\n'
                "Content-Disposition: attachment; "
                'filename="Lab_Results_Jorge_Salinas_2024-09-30.pdf"\n'
                "Content-Transfer-Encoding: base64\nX-Attachment-Id: f_m1x8k2p30"
            ),
        },
        {("attachment_headers", "NAME"), ("attachment_headers", "HEALTH")},
        {("attachment_headers", "OTHER_ID|HASHED_ID")},
        True,
    ),
    (
        "XML character references in a CRM note export: an escaped name and diagnosis",
        {
            "note_xml": (
                "<note><author>front desk</author><body>Pt Ren&#233;e Dubois-Martel called "
                "re: her asthma inhaler refill &amp; a spacer; cb 512&#45;555&#45;0109</body>"
                "</note>"
            ),
        },
        {("note_xml", "NAME"), ("note_xml", "HEALTH"), ("note_xml", "PHONE")},
        set(),
        True,
    ),
]


#: Decided after the blind scoring, by what the project had already decided; the probe as
#: written stays above, unchanged. ``name -> (expected added, expected dropped, must-not
#: dropped, why)``.
_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "iCloud vCard 3.0 in a CRM contact sync: name, cell, home address, birthday, note": (
        set(),
        set(),
        {("contact_id", "*")},
        "a CRM's contact id is the person's record id (OTHER_ID) by its field name, as the "
        "README's first round decided for CRM ids; the blind must-not was stricter",
    ),
    "vCard of a vendor's sales rep (identified, no health): photo, org, title, UID": (
        set(),
        set(),
        {("Id", "*")},
        "a top-level ``Id`` is a Salesforce Lead's or Contact's record id, an OTHER_ID "
        "(field_names: ``seg.raw == 'Id'``); the blind must-not was stricter",
    ),
    "RFC 2047 encoded words in a Salesforce EmailMessage.Headers: B-name, Q-subject": (
        set(),
        set(),
        {("Id", "*")},
        "the same top-level Salesforce ``Id`` (an EmailMessage's here: the key cannot tell "
        "which object the export holds)",
    ),
}

#: What the detectors do not read right, with the reason: ``name -> (still open, why)``.
_OPEN: dict[str, tuple[set, str]] = {
    "Campaign config as YAML (clean): schedule, sender role mailbox, env placeholders": (
        {("config_yaml", "DATE")},
        "a bare ISO date after ``start:`` in text is read at a low score (0.6) by the date "
        "family; telling a campaign schedule's start from an appointment's in a YAML blob "
        "would need the YAML's parent key (``schedule``), which no text rule sees",
    ),
    "Email attachment header: a lab report whose file name holds the patient's name": (
        {("attachment_headers", "NAME"), ("attachment_headers", "HEALTH")},
        "a name inside a file name (``Lab_Results_Jorge_Salinas_2024-09-30.pdf``) is "
        "glued to underscores; splitting file names into words would read every "
        "``Intake_Form_v2`` too. The blind run found a NAME here only by reading ``Lab`` "
        "after the MIME parameter ``name=``, which is now refused. ``lab results`` as a "
        "vocabulary term would read the file name's health, but it broke "
        'tests/test_document_intake.py\'s ``Document Type`` = "Lab Results" (a document '
        "category, no finding), so the term was not kept",
    ),
    "Google Merchant product feed item (clean): a blood pressure monitor, GTIN, price": (
        {("feed_item_xml", "ZIP_CODE")},
        "held out, and opened by this probe's own work: markup_pairs reads "
        "``<g:shipping><g:postal_code>`` as ``shipping.postal_code``, which in an order is "
        "the customer's ZIP; only the item's catalog fields (``g:gtin``, ``g:price``) say "
        "this one is a rate table's, and no element rule should key on one vendor's feed",
    ),
    "XML character references in a CRM note export: an escaped name and diagnosis": (
        {("note_xml", "NAME")},
        "held out: the reference is decoded (``Ren&#233;e``), but ``Pt Renée Dubois-Martel "
        "called`` has no cue a model-free family reads (``Pt`` before a name is no label, "
        "and a hyphenated surname is in no list); NER reads it",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_structured_text_formats_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 44 records, the decisions applied): a change that loses recall or precision
#: on structured text in a cell fails here. Before the work, blind: SHAPES 16 misses /
#: 11 false / 19 wrong of 33, HELD_OUT 3 / 1 / 4 of 11.
#: Tightened at the thirteenth round's merge: the urgent-care probe's rules closed the blood drive
#: invite's venue (an address after an organisation's name and a comma is the organisation's,
#: detectors/location.py).
FLOORS = ShapeTotals(expected=105, misses=3, false=2, wrong=4)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
