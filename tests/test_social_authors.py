"""The poster's handle, name and account id in social and review exports
(:mod:`detectors.social_authors`), and the organisation accounts that are no one."""

from __future__ import annotations

import pytest
from helpers import found_fields

from detectors import Engine, EngineConfig
from detectors.social_authors import Kind, author_field


@pytest.fixture(scope="module")
def engine() -> Engine:
    return Engine(EngineConfig(ner=False, detectors=("field_name", "social_authors")))


POSITIVES = [
    # Brandwatch: a handle in the bare ``Author`` column
    ({"Author": "jess_runs513", "Full Text": "x"}, {("Author", "ONLINE_ID")}),
    # Reddit's ``u/`` form and its account key
    (
        {"author": "u/flaky_but_fine_88", "author_fullname": "t2_9x8y7z6w"},
        {("author", "ONLINE_ID"), ("author_fullname", "ONLINE_ID")},
    ),
    # Sprout listening: a name-shaped Author beside a handle column is the poster's name
    (
        {"Author": "Tanya Brooks", "Author Handle": "@tanyab.momof3", "Followers": "1,284"},
        {("Author", "NAME"), ("Author Handle", "ONLINE_ID")},
    ),
    ({"Influencer": "@dmorales77"}, {("Influencer", "ONLINE_ID")}),
    ({"Twitter Screen Name": "Daniel Morales"}, {("Twitter Screen Name", "NAME")}),
    ({"Customer Handle": "robert.haynes.921"}, {("Customer Handle", "ONLINE_ID")}),
    ({"Reviewer": "Denise Kowalski"}, {("Reviewer", "NAME")}),
    ({"reviewerDisplayName": "KarenM62"}, {("reviewerDisplayName", "ONLINE_ID")}),
    # a review site's nickname: a handle (a name-shaped one is the field-name rule's NAME)
    ({"Nickname": "runner_mom_22"}, {("Nickname", "ONLINE_ID")}),
    ({"reviewerNickname": "Karen M"}, {("reviewerNickname", "NAME")}),
    # Graph API comment: the commenter's name and app-scoped id
    (
        {"from": {"name": "Linda Moreno", "id": "6723451198273645"}},
        {("from.name", "NAME"), ("from.id", "OTHER_ID")},
    ),
    # Messenger / Instagram webhook: the sender's id
    ({"sender": {"id": "6543210987654321"}}, {("sender.id", "OTHER_ID")}),
    # YouTube: display name and channel id (its ``value`` wrapper)
    (
        {
            "authorDisplayName": "@MarthaKline-x3t",
            "authorChannelId": {"value": "UCa1B2c3D4e5F6g7H8i9J0kL"},
        },
        {("authorDisplayName", "ONLINE_ID"), ("authorChannelId.value", "ONLINE_ID")},
    ),
    # Talkwalker's author object
    (
        {"extra_author_attributes": {"id": "inspire_user_4471129", "short_name": "garyl_b"}},
        {
            ("extra_author_attributes.id", "OTHER_ID"),
            ("extra_author_attributes.short_name", "ONLINE_ID"),
        },
    ),
    # X API v2: a person's tweet and its expansion
    (
        {
            "author_id": "1399887766554433221",
            "includes": {
                "users": [
                    {"id": "1399887766554433221", "name": "Priya N.", "username": "priyan_ms"}
                ]
            },
        },
        {
            ("author_id", "OTHER_ID"),
            ("includes.users[0].id", "OTHER_ID"),
            ("includes.users[0].name", "NAME"),
            ("includes.users[0].username", "ONLINE_ID"),
        },
    ),
    # Sprout Smart Inbox: an @handle in ``From`` makes the export social, so ``From Name``
    # is the sender's name
    (
        {"From": "@dana.k.photos", "From Name": "Dana Kruger"},
        {("From", "ONLINE_ID"), ("From Name", "NAME")},
    ),
]

