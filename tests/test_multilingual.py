"""Non-English content in US healthcare marketing exports.

A blind probe, written by hand before reading the detectors: the languages US health
systems most often translate for, Spanish first (more than half of the records), then
Vietnamese, Chinese (simplified and traditional), Tagalog, Korean, Russian, Haitian Creole
and Arabic. Shapes: web-form entries from translated pages (Gravity Forms / JotForm /
Typeform CSV columns carry the labels as the form builder wrote them: ``Nombre``,
``Fecha de nacimiento``, ``Họ và tên``, ``出生日期``, ``생년월일``), GA4 BigQuery rows from
``/es/`` and ``/vi/`` pages, Twilio SMS logs (reminders and replies), chat transcripts,
call-centre notes by bilingual agents, patient-experience survey comments, Facebook Lead Ads
CSV downloads with questions in the language, a Spanish-locale Google Ads report and
Salesforce / HubSpot exports. Values are made up; field names, nesting and formats are the
tools'.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"``: either is a fair reading; ``"HEALTH"``: any health entity; a
must-not ``"*"``: no finding at all.

What the project should find WITHOUT NER (the NER model is English), per language:

- Every language: values with a shape (emails, US phone numbers as people write them,
  ``p:+1...`` in Lead Ads, IPs, ids, ZIPs) and any field whose NAME says what it holds, in the
  language the form builder wrote it (``Apellido``, ``Ngày sinh``, ``电话``, ``생년월일``,
  ``Дата рождения``, ``Petsa ng kapanganakan``, ``Dat nesans``, ``تاريخ الميلاد``): a form's
  columns are few and fixed, so a short list of header words per language is cheap and exact.
- Dates as people write them: day-first ``14/03/1985`` (in a birth-date field or after a
  birth-date cue), ``14 de marzo de 1985``, ``ngày 14 tháng 3 năm 1985``, ``1985年3月14日``,
  ``1985년 3월 14일``, ``14.03.1985``. Day-first slashes in a campaign name are not a person's.
- Health words: Spanish broadly (conditions, medications, procedures, as a Spanish page, form
  or message says them); for the other languages a core of the words a translated health
  site and its patients use most (diabetes, high blood pressure, pregnancy, cancer,
  mammogram, vaccine, depression, pain) -- ``tiểu đường``, ``糖尿病``/``高血壓``, ``당뇨병``,
  ``беременность``, ``altapresyon``, ``dyabèt``, ``السكري``.
- Names in free text: Spanish cue phrases (``me llamo``, ``soy``, ``mi nombre es``) are
  expected. Names in free text in Vietnamese, Chinese, Korean, Russian and Arabic are NOT
  expected without NER: CJK has no spaces or capitals to bound a name and ``我叫`` is followed
  by the rest of the sentence; Cyrillic and Arabic would need their own name lists. Those
  misses are accepted (LEFT_ALONE or simply not asked), because a guess there floods free text
  with false names; the record is PHI through its other identifiers anyway.

Decisions where the contract is silent (repeated beside the record):

- The clinic's own address and phone in a page footer or reminder body is not told apart
  from a patient's: neither required nor forbidden; records that carry one hold no health
  word AND no person, or are PHI through something else.
- A company agent's first name in a chat (``Luis``) is neither required nor forbidden.
- ``embarrassed`` is not ``embarazada``; ``avergonzada`` is embarrassed; ``Dolores`` is a
  given name, not pains; ``mamá`` is mum, not ``mama`` (breast).
- Report columns of a Spanish-locale Google Ads report (``Día``, ``Costo 1.234,56``,
  ``CTR 3,45 %``) are the campaign's: no finding.

After reading the detectors (what changed, and the two expectations corrected):

- Spanish was mostly covered already (field headers, ``14 de marzo de 1985``, a Spanish
  health vocabulary). The other languages were not: their health words are now curated
  terms (``data/curated_terms.tsv``), normalization folds Vietnamese and other Latin
  Extended letters and lower-cases Cyrillic, and Han/Hangul terms match as substrings;
  their form headers are read (``field_names.LATIN_FOREIGN_KEYS``, ``SCRIPT_HEADERS``);
  ``1985年3月14日``, ``1985년 3월 14일`` and ``ngày 14 tháng 3 năm 1985`` are dates; a
  name-first Spanish street (``Calle Luna 154, Apto. 2``) is a LOCATION; a Spanish-UI ad
  report's ``Día`` and ``Campaña`` read as the English ``Day`` and ``Campaign``.
- A vaccine is a MEDICATION to the project (the product; getting one is a PROCEDURE): the
  two rows written blind as PROCEDURE for ``Vacuna Influenza`` and ``لقاح`` accept both.
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests

SITE = "https://www.saludvalle.org"


def _param(key: str, value: object) -> dict:
    """One GA4 ``event_params`` entry, as the BigQuery export nests it."""
    kind = {str: "string_value", int: "int_value", float: "double_value"}[type(value)]
    return {"key": key, "value": {kind: value}}


def _ga4(params: list[dict], pseudo_id: str, language: str = "es-us") -> dict:
    """A GA4 BigQuery export row around ``params``."""
    return {
        "event_date": "20240314",
        "event_timestamp": 1710423000123456,
        "event_name": "page_view",
        "event_params": params,
        "user_pseudo_id": pseudo_id,
        "device": {"category": "mobile", "language": language, "operating_system": "iOS"},
        "geo": {"country": "United States", "region": "Florida", "city": "Miami"},
        "traffic_source": {"name": "(organic)", "medium": "organic", "source": "google"},
        "stream_id": "4123456789",
        "platform": "WEB",
    }


def _twilio(direction: str, frm: str, to: str, body: str) -> dict:
    """One row of Twilio's Messages CSV export (console > Monitor > Messaging logs)."""
    return {
        "Sid": "SM3f1c0a9b8e7d6c5b4a392817f6e5d4c3",
        "From": frm,
        "To": to,
        "Body": body,
        "Status": "received" if direction == "inbound" else "delivered",
        "SentDate": "2024-03-14T18:22:05-04:00",
        "ApiVersion": "2010-04-01",
        "NumSegments": "1",
        "NumMedia": "0",
        "Direction": direction,
        "Price": "-0.00790",
        "PriceUnit": "USD",
        "AccountSid": "AC8d2e4f6a8b0c1d3e5f7a9b1c3d5e7f90",
    }


