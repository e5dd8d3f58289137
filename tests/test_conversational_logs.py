"""Conversational and AI-assistant logs from healthcare websites and apps.

A blind probe, written by hand before reading the detectors: LLM chatbot transcripts stored as
OpenAI-style ``messages`` arrays (system / user / assistant / tool roles, ``tool_calls`` whose
``function.arguments`` is a JSON *string* carrying what the bot captured), Intercom (Fin)
conversation exports with ``conversation_parts``, Zendesk Sunshine Conversations messages,
Drift conversation messages, LivePerson Messaging Interactions records, Salesforce Einstein
bot / Live Agent transcripts, Infermedica-like and Buoy-like symptom-checker sessions,
Dialogflow ES / CX and Amazon Lex V2 conversation logs, Google CCAI Insights and Amazon
Connect Contact Lens transcripts, LLM-written conversation summaries and feedback widgets, from
a family practice, a hospital system, a telehealth app, a pharmacy and a dental group.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either reading; ``"HEALTH"`` any health entity; a must-not
``"*"`` any finding at all. Values are made up; field names, nesting and value formats are the
tools'.

Decisions where the contract is silent (each repeated beside its record):

- A bot's display name (``Ava``, ``Fin``, ``Riverside Assistant``) names a product, not a
  person: no finding, even where it is a given name.
- A human agent's or a practice staff member's name in an author / agent field is the
  practice's staff, not the patient. The contract's NAME has no carve-out and the project
  already reports clinicians' names as NAME everywhere (tests/test_free_text_names.py counts
  the agent who signs an email), so such a field is *neither* must-find nor must-not: either
  reading is accepted. It never makes a record PHI on its own in this probe (every record that
  has one is labelled by its patient-side findings).
- A user's name typed inside free text ("my name is Dana Whitfield", "this is Marcus Bell
  calling") is found in the message's content cell, by the cue words around it: the engine is
  scored without NER here (``engine_no_ner``), so a name without a cue (a bare "Dana" answer
  to "what's your name?") is not required.
- The system prompt is the clinic's configuration: its phone, address and hours are the
  clinic's, never a patient's: no finding. The bot's canned answers that name the clinic's
  phone or address are the same text: no finding.
- Conversation / message / response / session ids, model names and versions
  (``gpt-4o-2024-08-06``), token counts, latency ms, intent and page display names, confidence
  floats, sentiment scores, ISO / epoch timestamps of messages and the bot's locale are the
  tool's: no finding.
- Intent training phrases with placeholders (``@sys.given-name``, ``{FirstName}``) and bot
  flow configurations are clean; an analytics aggregate (counts per intent) is clean even when
  an intent is named after a condition.
- An age under 90 and a sex in a symptom checker are not identifiers; an age over 89 is.
  Symptom names in a symptom-checker's evidence list are health context.
- A symptom-checker session with only a random session / interview id and symptoms is not
  PHI; one that carries an email, a phone or a named user is.
"""

from __future__ import annotations

import json

from helpers import ShapeTotals, assert_floors, probe_tests, shape_totals

