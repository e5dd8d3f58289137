"""Patient communities, caregiving journals and medical crowdfunding exports.

A blind probe, written by hand before reading the detectors: what a patient-community
platform's, a caregiving-journal site's or a crowdfunding platform's community, trust and
marketing teams export. Online community and forum exports (Discourse post and user
exports, Inspire- and PatientsLikeMe-like member profiles with conditions and treatments,
Circle member CSVs with ``Spaces``, a Reddit-like comment with its flair, private messages
and member-to-member chats), CaringBridge-like journal entries, guestbook messages and
update notifications, GoFundMe- and GiveSendGo-like campaign exports (title, organizer,
beneficiary, city, category, goal, story text about treatment), their donation rows
(donor name, email, amount, comment; anonymous donors), campaign updates and memorial
campaigns, Meetup RSVPs and member exports and Eventbrite attendees of diagnosis-specific
support groups, a Facebook group's membership-request answers, moderation logs,
helping-hands task sign-ups, newsletter engagement and a community site's GA4 row, with the
clean rows around them: topic listings, group directories, badge catalogs, reaction counts,
category statistics and payout summaries.

Each record names the ``(field, entity)`` findings it must have, those it must not have, and
whether it is PHI. ``"A|B"`` is either entity, ``"HEALTH"`` any health entity, must-not
``"*"`` any finding. Values are made up; field names and layouts are the tools'.

Decisions where the contract is silent (written blind, before reading the detectors):

- **A member's handle identifies the member.** A forum ``username``, a ``handle``, a
  ``nickname``, a Reddit ``author`` or a moderation log's ``target_user`` is ONLINE_ID (NAME
  is as fair a reading: ``"ONLINE_ID|NAME"``), as tests/test_social_and_reputation.py
  decided for posters; a display name shaped like a name is NAME; a platform's id of a
  person (a Meetup member id, a community ``user_id``) is ONLINE_ID or OTHER_ID. A single
  given name alone (``display_name`` = "Linda") is left unstated.
- **A member's post about their own or a relative's illness is health context of the
  record** ("my husband's glioblastoma came back"): the contract's rule is mechanical (an
  identifier and a health finding in one record), and the poster is tied to that illness.
  The same for a journal entry by a caregiver, a guestbook message to the patient, a
  campaign's story and a donor's comment that names the illness.
- **Joining a disease-named group is health context of the member**: ``Lupus Warriors``,
  ``Colon Cancer Survivors`` in a member's ``Spaces``, a group slug
  (``als-caregivers``, ``Columbus-Multiple-Sclerosis-Support``), a newsletter list named for
  a disease, as tests/test_community_events.py decided for registrations to a
  disease-specific event and the project for list and segment names. Caregiver groups are
  read the same way (the grief-support decision). A group's directory row, a topic listing
  or a campaign's payout summary that names a disease but no person is health without an
  identifier: not PHI.
- **A donor to a medical campaign**: the donor is identified (NAME, EMAIL, ZIP); the row
  is PHI when the row itself carries a health word (a comment "hope the chemo goes easy",
  "Robert's recovery from the stroke"), as tests/test_philanthropy.py made a gift to a
  cancer fund PHI. A donation row whose only link to the illness is a campaign id is
  identified, not PHI; a donation to a campaign that is not medical (a soccer team, a
  house fire) is identified, not PHI. ``Anonymous`` as a donor's name names nobody.
- **Campaign category ``Medical`` or ``Memorials``** is the platform's taxonomy: no finding.
  Goals, amounts raised, donation counts, fees and totals are never findings.
- **The platform's clocks are not a person's dates**: a post's ``created_at``, a donation's
  date, a join date, ``last_seen_at``, a notification's ``sent_at``, an RSVP's stamp, an
  event's start (the organiser's clock, tests/test_community_events.py), a group's creation
  date and a category report's day: no DATE (must not). Dates of care and death written in
  a story, a journal or an update ("on January 14, 2024 … suffered a massive stroke", "next
  scan is on November 12", "passed away on May 11, 2024"), a treatment's start date in a
  profile and a helper's ride to a radiation appointment (the appointment's date) are DATE.
  A diagnosis month (``2017-03``) is left unstated.
- **Moderators and platform staff are the platform's** (like agents and assignees
  elsewhere): a ``moderator`` handle, a staff account (``inspire_team``, "Inspire Team")
  and its announcement name nobody: must not. A suspended spammer's handle is still a
  handle (ONLINE_ID), and its IP address is IP_ADDRESS.
- **Community bookkeeping is no finding**: post, topic, group, badge, action, update,
  donation, campaign and fundraiser ids, slugs and permalinks without a person, trust
  levels, reaction and read counts, badge names (``Top Contributor``, ``Caregiver
  Champion``), points and ranks, ``staff``/``pinned`` flags, a member's sex.
- A clinician named in a post ("Dr. Feldman", "Dr. Alicia Moreno") is NAME, as the project
  decided for clinicians everywhere. The venue of a support group's meeting is the
  organiser's place: no LOCATION. A person's city on a campaign, a profile or a member
  export is LOCATION; a state alone is not.
- A CaringBridge-like site named for the patient (``site_name`` = "Maria Gonzalez") names the
  patient: NAME; an update notification's subject "New journal update for Liam Patel" too.
- An age over 89 in a member profile is AGE_OVER_89.

After reading the detectors no blind expectation was changed; three rows were stricter than
decisions the project had made (a bare ``Date`` column's date is reported, a bare
``member_id`` is read as a plan's member number) and are narrowed on top
(:data:`_DECIDED`). What the work built, each with its unit test: a member's ``handle``
and a member's or a profile's ``location`` under the person's object, a moderation log's
``target_user`` and ``reported_user`` as handles, a bare ``name`` beside a ``username``
(detectors/person_records.py), a fundraiser's organiser as a person (name parts under any
``organizer``, every field under a campaign's ``organizer``, a bare ``Organizer`` column
with a known given name) while an event host's stays the host's, a campaign's ``story``,
a member's ``intro`` and a ``journal_entry`` as free text whose dates are the person's
even under a ``campaign`` (detectors/dates.py), a couple's name joined by ``&`` ("Tom &
Linda Reyes") as one name, a community's join and visit stamps (``joined``, ``Member
since``, ``Last visited group``) as its bookkeeping, a community's badges after a relation
word ("Caregiver Champion") as no name, a platform's role accounts (``system``,
``inspire_team``, ``AutoModerator``) as no member's handle (detectors/online_ids.py), and
three vocabulary terms (``als caregiver``, ``radiation appointment``, ``radiation
session``). Seven records are left open (:data:`LEFT_ALONE`), each with its reason: bare
``author`` bylines, a title's tribute, a bare ``for``, Meetup's ``user 219884123`` ids, a
site named for its patient, a name beside a profile URL, a subject's name after "for".

Figures (misses / false findings / records wrong): SHAPES (30 records, 97 pairs), blind
21 / 5 / 15, after the work and the decisions 6 / 0 / 4 (all four in LEFT_ALONE).
HELD_OUT (10 records, 25 pairs), blind before any work 5 / 2 / 5; scored once after the
work on SHAPES: 5 / 2 / 5; after one rule that generalises (a platform's role accounts
are no member's handle) and the bare-date decision: 5 / 0 / 3 (all three in LEFT_ALONE).
"""