CLINIC_SMS = "+13055550100"
TWILIO_NEVER = {
    ("Sid", "*"),
    ("AccountSid", "*"),
    ("Price", "*"),
    ("ApiVersion", "*"),
    ("NumSegments", "*"),
    ("Status", "*"),
}

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
SHAPES = [
    # ---------------------------------------------------------------- Spanish
    (
        "Gravity Forms entry CSV from /es/citas/: labels as the Spanish form wrote them",
        {
            "Entry Id": "4812",
            "Nombre": "María José",
            "Apellido": "Hernández Ríos",
            "Fecha de nacimiento": "14/03/1985",
            "Correo electrónico": "mjhernandez85@gmail.com",
            "Teléfono celular": "(305) 555-0148",
            "Motivo de la consulta": "Control de diabetes y presión alta",
            "¿Tiene seguro médico?": "Sí",
            "Número de miembro": "XGH483920175",
            "Dirección": "1420 SW 8th St, Apto. 3B",
            "Ciudad": "Miami",
            "Código postal": "33135",
            "Source Url": f"{SITE}/es/citas/",
            "User Agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)",
            "User IP": "73.45.190.12",
        },
        {
            ("Nombre", "NAME"),
            ("Apellido", "NAME"),
            ("Fecha de nacimiento", "DATE"),
            ("Correo electrónico", "EMAIL"),
            ("Teléfono celular", "PHONE"),
            ("Motivo de la consulta", "HEALTH_CONDITION"),
            ("Número de miembro", "HEALTH_PLAN_ID"),
            ("Dirección", "LOCATION"),
            ("Ciudad", "LOCATION"),
            ("Código postal", "ZIP_CODE"),
            ("User IP", "IP_ADDRESS"),
        },
        {("¿Tiene seguro médico?", "*"), ("User Agent", "*")},
        True,
    ),
    (
        "JotForm submission export (Spanish form): spelled-out birth date, Puerto Rico phone",
        {
            "Submission Date": "Mar 14, 2024",
            "Nombre completo": "José Luis Peña Colón",
            "Fecha de Nacimiento": "3 de julio de 1962",
            "Teléfono": "787-555-0142",
            "¿Cuál es el motivo de su visita?": "Mamografía de rutina",
            "¿Está embarazada?": "No",
            "Dirección": "Avenida Ponce de León 1250, Apto. 4B, San Juan, PR 00907",
            "Submission ID": "5871234567891234567",
        },
        {
            ("Nombre completo", "NAME"),
            ("Fecha de Nacimiento", "DATE"),
            ("Teléfono", "PHONE"),
            ("¿Cuál es el motivo de su visita?", "PROCEDURE"),
            ("Dirección", "LOCATION"),
        },
        {("¿Está embarazada?", "*"), ("Submission Date", "*")},
        True,
    ),
    (
        "GA4 export: page_view of /es/condiciones/diabetes-tipo-2 with its Spanish title",
        _ga4(
            [
                _param("page_location", f"{SITE}/es/condiciones/diabetes-tipo-2"),
                _param("page_title", "Diabetes tipo 2: síntomas y tratamiento | Salud Valle"),
                _param("page_referrer", "https://www.google.com/"),
                _param("ga_session_id", 1710422990),
                _param("ga_session_number", 3),
            ],
            "1289347561.1710423001",
        ),
        {
            ("event_params[0].value.string_value", "HEALTH_CONDITION"),
            ("event_params[1].value.string_value", "HEALTH_CONDITION"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {
            ("event_date", "*"),
            ("event_timestamp", "*"),
            ("event_params[2].value.string_value", "*"),
            ("event_params[3].value.int_value", "*"),
            ("event_params[4].value.int_value", "*"),
            ("device.language", "*"),
            ("stream_id", "*"),
        },
        True,
    ),
    (
        "GA4 export: view_search_results on the Spanish site, symptom searched in Spanish",
        {
            **_ga4(
                [
                    _param("page_location", f"{SITE}/es/buscar?q=dolor+de+pecho+al+respirar"),
                    _param("search_term", "dolor de pecho al respirar"),
                    _param("page_title", "Resultados de búsqueda | Salud Valle"),
                ],
                "771203948.1710420000",
            ),
            "event_name": "view_search_results",
        },
        {
            ("event_params[0].value.string_value", "HEALTH_CONDITION"),
            ("event_params[1].value.string_value", "HEALTH_CONDITION"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {("event_params[2].value.string_value", "*")},
        True,
    ),
    (
        "GA4 export: a general Spanish page (locations and hours), nothing about health",
        _ga4(
            [
                _param("page_location", f"{SITE}/es/ubicaciones-y-horarios/"),
                _param("page_title", "Ubicaciones y horarios | Salud Valle"),
                _param("page_referrer", f"{SITE}/es/"),
            ],
            "90817263.1710400000",
        ),
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_params[0].value.string_value", "*"),
            ("event_params[1].value.string_value", "*"),
            ("event_params[2].value.string_value", "*"),
        },
        False,
    ),
    (
        "Twilio log: Spanish reply with name, day-first birth date and chest pain",
        _twilio(
            "inbound",
            "+13055550187",
            CLINIC_SMS,
            "Hola, soy Carmen Ruiz, mi fecha de nacimiento es 22/08/1971. "
            "Tengo dolor de pecho desde ayer, ¿me pueden llamar?",
        ),
        {("From", "PHONE"), ("Body", "NAME"), ("Body", "DATE"), ("Body", "HEALTH_CONDITION")},
        TWILIO_NEVER,
        True,
    ),
    (
        "Twilio log: Spanish mammogram reminder to a patient's phone, day-first appointment date",
        _twilio(
            "outbound-api",
            CLINIC_SMS,
            "+17875550142",
            "Salud Valle: le recordamos su cita de mamografía el 18/03/2024 a las 10:30 a. m. "
            "Responda C para confirmar o R para cambiar la cita.",
        ),
        {("To", "PHONE"), ("Body", "PROCEDURE"), ("Body", "DATE")},
        TWILIO_NEVER,
        True,
    ),
    (
        "Twilio log: Spanish opt-out reply BAJA, no health",
        _twilio("inbound", "+13055550163", CLINIC_SMS, "BAJA"),
        {("From", "PHONE")},
        TWILIO_NEVER | {("Body", "*")},
        False,
    ),
    (
        "Zendesk chat transcript (JSON): Spanish visitor gives name, address, vaccine request",
        {
            "id": "2403.14123456.SxTqPz9aB1",
            "type": "chat",
            "timestamp": "2024-03-14T18:20:11Z",
            "department_name": "Citas - Español",
            "visitor": {"name": "Visitor 48213", "email": "", "phone": ""},
            "history": [
                {
                    "type": "chat.msg",
                    "name": "Visitor 48213",
                    "msg": "Me llamo Rosa Elena Méndez y necesito una cita para la vacuna "
                    "contra la influenza",
                },
                {
                    "type": "chat.msg",
                    "name": "Luis (Salud Valle)",
                    "msg": "Con gusto, ¿me confirma su dirección y correo?",
                },
                {
                    "type": "chat.msg",
                    "name": "Visitor 48213",
                    "msg": "Vivo en la Calle Luna 154, Apto. 2, Kissimmee. "
                    "Mi correo es rosa.mendez61@yahoo.com",
                },
            ],
            "tags": ["espanol", "vacunas"],
        },
        {
            ("history[0].msg", "NAME"),
            ("history[0].msg", "PROCEDURE"),
            ("history[2].msg", "LOCATION"),
            ("history[2].msg", "EMAIL"),
        },
        {("history[1].msg", "*"), ("department_name", "*"), ("timestamp", "*")},
        True,
    ),
    (
        "Salesforce Task export (CSV): bilingual agent's call note mixing languages",
        {
            "Id": "00THs00000AbCdEMAZ",
            "WhoId": "003Hs00001AbCdEIA1",
            "Subject": "Llamada entrante - Spanish line",
            "Description": "Pt habla español, c/o dolor de cabeza x 3 días, DOB 03/14/1952. "
            "Callback 786-555-0133. Cita con Dr. Alvarez confirmada.",
            "Status": "Completed",
            "ActivityDate": "2024-03-14",
            "CallDurationInSeconds": "412",
            "CreatedDate": "2024-03-14T15:02:11.000Z",
        },
        {
            ("Description", "DATE"),
            ("Description", "PHONE"),
            ("Description", "HEALTH_CONDITION"),
            ("Description", "NAME"),
        },
        {("Subject", "*"), ("CallDurationInSeconds", "*"), ("Status", "*")},
        True,
    ),
    (
        "Patient-experience survey vendor file: Spanish comment about depression treatment",
        {
            "CLIENT_ID": "2214",
            "SURVEY_ID": "881273645",
            "SERVICE": "MD",
            "LANG": "SPANISH",
            "DISDATE": "03/12/2024",
            "RECDATE": "03/21/2024",
            "QUESTION": "CMT_OVERALL",
            "COMMENT": "La enfermera fue muy amable y me explicaron bien el tratamiento para "
            "mi depresión.",
            "SENTIMENT": "POSITIVE",
        },
        {("DISDATE", "DATE"), ("COMMENT", "HEALTH_CONDITION")},
        {("LANG", "*"), ("SENTIMENT", "*"), ("QUESTION", "*")},
        True,
    ),
    (
        "Survey vendor file: hard negatives embarrassed / avergonzada are not pregnancy",
        {
            "SURVEY_ID": "881273702",
            "SERVICE": "MD",
            "LANG": "SPANISH",
            "QUESTION": "CMT_OVERALL",
            "COMMENT": "Me sentí avergonzada porque nadie en recepción hablaba español. "
            "I was embarrassed to ask for an interpreter.",
            "SENTIMENT": "NEGATIVE",
        },
        set(),
        {("COMMENT", "HEALTH"), ("LANG", "*")},
        False,
    ),
    (
        "Google Ads campaign report, Spanish UI locale: day-first dates and comma decimals",
        {
            "Día": "14/03/2024",
            "Campaña": "Vacuna Influenza 01/10/2024 ES",
            "Grupo de anuncios": "Vacunas - Adultos",
            "Clics": "1.284",
            "Impr.": "45.120",
            "CTR": "2,85 %",
            "CPC prom.": "1,23",
            "Costo": "1.579,32",
            "Conversiones": "37,00",
            "Código de moneda": "USD",
        },
        # written blind as PROCEDURE; the project files a vaccine as a MEDICATION (the
        # product) and getting one as a PROCEDURE, and "Vacuna Influenza" names the product
        {("Campaña", "MEDICATION|PROCEDURE")},
        {
            ("Día", "*"),
            ("Campaña", "DATE"),
            ("Clics", "*"),
            ("Impr.", "*"),
            ("CTR", "*"),
            ("CPC prom.", "*"),
            ("Costo", "*"),
            ("Conversiones", "*"),
        },
        False,
    ),
    (
        "HubSpot contact export: Spanish newsletter signup, given name Dolores, no health",
        {
            "Record ID": "51234987",
            "First Name": "María Dolores",
            "Last Name": "Ortega",
            "Email": "mdortega@gmail.com",
            "Phone Number": "(407) 555-0191",
            "Idioma preferido": "Español",
            "Interés": "Boletín mensual y eventos comunitarios",
            "Lifecycle Stage": "Subscriber",
            "Create Date": "2024-03-14 18:22",
        },
        {
            ("Record ID", "OTHER_ID"),
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Phone Number", "PHONE"),
        },
        {
            ("First Name", "HEALTH"),
            ("Idioma preferido", "*"),
            ("Interés", "*"),
            ("Lifecycle Stage", "*"),
        },
        False,
    ),
    (
        "Marketing Cloud data extension: Spanish maternity preference centre, due date",
        {
            "SubscriberKey": "0035e00000XyZ12AAB",
            "FirstName": "Guadalupe",
            "LastName": "Ramírez",
            "EmailAddress": "lupita.ramirez@outlook.com",
            "Idioma": "es",
            "Interes_Salud": "Embarazo y parto",
            "Fecha_Parto_Estimada": "15/09/2024",
            "Opt_In_SMS": "True",
        },
        {
            ("SubscriberKey", "OTHER_ID|ONLINE_ID"),
            ("FirstName", "NAME"),
            ("LastName", "NAME"),
            ("EmailAddress", "EMAIL"),
            ("Interes_Salud", "HEALTH_CONDITION"),
            ("Fecha_Parto_Estimada", "DATE"),
        },
        {("Idioma", "*"), ("Opt_In_SMS", "*")},
        True,
    ),
    (
        "HubSpot marketing email export: Spanish breast-cancer copy, no person",
        {
            "Email ID": "152938475612",
            "Name": "Oct ES - Cáncer de mama",
            "Subject": "Octubre es el mes del cáncer de mama: programe su mamografía",
            "Preview text": "Detectarlo a tiempo salva vidas. Citas el mismo día.",
            "From name": "Salud Valle",
            "Publish date": "10/01/2024 09:00",
            "Language": "es",
            "Delivered": "18,204",
            "Open rate": "31,2 %",
        },
        {("Subject", "HEALTH")},
        {
            ("From name", "*"),
            ("Publish date", "*"),
            ("Delivered", "*"),
            ("Open rate", "*"),
            ("Language", "*"),
        },
        False,
    ),
    (
        "Mother's Day Spanish campaign copy: mamá is mum, not mama (breast)",
        {
            "campaign_name": "Día de las Madres 2024 ES",
            "headline": "Feliz Día de las Madres: un regalo para mamá",
            "body": "Porque mamá siempre nos cuida. Tarjetas de regalo del spa del hospital "
            "desde $25,00.",
            "start_date": "10/05/2024",
        },
        set(),
        {("campaign_name", "*"), ("headline", "*"), ("body", "*"), ("start_date", "*")},
        False,
    ),
    # ---------------------------------------------------------------- Vietnamese
    (
        "GA4 export: /vi/ page about type 2 diabetes, unaccented slug and Vietnamese title",
        _ga4(
            [
                _param("page_location", f"{SITE}/vi/benh/tieu-duong-loai-2"),
                _param("page_title", "Bệnh tiểu đường loại 2 | Salud Valle"),
            ],
            "55102938.1710423333",
            language="vi-vn",
        ),
        {
            ("event_params[0].value.string_value", "HEALTH_CONDITION"),
            ("event_params[1].value.string_value", "HEALTH_CONDITION"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {("device.language", "*")},
        True,
    ),
    (
        "Gravity Forms entry CSV from the Vietnamese page: prenatal visit",
        {
            "Entry Id": "4907",
            "Họ và tên": "Nguyễn Thị Lan",
            "Ngày sinh": "14/03/1985",
            "Số điện thoại": "(714) 555-0166",
            "Email": "lan.nguyen85@gmail.com",
            "Lý do khám": "Khám thai, mang thai 12 tuần",
            "Địa chỉ": "9200 Bolsa Ave, Westminster, CA 92683",
            "User IP": "172.56.14.201",
        },
        {
            ("Họ và tên", "NAME"),
            ("Ngày sinh", "DATE"),
            ("Số điện thoại", "PHONE"),
            ("Email", "EMAIL"),
            ("Lý do khám", "HEALTH"),
            ("Địa chỉ", "LOCATION"),
            ("User IP", "IP_ADDRESS"),
        },
        set(),
        True,
    ),
    (
        "Twilio log: Vietnamese reply with spelled birth date, diabetes and insulin",
        _twilio(
            "inbound",
            "+17145550177",
            CLINIC_SMS,
            "Tôi là Trần Văn Minh, sinh ngày 14 tháng 3 năm 1985. Tôi bị tiểu đường và cần "
            "lấy thêm thuốc insulin.",
        ),
        # the name after "Tôi là" is not asked for: see the module docstring
        {("From", "PHONE"), ("Body", "DATE"), ("Body", "HEALTH_CONDITION"), ("Body", "MEDICATION")},
        TWILIO_NEVER,
        True,
    ),
    (
        "Survey vendor file: Vietnamese comment about parking and staff, no health",
        {
            "SURVEY_ID": "881274010",
            "LANG": "VIETNAMESE",
            "QUESTION": "CMT_FACILITY",
            "COMMENT": "Nhân viên rất thân thiện, bãi đậu xe rộng và dễ tìm.",
            "SENTIMENT": "POSITIVE",
        },
        set(),
        {("COMMENT", "*"), ("LANG", "*")},
        False,
    ),
    # ---------------------------------------------------------------- Chinese
    (
        "Form entry CSV from the simplified-Chinese page: 1985年3月14日 and 糖尿病",
        {
            "Entry Id": "5012",
            "姓名": "王秀英",
            "出生日期": "1985年3月14日",
            "电话": "(415) 555-0177",
            "电子邮件": "xiuying.wang@163.com",
            "就诊原因": "糖尿病复诊",
            "Source Url": f"{SITE}/zh-hans/appointments/",
        },
        {
            ("姓名", "NAME"),
            ("出生日期", "DATE"),
            ("电话", "PHONE"),
            ("电子邮件", "EMAIL"),
            ("就诊原因", "HEALTH_CONDITION"),
        },
        set(),
        True,
    ),
    (
        "Zendesk chat (traditional Chinese): birth date and high blood pressure in one line",
        {
            "id": "2403.14129876.TwZq",
            "type": "chat",
            "timestamp": "2024-03-14T20:01:44Z",
            "visitor": {"name": "Visitor 51002", "email": "", "phone": "+14155550122"},
            "history": [
                {
                    "type": "chat.msg",
                    "name": "Visitor 51002",
                    "msg": "我叫陳美玲，出生日期1962年7月3日，我有高血壓，想預約看醫生。",
                },
            ],
        },
        # the name after 我叫 is not asked for: see the module docstring
        {
            ("visitor.phone", "PHONE"),
            ("history[0].msg", "DATE"),
            ("history[0].msg", "HEALTH_CONDITION"),
        },
        {("timestamp", "*")},
        True,
    ),
    (
        "GA4 export: traditional-Chinese mammogram page under an English slug",
        _ga4(
            [
                _param("page_location", f"{SITE}/zh-hant/services/mammogram"),
                _param("page_title", "乳房X光檢查 | Salud Valle"),
            ],
            "33445566.1710424444",
            language="zh-tw",
        ),
        {
            ("event_params[0].value.string_value", "PROCEDURE"),
            ("user_pseudo_id", "ONLINE_ID"),
        },
        {("device.language", "*")},
        True,
    ),
    # ---------------------------------------------------------------- Korean
    (
        "Form entry CSV from the Korean page: 생년월일 with dots, 당뇨병 test",
        {
            "Entry Id": "5120",
            "이름": "김민지",
            "생년월일": "1985.03.14",
            "전화번호": "213-555-0190",
            "이메일": "minji.kim@naver.com",
            "방문 목적": "당뇨병 검사",
        },
        {
            ("이름", "NAME"),
            ("생년월일", "DATE"),
            ("전화번호", "PHONE"),
            ("이메일", "EMAIL"),
            ("방문 목적", "HEALTH"),
        },
        set(),
        True,
    ),
    # ---------------------------------------------------------------- Russian
    (
        "Salesforce Task: Russian-speaking agent's note, dotted birth date, headache",
        {
            "Id": "00THs00000XyZaBMAZ",
            "Subject": "Входящий звонок",
            "Description": "Пациентка, дата рождения 14.03.1985, жалуется на головную боль. "
            "Тел. 267-555-0112.",
            "Status": "Completed",
            "ActivityDate": "2024-03-14",
        },
        {("Description", "DATE"), ("Description", "PHONE"), ("Description", "HEALTH_CONDITION")},
        {("Subject", "*"), ("Status", "*")},
        True,
    ),
    # ---------------------------------------------------------------- Tagalog
    (
        "Facebook Lead Ads CSV: Tagalog questions, birth date and diabetes check-up",
        {
            "id": "l:1129384756479999",
            "created_time": "2024-03-14T11:02:05-07:00",
            "ad_id": "ag:23860012345670001",
            "campaign_id": "c:23860012345670003",
            "campaign_name": "Libreng Check-up TL",
            "form_id": "f:1203948576100001",
            "is_organic": "false",
            "platform": "ig",
            "ano_ang_iyong_petsa_ng_kapanganakan?": "03/14/1985",
            "anong_serbisyo_ang_kailangan_mo?": "check-up para sa diabetes",
            "full_name": "Maria Cristina Santos",
            "phone_number": "p:+16195550140",
        },
        {
            # ("id", "OTHER_ID") was not asked blind (the ``l:`` lead id is read now)
            ("ano_ang_iyong_petsa_ng_kapanganakan?", "DATE"),
            ("anong_serbisyo_ang_kailangan_mo?", "HEALTH_CONDITION"),
            ("full_name", "NAME"),
            ("phone_number", "PHONE"),
        },
        {("ad_id", "*"), ("campaign_id", "*"), ("form_id", "*"), ("created_time", "*")},
        True,
    ),
    # ---------------------------------------------------------------- Haitian Creole
    (
        "Twilio log: Haitian Creole reply with birth date and dyabèt",
        _twilio(
            "inbound",
            "+17865550199",
            CLINIC_SMS,
            "Bonjou, dat nesans mwen se 14/03/1985. Mwen gen dyabèt, mwen bezwen yon randevou.",
        ),
        {("From", "PHONE"), ("Body", "DATE"), ("Body", "HEALTH_CONDITION")},
        TWILIO_NEVER,
        True,
    ),
    # ---------------------------------------------------------------- Arabic
    (
        "Form entry CSV from the Arabic page: labels in Arabic, diabetes",
        {
            "Entry Id": "5301",
            "الاسم": "أحمد حسن",
            "تاريخ الميلاد": "14/03/1985",
            "رقم الهاتف": "(313) 555-0155",
            "البريد الإلكتروني": "ahmad.hassan@gmail.com",
            "سبب الزيارة": "السكري",
        },
        {
            ("الاسم", "NAME"),
            ("تاريخ الميلاد", "DATE"),
            ("رقم الهاتف", "PHONE"),
            ("البريد الإلكتروني", "EMAIL"),
            ("سبب الزيارة", "HEALTH_CONDITION"),
        },
        set(),
        True,
    ),
    # moved from LEFT_ALONE: a Lead Ads CSV's ``l:`` lead id is read now (detectors/record_ids.py,
    # tests/test_international_patients.py)
    (
        "Facebook Lead Ads CSV: Spanish mammogram form, questions as snake-cased columns",
        {
            "id": "l:1129384756473829",
            "created_time": "2024-03-14T18:22:05-04:00",
            "ad_id": "ag:23860012345678901",
            "ad_name": "Mamografía 3D - Video ES",
            "adset_id": "as:23860012345678902",
            "adset_name": "Mujeres 40-64 Miami-Dade",
            "campaign_id": "c:23860012345678903",
            "campaign_name": "Cáncer de Mama - Octubre ES",
            "form_id": "f:1203948576102938",
            "form_name": "Formulario Mamografía ES",
            "is_organic": "false",
            "platform": "fb",
            "¿cuándo_fue_su_última_mamografía?": "hace_más_de_2_años",
            "¿tiene_seguro_médico?": "medicaid",
            "full_name": "Yolanda Cifuentes",
            "phone_number": "p:+13055550123",
            "email": "yoli.cif@hotmail.com",
            "zip_code": "33012",
        },
        {
            ("id", "OTHER_ID"),
            ("campaign_name", "HEALTH"),
            ("full_name", "NAME"),
            ("phone_number", "PHONE"),
            ("email", "EMAIL"),
            ("zip_code", "ZIP_CODE"),
        },
        {
            ("ad_id", "*"),
            ("adset_id", "*"),
            ("campaign_id", "*"),
            ("form_id", "*"),
            ("created_time", "*"),
            ("is_organic", "*"),
            ("platform", "*"),
        },
        True,
    ),
]

# Scored once, blind, at the very end; never tuned on.
HELD_OUT = [
    (
        "Typeform responses CSV (Spanish form): questions as columns, presión alta",
        {
            "#": "k3j9x2m8q7",
            "¿Cuál es tu nombre completo?": "Ana Lucía Gutiérrez",
            "¿Cuál es tu fecha de nacimiento?": "05/11/1958",
            "¿Cuál es tu número de teléfono?": "+1 (956) 555-0131",
            "¿Qué condiciones de salud tienes?": "Presión alta, colesterol",
            "Start Date (UTC)": "2024-03-14 18:01:11",
            "Submit Date (UTC)": "2024-03-14 18:04:52",
            "Network ID": "a1b2c3d4e5",
        },
        {
            ("¿Cuál es tu nombre completo?", "NAME"),
            ("¿Cuál es tu fecha de nacimiento?", "DATE"),
            ("¿Cuál es tu número de teléfono?", "PHONE"),
            ("¿Qué condiciones de salud tienes?", "HEALTH_CONDITION"),
        },
        {("Start Date (UTC)", "*"), ("Submit Date (UTC)", "*")},
        True,
    ),
    (
        "Twilio log: Spanish reply, spelled birth date and high blood pressure",
        _twilio(
            "inbound",
            "+19565550178",
            CLINIC_SMS,
            "Mi nombre es Ramón Treviño, nací el 5 de mayo de 1949 y tengo la presión alta. "
            "Necesito mi receta de losartán.",
        ),
        {
            ("From", "PHONE"),
            ("Body", "NAME"),
            ("Body", "DATE"),
            ("Body", "HEALTH_CONDITION"),
            ("Body", "MEDICATION"),
        },
        TWILIO_NEVER,
        True,
    ),
    (
        "Call-centre note (Five9 disposition export): Spanish OB note with FUM date",
        {
            "CALL ID": "300000000012345",
            "AGENT NAME": "Gómez, Patricia",
            "DISPOSITION": "Cita programada",
            "ANI": "9545550117",
            "NOTES": "Pte. refiere embarazo de 20 semanas, FUM 01/11/2023, sin seguro. "
            "Se le dio cita en OB/GYN.",
            "TIMESTAMP": "Thu, 14 Mar 2024 15:10:02",
        },
        {("ANI", "PHONE"), ("NOTES", "HEALTH_CONDITION"), ("NOTES", "DATE")},
        {("CALL ID", "*"), ("DISPOSITION", "*"), ("TIMESTAMP", "*")},
        True,
    ),
    (
        "GA4 export: Spanish bill-pay page, price with comma decimals, no health",
        _ga4(
            [
                _param("page_location", f"{SITE}/es/pagar-factura/"),
                _param("page_title", "Pague su factura en línea | Salud Valle"),
                _param("value_label", "$1.250,00"),
            ],
            "66554433.1710425555",
        ),
        {("user_pseudo_id", "ONLINE_ID")},
        {
            ("event_params[0].value.string_value", "*"),
            ("event_params[1].value.string_value", "*"),
            ("event_params[2].value.string_value", "*"),
        },
        False,
    ),
    (
        "Survey vendor file: Spanish comment, constipado (a cold), no person and no date",
        {
            "SURVEY_ID": "881275501",
            "LANG": "SPANISH",
            "QUESTION": "CMT_WAIT",
            "COMMENT": "Esperé dos horas en urgencias y salí más constipado que cuando llegué.",
            "SENTIMENT": "NEGATIVE",
        },
        set(),
        {("LANG", "*"), ("QUESTION", "*"), ("SENTIMENT", "*")},
        False,
    ),
    (
        "Form entry CSV from the Russian page: Фамилия, Дата рождения, pregnancy",
        {
            "Entry Id": "5410",
            "Имя": "Ольга",
            "Фамилия": "Иванова",
            "Дата рождения": "14.03.1985",
            "Телефон": "(267) 555-0112",
            "Причина обращения": "беременность, первый триместр",
        },
        {
            ("Имя", "NAME"),
            ("Фамилия", "NAME"),
            ("Дата рождения", "DATE"),
            ("Телефон", "PHONE"),
            ("Причина обращения", "HEALTH_CONDITION"),
        },
        set(),
        True,
    ),
    (
        "Twilio log: Tagalog reply, altapresyon (high blood pressure)",
        _twilio(
            "inbound",
            "+16195550188",
            CLINIC_SMS,
            "Magandang araw po. May altapresyon po ako at kailangan ko ng refill.",
        ),
        {("From", "PHONE"), ("Body", "HEALTH_CONDITION")},
        TWILIO_NEVER,
        True,
    ),
    (
        "Survey vendor file: Korean comment about parking, no health",
        {
            "SURVEY_ID": "881276020",
            "LANG": "KOREAN",
            "QUESTION": "CMT_FACILITY",
            "COMMENT": "주차가 편리했고 직원들이 친절했어요.",
            "SENTIMENT": "POSITIVE",
        },
        set(),
        {("COMMENT", "*"), ("LANG", "*")},
        False,
    ),
    (
        "Twilio log: simplified-Chinese reply with birth date and cancer screening",
        _twilio(
            "inbound",
            "+16265550133",
            CLINIC_SMS,
            "你好，我的出生日期是1970年5月8日，想预约乳腺癌筛查。",
        ),
        {("From", "PHONE"), ("Body", "DATE"), ("Body", "HEALTH")},
        TWILIO_NEVER,
        True,
    ),
    (
        "HubSpot marketing email export: Arabic vaccine clinic copy, no person",
        {
            "Email ID": "152938475699",
            "Name": "AR - Flu vaccine clinic",
            "Subject": "عيادة لقاح الإنفلونزا المجانية هذا السبت",
            "From name": "Salud Valle",
            "Language": "ar",
            "Delivered": "2,104",
        },
        # written blind as PROCEDURE; corrected after the blind scoring: the project files a
        # vaccine (لقاح) as a MEDICATION, getting one as a PROCEDURE
        {("Subject", "MEDICATION|PROCEDURE")},
        {("From name", "*"), ("Language", "*"), ("Delivered", "*")},
        False,
    ),
    # moved from LEFT_ALONE: a Lead Ads CSV's ``l:`` lead id is read now (detectors/record_ids.py,
    # tests/test_international_patients.py)
    (
        "Facebook Lead Ads CSV: Spanish depression screening campaign",
        {
            "id": "l:1129384756471111",
            "created_time": "2024-03-14T20:12:00-05:00",
            "ad_id": "ag:23860012345671111",
            "campaign_id": "c:23860012345671113",
            "campaign_name": "Salud Mental - Depresión ES",
            "form_id": "f:1203948576101111",
            "¿en_las_últimas_2_semanas_se_ha_sentido_decaído?": "casi_todos_los_días",
            "nombre_completo": "Héctor Manuel Ibarra",
            "número_de_teléfono": "p:+12105550166",
            "correo_electrónico": "hm.ibarra@gmail.com",
        },
        {
            ("id", "OTHER_ID"),
            ("campaign_name", "HEALTH_CONDITION"),
            ("nombre_completo", "NAME"),
            ("número_de_teléfono", "PHONE"),
            ("correo_electrónico", "EMAIL"),
        },
        {("ad_id", "*"), ("campaign_id", "*"), ("form_id", "*"), ("created_time", "*")},
        True,
    ),
]

LEFT_ALONE: list[tuple] = [
    (
        "Form entry CSV from the Haitian Creole page: Non, Siyati, Dat nesans",
        {
            "Entry Id": "5520",
            "Non": "Jean Robert",
            "Siyati": "Baptiste",
            "Dat nesans": "14/03/1985",
            "Telefòn": "(786) 555-0190",
            "Rezon vizit la": "tansyon wo",
        },
        {
            ("Non", "NAME"),
            ("Siyati", "NAME"),
            ("Dat nesans", "DATE"),
            ("Telefòn", "PHONE"),
            ("Rezon vizit la", "HEALTH_CONDITION"),
        },
        set(),
        True,
        {("Non", "NAME")},
        (
            "(held out, blind) Haitian Creole ``Non`` is the form's name column, but a bare "
            "``Non`` header is as often a French or English 'no' column: only ``Non konple`` "
            "is read as a name; the record is PHI through ``Siyati``, ``Dat nesans`` and "
            "``Telefòn``"
        ),
    ),
]

test_multilingual_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES and LEFT_ALONE together; the
#: two held-out rows moved to LEFT_ALONE after the blind scoring count here too). Before
#: the work, SHAPES alone: 21 misses, 2 false findings, 13 of 30 records wrong. The two
#: Lead Ads rows left open for their ``l:`` lead id were closed by the international
#: patients probe (detectors/record_ids.py) and moved back to SHAPES and HELD_OUT (114
#: pairs with 3 misses before; the held-out row's 5 pairs count in HELD_OUT now).
FLOORS = ShapeTotals(expected=109, misses=1, false=0, wrong=1)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + [r[:5] for r in LEFT_ALONE], FLOORS)