SYSTEM_PROMPT = (
    "You are Ava, the virtual front-desk assistant for Riverside Family Medicine, "
    "1200 Oak Street, Suite 300, Columbus, OH 43215. Our main line is (614) 555-0142 and "
    "we are open Monday to Friday 8am-5pm. Never give medical advice; for emergencies tell "
    "the user to call 911. Use the book_appointment tool to schedule visits."
)

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_PROBED = [
    (
        "OpenAI-style transcript: scheduling bot with a tool call carrying name, DOB, phone",
        {
            "conversation_id": "conv_01HQZK4W7J9X2M3N5P6R8T0V1B",
            "created_at": "2024-03-14T15:02:11.482Z",
            "model": "gpt-4o-2024-08-06",
            "channel": "web_widget",
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {
                    "role": "user",
                    "content": "Hi, my name is Dana Whitfield and I need to see someone about "
                    "my migraines, they've been getting worse.",
                },
                {
                    "role": "assistant",
                    "content": "I'm sorry to hear that, Dana. I can help you book a visit. "
                    "What is your date of birth and the best phone number to reach you?",
                },
                {"role": "user", "content": "DOB 07/12/1984, cell is 614-882-1937"},
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_9xQm2LkT4rVb7NcP1sWd",
                            "type": "function",
                            "function": {
                                "name": "book_appointment",
                                "arguments": json.dumps(
                                    {
                                        "patient_name": "Dana Whitfield",
                                        "date_of_birth": "1984-07-12",
                                        "phone": "+16148821937",
                                        "reason": "worsening migraines",
                                        "preferred_date": "2024-03-19",
                                    }
                                ),
                            },
                        }
                    ],
                },
                {
                    "role": "tool",
                    "tool_call_id": "call_9xQm2LkT4rVb7NcP1sWd",
                    "content": json.dumps(
                        {"status": "booked", "appointment_id": "APT-5582107", "slot": "09:40"}
                    ),
                },
            ],
            "usage": {"prompt_tokens": 1184, "completion_tokens": 96, "total_tokens": 1280},
            "latency_ms": 1432,
        },
        {
            ("messages[1].content", "NAME"),
            ("messages[1].content", "HEALTH_CONDITION"),
            ("messages[3].content", "DATE"),
            ("messages[3].content", "PHONE"),
            ("messages[4].tool_calls[0].function.arguments", "NAME"),
            ("messages[4].tool_calls[0].function.arguments", "DATE"),
            ("messages[4].tool_calls[0].function.arguments", "PHONE"),
            ("messages[4].tool_calls[0].function.arguments", "HEALTH_CONDITION"),
        },
        {
            ("messages[0].content", "*"),
            ("conversation_id", "*"),
            ("created_at", "*"),
            ("model", "*"),
            ("messages[4].tool_calls[0].id", "*"),
            ("messages[5].tool_call_id", "*"),
            ("usage.prompt_tokens", "*"),
            ("usage.total_tokens", "*"),
            ("latency_ms", "*"),
        },
        True,
    ),
    (
        "OpenAI-style transcript: FAQ-only chat about parking, canned answer with clinic phone",
        {
            "conversation_id": "conv_01HQZM8B2C4D6E8F0G1H3J5K7L",
            "created_at": "2024-03-14T16:20:45.003Z",
            "model": "gpt-4o-mini-2024-07-18",
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": "where do I park for the oak street office?"},
                {
                    "role": "assistant",
                    "content": "Free parking is in the garage behind 1200 Oak Street; take a "
                    "ticket and we validate it at the front desk. Questions? Call us at "
                    "(614) 555-0142.",
                },
                {"role": "user", "content": "thanks! what are visiting hours at the hospital?"},
                {
                    "role": "assistant",
                    "content": "Visiting hours are 9am to 8pm daily. Is there anything else "
                    "I can help with?",
                },
            ],
            "usage": {"prompt_tokens": 902, "completion_tokens": 71, "total_tokens": 973},
            "latency_ms": 811,
            "feedback": {"rating": "thumbs_up", "comment": "quick and easy"},
        },
        set(),
        {
            ("messages[0].content", "*"),
            ("messages[1].content", "*"),
            ("messages[2].content", "PHONE"),
            ("messages[3].content", "*"),
            ("messages[4].content", "*"),
            ("model", "*"),
            ("feedback.comment", "*"),
        },
        False,
    ),
    (
        "OpenAI-style transcript: insurance verification tool call with member id",
        {
            "id": "chatcmpl-9Kx2mQ7aB4cD1eF6gH8iJ0kL",
            "object": "chat.completion",
            "created": 1710432131,
            "model": "gpt-4o-2024-08-06",
            "system_fingerprint": "fp_3aa7262c27",
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {
                    "role": "user",
                    "content": "Can you check if my Aetna plan covers a colonoscopy? "
                    "Member ID W284719356, I'm Marcus Bell.",
                },
                {
                    "role": "assistant",
                    "content": "",
                    "tool_calls": [
                        {
                            "id": "call_Lp3Rt8Vn2Qw6Xz0Ab4Cd",
                            "type": "function",
                            "function": {
                                "name": "verify_insurance",
                                "arguments": json.dumps(
                                    {
                                        "member_id": "W284719356",
                                        "payer": "Aetna",
                                        "subscriber_name": "Marcus Bell",
                                        "service": "colonoscopy",
                                    }
                                ),
                            },
                        }
                    ],
                },
                {
                    "role": "tool",
                    "tool_call_id": "call_Lp3Rt8Vn2Qw6Xz0Ab4Cd",
                    "content": json.dumps({"eligible": True, "copay": 0, "prior_auth": False}),
                },
            ],
            "usage": {"prompt_tokens": 1322, "completion_tokens": 58, "total_tokens": 1380},
        },
        {
            ("messages[1].content", "PROCEDURE"),
            ("messages[1].content", "HEALTH_PLAN_ID"),
            ("messages[1].content", "NAME"),
            ("messages[2].tool_calls[0].function.arguments", "HEALTH_PLAN_ID"),
            ("messages[2].tool_calls[0].function.arguments", "NAME"),
            ("messages[2].tool_calls[0].function.arguments", "PROCEDURE"),
        },
        {
            ("id", "*"),
            ("created", "*"),
            ("system_fingerprint", "*"),
            ("messages[0].content", "*"),
            ("messages[3].content", "*"),
            ("usage.completion_tokens", "*"),
        },
        True,
    ),
    (
        "OpenAI-style transcript: pharmacy refill bot, tool result echoes the patient",
        {
            "thread_id": "thread_abc123XyZ456uvW789",
            "run_id": "run_Qw9Er8Ty7Ui6Op5As4Df",
            "assistant_id": "asst_Zx1Cv2Bn3Mm4Lk5Jh6Gf",
            "messages": [
                {
                    "role": "user",
                    "content": "need a refill on my lisinopril 20mg, last name Okafor dob 3/2/1961",
                    "created_at": 1710433000,
                },
                {
                    "role": "assistant",
                    "content": None,
                    "tool_calls": [
                        {
                            "id": "call_Ab12Cd34Ef56Gh78Ij90",
                            "type": "function",
                            "function": {
                                "name": "lookup_patient",
                                "arguments": '{"last_name":"Okafor","dob":"1961-03-02"}',
                            },
                        }
                    ],
                    "created_at": 1710433002,
                },
                {
                    "role": "tool",
                    "tool_call_id": "call_Ab12Cd34Ef56Gh78Ij90",
                    "content": json.dumps(
                        {
                            "patient_id": "P-0048213",
                            "full_name": "Grace Okafor",
                            "active_rx": [{"drug": "lisinopril 20 mg tablet", "refills_left": 2}],
                        }
                    ),
                    "created_at": 1710433003,
                },
                {
                    "role": "assistant",
                    "content": "Thanks, Grace. I've sent a refill request for lisinopril 20 mg "
                    "to your pharmacy. You have 2 refills left.",
                    "created_at": 1710433005,
                },
            ],
        },
        {
            ("messages[0].content", "MEDICATION"),
            ("messages[0].content", "NAME"),
            ("messages[0].content", "DATE"),
            ("messages[1].tool_calls[0].function.arguments", "NAME"),
            ("messages[1].tool_calls[0].function.arguments", "DATE"),
            ("messages[2].content", "NAME"),
            ("messages[2].content", "MEDICATION"),
            ("messages[2].content", "OTHER_ID|MRN"),
            ("messages[3].content", "MEDICATION"),
        },
        {
            ("thread_id", "*"),
            ("run_id", "*"),
            ("assistant_id", "*"),
            ("messages[0].created_at", "*"),
            ("messages[1].tool_calls[0].id", "*"),
            ("messages[3].created_at", "*"),
        },
        True,
    ),
    (
        "Intercom conversation export: Fin answers, user attributes, admin takes over",
        {
            "type": "conversation",
            "id": "198765432109876",
            "created_at": 1710423000,
            "updated_at": 1710424800,
            "source": {
                "type": "conversation",
                "id": "2187654321",
                "delivered_as": "customer_initiated",
                "body": "<p>Hi, I was just diagnosed with type 2 diabetes and want to join "
                "the nutrition program</p>",
                "author": {
                    "type": "user",
                    "id": "65f2a1b3c4d5e6f708192a3b",
                    "name": "Priya Raman",
                    "email": "priya.raman82@gmail.com",
                },
                "url": "https://www.riversidefm.org/programs/diabetes-nutrition",
            },
            "contacts": {
                "type": "contact.list",
                "contacts": [
                    {"type": "contact", "id": "65f2a1b3c4d5e6f708192a3b", "external_id": None}
                ],
            },
            "ai_agent_participated": True,
            "ai_agent": {
                "source_type": "workflow",
                "resolution_state": "routed_to_team",
                "rating": None,
                "content_sources": {"total_count": 1},
            },
            "conversation_parts": {
                "type": "conversation_part.list",
                "conversation_parts": [
                    {
                        "type": "conversation_part",
                        "id": "31234567890",
                        "part_type": "comment",
                        "body": "<p>Happy to help! Our Diabetes Nutrition Program meets "
                        "Tuesdays. Let me connect you with the team.</p>",
                        "created_at": 1710423010,
                        "author": {"type": "bot", "id": "6124567", "name": "Fin"},
                    },
                    {
                        "type": "conversation_part",
                        "id": "31234567891",
                        "part_type": "assignment",
                        "body": None,
                        "created_at": 1710423015,
                        "author": {"type": "bot", "id": "6124567", "name": "Fin"},
                    },
                    {
                        "type": "conversation_part",
                        "id": "31234567899",
                        "part_type": "comment",
                        "body": "<p>Hi Priya, this is Keisha from the care team. Can you "
                        "confirm your date of birth?</p>",
                        "created_at": 1710423900,
                        "author": {
                            "type": "admin",
                            "id": "5432109",
                            "name": "Keisha Morgan",
                            "email": "kmorgan@riversidefm.org",
                        },
                    },
                    {
                        "type": "conversation_part",
                        "id": "31234567912",
                        "part_type": "comment",
                        "body": "<p>sure, it's April 9 1982</p>",
                        "created_at": 1710424100,
                        "author": {"type": "user", "id": "65f2a1b3c4d5e6f708192a3b"},
                    },
                ],
                "total_count": 4,
            },
            "custom_attributes": {"Intent": "Program enrollment", "Language": "English"},
        },
        {
            ("source.body", "HEALTH_CONDITION"),
            ("source.author.name", "NAME"),
            ("source.author.email", "EMAIL"),
            ("conversation_parts.conversation_parts[3].body", "DATE"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("source.id", "*"),
            ("conversation_parts.conversation_parts[0].author.name", "*"),
            ("conversation_parts.conversation_parts[1].author.name", "*"),
            ("conversation_parts.conversation_parts[0].id", "*"),
            ("conversation_parts.conversation_parts[0].created_at", "*"),
            ("custom_attributes.Intent", "*"),
            ("ai_agent.resolution_state", "*"),
        },
        True,
    ),
    (
        "Intercom conversation export: visiting-hours FAQ resolved by Fin, anonymous lead",
        {
            "type": "conversation",
            "id": "198765432109901",
            "created_at": 1710430000,
            "source": {
                "type": "conversation",
                "id": "2187654399",
                "body": "<p>what time does the cafeteria close?</p>",
                "author": {"type": "lead", "id": "65f2b9c8d7e6f5a4b3c2d1e0", "name": None},
            },
            "ai_agent_participated": True,
            "ai_agent": {"resolution_state": "assumed_resolution", "rating": 5},
            "conversation_parts": {
                "type": "conversation_part.list",
                "conversation_parts": [
                    {
                        "type": "conversation_part",
                        "id": "31234568001",
                        "part_type": "comment",
                        "body": "<p>The cafeteria on the ground floor is open 6:30am to 7pm. "
                        "For anything else call our front desk at (614) 555-0142.</p>",
                        "created_at": 1710430004,
                        "author": {"type": "bot", "id": "6124567", "name": "Fin"},
                    }
                ],
                "total_count": 1,
            },
            "statistics": {"time_to_assignment": None, "count_reopens": 0},
        },
        set(),
        {
            ("source.body", "*"),
            ("conversation_parts.conversation_parts[0].body", "*"),
            ("conversation_parts.conversation_parts[0].author.name", "*"),
            ("ai_agent.rating", "*"),
            ("id", "*"),
        },
        False,
    ),
    (
        "Zendesk Sunshine Conversations messages webhook: patient texts about a rash",
        {
            "app": {"id": "5f2a3b4c5d6e7f8091a2b3c4"},
            "webhook": {"id": "60a1b2c3d4e5f60718293a4b", "version": "v2"},
            "events": [
                {
                    "id": "65f3c1d2e3f4a5b6c7d8e9f0",
                    "createdAt": "2024-03-14T17:05:12.531Z",
                    "type": "conversation:message",
                    "payload": {
                        "conversation": {"id": "b7f3e2d1c0a9f8e7d6c5b4a3", "type": "personal"},
                        "message": {
                            "id": "65f3c1d2e3f4a5b6c7d8e9f1",
                            "received": "2024-03-14T17:05:12.498Z",
                            "author": {
                                "userId": "a1b2c3d4e5f60718293a4b5c",
                                "displayName": "Tomás Herrera",
                                "type": "user",
                                "user": {"externalId": "mychart-4471920"},
                            },
                            "content": {
                                "type": "text",
                                "text": "my son has a rash and fever since yesterday, can we "
                                "get a same day appt? his name is Mateo Herrera",
                            },
                            "source": {"type": "sms", "integrationId": "5f9e8d7c6b5a4f3e2d1c0b9a"},
                        },
                    },
                }
            ],
        },
        {
            ("events[0].payload.message.author.displayName", "NAME"),
            ("events[0].payload.message.content.text", "HEALTH_CONDITION"),
            ("events[0].payload.message.content.text", "NAME"),
            ("events[0].payload.message.author.user.externalId", "OTHER_ID|ONLINE_ID|MRN"),
        },
        {
            ("events[0].id", "*"),
            ("events[0].createdAt", "*"),
            ("events[0].payload.message.received", "*"),
            ("events[0].payload.conversation.id", "*"),
            ("events[0].payload.message.source.integrationId", "*"),
            ("webhook.version", "*"),
        },
        True,
    ),
    (
        "Zendesk AI agent (Ultimate) conversation export: clean order-status flow",
        {
            "conversationId": "6603f1a2b3c4d5e6f7a8b9c0",
            "botId": "64b1c2d3e4f5a6b7c8d9e0f1",
            "platformConversationId": "77123456",
            "startedAt": "2024-03-14T09:12:00.000Z",
            "endedAt": "2024-03-14T09:13:41.000Z",
            "language": "en",
            "messages": [
                {"sender": "USER", "text": "how do I reset my patient portal password?"},
                {
                    "sender": "BOT",
                    "text": "Click 'Forgot password' on the sign-in page and we'll email you "
                    "a reset link. Still stuck? Call portal support at 1-800-555-0199.",
                    "replyId": "reply_portal_reset_v3",
                    "confidence": 0.94,
                },
            ],
            "detectedIntents": [{"name": "portal_password_reset", "confidence": 0.94}],
            "escalated": False,
            "resolved": True,
            "csat": 5,
        },
        set(),
        {
            ("conversationId", "*"),
            ("botId", "*"),
            ("platformConversationId", "*"),
            ("startedAt", "*"),
            ("messages[0].text", "*"),
            ("messages[1].text", "PHONE"),
            ("messages[1].confidence", "*"),
            ("detectedIntents[0].name", "*"),
            ("csat", "*"),
        },
        False,
    ),
    (
        "Drift conversation messages export: bot captures email, user asks about IVF",
        {
            "conversationId": 3198765432,
            "messages": [
                {
                    "id": "3198765432-1710425000123-bot",
                    "conversationId": 3198765432,
                    "body": "Hi there! 👋 I'm the Bloom Fertility assistant. What brings you "
                    "in today?",
                    "author": {"type": "bot", "id": 8123456, "bot": True},
                    "type": "chat",
                    "createdAt": 1710425000123,
                },
                {
                    "id": "3198765432-1710425031554-contact",
                    "conversationId": 3198765432,
                    "body": "we've been trying for 2 years, want to ask about IVF pricing",
                    "author": {"type": "contact", "id": 14509876543, "bot": False},
                    "type": "chat",
                    "createdAt": 1710425031554,
                },
                {
                    "id": "3198765432-1710425060871-contact",
                    "conversationId": 3198765432,
                    "body": "lauren.ng@outlook.com",
                    "author": {"type": "contact", "id": 14509876543, "bot": False},
                    "type": "chat",
                    "createdAt": 1710425060871,
                    "attributes": {"email": "lauren.ng@outlook.com"},
                },
            ],
            "contactId": 14509876543,
            "playbookId": 2345678,
        },
        {
            ("messages[1].body", "PROCEDURE"),
            ("messages[2].body", "EMAIL"),
            ("messages[2].attributes.email", "EMAIL"),
        },
        {
            ("conversationId", "*"),
            ("messages[0].id", "*"),
            ("messages[0].body", "*"),
            ("messages[0].createdAt", "*"),
            ("messages[1].createdAt", "*"),
            ("playbookId", "*"),
        },
        True,
    ),
    (
        "LivePerson Messaging Interactions record: consumer profile and SDEs, insurance talk",
        {
            "info": {
                "conversationId": "8a2f1c3e-5b7d-4e9f-a1c3-5e7f9b1d3f5a",
                "brandId": "71234567",
                "startTime": "2024-03-14 13:05:22.418+0000",
                "startTimeL": 1710421522418,
                "duration": 842113,
                "latestSkillName": "Billing",
                "latestAgentFullName": "Jordan Ellis",
                "mcs": 62,
                "status": "CLOSE",
            },
            "messageRecords": [
                {
                    "type": "TEXT_PLAIN",
                    "messageData": {
                        "msg": {
                            "text": "I got a bill for my MRI but my Cigna member ID is "
                            "U71234590 01, it should be covered"
                        }
                    },
                    "messageId": "ms::conv:8a2f1c3e-5b7d-4e9f-a1c3-5e7f9b1d3f5a::msg:0",
                    "seq": 0,
                    "sentBy": "Consumer",
                    "time": "2024-03-14 13:05:22.418+0000",
                    "timeL": 1710421522418,
                },
                {
                    "type": "TEXT_PLAIN",
                    "messageData": {
                        "msg": {
                            "text": "Thanks for reaching out. Jordan here from billing, let "
                            "me pull up your account."
                        }
                    },
                    "messageId": "ms::conv:8a2f1c3e-5b7d-4e9f-a1c3-5e7f9b1d3f5a::msg:1",
                    "seq": 1,
                    "sentBy": "Agent",
                    "participantId": "3411986532",
                    "time": "2024-03-14 13:06:01.002+0000",
                    "timeL": 1710421561002,
                },
            ],
            "consumerParticipants": [
                {
                    "participantId": "f4c2a1b3-9d8e-4f7a-b6c5-1e2d3f4a5b6c",
                    "firstName": "Alicia",
                    "lastName": "Moreno",
                    "phone": "+1 312 555 7719",
                    "email": "amoreno@yahoo.com",
                    "consumerName": "Alicia Moreno",
                    "dialogId": "8a2f1c3e-5b7d-4e9f-a1c3-5e7f9b1d3f5a",
                }
            ],
            "sdes": {
                "events": [
                    {
                        "customerInfo": {
                            "customerInfo": {"customerId": "GUAR-883120", "accountName": "Moreno"}
                        },
                        "sdeType": "CUSTOMER_INFO",
                        "serverTimeStamp": "1710421522100",
                    }
                ]
            },
        },
        {
            ("messageRecords[0].messageData.msg.text", "PROCEDURE"),
            ("messageRecords[0].messageData.msg.text", "HEALTH_PLAN_ID"),
            ("consumerParticipants[0].firstName", "NAME"),
            ("consumerParticipants[0].lastName", "NAME"),
            ("consumerParticipants[0].phone", "PHONE"),
            ("consumerParticipants[0].email", "EMAIL"),
            ("consumerParticipants[0].consumerName", "NAME"),
            ("sdes.events[0].customerInfo.customerInfo.customerId", "OTHER_ID|ACCOUNT_NUMBER"),
        },
        {
            ("info.conversationId", "*"),
            ("info.brandId", "*"),
            ("info.startTime", "*"),
            ("info.startTimeL", "*"),
            ("info.duration", "*"),
            ("info.mcs", "*"),
            ("messageRecords[0].messageId", "*"),
            ("messageRecords[0].time", "*"),
            # the agent's participant id is staff's: either reading (module doc)
            ("sdes.events[0].serverTimeStamp", "*"),
        },
        True,
    ),
    (
        "Salesforce LiveChatTranscript (Einstein bot hand-off) as a Data Loader CSV row",
        {
            "Id": "5708c000001AbCdAAK",
            "Name": "00001234",
            "ChatKey": "b4d6e8f0-1a2b-4c3d-8e9f-0a1b2c3d4e5f",
            "Status": "Completed",
            "StartTime": "2024-03-14T14:00:05.000+0000",
            "EndTime": "2024-03-14T14:09:48.000+0000",
            "ChatDuration": "583",
            "VisitorIPAddress": "73.22.184.19",
            "Platform": "Win10",
            "Browser": "Chrome 122.0.6261.112",
            "Location": "Naperville, Illinois, United States",
            "ContactId": "0038c00002XyZaBAAV",
            "OwnerId": "0058c000009QwErAAF",
            "Body": '<p align="center">Chat Started: Thursday, March 14, 2024, 14:00:05 '
            '(+0000)</p><p align="center">Chat Origin: Patient Support</p><p><b>Riverside '
            "Bot</b>: Hi! What is your full name?<p><b>Visitor</b>: Hannah Lindqvist<p><b>"
            "Riverside Bot</b>: Thanks Hannah. How can we help?<p><b>Visitor</b>: I need to "
            "reschedule my physical therapy after my knee replacement",
            "Einstein_Intent__c": "Reschedule_Appointment",
            "Bot_Confidence__c": "0.87",
        },
        {
            ("VisitorIPAddress", "IP_ADDRESS"),
            ("Location", "LOCATION"),
            ("Body", "NAME"),
            ("Body", "PROCEDURE"),
            ("ContactId", "OTHER_ID"),
        },
        {
            ("Id", "*"),
            ("Name", "*"),
            ("ChatKey", "*"),
            ("StartTime", "*"),
            ("ChatDuration", "*"),
            ("Browser", "*"),
            ("OwnerId", "*"),
            ("Einstein_Intent__c", "*"),
            ("Bot_Confidence__c", "*"),
        },
        True,
    ),
    (
        "Infermedica-like symptom checker session: evidence list, triage, anonymous",
        {
            "interview_id": "d1c2b3a4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
            "created": "2024-03-14T18:22:40Z",
            "sex": "female",
            "age": {"value": 34, "unit": "year"},
            "evidence": [
                {"id": "s_21", "choice_id": "present", "source": "initial", "name": "headache"},
                {"id": "s_98", "choice_id": "present", "name": "fever"},
                {"id": "s_1193", "choice_id": "absent", "name": "stiff neck"},
                {"id": "p_7", "choice_id": "present", "name": "BMI over 30"},
            ],
            "triage": {
                "triage_level": "consultation_24",
                "serious": [],
                "teleconsultation_applicable": True,
            },
            "recommended_specialist": {"id": "sp_1", "name": "General practitioner"},
            "recommended_channel": "personal_visit",
            "api_version": "v3",
        },
        {
            ("evidence[0].name", "HEALTH_CONDITION"),
            ("evidence[1].name", "HEALTH_CONDITION"),
        },
        {
            ("interview_id", "*"),
            ("created", "*"),
            ("age.value", "*"),
            ("sex", "*"),
            ("evidence[0].id", "*"),
            ("evidence[0].choice_id", "*"),
            ("triage.triage_level", "*"),
            ("api_version", "*"),
        },
        False,
    ),
    (
        "Infermedica-like symptom checker session: a 92-year-old, chest pain, emergency",
        {
            "interview_id": "f0e1d2c3-b4a5-4968-8776-655443322110",
            "created": "2024-03-14T19:01:03Z",
            "sex": "male",
            "age": {"value": 92, "unit": "year"},
            "evidence": [
                {"id": "s_50", "choice_id": "present", "source": "initial", "name": "chest pain"},
                {"id": "s_88", "choice_id": "present", "name": "shortness of breath"},
            ],
            "triage": {"triage_level": "emergency_ambulance", "serious": [{"id": "s_50"}]},
            "recommended_specialist": {"id": "sp_4", "name": "Cardiologist"},
        },
        {
            ("age.value", "AGE_OVER_89"),
            ("evidence[0].name", "HEALTH_CONDITION"),
            ("evidence[1].name", "HEALTH_CONDITION"),
        },
        {
            ("interview_id", "*"),
            ("created", "*"),
            ("evidence[0].id", "*"),
            ("triage.triage_level", "*"),
        },
        True,
    ),
    (
        "Buoy-like triage session export (CSV row): symptoms and a follow-up email",
        {
            "session_id": "bu_6e1f0a9c2d",
            "started_at": "2024-03-14 20:15:33",
            "age": "41",
            "sex": "F",
            "zip": "60614",
            "chief_complaint": "lower back pain",
            "symptoms": "lower back pain; numbness in left leg; trouble urinating",
            "triage_level": "ER now",
            "top_condition": "Cauda equina syndrome",
            "care_option_clicked": "find_er",
            "followup_email": "j.okonkwo@gmail.com",
        },
        {
            ("zip", "ZIP_CODE"),
            ("chief_complaint", "HEALTH_CONDITION"),
            ("symptoms", "HEALTH_CONDITION"),
            ("top_condition", "HEALTH_CONDITION"),
            ("followup_email", "EMAIL"),
        },
        {
            ("session_id", "*"),
            ("started_at", "*"),
            ("age", "*"),
            ("sex", "*"),
            ("triage_level", "*"),
            ("care_option_clicked", "*"),
        },
        True,
    ),
    (
        "Dialogflow ES webhook request: scheduling intent with person, date and phone",
        {
            "responseId": "7a1c3e5f-9b2d-4f6a-8c0e-2a4c6e8a0c2e-0820055c",
            "session": "projects/riverside-scheduler-prod/agent/sessions/"
            "3f6a9c2d-1b4e-4d7f-a0c3-e6f9b2d5a8c1",
            "queryResult": {
                "queryText": "book me a flu shot next tuesday at 10, I'm Roberto Diaz, "
                "773-294-5081",
                "parameters": {
                    "person": {"name": "Roberto Diaz"},
                    "date-time": "2024-03-19T10:00:00-05:00",
                    "phone-number": "773-294-5081",
                    "service": "flu shot",
                },
                "allRequiredParamsPresent": True,
                "intent": {
                    "name": "projects/riverside-scheduler-prod/agent/intents/"
                    "0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
                    "displayName": "appointment.book",
                },
                "intentDetectionConfidence": 0.9312,
                "languageCode": "en",
                "sentimentAnalysisResult": {"queryTextSentiment": {"score": 0.2, "magnitude": 0.2}},
            },
            "originalDetectIntentRequest": {"source": "DIALOGFLOW_CONSOLE", "payload": {}},
        },
        {
            ("queryResult.queryText", "NAME"),
            ("queryResult.queryText", "PHONE"),
            ("queryResult.queryText", "PROCEDURE"),
            ("queryResult.parameters.person.name", "NAME"),
            ("queryResult.parameters.date-time", "DATE"),
            ("queryResult.parameters.phone-number", "PHONE"),
            ("queryResult.parameters.service", "PROCEDURE"),
        },
        {
            ("responseId", "*"),
            ("session", "*"),
            ("queryResult.intent.name", "*"),
            ("queryResult.intent.displayName", "*"),
            ("queryResult.intentDetectionConfidence", "*"),
            ("queryResult.languageCode", "*"),
            ("queryResult.sentimentAnalysisResult.queryTextSentiment.score", "*"),
        },
        True,
    ),
    (
        "Dialogflow ES agent export: intent training phrases with @sys placeholders",
        {
            "id": "0c1d2e3f-4a5b-6c7d-8e9f-0a1b2c3d4e5f",
            "name": "appointment.book",
            "auto": True,
            "responses": [
                {
                    "resetContexts": False,
                    "action": "appointment.book",
                    "parameters": [
                        {
                            "id": "a9b8c7d6-e5f4-4321-9876-543210fedcba",
                            "name": "person",
                            "required": True,
                            "dataType": "@sys.person",
                            "value": "$person",
                            "prompts": [{"lang": "en", "value": "Can I get your full name?"}],
                        },
                        {
                            "id": "b8c7d6e5-f4a3-4210-8765-43210fedcba9",
                            "name": "date-time",
                            "required": True,
                            "dataType": "@sys.date-time",
                            "value": "$date-time",
                        },
                    ],
                    "messages": [
                        {
                            "type": "0",
                            "lang": "en",
                            "speech": ["Great, $person.name, you're booked for $date-time."],
                        }
                    ],
                }
            ],
            "trainingPhrases": [
                {
                    "data": [
                        {"text": "book an appointment for "},
                        {"text": "tomorrow", "alias": "date-time", "meta": "@sys.date-time"},
                    ]
                },
                {
                    "data": [
                        {"text": "my name is "},
                        {"text": "John Smith", "alias": "person", "meta": "@sys.person"},
                    ]
                },
                {
                    "data": [
                        {"text": "I'm "},
                        {
                            "text": "@sys.given-name",
                            "alias": "given-name",
                            "meta": "@sys.given-name",
                        },
                    ]
                },
            ],
            "priority": 500000,
            "webhookUsed": True,
            "lastUpdate": 1709251200,
        },
        set(),
        {
            ("id", "*"),
            ("name", "*"),
            ("responses[0].parameters[0].dataType", "*"),
            ("responses[0].parameters[0].prompts[0].value", "*"),
            ("responses[0].messages[0].speech[0]", "*"),
            ("trainingPhrases[0].data[1].text", "*"),
            ("trainingPhrases[2].data[1].text", "*"),
            ("priority", "*"),
            ("lastUpdate", "*"),
        },
        False,
    ),
    (
        "Dialogflow CX conversation history (BigQuery export row): refill intent, DOB",
        {
            "project_id": "hosp-voice-prod",
            "agent_id": "a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7",
            "conversation_name": "projects/hosp-voice-prod/locations/us-central1/agents/"
            "a1b2c3d4-e5f6-4789-a0b1-c2d3e4f5a6b7/sessions/07Xq3bZ9mR2kL8pN4vW6",
            "turn_position": 3,
            "request_time": "2024-03-14T21:10:44.218Z",
            "language_code": "en",
            "request": {
                "queryInput": {"text": {"text": "it's for my metformin, birthday is june 3rd 1958"}}
            },
            "response": {
                "queryResult": {
                    "text": "it's for my metformin, birthday is june 3rd 1958",
                    "parameters": {"medication": "metformin", "dob": "1958-06-03"},
                    "currentPage": {"displayName": "Refill - Verify Identity"},
                    "match": {
                        "intent": {"displayName": "rx.refill.provide_details"},
                        "confidence": 0.88,
                        "matchType": "INTENT",
                    },
                    "responseMessages": [
                        {"text": {"text": ["Thanks. I'm sending your refill request now."]}}
                    ],
                }
            },
            "derived_data": {"agent_utterances": "Thanks. I'm sending your refill request now."},
        },
        {
            ("request.queryInput.text.text", "MEDICATION"),
            ("request.queryInput.text.text", "DATE"),
            ("response.queryResult.text", "DATE"),
            ("response.queryResult.parameters.medication", "MEDICATION"),
            ("response.queryResult.parameters.dob", "DATE"),
        },
        {
            ("project_id", "*"),
            ("agent_id", "*"),
            ("conversation_name", "*"),
            ("turn_position", "*"),
            ("request_time", "*"),
            ("response.queryResult.currentPage.displayName", "*"),
            ("response.queryResult.match.intent.displayName", "*"),
            ("response.queryResult.match.confidence", "*"),
            ("derived_data.agent_utterances", "*"),
        },
        True,
    ),
    (
        "Amazon Lex V2 conversation log: voice slot capture of name and phone",
        {
            "messageVersion": "2.0",
            "bot": {
                "id": "ABCDE12345",
                "name": "ClinicScheduler",
                "aliasId": "TSTALIASID",
                "aliasName": "prod",
                "localeId": "en_US",
                "version": "7",
            },
            "sessionId": "us-east-1:7f3e9a1b-2c4d-4e6f-8a0b-1c2d3e4f5a6b",
            "requestId": "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d",
            "inputMode": "Speech",
            "inputTranscript": "my name is kevin o'brien and my number is three one two "
            "five five five eight eight two one",
            "transcriptions": [
                {
                    "transcription": "my name is kevin o'brien and my number is 312 555 8821",
                    "transcriptionConfidence": 0.91,
                }
            ],
            "interpretations": [
                {
                    "intent": {
                        "name": "BookAppointment",
                        "state": "InProgress",
                        "slots": {
                            "FirstName": {
                                "value": {
                                    "originalValue": "kevin",
                                    "interpretedValue": "Kevin",
                                    "resolvedValues": ["Kevin"],
                                }
                            },
                            "LastName": {
                                "value": {
                                    "originalValue": "o'brien",
                                    "interpretedValue": "O'Brien",
                                    "resolvedValues": [],
                                }
                            },
                            "PhoneNumber": {
                                "value": {
                                    "originalValue": "three one two five five five eight eight "
                                    "two one",
                                    "interpretedValue": "3125558821",
                                    "resolvedValues": [],
                                }
                            },
                            "VisitType": {
                                "value": {
                                    "originalValue": "allergy shots",
                                    "interpretedValue": "allergy shots",
                                    "resolvedValues": ["allergy injection"],
                                }
                            },
                        },
                    },
                    "nluConfidence": 0.93,
                },
                {"intent": {"name": "FallbackIntent", "slots": {}}},
            ],
            "sessionState": {"intent": {"name": "BookAppointment", "state": "InProgress"}},
            "timestamp": "2024-03-14T22:01:17.882Z",
        },
        {
            ("inputTranscript", "NAME"),
            ("transcriptions[0].transcription", "NAME"),
            ("transcriptions[0].transcription", "PHONE"),
            ("interpretations[0].intent.slots.FirstName.value.interpretedValue", "NAME"),
            ("interpretations[0].intent.slots.LastName.value.interpretedValue", "NAME"),
            ("interpretations[0].intent.slots.PhoneNumber.value.interpretedValue", "PHONE"),
            (
                "interpretations[0].intent.slots.VisitType.value.interpretedValue",
                "HEALTH",
            ),
        },
        {
            ("bot.id", "*"),
            ("bot.name", "*"),
            ("bot.aliasId", "*"),
            ("sessionId", "*"),
            ("requestId", "*"),
            ("transcriptions[0].transcriptionConfidence", "*"),
            ("interpretations[0].nluConfidence", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Google CCAI Insights conversation: transcript segments and an LLM summary",
        {
            "name": "projects/412345678901/locations/us-central1/conversations/8823104476651029384",
            "medium": "PHONE_CALL",
            "duration": "214.500s",
            "turnCount": 6,
            "createTime": "2024-03-14T15:30:00.000Z",
            "callMetadata": {"customerChannel": 1, "agentChannel": 2},
            "transcript": {
                "transcriptSegments": [
                    {
                        "text": "thank you for calling riverside family medicine this is the "
                        "virtual assistant how can I help",
                        "confidence": 0.94,
                        "channelTag": 2,
                        "languageCode": "en-US",
                    },
                    {
                        "text": "hi this is Linda Park I need to refill my lisinopril",
                        "confidence": 0.89,
                        "channelTag": 1,
                        "languageCode": "en-US",
                        "sentiment": {"score": -0.1, "magnitude": 0.1},
                    },
                ]
            },
            "latestSummary": {
                "text": "Caller Linda Park wants to refill lisinopril; DOB confirmed as "
                "11/23/1957. Refill sent to pharmacy on file.",
                "confidence": 0.82,
                "textSections": {"situation": "Refill request", "action": "Refill sent"},
                "answerRecord": "projects/412345678901/answerRecords/5512093847",
                "conversationModel": "projects/412345678901/conversationModels/baseline_model",
            },
            "latestAnalysis": {"analysisResult": {"callAnalysisMetadata": {"sentiments": []}}},
        },
        {
            ("transcript.transcriptSegments[1].text", "NAME"),
            ("transcript.transcriptSegments[1].text", "MEDICATION"),
            ("latestSummary.text", "NAME"),
            ("latestSummary.text", "MEDICATION"),
            ("latestSummary.text", "DATE"),
        },
        {
            ("name", "*"),
            ("duration", "*"),
            ("createTime", "*"),
            ("transcript.transcriptSegments[0].text", "*"),
            ("transcript.transcriptSegments[0].confidence", "*"),
            ("latestSummary.confidence", "*"),
            ("latestSummary.answerRecord", "*"),
            ("latestSummary.conversationModel", "*"),
        },
        True,
    ),
    (
        "Amazon Connect Contact Lens output: customer turn with an insurance member number",
        {
            "Version": "1.1.0",
            "AccountId": "123456789012",
            "Channel": "VOICE",
            "ContentMetadata": {"Output": "Redacted", "RedactionTypes": ["PII"]},
            "JobStatus": "COMPLETED",
            "LanguageCode": "en-US",
            "Participants": [
                {"ParticipantId": "CUSTOMER", "ParticipantRole": "CUSTOMER"},
                {"ParticipantId": "AGENT", "ParticipantRole": "AGENT"},
            ],
            "CustomerMetadata": {
                "ContactId": "5f1d2c3b-4a59-4687-a7b6-c5d4e3f2a1b0",
                "InstanceId": "9e8d7c6b-5a49-4382-a1b0-c9d8e7f6a5b4",
                "InputS3Uri": "s3://connect-recordings-prod/2024/03/14/5f1d2c3b_20240314T15:22_UTC.wav",
            },
            "Transcript": [
                {
                    "Id": "2f7e0a1b-3c4d-4e5f-8a9b-0c1d2e3f4a5b",
                    "ParticipantId": "AGENT",
                    "Content": "Riverside scheduling, this is Sam, how can I help?",
                    "BeginOffsetMillis": 410,
                    "EndOffsetMillis": 2890,
                    "Sentiment": "NEUTRAL",
                },
                {
                    "Id": "3a8f1b2c-4d5e-4f6a-9b0c-1d2e3f4a5b6c",
                    "ParticipantId": "CUSTOMER",
                    "Content": "yeah I'm calling about my daughter's asthma inhaler, her "
                    "Medicaid ID is 48291037A",
                    "BeginOffsetMillis": 3120,
                    "EndOffsetMillis": 8705,
                    "Sentiment": "NEGATIVE",
                    "LoudnessScores": [71.2, 74.9, 70.3],
                },
            ],
            "ConversationCharacteristics": {
                "TotalConversationDurationMillis": 214500,
                "Sentiment": {"OverallSentiment": {"AGENT": 1.2, "CUSTOMER": -0.6}},
                "Interruptions": {"TotalCount": 0},
            },
        },
        {
            ("Transcript[1].Content", "HEALTH_CONDITION"),
            ("Transcript[1].Content", "HEALTH_PLAN_ID"),
        },
        {
            ("AccountId", "*"),
            ("CustomerMetadata.ContactId", "*"),
            ("CustomerMetadata.InstanceId", "*"),
            ("Transcript[0].Id", "*"),
            ("Transcript[1].BeginOffsetMillis", "*"),
            ("Transcript[1].LoudnessScores[0]", "*"),
            ("ConversationCharacteristics.TotalConversationDurationMillis", "*"),
            ("Version", "*"),
        },
        True,
    ),
    (
        "Conversation analytics export (CSV row): LLM-written summary, refill with DOB",
        {
            "conversation_id": "c_2024031400871",
            "channel": "voice",
            "started_at": "2024-03-14T16:45:09Z",
            "duration_sec": "187",
            "bot_name": "Riverside Assistant",
            "model": "claude-3-5-sonnet-20240620",
            "summary": "Caller wants to refill lisinopril; DOB confirmed (04/17/1949). "
            "Callback requested at 614-771-2093.",
            "intent": "rx_refill",
            "resolution": "contained",
            "sentiment_score": "0.35",
            "input_tokens": "2210",
            "output_tokens": "64",
        },
        {
            ("summary", "MEDICATION"),
            ("summary", "DATE"),
            ("summary", "PHONE"),
        },
        {
            ("conversation_id", "*"),
            ("started_at", "*"),
            ("duration_sec", "*"),
            ("bot_name", "*"),
            ("model", "*"),
            ("intent", "*"),
            ("sentiment_score", "*"),
            ("input_tokens", "*"),
        },
        True,
    ),
    (
        "Conversation analytics export (CSV row): LLM summary of a clean directions call",
        {
            "conversation_id": "c_2024031400872",
            "channel": "web",
            "started_at": "2024-03-14T16:47:55Z",
            "duration_sec": "64",
            "bot_name": "Riverside Assistant",
            "model": "claude-3-5-sonnet-20240620",
            "summary": "User asked for directions to the Oak Street office and parking "
            "information; the assistant provided the address and garage hours.",
            "intent": "directions",
            "resolution": "contained",
            "sentiment_score": "0.61",
            "input_tokens": "1480",
            "output_tokens": "51",
        },
        set(),
        {
            ("conversation_id", "*"),
            ("started_at", "*"),
            ("bot_name", "*"),
            ("model", "*"),
            ("summary", "*"),
            ("intent", "*"),
        },
        False,
    ),
    (
        "Bot analytics aggregate: conversations per intent per day",
        {
            "date": "2024-03-14",
            "bot_id": "riverside-web-v3",
            "intent": "symptom_question.diabetes",
            "conversations": 412,
            "contained": 361,
            "escalated": 51,
            "containment_rate": 0.876,
            "avg_latency_ms": 1210.4,
            "avg_csat": 4.3,
            "p95_total_tokens": 3021,
        },
        set(),
        {
            ("date", "*"),
            ("bot_id", "*"),
            ("conversations", "*"),
            ("containment_rate", "*"),
            ("avg_latency_ms", "*"),
            ("p95_total_tokens", "*"),
        },
        False,
    ),
    (
        "Chat widget feedback: thumbs down with a comment naming the user's condition",
        {
            "feedback_id": "fb_8f2a91c3",
            "conversation_id": "conv_01HQZP3C5D7E9F1G3H5J7K9M1N",
            "message_id": "msg_01HQZP4X6Y8Z0A2B4C6D8E0F2G",
            "rating": "thumbs_down",
            "comment": "bot kept sending me to the wrong page, I just wanted to know if you "
            "treat endometriosis. email me at kwame.asante@proton.me",
            "created_at": "2024-03-14T19:44:02.117Z",
            "page_url": "https://www.riversidefm.org/services/womens-health",
            "widget_version": "2.14.1",
        },
        {
            ("comment", "HEALTH_CONDITION"),
            ("comment", "EMAIL"),
        },
        {
            ("feedback_id", "*"),
            ("conversation_id", "*"),
            ("message_id", "*"),
            ("created_at", "*"),
            ("widget_version", "*"),
            ("rating", "*"),
        },
        True,
    ),
    (
        "Chat widget feedback: thumbs up with a generic comment, anonymous",
        {
            "feedback_id": "fb_8f2a91c4",
            "conversation_id": "conv_01HQZP9K1L3M5N7P9Q1R3S5T7V",
            "message_id": "msg_01HQZPA2B4C6D8E0F2G4H6J8K0",
            "rating": "thumbs_up",
            "comment": "Super helpful, found the pharmacy hours right away",
            "created_at": "2024-03-14T19:51:40.552Z",
            "widget_version": "2.14.1",
        },
        set(),
        {
            ("feedback_id", "*"),
            ("conversation_id", "*"),
            ("message_id", "*"),
            ("comment", "*"),
            ("created_at", "*"),
        },
        False,
    ),
    (
        "Botpress-style bot flow config: nodes with canned text naming the clinic",
        {
            "id": "flow_appointment_main",
            "version": "12.4.0",
            "startNode": "entry",
            "nodes": [
                {
                    "id": "node_3f9a1c",
                    "name": "entry",
                    "type": "say_something",
                    "text": "Welcome to Riverside Family Medicine at 1200 Oak Street. For "
                    "urgent needs call (614) 555-0142.",
                },
                {
                    "id": "node_7b2e4d",
                    "name": "ask_name",
                    "type": "capture",
                    "text": "What's your first and last name?",
                    "variable": "user.fullName",
                    "validation": "^[A-Za-z' -]{2,60}$",
                },
                {
                    "id": "node_9c5f6e",
                    "name": "ask_dob",
                    "type": "capture",
                    "text": "And your date of birth (MM/DD/YYYY)?",
                    "variable": "user.dob",
                },
            ],
            "updatedAt": "2024-03-01T12:00:00.000Z",
            "updatedBy": "bot-admin@riversidefm.org",
        },
        set(),
        {
            ("id", "*"),
            ("version", "*"),
            ("nodes[0].id", "*"),
            ("nodes[0].text", "PHONE"),
            ("nodes[1].text", "*"),
            ("nodes[1].variable", "*"),
            ("nodes[1].validation", "*"),
            ("nodes[2].text", "*"),
            ("nodes[2].variable", "*"),
            ("updatedAt", "*"),
        },
        False,
    ),
    (
        "OpenAI-style transcript: telehealth intake, mental health, user gives email in text",
        {
            "conversation_id": "conv_01HR0A1B2C3D4E5F6G7H8J9K0M",
            "model": "gpt-4o-2024-05-13",
            "metadata": {
                "site": "mindwell-telehealth",
                "env": "prod",
                "prompt_version": "intake-v14",
            },
            "messages": [
                {
                    "role": "system",
                    "content": "You are the intake assistant for MindWell Telehealth. Collect "
                    "the reason for visit and an email address. Support line: 1-888-555-0173.",
                },
                {
                    "role": "assistant",
                    "content": "Hi, I'm Sage, MindWell's intake assistant. What would you like "
                    "help with today?",
                },
                {
                    "role": "user",
                    "content": "I've had panic attacks almost every day since january and my "
                    "therapist retired",
                },
                {
                    "role": "assistant",
                    "content": "Thank you for sharing that. What email should we use to send "
                    "your intake link?",
                },
                {"role": "user", "content": "rachel.kim.1990@icloud.com"},
            ],
            "usage": {"prompt_tokens": 733, "completion_tokens": 121, "total_tokens": 854},
            "finish_reason": "stop",
        },
        {
            ("messages[2].content", "HEALTH_CONDITION"),
            ("messages[4].content", "EMAIL"),
        },
        {
            ("conversation_id", "*"),
            ("model", "*"),
            ("metadata.prompt_version", "*"),
            ("messages[0].content", "*"),
            ("messages[1].content", "*"),
            ("messages[3].content", "*"),
            ("usage.total_tokens", "*"),
        },
        True,
    ),
    (
        "Drift conversation export: clean pricing question about teeth whitening cost",
        {
            "conversationId": 3198770011,
            "messages": [
                {
                    "id": "3198770011-1710426000100-bot",
                    "conversationId": 3198770011,
                    "body": "Welcome to Bright Smile Dental! Ask me anything.",
                    "author": {"type": "bot", "id": 8123457, "bot": True},
                    "createdAt": 1710426000100,
                },
                {
                    "id": "3198770011-1710426022310-contact",
                    "conversationId": 3198770011,
                    "body": "do you take walk-ins on saturdays?",
                    "author": {"type": "contact", "id": 14509870000, "bot": False},
                    "createdAt": 1710426022310,
                },
            ],
            "contactId": 14509870000,
        },
        set(),
        {
            ("conversationId", "*"),
            ("messages[0].body", "*"),
            ("messages[1].body", "*"),
            ("messages[0].createdAt", "*"),
            ("contactId", "HEALTH"),
        },
        False,
    ),
    (
        "Intercom conversation export: human agent only, user gives phone, no health words",
        {
            "type": "conversation",
            "id": "198765432110055",
            "created_at": 1710427000,
            "source": {
                "type": "conversation",
                "id": "2187655000",
                "body": "<p>Please call me back about my bill, 847-392-6610</p>",
                "author": {
                    "type": "user",
                    "id": "65f2c0d1e2f3a4b5c6d7e8f9",
                    "name": "Owen Gallagher",
                },
            },
            "conversation_parts": {
                "type": "conversation_part.list",
                "conversation_parts": [
                    {
                        "type": "conversation_part",
                        "id": "31234569010",
                        "part_type": "comment",
                        "body": "<p>Thanks Owen, someone from billing will call you today.</p>",
                        "created_at": 1710427300,
                        "author": {"type": "admin", "id": "5432110", "name": "Billing Team"},
                    }
                ],
                "total_count": 1,
            },
        },
        {
            ("source.body", "PHONE"),
            ("source.author.name", "NAME"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("source.id", "*"),
            ("conversation_parts.conversation_parts[0].author.name", "*"),
            ("conversation_parts.conversation_parts[0].created_at", "*"),
        },
        False,
    ),
    (
        "Dialogflow CX webhook request: sessionInfo parameters with given and last name",
        {
            "detectIntentResponseId": "5e3c1a9f-7b2d-4e8f-a6c0-3e1f9d7b5a2c",
            "intentInfo": {
                "lastMatchedIntent": "projects/hosp-voice-prod/locations/global/agents/"
                "a1b2c3d4/intents/8f7e6d5c",
                "displayName": "appointment.cancel",
                "confidence": 0.97,
            },
            "pageInfo": {
                "currentPage": ""
                "projects/hosp-voice-prod/locations/global/agents/a1b2c3d4/flows/00000000-0000-0000-0000-000000000000/pages/5c4b3a29",
                "displayName": "Cancel - Confirm",
            },
            "sessionInfo": {
                "session": "projects/hosp-voice-prod/locations/global/agents/a1b2c3d4/"
                "sessions/dfMessenger-3312987",
                "parameters": {
                    "given-name": "Evelyn",
                    "last-name": "Castillo",
                    "appointment_date": "2024-03-21",
                    "appointment_type": "mammogram",
                },
            },
            "fulfillmentInfo": {"tag": "cancel_appointment"},
            "text": "cancel my mammogram on the 21st",
            "languageCode": "en",
        },
        {
            ("sessionInfo.parameters.given-name", "NAME"),
            ("sessionInfo.parameters.last-name", "NAME"),
            ("sessionInfo.parameters.appointment_date", "DATE"),
            ("sessionInfo.parameters.appointment_type", "PROCEDURE"),
            ("text", "PROCEDURE"),
        },
        {
            ("detectIntentResponseId", "*"),
            ("intentInfo.lastMatchedIntent", "*"),
            ("intentInfo.displayName", "*"),
            ("intentInfo.confidence", "*"),
            ("pageInfo.currentPage", "*"),
            ("sessionInfo.session", "*"),
            ("fulfillmentInfo.tag", "*"),
        },
        True,
    ),
    (
        "OpenAI Chat Completions request log (JSONL): user message with SSN, model params",
        {
            "request_id": "req_7f3a9c1e5b2d4f6a8c0e2a4c6e8a0c2e",
            "timestamp": "2024-03-14T23:10:05.331Z",
            "endpoint": "/v1/chat/completions",
            "request": {
                "model": "gpt-4o-2024-08-06",
                "temperature": 0.2,
                "max_tokens": 512,
                "messages": [
                    {
                        "role": "system",
                        "content": "You help patients of Lakeside Health complete billing forms.",
                    },
                    {
                        "role": "user",
                        "content": "for the financial assistance form my SSN is 219-09-9999? "
                        "wait no it's 287-65-4321. I'm on dialysis so I can't work",
                    },
                ],
            },
            "response": {
                "id": "chatcmpl-9Kz7Qw1Er2Ty3Ui4Op5As6Df",
                "usage": {"prompt_tokens": 211, "completion_tokens": 88},
            },
            "latency_ms": 2210,
            "status_code": 200,
        },
        {
            ("request.messages[1].content", "SSN"),
            ("request.messages[1].content", "HEALTH"),
        },
        {
            ("request_id", "*"),
            ("timestamp", "*"),
            ("request.model", "*"),
            ("request.temperature", "*"),
            ("request.max_tokens", "*"),
            ("request.messages[0].content", "*"),
            ("response.id", "*"),
            ("latency_ms", "*"),
            ("status_code", "*"),
        },
        True,
    ),
    (
        "LivePerson Messaging Interactions record: clean directions chat, agent named",
        {
            "info": {
                "conversationId": "1c3e5a7b-9d2f-4b6a-8c1e-3a5c7e9b1d3f",
                "brandId": "71234567",
                "startTime": "2024-03-14 10:01:12.004+0000",
                "startTimeL": 1710410472004,
                "latestAgentFullName": "Jordan Ellis",
                "latestSkillName": "General",
                "status": "CLOSE",
            },
            "messageRecords": [
                {
                    "type": "TEXT_PLAIN",
                    "messageData": {"msg": {"text": "is the north campus entrance open on sunday"}},
                    "messageId": "ms::conv:1c3e5a7b-9d2f-4b6a-8c1e-3a5c7e9b1d3f::msg:0",
                    "sentBy": "Consumer",
                    "timeL": 1710410472004,
                },
                {
                    "type": "TEXT_PLAIN",
                    "messageData": {
                        "msg": {
                            "text": "Yes, the north entrance is open 24/7 for the emergency "
                            "department."
                        }
                    },
                    "messageId": "ms::conv:1c3e5a7b-9d2f-4b6a-8c1e-3a5c7e9b1d3f::msg:1",
                    "sentBy": "Agent",
                    "timeL": 1710410490133,
                },
            ],
            "consumerParticipants": [{"participantId": "0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e"}],
        },
        set(),
        {
            ("info.conversationId", "*"),
            ("info.startTime", "*"),
            ("messageRecords[0].messageData.msg.text", "*"),
            ("messageRecords[0].messageId", "*"),
            # the consumer's participant id is LivePerson's id of the person: OTHER_ID fair
        },
        False,
    ),
    (
        "Amazon Lex V2 conversation log: text channel, insurance card number in a slot",
        {
            "messageVersion": "2.0",
            "bot": {
                "id": "FGHIJ67890",
                "name": "PharmacyHelper",
                "aliasId": "PRDALIAS01",
                "localeId": "en_US",
                "version": "3",
            },
            "sessionId": "web-5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a",
            "requestId": "9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a",
            "inputMode": "Text",
            "inputTranscript": "BCBS member number XOF884129301",
            "sessionState": {
                "intent": {
                    "name": "CheckCoverage",
                    "state": "InProgress",
                    "slots": {
                        "MemberId": {
                            "value": {
                                "originalValue": "XOF884129301",
                                "interpretedValue": "XOF884129301",
                                "resolvedValues": [],
                            }
                        },
                        "DrugName": {
                            "value": {
                                "originalValue": "ozempic",
                                "interpretedValue": "Ozempic",
                                "resolvedValues": ["semaglutide"],
                            }
                        },
                    },
                },
                "sessionAttributes": {"channel": "web", "abVariant": "B"},
            },
            "interpretations": [{"intent": {"name": "CheckCoverage"}, "nluConfidence": 0.99}],
            "timestamp": "2024-03-14T22:30:01.004Z",
        },
        {
            ("inputTranscript", "HEALTH_PLAN_ID"),
            ("sessionState.intent.slots.MemberId.value.originalValue", "HEALTH_PLAN_ID"),
            ("sessionState.intent.slots.MemberId.value.interpretedValue", "HEALTH_PLAN_ID"),
            ("sessionState.intent.slots.DrugName.value.interpretedValue", "MEDICATION"),
            ("sessionState.intent.slots.DrugName.value.resolvedValues[0]", "MEDICATION"),
        },
        {
            ("bot.id", "*"),
            ("bot.aliasId", "*"),
            ("sessionId", "*"),
            ("requestId", "*"),
            ("sessionState.sessionAttributes.abVariant", "*"),
            ("interpretations[0].nluConfidence", "*"),
            ("timestamp", "*"),
        },
        True,
    ),
    (
        "Zendesk ticket comments export (AI agent hand-off): end-user comment with address",
        {
            "ticket_id": 884213,
            "via": {"channel": "web_widget", "source": {"rel": "answer_bot"}},
            "comments": [
                {
                    "id": 29481733551,
                    "type": "Comment",
                    "author_id": 412009871234,
                    "body": "Please send the lab results to my new address: 4417 N Winchester "
                    "Ave, Chicago, IL 60640. Thanks, Beatriz Souza",
                    "public": True,
                    "created_at": "2024-03-14T18:01:55Z",
                    "metadata": {
                        "system": {
                            "client": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)",
                            "ip_address": "98.212.44.170",
                            "location": "Chicago, IL, United States",
                        }
                    },
                },
                {
                    "id": 29481733552,
                    "type": "Comment",
                    "author_id": 398112233445,
                    "body": "Hi Beatriz, I've updated your address. Your results are in the "
                    "portal. — Answer Bot",
                    "public": True,
                    "created_at": "2024-03-14T18:02:03Z",
                },
            ],
        },
        {
            ("comments[0].body", "LOCATION"),
            ("comments[0].body", "NAME"),
            ("comments[0].body", "HEALTH"),
            ("comments[0].metadata.system.ip_address", "IP_ADDRESS"),
        },
        {
            ("ticket_id", "*"),
            ("comments[0].id", "*"),
            ("comments[0].author_id", "HEALTH"),
            ("comments[0].created_at", "*"),
            ("comments[0].metadata.system.client", "*"),
            ("comments[1].id", "*"),
            ("comments[1].created_at", "*"),
        },
        True,
    ),
]


#: What the detector work left open, by record name: ``(still open, why)``. These rows
#: leave SHAPES for LEFT_ALONE (test_left_alone_decisions_still_hold).
_OPEN = {
    "Intercom conversation export: visiting-hours FAQ resolved by Fin, anonymous lead": (
        {("conversation_parts.conversation_parts[0].body", "PHONE")},
        "a bot's canned answer names the clinic's line, but without the system prompt in the "
        "record nothing says whose number it is: a bot also repeats the user's own number "
        "('I have 614-882-1937 for you'), so a phone in a bot turn stays a finding; "
        "detectors/bot_contacts.py clears it only where the record's prompt names it",
    ),
    "Zendesk AI agent (Ultimate) conversation export: clean order-status flow": (
        {("messages[1].text", "PHONE")},
        "the same: the portal-support line in a BOT message, no prompt in the export",
    ),
    "Botpress-style bot flow config: nodes with canned text naming the clinic": (
        {("nodes[0].text", "PHONE")},
        "a flow node's ``text`` is the bot's script, but ``nodes[].text`` is too generic a "
        "path to call configuration by name (a transcript's ``nodes`` exist too)",
    ),
    "Dialogflow ES webhook request: scheduling intent with person, date and phone": (
        {("queryResult.parameters.date-time", "DATE")},
        "``date-time`` is Dialogflow's system entity; elsewhere a ``date_time`` column is a "
        "log's machine time, and the field names no visit. The record is PHI by its name "
        "and phone all the same",
    ),
    "Amazon Connect Contact Lens output: customer turn with an insurance member number": (
        {("CustomerMetadata.ContactId", "OTHER_ID")},
        "Connect's ``ContactId`` is one call's id, but Salesforce's ``ContactId`` is a "
        "person's record: the name alone cannot tell them apart, and the project reads a "
        "contact's id as OTHER_ID",
    ),
    "OpenAI-style transcript: telehealth intake, mental health, user gives email in text": (
        {("messages[1].content", "NAME")},
        "the bot introduces itself ('Hi, I'm Sage, MindWell's intake assistant'): a persona "
        "name after the self cue reads as a given name. Telling the speaker's own name in "
        "a bot turn from a person it names would need the cue detectors to read the turn's "
        "role; left for now (the record is PHI by its condition and email)",
    ),
    "Zendesk ticket comments export (AI agent hand-off): end-user comment with address": (
        {("comments[0].body", "HEALTH")},
        "'lab results' is health context, but the vocabulary has no such entry: adding one "
        "is a rebuild of the shipped vocabulary (detectors/vocab_build.py), left to its "
        "owner. The name, address and IP are found",
    ),
}

SHAPES = [row for row in _PROBED if row[0] not in _OPEN]

HELD_OUT = [
    (
        "Anthropic-style messages log: tool_use block with patient name and DOB",
        {
            "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
            "model": "claude-3-5-sonnet-20241022",
            "stop_reason": "tool_use",
            "system": "You are the scheduling assistant for Harbor Pediatrics, 88 Bay Road, "
            "Portland, ME 04101, phone (207) 555-0110.",
            "messages": [
                {
                    "role": "user",
                    "content": [
                        {
                            "type": "text",
                            "text": "hi this is Naomi Adler, my daughter Ruby needs her "
                            "MMR vaccine, she was born 5/30/2019",
                        }
                    ],
                },
                {
                    "role": "assistant",
                    "content": [
                        {
                            "type": "tool_use",
                            "id": "toolu_01A09q90qw90lq917835lq9",
                            "name": "book_visit",
                            "input": {
                                "child_name": "Ruby Adler",
                                "child_dob": "2019-05-30",
                                "guardian_name": "Naomi Adler",
                                "visit_type": "MMR vaccine",
                            },
                        }
                    ],
                },
            ],
            "usage": {"input_tokens": 1893, "output_tokens": 77},
        },
        {
            ("messages[0].content[0].text", "NAME"),
            ("messages[0].content[0].text", "DATE"),
            ("messages[0].content[0].text", "HEALTH"),
            ("messages[1].content[0].input.child_name", "NAME"),
            ("messages[1].content[0].input.child_dob", "DATE"),
            ("messages[1].content[0].input.guardian_name", "NAME"),
        },
        {
            ("id", "*"),
            ("model", "*"),
            ("system", "*"),
            ("messages[1].content[0].id", "*"),
            ("usage.input_tokens", "*"),
        },
        True,
    ),
    (
        "OpenAI-style transcript: clean hours question, canned answer with clinic address",
        {
            "conversation_id": "conv_01HR1B2C3D4E5F6G7H8J9K0M1N",
            "created_at": "2024-03-15T08:01:00.000Z",
            "model": "gpt-4o-2024-08-06",
            "messages": [
                {"role": "system", "content": SYSTEM_PROMPT},
                {"role": "user", "content": "are you open on good friday"},
                {
                    "role": "assistant",
                    "content": "Yes! Riverside Family Medicine at 1200 Oak Street is open "
                    "8am-5pm on Good Friday. You can reach the front desk at (614) 555-0142.",
                },
            ],
            "usage": {"prompt_tokens": 870, "completion_tokens": 40, "total_tokens": 910},
        },
        set(),
        {
            ("messages[0].content", "*"),
            ("messages[1].content", "*"),
            ("messages[2].content", "PHONE"),
            ("created_at", "*"),
            ("model", "*"),
        },
        False,
    ),
    (
        "Intercom conversation export: Fin captures attributes (phone, reason) in a form",
        {
            "type": "conversation",
            "id": "198765432110777",
            "created_at": 1710500000,
            "source": {
                "type": "conversation",
                "id": "2187656100",
                "body": "<p>I want to book a sleep study</p>",
                "author": {
                    "type": "user",
                    "id": "65f3a0b1c2d3e4f5a6b7c8d9",
                    "name": "Darnell Hughes",
                    "email": "dhughes@comcast.net",
                },
            },
            "conversation_parts": {
                "type": "conversation_part.list",
                "conversation_parts": [
                    {
                        "type": "conversation_part",
                        "id": "31234570001",
                        "part_type": "conversation_attribute_updated_by_workflow",
                        "body": None,
                        "created_at": 1710500030,
                        "author": {"type": "bot", "id": "6124567", "name": "Fin"},
                    }
                ],
                "total_count": 1,
            },
            "custom_attributes": {
                "Callback phone": "(503) 284-7719",
                "Reason for visit": "suspected sleep apnea",
                "Preferred location": "Beaverton",
            },
        },
        {
            ("source.body", "HEALTH"),
            ("source.author.name", "NAME"),
            ("source.author.email", "EMAIL"),
            ("custom_attributes.Callback phone", "PHONE"),
            ("custom_attributes.Reason for visit", "HEALTH_CONDITION"),
        },
        {
            ("id", "*"),
            ("created_at", "*"),
            ("conversation_parts.conversation_parts[0].author.name", "*"),
            ("conversation_parts.conversation_parts[0].id", "*"),
        },
        True,
    ),
    (
        "Infermedica-like session with a logged-in user's email, UTI symptoms",
        {
            "interview_id": "a9b8c7d6-e5f4-4a3b-9c2d-1e0f9a8b7c6d",
            "user": {"email": "m.delgado@hotmail.com", "account_id": "acct_771203"},
            "sex": "female",
            "age": {"value": 27},
            "evidence": [
                {
                    "id": "s_1764",
                    "choice_id": "present",
                    "source": "initial",
                    "name": "painful urination",
                },
                {"id": "s_1333", "choice_id": "present", "name": "frequent urination"},
            ],
            "conditions": [
                {
                    "id": "c_179",
                    "name": "Cystitis",
                    "common_name": "Bladder infection",
                    "probability": 0.7412,
                }
            ],
            "triage": {"triage_level": "consultation"},
        },
        {
            ("user.email", "EMAIL"),
            ("evidence[0].name", "HEALTH_CONDITION"),
            ("conditions[0].name", "HEALTH_CONDITION"),
            ("conditions[0].common_name", "HEALTH_CONDITION"),
        },
        {
            ("interview_id", "*"),
            ("age.value", "*"),
            ("evidence[0].id", "*"),
            ("conditions[0].id", "*"),
            ("conditions[0].probability", "*"),
            ("triage.triage_level", "*"),
        },
        True,
    ),
    (
        "Dialogflow ES fulfillment log: clean directions intent, sys.geo-city parameter",
        {
            "responseId": "1b3d5f7a-9c2e-4a6c-8e0a-2c4e6a8c0e2a-a14fa99c",
            "session": ""
            "projects/riverside-scheduler-prod/agent/sessions/9d8c7b6a-5f4e-4d3c-2b1a-0f9e8d7c6b5a",
            "queryResult": {
                "queryText": "how do I get to the lab from the parking garage",
                "parameters": {"location": ""},
                "intent": {"displayName": "faq.directions"},
                "intentDetectionConfidence": 0.81,
                "fulfillmentText": "The lab is on level 2, take the elevator by the garage "
                "entrance.",
                "languageCode": "en",
            },
        },
        set(),
        {
            ("responseId", "*"),
            ("session", "*"),
            ("queryResult.queryText", "*"),
            ("queryResult.intent.displayName", "*"),
            ("queryResult.intentDetectionConfidence", "*"),
            ("queryResult.fulfillmentText", "*"),
        },
        False,
    ),
    (
        "Google CCAI transcript: voicebot caller gives name and a member ID, STT words",
        {
            "name": "projects/412345678901/locations/us-central1/conversations/8823104476651030001",
            "medium": "PHONE_CALL",
            "createTime": "2024-03-15T13:12:00.000Z",
            "transcript": {
                "transcriptSegments": [
                    {
                        "text": "my name is Victor Nguyen and I want to know if my "
                        "UnitedHealthcare plan covers physical therapy",
                        "confidence": 0.87,
                        "channelTag": 1,
                        "words": [
                            {
                                "word": "my",
                                "startOffset": "0.100s",
                                "endOffset": "0.250s",
                                "confidence": 0.98,
                            },
                            {
                                "word": "name",
                                "startOffset": "0.250s",
                                "endOffset": "0.500s",
                                "confidence": 0.97,
                            },
                        ],
                    },
                    {
                        "text": "member ID nine one two three four five six seven eight",
                        "confidence": 0.79,
                        "channelTag": 1,
                    },
                ]
            },
        },
        {
            ("transcript.transcriptSegments[0].text", "NAME"),
            ("transcript.transcriptSegments[0].text", "PROCEDURE"),
        },
        {
            ("name", "*"),
            ("createTime", "*"),
            ("transcript.transcriptSegments[0].confidence", "*"),
            ("transcript.transcriptSegments[0].words[0].startOffset", "*"),
            ("transcript.transcriptSegments[0].words[0].confidence", "*"),
        },
        True,
    ),
    (
        "Conversation analytics export (JSON): LLM summary with name, condition, callback",
        {
            "conversationId": "7e5c3a1f-9d7b-4f2e-8c6a-4e2c0a8f6d4b",
            "summary": {
                "text": "Jasmine Ortiz called about worsening asthma after her albuterol ran "
                "out. Requested a callback at 312-645-9920.",
                "model": "gpt-4o-mini-2024-07-18",
                "generatedAt": "2024-03-15T10:14:22Z",
                "tokens": 88,
            },
            "topics": ["prescription refill", "urgent"],
            "agent": {"id": "ag_00412", "displayName": "Riverside Voice Assistant"},
            "metrics": {"handleTimeSec": 211, "holdTimeSec": 0, "sentiment": -0.42},
        },
        {
            ("summary.text", "NAME"),
            ("summary.text", "HEALTH_CONDITION"),
            ("summary.text", "MEDICATION"),
            ("summary.text", "PHONE"),
        },
        {
            ("conversationId", "*"),
            ("summary.model", "*"),
            ("summary.generatedAt", "*"),
            ("summary.tokens", "*"),
            ("agent.id", "*"),
            ("agent.displayName", "*"),
            ("metrics.sentiment", "*"),
        },
        True,
    ),
    (
        "Amazon Lex V2 bot export: slot type and utterances with {FirstName} placeholders",
        {
            "intentName": "BookAppointment",
            "description": "Books a visit",
            "sampleUtterances": [
                {"utterance": "I'd like to book an appointment"},
                {"utterance": "my name is {FirstName} {LastName}"},
                {"utterance": "book me for {Date} at {Time}"},
            ],
            "slotPriorities": [{"priority": 1, "slotId": "ABCD1234EF"}],
            "intentClosingSetting": {
                "closingResponse": {
                    "messageGroups": [
                        {
                            "message": {
                                "plainTextMessage": {
                                    "value": "You're all set. Call 1-800-555-0199 to change it."
                                }
                            }
                        }
                    ]
                }
            },
            "lastUpdatedDateTime": "2024-02-28T17:00:00Z",
            "version": "DRAFT",
        },
        set(),
        {
            ("intentName", "*"),
            ("sampleUtterances[1].utterance", "*"),
            ("sampleUtterances[2].utterance", "*"),
            ("slotPriorities[0].slotId", "*"),
            (
                "intentClosingSetting.closingResponse.messageGroups[0].message.plainTextMessage.value",
                "PHONE",
            ),
            ("lastUpdatedDateTime", "*"),
        },
        False,
    ),
    (
        "Salesforce MessagingSession / ConversationEntry export rows (nested): SMS bot",
        {
            "attributes": {
                "type": "MessagingSession",
                "url": "/services/data/v60.0/sobjects/MessagingSession/0Mw8c000000AbCdCAK",
            },
            "Id": "0Mw8c000000AbCdCAK",
            "Status": "Ended",
            "ChannelType": "Text",
            "MessagingEndUser": {"Name": "+17085551234", "MessagingPlatformKey": "+17082319054"},
            "ConversationEntries": [
                {
                    "Id": "0XE8c0000001aBcGAI",
                    "ActorType": "Chatbot",
                    "ActorName": "Lakeside Helper",
                    "Message": "Hi! Reply with your question.",
                    "EntryTime": "2024-03-15T12:00:01.000+0000",
                },
                {
                    "Id": "0XE8c0000001aBdGAI",
                    "ActorType": "EndUser",
                    "ActorName": "+17082319054",
                    "Message": "need to cancel my chemo infusion tomorrow",
                    "EntryTime": "2024-03-15T12:00:44.000+0000",
                },
            ],
        },
        {
            ("MessagingEndUser.MessagingPlatformKey", "PHONE"),
            ("ConversationEntries[1].ActorName", "PHONE"),
            ("ConversationEntries[1].Message", "HEALTH"),
        },
        {
            ("Id", "*"),
            ("attributes.url", "*"),
            ("ConversationEntries[0].Id", "*"),
            ("ConversationEntries[0].ActorName", "*"),
            ("ConversationEntries[0].Message", "*"),
            ("ConversationEntries[0].EntryTime", "*"),
        },
        True,
    ),
    (
        "Chat widget feedback (CSV row): thumbs down, comment with a name and no health",
        {
            "Feedback ID": "9921",
            "Conversation ID": "b3c4d5e6-f7a8-4b9c-8d0e-1f2a3b4c5d6e",
            "Rating": "👎",
            "Comment": "the bot couldn't find my appointment. - Frank DeLuca",
            "Submitted At": "2024-03-15 09:41:12",
            "Bot Version": "2024.03.2",
        },
        {
            ("Comment", "NAME"),
        },
        {
            ("Feedback ID", "*"),
            ("Conversation ID", "*"),
            ("Submitted At", "*"),
            ("Bot Version", "*"),
            ("Rating", "*"),
        },
        False,
    ),
    (
        "LivePerson conversation: consumer types DOB and oncology question, bot agent named",
        {
            "info": {
                "conversationId": "4d6f8a0c-2e4a-4c6e-8a0c-2e4a6c8e0a2c",
                "startTime": "2024-03-15 11:00:00.000+0000",
                "latestAgentFullName": "Lakeside Virtual Assistant",
                "latestAgentLoginName": "lakeside_bot",
                "mcs": 12,
            },
            "messageRecords": [
                {
                    "type": "TEXT_PLAIN",
                    "messageData": {
                        "msg": {
                            "text": "my husband Peter Lund (dob 01/15/1950) has his "
                            "chemotherapy on friday, can I come with him"
                        }
                    },
                    "messageId": "ms::conv:4d6f8a0c-2e4a-4c6e-8a0c-2e4a6c8e0a2c::msg:0",
                    "sentBy": "Consumer",
                    "timeL": 1710500400000,
                }
            ],
        },
        {
            ("messageRecords[0].messageData.msg.text", "NAME"),
            ("messageRecords[0].messageData.msg.text", "DATE"),
            ("messageRecords[0].messageData.msg.text", "PROCEDURE"),
        },
        {
            ("info.conversationId", "*"),
            ("info.startTime", "*"),
            ("info.latestAgentFullName", "*"),
            ("info.latestAgentLoginName", "*"),
            ("messageRecords[0].messageId", "*"),
            ("messageRecords[0].timeL", "*"),
        },
        True,
    ),
]

LEFT_ALONE = [(*row, *_OPEN[row[0]]) for row in _PROBED if row[0] in _OPEN]
assert len(LEFT_ALONE) == len(_OPEN)


test_conversational_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)


def main() -> None:
    """Print the probe's figures: ``python -c 'from tests.test_conversational_logs import main;
    main()'`` from the worktree root (with tests/ on sys.path)."""
    from helpers import score_record

    from detectors import Engine, EngineConfig

    engine = Engine(EngineConfig(ner=False))
    for label, rows in (("SHAPES", SHAPES), ("HELD_OUT", HELD_OUT)):
        print(label, shape_totals(engine, rows))
    for name, record, want, must_not, phi in _PROBED:
        m, f, got = score_record(engine, record, want, must_not)
        if m or f or got is not phi:
            print(f"- {name}\n  misses={m}\n  false={f}\n  phi={got} want={phi}")


#: The probe's figures when the detector work stopped (SHAPES and LEFT_ALONE together, 34
#: records): a change that loses recall or precision on chat logs fails here. Before the
#: work (blind): 7 misses, 24 false findings, 18 records read wrong.
#: HELD_OUT (11 records), scored once blind when the work stopped: 1 miss, 4 false findings,
#: 2 records wrong (before the work, totals only: 1 / 10 / 5). Then fixed: Anthropic's
#: top-level ``system`` prompt and a Lex bot definition's ``plainTextMessage`` (machine
#: fields); and one label: ``"PROCEDURE|HEALTH"`` was meant as any health entity, but the
#: helpers read it as PROCEDURE or a literal HEALTH, so it is ``"HEALTH"`` now (an "MMR
#: vaccine" is found as a MEDICATION). Labels corrected after the first run, both by the
#: staff decision in the module doc: LivePerson participant ids (the agent's, the
#: consumer's) are neither must-find nor must-not.
#: Tightened at the thirteenth round's merge: the urgent-care probe's rules closed the bot
#: analytics aggregate's bare ``date`` (a ``median``/percentile measure or a time bucket makes a
#: row an aggregate, detectors/aggregate_reports.py).
FLOORS = ShapeTotals(expected=108, misses=2, false=5, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + [r[:5] for r in LEFT_ALONE], FLOORS)