from __future__ import annotations

from helpers import ShapeTotals, assert_floors, probe_tests, with_decisions

# (name, record, must find {(field, entity)}, must not find {(field, entity | "*")}, PHI)
_ROWS = [
    (
        "Discourse post export: a wife's post about her husband's glioblastoma",
        {
            "id": 482913,
            "topic_id": 10347,
            "topic_slug": "husband-s-glioblastoma-came-back",
            "post_number": 3,
            "username": "hopeful_wife_72",
            "name": "Sandra Kowalski",
            "created_at": "2024-09-14T18:22:41.512Z",
            "raw": "My husband's glioblastoma came back on the last MRI. They want to start "
            "Avastin next week. Anyone been through this?",
            "reply_count": 4,
            "reads": 57,
            "like_count": 12,
            "trust_level": 1,
        },
        {("username", "ONLINE_ID|NAME"), ("name", "NAME"), ("raw", "HEALTH")},
        {
            ("id", "*"),
            ("topic_id", "*"),
            ("post_number", "*"),
            ("created_at", "*"),
            ("reply_count", "*"),
            ("reads", "*"),
            ("like_count", "*"),
            ("trust_level", "*"),
        },
        True,
    ),
    (
        "Discourse admin user export (CSV): a member of the ALS caregivers group",
        {
            "id": "2231",
            "name": "Marcus Bell",
            "username": "mbell_cares",
            "email": "marcus.bell@fastmail.com",
            "created_at": "2023-02-11 14:03:22 UTC",
            "last_seen_at": "2024-10-01 09:12:44 UTC",
            "trust_level": "2",
            "group_names": "als-caregivers;newsletter",
            "post_count": "143",
        },
        {
            ("name", "NAME"),
            ("username", "ONLINE_ID|NAME"),
            ("email", "EMAIL"),
            ("group_names", "HEALTH"),
        },
        {
            ("created_at", "*"),
            ("last_seen_at", "*"),
            ("trust_level", "*"),
            ("post_count", "*"),
        },
        True,
    ),
    (
        "Inspire-like member profile JSON: handle, city, conditions, communities, badges",
        {
            "member": {
                "handle": "SunnyDays58",
                "display_name": "Linda",
                "joined": "2019-06-03",
                "location": "Dayton, OH",
                "age": 66,
                "conditions": ["Type 2 diabetes", "Peripheral neuropathy"],
                "role": "Patient",
            },
            "communities": [{"id": 118, "name": "Diabetes Support"}],
            "badges": ["Top Contributor", "Mentor"],
        },
        {
            ("member.handle", "ONLINE_ID|NAME"),
            ("member.location", "LOCATION"),
            ("member.conditions[0]", "HEALTH"),
            ("member.conditions[1]", "HEALTH"),
            ("communities[0].name", "HEALTH"),
        },
        {
            ("member.joined", "DATE"),
            ("member.age", "*"),
            ("member.role", "*"),
            ("communities[0].id", "*"),
            ("badges[0]", "*"),
            ("badges[1]", "*"),
        },
        True,
    ),
    (
        "CaringBridge-like journal entry: a daughter's update on her mother's chemo",
        {
            "site_name": "Maria Gonzalez",
            "site_slug": "mariagonzalez",
            "author": "Elena Gonzalez",
            "title": "Round 4 done!",
            "body": "Mom finished round 4 of chemo at Ohio State today. Her next scan is on "
            "November 12. Thank you all for the meals.",
            "created": "2024-10-28T21:04:00-04:00",
            "hearts": 38,
            "comments": 11,
        },
        {
            ("site_name", "NAME"),
            ("author", "NAME"),
            ("body", "HEALTH"),
            ("body", "DATE"),
        },
        {("created", "*"), ("hearts", "*"), ("comments", "*")},
        True,
    ),
    (
        "CaringBridge-like guestbook message to the patient",
        {
            "site": "mariagonzalez",
            "guest_name": "Tom & Linda Reyes",
            "message": "Praying for you Maria, we heard the mastectomy went well. Sending love!",
            "posted_at": "2024-10-30T12:11:00Z",
            "hearts": 4,
        },
        {("guest_name", "NAME"), ("message", "HEALTH")},
        {("posted_at", "*"), ("hearts", "*")},
        True,
    ),
    (
        "GoFundMe-like campaign export (CSV): breast cancer, organizer and beneficiary",
        {
            "Campaign ID": "8472301",
            "Title": "Help Jenna Morales Fight Stage 3 Breast Cancer",
            "Organizer": "Kayla Morales",
            "Beneficiary": "Jenna Morales",
            "City": "Tucson",
            "State": "AZ",
            "Category": "Medical",
            "Goal": "50000",
            "Raised": "32415.00",
            "Donations": "412",
            "Created": "03/02/2024",
            "URL": "https://www.gofundme.com/f/help-jenna-fight-breast-cancer",
        },
        {
            ("Title", "HEALTH"),
            ("Title", "NAME"),
            ("Organizer", "NAME"),
            ("Beneficiary", "NAME"),
            ("City", "LOCATION"),
        },
        {
            ("Campaign ID", "*"),
            ("State", "*"),
            ("Category", "*"),
            ("Goal", "*"),
            ("Raised", "*"),
            ("Donations", "*"),
            ("Created", "DATE"),
        },
        True,
    ),
    (
        "GoFundMe-like donation row (CSV): a donor's comment names the chemo",
        {
            "Donation ID": "1187734420",
            "Campaign ID": "8472301",
            "Donor Name": "Priya Natarajan",
            "Donor Email": "priya.n@outlook.com",
            "Amount": "100.00",
            "Currency": "USD",
            "Date": "2024-03-05 19:42:10",
            "Comment": "Jenna, you've got this. Kicking cancer's butt one chemo at a time!",
            "Anonymous": "false",
        },
        {("Donor Name", "NAME"), ("Donor Email", "EMAIL"), ("Comment", "HEALTH")},
        {
            ("Donation ID", "*"),
            ("Campaign ID", "*"),
            ("Amount", "*"),
            ("Date", "DATE"),
            ("Anonymous", "*"),
        },
        True,
    ),
    (
        "GoFundMe-like donation row (CSV): an anonymous donor, no comment (clean)",
        {
            "Donation ID": "1187734511",
            "Campaign ID": "8472301",
            "Donor Name": "Anonymous",
            "Donor Email": "",
            "Amount": "25.00",
            "Currency": "USD",
            "Date": "2024-03-06 08:03:55",
            "Comment": "",
            "Anonymous": "true",
        },
        set(),
        {
            ("Donor Name", "*"),
            ("Donation ID", "*"),
            ("Campaign ID", "*"),
            ("Amount", "*"),
            ("Date", "*"),
        },
        False,
    ),
    (
        "GiveSendGo-like campaign JSON: the story of a father's stroke",
        {
            "campaign": {
                "id": "Q2B7K9",
                "slug": "bring-dad-home",
                "title": "Bring Dad Home",
                "category": "Medical",
                "goal_amount": 25000,
                "amount_raised": 18240.5,
                "donor_count": 203,
                "organizer": {
                    "first_name": "Caleb",
                    "last_name": "Kline",
                    "city": "Spokane",
                    "state": "WA",
                },
                "story": "On January 14, 2024 my dad, Robert Kline, suffered a massive stroke "
                "and has been in the ICU at Sacred Heart ever since. Insurance will not cover "
                "inpatient rehab, so every dollar goes to his care.",
            }
        },
        {
            ("campaign.organizer.first_name", "NAME"),
            ("campaign.organizer.last_name", "NAME"),
            ("campaign.organizer.city", "LOCATION"),
            ("campaign.story", "NAME"),
            ("campaign.story", "DATE"),
            ("campaign.story", "HEALTH"),
        },
        {
            ("campaign.id", "*"),
            ("campaign.slug", "*"),
            ("campaign.category", "*"),
            ("campaign.goal_amount", "*"),
            ("campaign.amount_raised", "*"),
            ("campaign.donor_count", "*"),
            ("campaign.organizer.state", "*"),
        },
        True,
    ),
    (
        "Donation to a youth soccer travel fund: identified, no health",
        {
            "Donation ID": "1190022871",
            "Campaign Title": "Lakeview U12 Soccer Travel Fund",
            "Donor Name": "Greg Albers",
            "Donor Email": "galbers@gmail.com",
            "Amount": "50.00",
            "Comment": "Go Lakeview! See you at the tournament",
        },
        {("Donor Name", "NAME"), ("Donor Email", "EMAIL")},
        {
            ("Campaign Title", "*"),
            ("Comment", "*"),
            ("Amount", "*"),
            ("Donation ID", "*"),
        },
        False,
    ),
    (
        "Meetup RSVP export: a multiple sclerosis support group's monthly meeting",
        {
            "member_id": "284736102",
            "member_name": "Denise Carter",
            "rsvp_response": "yes",
            "guests": 1,
            "event_id": "303958271",
            "event_name": "Monthly Meetup: Living Well with MS",
            "group_urlname": "Columbus-Multiple-Sclerosis-Support",
            "event_time": "2024-11-07T18:30:00-05:00",
            "venue": "Whetstone Library, Meeting Room B",
            "rsvp_created": "2024-10-21T09:14:27-04:00",
        },
        {
            ("member_id", "OTHER_ID|ONLINE_ID"),
            ("member_name", "NAME"),
            ("group_urlname", "HEALTH"),
        },
        {
            ("event_id", "*"),
            ("event_time", "DATE"),
            ("rsvp_created", "*"),
            ("guests", "*"),
            ("rsvp_response", "*"),
            ("venue", "LOCATION"),
        },
        True,
    ),
    (
        "Eventbrite attendee report (CSV): an Alzheimer's caregiver support group",
        {
            "Order #": "8847261903",
            "Order Date": "2024-10-02 13:22:07",
            "First Name": "Gail",
            "Last Name": "Donnelly",
            "Email": "gail.donnelly@yahoo.com",
            "Event Name": "Alzheimer's Caregiver Support Group - November",
            "Ticket Type": "General Admission",
            "Attendee Status": "Attending",
            "Cell Phone": "614-555-0183",
            "How are you connected to dementia?": "Caring for my mother at home",
        },
        {
            ("First Name", "NAME"),
            ("Last Name", "NAME"),
            ("Email", "EMAIL"),
            ("Event Name", "HEALTH"),
            ("Cell Phone", "PHONE"),
        },
        {
            ("Order #", "*"),
            ("Order Date", "*"),
            ("Ticket Type", "*"),
            ("Attendee Status", "*"),
        },
        True,
    ),
    (
        "Circle-like member export (CSV): headline and spaces name colon cancer",
        {
            "Name": "Theresa Quinn",
            "Email": "tquinn@gmail.com",
            "Headline": "Stage IV colon cancer survivor, mom of 3",
            "Location": "Columbus, Ohio",
            "Spaces": "Colon Cancer Survivors; Welcome",
            "Joined At": "2023-08-19",
            "Last Active": "2024-10-29",
            "Posts": "57",
            "Comments": "212",
        },
        {
            ("Name", "NAME"),
            ("Email", "EMAIL"),
            ("Headline", "HEALTH"),
            ("Location", "LOCATION"),
            ("Spaces", "HEALTH"),
        },
        {
            ("Joined At", "DATE"),
            ("Last Active", "*"),
            ("Posts", "*"),
            ("Comments", "*"),
        },
        True,
    ),
    (
        "Forum topic listing (health, no person): a glioblastoma thread",
        {
            "topic_id": 10347,
            "slug": "glioblastoma-recurrence-what-next",
            "title": "Glioblastoma recurrence - what next?",
            "category": "Brain Tumors",
            "posts_count": 23,
            "views": 1450,
            "like_count": 31,
            "last_posted_at": "2024-10-02T11:23:51Z",
            "pinned": False,
        },
        {("title", "HEALTH")},
        {
            ("topic_id", "*"),
            ("posts_count", "*"),
            ("views", "*"),
            ("like_count", "*"),
            ("last_posted_at", "*"),
            ("pinned", "*"),
        },
        False,
    ),
    (
        "Group directory row (health, no person): Lupus Warriors",
        {
            "group_id": "g_5521",
            "name": "Lupus Warriors",
            "privacy": "closed",
            "member_count": 14872,
            "created": "2016-04-11",
            "description": "A safe place for people living with lupus and their families.",
            "moderators_count": 6,
        },
        {("name", "HEALTH"), ("description", "HEALTH")},
        {
            ("group_id", "*"),
            ("name", "NAME"),
            ("member_count", "*"),
            ("created", "*"),
            ("moderators_count", "*"),
        },
        False,
    ),
    (
        "Facebook group membership request: answers to the admin's questions",
        {
            "name": "Derek Olsen",
            "profile_url": "https://www.facebook.com/derek.olsen.5243",
            "requested_at": "2024-09-30T22:10:05+0000",
            "answers": [
                {
                    "question": "What brings you to Lupus Warriors?",
                    "answer": "My wife was diagnosed with lupus nephritis in August",
                },
                {"question": "Do you agree to the group rules?", "answer": "Yes"},
            ],
        },
        {("name", "NAME"), ("answers[0].answer", "HEALTH")},
        {("requested_at", "*"), ("answers[1].answer", "*")},
        True,
    ),
    (
        "Moderation log: a hidden post with a phone number and a son's seizures",
        {
            "action_id": "ml_99812",
            "action": "hide_post",
            "moderator": "mod_jenna",
            "moderator_role": "staff",
            "reason": "Personal contact info",
            "target_user": "caregiver_kim",
            "target_post_id": 573012,
            "post_excerpt": "Text me at 512-555-0147 about my son's seizures, we tried Keppra too",
            "acted_at": "2024-10-11T15:02:33Z",
        },
        {
            ("target_user", "ONLINE_ID|NAME"),
            ("post_excerpt", "PHONE"),
            ("post_excerpt", "HEALTH"),
        },
        {
            ("moderator", "*"),
            ("moderator_role", "*"),
            ("action_id", "*"),
            ("target_post_id", "*"),
            ("acted_at", "*"),
            ("reason", "*"),
        },
        True,
    ),
    (
        "Moderation log: a spammer suspended by the community team (no health)",
        {
            "action_id": "ml_99813",
            "action": "suspend_user",
            "moderator": "community_team",
            "reason": "Spam: crypto links",
            "target_user": "bestdeals4u",
            "ip_address": "185.220.101.34",
            "acted_at": "2024-10-11T15:09:12Z",
            "duration_days": 30,
        },
        {("target_user", "ONLINE_ID|NAME"), ("ip_address", "IP_ADDRESS")},
        {
            ("moderator", "*"),
            ("action_id", "*"),
            ("acted_at", "*"),
            ("duration_days", "*"),
            ("reason", "*"),
        },
        False,
    ),
    (
        "Newsletter engagement (Mailchimp-like activity CSV): a glioblastoma caregivers list",
        {
            "Email Address": "rob.tanaka@icloud.com",
            "First Name": "Rob",
            "List": "Glioblastoma Caregivers Weekly",
            "Campaign": "Oct digest: clinical trials update",
            "Opens": "3",
            "Clicks": "1",
            "Last Open": "2024-10-18 07:44:02",
        },
        {("Email Address", "EMAIL"), ("First Name", "NAME"), ("List", "HEALTH")},
        {("Opens", "*"), ("Clicks", "*"), ("Last Open", "*")},
        True,
    ),
    (
        "Newsletter engagement: the general community digest (identified, no health)",
        {
            "email": "j.alvarez@gmail.com",
            "list_name": "Community Digest",
            "campaign_name": "Weekly highlights #142",
            "opened": True,
            "clicked": False,
            "sent_at": "2024-10-18T06:00:00Z",
        },
        {("email", "EMAIL")},
        {("list_name", "*"), ("campaign_name", "*"), ("sent_at", "*"), ("opened", "*")},
        False,
    ),
    (
        "Leaderboard row: a member's handle, badge and points (no health)",
        {
            "rank": 1,
            "username": "gardenmom_tx",
            "badge": "Caregiver Champion",
            "points": 1840,
            "posts_this_month": 64,
        },
        {("username", "ONLINE_ID|NAME")},
        {("rank", "*"), ("badge", "*"), ("points", "*"), ("posts_this_month", "*")},
        False,
    ),
    (
        "Badge catalog row (clean)",
        {
            "badge_id": 14,
            "name": "First Post",
            "description": "Wrote your first post",
            "granted_count": 20381,
            "icon": "fa-pen",
        },
        set(),
        {
            ("badge_id", "*"),
            ("name", "*"),
            ("description", "*"),
            ("granted_count", "*"),
            ("icon", "*"),
        },
        False,
    ),
    (
        "Reaction counts of a post (clean)",
        {
            "post_id": 573012,
            "topic_id": 10347,
            "reactions": {"heart": 14, "hug": 9, "pray": 5},
            "reply_count": 3,
            "score": 42.7,
        },
        set(),
        {
            ("post_id", "*"),
            ("topic_id", "*"),
            ("reactions.heart", "*"),
            ("reactions.hug", "*"),
            ("reactions.pray", "*"),
            ("reply_count", "*"),
            ("score", "*"),
        },
        False,
    ),
    (
        "Crowdfunding category statistics by day (clean)",
        {
            "date": "2024-10-31",
            "category": "Medical",
            "campaigns_launched": 1823,
            "total_raised_usd": 4831920.55,
            "avg_donation_usd": 87.12,
            "median_goal_usd": 10000,
        },
        set(),
        {
            ("date", "*"),
            ("category", "*"),
            ("campaigns_launched", "*"),
            ("total_raised_usd", "*"),
            ("avg_donation_usd", "*"),
            ("median_goal_usd", "*"),
        },
        False,
    ),
    (
        "PatientsLikeMe-like profile: Parkinson's, levodopa, a member aged 93",
        {
            "user": {
                "id": "plm_884213",
                "nickname": "RiverRunner",
                "sex": "female",
                "age": 93,
                "city": "Sarasota",
                "state": "FL",
            },
            "primary_condition": "Parkinson's disease",
            "diagnosis_date": "2017-03",
            "treatments": [{"name": "carbidopa/levodopa", "started": "2017-05-01"}],
            "symptoms": [{"name": "tremor", "severity": "moderate"}],
        },
        {
            ("user.id", "ONLINE_ID|OTHER_ID"),
            ("user.nickname", "ONLINE_ID|NAME"),
            ("user.age", "AGE_OVER_89"),
            ("user.city", "LOCATION"),
            ("primary_condition", "HEALTH"),
            ("treatments[0].name", "HEALTH"),
            ("treatments[0].started", "DATE"),
            ("symptoms[0].name", "HEALTH"),
        },
        {("user.sex", "*"), ("user.state", "*"), ("symptoms[0].severity", "*")},
        True,
    ),
    (
        "Discourse private message: proton therapy, a doctor's name and an email",
        {
            "topic": {
                "id": 20911,
                "archetype": "private_message",
                "title": "Re: treatment centers",
            },
            "post": {
                "id": 601223,
                "username": "dadof2_bryan",
                "raw": "Hi Carol, Dr. Feldman at MD Anderson did my proton therapy. You can "
                "email me at bryan.hale77@gmail.com",
                "created_at": "2024-07-08T02:11:09Z",
            },
            "participants": ["dadof2_bryan", "carol_w"],
        },
        {
            ("post.username", "ONLINE_ID|NAME"),
            ("post.raw", "EMAIL"),
            ("post.raw", "HEALTH"),
            ("post.raw", "NAME"),
        },
        {
            ("topic.id", "*"),
            ("topic.archetype", "*"),
            ("post.id", "*"),
            ("post.created_at", "*"),
        },
        True,
    ),
    (
        "Journal update notification email log: a child's spinal fusion date",
        {
            "notification_id": "n_7731209",
            "recipient_email": "grandpa.joe@aol.com",
            "site_name": "Team Liam",
            "subject": "New journal update for Liam Patel",
            "snippet": "Liam's spinal fusion surgery is scheduled for 12/03/2024. We'll be at "
            "the hospital all day...",
            "sent_at": "2024-11-20T14:00:00Z",
            "opened": "yes",
        },
        {
            ("recipient_email", "EMAIL"),
            ("subject", "NAME"),
            ("snippet", "HEALTH"),
            ("snippet", "DATE"),
        },
        {("notification_id", "*"), ("sent_at", "*"), ("opened", "*")},
        True,
    ),
    (
        "GoFundMe-like memorial campaign: ALS, a date of death, the widow",
        {
            "fundraiser_id": "6620019",
            "title": "In Loving Memory of Harold Finch",
            "beneficiary_name": "Margaret Finch",
            "story": "Harold passed away on May 11, 2024 after a four-year battle with ALS. "
            "Funds will help Margaret with funeral costs.",
            "category": "Memorials",
            "location": "Boise, ID",
            "total_raised": "12,480",
            "goal": "15,000",
        },
        {
            ("title", "NAME"),
            ("beneficiary_name", "NAME"),
            ("story", "DATE"),
            ("story", "HEALTH"),
            ("location", "LOCATION"),
        },
        {
            ("fundraiser_id", "*"),
            ("category", "*"),
            ("total_raised", "*"),
            ("goal", "*"),
        },
        True,
    ),
    (
        "Weekly payout summary of a campaign (health, no person)",
        {
            "campaign_id": "8472301",
            "campaign_title": "Fight Stage 3 Breast Cancer",
            "week": "2024-W10",
            "donations": 57,
            "gross": 5230.0,
            "fees": 151.67,
            "net": 5078.33,
        },
        {("campaign_title", "HEALTH")},
        {
            ("campaign_id", "*"),
            ("week", "*"),
            ("donations", "*"),
            ("gross", "*"),
            ("fees", "*"),
            ("net", "*"),
        },
        False,
    ),
    (
        "Meetup group members export (CSV): a COPD support group member's intro",
        {
            "Name": "Alan Whitaker",
            "User ID": "user 219884123",
            "Title": "",
            "Member since": "2022-05-14",
            "Last visited group": "2024-10-30",
            "Last attended": "2024-10-24",
            "RSVPed to Events": "17",
            "Intro": "Diagnosed with COPD in 2019, on oxygen at night",
            "Location": "Akron, OH",
            "Group": "Akron Breathe Easy COPD Support",
        },
        {
            ("Name", "NAME"),
            ("User ID", "OTHER_ID|ONLINE_ID"),
            ("Intro", "HEALTH"),
            ("Location", "LOCATION"),
            ("Group", "HEALTH"),
        },
        {
            ("Member since", "DATE"),
            ("Last visited group", "*"),
            ("RSVPed to Events", "*"),
        },
        True,
    ),
    (
        "Anonymous community question (health, no identifier)",
        {
            "post_id": "p_77120",
            "author": "Anonymous member",
            "anonymous": True,
            "community": "Ovarian Cancer",
            "body": "Has anyone had neuropathy from carboplatin that got better?",
            "created_at": "2024-10-20T10:00:00Z",
            "replies": 6,
        },
        {("body", "HEALTH"), ("community", "HEALTH")},
        {
            ("post_id", "*"),
            ("author", "*"),
            ("anonymous", "*"),
            ("created_at", "*"),
            ("replies", "*"),
        },
        False,
    ),
    (
        "Staff announcement by the platform's team account (no patient)",
        {
            "id": 1,
            "username": "inspire_team",
            "name": "Inspire Team",
            "staff": True,
            "moderator": True,
            "topic_title": "Welcome to the Lung Cancer Survivors community",
            "raw": "Please read our guidelines. Never share your phone number or email in "
            "public posts.",
            "created_at": "2024-01-01T00:00:00Z",
        },
        {("topic_title", "HEALTH")},
        {
            ("id", "*"),
            ("username", "*"),
            ("name", "*"),
            ("staff", "*"),
            ("moderator", "*"),
            ("raw", "*"),
            ("created_at", "*"),
        },
        False,
    ),
    (
        "Member-to-member chat (Circle-like): a wig, leftover Zofran and a street address",
        {
            "chat_room_id": "cr_2219",
            "sender": {"name": "Janet Ruiz", "email": "janet.ruiz@protonmail.com"},
            "body": "I can drop off the wig and the leftover Zofran at 412 Maple Ave, Kent OH "
            "44240 if that helps",
            "sent_at": "2024-09-02T17:40:00Z",
        },
        {
            ("sender.name", "NAME"),
            ("sender.email", "EMAIL"),
            ("body", "LOCATION"),
            ("body", "HEALTH"),
        },
        {("chat_room_id", "*"), ("sent_at", "*")},
        True,
    ),
    (
        "GiveSendGo-like donation JSON: a donor's prayer for a stroke recovery",
        {
            "donation": {
                "id": "d_55120",
                "amount": 50,
                "currency": "USD",
                "donor_display_name": "The Hendersons",
                "donor": {
                    "first_name": "Carl",
                    "last_name": "Henderson",
                    "email": "carl.henderson@comcast.net",
                    "zip": "99208",
                },
                "message": "Praying for Robert's recovery from the stroke",
                "created_at": "2024-02-01T16:20:00Z",
            },
            "campaign_id": "Q2B7K9",
        },
        {
            ("donation.donor.first_name", "NAME"),
            ("donation.donor.last_name", "NAME"),
            ("donation.donor.email", "EMAIL"),
            ("donation.donor.zip", "ZIP_CODE"),
            ("donation.message", "HEALTH"),
        },
        {
            ("donation.id", "*"),
            ("donation.amount", "*"),
            ("donation.created_at", "*"),
            ("campaign_id", "*"),
        },
        True,
    ),
    (
        "Donation to a house-fire campaign: identified, no health",
        {
            "donor_first_name": "Lena",
            "donor_last_name": "Ostrowski",
            "donor_email": "lena.o@gmail.com",
            "amount": "40",
            "campaign": "Rebuild after the Paradise fire",
            "comment": "So sorry for your loss of the house",
        },
        {
            ("donor_first_name", "NAME"),
            ("donor_last_name", "NAME"),
            ("donor_email", "EMAIL"),
        },
        {("campaign", "HEALTH"), ("comment", "HEALTH"), ("amount", "*")},
        False,
    ),
    (
        "Eventbrite API attendee JSON: an ovarian cancer support circle",
        {
            "id": "3412889019",
            "order_id": "8847261999",
            "event_id": "988123456721",
            "ticket_class_name": "Free RSVP",
            "created": "2024-10-03T14:22:07Z",
            "profile": {
                "first_name": "Marisol",
                "last_name": "Vega",
                "name": "Marisol Vega",
                "email": "mvega@gmail.com",
                "cell_phone": "2145550168",
            },
            "answers": [
                {
                    "question": "Who are you attending for?",
                    "answer": "Myself - recently diagnosed with ovarian cancer",
                    "type": "multiple_choice",
                }
            ],
            "checked_in": False,
        },
        {
            ("profile.first_name", "NAME"),
            ("profile.last_name", "NAME"),
            ("profile.email", "EMAIL"),
            ("profile.cell_phone", "PHONE"),
            ("answers[0].answer", "HEALTH"),
        },
        {
            ("order_id", "*"),
            ("event_id", "*"),
            ("ticket_class_name", "*"),
            ("created", "*"),
            ("checked_in", "*"),
        },
        True,
    ),
    (
        "Community site GA4 row: a member reading a Tagrisso discussion",
        {
            "event_name": "page_view",
            "event_timestamp": "1697051122334455",
            "user_pseudo_id": "1289374650.1697051122",
            "user_id": "member_48822",
            "page_location": "https://www.inspire.com/groups/lung-cancer-survivors/"
            "discussion/tagrisso-side-effects/",
            "page_title": "Tagrisso side effects | Lung Cancer Survivors | Inspire",
        },
        {
            ("user_pseudo_id", "ONLINE_ID"),
            ("user_id", "ONLINE_ID|OTHER_ID"),
            ("page_title", "HEALTH"),
        },
        {("event_name", "*"), ("event_timestamp", "*")},
        True,
    ),
    (
        "Helping-hands task sign-up: a volunteer's ride to a radiation appointment",
        {
            "task": "Drive to radiation appointment",
            "date": "2024-11-14",
            "time": "09:15",
            "volunteer": "Beth Carlson",
            "volunteer_phone": "(503) 555-0122",
            "for": "Walter Briggs",
            "community": "Walter's Helping Hands",
            "notes": "Providence Cancer Institute, 2nd floor",
        },
        {
            ("task", "HEALTH"),
            ("date", "DATE"),
            ("volunteer", "NAME"),
            ("volunteer_phone", "PHONE"),
            ("for", "NAME"),
        },
        set(),
        True,
    ),
    (
        "Campaign update by the organizer: last radiation and the surgeon's name",
        {
            "update_id": "u_338210",
            "fundraiser_id": "8472301",
            "author": "Kayla Morales",
            "posted": "2024-05-20",
            "text": "Jenna rang the bell today! Last radiation treatment done. Her surgeon, "
            "Dr. Alicia Moreno, says the margins are clear.",
        },
        {("author", "NAME"), ("text", "HEALTH"), ("text", "NAME")},
        {("update_id", "*"), ("fundraiser_id", "*")},
        True,
    ),
    (
        "Reddit-like comment in a disease subreddit: the author's flair gives the stage",
        {
            "id": "kx81fq2",
            "subreddit": "ovariancancer",
            "author": "teal_tough_2021",
            "author_flair_text": "Stage IIIC, dx 2021",
            "body": "NED for 18 months now!",
            "score": 57,
            "created_utc": 1727211133,
            "permalink": "/r/ovariancancer/comments/1fp2x9a/ned_update/kx81fq2/",
        },
        {("author", "ONLINE_ID|NAME"), ("author_flair_text", "HEALTH")},
        {("id", "*"), ("score", "*"), ("created_utc", "*")},
        True,
    ),
]