NEGATIVES = [
    # the health system's own account: its name, handle and id are no one's
    {
        "author_id": "98765432",
        "includes": {
            "users": [{"id": "98765432", "name": "Lakeside Health", "username": "LakesideHealth"}]
        },
    },
    {"Author": "NorthShoreHlth", "Full Name": "North Shore Health", "Twitter Author ID": "98765"},
    {"from": {"name": "Lakeside Health System", "id": "104558812233445"}},
    {"comments": [{"authorName": "North Shore Health", "authorRole": "BUSINESS_OWNER"}]},
    # one plain word as an email sender's display name is no handle (tests/test_senders.py)
    {"from": {"email": "noreply@clinic.org", "name": "Clinic"}},
    {"includes": {"users": [{"name": "Lakeside"}]}},
    # a byline in a blog or news export (no social field beside it) is not read as a name
    {"author": "Sarah Thompson", "title": "Five signs of a stroke"},
    # a bare ``From`` is an email address or a phone number in most exports
    {"From": "+14155550142"},
    {"From": "Lakeside Health <news@lakesidehealth.org>"},
    {"From Name": "Megan at Lakeside"},
    # platform placeholders
    {"reviewer": {"displayName": "A Google User", "isAnonymous": True}},
    {"author": "[deleted]"},
    {"Reviewer": "Anonymous"},
    # the company's staff
    {"Assignee": "Kelsey Park", "Customer Handle": "x"},
    {"Assigned To": "Kelsey Park", "Completed By": "Kelsey Park"},
    # an app's screen, Shopify's product handle, a Twilio Conversations author (a phone)
    {"device": {"unified_screen_name": "Find a Doctor"}},
    {"Handle": "blue-compression-socks", "Title": "Compression socks"},
    {"author": "+13125550166"},
    # ids of posts, channels and videos
    {"snippet": {"channelId": "UCq7Lakeside9HealthVid3oA", "videoId": "h3Xk9pQ2LmA"}},
    {"id": "104558812233445_877665544332211_1122334455667788", "parent_id": "t3_1bf9q0z"},
    # a processor's price or plan: its nickname is the product's label
    {"object": "price", "nickname": "Semaglutide Monthly", "unit_amount": 29900},
    {"price": {"id": "price_1", "nickname": "Tirzepatide Monthly", "unit_amount": 44900}},
    {"plan": {"nickname": "Weight Care Plus", "amount": 19900, "interval": "month"}},
]


@pytest.mark.parametrize(("record", "expected"), POSITIVES)
def test_positives(engine: Engine, record: dict, expected: set) -> None:
    assert found_fields(engine, record) == expected


@pytest.mark.parametrize("record", NEGATIVES)
def test_hard_negatives(engine: Engine, record: dict) -> None:
    found = found_fields(engine, record)
    assert not {f for f in found if f[1] in {"NAME", "ONLINE_ID", "OTHER_ID"}}, found


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("Author", Kind.BYLINE),
        ("Author Handle", Kind.HANDLE),
        ("from", Kind.AT_HANDLE),
        ("From Name", Kind.FROM_NAME),
        ("from.id", Kind.ACCOUNT_ID),
        ("author_id", Kind.ACCOUNT_ID),
        ("Twitter Author ID", Kind.ACCOUNT_ID),
        ("from.name", Kind.DISPLAY_NAME),
        ("reviewerDisplayName", Kind.DISPLAY_NAME),
        ("author_fullname", Kind.ACCOUNT_KEY),
        ("snippet.topLevelComment.snippet.authorChannelId.value", Kind.ACCOUNT_KEY),
        ("Handle", None),
        ("Assignee", None),
        ("campaign_author_id", None),
        ("device.unified_screen_name", None),
    ],
)
def test_author_fields(path: str, kind: Kind | None) -> None:
    assert author_field(path) is kind


@pytest.mark.parametrize(
    ("record", "expected"),
    [
        # a website chat's transcript says which side wrote each line
        # (tests/test_addiction_admissions_vob.py): a role, no account
        ({"messages": [{"author": "visitor", "text": "hello"}]}, set()),
        ({"messages": [{"author": "agent", "text": "hi"}]}, set()),
        ({"messages": [{"author": "bot", "text": "How can I help?"}]}, set()),
        ({"transcript": [{"author": "System", "text": "Chat started"}]}, set()),
        # a poster's handle in the same field still is one
        (
            {"comments": [{"author": "jess_runs513", "text": "hi"}]},
            {("comments[0].author", "ONLINE_ID")},
        ),
    ],
)
def test_a_chat_lines_role_is_no_author(engine: Engine, record: dict, expected: set) -> None:
    found = {f for f in found_fields(engine, record) if f[0].endswith("author")}
    assert found == expected