_BARE_DATE = (
    "a bare ``Date`` column is read alone and its date reported: the project keeps bare "
    "date columns reported on purpose (README, the clean-exports and pharma probes), and "
    "tests/test_philanthropy.py states nothing about a gift's date; so the blind must-not "
    "on a donation's ``Date`` was stricter than the project"
)

_DECIDED: dict[str, tuple[set, set, set, str]] = {
    "GoFundMe-like donation row (CSV): a donor's comment names the chemo": (
        set(),
        set(),
        {("Date", "DATE")},
        _BARE_DATE,
    ),
    "GoFundMe-like donation row (CSV): an anonymous donor, no comment (clean)": (
        set(),
        set(),
        {("Date", "*")},
        _BARE_DATE,
    ),
    "Meetup RSVP export: a multiple sclerosis support group's monthly meeting": (
        {("member_id", "OTHER_ID|ONLINE_ID|HEALTH_PLAN_ID")},
        {("member_id", "OTHER_ID|ONLINE_ID")},
        set(),
        "a bare ``member_id`` is a plan's member number by the field-name rules "
        "(tests/test_community_events.py kept a Meetup ``member_id`` so): the member's id "
        "is found and redacted either way, under HEALTH_PLAN_ID",
    ),
}

_OPEN: dict[str, tuple[set, str]] = {
    "Journal update notification email log: a child's spinal fusion date": (
        {("subject", "NAME")},
        '"New journal update for Liam Patel" has no cue before the name but "for", '
        "which precedes products, programmes and plans as often; NER's to read (the probe "
        "is scored without it). The record is PHI by the recipient's email and the surgery",
    ),
    "Meetup group members export (CSV): a COPD support group member's intro": (
        {("Location", "LOCATION"), ("Name", "NAME"), ("User ID", "OTHER_ID|ONLINE_ID")},
        'Meetup writes its member id as "user 219884123", a word and digits, which no id '
        "shape takes without taking sentences; a bare ``Name`` beside a ``User ID`` is an "
        "app event's or a product's name as often, and a bare ``Location`` a listing's "
        "(the row is PHI by its intro and group all the same)",
    ),
    "Helping-hands task sign-up: a volunteer's ride to a radiation appointment": (
        {("for", "NAME")},
        "a bare ``for`` key says nothing about its value; the care recipient's name is "
        "left in the redacted copy (the row is PHI by the volunteer's name and phone, the "
        "radiation appointment and its date)",
    ),
    "Campaign update by the organizer: last radiation and the surgeon's name": (
        {("author", "NAME")},
        "a bare ``author`` is a byline (a blog's, a news article's) as often as a poster, so "
        "its name-shaped values count only in a social export (detectors/social_authors.py, "
        "a kept decision); the update is PHI by its text",
    ),
    "CaringBridge-like journal entry: a daughter's update on her mother's chemo": (
        {("author", "NAME"), ("site_name", "NAME")},
        "the same bare ``author`` byline; a journal site named for its patient "
        '(``site_name`` = "Maria Gonzalez") is a site\'s name by its key (``site`` is a '
        "thing's word), and nothing but the platform tells it from a clinic's site",
    ),
    "Facebook group membership request: answers to the admin's questions": (
        {("name", "NAME")},
        "a bare ``name`` beside a ``profile_url`` and form answers: neither is a contact "
        "field or a handle (detectors/person_records.py), and a profile URL is scanned inside, "
        "not classified; NER reads such names",
    ),
    "GoFundMe-like memorial campaign: ALS, a date of death, the widow": (
        {("location", "LOCATION"), ("title", "NAME")},
        "titles are not read for names (a page's or a product's title names people only "
        "in NER's reading: tests/test_keyed_names.py), so \"In Loving Memory of Harold "
        "Finch\" is left; a bare top-level ``location`` is a listing's or a page's as "
        "often as a person's (only a member's or a profile's is read)",
    ),
}

_ALL = with_decisions(_ROWS, _DECIDED)
SHAPES = [row for i, row in enumerate(_ALL) if i % 4 != 3 and row[0] not in _OPEN]
HELD_OUT = [row for i, row in enumerate(_ALL) if i % 4 == 3 and row[0] not in _OPEN]

#: ``(name, record, expected, must_not, phi, still_open, why)``: what the detectors do not
#: read right, each with its reason (the blind expectations are kept as written).
LEFT_ALONE: list[tuple] = [(*row, *_OPEN[row[0]]) for row in _ALL if row[0] in _OPEN]

test_patient_communities_shapes, test_left_alone_decisions_still_hold = probe_tests(
    SHAPES + HELD_OUT, LEFT_ALONE
)

#: The probe's figures when the detector work stopped (SHAPES, HELD_OUT and LEFT_ALONE
#: together, 40 records, the decisions applied): a change that loses recall or precision
#: on community and crowdfunding exports fails here. Before the work, blind: SHAPES 21
#: misses / 5 false / 15 wrong of 30, HELD_OUT 5 / 2 / 5 of 10.
FLOORS = ShapeTotals(expected=122, misses=11, false=0, wrong=7)


def test_probe_floors(engine_no_ner) -> None:
    assert_floors(engine_no_ner, SHAPES + HELD_OUT + [r[:5] for r in LEFT_ALONE], FLOORS)
